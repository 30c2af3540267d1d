"""Per-language analysers producing one `AnalysedDoc` shape; `analyse(text, lang)` picks one."""
from __future__ import annotations

from extractors.analysis.doc import AnalysedDoc, NerSpan, Sentence, Token


def analyse(text: str, lang: str) -> AnalysedDoc:
    """Tokenise, lemmatise, parse (ru, en) and run NER (ru, en) on `text`.

    Languages without a model of their own (az, tr) get the rule-based analyser. With
    `KG_NLP_BACKEND=stanza`, Russian and English use stanza models already on disk instead.
    """
    from extractors.analysis import stanza_backend

    if lang in ("ru", "en") and stanza_backend.requested():
        return stanza_backend.analyse_stanza(text, lang)
    if lang == "ru":
        from extractors.analysis.ru import analyse_ru

        return analyse_ru(text)
    if lang == "en":
        from extractors.analysis.en import analyse_en

        return analyse_en(text)
    from extractors.analysis.az import analyse_az

    return analyse_az(text, lang)


__all__ = ["AnalysedDoc", "NerSpan", "Sentence", "Token", "analyse"]
