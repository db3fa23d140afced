"""Documents made by other tools (`tests/fixtures/documents-made-elsewhere`: CEN's, Peppol's, FNFE-MPE's, the
`factur-x` package's, German XRechnung/ZUGFeRD samples) brought by IOPOLE's catch-up (their buyers are none of ours:
IOPOLE's own answer names the company, where its webhook's target address, signed by nobody, routes nothing). Each is
stored as a received invoice of the addressed company, with the verdict the offline checks pinned in `expected.json` (same fatal
rule ids, same conclusions); one that cannot be read as an invoice is stored too, with PDP-UNREADABLE. None is lost,
parked or crashes the worker."""

from __future__ import annotations

import json
from pathlib import Path

from domain.findings import Severity
from domain.reception_ports import ReceivedFilter
from tests.random_refs import random_siren
from tests.support.reception import reception_stack, reception_use_cases, settled, store_polled, wait_until

ROOT = Path(__file__).resolve().parents[4] / "fixtures" / "documents-made-elsewhere"
EXPECTED: dict[str, dict] = json.loads((ROOT / "expected.json").read_text())  # type: ignore[type-arg]


async def test_every_document_made_elsewhere_is_received_with_the_verdict_it_gets_offline(
    pg_pool, document_reader
) -> None:
    company = random_siren()
    await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    async with reception_stack(pg_pool, document_reader):
        keys = [
            await store_polled(pg_pool, (ROOT / name).read_bytes(), filename=name, target=f"0225:{company}")
            for name in EXPECTED
        ]
        await wait_until(lambda: settled(pg_pool, keys), timeout=300)
    api = reception_use_cases(pg_pool)
    page, _ = await api.list(company, ReceivedFilter(), 500, "")
    assert (await api.parked(company, 100, "")).items == []
    got = {}
    for summary in page.items:
        received, _ = await api.get(company, summary.id)
        fatal = {f"{f.layer}/{f.rule_id}" for f in received.findings if f.severity is Severity.FATAL}
        conclusions = {
            c.rules: {"applies": c.applies, "passed": c.passed} for c in received.conclusions or ()
        }
        got[received.document.filename] = (received.valid, fatal, conclusions)
    assert set(got) == set(EXPECTED)
    for name, expected in EXPECTED.items():
        valid, fatal, conclusions = got[name]
        assert valid is bool(expected.get("valid")), name
        # what `document validate` cannot read (or refuses as no invoice at all), reception keeps unreadable, in
        # the same layer (one rule, one layer)
        assert fatal == set(expected.get("fatal", ["document/PDP-UNREADABLE"])), name
        assert conclusions == expected.get("conclusions", {}), name
