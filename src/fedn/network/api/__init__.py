"""Upstream FEDn's ``fedn.network.api``: only :mod:`fedn.network.api.client` is provided."""
