"""Archive and e-reporting errors in the gateway's one error table (service.grpc.errors), registered on import."""

from __future__ import annotations

import grpc
from google.protobuf.message import Message

from domain.archive_ports import ArchivedDocumentNotFound, InvalidArchiveRequest
from domain.errors import RequestRejected
from domain.reporting.declaration import DeclarationInvalid
from domain.reporting.journal import DuplicateTransactionKey
from service.grpc.errors import NOT_FOUND, busy, findings_details, reason_details, register
from service.usecases.export_slots import ExportsBusy, VerificationsBusy
from service.usecases.export_zip import TemporarySpaceLacking
from service.usecases.listing_slots import DeclarationsBusy
from service.usecases.record_slots import RecordsBusy
from service.usecases.reporting import DeclarationNotFound
from service.usecases.reporting_voids import RecordNotFound

__all__ = ["RequestRejected"]  # moved to domain.errors; its status is in service.grpc.errors' table


def _violations(exc: DeclarationInvalid) -> list[Message]:
    return findings_details(exc.findings)


register(DeclarationInvalid, grpc.StatusCode.INVALID_ARGUMENT, _violations)
register(DuplicateTransactionKey, grpc.StatusCode.ALREADY_EXISTS, reason_details("TRANSACTION_KEY_REUSED"))
register(DeclarationNotFound, grpc.StatusCode.NOT_FOUND, reason_details(NOT_FOUND))
register(ArchivedDocumentNotFound, grpc.StatusCode.NOT_FOUND, reason_details(NOT_FOUND))
register(RecordNotFound, grpc.StatusCode.NOT_FOUND, reason_details(NOT_FOUND))
register(InvalidArchiveRequest, grpc.StatusCode.INVALID_ARGUMENT)
register(ExportsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("EXPORTS_BUSY"))
register(VerificationsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("VERIFICATIONS_BUSY"))
# gRPC's own definition: "perhaps the entire file system is out of space"
register(TemporarySpaceLacking, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("TEMPORARY_SPACE"))
register(DeclarationsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("DECLARATIONS_BUSY"))
register(RecordsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("RECORDS_BUSY"))
