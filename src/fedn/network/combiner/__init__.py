"""Upstream FEDn's ``fedn.network.combiner``: only :mod:`fedn.network.combiner.hooks` is provided."""
