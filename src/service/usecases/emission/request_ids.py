"""The client's idempotency keys (request ids) of the emission's methods: one bound, one rule (PDPG-REQUEST-ID)."""

from __future__ import annotations

from domain.bounds import is_blank
from domain.findings import Finding, Severity

MAX_REQUEST_ID_LENGTH = 128
REQUEST_ID_RULE = "PDPG-REQUEST-ID"


def request_id_finding(request_id: str, makes_safe: str, *, required: bool = True) -> Finding | None:
    """The finding for a request id over MAX_REQUEST_ID_LENGTH, or blank when `required`; `makes_safe` says what
    the id makes safe to retry ("resubmissions")."""
    if len(request_id) <= MAX_REQUEST_ID_LENGTH and not (required and is_blank(request_id)):
        return None
    needed = "required and at most" if required else "at most"
    return Finding(
        REQUEST_ID_RULE,
        Severity.FATAL,
        f"the request id is {needed} {MAX_REQUEST_ID_LENGTH} characters long: it makes {makes_safe} safe",
        "request_id",
        layer="gateway",
    )
