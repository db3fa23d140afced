"""The AFNOR XP Z12-013 platform's parts (adapters.pdp.http_platform opens a profile of it), its settings, doctor's
advice in their names, and its registry entry."""

from __future__ import annotations

from adapters.documents.validation.validator import OfficialValidator
from adapters.pdp.afnor.catch_up import AfnorCatchUp
from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import SETTINGS, AfnorConfig
from adapters.pdp.afnor.decoder import AfnorDeliveryDecoder
from adapters.pdp.afnor.flux10 import Flux10Sender
from adapters.pdp.afnor.readable import AfnorReadableViews
from adapters.pdp.afnor.reporting import AfnorReportingGateway
from adapters.pdp.afnor.webhook import WEBHOOKS
from adapters.pdp.entry import PlatformEntry
from adapters.pdp.http_platform import HttpPlatform
from domain.platform_profile import PlatformHints


def _reporting(gateway: AfnorPdpGateway, config: AfnorConfig) -> AfnorReportingGateway:
    # Without AFNOR_PLATFORM_ID no flux 10 can be written: declarations stay queued.
    sender = Flux10Sender(config.platform_id, config.platform_name) if config.platform_id else None
    return AfnorReportingGateway(gateway, sender=sender, validate=OfficialValidator().validate_flux10)


def _catch_up(gateway: AfnorPdpGateway, *, platform: str, patience_s: float) -> AfnorCatchUp:
    # Its rounds hand over the flows as found: each is downloaded by the inbox's relay, which waits out the outage.
    return AfnorCatchUp(gateway, platform=platform)


PLATFORM = HttpPlatform(
    "afnor",
    AfnorConfig.from_env,
    AfnorPdpGateway,
    reporting=_reporting,
    decoder=AfnorDeliveryDecoder,
    catch_up=_catch_up,
    readable=AfnorReadableViews,
)

HINTS = PlatformHints(
    credentials="check AFNOR_CLIENT_ID and AFNOR_CLIENT_SECRET (and AFNOR_TOKEN_URL)",
    token_endpoint="is the token endpoint (AFNOR_TOKEN_URL) reachable from this host? proxy, DNS, firewall",
    service_check="platform-services",
    service_ok="flow and directory services answer:",
    service_unreachable="are AFNOR_FLOW_URL and AFNOR_DIRECTORY_URL reachable (the service bases, without /v1)?",
    account="check the client's rights on the platform and AFNOR_ORGANIZATION_ID (Organization-Id delegation)",
)

# A status is a CDAR, whose code list (BR-FR-CDV-CL-06) has 220: carried (not tried on a real platform's sandbox).
ENTRY = PlatformEntry(PLATFORM.open, SETTINGS, HINTS, webhooks=WEBHOOKS, carries_cancelled=True)
