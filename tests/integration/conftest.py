from tests.support.database import *  # noqa: F403 - pytest finds fixtures by name
