"""The gateway's configuration: config.yml, its embedded defaults, with the environment interpolated into it.

The container reads it through `configuration()`, and so does a command that needs one setting without building
the container (its imports and providers are the whole service's).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from dependency_injector import providers

from adapters.setting_rules import BadSetting

CONFIG_FILE = Path(__file__).with_name("config.yml")
# A value is put into config.yml's text as is, inside a double-quoted YAML string, before the file is parsed: one of
# these characters would end the string, start an escape or be refused by the parser, with a traceback that quotes
# the line, a secret included.
_UNCARRIED = re.compile(r'["\\\x00-\x1f\x7f-\x9f]')
_MARKER = re.compile(r"\$\{(\w+)")


def configuration() -> providers.Configuration:
    """config.yml as a Configuration provider. Strict: a key the file lacks is an error, never None. The file is read,
    with `${VAR:default}` filled from the environment, when a container holding it is made, or by `load()`."""
    return providers.Configuration(yaml_files=[CONFIG_FILE], strict=True)


def read_configuration() -> providers.Configuration:
    """The configuration as a container made now would see it. BadSetting (its value not shown) for a variable whose
    value config.yml's text cannot carry."""
    for variable in dict.fromkeys(_MARKER.findall(CONFIG_FILE.read_text(encoding="utf-8"))):
        if _UNCARRIED.search(os.environ.get(variable, "")):
            raise BadSetting(
                f"{variable} must not hold a double quote, a backslash or a control character (value not shown)"
            )
    config = configuration()
    config.load()
    return config
