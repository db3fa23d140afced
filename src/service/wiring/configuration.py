"""The gateway's configuration: config.yml, its embedded defaults, with the environment interpolated into it.

The container reads it through `configuration()`, and so does a command that needs one setting without building
the container (its imports and providers are the whole service's).
"""

from __future__ import annotations

from pathlib import Path

from dependency_injector import providers

CONFIG_FILE = Path(__file__).with_name("config.yml")


def configuration() -> providers.Configuration:
    """config.yml as a Configuration provider. Strict: a key the file lacks is an error, never None. The file is read,
    with `${VAR:default}` filled from the environment, when a container holding it is made, or by `load()`."""
    return providers.Configuration(yaml_files=[CONFIG_FILE], strict=True)


def read_configuration() -> providers.Configuration:
    """The configuration as a container made now would see it."""
    config = configuration()
    config.load()
    return config
