from .registry import Plugin, get_plugin, register
