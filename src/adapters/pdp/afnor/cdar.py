"""Lifecycle statuses as CDAR messages (UN/CEFACT CrossDomainAcknowledgementAndResponse D22B): XP Z12-013 carries
statuses as flows of syntax CDAR, the ones we send and the ones we receive (CustomerInvoiceLC, SupplierInvoiceLC).

What we write passes the vendored D22B XSD and the BR-FR-CDV schematron (V1.4.0) with no fatal finding (a test runs
both on every status we send). A status a party issues is a processing status (MDT-77 `23`: `305` is a platform's
transmission status, whose sender and issuer must be the platform, BR-FR-CDV-CL-02/03), issued under the party's
SIREN (MDT-38, BR-FR-CDV-07) and addressed to the other party's electronic address (MDT-73, BR-FR-CDV-08), as
XP Z12-012 Annex B's normative example of a 212 is. Whether a platform takes the deposit of a message whose sender
(MDT-21) is the party rather than itself (`WK`, as in that example) is UNVERIFIED: settle it on a PA sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Protocol

from lxml import etree

from domain.findings import Finding, Severity
from domain.money import NotADecimal, parse_decimal, round_amount
from domain.payments import RatePart
from domain.platform import PlatformStatus
from domain.platform_codes import cdar_name

RSM = "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
_NS = {"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}
GUIDELINE_ID = "urn.cpro.gouv.fr:1p0:CDV:invoice"  # MDT-3 of XP Z12-012 Annex B's examples
PROCESSING_STATUS = "23"  # MDT-77: a status a party issues (the platform's transmission statuses are 305)
DEFAULT_ADDRESS_SCHEME = "0225"
MAX_CDAR_BYTES = 5 * 1024 * 1024
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=True)


@dataclass(frozen=True, slots=True)
class CdarSubject:
    """The invoice a status is about, as a CDAR message references it."""

    invoice_number: str
    issue_date: date | None = None
    seller_siren: str = ""
    buyer_siren: str = ""
    type_code: str = "380"
    # BT-34 / BT-49 as `(scheme, value)`: where a status goes (MDT-73); unset, the SIREN's default address
    seller_address: tuple[str, str] | None = None
    buyer_address: tuple[str, str] | None = None

    def address_of(self, role: str) -> tuple[str, str]:
        """The electronic address of the party in `role` (SE or BY): the invoice's, else the directory's default
        address of its SIREN (`0225:<SIREN>`, BR-FR-21)."""
        address, siren = (
            (self.seller_address, self.seller_siren)
            if role == "SE"
            else (self.buyer_address, self.buyer_siren)
        )
        return address if address is not None else (DEFAULT_ADDRESS_SCHEME, siren)


@dataclass(frozen=True, slots=True)
class CdarStatus:
    """One status read from a CDAR message: about which invoice, said by whom (role BY buyer, SE seller, WK PA)."""

    subject: CdarSubject
    status: PlatformStatus
    issuer_role: str = ""


class StatusFields(Protocol):
    """What a CDAR message says of a status: domain.platform.OutgoingStatus for ours (checked by the lifecycle)."""

    @property
    def code(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def amount(self) -> Decimal | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def vat_rate(self) -> Decimal | None: ...
    @property
    def parts(self) -> tuple[RatePart, ...]: ...


class UnreadableCdar(ValueError):
    """Not a CDAR message we can read (the reason names what is missing)."""


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _q("ram", name), attrs)
    if text is not None:
        element.text = text
    return element


def _datetime(parent: etree._Element, name: str, at: datetime) -> None:
    holder = _sub(parent, name)
    value = etree.SubElement(holder, _q("udt", "DateTimeString"), {"format": "204"})
    value.text = at.astimezone(UTC).strftime("%Y%m%d%H%M%S")


def _party(
    parent: etree._Element, name: str, siren: str, role: str, address: tuple[str, str] | None = None
) -> None:
    party = _sub(parent, name)
    if siren:
        _sub(party, "GlobalID", siren, schemeID="0002")
    _sub(party, "RoleCode", role)
    if address is not None and address[1]:
        _sub(_sub(party, "URIUniversalCommunication"), "URIID", address[1], schemeID=address[0])


def write_status(
    subject: CdarSubject,
    status: StatusFields,
    *,
    message_id: str,
    issued_at: datetime,
    issuer_role: str,
) -> bytes:
    """A CDAR message carrying one status we send about `subject` (issuer_role BY as buyer, SE as seller)."""
    if not subject.invoice_number:
        raise ValueError("a CDAR status needs the number of the invoice it is about")
    own, other = (
        (subject.buyer_siren, subject.seller_siren)
        if issuer_role == "BY"
        else (subject.seller_siren, subject.buyer_siren)
    )
    root = etree.Element(_q("rsm", "CrossDomainAcknowledgementAndResponse"), nsmap=_NS)
    context = etree.SubElement(root, _q("rsm", "ExchangedDocumentContext"))
    _sub(_sub(context, "BusinessProcessSpecifiedDocumentContextParameter"), "ID", "REGULATED")
    _sub(_sub(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", GUIDELINE_ID)
    document = etree.SubElement(root, _q("rsm", "ExchangedDocument"))
    _sub(document, "ID", message_id)
    _datetime(document, "IssueDateTime", issued_at)
    # The sender (MDT-21) by its role alone, as in XP Z12-012 Annex B's example: the issuer names the company; a
    # sender's GlobalID other than a platform's (scheme 0238) breaks BR-FR-CDV-CL-09 on a refusal (210).
    _party(document, "SenderTradeParty", "", issuer_role)
    _party(document, "IssuerTradeParty", own, issuer_role)
    recipient = "SE" if issuer_role == "BY" else "BY"
    _party(document, "RecipientTradeParty", other, recipient, subject.address_of(recipient))
    ack = etree.SubElement(root, _q("rsm", "AcknowledgementDocument"))
    indicator = etree.SubElement(_sub(ack, "MultipleReferencesIndicator"), _q("udt", "Indicator"))
    indicator.text = "false"  # MDT-74: one invoice a message
    _sub(ack, "TypeCode", PROCESSING_STATUS)
    _datetime(ack, "IssueDateTime", issued_at)
    reference = _sub(ack, "ReferenceReferencedDocument")
    _sub(reference, "IssuerAssignedID", subject.invoice_number)
    _sub(reference, "TypeCode", subject.type_code)
    if subject.issue_date is not None:
        formatted = _sub(reference, "FormattedIssueDateTime")
        value = etree.SubElement(formatted, _q("qdt", "DateTimeString"), {"format": "102"})
        value.text = subject.issue_date.strftime("%Y%m%d")
    _sub(reference, "ProcessConditionCode", status.code)
    _sub(reference, "ProcessCondition", cdar_name(status.code))
    if subject.seller_siren:
        _party(reference, "IssuerTradeParty", subject.seller_siren, "SE")
    if status.reason or status.message or status.amount is not None:
        detail = _sub(reference, "SpecifiedDocumentStatus")
        if status.reason:
            _sub(detail, "ReasonCode", status.reason)
        if status.message:
            _sub(detail, "Reason", status.message[:1024])
        _sub(detail, "SequenceNumeric", "1")  # MDT-124-2 (BR-FR-CDV-16): the message's one status detail
        # MDG-43: one MEN block per VAT rate of a payment (BR-FR-CDV-14), or the single amount and rate.
        blocks: list[tuple[Decimal | None, Decimal]] = [(part.vat_rate, part.amount) for part in status.parts]
        if not blocks and status.amount is not None:
            blocks = [(status.vat_rate, status.amount)]
        for rate, amount in blocks:
            characteristic = _sub(detail, "SpecifiedDocumentCharacteristic")
            _sub(characteristic, "TypeCode", "MEN")
            _sub(characteristic, "ValueAmount", _amount(amount), currencyID=status.currency)
            if rate is not None:
                _sub(characteristic, "ValuePercent", _amount(rate))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def _amount(value: Decimal) -> str:
    return format(value, "f")


def _text(element: etree._Element | None, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path, _NS)
    return (found.text or "").strip() if found is not None and found.text else ""


def _parse_datetime(text: str) -> datetime | None:
    for fmt in ("%Y%m%d%H%M%S", "%Y%m%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


# What status_history's amount column holds (numeric(19, 2)): a larger amount is no payment anyone made.
_MAX_AMOUNT = Decimal(10) ** 17


def _payment_amount(reference: etree._Element) -> Decimal | None:
    """MDT-215 of a payment status: its MEN blocks' amounts (one per VAT rate, BR-FR-CDV-14) summed; None when it
    has none, or one is not a decimal or past any amount (the status is taken all the same, its amount unknown)."""
    texts = [
        _text(block, "ram:ValueAmount")
        for block in reference.iterfind(
            "ram:SpecifiedDocumentStatus/ram:SpecifiedDocumentCharacteristic", _NS
        )
        if _text(block, "ram:TypeCode") == "MEN"
    ]
    try:
        amounts = [parse_decimal(text, field="MDT-215") for text in texts]
    except NotADecimal:
        return None
    if not amounts or any(abs(a) >= _MAX_AMOUNT for a in amounts):
        return None
    paid = round_amount(sum(amounts, Decimal(0)))
    return paid if abs(paid) < _MAX_AMOUNT else None


def read_statuses(content: bytes, *, default_at: datetime) -> list[CdarStatus]:
    """Every referenced-document status of a CDAR message; the code is kept verbatim (an open set)."""
    if len(content) > MAX_CDAR_BYTES:
        raise UnreadableCdar(f"CDAR message larger than {MAX_CDAR_BYTES} bytes")
    try:
        root = etree.fromstring(content, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableCdar(f"not XML: {exc}") from None
    if root.tag != _q("rsm", "CrossDomainAcknowledgementAndResponse"):
        raise UnreadableCdar(f"root element {root.tag!r} is not a CDAR message")
    document = root.find("rsm:ExchangedDocument", _NS)
    message_id = _text(document, "ram:ID")
    issuer_role = _text(document, "ram:IssuerTradeParty/ram:RoleCode")
    at = _parse_datetime(_text(document, "ram:IssueDateTime/udt:DateTimeString")) or default_at
    out: list[CdarStatus] = []
    for index, reference in enumerate(
        root.iterfind("rsm:AcknowledgementDocument/ram:ReferenceReferencedDocument", _NS)
    ):
        number = _text(reference, "ram:IssuerAssignedID")
        code = _text(reference, "ram:ProcessConditionCode") or _text(
            reference, "ram:SpecifiedDocumentStatus/ram:ProcessConditionCode"
        )
        if not number or not code:
            raise UnreadableCdar("a referenced document without IssuerAssignedID or ProcessConditionCode")
        issued = _text(reference, "ram:FormattedIssueDateTime/qdt:DateTimeString")
        issue_dt = _parse_datetime(issued) if issued else None
        subject = CdarSubject(
            invoice_number=number,
            issue_date=issue_dt.date() if issue_dt else None,
            seller_siren=_text(reference, "ram:IssuerTradeParty/ram:GlobalID"),
            type_code=_text(reference, "ram:TypeCode") or "380",
        )
        reason = _text(reference, "ram:SpecifiedDocumentStatus/ram:ReasonCode")
        message = _text(reference, "ram:SpecifiedDocumentStatus/ram:Reason")
        findings = (
            (Finding(reason or "CDAR", Severity.FATAL, message or cdar_name(code), layer="platform"),)
            if code == "213"
            else ()
        )
        status = PlatformStatus(
            code=code,
            label=_text(reference, "ram:ProcessCondition") or cdar_name(code),
            raw_code=code,
            at=at,
            reason=reason,
            findings=findings,
            status_id=f"cdar:{message_id}:{index}" if message_id else "",
            amount=_payment_amount(reference),
        )
        out.append(CdarStatus(subject, status, issuer_role))
    if not out:
        raise UnreadableCdar("no AcknowledgementDocument/ReferenceReferencedDocument")
    return out
