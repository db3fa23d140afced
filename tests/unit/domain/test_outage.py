"""domain.outage: what an item waiting on a platform outage keeps in its row, and how an operator reads it. Exact
values, each edge from both sides: the worker tests (service.workers) see the outage only through the relay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from domain.outage import (
    OUTAGE_KEY,
    PLATFORM_CHARS,
    Outage,
    counted,
    duration_text,
    gave_up,
    gave_up_waiting_on,
    outage_payload,
)

SINCE = datetime(2026, 12, 6, 22, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0.0, "0 s"),
        (119.0, "119 s"),
        (120.0, "2 min"),  # the unit changes at two minutes
        (120.5, "2 min"),
        (5400.0, "90 min"),
        (7199.0, "120 min"),
        (7200.0, "2.0 h"),  # and at two hours
        (7200.5, "2.0 h"),
        (9000.0, "2.5 h"),
        (3_600_000.0, "1000.0 h"),
    ],
)
def test_a_duration_reads_in_seconds_minutes_or_hours(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_the_wait_counts_from_the_first_time_the_platform_was_away_and_never_below_zero() -> None:
    outage = Outage("iopole", SINCE)
    assert outage.waited_s(SINCE + timedelta(minutes=3)) == 180.0
    assert outage.waited_s(SINCE) == 0.0
    assert outage.waited_s(SINCE - timedelta(seconds=5)) == 0.0  # another worker's clock a little behind


def test_an_operator_reads_the_platform_since_when_and_for_how_long() -> None:
    outage = Outage("iopole", SINCE.replace(microsecond=123456))
    assert outage.describe(SINCE + timedelta(minutes=30)) == (
        "platform iopole, unavailable since 2026-12-06T22:00:00+00:00 (30 min)"
    )


@pytest.mark.parametrize(
    ("n", "text"), [(0, "0 attempts"), (1, "1 attempt"), (2, "2 attempts"), (11, "11 attempts")]
)
def test_a_count_reads_singular_for_one_only(n: int, text: str) -> None:
    assert counted(n, "attempt") == text


def test_a_give_up_reads_as_one_clause_then_the_last_error() -> None:
    # It read "gave up after 1 attempts: 503; platform … (24.0 h): gave up waiting": the relay's and the hook's two
    # texts run together, and a plural for one.
    now = SINCE + timedelta(hours=24)
    assert gave_up("call 1/4: 503", 1, None, now) == "gave up after 1 attempt: call 1/4: 503"
    assert gave_up("call 1/4: 401", 3, None, now) == "gave up after 3 attempts: call 1/4: 401"
    assert gave_up("call 1/4: 503", 1, Outage("iopole", SINCE), now) == (
        "gave up waiting on platform iopole, unavailable since 2026-12-06T22:00:00+00:00 (24.0 h): call 1/4: 503"
    )


def test_what_finds_the_items_given_up_on_a_platform_s_outage_is_how_their_text_begins() -> None:
    now = SINCE + timedelta(hours=24)
    text = gave_up("503", 1, Outage("iopole-2", SINCE), now)
    assert text.startswith(gave_up_waiting_on("iopole-2"))
    assert not text.startswith(gave_up_waiting_on("iopole"))  # another profile's name, a prefix of this one's
    assert not gave_up("503", 8, None, now).startswith(gave_up_waiting_on("iopole-2"))


def test_an_outage_is_kept_in_its_row_and_read_back_the_same() -> None:
    outage = Outage("afnor-sandbox", SINCE)
    assert outage.to_payload() == {"platform": "afnor-sandbox", "since": "2026-12-06T22:00:00+00:00"}
    assert Outage.of_payload({OUTAGE_KEY: outage.to_payload(), "other": 1}) == outage
    paris = datetime(2026, 12, 6, 23, 0, tzinfo=timezone(timedelta(hours=1)))
    assert Outage.of_payload({OUTAGE_KEY: {"platform": "p", "since": paris.isoformat()}}) == Outage(
        "p", paris
    )


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {OUTAGE_KEY: None},
        {OUTAGE_KEY: "iopole since 22:00"},
        {OUTAGE_KEY: {"since": "2026-12-06T22:00:00+00:00"}},
        {OUTAGE_KEY: {"platform": 7, "since": "2026-12-06T22:00:00+00:00"}},
        {OUTAGE_KEY: {"platform": "iopole"}},
        {OUTAGE_KEY: {"platform": "iopole", "since": 1765058400}},
        {OUTAGE_KEY: {"platform": "iopole", "since": "yesterday"}},
        {OUTAGE_KEY: {"platform": "iopole", "since": "2026-12-06T22:00:00"}},  # no offset: no instant
        {"platform": "iopole", "since": "2026-12-06T22:00:00+00:00"},  # not under its key
    ],
)
def test_what_this_code_did_not_write_is_read_as_no_outage(payload: dict[str, Any]) -> None:
    assert Outage.of_payload(payload) is None


def test_a_platform_name_read_back_is_bounded_and_printable() -> None:
    read = Outage.of_payload({OUTAGE_KEY: {"platform": "a\x00b" + "p" * 200, "since": SINCE.isoformat()}})
    assert read is not None
    assert read.platform == "a\ufffdb" + "p" * 79 + "… (203 characters)"
    assert len(read.platform) == PLATFORM_CHARS
    exact = "q" * PLATFORM_CHARS
    assert Outage.of_payload({OUTAGE_KEY: {"platform": exact, "since": SINCE.isoformat()}}) == Outage(
        exact, SINCE
    )


def test_a_row_keeps_the_new_outage_clears_an_ended_one_and_is_left_alone_without_any() -> None:
    before, after = Outage("iopole", SINCE), Outage("afnor", SINCE + timedelta(hours=1))
    assert outage_payload(None, after) == {OUTAGE_KEY: after.to_payload()}
    assert outage_payload(before, after) == {OUTAGE_KEY: after.to_payload()}
    assert outage_payload(before, None) == {OUTAGE_KEY: None}
    assert outage_payload(None, None) == {}
