"""VoidRecord's refusals and answers, exactly (service.usecases.reporting_voids): the rule, path and words of each
refusal, the audit entry's details, which declaration in force holds the row, the refund a payment still covers,
and the replay found after a void committed meanwhile. The contract tests (tests/contract/test_record_voids.py) run
the same use case on PostgreSQL."""

from __future__ import annotations

import functools
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from domain.payments import RatePart
from domain.records_ports import RecordKind, VoidedRecord
from domain.reporting.b2c import B2cCategory
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.payments import PaymentEvent, invoice_payment_key
from service.usecases.reporting import (
    REFUNDS_LOCK,
    InvalidReportingRequest,
    record_b2c_transactions,
    record_payments,
    submit_declaration,
)
from service.usecases.reporting_voids import (
    MAX_VOID_REASON,
    RecordDeclared,
    RecordNotFound,
    RecordNotVoidable,
    RecordVoidedAlready,
    _to_rectify,
    void_record,
)
from tests import fakes
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren
from tests.support.reporting_data import D, tx

MONTHLY = VatRegime.REAL_MONTHLY
DAY = date(2026, 9, 5)  # its decade and its month both begin on 1 September
AT = datetime(2026, 9, 5, 18, 0, tzinfo=UTC)


class Books:
    def __init__(self) -> None:
        self.db = InMemoryDatabase()
        self.clock = FixedClock()
        self.company = random_siren()

    def deps(self) -> dict[str, Any]:
        return {"uow_factory": functools.partial(FakeUnitOfWork, self.db), "clock": self.clock}

    async def sale(self, key: str, day: date = DAY) -> None:
        await record_b2c_transactions(
            self.company, [tx(key, day, B2cCategory.TLB1, "20", "10.00", "2.00")], **self.deps()
        )

    async def void(self, kind: RecordKind, key: str, reason: str = "wrong", **more: Any) -> Any:
        return await void_record(self.company, kind, key, reason, **more, **self.deps())

    async def declare(self, kind: ReportKind, day: date = DAY, *, rectify: bool = False) -> None:
        await submit_declaration(self.company, MONTHLY, kind, day, rectify=rectify, **self.deps())


def _finding(exc: Any) -> tuple[str, str, str, str]:
    [f] = exc.findings
    return f.rule_id, f.path, f.message, f.layer


async def test_a_void_s_reason_is_kept_whole_up_to_its_bound_and_refused_empty_or_past_it() -> None:
    books = Books()
    await books.sale("s-1")
    await books.void(RecordKind.B2C, "s-1", "x" * MAX_VOID_REASON)  # at the bound: voided
    for reason in ("   ", "x" * (MAX_VOID_REASON + 1)):
        with pytest.raises(InvalidReportingRequest) as refused:
            await books.void(RecordKind.B2C, "s-1", reason)
        assert _finding(refused.value) == (
            "ER-VOID-REASON",
            "reason",
            f"a void needs its reason, at most {MAX_VOID_REASON} characters: it is kept with the row and in the"
            " audit log",
            "request",
        )


async def test_a_void_without_a_key_or_of_an_invoice_s_payment_data_is_refused_naming_the_key() -> None:
    books = Books()
    with pytest.raises(InvalidReportingRequest) as refused:
        await books.void(RecordKind.B2C, "")
    assert _finding(refused.value) == ("ER-VOID-KEY", "key", "name the row to void by its key", "request")
    with pytest.raises(RecordNotVoidable) as not_ours:
        await books.void(RecordKind.PAYMENT, invoice_payment_key("F-1", "pay-1"))
    assert _finding(not_ours.value)[:2] == ("ER-VOID-PAYMENT-DATA", "key")


