"""A company's reads of large invoices are bounded, at once and by their bytes a second (service.usecases.large_reads):
on `serve`, 32 GetInvoice at once of one invoice with 20 MiB of attachments took the process from 414 to 1,040 MB
and made every company's calls UNAVAILABLE ("no answer from the service's database in time"), the victim's among
them; one at a time, back to back, still held the victim's call 484 ms at the median."""

from __future__ import annotations

import functools
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.document_file import DocumentFile
from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import IllegalTransition
from domain.invoice import Attachment
from domain.payments import Payment
from domain.reception import ReceivedInvoice
from service.usecases.emission.bindings import PipelineUseCases
from service.usecases.large_reads import (
    LARGE_READ_BYTES,
    LargeReads,
    LargeReadsBusy,
    large_reads,
)
from service.usecases.reception import ReceptionUseCases
from service.usecases.records_bindings import ArchiveUseCases
from tests.builders import a_seller, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.support.outbound import an_outbound_invoice
from tests.unit.service.usecases.emission.test_bindings import invoice_use_cases

GREEDY, OTHER = "732829320", "552100554"
SIZE = LARGE_READ_BYTES + 1000  # a large read's bytes


def _one_at_a_time() -> LargeReads:
    """One large read per company at once, at no pace."""
    return large_reads(per_company=1, per_second=1e12, burst=1 << 40)


def _uows(db: InMemoryDatabase) -> Any:
    return functools.partial(FakeUnitOfWork, db)


async def _stored(db: InMemoryDatabase, company: str, *, large: bool, size: int = LARGE_READ_BYTES) -> str:
    attachments = (Attachment("R1", "LISIBLE", content=bytes(size)),) if large else ()
    return await _add(
        db, an_outbound_invoice(company, an_invoice(seller=a_seller(company), attachments=attachments))
    )


# lines enough for an invoice's own content (no attachment) to pass LARGE_READ_BYTES as the fake counts it
LONG_LINES = 8_000


async def _stored_lines(db: InMemoryDatabase, company: str, lines: int) -> str:
    return await _add(db, an_outbound_invoice(company, an_invoice(lines, seller=a_seller(company))))


async def _add(db: InMemoryDatabase, invoice: OutboundInvoice) -> str:
    async with FakeUnitOfWork(db) as uow:
        await uow.invoices.add(invoice)
        await uow.commit()
    return invoice.id


async def test_a_company_reading_its_large_invoices_at_once_past_its_bound_is_busy_and_nothing_else_is() -> (
    None
):
    db = InMemoryDatabase()
    bound = _one_at_a_time()
    api = invoice_use_cases(db, large_reads=bound)  # type: ignore[arg-type]
    large, small = await _stored(db, GREEDY, large=True), await _stored(db, GREEDY, large=False)
    others = await _stored(db, OTHER, large=True)

    bound.at_once.take(GREEDY)  # one large read of the company in progress
    with pytest.raises(LargeReadsBusy, match="at most 1 per company"):
        await api.get(GREEDY, large)
    # its history reads none of it: no large read (it decoded the whole invoice to tell it exists)
    assert [e.kind for e in await api.history(GREEDY, large)] == ["SUBMITTED"]
    assert (await api.get(GREEDY, small)).id == small  # a plain read takes no slot
    assert (await api.get(OTHER, others)).id == others  # nor does another company's
    bound.at_once.give_back(GREEDY)

    assert (await api.get(GREEDY, large)).id == large
    assert (await api.get(GREEDY, large)).id == large  # the slot came back after each read


async def test_a_company_reading_large_invoices_faster_than_its_bytes_a_second_is_told_when_to_come_back() -> (
    None
):
    db = InMemoryDatabase()
    large, small = await _stored(db, GREEDY, large=True), await _stored(db, GREEDY, large=False)
    others = await _stored(db, OTHER, large=True)
    async with FakeUnitOfWork(db) as uow:
        size = await uow.invoices.stored_size(GREEDY, large)
    now = [0.0]
    bound = large_reads(per_second=size, burst=2 * size)  # two at once, then one a second
    bound.pace.clock = lambda: now[0]
    api = invoice_use_cases(db, large_reads=bound)  # type: ignore[arg-type]

    await api.get(GREEDY, large)
    await api.get(GREEDY, large)
    with pytest.raises(LargeReadsBusy) as busy:
        await api.get(GREEDY, large)
    assert busy.value.retry_after == 1.0
    for _ in range(5):
        await api.get(GREEDY, small)  # plain reads spend nothing
    await api.get(OTHER, others)
    now[0] = 1.0
    await api.get(GREEDY, large)


