"""JSON text through orjson (C), several times faster than the standard library's json: the pool's json/jsonb
codec, and the canonical texts of request fingerprints and stored findings.

`canonical_json` returns exactly the text of domain.serialization.canonical_json (sorted keys, no spaces, ASCII
only: any other character as a lowercase \\uXXXX escape, a surrogate pair beyond the Basic Multilingual Plane), so a
fingerprint is the same whichever computed it; tests/unit/adapters/test_json_text.py holds them to it.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from domain.serialization import canonical_json as reference_canonical_json

# orjson already escapes the control characters; the standard library's ensure_ascii escapes DEL and non-ASCII too.
_ESCAPED = re.compile(r"[^\x00-\x7e]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 | code >> 10:04x}\\u{0xDC00 | code & 0x3FF:04x}"


def canonical_json(value: Any) -> str:
    try:
        text = orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except orjson.JSONEncodeError:  # e.g. a lone surrogate, which no protobuf string carries: the reference text
        return reference_canonical_json(value)
    return _ESCAPED.sub(_escape, text) if not text.isascii() or "\x7f" in text else text


def dumps(value: Any) -> str:
    """Compact text, UTF-8 left as is (PostgreSQL stores jsonb parsed anyway)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


loads = orjson.loads
