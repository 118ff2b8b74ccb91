"""A static extraction of what the installed FEDn server's REST routes read and answer.

Parses the server's source with :mod:`ast` (nothing is imported, no Flask app is built) and
describes every route registered on the controller's Flask app:

* ``handler``: the view function (``file:function``);
* ``auth``: the role of ``@jwt_auth_required`` when it guards the *registered* function (the
  decorator must sit below ``@bp.route``: above it, Flask registers the unguarded function),
  else ``null``;
* ``query``: query arguments read by name (``request.args.get("x")``, ``request.args["x"]``);
* ``filters``: when the handler hands *all* query arguments to a store (``request.args.to_dict()``
  passed on as ``**kwargs``), the filter names that store honours on SQL statestores, each with
  the kind of the column it compares (``string``, ``date-time``, ``integer``, ``number``,
  ``boolean``: :func:`column_kind`);
* ``headers``: request headers read, also through the helpers of ``api/v1/shared.py``;
* ``body``: top-level body keys read (``data.get("x")``, ``data["x"]``, form fields, files, and
  every field of a DTO filled from the body); ``body_closed``: a DTO filled from the body rejects
  unknown keys; ``body_filters``: the whole body is a filter dict (``get_post_data_to_kwargs``,
  which turns a value with commas into ``{"$in": [...]}``: ``body_filters_split_commas``; or
  the body handed to the store as it came);
* ``status_codes``: the statuses the handler returns explicitly (``return ..., 404``; a bare
  ``return jsonify(...)`` is 200), plus 401 when ``auth`` is set.

Which filters a store honours (``stores/store.py``, ``SQLStore._build_filters``): a key is kept
when the SQL model has an attribute of that name, after the store's ``_translate_key_sql`` (when
its ``list``/``count`` apply it to every key) and after the primary key's name is mapped onto
``id`` (equality only). The comparison suffixes come from the ``operator_map`` of
``_build_filters`` and apply to column names only (``field__gte``; a translated dotted name such as
``sender.name__gte`` is dropped). The filters listed per route are therefore: every scalar column
(relationships excluded) with and without each suffix, the primary key's name (equality), ``id``
with each suffix, and the translated names (equality) -- the raw column behind a translated name
is listed with the suffixes only, so that no two names reach the same column by equality.

Used by ``scripts/check_drift.py``; ``python scripts/server_extract.py [--root DIR]`` prints the
extraction as JSON.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

LIST_HEADERS_HELPERS = ("get_typed_list_headers", "get_limit", "get_skip", "get_reverse")
_CONVERTER = re.compile(r"<(?:[a-zA-Z_][a-zA-Z0-9_]*(?:\([^)]*\))?:)?([a-zA-Z_][a-zA-Z0-9_]*)>")


def default_root() -> Path:
    """The installed ``fedn`` package of the server venv (``.server-venv``)."""
    found = sorted(ROOT.glob(".server-venv/lib/python3*/site-packages/fedn"))
    if not found:
        raise FileNotFoundError("no .server-venv/lib/python3*/site-packages/fedn (create it: make package)")
    return found[0]


def normalise(rule: str) -> str:
    """A Flask rule as an OpenAPI path: ``/x/<string:id>`` becomes ``/x/{id}``."""
    return _CONVERTER.sub(r"{\1}", rule)


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _attr_chain(node: ast.AST) -> str:
    """``request.args.get`` for the node of that expression ("" when not a plain chain)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return ""


# --- stores: SQL models, primary keys, key translation, comparison suffixes -----------------


@dataclass
class Column:
    """One mapped attribute of a SQL model and the kind of value it holds (:data:`KINDS`)."""

    name: str
    kind: str


#: The kind of a column, by the Python type in its ``Mapped[...]`` annotation; named after the
#: JSON Schema type a filter on it declares (``date-time``: a string of that format).
KINDS = {"datetime": "date-time", "bool": "boolean", "int": "integer", "float": "number", "str": "string"}


def column_kind(annotation: str) -> str:
    """The kind of a ``Mapped[...]`` annotation: ``Mapped[Optional[int]]`` -> ``"integer"``.

    Anything but the types of :data:`KINDS` (a JSON column, say) compares as ``"string"``.
    """
    inner = re.sub(r"^Mapped\[(?:Optional\[)?|\]+$", "", annotation)
    return KINDS.get(inner.rsplit(".", 1)[-1], "string")


