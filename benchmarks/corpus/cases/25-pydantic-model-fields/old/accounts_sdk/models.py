from datetime import datetime
from enum import Enum
from typing import List, Optional

from pydantic import BaseModel, Field


class Plan(str, Enum):
    FREE = "free"
    PRO = "pro"
    ENTERPRISE = "enterprise"


class Address(BaseModel):
    street: str
    city: str
    country: str = "US"


class Account(BaseModel):
    id: int
    name: str
    email: Optional[str] = None
    plan: Plan = Plan.FREE
    addresses: List[Address] = Field(default_factory=list)
    legacy_id: Optional[str] = None

    def display_name(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name
