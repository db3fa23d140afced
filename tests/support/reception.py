"""A running reception stack for integration tests: webhook routes on uvicorn + inbox worker, on the test DB."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

import asyncpg
import httpx
from starlette.applications import Starlette

from adapters.documents.pdf_page import render_invoice_page
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.iopole.catch_up import POLL_METADATA_HEADER
from adapters.pdp.iopole.signing import TARGET_ADDRESS_HEADER
from adapters.pdp.registry import STANDALONE_DECODERS
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outage import is_outage
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from adapters.webhook.routes import WebhookSettings
from domain.platform_inbound import DeliveryDecoder
from domain.reception import Delivery, DeliveryKind
from domain.reception_ports import ArchiveHook, ReadDocument
from service.usecases.reception import ReceptionUseCases
from service.workers.reception.processing import DeliveryProcessor, ProcessingPolicy
from service.workers.reception.worker import INBOX_RELAY, InboxWorker
from service.workers.relay import RelaySettings
from tests.support.asgi_server import serve_app
from tests.support.webhooks import platform_routes

# The inbox's relay with a quick backoff and polling: tests wait on outcomes, never on the production delays.
QUICK = dataclasses.replace(INBOX_RELAY, poll_interval_s=0.5, backoff_base_s=0.05)


class UtcClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Stack:
    client: httpx.AsyncClient
    worker: InboxWorker
    inbox: PgInbox
    base_url: str


def reception_use_cases(pool: asyncpg.Pool, **options: Any) -> ReceptionUseCases:
    """The reception use cases on the test database, as the container builds them."""
    return ReceptionUseCases(
        uow=partial(PgReceptionUnitOfWork, pool),
        inbox=PgInbox(pool),
        clock=UtcClock(),
        render_page=render_invoice_page,
        **options,
    )


def make_worker(
    pool: asyncpg.Pool,
    read: Callable[[bytes], Awaitable[ReadDocument]],
    *,
    policy: ProcessingPolicy | None = None,
    settings: RelaySettings = QUICK,
    decoders: Mapping[str, DeliveryDecoder] | None = None,
    archive: ArchiveHook | None = None,
) -> InboxWorker:
    """`archive`: what keeps a delivery's documents (production's: InTransactionArchiver); none by default."""
    inbox = PgInbox(pool)
    processor = DeliveryProcessor(
        partial(PgReceptionUnitOfWork, pool),
        read,
        UtcClock(),
        policy or ProcessingPolicy(),
        decoder_for=(decoders or STANDALONE_DECODERS).get,
        archive=archive,
    )
    return InboxWorker(inbox, processor, settings, is_outage=is_outage)


@contextlib.asynccontextmanager
async def reception_stack(
    pool: asyncpg.Pool,
    read: Callable[[bytes], Awaitable[ReadDocument]],
    *,
    policy: ProcessingPolicy | None = None,
    settings: RelaySettings = QUICK,
    max_body_bytes: int = 10 * 1024 * 1024,
    decoders: Mapping[str, DeliveryDecoder] | None = None,
    afnor_form: DigestForm = DigestForm.RAW,
    archive: ArchiveHook | None = None,
    **server: Any,
) -> AsyncIterator[Stack]:
    inbox = PgInbox(pool)
    routes = platform_routes(
        inbox,
        WebhookSettings(max_body_bytes=max_body_bytes),
        keys={"AFNOR_SIGNATURE_DIGEST": afnor_form.value},
    )
    worker = make_worker(pool, read, policy=policy, settings=settings, decoders=decoders, archive=archive)
    async with serve_app(Starlette(routes=routes), **server) as base_url:
        async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
            await worker.start()
            try:
                yield Stack(client, worker, inbox, base_url)
            finally:
                await worker.stop()


async def wait_until(
    check: Callable[[], Awaitable[bool]], timeout: float = 30.0, what: str = "condition"
) -> None:
    """Re-check a database condition until it holds (the worker commits asynchronously)."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def settled(pool: asyncpg.Pool, keys: list[str]) -> bool:
    """No delivery of `keys` pending: dedup keys, or the X-Idempotency-Key an IOPOLE callback was sent with (IOPOLE
    does not sign it: its delivery is keyed by what is signed, the header kept)."""
    pending = await pool.fetchval(
        """SELECT count(*) FROM webhook_inbox
            WHERE (dedup_key = any($1::text[]) OR headers->>'X-Idempotency-Key' = any($1::text[]))
              AND state = 'PENDING'""",
        keys,
    )
    return pending == 0


async def store_polled(pool: asyncpg.Pool, content: bytes, *, filename: str, target: str) -> str:
    """An invoice IOPOLE's catch-up brought (adapters.pdp.iopole.catch_up), stored in the inbox: its target address is
    IOPOLE's answer to our own call, so it routes a document that names none of our companies (a foreign one), where a
    webhook's X-Target-Electronic-Address, signed by nobody, routes nothing. Its key (an invoiceId of its own)."""
    invoice_id = str(uuid.uuid4())
    meta = {"invoiceId": invoice_id, "senderAcceptStatus": "", "filename": filename}
    headers = {POLL_METADATA_HEADER: json.dumps(meta), TARGET_ADDRESS_HEADER: target}
    key = f"iopole:invoice:{invoice_id}"
    polled = Delivery(
        "iopole", "poll", DeliveryKind.INVOICE, key, content, "application/octet-stream", headers
    )
    assert await PgInbox(pool).add(polled) is not None
    return key
