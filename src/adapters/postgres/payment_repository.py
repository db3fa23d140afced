"""Payments on invoices and the books per VAT rate they leave (migration 0100), on the unit of work's connection.

An invoice's held-payments lock (`held`) comes before its row and its company's lock: adapters.postgres.lock_order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from adapters.postgres.connection import Connection
from adapters.postgres.reporting_repository import PgReportingRepository, hold_declarations
from domain.credit_notes import MAX_KINDS, NOT_APPLIED_SAID, AlikeNotes, CreditNotesNaming
from domain.document_types import codes
from domain.emission import WITH_ITS_BUYER, OutboundInvoice, ProcessingState
from domain.errors import ConcurrencyConflict
from domain.invoice import Invoice
from domain.money import ZERO
from domain.payment_ports import StoredPayment
from domain.payments import (
    Payment,
    PaymentApplied,
    PaymentSide,
    PaymentState,
    RatePart,
    Settlement,
    owed_per_rate,
)
from domain.reception import NOT_CREDITING_CODES
from domain.reporting.payments import PaymentEvent
from domain.serialization import from_json_value, invoice_from_dict, to_json_value
from domain.totals import canonical_rate

_COLUMNS = (
    "company_siren, payment_id, invoice_id::text AS invoice_id, side, paid_on, amount, request, parts, recorded_at,"
    " state, refusal"
)
# Written out as the literal list of migration 0360's partial index, so the planner can use it (a parameter could
# not be proven to fall within it); the codes are digits (domain.document_types), a test checks the two agree.
CREDIT_NOTE_CODES_SQL = ", ".join(f"'{code}'" for code in sorted(codes("credit_note")))
CORRECTIVE_CODES_SQL = ", ".join(f"'{code}'" for code in sorted(codes("corrective")))
# The documents that change the books of the invoice they name (DocumentKind.amends): a credit note, a corrective
# invoice. Bringing one to its buyer takes the lock of the invoice it names (`credit_locks_cte`, `lock_credited`).
_AMENDING_CODES_SQL = f"{CREDIT_NOTE_CODES_SQL}, {CORRECTIVE_CODES_SQL}"
_WITH_ITS_BUYER = sorted(state.value for state in WITH_ITS_BUYER)
# An invoice or credit note whose lifecycle ended (refused, rejected, cancelled, inadmissible) takes no part in
# crediting (domain.credit_notes.books_credit), as a received one so ended (PgReception._crediting).
_NOT_CREDITING = sorted(NOT_CREDITING_CODES)
# Advisory lock namespace of an invoice's payments and credit (7001: a company's events, 7002: a platform id). Taken
# before any audit entry (7001) by every path that reads its books to decide (hold, release, refuse, pay: `held`),
# and by every write that brings a credit note naming it to its buyer (`credit_locks_cte`, `lock_credited`), so a
# payment is checked against the credit notes committed before it, and a credit note lands after it.
HELD_PAYMENTS_LOCK = 7003
# A held payment (`p`) is parked when no open held-payments row will apply it: its row gave up (doctor counts them,
# a retry queues them again).
PARKED = """AND NOT EXISTS (SELECT 1 FROM outbox o
                         WHERE o.invoice_id = p.invoice_id AND o.kind = 'held_payments' AND o.done_at IS NULL)"""
# An invoice's content without its attachments (BG-24, base64 in the JSON: up to 20 MiB an invoice), which stay in
# the table: PostgreSQL sends the rest, nothing of them read here. What the books read of the documents naming an
# invoice (their amounts), and a call changing an invoice's state (adapters.postgres.invoice_repository).
CONTENT_WITHOUT_ATTACHMENTS = "content - 'attachments'"


# The company's ($1) credit notes naming number $2 in BG-3, wherever (migration 0500's index, whose elements begin
# with the company: no other condition on it, which would tempt the planner to walk the company's invoices): those
# that may credit the invoice of that number (domain.credit_notes.credit_by_notes decides, by seller and date).
def _naming(number: str, type_codes: str) -> str:
    return f"credit_note_refs(company_siren, content) @> ARRAY[$1 || chr(31) || {number}] AND type_code IN ({type_codes})"


# The reads name `asked.number` (a page's keys, or one); these, of one number, are what the plan tests ask the index.
CREDIT_NOTES_NAMING = _naming("$2", CREDIT_NOTE_CODES_SQL)

# Migration 0600's index: the corrective invoices naming a number, as 0500's for the credit notes.
CORRECTIVES_NAMING = _naming("$2", CORRECTIVE_CODES_SQL)
# A page's books (the `..._of` reads): each number asked ($2, an array) is `asked.number`, its lookup the same
# index's, one statement for them all.
_ASKED = "unnest($2::text[]) AS asked(number)"
# BT-25 of the first BG-3 of a credit note row: the invoice it credits (domain.credit_notes.names: of its seller).
NAMED_NUMBER = "content -> 'preceding_invoices' -> 0 ->> 'number'"


def credit_key(company: str, seller: str, number: str) -> str:
    """SQL: the key of an invoice's HELD_PAYMENTS_LOCK from SQL expressions of its issuing company, its seller's
    SIREN and its number, which a credit note naming it carries too (no lookup of the invoice: the credit note's
    move takes the lock whether or not the invoice is there)."""
    parts = ", ".join(f"coalesce({part}, '')" for part in (company, seller, number))  # no SIREN: NULL or ''
    return f"hashtext(concat_ws(chr(31), {parts}))"


def credit_locks_cte(rows: str, note: str, state: str, lock_from: str = "", besides: str = "") -> str:
    """The CTE `credit_locks` of a statement that writes invoices: HELD_PAYMENTS_LOCK of each invoice that the
    credit notes it brings to their buyer name, in key order (two statements never wait on each other in a
    circle), held until the COMMIT (adapters.postgres.lock_order, rule 3). `rows`: FROM items with the written
    invoices' rows as alias `note` (columns company_siren, seller_siren, type_code, content); `state`: the state
    each is written with; `lock_from` (", relation") makes the locks wait for that relation. `besides`: a SELECT of
    invoice rows (those columns and number) that the statement itself brings to their buyer: not one of them is
    with its buyer before it commits, so a payment on one is held and checked again once released
    (service.usecases.emission.payments.apply_held), and its lock is not taken (a held payment's foreign key waits
    for such a row locked FOR UPDATE: the two would wait on each other)."""
    key = credit_key(f"{note}.company_siren", f"{note}.seller_siren", f"{note}.{NAMED_NUMBER}")
    named = f"({note}.company_siren, coalesce({note}.seller_siren, ''), {note}.{NAMED_NUMBER})"
    moved = f" AND {named} NOT IN (SELECT company_siren, coalesce(seller_siren, ''), number FROM ({besides}) AS b)"
    return f"""credit_locks AS MATERIALIZED (
         SELECT count(pg_advisory_xact_lock({HELD_PAYMENTS_LOCK}, k)) AS credit_locks
           FROM (SELECT DISTINCT {key} AS k FROM {rows}
                  WHERE {note}.type_code IN ({_AMENDING_CODES_SQL}) AND {state} = ANY('{{{",".join(_WITH_ITS_BUYER)}}}')
                        {moved if besides else ""}
                  ORDER BY k) AS keys{lock_from})"""


def credits_on_arrival(before: ProcessingState | None, after: OutboundInvoice) -> bool:
    """Whether writing `after` (a new invoice: `before` None) brings a credit note or a corrective invoice to its
    buyer, hence credits or replaces the invoice it names from its COMMIT on (domain.credit_notes.books_credit,
    service.usecases.corrections)."""
    return (
        after.invoice.type_code.kind.amends
        and after.state in WITH_ITS_BUYER
        and before not in WITH_ITS_BUYER
        and bool(after.invoice.preceding_invoices)
    )


async def lock_credited(conn: Connection, note: OutboundInvoice) -> None:
    """HELD_PAYMENTS_LOCK of the invoice that credit note `note` names, as `credit_locks_cte` takes it: before the
    unit of work that brings it to its buyer takes its company's lock (`credits_on_arrival`)."""
    await conn.execute(
        f"SELECT pg_advisory_xact_lock($1, {credit_key('$2::text', '$3::text', '$4::text')})",
        HELD_PAYMENTS_LOCK,
        note.company_siren,
        note.invoice.seller.siren,
        note.invoice.preceding_invoices[0].number,
    )


