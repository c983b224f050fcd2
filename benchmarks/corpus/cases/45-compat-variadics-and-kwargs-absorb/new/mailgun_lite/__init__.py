from .api import Mailer, format_address, log

__all__ = ["Mailer", "format_address", "log"]
