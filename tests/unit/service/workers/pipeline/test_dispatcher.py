from __future__ import annotations

import asyncio

from domain.emission import ProcessingState
from domain.pipeline_ports import OutboxKind
from service.workers.pipeline.config import PipelineConfig
from tests.fakes import Row
from tests.unit.service.workers.pipeline.harness import Pipeline


async def run_until_settled(p: Pipeline, owners: list[str]) -> None:
    stop = asyncio.Event()
    dispatchers = [p.dispatcher(owner) for owner in owners]
    tasks = [asyncio.create_task(d.run(stop)) for d in dispatchers]
    while p.store.open_rows():
        await asyncio.sleep(0)  # let the dispatchers' tasks run (they are woken by notifications)
    stop.set()
    await asyncio.gather(*tasks)


async def test_two_dispatchers_send_every_invoice_exactly_once() -> None:
    p = Pipeline(PipelineConfig(concurrency=4, batch_size=3, poll_interval_s=0.01))
    ids = [p.submit() for _ in range(60)]
    await asyncio.wait_for(run_until_settled(p, ["a", "b"]), 30)
    assert all(p.invoice(i).state is ProcessingState.SENT for i in ids)
    assert len(p.platform.uploads) == 60
    assert len({u.sha256 for u in p.platform.uploads}) == 60


async def test_a_row_of_an_unknown_kind_is_parked_after_its_attempts() -> None:
    p = Pipeline(PipelineConfig(max_attempts=2, backoff_base_s=1))
    invoice_id = p.submit(kind="mystery")  # type: ignore[arg-type]
    await p.settle()
    row = p.store.rows(invoice_id)[0]
    assert row.done_at is not None and "mystery" in row.last_error and row.attempts == 2


async def test_stop_waits_for_the_rows_in_flight() -> None:
    p = Pipeline(PipelineConfig(poll_interval_s=0.01))
    gate = asyncio.Event()
    started = asyncio.Event()
    original = p.processor.process

    async def slow(invoice):  # noqa: ANN001, ANN202
        started.set()
        await gate.wait()
        return await original(invoice)

    p.processor.process = slow  # type: ignore[method-assign]
    invoice_id = p.submit()
    stop = asyncio.Event()
    task = asyncio.create_task(p.dispatcher().run(stop))
    await started.wait()
    stop.set()
    await asyncio.sleep(0)
    assert not task.done()
    gate.set()
    await task
    assert p.invoice(invoice_id).state is not ProcessingState.ACCEPTED


async def test_an_invoice_whose_row_is_given_up_after_unexpected_errors_is_failed_with_the_error() -> None:
    p = Pipeline(PipelineConfig(max_attempts=3, backoff_base_s=1))

    async def broken_directory(siren: str, address: str = "") -> object:
        raise RuntimeError("directory client bug")

    p.platform.lookup_directory = broken_directory  # type: ignore[method-assign]
    invoice_id = p.submit()
    await p.settle()
    invoice = p.invoice(invoice_id)
    assert invoice.state is ProcessingState.FAILED
    assert (
        "RuntimeError: directory client bug" in invoice.last_error and "gave up after 3" in invoice.last_error
    )
    assert invoice.events[-1].kind == "FAILED"
    row = p.store.rows(invoice_id, "send")[0]
    assert row.done_at is not None and row.attempts == 3 and "directory client bug" in row.last_error
    assert p.platform.uploads == []


async def attempts_until_given_up(p: Pipeline, invoice_id: str) -> tuple[list[float], Row]:
    """Runs the invoice's render-validate row until it ends; the seconds waited after each failed attempt."""
    waits: list[float] = []
    while True:
        await p.run_due()
        row = p.store.rows(invoice_id, OutboxKind.RENDER_VALIDATE)[0]
        if row.done_at is not None:
            return waits, row
        waits.append((row.next_attempt_at - p.clock.now()).total_seconds())
        p.clock.current = row.next_attempt_at


async def test_a_step_retrying_in_its_own_transaction_and_the_relay_retry_alike() -> None:
    """One policy: a validator that stays unavailable (the step reschedules, moving the invoice in the same
    transaction) and a step that keeps raising (the relay gives the row back) wait the same backoff, count the
    same attempts, and end the same way: the invoice FAILED, the row parked with every attempt counted."""
    config = PipelineConfig(max_attempts=4, backoff_base_s=1, backoff_cap_s=60)
    by_the_step, by_the_relay = Pipeline(config), Pipeline(config)
    by_the_step.processor.failures = [RuntimeError("validator down")] * config.max_attempts

    async def broken(invoice: object) -> object:
        raise RuntimeError("validator down")

    by_the_relay.processor.process = broken  # type: ignore[method-assign]
    ends = []
    for p in (by_the_step, by_the_relay):
        invoice_id = p.submit()
        waits, row = await attempts_until_given_up(p, invoice_id)
        invoice = p.invoice(invoice_id)
        assert invoice.state is ProcessingState.FAILED and "gave up after 4 attempts" in invoice.last_error
        assert "validator down" in row.last_error
        ends.append((waits, row.attempts))
    assert ends[0] == ends[1] == ([0.75, 1.5, 3.0], 4)
