import pytest


@pytest.fixture
def sample():
    return "a = 1"
