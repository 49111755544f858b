"""Every problem the core can report is declared once in the catalogue, and nothing
bypasses it: the source is scanned for each way a problem is raised (``v.fail``,
``ValidationError.of``, ``problem(...)``, an error class with a code) and each code must
be a declared one, given exactly its declared parameters."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

import skot_dossier
from skot_dossier.domain.validation import ValidationError, Validator
from skot_dossier.errors import SkotError
from skot_dossier.problems import CATALOGUE, CODE_VALUES, KINDS, TERM, Problem, Term, problem

ROOT = Path(skot_dossier.__file__).parent
# Where a code may be a variable: the machinery that carries problems.
MACHINERY = {"problems.py", "errors.py", "domain/validation.py", "documents/errors.py"}
# Keyword arguments of error classes that are not parameters of the problem's text.
NOT_PARAMS = {"can_break_glass", "target_id", "missing"}
# Error classes whose constructor is not (code, **params).
OWN_SIGNATURE = {"ValidationError", "UnlockThrottled", "LockedParagraph", "PermissionDenied"}


def _error_classes() -> dict[str, type[SkotError]]:
    for info in pkgutil.walk_packages([str(ROOT)], "skot_dossier."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: dict[str, type[SkotError]] = {"SkotError": SkotError}
    pending = [SkotError]
    while pending:
        for sub in pending.pop().__subclasses__():
            found[sub.__name__] = sub
            pending.append(sub)
    return found


ERRORS = _error_classes()


@dataclass(frozen=True)
class Use:
    where: str
    code: str | None  # None: not a literal
    params: frozenset[str] | None  # None: passed on with **


def _codes(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _codes(node.body), _codes(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def _params(call: ast.Call) -> frozenset[str] | None:
    if any(k.arg is None for k in call.keywords):
        return None
    return frozenset(k.arg for k in call.keywords if k.arg and k.arg not in NOT_PARAMS)


def _uses_in(call: ast.Call, where: str) -> list[Use]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    code_arg: ast.expr | None = None
    is_method = isinstance(func, ast.Attribute)
    of_validation = name == "of" and getattr(getattr(func, "value", None), "id", "") == (
        "ValidationError"
    )
    if (name == "fail" and is_method and len(call.args) >= 2) or of_validation:
        code_arg = call.args[1]
    elif name == "problem" and isinstance(func, ast.Name):
        code_arg = call.args[0]
    elif name in ERRORS and name not in OWN_SIGNATURE:
        if not call.args:
            return [Use(where, ERRORS[name].code, _params(call))]
        code_arg = call.args[0]
    uses = []
    if code_arg is not None:
        codes = _codes(code_arg)
        for code in codes if codes is not None else [None]:
            uses.append(Use(where, code, _params(call)))
    for keyword in call.keywords:
        if keyword.arg == "not_before_code":
            for code in _codes(keyword.value) or [None]:
                uses.append(Use(where, code, frozenset()))
    return uses


def _scan() -> list[Use]:
    """The core, and the front end (which makes a few problems itself, such as a typed
    date that does not exist)."""
    uses = []
    for root, prefix in ((ROOT, ""), (ROOT.parent / "ui", "ui/")):
        for path in sorted(root.rglob("*.py")):
            relative = prefix + path.relative_to(root).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    uses += _uses_in(node, f"{relative}:{node.lineno}")
    return uses


USES = _scan()


def test_the_scan_sees_the_ways_problems_are_raised():
    places = {u.where.partition(":")[0] for u in USES}
    assert {"services/decisions.py", "vault/header.py", "domain/validation.py"} <= places
    assert "ui/date_fields.py" in places
    assert len(USES) > 200


def test_every_raised_code_is_declared_with_its_parameters():
    wrong = []
    for use in USES:
        if use.code is None:
            if use.where.partition(":")[0] not in MACHINERY:
                wrong.append(f"{use.where}: the code is not a literal")
            continue
        spec = CATALOGUE.get(use.code)
        if spec is None:
            wrong.append(f"{use.where}: {use.code!r} is not declared")
        elif use.params is not None and use.params != set(spec.params):
            wrong.append(f"{use.where}: {use.code!r} takes {spec.params}, got {sorted(use.params)}")
        elif spec.cli and not use.where.startswith("cli.py"):
            wrong.append(f"{use.where}: {use.code!r} is for the command line only")
    assert not wrong, "\n".join(wrong)


def test_every_error_class_has_a_declared_code():
    undeclared = {name: cls.code for name, cls in ERRORS.items() if cls.code not in CATALOGUE}
    assert not undeclared


def test_every_declared_code_is_raised_somewhere():
    raised = {u.code for u in USES} | {cls.code for cls in ERRORS.values()}
    assert not set(CATALOGUE) - raised


def test_no_error_is_built_from_a_sentence():
    """The old way: an English sentence as the first argument of an error."""
    sentences = [u for u in USES if u.code and u.code not in CATALOGUE and " " in u.code]
    assert not sentences


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_each_english_text_fills_in(code):
    spec = CATALOGUE[code]
    assert set(spec.kinds.values()) <= KINDS
    samples = {
        name: Term("x", "iets", "something") if kind == TERM else CODE_VALUES.get(kind, ("7",))[0]
        for name, kind in spec.kinds.items()
    }
    text = Problem(code, samples).english()
    assert text and "{" not in text


def test_a_problem_with_an_undeclared_code_or_wrong_parameters_is_refused():
    with pytest.raises(KeyError):
        problem("is required")
    with pytest.raises(TypeError):
        problem("too_long", length=3)
    with pytest.raises(KeyError):
        SkotError("The operation failed in English.")


def test_validation_error_carries_problems_per_field():
    v = Validator()
    v.text("name", "x" * 300)
    v.past_date("birth_date", date(2999, 1, 1))
    with pytest.raises(ValidationError) as caught:
        v.done()
    problems = caught.value.problems
    assert problems["name"] == problem("too_long", length=300, limit=200)
    assert problems["birth_date"].code == "in_future"
    # The command line prints the catalogue's English words.
    assert str(caught.value) == (
        "name: is too long (300 characters; at most 200); birth_date: lies in the future"
    )


def test_error_params_and_english():
    exc = SkotError("cli_unknown_user", label="hr")
    assert (exc.code, exc.params, str(exc)) == (
        "cli_unknown_user",
        {"label": "hr"},
        "No user with keyslot hr.",
    )
