"""Why Factur-X EN16931 XML may be checked with the CEN CII schematron instead of the Factur-X EN16931 one.

The validator relies on this (module docstring of `validator.py`): same EN 16931 business rules by id, the
Factur-X-only rules being profile cardinalities (its XSD) and the same code lists. An artifact update that breaks
one of these facts fails here, and the choice has to be reconsidered.
"""

from __future__ import annotations

from functools import cache

from lxml import etree

from adapters.documents.validation.artifacts import ArtifactCatalog

XSL = "http://www.w3.org/1999/XSL/Transform"
SVRL = "http://purl.oclc.org/dsdl/svrl"

# Factur-X code list (id in FACTUR-X_EN16931_codedb.xml) -> the CEN rule checking the same business term.
SAME_CODE_LISTS = {
    "2": "BR-CL-01",  # invoice type code (BT-3)
    "28": "BR-CL-06",  # VAT point date code (BT-8)
    "14": "BR-CL-07",  # object identifier scheme (BT-18)
    "4": "BR-CL-08",  # invoice note subject code (BT-21)
    "16": "BR-CL-10",  # party identifier schemes
    "6": "BR-CL-13",  # item classification scheme (BT-158)
    "25": "BR-CL-16",  # payment means (BT-81)
    "11": "BR-CL-19",  # allowance reason code
    "12": "BR-CL-20",  # charge reason code
    "5": "BR-CL-21",  # item standard identifier scheme (BT-157)
    "26": "BR-CL-22",  # VAT exemption reason code (BT-121)
    "8": "BR-CL-23",  # unit of measure (BT-130, BT-150)
}
# The same lists in two releases (Factur-X 1.09.2 vs CEN 1.3.16): (only in Factur-X, only in CEN).
DRIFTED_CODE_LISTS = {
    ("24", "BR-CL-04"): ({"STN"}, {"STD"}),  # currency (BT-5)
    ("7", "BR-CL-14"): ({"SS"}, {"AN"}),  # country (BT-40, BT-55...)
    ("10", "BR-CL-17"): (set(), {"B"}),  # VAT category (BT-95...)
    ("15", "BR-CL-11"): (set(), {f"02{n}" for n in range(41, 49)}),  # registration schemes (BT-30...)
    ("17", "BR-CL-25"): (set(), {"0219", "0220"}),  # electronic address schemes (BT-34, BT-49)
}


@cache
def _stylesheet(key: str) -> etree._ElementTree:
    return etree.parse(str(ArtifactCatalog().resolve(key).path))


def _assertions(key: str) -> dict[str, etree._Element]:
    """Assertion id -> its svrl:failed-assert / svrl:successful-report template element."""
    found: dict[str, etree._Element] = {}
    for element in _stylesheet(key).iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        for attribute in element.iterfind(f"{{{XSL}}}attribute[@name='id']"):
            found[attribute.text.strip()] = element
    return found


def _business_rules(ids: set[str]) -> set[str]:
    return {i for i in ids if i.startswith("BR-") and not i.startswith("BR-CL-")}


def _flag(element: etree._Element) -> str:
    flag = element.find(f"{{{XSL}}}attribute[@name='flag']")
    return flag.text.strip() if flag is not None else ""


def _cen_code_list(rule: str) -> set[str]:
    test = _assertions("xslt-en16931-cii")[rule].get("test")
    literals = [part for index, part in enumerate(test.split("'")) if index % 2]
    return set(max(literals, key=len).split())


def _facturx_code_list(list_id: str) -> set[str]:
    root = ArtifactCatalog().resolve("xslt-facturx-en16931").path.with_name("FACTUR-X_EN16931_codedb.xml")
    code_list = etree.parse(str(root)).getroot().find(f"cl[@id='{list_id}']")
    return {e.get("value") for e in code_list.iter("enumeration")}


def test_both_schematrons_hold_the_same_en16931_business_rules() -> None:
    facturx = _business_rules(set(_assertions("xslt-facturx-en16931")))
    cen = _business_rules(set(_assertions("xslt-en16931-cii")))

    assert len(cen) > 150  # BR-xx, BR-CO, BR-DEC and every VAT category's rules
    assert facturx == cen, (sorted(facturx - cen), sorted(cen - facturx))


def test_what_only_the_factur_x_schematron_checks_is_profile_structure_or_a_warning() -> None:
    facturx = _assertions("xslt-facturx-en16931")
    only_facturx = set(facturx) - set(_assertions("xslt-en16931-cii"))

    structure = {i for i in only_facturx if i.startswith("FX-SCH-A-")}
    assert only_facturx - structure == {"PEPPOL-EN16931-R008"}
    assert _flag(facturx["PEPPOL-EN16931-R008"]) == "warning"
    for rule in structure:
        test = facturx[rule].get("test")
        # a cardinality, a required attribute, or a value looked up in the profile's code lists
        assert test.startswith(("count(", "@")) or "codedb" in test, (rule, test)


def test_the_factur_x_code_lists_are_the_cen_ones() -> None:
    for list_id, rule in SAME_CODE_LISTS.items():
        facturx, cen = _facturx_code_list(list_id), _cen_code_list(rule)
        assert facturx == cen, (list_id, rule, sorted(facturx - cen), sorted(cen - facturx))
    for (list_id, rule), (only_facturx, only_cen) in DRIFTED_CODE_LISTS.items():
        facturx, cen = _facturx_code_list(list_id), _cen_code_list(rule)
        assert (facturx - cen, cen - facturx) == (only_facturx, only_cen), (list_id, rule)
