from .registry import PluginBase, register
