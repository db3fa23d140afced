"""The contracts run against the in-memory fake and PostgreSQL alike: `backend` for the invoices' unit of work,
`records` for the records' (archive, audit, e-reporting) with the invoices issued and received beside them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from adapters.postgres.uow import PgUnitOfWork
from domain.ports import UnitOfWork
from domain.reception_ports import ReceptionUnitOfWork
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


@dataclass
class RecordsBackend:
    uow: Callable[..., FakeUnitOfWork | PgRecordsUnitOfWork]  # the records' factory: the port under contract
    invoices: Callable[[], UnitOfWork]  # where invoices are issued
    reception: Callable[[], ReceptionUnitOfWork]  # where invoices are received


@pytest.fixture(params=["memory", "postgres"])
def records(request: pytest.FixtureRequest) -> RecordsBackend:
    if request.param == "memory":
        db = InMemoryDatabase()
        return RecordsBackend(
            functools.partial(FakeUnitOfWork, db), lambda: FakeUnitOfWork(db), lambda: FakeUnitOfWork(db)
        )
    pool = request.getfixturevalue("pg_pool")
    return RecordsBackend(
        functools.partial(PgRecordsUnitOfWork, pool),
        lambda: PgUnitOfWork(pool),
        lambda: PgReceptionUnitOfWork(pool),
    )
