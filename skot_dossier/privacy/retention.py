"""Retention rules as data and the review date they give each dossier."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from skot_dossier.protocol.calendar import add_months
from skot_dossier.resources import resource_path


def resources_dir() -> Path:
    return resource_path("privacy")


@dataclass(frozen=True)
class RetentionRule:
    record: str  # "staff" | "pupil"
    label_nl: str
    label_en: str
    trigger: str  # "employment_end" | "date_left"
    trigger_nl: str
    trigger_en: str
    years: int
    basis: str


@dataclass(frozen=True)
class RetentionPolicy:
    rules: tuple[RetentionRule, ...]
    hold_kinds: tuple[str, ...]

    def rule_for(self, record: str) -> RetentionRule:
        return next(r for r in self.rules if r.record == record)

    def to_json(self) -> str:
        return json.dumps(
            {"rules": [r.__dict__ for r in self.rules], "holds": {"kinds": list(self.hold_kinds)}},
            ensure_ascii=False,
        )


def parse_policy(data: dict[str, object]) -> RetentionPolicy:
    rules = data.get("rules")
    holds = data.get("holds")
    if not isinstance(rules, list) or not isinstance(holds, dict):
        raise ValueError("a retention policy needs [[rules]] and [holds]")
    parsed = tuple(RetentionRule(**r) for r in rules)
    if {r.record for r in parsed} != {"staff", "pupil"} or any(r.years < 0 for r in parsed):
        raise ValueError("a retention policy needs one rule for staff and one for pupils")
    return RetentionPolicy(parsed, tuple(str(k) for k in holds["kinds"]))


def default_policy() -> RetentionPolicy:
    with (resources_dir() / "retention.toml").open("rb") as handle:
        return parse_policy(tomllib.load(handle))


@dataclass(frozen=True)
class RetentionStatus:
    review_on: date | None  # None: the trigger has not happened (still employed / at school)
    on_hold: bool
    due: bool


def review_date(rule: RetentionRule, trigger_date: date | None) -> date | None:
    """The day the dossier is due for review: trigger plus the retention period."""
    if trigger_date is None:
        return None
    return add_months(trigger_date, 12 * rule.years)


def status(
    rule: RetentionRule, trigger_date: date | None, active_holds: int, today: date
) -> RetentionStatus:
    review = review_date(rule, trigger_date)
    on_hold = active_holds > 0
    return RetentionStatus(review, on_hold, review is not None and review <= today and not on_hold)
