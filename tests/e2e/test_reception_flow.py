"""Reception through the production container: a signed IOPOLE callback on the gateway's HTTP app, processed by
the container's inbox worker, then read and answered with the CLI over the real gRPC server."""

from __future__ import annotations

import uuid
from pathlib import Path

import grpc
import httpx
import pytest

from adapters.documents.api import render
from domain.document_types import DocumentType
from domain.invoice import Invoice, PrecedingInvoice
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from tests.builders import a_buyer, a_line, an_invoice
from tests.contract.test_records_use_cases import purchase, supplier
from tests.e2e.conftest import new_company
from tests.e2e.test_cli import cli
from tests.support.reception import settled, store_polled, wait_until
from tests.support.webhooks import addressed_to, post_invoice

CII = (
    Path(__file__).resolve().parents[1] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
).read_bytes()


async def test_a_received_invoice_is_listed_fetched_answered_and_streamed(
    webhook_url, container, gateway_port, pg_pool, capsys, monkeypatch, tmp_path
) -> None:
    company = await new_company(container)
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    document = addressed_to(CII, company.siren)
    async with httpx.AsyncClient(base_url=webhook_url) as http:
        assert (await http.get("/healthz")).status_code == 200
        response = await post_invoice(
            http, document, key=key, invoice_id=platform_id, target=f"0225:{company.siren}"
        )
        assert response.status_code == 200 and response.json() == {}
    await wait_until(lambda: settled(pg_pool, [key]))

    target = f"localhost:{gateway_port}"
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    code, listed = await cli(capsys, "received", "list", "--target", target)
    assert code == 0
    [item] = listed["invoices"]
    assert item["platform_invoice_id"] == platform_id and item["valid"] is True
    saved = tmp_path / "original.xml"
    code, got = await cli(capsys, "received", "get", item["id"], "--target", target, "--save", str(saved))
    assert code == 0 and saved.read_bytes() == document
    assert got["report"]["valid"] is True and "document" not in got
    readable = tmp_path / "readable.pdf"
    code, view = await cli(
        capsys, "received", "readable", item["id"], "--target", target, "-o", str(readable)
    )
    assert code == 0 and view["source"] == "gateway" and readable.read_bytes().startswith(b"%PDF-")
    assert "offers no readable copy" in view["platform_view"]  # the sandbox platform has none
    code, refused = await cli(
        capsys, "received", "readable", item["id"], "--target", target, "-o", str(readable), "--platform-only"
    )
    assert code == 1 and refused["code"] == "FAILED_PRECONDITION"
    code, queued = await cli(capsys, "received", "status", item["id"], "APPROVED", "--target", target)
    assert code == 0 and queued["status_code"] == "205"
    code, refused = await cli(capsys, "received", "status", item["id"], "REFUSED", "--target", target)
    assert code == 1 and refused["code"] == "FAILED_PRECONDITION" and "BR-FR-CDV-15" in refused["message"]

    async with grpc.aio.insecure_channel(target) as channel:
        stream = svc_grpc.InvoiceServiceStub(channel).WatchInvoiceEvents(
            svc.WatchInvoiceEventsRequest(after_event_id=0),
            metadata=[("authorization", f"Bearer {company.api_key}")],
        )
        kinds = []
        async for message in stream:
            kinds.append(message.event.kind)
            if len(kinds) == 2:
                stream.cancel()
                break
    assert kinds == ["INBOUND_RECEIVED", "INBOUND_STATUS_QUEUED"]


async def test_a_foreign_suppliers_invoice_is_judged_on_en16931_and_its_attachments_are_exposed(
    webhook_url, container, gateway_port, pg_pool, capsys, monkeypatch
) -> None:
    # KoSIT's XRechnung test suite: a German seller, two supporting documents (BG-24) given by URI
    document = (
        Path(__file__).resolve().parents[1]
        / "fixtures"
        / "kosit-xrechnung-testsuite"
        / "03.03a-INVOICE_ubl.xml"
    ).read_bytes()
    company = await new_company(container)
    # its buyer is a German one, no SIREN: a webhook's target address (signed by nobody) routes nothing, the
    # catch-up's (IOPOLE's answer to our call) does
    key = await store_polled(
        pg_pool, document, filename="03.03a-INVOICE_ubl.xml", target=f"0225:{company.siren}"
    )
    await wait_until(lambda: settled(pg_pool, [key]))

    target = f"localhost:{gateway_port}"
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    code, listed = await cli(capsys, "received", "list", "--target", target)
    [item] = listed["invoices"]
    code, got = await cli(capsys, "received", "get", item["id"], "--target", target)

    assert code == 0 and item["valid"] is True  # EN 16931 only: no BR-FR finding on a German invoice
    assert not [f for f in got["report"].get("findings", []) if f.get("layer") == "br-fr"]
    # the stored verdicts say why: EN 16931 applies and passed, the French reform does not apply
    conclusions = {c["rules"]: c for c in got["report"]["conclusions"]}
    assert conclusions["en16931"].get("applies") and conclusions["en16931"].get("passed")
    assert not conclusions["fr"].get("applies") and "out of scope" in conclusions["fr"]["reason"]
    assert [v["layer"] for v in got["report"]["layers"]] == ["xsd", "en16931"]
    attachments = got["invoice"]["invoice"]["attachments"]
    assert [a["reference"] for a in attachments] == ["01_15_Anhang_01", "01_15_Anhang_02"]
    assert all(a["uri"].startswith("https://") for a in attachments)


