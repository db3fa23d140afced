"""Page sizes of every List method, read the same way (PDP-PAGE-SIZE); their page tokens are the repositories'
(`adapters.page_token`, PDP-PAGE-TOKEN)."""

from __future__ import annotations

from domain.errors import RequestRejected
from domain.findings import Finding, Severity

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
