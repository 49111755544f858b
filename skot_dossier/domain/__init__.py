"""Plain, immutable domain objects (no I/O)."""
