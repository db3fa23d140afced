from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.invoice import (
    Address,
    AllowanceCharge,
    Delivery,
    Identifier,
    Invoice,
    Item,
    Payee,
    PaymentInstructions,
    Period,
    PrecedingInvoice,
    TaxRepresentative,
    VatCategory,
)
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import a_buyer, a_document_allowance, a_seller, an_invoice
from tests.unit.domain.rules.helpers import (
    category_invoice,
    fatal_ids,
    ids,
    valid,
    with_breakdown,
    with_line,
    with_totals,
)

Mutation = Callable[[Invoice], Invoice]


def recomputed(**changes: object) -> Mutation:
    """Change the input of the invoice, then compute its totals again."""
    return lambda inv: compute_totals(inv.evolve(**changes))


def seller(**changes: object) -> Mutation:
    return lambda inv: inv.evolve(seller=replace(inv.seller, **changes))  # type: ignore[arg-type]


def buyer(**changes: object) -> Mutation:
    return lambda inv: inv.evolve(buyer=replace(inv.buyer, **changes))  # type: ignore[arg-type]


def line(**changes: object) -> Mutation:
    return lambda inv: with_line(inv, 0, **changes)


def charge(**changes: object) -> AllowanceCharge:
    base = AllowanceCharge(is_charge=True, amount=Decimal("5.00"), vat_category=VatCategory.STANDARD,
                           vat_rate=Decimal("20"), reason="Transport")  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


BROKEN: list[tuple[str, Mutation]] = [
    ("BR-01", lambda inv: inv.evolve(specification="")),
    ("BR-02", lambda inv: inv.evolve(number="")),
    ("BR-04", lambda inv: inv.evolve(type_code=None)),
    ("BR-05", lambda inv: inv.evolve(currency="")),
    ("BR-06", seller(name=" ")),
    ("BR-07", buyer(name="")),
    ("BR-08", seller(address=Address())),
    ("BR-09", seller(address=Address(city="Paris"))),
    ("BR-10", buyer(address=Address())),
    ("BR-11", buyer(address=Address(city="Lyon"))),
    ("BR-12", lambda inv: inv.evolve(totals=None)),
    ("BR-13", lambda inv: inv.evolve(totals=None)),
    ("BR-14", lambda inv: inv.evolve(totals=None)),
    ("BR-15", lambda inv: inv.evolve(totals=None)),
    ("BR-16", recomputed(lines=())),
    ("BR-17", lambda inv: inv.evolve(payee=Payee(name=""))),
    (
        "BR-18",
        lambda inv: inv.evolve(
            tax_representative=TaxRepresentative("", "FR44732829320", Address(country="FR"))
        ),
    ),
    ("BR-19", lambda inv: inv.evolve(tax_representative=TaxRepresentative("Rep", "FR44732829320"))),
    (
        "BR-20",
        lambda inv: inv.evolve(
            tax_representative=TaxRepresentative("Rep", "FR44732829320", Address(city="Nice"))
        ),
    ),
    ("BR-56", lambda inv: inv.evolve(tax_representative=TaxRepresentative("Rep", "", Address(country="FR")))),
    ("BR-21", line(id="")),
    ("BR-22", line(quantity=None)),
    ("BR-23", line(unit_code="")),
    ("BR-24", line(net_amount=None)),
    ("BR-25", line(item=replace(an_invoice().lines[0].item, name=" "))),
    ("BR-26", line(net_price=None)),
    ("BR-27", line(net_price=Decimal("-1"))),
    ("BR-28", line(gross_price=Decimal("-1"))),
    ("BR-29", lambda inv: inv.evolve(period=Period(date(2026, 10, 31), date(2026, 10, 1)))),
    ("BR-CO-19", lambda inv: inv.evolve(period=Period())),
    ("BR-30", line(period=Period(date(2026, 10, 31), date(2026, 10, 1)))),
    ("BR-CO-20", line(period=Period())),
    ("BR-32", recomputed(allowances_charges=(replace(a_document_allowance("1.00"), vat_category=None),))),
    (
        "BR-33",
        recomputed(allowances_charges=(replace(a_document_allowance("1.00"), reason="", reason_code=""),)),
    ),
    (
        "BR-CO-21",
        recomputed(allowances_charges=(replace(a_document_allowance("1.00"), reason="", reason_code=""),)),
    ),
    ("BR-37", recomputed(allowances_charges=(charge(vat_category=None),))),
    ("BR-38", recomputed(allowances_charges=(charge(reason=""),))),
    ("BR-CO-22", recomputed(allowances_charges=(charge(reason=""),))),
    (
        "BR-42",
        lambda inv: compute_totals(
            with_line(inv, 0, allowances_charges=(charge(is_charge=False, reason=""),))
        ),
    ),
    (
        "BR-CO-23",
        lambda inv: compute_totals(
            with_line(inv, 0, allowances_charges=(charge(is_charge=False, reason=""),))
        ),
    ),
    ("BR-44", lambda inv: compute_totals(with_line(inv, 0, allowances_charges=(charge(reason=""),)))),
    ("BR-CO-24", lambda inv: compute_totals(with_line(inv, 0, allowances_charges=(charge(reason=""),)))),
    ("BR-49", lambda inv: inv.evolve(payment_instructions=(PaymentInstructions(means_code=""),))),
    ("BR-61", lambda inv: inv.evolve(payment_instructions=(PaymentInstructions(means_code="58"),))),
    ("BR-53", lambda inv: inv.evolve(accounting_currency="EUR")),
    ("BR-55", lambda inv: inv.evolve(preceding_invoices=(PrecedingInvoice("", date(2026, 10, 1)),))),
    ("BR-57", lambda inv: inv.evolve(delivery=Delivery(address=Address(city="Lyon")))),
    ("BR-62", seller(electronic_address=Identifier("732829320", ""))),
    ("BR-63", buyer(electronic_address=Identifier("552100554", ""))),
    ("BR-64", line(item=Item("Vis", standard_id=Identifier("3760123450001", "")))),
    ("BR-65", line(item=Item("Vis", classifications=(Identifier("4011", "HS"), Identifier("31162000", ""))))),
    ("BR-CO-03", lambda inv: inv.evolve(vat_point_date=date(2026, 11, 2), vat_point_date_code="5")),
    ("BR-CO-09", buyer(vat_id="ZZ96552100554")),
    ("BR-CO-18", lambda inv: inv.evolve(vat_breakdown=())),
    ("BR-CO-25", lambda inv: inv.evolve(due_date=None, payment_terms="")),
    ("BR-CO-26", seller(legal_registration=None, vat_id="", identifiers=())),
    ("PDP-LINE-NET", line(net_amount=Decimal("0.01"))),
    ("PDP-VAT-BREAKDOWN-MISSING", lambda inv: inv.evolve(vat_breakdown=())),
]


