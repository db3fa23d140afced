"""A credit note naming several invoices, or a corrective invoice, is valid; its submit answer says at once what it
will do to the books (WARNING findings, domain.payments' rule ids and words)."""

from __future__ import annotations

from domain.document_types import DocumentType
from domain.findings import Severity
from domain.invoice import PrecedingInvoice
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice

ONE = PrecedingInvoice("F-2026-0001", an_invoice().issue_date)
TWO = PrecedingInvoice("F-2026-0002", an_invoice().issue_date)


def _books_findings(**overrides: object) -> list[tuple[str, Severity, str, str]]:
    invoice = compute_totals(an_invoice(**overrides))
    return [
        (f.rule_id, f.severity, f.path, f.message)
        for f in validate_invoice(invoice)
        if f.rule_id.startswith("PAY-")
    ]


def test_a_credit_note_naming_several_invoices_is_told_it_will_credit_none() -> None:
    found = _books_findings(type_code=DocumentType.CREDIT_NOTE, preceding_invoices=(ONE, TWO))
    assert found == [
        (
            "PAY-CREDIT-SEVERAL",
            Severity.WARNING,
            "BG-3",
            "it names 2 invoices in BG-3 (F-2026-0001, F-2026-0002) and does not say what each is credited: it"
            " credits none of them (unallocated); issue one credit note per invoice, or settle each with a payment"
            " split per rate",
        )
    ]


def test_a_corrective_invoice_is_told_it_replaces_the_invoice_it_names() -> None:
    found = _books_findings(type_code=DocumentType.CORRECTIVE_INVOICE, preceding_invoices=(ONE,))
    assert [(r, s, p) for r, s, p, _ in found] == [("PAY-CORRECTIVE-REPLACES", Severity.WARNING, "BG-3")]
    assert found[0][3] == (
        "it replaces invoice F-2026-0001 (XP Z12-014 UC4): once it is with its buyer, F-2026-0001, when the gateway"
        " issued it, owes nothing and what was paid on it counts here (GetInvoice's settlement); no 220 is sent for"
        " F-2026-0001"
    )


def test_an_invoice_or_a_credit_note_naming_one_invoice_gets_no_such_warning() -> None:
    assert _books_findings() == []
    assert _books_findings(type_code=DocumentType.CREDIT_NOTE, preceding_invoices=(ONE,)) == []


def test_a_consolidated_credit_note_naming_no_invoice_is_told_it_will_credit_none() -> None:
    found = _books_findings(type_code=DocumentType.CONSOLIDATED_CREDIT_NOTE, preceding_invoices=())
    assert [(r, s, p) for r, s, p, _ in found] == [("PAY-CREDIT-UNNAMED", Severity.WARNING, "BG-3")]
    assert found[0][3].startswith("it names no invoice in BG-3")
