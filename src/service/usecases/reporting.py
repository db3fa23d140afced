"""E-reporting use cases: record B2C sales and payments, preview, submit and rectify a period's declaration,
list declarations (service.workers.declarations relays the submitted ones to the platform).

A declaration is built from what is recorded when it is submitted: B2C transactions of the period, emitted
invoices whose buyer is not established in France (international B2B, 10.1), purchases from suppliers abroad
(received through the platform or recorded with RecordPurchases, each once), and payments. The version sent is
archived (canonical JSON) and never changes; a correction is a new rectificative version (RE) that supersedes
the previous one, both kept. Every change is written to the audit log in the same transaction.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aio import off_loop
from domain.archive import archive_json
from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from domain.bounds import RULE_LIST_SIZE
from domain.days import after_today, latest_french_day, outside_years
from domain.errors import DomainError, RequestRejected
from domain.findings import Finding, Severity
from domain.identifiers import SIREN_SCHEME, SIRET_SCHEME, siren_of
from domain.invoice import Invoice, ProcessingRule
from domain.money import ZERO
from domain.payments import day_refused
from domain.pipeline_ports import OutboxKind, QueuedWork
from domain.ports import Clock
from domain.records_ports import (
    DeclarationRow,
    LandingPeriods,
    ReadableAuditLog,
    RecordKind,
    RecordsUnitOfWork,
    RecordsUowFactory,
    ReportingRecords,
)
from domain.reporting.b2c import SALE_AHEAD, SALE_YEAR, B2cAggregate, B2cTransaction, transaction_findings
from domain.reporting.calendar import (
    ReportingPeriod,
    ReportKind,
    VatRegime,
    period_for,
    period_of_text,
    period_text,
)
from domain.reporting.declaration import (
    Declaration,
    DeclarationError,
    DeclarationInvalid,
    DeclarationSeries,
    DeclarationStatus,
    DeclarationTotals,
    ReportType,
)
from domain.reporting.international import (
    INT_ID_RULE,
    SELLER_ID_RULE,
    DeclarantRole,
    InternationalInvoiceFacts,
    assess_scope,
    record_findings,
)
from domain.reporting.invoice_facts import (
    b2c_transactions,
    e_reported_on,
    international_facts,
    international_purchase,
    international_sale,
    is_recorded_sale,
    purchases_in_scope,
)
from domain.reporting.payloads import declaration_requests
from domain.reporting.payments import (
    PaymentEvent,
    PaymentLine,
    event_findings,
    is_invoice_payment_data,
    payment_lines,
)
from domain.serialization import findings_from_list, findings_to_list, to_json_value
from service.usecases.archive import archive_in

log = logging.getLogger(__name__)

MAX_BATCH = 10_000  # transactions or payments in one call
# before any entry of the audit log (the reform's first year is 2026)
_EVER = datetime(2000, 1, 1, tzinfo=UTC)
SENT_STATUSES = (DeclarationStatus.SUBMITTED.value, DeclarationStatus.ACCEPTED.value)

try:
    # Deadlines are French calendar days.
    REPORTING_TZ: Any = ZoneInfo("Europe/Paris")
except ZoneInfoNotFoundError:  # no tz database on the host: UTC is at most two hours off
    REPORTING_TZ = UTC


class DeclarationNotFound(DomainError):
    pass


class InvalidReportingRequest(RequestRejected):
    """A reporting request refused as a whole, naming the rule and the field (INVALID_ARGUMENT, like any request
    refusal)."""

    def __init__(self, rule: str, path: str, message: str) -> None:
        super().__init__([Finding(rule, Severity.FATAL, message, path, layer="request")])


class RegimeMismatch(DeclarationError):
    rule_id = "ER-REGIME"  # a company has one VAT regime: a day is declared under one calendar


def reporting_day(clock: Clock) -> date:
    return clock.now().astimezone(REPORTING_TZ).date()


# --- recording --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordResult:
    recorded: int  # new
    replayed: int  # already recorded with the same content (a retried call)
    # Periods (first day, last day) whose declaration in force was sent before these new records landed in them:
    # to rectify (RE), as RecordPayment's `to_rectify`.
    to_rectify: tuple[tuple[date, date], ...] = ()


def _batch_id(keys: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


def _check_batch(items: Sequence[Any], what: str, field: str) -> None:
    if not items:
        raise InvalidReportingRequest(RULE_LIST_SIZE, field, f"the batch holds no {what}")
    if len(items) > MAX_BATCH:
        raise InvalidReportingRequest(
            RULE_LIST_SIZE, field, f"a batch holds at most {MAX_BATCH} {what}, got {len(items)}: split it"
        )


@dataclass(frozen=True, slots=True)
class _Batch:
    """One kind of e-reporting row as a batch of it is recorded: the port's method, the audit entry's action and
    subject, and what its count is called."""

    record: Callable[[ReportingRecords], Callable[[str, Any, datetime], Awaitable[int]]]
    action: str
    subject_type: str
    counted_as: str
    kind: ReportKind  # the declaration a row goes to
    day: Callable[[Any], date]  # the day that puts a row in a period
    # What the batch must agree with among the rows already recorded, checked in its transaction (None: nothing).
    admit: Callable[[RecordsUnitOfWork, str, Sequence[Any]], Awaitable[None]] | None = None


_B2C = _Batch(
    lambda r: r.record_b2c,
    "reporting.b2c_recorded",
    "b2c_batch",
    "transactions",
    ReportKind.TRANSACTIONS,
    lambda tx: tx.day,
)


REFUNDS_LOCK = "payment-refunds"  # lock_series's kind for a company's refunds


async def _collected_never_negative(uow: RecordsUnitOfWork, company: str, events: Sequence[Any]) -> None:
    """A collected amount carries no sign (Flux10 G1.16): a refund (a negative payment) is recorded only while the
    payments of its day, at its rate, recorded before or in the batch, cover it. Otherwise its day's line would be
    negative and refuse the month's declaration until the refund is voided (ER-PAY-NEGATIVE)."""
    refunds = [i for i, e in enumerate(events) if any(p.amount < 0 for p in e.amounts)]
    if not refunds:
        return
    days = {events[i].day for i in refunds}
    # Two batches refunding one day at once would each read the day before the other wrote, and both be recorded
    # (the day negative together): a company's refunds are admitted one batch at a time, under the series lock of
    # no period (date.min; one lock whatever the batch's days, up to MAX_BATCH of them). Payments need no lock: they
    # only add to what a day collected.
    await uow.reporting.lock_series(company, REFUNDS_LOCK, date.min)
    recorded = await uow.reporting.payments_between(company, min(days), max(days))
    known = {e.key for e in recorded}
    day_lines = {
        (line.day, line.invoice_id, line.currency, line.vat_rate): line.amount
        for line in payment_lines([*recorded, *(e for e in events if e.key not in known)])
    }
    for i in refunds:
        event = events[i]
        for part in event.amounts:
            left = day_lines.get((event.day, event.invoice_id, event.currency, part.vat_rate), ZERO)
            if part.amount < 0 and left < 0:
                raise InvalidReportingRequest(
                    "ER-PAY-NEGATIVE",
                    f"payments[{i}]",
                    f"payment {event.key} takes {-left} more at {part.vat_rate} % than {event.day} collected"
                    " (Flux10 G1.16: a collected amount has no sign); record it with the payments it takes from",
                )


