"""An in-process platform implementing PdpGateway: no network, a realistic lifecycle, seeded randomness.

It accepts documents, checks the recipient against a small directory, records every submission (so search and
reconciliation work) and plays 200 → 201 → 202 → 203 → 204 ... or 200 → 213 (Rejetée) or 200 → 201 → 221 (Erreur de
routage), calling on_status(platform_id, status): the same event path as the webhook receiver.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from adapters.pdp.sandbox.directory_seed import Company, seed_directory
from aio.tally import Tally
from aio.tasks import cancel_all
from domain import platform as port
from domain.findings import Finding
from domain.identifiers import siren_of_address
from domain.platform_codes import CDAR_TO_IOPOLE_LABEL, cdar_name

log = logging.getLogger(__name__)

# Buyer electronic address in CII (URIID of the BuyerTradeParty) or UBL (EndpointID of the AccountingCustomerParty).
_BUYER_ADDRESS = (
    re.compile(rb"BuyerTradeParty>.*?<(?:\w+:)?URIID[^>]*schemeID=\"(\w+)\"[^>]*>\s*([^<\s]+)\s*<", re.S),
    re.compile(
        rb"AccountingCustomerParty>.*?<(?:\w+:)?EndpointID[^>]*schemeID=\"(\w+)\"[^>]*>\s*([^<\s]+)\s*<", re.S
    ),
)
# Rejections reported on the real IOPOLE sandbox (pdp-apis.md §1.3).
_REJECTIONS = (
    ("BR-FR-05", "BG-1: the notes PMT, PMD and AAB are mandatory"),
    ("BR-FR-08", "BT-23: the business process type is missing or invalid"),
    ("BR-FR-10", "BT-30: the seller SIREN is missing or invalid"),
)
TRANSMISSION = ("200", "201", "202", "203")
DELIVERY_TRIES = 10  # a status delivered again 1, 2, 4 … 30 s apart: about 3 minutes before it is given up
DELIVERY_WAIT_MAX_S = 30.0

Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class SandboxSettings:
    seed: int = 0
    step_delay: float = 0.0  # seconds between two statuses of one submission
    rejection_rate: float = 0.0  # share of submissions ending 213 Rejetée
    routing_error_rate: float = 0.0  # share ending 221 Erreur de routage
    buyer_codes: tuple[str, ...] = ("204",)  # processing statuses played after 203
    max_in_flight: int = 1000  # lifecycles playing at once; beyond that submit answers "unavailable"

    def __post_init__(self) -> None:
        if (
            min(self.rejection_rate, self.routing_error_rate) < 0
            or self.rejection_rate + self.routing_error_rate > 1
        ):
            raise ValueError("rejection_rate and routing_error_rate must be >= 0 and add up to at most 1")
        if self.max_in_flight < 1 or self.step_delay < 0:
            raise ValueError("max_in_flight must be >= 1 and step_delay >= 0")


@dataclass
class _Record:
    document: port.OutboundDocument
    submitted_at: datetime
    statuses: list[port.PlatformStatus] = field(default_factory=list)
    sent: list[port.OutgoingStatus] = field(default_factory=list)


def buyer_address(content: bytes) -> str:
    """The buyer's electronic address from a CII or UBL document, or "" (PDFs compress their XML)."""
    for pattern in _BUYER_ADDRESS:
        match = pattern.search(content[:500_000])
        if match:
            return f"{match.group(1).decode()}:{match.group(2).decode()}"
    return ""


def _routing_error(reason: str) -> list[tuple[str, str, tuple[Finding, ...]]]:
    """A lifecycle that ends 221 Erreur de routage, as a platform tells a recipient it cannot reach."""
    return [
        ("200", "", ()),
        ("201", "", ()),
        ("221", reason, (port.rejection_finding("ROUTAGE_ERR", reason),)),
    ]


