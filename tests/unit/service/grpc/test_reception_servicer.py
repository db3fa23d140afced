from __future__ import annotations

from datetime import UTC, datetime

from domain.document_file import DocumentFile
from domain.findings import Conclusion, Finding, LayerVerdict, Severity
from domain.reception import ReceivedInvoice
from service.grpc.reception_servicer import received_to_proto, report_to_proto


def _received(**changes: object) -> ReceivedInvoice:
    fields: dict[str, object] = {
        "id": "rcv-1",
        "company_siren": "732829320",
        "platform": "IOPOLE",
        "platform_invoice_id": "pf-9",
        "document": DocumentFile("application/xml", "F-1.xml", "ab" * 32, b"<xml/>"),
        "received_at": datetime(2026, 9, 1, 8, 30, tzinfo=UTC),
        "valid": True,
    }
    fields.update(changes)
    return ReceivedInvoice(**fields)


def test_the_report_shows_the_verdict_recorded_at_reception_not_a_recomputed_one() -> None:
    # Nothing fatal in what is recorded, yet the verdict then was "invalid" (e.g. a layer that no longer exists).
    recorded = _received(
        valid=False,
        findings=(Finding("BR-FR-12", Severity.WARNING, "a warning"),),
        artifacts=(("EN16931-CII", "1.3.14"),),
        layers=(LayerVerdict("xsd", "CII D22B"),),
        conclusions=(Conclusion("en16931", True, "CII", ("xsd",), passed=True),),
    )

    msg = report_to_proto(recorded)

    assert msg.valid is False
    assert [f.rule_id for f in msg.findings] == ["BR-FR-12"]
    assert [(a.name, a.version) for a in msg.artifacts] == [("EN16931-CII", "1.3.14")]
    assert [(v.layer, v.artifact, v.passed) for v in msg.layers] == [("xsd", "CII D22B", True)]
    assert [(c.rules, list(c.layers), c.passed) for c in msg.conclusions] == [("en16931", ["xsd"], True)]
    assert report_to_proto(_received(valid=True, report_complete=False)).valid is True


def test_a_report_recorded_before_the_verdicts_were_kept_has_none() -> None:
    msg = report_to_proto(_received(layers=None, conclusions=None))

    assert list(msg.layers) == [] and list(msg.conclusions) == []


def test_a_received_invoice_travels_with_its_identity_and_reception_time() -> None:
    msg = received_to_proto(_received(number="F-1", seller_siren="552100554"))

    assert (msg.id, msg.platform, msg.platform_invoice_id, msg.number, msg.seller_siren) == (
        "rcv-1",
        "IOPOLE",
        "pf-9",
        "F-1",
        "552100554",
    )
    assert msg.received_at.ToDatetime(tzinfo=UTC) == datetime(2026, 9, 1, 8, 30, tzinfo=UTC)
    assert (msg.valid, msg.filename, msg.document_sha256) == (True, "F-1.xml", "ab" * 32)
