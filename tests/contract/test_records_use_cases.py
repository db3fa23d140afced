"""The records' use cases (e-reporting: recording, preview, submission; purchases; the archive's reads and export)
over the in-memory records and PostgreSQL alike: the same hand-computed figures and the same refusals on both, so
that a use case tested in memory behaves so on the database. What needs PostgreSQL itself (the declaration relay
over the outbox, the tables' immutability triggers, forged rows) stays in tests/integration/service/usecases/."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from domain.archive_ports import ArchivedDocumentNotFound, ArchiveKind, ArchiveMetadata, AuditEvent
from domain.emission import OutboundInvoice, ProcessingState
from domain.findings import Finding
from domain.identifiers import is_valid_siret
from domain.invoice import Address, Identifier, Invoice, Party, ProcessingRule, VatCategory
from domain.payments import RatePart
from domain.platform import PlatformStatus
from domain.reporting.b2c import B2cCategory
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import (
    DeclarationInvalid,
    DeclarationStatus,
    InitialAlreadyExists,
    RectificationNotAllowed,
    ReportType,
)
from domain.reporting.international import DeclarantRole
from domain.reporting.journal import DuplicateTransactionKey
from domain.reporting.payments import PaymentEvent
from domain.totals import compute_totals
from service.usecases.archive import (
    AUDIT_LOG_NAME,
    LATER_LOG_NAME,
    MANIFEST_NAME,
    archive_document,
    export_archive,
    get_archived_document,
)
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from service.usecases.reporting import (
    InvalidReportingRequest,
    RegimeMismatch,
    invoice_to_rectify,
    preview_declaration,
    purchase_to_rectify,
    record_b2c_transactions,
    record_payments,
    record_purchases,
    submit_declaration,
)
from tests.builders import a_buyer, a_line, a_received_invoice, a_seller, an_invoice
from tests.contract.conftest import RecordsBackend
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.records import archive_some
from tests.support.reporting_data import (
    B2C_DECADE_1,
    B2C_DECADE_2,
    B2C_DECADE_3,
    B2C_MONTH,
    EXPORT_BASE,
    PAYMENTS_MONTH,
    D,
    intra_eu_invoice,
    september_b2c,
    september_payments,
    tx,
)

T, P = ReportKind.TRANSACTIONS, ReportKind.PAYMENTS
SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))


def deps(records: RecordsBackend, clock: FixedClock | None = None) -> dict[str, Any]:
    return {"uow_factory": records.uow, "clock": clock or FixedClock()}


async def emit(records: RecordsBackend, company: str, invoice: Invoice) -> OutboundInvoice:
    def no_findings(_: Invoice) -> list[Finding]:
        return []

    request = SubmitInvoice(company, random_request_id(), invoice)
    return await submit_invoice(request, uow=records.invoices(), clock=FixedClock(), validate=no_findings)


async def a_company_with_september(records: RecordsBackend) -> str:
    company = random_siren()
    await record_b2c_transactions(company, september_b2c(company), **deps(records))
    await record_payments(company, september_payments(company), **deps(records))
    await emit(records, company, intra_eu_invoice(company, date(2026, 9, 12)))
    await emit(
        records, company, an_invoice(seller=a_seller(company), issue_date=date(2026, 9, 12))
    )  # domestic
    return company


# (regime, a day in the period, expected (taxable, VAT, count) of B2C, international sales base)
CASES = [
    (VatRegime.REAL_MONTHLY, date(2026, 9, 5), B2C_DECADE_1, D("0.00")),
    (VatRegime.REAL_MONTHLY, date(2026, 9, 15), B2C_DECADE_2, EXPORT_BASE),
    (VatRegime.REAL_MONTHLY, date(2026, 9, 30), B2C_DECADE_3, D("0.00")),
    (VatRegime.REAL_QUARTERLY, date(2026, 9, 30), B2C_MONTH, EXPORT_BASE),
    (VatRegime.SIMPLIFIED, date(2026, 9, 1), B2C_MONTH, EXPORT_BASE),
    (VatRegime.FRANCHISE, date(2026, 10, 20), B2C_MONTH, EXPORT_BASE),  # September-October
]


@pytest.mark.parametrize(("regime", "day", "b2c", "exports"), CASES)
async def test_a_month_of_transactions_gives_the_hand_computed_declaration(
    records: RecordsBackend, regime: VatRegime, day: date, b2c: tuple[D, D, int], exports: D
) -> None:
    company = await a_company_with_september(records)

    preview = await preview_declaration(company, regime, T, day, **deps(records))
    submitted = await submit_declaration(company, regime, T, day, **deps(records))

    for view in (preview, submitted):
        t = view.totals
        assert (t.b2c_taxable, t.b2c_vat, t.b2c_count) == b2c
        assert t.international_sales_taxable == exports and t.international_sales_vat == 0
        assert t.international_count == (1 if exports else 0)
    assert not [f for f in preview.findings if f.is_fatal]
    assert submitted.status is DeclarationStatus.SUBMITTED and submitted.report_type is ReportType.INITIAL
    assert submitted.id and submitted.archive_sha256


@pytest.mark.parametrize("regime", list(VatRegime))
async def test_the_payments_of_the_month_are_declared_per_regime(
    records: RecordsBackend, regime: VatRegime
) -> None:
    company = await a_company_with_september(records)

    view = await submit_declaration(company, regime, P, date(2026, 9, 15), **deps(records))

    assert view.totals.collected == PAYMENTS_MONTH
    assert [(ln.day, ln.invoice_id, ln.vat_rate, ln.amount) for ln in view.payment_lines] == [
        (date(2026, 9, 10), None, D("20"), D("120.00")),
        (date(2026, 9, 20), "F-2026-0815", D("10"), D("55.00")),
        (date(2026, 9, 20), "F-2026-0815", D("20"), D("24.00")),
    ]
    assert view.request_count == 2  # one aggregated (10.4), one per invoice (10.2)


async def test_recording_is_idempotent_and_a_reused_key_refuses_the_whole_batch(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    batch = september_b2c(company)

    first = await record_b2c_transactions(company, batch, **deps(records))
    again = await record_b2c_transactions(company, batch, **deps(records))
    forged = [
        tx(f"{company}-new", date(2026, 9, 4), batch[0].category, "20", "10.00", "2.00"),
        tx(f"{company}-1", date(2026, 9, 3), batch[0].category, "20", "999.00", "199.80"),
    ]
    with pytest.raises(DuplicateTransactionKey, match=f"{company}-1"):
        await record_b2c_transactions(company, forged, **deps(records))

    assert (first.recorded, first.replayed) == (7, 0)
    assert (again.recorded, again.replayed) == (0, 7)
    async with records.uow() as u:
        kept = await u.reporting.b2c_between(company, *SEPTEMBER)
    assert sorted(t.key for t in kept) == sorted(t.key for t in batch)  # nothing of the refused batch
    async with records.uow() as u:
        audited = [e async for e in u.audit.entries(company)]
    assert [(e.action, e.details) for e in audited] == [  # one entry for the batch, none for its replay
        (
            "reporting.b2c_recorded",
            {"transactions": 7, "new": 7, "first_day": "2026-09-03", "last_day": "2026-09-25"},
        )
    ]


async def test_submission_is_refused_before_the_period_ends_and_twice_for_one_period(
    records: RecordsBackend,
) -> None:
    company = await a_company_with_september(records)
    early = FixedClock(FixedClock().now().replace(year=2026, month=9, day=29))

    with pytest.raises(DeclarationInvalid, match="ER-EARLY"):
        await submit_declaration(company, VatRegime.SIMPLIFIED, T, date(2026, 9, 1), **deps(records, early))
    await submit_declaration(company, VatRegime.SIMPLIFIED, T, date(2026, 9, 1), **deps(records))
    with pytest.raises(InitialAlreadyExists):
        await submit_declaration(company, VatRegime.SIMPLIFIED, T, date(2026, 9, 1), **deps(records))
    with pytest.raises(RectificationNotAllowed):
        await submit_declaration(
            company, VatRegime.SIMPLIFIED, T, date(2026, 10, 1), rectify=True, **deps(records)
        )


async def test_a_day_already_declared_under_one_regime_is_not_declared_again_under_another(
    records: RecordsBackend,
) -> None:
    """A company has one VAT regime, so one calendar: its second decade of September declared (réel normal
    mensuel), a declaration of the whole of September (réel simplifié) would report those ten days twice. Only a
    period whose declarations were all rejected leaves its days free."""
    company = await a_company_with_september(records)
    await submit_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 15), **deps(records))
    for regime in (VatRegime.SIMPLIFIED, VatRegime.REAL_QUARTERLY, VatRegime.FRANCHISE):
        with pytest.raises(RegimeMismatch, match=r"2026-09-11\.\.2026-09-20.*REAL_MONTHLY"):
            await submit_declaration(company, regime, T, date(2026, 9, 15), **deps(records))
        with pytest.raises(RegimeMismatch, match=r"2026-09-11\.\.2026-09-20.*REAL_MONTHLY"):
            await preview_declaration(company, regime, T, date(2026, 9, 15), **deps(records))
    # the payments of September are another declaration: still free under the same regime's calendar
    await submit_declaration(company, VatRegime.REAL_MONTHLY, P, date(2026, 9, 15), **deps(records))
    async with records.uow() as u:
        listed = await u.reporting.declarations(company, *SEPTEMBER)
    assert sorted((r.kind, r.regime, r.period_start, r.period_end) for r in listed) == [
        ("PAYMENTS", "REAL_MONTHLY", date(2026, 9, 1), date(2026, 9, 30)),
        ("TRANSACTIONS", "REAL_MONTHLY", date(2026, 9, 11), date(2026, 9, 20)),
    ]


async def test_a_sale_its_day_could_not_declare_is_refused_when_recorded(records: RecordsBackend) -> None:
    """A recorded sale stays under its key: one whose own checks fail (its VAT against its base, its rate, its
    currency without a rate to EUR) would refuse its period's declaration for ever. The batch is refused instead,
    naming the sale and the rule; a day of sales each right to the cent is recorded and declared."""
    company = random_siren()
    day = date(2026, 9, 15)
    cases = [
        (r"ER-B2C-VAT transactions\[1\]", tx(f"{company}-v", day, B2cCategory.TLB1, "20", "10.00", "100.00")),
        (r"ER-RATE transactions\[1\]", tx(f"{company}-r", day, B2cCategory.TLB1, "19", "10.00", "1.90")),
        (
            r"ER-CURRENCY transactions\[1\]",
            tx(f"{company}-c", day, B2cCategory.TLB1, "20", "10", "2", currency="USD"),
        ),
    ]
    fine = tx(f"{company}-ok", day, B2cCategory.TLB1, "20", "8.33", "1.67")
    for rule, refused in cases:
        with pytest.raises(InvalidReportingRequest, match=rule):
            await record_b2c_transactions(company, [fine, refused], **deps(records))
    async with records.uow() as u:
        assert await u.reporting.b2c_between(company, *SEPTEMBER) == []

    tickets = [tx(f"{company}-t{i}", day, B2cCategory.TLB1, "20", "8.33", "1.67") for i in range(5)]
    assert (await record_b2c_transactions(company, tickets, **deps(records))).recorded == 5
    view = await submit_declaration(company, VatRegime.REAL_MONTHLY, T, day, **deps(records))
    assert (view.totals.b2c_taxable, view.totals.b2c_vat, view.totals.b2c_count) == (D("41.65"), D("8.35"), 5)


async def test_a_payment_its_month_could_not_declare_is_refused_when_recorded(
    records: RecordsBackend,
) -> None:
    """As a sale: a recorded payment stays under its key, so one whose own line fails (its rate, its currency, its
    scale) would refuse its month's payment declaration for ever; the batch is refused, naming it."""
    company = random_siren()
    day = date(2026, 9, 15)

    def paid(key: str, rate: str, amount: str, currency: str = "EUR") -> PaymentEvent:
        return PaymentEvent(f"{company}-{key}", day, (RatePart(D(rate), D(amount)),), currency=currency)

    cases = [
        (r"ER-RATE payments\[1\]", paid("r", "19", "10.00")),
        (r"ER-CURRENCY payments\[1\]", paid("c", "20", "10.00", "USD")),
        (r"ER-AMOUNT-SCALE payments\[1\]", paid("s", "20", "10.001")),
    ]
    for rule, refused in cases:
        with pytest.raises(InvalidReportingRequest, match=rule):
            await record_payments(company, [paid("ok", "20", "12.00"), refused], **deps(records))
    async with records.uow() as u:
        assert await u.reporting.payments_between(company, *SEPTEMBER) == []


