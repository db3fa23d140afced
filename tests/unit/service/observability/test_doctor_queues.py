from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from domain.operations import ArchiveSample, OperationsSnapshot, OutageFigures, QueueFigures
from service.observability.doctor import (
    INBOX_FAIL_S,
    INBOX_WARN_S,
    OUTBOX_FAIL_S,
    OUTBOX_WARN_S,
    Result,
    check_archive,
    check_queues,
)


def _snapshot(
    outbox: tuple[QueueFigures, ...] = (), inbox: tuple[QueueFigures, ...] = ()
) -> OperationsSnapshot:
    return OperationsSnapshot((), outbox, inbox, 0, 0, 0, ())


@pytest.mark.parametrize(
    ("age", "result"),
    [
        (0.0, Result.OK),
        (OUTBOX_WARN_S, Result.OK),  # at the threshold: not yet
        (OUTBOX_WARN_S + 1, Result.WARN),
        (OUTBOX_FAIL_S, Result.WARN),
        (OUTBOX_FAIL_S + 1, Result.FAIL),
    ],
)
def test_the_outbox_is_graded_by_its_oldest_item(age: float, result: Result) -> None:
    snapshot = _snapshot(outbox=(QueueFigures("send", 3, 10.0), QueueFigures("render_validate", 2, age)))

    outbox = check_queues(snapshot)[0]

    assert (outbox.name, outbox.result) == ("outbox", result)
    assert outbox.detail.startswith("5 item(s) waiting, oldest ")
    assert (outbox.advice == "") is (result is Result.OK)


@pytest.mark.parametrize(
    ("age", "result"),
    [(INBOX_WARN_S, Result.OK), (INBOX_WARN_S + 1, Result.WARN), (INBOX_FAIL_S + 1, Result.FAIL)],
)
def test_the_inbox_is_graded_by_its_oldest_pending_delivery(age: float, result: Result) -> None:
    snapshot = _snapshot(
        inbox=(QueueFigures("PENDING", 4, age), QueueFigures("PARKED", 1, 10 * INBOX_FAIL_S))
    )

    _, inbox, parked = check_queues(snapshot)

    assert (inbox.name, inbox.result) == ("inbox", result)
    assert (parked.name, parked.result, parked.detail) == ("parked", Result.WARN, "1 delivery(ies) parked")


def test_the_parked_advice_names_the_command_for_deliveries_of_no_company() -> None:
    """A delivery parked with no company (a status about an upload none of ours made, an invoice naming no buyer of
    ours) is listed by no company's `received parked`, which the advice alone named: the on-call engineer
    following it found nothing (a fresh `make run` given a few unsigned-looking test callbacks: 21 parked, none
    listed)."""
    _, _, parked = check_queues(_snapshot(inbox=(QueueFigures("PARKED", 21, 60.0),)))

    assert "`pdp-gateway received parked`" in parked.advice
    assert "`pdp-gateway deliveries unowned`" in parked.advice


def test_empty_queues_are_ok() -> None:
    assert [(c.name, c.result) for c in check_queues(_snapshot())] == [
        ("outbox", Result.OK),
        ("inbox", Result.OK),
        ("parked", Result.OK),
    ]


def test_payments_held_with_nothing_left_to_apply_them_are_a_warning() -> None:
    quiet = check_queues(_snapshot())
    assert "held payments" not in [c.name for c in quiet]

    parked = replace(_snapshot(), parked_payments=2, parked_payment_invoices=("732829320 8d1c-0001",))
    [held] = [c for c in check_queues(parked) if c.name == "held payments"]

    assert held.result is Result.WARN
    assert held.detail.startswith("2 payment(s) held until a deposit with nothing left to apply them")
    assert held.detail.endswith("on the invoices (SIREN id; the first ten) 732829320 8d1c-0001")
    assert "`pdp-gateway invoice retry ID`" in held.advice


def test_items_waiting_on_a_platform_outage_are_a_warning_naming_the_platform_and_since_when() -> None:
    assert "platform outage" not in [c.name for c in check_queues(_snapshot())]
    since = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)

    [outage] = [
        c
        for c in check_queues(replace(_snapshot(), outages=(OutageFigures("iopole", 12, since, 35 * 60.0),)))
        if c.name == "platform outage"
    ]

    assert outage.result is Result.WARN
    assert outage.detail == "iopole: 12 item(s) waiting on it since 2026-12-06T21:00:00+00:00 (35 min)"
    assert "PIPELINE_OUTAGE_PATIENCE_S" in outage.advice


class _Archive:
    def __init__(self, *contents: bytes) -> None:
        self._rows = [ArchiveSample("732829320", hashlib.sha256(c).hexdigest(), c) for c in contents]

    async def archive_sample(self, limit: int) -> list[ArchiveSample]:
        return self._rows[:limit]


@pytest.mark.parametrize(
    ("contents", "detail"),
    [
        ((b"one",), "1 document sampled, its hash matches"),  # "1 documents sampled" before
        ((b"one", b"two"), "2 documents sampled, every hash matches"),
    ],
)
async def test_the_archive_check_counts_what_it_sampled_in_words(
    contents: tuple[bytes, ...], detail: str
) -> None:
    check = await check_archive(_Archive(*contents))  # type: ignore[arg-type]
    assert (check.result, check.detail) == (Result.OK, detail)


def test_statuses_parked_for_long_are_a_warning_naming_their_age_and_expiry() -> None:
    brief = replace(_snapshot(), parked_statuses=1, parked_statuses_oldest_s=2.0)  # before its SENT commits
    assert "parked statuses" not in [c.name for c in check_queues(brief)]

    old = replace(_snapshot(), parked_statuses=3, parked_statuses_oldest_s=2 * 86400.0)
    [parked] = [c for c in check_queues(old) if c.name == "parked statuses"]

    assert parked.result is Result.WARN
    assert parked.detail == (
        "3 platform status(es) parked about platform ids none of our submissions has, the oldest for 48.0 h;"
        " each is dropped 30 days after it came"
    )
    assert "pdp_gateway_parked_items" in parked.advice
