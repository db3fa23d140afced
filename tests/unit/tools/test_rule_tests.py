"""The rule unit tests' runner: each test's expectations against the gateway's report of its invoice."""

from __future__ import annotations

from pathlib import Path

from tools.rule_tests import main, run

_SET = """<testSet xmlns="http://difi.no/xsd/vefa/validator/1.0" configuration="tc434-ubl">
  <test id="1"><assert><error>BR-01</error></assert>
    <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
             xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <cbc:ID>1</cbc:ID></Invoice></test>
  <test id="2"><assert><success>BR-01</success></assert>
    <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
             xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID><cbc:ID>1</cbc:ID></Invoice></test>
  <test id="3"><assert><success>BR-02</success></assert>
    <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
             xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID></Invoice></test>
</testSet>"""


def test_each_expectation_is_checked_and_an_unmet_one_named(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "BR-01.xml").write_text(_SET, encoding="utf-8")
    (tmp_path / "not-a-test-set.xml").write_text("<Invoice/>", encoding="utf-8")

    counts, misses = run([tmp_path])

    assert (counts["tests"], counts["errors expected"], counts["successes expected"]) == (3, 1, 2)
    # test 3 is written wrong on purpose: an invoice without BT-1 breaks BR-02, which it says passes
    assert misses == ["BR-01.xml#3: BR-02 reported, its test expects it passed"]
    assert main([str(tmp_path)]) == 1
    assert "3 test invoices, 1 errors and 2 successes expected, 1 not met" in capsys.readouterr().out
