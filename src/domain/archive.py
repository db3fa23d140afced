"""Integrity model of the archive: content addresses, retention dates, a hash-chained audit log, export manifests.

- Content address: lowercase hex SHA-256 of the exact bytes kept (originals are stored byte for byte).
- Retention: 10 years after the document date (Code de commerce L123-22, longer than the 6 years of LPF L102 B).
- Audit log: each entry's hash is `sha256(prev_hash || archive_json(entry without "hash"))`, where `prev_hash` is
  the previous entry's hash as 64 ASCII hex characters (GENESIS_HASH for the first entry) and `||` concatenates bytes.
- Canonical JSON: keys sorted, no whitespace (`,` and `:` separators), UTF-8 without escaping non-ASCII characters,
  Decimal written as a JSON string of its exact value (`"1200.50"`), date/datetime as ISO 8601 strings, enums by value,
  tuples as arrays. Floats are refused (they do not round-trip exactly), as are non-string keys.
- Manifest: `sha256sum`-compatible lines `<hex>  <path>` (two spaces), sorted by path, newline-terminated; checkable
  with `sha256sum -c MANIFEST`. Paths are relative, use `/`, and may not contain newlines, backslashes or `..`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

GENESIS_HASH = "0" * 64
HASH_FIELD = "hash"
RETENTION_YEARS = 10


def content_address(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def retention_end(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, 1)


# --- canonical JSON ------------------------------------------------------------------------------------------------
def canonical_value(value: Any) -> Any:
    """`value` as the JSON values its canonical text reads back as (`archive_json` writes these)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return canonical_value(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = canonical_value(v)
        return out
    if isinstance(value, list | tuple):
        return [canonical_value(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


def archive_json(value: Any) -> bytes:
    """The archive's canonical JSON of `value` (above): the bytes it hashes and keeps for ten years, so never to
    change. Not domain.serialization.canonical_json, the ASCII text of request fingerprints and stored findings."""
    return json.dumps(
        canonical_value(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


# --- audit log hash chain ------------------------------------------------------------------------------------------
def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ascii") + archive_json(body)).hexdigest()


# The field the chain numbers: whoever holds the chain's lock knows it, so PostgreSQL seals the entries it appends.
SEQ_FIELD = "seq"


def entry_hash_parts(entry: Mapping[str, Any]) -> tuple[str, str]:
    """The canonical text of `entry` (its hash and `seq` aside) as the two parts around its `seq` value: for any
    `prev` and `seq`, `entry_hash(prev, entry with seq)` is the SHA-256 of `prev + before + str(seq) + after` in
    UTF-8. The audit log's writer (adapters.postgres.audit_log) numbers and seals the entries under the chain's lock
    in the statement that writes them, from these parts. Keys are sorted, so `seq` sits between the keys that sort
    before it and those after it (an entry has both: "action", "subject_id")."""
    body = {k: v for k, v in entry.items() if k not in (HASH_FIELD, SEQ_FIELD)}
    lower = archive_json({k: v for k, v in body.items() if k < SEQ_FIELD}).decode("utf-8")
    upper = archive_json({k: v for k, v in body.items() if k > SEQ_FIELD}).decode("utf-8")
    before = f'{lower[:-1]},"{SEQ_FIELD}":' if len(lower) > 2 else f'{{"{SEQ_FIELD}":'
    after = f",{upper[1:]}" if len(upper) > 2 else "}"
    return before, after


def chain_append(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def broken_entries(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


# --- export manifest -----------------------------------------------------------------------------------------------
class ManifestError(ValueError):
    pass


def _check_path(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def manifest(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def manifest_of(files: Mapping[str, bytes]) -> str:
    return manifest({path: content_address(data) for path, data in files.items()})


def parse_manifest(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def verify_manifest(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)
