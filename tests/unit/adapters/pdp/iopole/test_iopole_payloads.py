from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from adapters.pdp.iopole.payloads import (
    directory_entry,
    findings_from_validation_error,
    status_from_entry,
    status_request_body,
)
from domain.platform import InvalidPlatformRequest, OutgoingStatus

TODAY = date(2026, 11, 25)


def test_an_unknown_status_label_is_kept_verbatim() -> None:
    status = status_from_entry(
        {"statusId": "s1", "date": "2026-11-25T10:00:00Z", "status": {"code": "DELIVERED"}}
    )

    assert (status.code, status.raw_code, status.label) == ("DELIVERED", "DELIVERED", "DELIVERED")
    assert status.at == datetime(2026, 11, 25, 10, tzinfo=UTC)


def test_a_rejected_status_carries_reason_and_rule_findings() -> None:
    entry = {
        "statusId": "s2",
        "date": "2026-11-25T10:00:00.123+01:00",
        "status": {"code": "REJECTED"},
        "json": {
            "responses": [
                {
                    "rejectionDetail": {
                        "reason": "BUSINESS",
                        "errors": [
                            {
                                "reason": "BUSINESS",
                                "rule": "BR-FR-08",
                                "message": "BT-23 missing",
                                "location": "/a",
                            },
                            {"reason": "SCHEMA", "message": "bad element"},
                        ],
                    }
                }
            ]
        },
    }

    status = status_from_entry(entry)

    assert (status.code, status.reason, status.status_id) == ("213", "BUSINESS", "s2")
    assert [(f.rule_id, f.location) for f in status.findings] == [("BR-FR-08", "/a"), ("SCHEMA", "")]


def _payment_sent(*data: object, body: str = "") -> dict[str, object]:
    """A 211 as IOPOLE's status-history, notSeen and status callback carry it: `json.responses[].additionalData`,
    `[{type, amount{value, currency}}]` (operator-invoicing OpenAPI, the source of pdp-apis.md §1.2 / §1.5)."""
    import json

    entry = {
        "statusId": "s3",
        "date": "2026-11-25T10:00:00Z",
        "status": {"code": "PAYMENT_SENT", "networkCode": "211"},
        "json": {
            "responses": [
                {
                    "documentStatus": {"code": "PAYMENT_SENT", "networkCode": "211"},
                    "additionalData": list(data),
                }
            ]
        },
    }
    return json.loads(body) if body else entry


def test_a_payment_sent_reads_its_amount_from_the_men_blocks_of_its_additional_data() -> None:
    # session 16 read no amount from IOPOLE (every 211 counted `no_amount`); the CDAR's MDG-43 blocks are there
    status = status_from_entry(
        _payment_sent(
            {"type": "MEN", "amount": {"value": 1000.1, "currency": "EUR"}},
            {"type": "MEN", "amount": {"value": 55.05, "currency": "EUR"}},
        )
    )
    assert (status.code, status.amount) == ("211", Decimal("1055.15"))
    # other data types are not an amount paid; none at all: no amount, as before
    other = status_from_entry(_payment_sent({"type": "MPA", "amount": {"value": 3, "currency": "EUR"}}))
    assert other.amount is None
    assert status_from_entry(_payment_sent()).amount is None


@pytest.mark.parametrize(
    "value",
    ["1e300", "Infinity", "NaN", '"12.00"', "true", "null", "1e15"],
)
def test_a_payment_sent_whose_amount_is_no_sound_number_is_taken_without_one(value: str) -> None:
    body = (
        '{"statusId": "s4", "status": {"code": "PAYMENT_SENT"}, "json": {"responses": [{"additionalData": ['
        f'{{"type": "MEN", "amount": {{"value": 5, "currency": "EUR"}}}}, {{"type": "MEN", "amount": {{"value": {value}'
        ', "currency": "EUR"}}]}]}}'
    )
    status = status_from_entry(_payment_sent(body=body))
    assert (status.code, status.amount) == ("211", None)