async def test_a_received_invoice_has_a_readable_view(webhook_url, container, gateway_port, pg_pool) -> None:
    from io import BytesIO

    import pikepdf

    from adapters.documents.api import render
    from adapters.documents.pdf_page import render_invoice_page
    from adapters.documents.ubl_reader import parse_ubl
    from domain.totals import compute_totals
    from pdpgateway.v1 import reception_service_pb2 as rpb
    from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
    from tests.builders import a_buyer, an_invoice

    company = await new_company(container)
    ubl = addressed_to(
        (
            Path(__file__).resolve().parents[1] / "fixtures" / "documents" / "ubl_invoice_fr_b2b_services.xml"
        ).read_bytes(),
        company.siren,
    )
    facturx = render(compute_totals(an_invoice(buyer=a_buyer(company.siren))), "FACTURX").content
    ids = {}
    async with httpx.AsyncClient(base_url=webhook_url) as http:
        for name, document in (("ubl", ubl), ("facturx", facturx)):
            key = str(uuid.uuid4())
            ids[name] = str(uuid.uuid4())
            response = await post_invoice(
                http, document, key=key, invoice_id=ids[name], target=f"0225:{company.siren}"
            )
            assert response.status_code == 200
            await wait_until(lambda key=key: settled(pg_pool, [key]))

    metadata = [("authorization", f"Bearer {company.api_key}")]
    async with grpc.aio.insecure_channel(f"localhost:{gateway_port}") as channel:
        stub = rpb_grpc.ReceptionServiceStub(channel)
        listed = await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=metadata)
        by_platform = {i.platform_invoice_id: i.id for i in listed.invoices}
        drawn = await stub.GetReceivedInvoiceReadable(
            rpb.GetReceivedInvoiceReadableRequest(invoice_id=by_platform[ids["ubl"]]), metadata=metadata
        )
        itself = await stub.GetReceivedInvoiceReadable(
            rpb.GetReceivedInvoiceReadableRequest(invoice_id=by_platform[ids["facturx"]]), metadata=metadata
        )
        with pytest.raises(grpc.aio.AioRpcError) as missing:
            await stub.GetReceivedInvoiceReadable(
                rpb.GetReceivedInvoiceReadableRequest(invoice_id=str(uuid.uuid4())), metadata=metadata
            )

    assert (drawn.source, drawn.media_type) == ("gateway", "application/pdf")
    with pikepdf.open(BytesIO(drawn.content)) as pdf:
        assert len(pdf.pages) >= 1
    # the gateway's page of the invoice read from the document (rendering is deterministic)
    assert drawn.content == render_invoice_page(parse_ubl(ubl).invoice)
    assert (itself.source, itself.content) == ("document", facturx)
    assert missing.value.code() is grpc.StatusCode.NOT_FOUND


async def test_a_received_facturx_gives_back_its_attachments_byte_for_byte_through_reception_service(
    webhook_url, container, gateway_port, pg_pool
) -> None:
    import os

    from adapters.documents.api import render
    from domain.invoice import Attachment
    from domain.totals import compute_totals
    from pdpgateway.v1 import reception_service_pb2 as rpb
    from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
    from service.cli.client import MESSAGE_LIMITS
    from service.grpc.mapping import invoice_from_proto
    from tests.builders import a_buyer, an_invoice

    company = await new_company(container)
    # the supplier's own readable copy (5 MiB: the Factur-X holds it twice, past gRPC's default 4 MiB) and a CSV
    readable = b"%PDF-1.7\n" + os.urandom(5 << 20) + b"\n%%EOF\n"
    csv = "ligne;quantité;prix\n1;2;3,50\n".encode()
    attachments = (
        Attachment("F-1-LISIBLE", "LISIBLE", content=readable, mime_code="application/pdf", filename="f.pdf"),
        Attachment("BL-77", "BON_LIVRAISON", content=csv, mime_code="text/csv", filename="bl-77.csv"),
    )
    invoice = compute_totals(an_invoice(buyer=a_buyer(company.siren), attachments=attachments))
    key, platform_id = str(uuid.uuid4()), str(uuid.uuid4())
    async with httpx.AsyncClient(base_url=webhook_url) as http:
        document = render(invoice, "FACTURX").content
        response = await post_invoice(
            http, document, key=key, invoice_id=platform_id, target=f"0225:{company.siren}"
        )
        assert response.status_code == 200
    await wait_until(lambda: settled(pg_pool, [key]))

    metadata = [("authorization", f"Bearer {company.api_key}")]
    async with grpc.aio.insecure_channel(f"localhost:{gateway_port}", options=MESSAGE_LIMITS) as channel:
        stub = rpb_grpc.ReceptionServiceStub(channel)
        listed = await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=metadata)
        [item] = [i for i in listed.invoices if i.platform_invoice_id == platform_id]
        got = await stub.GetReceivedInvoice(
            rpb.GetReceivedInvoiceRequest(invoice_id=item.id), metadata=metadata
        )

    assert invoice_from_proto(got.invoice.invoice).attachments == attachments
    assert item.valid, list(got.report.findings)


