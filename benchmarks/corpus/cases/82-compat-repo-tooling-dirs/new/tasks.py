from invoke import task


@task
def test(c, coverage=False):
    c.run("pytest" + (" --cov" if coverage else ""))
