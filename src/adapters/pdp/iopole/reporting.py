"""IOPOLE e-reporting calls (pdp-apis.md §1.7): POST JSON, 202 Accepted, no deduplication on IOPOLE's side.

Shares the IOPOLE gateway's httpx client, configuration and token provider. A call is never retried here: the
outbox retries it later when IOPOLE certainly did not process it (connect error, 429), and parks it when the
outcome is unknown (timeout or reset after sending, any 5xx: adapters.pdp.outcome), since a second call would be a
second report.
IOPOLE types amounts and rates as JSON numbers: the body is written with those decimal strings as number
literals, so no binary float ever stands in between.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import httpx

from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.iopole.payloads import refused
from adapters.pdp.oauth_token import TokenProvider
from adapters.pdp.outcome import status_failure, transport_failure
from adapters.pdp.timeouts import within_budget
from domain.platform import (
    PlatformAuthError,
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
    def __init__(self, http: httpx.AsyncClient, config: IopoleConfig, tokens: TokenProvider) -> None:
        self._http = http
        self._config = config
        self._tokens = tokens
        self._timeout = config.timeouts.default()

    def __repr__(self) -> str:
        return f"IopoleReportingGateway(api_base={self._config.api_base!r})"

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        """One JSON call per day and category, per invoice, per payment (IOPOLE assembles the flux 10 itself)."""
        return declaration_requests(declaration.declaration)

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        what = f"POST {request.path}"
        body = encode_body(request.body).encode("utf-8")
        for refreshed in (False, True):
            token = await self._tokens.get()
            try:
                exchange = self._http.post(
                    self._config.api_base + request.path,
                    content=body,
                    headers={
                        "Authorization": f"Bearer {token}",
                        "customer-id": self._config.customer_id,
                        "Content-Type": "application/json",
                        "Accept": "application/json",
                    },
                    timeout=self._timeout,
                )
                response = await within_budget(exchange, self._timeout)
            except httpx.TransportError as exc:
                raise transport_failure(what, exc, idempotent=False, platform="IOPOLE") from None
            if response.status_code == 401 and not refreshed:
                self._tokens.invalidate(token)
                continue
            return _outcome(what, response)
        raise PlatformAuthError(f"{what}: 401 again after a token refresh")


def _outcome(what: str, response: httpx.Response) -> str:
    status = response.status_code
    if 200 <= status < 300:
        try:
            data = response.json()
        except ValueError:
            return ""
        return str(data.get("id") or data.get("reportId") or "") if isinstance(data, dict) else ""
    answered = status_failure(what, status, idempotent=False, platform="IOPOLE")
    if answered is not None:
        raise answered
    if status == 400:
        raise refused(what, "report", response)
    if status == 401:
        raise PlatformAuthError(f"{what}: 401 again after a token refresh")
    if status == 403:
        raise PlatformConfigError(
            f"{what}: IOPOLE answered 403 (customer-id, claim or VAT regime of the entity)"
        )
    raise PlatformRejected(
        f"{what}: IOPOLE answered {status}",
        findings=(rejection_finding(f"HTTP-{status}", response.text[:500]),),
    )