async def test_a_refund_is_recorded_only_while_its_day_collected_enough_at_its_rate(
    records: RecordsBackend,
) -> None:
    """A collected amount carries no sign (Flux10 G1.16): a refund alone on its day would leave the day's line
    negative and refuse the month's declaration for ever (ER-PAY-NEGATIVE). It is refused when recorded, naming it;
    with the day's payments at its rate covering it (recorded before, or in the same batch), it is recorded."""
    company = random_siren()

    def paid(key: str, day: int, amount: str, rate: str = "20") -> PaymentEvent:
        return PaymentEvent(f"{company}-{key}", date(2026, 9, day), (RatePart(D(rate), D(amount)),))

    with pytest.raises(InvalidReportingRequest, match=r"ER-PAY-NEGATIVE payments\[0\]"):
        await record_payments(company, [paid("refund-alone", 3, "-10.00")], **deps(records))
    with pytest.raises(
        InvalidReportingRequest, match=r"ER-PAY-NEGATIVE payments\[1\]"
    ):  # another rate's money
        await record_payments(
            company, [paid("p10", 4, "50.00", "10"), paid("r20", 4, "-10.00")], **deps(records)
        )
    assert (await record_payments(company, [paid("p", 5, "50.00")], **deps(records))).recorded == 1
    assert (await record_payments(company, [paid("r", 5, "-10.00")], **deps(records))).recorded == 1
    same_batch = [paid("r2", 6, "-10.00"), paid("p2", 6, "50.00")]
    assert (await record_payments(company, same_batch, **deps(records))).recorded == 2
    assert (
        await record_payments(company, same_batch, **deps(records))
    ).replayed == 2  # a retry: no double count
    async with records.uow() as u:
        kept = await u.reporting.payments_between(company, *SEPTEMBER)
    assert sorted(e.key.rsplit("-", 1)[1] for e in kept) == ["p", "p2", "r", "r2"]


