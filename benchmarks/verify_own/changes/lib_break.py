"""A client library: a public function removed, a parameter renamed, a dependency added; version not bumped."""

TESTS = True

BASE = {
    "pyproject.toml": '''[project]
name = "weatherkit"
version = "0.9.0"
requires-python = ">=3.10"
dependencies = ["httpx>=0.25"]

[project.optional-dependencies]
dev = ["pytest>=7"]
''',
    "weatherkit/__init__.py": '''from weatherkit.client import Client, fetch_forecast, fetch_current

__all__ = ["Client", "fetch_forecast", "fetch_current"]
''',
    "weatherkit/client.py": '''"""HTTP client for the weather API."""
DEFAULT_TIMEOUT = 10.0


class Client:
    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.base_url = base_url
        self.timeout = timeout

    def get(self, path: str, params: dict | None = None) -> dict:
        import httpx

        response = httpx.get(self.base_url + path, params=params, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        pass


def fetch_forecast(client: Client, city: str, days: int = 3) -> dict:
    return client.get("/forecast", {"city": city, "days": days})


def fetch_current(client: Client, city: str) -> dict:
    return client.get("/current", {"city": city})
''',
    "tests/test_client.py": '''from weatherkit import Client


def test_client_keeps_base_url():
    assert Client("http://x").base_url == "http://x"


def test_default_timeout():
    assert Client("http://x").timeout == 10.0
''',
}

HEAD = {
    "pyproject.toml": '''[project]
name = "weatherkit"
version = "0.9.0"
requires-python = ">=3.10"
dependencies = ["httpx>=0.25", "tenacity>=8.2"]

[project.optional-dependencies]
dev = ["pytest>=7", "respx>=0.20"]
''',
    "weatherkit/__init__.py": '''from weatherkit.client import Client, fetch_forecast

__all__ = ["Client", "fetch_forecast"]
''',
    "weatherkit/client.py": '''"""HTTP client for the weather API."""
DEFAULT_TIMEOUT = 10.0


class Client:
    def __init__(self, base_url: str, timeout: float = DEFAULT_TIMEOUT, retries: int = 3) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.retries = retries

    def get(self, endpoint: str, params: dict | None = None) -> dict:
        import httpx
        from tenacity import retry, stop_after_attempt

        @retry(stop=stop_after_attempt(self.retries))
        def call() -> dict:
            response = httpx.get(self.base_url + endpoint, params=params, timeout=self.timeout)
            response.raise_for_status()
            return response.json()

        return call()

    def close(self) -> None:
        pass


def fetch_forecast(client: Client, city: str, days: int = 5) -> dict:
    return client.get("/forecast", {"city": city, "days": days})
''',
    "tests/test_client.py": '''from weatherkit import Client


def test_client_keeps_base_url():
    assert Client("http://x").base_url == "http://x"


def test_default_timeout():
    assert Client("http://x").timeout == 10.0


def test_retries_default():
    assert Client("http://x").retries == 3
''',
}
