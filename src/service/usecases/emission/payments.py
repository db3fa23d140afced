"""record_payment: money received on one of our invoices, as a fact; the books per VAT rate, the 212 and the payment
e-reporting follow from it, committed together (domain.payments holds the rules).

- Idempotent on the caller's payment id: the same id with the same content answers the first outcome again and
  changes nothing; with other content it is a PaymentIdReused (a RequestConflict).
- The invoice must be one the buyer has: deposited on the platform (SENT) or kept off it by its processing rule
  (NOT_TRANSMITTED). A payment recorded while the invoice is still on its way (ACCEPTED, READY, SENDING,
  OUTCOME_UNKNOWN: finance records the money when it arrives) is HELD: checked now against the books as they will
  be, stored, and applied once the invoice is SENT as if recorded then (its 212, its payment data), by the
  pipeline's `held_payments` row (service.workers.pipeline.held_payments) or by the next payment on the invoice,
  whichever comes first, in the order the payments were recorded. If the invoice ends without a deposit (INVALID,
  FAILED, CANCELLED), each held payment is REFUSED (PAY-NOT-DEPOSITED), shown in its history and audit log, and a
  replay of it answers that refusal. An invoice that already ended so takes none: PAY-NOT-ISSUED.
- Under VAT on receipt (domain.payments.vat_on_receipt), each payment or reversal is reported once: an invoice
  deposited on the platform (domestic B2B, B2G) queues one 212 with its amount per VAT rate (one MDG-43 block per
  rate), which the platform passes to the administration; an e-reported sale (domain.payments
  .payment_data_reported) feeds the payment e-reporting instead (flux 10.2 per invoice for international B2B, 10.4
  with the day's B2C payments for a sale to a consumer; key `invoice/<id>/payment/<payment id>`, so it is counted
  once). Otherwise the payment only moves the books.
- A PAYMENT event in the invoice's history (and Watch) says how the payment was applied; it is also the payment's
  one entry in the company's hash-chained audit log (`invoice.payment`, domain.audit_trail), with who did it and the
  payment's facts (id, date, amount per VAT rate, outstanding, 212 queued, reporting key).
"""

from __future__ import annotations

import asyncio
import functools
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from domain.archive_ports import AuditEvent
from domain.credit_notes import Credit, books_credit, credit_by_notes, credit_exceeds
from domain.days import latest_french_day
from domain.document_types import DocumentType
from domain.emission import WITH_ITS_BUYER, EventKind, OutboundInvoice, ProcessingState
from domain.errors import ConcurrencyConflict
from domain.findings import Finding, Severity
from domain.invoice import Invoice, ProcessingRule
from domain.money import EUR
from domain.outgoing_statuses import lifecycle_entry
from domain.payment_ports import BooksReads, StoredPayment
from domain.payments import (
    Payment,
    PaymentApplied,
    PaymentInvalid,
    PaymentRefused,
    PaymentSide,
    PaymentState,
    RatePart,
    Settlement,
    check_dated,
    in_eur,
    payment_data_reported,
    reported_per_day,
    taken_back,
    vat_on_receipt,
)
from domain.pipeline_ports import OutboxKind, PipelineUnitOfWork, QueuedWork
from domain.platform import OutgoingStatus
from domain.ports import Clock
from domain.reporting.calendar import period_text
from domain.reporting.payments import PaymentEvent, invoice_payment_key
from service.usecases.corrections import IssuedCorrections, named_invoice, replaced_said, replacement
from service.usecases.emission.invoice_status import queue_outgoing_status
from service.usecases.emission.invoices import stored_invoice
from service.usecases.emission.page_reads import PageReads

_CONFLICT_RETRIES = 5
_CONFLICT_PAUSE_S = 0.01  # doubled after each conflict: at most about 0.15 s in all
NOT_DEPOSITED = "PAY-NOT-DEPOSITED"  # a held payment whose invoice ended without a deposit


