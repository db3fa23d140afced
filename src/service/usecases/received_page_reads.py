"""The books of a page of received invoices (ListReceivedInvoices), read in bulk: one read per kind of fact for the
whole page (the invoices' documents, what was paid, the credit notes naming them, the corrective invoices naming
them, the invoices the page's credit notes and corrective invoices name), then the books' one computation
(service.usecases.reception) invoice by invoice, its reads answered from these, as for the invoices we issue
(service.usecases.emission.page_reads). What it did not read (a chain of corrections, what was paid on a replaced
invoice) is read as for one invoice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from domain.credit_notes import CreditNotesNaming
from domain.invoice import Invoice
from domain.reception_ports import ReceivedBooksReads, ReceivedInvoices

Named = tuple[str, str]  # (seller SIREN, number)


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
        asked: tuple[frozenset[Named], frozenset[Named], frozenset[Named]],
    ) -> None:
        self._received, self._company = received, company
        self._credit_notes, self._namesakes, self._correctives = credit_notes, namesakes, correctives
        self._noted, self._named, self._corrected = asked

    @classmethod
    async def of(
        cls, received: ReceivedInvoices, company: str, documents: Sequence[tuple[str, Invoice]]
    ) -> ReceivedPageReads:
        """The page's facts read (`documents`: its readable invoices with their seller's SIREN, those with one):
        three statements whatever the page's size."""
        noted = frozenset((seller, d.number) for seller, d in documents if not d.type_code.kind.credit_note)
        named = frozenset(
            (seller, d.preceding_invoices[0].number)
            for seller, d in documents
            if d.type_code.kind.amends and len(d.preceding_invoices) == 1
        )
        credit_notes = await received.credit_notes_of(company, sorted(noted)) if noted else {}
        # an invoice's namesakes tell which of them its credit notes credit: read for those named by one
        namesakes = named | {key for key, naming in credit_notes.items() if naming.kinds}
        corrected = noted | named
        return cls(
            received,
            company,
            credit_notes,
            await received.credited_invoices_of(company, sorted(namesakes)) if namesakes else {},
            await received.correctives_of(company, sorted(corrected)) if corrected else {},
            (noted, namesakes, corrected),
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
        return await self._received.paid_on(company_siren, invoice)
