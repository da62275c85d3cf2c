#!/usr/bin/env python3
"""Builds src/main/resources/kb/organisations.tsv.gz from CoreNLP's WikiDict (models-english-kbp).

WikiDict maps 21 million surface forms, as Wikipedia's links and redirects write them, to Wikipedia titles with a
probability, and says nothing of types. A title is taken for an organisation when its own name has an organisation
designator ("Liverpool F.C.", "Confederation of African Football"), or when a form linked to it is its name with one
or two words ending in a club's, company's or broadcaster's designator ("Al-Ahly Sporting Club" for Al-Ahly, "Toyota
Motor Corporation" for Toyota; not "Taipei City Council"), or when two or more other name-like forms ending in a
designator link to it ("British Broadcasting Corporation", "British Broadcast Corporation" for BBC).
A title that is a country's or a city's name in kb/world.json is the place, not its government or council, and is
dropped. Kept: every capitalised form of one to four words whose likeliest title is such an organisation.

Usage: tools/organisation-names/build.py [path/to/stanford-corenlp-VERSION-models-english-kbp.jar]
(the jar is fetched with `./mvnw dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.10:jar:models-english-kbp`).
"""
import collections
import gzip
import io
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_JAR = os.path.expanduser(
    "~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english-kbp.jar")
ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz"
OUT = os.path.join(ROOT, "src", "main", "resources", "kb", "organisations.tsv.gz")
WORLD = os.path.join(ROOT, "src", "main", "resources", "kb", "world.json")

DESIGNATOR = (r"(F\.?C\.?|S\.?C\.?|A\.?F\.?C\.?|C\.?F\.?|Club|Corporation|Corp\.?|Inc\.?|Incorporated|Company|Ltd\.?"
              r"|Limited|plc|PLC|GmbH|AG|S\.A\.|Group|Holdings|Motors?|Airlines|Airways|Bank|Network|Broadcasting"
              r"|Television|Radio|News|Newspaper|Party|Organi[sz]ation|Association|Federation|Confederation|Council"
              r"|Agency|Ministry|Army|Institute|University|Committee|Commission|Foundation|Society|Authority)")
ENDS_IN_DESIGNATOR = re.compile(r"(^|\s)" + DESIGNATOR + r"$")
BUSINESS = (r"(F\.?C\.?|S\.?C\.?|A\.?F\.?C\.?|C\.?F\.?|Club|Corporation|Corp\.?|Inc\.?|Incorporated|Company|Ltd\.?|Limited"
            r"|plc|PLC|GmbH|AG|S\.A\.|Group|Holdings|Motors?|Airlines|Airways|Bank|Network|Broadcasting|Television|Radio"
            r"|News|Newspaper)")
ENDS_IN_BUSINESS = re.compile(r"(^|\s)" + BUSINESS + r"$")
HAS_DESIGNATOR = re.compile(r"\b" + DESIGNATOR + r"(\s|$)")
MINOR = {"of", "the", "and", "for", "de", "du", "la", "le", "al", "el", "des", "del", "di", "da", "y", "&"}
NAME_WORD = re.compile(r"^[\w.&'-]+$")
MIN_PROBABILITY = 0.3


def normalized(name):
    return re.sub(r"[\s_-]+", " ", re.sub(r"\s*\(.*?\)", "", name)).strip().lower()


def name_like(form, max_words):
    words = form.split()
    return (1 <= len(words) <= max_words and (words[-1][0].isupper() or words[-1][0].isdigit())
            and all(NAME_WORD.match(w) and (w[0].isupper() or w[0].isdigit() or w.lower() in MINOR) for w in words))


def place_names():
    """The world gazetteer's country and city names: a title that is one of them is the place, whatever links to it."""
    with open(WORLD, encoding="utf-8") as file:
        world = json.load(file)
    names = set()
    for country in world["countries"]:
        names.update(normalized(name) for name in [country["name"]] + country.get("aliases", []))
    for city in world["cities"]:
        names.add(normalized(city[0]))
        names.update(normalized(name) for name in city[6])
    return names


def rows(jar):
    with zipfile.ZipFile(jar) as archive, archive.open(ENTRY) as raw:
        with gzip.open(raw, "rt", encoding="utf-8", errors="replace") as lines:
            for line in lines:
                parts = line.rstrip("\n").split("\t")
                if len(parts) != 3:
                    continue
                try:
                    yield parts[0], parts[1], float(parts[2])
                except ValueError:
                    continue


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_JAR
    organisations, designated_forms = set(), collections.defaultdict(set)
    likeliest = {}
    for form, title, probability in rows(jar):
        if probability < MIN_PROBABILITY or not name_like(form, 8):
            continue
        own_name = normalized(title.replace("_", " "))
        if HAS_DESIGNATOR.search(re.sub(r"\s*\(.*?\)", "", title.replace("_", " "))):
            organisations.add(title)
        elif ENDS_IN_DESIGNATOR.search(form):
            extra = len(normalized(form).split()) - len(own_name.split())
            if normalized(form).startswith(own_name + " "):
                # "Toyota Motor Corporation", not "Taipei City Council": a place's council bears its name too
                if 1 <= extra <= 2 and ENDS_IN_BUSINESS.search(form):
                    organisations.add(title)
            elif probability >= 0.5:
                designated_forms[title].add(re.sub(r"^the ", "", normalized(form)))
        if name_like(form, 4) and len(form) >= 2 and (form not in likeliest or probability > likeliest[form][1]):
            likeliest[form] = (title, probability)
    organisations.update(title for title, forms in designated_forms.items() if len(forms) >= 2)
    places = place_names()
    organisations = {title for title in organisations if normalized(title.replace("_", " ")) not in places}
    kept = sorted((form, title) for form, (title, _) in likeliest.items() if title in organisations)
    with open(OUT, "wb") as out, gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as packed:
        with io.TextIOWrapper(packed, encoding="utf-8") as text:
            text.write("# form\tWikipedia title; generated by tools/organisation-names/build.py, see organisations.NOTICE.md\n")
            for form, title in kept:
                text.write(f"{form}\t{title}\n")
    print(f"{len(organisations)} organisation titles, {len(kept)} forms -> {OUT}")


if __name__ == "__main__":
    main()
