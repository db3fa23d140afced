"""GroupCommit's batching, with a recording write (no database): what is queued meanwhile joins a batch, a batch
that fails answers 'unwritten' to each of its items, and under load the writer lingers for more."""

from __future__ import annotations

import asyncio
import errno
import logging
from collections.abc import Sequence
from typing import Any

import asyncpg
import pytest

from adapters.postgres.group_commit import GroupCommit


class Recorder:
    def __init__(self, fail: bool = False, error: Exception | None = None) -> None:
        self.batches: list[list[str]] = []
        self.fail = fail or error is not None
        self.error = error or ConnectionResetError(104, "Connection reset by peer")

    async def write(self, items: Sequence[str]) -> list[str]:
        self.batches.append(list(items))
        if self.fail:
            raise self.error
        return [f"wrote {item}" for item in items]


async def started(recorder: Recorder, **settings: Any) -> GroupCommit[str, str]:
    group: GroupCommit[str, str] = GroupCommit(recorder.write, unwritten="unwritten", name="test", **settings)
    await group.start()
    return group


async def test_items_queued_together_are_written_in_one_batch_in_order() -> None:
    recorder = Recorder()
    group = await started(recorder)
    try:
        assert await asyncio.gather(*(group.submit(i) for i in "cab")) == ["wrote c", "wrote a", "wrote b"]
    finally:
        await group.stop()
    assert recorder.batches == [["c", "a", "b"]]


async def test_a_failed_batch_answers_unwritten_to_each_item() -> None:
    group = await started(Recorder(fail=True))
    try:
        assert await asyncio.gather(group.submit("a"), group.submit("b")) == ["unwritten", "unwritten"]
    finally:
        await group.stop()


@pytest.mark.parametrize(
    ("error", "level", "traceback"),
    [
        # asyncpg's pool losing a connection mid-outage: seen on serve with PostgreSQL stopped, an ERROR and its
        # traceback among the outage's WARNINGs
        (
            asyncpg.exceptions.InternalClientError(
                "PoolConnectionHolder.connect() called while another exists"
            ),
            logging.WARNING,
            False,
        ),
        (ConnectionRefusedError(111, "Connect call failed"), logging.WARNING, False),
        # this host's: no database outage, said with its traceback
        (OSError(errno.EMFILE, "Too many open files"), logging.ERROR, True),
    ],
    ids=["pool-lost-connection", "refused", "emfile"],
)
async def test_a_failed_batch_is_a_warning_on_a_database_outage_and_an_error_otherwise(
    error: Exception, level: int, traceback: bool, caplog: pytest.LogCaptureFixture
) -> None:
    group = await started(Recorder(error=error))
    try:
        assert await group.submit("a") == "unwritten"
    finally:
        await group.stop()
    [line] = [r for r in caplog.records if r.name == "adapters.postgres.group_commit"]
    assert (line.levelno, bool(line.exc_info)) == (level, traceback)


@pytest.mark.parametrize(
    ("linger_s", "batches"), [(0.5, [["a", "b"], ["c", "d"]]), (0.0, [["a", "b"], ["c"], ["d"]])]
)
async def test_under_load_the_writer_lingers_so_that_later_items_join_the_batch(
    linger_s: float,
    batches: list[list[str]],
) -> None:
    recorder = Recorder()
    group = await started(recorder, linger_s=linger_s)
    try:
        await asyncio.gather(group.submit("a"), group.submit("b"))  # a batch of two: concurrent callers
        first = asyncio.create_task(group.submit("c"))
        while not group._queue.qsize():  # "c" queued...
            await asyncio.sleep(0)
        while group._queue.qsize():  # ...and taken by the writer, which lingers (or writes it at once)
            await asyncio.sleep(0)
        assert await asyncio.gather(first, group.submit("d")) == ["wrote c", "wrote d"]
    finally:
        await group.stop()
    assert recorder.batches == batches


