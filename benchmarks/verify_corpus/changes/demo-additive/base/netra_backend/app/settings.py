"""Service settings from the environment."""
import os

DATABASE_PATH = os.environ.get("NETRA_DATABASE_PATH", ":memory:")
MAX_CONNECTIONS = int(os.getenv("NETRA_MAX_CONNECTIONS", "100"))
