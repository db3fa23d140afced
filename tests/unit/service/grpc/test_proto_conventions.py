"""The proto is the contract a client in another language reads, and nothing else: its conventions block
(proto/pdpgateway/v1/invoice.proto) states the bounds, the error details, the idempotency keys and the pages as the
code has them. It said none of them (a billing engineer learned that request_id is required, and at most 128
characters, from a refusal)."""

from __future__ import annotations

import re
from pathlib import Path

from domain.bounds import MAX_DATE, MAX_ITEMS, MAX_LINES, MAX_LONG_TEXT, MAX_TEXT, MIN_DATE
from domain.emission import EventKind
from domain.money import MAX_INTEGER_DIGITS, MAX_SCALE
from domain.reception import ReceivedEventKind
from pdpgateway.v1 import (
    archive_service_pb2,
    invoice_service_pb2,
    reception_service_pb2,
    reporting_service_pb2,
)
from service.grpc.paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from service.usecases.emission.request_ids import MAX_REQUEST_ID_LENGTH, REQUEST_ID_RULE

PROTO = Path(__file__).resolve().parents[4] / "proto" / "pdpgateway" / "v1"


def conventions() -> str:
    """The header comment of invoice.proto, its lines joined as one text."""
    header = (PROTO / "invoice.proto").read_text(encoding="utf-8").split("syntax = ", 1)[0]
    return re.sub(r"\s+", " ", " ".join(line.removeprefix("//") for line in header.splitlines()))


def test_the_conventions_state_the_bounds_the_code_keeps() -> None:
    said = conventions()
    assert f"a text at most {MAX_TEXT:,} characters ({MAX_LONG_TEXT:,} for free texts" in said
    assert MAX_INTEGER_DIGITS == MAX_SCALE
    assert f"a decimal at most {MAX_INTEGER_DIGITS} digits before and after the point" in said
    assert f"a date YYYY-MM-DD from {MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}" in said
    assert f"at most {MAX_LINES:,} invoice lines or request list entries ({MAX_ITEMS} for" in said


def test_the_conventions_state_the_error_details_idempotency_keys_and_pages() -> None:
    said = conventions()
    for detail in ("BadRequest", "ErrorInfo", "PreconditionFailure", "RetryInfo", 'domain "pdp-gateway"'):
        assert detail in said
    assert f"request_id: at most {MAX_REQUEST_ID_LENGTH} characters, {REQUEST_ID_RULE}" in said
    assert f"page_size 0 means {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}" in said


def test_the_request_ids_a_call_requires_are_said_required() -> None:
    service = re.sub(
        r"\s+", " ", (PROTO / "invoice_service.proto").read_text(encoding="utf-8").replace("//", "")
    )
    for message in ("SubmitInvoiceRequest", "CancelInvoiceRequest"):
        body = service.split(f"message {message} {{", 1)[1].split("}", 1)[0]
        assert f"required, at most {MAX_REQUEST_ID_LENGTH} characters ({REQUEST_ID_RULE})" in body, message


def test_a_declaration_to_rectify_is_sent_to_the_call_that_rectifies() -> None:
    """ "rectify each (SubmitDeclaration with rectify)" was in five comments: SubmitDeclarationRequest has no such
    field, RectifyDeclaration is the call, and a client in another language looked for the field."""
    methods = {
        method.name: method.input_type
        for module in (invoice_service_pb2, reception_service_pb2, reporting_service_pb2, archive_service_pb2)
        for service in module.DESCRIPTOR.services_by_name.values()
        for method in service.methods
    }
    comments = re.sub(
        r"\s+",
        " ",
        " ".join(
            line.split("//", 1)[1]
            for proto in PROTO.glob("*.proto")
            for line in proto.read_text(encoding="utf-8").splitlines()
            if "//" in line
        ),
    )
    named = re.findall(r"\(`?([A-Z][A-Za-z]+)`? with `?([a-z][a-z_]+)`?\)", comments)
    assert [f"{c} with {f}" for c, f in named if c in methods and f not in methods[c].fields_by_name] == []
    sent_to = re.findall(r"rectify each \(`?(\w+)", comments)
    assert len(sent_to) >= 5 and set(sent_to) == {"RectifyDeclaration"}


def test_every_event_kind_history_and_watch_give_is_listed_where_the_field_is() -> None:
    """InvoiceEvent.kind listed 10 of the 13 kinds, and none of the INBOUND_ ones Watch streams: a client switching on
    it met RETRY, SENDING and STATUS_REFUSED unannounced (SENDING is in every sent invoice's history)."""
    proto = (PROTO / "invoice.proto").read_text(encoding="utf-8")
    message = proto.split("message InvoiceEvent {", 1)[1].split("}", 1)[0]
    said = set(re.findall(r"\b[A-Z][A-Z_]+[A-Z]\b", message.split("string kind = 3;", 1)[0]))
    kinds = {str(k) for k in EventKind} | {f"INBOUND_{k}" for k in ReceivedEventKind}
    assert kinds - said == set()
