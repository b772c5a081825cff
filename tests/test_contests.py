"""Elections as contests and rounds (kg.contests): one node per contest, one per vote, one label
each, whatever wording an article uses."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.contests import as_stored, contest_of, round_date
from kg.iri import entity_iri
from kg.model import Entity
from kg.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
GA6 = "ocd-division/country:us/state:ga/cd:6"
SEAT = "U.S. Representative for Georgia's 6th congressional district"


def election(date: str | None, stage: str | None = None, special: bool | None = None,
             label: str = "as an article words it") -> Entity:
    return Entity(type="Election", label=label, division=GA6, date=date, stage=stage,
                  special=special, office=SEAT)


def test_a_year_names_the_contest_a_day_names_its_round() -> None:
    year, runoff = election("2017", special=True), election("2017-06-20", "runoff")
    assert contest_of(year) == contest_of(runoff)
    assert round_date(year) is None and round_date(runoff) == "2017-06-20"
    assert entity_iri(runoff).startswith(entity_iri(year) + "/")
    # an odd-year House vote is a special election whether or not the article says so
    assert contest_of(runoff).kind == "special"  # type: ignore[union-attr]


def test_labels_come_from_the_key_not_the_wording() -> None:
    a = election("2017-06-20", "runoff", True, "Georgia's 6th district special election runoff")
    b = election("2017-06-20", "runoff", None, "the Ossoff-Handel race")
    assert as_stored(a).label == as_stored(b).label
    assert as_stored(a).label == ("2017 Georgia's 6th congressional district special election, "
                                  "vote of 2017-06-20")
    assert as_stored(election("2017-06")).label == as_stored(election("2017")).label


def test_a_party_primary_is_its_own_contest() -> None:
    primary = election("2018-05-22", "primary")
    general = election("2018-11-06", "general")
    assert contest_of(primary).kind == "primary"  # type: ignore[union-attr]
    assert contest_of(general).kind == "general"  # type: ignore[union-attr]
    assert contest_of(primary) != contest_of(general)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    location = tmp_path_factory.mktemp("seeds") / "store"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "-l", str(location), "-q"])
    assert result.exit_code == 0, result.output
    return location


def rows(location: Path, sparql: str) -> list[tuple[str, ...]]:
    with open_store(location, read_only=True) as store:
        result = store.query("PREFIX kg: <https://w3id.org/kg-elections/ontology#>\n"
                             "PREFIX schema: <https://schema.org/>\n"
                             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + sparql,
                             use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        return [tuple(t.value if t is not None else "" for t in r) for r in result]


def test_seeds_give_one_contest_one_node_per_round_one_label_each(seeds: Path) -> None:
    labels = rows(seeds, "SELECT ?e (COUNT(DISTINCT ?l) AS ?n) "
                         "WHERE { ?e a kg:Election ; rdfs:label ?l } GROUP BY ?e")
    assert labels and all(n == "1" for _, n in labels)
    nodes = rows(seeds, f"""SELECT DISTINCT ?e ?date ?contest WHERE {{
        ?e a kg:Election ; kg:division "{GA6}" ; kg:electionDate ?date .
        FILTER(STRSTARTS(?date, "2017"))
        OPTIONAL {{ ?e schema:superEvent ?contest }} }}""")
    # the special election (its first round and runoff); other 2017 contests of the district
    # (a primary some fact names) are other nodes
    contests = {e for e, _, contest in nodes if not contest and e.endswith("/2017/special")}
    assert len(contests) == 1
    rounds = [date for _, date, contest in nodes if contest]
    assert len(rounds) == len(set(rounds)) and all(len(d) == 10 for d in rounds)
    assert all(contest in contests for _, _, contest in nodes if contest)


def test_candidates_listed_once_per_round(seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "candidates", "-p", "election", "cd:6", "-l",
                                       str(seeds), "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    keys = [(r["electionLabel"], r["candidate"]) for r in table]
    assert keys and len(keys) == len(set(keys))
    runoff = [r for r in table if r["date"] == "2017-06-20"]
    assert {r["candidate"] for r in runoff} == {"Jon Ossoff", "Karen Handel"}
    special = [r for r in table if r["electionLabel"].startswith("2017 Georgia's 6th")
               and "special" in r["electionLabel"]]
    assert [r["candidate"] for r in special if r["outcome"] == "won"] == ["Karen Handel"]