_PAYMENTS = _Batch(
    lambda r: r.record_payments,
    "reporting.payments_recorded",
    "payment_batch",
    "payments",
    ReportKind.PAYMENTS,
    lambda event: event.day,
    _collected_never_negative,
)
_PURCHASES = _Batch(
    lambda r: r.record_international,
    "reporting.purchases_recorded",
    "purchase_batch",
    "purchases",
    ReportKind.TRANSACTIONS,
    lambda facts: facts.issue_date,
)
_SALES = _Batch(
    lambda r: r.record_international,
    "reporting.sales_recorded",
    "sale_batch",
    "sales",
    ReportKind.TRANSACTIONS,
    lambda facts: facts.issue_date,
)


async def _record_batch(
    company: str,
    items: Sequence[Any],
    batch: _Batch,
    *,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    **details: Any,
) -> RecordResult:
    """Record a batch of e-reporting rows atomically, idempotent per key (a key already recorded with other content
    raises DuplicateTransactionKey and refuses the whole batch); when any is new, one audit entry names the batch by
    its keys."""
    keys = sorted({item.key for item in items})
    now = clock.now()
    to_rectify: tuple[tuple[date, date], ...] = ()
    async with uow_factory() as uow:
        await uow.reporting.hold_declarations(company, exclusive=False)  # in the declaration, or names it
        if batch.admit is not None:
            await batch.admit(uow, company, items)
        new = await batch.record(uow.reporting)(company, items, now)
        if new:
            days = {batch.day(item) for item in items}
            to_rectify = await declared_periods(uow.reporting, company, batch.kind, days)
            facts = {batch.counted_as: len(keys), "new": new, **details}
            if to_rectify:
                facts["to_rectify"] = [period_text(p) for p in to_rectify]
            event = AuditEvent(batch.action, batch.subject_type, _batch_id(keys), facts)
            await uow.audit.append(company, event, now)
        else:  # sent again whole (a retry after a lost answer): answered as the first time
            to_rectify = await _first_answer(uow.audit, company, batch, _batch_id(keys))
        await uow.commit()
    return RecordResult(new, len(keys) - new, to_rectify)


async def _first_answer(
    audit: ReadableAuditLog, company: str, batch: _Batch, batch_id: str
) -> tuple[tuple[date, date], ...]:
    """The declarations to rectify a batch's first recording named, read from its audit entry: what was decided
    then, not decided again (the declarations in force now would need rebuilding to tell a row they hold from one
    recorded after them). None for a batch whose keys were first recorded in other batches (no entry of its id)."""
    async for entry in audit.entries_about(company, (batch_id,), since=_EVER):
        if entry.action == batch.action:
            return tuple(period_of_text(text) for text in entry.details.get("to_rectify", ()))
    return ()


