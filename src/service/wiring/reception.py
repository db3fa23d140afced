"""Reception pieces as the container builds them: webhook routes, the inbox worker and the event feed as
dependency-injector Resources (started with the server, stopped before the pool closes)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import AsyncIterator, Mapping
from functools import partial

import asyncpg
from starlette.routing import BaseRoute

from adapters.host_faults import local_fault
from adapters.pdp.profiles import load_profiles
from adapters.pdp.registry import STANDALONE_DECODERS, WEBHOOKS, decoder_for
from adapters.postgres.event_feed import PgEventFeed
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outage import is_outage
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from adapters.reception.document_reader import read_received
from adapters.webhook.routes import SpoolBudget, WebhookEndpoints, WebhookSettings
from domain.platform_profile import PlatformSet
from domain.ports import Clock
from domain.reception_ports import ArchiveHook
from service.usecases.reporting import purchase_to_rectify
from service.workers.reception.documents import DocumentReader
from service.workers.reception.processing import DeliveryProcessor
from service.workers.reception.worker import INBOX_RELAY, InboxWorker
from service.workers.supervisor import Supervisor
from service.workers.worker_pool import WorkerLimits


def webhook_routes(
    inbox: PgInbox,
    *,
    webhook_keys: Mapping[str, str],
    max_body_bytes: int,
    spool_after_bytes: int,
    spool_budget_bytes: int,
    tolerance_s: int,
    provider: str,  # PDP_PROVIDER: the default profile's
    profiles_file: str = "",
) -> list[BaseRoute]:
    """Every platform's routes for the default profile (`/webhooks/<provider>/...`, keys from the reception settings,
    by the provider's own names: IOPOLE_WEBHOOK_SECRET, AFNOR_WEBHOOK_SIGNING_KEY...), then each profile's of
    PLATFORM_PROFILES_FILE, on its own path with the key of its own settings. The routes and their verifiers come
    from each platform's package (adapters.pdp.registry.WEBHOOKS); a bad key setting stops the start-up."""
    settings = WebhookSettings(
        max_body_bytes=max_body_bytes,
        spool_after_bytes=spool_after_bytes,
        spool_budget=SpoolBudget(spool_budget_bytes),  # one for every route of the process
    )
    endpoints = [
        WebhookEndpoints(inbox, side.receivers(webhook_keys, tolerance_s), platform=name, settings=settings)
        for name, side in WEBHOOKS.items()
    ]
    for profile in load_profiles(profiles_file, os.environ, default_name=provider).profiles:
        side = WEBHOOKS.get(profile.provider)
        if side is None:
            continue  # nothing arrives by webhook (the sandbox)
        endpoints.append(
            WebhookEndpoints(
                inbox,
                side.receivers(profile.settings, tolerance_s),
                platform=profile.provider,
                settings=settings,
                profile=profile.name,
            )
        )
    return [route for e in endpoints for route in e.routes()]


async def init_inbox_worker(
    pool: asyncpg.Pool,
    inbox: PgInbox,
    clock: Clock,
    supervisor: Supervisor,
    *,
    concurrency: int = 8,
    outage_patience_s: float = INBOX_RELAY.outage_patience_s,
    archive: ArchiveHook | None = None,
    platforms: PlatformSet | None = None,
    worker_limits: WorkerLimits | None = None,
    waits: Clock | None = None,
) -> AsyncIterator[InboxWorker]:
    """Each delivery is read by its platform's decoder (adapters.pdp.registry.decoder_for)."""
    reader = DocumentReader(
        read_received, limits=worker_limits
    )  # its worker process starts with the first delivery
    decoders = partial(decoder_for, platforms) if platforms is not None else STANDALONE_DECODERS.get
    processor = DeliveryProcessor(
        partial(PgReceptionUnitOfWork, pool),
        reader,
        clock,
        archive=archive,
        decoder_for=decoders,
        declared=purchase_to_rectify,
    )
    settings = dataclasses.replace(INBOX_RELAY, concurrency=concurrency, outage_patience_s=outage_patience_s)
    worker = InboxWorker(
        inbox,
        processor,
        settings,
        is_outage=is_outage,
        local_fault=local_fault,
        supervisor=supervisor,
        waits=waits,
    )
    await worker.start()
    try:
        yield worker
    finally:
        await worker.stop()
        reader.close()


async def init_reception_event_feed(pool: asyncpg.Pool, supervisor: Supervisor) -> AsyncIterator[PgEventFeed]:
    """Resource: the company feed (outbound and inbound events); its LISTEN connection is a supervised task,
    stopped (the connection released) at shutdown."""
    feed = PgEventFeed(pool)
    handle = supervisor.start("event-feed-listener", feed.listen, gated=False)
    try:
        yield feed
    finally:
        await supervisor.stop(handle)
