from typing import List, Optional
from ._instrument import atimed, timed

@timed
def get_item(item_id: int, q: Optional[str] = None) -> dict:
    return {"id": item_id, "q": q}

@atimed
async def list_items(skip: int = 0, limit: int = 10) -> List[dict]:
    return []
