from .model import Parcel, Speed

__all__ = ["Parcel", "Speed"]
