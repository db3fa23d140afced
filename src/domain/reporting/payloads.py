"""Pure builders of IOPOLE e-reporting request bodies (pdp-apis.md §1.7; operator-reporting OpenAPI 3.0.1).

Amounts and rates are decimal strings ("1200.00", "5.5"), never floats. IOPOLE types most amounts and `percent`
as JSON numbers (only `collectedAmount` is a string): the HTTP adapter must write those strings as JSON number
literals (no binary float in between), e.g. with a Decimal-aware encoder.
IOPOLE does not deduplicate: one call is one submission, so each request is sent exactly once by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from domain.document_file import DocumentFile
from domain.identifiers import SIREN_SCHEME
from domain.reporting.amounts import ZERO_CENTS, money_str, rate_str
from domain.reporting.b2c import B2cAggregate, B2cTransaction, TaxDueDateType, daily_aggregates
from domain.reporting.calendar import ReportKind
from domain.reporting.declaration import Declaration
from domain.reporting.international import InternationalInvoiceFacts, PartyFacts, VatBreakdownFacts
from domain.reporting.payments import PaymentLine

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ReportingRequest:
    """One POST to send: the path (relative to the API root) and its JSON body."""

    path: str
    body: Json
    # The document the call files with the administration, as it leaves (an XP Z12-013 flux 10 report): the
    # relay archives it under its declaration once the platform has it. IOPOLE's calls carry none (the PA writes
    # flux 10).
    filed: DocumentFile | None = None


def _amount(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is not None:
        out["currency"] = currency
    return out


def _entity(siren: str) -> str:
    return f"scheme/{SIREN_SCHEME}/value/{siren}"


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def b2c_daily_bodies(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


def _b2c_category(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO_CENTS)
    vat = sum((ln.vat_total for ln in lines), ZERO_CENTS)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def b2c_bodies_from_transactions(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def _party(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


def international_body(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def _tax_detail(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def payment_bodies(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- A whole declaration ----------------------------------------------------------------------------------------
def declaration_requests(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests
