from setuptools import setup

setup(name="envfile", version="0.4.0", py_modules=["envfile"])
