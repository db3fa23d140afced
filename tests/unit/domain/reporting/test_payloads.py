import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationSeries
from domain.reporting.payloads import (
    ReportingRequest,
    b2c_bodies_from_transactions,
    declaration_requests,
    international_body,
)

from .month import JANUARY_B2C, JANUARY_PAYMENTS, SALE_TO_DE, SIREN, b2c


def _eur(amount):
    return {"amount": amount, "currency": "EUR"}


def test_b2c_daily_body_has_one_entry_per_category_with_amounts_as_strings():
    (body,) = b2c_bodies_from_transactions(JANUARY_B2C[:3])
    assert body == {
        "transactionDate": "2027-01-03",
        "transactions": [
            {
                "currency": "EUR",
                "categoryCode": "TLB1",
                "monetary": {
                    "taxCurrency": "EUR",
                    "invoiceAmount": _eur("180.60"),
                    "taxBasisTotalAmount": _eur("150.50"),
                    "taxTotalAmount": _eur("30.10"),
                },
                "taxDetails": [
                    {
                        "taxType": "VAT",
                        "percent": "20",
                        "taxableAmount": {"amount": "150.50"},
                        "taxAmount": {"amount": "30.10"},
                    }
                ],
                "taxPaymentOption": {"iopCode": "DELIVERY_DATE"},
            },
            {
                "currency": "EUR",
                "categoryCode": "TPS1",
                "monetary": {
                    "taxCurrency": "EUR",
                    "invoiceAmount": _eur("88.00"),
                    "taxBasisTotalAmount": _eur("80.00"),
                    "taxTotalAmount": _eur("8.00"),
                },
                "taxDetails": [
                    {
                        "taxType": "VAT",
                        "percent": "10",
                        "taxableAmount": {"amount": "80.00"},
                        "taxAmount": {"amount": "8.00"},
                    }
                ],
                "taxPaymentOption": {"iopCode": "DELIVERY_DATE"},
            },
        ],
    }
    json.dumps(body)  # plain JSON types only


def test_b2c_bodies_are_split_per_register_closure():
    txs = [
        b2c(
            "a",
            date(2027, 1, 3),
            "TLB1",
            "20",
            "10.00",
            "2.00",
            store_id="NICE",
            register_id="POS1",
            closure_id="Z1",
        ),
        b2c(
            "b",
            date(2027, 1, 3),
            "TLB1",
            "20",
            "5.00",
            "1.00",
            store_id="NICE",
            register_id="POS2",
            closure_id="Z7",
        ),
    ]
    bodies = b2c_bodies_from_transactions(txs)
    assert [
        (b["registerId"], b["closureId"], b["transactions"][0]["monetary"]["taxBasisTotalAmount"]["amount"])
        for b in bodies
    ] == [
        ("POS1", "Z1", "10.00"),
        ("POS2", "Z7", "5.00"),
    ]


def test_international_body_carries_parties_totals_and_breakdown():
    invoice = international_body(SALE_TO_DE)["invoice"]
    assert {k: invoice[k] for k in ("invoiceId", "invoiceDate", "invoiceDueDate", "type", "processType")} == {
        "invoiceId": "F-2027-0042",
        "invoiceDate": "2027-01-20",
        "invoiceDueDate": "2027-03-01",
        "type": "380",
        "processType": "S1",
    }
    assert invoice["monetary"]["taxBasisTotalAmount"] == _eur("1000.00")
    assert invoice["taxDetails"] == [
        {
            "taxType": "VAT",
            "categoryCode": "AE",
            "percent": "0",
            "taxableAmount": {"amount": "1000.00"},
            "taxAmount": {"amount": "0.00"},
        }
    ]
    assert invoice["buyer"] == {
        "name": "Muster GmbH",
        "postalAddress": {"country": "DE"},
        "vatNumber": "DE123456789",
        "identifier": {"type": "PARTY_LEGAL_IDENTIFIER", "scheme": "0223", "value": "DE123456789"},
    }


def test_payment_declaration_becomes_per_invoice_and_aggregated_calls():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, ReportKind.PAYMENTS, date(2027, 1, 1))
    d = series.open_initial()
    for event in JANUARY_PAYMENTS:
        d.record_payment(event)
    requests = declaration_requests(d)
    assert [r.path for r in requests] == [
        "/v1/reporting/payment/transaction/scheme/0002/value/732829320",
        "/v1/reporting/payment/invoice/scheme/0002/value/732829320",
        "/v1/reporting/payment/transaction/scheme/0002/value/732829320",
        "/v1/reporting/payment/invoice/scheme/0002/value/732829320",
    ]
    assert requests[0].body == {
        "transaction": {
            "payment": {
                "paymentDate": "2027-01-05",
                "taxDetails": [
                    {"taxRate": "10", "collectedAmount": "22.00"},
                    {"taxRate": "20", "collectedAmount": "60.00"},
                ],
            }
        }
    }
    assert requests[3].body == {
        "invoice": {
            "invoiceId": "F-002",
            "invoiceDate": "2027-01-02",
            "payment": {
                "paymentDate": "2027-01-31",
                "taxDetails": [
                    {"taxRate": "5.5", "collectedAmount": "105.50"},
                    {"taxRate": "20", "collectedAmount": "240.00"},
                ],
            },
        }
    }


