"""An old replica's background work: gated tasks run only while the database's schema is the one the code knows."""

from __future__ import annotations

import asyncio
import logging

import pytest

from adapters.postgres.outage import is_outage
from service.workers.schema_gate import NOT_READ, SchemaGate
from service.workers.supervisor import RestartPolicy, Supervisor, init_supervisor

HANG_GUARD = 30  # a broken gate fails the test instead of hanging it; never a speed assertion
NEWER = "database migrated by a newer release: 1 migration(s) this code does not know (9990)"


class Schema:
    """What the database's migrations say, as the test sets it; `fail` makes the read raise (an outage)."""

    def __init__(self, reason: str | None = None) -> None:
        self.reason = reason
        self.fail = False
        self.reads = 0

    async def check(self) -> str | None:
        self.reads += 1
        if self.fail:
            raise ConnectionRefusedError("database down")
        return self.reason


class Worker:
    """A relay-like loop: counts its runs, works until stopped, says whether it is running."""

    def __init__(self) -> None:
        self.runs = 0
        self.running = asyncio.Event()
        self.stopped = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        self.runs += 1
        self.stopped.clear()
        self.running.set()
        await stop.wait()
        self.running.clear()
        self.stopped.set()


async def _until(condition: object) -> None:
    async def wait() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0)

    await asyncio.wait_for(wait(), HANG_GUARD)


async def test_a_gated_task_never_starts_while_the_database_carries_a_newer_release_and_says_so() -> None:
    schema = Schema(NEWER)
    gate = SchemaGate(schema.check, interval_s=3600)
    await gate.refresh()
    supervisor = Supervisor(RestartPolicy(), is_outage=is_outage, gate=gate)
    worker, listener = Worker(), Worker()
    supervisor.start("inbox-worker", worker.run)
    supervisor.start("inbox-listener", listener.run, gated=False)  # claims nothing: runs
    await asyncio.wait_for(listener.running.wait(), HANG_GUARD)
    await _until(lambda: "inbox-worker" in supervisor.down())
    assert worker.runs == 0
    assert supervisor.down() == {"inbox-worker": f"paused: {NEWER}"}
    await asyncio.wait_for(supervisor.close(), HANG_GUARD)  # a paused task stops at once
    assert worker.runs == 0


async def test_a_running_task_is_stopped_when_the_gate_closes_and_runs_again_when_it_opens() -> None:
    schema = Schema()
    gate = SchemaGate(schema.check, interval_s=3600)
    await gate.refresh()
    supervisor = Supervisor(RestartPolicy(), is_outage=is_outage, gate=gate)
    worker = Worker()
    handle = supervisor.start("pipeline-dispatcher", worker.run)
    await asyncio.wait_for(worker.running.wait(), HANG_GUARD)

    schema.reason = NEWER  # a newer release migrated the database
    await gate.refresh()
    await asyncio.wait_for(worker.stopped.wait(), HANG_GUARD)
    await _until(lambda: supervisor.down())
    assert supervisor.down() == {"pipeline-dispatcher": f"paused: {NEWER}"}
    assert worker.runs == 1 and handle.restarts == 0  # a pause is no failure

    schema.reason = None  # rolled back: the schema is this code's again
    await gate.refresh()
    await asyncio.wait_for(worker.running.wait(), HANG_GUARD)
    assert worker.runs == 2 and supervisor.down() == {} and handle.restarts == 0
    await asyncio.wait_for(supervisor.close(), HANG_GUARD)


async def test_an_unreadable_database_leaves_the_gate_as_it_was() -> None:
    schema = Schema()
    gate = SchemaGate(schema.check, interval_s=3600)
    assert not gate.open and gate.closed_reason == NOT_READ  # nothing runs before the first read
    schema.fail = True
    await gate.refresh()
    assert not gate.open and gate.closed_reason == NOT_READ
    schema.fail = False
    await gate.refresh()
    assert gate.open
    schema.fail = True
    await gate.refresh()
    assert gate.open  # an outage is the tasks' own to wait out, not a pause


async def test_reads_failing_through_an_outage_are_said_once_then_their_end_with_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # PostgreSQL stopped 35 s on a real serve: the gate said "could not be read" at each of its 7 reads
    schema = Schema()
    gate = SchemaGate(schema.check, interval_s=3600)
    await gate.refresh()
    schema.fail = True
    with caplog.at_level(logging.WARNING, logger="service.workers.schema_gate"):
        for _ in range(7):
            await gate.refresh()
        schema.fail = False
        await gate.refresh()
    began, ended = [r.getMessage() for r in caplog.records]
    assert began == (
        "schema check: reading the database's migrations failed, ConnectionRefusedError; said again once it works"
    )
    assert ended.startswith(
        "schema check: reading the database's migrations works again, after 7 failure(s) over"
    )


async def test_the_process_supervisor_reads_the_schema_before_any_task_starts_and_keeps_reading_it() -> None:
    schema = Schema(NEWER)
    gate = SchemaGate(schema.check, interval_s=0.01)
    resource = init_supervisor(is_outage, RestartPolicy(), gate=gate)
    supervisor = await anext(resource)
    assert schema.reads >= 1 and not gate.open  # read before the owners start their tasks
    worker = Worker()
    supervisor.start("declaration-relay", worker.run)
    assert "schema-check" in supervisor.names()
    schema.reason = None
    await asyncio.wait_for(worker.running.wait(), HANG_GUARD)  # the supervised reads opened the gate
    assert "schema-check" not in supervisor.down()
    with pytest.raises(StopAsyncIteration):
        await anext(resource)
    assert not worker.running.is_set()


def test_the_interval_must_be_positive() -> None:
    with pytest.raises(ValueError, match="interval"):
        SchemaGate(Schema().check, interval_s=0)
