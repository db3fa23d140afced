from __future__ import annotations

import pytest

from adapters.setting_rules import BadSetting, judged, text, url


@pytest.mark.parametrize("value", ["a\x01b", "line\nbreak", "tab\there", "del\x7f"])
def test_text_with_a_control_character_is_refused(value: str) -> None:
    """It would break the header it goes into, or forge a log line."""
    with pytest.raises(BadSetting, match=r"^X must be at most 10 printable characters, not "):
        judged("X", text(10), value)


def test_visible_ascii_refuses_a_space_and_what_is_not_ascii() -> None:
    for value in ("a b", "é"):
        with pytest.raises(BadSetting):
            judged("X", text(10, visible_ascii=True), value)
    assert judged("X", text(10, visible_ascii=True), "ab-1") == "ab-1"


def test_a_secret_is_never_quoted() -> None:
    with pytest.raises(BadSetting) as refused:
        judged("KEY", text(5, required=True, secret=True), "much-too-long-secret")
    assert str(refused.value) == "KEY must be 1 to 5 printable characters (value not shown)"


@pytest.mark.parametrize(
    "value",
    [
        "https://user:pw@host.example",
        "https://host.example/token?secret=1",
        "https://host.example/#x",
        "host.example",
        "file:///etc/passwd",
        "https://",
        "https://host.example/" + "a" * 2048,
        "https://host example/",
    ],
)
def test_a_url_that_is_not_a_plain_base_is_refused_unquoted(value: str) -> None:
    with pytest.raises(BadSetting) as refused:
        judged("URL", url(required=True), value)
    assert str(refused.value).endswith("(value not shown)")


def test_an_optional_url_may_be_empty_and_a_base_is_kept() -> None:
    assert judged("URL", url(), "") == ""
    assert (
        judged("URL", url(), " https://pa.example:8443/flow-service ")
        == "https://pa.example:8443/flow-service"
    )
    with pytest.raises(BadSetting):
        judged("URL", url(required=True), "")