async def test_a_call_that_loads_an_invoice_to_change_it_is_a_large_read_only_by_what_it_reads() -> None:
    # On serve, 32 RetryInvoice at once of an invoice with 20 MiB of attachments (each refused FAILED_PRECONDITION
    # once it had read it whole) took the process from 265 to 1,175 MB and made another company's calls
    # UNAVAILABLE. These calls read the invoice without its attachments' bytes now: a finance team's payments and
    # statuses on invoices carrying a PDF are not one of its large reads whatever the PDF's size, an invoice
    # large by its own content (lines, notes) still is.
    db, bound = InMemoryDatabase(), _one_at_a_time()
    pipeline = PipelineUseCases(uow_factory=_uows(db), clock=FixedClock(), large_reads=bound)
    attached = await _stored(db, GREEDY, large=True, size=20 << 20)
    long = await _stored_lines(db, GREEDY, LONG_LINES)

    bound.at_once.take(GREEDY)  # one large read of the company in progress
    with pytest.raises(LargeReadsBusy):
        await pipeline.retry(GREEDY, long)
    with pytest.raises(LargeReadsBusy):
        await pipeline.cancel(GREEDY, long, reason="r", request_id="c-1")
    with pytest.raises(LargeReadsBusy):
        await pipeline.record_payment(GREEDY, long, Payment("p-1", date(2026, 11, 3), Decimal("10.00")))
    # 20 MiB of attachments: the call reaches the use case, which refuses to retry an ACCEPTED invoice
    with pytest.raises(IllegalTransition):
        await pipeline.retry(GREEDY, attached)
    with pytest.raises(LargeReadsBusy):
        await invoice_use_cases(db, large_reads=bound).get(GREEDY, attached)  # type: ignore[arg-type]
    bound.at_once.give_back(GREEDY)
    with pytest.raises(IllegalTransition):
        await pipeline.retry(GREEDY, long)


async def test_a_call_that_changes_an_invoice_answers_it_without_its_attachments_bytes_and_keeps_them() -> (
    None
):
    db = InMemoryDatabase()
    pipeline = PipelineUseCases(uow_factory=_uows(db), clock=FixedClock(), large_reads=_one_at_a_time())
    invoice_id = await _stored(db, GREEDY, large=True, size=20 << 20)
    stored = db.invoices[invoice_id].invoice

    cancelled = await pipeline.cancel(GREEDY, invoice_id, reason="doublon", request_id="c-1")

    assert cancelled.state is ProcessingState.CANCELLED
    assert cancelled.invoice.attachments == ()
    assert db.invoices[invoice_id].invoice == stored  # the 20 MiB kept
    assert db.invoices[invoice_id].state is ProcessingState.CANCELLED


async def test_an_archived_document_past_the_bytes_is_one_of_its_company_s_large_reads() -> None:
    # On serve, 32 GetArchivedDocument at once of the 41 MB Factur-X of such an invoice: 305 -> 1,193 MB and the
    # other company's calls UNAVAILABLE.
    db, bound = InMemoryDatabase(), _one_at_a_time()
    archive = ArchiveUseCases(uow_factory=_uows(db), clock=FixedClock(), large_reads=bound)
    meta = ArchiveMetadata("application/pdf", date(2026, 9, 1), invoice_id="F-1")
    large = (await archive.archive(GREEDY, ArchiveKind.EMITTED_INVOICE, bytes(SIZE), meta)).sha256
    small = (await archive.archive(GREEDY, ArchiveKind.EMITTED_INVOICE, b"%PDF small", meta)).sha256

    bound.at_once.take(GREEDY)
    with pytest.raises(LargeReadsBusy):
        await archive.get(GREEDY, large)
    assert (await archive.get(GREEDY, small)).sha256 == small
    bound.at_once.give_back(GREEDY)
    assert (await archive.get(GREEDY, large)).sha256 == large


async def test_a_received_invoice_with_a_large_document_is_one_of_its_company_s_large_reads() -> None:
    # A supplier's document reaches 98 MiB (a callback's bound): GetReceivedInvoice read it whole, 32 at once.
    db, bound = InMemoryDatabase(), _one_at_a_time()
    reception = ReceptionUseCases(
        uow=_uows(db), inbox=None, clock=FixedClock(), render_page=lambda _: b"", large_reads=bound
    )

    def received(content: bytes) -> str:
        document = DocumentFile("application/pdf", "f.pdf", "d" * 64, content)
        invoice = ReceivedInvoice.receive(
            at=FixedClock().now(),
            id=str(uuid.uuid4()),
            company_siren=GREEDY,
            platform="iopole",
            platform_invoice_id=str(uuid.uuid4()),
            document=document,
            valid=True,
        )
        db.received[invoice.id] = invoice
        return invoice.id

    large, small = received(bytes(LARGE_READ_BYTES)), received(b"%PDF small")
    bound.at_once.take(GREEDY)
    with pytest.raises(LargeReadsBusy):
        await reception.get(GREEDY, large)
    assert (await reception.get(GREEDY, small))[0].id == small
    bound.at_once.give_back(GREEDY)
    assert (await reception.get(GREEDY, large))[0].id == large


async def test_each_refusal_is_counted_and_said_by_the_bound_that_refused() -> None:
    """/metrics counts the refusals by what was refused and the bound (`refused`), and the client is told which."""
    counted: list[tuple[str, str]] = []
    bound = large_reads(lambda what, which: counted.append((what, which)), per_second=1.0, burst=1)
    bound.at_once.take(GREEDY)
    with pytest.raises(LargeReadsBusy, match="1 large invoice reads in progress"):
        with bound.held(GREEDY, SIZE):
            pass
    bound.at_once.give_back(GREEDY)
    with bound.held(GREEDY, SIZE):  # the burst: one byte's worth, a read costing more passes once it is full
        pass
    with pytest.raises(LargeReadsBusy, match="made its bytes of large invoices read faster than 1 a second"):
        with bound.held(GREEDY, SIZE):
            pass
    assert counted == [("large invoice reads", "company"), ("bytes of large invoices read", "rate")]
