"""Archive use cases: keep a document, read it back, verify every hash and the audit chain, export for an auditor.

Every action is recorded in the company's audit log, in the same transaction as the action itself (a verification
or an export is recorded after it ran, since it reads a snapshot).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import IO, Any, TypeVar

from domain.archive import GENESIS_HASH, archive_json, content_address, entry_hash
from domain.archive_ports import (
    ArchivedDocumentNotFound,
    ArchivedItem,
    ArchiveError,
    ArchiveKind,
    ArchiveMetadata,
    AuditEntry,
    AuditEvent,
)
from domain.bounds import shorten
from domain.errors import Refusal, RequestRejected
from domain.findings import Finding, Severity
from domain.ports import Clock
from domain.records_ports import ArchiveRecords, RecordsUowFactory, StreamingArchive
from service.usecases.export_zip import PART_BYTES, ZipStream, spooled
from service.usecases.large_reads import LargeReads

T = TypeVar("T")
MANIFEST_NAME = "MANIFEST.sha256"
AUDIT_LOG_NAME = "audit/audit_log.jsonl"
# What became of the period's documents afterwards (statuses, payments, cancellations, declarations' outcomes).
LATER_LOG_NAME = "audit/later_entries.jsonl"
INDEX_NAME = "documents.jsonl"
README_NAME = "README.txt"
DEFAULT_EXPORT_LIMIT = 512 * 1024 * 1024  # bytes of documents in one export: narrow the dates beyond that
RULE_DIGEST = "PDP-DIGEST"
RULE_DATE_RANGE = "PDP-DATE-RANGE"

_EXTENSIONS = {
    "application/pdf": "pdf",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/json": "json",
    "text/plain": "txt",
}


# --- keeping and reading documents ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ArchiveReceipt:
    sha256: str
    created: bool  # False: the same bytes were already archived for this company (idempotent)


async def archive_in(
    uow: ArchiveRecords,
    company: str,
    kind: ArchiveKind,
    data: bytes,
    meta: ArchiveMetadata,
    *,
    at: datetime,
) -> ArchiveReceipt:
    """Archive inside the caller's transaction (e.g. with the declaration it proves); audited when new."""
    sha256, created = await uow.archive.put(company, kind, data, meta)
    if created:
        details: dict[str, Any] = {
            "kind": str(kind),
            "media_type": meta.media_type,
            "size": len(data),
            "document_date": meta.document_date,
        }
        if meta.invoice_id:
            details["invoice_id"] = meta.invoice_id
        if meta.declaration_id:
            details["declaration_id"] = meta.declaration_id
        await uow.audit.append(company, AuditEvent("archive.stored", "document", sha256, details), at)
    return ArchiveReceipt(sha256, created)


async def archive_document(
    company: str,
    kind: ArchiveKind,
    data: bytes,
    meta: ArchiveMetadata,
    *,
    uow_factory: RecordsUowFactory,
    clock: Clock,
) -> ArchiveReceipt:
    async with uow_factory() as uow:
        receipt = await archive_in(uow, company, kind, data, meta, at=clock.now())
        await uow.commit()
    return receipt


def _refused(rule: str, field: str, message: str) -> RequestRejected:
    return RequestRejected([Finding(rule, Severity.FATAL, message, field, layer="request")])


async def get_archived_document(
    company: str,
    sha256: str,
    *,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    large_reads: LargeReads | None = None,
) -> ArchivedItem:
    """The document as archived; every read is audited (who consulted which original, when). A document stored in
    more than LARGE_READ_BYTES (a Factur-X of 20 MiB of attachments is 41 MB) is one of the company's large reads."""
    if len(sha256) != 64 or any(c not in "0123456789abcdefABCDEF" for c in sha256):
        raise _refused(RULE_DIGEST, "sha256", f"{shorten(sha256, 80)!r} is not a SHA-256 hex digest")
    async with uow_factory() as uow:
        size = await uow.archive.stored_size(company, sha256.lower())
        with large_reads.held(company, size) if large_reads is not None else contextlib.nullcontext():
            item = await uow.archive.get(company, sha256.lower())
        if item is None:
            raise ArchivedDocumentNotFound(f"no archived document {sha256.lower()} for this company")
        await uow.audit.append(company, AuditEvent("archive.read", "document", item.sha256), clock.now())
        await uow.commit()
    return item


