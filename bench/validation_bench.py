"""Cost of the official validation layers on the 10-line fixture invoices (and the CDAR status), one core.

Run from the repository root: `python -m bench.validation_bench` (with `src` importable, e.g. `PYTHONPATH=src`),
or `python -m bench validation_bench`. `run()` prints the figures (`measure()` returns them); the process is pinned to one
core while measuring. Figures are medians in milliseconds; docs/s per core = 1000 / full-validation median.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from lxml import etree

from adapters.documents.validation import OfficialValidator
from adapters.documents.validation.artifacts import VENDORED_ARTIFACTS, WHEEL_ARTIFACTS
from adapters.documents.validation.engine import SAFE_PARSER, engine
from adapters.documents.validation.svrl import findings_from_svrl
from adapters.documents.validation.validator import CDAR_LAYERS, Layer, invoice_layers
from bench.documents_bench import one_core

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "documents"
DOCUMENTS = {
    "CII 10 lines": ("cii_invoice_fr_b2b_goods_10_lines.xml", "CII"),
    "UBL 10 lines": ("ubl_invoice_fr_b2b_goods_10_lines.xml", "UBL"),
    "CDAR 212": ("cdar_status_212_encaissee.xml", "CDAR"),
}
ROUNDS = 60
WARMUP = 5


def _ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def _timed(fn, rounds: int = ROUNDS) -> list[float]:
    for _ in range(WARMUP):
        fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _compile_all(validator: OfficialValidator) -> dict[str, float]:
    runtime = engine()
    compile_ms: dict[str, float] = {}
    for key in (*WHEEL_ARTIFACTS, *VENDORED_ARTIFACTS):
        start = time.perf_counter()
        artifact = validator.catalog.resolve(key)  # includes the integrity check (sha256) of vendored files
        if artifact.kind == "xsd":
            runtime.load_schema(artifact.path)
        else:
            runtime.compile_stylesheet(artifact.path)
        compile_ms[artifact.name] = round((time.perf_counter() - start) * 1000, 1)
    return compile_ms


def _layer_costs(validator: OfficialValidator, xml: bytes, layers: list[Layer]) -> dict[str, float]:
    runtime = engine()
    document = etree.ElementTree(etree.fromstring(xml, SAFE_PARSER))
    text = etree.tostring(document.getroot(), encoding="unicode")
    node = runtime.parse(text)
    costs: dict[str, float] = {"saxon parse (once per document)": _ms(_timed(lambda: runtime.parse(text)))}
    for layer in layers:
        artifact = validator.catalog.resolve(layer.artifact)
        if artifact.kind == "xsd":
            costs[f"{layer.name} ({artifact.name})"] = _ms(
                _timed(lambda a=artifact: runtime.schema_errors(a.path, document))
            )
        else:
            costs[f"{layer.name} ({artifact.name})"] = _ms(
                _timed(
                    lambda a=artifact, n=layer.name: findings_from_svrl(runtime.transform(a.path, node), n)
                )
            )
    return costs


def run() -> None:
    """Print the figures (`python -m bench` prints nothing else for this module); `measure()` returns them."""
    with one_core():
        figures = measure()
    _print(figures)


def _print(figures: dict) -> None:
    print(
        f"SaxonC {figures['saxon']}: start {figures['saxon_startup_ms']} ms, "
        f"compile every artifact {figures['compile_total_ms']} ms; {figures['rounds']} rounds, one core"
    )
    for name, ms in figures["compile_ms"].items():
        print(f"  compile {name:<58} {ms:8.1f} ms")
    for label, result in figures["documents"].items():
        print(
            f"{label} ({result['bytes']} bytes): full validation {result['full_ms']} ms, "
            f"{result['docs_per_s_per_core']} docs/s per core"
        )
        for layer, ms in result["layers_ms"].items():
            print(f"  {layer:<66} {ms:8.2f} ms")


def measure() -> dict:
    validator = OfficialValidator()
    start = time.perf_counter()
    engine()
    startup_ms = round((time.perf_counter() - start) * 1000, 1)
    compile_ms = _compile_all(validator)
    results: dict[str, dict] = {}
    for label, (name, syntax) in DOCUMENTS.items():
        xml = (FIXTURES / name).read_bytes()
        report = validator.validate(xml, syntax=syntax)
        assert report.valid, (label, report.errors, report.fatal)
        root_tag = etree.fromstring(xml, SAFE_PARSER).tag
        layers = CDAR_LAYERS if syntax == "CDAR" else invoice_layers(syntax, "EN16931", True, root_tag)
        full = _ms(_timed(lambda x=xml, s=syntax: validator.validate(x, syntax=s)))
        results[label] = {
            "bytes": len(xml),
            "layers_ms": _layer_costs(validator, xml, layers),
            "full_ms": full,
            "docs_per_s_per_core": round(1000 / full, 1) if full else None,
        }
    return {
        "saxon": engine().saxon_version,
        "saxon_startup_ms": startup_ms,
        "compile_ms": compile_ms,
        "compile_total_ms": round(sum(compile_ms.values()), 1),
        "rounds": ROUNDS,
        "documents": results,
    }


if __name__ == "__main__":
    run()
