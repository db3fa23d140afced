"""Fixtures for tests against the IOPOLE simulator: import them into a conftest
(`from tests.support.iopole_fixtures import *`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tests.support.iopole_simulator import IopoleSimulator

__all__ = ["http", "sim"]


@pytest.fixture
def sim() -> Iterator[IopoleSimulator]:
    with IopoleSimulator() as simulator:
        yield simulator


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client
