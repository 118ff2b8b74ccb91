"""Upstream FEDn's ``fedn.common``: only :mod:`fedn.common.log_config` is provided."""
