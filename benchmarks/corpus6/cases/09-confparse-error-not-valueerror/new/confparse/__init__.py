class ConfigError(Exception):
    pass


class ParseError(ConfigError):
    pass


class MissingKey(ConfigError, LookupError):
    pass
