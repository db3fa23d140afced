"""The relay of submitted e-reporting declarations as a container resource."""

from __future__ import annotations

import functools
import logging
import os
import socket
from collections.abc import AsyncIterator

import asyncpg

from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.outage import is_outage
from domain.ports import Clock
from domain.records_ports import RecordsUowFactory
from domain.reporting.port import ReportingGateway
from service.usecases.archiving import InTransactionArchiver
from service.workers.declarations import DeclarationRelay
from service.workers.supervisor import Supervisor

log = logging.getLogger(__name__)


async def run_declaration_relay(
    pool: asyncpg.Pool,
    gateway: ReportingGateway,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    supervisor: Supervisor,
) -> AsyncIterator[DeclarationRelay]:
    """Resource: the relay of submitted declarations runs supervised in the background until shutdown."""
    outbox = PgDeclarationOutbox(pool)
    relay = DeclarationRelay(
        outbox=outbox,
        gateway=gateway,
        uow_factory=uow_factory,
        clock=clock,
        is_outage=is_outage,
        archive=InTransactionArchiver(clock),
    )
    owner = f"{socket.gethostname()}:{os.getpid()}:declarations"
    listener = supervisor.start("declaration-listener", outbox.listen)
    task = supervisor.start("declaration-relay", functools.partial(relay.run, owner))
    try:
        yield relay
    finally:
        await supervisor.stop(task)
        await supervisor.stop(listener)