@pytest.mark.parametrize(("rule_id", "mutate"), BROKEN, ids=[r for r, _ in BROKEN])
def test_reports_the_broken_rule(rule_id: str, mutate: Mutation) -> None:
    assert rule_id in ids(mutate(valid()))


def test_a_vat_accounting_currency_equal_to_the_invoice_currency_is_refused_saying_so() -> None:
    # CEN's CII BR-53 refuses a TaxCurrencyCode equal to the invoice currency (UBL allows it: OpenPeppol's
    # sample-discount-price); the refusal asked for BT-111, which no one can give in CII either
    findings = validate_invoice(valid().evolve(accounting_currency="EUR"))

    assert [(f.rule_id, f.path) for f in findings] == [("BR-53", "BT-6")]
    assert "differs from the invoice currency (BT-5)" in findings[0].message


@pytest.mark.parametrize("lines", [1, 3, 10])
def test_a_valid_invoice_with_computed_totals_has_no_finding(lines: int) -> None:
    assert ids(valid(lines)) == set()


def test_an_invoice_without_computed_totals_is_not_valid() -> None:
    assert {"BR-12", "BR-13", "BR-14", "BR-15", "BR-24", "BR-CO-18"} <= fatal_ids(an_invoice())


def test_reports_every_finding_not_only_the_first() -> None:
    broken = valid().evolve(number="", currency="", specification="")
    assert {"BR-01", "BR-02", "BR-05"} <= ids(broken)


def test_names_the_line_and_business_term_in_the_path() -> None:
    findings = validate_invoice(with_line(valid(3), 1, unit_code=""))
    assert [(f.rule_id, f.path) for f in findings] == [("BR-23", "BG-25[2]/BT-130")]


