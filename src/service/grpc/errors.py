"""The ONE table from exceptions to gRPC status codes, with google.rpc rich error details.

Every servicer method is wrapped by `maps_errors`; it builds a single `google.rpc.Status` (code, message and
details from the same object, as grpcio-status requires) and aborts the call with it. A failure that is not in
the table but says the database is down is UNAVAILABLE with RetryInfo; anything else is INTERNAL with a generic
message, and logged with the request id so the client can quote it. Telling the two apart needs the database's
outage check (`domain.ports.OutageCheck`), which this room may not import: so the table is used through an
`ErrorTable`, which cannot be made without one. The wiring makes it with the database's and gives it to every
servicer (their `errors`), the auth interceptor and the HTTP side, which asks `retry_after` the same question (an
outage is 503 + Retry-After there). No step of the wiring can be skipped to leave an outage INTERNAL.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any, Protocol, TypeVar

import grpc
from asyncpg import exceptions as pg
from google.protobuf import duration_pb2
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from aio.tally import Tally
from domain.bounds import shorten
from domain.document_formats import WorkerCrashed, WorkersBusy
from domain.errors import (
    ConcurrencyConflict,
    DuplicateInvoiceNumber,
    IllegalTransition,
    InvoiceLocked,
    InvoiceNotFound,
    InvoiceRejected,
    KeyLookupsBusy,
    PaymentIdReused,
    Refusal,
    RequestConflict,
    RequestRejected,
    Unauthenticated,
)
from domain.findings import Finding, Severity
from domain.platform import PlatformUnavailable
from domain.ports import InvalidPageToken, LocalFault, OutageCheck, WriteRefusal, no_local_fault
from service.grpc import off_loop
from service.grpc.request_bounds import request_findings
from service.grpc.request_bytes import LargeRequestsBusy
from service.grpc.undecodable import Undecodable
from service.observability.logging import request_id_var

ERROR_DOMAIN = "pdp-gateway"
RETRY_AFTER_S = 1
# The trailer carries the message twice (grpc-message, percent-encoded: up to 9 bytes a character; and inside
# grpc-status-details-bin, base64: 4/3 of the Status) and must fit gRPC's 8 KiB metadata limit.
MAX_MESSAGE = 200
MAX_STATUS_BYTES = 3_500
MAX_VIOLATIONS = 20
MAX_VIOLATIONS_BYTES = 2_400  # the BadRequest's share of MAX_STATUS_BYTES
MAX_DESCRIPTION = 160
MAX_FIELD = 80
MAX_RULES_TEXT = 600
MORE_FINDINGS = "PDP-MORE-FINDINGS"
PRECONDITION_RULE = "PDP-PRECONDITION"

_log = logging.getLogger(__name__)

DetailsFn = Callable[[Any], list[Message]]


def _violation(f: Finding) -> error_details_pb2.BadRequest.FieldViolation:
    return error_details_pb2.BadRequest.FieldViolation(
        field=shorten(f.path, MAX_FIELD), description=shorten(f"{f.rule_id}: {f.message}", MAX_DESCRIPTION)
    )


def _error_info(reason: str, **metadata: str) -> error_details_pb2.ErrorInfo:
    return error_details_pb2.ErrorInfo(reason=reason, domain=ERROR_DOMAIN, metadata=metadata)


def _rules_first(findings: list[Finding]) -> list[Finding]:
    """The first finding of each rule, then the others, each part in its order: what to show when not all fit."""
    rules: set[str] = set()
    first: list[Finding] = []
    rest: list[Finding] = []
    for f in findings:
        (rest if f.rule_id in rules else first).append(f)
        rules.add(f.rule_id)
    return first + rest


def _violations(findings: list[Finding]) -> list[error_details_pb2.BadRequest.FieldViolation]:
    """As many violations as MAX_VIOLATIONS and MAX_VIOLATIONS_BYTES allow, in the findings' order."""
    violations, size = [], 0
    for f in findings[:MAX_VIOLATIONS]:
        violation = _violation(f)
        size += violation.ByteSize() + 4
        if size > MAX_VIOLATIONS_BYTES:
            break
        violations.append(violation)
    return violations


