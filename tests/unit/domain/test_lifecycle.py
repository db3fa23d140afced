from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.lifecycle import StatusEntry, apply, check_outgoing, check_sendable, current_status, is_terminal

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def entry(code: str, minutes: int = 0, source: str = "platform", **kw: object) -> StatusEntry:
    return StatusEntry(code=code, at=at(minutes), source=source, **kw)  # type: ignore[arg-type]


def history(*entries: StatusEntry) -> tuple[StatusEntry, ...]:
    result: tuple[StatusEntry, ...] = ()
    for e in entries:
        result = apply(result, e)
    return result


def test_an_empty_history_has_no_current_status() -> None:
    assert current_status(()) is None


def test_follows_the_transmission_order_not_the_arrival_order() -> None:
    h = history(entry("200", 0), entry("203", 5), entry("202", 4))
    assert current_status(h).code == "203"  # type: ignore[union-attr]


def test_a_processing_status_outranks_transmission_statuses_arriving_later() -> None:
    h = history(entry("204", 10, "buyer"), entry("203", 5))
    assert current_status(h).code == "204"  # type: ignore[union-attr]


def test_the_latest_processing_status_wins_whatever_the_arrival_order() -> None:
    h = history(entry("207", 30, "buyer", reason_code="CMD_ERR"), entry("211", 20, "buyer"))
    assert current_status(h).code == "207"  # type: ignore[union-attr]


def test_an_invoice_may_be_paid_then_disputed() -> None:
    h = history(entry("211", 20, "buyer"), entry("207", 30, "buyer"))
    assert current_status(h).code == "207"  # type: ignore[union-attr]


@pytest.mark.parametrize("terminal", ["210", "213"])
def test_a_terminal_status_stays_current_when_later_statuses_arrive(terminal: str) -> None:
    h = history(entry("200", 0), entry(terminal, 5), entry("205", 60, "buyer"))
    assert current_status(h).code == terminal  # type: ignore[union-attr]


def test_unknown_codes_are_kept_but_do_not_change_the_current_status() -> None:
    h = history(entry("202", 0), entry("999", 10))
    assert [e.code for e in h] == ["202", "999"]
    assert current_status(h).code == "202"  # type: ignore[union-attr]


def test_ignores_a_status_delivered_twice_with_the_same_id() -> None:
    h = history(entry("205", 0, "buyer", status_id="s-1"), entry("205", 3, "buyer", status_id="s-1"))
    assert len(h) == 1


def test_ignores_a_status_with_the_same_code_time_and_source() -> None:
    h = history(entry("205", 0, "buyer"), entry("205", 0, "buyer"))
    assert len(h) == 1


def test_keeps_the_same_code_sent_again_later() -> None:
    h = history(
        entry("208", 0, "buyer", reason_code="JUSTIF_ABS"), entry("208", 9, "buyer", reason_code="REF_ERR")
    )
    assert len(h) == 2


@pytest.mark.parametrize(
    ("code", "terminal"),
    [
        ("210", True),
        ("213", True),
        ("220", True),
        ("501", True),
        ("200", False),
        ("205", False),
        ("212", False),
        ("999", False),
    ],
)
def test_knows_which_statuses_end_the_lifecycle(code: str, terminal: bool) -> None:
    assert is_terminal(code) is terminal


def ids(e: StatusEntry) -> list[str]:
    return [f.rule_id for f in check_outgoing(e)]


@pytest.mark.parametrize("code", ["204", "205", "209"])
def test_a_buyer_may_send_processing_statuses_without_reason(code: str) -> None:
    assert ids(entry(code, source="buyer")) == []


@pytest.mark.parametrize("code", ["200", "201", "202", "203", "213", "220", "501", "999"])
def test_refuses_to_send_platform_or_unknown_statuses(code: str) -> None:
    assert "PDP-STATUS-NOT-SENDABLE" in ids(entry(code, source="buyer", reason_code="DOUBLON"))


def test_refuses_to_send_as_the_platform() -> None:
    assert ids(entry("205", source="platform")) == ["PDP-STATUS-SOURCE"]


@pytest.mark.parametrize("code", ["206", "207", "208", "210"])
def test_requires_a_reason_code_for_partial_approval_dispute_suspension_and_refusal(code: str) -> None:
    assert ids(entry(code, source="buyer")) == ["BR-FR-CDV-15_MDT-113"]


@pytest.mark.parametrize(
    ("code", "reason"), [("206", "PU_ERR"), ("207", "CMD_ERR"), ("208", "JUSTIF_ABS"), ("210", "DOUBLON")]
)
def test_accepts_a_reason_code_allowed_for_the_status(code: str, reason: str) -> None:
    assert ids(entry(code, source="buyer", reason_code=reason)) == []


def test_refuses_a_reason_code_outside_the_closed_list() -> None:
    assert ids(entry("210", source="buyer", reason_code="TOO_EXPENSIVE")) == ["BR-FR-CDV-CL-09_MDT-113"]


@pytest.mark.parametrize(
    ("code", "reason"), [("208", "DOUBLON"), ("210", "JUSTIF_ABS"), ("206", "TX_TVA_ERR")]
)
def test_refuses_a_listed_reason_code_not_allowed_for_the_status(code: str, reason: str) -> None:
    assert ids(entry(code, source="buyer", reason_code=reason)) == [f"BR-FR-CDV-CL-09_MDT-113_{code}"]


@pytest.mark.parametrize(("amount", "rate"), [(None, Decimal("20")), (Decimal("120.00"), None), (None, None)])
def test_payment_received_needs_an_amount_and_a_vat_rate(
    amount: Decimal | None, rate: Decimal | None
) -> None:
    assert ids(entry("212", source="seller", amount=amount, vat_rate=rate)) == ["BR-FR-CDV-14_MDT-207"]


