"""retry_given_up: the on-call's retry of every invoice an outage made fail, a page at a time until none is left."""

from __future__ import annotations

import pytest

from domain.emission import EventKind, IllegalInvoiceTransition, ProcessingState
from domain.operations import GivenUp
from service.usecases.emission import retry as retry_module
from service.usecases.emission.retry import retry_given_up


async def test_every_page_is_retried_until_none_is_left_and_one_it_cannot_retry_is_skipped_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(retry_module, "GIVEN_UP_PAGE", 2)
    failed = [GivenUp(f"73282932{n}", f"id-{n}", f"F-{n}") for n in range(5)]
    stuck = "id-1"  # its retry refused (retried meanwhile by its company, its state moved on): listed again
    asked: list[tuple[str, int]] = []

    async def given_up(platform: str, limit: int) -> list[GivenUp]:
        asked.append((platform, limit))
        return failed[:limit]

    async def retry(company: str, invoice_id: str) -> object:
        [item] = [g for g in failed if g.invoice_id == invoice_id]
        assert item.company_siren == company
        if invoice_id == stuck:
            raise IllegalInvoiceTransition(invoice_id, EventKind.RETRY, ProcessingState.SENT)
        failed.remove(item)
        return item

    retried = await retry_given_up("iopole", given_up=given_up, retry=retry)
    assert [g.invoice_id for g in retried] == ["id-0", "id-2", "id-3", "id-4"]
    assert [g.invoice_id for g in failed] == [stuck]  # tried once, never again: no endless loop on it
    assert {a for a in asked} == {("iopole", 2)}
