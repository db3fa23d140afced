"""The port of the webhook inbox: every delivery lands there first, from a webhook or a catch-up poll, under the
platform's own dedup key, so something that arrives both ways is stored once. The inbox worker then claims the stored
deliveries as a leased queue (`domain.leased_queue`).
"""

from __future__ import annotations

from typing import Protocol

from domain.reception import Delivery


class DeliveryStore(Protocol):
    async def add(self, delivery: Delivery) -> int | None:
        """Store the delivery unless its dedup key is already known: the new row's id, or None when it was."""
        ...
