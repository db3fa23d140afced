"""Fixtures for tests against the AFNOR XP Z12-013 simulator: import them into a conftest
(`from tests.support.afnor_fixtures import *`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from adapters.pdp.afnor.client import AfnorPdpGateway
from adapters.pdp.afnor.config import AfnorConfig
from adapters.pdp.calls import Pacing
from adapters.pdp.retry import RetryPolicy
from adapters.pdp.timeouts import Timeouts
from domain.platform_profile import PlatformOptions
from tests.support.simulators.afnor_app import AfnorSimulator

__all__ = ["afnor_gateway", "afnor_sim", "make_afnor_gateway"]

MakeAfnorGateway = Callable[..., AfnorPdpGateway]


@pytest.fixture
def afnor_sim() -> Iterator[AfnorSimulator]:
    with AfnorSimulator() as simulator:
        yield simulator


@pytest.fixture
def make_afnor_gateway(afnor_sim: AfnorSimulator, http: httpx.AsyncClient, sleep) -> MakeAfnorGateway:  # type: ignore[no-untyped-def]
    def make(
        *, env: dict[str, str] | None = None, timeouts: Timeouts | None = None, attempts: int = 4
    ) -> AfnorPdpGateway:
        config = AfnorConfig.from_env(
            {**afnor_sim.env(), **(env or {})},
            timeouts=timeouts or Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=5)),
        )
        return AfnorPdpGateway(http, config, pacing=Pacing(RetryPolicy(max_attempts=attempts), sleep))

    return make


@pytest.fixture
def afnor_gateway(make_afnor_gateway: MakeAfnorGateway) -> AfnorPdpGateway:
    return make_afnor_gateway()
