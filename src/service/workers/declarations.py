"""The relay of submitted e-reporting declarations: sends each declaration's calls once, in order, through the
platform's reporting gateway, on the one leased-queue relay (service.workers.relay) over the outbox rows of kind
`submit_declaration`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from domain.audit import Acting, Actor
from domain.leased_queue import RetryLater
from domain.pipeline_ports import OutboxMessage, outage_of
from domain.platform import (
    REFUSED_CREDENTIALS,
    PlatformConfigError,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
)
from domain.ports import Clock, LocalFault, OutageCheck, no_local_fault
from domain.reception_ports import ArchiveHook
from domain.records_ports import DeclarationMove, DeclarationOutbox, RecordsUowFactory
from domain.reporting.declaration import Declaration, DeclarationEvent, DeclarationStatus
from domain.reporting.payloads import ReportingRequest
from domain.reporting.port import DeclarationToSend, ReportingGateway
from domain.serialization import findings_to_list
from service.workers.relay import Relay, RelaySettings, alive

log = logging.getLogger(__name__)


# Few rows, slow platform calls, a deadline days away: a long lease and a long backoff (5 s doubling to an hour).
DECLARATION_RELAY = RelaySettings(
    concurrency=10,
    batch_size=10,
    lease_s=300.0,
    poll_interval_s=5.0,
    max_attempts=8,
    backoff_base_s=5.0,
    backoff_cap_s=3600.0,
)


@dataclass(eq=False, slots=True, kw_only=True)
class DeclarationRelay:
    """Sends each submitted declaration's calls once, in order, remembering progress across attempts.

    `handle(row, owner)` is the step the one relay (service.workers.relay) runs for each row: a call the platform
    could not take yet raises RetryLater, and the relay gives the row back with its backoff, or hands it to
    `_give_up` once `config.max_attempts` are spent.
    """

    outbox: DeclarationOutbox
    gateway: ReportingGateway
    uow_factory: RecordsUowFactory
    clock: Clock
    is_outage: OutageCheck
    local_fault: LocalFault = no_local_fault
    config: RelaySettings = DECLARATION_RELAY
    rand: Callable[[], float] = random.random
    # where the documents a platform's calls file (XP Z12-013 flux 10) go once sent
    archive: ArchiveHook | None = None
    # company SIREN -> the platform profile its declarations go through, named by an outage (metrics, doctor)
    platform_of: Callable[[str], str] | None = None
    # the clock the rows' waits and an outage's patience are counted on (the database's: service.wiring.queue_clock)
    waits: Clock | None = None

    def relay(self, owner: str) -> Relay[OutboxMessage]:
        """The one relay over the declaration rows, running `handle` for each (the wiring supervises its `run`
        and its `progress`)."""
        return Relay(
            self.outbox,
            self.handle,
            self.config,
            self.waits or self.clock,
            name="declaration-relay",
            is_outage=self.is_outage,
            local_fault=self.local_fault,
            give_up=self._give_up,
            owner=owner,
            outage_of=outage_of,
            rand=self.rand,
        )

    async def run_once(self, owner: str) -> int:
        """One claim, its rows handled in turn as `run` handles them (a test's or an operator's step)."""
        relay = self.relay(owner)
        rows = await self.outbox.claim(owner, self.config.batch_size, self.config.lease_s)
        for row in rows:
            await relay.handle(row)
        return len(rows)

    async def handle(self, row: OutboxMessage, owner: str) -> None:
        company, declaration_id = row.company_siren, str(row.payload.get("declaration_id", ""))
        async with self.uow_factory(read_only=True) as uow:
            drow = await uow.reporting.declaration(company, declaration_id) if declaration_id else None
        if drow is None:
            await self._close(row, owner, error=f"declaration {declaration_id!r} not found")
            return
        declaration = drow.declaration()
        sent = int(row.payload.get("sent", 0))
        # a row without "archived" was kept by the earlier relay, which archived each call before keeping its send
        archived = int(row.payload.get("archived", sent))
        if drow.status != DeclarationStatus.SUBMITTED.value and archived == sent:
            await self._close(row, owner, error="")
            return
        to_send = DeclarationToSend(drow.id, declaration, drow.submitted_at or drow.created_at)
        try:
            requests = self.gateway.transmissions(to_send)
        except PlatformConfigError as exc:
            raise RetryLater(str(exc)) from exc
        # Calls sent whose archiving failed: archived now, on their own; a call sent is never sent again.
        for i in range(archived, sent):
            await self._archive_filed(row, owner, i, declaration, requests[i])
        if drow.status != DeclarationStatus.SUBMITTED.value:
            await self._close(row, owner, error="")
            return
        refs = [str(r) for r in row.payload.get("refs", [])]
        for i in range(sent, len(requests)):
            if i > sent and not await self._still_submitted(company, drow.id):
                # refused meanwhile by an asynchronous acknowledgement (XP Z12-013): its other parts stay unsent
                await self._close(row, owner, error="")
                return
            try:
                refs.append(await self.gateway.send(company, requests[i]))
            except PlatformRejected as exc:
                reason = f"call {i + 1}/{len(requests)} refused: {exc}"
                await self._finish(
                    row,
                    owner,
                    drow.id,
                    company,
                    declaration.reject(reason),
                    details={
                        "call": i + 1,
                        "calls": len(requests),
                        "findings": findings_to_list(exc.findings),
                    },
                )
                return
            except PlatformOutcomeUnknown as exc:
                # A PA does not deduplicate reports: sending again could declare twice. An operator reconciles.
                await self._park(row, owner, f"call {i + 1}/{len(requests)}: {exc}")
                return
            except PlatformUnavailable as exc:
                # its outage, not the declaration's failure: no attempt spent within the patience (domain.outage);
                # what was sent is kept (`progress`): the next attempt starts at this call
                raise RetryLater(
                    f"call {i + 1}/{len(requests)}: {exc}",
                    retry_after_s=exc.retry_after,
                    outage=self._platform(company),
                ) from exc
            except REFUSED_CREDENTIALS as exc:
                raise RetryLater(f"call {i + 1}/{len(requests)}: {exc}") from exc
            # The outcome is kept before anything else may fail: from here on, this call is never sent again.
            files = self.archive is not None and requests[i].filed is not None
            await self.outbox.progress(
                row,
                owner,
                {"sent": i + 1, "refs": refs, "archived": i if files else i + 1},
                self.config.lease_s,
            )
            alive()  # its lease renewed: a sign of life however many calls it makes (the relay's stall bound)
            if files:
                await self._archive_filed(row, owner, i, declaration, requests[i])
        await self._finish(
            row,
            owner,
            drow.id,
            company,
            declaration.accept(),
            platform_ref=",".join(r for r in refs if r),
            details={"calls": len(requests)},
        )

    async def _archive_filed(
        self, row: OutboxMessage, owner: str, call: int, declaration: Declaration, request: ReportingRequest
    ) -> None:
        """The document call number `call` (from 0) filed, into the legal archive under its declaration, once the
        platform has it and the send's progress is kept. An archiving that fails is done again by the next attempt
        on its own (the row's `archived` stays behind its `sent`); archiving again is a no-op, the archive being
        content-addressed."""
        filed = request.filed
        if filed is None or self.archive is None:
            return
        declaration_id = str(row.payload.get("declaration_id", ""))
        meta = ArchiveMetadata(
            filed.media_type, declaration.period.end, filename=filed.filename, declaration_id=declaration_id
        )
        async with self.uow_factory() as uow:
            await self.archive(uow, row.company_siren, ArchiveKind.DECLARATION, filed.content, meta)
            await uow.commit()
        await self.outbox.progress(row, owner, {"archived": call + 1}, self.config.lease_s)
        alive()

    async def _finish(
        self,
        row: OutboxMessage,
        owner: str,
        declaration_id: str,
        company: str,
        event: DeclarationEvent,
        *,
        details: dict[str, Any],
        platform_ref: str | None = None,
    ) -> None:
        """Store the move the declaration made (`event`), if the row is still SUBMITTED (one relay wins)."""
        now = self.clock.now()
        async with self.uow_factory() as uow:
            moved = await uow.reporting.set_status(
                DeclarationMove(
                    declaration_id,
                    DeclarationStatus.SUBMITTED.value,
                    event.status.value,
                    now,
                    platform_ref=platform_ref,
                    rejection_reason=event.reason or None,
                )
            )
            if moved:
                if event.reason:
                    details = {**details, "reason": event.reason}
                await uow.audit.append(
                    company,
                    # The platform decided: it is the actor of the move (the relay only carries its answer).
                    AuditEvent(
                        event.audit_action,
                        "declaration",
                        declaration_id,
                        details,
                        Acting(Actor.platform(type(self.gateway).__name__)),
                    ),
                    now,
                )
            await uow.outbox.complete(row, owner)
            await uow.commit()

    async def _park(self, row: OutboxMessage, owner: str, error: str) -> None:
        """Done with the row, the declaration left SUBMITTED: an operator reconciles it with the platform (the
        audit trail and the row's error say why)."""
        now = self.clock.now()
        declaration_id = str(row.payload.get("declaration_id", ""))
        async with self.uow_factory() as uow:
            await uow.audit.append(
                row.company_siren,
                AuditEvent("declaration.outcome_unknown", "declaration", declaration_id, {"error": error}),
                now,
            )
            await uow.outbox.complete(row, owner, error=error)
            await uow.commit()
        log.error("declaration %s parked: %s", declaration_id, error)

    async def _give_up(self, row: OutboxMessage, owner: str, error: str) -> None:
        """The relay's last resort once the row's attempts are spent (or its patience on an outage, which `error`
        says): parked like an unknown outcome."""
        await self._park(row, owner, error)

    def _platform(self, company: str) -> str:
        return self.platform_of(company) if self.platform_of is not None else type(self.gateway).__name__

    async def _still_submitted(self, company: str, declaration_id: str) -> bool:
        async with self.uow_factory(read_only=True) as uow:
            drow = await uow.reporting.declaration(company, declaration_id)
        return drow is not None and drow.status == DeclarationStatus.SUBMITTED.value

    async def _close(self, row: OutboxMessage, owner: str, *, error: str) -> None:
        async with self.uow_factory() as uow:
            await uow.outbox.complete(row, owner, error=error)
            await uow.commit()
