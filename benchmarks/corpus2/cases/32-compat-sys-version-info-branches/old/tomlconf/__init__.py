from .config import Settings, batched, load, loads

__all__ = ["Settings", "batched", "load", "loads"]