async def declared_periods(
    declarations: LandingPeriods, company: str, kind: ReportKind, days: set[date]
) -> tuple[tuple[date, date], ...]:
    """The periods of `kind` holding one of `days` whose declaration was already sent (submitted or accepted): what
    lands there now is missing from the declaration in force. A batch mixing new rows with replayed ones names the
    periods of all its days."""
    rows = await declarations.declarations(company, min(days), max(days))
    return tuple(
        sorted(
            {
                (row.period_start, row.period_end)
                for row in rows
                if row.kind == kind.value
                and row.status in SENT_STATUSES
                and any(row.period_start <= day <= row.period_end for day in days)
            }
        )
    )


async def invoice_to_rectify(
    company: str, invoice: Invoice, *, uow_factory: RecordsUowFactory
) -> tuple[tuple[date, date], ...]:
    """`sale_to_rectify` in a transaction of its own: SubmitInvoice's answer, read after the invoice's commit (a
    replay: as of the replay)."""
    if e_reported_on(invoice) is None:
        return ()
    async with uow_factory() as uow:
        return await sale_to_rectify(company, uow.reporting, invoice)


async def sale_to_rectify(
    company: str, declarations: LandingPeriods, invoice: Invoice
) -> tuple[tuple[date, date], ...]:
    """The transactions declarations already sent that an invoice the company issued lands in (a sale to a
    consumer or abroad, dated in a declared period): rectify each (RE), as for a late record. None for an invoice
    the platform carries, nor for a B2C sale the till already recorded under its number (it adds nothing). Holds
    the company's declarations shared first: a submission under way is waited for and seen, or it waits for this
    transaction and reads the invoice when it is the invoice's own (SubmitInvoice's write)."""
    day = e_reported_on(invoice)
    if day is None:
        return ()
    await declarations.hold_declarations(company, exclusive=False)
    if invoice.processing_rule is ProcessingRule.B2C:
        if is_recorded_sale(invoice.number, await declarations.sale_keys(company, day, invoice.number)):
            return ()
    return await declared_periods(declarations, company, ReportKind.TRANSACTIONS, {day})


async def purchase_to_rectify(
    declarations: LandingPeriods, company: str, invoice: Invoice
) -> tuple[tuple[date, date], ...]:
    """The transactions declarations already sent that an invoice received from a seller abroad lands in (an
    international purchase, `purchases_in_scope`, dated in a declared period): rectify each (RE), as for a purchase
    recorded late. None for one out of scope, nor for one a record of the same seller and number stands for (it
    adds nothing). In the reception's transaction, before it stores the invoice: a submission under way is waited
    for and seen, or it waits for the invoice and reads it."""
    facts = international_purchase(invoice)
    if facts is None:
        return ()
    await declarations.hold_declarations(company, exclusive=False)
    day = facts.issue_date
    if any(r.key == facts.key for r in await declarations.international_between(company, day, day)):
        return ()
    return await declared_periods(declarations, company, ReportKind.TRANSACTIONS, {day})


async def record_b2c_transactions(
    company: str,
    transactions: Sequence[B2cTransaction],
    *,
    uow_factory: RecordsUowFactory,
    clock: Clock,
) -> RecordResult:
    """Record a batch atomically; a key already recorded with other content refuses the whole batch
    (DuplicateTransactionKey), and so does a sale its day could not declare (`transaction_findings`: recorded, it
    would refuse it until voided), naming it."""
    _check_batch(transactions, "B2C transactions", "transactions")
    today = latest_french_day(clock.now())
    for i, sale in enumerate(transactions):
        for rule_id, why in (
            (SALE_YEAR, outside_years(sale.day, "the sale")),
            (SALE_AHEAD, after_today(sale.day, today, "the sale")),  # its declaration is not due: a mistake
        ):
            if why:
                raise InvalidReportingRequest(rule_id, f"transactions[{i}].day", f"sale {sale.key}: {why}")
        _refuse_unreportable(transaction_findings(sale), f"transactions[{i}]", f"sale {sale.key}")
    days = [tx.day for tx in transactions]
    return await _record_batch(
        company,
        transactions,
        _B2C,
        uow_factory=uow_factory,
        clock=clock,
        first_day=min(days),
        last_day=max(days),
    )


def _refuse_unreportable(findings: Sequence[Finding], path: str, what: str) -> None:
    """Once recorded, a row stays under its key: one whose own e-reporting checks fail would refuse every
    declaration of its period until someone voids it (reporting_voids). So the batch is refused now, while the
    caller can still correct it, naming the row and its first fatal rule."""
    broken = [f for f in findings if f.is_fatal]
    if broken:
        raise InvalidReportingRequest(
            broken[0].rule_id, path, f"{what} cannot be e-reported: " + "; ".join(f.described for f in broken)
        )


