"""One exchange with a platform against a stand-in on localhost: a compressed answer is decoded within its bound as
it is read (a gzip bomb never costs more than the bound), only the encodings asked for are read."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib

import httpx
import pytest

from adapters.pdp.exchange import (
    ACCEPT_ENCODING,
    MAX_ANSWER_BYTES,
    MAX_DOCUMENT_ANSWER_BYTES,
    AnswerTooLarge,
    AnswerUndecodable,
    exchange,
)
from tests.support.asgi_server import serve_app

TIMEOUT = httpx.Timeout(10.0)
CHUNK = 64 * 1024


def bomb(mebibytes: int) -> bytes:
    """`mebibytes` MiB of zeros, gzipped (about a thousandth of that)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1024 * 1024)
    return b"".join(squeeze.compress(zeros) for _ in range(mebibytes)) + squeeze.flush()


class StandIn:
    """Answers 200 with `body` as given, under `encoding`, in chunks; records the Accept-Encoding asked for."""

    def __init__(self, body: bytes, encoding: str) -> None:
        self.body, self.encoding = body, encoding
        self.accepted: list[str] = []

    async def __call__(self, scope: dict, receive: object, send: object) -> None:
        headers = dict(scope["headers"])
        self.accepted.append(headers.get(b"accept-encoding", b"").decode())
        start = [(b"content-type", b"application/json"), (b"content-encoding", self.encoding.encode())]
        await send({"type": "http.response.start", "status": 200, "headers": start})  # type: ignore[operator]
        for at in range(0, len(self.body), CHUNK):
            more = at + CHUNK < len(self.body)
            await send({"type": "http.response.body", "body": self.body[at : at + CHUNK], "more_body": more})  # type: ignore[operator]


async def answer(app: StandIn, **bounds: int) -> httpx.Response:
    async with serve_app(app) as base, httpx.AsyncClient() as http:
        return await exchange(
            http, http.build_request("GET", f"{base}/v1/x", timeout=TIMEOUT), TIMEOUT, **bounds
        )


async def test_a_gzip_bomb_is_refused_past_the_bound_without_holding_more_than_it() -> None:
    app = StandIn(bomb(256), "gzip")  # 256 MiB once decoded, about 256 KiB on the wire
    tracemalloc.start()
    try:
        with pytest.raises(AnswerTooLarge, match=f"larger than {MAX_ANSWER_BYTES} bytes"):
            await answer(app)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # httpx decoded each 64 KiB read whole: 64 MiB at once, then the body copied (about 130 MiB for one answer)
    assert peak < 1.5 * MAX_ANSWER_BYTES, f"{peak / 2**20:.0f} MiB held"
    assert app.accepted == [ACCEPT_ENCODING]


async def test_a_document_may_be_larger_than_a_json_answer_but_is_bounded_too() -> None:
    document = bytes(range(256)) * (MAX_ANSWER_BYTES // 256 + 1)  # just past a JSON answer's bound
    got = await answer(StandIn(gzip.compress(document), "gzip"), max_bytes=MAX_DOCUMENT_ANSWER_BYTES)
    assert got.content == document
    assert "content-encoding" not in got.headers  # kept decoded
    with pytest.raises(AnswerTooLarge):
        await answer(StandIn(bomb(65), "gzip"), max_bytes=MAX_DOCUMENT_ANSWER_BYTES)


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "identity", ""])
async def test_an_answer_in_an_encoding_asked_for_is_read_decoded(encoding: str) -> None:
    body = json.dumps({"data": [{"id": n} for n in range(1000)]}).encode()
    wire = {"gzip": gzip.compress, "x-gzip": gzip.compress, "deflate": zlib.compress}.get(encoding, bytes)(
        body
    )
    got = await answer(StandIn(wire, encoding))
    assert got.json()["data"][999] == {"id": 999}


@pytest.mark.parametrize(
    ("wire", "encoding", "why"),
    [
        (b"\x1b\x00\x00", "br", "encoded 'br', not asked for"),
        (gzip.compress(gzip.compress(b"{}")), "gzip, gzip", "encoded 'gzip, gzip'"),
        (b"\x1f\x8b\x08\x00garbage" * 10, "gzip", "corrupt compressed answer"),
    ],
)
async def test_an_answer_in_another_encoding_or_corrupt_is_undecodable(
    wire: bytes, encoding: str, why: str
) -> None:
    with pytest.raises(AnswerUndecodable, match=why):
        await answer(StandIn(wire, encoding))


class Declared:
    """Answers 200 declaring `length` bytes (no encoding), then sends `body` and waits: a platform (or a proxy)
    announcing an answer larger than any it owes us."""

    def __init__(self, length: int, body: bytes = b"") -> None:
        self.length, self.body = length, body

    async def __call__(self, scope: dict, receive: object, send: object) -> None:
        start = [(b"content-type", b"application/pdf"), (b"content-length", str(self.length).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": start})  # type: ignore[operator]
        for at in range(0, len(self.body), CHUNK):
            more = at + CHUNK < len(self.body)
            await send({"type": "http.response.body", "body": self.body[at : at + CHUNK], "more_body": more})  # type: ignore[operator]


async def test_an_answer_declaring_a_length_past_the_bound_is_refused_before_its_body_is_read() -> None:
    # It was read until the bound (64 MiB of a document downloaded), or until the exchange's time ran out when the
    # body never came. Nothing is sent here past the headers: only the declared length can refuse it.
    limit = 1024 * 1024
    with pytest.raises(AnswerTooLarge, match=f"declares {5 << 30} bytes, larger than {limit}"):
        await answer(Declared(5 << 30), max_bytes=limit)  # type: ignore[arg-type]
    got = await answer(Declared(limit, bytes(limit)), max_bytes=limit)  # type: ignore[arg-type]
    assert len(got.content) == limit  # the bound itself is read


@pytest.mark.parametrize("length", [10**15, 10**19], ids=["16-digits", "20-digits"])
async def test_an_answer_declaring_a_length_of_many_digits_is_refused_on_its_word_too(length: int) -> None:
    # Past 15 digits the declared length was not read at all, so the body was read until the bound or the end
    # (past 20 digits h11 refuses the answer itself: a transport error).
    with pytest.raises(AnswerTooLarge, match="declares 1000000000000000"):
        await answer(Declared(length), max_bytes=1024)  # type: ignore[arg-type]


async def test_a_document_at_the_bound_is_held_once_not_copied() -> None:
    # The body was gathered, then copied into the answer: a 64 MiB document cost about 128 MiB at its peak.
    document = bytes(range(256)) * (MAX_DOCUMENT_ANSWER_BYTES // 256)
    app = Declared(len(document), document)
    tracemalloc.start()
    try:
        got = await answer(app, max_bytes=MAX_DOCUMENT_ANSWER_BYTES)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got.content == document
    assert peak < 1.4 * MAX_DOCUMENT_ANSWER_BYTES, f"{peak / 2**20:.0f} MiB held"
