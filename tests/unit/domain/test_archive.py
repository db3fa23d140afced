import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.archive import (
    GENESIS_HASH,
    ManifestError,
    archive_json,
    broken_entries,
    canonical_value,
    chain_append,
    content_address,
    entry_hash,
    entry_hash_parts,
    manifest,
    manifest_of,
    parse_manifest,
    retention_end,
    verify_manifest,
)
from domain.reporting.calendar import VatRegime


def test_content_address_is_the_sha256_hex_of_the_bytes():
    assert content_address(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_retention_ends_ten_years_after_the_document_date():
    assert retention_end(date(2026, 9, 1)) == date(2036, 9, 1)
    assert retention_end(date(2028, 2, 29)) == date(2038, 3, 1)


def test_archive_json_sorts_keys_drops_spaces_and_writes_decimals_as_strings():
    value = {"b": D("1200.50"), "a": [1, "é", None, True], "d": date(2027, 1, 3), "r": VatRegime.SIMPLIFIED}
    assert (
        archive_json(value)
        == '{"a":[1,"é",null,true],"b":"1200.50","d":"2027-01-03","r":"SIMPLIFIED"}'.encode()
    )
    assert (
        archive_json({"t": datetime(2027, 1, 3, 12, 0, tzinfo=UTC)}) == b'{"t":"2027-01-03T12:00:00+00:00"}'
    )


def test_archive_json_refuses_floats():
    with pytest.raises(TypeError, match="floats"):
        archive_json({"amount": 1.5})


def test_entry_hash_follows_the_documented_formula():
    entry = {"event": "archived", "amount": D("10.00"), "hash": "ignored"}
    expected = hashlib.sha256(GENESIS_HASH.encode() + b'{"amount":"10.00","event":"archived"}').hexdigest()
    assert entry_hash(GENESIS_HASH, entry) == expected


def test_an_entry_s_canonical_text_is_split_around_its_seq_value_exactly() -> None:
    entry = {"subject_id": "inv-1", "seq": 7, "details": {"seq": 1, "é": "ü"}, "action": "a", "hash": "x"}
    before, after = entry_hash_parts(entry)
    assert (before, after) == ('{"action":"a","details":{"seq":1,"é":"ü"},"seq":', ',"subject_id":"inv-1"}')
    assert entry_hash_parts({"seq": 1}) == ('{"seq":', "}")
    assert entry_hash_parts({"a": 1}) == ('{"a":1,"seq":', "}")
    assert entry_hash_parts({"z": 1}) == ('{"seq":', ',"z":1}')


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
_VALUES = (
    st.none() | st.booleans() | st.integers() | _TEXT | st.decimals(allow_nan=False, allow_infinity=False)
)


@given(
    entry=st.dictionaries(_TEXT, _VALUES | st.dictionaries(_TEXT, _VALUES, max_size=3), max_size=6),
    seq=st.integers(min_value=1, max_value=2**62),
    prev=st.text("0123456789abcdef", min_size=64, max_size=64),
)
def test_the_hash_of_an_entry_numbered_from_its_parts_is_its_entry_hash(entry, seq, prev) -> None:
    before, after = entry_hash_parts(entry)
    numbered = {**entry, "seq": seq}
    text = (prev + before + str(seq) + after).encode("utf-8")
    assert hashlib.sha256(text).hexdigest() == entry_hash(prev, numbered)


def _chain(n=6):
    chain = []
    for i in range(n):
        chain.append(
            chain_append(chain, {"seq": i, "event": "status", "doc": f"sha-{i}", "amount": D(f"{i}.10")})
        )
    return chain


def test_an_untouched_chain_verifies():
    assert broken_entries(_chain()) == []
    assert broken_entries([]) == []


def test_verification_names_exactly_the_tampered_entry():
    chain = _chain()
    chain[3] = {**chain[3], "amount": D("999.10")}
    assert broken_entries(chain) == [3]


def test_rewriting_the_hash_of_a_tampered_entry_breaks_the_next_link():
    chain = _chain()
    forged = {**chain[2], "event": "deleted"}
    chain[2] = {**forged, "hash": entry_hash(chain[1]["hash"], forged)}
    assert broken_entries(chain) == [3]


def test_a_removed_entry_is_named_by_its_successor():
    chain = _chain()
    del chain[4]
    assert broken_entries(chain) == [4]


def test_manifest_is_sha256sum_compatible_and_verifies():
    files = {"invoices/F-1.xml": b"<Invoice/>", "audit.jsonl": b"{}\n"}
    text = manifest_of(files)
    assert text == (
        f"{hashlib.sha256(b'{}' + bytes([10])).hexdigest()}  audit.jsonl\n"
        f"{hashlib.sha256(b'<Invoice/>').hexdigest()}  invoices/F-1.xml\n"
    )
    assert parse_manifest(text) == {p: content_address(b) for p, b in files.items()}
    assert verify_manifest(text, files) == []
    assert verify_manifest(text, {**files, "invoices/F-1.xml": b"<Invoice>x</Invoice>", "extra": b""}) == [
        "extra",
        "invoices/F-1.xml",
    ]


@pytest.mark.parametrize("path", ["/etc/passwd", "../up", "a\nb", "a\\b", ""])
def test_manifest_refuses_paths_sha256sum_would_misread_or_that_escape(path):
    with pytest.raises(ManifestError):
        manifest_of({path: b"x"})


def test_an_audit_entry_chains_over_exactly_its_fields_with_the_time_in_utc() -> None:
    from datetime import datetime, timedelta, timezone

    from domain.archive_ports import AuditEntry

    entry = AuditEntry(
        company_siren="732829320",
        seq=3,
        at=datetime(2026, 11, 2, 11, 30, tzinfo=timezone(timedelta(hours=2))),
        actor="api-key:6f1c",
        action="archive.stored",
        subject_type="invoice",
        subject_id="inv-1",
        details={"sha256": "ab"},
        prev_hash="0" * 64,
        entry_hash="f" * 64,
    )

    assert entry.chain_entry() == {
        "company": "732829320",
        "seq": 3,
        "at": "2026-11-02T09:30:00+00:00",
        "actor": "api-key:6f1c",
        "action": "archive.stored",
        "subject_type": "invoice",
        "subject_id": "inv-1",
        "details": {"sha256": "ab"},
        "hash": "f" * 64,  # the chain's hash field (domain.archive.HASH_FIELD)
    }


def test_archive_json_of_every_kind_of_value_exactly() -> None:
    from datetime import date, datetime
    from decimal import Decimal
    from enum import Enum

    from domain.archive import archive_json

    class Colour(Enum):
        RED = "red"

    value = {
        "b": [Decimal("1.50"), Decimal("1E+2"), None, True, 3],
        "a": {"when": datetime(2026, 11, 2, 9, 30), "day": date(2026, 11, 2), "colour": Colour.RED},
        "é": ("x",),
    }
    assert (
        archive_json(value)
        == (
            '{"a":{"colour":"red","day":"2026-11-02","when":"2026-11-02T09:30:00"},'
            '"b":["1.50","100",null,true,3],"é":["x"]}'
        ).encode()
    )
    assert canonical_value(value) == json.loads(
        archive_json(value)
    )  # what a stored audit entry's details are


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (1.5, TypeError, "floats are not allowed in canonical JSON: use Decimal"),
        ({1: "x"}, TypeError, "canonical JSON keys must be strings, got int"),
        ({"a": {2.0: "x"}}, TypeError, "canonical JSON keys must be strings, got float"),
        (object(), TypeError, "object cannot be written as canonical JSON"),
        ({"a": b"x"}, TypeError, "bytes cannot be written as canonical JSON"),
    ],
)
def test_archive_json_refuses_what_has_no_single_text(value: object, error: type, message: str) -> None:
    from domain.archive import archive_json

    with pytest.raises(error) as refused:
        archive_json(value)
    assert str(refused.value) == message


