"""The answer guard tells a platform's answer of another shape (its failure, retried) from a bug of the gateway's
own reader (logged with its traceback, and a failed attempt of its item, never waited out as an outage)."""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from adapters.pdp.answers import (
    each_item,
    field_of,
    obj,
    parse_datetime,
    platform_id,
    read_answer,
    read_json,
    rows,
)
from domain.platform import PlatformRejected, PlatformUnavailable


@dataclass(frozen=True)
class Row:
    id: str


def reader_with_a_bug(body: Any) -> list[str]:
    """Reads the rows right, then uses an attribute its own value does not have (a rename half done)."""
    found = [Row(platform_id(field_of(row, "id"))) for row in rows(body)]
    return [row.identifier for row in found]  # type: ignore[attr-defined]


def errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    "body",
    [{"data": []}, [{"id": {"uuid": "x"}}], [{"id": "a/b"}], ["x"], [{}], [{"id": "p-1", "more": 1}, 5]],
    ids=["object", "id-object", "id-path", "row-text", "no-id", "a-number"],
)
def test_an_answer_of_another_shape_is_the_platform_s_failure(
    body: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(PlatformUnavailable, match="IOPOLE answered an unexpected body"):
        read_answer(
            "GET /x",
            "IOPOLE",
            body,
            lambda b: [platform_id(field_of(r, "id", required=True)) for r in rows(b)],
        )
    assert errors(caplog) == []


@pytest.mark.parametrize(
    "reader",
    [reader_with_a_bug, lambda body: 1 / len(body), lambda body: body.items()],
    ids=["attribute-of-our-own-value", "zero-division", "unchecked-get"],
)
def test_a_bug_of_the_reader_is_said_with_its_traceback_and_fails_the_attempt(
    reader: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """It was PlatformUnavailable: waited out for a day as the platform's outage, its traceback lost (or, for an
    exception of no shape type, a crash of the caller)."""
    with pytest.raises(PlatformRejected, match="failed in the gateway .* a bug"):
        read_answer("GET /x", "IOPOLE", [{"id": "p-1"}] if reader is reader_with_a_bug else [], reader)
    [line] = errors(caplog)
    assert "a bug" in line.getMessage() and line.exc_info is not None


def test_a_bug_on_one_item_of_a_list_skips_that_item_said_with_its_traceback_the_others_read(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def read(item: Any) -> str:
        if item == "boom":
            raise ZeroDivisionError("our arithmetic")
        return platform_id(item)

    found = each_item(["p-1", "boom", {"x": 1}, "p-2"], read)
    assert found.items == ["p-1", "p-2"]
    assert [s.where for s in found.skipped] == ["item 1", "item 2"]
    [line] = errors(caplog)
    assert "item 1" in line.getMessage() and line.exc_info is not None


def test_obj_checks_an_object_s_shape() -> None:
    assert obj(None) == {} and obj({"a": 1}) == {"a": 1}
    with pytest.raises(TypeError, match="expected a status object, not list"):
        obj([], "a status object")


NAME = "Société Générale, 3 € de frais"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json; charset=iso-8859-1", f'{{"name":"{NAME[:-14]}"}}'.encode("latin-1")),
        ("application/json; charset=windows-1252", f'{{"name":"{NAME}"}}'.encode("cp1252")),
        ("application/json;charset=UTF-16", f'{{"name":"{NAME}"}}'.encode("utf-16")),
        ("application/json", f'{{"name":"{NAME}"}}'.encode()),
        ("application/json; charset=utf-8", codecs.BOM_UTF8 + f'{{"name":"{NAME}"}}'.encode()),
        ("application/json; charset=klingon", f'{{"name":"{NAME}"}}'.encode()),
        ("application/json", f'{{"name":"{NAME}"}}'.encode("utf-32")),
    ],
    ids=["latin-1", "cp1252", "utf-16", "undeclared", "utf-8-bom", "unknown-charset", "utf-32-by-its-bytes"],
)
def test_an_answer_is_read_in_the_charset_it_declares(content_type: str, body: bytes) -> None:
    answer = httpx.Response(200, headers={"Content-Type": content_type}, content=body)
    read = read_json("GET /v1/x", "afnor", answer, lambda value: field_of(value, "name"))
    assert NAME.startswith(read)


def test_an_answer_not_in_the_charset_it_declares_is_the_platform_s_failure() -> None:
    answer = httpx.Response(200, headers={"Content-Type": "application/json"}, content="é".encode("latin-1"))
    with pytest.raises(PlatformUnavailable, match="non-JSON body"):
        read_json("GET /v1/x", "afnor", answer, lambda value: value)


@pytest.mark.parametrize(
    ("written", "instant"),
    [
        ("2026-11-25T10:00:00Z", datetime(2026, 11, 25, 10, tzinfo=UTC)),
        (" 2026-11-25T10:00:00.5z ", datetime(2026, 11, 25, 10, 0, 0, 500_000, tzinfo=UTC)),
        ("2026-11-25T11:00:00+01:00", datetime(2026, 11, 25, 11, tzinfo=timezone(timedelta(hours=1)))),
        ("2026-11-25T10:00:00", datetime(2026, 11, 25, 10, tzinfo=UTC)),  # no offset: UTC
        ("2026-11-25", datetime(2026, 11, 25, tzinfo=UTC)),  # a bare date: its midnight UTC
        ("25/11/2026", None),
        ("", None),
        (20261125, None),
        (None, None),
    ],
)
def test_a_platform_s_instant_is_read_leniently_with_utc_for_none_given(
    written: object, instant: object
) -> None:
    assert parse_datetime(written) == instant
