"""What an archive export refuses (a range ending before it starts, documents past its byte bound) and the dates it
takes: none of them was asserted by a test (the servicer's tests give the use case's refusals their gRPC codes)."""

from __future__ import annotations

import functools
import io
import zipfile
from datetime import date

import pytest

from domain.errors import RequestRejected
from service.usecases.archive import ExportTooLarge, export_archive
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
