"""A stand-in for the IOPOLE API (pdp-apis.md §1) served over real HTTP: tests, bench and `make run` talk to it.

Faithful where our adapter depends on it: form-encoded Keycloak token with a short lifetime, 401 on expired tokens,
mandatory customer-id, multipart `file` upload WITHOUT idempotency (each upload is a new record; uploads are counted
per sha256), search, status history, status POST, French directory, notSeen lists, and HMAC-signed callbacks.
Faults are injected through `simulator.faults.push(Fault...)`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
import threading
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from adapters.pdp.iopole.signing import signed_headers
from adapters.pdp.sandbox.directory_seed import Company, seed_directory
from domain.lifecycle import REASON_REQUIRED
from domain.platform_codes import CDAR_TO_IOPOLE_LABEL, SENDABLE_BY_RECIPIENT
from tests.support.simulators.faults import Fault, FaultQueue
from tests.support.simulators.runner import SimulatedPlatform, drip, padded, reset_connection

log = logging.getLogger(__name__)

TOKEN_PATH = "/realms/iopole/protocol/openid-connect/token"
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
_FILENAME = re.compile(r"^[^/\\]+\.(pdf|xml)$", re.IGNORECASE)
_QUERY = re.compile(r'^\s*([\w.]+):"((?:[^"\\]|\\.)*)"\s*$')
_SENDABLE_LABELS = {CDAR_TO_IOPOLE_LABEL[c] for c in SENDABLE_BY_RECIPIENT}
_REASON_LABELS = {CDAR_TO_IOPOLE_LABEL[c] for c in REASON_REQUIRED & SENDABLE_BY_RECIPIENT}  # BR-FR-CDV-15
_NUMBER_PATTERNS = (
    re.compile(rb"<(?:\w+:)?ExchangedDocument\b[^>]*>\s*<(?:\w+:)?ID\b[^>]*>([^<]{1,64})<"),  # CII
    re.compile(rb"<(?:\w+:)?ID\b[^>]*>([^<]{1,64})</(?:\w+:)?ID>"),  # UBL: the first cbc:ID
)
HAPPY_PATH = ("SUBMITTED", "ISSUED", "RECEIVED", "MADE_AVAILABLE")


@dataclass
class StatusEntry:
    status_id: str
    label: str
    at: datetime
    dest_type: str = "PLATFORM"
    rejection: dict[str, Any] | None = None
    message: str = ""
    payment: dict[str, Any] | None = None
    seen: bool = False


@dataclass
class InvoiceRecord:
    id: str
    sha256: str
    filename: str
    content: bytes = field(repr=False)
    invoice_number: str
    created_at: datetime
    direction: str = "OUTBOUND"
    statuses: list[StatusEntry] = field(default_factory=list)
    seen: bool = False
    readable: bytes | None = field(default=None, repr=False)  # /download/readable; None: 404

    @property
    def original_format(self) -> str:
        if self.filename.lower().endswith(".pdf"):
            return "FACTURX"
        return "UBL" if b"urn:oasis:names:specification:ubl" in self.content[:2000] else "CII"


@dataclass(frozen=True)
class CallbackDelivery:
    kind: str
    url: str
    status_code: int
    idempotency_key: str


def invoice_number_of(content: bytes, filename: str) -> str:
    """BT-1 from a CII/UBL document; for a PDF (compressed XML) fall back to the file name's stem."""
    if not filename.lower().endswith(".pdf"):
        for pattern in _NUMBER_PATTERNS:
            match = pattern.search(content[:200_000])
            if match:
                return match.group(1).decode("utf-8", "replace").strip()
    return filename.rsplit(".", 1)[0]


def status_entry_json(invoice: InvoiceRecord, entry: StatusEntry) -> dict[str, Any]:
    """The IOPOLE status shape used by status-history, status/notSeen and the status callback."""
    response: dict[str, Any] = {
        "documentReference": {"issuerAssignedId": invoice.invoice_number, "typeCode": "380"},
        "documentStatus": {"code": entry.label, "networkCode": entry.label},
    }
    if entry.rejection:
        response["rejectionDetail"] = entry.rejection
    if entry.payment:
        response["additionalData"] = [{"type": "MEN", "amount": entry.payment}]
    return {
        "statusId": entry.status_id,
        "date": entry.at.isoformat().replace("+00:00", "Z"),
        "destType": entry.dest_type,
        "invoiceId": invoice.id,
        "status": {"code": entry.label, "networkCode": entry.label},
        "xml": "",
        "json": {"testIndicator": True, "identification": {"id": entry.status_id}, "responses": [response]},
    }


