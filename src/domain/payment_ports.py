"""What recording payments needs from storage: the payment facts, idempotent on the caller's payment id, and the
books per VAT rate they leave (domain.payments)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from domain.credit_notes import CreditNotesNaming
from domain.errors import PaymentIdReused
from domain.invoice import Invoice
from domain.payments import Payment, PaymentApplied, PaymentSide, PaymentState, Settlement
from domain.reporting.payments import PaymentEvent


@dataclass(frozen=True, slots=True)
class StoredPayment:
    """A payment as recorded: what the caller asked (`request`, compared on a replay) and how it was applied (a
    HELD payment: how it will be, once the payments held before it are applied)."""

    company_siren: str
    invoice_id: str
    side: PaymentSide
    request: Payment
    applied: PaymentApplied
    recorded_at: datetime
    state: PaymentState = PaymentState.APPLIED
    refusal: str = ""  # REFUSED: why, naming the rule

    def check_replay(self, invoice_id: str, payment: Payment) -> None:
        """`payment` under this one's payment id is a replay only if it asks the same of the same invoice; else
        PaymentIdReused."""
        if self.invoice_id != invoice_id or self.request != payment:
            raise PaymentIdReused(
                f"payment id {payment.payment_id!r} was already recorded for another payment (invoice"
                f" {self.invoice_id}, {self.request.amount} on {self.request.paid_on}): a payment id names one"
                " payment; give a new payment id to a new payment"
            )


class BooksReads(Protocol):
    """What the books of an invoice we issue read (service.usecases.emission.payments): one invoice's facts at a
    time. A page of invoices reads them all at once first (`PaymentRepository`'s `..._of`), then answers these."""

    async def paid_per_rate(self, invoice_id: str) -> Mapping[Decimal, Decimal]:
        """What the recorded payments of the invoice add up to, per VAT rate (the persisted books)."""
        ...

    async def credit_notes(self, company_siren: str, invoice_number: str) -> CreditNotesNaming:
        """The company's credit notes with their buyer (domain.emission.WITH_ITS_BUYER) that name `invoice_number`
        in BG-3, gathered `alike` (oldest first, at most MAX_KINDS kinds, their worth added in the read): what may
        credit that invoice (domain.credit_notes.credit_by_notes decides)."""
        ...

    async def credited_invoice(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Invoice | None:
        """The company's invoice of that seller and number with its buyer (domain.emission.WITH_ITS_BUYER), not a
        credit note, whose lifecycle did not end: the one a credit note naming that number may credit. `ended`:
        also one whose lifecycle ended (a corrective invoice carries what was paid on the invoice it replaces even
        once that one is cancelled, 220, as XP Z12-014 UC4 has the seller close it)."""
        ...

    async def correctives(self, company_siren: str, invoice_number: str) -> Sequence[Invoice]:
        """The company's corrective invoices (384, 471-473) with their buyer and not ended that name
        `invoice_number` in BG-3, oldest first: what may replace that invoice (domain.credit_notes.corrective_naming)."""
        ...

    async def paid_on(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Mapping[Decimal, Decimal]:
        """What the recorded payments of the company's invoice of that seller and number add up to, per VAT rate
        (the one `credited_invoice` finds, with `ended` alike): what a corrective invoice replacing it carries."""
        ...


class PaymentRepository(BooksReads, Protocol):
    async def get(self, company_siren: str, payment_id: str) -> StoredPayment | None: ...

    async def paid_per_rate_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Mapping[Decimal, Decimal]]:
        """`paid_per_rate` of each invoice, in one read (an invoice with no payment: absent or empty)."""
        ...

    async def held_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Sequence[Payment]]:
        """The HELD payments of each invoice in the order they were recorded, in one read and without their lock:
        what the books show awaiting deposit (`held` locks, to decide)."""
        ...

    async def credit_notes_of(
        self, company_siren: str, invoice_numbers: Sequence[str]
    ) -> Mapping[str, CreditNotesNaming]:
        """`credit_notes` of each number, in one read (each number's kinds bounded as `credit_notes`')."""
        ...

    async def correctives_of(
        self, company_siren: str, invoice_numbers: Sequence[str]
    ) -> Mapping[str, Sequence[Invoice]]:
        """`correctives` of each number, in one read."""
        ...

    async def credited_invoices_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], tuple[Invoice, bool]]:
        """`credited_invoice(..., ended=True)` of each (seller SIREN, number), in one read, each with whether its
        lifecycle ended (what `credited_invoice` without `ended` leaves out); one not found is absent."""
        ...

    async def paid_on_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Mapping[Decimal, Decimal]]:
        """`paid_on(..., ended=True)` of each (seller SIREN, number), in one read (one with none: absent)."""
        ...

    async def payments(self, invoice_id: str) -> Sequence[StoredPayment]:
        """The invoice's payments in the order they were recorded, which is the order they were applied in."""
        ...

    async def add(self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]) -> None:
        """Stage the payment, the books it leaves, and its payment data for the e-reporting (flux 10.2 / 10.4):
        `reports`, empty when it is not reported. A payment id taken meanwhile raises ConcurrencyConflict (read
        again: a replay)."""
        ...

    async def hold(self, payment: StoredPayment) -> None:
        """Stage a HELD payment (the books do not move). A payment id taken meanwhile raises ConcurrencyConflict."""
        ...

    async def held(self, invoice_id: str) -> Sequence[StoredPayment]:
        """The invoice's HELD payments in the order they were recorded."""
        ...

    async def parked(self, invoice_id: str) -> Sequence[StoredPayment]:
        """The invoice's HELD payments no open held-payments row will apply (it gave up), in the order they were
        recorded, under the same lock as `held` and read once it is taken."""
        ...

    async def release(
        self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]
    ) -> None:
        """A HELD payment applied: stage it APPLIED with its parts as `payment.applied`, the books, the reports.
        ConcurrencyConflict when it is no longer held (someone else applied or refused it meanwhile)."""
        ...

    async def refuse(self, payment: StoredPayment, reason: str) -> None:
        """A HELD payment REFUSED with `reason`. ConcurrencyConflict when it is no longer held."""
        ...

    async def declared_periods(self, company_siren: str, days: Sequence[date]) -> Sequence[tuple[date, date]]:
        """The periods (first day, last day) of the company's payment declarations already submitted (or
        accepted) that hold one of `days`: payment data landing there needs a rectification (RE). Read holding the
        company's declarations shared (records_ports.ReportingRecords.hold_declarations): a submission under way
        is waited for and seen."""
        ...


class Corrections(Protocol):
    """One side of the books (the invoices we issue, or the ones we receive) as a corrective invoice's replacement
    reads it (XP Z12-014 Annexe B UC4; service.usecases.corrections decides, for both sides alike)."""

    async def correctives(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        """The corrective invoices (384, 471-473) of that seller naming `number` in BG-3 that are with their buyer
        and whose lifecycle did not end, one copy each, oldest first."""
        ...

    async def namesakes(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        """The invoices (not credit notes) of that seller with that number that are with their buyer, whatever their
        lifecycle (UC4 has the seller cancel, 220, the invoice a corrective one replaced: what was paid on it still
        counts), one copy each, oldest first (issued: one at most; received: one per type and year)."""
        ...

    async def paid_on(self, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        """What was paid on `invoice` (one of `namesakes`), per VAT rate."""
        ...
