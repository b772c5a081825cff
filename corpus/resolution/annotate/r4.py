#!/usr/bin/env python3
"""Resolution-set annotations, batch r4 (10 Current-Events pages).

Offsets are computed, never typed: each mention is given as (snippet, n, name) -- the n-th
(1-based) occurrence of `snippet` in the document, then the first occurrence of `name` inside it.
Only text before the `### Related:` heading is annotated (GUIDE: Related lines are links);
URLs, `Formats:` links and source-list titles are not text either.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]          # corpus/
DOCS = ROOT / "docs"
OUT = ROOT / "resolution" / "annotations" / "r4.jsonl"

# --- entity keys -------------------------------------------------------------------------
P_AQUINO = "person:Benigno Aquino III"
P_ESTRADA = "person:Joseph Estrada"
P_WYCLEF = "person:Wyclef Jean"
P_GRYB = "person:Dalia Grybauskaitė"
P_SCHULZ = "person:Martin Schulz"
P_HOFER = "person:Norbert Hofer"
P_VDB = "person:Alexander Van der Bellen"
P_DODON = "person:Igor Dodon"
P_SANDU = "person:Maia Sandu"
P_GISKE = "person:Trond Giske"
P_LULA = "person:Luiz Inácio Lula da Silva"

O_PRES_PH = "office:President of the Philippines"
O_PRES_HT = "office:President of Haiti"
O_PRES_EP = "office:President of the European Parliament"
O_PRES_AT = "office:President of Austria"
O_MP_LT = "office:Member of the Seimas"
O_EDU_MD = "office:Minister of Education of Moldova"
O_DEP_NO_LAB = "office:Deputy Leader of the Norwegian Labour Party"
O_PRES_BR = "office:President of Brazil"

E_PH_2010 = "election:ocd-division/country:ph|2010|general"
E_CA_2010_REF = "election:ocd-division/country:us/state:ca|2010|referendum"
E_LT_2014 = "election:ocd-division/country:lt|2014|general"
E_AT_2016 = "election:ocd-division/country:at|2016|general"
E_MD_2016 = "election:ocd-division/country:md|2016|general"
E_BR_2018 = "election:ocd-division/country:br|2018|general"

# (snippet, occurrence, name-inside-snippet, type, entity, round)
# round is only used for elections; "-" marks a non-election row.
ANN = {
    "c_2010-06-08_noynoy-aquino-is-elected-as-president-of.txt": [
        ("# Noynoy Aquino is elected", 1, "Noynoy Aquino", "Person", P_AQUINO, "-"),
        ("elected as President of the Philippines in", 1, "President of the Philippines", "Office", O_PRES_PH, "-"),
        ("in the Philippines presidential election,", 1, "the Philippines presidential election", "Election", E_PH_2010, None),
        ("second-place Joseph Estrada.", 1, "Joseph Estrada", "Person", P_ESTRADA, "-"),
    ],
    "c_2010-08-05_musician-wyclef-jean-formally-registers-.txt": [
        ("##### Wyclef Jean\n", 1, "Wyclef Jean", "Person", P_WYCLEF, "-"),
        ("# Musician Wyclef Jean formally", 1, "Wyclef Jean", "Person", P_WYCLEF, "-"),
        ("stand for the presidency of Haiti.", 1, "the presidency of Haiti", "Office", O_PRES_HT, "-"),
        ("Hip hop star Wyclef Jean formally", 1, "Wyclef Jean", "Person", P_WYCLEF, "-"),
        ("stand for president of his native Haiti", 1, "president", "Office", O_PRES_HT, "-"),
    ],
    "c_2010-11-02_california-voters-reject-a-proposition-t.txt": [
        # Proposition 23 (2010), the ballot measure to suspend AB 32; voted on 2010-11-02.
        ("California voters reject a proposition that", 1, "a proposition", "Election", E_CA_2010_REF, None),
    ],
    "c_2014-05-25_voters-in-lithuania-go-to-the-polls-with.txt": [
        ("incumbent Dalia Grybauskaite winning", 1, "Dalia Grybauskaite", "Person", P_GRYB, "-"),
        ("winning re-election in the", 1, "re-election", "Election", E_LT_2014, None),
        ("in the second round. ", 1, "the second round", "Election", E_LT_2014, "2014-05-25"),
    ],
    "c_2014-07-01_the-german-social-democrat-martin-schulz.txt": [
        ("Social Democrat Martin Schulz is reelected", 1, "Martin Schulz", "Person", P_SCHULZ, "-"),
        ("reelected President of the European Parliament for", 1, "President of the European Parliament", "Office", O_PRES_EP, "-"),
    ],
    "c_2016-05-22_the-second-round-of-voting-takes-place-t.txt": [
        ("# The second round of voting takes place", 1, "The second round of voting", "Election", E_AT_2016, "2016-05-22"),
        ("either Norbert Hofer or", 1, "Norbert Hofer", "Person", P_HOFER, "-"),
        ("or Alexander Van der Bellen as President of Austria", 1, "Alexander Van der Bellen", "Person", P_VDB, "-"),
        ("as President of Austria.", 1, "President of Austria", "Office", O_PRES_AT, "-"),
        ("candidate Norbert Hofer has", 1, "Norbert Hofer", "Person", P_HOFER, "-"),
        ("Green Party-backed Alexander Van der Bellen.", 1, "Alexander Van der Bellen", "Person", P_VDB, "-"),
    ],
    "c_2016-10-09_voters-in-lithuania-vote-to-elect-repres.txt": [
        # members of the Seimas elected in the 2016 parliamentary election (no span names the election itself)
        ("elect representatives for the 141-seat parliament", 1, "representatives", "Office", O_MP_LT, "-"),
    ],
    "c_2016-11-14_moldovan-presidential-election-2016-igor.txt": [
        ("# Moldovan presidential election, 2016.", 1, "Moldovan presidential election, 2016", "Election", E_MD_2016, None),
        ("2016. Igor Dodon, of the", 1, "Igor Dodon", "Person", P_DODON, "-"),
        ("wins Sunday's Moldovan presidential election run-off with", 1,
         "Sunday's Moldovan presidential election run-off", "Election", E_MD_2016, "2016-11-13"),
        ("former Education Minister Maia Sandu", 1, "Education Minister", "Office", O_EDU_MD, "-"),
        ("Education Minister Maia Sandu of the", 1, "Maia Sandu", "Person", P_SANDU, "-"),
        ("Party. Sandu has not yet", 1, "Sandu", "Person", P_SANDU, "-"),
    ],
    "c_2018-01-07_trond-giske-announces-his-permanent-resi.txt": [
        ("# Trond Giske announces", 1, "Trond Giske", "Person", P_GISKE, "-"),
        ("as deputy leader of Norway's Labour Party after", 1, "deputy leader of Norway's Labour Party",
         "Office", O_DEP_NO_LAB, "-"),
    ],
    "c_2018-03-06_according-to-a-mda-poll-commissioned-by-.txt": [
        ("lobby, Lula da Silva would win", 1, "Lula da Silva", "Person", P_LULA, "-"),
        # second round of the 2018 Brazilian general election: 2018-10-28
        ("win a second-round runoff against", 1, "a second-round runoff", "Election", E_BR_2018, "2018-10-28"),
        ("the office of President of Brazil, if", 1, "President of Brazil", "Office", O_PRES_BR, "-"),
        ("participate in the upcoming election.", 1, "the upcoming election", "Election", E_BR_2018, None),
    ],
}


def nth(text, snippet, n):
    pos = -1
    for _ in range(n):
        pos = text.find(snippet, pos + 1)
        if pos < 0:
            raise ValueError(f"occurrence {n} of {snippet!r} not found")
    return pos


def main():
    batch = (ROOT / "resolution" / "batch-r4.docs").read_text(encoding="utf-8").split()
    assert sorted(batch) == sorted(ANN), "batch and annotation keys differ"
    rows = []
    for doc in batch:
        text = (DOCS / doc).read_text(encoding="utf-8")
        related = text.find("### Related:")
        spans = []
        for snippet, n, name, typ, entity, rnd in ANN[doc]:
            s0 = nth(text, snippet, n)
            k = snippet.find(name)
            assert k >= 0, (doc, snippet, name)
            start, end = s0 + k, s0 + k + len(name)
            assert text[start:end] == name
            assert related < 0 or end <= related, (doc, name, "after Related:")
            row = {"document": doc, "start": start, "end": end, "text": name, "type": typ,
                   "entity": entity, "wikidata": None}
            if typ == "Election":
                row["round"] = rnd
            else:
                assert rnd == "-"
            spans.append(row)
        spans.sort(key=lambda r: r["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        rows.extend(spans)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mentions to {OUT}")


if __name__ == "__main__":
    main()
