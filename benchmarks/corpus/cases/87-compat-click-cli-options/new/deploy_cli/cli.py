import click

from .core import deploy


@click.command()
@click.argument("target")
@click.option("--service", "services", multiple=True)
@click.option("--dry-run", is_flag=True)
@click.option("--quiet", "-q", is_flag=True)
def main(target: str, services: tuple, dry_run: bool, quiet: bool) -> None:
    for line in deploy(target, list(services), dry_run):
        if not quiet:
            click.echo(line)
