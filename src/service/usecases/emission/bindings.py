"""The use cases bound to their dependencies, shaped as the edge (servicers, CLI, auth) calls them.

The container builds these once; each call opens its own unit of work. This is the seam tests override
(with fakes behind the same use cases) rather than patching imports.
"""

from __future__ import annotations

import contextlib
import functools
import random
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from domain.emission import InvoiceEvent, OutboundInvoice
from domain.errors import InvoiceRejected
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from domain.lifecycle import StatusEntry, check_outgoing
from domain.money import EUR
from domain.payments import Payment, Settlement
from domain.pipeline_ports import PipelineUnitOfWork
from domain.platform import InvalidPlatformRequest, OutgoingStatus
from domain.ports import (
    ApiKey,
    ApiKeyRepository,
    Clock,
    EventFeed,
    GroupCommitted,
    InvoiceFilter,
    Page,
    StoredEvent,
)
from domain.records_ports import RecordsUowFactory, SubmitUnitOfWork
from domain.serialization import canonical_json
from domain.totals import compute_totals
from service.usecases import api_keys as key_cases
from service.usecases import reporting as reporting_cases
from service.usecases.company_slots import Busy, CompanyRate, CompanySlots
from service.usecases.emission import invoices as cases
from service.usecases.emission.cancel import cancel_invoice
from service.usecases.emission.invoice_status import CancelledCarried, set_invoice_status
from service.usecases.emission.payments import (
    PaymentOutcome,
    books_findings,
    invoice_books,
    page_books,
    record_payment,
)
from service.usecases.emission.retry import Retried, retry_invoice
from service.usecases.large_reads import LargeReads, large_reads
from service.usecases.listing_slots import listing_slots

WATCH_STREAMS_PER_PROCESS = 1000
# One company's share: a key holder could otherwise open every stream and leave the other companies none. A company
# needs a stream per consumer (a few); each gRPC process has its own.
WATCH_STREAMS_PER_COMPANY = 32


class TooManySubscribers(Busy):
    """Too many event streams open: this company's share, or the process's (RESOURCE_EXHAUSTED with RetryInfo;
    resume later from the last event id)."""


watch_stream_slots = functools.partial(
    CompanySlots,
    "event streams",
    TooManySubscribers,
    per_process=WATCH_STREAMS_PER_PROCESS,
    per_company=WATCH_STREAMS_PER_COMPANY,
)

# The events a company's streams send, every stream together, per process: 2,000 a second, 10,000 at once after a
# quiet moment. Each event costs the process's loop about a quarter of a millisecond (the stream's interceptors,
# the mapping, gRPC's write), so 32 streams replaying ~9,800 events each from the start took most of the loop from
# every other company (their small calls' p99 0.06 -> 0.5 s). A consumer catching up on a day's events gets them
# at once; a replay past the burst comes at the pace, its stream waiting (never refused).
STREAM_EVENTS_PER_SECOND = 2_000
STREAM_EVENTS_BURST = 10_000
PACED_EVERY = 100  # events sent between two takes from the bucket


class StreamPaced(Busy):
    """A company's streams are past their events' pace (never reaches a client: the stream waits)."""


stream_event_pace = functools.partial(
    CompanyRate,
    "stream events",
    StreamPaced,
    per_second=STREAM_EVENTS_PER_SECOND,
    burst=STREAM_EVENTS_BURST,
)


@dataclass(eq=False, slots=True, kw_only=True)
class InvoiceUseCases:
    """With a `group_commit`, new invoices are written in batches with concurrent submissions. `canonical_text`
    computes request fingerprints (see domain.serialization.invoice_fingerprint). The rules are the `validator`
    (not `validate`: that is the API's method, which checks an invoice without submitting it)."""

    uow_factory: Callable[[], SubmitUnitOfWork]
    clock: Clock
    validator: cases.Validator
    feed: EventFeed
    records_uow_factory: RecordsUowFactory  # where the e-reporting declarations are
    # where the books are read (a credit note naming a replaced invoice is told so: `credit_note_findings`)
    books_uow_factory: Callable[[], PipelineUnitOfWork] | None = None
    new_id: Callable[[], str] = cases.new_invoice_id
    group_commit: GroupCommitted | None = None
    canonical_text: Callable[[Any], str] = canonical_json
    watch_slots: CompanySlots = field(default_factory=watch_stream_slots)  # the event streams open at once
    event_pace: CompanyRate = field(default_factory=stream_event_pace)  # and the events they send
    listing_slots: CompanySlots = field(default_factory=listing_slots)  # listings at once, with received ones
    large_reads: LargeReads = field(default_factory=large_reads)  # with GetInvoiceDocument's

    async def validate(self, invoice: Invoice) -> tuple[Invoice, Sequence[Finding]]:
        findings = cases.validate_invoice_only(invoice, self._rendered_validator)
        # The response shows the computed totals the findings were made on.
        return (invoice if invoice.totals is not None else compute_totals(invoice)), findings

    async def submit(self, company: str, request_id: str, invoice: Invoice) -> OutboundInvoice:
        cmd = cases.SubmitInvoice(company, request_id, invoice)
        return await cases.submit_invoice(
            cmd,
            uow=self.uow_factory(),
            clock=self.clock,
            validate=self._rendered_validator,
            new_id=self.new_id,
            group_commit=self.group_commit,
            canonical_text=self.canonical_text,
            to_rectify=functools.partial(reporting_cases.sale_to_rectify, company),
            books_findings=books_findings(company, self.books_uow_factory),
        )

    def _rendered_validator(self, invoice: Invoice) -> list[Finding]:
        """An invoice sent field by field is judged as the document the gateway renders of it too."""
        return [*self.validator(invoice), *cases.rendered_findings(invoice)]

    async def to_rectify(self, company: str, invoice: Invoice) -> tuple[tuple[date, date], ...]:
        return await reporting_cases.invoice_to_rectify(
            company, invoice, uow_factory=self.records_uow_factory
        )

    async def get(self, company: str, invoice_id: str) -> OutboundInvoice:
        return await cases.get_invoice(
            company, invoice_id, uow=self.uow_factory(), large_reads=self.large_reads
        )

    async def list(
        self, company: str, flt: InvoiceFilter, page_size: int, page_token: str
    ) -> tuple[Page[OutboundInvoice], Sequence[Settlement | None]]:
        """A page ListInvoices lists and each invoice's books (None each without a unit of work to read them), in
        one of the company's listings at once from the page to its books: a listing at the bound is never refused
        its books after its page was read."""
        with self.listing_slots.taken(company):
            page = await cases.list_invoices(company, flt, page_size, page_token, uow=self.uow_factory())
            if self.books_uow_factory is None:
                return page, [None] * len(page.items)
            return page, await page_books(company, page.items, uow=self.books_uow_factory())

    async def history(self, company: str, invoice_id: str) -> Sequence[InvoiceEvent]:
        return await cases.invoice_history(company, invoice_id, uow=self.uow_factory())

    async def subscribe(self, company: str, after_event_id: int) -> AsyncIterator[StoredEvent]:
        """The company's events after `after_event_id`, then as they come, in one of its stream slots until the
        stream ends (TooManySubscribers when none is free), at the company's pace (`event_pace`)."""
        with self.watch_slots.taken(company):
            sent = 0
            async for event in self.feed.subscribe(company, after_event_id):
                yield event
                sent += 1
                if sent == PACED_EVERY:
                    await self.event_pace.paced(company, sent)
                    sent = 0


@dataclass(frozen=True, slots=True)
class StatusRequest:
    """A lifecycle status the seller asks to send about one of its invoices, as the edge read it: checked by
    `PipelineUseCases.set_status`, not here."""

    code: str
    reason_code: str = ""
    amount: Decimal | None = None
    vat_rate: Decimal | None = None
    message: str = ""
    currency: str = ""  # empty: EUR
    request_id: str = ""  # the client's idempotency key; empty: none


