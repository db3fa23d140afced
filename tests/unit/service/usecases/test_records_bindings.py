"""The e-reporting use cases' bindings (service.usecases.records_bindings): each declaration call hands its whole
request, and the records' unit of work and clock, to the use case it runs in its slot."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from domain.reporting.calendar import ReportKind, VatRegime
from service.usecases import records_bindings
from service.usecases.records_bindings import ReportingUseCases
from tests.fakes import FixedClock

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
