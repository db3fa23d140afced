"""Values of the pipeline's ports (domain.pipeline_ports)."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta

import pytest

from domain.findings import ValidationReport
from domain.pipeline_ports import (
    NextAttempt,
    ParkedStatus,
    PlatformDocument,
    PlatformIdTaken,
    ProcessedDocument,
    StoredDocument,
)
from domain.platform import DocumentProfile, DocumentSyntax, PlatformStatus


def test_a_stored_document_copies_every_field_of_the_processed_one_and_not_its_report() -> None:
    processed = ProcessedDocument(
        syntax=DocumentSyntax.UBL,
        profile=DocumentProfile.EXTENDED_CTC_FR,
        media_type="application/xml",
        filename="F-1.xml",
        sha256="ab" * 32,
        content=b"<Invoice/>",
        report=ValidationReport(),
    )
    stored = StoredDocument.for_invoice("inv-1", processed)
    assert stored == StoredDocument(
        invoice_id="inv-1",
        syntax=DocumentSyntax.UBL,
        profile=DocumentProfile.EXTENDED_CTC_FR,
        media_type="application/xml",
        filename="F-1.xml",
        sha256="ab" * 32,
        content=b"<Invoice/>",
    )
    assert type(stored) is StoredDocument
    assert {f.name for f in fields(StoredDocument)} == {f.name for f in fields(PlatformDocument)} | {
        "invoice_id"
    }


def test_a_parked_status_waits_for_the_submission_of_the_platform_that_brought_it() -> None:
    status = PlatformStatus("200", "DEPOSITED", "200", datetime(2026, 12, 6, tzinfo=UTC))
    brought = ParkedStatus(status, "webhook", platform="iopole")
    assert brought.for_submission_of("iopole") and not brought.for_submission_of("afnor")
    older = ParkedStatus(
        status, "webhook"
    )  # parked before the platform was kept: the first submission takes it
    assert older.for_submission_of("iopole") and older.for_submission_of("afnor")


def test_a_platform_id_taken_names_the_platform_and_the_id() -> None:
    taken = PlatformIdTaken("iopole", "p-42")
    assert (str(taken), taken.platform, taken.platform_id) == (
        "iopole id p-42 is already another invoice's",
        "iopole",
        "p-42",
    )


def test_an_outbox_row_s_next_attempt_waits_from_the_reading_it_was_decided_at_and_needs_it() -> None:
    decided = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
    later = NextAttempt(decided + timedelta(minutes=5), "iopole answered 503", True, decided=decided)
    assert later.after == timedelta(minutes=5)
    with pytest.raises(
        ValueError, match="^a next attempt's instant needs the clock reading it was decided at$"
    ):
        NextAttempt(decided, "iopole answered 503", True, decided=None)
