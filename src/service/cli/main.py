"""`pdp-gateway`: run the server, migrate, manage API keys, talk to a running gateway over gRPC, and render, read
and check invoice documents offline (`document ...`: no server, no database).

Exit codes: 0 success; 1 the gateway refused the request (rejected invoice, not found, conflict; findings are
printed with their rule ids); 2 usage, authentication or connection errors, each told in one line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NoReturn

import grpc
from google.protobuf import json_format
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from adapters.json_text import loads_file
from adapters.setting_rules import BadSetting
from domain.audit import Actor, acting_as
from domain.identifiers import is_valid_siren
from pdpgateway.v1 import document_pb2 as dpb
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from service.cli.client import (
    API_KEY_ENV,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    INT64_MAX,
    Calls,
    UsageError,
    add_paging,
    add_status_details,
    call,
    client_command,
    enum_value,
    fail,
    integer,
    open_service,
    payment_shares,
    print_answer,
    print_json,
    status_details,
    to_dict,
)
from service.cli.received import add_received_commands
from service.cli.records import add_records_commands
from service.observability.metrics import MetricsFolderUnwritable, enable_multiprocess, single_process
from service.usecases.api_keys import siren_problem

# The server could not be reached or would not let us in: nothing was decided about the request itself.
_USAGE_CODES = {
    grpc.StatusCode.UNAVAILABLE,
    grpc.StatusCode.DEADLINE_EXCEEDED,
    grpc.StatusCode.UNAUTHENTICATED,
    grpc.StatusCode.PERMISSION_DENIED,
    grpc.StatusCode.UNIMPLEMENTED,
    grpc.StatusCode.CANCELLED,
}


def load_invoice(path: str) -> pb.Invoice:
    """FILE is the proto JSON mapping of pdpgateway.v1.Invoice (json_format), read as every command reads a JSON file
    (adapters.json_text.loads_file: UTF-8); `-` is stdin, so that what `document parse` prints can be piped in."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return json_format.ParseDict(loads_file(data), pb.Invoice())
    except ValueError as exc:
        raise UsageError(f"{path} is not JSON: {exc}") from exc
    except json_format.ParseError as exc:
        raise UsageError(f"{path} is not a pdpgateway.v1.Invoice in proto JSON: {exc}") from exc


def default_request_id(content: pb.Invoice | bytes) -> str:
    """Same file, same request id: re-running a submit after a timeout never creates a second invoice."""
    raw = content if isinstance(content, bytes) else content.SerializeToString(deterministic=True)
    return "sha256-" + hashlib.sha256(raw).hexdigest()[:32]


def refusal(err: grpc.RpcError) -> dict[str, Any]:
    """The status of a failed call with its rich details: rule ids from BadRequest, reasons from ErrorInfo."""
    out: dict[str, Any] = {"code": err.code().name, "message": err.details()}
    status = rpc_status.from_call(err)  # type: ignore[arg-type]  # a grpc.Call at run time
    for detail in status.details if status else ():
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            out["findings"] = [_violation(v) for v in bad.field_violations]
        elif detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            out["reason"] = info.reason
        elif detail.Is(error_details_pb2.PreconditionFailure.DESCRIPTOR):
            failure = error_details_pb2.PreconditionFailure()
            detail.Unpack(failure)
            out["preconditions"] = [
                {"type": v.type, "subject": v.subject, "description": v.description}
                for v in failure.violations
            ]
    return out


def _violation(v: error_details_pb2.BadRequest.FieldViolation) -> dict[str, str]:
    rule_id, _, message = v.description.partition(": ")
    return {"rule_id": rule_id, "path": v.field, "message": message}


# --- gRPC client commands -----------------------------------------------------------------------------------


def _invoices(args: argparse.Namespace, invoke: Callable[[svc_grpc.InvoiceServiceStub, Calls], Any]) -> Any:
    return call(args, svc_grpc.InvoiceServiceStub, invoke)


def _call(args: argparse.Namespace, invoke: Callable[[svc_grpc.InvoiceServiceStub, Calls], Any]) -> int:
    return print_answer(_invoices(args, invoke))


def cmd_validate(args: argparse.Namespace) -> int:
    request = svc.ValidateInvoiceRequest(invoice=load_invoice(args.file))
    response = _invoices(args, lambda stub, kw: stub.ValidateInvoice(request, **kw))
    print_json(to_dict(response) | {"valid": response.valid})
    return EXIT_OK if response.valid else EXIT_REFUSED


