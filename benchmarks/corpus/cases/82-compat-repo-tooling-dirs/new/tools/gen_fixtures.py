def generate_documents(n: int, seed: int) -> list:
    return [f"k{i} = {i * seed}" for i in range(n)]
