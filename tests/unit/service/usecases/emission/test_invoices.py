import asyncio
import importlib
import sys
from dataclasses import replace
from decimal import Decimal

import pytest

from domain.document_types import DOCUMENT_KINDS
from domain.emission import ProcessingState
from domain.errors import DuplicateInvoiceNumber, InvoiceNotFound, InvoiceRejected, RequestConflict
from domain.findings import Finding, Severity
from domain.invoice import DocumentType, Invoice, ProcessingRule
from domain.ports import InvoiceFilter
from domain.totals import compute_totals
from service.usecases.emission.invoices import (
    ISSUER_RULE,
    MAX_PAGE_SIZE,
    SubmitInvoice,
    get_invoice,
    invoice_history,
    list_invoices,
    submit_invoice,
    validate_invoice_only,
)
from tests.builders import SELLER_SIREN, a_buyer, a_seller, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock
from tests.support.reporting_data import german_buyer

WARNING = Finding("BR-FR-21", Severity.WARNING, "le mode de paiement manque", "BG-16")


class RecordingValidator:
    def __init__(self, *findings: Finding) -> None:
        self.findings = list(findings)
        self.seen: list[Invoice] = []

    def __call__(self, invoice: Invoice) -> list[Finding]:
        self.seen.append(invoice)
        return list(self.findings)


async def submit(
    uow: FakeUnitOfWork, invoice: Invoice, request_id: str = "req-1", validate=None, company=None
):  # type: ignore[no-untyped-def]
    cmd = SubmitInvoice(company or SELLER_SIREN, request_id, invoice)
    return await submit_invoice(cmd, uow=uow, clock=FixedClock(), validate=validate or RecordingValidator())


async def test_a_valid_b2b_invoice_is_accepted_with_its_totals_and_queued_for_rendering() -> None:
    uow = FakeUnitOfWork()
    validator = RecordingValidator(WARNING)

    stored = await submit(uow, an_invoice(), validate=validator)

    assert uow.committed
    assert stored.state is ProcessingState.ACCEPTED
    assert stored.invoice.totals is not None and stored.invoice.totals.tax_inclusive == Decimal("12.60")
    assert validator.seen == [stored.invoice]
    assert stored.findings == (WARNING,)
    assert [m.kind for m in uow.db.outbox_for(stored.id)] == ["render_validate"]
    history = await invoice_history(SELLER_SIREN, stored.id, uow=uow)
    assert [(e.kind, e.state) for e in history] == [("SUBMITTED", ProcessingState.ACCEPTED)]


async def test_an_invoice_kept_off_the_platform_is_still_rendered() -> None:
    uow = FakeUnitOfWork()
    stored = await submit(uow, an_invoice(processing_rule=ProcessingRule.B2C))
    assert stored.state is ProcessingState.NOT_TRANSMITTED
    assert [m.kind for m in uow.db.outbox_for(stored.id)] == ["render_validate"]


async def test_declared_totals_are_validated_as_declared_not_recomputed() -> None:
    declared = compute_totals(an_invoice())
    wrong = replace(declared, totals=replace(declared.totals, tax_inclusive=Decimal("99.99")))
    validator = RecordingValidator()
    await submit(FakeUnitOfWork(), wrong, validate=validator)
    assert validator.seen[0].totals is not None and validator.seen[0].totals.tax_inclusive == Decimal("99.99")


async def test_a_fatal_finding_rejects_the_invoice_and_stores_nothing() -> None:
    uow = FakeUnitOfWork()
    fatal = Finding("BR-CO-15", Severity.FATAL, "BT-112 ≠ BT-109 + BT-110", "BG-22/BT-112")
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(uow, an_invoice(), validate=RecordingValidator(fatal, WARNING))
    assert rejected.value.findings == (fatal, WARNING)
    assert not uow.committed
    assert uow.db.invoices == {} and uow.db.outbox == {} and uow.db.events == []


async def test_a_company_cannot_submit_another_sellers_invoice() -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(uow, an_invoice(seller=a_seller("303265045")))
    assert [(f.rule_id, f.path) for f in rejected.value.findings] == [(ISSUER_RULE, "BG-4/BT-30")]
    assert uow.db.invoices == {}


