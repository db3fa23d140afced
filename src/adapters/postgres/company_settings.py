"""Per-company settings (migration 0101) on a connection whose transaction the caller owns."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from adapters.postgres.connection import Connection
from domain.books_check import DEFAULT_TOLERANCE


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
        previous = await self._conn.fetchval(
            "SELECT books_tolerance FROM company_settings WHERE company_siren = $1 FOR UPDATE", company_siren
        )
        await self._conn.execute(
            """INSERT INTO company_settings (company_siren, books_tolerance, updated_at) VALUES ($1, $2, $3)
               ON CONFLICT (company_siren) DO UPDATE SET books_tolerance = EXCLUDED.books_tolerance,
                                                         updated_at = EXCLUDED.updated_at""",
            company_siren,
            tolerance,
            at,
        )
        return previous

    async def sends_payment_sent(self, company_siren: str) -> bool:
        """Does a payment sent on a received invoice also send 211 to the supplier? (off by default)"""
        value = await self._conn.fetchval(
            "SELECT send_payment_sent FROM company_settings WHERE company_siren = $1", company_siren
        )
        return bool(value)

    async def set_sends_payment_sent(self, company_siren: str, on: bool, at: datetime) -> bool:
        """Turn it on or off; returns the previous value."""
        previous = await self._conn.fetchval(
            "SELECT send_payment_sent FROM company_settings WHERE company_siren = $1 FOR UPDATE",
            company_siren,
        )
        await self._conn.execute(
            """INSERT INTO company_settings (company_siren, send_payment_sent, updated_at) VALUES ($1, $2, $3)
               ON CONFLICT (company_siren) DO UPDATE SET send_payment_sent = EXCLUDED.send_payment_sent,
                                                         updated_at = EXCLUDED.updated_at""",
            company_siren,
            on,
            at,
        )
        return bool(previous)
