from typing import Literal
from .types import CreateParams

def create_bucket(params: CreateParams, tier: Literal["free", "pro", "enterprise"] = "free") -> str:
    return params["name"]
