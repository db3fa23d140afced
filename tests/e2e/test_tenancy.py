"""A company's valid API key against another company's data, through the real gRPC server: what the attacker holds
(its own key, ids and numbers it guessed or learnt, request and payment ids another company uses) never reads,
changes or blocks the other company's invoices, payments, archive or deliveries."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc_status import rpc_status

from domain.identifiers import french_vat_number
from domain.invoice import DocumentType, Identifier, Invoice
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
from pdpgateway.v1 import document_pb2 as dpb
from pdpgateway.v1 import document_service_pb2 as dsvc
from pdpgateway.v1 import document_service_pb2_grpc as dsvc_grpc
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from pdpgateway.v1 import reporting_service_pb2 as reppb
from pdpgateway.v1 import reporting_service_pb2_grpc as reppb_grpc
from tests.builders import a_buyer, random_number
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of


def self_billed_by(buyer: Company, seller: Company, number: str) -> Invoice:
    """`buyer`'s self-billed invoice (389) in the name of `seller`: the buyer issues it, so the buyer submits it."""
    billed_by = replace(
        a_buyer(buyer.siren),
        vat_id=french_vat_number(buyer.siren),
        electronic_address=Identifier(buyer.siren, "0225"),
    )
    return invoice_of(seller, number=number, type_code=DocumentType.SELF_BILLED_INVOICE, buyer=billed_by)


async def test_another_company_cannot_take_or_probe_a_sellers_invoice_numbers(
    client: GatewayClient, company: Company, other_company: Company
):
    """The attacker (`other_company`) submits self-billed invoices in the victim's name: one under a number the
    victim already used (an answer telling them apart would say which numbers the victim issued), one under a
    number the victim has not used yet (which it must still be able to use)."""
    victim, attacker = client.as_(company), client.as_(other_company)
    used, next_one = random_number(), random_number()
    await victim.submit(invoice_of(company, number=used))

    await attacker.submit(self_billed_by(other_company, company, used))
    await attacker.submit(self_billed_by(other_company, company, next_one))

    answer = await victim.submit(invoice_of(company, number=next_one))
    assert answer.invoice.invoice.number == next_one
    error = await expect_error(
        victim.submit(invoice_of(company, number=used)), grpc.StatusCode.ALREADY_EXISTS
    )
    assert error.reasons == ["DUPLICATE_INVOICE_NUMBER"]
    error = await expect_error(
        attacker.submit(self_billed_by(other_company, company, used)), grpc.StatusCode.ALREADY_EXISTS
    )
    assert error.reasons == ["DUPLICATE_INVOICE_NUMBER"]


INVOICE_METHODS = {
    "GetInvoice",
    "GetInvoiceHistory",
    "GetInvoiceDocument",
    "RetryInvoice",
    "CancelInvoice",
    "SetInvoiceStatus",
    "RecordPayment",
}


async def test_another_company_s_ids_are_not_found_by_every_method_that_takes_one(
    client: GatewayClient, channel: grpc.aio.Channel, company: Company, other_company: Company
):
    """The victim's real invoice id and archived document's digest, each given to every method that takes one
    under the attacker's key: NOT_FOUND (never the victim's data, nothing changed), as for an id never issued, and
    in the same words by every InvoiceService method."""
    victim, attacker = client.as_(company), client.as_(other_company)
    submitted = await victim.submit(invoice_of(company))
    invoice_id = submitted.invoice.id
    declared = await victim_s_declaration(channel, company, other_company)
    md = attacker.metadata
    stub, reception = attacker.stub, rpb_grpc.ReceptionServiceStub(channel)
    archive = apb_grpc.ArchiveServiceStub(channel)
    calls = {
        "GetInvoice": attacker.get(invoice_id),
        "GetInvoiceHistory": attacker.history(invoice_id),
        "GetInvoiceDocument": stub.GetInvoiceDocument(
            svc.GetInvoiceDocumentRequest(invoice_id=invoice_id, format=dpb.DOCUMENT_FORMAT_CII), metadata=md
        ),
        "RetryInvoice": stub.RetryInvoice(svc.RetryInvoiceRequest(invoice_id=invoice_id), metadata=md),
        "CancelInvoice": attacker.cancel(invoice_id, "not mine"),
        "SetInvoiceStatus": stub.SetInvoiceStatus(
            svc.SetInvoiceStatusRequest(invoice_id=invoice_id, code="211", amount="10.00"),
            metadata=md,
        ),
        "RecordPayment": stub.RecordPayment(
            svc.RecordPaymentRequest(
                invoice_id=invoice_id, payment_id="P-1", date="2026-11-20", amount="10.00"
            ),
            metadata=md,
        ),
        "GetReceivedInvoice": reception.GetReceivedInvoice(
            rpb.GetReceivedInvoiceRequest(invoice_id=invoice_id), metadata=md
        ),
        "GetArchivedDocument": archive.GetArchivedDocument(
            apb.GetArchivedDocumentRequest(sha256=declared.archive_sha256), metadata=md
        ),
    }
    for method, call in calls.items():
        try:
            await call
        except grpc.aio.AioRpcError as err:
            assert err.code() is grpc.StatusCode.NOT_FOUND, f"{method}: {err.code().name} {err.details()}"
            assert company.siren not in (err.details() or ""), method
            if method in INVOICE_METHODS:
                assert err.details() == f"no invoice {invoice_id}", method
        else:
            raise AssertionError(f"{method} answered another company's {invoice_id}")
    still = await victim.get(invoice_id)
    assert still.invoice.state == submitted.invoice.state
    assert [e.kind for e in (await victim.history(invoice_id)).events] == ["SUBMITTED"]


