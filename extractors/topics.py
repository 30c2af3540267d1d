"""Topics: a multilingual lexicon (data/topics.yaml) matched on lemmas/stems, linked to the
events whose evidence window mentions them."""
from __future__ import annotations

from functools import lru_cache

from extractors.analysis.doc import AnalysedDoc
from extractors.gazetteer import PhraseIndex, phrase_units
from extractors.mentions import match_units, phrase_matches
from extractors.resources import data_file
from schema import TopicRef


@lru_cache(maxsize=1)
def topic_index() -> tuple[PhraseIndex[str], dict[str, TopicRef]]:
    index: PhraseIndex[str] = PhraseIndex()
    refs: dict[str, TopicRef] = {}
    for topic in data_file("topics.yaml") or []:
        refs[topic["key"]] = TopicRef(id=f"topic:{topic['key']}", name=topic["name"])
        for lang, aliases in (topic.get("aliases") or {}).items():
            for alias in [topic["name"], *(aliases or [])] if lang == "en" else aliases or []:
                for units in phrase_units(alias, lang):
                    index.add(units, topic["key"])
    return index, refs


def find_topics(doc: AnalysedDoc) -> list[tuple[int, TopicRef]]:
    """(sentence index, topic) for every topic phrase in the document."""
    index, refs = topic_index()
    keys, owner = match_units(doc)
    return [(doc.tokens[start].sent, refs[key]) for start, _, key in phrase_matches(doc, index, keys, owner)]
