"""Hostile input through the real gRPC server: every value out of bounds is INVALID_ARGUMENT naming its rule,
on ValidateInvoice and SubmitInvoice alike, never INTERNAL, and never stored."""

from __future__ import annotations

import base64
from dataclasses import replace

import grpc
import pytest
from google.protobuf.message import Message
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from domain.invoice import Note
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from service.grpc.mapping import invoice_to_proto
from tests.e2e.grpc_client import Company, GatewayClient, expect_error, invoice_of


def _bad_name(company: Company):
    invoice = invoice_of(company)
    return invoice.evolve(seller=replace(invoice.seller, name="ACME\x00SA"))


def _bad_note(company: Company):
    return invoice_of(company).evolve(notes=(Note("pénalités\x0b"),))


def _bad_line_id(company: Company):
    invoice = invoice_of(company)
    return invoice.evolve(lines=(replace(invoice.lines[0], id="1\ufffe"), *invoice.lines[1:]))


@pytest.mark.parametrize("make", [_bad_name, _bad_note, _bad_line_id])
async def test_xml_illegal_characters_are_refused_by_validate_and_submit(
    client: GatewayClient, company: Company, make
):
    invoice = make(company)
    as_company = client.as_(company)
    for call in (as_company.validate(invoice), as_company.submit(invoice)):
        error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
        assert error.rule_ids == ["PDP-TEXT-CHARS"]
    listed = await as_company.list()
    assert list(listed.invoices) == []


async def test_a_decimal_of_28_digits_is_refused_naming_the_field(client: GatewayClient, company: Company):
    message = invoice_to_proto(invoice_of(company))
    message.lines[0].quantity = "1" * 28
    message.lines[1].net_price = "9" * 40 + ".5"
    as_company = client.as_(company)
    for call in (
        as_company.stub.ValidateInvoice(
            svc.ValidateInvoiceRequest(invoice=message), metadata=as_company.metadata
        ),
        as_company.submit(message),
    ):
        error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
        assert error.rule_ids == ["PDP-DECIMAL-DIGITS"]
        assert [f for f, _ in error.violations] == [
            "lines[0].quantity (BT-129)",
            "lines[1].net_price (BT-146)",
        ]


async def test_the_largest_bounded_decimals_get_business_findings_not_internal(
    client: GatewayClient, company: Company
):
    message = invoice_to_proto(invoice_of(company))
    message.lines[0].quantity = "9" * 20 + "." + "9" * 4
    message.lines[0].net_price = "9" * 20 + "." + "9" * 6
    as_company = client.as_(company)
    reply = await as_company.stub.ValidateInvoice(
        svc.ValidateInvoiceRequest(invoice=message), metadata=as_company.metadata
    )
    assert not reply.valid and "BR-FR-DEC-01_BT-131" in {f.rule_id for f in reply.findings}


async def test_a_whitespace_line_id_is_br_21_and_a_no_break_space_name_is_a_name(
    client: GatewayClient, company: Company
):
    invoice = invoice_of(company)
    as_company = client.as_(company)
    blank_id = invoice.evolve(lines=(replace(invoice.lines[0], id=" \t "), *invoice.lines[1:]))
    error = await expect_error(as_company.submit(blank_id), grpc.StatusCode.INVALID_ARGUMENT)
    assert error.rule_ids == ["BR-21"]

    nbsp_buyer = invoice.evolve(buyer=replace(invoice.buyer, name="\u00a0"))
    reply = await as_company.validate(nbsp_buyer)
    assert reply.valid, [f.rule_id for f in reply.findings]


async def test_150_bad_lines_and_a_huge_value_keep_their_rule_ids_in_a_trailer_that_fits(
    client: GatewayClient, company: Company
):
    invoice = invoice_of(company, lines=150)
    message = invoice_to_proto(invoice)
    for line in message.lines:
        line.quantity = "x" * 50
    message.number = "N" * 100_000
    error = await expect_error(client.as_(company).submit(message), grpc.StatusCode.INVALID_ARGUMENT)
    assert "PDP-DECIMAL" in error.rule_ids and "PDP-MORE-FINDINGS" in error.rule_ids
    assert error.reasons


