"""The one place text from outside is made safe to write out: lone surrogates and undecodable names.

JSON allows `"\\ud83d"` (half of a surrogate pair), which no UTF-8 writer accepts, and a file name
that is not valid UTF-8 reaches Python as surrogate escapes. Both would abort a whole batch at
output time (`UnicodeEncodeError`, `PydanticSerializationError`), so they are replaced where
they enter: record fields become U+FFFD, file names show their bad bytes as `\\xff`.
"""
from __future__ import annotations

import os
import re

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def safe_text(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (valid text is returned as is)."""
    return _SURROGATE.sub(REPLACEMENT, text)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as printable UTF-8 text: bytes that are not UTF-8 are shown as `\\xNN` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
