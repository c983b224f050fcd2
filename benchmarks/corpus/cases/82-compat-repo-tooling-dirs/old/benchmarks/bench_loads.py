import timeit

from tomlite import loads

DOC = "\n".join(f"key{i} = {i}" for i in range(1000))


def run(number=100):
    return timeit.timeit(lambda: loads(DOC), number=number)
