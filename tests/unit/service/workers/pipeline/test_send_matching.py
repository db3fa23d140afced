"""Which of the platform's records a reconciliation's search takes for our upload (send.matching): the platforms
search by number (IOPOLE has no hash search), so what comes back may hold another document of the same number
(an earlier upload it rejected, a corrected one); only our bytes, or a record whose hash the platform cannot
tell, bearing our number, are ours. Taking another's would mark the invoice SENT under a document it is not."""

from __future__ import annotations

from domain.platform import SubmissionRecord
from service.workers.pipeline.send import matching

OURS = "ab" * 32
OTHER = "cd" * 32


def record(platform_id: str, *, number: str = "F-1", sha256: str = "") -> SubmissionRecord:
    return SubmissionRecord(platform_id, None, number, sha256)


def test_another_document_of_the_same_number_is_not_ours() -> None:
    assert matching([record("P-1", sha256=OTHER)], OURS, "F-1") is None


def test_our_bytes_are_ours_whatever_the_case_of_the_hash_and_before_a_record_without_one() -> None:
    records = [record("P-1"), record("P-2", sha256=OTHER), record("P-3", sha256=OURS.upper())]
    assert matching(records, OURS, "F-1") == records[2]


def test_a_record_without_a_hash_is_ours_only_by_our_number() -> None:
    assert matching([record("P-1", number="F-2")], OURS, "F-1") is None
    assert matching([record("P-1", number="F-2"), record("P-2")], OURS, "F-1") == record("P-2")


def test_without_a_number_only_the_hash_tells() -> None:
    assert matching([record("P-1", number="")], OURS, "") is None
