"""`pdp-gateway document render|parse|validate` on real files, and the facade inside a process pool."""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from adapters.documents import api
from adapters.documents.cli import EXIT_INVALID, EXIT_OK, EXIT_USAGE, main
from domain.serialization import invoice_from_dict, invoice_to_dict
from tests.document_examples import annex_b_full, annex_b_uc1


@pytest.fixture()
def invoice_json(tmp_path: Path) -> Path:
    path = tmp_path / "invoice.json"
    path.write_text(json.dumps(invoice_to_dict(annex_b_uc1())), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "profile"), [("cii", "extended-ctc-fr"), ("ubl", None), ("facturx", "basicwl")]
)
def test_render_then_validate_then_parse(
    invoice_json: Path, tmp_path: Path, fmt: str, profile: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"out.{fmt}"
    args = ["document", "render", str(invoice_json), "--format", fmt, "-o", str(out)]
    assert main(args + (["--profile", profile] if profile else [])) == EXIT_OK

    assert main(["document", "validate", "--json", str(out)]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True and report["artifacts"]

    assert main(["document", "parse", str(out)]) == EXIT_OK
    printed = capsys.readouterr()
    assert printed.err.startswith(f"{out}: {'FACTURX' if fmt == 'facturx' else fmt.upper()}, ")
    assert invoice_from_dict(json.loads(printed.out)).number == "F202500003"


def test_validate_exits_1_and_names_the_rule_when_a_fatal_rule_breaks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "invalid.xml"
    out.write_bytes(api.render(annex_b_full(), "UBL").content)  # BT-29 without scheme: BR-FR-CO-10

    assert main(["document", "validate", str(out)]) == EXIT_INVALID
    assert "BR-FR-CO-10" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path: Path, invoice_json: Path) -> None:
    (tmp_path / "junk.xml").write_bytes(b"<nope/>")
    assert main(["document", "parse", str(tmp_path / "junk.xml")]) == EXIT_USAGE
    assert main(["document", "parse", str(tmp_path / "missing.xml")]) == EXIT_USAGE
    assert (
        main(
            [
                "document",
                "render",
                str(invoice_json),
                "--format",
                "facturx",
                "--profile",
                "extended-ctc-fr",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == EXIT_USAGE
    )


def test_render_and_parse_run_in_a_process_pool() -> None:
    invoice = annex_b_full()
    with ProcessPoolExecutor(max_workers=2) as pool:
        documents = list(pool.map(api.render, [invoice] * 3, ["CII", "UBL", "FACTURX"]))
        parsed = list(pool.map(api.parse, [d.content for d in documents]))
    assert [p.invoice for p in parsed] == [invoice] * 3


def test_render_in_basic_wl_says_on_stderr_what_it_leaves_out(
    invoice_json: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    args = ["document", "render", str(invoice_json), "--format", "facturx", "-o", str(out)]

    assert main([*args, "--profile", "basicwl"]) == EXIT_OK
    lines = capsys.readouterr().err.splitlines()
    assert f"{out}: BG-25: BG-25 (1 line) is left out: the BASICWL profile has no room for it" in lines

    assert main([*args, "--profile", "en16931"]) == EXIT_OK
    assert "left out" not in capsys.readouterr().err