@dataclass(frozen=True, slots=True)
class PaymentOutcome:
    invoice: OutboundInvoice
    payment: PaymentApplied  # held: as it will be applied once the invoice is deposited
    books: Settlement
    replayed: bool = False  # the same payment id and content was recorded before: nothing changed
    status_queued: bool = False  # a 212 was queued for the platform
    reported: bool = False  # its payment data feeds the e-reporting (flux 10.2 or 10.4)
    held: bool = False  # recorded before the deposit: applied (212, e-reporting) once the invoice is SENT
    # Payment declarations already submitted whose period its payment data lands in: to rectify (RE).
    to_rectify: tuple[tuple[date, date], ...] = ()


async def record_payment(
    company_siren: str,
    invoice_id: str,
    payment: Payment,
    *,
    uow_factory: Callable[[], PipelineUnitOfWork],
    clock: Clock,
    rand: Callable[[], float] = random.random,
) -> PaymentOutcome:
    """Written in the company's audit log with the payment, as whoever the edge says acts (domain.audit). Each
    attempt opens its own unit of work: a conflict reads the invoice again."""
    for attempt in range(_CONFLICT_RETRIES):
        try:
            return await _record(uow_factory(), clock.now(), company_siren, invoice_id, payment)
        except ConcurrencyConflict:  # another payment or status moved the invoice meanwhile: read it again
            if attempt == _CONFLICT_RETRIES - 1:
                raise
            # Statuses come in bursts right after a deposit: a short jittered pause lets the burst pass.
            await asyncio.sleep(_CONFLICT_PAUSE_S * 2**attempt * (0.5 + rand() / 2))
    raise AssertionError("unreachable: the last conflict is raised")


async def invoice_books(
    company_siren: str, invoice: OutboundInvoice, *, uow: PipelineUnitOfWork
) -> Settlement:
    """The invoice's books as persisted: what is owed per rate, with what its payments paid and what is held."""
    (books,) = await page_books(company_siren, [invoice], uow=uow)
    return books


async def page_books(
    company_siren: str, invoices: Sequence[OutboundInvoice], *, uow: PipelineUnitOfWork
) -> list[Settlement]:
    """`invoice_books` of each invoice of a page (ListInvoices), in its order: the page's facts read in bulk, one
    statement per kind of fact whatever its size (`PageReads`), then each invoice's books computed from them."""
    if not invoices:
        return []
    ids = [i.id for i in invoices]
    async with uow:
        reads = await PageReads.of(uow.payments, company_siren, invoices)
        held = await uow.payments.held_of(ids)
        said = await uow.transmissions.statuses_of(ids)
        return [
            (await _books(reads, invoice))
            .with_held(held.get(invoice.id, ()))
            .with_reported_sent(lifecycle_entry(record) for record in said.get(invoice.id, ()))
            for invoice in invoices
        ]


