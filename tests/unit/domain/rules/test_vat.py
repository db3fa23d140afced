from dataclasses import replace
from decimal import Decimal

import pytest

from domain.invoice import Territory, VatCategory
from domain.rules import validate_invoice
from domain.rules.vat import RATES_BY_TERRITORY
from domain.totals import compute_totals
from tests.builders import a_buyer, a_document_allowance, a_line, an_invoice
from tests.unit.domain.rules.helpers import category_invoice, ids, with_breakdown


def invoice_at(rate: str, territory: Territory):  # type: ignore[no-untyped-def]
    return compute_totals(an_invoice(territory=territory).evolve(lines=(a_line(rate=rate),)))


@pytest.mark.parametrize(
    ("territory", "rate"),
    [(Territory.MAINLAND, r) for r in ("20", "10", "5.5", "2.1")]
    + [(Territory.CORSICA, r) for r in ("20", "13", "10", "5.5", "2.1", "0.9")]
    + [(Territory.OVERSEAS, r) for r in ("8.5", "2.1", "1.75", "1.05")],
)
def test_accepts_the_rates_of_the_invoice_territory(territory: Territory, rate: str) -> None:
    assert ids(invoice_at(rate, territory)) == set()


@pytest.mark.parametrize(
    ("territory", "rate"),
    [
        (Territory.MAINLAND, "8.5"),
        (Territory.MAINLAND, "13"),
        (Territory.OVERSEAS, "20"),
        (Territory.CORSICA, "1.05"),
    ],
)
def test_warns_about_a_french_rate_of_another_territory(territory: Territory, rate: str) -> None:
    findings = validate_invoice(invoice_at(rate, territory))
    assert [(f.rule_id, f.severity.value) for f in findings] == [("PDP-VAT-RATE-TERRITORY", "warning")]


def test_refuses_an_exemption_code_outside_the_vatex_list() -> None:
    invoice = with_breakdown(category_invoice(VatCategory.EXEMPT), exemption_reason_code="VATEX-FR-NOPE")
    assert ids(invoice) == {"BR-CL-22"}


@pytest.mark.parametrize(
    ("category", "code"),
    [
        (VatCategory.REVERSE_CHARGE, "VATEX-EU-IC"),
        (VatCategory.EXEMPT, "VATEX-EU-AE"),
        (VatCategory.EXPORT, "VATEX-FR-CGI261-4"),
    ],
)
def test_refuses_an_exemption_code_of_another_category(category: VatCategory, code: str) -> None:
    assert ids(with_breakdown(category_invoice(category), exemption_reason_code=code)) == {
        "PDP-VATEX-CATEGORY"
    }


@pytest.mark.parametrize("code", ["VATEX-EU-AE", "VATEX-FR-AE"])
def test_accepts_both_reverse_charge_codes(code: str) -> None:
    assert (
        ids(with_breakdown(category_invoice(VatCategory.REVERSE_CHARGE), exemption_reason_code=code)) == set()
    )


@pytest.mark.parametrize("vat_id", ["FR96552100554", "US123456789"])
def test_an_intra_community_supply_goes_to_a_buyer_of_another_member_state(vat_id: str) -> None:
    invoice = category_invoice(VatCategory.INTRA_EU, buyer=replace(a_buyer(), vat_id=vat_id))
    assert "PDP-IC-BUYER-VAT" in ids(invoice)


def test_an_intra_community_supply_to_a_german_buyer_has_no_vat_finding() -> None:
    invoice = category_invoice(VatCategory.INTRA_EU, buyer=replace(a_buyer(), vat_id="DE123456789"))
    assert "PDP-IC-BUYER-VAT" not in ids(invoice)


# Hand-written from the CGI (art. 278 ff., 297 for Corsica, 296 for Guadeloupe, Martinique, Réunion), NOT from
# the source: an extra rate allowed for a territory must fail here, not only a missing one.
TERRITORY_RATES = {
    Territory.MAINLAND: {"20", "10", "5.5", "2.1"},
    Territory.CORSICA: {"20", "13", "10", "5.5", "2.1", "0.9"},
    Territory.OVERSEAS: {"8.5", "2.1", "1.75", "1.05"},
}
# Every distinct value of the BR-FR-16 list, plus rates outside it.
EVERY_RATE = (
    "20 10 13 8.5 19.6 2.1 5.5 7 20.6 1.05 0.9 1.75 9.2 9.6 19 5 8 2.10 20.00 13.0 1.7 0.90 8.50".split()
)


