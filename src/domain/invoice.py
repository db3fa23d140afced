"""The EN 16931 semantic model of an invoice, credit note or corrective invoice.

Each class and field names the business group (BG-) or term (BT-) it carries, so findings, renderers and
parsers speak the same language. Values are immutable; totals are computed by `domain.totals`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from domain._slots import slotted_init
from domain.document_types import DocumentType
from domain.identifiers import siren_of
from domain.money import ZERO

# BT-24 of an invoice that claims the core EN 16931 and nothing more
EN16931_SPECIFICATION = "urn:cen.eu:en16931:2017"


class ProcessingRule(str, Enum):
    """Which processing the platform applies: the BAR note (BR-FR-20/31), or B2G.

    B2G (a public buyer, reached through Chorus Pro, platform 9999) has no BAR value in the published rules
    (BR-FR-20 lists B2B, B2BINT, B2C, B2CINT, OUTOFSCOPE, ARCHIVEONLY): its documents carry no BAR note, and the
    platform is told B2G by the deposit itself (XP Z12-013 processingRule). `domain.b2g` says why."""

    B2B = "B2B"
    B2B_INT = "B2BINT"
    B2C = "B2C"
    OUT_OF_SCOPE = "OUTOFSCOPE"
    ARCHIVE_ONLY = "ARCHIVEONLY"
    B2G = "B2G"

    @property
    def bar_value(self) -> str | None:
        """The BAR note's text (BT-22), None when no published value fits (B2G)."""
        return None if self is ProcessingRule.B2G else self.value

    @property
    def is_sent_to_platform(self) -> bool:
        """Domestic e-invoices travel through the platform: B2B (flux 2) and B2G (to Chorus Pro through the PA)."""
        return self in (ProcessingRule.B2B, ProcessingRule.B2G)

    @property
    def is_e_reported(self) -> bool:
        return self in (ProcessingRule.B2B_INT, ProcessingRule.B2C)


class VatCategory(str, Enum):
    """BT-118 / BT-151 VAT category code (UNTDID 5305)."""

    STANDARD = "S"
    ZERO_RATED = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    INTRA_EU = "K"
    EXPORT = "G"
    NOT_SUBJECT = "O"
    CANARY = "L"
    CEUTA_MELILLA = "M"


class Territory(str, Enum):
    """Where the operation is taxed, which decides the VAT rates allowed."""

    MAINLAND = "mainland"
    CORSICA = "corsica"
    OVERSEAS = "overseas"  # Guadeloupe, Martinique, Réunion


@dataclass(frozen=True, slots=True)
class Identifier:
    """An identifier with its scheme (ISO 6523 ICD or EAS code), e.g. ("0225", "732829320")."""

    value: str
    scheme: str = ""


@dataclass(frozen=True, slots=True)
class Address:
    """BG-5 / BG-8 / BG-12 / BG-15 postal address."""

    line1: str = ""  # BT-35 / BT-50 / BT-75
    line2: str = ""  # BT-36 / BT-51 / BT-76
    line3: str = ""  # BT-162 / BT-163 / BT-165
    city: str = ""  # BT-37 / BT-52 / BT-77
    postcode: str = ""  # BT-38 / BT-53 / BT-78
    subdivision: str = ""  # BT-39 / BT-54 / BT-79
    country: str = ""  # BT-40 / BT-55 / BT-80 (ISO 3166-1 alpha-2)


@dataclass(frozen=True, slots=True)
class Contact:
    """BG-6 / BG-9 contact."""

    name: str = ""  # BT-41 / BT-56
    phone: str = ""  # BT-42 / BT-57
    email: str = ""  # BT-43 / BT-58


@dataclass(frozen=True, slots=True)
class Party:
    """BG-4 Seller or BG-7 Buyer.

    Seller: name BT-27, trading name BT-28, identifiers BT-29, legal registration BT-30 (SIREN, scheme 0002),
    VAT identifier BT-31, tax registration BT-32, legal form BT-33, electronic address BT-34, address BG-5,
    contact BG-6. Buyer: BT-44, BT-45, BT-46, BT-47 (SIREN), BT-48, BT-49, BG-8, BG-9.
    """

    name: str
    trading_name: str = ""
    identifiers: tuple[Identifier, ...] = ()
    legal_registration: Identifier | None = None
    vat_id: str = ""
    tax_registration_id: str = ""
    legal_form: str = ""
    electronic_address: Identifier | None = None
    address: Address = field(default_factory=Address)
    contact: Contact | None = None

    @property
    def siren(self) -> str:
        """The SIREN from the legal registration identifier (BT-30 / BT-47), if it is one."""
        reg = self.legal_registration
        return "" if reg is None else siren_of(reg.value, reg.scheme)


@dataclass(frozen=True, slots=True)
class Payee:
    """BG-10 Payee: name BT-59, identifier BT-60, legal registration BT-61."""

    name: str
    identifier: Identifier | None = None
    legal_registration: Identifier | None = None