async def test_ids_and_filters_with_nul_or_forged_tokens_are_invalid_argument(
    client: GatewayClient, company: Company
):
    as_company = client.as_(company)
    await expect_error(as_company.get("6f1c\x00"), grpc.StatusCode.INVALID_ARGUMENT)
    await expect_error(as_company.history("x" * 5000), grpc.StatusCode.INVALID_ARGUMENT)
    await expect_error(as_company.list(counterparty="a\x00"), grpc.StatusCode.INVALID_ARGUMENT)
    for issued_from in ("0001-01-01", "9999-12-31", "2026-13-01", "２０２６-01-01"):
        await expect_error(as_company.list(issued_from=issued_from), grpc.StatusCode.INVALID_ARGUMENT)
    nested = base64.urlsafe_b64encode(b"[" * 100).decode()
    edge = base64.urlsafe_b64encode(b'["0001-01-01T00:00:00+14:00","6f1c2a3b-0000-4000-8000-000000000001"]')
    for token in (nested, edge.decode(), "[1,2]", "\x00"):
        error = await expect_error(as_company.list(page_token=token), grpc.StatusCode.INVALID_ARGUMENT)
        assert error.rule_ids in (["PDP-PAGE-TOKEN"], ["PDP-TEXT-CHARS"])


async def test_every_reception_list_bounds_its_page_size_and_tokens(
    channel: grpc.aio.Channel, company: Company
):
    reception = rpb_grpc.ReceptionServiceStub(channel)
    metadata = (("authorization", f"Bearer {company.api_key}"),)
    for size in (-1, 501, 2**31 - 1):
        call = reception.ListReceivedInvoices(
            rpb.ListReceivedInvoicesRequest(page_size=size), metadata=metadata
        )
        assert (await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)).rule_ids == ["PDP-PAGE-SIZE"]
    for token in ("²", "9" * 30, "W1tbW1s"):
        call = reception.ListParkedDeliveries(
            rpb.ListParkedDeliveriesRequest(page_token=token), metadata=metadata
        )
        await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
    call = reception.ListReceivedInvoices(
        rpb.ListReceivedInvoicesRequest(page_token="W1tbW1s"), metadata=metadata
    )
    await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)


async def test_reporting_with_the_largest_bounded_amounts_is_judged_not_internal(
    channel: grpc.aio.Channel, company: Company
):
    from pdpgateway.v1 import reporting_service_pb2 as reppb
    from pdpgateway.v1 import reporting_service_pb2_grpc as reppb_grpc

    reporting = reppb_grpc.ReportingServiceStub(channel)
    metadata = (("authorization", f"Bearer {company.api_key}"),)
    big = "9" * 20 + "." + "9" * 20
    sale = reppb.B2cTransaction(
        key=f"{company.siren}-big",
        day="2026-09-02",
        category=reppb.B2C_CATEGORY_TLB1,
        vat_rate=big,
        taxable_amount=big,
        vat_amount=big,
        currency="USD",
        eur_rate=big,
    )
    try:
        await reporting.RecordB2cTransactions(
            reppb.RecordB2cTransactionsRequest(transactions=[sale]), metadata=metadata
        )
    except grpc.aio.AioRpcError as err:
        assert err.code() is grpc.StatusCode.INVALID_ARGUMENT, err.details()
    period = reppb.PeriodSelector(
        regime=reppb.VAT_REGIME_SIMPLIFIED, kind=reppb.REPORT_KIND_TRANSACTIONS, day="2026-09-15"
    )
    try:
        await reporting.PreviewDeclaration(reppb.PreviewDeclarationRequest(period=period), metadata=metadata)
    except grpc.aio.AioRpcError as err:
        assert err.code() in (grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.FAILED_PRECONDITION), (
            err.details()
        )


async def test_an_invoice_read_from_a_document_obeys_the_same_bounds_but_its_texts_length(
    channel: grpc.aio.Channel, container
):
    """A document's texts are bounded by the document alone (docs/input-bounds.md, Texts): a 5,000-character name
    is judged by the rules, not refused PDP-TEXT-LENGTH; its characters are bounded as a field's are."""
    from pathlib import Path

    from service.wiring.server import resolve

    content = (
        Path(__file__).parents[1] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
    ).read_bytes()
    keys = await resolve(container.api_keys)
    seller = Company("732829320", (await keys.create("732829320", "bounds"))["secret"])

    async def refused(document: bytes) -> list[str]:
        request = svc.SubmitInvoiceRequest(request_id=f"doc-{uuid_hex()}", document=document)
        call = GatewayClient(channel, seller.api_key).stub.SubmitInvoice(
            request, metadata=(("authorization", f"Bearer {seller.api_key}"),)
        )
        return (await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)).rule_ids

    long_name = await refused(content.replace(b"<ram:Name>", b"<ram:Name>" + b"N" * 5000, 1))
    assert "PDP-TEXT-LENGTH" not in long_name  # what the rules find of the fixture (its buyer's SIRET key)
    overridden = "\u202e".encode()  # a right-to-left override: another name on the page than the one stored
    assert await refused(content.replace(b"<ram:Name>", b"<ram:Name>" + overridden, 1)) == ["PDP-TEXT-CHARS"]


