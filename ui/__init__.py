"""The PySide6 desktop front end. It talks to ``skot_dossier.services`` only."""
