"""Main text of a plain-text copy of a web page: the article body, its title line and date line.

Hard-wrapped paragraphs (mail and forum reposts) are rejoined first, offsets kept.

Page copies wrap the article in menus, share and subscribe lines, view counters and lists of
other headlines. Every line gets a score: long lines ending like sentences score up; short
lines, lines without sentence punctuation, date lines and boilerplate (phrases from
`extractors/data/boilerplate.yaml`) score down. The body is the best-scoring contiguous block of
lines (maximum-sum segment), so the article's own short lines survive between its paragraphs.

A list header alone on its line ("Последние новости", "Most read") is a wall: the body is the
best block of the first stretch between walls that holds a substantial one, so nothing after the
wall that follows the article is kept, while a headline list above the article is skipped. The
title and the date are looked for only in the few lines right above the body (the header zone),
and not above a second headline over the title: dates in headline lists never become the
publication date. The body's first line counts only when it starts with a dateline (`MOSCOW,
April 20. /TASS/`): a first sentence that opens with the event's date is not a publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from extractors.resources import DataFileError, data_file
from kg.ingest.published import DateSignals, publication_date
from kg.ingest.urldate import url_date
from kg.ingest.pubdate import (DayMonth, date_line, dateline, find_date, is_relative_date_line, is_time_line,
                               metadata_prefix, stamp_date, time_line_year)
from schema import EventDate

_HEADER_LINES = 6  # non-empty lines above the body searched for the title and the date line
_OTHER_HEADLINE_WORDS = 5  # a line above the title this long is another article's headline
_STEM = 5  # letters of a word's stem that a story's headline and standfirst share
# A line break inside a sentence: after a word or comma, before a lower-case word on the next line.
_BROKEN_SENTENCE = re.compile(r"(?<=[^\W\d_],|[^\W\d_]{2})\n(?=[^\W\d_A-ZА-ЯЁƏÜÖĞŞÇİ]{2,} )")
# Two to four lower-case words of four letters or more opening a paragraph, then a capitalised word: tags,
# not a sentence's start ("by NATO Secretary General", "by the President" continue a line).
_GLUED_TAGS = re.compile(r"(?:(?<=\n\n)|\A)[ \t]*(?:[^\W\d_A-ZА-ЯЁƏÜÖĞŞÇİ]{4,}[ \t]+){2,4}(?=[A-ZА-ЯЁƏÜÖĞŞÇİ])")
_BROKEN_LINE_WORDS = 4  # a line that long before the break: a sentence's start, not a menu entry
_PICTURE = re.compile(r"!\[[^\n]*\]\((?P<address>[^)\s]+)[^)]*\)\Z")  # a markdown picture alone on its line
_RUN_ON_WORDS = 8  # a sentence run over rows has this many words or more
_WRAPPED_ROWS = 3  # a hard-wrapped paragraph has this many lines or more,
_WRAP_WIDTH = (40, 90)  # each but the last this long,
_WRAP_SPREAD = 30  # and about as long as the others
_OPENING_LINES = 2  # body lines searched for a dateline
_FOOTER_LINES = 4  # non-empty lines under the body searched for a labelled date line
_MAX_WORDS_AFTER_DATELINE = 2  # `Bakı, 20 aprel, AZƏRTAC` alone on its line is a date line
# A block scoring this much (two short sentences, or one long one) is an article, not a stray line.
_MIN_BODY_SCORE = 3.0
# Boilerplate phrases count only on short lines, and only when they make up this share of the
# line's letters: "Subscribe to our Telegram channel" is boilerplate, while "The minister wrote on
# Twitter that the talks went well." and a headline such as "Telegram blocked after court ruling" are not.
_SHORT_LINE = 160
_STAMP_TIME = re.compile(r"\s*(?:[|•/–-]\s*)?\d{1,2}:\d{2}")  # the time after a stamp's date: "08.11.2022 | 10:15"
_MAX_CREDIT_WORDS = 10  # "Фото: ТАСС/Алексей Никольский/пресс-служба президента РФ"; a longer "Photo: X welcomes Y ..." is a caption
_MAX_BARE_CREDIT_WORDS = 4  # "Фото РИА Новости" without a colon: the label and a short source's name
_MIN_PHRASE_SHARE = 0.3
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*\Z")
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBERS_ONLY = re.compile(r"\W*\d[\d\s.,]*\W*\Z")
_EDGE_PUNCTUATION = re.compile(r"\A\W+|\W+\Z")
_BYLINE_NAMES = re.compile(r"(?:[^\W\d_a-zа-яəöüçşğı][\w'’.-]*\s*){1,4}\Z")  # one to four capitalised words
_TOKEN_PUNCTUATION = "•·|*,;:"
_DATE_LINE_MARKS = " \t•·|*–—-"
_LIST_BULLETS = ("•", "·", "▪", "►")  # a line opening with one is a list item or a widget, never the title
# Case folding that keeps one character per character (`İ`.lower() would add U+0307), with
# dotless ı and Cyrillic look-alikes folded to Latin: pages mix them ("Cамые читаемые" starts
# with a Latin C) and Azerbaijani `BAXIŞ` lowercases to `baxiş` in a non-Turkic locale.
_FOLD = str.maketrans("ıавекмнорстухёі", "iabekmhopctyxei")


class NoBodyError(ValueError):
    """No run of sentence-like lines: the text is a menu, a headline list, or empty."""


@dataclass(frozen=True)
class PlainArticle:
    """What a page copy holds; raw offsets are None when boilerplate inside the body was cut out."""

    title: str | None
    date_line: str | None
    dates: DateSignals
    body: str
    raw_body_start: int | None
    raw_body_end: int | None

    @property
    def published(self) -> dt.date | None:
        """The publication date the page's own text gives (no page address considered)."""
        return publication_date(self.dates)


