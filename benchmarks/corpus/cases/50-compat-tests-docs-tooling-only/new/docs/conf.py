project = "humanbytes"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
html_theme = "furo"


def setup(app):
    app.add_css_file("custom.css")
