"""Links, e-mail addresses and phone numbers in text, as written, and one spelling per contact.

    find_contacts("Kijk op www.wij-zijn.nl of bel 038-498 29 29.") -> ['www.wij-zijn.nl', '038-498 29 29']
    contact_key("https://www.Wij-Zijn.nl/") -> 'wij-zijn.nl'

The instruction detector (core/instructions.py) counts a contact as one sign of a call to action; the
answer verifier lets a contact into an answer only when it stands in the evidence.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_URL = re.compile(
    r"\b(?:https?|ftp)://[^\s<>\"'‘’“”)\]]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>\"'‘’“”)\]]*)?",
    _I,
)
# A bare domain ("evilcorp.com") only with a lower-case, common top-level domain: "werkt.De" is a typo, not a site.
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:nl|com|org|net|eu|io|info|example|gov|app|ai|biz|xyz|online|site)"
    r"(?![\w-])(?:/[^\s<>\"'‘’“”)\]]*)?"
)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}"  # +31 6 12345678, +44 20 7946 0958
    r"|\(0\d{1,3}\)\s?\d{2,4}(?:[\s-]?\d{2,4}){1,3}"  # (038) 498 29 29
    r"|0[89]00[\s-]?\d{4,7}"  # 0800-7000, 0900-8844
    r"|0\d{1,3}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){1,3}"  # 038-4982929, 06-12345678, 038 498 29 29
    r"|14\s?0\d{2,3})(?![\w-])"  # 14 038: a gemeente's short number
)
MIN_PHONE_DIGITS = 5  # "14 038" has five; dates and counts ("2020-2021", "0-meting") have fewer after a 0
_TRAILING = ".,;:!?"


def find_contacts(text: str) -> list[str]:
    """URLs (also bare www.x.nl and evilcorp.com), e-mail addresses and phone numbers, as written, in order.

    >>> find_contacts("Kijk op www.wij-zijn.nl, mail info@zwolle.nl of bel 038-498 29 29.")
    ['www.wij-zijn.nl', 'info@zwolle.nl', '038-498 29 29']
    >>> find_contacts("Op 11 juni 2020 is 11.000 keer gedownload, 24/7, in Q1 2021.")
    []
    """
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_EMAIL, _URL, _BARE_DOMAIN, _PHONE):
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            if any(s < end and start < e for s, e in taken):
                continue
            if pattern is _PHONE and sum(ch.isdigit() for ch in text[start:end]) < MIN_PHONE_DIGITS:
                continue
            taken.append((start, end))
            found.append((start, text[start:end]))
    return [c for _, c in sorted(found)]


def contact_key(contact: str) -> str:
    """One spelling per contact, for comparing an answer with its evidence.

    >>> contact_key("https://www.Wij-Zijn.nl/"), contact_key("038-498 29 29"), contact_key("+31 6 1234 5678")
    ('wij-zijn.nl', '0384982929', '0612345678')
    """
    c = contact.strip().rstrip(_TRAILING)
    if "@" in c and not c.lower().startswith(("http", "www")):
        return c.lower()
    if re.search(r"[A-Za-z]", c):
        c = re.sub(r"^(?:https?|ftp)://", "", c, flags=_I)
        c = re.sub(r"^www\.", "", c, flags=_I).rstrip("/")
        host, _, path = c.partition("/")
        return host.lower() + (f"/{path}" if path else "")
    digits = re.sub(r"\D", "", c)
    if c.lstrip().startswith("+31"):
        digits = "0" + digits[2:]
    return digits