class _Kind(Enum):
    TEXT = "text"
    DATE = "date"  # a date or time line
    BOILERPLATE = "boilerplate"  # menu item, share/subscribe/copyright line, counter, "Read also: ..." teaser
    LIST_HEADER = "list header"


@dataclass(frozen=True)
class _Line:
    start: int  # offsets of the stripped line in the raw text
    end: int
    text: str
    kind: _Kind


@dataclass(frozen=True)
class _Lexicon:
    list_headers: re.Pattern[str]
    phrases: re.Pattern[str]
    menu_entries: frozenset[str]
    date_labels: re.Pattern[str]  # "Tarix", "Дата публикации": words that label a page's own date
    update_labels: re.Pattern[str]  # "Last updated", "Обновлено": words that label the date of a later change
    byline_labels: re.Pattern[str]  # "by", "автор": a line opening with one, then names, is a byline
    credit_labels: re.Pattern[str]  # "Фото:", "Photo": a line opening with one may be a picture's credit
    inline_markers: re.Pattern[str]  # "(link is external)": printed inside sentences by the site


def extract_plain_text(raw: str) -> PlainArticle:
    """The article in a page copy; raises NoBodyError when there is none."""
    raw = _untagged(_unwrapped(raw))
    prefix_date, offset = metadata_prefix(raw)
    lines = _lines(raw, offset)
    block = _body_block(lines)
    if block is None:
        raise NoBodyError("no article body found: no run of sentence lines (a menu or a list of headlines?)")
    first, last = block
    title, dated = _header(lines, first)
    # The crawler's prefix may also open the body's first line, when a title line comes before it.
    line_prefix_date, skip = metadata_prefix(lines[first].text)
    header_date = dated[1] if dated else _opening_dateline(lines[first:last + 1], skip)
    dates = DateSignals(
        header=header_date if isinstance(header_date, dt.date) else None,
        dateline=header_date if isinstance(header_date, DayMonth) else None,
        metadata=next((d for d in (prefix_date, line_prefix_date) if isinstance(d, dt.date)), None),
        month=next((d for d in (prefix_date, line_prefix_date) if isinstance(d, EventDate)), None),
        footer=_footer_date(lines[last + 1:last + 1 + _FOOTER_LINES]) or next(
            (date for line in lines[first:] if (date := stamp_date(line.text))), None),
        media=_picture_date(lines[max(0, first - _HEADER_LINES):last + 1]),
    )
    body, raw_start, raw_end = _join(raw, lines[first:last + 1])
    return PlainArticle(
        title=title.text if title else None,
        date_line=dated[0].text.strip(_DATE_LINE_MARKS) if dated else None,
        dates=dates, body=body, raw_body_start=raw_start, raw_body_end=raw_end,
    )


