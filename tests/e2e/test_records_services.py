"""ReportingService and ArchiveService through the real gRPC server (production container, auth interceptor)."""

import asyncio
import hashlib
import io
import json
import os
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import asyncpg
import grpc
import pytest
from google.protobuf import json_format

from adapters.documents.api import render
from domain.invoice import Address, Identifier, Invoice, Party, ProcessingRule, VatCategory
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import reporting_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
from service.cli.client import MESSAGE_LIMITS
from service.grpc import archive_servicer
from service.grpc.mapping import invoice_from_proto, invoice_to_proto
from tests.builders import a_buyer, a_line, an_invoice
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of
from tests.e2e.test_document_service import submit_document
from tests.random_refs import random_request_id


def auth(company: Company) -> tuple[tuple[str, str], ...]:
    return (("authorization", f"Bearer {company.api_key}"),)


def sale(key: str, day: str, base: str, vat: str, rate: str = "20") -> rpb.B2cTransaction:
    return rpb.B2cTransaction(
        key=key, day=day, category=rpb.B2C_CATEGORY_TLB1, vat_rate=rate, taxable_amount=base, vat_amount=vat
    )


SEPTEMBER = rpb.PeriodSelector(
    regime=rpb.VAT_REGIME_SIMPLIFIED, kind=rpb.REPORT_KIND_TRANSACTIONS, day="2026-09-15"
)