async def record_payments(
    company: str, events: Sequence[PaymentEvent], *, uow_factory: RecordsUowFactory, clock: Clock
) -> RecordResult:
    _check_batch(events, "payments", "payments")
    today = latest_french_day(clock.now())
    for i, event in enumerate(events):
        _refuse_unreportable(event_findings(event), f"payments[{i}]", f"payment {event.key}")
        refused = day_refused(event.day, today, event.invoice_date)
        if refused is not None:
            rule_id, why = refused
            raise InvalidReportingRequest(rule_id, f"payments[{i}].day", f"payment {event.key}: {why}")
    return await _record_batch(company, events, _PAYMENTS, uow_factory=uow_factory, clock=clock)


async def record_purchases(
    company: str, invoices: Sequence[Invoice], *, uow_factory: RecordsUowFactory, clock: Clock
) -> RecordResult:
    """International purchases that did not come through the platform, as the suppliers' invoices: recorded
    atomically for the international B2B e-reporting (10.1, declarant BUYER), idempotent per invoice (seller and
    number). An invoice out of scope, or bought by another company, refuses the batch naming it (ER-INT-SCOPE)."""
    facts = _international_batch(company, invoices, DeclarantRole.BUYER)
    return await _record_batch(company, facts, _PURCHASES, uow_factory=uow_factory, clock=clock)


async def record_sales(
    company: str, invoices: Sequence[Invoice], *, uow_factory: RecordsUowFactory, clock: Clock
) -> RecordResult:
    """International sales as their invoices, recorded for the international B2B e-reporting (10.1, declarant
    SELLER), idempotent per invoice (seller and number): a sale the company invoiced outside the gateway, or the
    10.1 record, completed, of an invoice the gateway issued before its checks ran on submission, which refuses its
    period's declaration (the refusal says so). A record stands for the issued invoice of the same seller and
    number: the sale is declared once, from the record. An invoice sold by another company, or not to a business
    abroad, refuses the batch naming it (ER-INT-SCOPE), as one its 10.1 record could not carry does (ER-INT-*)."""
    facts = _international_batch(company, invoices, DeclarantRole.SELLER)
    return await _record_batch(company, facts, _SALES, uow_factory=uow_factory, clock=clock)


def _international_batch(
    company: str, invoices: Sequence[Invoice], role: DeclarantRole
) -> list[InternationalInvoiceFacts]:
    """The 10.1 records of the invoices the company declares as `role` (BUYER: its purchases, SELLER: its sales).
    The first it cannot declare so refuses the batch naming it: another company's, or not an international
    purchase (sale) to e-report (ER-INT-SCOPE); one its record could not carry (ER-INT-*)."""
    what = "purchase" if role is DeclarantRole.BUYER else "sale"
    _check_batch(invoices, f"{what}s", "invoices")
    facts = []
    for i, invoice in enumerate(invoices):
        path, named = f"invoices[{i}]", f"invoice {invoice.number}"
        another = _declared_by_another(company, invoice, role)
        if another:
            raise InvalidReportingRequest("ER-INT-SCOPE", path, f"{named} {another}, not by this company")
        item = international_facts(invoice, role)
        decision = assess_scope(item)
        if not decision.in_scope:
            raise InvalidReportingRequest(
                "ER-INT-SCOPE", path, f"{named} is not an international {what} to e-report: {decision.reason}"
            )
        _refuse_unreportable(record_findings(item), path, named)
        facts.append(item)
    return facts


def _declared_by_another(company: str, invoice: Invoice, role: DeclarantRole) -> str:
    """How `invoice` names a company other than `company` in `role` ("" when it does not): its seller must be the
    company; its buyer too, when it names one (an invoice from abroad may leave the buyer's SIREN out)."""
    if role is DeclarantRole.SELLER:
        seller = invoice.seller.siren
        return "" if seller == company else f"was sold by {seller or 'no SIREN'}"
    buyer = _buyer_named(invoice)
    return f"was bought by {buyer}" if buyer and buyer != company else ""


def _buyer_named(invoice: Invoice) -> str:
    """The company an invoice says bought it: its buyer's SIREN, read as BR-FR reads BT-47 (without surrounding
    spaces); else a registration under the SIREN or SIRET scheme, or nine digits under none, as written (malformed,
    it names no SIREN, yet not the declarant's either); "" when it names none."""
    reg = invoice.buyer.legal_registration
    if invoice.buyer.siren or reg is None:
        return invoice.buyer.siren
    value = reg.value.strip()
    if reg.scheme in (SIREN_SCHEME, SIRET_SCHEME):
        return siren_of(value, reg.scheme) or value
    return value if not reg.scheme and len(value) == 9 and value.isascii() and value.isdigit() else ""


# --- views ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DeclarationView:
    id: str  # "" for a preview
    company_siren: str
    regime: VatRegime
    kind: ReportKind
    period: ReportingPeriod
    version: int
    report_type: ReportType
    status: DeclarationStatus
    totals: DeclarationTotals
    findings: tuple[Finding, ...]
    b2c_aggregates: tuple[B2cAggregate, ...]
    international: tuple[InternationalInvoiceFacts, ...]
    payment_lines: tuple[PaymentLine, ...]
    request_count: int
    supersedes: str | None = None
    superseded_by: str | None = None
    submitted_on: date | None = None
    platform_ref: str = ""
    rejection_reason: str = ""
    archive_sha256: str = ""
    # The version in force only (list and get): whether it holds what is recorded now, read at the call.
    in_force_check: Finding | None = None


