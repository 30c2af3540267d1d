"""Language identification: the four supported languages, and the two ways it refuses."""
from __future__ import annotations

import pytest

from extractors.langid import NoLettersError, UnknownLanguageError, detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign ministers met in Vienna on Wednesday to discuss a new trade corridor.", "en"),
    ("Министры иностранных дел встретились в Вене, чтобы обсудить новый торговый коридор.", "ru"),
    ("Xarici işlər nazirləri yeni ticarət dəhlizini müzakirə etmək üçün Vyanada görüşüblər.", "az"),
    ("Dışişleri bakanları yeni ticaret koridorunu görüşmek için Viyana'da bir araya geldi.", "tr"),
])
def test_detects_each_supported_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_turkish_is_not_taken_for_azerbaijani() -> None:
    assert detect_language("Bugün hava çok güzel, arkadaşlarımla birlikte parka gittik.") == "tr"
    assert detect_language("Bu gün hava çox gözəldir, dostlarımla birlikdə parka getdik.") == "az"


def test_leading_digits_and_symbols_do_not_hide_the_language() -> None:
    assert detect_language("12.05.2024 — 14:30 — " * 50 + "The talks ended with a joint statement.") == "en"


@pytest.mark.parametrize("text", ["", "   ", "2024-05-12 14:30 — 1845 / 17%", "!!! ??? ..."])
def test_text_without_letters_raises_a_specific_error(text: str) -> None:
    with pytest.raises(NoLettersError, match="no letters"):
        detect_language(text)


def test_letters_of_an_unsupported_language_raise_a_specific_error() -> None:
    with pytest.raises(UnknownLanguageError, match="en, ru, az, tr"):
        detect_language("外交部长在维也纳会面")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ilham Aliyev met Vladimir Putin in Baku on 5 May 2025.", "en"),
    ("Kallas visited Baku.", "en"),
    ("Ильхам Алиев встретился с Путиным в Баку.", "ru"),
    ("İlham Əliyev Bakıda Vladimir Putinlə görüşüb.", "az"),
    ("Prezident Ilham Aliyev Vladimir Putin ile gorusdu.", "az"),
    ("Cumhurbaşkanı Erdoğan Aliyev ile görüştü.", "tr"),
])
def test_short_texts_are_judged_by_their_words_not_their_names(text: str, expected: str) -> None:
    assert detect_language(text) == expected