@dataclass(frozen=True, slots=True)
class TaxRepresentative:
    """BG-11 Seller tax representative: name BT-62, VAT identifier BT-63, address BG-12."""

    name: str
    vat_id: str
    address: Address = field(default_factory=Address)


@dataclass(frozen=True, slots=True)
class Period:
    """BG-14 / BG-26 invoicing period: start BT-73 / BT-134, end BT-74 / BT-135."""

    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """BG-13 Delivery information: party name BT-70, location BT-71, date BT-72, address BG-15."""

    party_name: str = ""
    location: Identifier | None = None
    date: date | None = None
    address: Address | None = None


@dataclass(frozen=True, slots=True)
class PaymentInstructions:
    """BG-16: means code BT-81, means text BT-82, remittance information BT-83, credit transfer BG-17
    (IBAN BT-84, account name BT-85, BIC BT-86), card BG-18 (BT-87, holder BT-88), direct debit BG-19 (mandate BT-89,
    creditor BT-90, debited account BT-91)."""

    means_code: str
    means_text: str = ""
    remittance_information: str = ""
    iban: str = ""
    account_name: str = ""
    bic: str = ""
    card_last_digits: str = ""
    card_holder_name: str = ""  # BT-88
    mandate_reference: str = ""
    creditor_id: str = ""
    debited_account: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """BG-24 Additional supporting document: reference BT-122, description BT-123 (in France the attachment's type,
    BR-FR-17: LISIBLE, RIB, BON_LIVRAISON, ...), external location BT-124, and an embedded object BT-125 with its
    MIME code and filename (BT-125-1/-2). Either `content` or `uri` (or both) locate the document."""

    reference: str
    description: str = ""
    uri: str = ""
    content: bytes | None = None
    mime_code: str = ""
    filename: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """BG-1 Invoice note: subject code BT-21 (UNTDID 4451, e.g. PMT, PMD, AAB, BAR), text BT-22."""

    text: str
    subject_code: str = ""


@dataclass(frozen=True, slots=True)
class PrecedingInvoice:
    """BG-3 Preceding invoice reference: number BT-25, issue date BT-26."""

    number: str
    issue_date: date | None = None


@dataclass(frozen=True, slots=True)
class AllowanceCharge:
    """BG-20 / BG-21 document level, BG-27 / BG-28 line level.

    amount BT-92/99/136/141, base BT-93/100/137/142, percentage BT-94/101/138/143, VAT category BT-95/102
    and rate BT-96/103 (document level only), reason BT-97/104/139/144, reason code BT-98/105/140/145.
    """

    is_charge: bool
    amount: Decimal
    base_amount: Decimal | None = None
    percentage: Decimal | None = None
    vat_category: VatCategory | None = None
    vat_rate: Decimal | None = None
    reason: str = ""
    reason_code: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """BG-31 Item: name BT-153, description BT-154, seller id BT-155, buyer id BT-156, standard id BT-157,
    classifications BT-158, origin country BT-159, attributes BG-32 (BT-160 name, BT-161 value)."""

    name: str
    description: str = ""
    seller_id: str = ""
    buyer_id: str = ""
    standard_id: Identifier | None = None
    classifications: tuple[Identifier, ...] = ()
    origin_country: str = ""
    attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """BG-25 Invoice line.

    id BT-126, note BT-127, object id BT-128, quantity BT-129, unit BT-130, net amount BT-131, order line
    reference BT-132, accounting reference BT-133, period BG-26, allowances BG-27 and charges BG-28, net price
    BT-146, price discount BT-147, gross price BT-148, base quantity BT-149 (unit BT-150), VAT category BT-151,
    VAT rate BT-152, item BG-31, and the invoice it credits or corrects (EXT-FR-FE-136, its date EXT-FR-FE-138: an
    EXTENDED-CTC-FR credit note may name its invoices per line instead of in BG-3, BR-FR-CO-05). `net_amount` is None
    until computed.
    """

    id: str
    quantity: Decimal
    unit_code: str
    net_price: Decimal
    item: Item
    vat_category: VatCategory
    vat_rate: Decimal | None = None
    base_quantity: Decimal | None = None
    gross_price: Decimal | None = None
    price_discount: Decimal | None = None
    allowances_charges: tuple[AllowanceCharge, ...] = ()
    net_amount: Decimal | None = None
    note: str = ""
    object_id: Identifier | None = None
    order_line_reference: str = ""
    accounting_reference: str = ""
    period: Period | None = None
    preceding_invoice: PrecedingInvoice | None = None


@dataclass(frozen=True, slots=True)
class VatBreakdown:
    """BG-23 VAT breakdown: taxable amount BT-116, tax amount BT-117, category BT-118, rate BT-119,
    exemption reason text BT-120 and code BT-121."""

    category: VatCategory
    rate: Decimal
    taxable_amount: Decimal
    tax_amount: Decimal
    exemption_reason: str = ""
    exemption_reason_code: str = ""