async def test_a_late_record_names_the_declaration_already_sent_for_its_day_to_rectify(
    records: RecordsBackend,
) -> None:
    """A sale, a payment or a purchase recorded after its period was declared is missing from the declaration in
    force: the answer names that period (first/last day), as RecordPayment's does, so it is rectified (RE)."""
    company = await a_company_with_september(records)
    await submit_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 15), **deps(records))
    await submit_declaration(company, VatRegime.REAL_MONTHLY, P, date(2026, 9, 15), **deps(records))
    decade_2, september = (date(2026, 9, 11), date(2026, 9, 20)), SEPTEMBER

    late_sale = tx(f"{company}-late", date(2026, 9, 14), B2cCategory.TLB1, "20", "10.00", "2.00")
    other_decade = tx(f"{company}-d3", date(2026, 9, 25), B2cCategory.TLB1, "20", "10.00", "2.00")
    late_payment = PaymentEvent(f"{company}-late-p", date(2026, 9, 14), (RatePart(D("20"), D("12.00")),))
    late_purchase = purchase(company, "DE-LATE", supplier("DE", "DE7"), "40.00", day=18)

    sale = await record_b2c_transactions(company, [late_sale, other_decade], **deps(records))
    payment = await record_payments(company, [late_payment], **deps(records))
    bought = await record_purchases(company, [late_purchase], **deps(records))
    undeclared = await record_b2c_transactions(
        company, [replace(other_decade, key="d3-bis")], **deps(records)
    )

    assert (sale.recorded, sale.to_rectify) == (2, (decade_2,))
    assert (payment.recorded, payment.to_rectify) == (1, (september,))
    assert (bought.recorded, bought.to_rectify) == (1, (decade_2,))
    assert (undeclared.recorded, undeclared.to_rectify) == (1, ())

    # Sent again whole (a retry after a lost answer): each answers as its first time, read from its audit entry.
    again = (
        await record_b2c_transactions(company, [late_sale, other_decade], **deps(records)),
        await record_payments(company, [late_payment], **deps(records)),
        await record_purchases(company, [late_purchase], **deps(records)),
        await record_b2c_transactions(company, [replace(other_decade, key="d3-bis")], **deps(records)),
    )
    assert [(r.recorded, r.to_rectify) for r in again] == [
        (0, (decade_2,)),
        (0, (september,)),
        (0, (decade_2,)),
        (0, ()),
    ]