async def test_record_submit_list_then_get_verify_and_export_the_archived_declaration(
    channel: grpc.aio.Channel, company: Company, other_company: Company, tmp_path: Path
) -> None:
    reporting = rpb_grpc.ReportingServiceStub(channel)
    archive = apb_grpc.ArchiveServiceStub(channel)
    sales = [
        sale(f"{company.siren}-1", "2026-09-02", "100.00", "20.00"),
        sale(f"{company.siren}-2", "2026-09-02", "19.99", "4.00"),
        sale(f"{company.siren}-3", "2026-09-30", "1000.00", "55.00", rate="5.5"),
    ]

    recorded = await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(transactions=sales), metadata=auth(company)
    )
    replayed = await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(transactions=sales[:1]), metadata=auth(company)
    )
    submitted = await reporting.SubmitDeclaration(
        rpb.SubmitDeclarationRequest(period=SEPTEMBER), metadata=auth(company)
    )
    listed = await reporting.ListDeclarations(rpb.ListDeclarationsRequest(), metadata=auth(company))
    others = await reporting.ListDeclarations(rpb.ListDeclarationsRequest(), metadata=auth(other_company))

    assert (recorded.recorded, recorded.replayed, replayed.recorded, replayed.replayed) == (3, 0, 0, 1)
    d = submitted.declaration
    assert (d.totals.b2c_taxable, d.totals.b2c_vat, d.totals.b2c_count) == ("1119.99", "79.00", 3)
    assert d.status == rpb.DECLARATION_STATUS_SUBMITTED and d.report_type == rpb.REPORT_TYPE_INITIAL
    assert (d.period_start, d.period_end, d.deadline) == ("2026-09-01", "2026-09-30", "2026-10-30")
    assert [x.id for x in listed.declarations] == [d.id] and not others.declarations
    late = await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(
            transactions=[sale(f"{company.siren}-4", "2026-09-29", "5.00", "1.00")]
        ),
        metadata=auth(company),
    )
    assert (late.recorded, list(late.declarations_to_rectify)) == (1, ["2026-09-01/2026-09-30"])
    assert list(recorded.declarations_to_rectify) == []  # recorded before the declaration: in it

    got = await archive.GetArchivedDocument(
        apb.GetArchivedDocumentRequest(sha256=d.archive_sha256), metadata=auth(company)
    )
    assert hashlib.sha256(got.content).hexdigest() == d.archive_sha256
    assert got.document.kind == "declaration" and json.loads(got.content)["declaration_id"] == d.id
    await expect_error(
        archive.GetArchivedDocument(
            apb.GetArchivedDocumentRequest(sha256=d.archive_sha256), metadata=auth(other_company)
        ),
        grpc.StatusCode.NOT_FOUND,
    )

    verified = await archive.VerifyArchive(apb.VerifyArchiveRequest(), metadata=auth(company))
    assert verified.ok and verified.documents_checked == 1 and verified.entries_checked >= 4

    chunks = [
        c
        async for c in archive.ExportArchive(
            apb.ExportArchiveRequest(date_from="2026-01-01"), metadata=auth(company)
        )
    ]
    content = b"".join(c.data for c in chunks)
    summary = chunks[0].summary
    assert hashlib.sha256(content).hexdigest() == summary.zip_sha256 and summary.documents == 1
    zipfile.ZipFile(io.BytesIO(content)).extractall(tmp_path)
    check = subprocess.run(
        ["sha256sum", "-c", "MANIFEST.sha256"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert check.returncode == 0, check.stdout + check.stderr

    # The same files streamed as written (no size bound): the summary comes last, alone; unzip and sha256sum agree.
    parts = [
        p
        async for p in archive.StreamArchiveExport(
            apb.ExportArchiveRequest(date_from="2026-01-01"), metadata=auth(company)
        )
    ]
    streamed, last = b"".join(p.data for p in parts), parts[-1]
    assert last.HasField("summary") and not last.data and not any(p.HasField("summary") for p in parts[:-1])
    assert hashlib.sha256(streamed).hexdigest() == last.summary.zip_sha256 and last.summary.documents == 1
    assert last.summary.zip_size == len(streamed)
    (tmp_path / "streamed.zip").write_bytes(streamed)
    for command in (["unzip", "-tq", "streamed.zip"], ["unzip", "-q", "streamed.zip", "-d", "streamed"]):
        done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
    check = subprocess.run(
        ["sha256sum", "-c", "--strict", "MANIFEST.sha256"],
        cwd=tmp_path / "streamed",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stdout + check.stderr


async def test_an_invoice_to_a_consumer_dated_in_a_declared_period_names_the_declaration_to_rectify(
    channel: grpc.aio.Channel, client: GatewayClient, company: Company
) -> None:
    """SubmitInvoice answers as a late record does: a B2C sale dated in September, declared already, names
    September; one in an undeclared month, and a domestic B2B invoice (the platform carries it), name none."""
    reporting = rpb_grpc.ReportingServiceStub(channel)
    api = client.as_(company)
    await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(
            transactions=[sale(f"{company.siren}-1", "2026-09-02", "10.00", "2.00")]
        ),
        metadata=auth(company),
    )
    await reporting.SubmitDeclaration(rpb.SubmitDeclarationRequest(period=SEPTEMBER), metadata=auth(company))

    def b2c(day: date) -> Invoice:
        return invoice_of(company, processing_rule=ProcessingRule.B2C, issue_date=day)

    late = await api.submit(b2c(date(2026, 9, 14)))
    undeclared = await api.submit(b2c(date(2026, 10, 14)))
    domestic = await api.submit(invoice_of(company, issue_date=date(2026, 9, 14)))

    assert late.invoice.state == pb.PROCESSING_STATE_NOT_TRANSMITTED
    assert list(late.declarations_to_rectify) == ["2026-09-01/2026-09-30"]
    assert (list(undeclared.declarations_to_rectify), list(domestic.declarations_to_rectify)) == ([], [])
    # Its history says so too, as a late payment's PAYMENT event does; the others' say nothing of it.
    [submitted] = [e for e in (await api.history(late.invoice.id)).events if e.kind == "SUBMITTED"]
    assert submitted.detail == "rectify the transactions declaration of 2026-09-01/2026-09-30 (RE)"
    for other in (undeclared, domestic):
        [event] = [e for e in (await api.history(other.invoice.id)).events if e.kind == "SUBMITTED"]
        assert "rectify" not in event.detail


async def test_reporting_errors_name_the_field_or_the_rule(
    channel: grpc.aio.Channel, company: Company
) -> None:
    reporting = rpb_grpc.ReportingServiceStub(channel)
    key = f"{company.siren}-x"
    await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(transactions=[sale(key, "2026-09-02", "10.00", "2.00")]),
        metadata=auth(company),
    )

    bad = await expect_error(
        reporting.RecordB2cTransactions(
            rpb.RecordB2cTransactionsRequest(transactions=[sale("k", "2026-13-02", "1e3", "2.00")]),
            metadata=auth(company),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    reused = await expect_error(
        reporting.RecordB2cTransactions(
            rpb.RecordB2cTransactionsRequest(transactions=[sale(key, "2026-09-02", "99.00", "19.80")]),
            metadata=auth(company),
        ),
        grpc.StatusCode.ALREADY_EXISTS,
    )
    early = await expect_error(
        reporting.SubmitDeclaration(
            rpb.SubmitDeclarationRequest(
                period=rpb.PeriodSelector(
                    regime=rpb.VAT_REGIME_SIMPLIFIED, kind=rpb.REPORT_KIND_TRANSACTIONS, day="2031-01-10"
                )
            ),
            metadata=auth(company),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    rectify_nothing = await expect_error(
        reporting.RectifyDeclaration(rpb.RectifyDeclarationRequest(period=SEPTEMBER), metadata=auth(company)),
        grpc.StatusCode.FAILED_PRECONDITION,
    )

    assert bad.rule_ids == ["PDP-DATE", "PDP-DECIMAL"]
    assert {f for f, _ in bad.violations} == {"transactions[0].day", "transactions[0].taxable_amount"}
    assert reused.reasons == ["TRANSACTION_KEY_REUSED"] and key in reused.message
    assert "ER-EARLY" in early.rule_ids
    assert rectify_nothing.message.startswith("ER-NOTHING-SENT: ") and rectify_nothing.preconditions == [
        "ER-NOTHING-SENT"
    ]
    assert "send an initial report first" in rectify_nothing.message


async def test_purchases_from_abroad_are_recorded_once_and_declared_as_the_buyers(
    channel: grpc.aio.Channel, company: Company
) -> None:
    reporting = rpb_grpc.ReportingServiceStub(channel)
    seller = Party(
        name="Lieferant GmbH",
        legal_registration=Identifier("HRB999", "0223"),
        vat_id="DE811111111",
        address=Address(line1="Hauptstrasse 2", city="Berlin", postcode="10115", country="DE"),
    )
    bought = an_invoice(
        seller=seller, buyer=a_buyer(company.siren), issue_date=date(2026, 9, 8), due_date=date(2026, 10, 8)
    ).evolve(lines=(a_line("1", "1", "300.00", "0", category=VatCategory.REVERSE_CHARGE),))
    request = rpb.RecordPurchasesRequest(invoices=[invoice_to_proto(bought)])

    first = await reporting.RecordPurchases(request, metadata=auth(company))
    again = await reporting.RecordPurchases(request, metadata=auth(company))
    imported = await expect_error(
        reporting.RecordPurchases(
            rpb.RecordPurchasesRequest(
                invoices=[
                    invoice_to_proto(
                        bought.evolve(
                            business_process="B1", seller=replace(seller, address=Address(country="US"))
                        )
                    )
                ]
            ),
            metadata=auth(company),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    preview = await reporting.PreviewDeclaration(
        rpb.PreviewDeclarationRequest(period=SEPTEMBER), metadata=auth(company)
    )

    assert (first.recorded, first.replayed, again.recorded, again.replayed) == (1, 0, 0, 1)
    assert "ER-INT-SCOPE" in imported.message
    assert preview.declaration.totals.international_purchases_taxable == "300.00"


async def test_a_ready_document_of_a_sale_abroad_dated_in_a_declared_period_notes_the_declaration_to_rectify(
    channel: grpc.aio.Channel, client: GatewayClient, company: Company
) -> None:
    """A ready document goes through the same submission: an intra-EU sale (10.1) dated in September, declared
    already, is answered and noted in its history as the invoice sent field by field is."""
    reporting = rpb_grpc.ReportingServiceStub(channel)
    await reporting.RecordB2cTransactions(
        rpb.RecordB2cTransactionsRequest(
            transactions=[sale(f"{company.siren}-1", "2026-09-02", "10.00", "2.00")]
        ),
        metadata=auth(company),
    )
    await reporting.SubmitDeclaration(rpb.SubmitDeclarationRequest(period=SEPTEMBER), metadata=auth(company))
    example = json_format.Parse(Path("examples/intra-eu-reverse-charge-K.json").read_text(), pb.Invoice())
    abroad = invoice_from_proto(example)  # reverse charge to a buyer in Germany, valid on every layer
    invoice = replace(abroad, seller=invoice_of(company).seller, issue_date=date(2026, 9, 14))
    api = client.as_(company)

    late = await submit_document(api, render(invoice, "CII").content, random_request_id())

    assert list(late.declarations_to_rectify) == ["2026-09-01/2026-09-30"]
    [submitted] = [e for e in (await api.history(late.invoice.id)).events if e.kind == "SUBMITTED"]
    assert submitted.detail == "rectify the transactions declaration of 2026-09-01/2026-09-30 (RE)"


async def test_a_sale_abroad_invoiced_outside_the_gateway_is_recorded_and_declared(
    channel: grpc.aio.Channel, company: Company
) -> None:
    reporting = rpb_grpc.ReportingServiceStub(channel)
    example = json_format.Parse(Path("examples/intra-eu-reverse-charge-K.json").read_text(), pb.Invoice())
    abroad = invoice_from_proto(example)
    invoice = replace(abroad, seller=invoice_of(company).seller, issue_date=date(2026, 9, 14), number="ERP-1")
    request = rpb.RecordSalesRequest(invoices=[invoice_to_proto(invoice)])

    recorded = await reporting.RecordSales(request, metadata=auth(company))
    again = await reporting.RecordSales(request, metadata=auth(company))
    sent = await reporting.SubmitDeclaration(
        rpb.SubmitDeclarationRequest(period=SEPTEMBER), metadata=auth(company)
    )

    assert (recorded.recorded, again.replayed) == (1, 1)
    assert [i.invoice_id for i in sent.declaration.international] == ["ERP-1"]


HANG_GUARD_S = 120.0  # bounds the waits below so that a stream never given up fails the test; never a speed


@pytest.mark.parametrize("method", ["StreamArchiveExport", "ExportArchive"])
async def test_an_export_whose_client_stops_reading_gives_back_what_it_holds(
    gateway_port: int,
    company: Company,
    pg_pool: asyncpg.Pool,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
) -> None:
    """A client that read the first part of an export of 8 MiB, then nothing: gRPC's flow control held the next
    part, and the export kept the company's export slot for as long as the connection lived, a streamed one its
    read-only transaction idle too (a snapshot vacuum waits for; seen 17 s and counting), a whole one its zip in
    memory. Now a part not taken within the reader's patience gives them back; the client, reading again, is told
    why."""
    monkeypatch.setattr(archive_servicer, "READER_PATIENCE_S", 0.5)
    monkeypatch.setattr(archive_servicer, "READER_PACE_S", HANG_GUARD_S)  # the patience for each part, alone
    for _ in range(8):
        content = os.urandom(1 << 20)  # incompressible: the zip's parts are as large
        await pg_pool.execute(
            """INSERT INTO archive_items (company_siren, sha256, kind, media_type, filename, content, size,
                   document_date, retention_until)
               VALUES ($1, $2, 'declaration', 'application/json', 'd.json', $3, $4, '2026-09-01', '2036-09-01')""",
            company.siren,
            hashlib.sha256(content).hexdigest(),
            content,
            len(content),
        )
    # The client's receive window stays at its first 64 KiB (no BDP probe growing it): what a client that does not
    # read leaves the server, whatever the timing.
    async with grpc.aio.insecure_channel(
        f"localhost:{gateway_port}", options=[*MESSAGE_LIMITS, ("grpc.http2.bdp_probe", 0)]
    ) as channel:
        archive = apb_grpc.ArchiveServiceStub(channel)
        request = apb.ExportArchiveRequest(date_from="2026-01-01")
        export = getattr(archive, method)
        stalled = export(request, metadata=auth(company))
        assert (await stalled.read()).data  # then not read

        async with asyncio.timeout(HANG_GUARD_S):
            while True:  # the company's one export slot, free again once the stalled export is given up
                try:
                    parts = [p async for p in export(request, metadata=auth(company))]
                    break
                except grpc.aio.AioRpcError as refused:
                    # busy while the stalled export holds the slot; or, on a loaded machine, this reader itself
                    # given up for taking a part later than the short patience set above: it asks again
                    stalled_too = (refused.details() or "").startswith("PDP-EXPORT-STALLED")
                    assert refused.code() == grpc.StatusCode.RESOURCE_EXHAUSTED or stalled_too, (
                        refused.details()
                    )
                    await asyncio.sleep(0.1)
            assert max(p.summary.documents for p in parts) == 8
            with pytest.raises(grpc.aio.AioRpcError) as given_up:
                while await stalled.read() is not grpc.aio.EOF:
                    pass
    assert given_up.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert (given_up.value.details() or "").startswith(
        "PDP-EXPORT-STALLED: a part of the export was not read"
    )