def _alike_query(table: str, where: str) -> str:
    """The credit notes of `table` that `where` selects, gathered `alike` (domain.credit_notes) in SQL: one row per
    kind (seller, invoices named, currency, VAT rates), at most MAX_KINDS kinds, oldest first, each with the content
    of its first note (attachments left out), its first numbers, its count and its worth per rate added up from
    the notes' VAT breakdowns (BT-116 + BT-117: `owed_per_rate`, when a note's amount due is what its rates add up
    to; a note whose is not, BT-113 or BT-114 on a credit note, is a kind of its own, its worth `owed_per_rate`'s,
    read in Python). So the rows are as many as the kinds, not as the notes, and only the kinds' first notes are
    read whole; `naming` counts every note selected (those of kinds past MAX_KINDS are unread). The kinds naming one
    invoice come first (only they may credit: a rebate naming several credits none, PAY-CREDIT-SEVERAL), so kinds
    of those never push a crediting one past MAX_KINDS. What decides a note's kind, its worth and how many invoices
    it names are columns of its row (`credit_kind`, `credit_worth`, `credit_named`, migration 0910, written with
    the row): no other note's document is opened."""
    # `notes`: `alone`, a note whose worth is read in Python (no `credit_worth`).
    return f"""
        WITH notes AS MATERIALIZED (
            SELECT id, created_at, number, credit_kind AS kind, credit_worth AS parts, credit_named AS named,
                   CASE WHEN credit_worth IS NULL THEN id END AS alone
              FROM {table} WHERE {where}),
        kinds AS (
            SELECT kind, alone, count(*) AS notes, min(created_at) AS first_at,
                   (array_agg(id ORDER BY created_at, id))[1] AS first_id,
                   (array_agg(number ORDER BY created_at, id))[1:{NOT_APPLIED_SAID}] AS numbers
              FROM notes GROUP BY kind, alone, named
             ORDER BY named = 1 DESC, first_at, first_id LIMIT {MAX_KINDS}),
        worth AS (
            SELECT k.first_id, (p ->> 0)::numeric AS rate, sum((p ->> 1)::numeric) AS amount
              FROM kinds k JOIN notes n ON n.kind = k.kind AND n.alone IS NULL
                   CROSS JOIN LATERAL jsonb_array_elements(n.parts) AS p
             WHERE k.alone IS NULL
             GROUP BY k.first_id, (p ->> 0)::numeric)
        SELECT k.notes, k.numbers, k.alone IS NULL AS plain, t.content - 'attachments' AS content,
               (SELECT array_agg(ARRAY[w.rate::text, w.amount::text]) FROM worth w WHERE w.first_id = k.first_id)
                   AS worth,
               (SELECT count(*) FROM notes) AS naming
          FROM kinds k JOIN {table} t ON t.id = k.first_id
         ORDER BY k.first_at, k.first_id"""


