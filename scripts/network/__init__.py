"""Start, stop and inspect a real FEDn 0.33.0 network on 127.0.0.1.

Usage (run the folder; ``scripts/network/__main__.py`` is the same entry)::

    python scripts/network build
    python scripts/network up [--clients N] [--auth] [--state-dir DIR]
    python scripts/network status [--state-dir DIR]
    python scripts/network down [--wipe] [--state-dir DIR]
    python scripts/network restart-controller [--down-for SECONDS] [--state-dir DIR]

``up`` creates (once) the server venv ``.server-venv/`` with the pinned upstream server
(scripts/server-requirements.txt), builds ``build/package.tgz`` and ``build/seed.npz`` from
``compute_package/``, then starts PostgreSQL 15, moto's S3 server, the FEDn controller, the hooks
service, one combiner and N clients, each in its own process group, logs under ``DIR/logs/``. It writes
``DIR/state.json`` (ports, pids, URLs, log paths, package and seed paths, token) and prints
the controller URL. Every ``up`` starts from an empty database (the object store is in
memory, so nothing can survive a restart). ``down`` stops every process group it started
and checks that no recorded port is still listening; ``--wipe`` also deletes ``DIR``.

Modules, one job each:

* ``__main__`` -- the entry point (``python scripts/network ...``); loaded by its file path it
  imports this folder as the package ``network`` and re-exports ``main``, ``make_jwt``, ``psql``.
* ``cli`` -- argument parsing and the commands ``build``, ``up``, ``down``, ``status``,
  ``restart-controller`` (exit codes, what goes to stdout and stderr).
* ``common`` -- paths, fixed names, ``NetworkError``, progress output, file locks, digests.
* ``probes`` -- free ports, port checks, HTTP GETs (127.0.0.1 only).
* ``tokens`` -- the HS256 tokens of ``--auth``.
* ``launcher`` -- process groups (spawn, track, stop), the state file, waiting for readiness.
* ``server_venv`` -- the server venv, the start-up shim installed into it, the compute package
  and seed model.
* ``postgres`` -- the PostgreSQL cluster (data directory, initdb, start), ``psql`` and the schema
  workarounds of ``schema.sql``.
* ``schema.sql`` -- the SQL workarounds, one statement per ``--@ PHASE: NAME`` block.
* ``shim`` -- the start-up shim, copied into the server venv (runs there, with upstream's packages).
* ``services`` -- the environments and start-up of S3, controller, hooks, combiner and clients.

Upstream bugs worked around (see the project README):

* NOT NULL columns that upstream writes NULL into: dropped after the controller made the tables.
* ``'True'``/``'False'`` strings written into Boolean columns: a start-up shim (a ``.pth`` file
  in the server venv, active only where ``FEDN_NETWORK_SHIMS=1``) lets SQLAlchemy accept them.
* Round ids compared as text ("9" > "10"): ``rounds.id`` gets a numeric ICU collation.
* Server functions (a class's source text) stored in ``varchar(255)``: every ``server_functions``
  column with a length limit becomes ``text`` (in 0.33 only ``session_configs`` has one).
* Server functions need FEDn's hooks service: started as upstream's docker-compose.yaml does
  (``fedn hooks start``; the shim moves its hard-coded port 12081 to a free one), the combiner
  finds it through ``HOOK_SERVICE_HOST`` (see ``services.hooks_env`` for how it reaches the
  controller).
* Package upload writes to ``FEDN_COMPUTE_PACKAGE_DIR`` while the checksum route reads the
  controller's working directory: both are ``DIR/controller/``.
* Controller (0.0.0.0) and combiner ([::]) bind every interface: the same shim binds them to
  127.0.0.1. The controller runs upstream's ``debug: True`` path (Flask's threaded server, one
  process) without the reloader and the interactive debugger; the ``debug: False`` path
  (gunicorn, one worker per CPU) would keep a separate session state in every worker.
* Predictions: presigned URLs (asked for by every prediction request) call a MinIO-only method
  on the BOTO3 repository, and the exception killed the combiner's round loop: the shim signs them
  with boto3. Every client's prediction has the request's ``prediction_id`` as primary key (the
  second insert failed and that client exited): the shim stores it as ``PREDICTION_ID:CLIENT``.
  The clients' status rows carry the prediction id as session id (a foreign key to ``sessions``
  that made every client exit): that foreign key is dropped.

Only the standard library is used by the launcher; fedn, moto and psycopg live in the server
venv (and ``shim`` runs there).
"""
