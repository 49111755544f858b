from hypothesis import given
from hypothesis import strategies as st

from skot_dossier.vault import recovery


def test_generated_key_is_grouped_and_valid():
    key = recovery.generate()
    groups = key.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert recovery.normalize(key) == key.replace("-", "")


def test_key_is_accepted_in_lower_case_with_spaces_and_confusable_letters():
    key = recovery.generate()
    typed = key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery.normalize(typed) == key.replace("-", "")


@given(position=st.integers(min_value=0, max_value=35), delta=st.integers(1, 31))
def test_any_single_typo_is_rejected(position, delta):
    compact = recovery.generate().replace("-", "")
    wrong = recovery.ALPHABET[(recovery.ALPHABET.index(compact[position]) + delta) % 32]
    typo = compact[:position] + wrong + compact[position + 1 :]
    assert recovery.normalize(typo) is None


def test_keys_differ_and_have_160_bits_of_body():
    keys = {recovery.generate() for _ in range(200)}
    assert len(keys) == 200
    assert recovery.KEY_BYTES * 8 == 160


def test_garbage_is_not_a_key():
    assert recovery.normalize("") is None
    assert recovery.normalize("hello world") is None
    assert recovery.normalize("ÄÖÜ" * 12) is None
