from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from domain.reporting import declaration as module
from domain.reporting.calendar import ReportKind, VatRegime, periods_in
from domain.reporting.declaration import (
    DeclarationInvalid,
    DeclarationLocked,
    DeclarationSeries,
    DeclarationStatus,
    DeclarationTotals,
    InitialAlreadyExists,
    RectificationNotAllowed,
    ReportType,
    WrongContentKind,
)
from domain.reporting.journal import DuplicateTransactionKey

from .month import JANUARY_B2C, JANUARY_PAYMENTS, SALE_TO_DE, SERVICES_FROM_US, SIREN, b2c, pay

T, P = ReportKind.TRANSACTIONS, ReportKind.PAYMENTS
JANUARY_INTERNATIONAL = (SALE_TO_DE, SERVICES_FROM_US)


def declare_transactions(regime, start, end, b2c_txs=JANUARY_B2C, international=JANUARY_INTERNATIONAL):
    """Open, fill and submit (the day after each deadline window opens or the period ends) every period."""
    out = []
    for period in periods_in(regime, T, start, end):
        series = DeclarationSeries(SIREN, regime, T, period)
        d = series.open_initial()
        for tx in b2c_txs:
            if period.contains(tx.day):
                d.record_b2c(tx)
        for facts in international:
            if period.contains(facts.issue_date):
                d.record_international(facts)
        series.submit(period.deadline)
        out.append(series)
    return out


def declare_payments(regime, start, end):
    out = []
    for period in periods_in(regime, P, start, end):
        series = DeclarationSeries(SIREN, regime, P, period)
        d = series.open_initial()
        for event in JANUARY_PAYMENTS:
            if period.contains(event.day):
                d.record_payment(event)
        series.submit(period.deadline)
        out.append(series)
    return out


def summary(series):
    d = series.effective
    return (d.period.start, d.period.end, d.period.deadline_from, d.period.deadline, d.totals())


def test_real_monthly_january_gives_three_decade_declarations_with_hand_computed_totals():
    got = [
        summary(s) for s in declare_transactions(VatRegime.REAL_MONTHLY, date(2027, 1, 1), date(2027, 1, 31))
    ]
    assert got == [
        # t1 100.00/20.00 + t2 50.50/10.10 + t3 80.00/8.00
        (date(2027, 1, 1), date(2027, 1, 10), None, date(2027, 1, 20),
         DeclarationTotals(b2c_taxable=D("230.50"), b2c_vat=D("38.10"), b2c_count=3)),
        # t4 200.00/11.00 + t5 33.33/6.67; sale to DE 1000.00 (reverse charge, no VAT) on the 20th
        (date(2027, 1, 11), date(2027, 1, 20), None, date(2027, 1, 31),
         DeclarationTotals(b2c_taxable=D("233.33"), b2c_vat=D("17.67"), b2c_count=2,
                           international_sales_taxable=D("1000.00"), international_count=1)),
        # t6 19.99/4.00 + t7 120.00/0.00; services bought from the US 500.00 on the 28th
        (date(2027, 1, 21), date(2027, 1, 31), None, date(2027, 2, 10),
         DeclarationTotals(b2c_taxable=D("139.99"), b2c_vat=D("4.00"), b2c_count=2,
                           international_purchases_taxable=D("500.00"), international_count=1)),
    ]  # fmt: skip


JANUARY_TOTALS = DeclarationTotals(
    b2c_taxable=D("603.82"),  # 230.50 + 233.33 + 139.99
    b2c_vat=D("59.77"),  # 38.10 + 17.67 + 4.00
    b2c_count=7,
    international_sales_taxable=D("1000.00"),
    international_purchases_taxable=D("500.00"),
    international_count=2,
)


