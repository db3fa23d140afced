"""Reception tables on one connection (the caller's transaction): received invoices, their platform statuses,
inbound events, known companies. Every read for the API is scoped to one company (tenancy).

`platform_statuses` holds the statuses of RECEIVED invoices only (migration 0007): those of our outbound invoices
are the pipeline's `status_history` (adapters.postgres.transmissions), whichever way they arrive."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import asyncpg

from adapters.json_text import dumps as json_text
from adapters.page_token import RECEIVED_INVOICES, page_scope
from adapters.postgres.attachments_apart import COLUMNS as ATTACHMENT_COLUMNS
from adapters.postgres.attachments_apart import stored, with_attachments
from adapters.postgres.audit_log import audit_cte, company_locks_cte, draft, sealing
from adapters.postgres.connection import Connection, from_row
from adapters.postgres.keys import fetch_keyed
from adapters.postgres.listing import Listing
from adapters.postgres.lock_order import lock_named_invoices
from adapters.postgres.payment_repository import (
    CORRECTIVE_CODES_SQL,
    CREDIT_NOTE_CODES_SQL,
    NONE_NAMING,
    credit_notes_alike_of,
)
from domain.audit_trail import received_invoice_audit_event
from domain.credit_notes import CreditNotesNaming
from domain.document_file import DocumentFile
from domain.invoice import Invoice
from domain.outgoing_statuses import received_status_payload
from domain.pipeline_ports import OutboxKind
from domain.platform import OutgoingStatus
from domain.ports import Page
from domain.reception import (
    NOT_CREDITING_CODES,
    ReceivedEventKind,
    ReceivedInvoice,
    ReceivedInvoiceEvent,
    StatusPoint,
    current_code,
)
from domain.reception_ports import ReceivedEvent, ReceivedFilter, ReceivedStatus
from domain.serialization import (
    findings_from_list,
    findings_to_list,
    invoice_from_dict,
    verdicts_from_lists,
    verdicts_to_lists,
)

# Advisory lock namespace of a received invoice's identity (company, seller, number), held until the COMMIT of the
# delivery storing it (7001: a company's events, 7002: a platform id, 7003: held payments).
RECEIVED_IDENTITY_LOCK = 7004


# What a crediting lookup selects by a number ($3, of seller $2 received by company $1): the credit notes naming it
# in BG-3, wherever (migration 0500's index), or the invoices (not credit notes) bearing it.
def _naming(seller: str, number: str, type_codes: str) -> str:
    return (
        f"credit_note_refs(company_siren || chr(31) || seller_siren, content)"
        f" @> ARRAY[$1 || chr(31) || {seller} || chr(31) || {number}] AND type_code IN ({type_codes})"
    )


# The reads name `asked.seller`, `asked.number`; these, of one pair, are what the plan tests ask the index.
CREDIT_NOTES_NAMING = _naming("$2", "$3", CREDIT_NOTE_CODES_SQL)
# Migration 0660's index: the received corrective invoices naming a number, as 0500's for the received credit notes.
CORRECTIVES_NAMING = _naming("$2", "$3", CORRECTIVE_CODES_SQL)
_INVOICES_NUMBERED = f"number = $3 AND type_code NOT IN ({CREDIT_NOTE_CODES_SQL})"
# A page's books (the `..._of` reads): each (seller, number) asked ($2, $3: arrays) is `asked.seller`,
# `asked.number`, its lookup the same index's, one statement for them all.
_ASKED = "unnest($2::text[], $3::text[]) AS asked(seller, number)"
# The moves that change the current status (the others leave `lifecycle_code` as it is).
_MOVES_LIFECYCLE = frozenset({ReceivedEventKind.STATUS, ReceivedEventKind.STATUS_QUEUED})
# A received invoice's pending events and their audit entries, in one statement. The company's lock first (the one of
# PgInvoiceRepository: inbound and outbound events of one company commit in id order), held until the COMMIT so a
# watcher resuming after id N misses nothing; every event inserted out of the join with it, in order; each event's
# audit entry appended to the company's chain in the same statement (`audit_cte`), after the lock.
# Parameters: id, company, the events' kinds, states, status codes, details, findings (JSON texts), times, entries.
_INSERT_EVENTS = f"""
WITH received AS (SELECT $1::uuid AS id, $2::text AS company_siren),
     {company_locks_cte("received")},
     new_events AS (
         INSERT INTO received_invoice_events
                (received_invoice_id, company_siren, kind, state, status_code, detail, findings, at)
         SELECT received.id, received.company_siren, k, s, c, d, f::jsonb, a
           FROM company_locks, received,
                unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
                    WITH ORDINALITY AS t(k, s, c, d, f, a, n)
          ORDER BY n),
     {audit_cte("SELECT $9::text::jsonb FROM company_locks")}
