from typing import Optional

class Settings:
    def __init__(self, env_prefix: str, case_sensitive: bool = False) -> None:
        self.env_prefix = env_prefix
        self.case_sensitive = case_sensitive

def load_settings(path: str, env: Optional[str] = None) -> Settings:
    return Settings("APP_")