async def test_the_audit_entry_of_a_void_holds_what_was_voided_when_and_why() -> None:
    books = Books()
    await books.sale("s-1")
    result = await books.void(RecordKind.B2C, "s-1", "typed twice")
    assert (result.replayed, result.day, result.to_rectify) == (False, DAY, ())
    [voided] = books.db.voided.values()
    assert voided.voided_at == books.clock.now()
    async with FakeUnitOfWork(books.db) as u:
        [entry] = [e async for e in u.audit.entries(books.company) if e.action == "reporting.record_voided"]
    assert (entry.action, entry.subject_type, entry.subject_id) == (
        "reporting.record_voided",
        "b2c_record",
        "s-1",
    )
    assert sorted(entry.details) == ["day", "key", "kind", "reason", "row"]
    assert (entry.details["kind"], entry.details["key"], entry.details["day"], entry.details["reason"]) == (
        "b2c",
        "s-1",
        "2026-09-05",
        "typed twice",
    )


async def test_a_declared_row_s_refusal_names_its_period_and_a_replay_of_its_rectifying_void_names_it_again() -> (
    None
):
    books = Books()
    await books.sale("s-1")
    await books.declare(ReportKind.TRANSACTIONS)
    with pytest.raises(RecordDeclared) as declared:
        await books.void(RecordKind.B2C, "s-1", "sold twice")
    assert _finding(declared.value) == (
        "ER-VOID-DECLARED",
        "key",
        "b2c s-1 is part of the declaration of 2026-09-01/2026-09-10 already sent: a change to it is a"
        " rectification; void it for one (`--rectify`, VoidRecord's rectify), then send it"
        " (`pdp-gateway report rectify`)",
        "ereporting",
    )
    first = await books.void(RecordKind.B2C, "s-1", "sold twice", rectify=True)
    again = await books.void(RecordKind.B2C, "s-1", "sold twice")
    assert (again.replayed, again.day, again.to_rectify) == (True, DAY, first.to_rectify)
    assert first.to_rectify == ((date(2026, 9, 1), date(2026, 9, 10)),)


async def test_the_rectification_in_force_decides_not_an_earlier_version_nor_another_kind_s() -> None:
    """v1 held the row, its rectification v2 does not: the row recorded again after v2 is voided freely. A payment
    declared in the month's PAYMENTS is refused although the same month's TRANSACTIONS (later versions) hold none."""
    books = Books()
    await books.sale("s-1")
    await books.declare(ReportKind.TRANSACTIONS)
    await books.void(RecordKind.B2C, "s-1", "sold twice", rectify=True)
    await books.declare(ReportKind.TRANSACTIONS, rectify=True)
    await books.sale("s-1")  # recorded again, after the rectification: in no declaration
    assert (await books.void(RecordKind.B2C, "s-1", "sold twice again")).to_rectify == ()

    paid = PaymentEvent("p-1", DAY, (RatePart(D("20"), D("50.00")),))
    await record_payments(books.company, [paid], **books.deps())
    await books.declare(ReportKind.PAYMENTS)
    await books.sale("s-2")
    await books.declare(ReportKind.TRANSACTIONS, rectify=True)  # v3 of the decade
    with pytest.raises(
        RecordDeclared, match="payment p-1 is part of the declaration of 2026-09-01/2026-09-30"
    ):
        await books.void(RecordKind.PAYMENT, "p-1")


@pytest.mark.parametrize("day", [date(2026, 9, 1), date(2026, 9, 10)])
async def test_a_row_on_the_first_or_last_day_of_a_declared_period_is_part_of_it(day: date) -> None:
    books = Books()
    await books.sale("s-1", day)
    await books.declare(ReportKind.TRANSACTIONS, day)
    with pytest.raises(RecordDeclared):
        await books.void(RecordKind.B2C, "s-1")


async def test_a_row_of_a_declaration_refused_by_the_platform_is_voided_freely() -> None:
    books = Books()
    await books.sale("s-1")
    await books.declare(ReportKind.TRANSACTIONS)
    for row_id, row in list(books.db.declarations.items()):
        books.db.declarations[row_id] = replace(row, status="REJECTED")
    assert (await books.void(RecordKind.B2C, "s-1")).to_rectify == ()


async def _payments_written(books: Books, *events: PaymentEvent) -> None:
    """Straight through the port, as an older release recorded them (a refund its day did not cover)."""
    async with FakeUnitOfWork(books.db) as u:
        await u.reporting.record_payments(books.company, list(events), AT)
        await u.commit()