async def test_an_invoice_e_reported_in_a_declared_period_names_the_declaration_to_rectify(
    records: RecordsBackend,
) -> None:
    """A sale to a consumer or abroad dated in a period already declared is missing from the declaration in force,
    as a late record is: the same periods are named. A domestic B2B invoice (the platform carries it), one in an
    open period, and a B2C sale the till already recorded under its number (it adds nothing) name none."""
    company = await a_company_with_september(records)
    await submit_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 15), **deps(records))
    decade_2, late = (date(2026, 9, 11), date(2026, 9, 20)), date(2026, 9, 14)
    tilled = replace(b2c_invoice(company, late), number="F-TILL-1")
    await record_b2c_transactions(
        company, [tx("F-TILL-1/20", late, B2cCategory.TPS1, "20", "100.00", "20.00")], **deps(records)
    )

    def to_rectify(invoice: Invoice) -> Any:
        return invoice_to_rectify(company, invoice, uow_factory=records.uow)

    assert await to_rectify(b2c_invoice(company, late)) == (decade_2,)
    assert await to_rectify(intra_eu_invoice(company, late)) == (decade_2,)
    assert await to_rectify(b2c_invoice(company, date(2026, 9, 25))) == ()
    assert await to_rectify(an_invoice(seller=a_seller(company), issue_date=late)) == ()
    assert await to_rectify(tilled) == ()


