"""The books of a page of received invoices (ListReceivedInvoices), read in bulk: one read per kind of fact for the
whole page (the invoices' documents, what was paid, the credit notes naming them, the corrective invoices naming
them, the invoices the page's credit notes and corrective invoices name), then the books' one computation
(service.usecases.reception) invoice by invoice, its reads answered from these, as for the invoices we issue
(service.usecases.emission.page_reads). What it did not read (a chain of corrections past its second link, what
was paid on an invoice a corrective invoice off the page replaces) is read as for one invoice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from domain.credit_notes import CreditNotesNaming
from domain.invoice import Invoice
from domain.reception_ports import ReceivedBooksReads, ReceivedInvoices

Named = tuple[str, str]  # (seller SIREN, number)
Identity = tuple[
    str, str, str, date
]  # (seller SIREN, number, type code, issue date): ReceivedInvoices.paid_on_of


class ReceivedPageReads(ReceivedBooksReads):
    """`ReceivedBooksReads` of one company's page of received invoices, from its bulk reads (`of`); what it did not
    read is asked of the repository."""

    def __init__(
        self,
        received: ReceivedInvoices,
        company: str,
        credit_notes: Mapping[Named, CreditNotesNaming],
        namesakes: Mapping[Named, Sequence[tuple[Invoice, bool]]],
        correctives: Mapping[Named, Sequence[Invoice]],
        paid_on: Mapping[Identity, Mapping[Decimal, Decimal]],
        asked: tuple[frozenset[Named], frozenset[Named], frozenset[Named], frozenset[Identity]],
    ) -> None:
        self._received, self._company = received, company
        self._credit_notes, self._namesakes, self._correctives = credit_notes, namesakes, correctives
        self._paid_on = paid_on
        self._noted, self._named, self._corrected, self._carried = asked

    @classmethod
    async def of(
        cls, received: ReceivedInvoices, company: str, documents: Sequence[tuple[str, Invoice]]
    ) -> ReceivedPageReads:
        """The page's facts read (`documents`: its readable invoices with their seller's SIREN, those with one): at
        most five statements whatever the page's size (the corrective invoices naming its invoices, then those
        naming these, where an invoice replaced says which one is in force; what was paid on the invoices its
        corrective invoices replace)."""
        noted = frozenset((seller, d.number) for seller, d in documents if not d.type_code.kind.credit_note)
        amending = [
            (seller, d)
            for seller, d in documents
            if d.type_code.kind.amends and len(d.preceding_invoices) == 1
        ]
        named = frozenset((seller, d.preceding_invoices[0].number) for seller, d in amending)
        replacing = frozenset(
            (seller, d.preceding_invoices[0].number) for seller, d in amending if d.type_code.kind.corrective
        )
        credit_notes = await received.credit_notes_of(company, sorted(noted)) if noted else {}
        # an invoice's namesakes tell which of them its credit notes credit: read for those named by one
        namesakes = named | {key for key, naming in credit_notes.items() if naming.kinds}
        read_namesakes = await received.credited_invoices_of(company, sorted(namesakes)) if namesakes else {}
        corrected = noted | named
        correctives = dict(await received.correctives_of(company, sorted(corrected)) if corrected else {})
        following = {(c.seller.siren, c.number) for found in correctives.values() for c in found} - corrected
        if following:
            correctives.update(await received.correctives_of(company, sorted(following)))
        carried = [i for key in replacing for i, _ in read_namesakes.get(key, ())]
        return cls(
            received,
            company,
            credit_notes,
            read_namesakes,
            correctives,
            await received.paid_on_of(company, carried) if carried else {},
            (noted, namesakes, corrected | following, frozenset(_identity(i) for i in carried)),
        )

    async def credit_notes(self, company_siren: str, seller_siren: str, number: str) -> CreditNotesNaming:
        if company_siren == self._company and (seller_siren, number) in self._noted:
            return self._credit_notes.get((seller_siren, number), CreditNotesNaming(()))
        return await self._received.credit_notes(company_siren, seller_siren, number)

    async def credited_invoices(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Sequence[Invoice]:
        if company_siren != self._company or (seller_siren, number) not in self._named:
            return await self._received.credited_invoices(company_siren, seller_siren, number, ended=ended)
        return [
            i for i, its_ended in self._namesakes.get((seller_siren, number), ()) if ended or not its_ended
        ]

    async def correctives(self, company_siren: str, seller_siren: str, number: str) -> Sequence[Invoice]:
        if company_siren == self._company and (seller_siren, number) in self._corrected:
            return self._correctives.get((seller_siren, number), ())
        return await self._received.correctives(company_siren, seller_siren, number)

    async def paid_on(self, company_siren: str, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        if company_siren == self._company and _identity(invoice) in self._carried:
            return self._paid_on.get(_identity(invoice), {})
        return await self._received.paid_on(company_siren, invoice)


def _identity(invoice: Invoice) -> Identity:
    return (invoice.seller.siren, invoice.number, invoice.type_code.value, invoice.issue_date)
