"""A company's reads of large invoices are bounded, at once and by their bytes a second (service.usecases.large_reads):
on `serve`, 32 GetInvoice at once of one invoice with 20 MiB of attachments took the process from 414 to 1,040 MB
and made every company's calls UNAVAILABLE ("no answer from the service's database in time"), the victim's among
them; one at a time, back to back, still held the victim's call 484 ms at the median."""

from __future__ import annotations

import functools
import uuid
from datetime import date
from typing import Any

import pytest

from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.document_file import DocumentFile
from domain.errors import IllegalTransition
from domain.invoice import Attachment
from domain.reception import ReceivedInvoice
from service.usecases.emission.bindings import PipelineUseCases
from service.usecases.large_reads import (
    LARGE_CHANGE_BYTES,
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
SIZE = LARGE_READ_BYTES + 1000  # the fake's stored size of an invoice with one attachment of LARGE_READ_BYTES


def _one_at_a_time() -> LargeReads:
    """One large read per company at once, at no pace."""
    return large_reads(per_company=1, per_second=1e12, burst=1 << 40)


def _uows(db: InMemoryDatabase) -> Any:
    return functools.partial(FakeUnitOfWork, db)


async def _stored(db: InMemoryDatabase, company: str, *, large: bool, size: int = LARGE_READ_BYTES) -> str:
    attachments = (Attachment("R1", "LISIBLE", content=bytes(size)),) if large else ()
    invoice = an_outbound_invoice(company, an_invoice(seller=a_seller(company), attachments=attachments))
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
    with pytest.raises(LargeReadsBusy):
        await api.history(GREEDY, large)
    assert (await api.get(GREEDY, small)).id == small  # a plain read takes no slot
    assert (await api.get(OTHER, others)).id == others  # nor does another company's
    bound.at_once.give_back(GREEDY)

    assert (await api.get(GREEDY, large)).id == large
    assert (await api.get(GREEDY, large)).id == large  # the slot came back after each read


async def test_a_company_reading_large_invoices_faster_than_its_bytes_a_second_is_told_when_to_come_back() -> (
    None
):
    db = InMemoryDatabase()
    now = [0.0]
    bound = large_reads(per_second=SIZE, burst=2 * SIZE)  # two at once, then one a second
    bound.pace.clock = lambda: now[0]
    api = invoice_use_cases(db, large_reads=bound)  # type: ignore[arg-type]
    large, small = await _stored(db, GREEDY, large=True), await _stored(db, GREEDY, large=False)
    others = await _stored(db, OTHER, large=True)

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


async def test_a_call_that_loads_a_large_invoice_to_change_it_is_one_of_its_company_s_large_reads() -> None:
    # On serve, 32 RetryInvoice at once of such an invoice (each refused FAILED_PRECONDITION once it had read it
    # whole) took the process from 265 to 1,175 MB and made another company's calls UNAVAILABLE.
    db, bound = InMemoryDatabase(), _one_at_a_time()
    pipeline = PipelineUseCases(uow_factory=_uows(db), clock=FixedClock(), large_reads=bound)
    large = await _stored(db, GREEDY, large=True, size=LARGE_CHANGE_BYTES)
    small = await _stored(db, GREEDY, large=False)
    # a scanned PDF of a few MB: a large read for GetInvoice, not for a call that changes it (a finance team's
    # payments and statuses on such invoices are not held one at a time at 4 MiB a second)
    a_few_mb = await _stored(db, GREEDY, large=True, size=2 << 20)

    bound.at_once.take(GREEDY)
    with pytest.raises(LargeReadsBusy):
        await pipeline.retry(GREEDY, large)
    with pytest.raises(LargeReadsBusy):
        await pipeline.cancel(GREEDY, large, reason="r", request_id="c-1")
    # a plain one, and one of a few MB, reach the use case, which refuses an ACCEPTED invoice
    with pytest.raises(IllegalTransition):
        await pipeline.retry(GREEDY, small)
    with pytest.raises(IllegalTransition):
        await pipeline.retry(GREEDY, a_few_mb)
    with pytest.raises(LargeReadsBusy):
        await invoice_use_cases(db, large_reads=bound).get(GREEDY, a_few_mb)  # type: ignore[arg-type]
    bound.at_once.give_back(GREEDY)
    with pytest.raises(IllegalTransition):
        await pipeline.retry(GREEDY, large)


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
