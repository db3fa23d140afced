"""Payments on invoices and the books per VAT rate they leave (migration 0100), on the unit of work's connection."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from adapters.postgres.connection import Connection
from adapters.postgres.reporting_repository import PgReportingRepository
from domain.errors import ConcurrencyConflict
from domain.payment_ports import StoredPayment
from domain.payments import Payment, PaymentApplied, PaymentSide, RatePart, Settlement
from domain.reporting.payments import PaymentEvent
from domain.serialization import from_json_value, to_json_value

_COLUMNS = "company_siren, payment_id, invoice_id::text AS invoice_id, side, paid_on, amount, request, parts, recorded_at"


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
        rows = await self._conn.fetch(
            "SELECT vat_rate, paid FROM invoice_balances WHERE invoice_id = $1::uuid", invoice_id
        )
        return {r["vat_rate"]: r["paid"] for r in rows}

    async def payments(self, invoice_id: str) -> Sequence[StoredPayment]:
        rows = await self._conn.fetch(
            f"SELECT {_COLUMNS} FROM invoice_payments WHERE invoice_id = $1::uuid ORDER BY recorded_at, payment_id",
            invoice_id,
        )
        return [_stored(r) for r in rows]

    async def add(self, payment: StoredPayment, books: Settlement, report: PaymentEvent | None) -> None:
        applied = payment.applied
        status = await self._conn.execute(
            """INSERT INTO invoice_payments
                   (company_siren, payment_id, invoice_id, side, paid_on, amount, request, parts, recorded_at)
               VALUES ($1, $2, $3::uuid, $4, $5, $6, $7::jsonb, $8::jsonb, $9)
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
        )
        if status != "INSERT 0 1":
            raise ConcurrencyConflict(f"payment {applied.payment_id} was recorded meanwhile")
        await self._conn.executemany(
            """INSERT INTO invoice_balances (invoice_id, vat_rate, total, paid) VALUES ($1::uuid, $2, $3, $4)
               ON CONFLICT (invoice_id, vat_rate) DO UPDATE SET total = EXCLUDED.total, paid = EXCLUDED.paid""",
            [(payment.invoice_id, b.vat_rate, b.total, b.paid) for b in books.balances],
        )
        if report is not None:
            await PgReportingRepository(self._conn).record_payments(
                payment.company_siren, [report], payment.recorded_at
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
    )
