"""Outbound invoices in PostgreSQL: one row per invoice (content as JSONB), its lines, events and outbox rows.

Writes happen on the unit of work's connection, inside its transaction. The invoice row and its lines are
written at once, so constraint violations surface at `add`/`save`; pending events and their outbox rows are
written by `flush_events` just before COMMIT, under a per-company advisory lock held until COMMIT: event ids of
one company are therefore committed in increasing order, and a watcher resuming after id N misses nothing. That
lock comes after every invoice row the transaction changes (the lock order: adapters.postgres.lock_order).
`insert_new_invoices` writes a batch of new invoices the same way (same order, same locks) in one statement that
commits by itself: the group commit of adapters.postgres.submission_writer.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import asyncpg

from adapters.json_text import canonical_json
from adapters.json_text import dumps as json_text
from adapters.page_token import INVOICES, page_scope
from adapters.postgres.audit_log import audit_cte, company_locks_cte, draft, sealing
from adapters.postgres.connection import Connection, Row, aliased_columns, from_row, prefixed
from adapters.postgres.keys import fetch_keyed, uuid_or_none
from adapters.postgres.listing import NEWEST_FIRST, Listing
from adapters.postgres.payment_repository import (
    CONTENT_WITHOUT_ATTACHMENTS,
    credit_locks_cte,
    credits_on_arrival,
    lock_credited,
)
from domain.audit import Acting, current_acting
from domain.audit_trail import invoice_audit_items
from domain.emission import InvoiceEvent, OutboundInvoice, ProcessingState, event_kind
from domain.errors import ConcurrencyConflict, DuplicateInvoiceNumber
from domain.invoice import Invoice
from domain.outbox import outbox_rows
from domain.ports import DuplicateRequest, InvoiceFilter, Page, ReadWithoutAttachments
from domain.serialization import (
    findings_from_list,
    findings_to_list,
    invoice_from_dict,
    invoice_to_dict,
)

# The invoices' stored bytes (`pg_column_size` of their content, attachments and lines included) one ListInvoices page
# reads and sends at most, beside one invoice alone, which always passes: the page is cut short there and its token
# goes on from the last invoice in it. Whole invoices of 20 MiB of attachments each made an 81 MB answer of four that
# gRPC refused to send (past GRPC_MAX_MESSAGE_MB), after the process had read and decoded them all; 500 would be
# 10 GB. Lines compress about 5 times as stored, so a page decodes to some 40 MB of JSON at most.
PAGE_BYTES = 8 << 20

_COLUMNS = """id, company_siren, request_id, request_hash, content, created_at, state, findings, lifecycle_code,
              platform_id, document_sha256, last_error, version"""
# The content without its attachments (CONTENT_WITHOUT_ATTACHMENTS): PostgreSQL reads the value and sends the rest
# (0.7 ms for an invoice carrying a 2 MB PDF, 2.8 ms for 7 MB; keeping each attachment but its bytes, through
# jsonb_array_elements, took 14 and 79 ms), nothing of them decoded here.
_COLUMNS_WITHOUT_ATTACHMENTS = _COLUMNS.replace("content,", f"{CONTENT_WITHOUT_ATTACHMENTS} AS content,", 1)

# Columns copied from the EN 16931 content (written when the content object changes), then the processing columns
# (each written only when its value changed since the invoice was loaded).
_CONTENT_COLUMNS = (
    "number",
    "seller_siren",
    "buyer_siren",
    "buyer_name",
    "issue_date",
    "type_code",
    "processing_rule",
    "currency",
    "tax_exclusive",
    "tax_total",
    "tax_inclusive",
    "amount_due",
    "content",
)
_STATE_COLUMNS = ("state", "lifecycle_code", "platform_id", "document_sha256", "last_error", "findings")

_INSERT_ARITY = (
    4 + len(_CONTENT_COLUMNS) + len(_STATE_COLUMNS) + 2
)  # ... version, created_at (also updated_at)
_INSERT_INVOICE = f"""
INSERT INTO invoices (id, company_siren, request_id, request_hash, {", ".join(_CONTENT_COLUMNS + _STATE_COLUMNS)},
                      version, created_at, updated_at)
