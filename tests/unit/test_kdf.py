from skot_dossier.vault.kdf import (
    INSECURE_TEST_PROFILE,
    MIN_MEMORY_KIB,
    KdfParams,
    calibrate,
)


def test_calibration_never_goes_below_the_floor():
    profile = calibrate(target_seconds=0.0)
    assert profile.memory_kib >= MIN_MEMORY_KIB == 64 * 1024
    assert profile.time_cost >= 3
    assert profile.name == "calibrated"


def test_calibration_gives_more_work_for_a_longer_target():
    assert calibrate(target_seconds=2.0).time_cost > calibrate(target_seconds=0.0).time_cost


def test_each_slot_gets_its_own_salt_and_params_round_trip():
    a, b = INSECURE_TEST_PROFILE.new_params(), INSECURE_TEST_PROFILE.new_params()
    assert a.salt != b.salt
    assert KdfParams.from_json(a.to_json()) == a
    assert a.derive(b"x") != b.derive(b"x")
    assert a.derive(b"x") == a.derive(b"x")


def test_test_profile_is_named_as_insecure():
    assert "insecure" in INSECURE_TEST_PROFILE.name