async def credit_note_findings(
    company_siren: str, invoice: Invoice, *, uow_factory: Callable[[], PipelineUnitOfWork]
) -> tuple[Finding, ...]:
    """What the books say of a credit note naming one invoice as it is submitted (read before its own transaction):
    when that invoice is replaced by a corrective invoice with its buyer, it will credit nothing there and show its
    whole amount unallocated (PAY-CREDIT-REPLACED, `replaced_said`); otherwise, when it credits more at a VAT rate
    than the invoice has left there once the credit notes with its buyer are counted, the invoice will show the
    difference owed back (PAY-CREDIT-EXCEEDS, `credit_exceeds`: one more read). A WARNING on BG-3, not a refusal:
    the document is valid (BR-FR-CO-05 asks a credit note for a prior invoice's reference, which it has; no rule of
    the pack refuses one naming a replaced invoice, or bounds it by its invoice). The finance team learns it at once
    rather than when the credit shows unallocated, or the invoice below zero."""
    if not isinstance(invoice.type_code, DocumentType) or not invoice.type_code.kind.credit_note:
        return ()
    if len(invoice.preceding_invoices) != 1:  # several or none: PAY-CREDIT-SEVERAL / -UNNAMED say it already
        return ()
    async with uow_factory() as uow:
        side = IssuedCorrections(uow.payments, company_siren)
        named = await named_invoice(side, invoice)
        if named is None:
            return ()
        said = await replaced_said(side, named)
        if not said:  # one more read: the credit notes with the buyer before it (PAY-CREDIT-EXCEEDS)
            before = await uow.payments.credit_notes(company_siren, named.number)
            said = credit_exceeds(named, invoice, credit_by_notes(named, before).per_rate)
            # and when it would be said, whether the invoice still takes credit (its lifecycle did not end: it
            # would then credit nothing, PAY-CREDIT-ENDED, said once with its buyer)
            taking = (
                await uow.payments.credited_invoice(company_siren, named.seller.siren, named.number)
                if said
                else None
            )
            said = said if taking is not None else ""
    if not said:
        return ()
    rule_id, _, why = said.partition(": ")
    return (Finding(rule_id, Severity.WARNING, why, "BG-3"),)


def books_findings(
    company_siren: str, uow_factory: Callable[[], PipelineUnitOfWork] | None
) -> Callable[[Invoice], Awaitable[tuple[Finding, ...]]] | None:
    """`credit_note_findings` bound to a company's submission (None without a unit of work to read the books)."""
    if uow_factory is None:
        return None
    return functools.partial(credit_note_findings, company_siren, uow_factory=uow_factory)


async def _books(reads: BooksReads, invoice: OutboundInvoice) -> Settlement:
    """What is owed per rate, less what the credit notes issued against the invoice credit, with what its payments
    paid. A credit note's own books show as credited what it credits on the invoice it names (nothing of it is
    left to use), once both are with the buyer, or why it credits nothing (Settlement.unapplied); a corrective
    invoice's say that the invoice it corrects keeps its books (domain.credit_notes.own_credit)."""
    credit = await _credit(reads, invoice)
    books = (
        Settlement.for_invoice(invoice.invoice)
        .with_credited(credit.per_rate, credit.unapplied)
        .with_paid(await reads.paid_per_rate(invoice.id))
    )
    corrections = IssuedCorrections(reads, invoice.company_siren)
    books = await replacement(
        corrections,
        invoice.invoice,
        books,
        with_its_buyer=invoice.state in WITH_ITS_BUYER,
        lifecycle_code=invoice.lifecycle_code,
    )
    return books.with_lifecycle(invoice.lifecycle_code)


async def _credit(reads: BooksReads, invoice: OutboundInvoice) -> Credit:
    document = invoice.invoice
    if not document.type_code.kind.credit_note:
        credit_notes = await reads.credit_notes(invoice.company_siren, invoice.number)
        return books_credit(document, credit_notes, None, lifecycle_code=invoice.lifecycle_code)
    if invoice.state not in WITH_ITS_BUYER:
        return Credit({})
    named = None
    if len(document.preceding_invoices) == 1:
        named = await reads.credited_invoice(
            invoice.company_siren, document.seller.siren, document.preceding_invoices[0].number
        )
    return books_credit(document, (), named, lifecycle_code=invoice.lifecycle_code)