def test_payment_received_with_amount_and_rate_can_be_sent() -> None:
    assert ids(entry("212", source="seller", amount=Decimal("120.00"), vat_rate=Decimal("20"))) == []


def test_payment_sent_needs_an_amount() -> None:
    assert ids(entry("211", source="buyer")) == ["PDP-STATUS-AMOUNT"]
    assert ids(entry("211", source="buyer", amount=Decimal("120.00"))) == []


def _fatal(rule: str, message: str, path: str = "MDT-105") -> Finding:
    return Finding(rule, Severity.FATAL, message, path, "", "lifecycle")


@pytest.mark.parametrize(
    ("sent", "findings"),
    [
        (
            entry("999", source="buyer"),
            [
                _fatal(
                    "PDP-STATUS-NOT-SENDABLE",
                    "Status '999' (unknown) is not one a buyer or seller may send (204–212; 220 by the seller of a replaced invoice).",
                )
            ],
        ),
        (
            entry("200", source="buyer"),
            [
                _fatal(
                    "PDP-STATUS-NOT-SENDABLE",
                    "Status 200 (Submitted) is not one a buyer or seller may send (204–212; 220 by the seller of a replaced invoice).",
                )
            ],
        ),
        (
            entry("205", source="platform"),
            [
                _fatal(
                    "PDP-STATUS-SOURCE", "We send statuses as the buyer or the seller, never as the platform."
                )
            ],
        ),
        (
            entry("212", source="seller", amount=Decimal("1")),
            [
                _fatal(
                    "BR-FR-CDV-14_MDT-207",
                    "Status 212 (payment received) needs the amount received (MDT-215) and its VAT rate (MDT-224).",
                    "MDG-43",
                )
            ],
        ),
        (entry("210", source="buyer", reason_code="DOUBLON"), []),
    ],
)
def test_each_refusal_of_an_outgoing_status_exactly(sent: StatusEntry, findings: list[Finding]) -> None:
    assert check_outgoing(sent) == findings


@pytest.mark.parametrize(
    ("entries", "current"),
    [
        # at the same time, the later in the history wins, in each phase
        ((entry("210", 5, raw_code="first"), entry("213", 5, raw_code="second")), ("213", "second")),
        ((entry("205", 5, raw_code="first"), entry("207", 5, raw_code="second")), ("207", "second")),
        ((entry("202", 5, raw_code="first"), entry("202", 1, raw_code="second")), ("202", "second")),
        # an unknown code is passed over, not the end of the history
        ((entry("999", 0), entry("204", 1)), ("204", "")),
        ((entry("999", 0),), None),
    ],
)
def test_the_current_status_at_its_ties_and_past_unknown_codes(
    entries: tuple[StatusEntry, ...], current: tuple[str, str] | None
) -> None:
    found = current_status(entries)
    assert (None if found is None else (found.code, found.raw_code)) == current


def test_statuses_are_the_same_by_id_when_both_have_one_else_by_code_time_and_source() -> None:
    known = entry("204", 0, status_id="s-1")
    assert apply((known,), entry("204", 0)) == (
        known,
    )  # an id on one side only: code, time and source decide
    assert apply((entry("204", 0),), known) == (entry("204", 0),)
    assert apply((known,), entry("205", 9, status_id="s-1")) == (known,)
    assert apply((known,), entry("204", 0, status_id="s-2")) == (known, entry("204", 0, status_id="s-2"))


def test_a_reason_code_of_the_closed_list_not_allowed_with_its_status_is_named() -> None:
    assert check_outgoing(entry("206", source="buyer", reason_code="DOUBLON")) == [
        Finding(
            "BR-FR-CDV-CL-09_MDT-113_206",
            Severity.FATAL,
            "Reason code 'DOUBLON' is not allowed with status 206 (MDT-113).",
            "MDT-113",
            layer="lifecycle",
        )
    ]


def test_a_status_needing_a_reason_is_not_sendable_without_one_given() -> None:
    assert check_sendable("210") == [
        Finding(
            "BR-FR-CDV-15_MDT-113",
            Severity.FATAL,
            "Status 210 needs a reason code (MDT-113).",
            "MDT-113",
            layer="lifecycle",
        )
    ]


@pytest.mark.parametrize(("code", "amount"), [("212", Decimal("0.00")), ("211", Decimal("-0"))])
def test_a_payment_status_of_zero_is_refused_exactly(code: str, amount: Decimal) -> None:
    zero = Finding(
        "PDP-STATUS-AMOUNT",
        Severity.FATAL,
        f"Status {code} reports a payment: an amount of zero pays nothing (MDT-215).",
        "MDG-43",
        layer="lifecycle",
    )
    entry = StatusEntry(
        code, datetime(2026, 11, 20, tzinfo=UTC), "buyer", amount=amount, vat_rate=Decimal("20")
    )
    assert check_outgoing(entry) == [zero]
    assert check_sendable(code, amount=amount) == [zero]


def test_the_seller_may_send_the_220_closing_a_replaced_invoice_a_buyer_never() -> None:
    """XP Z12-014 UC4b_05: 220 is "issued by the SELLER"; whether a corrective invoice replaced the invoice is the
    use case's to check (emission.invoice_status)."""
    assert ids(entry("220", source="seller")) == []
    assert ids(entry("220", source="buyer")) == ["PDP-STATUS-NOT-SENDABLE"]


def test_the_seller_s_220_is_one_a_platform_adapter_may_send() -> None:
    """check_sendable judges what our adapters send: statuses of our own invoices, so the seller's 220 goes."""
    assert check_sendable("220") == []
    assert [f.rule_id for f in check_sendable("221")] == ["PDP-STATUS-NOT-SENDABLE"]
