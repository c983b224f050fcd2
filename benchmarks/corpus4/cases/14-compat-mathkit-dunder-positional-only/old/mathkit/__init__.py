from .vector import Vector, dot