async def test_a_received_credit_note_lowers_what_we_owe_on_the_received_invoice_it_names(
    webhook_url, container, gateway_port, pg_pool, capsys, monkeypatch
) -> None:
    """A supplier's invoice and then its credit note naming it, both by signed callback: the invoice's settlement
    shows the credit and what is left to pay, the credit note's shows it used; a payment of the invoice's full
    amount is refused as an over-payment. Before, received credit notes credited nothing."""
    company = await new_company(container)
    invoice = compute_totals(an_invoice(number="F-SUP-1").evolve(lines=(a_line("1", "10", "100.00", "20"),)))
    note = compute_totals(
        an_invoice(
            number="AV-SUP-1",
            type_code=DocumentType.CREDIT_NOTE,
            preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),),
        ).evolve(lines=(a_line("1", "1", "100.00", "20"),))
    )
    # A rebate naming another invoice first, then this one: it credits neither, and this one says so too.
    rebate = compute_totals(
        an_invoice(
            number="AV-SUP-2",
            type_code=DocumentType.CREDIT_NOTE,
            preceding_invoices=(
                PrecedingInvoice("F-SUP-0"),
                PrecedingInvoice(invoice.number, invoice.issue_date),
            ),
        ).evolve(lines=(a_line("1", "1", "10.00", "20"),))
    )
    await _delivered(webhook_url, pg_pool, company.siren, invoice, note, rebate)

    target = f"localhost:{gateway_port}"
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    code, listed = await cli(capsys, "received", "list", "--target", target)
    ids = {i["number"]: i["id"] for i in listed["invoices"]}
    code, got = await cli(capsys, "received", "get", ids["F-SUP-1"], "--target", target)
    assert code == 0
    books = got["invoice"]["settlement"]
    assert (books["total"], books["credited"], books["outstanding"]) == ("1200.00", "120.00", "1080.00")
    assert books["unapplied"].startswith(
        "PAY-CREDIT-SEVERAL: credit note AV-SUP-2 names this invoice and was not applied: it names 2 invoices"
    ), books
    code, own = await cli(capsys, "received", "get", ids["AV-SUP-1"], "--target", target)
    assert (own["invoice"]["settlement"]["credited"], own["invoice"]["settlement"]["outstanding"]) == (
        "120.00",
        "0.00",
    )
    args = [
        "received",
        "pay",
        ids["F-SUP-1"],
        "--payment-id",
        "P-1",
        "--date",
        "2026-11-30",
        "--target",
        target,
    ]
    code, refused = await cli(capsys, *args, "--amount", "1200.00")
    assert code == 1 and "PAY-OVERPAYMENT" in refused["message"]
    code, paid = await cli(capsys, *args, "--amount", "1080.00")
    assert code == 0 and paid["settlement"]["outstanding"] == "0.00"
    # the payables' close: the list carries each one's books, as `received get` gives them (session 19)
    code, listed = await cli(capsys, "received", "list", "--target", target)
    assert code == 0 and len(listed["invoices"]) == 3
    for item in listed["invoices"]:
        code, got = await cli(capsys, "received", "get", item["id"], "--target", target)
        assert item["settlement"] == got["invoice"]["settlement"]
    shown = {i["number"]: i["settlement"] for i in listed["invoices"]}
    assert (shown["F-SUP-1"]["paid"], shown["F-SUP-1"]["outstanding"]) == ("1080.00", "0.00")
    assert (shown["AV-SUP-1"]["credited"], shown["AV-SUP-2"]["outstanding"]) == ("120.00", "12.00")


