"""One behaviour contract for every InvoiceRepository + UnitOfWork (in memory and PostgreSQL)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import ConcurrencyConflict, DuplicateInvoiceNumber
from domain.findings import Finding, Severity
from domain.invoice import Attachment
from domain.ports import DuplicateRequest, InvalidPageToken, InvoiceFilter, ReadWithoutAttachments
from domain.totals import compute_totals
from service.usecases.large_reads import LARGE_READ_BYTES
from tests.builders import a_buyer, a_seller, an_invoice
from tests.contract.conftest import Backend
from tests.random_refs import random_siren
from tests.support.outbound import an_outbound_invoice


async def store(backend: Backend, *invoices: OutboundInvoice) -> None:
    async with backend.new_uow() as uow:
        for invoice in invoices:
            await uow.invoices.add(invoice)
        await uow.commit()


async def load(backend: Backend, company: str, invoice_id: str) -> OutboundInvoice | None:
    async with backend.new_uow() as uow:
        return await uow.invoices.get(company, invoice_id)


async def test_a_committed_invoice_reads_back_identical(backend: Backend) -> None:
    warning = Finding("BR-FR-21", Severity.WARNING, "le mode de paiement manque", "BG-16")
    invoice = an_outbound_invoice()
    invoice.findings = (warning,)
    await store(backend, invoice)

    loaded = await load(backend, invoice.company_siren, invoice.id)

    assert loaded is not None
    assert loaded.invoice == invoice.invoice
    assert (loaded.state, loaded.version, loaded.findings) == (ProcessingState.ACCEPTED, 1, (warning,))
    assert loaded.request_hash == invoice.request_hash and loaded.created_at == invoice.created_at
    assert loaded.events == [] and invoice.events == []


async def test_an_invoice_not_committed_is_not_stored(backend: Backend) -> None:
    invoice = an_outbound_invoice()
    async with backend.new_uow() as uow:
        await uow.invoices.add(invoice)
    assert await load(backend, invoice.company_siren, invoice.id) is None
    assert await backend.outbox_kinds(invoice.id) == []


async def test_a_submitted_invoice_gets_one_render_and_validate_outbox_row(backend: Backend) -> None:
    invoice = an_outbound_invoice()
    await store(backend, invoice)
    assert await backend.outbox_kinds(invoice.id) == ["render_validate"]


async def test_another_company_never_sees_the_invoice(backend: Backend) -> None:
    invoice = an_outbound_invoice()
    await store(backend, invoice)
    intruder = random_siren()
    async with backend.new_uow() as uow:
        assert await uow.invoices.get(intruder, invoice.id) is None
        assert await uow.invoices.get_by_request(intruder, invoice.request_id) is None
        assert await uow.invoices.history(intruder, invoice.id) == []
        assert (await uow.invoices.list(intruder, InvoiceFilter(), 10, "")).items == []


async def test_an_invoice_s_stored_size_counts_its_attachments_and_is_the_company_s_alone(
    backend: Backend,
) -> None:
    # What service.usecases.large_reads reads before the invoice, to tell a large read from a plain one.
    company = random_siren()
    attached = Attachment("R1", "LISIBLE", content=b"%PDF" + os.urandom(LARGE_READ_BYTES))
    plain = an_outbound_invoice(company)
    large = an_outbound_invoice(company, an_invoice(seller=a_seller(company), attachments=(attached,)))
    await store(backend, plain, large)
    async with backend.new_uow() as uow:
        assert 0 < await uow.invoices.stored_size(company, plain.id) < 100_000
        assert await uow.invoices.stored_size(company, large.id) > LARGE_READ_BYTES
        assert await uow.invoices.stored_size(random_siren(), large.id) == 0
        assert await uow.invoices.stored_size(company, "not-a-uuid") == 0


async def test_an_invoice_read_without_its_attachments_keeps_them_stored(backend: Backend) -> None:
    # The calls that load an invoice to change it (RecordPayment, SetInvoiceStatus, CancelInvoice, RetryInvoice)
    # need none of its attachments: they read it without them (a 7 MB PDF decoded on the loop per payment).
    company = random_siren()
    pdf = b"%PDF" + os.urandom(LARGE_READ_BYTES)
    attached = (Attachment("R1", "LISIBLE", content=pdf, mime_code="application/pdf", filename="f.pdf"),)
    attached += (Attachment("R2", "RIB", uri="https://example.test/rib"),)
    invoice = an_outbound_invoice(company, an_invoice(seller=a_seller(company), attachments=attached))
    await store(backend, invoice)
    async with backend.new_uow() as uow:
        whole = await uow.invoices.stored_size(company, invoice.id)
        assert 0 < await uow.invoices.stored_size(company, invoice.id, attachments=False) < 100_000 < whole
        assert await uow.invoices.stored_size(random_siren(), invoice.id, attachments=False) == 0
        light = await uow.invoices.get(company, invoice.id, attachments=False)
        assert light is not None
        assert replace(light.invoice, attachments=attached) == invoice.invoice  # the rest as stored
        light.findings = (Finding("PDP-X", Severity.WARNING, "a state change", "BT-1"),)
        await uow.invoices.save(light)
        await uow.commit()
    loaded = await load(backend, company, invoice.id)
    assert loaded is not None and loaded.invoice == invoice.invoice  # the bytes were kept
    assert loaded.findings == light.findings and loaded.version == 2

    async with backend.new_uow() as uow:
        light = await uow.invoices.get(company, invoice.id, attachments=False)
        assert light is not None
        light.invoice = replace(light.invoice, payment_terms="changed")
        # its content written back would drop the attachments it was read without
        with pytest.raises(ReadWithoutAttachments):
            await uow.invoices.save(light)


async def test_an_unknown_or_malformed_id_is_simply_not_found(backend: Backend) -> None:
    async with backend.new_uow() as uow:
        assert await uow.invoices.get(random_siren(), "not-a-uuid") is None
        assert await uow.invoices.history(random_siren(), "not-a-uuid") == []


async def test_finds_an_invoice_by_its_request_id(backend: Backend) -> None:
    invoice = an_outbound_invoice()
    await store(backend, invoice)
    async with backend.new_uow() as uow:
        found = await uow.invoices.get_by_request(invoice.company_siren, invoice.request_id)
    assert found is not None and found.id == invoice.id


async def test_a_request_id_is_used_once_per_company(backend: Backend) -> None:
    first = an_outbound_invoice()
    await store(backend, first)
    again = an_outbound_invoice(first.company_siren, request_id=first.request_id)
    with pytest.raises(DuplicateRequest):
        await store(backend, again)
    elsewhere = an_outbound_invoice(request_id=first.request_id)
    await store(backend, elsewhere)


async def test_an_invoice_number_is_used_once_per_seller(backend: Backend) -> None:
    first = an_outbound_invoice()
    await store(backend, first)
    same_number = an_outbound_invoice(first.company_siren, replace(first.invoice))
    with pytest.raises(DuplicateInvoiceNumber):
        await store(backend, same_number)
    other_seller = random_siren()
    other = an_outbound_invoice(
        other_seller, compute_totals(an_invoice(number=first.number, seller=a_seller(other_seller)))
    )
    await store(backend, other)


async def test_changes_are_saved_with_their_events_in_order(backend: Backend) -> None:
    invoice = an_outbound_invoice()
    await store(backend, invoice)
    async with backend.new_uow() as uow:
        loaded = await uow.invoices.get(invoice.company_siren, invoice.id)
        assert loaded is not None
        at = datetime.now(UTC)
        loaded.validated(at, sha256="a" * 64, syntax="CII")
        loaded.start_upload(at, upload=1, sha256="a" * 64)
        loaded.sent(at + timedelta(seconds=1), platform_id="IOP-123", detail="ok")
        await uow.invoices.save(loaded)
        await uow.commit()

    reloaded = await load(backend, invoice.company_siren, invoice.id)
    assert reloaded is not None
    assert (reloaded.state, reloaded.platform_id, reloaded.version) == (ProcessingState.SENT, "IOP-123", 4)
    async with backend.new_uow() as uow:
        history = await uow.invoices.history(invoice.company_siren, invoice.id)
    assert [e.kind for e in history] == ["SUBMITTED", "VALIDATED", "SENDING", "SENT"]
    assert history[3].detail == "IOP-123: ok"
    assert await backend.outbox_kinds(invoice.id) == ["render_validate"]


def _change_error(invoice: OutboundInvoice, writer: str) -> None:
    invoice.last_error = writer


def _writer_sha256(writer: str) -> str:
    return hashlib.sha256(writer.encode()).hexdigest()


def _record_event(invoice: OutboundInvoice, writer: str) -> None:
    invoice.validated(datetime.now(UTC), sha256=_writer_sha256(writer), syntax="CII")


# Both ways a change is written: a state column alone, and an event (PostgreSQL then writes the UPDATE and the
# event in one statement, with its own copy of the version check).
@pytest.mark.parametrize("change", [_change_error, _record_event], ids=["state column", "event"])
async def test_a_concurrent_change_is_detected(
    backend: Backend, change: Callable[[OutboundInvoice, str], None]
) -> None:
    invoice = an_outbound_invoice()
    await store(backend, invoice)
    async with backend.new_uow() as slow:
        stale = await slow.invoices.get(invoice.company_siren, invoice.id)
        async with backend.new_uow() as fast:
            fresh = await fast.invoices.get(invoice.company_siren, invoice.id)
            assert fresh is not None
            change(fresh, "fast writer")
            await fast.invoices.save(fresh)
            await fast.commit()
        assert stale is not None
        change(stale, "slow writer")
        with pytest.raises(ConcurrencyConflict):
            await slow.invoices.save(stale)
            await slow.commit()
    reloaded = await load(backend, invoice.company_siren, invoice.id)
    assert reloaded is not None and reloaded.version == 2
    async with backend.new_uow() as uow:
        history = await uow.invoices.history(invoice.company_siren, invoice.id)
    if change is _change_error:
        assert (reloaded.last_error, [e.kind for e in history]) == ("fast writer", ["SUBMITTED"])
    else:
        assert [(e.kind, e.detail) for e in history] == [
            ("SUBMITTED", ""),
            ("VALIDATED", f"CII {_writer_sha256('fast writer')}"),
        ]
        assert reloaded.state is ProcessingState.READY


async def test_lists_newest_first_across_pages_without_overlap(backend: Backend) -> None:
    company = random_siren()
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    invoices = [an_outbound_invoice(company, created_at=start + timedelta(minutes=i % 3)) for i in range(7)]
    await store(backend, *invoices)

    seen: list[str] = []
    token = ""
    async with backend.new_uow() as uow:
        for _ in range(10):
            page = await uow.invoices.list(company, InvoiceFilter(), 3, token)
            seen.extend(i.id for i in page.items)
            token = page.next_token
            if not token:
                break
    expected = sorted(invoices, key=lambda i: (i.created_at, i.id), reverse=True)
    assert len(seen) == 7
    assert [i.created_at for i in expected] == sorted((i.created_at for i in invoices), reverse=True)
    assert set(seen) == {i.id for i in invoices}
    assert [next(i.created_at for i in invoices if i.id == s) for s in seen] == [
        i.created_at for i in expected
    ]


async def test_filters_combine(backend: Backend) -> None:
    company = random_siren()
    seller = a_seller(company)
    acme = a_buyer(random_siren())
    acme = replace(acme, name="ACME Industrie")
    october = an_outbound_invoice(
        company, compute_totals(an_invoice(seller=seller, issue_date=date(2026, 10, 5)))
    )
    november = an_outbound_invoice(
        company, compute_totals(an_invoice(seller=seller, buyer=acme, issue_date=date(2026, 11, 5)))
    )
    b2c = an_outbound_invoice(company, state=ProcessingState.NOT_TRANSMITTED)
    await store(backend, october, november, b2c)

    async def ids(flt: InvoiceFilter) -> set[str]:
        async with backend.new_uow() as uow:
            return {i.id for i in (await uow.invoices.list(company, flt, 50, "")).items}

    assert await ids(InvoiceFilter()) == {october.id, november.id, b2c.id}
    assert await ids(InvoiceFilter(states=(ProcessingState.NOT_TRANSMITTED,))) == {b2c.id}
    assert await ids(InvoiceFilter(issued_from=date(2026, 11, 1), issued_to=date(2026, 11, 30))) == {
        november.id,
        b2c.id,
    }
    assert await ids(InvoiceFilter(counterparty="acme")) == {november.id}
    assert await ids(InvoiceFilter(counterparty=acme.siren)) == {november.id}
    assert await ids(InvoiceFilter(counterparty="acme", states=(ProcessingState.SENT,))) == set()


async def test_a_forged_page_token_is_refused(backend: Backend) -> None:
    async with backend.new_uow() as uow:
        with pytest.raises(InvalidPageToken):
            await uow.invoices.list(random_siren(), InvoiceFilter(), 10, "bm90IGEgdG9rZW4")


async def test_a_page_token_is_refused_by_another_filter_or_company_and_read_by_its_own(
    backend: Backend,
) -> None:
    company = random_siren()
    await store(backend, *(an_outbound_invoice(company) for _ in range(3)))
    async with backend.new_uow() as uow:
        token = (await uow.invoices.list(company, InvoiceFilter(), 1, "")).next_token
        assert len((await uow.invoices.list(company, InvoiceFilter(), 5, token)).items) == 2
        for other_company, other_filter in (
            (company, InvoiceFilter(counterparty="acme")),
            (company, InvoiceFilter(states=(ProcessingState.SENT,))),
            (random_siren(), InvoiceFilter()),
        ):
            with pytest.raises(InvalidPageToken, match="another List method"):
                await uow.invoices.list(other_company, other_filter, 5, token)
