def generate(n=10):
    return [f"k{i} = {i}" for i in range(n)]
