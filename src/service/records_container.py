"""The archive and e-reporting part of the composition root, nested in service.containers.Container.

The reporting gateway defaults to the sandbox's; service.containers.Container passes the selected platform's
(service.platforms: IOPOLE's shares the invoice gateway's httpx client and token provider).
"""

from __future__ import annotations

import functools
import logging
import os
import socket
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
from dependency_injector import containers, providers

from adapters.pdp.sandbox.reporting import SandboxReportingGateway
from adapters.postgres.declaration_outbox import PgDeclarationOutbox
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.ports import Clock
from domain.reporting.port import ReportingGateway
from pdpgateway.v1 import archive_service_pb2 as archive_service
from pdpgateway.v1 import archive_service_pb2_grpc as archive_service_grpc
from pdpgateway.v1 import reporting_service_pb2 as reporting_service
from pdpgateway.v1 import reporting_service_pb2_grpc as reporting_service_grpc
from service.grpc import records_errors  # noqa: F401 - registers the archive and reporting errors
from service.grpc.archive_servicer import ArchiveServicer
from service.grpc.reporting_servicer import ReportingServicer
from service.records_bindings import ArchiveUseCases, ReportingUseCases
from service.server import GrpcService
from service.supervisor import Supervisor
from service.usecases.records import RecordsUowFactory
from service.usecases.reporting import DeclarationRelay

ARCHIVE_SERVICE = archive_service.DESCRIPTOR.services_by_name["ArchiveService"].full_name
REPORTING_SERVICE = reporting_service.DESCRIPTOR.services_by_name["ReportingService"].full_name

log = logging.getLogger(__name__)


async def run_declaration_relay(
    pool: asyncpg.Pool,
    gateway: ReportingGateway,
    uow_factory: RecordsUowFactory,
    clock: Clock,
    supervisor: Supervisor,
) -> AsyncIterator[DeclarationRelay]:
    """Resource: the relay of submitted declarations runs supervised in the background until shutdown."""
    relay = DeclarationRelay(
        outbox=PgDeclarationOutbox(pool), gateway=gateway, uow_factory=uow_factory, clock=clock
    )
    owner = f"{socket.gethostname()}:{os.getpid()}:declarations"
    task = supervisor.start("declaration-relay", functools.partial(relay.run, owner))
    try:
        yield relay
    finally:
        await supervisor.stop(task)


class RecordsContainer(containers.DeclarativeContainer):
    db_pool: Any = providers.Dependency()
    clock: Any = providers.Dependency()
    supervisor: Any = providers.Dependency()

    uow_factory = providers.Singleton(functools.partial, PgRecordsUnitOfWork, db_pool)
    archive_use_cases = providers.Singleton(ArchiveUseCases, uow_factory=uow_factory, clock=clock)
    reporting_use_cases = providers.Singleton(ReportingUseCases, uow_factory=uow_factory, clock=clock)
    reporting_gateway = providers.Singleton(SandboxReportingGateway)
    declaration_relay = providers.Resource(
        run_declaration_relay, db_pool, reporting_gateway, uow_factory, clock, supervisor
    )

    archive_service = providers.Singleton(
        GrpcService,
        name=ARCHIVE_SERVICE,
        add_to_server=archive_service_grpc.add_ArchiveServiceServicer_to_server,
        servicer=providers.Singleton(ArchiveServicer, api=archive_use_cases),
    )
    reporting_service = providers.Singleton(
        GrpcService,
        name=REPORTING_SERVICE,
        add_to_server=reporting_service_grpc.add_ReportingServiceServicer_to_server,
        servicer=providers.Singleton(ReportingServicer, api=reporting_use_cases),
    )
