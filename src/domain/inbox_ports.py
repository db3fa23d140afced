"""The port of the webhook inbox: every delivery lands there first, from a webhook or a catch-up poll, under the
platform's own dedup key, so something that arrives both ways is stored once. The inbox worker then claims the stored
deliveries as a leased queue (`domain.leased_queue`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

from domain.ports import Page
from domain.reception import Delivery, StoredDelivery


class BodyPieces(Protocol):
    """A delivery's body too large to hold whole in memory (a webhook body set aside in a temporary file while it was
    read, up to WEBHOOK_MAX_BODY_BYTES): its size, and its bytes read back a piece at a time."""

    @property
    def size(self) -> int: ...

    def pieces(self) -> AsyncIterator[bytes]: ...


class DeliveryStore(Protocol):
    async def add(self, delivery: Delivery, pieces: BodyPieces | None = None) -> int | None:
        """Store the delivery unless its dedup key is already known: the new row's id, or None when it was.
        `pieces`: the body, stored from them without being held whole (`delivery.body` is then empty)."""
        ...

    async def named_again(self, dedup_key: str, platform_id: str) -> None:
        """A copy of the delivery stored under `dedup_key` came naming `platform_id` in a field its platform does not
        sign: when new, added to its `claimed_ids` (MAX_CLAIMED_IDS at most) and the delivery processed again (the
        id may be the genuine one a changed copy beat, or the same file deposited twice), with the lease of one in
        progress taken back."""
        ...


# The platform ids kept beside one delivery: a genuine copy and a few changed ones; more are dropped (a copy taken in
# transit can be sent again and again with other ids, each stored as a few bytes, not as its body)
MAX_CLAIMED_IDS = 16


class ParkedDeliveries(Protocol):
    """The deliveries processing could not route or read, as a company sees them and replays them."""

    async def parked(self, company_siren: str, page_size: int, page_token: str) -> Page[StoredDelivery]:
        """Parked and unprocessable deliveries addressed to this company, oldest first; `page_token` is empty or a
        `Page.next_token` of this listing and company, else InvalidPageToken."""
        ...

    async def replay(self, delivery_id: int, company_siren: str | None) -> bool:
        """Queue a parked or unprocessable delivery again; False when there is no such delivery. A company names it by
        its own number for it (StoredDelivery.number), the operator (company None) by its id, whatever its company."""
        ...
