"""A company's listings at once are bounded (service.usecases.listing_slots): a listing filtered by a name reads
every row of the company, and 32 at once took every pooled connection from the other companies' calls."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest

from domain.ports import InvoiceFilter, Page
from domain.reception_ports import ReceivedFilter
from domain.reporting.calendar import ReportKind, VatRegime
from service.usecases import records_bindings
from service.usecases.company_slots import CompanySlots
from service.usecases.emission import bindings
from service.usecases.listing_slots import DeclarationsBusy, ListingsBusy, declaration_slots, listing_slots
from service.usecases.reception import ReceptionUseCases
from service.usecases.records_bindings import ReportingUseCases
from tests.fakes import FixedClock, InMemoryDatabase
from tests.unit.service.usecases.emission.test_bindings import invoice_use_cases

GREEDY, OTHER = "732829320", "552100554"


class _SlowListings:
    """Listings that hold until `done` is set, as a scan of a large company holds its connection."""

    def __init__(self) -> None:
        self.done = asyncio.Event()
        self.running = 0

    async def list(self, *args: Any, **kwargs: Any) -> Page[Any]:
        self.running += 1
        await self.done.wait()
        return Page([], "")

    async def reached(self, running: int) -> None:
        """Until `running` listings hold; fails, rather than spins for ever, when a call meant to hold was refused
        (a bound counted wrong): the loop's other tasks get 1,000 turns to get there."""
        for _ in range(1_000):
            if self.running >= running:
                return
            await asyncio.sleep(0)
        pytest.fail(f"{self.running} listings hold, not {running}: a call meant to hold did not")


async def test_a_company_past_its_listings_at_once_is_busy_another_is_not_and_a_listing_ended_gives_its_slot_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slots = listing_slots(per_company=2)  # one for the process, shared by both kinds of listing
    slow = _SlowListings()
    monkeypatch.setattr(bindings.cases, "list_invoices", lambda *args, **kwargs: slow.list())
    invoices = invoice_use_cases(InMemoryDatabase(), listing_slots=slots)

    @contextlib.asynccontextmanager
    async def uow() -> AsyncIterator[Any]:
        yield type("Uow", (), {"received": slow})()

    received = ReceptionUseCases(
        uow=uow,  # type: ignore[arg-type]
        inbox=None,  # type: ignore[arg-type]
        clock=FixedClock(),
        render_page=lambda invoice: b"",
        listing_slots=slots,
    )
    held = [
        asyncio.ensure_future(invoices.list(GREEDY, InvoiceFilter(), 50, "")),
        asyncio.ensure_future(received.list(GREEDY, ReceivedFilter(), 50, "")),
    ]
    await slow.reached(2)
    with pytest.raises(ListingsBusy, match="at most 2 per company"):
        await invoices.list(GREEDY, InvoiceFilter(), 50, "")
    with pytest.raises(ListingsBusy):
        await received.list(GREEDY, ReceivedFilter(), 50, "")
    other = asyncio.ensure_future(invoices.list(OTHER, InvoiceFilter(), 50, ""))
    await slow.reached(3)
    slow.done.set()
    await asyncio.gather(*held, other)
    assert await invoices.list(GREEDY, InvoiceFilter(), 50, "") == (Page([], ""), [])


async def test_a_listing_holds_one_slot_from_its_page_to_its_books(monkeypatch: pytest.MonkeyPatch) -> None:
    """At the company's bound, a listing that gave its slot back after its page and took another for its books
    could be refused its books by a listing arriving between the two, its page read for nothing."""
    slots = listing_slots(per_company=1)
    taken: list[str] = []
    take = CompanySlots.take
    monkeypatch.setattr(
        CompanySlots,
        "take",
        lambda self, company, weight=1: (taken.append(company), take(self, company, weight))[1],
    )
    invoice = object()

    def another_is_busy() -> None:
        with pytest.raises(ListingsBusy):
            slots.check(GREEDY)

    async def page(*args: Any, **kwargs: Any) -> Page[Any]:
        another_is_busy()
        return Page([invoice], "")

    async def books(company: str, invoices: list[Any], **kwargs: Any) -> list[None]:
        another_is_busy()
        return [None] * len(invoices)

    monkeypatch.setattr(bindings.cases, "list_invoices", page)
    monkeypatch.setattr(bindings, "page_books", books)
    invoices = invoice_use_cases(InMemoryDatabase(), listing_slots=slots, books_uow_factory=lambda: None)
    assert await invoices.list(GREEDY, InvoiceFilter(), 50, "") == (Page([invoice], ""), [None])
    assert taken == [GREEDY]  # one slot, from the page to its books
    slots.check(GREEDY)  # and given back


