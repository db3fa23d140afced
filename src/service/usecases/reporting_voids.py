"""Void a recorded e-reporting row: a B2C transaction, a payment, a purchase or a sale recorded by mistake, or by
an older release before today's checks and now refusing its period's declaration (the refusal names the row and
this command: service.usecases.reporting._fill).

The row leaves every declaration built from now on, its key is free for the row recorded corrected, and what it
held is kept (voided_records, and the audit entry of the void, which also says who voided it and why). A
declaration already sent keeps what it declared (reform.md §7: a sent report is never edited, a correction is a
rectificative report): a row that is part of the version in force of a declaration sent (submitted or accepted)
is voided only for its rectification (`rectify`), and the answer names the declaration to rectify (RE); without
it the void is refused (ER-VOID-DECLARED). A row recorded after its period was declared (not part of it) is voided
freely. The same void again (kind, key and reason) while no row is recorded under the key is a replay: answered,
nothing changed; a row recorded under the key since is voided.

An issued invoice is not voided, but the 10.1 record of an international sale issued by an older release, that its
checks refuse and no record can stand for (`ISSUED_SALE`, named by the invoice's number), is: the period closes,
the invoice stays, and the sale is declared as the void's reason says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from domain.archive_ports import AuditEvent
from domain.errors import DomainError, Refusal
from domain.money import ZERO
from domain.ports import Clock
from domain.records_ports import (
    DeclarationRow,
    RecordKind,
    RecordsUnitOfWork,
    RecordsUowFactory,
    VoidedRecord,
)
from domain.reporting.b2c import B2cTransaction
from domain.reporting.calendar import ReportKind, period_text
from domain.reporting.international import DeclarantRole, InternationalInvoiceFacts, record_findings
from domain.reporting.invoice_facts import international_sale
from domain.reporting.payments import PaymentEvent, is_invoice_payment_data, payment_lines
from domain.serialization import from_json_value, to_json_value
from service.usecases.reporting import REFUNDS_LOCK, SENT_STATUSES, InvalidReportingRequest

MAX_VOID_REASON = 500
_DECLARED_IN = {
    RecordKind.B2C: ReportKind.TRANSACTIONS,
    RecordKind.PAYMENT: ReportKind.PAYMENTS,
    RecordKind.PURCHASE: ReportKind.TRANSACTIONS,
    RecordKind.SALE: ReportKind.TRANSACTIONS,
    RecordKind.ISSUED_SALE: ReportKind.TRANSACTIONS,
}
# A purchase's and a sale's keys begin with the declarant's role (InternationalInvoiceFacts.key): one table holds both.
_ROLE = {RecordKind.PURCHASE: DeclarantRole.BUYER, RecordKind.SALE: DeclarantRole.SELLER}


class RecordNotFound(DomainError):
    pass


class RecordNotVoidable(Refusal):
    """The row is not the records' own to void (FAILED_PRECONDITION): an invoice's payment data follows its books."""

    rule_id = "ER-VOID-PAYMENT-DATA"


class IssuedSaleDeclarable(Refusal):
    """An issued invoice whose 10.1 record passes its checks is declared as it was issued (FAILED_PRECONDITION):
    a wrong sale is corrected by a credit note, not by leaving it out of the declaration."""

    rule_id = "ER-VOID-ISSUED"


class RecordVoidedAlready(Refusal):
    """Nothing is under the key because it was voided already, for another reason (FAILED_PRECONDITION): the answer
    says when and why, rather than that nothing was ever there."""

    rule_id = "ER-VOID-VOIDED"


class RecordDeclared(Refusal):
    """The row is part of a declaration already sent: a change to it is that declaration's rectification, asked
    for as such (`rectify`)."""

    rule_id = "ER-VOID-DECLARED"


@dataclass(frozen=True, slots=True)
class VoidResult:
    replayed: bool  # this void was made before and no row is under the key now: nothing changed
    day: date
    # Periods (first day, last day) whose declaration in force was sent with the row in it: rectify each (RE).
    to_rectify: tuple[tuple[date, date], ...]


def checked_void_reason(reason: str) -> str:
    text = reason.strip()
    if not text or len(text) > MAX_VOID_REASON:
        raise InvalidReportingRequest(
            "ER-VOID-REASON",
            "reason",
            f"a void needs its reason, at most {MAX_VOID_REASON} characters: it is kept with the row and in the"
            " audit log",
        )
    return text


async def void_record(
    company: str,
    kind: RecordKind,
    key: str,
    reason: str,
    *,
    rectify: bool = False,
    uow_factory: RecordsUowFactory,
    clock: Clock,
) -> VoidResult:
    """`rectify`: the row may be part of a declaration already sent, voided for its rectification."""
    reason = checked_void_reason(reason)
    if not key:
        raise InvalidReportingRequest("ER-VOID-KEY", "key", "name the row to void by its key")
    if kind is RecordKind.PAYMENT and is_invoice_payment_data(key):
        raise RecordNotVoidable(
            f"payment data {key} was written by RecordPayment from its invoice's books: record a reversal on the"
            " invoice (`pdp-gateway invoice pay`, a negative amount), which reports it",
            path="key",
        )
    if kind in _ROLE and not key.startswith(f"{_ROLE[kind]}:"):
        raise RecordNotFound(
            f"no {kind} row is recorded under the key {key!r} (a {kind}'s begins {_ROLE[kind]}:)"
        )
    now = clock.now()
    async with uow_factory() as uow:
        await uow.reporting.hold_declarations(company, exclusive=False)  # a submission under way: after it
        if kind is RecordKind.PAYMENT:
            await uow.reporting.lock_series(company, REFUNDS_LOCK, date.min)  # as refunds are admitted
        # A row under the key is voided, even when the same void (same reason) voided an earlier row under it: a
        # row recorded again after its void is a new row, and asking its void again must not leave it in place.
        if kind is RecordKind.ISSUED_SALE:
            voided = await _void_issued_sale(uow, company, key, reason, now)
        else:
            voided = await uow.reporting.void_record(company, kind, key, reason, now)
        if voided is None:
            # No row: the same void made before (or committed meanwhile: it held the row, this one waited) is a
            # replay; a void made for another reason is said, with when and why.
            earlier = await uow.reporting.voided_record(company, kind, key, reason)
            if earlier is None:
                raise RecordNotFound(f"no {kind} row is recorded under the key {key!r} (never recorded)")
            if earlier.reason != reason:
                raise _voided_already(earlier)
            return VoidResult(True, earlier.day, await _to_rectify(uow, company, earlier))
        if kind is RecordKind.PAYMENT:
            await _refunds_still_covered(uow, company, voided.row)
        to_rectify = await _to_rectify(uow, company, voided)
        if to_rectify and not rectify:  # the unit of work ends uncommitted: the row stays
            periods = ", ".join(period_text(p) for p in to_rectify)
            raise RecordDeclared(
                f"{kind} {key} is part of the declaration of {periods} already sent: a change to it is a"
                " rectification; void it for one (`--rectify`, VoidRecord's rectify), then send it"
                " (`pdp-gateway report rectify`)",
                path="key",
                layer="ereporting",
            )
        details = {
            "kind": kind.value,
            "key": key,
            "day": voided.day,
            "reason": reason,
            "row": to_json_value(voided.row),
        }
        if to_rectify:
            details["to_rectify"] = [period_text(p) for p in to_rectify]
        await uow.audit.append(
            company, AuditEvent("reporting.record_voided", f"{kind}_record", key, details), now
        )
        await uow.commit()
    return VoidResult(False, voided.day, to_rectify)


def _voided_already(earlier: VoidedRecord) -> RecordVoidedAlready:
    when = f"{earlier.voided_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    then = (
        "one void per issued invoice"
        if earlier.kind is RecordKind.ISSUED_SALE
        else "nothing is recorded under its key since"
    )
    return RecordVoidedAlready(
        f"{earlier.kind} {earlier.key} was voided on {when} for: {earlier.reason} ({then}; the audit log's"
        " reporting.record_voided entry says who)",
        path="key",
        layer="ereporting",
    )


async def _void_issued_sale(
    uow: RecordsUnitOfWork, company: str, number: str, reason: str, now: datetime
) -> VoidedRecord | None:
    """An international sale the company issued (by an older release) whose 10.1 record fails its checks refuses
    its period's declaration, and no record may stand for it when its number is past the 10.1's 20 characters, or
    when the fix changes the identifier of a seller without a VAT number (a record stands for the invoice of its
    own key only). Its record is voided so the period can close; the invoice stays, and the sale is declared as the
    reason says (RecordSales, as it can be declared). One whose record passes is declared as issued."""
    invoice = await uow.reporting.issued_invoice(company, number)
    sale = None if invoice is None else international_sale(invoice)
    if sale is None:
        raise RecordNotFound(
            f"the company issued no international sale (10.1) numbered {number!r} (an issued_sale is named by its"
            " invoice number)"
        )
    broken = [f for f in record_findings(sale) if f.is_fatal]
    if not broken:
        raise IssuedSaleDeclarable(
            f"issued invoice {number}'s 10.1 record passes its checks: it is declared as issued; a wrong sale is"
            " corrected by a credit note",
            path="key",
            layer="ereporting",
        )
    return await uow.reporting.void_issued_sale(company, number, sale, reason, now)


async def _to_rectify(
    uow: RecordsUnitOfWork, company: str, voided: VoidedRecord
) -> tuple[tuple[date, date], ...]:
    """The periods whose declaration in force (the latest version sent) holds the row: what voiding it changes. A
    row recorded after its period was declared is not in it (its record already named the period to rectify)."""
    kind = _DECLARED_IN[voided.kind].value
    in_force: dict[date, DeclarationRow] = {}
    for row in await uow.reporting.declarations(company, voided.day, voided.day):
        if (
            row.kind == kind
            and row.status in SENT_STATUSES
            and row.period_start <= voided.day <= row.period_end
        ):
            known = in_force.get(row.period_start)
            if known is None or row.version > known.version:
                in_force[row.period_start] = row
    return tuple(sorted((r.period_start, r.period_end) for r in in_force.values() if _holds(r, voided)))


_SECTIONS: dict[RecordKind, tuple[str, type]] = {
    RecordKind.B2C: ("b2c", B2cTransaction),
    RecordKind.PAYMENT: ("payments", PaymentEvent),
    RecordKind.PURCHASE: ("international", InternationalInvoiceFacts),
    RecordKind.SALE: ("international", InternationalInvoiceFacts),
    RecordKind.ISSUED_SALE: ("international", InternationalInvoiceFacts),
}


def _holds(row: DeclarationRow, voided: VoidedRecord) -> bool:
    """Whether a declaration's content (service.usecases.reporting._content) holds the voided row itself: by its
    content, not its key, which the row recorded corrected since may hold (a replayed void then names nothing)."""
    section, tp = _SECTIONS[voided.kind]
    return any(from_json_value(tp, item) == voided.row for item in row.content.get(section, ()))


async def _refunds_still_covered(uow: RecordsUnitOfWork, company: str, voided: PaymentEvent) -> None:
    """A payment covering a refund of its day stays while the refund does: without it the day's line would be
    negative (Flux10 G1.16) and refuse the month's declaration. A refund itself (or a day already below nothing at
    the payment's rates) may go."""
    for line in payment_lines(await uow.reporting.payments_between(company, voided.day, voided.day)):
        paid = sum(
            (p.amount for p in voided.amounts if p.vat_rate == line.vat_rate),
            start=ZERO,
        )
        same_line = (line.invoice_id, line.currency) == (voided.invoice_id, voided.currency)
        if same_line and paid > 0 and line.amount < 0:
            raise InvalidReportingRequest(
                "ER-PAY-NEGATIVE",
                "key",
                f"payment {voided.key} covers a refund of {voided.day} at {line.vat_rate} %: without it the day"
                f" collects {line.amount} (Flux10 G1.16: no sign); void the refund first",
            )
