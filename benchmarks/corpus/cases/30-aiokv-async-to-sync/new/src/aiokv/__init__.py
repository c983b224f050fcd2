from .client import Client, Pipeline, connect

__all__ = ["Client", "Pipeline", "connect"]
