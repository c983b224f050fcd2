import pytest

from paycalc import average_cents, split_cents, total_cents


def test_total_of_several():
    assert total_cents(100, 250, 5) == 355


def test_average_rounds_down():
    assert average_cents([100, 101]) == 100


def test_split_is_fair():
    assert split_cents(1000, 3) == [334, 333, 333]


def test_split_rejects_zero_parts():
    with pytest.raises(ValueError):
        split_cents(1000, 0)
