"""Credit notes and corrective invoices: what each does to the books of the invoice it names (docs/credit-notes.md).

A credit note (its type says so) naming one invoice of its seller in BG-3, in its currency and at its VAT rates,
credits what it is worth at each rate (`credit_on`): the buyer owes that much less (`Settlement.with_credited`).
Otherwise it credits nothing and says why, a rule id heading the reason (PAY-CREDIT-*): the credit is left
unallocated, not guessed. A corrective invoice (384) with its buyer cancels and replaces the invoice it names
(XP Z12-014 UC4): what was left there is owed on it, what was paid there counts on it (`Settlement.carrying`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from domain.invoice import Invoice
from domain.lifecycle import STATUSES, is_terminal
from domain.money import ZERO, format_decimal, round_amount, total
from domain.payments import largest_remainder, owed_per_rate
from domain.totals import canonical_rate

# Why a credit note credits nothing on the invoice it names (Settlement.unapplied, the credit note's own books).
CREDIT_SEVERAL = "PAY-CREDIT-SEVERAL"
CREDIT_CURRENCY = "PAY-CREDIT-CURRENCY"
CREDIT_RATE = "PAY-CREDIT-RATE"
CREDIT_UNKNOWN = "PAY-CREDIT-UNKNOWN"
CREDIT_AMBIGUOUS = "PAY-CREDIT-AMBIGUOUS"
CREDIT_ENDED = "PAY-CREDIT-ENDED"
CREDIT_UNNAMED = "PAY-CREDIT-UNNAMED"
CREDIT_REPLACED = "PAY-CREDIT-REPLACED"  # it names an invoice a corrective invoice replaced
CREDIT_EXCEEDS = "PAY-CREDIT-EXCEEDS"  # said at submit: it credits more than its invoice has left at a rate
CORRECTIVE_NOT_APPLIED = "PAY-CORRECTIVE-NOT-APPLIED"
# a corrective invoice's books: the invoice it replaces, carried
CORRECTIVE_REPLACES = "PAY-CORRECTIVE-REPLACES"


@dataclass(frozen=True, slots=True)
class Credit:
    """What one credit note credits on one invoice it names, per VAT rate, VAT included; or, when it credits
    nothing there, why (`unapplied`: "RULE: reason"): the credit is left unallocated, the buyer's books stand."""

    per_rate: Mapping[Decimal, Decimal]
    unapplied: str = ""


def names(note: Invoice, invoice: Invoice) -> bool:
    """Whether `note` names `invoice` in BG-3: its number (BT-25) and, when given, its issue date (BT-26), from the
    same seller (a number is unique per seller: one company issuing for several sellers, self-billing, has several
    invoices of one number)."""
    return note.seller.siren == invoice.seller.siren and any(
        named.number == invoice.number and named.issue_date in (None, invoice.issue_date)
        for named in note.preceding_invoices
    )


def credit_on(invoice: Invoice, note: Invoice) -> Credit:
    """What `note`, a credit note naming `invoice` in BG-3 (`names`), credits on it: what it is worth at each VAT
    rate (`owed_per_rate`), the buyer owes that much less. Only when that is known; otherwise it credits nothing and
    says why (docs/credit-notes.md gives the sources):
    - PAY-CREDIT-SEVERAL: it names several invoices, and EN 16931 has no term saying what each is credited (BG-3 is
      a reference, not a split; a line names no invoice): the credit is unallocated, not guessed;
    - PAY-CREDIT-CURRENCY: it is in another currency (BT-5) than the invoice. No rule of the pack converts one: an
      invoice read from a document carries no exchange rate (BT-111/BT-110 is the ratio of two rounded VAT totals,
      not a rate), and the rate of the invoice's day is not the one of the credit note's;
    - PAY-CREDIT-RATE: it has a VAT rate the invoice has not: those amounts match no rate of its books."""
    several = several_invoices(note)
    if several is not None:
        return several
    if note.currency != invoice.currency:
        return Credit(
            {},
            f"{CREDIT_CURRENCY}: it is in {note.currency}, invoice {invoice.number} in {invoice.currency}: it"
            " credits nothing there (unallocated); issue it in the invoice's currency",
        )
    rates = {rate for rate, _ in owed_per_rate(invoice)}
    worth = owed_per_rate(note)
    foreign = [format_decimal(rate) for rate, _ in worth if rate not in rates]
    if foreign:
        return Credit(
            {},
            f"{CREDIT_RATE}: it credits at {', '.join(foreign)} %, a VAT rate invoice {invoice.number} has not: it"
            " credits nothing there (unallocated)",
        )
    return Credit(dict(worth))


