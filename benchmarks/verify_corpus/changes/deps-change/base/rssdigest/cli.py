import click

from rssdigest.digest import Entry, make_digest
from rssdigest.fetch import fetch_feed


@click.command()
@click.argument("url")
@click.option("--limit", default=10)
def main(url: str, limit: int) -> None:
    text = fetch_feed(url)
    entries = [Entry(title=line, link=url) for line in text.splitlines() if line.strip()]
    click.echo(make_digest(entries, limit))
