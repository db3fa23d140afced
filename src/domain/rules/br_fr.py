"""French CIUS rules (BR-FR, FNFE-MPE V1.4.0), with the assertion ids of `BR-FR-Flux2-Schematron-CII.sch`
(e.g. "BR-FR-05_BT-22_PMT"; `rules.base_rule_id` gives "BR-FR-05"). The UBL schematron uses other suffixes
for a few rules: compare on the base id across syntaxes.

Conditions follow the schematron exactly, including where it differs from summaries:
- BR-FR-05/06 (PMT, PMD, AAB notes present and unique; TXD unique) apply to every invoice, not only B2B; a
  BR-FR-05 note whose text is blank is missing here (the schematron passes it);
- BR-FR-11 (buyer SIREN) and BR-FR-21/22 (0225 electronic address starting with the SIREN) apply only when
  the BAR note is B2B; BR-FR-21 (buyer BT-49) excludes types 389, 501, 500, 471, 473, 261, 502, for which
  BR-FR-22 checks the seller address (BT-34) instead;
- BR-FR-10 and BR-FR-11 read the legal registration identifier with scheme 0002 only.
The BAR value is `Invoice.processing_rule`; a BAR note in `Invoice.notes` would be a second one.

Our own rules (no official id), prefixed PDP-:
- PDP-SIREN-KEY: a SIREN (BT-30, BT-47, scheme 0002) fails the Luhn check (fatal);
- PDP-SIRET-KEY: a SIRET (scheme 0009 in BT-29, BT-46) fails the Luhn / La Poste check (fatal);
- PDP-VAT-KEY: a French VAT number (BT-31, BT-48, BT-63) is malformed or its numeric key does not match the
  SIREN (fatal); alphanumeric keys cannot be checked and are accepted (python-stdnum's rule);
- PDP-IBAN-KEY: a payment account (BT-84) written as an IBAN fails its ISO 13616 check digits (fatal; no official
  layer checks it); an account of another form is not judged.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from operator import attrgetter

from domain.bounds import is_blank
from domain.document_types import (
    CORRECTIVE_CODES,
    CREDIT_NOTE_CODES,
    DOCUMENT_KINDS,
    PREPAYMENT_CODES,
    SELF_BILLED_CODES,
    DocumentType,
)
from domain.identifiers import (
    ADDRESS_SCHEME,
    SIREN_SCHEME,
    SIRET_SCHEME,
    VatKeyCheck,
    check_french_vat_number,
    iban_key_fails,
    is_valid_siren,
    is_valid_siret,
    siren_of,
)
from domain.invoice import Identifier, Invoice, Party, ProcessingRule
from domain.money import EUR, ZERO, round_amount
from domain.rules._context import Check, Context
from domain.rules.amounts import MAX_DIGITS, fits

_ID_FORMAT = re.compile(r"[A-Za-z0-9+\-_/]+")
_SCHEME_VALUE_FORMAT = re.compile(r"[A-Za-z0-9+\-_.]+")
_NINE_DIGITS = re.compile(r"\d{9}")  # BR-FR-32 on a 0231 identifier; a SIREN's shape is `siren_of`'s

DOCUMENT_TYPES = frozenset(DOCUMENT_KINDS)  # BR-FR-04
BUSINESS_PROCESSES = frozenset(
    "B1 S1 M1 B2 S2 M2 S3 B4 S4 M4 S5 S6 B7 S7 B8 S8 M8 B9 S9 M9".split()
)  # BR-FR-08
BAR_VALUES = frozenset(("B2B", "B2BINT", "B2C", "B2CINT", "OUTOFSCOPE", "ARCHIVEONLY"))  # BR-FR-20
VAT_CATEGORIES = frozenset(("S", "E", "AE", "K", "G", "O", "Z"))  # BR-FR-15
# BR-FR-16 compares the rate as written: 20, 20.0 and 20.00 pass, 20.000 does not.
VAT_RATES = frozenset(
    """0 0.0 0.00 10 10.0 10.00 13 13.0 13.00 20 20.0 20.00 8.5 8.50 19.6 19.60 2.1 2.10 5.5 5.50 7 7.0 7.00
    20.6 20.60 1.05 0.9 0.90 1.75 9.2 9.20 9.6 9.60""".split()
)
RATE_VALUES = frozenset(Decimal(r) for r in VAT_RATES)  # every listed value appears with 0 to 2 decimals
_PAID_PROCESSES = frozenset(("B2", "S2", "M2"))  # invoice already paid (BR-FR-CO-07, BR-FR-CO-09)
_FINAL_AFTER_PREPAYMENT = frozenset(("B4", "S4", "M4"))  # BR-FR-CO-08
_BIDIRECTIONAL = frozenset(("B9", "S9", "M9"))  # BR-FR-DEC-03 accepts negative prices
# The families come from the one table of document types (domain.document_types), which copies these rules' lists.
_PREPAYMENT_TYPES = PREPAYMENT_CODES  # BR-FR-CO-07/08
_SELF_BILLED_FOR_ROUTING = SELF_BILLED_CODES  # BR-FR-21/22
_CORRECTIVE_TYPES = CORRECTIVE_CODES  # BR-FR-CO-04
# BR-FR-CO-05: every credit note but the consolidated one (262), which names a contract and period instead (CO-03).
_CREDIT_NOTE_TYPES = CREDIT_NOTE_CODES - {DocumentType.CONSOLIDATED_CREDIT_NOTE.value}
_MANDATORY_NOTES = (
    ("PMT", "recovery indemnity"),
    ("PMD", "late payment penalties"),
    ("AAB", "early payment discount"),
)


def _code(value: object) -> str:
    return str(getattr(value, "value", value) or "")


def _legal_siren(party: Party) -> str:
    """BT-30 / BT-47 value when its scheme is 0002, else '': what BR-FR-09/10/11/21/22 read (the schematron's
    CompanyID[@schemeID='0002']), as written, so that a malformed one is reported as it stands."""
    reg = party.legal_registration
    return reg.value.strip() if reg is not None and reg.scheme == SIREN_SCHEME else ""


def _valid_id(value: str) -> bool:
    return _ID_FORMAT.fullmatch(value) is not None


def check_numbers(ctx: Context) -> None:
    """BR-FR-01/02 on the invoice number (BT-1) and preceding invoice numbers (BT-25)."""
    inv = ctx.invoice
    refs = [("BT-1", "BT-1", "Invoice number (BT-1)", inv.number)]
    refs += [
        (f"BG-3[{i}]/BT-25", "BT-25", "Preceding invoice number (BT-25)", p.number)
        for i, p in enumerate(inv.preceding_invoices, 1)
    ]
    for path, bt, term, number in refs:
        if len(number) > 35:
            ctx.fail(f"BR-FR-01_{bt}", path, f"The {term} shall not exceed 35 characters: {number!r}.")
        if not _valid_id(number):
            ctx.fail(
                f"BR-FR-02_{bt}",
                path,
                f"The {term} may only contain letters, digits and + - _ /: {number!r}.",
            )


def _dates(inv: Invoice) -> list[tuple[str, str, str, date | None]]:
    out = [
        ("BR-FR-03_BT-2", "BT-2", "Invoice issue date (BT-2)", inv.issue_date),
        ("BR-FR-03_BT-7", "BT-7", "Value added tax point date (BT-7)", inv.vat_point_date),
        ("BR-FR-03_BT-9", "BT-9", "Payment due date (BT-9)", inv.due_date),
    ]
    out += [
        ("BR-FR-03_BT-26", f"BG-3[{i}]/BT-26", "Preceding invoice issue date (BT-26)", p.issue_date)
        for i, p in enumerate(inv.preceding_invoices, 1)
    ]
    if inv.delivery is not None:
        out.append(("BR-FR-03_BT-72", "BG-13/BT-72", "Actual delivery date (BT-72)", inv.delivery.date))
    if inv.period is not None:
        out.append(("BR-FR-03_BT-73", "BG-14/BT-73", "Invoicing period start date (BT-73)", inv.period.start))
        out.append(("BR-FR-03_BT-74", "BG-14/BT-74", "Invoicing period end date (BT-74)", inv.period.end))
    for i, line in enumerate(inv.lines, 1):
        if line.period is not None:
            out.append(
                (
                    "BR-FR-03_EXT-FR-FE-134",
                    f"BG-25[{i}]/BG-26/BT-134",
                    "Invoice line period start date (BT-134)",
                    line.period.start,
                )
            )
            out.append(
                (
                    "BR-FR-03_EXT-FR-FE-135",
                    f"BG-25[{i}]/BG-26/BT-135",
                    "Invoice line period end date (BT-135)",
                    line.period.end,
                )
            )
    return out


def check_dates(ctx: Context) -> None:
    """BR-FR-03: every date lies in the years 2000–2099."""
    for rule_id, path, term, value in _dates(ctx.invoice):
        if value is not None and not 2000 <= value.year <= 2099:
            ctx.fail(rule_id, path, f"The {term} shall be in the years 2000 to 2099: {value.isoformat()}.")


def check_codes(ctx: Context) -> None:
    """BR-FR-04 (BT-3), BR-FR-08 (BT-23), BR-FR-20/31 (BAR note), BR-FR-CO-08."""
    inv = ctx.invoice
    type_code = _code(inv.type_code)
    if type_code not in DOCUMENT_TYPES:
        ctx.fail(
            "BR-FR-04_BT-3", "BT-3", f"The Invoice type code (BT-3) {type_code!r} is not allowed in France."
        )
    if inv.business_process not in BUSINESS_PROCESSES:
        ctx.fail(
            "BR-FR-08_BT-23",
            "BT-23",
            f"The Business process type (BT-23, cadre de facturation) is missing or not allowed: {inv.business_process!r}.",
        )
    written = inv.processing_rule.bar_value  # None for B2G: its documents carry no BAR note (domain.b2g)
    bar_values = ([written] if written is not None else []) + [
        n.text.strip() for n in inv.notes if n.subject_code == "BAR"
    ]
    for value in bar_values:
        if value not in BAR_VALUES:
            ctx.fail(
                "BR-FR-20_BT-21",
                "BG-1/BT-22",
                f"The BAR note (processing rule) has a value that is not allowed: {value!r}.",
            )
    if sum(value in BAR_VALUES for value in bar_values) > 1:
        ctx.fail(
            "BR-FR-31_BT-21", "BG-1/BT-21", "The invoice shall have a single BAR note (processing rule)."
        )
    if inv.business_process in _FINAL_AFTER_PREPAYMENT and type_code in _PREPAYMENT_TYPES:
        ctx.fail(
            "BR-FR-CO-08_BT-23",
            "BT-23",
            f"A final invoice after prepayment (BT-23 = {inv.business_process}) cannot have a prepayment type code (BT-3 = {type_code}).",
        )


def check_notes(ctx: Context) -> None:
    """BR-FR-05 (PMT, PMD, AAB notes present) and BR-FR-06 (PMT, PMD, AAB, TXD notes unique).

    A mandatory note whose text is blank is no mention: the official schematron counts the note alone and passes
    `#PMT#` with nothing after it (a blind spot its probes show), which leaves the invoice without the legal
    mention BR-FR-05 asks for."""
    counts: dict[str, int] = {}
    said: set[str] = set()
    for note in ctx.invoice.notes:
        counts[note.subject_code] = counts.get(note.subject_code, 0) + 1
        if not is_blank(note.text):
            said.add(note.subject_code)
    for code, what in _MANDATORY_NOTES:
        if code not in said:
            ctx.fail(
                f"BR-FR-05_BT-22_{code}",
                "BG-1/BT-22",
                f"The invoice shall have a note with subject {code} ({what}, BT-21) and its text (BT-22) not blank.",
            )
    for code in ("PMT", "PMD", "AAB", "TXD"):
        if counts.get(code, 0) > 1:
            ctx.fail(
                f"BR-FR-06_BT-21_{code}",
                "BG-1/BT-21",
                f"The note subject {code} (BT-21) shall appear only once.",
            )


def _check_siret_coherence(ctx: Context, party: Party, rule_id: str, path: str) -> None:
    siret = next((i.value for i in party.identifiers if i.scheme == SIRET_SCHEME), None)
    if siret is None:
        return
    siren = _legal_siren(party)
    if not (siren and siren_of(siret, SIRET_SCHEME) == siren):
        ctx.fail(
            rule_id,
            path,
            f"The SIRET {siret!r} shall have 14 digits and start with the SIREN (BT-30/BT-47) {siren!r}.",
        )
    elif not is_valid_siret(siret):
        ctx.fail("PDP-SIRET-KEY", path, f"The SIRET {siret!r} has an invalid check digit.")


# BR-FR-12 (FNFE Flux 2 V1.4.0) is fatal for every invoice, a sale to a consumer too: the schematron has no
# exception by BAR value, and flow 9 (B2C) is among the flows it judges. A consumer is addressed by an EAS scheme
# as any buyer (BR-63, BR-CL-25): EM, an email address, passes every official layer.
_BUYER_ADDRESS_MANDATORY = (
    "The Buyer electronic address (BT-49) is mandatory, for a sale to a consumer (B2C) too, with its EAS scheme"
    " (e.g. EM and the consumer's email address)."
)


def check_parties(ctx: Context) -> None:
    """BR-FR-09…13, BR-FR-21…26, BR-FR-32, BR-FR-CO-10/14/15 and the SIREN / VAT check digits."""
    inv = ctx.invoice
    seller, buyer = inv.seller, inv.buyer
    is_b2b = inv.processing_rule == ProcessingRule.B2B
    seller_siren = _legal_siren(seller)
    if not siren_of(seller_siren, SIREN_SCHEME):
        ctx.fail(
            "BR-FR-10_BT-30",
            "BG-4/BT-30",
            f"The Seller SIREN (BT-30, scheme 0002) is mandatory and has 9 digits: {seller_siren!r}.",
        )
    elif not is_valid_siren(seller_siren):
        ctx.fail(
            "PDP-SIREN-KEY",
            "BG-4/BT-30",
            f"The Seller SIREN (BT-30) {seller_siren!r} has an invalid check digit.",
        )
    buyer_siren = _legal_siren(buyer)
    if is_b2b and not siren_of(buyer_siren, SIREN_SCHEME):
        ctx.fail(
            "BR-FR-11_BT-47",
            "BG-7/BT-47",
            f"A B2B invoice shall have the Buyer SIREN (BT-47, scheme 0002) of 9 digits: {buyer_siren!r}.",
        )
    elif siren_of(buyer_siren, SIREN_SCHEME) and not is_valid_siren(buyer_siren):
        ctx.fail(
            "PDP-SIREN-KEY",
            "BG-7/BT-47",
            f"The Buyer SIREN (BT-47) {buyer_siren!r} has an invalid check digit.",
        )
    _check_siret_coherence(ctx, seller, "BR-FR-09_BT-29", "BG-4/BT-29")
    _check_siret_coherence(ctx, buyer, "BR-FR-09_BT-46", "BG-7/BT-46")
    if not (buyer.electronic_address and buyer.electronic_address.value):
        ctx.fail("BR-FR-12_BT-49", "BG-7/BT-49", _BUYER_ADDRESS_MANDATORY)
    if not (seller.electronic_address and seller.electronic_address.value):
        ctx.fail("BR-FR-13_BT-34", "BG-4/BT-34", "The Seller electronic address (BT-34) is mandatory.")
    if is_b2b:
        self_billed = _code(inv.type_code) in _SELF_BILLED_FOR_ROUTING
        party, rule_id, path, term = (
            (seller, "BR-FR-22_BT-34", "BG-4/BT-34", "Seller electronic address (BT-34)")
            if self_billed
            else (buyer, "BR-FR-21_BT-49", "BG-7/BT-49", "Buyer electronic address (BT-49)")
        )
        address = party.electronic_address
        siren = _legal_siren(party)
        if address is None or address.scheme != ADDRESS_SCHEME or not address.value.startswith(siren):
            ctx.fail(
                rule_id,
                path,
                f"For a B2B invoice the {term} shall use scheme 0225 and start with the SIREN {siren!r}.",
            )
    for party, bt, group in ((seller, "BT-34", "BG-4"), (buyer, "BT-49", "BG-7")):
        address = party.electronic_address
        if address is None:
            continue
        if address.scheme == ADDRESS_SCHEME and not _SCHEME_VALUE_FORMAT.fullmatch(address.value):
            ctx.fail(
                f"BR-FR-23_{bt}",
                f"{group}/{bt}",
                f"The electronic address ({bt}) may only contain letters, digits and + - _ .: {address.value!r}.",
            )
        if len(address.value) > 125:
            ctx.fail(
                f"BR-FR-25_{bt}",
                f"{group}/{bt}",
                f"The electronic address ({bt}) shall not exceed 125 characters.",
            )
    for party, bt, group in ((seller, "BT-29", "BG-4"), (buyer, "BT-46", "BG-7")):
        _check_identifiers(ctx, party.identifiers, bt, group)
    for party, path in ((seller, "BG-4/BT-30"), (buyer, "BG-7/BT-47")):
        reg = party.legal_registration
        if reg is not None and reg.scheme == SIREN_SCHEME and not siren_of(reg.value.strip(), SIREN_SCHEME):
            ctx.fail(
                "BR-FR-32-LEGALID",
                path,
                f"A legal registration identifier with scheme 0002 shall have 9 digits: {reg.value!r}.",
            )
    if inv.payee is not None and inv.payee.legal_registration is not None:
        reg = inv.payee.legal_registration
        if reg.scheme == SIREN_SCHEME and not siren_of(reg.value.strip(), SIREN_SCHEME):
            ctx.fail(
                "BR-FR-32-LEGALID",
                "BG-10/BT-61",
                f"A legal registration identifier with scheme 0002 shall have 9 digits: {reg.value!r}.",
            )
    if any(i.scheme == "0231" for i in seller.identifiers):
        if not any(n.subject_code == "TXD" and n.text == "MEMBRE_ASSUJETTI_UNIQUE" for n in inv.notes):
            ctx.fail(
                "BR-FR-CO-14_BT-29-1",
                "BG-4/BT-29",
                "A seller member of a single VAT entity (scheme 0231) needs the TXD note MEMBRE_ASSUJETTI_UNIQUE.",
            )
        if inv.tax_representative is None or not inv.tax_representative.vat_id:
            ctx.fail(
                "BR-FR-CO-15_BT-29-1",
                "BG-11/BT-63",
                "A seller member of a single VAT entity (scheme 0231) needs a tax representative (BG-11) with the entity's VAT identifier (BT-63).",
            )
    _check_vat_numbers(ctx)


def _check_identifiers(ctx: Context, identifiers: tuple[Identifier, ...], bt: str, group: str) -> None:
    """BR-FR-CO-10 (scheme present and unique), BR-FR-24/26 (0224 format), BR-FR-32 (0002/0231 are 9 digits)."""
    if not identifiers:
        return
    path = f"{group}/{bt}"
    schemes = [i.scheme for i in identifiers]
    if not all(schemes):
        ctx.fail(f"BR-FR-CO-10_{bt}-1", path, f"Every identifier ({bt}) shall have a scheme identifier.")
    present = [s for s in schemes if s]
    if len(set(present)) != len(present):
        ctx.fail(f"BR-FR-CO-10_{bt}-2", path, f"Each identifier scheme ({bt}-1) shall appear only once.")
    for identifier in identifiers:
        if identifier.scheme == "0224":
            if not _SCHEME_VALUE_FORMAT.fullmatch(identifier.value):
                ctx.fail(
                    f"BR-FR-24_{bt}",
                    path,
                    f"A private identifier (scheme 0224) may only contain letters, digits and + - _ .: {identifier.value!r}.",
                )
            if len(identifier.value) > 100:
                ctx.fail(
                    f"BR-FR-26_{bt}",
                    path,
                    "A private identifier (scheme 0224) shall not exceed 100 characters.",
                )
        elif identifier.scheme in ("0002", "0231") and not _NINE_DIGITS.fullmatch(identifier.value.strip()):
            ctx.fail(
                "BR-FR-32-GLOBALID",
                path,
                f"An identifier with scheme {identifier.scheme} shall have 9 digits: {identifier.value!r}.",
            )


def _check_vat_numbers(ctx: Context) -> None:
    inv = ctx.invoice
    rep = inv.tax_representative
    for path, term, vat_id in (
        ("BG-4/BT-31", "Seller VAT identifier (BT-31)", inv.seller.vat_id),
        ("BG-7/BT-48", "Buyer VAT identifier (BT-48)", inv.buyer.vat_id),
        ("BG-11/BT-63", "Seller tax representative VAT identifier (BT-63)", rep.vat_id if rep else ""),
    ):
        if not vat_id.startswith("FR"):
            continue
        result = check_french_vat_number(vat_id)
        if result is VatKeyCheck.MALFORMED:
            ctx.fail(
                "PDP-VAT-KEY", path, f"The {term} {vat_id!r} is not FR + 2-character key + a valid SIREN."
            )
        elif result is VatKeyCheck.WRONG_KEY:
            ctx.fail("PDP-VAT-KEY", path, f"The key of the {term} {vat_id!r} does not match its SIREN.")


def _rate_faults(rate: Decimal) -> tuple[str, bool, bool]:
    """(rate as written, outside the BR-FR-16 list, breaking BR-FR-DEC-04)."""
    written = f"{rate:f}"
    return (
        written,
        written not in VAT_RATES,
        rate < ZERO or not fits(rate, 2) or len(written.replace(".", "")) > 4,
    )


def _check_category_and_rate(
    ctx: Context, category: object, rate: Decimal | None, category_suffix: str, rate_suffix: str, path: str
) -> None:
    code = _code(category)
    if code not in VAT_CATEGORIES and code:
        ctx.fail(
            f"BR-FR-15_{category_suffix}",
            path,
            f"The VAT category code {code!r} is not allowed in France (S, E, AE, K, G, O, Z).",
        )
        if code in ("L", "M"):
            ctx.fail(
                f"BR-FR-15_{category_suffix}_LM",
                path,
                f"The VAT category code {code!r} (Canary Islands, Ceuta and Melilla) does not apply in France.",
            )
    if rate is None or _listed_rate(rate):
        return
    written, not_listed, bad_format = _rate_faults(rate)
    if not_listed:
        ctx.fail(
            f"BR-FR-16_{rate_suffix}",
            path,
            f"The VAT rate {written} is not in the list of French VAT rates.",
        )
    if bad_format:
        ctx.fail(
            f"BR-FR-DEC-04_{rate_suffix}",
            path,
            f"The VAT rate {written} shall be positive with at most 4 digits, 2 of them decimals.",
        )


def _listed_rate(rate: Decimal) -> bool:
    """Listed, and written with at most 2 decimals: passes BR-FR-16 and BR-FR-DEC-04."""
    return rate in RATE_VALUES and not rate.is_signed() and fits(rate, 2)


_CATEGORY_AND_RATE = attrgetter("vat_category", "vat_rate")
_BREAKDOWN_CATEGORY_AND_RATE = attrgetter("category", "rate")


def check_categories_and_rates(ctx: Context) -> None:
    """BR-FR-15 (VAT categories, L and M excluded), BR-FR-16 (rates list), BR-FR-DEC-04 (rate format)."""
    inv = ctx.invoice
    for items, category_and_rate, category_suffix, rate_suffix, path in (
        (ctx.allowances, _CATEGORY_AND_RATE, "BT-95_BT-102", "BT-96_BT-103", "BG-20[%d]"),
        (ctx.charges, _CATEGORY_AND_RATE, "BT-95_BT-102", "BT-96_BT-103", "BG-21[%d]"),
        (inv.vat_breakdown or (), _BREAKDOWN_CATEGORY_AND_RATE, "BT-95_BT-118", "BT-119", "BG-23[%d]"),
        (inv.lines, _CATEGORY_AND_RATE, "BT-95_BT-151", "BT-152", "BG-25[%d]"),
    ):
        for i, item in enumerate(items, 1):
            category, rate = category_and_rate(item)
            # The common case, decided without building the code or the path: a str enum compares as its value,
            # and a rate whose str() is listed is written without exponent, as listed.
            if (not category or category in VAT_CATEGORIES) and (
                rate is None or str(rate) in VAT_RATES or _listed_rate(rate)
            ):
                continue
            _check_category_and_rate(ctx, category, rate, category_suffix, rate_suffix, path % i)


_ONE, _CENT = Decimal("1"), Decimal("0.01")
# `fits(value, places)` accepts at once a value of an allowed exponent whose adjusted exponent is below this.
_MAX_ADJUSTED = {places: MAX_DIGITS - 2 - places for places in (4, 6)}
_LINE_NUMBERS = attrgetter("quantity", "base_quantity", "net_price", "price_discount", "gross_price")
_LINE_NUMBER_RULES = (
    (4, "BR-FR-DEC-02_BT-129", "Invoiced quantity (BT-129)"),
    (4, "BR-FR-DEC-02_BT-149", "Item price base quantity (BT-149)"),
    (6, "BR-FR-DEC-03_BT-146", "Item net price (BT-146)"),
    (6, "BR-FR-DEC-03_BT-147", "Item price discount (BT-147)"),
    (6, "BR-FR-DEC-03_BT-148", "Item gross price (BT-148)"),
)


def check_amount_formats(ctx: Context) -> None:
    """BR-FR-DEC-01 (amounts), BR-FR-DEC-02 (quantities), BR-FR-DEC-03 (prices)."""
    for amount in ctx.bad_amounts:
        ctx.fail(
            amount.fr_rule,
            amount.path,
            f"The {amount.term} shall have at most 2 decimals and 19 digits: {amount.value}.",
        )
    inv = ctx.invoice
    negative_prices_ok = inv.business_process in _BIDIRECTIONAL
    for i, line in enumerate(inv.lines, 1):
        quantity, net_price = line.quantity, line.net_price
        if (
            # The common case, decided without building anything: an integer quantity, a price in cents
            # (the first tests of `fits`, inlined as they run for every line).
            line.base_quantity is None
            and line.price_discount is None
            and line.gross_price is None
            and (
                quantity is None
                or (quantity.same_quantum(_ONE) and quantity.adjusted() < _MAX_ADJUSTED[4])
                or fits(quantity, 4)
            )
            and (
                net_price is None
                or (
                    (negative_prices_ok or net_price >= ZERO)
                    and (
                        (net_price.same_quantum(_CENT) and net_price.adjusted() < _MAX_ADJUSTED[6])
                        or fits(net_price, 6)
                    )
                )
            )
        ):
            continue
        for value, (max_places, rule_id, term) in zip(_LINE_NUMBERS(line), _LINE_NUMBER_RULES, strict=True):
            if value is None:
                continue
            negative = max_places == 6 and value < ZERO and not negative_prices_ok
            if negative or not fits(value, max_places):
                ctx.fail(
                    rule_id,
                    f"BG-25[{i}]/{rule_id.rsplit('_', 1)[1]}",
                    f"The {term} shall have at most {max_places} decimals and 19 digits"
                    f"{', and not be negative' if max_places == 6 else ''}: {value}.",
                )


def check_references(ctx: Context) -> None:
    """BR-FR-CO-03/04/05: preceding invoice references of credit notes and corrective invoices."""
    inv = ctx.invoice
    type_code = _code(inv.type_code)
    if type_code == DocumentType.CONSOLIDATED_CREDIT_NOTE.value:
        period = inv.period
        if not (inv.contract_reference and period and period.start and period.end):
            ctx.fail(
                "BR-FR-CO-03_BT-3",
                "BT-12",
                "A global discount credit note (262) needs the Contract reference (BT-12) and the Invoicing period (BG-14) start and end dates.",
            )
    if type_code in _CORRECTIVE_TYPES and len(inv.preceding_invoices) != 1:
        ctx.fail(
            "BR-FR-CO-04_BT-4",
            "BG-3",
            f"A corrective invoice ({type_code}) shall reference exactly one preceding invoice (BG-3); found {len(inv.preceding_invoices)}.",
        )
    if type_code in _CREDIT_NOTE_TYPES and not _names_its_invoices(inv):
        ctx.fail(
            "BR-FR-CO-05_BT-3",
            "BG-3",
            f"A credit note ({type_code}) shall reference a preceding invoice (BT-25) with its issue date (BT-26),"
            " or name on every line the invoice it credits (EXT-FR-FE-136) with its date (EXT-FR-FE-138).",
        )


def _names_its_invoices(inv: Invoice) -> bool:
    """BR-FR-CO-05 (FNFE Flux 2 V1.4.0): a preceding invoice with its date in BG-3, or on every line (EXTENDED-CTC-FR:
    each line's EXT-FR-FE-136 with its EXT-FR-FE-138; the model has no line subtype, EXT-FR-FE-163, so every line
    is a DETAIL line)."""
    return _names_in_bg3(inv) or _names_on_every_line(inv)


def names_its_invoices_on_its_lines_alone(inv: Invoice) -> bool:
    """A credit note that passes BR-FR-CO-05 by its lines' references alone (EXT-FR-FE-136/138), none in BG-3: a
    document with no room for a line's reference (EN 16931's CII) names no invoice then."""
    return not _names_in_bg3(inv) and _names_on_every_line(inv)


def _names_in_bg3(inv: Invoice) -> bool:
    return any(p.number and p.issue_date for p in inv.preceding_invoices)


def _names_on_every_line(inv: Invoice) -> bool:
    return bool(inv.lines) and all(
        line.preceding_invoice is not None
        and line.preceding_invoice.number
        and line.preceding_invoice.issue_date
        for line in inv.lines
    )


def check_payment(ctx: Context) -> None:
    """BR-FR-CO-07 (due date not before issue date), BR-FR-CO-09 (invoices already paid) and PDP-IBAN-KEY."""
    inv = ctx.invoice
    for i, means in enumerate(inv.payment_instructions, 1):
        if iban_key_fails(means.iban):
            ctx.fail(
                "PDP-IBAN-KEY",
                f"BG-16[{i}]/BG-17/BT-84",
                f"The Payment account identifier (BT-84) {means.iban!r} is written as an IBAN whose check digits"
                " (ISO 13616, mod 97) do not hold: the buyer's transfer would be refused or go astray.",
            )
    type_code = _code(inv.type_code)
    paid_process = inv.business_process in _PAID_PROCESSES
    if (
        inv.due_date is not None
        and inv.due_date < inv.issue_date
        and type_code not in _PREPAYMENT_TYPES
        and not paid_process
    ):
        ctx.fail(
            "BR-FR-CO-07_BT-9",
            "BT-9",
            f"The Payment due date (BT-9) {inv.due_date} shall not be before the Invoice issue date (BT-2) {inv.issue_date}.",
        )
    if paid_process:
        totals = inv.totals
        if totals is None or totals.paid != totals.tax_inclusive:
            ctx.fail(
                "BR-FR-CO-09_BT-23-1",
                "BG-22/BT-113",
                "An invoice already paid (BT-23 B2/S2/M2) shall have the Paid amount (BT-113) equal to the total with VAT (BT-112).",
            )
        if totals is None or totals.amount_due != ZERO:
            ctx.fail(
                "BR-FR-CO-09_BT-23-2",
                "BG-22/BT-115",
                "An invoice already paid (BT-23 B2/S2/M2) shall have an Amount due for payment (BT-115) of 0.",
            )
        if inv.due_date is None:
            ctx.fail(
                "BR-FR-CO-09_BT-23-3",
                "BT-9",
                "An invoice already paid (BT-23 B2/S2/M2) shall have the Payment due date (BT-9), the payment date.",
            )


_RATE_DECIMALS = 6
_RATE_DIGITS = 12


def check_exchange_rate(ctx: Context) -> None:
    """PDP-EXCHANGE-RATE (ours): the caller's rate is positive, of at most 12 digits with 6 decimals, given only
    for an invoice in another currency, and agrees to the cent with a BT-111 given with it."""
    inv = ctx.invoice
    rate = inv.exchange_rate
    if rate is None:
        return
    if inv.currency == EUR:
        ctx.fail(
            "PDP-EXCHANGE-RATE",
            "exchange_rate",
            "An exchange rate is given for an invoice already in EUR (BT-5).",
        )
        return
    shape = rate.as_tuple()
    bounded = (
        rate.is_finite() and -int(shape.exponent) <= _RATE_DECIMALS and len(shape.digits) <= _RATE_DIGITS
    )
    if not bounded or rate <= 0:
        ctx.fail(
            "PDP-EXCHANGE-RATE",
            "exchange_rate",
            f"The exchange rate {rate} shall be a positive number of at most {_RATE_DIGITS} digits with"
            f" {_RATE_DECIMALS} decimals (EUR for one {inv.currency}).",
        )
        return
    totals = inv.totals
    if totals is None or totals.tax_total_accounting_currency is None or inv.accounting_currency != EUR:
        return
    expected = round_amount(totals.tax_total * rate)
    if abs(totals.tax_total_accounting_currency - expected) > Decimal("0.01"):
        ctx.fail(
            "PDP-EXCHANGE-RATE",
            "BT-111",
            f"The VAT total in EUR (BT-111) {totals.tax_total_accounting_currency} is not the VAT total (BT-110)"
            f" {totals.tax_total} {inv.currency} at the given rate {rate} ({expected} EUR).",
        )


def check_currency(ctx: Context) -> None:
    """BR-FR-CO-12: an invoice in another currency gives its VAT total in EUR (BT-6 = EUR and BT-111)."""
    inv = ctx.invoice
    if inv.currency != EUR:
        if (
            inv.accounting_currency != EUR
            or inv.totals is None
            or inv.totals.tax_total_accounting_currency is None
        ):
            ctx.fail(
                "BR-FR-CO-12_BT-5",
                "BT-6",
                f"An invoice in {inv.currency} (BT-5) shall have EUR as VAT accounting currency (BT-6) and the VAT total in EUR (BT-111).",
            )


def check_item_attributes(ctx: Context) -> None:
    """BR-FR-27_BT-160: an item attribute (BG-32) has a name. EN 16931's BR-54 only asks for the element, which
    the writers always put down, so without this a blank name passed Validate and failed the French layer."""
    for i, line in enumerate(ctx.invoice.lines, 1):
        for k, (name, _value) in enumerate(line.item.attributes, 1):
            if is_blank(name):
                ctx.fail(
                    "BR-FR-27_BT-160",
                    f"BG-25[{i}]/BG-31/BG-32[{k}]/BT-160",
                    "The Item attribute name (BT-160) shall not be empty.",
                )


CHECKS: tuple[Check, ...] = (
    check_numbers,
    check_dates,
    check_codes,
    check_notes,
    check_parties,
    check_categories_and_rates,
    check_amount_formats,
    check_references,
    check_payment,
    check_currency,
    check_exchange_rate,
    check_item_attributes,
)