def credit_exceeds(invoice: Invoice, note: Invoice, credited: Mapping[Decimal, Decimal]) -> str:
    """What a credit note naming `invoice` alone (`credit_on`) is told when it is submitted if it credits more at a
    VAT rate than the invoice has left to credit there: what it is worth at that rate less `credited`, what the
    credit notes with its buyer before it credit there (`credit_by_notes`); "" otherwise, or when it credits nothing
    there (its own reason is said once it is with its buyer). What was paid is no matter: crediting a paid invoice
    is a refund. Said, not refused: the document is valid, the seller may mean it (the invoice then shows what is
    owed back), and no rule of the reference pack bounds a credit note by its invoice."""
    credit = credit_on(invoice, note)
    owed = dict(owed_per_rate(invoice))
    for rate, amount in sorted(credit.per_rate.items()):
        before = credited.get(rate, ZERO)
        left = owed[rate] - before
        if amount > left:
            return (
                f"{CREDIT_EXCEEDS}: it credits {amount} at {format_decimal(rate)} % on invoice {invoice.number},"
                f" which has {left} left to credit there ({owed[rate]} invoiced, {before} credited by the credit"
                " notes with its buyer before it): the invoice would show the difference as owed back to the buyer"
            )
    return ""


def several_invoices(note: Invoice) -> Credit | None:
    """A credit note naming several invoices in BG-3: it credits none of them (`credit_on`), and why."""
    if len(note.preceding_invoices) < 2:
        return None
    listed = ", ".join(p.number for p in note.preceding_invoices[:3])
    more = ", ..." if len(note.preceding_invoices) > 3 else ""
    return Credit(
        {},
        f"{CREDIT_SEVERAL}: it names {len(note.preceding_invoices)} invoices in BG-3 ({listed}{more}) and does"
        " not say what each is credited: it credits none of them (unallocated); issue one credit note per"
        " invoice, or settle each with a payment split per rate",
    )


def unnamed(note: Invoice) -> Credit | None:
    """A credit note naming no invoice in BG-3 (a consolidated credit note, 262, names a contract and period; an
    EXTENDED-CTC-FR one may name its invoices on its lines, EXT-FR-FE-136 / BR-FR-CO-05): it credits none, and why.
    One naming them on its lines says what it credits on each, VAT included per rate (`per_line_credit`), for the
    split by hand: the invoices' books find their credit notes by BG-3, so it is not counted there."""
    if note.preceding_invoices:
        return None
    per_line = _credited_per_line(note)
    if not per_line:
        return Credit(
            {},
            f"{CREDIT_UNNAMED}: it names no invoice in BG-3 (a consolidated credit note names a contract and"
            " period): it credits nothing (unallocated); settle it by hand, with a payment split per rate on each"
            " invoice",
        )
    return Credit(
        {},
        f"{CREDIT_UNNAMED}: it names its invoices on its lines (EXT-FR-FE-136), not in BG-3: {per_line}; it credits"
        " nothing (unallocated): the invoices' books count the credit notes naming them in BG-3; settle it by hand,"
        " with a payment split per rate on each invoice",
    )


_LISTED_INVOICES = 5  # a credit note's lines naming more invoices: the others counted


@dataclass(frozen=True, slots=True)
class LineCredit:
    """What a credit note naming its invoices on its lines (EXT-FR-FE-136, its date EXT-FR-FE-138) credits on one of
    them, per VAT rate, VAT included (`per_line_credit`)."""

    number: str
    issue_date: date | None
    per_rate: Mapping[Decimal, Decimal]


