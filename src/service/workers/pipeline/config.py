"""Settings of the transmission pipeline (the DI container fills them from config.yml / env)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from domain.platform import DocumentProfile, DocumentSyntax
from service.workers.worker_pool import WorkerLimits

# DOCUMENT_FORMAT values -> what the platform receives. Factur-X EN 16931 is the B2B default; CII is the fast one.
DOCUMENT_FORMATS = {
    "facturx": (DocumentSyntax.FACTUR_X, DocumentProfile.CIUS),
    "cii": (DocumentSyntax.CII, DocumentProfile.CIUS),
    "ubl": (DocumentSyntax.UBL, DocumentProfile.CIUS),
}


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    document_format: str = "facturx"
    process_workers: int = 0  # render/validate processes; 0 = one per core
    concurrency: int = 16  # messages one dispatcher handles at once
    batch_size: int = 32  # rows claimed per query
    lease_s: float = 60.0  # must exceed the platform call timeout
    poll_interval_s: float = 2.0  # fallback when no notification arrives
    max_attempts: int = 8
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 300.0
    reconcile_grace_s: float = 30.0  # a platform's search may lag its upload: wait this long before resending
    directory_ttl_s: float = 3600.0
    stop_grace_s: float = 10.0
    platform_name: str = "sandbox"
    worker_limits: WorkerLimits = field(default_factory=WorkerLimits)  # of each render/validate process

    def __post_init__(self) -> None:
        if self.document_format not in DOCUMENT_FORMATS:
            raise ValueError(
                f"DOCUMENT_FORMAT must be one of {sorted(DOCUMENT_FORMATS)}, not {self.document_format!r}"
            )
        if self.concurrency < 1 or self.batch_size < 1 or self.max_attempts < 1:
            raise ValueError("concurrency, batch_size and max_attempts must be positive")

    @property
    def syntax(self) -> DocumentSyntax:
        return DOCUMENT_FORMATS[self.document_format][0]

    @property
    def profile(self) -> DocumentProfile:
        return DOCUMENT_FORMATS[self.document_format][1]

    @property
    def workers(self) -> int:
        return self.process_workers or os.cpu_count() or 1
