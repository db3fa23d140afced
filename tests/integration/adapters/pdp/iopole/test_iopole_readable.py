"""IOPOLE's readable copy of a received invoice (`/download/readable`) through the adapter, over real HTTP."""

from __future__ import annotations

import pytest

from adapters.pdp.iopole.readable import IopoleReadableViews
from domain.platform import PlatformUnavailable
from tests.support.iopole_simulator import Fault, IopoleSimulator
from tests.support.readable_pdf import platform_page

PDF = platform_page("the platform's own page")


def _received(sim: IopoleSimulator, readable: bytes | None) -> str:
    record = sim.store(b"<Invoice/>", "F-1.xml", direction="INBOUND")
    record.readable = readable
    return record.id


async def test_the_platforms_readable_copy_comes_back_byte_for_byte(sim: IopoleSimulator, gateway) -> None:
    invoice_id = _received(sim, PDF)

    assert await IopoleReadableViews(gateway).readable_view(invoice_id) == PDF
    assert sim.requests["readable"] == 1


async def test_no_readable_copy_is_none_not_an_error(sim: IopoleSimulator, gateway) -> None:
    assert await IopoleReadableViews(gateway).readable_view(_received(sim, None)) is None


async def test_an_outage_is_unavailable_after_bounded_retries(sim: IopoleSimulator, make_gateway) -> None:
    invoice_id = _received(sim, PDF)
    sim.faults.push(*(Fault.error(503, endpoint="readable") for _ in range(5)))

    with pytest.raises(PlatformUnavailable):
        await IopoleReadableViews(make_gateway(attempts=3)).readable_view(invoice_id)
    assert sim.requests["readable"] == 3
