"""Entry point: ``python scripts/network COMMAND [OPTIONS]`` (see the package docstring).

Python runs this file for the folder; ``python scripts/network/__main__.py`` is the same. Run as
a path, or loaded by its file path (``importlib.util.spec_from_file_location``, as some tests
do), it makes the folder importable as the package ``network`` and re-exports ``main`` and the
helpers callers use: ``make_jwt`` and ``psql``.
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:
    _HERE = Path(__file__).resolve().parent
    # The folder itself is sys.path[0] when run as a path: put its parent there instead, so that
    # its modules are only ever the package's (never top-level modules shadowing others).
    if sys.path and sys.path[0] and Path(sys.path[0]).resolve() == _HERE:
        sys.path[0] = str(_HERE.parent)
    elif str(_HERE.parent) not in sys.path:
        sys.path.insert(0, str(_HERE.parent))

from network.cli import interrupt_on_sigterm, main
from network.postgres import psql
from network.tokens import make_jwt

__all__ = ["main", "make_jwt", "psql"]

if __name__ == "__main__":
    interrupt_on_sigterm()
    sys.exit(main())