# --- verification ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BrokenDocument:
    sha256: str  # the address it is stored under
    kind: str
    document_date: date
    reason: str


@dataclass(frozen=True, slots=True)
class BrokenEntry:
    seq: int
    reason: str


@dataclass(frozen=True, slots=True)
class VerificationReport:
    company_siren: str
    documents_checked: int
    entries_checked: int
    broken_documents: tuple[BrokenDocument, ...] = ()
    broken_entries: tuple[BrokenEntry, ...] = ()
    chain_head: str = GENESIS_HASH

    @property
    def ok(self) -> bool:
        return not self.broken_documents and not self.broken_entries


def check_document(item: ArchivedItem) -> str:
    """Why an archived document fails its integrity check, or "" when it holds."""
    return _fails(item, content_address(item.content), len(item.content))


def _fails(item: ArchivedItem, actual: str, length: int) -> str:
    if actual != item.sha256:
        return f"content hashes to {actual}, not to the address it was archived under"
    if length != item.size:
        return f"content holds {length} bytes, {item.size} were archived"
    return ""


def _listed_only(item: ArchivedItem) -> bool:
    """The store listed the document without its content (a large one): read it a piece at a time."""
    return not item.content and item.size > 0


async def _content(archive: StreamingArchive, item: ArchivedItem) -> AsyncIterator[bytes | memoryview]:
    """The document's content in parts of at most PART_BYTES, read from the store if it came without it (in pieces
    that may be larger: a compressed document's are a page)."""
    if _listed_only(item):
        async for piece in archive.pieces(item.company_siren, item.sha256):
            for part in _parts(piece):
                yield part
        return
    for part in _parts(item.content):
        yield part


def _parts(data: bytes) -> Iterator[memoryview]:
    view = memoryview(data)
    for offset in range(0, len(view), PART_BYTES):
        yield view[offset : offset + PART_BYTES]


async def _check_in_pieces(archive: StreamingArchive, item: ArchivedItem) -> str:
    digest, length = hashlib.sha256(), 0
    async for piece in _content(archive, item):
        await asyncio.to_thread(digest.update, piece)
        length += len(piece)
    return _fails(item, digest.hexdigest(), length)


class ChainChecker:
    """Checks a chain entry by entry (memory stays flat whatever the log's length).

    Same rule as domain.archive.broken_entries: each entry is checked against its predecessor's stored hash, so
    an altered entry is named alone; a removed entry shows as a sequence gap at the entry after it.
    """

    def __init__(self) -> None:
        self.prev = GENESIS_HASH
        self.expected_seq = 1
        self.count = 0
        self.broken: list[BrokenEntry] = []

    def feed(self, entry: AuditEntry) -> None:
        self.count += 1
        reasons = []
        if entry.seq != self.expected_seq:
            reasons.append(f"sequence jumps from {self.expected_seq - 1} to {entry.seq} (entries missing)")
        if entry.prev_hash != self.prev:
            reasons.append("its prev_hash is not the previous entry's hash")
        if entry.entry_hash != entry_hash(self.prev, entry.chain_entry()):
            reasons.append("its hash does not match its content and the previous entry's hash")
        if reasons:
            self.broken.append(BrokenEntry(entry.seq, "; ".join(reasons)))
        self.prev = entry.entry_hash
        self.expected_seq = entry.seq + 1

    def feed_all(self, entries: list[AuditEntry]) -> None:
        for entry in entries:
            self.feed(entry)


# What a verification hands to a thread at once: its documents are hashed there (hashlib lets go of the interpreter
# while it hashes), its chain checked there, so the other calls of the process go on meanwhile (a 41 MB document
# hashed on the loop held every call about a tenth of a second); bounded, so that the batch held stays small.
CHECK_BATCH_BYTES = 8 * 1024 * 1024
CHECK_BATCH_ITEMS = 500


