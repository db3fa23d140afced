"""ExportArchive holds its export in memory from the moment it is built until the client has read its last chunk:
while it does, more exports of the same company, or more than the process allows, are RESOURCE_EXHAUSTED with a
retry hint, and the slot is given back however the stream ends. VerifyArchive holds a connection for its whole
archive: one per company at once, likewise."""

from __future__ import annotations

import asyncio
import errno
import functools
import hashlib
import io
import os
import tempfile
import tracemalloc
import zipfile
from collections.abc import AsyncGenerator
from datetime import date
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2

import service.grpc.records_errors  # noqa: F401  # registers the archive's errors, as the container does
from adapters.postgres.outage import is_outage
from domain.archive_ports import ArchiveKind, ArchiveMetadata
from pdpgateway.v1 import archive_service_pb2 as apb
from service.grpc import archive_servicer
from service.grpc.archive_servicer import ArchiveServicer
from service.grpc.auth import company_var
from service.grpc.errors import ErrorTable
from service.usecases.archive import archive_document
from service.usecases.export_slots import ExportSlots
from service.usecases.records_bindings import ArchiveUseCases
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.support.grpc_details import details_of
from tests.unit.service.grpc.test_auth import Aborted, Context

HANG_GUARD_S = 60.0  # bounds a wait so that an export never given up fails the test; never a speed


def _servicer(per_process: int = 2, db: InMemoryDatabase | None = None) -> ArchiveServicer:
    api = ArchiveUseCases(
        uow_factory=functools.partial(FakeUnitOfWork, db or InMemoryDatabase()),
        clock=FixedClock(),
        exports=ExportSlots(per_process=per_process, per_company=1),
    )
    return ArchiveServicer(api, errors=ErrorTable(is_outage))


async def _open(servicer: ArchiveServicer, company: str) -> tuple[Any, Context]:
    """An export whose first chunk the client has read, and no more: the zip is built and held."""
    company_var.set(company)
    context = Context()
    stream = servicer.ExportArchive(apb.ExportArchiveRequest(), context)  # type: ignore[arg-type]
    await anext(stream)
    return stream, context


async def _refusal(servicer: ArchiveServicer, company: str) -> Any:
    with pytest.raises(Aborted):
        await _open(servicer, company)
    company_var.set(company)
    context = Context()
    with pytest.raises(Aborted):
        await anext(servicer.ExportArchive(apb.ExportArchiveRequest(), context))  # type: ignore[arg-type]
    return context.status


def _details(status: Any, kind: Any) -> list[Any]:
    rich = status_pb2.Status.FromString(dict(status.trailing_metadata)["grpc-status-details-bin"])
    return details_of(rich.details, kind)


async def test_a_second_export_of_a_company_still_reading_its_first_is_resource_exhausted_with_a_hint() -> (
    None
):
    servicer = _servicer()
    first, _ = await _open(servicer, "732829320")

    status = await _refusal(servicer, "732829320")
    assert status.code == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert [i.reason for i in _details(status, error_details_pb2.ErrorInfo)] == ["EXPORTS_BUSY"]
    [hint] = _details(status, error_details_pb2.RetryInfo)
    assert hint.retry_delay.seconds >= 1

    await first.aclose()  # the client went away mid-stream: the slot comes back
    again, _ = await _open(servicer, "732829320")
    await again.aclose()


async def test_past_the_process_cap_another_company_waits_too_until_an_export_ends() -> None:
    servicer = _servicer(per_process=2)
    first, _ = await _open(servicer, "732829320")
    second, _ = await _open(servicer, "552100554")

    assert (await _refusal(servicer, "443061841")).code == grpc.StatusCode.RESOURCE_EXHAUSTED

    async for _ in first:  # read to the end
        pass
    third, _ = await _open(servicer, "443061841")
    await second.aclose()
    await third.aclose()


async def test_a_streamed_export_holds_its_company_s_export_slot_until_it_ends_however_it_ends() -> None:
    servicer = _servicer()
    company_var.set("732829320")
    streamed = servicer.StreamArchiveExport(apb.ExportArchiveRequest(), Context())  # type: ignore[arg-type]
    first = await anext(streamed)
    assert first.data  # an empty archive still has its index, log, README and manifest

    assert (await _refusal(servicer, "732829320")).code == grpc.StatusCode.RESOURCE_EXHAUSTED

    await streamed.aclose()  # the client went away mid-stream
    again, _ = await _open(servicer, "732829320")
    await again.aclose()
    company_var.set("732829320")
    parts = [p async for p in servicer.StreamArchiveExport(apb.ExportArchiveRequest(), Context())]  # type: ignore[arg-type]
    assert parts[-1].HasField("summary") and parts[-1].summary.zip_size == sum(len(p.data) for p in parts)
    again, _ = await _open(servicer, "732829320")  # read to its end: given back too
    await again.aclose()


