"""How many listings (ListInvoices, ListReceivedInvoices), and how many declarations built (PreviewDeclaration,
SubmitDeclaration, RectifyDeclaration, ListDeclarations), one company runs at once in a process.

A listing filtered by a counterparty's name reads every row of the company that the other filters leave (a part of
a name matches anywhere in it: no index serves it), so its cost grows with the company's own data: on a company of
198,000 invoices one such listing took 1.1 s of a pooled connection. A company may hold 32 calls at once
(GRPC_CALLS_PER_COMPANY) and the pool has 20 connections (DB_POOL_MAX): 32 of these listings at once took them all,
and another company's one-row GetInvoice waited 2.7 s at the median, 5.3 s at worst (5 ms alone; measured on
`pdp-gateway serve`). With LISTINGS_PER_COMPANY at once, 4: 9 ms / 86 ms. Past it, the listing is told to come back
(ListingsBusy: RESOURCE_EXHAUSTED with a one-second hint): a client pages a listing one page after the other, so
more at once is a flood, not a client's need. A listed page's books (its settlements, read after the page in a
slot of their own) are a listing's reads too: a page of 500 reads what 500 GetInvoice calls would. No bound for the process: several companies each at their own bound
share the pool as their other calls do.

A declaration is built from every row of its period (a preview, a submission, a rectification): a month of 570,000
B2C sales took 54 s of one pooled connection on `serve`, and 32 previews at once made another company's GetInvoice
UNAVAILABLE ("no answer from the service's database in time"), its median 10.8 s. DECLARATIONS_PER_COMPANY at once,
1, and aio.off_loop.BUILD_THREADS (2) in the process, every company together: each build has a thread of its own
there and holds its period's rows (about 800 MB for that month), and builds at once share one interpreter, so a
company's second build would only slow the others' calls (two of that month at once: another company's GetInvoice
294 ms p50, 4.7 s at worst, against 63 ms and 3.1 s beside one). Past either, DeclarationsBusy, with the hint such
a build deserves. ListDeclarations
builds each listed period's rectification so, one after the other (its `in_force_check`: 24 months of 2,000 B2C
sales took 1.6 s of one connection): one build at a time, in one of these slots.
"""

from __future__ import annotations

from functools import partial

from aio import off_loop
from service.usecases.company_slots import Busy, CompanySlots

LISTINGS_PER_COMPANY = 4


class ListingsBusy(Busy):
    """This company already runs LISTINGS_PER_COMPANY listings in this process."""


listing_slots = partial(
    CompanySlots, "listings", ListingsBusy, per_process=None, per_company=LISTINGS_PER_COMPANY
)


DECLARATIONS_PER_COMPANY = 1


class DeclarationsBusy(Busy):
    """This company already builds DECLARATIONS_PER_COMPANY declarations in this process."""

    retry_after = 5.0


declaration_slots = partial(
    CompanySlots,
    "declaration builds",
    DeclarationsBusy,
    per_process=off_loop.BUILD_THREADS,
    per_company=DECLARATIONS_PER_COMPANY,
)
