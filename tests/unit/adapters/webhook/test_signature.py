"""The verdict every platform's verifier gives: only VALID lets a callback in."""

from __future__ import annotations

from adapters.webhook.signature import Verdict


def test_only_valid_is_ok() -> None:
    assert [v for v in Verdict if v.ok] == [Verdict.VALID]
