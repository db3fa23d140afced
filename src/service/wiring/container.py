"""The composition root: ONE declarative container, configured from config.yml and the environment.

Resources (the database DSN, the pool) are initialised by `await container.init_resources()` and released by
`shutdown_resources()`; everything else is built once from them. Tests override providers (e.g. `db_pool`,
`invoice_use_cases`, `clock`) instead of patching imports. Other areas register more gRPC services in
`grpc_services` and more HTTP routes (webhooks) in `http_routes`.
"""

from __future__ import annotations

import functools
import operator
import time
from datetime import UTC, datetime

from dependency_injector import containers, providers
from prometheus_client import CollectorRegistry

from adapters.documents.carrying import emission_validator
from adapters.documents.checking import DOCUMENT_TOOLS
from adapters.documents.pdf_page import render_invoice_page
from adapters.host_faults import local_fault
from adapters.json_text import canonical_json as fast_canonical_json
from adapters.postgres.api_key_repository import PgApiKeyRepository
from adapters.postgres.catch_up_checkpoints import PgCatchUpCheckpoints
from adapters.postgres.document_store import PgDocumentUnitOfWork
from adapters.postgres.embedded import database_dsn, resolve_data_dir
from adapters.postgres.inbox import PgInbox
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.operations import operations_snapshot, pooled_write_probe
from adapters.postgres.outage import cannot_write, is_outage
from adapters.postgres.outage_wake import wake_waiting_on
from adapters.postgres.pool import init_pool
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from adapters.postgres.records_uow import PgRecordsUnitOfWork
from adapters.postgres.submission_writer import init_submission_writer
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from adapters.postgres.uow import PgUnitOfWork
from domain.platform_breaker import Breakers
from domain.platform_profile import PlatformOptions
from domain.rules import validate_invoice
from pdpgateway.v1 import archive_service_pb2 as archive_service
from pdpgateway.v1 import archive_service_pb2_grpc as archive_service_grpc
from pdpgateway.v1 import document_service_pb2 as document_service
from pdpgateway.v1 import document_service_pb2_grpc as document_service_grpc
from pdpgateway.v1 import invoice_service_pb2 as invoice_service
from pdpgateway.v1 import invoice_service_pb2_grpc as invoice_service_grpc
from pdpgateway.v1 import reception_service_pb2 as reception_service
from pdpgateway.v1 import reception_service_pb2_grpc as reception_service_grpc
from pdpgateway.v1 import reporting_service_pb2 as reporting_service
from pdpgateway.v1 import reporting_service_pb2_grpc as reporting_service_grpc
from service.grpc import records_errors  # noqa: F401 - registers the archive and reporting errors
from service.grpc.admission import call_rate as admission_call_rate
from service.grpc.admission import call_slots as admission_call_slots
from service.grpc.archive_servicer import ArchiveServicer
from service.grpc.document_servicer import DocumentServicer
from service.grpc.errors import ErrorTable
from service.grpc.invoice_servicer import InvoiceServicer
from service.grpc.public_services import ServedHealthServicer
from service.grpc.reception_servicer import ReceptionServicer
from service.grpc.reporting_servicer import ReportingServicer
from service.grpc.services import exposing
from service.grpc.telemetry import RpcMetrics, failed_call_log
from service.observability.business_metrics import DatabaseFigures
from service.usecases.archiving import InTransactionArchiver, RenderedDocumentArchiver
from service.usecases.emission.bindings import (
    ApiKeyUseCases,
    InvoiceUseCases,
    PipelineUseCases,
    watch_stream_slots,
)
from service.usecases.emission.document_bindings import DocumentUseCases
from service.usecases.emission.invoices import new_invoice_id
from service.usecases.export_slots import ExportSlots, VerificationSlots
from service.usecases.large_reads import large_reads as company_large_reads
from service.usecases.listing_slots import declaration_slots
from service.usecases.listing_slots import listing_slots as company_listing_slots
from service.usecases.reception import ReceptionUseCases, readable_view_slots
from service.usecases.record_slots import record_slots
from service.usecases.records_bindings import ArchiveUseCases, ReportingUseCases
from service.wiring.admission_metrics import AdmissionMetrics
from service.wiring.batch_metrics import SubmitBatchMetrics
from service.wiring.configuration import configuration
from service.wiring.documents import init_document_executor
from service.wiring.documents import worker_limits as document_worker_limits
from service.wiring.http import Lifecycle, build_http_app, pool_ready, schema_check
from service.wiring.platforms import cancelled_carried, init_catch_up, init_platforms, profile_names
from service.wiring.queue_clock import init_queue_clock
from service.wiring.reception import init_inbox_worker, init_reception_event_feed, webhook_routes
from service.wiring.records import run_declaration_relay
from service.wiring.settings import provider_settings, typed, typed_section
from service.wiring.transmission import PlatformStatusSink, run_pipeline, step_context
from service.workers.pipeline.config import PipelineConfig
from service.workers.platform_wake import init_platform_wake
from service.workers.schema_gate import SchemaGate
from service.workers.supervisor import init_supervisor
from service.workers.write_probe import init_write_probe

