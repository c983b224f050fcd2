from .protocol import JSONValue, Params, make_request, parse_response

__all__ = ["JSONValue", "Params", "make_request", "parse_response"]
