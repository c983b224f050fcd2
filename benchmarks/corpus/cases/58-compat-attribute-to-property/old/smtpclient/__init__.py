from .client import SMTP, resolve_mx

__all__ = ["SMTP", "resolve_mx"]
