"""How many archive exports, and archive verifications, one process holds at once, in all and per company.

An export holds a read-only transaction and a pooled connection while it is written (ExportArchive's into a
temporary file of up to archive.DEFAULT_EXPORT_LIMIT of documents, held until the client has read its last chunk;
StreamArchiveExport's to its client as it goes), and compresses its documents: exports at once share the process's
CPU and the database's. Before ExportArchive spooled its zip to disk, it held it whole in memory: one of a 307 MB
zip took a process from 98 MB to 700 MB. Past either bound the caller is told to come back
(ExportsBusy: RESOURCE_EXHAUSTED with a retry hint) rather than queued, since an export takes from seconds to
minutes and a queue of them would hold their callers' deadlines. One per company: an auditor's second export of
the same company while the first is still being read is a retry or a mistake; two per process: each gRPC process
(GRPC_WORKERS) has its own.

A verification (VerifyArchive) re-hashes every document of the company and its whole audit chain in one read-only
transaction: it holds a pooled connection from seconds to minutes (24,000 documents: 6.4 s on the bench machine).
Without a bound of their own, one company's verifications at once (up to its 32 calls in flight) took every
connection of the process's pool (DB_POOL_MAX, 20), and every other company's call then waited for one and was
answered UNAVAILABLE. Bounded as the exports are, with slots of their own (a verification during an export is fine).
"""

from __future__ import annotations

from functools import partial

from service.usecases.company_slots import Busy, CompanySlots

EXPORTS_PER_PROCESS = 2
EXPORTS_PER_COMPANY = 1
RETRY_AFTER_S = 30.0  # an export of hundreds of MiB is built and read within about a minute


class ExportsBusy(Busy):
    """Too many exports held at once; `retry_after` seconds is when to ask again."""

    retry_after = RETRY_AFTER_S


VERIFICATIONS_PER_PROCESS = 2
VERIFICATIONS_PER_COMPANY = 1


class VerificationsBusy(Busy):
    """Too many archive verifications held at once; `retry_after` seconds is when to ask again."""

    retry_after = RETRY_AFTER_S


VerificationSlots = partial(
    CompanySlots,
    "archive verifications",
    VerificationsBusy,
    per_process=VERIFICATIONS_PER_PROCESS,
    per_company=VERIFICATIONS_PER_COMPANY,
)

ExportSlots = partial(
    CompanySlots,
    "archive exports",
    ExportsBusy,
    per_process=EXPORTS_PER_PROCESS,
    per_company=EXPORTS_PER_COMPANY,
)