SELECT entries FROM audit
"""


_SUMMARY = """id, company_siren, platform, platform_invoice_id, sender_accept_status, target_address, number,
              seller_siren, seller_name, syntax, profile, valid, report, layers, conclusions, lifecycle_code,
              media_type, filename, document_sha256, created_at, copy_of"""


def _report(invoice: ReceivedInvoice) -> dict[str, Any]:
    return {
        "findings": findings_to_list(invoice.findings),
        "complete": invoice.report_complete,
        "errors": list(invoice.report_errors),
        "artifacts": [list(a) for a in invoice.artifacts],
    }


def _verdicts(invoice: ReceivedInvoice) -> tuple[Any, Any]:
    if invoice.layers is None or invoice.conclusions is None:
        return None, None
    return verdicts_to_lists(invoice.layers, invoice.conclusions)


def _received(
    row: asyncpg.Record, *, with_document: bool = False, with_content: bool = False
) -> ReceivedInvoice:
    report = row["report"] or {}
    recorded = row["layers"] is not None and row["conclusions"] is not None  # NULL: received before 0090
    layers, conclusions = verdicts_from_lists(row["layers"], row["conclusions"]) if recorded else (None, None)
    content = row["content"] if with_document or with_content else None
    invoice = invoice_from_dict(content) if content else None
    if invoice is not None and "attachments" in row:  # kept apart: read back only where they are asked
        invoice = with_attachments(invoice, row["attachments"], row["attachment_contents"])
    return from_row(
        ReceivedInvoice,
        row,
        id=str(row["id"]),
        document=DocumentFile(
            row["media_type"],
            row["filename"],
            row["document_sha256"],
            bytes(row["document"]) if with_document else b"",
        ),
        received_at=row["created_at"],
        copy_of=str(row["copy_of"] or ""),
        findings=findings_from_list(report.get("findings") or []),
        report_complete=bool(report.get("complete", True)),
        report_errors=tuple(report.get("errors") or ()),
        artifacts=tuple(tuple(a) for a in report.get("artifacts") or ()),
        layers=layers,
        conclusions=conclusions,
        invoice=invoice,
    )


class PgReception:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- routing -------------------------------------------------------------------------------------------------

    async def company_known(self, siren: str) -> bool:
        return bool(
            await self._conn.fetchval(
                """SELECT EXISTS (SELECT 1 FROM companies WHERE siren = $1)
                       OR EXISTS (SELECT 1 FROM api_keys WHERE company_siren = $1 AND revoked_at IS NULL)""",
                siren,
            )
        )

    async def received_of(self, platform: str, platform_invoice_id: str) -> ReceivedInvoice | None:
        """The received invoice with its history (no content, no document), row-locked: concurrent statuses of one
        invoice apply one after the other, so each sees the others' history when it computes the current status."""
        row = await self._conn.fetchrow(
            f"SELECT {_SUMMARY} FROM received_invoices WHERE platform = $1 AND platform_invoice_id = $2 FOR UPDATE",
            platform,
            platform_invoice_id,
        )
        return None if row is None else await self._with_history(_received(row))

    async def lock_named(self, platform: str, platform_ids: Sequence[str]) -> None:
        await lock_named_invoices(self._conn, platform, platform_ids)

    async def received_platform_id(self, platform: str, number: str, seller_siren: str) -> str | None:
        """The platform id of the invoice we received with this number from this seller (any seller when the
        status does not say); None when there is none, or when the number alone is ambiguous."""
        rows = await self._conn.fetch(
            "SELECT platform_invoice_id FROM received_invoices WHERE platform = $1 AND number = $2"
            " AND ($3 = '' OR seller_siren = $3) LIMIT 2",
            platform,
            number,
            seller_siren,
        )
        return str(rows[0]["platform_invoice_id"]) if len(rows) == 1 else None

    async def credit_notes(self, company_siren: str, seller_siren: str, number: str) -> CreditNotesNaming:
        named = (seller_siren, number)
        return (await self.credit_notes_of(company_siren, [named])).get(named, NONE_NAMING)

    async def credit_notes_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], CreditNotesNaming]:
        found = await credit_notes_alike_of(
            self._conn,
            "received_invoices",
            f"""company_siren = $1 AND seller_siren = asked.seller
                AND {_naming("asked.seller", "asked.number", CREDIT_NOTE_CODES_SQL)}
                AND content IS NOT NULL AND copy_of IS NULL AND lifecycle_code <> ALL($4::text[])""",
            _ASKED,
            ("seller", "number"),
            company_siren,
            *_asked(named),
            list(NOT_CREDITING_CODES),
        )
        return {(seller, number): naming for (seller, number), naming in found.items()}

    async def credited_invoices_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Sequence[tuple[Invoice, bool]]]:
        rows = await self._crediting_of(
            company_siren, named, f"number = asked.number AND type_code NOT IN ({CREDIT_NOTE_CODES_SQL})", []
        )
        found: dict[tuple[str, str], list[tuple[Invoice, bool]]] = {}
        for r in rows:
            found.setdefault((r["seller"], r["number"]), []).append(
                (invoice_from_dict(r["content"]), r["ended"])
            )
        return found

    async def correctives_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Sequence[Invoice]]:
        which = _naming("asked.seller", "asked.number", CORRECTIVE_CODES_SQL)
        rows = await self._crediting_of(company_siren, named, which, list(NOT_CREDITING_CODES))
        found: dict[tuple[str, str], list[Invoice]] = {}
        for r in rows:
            found.setdefault((r["seller"], r["number"]), []).append(invoice_from_dict(r["content"]))
        return found

    async def _crediting_of(
        self, company_siren: str, named: Sequence[tuple[str, str]], which: str, leaving_out: list[str]
    ) -> Sequence[Any]:
        """The received invoices of each (seller, number) asked that `which` selects (by `asked.number`) and that
        take part in crediting: read (their content), the first copy, none whose lifecycle code is in `leaving_out`;
        oldest first, in one statement, each row with whether its lifecycle ended (refused, rejected, cancelled).
        The one-invoice reads ask for one pair: a condition is written once for GetReceivedInvoice and a page."""
        return await self._conn.fetch(
            f"""SELECT asked.seller, asked.number, x.content, x.ended FROM {_ASKED} CROSS JOIN LATERAL (
                    SELECT content, lifecycle_code = ANY($5::text[]) AS ended FROM received_invoices
                     WHERE company_siren = $1 AND seller_siren = asked.seller AND {which}
                       AND content IS NOT NULL AND copy_of IS NULL AND lifecycle_code <> ALL($4::text[])
                     ORDER BY created_at, id) AS x""",
            company_siren,
            *_asked(named),
            leaving_out,
            list(NOT_CREDITING_CODES),
        )

    async def paid_on_of(
        self, company_siren: str, invoices: Sequence[Invoice]
    ) -> Mapping[tuple[str, str, str, date], Mapping[Decimal, Decimal]]:
        rows = await self._conn.fetch(
            """SELECT r.seller_siren, r.number, r.type_code, r.issue_date, b.vat_rate, b.paid
                 FROM received_invoices r JOIN invoice_balances b ON b.invoice_id = r.id
                WHERE r.company_siren = $1 AND r.copy_of IS NULL
                  AND (r.seller_siren, r.number, r.type_code, r.issue_date)
                      IN (SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::date[]))""",
            company_siren,
            [i.seller.siren for i in invoices],
            [i.number for i in invoices],
            [i.type_code.value for i in invoices],
            [i.issue_date for i in invoices],
        )
        paid: dict[tuple[str, str, str, date], dict[Decimal, Decimal]] = {}
        for r in rows:
            key = (r["seller_siren"], r["number"], r["type_code"], r["issue_date"])
            paid.setdefault(key, {})[r["vat_rate"]] = r["paid"]
        return paid

    async def documents_of(self, company_siren: str, received_ids: Sequence[str]) -> Mapping[str, Invoice]:
        rows = await self._conn.fetch(
            """SELECT id::text AS id, content FROM received_invoices
                WHERE id = ANY($2::uuid[]) AND company_siren = $1 AND content IS NOT NULL""",
            company_siren,
            [uuid.UUID(i) for i in received_ids],
        )
        return {r["id"]: invoice_from_dict(r["content"]) for r in rows}

    async def credited_invoices(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Sequence[Invoice]:
        found = (await self.credited_invoices_of(company_siren, [(seller_siren, number)])).get(
            (seller_siren, number)
        )
        return [invoice for invoice, its_ended in found or () if ended or not its_ended]

    async def correctives(self, company_siren: str, seller_siren: str, number: str) -> Sequence[Invoice]:
        return (await self.correctives_of(company_siren, [(seller_siren, number)])).get(
            (seller_siren, number), []
        )

    async def paid_on(self, company_siren: str, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        key = (invoice.seller.siren, invoice.number, invoice.type_code.value, invoice.issue_date)
        return (await self.paid_on_of(company_siren, [invoice])).get(key, {})

    async def sent_platform_id(self, platform: str, number: str, seller_siren: str) -> str | None:
        """The platform id of the invoice WE sent through this platform (profile) as (seller, number). None when
        the status names no seller (a number alone would scan every invoice), or when two companies sent one under
        that seller and number (its own and a buyer's self-billed series: invoices_number_unique is per issuing
        company), which the status cannot tell apart."""
        if not seller_siren:
            return None
        rows = await self._conn.fetch(
            "SELECT s.platform_id FROM invoices i JOIN submissions s ON s.invoice_id = i.id"
            " WHERE i.seller_siren = $3 AND i.number = $2 AND s.platform = $1 AND s.platform_id <> '' LIMIT 2",
            platform,
            number,
            seller_siren,
        )
        return str(rows[0]["platform_id"]) if len(rows) == 1 else None

    async def first_copy(self, company_siren: str, identity: tuple[str, str, str, int]) -> str | None:
        seller, number, type_code, year = identity
        # Two copies delivered at once would each miss the other's uncommitted row: the second waits here for the
        # first's transaction, then reads it (lock order 4b, adapters.postgres.lock_order).
        await self._conn.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))",
            RECEIVED_IDENTITY_LOCK,
            "\x1f".join((company_siren, seller, number)),
        )
        value = await self._conn.fetchval(
            """SELECT id FROM received_invoices
               WHERE company_siren = $1 AND seller_siren = $2 AND number = $3 AND type_code = $4
                 AND issue_date >= make_date($5, 1, 1) AND issue_date < make_date($5 + 1, 1, 1)
               ORDER BY created_at, id LIMIT 1""",
            company_siren,
            seller,
            number,
            type_code,
            year,
        )
        return str(value) if value else None

    # --- writes --------------------------------------------------------------------------------------------------

    async def add(self, invoice: ReceivedInvoice, inbox_id: int | None) -> bool:
        """False when this platform invoice id is already stored (a webhook and a poll of the same invoice). The
        pending events are `save`'s."""
        parsed = invoice.invoice
        content, described, contents = stored(parsed) if parsed is not None else (None, None, None)
        totals = getattr(parsed, "totals", None)
        if isinstance(parsed, Invoice) and parsed.type_code.kind.amends and parsed.preceding_invoices:
            await self._lock_credited(invoice, parsed)
        inserted = await self._conn.fetchval(
            """INSERT INTO received_invoices (id, company_siren, platform, platform_invoice_id, sender_accept_status,
                   target_address, number, issue_date, type_code, currency, seller_siren, seller_name, buyer_siren,
                   tax_exclusive, tax_inclusive, amount_due, syntax, profile, valid, report, content, document,
                   media_type, filename, document_sha256, inbox_id, created_at, updated_at, layers, conclusions,
                   copy_of, attachments, attachment_contents)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                       $21, $22, $23, $24, $25, $26, $27, $27, $28, $29, $30, $31, $32)
               ON CONFLICT (platform, platform_invoice_id) DO NOTHING RETURNING true""",
            uuid.UUID(invoice.id),
            invoice.company_siren,
            invoice.platform,
            invoice.platform_invoice_id,
            invoice.sender_accept_status,
            invoice.target_address,
            invoice.number,
            getattr(parsed, "issue_date", None),
            str(getattr(getattr(parsed, "type_code", None), "value", "") or ""),
            getattr(parsed, "currency", "") or "",
            invoice.seller_siren,
            invoice.seller_name,
            getattr(getattr(parsed, "buyer", None), "siren", "") or "",
            getattr(totals, "tax_exclusive", None),
            getattr(totals, "tax_inclusive", None),
            getattr(totals, "amount_due", None),
            invoice.syntax,
            invoice.profile,
            invoice.valid,
            _report(invoice),
            content,
            invoice.document.content,
            invoice.document.media_type,
            invoice.document.filename,
            invoice.document.sha256,
            inbox_id,
            invoice.received_at,
            *_verdicts(invoice),
            uuid.UUID(invoice.copy_of) if invoice.copy_of else None,
            described,
            contents,
        )
        return bool(inserted)

    async def _lock_credited(self, note: ReceivedInvoice, parsed: Invoice) -> None:
        """A first copy of a credit note credits the received invoices of its seller it names from its COMMIT on (a
        corrective invoice replaces them):
        their rows are locked first, as a payment sent on one locks it (`locked`), so that payment is checked
        against the credit before or after it, never meanwhile (lock order 4 after this delivery's 4b:
        adapters.postgres.lock_order)."""
        seller = note.seller_siren or parsed.seller.siren
        if (
            note.copy_of or not seller
        ):  # neither credits (domain.credit_notes.books_credit, PgReception._crediting_of)
            return
        await self._conn.execute(
            f"""SELECT 1 FROM received_invoices WHERE company_siren = $1 AND seller_siren = $2 AND {_INVOICES_NUMBERED}
                 ORDER BY id FOR UPDATE""",
            note.company_siren,
            seller,
            parsed.preceding_invoices[0].number,
        )

    async def save(self, invoice: ReceivedInvoice) -> None:
        """The current status (when a move changed it) and the pending events, then cleared."""
        if not invoice.events:
            return
        if any(e.kind in _MOVES_LIFECYCLE for e in invoice.events):
            await self._conn.execute(
                "UPDATE received_invoices SET lifecycle_code = $2, updated_at = $3 WHERE id = $1",
                uuid.UUID(invoice.id),
                invoice.lifecycle_code,
                invoice.events[-1].at,
            )
        events = invoice.events
        # Every event of a received invoice is an audit entry too, in its transaction (as whoever writes it acts).
        entries = [
            sealing(draft(invoice.company_siren, received_invoice_audit_event(invoice.id, e), e.at))
            for e in events
        ]
        await self._conn.execute(
            _INSERT_EVENTS,
            uuid.UUID(invoice.id),
            invoice.company_siren,
            [e.kind.value for e in events],
            [e.state for e in events],
            [e.status_code for e in events],
            [e.detail for e in events],
            [json_text(findings_to_list(e.findings)) for e in events],
            [e.at for e in events],
            json_text(entries),
        )
        invoice.events.clear()

    async def add_status(self, record: ReceivedStatus) -> bool:
        """A status of a received invoice; False when this status id was already recorded (a redelivery or the
        poll of a pushed status)."""
        status = record.status
        inserted = await self._conn.fetchval(
            """INSERT INTO platform_statuses (platform, status_id, platform_invoice_id, received_invoice_id, code,
                   label, raw_code, reason, findings, at, inbox_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)
               ON CONFLICT (platform, status_id) DO NOTHING RETURNING true""",
            record.platform,
            status.status_id,
            record.platform_invoice_id,
            uuid.UUID(record.received_id),
            status.code,
            status.label,
            status.raw_code,
            status.reason,
            findings_to_list(status.findings),
            status.at,
            record.inbox_id,
        )
        return bool(inserted)

    async def locked(self, company_siren: str, received_id: str) -> ReceivedInvoice | None:
        """The invoice (content without its attachments, no document bytes) with its history, row-locked until the
        end of the transaction: its statuses and payments are checked one after the other. Nothing it is read for
        (SetBuyerStatus, RecordPaymentSent: amounts, seller, credit notes) reads an attachment, and its content is
        never written back (`save` writes events and the current status): a 5 MB PDF in BG-24 was read and decoded
        for each status and each payment (7 MB of JSON text, 119 MB at the peak, 60 ms of the loop), then unpacked
        by PostgreSQL to drop them, until they were kept apart (migration 0900)."""
        columns = f"{_SUMMARY}, content"
        row = await self._row(company_siren, received_id, columns, for_update=True)
        return None if row is None else await self._with_history(_received(row, with_content=True))

    async def _with_history(self, invoice: ReceivedInvoice) -> ReceivedInvoice:
        invoice.statuses = tuple(await self._history(invoice.id))
        # the history is the truth: a current status stored before ours counted in it is set right by the next save
        invoice.lifecycle_code = current_code(invoice.statuses)
        return invoice

    async def _history(self, received_id: str) -> list[StatusPoint]:
        """Statuses received from the platform plus those we queued or sent ourselves."""
        rows = await self._conn.fetch(
            """SELECT code, at FROM platform_statuses WHERE received_invoice_id = $1
               UNION ALL
               SELECT payload->>'code', created_at FROM outbox
                WHERE kind = $2 AND payload->>'received_invoice_id' = $3""",
            uuid.UUID(received_id),
            OutboxKind.SEND_STATUS,
            received_id,
        )
        return [StatusPoint(r["code"], r["at"]) for r in rows]

    async def queue_outgoing(self, invoice: ReceivedInvoice, status: OutgoingStatus) -> int:
        """A buyer status for the dispatcher (outbox kind send_status); the row's id."""
        outbox_id: int = await self._conn.fetchval(
            """INSERT INTO outbox (invoice_id, company_siren, kind, payload) VALUES (NULL, $1, $2, $3)
               RETURNING id""",
            invoice.company_siren,
            OutboxKind.SEND_STATUS,
            received_status_payload(invoice, status),
        )
        return outbox_id

    # --- reads (tenant-scoped) ----------------------------------------------------------------------------------

    async def get(self, company_siren: str, received_id: str) -> ReceivedInvoice | None:
        row = await self._row(
            company_siren, received_id, f"{_SUMMARY}, content, {ATTACHMENT_COLUMNS}, document"
        )
        return _received(row, with_document=True) if row else None

    async def stored_size(self, company_siren: str, received_id: str) -> int:
        # the TOAST pointers' sizes: no byte of the document is read
        row = await fetch_keyed(
            self._conn,
            "SELECT coalesce(pg_column_size(document), 0) + coalesce(pg_column_size(content), 0)"
            " + coalesce(pg_column_size(attachments), 0) + coalesce(pg_column_size(attachment_contents), 0) AS size"
            " FROM received_invoices WHERE company_siren = $2 AND id = $1",
            received_id,
            company_siren,
        )
        return int(row["size"]) if row is not None else 0

    async def _row(
        self, company_siren: str, received_id: str, columns: str, *, for_update: bool = False
    ) -> asyncpg.Record | None:
        """One of the company's received invoices (row-locked until the transaction ends `for_update`); an id that
        is not a uuid names none."""
        lock = " FOR UPDATE" if for_update else ""
        return await fetch_keyed(
            self._conn,
            f"SELECT {columns} FROM received_invoices WHERE id = $1 AND company_siren = $2{lock}",
            received_id,
            company_siren,
        )

    async def list(
        self, company_siren: str, flt: ReceivedFilter, page_size: int, page_token: str
    ) -> Page[ReceivedInvoice]:
        q = Listing(company_siren, page_scope(RECEIVED_INVOICES, company_siren, flt))
        q.one_of("lifecycle_code", flt.lifecycle_codes)
        q.equal("valid", flt.valid)
        q.party("seller", flt.seller)
        q.between("created_at", flt.received_from, flt.received_to)
        page = q.page(page_token, page_size)
        rows = await self._conn.fetch(
            f"SELECT {_SUMMARY} FROM received_invoices WHERE {q.where} {page}", *q.args
        )
        items = [_received(r) for r in rows[:page_size]]
        last = (items[-1].received_at, items[-1].id) if items else None
        return Page(items, q.next_token(len(rows), page_size, last))

    async def history(self, company_siren: str, received_id: str) -> builtins.list[ReceivedEvent]:
        rows = await self._conn.fetch(
            """SELECT * FROM received_invoice_events WHERE received_invoice_id = $1 AND company_siren = $2
                ORDER BY id""",
            uuid.UUID(received_id),
            company_siren,
        )
        return [event_of(r) for r in rows]


def event_of(row: asyncpg.Record) -> ReceivedEvent:
    event = from_row(
        ReceivedInvoiceEvent,
        row,
        kind=ReceivedEventKind(row["kind"]),
        findings=findings_from_list(row["findings"]),
    )
    return ReceivedEvent(row["id"], str(row["received_invoice_id"]), row["company_siren"], event)


def _asked(named: Sequence[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The (seller, number) pairs asked as `_ASKED`'s two arrays, each pair once."""
    pairs = list(dict.fromkeys(named))
    return [seller for seller, _ in pairs], [number for _, number in pairs]
