"""ArchiveService: requests to use-case calls and back; an export is streamed in bounded chunks, in one of the
process's export slots (service.usecases.export_slots) until its last chunk: ExportArchive's built whole first in a
temporary file (its first chunk carries the totals), StreamArchiveExport's sent as it is written.

An export holds its slot while its client reads, and gRPC's flow control holds a part until the client takes it; a
streamed export holds its read-only transaction (a snapshot PostgreSQL's vacuum waits for, every company's tables
bloating meanwhile) and a pooled connection too, a whole one its temporary file (up to 512 MiB of documents). A client
that stopped reading (gone without closing, or hostile) kept them for as long as its connection lived, and one reading
a part just within each READER_PATIENCE_S kept them for hours (300 parts: 5 hours). A part not taken within
READER_PATIENCE_S, or an export read slower on average than a part each READER_PACE_S after its first
READER_PATIENCE_S, gives them back at once: an export of n parts holds them at most READER_PATIENCE_S + n x
READER_PACE_S once its first part is ready (the build before it is the server's time). The client, if it reads
again, is told why.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncGenerator, Callable
from datetime import date
from typing import Any, TypeVar

import grpc

from aio.tasks import cancel_all
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
from service.grpc import reporting_mapping as m
from service.grpc.auth import current_company
from service.grpc.errors import maps_errors
from service.grpc.services import ApiServicer
from service.usecases.archive import ExportTotals
from service.usecases.export_zip import PART_BYTES
from service.usecases.records_bindings import ArchiveUseCases

T = TypeVar("T")
CHUNK_SIZE = PART_BYTES
READER_PATIENCE_S = 60.0  # for a client to take one part (at most CHUNK_SIZE) of a streamed export
READER_PACE_S = 5.0  # on average past the first READER_PATIENCE_S: 200 KiB a second, a slow link's pace
STALLED = "PDP-EXPORT-STALLED"


def _read_patiently(
    method: Callable[[Any, apb.ExportArchiveRequest, grpc.aio.ServicerContext], AsyncGenerator[T, None]],
) -> Callable[[Any, apb.ExportArchiveRequest, grpc.aio.ServicerContext], AsyncGenerator[T, None]]:
    """An export method whose parts are each handed on once the client took the one before; a part not taken within
    READER_PATIENCE_S closes the method's stream (what it holds given back), and the client, reading again, is told
    why. The stream is closed however it ends (maps_errors closes this one)."""

    @functools.wraps(method)
    async def patiently(
        self: Any, request: apb.ExportArchiveRequest, context: grpc.aio.ServicerContext
    ) -> AsyncGenerator[T, None]:
        parts = method(self, request, context)
        async with contextlib.aclosing(parts):
            reader = _Reader(parts, READER_PATIENCE_S, READER_PACE_S)
            try:
                async for part in parts:
                    reader.handing()
                    yield part
                    reader.taken()
            finally:
                await reader.stop()
            if reader.stalled:
                await context.abort(
                    grpc.StatusCode.DEADLINE_EXCEEDED,
                    f"{STALLED}: {reader.stalled}: the export was given up (its transaction, memory and slot given"
                    " back); export again and read it as it comes",
                )

    return patiently


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
    @_read_patiently
    async def ExportArchive(
        self, request: apb.ExportArchiveRequest, context: grpc.aio.ServicerContext
    ) -> AsyncGenerator[apb.ExportArchiveChunk, None]:
        # its slot, held until the last chunk
        async with self._api.export(current_company(), *_dates(request)) as export:
            for n, data in enumerate(iter(functools.partial(export.content.read, CHUNK_SIZE), b"")):
                chunk = apb.ExportArchiveChunk(data=data)
                if n == 0:
                    chunk.summary.CopyFrom(_summary(export.totals))
                yield chunk

    @maps_errors
    @_read_patiently
    async def StreamArchiveExport(
        self, request: apb.ExportArchiveRequest, context: grpc.aio.ServicerContext
    ) -> AsyncGenerator[apb.ArchiveExportPart, None]:
        async with contextlib.aclosing(self._api.stream_export(current_company(), *_dates(request))) as parts:
            async for part in parts:
                if isinstance(part, ExportTotals):
                    yield apb.ArchiveExportPart(summary=_summary(part))
                else:
                    yield apb.ArchiveExportPart(data=part)


class _Reader:
    """Watches an export's client: a part handed to gRPC and not taken within `patience_s`, or the n-th part not
    taken by `patience_s + n x pace_s` after the first was handed, closes `parts` (what it holds given back) from
    this watch, the stream itself suspended at that part; `stalled` then says which. The clock starts at the first
    part, not at the call: building a whole export's zip before it is the server's time, not the client's (an
    archive taking longer than the patience to build was given up at its first part, however fast its client)."""

    def __init__(self, parts: AsyncGenerator[Any, None], patience_s: float, pace_s: float) -> None:
        self.stalled = ""
        self._parts = parts
        self._patience_s = patience_s
        self._pace_s = pace_s
        self._loop = asyncio.get_running_loop()
        self._started: float | None = None
        self._taken_count = 0
        self._handed = asyncio.Event()
        self._taken = asyncio.Event()
        self._watch = asyncio.create_task(self._watching(), name="export-reader")

    def handing(self) -> None:
        if self._started is None:
            self._started = self._loop.time()
        self._taken.clear()
        self._handed.set()

    def taken(self) -> None:
        self._taken_count += 1
        self._handed.clear()
        self._taken.set()

    async def _watching(self) -> None:
        while True:
            await self._handed.wait()
            now = self._loop.time()
            assert self._started is not None  # set by the handing that woke this watch
            paced_by = self._started + self._patience_s + self._taken_count * self._pace_s
            try:
                async with asyncio.timeout_at(min(now + self._patience_s, paced_by)):
                    await self._taken.wait()
            except TimeoutError:
                self.stalled = (
                    f"a part of the export was not read within {self._patience_s:g} s"
                    if now + self._patience_s <= paced_by
                    else f"the export was read slower than a part ({CHUNK_SIZE >> 10} KiB at most) each"
                    f" {self._pace_s:g} s on average past its first {self._patience_s:g} s"
                )
                await self._parts.aclose()
                return

    async def stop(self) -> None:
        await cancel_all([self._watch])


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