def _unwrapped(raw: str) -> str:
    """The text with hard-wrapped paragraphs (mail and forum copies: lines of 60-odd characters
    breaking sentences anywhere) rejoined: each wrapping line break and the indentation after it
    become spaces, so every offset still holds in the raw text. On a page with such paragraphs, a
    shorter paragraph whose only sentence runs over its rows is rejoined too; elsewhere "Headline\n
    First sentence." stays two lines."""
    out = list(raw)
    for broken in _BROKEN_SENTENCE.finditer(raw):  # "held bilateral meetings\nahead of the event.": one sentence
        if len(_WORD.findall(raw, raw.rfind("\n", 0, broken.start()) + 1, broken.start())) >= _BROKEN_LINE_WORDS:
            out[broken.start()] = " "
    paragraphs = [(paragraph.start(), list(re.finditer(r"[^\n]*\S[^\n]*", paragraph.group())))
                  for paragraph in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|\Z))+", raw)]
    texts = [[row.group().strip() for row in rows] for _, rows in paragraphs]
    wrapped_page = any(_wrapped(rows) for rows in texts)
    for (start, rows), text in zip(paragraphs, texts):
        if not (_wrapped(text) or wrapped_page and _run_on(text)):
            continue
        for row in rows[1:]:
            begin = start + row.start()
            for k in range(begin - 1, begin + len(row.group()) - len(row.group().lstrip())):
                out[k] = " "
    return "".join(out)


def _wrapped(rows: list[str]) -> bool:
    """Whether the rows of one paragraph are one text broken into lines of about one width, most
    not ending a sentence (a row that ends one may be short: "on mutual interests.")."""
    if len(rows) < _WRAPPED_ROWS:
        return False
    lengths = [len(row) for row in rows[:-1] if not _SENTENCE_END.search(row)]
    return (len(lengths) >= _WRAPPED_ROWS - 1 and len(lengths) * 2 >= len(rows) - 1  # one open row shows no width
            and _WRAP_WIDTH[0] <= min(lengths) and max(lengths) <= _WRAP_WIDTH[1]
            and max(lengths) - min(lengths) <= _WRAP_SPREAD)


def _run_on(rows: list[str]) -> bool:
    """Whether a paragraph is one sentence run over rows: only its last row ends a sentence, and no
    row is a rubric or a date line ("Dövlət katibi Marko Rubio Türkiyənin xarici işlər naziri\nHakan
    Fidan ilə telefon danışığı aparıb.")."""
    return len(rows) >= 2 and bool(_SENTENCE_END.search(rows[-1])) and len(_WORD.findall(" ".join(rows))) >= _RUN_ON_WORDS and all(
        not _SENTENCE_END.search(row) and len(_WORD.findall(row)) >= _BROKEN_LINE_WORDS and not date_line(row)
        for row in rows[:-1])


def _untagged(raw: str) -> str:
    """The text with tag words glued before a paragraph's first sentence blanked out ("армения
    франция И.о. премьер-министра ...": a page's topic tags, lower case, run into the lead), so the
    parser does not read them as the subject, and link markers inside sentences ("Osmani(link is
    external)") blanked too; offsets still hold."""
    return _lexicon().inline_markers.sub(_blank, _GLUED_TAGS.sub(_blank, raw))


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _lines(raw: str, offset: int) -> list[_Line]:
    lexicon = _lexicon()
    lines = []
    for match in re.finditer(r"[^\n]+", raw[offset:]):
        text = match.group().strip()
        if text:
            start = offset + match.start() + match.group().index(text[0])
            lines.append(_Line(start, start + len(text), text, _kind(text, lexicon)))
    return lines


