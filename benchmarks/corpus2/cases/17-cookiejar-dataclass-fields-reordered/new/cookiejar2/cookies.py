from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, List, Optional, Tuple


@dataclass(frozen=True)
class CookieKey:
    domain: Optional[str]
    path: str
    name: str


@dataclass
class Cookie:
    name: str
    value: str
    path: str = "/"
    domain: Optional[str] = None
    secure: bool = False
    expires: Optional[datetime] = None
    http_only: bool = False

    def is_expired(self, now: Optional[datetime] = None) -> bool:
        return self.expires is not None and self.expires <= (now or datetime.now())

    def key(self) -> CookieKey:
        return CookieKey(self.domain, self.path, self.name)


@dataclass(frozen=True)
class CookiePolicy:
    allowed_domains: Optional[Tuple[str, ...]] = None
    strict_ns_domain: bool = False

    def allows(self, domain: str) -> bool:
        return self.allowed_domains is None or domain in self.allowed_domains


@dataclass
class CookieJar:
    cookies: Dict[CookieKey, Cookie] = field(default_factory=dict)
    policy: CookiePolicy = field(default_factory=CookiePolicy)

    def set(self, cookie: Cookie) -> None:
        self.cookies[cookie.key()] = cookie

    def for_domain(self, domain: str) -> List[Cookie]:
        return [c for k, c in self.cookies.items() if k.domain in (None, domain)]