class SandboxPdpGateway:
    def __init__(
        self,
        on_status: port.StatusCallback,
        *,
        settings: SandboxSettings | None = None,
        companies: Iterable[Company] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._on_status = on_status
        self._settings = settings or SandboxSettings()
        self._clock = clock
        self._sleep = sleep
        self._undelivered = Tally(
            log, "sandbox: %d status delivery(ies) failed, each delivered again later; the last: %s: %s"
        )
        self._rng = random.Random(self._settings.seed)
        today = clock().date()
        self._companies = {
            c.siren: c for c in (companies if companies is not None else seed_directory(today))
        }
        self._records: dict[str, _Record] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    # --- the port ---------------------------------------------------------------------------------------------------

    async def submit(self, document: port.OutboundDocument) -> port.Submission:
        if self._closed:
            raise port.PlatformUnavailable("sandbox platform closed")
        if len(self._tasks) >= self._settings.max_in_flight:
            raise port.PlatformUnavailable(
                "sandbox platform busy", retry_after=max(self._settings.step_delay, 0.1)
            )
        platform_id = str(uuid.uuid4())
        now = self._clock()
        self._records[platform_id] = _Record(document, now)
        task = asyncio.create_task(
            self._play(platform_id, self._plan(document)), name=f"sandbox-{platform_id}"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return port.Submission(platform_id=platform_id, accepted_at=now)

    async def status_history(self, platform_id: str) -> list[port.PlatformStatus]:
        return list(self._record(platform_id).statuses)

    async def find_submissions(self, query: port.SubmissionQuery) -> list[port.SubmissionRecord]:
        found = []
        for platform_id, record in self._records.items():
            document = record.document
            if query.tracking_id and document.tracking_id != query.tracking_id:
                continue
            if query.invoice_number and document.tracking_id != query.invoice_number:
                continue
            if query.sha256 and document.sha256 != query.sha256.lower():
                continue
            found.append(
                port.SubmissionRecord(
                    platform_id=platform_id,
                    submitted_at=record.submitted_at,
                    invoice_number=document.tracking_id,
                    sha256=document.sha256,
                    last_status=record.statuses[-1] if record.statuses else None,
                )
            )
        return found

    async def send_status(self, platform_id: str, status: port.OutgoingStatus) -> None:
        self._record(platform_id).sent.append(status)

    async def lookup_directory(self, siren: str, address: str = "") -> port.DirectoryEntry:
        return self._resolve(siren, port.directory_identifier(siren, address))

    async def health(self) -> port.PlatformHealth:
        return port.PlatformHealth(
            ok=not self._closed, detail=f"sandbox, {len(self._tasks)} lifecycles playing"
        )

    # --- sandbox controls -------------------------------------------------------------------------------------------

    def sent_statuses(self, platform_id: str) -> list[port.OutgoingStatus]:
        return list(self._record(platform_id).sent)

    def deposited(self, platform_id: str) -> port.OutboundDocument:
        """The document as it was deposited (processing rule, recipient, bytes)."""
        return self._record(platform_id).document

    async def drain(self) -> None:
        """Wait until every lifecycle started so far has played out."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        self._closed = True
        await cancel_all(self._tasks)

    # --- lifecycle --------------------------------------------------------------------------------------------------

    def _record(self, platform_id: str) -> _Record:
        record = self._records.get(platform_id)
        if record is None:
            raise port.SubmissionNotFound(f"sandbox: unknown submission {platform_id}")
        return record

    def _plan(self, document: port.OutboundDocument) -> list[tuple[str, str, tuple[Finding, ...]]]:
        """The statuses to play, decided at submission time so a given seed gives the same story."""
        draw = self._rng.random()
        recipient = document.recipient or buyer_address(document.content)
        if recipient:
            # Routing reads the directory as a platform does: by the SIREN of the address, so an address that
            # names none (a GLN) has no route.
            entry = self._resolve(siren_of_address(recipient), recipient)
            if not entry.reachable:
                return _routing_error(f"No route found for given key (electronicAddress {recipient})")
        if draw < self._settings.rejection_rate:
            rule, message = self._rng.choice(_REJECTIONS)
            return [("200", "", ()), ("213", "BUSINESS", (port.rejection_finding(rule, message),))]
        if draw < self._settings.rejection_rate + self._settings.routing_error_rate:
            return _routing_error("routing failed at the receiving platform")
        return [(code, "", ()) for code in (*TRANSMISSION, *self._settings.buyer_codes)]

    def _resolve(self, siren: str, identifier: str) -> port.DirectoryEntry:
        """`identifier`: the company's SIREN (any of its lines), or an address (scheme:value) naming its line."""
        company = self._companies.get(siren)
        if company is None or (":" in identifier and identifier != company.address):
            return port.DirectoryEntry.unknown(identifier)
        return port.DirectoryEntry.resolve(
            identifier,
            registered=company.registered,
            valid_from=company.valid_from,
            valid_to=company.valid_to,
            today=self._clock().date(),
            siren=company.siren,
            name=company.name,
            electronic_address=company.address,
            network="DOMESTIC_FR",
            **company.public_fields,
        )

    async def _play(self, platform_id: str, plan: list[tuple[str, str, tuple[Finding, ...]]]) -> None:
        record = self._records[platform_id]
        for code, reason, findings in plan:
            if self._settings.step_delay:
                await self._sleep(self._settings.step_delay)
            label = CDAR_TO_IOPOLE_LABEL.get(code, cdar_name(code))
            status = port.PlatformStatus(code, label, code, self._clock(), reason=reason, findings=findings)
            record.statuses.append(status)
            await self._deliver(platform_id, status)

    async def _deliver(self, platform_id: str, status: port.PlatformStatus) -> None:
        """The status delivered as a platform delivers a webhook: again, later, while the receiver fails (its
        database away), up to DELIVERY_TRIES; the next status waits for it. Delivered once, a status that failed
        was lost: nothing polls the sandbox, so a database stopped for 20 s under `make run` left 21 invoices short
        of 204 for good, with an ERROR traceback for each of 64 statuses. Failures are said as a count."""
        for attempt in range(DELIVERY_TRIES):
            try:
                await self._on_status(platform_id, status)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if attempt == DELIVERY_TRIES - 1:
                    log.exception(
                        "sandbox: status %s of %s given up after %d deliveries",
                        status.code,
                        platform_id,
                        attempt + 1,
                    )
                    return
                self._undelivered.add(type(exc).__name__, exc)
                await self._sleep(min(2.0**attempt, DELIVERY_WAIT_MAX_S))
