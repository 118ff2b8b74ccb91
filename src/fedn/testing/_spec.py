"""Which API description the fake follows.

:data:`SPEC_SHA256` is the SHA-256 of the ``openapi/fedn-api.yaml`` whose operations the fake's
route table (:mod:`fedn.testing._routes`) was last checked against. ``make check-drift`` fails
when the spec's hash differs: a spec change (a new route, filter or answer of the server) must
reach the fake too. After following it, update this hash.
"""

from __future__ import annotations

FEDN_VERSION = "0.33.0"
SPEC_SHA256 = "f397ead5153ddafc6846179655cbae7fe5b61d1e93f1a012f8fc0ebbb728d5d1"
