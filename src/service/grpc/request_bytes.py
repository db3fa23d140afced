"""What a request's bytes may cost the process before any bound of the gateway reads it.

gRPC's own decompression inflated a request whole, up to `GRPC_MAX_MESSAGE_MB` (64 MiB), before any code of ours
ran: a `GetInvoice` naming an id of 60 MB is 58 KB gzip-compressed on the wire, and on a real `serve` one such
request raised the process's RSS from 100 to 327 MB, 8 at once to 1,438 MB, 16 at once to 2,317 MB (all refused
PDP-TEXT-LENGTH afterwards). So the server leaves decompression to the gateway (`grpc.per_message_decompression`
off, `service.wiring.server`), and each request is inflated here, within its method's bound:

- a method whose request carries an invoice, a document or a batch (`LARGE_REQUEST_METHODS`) reads up to the
  server's message limit; every other method (ids, filters, a status, a period) up to `SMALL_REQUEST_BYTES`;
  past its bound a request is `PDP-MESSAGE`, its bytes past the bound never made;
- the requests over `SMALL_REQUEST_BYTES` hold their decoded size of the process's `LARGE_REQUESTS_BYTES` while
  their call runs: past it the next large one is RESOURCE_EXHAUSTED `LARGE_REQUESTS_BUSY` with RetryInfo (one
  larger than the whole budget is taken when no other is held), so that 100 large requests at once, compressed
  or not, cost the budget, not 100 times the message limit.

gzip is the one compression taken (deflate is refused by gRPC itself: `ACCEPTED_COMPRESSION`). A gzip stream is
told from a message by its first byte, 0x1F: as a protobuf key that is field 3 of wire type 7, which does not
exist, so no message of any type begins with it.
"""

from __future__ import annotations

import weakref
import zlib
from dataclasses import dataclass
from typing import Any

from service.usecases.company_slots import Busy

SMALL_REQUEST_BYTES = 1 << 20  # 10,000 filter codes of 100 bytes; an id, a status, a period are a few hundred
LARGE_REQUESTS_BYTES = 256 << 20  # four requests at the default message limit, in each gRPC process
GZIP_MAGIC = b"\x1f\x8b"
# gRPC's compression bitset: identity (bit 0) and gzip (bit 2); deflate (bit 1) is answered UNIMPLEMENTED by gRPC,
# since a zlib stream cannot be told from a message by its bytes
ACCEPTED_COMPRESSION = 0b101
# A gRPC Compression.Gzip client's (or grpcurl's) large requests: invoices with attachments, documents, batches
LARGE_REQUEST_METHODS = frozenset(
    {
        "/pdpgateway.v1.InvoiceService/ValidateInvoice",
        "/pdpgateway.v1.InvoiceService/SubmitInvoice",
        "/pdpgateway.v1.DocumentService/RenderDocument",
        "/pdpgateway.v1.DocumentService/ParseDocument",
        "/pdpgateway.v1.DocumentService/ValidateDocument",
        "/pdpgateway.v1.ReportingService/RecordB2cTransactions",
        "/pdpgateway.v1.ReportingService/RecordPayments",
        "/pdpgateway.v1.ReportingService/RecordPurchases",
        "/pdpgateway.v1.ReportingService/RecordSales",
    }
)


def most_request_bytes(method: str, max_message: int) -> int:
    """The largest request `method` reads, decoded."""
    return max_message if method in LARGE_REQUEST_METHODS else min(SMALL_REQUEST_BYTES, max_message)


class LargeRequestsBusy(Busy):
    """The process's budget of large requests is taken (service.grpc.errors: LARGE_REQUESTS_BUSY)."""


@dataclass(frozen=True, slots=True)
class NotInflated:
    """Why a request's bytes were not inflated; `past`: they inflate past the limit they were given."""

    why: str
    past: bool = False


class Held:
    """A decoded request holding `size` bytes of a budget until `release()`, or until it is collected (a call
    cancelled before its method ran)."""

    __slots__ = ("__weakref__", "message", "release")

    def __init__(self, message: Any, budget: LargeRequests, size: int) -> None:
        self.message = message
        self.release = weakref.finalize(self, budget.give_back, size)


class Compressed:
    """A large method's gzip request as it came, inflated in its call (service.grpc.undecodable.TolerantReading.finish), off the event
    loop; its bytes let go of once read (`let_go`)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


def let_go(request: object) -> None:
    """A `Held` request's bytes given back and its message let go of, now (a `Compressed` one's bytes): its call has
    ended, or is refused before its method runs (an aborted call's frames, which hold the request, live until a full
    garbage collection)."""
    if isinstance(request, Held):
        request.release()
        request.message = None
    elif isinstance(request, Compressed):
        request.data = b""


class LargeRequests:
    """The bytes of the requests over SMALL_REQUEST_BYTES a process holds at once (decoded, while their call runs)."""

    def __init__(self, budget: int | None = None) -> None:
        self.budget = LARGE_REQUESTS_BYTES if budget is None else budget
        self.held = 0

    def room(self, bound: int) -> int:
        """What the next request may decode to, at most `bound`, before it is refused busy: all of `bound` when
        nothing is held (one larger than the budget is taken alone)."""
        return min(bound, max(self.budget - self.held, SMALL_REQUEST_BYTES)) if self.held else bound

    def take(self, size: int) -> bool:
        if size <= SMALL_REQUEST_BYTES:
            return True
        if self.held and self.held + size > self.budget:
            return False
        self.held += size
        return True

    def busy(self) -> str:
        return (
            f"{self.held:,} bytes of large requests are in progress on this process (at most {self.budget:,} at"
            " once): retry once one has ended"
        )

    def give_back(self, size: int) -> None:
        self.held -= size


def inflated(data: bytes, limit: int) -> bytes | NotInflated:
    """`data` as the method reads it: gzip inflated, at most `limit` bytes of it made (and one more, to tell)."""
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        return NotInflated(f"is gzip-compressed and does not inflate: {exc}")
    if len(out) > limit:
        return NotInflated(f"inflates past the {limit:,} bytes", past=True)
    if not inflater.eof or inflater.unused_data:
        return NotInflated("is gzip-compressed, cut short or followed by other bytes")
    return out
