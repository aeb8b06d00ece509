"""Comparing people's names the way the audit must: without case, titles, ranks or punctuation.

"Staff Sgt. Kyle Davis", "SSG KYLE DAVIS" and "Kyle Davis" are one person; "José Núñez" and
"Jose Nunez" too. Pure functions on strings.
"""

from __future__ import annotations

import re
import unicodedata

# Military ranks (US services' abbreviations and spelled-out forms) and civil titles that a credit
# may carry before a name. Multi-word ranks come first so they are removed whole.
_TITLES = (
    "staff sergeant", "sergeant first class", "master sergeant", "first sergeant",
    "sergeant major", "command sergeant major", "chief master sergeant", "senior master sergeant",
    "technical sergeant", "gunnery sergeant", "lance corporal", "private first class",
    "petty officer 1st class", "petty officer 2nd class", "petty officer 3rd class",
    "petty officer first class", "petty officer second class", "petty officer third class",
    "chief petty officer", "senior chief petty officer", "master chief petty officer",
    "mass communication specialist 1st class", "mass communication specialist 2nd class",
    "mass communication specialist 3rd class", "mass communication specialist seaman",
    "senior airman", "airman first class", "airman 1st class", "staff sgt", "master sgt",
    "sgt maj", "sgt 1st class", "tech sgt", "gunnery sgt", "lance cpl", "1st lt", "2nd lt",
    "first lieutenant", "second lieutenant", "lieutenant colonel", "lieutenant commander",
    "lt col", "lt cmdr", "lt cdr", "brig gen", "maj gen", "lt gen", "rear adm", "vice adm",
    "chief warrant officer", "warrant officer", "specialist", "spc", "spec", "pfc", "pvt",
    "private", "corporal", "cpl", "sergeant", "sgt", "ssg", "ssgt", "sfc", "msg", "msgt",
    "tsgt", "smsgt", "cmsgt", "sra", "a1c", "amn", "airman", "seaman", "petty officer", "po1",
    "po2", "po3", "cpo", "mc1", "mc2", "mc3", "mcsn", "lieutenant", "lt", "ltjg", "captain",
    "capt", "cpt", "major", "maj", "colonel", "col", "general", "gen", "admiral", "adm",
    "commander", "cmdr", "cdr", "ensign", "ens", "cwo2", "cwo3", "cwo4", "cwo5", "wo1",
    "dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame", "rev",
)
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\s+)+")
_SEPARATORS = re.compile(r"\s*(?:;|\band\b|&|,)\s*", re.IGNORECASE)


def person_key(name: str | None) -> str | None:
    """A comparison key for one person's name; None when nothing of a name is left."""
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^\w\s]", " ", folded)
    folded = " ".join(folded.replace("_", " ").split())
    folded = _TITLE_RE.sub("", folded + " ").strip()
    return folded or None


def people_keys(names: str | None) -> str | None:
    """Keys of every person in a list of names ("A; B", "A and B"), as "|a|b|" for SQL LIKE."""
    if not names:
        return None
    keys = [k for part in _SEPARATORS.split(names) if (k := person_key(part))]
    return "|" + "|".join(dict.fromkeys(keys)) + "|" if keys else None
