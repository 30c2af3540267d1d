"""Optional stanza backend for Russian and English, used only when its models are on disk.

stanza downloads its models from a hub at run time, which this project never does. Set
`KG_NLP_BACKEND=stanza` and point `KG_STANZA_DIR` (or stanza's own `STANZA_RESOURCES_DIR`) at a
folder that already holds the models (`resources.json` plus one folder per language) to use it
instead of natasha/spaCy; the default backends need nothing of it.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from extractors.analysis.doc import AnalysedDoc, NerSpan, Sentence, Token, text_lines
from extractors.textutil import fold

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "NORP": "NORP"}


class StanzaUnavailableError(RuntimeError):
    """stanza was asked for but cannot run here; the message says what to install or set."""


def requested() -> bool:
    return os.environ.get("KG_NLP_BACKEND", "").lower() == "stanza"


def models_dir(lang: str) -> Path:
    """The folder with stanza's models for `lang`, or a specific error saying what is missing."""
    raw = os.environ.get("KG_STANZA_DIR") or os.environ.get("STANZA_RESOURCES_DIR")
    if not raw:
        raise StanzaUnavailableError("KG_NLP_BACKEND=stanza needs KG_STANZA_DIR: the folder that holds stanza's "
                                     "models (resources.json and a folder per language); nothing is downloaded")
    folder = Path(raw)
    if not (folder / "resources.json").is_file() or not (folder / lang).is_dir():
        raise StanzaUnavailableError(f"no stanza models for '{lang}' in {folder}: copy them there "
                                     f"(resources.json and the '{lang}' folder) or unset KG_NLP_BACKEND")
    return folder


@lru_cache(maxsize=2)
def _pipeline(lang: str, folder: str):
    try:
        import stanza
    except ImportError as exc:
        raise StanzaUnavailableError("KG_NLP_BACKEND=stanza but the stanza package is not installed: "
                                     "pip install stanza, or unset KG_NLP_BACKEND") from exc
    return stanza.Pipeline(lang, dir=folder, processors="tokenize,pos,lemma,depparse,ner",
                           download_method=None, verbose=False)


def analyse_stanza(text: str, lang: str) -> AnalysedDoc:
    nlp = _pipeline(lang, str(models_dir(lang)))
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    spans: list[NerSpan] = []
    for offset, line in text_lines(text):
        doc = nlp(line)
        for sent in doc.sentences:
            first = len(tokens)
            for word in sent.words:
                feats = dict(f.split("=", 1) for f in (word.feats or "").split("|") if "=" in f)
                start = offset + (word.start_char if word.start_char is not None else word.parent.start_char)
                end = offset + (word.end_char if word.end_char is not None else word.parent.end_char)
                lemma = (word.lemma or word.text).lower()
                tokens.append(Token(
                    i=len(tokens), text=word.text, start=start, end=end, lemma=lemma, pos=word.upos or "",
                    dep=word.deprel or "", head=first + word.head - 1 if word.head else None, sent=len(sentences),
                    case=feats.get("Case", ""), number=feats.get("Number", ""), tense=feats.get("Tense", ""),
                    keys=tuple(dict.fromkeys((fold(word.text, lang), lemma))),
                ))
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
            by_start = {t.start: t.i for t in tokens[first:]}
            by_end = {t.end: t.i for t in tokens[first:]}
            for ent in sent.ents:
                a, b = by_start.get(offset + ent.start_char), by_end.get(offset + ent.end_char)
                if a is not None and b is not None and ent.type in _LABELS:
                    spans.append(NerSpan(a, b + 1, _LABELS[ent.type], ent.text))
    out = AnalysedDoc(text=text, lang=lang, tokens=tokens, sentences=sentences, ner=spans, has_parse=True)
    out.link_children()
    return out
