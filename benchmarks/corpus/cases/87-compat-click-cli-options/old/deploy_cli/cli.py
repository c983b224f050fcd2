import click

from .core import deploy


@click.command()
@click.argument("target")
@click.option("--service", "services", multiple=True)
@click.option("--dry-run", is_flag=True)
@click.option("--verbose", "-v", is_flag=True)
def main(target: str, services: tuple, dry_run: bool, verbose: bool) -> None:
    for line in deploy(target, list(services), dry_run):
        if verbose or dry_run:
            click.echo(line)
