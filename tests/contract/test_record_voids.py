"""Rows recorded before today's checks (as an older release recorded them: straight through the port) refuse their
period's declaration; the refusal names each by its key with the command that voids it, and the void repairs the
period: in memory and on PostgreSQL alike (service.usecases.reporting_voids)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from domain.emission import OutboundInvoice
from domain.invoice import Invoice, ProcessingRule
from domain.payments import RatePart
from domain.records_ports import RecordKind
from domain.reporting.b2c import B2cCategory
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.declaration import DeclarationInvalid
from domain.reporting.international import DeclarantRole
from domain.reporting.invoice_facts import international_facts
from domain.reporting.payments import PaymentEvent, invoice_payment_key
from domain.totals import compute_totals
from service.usecases.reporting import (
    InvalidReportingRequest,
    preview_declaration,
    record_b2c_transactions,
    record_payments,
    record_purchases,
    record_sales,
    submit_declaration,
)
from service.usecases.reporting_voids import (
    IssuedSaleDeclarable,
    RecordDeclared,
    RecordNotFound,
    RecordNotVoidable,
    RecordVoidedAlready,
    void_record,
)
from tests.builders import a_line, a_seller, an_invoice
from tests.contract.conftest import RecordsBackend
from tests.contract.test_records_use_cases import deps, purchase, supplier
from tests.random_refs import random_request_id, random_siren
from tests.support.reporting_data import D, intra_eu_invoice, tx

T, P = ReportKind.TRANSACTIONS, ReportKind.PAYMENTS
MONTHLY = VatRegime.REAL_MONTHLY
DAY = date(2026, 9, 15)
AT = datetime(2026, 9, 15, 18, 0, tzinfo=UTC)


async def test_a_row_an_older_release_recorded_is_named_with_its_void_which_repairs_the_period(
    records: RecordsBackend,
) -> None:
    """A sale whose VAT does not match its base, a purchase without its seller's identifier and a refund its day
    does not cover, recorded before today's checks: the period's declaration names each by its key, rule and the
    void command (not only the day's aggregate), preview and submit alike. Voided (the reason and the row kept in
    the audit log), the corrected rows record and the declarations go."""
    company = random_siren()
    bad_sale = tx(f"{company}-v", DAY, B2cCategory.TLB1, "20", "10.00", "100.00")
    fine_sale = tx(f"{company}-ok", DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
    refund = PaymentEvent(f"{company}-refund", DAY, (RatePart(D("20"), D("-10.00")),))
    no_seller_id = purchase(
        company, "GB-1", replace(supplier("GB", "GB1"), legal_registration=None), "10.00", day=15
    )
    bought = international_facts(no_seller_id, DeclarantRole.BUYER)
    async with records.uow() as u:
        await u.reporting.record_b2c(company, [bad_sale, fine_sale], AT)
        await u.reporting.record_payments(company, [refund], AT)
        await u.reporting.record_international(company, [bought], AT)
        await u.commit()

    view = await preview_declaration(company, MONTHLY, T, DAY, **deps(records))
    named = {f.path: f for f in view.findings if f.path.startswith("records.")}
    assert set(named) == {f"records.b2c[{bad_sale.key}]", f"records.purchase[{bought.key}]"}
    assert named[f"records.b2c[{bad_sale.key}]"].rule_id == "ER-B2C-VAT"
    assert (
        f"pdp-gateway report void b2c {bad_sale.key} --reason"
        in named[f"records.b2c[{bad_sale.key}]"].message
    )
    assert named[f"records.purchase[{bought.key}]"].rule_id == "ER-INT-SELLER-ID"
    with pytest.raises(
        DeclarationInvalid, match=rf"^declaration refused, .*: ER-B2C-VAT records\.b2c\[{bad_sale.key}\]"
    ):
        await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    with pytest.raises(
        DeclarationInvalid,
        match=rf"ER-PAY-NEGATIVE records\.payment\[{refund.key}\]: void it "
        rf"\(`pdp-gateway report void payment {refund.key} --reason WHY`, VoidRecord\), record it corrected: its day",
    ):
        await submit_declaration(company, MONTHLY, P, DAY, **deps(records))

    for kind, key in (
        (RecordKind.B2C, bad_sale.key),
        (RecordKind.PURCHASE, bought.key),
        (RecordKind.PAYMENT, refund.key),
    ):
        result = await void_record(company, kind, key, "recorded wrong by release 1.4", **deps(records))
        assert (result.replayed, result.day, result.to_rectify) == (False, DAY, ())
    corrected = replace(bad_sale, vat_amount=D("2.00"))
    assert (
        await record_b2c_transactions(company, [corrected], **deps(records))
    ).recorded == 1  # its key is free
    fixed = replace(no_seller_id, seller=supplier("GB", "GB1"))
    assert (await record_purchases(company, [fixed], **deps(records))).recorded == 1

    sent = await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    assert (sent.totals.b2c_taxable, sent.totals.b2c_vat, sent.totals.b2c_count) == (D("20.00"), D("4.00"), 2)
    assert [i.invoice_id for i in sent.international] == ["GB-1"]
    assert (await submit_declaration(company, MONTHLY, P, DAY, **deps(records))).payment_lines == ()
    async with records.uow() as u:
        voids = [e async for e in u.audit.entries(company) if e.action == "reporting.record_voided"]
    assert [(e.subject_type, e.subject_id, e.details["reason"]) for e in voids] == [
        ("b2c_record", bad_sale.key, "recorded wrong by release 1.4"),
        ("purchase_record", bought.key, "recorded wrong by release 1.4"),
        ("payment_record", refund.key, "recorded wrong by release 1.4"),
    ]
    assert voids[0].details["row"]["vat_amount"] == "100.00"  # what was voided is kept


async def test_a_void_is_idempotent_on_its_reason_and_voids_a_row_recorded_again_under_its_key(
    records: RecordsBackend,
) -> None:
    """The same void again while no row is under the key is a replay; once a row was recorded under the key again,
    the same void (same reason) is a void of that new row, audited as such: it must not answer "replayed" and
    leave the row in place."""
    company = random_siren()
    sale = tx(f"{company}-s", DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
    await record_b2c_transactions(company, [sale], **deps(records))
    first = await void_record(company, RecordKind.B2C, sale.key, "  wrong store  ", **deps(records))
    again = await void_record(company, RecordKind.B2C, sale.key, "wrong store", **deps(records))
    assert (first.replayed, again.replayed) == (False, True)
    recorded_again = replace(sale, store_id="S-2")
    await record_b2c_transactions(company, [recorded_again], **deps(records))
    second = await void_record(company, RecordKind.B2C, sale.key, "wrong store", **deps(records))
    assert not second.replayed
    assert (await void_record(company, RecordKind.B2C, sale.key, "wrong store", **deps(records))).replayed
    async with records.uow() as u:
        assert await u.reporting.b2c_between(company, DAY, DAY) == []
        audited = [e async for e in u.audit.entries(company) if e.action == "reporting.record_voided"]
    assert [e.details["row"].get("store_id") for e in audited] == [sale.store_id, "S-2"]
    with pytest.raises(RecordNotFound, match="no b2c row is recorded under the key 'nothing'"):
        await void_record(company, RecordKind.B2C, "nothing", "typo", **deps(records))
    # Voided for another reason, nothing under the key: not "never recorded" but when and why it was voided.
    with pytest.raises(
        RecordVoidedAlready,
        match=rf"^ER-VOID-VOIDED: b2c {sale.key} was voided on {audited[-1].at:%Y-%m-%d %H:%M} UTC for:"
        r" wrong store \(nothing is recorded under its key since; the audit log",
    ):
        await void_record(company, RecordKind.B2C, sale.key, "a typo", **deps(records))
    with pytest.raises(InvalidReportingRequest, match="ER-VOID-REASON reason"):
        await void_record(company, RecordKind.B2C, sale.key, "   ", **deps(records))


async def test_a_void_moves_its_company_s_row_only_and_a_key_is_voided_again_for_another_reason(
    records: RecordsBackend,
) -> None:
    """Two companies' tills may use the same key: one's void moves its own row, keeps its own void, and is no
    replay of the other's (same key, same reason). A row recorded corrected under a voided key is voided again for
    another reason (migration 0370: one void per company, kind, key and reason)."""
    key = f"till-{uuid.uuid4()}"
    first, second = random_siren(), random_siren()
    for company in (first, second):
        sale = tx(key, DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
        await record_b2c_transactions(company, [sale], **deps(records))
    voided = await void_record(first, RecordKind.B2C, key, "wrong till", **deps(records))
    assert not voided.replayed
    async with records.uow() as u:
        assert await u.reporting.b2c_between(first, DAY, DAY) == []
        assert [t.key for t in await u.reporting.b2c_between(second, DAY, DAY)] == [key]  # not the first's
    theirs = await void_record(second, RecordKind.B2C, key, "wrong till", **deps(records))
    assert not theirs.replayed  # its own void, not the first company's found again
    with pytest.raises(RecordNotFound, match="never recorded"):  # nor told of the others' voids of the key
        await void_record(random_siren(), RecordKind.B2C, key, "another reason", **deps(records))
    async with records.uow() as u:
        assert await u.reporting.b2c_between(second, DAY, DAY) == []
        assert [
            e.subject_id async for e in u.audit.entries(second) if e.action == "reporting.record_voided"
        ] == [key]

    await record_b2c_transactions(
        first, [tx(key, DAY, B2cCategory.TLB1, "20", "10.00", "2.00")], **deps(records)
    )
    again = await void_record(first, RecordKind.B2C, key, "wrong till again", **deps(records))
    assert not again.replayed
    async with records.uow() as u:
        assert await u.reporting.b2c_between(first, DAY, DAY) == []


async def test_a_row_part_of_a_sent_declaration_is_voided_only_for_its_rectification(
    records: RecordsBackend,
) -> None:
    """A sent declaration keeps what it declared (reform.md §7: a correction is a rectificative report): a row the
    version in force holds is voided only for its rectification, and the answer names it; without `rectify` the
    void is refused and the row stays. A row recorded after the declaration (not in it) is voided freely, naming
    nothing: what was declared is right again. A purchase is found in the declaration by its key too."""
    company = random_siren()
    sale = tx(f"{company}-s", DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
    bought = purchase(company, "DE-1", supplier("DE", "DE1"), "40.00", day=15)
    await record_b2c_transactions(company, [sale], **deps(records))
    await record_purchases(company, [bought], **deps(records))
    await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    purchase_key = international_facts(bought, DeclarantRole.BUYER).key

    for kind, key in ((RecordKind.B2C, sale.key), (RecordKind.PURCHASE, purchase_key)):
        with pytest.raises(
            RecordDeclared, match=rf"ER-VOID-DECLARED: {kind} {key} is part of the declaration of"
        ):
            await void_record(company, kind, key, "sold twice", **deps(records))
    async with records.uow() as u:
        assert await u.reporting.b2c_between(company, DAY, DAY) == [sale]  # kept

    result = await void_record(company, RecordKind.B2C, sale.key, "sold twice", rectify=True, **deps(records))
    assert result.to_rectify == ((date(2026, 9, 11), date(2026, 9, 20)),)
    async with records.uow() as u:
        [audited] = [e async for e in u.audit.entries(company) if e.action == "reporting.record_voided"]
    assert audited.details["to_rectify"] == ["2026-09-11/2026-09-20"]
    rectified = await submit_declaration(company, MONTHLY, T, DAY, rectify=True, **deps(records))
    assert rectified.totals.b2c_count == 0
    # The void again is a replay naming nothing: the version in force (the RE) no longer holds the sale.
    again = await void_record(company, RecordKind.B2C, sale.key, "sold twice", rectify=True, **deps(records))
    assert (again.replayed, again.to_rectify) == (True, ())
    # A sale recorded under its key again, declared in a second RE: the same void voids it, for that RE's
    # rectification.
    await record_b2c_transactions(company, [replace(sale, store_id="S-2")], **deps(records))
    await submit_declaration(company, MONTHLY, T, DAY, rectify=True, **deps(records))
    third = await void_record(company, RecordKind.B2C, sale.key, "sold twice", rectify=True, **deps(records))
    assert (third.replayed, third.to_rectify) == (False, ((date(2026, 9, 11), date(2026, 9, 20)),))

    late = tx(f"{company}-late", DAY, B2cCategory.TLB1, "20", "10.00", "2.00")
    assert (await record_b2c_transactions(company, [late], **deps(records))).to_rectify != ()
    after = await void_record(company, RecordKind.B2C, late.key, "recorded twice", **deps(records))
    assert after.to_rectify == ()


async def test_a_payment_covering_a_refund_and_an_invoice_s_payment_data_are_not_voided(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    paid = PaymentEvent(f"{company}-p", DAY, (RatePart(D("20"), D("50.00")),))
    refund = PaymentEvent(f"{company}-r", DAY, (RatePart(D("20"), D("-10.00")),))
    await record_payments(company, [paid, refund], **deps(records))
    with pytest.raises(
        InvalidReportingRequest, match=rf"ER-PAY-NEGATIVE key: payment {paid.key} covers a refund"
    ):
        await void_record(company, RecordKind.PAYMENT, paid.key, "bounced", **deps(records))
    await void_record(company, RecordKind.PAYMENT, refund.key, "never refunded", **deps(records))
    await void_record(
        company, RecordKind.PAYMENT, paid.key, "bounced", **deps(records)
    )  # nothing to cover now
    from_books = PaymentEvent(
        invoice_payment_key("8d1c", "P-1"), DAY, (RatePart(D("20"), D("12.00")),), "F-1", date(2026, 9, 1)
    )
    async with records.uow() as u:
        await u.reporting.record_payments(company, [from_books], AT)
        await u.commit()
    with pytest.raises(RecordNotVoidable, match="record a reversal on the invoice"):
        await void_record(company, RecordKind.PAYMENT, from_books.key, "wrong", **deps(records))
    async with records.uow() as u:
        assert await u.reporting.payments_between(company, DAY, DAY) == [from_books]


async def issued_by_an_older_release(records: RecordsBackend, company: str, invoice: Invoice) -> None:
    """Stored as a release before the 10.1 checks on submission stored it: straight through the port."""
    outbound = OutboundInvoice.submit(
        str(uuid.uuid4()), company, random_request_id(), "fingerprint", compute_totals(invoice), AT
    )
    async with records.invoices() as u:
        await u.invoices.add(outbound)
        await u.commit()


async def test_an_issued_sale_whose_10_1_record_fails_is_named_and_its_recorded_sale_stands_for_it(
    records: RecordsBackend,
) -> None:
    """An intra-EU invoice issued before its 10.1 checks ran on submission (no due date, BT-9) refuses its decade:
    the refusal names the invoice, the rule and RecordSales. An issued invoice is not voided: its record, completed,
    recorded with RecordSales, stands for it, and the sale is declared once, from the record."""
    company = random_siren()
    without_due_date = replace(intra_eu_invoice(company, DAY), due_date=None)
    await issued_by_an_older_release(records, company, without_due_date)

    view = await preview_declaration(company, MONTHLY, T, DAY, **deps(records))
    [named] = [f for f in view.findings if f.path == f"invoices[{without_due_date.number}]"]
    assert named.rule_id == "ER-INT-DUE-DATE" and "ReportingService.RecordSales" in named.message
    with pytest.raises(DeclarationInvalid, match=rf"ER-INT-DUE-DATE invoices\[{without_due_date.number}\]"):
        await submit_declaration(company, MONTHLY, T, DAY, **deps(records))

    completed = replace(without_due_date, due_date=date(2026, 10, 31))
    assert (await record_sales(company, [completed], **deps(records))).recorded == 1
    sent = await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    assert [(s.invoice_id, s.due_date) for s in sent.international] == [
        (completed.number, completed.due_date)
    ]
    assert sent.totals.international_count == 1


async def test_a_sale_invoiced_elsewhere_is_declared_and_one_not_the_company_s_or_not_abroad_is_refused(
    records: RecordsBackend,
) -> None:
    company = random_siren()
    elsewhere = replace(intra_eu_invoice(company, DAY), number="ERP-77")
    assert (await record_sales(company, [elsewhere], **deps(records))).recorded == 1
    assert (await record_sales(company, [elsewhere], **deps(records))).replayed == 1
    sent = await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    assert [s.invoice_id for s in sent.international] == ["ERP-77"]

    other = intra_eu_invoice(random_siren(), DAY)
    with pytest.raises(InvalidReportingRequest, match=r"ER-INT-SCOPE invoices\[0\]: invoice .* was sold by"):
        await record_sales(company, [other], **deps(records))
    unnamed = replace(elsewhere, number="ERP-78", seller=replace(elsewhere.seller, legal_registration=None))
    with pytest.raises(
        InvalidReportingRequest,
        match=r"invoices\[0\]: invoice ERP-78 was sold by no SIREN, not by this company",
    ):
        await record_sales(company, [unnamed], **deps(records))
    domestic = an_invoice(seller=a_seller(company), issue_date=DAY)
    with pytest.raises(
        InvalidReportingRequest, match=r"ER-INT-SCOPE invoices\[0\]: .* not an international sale"
    ):
        await record_sales(company, [domestic], **deps(records))

    sale_key = f"SELLER:{elsewhere.seller.address.country}:"
    with pytest.raises(RecordNotFound, match="a purchase's begins BUYER:"):
        await void_record(company, RecordKind.PURCHASE, sale_key + "x", "typo", **deps(records))


async def test_a_b2c_invoice_whose_sales_fail_is_named_and_its_sales_recorded_stand_for_it(
    records: RecordsBackend,
) -> None:
    """A sale to a consumer in US dollars issued without its exchange rate (before its sales were checked on
    submission) refuses its decade (ER-CURRENCY): the refusal names the invoice and the keys to record its sales
    under; recorded so, with their rate to EUR, they stand for it and the decade goes."""
    company = random_siren()
    in_dollars = replace(
        an_invoice(seller=a_seller(company), issue_date=DAY, processing_rule=ProcessingRule.B2C),
        currency="USD",
        lines=(a_line("1", quantity="1", price="100.00", rate="20"),),
    )
    await issued_by_an_older_release(records, company, in_dollars)

    with pytest.raises(
        DeclarationInvalid, match=rf"ER-CURRENCY invoices\[{in_dollars.number}\]: issued invoice"
    ):
        await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    view = await preview_declaration(company, MONTHLY, T, DAY, **deps(records))
    [named] = [f for f in view.findings if f.path == f"invoices[{in_dollars.number}]"]
    assert f"under the key {in_dollars.number}," in named.message

    sale = tx(
        in_dollars.number, DAY, B2cCategory.TLB1, "20", "100.00", "20.00", currency="USD", eur_rate=D("0.9")
    )
    await record_b2c_transactions(company, [sale], **deps(records))
    sent = await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    assert (sent.totals.b2c_taxable, sent.totals.b2c_vat, sent.totals.b2c_count) == (
        D("90.00"),
        D("18.00"),
        1,
    )


async def test_an_issued_sale_whose_number_the_10_1_cannot_carry_has_its_record_voided_and_the_period_closes(
    records: RecordsBackend,
) -> None:
    """An intra-EU invoice issued before its 10.1 checks ran, numbered past the platform's 20 characters: no record
    can stand for it (RecordSales refuses that number, and another number is another sale), so its period stayed
    refused for ever. The refusal now names the void of its 10.1 record; voided (audited, with the reason, the
    invoice kept), the period is declared, the sale out of it; the same void again is a replay, another one finds
    it voided."""
    company = random_siren()
    long = replace(intra_eu_invoice(company, DAY), number="F-2026-000000000000001")
    await issued_by_an_older_release(records, company, long)
    with pytest.raises(InvalidReportingRequest, match="ER-INT-ID"):
        await record_sales(company, [long], **deps(records))

    view = await preview_declaration(company, MONTHLY, T, DAY, **deps(records))
    [named] = [f for f in view.findings if f.path == f"invoices[{long.number}]"]
    assert named.rule_id == "ER-INT-ID"
    command = f"`pdp-gateway report void issued_sale {long.number} --reason WHY`"
    assert command in named.message and "RecordSales" not in named.message
    assert named.message.index(command) < 20  # first: a gRPC message keeps 200 characters

    reason = "number past 20 characters: declared on the platform's portal"
    result = await void_record(company, RecordKind.ISSUED_SALE, long.number, reason, **deps(records))
    assert (result.replayed, result.day, result.to_rectify) == (False, DAY, ())
    sent = await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    assert sent.totals.international_count == 0
    async with records.uow() as u:
        [audited] = [e async for e in u.audit.entries(company) if e.action == "reporting.record_voided"]
    assert (audited.subject_type, audited.subject_id, audited.details["reason"]) == (
        "issued_sale_record",
        long.number,
        reason,
    )
    assert audited.details["row"]["invoice_id"] == long.number  # the 10.1 record as it was, kept

    again = await void_record(company, RecordKind.ISSUED_SALE, long.number, reason, **deps(records))
    assert again.replayed
    with pytest.raises(
        RecordVoidedAlready,
        match=rf"^ER-VOID-VOIDED: issued_sale {long.number} was voided on {audited.at:%Y-%m-%d %H:%M} UTC for:"
        rf" {reason} \(one void per issued invoice; the audit log's reporting.record_voided entry says who\)$",
    ):
        await void_record(company, RecordKind.ISSUED_SALE, long.number, "another", **deps(records))


async def test_an_issued_sale_whose_seller_identifier_the_fix_changes_is_voided_and_recorded_corrected(
    records: RecordsBackend,
) -> None:
    """A seller without a VAT number identified by its SIRET (scheme 0009, not one the 10.1 takes): the record
    corrected (SIREN, 0002) has another key, so it does not stand for the invoice. The refusal names the void; the
    void, then the corrected sale recorded, declare the sale once. A sale whose record passes, or that the company
    did not issue, is not voided."""
    company = random_siren()
    base = intra_eu_invoice(company, DAY)
    siret = replace(base.seller.legal_registration, value=f"{company}00012", scheme="0009")
    issued = replace(
        base, number="F-SIRET-1", seller=replace(base.seller, vat_id="", legal_registration=siret)
    )
    await issued_by_an_older_release(records, company, issued)
    corrected = replace(
        issued, seller=replace(issued.seller, legal_registration=base.seller.legal_registration)
    )
    await record_sales(company, [corrected], **deps(records))
    with pytest.raises(
        DeclarationInvalid, match=r"ER-INT-SELLER-ID invoices\[F-SIRET-1\]: .*void issued_sale"
    ):
        await submit_declaration(company, MONTHLY, T, DAY, **deps(records))

    await void_record(company, RecordKind.ISSUED_SALE, issued.number, "SIRET, not SIREN", **deps(records))
    sent = await submit_declaration(company, MONTHLY, T, DAY, **deps(records))
    assert [(s.invoice_id, s.seller.identifier_scheme) for s in sent.international] == [("F-SIRET-1", "0002")]

    fine = replace(base, number="F-FINE-1")
    await issued_by_an_older_release(records, company, fine)
    with pytest.raises(
        IssuedSaleDeclarable, match="ER-VOID-ISSUED: issued invoice F-FINE-1's 10.1 record passes"
    ):
        await void_record(company, RecordKind.ISSUED_SALE, fine.number, "typo", **deps(records))
    with pytest.raises(RecordNotFound, match="issued no international sale"):
        await void_record(company, RecordKind.ISSUED_SALE, "F-NONE", "typo", **deps(records))
    domestic = an_invoice(seller=a_seller(company), issue_date=DAY)
    await issued_by_an_older_release(records, company, domestic)
    with pytest.raises(RecordNotFound, match="issued no international sale"):
        await void_record(company, RecordKind.ISSUED_SALE, domestic.number, "typo", **deps(records))
