"""One behaviour contract for the records' unit of work (domain.records_ports.RecordsUnitOfWork), in memory and on
PostgreSQL: recording e-reporting rows is idempotent on the caller's key per company, a key reused with other content
refuses the batch, a period reads its rows by day then key and its invoices as PostgreSQL's queries select them, a
declaration's versions read back as the relay and the listing expect, the archive and the audit chain stream in
order within their bounds, and a read-only unit of work writes nothing."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from asyncpg.exceptions import ReadOnlySQLTransactionError

from adapters.postgres import reporting_repository
from domain.archive_ports import ArchiveKind, ArchiveMetadata, AuditEvent
from domain.findings import Finding
from domain.invoice import Invoice, ProcessingRule
from domain.platform import PlatformStatus
from domain.reception import ReceivedInvoice
from domain.records_ports import DeclarationMove, DeclarationRow
from domain.reporting.b2c import B2cCategory
from domain.reporting.journal import DuplicateTransactionKey
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_received_invoice, a_seller, an_invoice
from tests.contract.conftest import RecordsBackend
from tests.fakes import FixedClock, ReadOnlyWrite
from tests.random_refs import random_request_id, random_siren
from tests.support.reporting_data import german_buyer, intra_eu_invoice, september_b2c, september_payments, tx

AT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
SEPTEMBER, OCTOBER = (date(2026, 9, 1), date(2026, 9, 30)), (date(2026, 10, 1), date(2026, 10, 31))


async def test_recording_counts_new_keys_only_per_company_and_a_period_reads_by_day_then_key(
    records: RecordsBackend,
) -> None:
    company, other = random_siren(), random_siren()
    sales = september_b2c("s")
    async with records.uow() as u:
        assert await u.reporting.record_b2c(company, sales[:4], AT) == 4
        assert await u.reporting.record_b2c(company, sales, AT) == 3  # a replay counts only the new ones
        await u.commit()
    async with records.uow() as u:
        assert await u.reporting.record_b2c(company, list(reversed(sales)), AT) == 0
        assert await u.reporting.record_b2c(other, sales[:1], AT) == 1  # keys are the company's own
        await u.commit()
    async with records.uow() as u:
        read = await u.reporting.b2c_between(
            company, date(2026, 9, 3), date(2026, 9, 14)
        )  # both days included
        assert await u.reporting.b2c_between(company, *OCTOBER) == []
        assert [t.key for t in await u.reporting.b2c_between(other, *SEPTEMBER)] == ["s-1"]
    assert [t.key for t in read] == ["s-1", "s-2", "s-3", "s-4"]
    assert read == sorted(sales[:4], key=lambda t: (t.day, t.key))


async def test_a_key_recorded_with_other_content_refuses_the_batch_and_nothing_of_it_is_kept(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    async with records.uow() as u:
        await u.reporting.record_payments(company, september_payments("p")[:1], AT)
        await u.commit()
    [first] = september_payments("p")[:1]
    changed = replace(first, day=date(2026, 9, 11))
    async with records.uow() as u:
        await u.reporting.record_b2c(company, september_b2c("kept-if-committed")[:1], AT)
        with pytest.raises(DuplicateTransactionKey):
            await u.reporting.record_payments(company, [*september_payments("p")[1:], changed], AT)
    same_batch = [tx("twice", date(2026, 9, 3), B2cCategory.TLB1, "20", "1.00", "0.20")] * 2
    async with records.uow() as u:
        assert await u.reporting.record_b2c(company, same_batch, AT) == 1  # the same content twice: once
        with pytest.raises(DuplicateTransactionKey):
            await u.reporting.record_b2c(
                company, [same_batch[0], replace(same_batch[0], vat_amount=Decimal(0))], AT
            )
    async with records.uow() as u:
        assert await u.reporting.payments_between(company, *SEPTEMBER) == [first]
        assert await u.reporting.b2c_between(company, *SEPTEMBER) == []


def _declaration(company: str, version: int, start: date, *, supersedes: str | None = None) -> DeclarationRow:
    end = date(start.year, start.month, 28)
    return DeclarationRow(
        id=str(uuid.uuid4()),
        company_siren=company,
        regime="REAL_MONTHLY",
        kind="TRANSACTIONS",
        period_start=start,
        period_end=end,
        deadline=end,
        version=version,
        report_type="IN" if supersedes is None else "RE",
        status="SUBMITTED",
        content={"version": version},
        totals={},
        findings=[],
        supersedes=supersedes,
        submitted_on=end,
        submitted_at=AT,
        platform_ref="",
        rejection_reason="",
        archive_sha256="",
        created_at=AT,
        updated_at=AT,
    )


async def test_a_declarations_versions_read_back_in_order_and_the_listing_latest_period_first(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    august = _declaration(company, 1, date(2026, 8, 1))
    first = _declaration(company, 1, date(2026, 9, 1))
    second = _declaration(company, 2, date(2026, 9, 1), supersedes=first.id)
    async with records.uow() as u:
        await u.reporting.lock_series(company, "TRANSACTIONS", first.period_start)
        for row in (august, first, second):
            await u.reporting.add_declaration(row)
        assert [r.version for r in await u.reporting.series(company, "TRANSACTIONS", first.period_start)] == [
            1,
            2,
        ]
        await u.commit()
    async with records.uow() as u:
        assert await u.reporting.series(company, "TRANSACTIONS", first.period_start) == [first, second]
        assert await u.reporting.declaration(company, second.id) == second
        assert await u.reporting.declaration(random_siren(), second.id) is None
        listed = await u.reporting.declarations(company, None, None)
        september_only = await u.reporting.declarations(company, date(2026, 9, 1), None)
        august_only = await u.reporting.declarations(company, None, date(2026, 8, 31))
    assert [r.id for r in listed] == [second.id, first.id, august.id]
    assert [r.id for r in september_only] == [second.id, first.id]
    assert [r.id for r in august_only] == [august.id]

    move = DeclarationMove(second.id, "SUBMITTED", "ACCEPTED", AT, platform_ref="ref-2")
    async with records.uow() as u:
        assert await u.reporting.set_status(move) is True
        assert await u.reporting.set_status(move) is False  # one mover wins
        await u.commit()
    async with records.uow() as u:
        moved = await u.reporting.declaration(company, second.id)
    assert moved is not None and (moved.status, moved.platform_ref) == ("ACCEPTED", "ref-2")


async def test_a_period_read_in_chunks_is_read_whole_in_its_order(
    records: RecordsBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A month of 578,000 sales read as one statement took 25 s on the loop beside another build's thread (asyncpg
    # makes the rows there), past the pool's 30 s command timeout with two builds on a loaded machine: read by a
    # cursor PERIOD_CHUNK_ROWS at a time, each statement is bounded (README "Known limits").
    monkeypatch.setattr(reporting_repository, "PERIOD_CHUNK_ROWS", 2)
    company = random_siren()
    sales = september_b2c("c")  # 7 sales over several days, in no order
    async with records.uow() as u:
        await u.reporting.record_b2c(company, list(reversed(sales)), AT)
        await u.commit()
    async with records.uow() as u:
        read = await u.reporting.b2c_between(company, *SEPTEMBER)
        four = await u.reporting.b2c_between(
            company, date(2026, 9, 3), date(2026, 9, 14)
        )  # two chunks exactly
    assert read == sorted(sales, key=lambda t: (t.day, t.key))
    assert four == read[:4]


async def test_a_periods_emitted_invoices_are_those_to_consumers_or_abroad_by_day_then_number(
    records: RecordsBackend,
) -> None:
    company = random_siren()

    def no_findings(_: Invoice) -> list[Finding]:
        return []

    invoices = {
        "domestic": an_invoice(seller=a_seller(company), issue_date=date(2026, 9, 2)),
        "intra-EU late": intra_eu_invoice(company, date(2026, 9, 30)),
        "to a consumer": an_invoice(
            seller=a_seller(company), issue_date=date(2026, 9, 1), processing_rule=ProcessingRule.B2C
        ),
        "intra-EU": intra_eu_invoice(company, date(2026, 9, 1)),
        "other month": intra_eu_invoice(company, date(2026, 10, 1)),
        "other company": intra_eu_invoice(random_siren(), date(2026, 9, 1)),
    }
    for invoice in invoices.values():
        request = SubmitInvoice(invoice.seller.siren, random_request_id(), invoice)
        await submit_invoice(request, uow=records.invoices(), clock=FixedClock(), validate=no_findings)
    async with records.uow() as u:
        read = await u.reporting.emitted_invoices_between(company, *SEPTEMBER)
    names = {invoice.number: name for name, invoice in invoices.items()}
    assert [names[i.number] for i in read] == sorted(
        ["intra-EU late", "to a consumer", "intra-EU"],
        key=lambda n: (invoices[n].issue_date, invoices[n].number),
    )


def _received(
    company: str, name: str, issued: date, *, seller_siren: str = "", readable: bool = True
) -> ReceivedInvoice:
    """An invoice from a German seller, as reception stores it once read."""
    invoice = an_invoice(number=name, seller=german_buyer(), issue_date=issued)
    return replace(
        a_received_invoice(readable=readable),
        id=str(uuid.uuid4()),
        company_siren=company,
        platform_invoice_id=f"p-{uuid.uuid4()}",
        invoice=invoice if readable else None,
        number=name,
        seller_siren=seller_siren,
    )


async def test_a_periods_foreign_purchases_are_the_readable_invoices_of_sellers_without_a_siren(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    stored = [
        _received(company, "late", date(2026, 9, 30)),
        _received(company, "early", date(2026, 9, 1)),
        _received(company, "french seller", date(2026, 9, 2), seller_siren=random_siren()),
        _received(company, "unreadable", date(2026, 9, 2), readable=False),
        _received(company, "october", date(2026, 10, 1)),
    ]
    async with records.reception() as u:
        for invoice in stored:
            assert await u.received.add(invoice, None)
        await u.commit()
    async with records.uow() as u:
        read = await u.reporting.received_foreign_invoices_between(company, *SEPTEMBER)
        assert await u.reporting.received_foreign_invoices_between(random_siren(), *SEPTEMBER) == []
    assert [i.number for i in read] == ["early", "late"]


# The platform's statuses that end a received invoice's life without a purchase: refused by us (210), rejected
# (213), cancelled by the seller (220), inadmissible (501). Each is the invoice's current status once saved.
ENDING = {"210": "REFUSED", "213": "REJECTED", "220": "CANCELLED", "501": "IRRECEVABLE"}


async def test_a_received_invoice_refused_rejected_cancelled_or_inadmissible_is_no_foreign_purchase(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    ended = {code: _received(company, f"ended {code}", date(2026, 9, 10)) for code in ENDING}
    approved = _received(company, "approved", date(2026, 9, 11))
    async with records.reception() as u:
        for invoice in [*ended.values(), approved]:
            assert await u.received.add(invoice, None)
        await u.commit()
    moves = {
        **{inv.id: (code, ENDING[code]) for code, inv in ended.items()},
        approved.id: ("205", "APPROVED"),
    }
    async with records.reception() as u:
        for received_id, (code, label) in moves.items():
            invoice = await u.received.locked(company, received_id)
            assert invoice is not None
            invoice.platform_status(PlatformStatus(code, label, label, AT), AT)
            await u.received.save(invoice)
        await u.commit()
    async with records.uow() as u:
        read = await u.reporting.received_foreign_invoices_between(company, *SEPTEMBER)
    assert [i.number for i in read] == ["approved"]


async def test_the_archive_streams_a_companys_documents_by_date_then_hash_within_the_bounds(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    days = [date(2026, 9, 3), date(2026, 9, 1), date(2026, 9, 3), date(2026, 10, 1)]
    async with records.uow() as u:
        for n, day in enumerate(days):
            meta = ArchiveMetadata("application/json", day, filename=f"d{n}.json")
            await u.archive.put(company, ArchiveKind.DECLARATION, f"document {n}".encode(), meta)
        await u.archive.put(random_siren(), ArchiveKind.DECLARATION, b"another company's", meta)
        await u.commit()
    async with records.uow() as u:
        every = [i async for i in u.archive.iterate(company)]
        bounded = [i async for i in u.archive.iterate(company, date_from=days[1], date_to=days[0])]
        last = [i async for i in u.archive.iterate(company, date_from=days[3])]
    assert [(i.document_date, i.sha256) for i in every] == sorted((i.document_date, i.sha256) for i in every)
    assert [i.filename for i in every][-1] == "d3.json" and len(every) == 4
    assert {i.filename for i in bounded} == {"d0.json", "d1.json", "d2.json"}
    assert [(i.filename, i.content, i.size) for i in last] == [("d3.json", b"document 3", len(b"document 3"))]
    assert every[-1].content == b"document 3"


async def test_the_audit_log_reads_a_companys_chain_in_order_since_included_until_not(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    times = [datetime(2026, 9, d, 12, 0, tzinfo=UTC) for d in (1, 2, 3)]
    for n, at in enumerate(times):
        async with records.uow() as u:
            await u.audit.append(company, AuditEvent(f"test.step{n}", "test", str(n), {"n": n}), at)
            await u.commit()
    async with records.uow() as u:
        every = [e async for e in u.audit.entries(company)]
        middle = [e.action async for e in u.audit.entries(company, since=times[1], until=times[2])]
        assert [e async for e in u.audit.entries(random_siren())] == []
    assert [e.action for e in every] == ["test.step0", "test.step1", "test.step2"]
    assert [e.seq for e in every] == sorted(e.seq for e in every) and every[0].details == {"n": 0}
    assert middle == ["test.step1"]


async def test_the_entries_about_a_period_s_documents_are_those_about_their_invoices_and_declarations_since(
    records: RecordsBackend,
) -> None:
    company, other = random_siren(), random_siren()
    declaration = str(uuid.uuid4())
    september = [("F-1", None), (None, declaration), ("", None)]  # an empty id names nothing
    async with records.uow() as u:
        for n, (invoice_id, declaration_id) in enumerate(september):
            meta = ArchiveMetadata(
                "application/pdf", date(2026, 9, 10 + n), f"{n}.pdf", invoice_id, declaration_id
            )
            await u.archive.put(company, ArchiveKind.RENDERED_PDF, f"september {n}".encode(), meta)
        october = ArchiveMetadata("application/pdf", date(2026, 10, 2), "o.pdf", invoice_id="F-2")
        await u.archive.put(company, ArchiveKind.RENDERED_PDF, b"october", october)
        await u.archive.put(other, ArchiveKind.RENDERED_PDF, b"theirs", replace(october, invoice_id="F-3"))
        await u.commit()
    end, later = datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 10, 20, tzinfo=UTC)
    async with records.uow() as u:
        for subject in ("F-2", declaration, "F-1", "", "F-3"):
            await u.audit.append(company, AuditEvent("invoice.status", "invoice", subject), later)
        await u.audit.append(company, AuditEvent("invoice.status", "invoice", "F-1"), end - timedelta(days=1))
        await u.commit()

    async with records.uow(read_only=True) as u:
        about = u.audit.entries_about_documents(company, date(2026, 9, 1), date(2026, 9, 30), since=end)
        got = [(e.subject_id, e.at) async for e in about]
        from_the_first = u.audit.entries_about_documents(company, None, date(2026, 10, 31), since=end)
        every = [e.subject_id async for e in from_the_first]

    assert got == [(declaration, later), ("F-1", later)]  # in the chain's order, since the period's end
    assert every == ["F-2", declaration, "F-1"]


async def test_a_read_only_unit_of_work_refuses_a_write(records: RecordsBackend) -> None:
    company = random_siren()
    with pytest.raises((ReadOnlyWrite, ReadOnlySQLTransactionError)):
        async with records.uow(read_only=True) as u:
            await u.reporting.record_b2c(company, september_b2c("ro")[:1], AT)
            await u.commit()
    async with records.uow(read_only=True) as u:
        assert await u.reporting.b2c_between(company, *SEPTEMBER) == []


async def test_the_sale_keys_of_an_invoice_are_its_number_and_number_slash_of_its_day_only(
    records: RecordsBackend,
) -> None:
    """A B2C invoice's submission asks whether its sales were recorded by the till (service.usecases.reporting
    .sale_to_rectify): only the keys that may stand for it, not the day's every sale decoded (578,000 of them took
    113 s). An invoice number's `%` and `_` are no pattern."""
    company, other, day = random_siren(), random_siren(), date(2026, 9, 3)
    keys = ["F%1", "F%1/20", "F%1/5.5", "F%10/20", "F_1/20", "F%1x", "G-1"]
    sales = [tx(k, day, B2cCategory.TLB1, "20", "10.00", "2.00") for k in keys]
    async with records.uow() as u:
        await u.reporting.record_b2c(company, sales, AT)
        await u.reporting.record_b2c(
            company, [tx("F%1/10", date(2026, 9, 4), B2cCategory.TLB1, "20", "1", "0.2")], AT
        )
        await u.reporting.record_b2c(other, [tx("F%1/2", day, B2cCategory.TLB1, "20", "10.00", "2.00")], AT)
        await u.commit()
    async with records.uow() as u:
        assert await u.reporting.sale_keys(company, day, "F%1") == ["F%1", "F%1/20", "F%1/5.5"]
        assert await u.reporting.sale_keys(company, day, "F") == []
        assert await u.reporting.sale_keys(other, day, "F%1") == ["F%1/2"]