VALUES ({", ".join(f"${i}" for i in range(1, _INSERT_ARITY + 1))}, ${_INSERT_ARITY})
"""


def _lines_insert(source: str) -> str:
    """The lines of the invoices of `source` (a FROM item with columns `id` and `content`), read from their stored
    content in the statement: the texts `invoice_to_dict` wrote, decimals as `str` wrote them, so each numeric keeps
    the scale it was written with; a field left out (None) is NULL. Nothing to encode per line on this side."""
    return f"""
INSERT INTO invoice_lines (invoice_id, position, line_id, quantity, net_price, net_amount, vat_category, vat_rate,
                           item_name)
SELECT s.id, l.n, l.v->>'id', (l.v->>'quantity')::numeric, (l.v->>'net_price')::numeric,
       (l.v->>'net_amount')::numeric, l.v->>'vat_category', (l.v->>'vat_rate')::numeric, l.v->'item'->>'name'
  FROM {source} AS s, jsonb_array_elements(s.content->'lines') WITH ORDINALITY AS l(v, n)
"""


# After `save` rewrote the content (same transaction): the lines of invoice $1 from it.
_INSERT_LINES = _lines_insert("(SELECT id, content FROM invoices WHERE id = $1)")

# A new invoice and its lines in one statement (one round trip); the lines' foreign key is checked at its end.
_INSERT_INVOICE_AND_LINES = f"""
WITH new_invoice AS ({_INSERT_INVOICE.strip()} RETURNING id, content)
{_lines_insert("new_invoice").strip()}
"""

# The columns of `_INSERT_INVOICE` (updated_at aside) by name and type, as the keys of `new_invoice_row`'s JSON.
_ROW_COLUMNS = (
    "id",
    "company_siren",
    "request_id",
    "request_hash",
    *_CONTENT_COLUMNS,
    *_STATE_COLUMNS,
    "version",
    "created_at",
)
_ROW_TYPES = (
    "uuid",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "date",
    "text",
    "text",
    "text",
    "numeric",
    "numeric",
    "numeric",
    "numeric",
    "jsonb",
    "text",
    "text",
    "text",
    "text",
    "text",
    "jsonb",
    "int",
    "timestamptz",
)
assert len(_ROW_TYPES) == len(_ROW_COLUMNS) == _INSERT_ARITY
_NUMERIC_INDEXES = tuple(k for k, kind in enumerate(_ROW_TYPES) if kind == "numeric")
_CREATED_AT = _ROW_COLUMNS.index("created_at")


def _field(source: str, name: str, kind: str) -> str:
    """The value of key `name` of the JSONB object `source` as SQL type `kind` (JSON null: NULL)."""
    if kind == "jsonb":
        return f"{source}->'{name}'"
    return f"{source}->>'{name}'" if kind == "text" else f"({source}->>'{name}')::{kind}"


def _events_and_outbox(
    written: str,
    setting: str,
    *,
    events: tuple[str, str, str],
    messages: tuple[str, str],
    entries: tuple[str, str, str],
    lock_from: str = "",
) -> str:
    """THE place where invoice events, their outbox rows and their audit entries are inserted: the CTEs
    `company_locks`, `new_events`, `new_outbox` and `audit` of a statement writing the invoices of relation `written`
    (a CTE with columns `id` and `company_siren`, any companies). As a unit of work does: the companies' advisory
    locks in sorted order (code points), every event inserted out of the join with the locks (no event id is drawn
    before they are held), the locks held until the COMMIT so each company's event ids commit in increasing order,
    and watchers resuming after id N miss nothing. `setting` ('on'/'off', usually a parameter) silences the NOTIFY
    triggers (migration 0008; they fire at the statement's end) for a caller that notifies after its commit;
    `lock_from` (", relation") makes the locks wait for that relation. Outbox rows need no order; a data-modifying
    WITH runs whether or not it is referenced.

    The audit entries (`sealing` objects of the written invoices' events, in chain order) go to
    `audit_log_append` (adapters.postgres.audit_log `audit_cte`), which takes the same company locks, reads the
    chains' heads, numbers, seals and inserts them: in the transaction of what they record, with no round trip of
    their own; the statement's main query must read `audit` for it to run.

    Where the rows come from is the caller's: `events` is (FROM items joined with `written`, the values of kind,
    state, status code, detail, findings (jsonb), at, the ORDER BY), `messages` is (FROM items, the values of kind
    and payload (jsonb)), `entries` is (FROM items joined with `written`, the entry (jsonb), the ORDER BY); see
    `events_and_outbox` and `_insert_new_invoices`."""
    event_from, event_values, event_order = events
    message_from, message_values = messages
    entry_from, entry_value, entry_order = entries
    return f"""
     {company_locks_cte(written, setting, lock_from)},
     new_events AS (
         INSERT INTO invoice_events (invoice_id, company_siren, kind, state, status_code, detail, findings, at)
         SELECT {written}.id, {written}.company_siren, {event_values}
           FROM company_locks, {event_from}
          ORDER BY {event_order}),
     new_outbox AS (
         INSERT INTO outbox (invoice_id, company_siren, kind, payload)
         SELECT {written}.id, {written}.company_siren, {message_values}
           FROM company_locks, {message_from}),
     {audit_cte(f"SELECT coalesce(jsonb_agg({entry_value} ORDER BY {entry_order}), '[]') FROM company_locks, {entry_from}")}"""


def _insert_new_invoices() -> str:
    """New invoices, their lines, events and outbox rows in one statement, hence one transaction of its own when it
    runs outside one (autocommit): one round trip, no BEGIN/COMMIT. An invoice whose request id or number is taken
    (by a committed row, by a concurrent transaction once it commits, or by an earlier row of the same batch) is
    skipped with its lines, events and outbox rows; the statement returns the ids written.

    The batch is ONE parameter, a JSON array of `new_invoice_row` objects (asyncpg encodes one text instead of an
    array per column and PostgreSQL parses each invoice's content once, as it would its own parameter); the
    invoices are inserted in array order.

    The order is a unit of work's: the invoices are all inserted first (the locks' sorted DISTINCT reads them all),
    then the companies' advisory locks are taken in sorted order (code points, as `flush_events`), then the events
    are inserted, each out of the join with the locks (no event id is drawn before they are held); the locks are
    held until the COMMIT, so each company's event ids commit in increasing order. `set_config` silences the NOTIFY
    triggers (they fire at the statement's end): the caller notifies after the commit.

    The written invoices' audit entries (each row's "audit", `sealing` objects) are appended to their chains in the
    same statement (`_events_and_outbox`); the main query reads the `audit` CTE, so it always runs."""
    values = ", ".join(_field("r", name, kind) for name, kind in zip(_ROW_COLUMNS, _ROW_TYPES, strict=True))
    lines = _lines_insert("new_invoices").strip()
    # The events and outbox messages of each written invoice, from its JSON row (`new_invoice_row`).
    event_values = ", ".join(
        _field("e", name, kind)
        for name, kind in (
            ("kind", "text"),
            ("state", "text"),
            ("status_code", "text"),
            ("detail", "text"),
            ("findings", "jsonb"),
            ("at", "timestamptz"),
        )
    )
    events = (
        "written, jsonb_array_elements(written.r->'events') WITH ORDINALITY AS t(e, k)",
        event_values,
        "written.n, k",
    )
    messages = (
        "written, jsonb_array_elements(written.r->'outbox') AS t(m)",
        f"{_field('m', 'kind', 'text')}, {_field('m', 'payload', 'jsonb')}",
    )
    entries = (
        "written, jsonb_array_elements(written.r->'audit') WITH ORDINALITY AS t(a, k)",
        "a",
        "written.n, k",
    )
    return f"""
WITH batch AS MATERIALIZED (SELECT r, n FROM jsonb_array_elements($1::text::jsonb) WITH ORDINALITY AS b(r, n)),
     new_invoices AS (
         {_INSERT_INVOICE.strip().partition("VALUES")[0].strip()}
         SELECT {values}, {_field("r", "created_at", "timestamptz")} FROM batch ORDER BY n
         ON CONFLICT DO NOTHING
         RETURNING id, company_siren, seller_siren, type_code, state, content),
     {credit_locks_cte("new_invoices c", "c", "c.state")},
     new_lines AS ({lines}),
     written AS (
         SELECT new_invoices.id, new_invoices.company_siren, batch.r, batch.n
           FROM batch JOIN new_invoices ON new_invoices.id = {_field("batch.r", "id", "uuid")}),
     {_events_and_outbox("written", "$2", events=events, messages=messages, entries=entries, lock_from=", credit_locks").strip()}
SELECT id FROM new_invoices, audit
"""


def events_and_outbox(first: int, written: str, lock_from: str = "") -> str:
    """`_events_and_outbox` with its rows from parameters (from `first` on, those of `event_arguments`): what a
    unit of work's save and flush, and the send journal, write."""
    e = first
    events = (
        f"""unnest(${e}::uuid[], ${e + 1}::text[], ${e + 2}::text[], ${e + 3}::text[], ${e + 4}::text[],
                       ${e + 5}::text[], ${e + 6}::timestamptz[]) WITH ORDINALITY AS t(i, k, s, c, d, f, a, n)
                JOIN {written} ON i = {written}.id""",
        "k, s, c, d, f::jsonb, a",
        "n",
    )
    messages = (
        f"unnest(${e + 7}::uuid[], ${e + 8}::text[], ${e + 9}::text[]) AS t(i, k, p) JOIN {written} ON i = {written}.id",
        "k, p::jsonb",
    )
    # Each entry as [invoice id, `sealing` object]: those of invoices not written are left out.
    entries = (
        f"""jsonb_array_elements(${e + 11}::text::jsonb) WITH ORDINALITY AS t(a, n)
                JOIN {written} ON (a->>0)::uuid = {written}.id""",
        "a->1",
        "n",
    )
    return _events_and_outbox(
        written, f"${e + 10}", events=events, messages=messages, entries=entries, lock_from=lock_from
    )


def event_arguments(
    changes: Sequence[tuple[OutboundInvoice, Sequence[InvoiceEvent]]], *, notify_after_commit: bool = False
) -> list[Any]:
    """The parameters of `events_and_outbox` for these events of these invoices (any companies), with their audit
    entries in chain order, acting as whoever writes them (domain.audit: the edge set it)."""
    rows = [event for invoice, events in changes for event in _event_rows(invoice, events)]
    messages = [message for invoice, events in changes for message in _message_rows(invoice, events)]
    acting = current_acting()
    entries = [
        [invoice.id, e] for invoice, events in changes for e in _audit_entries(invoice, events, acting)
    ]
    return [
        *_columns(rows, _EVENT_ARITY),
        *_columns(messages, _MESSAGE_ARITY),
        "on" if notify_after_commit else "off",
        json_text(entries),
    ]


_INSERT_NEW_INVOICES = _insert_new_invoices()


# A unit of work's pending events that `save` did not write with its UPDATE (any companies, one statement).
_INSERT_EVENTS_AND_OUTBOX = f"""
WITH pending AS (SELECT DISTINCT i AS id, c AS company_siren FROM unnest($1::uuid[], $2::text[]) AS p(i, c)),
     {events_and_outbox(3, "pending").strip()}
SELECT count(*) FROM company_locks, audit
"""
_EVENTS_ARITY = 12  # parameters of `events_and_outbox`


def _save_with_events(assignments: str) -> str:
    """`save`'s UPDATE and the invoice's pending events in one statement: the events, their audit entries (and the
    lock) only when the version check let the UPDATE through. Parameters: id, company, expected and new version, the events' (see
    `events_and_outbox`), then the columns of `assignments`."""
    return f"""
WITH updated AS (
         UPDATE invoices SET {assignments}version = $4, updated_at = now()
          WHERE id = $1 AND company_siren = $2 AND version = $3
         RETURNING id, company_siren),
     {events_and_outbox(5, "updated").strip()}
SELECT count(*) FROM updated, audit
"""


@dataclass(frozen=True, slots=True)
class NewInvoiceRow:
    """A new invoice as `insert_new_invoices` writes it, encoded by `new_invoice_row` in the submitting task (where
    `reusing_encodings` reuses the fingerprint's encodings)."""

    invoice: OutboundInvoice
    # JSON text of an object: the columns of _ROW_COLUMNS by name (decimals as strings, timestamps in UTC), its
    # pending "events", their "audit" entries and its "outbox" messages; its lines are read from its content by the
    # statement.
    text: str


def new_invoice_row(invoice: OutboundInvoice) -> NewInvoiceRow:
    """Encoded in the submitting task: who submits is read there (the writer's own task acts as the gateway)."""
    values = _row_values(invoice)
    for k in _NUMERIC_INDEXES:
        if values[k] is not None:
            values[k] = str(values[k])  # as written: PostgreSQL keeps the scale of the text
    values[_CREATED_AT] = _utc(values[_CREATED_AT])
    row = dict(zip(_ROW_COLUMNS, values, strict=True))
    row["events"] = [
        {
            "kind": e.kind,
            "state": e.state.value,
            "status_code": e.status_code,
            "detail": e.detail,
            "findings": findings_to_list(e.findings),
            "at": _utc(e.at),
        }
        for e in invoice.events
    ]
    row["audit"] = _audit_entries(invoice, invoice.events, current_acting())
    row["outbox"] = [
        {"kind": str(m.kind), "payload": m.payload} for m in outbox_rows(invoice, invoice.events)
    ]
    return NewInvoiceRow(invoice, json_text(row))


def _audit_entries(
    invoice: OutboundInvoice, events: Sequence[InvoiceEvent], acting: Acting
) -> list[dict[str, Any]]:
    """The audit entries of these events of `invoice`, as `audit_log_append` takes them (`sealing` objects)."""
    return [sealing(draft(*item)) for item in invoice_audit_items(invoice, list(events), acting)]


def _utc(at: datetime) -> datetime:
    """The instant asyncpg would write for `at` (a naive one is local time), with its offset spelled out."""
    return at.astimezone(UTC)


async def insert_new_invoices(
    conn: Connection, rows: Sequence[NewInvoiceRow], *, notify_after_commit: bool = False
) -> list[OutboundInvoice]:
    """Write new invoices with their lines, pending events, audit entries and outbox rows in one statement (see
    `_insert_new_invoices`), committed by itself when `conn` is not in a transaction. An invoice whose request id or
    number is taken, possibly by an earlier one of `rows`, is skipped rather than refused: it is the caller's to
    resolve. The invoices written, their events still pending (the caller clears them once committed). With
    `notify_after_commit`, the NOTIFY triggers stay silent (see `PgInvoiceRepository.flush_events`)."""
    if not rows:
        return []
    batch = "[" + ",".join(row.text for row in rows) + "]"
    records = await conn.fetch(_INSERT_NEW_INVOICES, batch, "on" if notify_after_commit else "off")
    written = {str(r["id"]) for r in records}
    return [row.invoice for row in rows if row.invoice.id in written]


class PgInvoiceRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        # What this unit of work loaded or wrote: the version to check on save, the content object and the
        # processing columns to compare (save writes only what changed).
        self._versions: dict[str, int] = {}
        self._contents: dict[str, Invoice] = {}
        self._states: dict[str, tuple[Any, ...]] = {}
        # The invoices read without their attachments (`get(attachments=False)`): their content is never written.
        self._without_attachments: set[str] = set()
        self._pending: dict[str, OutboundInvoice] = {}
        # Events `save` already wrote in this transaction (per invoice: how many of its pending events), and
        # their companies (notified after the commit like those `flush_events` writes).
        self._written: dict[str, int] = {}
        self._written_companies: set[str] = set()
        # Set by the unit of work: silence the NOTIFY triggers when it notifies after its commit itself.
        self.notify_after_commit = False

    async def add(self, invoice: OutboundInvoice) -> None:
        try:
            await self._conn.execute(_INSERT_INVOICE_AND_LINES, *_row_values(invoice))
        except asyncpg.UniqueViolationError as exc:
            raise _unique_violation(exc, invoice) from exc
        if credits_on_arrival(None, invoice):
            await lock_credited(self._conn, invoice)
        self._track(invoice)

    def attach(self, invoice: OutboundInvoice) -> None:
        """Adopt an invoice read outside this unit of work (e.g. with its outbox row): `save` then checks that it
        is still at the version it was read at."""
        self._remember(invoice)

    async def save(self, invoice: OutboundInvoice) -> None:
        expected = self._versions.get(invoice.id)
        if expected is None:
            raise ValueError(f"invoice {invoice.id} was not loaded by this unit of work")
        # A change made without recording an event still gets a new version.
        version = max(invoice.version, expected + 1)
        content_changed = invoice.invoice is not self._contents.get(invoice.id)
        if content_changed and invoice.id in self._without_attachments:
            raise ReadWithoutAttachments(invoice.id)
        columns: list[str] = []
        values: list[Any] = []
        if content_changed:
            columns += _CONTENT_COLUMNS
            values += _content_values(invoice)
        for column, before, after in zip(
            _STATE_COLUMNS, self._states[invoice.id], _state_values(invoice), strict=True
        ):
            if before != after:
                columns.append(column)
                values.append(_written(column, after))
        events = invoice.events[self._written.get(invoice.id, 0) :]
        # The invoice's events ride on its UPDATE (one round trip less) when nothing else this unit of work holds
        # could write events of another company later: flush_events takes the companies' locks in one order.
        with_events = bool(events) and not content_changed and self._versions.keys() == {invoice.id}
        first = 5 + (_EVENTS_ARITY if with_events else 0)
        assignments = "".join(f"{column} = ${i}, " for i, column in enumerate(columns, start=first))
        key = uuid.UUID(invoice.id)
        if credits_on_arrival(ProcessingState(self._states[invoice.id][0]), invoice):
            await lock_credited(self._conn, invoice)  # before the company's lock, which the events take
        try:
            if with_events:
                updated = await self._conn.fetchval(
                    _save_with_events(assignments),
                    key,
                    invoice.company_siren,
                    expected,
                    version,
                    *event_arguments([(invoice, events)], notify_after_commit=self.notify_after_commit),
                    *values,
                )
                status = f"UPDATE {updated}"
            else:
                status = await self._conn.execute(
                    f"UPDATE invoices SET {assignments}version = $4, updated_at = now()"
                    " WHERE id = $1 AND company_siren = $2 AND version = $3",
                    key,
                    invoice.company_siren,
                    expected,
                    version,
                    *values,
                )
        except asyncpg.UniqueViolationError as exc:
            raise _unique_violation(exc, invoice) from exc
        if status != "UPDATE 1":
            raise ConcurrencyConflict(f"invoice {invoice.id} changed since it was read (version {expected})")
        if with_events:
            self._written[invoice.id] = len(invoice.events)
            self._written_companies.add(invoice.company_siren)
        invoice.version = version
        if content_changed:
            await self._conn.execute("DELETE FROM invoice_lines WHERE invoice_id = $1", uuid.UUID(invoice.id))
            await self._insert_lines(invoice)
        self._track(invoice)

    async def get(
        self, company_siren: str, invoice_id: str, *, attachments: bool = True
    ) -> OutboundInvoice | None:
        columns = _COLUMNS if attachments else _COLUMNS_WITHOUT_ATTACHMENTS
        row = await fetch_keyed(
            self._conn,
            f"SELECT {columns} FROM invoices WHERE id = $1 AND company_siren = $2",
            invoice_id,
            company_siren,
        )
        invoice = self._loaded(row)
        if invoice is not None and attachments:
            self._without_attachments.discard(invoice.id)
        elif invoice is not None:
            self._without_attachments.add(invoice.id)
        return invoice

    async def stored_size(self, company_siren: str, invoice_id: str, *, attachments: bool = True) -> int:
        # with them: the TOAST pointer's size, no byte of the content read; without: the value `get` reads so, as
        # PostgreSQL builds it (uncompressed, what is decoded)
        content = "content" if attachments else CONTENT_WITHOUT_ATTACHMENTS
        row = await fetch_keyed(
            self._conn,
            f"SELECT pg_column_size({content}) AS size FROM invoices WHERE company_siren = $2 AND id = $1",
            invoice_id,
            company_siren,
        )
        return int(row["size"]) if row is not None else 0

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None:
        row = await self._conn.fetchrow(
            f"SELECT {_COLUMNS} FROM invoices WHERE company_siren = $1 AND request_id = $2",
            company_siren,
            request_id,
        )
        return self._loaded(row)

    async def list(
        self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str
    ) -> Page[OutboundInvoice]:
        q = Listing(company_siren, page_scope(INVOICES, company_siren, flt))
        q.one_of("state", [s.value for s in flt.states])
        q.one_of("lifecycle_code", flt.lifecycle_codes)
        q.between("issue_date", flt.issued_from, flt.issued_to)
        q.party("buyer", flt.counterparty)
        page = q.page(page_token, page_size)
        budget, size = q.param(PAGE_BYTES), q.param(page_size)
        # The page's ids first, then their rows: the ids, dates, states and order keys are in the indexes
        # (migration 0111), so a period's listing reads its entries from an index and only the page from the table.
        # `pg_column_size` reads a stored value's size from its TOAST pointer, not its bytes; the rows that fit
        # PAGE_BYTES (the first always) are read whole, `fetched` says how many the page's query found.
        rows = await self._conn.fetch(
            f"""WITH found AS (SELECT id, created_at, pg_column_size(content) AS size FROM invoices
                                WHERE {q.where} {page}),
                     fitting AS (SELECT id, sum(size) OVER w AS upto, row_number() OVER w AS n FROM found
                                 WINDOW w AS ({NEWEST_FIRST}))
                SELECT {_COLUMNS}, (SELECT count(*) FROM found) AS fetched FROM invoices
                 WHERE company_siren = $1
                   AND id IN (SELECT id FROM fitting WHERE n <= {size} AND (n = 1 OR upto <= {budget}))
                 {NEWEST_FIRST}""",
            *q.args,
        )
        items = [self._loaded(row) for row in rows]
        invoices = [i for i in items if i is not None]
        last = (invoices[-1].created_at, invoices[-1].id) if invoices else None
        fetched = rows[0]["fetched"] if rows else 0
        return Page(items=invoices, next_token=q.next_token(fetched, len(rows), last))

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[InvoiceEvent]:
        key = uuid_or_none(invoice_id)
        if key is None:
            return []
        rows = await self._conn.fetch(
            """SELECT kind, state, status_code, detail, findings, at FROM invoice_events
                WHERE invoice_id = $1 AND company_siren = $2 ORDER BY id""",
            key,
            company_siren,
        )
        return [event_from_row(row) for row in rows]

    async def flush_events(self, *, notify_after_commit: bool = False) -> builtins.list[str]:
        """Write the pending events (those `save` did not write already), their outbox rows and audit entries (one
        statement); called by the unit of work just before COMMIT. With `notify_after_commit`, the NOTIFY triggers stay silent and the caller
        notifies, after its COMMIT, the companies returned (those with new events) and the outbox channel."""
        pending = [i for i in self._pending.values() if len(i.events) > self._written.get(i.id, 0)]
        if pending:  # one statement for every company: it takes their locks in one order (no deadlock)
            unwritten = [(i, i.events[self._written.get(i.id, 0) :]) for i in pending]
            await self._conn.execute(
                _INSERT_EVENTS_AND_OUTBOX,
                [uuid.UUID(i.id) for i in pending],
                [i.company_siren for i in pending],
                *event_arguments(unwritten, notify_after_commit=notify_after_commit),
            )
        return sorted(self._written_companies.union(i.company_siren for i in pending))

    def committed(self) -> None:
        """The transaction committed: the pending events are history now."""
        for invoice in self._pending.values():
            invoice.events.clear()
        self._pending.clear()
        self._written.clear()
        self._written_companies.clear()

    async def _insert_lines(self, invoice: OutboundInvoice) -> None:
        await self._conn.execute(_INSERT_LINES, uuid.UUID(invoice.id))

    def _remember(self, invoice: OutboundInvoice) -> None:
        self._versions[invoice.id] = invoice.version
        self._contents[invoice.id] = invoice.invoice
        self._states[invoice.id] = _state_values(invoice)

    def _track(self, invoice: OutboundInvoice) -> None:
        self._remember(invoice)
        self._pending[invoice.id] = invoice

    def _loaded(self, row: asyncpg.Record | None) -> OutboundInvoice | None:
        if row is None:
            return None
        invoice = invoice_from_row(row)
        self._remember(invoice)
        return invoice


def invoice_columns(alias: str, prefix: str) -> str:
    """The columns `invoice_from_row` reads, from table alias `alias`, renamed with `prefix` (to join them)."""
    return aliased_columns(alias, prefix, (c.strip() for c in _COLUMNS.split(",")))


def invoice_from_row(row: Row, prefix: str = "") -> OutboundInvoice:
    col = prefixed(row, prefix)
    return from_row(
        OutboundInvoice,
        row,
        prefix,
        id=str(col("id")),
        invoice=invoice_from_dict(col("content")),
        state=ProcessingState(col("state")),
        findings=findings_from_list(col("findings")),
    )


def event_from_row(row: asyncpg.Record) -> InvoiceEvent:
    return InvoiceEvent(
        kind=event_kind(row["kind"]),
        at=row["at"],
        state=ProcessingState(row["state"]),
        status_code=row["status_code"],
        detail=row["detail"],
        findings=findings_from_list(row["findings"]),
    )


def _row_values(invoice: OutboundInvoice) -> list[Any]:
    """A new invoice's values of _ROW_COLUMNS, in their order (the id as text, which asyncpg also takes for a uuid)."""
    return [
        invoice.id,
        invoice.company_siren,
        invoice.request_id,
        invoice.request_hash,
        *_content_values(invoice),
        *map(_written, _STATE_COLUMNS, _state_values(invoice)),
        invoice.version,
        invoice.created_at,
    ]


def _content_values(invoice: OutboundInvoice) -> list[Any]:
    """The columns copied from the EN 16931 content, in the order of _CONTENT_COLUMNS."""
    content = invoice.invoice
    totals = content.totals
    return [
        content.number,
        content.seller.siren or None,
        content.buyer.siren,
        content.buyer.name,
        content.issue_date,
        content.type_code.value,
        content.processing_rule.value,
        content.currency,
        totals.tax_exclusive if totals else None,
        totals.tax_total if totals else None,
        totals.tax_inclusive if totals else None,
        totals.amount_due if totals else None,
        invoice_to_dict(content),
    ]


_EVENT_ARITY = 7
_MESSAGE_ARITY = 3


def _event_rows(
    invoice: OutboundInvoice, events: Sequence[InvoiceEvent] | None = None
) -> list[tuple[Any, ...]]:
    """The pending events' columns (or those of `events`): invoice id, kind, state, status code, detail, findings,
    at."""
    key = uuid.UUID(invoice.id)
    # JSON as text: asyncpg would read a list of lists as a two-dimensional array.
    return [
        (
            key,
            e.kind,
            e.state.value,
            e.status_code,
            e.detail,
            canonical_json(findings_to_list(e.findings)),
            e.at,
        )
        for e in (invoice.events if events is None else events)
    ]


def _message_rows(
    invoice: OutboundInvoice, events: Sequence[InvoiceEvent] | None = None
) -> list[tuple[Any, ...]]:
    """The outbox rows the pending events (or `events`) call for: invoice id, kind, payload."""
    key = uuid.UUID(invoice.id)
    chosen = invoice.events if events is None else events
    return [(key, str(m.kind), canonical_json(m.payload)) for m in outbox_rows(invoice, chosen)]


def _columns(rows: Sequence[Sequence[Any]], arity: int) -> list[list[Any]]:
    """Rows as parallel arrays (`arity` of them, empty when there is no row)."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(arity)]


def _state_values(invoice: OutboundInvoice) -> tuple[Any, ...]:
    """The processing columns, in the order of _STATE_COLUMNS (compared on save; see `_written`)."""
    return (
        invoice.state.value,
        invoice.lifecycle_code,
        invoice.platform_id,
        invoice.document_sha256,
        invoice.last_error,
        invoice.findings,
    )


def _written(column: str, value: Any) -> Any:
    return findings_to_list(value) if column == "findings" else value


def _unique_violation(exc: asyncpg.UniqueViolationError, invoice: OutboundInvoice) -> Exception:
    if exc.constraint_name == "invoices_request_unique":
        return DuplicateRequest(invoice.request_id)
    if exc.constraint_name == "invoices_number_unique":
        return DuplicateInvoiceNumber(
            f"invoice number {invoice.number!r} (BT-1) is already used by seller {invoice.invoice.seller.siren}"
            " (BT-30) in this company's invoices: an invoice number identifies one invoice of a seller"
        )
    return exc
