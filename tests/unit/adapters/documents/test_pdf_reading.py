"""A Factur-X is read within limits: bombs, encryption, truncation and damage are refused, each naming its rule."""

from __future__ import annotations

import resource
from io import BytesIO

import pikepdf
import pytest

from adapters.documents.api import parse
from adapters.documents.checking import check_document
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.limits import DocumentTooLarge, ReadingLimits, TooManyObjects
from adapters.documents.pdf_reading import DamagedPdf, EncryptedPdf, name_tree
from domain.document_formats import DocumentError
from domain.findings import Severity
from tests.support import hostile_pdfs as hostile

MiB = 1 << 20


def _refusal(content: bytes, limits: ReadingLimits | None = None) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        extract_xml(content, limits) if limits else extract_xml(content)
    return caught.value


def test_a_two_gigabyte_compression_bomb_is_refused_at_the_stream_cap_without_growing_memory():
    bomb = hostile.compression_bomb(2 * hostile.GiB)
    assert len(bomb) < 100_000
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    error = _refusal(bomb)
    assert isinstance(error, DocumentTooLarge) and error.rule_id == "PDP-DOC-SIZE"
    assert "factur-x.xml" in str(error) and "33,554,432" in str(error)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kib < 200 * 1024  # the cap is 32 MiB: decoding stopped there, far from 2 GB


def test_the_cap_applies_to_each_layer_of_a_small_bomb():
    error = _refusal(hostile.compression_bomb(8 * MiB), ReadingLimits(max_stream_bytes=MiB))
    assert isinstance(error, DocumentTooLarge) and "1,048,576" in str(error)


def test_an_attachment_declaring_a_size_beyond_the_cap_is_refused_before_decompressing():
    error = _refusal(hostile.facturx_pdf(), ReadingLimits(max_stream_bytes=1000))  # /Params /Size is 5,606
    assert isinstance(error, DocumentTooLarge)


def test_an_object_stream_bomb_is_refused_before_qpdf_decodes_it():
    error = _refusal(hostile.object_stream_bomb(8 * MiB), ReadingLimits(max_stream_bytes=MiB))
    assert isinstance(error, DocumentTooLarge) and "object stream 1" in str(error)


def test_a_pdf_with_more_objects_than_the_limit_is_refused():
    error = _refusal(hostile.facturx_pdf(), ReadingLimits(max_objects=10))
    assert isinstance(error, TooManyObjects) and error.rule_id == "PDP-DOC-OBJECTS"


def test_a_factur_x_packed_in_object_streams_is_read():
    with pikepdf.open(BytesIO(hostile.facturx_pdf())) as pdf:
        out = BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    xml, name, level, in_order = extract_xml(out.getvalue())
    assert name == "factur-x.xml" and level == "EN 16931" and b"CrossIndustryInvoice" in xml and in_order


@pytest.mark.parametrize("user_password", ["", "secret"], ids=["owner-password", "user-password"])
def test_an_encrypted_pdf_is_refused(user_password: str):
    error = _refusal(hostile.encrypted(user_password=user_password))
    assert isinstance(error, EncryptedPdf) and error.rule_id == "PDP-PDF-ENCRYPTED"


@pytest.mark.parametrize(
    "damaged",
    [
        lambda: hostile.truncated(0.5),
        lambda: hostile.truncated(0.99),
        hostile.corrupted_startxref,
        hostile.corrupted_xref_entry,
        hostile.wrong_stream_length,
        hostile.garbled_attachment,
    ],
    ids=["truncated-half", "truncated-tail", "startxref", "xref-entry", "stream-length", "garbled-stream"],
)
def test_a_damaged_or_truncated_pdf_is_refused_as_damaged(damaged):
    error = _refusal(damaged())
    assert isinstance(error, DamagedPdf) and error.rule_id == "PDP-PDF-DAMAGED"
    assert "BytesIO" not in str(error)  # qpdf's name for the input is noise to a client


def test_parse_and_check_refuse_what_the_reader_refuses():
    with pytest.raises(DamagedPdf):
        parse(hostile.corrupted_xref_entry())
    with pytest.raises(EncryptedPdf):
        check_document(hostile.encrypted(user_password=""))


@pytest.mark.parametrize("split", [False, True], ids=["one-leaf", "two-leaves-with-lying-limits"])
def test_a_factur_x_whose_attachment_name_tree_is_unsorted_is_read_with_a_warning_naming_the_defect(
    split: bool,
):
    content = hostile.unsorted_attachments(split=split)
    parsed = parse(content)
    assert parsed.invoice.number == parse(hostile.facturx_pdf()).invoice.number
    (defect,) = [f for f in parsed.unmapped if f.rule_id == "PDP-PDF-UNSORTED-NAMES"]
    assert defect.severity is Severity.WARNING and defect.location == "/Root/Names/EmbeddedFiles"
    assert "not sorted" in defect.message and "BytesIO" not in defect.message
    report = check_document(content).report
    assert report.valid and "PDP-PDF-UNSORTED-NAMES" in {f.rule_id for f in report.findings}


def test_only_the_unsorted_name_tree_is_tolerated_any_other_qpdf_warning_beside_it_is_still_a_refusal():
    error = _refusal(hostile.wrong_stream_length(hostile.unsorted_attachments()))
    assert isinstance(error, DamagedPdf) and error.rule_id == "PDP-PDF-DAMAGED"


def test_a_name_tree_that_loops_nests_too_deep_or_names_a_key_twice_is_refused_as_damaged():
    pdf = pikepdf.new()
    looping = pdf.make_indirect(pikepdf.Dictionary(Names=[]))
    looping.Kids = [looping]
    deep = pikepdf.Dictionary(Names=["a", 1])
    for _ in range(40):
        deep = pikepdf.Dictionary(Kids=[deep])
    twice = pikepdf.Dictionary(Kids=[pikepdf.Dictionary(Names=["a", 1]), pikepdf.Dictionary(Names=["a", 2])])
    for tree, why in [
        (looping, "loops"),
        (deep, "deeper"),
        (twice, "twice"),
        (pikepdf.Array(), "not a dict"),
    ]:
        with pytest.raises(DamagedPdf, match=why):
            name_tree(tree)
    assert name_tree(pikepdf.Dictionary(Kids=[pikepdf.Dictionary(Names=["b", 1, "a", 2])])) == (
        {"b": 1, "a": 2},
        False,
    )
