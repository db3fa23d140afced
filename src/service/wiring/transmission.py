"""The transmission pipeline as the container runs it: one dispatcher over the pipeline's outbox kinds, with
render/validate in a spawned process pool, the selected platform, and archiving around the steps that store
or send a document. Started with the server, stopped (bounded drain) before the platform and the pool close.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from functools import partial

import asyncpg

from adapters.documents.platform_document import check_submitted, render_and_validate, warm_up
from adapters.host_faults import local_fault
from adapters.postgres.outage import is_outage
from adapters.postgres.outbox_source import PgDirectoryCache, PgOutboxSource
from adapters.postgres.send_journal import PgSendJournal
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.audit import Actor, acting_as
from domain.pipeline_ports import OutboxKind
from domain.platform import PdpGateway, PlatformStatus
from domain.platform_breaker import Breakers
from domain.platform_profile import PlatformSet
from domain.ports import Clock
from service.usecases.archiving import RenderedDocumentArchiver
from service.usecases.emission.payments import apply_held, refuse_held
from service.workers.pipeline.config import PipelineConfig
from service.workers.pipeline.directory import ReachabilityCheck
from service.workers.pipeline.dispatcher import Dispatcher, Step
from service.workers.pipeline.held_payments import HeldPaymentsStep
from service.workers.pipeline.processing import PoolDocumentProcessor
from service.workers.pipeline.render_validate import RenderValidateStep
from service.workers.pipeline.send import SendStep
from service.workers.pipeline.statuses import SendStatusStep, receive_platform_status
from service.workers.pipeline.steps import StepContext, give_up
from service.workers.supervisor import Supervisor


def step_context(
    pool: asyncpg.Pool,
    clock: Clock,
    config: PipelineConfig,
    queue_clock: Clock | None = None,
    breakers: Breakers | None = None,
) -> StepContext:
    return StepContext(
        uow=partial(PgPipelineUnitOfWork, pool),
        clock=clock,
        config=config,
        queue_clock=queue_clock,
        breakers=breakers,
    )


class PlatformStatusSink:
    """A platform's status callback (the sandbox's) → the pipeline's receive_platform_status use case. `source`: the
    platform's name, which calls back (domain.platform_profile.PlatformOptions.on_status)."""

    def __init__(self, ctx: StepContext, source: str) -> None:
        self._ctx = ctx
        self._source = source

    async def __call__(self, platform_id: str, status: PlatformStatus) -> None:
        with acting_as(Actor.platform(self._source)):  # the platform's act, in the audit log
            await receive_platform_status(
                self._ctx, status, platform=self._source, platform_id=platform_id, source=self._source
            )


def pipeline_steps(
    ctx: StepContext,
    pool: asyncpg.Pool,
    platforms: PlatformSet,
    processor: PoolDocumentProcessor,
    archiver: RenderedDocumentArchiver,
    journal: PgSendJournal | None = None,
) -> dict[str, Step]:
    default = platforms.default
    reach = ReachabilityCheck(default.gateway, PgDirectoryCache(pool), ctx.clock, ctx.config.directory_ttl_s)

    def route(company_siren: str) -> tuple[str, PdpGateway]:
        chosen = platforms.for_company(company_siren)
        return chosen.name, chosen.gateway

    routed = bool(platforms.companies())  # one platform for all: the simple path, no lookup per invoice
    return {
        OutboxKind.RENDER_VALIDATE: archiver.after(RenderValidateStep(ctx, processor)),
        OutboxKind.SEND: archiver.before(
            SendStep(
                ctx,
                default.gateway,
                reach,
                journal,
                route=route if routed else None,
                platform_name=default.name,
            )
        ),
        OutboxKind.SEND_STATUS: SendStatusStep(
            ctx, default.gateway, route=route if routed else None, platform_name=default.name
        ),
        OutboxKind.HELD_PAYMENTS: HeldPaymentsStep(ctx, apply=apply_held, refuse=refuse_held),
    }


async def run_pipeline(
    pool: asyncpg.Pool,
    ctx: StepContext,
    platforms: PlatformSet,
    archiver: RenderedDocumentArchiver,
    supervisor: Supervisor,
) -> AsyncIterator[Dispatcher]:
    """Resource: the dispatcher and its LISTEN connection run supervised until shutdown; then the rows in flight
    get `stop_grace_s` to finish."""
    config = ctx.config
    processor = PoolDocumentProcessor(
        partial(render_and_validate, document_format=config.document_format),
        check_submitted,
        workers=config.workers,
        initializer=warm_up,
        limits=config.worker_limits,
    )
    journal = PgSendJournal(pool)  # SENDING and SENT of concurrent sends, group-committed
    steps = pipeline_steps(ctx, pool, platforms, processor, archiver, journal)
    # Only the kinds this dispatcher has a step for: other relays own the rest (submit_declaration).
    source = PgOutboxSource(pool, kinds=steps)
    dispatcher = Dispatcher(
        source,
        steps,
        ctx,
        give_up=partial(give_up, ctx),
        is_outage=is_outage,
        local_fault=local_fault,
    )
    await journal.start()
    listener = supervisor.start("outbox-listener", source.listen, gated=False)
    task = supervisor.start("pipeline-dispatcher", dispatcher.run, progress=dispatcher.progress)
    try:
        yield dispatcher
    finally:
        await supervisor.stop(task)
        await journal.stop()
        await supervisor.stop(listener)
        await asyncio.to_thread(processor.close)  # waits for the workers: off the event loop