def per_line_credit(note: Invoice) -> tuple[LineCredit, ...] | str:
    """How a credit note naming its invoices on its lines shares what it is worth among them, in the order its lines
    first name them; or, when it cannot be shared, why. The rule (the reference pack and EN 16931 give none: BG-3
    and the VAT breakdown are the document's; EXT-FR-FE-136 only names an invoice per line): at each VAT rate, what
    the credit note is worth there (`owed_per_rate`: the document's base and its VAT, BT-116 + BT-117, rounded once
    per rate, BR-CO-17; its allowances and charges BG-20/BG-21 and its BT-113/BT-114 included) is shared among the
    invoices its lines at that rate name, pro rata of those lines' net amounts (BT-131), by the largest remainder
    on whole cents (equal remainders: the larger net, then the invoice named first). Each invoice so gets its
    lines' net with the VAT at its rate, within one cent of its exact share; the document's VAT rounding
    difference goes, a cent each, to the largest remainders; the shares add up to the credit note, rate by rate,
    to the cent. Not shared, and said, when a line names no invoice (BR-FR-CO-05 wants every one to), when the
    lines at a rate add up to nothing or less, or when the document is worth something at a rate no line has."""
    weights: dict[Decimal, dict[tuple[str, date | None], Decimal]] = {}
    first: dict[tuple[str, date | None], int] = {}
    for position, line in enumerate(note.lines, 1):
        if line.preceding_invoice is None:
            return f"its line {position} names no invoice"
        rate = canonical_rate(line.vat_rate if line.vat_rate is not None else ZERO)
        key = (line.preceding_invoice.number, line.preceding_invoice.issue_date)
        at_rate = weights.setdefault(rate, {})
        at_rate[key] = at_rate.get(key, ZERO) + (line.net_amount if line.net_amount is not None else ZERO)
        first.setdefault(key, len(first))  # where its lines first name it: the order said, and the ties'
    order = list(first)
    shared: dict[tuple[str, date | None], dict[Decimal, Decimal]] = {key: {} for key in order}
    for rate, worth in owed_per_rate(note):
        named = weights.get(rate, {})
        nets = [round_amount(net) for net in named.values()]
        if not named or any(net < 0 for net in nets) or not sum(nets):
            if not worth:
                continue
            return f"its lines at {format_decimal(rate)} % add up to {round_amount(total(nets))}, it is worth {worth} there"
        ties = [Decimal(-first[key]) for key in named]
        for key, share in zip(named, largest_remainder(worth, nets, ties), strict=True):
            if share:
                shared[key][rate] = share
    return tuple(LineCredit(number, day, shared[(number, day)]) for number, day in order)


def _credited_per_line(note: Invoice) -> str:
    """What `note`'s lines credit on each invoice they name (`per_line_credit`), VAT included per VAT rate in the order
    named: "F-1 of 2026-11-02 12.00 at 20 %, 4.22 at 5.5 %; F-2 6.00 at 20 %"; or why it cannot be said; "" when no
    line names an invoice."""
    if all(line.preceding_invoice is None for line in note.lines):
        return ""
    credits = per_line_credit(note)
    if isinstance(credits, str):
        return f"what each invoice is credited cannot be shared: {credits}"
    said = [
        f"{c.number}{'' if c.issue_date is None else f' of {c.issue_date.isoformat()}'} "
        + ", ".join(f"{amount} at {format_decimal(rate)} %" for rate, amount in c.per_rate.items())
        for c in credits[:_LISTED_INVOICES]
    ]
    more = len(credits) - _LISTED_INVOICES
    return "; ".join(said) + (f"; and {more} more" if more > 0 else "")


def ambiguous(note: Invoice, namesakes: Iterable[Invoice]) -> Credit | None:
    """A credit note naming a number that several of its seller's invoices bear (`namesakes`, the seller's invoices
    of that number: a received invoice is one per number, type and year), without what tells them apart (BT-26, or
    the same date): it credits none of them, and why; None when it names one at most."""
    named_by = sum(1 for invoice in namesakes if names(note, invoice))
    if named_by < 2:
        return None
    named = note.preceding_invoices[0]
    undated = "" if named.issue_date is not None else " without its date (BT-26)"
    return Credit(
        {},
        f"{CREDIT_AMBIGUOUS}: invoice {named.number} named in BG-3{undated} is the number of {named_by} invoices of"
        " this seller: which one it credits is not said, it credits none of them (unallocated); the credit needs"
        " a credit note naming the invoice with its date, or a payment split per rate",
    )


