"""Test code that uses this library without a FEDn network: a stateful fake FEDn 0.33 controller.

:class:`FakeController` keeps the controller's whole state in memory (13 entity kinds, uploaded
files, a combiner and named clients that train, validate and predict) and answers the REST API
as FEDn 0.33 does on the project's local network, quirks included; anything it does not
simulate answers 501 naming the operation. Four ways in:

* in process: ``APIClient(host, transport=fake.transport())`` (also ``AsyncAPIClient``);
* over HTTP: ``with fake.serve() as url:`` (a threaded server on 127.0.0.1);
* from a shell: ``python -m fedn.testing serve --port 0 --clients 2`` prints its URL first;
* in pytest: the ``fedn_fake`` fixture (a fresh controller per test).

See docs/testing.md for a complete example, the coverage table and how the fake is held to the
real server. Only the standard library and httpx are needed; with numpy installed, models are
real ``.npz`` arrays that the rounds change.
"""

from __future__ import annotations

from fedn.testing._controller import FakeController, RecordedRequest
from fedn.testing._messages import FakeRequest, FakeResponse
from fedn.testing._simulation import default_metrics, default_prediction
from fedn.testing._spec import FEDN_VERSION, SPEC_SHA256
from fedn.testing._transport import FakeTransport

__all__ = [
    "FEDN_VERSION",
    "SPEC_SHA256",
    "FakeController",
    "FakeRequest",
    "FakeResponse",
    "FakeTransport",
    "RecordedRequest",
    "default_metrics",
    "default_prediction",
]