def b2c_invoice(company: str, day: date) -> Invoice:
    """A sale to a consumer (BAR B2C: NOT_TRANSMITTED), at two VAT rates: 100.00 + 20.00, and 10.00 + 0.55."""
    lines = (
        a_line("1", quantity="2", price="50.00", rate="20"),
        a_line("2", quantity="1", price="10.00", rate="5.5"),
    )
    return replace(
        an_invoice(seller=a_seller(company), issue_date=day, processing_rule=ProcessingRule.B2C), lines=lines
    )


async def test_a_b2c_invoice_submitted_through_the_invoice_service_feeds_its_period_once(
    records: RecordsBackend,
) -> None:
    company = await a_company_with_september(records)
    invoice = b2c_invoice(company, date(2026, 9, 3))
    assert (await emit(records, company, invoice)).state is ProcessingState.NOT_TRANSMITTED
    taxable, vat, count = B2C_DECADE_1
    with_invoice = (taxable + D("110.00"), vat + D("20.55"), count + 2)  # one transaction per VAT rate

    first = await preview_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 5), **deps(records))
    assert (first.totals.b2c_taxable, first.totals.b2c_vat, first.totals.b2c_count) == with_invoice
    later = await preview_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 15), **deps(records))
    assert (later.totals.b2c_taxable, later.totals.b2c_count) == (B2C_DECADE_2[0], B2C_DECADE_2[2])
    assert later.totals.international_count == 1  # a B2C sale is never international B2B

    # The till records the same sale under the invoice's reference: it is counted once, from the record.
    category = B2cCategory.TPS1  # BT-23 S1: services
    same = [
        tx(f"{invoice.number}/20", date(2026, 9, 3), category, "20", "100.00", "20.00"),
        tx(f"{invoice.number}/5.5", date(2026, 9, 3), category, "5.5", "10.00", "0.55"),
    ]
    await record_b2c_transactions(company, same, **deps(records))
    again = await submit_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 5), **deps(records))
    assert (again.totals.b2c_taxable, again.totals.b2c_vat, again.totals.b2c_count) == with_invoice


async def test_a_b2c_invoice_recorded_under_its_number_alone_is_counted_once(records: RecordsBackend) -> None:
    company = random_siren()
    invoice = replace(
        an_invoice(seller=a_seller(company), issue_date=date(2026, 9, 3), processing_rule=ProcessingRule.B2C),
        lines=(a_line("1", quantity="1", price="80.00", rate="20"),),
    )
    await record_b2c_transactions(
        company,
        [tx(invoice.number, date(2026, 9, 3), B2cCategory.TPS1, "20", "80.00", "16.00")],
        **deps(records),
    )
    await emit(records, company, invoice)
    view = await preview_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 5), **deps(records))
    assert (view.totals.b2c_taxable, view.totals.b2c_vat, view.totals.b2c_count) == (
        D("80.00"),
        D("16.00"),
        1,
    )


