"""A received Factur-X is read within the same limits as a submitted one: a bomb or a damaged PDF is a fatal
finding naming its rule (the reception reader runs in the gateway's own process)."""

from __future__ import annotations

import pytest

from adapters.documents.validation import default_validator
from adapters.reception.document_reader import read_document
from tests.support import hostile_pdfs as hostile


@pytest.mark.parametrize(
    ("make", "rule"),
    [
        (hostile.compression_bomb, "PDP-DOC-SIZE"),
        (lambda: hostile.encrypted(user_password="secret"), "PDP-PDF-ENCRYPTED"),
        (hostile.corrupted_xref_entry, "PDP-PDF-DAMAGED"),
        (lambda: b"%PDF-1.7 nothing", "PDP-PDF-DAMAGED"),
    ],
    ids=["bomb", "encrypted", "corrupted-xref", "header-only"],
)
def test_a_hostile_received_pdf_is_a_fatal_finding_naming_its_rule(make, rule: str):
    read = read_document(make(), default_validator())
    assert not read.report.valid and read.parsed is None
    assert [f.rule_id for f in read.report.fatal] == [rule]


def test_a_received_pdf_without_an_invoice_is_still_unreadable():
    read = read_document(b"<html/>", default_validator())
    assert [f.rule_id for f in read.report.fatal] == ["PDP-UNREADABLE"]
