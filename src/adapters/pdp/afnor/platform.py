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
from adapters.pdp.http_pool import platform_http_client
from adapters.pdp.timeouts import timeouts_for
from domain.platform_profile import PlatformOptions, PlatformServices

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
    timeouts = timeouts_for(options)
    config = AfnorConfig.from_env(settings, timeouts=timeouts)
    http = platform_http_client(options.max_connections, timeout=timeouts.default())
    try:
        profile = "" if name == "afnor" else name  # the default profile keeps the provider's routes and keys
        gateway = AfnorPdpGateway(http, config, profile=profile)
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
    finally:
        await http.aclose()


def _sender(config: AfnorConfig) -> Flux10Sender | None:
    return Flux10Sender(config.platform_id, config.platform_name) if config.platform_id else None