async def _record(
    uow: PipelineUnitOfWork, now: datetime, company_siren: str, invoice_id: str, payment: Payment
) -> PaymentOutcome:
    async with uow:
        invoice = await stored_invoice(uow.invoices, company_siren, invoice_id, attachments=False)
        known = await uow.payments.get(company_siren, payment.payment_id)
        if known is not None:
            return await _replay(uow, invoice, known, payment)
        check_dated(payment, latest_french_day(now), invoice.invoice.issue_date)
        if invoice.state.awaiting_deposit:
            outcome = await _hold(uow, invoice, payment, now)
            await uow.commit()
            return outcome
        if not invoice.allows(EventKind.PAYMENT):
            raise PaymentRefused(
                f"PAY-NOT-ISSUED: invoice {invoice.number} is {invoice.state.value}: it will never be with its buyer",
                (_not_issued(invoice),),
            )
        # Payments held before the deposit come first, in their order: this one is checked after them.
        books, prior = await apply_held(uow, invoice, now)
        books, applied = books.apply(payment)
        stored = StoredPayment(company_siren, invoice.id, PaymentSide.RECEIVED, payment, applied, now)
        queued, reports, declared = await _apply(uow, invoice, stored, books, now, prior)
        await uow.invoices.save(invoice)
        await uow.commit()
    return PaymentOutcome(
        invoice, applied, books, status_queued=queued, reported=bool(reports), to_rectify=declared
    )


async def _replay(
    uow: PipelineUnitOfWork, invoice: OutboundInvoice, known: StoredPayment, payment: Payment
) -> PaymentOutcome:
    """The first outcome again: applied, still held, or refused with the reason it was refused for."""
    known.check_replay(invoice.id, payment)
    if known.state is PaymentState.REFUSED:
        rule = known.refusal.split(":", 1)[0]
        raise PaymentRefused(
            known.refusal, (Finding(rule, Severity.FATAL, known.refusal, "payment_id", layer="payments"),)
        )
    held = [p.request for p in await uow.payments.payments(invoice.id) if p.state is PaymentState.HELD]
    books = (await _books(uow.payments, invoice)).with_held(held)
    return PaymentOutcome(invoice, known.applied, books, replayed=True, held=known.state is PaymentState.HELD)


async def _hold(
    uow: PipelineUnitOfWork, invoice: OutboundInvoice, payment: Payment, now: datetime
) -> PaymentOutcome:
    """The invoice is on its way to the platform: keep the payment HELD until the deposit decides. It is checked
    now against the books as they will be once the payments held before it are applied, so a refusal (an
    over-payment, a malformed split) is the caller's answer now, not a surprise at the deposit. The invoice itself
    does not change (no new version: the dispatcher working on it is not disturbed)."""
    held = await uow.payments.held(
        invoice.id
    )  # locked: holds, releases and payments are checked one at a time
    books = await _books(uow.payments, invoice)
    _, applied = books.projected(p.request for p in held).apply(payment)
    if payment_data_reported(invoice.invoice) or payment.amount_eur is not None:
        in_eur(invoice.invoice, applied, payment.amount_eur)  # reportable once applied: PAY-EUR-AMOUNT now
    stored = StoredPayment(
        invoice.company_siren, invoice.id, PaymentSide.RECEIVED, payment, applied, now, PaymentState.HELD
    )
    await uow.payments.hold(stored)
    if not held:  # one row per invoice applies or refuses all its held payments
        await uow.outbox.add(
            QueuedWork(
                OutboxKind.HELD_PAYMENTS, invoice.company_siren, invoice.id, {"number": invoice.number}
            )
        )
    await uow.audit.append(invoice.company_siren, _held_audit_event(invoice, stored, books), now)
    shown = books.with_held([*(p.request for p in held), payment])
    return PaymentOutcome(invoice, applied, shown, held=True)


async def apply_held(
    uow: PipelineUnitOfWork, invoice: OutboundInvoice, now: datetime
) -> tuple[Settlement, list[StoredPayment]]:
    """Apply the invoice's HELD payments (it is deposited, or kept off the platform) in the order they were
    recorded, as if recorded then: each its 212 and its payment data. One the books no longer take (refused by a
    rule) is REFUSED and its refusal shown in the history. Returns the books after them and every payment applied
    so far, in order (what a reversal takes back from). The caller saves the invoice."""
    held = await uow.payments.held(invoice.id)  # first: its lock orders this with holds and other payments
    books = await _books(uow.payments, invoice)
    prior = [p for p in await uow.payments.payments(invoice.id) if p.state is PaymentState.APPLIED]
    for stored in held:
        try:
            books, applied = books.apply(stored.request)
        except (PaymentRefused, PaymentInvalid) as exc:
            await _refuse(uow, invoice, stored, f"{exc.findings[0].rule_id}: {exc.findings[0].message}", now)
            continue
        released = replace(stored, applied=applied, state=PaymentState.APPLIED)
        await _apply(uow, invoice, released, books, now, prior, released=True)
    return books, prior


