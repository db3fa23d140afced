"""IOPOLE adapter of the PdpGateway port (pdp-apis.md §1): async httpx, token cache, bounded retries, typed failures.

Retry rules (adapters.pdp.outcome): idempotent calls retry on 429, 5xx and transport errors. Non-idempotent calls (the
upload, a status POST) retry only when the request certainly was not processed (connect errors, 429); any 5xx, a
timeout or a dropped connection after the request went out raises PlatformOutcomeUnknown so that the caller
reconciles instead of sending twice.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import httpx

from adapters.json_text import canonical_json
from adapters.pdp import answers
from adapters.pdp.calls import Pacing, PlatformSession
from adapters.pdp.exchange import MAX_ANSWER_BYTES, MAX_DOCUMENT_ANSWER_BYTES
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.iopole.payloads import (
    directory_entry,
    refused,
    status_from_entry,
    status_from_label,
    status_request_body,
)
from adapters.pdp.iopole.signing import INVOICE_WEBHOOK_PATH, STATUS_WEBHOOK_PATH
from domain import platform as port
from domain.platform_breaker import Breaker
from domain.platform_inbound import WebhookSubscription
from domain.platform_profile import profile_webhook_path

log = logging.getLogger(__name__)

PLATFORM = "IOPOLE"
SEARCH_PAGE = 50
MAX_SEARCH_RESULTS = 200
MAX_HASHED_CANDIDATES = 10

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NotSeenStatus:
    invoice_id: str
    status: port.PlatformStatus


def _quote(value: str) -> str:
    """A Lucene phrase: escape backslashes and quotes."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class IopolePdpGateway:
    def __init__(
        self,
        http: httpx.AsyncClient,
        config: IopoleConfig,
        *,
        pacing: Pacing | None = None,
        breaker: Breaker | None = None,
        today: Callable[[], date] = date.today,
        profile: str = "",
    ) -> None:
        self._webhook_paths = (  # "" = the default profile's routes
            profile_webhook_path(INVOICE_WEBHOOK_PATH, profile),
            profile_webhook_path(STATUS_WEBHOOK_PATH, profile),
        )
        self._config = config
        self._today = today
        self._upload_timeout = config.timeouts.upload()
        # the reporting gateway calls through this session too: one pool, one token cache per profile
        self.session = PlatformSession.for_client(
            PLATFORM, http, config.oauth, config.timeouts, pacing, breaker
        )
        self.tokens = self.session.tokens  # doctor's credentials check asks it for a token (by this name)

    def __repr__(self) -> str:
        return (
            f"IopolePdpGateway(api_base={self._config.api_base!r}, environment={self._config.environment!r})"
        )

    # --- transport ------------------------------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool,
        params: Mapping[str, str | int] | None = None,
        json: object = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        timeout: httpx.Timeout | None = None,
        max_bytes: int = MAX_ANSWER_BYTES,
    ) -> httpx.Response:
        """One logical call: token, retries, 401 refresh. Returns a 2xx or 409 response; raises PlatformError otherwise."""
        what = f"{method} {path}"
        return await self.session.request(
            method,
            self._config.api_base + path,
            what=what,
            idempotent=idempotent,
            headers=self._config.headers,
            answered=lambda response: self._check(what, response),
            params=params,
            json=json,
            files=files,
            timeout=timeout,
            max_bytes=max_bytes,
        )

    @staticmethod
    def _check(what: str, response: httpx.Response) -> httpx.Response:
        status = response.status_code
        if 200 <= status < 300 or status == 409:
            return response
        if status == 400:
            raise refused(what, "request", response)
        if status == 403:
            raise port.PlatformConfigError(
                f"{what}: IOPOLE answered 403 (customer-id, claim or entity not allowed)"
            )
        if status == 404:
            raise port.SubmissionNotFound(f"{what}: not found")
        if status == 413:
            raise port.PlatformRejected(
                f"{what}: document too large",
                findings=(
                    port.rejection_finding("FileSizeExceeded", "IOPOLE accepts documents up to 50 MB"),
                ),
            )
        raise port.PlatformRejected(
            f"{what}: IOPOLE answered {status}",
            findings=(port.rejection_finding(f"HTTP-{status}", response.text[:500]),),
        )

    async def _nothing(self, method: str, path: str, *, idempotent: bool, **kwargs: Any) -> None:
        """A call IOPOLE answers with nothing (204): a 2xx with an error's body is not done (`nothing_answered`); a
        409 is (the status or the mark was there already)."""
        response = await self._call(method, path, idempotent=idempotent, **kwargs)
        if response.status_code != 409:
            answers.nothing_answered(f"{method} {path}", PLATFORM, response, idempotent=idempotent)

    async def _json(self, method: str, path: str, read: Callable[[Any], T], **kwargs: Any) -> T:
        """A read's JSON answer through `read`; a body that is not JSON, or not in the shape `read` expects, is
        PlatformUnavailable (retried like any failed read)."""
        response = await self._call(method, path, idempotent=True, **kwargs)
        return answers.read_json(f"{method} {path}", PLATFORM, response, read)

    # --- the port ---------------------------------------------------------------------------------------------------

    async def submit(self, document: port.OutboundDocument) -> port.Submission:
        filename, mime = _upload_name(document)
        response = await self._call(
            "POST",
            "/v1/invoice",
            idempotent=False,
            files={"file": (filename, document.content, mime)},
            timeout=self._upload_timeout,
        )
        if response.status_code == 409:
            return await self._resolve_duplicate(document, response)
        try:
            deposit_id = answers.platform_id(answers.answer_json(response)["id"])
        except answers.SHAPE_ERRORS:
            raise port.PlatformOutcomeUnknown("POST /v1/invoice: accepted without an id; reconcile") from None
        log.info("IOPOLE accepted %s as %s", document.tracking_id, deposit_id)
        return port.Submission(platform_id=deposit_id, accepted_at=datetime.now(UTC))

    async def _resolve_duplicate(
        self, document: port.OutboundDocument, response: httpx.Response
    ) -> port.Submission:
        if "DUPLICATE_RESOURCE" not in response.text:
            raise port.PlatformRejected(
                "POST /v1/invoice: IOPOLE answered 409",
                findings=(port.rejection_finding("HTTP-409", response.text[:500]),),
            )
        found = await self.find_submissions(
            port.SubmissionQuery(tracking_id=document.tracking_id, sha256=document.sha256)
        )
        if not found:
            raise port.PlatformOutcomeUnknown(
                "IOPOLE reports a duplicate but search does not find it yet; reconcile later"
            )
        record = found[0]
        return port.Submission(
            platform_id=record.platform_id,
            accepted_at=record.submitted_at or datetime.now(UTC),
            duplicate=True,
        )

    async def status_history(self, platform_id: str) -> list[port.PlatformStatus]:
        statuses = await self._json(
            "GET",
            f"/v1/invoice/{platform_id}/status-history",
            lambda body: [_history_entry(platform_id, item) for item in answers.rows(body)],
        )
        return sorted(statuses, key=lambda s: s.at)

    async def find_submissions(self, query: port.SubmissionQuery) -> list[port.SubmissionRecord]:
        number = query.invoice_number or query.tracking_id
        if not number:
            raise port.InvalidPlatformRequest(
                "IOPOLE search needs an invoice number or tracking id (no search by hash)"
            )
        # by platform id: a row given again is the same deposit
        records: dict[str, port.SubmissionRecord] = {}
        given: set[str] = set()  # every row the pages gave, ours or not, as IOPOLE wrote it
        offset = 0
        while offset < MAX_SEARCH_RESULTS:
            page, count = await self._json(
                "GET",
                "/v1.1/invoice/search",
                lambda body: _search_page(body, number),
                params={
                    "q": f"invoiceId:{_quote(number)}",
                    "expand": "businessData,lastStatusData",
                    "offset": offset,
                    "limit": SEARCH_PAGE,
                },
            )
            new = [(text, record) for text, record in page if text not in given]
            given.update(text for text, _ in new)
            for _, record in new:
                if record is not None:
                    records.setdefault(record.platform_id, record)
            offset += SEARCH_PAGE
            # the last page, or one giving nothing new: a search ignoring its offset gives the same rows for ever
            if not new or offset >= count:
                break
        found = list(records.values())
        if query.sha256:
            found = await self._matching_hash(found, query.sha256.lower())
        return sorted(found, key=lambda r: r.submitted_at or datetime.min.replace(tzinfo=UTC))

    async def _matching_hash(
        self, records: list[port.SubmissionRecord], sha256: str
    ) -> list[port.SubmissionRecord]:
        """IOPOLE cannot search by hash: download the originals of the candidates (bounded) and compare."""
        matches = []
        for record in records[:MAX_HASHED_CANDIDATES]:
            content = await self.download(record.platform_id)
            if hashlib.sha256(content).hexdigest() == sha256:
                matches.append(
                    port.SubmissionRecord(
                        record.platform_id,
                        record.submitted_at,
                        record.invoice_number,
                        sha256,
                        record.last_status,
                    )
                )
        return matches

    async def send_status(self, platform_id: str, status: port.OutgoingStatus) -> None:
        await self._nothing(
            "POST", f"/v1/invoice/{platform_id}/status", idempotent=False, json=status_request_body(status)
        )

    async def lookup_directory(self, siren: str, address: str = "") -> port.DirectoryEntry:
        identifier = port.directory_identifier(siren, address)
        today = self._today()
        return await self._json(
            "GET",
            "/v1/directory/french",
            lambda body: directory_entry(identifier, _data(body), today),
            params={"q": f"siren:{_quote(siren)}", "limit": 200},
        )

    async def health(self) -> port.PlatformHealth:
        """Credentials and a cheap read-only call (IOPOLE has no health endpoint)."""
        try:
            await self._json(
                "GET", "/v1/directory/french", _data, params={"q": 'siren:"000000000"', "limit": 1}
            )
        except port.PlatformError as exc:
            return port.PlatformHealth(ok=False, detail=f"{type(exc).__name__}: {exc}")
        return port.PlatformHealth(ok=True, detail=self._config.api_base)

    async def server_time(self) -> datetime | None:
        """The platform's clock, from the Date header of any answer of its API host (None without one)."""
        return await self.session.server_time(self._config.api_base + "/")

    # --- IOPOLE extras (polling fallback, files) -------------------------------------------------------------------

    async def invoice_metadata(self, platform_id: str) -> dict[str, Any]:
        """GET /v1/invoice/{id}: IOPOLE answers an array of one object although its spec says object."""
        body = await self._json("GET", f"/v1/invoice/{platform_id}", answers.as_is)
        if isinstance(body, list):
            if not body:
                raise port.SubmissionNotFound(f"GET /v1/invoice/{platform_id}: empty answer")
            body = body[0]
        if not isinstance(body, dict):
            raise port.PlatformUnavailable(f"GET /v1/invoice/{platform_id}: unexpected body")
        # Its id where a search row has it (metadata.invoiceId), else at the top: another invoice's metadata would
        # give the catch-up another's target address, trusted as IOPOLE's answer (routing to another company).
        inner = body.get("metadata")
        named = inner.get("invoiceId") if isinstance(inner, dict) else body.get("invoiceId")
        answers.read_answer(
            f"GET /v1/invoice/{platform_id}",
            PLATFORM,
            named,
            lambda n: answers.about(platform_id, n, "invoice"),
        )
        return body

    async def download(self, platform_id: str, *, readable: bool = False) -> bytes:
        path = f"/v1/invoice/{platform_id}/download" + ("/readable" if readable else "")
        response = await self._call(
            "GET", path, idempotent=True, timeout=self._upload_timeout, max_bytes=MAX_DOCUMENT_ANSWER_BYTES
        )
        # off the loop: a document is parsed to know it whole (64 MiB of XML: ~0.4 s)
        return await asyncio.to_thread(answers.document_body, f"GET {path}", PLATFORM, response)

    async def not_seen_invoices(self) -> answers.Items[str]:
        return await self._json(
            "GET", "/v1/invoice/notSeen", lambda body: answers.each_item(body, answers.platform_id)
        )

    async def mark_invoice_seen(self, platform_id: str) -> None:
        await self._nothing("PUT", f"/v1/invoice/{platform_id}/markAsSeen", idempotent=True)

    async def not_seen_statuses(self) -> answers.Items[NotSeenStatus]:
        return await self._json("GET", "/v1/invoice/status/notSeen", _not_seen_statuses)

    async def mark_status_seen(self, status_id: str) -> None:
        await self._nothing("PUT", f"/v1/invoice/status/{status_id}/markAsSeen", idempotent=True)

    # --- webhook subscriptions (pdp-gateway platform webhooks): /v1/config/webhook ---------------------------------

    async def list_webhooks(self) -> list[WebhookSubscription]:
        return await self._json("GET", "/v1/config/webhook", _webhooks)

    async def create_webhook(self, public_base_url: str) -> WebhookSubscription:
        """Invoice and status callbacks to our routes, HMAC-signed with a secret we choose (shown once, for
        IOPOLE_WEBHOOK_SECRET; IOPOLE takes 32 to 512 characters)."""
        base = public_base_url.rstrip("/")
        secret = secrets.token_urlsafe(48)
        body = {
            "filterStreamDirection": None,
            "status": "ACTIVE",
            "label": "pdp-gateway",
            "interopData": {
                "endpoints": {
                    "invoice": {"callbackUrl": base + self._webhook_paths[0]},
                    "status": {"callbackUrl": base + self._webhook_paths[1]},
                },
                "authentication": {"hmac": {"secretKey": secret}},
            },
        }
        response = await self._call("POST", "/v1/config/webhook", idempotent=False, json=body)
        try:
            created = answers.answer_json(response) if response.content else {}
        except ValueError:  # no JSON: no id said below
            created = {}
        webhook_id = (
            str(created.get("id") or created.get("webhookId") or "") if isinstance(created, dict) else ""
        )
        if not webhook_id:
            raise port.PlatformOutcomeUnknown(
                "POST /v1/config/webhook: answered without an id; list the webhooks"
            )
        return WebhookSubscription(
            webhook_id, tuple(base + path for path in self._webhook_paths), signing_key=secret
        )

    async def delete_webhook(self, webhook_id: str) -> None:
        if not webhook_id or any(c in webhook_id for c in "/?#%\\"):
            raise port.InvalidPlatformRequest(f"not a webhook id: {webhook_id!r}")
        await self._nothing("DELETE", f"/v1/config/webhook/{webhook_id}", idempotent=True)


