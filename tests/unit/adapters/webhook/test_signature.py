"""The verdict every platform's verifier gives (only VALID lets a callback in), and the replay window they all check
first. (A profile's webhook route is the domain's: tests/unit/domain/test_platform_profile.py.)"""

from __future__ import annotations

import pytest

from adapters.webhook.signature import Verdict, stamp_refusal


def test_only_valid_is_ok() -> None:
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