async def test_a_lone_caller_is_written_at_once_whatever_the_linger() -> None:
    recorder = Recorder()
    group = await started(recorder, linger_s=60.0)
    try:
        async with asyncio.timeout(10):  # a linger would take a minute
            assert await group.submit("a") == "wrote a"
            assert await group.submit("b") == "wrote b"  # the previous batch had one item: no linger either
    finally:
        await group.stop()
    assert recorder.batches == [["a"], ["b"]]


def test_a_negative_linger_is_refused() -> None:
    with pytest.raises(ValueError, match="linger_s"):
        GroupCommit(Recorder().write, unwritten="", name="test", linger_s=-1)


class Gated(Recorder):
    """A recorder whose first batch waits for `gate`: what comes meanwhile queues up behind it."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()

    async def write(self, items: Sequence[str]) -> list[str]:
        if not self.batches:
            self.batches.append(list(items))
            await self.gate.wait()
            return [f"wrote {item}" for item in items]
        return await super().write(items)


@pytest.mark.parametrize(
    ("key", "batches"),
    [
        (
            lambda item: item[0],
            [["x"], ["a1", "b1"], ["a2", "c1"], ["a3", "a4"]],
        ),  # one of each company in turn
        (None, [["x"], ["a1", "a2"], ["a3", "a4"], ["b1", "c1"]]),  # arrival order
    ],
    ids=["by company", "without a key"],
)
async def test_with_a_key_one_company_s_burst_shares_the_batches_with_another_s_lone_item(
    key: object, batches: list[list[str]]
) -> None:
    recorder = Gated()
    group = await started(recorder, max_batch=2, key=key)
    try:
        first = asyncio.create_task(group.submit("x"))
        while not recorder.batches:  # "x" is being written
            await asyncio.sleep(0)
        queued = [asyncio.create_task(group.submit(item)) for item in ("a1", "a2", "a3", "a4", "b1", "c1")]
        while group._queue.qsize() < len(queued):
            await asyncio.sleep(0)
        recorder.gate.set()
        assert await asyncio.gather(first, *queued) == [
            f"wrote {item}" for item in ("x", "a1", "a2", "a3", "a4", "b1", "c1")
        ]
    finally:
        await group.stop()
    assert recorder.batches == batches


async def test_what_the_writer_took_and_did_not_write_is_answered_unwritten_at_stop() -> None:
    recorder = Gated()
    group = await started(recorder, max_batch=1, key=lambda item: item[0], stop_timeout=0.01)
    submitted = [asyncio.create_task(group.submit(item)) for item in ("x", "a1", "b1")]
    while not recorder.batches:  # "x" is being written; "a1" and "b1" were taken with it, for their turn
        await asyncio.sleep(0)
    assert group._queue.empty()

    await group.stop()  # the first batch never ends: stopping gives up on it, and on what waits

    assert await asyncio.gather(*submitted) == ["unwritten"] * 3


async def test_two_writers_in_flight_write_every_item_and_no_empty_batch() -> None:
    """The writers in flight share what was taken from the queue. One waiting for an item had bound `append` to the
    list another then batched: the item it got went into that list, never written nor answered (its caller waited
    until the stop said unwritten, and the stop waited its whole timeout for it); and one lingering on an item the
    other had batched wrote an empty batch."""
    recorder = Recorder()
    group = await started(recorder, in_flight=2, linger_s=0.5, stop_timeout=0.1)
    try:
        # a batch of 2: the writers linger from now
        await asyncio.gather(group.submit("a"), group.submit("b"))
        third = asyncio.create_task(group.submit("c"))
        for _ in range(5):  # one writer takes "c" and lingers
            await asyncio.sleep(0)
        fourth = asyncio.create_task(group.submit("d"))  # the other takes "d"
        assert await third == "wrote c"
    finally:
        await group.stop()  # what is not written by now is answered unwritten
    assert await fourth == "wrote d"
    assert [] not in recorder.batches
