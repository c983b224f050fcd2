from .api import get, Response
