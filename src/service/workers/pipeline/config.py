"""Settings of the transmission pipeline (the DI container fills them from config.yml / env)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from domain.platform import DOCUMENT_FORMATS, DocumentProfile, DocumentSyntax
from service.workers.relay import RelaySettings
from service.workers.worker_pool import WorkerLimits


@dataclass(frozen=True, slots=True)
class PipelineConfig(RelaySettings):
    """The outbox relay's settings (the dispatcher runs on them as they are) and the pipeline's own."""

    document_format: str = "facturx"
    process_workers: int = 0  # render/validate processes; 0 = one per core
    reconcile_grace_s: float = 30.0  # a platform's search may lag its upload: wait this long before resending
    directory_ttl_s: float = 3600.0
    worker_limits: WorkerLimits = field(default_factory=WorkerLimits)  # of each render/validate process

    def __post_init__(self) -> None:
        super(PipelineConfig, self).__post_init__()  # the relay's bounds (slots: no zero-argument super)
        if self.document_format not in DOCUMENT_FORMATS:
            raise ValueError(
                f"DOCUMENT_FORMAT must be one of {sorted(DOCUMENT_FORMATS)}, not {self.document_format!r}"
            )

    @property
    def syntax(self) -> DocumentSyntax:
        return DOCUMENT_FORMATS[self.document_format][0]

    @property
    def profile(self) -> DocumentProfile:
        return DOCUMENT_FORMATS[self.document_format][1]

    @property
    def workers(self) -> int:
        return self.process_workers or os.cpu_count() or 1
