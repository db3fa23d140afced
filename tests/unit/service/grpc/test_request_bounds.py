"""Every request bounded before its method runs (service.grpc.request_bounds), through the one error wrapper."""

from __future__ import annotations

import grpc
import pytest
from google.rpc import code_pb2

from adapters.postgres.outage import is_outage
from domain.bounds import MAX_ITEMS, MAX_LINES, MAX_REQUEST_ENTRIES, MAX_TEXT
from domain.errors import RequestRejected
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2 as reppb
from service.grpc.errors import ErrorTable, maps_errors
from service.grpc.mapping import invoice_to_proto
from service.grpc.request_bounds import request_findings
from tests.builders import an_invoice

ERRORS = ErrorTable(is_outage)  # as the wiring makes it
to_status = ERRORS.to_status


def _rules(findings) -> list[tuple[str, str]]:
    return [(f.rule_id, f.path) for f in findings]


def test_requests_within_bounds_have_no_finding():
    assert (
        request_findings(svc.SubmitInvoiceRequest(request_id="r1", invoice=invoice_to_proto(an_invoice())))
        == []
    )
    assert request_findings(rpb.ListReceivedInvoicesRequest(lifecycle_codes=["200"], seller="ACME")) == []


def test_nul_and_xml_illegal_characters_are_found_in_every_service_with_their_path():
    assert _rules(request_findings(svc.GetInvoiceRequest(invoice_id="a\x00b"))) == [
        ("PDP-TEXT-CHARS", "invoice_id")
    ]
    assert _rules(request_findings(rpb.ListReceivedInvoicesRequest(lifecycle_codes=["200", "\x01"]))) == [
        ("PDP-TEXT-CHARS", "lifecycle_codes[1]")
    ]
    assert _rules(request_findings(apb.GetArchivedDocumentRequest(sha256="\ufffe"))) == [
        ("PDP-TEXT-CHARS", "sha256")
    ]
    request = reppb.RecordB2cTransactionsRequest()
    request.transactions.add(key="t\x00")
    assert _rules(request_findings(request)) == [("PDP-TEXT-CHARS", "transactions[0].key")]


def test_long_texts_and_long_lists_are_found():
    request = svc.ListInvoicesRequest(
        counterparty="c" * (MAX_TEXT + 1), lifecycle_codes=["200"] * (MAX_LINES + 1)
    )
    assert _rules(request_findings(request)) == [
        ("PDP-LIST-SIZE", "lifecycle_codes"),
        ("PDP-TEXT-LENGTH", "counterparty"),
    ]


def test_the_invoice_message_is_left_to_its_mapping():
    message = invoice_to_proto(an_invoice())
    message.seller.name = "\x00"
    assert request_findings(svc.ValidateInvoiceRequest(invoice=message)) == []


def test_the_invoice_lists_are_counted_before_the_mapping_reads_them():
    # A million lines (64 MB, within the message limit) took the mapping a minute of a worker, a decimal parsed in
    # each, before their number refused them: the edge counts them first, with the invoice's own limits.
    message = invoice_to_proto(an_invoice())
    line = message.lines[0]
    message.lines.extend([line] * MAX_LINES)
    charges = message.lines[1].allowances_charges
    charges.extend([charges.add()] * MAX_ITEMS)
    message.notes.extend([message.notes.add()] * MAX_ITEMS)
    assert _rules(request_findings(svc.SubmitInvoiceRequest(request_id="r", invoice=message))) == [
        ("PDP-LIST-SIZE", "invoice.lines"),
        ("PDP-LIST-SIZE", "invoice.lines[1].allowances_charges"),
        ("PDP-LIST-SIZE", "invoice.notes"),
    ]
    del message.lines[MAX_LINES:]
    del message.notes[MAX_ITEMS:]
    del charges[MAX_ITEMS:]
    assert request_findings(svc.ValidateInvoiceRequest(invoice=message)) == []


class _Context:
    def __init__(self) -> None:
        self.status = None

    async def abort_with_status(self, status):
        self.status = status
        raise grpc.aio.AbortError()


async def test_a_method_never_sees_a_request_out_of_bounds():
    calls = []

    class Servicer:
        errors = ERRORS

        @maps_errors
        async def GetInvoice(self, request, context):
            calls.append(request)

    context = _Context()
    with pytest.raises(grpc.aio.AbortError):
        await Servicer().GetInvoice(svc.GetInvoiceRequest(invoice_id="\x00"), context)
    assert calls == [] and context.status.code == grpc.StatusCode.INVALID_ARGUMENT


def test_request_rejected_is_invalid_argument():
    assert to_status(RequestRejected(request_findings(svc.GetInvoiceRequest(invoice_id="\x00")))).code == (
        code_pb2.INVALID_ARGUMENT
    )


def _payments(count: int, amounts: int) -> reppb.RecordPaymentsRequest:
    paid = [reppb.PaymentAmount(vat_rate="20", amount="1.00")] * amounts
    return reppb.RecordPaymentsRequest(
        payments=[reppb.Payment(key=f"k{i}", day="2026-11-03", amounts=paid) for i in range(count)]
    )


def test_a_request_s_list_entries_in_all_are_bounded_whatever_each_list_holds():
    # 500 payments of 199 amounts: 100,000 entries, each list within its own bound
    assert request_findings(_payments(500, 199)) == []

    [found] = request_findings(_payments(501, 199))  # 100,200

    assert (found.rule_id, found.path) == ("PDP-LIST-SIZE", "")
    assert found.message == (
        f"the request holds 100200 list entries in all (at any depth), at most {MAX_REQUEST_ENTRIES}: send it in parts"
    )


def test_an_invoice_s_entries_count_with_the_request_s():
    invoice = invoice_to_proto(an_invoice(lines=1))
    line = invoice.lines[0]
    line.allowances_charges.extend([pb.AllowanceCharge(amount="0.01", vat_rate="20")] * 100)
    del invoice.lines[:]
    invoice.lines.extend(
        [line] * 1000
    )  # 1,000 lines of 100 allowances: 101,000 entries and the invoice's own

    assert _rules(request_findings(svc.ValidateInvoiceRequest(invoice=invoice))) == [("PDP-LIST-SIZE", "")]
    assert _rules(request_findings(reppb.RecordSalesRequest(invoices=[invoice]))) == [("PDP-LIST-SIZE", "")]


def test_a_list_of_enums_is_bounded_like_any_list():
    """ListInvoices' `states` was the one list of numbers in a request, and the bounds counted only lists of texts
    and messages: 3,000,000 states (3 MB) were taken, and reading them held the process's other calls 13.6 s on a
    real server."""
    within = svc.ListInvoicesRequest(states=[pb.PROCESSING_STATE_SENT] * MAX_LINES)
    assert request_findings(within) == []
    assert _rules(request_findings(svc.ListInvoicesRequest(states=[1] * (MAX_LINES + 1)))) == [
        ("PDP-LIST-SIZE", "states")
    ]