def _kind(text: str, lexicon: _Lexicon) -> _Kind:
    folded = _fold(text)  # one character per character, so offsets in `folded` hold in `text`
    bare = _EDGE_PUNCTUATION.sub("", text)
    header = lexicon.list_headers.match(_EDGE_PUNCTUATION.sub("", folded))
    if header:
        rest = bare[header.end():]
        if not rest or rest[0].isupper():  # alone, or glued to the first headline: "Последние новостиПрименение"
            return _Kind.LIST_HEADER
        if rest.lstrip().startswith(":"):  # "Читайте также: <headline>"
            return _Kind.BOILERPLATE
    if is_time_line(text) or date_line(text) or _dateline_only(text) or is_relative_date_line(text):  # before the counters
        return _Kind.DATE
    if _is_boilerplate(text, folded, lexicon) or _is_byline(text, folded, lexicon) or _PICTURE.match(text) or _is_credit(
            text, folded, lexicon):
        return _Kind.BOILERPLATE  # a picture's caption repeats the headline; it is no line of the article
    return _Kind.TEXT


def _is_credit(text: str, folded: str, lexicon: _Lexicon) -> bool:
    """A picture's credit: its label and a colon ("Фото: ТАСС/Алексей Никольский"), or its label and a
    short capitalised source with no sentence end ("Фото РИА Новости", "Photo Reuters"), or a short caption
    before a labelled credit."""
    text, folded = text.strip("()[] "), folded.strip("()[] ")  # "(Фото: Kay Nietfeld / dpa)": a credit in brackets
    label = lexicon.credit_labels.match(folded)
    if label is None:  # "Ильхам Алиев Фото: kremlin.ru/Григорий Сысоев": a short caption, then its labelled credit
        inline = next((m for m in lexicon.credit_labels.finditer(folded) if m.group("colon") and folded[m.start() - 1].isspace()), None)
        return inline is not None and len(_WORD.findall(folded[inline.end():])) <= _MAX_CREDIT_WORDS and (
            len(_WORD.findall(folded[:inline.start()])) <= _MAX_CREDIT_WORDS and not _SENTENCE_END.search(folded[:inline.start()].rstrip()))
    words = len(_WORD.findall(text))
    if label.group("colon"):
        return words <= _MAX_CREDIT_WORDS
    rest = text[label.end():].lstrip()
    return words <= _MAX_BARE_CREDIT_WORDS and rest[:1].isupper() and not _SENTENCE_END.search(text.rstrip())


def _dateline_only(text: str) -> bool:
    """A line that is a dateline and at most an agency's name (`Bakı, 20 aprel, AZƏRTAC`)."""
    found = dateline(text)
    return found is not None and len(_WORD.findall(text[found[1]:])) <= _MAX_WORDS_AFTER_DATELINE


def _is_boilerplate(text: str, folded: str, lexicon: _Lexicon) -> bool:
    """A counter, a line of menu entries, or a short line made up largely of boilerplate phrases."""
    tokens = [token.strip(_TOKEN_PUNCTUATION) for token in folded.split()]
    if _NUMBERS_ONLY.match(text) or " ".join(tokens) in lexicon.menu_entries or all(
            token in lexicon.menu_entries for token in tokens):
        return True
    if len(text) > _SHORT_LINE:
        return False
    phrase_letters = sum(len(_LETTER.findall(hit)) for hit in lexicon.phrases.findall(folded))
    return phrase_letters > 0 and phrase_letters >= _MIN_PHRASE_SHARE * len(_LETTER.findall(folded))


def _is_byline(text: str, folded: str, lexicon: _Lexicon) -> bool:
    """`By Aynur Karimova`, `Автор: Иван Петров`: a byline label, then one to four capitalised names."""
    label = lexicon.byline_labels.match(folded)
    return label is not None and label.end() > 0 and bool(_BYLINE_NAMES.match(text, label.end()))


def _is_sentence(text: str) -> bool:
    """Four words or more ending in sentence punctuation (closing quotes and brackets allowed)."""
    return len(_WORD.findall(text)) >= 4 and bool(_SENTENCE_END.search(text))


