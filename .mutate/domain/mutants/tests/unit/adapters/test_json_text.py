"""adapters.json_text: the same canonical text as the domain's reference, for any JSON value."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from adapters.json_text import canonical_json, dumps, loads
from domain.serialization import canonical_json as reference

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**63 - 1) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_canonical_text_is_the_references(value: object) -> None:
    assert canonical_json(value) == reference(value)


def test_escapes_as_the_reference_does() -> None:
    value = {"é": 'Société \x7f \x1b \u2028 😀 "q" \\ \n', "a": [1, True, None]}
    assert (
        canonical_json(value)
        == reference(value)
        == (
            '{"a":[1,true,null],"\\u00e9":"Soci\\u00e9t\\u00e9 \\u007f \\u001b \\u2028 \\ud83d\\ude00 \\"q\\" \\\\ \\n"}'
        )
    )


def test_a_value_orjson_refuses_still_gets_the_reference_text() -> None:
    assert canonical_json({"x": "\ud800"}) == reference({"x": "\ud800"}) == '{"x":"\\ud800"}'


@given(json_values)
def test_codec_round_trips(value: object) -> None:
    assert loads(dumps(value)) == json.loads(json.dumps(value))


def test_fingerprints_are_the_references() -> None:
    from dataclasses import replace

    from domain.serialization import invoice_fingerprint
    from domain.totals import compute_totals
    from tests.builders import a_document_allowance, an_invoice

    invoice = an_invoice(3, number="F-2026-0001", allowances_charges=(a_document_allowance("5.00"),))
    french = replace(
        invoice, seller=replace(invoice.seller, name="Société Générale d'Équipement — Île-de-France")
    )
    for content in (invoice, compute_totals(invoice), french, compute_totals(french)):
        assert invoice_fingerprint(content, canonical_json) == invoice_fingerprint(content)
    # the value pinned in tests/unit/domain/test_serialization.py
    assert invoice_fingerprint(invoice, canonical_json) == (
        "d37e93d4faa220541ae06eb27b0fa000b26649c1020c1591e7b80e4997cf166a"
    )
