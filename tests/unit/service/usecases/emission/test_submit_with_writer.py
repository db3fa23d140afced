"""submit_invoice with a group commit (domain.ports.GroupCommitted): new invoices go to its units of work, everything else takes the
one-by-one path and gets the same answers as without a writer."""

from dataclasses import replace
from datetime import date

import pytest

from domain.emission import OutboundInvoice, ProcessingState
from domain.errors import DuplicateInvoiceNumber, InvoiceRejected, RequestConflict
from domain.findings import Finding, Severity
from domain.invoice import Invoice, ProcessingRule
from domain.ports import UnitOfWork
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import SELLER_SIREN, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryGroupCommit

FATAL = Finding("BR-CO-15", Severity.FATAL, "BT-112 ≠ BT-109 + BT-110", "BG-22/BT-112")


def accept_all(invoice: Invoice) -> list[Finding]:
    return []


def reject_all(invoice: Invoice) -> list[Finding]:
    return [FATAL]


async def submit(
    uow: FakeUnitOfWork,
    writer: InMemoryGroupCommit | None,
    invoice: Invoice,
    request_id: str = "req-1",
    validate=accept_all,
    **kwargs,
) -> OutboundInvoice:  # type: ignore[no-untyped-def]
    cmd = SubmitInvoice(SELLER_SIREN, request_id, invoice)
    return await submit_invoice(
        cmd, uow=uow, clock=FixedClock(), validate=validate, group_commit=writer, **kwargs
    )


def setup() -> tuple[FakeUnitOfWork, InMemoryGroupCommit]:
    uow = FakeUnitOfWork()
    return uow, InMemoryGroupCommit(uow.db)


async def test_a_new_invoice_is_written_by_the_writer_with_its_event_and_outbox_row() -> None:
    uow, writer = setup()
    stored = await submit(uow, writer, an_invoice())
    assert writer.written == [stored]
    assert not uow.committed  # no unit of work of its own
    assert stored.state is ProcessingState.ACCEPTED and stored.events == []
    assert list(uow.db.invoices) == [stored.id]
    assert [m.kind for m in uow.db.outbox_for(stored.id)] == ["render_validate"]
    assert [e.event.kind for e in uow.db.events] == ["SUBMITTED"]


async def test_a_replay_is_answered_from_storage_and_writes_nothing_more() -> None:
    uow, writer = setup()
    invoice = an_invoice()
    first = await submit(uow, writer, invoice)
    again = await submit(uow, writer, replace(invoice))
    assert again.id == first.id
    assert len(writer.written) == 1
    assert len(uow.db.invoices) == 1 and len(uow.db.events) == 1 and len(uow.db.outbox) == 1


async def test_a_request_id_reused_for_other_content_is_a_conflict() -> None:
    uow, writer = setup()
    invoice = an_invoice()
    await submit(uow, writer, invoice)
    with pytest.raises(RequestConflict):
        await submit(uow, writer, replace(invoice, buyer_reference="PO-2"))
    assert len(uow.db.invoices) == 1


async def test_a_taken_invoice_number_is_refused() -> None:
    uow, writer = setup()
    invoice = an_invoice()
    await submit(uow, writer, invoice, request_id="req-1")
    with pytest.raises(DuplicateInvoiceNumber):
        await submit(uow, writer, replace(invoice, buyer_reference="other"), request_id="req-2")
    assert len(uow.db.invoices) == 1


async def test_a_rejected_invoice_is_refused_without_being_offered_to_the_writer() -> None:
    uow, writer = setup()
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(uow, writer, an_invoice(), validate=reject_all)
    assert rejected.value.findings == (FATAL,)
    assert writer.offered == [] and uow.db.invoices == {}


