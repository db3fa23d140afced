"""The pipeline's archiving of a rendered document, after the render step: what a failure leaves in the log."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
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
