"""One HTTP exchange with a platform, bounded as a whole: in time, by the sum of its phases' timeouts, and in the
size of the answer, by MAX_ANSWER_BYTES.

httpx bounds each phase, and each read on its own, but neither the whole exchange nor the answer's size: an answer
trickling a byte at a time within the read timeout would never end, holding a relay slot and a connection for ever,
and a huge one would be held in memory whole. Past either bound the answer is lost in transit, the failure it
amounts to (`adapters.pdp.outcome.transport_failure`): a read is retried, a state-changing call whose body left is
an unknown outcome, reconciled by search before anything is sent again.
"""

from __future__ import annotations

import asyncio

import httpx

# Above any answer a platform owes us: the largest is a document or its readable copy (documents up to 50 MB).
MAX_ANSWER_BYTES = 64 * 1024 * 1024
# The body is kept decoded: these described the bytes on the wire.
_WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


class AnswerTooSlow(httpx.ReadTimeout):
    """The whole exchange outlasted its budget (failures name their type: this says which bound it was)."""


class AnswerTooLarge(httpx.RemoteProtocolError):
    """The answer grew past MAX_ANSWER_BYTES; nothing more of it was read."""


async def exchange(http: httpx.AsyncClient, request: httpx.Request, timeout: httpx.Timeout) -> httpx.Response:
    """Send `request` and read its answer whole, within both bounds."""
    budget = exchange_budget(timeout)
    try:
        async with asyncio.timeout(budget):
            response = await http.send(request, stream=True)
            try:
                body = await _bounded_body(response)
            finally:
                await response.aclose()
    except TimeoutError:
        raise AnswerTooSlow(f"no whole answer within {budget:g} s", request=request) from None
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    return httpx.Response(response.status_code, headers=headers, content=body, request=request)


def exchange_budget(timeout: httpx.Timeout) -> float | None:
    """The longest one exchange may take: the sum of its phases' timeouts (None: a phase is unbounded). A worker's
    lease must outlast it, or another worker claims the row while the platform is still answering."""
    phases = (timeout.pool, timeout.connect, timeout.write, timeout.read)
    return None if None in phases else sum(p for p in phases if p is not None)


async def _bounded_body(response: httpx.Response) -> bytes:
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > MAX_ANSWER_BYTES:
            raise AnswerTooLarge(f"an answer larger than {MAX_ANSWER_BYTES} bytes", request=response.request)
    return bytes(body)