async def test_a_second_verification_of_a_company_is_resource_exhausted_while_its_first_holds_a_connection() -> (
    None
):
    servicer = _servicer()
    api: ArchiveUseCases = servicer._api
    api.verifications.take(
        "732829320"
    )  # a verification of the company in progress (its read-only transaction)
    company_var.set("732829320")
    context = Context()

    with pytest.raises(Aborted):
        await servicer.VerifyArchive(apb.VerifyArchiveRequest(), context)  # type: ignore[arg-type]

    assert context.status.code == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert [i.reason for i in _details(context.status, error_details_pb2.ErrorInfo)] == ["VERIFICATIONS_BUSY"]
    company_var.set("552100554")  # another company's verification goes through meanwhile
    assert (await servicer.VerifyArchive(apb.VerifyArchiveRequest(), Context())).ok  # type: ignore[arg-type]
    api.verifications.give_back("732829320")
    company_var.set("732829320")
    assert (await servicer.VerifyArchive(apb.VerifyArchiveRequest(), Context())).ok  # type: ignore[arg-type]
    assert api.verifications.check("732829320") is None  # each verification gave its slot back


async def test_an_export_archive_holds_about_one_document_in_memory_whatever_the_archive_s_size() -> None:
    # It built the whole zip in memory before its first chunk (a 307 MB zip took a process from 98 MB to 700 MB).
    db, company, mib = InMemoryDatabase(), "732829320", 1024 * 1024
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    for n in range(48):
        meta = ArchiveMetadata("application/pdf", date(2026, 9, 1 + n % 28), invoice_id=f"F-{n}")
        await archive_document(company, ArchiveKind.RENDERED_PDF, os.urandom(mib), meta, **deps)
    servicer = _servicer(db=db)
    company_var.set(company)

    tracemalloc.start()
    try:
        chunks = [c async for c in servicer.ExportArchive(apb.ExportArchiveRequest(), Context())]  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    content = b"".join(c.data for c in chunks)
    summary = chunks[0].summary
    assert len(content) > 48 * mib and summary.documents == 48
    assert (summary.zip_size, summary.zip_sha256) == (len(content), hashlib.sha256(content).hexdigest())
    assert zipfile.ZipFile(io.BytesIO(content)).testzip() is None
    # the chunks the client holds, and about a document's worth besides
    held = peak - sum(len(c.data) for c in chunks)
    assert held < 12 * mib, f"{held / mib:.1f} MiB held besides the chunks while exporting 48 MiB"


class _FullAtWrite(io.BytesIO):
    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


class _FullAtSeek(io.BytesIO):  # as a buffered file over a full disk: its last bytes go out at the seek back
    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) == (0, 0):
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().seek(offset, whence)


@pytest.mark.parametrize("full_disk", [_FullAtWrite, _FullAtSeek], ids=["at-a-write", "at-the-seek-back"])
async def test_an_export_finding_the_temporary_disk_full_is_resource_exhausted_with_a_hint_and_gives_its_slot_back(
    monkeypatch: pytest.MonkeyPatch, full_disk: type[io.BytesIO]
) -> None:
    # ExportArchive writes its zip to a temporary file (and every export its manifest and index past 4 MiB): a full
    # disk was an OSError, which the outage check took for the database's: "the service's database is unavailable".
    # A buffered file meets it when its bytes go out, at the seek back to its start too (seen on serve, session 18:
    # a 43 MB export on a 40 MB TMPDIR answered "this replica ran out of room on a local disk").
    db, company = InMemoryDatabase(), "732829320"
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    for n in range(6):
        meta = ArchiveMetadata("application/pdf", date(2026, 9, 1 + n), invoice_id=f"F-{n}")
        await archive_document(company, ArchiveKind.RENDERED_PDF, os.urandom(1024 * 1024), meta, **deps)
    servicer = _servicer(db=db)

    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "TemporaryFile", lambda **kwargs: full_disk())
        company_var.set(company)
        context = Context()
        with pytest.raises(Aborted):
            async for _ in servicer.ExportArchive(apb.ExportArchiveRequest(), context):  # type: ignore[arg-type]
                pass

    status = context.status
    assert status.code == grpc.StatusCode.RESOURCE_EXHAUSTED and "TMPDIR" in status.details
    assert [i.reason for i in _details(status, error_details_pb2.ErrorInfo)] == ["TEMPORARY_SPACE"]
    [hint] = _details(status, error_details_pb2.RetryInfo)
    assert hint.retry_delay.seconds == 60
    again, _ = await _open(servicer, company)  # room again: the slot was given back
    await again.aclose()