class IopoleSimulator(SimulatedPlatform):
    """State + app + optional server thread. Thread-safe for the test thread reading counters and pushing faults."""

    def __init__(
        self,
        *,
        client_id: str = "sim-client@example.com",
        client_secret: str = "sim-secret-value-0123456789",
        customer_id: str = "6f1c3c2e-0000-4000-8000-000000000001",
        token_lifetime: int = 600,
        today: date | None = None,
        companies: Iterable[Company] | None = None,
        callback_url: str = "",
        invoice_callback_url: str = "",
        webhook_secret: str = "",
        auto_lifecycle_delay: float | None = None,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.customer_id = customer_id
        self.token_lifetime = token_lifetime
        self.today = today or date.today()
        self.companies = {
            c.siren: c for c in (companies if companies is not None else seed_directory(self.today))
        }
        self.callback_url = callback_url
        # IOPOLE calls received invoices back on a route of their own (multipart); "" = on callback_url
        self.invoice_callback_url = invoice_callback_url
        self.webhook_secret = webhook_secret
        self.auto_lifecycle_delay = auto_lifecycle_delay
        self.faults = FaultQueue()
        self._lock = threading.Lock()
        self._tokens: dict[str, float] = {}  # token -> monotonic expiry
        self.invoices: dict[str, InvoiceRecord] = {}
        self.uploads_by_sha256: Counter[str] = Counter()
        self.uploads_by_number: Counter[str] = (
            Counter()
        )  # deposits per invoice number (BT-1): one each, always
        self.requests: Counter[str] = Counter()  # endpoint -> count (after faults, before auth)
        self.token_requests: list[dict[str, str]] = []  # content type + grant type of each token request
        self.sent_statuses: list[tuple[str, dict[str, Any]]] = []
        self.callback_deliveries: list[CallbackDelivery] = []
        self.webhooks: dict[str, dict[str, Any]] = {}  # id -> the configuration as POSTed
        self._background: set[asyncio.Task[None]] = set()
        self.app = Starlette(routes=self._routes())

    # --- server lifecycle ---------------------------------------------------------------------------------------

    @property
    def token_url(self) -> str:
        return self.base_url + TOKEN_PATH

    def env(self) -> dict[str, str]:
        """IOPOLE_* settings pointing at this simulator."""
        return {
            "IOPOLE_ENV": "sandbox",
            "IOPOLE_API_BASE": self.base_url,
            "IOPOLE_AUTH_URL": self.token_url,
            "IOPOLE_CLIENT_ID": self.client_id,
            "IOPOLE_CLIENT_SECRET": self.client_secret,
            "IOPOLE_CUSTOMER_ID": self.customer_id,
            "IOPOLE_WEBHOOK_SECRET": self.webhook_secret,
        }

    # --- inspection (any thread) ----------------------------------------------------------------------------------

    def upload_count(self, sha256: str) -> int:
        with self._lock:
            return self.uploads_by_sha256[sha256]

    def upload_counts(self) -> dict[str, int]:
        """Uploads per sha256 so far (a copy): exactly-once means one per document."""
        with self._lock:
            return dict(self.uploads_by_sha256)

    def deposits_by_number(self) -> dict[str, int]:
        """Outbound deposits per invoice number so far (a copy): a second deposit of one invoice is a duplicate
        even when its bytes differ (a document rendered again)."""
        with self._lock:
            return dict(self.uploads_by_number)

    def statuses_of(self, invoice_id: str) -> list[str]:
        with self._lock:
            return [s.label for s in self.invoices[invoice_id].statuses]

    def issued_tokens(self) -> list[str]:
        with self._lock:
            return list(self._tokens)

    def expire_tokens(self) -> None:
        with self._lock:
            for token in self._tokens:
                self._tokens[token] = 0.0

    # --- lifecycle and callbacks ---------------------------------------------------------------------------------

    def play_lifecycle_soon(
        self, invoice_id: str, *, reject_with: list[dict[str, Any]] | None = None, delay: float = 0.0
    ) -> Awaitable[list[CallbackDelivery]]:
        """Play the outbound lifecycle on the server's loop; await the result from any loop."""
        if self._server is None:
            raise RuntimeError("simulator not started")
        future = self._server.submit(self._play(invoice_id, reject_with, delay))
        return asyncio.wrap_future(future)

    async def play_lifecycle(
        self, invoice_id: str, *, reject_with: list[dict[str, Any]] | None = None, delay: float = 0.0
    ) -> list[CallbackDelivery]:
        """SUBMITTED → ISSUED → RECEIVED → MADE_AVAILABLE, or SUBMITTED → REJECTED with rejectionDetail.errors."""
        return await self.play_lifecycle_soon(invoice_id, reject_with=reject_with, delay=delay)

    async def _play(
        self, invoice_id: str, reject_with: list[dict[str, Any]] | None, delay: float
    ) -> list[CallbackDelivery]:
        labels: list[tuple[str, dict[str, Any] | None]]
        if reject_with is not None:
            rejection = {"reason": "BUSINESS", "message": "invoice rejected", "errors": reject_with}
            labels = [("SUBMITTED", None), ("REJECTED", rejection)]
        else:
            labels = [(label, None) for label in HAPPY_PATH]
        deliveries = []
        async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as client:
            for label, rejection in labels:
                if delay:
                    await asyncio.sleep(delay)
                with self._lock:
                    invoice = self.invoices[invoice_id]
                    entry = StatusEntry(str(uuid.uuid4()), label, datetime.now(UTC), rejection=rejection)
                    invoice.statuses.append(entry)
                    body = status_entry_json(invoice, entry)
                if self.callback_url:
                    deliveries.append(await self._post_status_callback(client, body))
        return deliveries

    async def _post_status_callback(
        self, client: httpx.AsyncClient, body: dict[str, Any]
    ) -> CallbackDelivery:
        payload = json.dumps(body, separators=(",", ":")).encode()
        key = str(uuid.uuid4())
        url = httpx.URL(self.callback_url)
        path = url.raw_path.decode("ascii")
        status_code = 0
        for _ in range(3):  # at-least-once with a stable idempotency key
            headers = signed_headers(
                self.webhook_secret,
                timestamp_ms=int(time.time() * 1000),
                method="POST",
                path_with_query=path,
                payload=payload,
                idempotency_key=key,
                target_address=f"0225:{next(iter(self.companies), '000000000')}",
            )
            headers["Content-Type"] = "application/json"
            try:
                response = await client.post(url, content=payload, headers=headers)
                status_code = response.status_code
            except httpx.TransportError:
                status_code = 0
            if 200 <= status_code < 300:
                break
        delivery = CallbackDelivery("status", str(url), status_code, key)
        with self._lock:
            self.callback_deliveries.append(delivery)
        return delivery

    async def deliver_inbound(
        self, content: bytes, filename: str, *, sender_accept_status: str = "ACCEPTED", notify: bool = True
    ) -> str:
        """An invoice received for one of our entities: listed by notSeen and, unless `notify` is False (a webhook
        lost on the way), pushed as a signed multipart callback."""
        invoice = self.store(content, filename, direction="INBOUND")
        callback_url = self.invoice_callback_url or self.callback_url
        if callback_url and notify:
            key = str(uuid.uuid4())
            url = httpx.URL(callback_url)
            headers = signed_headers(
                self.webhook_secret,
                timestamp_ms=int(time.time() * 1000),
                method="POST",
                path_with_query=url.raw_path.decode("ascii"),
                payload=content,  # the FILE PART only, not the whole multipart body
                idempotency_key=key,
            )
            async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as client:
                try:
                    response = await client.post(
                        url,
                        files={"file": (filename, content, "application/octet-stream")},
                        data={"invoiceId": invoice.id, "senderAcceptStatus": sender_accept_status},
                        headers=headers,
                    )
                    code = response.status_code
                except httpx.TransportError:
                    code = 0
            with self._lock:
                self.callback_deliveries.append(CallbackDelivery("invoice", str(url), code, key))
        return invoice.id

    def store(self, content: bytes, filename: str, *, direction: str = "OUTBOUND") -> InvoiceRecord:
        digest = hashlib.sha256(content).hexdigest()
        record = InvoiceRecord(
            id=str(uuid.uuid4()),
            sha256=digest,
            filename=filename,
            content=content,
            invoice_number=invoice_number_of(content, filename),
            created_at=datetime.now(UTC),
            direction=direction,
        )
        with self._lock:
            self.invoices[record.id] = record
            if direction == "OUTBOUND":
                self.uploads_by_sha256[digest] += 1
                self.uploads_by_number[record.invoice_number] += 1
        return record

    # --- HTTP plumbing -----------------------------------------------------------------------------------------

    def _routes(self) -> list[Route]:
        return [
            Route(TOKEN_PATH, self._token, methods=["POST"]),
            Route("/v1/invoice", self._endpoint("upload", self._upload), methods=["POST"]),
            Route("/v1/invoice/notSeen", self._endpoint("not_seen", self._not_seen), methods=["GET"]),
            Route(
                "/v1/invoice/status/notSeen",
                self._endpoint("not_seen", self._status_not_seen),
                methods=["GET"],
            ),
            Route(
                "/v1/invoice/status/{status_id}/markAsSeen",
                self._endpoint("mark_seen", self._mark_status_seen),
                methods=["PUT"],
            ),
            Route("/v1.1/invoice/search", self._endpoint("search", self._search), methods=["GET"]),
            Route("/v1/config/webhook", self._endpoint("webhook", self._list_webhooks), methods=["GET"]),
            Route("/v1/config/webhook", self._endpoint("webhook", self._create_webhook), methods=["POST"]),
            Route(
                "/v1/config/webhook/{webhook_id}",
                self._endpoint("webhook", self._delete_webhook),
                methods=["DELETE"],
            ),
            Route("/v1/directory/french", self._endpoint("directory", self._directory), methods=["GET"]),
            Route("/v1/invoice/{invoice_id}", self._endpoint("get", self._get), methods=["GET"]),
            Route(
                "/v1/invoice/{invoice_id}/download",
                self._endpoint("download", self._download),
                methods=["GET"],
            ),
            Route(
                "/v1/invoice/{invoice_id}/download/readable",
                self._endpoint("readable", self._download_readable),
                methods=["GET"],
            ),
            Route(
                "/v1/invoice/{invoice_id}/status-history",
                self._endpoint("history", self._history),
                methods=["GET"],
            ),
            Route(
                "/v1/invoice/{invoice_id}/status",
                self._endpoint("status", self._post_status),
                methods=["POST"],
            ),
            Route(
                "/v1/invoice/{invoice_id}/markAsSeen",
                self._endpoint("mark_seen", self._mark_seen),
                methods=["PUT"],
            ),
        ]

    async def _apply_fault(self, request: Request, fault: Fault | None, *, before: bool) -> Response | None:
        if fault is None or fault.after_processing == before:
            return None
        if fault.kind == "rate_limited":
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return JSONResponse({"message": "Too Many Requests"}, 429, headers=headers)
        if fault.kind == "error":
            return JSONResponse({"message": "simulated failure"}, fault.status)
        if fault.kind == "conflict":
            return JSONResponse({"code": "DUPLICATE_RESOURCE", "message": "Resource already exists"}, 409)
        if fault.kind == "bad_request":
            return JSONResponse(list(fault.errors), 400)
        if fault.kind == "slow":
            await asyncio.sleep(fault.seconds)
            return None
        if fault.kind == "redirect":
            location = "https://login.example.test/sso?next=" + request.url.path
            return Response(
                b"<html>Moved</html>", fault.status, {"Location": location}, media_type="text/html"
            )
        if fault.kind == "trickle":
            return StreamingResponse(drip(fault.seconds), 200, media_type="application/json")
        if fault.kind == "answer":
            return Response(fault.body, fault.status, media_type=fault.content_type)
        if fault.kind == "reset":
            reset_connection(request)
        return None

    def _endpoint(
        self, name: str, handler: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            fault = self.faults.take(name)
            if fault is not None and fault.kind == "expire_token":
                self.expire_tokens()
                fault = None
            with self._lock:
                self.requests[name] += 1
            denied = self._authorise(request)
            if denied is not None:
                return denied
            early = await self._apply_fault(request, fault, before=True)
            if early is not None:
                return early
            response = await handler(request)
            if fault is not None and fault.kind == "huge":
                padding = padded(response.body, int(fault.seconds))
                # the answer's own type: a document stays one (a JSON answer is JSON)
                media = response.headers.get("content-type", "application/json")
                return StreamingResponse(padding, response.status_code, media_type=media)
            late = await self._apply_fault(request, fault, before=False)
            return late if late is not None else response

        return endpoint

    def _authorise(self, request: Request) -> Response | None:
        auth = request.headers.get("authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else ""
        with self._lock:
            expiry = self._tokens.get(token)
        if not token or expiry is None or expiry <= time.monotonic():
            return JSONResponse({"message": "Unauthorized"}, 401)
        customer = request.headers.get("customer-id")
        if not customer:
            return JSONResponse(
                [
                    {
                        "path": ["headers", "customer-id"],
                        "code": "required",
                        "message": "customer-id header is required",
                    }
                ],
                400,
            )
        if customer != self.customer_id:
            return JSONResponse({"message": "Forbidden"}, 403)
        return None

    # --- handlers ----------------------------------------------------------------------------------------------

    async def _token(self, request: Request) -> Response:
        fault = self.faults.take("token")
        early = await self._apply_fault(request, fault, before=True)
        if early is not None:
            return early
        content_type = request.headers.get("content-type", "")
        if not content_type.startswith("application/x-www-form-urlencoded"):
            with self._lock:
                self.token_requests.append({"content_type": content_type, "grant_type": ""})
            return JSONResponse(
                {"error": "invalid_request", "error_description": "form-encoded body expected"}, 400
            )
        async with request.form() as form:
            grant_type, client_id = str(form.get("grant_type", "")), str(form.get("client_id", ""))
            client_secret = str(form.get("client_secret", ""))
        with self._lock:
            self.token_requests.append({"content_type": content_type, "grant_type": grant_type})
        if grant_type != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, 400)
        if client_id != self.client_id or not secrets.compare_digest(client_secret, self.client_secret):
            return JSONResponse(
                {"error": "invalid_client", "error_description": "Invalid client credentials"}, 401
            )
        token = "sim-" + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = time.monotonic() + self.token_lifetime
        late = await self._apply_fault(request, fault, before=False)
        if late is not None:
            return late
        return JSONResponse(
            {
                "access_token": token,
                "expires_in": self.token_lifetime,
                "token_type": "Bearer",
                "scope": "profile email",
            }
        )

    async def _upload(self, request: Request) -> Response:
        if int(request.headers.get("content-length") or 0) > MAX_UPLOAD_BYTES:
            return JSONResponse({"message": "Payload Too Large"}, 413)
        async with request.form(max_part_size=MAX_UPLOAD_BYTES) as form:
            files = [(key, value) for key, value in form.multi_items() if hasattr(value, "filename")]
            if len(files) != 1 or files[0][0] != "file":
                return JSONResponse(
                    [{"path": ["file"], "code": "invalid_type", "message": "exactly one part named file"}],
                    400,
                )
            upload = files[0][1]
            filename = upload.filename or ""  # type: ignore[union-attr]
            if not _FILENAME.match(filename):
                return JSONResponse(
                    [
                        {
                            "path": ["file", "filename"],
                            "code": "invalid_string",
                            "message": "file name must end with .pdf or .xml",
                        }
                    ],
                    400,
                )
            content = await upload.read()  # type: ignore[union-attr]
        if not content:
            return JSONResponse([{"path": ["file"], "code": "too_small", "message": "empty file"}], 400)
        record = self.store(content, filename)
        if self.auto_lifecycle_delay is not None:
            task = asyncio.create_task(self._play(record.id, None, self.auto_lifecycle_delay))
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        return JSONResponse({"type": "INVOICE", "id": record.id}, 201)

    def _invoice(self, request: Request) -> InvoiceRecord | None:
        with self._lock:
            return self.invoices.get(request.path_params["invoice_id"])

    async def _get(self, request: Request) -> Response:
        invoice = self._invoice(request)
        if invoice is None:
            return JSONResponse({"message": "Not Found"}, 404)
        return JSONResponse(
            [
                {
                    "invoiceId": invoice.id,
                    "date": invoice.created_at.date().isoformat(),
                    "originalFormat": invoice.original_format,
                    "originalNetwork": "DOMESTIC_FR",
                    "way": "EMITTED" if invoice.direction == "OUTBOUND" else "RECEIVED",
                    "businessData": {"invoiceId": invoice.invoice_number},
                }
            ]
        )

    async def _download(self, request: Request) -> Response:
        invoice = self._invoice(request)
        if invoice is None:
            return JSONResponse({"message": "Not Found"}, 404)
        media = "application/pdf" if invoice.original_format == "FACTURX" else "application/xml"
        return Response(invoice.content, media_type=media)

    async def _download_readable(self, request: Request) -> Response:
        """The platform's readable copy (a Factur-X PDF), when a test gave the invoice one."""
        invoice = self._invoice(request)
        if invoice is None or invoice.readable is None:
            return JSONResponse({"message": "Not Found"}, 404)
        return Response(invoice.readable, media_type="application/pdf")

    async def _history(self, request: Request) -> Response:
        invoice = self._invoice(request)
        if invoice is None:
            return JSONResponse({"message": "Not Found"}, 404)
        with self._lock:
            body = [status_entry_json(invoice, s) for s in invoice.statuses]
        return JSONResponse(body)

    async def _search(self, request: Request) -> Response:
        match = _QUERY.match(request.query_params.get("q", ""))
        if not match or match.group(1) not in (
            "invoiceId",
            "invoice.invoiceId",
            "senderName",
            "receiverName",
        ):
            return JSONResponse(
                [{"path": ["q"], "code": "invalid_query", "message": "unsupported search"}], 400
            )
        field_name, value = match.group(1), match.group(2).replace('\\"', '"').replace("\\\\", "\\")
        offset = int(request.query_params.get("offset", 0))
        limit = min(200, int(request.query_params.get("limit", 50)))
        expand = request.query_params.get("expand", "")
        with self._lock:
            hits = [
                inv
                for inv in self.invoices.values()
                if (field_name == "invoiceId" and value in (inv.invoice_number, inv.id))
                or (field_name == "invoice.invoiceId" and value == inv.id)
            ]
            hits.sort(key=lambda inv: inv.created_at)
            rows = []
            for inv in hits[offset : offset + limit]:
                row: dict[str, Any] = {
                    "metadata": {
                        "invoiceId": inv.id,
                        "state": "REJECTED"
                        if any(s.label == "REJECTED" for s in inv.statuses)
                        else "PENDING",
                        "direction": inv.direction,
                        "date": inv.created_at.isoformat().replace("+00:00", "Z"),
                    }
                }
                if "businessData" in expand:
                    row["businessData"] = {"invoiceId": inv.invoice_number}
                if "lastStatusData" in expand and inv.statuses:
                    last = inv.statuses[-1]
                    row["lastStatusData"] = {
                        "code": last.label,
                        "date": last.at.isoformat().replace("+00:00", "Z"),
                    }
                rows.append(row)
        return JSONResponse({"data": rows, "meta": {"offset": offset, "limit": limit, "count": len(hits)}})

    async def _post_status(self, request: Request) -> Response:
        invoice = self._invoice(request)
        if invoice is None:
            return JSONResponse({"message": "Not Found"}, 404)
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse([{"path": [], "code": "invalid_json", "message": "JSON body expected"}], 400)
        code = body.get("code") if isinstance(body, dict) else None
        if code not in _SENDABLE_LABELS:
            return JSONResponse(
                [{"path": ["code"], "code": "invalid_enum_value", "message": f"unexpected code {code}"}], 400
            )
        if code in _REASON_LABELS and not (body.get("rejectionDetail") or {}).get("reason"):
            return JSONResponse(
                [{"path": ["rejectionDetail", "reason"], "code": "required", "message": "reason required"}],
                400,
            )
        payment = body.get("payment")
        if code == "PAYMENT_RECEIVED" and not (
            isinstance(payment, dict) and payment.get("amount") is not None
        ):
            return JSONResponse(
                [{"path": ["payment", "amount"], "code": "required", "message": "amount required"}], 400
            )
        with self._lock:
            invoice.statuses.append(
                StatusEntry(
                    str(uuid.uuid4()),
                    code,
                    datetime.now(UTC),
                    dest_type="OPERATOR",
                    rejection=body.get("rejectionDetail"),
                    message=str(body.get("message") or ""),
                    payment=payment,
                    seen=True,
                )
            )
            self.sent_statuses.append((invoice.id, body))
        return Response(status_code=204)

    async def _directory(self, request: Request) -> Response:
        match = _QUERY.match(request.query_params.get("q", ""))
        if not match or match.group(1) not in ("siren", "name"):
            return JSONResponse(
                [{"path": ["q"], "code": "invalid_query", "message": "unsupported search"}], 400
            )
        field_name, value = match.group(1), match.group(2)
        limit = min(200, int(request.query_params.get("limit", 50)))
        companies = [
            c for c in self.companies.values() if (c.siren if field_name == "siren" else c.name) == value
        ]
        rows = [self._directory_row(c) for c in companies[:limit]]
        return JSONResponse({"data": rows, "meta": {"offset": 0, "limit": limit, "count": len(companies)}})

    @staticmethod
    def _directory_row(company: Company) -> dict[str, Any]:
        networks = []
        if company.registered:
            networks.append(
                {
                    "directoryId": str(uuid.uuid5(uuid.NAMESPACE_OID, company.siren)),
                    "networkIdentifier": "DOMESTIC_FR",
                    "directoryAddress": company.address,
                    "validFrom": company.valid_from.isoformat() if company.valid_from else None,
                    "validTo": company.valid_to.isoformat() if company.valid_to else None,
                    **({"platformId": "9999"} if company.public else {}),
                }
            )
        public = (
            {
                "b2gAdditionalData": {
                    "managesLegalCommitmentCode": company.requires_engagement,
                    "serviceCodeStatus": company.requires_service_code,
                }
            }
            if company.public
            else {}
        )
        return {
            "businessEntityId": str(uuid.uuid5(uuid.NAMESPACE_URL, company.siren)),
            "name": company.name,
            "country": "FR",
            "type": "LEGAL_UNIT",
            "scope": "PUBLIC" if company.public else "PRIVATE_TAX_PAYER",
            **public,
            "identifierScheme": company.scheme,
            "identifierValue": company.siren,
            "identifiers": [
                {
                    "type": "LEGAL_IDENTIFIER",
                    "scheme": "0002",
                    "value": company.siren,
                    "networksRegistered": networks,
                }
            ],
        }

    async def _list_webhooks(self, request: Request) -> Response:
        with self._lock:
            rows = [
                {
                    "id": key,
                    **{k: v for k, v in hook.items() if k != "interopData"},
                    "interopData": {"endpoints": hook.get("interopData", {}).get("endpoints", {})},
                }
                for key, hook in self.webhooks.items()
            ]
        return JSONResponse(rows)

    async def _create_webhook(self, request: Request) -> Response:
        try:
            body = await request.json()
            endpoints = body["interopData"]["endpoints"]
            secret = body["interopData"]["authentication"]["hmac"]["secretKey"]
        except (ValueError, KeyError, TypeError):
            return JSONResponse(
                [{"path": ["interopData"], "code": "required", "message": "endpoints and hmac"}], 400
            )
        if not 32 <= len(secret) <= 512 or not all(
            str(e.get("callbackUrl", "")).startswith("http") for e in endpoints.values()
        ):
            return JSONResponse(
                [{"path": ["interopData"], "code": "invalid", "message": "weak secret or bad url"}], 400
            )
        key = str(uuid.uuid4())
        with self._lock:
            self.webhooks[key] = body
        return JSONResponse({"id": key}, 201)

    async def _delete_webhook(self, request: Request) -> Response:
        with self._lock:
            gone = self.webhooks.pop(request.path_params["webhook_id"], None)
        return Response(status_code=204) if gone else JSONResponse({"message": "Not Found"}, 404)

    async def _not_seen(self, request: Request) -> Response:
        with self._lock:
            ids = [inv.id for inv in self.invoices.values() if inv.direction == "INBOUND" and not inv.seen]
        return JSONResponse(ids)

    async def _mark_seen(self, request: Request) -> Response:
        invoice = self._invoice(request)
        if invoice is None:
            return JSONResponse({"message": "Not Found"}, 404)
        with self._lock:
            invoice.seen = True
        return Response(status_code=204)

    async def _status_not_seen(self, request: Request) -> Response:
        with self._lock:
            groups = []
            for invoice in self.invoices.values():
                fresh = [status_entry_json(invoice, s) for s in invoice.statuses if not s.seen]
                if fresh:
                    groups.append({"invoiceId": invoice.id, "newStatus": fresh})
        return JSONResponse(groups)

    async def _mark_status_seen(self, request: Request) -> Response:
        status_id = request.path_params["status_id"]
        with self._lock:
            for invoice in self.invoices.values():
                for entry in invoice.statuses:
                    if entry.status_id == status_id:
                        entry.seen = True
                        return Response(status_code=204)
        return JSONResponse({"message": "Not Found"}, 404)
