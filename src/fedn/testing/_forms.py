"""Form bodies without the ``cgi`` module (removed in Python 3.13): ``multipart/form-data`` and
``application/x-www-form-urlencoded``, as Werkzeug's ``request.form`` and ``request.files`` see them.

>>> body = (
...     b"--b\\r\\nContent-Disposition: form-data; name=\\"helper\\"\\r\\n\\r\\nnumpyhelper\\r\\n"
...     b"--b\\r\\nContent-Disposition: form-data; name=\\"file\\"; filename=\\"p.tgz\\"\\r\\n"
...     b"Content-Type: application/octet-stream\\r\\n\\r\\nDATA\\r\\n--b--\\r\\n"
... )
>>> form = parse_form("multipart/form-data; boundary=b", body)
>>> form.fields, form.files["file"].filename, form.files["file"].data
({'helper': 'numpyhelper'}, 'p.tgz', b'DATA')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart body."""

    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass
class Form:
    """The fields (first value of each name, as ``request.form.to_dict()``) and files of a body."""

    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    """A header value's main part and its parameters (``form-data; name="x"`` -> ...)."""
    parsed = Message()
    parsed["content-type"] = value
    params = parsed.get_params() or []
    main = params[0][0].lower() if params else ""
    return main, {key.lower(): str(val) for key, val in params[1:]}


def _parse_multipart(boundary: str, body: bytes) -> Form:
    form = Form()
    delimiter = b"--" + boundary.encode("latin-1")
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        part = chunk.removeprefix(b"\r\n")
        head, sep, content = part.partition(b"\r\n\r\n")
        if not sep:
            continue
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, colon, value = line.partition(":")
            if colon:
                headers[name.strip().lower()] = value.strip()
        _, params = _header_params(headers.get("content-disposition", ""))
        if "name" not in params:
            continue
        name = params["name"]
        if "filename" in params:
            if name not in form.files:
                form.files[name] = UploadedFile(
                    params["filename"], content, headers.get("content-type", "application/octet-stream")
                )
        else:
            form.fields.setdefault(name, content.decode("utf-8", "replace"))
    return form


def parse_form(content_type: str, body: bytes) -> Form:
    """The form of a request body; an empty :class:`Form` for any other media type."""
    media, params = _header_params(content_type) if content_type else ("", {})
    if media == "multipart/form-data" and params.get("boundary"):
        return _parse_multipart(params["boundary"], body)
    if media == "application/x-www-form-urlencoded":
        form = Form()
        for name, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
            form.fields.setdefault(name, value)
        return form
    return Form()
