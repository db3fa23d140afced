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
from adapters.pdp.entry import PlatformEntry
from adapters.pdp.iopole import platform as iopole
from adapters.pdp.sandbox import platform as sandbox
from adapters.setting_rules import Rule
from adapters.webhook.receiver import WebhookSide
from domain.platform import PlatformConfigError
from domain.platform_inbound import DeliveryDecoder
from domain.platform_profile import (
    DoctorAdvice,
    PlatformOpener,
    PlatformOptions,
    PlatformServices,
    PlatformSet,
)

# The one line a platform adds here: its package's entry.
ENTRIES: Mapping[str, PlatformEntry] = MappingProxyType(
    {
        "sandbox": sandbox.ENTRY,
        "iopole": iopole.ENTRY,
        "afnor": afnor.ENTRY,
    }
)

PLATFORMS: Mapping[str, PlatformOpener] = MappingProxyType({p: e.open for p, e in ENTRIES.items()})

# The settings each provider reads (names only): what the default profile takes from the environment.
SETTINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({p: tuple(e.settings) for p, e in ENTRIES.items()})

# The same with the rule each keeps (adapters.setting_rules), checked before anything starts.
SETTING_RULES: Mapping[str, Mapping[str, Rule]] = MappingProxyType(
    {p: e.settings for p, e in ENTRIES.items()}
)

# The platforms that call us back: their routes, key setting and receivers (adapters.webhook.routes).
WEBHOOKS: Mapping[str, WebhookSide] = MappingProxyType(
    {p: e.webhooks for p, e in ENTRIES.items() if e.webhooks is not None}
)

# `platform webhooks` refused without opening the platform, and why (adapters.pdp.entry.PlatformEntry)
WEBHOOKS_COMMAND_REFUSALS: Mapping[str, str] = MappingProxyType(
    {p: e.webhooks_command_refusal for p, e in ENTRIES.items() if e.webhooks_command_refusal}
)

# The platforms that carry the seller's 220 closing a replaced invoice (IOPOLE's status API has no label for it).
CARRIES_CANCELLED: Mapping[str, bool] = MappingProxyType({p: e.carries_cancelled for p, e in ENTRIES.items()})

# doctor's advice in each platform's own setting names, or what it says of one it does not reach (the sandbox)
DOCTOR_ADVICE: Mapping[str, DoctorAdvice] = MappingProxyType({p: e.advice for p, e in ENTRIES.items()})


def open_platform(
    provider: str, name: str, settings: Mapping[str, str], options: PlatformOptions
) -> AbstractAsyncContextManager[PlatformServices]:
    opener = PLATFORMS.get(provider)
    if opener is None:
        raise PlatformConfigError(
            f"unknown platform provider {provider!r} (one of {', '.join(sorted(PLATFORMS))})"
        )
    return opener(name, settings, options)


# Decoders that need no connection: deliveries of such a platform are read even when it is not the one configured.
STANDALONE_DECODERS: Mapping[str, DeliveryDecoder] = MappingProxyType(
    {p: e.standalone_decoder for p, e in ENTRIES.items() if e.standalone_decoder is not None}
)


def decoder_for(platforms: PlatformSet, platform: str) -> DeliveryDecoder | None:
    """The decoder of a delivery's platform: its open profile's, else a standalone one, else None (parked)."""
    services = platforms.named(platform) or platforms.with_provider(platform)
    if services is not None and services.decoder is not None:
        return services.decoder
    return STANDALONE_DECODERS.get(platform)