_DOCUMENT_FORMATS = {
    "cii": dpb.DOCUMENT_FORMAT_CII,
    "ubl": dpb.DOCUMENT_FORMAT_UBL,
    "facturx": dpb.DOCUMENT_FORMAT_FACTURX,
}
_DOCUMENT_PROFILES = {
    "en16931": dpb.DOCUMENT_PROFILE_EN16931,
    "extended-ctc-fr": dpb.DOCUMENT_PROFILE_EXTENDED_CTC_FR,
    "basicwl": dpb.DOCUMENT_PROFILE_BASICWL,
    "extended": dpb.DOCUMENT_PROFILE_EXTENDED,
}


def cmd_submit(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.document):
        raise UsageError(
            "give either FILE (proto JSON of an invoice) or --document FILE (CII, UBL or Factur-X)"
        )
    if args.document:
        try:
            content = Path(args.document).read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {args.document}: {exc.strerror}") from exc
        request = svc.SubmitInvoiceRequest(
            request_id=args.request_id or default_request_id(content),
            document=content,
            document_format=_DOCUMENT_FORMATS.get(
                args.document_format or "", dpb.DOCUMENT_FORMAT_UNSPECIFIED
            ),
        )
    else:
        invoice = load_invoice(args.file)
        request = svc.SubmitInvoiceRequest(
            request_id=args.request_id or default_request_id(invoice), invoice=invoice
        )
    if args.full:
        request.view = pb.INVOICE_VIEW_FULL
    return _call(args, lambda stub, kw: stub.SubmitInvoice(request, **kw))


def cmd_document(args: argparse.Namespace) -> int:
    """Write the invoice's document to OUT; print where it comes from and its sha256 (checked on arrival)."""
    request = svc.GetInvoiceDocumentRequest(
        invoice_id=args.id,
        format=_DOCUMENT_FORMATS[args.format],
        profile=_DOCUMENT_PROFILES.get(args.profile or "", dpb.DOCUMENT_PROFILE_UNSPECIFIED),
    )
    response = _invoices(args, lambda stub, kw: stub.GetInvoiceDocument(request, **kw))
    document = response.document
    if hashlib.sha256(document.content).hexdigest() != document.sha256:
        raise UsageError(f"the document received does not match its sha256 {document.sha256}: not written")
    try:
        Path(args.output).write_bytes(document.content)
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror}") from exc
    print_json(
        {
            "output": args.output,
            "filename": document.filename,
            "media_type": document.media_type,
            "sha256": document.sha256,
            "bytes": len(document.content),
            "format": dpb.DocumentFormat.Name(document.format).removeprefix("DOCUMENT_FORMAT_"),
            "origin": dpb.DocumentOrigin.Name(response.origin).removeprefix("DOCUMENT_ORIGIN_"),
            # rendered now in a profile without room for some terms (BASIC WL): each one, by its BT id
            "warnings": [
                {"rule_id": w.rule_id, "path": w.path, "message": w.message} for w in response.warnings
            ],
        }
    )
    return EXIT_OK


def cmd_get(args: argparse.Namespace) -> int:
    return _call(args, lambda stub, kw: stub.GetInvoice(svc.GetInvoiceRequest(invoice_id=args.id), **kw))


def cmd_list(args: argparse.Namespace) -> int:
    states = [enum_value(pb.ProcessingState, _STATE_PREFIX + state) for state in args.state]
    request = svc.ListInvoicesRequest(
        page_size=args.page_size,
        page_token=args.page_token,
        states=states,
        lifecycle_codes=args.lifecycle,
        issued_from=args.from_date,
        issued_to=args.to_date,
        counterparty=args.counterparty,
    )
    return _call(args, lambda stub, kw: stub.ListInvoices(request, **kw))


def cmd_history(args: argparse.Namespace) -> int:
    return _call(
        args, lambda stub, kw: stub.GetInvoiceHistory(svc.GetInvoiceHistoryRequest(invoice_id=args.id), **kw)
    )


def cmd_retry(args: argparse.Namespace) -> int:
    return _call(args, lambda stub, kw: stub.RetryInvoice(svc.RetryInvoiceRequest(invoice_id=args.id), **kw))


