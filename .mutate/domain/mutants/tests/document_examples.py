"""Invoice shapes for document tests, several taken from XP Z12-012 Annex B (V1.4) examples.

- `annex_b_full()`: F202500001, the example that "includes as much data as possible" (four lines, four VAT
  breakdowns S 20 / S 10 / E / K, document and line allowances and charges, payee, tax representative,
  delivery, periods, every reference).
- `annex_b_uc1()`: UC1 F202500003, a simple services invoice (BT-23 S1).
- `annex_b_uc5_credit_note()`: UC5b F202500011, the credit note cancelling UC5's invoice (BG-3).
- `reverse_charge()`, `corsica()`, `several_rates_with_allowance()`, `debits_option()`: the other shapes the
  official layers must accept.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.invoice import (
    Address,
    AllowanceCharge,
    Contact,
    Delivery,
    DocumentType,
    Identifier,
    Invoice,
    InvoiceLine,
    Item,
    Note,
    Party,
    Payee,
    PaymentInstructions,
    Period,
    PrecedingInvoice,
    TaxRepresentative,
    Territory,
    VatBreakdown,
    VatCategory,
)
from domain.totals import compute_totals
from tests.builders import FRENCH_NOTES, a_buyer, a_document_allowance, a_line, a_seller, an_invoice

D = Decimal
JANUARY_2025 = Period(date(2025, 1, 1), date(2025, 1, 31))


def _allowance(
    amount: str,
    rate: str,
    reason: str,
    code: str,
    *,
    charge: bool = False,
    category: VatCategory = VatCategory.STANDARD,
    base: str | None = None,
    percent: str | None = None,
) -> AllowanceCharge:
    return AllowanceCharge(
        is_charge=charge,
        amount=D(amount),
        base_amount=D(base) if base else None,
        percentage=D(percent) if percent else None,
        vat_category=category,
        vat_rate=D(rate),
        reason=reason,
        reason_code=code,
    )


def _annex_line(
    line_id: str,
    quantity: str,
    net: str,
    *,
    rate: str,
    item: Item,
    order: str,
    accounting: str,
    gross: str | None = None,
    base: str = "1",
    unit: str = "C62",
    category: VatCategory = VatCategory.STANDARD,
    **extra: object,
) -> InvoiceLine:
    """A line of the Annex B full example: every one is over January 2025 with its order and accounting refs."""
    return InvoiceLine(
        id=line_id,
        quantity=D(quantity),
        unit_code=unit,
        net_price=D(net),
        gross_price=D(gross or net),
        base_quantity=D(base),
        item=item,
        vat_category=category,
        vat_rate=D(rate),
        order_line_reference=order,
        accounting_reference=accounting,
        period=JANUARY_2025,
        **extra,  # type: ignore[arg-type]
    )


def annex_b_full() -> Invoice:
    seller = Party(
        name="LE VENDEUR",
        trading_name="VENDEUR NOM COMMERCIAL",
        identifiers=(
            Identifier("PRIVATE_123"),
            Identifier("587451236587", "0088"),
            Identifier("10000000900017", "0009"),
        ),
        legal_registration=Identifier("100000009", "0002"),
        vat_id="FR88100000009",
        legal_form="SARL AU CAPITAL DE 50 000 EUROS",
        electronic_address=Identifier("100000009_STATUTS", "0225"),
        address=Address(
            line1="35 rue d'ici", line2="ligne 2 vendeur", city="PARIS", postcode="75018", country="FR"
        ),
        contact=Contact(name="MME CONTACT", phone="01 02 03 54 87", email="contact@vendeur.fr"),
    )
    buyer = Party(
        name="LE CLIENT",
        trading_name="CLIENT NOM COMMERCIAL",
        identifiers=(Identifier("3654789851", "0088"),),
        legal_registration=Identifier("200000008", "0002"),
        vat_id="FR37200000008",
        electronic_address=Identifier("200000008", "0225"),
        address=Address(
            line1="MON ADRESSE LIGNE 1",
            line2="acheteur ligne 2",
            line3="acheteur ligne 3",
            city="MA VILLE",
            postcode="06000",
            country="FR",
        ),
        contact=Contact(name="Contact ACHETEUR", phone="01 01 25 45 87", email="contact@acheteur.fr"),
    )
    lines = (
        _annex_line(
            "1",
            "1",
            "60",
            rate="0",
            category=VatCategory.EXEMPT,
            order="1",
            accounting="BUY_ACC_REF",
            item=Item(name="REMBOURSEMENT", description="Description du remboursement"),
        ),
        _annex_line(
            "2",
            "30",
            "0.7",
            gross="0.8",
            rate="20",
            order="4",
            accounting="BUY_ACC_REF1",
            price_discount=D("0.1"),
            item=Item(
                name="COMPOSANT",
                description="Description de l'article",
                seller_id="ART_1254",
                buyer_id="REF5487",
                standard_id=Identifier("598785412598745", "0160"),
                classifications=(Identifier("SKU2578", "SK"),),
                origin_country="FR",
                attributes=(("CO2(g)", "12"),),
            ),
            note="DONT 0,50 EUR de DEEE",
            object_id=Identifier("TARIF_2022", "AFG"),
            allowances_charges=(
                AllowanceCharge(
                    is_charge=False,
                    amount=D("1"),
                    base_amount=D("100"),
                    percentage=D("1"),
                    reason="REMISE VOLUME",
                    reason_code="71",
                ),
                AllowanceCharge(is_charge=True, amount=D("1"), reason="FRAIS PREPARATION", reason_code="ABK"),
            ),
        ),
        _annex_line(
            "3",
            "1",
            "30",
            base="3",
            rate="10",
            order="3",
            accounting="BUY_ACC_REF2",
            item=Item(
                name="FOURNITURES MOULE",
                description="Description du moule",
                seller_id="ART_9874",
                buyer_id="REF9854",
                standard_id=Identifier("598785414325437", "0160"),
                attributes=(("COULEUR", "BLANC"), ("CO2(g)", "30")),
            ),
        ),
        _annex_line(
            "4",
            "2",
            "7",
            gross="10",
            unit="HUR",
            rate="20",
            order="2",
            accounting="BUY_ACC_REF3",
            price_discount=D("3"),
            item=Item(name="SUPPORT TEL", description="Description de la prestation de support associée"),
        ),
    )
    invoice = Invoice(
        number="F202500001",
        issue_date=date(2025, 2, 1),
        type_code=DocumentType.COMMERCIAL_INVOICE,
        currency="EUR",
        seller=seller,
        buyer=buyer,
        lines=lines,
        business_process="B1",
        vat_point_date_code="5",
        due_date=date(2025, 3, 3),
        buyer_reference="SERVEXEC",
        project_reference="PROJET_2547",
        contract_reference="CT2018120802",
        purchase_order_reference="PO201925478",
        sales_order_reference="BON VENTE REF 2547",
        receiving_advice_reference="BON_RECEPT_002",
        despatch_advice_reference="AVISLIVRAISON_007654",
        tender_reference="APPEL_OFFRE-FRE0087",
        invoiced_object=Identifier("REF_CLIENT2514", "IT"),
        buyer_accounting_reference="REF COMPTABLE ACHETEUR",
        payment_terms="PAIEMENT 30 JOURS NET",
        notes=(
            Note("VENDEUR SARL au capital de 50 000 EUR", "REG"),
            Note("RCS MAVILLE 100 000 009", "ABL"),
            Note(
                "35 ma rue a moi,75018 PARIS, FR – contact@vendeur.fr - www.levendeur.fr – N° TVA : FR88 100 000 009",
                "AAI",
            ),
            Note(
                "Tout retard de paiement engendre une pénalité exigible à compter de la date d'échéance, calculée "
                "sur la base de trois fois le taux d'intérêt légal.",
                "PMD",
            ),
            Note(
                "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : €40.", "PMT"
            ),
            Note("Les règlements reçus avant la date d'échéance ne donneront pas lieu à escompte.", "AAB"),
            Note("MEMBRE_ASSUJETTI_UNIQUE", "TXD"),
        ),
        payee=Payee(name="TIERS Bénéficiaire", legal_registration=Identifier("300000007", "0002")),
        tax_representative=TaxRepresentative(
            name="ASSUJETTI UNIQUE VENDEUR",
            vat_id="FR78500000005",
            address=Address(
                line1="75 rue labas",
                line2="Assujetti Unique ligne 2",
                city="PARIS",
                postcode="75007",
                country="FR",
            ),
        ),
        delivery=Delivery(
            party_name="NOM LIVRé",
            location=Identifier("PRIVATE_ID_DELIVERY"),
            date=date(2025, 1, 31),
            address=Address(
                line1="ADRESSE LIVRAISON LIGNE 1",
                line2="AD LIV ligne 2",
                city="NICE",
                postcode="06000",
                country="FR",
            ),
        ),
        period=JANUARY_2025,
        payment_instructions=(
            PaymentInstructions(
                means_code="30",
                means_text="Virement",
                remittance_information="F202500001_200000008",
                iban="FR2012542547256985425874698",
                account_name="MON COMPTE BANCAIRE",
                bic="BIC_MONCOMPTE",
            ),
        ),
        allowances_charges=(
            _allowance("5", "20", "REMISE COMMERCIALE_1", "95", base="100", percent="5"),
            _allowance("1", "20", "REMISE COMMERCIALE_2", "100", base="100", percent="1"),
            _allowance("1", "20", "REMISE COMMERCIALE_3", "100", base="100", percent="1"),
            _allowance("2", "10", "REMISE COMMERCIALE_4", "", base="100", percent="2"),
            _allowance("10", "20", "FRAIS DEPLACEMENT_1", "FC", charge=True, base="100", percent="10"),
            _allowance("1", "20", "AUTRE CHARGE", "ADR", charge=True, base="100", percent="1"),
            _allowance("2", "0", "FRAIS DEPLACEMENT_2", "FC", charge=True, category=VatCategory.INTRA_EU),
            _allowance("1", "10", "FRAIS DEPLACEMENT_3", "FC", charge=True),
        ),
        vat_breakdown=(
            VatBreakdown(VatCategory.EXEMPT, D("0"), D("0"), D("0"), "REMBOURSEMENT", "VATEX-EU-79-C"),
            VatBreakdown(
                VatCategory.INTRA_EU, D("0"), D("0"), D("0"), "LIVRAISON INTRACOMMUNAUTAIRE", "VATEX-EU-IC"
            ),
        ),
    )
    return compute_totals(invoice)


def _invoice(lines: tuple[InvoiceLine, ...], **overrides: object) -> Invoice:
    return replace(an_invoice(**overrides), lines=lines)


def annex_b_uc1() -> Invoice:
    return compute_totals(
        _invoice(
            number="F202500003",
            issue_date=date(2025, 7, 1),
            due_date=date(2025, 7, 31),
            lines=(a_line("1", quantity="10", price="120.00", name="Prestation de conseil (jour)"),),
            payment_terms="Paiement à 30 jours",
        )
    )


def annex_b_uc5_credit_note() -> Invoice:
    return compute_totals(
        _invoice(
            number="F202500011",
            type_code=DocumentType.CREDIT_NOTE,
            issue_date=date(2025, 7, 3),
            due_date=date(2025, 7, 3),
            lines=(a_line("1", quantity="5", price="100.00", rate="20", name="Prestation facturée à tort"),),
            preceding_invoices=(PrecedingInvoice("F202500007", date(2025, 7, 2)),),
            notes=(*FRENCH_NOTES, Note("Annule la facture F202500007 (taux de TVA erroné)", "AAI")),
        )
    )


def several_rates_with_allowance() -> Invoice:
    return compute_totals(
        _invoice(
            lines=(
                a_line("1", quantity="3", price="100.00", rate="20"),
                a_line("2", quantity="2", price="45.50", rate="10", name="Repas"),
                a_line("3", quantity="7", price="12.35", rate="5.5", name="Livres"),
                a_line("4", quantity="1", price="9.99", rate="2.1", name="Presse"),
            ),
            business_process="M1",
            allowances_charges=(
                a_document_allowance("15.00", rate="20"),
                a_document_allowance("4.55", rate="10", reason="Remise fidélité"),
            ),
        )
    )


def reverse_charge() -> Invoice:
    """Domestic reverse charge (CGI art. 283-2 sexies, construction subcontracting): category AE at 0 %."""
    return compute_totals(
        _invoice(
            lines=(
                a_line(
                    "1",
                    quantity="4",
                    price="850.00",
                    rate="0",
                    category=VatCategory.REVERSE_CHARGE,
                    name="Travaux de sous-traitance BTP",
                ),
            ),
            vat_breakdown=(
                VatBreakdown(
                    VatCategory.REVERSE_CHARGE, D("0"), D("0"), D("0"), "Autoliquidation", "VATEX-EU-AE"
                ),
            ),
        )
    )


def corsica() -> Invoice:
    return compute_totals(
        _invoice(
            territory=Territory.CORSICA,
            seller=replace(
                a_seller(),
                address=Address(line1="2 cours Napoléon", city="Ajaccio", postcode="20000", country="FR"),
            ),
            lines=(
                a_line("1", quantity="100", price="1.20", rate="13", name="Gazole"),
                a_line("2", quantity="10", price="25.00", rate="0.9", name="Droits de spectacle"),
                a_line("3", quantity="3", price="40.00", rate="2.1", name="Médicaments remboursables"),
                a_line("4", quantity="1", price="80.00", rate="10", name="Travaux d'amélioration"),
            ),
            business_process="M1",
        )
    )


def debits_option() -> Invoice:
    """Services invoice whose seller opted for VAT on debits (BT-8 = 5), delivered elsewhere than billed."""
    return compute_totals(
        an_invoice(
            vat_point_date_code="5",
            delivery=Delivery(
                party_name="Entrepôt Client",
                date=date(2026, 10, 30),
                address=Address(line1="ZI des Platanes", city="Vénissieux", postcode="69200", country="FR"),
            ),
            buyer=a_buyer(),
        )
    )


ALL_SHAPES = {
    "annex_b_full": annex_b_full,
    "annex_b_uc1": annex_b_uc1,
    "annex_b_uc5_credit_note": annex_b_uc5_credit_note,
    "several_rates_with_allowance": several_rates_with_allowance,
    "reverse_charge": reverse_charge,
    "corsica": corsica,
    "debits_option": debits_option,
}
