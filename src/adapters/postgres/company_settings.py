"""Per-company settings (migration 0101) on a connection whose transaction the caller owns."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from adapters.postgres.connection import Connection
from domain.books_check import DEFAULT_TOLERANCE

_SETTINGS = frozenset({"books_tolerance", "send_payment_sent"})  # columns of company_settings


class PgCompanySettings:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def books_tolerance(self, company_siren: str) -> Decimal:
        value = await self._conn.fetchval(
            "SELECT books_tolerance FROM company_settings WHERE company_siren = $1", company_siren
        )
        return DEFAULT_TOLERANCE if value is None else value

    async def set_books_tolerance(
        self, company_siren: str, tolerance: Decimal, at: datetime
    ) -> Decimal | None:
        """Set it; returns the previous value (None when the company had none)."""
        previous: Decimal | None = await self._set("books_tolerance", company_siren, tolerance, at)
        return previous

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
