"""Who may change the corpus: the admin password (WEERBAAR_ADMIN_PASSWORD), checked in constant time.

    gate = AdminGate(settings)
    gate.enabled                 # False: no password set -> uploads and deletes are off
    gate.check(typed) -> None    # or AdminRefused with a Dutch message to show

The password is never logged, never shown and never compared with ``==``: both sides are hashed to
equal-length digests and compared with hmac.compare_digest. After FREE_TRIES wrong tries every
further try must wait, doubling up to MAX_WAIT_S, so guessing costs hours, not seconds. The wait
is for everyone (a visitor cannot be told apart by this app), and a right password resets it.
"""
from __future__ import annotations

import hashlib
import hmac
import threading
import time

FREE_TRIES = 3  # a few typos are free
FIRST_WAIT_S = 2.0
MAX_WAIT_S = 60.0


class AdminRefused(PermissionError):
    """The action is not allowed; str() is the message for the page."""


class AdminGate:
    def __init__(self, settings, clock=time.monotonic):
        secret = settings.admin_password.get_secret_value() if settings.admin_password is not None else ""
        self._digest = hashlib.sha256(secret.encode("utf-8")).digest() if secret else None
        self._clock = clock
        self._lock = threading.Lock()
        self.failures = 0
        self._not_before = 0.0

    @property
    def enabled(self) -> bool:
        return self._digest is not None

    def check(self, typed: str | None) -> None:
        """Return quietly for the right password; raise AdminRefused otherwise."""
        if self._digest is None:
            raise AdminRefused("Toevoegen en verwijderen staan uit: er is geen beheerderswachtwoord ingesteld "
                               "(WEERBAAR_ADMIN_PASSWORD).")
        if not typed:  # not a guess: costs no try
            raise AdminRefused("Vul het beheerderswachtwoord in.")
        with self._lock:
            wait = self._not_before - self._clock()
            if wait > 0:
                raise AdminRefused(f"Te veel onjuiste wachtwoorden. Probeer het over {int(wait) + 1} seconden opnieuw.")
            typed_digest = hashlib.sha256(typed.encode("utf-8")).digest()
            if hmac.compare_digest(typed_digest, self._digest):
                self.failures = 0
                self._not_before = 0.0
                return
            self.failures += 1
            if self.failures > FREE_TRIES:
                delay = min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (self.failures - FREE_TRIES - 1))
                self._not_before = self._clock() + delay
        raise AdminRefused("Onjuist wachtwoord: er is niets veranderd.")
