"""BR-CL code list rules: an unknown code is fatal under the artefact's id; known codes and absent ones pass."""

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest

from domain.invoice import (
    AllowanceCharge,
    Delivery,
    Identifier,
    Invoice,
    Item,
    Note,
    Payee,
    PaymentInstructions,
    VatCategory,
)
from tests.unit.domain.rules.helpers import fatal_ids, valid, with_line, with_totals


def _seller(invoice: Invoice, **changes: object) -> Invoice:
    return invoice.evolve(seller=replace(invoice.seller, **changes))  # type: ignore[arg-type]


def _buyer(invoice: Invoice, **changes: object) -> Invoice:
    return invoice.evolve(buyer=replace(invoice.buyer, **changes))  # type: ignore[arg-type]


def _allowance(code: str, *, charge: bool = False) -> AllowanceCharge:
    return AllowanceCharge(
        charge,
        Decimal("1.00"),
        vat_category=VatCategory.STANDARD,
        vat_rate=Decimal("20"),
        reason="x",
        reason_code=code,
    )


def test_the_valid_invoice_breaks_no_code_list_rule() -> None:
    assert {i for i in fatal_ids(valid()) if i.startswith("BR-CL")} == set()


def test_an_unknown_invoice_currency_breaks_br_cl_04_and_br_cl_03() -> None:
    assert {"BR-CL-03", "BR-CL-04"} <= fatal_ids(valid().evolve(currency="ZZZ"))


def test_an_unknown_accounting_currency_breaks_br_cl_05_and_br_cl_03_only_with_bt_111() -> None:
    without_bt111 = valid().evolve(accounting_currency="ZZZ")
    with_bt111 = with_totals(without_bt111, tax_total_accounting_currency=Decimal("10.00"))

    assert "BR-CL-05" in fatal_ids(without_bt111) and "BR-CL-03" not in fatal_ids(without_bt111)
    assert {"BR-CL-03", "BR-CL-05"} <= fatal_ids(with_bt111)


@pytest.mark.parametrize(("code", "fatal"), [("5", False), ("72", False), ("432", False), ("99", True)])
def test_the_vat_point_date_code_is_a_cii_or_ubl_code(code: str, fatal: bool) -> None:
    assert ("BR-CL-06" in fatal_ids(valid().evolve(vat_point_date_code=code))) is fatal


UNKNOWN_CODES: list[tuple[Callable[[Invoice], Invoice], str]] = [
    (lambda i: i.evolve(invoiced_object=Identifier("OBJ-1", "QQQ")), "BR-CL-07"),
    (lambda i: with_line(i, object_id=Identifier("OBJ-1", "QQQ")), "BR-CL-07"),
    (lambda i: i.evolve(notes=(*i.notes, Note("Texte", "QQQ"))), "BR-CL-08"),
    (lambda i: _seller(i, identifiers=(Identifier("X1", "9998"),)), "BR-CL-10"),
    (lambda i: i.evolve(payee=Payee("Factor", identifier=Identifier("X1", "9998"))), "BR-CL-10"),
    (lambda i: _buyer(i, legal_registration=Identifier("552100554", "9998")), "BR-CL-11"),
    (lambda i: with_line(i, item=Item("Vis", classifications=(Identifier("123", "QQ"),))), "BR-CL-13"),
    (lambda i: _buyer(i, address=replace(i.buyer.address, country="ZZ")), "BR-CL-14"),
    (lambda i: i.evolve(delivery=Delivery(address=replace(i.buyer.address, country="ZZ"))), "BR-CL-14"),
    (lambda i: with_line(i, item=Item("Vis", origin_country="ZZ")), "BR-CL-15"),
    (lambda i: i.evolve(payment_instructions=(PaymentInstructions("99"),)), "BR-CL-16"),
    (lambda i: i.evolve(allowances_charges=(_allowance("999"),)), "BR-CL-19"),
    (
        lambda i: with_line(i, allowances_charges=(replace(_allowance("999"), vat_category=None),)),
        "BR-CL-19",
    ),
    (lambda i: i.evolve(allowances_charges=(_allowance("QQQ", charge=True),)), "BR-CL-20"),
    (lambda i: with_line(i, item=Item("Vis", standard_id=Identifier("123", "9998"))), "BR-CL-21"),
    (lambda i: with_line(i, unit_code="QQQ"), "BR-CL-23"),
    (lambda i: _buyer(i, electronic_address=Identifier("552100554", "9998")), "BR-CL-25"),
    (lambda i: i.evolve(delivery=Delivery(location=Identifier("L1", "9998"))), "BR-CL-26"),
]


@pytest.mark.parametrize(("change", "rule"), UNKNOWN_CODES)
def test_an_unknown_code_breaks_its_code_list_rule(change, rule: str) -> None:  # type: ignore[no-untyped-def]
    assert rule in fatal_ids(change(valid()))


@pytest.mark.parametrize(
    "change",
    [
        lambda i: i.evolve(notes=(*i.notes, Note("Texte", "AAI"))),
        lambda i: _seller(i, identifiers=(Identifier("10000000900017", "0009"),)),
        lambda i: i.evolve(allowances_charges=(_allowance("95"),)),
        lambda i: i.evolve(allowances_charges=(_allowance("FC", charge=True),)),
        lambda i: with_line(i, unit_code="HUR"),
        lambda i: with_line(
            i, item=Item("Vis", classifications=(Identifier("12345", "STI"),), origin_country="DE")
        ),
        lambda i: i.evolve(
            payment_instructions=(PaymentInstructions("30", iban="FR7630006000011234567890189"),)
        ),
    ],
)
def test_known_codes_pass(change) -> None:  # type: ignore[no-untyped-def]
    assert {i for i in fatal_ids(change(valid())) if i.startswith("BR-CL")} == set()
