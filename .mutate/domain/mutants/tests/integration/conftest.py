from tests.support.database import *  # noqa: F403 - pytest finds fixtures by name
from tests.support.notifications import listening  # noqa: F401 - a fixture
