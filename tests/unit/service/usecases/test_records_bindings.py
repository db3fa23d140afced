"""The e-reporting use cases' bindings (service.usecases.records_bindings): each declaration call hands its whole
request, and the records' unit of work and clock, to the use case it runs in its slot."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from aio import off_loop
from domain.reporting.b2c import B2cTransaction
from domain.reporting.calendar import ReportKind, VatRegime
from service.usecases import records_bindings
from service.usecases.records_bindings import ReportingUseCases
from tests import fakes
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren
from tests.support.reporting_data import september_b2c

COMPANY = "732829320"
DAY = date(2026, 10, 15)


async def test_each_declaration_call_passes_its_whole_request_and_the_collaborators(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def recorder(name: str) -> Any:
        async def recorded(*args: Any, **kwargs: Any) -> str:
            calls.append((name, args, kwargs))
            return name

        return recorded

    for name in ("list_declarations", "preview_declaration", "submit_declaration"):
        monkeypatch.setattr(records_bindings.reporting_cases, name, recorder(name))
    uow_factory, clock = object(), FixedClock()
    reporting = ReportingUseCases(uow_factory=uow_factory, clock=clock)  # type: ignore[arg-type]
    period = (VatRegime.SIMPLIFIED, ReportKind.PAYMENTS, DAY)
    deps = {"uow_factory": uow_factory, "clock": clock}

    assert await reporting.list(COMPANY, date(2026, 1, 1), date(2026, 6, 30)) == "list_declarations"
    assert await reporting.preview(COMPANY, *period) == "preview_declaration"
    assert await reporting.submit(COMPANY, *period) == "submit_declaration"
    assert await reporting.submit(COMPANY, *period, rectify=True) == "submit_declaration"
    assert calls == [
        (
            "list_declarations",
            (COMPANY,),
            {"period_from": date(2026, 1, 1), "period_to": date(2026, 6, 30), "uow_factory": uow_factory},
        ),
        ("preview_declaration", (COMPANY, *period), deps),
        ("submit_declaration", (COMPANY, *period), {"rectify": False, **deps}),
        ("submit_declaration", (COMPANY, *period), {"rectify": True, **deps}),
    ]


async def test_a_large_request_is_read_while_another_company_s_declaration_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build's CPU work (its rows decoded, recorded, checked: 35-70 s for a month of 578,000 sales) and the
    reading of large requests shared the process's one off-loop thread: another company's RecordB2cTransactions of
    2,000 sales waited for the end of the build. Here the build's rows, in the build's thread, wait for another
    company's large request to be read (aio.off_loop.run, as service.grpc.off_loop.read does): in one thread, it
    could not be until the guard gave up."""
    db, company = InMemoryDatabase(), random_siren()
    reporting = ReportingUseCases(uow_factory=functools.partial(FakeUnitOfWork, db), clock=FixedClock())
    await reporting.record_b2c(company, september_b2c(company))
    building, read = threading.Event(), threading.Event()
    read_while_built: list[bool] = []

    class HeldRows(list[B2cTransaction]):
        def __iter__(self) -> Iterator[B2cTransaction]:
            building.set()
            read_while_built.append(read.wait(timeout=10))  # a guard only
            return super().__iter__()

    rows = fakes._Reporting.b2c_between

    async def held(self: fakes._Reporting, company: str, start: date, end: date) -> list[B2cTransaction]:
        return HeldRows(await rows(self, company, start, end))

    monkeypatch.setattr(fakes._Reporting, "b2c_between", held)

    async def another_company_s_large_request() -> None:
        assert await asyncio.to_thread(building.wait, 10)
        await off_loop.run(read.set)

    await asyncio.gather(
        reporting.preview(company, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2026, 9, 15)),
        another_company_s_large_request(),
    )
    assert read_while_built and all(read_while_built)
