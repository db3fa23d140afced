"""A transmission pipeline on real PostgreSQL (one fresh database per use) and a real platform adapter:
the in-process sandbox or the IOPOLE adapter over HTTP against the local simulator. Used by the integration
tests and the bench."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

from adapters.documents.api import render
from adapters.documents.checking import DOCUMENT_TOOLS
from adapters.documents.platform_document import check_submitted, render_and_validate, warm_up
from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.calls import Pacing
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.retry import RetryPolicy
from adapters.pdp.sandbox.client import SandboxPdpGateway
from adapters.pdp.timeouts import Timeouts
from adapters.postgres.document_store import PgDocumentUnitOfWork
from adapters.postgres.outage import is_outage
from adapters.postgres.outbox_source import PgDirectoryCache, PgOutboxSource
from adapters.postgres.send_journal import PgSendJournal
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from adapters.postgres.uow import PgUnitOfWork
from domain.document_formats import DocumentFormat, Profile
from domain.emission import OutboundInvoice, ProcessingState
from domain.invoice import Identifier, Invoice
from domain.pipeline_ports import DocumentProcessor, OutboxKind
from domain.platform import PdpGateway, PlatformStatus, SubmissionQuery
from domain.platform_breaker import Breaker
from domain.platform_profile import PlatformOptions
from domain.rules import validate_invoice
from domain.serialization import invoice_fingerprint
from domain.totals import compute_totals
from service.usecases.emission.documents import submit_document
from service.wiring.transmission import PlatformStatusSink
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.directory import ReachabilityCheck
from service.workers.pipeline.dispatcher import Dispatcher
from service.workers.pipeline.processing import PoolDocumentProcessor
from service.workers.pipeline.render_validate import RenderValidateStep
from service.workers.pipeline.send import SendStep
from service.workers.pipeline.statuses import SendStatusStep
from service.workers.pipeline.steps import StepContext, give_up
from service.workers.supervisor import Supervisor
from tests.builders import a_buyer, a_seller, an_invoice
from tests.random_refs import random_siren
from tests.support.database import migrated_pool
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.iopole_app import IopoleSimulator
from tests.support.simulators.process import SimulatorProcess
from tests.support.supervision import FAST_RESTARTS

REACHABLE_BUYER = "732829320"  # in the simulator's and the sandbox's directory seed
UNREGISTERED_BUYER = "542107651"
TERMINAL = (
    ProcessingState.SENT,
    ProcessingState.FAILED,
    ProcessingState.INVALID,
    ProcessingState.NOT_TRANSMITTED,
)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def french_vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def processor(document_format: str = "cii", workers: int = 2) -> PoolDocumentProcessor:
    return PoolDocumentProcessor(
        partial(render_and_validate, document_format=document_format),
        check_submitted,
        workers=workers,
        initializer=warm_up,
    )


@contextlib.asynccontextmanager
async def fresh_database(server_dsn: str, *, lock_timeout_ms: int = 0) -> AsyncIterator[asyncpg.Pool]:
    """A new migrated database on the server of `server_dsn`: the outbox holds only what the caller puts in it.

    `lock_timeout_ms` > 0 makes every statement of its sessions fail (LockNotAvailableError) instead of waiting
    longer than that for a row lock: a test sees a blocking statement as an error rather than a hang.
    """
    async with fresh_database_url(server_dsn, lock_timeout_ms=lock_timeout_ms) as dsn:
        async with migrated_pool(dsn, min_size=2, max_size=30) as pool:
            yield pool


@contextlib.asynccontextmanager
async def fresh_database_url(server_dsn: str, *, lock_timeout_ms: int = 0) -> AsyncIterator[str]:
    """The DSN of a new, empty database on the server of `server_dsn` (for processes that migrate it)."""
    name = f"pipeline_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(server_dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        if lock_timeout_ms > 0:
            await admin.execute(f'ALTER DATABASE "{name}" SET lock_timeout = {int(lock_timeout_ms)}')
    finally:
        await admin.close()
    parts = urlsplit(server_dsn)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        admin = await asyncpg.connect(server_dsn)
        try:
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        finally:
            await admin.close()


class PgPipeline:
    def __init__(self, pool: asyncpg.Pool, processor: DocumentProcessor, config: PipelineConfig) -> None:
        self.pool = pool
        self.config = config
        self.clock = SystemClock()
        self.ctx = StepContext(uow=lambda: PgPipelineUnitOfWork(pool), clock=self.clock, config=config)
        self.processor = processor
        self.pdp: PdpGateway | None = None
        self.source = PgOutboxSource(pool)
        self.journal = PgSendJournal(pool)  # as service.wiring.transmission runs the send step

    async def start(self) -> None:
        self._tasks = Supervisor(FAST_RESTARTS, is_outage=is_outage)
        self._tasks.start("outbox-listener", self.source.listen)
        await self.journal.start()

    async def close(self) -> None:
        await self.journal.stop()
        await self._tasks.close()

    async def on_status(self, platform_id: str, status: PlatformStatus) -> None:
        await PlatformStatusSink(self.ctx, "sandbox")(platform_id, status)  # as production wires the sandbox

    def steps(self, pdp: PdpGateway) -> dict[str, object]:
        reach = ReachabilityCheck(pdp, PgDirectoryCache(self.pool), self.clock, self.config.directory_ttl_s)
        return {
            OutboxKind.RENDER_VALIDATE: RenderValidateStep(self.ctx, self.processor),
            OutboxKind.SEND: SendStep(self.ctx, pdp, reach, self.journal, platform_name="sandbox"),
            OutboxKind.SEND_STATUS: SendStatusStep(self.ctx, pdp, platform_name="sandbox"),
        }

    def dispatcher(self, pdp: PdpGateway | None = None, owner: str | None = None) -> Dispatcher:
        gateway = pdp or self.pdp
        assert gateway is not None
        return Dispatcher(
            self.source,
            self.steps(gateway),
            self.ctx,
            owner=owner,
            give_up=partial(give_up, self.ctx),
            is_outage=is_outage,
        )

    async def submit(self, count: int = 1, *, buyer: str = REACHABLE_BUYER, **overrides: object) -> list[str]:
        ids = []
        async with PgUnitOfWork(self.pool) as uow:
            for _ in range(count):
                company, content = invoice_for(buyer, **overrides)
                now = self.clock.now()
                outbound = OutboundInvoice.submit(
                    id=str(uuid.uuid4()),
                    company_siren=company,
                    request_id=f"req-{uuid.uuid4().hex}",
                    request_hash=invoice_fingerprint(content),
                    invoice=content,
                    at=now,
                )
                await uow.invoices.add(outbound)
                ids.append(outbound.id)
            await uow.commit()
        return ids

    async def submit_document(
        self, fmt: DocumentFormat, *, buyer: str = REACHABLE_BUYER
    ) -> tuple[str, bytes]:
        """A ready document accepted as SubmitInvoice with a document does it: (invoice id, the submitted bytes)."""
        company, invoice = invoice_for(buyer)
        content = render(invoice, fmt, Profile.EN16931).content
        outbound = await submit_document(
            company,
            f"req-{uuid.uuid4().hex}",
            content,
            fmt,
            run=asyncio.to_thread,
            tools=DOCUMENT_TOOLS,
            uow=PgDocumentUnitOfWork(self.pool),
            clock=self.clock,
            validate=validate_invoice,
        )
        return outbound.id, content

    async def invoices(self, ids: Sequence[str]) -> dict[str, asyncpg.Record]:
        rows = await self.pool.fetch(
            """SELECT id::text AS id, state, platform_id, document_sha256, last_error, lifecycle_code, findings
                 FROM invoices WHERE id = any($1::uuid[])""",
            list(ids),
        )
        return {r["id"]: r for r in rows}

    async def wait_for(
        self, ids: Sequence[str], states: Iterable[ProcessingState] = TERMINAL, timeout: float = 120.0
    ) -> dict[str, asyncpg.Record]:
        """Until every invoice is in one of `states`: re-checked on each invoice event notification."""
        wanted = {s.value for s in states}
        changed = asyncio.Event()
        conn = await self.pool.acquire()
        listener = lambda *_: changed.set()  # noqa: E731
        await conn.add_listener("invoice_events", listener)
        deadline = time.monotonic() + timeout
        try:
            while True:
                changed.clear()
                # Count only (cheap: the bench runs this in the pipeline's process); read the rows once at the end.
                done = await self.pool.fetchval(
                    "SELECT count(*) FROM invoices WHERE id = any($1::uuid[]) AND state = any($2::text[])",
                    list(ids),
                    list(wanted),
                )
                if done == len(ids):
                    return await self.invoices(ids)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    rows = await self.invoices(ids)
                    pending = {i: r["state"] for i, r in rows.items() if r["state"] not in wanted}
                    raise TimeoutError(f"{len(pending)} invoices still pending: {list(pending.items())[:5]}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), min(remaining, 1.0))
        finally:
            await conn.remove_listener("invoice_events", listener)
            await self.pool.release(conn)

    async def open_rows(self) -> int:
        return await self.pool.fetchval("SELECT count(*) FROM outbox WHERE done_at IS NULL")


def invoice_for(
    buyer: str, buyer_address: Identifier | None = None, **overrides: object
) -> tuple[str, Invoice]:
    """An invoice from a fresh seller to company `buyer`, addressed by `buyer_address` (BT-49) when given."""
    company = random_siren()
    party = a_buyer(buyer, french_vat(buyer)[2:4])
    invoice = an_invoice(
        seller=a_seller(company, french_vat(company)[2:4]),
        buyer=replace(party, electronic_address=buyer_address or party.electronic_address),
        **overrides,
    )
    return company, compute_totals(invoice)


def iopole_gateway(
    sim: IopoleSimulator | SimulatorProcess,
    http: httpx.AsyncClient,
    *,
    upload_timeout: float = 5.0,
    attempts: int = 1,
    breaker: Breaker | None = None,
) -> IopolePdpGateway:
    config = IopoleConfig.from_env(
        sim.env(), timeouts=Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=upload_timeout))
    )
    return IopolePdpGateway(
        http,
        config,
        pacing=Pacing(RetryPolicy(max_attempts=attempts, base_delay=0.01, max_delay=0.1)),
        breaker=breaker,
    )


def afnor_gateway(
    sim: AfnorSimulator | SimulatorProcess,
    http: httpx.AsyncClient,
    *,
    upload_timeout: float = 5.0,
    attempts: int = 1,
) -> AfnorPdpGateway:
    config = AfnorConfig.from_env(
        sim.env(), timeouts=Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=upload_timeout))
    )
    return AfnorPdpGateway(
        http, config, pacing=Pacing(RetryPolicy(max_attempts=attempts, base_delay=0.01, max_delay=0.1))
    )


def sandbox_gateway(pipeline: PgPipeline) -> SandboxPdpGateway:
    return SandboxPdpGateway(pipeline.on_status)


async def uploads_of(pdp: PdpGateway, sim: IopoleSimulator | None, sha256: str) -> int:
    if sim is not None:
        return sim.upload_count(sha256)
    return len(await pdp.find_submissions(SubmissionQuery(sha256=sha256)))


@contextlib.asynccontextmanager
async def running(*dispatchers: Dispatcher) -> AsyncIterator[asyncio.Event]:
    stop = asyncio.Event()
    tasks = [asyncio.create_task(d.run(stop)) for d in dispatchers]
    try:
        yield stop
    finally:
        stop.set()
        await asyncio.gather(*tasks)
