from .engine import Engine, create_engine

__version__ = "1.4.0"
__all__ = ["Engine", "create_engine"]
