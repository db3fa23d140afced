"""One month (January 2027) of mixed e-reporting facts for a company; expected figures are computed by hand in tests."""

from datetime import date
from decimal import Decimal as D

from domain.payments import RatePart
from domain.reporting.b2c import B2cCategory, B2cTransaction
from domain.reporting.international import (
    DeclarantRole,
    InternationalInvoiceFacts,
    PartyFacts,
    VatBreakdownFacts,
)
from domain.reporting.payments import PaymentEvent

SIREN = "732829320"
US = PartyFacts("Acme Inc", "US", None, "0227", "US-EIN-12-3456789")
DE = PartyFacts("Muster GmbH", "DE", "DE123456789", "0223", "DE123456789")
ME = PartyFacts("Ma Société SAS", "FR", "FR44732829320", "0002", SIREN)


def b2c(key, day, category, rate, base, vat, **kw) -> B2cTransaction:
    return B2cTransaction(key, day, B2cCategory(category), "EUR", D(rate), D(base), D(vat), **kw)


JANUARY_B2C = (
    b2c("t1", date(2027, 1, 3), "TLB1", "20", "100.00", "20.00"),
    b2c("t2", date(2027, 1, 3), "TLB1", "20", "50.50", "10.10"),
    b2c("t3", date(2027, 1, 3), "TPS1", "10", "80.00", "8.00"),
    b2c("t4", date(2027, 1, 12), "TLB1", "5.5", "200.00", "11.00"),
    b2c("t5", date(2027, 1, 15), "TPS1", "20", "33.33", "6.67"),
    b2c("t6", date(2027, 1, 25), "TLB1", "20", "19.99", "4.00"),
    b2c("t7", date(2027, 1, 31), "TNT1", "0", "120.00", "0.00"),
)


def international(
    invoice_id,
    day,
    role,
    seller,
    buyer,
    process="S1",
    base="1000.00",
    rate="0",
    vat="0.00",
    category="AE",
    **kw,
) -> InternationalInvoiceFacts:
    total = D(base) + D(vat)
    return InternationalInvoiceFacts(
        invoice_id=invoice_id,
        issue_date=day,
        type_code="380",
        currency=kw.pop("currency", "EUR"),
        business_process=process,
        declarant_role=role,
        seller=seller,
        buyer=buyer,
        vat_breakdown=(VatBreakdownFacts(category, D(rate), D(base), D(vat)),),
        total_without_vat=D(base),
        total_vat=D(vat),
        total_with_vat=total,
        due_date=kw.pop("due_date", date(2027, 3, 1)),
        **kw,
    )


SALE_TO_DE = international("F-2027-0042", date(2027, 1, 20), DeclarantRole.SELLER, ME, DE)
SERVICES_FROM_US = international("US-778", date(2027, 1, 28), DeclarantRole.BUYER, US, ME, base="500.00")
GOODS_FROM_US = international("US-779", date(2027, 1, 22), DeclarantRole.BUYER, US, ME, process="B1")


def pay(key, day, *amounts, invoice=None, invoice_date=None) -> PaymentEvent:
    parts = tuple(RatePart(D(rate), D(amount)) for rate, amount in amounts)
    return PaymentEvent(key, day, parts, invoice_id=invoice, invoice_date=invoice_date)


JANUARY_PAYMENTS = (
    pay("p1", date(2027, 1, 5), ("20", "120.00"), invoice="F-001", invoice_date=date(2026, 12, 15)),
    pay("p2", date(2027, 1, 5), ("20", "60.00"), ("10", "22.00")),
    pay("p3", date(2027, 1, 18), ("20", "24.00")),
    pay(
        "p4",
        date(2027, 1, 31),
        ("20", "240.00"),
        ("5.5", "105.50"),
        invoice="F-002",
        invoice_date=date(2027, 1, 2),
    ),
)
