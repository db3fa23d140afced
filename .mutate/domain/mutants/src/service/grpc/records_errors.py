"""Archive and e-reporting errors in the gateway's one error table (service.grpc.errors), registered on import."""

from __future__ import annotations

import grpc
from google.protobuf.message import Message
from google.rpc import error_details_pb2

from domain.archive_ports import ArchivedDocumentNotFound, InvalidArchiveRequest
from domain.errors import DomainError
from domain.findings import Finding
from domain.reporting.declaration import DeclarationError, DeclarationInvalid
from domain.reporting.journal import DuplicateTransactionKey
from service.grpc.errors import ERROR_DOMAIN, register
from service.usecases.archive import ExportTooLarge
from service.usecases.reporting import DeclarationNotFound, InvalidReportingRequest


class RequestRejected(DomainError):
    """A reporting or archive request holds malformed values; `findings` names each (PDP-DECIMAL, PDP-DATE...)."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__("; ".join(f"{f.rule_id} {f.path}: {f.message}" for f in self.findings))


def _violations(exc: RequestRejected | DeclarationInvalid) -> list[Message]:
    fatal = [f for f in exc.findings if f.is_fatal] or list(exc.findings)
    rules = sorted({f.rule_id for f in fatal})
    return [
        error_details_pb2.BadRequest(
            field_violations=[
                error_details_pb2.BadRequest.FieldViolation(
                    field=f.path, description=f"{f.rule_id}: {f.message}"
                )
                for f in fatal
            ]
        ),
        error_details_pb2.ErrorInfo(
            reason=rules[0] if rules else "INVALID", domain=ERROR_DOMAIN, metadata={"rules": ",".join(rules)}
        ),
    ]


def _reason(reason: str):  # type: ignore[no-untyped-def]
    return lambda exc: [error_details_pb2.ErrorInfo(reason=reason, domain=ERROR_DOMAIN)]


def _precondition(exc: Exception) -> list[Message]:
    violation = error_details_pb2.PreconditionFailure.Violation(type=type(exc).__name__, description=str(exc))
    return [error_details_pb2.PreconditionFailure(violations=[violation])]


register(RequestRejected, grpc.StatusCode.INVALID_ARGUMENT, _violations)
register(DeclarationInvalid, grpc.StatusCode.INVALID_ARGUMENT, _violations)
register(DeclarationError, grpc.StatusCode.FAILED_PRECONDITION, _precondition)
register(DuplicateTransactionKey, grpc.StatusCode.ALREADY_EXISTS, _reason("TRANSACTION_KEY_REUSED"))
register(DeclarationNotFound, grpc.StatusCode.NOT_FOUND)
register(ArchivedDocumentNotFound, grpc.StatusCode.NOT_FOUND)
register(InvalidArchiveRequest, grpc.StatusCode.INVALID_ARGUMENT)
register(InvalidReportingRequest, grpc.StatusCode.INVALID_ARGUMENT)
register(ExportTooLarge, grpc.StatusCode.FAILED_PRECONDITION, _precondition)
