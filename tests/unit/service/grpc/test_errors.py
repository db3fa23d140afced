from __future__ import annotations

import errno
import logging
import resource

import asyncpg
import grpc
import pytest
from google.rpc import code_pb2, error_details_pb2

from adapters.host_faults import local_fault
from adapters.postgres.outage import cannot_write, is_outage
from domain.document_formats import WorkerCrashed, WorkersBusy
from domain.emission import EventKind, IllegalInvoiceTransition, ProcessingState
from domain.errors import (
    ConcurrencyConflict,
    DuplicateInvoiceNumber,
    IllegalTransition,
    InvoiceNotFound,
    InvoiceRejected,
    ReadableViewUnavailable,
    RequestConflict,
)
from domain.findings import Finding, Severity
from domain.platform import PlatformUnavailable
from domain.ports import InvalidPageToken
from domain.reporting.declaration import (
    DeclarationLocked,
    IllegalStatusChange,
    InitialAlreadyExists,
    RectificationNotAllowed,
    WrongContentKind,
)
from service.grpc import (  # noqa: F401  # register their errors
    document_servicer,
    invoice_servicer,
    reception_servicer,
    records_errors,  # noqa: F401  # registers the records' errors, as the servicers do
)
from service.grpc.errors import OUTAGE_MESSAGE, ErrorTable
from service.observability.logging import request_id_var
from service.usecases.archive import ExportTooLarge
from service.usecases.emission.bindings import TooManySubscribers
from service.usecases.emission.document_bindings import DocumentsBusy
from service.usecases.reception import ReadableBusy
from service.usecases.reporting import RegimeMismatch
from service.usecases.reporting_voids import RecordNotVoidable
from tests.support.grpc_details import details_of

# The table with the database's outage check, as the wiring makes it (service.wiring.container.error_table).
ERRORS = ErrorTable(is_outage)
to_status = ERRORS.to_status
unavailable_retry_after = ERRORS.retry_after


def _details(status, kind):
    return details_of(status.details, kind)


def test_rejected_invoice_is_invalid_argument_with_one_field_violation_per_fatal_finding():
    exc = InvoiceRejected(
        [
            Finding(
                "BR-FR-10",
                Severity.FATAL,
                "the seller SIREN is mandatory",
                "seller.legal_registration (BT-30)",
            ),
            Finding("BR-CO-15", Severity.FATAL, "BT-112 differs from BT-109 + BT-110", "totals (BT-112)"),
            Finding("BR-FR-99", Severity.WARNING, "only a warning", "notes"),
        ]
    )

    status = to_status(exc)

    assert status.code == code_pb2.INVALID_ARGUMENT
    assert status.message == (
        "BR-FR-10 seller.legal_registration (BT-30): the seller SIREN is mandatory;"
        " BR-CO-15 totals (BT-112): BT-112 differs from BT-109 + BT-110"
    )
    [bad_request] = _details(status, error_details_pb2.BadRequest)
    assert [(v.field, v.description) for v in bad_request.field_violations] == [
        ("seller.legal_registration (BT-30)", "BR-FR-10: the seller SIREN is mandatory"),
        ("totals (BT-112)", "BR-CO-15: BT-112 differs from BT-109 + BT-110"),
    ]
    [info] = _details(status, error_details_pb2.ErrorInfo)
    assert (info.reason, info.domain, info.metadata["rules"]) == (
        "BR-CO-15",
        "pdp-gateway",
        "BR-CO-15,BR-FR-10",
    )


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (InvoiceNotFound("no invoice 42"), grpc.StatusCode.NOT_FOUND),
        (DuplicateInvoiceNumber("F-1 already issued"), grpc.StatusCode.ALREADY_EXISTS),
        (RequestConflict("request r-1 was used with other content"), grpc.StatusCode.ALREADY_EXISTS),
        (ConcurrencyConflict("changed meanwhile"), grpc.StatusCode.ABORTED),
        (ConnectionRefusedError("db down"), grpc.StatusCode.UNAVAILABLE),
        (TimeoutError(), grpc.StatusCode.UNAVAILABLE),
    ],
)
def test_each_domain_error_has_its_status_code(exc, code):
    assert to_status(exc).code == getattr(code_pb2, code.name)