NOT_APPLIED_SAID = 3  # credit notes named in an invoice's `unapplied`: the others are counted


# Kinds of credit notes naming one invoice (`alike`) its books read: more are counted (`CreditNotesNaming.unread`),
# not read, so that an invoice named by thousands of credit notes of as many kinds is still read in bounded time (each
# kind's first note is read whole: 1,000 kinds cost a GetInvoice 283 ms, 100 kinds 26 ms). A repository reads the
# kinds naming that invoice alone first, the only ones that may credit it (docs/credit-notes.md).
MAX_KINDS = 100
CREDIT_UNREAD = "PAY-CREDIT-UNREAD"


@dataclass(frozen=True, slots=True)
class AlikeNotes:
    """Credit notes naming one invoice that are alike in all that decides what each credits there (`alike`): their
    seller, the invoices they name (BG-3), their currency and their VAT rates. The first of them (`first`, the
    oldest) decides for all (`credit_on`, `ambiguous`); `worth`, what they are worth together per VAT rate (each
    one's `owed_per_rate`, added); `numbers`, the first `NOT_APPLIED_SAID` of their numbers, oldest first."""

    first: Invoice
    count: int
    numbers: tuple[str, ...]
    worth: Mapping[Decimal, Decimal]


@dataclass(frozen=True, slots=True)
class CreditNotesNaming:
    """The credit notes naming one invoice, gathered `alike`, at most MAX_KINDS kinds, oldest first; `unread`: how
    many more (of further kinds) name it, counted, not read (PAY-CREDIT-UNREAD)."""

    kinds: tuple[AlikeNotes, ...]
    unread: int = 0


def alike(credit_notes: Iterable[Invoice]) -> CreditNotesNaming:
    """Credit notes (oldest first) gathered by what decides their credit on the invoice they name (`AlikeNotes`),
    in the order each kind first comes: what the books read (a repository gathers them so in its query, and sums
    their worth there)."""
    kinds: dict[tuple[object, ...], list[Invoice]] = {}
    for note in credit_notes:
        worth = owed_per_rate(note)
        key = (note.seller.siren, note.preceding_invoices, note.currency, tuple(rate for rate, _ in worth))
        kinds.setdefault(key, []).append(note)
    return CreditNotesNaming(
        tuple(
            AlikeNotes(
                notes[0],
                len(notes),
                tuple(n.number for n in notes[:NOT_APPLIED_SAID]),
                _added(owed_per_rate(n) for n in notes),
            )
            for notes in kinds.values()
        )
    )


