"""One HTTP exchange with a platform, bounded as a whole: in time, by the sum of its phases' timeouts, and in the
size of the answer, by MAX_ANSWER_BYTES (a JSON answer) or MAX_DOCUMENT_ANSWER_BYTES (a document downloaded).

httpx bounds each phase, and each read on its own, but neither the whole exchange nor the answer's size: an answer
trickling a byte at a time within the read timeout would never end, holding a relay slot and a connection for ever,
and a huge one would be held in memory whole. Past either bound the answer is lost in transit, the failure it
amounts to (`adapters.pdp.outcome.transport_failure`): a read is retried, a state-changing call whose body left is
an unknown outcome, reconciled by search before anything is sent again.

A compressed answer is decoded here, never more than the bound: httpx decodes each chunk read whole, and 64 KiB of
gzip expand to 64 MiB (a bombed answer cost twice the bound before its check). Only the encodings asked for are
read (gzip, deflate); another one is refused, as an answer that cannot be read.
"""

from __future__ import annotations

import asyncio
import io
import zlib

import httpx

from domain.bounds import count_over, shorten

# Above any JSON answer a platform owes us: its pages are bounded (IOPOLE's 50 search rows or 200 directory entries,
# AFNOR's flows), a few hundred KiB at most.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
# The one limit of a document a platform gives (a download or its readable copy), decoded, whatever the platform:
# IOPOLE takes documents up to 50 MB, AFNOR XP Z12-013 files up to 100 MB, and the gRPC answer that serves a
# received document holds 64 MiB (GRPC_MAX_MESSAGE_MB): a larger one could be kept but never handed over.
MAX_DOCUMENT_ANSWER_BYTES = 64 * 1024 * 1024
# What `_bounded_body` decodes, and so all the platform is asked for.
ACCEPT_ENCODING = "gzip, deflate"
# The most decoded at once: a piece is copied into the body, so it is held twice for a moment.
_PIECE_BYTES = 256 * 1024
# The body is kept decoded: these described the bytes on the wire.
_WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


class AnswerTooSlow(httpx.ReadTimeout):
    """The whole exchange outlasted its budget (failures name their type: this says which bound it was)."""


class AnswerTooLarge(httpx.RemoteProtocolError):
    """The answer grew past its bound; nothing more of it was read, nor decoded."""


class AnswerUndecodable(httpx.RemoteProtocolError):
    """The answer's encoding is not one asked for, or its compressed bytes are corrupt."""


class AnswerCut(httpx.RemoteProtocolError):
    """A compressed answer stopped before its stream's end: lost in transit, as a connection cut mid-answer."""


async def exchange(
    http: httpx.AsyncClient,
    request: httpx.Request,
    timeout: httpx.Timeout,
    *,
    max_bytes: int = MAX_ANSWER_BYTES,
) -> httpx.Response:
    """Send `request` and read its answer whole, within both bounds (`max_bytes` decoded)."""
    budget = exchange_budget(timeout)
    request.headers["Accept-Encoding"] = ACCEPT_ENCODING
    try:
        async with asyncio.timeout(budget):
            response = await http.send(request, stream=True)
            by_close = _ended_by_close(response)
            try:
                body = await _bounded_body(response, max_bytes)
            finally:
                await response.aclose()
    except TimeoutError:
        raise AnswerTooSlow(f"no whole answer within {budget:g} s", request=request) from None
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    framing = {_CLOSE_DELIMITED: True} if by_close else {}
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=request, extensions=framing
    )


def close_delimited(response: httpx.Response) -> bool:
    """An answer `exchange` read to its connection's close: no length, no chunks (HTTP/1.0, or 1.1 without
    either). Cut short, it cannot be told from a whole one by its framing: what it holds must say (a document's
    end, adapters.pdp.document_end)."""
    return bool(response.extensions.get(_CLOSE_DELIMITED))


_CLOSE_DELIMITED = "pdp_gateway.close_delimited"


def _ended_by_close(response: httpx.Response) -> bool:
    """Before its body is read (an answer built in memory, by an in-process transport, has no framing)."""
    if response.is_stream_consumed or "content-length" in response.headers:
        return False
    return "chunked" not in response.headers.get("transfer-encoding", "").lower()


def exchange_budget(timeout: httpx.Timeout) -> float | None:
    """The longest one exchange may take: the sum of its phases' timeouts (None: a phase is unbounded). A worker's
    lease must outlast it, or another worker claims the row while the platform is still answering."""
    phases = (timeout.pool, timeout.connect, timeout.write, timeout.read)
    return None if None in phases else sum(p for p in phases if p is not None)


async def _bounded_body(response: httpx.Response, limit: int) -> bytes:
    """The answer's body decoded, `limit` bytes at most: each piece decoded no larger than the room left."""
    if response.is_stream_consumed:
        # Built in memory, already decoded by httpx (an in-process transport, as tests use): only its size is left.
        if len(response.content) > limit:
            raise _too_large(response, limit)
        return response.content
    inflater = _inflater(response)
    if inflater is None:
        declared = response.headers.get("content-length", "").strip()
        if count_over(declared, limit):  # refused on its word: nothing of the body is read
            raise AnswerTooLarge(
                f"an answer that declares {shorten(declared, 24)} bytes, larger than {limit}",
                request=response.request,
            )
    # Gathered where the answer's bytes are handed over without a copy (BytesIO.getvalue shares its buffer): a
    # bytearray copied into bytes at the end held a document at the bound twice (128 MiB for 64).
    body = io.BytesIO()
    size = 0
    received = False
    async for raw in response.aiter_raw():
        received = received or bool(raw)
        data = raw
        while data:
            if inflater is None:
                piece, data = data, b""
            else:
                try:
                    piece = inflater.decompress(data, min(limit - size + 1, _PIECE_BYTES))
                except zlib.error as exc:
                    raise AnswerUndecodable(
                        f"corrupt compressed answer ({exc})", request=response.request
                    ) from None
                data = inflater.unconsumed_tail
            size += len(piece)
            if size > limit:
                raise _too_large(response, limit)
            body.write(piece)
    if inflater is not None and received and not inflater.eof:
        # gzip and zlib end with a check of what they hold: an answer without it was cut short, whatever its framing
        # said (an answer ended by the connection's close has no other sign of it)
        raise AnswerCut("a compressed answer cut short of its end", request=response.request)
    return body.getvalue()


def _too_large(response: httpx.Response, limit: int) -> AnswerTooLarge:
    return AnswerTooLarge(f"an answer larger than {limit} bytes", request=response.request)


def _inflater(response: httpx.Response) -> zlib._Decompress | None:
    """The decoder of the answer's Content-Encoding (None: not encoded). Deflate is read zlib-wrapped (RFC 9110);
    gzip with its header."""
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    codings = [c for c in codings if c not in ("", "identity")]
    if not codings:
        return None
    if codings in (["gzip"], ["x-gzip"]):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if codings == ["deflate"]:
        return zlib.decompressobj(zlib.MAX_WBITS)
    shown = ", ".join(codings)[:60]
    raise AnswerUndecodable(
        f"an answer encoded {shown!r}, not asked for ({ACCEPT_ENCODING})", request=response.request
    )
