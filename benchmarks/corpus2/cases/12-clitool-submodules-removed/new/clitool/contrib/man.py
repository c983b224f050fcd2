from ..core import Command


def render_manpage(cli: Command, section: int = 1) -> str:
    return f".TH {cli.name.upper()} {section}\n.SH NAME\n{cli.name} \\- {cli.help or ''}\n"
