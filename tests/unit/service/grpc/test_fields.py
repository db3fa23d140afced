from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from domain.invoice import AllowanceCharge, VatCategory
from domain.reporting.payments import PaymentLine
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import reporting_service_pb2 as rpb
from service.grpc.fields import Fields, each, optional


@dataclass(frozen=True)
class _Address:
    line1: str
    city: str
    postcode: str


def test_a_plain_table_copies_both_ways() -> None:
    table = Fields(_Address, pb.Address, "line1", "city", "postcode")

    msg = table.to_proto(_Address("1 rue de la Paix", "Paris", "75002"))

    assert (msg.line1, msg.city, msg.postcode) == ("1 rue de la Paix", "Paris", "75002")
    assert msg.country == ""  # not in the table: not written
    assert table.from_proto(msg) == _Address("1 rue de la Paix", "Paris", "75002")


def test_decimals_days_and_enums_travel_as_their_wire_form() -> None:
    lines = Fields(
        PaymentLine, rpb.PaymentLine, decimals=("vat_rate", "amount"), days=("day", "invoice_date")
    )
    charges = Fields(AllowanceCharge, pb.AllowanceCharge, "reason", enums=("vat_category",))

    line = lines.to_proto(PaymentLine(date(2026, 9, 1), Decimal("5.5"), Decimal("100.00")))
    charge = charges.to_proto(
        AllowanceCharge(False, Decimal("1"), reason="Remise", vat_category=VatCategory.ZERO_RATED)
    )

    assert (line.day, line.vat_rate, line.amount, line.invoice_date) == ("2026-09-01", "5.5", "100.00", "")
    assert charge.vat_category == pb.VAT_CATEGORY_ZERO_RATED
    assert charge.reason == "Remise"


def test_the_caller_writes_what_the_table_does_not_hold_and_only_that() -> None:
    table = Fields(_Address, pb.Address, "line1", "city")

    msg = table.to_proto(_Address("a", "b", "c"), country="FR")

    assert (msg.line1, msg.city, msg.country, msg.postcode) == ("a", "b", "FR", "")
    assert table.from_proto(msg, postcode="75") == _Address("a", "b", "75")
    with pytest.raises(TypeError, match="multiple values for keyword argument 'city'"):
        table.to_proto(_Address("a", "b", "c"), city="B")


@dataclass(frozen=True)
class _Delivery:
    party_name: str
    address: _Address | None


@dataclass(frozen=True)
class _Identifier:
    value: str
    scheme: str


@dataclass(frozen=True)
class _Party:
    name: str
    identifiers: tuple[_Identifier, ...] | None


def test_nested_messages_are_written_through_their_own_tables() -> None:
    addresses = Fields(_Address, pb.Address, "line1", "city", "postcode")
    deliveries = Fields(_Delivery, pb.Delivery, "party_name", via={"address": optional(addresses.to_proto)})
    parties = Fields(
        _Party,
        pb.Party,
        "name",
        via={"identifiers": each(Fields(_Identifier, pb.Identifier, "value", "scheme").to_proto)},
    )

    delivered = deliveries.to_proto(_Delivery("Quai 3", _Address("1 quai", "Lyon", "69002")))
    undelivered = deliveries.to_proto(_Delivery("Quai 3", None))
    party = parties.to_proto(_Party("ACME", (_Identifier("123", "0002"), _Identifier("456", "0009"))))

    assert (delivered.party_name, delivered.address.city) == ("Quai 3", "Lyon")
    assert not undelivered.HasField("address")
    assert [(i.value, i.scheme) for i in party.identifiers] == [("123", "0002"), ("456", "0009")]
    assert list(parties.to_proto(_Party("ACME", None)).identifiers) == []


def test_a_value_read_from_the_request_must_be_passed_back() -> None:
    # A missing decimal must not silently become the domain's default: the caller reads it (with its finding).
    table = Fields(PaymentLine, rpb.PaymentLine, decimals=("vat_rate", "amount"), days=("day",))

    with pytest.raises(TypeError, match="missing 2 required keyword-only arguments: .amount. and .day."):
        table.from_proto(rpb.PaymentLine(vat_rate="20"), vat_rate=Decimal("20"))


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (("line1", "town"), "Address has no field 'town'"),
        (("line1", "country"), "_Address has no field 'country'"),
        (("line1", "line1"), "named twice"),
        (("line1", "_city"), "'_city' cannot name a field"),
        (("line1", "city)\nimport os\n("), "cannot name a field"),
    ],
)
def test_a_table_naming_a_field_one_side_lacks_fails_when_built(names: tuple[str, ...], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Fields(_Address, pb.Address, *names)
