"""What the transmission pipeline needs from storage and from the document toolchain.

The pipeline's unit of work extends the invoice unit of work with the outbox rows it consumes and produces and
with what it records about each transmission (documents, validation reports, submissions, platform statuses).
Everything one step changes is committed together; the platform is always called outside a transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field, fields
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final, Protocol

from domain.archive_ports import AuditLog
from domain.audit import Acting
from domain.document_file import DocumentFile
from domain.emission import OutboundInvoice
from domain.findings import ValidationReport
from domain.invoice import Invoice
from domain.leased_queue import LeasedQueue, wait_until
from domain.outage import Outage
from domain.payment_ports import PaymentRepository
from domain.platform import DirectoryEntry, DocumentProfile, DocumentSyntax, PlatformStatus
from domain.ports import InvoiceRepository, UnitOfWork


class OutboxKind(StrEnum):
    """Every kind of outbox row: the one registry. Each kind is claimed by the relay that has a step for it."""

    RENDER_VALIDATE = "render_validate"  # pipeline: render, validate with the official artifacts, archive
    SEND = "send"  # pipeline: deposit the document on the platform
    SEND_STATUS = "send_status"  # pipeline: send a buyer status of a received invoice
    HELD_PAYMENTS = (
        "held_payments"  # pipeline: apply (once SENT) or refuse the payments held until the deposit
    )
    SUBMIT_DECLARATION = "submit_declaration"  # e-reporting relay (service.workers.declarations): its calls


# The kinds the transmission pipeline's dispatcher runs (the others belong to the e-reporting relay).
PIPELINE_KINDS: Final = frozenset(
    {OutboxKind.RENDER_VALIDATE, OutboxKind.SEND, OutboxKind.SEND_STATUS, OutboxKind.HELD_PAYMENTS}
)


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """A claimed outbox row, whatever its kind and relay. `attempts` counts the failed attempts before this one.

    The claim also reads what the steps read first (one query instead of one transaction per step): the invoice
    of a render or send row (None for the other kinds, whose steps read it without its attachments when they need
    it) and its submission as they were at claim time. A step that changes the invoice attaches it to its unit of
    work, whose optimistic version check rejects the save if anyone changed it since.
    `interrupted`: the previous holder's lease expired (it died or hung mid-step, maybe mid platform call).
    `document`: for a send row, the invoice's stored document as of the claim (None when the source does not read
    it); the send step uses it only when its sha256 is the claimed invoice's `document_sha256`.
    """

    id: int
    invoice_id: str
    company_siren: str
    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 0
    invoice: OutboundInvoice | None = None
    submission: SubmissionRecord | None = None
    interrupted: bool = False
    queued_at: datetime | None = None
    document: StoredDocument | None = None

    @property
    def outage(self) -> Outage | None:
        """The platform outage the row waits through (domain.outage), kept in its payload between attempts."""
        return Outage.of_payload(self.payload)


def outage_of(message: OutboxMessage) -> Outage | None:
    """How the relays of outbox rows read back the outage a row waits through (service.workers.relay.Retries)."""
    return message.outage


class OutboxSource(LeasedQueue[OutboxMessage], Protocol):
    """The outbox as the dispatcher's leased queue (a claim reads the invoice and its submission too)."""


class PipelineInvoices(InvoiceRepository, Protocol):
    def attach(self, invoice: OutboundInvoice) -> None:
        """Adopt an invoice read outside this unit of work (with its outbox row) as if `get` had read it."""
        ...


