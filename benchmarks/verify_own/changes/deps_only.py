"""Dependencies only: a constraint bumped, a dev dependency added, a runtime dependency removed, requirements pinned."""

TESTS = False

BASE = {
    "pyproject.toml": '''[project]
name = "reportgen"
version = "1.0.4"
requires-python = ">=3.10"
dependencies = ["click>=8.0", "jinja2>=3.0", "six>=1.16"]

[project.optional-dependencies]
dev = ["pytest>=7"]
''',
    "requirements.txt": "click==8.1.3\njinja2==3.1.2\nsix==1.16.0\n",
    "reportgen/__init__.py": "",
    "reportgen/cli.py": '''import click


@click.command()
def main() -> None:
    click.echo("report")
''',
}

HEAD = {
    "pyproject.toml": '''[project]
name = "reportgen"
version = "1.0.4"
requires-python = ">=3.10"
dependencies = ["click>=8.1.7", "jinja2>=3.0"]

[project.optional-dependencies]
dev = ["pytest>=7", "pytest-cov>=4"]
''',
    "requirements.txt": "click==8.1.7\njinja2==3.1.2\n",
}