def findings_details(findings: tuple[Finding, ...] | list[Finding]) -> list[Message]:
    """BadRequest with one field violation per fatal finding (all findings when none is fatal) and ErrorInfo
    naming every rule. Beyond MAX_VIOLATIONS, the rest is counted in one more violation (PDP-MORE-FINDINGS) and
    in ErrorInfo's "findings": the trailer must fit gRPC's metadata limit, or the client gets RESOURCE_EXHAUSTED
    and loses everything."""
    fatal = [f for f in findings if f.is_fatal] or list(findings)
    rules = sorted({f.rule_id for f in fatal})
    violations = _violations(fatal)
    if len(violations) < len(fatal):
        violations = _violations(_rules_first(fatal))
        violations.append(
            error_details_pb2.BadRequest.FieldViolation(
                description=f"{MORE_FINDINGS}: {len(fatal) - len(violations)} more findings not shown; "
                "ErrorInfo names every rule broken"
            )
        )
    return [
        error_details_pb2.BadRequest(field_violations=violations),
        _error_info(
            rules[0] if rules else "INVALID",
            rules=shorten(",".join(rules), MAX_RULES_TEXT),
            findings=str(len(fatal)),
        ),
    ]


def _rejected_details(exc: InvoiceRejected | RequestRejected) -> list[Message]:
    return findings_details(exc.findings)


def _rejected_message(exc: InvoiceRejected | RequestRejected) -> str:
    """The status message of a refusal names each rule broken, where and why, the first finding of each rule
    first (what MAX_MESSAGE keeps): a client that shows only the message still says what to fix, and a refused
    document is not called an invoice. The BadRequest details list every finding."""
    fatal = [f for f in exc.findings if f.is_fatal] or list(exc.findings)
    return "; ".join(shorten(f.described, MAX_DESCRIPTION) for f in _rules_first(fatal)[:MAX_VIOLATIONS])


def _page_token_refused(exc: BaseException) -> list[Message]:
    """PDP-PAGE-TOKEN, with the reason the token was refused (forged, made by another listing, or too old)."""
    return findings_details(
        [Finding("PDP-PAGE-TOKEN", Severity.FATAL, str(exc), "page_token", layer="request")]
    )


def _precondition_details(exc: IllegalTransition | InvoiceLocked | Refusal) -> list[Message]:
    """One PreconditionFailure violation per rule broken, typed by its rule id (never an exception's class: a
    refusal raised with no finding is typed PDP-PRECONDITION)."""
    findings = list(exc.findings) or [Finding(PRECONDITION_RULE, Severity.FATAL, str(exc), "")]
    violations = [
        error_details_pb2.PreconditionFailure.Violation(
            type=f.rule_id,
            subject=shorten(f.path, MAX_FIELD),
            description=shorten(f.message, MAX_DESCRIPTION),
        )
        for f in _rules_first(findings)[:MAX_VIOLATIONS]
    ]
    return [error_details_pb2.PreconditionFailure(violations=violations)]


# The reason of every NOT_FOUND: an id, key or period this company has nothing under, whether another company has
# (never said: the same answer as an id never issued, README "Errors"). Every refusal names its reason or rule.
NOT_FOUND = "NOT_FOUND"


def reason_details(reason: str) -> DetailsFn:
    return lambda exc: [_error_info(reason)]


def _retry_after_s(exc: BaseException) -> float:
    """The delay the failing side asked for (a platform's Retry-After), else RETRY_AFTER_S."""
    asked = getattr(exc, "retry_after", None)
    return max(float(asked), 0.001) if asked else float(RETRY_AFTER_S)


def _retry(exc: BaseException) -> list[Message]:
    delay = duration_pb2.Duration()
    delay.FromMilliseconds(int(_retry_after_s(exc) * 1000))
    return [error_details_pb2.RetryInfo(retry_delay=delay)]


class Stopping(Exception):
    """This replica is stopping (service.wiring.server: DRAIN_S): the call was not processed; worth making again."""


def busy(reason: str) -> DetailsFn:
    """The details of a call to make again later: what stops it now (ErrorInfo: a bound full, RESOURCE_EXHAUSTED; a
    conflict, ABORTED) and when to come back (RetryInfo: the exception's `retry_after`, else RETRY_AFTER_S)."""
    return lambda exc: [_error_info(reason), *_retry(exc)]


