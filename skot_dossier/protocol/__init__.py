"""The foundation's sanction protocol as data, and the engine that reads it.

- :mod:`.loader`: ``load_protocol``, ``load_all``, ``default_protocol``, ``find_protocol``
- :mod:`.model`: frozen dataclasses (Protocol, Ladder, Measure, ChecklistItem, ...)
- :mod:`.calendar`: deadline arithmetic and school holidays
- :mod:`.engine`: ladder position, checklists, hard stops, deadlines, finalising
"""

from skot_dossier.protocol.errors import ProtocolError
from skot_dossier.protocol.loader import default_protocol, find_protocol, load_all, load_protocol
from skot_dossier.protocol.model import CaseFacts, Protocol

__all__ = [
    "CaseFacts",
    "Protocol",
    "ProtocolError",
    "default_protocol",
    "find_protocol",
    "load_all",
    "load_protocol",
]
