"""Each platform profile has its own webhook route, verified with its own key: the route of a profile, exactly."""

from __future__ import annotations

import pytest

from adapters.webhook.signature import Verdict, stamp_refusal
from domain.platform_profile import profile_webhook_path


@pytest.mark.parametrize(
    ("path", "profile", "route"),
    [
        ("/webhooks/afnor/flow", "", "/webhooks/afnor/flow"),  # the default profile: the provider's own route
        ("/webhooks/afnor/flow", "acme", "/webhooks/acme/afnor/flow"),
        ("/webhooks/iopole/invoice", "b", "/webhooks/b/iopole/invoice"),
    ],
)
def test_the_route_of_a_profile(path: str, profile: str, route: str) -> None:
    assert profile_webhook_path(path, profile) == route


def test_a_path_outside_the_webhooks_is_refused_for_a_profile_and_only_valid_is_ok() -> None:
    with pytest.raises(ValueError) as refused:
        profile_webhook_path("/webhook/afnor/flow", "acme")
    assert str(refused.value) == "not a webhook route: '/webhook/afnor/flow'"
    assert [v for v in Verdict if v.ok] == [Verdict.VALID]


@pytest.mark.parametrize(
    ("stamp", "now", "verdict"),
    [
        ("1000", 1300, None),  # at the edge of the window: still fresh
        ("1000", 700, None),
        ("1000", 1301, Verdict.STALE),  # replayed later
        ("1000", 699, Verdict.STALE),  # from the future: as suspect
        ("", 1000, Verdict.MALFORMED),
        ("1e3", 1000, Verdict.MALFORMED),
        ("１０００", 1000, Verdict.MALFORMED),  # full-width digits pass isdigit(), not the rule
    ],
)
def test_a_signature_s_timestamp_is_ascii_digits_within_the_window_either_side(
    stamp: str, now: int, verdict: Verdict | None
) -> None:
    assert stamp_refusal(stamp, now, tolerance=300) is verdict