async def test_an_export_whose_temporary_directory_is_gone_is_internal_not_a_database_outage(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # Before: the FileNotFoundError of TMPDIR removed under the process was taken for the database's socket gone,
    # "the service's database is unavailable; retry later", at WARNING: the on-call looked at PostgreSQL.
    db, company = InMemoryDatabase(), "732829320"
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    for n in range(6):  # past what an export keeps in memory
        meta = ArchiveMetadata("application/pdf", date(2026, 9, 1 + n), invoice_id=f"F-{n}")
        await archive_document(company, ArchiveKind.RENDERED_PDF, os.urandom(1024 * 1024), meta, **deps)
    servicer = _servicer(db=db)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "removed"))
    company_var.set(company)
    context = Context()
    with pytest.raises(Aborted):
        async for _ in servicer.ExportArchive(apb.ExportArchiveRequest(), context):  # type: ignore[arg-type]
            pass

    assert context.status.code == grpc.StatusCode.INTERNAL and "database" not in context.status.details
    [logged] = [r for r in caplog.records if r.name == "service.grpc.errors"]
    assert isinstance(logged.exc_info[1], FileNotFoundError) if logged.exc_info else False
    assert str(tmp_path / "removed") in str(logged.exc_info[1])


class _AbortingContext(Context):
    """As gRPC's own: `abort` raises AbortError, which the error table lets through."""

    aborted: tuple[grpc.StatusCode, str] | None = None

    async def abort(self, code: grpc.StatusCode, details: str) -> None:
        self.aborted = (code, details)
        raise grpc.aio.AbortError()


@pytest.mark.parametrize("method", ["ExportArchive", "StreamArchiveExport"])
async def test_an_export_read_slower_than_its_pace_is_given_up_though_each_part_comes_within_its_patience(
    monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    # A client taking each part just within READER_PATIENCE_S held the export's read-only transaction (a snapshot
    # every company's vacuum waits for) for hours: 300 parts, 5 hours.
    monkeypatch.setattr(archive_servicer, "READER_PATIENCE_S", 2.0)
    monkeypatch.setattr(archive_servicer, "READER_PACE_S", 0.01)
    db, company = InMemoryDatabase(), "732829320"
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    for n in range(24):  # incompressible: a part of the zip each
        meta = ArchiveMetadata("application/pdf", date(2026, 9, 1 + n), invoice_id=f"F-{n}")
        await archive_document(company, ArchiveKind.RENDERED_PDF, os.urandom(1 << 20), meta, **deps)
    servicer = _servicer(db=db)
    company_var.set(company)
    context = _AbortingContext()
    stream = getattr(servicer, method)(apb.ExportArchiveRequest(), context)

    with pytest.raises(grpc.aio.AbortError):
        async with asyncio.timeout(HANG_GUARD_S):
            while True:  # a part each 0.3 s: within the 2 s for each, ten times slower than the pace past 2 s
                await anext(stream)
                await asyncio.sleep(0.3)

    assert context.aborted is not None
    code, details = context.aborted
    assert code == grpc.StatusCode.DEADLINE_EXCEEDED
    assert details.startswith(
        "PDP-EXPORT-STALLED: the export was read slower than a part (1024 KiB at most) each"
    )
    again, _ = await _open(servicer, company)  # its slot given back
    await again.aclose()


async def test_an_export_whose_first_part_takes_longer_than_the_patience_to_build_is_not_given_up_when_read_at_once() -> (
    None
):
    # The reader's clock started at the call: a whole export's zip built for longer than READER_PATIENCE_S (a large
    # archive, a loaded machine) had its first part's time spent before the part existed, and was given up at once
    # as "read slower than a part each ...", however fast its client read.
    async def built_slowly() -> AsyncGenerator[bytes, None]:
        await asyncio.sleep(0.5)  # the build: longer than the patience below
        for _ in range(3):
            yield b"part"

    parts = built_slowly()
    reader = archive_servicer._Reader(parts, patience_s=0.2, pace_s=0.2)
    taken = []
    try:
        async for part in parts:
            reader.handing()
            await asyncio.sleep(0)  # the watch sees the part handed, as gRPC's send lets it
            taken.append(part)
            reader.taken()
    finally:
        await reader.stop()
    assert (taken, reader.stalled) == ([b"part"] * 3, "")
