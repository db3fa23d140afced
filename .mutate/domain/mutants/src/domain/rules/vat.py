"""French VAT specifics beyond EN 16931 and BR-FR: rates per territory, exemption reason codes, intra-EU supplies.

- PDP-VAT-RATE-TERRITORY (warning): a standard-rated line, allowance or charge uses a rate that BR-FR-16 accepts
  but that does not exist in the invoice's territory (CGI art. 278 ff. for mainland France, 297 for Corsica,
  296 for Guadeloupe, Martinique and Réunion). A warning, not fatal: the territory is our own setting, not a
  field of the document, and the place of taxation can legitimately differ from the seller's territory; the
  platform's validation has no such rule either.
- BR-CL-22 (fatal, EN 16931 code list rule): a VAT exemption reason code (BT-121) belongs to the CEF VATEX list.
- PDP-VATEX-CATEGORY (fatal): the VATEX code matches the VAT category (VATEX-EU-AE / VATEX-FR-AE for AE,
  VATEX-EU-IC for K, VATEX-EU-G for G, VATEX-EU-O for O, an exemption code for E).
- PDP-IC-BUYER-VAT (fatal): an intra-community supply (K) goes to a buyer identified for VAT in another member
  state: BT-48 has the shape of an EU VAT identifier and is not French.
"""

from __future__ import annotations

from decimal import Decimal

from domain.identifiers import is_eu_vat_id
from domain.invoice import Territory, VatCategory
from domain.rules._context import Check, Context
from domain.totals import canonical_rate

_MAINLAND = frozenset(Decimal(r) for r in ("20", "10", "5.5", "2.1"))
RATES_BY_TERRITORY: dict[Territory, frozenset[Decimal]] = {
    Territory.MAINLAND: _MAINLAND,
    Territory.CORSICA: _MAINLAND | frozenset(Decimal(r) for r in ("0.9", "13")),
    Territory.OVERSEAS: frozenset(Decimal(r) for r in ("8.5", "2.1", "1.75", "1.05")),
}

_EXEMPTION_CODES = """VATEX-EU-79-C VATEX-EU-132 VATEX-EU-132-1A VATEX-EU-132-1B VATEX-EU-132-1C VATEX-EU-132-1D
VATEX-EU-132-1E VATEX-EU-132-1F VATEX-EU-132-1G VATEX-EU-132-1H VATEX-EU-132-1I VATEX-EU-132-1J VATEX-EU-132-1K
VATEX-EU-132-1L VATEX-EU-132-1M VATEX-EU-132-1N VATEX-EU-132-1O VATEX-EU-132-1P VATEX-EU-132-1Q VATEX-EU-135-1
VATEX-EU-143 VATEX-EU-143-1A VATEX-EU-143-1B VATEX-EU-143-1C VATEX-EU-143-1D VATEX-EU-143-1E VATEX-EU-143-1F
VATEX-EU-143-1FA VATEX-EU-143-1G VATEX-EU-143-1H VATEX-EU-143-1I VATEX-EU-143-1J VATEX-EU-143-1K VATEX-EU-143-1L
VATEX-EU-144 VATEX-EU-146-1E VATEX-EU-159 VATEX-EU-309 VATEX-EU-148 VATEX-EU-148-A VATEX-EU-148-B VATEX-EU-148-C
VATEX-EU-148-D VATEX-EU-148-E VATEX-EU-148-F VATEX-EU-148-G VATEX-EU-151 VATEX-EU-151-1A VATEX-EU-151-1AA
VATEX-EU-151-1B VATEX-EU-151-1C VATEX-EU-151-1D VATEX-EU-151-1E VATEX-EU-D VATEX-EU-F VATEX-EU-I VATEX-EU-J
VATEX-FR-FRANCHISE VATEX-FR-CNWVAT VATEX-EU-153 VATEX-FR-CGI261-1 VATEX-FR-CGI261-2 VATEX-FR-CGI261-3
VATEX-FR-CGI261-4 VATEX-FR-CGI261-5 VATEX-FR-CGI261-7 VATEX-FR-CGI261-8 VATEX-FR-CGI261A VATEX-FR-CGI261B
VATEX-FR-CGI261C-1 VATEX-FR-CGI261C-2 VATEX-FR-CGI261C-3 VATEX-FR-CGI261D-1 VATEX-FR-CGI261D-1BIS
VATEX-FR-CGI261D-2 VATEX-FR-CGI261D-3 VATEX-FR-CGI261D-4 VATEX-FR-CGI261E-1 VATEX-FR-CGI261E-2 VATEX-FR-CGI277A
VATEX-FR-CGI275 VATEX-FR-298SEXDECIESA VATEX-FR-CGI295""".split()