async def refuse_held(uow: PipelineUnitOfWork, invoice: OutboundInvoice, now: datetime) -> int:
    """The invoice ended without a deposit (INVALID, FAILED, CANCELLED): its HELD payments are REFUSED
    (PAY-NOT-DEPOSITED), each a PAYMENT_REFUSED event in its history (and so in the audit log). The caller saves
    the invoice."""
    held = await uow.payments.held(invoice.id)
    for stored in held:
        why = (
            f"{NOT_DEPOSITED}: invoice {invoice.number} ended {invoice.state.value} without being deposited:"
            " record the payment again on the invoice that replaces it"
        )
        await _refuse(uow, invoice, stored, why, now)
    return len(held)


async def _refuse(
    uow: PipelineUnitOfWork, invoice: OutboundInvoice, stored: StoredPayment, why: str, now: datetime
) -> None:
    await uow.payments.refuse(stored, why)
    request = stored.request
    invoice.refuse_payment(
        now,
        detail=f"payment {request.payment_id} of {request.amount} on {request.paid_on}, held since"
        f" {stored.recorded_at.isoformat()}, refused: {why}",
    )
    # Its audit entry is the event's own (invoice.payment_refused, domain.audit_trail), with the detail above.


async def _apply(
    uow: PipelineUnitOfWork,
    invoice: OutboundInvoice,
    stored: StoredPayment,
    books: Settlement,
    now: datetime,
    prior: list[StoredPayment],
    *,
    released: bool = False,
) -> tuple[bool, tuple[PaymentEvent, ...], tuple[tuple[date, date], ...]]:
    """One payment applied: the books, under VAT on receipt its 212 and its payment data, the PAYMENT event and
    the audit entry. A held payment (state APPLIED, recorded before) is released; a new one added. `prior`: the
    invoice's payments applied before it, in order; it is appended to."""
    applied = stored.applied
    on_receipt = vat_on_receipt(invoice.invoice)
    e_reported = payment_data_reported(invoice.invoice)
    reports = _reports(invoice, stored, prior) if e_reported else ()
    if not e_reported and stored.request.amount_eur is not None:
        in_eur(invoice.invoice, applied, stored.request.amount_eur)  # checked all the same (PAY-EUR-AMOUNT)
    prior.append(stored)
    held_since = stored.recorded_at if released else None
    if released:
        await uow.payments.release(stored, books, reports)
    else:
        await uow.payments.add(stored, books, reports)
    queued = False
    if on_receipt and invoice.state is ProcessingState.SENT and invoice.platform_id:
        await queue_outgoing_status(
            uow,
            now,
            company_siren=invoice.company_siren,
            invoice_id=invoice.id,
            platform_id=invoice.platform_id,
            status=_status_212(invoice, applied),
        )
        queued = True
    detail = applied.describe() + f"; outstanding {books.outstanding}"
    if held_since is not None:
        detail += f"; held from {held_since.isoformat()} until the deposit"
    if queued:
        detail += "; 212 queued"
    if applied.is_reversal and reports:
        detail += f"; taken back from the payment data of {', '.join(r.day.isoformat() for r in reports)}"
    # Payment data landing in a period already declared (a late, held or reversed payment) is not in what was
    # sent: that declaration must be rectified (RE), and the history says which.
    declared = (
        await uow.payments.declared_periods(invoice.company_siren, sorted({r.day for r in reports}))
        if reports
        else ()
    )
    if declared:
        detail += f"; rectify the payment declaration of {', '.join(period_text(p) for p in declared)} (RE)"
    invoice.record_payment(now, detail=detail, facts=_facts(invoice, stored, books, queued, reports))
    return queued, reports, tuple(declared)


