"""SubmitInvoice when a concurrent submission of the same request id commits first: the stored request decides.

The validator runs inside the unit of work, after the idempotency read and before the insert: the tests commit
the competing submission from there, exactly where a concurrent request would win the race."""

from __future__ import annotations

import pytest

from domain.emission import OutboundInvoice
from domain.errors import RequestConflict
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from service.usecases.invoices import SubmitInvoice, submit_invoice
from tests.builders import SELLER_SIREN, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock


async def _stored_elsewhere(invoice: Invoice, request_id: str) -> OutboundInvoice:
    uow = FakeUnitOfWork()
    cmd = SubmitInvoice(SELLER_SIREN, request_id, invoice)
    return await submit_invoice(cmd, uow=uow, clock=FixedClock(), validate=lambda _: [])


class WinnerCommitsDuringValidation:
    def __init__(self, uow: FakeUnitOfWork, winner: OutboundInvoice) -> None:
        self.uow, self.winner = uow, winner

    def __call__(self, invoice: Invoice) -> list[Finding]:
        self.uow.db.invoices[self.winner.id] = self.winner
        return []


async def test_the_same_request_committed_meanwhile_is_answered_as_a_replay() -> None:
    invoice = an_invoice()
    winner = await _stored_elsewhere(invoice, "req-race")
    uow = FakeUnitOfWork()

    answer = await submit_invoice(
        SubmitInvoice(SELLER_SIREN, "req-race", invoice),
        uow=uow,
        clock=FixedClock(),
        validate=WinnerCommitsDuringValidation(uow, winner),
    )

    assert (answer.id, answer.request_hash, answer.number) == (winner.id, winner.request_hash, winner.number)
    assert list(uow.db.invoices) == [winner.id]


async def test_the_same_request_id_with_other_content_committed_meanwhile_is_a_conflict() -> None:
    winner = await _stored_elsewhere(an_invoice(number="F-WINNER"), "req-race")
    uow = FakeUnitOfWork()

    with pytest.raises(RequestConflict) as refused:
        await submit_invoice(
            SubmitInvoice(SELLER_SIREN, "req-race", an_invoice(number="F-LATE")),
            uow=uow,
            clock=FixedClock(),
            validate=WinnerCommitsDuringValidation(uow, winner),
        )

    assert str(refused.value) == (
        "request id 'req-race' was already used for invoice 'F-WINNER' with other content; use a new request id"
        " for a new invoice"
    )


@pytest.mark.parametrize("request_id", ["", "r" * 129])
async def test_a_missing_or_too_long_request_id_is_refused_with_the_gateway_rule(request_id: str) -> None:
    from domain.errors import InvoiceRejected
    from service.usecases.invoices import MAX_REQUEST_ID_LENGTH, REQUEST_ID_RULE

    with pytest.raises(InvoiceRejected) as refused:
        await submit_invoice(
            SubmitInvoice(SELLER_SIREN, request_id, an_invoice()),
            uow=FakeUnitOfWork(),
            clock=FixedClock(),
            validate=lambda _: [],
        )

    assert MAX_REQUEST_ID_LENGTH == 128
    assert [f for f in refused.value.findings if f.rule_id == REQUEST_ID_RULE] == [
        Finding(
            REQUEST_ID_RULE,
            Severity.FATAL,
            "the request id is required and at most 128 characters long: it makes resubmissions safe",
            "request_id",
            layer="gateway",
        )
    ]


async def test_a_request_id_of_the_longest_length_is_accepted() -> None:
    stored = await _stored_elsewhere(an_invoice(), "r" * 128)
    assert stored.request_id == "r" * 128
