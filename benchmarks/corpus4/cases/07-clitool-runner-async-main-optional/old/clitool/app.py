from typing import List, Optional

class Runner:
    def __init__(self, prog: str) -> None:
        self.prog = prog

    def run(self, argv: List[str]) -> int:
        return 0

def main(argv: Optional[List[str]] = None) -> int:
    return Runner("clitool").run(argv or [])