async def _in_batches(items: AsyncIterator[T], weight: Callable[[T], int]) -> AsyncIterator[list[T]]:
    """`items` in lists of at most CHECK_BATCH_ITEMS and CHECK_BATCH_BYTES by `weight` (an item heavier alone)."""
    batch: list[T] = []
    held = 0
    async for item in items:
        if batch and (len(batch) == CHECK_BATCH_ITEMS or held + weight(item) > CHECK_BATCH_BYTES):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += weight(item)
    if batch:
        yield batch


def _reasons(items: list[ArchivedItem]) -> list[str]:
    return [check_document(item) for item in items]


async def verify_archive(company: str, *, uow_factory: RecordsUowFactory, clock: Clock) -> VerificationReport:
    """Recompute every document's hash and the whole audit chain, on one snapshot; name each broken item."""
    broken_docs: list[BrokenDocument] = []
    docs = 0
    chain = ChainChecker()
    async with uow_factory(read_only=True) as uow:
        async for items in _in_batches(uow.archive.iterate(company), lambda item: len(item.content)):
            docs += len(items)
            whole = [item for item in items if not _listed_only(item)]
            reasons = dict(
                zip((i.sha256 for i in whole), await asyncio.to_thread(_reasons, whole), strict=True)
            )
            for item in items:
                reason = (
                    reasons[item.sha256]
                    if item.sha256 in reasons
                    else await _check_in_pieces(uow.archive, item)
                )
                if reason:
                    broken_docs.append(
                        BrokenDocument(item.sha256, str(item.kind), item.document_date, reason)
                    )
        async for entries in _in_batches(uow.audit.entries(company), lambda entry: 0):
            await asyncio.to_thread(chain.feed_all, entries)
    report = VerificationReport(
        company, docs, chain.count, tuple(broken_docs), tuple(chain.broken), chain.prev
    )
    details = {
        "ok": report.ok,
        "documents_checked": docs,
        "entries_checked": chain.count,
        "broken_documents": [d.sha256 for d in report.broken_documents],
        "broken_entries": [e.seq for e in report.broken_entries],
    }
    async with uow_factory() as uow:
        await uow.audit.append(
            company, AuditEvent("archive.verified", "archive", company, details), clock.now()
        )
        await uow.commit()
    return report


# --- export ------------------------------------------------------------------------------------------------------
class ExportTooLarge(ArchiveError, Refusal):
    rule_id = "PDP-EXPORT-SIZE"  # ExportArchive's export is built whole before its first chunk (in a temporary file)


def document_path(item: ArchivedItem) -> str:
    ext = _EXTENSIONS.get(item.media_type.split(";")[0].strip().lower(), "bin")
    return f"documents/{item.document_date.year:04d}/{item.kind}/{item.sha256}.{ext}"


def _index_line(item: ArchivedItem, path: str) -> dict[str, Any]:
    return {
        "path": path,
        "sha256": item.sha256,
        "kind": str(item.kind),
        "media_type": item.media_type,
        "filename": item.filename,
        "size": item.size,
        "document_date": item.document_date,
        "retention_until": item.retention_until,
        "archived_at": item.created_at.astimezone(UTC),
        "invoice_id": item.invoice_id,
        "declaration_id": item.declaration_id,
    }


@dataclass(frozen=True, slots=True)
class ExportTotals:
    """What an export holds, known once its last byte is written."""

    documents: int
    entries: int
    manifest_sha256: str
    zip_sha256: str
    zip_size: int


@dataclass(frozen=True, slots=True)
class ArchiveExport:
    content: IO[bytes]  # the zip, from its start (export_zip.spooled: on disk past a few MiB)
    totals: ExportTotals


