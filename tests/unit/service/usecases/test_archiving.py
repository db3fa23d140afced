"""The pipeline's archiving of a rendered document, after the render step and before a send: what a failure leaves in
the log, what the guard reads."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from adapters.postgres.outage import is_outage
from domain.pipeline_ports import OutboxMessage
from service.usecases.archiving import RenderedDocumentArchiver


class _Unreachable:
    """A unit of work whose database is down (seen with the disk under PostgreSQL full, and stopped)."""

    def __call__(self) -> Any:
        return self

    async def __aenter__(self) -> Any:
        raise ConnectionRefusedError(111, "Connect call failed")

    async def __aexit__(self, *exc: object) -> None:
        return None


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 12, 7, tzinfo=UTC)


async def _rendered(message: OutboxMessage, owner: str) -> None:
    return None


def _message() -> OutboxMessage:
    return OutboxMessage(
        id=1,
        invoice_id="6f1f911b-edb3-4997-8ff8-12b5a0d4a812",
        company_siren="732829320",
        kind="render_validate",
        payload={},
        attempts=0,
    )


async def test_archiving_after_a_render_during_a_database_outage_is_one_warning_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Before: one ERROR with its traceback per rendered invoice for as long as the outage lasted, as a bug of ours.
    archiver = RenderedDocumentArchiver(
        pipeline_uow=_Unreachable(), records_uow=_Unreachable(), clock=_Clock(), is_outage=is_outage
    )

    await archiver.after(_rendered)(_message(), "owner")

    [record] = [r for r in caplog.records if r.name == "service.usecases.archiving"]
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert record.getMessage() == (
        "archiving the document of invoice 6f1f911b-edb3-4997-8ff8-12b5a0d4a812 failed, the database is unavailable"
        " (ConnectionRefusedError); retried before sending"
    )


async def test_archiving_that_fails_for_a_bug_keeps_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    class _Broken(_Unreachable):
        async def __aenter__(self) -> Any:
            raise KeyError("bug")

    archiver = RenderedDocumentArchiver(
        pipeline_uow=_Broken(), records_uow=_Broken(), clock=_Clock(), is_outage=is_outage
    )

    await archiver.after(_rendered)(_message(), "owner")

    [record] = [r for r in caplog.records if r.name == "service.usecases.archiving"]
    assert record.levelno == logging.ERROR and record.exc_info is not None


class _Archived:
    """A records unit of work whose archive holds `held` (company, sha256) documents, of `size` stored bytes each."""

    def __init__(self, held: set[tuple[str, str]], size: int = 1234) -> None:
        self.held = held
        self.size = size
        self.read_only: list[bool] = []

    def __call__(self, *, read_only: bool = False) -> Any:
        self.read_only.append(read_only)
        return self

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    @property
    def archive(self) -> Any:
        return self

    async def stored_size(self, company_siren: str, sha256: str) -> int:
        return self.size if (company_siren, sha256) in self.held else 0


class _NeverOpened(_Unreachable):
    async def __aenter__(self) -> Any:
        raise AssertionError("the invoice and its document were read")


async def test_the_guard_before_a_send_reads_no_document_archived_already() -> None:
    # Every send attempt read the invoice and its whole document, then tried the archive's insert (ON CONFLICT DO
    # NOTHING): each pass of an invoice waiting on a platform outage too (serve, 400 waiting: 4 of a held pass's 7
    # statements, the document's bytes read each time). An archived document is now known by its address alone.
    sha256 = "ab" * 32
    records = _Archived({("732829320", sha256)})
    archiver = RenderedDocumentArchiver(
        pipeline_uow=_NeverOpened(), records_uow=records, clock=_Clock(), is_outage=is_outage
    )
    sent: list[OutboxMessage] = []

    async def send(message: OutboxMessage, owner: str) -> None:
        sent.append(message)

    message = replace(_message(), kind="send", invoice=SimpleNamespace(document_sha256=sha256))  # type: ignore[arg-type]
    await archiver.before(send)(message, "owner")
    assert sent == [message] and records.read_only == [True]

    records.held.clear()  # not archived: the guard archives it, reading the invoice and its document
    with pytest.raises(AssertionError, match="its document were read"):
        await archiver.before(send)(message, "owner")
    assert sent == [message]  # no upload of a document not archived


class _NoInvoice(_Archived):
    """A pipeline unit of work holding no invoice, that notes which one was asked for."""

    def __init__(self) -> None:
        super().__init__(set())
        self.asked: list[tuple[str, str]] = []

    @property
    def invoices(self) -> Any:
        return self

    async def get(self, company_siren: str, invoice_id: str) -> None:
        self.asked.append((company_siren, invoice_id))


async def test_the_guard_archives_a_row_s_document_it_cannot_know_by_its_address_then_runs_the_step() -> None:
    """A row claimed without its invoice (or one with no document address yet): the guard asks the archive nothing
    and archives the row's own invoice's document before the step runs, as its owner."""
    pipeline, records = _NoInvoice(), _Archived(set())
    archiver = RenderedDocumentArchiver(pipeline_uow=pipeline, records_uow=records, clock=_Clock())
    ran: list[tuple[OutboxMessage, str]] = []

    async def send(message: OutboxMessage, owner: str) -> None:
        ran.append((message, owner))

    message = replace(_message(), kind="send")
    assert message.invoice is None
    await archiver.before(send)(message, "relay-1")
    assert pipeline.asked == [("732829320", message.invoice_id)] and records.read_only == []
    assert ran == [(message, "relay-1")]

    # known by its address, however small its stored size: nothing read of the invoice
    pipeline.asked.clear()
    sha256 = "cd" * 32
    tiny = RenderedDocumentArchiver(
        pipeline_uow=pipeline, records_uow=_Archived({("732829320", sha256)}, size=1), clock=_Clock()
    )
    await tiny.before(send)(replace(message, invoice=SimpleNamespace(document_sha256=sha256)), "relay-1")  # type: ignore[arg-type]
    assert pipeline.asked == []
