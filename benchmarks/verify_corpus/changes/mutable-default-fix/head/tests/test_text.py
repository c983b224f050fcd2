from taglib import normalise


def test_normalise_spaces_and_case():
    assert normalise("  Big  Data ") == "big-data"


def test_normalise_underscores():
    assert normalise("machine_learning") == "machine-learning"
