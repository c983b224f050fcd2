from .cookies import Cookie, CookieJar, CookieKey, CookiePolicy

__all__ = ["Cookie", "CookieJar", "CookieKey", "CookiePolicy"]