@dataclass(eq=False, slots=True, kw_only=True)
class PipelineUseCases:
    """What a caller may ask of the transmission pipeline about one of its invoices. `rand` spreads the retries of
    payments that conflicted with a concurrent change of their invoice."""

    uow_factory: Callable[[], PipelineUnitOfWork]
    clock: Clock
    rand: Callable[[], float] = random.random
    # which platform a company's invoices go through and whether it carries the seller's 220 (None: none known to)
    cancelled_carried: CancelledCarried | None = None
    # InvoiceUseCases' (each call loads the invoice)
    large_reads: LargeReads = field(default_factory=large_reads)

    @contextlib.asynccontextmanager
    async def _loading(self, company: str, invoice_id: str) -> AsyncIterator[None]:
        """The block of a call that loads the invoice to change it: it reads it without its attachments, so it is
        one of its company's large reads by that size alone (an invoice of many lines), read in a unit of work of
        its own, ended before the call's."""
        async with self.uow_factory() as uow:
            size = await uow.invoices.stored_size(company, invoice_id, attachments=False)
        with self.large_reads.held(company, size):
            yield

    async def retry(self, company: str, invoice_id: str) -> Retried:
        async with self._loading(company, invoice_id):
            return await retry_invoice(company, invoice_id, uow=self.uow_factory(), clock=self.clock)

    async def cancel(self, company: str, invoice_id: str, *, reason: str, request_id: str) -> OutboundInvoice:
        async with self._loading(company, invoice_id):
            return await cancel_invoice(
                company,
                invoice_id,
                reason=reason,
                request_id=request_id,
                uow=self.uow_factory(),
                clock=self.clock,
            )

    async def set_status(self, company: str, invoice_id: str, asked: StatusRequest) -> OutboundInvoice:
        """A status breaking a lifecycle rule is refused (InvoiceRejected) before anything is read; the invoice's
        state and history are the use case's to check (IllegalTransition)."""
        status = StatusEntry(
            code=asked.code,
            at=self.clock.now(),
            source="seller",
            reason_code=asked.reason_code,
            amount=asked.amount,
            vat_rate=asked.vat_rate,
        )
        broken = check_outgoing(status)
        if broken:
            raise InvoiceRejected(broken)
        try:
            outgoing = OutgoingStatus(
                code=status.code,
                reason=status.reason_code,
                message=asked.message,
                amount=status.amount,
                currency=asked.currency or EUR,
                vat_rate=status.vat_rate,
            )
        except InvalidPlatformRequest as exc:  # e.g. a negative amount: no lifecycle rule names it
            raise InvoiceRejected(
                [Finding("PDP-STATUS", Severity.FATAL, str(exc), "status", layer="lifecycle")]
            ) from exc
        async with self._loading(company, invoice_id):
            return await set_invoice_status(
                company,
                invoice_id,
                outgoing,
                uow=self.uow_factory(),
                clock=self.clock,
                request_id=asked.request_id,
                cancelled_carried=self.cancelled_carried,
            )

    async def record_payment(self, company: str, invoice_id: str, payment: Payment) -> PaymentOutcome:
        async with self._loading(company, invoice_id):
            return await record_payment(
                company, invoice_id, payment, uow_factory=self.uow_factory, clock=self.clock, rand=self.rand
            )

    async def books(self, company: str, invoice: OutboundInvoice) -> Settlement:
        return await invoice_books(company, invoice, uow=self.uow_factory())


@dataclass(eq=False, slots=True, kw_only=True)
class ApiKeyUseCases:
    """Key administration (CLI) and authentication (interceptor). Listings never carry a secret."""

    keys: ApiKeyRepository
    clock: Clock

    async def create(self, company: str, name: str) -> dict[str, Any]:
        issued = await key_cases.create_api_key(company, name, keys=self.keys, clock=self.clock)
        return {**_key_dict(issued.key), "secret": issued.secret}

    async def list(self, company: str) -> list[dict[str, Any]]:
        return [_key_dict(k) for k in await key_cases.list_api_keys(company, keys=self.keys)]

    async def revoke(self, company: str, key_id: str) -> dict[str, Any]:
        revoked = await key_cases.revoke_api_key(company, key_id, keys=self.keys, clock=self.clock)
        return {"id": key_id, "company_siren": company, "revoked": revoked}

    async def authenticate(self, secret: str) -> ApiKey:
        return await key_cases.authenticate(secret, keys=self.keys)


def _key_dict(key: Any) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in asdict(key).items()}