@pytest.mark.parametrize("territory", list(Territory))
@pytest.mark.parametrize("rate", EVERY_RATE)
def test_every_rate_of_every_territory_against_the_hand_written_table(
    territory: Territory, rate: str
) -> None:
    warnings = [
        (f.rule_id, f.severity.value, f.path)
        for f in validate_invoice(invoice_at(rate, territory))
        if f.rule_id == "PDP-VAT-RATE-TERRITORY"
    ]

    allowed = Decimal(rate) in {Decimal(r) for r in TERRITORY_RATES[territory]}
    assert warnings == ([] if allowed else [("PDP-VAT-RATE-TERRITORY", "warning", "BG-25[1]/BT-152")])


def test_the_rates_table_is_exactly_the_hand_written_one() -> None:
    assert {t: {str(r) for r in rates} for t, rates in RATES_BY_TERRITORY.items()} == TERRITORY_RATES


@pytest.mark.parametrize("territory", list(Territory))
def test_a_document_allowance_or_charge_at_a_rate_of_another_territory_warns_at_its_path(
    territory: Territory,
) -> None:
    wrong = "8.5" if territory is not Territory.OVERSEAS else "20"
    right = "2.1"  # a rate of every territory
    charge = replace(
        a_document_allowance("1.00", rate=wrong, reason="Port"), is_charge=True, reason_code="FC"
    )
    invoice = compute_totals(
        an_invoice(territory=territory).evolve(
            lines=(a_line(rate=right), a_line("2", rate=wrong)),
            allowances_charges=(
                a_document_allowance("1.00", rate=right),
                a_document_allowance("1.00", rate=wrong),
                charge,
            ),
        )
    )

    findings = [f for f in validate_invoice(invoice) if f.rule_id == "PDP-VAT-RATE-TERRITORY"]

    # one warning per rate, at the first place it appears
    assert [f.path for f in findings] == ["BG-25[2]/BT-152"]
    assert (
        f"The VAT rate {wrong} % is not a rate of the invoice's territory ({territory.value})"
        in findings[0].message
    )


@pytest.mark.parametrize(
    ("field", "path"),
    [("allowance", "BG-20[2]/BT-96"), ("charge", "BG-21[1]/BT-103")],
)
def test_a_rate_used_only_by_an_allowance_or_a_charge_warns_at_its_path(field: str, path: str) -> None:
    wrong = "8.5"
    odd = a_document_allowance("1.00", rate=wrong)
    if field == "charge":
        odd = replace(odd, is_charge=True, reason="Port", reason_code="FC")
    invoice = compute_totals(
        an_invoice(territory=Territory.MAINLAND).evolve(
            lines=(a_line(rate="20"),),
            allowances_charges=(a_document_allowance("1.00", rate="20"), odd)
            if field == "allowance"
            else (odd,),
        )
    )

    assert [f.path for f in validate_invoice(invoice) if f.rule_id == "PDP-VAT-RATE-TERRITORY"] == [path]


def test_a_line_outside_the_standard_category_is_not_checked_against_the_territory() -> None:
    invoice = category_invoice(VatCategory.EXEMPT, territory=Territory.OVERSEAS)
    assert "PDP-VAT-RATE-TERRITORY" not in ids(invoice)


@pytest.mark.parametrize(
    ("category", "code"),
    [(VatCategory.EXEMPT, "vatex-eu-132-1a"), (VatCategory.REVERSE_CHARGE, "Vatex-Eu-Ae")],
)
def test_an_exemption_code_is_read_in_any_case_as_cen_reads_it(category: VatCategory, code: str) -> None:
    # CEN's BR-CL-22 upper-cases the code; its own examples (XRechnung-O.xml, Invoice-Max_content.xml) write
    # `vatex-eu-132-1a`, which the domain refused
    assert ids(with_breakdown(category_invoice(category), exemption_reason_code=code)) == set()
