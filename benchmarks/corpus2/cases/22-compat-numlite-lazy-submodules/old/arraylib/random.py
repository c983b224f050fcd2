import random as _random
from typing import List, Optional


def rand(n: int, seed: Optional[int] = None) -> List[float]:
    rng = _random.Random(seed)
    return [rng.random() for _ in range(n)]