@pytest.mark.parametrize(
    ("regime", "deadline_from", "deadline"),
    [
        (VatRegime.REAL_QUARTERLY, None, date(2027, 2, 10)),
        (VatRegime.SIMPLIFIED, date(2027, 2, 25), date(2027, 2, 28)),
    ],
)
def test_monthly_regimes_give_one_january_declaration_with_hand_computed_totals(
    regime, deadline_from, deadline
):
    (series,) = declare_transactions(regime, date(2027, 1, 1), date(2027, 1, 31))
    assert summary(series) == (date(2027, 1, 1), date(2027, 1, 31), deadline_from, deadline, JANUARY_TOTALS)


def test_franchise_declares_january_and_february_together():
    sales = (
        b2c("f1", date(2027, 1, 3), "TPS1", "0", "300.00", "0.00"),
        b2c("f2", date(2027, 2, 14), "TPS1", "0", "150.00", "0.00"),
        b2c("f3", date(2027, 2, 28), "TLB1", "0", "45.90", "0.00"),
        b2c("f4", date(2027, 3, 1), "TLB1", "0", "12.00", "0.00"),  # next period
    )
    got = [
        summary(s)
        for s in declare_transactions(VatRegime.FRANCHISE, date(2027, 1, 1), date(2027, 3, 1), sales, ())
    ]
    assert got == [
        (date(2027, 1, 1), date(2027, 2, 28), date(2027, 3, 25), date(2027, 3, 30),
         DeclarationTotals(b2c_taxable=D("495.90"), b2c_count=3)),
        (date(2027, 3, 1), date(2027, 4, 30), date(2027, 5, 25), date(2027, 5, 30),
         DeclarationTotals(b2c_taxable=D("12.00"), b2c_count=1)),
    ]  # fmt: skip


@pytest.mark.parametrize("regime", [VatRegime.REAL_MONTHLY, VatRegime.REAL_QUARTERLY, VatRegime.SIMPLIFIED])
def test_january_payments_are_one_monthly_declaration(regime):
    (series,) = declare_payments(regime, date(2027, 1, 1), date(2027, 1, 31))
    d = series.effective
    assert d.totals() == DeclarationTotals(collected=D("571.50"))  # 120 + 60 + 22 + 24 + 240 + 105.50
    assert d.period.end == date(2027, 1, 31)
    assert d.period.deadline == (date(2027, 2, 28) if regime is VatRegime.SIMPLIFIED else date(2027, 2, 10))


def _submitted_initial(today=date(2027, 2, 1)):
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    d = series.open_initial()
    for tx in JANUARY_B2C:
        d.record_b2c(tx)
    series.submit(today)
    return series


def test_a_rectification_supersedes_the_initial_and_both_are_kept():
    series = _submitted_initial()
    series.mark_accepted(1)
    rect = series.open_rectification()
    assert (rect.version, rect.report_type, rect.status) == (
        2,
        ReportType.RECTIFICATIVE,
        DeclarationStatus.DRAFT,
    )
    assert rect.totals() == series.get(1).totals()  # starts from the previous content
    rect.record_b2c(b2c("t8", date(2027, 1, 30), "TLB1", "20", "10.00", "2.00"))
    series.submit(date(2027, 2, 5))

    initial = series.get(1)
    assert [(d.version, d.report_type, d.status) for d in series.versions] == [
        (1, ReportType.INITIAL, DeclarationStatus.ACCEPTED),
        (2, ReportType.RECTIFICATIVE, DeclarationStatus.SUBMITTED),
    ]
    assert series.effective is rect and series.superseded_by(1) == 2 and series.superseded_by(2) is None
    assert (initial.totals().b2c_taxable, initial.totals().b2c_count) == (D("603.82"), 7)
    assert (rect.totals().b2c_taxable, rect.totals().b2c_count) == (D("613.82"), 8)


def test_a_rejected_rectification_leaves_the_initial_effective():
    series = _submitted_initial()
    series.open_rectification()
    series.submit(date(2027, 2, 5))
    series.mark_rejected(2, "schema error")
    assert series.effective is series.get(1) and series.superseded_by(1) is None
    assert series.get(2).rejection_reason == "schema error"


def test_a_rectification_needs_a_period_already_sent():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    with pytest.raises(RectificationNotAllowed, match="send an initial report first"):
        series.open_rectification()
    series.open_initial()
    with pytest.raises(RectificationNotAllowed):
        series.open_rectification()