def test_zod_errors_become_findings_with_dotted_paths() -> None:
    findings = findings_from_validation_error(
        {"errors": [{"path": ["payment", 0, "amount"], "code": "invalid_type", "message": "Expected number"}]}
    )

    assert [(f.rule_id, f.path, f.message) for f in findings] == [
        ("invalid_type", "payment.0.amount", "Expected number")
    ]


def test_an_unstructured_400_still_yields_a_finding() -> None:
    assert findings_from_validation_error({"message": "bad"})[0].message == "bad"
    assert findings_from_validation_error("oops")[0].rule_id == "IOPOLE-400"


def test_status_body_sends_amounts_as_decimal_strings_and_maps_french_reasons() -> None:
    assert status_request_body(OutgoingStatus("212", amount=Decimal("1E+3"))) == {
        "code": "PAYMENT_RECEIVED",
        "payment": {"currency": "EUR", "amount": "1000"},
    }
    assert status_request_body(OutgoingStatus("212", amount=Decimal("1200.50"), vat_rate=Decimal("5.5"))) == {
        "code": "PAYMENT_RECEIVED",
        "payment": {"currency": "EUR", "amount": "1200.50", "vatRate": "5.5"},
    }
    assert status_request_body(OutgoingStatus("207", reason="CMD_ERR"))["rejectionDetail"] == {
        "reason": "PO_REFERENCE_INCORRECT_OR_MISSING"
    }


def row(siren: str, *networks: dict[str, str]) -> dict[str, object]:
    return {
        "name": "X",
        "identifierScheme": "0225",
        "identifierValue": siren,
        "identifiers": [{"type": "LEGAL_IDENTIFIER", "value": siren, "networksRegistered": list(networks)}],
    }


def test_directory_prefers_an_effective_domestic_registration() -> None:
    rows = [
        row(
            "732829320",
            {
                "networkIdentifier": "PEPPOL_INTERNATIONAL",
                "directoryAddress": "0225:732829320",
                "validFrom": "2026-01-01",
            },
            {
                "networkIdentifier": "DOMESTIC_FR",
                "directoryAddress": "0225:732829320_A",
                "validFrom": "2027-01-01",
            },
            {
                "networkIdentifier": "DOMESTIC_FR",
                "directoryAddress": "0225:732829320",
                "validFrom": "2026-09-01",
            },
        )
    ]

    by_siren = directory_entry("732829320", rows, TODAY)
    by_suffixed_address = directory_entry("0225:732829320_A", rows, TODAY)

    assert (by_siren.reachable, by_siren.electronic_address, by_siren.siren) == (
        True,
        "0225:732829320",
        "732829320",
    )
    assert (by_suffixed_address.registered, by_suffixed_address.reachable) == (True, False)
    assert directory_entry("0225:999999999", rows, TODAY).registered is False


def test_a_public_buyer_s_registration_says_what_its_invoices_need() -> None:
    domestic = {
        "networkIdentifier": "DOMESTIC_FR",
        "directoryAddress": "0225:732829320",
        "validFrom": "2026-01-01",
    }
    public = row("732829320", domestic | {"platformId": "9999"}) | {
        "scope": "PUBLIC",
        "b2gAdditionalData": {"managesLegalCommitmentCode": True, "serviceCodeStatus": False},
    }

    entry = directory_entry("732829320", [public], TODAY)
    private = directory_entry("732829320", [row("732829320", domestic)], TODAY)

    assert (
        entry.public_entity,
        entry.platform_id,
        entry.requires_engagement,
        entry.requires_service_code,
    ) == (
        True,
        "9999",
        True,
        False,
    )
    assert (private.public_entity, private.requires_engagement, private.requires_service_code) == (False,) * 3


def test_a_status_iopole_has_no_label_for_is_refused_before_any_call_never_guessed() -> None:
    """The seller's 220 (Annulée): pdp-apis.md §1.4 lists no IOPOLE label for it (SetInvoiceStatus refuses it first,
    PDP-STATUS-PLATFORM; this is the adapter's own guard). It raised a KeyError, which the sender took for an
    unknown outcome."""
    with pytest.raises(InvalidPlatformRequest, match="no label for status 220"):
        status_request_body(OutgoingStatus("220"))
