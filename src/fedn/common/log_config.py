"""Upstream FEDn's ``fedn.common.log_config.logger``: the ``"fedn"`` logger, ready to print.

As upstream, importing this module gives the ``"fedn"`` logger a stream handler with FEDn's
format, so ``logger.info(...)`` in a script written for FEDn shows. Unlike upstream (level DEBUG,
plus remote and OpenTelemetry handlers), the level is INFO, so this library's own debug records
(one per request) stay quiet; nothing is added when the logger already has a handler.

Example::

    from fedn.common.log_config import logger

    logger.info("All tests passed!")
"""

from __future__ import annotations

import logging

__all__ = ["logger"]

logger: logging.Logger = logging.getLogger("fedn")

if not logger.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(
        logging.Formatter("%(asctime)s [%(levelname)s] %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
    )
    logger.addHandler(_handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
