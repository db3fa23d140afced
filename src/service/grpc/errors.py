"""The ONE table from exceptions to gRPC status codes, with google.rpc rich error details.

Every servicer method is wrapped by `maps_errors`; it builds a single `google.rpc.Status` (code, message and
details from the same object, as grpcio-status requires) and aborts the call with it. A failure that is not in
the table but says the database is down (`adapters.postgres.outage`) is UNAVAILABLE with RetryInfo; anything else
is INTERNAL with a generic message, and logged with the request id so the client can quote it. The HTTP side asks
`unavailable_retry_after` the same question, so an outage is 503 + Retry-After there.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from adapters.postgres.event_feed import TooManySubscribers
from adapters.postgres.outage import is_outage
from domain.errors import (
    ConcurrencyConflict,
    DuplicateInvoiceNumber,
    IllegalTransition,
    InvoiceLocked,
    InvoiceNotFound,
    InvoiceRejected,
    RequestConflict,
    Unauthenticated,
)
from domain.findings import Finding
from domain.platform import PlatformUnavailable
from domain.ports import InvalidPageToken
from service.logging import request_id_var

ERROR_DOMAIN = "pdp-gateway"
RETRY_AFTER_S = 1

_log = logging.getLogger(__name__)

DetailsFn = Callable[[Any], list[Message]]


def _violation(f: Finding) -> error_details_pb2.BadRequest.FieldViolation:
    return error_details_pb2.BadRequest.FieldViolation(field=f.path, description=f"{f.rule_id}: {f.message}")


def _error_info(reason: str, **metadata: str) -> error_details_pb2.ErrorInfo:
    return error_details_pb2.ErrorInfo(reason=reason, domain=ERROR_DOMAIN, metadata=metadata)


def _rejected_details(exc: InvoiceRejected) -> list[Message]:
    fatal = [f for f in exc.findings if f.is_fatal] or list(exc.findings)
    rules = sorted({f.rule_id for f in fatal})
    return [
        error_details_pb2.BadRequest(field_violations=[_violation(f) for f in fatal]),
        _error_info(rules[0] if rules else "INVALID", rules=",".join(rules)),
    ]


def _page_token_violation() -> error_details_pb2.BadRequest:
    violation = error_details_pb2.BadRequest.FieldViolation(
        field="page_token", description="PDP-PAGE-TOKEN: not a token from a previous ListInvoices response"
    )
    return error_details_pb2.BadRequest(field_violations=[violation])


def _precondition_details(exc: IllegalTransition | InvoiceLocked) -> list[Message]:
    findings = getattr(exc, "findings", ())
    violations = [
        error_details_pb2.PreconditionFailure.Violation(type=f.rule_id, subject=f.path, description=f.message)
        for f in findings
    ] or [error_details_pb2.PreconditionFailure.Violation(type=type(exc).__name__, description=str(exc))]
    return [error_details_pb2.PreconditionFailure(violations=violations)]


def _reason(reason: str) -> DetailsFn:
    return lambda exc: [_error_info(reason)]


def _retry_after_s(exc: BaseException) -> float:
    """The delay the failing side asked for (a platform's Retry-After), else RETRY_AFTER_S."""
    asked = getattr(exc, "retry_after", None)
    return max(float(asked), 0.001) if asked else float(RETRY_AFTER_S)


def _retry(exc: BaseException) -> list[Message]:
    delay = duration_pb2.Duration()
    delay.FromMilliseconds(int(_retry_after_s(exc) * 1000))
    return [error_details_pb2.RetryInfo(retry_delay=delay)]


# exception type → (status code, details). Subclasses match their nearest listed base (MRO order).
# Same request id with other content is ALREADY_EXISTS: the resource named by the key exists, and retrying
# cannot succeed; FAILED_PRECONDITION would suggest the client could fix the system state.
TABLE: dict[type[BaseException], tuple[grpc.StatusCode, DetailsFn]] = {
    InvoiceRejected: (grpc.StatusCode.INVALID_ARGUMENT, _rejected_details),
    InvalidPageToken: (grpc.StatusCode.INVALID_ARGUMENT, lambda exc: [_page_token_violation()]),
    InvoiceNotFound: (grpc.StatusCode.NOT_FOUND, lambda exc: []),
    DuplicateInvoiceNumber: (grpc.StatusCode.ALREADY_EXISTS, _reason("DUPLICATE_INVOICE_NUMBER")),
    RequestConflict: (grpc.StatusCode.ALREADY_EXISTS, _reason("REQUEST_ID_REUSED")),
    IllegalTransition: (grpc.StatusCode.FAILED_PRECONDITION, _precondition_details),
    InvoiceLocked: (grpc.StatusCode.FAILED_PRECONDITION, _precondition_details),
    ConcurrencyConflict: (grpc.StatusCode.ABORTED, lambda exc: []),
    Unauthenticated: (grpc.StatusCode.UNAUTHENTICATED, lambda exc: []),
    # The platform is unreachable or too slow, or asked us to wait: worth retrying. (The database: `is_outage`.)
    PlatformUnavailable: (grpc.StatusCode.UNAVAILABLE, _retry),
    TooManySubscribers: (
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        lambda exc: [
            _error_info("TOO_MANY_SUBSCRIBERS"),
            error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=RETRY_AFTER_S)),
        ],
    ),
}