@dataclass(frozen=True, slots=True)
class Totals:
    """BG-22 Document totals: BT-106 sum of line nets, BT-107 allowances, BT-108 charges, BT-109 total
    without VAT, BT-110 VAT total, BT-111 VAT total in accounting currency, BT-112 total with VAT, BT-113 paid
    amount, BT-114 rounding amount, BT-115 amount due."""

    line_total: Decimal
    allowance_total: Decimal
    charge_total: Decimal
    tax_exclusive: Decimal
    tax_total: Decimal
    tax_inclusive: Decimal
    amount_due: Decimal
    paid: Decimal = ZERO
    rounding: Decimal = ZERO
    tax_total_accounting_currency: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Invoice:
    """BG-0 an invoice, credit note or corrective invoice, as EN 16931 and the French CIUS define it.

    number BT-1, issue date BT-2, type BT-3, currency BT-5, accounting currency BT-6, VAT point date code
    BT-8 (debits option: 5 in CII / 3 in UBL = invoice date; 72 / 432 = on receipt), due date BT-9, buyer
    reference BT-10, project BT-11, contract BT-12, purchase order BT-13, sales order BT-14, receiving advice
    BT-15, despatch advice BT-16, tender BT-17, invoiced object BT-18, buyer accounting reference BT-19,
    payment terms BT-20, notes BG-1, business process BT-23 (French "cadre de facturation", e.g. S1), profile
    BT-24, preceding invoices BG-3, seller BG-4, buyer BG-7, payee BG-10, tax representative BG-11, delivery
    BG-13, invoicing period BG-14, payment instructions BG-16, allowances and charges BG-20/21, totals BG-22,
    VAT breakdown BG-23, lines BG-25.

    `processing_rule` is the BAR note; `territory` decides the VAT rates allowed. Totals and the VAT breakdown
    are None until computed (or as declared in a parsed document).
    """

    number: str
    issue_date: date
    type_code: DocumentType
    currency: str
    seller: Party
    buyer: Party
    lines: tuple[InvoiceLine, ...]
    processing_rule: ProcessingRule = ProcessingRule.B2B
    business_process: str = ""
    specification: str = EN16931_SPECIFICATION
    territory: Territory = Territory.MAINLAND
    accounting_currency: str = ""
    vat_point_date_code: str = ""
    vat_point_date: date | None = None
    due_date: date | None = None
    buyer_reference: str = ""
    project_reference: str = ""
    contract_reference: str = ""
    purchase_order_reference: str = ""
    sales_order_reference: str = ""
    receiving_advice_reference: str = ""
    despatch_advice_reference: str = ""
    tender_reference: str = ""
    invoiced_object: Identifier | None = None
    buyer_accounting_reference: str = ""
    payment_terms: str = ""
    notes: tuple[Note, ...] = ()
    preceding_invoices: tuple[PrecedingInvoice, ...] = ()
    payee: Payee | None = None
    tax_representative: TaxRepresentative | None = None
    delivery: Delivery | None = None
    period: Period | None = None
    payment_instructions: tuple[PaymentInstructions, ...] = ()
    allowances_charges: tuple[AllowanceCharge, ...] = ()
    vat_breakdown: tuple[VatBreakdown, ...] | None = None
    totals: Totals | None = None
    paid_amount: Decimal = ZERO
    rounding_amount: Decimal = ZERO
    # EUR for one unit of BT-5, given by the caller when BT-5 is not EUR. Not a business term: `compute_totals`
    # derives BT-6 = EUR and BT-111 (the VAT total in EUR, BR-FR-CO-12) from it; documents carry only those.
    exchange_rate: Decimal | None = None
    attachments: tuple[Attachment, ...] = ()  # BG-24
    # Asks the gateway to attach its readable page of the invoice as the readable copy (BG-24, BT-123 = LISIBLE) to
    # the CII or UBL it renders. Not a business term: documents carry only the attachment it becomes. A Factur-X is
    # its own readable copy, so it gets none.
    readable_copy: bool = False

    def note(self, subject_code: str) -> Note | None:
        return next((n for n in self.notes if n.subject_code == subject_code), None)

    @property
    def addressee(self) -> Party:
        """The party the document is sent to: its buyer, or the seller of a self-billed one, which its buyer issues
        in the seller's name (BR-FR-21 / BR-FR-22)."""
        return self.seller if self.type_code.kind.self_billed else self.buyer

    @property
    def allowances(self) -> tuple[AllowanceCharge, ...]:
        return tuple(ac for ac in self.allowances_charges if not ac.is_charge)

    @property
    def charges(self) -> tuple[AllowanceCharge, ...]:
        return tuple(ac for ac in self.allowances_charges if ac.is_charge)

    def evolve(self, **changes: Any) -> Invoice:
        return replace(self, **changes)


# Built from every request and again with computed totals: quicker construction (see domain._slots).
for _model in (
    Identifier,
    Address,
    Contact,
    Party,
    Payee,
    TaxRepresentative,
    Period,
    Delivery,
    PaymentInstructions,
    Note,
    PrecedingInvoice,
    AllowanceCharge,
    Item,
    InvoiceLine,
    VatBreakdown,
    Totals,
    Invoice,
):
    slotted_init(_model)
del _model
