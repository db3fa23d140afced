"""The company event feed with inbound events: PgEventFeed reading invoice_events AND received_invoice_events.

Both tables draw ids from one sequence under one per-company advisory lock and notify the same channel (0003), so
a cursor orders them together. Inbound kinds are prefixed INBOUND_ (INBOUND_RECEIVED, INBOUND_STATUS, ...) and
carry the received invoice's id. Thin adapter until persistence's feed reads both tables itself.
"""

from __future__ import annotations

from adapters.postgres.event_feed import PgEventFeed
from adapters.postgres.invoice_repository import event_from_row
from domain.ports import StoredEvent


class PgReceptionEventFeed(PgEventFeed):
    async def _read(self, company_siren: str, cursor: int) -> list[StoredEvent]:
        rows = await self._pool.fetch(
            """SELECT * FROM (
                   SELECT id, invoice_id, company_siren, kind, state, status_code, detail, findings, at
                     FROM invoice_events WHERE company_siren = $1 AND id > $2
                   UNION ALL
                   SELECT id, received_invoice_id, company_siren, 'INBOUND_' || kind, state, status_code, detail,
                          findings, at
                     FROM received_invoice_events WHERE company_siren = $1 AND id > $2
               ) AS e ORDER BY id LIMIT $3""",
            company_siren,
            cursor,
            self._batch_size,
        )
        return [
            StoredEvent(row["id"], str(row["invoice_id"]), row["company_siren"], event_from_row(row))
            for row in rows
        ]
