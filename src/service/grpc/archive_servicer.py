"""ArchiveService: requests to use-case calls and back; an export is streamed in bounded chunks, in one of the
process's export slots (service.usecases.export_slots) until its last chunk: ExportArchive's built whole first,
StreamArchiveExport's sent as it is written."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import date

import grpc

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
        async with self._api.export(
            current_company(), *_dates(request)
        ) as export:  # its slot, until the last chunk
            summary = _summary(export.totals)
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
        # closed however the stream ends: its slot and its transaction are given back at once
        async with contextlib.aclosing(self._api.stream_export(current_company(), *_dates(request))) as parts:
            async for part in parts:
                if isinstance(part, ExportTotals):
                    yield apb.ArchiveExportPart(summary=_summary(part))
                else:
                    yield apb.ArchiveExportPart(data=part)


def _summary(totals: ExportTotals) -> apb.ExportSummary:
    return apb.ExportSummary(
        documents=totals.documents,
        audit_entries=totals.entries,
        manifest_sha256=totals.manifest_sha256,
        zip_sha256=totals.zip_sha256,
        zip_size=totals.zip_size,
    )


def _dates(request: apb.ExportArchiveRequest) -> tuple[date | None, date | None]:
    date_from, date_to = m.optional_dates([(request.date_from, "date_from"), (request.date_to, "date_to")])
    return date_from, date_to
