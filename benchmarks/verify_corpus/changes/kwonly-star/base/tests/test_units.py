import pytest

from unitconv.units import UnknownUnit, dimension_of


def test_dimension_of():
    assert dimension_of("ft") == "length"
    assert dimension_of("oz") == "mass"


def test_unknown_unit():
    with pytest.raises(UnknownUnit):
        dimension_of("furlong")
