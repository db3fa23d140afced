"""The Factur-X PDF is a PDF/A-3b a receiver accepts: checked with pikepdf, structure by structure, and with
pikepdf's PDF/A validator (built from the veraPDF rules)."""

from __future__ import annotations

import hashlib
import re
from io import BytesIO

import pikepdf
import pikepdf.pdfa
import pytest

from adapters.documents.cii_writer import render_cii
from adapters.documents.facturx_reader import XMP_RULE, parse_facturx
from adapters.documents.facturx_writer import AF_RELATIONSHIP, render_facturx
from domain.document_formats import Profile
from domain.findings import Severity
from tests.document_examples import annex_b_full, annex_b_uc5_credit_note, debits_option

PROFILES = [Profile.BASIC_WL, Profile.EN16931, Profile.EXTENDED]
FX_NS = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"


@pytest.fixture(scope="module", params=PROFILES, ids=lambda p: p.value)
def rendered(request: pytest.FixtureRequest) -> tuple[Profile, bytes]:
    return request.param, render_facturx(annex_b_full(), request.param)


def _xmp(pdf: pikepdf.Pdf) -> str:
    return pdf.Root.Metadata.read_bytes().decode("utf-8")


def test_output_intent_is_srgb_with_an_embedded_icc_profile(rendered: tuple[Profile, bytes]) -> None:
    with pikepdf.open(BytesIO(rendered[1])) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert "sRGB" in str(intent.OutputConditionIdentifier)
        icc = intent.DestOutputProfile
        assert icc.N == 3
        assert icc.read_bytes()[36:40] == b"acsp" and icc.read_bytes()[16:20] == b"RGB "


def test_every_font_is_an_embedded_truetype_never_a_base14(rendered: tuple[Profile, bytes]) -> None:
    with pikepdf.open(BytesIO(rendered[1])) as pdf:
        fonts = [font for page in pdf.pages for font in page.Resources.Font.values()]
        assert fonts
        for font in fonts:
            assert font.Subtype == pikepdf.Name.TrueType
            assert "/FontFile2" in font.FontDescriptor
            assert "Helvetica" not in str(font.BaseFont) and "Times" not in str(font.BaseFont)


def test_xmp_declares_pdfa_3b_and_the_facturx_level_of_bt24(rendered: tuple[Profile, bytes]) -> None:
    profile, content = rendered
    with pikepdf.open(BytesIO(content)) as pdf:
        xmp = _xmp(pdf)
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        assert f"<pdfaSchema:namespaceURI>{FX_NS}</pdfaSchema:namespaceURI>" in xmp
        for name in ("DocumentFileName", "DocumentType", "Version", "ConformanceLevel"):
            assert f"<pdfaProperty:name>{name}</pdfaProperty:name>" in xmp
        assert re.search(r"<fx:ConformanceLevel>([^<]+)<", xmp).group(1) == profile.facturx_level  # type: ignore[union-attr]
        assert "<fx:DocumentFileName>factur-x.xml<" in xmp
        assert re.findall(r"<rdf:Description(?![^>]*rdf:about=\"\")", xmp) == []
        assert str(pdf.docinfo.Title) in xmp and str(pdf.docinfo.Producer) in xmp


def test_the_xml_is_attached_with_the_profiles_afrelationship(rendered: tuple[Profile, bytes]) -> None:
    profile, content = rendered
    with pikepdf.open(BytesIO(content)) as pdf:
        (filespec,) = pdf.Root.AF
        assert filespec.AFRelationship == pikepdf.Name("/" + AF_RELATIONSHIP[profile])
        assert str(filespec.UF) == "factur-x.xml"
        stream = filespec.EF.F
        xml = stream.read_bytes()
        assert xml == render_cii(annex_b_full(), profile)
        assert stream.Subtype == pikepdf.Name("/text/xml")
        assert bytes(stream.Params.CheckSum) == hashlib.md5(xml).digest()
        assert int(stream.Params.Size) == len(xml)
        assert "factur-x.xml" in pdf.attachments
    assert AF_RELATIONSHIP[Profile.BASIC_WL] == "Data" and AF_RELATIONSHIP[Profile.EN16931] == "Alternative"