def register(
    exc_type: type[BaseException], code: grpc.StatusCode, details: DetailsFn = lambda exc: []
) -> None:
    """For adapters whose errors the domain does not know (e.g. PdpUnavailable → UNAVAILABLE, RetryInfo)."""
    TABLE[exc_type] = (code, details)


OUTAGE_MESSAGE = "the service's database is unavailable; retry later"


def _entry(exc: BaseException) -> tuple[grpc.StatusCode, DetailsFn, str] | None:
    """(code, details, message) for a known failure, None for a bug."""
    for klass in type(exc).__mro__:
        if klass in TABLE:
            code, details = TABLE[klass]
            return code, details, str(exc) or code.name.lower().replace("_", " ")
    if is_outage(exc):  # its text may name hosts, sockets or paths: the caller gets a fixed message
        return grpc.StatusCode.UNAVAILABLE, _retry, OUTAGE_MESSAGE
    return None


def unavailable_retry_after(exc: BaseException) -> float | None:
    """Seconds to wait when `exc` means "unavailable, retry" (HTTP answers 503 + Retry-After), else None."""
    entry = _entry(exc)
    return _retry_after_s(exc) if entry is not None and entry[0] is grpc.StatusCode.UNAVAILABLE else None


def to_status(exc: BaseException) -> status_pb2.Status:
    entry = _entry(exc)
    if entry is not None:
        code, details, message = entry
        if code is grpc.StatusCode.UNAVAILABLE:
            _log.warning("unavailable: %s: %s", type(exc).__name__, exc)
        return _status(code, message, details(exc))
    request_id = request_id_var.get()
    _log.error("unexpected error", exc_info=exc)
    return _status(grpc.StatusCode.INTERNAL, f"internal error (request id {request_id or 'unknown'})", [])


def _status(code: grpc.StatusCode, message: str, details: list[Message]) -> status_pb2.Status:
    packed = []
    for detail in details:
        wrapper = any_pb2.Any()
        wrapper.Pack(detail)
        packed.append(wrapper)
    return status_pb2.Status(code=getattr(code_pb2, code.name), message=message, details=packed)


async def abort(context: grpc.aio.ServicerContext, exc: BaseException) -> None:
    await context.abort_with_status(rpc_status.to_status(to_status(exc)))


F = TypeVar("F", bound=Callable[..., Any])


def maps_errors(method: F) -> F:
    """Wrap a unary or server-streaming servicer method so that any exception goes through the table."""
    if inspect.isasyncgenfunction(method):

        @functools.wraps(method)
        async def stream(self: Any, request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
            try:
                async for item in method(self, request, context):
                    yield item
            except grpc.aio.AbortError:
                raise
            except Exception as exc:
                await abort(context, exc)

        return stream  # type: ignore[return-value]

    @functools.wraps(method)
    async def unary(self: Any, request: Any, context: grpc.aio.ServicerContext) -> Any:
        try:
            return await method(self, request, context)
        except grpc.aio.AbortError:
            raise
        except Exception as exc:
            await abort(context, exc)

    return unary  # type: ignore[return-value]
