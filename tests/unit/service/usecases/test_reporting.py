"""The e-reporting use cases on the in-memory records (tests.fakes.FakeUnitOfWork, held to PostgreSQL's behaviour by
tests/contract/test_reporting_records.py): a submitted declaration is computed from the period's rows, archived,
audited and queued for the relay in one transaction."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.findings import Finding
from domain.invoice import Invoice, ProcessingRule
from domain.payments import RatePart
from domain.pipeline_ports import OutboxKind
from domain.reporting.b2c import B2cCategory, B2cTransaction
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationStatus
from domain.reporting.payments import PaymentEvent
from domain.serialization import to_json_value
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from service.usecases.reporting import (
    InvalidReportingRequest,
    declared_periods,
    get_declaration,
    list_declarations,
    preview_declaration,
    purchase_to_rectify,
    record_b2c_transactions,
    record_payments,
    sale_to_rectify,
    submit_declaration,
)
from tests import fakes
from tests.builders import a_buyer, a_seller, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_request_id, random_siren
from tests.support.reporting_data import (
    B2C_DECADE_2,
    EXPORT_BASE,
    intra_eu_invoice,
    september_b2c,
    september_payments,
    tx,
)

D = Decimal


def no_findings(_: Invoice) -> list[Finding]:
    return []


async def test_a_submitted_declaration_is_computed_archived_audited_and_queued_together() -> None:
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(company, september_b2c(company), **deps)
    await record_payments(company, september_payments(company), **deps)
    invoice = intra_eu_invoice(company, date(2026, 9, 12))
    await submit_invoice(
        SubmitInvoice(company, random_request_id(), invoice),
        uow=FakeUnitOfWork(db),
        clock=FixedClock(),
        validate=no_findings,
    )

    view = await submit_declaration(
        company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
    )

    t = view.totals
    assert (t.b2c_taxable, t.b2c_vat, t.b2c_count) == B2C_DECADE_2
    assert (t.international_sales_taxable, t.international_count) == (EXPORT_BASE, 1)
    assert view.status is DeclarationStatus.SUBMITTED
    [queued] = [r for r in db.outbox.values() if r.kind == OutboxKind.SUBMIT_DECLARATION]
    assert (queued.invoice_id, queued.company_siren, queued.payload) == (
        None,
        company,
        {"declaration_id": view.id},
    )
    assert [i.sha256 for (c, _), i in db.archive.items() if c == company] == [view.archive_sha256]
    assert [e.action for e in db.audit.entries[company]][-1] == "declaration.submitted"
    [listed] = await list_declarations(company, uow_factory=deps["uow_factory"])
    assert listed.id == view.id and listed.status is DeclarationStatus.SUBMITTED


async def test_a_declared_period_holds_its_first_and_last_day_and_is_found_past_later_declarations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """declared_periods: a day on a declared period's first or last day lands in it; a later period declared
    since, listed first, does not push it out of the listing it reads (only the days' span is listed)."""
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(company, september_b2c(company), **deps)
    for day in (date(2026, 9, 15), date(2026, 9, 25)):
        await submit_declaration(company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, day, **deps)
    decade_2 = (date(2026, 9, 11), date(2026, 9, 20))
    monkeypatch.setattr(fakes, "DECLARATIONS_LISTED", 1)
    async with FakeUnitOfWork(db) as uow:
        for day in decade_2:
            assert await declared_periods(uow.declarations, company, ReportKind.TRANSACTIONS, {day}) == (
                decade_2,
            )
        assert await declared_periods(uow.declarations, company, ReportKind.PAYMENTS, set(decade_2)) == ()


async def test_a_late_record_sale_or_purchase_holds_its_company_s_declarations_shared_first() -> None:
    """A submission under way is waited for (and seen), other records and invoices do not wait for each other: the
    company's declarations held shared, before the periods are read."""
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(company, september_b2c(company)[:1], **deps)
    assert db.declaration_holds == [(company, False)]
    async with FakeUnitOfWork(db) as uow:
        del db.declaration_holds[:]
        assert (
            await sale_to_rectify(company, uow.declarations, intra_eu_invoice(company, date(2026, 9, 12)))
            == ()
        )
        assert db.declaration_holds == [(company, False)]
        bought = intra_eu_invoice(company, date(2026, 9, 12))
        bought = bought.evolve(seller=bought.buyer, buyer=a_buyer(company))
        del db.declaration_holds[:]
        assert await purchase_to_rectify(uow.declarations, company, bought) == ()
        assert db.declaration_holds == [(company, False)]


async def test_a_preview_of_a_declared_period_is_audited_with_its_version_totals_and_says_it_is_in_force() -> (
    None
):
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(company, september_b2c(company), **deps)
    sent = await submit_declaration(
        company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
    )
    view = await preview_declaration(
        company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
    )
    assert (view.version, view.report_type.value, view.totals) == (2, "RE", sent.totals)
    [in_force] = [f for f in view.findings if f.rule_id == "ER-IN-FORCE"]
    assert (
        in_force.message
        == "v1 (SUBMITTED, the version in force) holds what is recorded now: nothing to rectify"
    )
    async with FakeUnitOfWork(db) as uow:
        [entry] = [e async for e in uow.audit.entries(company) if e.action == "declaration.previewed"]
    assert (entry.subject_type, entry.subject_id) == (
        "declaration_period",
        "TRANSACTIONS/2026-09-11..2026-09-20",
    )
    assert entry.details == {
        "version": 2,
        "report_type": "RE",
        "totals": to_json_value(sent.totals),
        "fatal_findings": sum(1 for f in view.findings if f.is_fatal),
    }


async def test_a_late_record_s_audit_entry_names_its_batch_and_the_declaration_to_rectify() -> None:
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(company, september_b2c(company), **deps)
    await submit_declaration(
        company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
    )
    late = tx(f"{company}-late", date(2026, 9, 14), B2cCategory.TLB1, "20", "10.00", "2.00")
    result = await record_b2c_transactions(company, [late], **deps)
    assert result.to_rectify == ((date(2026, 9, 11), date(2026, 9, 20)),)
    async with FakeUnitOfWork(db) as uow:
        entries = [e async for e in uow.audit.entries(company) if e.action == "reporting.b2c_recorded"]
    assert (entries[-1].subject_type, entries[-1].subject_id) == (
        "b2c_batch",
        hashlib.sha256(late.key.encode("utf-8")).hexdigest(),
    )
    assert entries[-1].details["to_rectify"] == ["2026-09-11/2026-09-20"]
    assert "to_rectify" not in entries[0].details  # the batch recorded before the declaration names none


async def test_a_late_batch_sent_again_whole_answers_the_declaration_its_first_answer_named() -> None:
    """A retry after a lost answer (every key recorded already) answers as the first answer did, read from the
    batch's audit entry (no second way of deciding it); a replay of a batch recorded before the declaration names
    none, and neither does one whose keys were first recorded in another batch."""
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    on_time = september_b2c(company)[:4]
    await record_b2c_transactions(company, on_time, **deps)
    await submit_declaration(
        company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
    )
    late = [
        tx(f"{company}-late-{i}", date(2026, 9, 14), B2cCategory.TLB1, "20", "10.00", "2.00") for i in (1, 2)
    ]
    first = await record_b2c_transactions(company, late, **deps)
    again = await record_b2c_transactions(company, late, **deps)
    assert (again.recorded, again.replayed) == (0, 2)
    assert again.to_rectify == first.to_rectify == ((date(2026, 9, 11), date(2026, 9, 20)),)
    assert (await record_b2c_transactions(company, on_time, **deps)).to_rectify == ()
    assert (await record_b2c_transactions(company, late[:1], **deps)).to_rectify == ()


async def test_list_and_get_say_whether_the_version_in_force_holds_what_is_recorded_now_as_the_preview_does() -> (
    None
):
    """A finance team reads `report list` to close its month: the version in force of each period says, as the
    period's preview does (one check, `DeclarationSeries.against_in_force`), whether a row recorded, voided or
    refused since makes it need a rectification; a version replaced or rejected says nothing."""
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    decade = (company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 3))
    await record_b2c_transactions(company, september_b2c(company)[:3], **deps)
    sent = await submit_declaration(*decade, **deps)
    [listed] = await list_declarations(company, uow_factory=deps["uow_factory"])
    assert listed.in_force_check is not None and listed.in_force_check.rule_id == "ER-IN-FORCE"

    late = tx(f"{company}-late", date(2026, 9, 4), B2cCategory.TLB1, "20", "10.00", "2.00")
    await record_b2c_transactions(company, [late], **deps)
    [stale] = [f for f in (await preview_declaration(*decade, **deps)).findings if f.rule_id == "ER-RECTIFY"]
    [listed] = await list_declarations(company, uow_factory=deps["uow_factory"])
    got = await get_declaration(company, sent.id, uow_factory=deps["uow_factory"])
    assert listed.in_force_check == got.in_force_check == stale

    rectified = await submit_declaration(*decade, rectify=True, **deps)
    new, old = await list_declarations(company, uow_factory=deps["uow_factory"])
    assert new.id == rectified.id and new.in_force_check is not None
    assert new.in_force_check.rule_id == "ER-IN-FORCE"
    assert old.id == sent.id and old.in_force_check is None
    assert (await get_declaration(company, sent.id, uow_factory=deps["uow_factory"])).in_force_check is None


