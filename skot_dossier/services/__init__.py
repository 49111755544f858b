"""The service layer: one function per use case, the only way in for the UI.

Every function takes the :class:`Session` (who is acting on which vault),
checks permission, does its work in one transaction and appends the audit
entry in that same transaction.
"""

from skot_dossier.services.session import Session, unit_of_work

__all__ = ["Session", "unit_of_work"]