async def test_a_purchase_from_abroad_received_after_its_period_was_declared_names_the_declaration_to_rectify(
    webhook_url, container, gateway_port, pg_pool, capsys, monkeypatch
) -> None:
    """A supplier abroad's invoice (an international purchase the transactions declaration gathers) received once
    its decade was declared is missing from the declaration in force: its RECEIVED event says which to rectify, in
    the history the CLI shows, as a late sale's SUBMITTED event does. Before, nothing named it."""
    company = await new_company(container)
    target = ("--target", f"localhost:{gateway_port}")
    monkeypatch.setenv("PDP_GATEWAY_API_KEY", company.api_key)
    decade = ("--regime", "REAL_MONTHLY", "--day", "2026-09-03")
    code, sent = await cli(capsys, "report", "submit", *decade, *target)
    assert code == 0 and sent["declaration"]["status"] == "DECLARATION_STATUS_SUBMITTED"

    bought = purchase(company.siren, "DE-LATE-1", supplier("DE", "DE811111111"), "1000.00", day=3)
    await _delivered(webhook_url, pg_pool, company.siren, bought)

    code, listed = await cli(capsys, "received", "list", *target)
    [item] = listed["invoices"]
    code, got = await cli(capsys, "received", "get", item["id"], *target)
    assert code == 0
    [received] = [e for e in got["history"] if e["kind"] == "RECEIVED"]
    assert received["detail"].endswith(
        "; rectify the transactions declaration of 2026-09-01/2026-09-10 (RE)"
    ), received
    code, preview = await cli(capsys, "report", "preview", *decade, *target)
    assert preview["declaration"]["totals"]["international_purchases_taxable"] == "1000.00"


async def _delivered(webhook_url: str, pg_pool, company: str, *documents: Invoice) -> None:  # type: ignore[no-untyped-def]
    """Each invoice rendered as CII, made out to `company` (a received invoice goes to the buyer its document names)
    and delivered by a signed IOPOLE callback, then processed."""
    keys = []
    async with httpx.AsyncClient(base_url=webhook_url) as http:
        for document in documents:
            key = str(uuid.uuid4())
            keys.append(key)
            response = await post_invoice(
                http,
                render(document.evolve(buyer=a_buyer(company)), "CII").content,
                key=key,
                invoice_id=str(uuid.uuid4()),
                target=f"0225:{company}",
            )
            assert response.status_code == 200
    await wait_until(lambda: settled(pg_pool, keys))


async def test_a_received_invoice_stating_no_profile_with_a_long_name_is_shown_whole(
    webhook_url, container, gateway_port, pg_pool
) -> None:
    # documents made elsewhere (docs/documents-made-elsewhere.md, session 19): no BT-24 (facturx-cas-limites
    # XML-004) and an item name far longer than a request may send (RBT-001's 1,017 characters, and more), through a
    # real server: listed as stating no profile, the name given back whole, the readable view drawn with all of it
    from io import BytesIO

    import pikepdf

    from pdpgateway.v1 import reception_service_pb2 as rpb
    from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc

    company = await new_company(container)
    name = "Maintenance des fours " * 300  # 6,600 characters
    document = (
        addressed_to(
            (
                Path(__file__).resolve().parents[1]
                / "fixtures"
                / "documents"
                / "ubl_invoice_fr_b2b_services.xml"
            ).read_bytes(),
            company.siren,
        )
        .replace(b"<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>", b"")
        .replace(b"Maintenance fours - forfait mensuel novembre 2026", name.strip().encode())
    )
    key = str(uuid.uuid4())
    async with httpx.AsyncClient(base_url=webhook_url) as http:
        response = await post_invoice(http, document, key=key, target=f"0225:{company.siren}")
        assert response.status_code == 200
    await wait_until(lambda: settled(pg_pool, [key]))

    metadata = [("authorization", f"Bearer {company.api_key}")]
    async with grpc.aio.insecure_channel(f"localhost:{gateway_port}") as channel:
        stub = rpb_grpc.ReceptionServiceStub(channel)
        [listed] = (
            await stub.ListReceivedInvoices(rpb.ListReceivedInvoicesRequest(), metadata=metadata)
        ).invoices
        got = await stub.GetReceivedInvoice(
            rpb.GetReceivedInvoiceRequest(invoice_id=listed.id), metadata=metadata
        )
        drawn = await stub.GetReceivedInvoiceReadable(
            rpb.GetReceivedInvoiceReadableRequest(invoice_id=listed.id), metadata=metadata
        )

    assert (listed.profile, listed.valid) == ("NOT-STATED", False)  # BR-01: no BT-24 is no profile
    assert got.invoice.invoice.specification == ""
    assert got.invoice.invoice.lines[0].item.name == name.strip()
    with pikepdf.open(BytesIO(drawn.content)) as pdf:
        text = b"".join(page.Contents.read_bytes() for page in pdf.pages)
    assert drawn.source == "gateway" and text.count(b"fours") >= 300
