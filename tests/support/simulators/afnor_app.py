"""A stand-in for a platform speaking AFNOR XP Z12-013 (flow-service and directory-service 1.3.0), over real HTTP.

Built from the OpenAPI files in shared/reference/afnor-xp-z12-013: form-encoded OAuth2 client credentials with a
short token lifetime, `POST /v1/flows` (multipart file + flowInfo, sha256 checked, 202 FullFlowInfo), the
acknowledgement of each flow (Ok, or Error with reason codes; a copy of an earlier deposit gets AlreadyExistingFlow),
`POST /v1/flows/search` (at least one criterion, updatedAfter strictly greater, opaque cursor paging, limit <= 100),
`GET /v1/flows/{flowId}?docType=...`, webhooks with signed callbacks (Afnor-Signature, in the digest reading chosen
by `digest_form`), the directory line search and healthchecks. Faults come from the same FaultQueue as the IOPOLE
simulator's; deposits are counted per invoice number (the trackingId we give) and per sha256, e-reporting (FRR)
deposits per trackingId, each FRR flow typed from its flux 10 content as a PA would (`frr_flow_type`).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import secrets
import threading
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
from lxml import etree
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.afnor.cdar import CdarSubject, read_statuses, write_status
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.sandbox.directory_seed import Company, seed_directory
from domain.payments import RatePart
from tests.support.simulators.faults import Fault, FaultQueue
from tests.support.simulators.runner import SimulatedPlatform, reset_connection

TOKEN_PATH = "/auth-service/sim/token"
FLOW_BASE = "/flow-service"
DIRECTORY_BASE = "/directory-service"
MAX_FILE_BYTES = 100 * 1024 * 1024
SYNTAXES = {"CII", "UBL", "Factur-X", "CDAR", "FRR"}
INVOICE_SYNTAXES = {"CII", "UBL", "Factur-X"}
PROFILES = {"Basic", "CIUS", "Extended-CTC-FR", "Undefined"}
RULES = {
    "B2B",
    "B2BInt",
    "B2C",
    "B2G",
    "B2GInt",
    "OutOfScope",
    "B2GOutOfScope",
    "ArchiveOnly",
    "NotApplicable",
    "Undefined",
}
SEARCH_KEYS = {
    "updatedAfter",
    "updatedBefore",
    "processingRule",
    "flowType",
    "flowDirection",
    "trackingId",
    "ackStatus",
}
HAPPY_PATH = ("201", "202", "203")  # what the platforms say after 200 (the acknowledgement)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _error(status: int, code: str, message: str = "") -> JSONResponse:
    return JSONResponse({"errorCode": code, "errorMessage": message}, status)


@dataclass
class FlowRecord:
    flow_id: str
    name: str
    syntax: str
    profile: str
    processing_rule: str
    flow_type: str
    direction: str  # In | Out (seen from us, the platform's client)
    content: bytes = field(repr=False)
    sha256: str
    tracking_id: str
    submitted_at: datetime
    updated_at: datetime
    ack_status: str = "Pending"
    ack_details: list[dict[str, str]] = field(default_factory=list)
    processing_rule_source: str = "Input"
    readable: bytes | None = field(default=None, repr=False)  # docType=ReadableView; None: 404

    def metadata(self) -> dict[str, Any]:
        ack: dict[str, Any] = {"status": self.ack_status}
        if self.ack_details:
            ack["details"] = list(self.ack_details)
        body: dict[str, Any] = {
            "flowId": self.flow_id,
            "name": self.name,
            "flowSyntax": self.syntax,
            "flowProfile": self.profile,
            "processingRule": self.processing_rule,
            "processingRuleSource": self.processing_rule_source,
            "submittedAt": _iso(self.submitted_at),
            "updatedAt": _iso(self.updated_at),
            "flowType": self.flow_type,
            "flowDirection": self.direction,
            "acknowledgement": ack,
        }
        if self.tracking_id:
            body["trackingId"] = self.tracking_id
        return body


@dataclass
class Webhook:
    webhook_id: str
    callback_url: str
    signing_key: str = field(repr=False)
    flow_types: tuple[str, ...] = ()
    flow_direction: str = ""
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def wants(self, flow: FlowRecord) -> bool:
        return (not self.flow_types or flow.flow_type in self.flow_types) and (
            not self.flow_direction or flow.direction == self.flow_direction
        )


@dataclass(frozen=True)
class Callback:
    webhook_id: str
    flow_id: str
    status_code: int


class AfnorSimulator(SimulatedPlatform):
    """State + app + optional server thread; thread-safe for the test thread reading counters and pushing faults."""

    def __init__(
        self,
        *,
        client_id: str = "sim-afnor-client",
        client_secret: str = "sim-afnor-secret-0123456789",
        token_lifetime: int = 600,
        today: date | None = None,
        companies: Iterable[Company] | None = None,
        digest_form: DigestForm = DigestForm.RAW,
        organization_id: str = "",
        ack_pending: bool = False,
        duplicate_at_once: bool = False,
        lifecycle_after_ack: bool = False,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_lifetime = token_lifetime
        self.today = today or date.today()
        self.companies = {
            c.siren: c for c in (companies if companies is not None else seed_directory(self.today))
        }
        self.digest_form = digest_form
        self.organization_id = organization_id
        self.ack_pending = ack_pending  # True: deposits stay Pending until `acknowledge`
        self.duplicate_at_once = duplicate_at_once  # True: a copy is refused with 422 AlreadyExistingFlow
        self.lifecycle_after_ack = lifecycle_after_ack  # True: 201..203 CDAR flows follow each invoice's Ok
        self.ignores_tracking_filter = False  # True: a search answers every flow whatever trackingId it asks
        self.search_omits_tracking_id = False  # True: search rows carry no trackingId (the schema allows it)
        self.faults = FaultQueue()
        self._lock = threading.Lock()
        self._tokens: dict[str, float] = {}
        self._clock_us = 0
        self.flows: dict[str, FlowRecord] = {}
        # our deposits by (trackingId, syntax): a deposit looks its copies up here, not by scanning every flow (the
        # scan grew with the history and made the bench's send stage slower than the bare uploads before it)
        self._deposited: dict[tuple[str, str], list[FlowRecord]] = {}
        self.deposits_by_number: Counter[str] = Counter()
        self.deposits_by_sha256: Counter[str] = Counter()
        self.frr_deposits: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self.token_requests: list[dict[str, str]] = []
        self.request_headers: list[dict[str, str]] = []  # Organization-Id and Request-Id of each API call
        self.webhooks: dict[str, Webhook] = {}
        self.callbacks: list[Callback] = []
        self._background: set[asyncio.Task[Any]] = set()
        self.app = Starlette(routes=self._routes())

    # --- server lifecycle ---------------------------------------------------------------------------------------

    def env(self, signing_key: str = "", platform_id: str = "SIM1") -> dict[str, str]:
        """AFNOR_* settings pointing at this simulator (platform_id: the matricule e-reporting writes as sender)."""
        return {
            "AFNOR_FLOW_URL": self.base_url + FLOW_BASE,
            "AFNOR_DIRECTORY_URL": self.base_url + DIRECTORY_BASE,
            "AFNOR_TOKEN_URL": self.base_url + TOKEN_PATH,
            "AFNOR_CLIENT_ID": self.client_id,
            "AFNOR_CLIENT_SECRET": self.client_secret,
            "AFNOR_ORGANIZATION_ID": self.organization_id,
            "AFNOR_WEBHOOK_SIGNING_KEY": signing_key,
            "AFNOR_SIGNATURE_DIGEST": self.digest_form.value,
            "AFNOR_PLATFORM_ID": platform_id,
        }

    # --- inspection (any thread) ----------------------------------------------------------------------------------

    def _now(self) -> datetime:
        """Strictly increasing: two changes never share an updatedAt (a real platform's may; the client copes)."""
        with self._lock:
            now_us = int(time.time() * 1_000_000)
            self._clock_us = max(self._clock_us + 1, now_us)
            return datetime.fromtimestamp(self._clock_us / 1_000_000, UTC)

    def upload_counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self.deposits_by_sha256)

    def upload_count(self, sha256: str) -> int:
        with self._lock:
            return self.deposits_by_sha256[sha256]

    def frr_deposits_per_tracking(self) -> dict[str, int]:
        """E-reporting (FRR) deposits per trackingId, copies included: exactly-once means one each."""
        with self._lock:
            return dict(self.frr_deposits)

    def deposits_per_number(self) -> dict[str, int]:
        """Invoice deposits per invoice number (trackingId), copies included: exactly-once means one each."""
        with self._lock:
            return dict(self.deposits_by_number)

    def expire_tokens(self) -> None:
        with self._lock:
            for token in self._tokens:
                self._tokens[token] = 0.0

    def out_flows(self, syntax: str | None = None) -> list[FlowRecord]:
        with self._lock:
            return [
                f
                for f in self.flows.values()
                if f.direction == "Out" and (syntax is None or f.syntax == syntax)
            ]

    def sent_statuses(self) -> list[tuple[str, str]]:
        """(invoice number, code) of every CDAR status deposited by the client."""
        out = []
        for flow in self.out_flows("CDAR"):
            for item in read_statuses(flow.content, default_at=flow.submitted_at):
                out.append((item.subject.invoice_number, item.status.code))
        return out

    def flow_of_tracking(self, tracking_id: str) -> FlowRecord:
        with self._lock:
            found = [f for f in self.flows.values() if f.tracking_id == tracking_id and f.direction == "Out"]
        if not found:
            raise KeyError(tracking_id)
        return min(found, key=lambda f: f.submitted_at)

    def add_webhook(
        self,
        callback_url: str,
        *,
        flow_types: Iterable[str] = (),
        flow_direction: str = "",
        signing_key: str | None = None,
    ) -> Webhook:
        """As POST /v1/webhooks does; `signing_key` lets a test configure the receiver before it knows its URL."""
        key = signing_key or base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        hook = Webhook(str(uuid.uuid4()), callback_url, key, tuple(flow_types), flow_direction)
        with self._lock:
            self.webhooks[hook.webhook_id] = hook
        return hook

    # --- scenario (from any loop): what the other side of the network does ----------------------------------------

    def _on_server(self, coro: Awaitable[Any]) -> Awaitable[Any]:
        if self._server is None:
            raise RuntimeError("simulator not started")
        return asyncio.wrap_future(self._server.submit(coro))  # type: ignore[arg-type]

    def deliver_inbound(
        self, content: bytes, filename: str, *, syntax: str = "CII", notify: bool = True
    ) -> Awaitable[str]:
        """A supplier's invoice for one of our companies: an In SupplierInvoice flow, announced by webhook."""
        return self._on_server(self._inbound(content, filename, syntax, "SupplierInvoice", notify))

    def play_lifecycle(
        self,
        tracking_id: str,
        codes: Iterable[str] = HAPPY_PATH,
        *,
        notify: bool = True,
        issuer_role: str = "WK",
        subject: CdarSubject | None = None,
        amount: Decimal | None = None,
    ) -> Awaitable[list[str]]:
        """Statuses on one of our deposited invoices, as In CustomerInvoiceLC flows carrying CDAR messages; the
        CDAR names the invoice by its trackingId unless `subject` says otherwise. `amount`: a 211's or 212's
        (MDT-215, one MEN block)."""
        return self._on_server(
            self._lifecycle(tracking_id, tuple(codes), notify, issuer_role, subject, amount)
        )

    def acknowledge(
        self, flow_id: str, status: str = "Ok", details: list[dict[str, str]] | None = None
    ) -> Awaitable[None]:
        return self._on_server(self._ack(flow_id, status, details or []))

    async def _inbound(self, content: bytes, filename: str, syntax: str, flow_type: str, notify: bool) -> str:
        now = self._now()
        flow = FlowRecord(
            flow_id=str(uuid.uuid4()),
            name=filename,
            syntax=syntax,
            profile="CIUS" if syntax in INVOICE_SYNTAXES else "Undefined",
            processing_rule="B2B" if syntax in INVOICE_SYNTAXES else "NotApplicable",
            flow_type=flow_type,
            direction="In",
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id="",
            submitted_at=now,
            updated_at=now,
            ack_status="Ok",
        )
        with self._lock:
            self.flows[flow.flow_id] = flow
        if notify:
            await self._notify(flow)
        return flow.flow_id

    async def _lifecycle(
        self,
        tracking_id: str,
        codes: tuple[str, ...],
        notify: bool,
        issuer_role: str,
        named: CdarSubject | None = None,
        amount: Decimal | None = None,
    ) -> list[str]:
        invoice = self.flow_of_tracking(tracking_id)
        ids = []
        for code in codes:
            subject = named or CdarSubject(invoice_number=invoice.tracking_id, issue_date=self.today)
            message_id = str(uuid.uuid4())
            content = write_status(
                subject,
                _platform_status(code, amount),
                message_id=message_id,
                issued_at=self._now(),
                issuer_role=issuer_role,
            )
            ids.append(await self._inbound(content, f"{message_id}.xml", "CDAR", "CustomerInvoiceLC", notify))
        return ids

    async def _ack(self, flow_id: str, status: str, details: list[dict[str, str]]) -> None:
        with self._lock:
            flow = self.flows[flow_id]
        flow.ack_status, flow.ack_details, flow.updated_at = status, details, self._now()
        await self._notify(flow)
        if status == "Ok" and self.lifecycle_after_ack and flow.syntax in INVOICE_SYNTAXES:
            await self._lifecycle(flow.tracking_id, HAPPY_PATH, True, "WK")

    async def _notify(self, flow: FlowRecord) -> None:
        """POST the Flow JSON to each subscribed webhook, signed; at-least-once, 3 tries."""
        with self._lock:
            hooks = [h for h in self.webhooks.values() if h.wants(flow)]
        if not hooks:
            return
        payload = json.dumps(flow.metadata(), separators=(",", ":")).encode()
        async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as client:
            for hook in hooks:
                code = 0
                for _ in range(3):
                    ts = int(time.time())
                    headers = {
                        "Content-Type": "application/json",
                        afnor_signing.SIGNATURE_HEADER: afnor_signing.sign(
                            hook.signing_key, payload, ts, self.digest_form
                        ),
                        afnor_signing.TIMESTAMP_HEADER: str(ts),
                    }
                    try:
                        code = (
                            await client.post(hook.callback_url, content=payload, headers=headers)
                        ).status_code
                    except httpx.TransportError:
                        code = 0
                    if 200 <= code < 300:
                        break
                with self._lock:
                    self.callbacks.append(Callback(hook.webhook_id, flow.flow_id, code))

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # --- HTTP plumbing -----------------------------------------------------------------------------------------

    def _routes(self) -> list[Route]:
        f, d = FLOW_BASE, DIRECTORY_BASE
        return [
            Route(TOKEN_PATH, self._token, methods=["POST"]),
            Route(f + "/v1/flows", self._endpoint("flows", self._deposit), methods=["POST"]),
            Route(f + "/v1/flows/search", self._endpoint("search", self._search), methods=["POST"]),
            Route(f + "/v1/flows/{flow_id}", self._endpoint("get", self._get), methods=["GET"]),
            Route(f + "/v1/webhooks", self._endpoint("webhooks", self._list_webhooks), methods=["GET"]),
            Route(f + "/v1/webhooks", self._endpoint("webhooks", self._create_webhook), methods=["POST"]),
            Route(
                f + "/v1/webhooks/{webhook_id}",
                self._endpoint("webhooks", self._delete_webhook),
                methods=["DELETE"],
            ),
            Route(f + "/v1/healthcheck", self._endpoint("health", self._health), methods=["GET"]),
            Route(d + "/v1/healthcheck", self._endpoint("health", self._health), methods=["GET"]),
            Route(
                d + "/v1/directory-line/search",
                self._endpoint("directory", self._directory_search),
                methods=["POST"],
            ),
            Route(
                d + "/v1/directory-line/code:{code}",
                self._endpoint("directory", self._directory_line),
                methods=["GET"],
            ),
        ]

    async def _apply_fault(self, request: Request, fault: Fault | None, *, before: bool) -> Response | None:
        if fault is None or fault.after_processing == before:
            return None
        if fault.kind == "rate_limited":
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return JSONResponse(
                {"errorCode": "TOO_MANY_REQUESTS", "errorMessage": "The client emitted too many requests"},
                429,
                headers=headers,
            )
        if fault.kind == "error":
            return _error(fault.status, "RESOURCE_ERROR", "simulated failure")
        if fault.kind == "conflict":
            return _error(422, "AlreadyExistingFlow", "The flow has already been sent and received")
        if fault.kind == "bad_request":
            return _error(400, "BAD_REQUEST", json.dumps(list(fault.errors)))
        if fault.kind == "slow":
            await asyncio.sleep(fault.seconds)
            return None
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
                self.request_headers.append(
                    {
                        "Organization-Id": request.headers.get("organization-id", ""),
                        "Request-Id": request.headers.get("request-id", ""),
                    }
                )
            denied = self._authorise(request)
            if denied is not None:
                return denied
            early = await self._apply_fault(request, fault, before=True)
            if early is not None:
                return early
            response = await handler(request)
            late = await self._apply_fault(request, fault, before=False)
            return late if late is not None else response

        return endpoint

    def _authorise(self, request: Request) -> Response | None:
        auth = request.headers.get("authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else ""
        with self._lock:
            expiry = self._tokens.get(token)
        if not token or expiry is None or expiry <= time.monotonic():
            return _error(401, "UNAUTHORIZED", "missing or expired token")
        if self.organization_id and request.headers.get("organization-id", "") != self.organization_id:
            return _error(403, "FORBIDDEN", "organization not allowed")
        return None

    # --- handlers ----------------------------------------------------------------------------------------------

    async def _token(self, request: Request) -> Response:
        fault = self.faults.take("token")
        early = await self._apply_fault(request, fault, before=True)
        if early is not None:
            return early
        content_type = request.headers.get("content-type", "")
        with self._lock:
            self.token_requests.append({"content_type": content_type})
        if not content_type.startswith("application/x-www-form-urlencoded"):
            return JSONResponse({"error": "invalid_request"}, 400)
        async with request.form() as form:
            grant, client_id, secret = (
                str(form.get(k, "")) for k in ("grant_type", "client_id", "client_secret")
            )
        if grant != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, 400)
        if client_id != self.client_id or not secrets.compare_digest(secret, self.client_secret):
            return JSONResponse({"error": "invalid_client"}, 401)
        token = "afnor-" + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = time.monotonic() + self.token_lifetime
        late = await self._apply_fault(request, fault, before=False)
        if late is not None:
            return late
        return JSONResponse(
            {"access_token": token, "expires_in": self.token_lifetime, "token_type": "Bearer"}
        )

    async def _deposit(self, request: Request) -> Response:
        if int(request.headers.get("content-length") or 0) > MAX_FILE_BYTES + 1024 * 1024:
            return _error(413, "FileSizeExceeded", "Max size = 100 MB")
        async with request.form(max_part_size=MAX_FILE_BYTES) as form:
            upload = form.get("file")
            info_text = form.get("flowInfo")
            if upload is None or not hasattr(upload, "read") or not isinstance(info_text, str):
                return _error(400, "MISSING_REQUIRED_FIELD", "file and flowInfo are required")
            content = await upload.read()
        try:
            info = json.loads(info_text)
        except ValueError:
            return _error(400, "INVALID_FLOW_INFO", "flowInfo is not JSON")
        refused = _check_flow_info(info)
        if refused is not None:
            return refused
        if not content:
            return _error(400, "EmptyFlow", "The binary flow is empty")
        digest = hashlib.sha256(content).hexdigest()
        tracking = str(info.get("trackingId") or "")
        syntax = str(info["flowSyntax"])
        now = self._now()
        with self._lock:
            earlier = list(self._deposited.get((tracking, syntax), ())) if tracking else []
        duplicate = any(f.sha256 == digest for f in earlier)
        if duplicate and self.duplicate_at_once:
            return _error(422, "AlreadyExistingFlow", "The flow has already been sent and received")
        flow = FlowRecord(
            flow_id=str(uuid.uuid4()),
            name=str(info["name"]),
            syntax=syntax,
            profile=str(info.get("flowProfile") or "Undefined"),
            processing_rule=str(info.get("processingRule") or "Undefined"),
            flow_type="CustomerInvoice"
            if syntax in INVOICE_SYNTAXES
            else ("CustomerInvoiceLC" if syntax == "CDAR" else frr_flow_type(content)),
            direction="Out",
            content=content,
            sha256=digest,
            tracking_id=tracking,
            submitted_at=now,
            updated_at=now,
        )
        with self._lock:
            self.flows[flow.flow_id] = flow
            if tracking:
                self._deposited.setdefault((tracking, syntax), []).append(flow)
            self.deposits_by_sha256[digest] += 1
            if syntax in INVOICE_SYNTAXES:
                self.deposits_by_number[tracking] += 1
            elif syntax == "FRR":
                self.frr_deposits[tracking] += 1
        given = str(info.get("sha256") or "")
        if given and given != digest:
            self._spawn(
                self._ack(
                    flow.flow_id, "Error", [_detail("ChecksumMismatch", "sha256 differs from the file's")]
                )
            )
        elif duplicate:
            self._spawn(
                self._ack(flow.flow_id, "Error", [_detail("AlreadyExistingFlow", "already received")])
            )
        elif not self.ack_pending:
            self._spawn(self._ack(flow.flow_id, "Ok", []))
        body = {
            "flowId": flow.flow_id,
            "submittedAt": _iso(now),
            **{k: v for k, v in info.items() if k != "sha256"},
        }
        body["sha256"] = digest
        return JSONResponse(body, 202)

    async def _search(self, request: Request) -> Response:
        try:
            params = await request.json()
        except ValueError:
            return _error(400, "INVALID_JSON", "JSON body expected")
        where = params.get("where") if isinstance(params, dict) else None
        if not isinstance(where, dict) or not where or set(where) - SEARCH_KEYS:
            return _error(400, "INVALID_CRITERIA", "where needs at least one known criterion")
        limit = params.get("limit", 25)
        if not isinstance(limit, int) or not 1 <= limit <= 100:
            return _error(400, "INVALID_LIMIT", "limit must be 1..100")
        try:
            after = _parse(where["updatedAfter"]) if where.get("updatedAfter") else None
            before = _parse(where["updatedBefore"]) if where.get("updatedBefore") else None
        except (ValueError, TypeError, AttributeError):
            return _error(400, "INVALID_DATE", "updatedAfter/updatedBefore must be date-times")
        with self._lock:
            flows = sorted(self.flows.values(), key=lambda f: (f.updated_at, f.flow_id))
            matched = [
                f
                for f in flows
                if (after is None or f.updated_at > after)
                and (before is None or f.updated_at <= before)
                and (not where.get("processingRule") or f.processing_rule in where["processingRule"])
                and (not where.get("flowType") or f.flow_type in where["flowType"])
                and (not where.get("flowDirection") or f.direction in where["flowDirection"])
                and (
                    self.ignores_tracking_filter
                    or not where.get("trackingId")
                    or f.tracking_id == where["trackingId"]
                )
                and (not where.get("ackStatus") or f.ack_status == where["ackStatus"])
            ]
            start = 0
            cursor = params.get("cursor")
            if cursor:
                try:
                    last = json.loads(base64.urlsafe_b64decode(cursor.encode()))
                    key = (_parse(last[0]), str(last[1]))
                except (ValueError, TypeError, IndexError):
                    return _error(400, "INVALID_CURSOR", "unknown cursor")
                start = next(
                    (i for i, f in enumerate(matched) if (f.updated_at, f.flow_id) > key), len(matched)
                )
            page = matched[start : start + limit]
            results = [f.metadata() for f in page]
            if self.search_omits_tracking_id:
                for row in results:
                    row.pop("trackingId", None)
        body: dict[str, Any] = {"limit": limit, "filters": where, "results": results}
        if start + limit < len(matched) and page:
            last_flow = page[-1]
            body["nextCursor"] = base64.urlsafe_b64encode(
                json.dumps([_iso(last_flow.updated_at), last_flow.flow_id]).encode()
            ).decode()
        return JSONResponse(body)

    async def _get(self, request: Request) -> Response:
        with self._lock:
            flow = self.flows.get(request.path_params["flow_id"])
        if flow is None:
            return _error(404, "NOT_FOUND", "unknown flow")
        doc_type = request.query_params.get("docType", "Metadata")
        if doc_type == "Metadata":
            return JSONResponse(flow.metadata())
        if doc_type == "ReadableView" and flow.readable is not None:
            return Response(flow.readable, media_type="application/pdf")
        if doc_type != "Original":
            return _error(404, "NOT_FOUND", f"no {doc_type} document for this flow")
        media = "application/pdf" if flow.syntax == "Factur-X" else "application/xml"
        return Response(
            flow.content,
            media_type=media,
            headers={"Content-Disposition": f"attachment;filename={flow.name}"},
        )

    async def _list_webhooks(self, request: Request) -> Response:
        with self._lock:
            hooks = list(self.webhooks.values())
        rows = [
            {
                "webhookId": h.webhook_id,
                "callbackUrl": h.callback_url,
                **({"flowTypes": list(h.flow_types)} if h.flow_types else {}),
                **({"flowDirection": h.flow_direction} if h.flow_direction else {}),
            }
            for h in hooks
        ]
        return JSONResponse({"count": len(rows), "webhooks": rows})

    async def _create_webhook(self, request: Request) -> Response:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "INVALID_JSON", "JSON body expected")
        url = body.get("callbackUrl") if isinstance(body, dict) else None
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return _error(400, "MISSING_REQUIRED_FIELD", "callbackUrl")
        hook = self.add_webhook(
            url, flow_types=body.get("flowTypes") or (), flow_direction=body.get("flowDirection") or ""
        )
        return JSONResponse(
            {
                "webhookId": hook.webhook_id,
                "signingKey": hook.signing_key,
                "createdAt": _iso(hook.created_at),
            },
            201,
        )

    async def _delete_webhook(self, request: Request) -> Response:
        with self._lock:
            gone = self.webhooks.pop(request.path_params["webhook_id"], None)
        return Response(status_code=204) if gone else _error(404, "NOT_FOUND", "unknown webhook")

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"status": "UP"})

    def _line(self, company: Company) -> dict[str, Any]:
        if not company.registered or (company.valid_to is not None and company.valid_to < self.today):
            status = "Disabled"
        elif company.valid_from is None or company.valid_from > self.today:
            status = "Upcoming"
        else:
            status = "Enabled"
        line: dict[str, Any] = {
            "addressingIdentifier": company.siret or company.siren,
            "platformType": "WK",
            "directoryLineStatus": status,
            "siren": company.siren,
            "legalUnit": {
                "siren": company.siren,
                "businessName": company.name,
                "entityType": "Public" if company.public else "PrivateVatRegistered",
            },
        }
        if company.siret:  # a SIREN/SIRET line; a public one says what it requires (b2gAdditionalData)
            line["siret"] = company.siret
            line["facility"] = {"siret": company.siret, "siren": company.siren, "name": company.name}
            if company.public:
                line["facility"]["b2gAdditionalData"] = {
                    "managesLegalCommitmentCode": company.requires_engagement,
                    "serviceCodeStatus": company.requires_service_code,
                    "managesLegalCommitmentOrServiceCode": False,
                }
        return line

    async def _directory_search(self, request: Request) -> Response:
        try:
            body = await request.json()
            siren = body["filters"]["siren"]["value"]
        except (ValueError, KeyError, TypeError):
            return _error(400, "INVALID_CRITERIA", "filters.siren.value expected")
        company = self.companies.get(str(siren))
        results = [self._line(company)] if company is not None else []
        return JSONResponse({"totalNumberOfResults": len(results), "results": results})

    async def _directory_line(self, request: Request) -> Response:
        company = self.companies.get(request.path_params["code"][:9])
        if company is None:
            return _error(404, "NOT_FOUND", "unknown addressing identifier")
        return JSONResponse(self._line(company))