# --- purchases from abroad (10.1, the company as buyer) -----------------------------------------------------------


def supplier(country: str, vat: str) -> Party:
    return Party(
        name=f"Supplier {country}",
        legal_registration=Identifier(f"REG-{country}-1", "0223" if country != "US" else "0227"),
        vat_id=vat,
        address=Address(line1="1 Main Street", city="City", postcode="1000", country=country),
    )


def purchase(
    company: str, number: str, seller: Party, price: str, process: str = "S1", day: int = 10
) -> Invoice:
    """Services bought from abroad under reverse charge: `price` excluding VAT, no VAT on the invoice."""
    invoice = an_invoice(
        number=number,
        seller=seller,
        buyer=a_buyer(company),
        issue_date=date(2026, 9, day),
        due_date=date(2026, 10, 31),
        business_process=process,
    )
    lines = (a_line("1", "1", price, "0", category=VatCategory.REVERSE_CHARGE),)
    return compute_totals(replace(invoice, lines=lines))


async def receive(records: RecordsBackend, company: str, invoice: Invoice, status: str = "") -> None:
    """An invoice received through the platform, as reception stores it once read; `status` a platform status it
    then got (210: refused by the buyer)."""
    received = replace(
        a_received_invoice(),
        id=str(uuid.uuid4()),
        company_siren=company,
        platform_invoice_id=f"p-{uuid.uuid4()}",
        invoice=invoice,
        number=invoice.number,
        seller_siren="",
    )
    async with records.reception() as u:
        assert await u.received.add(received, None)
        await u.commit()
    if status:
        async with records.reception() as u:
            locked = await u.received.locked(company, received.id)
            assert locked is not None
            locked.platform_status(PlatformStatus(status, "", status, datetime.now(UTC)), datetime.now(UTC))
            await u.received.save(locked)
            await u.commit()


async def test_purchases_from_abroad_are_declared_once_whether_received_or_recorded(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    german, italian = supplier("DE", "DE811111111"), supplier("IT", "IT01234567890")
    both = purchase(company, "DE-100", german, "1000.00")  # received AND recorded: once
    await receive(records, company, both)
    await receive(records, company, purchase(company, "IT-7", italian, "250.00", day=20))  # received only
    await receive(records, company, purchase(company, "IT-8", italian, "999.00"), status="210")  # refused
    # goods imported from outside the EU: customs, not e-reporting
    await receive(records, company, purchase(company, "US-1", supplier("US", "US-1"), "500.00", process="B1"))
    await receive(
        records,
        company,
        purchase(company, "DE-OCT", german, "70.00", day=1).evolve(issue_date=date(2026, 10, 1)),
    )

    # The buyer's record of the same purchase (same seller and number) says it is due later: the record stands.
    recorded = both.evolve(due_date=date(2026, 11, 30))
    first = await record_purchases(
        company, [recorded, purchase(company, "DE-101", german, "40.00", day=25)], **deps(records)
    )
    again = await record_purchases(company, [recorded], **deps(records))
    assert (first.recorded, first.replayed, again.recorded, again.replayed) == (2, 0, 0, 1)

    view = await preview_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 15), **deps(records))
    purchases = [f for f in view.international if f.declarant_role is DeclarantRole.BUYER]
    assert sorted((f.invoice_id, f.due_date) for f in purchases) == [
        ("DE-100", date(2026, 11, 30)),
        ("DE-101", date(2026, 10, 31)),
        ("IT-7", date(2026, 10, 31)),
    ]
    assert view.totals.international_purchases_taxable == D("1290.00")  # 1000 + 40 + 250
    assert view.totals.international_purchases_vat == D("0.00")


