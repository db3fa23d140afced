"""Reception reads every fixture document through the documents' one path (api.parse + check_document) with the
verdict its own former reader gave: `tests/fixtures/received-verdicts.json` was written by that reader (detection,
the CII/UBL readers, the Factur-X XML and the validator of its own) before it was replaced, and pins for each document
its syntax, profile, whether it was read, and its report: valid, complete, every finding's layer, rule id and
severity. A document added to the fixtures without its verdict here fails, so none goes unjudged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.reception.document_reader import read_received

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
VERDICTS: dict[str, dict] = json.loads((FIXTURES / "received-verdicts.json").read_text())  # type: ignore[type-arg]
DOCUMENTS = sorted(
    str(path.relative_to(FIXTURES))
    for folder in ("documents", "documents-made-elsewhere", "kosit-xrechnung-testsuite")
    for path in (FIXTURES / folder).rglob("*")
    if path.suffix in (".xml", ".pdf")
)


def test_every_fixture_document_has_its_verdict() -> None:
    assert DOCUMENTS == sorted(VERDICTS)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_received_document_gets_the_verdict_its_former_reader_gave(name: str) -> None:
    read = read_received((FIXTURES / name).read_bytes())
    got = {
        "syntax": read.syntax,
        "profile": read.profile,
        "valid": read.report.valid,
        "complete": read.report.complete,
        "read": read.parsed is not None,
        "findings": sorted(f"{f.layer}/{f.rule_id}/{f.severity.value}" for f in read.report.findings),
    }
    assert got == VERDICTS[name]
