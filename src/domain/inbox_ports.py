"""The port of the webhook inbox: every delivery lands there first, from a webhook or a catch-up poll, under the
platform's own dedup key, so something that arrives both ways is stored once. The inbox worker then claims the stored
deliveries as a leased queue (`domain.leased_queue`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from domain.reception import Delivery, StoredDelivery


class DeliveryStore(Protocol):
    async def add(self, delivery: Delivery) -> int | None:
        """Store the delivery unless its dedup key is already known: the new row's id, or None when it was."""
        ...


class ParkedDeliveries(Protocol):
    """The deliveries processing could not route or read, as a company sees them and replays them."""

    async def parked(self, company_siren: str, after_id: int, limit: int) -> Sequence[StoredDelivery]:
        """Parked and unprocessable deliveries addressed to this company, oldest first."""
        ...

    async def replay(self, delivery_id: int, company_siren: str | None) -> bool:
        """Queue a parked or unprocessable delivery again (company None: the operator, any company); False when
        there is no such delivery."""
        ...
