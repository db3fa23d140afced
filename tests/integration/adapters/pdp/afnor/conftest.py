from tests.support.afnor_fixtures import *  # noqa: F403 - pytest finds fixtures by name
