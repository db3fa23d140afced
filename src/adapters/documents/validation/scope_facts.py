"""What a CII or UBL document says about the French reform's reach (`domain.validation_scope.FrenchFacts`), read
with a few XPaths so that the scope is decided before (and without) reading the whole invoice."""

from __future__ import annotations

from lxml import etree

from adapters.documents.validation.detect import CII_NS, PROFILES_BY_BT24, UBL_CREDITNOTE_NS, UBL_INVOICE_NS
from domain.identifiers import SIREN_SCHEME
from domain.validation_scope import FrenchFacts

_NS = {
    "rsm": CII_NS,
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
_FRENCH_PROFILES = {bt24 for bt24, name in PROFILES_BY_BT24.items() if name == "EXTENDED-CTC-FR"}
_BAR_VALUES = ("B2B", "B2BINT", "B2C", "OUTOFSCOPE", "ARCHIVEONLY")

_CII_SELLER = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty"
_CII_BUYER = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty"
_CII = {
    "country": f"{_CII_SELLER}/ram:PostalTradeAddress/ram:CountryID",
    "legal_scheme": f"{_CII_SELLER}/ram:SpecifiedLegalOrganization/ram:ID/@schemeID",
    "buyer_scheme": f"{_CII_BUYER}/ram:URIUniversalCommunication/ram:URIID/@schemeID",
    "spec": "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
}
_UBL_SELLER = "cac:AccountingSupplierParty/cac:Party"
_UBL = {
    "country": f"{_UBL_SELLER}/cac:PostalAddress/cac:Country/cbc:IdentificationCode",
    "legal_scheme": f"{_UBL_SELLER}/cac:PartyLegalEntity/cbc:CompanyID/@schemeID",
    "buyer_scheme": "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID/@schemeID",
    "spec": "cbc:CustomizationID",
}


def _first(root: etree._Element, path: str) -> str:
    found = root.xpath(path, namespaces=_NS)
    if not found:
        return ""
    value = found[0]
    return str(value if isinstance(value, str) else (value.text or "")).strip()


def _bar_note(root: etree._Element, ubl: bool) -> str:
    if ubl:
        for note in root.xpath("cbc:Note", namespaces=_NS):
            text = (note.text or "").strip()
            if text.startswith("#BAR#"):
                return text.removeprefix("#BAR#").strip()
        return ""
    for note in root.xpath("rsm:ExchangedDocument/ram:IncludedNote", namespaces=_NS):
        if _first(note, "ram:SubjectCode") == "BAR":
            return _first(note, "ram:Content")
    return ""


def french_facts(root: etree._Element) -> FrenchFacts:
    ubl = root.tag in (f"{{{UBL_INVOICE_NS}}}Invoice", f"{{{UBL_CREDITNOTE_NS}}}CreditNote")
    paths = _UBL if ubl else _CII
    bar = _bar_note(root, ubl)
    return FrenchFacts(
        seller_country=_first(root, paths["country"]).upper(),
        seller_siren=_first(root, paths["legal_scheme"]) == SIREN_SCHEME,
        bar_note=bar if bar in _BAR_VALUES else "",
        buyer_address_scheme=_first(root, paths["buyer_scheme"]),
        french_profile=_first(root, paths["spec"]) in _FRENCH_PROFILES,
    )
