class ConfigError(Exception):
    pass


class MissingKeyError(ConfigError, KeyError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key