def _view(
    decl: Declaration,
    findings: Sequence[Finding],
    row: DeclarationRow | None = None,
    superseded_by: str | None = None,
    in_force_check: Finding | None = None,
) -> DeclarationView:
    return DeclarationView(
        id=row.id if row is not None else "",
        company_siren=decl.siren,
        regime=decl.regime,
        kind=decl.kind,
        period=decl.period,
        version=decl.version,
        report_type=decl.report_type,
        status=decl.status,
        totals=decl.totals(),
        findings=tuple(findings),
        b2c_aggregates=decl.b2c_aggregates,
        international=tuple(r.facts for r in decl.international_records),
        payment_lines=decl.payment_lines,
        request_count=len(declaration_requests(decl)),
        supersedes=row.supersedes if row is not None else None,
        superseded_by=superseded_by,
        submitted_on=decl.submitted_on,
        platform_ref=row.platform_ref if row is not None else "",
        rejection_reason=row.rejection_reason if row is not None else "",
        archive_sha256=row.archive_sha256 if row is not None else "",
        in_force_check=in_force_check,
    )


# --- declaration content ------------------------------------------------------------------------------------------
def _content(decl: Declaration) -> dict[str, Any]:
    return {
        "b2c": [to_json_value(tx) for tx in decl.b2c_transactions],
        "international": [to_json_value(r.facts) for r in decl.international_records],
        "payments": [to_json_value(e) for e in decl.payment_events],
    }


async def _one_calendar(
    uow: RecordsUnitOfWork, company: str, regime: VatRegime, kind: ReportKind, period: ReportingPeriod
) -> None:
    """A company has one VAT regime, so each day lies in one period of each kind: a period overlapping another one
    already declared (and not rejected) under another regime's calendar would report the days they share twice.
    RegimeMismatch names it. (A period of the same start is the series' own: `_series` checks its regime.)"""
    for row in await uow.reporting.declarations(company, period.start, period.end):
        if row.kind != kind.value or row.period_start == period.start:
            continue
        if row.status != DeclarationStatus.REJECTED.value:
            raise RegimeMismatch(
                f"the period {row.period_start}..{row.period_end} was declared under the {row.regime} regime:"
                f" the {regime} period {period.start}..{period.end} overlaps it, and a day is declared once"
            )


def _series(
    company: str, regime: VatRegime, kind: ReportKind, day: date, rows: Sequence[DeclarationRow]
) -> DeclarationSeries:
    series = DeclarationSeries.for_day(company, regime, kind, day)
    for row in rows:
        if row.regime != regime.value:
            raise RegimeMismatch(
                f"the period from {row.period_start} was declared under the {row.regime} regime, not {regime}"
            )
        series.versions.append(row.declaration())
    return series


@dataclass(frozen=True)
class _PeriodRows:
    """What a declaration's period holds, as read in the declaration's transaction."""

    payments: Sequence[PaymentEvent] = ()
    recorded: Sequence[B2cTransaction] = ()
    international: Sequence[InternationalInvoiceFacts] = ()
    voided_sale_keys: frozenset[str] = frozenset()
    emitted: Sequence[Invoice] = ()
    received: Sequence[Invoice] = ()


async def _fill(uow: RecordsUnitOfWork, decl: Declaration) -> list[Finding]:
    """Everything recorded for the period: B2C sales and emitted international invoices, or payments. Returns a
    finding for each row or issued invoice that refuses the declaration, naming it and what repairs it (a void, or
    the record that stands for the invoice). Read here, in the caller's transaction; recorded into `decl` in the
    off-loop thread (a month of 578,000 sales is seconds of CPU, which held every company's calls on the loop)."""
    rows = await _period_rows(uow, decl)
    return await off_loop.run(lambda: _record(decl, rows))


async def _period_rows(uow: RecordsUnitOfWork, decl: Declaration) -> _PeriodRows:
    company, p = decl.siren, decl.period
    if decl.kind is ReportKind.PAYMENTS:
        return _PeriodRows(payments=await uow.reporting.payments_between(company, p.start, p.end))
    return _PeriodRows(
        recorded=await uow.reporting.b2c_between(company, p.start, p.end),
        international=await uow.reporting.international_between(company, p.start, p.end),
        voided_sale_keys=frozenset(
            v.row.key
            for v in await uow.reporting.voided_between(company, RecordKind.ISSUED_SALE, p.start, p.end)
        ),
        emitted=await uow.reporting.emitted_invoices_between(company, p.start, p.end),
        received=await uow.reporting.received_foreign_invoices_between(company, p.start, p.end),
    )