def _pay(key: str, rate: str, amount: str) -> PaymentEvent:
    return PaymentEvent(key, DAY, (RatePart(D(rate), D(amount)),))


async def test_a_payment_goes_when_its_day_s_line_stays_at_zero_or_when_it_covers_no_rate_below_zero() -> (
    None
):
    """Refused only when the payment pays at a rate whose line it leaves below zero: a line left at exactly zero
    or at a few cents is fine, and so is a payment at 20 % beside a 10 % line an older release left negative."""
    books = Books()
    await _payments_written(
        books, _pay("p-1", "20", "10.00"), _pay("p-2", "20", "10.00"), _pay("r", "20", "-10.00")
    )
    await books.void(RecordKind.PAYMENT, "p-1")  # the line: 10.00 - 10.00 = 0
    with pytest.raises(InvalidReportingRequest, match="ER-PAY-NEGATIVE"):
        await books.void(RecordKind.PAYMENT, "p-2")

    cents = Books()
    await _payments_written(
        cents, _pay("p-1", "20", "10.00"), _pay("p-2", "20", "10.50"), _pay("r", "20", "-10.00")
    )
    await cents.void(RecordKind.PAYMENT, "p-1")  # the line: 10.50 - 10.00 = 0.50

    other = Books()
    await _payments_written(other, _pay("p-20", "20", "30.00"), _pay("r-10", "10", "-5.00"))
    await other.void(RecordKind.PAYMENT, "p-20")


async def test_a_payment_of_less_than_a_unit_covering_a_refund_stays() -> None:
    books = Books()
    await _payments_written(books, _pay("p-1", "20", "0.50"), _pay("r", "20", "-0.40"))
    with pytest.raises(InvalidReportingRequest, match="ER-PAY-NEGATIVE"):
        await books.void(RecordKind.PAYMENT, "p-1")


async def test_a_payment_s_void_takes_the_company_s_refunds_lock_and_a_sale_s_does_not() -> None:
    books = Books()
    locks: list[tuple[str, str, date]] = []

    class Spied(FakeUnitOfWork):
        async def __aenter__(self) -> Spied:
            entered = await super().__aenter__()
            original = entered.reporting.lock_series

            async def lock_series(company: str, kind: str, period_start: date) -> None:
                locks.append((company, kind, period_start))
                await original(company, kind, period_start)

            entered.reporting.lock_series = lock_series  # type: ignore[method-assign]
            return self

    await _payments_written(books, _pay("p-1", "20", "10.00"))
    await books.sale("s-1")
    deps = {"uow_factory": functools.partial(Spied, books.db), "clock": books.clock}
    del books.db.declaration_holds[:]  # the records' own
    await void_record(books.company, RecordKind.B2C, "s-1", "wrong", **deps)
    assert locks == []
    # a submission under way is waited for; other voids and records do not wait for each other
    assert books.db.declaration_holds == [(books.company, False)]
    await void_record(books.company, RecordKind.PAYMENT, "p-1", "wrong", **deps)
    assert locks == [(books.company, REFUNDS_LOCK, date.min)]


async def test_a_void_committed_meanwhile_with_the_same_reason_is_answered_as_its_replay() -> None:
    """The row was gone when this void came to move it (another void of the same key and reason held it and
    committed): the answer is that void's, replayed, with the period it names for rectification."""
    books = Books()
    await books.sale("s-1")
    await books.declare(ReportKind.TRANSACTIONS)
    earlier = VoidedRecord(
        RecordKind.B2C, "s-1", DAY, tx("s-1", DAY, B2cCategory.TLB1, "20", "10.00", "2.00"), "dup", AT
    )
    asked: list[tuple[str, RecordKind, str, str]] = []

    class Raced(FakeUnitOfWork):
        async def __aenter__(self) -> Raced:
            entered = await super().__aenter__()

            async def voided_record(
                company: str, kind: RecordKind, key: str, reason: str
            ) -> VoidedRecord | None:
                asked.append((company, kind, key, reason))
                return earlier  # committed while this void waited for the row

            async def void_record(*_: object) -> None:
                return None  # the row was moved by the other void

            entered.reporting.voided_record = voided_record  # type: ignore[method-assign]
            entered.reporting.void_record = void_record  # type: ignore[method-assign]
            return self

    deps = {"uow_factory": functools.partial(Raced, books.db), "clock": books.clock}
    result = await void_record(books.company, RecordKind.B2C, "s-1", "dup", **deps)
    assert (result.replayed, result.day, result.to_rectify) == (
        True,
        DAY,
        ((date(2026, 9, 1), date(2026, 9, 10)),),
    )
    assert asked == [(books.company, RecordKind.B2C, "s-1", "dup")]  # looked for once the row was not found
    with pytest.raises(
        RecordNotFound, match=r"^no b2c row is recorded under the key 'gone' \(never recorded\)$"
    ):
        earlier = None  # type: ignore[assignment]  # no row, no such void: never recorded
        await void_record(books.company, RecordKind.B2C, "gone", "dup", **deps)


