def sum(a, axis=None, dtype=None, out=None):
    return 0

def mean(a, axis=None, dtype=None):
    return 0.0
