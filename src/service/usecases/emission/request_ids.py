"""The client's idempotency keys (request ids): one bound, one rule (PDPG-REQUEST-ID), and the claim of a status
request's id (SetInvoiceStatus, SetBuyerStatus) in the transaction that queues the status."""

from __future__ import annotations

import hashlib

from domain.bounds import is_blank
from domain.errors import RequestConflict
from domain.findings import Finding, Severity
from domain.pipeline_ports import PipelineUnitOfWork
from domain.serialization import JsonValue, canonical_json

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


def status_request_fingerprint(asked: dict[str, JsonValue]) -> str:
    """What a status request asks (the invoice, the status and what goes with it), whatever the order of its
    fields."""
    return hashlib.sha256(canonical_json(asked).encode()).hexdigest()


async def claimed_before(
    uow: PipelineUnitOfWork,
    company_siren: str,
    request_id: str,
    asked: str,
    invoice_id: str,
    *,
    received: bool = False,
) -> str | None:
    """The answer kept for `request_id` when this is a retry of the request that claimed it first; None when the
    request is new (the id is claimed for it now, kept with `invoice_id`, a received invoice's when `received`);
    RequestConflict when the id asked something else."""
    first = await uow.transmissions.claim_status_request(
        company_siren, request_id, asked, invoice_id, received=received
    )
    if first is None:
        return None
    if first.fingerprint != asked:
        first_for = (
            f" (first for invoice {first.invoice_id})" if first.invoice_id else ""
        )  # none: before 0401
        raise RequestConflict(
            f"request id {request_id!r} was already used for another status or invoice{first_for}; use a new"
            " request id for a new status"
        )
    return first.answer
