"""The repository contract runs against the in-memory fake and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from adapters.postgres.uow import PgUnitOfWork
from domain.ports import UnitOfWork
from tests.fakes import FakeUnitOfWork, InMemoryDatabase
from tests.support.database import *  # noqa: F403 - pytest finds fixtures by name


@dataclass
class Backend:
    name: str
    new_uow: Callable[[], UnitOfWork]
    outbox_kinds: Callable[[str], object]  # async (invoice_id) -> list[str]


@pytest.fixture(params=["memory", "postgres"])
def backend(request: pytest.FixtureRequest) -> Backend:
    if request.param == "memory":
        db = InMemoryDatabase()

        async def memory_outbox(invoice_id: str) -> list[str]:
            return [m.kind for m in db.outbox_for(invoice_id)]

        return Backend("memory", lambda: FakeUnitOfWork(db), memory_outbox)
    pool = request.getfixturevalue("pg_pool")

    async def pg_outbox(invoice_id: str) -> list[str]:
        rows = await pool.fetch("SELECT kind FROM outbox WHERE invoice_id = $1::uuid ORDER BY id", invoice_id)
        return [r["kind"] for r in rows]

    return Backend("postgres", lambda: PgUnitOfWork(pool), pg_outbox)