def _record(decl: Declaration, rows: _PeriodRows) -> list[Finding]:
    """`_fill`'s pure part: the period's rows recorded into `decl`, its aggregates built, the blocking findings."""
    if decl.kind is ReportKind.PAYMENTS:
        for event in rows.payments:
            decl.record_payment(event)
        return _blocking_payments(rows.payments)
    recorded = rows.recorded
    for tx in recorded:
        decl.record_b2c(tx)
    recorded_keys = {tx.key for tx in recorded}
    sold = [f for f in rows.international if f.declarant_role is DeclarantRole.SELLER]
    bought = [f for f in rows.international if f.declarant_role is DeclarantRole.BUYER]
    # A recorded sale stands for the issued invoice of its key; a voided one's record is left out.
    sold_keys = {f.key for f in sold} | rows.voided_sale_keys
    issued: list[InternationalInvoiceFacts] = []
    blocking: list[Finding] = []
    for invoice in rows.emitted:
        if invoice.processing_rule is ProcessingRule.B2C:  # a sale to a consumer: 10.3, never 10.1
            if not is_recorded_sale(invoice.number, recorded_keys):
                sales = b2c_transactions(invoice)
                for tx in sales:
                    decl.record_b2c(tx)
                blocking.extend(_issued_b2c_blocking(invoice.number, sales))
            continue
        sale = international_sale(invoice)
        if sale is not None and sale.key not in sold_keys:
            decl.record_international(sale)
            issued.append(sale)
    for facts in (*sold, *purchases_in_scope(bought, rows.received)):
        decl.record_international(facts)
    return [
        *(f for sale in recorded for f in _blocking(RecordKind.B2C, sale.key, transaction_findings(sale))),
        *(f for item in sold for f in _blocking(RecordKind.SALE, item.key, record_findings(item))),
        *(f for item in bought for f in _blocking(RecordKind.PURCHASE, item.key, record_findings(item))),
        *(f for sale in issued for f in _issued_blocking(sale)),
        *blocking,
    ]


def _issued_b2c_blocking(number: str, sales: Sequence[B2cTransaction]) -> list[Finding]:
    """A B2C invoice the gateway issued before its sales' checks ran on submission, whose sales fail them (an
    older release), refuses its period's declaration: its sales, recorded corrected with RecordB2cTransactions under
    its number (one VAT rate) or `number/rate`, stand for it (`is_recorded_sale`). One finding names it and that."""
    broken = [f for tx in sales for f in transaction_findings(tx) if f.is_fatal]
    if not broken:
        return []
    message = (
        f"issued invoice {number}: record its sales corrected (RecordB2cTransactions, `pdp-gateway report record`)"
        f" under the key {number}, or {number}/RATE for each of several rates, which stand for it: "
        + "; ".join(f.described for f in broken)
    )
    return [Finding(broken[0].rule_id, Severity.FATAL, message, f"invoices[{number}]", layer="ereporting")]


def _issued_blocking(sale: InternationalInvoiceFacts) -> list[Finding]:
    """An invoice the gateway issued before its 10.1 checks ran on submission (an older release) whose record
    fails them refuses its period's declaration. An issued invoice is not voided: its record, completed, is
    recorded with RecordSales and stands for it. A record stands for it under its own key (seller and number) only,
    which the 10.1 cannot carry (a number too long) or the fix changes (the identifier of a seller without a VAT
    number): then its 10.1 record is voided (VoidRecord, issued_sale) and the sale declared as the reason says.
    One finding names the invoice, its first fatal rule and the way out, the command first (a gRPC message keeps
    200 characters)."""
    broken = [f for f in record_findings(sale) if f.is_fatal]
    if not broken:
        return []
    rules = {f.rule_id for f in broken}
    # The path names the invoice: the void's command comes first.
    void = f"void it (`pdp-gateway report void issued_sale {sale.invoice_id} --reason WHY`), its 10.1 record only"
    if INT_ID_RULE in rules:
        repair = f"{void}, then declare the sale as the reason says (the 10.1 takes no such number)"
    elif SELLER_ID_RULE in rules and not sale.seller.vat_number:
        repair = f"{void}, then record the sale corrected (RecordSales): no record can stand for it"
    else:
        repair = (
            f"issued invoice {sale.invoice_id}: record its 10.1 record completed (ReportingService.RecordSales with"
            " the invoice as it should read), which stands for it"
        )
    message = f"{repair}: " + "; ".join(f.described for f in broken)
    return [
        Finding(
            broken[0].rule_id, Severity.FATAL, message, f"invoices[{sale.invoice_id}]", layer="ereporting"
        )
    ]


def _blocking(kind: RecordKind, key: str, findings: Sequence[Finding]) -> list[Finding]:
    """A recorded row whose own checks fail (recorded by a release before those checks) refuses its period's
    declaration, every other row with it: one finding names it by its key, with its first fatal rule and the
    command that voids it, so that the finance team can repair the period."""
    broken = [f for f in findings if f.is_fatal]
    if not broken:
        return []
    if kind is RecordKind.PAYMENT and is_invoice_payment_data(key):  # not voided on its own: its books
        repair = "payment data of an invoice's books: correct its payments on the invoice (`pdp-gateway invoice pay`)"
    else:
        repair = (
            f"void it (`pdp-gateway report void {kind} {key} --reason WHY`, VoidRecord), record it corrected"
        )
    # The rule is the finding's own, the row its path: only why follows the command (a refusal's detail keeps
    # about 160 characters of each finding, the day's line it fails keeps the rest).
    message = f"{repair}: " + "; ".join(f.message for f in broken)
    return [Finding(broken[0].rule_id, Severity.FATAL, message, f"records.{kind}[{key}]", layer="ereporting")]


