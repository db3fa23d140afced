"""Fuzz suite, webhook side: hostile deliveries on every webhook path of a real reception stack (uvicorn, the
PostgreSQL inbox, the inbox worker, the document reader).

Deliveries are drawn by Hypothesis with a fixed seed and a bounded number of cases, correctly signed (so they get
past authentication into parsing, storage and processing) or with hostile signature headers. No answer may be a
5xx; every stored delivery must settle (DONE, PARKED or UNPROCESSABLE) without being retried for an error of its
own content: at most `unmatched_status_attempts` attempts (a status waiting for its invoice), never the
`max_attempts` of an unexpected error.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

import httpx
import pytest
from hypothesis import strategies as st

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.iopole.signing import TIMESTAMP_HEADER, signed_headers
from service.workers.reception.processing import ProcessingPolicy
from tests.e2e.test_fuzz import DOCUMENTS, _mutated_document, drawn
from tests.strategies import hostile_texts
from tests.support.reception import QUICK, reception_stack, settled, wait_until
from tests.support.webhooks import (
    AFNOR_FLOW_PATH,
    AFNOR_KEY,
    IOPOLE_SECRET,
    IOPOLE_STATUS_PATH,
    now_ms,
    post_invoice,
    post_status,
    status_body,
)

CASES = 18
QUICKER = dataclasses.replace(QUICK, backoff_base_s=0.01, backoff_cap_s=0.05)
KEYS = (
    "invoiceId",
    "statusId",
    "status",
    "code",
    "eventId",
    "eventType",
    "date",
    "json",
    "responses",
    "flowId",
)

json_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), hostile_texts
)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(KEYS) | hostile_texts, inner, max_size=4)
    ),
    max_leaves=8,
)


@st.composite
def status_bodies(draw: st.DrawFn) -> bytes:
    """A status callback whose fields are hostile values or of the wrong type, or any JSON at all."""
    if draw(st.integers(0, 3)) == 0:
        return json.dumps(draw(json_values)).encode()
    body: dict[str, Any] = status_body(str(uuid.uuid4()), "REJECTED", reason="r")
    for where in draw(
        st.lists(st.sampled_from(["invoiceId", "statusId", "date", "code", "reason"]), max_size=3)
    ):
        value = draw(json_values)
        if where == "code":
            body["status"]["code"] = value
        elif where == "reason":
            body["json"]["responses"][0]["rejectionDetail"]["reason"] = value
        else:
            body[where] = value
    return json.dumps(body).encode()


def _raw(headers: dict[str, str]) -> dict[str, bytes]:
    out = {}
    for name, value in headers.items():
        try:
            out[name] = value.encode("latin-1")
        except UnicodeEncodeError:
            out[name] = value.encode("utf-8")
    return out


async def _hostile_headers_status(
    client: httpx.AsyncClient, payload: bytes, timestamp: str
) -> httpx.Response:
    headers = signed_headers(
        IOPOLE_SECRET,
        timestamp_ms=now_ms(),
        method="POST",
        path_with_query=IOPOLE_STATUS_PATH,
        payload=payload,
        idempotency_key=str(uuid.uuid4()),
    )
    headers[TIMESTAMP_HEADER] = timestamp
    return await client.post(IOPOLE_STATUS_PATH, content=payload, headers=_raw(headers))


async def _afnor(client: httpx.AsyncClient, payload: bytes, timestamp: str | None) -> httpx.Response:
    ts = now_ms() // 1000
    headers = {
        "Content-Type": "application/json",
        afnor_signing.SIGNATURE_HEADER: afnor_signing.sign(AFNOR_KEY, payload, ts),
        afnor_signing.TIMESTAMP_HEADER: str(ts) if timestamp is None else timestamp,
    }
    return await client.post(AFNOR_FLOW_PATH, content=payload, headers=_raw(headers))


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
async def test_hostile_deliveries_on_every_webhook_path_never_5xx_and_settle_without_retry_loops(
    pg_pool, document_reader
) -> None:
    statuses = drawn(status_bodies(), CASES)
    documents = drawn(st.composite(_mutated_document)(), CASES // 3)
    invoice_ids = drawn(hostile_texts, CASES // 3)
    # Header values a client can send at all (httpx and h11 refuse control characters themselves).
    timestamps = drawn(hostile_texts.filter(lambda t: t.isprintable() and len(t) < 4000), CASES // 3)
    flows = drawn(json_values.map(lambda v: json.dumps(v).encode()), CASES // 3)
    keys: list[str] = []
    async with reception_stack(pg_pool, document_reader, settings=QUICKER) as stack:
        answers = []
        for body in statuses:
            key = str(uuid.uuid4())
            keys.append(key)
            answers.append(await post_status(stack.client, body, key=key))
        for content, invoice_id in zip(documents + DOCUMENTS, invoice_ids * 2, strict=False):
            key = str(uuid.uuid4())
            keys.append(key)
            answers.append(await post_invoice(stack.client, content, invoice_id=invoice_id, key=key))
        for timestamp in timestamps:
            answers.append(await _hostile_headers_status(stack.client, statuses[0], timestamp))
            answers.append(await _afnor(stack.client, flows[0], timestamp))
        for flow in flows:
            answers.append(await _afnor(stack.client, flow, None))
        failed = [(a.status_code, a.request.url.path, a.text[:200]) for a in answers if a.status_code >= 500]
        assert failed == []
        await wait_until(lambda: settled(pg_pool, keys), timeout=120, what="every delivery settled")
    rows = await pg_pool.fetch(
        """SELECT dedup_key, state, attempts, last_error FROM webhook_inbox
            WHERE headers->>'X-Idempotency-Key' = any($1::text[])""",
        keys,
    )
    # each was stored before its 2xx, once per what IOPOLE signed (drawn bodies may share a statusId)
    assert 0 < len(rows) <= len(keys)
    looped = [dict(r) for r in rows if r["attempts"] > ProcessingPolicy().unmatched_status_attempts]
    assert looped == []
