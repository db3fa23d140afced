"""E-reporting use cases on real PostgreSQL: hand-computed declarations per VAT regime, idempotent recording,
submission through the outbox to the platform, rectification, audit trail."""

from dataclasses import replace
from datetime import date

import asyncpg
import pytest

from domain.invoice import Invoice, ProcessingRule
from domain.platform import PlatformOutcomeUnknown, PlatformRejected, PlatformUnavailable
from domain.reporting.b2c import B2cCategory
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import (
    DeclarationInvalid,
    DeclarationStatus,
    InitialAlreadyExists,
    RectificationNotAllowed,
    ReportType,
)
from domain.reporting.journal import DuplicateTransactionKey
from service.usecases.archive import verify_archive
from service.usecases.reporting import (
    list_declarations,
    preview_declaration,
    record_b2c_transactions,
    record_payments,
    submit_declaration,
)
from tests.builders import a_line, a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_siren
from tests.support.records import records_uow
from tests.support.reporting import ScriptedGateway, emit, relay_for
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


def deps(pool: asyncpg.Pool, clock: FixedClock | None = None) -> dict:  # type: ignore[type-arg]
    return {"uow_factory": records_uow(pool), "clock": clock or FixedClock()}


async def a_company_with_september(pool: asyncpg.Pool) -> str:
    company = random_siren()
    await record_b2c_transactions(company, september_b2c(company), **deps(pool))
    await record_payments(company, september_payments(company), **deps(pool))
    await emit(pool, company, intra_eu_invoice(company, date(2026, 9, 12)))
    await emit(pool, company, an_invoice(seller=a_seller(company), issue_date=date(2026, 9, 12)))  # domestic
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
    pg_pool: asyncpg.Pool,
    regime: VatRegime,
    day: date,
    b2c: tuple,
    exports: D,  # type: ignore[type-arg]
) -> None:
    company = await a_company_with_september(pg_pool)

    preview = await preview_declaration(company, regime, T, day, **deps(pg_pool))
    submitted = await submit_declaration(company, regime, T, day, **deps(pg_pool))

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
    pg_pool: asyncpg.Pool, regime: VatRegime
) -> None:
    company = await a_company_with_september(pg_pool)

    view = await submit_declaration(company, regime, P, date(2026, 9, 15), **deps(pg_pool))

    assert view.totals.collected == PAYMENTS_MONTH
    assert [(ln.day, ln.invoice_id, ln.vat_rate, ln.amount) for ln in view.payment_lines] == [
        (date(2026, 9, 10), None, D("20"), D("120.00")),
        (date(2026, 9, 20), "F-2026-0815", D("10"), D("55.00")),
        (date(2026, 9, 20), "F-2026-0815", D("20"), D("24.00")),
    ]
    assert view.request_count == 2  # one aggregated (10.4), one per invoice (10.2)


