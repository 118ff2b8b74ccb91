"""Upstream FEDn's ``fedn.network.api.client`` path: the same :class:`fedn.APIClient`.

Example::

    from fedn.network.api.client import APIClient  # as written for FEDn's own client

    client = APIClient(host="localhost", port=8092)
"""

from fedn.client import APIClient

__all__ = ["APIClient"]
