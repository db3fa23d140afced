import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest

from domain.archive import (
    GENESIS_HASH,
    ManifestError,
    broken_entries,
    canonical_json,
    chain_append,
    content_address,
    entry_hash,
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


def test_canonical_json_sorts_keys_drops_spaces_and_writes_decimals_as_strings():
    value = {"b": D("1200.50"), "a": [1, "é", None, True], "d": date(2027, 1, 3), "r": VatRegime.SIMPLIFIED}
    assert (
        canonical_json(value)
        == '{"a":[1,"é",null,true],"b":"1200.50","d":"2027-01-03","r":"SIMPLIFIED"}'.encode()
    )
    assert (
        canonical_json({"t": datetime(2027, 1, 3, 12, 0, tzinfo=UTC)}) == b'{"t":"2027-01-03T12:00:00+00:00"}'
    )


def test_canonical_json_refuses_floats():
    with pytest.raises(TypeError, match="floats"):
        canonical_json({"amount": 1.5})


def test_entry_hash_follows_the_documented_formula():
    entry = {"event": "archived", "amount": D("10.00"), "hash": "ignored"}
    expected = hashlib.sha256(GENESIS_HASH.encode() + b'{"amount":"10.00","event":"archived"}').hexdigest()
    assert entry_hash(GENESIS_HASH, entry) == expected


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
