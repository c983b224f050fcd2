def to_metres(feet: float) -> float:
    return feet * 0.3048


class Length:
    def __init__(self, metres: float) -> None:
        self.metres = metres
