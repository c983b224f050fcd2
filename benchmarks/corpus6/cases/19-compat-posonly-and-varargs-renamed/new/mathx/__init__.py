def clamp(value: float, low: float, high: float, /) -> float:
    return max(low, min(high, value))


def total(*values: float) -> float:
    return sum(values)
