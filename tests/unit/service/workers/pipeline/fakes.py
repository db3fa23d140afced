"""In-memory stand-ins for the pipeline's ports beside tests.fakes (the one database and unit of work): the send
journal's batched unit of work, an outbox source with leases, a fake platform that can be scripted to fail, a fake
document processor."""

from __future__ import annotations

import asyncio
import copy
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from domain.document_file import DocumentFile
from domain.errors import ConcurrencyConflict
from domain.findings import ValidationReport
from domain.invoice import Invoice
from domain.leased_queue import GiveBack, LeaseLost
from domain.outage import OUTAGE_KEY
from domain.pipeline_ports import (
    OutboxKind,
    OutboxMessage,
    ParkedStatus,
    ProcessedDocument,
    SubmissionRecord,
)
from domain.platform import (
    DirectoryEntry,
    OutboundDocument,
    OutgoingStatus,
    PlatformHealth,
    PlatformStatus,
    Submission,
    SubmissionQuery,
    directory_identifier,
)
from domain.platform import SubmissionRecord as PlatformRecord
from domain.ports import NotCommitted
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase

# The pipeline tests' "now" (tests.fakes.FixedClock's default is earlier in the month).
PIPELINE_NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class FakeSendJournal:
    """The send journal on the fake store: call it for a unit of work that takes the send step's SENDING or SENT
    move only (any other call: NotCommitted, as PostgreSQL's), written on PostgreSQL's conditions (lease held,
    invoice at the version read, for SENT no status parked under the platform id) or NotCommitted.
    `refuse`: every move is "not written" (a failed batch). `park_while_sent`: a status parked under the platform
    id while SENT waited for its lock: the batch, which looks once it holds the lock, sees it."""

    def __init__(self, store: InMemoryDatabase) -> None:
        self.store = store
        self.refuse = False
        self.park_while_sent: ParkedStatus | None = None
        self.written: list[str] = []  # the moves written: "SENDING" / "SENT"

    def __call__(self) -> _FakeSendUnitOfWork:
        return _FakeSendUnitOfWork(self)


class _Refused:
    def __init__(self, allowed: object, names: tuple[str, ...]) -> None:
        self._allowed, self._names = allowed, names

    def __getattr__(self, name: str) -> Any:
        if name in self._names:
            return getattr(self._allowed, name)
        raise NotCommitted(f"the send journal does not batch {name}")


class _FakeSendUnitOfWork:
    def __init__(self, journal: FakeSendJournal) -> None:
        self._journal = journal
        self._inner = FakeUnitOfWork(journal.store)
        self._wrap()

    def _wrap(self) -> None:
        self._accepted: SubmissionRecord | None = None
        self._moves = 0
        self.invoices = _Refused(self._inner.invoices, ("attach", "save"))
        self.outbox = _Refused(self._inner.outbox, ())
        self.payments = _Refused(self._inner.payments, ())
        self.transmissions = _Refused(self, ("start_upload", "save_accepted_and_complete"))

    async def __aenter__(self) -> _FakeSendUnitOfWork:
        await self._inner.__aenter__()
        self._wrap()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.__aexit__(*exc)

    async def start_upload(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str, lease_s: float
    ) -> None:
        self._moves += 1
        await self._quietly(self._inner.transmissions.start_upload(record, message, owner, lease_s))

    async def save_accepted_and_complete(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str
    ) -> Sequence[ParkedStatus]:
        self._moves += 1
        self._accepted = record
        if await self._inner.transmissions.invoice_of_platform_id(
            record.platform, record.platform_id
        ) not in (
            None,
            (record.company_siren, record.invoice_id),
        ):
            raise NotCommitted("the batch failed on the platform id's unique index")  # as PostgreSQL's
        await self._quietly(self._inner.outbox.complete(message, owner))
        await self._inner.transmissions.save_submission(record)
        return ()  # parked ones make the batch skip the member (checked at commit)

    @staticmethod
    async def _quietly(call: Any) -> None:
        try:
            await call
        except LeaseLost as exc:  # PostgreSQL's batch finds it at commit: not written
            raise NotCommitted(str(exc)) from exc

    async def commit(self) -> None:
        journal, accepted = self._journal, self._accepted
        if self._moves != 1:
            raise NotCommitted("not one SENDING or SENT move")
        if accepted is not None and journal.park_while_sent is not None:
            journal.store.parked.setdefault(accepted.platform_id, []).append(journal.park_while_sent)
            journal.park_while_sent = None  # delivered once
        waiting = journal.store.parked.get(accepted.platform_id, []) if accepted is not None else []
        if journal.refuse or (
            accepted is not None and any(s.for_submission_of(accepted.platform) for s in waiting)
        ):
            raise NotCommitted("the batch did not write it")
        try:
            await self._inner.commit()
        except (LeaseLost, ConcurrencyConflict) as exc:
            raise NotCommitted(str(exc)) from exc
        journal.written.append("SENDING" if accepted is None else "SENT")