async def test_a_replay_of_an_invoice_the_rules_now_reject_is_still_answered_from_storage() -> None:
    uow, writer = setup()
    invoice = an_invoice()
    first = await submit(uow, writer, invoice)
    again = await submit(uow, writer, replace(invoice), validate=reject_all)  # the rules changed since
    assert again.id == first.id
    with pytest.raises(RequestConflict):  # and other content under that request id is still a conflict
        await submit(uow, writer, replace(invoice, buyer_reference="PO-2"), validate=reject_all)


async def test_when_the_batch_fails_the_invoice_is_written_alone_with_the_same_id() -> None:
    uow, writer = setup()
    writer.failing = True
    stored = await submit(uow, writer, an_invoice())
    assert [i.id for i in writer.offered] == [stored.id]
    assert uow.committed  # the one-by-one path wrote it
    assert list(uow.db.invoices) == [stored.id]
    assert len(uow.db.events) == 1 and len(uow.db.outbox) == 1


async def test_an_invoice_with_attached_writes_keeps_the_one_by_one_path() -> None:
    uow, writer = setup()
    attached: list[str] = []

    async def attach(unit: UnitOfWork, outbound: OutboundInvoice) -> None:
        attached.append(outbound.id)

    stored = await submit(uow, writer, an_invoice(), attach=attach)
    assert writer.offered == [] and attached == [stored.id] and uow.committed


@pytest.mark.parametrize("grouped", [True, False], ids=["group-commit", "own-unit-of-work"])
async def test_a_late_sale_s_submitted_event_names_the_declaration_to_rectify_looked_for_in_its_own_write(
    grouped: bool,
) -> None:
    """A sale to a consumer is written in a unit of work of its own, even beside a group commit, and the look for
    the declarations it lands in is made there, on that unit of work's declarations, once the invoice is added:
    before, it was made before the write, in another transaction, and a declaration sent meanwhile was missed."""
    uow, writer = setup()
    asked: list[tuple[object, Invoice, bool]] = []
    september = (date(2026, 9, 1), date(2026, 9, 10))

    async def to_rectify(declarations: object, invoice: Invoice) -> tuple[tuple[date, date], ...]:
        asked.append((declarations, invoice, bool(uow.invoices._new)))  # after the invoice was added
        return (september,)

    invoice = replace(an_invoice(), processing_rule=ProcessingRule.B2C)
    stored = await submit(uow, writer if grouped else None, invoice, to_rectify=to_rectify)
    # its own unit of work's, for the invoice it writes (with its computed totals), once added
    assert asked == [(uow.declarations, stored.invoice, True)]
    assert (writer.offered, uow.committed) == ([], True)
    [submitted] = [e.event for e in uow.db.events]
    assert submitted.detail == "rectify the transactions declaration of 2026-09-01/2026-09-10 (RE)"
    assert submitted.facts == {"to_rectify": ["2026-09-01/2026-09-10"]}


async def test_a_domestic_b2b_invoice_goes_to_the_group_commit_even_when_late_sales_are_looked_for() -> None:
    """The e-reporting does not carry it (the platform does): no declaration to look for, so nothing keeps it out
    of the group commit's batch."""
    uow, writer = setup()
    asked: list[Invoice] = []

    async def to_rectify(declarations: object, invoice: Invoice) -> tuple[tuple[date, date], ...]:
        asked.append(invoice)
        return ()

    stored = await submit(uow, writer, an_invoice(), to_rectify=to_rectify)
    assert (writer.written, uow.committed, asked) == ([stored], False, [])


async def test_what_the_books_say_of_it_is_listed_with_its_findings_in_the_writer_s_path_too() -> None:
    uow, writer = setup()
    warning = Finding("PAY-CREDIT-REPLACED", Severity.WARNING, "credits nothing there", "BG-3")
    asked: list[Invoice] = []

    async def books_findings(invoice: Invoice) -> tuple[Finding, ...]:
        asked.append(invoice)
        return (warning,)

    invoice = an_invoice()
    stored = await submit(uow, writer, invoice, books_findings=books_findings)
    assert writer.written == [stored] and asked == [invoice]
    assert warning in stored.findings