@pytest.mark.parametrize(
    "exc",
    [
        asyncpg.exceptions.DeadlockDetectedError("deadlock detected"),
        asyncpg.exceptions.SerializationError("could not serialize access due to concurrent update"),
    ],
)
def test_a_transaction_the_database_rolled_back_is_aborted_with_a_retry_hint(exc):
    status = to_status(exc)

    assert status.code == code_pb2.ABORTED
    assert status.message == f"{exc}: the database rolled this call back, nothing was written; retry it"
    [retry] = _details(status, error_details_pb2.RetryInfo)
    assert retry.retry_delay.seconds >= 1
    [info] = _details(status, error_details_pb2.ErrorInfo)
    assert info.reason == "TRANSACTION_ROLLED_BACK"


def test_a_concurrent_change_is_aborted_naming_it_with_when_to_retry():
    """A cancellation while the dispatcher holds the invoice, a payment recorded meanwhile: the one refusal that named
    no reason and said nothing of when to come back (seen cancelling an invoice 15 times at once)."""
    status = to_status(
        ConcurrencyConflict("invoice 42 is being processed by the dispatcher right now; retry")
    )

    assert status.code == code_pb2.ABORTED
    [info] = _details(status, error_details_pb2.ErrorInfo)
    assert info.reason == "CONCURRENT_CHANGE"
    [retry] = _details(status, error_details_pb2.RetryInfo)
    assert retry.retry_delay.seconds >= 1


def test_unavailable_tells_when_to_retry():
    [retry] = _details(to_status(TimeoutError()), error_details_pb2.RetryInfo)
    assert retry.retry_delay.seconds >= 1


def test_illegal_transition_lists_its_precondition_failures():
    exc = IllegalTransition(
        "213 is final", (Finding("BR-FR-CDV-15", Severity.FATAL, "a reason is needed", "reason"),)
    )
    [failure] = _details(to_status(exc), error_details_pb2.PreconditionFailure)
    assert [(v.type, v.subject) for v in failure.violations] == [("BR-FR-CDV-15", "reason")]
    assert to_status(exc).code == code_pb2.FAILED_PRECONDITION


@pytest.mark.parametrize(
    ("exc", "rule", "subject"),
    [
        (RectificationNotAllowed("no report was sent for 2026-09-01 to 2026-09-30"), "ER-NOTHING-SENT", ""),
        (InitialAlreadyExists("version 1 was already sent for this period"), "ER-ALREADY-SENT", ""),
        (
            InitialAlreadyExists("version 2 is still a draft: complete it", rule="ER-DRAFT-OPEN"),
            "ER-DRAFT-OPEN",
            "",
        ),
        (DeclarationLocked("version 1 is SUBMITTED: a sent report is never edited"), "ER-LOCKED", ""),
        (IllegalStatusChange("there is no draft to submit"), "ER-STATUS", ""),
        (WrongContentKind("a PAYMENTS declaration cannot hold payments"), "ER-CONTENT-KIND", ""),
        (
            RegimeMismatch("the period from 2026-09-01 was declared under the SIMPLIFIED regime"),
            "ER-REGIME",
            "",
        ),
        (ExportTooLarge("the documents exceed 10 bytes", path="date_to"), "PDP-EXPORT-SIZE", "date_to"),
        (
            RecordNotVoidable("payment data X was written by RecordPayment", path="key"),
            "ER-VOID-PAYMENT-DATA",
            "key",
        ),
        (
            IllegalInvoiceTransition("inv-1", EventKind.RETRY, ProcessingState.READY),
            "PDP-INVOICE-STATE",
            "invoice_id",
        ),
        (
            ReadableViewUnavailable(
                "received invoice r-1: the platform has no readable copy of this invoice", path="invoice_id"
            ),
            "PDP-NO-READABLE-VIEW",
            "invoice_id",
        ),
    ],
)
def test_a_declaration_export_or_state_refusal_names_its_rule_in_its_message_and_its_details(
    exc, rule, subject
):
    # They named the exception's class (RectificationNotAllowed, ExportTooLarge, ...) and no rule; a readable view
    # the platform does not have named a reason alone (ErrorInfo NO_READABLE_VIEW).
    status = to_status(exc)
    assert status.code == code_pb2.FAILED_PRECONDITION
    assert status.message.startswith(f"{rule}: ")
    [failure] = _details(status, error_details_pb2.PreconditionFailure)
    assert [(v.type, v.subject) for v in failure.violations] == [(rule, subject)]
    assert failure.violations[0].description and rule not in failure.violations[0].description


