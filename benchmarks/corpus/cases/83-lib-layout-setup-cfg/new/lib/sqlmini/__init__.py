from .engine import Engine, create_engine

__version__ = "2.0.0"
__all__ = ["Engine", "create_engine"]
