"""AFNOR XP Z12-013 adapter of the PdpGateway port (flow-service and directory-service 1.3.0; pdp-apis.md §2).

- Send: `POST /v1/flows`, multipart `file` + `flowInfo` (trackingId = our stable id, sha256). 202 = deposited; the
  acknowledgement (Pending/Ok/Error) follows and is read as a lifecycle status (payloads.ack_status).
  AlreadyExistingFlow, answered at once or as the acknowledgement of a copy, means the first deposit stands.
- Unknown outcome: the pipeline reconciles through `find_submissions`, a `POST /v1/flows/search` on trackingId.
- Statuses we send travel as CDAR flows; their trackingId is derived from the status, and the flow is searched
  before every deposit, so a status whose first deposit had an unknown outcome is never deposited twice.
- Retries follow adapters.pdp.outcome: reads retry on 5xx and transport errors; a deposit only when it certainly did
  not leave (connect phase) or was refused by a 429; anything after the body left is an unknown outcome.
- Every call has a timeout; a 401 drops the token and retries once; secrets and tokens never reach a log line.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import httpx

from adapters.pdp import answers
from adapters.pdp.afnor import payloads
from adapters.pdp.afnor.cdar import CdarSubject, write_status
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.afnor.signing import WEBHOOK_PATH
from adapters.pdp.afnor.subject import subject_of_document
from adapters.pdp.calls import Pacing, PlatformSession
from adapters.pdp.exchange import MAX_ANSWER_BYTES, MAX_DOCUMENT_ANSWER_BYTES
from adapters.pdp.remembered import remember
from domain import platform as port
from domain.platform_breaker import Breaker
from domain.platform_inbound import WebhookSubscription
from domain.platform_profile import profile_webhook_path

log = logging.getLogger(__name__)

T = TypeVar("T")

PLATFORM = "AFNOR"
SEARCH_LIMIT = 100  # the standard's maximum page
MAX_SEARCH_PAGES = 20  # a bounded walk: 2,000 flows per question
SUBJECT_CACHE = 1024  # invoices whose CDAR subject we remember (statuses come in bursts per invoice)


@dataclass(frozen=True, slots=True)
class FlowPage:
    flows: list[dict[str, Any]]
    next_cursor: str = ""
    # Rows that are not objects: the catch-up counts them, reconciliation refuses the page.
    skipped: list[answers.Skipped] = field(default_factory=list)

    def not_in(self, listed: set[str]) -> list[dict[str, Any]]:
        """The page's flows that the listing's earlier pages did not give (`listed`, updated with them). None while
        the page has flows: the listing gives again what it gave (its cursor ignored or looping), and never ends."""
        new = [flow for flow in self.flows if _listed(flow) not in listed]
        listed.update(_listed(flow) for flow in new)
        return new


def _listed(flow: dict[str, Any]) -> str:
    """A row as the listing gave it, whatever it holds (an unreadable one too): the same flow, the same text."""
    return repr((flow.get("flowId"), flow.get("updatedAt")))


def status_tracking_id(platform_id: str, status: port.OutgoingStatus) -> str:
    """The trackingId of a status flow: the same status about the same flow always gets the same id (<= 64)."""
    parts = (
        platform_id,
        status.code,
        status.reason,
        str(status.amount or ""),
        str(status.vat_rate or ""),
        *(f"{part.vat_rate}:{part.amount}" for part in status.parts),
        # Two payments of the same amount are two statuses: their message names each payment.
        *((status.message,) if status.code in ("211", "212") and status.message else ()),
    )
    return "lc-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:40]


class AfnorPdpGateway:
    def __init__(
        self,
        http: httpx.AsyncClient,
        config: AfnorConfig,
        *,
        pacing: Pacing | None = None,
        breaker: Breaker | None = None,
        today: Callable[[], date] = date.today,
        subject_of: Callable[[bytes], CdarSubject] = subject_of_document,
        profile: str = "",
    ) -> None:
        self._webhook_path = profile_webhook_path(WEBHOOK_PATH, profile)  # "" = the default profile's route
        self._config = config
        self._today = today
        self._upload_timeout = config.timeouts.upload()
        self._subject_of = subject_of
        self._subjects: OrderedDict[str, tuple[CdarSubject, str]] = OrderedDict()
        self.session = PlatformSession.for_client(
            PLATFORM, http, config.oauth, config.timeouts, pacing, breaker
        )
        self.tokens = self.session.tokens  # doctor's credentials check asks it for a token (by this name)

    def __repr__(self) -> str:
        return f"AfnorPdpGateway(flow_url={self._config.flow_url!r})"

    # --- transport ------------------------------------------------------------------------------------------------

    def _headers(self, token: str) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "Request-Id": str(uuid.uuid4()),
        }
        if self._config.organization_id:
            headers["Organization-Id"] = self._config.organization_id
        return headers

    async def _call(
        self,
        method: str,
        url: str,
        *,
        idempotent: bool,
        params: Mapping[str, str] | None = None,
        json_body: object = None,
        files: Any = None,
        timeout: httpx.Timeout | None = None,
        max_bytes: int = MAX_ANSWER_BYTES,
        ok: Sequence[int] = (200, 201, 202, 204),
    ) -> httpx.Response:
        """One logical call: token, bounded retries, one refresh on 401. Returns an `ok` answer or a 4xx the caller
        maps itself (never a 5xx); raises PlatformError otherwise."""
        what = f"{method} {url.split('//', 1)[-1].split('/', 1)[-1] if '//' in url else url}"

        def answered(response: httpx.Response) -> httpx.Response:
            status = response.status_code
            if status in ok or 400 <= status < 500:
                return response
            raise port.PlatformOutcomeUnknown(f"{what}: unexpected answer {status}; reconcile")

        return await self.session.request(
            method,
            url,
            what=what,
            idempotent=idempotent,
            headers=self._headers,
            answered=answered,
            params=params,
            json=json_body,
            files=files,
            timeout=timeout,
            max_bytes=max_bytes,
        )

    @staticmethod
    def _body(response: httpx.Response) -> object:
        try:
            return answers.answer_json(response)
        except ValueError:
            return response.text[:500]

    def _refused(self, what: str, response: httpx.Response) -> port.PlatformError:
        """The 4xx of the standard error table as the port's failures."""
        status = response.status_code
        body = self._body(response)
        if status == 403:
            return port.PlatformConfigError(
                f"{what}: AFNOR answered 403 (not allowed for this client/organization)"
            )
        if status == 404:
            return port.SubmissionNotFound(f"{what}: not found")
        return port.PlatformRejected(
            f"{what}: AFNOR answered {status} {payloads.error_code(body)}".strip(),
            findings=payloads.error_findings(body, status),
        )

    async def _json(self, method: str, url: str, read: Callable[[Any], T], **kwargs: Any) -> T:
        """A read's JSON answer through `read` (adapters.pdp.answers: another shape is PlatformUnavailable)."""
        response = await self._call(method, url, idempotent=True, **kwargs)
        if response.status_code >= 400:
            raise self._refused(f"{method} {url}", response)
        return answers.read_json(f"{method} {url}", "AFNOR", response, read)

    async def _nothing(self, method: str, url: str, *, idempotent: bool) -> None:
        """A call the standard answers with nothing: a 2xx with an error's body is not done (`nothing_answered`)."""
        response = await self._call(method, url, idempotent=idempotent)
        if response.status_code >= 400:
            raise self._refused(f"{method} {url}", response)
        answers.nothing_answered(f"{method} {url}", PLATFORM, response, idempotent=idempotent)

    def _flows(self, path: str = "") -> str:
        return f"{self._config.flow_url}/v1/flows{path}"

    # --- the port ---------------------------------------------------------------------------------------------------

    async def submit(self, document: port.OutboundDocument) -> port.Submission:
        info = json.dumps(payloads.flow_info(document), separators=(",", ":"))
        response = await self._call(
            "POST",
            self._flows(),
            idempotent=False,
            files=[
                ("file", (document.filename, document.content, document.syntax.media_type)),
                ("flowInfo", (None, info.encode(), "application/json")),
            ],
            timeout=self._upload_timeout,
        )
        body = self._body(response)
        if response.status_code >= 400:
            if payloads.error_code(body) == payloads.ALREADY_EXISTING:
                return await self._existing(document)
            raise self._refused("POST /v1/flows", response)
        try:
            flow_id = answers.platform_id(answers.field_of(body, "flowId"))
        except answers.SHAPE_ERRORS:
            raise port.PlatformOutcomeUnknown(
                "POST /v1/flows: deposited without a flowId; reconcile"
            ) from None
        submitted = answers.parse_datetime(answers.field_of(body, "submittedAt"))
        log.info("AFNOR deposited %s as flow %s", document.tracking_id, flow_id)
        return port.Submission(platform_id=flow_id, accepted_at=submitted or datetime.now(UTC))

    async def _existing(self, document: port.OutboundDocument) -> port.Submission:
        found = await self.find_submissions(port.SubmissionQuery(tracking_id=document.tracking_id))
        if not found:
            raise port.PlatformOutcomeUnknown(
                "AFNOR reports AlreadyExistingFlow but search does not find it yet"
            )
        record = found[0]
        return port.Submission(record.platform_id, record.submitted_at or datetime.now(UTC), duplicate=True)

    async def search_flows(
        self, where: Mapping[str, Any], *, cursor: str = "", limit: int = SEARCH_LIMIT
    ) -> FlowPage:
        """One page of `POST /v1/flows/search` (at least one criterion; updatedAfter is strict)."""
        if not where:
            raise port.InvalidPlatformRequest("a flow search needs at least one criterion")
        body: dict[str, Any] = {"where": dict(where), "limit": max(1, min(limit, SEARCH_LIMIT))}
        if cursor:
            body["cursor"] = cursor
        return await self._json("POST", self._flows("/search"), flow_page, json_body=body)

    async def _all_flows(self, where: Mapping[str, Any]) -> list[dict[str, Any]]:
        flows: list[dict[str, Any]] = []
        listed: set[str] = set()
        cursor = ""
        for _ in range(MAX_SEARCH_PAGES):
            page = await self.search_flows(where, cursor=cursor)
            if page.skipped:  # a search before a resend must not read an unreadable row as "no flow"
                raise port.PlatformUnavailable(
                    f"POST /v1/flows/search: AFNOR answered an unexpected body ({page.skipped[0]})"
                )
            new = page.not_in(listed)
            flows.extend(new)
            if not page.next_cursor or not new:  # the end, or a listing that gives again what it gave
                break
            cursor = page.next_cursor
        return flows

    async def find_submissions(self, query: port.SubmissionQuery) -> list[port.SubmissionRecord]:
        tracking = query.tracking_id or query.invoice_number
        if not tracking:
            raise port.InvalidPlatformRequest(
                "AFNOR search needs the trackingId we deposited with (no search by hash)"
            )
        flows = await self._all_flows({"trackingId": tracking, "flowDirection": ["Out"]})
        records = answers.read_answer(
            "POST /v1/flows/search",
            PLATFORM,
            flows,
            lambda found: [r for r in (payloads.submission_record(f) for f in found) if r is not None],
        )
        # Only the deposits of the trackingId asked: a platform answering other rows (a filter it ignores) had its
        # first row taken for ours (a copy tied to another invoice's flow, an FRR flow "already deposited" never sent).
        # A row naming no trackingId (the Flow schema does not require it) is ours while no row shows the filter
        # ignored: dropping it made a platform that filters but does not echo answer "not found", and a resend.
        ignored = any(r.invoice_number and r.invoice_number != tracking for r in records)
        records = [r for r in records if r.invoice_number == tracking or not (r.invoice_number or ignored)]
        if query.sha256:  # a platform that echoes sha256 lets us tell two renderings apart
            wanted = query.sha256.lower()
            records = [r for r in records if not r.sha256 or r.sha256 == wanted]
        return sorted(records, key=lambda r: r.submitted_at or datetime.min.replace(tzinfo=UTC))

    async def get_flow(self, flow_id: str) -> dict[str, Any]:
        return await self._metadata(flow_id, _flow)

    async def _metadata(self, flow_id: str, read: Callable[[Any], T]) -> T:
        """A flow's metadata through `read`, within the answer guard (adapters.pdp.answers)."""

        def of_this_flow(body: Any) -> T:
            answers.about(flow_id, answers.field_of(body, "flowId"), "flow")
            return read(body)

        return await self._json(
            "GET", self._flows(f"/{_flow_id(flow_id)}"), of_this_flow, params={"docType": "Metadata"}
        )

    async def download(self, flow_id: str, *, doc_type: str = "Original") -> bytes:
        if doc_type not in ("Original", "Converted", "ReadableView"):
            raise port.InvalidPlatformRequest(f"docType {doc_type!r} is not a file")
        url = self._flows(f"/{_flow_id(flow_id)}")
        response = await self._call(
            "GET",
            url,
            idempotent=True,
            params={"docType": doc_type},
            timeout=self._upload_timeout,
            max_bytes=MAX_DOCUMENT_ANSWER_BYTES,
        )
        if response.status_code >= 400:
            raise self._refused(f"GET /v1/flows/{flow_id}", response)
        # off the loop: a document is parsed to know it whole (64 MiB of XML: ~0.4 s)
        return await asyncio.to_thread(answers.document_body, f"GET /v1/flows/{flow_id}", PLATFORM, response)

    async def status_history(self, platform_id: str) -> list[port.PlatformStatus]:
        """What the platform itself says about a deposit: its acknowledgement. Later lifecycle statuses arrive as
        lifecycle flows, through the webhook or the catch-up search (reception)."""
        return await self._metadata(platform_id, _acknowledged)

    async def send_status(self, platform_id: str, status: port.OutgoingStatus) -> None:
        tracking = status_tracking_id(platform_id, status)
        if await self._all_flows({"trackingId": tracking, "flowDirection": ["Out"]}):
            log.info("status %s on flow %s is already deposited (%s)", status.code, platform_id, tracking)
            return
        subject, role = await self._subject(platform_id)
        content = write_status(
            subject, status, message_id=tracking, issued_at=datetime.now(UTC), issuer_role=role
        )
        document = port.OutboundDocument.of(
            content,
            filename=f"{tracking}.xml",
            syntax=port.DocumentSyntax.CDAR,
            tracking_id=tracking,
            profile=port.DocumentProfile.UNDEFINED,
            processing_rule=port.ProcessingRule.NOT_APPLICABLE,
        )
        await self.submit(document)

    async def _subject(self, platform_id: str) -> tuple[CdarSubject, str]:
        """The invoice a status is about and our role on it (SE for a flow we deposited, BY for one received)."""
        cached = self._subjects.get(platform_id)
        if cached is not None:
            self._subjects.move_to_end(platform_id)
            return cached
        flow = await self.get_flow(platform_id)
        role = "SE" if flow.get("flowDirection") == "Out" else "BY"
        content = await self.download(platform_id)
        try:
            subject = await asyncio.to_thread(self._subject_of, content)
        except ValueError as exc:
            raise port.PlatformRejected(
                f"flow {platform_id}: the invoice it holds cannot be read ({exc})"
            ) from None
        remember(self._subjects, platform_id, (subject, role), SUBJECT_CACHE)
        return subject, role

    async def lookup_directory(self, siren: str, address: str = "") -> port.DirectoryEntry:
        identifier = port.directory_identifier(siren, address)
        today = self._today()
        return await self._json(
            "POST",
            f"{self._config.directory_url}/v1/directory-line/search",
            lambda body: payloads.directory_entry(
                identifier, _results(body, _LINES, "a directory search"), today
            ),
            json_body={"filters": {"siren": {"op": "strict", "value": siren}}, "limit": 100},
        )

    async def health(self) -> port.PlatformHealth:
        try:
            # The standard answers an empty 200 (Ok200EmptyResponse): read as JSON, every conforming platform was
            # unhealthy; any 200 was healthy, its body saying an error or not.
            for service in (self._config.flow_url, self._config.directory_url):
                await self._nothing("GET", f"{service}/v1/healthcheck", idempotent=True)
            await self.tokens.get()
        except port.PlatformError as exc:
            return port.PlatformHealth(ok=False, detail=f"{type(exc).__name__}: {exc}")
        return port.PlatformHealth(ok=True, detail=self._config.flow_url)

    async def server_time(self) -> datetime | None:
        """The platform's clock (doctor), from the Date header of the flow service's healthcheck (None without)."""
        return await self.session.server_time(f"{self._config.flow_url}/v1/healthcheck")

    # --- webhook subscriptions (pdp-gateway platform webhooks) -----------------------------------------------------

    async def list_webhooks(self) -> list[WebhookSubscription]:
        return await self._json(
            "GET",
            f"{self._config.flow_url}/v1/webhooks",
            lambda body: [
                _webhook(row)
                for row in answers.rows(
                    answers.answer_object(body, _WEBHOOKS, "a webhook list").get("webhooks")
                )
            ],
        )

    async def create_webhook(
        self, public_base_url: str, *, flow_types: Sequence[str] = (), flow_direction: str = ""
    ) -> WebhookSubscription:
        """Every flow type and direction by default: invoices, lifecycle flows and our deposits' acknowledgements."""
        callback_url = public_base_url.rstrip("/") + self._webhook_path
        body: dict[str, Any] = {"callbackUrl": callback_url}
        if flow_types:
            body["flowTypes"] = list(flow_types)
        if flow_direction:
            body["flowDirection"] = flow_direction
        response = await self._call(
            "POST", f"{self._config.flow_url}/v1/webhooks", idempotent=False, json_body=body
        )
        if response.status_code >= 400:
            raise self._refused("POST /v1/webhooks", response)
        created = self._body(response)
        if not isinstance(created, Mapping) or not created.get("webhookId"):
            raise port.PlatformOutcomeUnknown(
                "POST /v1/webhooks: answered without a webhookId; list the webhooks"
            )
        return WebhookSubscription(
            str(created["webhookId"]),
            (callback_url,),
            (*flow_types, *((flow_direction,) if flow_direction else ())),
            signing_key=str(created.get("signingKey") or ""),
        )

    async def delete_webhook(self, webhook_id: str) -> None:
        await self._nothing(
            "DELETE", f"{self._config.flow_url}/v1/webhooks/{_flow_id(webhook_id)}", idempotent=True
        )


