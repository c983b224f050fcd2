import timeit

from tomlite import loads

DOC = "\n".join(f'key{i} = "{i}"' for i in range(5000))


def run(number: int, repeat: int) -> list:
    return timeit.repeat(lambda: loads(DOC), number=number, repeat=repeat)