def _score(line: _Line) -> float:
    if line.kind is _Kind.BOILERPLATE:
        return -3.0
    if line.kind is _Kind.DATE:
        return -2.0
    if _is_sentence(line.text):
        return 1.0 + min(len(line.text), 400) / 100
    if len(_WORD.findall(line.text)) >= 20:  # a paragraph whose final punctuation was lost
        return 0.5
    if line.text.endswith(","):  # "Dear ministers,": a salutation or a sentence running on, never a menu entry
        return 0.0
    return -1.0


def _body_block(lines: list[_Line]) -> tuple[int, int] | None:
    """First and last line of the body: the best block of the first stretch between list headers
    that holds a substantial one, else the best block anywhere."""
    fallback: tuple[float, int, int] | None = None
    start = 0
    for end in [i for i, line in enumerate(lines) if line.kind is _Kind.LIST_HEADER] + [len(lines)]:
        block = _best_block(lines, start, end)
        if block is not None and block[0] >= _MIN_BODY_SCORE:
            return block[1], block[2]
        if block is not None and (fallback is None or block[0] > fallback[0]):
            fallback = block
        start = end + 1
    return (fallback[1], fallback[2]) if fallback else None


def _best_block(lines: list[_Line], start: int, end: int) -> tuple[float, int, int] | None:
    """(score, first, last) of the maximum-sum run of line scores in lines[start:end], if positive."""
    best: tuple[float, int, int] | None = None
    run, first = 0.0, start
    for index in range(start, end):
        score = _score(lines[index])
        if run <= 0:
            run, first = score, index
        else:
            run += score
        if run > 0 and (best is None or run > best[0]):
            best = (run, first, index)
    return best


def _header(lines: list[_Line], first: int) -> tuple[_Line | None, tuple[_Line, dt.date | DayMonth] | None]:
    """The title line and the date line (with its date) among the few lines right above the body.

    The title is the nearest line of three words or more that is neither boilerplate nor a date;
    rubric labels, times and share widgets between it and the body are passed over. A line of
    `_OTHER_HEADLINE_WORDS` words or more above the title is another headline (a rubric such as
    `Siyasət | Xarici siyasət` is shorter): the search stops there.
    """
    title: _Line | None = None
    found_dates: list[tuple[_Line, dt.date | DayMonth]] = []
    above_title: list[_Line] = []  # the headline lines met above the title
    for line in reversed(lines[max(0, first - _HEADER_LINES):first]):
        words = len(_WORD.findall(line.text)) if line.kind is _Kind.TEXT else 0
        if title is not None and words >= _OTHER_HEADLINE_WORDS:
            # a standfirst under its headline ("Лавров провёл переговоры" over "Главы МИД ... обсудили"): the one line
            # right above the title may be the story's own headline; a second is another story's
            if above_title or lines.index(line) != lines.index(title) - 1 or not _same_story(line, title):
                break
            above_title.append(line)
            continue
        if line.kind is _Kind.LIST_HEADER:
            break
        headline = words >= 3 and not line.text.lstrip().startswith(_LIST_BULLETS)  # "• en-GB1 ru-RU1": a widget
        if line.kind is _Kind.DATE:
            found = date_line(line.text) or dateline(line.text)
            date = found[0] if isinstance(found, tuple) else found
            if isinstance(date, DayMonth) and (year := _year_beside(lines, line)) and date.in_year(year):
                date = date.in_year(year)  # the page prints day and month over the time and year: `Mart 14` / `13:00 2018`
            if date:
                found_dates.append((line, date))
        elif headline and title is None:
            title = line
    if title is not None and title.text[:1].islower() and (above := _line_above(lines, title)) is not None:
        # "Joint press conference" over "by NATO Secretary General X and President Y": one title
        title = _Line(above.start, title.end, f"{above.text} {title.text}", title.kind)
    # a full date line ("08.10.2024 [19:05]") outranks a yearless dateline below it
    # ("Bratislava, October 8, AZERTAC"); both stay in the article's header, in page order
    full = [d for d in found_dates if isinstance(d[1], dt.date)]
    updated = _lexicon().update_labels
    stated = [d for d in full if not updated.search(_fold(d[0].text))]
    if len({date for _, date in stated}) > 1:  # "20:06 / 05-11-2024" under each headline of a ticker: no one date is this story's
        return title, None
    full = stated + [d for d in full if updated.search(_fold(d[0].text))]
    dated = (full or found_dates or [None])[0]
    if dated is not None and len(found_dates) > 1:
        text = "\n".join(line.text.strip(_DATE_LINE_MARKS) for line, _ in reversed(found_dates))
        dated = (_Line(dated[0].start, dated[0].end, text, dated[0].kind), dated[1])
    return title, dated


