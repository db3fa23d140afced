"""A company's event stream takes from its pace once every PACED_EVERY events sent, that many at a time: not one
take an event (the bucket's cost per event, 100 times over), not off by one."""

from __future__ import annotations

import contextlib

from service.usecases.emission.bindings import PACED_EVERY
from tests.fakes import InMemoryDatabase
from tests.random_refs import random_siren
from tests.unit.service.usecases.emission.test_bindings import _ManyEvents, invoice_use_cases


class _Pace:
    def __init__(self) -> None:
        self.taken: list[tuple[int, int]] = []  # (events the client had got by then, cost)
        self.got = 0

    async def paced(self, company: str, cost: float) -> None:
        self.taken.append((self.got, int(cost)))


async def test_a_stream_takes_from_its_company_s_pace_every_paced_every_events_sent() -> None:
    api = invoice_use_cases(InMemoryDatabase())
    api.feed = _ManyEvents(2 * PACED_EVERY + PACED_EVERY // 2)  # type: ignore[assignment]
    pace = _Pace()
    api.event_pace = pace  # type: ignore[assignment]
    async with contextlib.aclosing(api.subscribe(random_siren(), 0)) as stream:
        async for _ in stream:
            pace.got += 1
    assert pace.got == 2 * PACED_EVERY + PACED_EVERY // 2
    assert pace.taken == [(PACED_EVERY, PACED_EVERY), (2 * PACED_EVERY, PACED_EVERY)]