def test_a_refusal_raised_without_a_finding_is_typed_by_a_rule_never_by_its_class():
    [failure] = _details(to_status(IllegalTransition("no history")), error_details_pb2.PreconditionFailure)
    assert [(v.type, v.description) for v in failure.violations] == [("PDP-PRECONDITION", "no history")]


def test_unknown_errors_are_internal_with_a_generic_message_and_are_logged_with_the_request_id(caplog):
    token = request_id_var.set("req-123")
    try:
        with caplog.at_level(logging.ERROR, logger="service.grpc.errors"):
            status = to_status(KeyError("password=hunter2"))
    finally:
        request_id_var.reset(token)
    assert status.code == code_pb2.INTERNAL
    assert status.message == "internal error (request id req-123)"
    assert "hunter2" not in status.message
    assert caplog.records and caplog.records[0].exc_info


def test_platform_unavailable_is_unavailable_with_the_delay_the_platform_asked_for():
    status = to_status(PlatformUnavailable("IOPOLE answered 503", retry_after=2.5))

    assert status.code == code_pb2.UNAVAILABLE
    [retry] = _details(status, error_details_pb2.RetryInfo)
    assert retry.retry_delay.ToMilliseconds() == 2500
    [default] = _details(to_status(PlatformUnavailable("down")), error_details_pb2.RetryInfo)
    assert default.retry_delay.seconds == 1


def test_invalid_page_token_is_invalid_argument_naming_the_field():
    status = to_status(InvalidPageToken("garbage"))

    assert status.code == code_pb2.INVALID_ARGUMENT
    [bad_request] = _details(status, error_details_pb2.BadRequest)
    assert [v.field for v in bad_request.field_violations] == ["page_token"]


def test_too_many_feed_subscribers_is_resource_exhausted():
    status = to_status(TooManySubscribers("this company already has 32 event streams in progress"))

    assert status.code == code_pb2.RESOURCE_EXHAUSTED
    [info] = _details(status, error_details_pb2.ErrorInfo)
    assert info.reason == "TOO_MANY_SUBSCRIBERS"
    assert _details(status, error_details_pb2.RetryInfo)


