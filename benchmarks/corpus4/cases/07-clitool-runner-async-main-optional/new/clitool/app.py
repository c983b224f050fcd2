import asyncio
from typing import List, Optional

class Runner:
    def __init__(self, prog: str) -> None:
        self.prog = prog

    async def run(self, argv: List[str]) -> int:
        return 0

def main(argv: Optional[List[str]] = None) -> Optional[int]:
    code = asyncio.run(Runner("clitool").run(argv or []))
    return code or None
