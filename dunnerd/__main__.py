from dunnerd.cli import entrypoint

entrypoint()
