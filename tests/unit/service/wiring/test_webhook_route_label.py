"""Webhook deliveries are counted under a bounded set of route labels: a profile's route under its provider's."""

import pytest

from service.wiring.http import route_label


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/webhooks/afnor/flow", "/webhooks/afnor/flow"),
        ("/webhooks/pa-b/afnor/flow", "/webhooks/afnor/flow"),
        ("/webhooks/io-b/iopole/status", "/webhooks/iopole/status"),
        ("/webhooks/io-b/iopole/invoice", "/webhooks/iopole/invoice"),
        ("/webhooks/anything", "other"),
        ("/webhooks/a/b/c/d", "other"),
        ("/webhooks/", "other"),
    ],
)
def test_a_profile_s_route_is_counted_under_its_provider_s_route(path: str, label: str) -> None:
    assert route_label(path) == label
