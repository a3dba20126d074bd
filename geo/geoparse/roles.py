"""Roles and precision: is a mention where something happened, or only context?

A mention is an *incident location* when its sentence reports fighting,
shelling, casualties, evacuation or damage and nothing marks the place as
context. Context, checked first, in this order:

1. a country reference (demonym) or a whole country (an actor, or too coarse
   to map);
2. a reporting location or dateline ("a reporter in Dushanbe", "DUSHANBE (Reuters) -");
3. a seat of government used for its government ("the government in Bishkek",
   "Bishkek said");
4. a diplomatic venue ("talks in Moscow", "in New York on the fringes of the
   UN General Assembly");
5. in a border story, a place far from the border (more than
   :data:`FAR_FROM_BORDER_KM` from the Batken-Isfara area) not itself named
   as the scene of violence: a distant conflict named for comparison, or a
   capital.

Precision follows ACLED: 1 the named town; 2 near a town ("around Batken")
or a district; 3 a region, the border area or a country.
"""

from __future__ import annotations

import re

from geo.gazetteer.ranking import BORDER_FOCUS, haversine_km
from geo.geoparse.cues import NEAR_WORDS
from geo.geoparse.model import Mention

__all__ = ["FAR_FROM_BORDER_KM", "VIOLENCE", "assign_role"]

FAR_FROM_BORDER_KM = 250.0

VIOLENCE = re.compile(
    r"\b(fight\w*|fought|clash\w*|shell\w*|kill\w*|dead|died|dies|deaths?|wound\w*|injur\w*|"
    r"attack\w*|gunfire|fir(?:e|ed|ing)\b|artillery|mortars?|drones?|rockets?|missiles?|"
    r"bomb\w*|evacuat\w*|displac\w*|fled|flee\w*|refugees?|damag\w*|destroy\w*|burn\w*|"
    r"casualt\w*|violen\w*|hostilit\w*|battles?|skirmish\w*|shoot\w*|shot|airstrikes?|"
    r"strikes?|assault\w*|offensive|brought to safety|looted|hostages?|protest\w*|"
    r"blockad\w*|incursion\w*|invad\w*|captur\w*|seiz\w*)\b",
    re.I,
)
_REPORTING_BEFORE = re.compile(
    r"\b(reporter|correspondent|journalist|bureau|reporting|stringer|news agency)\b"
    r"[^.;]{0,80}\b(in|from)\s+(the\s+)?([\w-]+\s+){0,3}$",
    re.I,
)
_DATELINE_AFTER = re.compile(r"^[\s,]*(\(?[A-Z][\w ]{1,20}\)?\s*)?[-–—:]|^,\s+\w+\.?\s+\d{1,2}\b")
_GOVERNMENT_BEFORE = re.compile(
    r"\b(government|authorities|officials?|ministry|president|presidential administration|"
    r"administration|parliament|leadership|kremlin|embassy|leaders?|cabinet)\s+(in|of)\s+$",
    re.I,
)
_SPEECH_AFTER = re.compile(
    r"^\s*(has\s+|had\s+|have\s+|also\s+|later\s+)?(said|says|say|claimed|claims|announced|"
    r"declared|accused|urged|stated|reported|blamed|insisted|denied|confirmed|called|warned|"
    r"responded|rejected|was merely|is merely|wants|demanded|protested to|summoned|"
    r"officials|authorities)\b",
    re.I,
)
_SPEECH_BEFORE = re.compile(r"\b(said|says|told|according to)\s+(that\s+)?$", re.I)
_DIPLOMACY = re.compile(
    r"\b(talks|summit|meeting|met|negotiat\w*|general assembly|united nations|fringes|"
    r"conference|visit\w*|mediat\w*|diplomat\w*|envoy|signed|treaty|phone|telephon\w*)\b",
    re.I,
)
_VENUE_BEFORE = re.compile(
    r"\b(talks|summit|meeting|conference|negotiations|visit|trip|met|meet|meets|mediation|"
    r"consultations|signed|signing)\s+([\w-]+\s+){0,3}(in|to|at)\s+(the\s+)?$",
    re.I,
)
_VENUE_AFTER = re.compile(
    r"^\s*,?\s*(on the fringes|on the sidelines|at the (un|united nations)|for talks|"
    r"(summit|talks|conference)\b)",
    re.I,
)
_EXPLICIT_SCENE = re.compile(
    r"\b(fighting|clashes|shelling|attacks?|explosions?|protests?|killed|wounded)\s+"
    r"(in|at|near|around)\s+(the\s+)?([\w-]+\s+){0,2}$",
    re.I,
)


def assign_role(mention: Mention, *, text: str, sentence: tuple[int, int], border_story: bool) -> None:
    """Set ``role``, ``role_reason`` and ``precision`` of one mention in place."""
    s, e = sentence
    before = text[s:mention.start]
    after = text[mention.end:e]
    sentence_text = text[s:e]
    place = mention.place
    if mention.kind == "cue":
        mention.role, mention.role_reason = "unresolved", "name in a place cue, not in the gazetteer"
        return
    if mention.kind == "country_reference":
        mention.role, mention.role_reason = "context", "country reference (demonym)"
        return
    if place is None:
        mention.role, mention.role_reason = "unresolved", "no gazetteer candidate"
        return
    if place.kind == "country":
        mention.role, mention.role_reason = "context", "country (actor, or too coarse to map)"
        return
    if _REPORTING_BEFORE.search(before) or (mention.start == s and _DATELINE_AFTER.match(after)
                                            and mention.text.isupper()):
        mention.role, mention.role_reason = "context", "reporting location or dateline"
        return
    if _GOVERNMENT_BEFORE.search(before) or _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before):
        mention.role, mention.role_reason = "context", "seat of government or speaker"
        return
    violent = bool(VIOLENCE.search(sentence_text))
    if _VENUE_BEFORE.search(before) or _VENUE_AFTER.match(after) or (
        _DIPLOMACY.search(sentence_text) and not violent
    ):
        mention.role, mention.role_reason = "context", "diplomatic venue"
        return
    far = haversine_km(place.lat, place.lon, BORDER_FOCUS[0], BORDER_FOCUS[1]) > FAR_FROM_BORDER_KM
    if border_story and far and not _EXPLICIT_SCENE.search(before):
        mention.role, mention.role_reason = "context", "far from the border fighting"
        return
    if not violent:
        mention.role, mention.role_reason = "context", "no violence or impact in the sentence"
        return
    mention.role, mention.role_reason = "incident", "violence or impact reported at the place"
    mention.precision = _precision(mention, before)


def _precision(mention: Mention, before: str) -> int:
    place = mention.place
    assert place is not None
    if mention.kind == "border_area" or place.kind in ("admin1", "border") or place.feature_code == "ADM1":
        return 3
    if place.feature_code == "ADM2" or place.kind == "district":
        return 2
    if mention.expect_region:
        return 3
    if NEAR_WORDS.search(before):
        return 2
    return 1
