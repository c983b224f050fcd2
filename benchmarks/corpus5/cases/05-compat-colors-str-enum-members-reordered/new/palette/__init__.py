from .colors import Color, Level
