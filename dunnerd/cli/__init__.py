"""The `dunnerd` command: one module per noun, a thin layer that parses arguments, calls the
domain and prints. Each command imports only what it runs, so `--help` answers at once.

May import: anything in dunnerd. Nothing imports it but `dunnerd.__main__` and the entry point.
"""
