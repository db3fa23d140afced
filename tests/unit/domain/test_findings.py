"""A validation report's verdicts, a finding as a refusal describes it, and the invoice's note lookup."""

from __future__ import annotations

from domain.findings import Conclusion, Finding, Severity, ValidationReport
from domain.invoice import Note
from tests.builders import an_invoice


def test_a_report_finds_the_conclusion_of_a_rule_set_by_its_name() -> None:
    en, fr = Conclusion("en16931", True, "always"), Conclusion("fr", False, "not French")
    report = ValidationReport(conclusions=(en, fr))

    assert (report.conclusion("fr"), report.conclusion("en16931"), report.conclusion("other")) == (
        fr,
        en,
        None,
    )


def test_a_report_is_valid_only_when_complete_and_without_fatal_findings() -> None:
    fatal = Finding("BR-1", Severity.FATAL, "m")
    warning = Finding("BR-2", Severity.WARNING, "m")
    assert ValidationReport((warning,)).valid
    assert not ValidationReport((warning, fatal)).valid
    assert not ValidationReport((warning,), complete=False).valid
    assert ValidationReport((warning, fatal)).fatal == (fatal,)


def test_an_invoice_finds_its_first_note_of_a_subject() -> None:
    notes = (Note("first", "PMT"), Note("other", "AAB"), Note("second", "PMT"))
    invoice = an_invoice(notes=notes)

    assert (invoice.note("PMT"), invoice.note("AAB"), invoice.note("ZZZ")) == (notes[0], notes[1], None)


def test_a_finding_is_described_by_its_rule_where_and_why() -> None:
    assert (
        Finding("BR-CO-15", Severity.FATAL, "total", "BG-22/BT-112").described
        == "BR-CO-15 BG-22/BT-112: total"
    )
    assert Finding("PDP-DOCUMENT", Severity.FATAL, "not XML").described == "PDP-DOCUMENT: not XML"
