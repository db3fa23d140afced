"""The archive use cases on the in-memory records (tests.fakes.FakeUnitOfWork, held to PostgreSQL's behaviour by
tests/contract/test_reporting_records.py): verification recomputes every document and the chain, and names what
was altered."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date

from domain.archive_ports import ArchiveKind, ArchiveMetadata
from service.usecases.archive import archive_document, verify_archive
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
