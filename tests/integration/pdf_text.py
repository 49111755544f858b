"""Reading a letter or packet back from its PDF, as a recipient would see it."""

from __future__ import annotations

import subprocess


def pdf_lines(pdf: bytes) -> list[str]:
    """The PDF's text as ``pdftotext -layout`` prints it, line by line (from memory)."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout
    return out.decode("utf-8").splitlines()


def pdf_flat(pdf: bytes) -> str:
    """The PDF's words in reading order joined by single spaces (line breaks and table
    cells wrapped over several lines do not matter)."""
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())