def test_a_second_initial_is_refused_once_one_was_sent_but_allowed_after_a_rejection():
    series = _submitted_initial()
    with pytest.raises(InitialAlreadyExists, match="rectification"):
        series.open_initial()
    series.mark_rejected(1, "unknown SIREN")
    retry = series.open_initial()
    assert (retry.version, retry.report_type) == (2, ReportType.INITIAL)


def test_a_sent_version_can_no_longer_be_edited():
    series = _submitted_initial()
    with pytest.raises(DeclarationLocked, match="open a rectification"):
        series.get(1).record_b2c(b2c("t9", date(2027, 1, 30), "TLB1", "20", "10.00", "2.00"))


def test_late_submission_is_flagged_but_accepted():
    series = _submitted_initial(today=date(2027, 2, 13))
    d = series.get(1)
    assert d.status is DeclarationStatus.SUBMITTED
    assert [(f.rule_id, f.severity.value) for f in d.findings] == [("ER-LATE", "warning")]
    assert "3 day(s) after the deadline 2027-02-10" in d.findings[0].message


def test_submission_before_the_period_is_over_is_refused():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    series.open_initial().record_b2c(JANUARY_B2C[0])
    with pytest.raises(DeclarationInvalid, match="ER-EARLY"):
        series.submit(date(2027, 1, 31))
    assert series.get(1).status is DeclarationStatus.DRAFT


def test_inconsistent_content_is_refused_with_its_findings():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    d = series.open_initial()
    d.record_b2c(b2c("bad-vat", date(2027, 1, 3), "TLB1", "20", "100.00", "25.00"))
    d.record_b2c(b2c("february", date(2027, 2, 3), "TLB1", "20", "100.00", "20.00"))
    d.record_international(replace(SALE_TO_DE, currency="USD"))
    with pytest.raises(DeclarationInvalid) as err:
        series.submit(date(2027, 2, 1))
    assert sorted({f.rule_id for f in err.value.findings if f.is_fatal}) == [
        "ER-B2C-VAT",
        "ER-CURRENCY",
        "ER-PERIOD",
    ]


def test_totals_are_cross_checked_to_the_cent_with_the_books():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    d = series.open_initial()
    for tx in JANUARY_B2C:
        d.record_b2c(tx)
    books = DeclarationTotals(b2c_taxable=D("603.83"), b2c_vat=D("59.77"), b2c_count=7)
    with pytest.raises(
        DeclarationInvalid, match="b2c_taxable: the report gives 603.82, the books give 603.83"
    ):
        series.submit(date(2027, 2, 1), expected=books)
    series.submit(date(2027, 2, 1), expected=replace(books, b2c_taxable=D("603.82")))


def test_duplicate_transaction_keys_are_refused_and_replays_ignored():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    d = series.open_initial()
    assert d.record_b2c(JANUARY_B2C[0]) is True
    assert d.record_b2c(JANUARY_B2C[0]) is False
    with pytest.raises(DuplicateTransactionKey, match="'t1'"):
        d.record_b2c(replace(JANUARY_B2C[0], taxable_amount=D("1.00")))
    assert d.totals().b2c_count == 1


def test_content_of_the_other_kind_is_refused():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, P, date(2027, 1, 1))
    with pytest.raises(WrongContentKind, match="PAYMENTS declaration cannot hold B2C transactions"):
        series.open_initial().record_b2c(JANUARY_B2C[0])


def test_an_invalid_siren_is_refused():
    with pytest.raises(ValueError, match="SIREN"):
        DeclarationSeries.for_day("12345", VatRegime.SIMPLIFIED, T, date(2027, 1, 1))


@pytest.mark.parametrize("siren", ["732829321", "73282932", "73282932O", ""])
def test_a_series_refuses_a_siren_that_is_not_nine_digits_with_a_valid_luhn_key(siren):
    with pytest.raises(ValueError, match="SIREN"):
        DeclarationSeries.for_day(siren, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))


