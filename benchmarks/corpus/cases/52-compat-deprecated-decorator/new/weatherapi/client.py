from dataclasses import dataclass
from typing import List

from typing_extensions import deprecated


@dataclass
class Forecast:
    city: str
    temps: List[float]


class WeatherClient:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    def forecast(self, city: str, days: int = 3) -> Forecast:
        return Forecast(city, [20.0] * days)

    @deprecated("use forecast(city, days=1)")
    def current(self, city: str) -> float:
        return self.forecast(city, 1).temps[0]


@deprecated("LegacyClient is WeatherClient; use WeatherClient")
class LegacyClient(WeatherClient):
    pass


@deprecated("use WeatherClient(api_key).forecast(city)")
def get_forecast(city: str, api_key: str = "") -> Forecast:
    return WeatherClient(api_key).forecast(city)
