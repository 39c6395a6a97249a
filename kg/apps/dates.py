"""Date bounds as people type them: ``2025``, ``2025-03`` or ``2025-03-14``.

``--from 2025`` means from the first day of 2025 and ``--to 2025-02`` up to the last day of
February 2025, so a range of whole years or months needs no calendar arithmetic from the user.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from kg.errors import KgError

_FORMS = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class DateError(KgError, ValueError):
    """A bound that is not a year, a month or a day."""


def parse_bound(text: str, *, end: bool = False) -> date:
    """The first day (or with ``end``, the last day) of the year, month or day ``text`` names."""
    m = _FORMS.fullmatch(text.strip())
    if not m:
        raise DateError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    try:
        if m.group(3):
            return date(year, month, int(m.group(3)))
        if not 1 <= month <= 12:
            raise ValueError(f"month must be in 1..12, not {month}")
        day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, day)
    except ValueError as exc:
        raise DateError(f"not a date: {text!r} ({exc})") from None


def check_range(date_from: date | None, date_to: date | None) -> None:
    """Refuse a range that ends before it starts."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise DateError(f"--from {date_from} is after --to {date_to}")
