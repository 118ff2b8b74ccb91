"""Which API description the fake follows.

:data:`SPEC_SHA256` is the SHA-256 of the ``openapi/fedn-api.yaml`` whose operations the fake's
route table (:mod:`fedn.testing._routes`) was last checked against. ``make check-drift`` fails
when the spec's hash differs: a spec change (a new route, filter or answer of the server) must
reach the fake too. After following it, update this hash.
"""

from __future__ import annotations

FEDN_VERSION = "0.33.0"
SPEC_SHA256 = "9e403bec23067cdc0d3c6fd2f019a400c2f7415f2be21880a775e3d65ac73c87"
