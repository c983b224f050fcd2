PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c"]


def cycle(n: int) -> list:
    return [PALETTE[i % len(PALETTE)] for i in range(n)]
