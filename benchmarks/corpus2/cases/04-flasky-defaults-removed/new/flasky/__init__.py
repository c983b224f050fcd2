from .app import Flasky
from .blueprints import Blueprint
from .helpers import abort, send_file, url_for

__all__ = ["Flasky", "Blueprint", "abort", "send_file", "url_for"]
