"""French VAT specifics beyond EN 16931 and BR-FR: rates per territory, exemption reason codes, intra-EU supplies.

- PDP-VAT-RATE-TERRITORY (warning): a standard-rated line, allowance or charge uses a rate that BR-FR-16 accepts
  but that does not exist in the invoice's territory (CGI art. 278 ff. for mainland France, 297 for Corsica,
  296 for Guadeloupe, Martinique and Réunion). A warning, not fatal: the territory is our own setting, not a
  field of the document, and the place of taxation can legitimately differ from the seller's territory; the
  platform's validation has no such rule either.
- BR-CL-22 (fatal, EN 16931 code list rule): a VAT exemption reason code (BT-121) belongs to the CEF VATEX list,
  in any case, as CEN's artefact reads it (`upper-case`): CEN's own examples write `vatex-eu-132-1a`.
- PDP-VATEX-CATEGORY (fatal): the VATEX code matches the VAT category (VATEX-EU-AE / VATEX-FR-AE for AE,
  VATEX-EU-IC for K, VATEX-EU-G for G, VATEX-EU-O for O, an exemption code for E).
- PDP-IC-BUYER-VAT (fatal): an intra-community supply (K) goes to a buyer identified for VAT in another member
  state: BT-48 has the shape of an EU VAT identifier and is not French.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from domain.identifiers import is_eu_vat_id
from domain.invoice import AllowanceCharge, InvoiceLine, Territory, VatCategory
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


def vatex_category(code: str) -> VatCategory:
    """The VAT category a VATEX code belongs to."""
    return _CATEGORY_CODES.get(code, VatCategory.EXEMPT)


def check_territory_rates(ctx: Context) -> None:
    inv = ctx.invoice
    allowed = RATES_BY_TERRITORY[inv.territory]
    rates = {item.vat_rate for item in inv.lines if item.vat_category is VatCategory.STANDARD}
    rates.update(ac.vat_rate for ac in inv.allowances_charges if ac.vat_category is VatCategory.STANDARD)
    if allowed.issuperset(rates - {None}):
        return  # the common case, decided without a path per line
    seen: set[Decimal] = set()
    # Paths are built for a rate that warns only: this runs on every invoice.
    sources: tuple[tuple[str, Sequence[InvoiceLine | AllowanceCharge]], ...] = (
        ("BG-25[%d]/BT-152", inv.lines), ("BG-20[%d]/BT-96", ctx.allowances), ("BG-21[%d]/BT-103", ctx.charges)
    )  # fmt: skip
    for path, items in sources:
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


def check_exemption_codes(ctx: Context) -> None:
    for i, entry in enumerate(ctx.invoice.vat_breakdown or (), 1):
        written = entry.exemption_reason_code
        if not written:
            continue
        code = written.upper()
        path = f"BG-23[{i}]/BT-121"
        if code not in VATEX_CODES:
            ctx.fail(
                "BR-CL-22",
                path,
                f"The VAT exemption reason code (BT-121) {written!r} is not in the CEF VATEX list.",
            )
        elif entry.category in _CODED_CATEGORIES and vatex_category(code) is not entry.category:
            ctx.fail(
                "PDP-VATEX-CATEGORY",
                path,
                f"The VAT exemption reason code (BT-121) {written!r} does not match VAT category {entry.category.value!r} "
                f"(BT-118).",
            )


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


CHECKS: tuple[Check, ...] = (check_territory_rates, check_exemption_codes, check_intra_community_buyer)
