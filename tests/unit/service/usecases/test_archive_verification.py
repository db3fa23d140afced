"""What a verification hands to a thread at once (archive._in_batches: bounded by count and by bytes, a heavier item
alone) and what its audit entry says."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date

from service.usecases.archive import (
    CHECK_BATCH_BYTES,
    CHECK_BATCH_ITEMS,
    _in_batches,
    verify_archive,
)
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.random_refs import random_siren
from tests.unit.service.usecases.test_archive import _archived


async def _batches(weights: list[int]) -> list[list[int]]:
    async def items() -> AsyncIterator[int]:
        for w in weights:
            yield w

    return [batch async for batch in _in_batches(items(), lambda w: w)]


async def test_a_verification_s_batches_hold_at_most_their_count_and_their_bytes_a_heavier_item_alone() -> (
    None
):
    sizes = [len(b) for b in await _batches([0] * (2 * CHECK_BATCH_ITEMS + 1))]
    assert sizes == [CHECK_BATCH_ITEMS, CHECK_BATCH_ITEMS, 1]
    half = CHECK_BATCH_BYTES // 2
    exactly = [[half, half], [half, half], [half]]  # exactly the bound: held together
    assert await _batches([half] * 5) == exactly
    assert await _batches([1, half, half]) == [[1, half], [half]]
    assert await _batches([1, CHECK_BATCH_BYTES + 1, 1]) == [[1], [CHECK_BATCH_BYTES + 1], [1]]
    assert await _batches([]) == []


async def test_a_verification_s_audit_entry_says_what_it_checked_and_what_it_found_broken() -> None:
    db, company = InMemoryDatabase(), random_siren()
    deps = {"uow_factory": functools.partial(FakeUnitOfWork, db), "clock": FixedClock()}
    await _archived(db, company, 2, 16)  # dated 2026-09-01 and 2026-09-02
    [victim] = [item for item in db.archive.values() if item.document_date == date(2026, 9, 1)]
    db.archive[(company, victim.sha256)] = replace(victim, content=b"altered")

    report = await verify_archive(company, **deps)

    assert (report.company_siren, report.documents_checked, report.entries_checked) == (company, 2, 2)
    [broken] = report.broken_documents
    assert (broken.sha256, broken.kind, broken.document_date) == (
        victim.sha256,
        "rendered_pdf",
        victim.document_date,
    )
    assert broken.reason
    assert report.chain_head == db.audit.entries[company][1].entry_hash
    entry = db.audit.entries[company][-1]
    assert (entry.action, entry.subject_type, entry.subject_id) == ("archive.verified", "archive", company)
    assert entry.details == {
        "ok": False,
        "documents_checked": 2,
        "entries_checked": 2,
        "broken_documents": [victim.sha256],
        "broken_entries": [],
    }
