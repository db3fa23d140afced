"""Another company's received invoices and listing positions, asked with a valid key of one company through the
real gRPC server, after a signed platform callback brought the invoice: every ReceptionService method that takes a
received invoice's id answers exactly as for an id never issued, and changes nothing of the victim's."""

from __future__ import annotations

import uuid

import grpc
import httpx

from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from tests.e2e.conftest import new_company
from tests.e2e.test_reception_flow import CII
from tests.support.reception import settled, wait_until
from tests.support.webhooks import addressed_to, post_invoice


def _calls(invoice_id: str) -> dict[str, rpb.Message]:
    return {
        "GetReceivedInvoice": rpb.GetReceivedInvoiceRequest(invoice_id=invoice_id),
        "GetReceivedInvoiceReadable": rpb.GetReceivedInvoiceReadableRequest(invoice_id=invoice_id),
        "SetBuyerStatus": rpb.SetBuyerStatusRequest(invoice_id=invoice_id, status=rpb.BUYER_STATUS_APPROVED),
        "RecordPaymentSent": rpb.RecordPaymentSentRequest(
            invoice_id=invoice_id, payment_id="PAY-1", date="2026-11-01", amount="1.00"
        ),
    }


async def _answer(stub: rpb_grpc.ReceptionServiceStub, method: str, request, metadata) -> tuple[str, str]:
    try:
        await getattr(stub, method)(request, metadata=metadata)
    except grpc.aio.AioRpcError as err:
        details = err.details() or ""
        asked = getattr(request, "invoice_id", "")
        return err.code().name, details.replace(asked, "<id>") if asked else details
    return "OK", ""


async def test_another_company_s_received_invoice_is_answered_as_an_id_never_issued(
    webhook_url, container, gateway_port, pg_pool
) -> None:
    victim, attacker = await new_company(container), await new_company(container)
    for resent in range(2):  # the same invoice in two files (IOPOLE keys a callback by its file)
        key = str(uuid.uuid4())
        async with httpx.AsyncClient(base_url=webhook_url) as http:
            response = await post_invoice(
                http,
                addressed_to(CII, victim.siren) + b"\n" * resent,
                key=key,
                invoice_id=str(uuid.uuid4()),
                target=f"0225:{victim.siren}",
            )
            assert response.status_code == 200, response.text
        await wait_until(lambda key=key: settled(pg_pool, [key]))
    as_victim = (("authorization", f"Bearer {victim.api_key}"),)
    as_attacker = (("authorization", f"Bearer {attacker.api_key}"),)
    async with grpc.aio.insecure_channel(f"localhost:{gateway_port}") as channel:
        stub = rpb_grpc.ReceptionServiceStub(channel)
        first = await stub.ListReceivedInvoices(
            rpb.ListReceivedInvoicesRequest(page_size=1), metadata=as_victim
        )
        [theirs] = first.invoices
        for method, request in _calls(theirs.id).items():
            never_issued = _calls(str(uuid.uuid4()))[method]
            assert await _answer(stub, method, request, as_attacker) == await _answer(
                stub, method, never_issued, as_attacker
            ), method
            assert (await _answer(stub, method, request, as_attacker))[0] == "NOT_FOUND", method
        # the victim's position in its own listing, and its seller as a filter: nothing of the victim's
        token = rpb.ListReceivedInvoicesRequest(page_size=1, page_token=first.next_page_token)
        assert await _answer(stub, "ListReceivedInvoices", token, as_attacker) == (
            "INVALID_ARGUMENT",
            "the page token was made by another List method, with other filters or for another company: send the "
            "filters of the first page again, or start without a token",
        )
        seller = rpb.ListReceivedInvoicesRequest(seller=theirs.seller_siren)
        assert list((await stub.ListReceivedInvoices(seller, metadata=as_attacker)).invoices) == []
        again = await stub.GetReceivedInvoice(
            rpb.GetReceivedInvoiceRequest(invoice_id=theirs.id), metadata=as_victim
        )
    assert again.invoice.lifecycle_code == theirs.lifecycle_code  # no status queued, no payment recorded
    assert (
        await pg_pool.fetchval(
            "SELECT count(*) FROM received_invoice_events WHERE company_siren = $1 AND kind <> 'RECEIVED'",
            victim.siren,
        )
        == 0
    )