def _webhook(row: Mapping[str, Any]) -> WebhookSubscription:
    endpoints = answers.obj(
        answers.obj(row.get("interopData"), "an interopData object").get("endpoints"), "an endpoints object"
    )
    urls = tuple(
        str(e.get("callbackUrl"))
        for e in endpoints.values()
        if isinstance(e, Mapping) and e.get("callbackUrl")
    )
    direction = row.get("filterStreamDirection")
    return WebhookSubscription(
        str(row.get("id") or row.get("webhookId") or ""),
        urls,
        tuple(str(x) for x in (row.get("status"), direction) if x),
    )


def _upload_name(document: port.OutboundDocument) -> tuple[str, str]:
    """IOPOLE wants a .pdf (Factur-X) or .xml (CII/UBL) file name; CDAR/FRR flows do not go through /v1/invoice."""
    if document.syntax is port.DocumentSyntax.FACTUR_X:
        suffix = ".pdf"
    elif document.syntax in (port.DocumentSyntax.CII, port.DocumentSyntax.UBL):
        suffix = ".xml"
    else:
        raise port.InvalidPlatformRequest(
            f"IOPOLE /v1/invoice does not take {document.syntax.value} documents"
        )
    name = document.filename
    if not name.lower().endswith(suffix):
        name = name.rsplit(".", 1)[0] + suffix if "." in name else name + suffix
    return name, document.syntax.media_type


