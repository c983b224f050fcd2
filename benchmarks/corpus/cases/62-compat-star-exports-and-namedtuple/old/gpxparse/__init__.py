from .model import *
from .reader import *
