"""PostgreSQL side of the transmission pipeline: outbox writes under a lease, documents, validation reports,
submissions and platform statuses, all on the unit of work's connection (one transaction per step)."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import Connection, Row, aliased_columns, from_row, prefixed
from adapters.postgres.keys import fetch_keyed
from adapters.postgres.outbox_writes import PgOutboxRepository, check_lease
from adapters.postgres.payment_repository import PgPaymentRepository
from adapters.postgres.uow import PgUnitOfWork
from domain.audit import Acting, Actor, ActorKind
from domain.document_file import DocumentFile
from domain.findings import ValidationReport
from domain.pipeline_ports import (
    PARKED_STATUS_LIFETIME,
    Cancellation,
    ClaimedRequest,
    OutboxMessage,
    ParkedStatus,
    PlatformIdTaken,
    StatusRecord,
    StoredDocument,
    SubmissionOutcome,
    SubmissionRecord,
)
from domain.platform import DocumentProfile, DocumentSyntax, PlatformStatus
from domain.serialization import findings_to_list, from_json_value, to_json_value

log = logging.getLogger(__name__)

EXPIRED_BATCH = 1000  # expired parked statuses dropped by one parking: more than parking can add meanwhile

PLATFORM_ID_LOCK = 7002  # advisory lock namespace (adapters.postgres.invoice_repository uses 7001)


_UPSERT_SUBMISSION = """
{lock}INSERT INTO submissions (invoice_id, company_siren, platform, sha256, invoice_number, attempt_started_at, outcome,
                        platform_id, reconciled_at, uploads)
SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 {source}
ON CONFLICT (invoice_id) DO UPDATE
   SET platform = $3, sha256 = $4, invoice_number = $5, attempt_started_at = $6, outcome = $7, platform_id = $8,
       reconciled_at = $9, uploads = $10, updated_at = now()
"""
_SAVE_SUBMISSION = _UPSERT_SUBMISSION.format(lock="", source="")
# The row comes out of the lock: it is written only once the platform id's lock is held.
_PLATFORM_ID_LOCK_CTE = "platform_id_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock($11, hashtext($8)))"
_SAVE_ACCEPTED = _UPSERT_SUBMISSION.format(
    lock=f"WITH {_PLATFORM_ID_LOCK_CTE}\n", source="FROM platform_id_lock"
)
# The outbox writes of PgOutboxRepository.renew ($11 row id, $12 owner, $13 lease) and .complete ($12 row id,
# $13 owner: $11 is the lock's), each as a CTE the submission's row comes out of: written only while we hold the lease.
_LEASE_RENEWED = """lease AS (UPDATE outbox SET lease_until = now() + make_interval(secs => $13)
                        WHERE id = $11 AND lease_owner = $12 AND done_at IS NULL RETURNING id)"""
_LEASE_DONE = """lease AS (UPDATE outbox SET done_at = now(), last_error = '', lease_owner = NULL, lease_until = NULL
                     WHERE id = $12 AND lease_owner = $13 AND done_at IS NULL RETURNING id)"""
_START_UPLOAD = _UPSERT_SUBMISSION.format(lock=f"WITH {_LEASE_RENEWED}\n", source="FROM lease")
_SAVE_ACCEPTED_AND_COMPLETE = _UPSERT_SUBMISSION.format(
    lock=f"WITH {_PLATFORM_ID_LOCK_CTE},\n     {_LEASE_DONE}\n", source="FROM platform_id_lock, lease"
)


@contextlib.contextmanager
def _platform_id_once(record: SubmissionRecord) -> Iterator[None]:
    """The platform id's unique index (0002) refusing `record`'s, as the port's PlatformIdTaken."""
    try:
        yield
    except asyncpg.UniqueViolationError as exc:
        if exc.constraint_name != "submissions_platform_id":
            raise
        raise PlatformIdTaken(record.platform, record.platform_id) from None


def _submission_values(record: SubmissionRecord) -> list[Any]:
    return [
        uuid.UUID(record.invoice_id),
        record.company_siren,
        record.platform,
        record.sha256,
        record.invoice_number,
        record.attempt_started_at,
        record.outcome.value,
        record.platform_id,
        record.reconciled_at,
        record.uploads,
    ]


# The submission's own columns (beside its keys, invoice_id and company_siren), as the send journal writes them.
SUBMISSION_FIELDS = (
    "platform",
    "sha256",
    "invoice_number",
    "attempt_started_at",
    "outcome",
    "platform_id",
    "reconciled_at",
    "uploads",
)
_SUBMISSION_COLUMNS = ("invoice_id", "company_siren", *SUBMISSION_FIELDS)


def submission_columns(alias: str, prefix: str) -> str:
    """The columns `submission_from_row` reads, from table alias `alias`, renamed with `prefix` (to join them)."""
    return aliased_columns(alias, prefix, _SUBMISSION_COLUMNS)


