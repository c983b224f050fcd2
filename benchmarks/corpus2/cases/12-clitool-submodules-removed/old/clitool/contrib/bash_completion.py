from ..core import Command


def get_completion_script(prog_name: str, complete_var: str) -> str:
    return f"complete -o default -F _{prog_name}_completion {prog_name}  # {complete_var}"


def install(cli: Command, shell: str = "bash") -> str:
    return get_completion_script(cli.name, f"_{cli.name.upper()}_COMPLETE")
