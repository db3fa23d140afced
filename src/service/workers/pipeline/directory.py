"""Reachability preflight: is the recipient registered and effective in the platform's directory?

The recipient is the counterparty: the buyer (BT-49), or the seller (BT-34) of a self-billed document, which the
buyer issues in the seller's name (the document-type table says which types are self-billed).

Without it a platform accepts the upload and rejects it later ("No route found", WRONG_ROUTING); asking first
turns that into a clear error before anything is sent. The question goes to the seller's own platform profile (the
caller passes its gateway); answers are cached with a TTL, shared between profiles because every PA serves the one
national directory (annuaire).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.identifiers import siren_of_address
from domain.invoice import Invoice, Party
from domain.pipeline_ports import DirectoryCache
from domain.platform import DirectoryEntry, PdpGateway
from domain.ports import Clock


@dataclass(frozen=True, slots=True)
class Recipient:
    """The party the document goes to, with the terms naming its address and its SIREN in refusals."""

    party: Party
    address_term: str
    siren_term: str


def recipient(invoice: Invoice) -> Recipient:
    """The buyer (BT-49, BT-47), or the seller (BT-34, BT-30) of a self-billed document (`Invoice.addressee`)."""
    if not invoice.type_code.kind.self_billed:
        return Recipient(
            invoice.addressee,
            "the buyer's electronic address (BT-49)",
            "the buyer's legal registration (BT-47)",
        )
    return Recipient(
        invoice.addressee,
        "the seller's electronic address (BT-34) of this self-billed document",
        "the seller's legal registration (BT-30)",
    )


def recipient_address(invoice: Invoice) -> str:
    """The recipient's electronic address as `scheme:value`, or its SIREN when it has none."""
    party = recipient(invoice).party
    address = party.electronic_address
    if address is not None and address.value:
        return f"{address.scheme}:{address.value}" if address.scheme else address.value
    return party.siren


def directory_query(invoice: Invoice) -> tuple[str, str]:
    """What the directory is asked about the recipient: (its SIREN, the address whose line must answer).

    The French directory is keyed by SIREN. A SIREN-based address (0225, 0002, 0009) gives both; any other (a GLN,
    say) is in no directory line, so the recipient's own SIREN is asked about, any of its lines. ("", "") when
    neither names a SIREN: the send is refused rather than the directory asked about digits that are not one.
    """
    address = recipient_address(invoice)
    siren = siren_of_address(address)
    if siren:
        return siren, address
    return recipient(invoice).party.siren, ""


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

    async def lookup(self, siren: str, address: str = "", pdp: PdpGateway | None = None) -> DirectoryEntry:
        """Asks `pdp` (the seller's platform; the default one when None) about `siren`, narrowed to `address`'s
        line when given (`directory_query`). Raises PlatformUnavailable when the directory cannot answer (then the
        send is retried)."""
        identifier = address or siren  # the cache key: an address holds its SIREN, so it names one question
        now = self._clock.now()
        local = await self._local.get(identifier, now)
        if local is not None:
            return local
        entry = await self._cache.get(identifier, now)
        if entry is None:
            entry = await (pdp or self._pdp).lookup_directory(siren, address)
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
