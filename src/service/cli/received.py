"""`pdp-gateway received list|get|readable|status|parked|replay`: the ReceptionService from the command line.

Same conventions as `pdp-gateway invoice ...` (service.cli.main): JSON on stdout, --target/--api-key/--timeout.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from service.cli import client
from service.cli.client import INT64_MAX, add_paging, client_command, integer

_VALIDITY = {
    "": rpb.ListReceivedInvoicesRequest.VALIDITY_UNSPECIFIED,
    "valid": rpb.ListReceivedInvoicesRequest.VALIDITY_VALID,
    "invalid": rpb.ListReceivedInvoicesRequest.VALIDITY_INVALID,
}
_STATUSES = [
    name.removeprefix("BUYER_STATUS_")
    for name in rpb.BuyerStatus.keys()
    if name != "BUYER_STATUS_UNSPECIFIED"
]


def _run(
    args: argparse.Namespace, invoke: Callable[[rpb_grpc.ReceptionServiceStub, client.Calls], Any]
) -> Any:
    return client.call(args, rpb_grpc.ReceptionServiceStub, invoke)


def cmd_list(args: argparse.Namespace) -> int:
    request = rpb.ListReceivedInvoicesRequest(
        page_size=args.page_size,
        page_token=args.page_token,
        lifecycle_codes=args.lifecycle,
        validity=_VALIDITY[args.validity],
        seller=args.seller,
    )
    return client.print_answer(_run(args, lambda stub, kw: stub.ListReceivedInvoices(request, **kw)))


def cmd_get(args: argparse.Namespace) -> int:
    response = _run(
        args,
        lambda stub, kw: stub.GetReceivedInvoice(rpb.GetReceivedInvoiceRequest(invoice_id=args.id), **kw),
    )
    if args.save:
        Path(args.save).write_bytes(response.document)
        response.ClearField("document")
    return client.print_answer(response)


def cmd_readable(args: argparse.Namespace) -> int:
    response = _run(
        args,
        lambda stub, kw: stub.GetReceivedInvoiceReadable(
            rpb.GetReceivedInvoiceReadableRequest(invoice_id=args.id, platform_only=args.platform_only),
            **kw,
        ),
    )
    Path(args.output).write_bytes(response.content)
    response.ClearField("content")
    return client.print_answer(response)


def cmd_status(args: argparse.Namespace) -> int:
    request = rpb.SetBuyerStatusRequest(
        invoice_id=args.id,
        status=client.enum_value(rpb.BuyerStatus, "BUYER_STATUS_" + args.status),
        on_difference="ON_BOOKS_DIFFERENCE_" + args.on_difference.upper(),
        **client.status_details(args),
    )
    if args.booked_total or args.booked_vat:
        request.booked.total = args.booked_total
        for line in args.booked_vat:
            rate, sep, amount = line.partition("=")
            if not sep:
                raise client.UsageError(f"--booked-vat {line!r}: write RATE=AMOUNT, e.g. 20=200.00")
            request.booked.vat.add(vat_rate=rate.strip(), amount=amount.strip())
    return client.print_answer(_run(args, lambda stub, kw: stub.SetBuyerStatus(request, **kw)))


def cmd_pay(args: argparse.Namespace) -> int:
    split = client.payment_shares(args.split)
    request = rpb.RecordPaymentSentRequest(
        invoice_id=args.id, payment_id=args.payment_id, date=args.date, amount=args.amount, split=split
    )
    return client.print_answer(_run(args, lambda stub, kw: stub.RecordPaymentSent(request, **kw)))


def cmd_parked(args: argparse.Namespace) -> int:
    request = rpb.ListParkedDeliveriesRequest(page_size=args.page_size, page_token=args.page_token)
    return client.print_answer(_run(args, lambda stub, kw: stub.ListParkedDeliveries(request, **kw)))


def cmd_replay(args: argparse.Namespace) -> int:
    request = rpb.ReplayDeliveryRequest(delivery_id=args.id)
    return client.print_answer(_run(args, lambda stub, kw: stub.ReplayDelivery(request, **kw)))


def add_received_commands(commands: Any) -> None:
    received = commands.add_parser("received", help="invoices received through the platform").add_subparsers(
        dest="received_command", required=True, metavar="COMMAND"
    )
    listing = client_command(
        received, "list", cmd_list, "received invoices, newest first, one page at a time"
    )
    listing.add_argument("--lifecycle", action="append", default=[], help="CDAR code, e.g. 203 (repeatable)")
    listing.add_argument(
        "--validity", choices=sorted(_VALIDITY), default="", help="only this validation outcome"
    )
    listing.add_argument("--seller", default="", help="seller SIREN or part of its name")
    add_paging(listing, "invoices")
    get = client_command(
        received, "get", cmd_get, "structured invoice, validation report and original document"
    )
    get.add_argument("id", help="the received invoice's id")
    get.add_argument("--save", default="", help="write the original document to this file")
    readable = client_command(
        received,
        "readable",
        cmd_readable,
        "a readable PDF: the platform's own copy, else the received Factur-X itself, else the gateway's page",
    )
    readable.add_argument("id", help="the received invoice's id")
    readable.add_argument("-o", "--output", required=True, help="write the PDF to this file")
    readable.add_argument(
        "--platform-only",
        action="store_true",
        help="only the platform's own copy: fail (exit 2, unavailable) rather than fall back",
    )
    status = client_command(
        received, "status", cmd_status, "send a buyer status (checked, then queued for the platform)"
    )
    status.add_argument("id", help="the received invoice's id")
    status.add_argument("status", choices=_STATUSES, help="the buyer status to send")
    client.add_status_details(status)
    status.add_argument("--booked-total", default="", help="APPROVED: the total booked, VAT included")
    status.add_argument(
        "--booked-vat",
        action="append",
        default=[],
        metavar="RATE=AMOUNT",
        help="APPROVED: VAT booked at a rate",
    )
    status.add_argument(
        "--on-difference",
        choices=("refuse", "partially_approve", "dispute"),
        default="refuse",
        help="beyond the company's tolerance: refuse the approval (default), or send 206 / 207 instead",
    )
    pay = client_command(
        received,
        "pay",
        cmd_pay,
        "record money sent for a received invoice (negative: a reversal); 211 when the company says so",
    )
    pay.add_argument("id", help="the received invoice's id")
    pay.add_argument("--payment-id", required=True, help="your id of this payment (recorded once)")
    pay.add_argument("--date", required=True, help="the day the money was sent, e.g. 2026-11-20")
    pay.add_argument("--amount", required=True, help="amount sent, VAT included, e.g. 897.00")
    pay.add_argument(
        "--split", action="append", default=[], metavar="RATE=AMOUNT", help="the amount at one VAT rate"
    )
    parked = client_command(
        received, "parked", cmd_parked, "deliveries addressed to us that could not be processed"
    )
    add_paging(parked, "deliveries")
    replay = client_command(received, "replay", cmd_replay, "process a parked delivery again")
    replay.add_argument(
        "id", type=integer(1, INT64_MAX), help="the parked delivery's id, from received parked"
    )
