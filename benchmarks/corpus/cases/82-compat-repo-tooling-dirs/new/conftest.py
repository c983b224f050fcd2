import pytest


@pytest.fixture
def sample_document():
    return 'a = "1"'
