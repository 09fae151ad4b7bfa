"""Who may change the corpus: nobody without WEERBAAR_ADMIN_PASSWORD; the password is compared in constant
time, never shown, and wrong tries slow further tries down."""
from __future__ import annotations

import json

import pytest

from core.settings import Settings
from weerbaar.admin import FREE_TRIES, MAX_WAIT_S, AdminGate, AdminRefused


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def _gate(password="Zeer-geheim 1", **kw):
    clock = Clock()
    return AdminGate(Settings(admin_password=password, **kw), clock=clock), clock


def test_without_a_password_nothing_may_change():
    for password in (None, ""):
        gate, _ = _gate(password)
        assert not gate.enabled
        with pytest.raises(AdminRefused, match="geen beheerderswachtwoord"):
            gate.check("wat dan ook")


def test_the_right_password_passes_and_a_wrong_one_is_refused():
    gate, _ = _gate()
    gate.check("Zeer-geheim 1")
    for wrong in ("zeer-geheim 1", "Zeer-geheim 1 ", "Zeer-geheim", "x" * 10_000):
        with pytest.raises(AdminRefused, match="Onjuist wachtwoord"):
            gate.check(wrong)
    with pytest.raises(AdminRefused, match="Vul het beheerderswachtwoord in"):
        gate.check("")


def test_wrong_tries_slow_further_tries_down_and_the_right_one_resets():
    gate, clock = _gate()
    for _ in range(FREE_TRIES):
        with pytest.raises(AdminRefused, match="Onjuist"):
            gate.check("fout")
    with pytest.raises(AdminRefused, match="Onjuist"):
        gate.check("fout")  # the first try over the limit starts a wait
    with pytest.raises(AdminRefused, match="Te veel onjuiste wachtwoorden"):
        gate.check("Zeer-geheim 1")  # during the wait even the right password is not looked at
    waits = []
    for _ in range(8):
        clock.now += 1000
        with pytest.raises(AdminRefused):
            gate.check("fout")
        waits.append(gate._not_before - clock.now)
    assert waits == sorted(waits) and waits[0] < waits[-1] == MAX_WAIT_S  # doubling, capped
    clock.now += MAX_WAIT_S + 1
    gate.check("Zeer-geheim 1")
    assert gate.failures == 0


def test_empty_tries_cost_nothing():
    gate, _ = _gate()
    for _ in range(FREE_TRIES + 3):
        with pytest.raises(AdminRefused, match="Vul"):
            gate.check(None)
    gate.check("Zeer-geheim 1")


def test_the_password_is_never_shown():
    settings = Settings(admin_password="Zeer-geheim 1")
    assert "Zeer-geheim" not in repr(settings) and "Zeer-geheim" not in str(settings)
    assert "Zeer-geheim" not in json.dumps(settings.resolved())
    assert settings.resolved()["admin_password"] == "set"
    assert Settings().resolved()["admin_password"] is None


def test_the_comparison_is_constant_time():
    import inspect

    import weerbaar.admin

    source = inspect.getsource(weerbaar.admin.AdminGate.check)
    assert "hmac.compare_digest" in source and "== self._digest" not in source