def test_an_international_credit_note_reduces_the_period_totals():
    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1))
    d = series.open_initial()
    d.record_international(SALE_TO_DE)
    credit = replace(SALE_TO_DE, invoice_id="AV-2027-0001", type_code="381")
    d.record_international(credit)
    totals = d.totals()
    assert totals.international_sales_taxable == D("0.00")
    assert totals.international_sales_vat == D("0.00")
    assert totals.international_count == 2


def test_each_status_change_is_checked_and_returns_its_event() -> None:
    from domain.reporting.declaration import (
        DeclarationEvent,
        DeclarationEventKind,
        IllegalStatusChange,
    )

    series = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, T, date(2026, 1, 15))
    version = series.open_initial()
    for early in (version.accept, lambda: version.reject("too early")):
        with pytest.raises(IllegalStatusChange, match="only a submitted report"):
            early()
    sent = version.submit(date(2026, 2, 3), ())
    assert sent == DeclarationEvent(
        DeclarationEventKind.SUBMITTED, 1, DeclarationStatus.SUBMITTED, day=date(2026, 2, 3)
    )
    with pytest.raises(IllegalStatusChange, match="only a draft is submitted"):
        version.submit(date(2026, 2, 4), ())
    refused = version.reject("schema error")
    assert refused == DeclarationEvent(
        DeclarationEventKind.REJECTED, 1, DeclarationStatus.REJECTED, reason="schema error"
    )
    assert refused.audit_action == "declaration.rejected"
    assert (version.status, version.rejection_reason, version.submitted_on) == (
        DeclarationStatus.REJECTED,
        "schema error",
        date(2026, 2, 3),
    )
    with pytest.raises(IllegalStatusChange):
        version.accept()


_S = DeclarationStatus
# move: (call it on a version, the statuses it may follow, the status it leads to)
DECLARATION_MOVES = {
    "submit": (lambda v: v.submit(date(2026, 2, 3), ()), {_S.DRAFT}, _S.SUBMITTED),
    "accept": (lambda v: v.accept(), {_S.SUBMITTED}, _S.ACCEPTED),
    "reject": (lambda v: v.reject("schema error"), {_S.SUBMITTED}, _S.REJECTED),
    # an asynchronous acknowledgement may refuse a report the relay recorded accepted
    "refused_by_platform": (
        lambda v: v.refused_by_platform("REJ_SEMAN"),
        {_S.SUBMITTED, _S.ACCEPTED},
        _S.REJECTED,
    ),
}


@pytest.mark.parametrize("status", list(DeclarationStatus))
@pytest.mark.parametrize("name", sorted(DECLARATION_MOVES))
def test_every_declaration_move_from_every_status(name, status) -> None:
    from domain.reporting.declaration import IllegalStatusChange

    move, allowed, after = DECLARATION_MOVES[name]
    version = DeclarationSeries.for_day(SIREN, VatRegime.REAL_MONTHLY, T, date(2026, 1, 15)).open_initial()
    version.status = status

    def standing(v):
        return (v.status, v.rejection_reason, v.submitted_on, v.findings)

    before = standing(version)
    if status not in allowed:
        with pytest.raises(IllegalStatusChange, match=f"is {status}"):
            move(version)
        assert standing(version) == before, "an illegal move changes nothing"
        return
    event = move(version)
    assert (event.status, version.status) == (after, after)
    assert event.audit_action == f"declaration.{event.kind.value}"


def test_a_declaration_s_refusal_is_of_the_reporting_layer_naming_its_rule() -> None:
    refused = RectificationNotAllowed("nothing was sent for 2026-01")
    assert [(f.rule_id, f.message, f.layer) for f in refused.findings] == [
        ("ER-NOTHING-SENT", "nothing was sent for 2026-01", "reporting")
    ]


