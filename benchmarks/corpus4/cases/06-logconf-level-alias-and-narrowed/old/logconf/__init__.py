from .config import Level, configure
