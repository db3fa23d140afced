"""Helpers to emit invoices and relay declarations in the e-reporting tests on real PostgreSQL."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import asyncpg

from adapters.pdp.sandbox.reporting import SandboxReportingGateway
from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.outage import is_outage
from adapters.postgres.uow import PgUnitOfWork
from domain.findings import Finding
from domain.invoice import Invoice
from domain.platform import PlatformError
from domain.reporting.payloads import ReportingRequest
from domain.reporting.port import DeclarationToSend
from service.usecases.archiving import InTransactionArchiver
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from service.workers.declarations import DECLARATION_RELAY, DeclarationRelay
from tests.fakes import FixedClock
from tests.random_refs import random_request_id
from tests.support.records import records_uow


async def emit(pool: asyncpg.Pool, company: str, invoice: Invoice) -> None:
    def no_findings(_: Invoice) -> list[Finding]:
        return []

    await submit_invoice(
        SubmitInvoice(company, random_request_id(), invoice),
        uow=PgUnitOfWork(pool),
        clock=FixedClock(),
        validate=no_findings,
    )


@dataclass
class ScriptedGateway:
    """The sandbox, except for the calls told to fail: failures[n] is raised on the n-th call (1-based)."""

    failures: dict[int, PlatformError] = field(default_factory=dict)
    sandbox: SandboxReportingGateway = field(default_factory=SandboxReportingGateway)
    calls: int = 0

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        return self.sandbox.transmissions(declaration)

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        self.calls += 1
        failure = self.failures.pop(self.calls, None)
        if failure is not None:
            raise failure
        return await self.sandbox.send(company_siren, request)


def relay_for(
    pool: asyncpg.Pool, company: str, gateway: object, clock: FixedClock | None = None
) -> DeclarationRelay:
    clock = clock or FixedClock()
    return DeclarationRelay(
        outbox=PgDeclarationOutbox(pool, companies=[company]),
        gateway=gateway,  # type: ignore[arg-type]
        uow_factory=records_uow(pool),
        clock=clock,
        is_outage=is_outage,
        config=dataclasses.replace(DECLARATION_RELAY, max_attempts=3),
        rand=lambda: 1.0,
        archive=InTransactionArchiver(clock),
    )
