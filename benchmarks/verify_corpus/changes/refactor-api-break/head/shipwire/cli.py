"""`shipwire ORIGIN DESTINATION WEIGHT`: the cheapest quote."""
import click

from shipwire.client import RatesClient


@click.command()
@click.argument("origin")
@click.argument("destination")
@click.argument("weight", type=float)
@click.option("--api-url", default="https://rates.shipwire.invalid")
def main(origin: str, destination: str, weight: float, api_url: str) -> None:
    client = RatesClient(api_url)
    quote = client.cheapest(origin, destination, weight_kg=weight)
    if quote is None:
        raise click.ClickException("no carrier")
    click.echo(f"{quote.carrier}: {quote.amount_cents / 100:.2f} EUR in {quote.days} days")