async def test_a_purchase_received_in_a_declared_period_names_it_unless_out_of_scope_or_recorded(
    records: RecordsBackend,
) -> None:
    """Reception's look, in its own transaction before it stores the invoice: a purchase from abroad dated in a
    period whose transactions declaration was sent names that declaration; one out of scope (goods imported from
    outside the EU), one a record of the same seller and number stands for, or one in a period not declared, none."""
    company = random_siren()
    german = supplier("DE", "DE811111111")
    await submit_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 3), **deps(records))
    recorded = purchase(company, "DE-REC", german, "40.00", day=3)
    await record_purchases(company, [recorded], **deps(records))
    cases = {
        "late": purchase(company, "DE-LATE", german, "10.00", day=3),
        "recorded": recorded,
        "import": purchase(company, "US-1", supplier("US", "US-1"), "500.00", process="B1", day=3),
        "undeclared": purchase(company, "DE-LATER", german, "10.00", day=15),
    }
    async with records.reception() as u:
        named = {name: await purchase_to_rectify(u.declarations, company, i) for name, i in cases.items()}
    assert named == {
        "late": ((date(2026, 9, 1), date(2026, 9, 10)),),
        "recorded": (),
        "import": (),
        "undeclared": (),
    }


def bought_by(company: str, registration: Identifier) -> Invoice:
    """A purchase of `company` whose buyer's legal registration (BT-47) is `registration`."""
    invoice = purchase(company, "DE-2", supplier("DE", "DE2"), "10.00")
    return replace(invoice, buyer=replace(invoice.buyer, legal_registration=registration))


async def test_a_purchase_out_of_scope_or_of_another_company_is_refused_naming_the_rule(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    cases = [
        (
            "ER-INT-SCOPE.*import of goods",
            purchase(company, "US-1", supplier("US", "US-1"), "10.00", process="B1"),
        ),
        ("ER-INT-SCOPE.*established in France", purchase(company, "FR-1", a_seller(random_siren()), "10.00")),
        ("ER-INT-SCOPE.*bought by", purchase(random_siren(), "DE-1", supplier("DE", "DE1"), "10.00")),
        # a buyer registered under the SIREN or SIRET scheme by a malformed number names no SIREN (`siren_of`), but
        # not this company's either
        ("ER-INT-SCOPE.*bought by 73282932A", bought_by(company, Identifier("73282932A", "0002"))),
        ("ER-INT-SCOPE.*bought by 7328293200007A", bought_by(company, Identifier("7328293200007A", "0009"))),
        # nine digits with no scheme and a wrong key: not a SIREN (`siren_of`), still not this company's
        ("ER-INT-SCOPE.*bought by 732829321", bought_by(company, Identifier("732829321", ""))),
    ]
    for rule, refused in cases:
        with pytest.raises(InvalidReportingRequest, match=rule):
            await record_purchases(company, [refused], **deps(records))
    async with records.uow() as u:
        assert await u.reporting.international_between(company, *SEPTEMBER) == []


async def test_a_purchase_its_10_1_record_cannot_carry_is_refused_before_it_blocks_the_declaration(
    records: RecordsBackend,
) -> None:
    """Recorded, a purchase stays under its key (seller and number): it can be neither corrected nor removed. One
    whose 10.1 record breaks a fatal rule (ER-INT-*) would refuse its period's declaration, every other sale and
    purchase with it, for ever: so the batch is refused when it is recorded, naming the invoice and the rule."""
    company = random_siren()
    unidentified = replace(supplier("GB", "GB123456789"), legal_registration=None)
    no_due_date = replace(purchase(company, "DE-9", supplier("DE", "DE9"), "10.00"), due_date=None)
    cases = [
        (
            r"ER-INT-SELLER-ID invoices\[1\]: invoice GB-1 cannot",
            purchase(company, "GB-1", unidentified, "10.00"),
        ),
        (r"ER-INT-DUE-DATE invoices\[1\]: invoice DE-9 cannot", no_due_date),
    ]
    fine = purchase(company, "DE-8", supplier("DE", "DE8"), "10.00")
    for rule, refused in cases:
        with pytest.raises(InvalidReportingRequest, match=rule):
            await record_purchases(company, [fine, refused], **deps(records))
    async with records.uow() as u:
        assert await u.reporting.international_between(company, *SEPTEMBER) == []


async def test_a_purchase_whose_buyer_writes_the_company_s_number_with_spaces_is_the_company_s(
    records: RecordsBackend,
) -> None:
    # BR-FR reads BT-47 without its surrounding spaces: so does the check of who bought it
    company = random_siren()
    siret = next(f"{company}0001{d}" for d in "0123456789" if is_valid_siret(f"{company}0001{d}"))
    padded = [
        bought_by(company, Identifier(f" {company} ", "0002")),
        bought_by(company, Identifier(f"{siret} ", "0009")),
    ]
    for i, invoice in enumerate(padded):
        result = await record_purchases(company, [replace(invoice, number=f"DE-P{i}")], **deps(records))
        assert result.recorded == 1


async def test_a_purchase_whose_buyer_names_no_company_is_taken_as_the_company_s(
    records: RecordsBackend,
) -> None:
    # a supplier abroad may not know its buyer's SIREN: a purchase naming none is the company's own, where a sale
    # naming no seller is refused (test_record_voids)
    company = random_siren()
    invoice = purchase(company, "DE-U", supplier("DE", "DE3"), "10.00")
    gln = (Identifier("5790000435968", "0088"),)  # BT-46: the buyer identified, but by no SIREN
    unnamed = replace(invoice, buyer=replace(invoice.buyer, legal_registration=None, identifiers=gln))
    assert (await record_purchases(company, [unnamed], **deps(records))).recorded == 1


# --- the archive's reads and export -----------------------------------------------------------------------------


async def test_get_returns_the_original_and_another_company_gets_nothing(records: RecordsBackend) -> None:
    company = random_siren()
    data = b"<Invoice>exact bytes \xe9</Invoice>"
    meta = ArchiveMetadata("application/xml", date(2026, 9, 1))
    receipt = await archive_document(company, ArchiveKind.RECEIVED_INVOICE, data, meta, **deps(records))

    item = await get_archived_document(company, receipt.sha256.upper(), **deps(records))
    with pytest.raises(ArchivedDocumentNotFound):
        await get_archived_document(random_siren(), receipt.sha256, **deps(records))

    assert item.content == data and item.kind is ArchiveKind.RECEIVED_INVOICE


async def test_the_export_checks_with_sha256sum_and_its_audit_log_and_readme_check_the_chain(
    records: RecordsBackend, tmp_path: Path
) -> None:
    company = random_siren()
    await archive_some(records.uow, company, 4, date(2026, 9, 15))
    await archive_some(records.uow, company, 2, date(2027, 2, 1))  # outside the range below

    content = io.BytesIO()
    totals = await export_archive(
        company, date(2026, 9, 1), date(2026, 12, 31), into=content, **deps(records)
    )
    zipfile.ZipFile(content).extractall(tmp_path)
    check = subprocess.run(
        ["sha256sum", "-c", "--strict", MANIFEST_NAME],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = (tmp_path / AUDIT_LOG_NAME).read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]

    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 4 + 4  # documents + index, audit log, later entries and README
    assert totals.documents == 4 and totals.entries == 6
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0]["prev_hash"] == "0" * 64
    assert all(
        later["prev_hash"] == earlier["hash"] for earlier, later in zip(entries, entries[1:], strict=False)
    )


