from .settings import ClientSettings


class Transport:
    def __init__(self, settings: ClientSettings | None = None) -> None:
        self.settings = settings or ClientSettings()

    def describe(self) -> str:
        s = self.settings
        return f"{s.base_url} timeout={s.timeout} retries={s.retries}"