class OutboxRepository(Protocol):
    """Outbox writes inside a unit of work; completing or rescheduling a row checks we still hold its lease."""

    async def add(self, work: QueuedWork) -> None:
        """A row to run now, written in this unit of work's transaction."""
        ...

    async def complete(
        self, message: OutboxMessage, owner: str, *, error: str = "", count: bool = False
    ) -> None:
        """Mark the row done (error set when it ends in failure: parked); `count` adds the failed attempt."""
        ...

    async def reschedule(self, message: OutboxMessage, owner: str, again: NextAttempt) -> None:
        """Run the row again as `again` says and release the lease."""
        ...

    async def renew(self, message: OutboxMessage, owner: str, lease_s: float) -> None:
        """Extend our lease (raises LeaseLost when the row is no longer ours)."""
        ...

    async def hold_open_rows(self, company_siren: str, invoice_id: str) -> HeldRows:
        """Lock the invoice's open rows until the end of the transaction, as a dispatcher's claim locks the rows it
        takes (waiting for a claim in progress): no dispatcher can claim them, nor write under a lease it holds on
        them, before this transaction ends. `leased` tells whether a dispatcher is working on one right now."""
        ...

    async def close_rows(self, rows: HeldRows, error: str) -> None:
        """Mark held rows done with `error`: no dispatcher will run them (their lease holders lose them)."""
        ...


@dataclass(frozen=True, slots=True)
class QueuedWork:
    """Work for a relay, queued as an outbox row of `kind` for the company; `invoice_id` None for work of no
    invoice (a declaration's, named in `payload`). Claimed, it is read back as an OutboxMessage."""

    kind: OutboxKind
    company_siren: str
    invoice_id: str | None
    payload: Mapping[str, Any] | None = None
    # Due from then on (None: now). The next step of an invoice keeps the place in line of the row it follows:
    # queued "now", a send waited behind every render of a backlog submitted before it.
    due: datetime | None = None


@dataclass(frozen=True, slots=True)
class NextAttempt:
    """When an outbox row runs again, and why: `count` adds one failed attempt to the row; `payload` keys are merged
    into the row's payload (what the next attempt must know)."""

    at: datetime
    error: str
    count: bool
    payload: Mapping[str, Any] | None = None
    _: KW_ONLY
    # the deciding clock's reading `at` was worked out from (leased_queue.wait_until)
    decided: datetime | None

    def __post_init__(self) -> None:
        wait_until(self.at, self.decided)

    @property
    def after(self) -> timedelta | None:
        return wait_until(self.at, self.decided)


@dataclass(frozen=True, slots=True)
class HeldRows:
    ids: tuple[int, ...]
    leased: bool  # a dispatcher holds a live lease on one of them
    kinds: frozenset[str] = frozenset()  # the rows' kinds (OutboxKind)


@dataclass(frozen=True, slots=True)
class Cancellation:
    """A CancelInvoice: the idempotency key it came with and its reason."""

    invoice_id: str
    company_siren: str
    request_id: str
    reason: str
    cancelled_at: datetime


class SubmissionOutcome(StrEnum):
    """What we know about the last upload attempt of an invoice."""

    PENDING = "PENDING"  # recorded before the platform call: a crash leaves it here, so reconcile
    ACCEPTED = "ACCEPTED"  # the platform gave an id (201, or 409 duplicate)
    UNAVAILABLE = "UNAVAILABLE"  # 429/5xx/unreachable before acceptance: safe to send again
    REJECTED = "REJECTED"  # permanent refusal
    UNKNOWN = "UNKNOWN"  # timeout or reset after the request left: reconcile before any resend

    @property
    def may_be_on_platform(self) -> bool:
        return self in (SubmissionOutcome.PENDING, SubmissionOutcome.UNKNOWN)


@dataclass(slots=True)
class SubmissionRecord:
    """The `submissions` row: written with sha256 + number BEFORE the platform call."""

    invoice_id: str
    company_siren: str
    platform: str
    sha256: str
    invoice_number: str
    attempt_started_at: datetime
    outcome: SubmissionOutcome = SubmissionOutcome.PENDING
    platform_id: str = ""
    reconciled_at: datetime | None = None
    uploads: int = 0  # platform calls made for this invoice (each one after a reconcile found nothing)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlatformDocument(DocumentFile):
    """A document as the platform receives it, byte-exact (its sha256 is what the platform sees)."""

    syntax: DocumentSyntax
    profile: DocumentProfile


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredDocument(PlatformDocument):
    """The platform document of an invoice, as stored once rendered (or submitted) and validated."""

    invoice_id: str

    @classmethod
    def for_invoice(cls, invoice_id: str, document: PlatformDocument) -> StoredDocument:
        """The invoice's copy of `document`: every field a platform document has (a processed one's report is
        stored beside it, not in it)."""
        shared = {f.name: getattr(document, f.name) for f in fields(PlatformDocument)}
        return cls(invoice_id=invoice_id, **shared)


