"""Builders of realistic, valid French invoices for tests: override only what a test is about."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.invoice import (
    Address,
    AllowanceCharge,
    Contact,
    DocumentType,
    Identifier,
    Invoice,
    InvoiceLine,
    Item,
    Note,
    Party,
    PaymentInstructions,
    ProcessingRule,
    VatCategory,
)

SELLER_SIREN = "732829320"  # FR44732829320
BUYER_SIREN = "552100554"  # FR96552100554
OTHER_SIREN = "303265045"  # FR40303265045

FRENCH_NOTES = (
    Note("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.", "PMT"),
    Note("Pénalités de retard : trois fois le taux d'intérêt légal.", "PMD"),
    Note("Pas d'escompte pour paiement anticipé.", "AAB"),
)


def random_number(prefix: str = "F") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12].upper()}"


def a_seller(siren: str = SELLER_SIREN, vat_key: str = "44") -> Party:
    return Party(
        name="Atelier Dupont SAS",
        legal_registration=Identifier(siren, "0002"),
        vat_id=f"FR{vat_key}{siren}",
        electronic_address=Identifier(siren, "0225"),
        address=Address(line1="12 rue de la Paix", city="Paris", postcode="75002", country="FR"),
        contact=Contact(name="Service facturation", email="factures@atelier-dupont.example"),
    )


def a_buyer(siren: str = BUYER_SIREN, vat_key: str = "96") -> Party:
    return Party(
        name="Client Industries SA",
        legal_registration=Identifier(siren, "0002"),
        vat_id=f"FR{vat_key}{siren}",
        electronic_address=Identifier(siren, "0225"),
        address=Address(line1="4 avenue Jean Jaurès", city="Lyon", postcode="69007", country="FR"),
    )


def a_line(
    line_id: str = "1",
    quantity: str = "2",
    price: str = "50.00",
    rate: str = "20",
    category: VatCategory = VatCategory.STANDARD,
    name: str = "Prestation de conseil",
) -> InvoiceLine:
    return InvoiceLine(
        id=line_id,
        quantity=Decimal(quantity),
        unit_code="C62",
        net_price=Decimal(price),
        item=Item(name=name),
        vat_category=category,
        vat_rate=Decimal(rate),
    )


def an_invoice(lines: int = 1, **overrides: object) -> Invoice:
    """A domestic B2B services invoice (BT-23 S1) that passes every domain rule once totals are computed."""
    invoice = Invoice(
        number=random_number(),
        issue_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        type_code=DocumentType.COMMERCIAL_INVOICE,
        currency="EUR",
        seller=a_seller(),
        buyer=a_buyer(),
        lines=tuple(
            a_line(str(i + 1), quantity=str(i + 1), price=f"{10 * (i + 1)}.50") for i in range(lines)
        ),
        processing_rule=ProcessingRule.B2B,
        business_process="S1",
        notes=FRENCH_NOTES,
        payment_terms="Paiement à 30 jours",
        payment_instructions=(
            PaymentInstructions(means_code="58", iban="FR7630006000011234567890189", bic="AGRIFRPP"),
        ),
    )
    return replace(invoice, **overrides)  # type: ignore[arg-type]


def a_document_allowance(
    amount: str, rate: str = "20", reason: str = "Remise commerciale"
) -> AllowanceCharge:
    return AllowanceCharge(
        is_charge=False,
        amount=Decimal(amount),
        vat_category=VatCategory.STANDARD,
        vat_rate=Decimal(rate),
        reason=reason,
        reason_code="95",
    )
