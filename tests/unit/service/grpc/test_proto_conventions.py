"""The proto is the contract a client in another language reads, and nothing else: its conventions block
(proto/pdpgateway/v1/invoice.proto) states the bounds, the error details, the idempotency keys and the pages as the
code has them. It said none of them (a billing engineer learned that request_id is required, and at most 128
characters, from a refusal)."""

from __future__ import annotations

import re
from pathlib import Path

from domain.bounds import MAX_DATE, MAX_ITEMS, MAX_LINES, MAX_LONG_TEXT, MAX_TEXT, MIN_DATE
from domain.money import MAX_INTEGER_DIGITS, MAX_SCALE
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
