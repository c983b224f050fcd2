"""A friendly command line HTTP client."""
__version__ = "3.3.0"
