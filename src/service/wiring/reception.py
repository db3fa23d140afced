"""Reception pieces as the container builds them: webhook routes, the inbox worker and the event feed as
dependency-injector Resources (started with the server, stopped before the pool closes)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import AsyncIterator
from functools import partial

import asyncpg
from starlette.routing import BaseRoute

from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.afnor.verifier import AfnorVerifier
from adapters.pdp.iopole.verifier import IopoleVerifier
from adapters.pdp.profiles import load_profiles
from adapters.pdp.registry import STANDALONE_DECODERS, decoder_for
from adapters.pdp.secret import Secret
from adapters.postgres.event_feed import PgEventFeed
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outage import is_outage
from adapters.postgres.reception_uow import reception_uow_factory
from adapters.reception.document_reader import read_received
from adapters.webhook.routes import WebhookEndpoints, WebhookSettings
from domain.platform_profile import PlatformSet
from domain.ports import Clock
from domain.reception_ports import ArchiveHook
from service.workers.reception.documents import DocumentReader
from service.workers.reception.processing import DeliveryProcessor
from service.workers.reception.worker import INBOX_RELAY, InboxWorker
from service.workers.supervisor import Supervisor
from service.workers.worker_pool import WorkerLimits


def webhook_routes(
    inbox: PgInbox,
    *,
    iopole_secret: str,
    afnor_signing_key: str,
    max_body_bytes: int,
    tolerance_s: int,
    afnor_digest_form: str = "raw",
    provider: str = "sandbox",
    profiles_file: str = "",
) -> list[BaseRoute]:
    """The default profile's routes (keys from the reception settings), then each profile's of
    PLATFORM_PROFILES_FILE, on its own path with the key of its own settings (IOPOLE_WEBHOOK_SECRET,
    AFNOR_WEBHOOK_SIGNING_KEY / AFNOR_SIGNATURE_DIGEST)."""
    settings = WebhookSettings(max_body_bytes=max_body_bytes)
    endpoints = [
        WebhookEndpoints(
            inbox,
            iopole=_iopole_verifier(iopole_secret, tolerance_s),
            afnor=_afnor_verifier(afnor_signing_key, afnor_digest_form, tolerance_s),
            settings=settings,
        )
    ]
    for profile in load_profiles(profiles_file, os.environ, default_name=provider).profiles:
        s = profile.settings
        iopole: IopoleVerifier | None = None
        afnor: AfnorVerifier | None = None
        if profile.provider == "iopole":
            iopole = _iopole_verifier(s.get("IOPOLE_WEBHOOK_SECRET", ""), tolerance_s)
        elif profile.provider == "afnor":
            key, form = s.get("AFNOR_WEBHOOK_SIGNING_KEY", ""), s.get("AFNOR_SIGNATURE_DIGEST", "") or "raw"
            afnor = _afnor_verifier(key, form, tolerance_s)
        else:
            continue  # nothing arrives by webhook (the sandbox)
        endpoints.append(
            WebhookEndpoints(inbox, iopole=iopole, afnor=afnor, settings=settings, profile=profile.name)
        )
    return [route for e in endpoints for route in e.routes()]


def _iopole_verifier(secret: str, tolerance_s: int) -> IopoleVerifier:
    return IopoleVerifier(Secret(secret), tolerance_ms=tolerance_s * 1000)


def _afnor_verifier(key: str, digest_form: str, tolerance_s: int) -> AfnorVerifier:
    return AfnorVerifier(Secret(key), tolerance_s=tolerance_s, form=DigestForm(digest_form.strip().lower()))


async def init_inbox_worker(
    pool: asyncpg.Pool,
    inbox: PgInbox,
    clock: Clock,
    supervisor: Supervisor,
    *,
    concurrency: int = 8,
    archive: ArchiveHook | None = None,
    platforms: PlatformSet | None = None,
    worker_limits: WorkerLimits | None = None,
) -> AsyncIterator[InboxWorker]:
    """Each delivery is read by its platform's decoder (adapters.pdp.registry.decoder_for)."""
    reader = DocumentReader(
        read_received, limits=worker_limits
    )  # its worker process starts with the first delivery
    decoders = partial(decoder_for, platforms) if platforms is not None else STANDALONE_DECODERS.get
    processor = DeliveryProcessor(
        reception_uow_factory(pool), reader, clock, archive=archive, decoder_for=decoders
    )
    settings = dataclasses.replace(INBOX_RELAY, concurrency=concurrency)
    worker = InboxWorker(inbox, processor, settings, is_outage=is_outage, supervisor=supervisor)
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
    handle = supervisor.start("event-feed-listener", feed.listen)
    try:
        yield feed
    finally:
        await supervisor.stop(handle)
