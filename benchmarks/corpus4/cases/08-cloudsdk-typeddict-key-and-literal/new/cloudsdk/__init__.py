from .types import CreateParams
from .resources import create_bucket