def uuid_hex() -> str:
    import uuid

    return uuid.uuid4().hex


async def test_a_page_token_given_to_another_list_method_or_filter_is_refused_naming_why(
    client: GatewayClient, channel: grpc.aio.Channel, company: Company
):
    as_company = client.as_(company)
    for _ in range(2):
        await as_company.submit(invoice_of(company))
    token = (await as_company.list(page_size=1)).next_page_token
    reception = rpb_grpc.ReceptionServiceStub(channel)
    metadata = (("authorization", f"Bearer {company.api_key}"),)

    refusals = [
        await expect_error(
            reception.ListReceivedInvoices(
                rpb.ListReceivedInvoicesRequest(page_token=token), metadata=metadata
            ),
            grpc.StatusCode.INVALID_ARGUMENT,
        ),
        await expect_error(
            as_company.list(page_size=1, page_token=token, counterparty="acme"),
            grpc.StatusCode.INVALID_ARGUMENT,
        ),
    ]
    for error in refusals:
        assert error.rule_ids == ["PDP-PAGE-TOKEN"]
        assert "another List method" in error.violations[0][1]
    assert len((await as_company.list(page_size=1, page_token=token)).invoices) == 1


def _string_fields(message: Message, path: str = "") -> list[str]:
    """The dotted paths of every string field set in `message` (repeated ones by index)."""
    found = []
    for field, value in message.ListFields():
        name = f"{path}{field.name}"
        if field.type == field.TYPE_STRING:
            found += [f"{name}[{i}]" for i in range(len(value))] if field.is_repeated else [name]
        elif field.type == field.TYPE_MESSAGE:
            items = value if field.is_repeated else [value]
            for i, item in enumerate(items):
                if not isinstance(item, Message):
                    continue  # a map's scalar values
                found += _string_fields(item, f"{name}[{i}]." if field.is_repeated else f"{name}.")
    return found


def _insert(message: Message, path: str, char: str, at: int) -> None:
    """`char` put at position `at` of the string field at `path`."""

    def change(value: str) -> str:
        return value[:at] + char + value[at:]

    *parents, last = path.split(".")
    for part in parents:
        name, _, index = part.partition("[")
        message = getattr(message, name)[int(index[:-1])] if index else getattr(message, name)
    name, _, index = last.partition("[")
    if index:
        values = getattr(message, name)
        values[int(index[:-1])] = change(values[int(index[:-1])])
    else:
        setattr(message, name, change(getattr(message, name)))


# What makes a reader see other than what is stored, or what XML 1.0 asks to avoid (docs/input-bounds.md).
HIDDEN = [
    "\x00",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ufdd0",
    "\U0010ffff",
]


async def test_a_control_character_or_bidirectional_override_in_any_string_field_is_pdp_text_chars(
    client: GatewayClient, company: Company
):
    as_company = client.as_(company)
    template = invoice_to_proto(invoice_of(company, lines=2))
    paths = _string_fields(template)
    assert len(paths) > 40

    @settings(max_examples=60, derandomize=True, database=None, deadline=None, phases=[Phase.generate])
    @given(st.sampled_from(paths), st.sampled_from(HIDDEN), st.integers(0, 3))
    def cases(path: str, char: str, at: int) -> None:
        drawn.append((path, char, at))

    drawn: list[tuple[str, str, int]] = []
    cases()
    for path, char, at in drawn:
        message = svc.ValidateInvoiceRequest()
        message.invoice.CopyFrom(template)
        _insert(message.invoice, path, char, at)
        call = as_company.stub.ValidateInvoice(message, metadata=as_company.metadata)
        error = await expect_error(call, grpc.StatusCode.INVALID_ARGUMENT)
        # a date or a decimal is refused by its own reading first (PDP-DATE, PDP-DECIMAL): the value is not one
        assert {"PDP-TEXT-CHARS", "PDP-DATE", "PDP-DECIMAL"} & set(error.rule_ids), (path, repr(char), error)
