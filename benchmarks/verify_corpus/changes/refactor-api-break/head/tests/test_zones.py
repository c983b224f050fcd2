from shipwire import zone_for


def test_known_zone():
    assert zone_for("us") == 3


def test_unknown_zone():
    assert zone_for("ZZ") == 5
