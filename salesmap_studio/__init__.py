"""SalesMap Studio: draw a company's sales process live, then print, export and share it."""

__version__ = "0.1.0"
