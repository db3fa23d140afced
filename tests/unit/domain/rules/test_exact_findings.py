"""Every finding of the domain rules, exactly: rule id, severity, business-term path and message.

The other rule tests say which rules a fault breaks; this table says what the user is told for each: the faults of
those tests, of tests/support/mutations.py and of each VAT category. A mistake in a message, a path or a severity
(or a finding reported twice, or under the wrong rule) changes a line of `exact_findings.txt`.

The table was written from the rules' output and read against EN 16931-1 and the BR-FR specification: change it by
hand when a message is meant to change (the failure prints the case's actual block, ready to paste).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from domain.findings import Finding
from domain.invoice import (
    Attachment,
    Identifier,
    Invoice,
    Payee,
    VatCategory,
)
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import a_buyer, a_seller, an_invoice
from tests.support.mutations import MUTATIONS
from tests.unit.domain.rules import test_br_fr, test_code_lists, test_en16931
from tests.unit.domain.rules.helpers import category_invoice, valid, with_breakdown, with_line, with_totals

TABLE = Path(__file__).with_name("exact_findings.txt")

Case = Callable[[], Invoice]


def _numbered(
    source: str, cases: list[tuple[str, Callable[[Invoice], Invoice]]], lines: int
) -> dict[str, Case]:
    return {
        f"{source} {i:02d} {rule}": (lambda mutate=mutate: mutate(valid(lines)))
        for i, (rule, mutate) in enumerate(cases)
    }


def _categories() -> dict[str, Case]:
    """Each VAT category's rules, broken one at a time on a valid invoice of that category."""
    bases: dict[str, Case] = {
        prefix: (lambda inv=inv: inv) for prefix, inv in test_en16931.all_zero_categories()
    }
    bases["BR-S"] = valid
    bases["BR-O"] = test_en16931.not_subject_invoice
    faults: dict[str, Callable[[Invoice], Invoice]] = {
        "rate 20": lambda inv: with_line(inv, 0, vat_rate=Decimal("20")),
        "rate 0": lambda inv: with_line(inv, 0, vat_rate=Decimal("0")),
        "no line rate": lambda inv: with_line(inv, 0, vat_rate=None),
        "breakdown tax 1.00": lambda inv: with_breakdown(inv, tax_amount=Decimal("1.00")),
        "breakdown taxable 1.00": lambda inv: with_breakdown(inv, taxable_amount=Decimal("1.00")),
        "no breakdown": lambda inv: inv.evolve(vat_breakdown=()),
        "no seller VAT id": lambda inv: inv.evolve(seller=replace(inv.seller, vat_id="")),
        "seller VAT id": lambda inv: inv.evolve(seller=a_seller()),
        "no buyer VAT id nor SIREN": lambda inv: inv.evolve(
            buyer=replace(inv.buyer, vat_id="", legal_registration=None)
        ),
        "no exemption reason": lambda inv: with_breakdown(inv, exemption_reason_code="", exemption_reason=""),
        "exemption text": lambda inv: with_breakdown(inv, exemption_reason="Exonération"),
        "no delivery": lambda inv: inv.evolve(delivery=None),
    }
    return {
        f"category {prefix} {fault}": (lambda base=base, change=change: change(base()))
        for prefix, base in bases.items()
        for fault, change in faults.items()
    }


def _attached(*attachments: Attachment) -> Case:
    return lambda: valid(attachments=attachments)


PDF = Attachment("A1", "LISIBLE", content=b"%PDF-1.7", mime_code="application/pdf", filename="f.pdf")
MIB = 1024 * 1024