INVOICE_SERVICE = invoice_service.DESCRIPTOR.services_by_name["InvoiceService"].full_name


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


# Each LISTEN (the outbox's, the declarations', the inbox's, the event feed's) holds one pooled connection for as
# long as the process runs. The pool has room for them on top of DB_POOL_MAX, which stays what calls and workers
# share: with DB_POOL_MAX at 4 or less the LISTENs took every connection and the gateway answered nothing.
LISTEN_CONNECTIONS = 4


class Container(containers.DeclarativeContainer):
    config = configuration()

    # --- resources ---
    database_url = providers.Resource(
        database_dsn,
        database_url=config.db.url,
        data_dir=providers.Callable(resolve_data_dir, config.db.data_dir),
    )
    db_pool = providers.Resource(
        init_pool,
        dsn=database_url,
        min_size=typed(config, "DB_POOL_MIN"),
        max_size=providers.Callable(operator.add, typed(config, "DB_POOL_MAX"), LISTEN_CONNECTIONS),
        command_timeout=config.db.command_timeout_s.as_float(),
    )

    # every background task of the process runs under it (restarted with backoff, named by /readyz while down), the
    # ones that claim rows or call platforms only while the database's schema is this code's (an old replica's not)
    schema_gate = providers.Singleton(
        SchemaGate,
        providers.Callable(functools.partial, schema_check, db_pool),
        interval_s=typed(config, "DB_SCHEMA_CHECK_S"),
    )
    supervisor = providers.Resource(init_supervisor, is_outage, gate=schema_gate)
    # whether the database takes writes (a full disk, a read-only database answer reads): /readyz and /metrics say it
    write_probe = providers.Resource(
        init_write_probe, providers.Callable(functools.partial, pooled_write_probe, db_pool), supervisor
    )

    # --- adapters ---
    clock = providers.Singleton(SystemClock)
    notifier = providers.Singleton(PgNotifier, db_pool)  # wake-ups after commit (migration 0008)
    uow_factory = providers.Singleton(functools.partial, PgUnitOfWork, db_pool, notifier=notifier)
    event_feed = providers.Resource(
        init_reception_event_feed, db_pool, supervisor
    )  # outbound + inbound events
    # what SubmitInvoice and ValidateInvoice check: the domain rules, and what the pipeline's syntax can carry
    validate = providers.Singleton(emission_validator, typed(config, "DOCUMENT_FORMAT"))
    new_id = providers.Object(new_invoice_id)

    metrics_registry = providers.Singleton(CollectorRegistry)
    # the calls refused by each per-company bound (service.usecases.company_slots), the API keys looked up
    admission_metrics = providers.Singleton(AdmissionMetrics, registry=metrics_registry)
    api_key_repository = providers.Singleton(
        PgApiKeyRepository,
        db_pool,
        **typed_section(config, "auth"),
        counted=admission_metrics.provided.key_looked_up,
    )
    submission_writer = providers.Resource(  # group commit of new invoices
        init_submission_writer,
        db_pool,
        notifier,
        max_batch=typed(config, "SUBMIT_BATCH_MAX"),
        max_queue=typed(config, "SUBMIT_QUEUE_MAX"),
        in_flight=typed(config, "SUBMIT_IN_FLIGHT"),
        linger_s=providers.Callable(operator.truediv, typed(config, "SUBMIT_LINGER_MS"), 1000),
        on_batch=providers.Singleton(SubmitBatchMetrics, registry=metrics_registry).provided.observe,
    )

    # --- use cases ---
    # a company's listings at once, issued and received together (service.usecases.listing_slots)
    listing_slots = providers.Singleton(company_listing_slots, refused=admission_metrics.provided.refused)
    # a company's reads of large invoices, at once and a second (service.usecases.large_reads)
    large_reads = providers.Singleton(company_large_reads, refused=admission_metrics.provided.refused)
    records_uow_factory = providers.Singleton(functools.partial, PgRecordsUnitOfWork, db_pool)
    # where a submission reads the books (a credit note naming a replaced invoice is told so)
    books_uow_factory = providers.Singleton(functools.partial, PgPipelineUnitOfWork, db_pool)
    invoice_use_cases = providers.Singleton(
        InvoiceUseCases,
        uow_factory=uow_factory,
        clock=clock,
        validator=validate,
        feed=event_feed,
        records_uow_factory=records_uow_factory,
        new_id=new_id,
        books_uow_factory=books_uow_factory,
        group_commit=submission_writer,
        canonical_text=providers.Object(fast_canonical_json),
        watch_slots=providers.Singleton(watch_stream_slots, refused=admission_metrics.provided.refused),
        listing_slots=listing_slots,
        large_reads=large_reads,
    )
    api_keys = providers.Singleton(ApiKeyUseCases, keys=api_key_repository, clock=clock)
    authenticate = api_keys.provided.authenticate
    worker_limits = providers.Singleton(document_worker_limits, config.documents)

    # --- documents: DocumentService and the ready-document side of InvoiceService ---
    document_executor = providers.Resource(init_document_executor, worker_limits)
    document_use_cases = providers.Singleton(
        DocumentUseCases,
        uow_factory=providers.Singleton(functools.partial, PgDocumentUnitOfWork, db_pool),
        clock=clock,
        validate=providers.Object(validate_invoice),  # the client's own document goes out as it is
        executor=document_executor,
        tools=providers.Object(DOCUMENT_TOOLS),
        records_uow_factory=records_uow_factory,
        new_id=new_id,
        books_uow_factory=books_uow_factory,
        refused=admission_metrics.provided.refused,
        large_reads=large_reads,
    )

    # --- the platform, selected by PDP_PROVIDER (one entry per adapter) ---
    pipeline_config = providers.Singleton(
        PipelineConfig,
        worker_limits=worker_limits,
        **typed_section(config, "pipeline", renamed={"workers": "process_workers"}),
    )
    # the database's clock: the queues' waits and an outage's patience (a host's step gives up on nothing)
    queue_clock = providers.Resource(init_queue_clock, db_pool, supervisor)
    # One per process, a breaker per platform profile (domain.platform_breaker): asked by the platform clients and
    # the send step, read by /readyz and /metrics.
    platform_breakers = providers.Singleton(
        Breakers, time.monotonic, clock.provided.now, **typed_section(config, "breaker")
    )
    pipeline_context = providers.Singleton(
        step_context, db_pool, clock, pipeline_config, queue_clock, platform_breakers
    )
    # The default profile's webhook keys, by the provider's own setting names (config.yml, reception.webhook_keys).
    webhook_keys = providers.Callable(
        lambda keys: {k: str(v or "") for k, v in (keys or {}).items()}, config.reception.webhook_keys
    )
    platforms = providers.Resource(
        init_platforms,
        typed(config, "PDP_PROVIDER"),
        providers.Callable(
            provider_settings,
            typed(config, "PDP_PROVIDER"),
            providers.Callable(
                lambda pdp, provider: (pdp or {}).get(provider) or {},
                config.pdp,
                typed(config, "PDP_PROVIDER"),
            ),
            webhook_keys,
        ),
        providers.Factory(
            PlatformOptions,
            on_status=providers.Callable(functools.partial, PlatformStatusSink, pipeline_context),
            outage_patience_s=typed(config, "PIPELINE_OUTAGE_PATIENCE_S"),  # a catch-up's downloads too
            breakers=platform_breakers,
            **typed_section(config, "pdp", without=("provider",)),
        ),
        profiles_file=config.pdp.profiles_file,
    )
    platform = providers.Callable(lambda platforms: platforms.default, platforms)
    platform_wake = providers.Resource(
        init_platform_wake,
        platform_breakers,
        providers.Callable(functools.partial, wake_waiting_on, db_pool),
        supervisor,
    )
    pdp_gateway = platform.provided.gateway

    # --- archive and e-reporting (each declaration leaves through its company's platform profile) ---
    archive_use_cases = providers.Singleton(
        ArchiveUseCases,
        uow_factory=records_uow_factory,
        clock=clock,
        exports=providers.Singleton(ExportSlots, refused=admission_metrics.provided.refused),
        verifications=providers.Singleton(VerificationSlots, refused=admission_metrics.provided.refused),
        large_reads=large_reads,
    )
    reporting_use_cases = providers.Singleton(
        ReportingUseCases,
        uow_factory=records_uow_factory,
        clock=clock,
        declaration_slots=providers.Singleton(declaration_slots, refused=admission_metrics.provided.refused),
        record_slots=providers.Singleton(record_slots, refused=admission_metrics.provided.refused),
    )
    declaration_relay = providers.Resource(
        run_declaration_relay,
        db_pool,
        platforms,
        records_uow_factory,
        clock,
        supervisor,
        typed(config, "PIPELINE_OUTAGE_PATIENCE_S"),
        queue_clock,
    )

    # --- the transmission pipeline: render, validate, send, statuses ---
    document_archiver = providers.Singleton(
        RenderedDocumentArchiver,
        pipeline_uow=pipeline_context.provided.uow,
        records_uow=records_uow_factory,
        clock=clock,
        is_outage=providers.Object(is_outage),
    )
    dispatcher = providers.Resource(
        run_pipeline, db_pool, pipeline_context, platforms, document_archiver, supervisor
    )

    # --- reception (webhooks, inbox worker, catch-up of missed webhooks) ---
    inbox = providers.Singleton(PgInbox, db_pool, claim_bytes=typed(config, "RECEPTION_CLAIM_BYTES"))
    reception_use_cases = providers.Singleton(
        ReceptionUseCases,
        uow=providers.Callable(functools.partial, PgReceptionUnitOfWork, db_pool),
        inbox=inbox,
        clock=clock,
        render_page=providers.Object(render_invoice_page),
        platforms=platforms,
        readable_timeout_s=typed(config, "READABLE_VIEW_TIMEOUT_S"),
        readable_slots=providers.Singleton(readable_view_slots, refused=admission_metrics.provided.refused),
        listing_slots=listing_slots,
        large_reads=large_reads,
    )
    inbox_worker = providers.Resource(
        init_inbox_worker,
        db_pool,
        inbox,
        clock,
        supervisor,
        concurrency=typed(config, "RECEPTION_WORKERS"),
        outage_patience_s=typed(config, "PIPELINE_OUTAGE_PATIENCE_S"),  # one patience for every relay
        archive=providers.Singleton(InTransactionArchiver, clock),
        platforms=platforms,
        worker_limits=worker_limits,
        waits=queue_clock,
    )
    notseen_poller = providers.Resource(
        init_catch_up,
        platforms,
        inbox,
        supervisor,
        interval_s=typed(config, "RECEPTION_POLL_INTERVAL_S"),
        checkpoints=providers.Singleton(PgCatchUpCheckpoints, db_pool),
    )

    # --- gRPC ---
    health_servicer = providers.Singleton(ServedHealthServicer)  # public: Watch only a service served
    rpc_metrics = providers.Singleton(RpcMetrics, registry=metrics_registry)
    failed_call_log = providers.Singleton(failed_call_log)  # flushed once the gRPC server stopped
    # the unary calls a company holds at once in this process (service.grpc.admission)
    call_slots = providers.Singleton(
        admission_call_slots, typed(config, "GRPC_CALLS_PER_COMPANY"), admission_metrics.provided.refused
    )
    call_rate = providers.Singleton(
        admission_call_rate,
        typed(config, "GRPC_CALLS_PER_SECOND"),
        typed(config, "GRPC_CALLS_BURST"),
        admission_metrics.provided.refused,
    )
    # How every servicer, the auth interceptor and the HTTP side answer a failure: made with the database's outage
    # check, so an outage is UNAVAILABLE / 503 in every process that serves.
    error_table = providers.Singleton(
        ErrorTable, providers.Object(is_outage), providers.Object(cannot_write), providers.Object(local_fault)
    )
    # RetryInvoice, CancelInvoice and the like; `pdp-gateway outage retry` retries through it too
    pipeline_use_cases = providers.Singleton(
        PipelineUseCases,
        uow_factory=pipeline_context.provided.uow,
        clock=clock,
        cancelled_carried=providers.Singleton(
            cancelled_carried, typed(config, "PDP_PROVIDER"), config.pdp.profiles_file
        ),
        large_reads=large_reads,
    )
    invoice_servicer = providers.Singleton(
        InvoiceServicer,
        errors=error_table,
        api=invoice_use_cases,
        documents=document_use_cases,
        pipeline=pipeline_use_cases,
    )
    archive_servicer = providers.Singleton(ArchiveServicer, api=archive_use_cases, errors=error_table)
    reporting_servicer = providers.Singleton(ReportingServicer, api=reporting_use_cases, errors=error_table)
    document_servicer = providers.Singleton(DocumentServicer, api=document_use_cases, errors=error_table)
    reception_servicer = providers.Singleton(ReceptionServicer, api=reception_use_cases, errors=error_table)
    grpc_services = providers.List(
        providers.Singleton(exposing(invoice_service, invoice_service_grpc), invoice_servicer),
        providers.Singleton(exposing(archive_service, archive_service_grpc), archive_servicer),
        providers.Singleton(exposing(reporting_service, reporting_service_grpc), reporting_servicer),
        providers.Singleton(exposing(document_service, document_service_grpc), document_servicer),
        providers.Singleton(exposing(reception_service, reception_service_grpc), reception_servicer),
    )

    # --- HTTP ---
    lifecycle = providers.Singleton(Lifecycle)
    ready_check = providers.Singleton(pool_ready, db_pool, write_probe)
    tasks_down = supervisor.provided.down
    relays_idle = supervisor.provided.relays_idle
    tasks_stalled = supervisor.provided.stalled
    http_routes = providers.Callable(
        webhook_routes,
        inbox,
        webhook_keys=webhook_keys,
        max_body_bytes=typed(config, "WEBHOOK_MAX_BODY_BYTES"),
        spool_after_bytes=typed(config, "WEBHOOK_SPOOL_AFTER_BYTES"),
        spool_budget_bytes=typed(config, "WEBHOOK_SPOOL_BUDGET_BYTES"),
        tolerance_s=typed(config, "WEBHOOK_TOLERANCE_S"),
        provider=typed(config, "PDP_PROVIDER"),
        profiles_file=config.pdp.profiles_file,
    )
    database_figures = providers.Singleton(
        DatabaseFigures,
        providers.Callable(functools.partial, operations_snapshot, db_pool),
        platforms=providers.Callable(profile_names, typed(config, "PDP_PROVIDER"), config.pdp.profiles_file),
    )
    http_app = providers.Singleton(
        build_http_app,
        lifecycle=lifecycle,
        ready=ready_check,
        registry=metrics_registry,
        routes=http_routes,
        tasks_down=tasks_down,
        figures=database_figures,
        errors=error_table,
        writes=write_probe,
        breakers=platform_breakers,
        relays_idle=relays_idle,
        tasks_stalled=tasks_stalled,
    )
