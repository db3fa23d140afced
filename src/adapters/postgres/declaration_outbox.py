"""Outbox rows of kind `submit_declaration`: the outbox's own leased queue (adapters.postgres.outbox_source),
restricted to this kind so that each relay only takes the rows it has a step for, plus the write the e-reporting
relay's step makes while it holds a row: its progress, which checks the lease is still ours (a row whose worker died
is claimed again when its lease expires). The relay gives a row back through the queue's `release`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import asyncpg

from adapters.postgres.outbox_source import PgOutboxSource
from adapters.postgres.outbox_writes import check_lease
from domain.pipeline_ports import OutboxKind, OutboxMessage

# What an insert of a declaration row NOTIFYs (migration 0231), rather than 'outbox', which every submitted invoice
# notifies: woken by each group commit of invoices, the relay's claim walked their due rows to find none of its own.
CHANNEL = "outbox_declarations"


class PgDeclarationOutbox(PgOutboxSource):
    def __init__(
        self,
        pool: asyncpg.Pool,
        kinds: Iterable[str] = (OutboxKind.SUBMIT_DECLARATION,),
        companies: Iterable[str] = (),
    ) -> None:
        """`companies` restricts the relay to some companies (a dedicated worker, a test); empty means all.
        Woken by the inserts of declaration rows (CHANNEL), else it polls."""
        super().__init__(pool, channel=CHANNEL, kinds=kinds, companies=companies)

    async def progress(
        self, row: OutboxMessage, owner: str, payload: Mapping[str, Any], lease_s: float
    ) -> None:
        """Record how far the step got (kept across attempts), and hold the row `lease_s` more from now."""
        status = await self._pool.execute(
            """UPDATE outbox SET payload = payload || $3::jsonb, lease_until = now() + make_interval(secs => $4)
                WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL""",
            row.id,
            owner,
            dict(payload),
            float(lease_s),
        )
        check_lease(status, row.id, owner)
