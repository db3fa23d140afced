"""Opening the in-process sandbox: its lifecycle statuses go through `options.on_status` (the same use case as
webhooks); its tasks stop at shutdown."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping

from adapters.pdp.entry import PlatformEntry
from adapters.pdp.sandbox.client import SandboxPdpGateway, SandboxSettings
from adapters.pdp.sandbox.reporting import SandboxReportingGateway
from adapters.setting_rules import Rule
from domain.platform import PlatformConfigError
from domain.platform_profile import NotReached, PlatformOptions, PlatformServices

SETTINGS: Mapping[str, Rule] = {}  # none: it is in-process
PROVIDER = "sandbox"  # its name in the registry


@contextlib.asynccontextmanager
async def open_platform(
    name: str, settings: Mapping[str, str], options: PlatformOptions
) -> AsyncIterator[PlatformServices]:
    if options.on_status is None:
        raise PlatformConfigError("the sandbox platform needs an on_status callback")
    gateway = SandboxPdpGateway(
        options.on_status(name),  # the profile's name: its statuses name only the invoices sent through it
        settings=SandboxSettings(
            step_delay=options.sandbox_step_delay_s,
            rejection_rate=float(options.sandbox_rejection_share),
            routing_error_rate=float(options.sandbox_routing_error_share),
        ),
    )
    try:
        yield PlatformServices(name, PROVIDER, gateway, SandboxReportingGateway())
    finally:
        await gateway.aclose()


ENTRY = PlatformEntry(
    open_platform,
    SETTINGS,
    NotReached("sandbox (in-process): nothing to reach, every company known"),
    webhooks_command_refusal="the sandbox platform is in-process: it has no webhook subscriptions "
    "(PDP_PROVIDER=iopole or afnor, or --profile NAME of PLATFORM_PROFILES_FILE)",
    carries_cancelled=True,
)
