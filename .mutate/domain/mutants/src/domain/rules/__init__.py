"""Domain validation of an invoice: EN 16931, the French CIUS (BR-FR) and French VAT specifics.

`validate_invoice` runs every rule (EN 16931 in `en16931` and `code_lists`, BR-FR in `br_fr`, VAT in `vat`)
and returns every finding (it never stops at the first). The invoice may carry computed totals
(`domain.totals.compute_totals`) or declared ones (a parsed document): declared values are checked against their
recomputation, exactly to the cent. Rule ids agree with the official artefacts
(CEN EN 16931 CII validation, FNFE-MPE BR-FR-Flux2 CII schematron V1.4.0); rules of our own start with `PDP-`
and are listed in each module's docstring.
"""

from __future__ import annotations

from domain.findings import Finding
from domain.invoice import Invoice
from domain.rules import br_fr, code_lists, en16931, vat
from domain.rules._context import Check, Context

CHECKS: tuple[Check, ...] = en16931.CHECKS + code_lists.CHECKS + br_fr.CHECKS + vat.CHECKS


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_validate_invoice__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_invoice__mutmut)
def validate_invoice(invoice: Invoice) -> list[Finding]:
    """All findings of the domain rules on `invoice`, fatal and otherwise, in rule order."""
    ctx = Context(invoice)
    for check in CHECKS:
        check(ctx)
    return ctx.findings


def x_validate_invoice__mutmut_orig(invoice: Invoice) -> list[Finding]:
    """All findings of the domain rules on `invoice`, fatal and otherwise, in rule order."""
    ctx = Context(invoice)
    for check in CHECKS:
        check(ctx)
    return ctx.findings


def x_validate_invoice__mutmut_1(invoice: Invoice) -> list[Finding]:
    """All findings of the domain rules on `invoice`, fatal and otherwise, in rule order."""
    ctx = None
    for check in CHECKS:
        check(ctx)
    return ctx.findings


def x_validate_invoice__mutmut_2(invoice: Invoice) -> list[Finding]:
    """All findings of the domain rules on `invoice`, fatal and otherwise, in rule order."""
    ctx = Context(None)
    for check in CHECKS:
        check(ctx)
    return ctx.findings


def x_validate_invoice__mutmut_3(invoice: Invoice) -> list[Finding]:
    """All findings of the domain rules on `invoice`, fatal and otherwise, in rule order."""
    ctx = Context(invoice)
    for check in CHECKS:
        check(None)
    return ctx.findings

mutants_x_validate_invoice__mutmut['_mutmut_orig'] = x_validate_invoice__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_invoice__mutmut['x_validate_invoice__mutmut_1'] = x_validate_invoice__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_invoice__mutmut['x_validate_invoice__mutmut_2'] = x_validate_invoice__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_invoice__mutmut['x_validate_invoice__mutmut_3'] = x_validate_invoice__mutmut_3 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_base_rule_id__mutmut)
def base_rule_id(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_orig(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_1(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = None
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_2(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split(None, 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_3(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", None)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_4(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split(1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_5(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", )[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_6(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.rsplit("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_7(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("XX_XX", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_8(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 2)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_9(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[1]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_10(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") or head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_11(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith(None) and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_12(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("XXBR-FR-XX") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_13(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("br-fr-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_14(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(None):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_15(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("XX-LEGALIDXX", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_16(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-legalid", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_17(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "XX-GLOBALIDXX", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_18(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-globalid", "-Value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_19(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "XX-ValueXX")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_20(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-value")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_21(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-VALUE")):
        head = head.rsplit("-", 1)[0]
    return head


def x_base_rule_id__mutmut_22(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = None
    return head


def x_base_rule_id__mutmut_23(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit(None, 1)[0]
    return head


def x_base_rule_id__mutmut_24(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", None)[0]
    return head


def x_base_rule_id__mutmut_25(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit(1)[0]
    return head


def x_base_rule_id__mutmut_26(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", )[0]
    return head


def x_base_rule_id__mutmut_27(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.split("-", 1)[0]
    return head


def x_base_rule_id__mutmut_28(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("XX-XX", 1)[0]
    return head


def x_base_rule_id__mutmut_29(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 2)[0]
    return head


def x_base_rule_id__mutmut_30(rule_id: str) -> str:
    """The rule an assertion id belongs to, across syntaxes: "BR-FR-05_BT-22_PMT" -> "BR-FR-05",
    "BR-FR-32-LEGALID" -> "BR-FR-32", "BR-CO-10" -> "BR-CO-10"."""
    head = rule_id.split("_", 1)[0]
    if head.startswith("BR-FR-") and head.endswith(("-LEGALID", "-GLOBALID", "-Value")):
        head = head.rsplit("-", 1)[1]
    return head

mutants_x_base_rule_id__mutmut['_mutmut_orig'] = x_base_rule_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_1'] = x_base_rule_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_2'] = x_base_rule_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_3'] = x_base_rule_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_4'] = x_base_rule_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_5'] = x_base_rule_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_6'] = x_base_rule_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_7'] = x_base_rule_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_8'] = x_base_rule_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_9'] = x_base_rule_id__mutmut_9 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_10'] = x_base_rule_id__mutmut_10 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_11'] = x_base_rule_id__mutmut_11 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_12'] = x_base_rule_id__mutmut_12 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_13'] = x_base_rule_id__mutmut_13 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_14'] = x_base_rule_id__mutmut_14 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_15'] = x_base_rule_id__mutmut_15 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_16'] = x_base_rule_id__mutmut_16 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_17'] = x_base_rule_id__mutmut_17 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_18'] = x_base_rule_id__mutmut_18 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_19'] = x_base_rule_id__mutmut_19 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_20'] = x_base_rule_id__mutmut_20 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_21'] = x_base_rule_id__mutmut_21 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_22'] = x_base_rule_id__mutmut_22 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_23'] = x_base_rule_id__mutmut_23 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_24'] = x_base_rule_id__mutmut_24 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_25'] = x_base_rule_id__mutmut_25 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_26'] = x_base_rule_id__mutmut_26 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_27'] = x_base_rule_id__mutmut_27 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_28'] = x_base_rule_id__mutmut_28 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_29'] = x_base_rule_id__mutmut_29 # type: ignore # mutmut generated
mutants_x_base_rule_id__mutmut['x_base_rule_id__mutmut_30'] = x_base_rule_id__mutmut_30 # type: ignore # mutmut generated


__all__ = ["CHECKS", "base_rule_id", "validate_invoice"]
