"""caption-catalog: who shot each published photo, with what, and is the caption true."""

__version__ = "0.1.0"