async def test_a_month_s_export_holds_what_became_of_its_invoices_afterwards(
    records: RecordsBackend, tmp_path: Path
) -> None:
    """An auditor of September follows September's invoices past the month: the export holds, beside September's
    piece of the chain, the entries made since about the invoices (and declarations) of its documents, each line
    checkable on its own; entries about other invoices stay in their own period's export."""
    company = random_siren()
    await archive_some(records.uow, company, 2, date(2026, 9, 15))  # invoices F-0 and F-1
    october = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    async with records.uow() as u:
        for subject in ("F-1", "F-other"):
            await u.audit.append(
                company, AuditEvent("invoice.status", "invoice", subject, {"code": "212"}), october
            )
        await u.commit()

    content = io.BytesIO()
    await export_archive(company, date(2026, 9, 1), date(2026, 9, 30), into=content, **deps(records))
    zipfile.ZipFile(content).extractall(tmp_path)

    after = [
        json.loads(line) for line in (tmp_path / LATER_LOG_NAME).read_text(encoding="utf-8").splitlines()
    ]
    [later] = [e for e in after if e["action"] == "invoice.status"]  # F-other's stays in October's export
    assert (later["subject_id"], later["details"]) == ("F-1", {"code": "212"})
    assert {e["subject_id"] for e in after} <= {"F-0", "F-1"}
    stated, prev = later.pop("hash"), later.pop("prev_hash")
    body = json.dumps(later, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert hashlib.sha256(prev.encode() + body).hexdigest() == stated
    assert LATER_LOG_NAME in (tmp_path / "README.txt").read_text(encoding="utf-8")
