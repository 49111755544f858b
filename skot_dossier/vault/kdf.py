"""Argon2id key derivation with per-slot, calibrated cost."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16
MIN_MEMORY_KIB = 64 * 1024
ARGON2_VERSION = 19
# What a keyslot may ask for at all, checked before deriving: below these a slot
# offers no protection, above them deriving would exhaust the machine. Both ends
# are far outside what calibrate() and the test profile choose.
ACCEPTED_TIME_COST = (1, 64)
ACCEPTED_MEMORY_KIB = (8 * 1024, 4 * 1024 * 1024)
ACCEPTED_PARALLELISM = (1, 16)
ACCEPTED_SALT_BYTES = (16, 64)
CALIBRATION_TARGET_SECONDS = 0.75
CALIBRATION_MIN_TIME_COST = 3
CALIBRATION_MAX_TIME_COST = 40


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost and salt for one keyslot, stored in that slot."""

    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "version": ARGON2_VERSION,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id" or data.get("version") != ARGON2_VERSION:
            raise ValueError("unsupported key derivation function")
        return cls(
            time_cost=_whole(data["time_cost"]),
            memory_kib=_whole(data["memory_kib"]),
            parallelism=_whole(data["parallelism"]),
            salt=bytes.fromhex(str(data["salt"])),
        )

    def problems(self) -> list[str]:
        """Why these parameters cannot be genuine (empty when they are plausible)."""
        found = []
        for name, value, (low, high) in (
            ("time cost", self.time_cost, ACCEPTED_TIME_COST),
            ("memory (KiB)", self.memory_kib, ACCEPTED_MEMORY_KIB),
            ("parallelism", self.parallelism, ACCEPTED_PARALLELISM),
            ("salt length", len(self.salt), ACCEPTED_SALT_BYTES),
        ):
            if not low <= value <= high:
                found.append(f"{name} {value} is outside {low}..{high}")
        if self.memory_kib < 8 * self.parallelism:
            found.append("memory is below 8 KiB per lane")
        return found

    def derive(self, secret: bytes) -> bytes:
        """The slot's key; callers check :meth:`problems` first (argon2 would crash)."""
        return hash_secret_raw(
            secret=secret,
            salt=self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


@dataclass(frozen=True)
class KdfProfile:
    """A cost setting from which fresh per-slot parameters are made."""

    name: str
    time_cost: int
    memory_kib: int
    parallelism: int

    def new_params(self) -> KdfParams:
        return KdfParams(
            time_cost=self.time_cost,
            memory_kib=self.memory_kib,
            parallelism=self.parallelism,
            salt=os.urandom(SALT_BYTES),
        )


# Deliberately weak. Only the test suite may pass this explicitly; no
# production code path chooses it.
INSECURE_TEST_PROFILE = KdfProfile(
    name="insecure-test-only", time_cost=1, memory_kib=8 * 1024, parallelism=1
)


def calibrate(
    target_seconds: float = CALIBRATION_TARGET_SECONDS,
    memory_kib: int = MIN_MEMORY_KIB,
    parallelism: int = 4,
) -> KdfProfile:
    """Pick the time cost that makes one derivation take about ``target_seconds``.

    Memory never goes below 64 MiB and the time cost never below 3, so a fast
    machine gets more work, never less protection.
    """

    def seconds_for(time_cost: int) -> float:
        params = KdfParams(time_cost, memory_kib, parallelism, os.urandom(SALT_BYTES))
        started = time.perf_counter()
        params.derive(b"calibration")
        return max(time.perf_counter() - started, 1e-4)

    # One pass includes allocating the memory, so it overestimates the cost of
    # a pass; a second measurement at the first estimate corrects it.
    estimate = _clamp(round(target_seconds / seconds_for(1)))
    time_cost = _clamp(round(estimate * target_seconds / seconds_for(estimate)))
    return KdfProfile("calibrated", time_cost, memory_kib, parallelism)


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("a key derivation parameter is not a whole number")
    return value


def _clamp(time_cost: int) -> int:
    return max(CALIBRATION_MIN_TIME_COST, min(CALIBRATION_MAX_TIME_COST, time_cost))
