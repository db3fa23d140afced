"""The validator is used from process-pool workers: it pickles, and each worker builds its own Saxon engine."""

import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import pytest

from adapters.documents.validation import OfficialValidator, validate_document


def test_validator_pickles_after_use(validator: OfficialValidator, document: Callable[[str], bytes]) -> None:
    xml = document("cii_invoice_fr_b2b_services.xml")
    validator.validate(xml, syntax="CII")

    clone = pickle.loads(pickle.dumps(validator))

    assert clone.validate(xml, syntax="CII").valid


# Only "spawn": the service never forks (its process runs grpc and asyncio threads), and forking a pytest process
# that has run those threads can deadlock the child on an inherited lock.
@pytest.mark.parametrize("start_method", ["spawn"])
def test_workers_validate_documents(document: Callable[[str], bytes], start_method: str) -> None:
    validate_document(document("ubl_invoice_fr_b2b_services.xml"), syntax="UBL")
    jobs = [
        ("cii_invoice_fr_b2b_goods_10_lines.xml", "CII"),
        ("ubl_invoice_fr_b2b_goods_10_lines.xml", "UBL"),
        ("cdar_status_212_encaissee.xml", "CDAR"),
    ] * 2
    context = multiprocessing.get_context(start_method)

    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = [pool.submit(validate_document, document(name), syntax=syntax) for name, syntax in jobs]
        reports = [future.result(timeout=240) for future in futures]

    assert [r.valid for r in reports] == [True] * len(jobs)
    assert all(r.complete and r.artifacts for r in reports)


def test_warm_up_compiles_every_artifact_then_validation_reuses_them(
    document: Callable[[str], bytes],
) -> None:
    validator = OfficialValidator()
    validator.warm_up()

    # CII with a Factur-X profile goes to the Factur-X layers, whose schematron checks BT-24 against the profile.
    report = validator.validate(document("cii_invoice_fr_b2b_services.xml"), syntax="CII", profile="EXTENDED")

    assert report.complete
    assert [name for name, _ in report.artifacts][:2] == ["Factur-X_EXTENDED.xsd", "FACTUR-X_EXTENDED.xslt"]
    assert {f.rule_id for f in report.fatal} == {"FX-SCH-A-000636"}