def _detail(code: str, message: str) -> dict[str, str]:
    return {"level": "Error", "item": "flow", "reasonCode": code, "reasonMessage": message}


@dataclass(frozen=True)
class _PlatformSaid:
    """A status the platform (or the buyer's side) says: not bound by the rules on what a recipient may send."""

    code: str
    reason: str = ""
    message: str = ""
    amount: Decimal | None = None
    currency: str = "EUR"
    vat_rate: Decimal | None = None
    parts: tuple[RatePart, ...] = ()  # write_status reads it (cdar.StatusFields) on any status with a reason


def _platform_status(code: str, amount: Decimal | None = None) -> _PlatformSaid:
    paid = amount if code in ("211", "212") else None
    return _PlatformSaid(code, "TX_TVA_ERR" if code in ("206", "207", "208", "210") else "", amount=paid)


def _check_flow_info(info: object) -> Response | None:
    if not isinstance(info, dict):
        return _error(400, "INVALID_FLOW_INFO", "flowInfo must be an object")
    name, syntax = info.get("name"), info.get("flowSyntax")
    if not isinstance(name, str) or not name or len(name) > 255:
        return _error(400, "MISSING_REQUIRED_FIELD", "flowInfo.name")
    if syntax not in SYNTAXES:
        return _error(400, "INVALID_FLOW_SYNTAX", f"flowSyntax {syntax!r}")
    if (
        info.get("flowProfile", "Undefined") not in PROFILES
        or info.get("processingRule", "Undefined") not in RULES
    ):
        return _error(400, "INVALID_FLOW_INFO", "flowProfile/processingRule")
    tracking = info.get("trackingId", "")
    if not isinstance(tracking, str) or len(tracking) > 64:
        return _error(400, "INVALID_FLOW_INFO", "trackingId: at most 64 characters")
    sha = info.get("sha256", "")
    if sha and (not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        return _error(400, "INVALID_FLOW_INFO", "sha256 must be 64 lower-case hex digits")
    return None


def frr_flow_type(content: bytes) -> str:
    """The flow type of a flux 10 document from what it holds (flow-service 1.3.0 FlowType descriptions): 10.1
    invoices (sales, or purchases when the declarant is the buyer), 10.3 aggregates, 10.2 / 10.4 payments; a document
    holding two kinds is a MultiFlowReport; one we cannot read is Undefined."""
    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return "Undefined"
    buyer = root.findtext("ReportDocument/Issuer/RoleCode") == "BY"
    kinds = set()
    if root.find("TransactionsReport/Invoice") is not None:
        kinds.add("UnitarySupplierTransactionReport" if buyer else "UnitaryCustomerTransactionReport")
    if root.find("TransactionsReport/Transactions") is not None:
        kinds.add("AggregatedCustomerTransactionReport")
    if root.find("PaymentsReport/Invoice") is not None:
        kinds.add("UnitaryCustomerPaymentReport")
    if root.find("PaymentsReport/Transactions") is not None:
        kinds.add("AggregatedCustomerPaymentReport")
    if len(kinds) > 1:
        return "MultiFlowReport"
    return kinds.pop() if kinds else "Undefined"
