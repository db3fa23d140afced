"""Signed webhook deliveries as IOPOLE and AFNOR platforms send them (test and bench helpers)."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

import httpx
from starlette.routing import Route

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.iopole.signing import signed_headers
from adapters.pdp.registry import WEBHOOKS
from adapters.webhook.routes import WebhookEndpoints, WebhookSettings
from domain.identifiers import french_vat_number, luhn_ok
from domain.inbox_ports import DeliveryStore


def platform_routes(
    store: DeliveryStore,
    settings: WebhookSettings | None = None,
    *,
    keys: Mapping[str, str] | None = None,
    tolerance_s: int = 300,
) -> list[Route]:
    """Every platform's default routes as serve mounts them (its package's receivers), keyed with the test keys
    (`keys` adds or overrides settings by their names: AFNOR_SIGNATURE_DIGEST, an empty IOPOLE_WEBHOOK_SECRET...)."""
    named = {"IOPOLE_WEBHOOK_SECRET": IOPOLE_SECRET, "AFNOR_WEBHOOK_SIGNING_KEY": AFNOR_KEY, **(keys or {})}
    return [
        route
        for name, side in WEBHOOKS.items()
        for route in WebhookEndpoints(
            store, side.receivers(named, tolerance_s), platform=name, settings=settings
        ).routes()
    ]


# The default profile's routes, as each platform package names them
AFNOR_FLOW_PATH = afnor_signing.WEBHOOK_PATH
IOPOLE_INVOICE_PATH = iopole_signing.INVOICE_WEBHOOK_PATH
IOPOLE_STATUS_PATH = iopole_signing.STATUS_WEBHOOK_PATH

IOPOLE_SECRET = "test-iopole-webhook-secret-0123456789abcdef"
AFNOR_KEY = "test-afnor-signing-key-0123456789abcdef0123456789"


FIXTURE_BUYER = "303265045"  # the buyer of the CII and UBL documents of tests/fixtures/documents


def addressed_to(document: bytes, siren: str) -> bytes:
    """A fixture document (its buyer FIXTURE_BUYER) made out to the company `siren`: its SIREN, electronic address,
    SIRET and VAT number. Reception routes a received invoice to the buyer its document names (a platform's target
    address only when it agrees)."""
    siret = next(f"{siren}0001{k}" for k in range(10) if luhn_ok(f"{siren}0001{k}"))
    return (
        document.replace(b"FR40" + FIXTURE_BUYER.encode(), french_vat_number(siren).encode())
        .replace(FIXTURE_BUYER.encode() + b"00017", siret.encode())
        .replace(FIXTURE_BUYER.encode(), siren.encode())
    )


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def status_body(
    invoice_id: str,
    label: str,
    *,
    status_id: str = "",
    date: str = "2026-11-20T10:00:00Z",
    reason: str = "",
    errors: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """`errors`: rejectionDetail.errors[] items ({reason SCHEMA|BUSINESS, rule, message, location})."""
    response: dict[str, Any] = {"documentStatus": {"code": label}}
    if reason or errors:
        response["rejectionDetail"] = {"reason": reason, "message": reason, "errors": errors or []}
    return {
        "invoiceId": invoice_id,
        "statusId": status_id or str(uuid.uuid4()),
        "date": date,
        "destType": "PLATFORM",
        "status": {"code": label, "networkCode": label},
        "xml": "",
        "json": {"responses": [response]},
    }


async def post_status(
    client: httpx.AsyncClient,
    body: dict[str, Any] | bytes,
    *,
    secret: str = IOPOLE_SECRET,
    key: str | None = None,
    timestamp_ms: int | None = None,
    target: str = "",
    tamper: bool = False,
    path: str = IOPOLE_STATUS_PATH,
) -> httpx.Response:
    payload = body if isinstance(body, bytes) else json.dumps(body, separators=(",", ":")).encode()
    headers = signed_headers(
        secret,
        timestamp_ms=timestamp_ms if timestamp_ms is not None else now_ms(),
        method="POST",
        path_with_query=path,
        payload=payload,
        idempotency_key=key or str(uuid.uuid4()),
        target_address=target,
    )
    headers["Content-Type"] = "application/json"
    sent = payload + b" " if tamper else payload
    return await client.post(path, content=sent, headers=headers)


async def post_invoice(
    client: httpx.AsyncClient,
    content: bytes,
    *,
    invoice_id: str | None = None,
    filename: str = "invoice.xml",
    secret: str = IOPOLE_SECRET,
    key: str | None = None,
    target: str = "",
    signed_content: bytes | None = None,
    timestamp_ms: int | None = None,
    checksum: bool = True,
) -> httpx.Response:
    """`checksum` False: without X-Checksum (IOPOLE sends it optionally)."""
    headers = signed_headers(
        secret,
        timestamp_ms=timestamp_ms if timestamp_ms is not None else now_ms(),
        method="POST",
        path_with_query=IOPOLE_INVOICE_PATH,
        payload=signed_content if signed_content is not None else content,
        idempotency_key=key or str(uuid.uuid4()),
        target_address=target,
    )
    if not checksum:
        del headers[iopole_signing.CHECKSUM_HEADER]
    return await client.post(
        IOPOLE_INVOICE_PATH,
        files={"file": (filename, content, "application/octet-stream")},
        data={"invoiceId": invoice_id or str(uuid.uuid4()), "senderAcceptStatus": "ACCEPTED"},
        headers=headers,
    )


async def post_afnor_flow(
    client: httpx.AsyncClient,
    flow: dict[str, Any],
    *,
    key: str = AFNOR_KEY,
    timestamp_s: int | None = None,
    path: str = AFNOR_FLOW_PATH,
) -> httpx.Response:
    payload = json.dumps(flow).encode()
    ts = timestamp_s if timestamp_s is not None else now_ms() // 1000
    headers = {
        "Content-Type": "application/json",
        afnor_signing.SIGNATURE_HEADER: afnor_signing.sign(key, payload, ts),
        afnor_signing.TIMESTAMP_HEADER: str(ts),
    }
    return await client.post(path, content=payload, headers=headers)


class PulledBody:
    """An ASGI request's body in pieces, counting how many the app pulled before it answered."""

    def __init__(self, pieces: int, piece: bytes) -> None:
        self.left = pieces
        self.piece = piece
        self.pulled = 0

    async def receive(self) -> dict[str, Any]:
        self.pulled += 1
        self.left -= 1
        return {"type": "http.request", "body": self.piece, "more_body": self.left > 0}


async def call_app(app: Any, path: str, headers: Mapping[str, str], body: Any) -> int:
    """POST `body` (anything with an ASGI `receive`: PulledBody...) to `path` of the ASGI `app` in process: the
    status it answered."""
    return int((await answer_start(app, path, headers, body))["status"])


async def answer_start(app: Any, path: str, headers: Mapping[str, str], body: Any) -> dict[str, Any]:
    """As call_app: the answer's `http.response.start` message (its status and headers)."""
    answer: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    await app(scope, body.receive, send)
    return answer[0]