# exception type → (status code, details). Subclasses match their nearest listed base (MRO order).
# Same request id with other content is ALREADY_EXISTS: the resource named by the key exists, and retrying
# cannot succeed; FAILED_PRECONDITION would suggest the client could fix the system state.
TABLE: dict[type[BaseException], tuple[grpc.StatusCode, DetailsFn]] = {
    InvoiceRejected: (grpc.StatusCode.INVALID_ARGUMENT, _rejected_details),
    RequestRejected: (grpc.StatusCode.INVALID_ARGUMENT, _rejected_details),
    InvalidPageToken: (grpc.StatusCode.INVALID_ARGUMENT, _page_token_refused),
    InvoiceNotFound: (grpc.StatusCode.NOT_FOUND, reason_details(NOT_FOUND)),
    DuplicateInvoiceNumber: (grpc.StatusCode.ALREADY_EXISTS, reason_details("DUPLICATE_INVOICE_NUMBER")),
    RequestConflict: (grpc.StatusCode.ALREADY_EXISTS, reason_details("REQUEST_ID_REUSED")),
    PaymentIdReused: (grpc.StatusCode.ALREADY_EXISTS, reason_details("PAYMENT_ID_REUSED")),
    IllegalTransition: (grpc.StatusCode.FAILED_PRECONDITION, _precondition_details),
    InvoiceLocked: (grpc.StatusCode.FAILED_PRECONDITION, _precondition_details),
    Refusal: (grpc.StatusCode.FAILED_PRECONDITION, _precondition_details),
    # Another call or the dispatcher changed the same rows meanwhile: nothing was written, the same call again passes
    # (it answered no reason nor when to retry, the one refusal naming neither)
    ConcurrencyConflict: (grpc.StatusCode.ABORTED, busy("CONCURRENT_CHANGE")),
    # The database made this transaction the victim of a deadlock or a serialization conflict (SQLSTATE class 40):
    # nothing was written, and the same call again most likely passes.
    pg.TransactionRollbackError: (grpc.StatusCode.ABORTED, busy("TRANSACTION_ROLLED_BACK")),
    Unauthenticated: (grpc.StatusCode.UNAUTHENTICATED, lambda exc: []),
    # The platform is unreachable or too slow, or asked us to wait: worth retrying. (The database: `is_outage`.)
    PlatformUnavailable: (grpc.StatusCode.UNAVAILABLE, _retry),
    WorkersBusy: (grpc.StatusCode.UNAVAILABLE, _retry),
    WorkerCrashed: (grpc.StatusCode.UNAVAILABLE, _retry),
    Stopping: (grpc.StatusCode.UNAVAILABLE, _retry),
    KeyLookupsBusy: (grpc.StatusCode.UNAVAILABLE, _retry),
    LargeRequestsBusy: (grpc.StatusCode.RESOURCE_EXHAUSTED, busy("LARGE_REQUESTS_BUSY")),
}


def register(
    exc_type: type[BaseException], code: grpc.StatusCode, details: DetailsFn = lambda exc: []
) -> None:
    """For adapters whose errors the domain does not know (e.g. PdpUnavailable → UNAVAILABLE, RetryInfo)."""
    TABLE[exc_type] = (code, details)


OUTAGE_MESSAGE = "the service's database is unavailable; retry later"


def cannot_write_message(why: str) -> str:
    """What a caller is told when the database answers but refuses to write (domain.ports.WriteRefusal's `why`)."""
    return f"the service's database cannot write: {why}; retry later"


def local_fault_message(what: str) -> str:
    """What a caller is told when this replica's host ran out of something (domain.ports.LocalFault's `what`)."""
    return f"this replica of the service ran out of {what}; nothing was done, retry later"


# A timeout (no free connection in the pool in time, a connect or a statement too slow) says the database did not
# answer in time, not that it is down: under CPU saturation every connection is busy while PostgreSQL is fine.
TIMEOUT_MESSAGE = (
    "no answer from the service's database in time: the service is overloaded, or its database slow or"
    " unreachable; retry later"
)


