"""Opening an AFNOR XP Z12-013 platform profile: its own HTTP client (pool) and token cache, closed at shutdown."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Mapping

from adapters.documents.validation.validator import OfficialValidator
from adapters.pdp.afnor.catch_up import AfnorCatchUp
from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.afnor.decoder import AfnorDeliveryDecoder
from adapters.pdp.afnor.flux10 import Flux10Sender
from adapters.pdp.afnor.readable import AfnorReadableViews
from adapters.pdp.afnor.reporting import AfnorReportingGateway
from adapters.pdp.afnor.webhook import WEBHOOKS
from adapters.pdp.entry import PlatformEntry
from adapters.pdp.link import platform_link
from domain.platform_profile import PlatformHints, PlatformOptions, PlatformServices

log = logging.getLogger(__name__)

SETTINGS = (
    "AFNOR_FLOW_URL",
    "AFNOR_DIRECTORY_URL",
    "AFNOR_TOKEN_URL",
    "AFNOR_CLIENT_ID",
    "AFNOR_CLIENT_SECRET",
    "AFNOR_ORGANIZATION_ID",
    "AFNOR_WEBHOOK_SIGNING_KEY",
    "AFNOR_SIGNATURE_DIGEST",
    "AFNOR_PLATFORM_ID",
    "AFNOR_PLATFORM_NAME",
)


@contextlib.asynccontextmanager
async def open_platform(
    name: str, settings: Mapping[str, str], options: PlatformOptions
) -> AsyncIterator[PlatformServices]:
    """A missing or malformed setting stops the start-up, named (never its value)."""
    async with platform_link(name, "afnor", options) as link:
        config = AfnorConfig.from_env(settings, timeouts=link.timeouts)
        gateway = AfnorPdpGateway(link.http, config, profile=link.profile)
        log.info("platform %s: AFNOR XP Z12-013 at %s", name, config.flow_url)
        yield PlatformServices(
            name,
            "afnor",
            gateway,
            AfnorReportingGateway(
                gateway, sender=_sender(config), validate=OfficialValidator().validate_flux10
            ),
            decoder=AfnorDeliveryDecoder(gateway),
            catch_up=AfnorCatchUp(gateway, platform=name),
            webhooks=gateway,
            readable=AfnorReadableViews(gateway),
        )


def _sender(config: AfnorConfig) -> Flux10Sender | None:
    return Flux10Sender(config.platform_id, config.platform_name) if config.platform_id else None


HINTS = PlatformHints(
    credentials="check AFNOR_CLIENT_ID and AFNOR_CLIENT_SECRET (and AFNOR_TOKEN_URL)",
    token_endpoint="is the token endpoint (AFNOR_TOKEN_URL) reachable from this host? proxy, DNS, firewall",
    service_check="platform-services",
    service_ok="flow and directory services answer:",
    service_unreachable="are AFNOR_FLOW_URL and AFNOR_DIRECTORY_URL reachable (the service bases, without /v1)?",
    account="check the client's rights on the platform and AFNOR_ORGANIZATION_ID (Organization-Id delegation)",
)

ENTRY = PlatformEntry(open_platform, SETTINGS, HINTS, webhooks=WEBHOOKS)
