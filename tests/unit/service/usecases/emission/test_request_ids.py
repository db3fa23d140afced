"""The request ids' rule and the claim of a status request's id, exactly: the status use cases' tests go through
them with well-formed ids, the gRPC tests with the answers; here every branch, with what it says."""

from __future__ import annotations

import asyncio

import pytest

from domain.errors import RequestConflict
from domain.findings import Finding, Severity
from service.usecases.emission.request_ids import (
    MAX_REQUEST_ID_LENGTH,
    claimed_before,
    request_id_finding,
    status_request_fingerprint,
)
from tests.builders import a_received_invoice
from tests.fakes import FakeUnitOfWork, InMemoryDatabase, MissingParent
from tests.support.outbound import an_outbound_invoice


def _refusal(needed: str, makes_safe: str) -> Finding:
    return Finding(
        "PDPG-REQUEST-ID",
        Severity.FATAL,
        f"the request id is {needed} 128 characters long: it makes {makes_safe} safe",
        "request_id",
        layer="gateway",
    )


def test_a_request_id_is_bounded_and_required_unless_said_otherwise() -> None:
    longest = "r" * MAX_REQUEST_ID_LENGTH
    assert request_id_finding(longest, "resubmissions") is None
    assert request_id_finding(longest + "r", "resubmissions") == _refusal(
        "required and at most", "resubmissions"
    )
    assert request_id_finding(" \t", "resubmissions") == _refusal("required and at most", "resubmissions")
    assert request_id_finding("", "a retried status", required=False) is None
    assert request_id_finding(longest + "r", "a retried status", required=False) == _refusal(
        "at most", "a retried status"
    )


def test_a_status_requests_fingerprint_is_what_it_asks_whatever_the_order() -> None:
    one = status_request_fingerprint({"invoice_id": "inv-1", "status": "212"})
    assert one == status_request_fingerprint({"status": "212", "invoice_id": "inv-1"})
    assert one != status_request_fingerprint({"invoice_id": "inv-1", "status": "211"})
    assert len(one) == 64 and int(one, 16) >= 0  # a SHA-256, hex


def _holding_invoices() -> tuple[InMemoryDatabase, str, str]:
    """A database holding an invoice we issued and one we received: the ids a claim may name (migration 0401)."""
    db = InMemoryDatabase()
    issued, received = an_outbound_invoice("111111111"), a_received_invoice()
    db.add_invoice(issued)
    db.received[received.id] = received
    return db, issued.id, received.id


def test_the_first_request_claims_its_id_a_retry_gets_its_answer_and_another_ask_is_refused() -> None:
    db, issued, _ = _holding_invoices()

    async def claim(company: str, request_id: str, asked: str, answer: str = "") -> str | None:
        uow = FakeUnitOfWork(db)
        async with uow:
            first = await claimed_before(uow, company, request_id, asked, issued)
            if first is None and answer:
                await uow.transmissions.answer_status_request(company, request_id, answer)
            await uow.commit()
        return first

    async def scenario() -> None:
        assert await claim("111111111", "req-1", "fp-a", answer="status-1") is None  # new: claimed now
        assert await claim("111111111", "req-1", "fp-a") == "status-1"  # a retry: the kept answer
        assert await claim("222222222", "req-1", "fp-b") is None  # another company's id is its own
        with pytest.raises(RequestConflict) as conflict:
            await claim("111111111", "req-1", "fp-b")
        assert str(conflict.value) == (
            f"request id 'req-1' was already used for another status or invoice (first for invoice {issued}); use a"
            " new request id for a new status"
        )

    asyncio.run(scenario())


def test_an_id_claimed_before_its_invoice_was_kept_is_refused_without_naming_one_and_the_claim_says_which_kind() -> (
    None
):
    db, issued, received = _holding_invoices()
    db.status_requests[("111111111", "req-old")] = ["fp-a", "", ""]  # claimed before migration 0401
    kinds: list[bool] = []

    async def scenario() -> None:
        uow = FakeUnitOfWork(db)
        async with uow:
            with pytest.raises(RequestConflict) as conflict:
                await claimed_before(uow, "111111111", "req-old", "fp-b", issued)
            claim = uow.transmissions.claim_status_request

            async def spied(*args: object, received: bool) -> object:
                kinds.append(received)
                return await claim(*args, received=received)  # type: ignore[arg-type]

            uow.transmissions.claim_status_request = spied  # type: ignore[method-assign]
            await claimed_before(uow, "111111111", "req-2", "fp-a", issued)
            await claimed_before(uow, "111111111", "req-3", "fp-a", received, received=True)
            with pytest.raises(MissingParent):  # a received invoice's id is no invoice we issued
                await claimed_before(uow, "111111111", "req-4", "fp-a", received)
        assert str(conflict.value) == (
            "request id 'req-old' was already used for another status or invoice; use a new request id for a new"
            " status"
        )

    asyncio.run(scenario())
    assert kinds == [False, True, False]  # an invoice we issued by default, a received one when said
