"""Each file in examples/ gives exactly the fatal findings examples/expected.json lists for it, as ValidateInvoice
(and so SubmitInvoice) answers them under each DOCUMENT_FORMAT: the domain rules, what the pipeline's syntax cannot
carry (PDP-NOT-CARRIED) and the e-reporting checks of a sale kept off the platform (ER-*)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from google.protobuf import json_format

from adapters.documents.carrying import emission_validator
from domain.errors import InvoiceRejected
from domain.platform import DOCUMENT_FORMATS
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.mapping import invoice_from_proto
from service.usecases.emission.invoices import validate_invoice_only

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXPECTED: dict[str, list[str]] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


def fatal_rule_ids(path: Path, document_format: str) -> list[str]:
    """What the gateway answers: request-level findings first, else ValidateInvoice's on the computed invoice."""
    message = json_format.Parse(path.read_text(encoding="utf-8"), pb.Invoice())
    try:
        findings = validate_invoice_only(invoice_from_proto(message), emission_validator(document_format))
    except InvoiceRejected as rejected:
        findings = list(rejected.findings)
    return sorted({f.rule_id for f in findings if f.is_fatal})


def test_every_example_has_an_expectation_and_every_expectation_a_file():
    files = {p.name for p in EXAMPLES.glob("*.json")} - {"expected.json"}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("document_format", sorted(DOCUMENT_FORMATS))
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_gives_exactly_its_expected_fatal_findings(name, document_format):
    assert fatal_rule_ids(EXAMPLES / name, document_format) == EXPECTED[name]


def test_valid_and_invalid_examples_both_exist():
    assert any(ids == [] for ids in EXPECTED.values())
    assert sum(1 for ids in EXPECTED.values() if ids) >= 4
