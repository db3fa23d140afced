"""SubmitInvoice, exactly: a concurrent submission of the same request id committing first (the stored request
decides), the request-id and issuer findings, the SUBMITTED event, not-found errors, page sizes.

The validator runs inside the unit of work, after the idempotency read and before the insert: the tests commit
the competing submission from there, exactly where a concurrent request would win the race."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.emission import OutboundInvoice
from domain.errors import RequestConflict
from domain.findings import Finding, Severity
from domain.invoice import DocumentType, Invoice
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import SELLER_SIREN, a_seller, an_invoice
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
    from service.usecases.emission.request_ids import MAX_REQUEST_ID_LENGTH, REQUEST_ID_RULE

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


def _issuer(message: str, path: str) -> Finding:
    return Finding("PDPG-ISSUER", Severity.FATAL, message, path, layer="gateway")


TAIL = "the SIREN of the authenticated company: a company submits only the invoices it issues"


@pytest.mark.parametrize(
    ("invoice", "company", "finding"),
    [
        (
            an_invoice(),
            "552100554",
            _issuer(f"the seller's SIREN (BT-30) is 732829320, not 552100554, {TAIL}", "BG-4/BT-30"),
        ),
        (
            an_invoice(type_code=DocumentType.SELF_BILLED_INVOICE),
            SELLER_SIREN,
            _issuer(
                f"the buyer's SIREN (BT-47) of this self-billed invoice is 552100554, not 732829320, {TAIL}",
                "BG-7/BT-47",
            ),
        ),
        (
            an_invoice(seller=replace(a_seller(), legal_registration=None)),
            SELLER_SIREN,
            _issuer(f"the seller's SIREN (BT-30) is missing, not 732829320, {TAIL}", "BG-4/BT-30"),
        ),
    ],
)
async def test_a_company_submits_only_what_it_issues_and_is_told_exactly_why(
    invoice: Invoice, company: str, finding: Finding
) -> None:
    from domain.errors import InvoiceRejected

    with pytest.raises(InvoiceRejected) as refused:
        await submit_invoice(
            SubmitInvoice(company, "req-1", invoice),
            uow=FakeUnitOfWork(),
            clock=FixedClock(),
            validate=lambda _: [],
        )
    assert list(refused.value.findings) == [finding]


async def test_the_submitted_event_carries_the_clock_time_and_the_warnings() -> None:
    from datetime import UTC, datetime

    from domain.emission import InvoiceEvent, ProcessingState

    warning = Finding("BR-FR-21", Severity.WARNING, "w", "BG-16")
    uow = FakeUnitOfWork()
    stored = await submit_invoice(
        SubmitInvoice(SELLER_SIREN, "req-ev", an_invoice()),
        uow=uow,
        clock=FixedClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC)),
        validate=lambda _: [warning],
    )
    assert [e.event for e in uow.db.events if e.invoice_id == stored.id] == [
        InvoiceEvent(
            "SUBMITTED",
            datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            ProcessingState.ACCEPTED,
            findings=(warning,),
        )
    ]


async def test_unknown_invoices_are_named_in_the_not_found_error() -> None:
    from domain.errors import InvoiceNotFound
    from service.usecases.emission.invoices import get_invoice, invoice_history

    for call in (get_invoice, invoice_history):
        with pytest.raises(InvoiceNotFound) as missing:
            await call(SELLER_SIREN, "inv-404", uow=FakeUnitOfWork())
        assert str(missing.value) == "no invoice inv-404"


@pytest.mark.parametrize(("asked", "got"), [(1, 1), (0, 50), (-3, 50), (2, 2), (501, 500)])
async def test_the_page_size_is_bounded(asked: int, got: int) -> None:
    from domain.ports import InvoiceFilter
    from service.usecases.emission.invoices import list_invoices

    uow = FakeUnitOfWork()
    for i in range(3):
        await _stored_in(uow, f"req-{i}", f"F-{i}")

    page = await list_invoices(SELLER_SIREN, InvoiceFilter(), asked, "", uow=uow)

    assert len(page.items) == min(got, 3)
    assert bool(page.next_token) is (got < 3)


async def _stored_in(uow: FakeUnitOfWork, request_id: str, number: str) -> OutboundInvoice:
    cmd = SubmitInvoice(SELLER_SIREN, request_id, an_invoice(number=number))
    return await submit_invoice(cmd, uow=uow, clock=FixedClock(), validate=lambda _: [])


async def test_a_request_taken_then_released_meanwhile_asks_for_a_retry() -> None:
    from domain.errors import ConcurrencyConflict
    from domain.ports import DuplicateRequest

    uow = FakeUnitOfWork()

    def taken(invoice: OutboundInvoice, others: object) -> None:
        raise DuplicateRequest(invoice.request_id)  # the insert lost a race whose winner then rolled back

    uow.db.check_unique = taken  # type: ignore[method-assign]
    with pytest.raises(ConcurrencyConflict) as refused:
        await submit_invoice(
            SubmitInvoice(SELLER_SIREN, "req-gone", an_invoice()),
            uow=uow,
            clock=FixedClock(),
            validate=lambda _: [],
        )
    assert str(refused.value) == "request 'req-gone' was taken and released meanwhile; retry"


async def test_attach_runs_in_the_same_unit_of_work_with_the_new_invoice() -> None:
    seen: list[tuple[object, str]] = []
    uow = FakeUnitOfWork()

    async def attach(in_uow: object, outbound: OutboundInvoice) -> None:
        seen.append((in_uow, outbound.request_id))

    await submit_invoice(
        SubmitInvoice(SELLER_SIREN, "req-att", an_invoice()),
        uow=uow,
        clock=FixedClock(),
        validate=lambda _: [],
        attach=attach,
    )
    assert seen == [(uow, "req-att")]


async def test_the_second_page_follows_the_first() -> None:
    from domain.ports import InvoiceFilter
    from service.usecases.emission.invoices import list_invoices

    uow = FakeUnitOfWork()
    for i in range(3):
        await _stored_in(uow, f"req-p{i}", f"F-P{i}")

    first = await list_invoices(SELLER_SIREN, InvoiceFilter(), 2, "", uow=uow)
    second = await list_invoices(SELLER_SIREN, InvoiceFilter(), 2, first.next_token, uow=uow)

    assert len(first.items) == 2 and len(second.items) == 1 and second.next_token == ""
    assert {i.id for i in first.items}.isdisjoint({i.id for i in second.items})


def test_declared_totals_are_checked_as_declared_not_recomputed() -> None:
    from dataclasses import replace as dc_replace

    from domain.totals import compute_totals
    from service.usecases.emission.invoices import validate_invoice_only

    computed = compute_totals(an_invoice())
    assert computed.totals is not None
    wrong = computed.evolve(
        totals=dc_replace(computed.totals, tax_inclusive=computed.totals.tax_inclusive + 1)
    )
    seen: list[Invoice] = []

    def validator(invoice: Invoice) -> list[Finding]:
        seen.append(invoice)
        return []

    validate_invoice_only(wrong, validator)
    validate_invoice_only(an_invoice(), validator)

    assert seen[0] is wrong
    assert seen[1].totals is not None
