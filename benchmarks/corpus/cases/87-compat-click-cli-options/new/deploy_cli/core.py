from typing import List


def deploy(target: str, services: List[str], dry_run: bool = False) -> List[str]:
    return [f"{'would deploy' if dry_run else 'deployed'} {s} to {target}" for s in services]
