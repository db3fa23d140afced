"""ReportingService and ArchiveService messages ↔ domain values. Decimal strings only; every malformed value of a
request is reported at once (RequestRejected naming PDP-DECIMAL, PDP-DATE, PDP-ENUM or PDP-VALUE and the field)."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from domain.archive_ports import ArchivedItem
from domain.reporting.b2c import B2cCategory, B2cTransaction, TaxDueDateType
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.payments import PaymentAmount, PaymentEvent
from pdpgateway.v1 import archive_service_pb2 as apb
from pdpgateway.v1 import reporting_service_pb2 as rpb
from service.grpc.mapping import day_text, decimal_text, finding_to_proto, timestamp
from service.grpc.request_reader import RULE_ENUM, RULE_VALUE, RequestReader, enum_to_proto
from service.usecases.archive import VerificationReport
from service.usecases.reporting import DeclarationView


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
                currency=m.currency or "EUR",
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
                amounts.append(PaymentAmount(rate, amount))
        event = r.build(
            p,
            partial(
                PaymentEvent,
                key=m.key,
                day=day,  # type: ignore[arg-type]  # None only with a finding here, and then build() does not construct
                amounts=tuple(amounts),
                invoice_id=m.invoice_id or None,
                invoice_date=invoice_date,
                currency=m.currency or "EUR",
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


def optional_dates(pairs: list[tuple[str, str]]) -> list[date | None]:
    r = RequestReader()
    days = [r.date(text, path) for text, path in pairs]
    r.done()
    return days


def declaration_to_proto(v: DeclarationView) -> rpb.Declaration:
    t = v.totals
    return rpb.Declaration(
        id=v.id,
        company_siren=v.company_siren,
        regime=enum_to_proto(v.regime),
        kind=enum_to_proto(v.kind),
        period_start=day_text(v.period.start),
        period_end=day_text(v.period.end),
        deadline=day_text(v.period.deadline),
        version=v.version,
        report_type=enum_to_proto(v.report_type),
        status=enum_to_proto(v.status),
        totals=rpb.DeclarationTotals(
            b2c_taxable=decimal_text(t.b2c_taxable),
            b2c_vat=decimal_text(t.b2c_vat),
            b2c_count=t.b2c_count,
            international_sales_taxable=decimal_text(t.international_sales_taxable),
            international_sales_vat=decimal_text(t.international_sales_vat),
            international_purchases_taxable=decimal_text(t.international_purchases_taxable),
            international_purchases_vat=decimal_text(t.international_purchases_vat),
            international_count=t.international_count,
            collected=decimal_text(t.collected),
        ),
        findings=[finding_to_proto(f) for f in v.findings],
        b2c_aggregates=[
            rpb.B2cAggregate(
                day=day_text(a.key.day),
                category=enum_to_proto(a.key.category),
                vat_rate=decimal_text(a.key.vat_rate),
                currency=a.key.currency,
                tax_due_date_type=enum_to_proto(a.key.tax_due_date_type),
                taxable_total=decimal_text(a.taxable_total),
                vat_total=decimal_text(a.vat_total),
                count=a.count,
            )
            for a in v.b2c_aggregates
        ],
        international=[
            rpb.InternationalInvoice(
                invoice_id=f.invoice_id,
                issue_date=day_text(f.issue_date),
                declarant_role=f.declarant_role.value,
                counterparty_country=f.counterparty.country,
                total_without_vat=decimal_text(f.total_without_vat),
                total_vat=decimal_text(f.total_vat),
                currency=f.currency,
            )
            for f in v.international
        ],
        payment_lines=[
            rpb.PaymentLine(
                day=day_text(ln.day),
                vat_rate=decimal_text(ln.vat_rate),
                amount=decimal_text(ln.amount),
                invoice_id=ln.invoice_id or "",
                invoice_date=day_text(ln.invoice_date),
            )
            for ln in v.payment_lines
        ],
        request_count=v.request_count,
        supersedes=v.supersedes or "",
        superseded_by=v.superseded_by or "",
        submitted_on=day_text(v.submitted_on),
        platform_ref=v.platform_ref,
        rejection_reason=v.rejection_reason,
        archive_sha256=v.archive_sha256,
    )


def archived_to_proto(item: ArchivedItem) -> apb.ArchivedDocument:
    return apb.ArchivedDocument(
        sha256=item.sha256,
        kind=str(item.kind),
        media_type=item.media_type,
        filename=item.filename,
        size=item.size,
        document_date=day_text(item.document_date),
        retention_until=day_text(item.retention_until),
        archived_at=timestamp(item.created_at),
        invoice_id=item.invoice_id or "",
        declaration_id=item.declaration_id or "",
    )


def verification_to_proto(report: VerificationReport) -> apb.VerifyArchiveResponse:
    return apb.VerifyArchiveResponse(
        ok=report.ok,
        documents_checked=report.documents_checked,
        entries_checked=report.entries_checked,
        broken_documents=[
            apb.BrokenDocument(
                sha256=d.sha256, kind=d.kind, document_date=day_text(d.document_date), reason=d.reason
            )
            for d in report.broken_documents
        ],
        broken_entries=[apb.BrokenAuditEntry(seq=e.seq, reason=e.reason) for e in report.broken_entries],
        chain_head=report.chain_head,
    )