def _international_sale(**buyer: object) -> Invoice:
    return an_invoice(processing_rule=ProcessingRule.B2B_INT, buyer=replace(german_buyer(), **buyer))


async def test_an_international_sale_its_e_reporting_cannot_carry_is_refused_when_submitted() -> None:
    """Kept off the platform, an international sale goes to its period's 10.1 e-reporting, whose checks are fatal
    (ER-INT-*): refused at the month's close, it would block the whole declaration, and an issued invoice cannot be
    cancelled. So those checks run when it is submitted (and validated), and nothing is written."""
    uow = FakeUnitOfWork()
    invoice = _international_sale(legal_registration=None)
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(uow, invoice)
    assert [(f.rule_id, f.path) for f in rejected.value.findings] == [
        ("ER-INT-BUYER-ID", f"international[{invoice.number}]/BG-7")
    ]
    assert uow.db.invoices == {}
    assert [f.rule_id for f in validate_invoice_only(invoice, RecordingValidator())] == ["ER-INT-BUYER-ID"]


async def test_a_sale_to_a_consumer_its_e_reporting_cannot_carry_is_refused_when_submitted() -> None:
    """A B2C invoice becomes its day's B2C sales (10.3): in another currency they need its rate to EUR, else every
    declaration of the period is refused (ER-CURRENCY). Refused at submission, naming the sale; accepted with it."""
    uow = FakeUnitOfWork()
    in_usd = an_invoice(processing_rule=ProcessingRule.B2C, currency="USD")
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(uow, in_usd)
    assert [f.rule_id for f in rejected.value.findings] == ["ER-CURRENCY"]
    assert uow.db.invoices == {}
    stored = await submit(uow, replace(in_usd, exchange_rate=Decimal("0.92")))
    assert stored.findings == ()


async def test_an_international_sale_with_what_its_e_reporting_needs_is_accepted() -> None:
    uow = FakeUnitOfWork()
    stored = await submit(uow, _international_sale())  # BT-47 of scheme 0223 (EU)
    assert stored.findings == () and list(uow.db.invoices) == [stored.id]
    domestic = an_invoice(
        buyer=replace(a_buyer(), legal_registration=None)
    )  # no 10.1 record: not checked here
    assert validate_invoice_only(domestic, RecordingValidator()) == []


async def test_a_self_billed_invoice_is_submitted_by_its_buyer() -> None:
    self_billed = an_invoice(
        type_code=DocumentType.SELF_BILLED_INVOICE, seller=a_seller("303265045"), buyer=a_buyer(SELLER_SIREN)
    )
    stored = await submit(FakeUnitOfWork(), self_billed)
    assert stored.company_siren == SELLER_SIREN
    with pytest.raises(InvoiceRejected):
        await submit(FakeUnitOfWork(), self_billed, company="303265045")


@pytest.mark.parametrize("code", sorted(DOCUMENT_KINDS))
async def test_the_issuer_of_every_type_is_the_seller_or_for_a_self_billed_type_the_buyer(code: str) -> None:
    from tests.document_types_examples import invoice_of_type

    invoice = invoice_of_type(DocumentType(code))
    issuer = invoice.buyer if DOCUMENT_KINDS[code].self_billed else invoice.seller
    other = invoice.seller if DOCUMENT_KINDS[code].self_billed else invoice.buyer
    stored = await submit(FakeUnitOfWork(), invoice, company=issuer.siren)
    assert stored.company_siren == issuer.siren
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(FakeUnitOfWork(), invoice, company=other.siren)
    assert rejected.value.findings[0].rule_id == ISSUER_RULE


@pytest.mark.parametrize("request_id", ["", " \t "])
async def test_an_empty_or_blank_request_id_is_refused(request_id: str) -> None:
    with pytest.raises(InvoiceRejected) as rejected:
        await submit(FakeUnitOfWork(), an_invoice(), request_id=request_id)
    assert rejected.value.findings[0].path == "request_id"


