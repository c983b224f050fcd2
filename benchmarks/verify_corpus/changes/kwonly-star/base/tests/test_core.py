import pytest

from unitconv import Converter, UnknownUnit, convert


def test_convert_length():
    assert convert(1, "km", "m") == 1000.0


def test_convert_precision_positional():
    assert convert(1, "in", "cm", 3) == 2.54


def test_converter_default_precision():
    assert Converter.DEFAULT_PRECISION == 2
    assert Converter("lb", "kg")(1) == 0.45


def test_mixed_dimensions_rejected():
    with pytest.raises(UnknownUnit):
        convert(1, "kg", "m")
