import pytest

from cronparse import expand_field


def test_star():
    assert expand_field("*", 0, 3) == [0, 1, 2, 3]


def test_list_and_range():
    assert expand_field("1,3-5", 0, 10) == [1, 3, 4, 5]


@pytest.mark.xfail(reason="steps on ranges are not supported yet", strict=False)
def test_step_on_range():
    assert expand_field("10-20/5", 0, 59) == [10, 15, 20]


def test_out_of_range():
    with pytest.raises(ValueError):
        expand_field("61", 0, 59)
