"""The installed version of kg (the base layer: importing it loads nothing else)."""

from importlib import metadata

try:
    __version__ = metadata.version("kg")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
