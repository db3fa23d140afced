from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from adapters.setting_rules import BadSetting, Rule, integer, judged, one_of, seconds, share, text, url


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
        # plain HTTP to another machine: the client secret, the tokens and every invoice in clear on the network
        "http://pa.example/flow-service",
        "http://auth.iopole.com/realms/iopole/protocol/openid-connect/token",
        "http://10.0.0.7:8080",
        "http://127.0.0.1.pa.example",
        "http://localhost.pa.example",
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


# The tables hold how to make each rule, not the rule: a rule made when the tests are collected would keep its
# `read` from before a mutation run (make mutate) picks its mutant, and a mutant of the rule would never run.
Make = Callable[[], Rule]

# What each rule says in its line, exactly: the operator reads it to fix the value.
SAYS = [
    (lambda: integer(1, 10), "an integer 1-10"),
    (lambda: integer(0, 65535, " (0: a free port)"), "an integer 0-65535 (0: a free port)"),
    (lambda: seconds(0.5), "a duration in seconds, 0.5 to 86400"),
    (lambda: seconds(0, 60, above=True, unit="milliseconds"), "a duration in milliseconds, above 0 to 60"),
    (lambda: share(), "a decimal share 0-1"),
    (lambda: one_of(["warning", "info"]), "one of info, warning"),
    (lambda: one_of(["x"], empty="off"), "one of x (empty: off)"),
    (lambda: text(5), "at most 5 printable characters"),
    (lambda: text(5, required=True, visible_ascii=True), "1 to 5 visible ASCII characters"),
    (
        lambda: url(),
        "an absolute https URL (http to this machine only) with a host, without credentials, query or fragment,"
        " at most 2048 characters (or empty)",
    ),
    (
        lambda: url(required=True),
        "an absolute https URL (http to this machine only) with a host, without credentials, query or fragment,"
        " at most 2048 characters",
    ),
]


@pytest.mark.parametrize(("make", "says"), SAYS, ids=[s for _, s in SAYS])
def test_each_rule_says_what_a_good_value_is(make: Make, says: str) -> None:
    assert make().says == says


# (rule, value, read): each edge from both sides; the value read keeps its type
ACCEPTED = [
    (lambda: integer(1, 10), "1", 1),
    (lambda: integer(1, 10), " 10 ", 10),
    (lambda: seconds(0.5), "0.5", 0.5),
    (lambda: seconds(0.5), "86400", 86400.0),
    (lambda: seconds(0, 60, above=True), "0.001", 0.001),
    (lambda: seconds(0, 60, above=True), "60", 60.0),
    (lambda: share(), "0", Decimal("0")),
    (lambda: share(), "1", Decimal("1")),
    (lambda: share(), "0.25", Decimal("0.25")),
    (lambda: one_of(["info", "warning"]), "info", "info"),
    (lambda: one_of(["info", "warning"], fold=str.lower), "INFO", "INFO"),  # compared folded, kept as given
    (lambda: one_of(["x"], empty="off"), "", ""),
    (lambda: text(5), "", ""),
    (lambda: text(5), "abcde", "abcde"),
    (lambda: text(5, required=True), "a b", "a b"),
    (lambda: text(5, visible_ascii=True), "!~", "!~"),
    (lambda: url(), "https://pa.example", "https://pa.example"),
    # plain HTTP to this machine only (a simulator, a sidecar terminating TLS)
    (lambda: url(), "http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    (lambda: url(), "http://127.3.2.1", "http://127.3.2.1"),
    (lambda: url(), "http://localhost:9000/flow-service", "http://localhost:9000/flow-service"),
    (lambda: url(), "http://[::1]:9000", "http://[::1]:9000"),
    (lambda: url(), "https://pa.example/" + "a" * (2048 - 19), "https://pa.example/" + "a" * 2029),
]


@pytest.mark.parametrize(("make", "value", "read"), ACCEPTED)
def test_a_good_value_is_read(make: Make, value: str, read: object) -> None:
    got = judged("X", make(), value)
    assert (got, type(got)) == (read, type(read))


# (rule, value, why): the reason the value is refused, chained under the line for whoever reads the traceback
REFUSED = [
    (lambda: integer(1, 10), "0", "0"),
    (lambda: integer(1, 10), "11", "11"),
    (lambda: seconds(0.5), "0.4", "0.4"),
    (lambda: seconds(0.5), "86400.5", "86400.5"),
    (lambda: seconds(0.5), "nan", "nan"),
    (lambda: seconds(0.5), "-inf", "-inf"),
    (lambda: seconds(0, 60, above=True), "0", "0"),
    (lambda: seconds(0, 60, above=True), "60.5", "60.5"),
    (lambda: share(), "-0.01", "-0.01"),
    (lambda: share(), "1.01", "1.01"),
    (lambda: share(), "NaN", "NaN"),
    (lambda: share(), "Infinity", "Infinity"),
    (lambda: one_of(["info", "warning"]), "", ""),
    (lambda: one_of(["info", "warning"]), "INFO", "INFO"),
    (lambda: text(5, required=True), "", "empty"),
    (lambda: text(5), "abcdef", "too long"),
    (lambda: text(5, visible_ascii=True), "a b", "not visible ASCII"),
    (lambda: text(5, visible_ascii=True), "\x7f", "not visible ASCII"),
    (lambda: text(5), "a\x7f", "not printable"),
]


@pytest.mark.parametrize(("make", "value", "why"), REFUSED)
def test_a_bad_value_is_refused_with_its_rule_and_why(make: Make, value: str, why: str) -> None:
    rule = make()
    with pytest.raises(BadSetting) as refused:
        judged("X", rule, value)
    assert str(refused.value) == f"X must be {rule.says}, not {value!r}"
    assert str(refused.value.__cause__) == why


def test_a_long_bad_value_is_shown_cut_at_forty_characters() -> None:
    with pytest.raises(BadSetting) as whole:
        judged("X", integer(1, 10), "9" * 40)
    assert str(whole.value) == f"X must be an integer 1-10, not {'9' * 40!r}"
    with pytest.raises(BadSetting) as cut:
        judged("X", integer(1, 10), "9" * 41)
    assert str(cut.value) == f"X must be an integer 1-10, not {'9' * 40 + '...'!r}"


def test_a_url_is_never_quoted_nor_chained() -> None:
    with pytest.raises(BadSetting) as refused:
        judged("URL", url(), "https://user:pw@pa.example")
    assert refused.value.__suppress_context__ and refused.value.__cause__ is None
