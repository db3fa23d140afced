"""The archive use cases on the in-memory records (tests.fakes.FakeUnitOfWork, held to PostgreSQL's behaviour by
tests/contract/test_reporting_records.py): verification recomputes every document and the chain, and names what
was altered."""

from __future__ import annotations

import functools
import hashlib
import io
import os
import threading
import tracemalloc
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from domain.archive import parse_manifest
from domain.archive_ports import ArchivedItem, ArchiveKind, ArchiveMetadata, AuditEntry
from service.usecases import archive
from service.usecases.archive import (
    AUDIT_LOG_NAME,
    INDEX_NAME,
    MANIFEST_NAME,
    ChainChecker,
    ExportTotals,
    archive_document,
    export_archive,
    stream_export,
    verify_archive,
)
from service.usecases.export_zip import PART_BYTES
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren


async def test_verification_is_audited_and_names_the_one_altered_document() -> None:
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    hashes = []
    for n in range(3):
        meta = ArchiveMetadata("application/json", date(2026, 9, 1 + n), invoice_id=f"F-{n}")
        receipt = await archive_document(
            company, ArchiveKind.EMITTED_INVOICE, f"doc {n}".encode(), meta, **deps
        )
        hashes.append(receipt.sha256)

    report = await verify_archive(company, **deps)
    again = await verify_archive(company, **deps)

    assert report.ok and (report.documents_checked, report.entries_checked) == (3, 3)
    assert again.ok and again.entries_checked == 4  # the first verification is in the chain now
    assert [e.action for e in db.audit.entries[company]] == ["archive.stored"] * 3 + ["archive.verified"] * 2

    victim = db.archive[(company, hashes[1])]
    db.archive[(company, hashes[1])] = replace(victim, content=b"doc X")
    broken = await verify_archive(company, **deps)
    assert not broken.ok and [d.sha256 for d in broken.broken_documents] == [hashes[1]]


async def test_a_verification_hashes_its_documents_and_checks_its_chain_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On the loop, each document's hash (41 MB: about a tenth of a second) held every other call of the process.
    db, company = InMemoryDatabase(), random_siren()
    await _archived(db, company, 30, 1024 * 1024)
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    hashed: list[tuple[bool, int]] = []  # (on the loop's thread, the document's size)
    checked_on_loop: list[bool] = []
    loop_thread = threading.current_thread()

    def check(item: ArchivedItem) -> str:
        hashed.append((threading.current_thread() is loop_thread, item.size))
        return real_check(item)

    def feed(self: ChainChecker, entry: AuditEntry) -> None:
        checked_on_loop.append(threading.current_thread() is loop_thread)
        real_feed(self, entry)

    real_check, real_feed = archive.check_document, ChainChecker.feed
    monkeypatch.setattr(archive, "check_document", check)
    monkeypatch.setattr(ChainChecker, "feed", feed)

    report = await verify_archive(company, **deps)

    assert report.ok and report.documents_checked == 30 and report.entries_checked == 30
    assert len(hashed) == 30 and not any(on_loop for on_loop, _ in hashed)
    assert len(checked_on_loop) == 30 and not any(checked_on_loop)


async def _archived(db: InMemoryDatabase, company: str, count: int, size: int) -> None:
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    for n in range(count):
        meta = ArchiveMetadata("application/pdf", date(2026, 9, 1 + n % 28), invoice_id=f"F-{n}")
        await archive_document(company, ArchiveKind.RENDERED_PDF, os.urandom(size), meta, **deps)


async def test_a_streamed_export_is_a_zip_whose_manifest_checks_and_whose_totals_are_its_own() -> None:
    db, company = InMemoryDatabase(), random_siren()
    await _archived(
        db, company, 5, 3_000_000
    )  # more than a part each: parts of one document follow each other
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}

    parts = [part async for part in stream_export(company, None, None, **deps)]

    *data, totals = parts
    assert isinstance(totals, ExportTotals) and all(isinstance(p, bytes) for p in data)
    assert max(len(p) for p in data) <= PART_BYTES
    content = b"".join(data)  # type: ignore[arg-type]
    assert (totals.zip_size, totals.zip_sha256) == (len(content), hashlib.sha256(content).hexdigest())
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    listed = parse_manifest(files.pop(MANIFEST_NAME).decode("ascii"))
    assert listed == {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
    assert (
        totals.manifest_sha256
        == hashlib.sha256(zipfile.ZipFile(io.BytesIO(content)).read(MANIFEST_NAME)).hexdigest()
    )
    assert totals.documents == 5 and len(files[INDEX_NAME].splitlines()) == 5
    assert totals.entries == 5 and len(files[AUDIT_LOG_NAME].splitlines()) == 5  # the five archive.stored
    assert db.audit.entries[company][-1].action == "archive.exported"
    # the export written whole to a file is the same zip's content
    whole = io.BytesIO()
    await export_archive(company, None, None, into=whole, **deps)
    with zipfile.ZipFile(whole) as zf:
        assert {n for n in zf.namelist() if n.startswith("documents/")} == {
            n for n in files if n.startswith("documents/")
        }


async def test_a_streamed_export_holds_about_one_document_in_memory_whatever_the_archive_s_size() -> None:
    # ExportArchive built the whole zip (48 MiB of documents here) before its first chunk.
    db, company = InMemoryDatabase(), random_siren()
    await _archived(db, company, 48, 1024 * 1024)
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}

    tracemalloc.start()
    try:
        written = 0
        async for part in stream_export(company, None, None, **deps):
            if isinstance(part, bytes):
                written += len(part)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert written > 48 * 1024 * 1024
    assert peak < 12 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB while streaming 48 MiB"
