"""The e-invoicing platform the gateway talks to, chosen by PDP_PROVIDER: everything that depends on the choice.

Adding a platform = one adapter module + one opener here + one entry in the container's Selector. An opener is an
async context manager yielding a `Platform`: the invoice gateway, the e-reporting gateway and, when the platform
has one, the source of notSeen items polled as a fallback for missed webhooks. It owns what it opens (the IOPOLE
HTTP client, the sandbox's lifecycle tasks) and releases it at shutdown.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any

from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.afnor.reporting import AfnorReportingGateway
from adapters.pdp.config import IopoleConfig, Timeouts
from adapters.pdp.http_pool import platform_http_client
from adapters.pdp.iopole import IopolePdpGateway
from adapters.pdp.iopole_reporting import IopoleReportingGateway
from adapters.pdp.sandbox import SandboxPdpGateway, SandboxSettings
from adapters.pdp.sandbox_reporting import SandboxReportingGateway
from adapters.postgres.inbox import PgInbox
from domain.platform import PdpGateway, StatusCallback
from domain.reporting.port import ReportingGateway
from service.business_metrics import MeteredPlatform
from service.wiring.reception import init_notseen_poller
from service.workers.reception.polling import NotSeenPoller, NotSeenSource
from service.workers.supervisor import Supervisor

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Platform:
    name: str  # recorded with each submission
    gateway: PdpGateway
    reporting: ReportingGateway
    notseen: NotSeenSource | None = None  # None: nothing to poll


@contextlib.asynccontextmanager
async def sandbox_platform(
    on_status: StatusCallback,
    *,
    step_delay_s: float = 0.0,
    seed: int = 0,
    rejection_share: float = 0.0,
    routing_error_share: float = 0.0,
) -> AsyncIterator[Platform]:
    """In-process platform: its lifecycle statuses go through `on_status` (the same use case as webhooks).

    `rejection_share` / `routing_error_share`: the share of submissions it ends with 213 Rejetée / 221 Erreur de
    routage (config.yml turns a few percent on for `make run`, so the unhappy paths show too)."""
    settings = SandboxSettings(
        seed=seed,
        step_delay=step_delay_s,
        rejection_rate=rejection_share,
        routing_error_rate=routing_error_share,
    )
    gateway = SandboxPdpGateway(on_status, settings=settings)
    try:
        yield Platform("sandbox", MeteredPlatform(gateway), SandboxReportingGateway())
    finally:
        await gateway.aclose()


def platform_timeouts(*, connect_s: float, read_s: float, upload_read_s: float) -> Timeouts:
    return Timeouts(connect=connect_s, read=read_s, write=read_s, pool=connect_s, upload_read=upload_read_s)


@contextlib.asynccontextmanager
async def iopole_platform(
    settings: Mapping[str, str], timeouts: Timeouts, *, max_connections: int = 20
) -> AsyncIterator[Platform]:
    """IOPOLE over ONE long-lived HTTP client (connection reuse in small pools, adapters.pdp.http_pool; explicit
    timeouts), closed at shutdown.

    `settings` holds the IOPOLE_* names of adapters.pdp.config; a missing credential stops the start-up with
    the names of what is missing (never their values)."""
    config = IopoleConfig.from_env(settings, timeouts=timeouts)
    http = platform_http_client(max_connections, timeout=timeouts.default())
    try:
        gateway = IopolePdpGateway(http, config)
        reporting = IopoleReportingGateway(http, config, gateway.tokens)
        log.info("platform: IOPOLE %s at %s", config.environment, config.api_base)
        yield Platform("iopole", MeteredPlatform(gateway), reporting, notseen=gateway)
    finally:
        await http.aclose()


@contextlib.asynccontextmanager
async def afnor_platform(
    settings: Mapping[str, str], timeouts: Timeouts, *, max_connections: int = 20
) -> AsyncIterator[Platform]:
    """A platform speaking AFNOR XP Z12-013, over ONE long-lived HTTP client (its own pool and token cache).

    `settings` holds the AFNOR_* names of adapters.pdp.afnor.config; a missing one stops the start-up, named."""
    config = AfnorConfig.from_env(settings, timeouts=timeouts)
    http = platform_http_client(max_connections, timeout=timeouts.default())
    try:
        gateway = AfnorPdpGateway(http, config)
        log.info("platform: AFNOR XP Z12-013 at %s", config.flow_url)
        yield Platform("afnor", gateway, AfnorReportingGateway())
    finally:
        await http.aclose()


async def init_platform(opener: contextlib.AbstractAsyncContextManager[Platform]) -> AsyncIterator[Platform]:
    """Resource: the selected platform, open from start-up to shutdown."""
    async with opener as platform:
        yield platform


async def init_platform_poller(
    platform: Platform, inbox: PgInbox, supervisor: Supervisor, *, interval_s: float
) -> AsyncIterator[NotSeenPoller | None]:
    """Resource: the notSeen poller, for platforms that list what we have not seen yet (IOPOLE)."""
    if platform.notseen is None:
        yield None
        return
    async with contextlib.asynccontextmanager(init_notseen_poller)(
        platform.notseen, inbox, supervisor, interval_s=interval_s
    ) as poller:
        yield poller


def settings_of(**values: Any) -> dict[str, str]:
    """Config values as the IOPOLE_* / AFNOR_* mapping the platform's config reads (None → empty)."""
    return {name: "" if value is None else str(value) for name, value in values.items()}