def _message(exc: BaseException) -> str:
    # A PostgreSQL error's text carries its DETAIL on the next lines (a deadlock's: the process ids and lock tags on
    # both sides): the caller gets the primary message only, and what to do.
    if isinstance(exc, pg.TransactionRollbackError):
        primary = str(exc).partition("\n")[0]
        return f"{primary}: the database rolled this call back, nothing was written; retry it"
    if isinstance(exc, (InvoiceRejected, RequestRejected)):
        return _rejected_message(exc)
    return str(exc)


def _timed_out(exc: BaseException) -> bool:
    """Whether a database failure is a timeout (raised as one, or from one) rather than a refusal or a loss."""
    return isinstance(exc, TimeoutError) or isinstance(exc.__cause__, TimeoutError)


SAID_EVERY_S = 10.0
_RUN_OUT_SAID = "%d call(s) unavailable: this process ran out of %s (docs/on-call.md): %s: %s"
_CANNOT_WRITE_SAID = "%d call(s) unavailable: the database cannot write, %s (docs/on-call.md): %s: %s"
_UNAVAILABLE_SAID = "%d call(s) unavailable, the last: %s: %s"


class ErrorTable:
    """TABLE, with the check that tells a database outage from a bug among the failures TABLE does not list,
    (`cannot_write`) the one that names an outage where the database answers but refuses to write, and
    (`local_fault`) the one that names a resource of this host run out (open files, memory, a local disk): no
    outage, UNAVAILABLE all the same (nothing was done, a retry may pass, on another replica too), logged at ERROR."""

    def __init__(
        self,
        is_outage: OutageCheck,
        cannot_write: WriteRefusal = lambda exc: None,
        local_fault: LocalFault = no_local_fault,
    ) -> None:
        self._is_outage = is_outage
        self._cannot_write = cannot_write
        self._local_fault = local_fault
        # Said as a count, at most one line every SAID_EVERY_S each (the first at once): one line a refused call
        # was 914 WARNING lines for one client's 20 s of a database stopped, burying the state changes around them.
        self._run_out = Tally(_log, _RUN_OUT_SAID, every_s=SAID_EVERY_S, level=logging.ERROR)
        self._refused = Tally(_log, _CANNOT_WRITE_SAID, every_s=SAID_EVERY_S)
        self._unavailable = Tally(_log, _UNAVAILABLE_SAID, every_s=SAID_EVERY_S)

    def _entry(self, exc: BaseException) -> tuple[grpc.StatusCode, DetailsFn, str] | None:
        """(code, details, message) for a known failure, None for a bug."""
        for klass in type(exc).__mro__:
            if klass in TABLE:
                code, details = TABLE[klass]
                return code, details, _message(exc) or code.name.lower().replace("_", " ")
        run_out = self._local_fault(exc)
        if run_out is not None:  # before the outage's check: the host's, whatever else the chain holds
            return grpc.StatusCode.UNAVAILABLE, _retry, local_fault_message(run_out)
        if self._is_outage(exc):  # its text may name hosts, sockets or paths: the caller gets a fixed message
            refused = self._cannot_write(exc)
            if refused is not None:
                return grpc.StatusCode.UNAVAILABLE, _retry, cannot_write_message(refused)
            return grpc.StatusCode.UNAVAILABLE, _retry, TIMEOUT_MESSAGE if _timed_out(exc) else OUTAGE_MESSAGE
        return None

    def retry_after(self, exc: BaseException) -> float | None:
        """Seconds to wait when `exc` means "unavailable, retry" (HTTP answers 503 + Retry-After), else None."""
        entry = self._entry(exc)
        return _retry_after_s(exc) if entry is not None and entry[0] is grpc.StatusCode.UNAVAILABLE else None

    def to_status(self, exc: BaseException) -> status_pb2.Status:
        entry = self._entry(exc)
        if entry is not None:
            code, details, message = entry
            unavailable = code is grpc.StatusCode.UNAVAILABLE
            refused = self._cannot_write(exc) if unavailable else None
            run_out = self._local_fault(exc) if unavailable else None
            if run_out is not None:
                # not the database's: the host's, which no retry mends for long (docs/on-call.md, "Out of …")
                self._run_out.add(run_out, type(exc).__name__, exc)
            elif refused is not None:
                self._refused.add(refused, type(exc).__name__, exc)
            elif code is grpc.StatusCode.UNAVAILABLE and not isinstance(exc, KeyLookupsBusy):
                # KeyLookupsBusy comes by the thousand in a flood: its adapter logs a count now and then
                self._unavailable.add(type(exc).__name__, exc)
            elif isinstance(exc, pg.TransactionRollbackError):
                # The caller only gets the primary message; the log keeps the DETAIL (a deadlock's processes and
                # lock tags, no data): two of our transactions in a circle break the lock order
                # (adapters.postgres.lock_order).
                primary = str(exc).partition("\n")[0]
                _log.warning("rolled back by the database: %s (%s)", primary, getattr(exc, "detail", None))
            return _status(code, message, details(exc))
        request_id = request_id_var.get()
        _log.error("unexpected error", exc_info=exc)
        return _status(grpc.StatusCode.INTERNAL, f"internal error (request id {request_id or 'unknown'})", [])

    async def abort(self, context: grpc.aio.ServicerContext, exc: BaseException) -> None:
        # grpc-stubs 1.53 lacks the aio context's abort_with_status (grpcio has it since 1.38)
        await context.abort_with_status(rpc_status.to_status(self.to_status(exc)))  # type: ignore[attr-defined]


