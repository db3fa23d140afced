"""Every element of a document, duplicated, is either read as one more occurrence or reported as unmapped.

A reader that reads an element once (`Tracker.child`) must leave a second occurrence unread, so that `unmapped()`
reports it with its XPath; a reader that marked every occurrence as read would drop the second one silently. Each
case duplicates one element of the richest example (Annex B's full invoice, and the credit note) in place and
checks what the reader made of it: the model changed (the element repeats and was read), a finding locates the
copy, or the reader refused the document. Nothing else is acceptable.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

import pytest
from lxml import etree

from adapters.documents.cii_reader import read_cii_tree
from adapters.documents.cii_writer import cii_tree
from adapters.documents.ubl_reader import read_ubl_tree
from adapters.documents.ubl_writer import ubl_tree
from adapters.documents.xml_reader import UNMAPPED_RULE, Tracker
from domain.document_formats import DocumentError, ParsedDocument
from domain.invoice import Identifier, Invoice
from tests.document_examples import annex_b_full, annex_b_uc5_credit_note


def _with_payee_identifier() -> Invoice:
    """Annex B's full invoice, its payee (BG-10) with a global identifier (BT-60) as well."""
    invoice = annex_b_full()
    assert invoice.payee is not None
    return invoice.evolve(payee=replace(invoice.payee, identifier=Identifier("3012345678901", "0088")))


Reader = Callable[[etree._Element], ParsedDocument]

# name -> (the document, its reader, the local name of the element whose descendants are duplicated; "" for all)
TREES: dict[str, tuple[Callable[[], etree._Element], Reader, str]] = {
    "cii-full": (lambda: cii_tree(annex_b_full()), read_cii_tree, ""),
    "cii-credit-note": (lambda: cii_tree(annex_b_uc5_credit_note()), read_cii_tree, ""),
    "cii-payee-id": (lambda: cii_tree(_with_payee_identifier()), read_cii_tree, "PayeeTradeParty"),
    "ubl-full": (lambda: ubl_tree(annex_b_full()), read_ubl_tree, ""),
    "ubl-credit-note": (lambda: ubl_tree(annex_b_uc5_credit_note()), read_ubl_tree, ""),
    "ubl-payee-id": (lambda: ubl_tree(_with_payee_identifier()), read_ubl_tree, "PayeeParty"),
}


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str)]


def _cases() -> list[tuple[str, int]]:
    cases = []
    for name, (build, _, within) in TREES.items():
        elements = _elements(build())
        for i, element in enumerate(elements[1:], 1):  # every element but the root
            if not within or any(etree.QName(a).localname == within for a in element.iterancestors()):
                cases.append((name, i))
    return cases


def _local(path: str) -> str:
    """An XPath without namespace prefixes (the readers name UBL's default namespace, this test does not)."""
    return "/".join(step.rpartition(":")[2] for step in path.split("/"))


@pytest.mark.parametrize(("document", "index"), _cases())
def test_a_duplicated_element_is_read_or_reported_never_dropped(document: str, index: int) -> None:
    build, read, _ = TREES[document]
    baseline = read(build())
    root = build()
    original = _elements(root)[index]
    duplicate = copy.deepcopy(original)
    original.addnext(duplicate)
    duplicate.tail = original.tail

    try:
        parsed = read(root)
    except DocumentError:
        return  # refused whole: nothing dropped silently

    if parsed.invoice != baseline.invoice:
        return  # a repeating element, read as one more occurrence
    where = _local(Tracker(root, {}).xpath(duplicate))
    new_findings = [
        _local(f.location)
        for f in parsed.unmapped
        if f.rule_id == UNMAPPED_RULE and f not in baseline.unmapped
    ]
    assert any(location == where or location.startswith(where + "/") for location in new_findings), (
        f"{where} was dropped silently; new findings: {new_findings}"
    )
