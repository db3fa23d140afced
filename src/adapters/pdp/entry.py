"""One platform as the registry lists it (adapters.pdp.registry): everything the rest of the gateway needs to know of
a platform comes from its package through this entry, so that adding a platform edits no code outside its package
but the registry's one line (docs/adding-a-platform.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from adapters.setting_rules import Rule
from adapters.webhook.receiver import WebhookSide
from domain.platform_inbound import DeliveryDecoder
from domain.platform_profile import DoctorAdvice, PlatformOpener


@dataclass(frozen=True, slots=True)
class PlatformEntry:
    open: PlatformOpener  # a profile's services from its settings (adapters/pdp/<provider>/platform.py)
    # the settings it reads, by name, with their rules: what the default profile takes from the environment, checked
    # at start-up (service.wiring.settings.check) and when a profile opens (its config's from_env)
    settings: Mapping[str, Rule]
    advice: DoctorAdvice  # doctor's advice in its setting names (its HINTS), or why doctor does not reach it
    webhooks: WebhookSide | None = None  # None: nothing arrives by callback (the sandbox)
    # A decoder needing no connection: deliveries of this provider are read even when no profile of it is open (a
    # signed IOPOLE callback carries the whole document). AFNOR's needs its flow service to download the document.
    standalone_decoder: DeliveryDecoder | None = None
    # What `pdp-gateway platform webhooks` answers for this platform without opening it, when it has no webhook
    # subscriptions to manage and cannot be opened on its own (the in-process sandbox); "": it is opened and asked.
    webhooks_command_refusal: str = ""
    # It carries the seller's 220 (Annulée) closing an invoice a corrective invoice replaced (XP Z12-014 UC4), which
    # SetInvoiceStatus otherwise refuses before queuing it (PDP-STATUS-PLATFORM).
    carries_cancelled: bool = False
