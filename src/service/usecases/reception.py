"""Reception use cases as the edge calls them (gRPC servicer, CLI); every call is scoped to one company."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from domain.books_check import (
    PARTIAL_REASON,
    BookedAmounts,
    BooksMismatch,
    Difference,
    OnDifference,
    difference_message,
    differences,
    disputed_reason,
)
from domain.credit_notes import CreditNotesNaming, books_credit, names
from domain.days import latest_french_day
from domain.errors import (
    IllegalTransition,
    InvoiceNotFound,
    InvoiceRejected,
    ReadableViewUnavailable,
    RequestRejected,
)
from domain.findings import Finding, Severity
from domain.inbox_ports import ParkedDeliveries
from domain.invoice import Invoice
from domain.money import EUR
from domain.payment_ports import StoredPayment
from domain.payments import (
    Payment,
    PaymentApplied,
    PaymentRefused,
    PaymentSide,
    Settlement,
    check_dated,
)
from domain.platform import OutgoingStatus, PlatformError, PlatformUnavailable
from domain.platform_profile import PlatformSet
from domain.ports import Clock, Page
from domain.reception import ReceivedInvoice, StoredDelivery, buyer_status
from domain.reception_ports import (
    ReceivedBooksReads,
    ReceivedEvent,
    ReceivedFilter,
    ReceptionUnitOfWork,
    ReceptionUowFactory,
)
from domain.serialization import JsonValue, canonical_json
from domain.totals import compute_totals
from service.usecases.company_slots import Busy, CompanySlots
from service.usecases.corrections import ReceivedCorrections, replacement
from service.usecases.emission.request_ids import (
    claimed_before,
    request_id_finding,
    status_request_fingerprint,
)
from service.usecases.large_reads import LargeReads, large_reads
from service.usecases.listing_slots import listing_slots
from service.usecases.received_page_reads import ReceivedPageReads

APPROVED = "205"


@dataclass(frozen=True, slots=True)
class QueuedStatus:
    code: str
    outbox_id: int
    differences: tuple[Difference, ...] = ()  # from the booked amounts, when the status was sent despite them


@dataclass(frozen=True, slots=True)
class ReceivedPaymentOutcome:
    payment: PaymentApplied
    books: Settlement
    replayed: bool = False
    status_queued: bool = False  # a 211 was queued for the supplier


def _pay_finding(rule_id: str, message: str) -> Finding:
    return Finding(rule_id, Severity.FATAL, message, "invoice_id", layer="payments")


@dataclass(frozen=True, slots=True)
class ReadableCopy:
    """A readable PDF of a received invoice. source: "platform" (the platform's own copy), "document" (the
    received Factur-X itself) or "gateway" (our page); platform_view: why the platform's copy is not the one
    returned ("" when it is)."""

    content: bytes
    source: str
    platform_view: str = ""


# The platform's copy goes back whole in one gRPC answer: bounded like the attachments of an invoice.
MAX_READABLE_BYTES = 20 * 1024 * 1024


READABLE_PER_COMPANY = 2
READABLE_PER_PROCESS = 16


class ReadableBusy(Busy):
    """This company already has its readable views in progress (each asks the platform for up to
    MAX_READABLE_BYTES, or draws a page in a thread): retry once one has ended."""


readable_view_slots = functools.partial(
    CompanySlots,
    "readable views",
    ReadableBusy,
    per_process=READABLE_PER_PROCESS,
    per_company=READABLE_PER_COMPANY,
)


@dataclass(eq=False, slots=True, kw_only=True)
class ReceptionUseCases:
    """The received invoices' use cases, as the servicer and the CLI call them.

    `render_page`: the gateway's own readable page of an invoice (a PDF, drawn in a thread); `platforms`: where
    the platform's readable copy of a received invoice is asked for (None: never); `readable_timeout_s` bounds that
    whole call, retries included."""

    uow: ReceptionUowFactory
    inbox: ParkedDeliveries
    clock: Clock
    render_page: Callable[[Invoice], bytes]
    platforms: PlatformSet | None = None
    readable_timeout_s: float = 10.0
    readable_slots: CompanySlots = field(default_factory=readable_view_slots)
    listing_slots: CompanySlots = field(default_factory=listing_slots)  # listings at once, with issued ones
    large_reads: LargeReads = field(default_factory=large_reads)  # reads of large documents, with issued ones

    async def list(
        self, company: str, flt: ReceivedFilter, page_size: int, page_token: str
    ) -> tuple[Page[ReceivedInvoice], Sequence[Settlement | None]]:
        """A page ListReceivedInvoices lists and each one's books (`page_books`), in one of the company's listings
        at once from the page to its books: a listing at the bound is never refused its books after its page."""
        with self.listing_slots.taken(company):
            async with self.uow() as uow:
                page = await uow.received.list(company, flt, page_size, page_token)
            return page, await self.page_books(company, page.items)

    async def get(self, company: str, invoice_id: str) -> tuple[ReceivedInvoice, Sequence[ReceivedEvent]]:
        """A document stored in more than LARGE_READ_BYTES (a supplier's, up to 98 MiB) is one of the company's
        large reads (service.usecases.large_reads)."""
        async with self.uow() as uow:
            with self.large_reads.held(company, await uow.received.stored_size(company, invoice_id)):
                invoice = await uow.received.get(company, invoice_id)
            if invoice is None:
                raise InvoiceNotFound(f"no received invoice {invoice_id}")
            return invoice, await uow.received.history(company, invoice_id)

    async def readable(self, company: str, invoice_id: str, *, platform_only: bool = False) -> ReadableCopy:
        """A readable view of a received invoice and where it comes from.

        1. The platform's own readable copy when it offers one (IOPOLE `/download/readable`, XP Z12-013
           `ReadableView`), asked with a timeout: what the supplier's platform shows is what the buyer should see.
        2. Else the document itself when it is a PDF (a Factur-X is its own readable copy).
        3. Else the gateway's page of the invoice read from the document.

        A platform that is down or slow is not a reason to show nothing: the answer falls back and says why in
        `platform_view`. With `platform_only`, only the platform's copy will do: an outage or a timeout is then
        PlatformUnavailable (UNAVAILABLE with RetryInfo), a platform without a copy ReadableViewUnavailable.
        A company holds READABLE_PER_COMPANY of them at once (ReadableBusy past it)."""
        with self.readable_slots.taken(company):
            return await self._readable(company, invoice_id, platform_only)

    async def _readable(self, company: str, invoice_id: str, platform_only: bool) -> ReadableCopy:
        invoice, _ = await self.get(company, invoice_id)
        content, why = await self._platform_view(invoice, platform_only=platform_only)
        if content is not None:
            return ReadableCopy(content, "platform")
        if platform_only:
            raise ReadableViewUnavailable(f"received invoice {invoice_id}: {why}", path="invoice_id")
        if invoice.document.media_type == "application/pdf":
            return ReadableCopy(invoice.document.content, "document", why)
        if not isinstance(invoice.invoice, Invoice):
            unread = next((f for f in invoice.findings if f.is_fatal and f.layer == "document"), None)
            because = f"{unread.rule_id}: {unread.message}; {why}" if unread is not None else why
            raise ReadableViewUnavailable(
                f"received invoice {invoice_id} could not be read: no readable view can be drawn from it ({because})",
                path="invoice_id",
            )
        parsed = invoice.invoice
        if parsed.totals is None or parsed.vat_breakdown is None:
            parsed = compute_totals(parsed)
        return ReadableCopy(await asyncio.to_thread(self.render_page, parsed), "gateway", why)

    async def _platform_view(
        self, invoice: ReceivedInvoice, *, platform_only: bool
    ) -> tuple[bytes | None, str]:
        """The platform's copy, or None and why not. Only PlatformUnavailable (a timeout included) is raised, and
        only when `platform_only`."""
        platforms = self.platforms
        profile = None
        if platforms is not None:
            profile = platforms.named(invoice.platform) or platforms.with_provider(invoice.platform)
        if profile is None or profile.readable is None:
            return None, f"the platform {invoice.platform!r} offers no readable copy"
        try:
            async with asyncio.timeout(self.readable_timeout_s):
                content = await profile.readable.readable_view(invoice.platform_invoice_id)
        except (TimeoutError, PlatformUnavailable) as exc:
            unavailable = (
                exc
                if isinstance(exc, PlatformUnavailable)
                else PlatformUnavailable(f"no answer within {self.readable_timeout_s:g} s")
            )
            if platform_only:
                raise unavailable from exc
            return None, f"the platform's readable copy is unavailable: {unavailable}"
        except PlatformError as exc:
            return None, f"the platform refused its readable copy: {type(exc).__name__}: {exc}"
        if content is None:
            return None, "the platform has no readable copy of this invoice"
        if not content.startswith(b"%PDF-"):
            return None, "the platform's readable copy is not a PDF"
        if len(content) > MAX_READABLE_BYTES:
            return None, f"the platform's readable copy is larger than {MAX_READABLE_BYTES} bytes"
        return content, ""

    async def set_buyer_status(
        self,
        company: str,
        invoice_id: str,
        label: str,
        *,
        reason: str = "",
        message: str = "",
        amount: Decimal | None = None,
        currency: str = "",
        booked: BookedAmounts | None = None,
        on_difference: OnDifference = OnDifference.REFUSE,
        request_id: str = "",
    ) -> QueuedStatus:
        """With `booked` (APPROVED only), the invoice is first compared with the buyer's books (domain.books_check):
        a difference beyond the company's tolerance refuses the approval (BooksMismatch), or turns it into 206 or
        207 as `on_difference` asks. With a `request_id`, the same request again answers what the first answered
        without queuing the status twice; the id asking something else is a RequestConflict."""
        refused_id = request_id_finding(request_id, "a retried status", required=False)
        if refused_id:
            raise RequestRejected([refused_id])
        status = buyer_status(label, reason=reason, message=message, amount=amount, currency=currency or EUR)
        if booked is not None and status.code != APPROVED:
            raise InvoiceRejected(
                [
                    Finding(
                        "PDP-BOOKS-STATUS",
                        Severity.FATAL,
                        f"booked amounts go with APPROVED (205), not with {status.code}",
                        "booked",
                        layer="request",
                    )
                ]
            )
        now: datetime = self.clock.now()
        found: tuple[Difference, ...] = ()
        async with self.uow() as uow:
            received = await self._locked(uow, company, invoice_id)
            if request_id:
                asked = status_request_fingerprint(
                    {
                        "received_id": received.id,
                        "status": str(status),
                        "booked": str(booked),
                        "on": on_difference,
                    }
                )
                first = await claimed_before(uow, company, request_id, asked, received.id, received=True)
                if first is not None:
                    return _queued_from_json(first)
            received.check_status(status)  # before the books are read
            if booked is not None:
                status, found = await self._against_books(uow, received, status, booked, on_difference)
            detail = " ".join(
                filter(None, (status.code, status.reason, difference_message(found) if found else ""))
            )
            received.queue_status(status, now, detail=detail)
            outbox_id = await uow.received.queue_outgoing(received, status)
            await uow.received.save(received)
            queued = QueuedStatus(status.code, outbox_id, found)
            if request_id:
                await uow.transmissions.answer_status_request(company, request_id, _queued_to_json(queued))
            await uow.commit()
            return queued

    async def record_payment(self, company: str, invoice_id: str, payment: Payment) -> ReceivedPaymentOutcome:
        """Money we sent for an invoice we received, as a fact (domain.payments: the books per VAT rate, refusals
        naming the rule), idempotent on the payment id. When the company turned it on (settings
        payment-sent-status), a payment (not a reversal) also queues 211 Paiement transmis for the supplier. The
        buyer's payments are not e-reported: payment data (10.2) is the seller's. A PAYMENT event and an audit entry
        record it, in the same transaction."""
        now: datetime = self.clock.now()
        async with self.uow() as uow:
            payments = uow.payments
            received = await self._locked(uow, company, invoice_id)
            if not isinstance(received.invoice, Invoice):
                raise PaymentRefused(
                    "PAY-UNREADABLE: this received invoice could not be read: its amounts are unknown",
                    (_pay_finding("PAY-UNREADABLE", "the received document could not be read"),),
                )
            known = await payments.get(company, payment.payment_id)
            if known is not None:
                known.check_replay(invoice_id, payment)
                books = await _books(uow, received, received.invoice)
                return ReceivedPaymentOutcome(known.applied, books, replayed=True)
            # money sent is a fact too: its 211 says it went
            check_dated(payment, latest_french_day(now), received.invoice.issue_date)
            received.check_payable()
            start = await _books(uow, received, received.invoice)
            books, applied = start.apply(payment)
            await payments.add(
                StoredPayment(company, invoice_id, PaymentSide.SENT, payment, applied, now), books, ()
            )
            queued = 0
            if not applied.is_reversal and await uow.settings.sends_payment_sent(company):
                status = buyer_status(
                    "PAYMENT_SENT",
                    message=f"payment {applied.payment_id} of {applied.paid_on.isoformat()}",
                    amount=applied.amount,
                    currency=received.invoice.currency,
                )
                received.queue_status(status, now, detail="211")
                queued = await uow.received.queue_outgoing(received, status)
            detail = (
                applied.describe() + f"; outstanding {books.outstanding}" + ("; 211 queued" if queued else "")
            )
            # The PAYMENT event is the payment's one audit entry (received_invoice.payment), with its facts.
            facts = {"number": received.number, **applied.facts(books), "status_211_queued": bool(queued)}
            received.record_payment(now, detail=detail, facts=facts)
            await uow.received.save(received)
            await uow.commit()
            return ReceivedPaymentOutcome(applied, books, status_queued=bool(queued))

    async def books(self, company: str, received: ReceivedInvoice) -> Settlement | None:
        """What is owed, paid and outstanding per VAT rate on a received invoice (None when it could not be read)."""
        (books,) = await self.page_books(company, [received])
        return books

    async def page_books(self, company: str, page: Sequence[ReceivedInvoice]) -> Sequence[Settlement | None]:
        """`books` of each received invoice of a page, in its order: the page's facts read in bulk, one statement
        per kind of fact whatever its size (`ReceivedPageReads`; the documents of those read without theirs, as a
        listing reads them), then each one's books computed from them."""
        if not page:
            return []
        async with self.uow() as uow:
            unread = [r.id for r in page if not isinstance(r.invoice, Invoice)]
            read = await uow.received.documents_of(company, unread) if unread else {}
            documents = {r.id: r.invoice if isinstance(r.invoice, Invoice) else read.get(r.id) for r in page}
            sellers = {r.id: _seller(r, d) for r in page if (d := documents[r.id]) is not None}
            paid = await uow.payments.paid_per_rate_of(list(sellers))
            reads = await ReceivedPageReads.of(
                uow.received,
                company,
                [(seller, d) for i, seller in sellers.items() if seller and (d := documents[i]) is not None],
            )
            return [
                None if (d := documents[r.id]) is None else await _books_from(reads, paid.get(r.id, {}), r, d)
                for r in page
            ]

    @staticmethod
    async def _locked(uow: ReceptionUnitOfWork, company: str, invoice_id: str) -> ReceivedInvoice:
        """The received invoice with its history, locked: its statuses and payments are checked one after the
        other."""
        received = await uow.received.locked(company, invoice_id)
        if received is None:
            raise InvoiceNotFound(f"no received invoice {invoice_id}")
        return received

    @staticmethod
    async def _against_books(
        uow: ReceptionUnitOfWork,
        received: ReceivedInvoice,
        approval: OutgoingStatus,
        booked: BookedAmounts,
        on_difference: OnDifference,
    ) -> tuple[OutgoingStatus, tuple[Difference, ...]]:
        """The status to send once the invoice is compared with the books: the approval when it matches, else
        BooksMismatch or the 206 / 207 the caller asked for."""
        if not isinstance(received.invoice, Invoice):
            raise IllegalTransition(
                "this received invoice could not be read: there are no amounts to compare with the books",
                (
                    Finding(
                        "PDP-BOOKS-UNREADABLE",
                        Severity.FATAL,
                        "the received document could not be read, so its amounts are unknown",
                        "booked",
                        layer="books",
                    ),
                ),
            )
        supplier = received.invoice.seller.siren  # its own tolerance, when the company set one for it
        tolerance = await uow.settings.books_tolerance(received.company_siren, supplier)
        found = differences(received.invoice, booked, tolerance)
        if not found:
            return approval, ()
        if on_difference is OnDifference.REFUSE:
            raise BooksMismatch(found, tolerance)
        disputed = on_difference is OnDifference.DISPUTE
        replaced = buyer_status(
            "DISPUTED" if disputed else "PARTIALLY_APPROVED",
            reason=disputed_reason(found) if disputed else PARTIAL_REASON,
            message=" ".join(filter(None, (approval.message, difference_message(found))))[:1024],
            currency=approval.currency,
        )
        return replaced, found

    async def parked(self, company: str, page_size: int, page_token: str) -> Page[StoredDelivery]:
        return await self.inbox.parked(company, page_size, page_token)

    async def replay(self, company: str, delivery_id: int) -> bool:
        if not await self.inbox.replay(delivery_id, company):
            raise InvoiceNotFound(f"no parked delivery {delivery_id}")
        return True


