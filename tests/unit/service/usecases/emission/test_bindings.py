"""The invoice use cases' event streams: a company holds its share of a process's streams (the per-company bound
every call kind has, service.usecases.company_slots), another company still opens one, and a stream that ends gives
its slot back."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from typing import Any

import pytest

from domain.ports import InvoiceFilter
from service.usecases.company_slots import CompanySlots
from service.usecases.emission import bindings
from service.usecases.emission.bindings import InvoiceUseCases, TooManySubscribers
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase, InMemoryEventFeed
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice


def invoice_use_cases(db: InMemoryDatabase, **slots: CompanySlots) -> InvoiceUseCases:
    """The invoice use cases on fakes, with the per-company bounds `slots` names."""
    return InvoiceUseCases(
        uow_factory=functools.partial(FakeUnitOfWork, db),
        clock=FixedClock(),
        validator=lambda invoice: [],
        feed=InMemoryEventFeed(db),
        records_uow_factory=lambda: None,  # type: ignore[arg-type,return-value]
        **slots,  # type: ignore[arg-type]
    )


async def test_one_company_cannot_take_every_event_stream_of_a_process() -> None:
    # With a key of its own, one company could open the process's every stream (1000 Watch streams) and leave every
    # other company RESOURCE_EXHAUSTED: its share is bounded below the process's.
    db = InMemoryDatabase()
    api = invoice_use_cases(
        db, watch_slots=CompanySlots("event streams", TooManySubscribers, per_process=4, per_company=3)
    )
    greedy, other, third = random_siren(), random_siren(), random_siren()
    async with FakeUnitOfWork(db) as uow:
        for company in (greedy, other):
            await uow.invoices.add(an_outbound_invoice(company))
        await uow.commit()

    async with contextlib.AsyncExitStack() as opened:
        streams = []
        for _ in range(3):
            stream = await opened.enter_async_context(contextlib.aclosing(api.subscribe(greedy, 0)))
            await asyncio.wait_for(anext(stream), 10)  # subscribed: its first event came
            streams.append(stream)
        with pytest.raises(TooManySubscribers, match="at most 3 per company"):
            await asyncio.wait_for(anext(api.subscribe(greedy, 0)), 10)
        others = await opened.enter_async_context(contextlib.aclosing(api.subscribe(other, 0)))
        assert (await asyncio.wait_for(anext(others), 10)).company_siren == other
        with pytest.raises(TooManySubscribers, match="4 event streams are in progress on this server"):
            await asyncio.wait_for(anext(api.subscribe(third, 0)), 10)

        await streams[0].aclose()  # a client went away: its slot comes back
        again = await opened.enter_async_context(contextlib.aclosing(api.subscribe(greedy, 0)))
        assert (await asyncio.wait_for(anext(again), 10)).company_siren == greedy


async def test_a_listing_passes_its_whole_request_and_a_unit_of_work_to_the_use_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    async def recorded(*args: Any, **kwargs: Any) -> str:
        calls.append((args, kwargs))
        return "page"

    monkeypatch.setattr(bindings.cases, "list_invoices", recorded)
    company, flt = random_siren(), InvoiceFilter(counterparty="Acme")
    assert await invoice_use_cases(InMemoryDatabase()).list(company, flt, 50, "a-token") == "page"
    [(args, kwargs)] = calls
    assert args == (company, flt, 50, "a-token")
    assert list(kwargs) == ["uow"] and isinstance(kwargs["uow"], FakeUnitOfWork)