def test_transaction_declaration_sends_daily_b2c_calls_then_one_call_per_invoice():
    series = DeclarationSeries.for_day(
        SIREN, VatRegime.REAL_MONTHLY, ReportKind.TRANSACTIONS, date(2027, 1, 15)
    )
    d = series.open_initial()
    for tx in JANUARY_B2C[3:5]:
        d.record_b2c(tx)
    d.record_international(SALE_TO_DE)

    def day(on: str, category: str, rate: str, base: str, vat: str, total: str) -> dict[str, object]:
        return {
            "transactionDate": on,
            "transactions": [
                {
                    "currency": "EUR",
                    "categoryCode": category,
                    "monetary": {
                        "taxCurrency": "EUR",
                        "invoiceAmount": _eur(total),
                        "taxBasisTotalAmount": _eur(base),
                        "taxTotalAmount": _eur(vat),
                    },
                    "taxDetails": [
                        {
                            "taxType": "VAT",
                            "percent": rate,
                            "taxableAmount": {"amount": base},
                            "taxAmount": {"amount": vat},
                        }
                    ],
                    "taxPaymentOption": {"iopCode": "DELIVERY_DATE"},
                }
            ],
        }

    entity = "scheme/0002/value/732829320"
    assert declaration_requests(d) == [
        ReportingRequest(
            f"/v1/reporting/transaction/{entity}",
            day("2027-01-12", "TLB1", "5.5", "200.00", "11.00", "211.00"),
        ),
        ReportingRequest(
            f"/v1/reporting/transaction/{entity}", day("2027-01-15", "TPS1", "20", "33.33", "6.67", "40.00")
        ),
        # the international body, pinned key by key in test_the_whole_international_body_exactly
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(SALE_TO_DE)),
    ]


def test_the_whole_international_body_exactly():
    """Every key the platform reads, spelt as its API spells it (a misspelt key is a field the platform drops)."""
    assert international_body(SALE_TO_DE) == {
        "invoice": {
            "invoiceId": "F-2027-0042",
            "invoiceDate": "2027-01-20",
            "invoiceDueDate": "2027-03-01",
            "type": "380",
            "processType": "S1",
            "taxPaymentOption": {"iopCode": "INVOICE_DATE"},
            "monetary": {
                "invoiceCurrency": "EUR",
                "invoiceAmount": {"amount": "1000.00", "currency": "EUR"},
                "taxBasisTotalAmount": {"amount": "1000.00", "currency": "EUR"},
                "taxTotalAmount": {"amount": "0.00", "currency": "EUR"},
            },
            "taxDetails": [
                {
                    "taxType": "VAT",
                    "categoryCode": "AE",
                    "percent": "0",
                    "taxableAmount": {"amount": "1000.00"},
                    "taxAmount": {"amount": "0.00"},
                }
            ],
            "seller": {
                "name": "Ma Société SAS",
                "postalAddress": {"country": "FR"},
                "vatNumber": "FR44732829320",
                "identifier": {"type": "PARTY_LEGAL_IDENTIFIER", "scheme": "0002", "value": "732829320"},
            },
            "buyer": {
                "name": "Muster GmbH",
                "postalAddress": {"country": "DE"},
                "vatNumber": "DE123456789",
                "identifier": {"type": "PARTY_LEGAL_IDENTIFIER", "scheme": "0223", "value": "DE123456789"},
            },
        }
    }


def test_an_invoice_in_another_currency_carries_its_vat_in_the_accounting_currency():
    sale = replace(
        SALE_TO_DE,
        currency="USD",
        vat_accounting_currency="EUR",
        total_vat_in_accounting_currency=Decimal("0.00"),
        due_date=None,
    )

    invoice = international_body(sale)["invoice"]

    assert invoice["monetary"] == {
        "invoiceCurrency": "USD",
        "invoiceAmount": {"amount": "1000.00", "currency": "USD"},
        "taxBasisTotalAmount": {"amount": "1000.00", "currency": "USD"},
        "taxTotalAmount": {"amount": "0.00", "currency": "USD"},
        "taxCurrency": "EUR",
        "taxTotalAmountAccounting": {"amount": "0.00", "currency": "EUR"},
    }
    assert "invoiceDueDate" not in invoice