async def export_archive(
    company: str,
    date_from: date | None,
    date_to: date | None,
    *,
    into: IO[bytes],
    uow_factory: RecordsUowFactory,
    clock: Clock,
    max_bytes: int = DEFAULT_EXPORT_LIMIT,
) -> ExportTotals:
    """The export of `stream_export` written whole to `into` (then rewound), its documents within `max_bytes`
    (ExportTooLarge past it): for a caller that gives its totals before its first byte. Given a spooled file, the
    memory it takes is `stream_export`'s, whatever the export's size."""
    async for part in stream_export(
        company, date_from, date_to, uow_factory=uow_factory, clock=clock, max_bytes=max_bytes
    ):
        if isinstance(part, ExportTotals):
            into.seek(0)
            return part
        into.write(part)
    raise ArchiveError("the export ended without its totals")


async def stream_export(
    company: str,
    date_from: date | None,
    date_to: date | None,
    *,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    max_bytes: int | None = None,
) -> AsyncGenerator[bytes | ExportTotals, None]:
    """A zip an auditor checks with `unzip` and `sha256sum -c MANIFEST.sha256` (see README.txt inside), in parts of
    at most export_zip.PART_BYTES as they are written, then its totals; audited once complete.

    Documents are exported as archived (no re-encoding) under the address they were archived under: a file
    altered in the database fails the README's check of each file against its name, as well as VerifyArchive. They
    are read through a cursor and compressed one at a time in a thread, and the archive's read-only transaction
    stays open until the audit log is written: the memory an export holds does not grow with its documents' bytes
    (export_zip). `max_bytes`: at most that many bytes of documents (ExportTooLarge past it), for a caller that
    holds the whole zip.
    """
    if date_from and date_to and date_to < date_from:
        raise _refused(
            RULE_DATE_RANGE, "date_to", f"the export range ends ({date_to}) before it starts ({date_from})"
        )
    now = clock.now()
    out = ZipStream(stamp=(now.year, now.month, now.day, now.hour, now.minute, now.second))
    documents = entries = total = 0
    try:
        async with uow_factory(read_only=True) as uow:
            with spooled() as index:
                async for item in uow.archive.iterate(company, date_from=date_from, date_to=date_to):
                    total += item.size
                    if max_bytes is not None and total > max_bytes:
                        raise ExportTooLarge(
                            f"the documents exceed {max_bytes} bytes: export a shorter date range",
                            path="date_to",
                        )
                    path = document_path(item)
                    # compressed in a thread a part at a time, each part handed out before the next: the zip
                    # holds a part of a document, never a whole one (a 41 MB one took 4 times its size)
                    with out.entry(path, item.size) as write:
                        async for piece in _content(uow.archive, item):
                            await asyncio.to_thread(write, piece)
                            for part in out.take():
                                yield part
                    index.write(archive_json(_index_line(item, path)) + b"\n")
                    documents += 1
                    for part in out.take():
                        yield part
                out.copy(INDEX_NAME, index)
            # The log of the same period (UTC days): a piece of the chain, checkable on its own from its first link.
            since = datetime.combine(date_from, time.min, UTC) if date_from else None
            until = datetime.combine(date_to + timedelta(days=1), time.min, UTC) if date_to else None
            with out.entry(AUDIT_LOG_NAME) as write:
                async for entry in uow.audit.entries(company, since=since, until=until):
                    write(_chain_line(entry))
                    entries += 1
                    if out.pending >= PART_BYTES:
                        for part in out.take():
                            yield part
            # An auditor of the period follows its invoices past its end: the entries made since about the invoices
            # and declarations its documents belong to, each checkable on its own (its hash from its prev_hash); the
            # whole chain of those days is in their own exports. Read by subject from the period's end, as of the
            # export (migration 0501): as many as there are, however old the period.
            with out.entry(LATER_LOG_NAME) as write:
                if until is not None and date_to is not None:
                    about = uow.audit.entries_about_documents(company, date_from, date_to, since=until)
                    async for entry in about:
                        write(_chain_line(entry))
                        if out.pending >= PART_BYTES:
                            for part in out.take():
                                yield part
        out.add(README_NAME, readme_text(company, date_from, date_to, now).encode("utf-8"))
        manifest_sha256 = out.finish(MANIFEST_NAME)
        for part in out.take():
            yield part
    finally:
        out.close()
    totals = ExportTotals(documents, entries, manifest_sha256, out.sha256, out.size)
    details = {
        "date_from": date_from,
        "date_to": date_to,
        "documents": documents,
        "entries": entries,
        "manifest_sha256": manifest_sha256,
        "zip_sha256": totals.zip_sha256,
    }
    async with uow_factory() as uow:
        await uow.audit.append(company, AuditEvent("archive.exported", "archive", company, details), now)
        await uow.commit()
    yield totals


