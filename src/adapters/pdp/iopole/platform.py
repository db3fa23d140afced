"""The IOPOLE platform's parts (adapters.pdp.http_platform opens a profile of it: ONE long-lived HTTP client, with
connection reuse in small pools and explicit timeouts, and its token cache, closed at shutdown), its settings,
doctor's advice in their names, and its registry entry."""

from __future__ import annotations

from adapters.pdp.entry import PlatformEntry
from adapters.pdp.http_platform import HttpPlatform
from adapters.pdp.iopole.catch_up import IopoleCatchUp
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import SETTINGS, IopoleConfig
from adapters.pdp.iopole.decoder import IopoleDeliveryDecoder
from adapters.pdp.iopole.readable import IopoleReadableViews
from adapters.pdp.iopole.reporting import IopoleReportingGateway
from adapters.pdp.iopole.webhook import WEBHOOKS
from domain.platform_profile import PlatformHints

PLATFORM = HttpPlatform(
    "iopole",
    IopoleConfig.from_env,
    IopolePdpGateway,
    reporting=lambda gateway, config: IopoleReportingGateway(gateway.session, config),
    # a signed callback carries the whole document; its invoiceId, unsigned, is confirmed by the profile's client
    decoder=IopoleDeliveryDecoder,
    catch_up=IopoleCatchUp,  # deliveries carry the profile: one key space each
    readable=IopoleReadableViews,
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
    PLATFORM.open, SETTINGS, HINTS, webhooks=WEBHOOKS, standalone_decoder=IopoleDeliveryDecoder()
)