def _year_beside(lines: list[_Line], line: _Line) -> int | None:
    """The year of a time line right above or below a yearless date line (`13:00 2018` under `Mart 14`)."""
    index = lines.index(line)
    return next((year for near in lines[max(0, index - 1):index + 2] if (year := time_line_year(near.text))), None)


def _same_story(headline: _Line, standfirst: _Line) -> bool:
    """Whether a headline and the line under it tell one story: they share a word's stem (its first five letters),
    as "Лавров провёл переговоры ..." and "... Сергей Лавров и Джейхун Байрамов обсудили ..." do."""
    def stems(line: _Line) -> set[str]:
        return {word[:_STEM] for word in _WORD.findall(_fold(line.text)) if len(word) >= _STEM}
    return bool(stems(headline) & stems(standfirst))


def _line_above(lines: list[_Line], line: _Line) -> _Line | None:
    """The text line right above `line`, if it is one (not a date, a list header or boilerplate)."""
    index = lines.index(line)
    above = lines[index - 1] if index > 0 else None
    return above if above is not None and above.kind is _Kind.TEXT else None


def _footer_date(below: list[_Line]) -> dt.date | None:
    """A date line under the body that ends the page, or a labelled one (`Tarix: 02-03-2021 | Saat: 17:14`, or `Tarix`
    on the line above the date) before any list header: the lists below carry other stories' dates, unlabelled."""
    labels = _lexicon().date_labels
    if (closing := _closing_date(below)) is not None:
        return closing
    for above, line in zip([None, *below], below):
        if line.kind is _Kind.LIST_HEADER:
            return None
        labelled = labels.search(_fold(line.text)) or (above is not None and labels.fullmatch(_fold(above.text).strip(": ")))
        if line.kind is _Kind.DATE and labelled and (date := date_line(line.text)):
            return date
    return None


def _closing_date(below: list[_Line]) -> dt.date | None:
    """The story's own date line closing it: the first line under the last paragraph ("12 мая 2015,
    10:26"), or the second under a short source line ("Mənbə: ANS PRESS"), when no other date lies
    in the footer and no headline follows it (a list of other stories, each under its date, is no
    stamp of this one)."""
    dates = {index: date for index, line in enumerate(below) if line.kind is _Kind.DATE and (date := date_line(line.text))}
    for index, line in enumerate(below[:2]):
        if line.kind is _Kind.DATE:
            after = below[index + 1:index + 2]
            headline = bool(after) and after[0].kind is _Kind.TEXT and _is_headline(after[0])
            return dates.get(index) if len(set(dates.values())) == 1 and not headline else None
        if _is_headline(line):
            return None
    return None


def _is_headline(line: _Line) -> bool:
    """A line long enough to be a story's headline (a source line or "GO BACK" is shorter)."""
    return len(_WORD.findall(line.text)) >= _OTHER_HEADLINE_WORDS


def _picture_date(lines: list[_Line]) -> dt.date | None:
    """The day in the upload path of the first picture of the header and body (`![caption](.../2017/09/06/x.jpg)`):
    the article's own picture, put up when it was; links are not read (they lead to other stories)."""
    picture = next((match for line in lines if (match := _PICTURE.match(line.text))), None)
    found = url_date(picture["address"]) if picture else None
    return found.date if found else None


