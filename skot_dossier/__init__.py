"""SKOT Dossier core: encrypted vault, audit log, domain and services.

This package never imports Qt; the desktop front end lives in ``ui``.
"""

__version__ = "0.1.0"