SEPTEMBER = reppb.PeriodSelector(
    regime=reppb.VAT_REGIME_SIMPLIFIED, kind=reppb.REPORT_KIND_TRANSACTIONS, day="2026-09-15"
)


async def victim_s_declaration(
    channel: grpc.aio.Channel, victim: Company, attacker: Company
) -> reppb.Declaration:
    """The victim's B2C sales of September declared (and archived); the attacker records one sale under the same
    key and sees only its own in its preview, its list and its declaration."""
    reporting = reppb_grpc.ReportingServiceStub(channel)

    def sale(amount: str) -> reppb.RecordB2cTransactionsRequest:
        one = reppb.B2cTransaction(
            key="TILL-0001",
            day="2026-09-02",
            category=reppb.B2C_CATEGORY_TLB1,
            vat_rate="20",
            taxable_amount=amount,
            vat_amount=str(Decimal(amount) / 5),
        )
        return reppb.RecordB2cTransactionsRequest(transactions=[one])

    def as_(company: Company) -> tuple[tuple[str, str]]:
        return (("authorization", f"Bearer {company.api_key}"),)

    await reporting.RecordB2cTransactions(sale("1000.00"), metadata=as_(victim))
    declared = await reporting.SubmitDeclaration(
        reppb.SubmitDeclarationRequest(period=SEPTEMBER), metadata=as_(victim)
    )
    recorded = await reporting.RecordB2cTransactions(sale("10.00"), metadata=as_(attacker))
    assert (recorded.recorded, recorded.replayed) == (1, 0)
    assert list(recorded.declarations_to_rectify) == []
    preview = await reporting.PreviewDeclaration(
        reppb.PreviewDeclarationRequest(period=SEPTEMBER), metadata=as_(attacker)
    )
    assert "1000.00" not in str(preview) and "10.00" in str(preview)
    listed = await reporting.ListDeclarations(reppb.ListDeclarationsRequest(), metadata=as_(attacker))
    assert list(listed.declarations) == []
    # the victim's declaration id answers as an id never issued, and as one of no id's form
    refusals = []
    for declaration_id in (declared.declaration.id, str(uuid.uuid4()), "not-an-id"):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await reporting.GetDeclaration(
                reppb.GetDeclarationRequest(declaration_id=declaration_id), metadata=as_(attacker)
            )
        refusals.append((refused.value.code(), refused.value.details().replace(declaration_id, "ID")))
    assert refusals == [(grpc.StatusCode.NOT_FOUND, "no declaration ID for this company")] * 3
    own = await reporting.GetDeclaration(
        reppb.GetDeclarationRequest(declaration_id=declared.declaration.id), metadata=as_(victim)
    )
    assert own.declaration.id == declared.declaration.id and own.declaration.totals.b2c_taxable == "1000.00"
    return declared.declaration


