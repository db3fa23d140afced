from collections.abc import Callable

import pytest

from adapters.documents.api import parse
from adapters.documents.checking import check_document
from adapters.documents.validation import DocumentKind, UnrecognisedDocument, detect_document
from domain.document_formats import NotAnInvoice, Profile


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("cii_invoice_fr_b2b_goods_10_lines.xml", DocumentKind("CII", "EN16931", "urn:cen.eu:en16931:2017")),
        ("ubl_invoice_fr_b2b_services.xml", DocumentKind("UBL", "EN16931", "urn:cen.eu:en16931:2017")),
        ("cdar_status_212_encaissee.xml", DocumentKind("CDAR", "CDAR", "urn.cpro.gouv.fr:1p0:CDV:invoice")),
    ],
)
def test_detects_syntax_and_profile_of_the_fixtures(
    document: Callable[[str], bytes], name: str, kind
) -> None:
    assert detect_document(document(name)) == kind


@pytest.mark.parametrize(
    ("bt24", "named", "profile"),
    [
        ("urn:cen.eu:en16931:2017", "EN16931", Profile.EN16931),
        (
            "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr",
            "EXTENDED-CTC-FR",
            Profile.EXTENDED_CTC_FR,
        ),
        ("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "EXTENDED", Profile.EXTENDED),
        ("urn:factur-x.eu:1p0:basicwl", "BASICWL", Profile.BASIC_WL),
        ("urn:factur-x.eu:1p0:minimum", "MINIMUM", None),  # named, but not a profile the gateway produces
        ("urn:something:else", "UNKNOWN", None),
        ("", "NOT-STATED", None),  # BT-24 stated by no one: said so, not taken for a profile we do not know
    ],
)
def test_profile_comes_from_bt24(
    document: Callable[[str], bytes], bt24: str, named: str, profile: Profile | None
) -> None:
    xml = document("cii_invoice_fr_b2b_services.xml").replace(
        b"<ram:ID>urn:cen.eu:en16931:2017</ram:ID>", f"<ram:ID>{bt24}</ram:ID>".encode()
    )

    assert detect_document(xml) == DocumentKind("CII", named, bt24)  # the validator's layers follow the name
    # what ValidateDocument answers, and a submitted document is stored with
    assert check_document(xml, read=False).profile is profile


def test_ubl_credit_note_is_ubl() -> None:
    xml = (
        b'<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" '
        b'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        b"<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID></CreditNote>"
    )

    assert detect_document(xml).syntax == "UBL"


@pytest.mark.parametrize("xml", [b"<html/>", b"not xml"])
def test_other_documents_are_refused(xml: bytes) -> None:
    with pytest.raises(UnrecognisedDocument):
        detect_document(xml)


@pytest.mark.parametrize("read", [parse, check_document], ids=["parse", "check"])
def test_a_cdar_message_is_refused_as_no_invoice_naming_its_rule(
    document: Callable[[str], bytes], read: Callable[[bytes], object]
) -> None:
    with pytest.raises(NotAnInvoice, match="a CDAR message, not an invoice") as refused:
        read(document("cdar_status_212_encaissee.xml"))
    assert refused.value.rule_id == "PDP-NOT-AN-INVOICE"
