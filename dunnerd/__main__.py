from dunnerd.cli.main import entrypoint

entrypoint()
