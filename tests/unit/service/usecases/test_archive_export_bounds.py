"""What an archive export refuses (a range ending before it starts, documents past its byte bound), the dates it
takes (its documents' and its audit log's) and its index: none of them was asserted by a test (the servicer's tests give the use case's refusals their gRPC codes)."""

from __future__ import annotations

import functools
import io
import json
import zipfile
from datetime import UTC, date, datetime

import pytest

from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.errors import RequestRejected
from service.usecases.archive import INDEX_NAME, README_NAME, ExportTooLarge, archive_document, export_archive
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren
from tests.unit.service.usecases.test_archive import _archived


async def test_an_export_is_refused_past_its_byte_bound_counted_over_all_its_documents_and_says_it() -> None:
    db, company = InMemoryDatabase(), random_siren()
    await _archived(db, company, 3, 100)  # 300 bytes of documents
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    with pytest.raises(ExportTooLarge) as over:
        await export_archive(company, None, None, into=io.BytesIO(), max_bytes=299, **deps)
    [finding] = over.value.findings
    assert (finding.rule_id, finding.path, finding.message) == (
        "PDP-EXPORT-SIZE",
        "date_to",
        "the documents exceed 299 bytes: export a shorter date range",
    )
    whole = io.BytesIO()
    assert (await export_archive(company, None, None, into=whole, max_bytes=300, **deps)).documents == 3
    assert whole.tell() == 0  # rewound for its reader


async def test_an_export_takes_the_documents_of_its_dates_and_refuses_a_range_ending_before_it_starts() -> (
    None
):
    db, company = InMemoryDatabase(), random_siren()
    await _archived(db, company, 3, 100)  # dated 2026-09-01, -02 and -03
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    into = io.BytesIO()
    totals = await export_archive(company, date(2026, 9, 2), date(2026, 9, 2), into=into, **deps)
    assert totals.documents == 1
    with zipfile.ZipFile(into) as zf:
        assert len([n for n in zf.namelist() if n.startswith("documents/")]) == 1
    with pytest.raises(RequestRejected) as backwards:
        await export_archive(company, date(2026, 9, 3), date(2026, 9, 2), into=io.BytesIO(), **deps)
    [finding] = backwards.value.findings
    assert (finding.rule_id, finding.path, finding.message) == (
        "PDP-DATE-RANGE",
        "date_to",
        "the export range ends (2026-09-02) before it starts (2026-09-03)",
    )


async def test_an_export_s_audit_log_holds_the_entries_of_its_days_and_its_index_names_each_document() -> (
    None
):
    db, company = InMemoryDatabase(), random_siren()
    clock = FixedClock(datetime(2026, 9, 1, 23, 0, tzinfo=UTC))
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": clock}
    for day in (1, 2, 3):  # each archived on its own day, the last hour of it (UTC)
        clock.current = datetime(2026, 9, day, 23, 0, tzinfo=UTC)
        meta = ArchiveMetadata("application/pdf", date(2026, 9, day), invoice_id=f"F-{day}")
        await archive_document(company, ArchiveKind.RENDERED_PDF, f"doc {day}".encode(), meta, **deps)
    into = io.BytesIO()
    totals = await export_archive(company, date(2026, 9, 2), date(2026, 9, 2), into=into, **deps)
    assert (totals.documents, totals.entries) == (1, 1)  # the day's own archive.stored
    with zipfile.ZipFile(into) as zf:
        [document] = [n for n in zf.namelist() if n.startswith("documents/")]
        [line] = zf.read(INDEX_NAME).splitlines()
    assert json.loads(line)["path"] == document
    exported = db.audit.entries[company][-1]
    assert (exported.action, exported.subject_type, exported.subject_id) == (
        "archive.exported",
        "archive",
        company,
    )
    assert {k: exported.details[k] for k in ("documents", "entries", "manifest_sha256", "zip_sha256")} == {
        "documents": 1,
        "entries": 1,
        "manifest_sha256": totals.manifest_sha256,
        "zip_sha256": totals.zip_sha256,
    }
    assert str(exported.details["date_from"]) == str(exported.details["date_to"]) == "2026-09-02"
    with zipfile.ZipFile(into) as zf:
        readme = zf.read(README_NAME).decode("utf-8")
    assert company in readme and "2026-09-02" in readme