def _flow_id(value: str) -> str:
    """An id asked about by URL (payloads.flow_id): nothing that could change the path."""
    try:
        return payloads.flow_id(value)
    except (TypeError, ValueError):
        raise port.InvalidPlatformRequest(f"not a flow or webhook id: {value!r}") from None


def _webhook(row: Mapping[str, Any]) -> WebhookSubscription:
    direction = str(row.get("flowDirection") or "")
    return WebhookSubscription(
        str(row.get("webhookId") or ""),
        (str(row.get("callbackUrl") or ""),),
        (*(str(t) for t in row.get("flowTypes") or ()), *((direction,) if direction else ())),
    )


# The members of the standard's answers (flow-service and directory-service 1.3.0): an object holding none of them is
# no such answer (adapters.pdp.answers.answer_object), whatever the schema leaves optional.
_FLOWS = ("results", "nextCursor", "filters", "limit")
_LINES = ("results", "search", "totalNumberOfResults")
_WEBHOOKS = ("webhooks", "count", "webhookIds")


def _results(body: Any, members: tuple[str, ...], what: str) -> list[Mapping[str, Any]]:
    return answers.rows(answers.answer_object(body, members, what).get("results"))


def flow_page(body: Any) -> FlowPage:
    """One page of a flow search: its flows, read row by row (a row that is not an object is skipped, "result 3"),
    and the cursor of the next."""
    found = answers.each_item(
        answers.answer_object(body, _FLOWS, "a flow search").get("results"), _flow_row, where="result"
    )
    return FlowPage(found.items, str(answers.field_of(body, "nextCursor") or ""), found.skipped)


def _flow_row(row: Any) -> dict[str, Any]:
    if not isinstance(row, Mapping):
        raise TypeError(f"expected a flow object, not {type(row).__name__}")
    return dict(row)


def _flow(body: Any) -> dict[str, Any]:
    """A flow's metadata: an object with its flowId (the Flow schema requires it; an error body answered 200 has
    none)."""
    if not isinstance(body, dict):
        raise TypeError(f"expected a flow object, not {type(body).__name__}")
    answers.field_of(body, "flowId", required=True)
    return body


def _acknowledged(body: Any) -> list[port.PlatformStatus]:
    """A flow's metadata as its status history: its acknowledgement, when it has one."""
    status = payloads.ack_status(_flow(body))
    return [status] if status is not None else []
