"""Reception's reading contract: a received Factur-X is read within the same limits as a submitted one (a bomb or a
damaged PDF is a fatal finding naming its rule), a CDAR message is no invoice, and a supplier outside France is judged
on EN 16931 alone. Every fixture's verdict: test_received_verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.documents.checking import check_document
from adapters.documents.cii_paths import CDAR_NS
from adapters.reception.document_reader import read_received
from tests.support import hostile_pdfs as hostile

KOSIT = Path(__file__).resolve().parents[3] / "fixtures" / "kosit-xrechnung-testsuite"
XRECHNUNG = b"urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
CTC_FR = b"urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr"


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
    read = read_received(make())
    assert not read.report.valid and read.parsed is None
    assert [f.rule_id for f in read.report.fatal] == [rule]


def test_a_received_pdf_without_an_invoice_is_still_unreadable():
    read = read_received(b"<html/>")
    assert [f.rule_id for f in read.report.fatal] == ["PDP-UNREADABLE"]


def test_a_cdar_message_is_no_invoice_and_says_what_it_is():
    cdar = b'<r:CrossDomainAcknowledgementAndResponse xmlns:r="' + CDAR_NS.encode() + b'"/>'
    read = read_received(cdar)
    assert (read.profile, [f.rule_id for f in read.report.fatal]) == ("CDAR", ["PDP-NOT-AN-INVOICE"])


def test_a_foreign_supplier_is_judged_on_en16931_alone_whatever_its_document_claims():
    # a German XRechnung re-labelled with the French-only profile: the document alone would call for the French rules
    content = (KOSIT / "01.01a-INVOICE_ubl.xml").read_bytes().replace(XRECHNUNG, CTC_FR)
    assert check_document(content).report.conclusion("fr").applies
    read = read_received(content)
    fr = read.report.conclusion("fr")
    assert read.parsed is not None and fr is not None and not fr.applies


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "UTF-16"])
def test_a_received_xml_is_read_in_the_encoding_its_prolog_declares(encoding: str):
    """A webhook's document is stored as it came and read by its XML prolog (never as UTF-8 regardless): its names
    in ISO-8859-1 come out as written, and it passes the same rules as its UTF-8 self."""
    cii = (
        Path(__file__).resolve().parents[3] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
    ).read_text()
    cii = cii.replace("ATELIERS DU RHONE SAS", "Ateliers du Rhône Société Électrique", 1)
    read = read_received(cii.replace('encoding="UTF-8"', f'encoding="{encoding}"').encode(encoding))
    assert read.parsed is not None
    assert read.parsed.invoice.seller.name == "Ateliers du Rhône Société Électrique"
    assert read.report.valid == read_received(cii.encode()).report.valid
