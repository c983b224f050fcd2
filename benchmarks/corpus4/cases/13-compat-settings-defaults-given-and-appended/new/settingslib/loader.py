from typing import Optional

class Settings:
    def __init__(self, env_prefix: str = "", case_sensitive: bool = False, env_nested_delimiter: Optional[str] = None) -> None:
        self.env_prefix = env_prefix
        self.case_sensitive = case_sensitive
        self.env_nested_delimiter = env_nested_delimiter

    def reload(self) -> None:
        pass

def load_settings(path: str = "settings.toml", env: Optional[str] = None, *, encoding: str = "utf-8") -> Settings:
    return Settings("APP_")