def _blocking_payments(events: Sequence[PaymentEvent]) -> list[Finding]:
    """The recorded payments that refuse their month: one failing its own checks, and each refund of a day's line
    left below nothing at its rate (ER-PAY-NEGATIVE; RecordPayments now refuses such a refund)."""
    negative = {
        (line.day, line.invoice_id, line.currency, line.vat_rate): line.amount
        for line in payment_lines(events)
        if line.amount < 0
    }
    out: list[Finding] = []
    for event in events:
        found = list(event_findings(event))
        for part in event.amounts:
            left = negative.get((event.day, event.invoice_id, event.currency, part.vat_rate))
            if part.amount < 0 and left is not None:
                message = f"its day collects {left} at {part.vat_rate} % with it (Flux10 G1.16: no sign)"
                found.append(Finding("ER-PAY-NEGATIVE", Severity.FATAL, message, "", layer="ereporting"))
        out.extend(_blocking(RecordKind.PAYMENT, event.key, found))
    return out


def _next_version(series: DeclarationSeries, rectify: bool) -> Declaration:
    return series.open_rectification(copy_previous=False) if rectify else series.open_initial()


def _period_key(kind: ReportKind, period: ReportingPeriod) -> str:
    return f"{kind}/{period.start.isoformat()}..{period.end.isoformat()}"


# --- preview, submit, rectify -------------------------------------------------------------------------------------
async def preview_declaration(
    company: str,
    regime: VatRegime,
    kind: ReportKind,
    day: date,
    *,
    uow_factory: RecordsUowFactory,
    clock: Clock,
) -> DeclarationView:
    """The next version of the period's declaration as it would be sent today, with every finding; nothing is sent."""
    now = clock.now()
    async with uow_factory() as uow:
        period = period_for(regime, kind, day)
        await _one_calendar(uow, company, regime, kind, period)
        rows = await uow.reporting.series(company, kind.value, period.start)
        series = await off_loop.run(lambda: _series(company, regime, kind, day, rows))
        draft = _next_version(series, rectify=series.effective is not None)
        blocking = await _fill(uow, draft)
        today = reporting_day(clock)
        findings = await off_loop.run(
            lambda: (*blocking, *draft.check(today), *series.against_in_force(draft))
        )
        details = {
            "version": draft.version,
            "report_type": draft.report_type,
            "totals": to_json_value(draft.totals()),
            "fatal_findings": sum(1 for f in findings if f.is_fatal),
        }
        await uow.audit.append(
            company,
            AuditEvent("declaration.previewed", "declaration_period", _period_key(kind, period), details),
            now,
        )
        await uow.commit()
    return await off_loop.run(lambda: _view(draft, findings))


