"""Small SQL toolkit."""
__version__ = "2.0.0"