def test_archive_json_refuses_a_non_finite_decimal() -> None:
    from decimal import Decimal

    from domain.archive import archive_json

    with pytest.raises(ValueError) as refused:
        archive_json([Decimal("NaN")])
    assert str(refused.value) == "non-finite Decimal NaN cannot be written"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc  x.xml\n", "line 1 is not '<sha256 hex>  <path>': 'abc  x.xml'"),
        (
            f"{'a' * 64}  x.xml\n{'b' * 64} y.xml\n",
            f"line 2 is not '<sha256 hex>  <path>': '{'b' * 64} y.xml'",
        ),
        (f"{'a' * 64}  x.xml\n{'b' * 64}  x.xml\n", "line 2: 'x.xml' is listed twice"),
        (f"{'a' * 64}  ../x.xml\n", "path '../x.xml' must be relative and stay inside the export"),
        (f"{'a' * 64}  /x.xml\n", "path '/x.xml' must be relative and stay inside the export"),
        (f"{'a' * 64}  a\\x.xml\n", "path 'a\\\\x.xml' is empty or holds a newline or backslash"),
    ],
)
def test_a_manifest_line_that_does_not_parse_names_its_line(text: str, message: str) -> None:
    from domain.archive import ManifestError, parse_manifest

    with pytest.raises(ManifestError) as refused:
        parse_manifest(text)
    assert str(refused.value) == message


def test_a_manifest_path_may_hold_two_spaces_and_its_digest_is_lowercased() -> None:
    from domain.archive import parse_manifest

    assert parse_manifest(f"{'A' * 64}  dir/a  b.xml\n") == {"dir/a  b.xml": "a" * 64}


def test_an_appended_entry_is_its_content_with_a_fresh_hash_whatever_hash_it_came_with() -> None:
    first = chain_append([], {"action": "a", "hash": "stale"})
    assert first == {"action": "a", "hash": entry_hash(GENESIS_HASH, {"action": "a"})}
    second = chain_append([first], {"action": "b"})
    assert second == {"action": "b", "hash": entry_hash(first["hash"], {"action": "b"})}


def test_an_entry_without_a_stored_hash_is_broken_and_the_next_one_is_checked_against_an_empty_hash() -> None:
    after = {"action": "b"}
    chain = [{"action": "a", "hash": None}, {**after, "hash": entry_hash("", after)}]
    assert broken_entries(chain) == [0]


@pytest.mark.parametrize(
    ("hashes", "message"),
    [
        ({"a.xml": "A" * 64}, f"a.xml: {'A' * 64!r} is not a lowercase SHA-256 hex digest"),
        ({"a.xml": "X" * 64}, f"a.xml: {'X' * 64!r} is not a lowercase SHA-256 hex digest"),
        ({"a.xml": "a" * 63}, f"a.xml: {'a' * 63!r} is not a lowercase SHA-256 hex digest"),
        ({"a\rb.xml": "a" * 64}, "path 'a\\rb.xml' is empty or holds a newline or backslash"),
        ({"a\nb.xml": "a" * 64}, "path 'a\\nb.xml' is empty or holds a newline or backslash"),
    ],
)
def test_a_manifest_refuses_what_it_could_not_write_back_exactly(
    hashes: dict[str, str], message: str
) -> None:
    with pytest.raises(ManifestError) as refused:
        manifest(hashes)
    assert str(refused.value) == message