def _record(row: Mapping[str, Any], number: str) -> port.SubmissionRecord | None:
    """A search row as reconciliation reads it (None: not a deposit of `number`); its id becomes the invoice's
    platform id, so it is read as an upload's is (`platform_id`)."""
    metadata = answers.obj(row.get("metadata"), "a metadata object")
    business = answers.obj(row.get("businessData"), "a businessData object")
    found_number = str(business.get("invoiceId") or "")
    # The search field's meaning (BT-1 or IOPOLE uuid) is not settled: keep only rows whose BT-1 matches when known.
    if found_number and found_number != number:
        return None
    if metadata.get("direction") not in (None, "OUTBOUND"):
        return None
    if not metadata.get("invoiceId"):
        return None
    last = answers.obj(row.get("lastStatusData"), "a lastStatusData object")
    last_status = None
    if last.get("code"):
        at = answers.parse_datetime(last.get("date")) or port.UNDATED
        last_status = status_from_label(str(last["code"]), at)
    return port.SubmissionRecord(
        platform_id=answers.platform_id(metadata["invoiceId"]),
        submitted_at=answers.parse_datetime(metadata.get("date")),
        invoice_number=found_number or number,
        last_status=last_status,
    )


# What IOPOLE's paged answers hold (pdp-apis.md 1.2: `{data, meta:{offset, limit, count}}`).
_PAGED = ("data", "meta")


