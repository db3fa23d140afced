"""How many rows of e-reporting record batches (RecordB2cTransactions, RecordPayments, RecordSales, RecordPurchases)
one company, and the whole process, have in progress at once.

A batch's work grows with its rows (each checked, mapped, compared on replay, written): 2,000 B2C sales are about
0.5 s of one process, in its event loop, its reader thread and a pooled connection. A company may hold 32 calls at
once (GRPC_CALLS_PER_COMPANY): 32 batches of 2,000 at once made another company's one-row GetInvoice wait 527 ms
at the median and 3.1 s at worst (2 ms alone; measured on `pdp-gateway serve`). So the bound is by weight, the
batch's rows (a sale, a payment, an invoice's line): a company past RECORD_ROWS_PER_COMPANY in progress, or the
process past RECORD_ROWS_PER_PROCESS (every company together), is told to come back (RecordsBusy:
RESOURCE_EXHAUSTED, with a one-second hint, about one batch's time) before its request is read. A till sending
each sale alone takes one row a call: it is refused only while its company's batches hold the whole share. A batch
larger than a bound (up to MAX_BATCH, 10,000) is taken when nothing else is held.
"""

from __future__ import annotations

from functools import partial

from service.usecases.company_slots import Busy, CompanySlots

RECORD_ROWS_PER_COMPANY = 4_000  # two batches of 2,000
RECORD_ROWS_PER_PROCESS = 16_000


class RecordsBusy(Busy):
    """This company, or the process, already has that many rows of record batches in progress."""


record_slots = partial(
    CompanySlots,
    "record batch rows",
    RecordsBusy,
    per_process=RECORD_ROWS_PER_PROCESS,
    per_company=RECORD_ROWS_PER_COMPANY,
)
