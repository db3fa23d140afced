"""One rule, one layer: a finding the gateway makes about a document names the same layer whichever door the
document came through (ParseDocument, ValidateDocument, reception, `pdp-gateway document validate`), so a client
that files findings by layer files PDP-UNREADABLE in one place. (The official rules are another matter: BR-CO-10
checked by the domain before rendering is layer `domain`, by CEN's schematron on a document `en16931`; the layer
says which check spoke.)"""

from __future__ import annotations

import asyncio
import io
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from adapters.documents.checking import DOCUMENT_TOOLS
from adapters.documents.cli import validate_command
from adapters.reception.document_reader import read_received
from domain.errors import InvoiceRejected
from domain.findings import Finding
from service.usecases.emission.documents import check, parse_document
from tests.support import hostile_pdfs as hostile

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
ELSEWHERE = FIXTURES / "documents-made-elsewhere"


def _thirtieth_of_february() -> bytes:
    example = (ELSEWHERE / "cen-examples" / "CII_example5.xml").read_bytes()
    return example.replace(b'format="102">20130410<', b'format="102">20130230<')


# Each gives one of the gateway's own findings: unmapped elements in each syntax, a document that cannot be read
# (past its official layers, or not at all), not an invoice, a damaged PDF, an unsorted attachment tree
DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "cii-unmapped": lambda: (ELSEWHERE / "cen-examples" / "CII_example5.xml").read_bytes(),
    "ubl-unmapped": lambda: (ELSEWHERE / "factur-x" / "ubl-21-en16931.xml").read_bytes(),
    "facturx-unmapped": lambda: (ELSEWHERE / "fnfe-mpe" / "Facture_FR_EN16931.pdf").read_bytes(),
    "unreadable-date": _thirtieth_of_february,
    "unreadable-minimum": lambda: (ELSEWHERE / "factur-x" / "factur-x-minimum.xml").read_bytes(),
    "cdar": lambda: (FIXTURES / "documents" / "cdar_status_212_encaissee.xml").read_bytes(),
    "damaged-pdf": hostile.corrupted_xref_entry,
    "unsorted-names": hostile.unsorted_attachments,
}


async def _in_process(fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


def _through_the_api(call: Any) -> list[tuple[str, str]]:
    try:
        result = asyncio.run(call)
    except InvoiceRejected as refused:
        return [(f.rule_id, f.layer) for f in refused.findings]
    findings: tuple[Finding, ...] = getattr(result, "unmapped", None) or result.report.findings
    return [(f.rule_id, f.layer) for f in findings]


def _doors(content: bytes, tmp_path: Path) -> dict[str, list[tuple[str, str]]]:
    path = tmp_path / "document"
    path.write_bytes(content)
    out = io.StringIO()
    validate_command(str(path), True, out)
    cli = [(f["rule_id"], f["layer"]) for f in json.loads(out.getvalue())["findings"]]
    received = read_received(content).report.findings
    return {
        "ParseDocument": _through_the_api(parse_document(_in_process, DOCUMENT_TOOLS, content)),
        "ValidateDocument": _through_the_api(check(_in_process, DOCUMENT_TOOLS, content, None)),
        "reception": [(f.rule_id, f.layer) for f in received],
        "document validate": cli,
    }


def test_each_rule_of_the_gateway_names_one_layer_whatever_the_door(tmp_path: Path) -> None:
    layers: dict[str, set[str]] = defaultdict(set)
    seen: dict[str, set[str]] = defaultdict(set)
    for name, document in DOCUMENTS.items():
        for door, findings in _doors(document(), tmp_path).items():
            for rule, layer in findings:
                if rule.startswith("PDP-"):
                    layers[rule].add(layer)
                    seen[rule].add(f"{name} via {door}: {layer}")
    assert {"PDP-UNREADABLE", "PDP-UNMAPPED", "PDP-PDF-DAMAGED", "PDP-NOT-AN-INVOICE"} <= set(layers)
    assert {"PDP-DOCUMENT", "PDP-PDF-UNSORTED-NAMES"} <= set(layers)
    two = {rule: sorted(seen[rule]) for rule, found in layers.items() if len(found) > 1}
    assert not two