@pytest.mark.parametrize(
    "exc",
    [
        FileNotFoundError(2, "No such file or directory"),  # as asyncpg raises it: connect() names no file
        asyncpg.exceptions.CannotConnectNowError("the database system is starting up"),
        asyncpg.InterfaceError("pool is closing"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_a_database_outage_is_unavailable_with_retry_info_and_names_no_socket_or_host(exc):
    status = to_status(exc)

    assert status.code == code_pb2.UNAVAILABLE
    assert status.message == OUTAGE_MESSAGE and "PGSQL" not in status.message
    [retry] = _details(status, error_details_pb2.RetryInfo)
    assert retry.retry_delay.seconds >= 1
    assert unavailable_retry_after(exc) == 1.0


def test_only_unavailable_failures_have_a_retry_after():
    assert unavailable_retry_after(PlatformUnavailable("429", retry_after=7)) == 7.0
    assert unavailable_retry_after(InvoiceNotFound("x")) is None
    assert unavailable_retry_after(KeyError("bug")) is None


# --- the trailer always fits --------------------------------------------------------------------------------


def _trailer_bytes(status) -> int:
    """What the status costs in the trailer: grpc-status-details-bin (base64) and grpc-message (percent-encoded,
    up to 9 bytes per character)."""
    return len(status.SerializeToString()) * 4 // 3 + 9 * len(status.message)


def test_150_bad_lines_with_huge_values_fit_the_metadata_limit_and_keep_every_rule_id():
    findings = [
        Finding(f"BR-{i % 7:02d}", Severity.FATAL, "x" * 100_000, f"lines[{i}].quantity " + "p" * 10_000)
        for i in range(150)
    ] + [Finding("PDP-TEXT-CHARS", Severity.FATAL, "NUL", "lines[149].id")]

    status = to_status(InvoiceRejected(findings))

    assert _trailer_bytes(status) < 8192
    assert status.message.startswith(f"BR-00 lines[0].quantity {'p' * 20}") and len(status.message) <= 200
    [bad_request] = _details(status, error_details_pb2.BadRequest)
    shown = [v.description.split(":", 1)[0] for v in bad_request.field_violations]
    assert set(shown[:-1]) == {f"BR-{i:02d}" for i in range(7)} | {"PDP-TEXT-CHARS"}
    more = f"{151 - (len(shown) - 1)} more findings"
    assert shown[-1] == "PDP-MORE-FINDINGS" and more in bad_request.field_violations[-1].description
    [info] = _details(status, error_details_pb2.ErrorInfo)
    assert info.metadata["rules"].split(",") == sorted({f.rule_id for f in findings})
    assert info.metadata["findings"] == "151"


def test_a_huge_message_is_shortened():
    status = to_status(InvoiceNotFound("no invoice " + "x" * 100_000))
    assert status.code == code_pb2.NOT_FOUND and len(status.message) <= 200


def test_findings_of_a_few_rules_are_all_shown_in_order():
    findings = [Finding("BR-21", Severity.FATAL, "m", f"lines[{i}]") for i in range(3)]
    [bad_request] = _details(to_status(InvoiceRejected(findings)), error_details_pb2.BadRequest)
    assert [v.field for v in bad_request.field_violations] == ["lines[0]", "lines[1]", "lines[2]"]


@pytest.mark.parametrize(
    "exc",
    [
        WorkerCrashed("a document worker died; retry the call"),
        WorkersBusy("the 4 document calls this server holds at once are taken: retry shortly"),
    ],
)
def test_a_document_worker_busy_or_dead_is_unavailable_saying_so_not_a_database_outage(exc: Exception):
    status = to_status(exc)
    assert status.code == code_pb2.UNAVAILABLE
    assert status.message == str(exc) and "database" not in status.message
    [retry] = _details(status, error_details_pb2.RetryInfo)
    assert retry.retry_delay.ToMilliseconds() == 1000


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (ReadableBusy("2 readable views in progress"), "READABLE_BUSY"),
        (DocumentsBusy("busy"), "DOCUMENTS_BUSY"),
    ],
)
def test_a_company_past_its_share_is_resource_exhausted_naming_what_with_when_to_retry(
    exc: Exception, reason: str
) -> None:
    status = to_status(exc)
    assert (status.code, status.message) == (code_pb2.RESOURCE_EXHAUSTED, str(exc))
    assert [i.reason for i in _details(status, error_details_pb2.ErrorInfo)] == [reason]
    [retry] = _details(status, error_details_pb2.RetryInfo)
    assert retry.retry_delay.ToMilliseconds() == 1000


@pytest.mark.parametrize(
    ("exc", "why"),
    [
        (
            asyncpg.exceptions.DiskFullError(
                'could not extend file "base/16384/16414": No space left on device'
            ),
            "disk full (SQLSTATE 53100)",
        ),
        (
            asyncpg.exceptions.ReadOnlySQLTransactionError(
                "cannot execute INSERT in a read-only transaction"
            ),
            "read-only: a standby, or default_transaction_read_only set (SQLSTATE 25006)",
        ),
    ],
    ids=lambda e: type(e).__name__ if isinstance(e, BaseException) else "",
)
def test_a_database_that_cannot_write_is_unavailable_naming_why_to_the_caller_and_in_the_log(
    exc: BaseException, why: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Before: the outage's fixed text, the same as a stopped server's; a read-only database was INTERNAL.
    status = ErrorTable(is_outage, cannot_write).to_status(exc)

    assert status.code == code_pb2.UNAVAILABLE
    assert status.message == f"the service's database cannot write: {why}; retry later"
    assert "base/16384" not in status.message  # its files are not the caller's business
    assert _details(status, error_details_pb2.RetryInfo)
    [logged] = [r for r in caplog.records if r.name == "service.grpc.errors"]
    assert logged.levelno == logging.WARNING
    assert logged.getMessage().startswith(
        f"1 call(s) unavailable: the database cannot write, {why} (docs/on-call.md)"
    )
    assert str(exc) in logged.getMessage()  # the on-call reads PostgreSQL's own words


# --- this host's own failures -------------------------------------------------------------------------------


def test_a_resource_of_this_host_run_out_is_unavailable_naming_it_and_logged_at_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Before: "the service's database is unavailable; retry later", a WARNING: the on-call looked at PostgreSQL.
    exc = OSError(errno.EMFILE, "Too many open files")
    errors = ErrorTable(is_outage, cannot_write, local_fault)
    status = errors.to_status(exc)

    assert status.code == code_pb2.UNAVAILABLE
    assert status.message.startswith(
        "this replica of the service ran out of open files at this process's limit"
    )
    assert "database" not in status.message and status.message.endswith("nothing was done, retry later")
    assert _details(status, error_details_pb2.RetryInfo)
    assert errors.retry_after(exc) == 1.0  # HTTP: 503 + Retry-After (a webhook's sender sends it again)
    [logged] = [r for r in caplog.records if r.name == "service.grpc.errors"]
    assert logged.levelno == logging.ERROR
    assert logged.getMessage().startswith("1 call(s) unavailable: this process ran out of open files")
    assert "Too many open files" in logged.getMessage()


def test_a_missing_file_is_internal_logged_with_its_path_not_an_outage(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # TMPDIR removed under the process, a file of the installation gone: no retry mends it
    exc = FileNotFoundError(errno.ENOENT, "No such file or directory", "/var/tmp/gone/tmpab12")
    status = ErrorTable(is_outage, cannot_write, local_fault).to_status(exc)

    assert status.code == code_pb2.INTERNAL and "database" not in status.message
    [logged] = [r for r in caplog.records if r.name == "service.grpc.errors"]
    assert logged.levelno == logging.ERROR and logged.exc_info is not None


def test_calls_refused_for_an_outage_are_said_as_a_count_not_a_line_each(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Before: one WARNING a refused call: 914 lines for one client's 20 s of a database stopped (session 19, serve).
    errors = ErrorTable(is_outage, cannot_write, local_fault)
    for _ in range(500):
        assert errors.to_status(ConnectionRefusedError("connection refused")).code == code_pb2.UNAVAILABLE
    for _ in range(3):
        errors.to_status(asyncpg.exceptions.DiskFullError("No space left on device"))
        errors.to_status(OSError(errno.EMFILE, "Too many open files"))
    said = [r.getMessage() for r in caplog.records if r.name == "service.grpc.errors"]
    assert said == [
        "1 call(s) unavailable, the last: ConnectionRefusedError: connection refused",
        "1 call(s) unavailable: the database cannot write, disk full (SQLSTATE 53100) (docs/on-call.md):"
        " DiskFullError: No space left on device",
        "1 call(s) unavailable: this process ran out of open files at this process's limit (EMFILE: RLIMIT_NOFILE"
        f" {resource.getrlimit(resource.RLIMIT_NOFILE)[0]}, ulimit -n) (docs/on-call.md): OSError: [Errno 24] Too"
        " many open files",
    ]  # the rest counted, said with the next line of each (every 10 s at most)
