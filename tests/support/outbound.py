"""Outbound invoice aggregates for repository tests, submitted for a random company unless told."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from domain.emission import OutboundInvoice, ProcessingState
from domain.invoice import Invoice
from domain.serialization import invoice_fingerprint
from domain.totals import compute_totals
from tests.builders import a_seller, an_invoice
from tests.random_refs import random_request_id, random_siren


def an_outbound_invoice(
    company_siren: str | None = None,
    invoice: Invoice | None = None,
    *,
    request_id: str | None = None,
    created_at: datetime | None = None,
    state: ProcessingState | None = None,
) -> OutboundInvoice:
    """A new invoice as `OutboundInvoice.submit` makes it; `state` stands in for another state at submission (as
    stored data may hold: a filter test needs one per state without going through the pipeline)."""
    company = company_siren or random_siren()
    content = invoice or compute_totals(an_invoice(seller=a_seller(company)))
    at = created_at or datetime.now(UTC)
    outbound = OutboundInvoice.submit(
        id=str(uuid.uuid4()),
        company_siren=company,
        request_id=request_id or random_request_id(),
        request_hash=invoice_fingerprint(content),
        invoice=content,
        at=at,
    )
    if state is not None:
        outbound.state = state
        outbound.events[:] = [replace(outbound.events[0], state=state)]
    return outbound


def with_content(outbound: OutboundInvoice, **changes: object) -> Invoice:
    return replace(outbound.invoice, **changes)  # type: ignore[arg-type]
