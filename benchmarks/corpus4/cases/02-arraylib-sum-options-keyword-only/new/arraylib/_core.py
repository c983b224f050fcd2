def sum(a, axis=None, *, dtype=None, out=None, keepdims=False):
    return 0

def mean(a, axis=None, dtype=None, *, where=True):
    return 0.0
