"""IOPOLE e-reporting calls (pdp-apis.md §1.7): POST JSON, 202 Accepted, no deduplication on IOPOLE's side.

Calls through the IOPOLE gateway's session (adapters.pdp.calls.PlatformSession: its httpx client, token cache and
default timeout; one token refresh on 401, the outcome rules) with its configuration, but with one attempt: the outbox
retries a call later when IOPOLE certainly did not process it (connect error, 429, after its Retry-After), and parks
it when the outcome is unknown (timeout or reset after sending, any 5xx: adapters.pdp.outcome), since a second call
would be a second report.
IOPOLE types amounts and rates as JSON numbers: the body is written with those decimal strings as number
literals, so no binary float ever stands in between.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from typing import Any

import httpx

from adapters.pdp.answers import answer_json
from adapters.pdp.calls import Pacing, PlatformSession
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.iopole.payloads import refused
from adapters.pdp.retry import RetryPolicy
from domain.platform import (
    PlatformConfigError,
    PlatformRejected,
    rejection_finding,
)
from domain.reporting.payloads import ReportingRequest, declaration_requests
from domain.reporting.port import DeclarationToSend

log = logging.getLogger(__name__)

# Keys whose decimal-string values IOPOLE types as JSON numbers (collectedAmount stays a string).
NUMBER_KEYS = frozenset({"amount", "percent", "taxRate"})
_DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")


def encode_body(value: Any, key: str = "") -> str:
    """JSON text of a payload, with the decimal strings under NUMBER_KEYS written as number literals."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{encode_body(v, k)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode_body(v, key) for v in value) + "]"
    if isinstance(value, str) and key in NUMBER_KEYS and _DECIMAL.match(value):
        return value
    if isinstance(value, float):
        raise TypeError("floats are never written to IOPOLE: use decimal strings")
    return json.dumps(value, ensure_ascii=False)


class IopoleReportingGateway:
    def __init__(self, session: PlatformSession, config: IopoleConfig) -> None:
        """`session`: the IOPOLE gateway's (its HTTP client, token cache and default timeout)."""
        self._config = config
        # One attempt (with its one token refresh on 401): the declaration relay decides when to call again.
        self._session = replace(session, pacing=Pacing(RetryPolicy(max_attempts=1)))

    def __repr__(self) -> str:
        return f"IopoleReportingGateway(api_base={self._config.api_base!r})"

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        """One JSON call per day and category, per invoice, per payment (IOPOLE assembles the flux 10 itself)."""
        return declaration_requests(declaration.declaration)

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        what = f"POST {request.path}"
        response = await self._session.request(
            "POST",
            self._config.api_base + request.path,
            what=what,
            idempotent=False,
            headers=self._headers,
            answered=lambda response: _answered(what, response),
            content=encode_body(request.body).encode("utf-8"),
        )
        return _report_id(response)

    def _headers(self, token: str) -> dict[str, str]:
        # the body goes as encoded JSON text (`content`), which says nothing of its type by itself
        return {**self._config.headers(token), "Content-Type": "application/json"}


def _report_id(response: httpx.Response) -> str:
    """The id IOPOLE gave the report, "" when its 2xx names none."""
    try:
        data = answer_json(response)
    except ValueError:
        return ""
    return str(data.get("id") or data.get("reportId") or "") if isinstance(data, dict) else ""


def _answered(what: str, response: httpx.Response) -> httpx.Response:
    """An answer left after the call's own rules (a 401 refreshed once, the outcome rules of 429 and 5xx)."""
    status = response.status_code
    if 200 <= status < 300:
        return response
    if status == 400:
        raise refused(what, "report", response)
    if status == 403:
        raise PlatformConfigError(
            f"{what}: IOPOLE answered 403 (customer-id, claim or VAT regime of the entity)"
        )
    raise PlatformRejected(
        f"{what}: IOPOLE answered {status}",
        findings=(rejection_finding(f"HTTP-{status}", response.text[:500]),),
    )