async def test_another_call_is_answered_while_a_declaration_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """A declaration's build (its month's rows recorded, aggregated and checked) is CPU work: on the event loop, that
    every company's calls share, it held them all (another company's GetInvoice waited 39 s behind one preview of
    578,000 sales). Here the build's reading of its rows waits for another call to be answered: on the loop, that
    call could not run before the build was over."""
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(company, september_b2c(company), **deps)
    answered = threading.Event()

    class HeldRows(list[B2cTransaction]):
        def __iter__(self) -> Iterator[B2cTransaction]:
            answered.wait(timeout=10)  # a guard only: the order below is the outcome
            return super().__iter__()

    read = fakes._Reporting.b2c_between

    async def held(self: fakes._Reporting, company: str, start: date, end: date) -> list[B2cTransaction]:
        return HeldRows(await read(self, company, start, end))

    monkeypatch.setattr(fakes._Reporting, "b2c_between", held)
    order: list[str] = []

    async def build() -> None:
        await preview_declaration(
            company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15), **deps
        )
        order.append("built")

    async def another_call() -> None:
        await asyncio.sleep(0)
        order.append("another call answered")
        answered.set()

    await asyncio.gather(build(), another_call())
    assert order == ["another call answered", "built"]


async def test_a_b2c_invoice_s_submission_reads_the_keys_that_may_stand_for_it_not_every_sale_of_its_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a B2C invoice's sales were recorded by the till (they stand for it) was told from every sale of its
    day, decoded: on `serve`, one SubmitInvoice on a day of 578,000 sales took 113 s, in the thread that reads
    every company's large requests (another company's batch of 2,000 sales waited 34 s)."""
    db, company, day = InMemoryDatabase(), random_siren(), date(2026, 9, 3)
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await record_b2c_transactions(
        company, [tx("F-1/20", day, B2cCategory.TLB1, "20", "10.00", "2.00")], **deps
    )
    await submit_declaration(company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, day, **deps)

    def every_sale(*args: object) -> None:
        raise AssertionError("every sale of the day read")

    monkeypatch.setattr(fakes._Reporting, "b2c_between", every_sale)
    seller = a_seller(company)
    async with FakeUnitOfWork(db) as uow:
        for number, to_rectify in (("F-1", ()), ("F-2", ((date(2026, 9, 1), date(2026, 9, 10)),))):
            invoice = an_invoice(
                seller=seller, processing_rule=ProcessingRule.B2C, issue_date=day, number=number
            )
            assert await sale_to_rectify(company, uow.declarations, invoice) == to_rectify


async def test_a_payment_recorded_directly_dated_after_today_in_france_is_refused_pay_date() -> None:
    """As RecordPayment's (domain.payments.day_refused, one rule): found on a real server (session 17), a B2C payment
    dated 2030-01-01 was recorded, for a declaration years away. The batch is refused whole, naming the row."""
    db, company = InMemoryDatabase(), random_siren()
    clock = FixedClock(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))  # 1 December in Paris
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": clock}
    today = PaymentEvent(f"{company}-today", date(2026, 12, 1), (RatePart(D("20"), D("120.00")),))
    ahead = PaymentEvent(f"{company}-ahead", date(2026, 12, 2), (RatePart(D("20"), D("120.00")),))
    with pytest.raises(InvalidReportingRequest) as refused:
        await record_payments(company, [today, ahead], **deps)
    [finding] = refused.value.findings
    assert (finding.rule_id, finding.path) == ("PAY-DATE", "payments[1].day")
    assert finding.message == (
        f"payment {company}-ahead: the payment is dated 2026-12-02, after today (2026-12-01): it is recorded once it"
        " happened"
    )
    assert (await record_payments(company, [today], **deps)).recorded == 1


async def test_a_payment_recorded_directly_dated_before_2000_or_years_before_its_invoice_is_refused_naming_it() -> (
    None
):
    db, company = InMemoryDatabase(), random_siren()
    deps = {
        "uow_factory": functools.partial(FakeUnitOfWork, db),
        "clock": FixedClock(datetime(2026, 12, 1, tzinfo=UTC)),
    }
    old = PaymentEvent(f"{company}-old", date(1990, 1, 1), (RatePart(D("20"), D("120.00")),))
    typo = PaymentEvent(
        f"{company}-typo", date(2016, 11, 2), (RatePart(D("20"), D("120.00")),), "F-1", date(2026, 11, 2)
    )
    for event, rule in ((old, "PAY-DATE-YEAR"), (typo, "PAY-DATE-BEFORE-INVOICE")):
        with pytest.raises(InvalidReportingRequest) as refused:
            await record_payments(company, [event], **deps)
        [finding] = refused.value.findings
        assert (finding.rule_id, finding.path) == (rule, "payments[0].day")


async def test_a_b2c_sale_dated_after_today_past_a_clock_skew_or_before_2000_is_refused_naming_it() -> None:
    """Found left by session 17: RecordB2cTransactions took a sale dated in the future (its day's declaration not
    due) and one dated 1990 (its declaration then refused by Flux10 G1.36 until the sale is voided)."""
    db, company = InMemoryDatabase(), random_siren()
    # 23:57 in Réunion on 1 December: a till whose clock runs three minutes ahead stamps 2 December
    clock = FixedClock(datetime(2026, 12, 1, 19, 57, tzinfo=UTC))
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": clock}

    def sale(key: str, day: date) -> B2cTransaction:
        return tx(f"{company}-{key}", day, B2cCategory.TLB1, "20", "100.00", "20.00")

    ahead, old = sale("ahead", date(2026, 12, 3)), sale("old", date(1990, 1, 1))
    for i, (bad, rule) in enumerate(((ahead, "ER-B2C-DATE"), (old, "ER-B2C-DATE-YEAR"))):
        with pytest.raises(InvalidReportingRequest) as refused:
            await record_b2c_transactions(company, [sale(f"fine-{i}", date(2026, 12, 1)), bad], **deps)
        [finding] = refused.value.findings
        assert (finding.rule_id, finding.path) == (rule, "transactions[1].day")
    skewed = sale("skewed", date(2026, 12, 2))
    assert (await record_b2c_transactions(company, [skewed], **deps)).recorded == 1


async def test_a_payment_batch_that_is_empty_or_holds_a_payment_no_declaration_could_carry_is_refused_naming_it() -> (
    None
):
    db, company = InMemoryDatabase(), random_siren()
    deps = {
        "uow_factory": functools.partial(FakeUnitOfWork, db),
        "clock": FixedClock(datetime(2026, 12, 1, tzinfo=UTC)),
    }
    with pytest.raises(InvalidReportingRequest) as empty:
        await record_payments(company, [], **deps)
    [finding] = empty.value.findings
    assert (finding.path, finding.message) == ("payments", "the batch holds no payments")
    in_usd = PaymentEvent(
        f"{company}-usd", date(2026, 11, 30), (RatePart(D("20"), D("120.00")),), currency="USD"
    )
    with pytest.raises(InvalidReportingRequest) as usd:
        await record_payments(company, [in_usd], **deps)
    [finding] = usd.value.findings
    assert (finding.rule_id, finding.path) == ("ER-CURRENCY", "payments[0]")
    assert finding.message.startswith(f"payment {company}-usd cannot be e-reported: ")