@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessedDocument(PlatformDocument):
    """The output of rendering + every official validation layer, computed in a worker process."""

    report: ValidationReport = field(default_factory=ValidationReport)


@dataclass(frozen=True, slots=True)
class StatusRecord:
    """One platform lifecycle status of an invoice (received) or a status we sent (source "sent")."""

    invoice_id: str
    status: PlatformStatus
    source: str  # "platform", "webhook", "poll", "sandbox", "sent"
    amount: Decimal | None = None


# How long a status about a platform id none of our submissions has stays parked. It waits for the SENT commit of
# its deposit: milliseconds behind a fast platform, at the latest when reconciliation finds a deposit whose answer
# was lost, within PIPELINE_OUTAGE_PATIENCE_S (7 days at most) and its attempts. Past this it is no status of ours
# (a platform speaking of another client's invoices): dropped, so such a platform cannot grow the table for ever.
PARKED_STATUS_LIFETIME = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class ParkedStatus:
    """A status delivered before the submission it belongs to was committed, kept with who delivered it: it is
    applied later in the gateway's own transaction (SENT's commit), and its audit entry still names the platform
    and the delivery's request id. `acting` is None for a status parked before the actor was kept (migration 0120):
    the applying commit's actor stands in. `platform`: the platform (profile) that brought it, whose submission
    alone takes it ("" for one parked before migration 0310: the first submission given its id). It lives
    PARKED_STATUS_LIFETIME."""

    status: PlatformStatus
    source: str
    acting: Acting | None = None
    platform: str = ""

    def for_submission_of(self, platform: str) -> bool:
        return self.platform in ("", platform)


class TransmissionRepository(Protocol):
    async def save_validated(self, document: StoredDocument, report: ValidationReport) -> None:
        """The rendered document and the report of the official layers run on it (replacing earlier ones)."""
        ...

    async def document(self, invoice_id: str) -> StoredDocument | None: ...

    async def submitted(self, invoice_id: str) -> DocumentFile | None:
        """The client's own document for the invoice (SubmitInvoice with a ready document), else None: the
        platform must receive exactly these bytes."""
        ...

    async def report(self, invoice_id: str) -> ValidationReport | None: ...

    async def submission(self, invoice_id: str) -> SubmissionRecord | None: ...

    async def save_submission(self, record: SubmissionRecord) -> None: ...

    async def start_upload(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str, lease_s: float
    ) -> None:
        """`save_submission` and `OutboxRepository.renew` in one write (one round trip): the submission is saved
        only while we hold the lease; raises LeaseLost otherwise."""
        ...

    async def save_accepted(self, record: SubmissionRecord) -> Sequence[ParkedStatus]:
        """Save a submission the platform now knows as `record.platform_id` and take the statuses parked under
        that id, under the per-platform-id lock (see `invoice_of_platform_id`). PlatformIdTaken when another
        invoice's submission has that id."""
        ...

    async def save_accepted_and_complete(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str
    ) -> Sequence[ParkedStatus]:
        """`save_accepted` with `OutboxRepository.complete(message, owner)` riding on its first write: the
        submission is saved only while we hold the lease; raises LeaseLost otherwise."""
        ...

    async def invoice_of_platform_id(self, platform: str, platform_id: str) -> tuple[str, str] | None:
        """(company_siren, invoice_id) of the submission `platform` (the profile it went through) knows as
        `platform_id`: another platform's id names nothing of ours, whatever it holds.

        Holds a per-platform-id lock until the end of the transaction, like `save_accepted`: a status
        is either parked before SENT is committed (and taken by that commit) or finds the submission."""
        ...

    async def add_status(self, record: StatusRecord) -> bool:
        """Store a status; False when it was already stored (same status id, or same code/time/raw code)."""
        ...

    async def statuses(self, invoice_id: str) -> Sequence[StatusRecord]: ...

    async def statuses_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Sequence[StatusRecord]]:
        """`statuses` of each invoice, in one read (one with none: absent or empty)."""
        ...

    async def park_status(self, platform_id: str, parked: ParkedStatus) -> None:
        """Keep a status whose submission is not committed yet (a platform can answer faster than we commit)."""
        ...

    async def cancellation(self, invoice_id: str) -> Cancellation | None: ...

    async def save_cancellation(self, cancellation: Cancellation) -> None: ...

    async def claim_status_request(
        self, company_siren: str, request_id: str, fingerprint: str, invoice_id: str, *, received: bool
    ) -> ClaimedRequest | None:
        """Record a status request id (SetInvoiceStatus, SetBuyerStatus) with the fingerprint of what it asks and
        the invoice it is about (a received invoice when `received`), with which it is kept, in this transaction;
        None when the id is new, else what it was first recorded with. A concurrent claim of the same id waits for
        this transaction's end."""
        ...

    async def answer_status_request(self, company_siren: str, request_id: str, answer: str) -> None:
        """Keep the answer of the request claimed in this transaction, for its retries."""
        ...


