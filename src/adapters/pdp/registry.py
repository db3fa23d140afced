"""Every platform the gateway can talk to: one entry per platform package (`adapters/pdp/<provider>/platform.py`).

Adding a platform is its package, one entry here and its settings (docs/adding-a-platform.md). A profile's settings
are the provider's own names (IOPOLE_*, AFNOR_*): from the environment for the default profile, from the profiles
file for the others (adapters.pdp.profiles).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from types import MappingProxyType

from adapters.pdp.afnor import platform as afnor
from adapters.pdp.iopole import platform as iopole
from adapters.pdp.iopole.decoder import IopoleDeliveryDecoder
from adapters.pdp.sandbox import platform as sandbox
from domain.platform import PlatformConfigError
from domain.platform_inbound import DeliveryDecoder
from domain.platform_profile import PlatformOpener, PlatformOptions, PlatformServices, PlatformSet

PLATFORMS: Mapping[str, PlatformOpener] = MappingProxyType(
    {
        "sandbox": sandbox.open_platform,
        "iopole": iopole.open_platform,
        "afnor": afnor.open_platform,
    }
)

# The settings each provider reads (names only): what the default profile takes from the environment.
SETTINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"sandbox": sandbox.SETTINGS, "iopole": iopole.SETTINGS, "afnor": afnor.SETTINGS}
)


def open_platform(
    provider: str, name: str, settings: Mapping[str, str], options: PlatformOptions
) -> AbstractAsyncContextManager[PlatformServices]:
    opener = PLATFORMS.get(provider)
    if opener is None:
        raise PlatformConfigError(
            f"unknown platform provider {provider!r} (one of {', '.join(sorted(PLATFORMS))})"
        )
    return opener(name, settings, options)


# Decoders that need no connection: deliveries of such a platform are read even when it is not the one configured
# (a signed IOPOLE callback carries the whole document). AFNOR's needs its flow service to download the document.
STANDALONE_DECODERS: Mapping[str, DeliveryDecoder] = MappingProxyType({"iopole": IopoleDeliveryDecoder()})


def decoder_for(platforms: PlatformSet, platform: str) -> DeliveryDecoder | None:
    """The decoder of a delivery's platform: its open profile's, else a standalone one, else None (parked)."""
    services = platforms.named(platform) or platforms.with_provider(platform)
    if services is not None and services.decoder is not None:
        return services.decoder
    return STANDALONE_DECODERS.get(platform)
