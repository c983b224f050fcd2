import enum
from dataclasses import dataclass


class Speed(enum.IntEnum):
    ECONOMY = 0
    STANDARD = 1
    EXPRESS = 2


@dataclass
class Parcel:
    weight_kg: float
    speed: Speed = Speed.STANDARD
    insured: bool = False

    def cost(self) -> float:
        return self.weight_kg * (1 + int(self.speed)) * (1.1 if self.insured else 1.0)