def submission_from_row(row: Row, prefix: str = "") -> SubmissionRecord:
    col = prefixed(row, prefix)
    return from_row(
        SubmissionRecord,
        row,
        prefix,
        invoice_id=str(col("invoice_id")),
        outcome=SubmissionOutcome(col("outcome")),
    )


_DOCUMENT_COLUMNS = ("format", "profile", "media_type", "filename", "sha256", "bytes")


def document_columns(alias: str, prefix: str) -> str:
    """The columns `document_from_row` reads, from table alias `alias`, renamed with `prefix` (to join them)."""
    return aliased_columns(alias, prefix, _DOCUMENT_COLUMNS)


def document_from_row(invoice_id: str, row: Row, prefix: str = "") -> StoredDocument:
    col = prefixed(row, prefix)
    return StoredDocument(
        syntax=DocumentSyntax(col("format")),
        profile=DocumentProfile(col("profile")),
        media_type=col("media_type"),
        filename=col("filename"),
        sha256=col("sha256"),
        content=bytes(col("bytes")),
        invoice_id=invoice_id,
    )


def status_from_json(data: Any) -> PlatformStatus:
    return from_json_value(PlatformStatus, data)


def _dropped_expired(rows: Sequence[Row]) -> None:
    if rows:
        log.warning(
            "dropped %d platform status(es) parked over %d days about platform ids none of our submissions"
            " has (the first: %s)",
            len(rows),
            PARKED_STATUS_LIFETIME.days,
            ", ".join(f"{r['platform'] or '?'} {r['platform_id']}" for r in rows[:3]),
        )


def _parked_acting(row: Row) -> Acting | None:
    """Who delivered a parked status; None for one parked before migration 0120 kept it."""
    if row["actor_kind"] is None:
        return None
    return Acting(Actor(ActorKind(row["actor_kind"]), row["actor_id"], row["actor_name"]), row["request_id"])


# The deliveries whose statuses were parked, once none of theirs is left parked: done, for the company of the invoice
# that took them. A parked status keeps its delivery's request id ("source:dedup_key", cut at 128: the request id
# service.workers.reception.processing acts under); left PARKED with no company, such a delivery was counted by doctor and /metrics for ever, and listed to no
# one by ListParkedDeliveries.
_DELIVERIES_DONE = """
UPDATE webhook_inbox w SET state = 'DONE', company_siren = $2, result = $3, processed_at = now()
 WHERE w.state = 'PARKED' AND left(w.source || ':' || w.dedup_key, 128) = ANY($1::text[])
   AND NOT EXISTS (SELECT 1 FROM parked_statuses p WHERE p.request_id = left(w.source || ':' || w.dedup_key, 128))"""


class PgTransmissionRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def save_validated(self, document: StoredDocument, report: ValidationReport) -> None:
        body = {"findings": findings_to_list(report.findings), "errors": list(report.errors)}
        await self._conn.execute(
            """WITH doc AS (
                   INSERT INTO documents (invoice_id, format, profile, media_type, filename, sha256, bytes)
                   VALUES ($1, $2, $3, $4, $5, $6, $7)
                   ON CONFLICT (invoice_id, format) DO UPDATE
                      SET profile = $3, media_type = $4, filename = $5, sha256 = $6, bytes = $7, created_at = now())
               INSERT INTO validation_reports (invoice_id, valid, complete, report, artifacts)
               VALUES ($1, $8, $9, $10::jsonb, $11::jsonb)
               ON CONFLICT (invoice_id) DO UPDATE
                  SET valid = $8, complete = $9, report = $10::jsonb, artifacts = $11::jsonb, created_at = now()""",
            uuid.UUID(document.invoice_id),
            document.syntax.value,
            document.profile.value,
            document.media_type,
            document.filename,
            document.sha256,
            document.content,
            report.valid,
            report.complete,
            body,
            [list(a) for a in report.artifacts],
        )

    async def document(self, invoice_id: str) -> StoredDocument | None:
        row = await self._conn.fetchrow(
            f"SELECT {document_columns('d', '')} FROM documents d WHERE invoice_id = $1"
            " ORDER BY created_at DESC LIMIT 1",
            uuid.UUID(invoice_id),
        )
        return None if row is None else document_from_row(invoice_id, row)

    async def submitted(self, invoice_id: str) -> DocumentFile | None:
        row = await self._conn.fetchrow(
            "SELECT media_type, filename, sha256, bytes FROM submitted_documents WHERE invoice_id = $1",
            uuid.UUID(invoice_id),
        )
        return (
            None
            if row is None
            else DocumentFile(row["media_type"], row["filename"], row["sha256"], bytes(row["bytes"]))
        )

    async def report(self, invoice_id: str) -> ValidationReport | None:
        row = await self._conn.fetchrow(
            "SELECT complete, report, artifacts FROM validation_reports WHERE invoice_id = $1",
            uuid.UUID(invoice_id),
        )
        if row is None:
            return None
        return from_json_value(
            ValidationReport,
            {
                "findings": row["report"]["findings"],
                "errors": row["report"]["errors"],
                "artifacts": row["artifacts"],
                "complete": row["complete"],
            },
        )

    async def submission(self, invoice_id: str) -> SubmissionRecord | None:
        row = await self._conn.fetchrow(
            f"SELECT {submission_columns('s', '')} FROM submissions s WHERE invoice_id = $1",
            uuid.UUID(invoice_id),
        )
        return None if row is None else submission_from_row(row)

    async def save_submission(self, record: SubmissionRecord) -> None:
        await self._conn.execute(_SAVE_SUBMISSION, *_submission_values(record))

    async def start_upload(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str, lease_s: float
    ) -> None:
        # No platform-id lock: a PENDING row has no platform id yet.
        status = await self._conn.execute(
            _START_UPLOAD, *_submission_values(record), message.id, owner, float(lease_s)
        )
        check_lease(status, message.id, owner, written="INSERT 0 1")

    async def save_accepted(self, record: SubmissionRecord) -> Sequence[ParkedStatus]:
        with _platform_id_once(record):
            await self._conn.execute(_SAVE_ACCEPTED, *_submission_values(record), PLATFORM_ID_LOCK)
        return await self._take_parked(record)

    async def save_accepted_and_complete(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str
    ) -> Sequence[ParkedStatus]:
        with _platform_id_once(record):
            status = await self._conn.execute(
                _SAVE_ACCEPTED_AND_COMPLETE, *_submission_values(record), PLATFORM_ID_LOCK, message.id, owner
            )
        check_lease(status, message.id, owner, written="INSERT 0 1")
        return await self._take_parked(record)

    async def _take_parked(self, record: SubmissionRecord) -> Sequence[ParkedStatus]:
        # The lock rides on the upsert; the DELETE comes in a second statement so that its snapshot, taken after
        # the lock is held, sees a status parked (and committed) while we waited for the lock.
        # An expired one is no status of ours (PARKED_STATUS_LIFETIME), whether or not a parking dropped it yet.
        rows = await self._conn.fetch(
            """DELETE FROM parked_statuses WHERE platform_id = $1 AND platform IN ($2, '')
               RETURNING id, status, source, actor_kind, actor_id, actor_name, request_id, platform, platform_id,
                         received_at < now() - $3::interval AS expired""",
            record.platform_id,
            record.platform,
            PARKED_STATUS_LIFETIME,
        )
        _dropped_expired([r for r in rows if r["expired"]])
        taken = sorted((r for r in rows if not r["expired"]), key=lambda r: r["id"])
        if taken:
            await self._conn.execute(
                _DELIVERIES_DONE,
                [r["request_id"] for r in taken],
                record.company_siren,
                f"its statuses applied when invoice {record.invoice_id} was sent",
            )
        return [
            ParkedStatus(status_from_json(r["status"]), r["source"], _parked_acting(r), r["platform"])
            for r in taken
        ]

    async def _lock_platform_id(self, platform_id: str) -> None:
        # Serialises "park a status for an unknown platform id" with "commit SENT and take its parked statuses".
        await self._conn.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))", PLATFORM_ID_LOCK, platform_id
        )

    async def invoice_of_platform_id(self, platform: str, platform_id: str) -> tuple[str, str] | None:
        await self._lock_platform_id(platform_id)
        row = await self._conn.fetchrow(
            "SELECT company_siren, invoice_id FROM submissions WHERE platform = $1 AND platform_id = $2",
            platform,
            platform_id,
        )
        return None if row is None else (row["company_siren"], str(row["invoice_id"]))

    async def add_status(self, record: StatusRecord) -> bool:
        st = record.status
        conflict = (
            "(invoice_id, status_id) WHERE status_id <> ''"
            if st.status_id
            else "(invoice_id, code, raw_code, at) WHERE status_id = ''"
        )
        inserted = await self._conn.fetchval(
            f"""INSERT INTO status_history (invoice_id, code, raw_code, label, source, at, reason, amount, findings,
                                           status_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
                ON CONFLICT {conflict} DO NOTHING RETURNING id""",
            record.invoice_id,
            st.code,
            st.raw_code,
            st.label,
            record.source,
            st.at,
            st.reason,
            record.amount,
            findings_to_list(st.findings),
            st.status_id,
        )
        return inserted is not None

    async def statuses(self, invoice_id: str) -> Sequence[StatusRecord]:
        return (await self.statuses_of([invoice_id])).get(invoice_id, [])

    async def statuses_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Sequence[StatusRecord]]:
        rows = await self._conn.fetch(
            """SELECT invoice_id, code, raw_code, label, source, at, reason, amount, findings, status_id
                 FROM status_history WHERE invoice_id = ANY($1::text[]) ORDER BY id""",
            list(invoice_ids),
        )
        found: dict[str, list[StatusRecord]] = {}
        for r in rows:
            found.setdefault(r["invoice_id"], []).append(_status_record(r))
        return found

    async def park_status(self, platform_id: str, parked: ParkedStatus) -> None:
        acting = parked.acting
        await self._conn.execute(
            """INSERT INTO parked_statuses (platform_id, status, source, actor_kind, actor_id, actor_name, request_id,
                                            platform)
               VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8)""",
            platform_id,
            to_json_value(parked.status),
            parked.source,
            None if acting is None else acting.actor.kind.value,
            "" if acting is None else acting.actor.id,
            "" if acting is None else acting.actor.name,
            "" if acting is None else acting.request_id,
            parked.platform,
        )
        # Only parking grows the table, so parking drops what has expired (a bounded batch, by the index on
        # received_at): statuses no submission of ours took in PARKED_STATUS_LIFETIME are not ours.
        expired = await self._conn.fetch(
            """DELETE FROM parked_statuses WHERE id IN (
                   SELECT id FROM parked_statuses WHERE received_at < now() - $1::interval
                    ORDER BY received_at LIMIT $2)
               RETURNING platform, platform_id""",
            PARKED_STATUS_LIFETIME,
            EXPIRED_BATCH,
        )
        _dropped_expired(expired)

    async def cancellation(self, invoice_id: str) -> Cancellation | None:
        row = await fetch_keyed(
            self._conn,
            """SELECT company_siren, request_id, reason, cancelled_at FROM invoice_cancellations
                WHERE invoice_id = $1""",
            invoice_id,
        )
        if row is None:
            return None
        return Cancellation(
            invoice_id, row["company_siren"], row["request_id"], row["reason"], row["cancelled_at"]
        )

    async def save_cancellation(self, cancellation: Cancellation) -> None:
        await self._conn.execute(
            """INSERT INTO invoice_cancellations (invoice_id, company_siren, request_id, reason, cancelled_at)
               VALUES ($1, $2, $3, $4, $5)""",
            uuid.UUID(cancellation.invoice_id),
            cancellation.company_siren,
            cancellation.request_id,
            cancellation.reason,
            cancellation.cancelled_at,
        )

    async def claim_status_request(
        self, company_siren: str, request_id: str, fingerprint: str, invoice_id: str, *, received: bool
    ) -> ClaimedRequest | None:
        about = uuid.UUID(invoice_id)
        claimed = await self._conn.fetchval(
            """INSERT INTO status_requests (company_siren, request_id, fingerprint, invoice_id, received_invoice_id)
               VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (company_siren, request_id) DO NOTHING RETURNING true""",
            company_siren,
            request_id,
            fingerprint,
            None if received else about,
            about if received else None,
        )
        if claimed:
            return None
        row = await self._conn.fetchrow(
            """SELECT fingerprint, answer, coalesce(invoice_id, received_invoice_id)::text AS about
                 FROM status_requests WHERE company_siren = $1 AND request_id = $2""",
            company_siren,
            request_id,
        )
        # The conflicting row: its invoice cannot go while this transaction holds the one asked about, and a row
        # goes only with its invoice (migration 0401).
        assert row is not None
        return ClaimedRequest(row["fingerprint"], row["answer"], row["about"] or "")

    async def answer_status_request(self, company_siren: str, request_id: str, answer: str) -> None:
        await self._conn.execute(
            "UPDATE status_requests SET answer = $3 WHERE company_siren = $1 AND request_id = $2",
            company_siren,
            request_id,
            answer,
        )


class PgPipelineUnitOfWork(PgUnitOfWork):
    """The invoice unit of work plus the pipeline's repositories on the same connection."""

    outbox: PgOutboxRepository
    transmissions: PgTransmissionRepository
    payments: PgPaymentRepository
    audit: PgAuditLog

    def _attach(self, conn: Connection) -> None:
        self.outbox = PgOutboxRepository(conn)
        self.transmissions = PgTransmissionRepository(conn)
        self.payments = PgPaymentRepository(conn)
        self.audit = PgAuditLog(conn)


def _status_record(r: Any) -> StatusRecord:
    return StatusRecord(
        r["invoice_id"],
        from_json_value(
            PlatformStatus,
            {
                "code": r["code"],
                "label": r["label"],
                "raw_code": r["raw_code"],
                "at": r["at"].isoformat(),
                "reason": r["reason"],
                "findings": r["findings"],
                "status_id": r["status_id"],
            },
        ),
        r["source"],
        r["amount"],
    )
