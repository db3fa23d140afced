from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from adapters.pdp.calls import Pacing
from adapters.pdp.iopole.client import IopolePdpGateway
from adapters.pdp.iopole.config import IopoleConfig
from adapters.pdp.retry import RetryPolicy
from adapters.pdp.timeouts import Timeouts
from domain.platform_profile import PlatformOptions
from tests.support.iopole_fixtures import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.iopole_simulator import IopoleSimulator


class RecordingSleep:
    """Records the delays the adapter asks for instead of waiting them out."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await asyncio.sleep(0)


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


MakeGateway = Callable[..., IopolePdpGateway]


@pytest.fixture
def make_gateway(sim: IopoleSimulator, http: httpx.AsyncClient, sleep: RecordingSleep) -> MakeGateway:
    def make(
        *, env: dict[str, str] | None = None, timeouts: Timeouts | None = None, attempts: int = 4
    ) -> IopolePdpGateway:
        config = IopoleConfig.from_env(
            {**sim.env(), **(env or {})},
            timeouts=timeouts or Timeouts(PlatformOptions(timeout_s=5, upload_timeout_s=5)),
        )
        return IopolePdpGateway(http, config, pacing=Pacing(RetryPolicy(max_attempts=attempts), sleep))

    return make


@pytest.fixture
def gateway(make_gateway: MakeGateway) -> IopolePdpGateway:
    return make_gateway()
