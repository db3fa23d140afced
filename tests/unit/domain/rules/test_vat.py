from dataclasses import replace

import pytest

from domain.invoice import Territory, VatCategory
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import a_buyer, a_line, an_invoice
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
