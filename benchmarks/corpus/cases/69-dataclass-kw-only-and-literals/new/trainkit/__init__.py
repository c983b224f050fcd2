from .config import EarlyStopping, TrainConfig, fit

__all__ = ["EarlyStopping", "TrainConfig", "fit"]
