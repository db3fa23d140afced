"""A JSON callback's top-level members, read as a stream (adapters.webhook.receiver.json_members): what names a
delivery, and the notes a body that is no JSON object is stored with, as the whole-body parse gave them."""

from __future__ import annotations

import io

import pytest

from adapters.webhook.receiver import MAX_DEPTH, TooDeep, json_members


def members(body: bytes, codec: str | None = None) -> tuple[object, str]:
    return json_members(io.BytesIO(body), codec)


def test_scalars_are_kept_and_what_nests_is_kept_empty_of_its_type() -> None:
    body = b'{"statusId": "s1", "n": 2, "x": 1.5, "ok": true, "none": null, "status": {"code": "X"}, "list": [1]}'
    assert members(body) == (
        {"statusId": "s1", "n": 2, "x": 1.5, "ok": True, "none": None, "status": {}, "list": []},
        "",
    )


def test_a_member_named_twice_is_its_last_value_as_the_whole_parse_took_it() -> None:
    assert members(b'{"a": 1, "a": {"b": 2}}') == ({"a": {}}, "")


def test_a_leading_byte_order_mark_is_ignored() -> None:
    assert members(b'\xef\xbb\xbf{"flowId": "F1"}') == ({"flowId": "F1"}, "")


@pytest.mark.parametrize("body", [b"", b'{"a": 1} tail', b'{"a": ', b'{"a": "\xff"}', b"<html/>"], ids=str)
def test_a_body_that_is_no_json_is_noted_without_its_content(body: bytes) -> None:
    value, note = members(body)
    assert value is None and note.startswith("not JSON: ")
    assert "tail" not in note and "html" not in note and "\n" not in note


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"3"])
def test_json_that_is_no_object_is_noted(body: bytes) -> None:
    assert members(body) == (None, "JSON body is not an object")


def test_nesting_past_the_bound_is_too_deep_and_at_it_is_read() -> None:
    assert members(b'{"a": ' + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"}") == ({"a": []}, "")
    with pytest.raises(TooDeep):
        members(b'{"a": ' + b"[" * MAX_DEPTH + b"]" * MAX_DEPTH + b"}")


def test_a_body_in_another_charset_is_read_in_it() -> None:
    assert members('{"name": "Société"}'.encode("latin-1"), "iso8859-1") == ({"name": "Société"}, "")
    assert members('{"name": "é"}'.encode("utf-16")) == ({"name": "é"}, "")
