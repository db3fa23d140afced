from __future__ import annotations

import pytest

from domain.errors import RequestRejected
from domain.ports import InvalidPageToken
from service.grpc.paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, page_size, sequence_token


def test_page_size_zero_is_the_default_and_the_bounds_are_kept():
    assert page_size(0) == DEFAULT_PAGE_SIZE
    assert page_size(MAX_PAGE_SIZE) == MAX_PAGE_SIZE
    for bad in (-1, MAX_PAGE_SIZE + 1, 2**31 - 1):
        with pytest.raises(RequestRejected):
            page_size(bad)


@pytest.mark.parametrize("token", ["²", "١٢", "-1", "1" * 19, "1.0", " 1", "1\x00"])
def test_a_sequence_token_is_ascii_digits_within_a_bigint(token: str):
    with pytest.raises(InvalidPageToken):
        sequence_token(token)


def test_a_sequence_token_reads_back():
    assert (sequence_token(""), sequence_token("42")) == (0, 42)