def cmd_cancel(args: argparse.Namespace) -> int:
    # Without --request-id, the same command run again (after a timeout) is the same request: answered, not redone.
    request_id = (
        args.request_id or "cancel-" + hashlib.sha256(f"{args.id}\n{args.reason}".encode()).hexdigest()[:32]
    )
    request = svc.CancelInvoiceRequest(invoice_id=args.id, reason=args.reason, request_id=request_id)
    return _call(args, lambda stub, kw: stub.CancelInvoice(request, **kw))


def cmd_status(args: argparse.Namespace) -> int:
    request = svc.SetInvoiceStatusRequest(
        invoice_id=args.id, code=args.code, vat_rate=args.vat_rate, **status_details(args)
    )
    return _call(args, lambda stub, kw: stub.SetInvoiceStatus(request, **kw))


def cmd_pay(args: argparse.Namespace) -> int:
    split = payment_shares(args.split)
    request = svc.RecordPaymentRequest(
        invoice_id=args.id,
        payment_id=args.payment_id,
        date=args.date,
        amount=args.amount,
        split=split,
        amount_eur=args.amount_eur,
    )
    return _call(args, lambda stub, kw: stub.RecordPayment(request, **kw))


def cmd_watch(args: argparse.Namespace) -> int:
    channel, stub, kw = open_service(args, svc_grpc.InvoiceServiceStub)
    with channel:  # a stream: no deadline
        stream = stub.WatchInvoiceEvents(
            svc.WatchInvoiceEventsRequest(after_event_id=args.after), metadata=kw["metadata"]
        )
        try:
            for item in _limited(stream, args.count):
                print(json.dumps(to_dict(item.event), ensure_ascii=False), flush=True)
        except KeyboardInterrupt:
            stream.cancel()
        finally:
            if args.count:
                stream.cancel()
    return EXIT_OK


def _limited(stream: Iterator[Any], count: int) -> Iterator[Any]:
    for n, item in enumerate(stream, start=1):
        yield item
        if count and n >= count:
            return


# --- commands whose module is loaded only when they are given ------------------------------------------------
# Each of these modules adds to what every command takes to start; main.py imports it inside the function that needs
# it, only when one of its commands is given. Measured with python -X importtime in a fresh interpreter, on the
# 2-core machine loaded by others, where a client command took 1.0-1.4 s to start with all three: service.cli.host
# (serve, migrate, doctor, keys, settings: the service's whole wiring) 0.3-0.6 s; service.cli.documents (the
# document tools) 0.43 s; service.cli.platform (the platform registry) 0.25 s. tests/unit/service/cli/test_main.py
# checks, in a fresh interpreter, that a client command loads none of them.


def _host_group(commands: Any, name: str, help_text: str, *, metavar: str = "COMMAND") -> Any:
    """A group of commands run on this host, on the gateway's database: its subparsers."""
    group = commands.add_parser(
        name, help=f"{help_text} (on DATABASE_URL, else the embedded database serve uses)"
    )
    return group.add_subparsers(dest=f"{name}_command", required=True, metavar=metavar)


