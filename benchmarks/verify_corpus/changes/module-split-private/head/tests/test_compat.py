import unitconv
import unitconv.convert


def test_convert_module_keeps_every_name():
    for name in unitconv.__all__:
        assert getattr(unitconv.convert, name) is getattr(unitconv, name)


def test_freezing_point():
    assert unitconv.celsius_to_fahrenheit(0) == 32
    assert unitconv.fahrenheit_to_celsius(32) == 0
