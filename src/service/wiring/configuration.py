"""The gateway's configuration: config.yml, its embedded defaults, with the environment interpolated into it.

The container reads it through `configuration()`, and so does a command that needs one setting without building
the container (its imports and providers are the whole service's).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from dependency_injector import providers

CONFIG_FILE = Path(__file__).with_name("config.yml")
_MARKER = re.compile(r"\$\{(?P<name>\w+)(?::(?P<default>[^}]*))?\}")  # ${VAR} or ${VAR:default}


class _Configuration(providers.Configuration):
    """config.yml parsed first, then each `${VAR:default}` in its values filled from the environment: a value is
    carried as it is, whatever it holds. dependency-injector's own reading pastes the environment into the file's text
    before parsing it: a secret holding a double quote broke the file (with a traceback quoting the line, the secret
    included), and a backslash was read as an escape (another key)."""

    def from_yaml(
        self, filepath: Any, required: Any = None, loader: Any = None, envs_required: Any = None
    ) -> None:
        # the library's signature, as its `load()` calls it: the file is always there, nothing else is configurable
        text = Path(filepath).read_text(encoding="utf-8")
        self.from_dict(_filled(yaml.safe_load(text)))


def _filled(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _filled(item) for key, item in value.items()}
    if isinstance(value, str):
        return _MARKER.sub(lambda m: os.environ.get(m["name"], m["default"] or ""), value)
    return value


def configuration() -> providers.Configuration:
    """config.yml as a Configuration provider. Strict: a key the file lacks is an error, never None. The file is read,
    with `${VAR:default}` filled from the environment, when a container holding it is made, or by `load()`."""
    return _Configuration(yaml_files=[CONFIG_FILE], strict=True)


def read_configuration() -> providers.Configuration:
    """The configuration as a container made now would see it."""
    config = configuration()
    config.load()
    return config
