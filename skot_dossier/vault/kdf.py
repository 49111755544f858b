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
            "version": 19,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "argon2id":
            raise ValueError("unsupported key derivation function")
        return cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
            salt=bytes.fromhex(str(data["salt"])),
        )

    def derive(self, secret: bytes) -> bytes:
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


def _clamp(time_cost: int) -> int:
    return max(CALIBRATION_MIN_TIME_COST, min(CALIBRATION_MAX_TIME_COST, time_cost))
