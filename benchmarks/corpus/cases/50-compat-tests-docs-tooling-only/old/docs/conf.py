project = "humanbytes"
extensions = ["sphinx.ext.autodoc"]
