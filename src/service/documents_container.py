"""The document part of the composition root, nested in service.containers.Container: DocumentService and the
ready-document side of InvoiceService (SubmitInvoice with a document, GetInvoiceDocument)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dependency_injector import containers, providers

from adapters.postgres.document_store import document_uow_factory
from pdpgateway.v1 import document_service_pb2 as document_service
from pdpgateway.v1 import document_service_pb2_grpc as document_service_grpc
from service.document_bindings import DocumentUseCases
from service.document_executor import DocumentExecutor
from service.grpc.document_servicer import DocumentServicer
from service.server import GrpcService
from service.worker_pool import WorkerLimits

DOCUMENT_SERVICE = document_service.DESCRIPTOR.services_by_name["DocumentService"].full_name


def init_document_executor(limits: WorkerLimits) -> Iterator[DocumentExecutor]:
    """Resource: the worker processes stop with the container."""
    executor = DocumentExecutor(limits=limits)
    try:
        yield executor
    finally:
        executor.close()


class DocumentsContainer(containers.DeclarativeContainer):
    db_pool: Any = providers.Dependency()
    clock: Any = providers.Dependency()
    validate: Any = providers.Dependency()
    new_id: Any = providers.Dependency()
    worker_limits: Any = providers.Dependency()

    executor = providers.Resource(init_document_executor, worker_limits)
    uow_factory = providers.Singleton(document_uow_factory, db_pool)
    document_use_cases = providers.Singleton(
        DocumentUseCases,
        uow_factory=uow_factory,
        clock=clock,
        validate=validate,
        executor=executor,
        new_id=new_id,
    )
    document_service = providers.Singleton(
        GrpcService,
        name=DOCUMENT_SERVICE,
        add_to_server=document_service_grpc.add_DocumentServiceServicer_to_server,
        servicer=providers.Singleton(DocumentServicer, api=document_use_cases),
    )