def _data(body: Any) -> list[Mapping[str, Any]]:
    """The `data` rows of a paged answer (an object of neither `data` nor `meta` is none: an error body)."""
    return answers.rows(answers.answer_object(body, _PAGED, "a paged answer").get("data"))


def _search_page(body: Any, number: str) -> tuple[list[tuple[str, port.SubmissionRecord | None]], int]:
    """One search page, each row as given (its JSON text: to know it again on another page) and read by `_record`,
    and the total count. Its `data` is required: read as no rows, an answer without it would let the pipeline
    deposit the invoice again."""
    meta = answers.obj(body.get("meta"), "a meta object") if isinstance(body, Mapping) else {}
    page = answers.rows(answers.field_of(body, "data", required=True))
    return [(canonical_json(row), _record(row, number)) for row in page], int(meta.get("count") or 0)


def _not_seen_statuses(body: Any) -> answers.Items[NotSeenStatus]:
    """Each invoice's group of new statuses, read status by status: an unreadable status is skipped ("item 2, status
    1"; it stays not seen), the others delivered; a group that is not an object with a list of statuses is skipped
    whole ("item 2")."""
    found: answers.Items[NotSeenStatus] = answers.Items([])
    for position, group in enumerate(answers.listed(body)):
        try:
            invoice_id, entries = _not_seen_group(group)
        except answers.SHAPE_ERRORS as exc:
            found.skipped.append(answers.skipped(f"item {position}", exc, group))
            continue
        statuses = answers.each_item(
            entries, functools.partial(_not_seen_status, invoice_id), where=f"item {position}, status"
        )
        found.items.extend(statuses.items)
        found.skipped.extend(statuses.skipped)
    return found


def _not_seen_group(group: Any) -> tuple[Any, list[Any]]:
    """(its invoice id, else None: each status names its own; its statuses, unread)."""
    return answers.field_of(group, "invoiceId"), answers.listed(answers.field_of(group, "newStatus"))


def _not_seen_status(invoice_id: Any, entry: Any) -> NotSeenStatus:
    status = status_from_entry(entry)
    if not status.status_id:
        raise ValueError("a status without statusId could never be marked as seen")
    answers.platform_id(status.status_id)  # it goes into markAsSeen's URL: one path segment, bounded
    return NotSeenStatus(answers.platform_id(invoice_id or answers.field_of(entry, "invoiceId")), status)


def _history_entry(asked: str, entry: Mapping[str, Any]) -> port.PlatformStatus:
    """A status of the history asked for: each entry names its invoice (pdp-apis.md 1.2)."""
    answers.about(asked, entry.get("invoiceId"), "invoice")
    return status_from_entry(entry)


def _webhooks(body: Any) -> list[WebhookSubscription]:
    # UNVERIFIED: a bare array or a paged answer
    listed_rows = body if isinstance(body, list) else _data(body)
    return [_webhook(row) for row in answers.rows(listed_rows)]