def _opening_dateline(block: list[_Line], skip: int) -> dt.date | DayMonth | None:
    """The date of a dateline opening the body's first line (after `skip` characters of metadata
    prefix), or its second, when a headline ending in a full stop was taken into the body; or the
    full date of an opening line that says when the text was published (a date label's word)."""
    labels = _lexicon().date_labels
    for index, line in enumerate(block[:_OPENING_LINES]):
        text = line.text[skip if index == 0 else 0:]
        found = dateline(text)
        if found:
            return found[0]
        stated = find_date(text)
        if stated and (labels.search(_fold(text)) or not text[:stated[1]].strip() and _STAMP_TIME.match(text, stated[2])):
            # "The following press release was published by the Office of the Spokesperson on Aug. 29, 2021.";
            # "08.11.2022 | 10:157 ноября министр ...": the page's stamp glued to the first sentence
            return stated[0]
    return None


def _join(raw: str, block: list[_Line]) -> tuple[str, int | None, int | None]:
    """The body: a verbatim slice of the raw text, or, when boilerplate lines inside the block are
    cut out, the verbatim runs between them joined by blank lines (then it has no raw offsets)."""
    runs: list[list[_Line]] = [[]]
    for line in block:
        if line.kind is _Kind.BOILERPLATE:
            runs.append([])
        else:
            runs[-1].append(line)
    runs = [run for run in runs if run]
    body = "\n\n".join(raw[run[0].start:run[-1].end] for run in runs)
    if len(runs) == 1:
        return body, runs[0][0].start, runs[0][-1].end
    return body, None, None


def _fold(text: str) -> str:
    """Lower case for matching (see `_FOLD`), one character per character."""
    return text.replace("İ", "i").lower().translate(_FOLD)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """The boilerplate lexicon of every language at once: the language is not known before the body is."""
    data = data_file("boilerplate.yaml")

    def folded(section: str) -> list[str]:
        languages = data.get(section) if isinstance(data, dict) else None
        if not isinstance(languages, dict) or not all(
                isinstance(entry, str) for entries in languages.values() for entry in entries or ()):
            raise DataFileError(f"boilerplate.yaml: `{section}` must map each language to a list of phrases")
        entries = {_fold(" ".join(entry.split())) for entries in languages.values() for entry in entries or ()}
        return sorted(entries, key=len, reverse=True)  # longest first: alternation takes the first that fits

    return _Lexicon(
        list_headers=_alternation(map(_spaced, folded("list_headers"))),
        phrases=_whole_words(folded("line_phrases")),
        menu_entries=frozenset(folded("menu_words")),
        date_labels=_whole_words(folded("date_labels")),
        update_labels=_whole_words(folded("update_labels")),
        byline_labels=re.compile(rf"(?:{'|'.join(map(_spaced, folded('byline_labels')))})(?!\w)\s*:?\s*"),
        credit_labels=re.compile(rf"(?:{'|'.join(map(_spaced, folded('credit_labels')))})(?!\w)\s*(?P<colon>[:©])?"),  # "Фото: ТАСС", "Фото © ТАСС"
        inline_markers=re.compile("|".join(map(_spaced, folded("inline_markers"))) or "(?!)", re.I),
    )


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex trying `patterns` in order; with none, one that never matches (not the empty regex)."""
    return re.compile("|".join(patterns) or r"(?!)")


def _spaced(phrase: str) -> str:
    """A regex for `phrase` that allows any run of whitespace between its words."""
    return r"\s+".join(map(re.escape, phrase.split()))


def _whole_words(phrases: list[str]) -> re.Pattern[str]:
    """A regex finding `phrases` as whole words: no word character may touch a phrase's end that
    is a word character. The phrases that start with one share a single look-behind, which makes
    the regex some 50 times faster than one look-behind per phrase."""
    def body(phrase: str) -> str:
        return _spaced(phrase) + (r"(?!\w)" if re.search(r"\w\Z", phrase) else "")

    words = "|".join(body(phrase) for phrase in phrases if re.match(r"\w", phrase))
    symbols = [body(phrase) for phrase in phrases if not re.match(r"\w", phrase)]  # "©"
    return _alternation(([rf"(?<!\w)(?:{words})"] if words else []) + symbols)
