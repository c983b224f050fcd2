import cmath
from typing import List, Sequence


def fft(a: Sequence[complex]) -> List[complex]:
    n = len(a)
    return [sum(a[k] * cmath.exp(-2j * cmath.pi * k * m / n) for k in range(n)) for m in range(n)]
