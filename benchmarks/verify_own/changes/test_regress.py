"""A behaviour change that breaks an existing test, with a new failing test; the API is unchanged."""

TESTS = True

BASE = {
    "pyproject.toml": '''[project]
name = "pricing"
version = "1.1.0"
requires-python = ">=3.10"
''',
    "pricing/__init__.py": "from pricing.discount import apply_discount\n",
    "pricing/discount.py": '''def apply_discount(price: float, percent: float) -> float:
    """price minus percent %, rounded to cents."""
    return round(price * (1 - percent / 100), 2)
''',
    "tests/test_discount.py": '''from pricing import apply_discount


def test_ten_percent():
    assert apply_discount(100.0, 10) == 90.0


def test_zero():
    assert apply_discount(50.0, 0) == 50.0


def test_rounding():
    assert apply_discount(9.99, 15) == 8.49


def test_full():
    assert apply_discount(20.0, 100) == 0.0
''',
}

HEAD = {
    "pricing/discount.py": '''def apply_discount(price: float, percent: float) -> float:
    """price minus percent % (at most 50 %), rounded to cents."""
    percent = min(percent, 50)
    return round(price * (1 - percent / 100), 2)
''',
    "tests/test_discount.py": BASE["tests/test_discount.py"] + '''

def test_cap_is_sixty():
    assert apply_discount(100.0, 80) == 40.0
''',
}