async def test_resubmitting_a_request_returns_the_stored_invoice_without_a_second_write() -> None:
    uow = FakeUnitOfWork()
    invoice = an_invoice()
    first = await submit(uow, invoice)
    validator = RecordingValidator()
    again = await submit(uow, replace(invoice), validate=validator)
    assert again.id == first.id
    assert validator.seen == []  # replayed from storage, not validated again
    assert len(uow.db.invoices) == 1 and len(uow.db.outbox) == 1 and len(uow.db.events) == 1


async def test_reusing_a_request_id_for_other_content_is_a_conflict() -> None:
    uow = FakeUnitOfWork()
    invoice = an_invoice()
    await submit(uow, invoice)
    with pytest.raises(RequestConflict):
        await submit(uow, replace(invoice, buyer_reference="PO-2"))
    assert len(uow.db.invoices) == 1


async def test_fifty_concurrent_submissions_of_one_request_store_one_invoice() -> None:
    uow_db = FakeUnitOfWork().db
    invoice = an_invoice()
    results = await asyncio.gather(*(submit(FakeUnitOfWork(uow_db), invoice) for _ in range(50)))
    assert len({r.id for r in results}) == 1
    assert len(uow_db.invoices) == 1 and len(uow_db.outbox) == 1


async def test_an_invoice_number_is_used_once_per_seller() -> None:
    uow = FakeUnitOfWork()
    invoice = an_invoice()
    await submit(uow, invoice, request_id="req-1")
    with pytest.raises(DuplicateInvoiceNumber):
        await submit(uow, replace(invoice, buyer_reference="other"), request_id="req-2")


async def test_a_company_never_reads_another_companys_invoice() -> None:
    uow = FakeUnitOfWork()
    stored = await submit(uow, an_invoice())
    assert (await get_invoice(SELLER_SIREN, stored.id, uow=uow)).id == stored.id
    with pytest.raises(InvoiceNotFound):
        await get_invoice("303265045", stored.id, uow=uow)
    with pytest.raises(InvoiceNotFound):
        await invoice_history("303265045", stored.id, uow=uow)
    assert (await list_invoices("303265045", InvoiceFilter(), uow=uow)).items == []


async def test_page_sizes_are_bounded() -> None:
    uow = FakeUnitOfWork()
    for i in range(MAX_PAGE_SIZE + 1):
        await submit(uow, an_invoice(), request_id=f"req-{i}")
    assert len((await list_invoices(SELLER_SIREN, InvoiceFilter(), 10_000, uow=uow)).items) == MAX_PAGE_SIZE
    page = await list_invoices(SELLER_SIREN, InvoiceFilter(), 0, uow=uow)
    assert len(page.items) == 50 and page.next_token


def test_validating_only_computes_totals_and_stores_nothing() -> None:
    validator = RecordingValidator(WARNING)
    assert validate_invoice_only(an_invoice(), validator) == [WARNING]
    assert validator.seen[0].totals is not None


def test_without_domain_rules_the_use_cases_do_not_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail closed: with no rules there is no submission nor validation at all, not one that accepts anything."""
    monkeypatch.setitem(sys.modules, "domain.rules", None)
    monkeypatch.delitem(sys.modules, "service.usecases.emission.invoices")
    with pytest.raises(ImportError, match="domain.rules"):
        importlib.import_module("service.usecases.emission.invoices")


async def test_by_default_the_domain_rules_decide() -> None:
    uow = FakeUnitOfWork()
    cmd = SubmitInvoice(SELLER_SIREN, "req-rules", an_invoice())
    stored = await submit_invoice(cmd, uow=uow, clock=FixedClock())
    assert stored.state is ProcessingState.ACCEPTED
    broken = replace(an_invoice(), currency="")
    with pytest.raises(InvoiceRejected) as rejected:
        await submit_invoice(SubmitInvoice(SELLER_SIREN, "req-broken", broken), uow=uow, clock=FixedClock())
    assert any(f.path.startswith("BT-5") or "BT-5" in f.message for f in rejected.value.findings)