async def submit_declaration(
    company: str,
    regime: VatRegime,
    kind: ReportKind,
    day: date,
    *,
    rectify: bool = False,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> DeclarationView:
    """Freeze the period's declaration (initial, or a rectification of the version in force), archive it and queue
    it for the platform. Fails closed on any fatal finding (DeclarationInvalid lists them)."""
    now = clock.now()
    async with uow_factory() as uow:
        period = period_for(regime, kind, day)
        # Alone (no row recorded meanwhile goes unseen and unnamed), then its series.
        await uow.reporting.hold_declarations(company, exclusive=True)
        await uow.reporting.lock_series(company, kind.value, period.start)
        await _one_calendar(uow, company, regime, kind, period)
        rows = await uow.reporting.series(company, kind.value, period.start)
        series = await off_loop.run(lambda: _series(company, regime, kind, day, rows))
        previous = series.effective
        draft = _next_version(series, rectify)
        blocking = await _fill(uow, draft)
        today = reporting_day(clock)
        if blocking:  # named first, by key, before the lines they make fail
            raise DeclarationInvalid(await off_loop.run(lambda: (*blocking, *draft.check(today))))
        declaration_id = new_id()
        supersedes = rows[previous.version - 1].id if rectify and previous is not None else None

        def frozen() -> tuple[Declaration, dict[str, Any], Any, int, bytes]:
            """The version sent and its archived document, every row of the period in JSON: off the loop."""
            sent = series.submit(today)
            content, totals = _content(sent), to_json_value(sent.totals())
            requests = [{"path": r.path, "body": r.body} for r in declaration_requests(sent)]
            document = archive_json(
                {
                    "declaration_id": declaration_id,
                    "siren": company,
                    "regime": regime,
                    "kind": kind,
                    "period": {"start": period.start, "end": period.end, "deadline": period.deadline},
                    "version": sent.version,
                    "report_type": sent.report_type,
                    "supersedes": supersedes,
                    "submitted_on": sent.submitted_on,
                    "content": content,
                    "totals": totals,
                    "findings": findings_to_list(sent.findings),
                    "requests": requests,
                }
            )
            return sent, content, totals, len(requests), document

        sent, content, totals, calls, document = await off_loop.run(frozen)
        receipt = await archive_in(
            uow,
            company,
            ArchiveKind.DECLARATION,
            document,
            ArchiveMetadata(
                "application/json",
                period.end,
                filename=f"declaration-{kind.lower()}-{period.start}-v{sent.version}.json",
                declaration_id=declaration_id,
            ),
            at=now,
        )
        row = _new_row(declaration_id, sent, content, totals, supersedes, now, receipt.sha256)
        await uow.reporting.add_declaration(row)
        await uow.outbox.add(
            QueuedWork(OutboxKind.SUBMIT_DECLARATION, company, None, {"declaration_id": declaration_id})
        )
        details = {
            "kind": kind,
            "period_start": period.start,
            "period_end": period.end,
            "version": sent.version,
            "report_type": sent.report_type,
            "supersedes": supersedes,
            "totals": totals,
            "archive_sha256": receipt.sha256,
            "calls": calls,
        }
        await uow.audit.append(
            company, AuditEvent("declaration.submitted", "declaration", declaration_id, details), now
        )
        await uow.commit()
    return await off_loop.run(lambda: _view(sent, sent.findings, row))


def _new_row(
    declaration_id: str,
    decl: Declaration,
    content: dict[str, Any],
    totals: Any,
    supersedes: str | None,
    now: datetime,
    archive_sha256: str,
) -> DeclarationRow:
    return DeclarationRow(
        id=declaration_id,
        company_siren=decl.siren,
        regime=decl.regime.value,
        kind=decl.kind.value,
        period_start=decl.period.start,
        period_end=decl.period.end,
        deadline=decl.period.deadline,
        version=decl.version,
        report_type=decl.report_type.value,
        status=decl.status.value,
        content=content,
        totals=totals,
        findings=findings_to_list(decl.findings),
        supersedes=supersedes,
        submitted_on=decl.submitted_on,
        submitted_at=now,
        platform_ref="",
        rejection_reason="",
        archive_sha256=archive_sha256,
        created_at=now,
        updated_at=now,
    )


async def _in_force_check(
    uow: RecordsUnitOfWork, rows: Sequence[DeclarationRow]
) -> tuple[str, Finding] | None:
    """The version in force of one period's series (`rows`, every version, oldest first) by its id, and whether it
    holds what is recorded now, as the period's preview says it (`against_in_force` on the rectification it would
    send): ER-RECTIFY or ER-IN-FORCE. None when nothing of the period was sent (or all of it was rejected)."""
    first = rows[0]
    regime, kind = VatRegime(first.regime), ReportKind(first.kind)
    series = await off_loop.run(lambda: _series(first.company_siren, regime, kind, first.period_start, rows))
    if series.effective is None:
        return None
    in_force = rows[series.versions.index(series.effective)].id
    draft = _next_version(series, rectify=True)
    await _fill(uow, draft)
    return next(((in_force, f) for f in await off_loop.run(lambda: series.against_in_force(draft))), None)


def _by_series(rows: Sequence[DeclarationRow]) -> dict[tuple[str, date], list[DeclarationRow]]:
    """Each period's versions, oldest first (a series' order)."""
    out: dict[tuple[str, date], list[DeclarationRow]] = {}
    for row in sorted(rows, key=lambda r: r.version):
        out.setdefault((row.kind, row.period_start), []).append(row)
    return out


async def list_declarations(
    company: str,
    *,
    period_from: date | None = None,
    period_to: date | None = None,
    uow_factory: RecordsUowFactory,
) -> list[DeclarationView]:
    """Every version (newest period first), with the version that superseded it, if any; the version in force of
    each period says whether it holds what is recorded now (`in_force_check`)."""
    async with uow_factory(read_only=True) as uow:
        rows = await uow.reporting.declarations(company, period_from=period_from, period_to=period_to)
        checks = dict(
            [
                check
                for versions in _by_series(rows).values()
                if (check := await _in_force_check(uow, versions))
            ]
        )
    later: dict[tuple[str, date], str] = {}
    views = []
    for row in rows:  # within one series, newest version first
        series = (row.kind, row.period_start)
        views.append(
            _view(
                row.declaration(),
                findings_from_list(row.findings),
                row,
                later.get(series) if row.status in SENT_STATUSES else None,
                checks.get(row.id),
            )
        )
        if row.status in SENT_STATUSES:
            later[series] = row.id
    return views


async def get_declaration(
    company: str, declaration_id: str, *, uow_factory: RecordsUowFactory
) -> DeclarationView:
    async with uow_factory(read_only=True) as uow:
        row = await uow.reporting.declaration(company, declaration_id)
        if row is None:
            raise DeclarationNotFound(f"no declaration {declaration_id} for this company")
        check = await _in_force_check(uow, await uow.reporting.series(company, row.kind, row.period_start))
    in_force = check[1] if check is not None and check[0] == row.id else None
    return _view(row.declaration(), findings_from_list(row.findings), row, in_force_check=in_force)
