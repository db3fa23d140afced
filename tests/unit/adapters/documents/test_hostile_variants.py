"""Documents made elsewhere, made hostile: a value that is no number or no date, a cut, an element dropped or
doubled. Each must be read or refused naming its rule (DocumentError), and what is read must render in CII and UBL
or be refused naming its rule: never another exception (which the gRPC edge turns into INTERNAL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.documents.api import parse, render
from domain.document_formats import DocumentError, IncompleteInvoice, NotCarried
from tests.support.hostile_documents import MUTATIONS

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
MADE_ELSEWHERE = sorted(
    [*FIXTURES.glob("documents-made-elsewhere/*/*.xml"), *FIXTURES.glob("kosit-xrechnung-testsuite/*.xml")]
)


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
@pytest.mark.parametrize("path", MADE_ELSEWHERE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_hostile_variant_is_read_or_refused_and_renders_or_is_refused_naming_its_rule(
    path: Path, mutation: str
) -> None:
    for variant in MUTATIONS[mutation](path.read_bytes()):
        try:
            invoice = parse(variant).invoice
        except DocumentError as refused:
            assert refused.rule_id.startswith("PDP-") and str(refused)
            continue
        for fmt in ("CII", "UBL"):
            try:
                assert render(invoice, fmt).content
            except (DocumentError, IncompleteInvoice, NotCarried) as refused:
                assert refused.rule_id and "BT-" in str(refused)