def test_no_encryption_no_javascript_no_actions(rendered: tuple[Profile, bytes]) -> None:
    content = rendered[1]
    with pikepdf.open(BytesIO(content)) as pdf:
        assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer
        for key in ("/OpenAction", "/AA", "/JavaScript"):
            assert key not in pdf.Root
        names = pdf.Root.get("/Names", {})
        assert "/JavaScript" not in names
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert obj.get("/S") != pikepdf.Name.JavaScript and "/JS" not in obj


def test_pikepdf_pdfa_validator_finds_nothing_but_the_facturx_extension_schema_it_cannot_read(
    rendered: tuple[Profile, bytes],
) -> None:
    """pikepdf's allowlist does not read XMP extension schemas (ISO 19005-3 §6.6.2.3), so it reports the
    Factur-X properties that the extension schema declares; anything else is a real failure."""
    report = pikepdf.pdfa.validate_written(BytesIO(rendered[1]), "3b")
    unexplained = [
        str(f)
        for f in report.findings
        if not (
            f.rule == "ISO_19005_3:6.6.2.3.1-1"
            and re.search(
                r"XMP (namespace (pdfaExtension|pdfaSchema|pdfaProperty|fx)=|property "
                r"(fx:(ConformanceLevel|DocumentFileName|DocumentType|Version)|pdfaExtension:schemas) )",
                f.message,
            )
        )
    ]
    assert unexplained == []


def test_the_readable_page_only_uses_the_embedded_fonts_even_when_it_runs_over_several_pages() -> None:
    invoice = annex_b_full()
    long = invoice.evolve(lines=tuple(invoice.lines) * 12)
    with pikepdf.open(BytesIO(render_facturx(long.evolve(totals=invoice.totals), Profile.EXTENDED))) as pdf:
        assert len(pdf.pages) > 1
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                assert "/FontFile2" in font.FontDescriptor


def test_a_rendered_facturx_reads_back_to_the_same_invoice() -> None:
    for invoice in (annex_b_full(), annex_b_uc5_credit_note(), debits_option()):
        parsed = parse_facturx(render_facturx(invoice, Profile.EN16931))
        assert parsed.invoice == invoice
        assert parsed.unmapped == ()


def test_an_xmp_level_that_contradicts_bt24_is_reported() -> None:
    content = render_facturx(annex_b_full(), Profile.EN16931)
    with pikepdf.open(BytesIO(content)) as pdf:
        xmp = pdf.Root.Metadata.read_bytes().replace(b">EN 16931<", b">EXTENDED<")
        pdf.Root.Metadata.write(xmp)
        out = BytesIO()
        pdf.save(out)

    findings = parse_facturx(out.getvalue()).unmapped

    assert [(f.rule_id, f.severity, f.path) for f in findings] == [(XMP_RULE, Severity.WARNING, "BT-24")]


def test_attached_objects_are_pdf_attachments_that_supplement_the_invoice() -> None:
    from adapters.documents.api import parse
    from domain.totals import compute_totals
    from tests.builders import an_invoice
    from tests.unit.adapters.documents.test_attachments import CSV, DELIVERY, EXTERNAL, PDF, READABLE

    invoice = compute_totals(an_invoice(attachments=(READABLE, DELIVERY, EXTERNAL)))
    content = render_facturx(invoice, Profile.EN16931)

    with pikepdf.open(BytesIO(content)) as pdf:
        names = list(pdf.Root.Names.EmbeddedFiles.Names)
        files = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}
        assert list(files) == sorted(files) == ["bl-77.csv", "factur-x.xml", "facture.pdf"]
        assert len(pdf.Root.AF) == 3
        for name, data in (("facture.pdf", PDF), ("bl-77.csv", CSV)):
            spec = files[name]
            assert spec.AFRelationship == pikepdf.Name.Supplement
            assert spec.EF.F.read_bytes() == data
        assert files["factur-x.xml"].AFRelationship == pikepdf.Name.Alternative
    assert parse(content).invoice.attachments == invoice.attachments
