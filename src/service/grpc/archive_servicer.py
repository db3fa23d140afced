"""ArchiveService: requests to use-case calls and back; an export is streamed in bounded chunks, in one of the
process's export slots (service.usecases.export_slots) until its last chunk: ExportArchive's built whole first,
StreamArchiveExport's sent as it is written."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import grpc

from domain.archive import content_address
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
from service.grpc import reporting_mapping as m
from service.grpc.auth import current_company
from service.grpc.errors import maps_errors
from service.grpc.services import ApiServicer
from service.usecases.archive import ExportTotals
from service.usecases.export_zip import PART_BYTES
from service.usecases.records_bindings import ArchiveUseCases

CHUNK_SIZE = PART_BYTES


class ArchiveServicer(ApiServicer[ArchiveUseCases], apb_grpc.ArchiveServiceServicer):
    @maps_errors
    async def GetArchivedDocument(
        self, request: apb.GetArchivedDocumentRequest, context: grpc.aio.ServicerContext
    ) -> apb.GetArchivedDocumentResponse:
        item = await self._api.get(current_company(), request.sha256.strip())
        return apb.GetArchivedDocumentResponse(document=m.archived_to_proto(item), content=item.content)

    @maps_errors
    async def VerifyArchive(
        self, request: apb.VerifyArchiveRequest, context: grpc.aio.ServicerContext
    ) -> apb.VerifyArchiveResponse:
        return m.verification_to_proto(await self._api.verify(current_company()))

    @maps_errors
    async def ExportArchive(
        self, request: apb.ExportArchiveRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[apb.ExportArchiveChunk]:
        company = current_company()
        date_from, date_to = m.optional_dates(
            [(request.date_from, "date_from"), (request.date_to, "date_to")]
        )
        async with self._api.export(company, date_from, date_to) as export:  # its slot, until the last chunk
            summary = apb.ExportSummary(
                documents=export.documents,
                audit_entries=export.entries,
                manifest_sha256=export.manifest_sha256,
                zip_sha256=content_address(export.content),
                zip_size=len(export.content),
            )
            view = memoryview(export.content)
            for offset in range(0, max(len(view), 1), CHUNK_SIZE):
                chunk = apb.ExportArchiveChunk(data=bytes(view[offset : offset + CHUNK_SIZE]))
                if offset == 0:
                    chunk.summary.CopyFrom(summary)
                yield chunk

    @maps_errors
    async def StreamArchiveExport(
        self, request: apb.ExportArchiveRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[apb.ArchiveExportPart]:
        date_from, date_to = m.optional_dates(
            [(request.date_from, "date_from"), (request.date_to, "date_to")]
        )
        # closed however the stream ends: its slot and its transaction are given back at once
        async with contextlib.aclosing(
            self._api.stream_export(current_company(), date_from, date_to)
        ) as parts:
            async for part in parts:
                if isinstance(part, ExportTotals):
                    yield apb.ArchiveExportPart(
                        summary=apb.ExportSummary(
                            documents=part.documents,
                            audit_entries=part.entries,
                            manifest_sha256=part.manifest_sha256,
                            zip_sha256=part.zip_sha256,
                            zip_size=part.zip_size,
                        )
                    )
                else:
                    yield apb.ArchiveExportPart(data=part)
