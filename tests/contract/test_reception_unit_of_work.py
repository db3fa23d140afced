"""One behaviour contract for a delivery's unit of work (domain.reception_ports.ReceptionUnitOfWork), in memory and
on PostgreSQL: received invoices stored once with their history and events, the inbox's mark only under our lease,
and a joined unit of work kept only when the delivery's transaction commits."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from asyncpg.exceptions import ForeignKeyViolationError

from adapters.postgres.inbox import PgInbox
from adapters.postgres.reception_repository import PgReception
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from domain.document_file import DocumentFile
from domain.pipeline_ports import ClaimedRequest, ParkedStatus
from domain.platform import PlatformStatus
from domain.reception import (
    Delivery,
    DeliveryKind,
    DeliveryOutcome,
    DeliveryState,
    ReceivedInvoice,
    buyer_status,
)
from domain.reception_ports import ReceivedStatus, ReceptionUnitOfWork
from tests.fakes import DeliveryMark, FakeUnitOfWork, FixedClock, InMemoryDatabase, MissingParent
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice

AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
OWNER = "inbox-worker-1"


@dataclass
class ReceptionBackend:
    uow: Callable[[], ReceptionUnitOfWork]
    add_company: Callable[[str], Awaitable[None]]
    leased_delivery: Callable[[str], Awaitable[int]]  # a delivery leased to `owner`: its id
    event_kinds: Callable[[str, str], Awaitable[list[str]]]  # (company, received id) -> kinds
    parked: Callable[[str], Awaitable[int]]  # statuses parked under a platform id


@pytest.fixture(params=["memory", "postgres"])
def backend(request: pytest.FixtureRequest) -> ReceptionBackend:
    if request.param == "memory":
        db = InMemoryDatabase(clock=FixedClock(datetime.now(UTC)))  # rows are dated by the clock, as by now()

        async def add_company(siren: str) -> None:
            db.companies.add(siren)

        async def leased(owner: str) -> int:
            delivery_id = db.next_id()
            db.deliveries[delivery_id] = DeliveryMark(owner)
            return delivery_id

        async def kinds(company: str, received_id: str) -> list[str]:
            return [e.kind for rid, c, e in db.received_events if (rid, c) == (received_id, company)]

        async def parked(platform_id: str) -> int:
            return len(db.parked.get(platform_id, []))

        return ReceptionBackend(lambda: FakeUnitOfWork(db), add_company, leased, kinds, parked)
    pool = request.getfixturevalue("pg_pool")

    async def pg_add_company(siren: str) -> None:
        await pool.execute("INSERT INTO companies (siren) VALUES ($1)", siren)

    async def pg_leased(owner: str) -> int:
        delivery = Delivery("iopole", "webhook", DeliveryKind.STATUS, f"contract-{uuid.uuid4()}", b"{}")
        delivery_id = await PgInbox(pool).add(delivery)
        assert delivery_id is not None
        await pool.execute(
            "UPDATE webhook_inbox SET lease_owner = $2, lease_until = now() + interval '5 minutes' WHERE id = $1",
            delivery_id,
            owner,
        )
        return delivery_id

    async def pg_kinds(company: str, received_id: str) -> list[str]:
        async with pool.acquire() as conn:
            return [e.event.kind for e in await PgReception(conn).history(company, received_id)]

    async def pg_parked(platform_id: str) -> int:
        return int(
            await pool.fetchval("SELECT count(*) FROM parked_statuses WHERE platform_id = $1", platform_id)
        )

    return ReceptionBackend(
        lambda: PgReceptionUnitOfWork(pool), pg_add_company, pg_leased, pg_kinds, pg_parked
    )


def a_received_invoice(company: str, platform_invoice_id: str) -> ReceivedInvoice:
    return ReceivedInvoice.receive(
        at=AT,
        id=str(uuid.uuid4()),
        company_siren=company,
        platform="iopole",
        platform_invoice_id=platform_invoice_id,
        document=DocumentFile("application/xml", "", "d" * 64, b"<Invoice/>"),
        syntax="UBL",
        valid=True,
        number="F-1",
    )


async def test_a_received_invoice_is_stored_once_with_its_history_and_events(
    backend: ReceptionBackend,
) -> None:
    company, other, pid = random_siren(), random_siren(), f"p-{uuid.uuid4()}"
    await backend.add_company(company)
    received = a_received_invoice(company, pid)
    async with backend.uow() as uow:
        assert await uow.received.company_known(company) and not await uow.received.company_known(other)
        assert await uow.received.add(received, None)
        assert not await uow.received.add(a_received_invoice(company, pid), None), (
            "one platform id, one invoice"
        )
        await uow.received.save(received)
        # not committed: rolled back at the end of the block
    received = a_received_invoice(company, pid)  # redone from scratch, as a delivery's retry does
    async with backend.uow() as uow:
        assert await uow.received.received_of("iopole", pid) is None
        assert await uow.received.add(received, None)
        await uow.received.save(received)
        await uow.commit()
    assert await backend.event_kinds(company, received.id) == ["RECEIVED"]
    status = PlatformStatus("204", "IN_HAND", "IN_HAND", AT, status_id=f"s-{uuid.uuid4()}")
    async with backend.uow() as uow:
        found = await uow.received.received_of("iopole", pid)
        assert found is not None and (found.id, found.company_siren, found.invoice) == (
            received.id,
            company,
            None,
        )
        assert await uow.received.locked(other, received.id) is None, "another company's invoice is not found"
        assert await uow.received.locked(company, "not-a-uuid") is None, "a malformed id names no invoice"
        assert await uow.received.get(company, "not-a-uuid") is None
        loaded = await uow.received.locked(company, received.id)
        assert loaded is not None and loaded.statuses == () and loaded.events == []
        record = ReceivedStatus("iopole", pid, status, received.id)
        assert await uow.received.add_status(record)
        assert not await uow.received.add_status(record), "a status id is kept once"
        loaded.platform_status(status, AT)
        approval = buyer_status("APPROVED")
        loaded.queue_status(approval, AT, detail="205")
        assert await uow.received.queue_outgoing(loaded, approval) > 0
        await uow.received.save(loaded)
        assert loaded.events == [], "saved events are no longer pending"
        await uow.commit()
    async with backend.uow() as uow:
        again = await uow.received.locked(company, received.id)
        assert again is not None
        assert sorted(p.code for p in again.statuses) == ["204", "205"], "our queued status is in its history"
        assert again.lifecycle_code == "205"
        by_platform_id = await uow.received.received_of("iopole", pid)
        assert by_platform_id is not None and by_platform_id.lifecycle_code == "205"
    assert await backend.event_kinds(company, received.id) == ["RECEIVED", "STATUS", "STATUS_QUEUED"]


async def test_the_inbox_mark_is_written_only_under_our_lease(backend: ReceptionBackend) -> None:
    delivery_id = await backend.leased_delivery(OWNER)
    done = DeliveryOutcome(DeliveryState.DONE, "", "status 205")
    async with backend.uow() as uow:
        assert not await uow.deliveries.finish(delivery_id, "another-worker", done)
        assert await uow.deliveries.finish(delivery_id, OWNER, done)
        await uow.commit()
    async with backend.uow() as uow:
        assert not await uow.deliveries.finish(delivery_id, OWNER, done), (
            "a marked delivery is no longer ours"
        )


@pytest.mark.parametrize("outer_commits", [True, False])
async def test_a_joined_unit_of_work_is_kept_only_with_its_delivery(
    backend: ReceptionBackend, outer_commits: bool
) -> None:
    platform_id = f"plat-{uuid.uuid4()}"
    status = PlatformStatus("200", "SUBMITTED", "SUBMITTED", AT, status_id="s-1")
    async with backend.uow() as uow:
        async with uow.joined() as nested:
            await nested.transmissions.park_status(platform_id, ParkedStatus(status, "webhook"))
            await nested.commit()
        async with uow.joined() as rolled_back:
            await rolled_back.transmissions.park_status(platform_id, ParkedStatus(status, "poll"))
            # not committed: this one alone is rolled back, the delivery's transaction goes on
        if outer_commits:
            await uow.commit()
    assert await backend.parked(platform_id) == (1 if outer_commits else 0)


async def test_a_status_request_id_is_kept_only_with_an_invoice_held_of_the_kind_it_names(
    backend: ReceptionBackend,
) -> None:
    """Migration 0401's foreign keys: SetBuyerStatus's ids name a received invoice, SetInvoiceStatus's one we issued;
    an id naming another kind, or no invoice, is not kept (the fake must refuse what PostgreSQL refuses)."""
    company = random_siren()
    await backend.add_company(company)
    received, issued = a_received_invoice(company, f"p-{uuid.uuid4()}"), an_outbound_invoice(company)
    async with backend.uow() as uow:
        assert await uow.received.add(received, None)
        await uow.received.save(received)
        await uow.invoices.add(issued)
        await uow.commit()
    async with backend.uow() as uow:
        assert (
            await uow.transmissions.claim_status_request(company, "buyer-1", "fp", received.id, received=True)
            is None
        )
        assert (
            await uow.transmissions.claim_status_request(company, "seller-1", "fp", issued.id, received=False)
            is None
        )
        await uow.commit()
    async with backend.uow() as uow:
        again = await uow.transmissions.claim_status_request(
            company, "buyer-1", "fp-2", issued.id, received=False
        )
        assert again == ClaimedRequest("fp", "", received.id), (
            "a claimed id answers with what it was kept with"
        )
    for named, received_kind in [(received.id, False), (issued.id, True), (str(uuid.uuid4()), True)]:
        with pytest.raises((MissingParent, ForeignKeyViolationError)):
            async with backend.uow() as uow:
                await uow.transmissions.claim_status_request(
                    company, "other", "fp", named, received=received_kind
                )