async def test_recording_is_idempotent_and_a_reused_key_refuses_the_whole_batch(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    batch = september_b2c(company)

    first = await record_b2c_transactions(company, batch, **deps(pg_pool))
    again = await record_b2c_transactions(company, batch, **deps(pg_pool))
    forged = [
        tx(f"{company}-new", date(2026, 9, 4), batch[0].category, "20", "10.00", "2.00"),
        tx(f"{company}-1", date(2026, 9, 3), batch[0].category, "20", "999.00", "199.80"),
    ]
    with pytest.raises(DuplicateTransactionKey, match=f"{company}-1"):
        await record_b2c_transactions(company, forged, **deps(pg_pool))

    assert (first.recorded, first.replayed) == (7, 0)
    assert (again.recorded, again.replayed) == (0, 7)
    keys = await pg_pool.fetch("SELECT key FROM b2c_transactions WHERE company_siren = $1", company)
    assert len(keys) == 7  # nothing of the refused batch was written


async def test_submission_is_refused_before_the_period_ends_and_twice_for_one_period(
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    early = FixedClock(FixedClock().now().replace(year=2026, month=9, day=29))

    with pytest.raises(DeclarationInvalid, match="ER-EARLY"):
        await submit_declaration(company, VatRegime.SIMPLIFIED, T, date(2026, 9, 1), **deps(pg_pool, early))
    await submit_declaration(company, VatRegime.SIMPLIFIED, T, date(2026, 9, 1), **deps(pg_pool))
    with pytest.raises(InitialAlreadyExists):
        await submit_declaration(company, VatRegime.SIMPLIFIED, T, date(2026, 9, 1), **deps(pg_pool))
    with pytest.raises(RectificationNotAllowed):
        await submit_declaration(
            company, VatRegime.SIMPLIFIED, T, date(2026, 10, 1), rectify=True, **deps(pg_pool)
        )


async def test_a_submitted_declaration_reaches_the_platform_once_and_is_accepted(
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    view = await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    gateway = ScriptedGateway()

    handled = await relay_for(pg_pool, company, gateway).run_once("worker-1")
    again = await relay_for(pg_pool, company, gateway).run_once("worker-1")

    assert (handled, again) == (1, 0)
    # 3 days with B2C sales (one body each) + the intra-EU invoice
    assert view.request_count == 4 and len(gateway.sandbox.received) == 4
    paths = [r.path for _, r in gateway.sandbox.received]
    assert paths.count(f"/v1/reporting/transaction/invoice/scheme/0002/value/{company}") == 1
    [listed] = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert listed.status is DeclarationStatus.ACCEPTED
    assert listed.platform_ref == ",".join(f"sandbox-report-{n}" for n in range(1, 5))


async def test_an_unavailable_platform_is_retried_without_resending_what_it_already_has(
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    gateway = ScriptedGateway(failures={3: PlatformUnavailable("503")})

    await relay_for(pg_pool, company, gateway).run_once("worker-1")
    row = await pg_pool.fetchrow(
        "SELECT * FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration'", company
    )
    await pg_pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE id = $1", row["id"])
    await relay_for(pg_pool, company, gateway).run_once("worker-2")

    assert row["attempts"] == 1 and row["done_at"] is None and row["payload"]["sent"] == 2
    assert gateway.calls == 5 and len(gateway.sandbox.received) == 4  # call 3 failed once, nothing sent twice
    [listed] = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert listed.status is DeclarationStatus.ACCEPTED


async def test_an_unknown_outcome_parks_the_declaration_instead_of_sending_it_twice(
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    gateway = ScriptedGateway(failures={1: PlatformOutcomeUnknown("timeout after sending")})

    await relay_for(pg_pool, company, gateway).run_once("worker-1")

    row = await pg_pool.fetchrow(
        "SELECT done_at, last_error FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration'",
        company,
    )
    assert row["done_at"] is not None and "timeout after sending" in row["last_error"]
    [listed] = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert listed.status is DeclarationStatus.SUBMITTED


async def test_a_rejected_declaration_can_be_sent_again_as_a_new_initial(pg_pool: asyncpg.Pool) -> None:
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.SIMPLIFIED, P, date(2026, 9, 1), **deps(pg_pool))
    await relay_for(
        pg_pool, company, ScriptedGateway(failures={1: PlatformRejected("VAT regime missing")})
    ).run_once("w")

    second = await submit_declaration(company, VatRegime.SIMPLIFIED, P, date(2026, 9, 1), **deps(pg_pool))

    listed = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert [(v.version, v.status, v.report_type) for v in listed] == [
        (2, DeclarationStatus.SUBMITTED, ReportType.INITIAL),
        (1, DeclarationStatus.REJECTED, ReportType.INITIAL),
    ]
    assert "VAT regime missing" in listed[1].rejection_reason and second.version == 2


async def test_a_rectification_supersedes_the_initial_and_both_are_kept(pg_pool: asyncpg.Pool) -> None:
    company = await a_company_with_september(pg_pool)
    regime, day = VatRegime.REAL_QUARTERLY, date(2026, 9, 1)
    initial = await submit_declaration(company, regime, T, day, **deps(pg_pool))
    await relay_for(pg_pool, company, ScriptedGateway()).run_once("w")
    late = tx(f"{company}-late", date(2026, 9, 28), september_b2c(company)[0].category, "20", "10.00", "2.00")
    await record_b2c_transactions(company, [late], **deps(pg_pool))

    preview = await preview_declaration(company, regime, T, day, **deps(pg_pool))
    rectified = await submit_declaration(company, regime, T, day, rectify=True, **deps(pg_pool))
    await relay_for(pg_pool, company, ScriptedGateway()).run_once("w")

    assert preview.report_type is ReportType.RECTIFICATIVE and preview.version == 2
    assert rectified.supersedes == initial.id and rectified.report_type is ReportType.RECTIFICATIVE
    assert rectified.totals.b2c_taxable == B2C_MONTH[0] + D("10.00")
    assert rectified.totals.b2c_count == 8
    new, old = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert (new.id, new.version, new.status, new.superseded_by) == (
        rectified.id,
        2,
        DeclarationStatus.ACCEPTED,
        None,
    )
    assert (old.id, old.version, old.superseded_by) == (initial.id, 1, rectified.id)
    assert old.totals.b2c_count == 7  # the initial is kept as sent
    # Both versions are archived, and the whole history is in an intact audit chain.
    report = await verify_archive(company, **deps(pg_pool))
    assert report.ok and report.documents_checked == 2
    actions = [
        r["action"]
        for r in await pg_pool.fetch(
            "SELECT action FROM audit_log WHERE company_siren = $1 ORDER BY seq", company
        )
        if not r["action"].startswith("invoice.")  # the month's invoices are in the chain too, as submitted
    ]
    assert actions == [
        "reporting.b2c_recorded",
        "reporting.payments_recorded",
        "archive.stored",
        "declaration.submitted",
        "declaration.accepted",
        "reporting.b2c_recorded",
        "declaration.previewed",
        "archive.stored",
        "declaration.submitted",
        "declaration.accepted",
        "archive.verified",
    ]


async def test_the_database_keeps_sent_declarations_unchanged(pg_pool: asyncpg.Pool) -> None:
    company = await a_company_with_september(pg_pool)
    view = await submit_declaration(company, VatRegime.SIMPLIFIED, P, date(2026, 9, 1), **deps(pg_pool))

    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="DECLARATION-LOCKED"):
        await pg_pool.execute("UPDATE declarations SET content = '{}' WHERE id = $1::uuid", view.id)
    with pytest.raises(asyncpg.IntegrityConstraintViolationError, match="DECLARATION-KEPT"):
        await pg_pool.execute("DELETE FROM declarations WHERE id = $1::uuid", view.id)


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
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    invoice = b2c_invoice(company, date(2026, 9, 3))
    await emit(pg_pool, company, invoice)
    state = await pg_pool.fetchval(
        "SELECT state FROM invoices WHERE company_siren = $1 AND number = $2", company, invoice.number
    )
    assert state == "NOT_TRANSMITTED"
    taxable, vat, count = B2C_DECADE_1
    with_invoice = (taxable + D("110.00"), vat + D("20.55"), count + 2)  # one transaction per VAT rate

    first = await preview_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 5), **deps(pg_pool))
    assert (first.totals.b2c_taxable, first.totals.b2c_vat, first.totals.b2c_count) == with_invoice
    later = await preview_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 15), **deps(pg_pool))
    assert (later.totals.b2c_taxable, later.totals.b2c_count) == (B2C_DECADE_2[0], B2C_DECADE_2[2])
    assert later.totals.international_count == 1  # a B2C sale is never international B2B

    # The till records the same sale under the invoice's reference: it is counted once, from the record.
    category = B2cCategory.TPS1  # BT-23 S1: services
    same = [
        tx(f"{invoice.number}/20", date(2026, 9, 3), category, "20", "100.00", "20.00"),
        tx(f"{invoice.number}/5.5", date(2026, 9, 3), category, "5.5", "10.00", "0.55"),
    ]
    await record_b2c_transactions(company, same, **deps(pg_pool))
    again = await submit_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 5), **deps(pg_pool))
    assert (again.totals.b2c_taxable, again.totals.b2c_vat, again.totals.b2c_count) == with_invoice


async def test_a_b2c_invoice_recorded_under_its_number_alone_is_counted_once(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoice = replace(
        an_invoice(seller=a_seller(company), issue_date=date(2026, 9, 3), processing_rule=ProcessingRule.B2C),
        lines=(a_line("1", quantity="1", price="80.00", rate="20"),),
    )
    await record_b2c_transactions(
        company,
        [tx(invoice.number, date(2026, 9, 3), B2cCategory.TPS1, "20", "80.00", "16.00")],
        **deps(pg_pool),
    )
    await emit(pg_pool, company, invoice)
    view = await preview_declaration(company, VatRegime.REAL_MONTHLY, T, date(2026, 9, 5), **deps(pg_pool))
    assert (view.totals.b2c_taxable, view.totals.b2c_vat, view.totals.b2c_count) == (
        D("80.00"),
        D("16.00"),
        1,
    )
