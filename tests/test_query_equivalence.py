"""The indexed named queries answer what the queries before the index (tests/data/queries-before)
answered, on the seed articles and on a corpus sample, for every parameter that names whole words
(a partial word such as "Hand" for "Handel" no longer matches: the index is by word).

`contradictions` changed meaning on purpose and is checked on its own terms.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.index import search_key, words
from kg.query import named_queries, run_query, term_text
from tests.export_data import corpus_store, seeds_store

BEFORE = Path(__file__).resolve().parent / "data" / "queries-before"
# Columns that hold GROUP_CONCAT lists, whose order SPARQL leaves open.
LISTS = {"names": ", ", "aliases": " | ", "reasons": " | "}
PER_QUERY = 6  # sampled parameter values per query and store, besides the fixed ones

Rows = Counter[tuple[str, ...]]


@pytest.fixture(scope="module", params=["seeds", "corpus"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    make = seeds_store if request.param == "seeds" else corpus_store
    return ox.Store.read_only(str(make(tmp_path_factory.getbasetemp())))


def rows(store: ox.Store, sparql: str, params: dict[str, str], columns: list[str]) -> Rows:
    result = run_query(store, sparql, params=params)
    assert isinstance(result, ox.QuerySolutions)
    out: Rows = Counter()
    for solution in result:
        cells = []
        for column in columns:
            text = term_text(solution[column])
            if column in LISTS:
                text = LISTS[column].join(sorted(text.split(LISTS[column])))
            cells.append(text)
        out[tuple(cells)] += 1
    return out


def columns_of(sparql: str, store: ox.Store) -> list[str]:
    result = run_query(store, sparql)
    assert isinstance(result, ox.QuerySolutions)
    return [v.value for v in result.variables]


def select(store: ox.Store, sparql: str) -> list[str]:
    result = run_query(store, sparql)
    assert isinstance(result, ox.QuerySolutions)
    return sorted({term_text(s[0]) for s in result})


def sample(values: list[str], n: int = PER_QUERY) -> list[str]:
    """`n` values spread over the sorted list, so each store contributes different ones."""
    if len(values) <= n:
        return values
    step = len(values) / n
    return [values[int(i * step)] for i in range(n)]


def names_whole(value: str, row: tuple[str, ...]) -> bool:
    """Whether `value`'s words are whole, adjacent words of a cell of `row` (what the index
    finds); a value found only inside a word ("20" in "2017") is a partial match."""
    wanted = words(value)
    return any(wanted == found[i:i + len(wanted)]
               for cell in row for found in [words(cell)] for i in range(len(found)))


def last_word(label: str) -> str:
    return search_key(label).split(" ")[-1]


def labels_of(store: ox.Store, relation: str, role: str) -> list[str]:
    return select(store, f"""SELECT DISTINCT ?l WHERE {{ GRAPH ?a {{
        ?f kg:relation "{relation}" ; kg:{role} ?e . ?e rdfs:label ?l }} }}""")


def parameter_values(store: ox.Store, query: str) -> list[str]:
    """Whole-word values a user would pass: labels, their last word, IRIs, ids."""
    if query in ("fact-sources", "entity-merges"):
        labels = sample(select(store, "SELECT ?l WHERE { ?f kg:subject ?e . ?e rdfs:label ?l }"))
        iris = sample(select(store, "SELECT ?e WHERE { ?f kg:object ?e }"), 2)
        return labels + [last_word(x) for x in labels] + iris
    if query in ("endorsements", "money", "polls"):
        relation = {"endorsements": "endorsement", "money": "funding", "polls": "poll"}[query]
        labels = labels_of(store, relation, "subject") + labels_of(store, relation, "object")
        labels = sample(labels)
        return labels + [last_word(x) for x in labels]
    if query == "office-holders":
        labels = sample(labels_of(store, "holds_office", "object"))
        return labels + [last_word(x) for x in labels] + ["Secretary"]
    if query == "parties":
        return labels_of(store, "party", "object") + ["Democratic", "Republican"]
    if query == "candidates":
        elections = select(store, 'SELECT ?e WHERE { ?f kg:relation "candidacy" ; kg:object ?e }')
        labels = sample(labels_of(store, "candidacy", "object"), 3)
        divisions = sample(select(store, "SELECT ?d WHERE { ?e kg:division ?d }"), 3)
        tails = ["/".join(d.split("/")[-2:]) for d in divisions]
        return sample(elections, 2) + labels + divisions + tails + ["cd:6", "2017"]
    if query == "elections-in-district":
        divisions = sample(select(store, "SELECT ?d WHERE { ?e kg:division ?d }"))
        prefixes = {"/".join(d.split("/")[:n]) for d in divisions for n in (2, 3)}
        return divisions + sorted(prefixes)
    if query == "article-facts":
        documents = sample(select(store, "SELECT ?d WHERE { ?a kg:document ?d }"), 3)
        urls = sample(select(store, "SELECT ?u WHERE { ?a schema:url ?u }"), 2)
        articles = sample(select(store, "SELECT ?a WHERE { ?a a kg:Article }"), 2)
        return documents + urls + articles
    raise AssertionError(query)


# Columns of article text, not of names: a parameter is matched against names only, so a word
# of an evidence sentence or a headline ("June 20") says nothing about what the index finds.
TEXT_COLUMNS = {"sentence", "title", "url", "document", "quote"}
EQUIVALENT = [q.name for q in named_queries() if q.name != "contradictions"]


@pytest.mark.parametrize("name", EQUIVALENT)
def test_indexed_query_answers_as_before(store: ox.Store, name: str) -> None:
    query = next(q for q in named_queries() if q.name == name)
    before = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    parameter = query.parameters[0].split()[0]
    columns = columns_of(before, store)
    checked = 0
    for value in [None, *parameter_values(store, name)]:
        params = {} if value is None else {parameter: value}
        old, new = rows(store, before, params, columns), rows(store, query.text, params, columns)
        assert not new - old, (name, params, list((new - old).items())[:2])
        named = [i for i, c in enumerate(columns[:columns.index(parameter)])
                 if c not in TEXT_COLUMNS]
        missing = [row for row in old - new
                   if value is None or names_whole(value, tuple(row[i] for i in named))]
        assert not missing, (name, params, missing[:2])
        checked += bool(new)
    assert checked >= 2 or name in ("money", "polls", "endorsements"), name


def test_a_partial_word_no_longer_matches(store: ox.Store) -> None:
    name = "entity-merges"
    text = next(q for q in named_queries() if q.name == name).text
    before = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    labels = select(store, "SELECT ?l WHERE { ?e a kg:Person ; rdfs:label ?l }")
    word = max((w for label in labels for w in label.split() if w.isalpha()), key=len)
    whole = rows(store, text, {"name": word}, ["label"])
    assert whole and whole == rows(store, text, {"name": word.upper()}, ["label"])
    old, new = (rows(store, q, {"name": word[:-1]}, ["label"]) for q in (before, text))
    assert any(word in label for (label,) in old)
    assert not any(word in label for (label,) in new) and not new - old
