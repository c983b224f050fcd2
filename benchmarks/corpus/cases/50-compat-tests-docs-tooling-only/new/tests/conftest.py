import pytest


@pytest.fixture
def sizes():
    return [0, 1, 1024, 1024**2]
