"""Polling fallback for missed webhooks: IOPOLE `GET /v1/invoice/notSeen` and `/v1/invoice/status/notSeen`.

Everything polled goes into the SAME inbox as the webhooks, keyed by the platform's own ids
(`iopole:invoice:<invoiceId>`, `iopole:status:<statusId>`), and the processing is idempotent on those ids: an
invoice or a status that arrives both ways lands once. An item is marked as seen only after it is stored, so a
crash in between means it is polled again (and deduplicated), never lost. Each round is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from adapters.pdp.iopole import NotSeenStatus
from adapters.pdp.iopole_signing import TARGET_ADDRESS_HEADER
from domain.findings import Finding
from domain.platform import PlatformError
from domain.reception import Delivery, DeliveryKind

_log = logging.getLogger(__name__)

POLL_METADATA_HEADER = "X-Poll-Metadata"


class NotSeenSource(Protocol):
    async def not_seen_invoices(self) -> list[str]: ...

    async def download(self, platform_id: str, *, readable: bool = False) -> bytes: ...

    async def invoice_metadata(self, platform_id: str) -> dict[str, Any]: ...

    async def mark_invoice_seen(self, platform_id: str) -> None: ...

    async def not_seen_statuses(self) -> list[NotSeenStatus]: ...

    async def mark_status_seen(self, status_id: str) -> None: ...


class DeliveryStore(Protocol):
    async def add(self, delivery: Delivery) -> int | None: ...


@dataclass(frozen=True, slots=True)
class PollRound:
    invoices: int = 0  # stored as new deliveries
    statuses: int = 0
    already_known: int = 0
    failed: int = 0


def _error(finding: Finding) -> dict[str, str]:
    return {"rule": finding.rule_id, "message": finding.message, "location": finding.location}


def status_entry(item: NotSeenStatus) -> dict[str, Any]:
    """The polled status in the shape of a status callback, so that one reader handles both."""
    status = item.status
    response: dict[str, Any] = {"documentStatus": {"code": status.raw_code}}
    if status.reason or status.findings:
        response["rejectionDetail"] = {
            "reason": status.reason,
            "errors": [_error(f) for f in status.findings],
        }
    return {
        "invoiceId": item.invoice_id,
        "statusId": status.status_id,
        "date": status.at.isoformat(),
        "status": {"code": status.raw_code, "networkCode": status.raw_code},
        "json": {"responses": [response]},
    }


def _metadata_fields(metadata: dict[str, Any]) -> tuple[str, str, str]:
    """(senderAcceptStatus, file name, target address) from GET /v1/invoice/{id}, whatever is there."""
    meta = metadata.get("metadata") if isinstance(metadata.get("metadata"), dict) else metadata
    accept = str(meta.get("senderAcceptStatus") or metadata.get("senderAcceptStatus") or "")
    filename = str(meta.get("fileName") or meta.get("filename") or "")
    target = str(meta.get("receiverElectronicAddress") or meta.get("electronicAddress") or "")
    return accept, filename, target


class NotSeenPoller:
    def __init__(
        self,
        source: NotSeenSource,
        store: DeliveryStore,
        *,
        platform: str = "iopole",
        interval_s: float = 60.0,
        max_items: int = 100,
    ) -> None:
        self._source = source
        self._store = store
        self._platform = platform
        self._interval_s = interval_s
        self._max_items = max_items

    async def poll_once(self) -> PollRound:
        invoices = statuses = known = failed = 0
        for platform_id in (await self._source.not_seen_invoices())[: self._max_items]:
            try:
                content = await self._source.download(platform_id)
                try:
                    accept, filename, target = _metadata_fields(
                        await self._source.invoice_metadata(platform_id)
                    )
                except PlatformError:
                    accept, filename, target = "", "", ""
                meta = {"invoiceId": platform_id, "senderAcceptStatus": accept, "filename": filename}
                headers = {POLL_METADATA_HEADER: json.dumps(meta)}
                if target:
                    headers[TARGET_ADDRESS_HEADER] = target
                delivery = Delivery(
                    self._platform,
                    "poll",
                    DeliveryKind.INVOICE,
                    f"{self._platform}:invoice:{platform_id}",
                    content,
                    "application/octet-stream",
                    headers,
                )
                if await self._store.add(delivery) is None:
                    known += 1
                else:
                    invoices += 1
                await self._source.mark_invoice_seen(platform_id)
            except PlatformError:
                failed += 1
                _log.warning("polling invoice %s failed; it stays not seen", platform_id, exc_info=True)
        for item in (await self._source.not_seen_statuses())[: self._max_items]:
            try:
                body = json.dumps(status_entry(item), separators=(",", ":")).encode()
                delivery = Delivery(
                    self._platform,
                    "poll",
                    DeliveryKind.STATUS,
                    f"{self._platform}:status:{item.status.status_id}",
                    body,
                    "application/json",
                )
                if await self._store.add(delivery) is None:
                    known += 1
                else:
                    statuses += 1
                if item.status.status_id:
                    await self._source.mark_status_seen(item.status.status_id)
            except PlatformError:
                failed += 1
                _log.warning("polling status %s failed", item.status.status_id, exc_info=True)
        return PollRound(invoices, statuses, known, failed)

    async def run(self, stop: asyncio.Event) -> None:
        """A round every interval until `stop` (run under the process's supervisor)."""
        while not stop.is_set():
            try:
                await self.poll_once()
            except PlatformError:
                _log.warning("notSeen polling round failed", exc_info=True)
            except Exception:  # noqa: BLE001 - the poller must survive a bad round
                _log.exception("notSeen polling round crashed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self._interval_s)
