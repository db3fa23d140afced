"""Page sizes and sequence page tokens of every List method, read the same way (PDP-PAGE-SIZE, PDP-PAGE-TOKEN)."""

from __future__ import annotations

from domain.bounds import ascii_int
from domain.errors import RequestRejected
from domain.findings import Finding, Severity
from domain.ports import InvalidPageToken

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 50
PAGE_SIZE_RULE = "PDP-PAGE-SIZE"


def page_size(requested: int) -> int:
    """0 means DEFAULT_PAGE_SIZE; anything outside 0..MAX_PAGE_SIZE is refused rather than silently changed."""
    if not 0 <= requested <= MAX_PAGE_SIZE:
        raise RequestRejected(
            [
                Finding(
                    PAGE_SIZE_RULE,
                    Severity.FATAL,
                    f"page_size must be between 0 (the default, {DEFAULT_PAGE_SIZE}) and {MAX_PAGE_SIZE}",
                    "page_size",
                    layer="request",
                )
            ]
        )
    return requested or DEFAULT_PAGE_SIZE


def sequence_token(token: str) -> int:
    """A page token that is the last id of the previous page ("" for the first page: 0); ASCII digits within a
    PostgreSQL bigint."""
    if not token:
        return 0
    number = ascii_int(token)
    if number is None:
        raise InvalidPageToken("the page token is not one this gateway issued")
    return number
