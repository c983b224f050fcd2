import pytest


@pytest.fixture
def empty_doc():
    return {}
