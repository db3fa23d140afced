"""A month of e-reporting data with its figures computed by hand (pure: no I/O, usable by unit tests)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.invoice import Address, Identifier, Invoice, Party, ProcessingRule, VatCategory
from domain.payments import RatePart
from domain.reporting.b2c import B2cCategory, B2cTransaction
from domain.reporting.payments import PaymentEvent
from tests.builders import a_line, a_seller, an_invoice

D = Decimal


def tx(
    key: str, day: date, category: B2cCategory, rate: str, base: str, vat: str, **more: object
) -> B2cTransaction:
    return B2cTransaction(
        key=key,
        day=day,
        category=category,
        currency=str(more.pop("currency", "EUR")),
        vat_rate=D(rate),
        taxable_amount=D(base),
        vat_amount=D(vat),
        **more,
    )  # type: ignore[arg-type]


def september_b2c(prefix: str) -> list[B2cTransaction]:
    """Seven sales: 3 in the first decade, 1 in the second, 3 in the third (one in USD at 0.9 EUR)."""
    return [
        tx(f"{prefix}-1", date(2026, 9, 3), B2cCategory.TLB1, "20", "100.00", "20.00"),
        tx(f"{prefix}-2", date(2026, 9, 3), B2cCategory.TLB1, "20", "50.00", "10.00"),
        tx(f"{prefix}-3", date(2026, 9, 3), B2cCategory.TPS1, "10", "80.00", "8.00"),
        tx(f"{prefix}-4", date(2026, 9, 14), B2cCategory.TLB1, "5.5", "200.00", "11.00"),
        tx(f"{prefix}-5", date(2026, 9, 25), B2cCategory.TPS1, "20", "300.00", "60.00"),
        tx(f"{prefix}-6", date(2026, 9, 25), B2cCategory.TNT1, "0", "40.00", "0.00"),
        tx(
            f"{prefix}-7",
            date(2026, 9, 25),
            B2cCategory.TLB1,
            "20",
            "110.00",
            "22.00",
            currency="USD",
            eur_rate=D("0.9"),
        ),
    ]


# By hand: (taxable, VAT, count) of the sales above, per period.
B2C_DECADE_1 = (D("230.00"), D("38.00"), 3)  # 100 + 50 + 80 ; 20 + 10 + 8
B2C_DECADE_2 = (D("200.00"), D("11.00"), 1)
B2C_DECADE_3 = (D("439.00"), D("79.80"), 3)  # 300 + 40 + 110 x 0.9 ; 60 + 0 + 22 x 0.9
B2C_MONTH = (D("869.00"), D("128.80"), 7)
EXPORT_BASE = D("350.00")  # the intra-EU invoice: 3 x 100.00 + 2 x 25.00 at 0 % (K)


def september_payments(prefix: str) -> list[PaymentEvent]:
    return [
        PaymentEvent(f"{prefix}-p1", date(2026, 9, 10), (RatePart(D("20"), D("120.00")),)),
        PaymentEvent(
            f"{prefix}-p2",
            date(2026, 9, 20),
            (RatePart(D("10"), D("55.00")), RatePart(D("20"), D("24.00"))),
            invoice_id="F-2026-0815",
            invoice_date=date(2026, 8, 30),
        ),
    ]


PAYMENTS_MONTH = D("199.00")  # 120 + 55 + 24


def german_buyer() -> Party:
    return Party(
        name="Kunde GmbH",
        legal_registration=Identifier("HRB123456", "0223"),
        vat_id="DE123456789",
        address=Address(line1="Hauptstrasse 1", city="Berlin", postcode="10115", country="DE"),
    )


def intra_eu_invoice(company: str, day: date) -> Invoice:
    lines = (
        a_line("1", quantity="3", price="100.00", rate="0", category=VatCategory.INTRA_EU),
        a_line("2", quantity="2", price="25.00", rate="0", category=VatCategory.INTRA_EU),
    )
    return replace(
        an_invoice(
            seller=a_seller(company),
            buyer=german_buyer(),
            issue_date=day,
            processing_rule=ProcessingRule.B2B_INT,
            business_process="B1",
            due_date=date(2026, 10, 31),
        ),
        lines=lines,
    )
