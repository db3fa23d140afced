"""A delivery's transaction (domain.reception_ports.ReceptionUnitOfWork): the pipeline's unit of work plus the
received invoices, the inbox's marks, the declarations and the archive, all on its one connection."""

from __future__ import annotations

from adapters.postgres.archive_store import PgArchiveStore
from adapters.postgres.company_settings import PgCompanySettings
from adapters.postgres.connection import Connection
from adapters.postgres.inbox import PgDeliveryMarks
from adapters.postgres.reception_repository import PgReception
from adapters.postgres.reporting_repository import PgReportingRepository
from adapters.postgres.transmissions import PgPipelineUnitOfWork


class PgReceptionUnitOfWork(PgPipelineUnitOfWork):
    received: PgReception
    deliveries: PgDeliveryMarks
    declarations: PgReportingRepository
    archive: PgArchiveStore
    settings: PgCompanySettings

    def _attach(self, conn: Connection) -> None:
        super()._attach(conn)
        self.received = PgReception(conn)
        self.deliveries = PgDeliveryMarks(conn)
        self.declarations = PgReportingRepository(conn)
        self.archive = PgArchiveStore(conn)
        self.settings = PgCompanySettings(conn)

    def joined(self) -> PgPipelineUnitOfWork:
        """Each block of it is a savepoint of this open transaction (adapters.postgres.uow's `joining`)."""
        if self._conn is None:
            raise RuntimeError("join a reception unit of work once it is open")
        return PgPipelineUnitOfWork.joining(self._conn)
