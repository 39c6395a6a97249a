"""The ``kg`` command line: the top layer, which only parses arguments and calls ``apps/``."""

from kg.cli.commands import main

__all__ = ["main"]
