"""Generate the gRPC stubs from proto/ into src/pdpgateway/v1, or check that the committed ones are current.

Stubs are committed (as in grpc's examples) so that the service runs without grpcio-tools; `--check` regenerates
into a temporary folder and compares, so a proto edit without `make proto` fails the test run.
"""

from __future__ import annotations

import filecmp
import re
import sys
import tempfile
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTO_DIR = ROOT / "proto"
OUT_DIR = ROOT / "src"
GENERATED = OUT_DIR / "pdpgateway" / "v1"
GRPC_FLOOR = "1.85.0"  # the lowest grpcio that pyproject.toml allows


def _generate(out: Path) -> None:
    protos = sorted(str(p.relative_to(PROTO_DIR)) for p in (PROTO_DIR / "pdpgateway" / "v1").glob("*.proto"))
    (out / "pdpgateway" / "v1").mkdir(parents=True, exist_ok=True)
    if not protos:
        return
    include = str(Path(protoc.__file__).parent / "_proto")
    args = [
        "protoc",
        f"-I{PROTO_DIR}",
        f"-I{include}",
        f"--python_out={out}",
        f"--pyi_out={out}",
        f"--grpc_python_out={out}",
        *protos,
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    # grpc_tools stamps the installed grpcio's patch version into every *_grpc.py; a fresh install picks the newest
    # patch, so the stamp is set to the floor that pyproject.toml allows: the stubs stay the same on every machine.
    for stub in (out / "pdpgateway" / "v1").glob("*_pb2_grpc.py"):
        text = re.sub(
            r"GRPC_GENERATED_VERSION = '[^']*'", f"GRPC_GENERATED_VERSION = '{GRPC_FLOOR}'", stub.read_text()
        )
        stub.write_text(text)
    for pkg in (out / "pdpgateway", out / "pdpgateway" / "v1"):
        (pkg / "__init__.py").touch()


def main() -> int:
    if "--check" not in sys.argv:
        _generate(OUT_DIR)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        _generate(Path(tmp))
        fresh = Path(tmp) / "pdpgateway" / "v1"
        names = sorted(p.name for p in fresh.glob("*_pb2*.py*"))
        committed = sorted(p.name for p in GENERATED.glob("*_pb2*.py*"))
        stale = [
            n
            for n in names
            if not (GENERATED / n).exists() or not filecmp.cmp(fresh / n, GENERATED / n, shallow=False)
        ]
        extra = sorted(set(committed) - set(names))
        if stale or extra:
            print(f"generated stubs are stale: {stale + extra}; run `make proto`", file=sys.stderr)
            return 1
    print("generated stubs are current")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