def _chain_line(entry: AuditEntry) -> bytes:
    return archive_json({**entry.chain_entry(), "prev_hash": entry.prev_hash}) + b"\n"


def readme_text(company: str, date_from: date | None, date_to: date | None, at: datetime) -> str:
    span = f"{date_from or 'the first document'} to {date_to or 'the last document'}"
    return f"""pdp-gateway archive export
==========================

Company (SIREN): {company}
Documents dated: {span}
Exported at:     {at.astimezone(UTC).isoformat()}

Contents
--------
{MANIFEST_NAME}        SHA-256 of every other file, one "<hex>  <path>" line each (sha256sum format)
{INDEX_NAME}        one JSON object per document: path, sha256, kind, media type, dates, related ids
documents/YYYY/KIND/HASH.EXT   each archived document byte for byte; HASH is its SHA-256 at archiving time
{AUDIT_LOG_NAME}  the company's audit log, one JSON object per line, oldest first
{LATER_LOG_NAME}  the entries made after the period, up to the export, about the invoices and
                     declarations of the period's documents (their later statuses, payments, outcomes); empty
                     for an export without an end date (the log above holds them)
{README_NAME}             this file

1. Check that no file was altered or is missing (standard tools only)
--------------------------------------------------------------------
    unzip export.zip -d export && cd export
    sha256sum -c --strict {MANIFEST_NAME}

Every line must end in ": OK". The file name of each document is its SHA-256 when it was archived, so a
document that was altered before the export is caught as well:

    for f in documents/*/*/*.*; do h=$(sha256sum "$f" | cut -d' ' -f1); b=$(basename "$f"); \\
        [ "$h" = "${{b%.*}}" ] || echo "ALTERED: $f"; done

2. Check the audit log's hash chain
-----------------------------------
The audit log holds every action on the company's invoices, received invoices, declarations, API keys and archive
in the period (UTC days), oldest first: who acted ("actor": api_key:<id>, cli:<user>, platform:<name> or
gateway:pdp-gateway; "actor_name"), when ("at") and in which call ("request_id"). Each line holds "hash" and
"prev_hash". For each line, hash = SHA-256 of the ASCII bytes of prev_hash followed by the line's canonical JSON
without "hash" and "prev_hash" (keys sorted, no spaces, UTF-8), and prev_hash is the previous line's hash; "seq"
counts up by one with no gap. The first line's prev_hash links to the entry before the period: 64 zeros when its
seq is 1, else the last hash of the export of the period before (or of a full export). With Python's standard
library:

    python3 -c '
    import hashlib, json
    prev = None
    for raw in open("{AUDIT_LOG_NAME}", encoding="utf-8"):
        e = json.loads(raw); h = e.pop("hash"); p = e.pop("prev_hash")
        if prev is None:
            prev, seq = p, e["seq"]
        body = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        ok = p == prev and e["seq"] == seq and hashlib.sha256(prev.encode() + body).hexdigest() == h
        print(e["seq"], "OK" if ok else "BROKEN"); prev, seq = h, seq + 1
    '

Each line of {LATER_LOG_NAME} is checked alone, by the same formula with its own prev_hash (its neighbours
in the chain are in the export of its own period).

Documents are kept 10 years after their date (Code de commerce L123-22); the database refuses to modify
them or to delete them earlier.
"""
