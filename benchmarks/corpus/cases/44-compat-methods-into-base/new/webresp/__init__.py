from .responses import HTMLResponse, JSONResponse, PlainTextResponse

__all__ = ["HTMLResponse", "JSONResponse", "PlainTextResponse"]
