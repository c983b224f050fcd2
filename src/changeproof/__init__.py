"""changeproof: does a change keep a Python system stable, and if not, exactly what does it break?"""

__version__ = "0.1.0"
