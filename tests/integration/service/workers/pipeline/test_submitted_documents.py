"""A ready document (SubmitInvoice with a document) reaches the platform as the very bytes the client submitted;
a structured invoice is still rendered in DOCUMENT_FORMAT."""

from __future__ import annotations

import hashlib

from domain.document_formats import DocumentFormat
from domain.emission import ProcessingState
from tests.support.pipeline import PgPipeline, running, uploads_of


async def test_a_ready_ubl_document_is_sent_byte_for_byte(pipeline: PgPipeline, platform) -> None:  # noqa: ANN001
    pdp, sim = platform
    ready_id, submitted = await pipeline.submit_document(DocumentFormat.UBL)
    [structured_id] = await pipeline.submit(1)
    async with running(pipeline.dispatcher()):
        rows = await pipeline.wait_for([ready_id, structured_id])
    assert {r["state"] for r in rows.values()} == {ProcessingState.SENT.value}, [
        r["last_error"] for r in rows.values()
    ]
    digest = hashlib.sha256(submitted).hexdigest()
    assert rows[ready_id]["document_sha256"] == digest
    assert await uploads_of(pdp, sim, digest) == 1
    if sim is not None:  # the simulator hashes what it received over HTTP
        assert [r.content for r in sim.invoices.values() if r.sha256 == digest] == [submitted]
    documents = {
        str(r["invoice_id"]): r
        for r in await pipeline.pool.fetch("SELECT invoice_id, format, profile, bytes FROM documents")
    }
    assert (documents[ready_id]["format"], documents[ready_id]["profile"]) == ("UBL", "CIUS")
    assert bytes(documents[ready_id]["bytes"]) == submitted
    assert documents[structured_id]["format"] == "CII"  # DOCUMENT_FORMAT of the test pipeline
    reports = await pipeline.pool.fetch("SELECT valid, complete, artifacts FROM validation_reports")
    assert len(reports) == 2 and all(r["valid"] and r["complete"] and r["artifacts"] for r in reports)
