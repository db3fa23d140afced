"""ReportingService and ArchiveService messages ↔ domain values. Decimal strings only; every malformed value of a
request is reported at once (RequestRejected naming PDP-DECIMAL, PDP-DATE, PDP-ENUM or PDP-VALUE and the field)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, TypeVar

from domain.archive_ports import ArchivedItem
from domain.money import EUR
from domain.payments import RatePart
from domain.records_ports import RecordKind
from domain.reporting.b2c import B2cAggregate, B2cCategory, B2cTransaction, TaxDueDateType
from domain.reporting.calendar import ReportKind, VatRegime, period_text
from domain.reporting.declaration import DeclarationTotals
from domain.reporting.international import InternationalInvoiceFacts
from domain.reporting.payments import PaymentEvent, PaymentLine
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import reporting_service_pb2 as rpb
from service.grpc.fields import Fields, day_text, decimal_text, timestamp
from service.grpc.mapping import finding_to_proto
from service.grpc.request_reader import RULE_ENUM, RULE_VALUE, RequestReader, enum_to_proto
from service.usecases.archive import BrokenDocument, BrokenEntry, VerificationReport
from service.usecases.reporting import DeclarationView, RecordResult

R = TypeVar("R")


def b2c_from_proto(msgs: Any) -> list[B2cTransaction]:
    r = RequestReader()
    out = []
    for i, m in enumerate(msgs):
        p = f"transactions[{i}]"
        # Any: a value is None only with a finding on this path, and then build() does not construct
        fields: dict[str, Any] = {
            "day": r.date(m.day, f"{p}.day", "", RULE_VALUE),
            "category": r.enum(B2cCategory, m.category, f"{p}.category", "", RULE_ENUM),
            "vat_rate": r.decimal(m.vat_rate, f"{p}.vat_rate", "", RULE_VALUE),
            "taxable_amount": r.decimal(m.taxable_amount, f"{p}.taxable_amount", "", RULE_VALUE),
            "vat_amount": r.decimal(m.vat_amount, f"{p}.vat_amount", "", RULE_VALUE),
            "tax_due_date_type": r.enum(
                TaxDueDateType,
                m.tax_due_date_type,
                f"{p}.tax_due_date_type",
                default=TaxDueDateType.DELIVERY_DATE,
            ),
            "eur_rate": r.decimal(m.eur_rate, f"{p}.eur_rate"),
        }
        tx = r.build(
            p,
            partial(
                B2cTransaction,
                key=m.key,
                currency=m.currency or EUR,
                store_id=m.store_id or None,
                register_id=m.register_id or None,
                closure_id=m.closure_id or None,
                **fields,
            ),
        )
        if tx is not None:
            out.append(tx)
    r.done()
    return out


def payments_from_proto(msgs: Any) -> list[PaymentEvent]:
    r = RequestReader()
    out = []
    for i, m in enumerate(msgs):
        p = f"payments[{i}]"
        day = r.date(m.day, f"{p}.day", "", RULE_VALUE)
        invoice_date = r.date(m.invoice_date, f"{p}.invoice_date")
        amounts = []
        for j, a in enumerate(m.amounts):
            rate = r.decimal(a.vat_rate, f"{p}.amounts[{j}].vat_rate", "", RULE_VALUE)
            amount = r.decimal(a.amount, f"{p}.amounts[{j}].amount", "", RULE_VALUE)
            if rate is not None and amount is not None:
                amounts.append(RatePart(rate, amount))
        event = r.build(
            p,
            partial(
                PaymentEvent,
                key=m.key,
                day=day,  # type: ignore[arg-type]  # None only with a finding here, and then build() does not construct
                amounts=tuple(amounts),
                invoice_id=m.invoice_id or None,
                invoice_date=invoice_date,
                currency=m.currency or EUR,
            ),
        )
        if event is not None:
            out.append(event)
    r.done()
    return out


def period_from_proto(m: Any) -> tuple[VatRegime, ReportKind, date]:
    r = RequestReader()
    regime = r.enum(VatRegime, m.regime, "period.regime", "", RULE_ENUM)
    kind = r.enum(ReportKind, m.kind, "period.kind", "", RULE_ENUM)
    day = r.date(m.day, "period.day", "", RULE_VALUE)
    r.done()
    assert regime is not None and kind is not None and day is not None
    return regime, kind, day


def record_kind_from_proto(number: int) -> RecordKind:
    r = RequestReader()
    kind = r.enum(RecordKind, number, "kind", "", RULE_ENUM)
    r.done()
    assert kind is not None
    return kind


def optional_dates(pairs: list[tuple[str, str]]) -> list[date | None]:
    r = RequestReader()
    days = [r.date(text, path) for text, path in pairs]
    r.done()
    return days


# --- the field tables, one per message (service.grpc.fields) -------------------------------------------------
# Optional references (None in the domain) are empty on the wire: each call writes them.

_DECLARATION = Fields(
    DeclarationView,
    rpb.Declaration,
    "id",
    "company_siren",
    "version",
    "request_count",
    "platform_ref",
    "rejection_reason",
    "archive_sha256",
    days=("submitted_on",),
    enums=("regime", "kind", "report_type", "status"),
)
_TOTALS = Fields(
    DeclarationTotals,
    rpb.DeclarationTotals,
    "b2c_count",
    "international_count",
    decimals=(
        "b2c_taxable",
        "b2c_vat",
        "international_sales_taxable",
        "international_sales_vat",
        "international_purchases_taxable",
        "international_purchases_vat",
        "collected",
    ),
)
# The aggregate's key fields are written from its key.
_B2C_AGGREGATE = Fields(B2cAggregate, rpb.B2cAggregate, "count", decimals=("taxable_total", "vat_total"))
_INTERNATIONAL = Fields(
    InternationalInvoiceFacts,
    rpb.InternationalInvoice,
    "invoice_id",
    "currency",
    decimals=("total_without_vat", "total_vat"),
    days=("issue_date",),
)
_PAYMENT_LINE = Fields(
    PaymentLine, rpb.PaymentLine, decimals=("vat_rate", "amount"), days=("day", "invoice_date")
)
# `archived_at` is the item's `created_at`; `kind` travels as its text.
_ARCHIVED = Fields(
    ArchivedItem,
    apb.ArchivedDocument,
    "sha256",
    "media_type",
    "filename",
    "size",
    days=("document_date", "retention_until"),
)
_BROKEN_DOCUMENT = Fields(
    BrokenDocument, apb.BrokenDocument, "sha256", "kind", "reason", days=("document_date",)
)
_BROKEN_ENTRY = Fields(BrokenEntry, apb.BrokenAuditEntry, "seq", "reason")


def recorded_to_proto(response: Callable[..., R], result: RecordResult) -> R:
    """The answer of RecordB2cTransactions, RecordPayments, RecordPurchases or RecordSales (`response`, their one
    shape): what the batch recorded, what it replayed, and the declarations its new records make to rectify."""
    return response(
        recorded=result.recorded,
        replayed=result.replayed,
        declarations_to_rectify=[period_text(p) for p in result.to_rectify],
    )


def declaration_to_proto(v: DeclarationView) -> rpb.Declaration:
    return _DECLARATION.to_proto(
        v,
        period_start=day_text(v.period.start),
        period_end=day_text(v.period.end),
        deadline=day_text(v.period.deadline),
        totals=_TOTALS.to_proto(v.totals),
        findings=[finding_to_proto(f) for f in v.findings],
        b2c_aggregates=[
            _B2C_AGGREGATE.to_proto(
                a,
                day=day_text(a.key.day),
                category=enum_to_proto(a.key.category),
                vat_rate=decimal_text(a.key.vat_rate),
                currency=a.key.currency,
                tax_due_date_type=enum_to_proto(a.key.tax_due_date_type),
            )
            for a in v.b2c_aggregates
        ],
        international=[
            _INTERNATIONAL.to_proto(
                f, declarant_role=f.declarant_role.value, counterparty_country=f.counterparty.country
            )
            for f in v.international
        ],
        payment_lines=[_PAYMENT_LINE.to_proto(ln, invoice_id=ln.invoice_id or "") for ln in v.payment_lines],
        supersedes=v.supersedes or "",
        superseded_by=v.superseded_by or "",
        in_force_check=finding_to_proto(v.in_force_check) if v.in_force_check is not None else None,
    )


def archived_to_proto(item: ArchivedItem) -> apb.ArchivedDocument:
    return _ARCHIVED.to_proto(
        item,
        kind=str(item.kind),
        archived_at=timestamp(item.created_at),
        invoice_id=item.invoice_id or "",
        declaration_id=item.declaration_id or "",
    )


def verification_to_proto(report: VerificationReport) -> apb.VerifyArchiveResponse:
    return apb.VerifyArchiveResponse(
        ok=report.ok,
        documents_checked=report.documents_checked,
        entries_checked=report.entries_checked,
        broken_documents=[_BROKEN_DOCUMENT.to_proto(d) for d in report.broken_documents],
        broken_entries=[_BROKEN_ENTRY.to_proto(e) for e in report.broken_entries],
        chain_head=report.chain_head,
    )
