"""The relay of submitted e-reporting declarations as a container resource."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import AsyncIterator
from dataclasses import replace

import asyncpg

from adapters.host_faults import local_fault
from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.outage import is_outage
from domain.platform_profile import CompanyReporting, PlatformSet
from domain.ports import Clock
from domain.records_ports import RecordsUowFactory
from service.usecases.archiving import InTransactionArchiver
from service.workers.declarations import DECLARATION_RELAY, DeclarationRelay
from service.workers.supervisor import Supervisor

log = logging.getLogger(__name__)


async def run_declaration_relay(
    pool: asyncpg.Pool,
    platforms: PlatformSet,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    supervisor: Supervisor,
    outage_patience_s: float,
    waits: Clock | None = None,
) -> AsyncIterator[DeclarationRelay]:
    """Resource: the relay of submitted declarations runs supervised in the background until shutdown; each
    declaration leaves through its company's platform profile, which an outage it waits through names."""
    outbox = PgDeclarationOutbox(pool)
    relay = DeclarationRelay(
        outbox=outbox,
        gateway=CompanyReporting(platforms),
        uow_factory=uow_factory,
        clock=clock,
        is_outage=is_outage,
        local_fault=local_fault,
        config=replace(DECLARATION_RELAY, outage_patience_s=outage_patience_s),
        archive=InTransactionArchiver(clock),
        platform_of=lambda siren: platforms.for_company(siren).name,
        waits=waits,
    )
    owner = f"{socket.gethostname()}:{os.getpid()}:declarations"
    listener = supervisor.start("declaration-listener", outbox.listen, gated=False)
    rows = relay.relay(owner)
    task = supervisor.start("declaration-relay", rows.run, progress=rows.progress)
    try:
        yield relay
    finally:
        await supervisor.stop(task)
        await supervisor.stop(listener)
