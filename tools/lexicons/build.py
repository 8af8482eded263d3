#!/usr/bin/env python3
"""Regenerates the lexicon files derived from openly licensed data (docs/sentiment.md).

Run from the repository root: python3 tools/lexicons/build.py ../shared/data
Writes src/Pulse.Monitoring/Text/Lexicons/{nl,en,emoji}.tsv. The hand-written corrections
(nl-workplace.tsv, en-workplace.tsv) are not generated: they are edited by hand and override these.
"""
import re, sys, statistics, xml.etree.ElementTree as ET
from pathlib import Path

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
out = Path("src/Pulse.Monitoring/Text/Lexicons")

# pattern polarity is -1..1 and milder than VADER's -4..4 means ("goed" 0.55 vs "good" 1.9): x3.5 puts them on one scale.
PATTERN_SCALE = 3.5

def pattern(lang):
    senses = {}
    for w in ET.parse(data / "pattern-sentiment-lexicons" / f"{lang}-sentiment.xml").getroot().iter("word"):
        form = w.get("form").strip().lower()
        if form and " " not in form:
            senses.setdefault(form, []).append(float(w.get("polarity")))
    return {f: round(statistics.mean(p) * PATTERN_SCALE, 2) for f, p in senses.items()}

def vader():
    entries = {}
    for line in (data / "vader" / "vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            entries[parts[0]] = float(parts[1])
    return entries

HEADER_NL = """# Dutch sentiment lexicon of Pulse (format: docs/sentiment.md): TERM<TAB>VALENCE, valence -4..+4.
# Derived from the pattern Dutch adjective lexicon nl-sentiment.xml v1.2 by Tom De Smedt and Walter Daelemans
# (CLiPS, University of Antwerp; github.com/clips/pattern, licence PDDL; code BSD-3-Clause): the mean polarity of
# each form's senses, times 3.5; forms whose mean is 0 are left out. Regenerate: python3 tools/lexicons/build.py.
# Corrections and workplace words are in nl-workplace.tsv, which overrides this file.
"""
HEADER_EN = """# English sentiment lexicon of Pulse (format: docs/sentiment.md): TERM<TAB>VALENCE, valence -4..+4.
# The word entries (not the emoticons) of VADER's vader_lexicon.txt by C.J. Hutto and Eric Gilbert
# (github.com/cjhutto/vaderSentiment, MIT licence; Hutto & Gilbert, ICWSM 2014): the mean rating of each token.
# Regenerate: python3 tools/lexicons/build.py. Corrections are in en-workplace.tsv, which overrides this file.
"""
HEADER_EMOJI = """# Emoji and emoticon lexicon of Pulse, used for every language (format: docs/sentiment.md): TERM<TAB>VALENCE.
# Emoticons: the non-word entries of VADER's vader_lexicon.txt. Emoji: VADER's emoji_utf8_lexicon.txt names each
# emoji; its valence here is the sum of the VADER valences of the words of its name, clipped to -3..+3
# (github.com/cjhutto/vaderSentiment, MIT licence). Regenerate: python3 tools/lexicons/build.py.
"""

def write(name, header, entries):
    with open(out / name, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for term in sorted(entries):
            f.write(f"{term}\t{entries[term]:g}\n")

nl = {t: v for t, v in pattern("nl").items() if v != 0}
v = vader()
is_word = re.compile(r"^[a-z][a-z'\-]*$")
en = {t: x for t, x in v.items() if is_word.match(t)}
emoticons = {t: x for t, x in v.items() if not is_word.match(t) and not t.isalpha()}
emoji = {}
for line in (data / "vader" / "emoji_utf8_lexicon.txt").read_text(encoding="utf-8").splitlines():
    parts = line.split("\t")
    if len(parts) < 2:
        continue
    score = sum(v.get(w, 0.0) for w in re.findall(r"[a-z']+", parts[1].lower()))
    if score != 0:
        emoji[parts[0]] = round(max(-3.0, min(3.0, score)), 2)
write("nl.tsv", HEADER_NL, nl)
write("en.tsv", HEADER_EN, en)
write("emoji.tsv", HEADER_EMOJI, {**emoticons, **emoji})
print(len(nl), len(en), len(emoticons), len(emoji))
