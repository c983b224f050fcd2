import enum


class Speed(enum.IntEnum):
    ECONOMY = enum.auto()
    STANDARD = enum.auto()
    EXPRESS = enum.auto()


class Parcel:
    def __init__(self, weight_kg: float, speed: Speed = Speed.STANDARD, insured: bool = False) -> None:
        self._weight_kg = weight_kg
        self.speed = speed
        self.insured = insured

    @property
    def weight_kg(self) -> float:
        """Weight is fixed once the parcel is created."""
        return self._weight_kg

    def cost(self) -> float:
        return self._weight_kg * int(self.speed) * (1.1 if self.insured else 1.0)
