import importlib
__all__ = ["Figure"]
def __getattr__(name):
    if name == "Figure":
        return importlib.import_module(".figure", __name__).Figure
    raise AttributeError(name)
