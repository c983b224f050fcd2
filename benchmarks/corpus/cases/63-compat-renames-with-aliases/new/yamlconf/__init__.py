from .client import ConfigClient, HTTPConfigClient
from .parser import load, load_file, read, read_file

__all__ = ["ConfigClient", "HTTPConfigClient", "load", "load_file", "read", "read_file"]
