"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251 and KOI8-R Russian.

Single-byte Cyrillic codecs decode any byte sequence, and charset-normalizer alone confuses
Windows-1251 with KOI8-R on short or all-capital text (`ВИЗИТ В БАКУ` in KOI8-R comes out as
Windows-1251 `бхгхр б аюйс`). So a candidate decoding is accepted only when most of its Cyrillic
words are real Russian words. A file cut short mid-character loses only the cut character.
Newlines are normalised to "\\n", as Python's text mode does; offsets into "the raw text" refer
to the text this module returns.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache
from itertools import islice

import charset_normalizer
import pymorphy3

_RUSSIAN_CODECS = ("cp1251", "koi8_r")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_RUSSIAN_WORD = re.compile(r"[а-яё]{2,}", re.IGNORECASE)
# Share of Cyrillic words the dictionary must know: real text is above 0.9 (names are unknown),
# Windows-1251 read as KOI8-R or the reverse is below 0.1.
_MIN_KNOWN_SHARE = 0.5
# A file whose Windows-1251 and KOI8-R readings both get this share right mixes the two (a KOI8-R
# quote pasted into a Windows-1251 page): each line is then read in its own codec.
_MIN_MIXED_SHARE = 0.2
_WORDS_CHECKED = 300
# Control characters other than tab, newlines, form feed and escape do not occur in text files.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_BINARY_SAMPLE = 65_536
_MAX_CONTROL_SHARE = 0.01


class DecodeError(ValueError):
    """The bytes cannot be read as text; the message says why and what to do."""


class EmptyInputError(DecodeError):
    """No text at all (zero bytes or only whitespace)."""


class BinaryInputError(DecodeError):
    """NUL bytes or control characters: not a text file."""


class UnknownEncodingError(DecodeError):
    """Not valid in any accepted encoding."""


def decode_bytes(data: bytes) -> str:
    """The text of `data`, with "\\n" newlines; raises a DecodeError subclass when it is not text."""
    if not data:
        raise EmptyInputError("empty file: nothing to read")
    if _is_utf32(data):  # before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one
        raise UnknownEncodingError("UTF-32 text (it starts with a UTF-32 byte-order mark), which is not read; "
                                   "convert it to UTF-8")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = _decode_readable(data[len(bom):], codec)
            except UnicodeDecodeError as exc:
                raise UnknownEncodingError(
                    f"cannot decode: starts with a {codec.upper()} byte-order mark but has an invalid sequence "
                    f"at byte {exc.start + len(bom)}; convert it to UTF-8") from exc
            _reject_binary(text)
            break
    else:
        if b"\x00" in data:
            raise BinaryInputError(
                "contains NUL bytes: a binary file, or UTF-16/UTF-32 text without a byte-order mark; "
                "convert it to UTF-8")
        _reject_binary(data[:_BINARY_SAMPLE].decode("latin-1"))
        try:
            text = _decode_readable(data, "utf-8")
        except UnicodeDecodeError as exc:
            text = _decode_russian(data, exc.start)
    if not text.strip():
        raise EmptyInputError("empty file: only whitespace")
    return normalise_newlines(text)


def _is_utf32(data: bytes) -> bool:
    """A UTF-32 byte-order mark followed by letters in UTF-32 (`FF FE 00 00` may also open UTF-16 data)."""
    if not data.startswith(_UTF32_BOMS):
        return False
    try:
        sample = data[:_BINARY_SAMPLE - _BINARY_SAMPLE % 4].decode("utf-32")
    except UnicodeDecodeError:
        return False
    return any(char.isalpha() for char in sample) and not _CONTROL.search(sample) and "\x00" not in sample


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends as "\\n", the way Python's text mode reads them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_readable(data: bytes, codec: str) -> str:
    """Decode strictly, except that an incomplete character at the very end (a cut file) is dropped."""
    return codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)


def _decode_russian(data: bytes, bad_utf8_offset: int) -> str:
    """The Windows-1251 or KOI8-R reading whose Cyrillic words are most often real Russian words
    (charset-normalizer's guess is tried first and wins a tie)."""
    guesses = [match.encoding for match in charset_normalizer.from_bytes(data, cp_isolation=list(_RUSSIAN_CODECS))]
    candidates = guesses + [codec for codec in _RUSSIAN_CODECS if codec not in guesses]
    readings = {codec: text for codec in candidates if (text := _decode_or_none(data, codec)) is not None}
    shares = {codec: _known_word_share(text) for codec, text in readings.items()}
    if sum(share >= _MIN_MIXED_SHARE for share in shares.values()) > 1:  # some lines in each: mend line by line
        return "\n".join(_decode_russian_line(line, list(readings)) for line in data.split(b"\n"))
    best: tuple[float, str] | None = None
    for codec in readings:
        share = shares[codec]
        if share >= _MIN_KNOWN_SHARE and (best is None or share > best[0]):
            best = (share, readings[codec])
    if best is None:
        raise UnknownEncodingError(
            f"cannot decode: not UTF-8/UTF-16/Windows-1251/KOI8-R text (first invalid UTF-8 byte at offset "
            f"{bad_utf8_offset}, and no Russian words in Windows-1251 or KOI8-R); convert it to UTF-8")
    return best[1]


def _decode_russian_line(line: bytes, candidates: list[str]) -> str:
    """One line of a file that mixes Windows-1251 and KOI8-R, in the codec that reads it as Russian."""
    readings = [text for codec in candidates if (text := _decode_or_none(line, codec)) is not None]
    return max(readings, key=_known_word_share) if readings else line.decode("koi8_r")  # KOI8-R decodes any byte


def _decode_or_none(data: bytes, codec: str) -> str | None:
    """`data` in `codec`, or None where the codec leaves a byte undefined (0x98 in Windows-1251)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _known_word_share(text: str) -> float:
    """Share of the first Cyrillic words that the Russian dictionary knows (0.0 without any)."""
    words = [match.group().lower() for match in islice(_RUSSIAN_WORD.finditer(text), _WORDS_CHECKED)]
    if not words:
        return 0.0
    morph = _morph()
    return sum(morph.word_is_known(word) for word in words) / len(words)


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    """The Russian dictionary, loaded (0.2 s) only when a file is not UTF-8."""
    return pymorphy3.MorphAnalyzer()


def _reject_binary(text: str) -> None:
    sample = text[:_BINARY_SAMPLE]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise BinaryInputError("binary data (control characters), not a text file; give .txt, .html or .jsonl text")
