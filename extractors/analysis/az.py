"""Rule-based analysis for Azerbaijani (and Turkish): no trained model exists offline.

Tokens get Azerbaijani-aware folded forms and their candidate stems as match keys, and the case
their suffix marks (nom, gen, dat, acc, loc, abl, com); there is no parser, so event roles come
from those cases. Named entities are found later, by the gazetteer and capitalised-run rules.
"""
from __future__ import annotations

import re

from extractors.analysis.doc import AnalysedDoc, Sentence, Token
from extractors.textutil import AZ_CASE_OF_SUFFIX, AZ_SCRIPT_TWINS, az_lower, az_splits, az_stems

_TOKEN = re.compile(r"[\"'«“]?\w+(?:[-'’\"]\w+)*|[^\w\s]", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[\"«“]?[A-ZƏÜÖĞŞÇİІА-ЯЁ0-9])|\n\s*\n|\n(?=\s*[\"«“]?[A-ZƏÜÖĞŞÇİА-ЯЁ])")
_ABBREV = re.compile(r"(?:\b[A-ZƏÜÖĞŞÇİ]|\bo\.|\bm\.|\bb\.|\bc\.|\bs\.)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: at . ! ? before a capital, and at line breaks before a capital."""
    spans, start = [], 0
    for match in _SENT_END.finditer(text):
        if _ABBREV.search(text[start:match.start()]):
            continue
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in spans]


def analyse_az(text: str, lang: str = "az") -> AnalysedDoc:
    text = text.translate(AZ_SCRIPT_TWINS)  # one letter for one letter: every offset holds in the article
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for s_idx, (s_start, s_end) in enumerate(split_sentences(text)):
        first = len(tokens)
        for match in _TOKEN.finditer(text, s_start, s_end):
            word = match.group().lstrip("\"'«“")
            start = match.end() - len(word)
            splits = az_splits(word) if word[:1].isalpha() else [(word, "")]
            stem, suffix = splits[0]
            # two suffix layers: possessive then case ("Prezident-i-nin", "Şura-sı-nın")
            stems = az_stems(word) if word[:1].isalpha() else [word]
            keys = tuple(dict.fromkeys([az_lower(word), word.lower()] + [az_lower(s) for s in stems]))
            tokens.append(Token(
                i=len(tokens), text=word, start=start, end=match.end(), lemma=az_lower(stem),
                pos="PUNCT" if not word[:1].isalnum() else "", sent=s_idx,
                case=AZ_CASE_OF_SUFFIX.get(suffix, "nom") if word[:1].isalpha() else "",
                # either layer may carry the plural: "prezidentlər-i-nin" has it under the possessive
                number="Plur" if any(az_lower(s).endswith(("lar", "lər")) for s in [*(s for s, _ in splits), *stems]) else "Sing",
                keys=keys,
                readings=tuple((az_lower(s), AZ_CASE_OF_SUFFIX.get(x, "nom")) for s, x in splits) if word[:1].isalpha() else (),
            ))
        sentences.append(Sentence(s_start, s_end, first, len(tokens)))
    return AnalysedDoc(text=text, lang=lang, tokens=tokens, sentences=sentences, ner=[], has_parse=False)