async def test_request_and_payment_ids_another_company_used_are_its_own_and_a_reused_payment_id_says_so(
    client: GatewayClient, company: Company, other_company: Company
):
    """Idempotency keys are per company: the attacker's request id or payment id equal to the victim's replays
    nothing of the victim's. Within one company a payment id names one payment: given again for another payment,
    the refusal names the payment id (PAYMENT_ID_REUSED), not a request id the call never had."""
    victim, attacker = client.as_(company), client.as_(other_company)
    mine = await victim.submit(invoice_of(company), request_id="ERP-0001")
    theirs = await attacker.submit(invoice_of(other_company), request_id="ERP-0001")
    assert theirs.invoice.id != mine.invoice.id

    def pay(who: GatewayClient, invoice_id: str, amount: str) -> object:
        request = svc.RecordPaymentRequest(
            invoice_id=invoice_id, payment_id="BANK-REF-1", date="2026-11-20", amount=amount
        )
        return who.stub.RecordPayment(request, metadata=who.metadata)

    first = await pay(victim, mine.invoice.id, "10.00")
    other = await pay(attacker, theirs.invoice.id, "20.00")
    assert not first.replayed and not other.replayed and first.held and other.held
    again = await victim.submit(invoice_of(company))
    error = await expect_error(pay(victim, again.invoice.id, "10.00"), grpc.StatusCode.ALREADY_EXISTS)
    assert error.reasons == ["PAYMENT_ID_REUSED"]
    assert "payment id 'BANK-REF-1'" in error.message
    assert (await pay(victim, mine.invoice.id, "10.00")).replayed


async def test_one_company_s_streams_cannot_take_another_s_place(
    client: GatewayClient, company: Company, other_company: Company
):
    """The attacker opens more WatchInvoiceEvents streams than a company may hold (32 per gRPC process): the extra
    ones are RESOURCE_EXHAUSTED naming why, and the victim still opens its own and sees its own events only."""
    attacker, victim = client.as_(other_company), client.as_(company)
    streams = [attacker.watch() for _ in range(40)]
    try:
        # An open stream says nothing until an event; a refused one ends. Waiting for the 8 ends (a bound only a
        # hang reaches), then half a second for any more, tells them apart on a loaded machine too: reading each
        # stream for 0.5 s in turn counted a refusal slower than that as open.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60
        while sum(s.done() for s in streams) < 8 and loop.time() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        outcomes = [(await s.code()).name if s.done() else "open" for s in streams]
        assert outcomes.count("open") == 32 and outcomes.count("RESOURCE_EXHAUSTED") == 8, outcomes
        refused = next(s for s, o in zip(streams, outcomes, strict=True) if o == "RESOURCE_EXHAUSTED")
        assert "at most 32 per company" in (await refused.details() or "")

        own = victim.watch()
        submitted = await victim.submit(invoice_of(company))
        await attacker.submit(invoice_of(other_company))
        event = await asyncio.wait_for(own.read(), 10)
        assert event.event.invoice_id == submitted.invoice.id
        own.cancel()
    finally:
        for stream in streams:
            stream.cancel()


async def test_huge_or_countless_metadata_is_refused_and_the_server_goes_on(
    client: GatewayClient, company: Company
):
    as_company = client.as_(company)
    big = (*as_company.metadata, ("x-padding", "a" * (1 << 20)))
    countless = (*as_company.metadata, *((f"x-h{i}", "v") for i in range(10_000)))
    for metadata in (big, countless):
        call = as_company.stub.ListInvoices(svc.ListInvoicesRequest(), metadata=metadata)
        await expect_error(call, grpc.StatusCode.RESOURCE_EXHAUSTED)
    assert list((await as_company.list()).invoices) == []


async def test_one_company_s_flood_of_document_calls_leaves_the_workers_to_the_others(
    channel: grpc.aio.Channel, company: Company, other_company: Company
):
    """A process has few document workers (and four calls queued per worker): the attacker's 60 ValidateDocument
    calls at once took them all, the victim's call waited behind them, and the attacker's own calls failed as
    "the service's database is unavailable". Past its share a company is told RESOURCE_EXHAUSTED
    (DOCUMENTS_BUSY, with when to retry), and the other company's call goes through."""
    stub = dsvc_grpc.DocumentServiceStub(channel)
    content = (
        Path(__file__).parents[1] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
    ).read_bytes()

    def validate(who: Company) -> Any:
        request = dsvc.ValidateDocumentRequest(content=content)
        return stub.ValidateDocument(request, metadata=(("authorization", f"Bearer {who.api_key}"),))

    await validate(other_company)  # the workers started and warm
    calls = [validate(company) for _ in range(60)]
    flood = [asyncio.ensure_future(call) for call in calls]
    try:
        victim = await validate(other_company)
        assert victim.report.valid
        answers = await asyncio.gather(*flood, return_exceptions=True)
    finally:
        for call in flood:
            call.cancel()
    refused = [a for a in answers if isinstance(a, grpc.aio.AioRpcError)]
    assert refused and {a.code() for a in refused} == {grpc.StatusCode.RESOURCE_EXHAUSTED}
    assert "per company" in (refused[0].details() or "")
    details = await rpc_status.aio.from_call(calls[answers.index(refused[0])])
    assert details is not None and "DOCUMENTS_BUSY" in str(details)
    assert all(a.report.valid for a in answers if not isinstance(a, BaseException))
