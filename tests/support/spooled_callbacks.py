"""Signed webhook callbacks of any size, genuine or with a made-up signature of the right form, each as its route, its
body and its headers, and a body handed to an ASGI app in pieces as uvicorn hands them (test and bench helpers for
the body's spool)."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from typing import Any

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.iopole import signing as iopole_signing
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    AFNOR_KEY,
    IOPOLE_INVOICE_PATH,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
    now_ms,
)

PIECE = 64 * 1024
BOUNDARY = "spool-boundary"
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"


class SlicedBody:
    """`body` as an ASGI request's pieces, each a new bytes object."""

    def __init__(self, body: bytes, piece: int = PIECE) -> None:
        self.body = body
        self.piece = piece
        self.at = 0

    async def receive(self) -> dict[str, Any]:
        chunk = self.body[self.at : self.at + self.piece]
        self.at += self.piece
        return {"type": "http.request", "body": chunk, "more_body": self.at < len(self.body)}


def form(file: bytes) -> bytes:
    return (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="invoiceId"\r\n\r\nINV-1\r\n'
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="i.xml"\r\n'
            "Content-Type: application/xml\r\n\r\n"
        ).encode()
        + file
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


def iopole(path: str, signed: bytes, content_type: str, genuine: bool) -> dict[str, str]:
    stamp = now_ms()
    signature = (
        iopole_signing.sign(
            IOPOLE_SECRET, timestamp_ms=stamp, method="POST", path_with_query=path, payload=signed
        )
        if genuine
        else secrets.token_hex(32)  # of the right form, fresh: only the body can refute it
    )
    return {
        "Content-Type": content_type,
        iopole_signing.TIMESTAMP_HEADER: str(stamp),
        iopole_signing.SIGNATURE_HEADER: signature,
        iopole_signing.IDEMPOTENCY_HEADER: secrets.token_hex(8),
    }


def afnor(body: bytes, genuine: bool) -> dict[str, str]:
    stamp = now_ms() // 1000
    signature = (
        afnor_signing.sign(AFNOR_KEY, body, stamp)
        if genuine
        else base64.b64encode(secrets.token_bytes(32)).decode()
    )
    return {
        "Content-Type": "application/json",
        afnor_signing.TIMESTAMP_HEADER: str(stamp),
        afnor_signing.SIGNATURE_HEADER: signature,
    }


def json_body(size: int) -> bytes:
    return b'{"flowId":"F1","updatedAt":"2026-12-06T10:00:00Z","pad":"' + b"a" * size + b'"}'


# Each callback: its route, its body of about `size` bytes, and its headers (genuine or a made-up signature).
Callback = Callable[[int, bool], tuple[str, bytes, dict[str, str]]]


def invoice(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    file = b"<Invoice>" + b"x" * size + b"</Invoice>"
    return IOPOLE_INVOICE_PATH, form(file), iopole(IOPOLE_INVOICE_PATH, file, MULTIPART, genuine)


def not_a_form(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    """IOPOLE then signs the whole body (stored with a note, so that IOPOLE stops sending it)."""
    body = b"x" * size
    return IOPOLE_INVOICE_PATH, body, iopole(IOPOLE_INVOICE_PATH, body, MULTIPART, genuine)


def status(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    body = json_body(size)
    return IOPOLE_STATUS_PATH, body, iopole(IOPOLE_STATUS_PATH, body, "application/json", genuine)


def flow(size: int, genuine: bool) -> tuple[str, bytes, dict[str, str]]:
    body = json_body(size)
    return AFNOR_FLOW_PATH, body, afnor(body, genuine)
