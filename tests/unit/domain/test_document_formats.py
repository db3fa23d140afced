"""document_formats and document_ports: the profiles each format allows, BT-24 values, and what a rendered
document carries (its SHA-256 and its profile's URN)."""

from __future__ import annotations

import hashlib
import pickle

import pytest

from domain.document_file import DocumentFile
from domain.document_formats import (
    MEDIA_TYPES,
    DocumentFormat,
    NotAnInvoice,
    NotCarried,
    Profile,
    UnsupportedProfile,
    check_profile,
    check_totals,
    document_filename,
    document_finding,
    out_of_memory,
    profile_from_urn,
    unreadable,
)
from domain.document_ports import InvoiceDocument
from domain.findings import Finding, Severity
from domain.totals import compute_totals
from tests.builders import an_invoice

CII, UBL, FACTURX = DocumentFormat.CII, DocumentFormat.UBL, DocumentFormat.FACTURX


@pytest.mark.parametrize(
    ("fmt", "profile", "allowed"),
    [
        (CII, Profile.EN16931, ""),
        (CII, Profile.EXTENDED_CTC_FR, ""),
        (CII, Profile.EXTENDED, "EN16931, EXTENDED-CTC-FR"),
        (CII, Profile.BASIC_WL, "EN16931, EXTENDED-CTC-FR"),
        (UBL, Profile.EXTENDED_CTC_FR, ""),
        (UBL, Profile.BASIC_WL, "EN16931, EXTENDED-CTC-FR"),
        (FACTURX, Profile.BASIC_WL, ""),
        (FACTURX, Profile.EXTENDED, ""),
        (FACTURX, Profile.EXTENDED_CTC_FR, "BASICWL, EN16931, EXTENDED"),
    ],
)
def test_each_format_allows_its_profiles_and_names_them_when_refusing(
    fmt: DocumentFormat, profile: Profile, allowed: str
) -> None:
    if not allowed:
        check_profile(fmt, profile)
        return
    with pytest.raises(UnsupportedProfile) as refused:
        check_profile(fmt, profile)
    assert (
        str(refused.value)
        == f"BT-24: profile {profile.value} is not allowed for {fmt.value} (allowed: {allowed})"
    )


@pytest.mark.parametrize(
    ("urn", "profile"),
    [
        ("urn:cen.eu:en16931:2017", Profile.EN16931),
        ("  urn:cen.eu:en16931:2017\n", Profile.EN16931),  # as written in a document, spaces around
        ("urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr", Profile.EXTENDED_CTC_FR),
        ("urn:factur-x.eu:1p0:basicwl", Profile.BASIC_WL),
        ("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", Profile.EXTENDED),
        ("urn:factur-x.eu:1p0:minimum", None),
        ("URN:CEN.EU:EN16931:2017", None),
        ("", None),
    ],
)
def test_a_bt_24_value_announces_the_profile_we_produce_or_none(urn: str, profile: Profile | None) -> None:
    assert profile_from_urn(urn) is profile


def test_rendering_needs_computed_totals() -> None:
    invoice = compute_totals(an_invoice())
    check_totals(invoice)
    for missing in ({"totals": None}, {"vat_breakdown": None}):
        with pytest.raises(ValueError) as refused:
            check_totals(invoice.evolve(**missing))
        assert str(refused.value) == (
            "BG-22/BG-23: compute the totals (domain.totals.compute_totals) before rendering"
        )


def test_a_rendered_document_carries_the_sha256_of_its_content_and_its_profile_urn() -> None:
    content = b"<rsm:CrossIndustryInvoice/>"
    rendered = DocumentFile.of(content, "application/xml", "F-1.xml")

    assert rendered == DocumentFile(
        "application/xml", "F-1.xml", hashlib.sha256(content).hexdigest(), content
    )
    assert InvoiceDocument.rendered(rendered, UBL, Profile.EXTENDED_CTC_FR) == InvoiceDocument(
        format=UBL,
        profile=Profile.EXTENDED_CTC_FR,
        media_type="application/xml",
        filename="F-1.xml",
        sha256=rendered.sha256,
        content=content,
        specification="urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr",
    )


@pytest.mark.parametrize(
    ("exc", "memory"),
    [
        (MemoryError(), True),
        (RuntimeError("std::bad_alloc"), True),  # qpdf's allocation failure, as pikepdf raises it
        (RuntimeError("qpdf: std::bad_alloc while inflating"), True),
        (RuntimeError("bad_alloc"), False),
        (ValueError("out of range"), False),
    ],
)
def test_a_failed_allocation_is_recognised_whatever_raised_it(exc: BaseException, memory: bool) -> None:
    assert out_of_memory(exc) is memory


def test_a_documents_file_name_keeps_only_safe_characters_of_the_number_and_names_its_syntax() -> None:
    assert document_filename("F-2026/001 é", DocumentFormat.FACTURX) == "F-2026_001__.pdf"
    assert document_filename("A+b_1.2", DocumentFormat.CII) == "A+b_1.2_cii.xml"
    assert document_filename("", DocumentFormat.UBL) == "invoice_ubl.xml"
    assert MEDIA_TYPES == {
        DocumentFormat.CII: "application/xml",
        DocumentFormat.UBL: "application/xml",
        DocumentFormat.FACTURX: "application/pdf",
    }


def test_the_gateways_own_findings_about_a_document_are_in_the_one_document_layer() -> None:
    assert document_finding("PDP-UNMAPPED", Severity.WARNING, "not read: X", "BT-1", "/a/b") == Finding(
        "PDP-UNMAPPED", Severity.WARNING, "not read: X", "BT-1", location="/a/b", layer="document"
    )
    assert document_finding("R", Severity.FATAL, "m") == Finding(
        "R", Severity.FATAL, "m", "", layer="document"
    )
    assert unreadable("BT-2 is no date") == Finding(
        "PDP-UNREADABLE",
        Severity.FATAL,
        "the invoice could not be read: BT-2 is no date",
        "",
        layer="document",
    )


def test_a_refusal_of_what_a_syntax_cannot_carry_names_its_term_and_crosses_a_process_whole() -> None:
    refusal = NotCarried("CII carries one BT-83", "BG-16/BT-83")
    back = pickle.loads(pickle.dumps(refusal))
    assert (type(back), str(back), back.path, back.rule_id) == (
        NotCarried,
        "CII carries one BT-83",
        "BG-16/BT-83",
        "PDP-NOT-CARRIED",
    )


def test_a_cdar_message_is_not_an_invoice_and_says_so() -> None:
    assert str(NotAnInvoice()) == "a CDAR message, not an invoice"
    assert str(NotAnInvoice("a 212 status")) == "a 212 status"
    assert (NotAnInvoice.rule_id, NotAnInvoice.profile) == ("PDP-NOT-AN-INVOICE", "CDAR")
