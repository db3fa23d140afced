"""The database's write probe: what a refusal to write, an unanswered probe and a write again change."""

from __future__ import annotations

import asyncio
import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families

from adapters.postgres.outage import is_outage
from service.workers.supervisor import Supervisor
from service.workers.write_probe import WriteProbe, init_write_probe

HANG_GUARD = 30  # a broken loop fails the test instead of hanging it; never a speed assertion
DISK_FULL = "disk full (SQLSTATE 53100)"


class Database:
    """What the probe's write meets, as the test sets it: None (written), a refusal, or an exception (unanswered)."""

    def __init__(self) -> None:
        self.answer: str | None | BaseException = None
        self.probes = 0
        self.probed = asyncio.Event()

    async def probe(self) -> str | None:
        self.probes += 1
        self.probed.set()
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


def writable(probe: WriteProbe) -> float | None:
    [family] = text_string_to_metric_families(probe.exposition().decode())
    assert family.name == "pdp_gateway_database_writable"
    return family.samples[0].value if family.samples else None


async def test_a_refused_write_is_known_with_why_until_a_write_passes_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    database = Database()
    probe = WriteProbe(database.probe)
    assert (probe.wrote, probe.refused, writable(probe)) == (None, None, None)  # nothing known yet

    await probe.once()
    assert (probe.wrote, probe.refused, writable(probe)) == (True, None, 1.0)

    database.answer = DISK_FULL
    await probe.once()
    await probe.once()  # said once, not at every probe
    assert (probe.wrote, probe.refused, writable(probe)) == (False, DISK_FULL, 0.0)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == [f"the database refuses to write: {DISK_FULL} (docs/on-call.md)"]

    database.answer = None
    await probe.once()
    assert (probe.wrote, probe.refused, writable(probe)) == (True, None, 1.0)
    assert f"the database writes again (it refused: {DISK_FULL})" in caplog.messages


@pytest.mark.parametrize(
    "failure", [ConnectionRefusedError(111, "refused"), TimeoutError()], ids=lambda e: type(e).__name__
)
async def test_a_probe_not_answered_leaves_what_is_known(failure: BaseException) -> None:
    # An unreachable database is the readiness check's to say; the probe neither clears nor invents a refusal.
    database = Database()
    probe = WriteProbe(database.probe)
    database.answer = DISK_FULL
    await probe.once()

    database.answer = failure
    await probe.once()

    assert (probe.wrote, probe.refused) == (False, DISK_FULL)


async def test_the_probe_runs_supervised_from_start_until_shutdown() -> None:
    database = Database()
    supervisor = Supervisor(is_outage=is_outage)
    resource = init_write_probe(database.probe, supervisor, interval_s=0.01)
    async with asyncio.timeout(HANG_GUARD):
        probe = await anext(resource)
        assert probe.wrote is True  # the first probe is answered before serving starts
        assert "write-probe" in supervisor.names() and supervisor.down() == {}
        database.probed.clear()
        await database.probed.wait()  # the supervised loop probes by itself
        with pytest.raises(StopAsyncIteration):
            await anext(resource)
    assert supervisor.names() == []


def test_the_interval_must_be_positive() -> None:
    with pytest.raises(ValueError, match="interval"):
        WriteProbe(Database().probe, interval_s=0)
