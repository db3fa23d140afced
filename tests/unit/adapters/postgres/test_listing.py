"""The listing query's text and parameters: what a filter adds, what an empty one leaves out, the keyset page."""

import uuid
from datetime import UTC, date, datetime

import pytest

from adapters.page_token import encode_page_token
from adapters.postgres.listing import Listing
from domain.ports import InvalidPageToken

SCOPE = "0123456789abcdef"


def test_empty_filters_leave_only_the_company_and_the_page() -> None:
    q = Listing("732829320", SCOPE)
    q.one_of("state", [])
    q.equal("valid", None)
    q.between("issue_date", None, None)
    q.party("buyer", "")
    page = q.page("", 50)
    assert q.where == "company_siren = $1"
    assert page == "ORDER BY created_at DESC, id DESC LIMIT $2"
    assert q.args == ["732829320", 51]


def test_each_filter_is_a_numbered_parameter_in_the_order_given() -> None:
    q = Listing("732829320", SCOPE)
    q.one_of("lifecycle_code", ("200", "213"))
    q.equal("valid", False)
    q.between("issue_date", date(2026, 1, 1), date(2026, 1, 31))
    q.party("seller", "Acme")
    assert q.where == (
        "company_siren = $1 AND lifecycle_code = any($2::text[]) AND valid = $3"
        " AND issue_date >= $4 AND issue_date <= $5"
        " AND (seller_siren = $6 OR strpos(lower(seller_name), lower($6)) > 0)"
    )
    assert q.args == ["732829320", ["200", "213"], False, date(2026, 1, 1), date(2026, 1, 31), "Acme"]


def test_a_page_token_continues_after_the_last_row_of_the_previous_page() -> None:
    at, last = datetime(2026, 3, 1, 12, tzinfo=UTC), str(uuid.uuid4())
    q = Listing("732829320", SCOPE)
    page = q.page(encode_page_token(at, last, SCOPE), 10)
    assert q.where == "company_siren = $1 AND (created_at, id) < ($2, $3)"
    assert page.endswith("LIMIT $4")
    assert q.args == ["732829320", at, uuid.UUID(last), 11]


def test_a_token_the_gateway_did_not_issue_is_refused() -> None:
    with pytest.raises(InvalidPageToken):
        Listing("732829320", SCOPE).page("not-a-token", 10)


def test_the_next_token_only_when_a_row_was_fetched_beyond_the_page() -> None:
    at, last = datetime(2026, 3, 1, 12, tzinfo=UTC), str(uuid.uuid4())
    q = Listing("732829320", SCOPE)
    assert q.next_token(10, 10, (at, last)) == ""
    assert q.next_token(11, 10, None) == ""
    assert q.next_token(11, 10, (at, last)) == encode_page_token(at, last, SCOPE)
