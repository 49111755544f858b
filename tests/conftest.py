"""Shared fixtures: each test gets its own fresh vault on real SQLCipher."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from skot_dossier.domain.actor import Actor  # noqa: E402
from skot_dossier.services.session import Session  # noqa: E402
from skot_dossier.vault import INSECURE_TEST_PROFILE, Vault  # noqa: E402
from tests.helpers import PASSPHRASE  # noqa: E402


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "Test.skotvault"


@pytest.fixture
def created(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    vault, recovery_key = Vault.create(vault_dir, "hr", PASSPHRASE, kdf=INSECURE_TEST_PROFILE)
    yield vault, recovery_key
    vault.close(log=False)


@pytest.fixture
def vault(created: tuple[Vault, str]) -> Vault:
    return created[0]


@pytest.fixture
def session(vault: Vault) -> Session:
    return Session(vault, Actor("beheer", "admin"), purpose="test")


@pytest.fixture
def world(tmp_path: Path):
    from tests.vaults import build_world

    built = build_world(tmp_path / "World.skotvault")
    yield built
    built.admin.vault.close(log=False)


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Tokyo"])
def computer_zone(request, monkeypatch):
    """The computer's own clock set to another zone than the foundation's
    (Europe/Amsterdam): UTC, as laptop images often are, or far away."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()