def test_a_rectification_built_now_says_what_the_version_in_force_lacks_row_by_row_or_that_nothing_does() -> (
    None
):
    """The preview of a period already sent compares what it would send with the version in force: a sale added
    (recorded late), one removed (voided), one changed (voided and recorded again) are said; the same content says
    there is nothing to rectify. Before, a preview of a declared period said neither."""
    series = _submitted_initial()
    series.mark_accepted(1)
    first, second, *rest = JANUARY_B2C
    now = series.open_rectification(copy_previous=False)
    for tx in (replace(second, vat_amount=second.vat_amount + D("0.01")), *rest):
        now.record_b2c(tx)
    now.record_b2c(b2c("t-late", date(2027, 1, 30), "TLB1", "20", "10.00", "2.00"))
    [stale] = series.against_in_force(now)
    assert (stale.rule_id, stale.severity.value, stale.path) == ("ER-RECTIFY", "warning", now.label)
    assert stale.message == (
        "v1 (ACCEPTED, the version in force) does not hold what is recorded now (B2C sales: 1 added, 1 removed,"
        " 1 changed): send this rectification (`pdp-gateway report rectify --regime REAL_QUARTERLY --kind"
        " TRANSACTIONS --day 2027-01-01`, RectifyDeclaration)"
    )

    same = _submitted_initial()
    again = same.open_rectification(copy_previous=False)
    for tx in JANUARY_B2C:
        again.record_b2c(tx)
    [current] = same.against_in_force(again)
    assert (current.rule_id, current.severity.value, current.path) == ("ER-IN-FORCE", "info", again.label)
    assert (
        current.message
        == "v1 (SUBMITTED, the version in force) holds what is recorded now: nothing to rectify"
    )
    assert (
        DeclarationSeries.for_day(SIREN, VatRegime.REAL_QUARTERLY, T, date(2027, 1, 1)).against_in_force(
            again
        )
        == ()
    )  # nothing sent: nothing to compare with


def test_what_the_version_in_force_lacks_is_said_for_each_section() -> None:
    """International records and payments are compared as B2C sales are, each section named, the changes of
    several sections listed one after the other."""
    [decade] = declare_transactions(VatRegime.REAL_QUARTERLY, date(2027, 1, 1), date(2027, 1, 31))
    now = decade.open_rectification(copy_previous=False)
    for tx in JANUARY_B2C[1:]:
        now.record_b2c(tx)
    held = decade.effective.international_records  # type: ignore[union-attr]
    for record in held[1:]:
        now.record_international(record.facts)
    [stale] = decade.against_in_force(now)
    assert "(B2C sales: 1 removed; international records: 1 removed): send" in stale.message, stale.message

    [month] = declare_payments(VatRegime.REAL_QUARTERLY, date(2027, 1, 1), date(2027, 1, 31))
    paid = month.open_rectification(copy_previous=False)
    for event in (*JANUARY_PAYMENTS, pay("p-late", date(2027, 1, 30), ("20", "12.00"))):
        paid.record_payment(event)
    [late] = month.against_in_force(paid)
    assert "(payments: 1 added): send" in late.message, late.message


def test_the_b2c_aggregates_are_built_once_until_a_row_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A preview read them five times (totals, check, requests, view...): on serve, a month of 578,000 sales spent
    65 s of the gRPC process's event loop in them, every other company's call waiting."""
    built = []
    real = module.daily_aggregates
    monkeypatch.setattr(module, "daily_aggregates", lambda txs: built.append(1) or real(txs))
    period = periods_in(VatRegime.REAL_MONTHLY, T, date(2027, 1, 1), date(2027, 1, 31))[0]
    d = DeclarationSeries(SIREN, VatRegime.REAL_MONTHLY, T, period).open_initial()
    for tx in JANUARY_B2C:
        d.record_b2c(tx)
    first = d.b2c_aggregates
    assert d.totals().b2c_count == len(JANUARY_B2C)
    d.check(date(2027, 2, 1))
    assert d.b2c_aggregates == first
    assert len(built) == 1
    d.record_b2c(b2c("t9", date(2027, 1, 3), "TLB1", "20", "10.00", "2.00"))
    assert d.totals().b2c_count == len(JANUARY_B2C) + 1  # a new row is seen
    assert len(built) == 2
