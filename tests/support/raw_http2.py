"""A gRPC call written by hand on HTTP/2 (asyncio streams, no HTTP/2 library), for what no gRPC client sends: every
header a literal added to the table (HPACK, RFC 7541 6.2.1), the form in which gRPC core took metadata past its limit.
Only the frames' headers of the answer are read: which stream ended, and how."""

from __future__ import annotations

import asyncio
import struct
from dataclasses import dataclass

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
DATA, HEADERS, RST_STREAM, SETTINGS, GOAWAY, CONTINUATION = 0x0, 0x1, 0x3, 0x4, 0x7, 0x9
END_STREAM, END_HEADERS = 0x1, 0x4
MAX_FRAME = 16_384  # the smallest SETTINGS_MAX_FRAME_SIZE a peer takes


def frame(kind: int, flags: int, stream: int, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload))[1:] + bytes([kind, flags]) + struct.pack(">I", stream) + payload


def _integer(value: int) -> bytes:
    """An HPACK integer of a 7-bit prefix, no Huffman bit (RFC 7541 5.1)."""
    if value < 127:
        return bytes([value])
    out, value = bytearray([127]), value - 127
    while value >= 128:
        out.append(value % 128 + 128)
        value //= 128
    return bytes([*out, value])


def literal(name: bytes, value: bytes) -> bytes:
    """A header added to the decoder's table, its name new (0x40), neither string Huffman-coded."""
    return b"\x40" + _integer(len(name)) + name + _integer(len(value)) + value


def request_headers(path: str, metadata: list[tuple[bytes, bytes]]) -> bytes:
    """Stream 1's HEADERS and CONTINUATION frames of a gRPC call of `path` with `metadata`."""
    fields = [
        (b":method", b"POST"),
        (b":scheme", b"http"),
        (b":path", path.encode()),
        (b":authority", b"localhost"),
    ]
    fields += [(b"content-type", b"application/grpc"), (b"te", b"trailers"), *metadata]
    block = b"".join(literal(name, value) for name, value in fields)
    pieces = [block[at : at + MAX_FRAME] for at in range(0, len(block), MAX_FRAME)]
    frames = [frame(HEADERS if i == 0 else CONTINUATION, 0, 1, piece) for i, piece in enumerate(pieces)]
    frames[-1] = frames[-1][:4] + bytes([END_HEADERS]) + frames[-1][5:]
    return b"".join(frames)


@dataclass(frozen=True)
class Ending:
    kind: int  # HEADERS (trailers, END_STREAM) or RST_STREAM of stream 1, or GOAWAY
    flags: int


async def call_ending(
    port: int, path: str, metadata: list[tuple[bytes, bytes]], message_start: bytes
) -> Ending:
    """Sends a call of `path` with `metadata`, then `message_start` as its only DATA (never ending its side), and
    reads the answer's frames until stream 1 ends or the connection goes away."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(PREFACE + frame(SETTINGS, 0, 0, b""))
        writer.write(request_headers(path, metadata) + frame(DATA, 0, 1, message_start))
        await writer.drain()
        while True:
            head = await reader.readexactly(9)
            length, kind, flags = int.from_bytes(head[:3], "big"), head[3], head[4]
            stream = int.from_bytes(head[5:9], "big") & 0x7FFF_FFFF
            await reader.readexactly(length)
            if kind == GOAWAY or (stream == 1 and (kind == RST_STREAM or flags & END_STREAM)):
                return Ending(kind, flags)
    finally:
        writer.close()
