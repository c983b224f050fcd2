from typing import List, TypedDict
from typing import NotRequired

class CreateParams(TypedDict):
    name: str
    region: str
    tags: NotRequired[List[str]]
