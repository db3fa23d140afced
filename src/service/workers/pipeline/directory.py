"""Reachability preflight: is the recipient registered and effective in the platform's directory?

The recipient is the counterparty: the buyer (BT-49), or the seller (BT-34) of a self-billed document, which the
buyer issues in the seller's name (the document-type table says which types are self-billed).

Without it a platform accepts the upload and rejects it later ("No route found", WRONG_ROUTING); asking first
turns that into a clear error before anything is sent. The question goes to the seller's own platform profile (the
caller passes its gateway); answers are cached with a TTL, shared between profiles because every PA serves the one
national directory (annuaire).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.invoice import Invoice, Party
from domain.pipeline_ports import DirectoryCache
from domain.platform import DirectoryEntry, PdpGateway
from domain.ports import Clock


def recipient(invoice: Invoice) -> tuple[Party, str]:
    """The party the document goes to and the term naming its address: the buyer (BT-49), or the seller (BT-34)
    of a self-billed document."""
    if invoice.type_code.kind.self_billed:
        return invoice.seller, "the seller's electronic address (BT-34) of this self-billed document"
    return invoice.buyer, "the buyer's electronic address (BT-49)"


def recipient_address(invoice: Invoice) -> str:
    """The recipient's electronic address as `scheme:value`, or its SIREN when it has none."""
    party, _ = recipient(invoice)
    address = party.electronic_address
    if address is not None and address.value:
        return f"{address.scheme}:{address.value}" if address.scheme else address.value
    return party.siren


# How long an answer read from the shared cache is reused in this process without asking the shared cache again
# (a round trip per invoice otherwise); the shared cache's own TTL still bounds how old an answer can be.
_LOCAL_TTL = timedelta(seconds=60)


class ReachabilityCheck:
    def __init__(self, pdp: PdpGateway, cache: DirectoryCache, clock: Clock, ttl_s: float) -> None:
        self._pdp = pdp
        self._cache = cache
        self._local = InMemoryDirectoryCache()
        self._clock = clock
        self._ttl = timedelta(seconds=ttl_s)

    async def lookup(self, identifier: str, pdp: PdpGateway | None = None) -> DirectoryEntry:
        """Asks `pdp` (the seller's platform; the default one when None). Raises PlatformUnavailable when the
        directory cannot answer (then the send is retried)."""
        now = self._clock.now()
        local = await self._local.get(identifier, now)
        if local is not None:
            return local
        entry = await self._cache.get(identifier, now)
        if entry is None:
            entry = await (pdp or self._pdp).lookup_directory(identifier)
            await self._cache.put(identifier, entry, now + self._ttl)
        await self._local.put(identifier, entry, now + min(self._ttl, _LOCAL_TTL))
        return entry


class InMemoryDirectoryCache:
    """Per-process cache (bounded); the PostgreSQL one shares answers between workers."""

    def __init__(self, max_entries: int = 10_000) -> None:
        self._entries: dict[str, tuple[DirectoryEntry, datetime]] = {}
        self._max = max_entries

    async def get(self, identifier: str, now: datetime) -> DirectoryEntry | None:
        hit = self._entries.get(identifier)
        if hit is None or hit[1] <= now:
            return None
        return hit[0]

    async def put(self, identifier: str, entry: DirectoryEntry, expires_at: datetime) -> None:
        if len(self._entries) >= self._max:
            self._entries.pop(next(iter(self._entries)))
        self._entries[identifier] = (entry, expires_at)