@dataclass(frozen=True)
class ClaimedRequest:
    """A status request id as first recorded: what it asked (a retry when equal), the answer kept for its retries,
    and the invoice (or received invoice) it was about."""

    fingerprint: str
    answer: str
    invoice_id: str


class PlatformIdTaken(Exception):
    """Raised by `TransmissionRepository.save_accepted` (and `save_accepted_and_complete`), nothing written: the
    platform gave this submission an id another invoice's submission already has (through the same platform
    profile). A platform bug; the send step reconciles by search, and fails the invoice if that gives the same id."""

    def __init__(self, platform: str, platform_id: str) -> None:
        super().__init__(f"{platform} id {platform_id} is already another invoice's")
        self.platform = platform
        self.platform_id = platform_id


class PipelineUnitOfWork(UnitOfWork, Protocol):
    """The emission's unit of work (domain.ports.UnitOfWork) with the pipeline's repositories. Two implementations
    on PostgreSQL: a transaction of its own (adapters.postgres.transmissions.PgPipelineUnitOfWork), and the send
    journal (adapters.postgres.send_journal), which group-commits the send step's SENDING and SENT moves and raises
    domain.ports.NotCommitted for anything else, or when a condition of its batch failed (see
    service.workers.pipeline.steps.commit_work)."""

    @property
    def invoices(self) -> PipelineInvoices: ...

    @property
    def outbox(self) -> OutboxRepository: ...

    @property
    def transmissions(self) -> TransmissionRepository: ...

    @property
    def payments(self) -> PaymentRepository: ...

    @property
    def audit(self) -> AuditLog:
        """The company's hash-chained log, in the same transaction."""
        ...


class DirectoryCache(Protocol):
    async def get(self, identifier: str, now: datetime) -> DirectoryEntry | None:
        """A cached entry still fresh at `now`, else None."""
        ...

    async def put(self, identifier: str, entry: DirectoryEntry, expires_at: datetime) -> None: ...


class DocumentProcessor(Protocol):
    """Renders the platform document and runs every official layer (CPU-bound: a process pool)."""

    async def process(self, invoice: Invoice) -> ProcessedDocument:
        """Raises ProcessingFailed when the work could not complete (the invoice is then not valid)."""
        ...

    async def check(self, original: DocumentFile, french_seller: bool) -> ProcessedDocument:
        """Every official layer on the client's own bytes, kept as the document to send; ProcessingFailed as above."""
        ...


class ContentNotRenderable(Exception):
    """The invoice's own content cannot be written as a document (a value the writers or the XML library refuse):
    rendering is a pure function of the invoice, so retrying cannot help. The invoice is INVALID with a
    PDP-RENDER finding, never FAILED after max_attempts. Its only argument is the message (it crosses the
    process pool by pickling)."""

    RULE = "PDP-RENDER"


class ProcessingFailed(Exception):
    """Rendering or validation could not run (worker crash, unloadable artifact): fail closed, retry later."""
