"""Bytes to text: every accepted encoding, the cp1251/KOI8-R trap, cut files and non-text."""
from __future__ import annotations

import codecs

import pytest

from kg.ingest.decode import BinaryInputError, EmptyInputError, UnknownEncodingError, decode_bytes

RUSSIAN = ("Министр иностранных дел провёл переговоры с послом Франции. "
           "Стороны обсудили вопросы двустороннего сотрудничества и подписали меморандум.")
AZERBAIJANI = "Nazir Fransa səfiri ilə görüşüb. Tərəflər ikitərəfli əməkdaşlıq məsələlərini müzakirə ediblər."


@pytest.mark.parametrize("data", [
    RUSSIAN.encode("utf-8"),
    codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"),
    codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"),
    RUSSIAN.encode("utf-16"),  # Python writes the BOM of the machine's byte order
    RUSSIAN.encode("cp1251"),
    RUSSIAN.encode("koi8_r"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16", "cp1251", "koi8-r"])
def test_each_accepted_encoding_gives_the_same_text(data: bytes) -> None:
    assert decode_bytes(data) == RUSSIAN


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("text", ["ВИЗИТ В БАКУ", "Привет мир", "Министр прибыл в Баку."])
def test_short_and_all_capital_russian_is_not_confused_between_cp1251_and_koi8r(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


def test_azerbaijani_and_english_utf8() -> None:
    assert decode_bytes(AZERBAIJANI.encode("utf-8")) == AZERBAIJANI
    assert decode_bytes(b"Plain ASCII text.") == "Plain ASCII text."


def test_newlines_are_normalised() -> None:
    assert decode_bytes("один\r\nдва\rтри\n".encode("cp1251")) == "один\nдва\nтри\n"


def test_utf8_cut_mid_character_keeps_everything_before_the_cut() -> None:
    data = (RUSSIAN + " Конец").encode("utf-8")
    assert decode_bytes(data[:-1]) == RUSSIAN + " Коне"


def test_utf16_cut_mid_character_keeps_everything_before_the_cut() -> None:
    data = codecs.BOM_UTF16_LE + "Talks ended".encode("utf-16-le")
    assert decode_bytes(data[:-1]) == "Talks ende"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n  "])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        decode_bytes(data)


def test_nul_bytes_are_binary_with_a_hint_about_utf16_without_bom() -> None:
    with pytest.raises(BinaryInputError, match="NUL bytes.*UTF-16"):
        decode_bytes("Talks ended".encode("utf-16-le"))


def test_control_characters_are_binary() -> None:
    with pytest.raises(BinaryInputError, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 20 + b"some text")


def test_utf16_bom_with_binary_content_is_binary() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(codecs.BOM_UTF16_LE + bytes(200))


def test_text_in_another_single_byte_encoding_is_refused_with_what_to_do() -> None:
    french = "Les ministres se sont réunis à Genève pour discuter de la coopération économique.".encode("latin-1")
    with pytest.raises(UnknownEncodingError, match=r"cannot decode: not UTF-8/UTF-16/Windows-1251/KOI8-R text.*"
                                                    r"convert it to UTF-8"):
        decode_bytes(french)


def test_invalid_utf16_after_its_bom_is_refused() -> None:
    with pytest.raises(UnknownEncodingError, match="UTF-16-LE byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xdc" + "cd".encode("utf-16-le"))


def test_a_file_mixing_windows_1251_and_koi8_r_is_read_line_by_line() -> None:
    first = "Министр иностранных дел Азербайджана провёл переговоры с коллегой в Москве."
    second = "Стороны обсудили вопросы региональной безопасности и торговли между странами."
    data = first.encode("cp1251") + b"\r\n" + second.encode("koi8_r") + b"\r\n"
    assert decode_bytes(data) == f"{first}\n{second}\n"