def _host_command(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """The command `name` of `commands`, run on this host (`_on_host`), not through a running gateway."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    parser.set_defaults(run=_on_host)
    return parser


def _on_host(args: argparse.Namespace) -> int:
    from service.cli import host  # loaded on demand: see above

    return host.run(args)


# `document` and `platform` as `pdp-gateway --help` lists them when their module is not loaded (a test checks that
# the help reads the same either way)
_ON_DEMAND_HELP = {
    "platform": "manage things at the platform itself",
    "document": "render, parse and validate invoice documents offline",
}


def _add_on_demand(commands: Any, given: str | None) -> None:
    """`platform` and `document`: the commands of their module when one of them is `given` (None: every module, the
    whole tree), else their name and help line only."""
    if given in (None, "platform"):
        from service.cli.platform import add_platform_commands  # loaded on demand: see above

        add_platform_commands(commands)
    else:
        commands.add_parser("platform", help=_ON_DEMAND_HELP["platform"])
    if given in (None, "document"):
        from service.cli import documents  # loaded on demand: see above

        documents.add_commands(commands)
    else:
        commands.add_parser("document", help=_ON_DEMAND_HELP["document"])


def _command_given(argv: Sequence[str]) -> str:
    """The command word of a command line ("" for none, e.g. `--help`): no option before it takes a value."""
    return next((word for word in argv if not word.startswith("-")), "")


_STATE_PREFIX = "PROCESSING_STATE_"
_STATES = [
    name.removeprefix(_STATE_PREFIX)
    for name in pb.ProcessingState.keys()
    if not name.endswith("_UNSPECIFIED")
]


def _siren(value: str) -> str:
    """argparse type of --company: a SIREN whose Luhn check digit holds."""
    if not is_valid_siren(value):
        raise argparse.ArgumentTypeError(siren_problem(value))
    return value


# --- parsing ------------------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, naming the command and where its help is."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _version() -> str:
    try:
        return version("pdp-gateway")
    except PackageNotFoundError:  # run from a checkout without `make install`
        return "unknown"


def build_parser(given: str | None = None) -> argparse.ArgumentParser:
    """The CLI's commands; `given`, the command on the line, to load only its module of those loaded on demand (None:
    all of them, the whole tree)."""
    parser = _Parser(
        prog="pdp-gateway",
        description=" ".join(__doc__.split("\n\n")[0].split()),
        epilog="Exit codes: 0 done, 1 refused by the gateway, 2 usage, authentication, connection or database "
        "error. Every command has --help.",
    )
    parser.add_argument("--version", action="version", version=f"pdp-gateway {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _host_command(commands, "serve", "run the gRPC and HTTP servers")
    _host_command(commands, "migrate", "apply pending database migrations")
    doctor = _host_command(
        commands,
        "doctor",
        "check this installation: database, platform, webhooks, tasks, queues, archive, clock",
    )
    doctor.add_argument("--json", action="store_true", help="one JSON object with every check")
    doctor.add_argument(
        "--http", default="", help="base URL of the running serve's HTTP side (default: HTTP_HOST:HTTP_PORT)"
    )

    keys = _host_group(commands, "keys", "manage API keys")
    create = _host_command(keys, "create", "create a key; its secret is printed once, never stored")
    create.add_argument("--company", required=True, type=_siren, help="SIREN of the company the key acts for")
    create.add_argument(
        "--name", required=True, help="what the key is for, e.g. billing (1 to 100 characters)"
    )
    listing = _host_command(keys, "list", "a company's keys: prefixes and dates, never secrets")
    listing.add_argument("--company", required=True, type=_siren, help="SIREN of the company")
    revoke = _host_command(
        keys, "revoke", "revoke a key at once (exit 1 if the company has no such active key)"
    )
    revoke.add_argument("id", help="the key's id, from keys list")
    revoke.add_argument(
        "--company",
        required=True,
        type=_siren,
        help="SIREN owning the key (a key is revoked only by its owner)",
    )

    deliveries = _host_group(commands, "deliveries", "deliveries addressed to no company of ours")
    unowned = _host_command(
        deliveries,
        "unowned",
        "parked deliveries no company owns (doctor's `parked` counts them), oldest first",
    )
    add_paging(unowned, "deliveries")
    close = _host_command(
        deliveries,
        "close",
        "close one for good, saying why (kept with it and in operator_actions; exit 1 if none)",
    )
    close.add_argument("id", type=integer(1, INT64_MAX), help="the delivery's id, from deliveries unowned")
    close.add_argument("--reason", required=True, help="why it is closed (1 to 500 characters)")
    replay = _host_command(
        deliveries, "replay", "process a parked or unprocessable delivery again, by its id (exit 1 if none)"
    )
    replay.add_argument("id", type=integer(1, INT64_MAX), help="the delivery's id, from deliveries unowned")

    outage = _host_group(commands, "outage", "invoices a platform's outage made fail")
    outage_retry = _host_command(
        outage,
        "retry",
        "queue again every invoice, of every company, FAILED for having waited on PLATFORM's outage past"
        " PIPELINE_OUTAGE_PATIENCE_S, once it is back (as `invoice retry` does each)",
    )
    outage_retry.add_argument(
        "platform", help="the platform profile, as its outage was named (iopole, afnor-pa…)"
    )

    settings = _host_group(commands, "settings", "a company's settings", metavar="SETTING")
    tolerance = _host_command(
        settings,
        "books-tolerance",
        "how far a received invoice may differ from the booked amounts before an approval is refused",
    )
    tolerance.add_argument(
        "amount",
        nargs="?",
        default="",
        help="an amount, e.g. 0.05 (default 0.00); with --percent, the cap (0: none)",
    )
    tolerance.add_argument(
        "--clear",
        action="store_true",
        help="with --supplier: remove its own tolerance (the company's applies)",
    )
    tolerance.add_argument("--percent", default="", help="a percentage of the invoiced figure, e.g. 0.5")
    tolerance.add_argument(
        "--supplier", default=None, type=_siren, help="SIREN of a supplier (BT-30): its own tolerance"
    )
    tolerance.add_argument("--company", required=True, type=_siren, help="SIREN of the company")
    sent_status = _host_command(
        settings,
        "payment-sent-status",
        "send 211 (payment sent) when a payment on a received invoice is recorded",
    )
    sent_status.add_argument("state", choices=("on", "off"), help="on: send 211; off: do not (the default)")
    sent_status.add_argument("--company", required=True, type=_siren, help="SIREN of the company")

    invoice = commands.add_parser("invoice", help="invoices you send, on a running gateway").add_subparsers(
        dest="invoice_command", required=True, metavar="COMMAND"
    )
    validate = client_command(invoice, "validate", cmd_validate, "check an invoice without storing it")
    validate.add_argument(
        "file", help="proto JSON of pdpgateway.v1.Invoice (- : stdin, e.g. from document parse)"
    )
    submit = client_command(
        invoice, "submit", cmd_submit, "submit an invoice, or a ready document, for sending"
    )
    submit.add_argument("file", nargs="?", default="", help="proto JSON of pdpgateway.v1.Invoice (- : stdin)")
    submit.add_argument(
        "--document", default="", metavar="FILE", help="a ready CII, UBL or Factur-X document"
    )
    submit.add_argument(
        "--document-format",
        choices=sorted(_DOCUMENT_FORMATS),
        help="the format --document must have (default: detected)",
    )
    submit.add_argument(
        "--request-id", default="", help="idempotency key (default: derived from the content)"
    )
    submit.add_argument(
        "--full",
        action="store_true",
        help="echo the whole stored invoice (default: its identity, totals and VAT breakdown)",
    )
    get = client_command(invoice, "get", cmd_get, "an invoice with its state, lifecycle status and totals")
    get.add_argument("id", help="the invoice's id")
    invoices_list = client_command(
        invoice, "list", cmd_list, "the company's invoices, newest first, one page at a time"
    )
    invoices_list.add_argument(
        "--state",
        action="append",
        default=[],
        type=lambda text: text.upper().removeprefix(_STATE_PREFIX),
        choices=_STATES,
        metavar="STATE",
        help=f"one of {', '.join(_STATES)} (repeatable)",
    )
    invoices_list.add_argument(
        "--lifecycle", action="append", default=[], help="CDAR code, e.g. 200 (repeatable)"
    )
    invoices_list.add_argument("--from", dest="from_date", default="", help="issued on or after YYYY-MM-DD")
    invoices_list.add_argument("--to", dest="to_date", default="", help="issued on or before YYYY-MM-DD")
    invoices_list.add_argument("--counterparty", default="", help="buyer SIREN or part of its name")
    add_paging(invoices_list, "invoices")
    history = client_command(invoice, "history", cmd_history, "every event of an invoice, oldest first")
    history.add_argument("id", help="the invoice's id")
    document = client_command(invoice, "document", cmd_document, "write the invoice as CII, UBL or Factur-X")
    document.add_argument("id", help="the invoice's id")
    document.add_argument(
        "--format", required=True, choices=sorted(_DOCUMENT_FORMATS), help="document syntax"
    )
    document.add_argument("--profile", choices=sorted(_DOCUMENT_PROFILES), help="BT-24 (default: as stored)")
    document.add_argument("-o", "--output", required=True, help="the file to write")
    watch = client_command(invoice, "watch", cmd_watch, "stream invoice events as JSON lines")
    watch.add_argument(
        "--after", type=integer(0, INT64_MAX), default=0, help="start after this event id (0: from the start)"
    )
    watch.add_argument(
        "--count", type=integer(0, INT64_MAX), default=0, help="stop after this many events (0: never)"
    )
    retry = client_command(
        invoice,
        "retry",
        cmd_retry,
        "queue a FAILED invoice again once its cause is fixed, and its parked held payments (doctor counts them)",
    )
    retry.add_argument("id", help="the invoice's id")
    cancel = client_command(
        invoice,
        "cancel",
        cmd_cancel,
        "void an invoice that never reached the platform (INVALID, FAILED, not yet sent): its number is free"
        " for the corrected invoice; once deposited, issue a credit note (381) or a corrective invoice (384)",
    )
    cancel.add_argument("id", help="the invoice's id")
    cancel.add_argument(
        "--reason", required=True, help="why it is cancelled (kept in its history and the audit log)"
    )
    cancel.add_argument(
        "--request-id", default="", help="idempotency key (default: derived from the id and reason)"
    )
    status = client_command(
        invoice,
        "status",
        cmd_status,
        "send a lifecycle status about a SENT invoice, e.g. 211 Paiement transmis; not 212: a payment received"
        " is recorded with `invoice pay`, which sends its 212",
    )
    status.add_argument("id", help="the invoice's id")
    status.add_argument(
        "--code",
        required=True,
        help="CDAR status code, e.g. 211 (212: use `invoice pay`; 220 closes an invoice a 384 replaced)",
    )
    add_status_details(status)
    status.add_argument("--vat-rate", default="", help="VAT rate of that amount, e.g. 20")
    pay = client_command(
        invoice,
        "pay",
        cmd_pay,
        "record money received on an invoice (negative: a reversal); under VAT on receipt it sends the 212",
    )
    pay.add_argument("id", help="the invoice's id")
    pay.add_argument(
        "--payment-id", required=True, help="your id of this payment (recorded once), e.g. a bank ref"
    )
    pay.add_argument("--date", required=True, help="the day the money was received, e.g. 2026-11-20")
    pay.add_argument(
        "--amount", required=True, help="amount received, VAT included, e.g. 1200.00 (or -1200.00)"
    )
    pay.add_argument(
        "--amount-eur",
        default="",
        help="an invoice in another currency: the payment in EUR (what the bank credited); default: converted"
        " at the invoice's exchange rate",
    )
    pay.add_argument(
        "--split",
        action="append",
        default=[],
        metavar="RATE=AMOUNT",
        help="the amount at one VAT rate (repeat per rate); none: pro rata of what is outstanding",
    )

    add_records_commands(commands)
    add_received_commands(commands)
    _add_on_demand(commands, given)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(_command_given(argv)).parse_args(argv)
    try:
        # Chosen before anything creates a metric (the wiring does, when service.cli.host loads it).
        if args.command == "serve":
            enable_multiprocess()  # the gRPC worker processes count on the same /metrics
        else:
            single_process()  # only serve's processes share metric files
        if args.command == "serve":  # the service acts as the gateway; API calls as their API key
            return int(args.run(args))
        # What a command changes on this host's database (keys, ...) is audited as this operating-system user.
        with acting_as(Actor.cli(getpass.getuser())):
            return int(args.run(args))
    # a setting: the one line serve gives it (adapters.setting_rules; the metrics' folder)
    except (UsageError, BadSetting, MetricsFolderUnwritable) as exc:
        return fail(str(exc))
    except grpc.RpcError as err:
        if err.code() in _USAGE_CODES:
            return fail(f"{err.code().name}: {err.details()}{_advice(err, args)}")
        print_json(refusal(err))
        return EXIT_REFUSED
    except BrokenPipeError:  # the reader went away (`... | head`): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file to read or write
        return fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except KeyboardInterrupt:
        return 130


def _advice(err: grpc.RpcError, args: argparse.Namespace) -> str:
    code = err.code()
    target = getattr(args, "target", "")
    if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED) and target:
        if _answered(err):  # running: what is away is behind it (its database, a full disk, a stop under way)
            return " (the gateway answered; `pdp-gateway doctor` and its logs on its host say what is wrong)"
        return f" (is the gateway running at {target}? `pdp-gateway serve` or --target HOST:PORT)"
    if code == grpc.StatusCode.UNAUTHENTICATED:
        return f" (create a key with `pdp-gateway keys create`, then --api-key or ${API_KEY_ENV})"
    return ""


def _answered(err: grpc.RpcError) -> bool:
    """The gateway itself answered: its errors carry google.rpc details (RetryInfo for UNAVAILABLE); a failed
    connection carries none."""
    return rpc_status.from_call(err) is not None  # type: ignore[arg-type]  # a grpc.Call at run time


if __name__ == "__main__":
    sys.exit(main())
