"""Per-company settings (migrations 0101, 0103, 0131) on a connection whose transaction the caller owns."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from adapters.postgres.connection import Connection
from domain.books_check import Tolerance

# Columns of company_settings.
_SETTINGS = frozenset({"books_tolerance", "books_tolerance_percent", "send_payment_sent"})


class PgCompanySettings:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def books_tolerance(self, company_siren: str, supplier_siren: str = "") -> Tolerance:
        """The supplier's tolerance when the company set one for it, else the company's (0.00 unless set)."""
        row = await self._conn.fetchrow(
            """SELECT amount, percent, 'supplier ' || supplier_siren AS source FROM supplier_books_tolerances
                WHERE company_siren = $1 AND supplier_siren = $2
               UNION ALL
               SELECT books_tolerance, books_tolerance_percent, 'company' FROM company_settings
                WHERE company_siren = $1
               LIMIT 1""",
            company_siren,
            supplier_siren,
        )
        return Tolerance() if row is None else Tolerance(row["amount"], row["percent"], row["source"])

    async def set_books_tolerance(
        self, company_siren: str, tolerance: Tolerance, at: datetime, supplier_siren: str = ""
    ) -> Tolerance | None:
        """Set the company's (or, with `supplier_siren`, that supplier's); returns the one it replaces, if any."""
        if not supplier_siren:
            amount = await self._set("books_tolerance", company_siren, tolerance.amount, at)
            percent = await self._set("books_tolerance_percent", company_siren, tolerance.percent, at)
            return None if amount is None else Tolerance(amount, percent)
        row = await self._conn.fetchrow(
            """SELECT amount, percent FROM supplier_books_tolerances
                WHERE company_siren = $1 AND supplier_siren = $2 FOR UPDATE""",
            company_siren,
            supplier_siren,
        )
        await self._conn.execute(
            """INSERT INTO supplier_books_tolerances (company_siren, supplier_siren, amount, percent, updated_at)
               VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (company_siren, supplier_siren) DO UPDATE
                  SET amount = EXCLUDED.amount, percent = EXCLUDED.percent, updated_at = EXCLUDED.updated_at""",
            company_siren,
            supplier_siren,
            tolerance.amount,
            tolerance.percent,
            at,
        )
        return None if row is None else Tolerance(row["amount"], row["percent"], tolerance.source)

    async def clear_supplier_tolerance(self, company_siren: str, supplier_siren: str) -> Tolerance | None:
        """The supplier's own tolerance removed (the company's applies to it again); returns it, if it had one."""
        row = await self._conn.fetchrow(
            """DELETE FROM supplier_books_tolerances WHERE company_siren = $1 AND supplier_siren = $2
               RETURNING amount, percent""",
            company_siren,
            supplier_siren,
        )
        return None if row is None else Tolerance(row["amount"], row["percent"], f"supplier {supplier_siren}")

    async def sends_payment_sent(self, company_siren: str) -> bool:
        """Does a payment sent on a received invoice also send 211 to the supplier? (off by default)"""
        value = await self._conn.fetchval(
            "SELECT send_payment_sent FROM company_settings WHERE company_siren = $1", company_siren
        )
        return bool(value)

    async def set_sends_payment_sent(self, company_siren: str, on: bool, at: datetime) -> bool:
        """Turn it on or off; returns the previous value."""
        return bool(await self._set("send_payment_sent", company_siren, on, at))

    async def _set(self, column: str, company_siren: str, value: object, at: datetime) -> Any:
        """One setting written, its row locked first: returns the value it replaces (None: no row yet)."""
        if column not in _SETTINGS:  # a column name goes into the statement's text
            raise ValueError(f"not a company setting: {column!r}")
        previous = await self._conn.fetchval(
            f"SELECT {column} FROM company_settings WHERE company_siren = $1 FOR UPDATE", company_siren
        )
        await self._conn.execute(
            f"""INSERT INTO company_settings (company_siren, {column}, updated_at) VALUES ($1, $2, $3)
                ON CONFLICT (company_siren) DO UPDATE SET {column} = EXCLUDED.{column},
                                                          updated_at = EXCLUDED.updated_at""",
            company_siren,
            value,
            at,
        )
        return previous
