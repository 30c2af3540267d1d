"""Generated news articles for benchmarks and tests: many small, distinct, realistic texts.

Each article combines a few sentences written for this purpose (a visit, talks, a phone call,
a signing) with actors and cities drawn by a seeded generator, in Russian, English or
Azerbaijani, so extraction has real work to do and every article has its own id. The same
`(n, seed)` always gives the same files.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

LANGUAGES = ("ru", "en", "az")

ACTORS = {
    "ru": ["Ильхам Алиев", "Владимир Путин", "Сергей Лавров", "Джейхун Байрамов", "Али Асадов", "Кая Каллас"],
    "en": ["Ilham Aliyev", "Vladimir Putin", "Sergey Lavrov", "Jeyhun Bayramov", "Ali Asadov", "Kaja Kallas"],
    "az": ["İlham Əliyev", "Vladimir Putin", "Sergey Lavrov", "Ceyhun Bayramov", "Əli Əsədov", "Kaya Kallas"],
}
CITIES = {"ru": ["Баку", "Москве", "Брюсселе", "Анкаре"], "en": ["Baku", "Moscow", "Brussels", "Ankara"],
          "az": ["Bakıda", "Moskvada", "Brüsseldə", "Ankarada"]}
TOPICS = {
    "ru": ["энергетике", "транспортных коридорах", "торговле", "мирном договоре"],
    "en": ["energy", "transport corridors", "trade", "the peace treaty"],
    "az": ["energetika", "nəqliyyat dəhlizləri", "ticarət", "sülh müqaviləsi"],
}
SENTENCES = {
    "ru": ["{d} в {c} состоялась встреча {a} и {b}.",
           "{a} провёл телефонный разговор с {b}.",
           "Стороны обсудили сотрудничество в {t}.",
           "{a} и {b} подписали соглашение о сотрудничестве в {t}.",
           "По итогам переговоров было принято совместное заявление."],
    "en": ["On {d}, {a} met {b} in {c}.",
           "{a} held a phone call with {b}.",
           "The sides discussed cooperation in {t}.",
           "{a} and {b} signed an agreement on {t}.",
           "A joint statement was adopted after the talks."],
    "az": ["{d} {c} {a} ilə {b} arasında görüş keçirilib.",
           "{a} {b} ilə telefonla danışıb.",
           "Tərəflər {t} sahəsində əməkdaşlığı müzakirə ediblər.",
           "{a} və {b} {t} haqqında saziş imzalayıblar.",
           "Danışıqlardan sonra birgə bəyanat qəbul edilib."],
}
MONTHS = {"ru": ["января", "февраля", "марта", "апреля", "мая", "июня"],
          "en": ["January", "February", "March", "April", "May", "June"],
          "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun"]}


def article_text(index: int, seed: int = 0, lang: str | None = None, sentences: int = 6) -> str:
    """The text of article `index`: a title line, a blank line and `sentences` sentences."""
    rng = random.Random(f"{seed}:{index}")
    lang = lang or LANGUAGES[index % len(LANGUAGES)]
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(180))
    date = f"{day.day} {MONTHS[lang][day.month - 1]}" if lang != "en" else f"{MONTHS[lang][day.month - 1]} {day.day}"
    lines = []
    for _ in range(sentences):
        a, b = rng.sample(ACTORS[lang], 2)
        lines.append(rng.choice(SENTENCES[lang]).format(
            a=a, b=b, c=rng.choice(CITIES[lang]), t=rng.choice(TOPICS[lang]), d=date))
    return f"{lines[0]}\n\n{' '.join(lines)} ({index})\n"


def write_corpus(folder: Path, n: int, seed: int = 0, lang: str | None = None, sentences: int = 6) -> list[Path]:
    """Write `n` generated articles as `folder/NNNNNN.txt`; returns the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        path = folder / f"{index:06d}.txt"
        path.write_text(article_text(index, seed, lang, sentences), encoding="utf-8")
        paths.append(path)
    return paths
