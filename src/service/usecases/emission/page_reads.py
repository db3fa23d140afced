"""The books of a page of invoices we issue (ListInvoices), read in bulk: one read per kind of fact for the whole
page (payments, credit notes naming its invoices, corrective invoices naming them, the invoices its credit notes and
corrective invoices name), then the books' one computation (service.usecases.emission.payments) invoice by invoice,
its reads answered from these. A fact not read for the page (a chain of corrections past its second link, what was
paid on an invoice a corrective invoice off the page replaces) is read as for one invoice: rare, the same answer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from domain.credit_notes import CreditNotesNaming
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.payment_ports import BooksReads, PaymentRepository


class PageReads(BooksReads):
    """`BooksReads` of one company's page of invoices, from its bulk reads (`of`); what it did not read is asked of
    the repository."""

    def __init__(
        self,
        payments: PaymentRepository,
        company: str,
        paid: Mapping[str, Mapping[Decimal, Decimal]],
        credit_notes: Mapping[str, CreditNotesNaming],
        correctives: Mapping[str, Sequence[Invoice]],
        named: Mapping[tuple[str, str], tuple[Invoice, bool]],
        paid_on: Mapping[tuple[str, str], Mapping[Decimal, Decimal]],
        asked: tuple[
            frozenset[str],
            frozenset[str],
            frozenset[str],
            frozenset[tuple[str, str]],
            frozenset[tuple[str, str]],
        ],
    ) -> None:
        self._payments, self._company = payments, company
        self._paid, self._credit_notes, self._correctives = paid, credit_notes, correctives
        self._named, self._paid_on = named, paid_on
        self._ids, self._noted, self._corrected, self._naming, self._carrying = asked

    @classmethod
    async def of(
        cls, payments: PaymentRepository, company: str, invoices: Sequence[OutboundInvoice]
    ) -> PageReads:
        """The page's facts read: at most six statements whatever the page's size (the corrective invoices naming
        its invoices, then those naming these, where an invoice replaced says which one is in force; what was paid
        on the invoices its corrective invoices replace)."""
        ids = frozenset(i.id for i in invoices)
        documents = [i.invoice for i in invoices]
        noted = frozenset(d.number for d in documents if not d.type_code.kind.credit_note)
        amending = [d for d in documents if d.type_code.kind.amends and len(d.preceding_invoices) == 1]
        naming = frozenset((d.seller.siren, d.preceding_invoices[0].number) for d in amending)
        carrying = frozenset(
            (d.seller.siren, d.preceding_invoices[0].number) for d in amending if d.type_code.kind.corrective
        )
        corrected = noted | {number for _, number in naming}
        correctives = dict(await payments.correctives_of(company, sorted(corrected)) if corrected else {})
        following = {c.number for found in correctives.values() for c in found} - corrected
        if following:
            correctives.update(await payments.correctives_of(company, sorted(following)))
        return cls(
            payments,
            company,
            await payments.paid_per_rate_of(sorted(ids)),
            await payments.credit_notes_of(company, sorted(noted)) if noted else {},
            correctives,
            await payments.credited_invoices_of(company, sorted(naming)) if naming else {},
            await payments.paid_on_of(company, sorted(carrying)) if carrying else {},
            (ids, noted, corrected | following, naming, carrying),
        )

    async def paid_per_rate(self, invoice_id: str) -> Mapping[Decimal, Decimal]:
        if invoice_id in self._ids:
            return self._paid.get(invoice_id, {})
        return await self._payments.paid_per_rate(invoice_id)

    async def credit_notes(self, company_siren: str, invoice_number: str) -> CreditNotesNaming:
        if company_siren == self._company and invoice_number in self._noted:
            return self._credit_notes.get(invoice_number, CreditNotesNaming(()))
        return await self._payments.credit_notes(company_siren, invoice_number)

    async def correctives(self, company_siren: str, invoice_number: str) -> Sequence[Invoice]:
        if company_siren == self._company and invoice_number in self._corrected:
            return self._correctives.get(invoice_number, ())
        return await self._payments.correctives(company_siren, invoice_number)

    async def credited_invoice(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Invoice | None:
        if company_siren != self._company or (seller_siren, number) not in self._naming:
            return await self._payments.credited_invoice(company_siren, seller_siren, number, ended=ended)
        found = self._named.get((seller_siren, number))
        if found is None:
            return None
        invoice, its_ended = found
        return invoice if ended or not its_ended else None

    async def paid_on(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Mapping[Decimal, Decimal]:
        if ended and company_siren == self._company and (seller_siren, number) in self._carrying:
            return self._paid_on.get((seller_siren, number), {})
        return await self._payments.paid_on(company_siren, seller_siren, number, ended=ended)