class FakeOutboxSource:
    def __init__(self, store: InMemoryDatabase) -> None:
        self.store = store

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[OutboxMessage]:
        now = self.store.clock.now()
        due = sorted(
            (
                r
                for r in self.store.outbox.values()
                if r.done_at is None
                and r.next_attempt_at <= now
                and (r.lease_until is None or r.lease_until <= now)
            ),
            key=lambda r: (r.next_attempt_at, r.id),
        )[:limit]
        messages = []
        for row in due:
            # Like the PostgreSQL claim: the invoice and submission as they are now, whether a lease expired, and a
            # send row's document.
            invoice = self.store.invoices.get(row.invoice_id)
            if invoice is not None and invoice.company_siren != row.company_siren:
                invoice = None
            messages.append(
                OutboxMessage(
                    row.id,
                    row.invoice_id,
                    row.company_siren,
                    row.kind,
                    dict(row.payload),
                    row.attempts,
                    invoice=copy.deepcopy(invoice),
                    submission=copy.deepcopy(self.store.submissions.get(row.invoice_id)),
                    interrupted=bool(row.lease_owner),
                    queued_at=row.created_at,
                    document=self.store.documents.get(row.invoice_id)
                    if row.kind == OutboxKind.SEND
                    else None,
                )
            )
            row.lease_owner, row.lease_until = owner, now + timedelta(seconds=lease_s)
        return messages

    async def wait_for_work(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(self.store.notified.wait(), timeout)
        except TimeoutError:
            pass
        self.store.notified.clear()

    async def release(
        self, message: OutboxMessage, owner: str, again: GiveBack, *, error: str, count: bool
    ) -> None:
        row = self.store.outbox[message.id]
        if row.lease_owner != owner:
            return
        if again.cut_short:  # as the PostgreSQL release: the holder kept, its lease ended now (`interrupted`)
            row.lease_until, row.last_error = self.store.clock.now(), error
        else:
            row.lease_owner, row.lease_until, row.last_error = "", None, error
        row.attempts += 1 if count else 0
        if again.outage is None:
            row.payload.pop(OUTAGE_KEY, None)
        else:
            row.payload[OUTAGE_KEY] = again.outage.to_payload()
        after = again.after
        if after is None:
            row.done_at = self.store.clock.now()
        else:
            row.next_attempt_at = self.store.clock.now() + after  # from the queue's own clock


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs, no handler catches it."""


@dataclass
class Upload:
    platform_id: str
    sha256: str
    number: str


class FakePlatform:
    """Scripted platform. `submit_script` entries run one per submit: an exception to raise before accepting,
    "accept", "accept_then:<exc>" (the platform keeps it, the caller sees the exception), "duplicate",
    ("answer_id", id) (kept under an id of its own, answered `id`), ("accept_as", id) (kept and answered as `id`:
    a platform giving one id to two documents) or ("accept_as_then", id, exc) (kept as `id`, the caller sees exc)."""

    def __init__(self, store: InMemoryDatabase | None = None) -> None:
        self.uploads: list[Upload] = []
        self.submit_script: list[Any] = []
        self.search_script: list[Any] = []
        self.searches = 0
        self.lookup_script: list[BaseException] = []  # raised one per directory lookup, before answering
        self.directory: dict[str, DirectoryEntry] = {}
        self.default_reachable = True
        self.lookups = Counter[str]()
        self.sent_statuses: list[tuple[str, OutgoingStatus]] = []
        self.status_script: list[Any] = []
        self.history_script: list[Any] = []
        self._status_log: list[tuple[str, OutgoingStatus, datetime]] = []
        self.on_submit: Callable[[OutboundDocument], None] | None = None
        self.hidden_from_search = False
        self.tells_hashes = (
            True  # False: its search finds by number and its records carry no sha256 (send.matching)
        )
        self.clock: FixedClock | None = None  # dates the statuses sent to it
        self.history_date: datetime | None = (
            None  # its history's date of every status (a clock ahead, a far date)
        )

    def uploads_of(self, sha256: str) -> int:
        return sum(1 for u in self.uploads if u.sha256 == sha256)

    async def submit(self, document: OutboundDocument) -> Submission:
        if self.on_submit is not None:
            self.on_submit(document)
        action = self.submit_script.pop(0) if self.submit_script else "accept"
        if isinstance(action, BaseException):
            raise action
        if action == "duplicate":
            existing = next(u for u in self.uploads if u.sha256 == document.sha256)
            return Submission(existing.platform_id, datetime.now(UTC), duplicate=True)
        given = (
            action[1]
            if isinstance(action, tuple) and action[0] in ("accept_as", "accept_as_then")
            else f"P-{len(self.uploads) + 1}"
        )
        upload = Upload(given, document.sha256, document.tracking_id)
        self.uploads.append(upload)
        if isinstance(action, tuple) and action[0] == "answer_id":
            return Submission(action[1], datetime.now(UTC))
        if isinstance(action, tuple) and action[0] == "accept_then":
            raise action[1]
        if isinstance(action, tuple) and action[0] == "accept_as_then":
            raise action[2]
        return Submission(upload.platform_id, datetime.now(UTC))

    async def find_submissions(self, query: SubmissionQuery) -> list[PlatformRecord]:
        self.searches += 1
        if self.search_script:
            action = self.search_script.pop(0)
            if isinstance(action, BaseException):
                raise action
        if self.hidden_from_search:
            return []
        return [
            PlatformRecord(u.platform_id, None, u.number, u.sha256 if self.tells_hashes else "")
            for u in self.uploads
            if (not query.sha256 or not self.tells_hashes or u.sha256 == query.sha256)
            and (not query.invoice_number or u.number == query.invoice_number)
        ]

    async def status_history(self, platform_id: str) -> list[PlatformStatus]:
        """The statuses sent for `platform_id` (like IOPOLE's status-history); `history_script` may fail it."""
        if self.history_script:
            action = self.history_script.pop(0)
            if isinstance(action, BaseException):
                raise action
        return [
            PlatformStatus(code=s.code, label=s.code, raw_code=s.code, at=self.history_date or at)
            for pid, s, at in self._status_log
            if pid == platform_id
        ]

    async def send_status(self, platform_id: str, status: OutgoingStatus) -> None:
        """`status_script` entries run one per call: an exception raised before the platform takes the status,
        or ("accept_then", exception): the platform keeps it, the caller sees the exception."""
        action = self.status_script.pop(0) if self.status_script else "accept"
        if isinstance(action, BaseException):
            raise action
        self.sent_statuses.append((platform_id, status))
        self._status_log.append((platform_id, status, self.clock.now() if self.clock else datetime.now(UTC)))
        if isinstance(action, tuple):
            raise action[1]

    async def lookup_directory(self, siren: str, address: str = "") -> DirectoryEntry:
        """Answers by `directory_identifier` (the address, else the SIREN), as the platforms do; counted by it."""
        identifier = directory_identifier(siren, address)
        self.lookups[identifier] += 1
        if self.lookup_script:
            raise self.lookup_script.pop(0)
        if identifier in self.directory:
            return self.directory[identifier]
        if self.default_reachable:
            return DirectoryEntry(identifier=identifier, reachable=True, registered=True)
        return DirectoryEntry.unknown(identifier)

    async def health(self) -> PlatformHealth:
        return PlatformHealth(ok=True)


class FakeProcessor:
    """Renders a deterministic document per invoice number; `report` decides validity; `fail` raises instead."""

    def __init__(self) -> None:
        self.report = ValidationReport(artifacts=(("fake", "1"),))
        self.failures: list[Exception] = []
        self.calls = 0

    async def process(self, invoice: Invoice) -> ProcessedDocument:
        from domain.pipeline_ports import ContentNotRenderable, ProcessingFailed

        self.calls += 1
        if self.failures:
            failure = self.failures.pop(0)
            raise failure if isinstance(failure, ContentNotRenderable) else ProcessingFailed(str(failure))
        content = f"<Invoice number='{invoice.number}'/>".encode()
        from domain.platform import DocumentProfile, DocumentSyntax

        return ProcessedDocument(
            **DocumentFile.of(content, "application/xml", f"{invoice.number}.xml").file_fields(),
            syntax=DocumentSyntax.CII,
            profile=DocumentProfile.CIUS,
            report=self.report,
        )


def copy_with(obj: Any, **changes: Any) -> Any:
    return replace(obj, **changes)