# What names an invoice no credit note names (a key `credit_notes_alike_of` leaves absent).
NONE_NAMING = CreditNotesNaming(())


async def credit_notes_alike_of(
    conn: Connection, table: str, where: str, asked: str, keys: Sequence[str], *args: object
) -> dict[tuple[str, ...], CreditNotesNaming]:
    """`_alike_query` of each key asked, its rows made the domain's kinds of credit notes, in one statement (a
    one-invoice read asks for one key): `asked` is a FROM item of the keys (alias `asked`, columns `keys`), which
    `where` names (`asked.number`...); keyed by their values. A key no credit note names is absent."""
    rows = await conn.fetch(
        f"SELECT {', '.join(f'asked.{k} AS asked_{k}' for k in keys)}, x.*"
        f" FROM {asked} CROSS JOIN LATERAL ({_alike_query(table, where)}) AS x",
        *args,
    )
    by_key: dict[tuple[str, ...], list[Any]] = {}
    for row in rows:
        by_key.setdefault(tuple(row[f"asked_{k}"] for k in keys), []).append(row)
    return {key: _naming_kinds(found) for key, found in by_key.items()}


def _naming_kinds(rows: Sequence[Any]) -> CreditNotesNaming:
    kinds = []
    for row in rows:
        first = invoice_from_dict(row["content"])
        parts = (row["worth"] or ()) if row["plain"] else owed_per_rate(first)
        worth: dict[Decimal, Decimal] = {}
        for rate, amount in parts:
            key = canonical_rate(Decimal(rate))
            worth[key] = worth.get(key, ZERO) + Decimal(amount)
        kinds.append(AlikeNotes(first, row["notes"], tuple(row["numbers"]), worth))
    naming = rows[0]["naming"] if rows else 0
    return CreditNotesNaming(tuple(kinds), naming - sum(k.count for k in kinds))


class PgPaymentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def get(self, company_siren: str, payment_id: str) -> StoredPayment | None:
        row = await self._conn.fetchrow(
            f"SELECT {_COLUMNS} FROM invoice_payments WHERE company_siren = $1 AND payment_id = $2",
            company_siren,
            payment_id,
        )
        return None if row is None else _stored(row)

    async def paid_per_rate(self, invoice_id: str) -> Mapping[Decimal, Decimal]:
        return (await self.paid_per_rate_of([invoice_id])).get(invoice_id, {})

    async def credit_notes(self, company_siren: str, invoice_number: str) -> CreditNotesNaming:
        return (await self.credit_notes_of(company_siren, [invoice_number])).get(invoice_number, NONE_NAMING)

    async def credit_notes_of(
        self, company_siren: str, invoice_numbers: Sequence[str]
    ) -> Mapping[str, CreditNotesNaming]:
        found = await credit_notes_alike_of(
            self._conn,
            "invoices",
            f"{_naming('asked.number', CREDIT_NOTE_CODES_SQL)} AND state = ANY($3::text[])"
            " AND lifecycle_code <> ALL($4::text[])",
            _ASKED,
            ("number",),
            company_siren,
            list(dict.fromkeys(invoice_numbers)),
            _WITH_ITS_BUYER,
            _NOT_CREDITING,
        )
        return {number: naming for (number,), naming in found.items()}

    async def correctives(self, company_siren: str, invoice_number: str) -> Sequence[Invoice]:
        return (await self.correctives_of(company_siren, [invoice_number])).get(invoice_number, [])

    async def correctives_of(
        self, company_siren: str, invoice_numbers: Sequence[str]
    ) -> Mapping[str, Sequence[Invoice]]:
        rows = await self._conn.fetch(
            f"""SELECT asked.number AS asked, x.content FROM {_ASKED} CROSS JOIN LATERAL (
                    SELECT {CONTENT_WITHOUT_ATTACHMENTS} AS content FROM invoices
                     WHERE {_naming("asked.number", CORRECTIVE_CODES_SQL)} AND state = ANY($3::text[])
                       AND lifecycle_code <> ALL($4::text[])
                     ORDER BY created_at, id) AS x""",
            company_siren,
            list(dict.fromkeys(invoice_numbers)),
            _WITH_ITS_BUYER,
            _NOT_CREDITING,
        )
        found: dict[str, list[Invoice]] = {}
        for row in rows:
            found.setdefault(row["asked"], []).append(invoice_from_dict(row["content"]))
        return found

    async def paid_on(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Mapping[Decimal, Decimal]:
        named = (seller_siren, number)
        paid, ended_ones = await self._paid_on_of(company_siren, [named])
        return {} if named in ended_ones and not ended else paid.get(named, {})

    async def credited_invoice(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Invoice | None:
        found = (await self.credited_invoices_of(company_siren, [(seller_siren, number)])).get(
            (seller_siren, number)
        )
        return None if found is None or (found[1] and not ended) else found[0]

    async def credited_invoices_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], tuple[Invoice, bool]]:
        rows = await self._conn.fetch(
            f"""SELECT seller_siren, number, {CONTENT_WITHOUT_ATTACHMENTS} AS content,
                       lifecycle_code = ANY($5::text[]) AS ended FROM invoices
                 WHERE (seller_siren, number) IN (SELECT * FROM unnest($2::text[], $3::text[]))
                   AND state <> 'CANCELLED' AND company_siren = $1
                   AND state = ANY($4::text[]) AND type_code NOT IN ({CREDIT_NOTE_CODES_SQL})""",
            company_siren,
            [seller for seller, _ in named],
            [number for _, number in named],
            _WITH_ITS_BUYER,
            _NOT_CREDITING,
        )
        return {(r["seller_siren"], r["number"]): (invoice_from_dict(r["content"]), r["ended"]) for r in rows}

    async def paid_on_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Mapping[Decimal, Decimal]]:
        return (await self._paid_on_of(company_siren, named))[0]

    async def _paid_on_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> tuple[dict[tuple[str, str], dict[Decimal, Decimal]], set[tuple[str, str]]]:
        """What is paid per rate on each (seller, number) the company issued, and those of them whose lifecycle
        ended (refused, rejected, cancelled: a page shows their books, a payment or a credit does not count them)."""
        rows = await self._conn.fetch(
            f"""SELECT i.seller_siren, i.number, b.vat_rate, b.paid, i.lifecycle_code = ANY($5::text[]) AS ended
                  FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id
                 WHERE (i.seller_siren, i.number) IN (SELECT * FROM unnest($2::text[], $3::text[]))
                   AND i.state <> 'CANCELLED' AND i.company_siren = $1
                   AND i.state = ANY($4::text[]) AND i.type_code NOT IN ({CREDIT_NOTE_CODES_SQL})""",
            company_siren,
            [seller for seller, _ in named],
            [number for _, number in named],
            _WITH_ITS_BUYER,
            _NOT_CREDITING,
        )
        paid: dict[tuple[str, str], dict[Decimal, Decimal]] = {}
        ended: set[tuple[str, str]] = set()
        for r in rows:
            key = (r["seller_siren"], r["number"])
            paid.setdefault(key, {})[r["vat_rate"]] = r["paid"]
            if r["ended"]:
                ended.add(key)
        return paid, ended

    async def paid_per_rate_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Mapping[Decimal, Decimal]]:
        rows = await self._conn.fetch(
            """SELECT invoice_id::text AS invoice_id, vat_rate, paid FROM invoice_balances
                WHERE invoice_id = ANY($1::uuid[])""",
            list(invoice_ids),
        )
        paid: dict[str, dict[Decimal, Decimal]] = {}
        for r in rows:
            paid.setdefault(r["invoice_id"], {})[r["vat_rate"]] = r["paid"]
        return paid

    async def held_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Sequence[Payment]]:
        rows = await self._conn.fetch(
            f"""SELECT {_COLUMNS} FROM invoice_payments
                 WHERE invoice_id = ANY($1::uuid[]) AND state = 'held' ORDER BY seq""",
            list(invoice_ids),
        )
        held: dict[str, list[Payment]] = {}
        for r in rows:
            held.setdefault(r["invoice_id"], []).append(_stored(r).request)
        return held

    async def payments(self, invoice_id: str) -> Sequence[StoredPayment]:
        rows = await self._conn.fetch(
            f"SELECT {_COLUMNS} FROM invoice_payments WHERE invoice_id = $1::uuid ORDER BY seq",
            invoice_id,
        )
        return [_stored(r) for r in rows]

    async def add(self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]) -> None:
        await self._insert(payment)
        await self._books(payment, books, reports)

    async def hold(self, payment: StoredPayment) -> None:
        await self._insert(payment)

    async def held(self, invoice_id: str) -> Sequence[StoredPayment]:
        return await self._held(invoice_id, "")

    async def parked(self, invoice_id: str) -> Sequence[StoredPayment]:
        return await self._held(invoice_id, PARKED)

    async def _held(self, invoice_id: str, condition: str) -> Sequence[StoredPayment]:
        """Locked first; the rows are read by a statement of their own after it, which sees what the transaction
        that held the lock before committed."""
        await self._conn.execute(
            f"""SELECT pg_advisory_xact_lock($1, {credit_key("company_siren", "seller_siren", "number")})
                  FROM invoices WHERE id = $2::uuid""",
            HELD_PAYMENTS_LOCK,
            invoice_id,
        )
        rows = await self._conn.fetch(
            f"""SELECT {_COLUMNS} FROM invoice_payments p
                 WHERE invoice_id = $1::uuid AND state = 'held' {condition} ORDER BY seq""",
            invoice_id,
        )
        return [_stored(r) for r in rows]

    async def release(
        self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]
    ) -> None:
        await self._leave_held(payment, "applied", "", to_json_value(payment.applied.parts))
        await self._books(payment, books, reports)

    async def refuse(self, payment: StoredPayment, reason: str) -> None:
        await self._leave_held(payment, "refused", reason, None)

    async def declared_periods(self, company_siren: str, days: Sequence[date]) -> Sequence[tuple[date, date]]:
        # read after a submission under way
        await hold_declarations(self._conn, company_siren, exclusive=False)
        rows = await self._conn.fetch(
            """SELECT DISTINCT period_start, period_end FROM declarations
                WHERE company_siren = $1 AND kind = 'PAYMENTS' AND status IN ('SUBMITTED', 'ACCEPTED')
                  AND EXISTS (SELECT 1 FROM unnest($2::date[]) AS d WHERE d BETWEEN period_start AND period_end)
                ORDER BY period_start""",
            company_siren,
            list(days),
        )
        return [(r["period_start"], r["period_end"]) for r in rows]

    async def _leave_held(self, payment: StoredPayment, state: str, refusal: str, parts: Any) -> None:
        status = await self._conn.execute(
            """UPDATE invoice_payments SET state = $3, refusal = $4, parts = coalesce($5::jsonb, parts)
                WHERE company_siren = $1 AND payment_id = $2 AND state = 'held'""",
            payment.company_siren,
            payment.applied.payment_id,
            state,
            refusal,
            parts,
        )
        if status != "UPDATE 1":
            raise ConcurrencyConflict(f"payment {payment.applied.payment_id} is no longer held")

    async def _insert(self, payment: StoredPayment) -> None:
        applied = payment.applied
        status = await self._conn.execute(
            """INSERT INTO invoice_payments
                   (company_siren, payment_id, invoice_id, side, paid_on, amount, request, parts, recorded_at,
                    state)
               VALUES ($1, $2, $3::uuid, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10)
               ON CONFLICT (company_siren, payment_id) DO NOTHING""",
            payment.company_siren,
            applied.payment_id,
            payment.invoice_id,
            payment.side.value,
            applied.paid_on,
            applied.amount,
            to_json_value(payment.request),
            to_json_value(applied.parts),
            payment.recorded_at,
            payment.state.value,
        )
        if status != "INSERT 0 1":
            raise ConcurrencyConflict(f"payment {applied.payment_id} was recorded meanwhile")

    async def _books(
        self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]
    ) -> None:
        await self._conn.executemany(
            """INSERT INTO invoice_balances (invoice_id, vat_rate, total, paid) VALUES ($1::uuid, $2, $3, $4)
               ON CONFLICT (invoice_id, vat_rate) DO UPDATE SET total = EXCLUDED.total, paid = EXCLUDED.paid""",
            [(payment.invoice_id, b.vat_rate, b.total, b.paid) for b in books.balances],
        )
        if reports:
            await PgReportingRepository(self._conn).record_payments(
                payment.company_siren, reports, payment.recorded_at
            )


def _stored(row: Any) -> StoredPayment:
    parts = tuple(from_json_value(RatePart, p) for p in row["parts"])
    return StoredPayment(
        company_siren=row["company_siren"],
        invoice_id=row["invoice_id"],
        side=PaymentSide(row["side"]),
        request=from_json_value(Payment, row["request"]),
        applied=PaymentApplied(row["payment_id"], row["paid_on"], row["amount"], parts),
        recorded_at=row["recorded_at"],
        state=PaymentState(row["state"]),
        refusal=row["refusal"],
    )
