"""Line rules at their edges, exactly: prices of zero (BR-27, BR-28 forbid only negative ones), the reasons of a
line's second allowance and second charge (each numbered in its own group), a standard-rated line and breakdown
without rate (grouped under 0, as totals groups them), and a total and a line net of 20 digits with 2 decimals."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from domain.invoice import AllowanceCharge
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice
from tests.unit.domain.rules.helpers import fatal_ids, ids, valid, with_breakdown, with_line, with_totals


def _findings(invoice, prefix: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(f.rule_id, f.path, f.message) for f in validate_invoice(invoice) if f.rule_id.startswith(prefix)]


def test_a_price_of_zero_is_not_negative() -> None:
    for allowances in (
        (),
        (AllowanceCharge(False, Decimal("0.00"), reason="Remise"),),
    ):  # quick path, full checks
        free = with_line(
            valid(1), 0, net_price=Decimal("0"), gross_price=Decimal("0"), allowances_charges=allowances
        )
        assert not {"BR-27", "BR-28"} & ids(free)


def test_the_second_allowance_and_charge_of_a_line_without_reason_are_numbered_in_their_groups() -> None:
    def ac(is_charge: bool, reason: str) -> AllowanceCharge:
        return AllowanceCharge(is_charge, Decimal("1.00"), reason=reason)

    with_reasons = (ac(False, "Remise"), ac(True, "Port"), ac(False, ""), ac(True, ""))
    invoice = compute_totals(
        an_invoice(1).evolve(lines=(replace(valid(1).lines[0], allowances_charges=with_reasons),))
    )

    allowance = "Each Invoice line allowance shall have a reason or a reason code (BT-139/BT-140)."
    charge = "Each Invoice line charge shall have a reason or a reason code (BT-144/BT-145)."
    assert _findings(invoice, "BR-4") + _findings(invoice, "BR-CO-2") == [
        ("BR-42", "BG-25[1]/BG-27[2]", allowance),
        ("BR-44", "BG-25[1]/BG-28[2]", charge),
        ("BR-CO-23", "BG-25[1]/BG-27[2]", allowance),
        ("BR-CO-24", "BG-25[1]/BG-28[2]", charge),
    ]


def test_a_standard_rated_line_and_breakdown_without_rate_are_grouped_under_0() -> None:
    invoice = an_invoice(1)
    computed = compute_totals(invoice.evolve(lines=(replace(invoice.lines[0], vat_rate=None),)))
    # BR-48 for the breakdown's missing rate, BR-S-05 for the line's; the amounts agree under the key (S, 0)
    assert fatal_ids(with_breakdown(computed, rate=None)) == {"BR-48", "BR-S-05"}


def test_a_total_of_20_digits_with_2_decimals_is_too_long_and_one_of_19_is_not() -> None:
    def dec(paid: str) -> list[tuple[str, str, str]]:
        return _findings(with_totals(valid(1), paid=Decimal(paid)), "BR-FR-DEC-01")

    assert dec("123456789012345678.90") == [
        (
            "BR-FR-DEC-01_BT-113",
            "BG-22/BT-113",
            "The Paid amount (BT-113) shall have at most 2 decimals and 19 digits: 123456789012345678.90.",
        )
    ]
    assert dec("12345678901234567.89") == []


def test_a_line_net_of_20_digits_with_2_decimals_is_too_long() -> None:
    line_net = Decimal("123456789012345678.90")
    found = _findings(with_line(valid(1), 0, net_amount=line_net), "BR-FR-DEC-01")
    assert found == [
        (
            "BR-FR-DEC-01_BT-131",
            "BG-25[1]/BT-131",
            "The Invoice line net amount (BT-131) shall have at most 2 decimals and 19 digits: 123456789012345678.90.",
        )
    ]
