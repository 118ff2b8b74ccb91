"""The pytest plugin of ``fedn.testing`` (the ``pytest11`` entry point ``fedn_testing``, pyproject.toml).

It provides one fixture, ``fedn_fake``: a fresh :class:`~fedn.testing.FakeController` (two
clients, ``client1`` and ``client2``) for each test::

    from fedn import APIClient

    def test_my_pipeline(fedn_fake):
        with APIClient("fake", transport=fedn_fake.transport()) as client:
            assert client.get_clients_count() == 2

Tests that need other settings make their own ``FakeController(...)``.
"""

from __future__ import annotations

import pytest

from fedn.testing._controller import FakeController


@pytest.fixture
def fedn_fake() -> FakeController:
    """A fake FEDn 0.33 controller with two online clients, new for every test."""
    return FakeController()
