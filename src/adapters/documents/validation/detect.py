"""Which syntax and profile a document claims: root element, then BT-24 (specification identifier)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lxml import etree

from adapters.documents.cii_paths import CDAR_NS
from domain.document_formats import PROFILE_URNS

Syntax = Literal["CII", "UBL", "CDAR"]

CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDITNOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
_RAM_NS = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
_CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

_ROOTS: dict[str, Syntax] = {
    f"{{{CII_NS}}}CrossIndustryInvoice": "CII",
    f"{{{UBL_INVOICE_NS}}}Invoice": "UBL",
    f"{{{UBL_CREDITNOTE_NS}}}CreditNote": "UBL",
    f"{{{CDAR_NS}}}CrossDomainAcknowledgementAndResponse": "CDAR",
}

# BT-24 values (factur-x get_level(); XP Z12-012): the profiles the gateway renders, by the URNs it writes
# (domain.document_formats.PROFILE_URNS; EN16931 is also the Factur-X EN 16931 profile's identifier), and two
# Factur-X profiles it only meets in documents made elsewhere, named so that a refusal says which.
PROFILES_BY_BT24: dict[str, str] = {
    **{urn: profile.value for profile, urn in PROFILE_URNS.items()},
    "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic": "BASIC",
    "urn:factur-x.eu:1p0:minimum": "MINIMUM",
}
UNKNOWN_PROFILE = "UNKNOWN"  # a BT-24 the gateway has no name for (XRechnung, Peppol BIS…): shown as written
NOT_STATED_PROFILE = "NOT-STATED"  # no BT-24 at all (EN 16931's BR-01): said so, not taken for a profile


class UnrecognisedDocument(ValueError):
    """Not an XML document of a syntax the reform accepts (CII D22B, UBL 2.1 Invoice/CreditNote, CDAR D22B)."""


@dataclass(frozen=True, slots=True)
class DocumentKind:
    syntax: Syntax
    profile: str  # EN16931, EXTENDED-CTC-FR, BASICWL, EXTENDED, BASIC, MINIMUM, UNKNOWN, NOT-STATED; "CDAR" for CDAR
    specification_id: str  # BT-24 as written (MDT-3 for CDAR)


def detect_document(xml: bytes) -> DocumentKind:
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError as exc:
        raise UnrecognisedDocument(f"not well-formed XML: {exc}") from exc
    return kind_of_root(root)


def kind_of_root(root: etree._Element) -> DocumentKind:
    syntax = _ROOTS.get(root.tag)
    if syntax is None:
        raise UnrecognisedDocument(f"root element {root.tag} is not a CII, UBL or CDAR document")
    if syntax == "UBL":
        specification_id = (root.findtext(f"{{{_CBC_NS}}}CustomizationID") or "").strip()
    else:
        specification_id = (
            root.findtext(
                f"{{{_ns(root)}}}ExchangedDocumentContext/{{{_RAM_NS}}}GuidelineSpecifiedDocumentContextParameter"
                f"/{{{_RAM_NS}}}ID"
            )
            or ""
        ).strip()
    if syntax == "CDAR":
        return DocumentKind(syntax, "CDAR", specification_id)
    return DocumentKind(syntax, profile_name(specification_id), specification_id)


def profile_name(specification_id: str) -> str:
    """The profile a BT-24 value (as written) announces, UNKNOWN for any other, NOT-STATED for none."""
    if not specification_id:
        return NOT_STATED_PROFILE
    return PROFILES_BY_BT24.get(specification_id, UNKNOWN_PROFILE)


def _ns(root: etree._Element) -> str:
    return etree.QName(root).namespace or ""