def _added(worths: Iterable[Iterable[tuple[Decimal, Decimal]]]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for worth in worths:
        for rate, amount in worth:
            out[rate] = out.get(rate, ZERO) + amount
    return out


def credit_by_notes(
    invoice: Invoice, credit_notes: Iterable[Invoice] | CreditNotesNaming, namesakes: Sequence[Invoice] = ()
) -> Credit:
    """What credit notes issued against `invoice` credit on it per VAT rate, VAT included: each credit note (its
    type says so) naming it in BG-3 (`names`), and no other of `namesakes` (`ambiguous`), credits what `credit_on`
    says. Decided once per kind of credit notes (`alike`: the same words for each, their worth added). `unapplied`:
    those naming it that credit nothing there, each with its rule and why (the finance team reading the invoice
    learns that a credit note names it and was not applied), the first three said, the others counted; and those
    not read (PAY-CREDIT-UNREAD)."""
    naming = credit_notes if isinstance(credit_notes, CreditNotesNaming) else alike(credit_notes)
    credited: dict[Decimal, Decimal] = {}
    not_applied: list[str] = []
    uncounted = 0
    for kind in naming.kinds:
        note = kind.first
        if not note.type_code.kind.credit_note or not names(note, invoice):
            continue
        credit = ambiguous(note, namesakes) or credit_on(invoice, note)
        if credit.unapplied:
            rule_id, _, why = credit.unapplied.partition(": ")
            not_applied += [
                f"{rule_id}: credit note {number} names this invoice and was not applied: {why}"
                for number in kind.numbers
            ]
            uncounted += kind.count - len(kind.numbers)
            continue
        for rate, amount in kind.worth.items():
            credited[rate] = credited.get(rate, ZERO) + amount
    said = not_applied[:NOT_APPLIED_SAID]
    more = len(not_applied) - len(said) + uncounted
    if more:
        said.append(f"and {more} more credit notes so")
    if naming.unread:
        said.append(
            f"{CREDIT_UNREAD}: {naming.unread} more credit notes name it, of more than {MAX_KINDS} kinds (seller,"
            " invoices named, currency, VAT rates): not read, not counted"
        )
    return Credit(credited, "; ".join(said))


def replaces_note(
    number: str,
    carried: Decimal,
    shared: Decimal,
    left: Decimal,
    recorded: Sequence[tuple[str, Decimal]] = (),
) -> str:
    """A corrective invoice's `unapplied` once the invoice it replaces is found with its buyer: what of the
    payments made there counts here (`shared`: of it, what was paid at rates this invoice has not), and what must
    be settled by hand. `recorded`: on which invoices of the chain of corrections ending at `number` the payments
    were recorded, and how much on each, when not all on `number` itself (a chain's middle link carries what was
    paid on the original): the finance team finds the money where it says."""
    elsewhere = any(where != number for where, _ in recorded)
    said = ", ".join(f"{where} {round_amount(amount)}" for where, amount in recorded)
    note = (
        f"{CORRECTIVE_REPLACES}: it replaces invoice {number} (BG-3, XP Z12-014 UC4), which owes nothing since;"
        f" {round_amount(carried)} paid {'toward' if elsewhere else 'on'} it counts here (carried)"
        + (f", recorded on {said}" if elsewhere else "")
    )
    if shared:
        note += (
            f", {round_amount(shared)} of it paid at a VAT rate this invoice corrects, shared pro rata of its rates"
            " (its 212s stand as sent)"
        )
    if left:
        note += (
            f"; {round_amount(left)} paid {'toward' if elsewhere else 'on'} it is more than this invoice is owed:"
            " settle it by hand"
        )
    return note


def replaced_by_another(number: str, replacing: str) -> str:
    """A corrective invoice's `unapplied` when the invoice it names is replaced by another corrective invoice (the
    first naming it): what was paid on it counts there, not here as well."""
    return (
        f"{CORRECTIVE_REPLACES}: invoice {number} (BG-3) is replaced by corrective invoice {replacing}, the first"
        " naming it: what was paid on it counts there, nothing here"
    )


def credit_replaced(named: str, replacing: str, in_force: str = "") -> str:
    """A credit note's `unapplied` when the invoice it names is replaced by corrective invoice `replacing`: the
    corrective invoice restates that invoice's whole amounts (XP Z12-014 UC4) and the replaced invoice's lifecycle
    closes (220), so the credit is counted nowhere and shown unallocated, as one naming a cancelled invoice is.
    `in_force`: the last link of the chain of corrections from `replacing`, the one a credit note should name."""
    head = in_force or replacing
    chain = "" if head == replacing else f", itself corrected in turn: {head} is the one in force"
    return (
        f"{CREDIT_REPLACED}: invoice {named} it names is replaced by corrective invoice {replacing} (XP Z12-014 UC4)"
        f"{chain}, which restates its whole amounts: it credits nothing (unallocated); if the credit stands, it"
        f" needs a credit note naming {head}"
    )


def credits_replaced(credited: Decimal, replacing: str) -> str:
    """A replaced invoice's `unapplied` when credit notes credited it: not counted there (`credit_replaced`)."""
    return (
        f"{CREDIT_REPLACED}: {round_amount(credited)} credited by credit notes naming this invoice is not counted:"
        f" corrective invoice {replacing} replaces it and restates its whole amounts (each credit note shows its"
        " credit unallocated)"
    )


def replacing(number: str) -> str:
    """What a corrective invoice naming invoice `number` will do, said when it is submitted."""
    return (
        f"it replaces invoice {number} (XP Z12-014 UC4): once it is with its buyer, {number}, when the gateway"
        " issued it, owes nothing and what was paid on it counts here (GetInvoice's settlement); no 220 is sent"
        f" for {number}"
    )


def corrective_naming(invoice: Invoice, correctives: Iterable[Invoice]) -> Invoice | None:
    """The corrective invoice that replaces `invoice`: the first (in the order given) of its seller naming it in
    BG-3 (BR-FR-CO-04: exactly one invoice, `names`)."""
    return next((c for c in correctives if c.type_code.kind.corrective and names(c, invoice)), None)


def own_credit(note: Invoice, named: Invoice | None, namesakes: Sequence[Invoice] = ()) -> Credit:
    """What a credit note (or a corrective invoice) does to the invoice it names, as its own books show it:
    `named` is that invoice found among the same party's, None when it is not there (PAY-CREDIT-UNKNOWN);
    `namesakes`, the party's invoices of the number it names when several may bear it (`ambiguous`)."""
    if note.type_code.kind.corrective:
        # XP Z12-014 Annexe B UC4: a corrective invoice (384) cancels and replaces the one it names, whose life
        # cycle the seller then closes with 220 Annulée; nothing in the pack says what becomes of its books
        if not note.preceding_invoices:  # BR-FR-CO-04 refuses it at submit; a received one may come so
            return Credit(
                {},
                f"{CORRECTIVE_NOT_APPLIED}: it names no invoice it corrects in BG-3: no invoice's books are changed",
            )
        return Credit(
            {},
            f"{CORRECTIVE_NOT_APPLIED}: it corrects invoice {note.preceding_invoices[0].number} (BG-3), whose books"
            " are not changed: settle what is left on it by hand (a payment split, or a credit note naming it alone)",
        )
    several = several_invoices(note) or unnamed(note)
    if several is not None:
        return several
    unsaid = ambiguous(note, namesakes)
    if unsaid is not None:
        return unsaid
    if named is None:
        return Credit(
            {},
            f"{CREDIT_UNKNOWN}: invoice {note.preceding_invoices[0].number} named in BG-3 is not one of this"
            " seller's the gateway knows (issued and with its buyer, or received from a seller with a SIREN): it"
            " credits nothing here (unallocated)",
        )
    return credit_on(named, note)


def books_credit(
    document: Invoice,
    credit_notes: Iterable[Invoice] | CreditNotesNaming,
    named: Invoice | None,
    namesakes: Sequence[Invoice] = (),
    lifecycle_code: str = "",
) -> Credit:
    """What credit does to the books of `document`, issued or received alike: an invoice is credited by the credit
    notes naming it (`credit_notes`, of its seller; `credit_by_notes`), and a corrective invoice also says the
    invoice it corrects keeps its books; a credit note's own books show what it credits on the invoice it names
    (`named`, of its seller, None when not found: `own_credit`). `namesakes`: where one seller's number may be
    borne by several invoices (received ones), the seller's invoices of the number in question (the invoice's own,
    or the one the credit note names): a credit note naming more than one of them credits none (`ambiguous`).
    `lifecycle_code`: `document`'s current status; a document whose lifecycle ended (refused, rejected, cancelled,
    inadmissible) neither takes nor gives credit, and `credit_notes` and `named` leave out those so ended."""
    if is_terminal(lifecycle_code):  # nobody owes on it: it neither takes nor gives credit
        if not document.type_code.kind.credit_note:
            return Credit({})
        return Credit(
            {},
            f"{CREDIT_ENDED}: its lifecycle ended ({lifecycle_code} {STATUSES[lifecycle_code].name_en}): nobody owes on"
            " it, it credits nothing",
        )
    if not document.type_code.kind.credit_note:
        credit = credit_by_notes(document, credit_notes, namesakes)
        corrective = own_credit(document, None).unapplied if document.type_code.kind.corrective else ""
        return Credit(credit.per_rate, "; ".join(filter(None, (corrective, credit.unapplied))))
    return own_credit(document, named if named is not None and names(document, named) else None, namesakes)
