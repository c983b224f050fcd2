def rotate(points: list[tuple[float, float]], degrees: float) -> list[tuple[float, float]]:
    return points


def scale(points: list[tuple[float, float]], factor: float) -> list[tuple[float, float]]:
    return [(x * factor, y * factor) for x, y in points]
