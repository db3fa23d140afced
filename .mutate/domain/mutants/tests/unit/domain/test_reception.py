"""Buyer statuses (BR-FR-CDV-14/15, CL-09), the lifecycle order of received statuses, recipient addresses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from domain.errors import IllegalTransition
from domain.reception import StatusPoint, buyer_status, check_outgoing, current_code, siren_of_address

T0 = datetime(2026, 11, 20, tzinfo=UTC)


def points(*codes: str) -> list[StatusPoint]:
    return [StatusPoint(code, T0 + timedelta(minutes=i)) for i, code in enumerate(codes)]


def test_the_current_status_follows_the_lifecycle_not_the_arrival_order() -> None:
    assert current_code(points("203", "200", "202", "201")) == "203"


def test_unknown_codes_are_kept_but_never_current() -> None:
    assert current_code(points("200", "NEW_CODE")) == "200"
    assert current_code(points("NEW_CODE")) == ""


def test_a_rejection_or_refusal_is_final() -> None:
    assert current_code(points("200", "213", "201")) == "213"
    with pytest.raises(IllegalTransition, match="final status 210"):
        check_outgoing(points("203", "210"), buyer_status("APPROVED"))


@pytest.mark.parametrize(
    ("label", "kwargs", "rule"),
    [
        ("REFUSED", {}, "BR-FR-CDV-15"),
        ("DISPUTED", {"reason": "NOPE"}, "BR-FR-CDV-CL-09"),
        ("PAYMENT_SENT", {}, "PDP-STATUS-AMOUNT"),  # BR-FR-CDV-14 is 212's; 211 needs its amount too
        ("RECEIVED", {}, "BR-FR-CDV-CL-06"),
    ],
)
def test_buyer_statuses_name_the_rule_they_break(label, kwargs, rule) -> None:
    with pytest.raises(IllegalTransition) as refused:
        buyer_status(label, **kwargs)
    assert refused.value.findings[0].rule_id.startswith(
        rule
    )  # official ids carry a suffix: BR-FR-CDV-15_MDT-113


def test_valid_buyer_statuses_carry_their_cdar_code() -> None:
    assert buyer_status("REFUSED", reason="TX_TVA_ERR").code == "210"
    assert buyer_status("PAYMENT_SENT", amount=Decimal("1200.00")).amount == Decimal("1200.00")


@pytest.mark.parametrize(
    ("address", "siren"),
    [
        ("0225:732829320", "732829320"),
        ("0225:73282932000074", "732829320"),
        ("0002:732829320", "732829320"),
        ("0088:5790000435975", ""),
        ("", ""),
        ("0225:ABC", ""),
    ],
)
def test_the_recipient_siren_is_read_from_its_electronic_address(address, siren) -> None:
    assert siren_of_address(address) == siren