# Codes reserved to one category; every other code of the list is an exemption (E).
_CATEGORY_CODES: dict[str, VatCategory] = {
    "VATEX-EU-AE": VatCategory.REVERSE_CHARGE,
    "VATEX-FR-AE": VatCategory.REVERSE_CHARGE,
    "VATEX-EU-IC": VatCategory.INTRA_EU,
    "VATEX-EU-G": VatCategory.EXPORT,
    "VATEX-EU-O": VatCategory.NOT_SUBJECT,
}
VATEX_CODES = frozenset(_EXEMPTION_CODES) | frozenset(_CATEGORY_CODES)
_CODED_CATEGORIES = frozenset(
    (
        VatCategory.EXEMPT,
        VatCategory.REVERSE_CHARGE,
        VatCategory.INTRA_EU,
        VatCategory.EXPORT,
        VatCategory.NOT_SUBJECT,
    )
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_vatex_category__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_vatex_category__mutmut)
def vatex_category(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(code, VatCategory.EXEMPT)


def x_vatex_category__mutmut_orig(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(code, VatCategory.EXEMPT)


def x_vatex_category__mutmut_1(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(None, VatCategory.EXEMPT)


def x_vatex_category__mutmut_2(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(code, None)


def x_vatex_category__mutmut_3(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(VatCategory.EXEMPT)


def x_vatex_category__mutmut_4(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(code, )

mutants_x_vatex_category__mutmut['_mutmut_orig'] = x_vatex_category__mutmut_orig # type: ignore # mutmut generated
mutants_x_vatex_category__mutmut['x_vatex_category__mutmut_1'] = x_vatex_category__mutmut_1 # type: ignore # mutmut generated
mutants_x_vatex_category__mutmut['x_vatex_category__mutmut_2'] = x_vatex_category__mutmut_2 # type: ignore # mutmut generated
mutants_x_vatex_category__mutmut['x_vatex_category__mutmut_3'] = x_vatex_category__mutmut_3 # type: ignore # mutmut generated
mutants_x_vatex_category__mutmut['x_vatex_category__mutmut_4'] = x_vatex_category__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_territory_rates__mutmut)
def check_territory_rates(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_orig(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_1(ctx: Context) -> None:
    inv = None
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_2(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = None
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_3(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = None
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_4(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is not VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_5(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(None)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_6(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is not VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_7(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(None):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_8(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates + {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_9(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = None
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_10(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("XXBG-25[%d]/BT-152XX", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_11(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("bg-25[%d]/bt-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_12(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%D]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_13(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("XXBG-20[%d]/BT-96XX", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_14(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("bg-20[%d]/bt-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_15(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%D]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_16(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("XXBG-21[%d]/BT-103XX", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_17(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("bg-21[%d]/bt-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_18(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%D]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_19(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(None, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_20(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, None):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_21(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_22(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, ):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_23(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 2):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_24(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = None
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_25(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed and rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_26(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None and rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_27(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD and rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_28(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_29(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is not None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_30(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate not in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_31(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate not in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_32(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                break
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_33(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(None)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_34(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                None,
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_35(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                None,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_36(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                None,
            )


def x_check_territory_rates__mutmut_37(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_38(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_39(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                )


def x_check_territory_rates__mutmut_40(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "XXPDP-VAT-RATE-TERRITORYXX",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_41(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "pdp-vat-rate-territory",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_42(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path / i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_43(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(None)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_44(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(None)}.",
            )


def x_check_territory_rates__mutmut_45(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {'XX, XX'.join(str(r) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_46(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(None) for r in sorted(allowed))}.",
            )


def x_check_territory_rates__mutmut_47(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    for path, items in (("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances),
                        ("BG-21[%d]/BT-103", ctx.charges)):  # fmt: skip
        for i, item in enumerate(items, 1):
            rate = item.vat_rate
            if (
                item.vat_category is not VatCategory.STANDARD
                or rate is None
                or rate in allowed
                or rate in seen
            ):
                continue
            seen.add(rate)
            ctx.warn(
                "PDP-VAT-RATE-TERRITORY",
                path % i,
                f"The VAT rate {canonical_rate(rate)} % is not a rate of the invoice's territory "
                f"({inv.territory.value}): expected one of {', '.join(str(r) for r in sorted(None))}.",
            )

mutants_x_check_territory_rates__mutmut['_mutmut_orig'] = x_check_territory_rates__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_1'] = x_check_territory_rates__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_2'] = x_check_territory_rates__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_3'] = x_check_territory_rates__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_4'] = x_check_territory_rates__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_5'] = x_check_territory_rates__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_6'] = x_check_territory_rates__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_7'] = x_check_territory_rates__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_8'] = x_check_territory_rates__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_9'] = x_check_territory_rates__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_10'] = x_check_territory_rates__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_11'] = x_check_territory_rates__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_12'] = x_check_territory_rates__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_13'] = x_check_territory_rates__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_14'] = x_check_territory_rates__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_15'] = x_check_territory_rates__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_16'] = x_check_territory_rates__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_17'] = x_check_territory_rates__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_18'] = x_check_territory_rates__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_19'] = x_check_territory_rates__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_20'] = x_check_territory_rates__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_21'] = x_check_territory_rates__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_22'] = x_check_territory_rates__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_23'] = x_check_territory_rates__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_24'] = x_check_territory_rates__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_25'] = x_check_territory_rates__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_26'] = x_check_territory_rates__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_27'] = x_check_territory_rates__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_28'] = x_check_territory_rates__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_29'] = x_check_territory_rates__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_30'] = x_check_territory_rates__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_31'] = x_check_territory_rates__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_32'] = x_check_territory_rates__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_33'] = x_check_territory_rates__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_34'] = x_check_territory_rates__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_35'] = x_check_territory_rates__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_36'] = x_check_territory_rates__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_37'] = x_check_territory_rates__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_38'] = x_check_territory_rates__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_39'] = x_check_territory_rates__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_40'] = x_check_territory_rates__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_41'] = x_check_territory_rates__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_42'] = x_check_territory_rates__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_43'] = x_check_territory_rates__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_44'] = x_check_territory_rates__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_45'] = x_check_territory_rates__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_46'] = x_check_territory_rates__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_territory_rates__mutmut['x_check_territory_rates__mutmut_47'] = x_check_territory_rates__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_exemption_codes__mutmut)
def check_exemption_codes(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_orig(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_1(ctx: Context) -> None:
    for i, entry in enumerate(None, 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_2(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), None):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_3(ctx: Context) -> None:
    for i, entry in enumerate(1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_4(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), ):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_5(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown and (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_6(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 2):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_7(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = None
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_8(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_9(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            break
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_10(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = None
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_11(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_12(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                None,
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_13(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                None,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_14(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                None,
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_15(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_16(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_17(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_18(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "XXBR-CL-22XX",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_19(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "br-cl-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_20(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES or vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_21(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category not in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_22(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(None) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_23(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_24(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                None,
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_25(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                None,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_26(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                None,
            )


def x_check_exemption_codes__mutmut_27(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_28(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_29(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                )


def x_check_exemption_codes__mutmut_30(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "XXPDP-VATEX-CATEGORYXX",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


def x_check_exemption_codes__mutmut_31(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        code = entry.exemption_reason_code
        if not code:
            continue
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "pdp-vatex-category",
                path,
                f"The VAT exemption reason code (BT-121) {code!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )

mutants_x_check_exemption_codes__mutmut['_mutmut_orig'] = x_check_exemption_codes__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_1'] = x_check_exemption_codes__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_2'] = x_check_exemption_codes__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_3'] = x_check_exemption_codes__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_4'] = x_check_exemption_codes__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_5'] = x_check_exemption_codes__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_6'] = x_check_exemption_codes__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_7'] = x_check_exemption_codes__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_8'] = x_check_exemption_codes__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_9'] = x_check_exemption_codes__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_10'] = x_check_exemption_codes__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_11'] = x_check_exemption_codes__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_12'] = x_check_exemption_codes__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_13'] = x_check_exemption_codes__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_14'] = x_check_exemption_codes__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_15'] = x_check_exemption_codes__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_16'] = x_check_exemption_codes__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_17'] = x_check_exemption_codes__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_18'] = x_check_exemption_codes__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_19'] = x_check_exemption_codes__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_20'] = x_check_exemption_codes__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_21'] = x_check_exemption_codes__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_22'] = x_check_exemption_codes__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_23'] = x_check_exemption_codes__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_24'] = x_check_exemption_codes__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_25'] = x_check_exemption_codes__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_26'] = x_check_exemption_codes__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_27'] = x_check_exemption_codes__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_28'] = x_check_exemption_codes__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_29'] = x_check_exemption_codes__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_30'] = x_check_exemption_codes__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_exemption_codes__mutmut['x_check_exemption_codes__mutmut_31'] = x_check_exemption_codes__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_intra_community_buyer__mutmut)
def check_intra_community_buyer(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_orig(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_1(ctx: Context) -> None:
    inv = None
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_2(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = None
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_3(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_4(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = None
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_5(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) and any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_6(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(None) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_7(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is not VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_8(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        None
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_9(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is not VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_10(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k or (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_11(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) and vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_12(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_13(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(None) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_14(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith(None)):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_15(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("XXFRXX")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_16(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("fr")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_17(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            None,
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_18(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            None,
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_19(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            None,
        )


def x_check_intra_community_buyer__mutmut_20(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_21(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_22(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "BG-7/BT-48",
            )


def x_check_intra_community_buyer__mutmut_23(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "XXPDP-IC-BUYER-VATXX",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_24(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "pdp-ic-buyer-vat",
            "BG-7/BT-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_25(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "XXBG-7/BT-48XX",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )


def x_check_intra_community_buyer__mutmut_26(ctx: Context) -> None:
    inv = ctx.invoice
    vat_id = inv.buyer.vat_id
    if not vat_id:
        return
    uses_k = any(line.vat_category is VatCategory.INTRA_EU for line in inv.lines) or any(
        ac.vat_category is VatCategory.INTRA_EU for ac in inv.allowances_charges
    )
    if uses_k and (not is_eu_vat_id(vat_id) or vat_id.startswith("FR")):
        ctx.fail(
            "PDP-IC-BUYER-VAT",
            "bg-7/bt-48",
            f"An intra-community supply (VAT category K) needs a Buyer VAT identifier (BT-48) of another EU member "
            f"state: {vat_id!r}.",
        )

mutants_x_check_intra_community_buyer__mutmut['_mutmut_orig'] = x_check_intra_community_buyer__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_1'] = x_check_intra_community_buyer__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_2'] = x_check_intra_community_buyer__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_3'] = x_check_intra_community_buyer__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_4'] = x_check_intra_community_buyer__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_5'] = x_check_intra_community_buyer__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_6'] = x_check_intra_community_buyer__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_7'] = x_check_intra_community_buyer__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_8'] = x_check_intra_community_buyer__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_9'] = x_check_intra_community_buyer__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_10'] = x_check_intra_community_buyer__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_11'] = x_check_intra_community_buyer__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_12'] = x_check_intra_community_buyer__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_13'] = x_check_intra_community_buyer__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_14'] = x_check_intra_community_buyer__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_15'] = x_check_intra_community_buyer__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_16'] = x_check_intra_community_buyer__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_17'] = x_check_intra_community_buyer__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_18'] = x_check_intra_community_buyer__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_19'] = x_check_intra_community_buyer__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_20'] = x_check_intra_community_buyer__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_21'] = x_check_intra_community_buyer__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_22'] = x_check_intra_community_buyer__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_23'] = x_check_intra_community_buyer__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_24'] = x_check_intra_community_buyer__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_25'] = x_check_intra_community_buyer__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_intra_community_buyer__mutmut['x_check_intra_community_buyer__mutmut_26'] = x_check_intra_community_buyer__mutmut_26 # type: ignore # mutmut generated


CHECKS: tuple[Check, ...] = (check_territory_rates, check_exemption_codes, check_intra_community_buyer)
