"""How many large invoices one company reads at once in a process, and how fast: GetInvoice, GetInvoiceDocument, and
the calls that load the invoice to change it (RetryInvoice, CancelInvoice, SetInvoiceStatus,
RecordPayment: a RetryInvoice refused FAILED_PRECONDITION had read it whole first; 32 at once took the process from
265 to 1,175 MB and made another company's calls UNAVAILABLE). Those read it without its attachments
(InvoiceRepository.get's `attachments`) and are sized so: an invoice carrying a PDF of any size is no large read for
them, one of many lines is.

Reading an invoice reads and decodes its whole content on the event loop every company shares: an invoice may carry
20 MiB of attachments (27 MB stored, base64 in its JSON), and GetInvoiceDocument reads its stored documents beside
it. Each such read holds the loop for about half a second in single C calls (base64, protobuf copies) that no other
call can come between. A company may hold 32 calls at once (GRPC_CALLS_PER_COMPANY): on `serve`, 32 GetInvoice at
once of one such invoice took the process from 414 to 1,040 MB, answered 12 in 19 s and made every company's calls
UNAVAILABLE ("no answer from the service's database in time"), another company's one-row GetInvoice among them; one
read at a time, back to back, still held that call 484 ms at the median.

So a read whose invoice is stored in more than LARGE_READ_BYTES takes one of LARGE_READS_PER_COMPANY slots of its
company, and spends its stored bytes from the company's bucket of LARGE_READ_BYTES_PER_SECOND (LARGE_READ_BURST at
once after a quiet moment); past either it is told to come back (LargeReadsBusy: RESOURCE_EXHAUSTED, its RetryInfo
the time the bucket needs). The size is read first, from the row's TOAST pointer (no byte of the content): a plain
invoice takes no slot and spends nothing. No bound for the process: several companies each at their own bound share
it as their other calls do.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

from domain.ports import InvoiceRepository
from service.usecases.company_slots import Busy, CompanyRate, CompanySlots, Refused, uncounted

LARGE_READ_BYTES = 1 << 20
LARGE_READS_PER_COMPANY = 1
LARGE_READ_BYTES_PER_SECOND = 4 << 20
LARGE_READ_BURST = 32 << 20  # one invoice of 20 MiB of attachments (27 MB stored) at once


class LargeReadsBusy(Busy):
    """This company already reads a large invoice in this process, or read them faster than its pace."""


@dataclass(eq=False, slots=True)
class LargeReads:
    at_once: CompanySlots
    pace: CompanyRate

    @contextlib.contextmanager
    def held(self, company: str, size: int) -> Iterator[None]:
        """The block that reads one of the company's invoices stored in `size` bytes: past LARGE_READ_BYTES in one
        of its slots and its bytes spent from its pace, else LargeReadsBusy (nothing spent)."""
        if size <= LARGE_READ_BYTES:
            yield
            return
        self.at_once.check(company)
        self.pace.spend(company, size)
        with self.at_once.taken(company):
            yield

    @contextlib.asynccontextmanager
    async def reading(
        self, invoices: InvoiceRepository, company: str, invoice_id: str
    ) -> AsyncIterator[None]:
        """`held` for the company's invoice `invoice_id`, its size read first (the TOAST pointer: no byte of it)."""
        with self.held(company, await invoices.stored_size(company, invoice_id)):
            yield


def large_reads(
    refused: Refused = uncounted,
    *,
    per_company: int = LARGE_READS_PER_COMPANY,
    per_second: float = LARGE_READ_BYTES_PER_SECOND,
    burst: int = LARGE_READ_BURST,
) -> LargeReads:
    return LargeReads(
        CompanySlots(
            "large invoice reads", LargeReadsBusy, per_process=None, per_company=per_company, refused=refused
        ),
        CompanyRate("bytes of large invoices read", LargeReadsBusy, per_second, burst, refused=refused),
    )


@contextlib.asynccontextmanager
async def reading(
    invoices: InvoiceRepository, bound: LargeReads | None, company: str, invoice_id: str
) -> AsyncIterator[None]:
    """`bound.reading`, or the block alone with no bound (`None`)."""
    if bound is None:
        yield
        return
    async with bound.reading(invoices, company, invoice_id):
        yield
