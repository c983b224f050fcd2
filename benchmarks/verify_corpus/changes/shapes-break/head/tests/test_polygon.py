from planar import unit_square


def test_unit_square_area():
    assert unit_square().area() == 1
