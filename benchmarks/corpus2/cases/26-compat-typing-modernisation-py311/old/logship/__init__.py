from .pipeline import JSONValue, Pipeline, Processor, fail, parse_level, route

__all__ = ["JSONValue", "Pipeline", "Processor", "fail", "parse_level", "route"]
