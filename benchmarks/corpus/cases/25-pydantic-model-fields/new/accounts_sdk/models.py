from datetime import datetime
from enum import Enum
from typing import Optional

from pydantic import BaseModel, Field


class Plan(str, Enum):
    FREE = "free"
    PRO = "pro"
    ENTERPRISE = "enterprise"


class Address(BaseModel):
    street: str
    city: str
    country: str = "US"
    postal_code: Optional[str] = None


class Account(BaseModel):
    id: int
    name: str
    email: str = ""
    plan: Plan = Plan.FREE
    addresses: list[Address] = Field(default_factory=list)
    created_at: datetime

    def display_name(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name
