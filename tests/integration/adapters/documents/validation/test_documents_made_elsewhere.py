"""Documents made by other tools in other countries, as strangers bring them: the `factur-x` package's samples, the
FNFE-MPE Factur-X examples, OpenPeppol's BIS 3.0 examples and German XRechnung/ZUGFeRD samples
(`tests/fixtures/documents-made-elsewhere`, sources and licences in its README). Each is read with exactly the losses
pinned in `expected.json` (elements outside EN 16931) or refused with an error naming the rule; its EN 16931 verdict is
the official CEN XSLT's; the French conclusion applies only to what the reform covers, and then names the French
rules the document breaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.documents.api import detect_format, parse, render
from adapters.documents.checking import check_document
from adapters.documents.cli import main as document_cli
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.validation import OfficialValidator
from adapters.documents.xml_reader import UNMAPPED_RULE
from adapters.reception.document_reader import read_received
from domain.bounds import out_of_bounds
from domain.document_formats import DocumentError, DocumentFormat, NotCarried
from domain.findings import Severity
from domain.rules import STRICTER_THAN_OFFICIAL, validate_invoice
from service.grpc.mapping import invoice_from_proto, invoice_to_proto

ROOT = Path(__file__).resolve().parents[4] / "fixtures" / "documents-made-elsewhere"
CAS_LIMITES = ROOT.parent / "facturx-cas-limites"
EXPECTED: dict[str, dict] = json.loads((ROOT / "expected.json").read_text())  # type: ignore[type-arg]
JUDGED = sorted(name for name, expected in EXPECTED.items() if "not_an_invoice" not in expected)


def test_every_fixture_is_pinned() -> None:
    on_disk = {f"{p.parent.name}/{p.name}" for p in ROOT.glob("*/*") if p.suffix in (".xml", ".pdf")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_document_made_elsewhere_is_read_with_only_its_pinned_losses_or_refused_naming_the_rule(
    name: str,
) -> None:
    expected = EXPECTED[name]
    content = (ROOT / name).read_bytes()

    if "refused" in expected:
        with pytest.raises(DocumentError) as refused:
            parse(content)
        assert f"{refused.value.rule_id}: {refused.value}" == expected["refused"]
        return
    parsed = parse(content)
    assert parsed.invoice.type_code.value == expected["type_code"]
    lost = [
        f.location for f in parsed.unmapped if f.rule_id == UNMAPPED_RULE and f.severity is Severity.WARNING
    ]
    assert lost == expected["lost"]


@pytest.mark.parametrize("name", JUDGED)
def test_a_document_made_elsewhere_gets_the_cen_verdict_and_a_french_one_only_within_the_reform(
    name: str, validator: OfficialValidator
) -> None:
    expected = EXPECTED[name]
    content = (ROOT / name).read_bytes()

    report = check_document(content).report

    conclusions = {c.rules: {"applies": c.applies, "passed": c.passed} for c in report.conclusions}
    assert conclusions == expected["conclusions"]
    assert sorted({f"{f.layer}/{f.rule_id}" for f in report.fatal}) == expected["fatal"]
    assert report.valid is expected["valid"] and report.complete
    fr = report.conclusion("fr")
    assert fr is not None
    french_layers = {"profile", "br-fr"}
    if not fr.applies:  # a foreign invoice is not drowned in French findings
        assert "out of scope" in fr.reason
        assert not {f.layer for f in report.findings} & french_layers
    elif not fr.passed:  # the French rules it breaks are named
        assert {f.layer for f in report.fatal} & french_layers
    en = report.conclusion("en16931")
    assert en is not None
    if en.applies:  # the CEN layer says what the CEN XSLT alone says
        fmt = detect_format(content)
        xml = extract_xml(content)[0] if fmt is DocumentFormat.FACTURX else content
        syntax = "UBL" if fmt is DocumentFormat.UBL else "CII"
        alone = validator.validate(xml, syntax=syntax, profile="EN16931", french_seller=False)
        assert {f.rule_id for f in alone.fatal if f.layer == "en16931"} == {
            f.rule_id for f in report.fatal if f.layer == "en16931"
        }


def test_a_zugferd_1_document_is_not_taken_for_an_invoice_of_today() -> None:
    with pytest.raises(
        DocumentError, match="urn:ferd:CrossIndustryDocument:invoice:1p0.* neither a CII nor a UBL"
    ):
        check_document((ROOT / "factur-x" / "zugferd-basic.xml").read_bytes())


@pytest.mark.parametrize(
    ("name", "code", "french"),
    [
        ("peppol-bis/base-example.xml", 0, "French reform: not applicable (out of scope"),
        ("fnfe-mpe/Facture_FR_BASICWL.pdf", 1, "French reform: NOT valid (the seller is in France"),
    ],
)
def test_a_stranger_running_document_validate_gets_both_conclusions(
    name: str, code: int, french: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert document_cli(["document", "validate", str(ROOT / name)]) == code
    out = capsys.readouterr().out
    assert french in out
    assert "EN 16931: " in out


def test_a_profile_the_reform_does_not_know_is_refused_naming_its_bt24() -> None:
    # FNFE's 2019 credit note declares Factur-X 1.0 BASIC, which no profile table of today names
    report = check_document((ROOT / "fnfe-mpe" / "Avoir_FR_type381_BASIC.pdf").read_bytes()).report

    [refusal] = [f for f in report.fatal if f.rule_id == "PROFILE-NOT-ACCEPTED"]
    assert "'urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic'" in refusal.message
    assert "UNKNOWN" not in refusal.message


def test_a_document_stating_no_profile_is_said_to_state_none(capsys: pytest.CaptureFixture[str]) -> None:
    # facturx-cas-limites XML-004: BT-24 empty. The refusal named "Profile UNKNOWN", reception showed UNKNOWN as its
    # profile and `document parse` an empty "specification ": a reader could not tell it from a profile we do not know
    path = CAS_LIMITES / "XML-004.xml"
    content = path.read_bytes()

    report = check_document(content).report
    [refusal] = [f for f in report.fatal if f.rule_id == "PROFILE-NOT-ACCEPTED"]
    assert "no BT-24" in refusal.message and "UNKNOWN" not in refusal.message
    assert not report.valid
    assert read_received(content).profile == "NOT-STATED"
    assert document_cli(["document", "parse", str(path)]) == 0
    assert f"{path}: CII, no profile stated (no BT-24)\n" in capsys.readouterr().err


def test_an_item_name_of_1017_characters_is_read_whole() -> None:
    # facturx-cas-limites RBT-001: no schematron limits BT-153's length; a silent truncation would be a grave defect
    invoice = parse((CAS_LIMITES / "RBT-001.xml").read_bytes()).invoice

    assert len(invoice.lines[0].item.name) == 1_017
    assert out_of_bounds(invoice, read_from_document=True) == []


def test_a_document_the_official_layers_pass_but_the_gateway_cannot_read_is_not_valid(
    validator: OfficialValidator,
) -> None:
    # CEN's CII rules take a format-102 date as a string: 30 February passes them; SubmitInvoice would refuse the
    # document and reception would keep it unreadable, so ValidateDocument and `document validate` may not call it
    # valid
    made_elsewhere = (ROOT / "cen-examples" / "CII_example5.xml").read_bytes()
    tax_point = made_elsewhere.replace(
        b'<udt:DateString format="102">20130410</udt:DateString>',
        b'<udt:DateString format="102">20130230</udt:DateString>',
    )

    report = check_document(tax_point).report

    assert [c.passed for c in report.conclusions if c.applies] == [True]
    assert [(f.layer, f.rule_id) for f in report.fatal] == [("document", "PDP-UNREADABLE")]
    assert "BT-7: '20130230' is not a date" in report.fatal[0].message
    assert not report.valid


VALID = sorted(name for name, expected in EXPECTED.items() if expected.get("valid"))
# EN 16931 rules the domain applies more strictly than CEN's artefact, by design (domain/rules/en16931.py, vat.py):
# what each valid fixture gets from them when it is submitted again
# (each in domain.rules.STRICTER_THAN_OFFICIAL: warnings on a ready document). XRechnung-O.xml's 'vatex-eu-132-1a' is
# no longer refused (BR-CL-22 reads the code in any case, as CEN's artefact does).
STRICTER = {
    "cen-examples/sample-discount-price.xml": {
        "BR-53"
    },  # BT-6 = BT-5, which CII cannot hold (CEN's CII BR-53)
    "cen-examples/ubl-tc434-creditnote1.xml": {"BR-CO-25"},  # the norm's rule, left out of CEN's artefact
    "kosit-history/01.01a-INVOICE_ubl.xml": {"BR-53"},  # BT-6 = BT-5 too
}
OURS = ("BR-FR-", "PDP-", "ER-", "PAY-", "B2G-")  # the French reform's rules and the gateway's own


@pytest.mark.parametrize(
    "fmt", [DocumentFormat.CII, DocumentFormat.UBL, DocumentFormat.FACTURX], ids=lambda f: f.value
)
@pytest.mark.parametrize("name", VALID)
def test_a_valid_document_made_elsewhere_submitted_again_breaks_no_en16931_rule_in_any_syntax(
    name: str, fmt: DocumentFormat
) -> None:
    # the CLI's `document parse f > i.json` then `invoice submit i.json`: the invoice through the API's proto, the
    # domain's EN 16931 rules, then our own document of it, judged by CEN's rules. Found wanting before: BT-7 written
    # in each VAT breakdown (CII-SR-461), a charge of category O read with a rate (BR-O-07), two buyer identifiers in
    # UBL (UBL-SR-16), one payment means text per means in UBL (UBL-SR-46), an empty attachment lost on the API
    invoice = invoice_from_proto(invoice_to_proto(parse((ROOT / name).read_bytes()).invoice))
    refused = {f.rule_id for f in validate_invoice(invoice) if f.is_fatal and not f.rule_id.startswith(OURS)}
    assert refused == STRICTER.get(name, set()) and refused <= STRICTER_THAN_OFFICIAL
    if refused:
        return
    try:
        document = render(invoice, fmt)
    except NotCarried as exc:  # said, naming the term: never a document the official layers refuse
        assert exc.path and str(exc).startswith(("UBL ", "CII "))
        return
    report = check_document(document.content, french=False).report
    assert report.complete and sorted({f"{f.layer}/{f.rule_id}" for f in report.fatal}) == []
    assert parse(document.content).invoice.totals == invoice.totals
