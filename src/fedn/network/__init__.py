"""Upstream FEDn's ``fedn.network`` import paths, for scripts written for FEDn's own client.

Only what API users import exists here (no server code): :mod:`fedn.network.api.client` and
:mod:`fedn.network.combiner.hooks`.
"""
