"""The invoice use cases as bound: a company holds its share of a process's event streams (the per-company bound
every call kind has, service.usecases.company_slots), another company still opens one, and a stream that ends gives
its slot back; an invoice sent field by field is judged as the document the gateway renders of it."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from domain.errors import InvoiceRejected
from domain.invoice import DocumentType, Invoice, PrecedingInvoice
from domain.ports import InvoiceFilter, Page, StoredEvent
from service.usecases.company_slots import CompanySlots
from service.usecases.emission import bindings
from service.usecases.emission.bindings import InvoiceUseCases, TooManySubscribers, stream_event_pace
from tests.builders import a_seller, an_invoice
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


class _ManyEvents:
    """A feed of `count` events of any company, all there at once (a replay from the start)."""

    def __init__(self, count: int) -> None:
        self.count = count

    async def subscribe(self, company: str, after_event_id: int = 0) -> Any:
        event = an_outbound_invoice(company).events[0]
        for n in range(after_event_id + 1, self.count + 1):
            yield StoredEvent(n, "F-1", company, event)


async def test_a_company_s_streams_send_their_events_at_its_pace_together_and_not_the_other_companies() -> (
    None
):
    # 32 streams replaying ~9,800 events each from the start took most of the process's loop from every other
    # company (their small calls' p99 0.06 -> 0.5 s): a company's streams share one pace, past a burst.
    now = [0.0]
    slept: dict[str, float] = {}

    async def sleep(seconds: float) -> None:
        slept[company_var] = slept.get(company_var, 0.0) + seconds
        now[0] += seconds
        await asyncio.sleep(0)

    api = invoice_use_cases(InMemoryDatabase())
    api.feed = _ManyEvents(15_000)  # type: ignore[assignment]
    api.event_pace = stream_event_pace(clock=lambda: now[0], sleep=sleep)
    replaying, other = random_siren(), random_siren()

    async def read(company: str, count: int) -> int:
        got = 0
        async with contextlib.aclosing(api.subscribe(company, 15_000 - count)) as stream:
            async for _ in stream:
                got += 1
        return got

    company_var = replaying
    got = await asyncio.gather(read(replaying, 15_000), read(replaying, 15_000))
    company_var = other
    alone = await read(other, 9_000)

    assert got == [15_000, 15_000] and alone == 9_000
    # 30,000 events: the burst (10,000) at once, the 20,000 others at 2,000 a second
    assert 10.0 - 0.1 <= now[0] == slept[replaying] <= 10.0 + 0.1
    assert other not in slept  # its own bucket, within its burst


async def test_a_listing_passes_its_whole_request_and_a_unit_of_work_to_the_use_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    async def recorded(*args: Any, **kwargs: Any) -> Page[Any]:
        calls.append((args, kwargs))
        return Page([], "")

    monkeypatch.setattr(bindings.cases, "list_invoices", recorded)
    company, flt = random_siren(), InvoiceFilter(counterparty="Acme")
    assert await invoice_use_cases(InMemoryDatabase()).list(company, flt, 50, "a-token") == (Page([], ""), [])
    [(args, kwargs)] = calls
    assert args == (company, flt, 50, "a-token")
    assert list(kwargs) == ["uow"] and isinstance(kwargs["uow"], FakeUnitOfWork)


def crediting_per_line(company: str, *, in_bg3: bool = False) -> Invoice:
    """A credit note of `company` naming an invoice on each line (EXT-FR-FE-136/138), and in BG-3 too if `in_bg3`."""
    note = an_invoice(seller=a_seller(company), type_code=DocumentType.CREDIT_NOTE, lines=2)
    named = (PrecedingInvoice("F-1", date(2026, 11, 2)), PrecedingInvoice("F-2", date(2026, 11, 3)))
    lines = tuple(replace(line, preceding_invoice=n) for line, n in zip(note.lines, named, strict=True))
    return note.evolve(lines=lines, preceding_invoices=named[:1] if in_bg3 else ())


async def test_a_credit_note_naming_its_invoices_on_its_lines_alone_is_refused_field_by_field() -> None:
    """finance8 (session 16) let BR-FR-CO-05 take a credit note naming its invoices per line (EXTENDED-CTC-FR), as
    the official rule does: sent field by field it was accepted, then rendered in EN 16931 (the pipeline's profile),
    whose CII and Factur-X have no room for a line's reference, and the official BR-FR-CO-05 made it INVALID after it
    was accepted. Refused at submit (and said by ValidateInvoice), naming the way that works: BG-3, or the document itself."""
    db, company = InMemoryDatabase(), random_siren()
    api = invoice_use_cases(db)
    with pytest.raises(InvoiceRejected) as refused:
        await api.submit(company, "req-per-line", crediting_per_line(company))
    [finding] = refused.value.findings
    assert (finding.rule_id, finding.path, finding.is_fatal) == ("BR-FR-CO-05_BT-3", "BG-3", True)
    assert finding.message == (
        "This credit note names its invoices on its lines alone (EXT-FR-FE-136, EXTENDED-CTC-FR); the gateway renders"
        " EN 16931, which has no room for them, and the document would name no invoice: name the invoice it credits"
        " in BG-3 (BT-25 with its date BT-26), or submit your EXTENDED-CTC-FR document itself (SubmitInvoice's"
        " document), which goes out as it is."
    )
    _, said = await api.validate(crediting_per_line(company))
    assert [f.rule_id for f in said] == ["BR-FR-CO-05_BT-3"]
    stored = await api.submit(company, "req-bg3", crediting_per_line(company, in_bg3=True))
    assert stored.findings == ()
