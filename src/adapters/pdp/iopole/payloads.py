"""IOPOLE JSON <-> domain values. Pure functions: shared by the adapter, the polling fallback and the webhook receiver."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from adapters.pdp.answers import answer_json, listed, obj, parse_datetime
from adapters.pdp.public_buyers import requirements
from domain.findings import Finding
from domain.identifiers import SIREN_SCHEME, siren_of, siren_of_address, split_address
from domain.money import round_amount, total
from domain.platform import (
    UNDATED,
    DirectoryEntry,
    InvalidPlatformRequest,
    OutgoingStatus,
    PlatformRejected,
    PlatformStatus,
    rejection_finding,
    rejection_findings,
)
from domain.platform_codes import CDAR_TO_IOPOLE_LABEL, IOPOLE_LABEL_TO_CDAR

# French normative reason codes (BR-FR-CDV-CL-09) -> IOPOLE reason enum (pdp-apis.md §1.4). Unlisted values pass as is.
FRENCH_REASON_TO_IOPOLE: Mapping[str, str] = {
    "TX_TVA_ERR": "VAT_RATE_INCORRECT",
    "MONTANTTOTAL_ERR": "TOTAL_AMOUNT_INCORRECT",
    "DOUBLON": "DUPLICATE_INVOICE",
    "TRANSAC_INC": "UNKNOWN_TRANSACTION",
    "CMD_ERR": "PO_REFERENCE_INCORRECT_OR_MISSING",
    "JUSTIF_ABS": "MISSING_DOCUMENTS",
}

DOMESTIC_NETWORK = "DOMESTIC_FR"


def parse_date(value: object) -> date | None:
    parsed = parse_datetime(value)
    return parsed.date() if parsed else None


def status_from_label(
    raw: str,
    at: datetime,
    *,
    reason: str = "",
    findings: tuple[Finding, ...] = (),
    status_id: str = "",
    amount: Decimal | None = None,
) -> PlatformStatus:
    """Map an IOPOLE label to its CDAR code; an unknown label is kept verbatim as the code (open set)."""
    return PlatformStatus(
        code=IOPOLE_LABEL_TO_CDAR.get(raw, raw),
        label=raw,
        raw_code=raw,
        at=at,
        reason=reason,
        findings=findings,
        status_id=status_id,
        amount=amount,
    )


# JSON numbers arrive as doubles, exact to the decimal text they were written with up to 15 significant digits.
_MAX_JSON_AMOUNT = Decimal(10) ** 15
_AMOUNT_RECEIVED = "MEN"  # MDT-207: amount received (or paid) with VAT, one block per VAT rate (BR-FR-CDV-14)


def _payment_amount(response: Mapping[str, Any]) -> Decimal | None:
    """MDT-215 of a payment status (a buyer's 211, a 212) as IOPOLE's status object carries it: its response's
    `additionalData`, `[{type, amount{value, currency}}]` (operator-invoicing OpenAPI, the status-history, notSeen and
    status callback schemas: pdp-apis.md §0 and §1.5), the CDAR's MDG-43 blocks with their MDT-207 type. Its MEN
    blocks' amounts summed, as the AFNOR reader sums a CDAR's (adapters.pdp.afnor.cdar); None when it has none, or
    one is not a finite JSON number below 10^15 (the status is taken all the same, its amount unknown). UNVERIFIED:
    that IOPOLE writes MDT-207's code in `type` (the schema lists no values, and no example carries a payment)."""
    values = []
    for item in listed(response.get("additionalData")):
        if not isinstance(item, Mapping) or item.get("type") != _AMOUNT_RECEIVED:
            continue
        amount = item.get("amount")
        value = amount.get("value") if isinstance(amount, Mapping) else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        try:
            number = Decimal(repr(value))
        except InvalidOperation:
            return None
        if not number.is_finite() or abs(number) >= _MAX_JSON_AMOUNT:
            return None
        values.append(number)
    return round_amount(total(values)) if values else None


def findings_from_rejection(detail: Mapping[str, Any] | None) -> tuple[Finding, ...]:
    """responses[].rejectionDetail.errors[] = {reason SCHEMA|BUSINESS, rule, message, location}."""
    if not detail:
        return ()
    findings = rejection_findings(
        rejection_finding(
            str(error.get("rule") or error.get("reason") or ""),
            str(error.get("message") or ""),
            location=str(error.get("location") or ""),
        )
        for error in listed(detail.get("errors"))
        if isinstance(error, Mapping)
    )
    if not findings and (detail.get("reason") or detail.get("message")):
        return (rejection_finding(str(detail.get("reason") or ""), str(detail.get("message") or "")),)
    return findings


def status_from_entry(entry: Mapping[str, Any]) -> PlatformStatus:
    """One status-history item, notSeen item or status callback body."""
    entry = obj(entry, "a status object")
    status = obj(entry.get("status"), "a status object")
    raw = str(status.get("code") or "")
    body = obj(entry.get("json"), "a json object")
    responses = listed(body.get("responses")) or [{}]
    first = responses[0] if isinstance(responses[0], Mapping) else {}
    detail = obj(first.get("rejectionDetail"), "a rejectionDetail object") or None
    reason = ""
    if detail:
        reason = str(detail.get("reason") or detail.get("message") or "")
    at = parse_datetime(entry.get("date")) or UNDATED
    return status_from_label(
        raw,
        at,
        reason=reason,
        findings=findings_from_rejection(detail),
        status_id=str(entry.get("statusId") or ""),
        amount=_payment_amount(first),
    )


def refused(what: str, subject: str, response: Any) -> PlatformRejected:
    """IOPOLE's 400 (an httpx response): the validation errors of its body, as findings."""
    try:
        body: object = answer_json(response)
    except ValueError:
        body = {"message": response.text[:500]}
    return PlatformRejected(
        f"{what}: IOPOLE refused the {subject} (400)", findings=findings_from_validation_error(body)
    )


def findings_from_validation_error(body: object) -> tuple[Finding, ...]:
    """A 400 body: a Zod-style list of {path, code, message}, bare or under errors/issues/details."""
    items: object = body
    if isinstance(body, Mapping):
        for key in ("errors", "issues", "details"):
            if isinstance(body.get(key), list):
                items = body[key]
                break
        else:
            message = str(body.get("message") or body.get("error") or "invalid request")
            return (rejection_finding(str(body.get("code") or "IOPOLE-400"), message),)
    if not isinstance(items, list):
        return (rejection_finding("IOPOLE-400", "invalid request"),)
    findings = rejection_findings(
        rejection_finding(
            str(item.get("code") or "IOPOLE-400"), str(item.get("message") or ""), path=_path(item)
        )
        for item in items
        if isinstance(item, Mapping)
    )
    return findings or (rejection_finding("IOPOLE-400", "invalid request"),)


def _path(item: Mapping[str, Any]) -> str:
    path = item.get("path")
    return ".".join(str(p) for p in path) if isinstance(path, list) else str(path or "")


def status_request_body(status: OutgoingStatus) -> dict[str, Any]:
    """POST /v1/invoice/{id}/status body. Amounts travel as decimal strings, never floats. A status without an IOPOLE
    label (the seller's 220: pdp-apis.md §1.4 lists none) is refused before any call, never guessed."""
    label = CDAR_TO_IOPOLE_LABEL.get(status.code)
    if label is None:
        raise InvalidPlatformRequest(
            f"IOPOLE's status API has no label for status {status.code} (pdp-apis.md §1.4)"
        )
    body: dict[str, Any] = {"code": label}
    if status.message:
        body["message"] = status.message
    if status.amount is not None:
        body["payment"] = {"currency": status.currency, "amount": format(status.amount, "f")}
        if status.vat_rate is not None:  # MDT-224, required with a 212's amount (BR-FR-CDV-14)
            body["payment"]["vatRate"] = format(status.vat_rate, "f")
        # A payment over several rates (status.parts): IOPOLE's status body documents one amount only, so the
        # total goes without a rate, and its breakdown per rate is lost (a domestic invoice's payment is reported
        # by this 212 only, not in flux 10.2). See docs/iopole-mapping.md.
    if status.reason:
        body["rejectionDetail"] = {"reason": FRENCH_REASON_TO_IOPOLE.get(status.reason, status.reason)}
    return body


def _row_siren(row: Mapping[str, Any]) -> str:
    """The entity's SIREN: its legal identifier, else read from its directory address; "" when neither is one."""
    for ident in listed(row.get("identifiers")):
        if obj(ident, "an identifier object").get("type") == "LEGAL_IDENTIFIER":
            return siren_of(str(ident.get("value") or ""), SIREN_SCHEME)
    return siren_of_address(f"{row.get('identifierScheme') or ''}:{row.get('identifierValue') or ''}")


def _public_buyer(row: Mapping[str, Any], network: Mapping[str, Any]) -> dict[str, Any]:
    """A public buyer's fields (domain.b2g). UNVERIFIED against IOPOLE: its directory mirrors the PPF's, so the
    XP Z12-013 names are read (b2gAdditionalData), with scope PUBLIC and the network registration's platformId."""
    return {
        "public_entity": row.get("scope") == "PUBLIC",
        "platform_id": str(network.get("platformId") or ""),
        **requirements(row.get("b2gAdditionalData")),
    }


def directory_entry(identifier: str, rows: Iterable[Mapping[str, Any]], today: date) -> DirectoryEntry:
    """Pick the best DOMESTIC_FR registration among /v1/directory/french rows.

    For an electronic address only registrations of that address count; for a SIREN any address of the entity does.
    """
    scheme, value = split_address(identifier)
    best: DirectoryEntry | None = None
    for row in rows:
        entity_address = f"{row.get('identifierScheme', '')}:{row.get('identifierValue', '')}"
        for ident in listed(row.get("identifiers")):
            for network in listed(obj(ident, "an identifier object").get("networksRegistered")):
                network = obj(network, "a network registration object")
                if network.get("networkIdentifier") != DOMESTIC_NETWORK:
                    continue
                address = str(network.get("directoryAddress") or entity_address)
                if scheme and address != identifier:
                    continue
                candidate = DirectoryEntry.resolve(
                    identifier,
                    registered=True,
                    valid_from=parse_date(network.get("validFrom")),
                    valid_to=parse_date(network.get("validTo")),
                    today=today,
                    siren=_row_siren(row),
                    name=str(row.get("name") or ""),
                    electronic_address=address,
                    network=DOMESTIC_NETWORK,
                    **_public_buyer(row, network),
                )
                if best is None or (candidate.reachable and not best.reachable):
                    best = candidate
    return best or DirectoryEntry.unknown(identifier)