def _status(code: grpc.StatusCode, message: str, details: list[Message]) -> status_pb2.Status:
    """One Status that always fits the trailer: the message shortened, then details dropped from the end (the
    first ones, BadRequest and the rule ids, are the ones a client acts on) until it fits."""
    status = status_pb2.Status(code=getattr(code_pb2, code.name), message=shorten(message, MAX_MESSAGE))
    for detail in details:
        status.details.add().Pack(detail)
    while status.ByteSize() > MAX_STATUS_BYTES and len(status.details):
        del status.details[-1]
    return status


F = TypeVar("F", bound=Callable[..., Any])


async def _check(request: Any) -> None:
    """Every request decoded (service.grpc.undecodable) and its texts and lists within domain.bounds
    (request_bounds) before the method sees it; a large one checked off the event loop (service.grpc.off_loop)."""
    if isinstance(request, Undecodable):
        raise request.refusal()
    findings = await off_loop.read(request, lambda: request_findings(request))
    if findings:
        raise RequestRejected(findings)


class Answering(Protocol):
    """A servicer: made with the ErrorTable its methods answer failures through."""

    errors: ErrorTable


# What a method holds while its request is read and answered (`held_while_read`): given the servicer and the request.
Holding = Callable[[Any, Any], contextlib.AbstractContextManager[Any]]


def held_while_read(holding: Holding) -> Callable[[F], F]:
    """Mark a unary servicer method (under `maps_errors`) whose call takes what `holding(servicer, request)` holds
    before its request is even checked, for the whole call: a refusal there (a Busy: a company's share of a kind of
    call) costs the process nothing of the request's reading, which grows with its size."""

    def marked(method: F) -> F:
        method.holding = holding  # type: ignore[attr-defined]
        return method

    return marked


def maps_errors(method: F) -> F:
    """Wrap a unary or server-streaming servicer method so that the request is bounded first
    (service.grpc.request_bounds) and any exception goes through the servicer's error table."""
    holding: Holding = getattr(method, "holding", lambda servicer, request: contextlib.nullcontext())
    if inspect.isasyncgenfunction(method):

        @functools.wraps(method)
        async def stream(
            self: Answering, request: Any, context: grpc.aio.ServicerContext
        ) -> AsyncIterator[Any]:
            try:
                await _check(request)
                # closed as soon as the stream ends, however it ends (a client gone, a deadline): what it holds
                # (an export's slot and bytes, a feed subscription) is given back now, not when collected
                async with contextlib.aclosing(method(self, request, context)) as items:
                    async for item in items:
                        yield item
            except grpc.aio.AbortError:
                raise
            except Exception as exc:
                await self.errors.abort(context, exc)

        return stream  # type: ignore[return-value]  # the wrapper keeps the signature

    @functools.wraps(method)
    async def unary(self: Answering, request: Any, context: grpc.aio.ServicerContext) -> Any:
        try:
            with contextlib.nullcontext() if isinstance(request, Undecodable) else holding(self, request):
                await _check(request)
                return await method(self, request, context)
        except grpc.aio.AbortError:
            raise
        except Exception as exc:
            await self.errors.abort(context, exc)

    return unary  # type: ignore[return-value]  # the wrapper keeps the signature
