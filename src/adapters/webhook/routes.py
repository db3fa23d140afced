"""Webhook receivers (Starlette routes mounted on the gateway's HTTP app, same process and loop as gRPC).

    POST /webhooks/iopole/invoice   multipart: file, invoiceId, senderAcceptStatus   (IOPOLE signs the FILE part)
    POST /webhooks/iopole/status    JSON status (or event) callback                  (IOPOLE signs the raw body)
    POST /webhooks/afnor/flow       AFNOR XP Z12-013 Flow JSON                       (Afnor-Signature)

A platform profile of PLATFORM_PROFILES_FILE has its own routes, `/webhooks/<profile>/iopole/...` or
`/webhooks/<profile>/afnor/flow`, verified with its own key, and its deliveries carry the profile's name (read by that
profile's decoder, under that profile's dedup keys); the routes above are the default profile's.

Answers: 401 only when the signature is missing, stale, in the future or wrong (nothing stored); 413 when the body
exceeds the limit (counted while streaming, never read unbounded); 408 when it is not received within the body
deadline; 422 for a signed JSON body nested deeper than the parser recurses (no platform sends one); otherwise the raw delivery is stored in the
inbox FIRST and the answer is 2xx with an empty JSON body, also for payloads we cannot read (stored with a note,
so that the platform stops retrying and an operator sees them) and for redeliveries of a known idempotency key.
Processing happens later, from the inbox (service.workers.reception.worker).
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from adapters.multipart import MalformedMultipart, parse_form
from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.signature import SignedRequest, Verdict, profile_webhook_path
from domain.bounds import ascii_int, printable, xml_chars_only
from domain.inbox_ports import DeliveryStore
from domain.reception import Delivery, DeliveryKind

_log = logging.getLogger(__name__)

IOPOLE_INVOICE_PATH = iopole_signing.INVOICE_WEBHOOK_PATH
IOPOLE_STATUS_PATH = iopole_signing.STATUS_WEBHOOK_PATH
AFNOR_FLOW_PATH = afnor_signing.WEBHOOK_PATH
DEFAULT_MAX_BODY_BYTES = 100 * 1024 * 1024  # IOPOLE: "bodies can reach 100 MB"
# 100 MB in 120 s is 0.8 MB/s: any platform does better; a client trickling bytes is cut off.
DEFAULT_BODY_DEADLINE_S = 120.0
MAX_KEY_LENGTH = 256  # idempotency and business keys longer than this are replaced by the content hash

# Headers kept with the delivery: what routing and auditing need, never the signature itself.
_KEPT_HEADERS = (
    iopole_signing.IDEMPOTENCY_HEADER,
    iopole_signing.TARGET_ADDRESS_HEADER,
    iopole_signing.TIMESTAMP_HEADER,
    iopole_signing.CHECKSUM_HEADER,
    afnor_signing.TIMESTAMP_HEADER,
    "Request-Id",
)


class Verifier(Protocol):
    def verify(self, request: SignedRequest) -> Verdict: ...


class BodyTooLarge(Exception):
    pass


class BodyTooSlow(Exception):
    pass


@dataclass(frozen=True, slots=True)
class WebhookSettings:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    body_deadline_s: float = DEFAULT_BODY_DEADLINE_S


async def read_bounded(
    request: Request, headers: Mapping[str, str], limit: int, deadline_s: float = DEFAULT_BODY_DEADLINE_S
) -> bytes:
    """The body, at most `limit` bytes (BodyTooLarge) and read within `deadline_s` (BodyTooSlow: a client
    trickling its body holds a connection and a task)."""
    declared = headers.get("content-length")
    if declared is not None:
        length = ascii_int(declared.strip(), max_digits=15)  # ASCII digits only: "²" passes isdigit()
        if length is None or length > limit:
            raise BodyTooLarge()
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(deadline_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise BodyTooLarge()
                chunks.append(chunk)
    except TimeoutError as exc:
        raise BodyTooSlow() from exc
    return b"".join(chunks)


class RequestHeaders(Mapping[str, str]):
    """The request's headers decoded once into a dict, looked up case-insensitively, the first of a repeated name
    winning (as with Starlette's Headers, which decodes and scans the whole list on every lookup instead)."""

    __slots__ = ("_values",)

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        values: dict[str, str] = {}
        for name, value in raw:
            values.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        self._values = values

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def get(self, name: str, default: Any = None) -> Any:
        return self._values.get(name.lower(), default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def path_with_query(request: Request) -> str:
    """The path as the platform called it (raw, not re-encoded) with its query string."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    return raw.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")


def kept_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: printable(headers[name]) for name in _KEPT_HEADERS if name in headers}


class TooDeep(Exception):
    """A JSON body nested beyond what the parser can recurse into: no platform sends one, so it is refused (422)
    rather than stored."""


def _json_object(body: bytes) -> tuple[dict[str, Any] | None, str]:
    try:
        value = json.loads(body)
    except RecursionError as exc:
        raise TooDeep() from exc
    except (ValueError, UnicodeDecodeError) as exc:
        return None, f"not JSON: {printable(str(exc))}"
    if not isinstance(value, dict):
        return None, "JSON body is not an object"
    return value, ""


def _storable_key(key: str) -> bool:
    """A business key the inbox can store (PostgreSQL refuses NUL in text) and index; else the content hash."""
    return len(key) <= MAX_KEY_LENGTH and xml_chars_only(key)


def _sha256_key(platform: str, body: bytes) -> str:
    return f"{platform}:sha256:{hashlib.sha256(body).hexdigest()}"


_EMPTY = b"{}"


def _ok() -> Response:
    return Response(_EMPTY, status_code=200, media_type="application/json")


def _refused(verdict: Verdict) -> Response:
    return JSONResponse({"error": "signature refused", "reason": verdict.value}, status_code=401)


def _too_large(limit: int) -> Response:
    return JSONResponse({"error": f"body larger than {limit} bytes"}, status_code=413)


def _too_slow(deadline_s: float) -> Response:
    return JSONResponse({"error": f"body not received within {deadline_s:g} s"}, status_code=408)


def _too_deep() -> Response:
    return JSONResponse({"error": "JSON body nested too deep"}, status_code=422)


class _Answer(Exception):
    """Ends a webhook early with this answer: a body too large or too slow, a refused signature, a JSON too deep."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def _answering(
    route: Callable[[WebhookEndpoints, Request], Awaitable[Response]],
) -> Callable[[WebhookEndpoints, Request], Awaitable[Response]]:
    @functools.wraps(route)
    async def answered(self: WebhookEndpoints, request: Request) -> Response:
        try:
            return await route(self, request)
        except _Answer as answer:
            return answer.response

    return answered


def _verify(verifier: Verifier | None, request: Request, headers: Mapping[str, str], signed: bytes) -> None:
    assert verifier is not None  # routed only when set
    verdict = verifier.verify(SignedRequest(request.method, path_with_query(request), headers, signed))
    if not verdict.ok:
        raise _Answer(_refused(verdict))


def _json_or_answer(body: bytes) -> tuple[dict[str, Any] | None, str]:
    try:
        return _json_object(body)
    except TooDeep as exc:
        raise _Answer(_too_deep()) from exc


class WebhookEndpoints:
    def __init__(
        self,
        store: DeliveryStore,
        *,
        iopole: Verifier | None,
        afnor: Verifier | None,
        settings: WebhookSettings | None = None,
        profile: str = "",
    ) -> None:
        """`profile` "": the default profile's routes; else that profile's (only its provider's verifier given)."""
        self._store = store
        self._iopole = iopole
        self._afnor = afnor
        self._settings = settings or WebhookSettings()
        self._profile = profile
        self._iopole_platform = profile or "iopole"
        self._afnor_platform = profile or "afnor"

    def routes(self) -> list[Route]:
        out = []
        if self._iopole is not None:
            out.append(Route(self._path(IOPOLE_INVOICE_PATH), self.iopole_invoice, methods=["POST"]))
            out.append(Route(self._path(IOPOLE_STATUS_PATH), self.iopole_status, methods=["POST"]))
        if self._afnor is not None:
            out.append(Route(self._path(AFNOR_FLOW_PATH), self.afnor_flow, methods=["POST"]))
        return out

    def _path(self, path: str) -> str:
        return profile_webhook_path(path, self._profile)

    async def _body(self, request: Request, headers: Mapping[str, str]) -> bytes:
        s = self._settings
        return await read_bounded(request, headers, s.max_body_bytes, s.body_deadline_s)

    async def _read(self, request: Request) -> tuple[RequestHeaders, bytes]:
        """The headers and the bounded body, or the 413/408 answer."""
        headers = RequestHeaders(request.scope["headers"])
        try:
            return headers, await self._body(request, headers)
        except BodyTooSlow as exc:
            raise _Answer(_too_slow(self._settings.body_deadline_s)) from exc
        except BodyTooLarge as exc:
            raise _Answer(_too_large(self._settings.max_body_bytes)) from exc

    async def _store_and_answer(
        self,
        platform: str,
        kind: DeliveryKind,
        dedup_key: str,
        body: bytes,
        headers: Mapping[str, str],
        note: str,
    ) -> Response:
        delivery = Delivery(
            platform=platform,
            source="webhook",
            kind=kind,
            dedup_key=dedup_key,
            body=body,
            content_type=headers.get("content-type", ""),
            headers=kept_headers(headers),
            note=note,
        )
        if await self._store.add(delivery) is None:
            _log.info("duplicate delivery ignored", extra={"dedup_key": delivery.dedup_key})
        return _ok()

    @_answering
    async def iopole_invoice(self, request: Request) -> Response:
        headers, body = await self._read(request)
        content_type = headers.get("content-type", "")
        note = ""
        payload = body
        business_id = ""
        try:
            form = parse_form(body, content_type)
            file = form.file()
            if file is None:
                note = "multipart body without a 'file' part"
            else:
                payload = bytes(file.data)  # IOPOLE signs the FILE PART, not the raw multipart body
                business_id = form.fields.get("invoiceId", "")
        except MalformedMultipart as exc:
            note = str(exc)
        _verify(self._iopole, request, headers, payload)
        return await self._store_and_answer(
            self._iopole_platform,
            DeliveryKind.INVOICE if not note else DeliveryKind.UNKNOWN,
            self._iopole_key(headers, "invoice", business_id, body),
            body,
            headers,
            note,
        )

    @_answering
    async def iopole_status(self, request: Request) -> Response:
        headers, body = await self._read(request)
        _verify(self._iopole, request, headers, body)
        value, note = _json_or_answer(body)
        kind = DeliveryKind.UNKNOWN
        business_id = ""
        if value is not None:
            if value.get("eventType") or value.get("eventId"):
                kind, business_id = DeliveryKind.EVENT, str(value.get("eventId") or "")
            elif isinstance(value.get("status"), dict):
                kind, business_id = DeliveryKind.STATUS, str(value.get("statusId") or "")
            else:
                note = "JSON callback that is neither a status nor an event"
        return await self._store_and_answer(
            self._iopole_platform,
            kind,
            self._iopole_key(headers, kind.value, business_id, body),
            body,
            headers,
            note,
        )

    def _iopole_key(self, headers: Mapping[str, str], kind: str, business_id: str, body: bytes) -> str:
        """X-Idempotency-Key (stable across retries); without it the business id, then the content hash."""
        platform = self._iopole_platform
        key = headers.get(iopole_signing.IDEMPOTENCY_HEADER, "").strip()
        if key and _storable_key(key):
            return f"{platform}:key:{key}"
        if business_id and _storable_key(business_id):
            return f"{platform}:{kind}:{business_id}"
        return _sha256_key(platform, body)

    @_answering
    async def afnor_flow(self, request: Request) -> Response:
        headers, body = await self._read(request)
        _verify(self._afnor, request, headers, body)
        value, note = _json_or_answer(body)
        dedup_key = _sha256_key(self._afnor_platform, body)
        kind = DeliveryKind.UNKNOWN
        if value is not None:
            if value.get("flowId"):
                kind = DeliveryKind.FLOW
                flow_key = f"{value['flowId']}@{value.get('updatedAt') or ''}"
                if _storable_key(flow_key):  # else the content hash stays the key
                    dedup_key = f"{self._afnor_platform}:flow:{flow_key}"
            else:
                note = "JSON body without a flowId"
        return await self._store_and_answer(self._afnor_platform, kind, dedup_key, body, headers, note)
