"""What arrives from a platform, in domain terms: the ports each platform package implements for reception.

A raw delivery (a webhook body or a polled item, stored in the inbox first) is decoded by its platform's
`DeliveryDecoder` into domain values: an inbound invoice (its original bytes), lifecycle statuses, or a platform
event that only needs recording. Reception routes, validates and stores those values the same way whatever the
platform. A `CatchUpSource` finds what a webhook missed (IOPOLE's notSeen lists, XP Z12-013's flows/search with
updatedAfter) and hands it over as deliveries for the same inbox, under the same dedup keys as the webhooks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from domain.findings import Finding
from domain.platform import PlatformStatus
from domain.reception import Delivery, StoredDelivery


@dataclass(frozen=True, slots=True)
class InboundInvoice:
    """An invoice a supplier sent to one of our companies, as the platform delivered it.

    platform_invoice_id: the platform's id of it (IOPOLE invoiceId, AFNOR flowId), the business dedup key.
    target_address: the recipient's electronic address when the platform says it where we can trust it (IOPOLE's
    answer to our own poll), else "": it only chooses among the buyers the document names (routing).
    """

    platform_invoice_id: str
    content: bytes = field(repr=False)
    filename: str = ""
    sender_accept_status: str = ""
    target_address: str = ""


@dataclass(frozen=True, slots=True)
class InboundStatus:
    """A lifecycle status about an invoice, ours (sent) or received.

    platform_id: the platform's id of the invoice it is about when the platform gives it; otherwise "" and the
    invoice is named by its number (BT-1) and seller SIREN, as a CDAR message references it.
    """

    status: PlatformStatus
    platform_id: str = ""
    invoice_number: str = ""
    seller_siren: str = ""


@dataclass(frozen=True, slots=True)
class PlatformNotice:
    """Something the platform said that needs no processing beyond being recorded (an event, an acknowledgement of
    a status flow we deposited, a flow type we do not act on)."""

    note: str


@dataclass(frozen=True, slots=True)
class ReportAcknowledgement:
    """The platform's verdict on one transmission of an e-reporting declaration we deposited (an XP Z12-013 FRR
    flow's acknowledgement): a refusal after the deposit was taken rejects the declaration, naming why."""

    declaration_id: str
    transmission: str  # which part of the declaration (the platform's own naming, for the record)
    platform_id: str
    accepted: bool
    findings: tuple[Finding, ...] = ()


Decoded = InboundInvoice | InboundStatus | PlatformNotice | ReportAcknowledgement


class UnreadableDelivery(ValueError):
    """The delivery cannot be understood (the reason says why): kept, visible and replayable, never retried blindly."""


class UnconfirmedDelivery(Exception):
    """The platform does not confirm what a delivery claims in a field its signature does not cover (an IOPOLE
    invoiceId whose download is not the file the callback carried): a copy changed in transit, or the genuine one
    while the platform cannot tell yet. Routed nowhere: tried again a few times, then parked for nobody; a copy that
    names another id queues it again (DeliveryStore.named_again)."""


class DeliveryDecoder(Protocol):
    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        """The domain values of one delivery. Raises UnreadableDelivery for a payload that cannot be read, and the
        platform port's failures (PlatformUnavailable…) when fetching what it refers to fails: retried later."""
        ...


@dataclass(frozen=True, slots=True)
class CaughtUp:
    """One item a catch-up round found, as the delivery to store; `token` is what `stored` needs to move on."""

    delivery: Delivery
    token: str = ""


@dataclass(frozen=True, slots=True)
class CatchUpTally:
    """What a catch-up source could not hand over since it started; the counts only grow (the poller exports them,
    per profile, on /metrics). `skipped`: an item left for a later round, because it could not be read (the rest of
    its round is delivered) or fetched; `given_up`: an item still unreadable after a number of rounds, which the
    source stops trying (it logs it once, with its position and reason)."""

    skipped: int = 0
    given_up: int = 0


class CatchUpSource(Protocol):
    async def fetch(self, max_items: int) -> Sequence[CaughtUp]:
        """Up to max_items things the platform has that a webhook may have missed, oldest first."""
        ...

    async def stored(self, item: CaughtUp) -> None:
        """The item is in the inbox: the source may forget it (mark it seen, move its checkpoint past it)."""
        ...

    def position(self) -> str:
        """Where the next round starts, to keep across restarts ("" when the platform keeps it: IOPOLE notSeen).
        A source's positions sort as text in the order they were reached: the store keeps the greatest, so that
        two replicas saving out of order never move it back."""
        ...

    def resume(self, kept: KeptPosition) -> None:
        """Start from a position an earlier run kept (its `position()`); "" or unreadable: keep the default. One
        ahead of the source's clock is no position it reached: it starts from before `kept.kept_at` instead, so that
        nothing updated since is skipped (its `position()` is then earlier than the kept one)."""
        ...

    def tally(self) -> CatchUpTally:
        """The items it skipped and gave up on so far."""
        ...


@dataclass(frozen=True, slots=True)
class KeptPosition:
    """A catch-up source's position as kept ("" none), and when it was last moved (None: never kept)."""

    position: str = ""
    kept_at: datetime | None = None


class CatchUpCheckpoints(Protocol):
    """Where each catch-up source's position survives a restart, by source name (one per platform profile)."""

    async def load(self, source: str) -> KeptPosition: ...

    async def save(self, source: str, position: str, *, replacing: str = "") -> None:
        """Keep `position` if it is later than the kept one (two replicas may save out of order), or if the kept one
        is still `replacing`: a position the source did not resume from (ahead of its clock)."""
        ...


# --- the platform's readable copy of a received invoice ------------------------------------------------------------


class ReadableViews(Protocol):
    async def readable_view(self, platform_invoice_id: str) -> bytes | None:
        """The platform's own readable copy (a PDF) of an invoice it delivered to us (IOPOLE
        `/download/readable`, XP Z12-013 `docType=ReadableView`); None when it has none for this invoice.
        Raises PlatformUnavailable when it cannot answer now, and the port's other failures otherwise."""
        ...


# --- webhook subscriptions at the platform (pdp-gateway platform webhooks) ---------------------------------------


@dataclass(frozen=True, slots=True)
class WebhookSubscription:
    """A callback registered at the platform. signing_key is only known in the answer to a creation (shown once):
    the platform's (AFNOR signingKey) or the one we chose (IOPOLE hmac.secretKey)."""

    webhook_id: str
    callback_urls: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()
    signing_key: str = field(default="", repr=False)


class WebhookSubscriptions(Protocol):
    async def list_webhooks(self) -> list[WebhookSubscription]: ...

    async def create_webhook(self, public_base_url: str) -> WebhookSubscription:
        """Subscribe this gateway's webhook routes under `public_base_url` (https://gateway.example)."""
        ...

    async def delete_webhook(self, webhook_id: str) -> None: ...
