"""E-reporting rows in PostgreSQL (B2C transactions, payments, declaration versions), bound to one transaction.

Recording is idempotent on the caller's key: a replay of the same content is a no-op, the same key with other
content raises DuplicateTransactionKey and the whole batch is rolled back with the transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

import asyncpg

from adapters.postgres.connection import Connection
from adapters.postgres.keys import fetch_keyed
from aio import off_loop
from domain.invoice import Invoice
from domain.records_ports import DeclarationMove, DeclarationRow, RecordKind, VoidedRecord
from domain.reporting.b2c import B2cTransaction
from domain.reporting.international import InternationalInvoiceFacts
from domain.reporting.journal import DuplicateTransactionKey
from domain.reporting.payments import PaymentEvent
from domain.serialization import from_json_value, invoice_from_dict, to_json_value

T = TypeVar("T")

# Invoices refused by our own validation, given up on, or cancelled before any deposit were never issued: they
# are not reported.
_NOT_ISSUED_STATES = ("INVALID", "FAILED", "CANCELLED")
# The emitted invoices that can feed a transactions declaration: sales to consumers and to buyers outside France
# (domain.reporting.international.FRANCE). Textually the predicate of the partial index of migration 0110, so that the
# planner reads only those: a month of domestic B2B invoices is never read. The domain still decides (assess_scope).
E_REPORTING_CANDIDATES = (
    "processing_rule = 'B2C'"
    " OR upper(coalesce(content #>> '{buyer,address,country}', '')) NOT IN ('FR', 'GF', 'GP', 'MQ', 'RE', 'YT')"
)
# A received invoice the buyer refused (210), the platform rejected (213, 501) or that was cancelled (220) was never a
# purchase: it is not reported.
_NOT_PURCHASED_CODES = ("210", "213", "220", "501")
DECLARATIONS_LISTED = 500  # a company's declarations listed at the most (latest first)
DECLARATION_LOCK_CLASS = 0x64636C72  # "dclr": one declaration series (company, kind, period) at a time
# A company's declarations as a whole (advisory lock namespace; 7001-7004: adapters.postgres.lock_order).
DECLARATIONS_LOCK = 7005


_DECL_COLUMNS = ", ".join(DeclarationRow.__slots__)
# Each kind of recorded row: its table and what its content reads as.
_RECORDS: dict[RecordKind, tuple[str, type]] = {
    RecordKind.B2C: ("b2c_transactions", B2cTransaction),
    RecordKind.PAYMENT: ("reporting_payments", PaymentEvent),
    RecordKind.PURCHASE: ("reporting_purchases", InternationalInvoiceFacts),
    RecordKind.SALE: ("reporting_purchases", InternationalInvoiceFacts),  # one table, keys by role (0371)
}
# What a void kept reads as, by its kind: a recorded row's, or an issued invoice's 10.1 record.
_VOIDED = {
    **{kind: tp for kind, (_, tp) in _RECORDS.items()},
    RecordKind.ISSUED_SALE: InternationalInvoiceFacts,
}


def _row(row: Any) -> DeclarationRow:
    values = dict(row)
    values["id"] = str(values["id"])
    values["supersedes"] = None if values["supersedes"] is None else str(values["supersedes"])
    return DeclarationRow(**values)


# A period's rows read at once by a build (`_period`): one statement for a month of 578,000 sales took 25 s beside
# another build's thread (asyncpg makes the rows on the loop, the other build holding the interpreter), and past the
# pool's 30 s command timeout with two companies' builds on a loaded machine (UNAVAILABLE); a FETCH of 50,000 took
# 4.4 s at most, the whole read 13.5 s (the records of each chunk let go once it is decoded).
PERIOD_CHUNK_ROWS = 50_000


def _decoded(decode: Callable[[asyncpg.Record], T], rows: Sequence[asyncpg.Record]) -> list[T]:
    return [decode(r) for r in rows]


# The keys of company $1's sales of day $2 that may stand for invoice number $3: two searches of the day's keys in
# byte order (migration 0840's index), the number, and the keys from its '/' to its '0' (the next byte), which are
# exactly those starting with it and '/'. No LIKE: a `%` or `_` in a number is no pattern.
SALE_KEYS = """SELECT key FROM b2c_transactions
                WHERE company_siren = $1 AND day = $2
                  AND (key COLLATE "C" = $3
                       OR (key COLLATE "C" >= $3 || '/' AND key COLLATE "C" < $3 || '0'))
                ORDER BY key"""


class PgReportingRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- B2C transactions and payments -------------------------------------------------------------------------
    async def record_b2c(self, company: str, txs: Sequence[B2cTransaction], at: datetime) -> int:
        """Record a batch; returns how many were new (the others replayed identical content)."""
        unique = _unique(txs, _b2c_key)
        inserted = await self._conn.fetch(
            """INSERT INTO b2c_transactions (company_siren, key, day, content, taxable_amount, vat_amount,
                                              recorded_at)
               SELECT $1, r.key, r.day, r.content, r.taxable, r.vat, $2
                 FROM unnest($3::text[], $4::date[], $5::jsonb[], $6::numeric[], $7::numeric[])
                      AS r (key, day, content, taxable, vat)
               ON CONFLICT (company_siren, key) DO NOTHING
               RETURNING key""",
            company,
            at,
            [tx.key for tx in unique],
            [tx.day for tx in unique],
            [to_json_value(tx) for tx in unique],
            [tx.in_eur().taxable_amount for tx in unique],
            [tx.in_eur().vat_amount for tx in unique],
        )
        new = {r["key"] for r in inserted}
        replayed = [tx for tx in unique if tx.key not in new]
        await self._check_replays(company, "b2c_transactions", B2cTransaction, replayed, _b2c_key)
        return len(new)

    async def record_payments(self, company: str, events: Sequence[PaymentEvent], at: datetime) -> int:
        return await self._record_keyed(
            company, "reporting_payments", PaymentEvent, events, _payment_key, lambda e: e.day, at
        )

    async def _record_keyed(
        self,
        company: str,
        table: str,
        tp: type[T],
        items: Sequence[T],
        key_of: Callable[[T], str],
        day_of: Callable[[T], date],
        at: datetime,
    ) -> int:
        """Insert the facts not recorded yet (one statement); a key recorded with other content is refused."""
        unique = _unique(items, key_of)
        inserted = await self._conn.fetch(
            f"""INSERT INTO {table} (company_siren, key, day, content, recorded_at)
               SELECT $1, r.key, r.day, r.content, $2
                 FROM unnest($3::text[], $4::date[], $5::jsonb[]) AS r (key, day, content)
               ON CONFLICT (company_siren, key) DO NOTHING
               RETURNING key""",
            company,
            at,
            [key_of(i) for i in unique],
            [day_of(i) for i in unique],
            [to_json_value(i) for i in unique],
        )
        new = {r["key"] for r in inserted}
        await self._check_replays(company, table, tp, [i for i in unique if key_of(i) not in new], key_of)
        return len(new)

    async def _between(self, company: str, table: str, tp: type[T], start: date, end: date) -> list[T]:
        return await self._period(
            lambda r: from_json_value(tp, r["content"]),
            f"""SELECT content FROM {table}
                WHERE company_siren = $1 AND day BETWEEN $2 AND $3 ORDER BY day, key""",
            company,
            start,
            end,
        )

    async def _period(self, decode: Callable[[asyncpg.Record], T], query: str, *args: object) -> list[T]:
        """The rows of a period's `query`, decoded: read by a cursor (the caller's transaction) PERIOD_CHUNK_ROWS
        at a time, each chunk decoded off the loop as it comes (a month of a large retailer's sales is 578,000
        rows: seconds of decoding)."""
        decoded: list[T] = []
        cursor = await self._conn.cursor(query, *args)
        while True:
            rows = await cursor.fetch(PERIOD_CHUNK_ROWS)
            decoded += await off_loop.run(functools.partial(_decoded, decode, rows))
            if len(rows) < PERIOD_CHUNK_ROWS:
                return decoded

    async def _check_replays(
        self, company: str, table: str, tp: type[T], items: Sequence[T], key_of: Callable[[T], str]
    ) -> None:
        if not items:
            return
        stored = await self._conn.fetch(
            f"SELECT key, content FROM {table} WHERE company_siren = $1 AND key = ANY($2::text[])",
            company,
            [key_of(i) for i in items],
        )
        by_key = {r["key"]: from_json_value(tp, r["content"]) for r in stored}
        for item in items:
            if by_key.get(key_of(item)) != item:
                raise DuplicateTransactionKey(key_of(item))

    async def void_record(
        self, company: str, kind: RecordKind, key: str, reason: str, at: datetime
    ) -> VoidedRecord | None:
        """Move the row out of its table into voided_records (migration 0370), in one statement: a void made at the
        same moment waits for this one's row lock, then finds nothing to move."""
        table, tp = _RECORDS[kind]
        row = await self._conn.fetchrow(
            f"""WITH gone AS (DELETE FROM {table} WHERE company_siren = $1 AND key = $2
                               RETURNING key, day, content, recorded_at)
               INSERT INTO voided_records (company_siren, kind, key, day, content, recorded_at, reason, voided_at)
               SELECT $1, $3, key, day, content, recorded_at, $4, $5 FROM gone
               RETURNING day, content, voided_at""",
            company,
            key,
            kind.value,
            reason,
            at,
        )
        return None if row is None else _voided(kind, key, reason, tp, row)

    async def voided_record(
        self, company: str, kind: RecordKind, key: str, reason: str
    ) -> VoidedRecord | None:
        row = await self._conn.fetchrow(
            """SELECT reason, day, content, voided_at FROM voided_records
                WHERE company_siren = $1 AND kind = $2 AND key = $3
                ORDER BY reason = $4 DESC, seq DESC LIMIT 1""",
            company,
            kind.value,
            key,
            reason,
        )
        return None if row is None else _voided(kind, key, row["reason"], _VOIDED[kind], row)

    async def issued_invoice(self, company: str, number: str) -> Invoice | None:
        """By migration 0400's unique index (seller, number, issuing company)."""
        row = await self._conn.fetchrow(
            """SELECT content FROM invoices
                WHERE seller_siren = $1 AND number = $2 AND company_siren = $1 AND state <> ALL($3::text[])""",
            company,
            number,
            _NOT_ISSUED_STATES,
        )
        return None if row is None else invoice_from_dict(row["content"])

    async def void_issued_sale(
        self, company: str, number: str, sale: InternationalInvoiceFacts, reason: str, at: datetime
    ) -> VoidedRecord | None:
        """One void per issued invoice (migration 0431's unique index): a void made at the same moment waits for
        this one's insert, then finds it made."""
        row = await self._conn.fetchrow(
            """INSERT INTO voided_records (company_siren, kind, key, day, content, recorded_at, reason, voided_at)
               SELECT $1, $2, $3, $4, $5, created_at, $6, $7 FROM invoices
                WHERE seller_siren = $1 AND number = $3 AND company_siren = $1 AND state <> ALL($8::text[])
               ON CONFLICT (company_siren, key) WHERE kind = 'issued_sale' DO NOTHING
               RETURNING day, content, voided_at""",
            company,
            RecordKind.ISSUED_SALE.value,
            number,
            sale.issue_date,
            to_json_value(sale),
            reason,
            at,
            _NOT_ISSUED_STATES,
        )
        return (
            None
            if row is None
            else _voided(RecordKind.ISSUED_SALE, number, reason, InternationalInvoiceFacts, row)
        )

    async def voided_between(
        self, company: str, kind: RecordKind, start: date, end: date
    ) -> list[VoidedRecord]:
        rows = await self._conn.fetch(
            """SELECT key, reason, day, content, voided_at FROM voided_records
                WHERE company_siren = $1 AND kind = $2 AND day BETWEEN $3 AND $4 ORDER BY day, key, seq""",
            company,
            kind.value,
            start,
            end,
        )
        return [_voided(kind, r["key"], r["reason"], _VOIDED[kind], r) for r in rows]

    async def b2c_between(self, company: str, start: date, end: date) -> list[B2cTransaction]:
        return await self._between(company, "b2c_transactions", B2cTransaction, start, end)

    async def sale_keys(self, company: str, day: date, number: str) -> list[str]:
        rows = await self._conn.fetch(
            SALE_KEYS,
            company,
            day,
            number,
        )
        return [r["key"] for r in rows]

    async def payments_between(self, company: str, start: date, end: date) -> list[PaymentEvent]:
        return await self._between(company, "reporting_payments", PaymentEvent, start, end)

    async def record_international(
        self, company: str, records: Sequence[InternationalInvoiceFacts], at: datetime
    ) -> int:
        return await self._record_keyed(
            company,
            "reporting_purchases",
            InternationalInvoiceFacts,
            records,
            _international_key,
            lambda p: p.issue_date,
            at,
        )

    async def international_between(
        self, company: str, start: date, end: date
    ) -> list[InternationalInvoiceFacts]:
        return await self._between(company, "reporting_purchases", InternationalInvoiceFacts, start, end)

    async def received_foreign_invoices_between(self, company: str, start: date, end: date) -> list[Invoice]:
        """Readable invoices received from a seller without a SIREN (migration 0102's partial index), issued in
        [start, end], not refused, rejected or cancelled: the candidates of the period's international purchases."""
        return await self._period_contents(
            """SELECT content FROM received_invoices
                WHERE company_siren = $1 AND issue_date BETWEEN $2 AND $3
                  AND seller_siren = '' AND content IS NOT NULL
                  AND lifecycle_code <> ALL($4::text[])""",
            company,
            start,
            end,
            _NOT_PURCHASED_CODES,
        )

    async def emitted_invoices_between(self, company: str, start: date, end: date) -> list[Invoice]:
        """The company's issued invoices of [start, end] that can feed its transactions declaration."""
        return await self._period_contents(
            f"""SELECT content FROM invoices
                 WHERE company_siren = $1 AND issue_date BETWEEN $2 AND $3 AND state <> ALL($4::text[])
                   AND ({E_REPORTING_CANDIDATES})""",
            company,
            start,
            end,
            _NOT_ISSUED_STATES,
        )

    async def _period_contents(
        self, query: str, company: str, start: date, end: date, left_out: Iterable[str]
    ) -> list[Invoice]:
        """The invoices a period's query selects ($1 the company, $2 and $3 the period, $4 the states or codes
        left out), by issue date then number: the same period always reads in the same order."""
        return await self._period(
            lambda r: invoice_from_dict(r["content"]),
            f"{query} ORDER BY issue_date, number",
            company,
            start,
            end,
            list(left_out),
        )

    # --- declarations ------------------------------------------------------------------------------------------
    async def lock_series(self, company: str, kind: str, period_start: date) -> None:
        """Serialise every change to one declaration series until the transaction ends."""
        await self._conn.execute(
            "SELECT pg_advisory_xact_lock($1, hashtext($2))",
            DECLARATION_LOCK_CLASS,
            f"{company}/{kind}/{period_start.isoformat()}",
        )

    async def hold_declarations(self, company: str, *, exclusive: bool) -> None:
        await hold_declarations(self._conn, company, exclusive=exclusive)

    async def series(self, company: str, kind: str, period_start: date) -> list[DeclarationRow]:
        rows = await self._conn.fetch(
            f"""SELECT {_DECL_COLUMNS} FROM declarations
                 WHERE company_siren = $1 AND kind = $2 AND period_start = $3 ORDER BY version""",
            company,
            kind,
            period_start,
        )
        return [_row(r) for r in rows]

    async def declaration(self, company: str, declaration_id: str) -> DeclarationRow | None:
        row = await fetch_keyed(  # a caller's id in any form: not one of ours, not a database error
            self._conn,
            f"SELECT {_DECL_COLUMNS} FROM declarations WHERE id = $1 AND company_siren = $2",
            declaration_id,
            company,
        )
        return None if row is None else _row(row)

    async def locked_declaration(self, declaration_id: str) -> DeclarationRow | None:
        """Whichever company's (a platform's acknowledgement names the declaration, not its company), row-locked
        until the end of the transaction: the relay's own move of it waits, then finds it moved."""
        row = await self._conn.fetchrow(
            f"SELECT {_DECL_COLUMNS} FROM declarations WHERE id = $1::uuid FOR UPDATE", declaration_id
        )
        return None if row is None else _row(row)

    async def declarations(
        self, company: str, period_from: date | None, period_to: date | None
    ) -> list[DeclarationRow]:
        rows = await self._conn.fetch(
            f"""SELECT {_DECL_COLUMNS} FROM declarations
                 WHERE company_siren = $1 AND ($2::date IS NULL OR period_end >= $2)
                   AND ($3::date IS NULL OR period_start <= $3)
                 ORDER BY period_start DESC, kind, version DESC LIMIT $4""",
            company,
            period_from,
            period_to,
            DECLARATIONS_LISTED,
        )
        return [_row(r) for r in rows]

    async def add_declaration(self, row: DeclarationRow) -> None:
        placeholders = ", ".join(f"${i}" for i in range(1, len(DeclarationRow.__slots__) + 1))
        await self._conn.execute(
            f"INSERT INTO declarations ({_DECL_COLUMNS}) VALUES ({placeholders})",
            *(getattr(row, name) for name in DeclarationRow.__slots__),
        )

    async def set_status(self, move: DeclarationMove) -> bool:
        """Move a declaration on from `move.from_status`; False when it was not in that status any more."""
        status = await self._conn.execute(
            """UPDATE declarations SET status = $3, updated_at = $4,
                      platform_ref = COALESCE($5, platform_ref),
                      rejection_reason = COALESCE($6, rejection_reason)
                WHERE id = $1::uuid AND status = $2""",
            move.declaration_id,
            move.from_status,
            move.to_status,
            move.at,
            move.platform_ref,
            move.rejection_reason,
        )
        return status == "UPDATE 1"


async def hold_declarations(conn: Connection, company: str, *, exclusive: bool) -> None:
    """ReportingRecords.hold_declarations, also taken by the payments' look for the declarations their payment data
    lands in (adapters.postgres.payment_repository). Shared, the records do not wait for each other."""
    lock = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    await conn.execute(f"SELECT {lock}($1, hashtext($2))", DECLARATIONS_LOCK, company)


def _voided(kind: RecordKind, key: str, reason: str, tp: type, row: Any) -> VoidedRecord:
    return VoidedRecord(kind, key, row["day"], from_json_value(tp, row["content"]), reason, row["voided_at"])


def _b2c_key(tx: B2cTransaction) -> str:
    return tx.key


def _payment_key(event: PaymentEvent) -> str:
    return event.key


def _international_key(facts: InternationalInvoiceFacts) -> str:
    return facts.key


def _unique(items: Sequence[T], key_of: Callable[[T], str]) -> list[T]:
    """One item per key, in order; the same key twice in one batch with other content is refused."""
    seen: dict[str, T] = {}
    for item in items:
        key = key_of(item)
        if key in seen and seen[key] != item:
            raise DuplicateTransactionKey(key)
        seen.setdefault(key, item)
    return list(seen.values())