def sql_models(root: Path) -> dict[str, list[Column]]:
    """SQL model class -> its scalar columns (inherited ones included, relationships left out)."""
    tree = _parse(root / "network/storage/statestore/stores/sql/shared.py")
    own: dict[str, list[Column]] = {}
    bases: dict[str, list[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
        columns: list[Column] = []
        for stmt in node.body:
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            if isinstance(stmt.value, ast.Call) and _attr_chain(stmt.value.func) == "relationship":
                continue
            annotation = ast.unparse(stmt.annotation)
            if not annotation.startswith("Mapped["):
                continue
            if re.search(r"\b(List|list)\[", annotation):
                continue
            columns.append(Column(stmt.target.id, column_kind(annotation)))
        own[node.name] = columns

    def all_columns(name: str) -> list[Column]:
        out: list[Column] = []
        for base in bases.get(name, []):
            out.extend(all_columns(base))
        names = {c.name for c in own.get(name, [])}
        return [c for c in out if c.name not in names] + own.get(name, [])

    return {name: all_columns(name) for name in own}


def comparison_suffixes(root: Path) -> list[str]:
    """The keys of ``operator_map`` in ``SQLStore._build_filters`` (``__gt``, ``__gte``, ...)."""
    tree = _parse(root / "network/storage/statestore/stores/store.py")
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "_build_filters":
            for stmt in ast.walk(node):
                if (
                    isinstance(stmt, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "operator_map" for t in stmt.targets)
                    and isinstance(stmt.value, ast.Dict)
                ):
                    return sorted(k for k in (_const_str(key) for key in stmt.value.keys) if k)
    raise LookupError("no operator_map in SQLStore._build_filters")


@dataclass
class SqlStore:
    """What a SQL store class contributes to filtering."""

    name: str
    model: str
    primary_key: str
    dto: str = ""
    #: API name -> column name, for list and for count (empty when the method does not translate)
    translate_list: dict[str, str] = field(default_factory=dict)
    translate_count: dict[str, str] = field(default_factory=dict)


def _translations(tree: ast.Module) -> dict[str, str]:
    """The ``key == "x": key = "y"`` pairs of a module's ``_translate_key_sql``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_translate_key_sql":
            pairs: dict[str, str] = {}
            for stmt in ast.walk(node):
                if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare):
                    source = _const_str(stmt.test.comparators[0])
                    for inner in stmt.body:
                        if isinstance(inner, ast.Assign):
                            target = _const_str(inner.value)
                            if source and target:
                                pairs[source] = target
            return pairs
    return {}


def _translates_each_key(method: ast.FunctionDef) -> bool:
    """Whether ``method`` rewrites kwargs as ``{_translate_key_sql(k): v for k, v in ...}``."""
    for node in ast.walk(method):
        if (
            isinstance(node, ast.DictComp)
            and isinstance(node.key, ast.Call)
            and _attr_chain(node.key.func) == "_translate_key_sql"
        ):
            return True
    return False


def sql_stores(root: Path) -> dict[str, SqlStore]:
    """SQL store class name -> its model, primary key and key translations."""
    stores: dict[str, SqlStore] = {}
    for path in sorted((root / "network/storage/statestore/stores").glob("*_store.py")):
        tree = _parse(path)
        pairs = _translations(tree)
        for node in tree.body:
            if not (isinstance(node, ast.ClassDef) and node.name.startswith("SQL")):
                continue
            model = key = None
            methods: dict[str, ast.FunctionDef] = {}
            for stmt in node.body:
                if isinstance(stmt, ast.FunctionDef):
                    methods[stmt.name] = stmt
            init = methods.get("__init__")
            for call in ast.walk(init) if init else []:
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "__init__"
                    and len(call.args) == 3
                ):
                    model = call.args[1].id if isinstance(call.args[1], ast.Name) else None
                    key = _const_str(call.args[2])
            if model is None or key is None:
                continue
            dto = ""
            for base in node.bases:
                if isinstance(base, ast.Subscript) and isinstance(base.slice, ast.Tuple):
                    first = base.slice.elts[0]
                    if isinstance(first, ast.Name):
                        dto = first.id
            store = SqlStore(node.name, model, key, dto)
            if "list" in methods and _translates_each_key(methods["list"]):
                store.translate_list = dict(pairs)
            if "count" in methods and _translates_each_key(methods["count"]):
                store.translate_count = dict(pairs)
            stores[node.name] = store
    return stores


def store_attributes(root: Path) -> dict[str, str]:
    """``DatabaseConnection`` attribute (``status_store``) -> SQL store class (``SQLStatusStore``)."""
    tree = _parse(root / "network/storage/dbconnection.py")
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id.startswith("SQL")
        ):
            out[node.targets[0].id] = node.value.func.id
    return out


def honoured_filters(
    store: SqlStore, columns: list[Column], suffixes: list[str], method: str
) -> dict[str, str]:
    """Filter name -> the kind of the column its value is compared with (see the module doc)."""
    translate = store.translate_list if method == "list" else store.translate_count
    translated_columns = {column for name, column in translate.items() if "." in name}
    out: dict[str, str] = {}
    for column in columns:
        if column.name == "id":
            out[store.primary_key] = column.kind
        elif column.name not in translated_columns:
            out[column.name] = column.kind
        for suffix in suffixes:
            out[column.name + suffix] = column.kind
    by_name = {c.name: c for c in columns}
    for api_name, column_name in translate.items():
        if "." not in api_name or column_name not in by_name:
            continue  # "_id", "logLevel": other spellings of a column listed under its own name
        out[api_name] = by_name[column_name].kind
    return dict(sorted(out.items()))


# --- routes -----------------------------------------------------------------------------------


@dataclass
class Handler:
    """One view function and what it reads."""

    file: str
    function: ast.FunctionDef
    auth: str | None


def _shared_header_names(root: Path) -> dict[str, list[str]]:
    """Helper in ``api/v1/shared.py`` -> the headers it reads (following calls between helpers)."""
    tree = _parse(root / "network/api/v1/shared.py")
    direct: dict[str, set[str]] = {}
    calls: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            names: set[str] = set()
            called: set[str] = set()
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    chain = _attr_chain(inner.func)
                    if chain == "headers.get" and inner.args:
                        value = _const_str(inner.args[0])
                        if value:
                            names.add(value)
                    elif isinstance(inner.func, ast.Name):
                        called.add(inner.func.id)
            direct[node.name] = names
            calls[node.name] = called

    def closure(name: str, seen: set[str]) -> set[str]:
        out = set(direct.get(name, set()))
        for other in calls.get(name, set()):
            if other in direct and other not in seen:
                out |= closure(other, seen | {other})
        return out

    return {name: sorted(closure(name, {name})) for name in direct}


def _dto_fields(root: Path) -> dict[str, list[str]]:
    """DTO class -> its field names (class-level annotated assignments, inherited ones too)."""
    own: dict[str, list[str]] = {}
    bases: dict[str, list[str]] = {}
    for path in sorted((root / "network/storage/statestore/stores/dto").glob("*.py")):
        for node in _parse(path).body:
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
                own[node.name] = [
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]

    def fields(name: str) -> list[str]:
        out: list[str] = []
        for base in bases.get(name, []):
            out.extend(fields(base))
        return out + [f for f in own.get(name, []) if f not in out]

    return {name: fields(name) for name in own}


def _decorator_route(decorator: ast.expr, owner: str) -> tuple[str, list[str]] | None:
    """``@bp.route("/x", methods=[...])`` -> (rule, methods)."""
    if not (isinstance(decorator, ast.Call) and _attr_chain(decorator.func) == f"{owner}.route"):
        return None
    rule = _const_str(decorator.args[0]) if decorator.args else None
    if rule is None:
        return None
    methods = ["GET"]
    for keyword in decorator.keywords:
        if keyword.arg == "methods" and isinstance(keyword.value, (ast.List, ast.Tuple)):
            methods = [m for m in (_const_str(e) for e in keyword.value.elts) if m]
    return rule, methods


def _auth_role(decorators: list[ast.expr], route_index: int) -> str | None:
    """The role of a ``jwt_auth_required`` decorator *below* the route decorator."""
    for decorator in decorators[route_index + 1 :]:
        if isinstance(decorator, ast.Call) and _attr_chain(decorator.func) == "jwt_auth_required":
            for keyword in decorator.keywords:
                if keyword.arg == "role":
                    return _const_str(keyword.value) or "any"
            return "any"
    return None


def _blueprint_prefix(tree: ast.Module, api_version: str) -> str:
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and _attr_chain(node.value.func) == "Blueprint"
        ):
            for keyword in node.value.keywords:
                if keyword.arg == "url_prefix":
                    value = keyword.value
                    if isinstance(value, ast.JoinedStr):
                        parts = []
                        for part in value.values:
                            if isinstance(part, ast.Constant):
                                parts.append(str(part.value))
                            else:
                                parts.append(api_version)
                        return "".join(parts)
                    return _const_str(value) or ""
    return ""


def _routes_of(path: Path, owner: str, prefix: str, label: str) -> dict[str, Handler]:
    out: dict[str, Handler] = {}
    for node in _parse(path).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for index, decorator in enumerate(node.decorator_list):
            found = _decorator_route(decorator, owner)
            if found is None:
                continue
            rule, methods = found
            for method in methods:
                key = f"{method.upper()} {normalise(prefix + rule)}"
                out[key] = Handler(label, node, _auth_role(node.decorator_list, index))
    return out


def _body_vars(function: ast.FunctionDef) -> set[str]:
    """Names bound to the request body (JSON or form) in ``function``."""
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            source = ast.unparse(node.value)
            if re.search(r"request\.(get_json|json|form)", source):
                names.add(node.targets[0].id)
    return names


def _read_keys(function: ast.FunctionDef, variables: set[str]) -> set[str]:
    """Keys read from any of ``variables`` (``v.get("k")``, ``v["k"]``, ``v.pop("k")``, ``"k" in v``)."""
    keys: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            target = node.func.value
            if isinstance(target, ast.Name) and target.id in variables and node.func.attr in ("get", "pop"):
                key = _const_str(node.args[0])
                if key:
                    keys.add(key)
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.ctx, ast.Load)
            and isinstance(node.value, ast.Name)
            and node.value.id in variables
        ):
            key = _const_str(node.slice)
            if key:
                keys.add(key)
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In):
            right = node.comparators[0]
            if isinstance(right, ast.Name) and right.id in variables:
                key = _const_str(node.left)
                if key:
                    keys.add(key)
    return keys


def _dto_vars(function: ast.FunctionDef, store_dtos: dict[str, str]) -> dict[str, str]:
    """Local name -> DTO class, for ``v = XDTO()``/``XDTO().populate_with(...)``/``db.x_store.get(...)``."""
    out: dict[str, str] = {}
    for node in ast.walk(function):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        if not isinstance(node.targets[0], ast.Name):
            continue
        value = node.value
        while (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and isinstance(value.func.value, ast.Call)
        ):
            value = value.func.value  # XDTO().populate_with(data) -> XDTO()
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id.endswith("DTO"):
            out[node.targets[0].id] = value.func.id
        elif isinstance(value, ast.Call) and _attr_chain(value.func).endswith("_store.get"):
            assert isinstance(value.func, ast.Attribute)
            owner = value.func.value
            if isinstance(owner, ast.Attribute) and owner.attr in store_dtos:
                out[node.targets[0].id] = store_dtos[owner.attr]
    return out


def _int_constants(function: ast.FunctionDef) -> dict[str, int]:
    """Local names bound to an int literal (``status_code: int = 201``)."""
    out: dict[str, int] = {}
    for node in ast.walk(function):
        target: ast.expr | None = None
        if isinstance(node, ast.AnnAssign):
            target = node.target
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and type(value.value) is int:
            out[target.id] = value.value
    return out


def describe(
    handler: Handler,
    shared_headers: dict[str, list[str]],
    dto_fields: dict[str, list[str]],
    filters_of: dict[tuple[str, str], dict[str, str]],
    store_dtos: dict[str, str],
) -> dict[str, Any]:
    """What one handler reads and answers (see the module doc)."""
    function = handler.function
    dto_vars = _dto_vars(function, store_dtos)
    constants = _int_constants(function)
    query: set[str] = set()
    headers: set[str] = set()
    body: set[str] = set()
    codes: set[int] = set()
    body_closed = False
    body_filters = False
    body_filters_split = False
    passthrough = False
    filters: dict[str, str] | None = None
    store_calls: set[tuple[str, str]] = set()
    body_vars = _body_vars(function)
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            chain = _attr_chain(node.func)
            first = _const_str(node.args[0]) if node.args else None
            if chain == "request.args.get" and first:
                query.add(first)
            elif chain == "request.args.to_dict":
                passthrough = True
            elif chain == "request.headers.get" and first:
                headers.add(first)
            elif chain in ("request.form.get", "request.files.get") and first:
                body.add(first)
            elif isinstance(node.func, ast.Name) and node.func.id in shared_headers:
                if any(_attr_chain(a) == "request.headers" for a in node.args):
                    headers.update(shared_headers[node.func.id])
                if node.func.id == "get_post_data_to_kwargs":
                    body_filters = body_filters_split = True
            elif isinstance(node.func, ast.Attribute) and node.func.attr in ("populate_with", "patch_with"):
                dto = node.func.value
                arg = node.args[0] if node.args else None
                from_body = isinstance(arg, ast.Name) and arg.id in body_vars
                dto_class = ""
                if isinstance(dto, ast.Call) and isinstance(dto.func, ast.Name):
                    dto_class = dto.func.id
                elif isinstance(dto, ast.Name):
                    dto_class = dto_vars.get(dto.id, "")
                if from_body and dto_class:
                    body.update(dto_fields.get(dto_class, []))
                    closed = True
                    for keyword in node.keywords:
                        if keyword.arg == "throw_on_extra_keys":
                            value = keyword.value
                            closed = not (isinstance(value, ast.Constant) and value.value is False)
                    body_closed = body_closed or closed
            elif isinstance(node.func, ast.Attribute) and node.func.attr in ("list", "count"):
                owner = node.func.value
                if isinstance(owner, ast.Attribute) and owner.attr.endswith("_store"):
                    for keyword in node.keywords:
                        if keyword.arg is not None:
                            continue  # called with **kwargs: query arguments or the body
                        store_calls.add((owner.attr, node.func.attr))
                        if isinstance(keyword.value, ast.Name) and keyword.value.id in body_vars:
                            body_filters = True  # the body as it came, commas not split
        elif isinstance(node, ast.Subscript):
            chain = _attr_chain(node.value)
            key_name = _const_str(node.slice)
            if chain == "request.args" and key_name:
                query.add(key_name)
            elif chain == "request.headers" and key_name:
                headers.add(key_name)
            elif chain in ("request.files", "request.form") and key_name:
                body.add(key_name)
        elif isinstance(node, ast.Return) and node.value is not None:
            if isinstance(node.value, ast.Tuple) and len(node.value.elts) >= 2:
                code = node.value.elts[1]
                if isinstance(code, ast.Constant) and isinstance(code.value, int):
                    codes.add(code.value)
                elif isinstance(code, ast.Name) and code.id in constants:
                    codes.add(constants[code.id])
            elif isinstance(node.value, ast.Call):
                callee = _attr_chain(node.value.func)
                if callee in ("jsonify", "send_file", "send_from_directory") or callee.endswith("_response"):
                    codes.add(200)
    body |= _read_keys(function, body_vars)
    if passthrough:
        # a list route filters its items as ``list`` does (its envelope's count may differ)
        for call in sorted(store_calls, key=lambda c: c[1] != "list"):
            if call in filters_of:
                filters = filters_of[call]
                break
    if handler.auth:
        codes.add(401)
    return {
        "handler": f"{handler.file}:{function.name}",
        "auth": handler.auth,
        "query": sorted(query),
        "filters": filters,
        "headers": sorted(headers),
        "body": sorted(body),
        "body_closed": body_closed,
        "body_filters": body_filters,
        "body_filters_split_commas": body_filters_split,
        "status_codes": sorted(codes),
    }


def extract(root: Path | None = None) -> dict[str, Any]:
    """The whole extraction: ``{"server": {...}, "routes": {"METHOD /path": {...}}}``."""
    root = root or default_root()
    api = root / "network/api"
    shared = _parse(api / "v1/shared.py")
    api_version = "v1"
    for node in shared.body:
        names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        if isinstance(node, ast.Assign) and "api_version" in names:
            api_version = _const_str(node.value) or api_version
    handlers: dict[str, Handler] = {}
    for path in sorted((api / "v1").glob("*_routes.py")):
        tree = _parse(path)
        prefix = _blueprint_prefix(tree, api_version)
        handlers.update(_routes_of(path, "bp", prefix, f"network/api/v1/{path.name}"))
    handlers.update(_routes_of(api / "server.py", "app", "", "network/api/server.py"))

    models = sql_models(root)
    suffixes = comparison_suffixes(root)
    stores = sql_stores(root)
    filters_of: dict[tuple[str, str], dict[str, str]] = {}
    for attribute, class_name in store_attributes(root).items():
        store = stores.get(class_name)
        if store is None or store.model not in models:
            continue
        for method in ("list", "count"):
            filters_of[(attribute, method)] = honoured_filters(store, models[store.model], suffixes, method)

    shared_headers = _shared_header_names(root)
    dto_fields = _dto_fields(root)
    store_dtos = {
        attribute: stores[class_name].dto
        for attribute, class_name in store_attributes(root).items()
        if class_name in stores
    }
    routes = {
        key: describe(handler, shared_headers, dto_fields, filters_of, store_dtos)
        for key, handler in sorted(handlers.items(), key=lambda item: (item[0].split(" ")[1], item[0]))
    }
    server = {"package": "fedn", "version": server_version(root)}
    return {"server": server, "suffixes": suffixes, "routes": routes}


def server_version(root: Path) -> str:
    """The installed distribution's version (its ``*.dist-info/METADATA``), else "unknown"."""
    for meta in sorted(root.parent.glob("fedn-*.dist-info/METADATA")):
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.startswith("Version:"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    """Print the extraction as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=None, help="the server's installed fedn package")
    args = parser.parse_args(argv)
    json.dump(extract(args.root), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
