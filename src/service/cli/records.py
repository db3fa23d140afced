"""`pdp-gateway report ...` and `pdp-gateway archive ...`: e-reporting and archive calls to a running gateway.

Same conventions as the invoice commands (service.cli.main): JSON on stdout, exit 0 / 1 refused / 2 usage.
`archive verify` exits 1 when anything is broken; `archive export` writes the zip and prints its summary.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from google.protobuf import json_format

from adapters.json_text import loads_file
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
from pdpgateway.v1 import reporting_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
from service.cli import client as base

REGIMES = ("REAL_MONTHLY", "REAL_QUARTERLY", "SIMPLIFIED", "FRANCHISE")
KINDS = ("TRANSACTIONS", "PAYMENTS")
# `archive verify` re-hashes every document of the company (about 0.3 ms each on the 2-core bench machine: 30 s is
# about 100,000 documents, a few months of a large company) and `export` streams them all: an hour by default.
ARCHIVE_WALK_TIMEOUT_S = 3600.0


def _period(args: argparse.Namespace) -> rpb.PeriodSelector:
    return rpb.PeriodSelector(
        regime=base.enum_value(rpb.VatRegime, f"VAT_REGIME_{args.regime}"),
        kind=base.enum_value(rpb.ReportKind, f"REPORT_KIND_{args.kind}"),
        day=args.day,
    )


# A `report record` file's sections: (its key, the request it is sent as, the request's list, the method). Each
# section is one call of its own (atomic by itself), in this order.
_RECORD_SECTIONS = (
    ("transactions", rpb.RecordB2cTransactionsRequest, "transactions", "RecordB2cTransactions"),
    ("payments", rpb.RecordPaymentsRequest, "payments", "RecordPayments"),
    ("purchases", rpb.RecordPurchasesRequest, "invoices", "RecordPurchases"),
    ("sales", rpb.RecordSalesRequest, "invoices", "RecordSales"),
)
_SECTION_NAMES = ", ".join(f'"{name}"' for name, *_ in _RECORD_SECTIONS)


def _caller(method: str, request: Any) -> Callable[[Any, dict[str, Any]], Any]:
    return lambda stub, kw: getattr(stub, method)(request, **kw)


def cmd_record(args: argparse.Namespace) -> int:
    """FILE: proto JSON with "transactions" (B2cTransaction list), "payments" (Payment list), "purchases" and/or
    "sales" (Invoice lists: the suppliers' invoices, the company's international sales)."""
    try:
        data = loads_file(Path(args.file).read_bytes())
    except OSError as exc:
        raise base.UsageError(f"cannot read {args.file}: {exc.strerror}") from exc
    except ValueError as exc:
        raise base.UsageError(f"{args.file} is not JSON: {exc}") from exc
    # Strict, as an invoice file is: a misspelt field ("invoiceID") would otherwise be dropped unseen, and a
    # payment of an invoice recorded as a B2C one.
    if not isinstance(data, dict):
        raise base.UsageError(f"{args.file} is not an object holding {_SECTION_NAMES} (any of them)")
    unknown = sorted(set(data) - {name for name, *_ in _RECORD_SECTIONS})
    if unknown:
        raise base.UsageError(f"{args.file}: unknown {', '.join(unknown)}: only {_SECTION_NAMES}")
    requests = []
    for name, request_type, field, method in _RECORD_SECTIONS:
        try:
            request = json_format.ParseDict({field: data.get(name, [])}, request_type())
        except json_format.ParseError as exc:
            raise base.UsageError(f'{args.file}: "{name}" is not in proto JSON: {exc}') from exc
        if getattr(request, field):
            requests.append((name, method, request))
    if not requests:
        raise base.UsageError(f"{args.file} holds none of {_SECTION_NAMES}")
    out: dict[str, Any] = {}
    for name, method, request in requests:
        out[name] = base.to_dict(base.call(args, rpb_grpc.ReportingServiceStub, _caller(method, request)))
    base.print_json(out)
    return base.EXIT_OK


def _declaration_command(method: str, request_type: Any) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        request = request_type(period=_period(args))
        return base.print_answer(
            base.call(args, rpb_grpc.ReportingServiceStub, lambda s, kw: getattr(s, method)(request, **kw))
        )

    return run


RECORD_KINDS = ("b2c", "payment", "purchase", "sale", "issued_sale")


def cmd_void(args: argparse.Namespace) -> int:
    request = rpb.VoidRecordRequest(
        kind=base.enum_value(rpb.RecordKind, f"RECORD_KIND_{args.kind.upper()}"),
        key=args.key,
        reason=args.reason,
        rectify=args.rectify,
    )
    return base.print_answer(
        base.call(args, rpb_grpc.ReportingServiceStub, lambda s, kw: s.VoidRecord(request, **kw))
    )


def cmd_list(args: argparse.Namespace) -> int:
    request = rpb.ListDeclarationsRequest(period_from=args.from_date, period_to=args.to_date)
    return base.print_answer(
        base.call(args, rpb_grpc.ReportingServiceStub, lambda s, kw: s.ListDeclarations(request, **kw))
    )


def cmd_get(args: argparse.Namespace) -> int:
    request = rpb.GetDeclarationRequest(declaration_id=args.declaration_id)
    return base.print_answer(
        base.call(args, rpb_grpc.ReportingServiceStub, lambda s, kw: s.GetDeclaration(request, **kw))
    )


def cmd_archive_get(args: argparse.Namespace) -> int:
    request = apb.GetArchivedDocumentRequest(sha256=args.sha256)
    response = base.call(
        args, apb_grpc.ArchiveServiceStub, lambda s, kw: s.GetArchivedDocument(request, **kw)
    )
    out = base.to_dict(response.document)
    if args.output:
        Path(args.output).write_bytes(response.content)
        out["written_to"] = args.output
    base.print_json(out)
    return base.EXIT_OK


def cmd_archive_verify(args: argparse.Namespace) -> int:
    response = base.call(
        args, apb_grpc.ArchiveServiceStub, lambda s, kw: s.VerifyArchive(apb.VerifyArchiveRequest(), **kw)
    )
    base.print_json(base.to_dict(response) | {"ok": response.ok})
    return base.EXIT_OK if response.ok else base.EXIT_REFUSED


def cmd_archive_export(args: argparse.Namespace) -> int:
    request = apb.ExportArchiveRequest(date_from=args.from_date, date_to=args.to_date)
    channel, stub, kw = base.open_service(args, apb_grpc.ArchiveServiceStub)
    digest, size, summary = hashlib.sha256(), 0, None
    target = Path(args.output)
    with channel, target.open("wb") as out:
        for part in stub.StreamArchiveExport(request, **kw):  # written as the server writes it: no size bound
            if part.HasField("summary"):
                summary = part.summary
            out.write(part.data)
            digest.update(part.data)
            size += len(part.data)
    result = base.to_dict(summary) if summary is not None else {}
    if summary is None or digest.hexdigest() != summary.zip_sha256 or size != summary.zip_size:
        raise base.UsageError(f"the export written to {target} is incomplete or altered in transit")
    base.print_json(result | {"written_to": str(target)})
    return base.EXIT_OK


def add_records_commands(commands: Any) -> None:
    report = commands.add_parser("report", help="e-reporting on a running gateway").add_subparsers(
        dest="report_command", required=True, metavar="COMMAND"
    )
    record = base.client_command(
        report,
        "record",
        cmd_record,
        "record B2C transactions, payments, purchases from abroad and/or international sales (idempotent on keys)",
    )
    record.add_argument(
        "file",
        help='proto JSON: {"transactions": [...], "payments": [...], "purchases": [...], "sales": [...]}',
    )
    for name, method, request_type, text in (
        (
            "preview",
            "PreviewDeclaration",
            rpb.PreviewDeclarationRequest,
            "the declaration as it would be sent today",
        ),
        (
            "submit",
            "SubmitDeclaration",
            rpb.SubmitDeclarationRequest,
            "send the period's initial declaration",
        ),
        (
            "rectify",
            "RectifyDeclaration",
            rpb.RectifyDeclarationRequest,
            "send a rectification of the period",
        ),
    ):
        sub = base.client_command(report, name, _declaration_command(method, request_type), text)
        sub.add_argument("--regime", required=True, choices=REGIMES, help="the company's VAT regime")
        sub.add_argument("--kind", default="TRANSACTIONS", choices=KINDS, help="what is declared")
        sub.add_argument("--day", required=True, help="any day of the period, YYYY-MM-DD")
    void = base.client_command(
        report,
        "void",
        cmd_void,
        "void a recorded row (a declaration refusal names it): it leaves the declarations built from now on,"
        " its key is free for the row recorded corrected",
    )
    void.add_argument("kind", choices=RECORD_KINDS, help="what the row is")
    void.add_argument(
        "key",
        help="its key, as recorded (a purchase or sale: as the refusal names it; an issued_sale: the invoice's number)",
    )
    void.add_argument("--reason", required=True, help="why (kept with the row and in the audit log)")
    void.add_argument(
        "--rectify",
        action="store_true",
        help="the row is part of a declaration already sent: void it for that declaration's rectification",
    )
    listing = base.client_command(report, "list", cmd_list, "declarations and their status")
    listing.add_argument("--from", dest="from_date", default="", help="periods from YYYY-MM-DD")
    listing.add_argument("--to", dest="to_date", default="", help="periods up to YYYY-MM-DD")
    one = base.client_command(report, "get", cmd_get, "one declaration version and its status, by its id")
    one.add_argument("declaration_id", help="the id Submit, Rectify or List gave")

    archive = commands.add_parser("archive", help="the legal archive on a running gateway").add_subparsers(
        dest="archive_command", required=True, metavar="COMMAND"
    )
    get = base.client_command(
        archive, "get", cmd_archive_get, "an archived document's metadata (and bytes with --output)"
    )
    get.add_argument("sha256", help="the document's SHA-256, hex")
    get.add_argument("-o", "--output", default="", help="write the document's bytes to this file")
    # verify and export walk the company's whole archive: minutes for years of documents
    base.client_command(
        archive,
        "verify",
        cmd_archive_verify,
        "recompute every hash and the audit chain (exit 1 if broken)",
        timeout_s=ARCHIVE_WALK_TIMEOUT_S,
    )
    export = base.client_command(
        archive,
        "export",
        cmd_archive_export,
        "a zip to check with unzip + sha256sum -c MANIFEST.sha256",
        timeout_s=ARCHIVE_WALK_TIMEOUT_S,
    )
    export.add_argument("--from", dest="from_date", default="", help="documents dated on or after YYYY-MM-DD")
    export.add_argument("--to", dest="to_date", default="", help="documents dated on or before YYYY-MM-DD")
    export.add_argument("-o", "--output", required=True, help="the zip file to write")
