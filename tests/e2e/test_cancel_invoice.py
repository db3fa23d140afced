"""CancelInvoice through a real gRPC server on PostgreSQL: the corrected invoice takes the cancelled one's number."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import grpc

from domain.invoice import ProcessingRule
from pdpgateway.v1 import invoice_pb2 as pb
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of


async def test_a_cancelled_invoices_number_is_taken_by_the_corrected_one_and_only_once(
    client: GatewayClient, company: Company
) -> None:
    api = client.as_(company)
    wrong = invoice_of(company)
    first = (await api.submit(wrong)).invoice
    duplicate = await expect_error(
        api.submit(replace(wrong, due_date=date(2026, 12, 3))), grpc.StatusCode.ALREADY_EXISTS
    )
    assert "DUPLICATE_INVOICE_NUMBER" in duplicate.reasons

    cancelled = (await api.cancel(first.id, "wrong VAT rate on line 1", request_id="cancel-a")).invoice
    assert cancelled.state == pb.PROCESSING_STATE_CANCELLED
    again = (await api.cancel(first.id, "wrong VAT rate on line 1", request_id="cancel-a")).invoice
    assert again.state == pb.PROCESSING_STATE_CANCELLED  # the same request: answered, nothing redone
    other_request = await expect_error(
        api.cancel(first.id, "wrong VAT rate on line 1", request_id="cancel-b"),
        grpc.StatusCode.FAILED_PRECONDITION,
    )
    assert other_request.preconditions == ["PDP-CANCEL-CANCELLED"]  # a rule, not an exception's class name

    corrected = (await api.submit(replace(wrong, due_date=date(2026, 12, 4)))).invoice
    assert corrected.invoice.number == wrong.number and corrected.id != first.id
    assert corrected.state == pb.PROCESSING_STATE_ACCEPTED
    taken = await expect_error(
        api.submit(replace(wrong, due_date=date(2026, 12, 5))), grpc.StatusCode.ALREADY_EXISTS
    )
    assert "DUPLICATE_INVOICE_NUMBER" in taken.reasons

    kept = (await api.get(first.id)).invoice  # the cancelled one stays, with its reason in its history
    assert kept.state == pb.PROCESSING_STATE_CANCELLED
    events = (await api.history(first.id)).events
    assert [(e.kind, e.detail) for e in events][-1] == ("CANCELLED", "wrong VAT rate on line 1")
    listed = (await api.list(states=[pb.PROCESSING_STATE_CANCELLED])).invoices
    assert [i.id for i in listed] == [first.id]


async def test_an_invoice_issued_outside_the_platform_is_refused_naming_a_credit_note_or_a_corrective_invoice(
    client: GatewayClient, company: Company, other_company: Company
) -> None:
    api = client.as_(company)
    b2c = (await api.submit(invoice_of(company, processing_rule=ProcessingRule.B2C))).invoice
    assert b2c.state == pb.PROCESSING_STATE_NOT_TRANSMITTED
    refused = await expect_error(api.cancel(b2c.id, "typo"), grpc.StatusCode.FAILED_PRECONDITION)
    assert "credit note (type 381)" in refused.message and "corrective invoice (type 384)" in refused.message
    assert refused.preconditions == ["PDP-CANCEL-DEPOSITED"]
    await expect_error(client.as_(other_company).cancel(b2c.id, "typo"), grpc.StatusCode.NOT_FOUND)
    no_reason = await expect_error(api.cancel(b2c.id, ""), grpc.StatusCode.INVALID_ARGUMENT)
    assert "reason" in no_reason.message
