from .validators import is_valid_username, validate_email

__all__ = ["is_valid_username", "validate_email"]
