"""An XP Z12-013 platform's readable copy of a received invoice (`docType=ReadableView`), over real HTTP."""

from __future__ import annotations

import pytest

from adapters.documents.cii_writer import render_cii
from adapters.pdp.afnor.readable import AfnorReadableViews
from domain.platform import PlatformUnavailable
from domain.totals import compute_totals
from tests.builders import an_invoice, random_number
from tests.support.readable_pdf import platform_page
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.faults import Fault

PDF = platform_page("the platform's own page")


async def _received(afnor_sim: AfnorSimulator, readable: bytes | None) -> str:
    invoice = compute_totals(an_invoice(number=random_number()))
    flow_id = await afnor_sim.deliver_inbound(render_cii(invoice), f"{invoice.number}.xml", notify=False)
    afnor_sim.flows[flow_id].readable = readable
    return flow_id


async def test_the_readable_view_comes_back_byte_for_byte(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    flow_id = await _received(afnor_sim, PDF)

    assert await AfnorReadableViews(afnor_gateway).readable_view(flow_id) == PDF


async def test_a_flow_without_a_readable_view_is_none(afnor_sim: AfnorSimulator, afnor_gateway) -> None:
    assert await AfnorReadableViews(afnor_gateway).readable_view(await _received(afnor_sim, None)) is None


async def test_an_outage_is_unavailable(afnor_sim: AfnorSimulator, make_afnor_gateway) -> None:
    flow_id = await _received(afnor_sim, PDF)
    afnor_sim.faults.push(*(Fault.error(503, endpoint="get") for _ in range(6)))

    with pytest.raises(PlatformUnavailable):
        await AfnorReadableViews(make_afnor_gateway(attempts=3)).readable_view(flow_id)
