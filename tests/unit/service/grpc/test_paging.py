from __future__ import annotations

import pytest

from domain.errors import RequestRejected
from service.grpc.paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, page_size


def test_page_size_zero_is_the_default_and_the_bounds_are_kept():
    assert page_size(0) == DEFAULT_PAGE_SIZE
    assert page_size(MAX_PAGE_SIZE) == MAX_PAGE_SIZE
    for bad in (-1, MAX_PAGE_SIZE + 1, 2**31 - 1):
        with pytest.raises(RequestRejected):
            page_size(bad)
