class ConfigError(Exception):
    pass


class ParseError(ConfigError, ValueError):
    pass


class MissingKey(ConfigError, KeyError):
    pass
