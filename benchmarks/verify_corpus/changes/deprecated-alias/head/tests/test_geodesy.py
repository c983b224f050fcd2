import pytest

from geokit import distance_km, km_between


def test_distance_km_paris_london():
    assert distance_km((48.8566, 2.3522), (51.5074, -0.1278)) == pytest.approx(343.5, abs=1)


def test_km_between_is_a_deprecated_alias():
    with pytest.deprecated_call():
        assert km_between((0, 0), (0, 1)) == distance_km((0, 0), (0, 1))


def test_distance_module_still_importable():
    import importlib
    import sys

    sys.modules.pop("geokit.distance", None)
    with pytest.deprecated_call():
        module = importlib.import_module("geokit.distance")
    assert module.km_between is km_between