def _not_issued(invoice: OutboundInvoice) -> Finding:
    return Finding(
        "PAY-NOT-ISSUED",
        Severity.FATAL,
        f"the invoice is {invoice.state.value}: only an invoice deposited (SENT) or on its way to the platform"
        " (held until the deposit), or kept off the platform by its processing rule (NOT_TRANSMITTED), is paid",
        "invoice_id",
        layer="payments",
    )


def _status_212(invoice: OutboundInvoice, applied: PaymentApplied) -> OutgoingStatus:
    """One 212 per payment: its amount, with one MDG-43 block per VAT rate (a single rate travels as the
    status's own amount and rate, which every platform takes)."""
    parts = applied.parts
    single = len(parts) == 1
    return OutgoingStatus(
        code="212",
        message=f"payment {applied.payment_id} of {applied.paid_on.isoformat()}",
        amount=applied.amount,
        currency=invoice.invoice.currency,
        vat_rate=parts[0].vat_rate if single else None,
        parts=() if single else parts,
    )


def _reports(
    invoice: OutboundInvoice, stored: StoredPayment, prior: Sequence[StoredPayment]
) -> tuple[PaymentEvent, ...]:
    """Its payment data: per invoice (10.2) for an international B2B sale, or aggregated with the day's B2C payments (10.4) for a sale to a
    consumer. A payment on its own day; a reversal as decreases of the days it takes back (domain.payments
    .taken_back: the collected amounts of flux 10 are never negative, Flux10 G1.16), one event per day."""
    applied = in_eur(invoice.invoice, stored.applied, stored.request.amount_eur)  # flux 10 is in EUR (G6.27)
    if not applied.parts:
        return ()  # 0.00 EUR: nothing collected to report
    b2c = invoice.invoice.processing_rule is ProcessingRule.B2C
    key = invoice_payment_key(invoice.id, applied.payment_id)

    def event(key: str, day: date, parts: Sequence[RatePart]) -> PaymentEvent:
        return PaymentEvent(
            key=key,
            day=day,
            amounts=tuple(parts),
            invoice_id=None if b2c else invoice.number,
            invoice_date=None if b2c else invoice.invoice.issue_date,
            currency=EUR,
        )

    if not applied.is_reversal:
        return (event(key, applied.paid_on, applied.parts),)
    by_day: dict[date, list[RatePart]] = {}
    reported = reported_per_day(in_eur(invoice.invoice, p.applied, p.request.amount_eur) for p in prior)
    for day, part in taken_back(reported, applied):
        by_day.setdefault(day, []).append(part)
    return tuple(event(f"{key}/{day.isoformat()}", day, parts) for day, parts in sorted(by_day.items()))


def _facts(
    invoice: OutboundInvoice,
    stored: StoredPayment,
    books: Settlement,
    queued: bool,
    reports: Sequence[PaymentEvent],
) -> dict[str, Any]:
    """What a payment's audit entry records beside the invoice's number and state: its PAYMENT event's entry
    (`invoice.payment`), or the entry of a payment held until the deposit (`invoice.payment_held`)."""
    return {
        **stored.applied.facts(books),
        "status_212_queued": queued,
        "reported_as": [r.key for r in reports] or None,
    }


def _held_audit_event(invoice: OutboundInvoice, stored: StoredPayment, books: Settlement) -> AuditEvent:
    """A held payment changes no invoice (no event, no entry of its own): this entry records it; once released
    by the deposit, its PAYMENT event's entry records the application."""
    details = {"number": invoice.number, **_facts(invoice, stored, books, False, ())}
    return AuditEvent("invoice.payment_held", "invoice", invoice.id, details)
