"""Opening an IOPOLE platform profile: ONE long-lived HTTP client (connection reuse in small pools, explicit
timeouts) and its token cache, closed at shutdown."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Mapping

from adapters.pdp.entry import PlatformEntry
from adapters.pdp.iopole.catch_up import IopoleCatchUp
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.iopole.decoder import IopoleDeliveryDecoder
from adapters.pdp.iopole.readable import IopoleReadableViews
from adapters.pdp.iopole.reporting import IopoleReportingGateway
from adapters.pdp.iopole.webhook import WEBHOOKS
from adapters.pdp.link import platform_link
from domain.platform_profile import PlatformHints, PlatformOptions, PlatformServices

log = logging.getLogger(__name__)

SETTINGS = (
    "IOPOLE_ENV",
    "IOPOLE_API_BASE",
    "IOPOLE_AUTH_URL",
    "IOPOLE_CLIENT_ID",
    "IOPOLE_CLIENT_SECRET",
    "IOPOLE_CUSTOMER_ID",
    "IOPOLE_WEBHOOK_SECRET",
)


@contextlib.asynccontextmanager
async def open_platform(
    name: str, settings: Mapping[str, str], options: PlatformOptions
) -> AsyncIterator[PlatformServices]:
    """A missing credential stops the start-up with the names of what is missing (never their values)."""
    async with platform_link(name, "iopole", options) as link:
        config = IopoleConfig.from_env(settings, timeouts=link.timeouts)
        gateway = IopolePdpGateway(link.http, config, profile=link.profile)
        reporting = IopoleReportingGateway(link.http, config, gateway.tokens)
        log.info("platform %s: IOPOLE %s at %s", name, config.environment, config.api_base)
        yield PlatformServices(
            name,
            "iopole",
            gateway,
            reporting,
            decoder=IopoleDeliveryDecoder(),
            catch_up=IopoleCatchUp(
                gateway, platform=name
            ),  # deliveries carry the profile: one key space each
            webhooks=gateway,
            readable=IopoleReadableViews(gateway),
        )


HINTS = PlatformHints(
    credentials="check IOPOLE_CLIENT_ID and IOPOLE_CLIENT_SECRET (and IOPOLE_AUTH_URL / IOPOLE_ENV)",
    token_endpoint="is the token endpoint (IOPOLE_AUTH_URL) reachable from this host? proxy, DNS, firewall",
    service_check="platform-customer",
    service_ok="customer id accepted by",
    service_unreachable="is IOPOLE_API_BASE reachable and right for IOPOLE_ENV?",
    account="check IOPOLE_CUSTOMER_ID (the customer-id header) and the client's rights",
)

ENTRY = PlatformEntry(
    open_platform, SETTINGS, HINTS, webhooks=WEBHOOKS, standalone_decoder=IopoleDeliveryDecoder()
)