@pytest.mark.parametrize("kind", [RecordKind.B2C, RecordKind.PAYMENT, RecordKind.PURCHASE])
async def test_a_sent_declaration_whose_content_lacks_the_row_s_section_does_not_hold_it(
    kind: RecordKind,
) -> None:
    """A declaration's content names its sections (reporting._content); one without the row's section holds
    nothing of that kind, and the void goes on."""
    books = Books()
    await books.sale("s-0")
    await books.declare(ReportKind.TRANSACTIONS)
    await books.declare(ReportKind.PAYMENTS)
    for row_id, row in list(books.db.declarations.items()):
        books.db.declarations[row_id] = replace(row, content={})
    voided = VoidedRecord(kind, "SELLER:x" if kind is RecordKind.PURCHASE else "k", DAY, None, "r", AT)
    async with FakeUnitOfWork(books.db) as u:
        assert await _to_rectify(u, books.company, voided) == ()


async def test_the_periods_to_rectify_are_the_day_s_even_when_later_ones_fill_the_listing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the declarations of the row's day are read: a company's later declarations, listed first, never push
    the day's out of the listing (DECLARATIONS_LISTED)."""
    books = Books()
    await books.sale("s-1")
    await books.declare(ReportKind.TRANSACTIONS)
    await books.sale("s-2", date(2026, 9, 15))
    await books.declare(ReportKind.TRANSACTIONS, date(2026, 9, 15))
    monkeypatch.setattr(fakes, "DECLARATIONS_LISTED", 1)
    with pytest.raises(RecordDeclared, match="2026-09-01/2026-09-10"):
        await books.void(RecordKind.B2C, "s-1")


async def test_a_void_for_another_reason_says_when_in_utc_whatever_the_server_s_time_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The refusal names the key, the earlier void's UTC minute and reason, on the key's path, of the e-reporting
    layer; the time is said in UTC on a server in Tokyo's time too (its local time would be 9 hours off)."""
    books = Books()
    paris = timezone(timedelta(hours=2))
    earlier = VoidedRecord(
        RecordKind.B2C, "k-1", DAY, None, "dup", datetime(2026, 9, 5, 20, 30, tzinfo=paris)
    )

    class Voided(FakeUnitOfWork):
        async def __aenter__(self) -> Voided:
            entered = await super().__aenter__()

            async def voided_record(*_: object) -> VoidedRecord:
                return earlier

            async def void_record(*_: object) -> None:
                return None

            entered.reporting.voided_record = voided_record  # type: ignore[method-assign]
            entered.reporting.void_record = void_record  # type: ignore[method-assign]
            return self

    deps = {"uow_factory": functools.partial(Voided, books.db), "clock": books.clock}
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        with pytest.raises(RecordVoidedAlready) as refused:
            await void_record(books.company, RecordKind.B2C, "k-1", "another", **deps)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert _finding(refused.value) == (
        "ER-VOID-VOIDED",
        "key",
        "b2c k-1 was voided on 2026-09-05 18:30 UTC for: dup (nothing is recorded under its key since; the audit"
        " log's reporting.record_voided entry says who)",
        "ereporting",
    )