async def _books(uow: ReceptionUnitOfWork, received: ReceivedInvoice, document: Invoice) -> Settlement:
    """`_books_from` as this unit of work reads them, one invoice's."""
    return await _books_from(uow.received, await uow.payments.paid_per_rate(received.id), received, document)


def _seller(received: ReceivedInvoice, document: Invoice) -> str:
    """The SIREN its books know its seller by ("" for a seller without one, a foreign supplier)."""
    return received.seller_siren or document.seller.siren


async def _books_from(
    reads: ReceivedBooksReads, paid: Mapping[Decimal, Decimal], received: ReceivedInvoice, document: Invoice
) -> Settlement:
    """What we owe per VAT rate on a received invoice, less what the credit notes its seller sent us naming it
    credit, with what we paid (`paid`, per rate); a received credit note's own books show what it credits on the
    invoice it names, or why it credits nothing. The same rules as the invoices we issue
    (domain.credit_notes.books_credit). A seller's number may be borne by several received invoices (one per
    number, type and year): a credit note naming more than one of them credits none
    (domain.credit_notes.ambiguous)."""
    seller, company = _seller(received, document), received.company_siren
    credit_notes = CreditNotesNaming(())
    namesakes: Sequence[Invoice] = ()
    named = None
    if not seller:
        pass  # a seller without SIREN (a foreign supplier): two such suppliers' numbers are not told apart
    elif not document.type_code.kind.credit_note:
        credit_notes = await reads.credit_notes(company, seller, document.number)
        if credit_notes.kinds:
            namesakes = await reads.credited_invoices(company, seller, document.number)
    elif len(document.preceding_invoices) == 1:
        namesakes = await reads.credited_invoices(company, seller, document.preceding_invoices[0].number)
        named = next((c for c in namesakes if names(document, c)), None)
    credit = books_credit(document, credit_notes, named, namesakes, received.lifecycle_code)
    books = Settlement.for_invoice(document).with_credited(credit.per_rate, credit.unapplied).with_paid(paid)
    # A copy (`copy_of`) is the same invoice delivered again: only the first copy is replaced or carries.
    books = await replacement(
        ReceivedCorrections(reads, company),
        document,
        books,
        with_its_buyer=not received.copy_of,
        lifecycle_code=received.lifecycle_code,
    )
    return books.with_lifecycle(received.lifecycle_code)


def _queued_to_json(queued: QueuedStatus) -> str:
    """The answer kept for a buyer status's request id (its retries answer it again)."""
    differences: list[JsonValue] = [
        {
            "rule_id": d.rule_id,
            "path": d.path,
            "booked": str(d.booked),
            "invoiced": str(d.invoiced),
            "vat_rate": None if d.vat_rate is None else str(d.vat_rate),
        }
        for d in queued.differences
    ]
    return canonical_json({"code": queued.code, "outbox_id": queued.outbox_id, "differences": differences})


def _queued_from_json(text: str) -> QueuedStatus:
    kept = json.loads(text)
    return QueuedStatus(
        kept["code"],
        kept["outbox_id"],
        tuple(
            Difference(
                d["rule_id"],
                d["path"],
                Decimal(d["booked"]),
                Decimal(d["invoiced"]),
                None if d["vat_rate"] is None else Decimal(d["vat_rate"]),
            )
            for d in kept["differences"]
        ),
    )
