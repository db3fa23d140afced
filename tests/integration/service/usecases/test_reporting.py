"""E-reporting use cases where PostgreSQL itself is part of the behaviour: submission through the outbox to the
platform by the declaration relay, rectification, the audit trail, the immutability triggers. The figures, the
recording and the refusals run over memory and PostgreSQL alike in tests/contract/test_records_use_cases.py."""

import asyncio
import dataclasses
import functools
from datetime import date, timedelta

import asyncpg
import pytest

from adapters.postgres.uow import PgUnitOfWork
from domain.emission import EventKind
from domain.invoice import ProcessingRule
from domain.payments import RatePart
from domain.platform import PlatformAuthError, PlatformOutcomeUnknown, PlatformRejected, PlatformUnavailable
from domain.reporting.b2c import B2cCategory
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import (
    DeclarationStatus,
    ReportType,
)
from domain.reporting.payments import PaymentEvent
from service.usecases.archive import verify_archive
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from service.usecases.reporting import (
    InvalidReportingRequest,
    RegimeMismatch,
    invoice_to_rectify,
    list_declarations,
    preview_declaration,
    record_b2c_transactions,
    record_payments,
    sale_to_rectify,
    submit_declaration,
)
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.database_clock import waited_from_the_database
from tests.support.locks import company_gate, until_blocked
from tests.support.records import records_uow
from tests.support.reporting import ScriptedGateway, emit, relay_for
from tests.support.reporting_data import (
    B2C_MONTH,
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


async def test_a_declaration_whose_many_slow_calls_outlast_two_leases_is_alive_never_stalled(
    pg_pool: asyncpg.Pool,
) -> None:
    # Before: a relay was stalled once its items in flight had finished none for two leases (600 s): a declaration
    # of 4 calls each taking 250 s (within the platform's timeout) was named stalled at its third, though each call
    # renewed its lease. A renewal is a sign of life: only an item silent for two leases is stalled.
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    now = [1_000.0]
    seen: list[
        tuple[int, float, bool]
    ] = []  # at each call: items in flight, the most silent's seconds, stalled

    class Slow(ScriptedGateway):
        async def send(self, company_siren: str, request: object) -> str:
            now[0] += 250.0  # the call took 250 s
            progress = relay.progress()
            seen.append(
                (
                    progress.in_flight,
                    progress.idle_s,
                    progress.in_flight > 0 and progress.idle_s > progress.bound_s,
                )
            )
            return await super().send(company_siren, request)  # type: ignore[arg-type]

    gateway = Slow()
    declarations = relay_for(pg_pool, company, gateway)
    declarations.config = dataclasses.replace(declarations.config, poll_interval_s=0.05)
    relay = dataclasses.replace(declarations.relay("worker-1"), monotonic=lambda: now[0])
    stop = asyncio.Event()
    running = asyncio.create_task(relay.run(stop))
    try:
        async with asyncio.timeout(60):
            while relay.handled == 0:
                await asyncio.sleep(0.02)
    finally:
        stop.set()
        await running

    assert (
        seen == [(1, 250.0, False)] * 4
    )  # 1,000 s in all: each call 250 s after the last renewal, none stalled
    assert now[0] - 1_000.0 > relay.settings.stall_s
    [listed] = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert listed.status is DeclarationStatus.ACCEPTED


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

    assert (
        row["attempts"] == 0 and row["done_at"] is None and row["payload"]["sent"] == 2
    )  # an outage: none spent
    assert row["payload"]["outage"]["platform"] == "ScriptedGateway"
    assert gateway.calls == 5 and len(gateway.sandbox.received) == 4  # call 3 failed once, nothing sent twice
    [listed] = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert listed.status is DeclarationStatus.ACCEPTED


async def test_a_platform_that_stays_unavailable_is_waited_out_with_backoff_then_given_up_visibly_after_the_patience(
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    gateway = ScriptedGateway(failures={n: PlatformUnavailable("503") for n in range(1, 6)})
    clock = FixedClock()
    start = clock.now()
    query = "SELECT * FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration'"

    # relay_for: at most 3 attempts, 5 s doubling, a jitter of 1.0 (the whole delay), a patience of a day. The outage
    # spends none of them: the waits grow with the time waited (5 s at once, 80 s after 100 s, the cap of an hour
    # after 4 attempts' worth of waits)
    for n, (waited_s, wait_s) in enumerate(((0, 5), (100, 80), (10_000, 3600), (20_000, 3600)), start=1):
        clock.current = start + timedelta(seconds=waited_s)
        async with waited_from_the_database(pg_pool, wait_s) as waits:
            await relay_for(pg_pool, company, gateway, clock).run_once(f"worker-{n}")
            row = await pg_pool.fetchrow(query, company)
            waits(row["next_attempt_at"])
        assert row["attempts"] == 0 and row["done_at"] is None and row["lease_owner"] is None
        assert row["payload"]["outage"] == {"platform": "ScriptedGateway", "since": start.isoformat()}
        assert row["last_error"] == "call 1/4: 503"
        await pg_pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE id = $1", row["id"])
    clock.current = start + timedelta(days=1)
    await relay_for(pg_pool, company, gateway, clock).run_once("worker-5")

    row = await pg_pool.fetchrow(query, company)
    assert row["done_at"] is not None
    assert row["last_error"] == (
        f"gave up waiting on platform ScriptedGateway, unavailable since {start.isoformat(timespec='seconds')} "
        "(24.0 h): call 1/4: 503"
    )
    assert gateway.calls == 5 and gateway.sandbox.received == []
    [listed] = await list_declarations(company, uow_factory=records_uow(pg_pool))
    assert listed.status is DeclarationStatus.SUBMITTED  # an operator decides; the audit trail says why
    [(details,)] = await pg_pool.fetch(
        "SELECT details FROM audit_log WHERE company_siren = $1 AND subject_id = $2::text"
        " AND action = 'declaration.outcome_unknown'",
        company,
        listed.id,
    )
    assert details["error"] == row["last_error"]


async def test_a_platform_refusing_our_credentials_is_given_up_after_max_attempts(
    pg_pool: asyncpg.Pool,
) -> None:
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    gateway = ScriptedGateway(failures={n: PlatformAuthError("401 again") for n in (1, 2, 3)})
    query = "SELECT * FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration'"
    for n in (1, 2, 3):
        await relay_for(pg_pool, company, gateway).run_once(f"worker-{n}")
        await pg_pool.execute("UPDATE outbox SET next_attempt_at = now() WHERE company_siren = $1", company)
    row = await pg_pool.fetchrow(query, company)
    assert row["done_at"] is not None and row["last_error"] == "gave up after 3 attempts: call 1/4: 401 again"


async def test_a_platform_asking_to_wait_is_retried_no_sooner(pg_pool: asyncpg.Pool) -> None:
    company = await a_company_with_september(pg_pool)
    await submit_declaration(company, VatRegime.REAL_QUARTERLY, T, date(2026, 9, 1), **deps(pg_pool))
    gateway = ScriptedGateway(failures={2: PlatformUnavailable("429", retry_after=900.0)})
    clock = FixedClock()

    async with waited_from_the_database(pg_pool, 900) as waits:  # not the backoff's 5 s
        await relay_for(pg_pool, company, gateway, clock).run_once("worker-1")
        row = await pg_pool.fetchrow(
            "SELECT * FROM outbox WHERE company_siren = $1 AND kind = 'submit_declaration'", company
        )
        waits(row["next_attempt_at"])
    assert row["attempts"] == 0 and row["payload"]["sent"] == 1


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


async def test_two_refunds_recorded_at_once_are_never_both_taken_from_the_same_payments(
    pg_pool: asyncpg.Pool,
) -> None:
    # Each alone is covered by its day's 100.00; both together are not (120.00). Recorded by two calls at once, each
    # read the day before the other wrote: both were recorded, the day's line was negative and the month's payment
    # declaration refused for ever (ER-PAY-NEGATIVE), which admitting a refund was to prevent.
    company = random_siren()

    def paid(day: date, key: str, amount: str) -> PaymentEvent:
        return PaymentEvent(f"{company}-{key}", day, (RatePart(D("20"), D(amount)),))

    for day in (date(2026, 9, n) for n in range(1, 6)):  # a few days, each its own race
        await record_payments(company, [paid(day, f"payment-{day}", "100.00")], **deps(pg_pool))
        refunds = (paid(day, f"refund-{day}-{n}", "-60.00") for n in range(2))
        outcomes = await asyncio.gather(
            *(record_payments(company, [refund], **deps(pg_pool)) for refund in refunds),
            return_exceptions=True,
        )
        refused = [o for o in outcomes if isinstance(o, InvalidReportingRequest)]
        assert len(refused) == 1 and "ER-PAY-NEGATIVE" in str(refused[0]), outcomes
        async with records_uow(pg_pool)() as uow:
            events = await uow.reporting.payments_between(company, day, day)
        assert sum(p.amount for e in events for p in e.amounts) == D("40.00")


async def test_a_sale_recorded_while_its_period_is_submitted_is_in_the_declaration_or_names_it(
    pg_pool: asyncpg.Pool,
) -> None:
    """A sale recorded while its decade's declaration is being submitted: the submission had read the sales before
    the record committed, and the record had looked for declarations sent before the submission committed, so the
    sale was in neither and named nothing (README, Known limits). Both now hold the company's declarations (the
    submission alone, records shared): the sale is either in the declaration or names it to rectify.

    Made to happen every time: the company's audit lock is held here, so the submission waits at its audit entry
    with its reads done, and the record arrives then."""
    company = random_siren()
    day = date(2026, 9, 3)
    await record_b2c_transactions(
        company, [tx(f"{company}-first", day, B2cCategory.TLB1, "20", "10.00", "2.00")], **deps(pg_pool)
    )
    late = tx(f"{company}-late", day, B2cCategory.TLB1, "20", "30.00", "6.00")

    async with company_gate(pg_pool, company):
        submitted = asyncio.ensure_future(
            submit_declaration(company, VatRegime.REAL_MONTHLY, T, day, **deps(pg_pool, FixedClock()))
        )
        await until_blocked(pg_pool, 1, submitted)
        recorded = asyncio.ensure_future(record_b2c_transactions(company, [late], **deps(pg_pool)))
        await until_blocked(pg_pool, 2, submitted, recorded)
    sent, record = await submitted, await recorded

    declared = {item["key"] for item in (await _declaration_content(pg_pool, sent.id))["b2c"]}
    assert late.key in declared or record.to_rectify == ((date(2026, 9, 1), date(2026, 9, 10)),)


async def test_an_invoice_s_look_for_the_declarations_it_lands_in_waits_for_a_submission_under_way(
    pg_pool: asyncpg.Pool,
) -> None:
    """SubmitInvoice answers the declarations an international or B2C sale lands in by a look after its commit
    (`invoice_to_rectify`): one made while its decade's submission had read the invoices but not committed found
    nothing, and the invoice was in neither. The look now waits for that submission and names it."""
    company = random_siren()
    day = date(2026, 9, 3)
    await record_b2c_transactions(
        company, [tx(f"{company}-first", day, B2cCategory.TLB1, "20", "10.00", "2.00")], **deps(pg_pool)
    )
    async with company_gate(pg_pool, company):
        submitted = asyncio.ensure_future(
            submit_declaration(company, VatRegime.REAL_MONTHLY, T, day, **deps(pg_pool, FixedClock()))
        )
        await until_blocked(pg_pool, 1, submitted)  # the submission's reads done, it waits at its audit entry
        look = asyncio.ensure_future(
            invoice_to_rectify(company, intra_eu_invoice(company, day), uow_factory=records_uow(pg_pool))
        )
        await until_blocked(pg_pool, 2, submitted, look)  # or the look ended: it waited for nothing
    await submitted
    assert await look == ((date(2026, 9, 1), date(2026, 9, 10)),)


async def test_a_sale_submitted_while_its_period_is_submitted_is_in_the_declaration_or_its_event_names_it(
    pg_pool: asyncpg.Pool,
) -> None:
    """A late sale to a consumer and its decade's submission at the same moment: the invoice's write stopped at its
    company's lock (its commit's events), the submission started then. Before, the SUBMITTED event's look was made
    before the write, in a transaction of its own: the submission read the rows without the invoice, and the event,
    read before, named nothing: the sale was in neither. The look is now made in the write's transaction, holding
    the declarations shared until its commit: the submission waits for it and reads the invoice."""
    company = random_siren()
    day = date(2026, 9, 3)
    await record_b2c_transactions(
        company, [tx(f"{company}-first", day, B2cCategory.TLB1, "20", "10.00", "2.00")], **deps(pg_pool)
    )
    invoice = an_invoice(seller=a_seller(company), issue_date=day, processing_rule=ProcessingRule.B2C)
    async with company_gate(pg_pool, company):
        written = asyncio.ensure_future(
            submit_invoice(
                SubmitInvoice(company, random_request_id(), invoice),
                uow=PgUnitOfWork(pg_pool),
                clock=FixedClock(),
                validate=lambda _: [],
                to_rectify=functools.partial(sale_to_rectify, company),
            )
        )
        await until_blocked(pg_pool, 1, written)  # its look done, it waits for the company at its commit
        submitted = asyncio.ensure_future(
            submit_declaration(company, VatRegime.REAL_MONTHLY, T, day, **deps(pg_pool, FixedClock()))
        )
        await until_blocked(pg_pool, 2, written, submitted)
    sent, stored = await submitted, await written
    async with PgUnitOfWork(pg_pool) as uow:
        [event] = [e for e in await uow.invoices.history(company, stored.id) if e.kind is EventKind.SUBMITTED]
    in_declaration = sent.totals.b2c_count > 1  # the first sale and the invoice's
    assert in_declaration or event.facts.get("to_rectify") == ["2026-09-01/2026-09-10"], (sent.totals, event)


async def _declaration_content(pool: asyncpg.Pool, declaration_id: str) -> dict:  # type: ignore[type-arg]
    return await pool.fetchval("SELECT content FROM declarations WHERE id = $1::uuid", declaration_id)


async def test_two_submissions_of_one_company_under_two_regimes_at_once_are_not_both_sent(
    pg_pool: asyncpg.Pool,
) -> None:
    """A company has one calendar: September's second decade (REAL_MONTHLY) and September whole (SIMPLIFIED)
    submitted at the same moment each looked for the other before it committed, and both were sent (the days they
    share declared twice; docs/ereporting.md said so). The submission now holds the company's declarations alone:
    the second finds the first and is refused (ER-REGIME)."""
    company = random_siren()
    day = date(2026, 9, 14)  # periods of other starts: their series locks are not one
    await record_b2c_transactions(
        company, [tx(f"{company}-first", day, B2cCategory.TLB1, "20", "10.00", "2.00")], **deps(pg_pool)
    )
    async with company_gate(pg_pool, company):
        decade = asyncio.ensure_future(
            submit_declaration(company, VatRegime.REAL_MONTHLY, T, day, **deps(pg_pool, FixedClock()))
        )
        await until_blocked(pg_pool, 1, decade)  # its reads done, it waits at its audit entry
        month = asyncio.ensure_future(
            submit_declaration(company, VatRegime.SIMPLIFIED, T, day, **deps(pg_pool, FixedClock()))
        )
        await until_blocked(pg_pool, 2, decade, month)
    outcomes = await asyncio.gather(decade, month, return_exceptions=True)

    assert not isinstance(outcomes[0], BaseException)
    assert isinstance(outcomes[1], RegimeMismatch)