async def test_a_declaration_listing_is_a_declaration_build_and_shares_that_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ListDeclarations builds each listed period's rectification as a preview does (its `in_force_check`), one
    after the other: a company building its 2 declarations at once (DECLARATIONS_PER_COMPANY: a month of 570,000
    B2C sales 54 s of a connection each) ran 4 such listings more beside them, past the bound it was told."""
    period = (VatRegime.SIMPLIFIED, ReportKind.TRANSACTIONS, date(2026, 10, 15))

    async def at_once(*args: Any, **kwargs: Any) -> list[Any]:
        return []

    def reporting_with(listing: Any, preview: Any) -> ReportingUseCases:
        monkeypatch.setattr(records_bindings.reporting_cases, "list_declarations", listing)
        monkeypatch.setattr(records_bindings.reporting_cases, "preview_declaration", preview)
        return ReportingUseCases(
            uow_factory=None,  # type: ignore[arg-type]
            clock=FixedClock(),
            declaration_slots=declaration_slots(per_company=1),
        )

    slow = _SlowListings()
    reporting = reporting_with(at_once, lambda *a, **k: slow.list())
    previewing = asyncio.ensure_future(reporting.preview(GREEDY, *period))
    await slow.reached(1)
    with pytest.raises(DeclarationsBusy):
        await reporting.list(GREEDY)
    assert await reporting.list(OTHER) == []
    slow.done.set()
    await previewing

    slow = _SlowListings()
    reporting = reporting_with(lambda *a, **k: slow.list(), at_once)
    listing = asyncio.ensure_future(reporting.list(GREEDY))
    await slow.reached(1)
    with pytest.raises(DeclarationsBusy):
        await reporting.preview(GREEDY, *period)
    slow.done.set()
    await listing


async def test_a_company_past_its_declaration_builds_at_once_is_busy_and_another_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A preview, a submission or a rectification builds the period's declaration from every row of it: a month of
    570,000 B2C sales took 54 s of one pooled connection on `serve`, and 32 previews at once made another company's
    GetInvoice UNAVAILABLE ("no answer from the service's database in time")."""
    slow = _SlowListings()
    monkeypatch.setattr(records_bindings.reporting_cases, "preview_declaration", lambda *a, **k: slow.list())
    monkeypatch.setattr(records_bindings.reporting_cases, "submit_declaration", lambda *a, **k: slow.list())
    reporting = ReportingUseCases(
        uow_factory=None,  # type: ignore[arg-type]
        clock=FixedClock(),
        declaration_slots=declaration_slots(per_company=2, per_process=3),
    )
    period = (VatRegime.SIMPLIFIED, ReportKind.TRANSACTIONS, date(2026, 10, 15))
    held = [
        asyncio.ensure_future(reporting.preview(GREEDY, *period)),
        asyncio.ensure_future(reporting.submit(GREEDY, *period)),
    ]
    await slow.reached(2)
    with pytest.raises(DeclarationsBusy, match="at most 2 per company"):
        await reporting.preview(GREEDY, *period)
    with pytest.raises(DeclarationsBusy):
        await reporting.submit(GREEDY, *period, rectify=True)
    other = asyncio.ensure_future(reporting.preview(OTHER, *period))
    await slow.reached(3)
    slow.done.set()
    await asyncio.gather(*held, other)


async def test_the_process_s_declaration_builds_are_bounded_every_company_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each build admitted has a thread of its own (aio.off_loop.BUILD_THREADS) and holds its period's rows (a month
    of 578,000 sales: about 800 MB): unbounded across companies, a company's build queued behind the others' in the
    process's one thread, 35-70 s each. Past the process's bound, another company is told to come back."""
    slow = _SlowListings()
    monkeypatch.setattr(records_bindings.reporting_cases, "preview_declaration", lambda *a, **k: slow.list())
    reporting = ReportingUseCases(uow_factory=None, clock=FixedClock())  # type: ignore[arg-type]
    period = (VatRegime.SIMPLIFIED, ReportKind.TRANSACTIONS, date(2026, 10, 15))
    companies = [GREEDY, OTHER]
    held = [asyncio.ensure_future(reporting.preview(c, *period)) for c in companies]
    await slow.reached(2)
    with pytest.raises(DeclarationsBusy, match="at most 2 per process, every company together"):
        await asyncio.wait_for(reporting.preview("111111111", *period), 10)  # a guard only, against a hang
    slow.done.set()
    await asyncio.gather(*held)
    assert reporting.declaration_slots._total == 0
