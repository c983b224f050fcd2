from .client import Forecast, LegacyClient, WeatherClient, get_forecast

__all__ = ["Forecast", "LegacyClient", "WeatherClient", "get_forecast"]
