"""Builders of realistic, valid French invoices for tests: override only what a test is about."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from domain.document_file import DocumentFile
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
    PrecedingInvoice,
    ProcessingRule,
    VatCategory,
)
from domain.reception import ReceivedInvoice, StatusPoint, current_code
from domain.totals import compute_totals

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


STATE_BUYER_SIREN = "110000007"  # the sandbox directory's state buyer (Chorus Pro, 9999; engagement required)
STATE_BUYER_SIRET = "11000000700010"


def a_state_buyer(siret: str = STATE_BUYER_SIRET) -> Party:
    """A public buyer (B2G): SIREN in BT-47, addressed by its SIRET (BT-49, scheme 0009)."""
    return Party(
        name="Ministère de l'Exemple",
        legal_registration=Identifier(siret[:9], "0002"),
        electronic_address=Identifier(siret, "0009"),
        address=Address(line1="1 rue de l'État", city="Paris", postcode="75007", country="FR"),
    )


def a_b2g_invoice(lines: int = 1, **overrides: object) -> Invoice:
    """An invoice to a state buyer: processing rule B2G, service code (BT-10), engagement number (BT-13)."""
    changes: dict[str, object] = {
        "buyer": a_state_buyer(),
        "processing_rule": ProcessingRule.B2G,
        "buyer_reference": "SERV-ACHATS",
        "purchase_order_reference": "EJ-2026-000123",
        **overrides,
    }
    return an_invoice(lines, **changes)


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


def a_received_invoice(*statuses: StatusPoint, readable: bool = True) -> ReceivedInvoice:
    """A received invoice as a repository reads it back for a move: its status history, its current status, its
    content when `readable`, no pending event."""
    return ReceivedInvoice(
        id="11111111-2222-4333-8444-555555555555",
        company_siren=BUYER_SIREN,
        platform="iopole",
        platform_invoice_id="p-1",
        document=DocumentFile("application/xml", "", "d" * 64, b""),
        received_at=datetime(2026, 11, 20, tzinfo=UTC),
        syntax="CII",
        valid=True,
        invoice=an_invoice(number="F-1") if readable else None,
        number="F-1",
        seller_siren=SELLER_SIREN,
        statuses=statuses,
        lifecycle_code=current_code(statuses),
    )


def a_corrective_of(company: str, number: str, issued: date) -> Invoice:
    """A corrective invoice (384) of 11 x 100.00 + 20 % (1320.00) of `company`'s seller naming its invoice `number`
    of `issued` (BG-3), numbered `number`-384."""
    return an_invoice(
        seller=a_seller(company),
        number=f"{number}-384",
        issue_date=issued,
        type_code=DocumentType.CORRECTIVE_INVOICE,
        preceding_invoices=(PrecedingInvoice(number, issued),),
    ).evolve(lines=(a_line("1", "11", "100.00", "20"),))


def a_readable_received(
    company: str,
    number: str,
    *,
    seller: str = SELLER_SIREN,
    names: str = "",
    total: str = "5.00",
    naming: DocumentType = DocumentType.CREDIT_NOTE,
) -> ReceivedInvoice:
    """A readable received invoice of one line of `total` at 20 %, stored under a fresh id, or a credit note (or
    another document of type `naming`) naming `names` in BG-3 (several: separated by commas)."""
    named = tuple(PrecedingInvoice(n) for n in names.split(","))
    credit = {"type_code": naming, "preceding_invoices": named}
    invoice = an_invoice(number=number, seller=a_seller(seller), **(credit if names else {}))
    return replace(
        a_received_invoice(),
        id=str(uuid.uuid4()),
        company_siren=company,
        platform_invoice_id=str(uuid.uuid4()),
        invoice=compute_totals(invoice.evolve(lines=(a_line("1", "1", total, "20"),))),
        number=number,
        seller_siren=seller,
    )