def _others() -> dict[str, Case]:
    """The rules the fault lists above leave untouched: attachments, the exchange rate, the payee, missing
    breakdown values, and mixed 'Not subject to VAT'."""
    usd = compute_totals(an_invoice(currency="USD", exchange_rate=Decimal("0.92")))
    assert usd.totals is not None
    bt111 = usd.totals.tax_total_accounting_currency
    not_subject = test_en16931.not_subject_invoice()
    return {
        "attachments 21": _attached(*(replace(PDF, reference=f"A{i}", description="RIB") for i in range(21))),
        "attachment without reference": _attached(replace(PDF, reference=" ")),
        "attachment neither embedded nor linked": _attached(Attachment("A1", "RIB")),
        "attachment linked only": _attached(Attachment("A1", "RIB", uri="https://example.invalid/a.pdf")),
        "attachment of unknown MIME code": _attached(replace(PDF, mime_code="text/html")),
        "attachment without filename": _attached(replace(PDF, filename=" ")),
        "attachment of 7 MiB": _attached(replace(PDF, content=bytes(7 * MIB))),
        "attachment of 7 MiB + 1": _attached(replace(PDF, content=bytes(7 * MIB + 1))),
        "attachments of 20 MiB + 1": _attached(
            *(replace(PDF, reference=f"A{i}", description="RIB", content=bytes(5 * MIB)) for i in range(4)),
            replace(PDF, reference="A9", description="RIB", content=b"x"),
        ),
        "attachment of unknown type": _attached(replace(PDF, description="PHOTO")),
        "attachments two readable copies": _attached(PDF, replace(PDF, reference="A2")),
        "exchange rate for EUR": lambda: valid(exchange_rate=Decimal("1")),
        "exchange rate 0": lambda: compute_totals(an_invoice(currency="USD")).evolve(
            exchange_rate=Decimal("0")
        ),
        "exchange rate 7 decimals": lambda: usd.evolve(exchange_rate=Decimal("0.1234567")),
        "exchange rate 13 digits": lambda: usd.evolve(exchange_rate=Decimal("1234567.123456")),
        "exchange rate BT-111 one cent off": lambda: with_totals(
            usd, tax_total_accounting_currency=bt111 + Decimal("0.01")
        ),
        "exchange rate BT-111 two cents off": lambda: with_totals(
            usd, tax_total_accounting_currency=bt111 + Decimal("0.02")
        ),
        "payee SIREN of 8 digits": lambda: valid(payee=Payee("Factor", None, Identifier("73282932", "0002"))),
        "payee registration of unknown scheme": lambda: valid(
            payee=Payee("Factor", None, Identifier("732829320", "9998"))
        ),
        "line without VAT category": lambda: with_line(valid(), 0, vat_category=None),
        "line allowance base of 3 decimals": lambda: compute_totals(
            with_line(
                valid(),
                0,
                allowances_charges=(test_en16931.charge(is_charge=False, base_amount=Decimal("1.001")),),
            )
        ),  # fmt: skip
        "line net amount NaN": lambda: with_line(valid(), 0, net_amount=Decimal("NaN")),
        # BT-117 and BT-118 are never None in the model (BR-46/BR-47 are refused by every reader): see
        # docs/mutation-equivalents.txt; BT-116 and BT-119 are read as given
        "breakdown without taxable amount": lambda: with_breakdown(valid(), taxable_amount=None),
        "breakdown without rate": lambda: with_breakdown(valid(), rate=None),
        "exemption code outside VATEX": lambda: with_breakdown(
            category_invoice(VatCategory.EXEMPT), exemption_reason_code="VATEX-FR-NOPE"
        ),
        "exemption code of another category": lambda: with_breakdown(
            category_invoice(VatCategory.EXPORT), exemption_reason_code="VATEX-FR-CGI261-4"
        ),
        "intra-EU buyer French": lambda: category_invoice(VatCategory.INTRA_EU, buyer=a_buyer()),
        "not subject mixed with a standard line": lambda: with_reason_o(
            compute_totals(not_subject.evolve(lines=(*not_subject.lines, replace(valid().lines[0], id="2"))))
        ),
        "not subject with a document allowance": lambda: with_reason_o(
            compute_totals(
                not_subject.evolve(
                    allowances_charges=(test_en16931.charge(is_charge=False, reason="Remise"),)
                )
            )
        ),
        "accounting currency without BT-111": lambda: valid().evolve(
            currency="USD", accounting_currency="EUR"
        ),
        "not subject with a document charge": lambda: with_reason_o(
            compute_totals(not_subject.evolve(allowances_charges=(test_en16931.charge(),)))
        ),
    }


def with_reason_o(invoice: Invoice) -> Invoice:
    return test_en16931.with_reason(invoice)


def cases() -> dict[str, Case]:
    found: dict[str, Case] = {}
    found.update(_numbered("en16931", test_en16931.BROKEN, 2))
    found.update(_numbered("totals", [(term, m) for term, m, _ in test_en16931.TOTALS_MUTATIONS], 3))
    found.update(_numbered("br-fr", test_br_fr.BROKEN, 2))
    found.update(
        _numbered("code-lists", [(rule, change) for change, rule in test_code_lists.UNKNOWN_CODES], 2)
    )
    found.update({f"fault {m.name}": (lambda m=m: m(valid(3))) for m in MUTATIONS})
    found.update(_categories())
    found.update({f"other {name}": case for name, case in _others().items()})
    return found


def render(findings: list[Finding]) -> list[str]:
    return [f"{f.rule_id}\t{f.severity.value}\t{f.path}\t{f.message}" for f in findings]


def read_table() -> dict[str, list[str]]:
    """`[case]` headers, then one tab-separated finding a line: rule id, severity, path, message."""
    table: dict[str, list[str]] = {}
    current: list[str] = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = table.setdefault(line[1:-1], [])
        elif line:
            current.append(line)
    return table


CASES = cases()
EXPECTED = read_table()


def test_the_table_has_exactly_the_cases() -> None:
    assert sorted(EXPECTED) == sorted(CASES)


GROUPS = sorted({name.split(" ", 1)[0] for name in CASES})


# One test per group of cases, not one per case: a mutation run executes these for every mutant of the rules, and
# pytest's cost per test is thirty times that of validating one invoice.
@pytest.mark.parametrize("group", GROUPS)
def test_every_finding_of_every_case_exactly(group: str) -> None:
    wrong = []
    for case in sorted(c for c in CASES if c.split(" ", 1)[0] == group):
        actual = render(validate_invoice(CASES[case]()))
        if actual != EXPECTED.get(case):
            wrong.append("\n".join([f"[{case}]", *actual]))
    assert not wrong, "\n\n".join(wrong)
