"""Forged page tokens are refused as InvalidPageToken (INVALID_ARGUMENT), never anything else."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, date, datetime

import pytest

from adapters.page_token import (
    PARKED_DELIVERIES,
    decode_page_token,
    decode_sequence_token,
    encode_page_token,
    encode_sequence_token,
    page_scope,
)
from domain.ports import InvalidPageToken, InvoiceFilter

ID = "6f1c2a3b-0000-4000-8000-000000000001"


def _forge(value: object) -> str:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "token",
    [
        "not base64 !",
        "é",
        _forge(b"[" * 100_000),
        _forge(b"[" * 140),
        _forge([1, 2]),
        _forge({"a": 1, "b": 2}),
        _forge(["2026-01-01T00:00:00+00:00"]),
        _forge(["2026-01-01T00:00:00", ID, "0" * 16]),  # naive
        _forge(["0001-01-01T00:00:00+14:00", ID, "0" * 16]),  # overflows in UTC
        _forge(["9999-12-31T23:59:59-14:00", ID, "0" * 16]),
        _forge(["2026-01-01T00:00:00+00:00", "not-a-uuid", "0" * 16]),
        _forge(["2026-01-01T00:00:00+00:00", ID + "\x00", "0" * 16]),
        _forge(["2026-01-01T00:00:00+00:00", ID, 7]),
        _forge(b"\xff\xfe"),
        "A" * 10_000,
    ],
)
def test_a_forged_token_is_refused(token: str):
    with pytest.raises(InvalidPageToken, match="not one this gateway issued"):
        decode_page_token(token, SCOPE)


SCOPE = page_scope("ListInvoices", "732829320", InvoiceFilter())
AT = datetime(2026, 9, 1, 12, 30, tzinfo=UTC)


def test_an_issued_token_reads_back_under_its_own_scope():
    assert decode_page_token(encode_page_token(AT, ID, SCOPE), SCOPE) == (AT, ID)


@pytest.mark.parametrize(
    "other",
    [
        page_scope("ListReceivedInvoices", "732829320", InvoiceFilter()),
        page_scope("ListInvoices", "732829320", InvoiceFilter(counterparty="acme")),
        page_scope("ListInvoices", "732829320", InvoiceFilter(issued_from=date(2026, 1, 1))),
        page_scope("ListInvoices", "552100554", InvoiceFilter()),
    ],
)
def test_a_token_under_another_method_filter_or_company_is_refused_saying_so(other: str):
    assert other != SCOPE
    with pytest.raises(InvalidPageToken, match="another List method"):
        decode_page_token(encode_page_token(AT, ID, SCOPE), other)


def test_a_token_issued_before_tokens_named_their_listing_is_refused_saying_so():
    # The [created_at, id] shape every token had until now: which listing made it cannot be told.
    with pytest.raises(InvalidPageToken, match="earlier version"):
        decode_page_token(_forge([AT.isoformat(), ID]), SCOPE)


PARKED = page_scope(PARKED_DELIVERIES, "732829320", ())


def test_a_sequence_token_reads_back_under_its_own_scope_only():
    token = encode_sequence_token(41, PARKED)
    assert not token.isdigit() and decode_sequence_token(token, PARKED) == 41
    for other in (page_scope(PARKED_DELIVERIES, "552100554", ()), SCOPE):
        with pytest.raises(InvalidPageToken, match="another List method"):
            decode_sequence_token(token, other)


def test_a_token_of_one_shape_given_to_a_listing_of_the_other_says_it_is_another_listing_s():
    with pytest.raises(InvalidPageToken, match="another List method"):
        decode_sequence_token(encode_page_token(AT, ID, SCOPE), PARKED)
    with pytest.raises(InvalidPageToken, match="another List method"):
        decode_page_token(encode_sequence_token(41, PARKED), SCOPE)


def test_a_bare_id_token_of_an_earlier_version_is_refused_saying_so():
    with pytest.raises(InvalidPageToken, match="earlier version"):
        decode_sequence_token("41", PARKED)


@pytest.mark.parametrize(
    "token",
    [
        "²",
        "١٢",
        "-1",
        "1.0",
        " 1",
        "1\x00",
        "9" * 30 + "x",
        "W1tbW1s",
        _forge(["-1", PARKED]),
        _forge(["1.5", PARKED]),
        _forge(["٣", PARKED]),
        _forge(["9" * 30, PARKED]),
        _forge([41, PARKED]),
        _forge(["41"]),
        "A" * 10_000,
    ],
)
def test_a_forged_sequence_token_is_refused(token: str):
    with pytest.raises(InvalidPageToken, match="not one this gateway issued"):
        decode_sequence_token(token, PARKED)


def test_a_token_is_compact_json_in_base64url_without_padding() -> None:
    # '["5","abc"]' is 11 bytes: base64 pads it with one "=", which the token leaves out
    assert encode_sequence_token(5, "abc") == "WyI1IiwiYWJjIl0"
    assert decode_sequence_token("WyI1IiwiYWJjIl0", "abc") == 5


def test_a_token_of_the_longest_length_is_read_and_one_character_more_is_not_issued() -> None:
    """The bound is checked before decoding: a scope (any string) makes a token of any length."""
    longest = encode_sequence_token(7, "s" * 142)
    assert len(longest) == 200
    assert decode_sequence_token(longest, "s" * 142) == 7
    over = encode_sequence_token(7, "s" * 143)
    assert len(over) > 200
    with pytest.raises(InvalidPageToken, match="^the page token is not one this gateway issued$"):
        decode_sequence_token(over, "s" * 143)


def test_the_largest_bigint_is_a_position_and_a_bare_id_of_its_digits_is_of_an_earlier_version() -> None:
    largest = 2**63 - 1
    assert decode_sequence_token(encode_sequence_token(largest, "x"), "x") == largest
    with pytest.raises(InvalidPageToken, match="earlier version"):
        decode_sequence_token(str(largest), "x")  # 19 digits, what ListParkedDeliveries issued before


@pytest.mark.parametrize(
    "at",
    [datetime(1900, 1, 1, 0, 0, tzinfo=UTC), datetime(2999, 12, 31, 23, 0, tzinfo=UTC)],
)
def test_a_position_on_the_first_or_last_day_of_the_calendar_is_read_in_utc(
    at: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In UTC whatever the host's zone: at +14:00 the last day's 23:00 UTC is past the calendar's end."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        assert decode_page_token(encode_page_token(at, ID, "x"), "x") == (at, ID)
    finally:
        monkeypatch.undo()
        time.tzset()