def test_an_electronic_address_scheme_of_spaces_is_no_scheme() -> None:
    """As for the items below: the CII artefact reads BT-34-1 and BT-49-1 through normalize-space()."""
    broken = seller(electronic_address=Identifier("732829320", " "))(valid())
    broken = buyer(electronic_address=Identifier("552100554", "\n"))(broken)
    assert {"BR-62", "BR-63"} <= ids(broken)


def test_an_item_scheme_of_spaces_is_no_scheme_and_each_classification_is_named() -> None:
    """The artefacts read the scheme through normalize-space(); BR-65 applies to each classification (BT-158)."""
    item = Item(
        "Vis",
        standard_id=Identifier("3760123450001", " "),
        classifications=(Identifier("4011", "HS"), Identifier("31162000", "\t")),
    )
    for broken in (with_line(valid(3), 1, item=item), with_line(valid(3), 1, item=item, unit_code="")):
        findings = validate_invoice(broken)
        assert [(f.rule_id, f.path) for f in findings if f.rule_id in {"BR-64", "BR-65"}] == [
            ("BR-64", "BG-25[2]/BG-31/BT-157"),
            ("BR-65", "BG-25[2]/BG-31/BT-158[2]"),
        ]


# Declared totals are checked against their definition, exactly to the cent.
TOTALS_MUTATIONS: list[tuple[str, Mutation, set[str]]] = [
    ("BT-106", lambda inv: with_totals(inv, line_total=inv.totals.line_total + Decimal("0.01")), {"BR-CO-10", "BR-CO-13"}),
    ("BT-107", lambda inv: with_totals(inv, allowance_total=Decimal("0.01")), {"BR-CO-11", "BR-CO-13"}),
    ("BT-108", lambda inv: with_totals(inv, charge_total=Decimal("0.01")), {"BR-CO-12", "BR-CO-13"}),
    ("BT-109", lambda inv: with_totals(inv, tax_exclusive=inv.totals.tax_exclusive + Decimal("0.01")), {"BR-CO-13", "BR-CO-15"}),
    ("BT-110", lambda inv: with_totals(inv, tax_total=inv.totals.tax_total + Decimal("0.01")), {"BR-CO-14", "BR-CO-15"}),
    ("BT-112", lambda inv: with_totals(inv, tax_inclusive=inv.totals.tax_inclusive + Decimal("0.01")), {"BR-CO-15", "BR-CO-16"}),
    ("BT-115", lambda inv: with_totals(inv, amount_due=inv.totals.amount_due - Decimal("0.01")), {"BR-CO-16"}),
    ("BT-116", lambda inv: with_breakdown(inv, taxable_amount=inv.vat_breakdown[0].taxable_amount + Decimal("0.01")), {"BR-S-08"}),
    ("BT-117", lambda inv: with_breakdown(inv, tax_amount=inv.vat_breakdown[0].tax_amount + Decimal("0.01")), {"BR-CO-17", "BR-S-09", "BR-CO-14"}),
    ("BT-131", lambda inv: with_line(inv, 0, net_amount=inv.lines[0].net_amount + Decimal("0.01")), {"PDP-LINE-NET", "BR-CO-10", "BR-S-08"}),
    ("BT-131 decimals", lambda inv: with_line(inv, 0, net_amount=Decimal(f"{inv.lines[0].net_amount:f}0")), {"BR-DEC-23", "BR-FR-DEC-01_BT-131"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("term", "mutate", "expected"), TOTALS_MUTATIONS, ids=[t for t, _, _ in TOTALS_MUTATIONS]
)
def test_a_one_cent_change_breaks_exactly_the_rules_defining_the_amount(
    term: str, mutate: Mutation, expected: set[str]
) -> None:
    assert ids(mutate(valid(3))) == expected


def test_paid_and_rounding_amounts_enter_the_amount_due() -> None:
    invoice = compute_totals(an_invoice(paid_amount=Decimal("10.00"), rounding_amount=Decimal("0.01")))
    assert ids(invoice) == set()
    assert invoice.totals.amount_due == invoice.totals.tax_inclusive - Decimal("9.99")  # type: ignore[union-attr]


def test_document_allowances_and_charges_enter_the_vat_breakdown_of_their_rate() -> None:
    invoice = compute_totals(
        an_invoice(lines=3, allowances_charges=(a_document_allowance("5.00"), charge(vat_rate=Decimal("10"))))
    )
    invoice = compute_totals(
        invoice.evolve(lines=(*invoice.lines, replace(invoice.lines[0], id="9", vat_rate=Decimal("10"))))
    )
    assert ids(invoice) == set()


# VAT categories: the passing case, then one broken rule per family for each category.
ZERO_CATEGORIES = [
    (VatCategory.ZERO_RATED, "BR-Z"),
    (VatCategory.EXEMPT, "BR-E"),
    (VatCategory.REVERSE_CHARGE, "BR-AE"),
    (VatCategory.EXPORT, "BR-G"),
]


def intra_eu_invoice() -> Invoice:
    foreign_buyer = replace(a_buyer(), vat_id="DE123456789", address=Address(city="Berlin", country="DE"))
    return category_invoice(
        VatCategory.INTRA_EU,
        buyer=foreign_buyer,
        delivery=Delivery(date=date(2026, 10, 30), address=Address(city="Berlin", country="DE")),
    )


def not_subject_invoice() -> Invoice:
    return category_invoice(
        VatCategory.NOT_SUBJECT, seller=replace(a_seller(), vat_id=""), buyer=replace(a_buyer(), vat_id="")
    )


@pytest.mark.parametrize(("category", "prefix"), ZERO_CATEGORIES)
def test_a_zero_rate_category_invoice_with_its_requirements_is_valid(
    category: VatCategory, prefix: str
) -> None:
    assert ids(category_invoice(category)) == set()


def test_an_intra_community_invoice_with_its_requirements_is_valid() -> None:
    assert ids(intra_eu_invoice()) == set()


def test_a_not_subject_invoice_without_vat_identifiers_is_valid() -> None:
    assert ids(not_subject_invoice()) == set()


def all_zero_categories() -> list[tuple[str, Invoice]]:
    return [(prefix, category_invoice(c)) for c, prefix in ZERO_CATEGORIES] + [("BR-IC", intra_eu_invoice())]


@pytest.mark.parametrize(("prefix", "invoice"), all_zero_categories())
def test_a_non_zero_rate_breaks_the_rate_rule_of_the_category(prefix: str, invoice: Invoice) -> None:
    assert f"{prefix}-05" in ids(with_line(invoice, 0, vat_rate=Decimal("20")))


@pytest.mark.parametrize(("prefix", "invoice"), all_zero_categories())
def test_a_vat_amount_breaks_the_tax_rule_of_the_category(prefix: str, invoice: Invoice) -> None:
    assert {f"{prefix}-09", "BR-CO-17"} <= ids(with_breakdown(invoice, tax_amount=Decimal("1.00")))


@pytest.mark.parametrize(("prefix", "invoice"), all_zero_categories())
def test_a_missing_breakdown_breaks_the_first_rule_of_the_category(prefix: str, invoice: Invoice) -> None:
    assert f"{prefix}-01" in ids(invoice.evolve(vat_breakdown=()))


@pytest.mark.parametrize(("prefix", "invoice"), all_zero_categories())
def test_a_wrong_taxable_amount_breaks_the_eighth_rule_of_the_category(prefix: str, invoice: Invoice) -> None:
    assert f"{prefix}-08" in ids(with_breakdown(invoice, taxable_amount=Decimal("1.00")))


@pytest.mark.parametrize(("prefix", "invoice"), all_zero_categories())
def test_the_seller_vat_identifier_is_required_by_the_category(prefix: str, invoice: Invoice) -> None:
    assert f"{prefix}-02" in ids(invoice.evolve(seller=replace(invoice.seller, vat_id="")))


@pytest.mark.parametrize(
    ("prefix", "invoice", "has_reason"),
    [("BR-Z", category_invoice(VatCategory.ZERO_RATED), False), ("BR-S", valid(), False)]
    + [(prefix, inv, True) for prefix, inv in all_zero_categories() if prefix != "BR-Z"],
)
def test_exemption_reasons_are_required_or_forbidden_by_category(
    prefix: str, invoice: Invoice, has_reason: bool
) -> None:
    changed = (
        with_breakdown(invoice, exemption_reason_code="", exemption_reason="")
        if has_reason
        else with_breakdown(invoice, exemption_reason="Exonération")
    )
    assert f"{prefix}-10" in ids(changed)


def test_standard_rate_needs_a_positive_rate() -> None:
    assert "BR-S-05" in ids(with_line(valid(), 0, vat_rate=Decimal("0")))


def test_standard_rate_needs_a_seller_vat_identifier() -> None:
    assert "BR-S-02" in ids(valid().evolve(seller=replace(a_seller(), vat_id="")))


def test_reverse_charge_needs_a_buyer_vat_identifier_or_siren() -> None:
    invoice = category_invoice(VatCategory.REVERSE_CHARGE)
    assert "BR-AE-02" in ids(invoice.evolve(buyer=replace(invoice.buyer, vat_id="", legal_registration=None)))


def test_intra_community_supply_needs_a_delivery_date_or_period_and_country() -> None:
    assert {"BR-IC-11", "BR-IC-12"} <= ids(intra_eu_invoice().evolve(delivery=None))


BERLIN = Address(city="Berlin", country="DE")


@pytest.mark.parametrize(
    ("delivery", "period", "expected"),
    [
        (Delivery(address=BERLIN), None, {"BR-IC-11"}),
        (Delivery(address=BERLIN), Period(start=date(2026, 10, 1)), set()),
        (Delivery(address=BERLIN), Period(end=date(2026, 10, 31)), set()),
        (Delivery(address=BERLIN), Period(date(2026, 10, 1), date(2026, 10, 31)), set()),
        (Delivery(date=date(2026, 10, 30)), None, {"BR-IC-12"}),
        (Delivery(date=date(2026, 10, 30), address=Address(city="Berlin", country="")), None, {"BR-IC-12"}),
        (None, Period(start=date(2026, 10, 1)), {"BR-IC-12"}),
    ],
)
def test_intra_community_supply_either_date_or_period_and_the_country(
    delivery: Delivery | None, period: Period | None, expected: set[str]
) -> None:
    # One end of the invoicing period is enough (BR-CO-19 asks no more of BG-14).
    found = ids(intra_eu_invoice().evolve(delivery=delivery, period=period))
    assert {r for r in found if r in ("BR-IC-11", "BR-IC-12")} == expected


def test_intra_community_supply_needs_the_buyer_vat_identifier() -> None:
    assert "BR-IC-02" in ids(intra_eu_invoice().evolve(buyer=replace(a_buyer(), vat_id="")))


def test_not_subject_to_vat_lines_carry_no_rate() -> None:
    assert "BR-O-05" in ids(with_line(not_subject_invoice(), 0, vat_rate=Decimal("0")))


def test_not_subject_to_vat_forbids_vat_identifiers() -> None:
    assert "BR-O-02" in ids(category_invoice(VatCategory.NOT_SUBJECT))


def test_not_subject_to_vat_cannot_be_mixed_with_other_categories() -> None:
    invoice = not_subject_invoice()
    mixed = compute_totals(invoice.evolve(lines=(*invoice.lines, replace(valid().lines[0], id="2"))))
    mixed = with_breakdown(mixed, exemption_reason_code="VATEX-EU-O")
    assert {"BR-O-11", "BR-O-12"} <= ids(mixed)
    with_allowance = compute_totals(invoice.evolve(allowances_charges=(a_document_allowance("1.00"),)))
    assert {"BR-O-11", "BR-O-13"} <= ids(with_reason(with_allowance))
    assert not {"BR-O-12", "BR-O-14"} & ids(with_reason(with_allowance))  # no such line, no such charge
    with_charge = compute_totals(invoice.evolve(allowances_charges=(charge(),)))
    assert {"BR-O-11", "BR-O-14"} <= ids(with_reason(with_charge))
    assert not {"BR-O-12", "BR-O-13"} & ids(with_reason(with_charge))


def with_reason(invoice: Invoice) -> Invoice:
    entries = tuple(
        replace(e, exemption_reason_code="VATEX-EU-O") if e.category is VatCategory.NOT_SUBJECT else e
        for e in invoice.vat_breakdown or ()
    )
    return invoice.evolve(vat_breakdown=entries)


@pytest.mark.parametrize(
    ("attr", "rule_id"),
    [("amount", "BR-DEC-01"), ("base_amount", "BR-DEC-02")],
)
def test_document_allowance_amounts_have_at_most_two_decimals(attr: str, rule_id: str) -> None:
    allowance = replace(a_document_allowance("1.00"), **{attr: Decimal("1.001")})
    assert rule_id in ids(compute_totals(an_invoice(allowances_charges=(allowance,))))
