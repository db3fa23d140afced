"""The platforms the gateway talks to: the default profile chosen by PDP_PROVIDER (adapters.pdp.registry), plus the
profiles of PLATFORM_PROFILES_FILE for companies on other platforms (adapters.pdp.profiles).

Everything here speaks domain terms (domain.platform_profile): a profile is opened by its package's opener, owns
what it opens (HTTP client and token cache, the sandbox's lifecycle tasks) and releases it at shutdown. Adding a
platform touches nothing here (docs/adding-a-platform.md).
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Mapping
from dataclasses import replace

from adapters.pdp.profiles import load_profiles, open_platforms
from adapters.pdp.registry import CARRIES_CANCELLED
from adapters.postgres.inbox import PgInbox
from adapters.postgres.outage import is_outage
from domain.platform_inbound import CatchUpCheckpoints
from domain.platform_profile import PlatformOptions, PlatformServices, PlatformSet
from service.observability.business_metrics import MeteredPlatform
from service.usecases.emission.invoice_status import CancelledCarried
from service.workers.reception.polling import CatchUpPoller
from service.workers.supervisor import Supervisor

log = logging.getLogger(__name__)


async def init_platforms(
    provider: str,
    settings: Mapping[str, str],
    options: PlatformOptions,
    profiles_file: str = "",
) -> AsyncIterator[PlatformSet]:
    """Resource: every profile, open from start-up to shutdown. A bad setting or profiles file stops the start-up."""
    profiles = load_profiles(profiles_file, os.environ, default_name=provider)
    async with open_platforms(provider, settings, options, profiles, wrap=metered) as platforms:
        mapped = platforms.companies()
        if mapped:
            log.info(
                "platform profiles: %d companies on %s", len(mapped), ", ".join(sorted(set(mapped.values())))
            )
        yield platforms


def profile_names(provider: str, profiles_file: str = "") -> tuple[str, ...]:
    """The platform profiles configured, by name (the default one is named after its provider), without opening
    them: the metrics' outage series of each exist at 0 from the start."""
    names = [
        provider,
        *(p.name for p in load_profiles(profiles_file, os.environ, default_name=provider).profiles),
    ]
    return tuple(dict.fromkeys(names))


def cancelled_carried(provider: str, profiles_file: str = "") -> CancelledCarried:
    """A company -> the platform profile its invoices go through and whether its provider carries the seller's 220
    (adapters.pdp.entry.PlatformEntry.carries_cancelled), read from the configuration without opening a platform:
    the gRPC process answers SetInvoiceStatus without one."""
    profiles = load_profiles(profiles_file, os.environ, default_name=provider)
    providers = {provider: provider, **{p.name: p.provider for p in profiles.profiles}}
    companies = dict(profiles.companies or {})

    def carried(siren: str) -> tuple[str, bool]:
        name = companies.get(siren, provider)
        return name, CARRIES_CANCELLED.get(providers.get(name, ""), False)

    return carried


def metered(platform: PlatformServices) -> PlatformServices:
    """Every platform call counted and timed by operation and outcome (service.observability.business_metrics)."""
    return replace(platform, gateway=MeteredPlatform(platform.gateway))


async def init_catch_up(
    platforms: PlatformSet,
    inbox: PgInbox,
    supervisor: Supervisor,
    *,
    interval_s: float,
    checkpoints: CatchUpCheckpoints | None = None,
) -> AsyncIterator[list[CatchUpPoller]]:
    """Resource: one catch-up poller per platform that can find what a webhook missed (IOPOLE notSeen, AFNOR
    flows/search), each a task of the process supervisor (restarted, named in /readyz when down), each resuming
    from its profile's kept position (catch_up_checkpoints) after a restart."""
    pollers = [
        CatchUpPoller(
            p.catch_up,
            inbox,
            is_outage=is_outage,
            name=f"catch-up-{p.name}",
            interval_s=interval_s,
            checkpoints=checkpoints,
        )
        for p in platforms.all()
        if p.catch_up is not None
    ]
    handles = [supervisor.start(poller.name, poller.run) for poller in pollers]
    try:
        yield pollers
    finally:
        for handle in handles:
            await supervisor.stop(handle)
