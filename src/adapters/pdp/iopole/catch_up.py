"""Catch-up for missed IOPOLE webhooks: `GET /v1/invoice/notSeen` and `/v1/invoice/status/notSeen`.

Each item becomes a delivery for the SAME inbox as the webhooks, keyed by IOPOLE's own ids
(`iopole:invoice:<invoiceId>`, `iopole:status:<statusId>`), so an item that arrives both ways lands once. It is
marked as seen only after it is stored (`stored`), so a crash in between means it is polled again, never lost.
"""

from __future__ import annotations

import json
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from adapters.pdp.answers import Items
from adapters.pdp.iopole.client import NotSeenStatus
from adapters.pdp.iopole.failed_downloads import FailedDownloads
from adapters.pdp.iopole.signing import TARGET_ADDRESS_HEADER
from adapters.pdp.remembered import remember
from adapters.pdp.unreadable_items import UnreadableItems
from domain.findings import Finding
from domain.platform import PlatformError
from domain.platform_inbound import CatchUpTally, CaughtUp, KeptPosition
from domain.reception import Delivery, DeliveryKind

_log = logging.getLogger(__name__)

POLL_METADATA_HEADER = "X-Poll-Metadata"
# Invoices stored in the inbox, remembered: one IOPOLE lists again (its mark failed, or did not take) is marked seen
# again without its document being downloaded again (up to 64 MiB a round) and sent to the inbox as a repeat.
REMEMBERED = 10_000

T = TypeVar("T")


class NotSeenLists(Protocol):
    async def not_seen_invoices(self) -> Items[str]: ...

    async def download(self, platform_id: str, *, readable: bool = False) -> bytes: ...

    async def invoice_metadata(self, platform_id: str) -> dict[str, Any]: ...

    async def mark_invoice_seen(self, platform_id: str) -> None: ...

    async def not_seen_statuses(self) -> Items[NotSeenStatus]: ...

    async def mark_status_seen(self, status_id: str) -> None: ...


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
        **({} if status.undated else {"date": status.at.isoformat()}),
        "status": {"code": status.raw_code, "networkCode": status.raw_code},
        "json": {"responses": [response]},
    }


def _metadata_fields(metadata: dict[str, Any]) -> tuple[str, str, str]:
    """(senderAcceptStatus, file name, target address) from GET /v1/invoice/{id}, whatever is there."""
    inner = metadata.get("metadata")
    meta = inner if isinstance(inner, dict) else metadata
    accept = str(meta.get("senderAcceptStatus") or metadata.get("senderAcceptStatus") or "")
    filename = str(meta.get("fileName") or meta.get("filename") or "")
    target = str(meta.get("receiverElectronicAddress") or meta.get("electronicAddress") or "")
    return accept, filename, target


class IopoleCatchUp:
    def __init__(
        self,
        lists: NotSeenLists,
        *,
        platform: str = "iopole",
        patience_s: float = 86_400.0,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """`patience_s`: how long an invoice whose download finds the platform away is tried again before it is
        given up (PIPELINE_OUTAGE_PATIENCE_S), counted on `monotonic` (adapters.pdp.iopole.failed_downloads)."""
        self._lists = lists
        self._platform = platform
        self._stored: OrderedDict[str, None] = OrderedDict()  # invoices in the inbox (REMEMBERED at most)
        # Items it cannot read: skipped, then given up after some rounds (adapters.pdp.unreadable_items).
        self._unreadable = UnreadableItems(platform)
        # Invoices whose download failed: tried again in later rounds, then given up (adapters.pdp.iopole.
        # failed_downloads).
        self._downloads = FailedDownloads(platform, patience_s=patience_s, now=now, monotonic=monotonic)

    def tally(self) -> CatchUpTally:
        unreadable, downloads = self._unreadable.tally(also_skipped=self._downloads.skipped), self._downloads
        return CatchUpTally(unreadable.skipped, unreadable.given_up + downloads.given_up)

    def position(self) -> str:
        return ""  # IOPOLE keeps what we have not marked seen: nothing of ours to keep across restarts

    def resume(self, kept: KeptPosition) -> None:
        return None

    async def fetch(self, max_items: int) -> Sequence[CaughtUp]:
        found: list[CaughtUp] = []
        listed = self._readable("not-seen invoice", await self._lists.not_seen_invoices())
        downloads = self._downloads
        # Those that failed before go after the others: a few failing invoices never hold every slot of a round.
        invoices = sorted((i for i in listed if not downloads.given_up_on(i)), key=downloads.failing)
        for platform_id in invoices[:max_items]:
            if platform_id in self._stored:
                await self._mark_again(platform_id)
                continue
            try:
                found.append(await self._invoice(platform_id))
            except PlatformError as exc:
                downloads.failed(platform_id, exc)
            else:
                downloads.fetched(platform_id)
        statuses = self._readable("not-seen status", await self._lists.not_seen_statuses())
        for item in statuses[: max(0, max_items - len(found))]:
            body = json.dumps(status_entry(item), separators=(",", ":")).encode()
            delivery = Delivery(
                self._platform,
                "poll",
                DeliveryKind.STATUS,
                f"{self._platform}:status:{item.status.status_id}",
                body,
                "application/json",
            )
            found.append(CaughtUp(delivery, token=f"status:{item.status.status_id}"))
        return found

    def _readable(self, kind: str, listed: Items[T]) -> list[T]:
        """The list's readable items; the others counted and named, so that one bad item never stalls the rest."""
        for item in listed.skipped:
            self._unreadable.skip(kind, item)
        return listed.items

    async def _invoice(self, platform_id: str) -> CaughtUp:
        content = await self._lists.download(platform_id)
        try:
            accept, filename, target = _metadata_fields(await self._lists.invoice_metadata(platform_id))
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
        return CaughtUp(delivery, token=f"invoice:{platform_id}")

    async def _mark_again(self, platform_id: str) -> None:
        try:
            await self._lists.mark_invoice_seen(platform_id)
        except PlatformError as exc:
            _log.warning(
                "%s catch-up: invoice %s is stored, but marking it seen failed again (%s)",
                self._platform,
                platform_id,
                exc,
            )

    async def stored(self, item: CaughtUp) -> None:
        kind, _, ident = item.token.partition(":")
        if kind == "invoice":
            remember(self._stored, ident, None, REMEMBERED)
            await self._lists.mark_invoice_seen(ident)
        elif kind == "status":  # each has its statusId: one without is refused as unreadable
            await self._lists.mark_status_seen(ident)
