"""A corrective invoice replacing the invoice it names (XP Z12-014 Annexe B UC4), decided once for both sides of the
books: the invoices we issue (GetInvoice, RecordPayment) and the ones we receive (GetReceivedInvoice,
RecordPaymentSent). Each side gives its invoices through a `Corrections` (domain.payment_ports); the rules on the
amounts are domain.payments' (`Settlement.replaced_by_corrective`, `carrying`, `corrective_naming`, `names`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from domain.credit_notes import (
    CORRECTIVE_NOT_APPLIED,
    corrective_naming,
    credit_replaced,
    credits_replaced,
    names,
    replaced_by_another,
    replaces_note,
)
from domain.invoice import Invoice
from domain.lifecycle import is_terminal
from domain.money import ZERO, total
from domain.payment_ports import BooksReads, Corrections
from domain.payments import Settlement
from domain.reception_ports import ReceivedBooksReads

# A chain of corrections (a corrective invoice corrected by another, and so on) is followed this many links back.
MAX_CHAIN = 16


async def replacement(
    side: Corrections, document: Invoice, books: Settlement, *, with_its_buyer: bool, lifecycle_code: str
) -> Settlement:
    """`document`'s books once corrective invoices are counted: a corrective invoice with its buyer cancels and
    replaces the invoice it names. The replaced invoice owes nothing since (a payment on it is refused,
    PAY-REPLACED), a corrective invoice corrected in turn too; the corrective invoice that replaces it (the first
    naming it) counts what was paid toward it, at the rates it has (`Settlement.carrying`), and says so in its
    `unapplied`. `with_its_buyer`: `document` is with its buyer (issued: SENT or NOT_TRANSMITTED; received: yes)."""
    if is_terminal(lifecycle_code):
        return books
    if document.type_code.kind.credit_note:
        return await _crediting_replaced(side, document, books)
    if document.type_code.kind.corrective and with_its_buyer:
        books = await _carrying(side, document, books)
    replacing = await corrective_replacing(side, document)
    if replacing is None:
        return books
    if books.credited:  # not counted here: each credit note shows it unallocated (`_crediting_replaced`)
        said = (credits_replaced(books.credited, replacing.number), books.unapplied)
        books = books.with_credited({}, "; ".join(filter(None, said)))
    return books.replaced_by_corrective(replacing.number, (await _in_force(side, replacing)).number)


async def _crediting_replaced(side: Corrections, note: Invoice, books: Settlement) -> Settlement:
    """A credit note's own books when the invoice it credits is replaced by a corrective invoice: it credits
    nothing (unallocated), as one naming a cancelled invoice (220) does, and says why."""
    if not books.credited:
        return books
    said = await naming_replaced(side, note)
    return books.with_credited({}, said) if said else books


async def naming_replaced(side: Corrections, note: Invoice) -> str:
    """Why credit note `note` credits nothing when the one invoice it names is replaced by a corrective invoice with
    its buyer (PAY-CREDIT-REPLACED, `credit_replaced`, naming the chain's last link); "" when it is not."""
    named = await named_invoice(side, note)
    return "" if named is None else await replaced_said(side, named)


async def replaced_said(side: Corrections, named: Invoice) -> str:
    """PAY-CREDIT-REPLACED of a credit note naming `named` alone when a corrective invoice with its buyer replaces
    it (`credit_replaced`, naming the chain's last link); "" when none does."""
    replacing = await corrective_replacing(side, named)
    if replacing is None:
        return ""
    in_force = await _in_force(side, replacing)
    return credit_replaced(named.number, replacing.number, in_force.number)


async def corrective_replacing(side: Corrections, document: Invoice) -> Invoice | None:
    """The corrective invoice with its buyer that replaces `document`: the first naming it; None when none does. What
    its books say (`replacement`), and what allows the seller's 220 closing it (emission.invoice_status)."""
    correctives = await side.correctives(document.seller.siren, document.number)
    return corrective_naming(document, (c for c in correctives if not _itself(c, document)))


async def _in_force(side: Corrections, corrective: Invoice) -> Invoice:
    """The last link of the chain of corrections from `corrective` (itself replaced by another, and so on, MAX_CHAIN
    links on): the one in force, where what the chain replaced is owed now."""
    seen = {corrective.number}
    for _ in range(MAX_CHAIN):
        following = await corrective_replacing(side, corrective)
        if following is None or following.number in seen:
            break
        seen.add(following.number)
        corrective = following
    return corrective


def _itself(one: Invoice, other: Invoice) -> bool:
    """The same document (its seller, number, type and date): a corrective invoice naming its own number in BG-3
    replaces nothing (it is not an invoice it corrects)."""
    return (one.seller.siren, one.number, one.type_code, one.issue_date) == (
        other.seller.siren,
        other.number,
        other.type_code,
        other.issue_date,
    )


async def named_invoice(side: Corrections, corrective: Invoice) -> Invoice | None:
    """The one invoice `corrective` (or a credit note) names (BR-FR-CO-04: exactly one), of its seller; None when it
    names none, or several, or a number borne by several of its seller's invoices without the date (BT-26) telling
    them apart."""
    if len(corrective.preceding_invoices) != 1:
        return None
    found = [
        invoice
        for invoice in await side.namesakes(corrective.seller.siren, corrective.preceding_invoices[0].number)
        if names(corrective, invoice) and not _itself(invoice, corrective)
    ]
    return found[0] if len(found) == 1 else None


async def _carrying(side: Corrections, document: Invoice, books: Settlement) -> Settlement:
    """A corrective invoice's books with what was paid toward the invoice it replaces, when it is the one that
    replaces it: another corrective invoice naming the same invoice carries nothing (what was paid counted twice)."""
    replaced = await named_invoice(side, document)
    if replaced is None:
        return books  # PAY-CORRECTIVE-NOT-APPLIED says it corrects an invoice the gateway does not hold
    number = replaced.number
    # Its PAY-CORRECTIVE-NOT-APPLIED (books_credit: the invoice it corrects was not looked for) comes first in
    # `unapplied`, then what credit notes naming it say: the first gives way.
    said = books.unapplied.partition("; ")[2] if books.unapplied.startswith(CORRECTIVE_NOT_APPLIED) else ""
    first = await corrective_replacing(side, replaced)
    if first is None:
        return books
    if first.number != document.number:
        return replace(
            books, unapplied="; ".join(filter(None, (replaced_by_another(number, first.number), said)))
        )
    paid, recorded = await _paid_toward(side, replaced)
    if replaced.currency != document.currency:  # nothing converts a payment
        carried, shared, left = books, ZERO, total(paid.values())
    else:
        carried, shared, left = books.carrying(paid)
    note = "; ".join(filter(None, (replaces_note(number, carried.carried, shared, left, recorded), said)))
    return replace(carried, unapplied=note)


async def _paid_toward(
    side: Corrections, invoice: Invoice
) -> tuple[dict[Decimal, Decimal], list[tuple[str, Decimal]]]:
    """What the buyer paid toward `invoice`, per VAT rate: its payments, and when it is itself the corrective
    invoice replacing another (in the same currency), what was paid toward that one, MAX_CHAIN links back; and on
    which of those invoices it was recorded, how much on each (those with none left out), `invoice` first."""
    paid: dict[Decimal, Decimal] = {}
    recorded: list[tuple[str, Decimal]] = []
    seen = {invoice.number}
    for _ in range(MAX_CHAIN):
        on_it = await side.paid_on(invoice)
        for rate, amount in on_it.items():
            paid[rate] = paid.get(rate, ZERO) + amount
        if total(on_it.values()):
            recorded.append((invoice.number, total(on_it.values())))
        if not invoice.type_code.kind.corrective:
            break
        named = await named_invoice(side, invoice)
        if named is None or named.number in seen or named.currency != invoice.currency:
            break
        first = await corrective_replacing(side, named)
        if first is None or first.number != invoice.number:
            break
        seen.add(named.number)
        invoice = named
    return paid, recorded


class IssuedCorrections:
    """The invoices one company issues (one per seller and number: `namesakes` gives one at most)."""

    def __init__(self, payments: BooksReads, company: str) -> None:
        self._payments, self._company = payments, company

    async def correctives(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        return await self._payments.correctives(self._company, number)  # `names` checks the seller

    async def namesakes(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        found = await self._payments.credited_invoice(self._company, seller_siren, number, ended=True)
        return () if found is None else (found,)

    async def paid_on(self, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        return await self._payments.paid_on(self._company, invoice.seller.siren, invoice.number, ended=True)


class ReceivedCorrections:
    """The invoices one company received from sellers with a SIREN (a foreign supplier's numbers are not told apart
    from another's: its corrective invoice replaces nothing, as its credit note credits nothing)."""

    def __init__(self, received: ReceivedBooksReads, company: str) -> None:
        self._received, self._company = received, company

    async def correctives(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        if not seller_siren:
            return ()
        return await self._received.correctives(self._company, seller_siren, number)

    async def namesakes(self, seller_siren: str, number: str) -> Sequence[Invoice]:
        if not seller_siren:
            return ()
        return await self._received.credited_invoices(self._company, seller_siren, number, ended=True)

    async def paid_on(self, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        return await self._received.paid_on(self._company, invoice)
