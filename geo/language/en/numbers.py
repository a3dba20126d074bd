"""The English number grammar: numbers tied to their head nouns within a clause.

A figure is a number (digits with separators, number words read by the
maintained ``number-parser`` package, "a"/"an" before a singular person,
ACLED's vague quantities) tied to a head (killed, dead, died, death toll,
wounded, injured, evacuated, displaced, fled, missing, detained, houses
damaged) in the same clause, in either order:

* number first: ``two Kyrgyz border guards were killed``, ``36 deaths``,
  ``1,200 residents were evacuated``, ``one Tajik serviceman and one civilian
  were killed`` (each number of a coordination is a figure);
* head first: ``killing 2``, ``the death toll rose to five``, ``wounding five others``.

Never a figure: clock times (``07:15``, ``1700 GMT``), dates and years,
ages (``a 45-year-old``), ordinals, unit or post numbers (``outpost No. 3``),
money, percentages, distances and durations. Vague quantities are coded as
ACLED does: several/many/a number of = 10, a dozen/dozens/scores = 12,
hundreds = 100, thousands = 1000.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from number_parser import parse_number

from geo.language.lazy import lazy_compile
from geo.incidents.model import RawFigure
from geo.language.en.cues import ALSO, ALSO_ADDING, LEFT_PLACE, TOOK_AWAY
from geo.language.folding import fold_pattern, lower_keep_length
from geo.language.numbering import is_numbering, without_spelled_out
from geo.language.ranges import lowest_of_ranges
from geo.language.distributive import DistributiveReader
from geo.language.roster import RosterReader

__all__ = ["VAGUE_QUANTITIES", "read_figures", "word_number"]

VAGUE_QUANTITIES = {
    "several": 10, "many": 10, "a number of": 10, "scores of": 12, "a dozen": 12,
    "half a dozen": 6, "two dozen": 24, "three dozen": 36,
    "dozens of": 12, "dozens": 12, "hundreds of": 100, "hundreds": 100,
    "thousands of": 1000, "thousands": 1000,
}
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety hundred thousand million").split()
_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"  # "fourteen" before "four"
#: Relatives a person's figure may name: "a woman and her son", "his nephew was wounded".
_KIN = (r"(?:(?:son|daughter|brother|sister|father|mother)-in-law|"
        r"son|daughter|husband|wife|brother|sister|father|mother|child|grandson|granddaughter|"
        r"nephew|niece|cousin|uncle)")
#: What may stand before a relative's noun, if anything: "her 12-year-old daughter", "his teenage son", "her minor
#: daughter".
_KIN_ADJECTIVE = (r"(?:(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old|young|elderly|minor|teenage|little|infant|baby|adult|elder|"
                  r"older|younger)\s+)?")
_NUMBER = lazy_compile(
    r"(?P<vague>a number of|scores of|half a dozen|two dozen|three dozen|a dozen|dozens(?: of)?|hundreds(?: of)?|thousands(?: of)?|several|"
    r"many(?<!how many)(?<!how\smany))"  # (the literal first: look-behinds at every position cost)
    r"|(?P<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s*(?:thousand|million))?)"
    # (not the "ten" of "beaten"; "five - four servicemen and a driver -" is two numbers, not one)
    rf"|(?P<words>\b{_WORD}(?:(?:-|\s+|\s+and\s+){_WORD})*)"
    r"|(?P<article>\b(?:a|an|another(?!(?<=wounding another)|(?<=injuring another)|(?<=killing another))"
    # "killing the driver and wounding two passengers": the one person of the vehicle or scene told
    # ... "A drone strike on a car killed the driver and wounded two passengers"
    r"|(?<=killing )the|(?<=wounding )the|(?<=injuring )the|(?<=killed )the|(?<=wounded )the|(?<=injured )the"
    # ... "the Kyrgyz servicemen beat the shepherd with rifle butts"
    r"|(?<=beat )the|(?<=beating )the)\b)"
    # "and his nephew wounded": one relative of a person just named (or of a letter's writer: "My uncle died on the
    # slope")
    r"|(?P<kin>\b(?:his|her|my|our)\b(?=\s+" + _KIN_ADJECTIVE + _KIN
    + r"\b))"
    # "private A. Sh., born in 2002, received a gunshot wound": a soldier named by rank and initials
    # (the pattern runs on the lower-cased clause)
    r"|(?P<rank>\b(?:private|(?:junior |senior )?sergeant|(?:junior |senior )?lieutenant|corporal|captain|major|"
    r"soldier|serviceman)\s+(?:[a-z][a-z]?\.\s*){1,3})",
    re.I,
)
_FOLDED_NUMBER = fold_pattern(_NUMBER)
#: Single persons the main pattern leaves to cheaper separate tests (each is rare; the main
#: pattern runs on every clause): "Junior Sergeant Eldiyar Kadyrov, born in 2001, died" (a rank
#: and a full name, capitals checked on the clause as written), "killing one Tajik soldier and
#: wounding another", and a headline without its article, "Tajik woman killed by gunfire".
_RANK_NAME = lazy_compile(
    r"\b(?:private|(?:junior |senior )?sergeant|(?:junior |senior )?lieutenant|corporal|captain|major)"
    r"\s+[^\W\d_]+\s+[^\W\d_]+(?=\s*,|\s+(?:died|was|were|received|suffered|sustained|is)\b)")
_RANK_WORD = lazy_compile(r"private|sergeant|lieutenant|corporal|captain|major")
#: One person named after his nationality and trade, hurt or killed: "Tajik national |Umed Sobirov| was shot dead",
#: "Kyrgyz border guard Ravshan Muminov was killed" (the name capitalised, matched on the clause as written).
_TITLED_NAME_HURT = lazy_compile(
    r"(?:(?:Kyrgyz|Tajik|[Ll]ocal)\s+)?(?i:national|border guard|serviceman|soldier|resident|villager|shepherd|herder|"
    r"farmer|driver|police officer|policeman|citizen)\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
    # (up to the head: "shot" of "shot dead" goes with the person)
    r"(?=(?:,\s*\d{1,2},)?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|wounded|injured|hurt)\b)"
    r"(?:(?:,\s*\d{1,2},)?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?shot(?=\s+dead\b))?")
#: One person named with an optional rank or trade and a full name (the capitals checked on the clause as written).
_NAMED_PERSON = (r"(?:(?i:lieutenant[- ]colonel|colonel|major|captain|(?:junior\s+|senior\s+)?lieutenant|"
                 r"(?:junior\s+|senior\s+)?sergeant|corporal|private(?:\s+soldier)?|soldier|border\s+guard|serviceman|"
                 r"conscript|officer|resident|villager|shepherd|herder|farmer|driver)\s+)?"
                 r"[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+")
#: People named one by one, then hurt or killed: "Major Anvar Rahimov, private soldier Davron Saidov and private
#: soldier Umed Karimov were killed" (as many people as names).
_NAMED_LIST_HURT = lazy_compile(
    r"(?<![\w-])(?P<list>" + _NAMED_PERSON + r"(?:\s*,\s*" + _NAMED_PERSON + r")*,?\s+and\s+" + _NAMED_PERSON + r")"
    r"(?=\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|shot\s+dead|wounded|injured|hurt)\b)")
_WOUNDING_ANOTHER = lazy_compile(r"\b(?:wounding|injuring|killing) (another)\b(?!\s+(?:\w+\s+)?(?:house|home|building))")
#: "A Kyrgyz border guard was killed and |another| was injured": one more person, the subject of the next verb.
_ANOTHER_SUBJECT = lazy_compile(r"\band (another)(?:\s+(?:guard|soldier|serviceman|man|woman|resident|villager|civilian))?"
                              # ("one child was killed and another injured": the auxiliary left out)
                              r"(?=\s+(?:(?:was|had been|has been|were)\s+(?:\w+\s+)?)?(?:wounded|injured|hurt|killed)\b)")
#: "pulled him out and beat |him| with rifle butts": the one person the story is about, hurt.
#: ... "where doctors treated |him| for bruises to his face and ribs"
_BEAT_PRONOUN = lazy_compile(r"\b(?:beat|beating|assaulted|stabbed|stabbing|struck|kicked|punched)\s+(him|her)\b|"
                             r"\btreated\s+(him|her)\s+for\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|cuts?|"
                             r"bruises?|fractures?|burns?|concussions?)\b")
#: "the ministry said ... that |the| younger boy had died in the Batken regional hospital overnight": one of the
#: people the story counted, told apart by age or order, dead.
_THE_ONE_DIED = lazy_compile(r"(?:^[\s\"“;]*|\b(?:said|says|reported|confirmed)\s+(?:on\s+[\w-]+\s+)?(?:that\s+)?)"
                             r"(the)\s+(?:younger|youngest|older|oldest|elder|eldest|other|second|first|"
                             # ... "said the tractor driver died in the Khujand regional hospital" (the wounded man)
                             r"tractor|truck|car|"
                             r"(?:\d+|[a-z]+)-year-old)\s+(?:boy|girl|man|woman|child|teenager|brother|sister|son|"
                             r"shepherd|herder|guard|soldier|serviceman|resident|villager|victim|driver|farmer)"
                             # (not "The younger boy died at the scene": one of those killed, told again)
                             r"(?=\s+(?:had\s+|has\s+)?(?:died|succumbed)\b(?!\s+(?:at\s+the\s+scene|on\s+the\s+spot|"
                             r"instantly|immediately|on\s+the\s+way)))")
#: "|The sergeant| killed in Monday night's exchange of fire near Kok-Tash was buried on Thursday": the one person
#: a follow-up buries, killed in the event it names; at the clause's start.
_THE_ONE_KILLED_BURIED = lazy_compile(r"^[\s\"“;]*(the)\s+(?:(?:\d+|[a-z]+)-year-old\s+)?(?:junior\s+)?"
                                      r"(?:sergeant|soldier|serviceman|border guard|guard|conscript|shepherd|herder|"
                                      r"man|woman|boy|girl|farmer|resident|villager|driver)\s+"
                                      r"(?=killed\s+(?:in|during|when|on|near)\b[^.;]{0,100}?"
                                      r"\b(?:was|has been)\s+(?:buried|laid to rest)\b)")
#: "|The nephew| was hit in the hand": the one relative (or child) the story named, hurt; at the clause's start.
_THE_KIN_HURT = lazy_compile(r"(?:^[\s\"“;]*(?:according to (?:it|him|her|them|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?),\s+|"
                             # ... "As a result of the beating, the citizen received bodily injuries"
                             # (not "As a result of the explosion, the elder brother received ...": one of the people
                             # an explosion's count told)
                             r"as a result(?:\s+of\s+(?:the\s+)?(?:beating|beatings|detention|assault))?,\s+)?"
                             # "... told RFE/RL's Tajik Service that the 24-year-old guard was seriously wounded, not
                             # killed"
                             r"|\b(?:said|says|told\s+[^,.;]{1,40}?|reported|confirmed)\s+that\s+"
                             # "The Border Service said the younger of the two, 17, was beaten", "The Tajik Border
                             # Troops said the boy had been beaten with rifle butts"
                             r"|\b(?:said|says|reported|confirmed)\s+(?=the\s))"
                             # ("The owner's mother, 67, suffered burns to her hands")
                             r"(the\s+(?:(?:\d+|[a-z]+)-year-old\s+)?"
                             # ("The older man was beaten with rifle butts and suffered a broken nose")
                             r"(?:(?:older|younger|elder|eldest|oldest|youngest|other|second)\s+)?"
                             r"(?:(?:owner|driver|shepherd|farmer|family)['’]s\s+)?"
                             r"(?:" + _KIN + r"|boy|girl|teenager|guard|soldier|serviceman|conscript|"
                             # "According to it, the man was beaten and held for several hours", "As a result, the
                             # citizen suffered bodily injuries"
                             r"man|woman|shepherd|herder|farmer|villager|resident|driver|citizen|detainee|"
                             # "The older of the two was treated for a broken nose"
                             r"(?<=older )of the (?:two|three)|(?<=younger )of the (?:two|three)|"
                             r"(?<=elder )of the (?:two|three)"
                             # "The elder, 47, has bruises on his face and back and a fractured rib"
                             r"|(?:older|elder|eldest|oldest|younger|youngest)(?=,\s*\d{1,2},))"
                             # "The 52-year-old resident of Kara-Bak was wounded in the leg"
                             r"(?:\s+of\s+(?:the\s+village\s+of\s+)?[\w-]+)?"
                             # "The driver, 47, was cut by broken glass", "The shepherd, Ergeshbai M., born in 1989, was
                             # beaten with sticks" (his name and initial, the year he was born)
                             # (not "The serviceman, born in 2001, received ...": the one just counted, described)
                             r"(?:,\s*(?:\d{1,2}|[a-z’'-]+(?:\s+[a-z’'-]+)?\s+[a-z]\.(?:,\s*born\s+(?:in\s+)?\d{4})?),)?"
                             # an official's "citizen of the Republic of Tajikistan A. Nazarov, born in 1977, received a
                             # gunshot wound"
                             r"|citizen\s+of\s+the\s+(?:kyrgyz\s+)?republic(?:\s+of\s+[\w-]+)?(?:\s+[a-z]\.\s*[\w-]+)?"
                             r"(?:,\s*born\s+in\s+\d{4},)?)"
                             # ("The driver of one of them, a 34-year-old resident of Ak-Sai, received a cut wound")
                             # ... ("The driver of one of the cars received cuts to his face")
                             r"(?=(?:\s+of\s+one\s+of\s+(?:them|the\s+(?:cars|vehicles|lorries|trucks|buses)))?(?:,\s*an?\s+(?:\d+-year-old\s+)?[\w-]+(?:\s+of\s+[\w-]+)?,)?"
                             r"(?:\s+(?:was|had been|has been)\s+(?:\w+\s+)?(?:hit|wounded|injured|hurt|shot|beaten|"
                             r"cut\s+by|grazed|treated\s+for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?|"
                             r"bruises|fractures?|concussion|(?:broken|fractured)\s+[a-z]+))\b"
                             # "The teenager suffered a broken arm and a concussion", "The cousin, who suffered a leg
                             # wound, was discharged"
                             r"|(?:,\s*who)?\s+(?:had\s+)?(?:suffered|sustained|received)\s+[\"“]?(?:an?\s+)?"
                             # ("the younger man suffered bruises to his face and arms")
                             # ... a translation's "received a bruise of the shoulder"
                             r"(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns|fractures?|concussion|bruises?|cuts|"
                             r"(?:broken|fractured)\s+(?:arms?|legs?|nose|ribs?|jaw|skull))\b"
                             # ("The elder, 47, has bruises on his face and back")
                             r"|\s+(?:has|had)\s+(?:bruises|cuts|stab wounds|(?:an?\s+)?(?:broken|fractured)\s+"
                             r"(?:arm|leg|nose|rib|ribs|jaw|skull)|(?:a\s+)?concussion)\b))")
#: "... and |its 52-year-old driver| was hit in the shoulder": one person of the vehicle or family told, hurt.
_POSSESSED_PERSON_HURT = lazy_compile(
    r"\b((?:its|his|her|their)\s+(?:(?:\d+|[a-z]+)-year-old\s+)?(?:driver|passenger|shepherd|herder|"
    + _KIN + r"))\s+(?=(?:was|had been|has been)\s+(?:\w+\s+)?(?:hit|wounded|injured|hurt|shot)\b"
    # ... "and his wife has a big bruise on her shoulder"
    r"|(?:has|had)\s+(?:an?\s+)?(?:big\s+|small\s+|bad\s+|deep\s+)?(?:bruises?|cuts?|wounds?|concussion)\b)")
#: One person's limb broken or wounded: "the older man's left arm was broken when he was pushed into a vehicle", "the
#: driver's leg was fractured" (one of the people told, described).
_PERSON_S_LIMB_HURT = lazy_compile(
    r"\b(the\s+(?:(?:older|younger|elder|eldest|youngest|other|second|first)\s+)?(?:(?:\d+|[a-z]+)-year-old\s+)?"
    r"(?:man|woman|boy|girl|teenager|driver|passenger|shepherd|herder|farmer|guard|soldier|serviceman|villager|resident|"
    r"detainee)['’]s(?:\s+(?:left|right))?)\s+(?=(?:arm|leg|hand|wrist|nose|jaw|ribs?|collarbone|skull|shoulder|ankle|foot)\s+"
    r"(?:was|were|had\s+been)\s+(?:broken|fractured)\b)")
#: "|The herders|, aged 34 and 19, were beaten": people told by their ages only (their count is the ages').
_THE_PEOPLE_AGED = lazy_compile(r"\b(the\s+(?:[\w-]+\s+)?(?:herders|shepherds|men|farmers|villagers|residents|brothers|"
                                r"boys|teenagers|drivers|guards|servicemen|detainees))\s*,\s*aged\s+"
                                r"(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*\s+and\s+\d{1,2})\s*,"
                                # (hurt: not "The men, aged 19, 33 and 45, were taken to the Tajik village")
                                r"(?=\s+(?:were|had been|have been)\s+(?:\w+\s+)?(?:beaten|wounded|injured|hurt|killed|"
                                r"shot|hit|stabbed)\b)")
#: "... and |he| suffered a head injury": one person the story told, hurt (a described person, not a count).
_PRONOUN_HURT = lazy_compile(r"\b(he|she)\s+(?=(?:had\s+)?(?:suffered|sustained|received)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:injur(?:y|ies)|wounds?|fractures?|concussion)\b"
                             # "He had bruises on his face and body and a broken rib"
                             # ... quoted in the present: '"He has a broken nose and bruises on his chest"'
                             r"|ha[sd]\s+(?:bruises|cuts|stab wounds|(?:a\s+)?(?:broken|fractured)\s+(?:arm|leg|nose|rib|ribs|jaw|"
                             r"skull)|(?:a\s+)?concussion)\b"
                             # "he was taken to the Tajik border outpost in Kozho-Alo, where he was beaten with rifle
                             # butts"
                             r"|(?:was|had been)\s+(?:severely\s+|badly\s+|brutally\s+)?(?:beaten|stabbed)\b"
                             # ... "He lost two fingers of his left hand" (after a blast)
                             r"|lost\s+(?:(?:an?|one|two|three|his|her)\s+)?(?:fingers?|eyes?|legs?|arms?|hands?|feet|"
                             r"foot|toes?)\b)")
#: "|Kadyrbek Aitiev|, 46, was killed": one person named by first and last name with his age, hurt or killed (the
#: names capitalised; matched on the clause as written).
#: ... and with the wound told: "Nurlan Sadykov, 34, received a head injury", "Bakyt Toktorov, 51, suffered a broken
#: collarbone", "Emil Kadyrov, 19, had cuts to his face", "inspector Azamat Osmonov, 29, was hit in the leg".
_NAMED_WITH_AGE_HURT = lazy_compile(r"(?<![\w'’-])((?-i:[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+"
                                    # ... or by the initials the region's press gives: "Surkh resident F. Sh., 27,
                                    # who was hit in the left thigh"
                                    r"|[A-Z][a-z]?\.\s*[A-Z][a-z]?\.)),\s*\d{1,2},\s+(?:who\s+)?"
                                    r"(?=(?:was|had been|has been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot|"
                                    r"hit\s+(?:in|on|by)|beaten|stabbed|grazed|cut\s+(?:on|by|in))\b"
                                    r"|(?:received|suffered|sustained|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|"
                                    r"wounds?|cuts|bruises|fractures?|concussion|burns|broken\s+[a-z]+)\b)")
#: "killing a 58-year-old woman and wounding |her| 9-year-old grandson": one relative of the person just named.
_WOUNDING_KIN = lazy_compile(r"\b(?:wounding|injuring|killing) (his|her)\s+" + _KIN_ADJECTIVE + _KIN + r"\b")
_BARE_DEMONYM = lazy_compile(
    r"(?:kyrgyz|tajik)(?=\s+(?:[\w-]+\s+)?(?:woman|man|soldier|border guard|guard|serviceman|civilian|"
    r"resident|villager|shepherd|herder|farmer|teenager|boy|girl|child|student|driver|worker|conscript)\s+"
    r"(?:is\s+|was\s+)?(?:killed|dies|died|shot|wounded|injured|hurt)\b)")
#: ... and a person without a demonym, in a headline or a telegraphic line: "Boy aged 14 killed and his brother
#: injured 18 Oct", "Teenager killed by old shell".
_BARE_PERSON = lazy_compile(
    r"[\s\"“;]*((?:boy|girl|teenager|woman|man|border guard|soldier|serviceman|shepherd|herder|farmer|civilian|"
    r"resident|villager|child|driver|conscript))(?=(?:\s+aged\s+\d{1,2})?\s+(?:is\s+|was\s+)?(?:killed|dies|died|"
    r"shot dead|wounded|injured|hurt)\b)")
#: People a figure may count; "a"/"an" counts only before one of these.
#: Families and households are not listed: "40 families were moved" gives no number of people.
PERSON = (r"(?:people|persons?|civilians?|residents?|villagers?|soldiers?|servicem[ae]n|"
          r"service ?members?|troops?|border guards?|guards?|officers?|policem[ae]n|police officers?|"
          r"children|child|kids?|boys?|girls?|wom[ae]n|m[ae]n|citizens?|militants?|fighters?|"
          r"workers?|farmers?|shepherds?|herders?|locals?|inhabitants?|individuals?|victims?|schoolboys?|schoolgirls?|"
          r"miners?|teachers?|traders?|pensioners?|drivers?|labou?rers?|builders?|herdsmen|herdsman|watchm[ae]n|widow(?:er)?s?|"
          r"operators?|electricians?|doctors?|nurses?|minors?|passengers?|"
          r"teenagers?|teens|youths?|students?|pupils?|protesters?|demonstrators?|servicemen|military personnel|"
          r"personnel(?! carriers?)|conscripts?|"
          r"sergeants?|privates|corporals?|lieutenants?|contract soldiers?|"
          # "a private was wounded in the shoulder" (the rank), not "a private house"
          r"private(?!\s+(?:houses?|homes?|propert\w+|clinics?|hospitals?|cars?|vehicles?|firms?|compan\w+|plots?|"
          r"land|sector|schools?|security|individuals?|persons?|citizens?))|"
          r"others|of them|family members|nationals?|lives|neighbou?rs?|relatives|bystanders|passers-by|"

          # "Two of his comrades were wounded", "two members of his family were injured", "of one family"
          r"comrades|colleagues|members of (?:his|her|their|the|one|a|the same) famil(?:y|ies)|"
          # "killing a farmer and wounding his three grandsons"
          r"sons|daughters|brothers|sisters|grandsons|granddaughters|grandchildren|nephews|nieces|cousins|"
          # a country's people by their demonym: "three Tajiks were killed", "two Kyrgyz died"
          r"Tajiks|Kyrgyzstanis|Tajikistanis|Uzbeks|Kyrgyz(?=\s+(?:were|was|have|had|died|killed|wounded|injured|"
          r"hurt|and)\b))"
          # (not a possessive: "destroyed a shepherd’s hut and a barn and killed 14 sheep")
          r"(?![’']s\b)")
_HOUSES = r"(?:houses?|homes?|buildings?|dwellings?|schools?|shops?|structures?)"
#: One person a figure may count: "a border guard", "the shepherd".
_ONE_PERSON = (r"(?:woman|man|child|boy|girl|soldier|serviceman|border guard|guard|civilian|resident|"
               r"villager|shepherd|herder|farmer|officer|policeman|teenager|person|student|conscript|victim|"
               r"sergeant|private|corporal|lieutenant|captain|major|warrant officer|contract soldier|"
               r"citizen|driver|worker|pupil|schoolboy|schoolgirl|miner|teacher|trader|pensioner|mechanic|labou?rer|"
               r"builder|engineer|herdsman|fisherman|hunter|shopkeeper|watchman|widow|widower|protester|demonstrator|"
               r"operator|electrician|doctor|nurse|minor|passenger|imam|mullah|neighbou?r(?!\s+of\b)|"
               r"national(?=\s*,|\s+(?:was|is|has|had|died|who)\b))")
_SINGULAR_PERSON = lazy_compile(
    # "a Kyrgyz and a Tajik border guard were killed": the first one's noun comes with the second
    r"^\s+(?:(?:kyrgyz|tajik)\s+and\s+an?\s+(?=(?:kyrgyz|tajik)\s))?"
    # "a second Kyrgyz man, aged 27, suffered ...": one more person
    # "a 52-year-old Chek resident": a capitalised home between the age and the person
    r"(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|young\s+|local\s+|elderly\s+|kyrgyz\s+|tajik\s+|female\s+|male\s+|"
    r"junior\s+|senior\s+|"
    # "The older man was beaten with rifle butts": one of two people told
    r"(?:older|younger|elder|eldest|oldest|youngest)\s+|"
    # "wounding a school watchman", "a night guard"
    r"(?:school|night|security)\s+(?=(?:watchman|guard|teacher|janitor|cleaner)\b)|"
    # "A Kyrgyz police officer was hit on the head by a stone"
    r"(?:police|customs|traffic)\s+(?=officer\b)|"
    # "wounding a tractor driver"
    r"(?:tractor|bulldozer|taxi|truck|lorry|bus|minibus|excavator|combine|crane)\s+(?=(?:driver|operator)\b)|"
    # "A history teacher, 44, received cuts": a trade's subject before the trade
    r"(?:history|chemistry|physics|biology|geography|mathematics|maths?|music|english|russian|kyrgyz|tajik|"
    r"literature|sports?|primary|school|kindergarten)\s+(?=teacher\b)|"
    r"(?-i:[A-Z][\w-]+)\s+(?=(?:resident|villager|shepherd|herder|farmer|man|woman|boy|girl|teenager)\b)|"
    r"(?:second|third|fourth|fifth|sixth)\s+(?=(?:\d+-year-old\s+|young\s+|local\s+|elderly\s+|kyrgyz\s+|tajik\s+|"
    r"child\b|boy\b|girl\b|teenager\b|"
    # "a fourth resident of Surkh ... had been treated": the count is now four
    r"(?:resident|villager|person|man|woman|shepherd|herder|farmer|serviceman|soldier|border guard)\b)))*"
    rf"(?:{_ONE_PERSON}|"
    # "two shepherds were killed and a third was wounded": one more person
    r"(?<!the )(?:second|third|fourth|fifth|sixth)\b(?=\s+(?:was|were|is|has|had|died|man|woman|person|one)\b)|"
    # "a Kyrgyz 16-year-old suffered a broken nose": the age standing for the person
    r"(?:\d+|[a-z]+)-year-old(?=\s+(?:was|is|suffered|received|sustained|died|had)\b)|"
    # "A 44-year-old bulldozer operator was wounded": an age names a person, whatever the trade
    r"(?<=-year-old\s)(?:[a-z]+\s+)?[a-z]+(?=\s+(?:was|is|had been|has been|suffered|received|sustained|died)\b)|"
    # "a 14-year-old Umedjon Safarov, a 23-year-old Asrorkhon Asadzoda and a 59-year-old Sodiqboy Nabiyev were
    # injured": an age, then the person's name
    r"(?<=-year-old\s)(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}(?=\s*,|\s+(?:and|was|were|is|had|has|"
    r"suffered|received|sustained|died)\b))\b",
    re.I)
#: The injury someone "had": "had a head injury", "had gunshot wounds".
_HAD_INJURY = (r"(?:an?\s+)?(?:(?:minor|light|serious|severe|head|bodily)\s+(?:injury|injuries|concussion|wounds?)|"
               r"(?:gunshot|shrapnel|bullet|knife|stab)\s+wounds?)")
_HEADS: dict[str, re.Pattern[str]] = {
    "fatalities": lazy_compile(
        r"\b(death toll|killed|killing|kills|dead|died|dying|deaths?|fatalities|perished|"
        r"lost their lives|lost his life|lost her life|bodies|(?:fatally|lethally|mortally) (?:wounded|injured|shot)|"
        # "a serviceman of the Border Troops, born in 2003, received a fatal gunshot wound"
        r"(?:received|suffered|sustained) (?:an? )?(?:fatal|mortal|lethal) (?:[\w-]+ )?(?:wounds?|injur(?:y|ies))|"
        # "the body of a 46-year-old shepherd ... was found": one dead, found
        r"body\s+of(?=\s+(?:an?|one)\s+[^.;]{0,120}?\b(?:was|had been|has been)\s+(?:found|discovered|recovered)\b)|"
        r"toll|"
        # "the Kyrgyz side has lost two servicemen as a result of the incident" (not 'lost "up to five" servicemen
        # killed', whose head follows)
        r"lost(?=\s+(?:up to\s+|at least\s+|another\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:(?:more|other)\s+)?"
        r"(?:servicem[ae]n|soldiers?|border guards?|citizens?|people|m[ae]n|residents?|civilians?)\b"
        r"(?![^.;]{0,20}\b(?:killed|dead|wounded|injured|missing|captured|detained))\b)|"
        # "the incident claimed one life", "claimed the lives of two shepherds"
        r"claimed(?:\s+the\s+lives\s+of)?(?=\s+(?:at least\s+|more than\s+|another\s+)?(?:\d[\d,]*|[a-z]+)\s+"
        r"(?:(?:more|other|human)\s+)?(?:life|lives|people|persons|(?:[a-z-]+\s+){0,2}?(?:residents|villagers|citizens|"
        r"civilians|servicemen|soldiers|border guards|shepherds|farmers|men|women|children))\b))\b", re.I),
    "injured": lazy_compile(r"\b("
                          # a translation's passive: "bodily injuries of varying severity were received by 5 (five)
                          # citizens" (before "injuries" alone)
                          r"(?:injur(?:y|ies)|wounds?)\s+(?:[\w-]+\s+){0,4}?(?:were|was)\s+(?:received|sustained|suffered)"
                          r"\s+by|"
                          r"wounded|wounding|injured|injuring|injuries|hurt|hospitali[sz]ed|beaten|beat up|bruised|"
                          # ... "a 34-year-old woman, received a bruise of the shoulder"
                          r"(?:received|suffered)\s+(?:an?\s+)?bruises?|"
                          # "Its driver ... and his nine-year-old son ... were cut by the broken glass"
                          r"(?<=were )cut by|(?<=was )cut by|"
                          # "a shooting ... that caused injury for six Tajik citizens"
                          r"(?<=caused )injur(?:y|ies) for|(?<=causing )injur(?:y|ies) for|(?<=caused )injury to|"
                          r"(?<=causing )injury to|"
                          # "One of the men ... was struck with a rifle butt and had bruises"
                          r"(?:struck|hit|beaten)\s+with\s+(?:an?\s+|the\s+)?(?:rifle\s+butts?|sticks?|stones?|rocks?|"
                          r"shovels?|batons?|clubs?|fists?|iron\s+bars?|metal\s+(?:rods?|bars?))|"
                          # "pulled him out and beat him with rifle butts" (:data:`_BEAT_PRONOUN`)
                          r"(?:beat|beating|assaulted|stabbed|stabbing|struck|kicked|punched)(?=\s+(?:him|her)\b)|"
                          r"treated(?=\s+(?:him|her)\s+for\s)|"
                          # "a group of about eight men ... beat two shepherds with sticks"
                          # ... "beat a shepherd from Kara-Bak"
                          # ... "the Kyrgyz servicemen beat the shepherd with rifle butts"
                          r"(?:beat|beating|assaulted)(?=\s+(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)|"
                          # "a note protesting the detention and beating of two Tajik teenagers"
                          r"beating\s+of(?=\s+(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)|"
                          # ... "A neighbour who helped him was treated at the scene for smoke poisoning"
                          r"treated (?:(?:at|in) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:hospital|clinic|health cent(?:re|er)) "
                          r"|(?:at the scene|on the spot|on site) )?"
                          r"for (?:[\w-]+ ){0,2}(?:wounds?|injur(?:y|ies)|cuts?|bruises?|fractures?|burns?|concussions?|"
                          r"(?:smoke\s+)?(?:poisoning|inhalation)|(?:shoulder|arm|leg|head|hand|rib|nose)s?)|"
                          r"sought (?:medical )?(?:help|treatment|care)|"
                          # ... "three residents of Khoja-Alo received medical aid after the fight" (not "three others
                          # received medical aid": a part of a count told, read with where each part was treated)
                          r"(?<!others )(?<!other )(?<!remaining )(?<!the rest )(?<!them )"
                          r"(?:received|needed|required)\s+medical\s+(?:aid|help|care|attention|treatment)|"
                          # "Two brothers, aged 19 and 22, got away with bruises", "escaped with cuts"
                          r"(?:got away|escaped|came away|were let off|got off)\s+with\s+(?:only\s+|just\s+)?(?:[\w-]+\s+)?"
                          r"(?:bruises|cuts|scratches|abrasions|injuries|wounds|concussions?)|"
                          # "three residents of Ovchi-Kalacha, including a 16-year-old boy, were treated at a local clinic"
                          r"(?:(?<=were )|(?<=was ))treated (?:at|in) (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:hospital|clinic|"
                          r"health cent(?:re|er)|medical cent(?:re|er)|first-aid post)\b(?!\s+for\b)|"
                          # "reported two citizens of Tajikistan with bruises and cuts": a country's people counted with their
                          # wounds (not "one with head bruises", a part of a count; nor a village's people in a hospital)
                          r"(?:(?<=Tajikistan )|(?<=Kyrgyzstan )|(?<=citizens )|(?<=nationals ))with\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:bruises|cuts|wounds|injuries|fractures|burns|concussions)|"
                          # "four residents ... had received treatment for gunshot wounds"
                          r"(?:received|receiving|underwent|undergoing) (?:medical )?treatment for (?:[\w-]+ ){0,2}"
                          r"(?:wounds?|injur(?:y|ies)|cuts?|bruises?|fractures?|burns?|concussions?)|"
                          # "Two more villagers ... were given first aid for bruises on the spot"
                          r"(?:given|received|receiving|got) (?:first|medical) (?:aid|help|assistance) for (?:[\w-]+ ){0,2}"
                          r"(?:wounds?|injur(?:y|ies)|cuts?|bruises?|fractures?|burns?|concussions?)|"
                          # "He had bruises on his face and body and a broken rib"
                          # ... "The elder, 47, has bruises on his face and back and a fractured rib"
                          # "the older man's left arm was broken"
                          r"(?:arm|leg|hand|wrist|nose|jaw|ribs?|collarbone|skull|shoulder|ankle|foot)\s+(?:was|were|had\s+been)\s+"
                          r"(?:broken|fractured)|"
                          # ... "and his wife has a big bruise on her shoulder"
                          r"(?:(?<=wife )|(?<=husband )|(?<=son )|(?<=daughter )|(?<=brother )|(?<=sister )|"
                          r"(?<=father )|(?<=mother ))(?:has|had)\s+(?:an?\s+)?(?:big\s+|small\s+|bad\s+|deep\s+)?"
                          r"(?:bruises?|cuts?|wounds?|concussion)\b|"
                          # ... "He lost two fingers of his left hand"
                          r"(?:(?<=\bhe )|(?<=\bshe ))lost\s+(?:(?:an?|one|two|three|his|her)\s+)?(?:fingers?|eyes?|legs?|"
                          r"arms?|hands?|feet|foot|toes?)\b|"
                          r"(?:had|(?<=\d, )has|(?<=\bhe )has|(?<=\bshe )has)\s+(?:bruises|cuts|stab wounds|(?:a\s+)?(?:broken|fractured)\s+"
                          r"(?:arm|leg|nose|ribs?|jaw|skull|"
                          r"collarbone|wrist|ankle|hip|shoulder)|"
                          r"(?:a\s+)?concussion)\b|"
                          # "had been taken to the central hospital ... in the town of Gafurov with bruises and cuts"
                          # (not "four were injured, two of them were taken to hospital with head injuries": a part)
                          r"(?<!of them were )(?<!of them had been )(?<!of whom were )"
                          # ... "turned to the Isfara central district hospital with head wounds and bruises"
                          r"(?:taken|admitted|brought|rushed|driven|flown|turned|went|applied)\s+to\s+[^.;]{0,120}?"
                          r"\bwith\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:bruises|cuts|wounds|injuries|(?:(?<=head )|(?<=leg )|(?<=arm )|(?<=hand )|(?<=back )|(?<=chest )|(?<=minor )|(?<=serious )|(?<=severe )|(?<=spinal )|(?<=eye ))injury|fractures|burns|concussions?|(?:a\s+)?(?:broken|fractured)\s+"
                          # ... "was admitted to the central district hospital in Ghafurov with a broken rib"
                          r"(?:arm|leg|nose|ribs?|jaw|skull|hand|collarbone))|"
                          # "the man was one of three people hit when shots were fired", "hit by a stray bullet"
                          r"hit(?=\s+(?:when\s+(?:shots|gunfire|fire|bullets)\b|by\s+(?:a\s+)?(?:stray\s+)?"
                          r"(?:bullets?|gunfire|shrapnel|shots|fire)\b))|"
                          # "a 47-year-old farmer was shot in the thigh": a wound to a limb
                          r"(?:shot|hit) in the (?:left |right |lower |upper )?(?:thigh|leg|arm|forearm|shoulder|hand|"
                          r"foot|knee|hip|buttocks?|ankle|wrist|elbow|shin|calf|chest|abdomen|stomach|back|neck|face|"
                          r"jaw|side)|"
                          r"(?:received|suffered|sustained)\s+(?:an?\s+)?(?:broken|fractured)\s+(?:arms?|legs?|nose|ribs?|jaw|hands?|fingers?|skull|"
                          r"collarbones?|wrists?|ankles?|hips?|shoulders?)|"
                          # "fell on rocks and broke his leg" during a detention
                          r"(?:broke|fractured|dislocated)\s+(?:his|her|their)\s+(?:left\s+|right\s+)?(?:arms?|legs?|nose|"
                          r"ribs?|jaw|hands?|fingers?|ankles?|wrists?|collarbones?|hips?)|"
                          # ... "received a light wound to his arm"
                          r"(?:received|suffered|sustained)\s+(?:an?\s+)?(?:(?:light|minor|slight|serious|severe|"
                          # ... "received a through gunshot wound of the left shoulder" (translated: «сквозное»)
                          r"grave)\s+)?(?:(?:through|penetrating|blind)\s+)?(?:gunshot\s+|shrapnel\s+|fragment(?:ation)?\s+|"
                          r"splinter\s+|bullet\s+|knife\s+|stab\s+|cut\s+|"
                          # ... "had received a head wound"
                          r"(?:head|leg|arm|chest|neck|face|shoulder|hand|back|stomach|abdominal)\s+)?wounds?|"
                          # ... "received a bullet graze to the left shoulder" (not "grazing sheep")
                          r"(?:received|suffered|sustained)\s+(?:an?\s+)?(?:(?:light|minor|slight)\s+)?"
                          r"(?:gunshot\s+|shrapnel\s+|"
                          r"bullet\s+)?graze\b|"
                          # "A 34-year-old woman and her 12-year-old son were hit by shell fragments in their yard"
                          r"hit\s+by\s+(?:(?:shell|mortar|mine|grenade|bomb|flying)\s+)?(?:fragments|splinters|shrapnel)|"
                          r"hit\s+by\s+(?:a\s+)?(?:stray\s+)?bullets?|"
                          # "he suffered a head injury"
                          r"(?:received|suffered|sustained)\s+(?:an?\s+)?(?:head|leg|arm|back|eye|minor|serious|severe)\s+"
                          r"injur(?:y|ies)|"
                          # machine-translated copy: "one more minor got wounds"
                          r"got\s+(?:(?:gunshot|shrapnel|bullet|splinter|light|heavy|serious)\s+)?(?:wounds|injuries|traumas)|"
                          # "Two residents of Arka, aged 19 and 45, received bruises"
                          r"(?:received|suffered|sustained)\s+(?:an?\s+)?"
                          r"(?:minor\s+|light\s+|serious\s+|severe\s+|head\s+|bodily\s+)?"
                          # ... "the citizen suffered bodily injuries", 'the driver received "light injuries"'
                          r"(?:bruises|cuts|grazes?|concussions?|fractures?|burns|(?:head |leg |arm |minor )?injury|"
                          r"(?<=bodily )injuries)|"
                          r"(?:received|suffered|sustained)\s+[\"“](?:minor|light|slight|serious|severe)\s+injuries|"
                          # "one resident of Samarkandyk had a head injury", "two men had gunshot wounds"
                          r"had\s+" + _HAD_INJURY + "|"
                          r"hit in the (?:shoulder|leg|arm|head|chest|stomach|abdomen|back|neck|hand|foot|face)|"
                          # "was hit on the head by a stone"
                          r"(?:hit|struck) on the (?:head|face|back|arm|leg|shoulder)\b|"
                          r"(?:hit|struck|injured) by (?:a |thrown )?(?:stones?|rocks?|bricks?)\b|"
                          # "a bullet hit a 41-year-old woman in the shoulder", "shrapnel struck two shepherds in the legs"
                          r"(?:hit|struck)(?=\s+(?:[\w-]+\s+){1,4}?in the (?:shoulders?|legs?|arms?|head|chest|stomach|"
                          r"abdomen|back|neck|hands?|feet|foot|face|thighs?|knees?)\b)|"
                          # "was cut by shards of window glass", "hit by shrapnel"
                          # ... "was cut on the face and neck by glass"
                          r"cut (?:on the [a-z]+(?: and [a-z]+)? )?by (?:shards|fragments|flying glass|broken glass|glass)|"
                          r"(?:hit|struck) by (?:shrapnel|splinters|fragments|a bullet|a stray bullet)|"
                          # "three villagers were hit when bullets struck houses"
                          r"(?<=were )hit(?= when (?:bullets|shells|rounds|mortar rounds|shrapnel)\b)|"
                          # ... "Two more servicemen were hit, one of them in the shoulder, the other by fragments"
                          r"(?<=were )hit(?=,\s+(?:one|both|two)\s+of\s+them\b|\s+(?:in|on)\s+the\s+(?:arm|leg|shoulder|head|"
                          r"chest|back|hand|neck|face|stomach|thigh)s?\b)|"
                          # "was grazed on the arm by a bullet", "was grazed in the side by a bullet"
                          r"grazed (?:(?:on|in) the (?:left |right )?(?:arm|leg|shoulder|head|hand|cheek|neck|side) )?by "
                          r"(?:a (?:stray )?bullet|shrapnel|a fragment)|"
                          # "A 46-year-old Kyrgyz shepherd was shot on a pasture near Kara-Shybak" (hit, not
                          # "shot at", "shot dead" or "shot down")
                          r"(?<=was )shot(?=\s+(?!(?:at|dead|down|and killed)\b)\w))\b",
                          re.I),
                                   "displaced": lazy_compile(
        # a medical evacuation of the wounded ("airlifted", "evacuated by helicopter to Osh") is no displacement
        # ... nor to a hospital named with its district and kind ("evacuated to the Leilek district territorial hospital")
        r"\b(?:evacuated|evacuating)\b(?!\s+(?:\w+\s+){0,1}(?:by (?:helicopter|air|plane)|to (?:the |a )?"
        r"(?:[\w-]+ ){0,4}?(?:hospital|clinic|medical)\b))|"
        # (not "The other four fled back across the ditch": men running from a patrol)
        r"\b(evacuees|displaced|fled(?!\s+(?:back|the scene|across|over the|into the))|fleeing|refugees|relocated|"
        r"left their homes|brought to safety|forced to leave|left the village|bus(?:s)?ed (?:out|away|to)|"
        # "about 300 residents ... were taken by buses to Batken"
        r"(?:taken|moved|driven) (?:away |out )?by bus(?:es)?|"
        # "about 160 women and children ... were moved to Razzakov overnight as a precaution"
        r"(?<=were )moved (?:(?:overnight|temporarily|away|out)\s+){0,2}(?:to|from)\b(?!(?:\s+[\w-]+){0,3}?\s+(?:hospitals?|"
        r"clinics?|intensive care|police|custody|prison))|"
        # "Between 250 and 300 residents ... left Lakkon for relatives in Isfara"
        # ... "About 30 residents of the outlying street left for relatives in Batken for the night"
        r"left (?:[\w-]+\s+){0,2}?for (?:their\s+)?(?:relatives|safety|safer|neighbou?ring|nearby|other villages)|"
        # "From Daroot-Korgon, 210 people left to stay with relatives in other villages"
        r"left (?:overnight\s+|temporarily\s+)?to stay with (?:their\s+)?(?:relatives|friends)|"
        # "some 150 residents ... moved to relatives in Ghafurov", "have moved to relatives in Kyzyl-Eshme"
        r"(?:temporarily\s+)?moved (?:(?:overnight|temporarily|out)\s+)?to (?:their\s+)?(?:relatives|friends)\b|"
        # "1,450 people ... left Katran between Sunday afternoon and Monday evening"
        r"left " + LEFT_PLACE + r"\s+(?:between|overnight|during|since)\b|"
        # ... "seven families -- 29 people, 17 of them children -- had left Min-Jygach to stay with relatives"
        r"left " + LEFT_PLACE + r"\s+(?:(?:overnight|temporarily)\s+)?(?:to stay with|for) (?:their\s+)?"
        r"(?:relatives|friends)\b|"
        # ... "23 families, about 110 people, have left Kok-Tash village of Ak-Sai aiyl okmotu ... since Sunday"
        r"(?:(?<=have )|(?<=had ))left " + LEFT_PLACE + r"\s+(?:village|town|settlement)\b|"
        # "spent the night with relatives in the town of Ghafurov"
        # ... "spent the night of the shooting with relatives in Razzakov"
        # ... "spent the night of May 22-23 with relatives", "spent the night in lyceum No. 2"
        r"(?:spent the (?:rest of the )?night(?: of the (?:shooting|shelling|clash|clashes|fighting|attack)|"
        # ... "spent the night from Saturday to Sunday at school No. 2 in Kulundu"
        r" of [\w-]+(?:\s+[\w-]+)?| from [\w-]+ (?:to|into) [\w-]+)?|"
        r"stayed|sheltered|took refuge|were sheltering) (?:with (?:relatives|friends|neighbou?rs)|"
        r"(?:in|at) (?:a |the )?(?:schools?|mosques?|tents?|shelters?|sports halls?|kindergartens?|gyms?|lyceums?))|"
        # "About 700 residents of Kok-Tash ... spent the night in Batken and in Kyzyl-Jol": away from home (not in
        # hospital, in cellars or in the open)
        r"spent the (?:rest of the )?night in (?!(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:hospitals?|"
        r"intensive|police|custody|detention|open|basements?|cellars?|homes?|houses?|gardens?|yards?|cars?|trenches|"
        r"positions?|posts?|outposts?|fields?)\b)|"
        # "took about 150 women and children from the streets nearest the border to a school in Razzakov"
        + TOOK_AWAY + r"|"
        # "about 150 residents ... were brought to school No. 9 in the center of the jamoat for the night"
        # ... "41 people from six pasture camps ... had been brought down to Daroot-Korgon" (not a drone brought down)
        r"brought down (?:from\s+[^.;]{1,40}?\s+)?to\b(?!\s+(?:the\s+)?(?:ground|earth|hospitals?|clinics?))|"
        r"brought (?:(?:overnight|temporarily|out|by bus)\s+){0,2}to (?:a |the )?(?:[\w-]+\s+)?(?:schools?|mosques?|tents?|"
        r"shelters?|sports halls?|kindergartens?|gyms?|relatives)|"
        # "about 45 residents were taken out of the village"
        r"(?:taken|brought|moved|led|driven) out of (?:the\s+|their\s+)?(?:(?:border|frontier)\s+)?(?:village|town|exclave|"
        r"enclave|settlement|homes?|houses?|area|danger zone|border area|mahallas?|neighbou?rhoods?|districts?)\b|"
        # "were taken to relatives in Daroot-Korgon", "were taken from Toguz-Bulak to Razzakov"
        # (not "taken to hospital", "taken to the police", "taken captive")
        r"(?<!of them were )(?<!of them have been )(?<!of whom were )"
        # ... "were taken overnight in 12 buses to Batken"
        r"taken (?:(?:overnight|away|by bus|temporarily|out|for the night|(?:in|on|by)\s+(?:\d+\s+|[a-z]+\s+)?(?:bus(?:es)?|trucks?|cars?|"
        # ... "taken from the outskirts of Karabak to Batken"
        # ... "taken from Maksat, a village of some 2,500 people, to Razzakov"
        r"vehicles?|minibuses))\s+){0,2}(?:(?:from|out of)\s+[^.;]{1,60}?\s+)?to"
        # (nor "taken to the Jany-Jer border post for processing": detainees)
        # (nor the wounded "taken to Osh by air ambulance")
        r"(?!(?:\s+[\w-]+){0,4}?\s+(?:hospitals?|clinics?|medical|intensive care|ambulances?|medevac|police|court|custody|prison|"
        r"morgue|safety of the outpost|(?:border\s+|frontier\s+)?(?:post|outpost|checkpoint|station)\b))"
        # (nor detainees "forcibly taken to the territory of the neighbouring state", "taken across the border")
        r"(?!(?:\s+the)?\s+(?:territory|(?:neighbou?ring|other|tajik|kyrgyz)\s+(?:state|country)|"
        r"(?:other|tajik|kyrgyz)\s+side(?!\s+of\s+the\s+(?:village|town|river|street))))|"
        # "two of them were later moved to the regional hospital": the wounded, not the displaced;
        # "some 60 police officers moved in to clear the road": a force's advance
        r"moved(?!(?:\s+[\w-]+){0,5}?\s+(?:hospitals?|clinics?|intensive care|medical)\b)"
        r"(?!\s+(?:in|into|forward|towards?|up)\b))\b", re.I),
    "missing": lazy_compile(r"\b(missing|unaccounted for)\b", re.I),
    "detained": lazy_compile(r"\b(detained|detaining|arrested|arresting|taken captive|captured)\b", re.I),
    "houses_damaged": lazy_compile(r"\b(damaged|destroyed|burned|burnt|torched|set on fire|set ablaze)\b", re.I),
}
#: Before a head-first figure's head: "Among the dead was a woman", a part of the toll, not a count.
_AMONG_THE = lazy_compile(r"\bamong\s+(?:the\s+|those\s+)?$", re.I)
#: Before a person's wound: the person is one of the dead ("The guard who was killed|, a 24-year-old sergeant, was
#: hit in the chest").
_THE_DEAD_BEFORE = lazy_compile(r"\bwho\s+(?:was|had been|has been)\s+(?:shot\s+dead|killed)\s*,\s*$|\bwho\s+died\s*,\s*$",
                                re.I)
#: Ending a number-first figure: its people are a part of a toll ("A 16-year-old boy |was among the wounded|").
_AMONG_THE_COUNTED = lazy_compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the|those)\s+\w+$", re.I)
#: Before a head-first figure's head, one person the clause names: "The Kyrgyz guard who |died was 23|" (an age).
_ONE_WHO = lazy_compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?{_ONE_PERSON}\s+who\s+(?:was\s+|had\s+)?$", re.I)
#: Between one part of a head-first coordination and the next: "killing two Tajik servicemen| and |a Kyrgyz
#: border guard".
_HEAD_FIRST_AND = lazy_compile(r"\s+and\s+", re.I)
#: What a head-first figure may have between its head and the number.
_HEAD_FIRST_GAP = lazy_compile(
    r"^(?:\s+(?:at least|more than|over|about|around|nearly|almost|some|up to|roughly|between|"
    r"approximately|an estimated|as many as|a total of|in total|to|at|rose|risen|climbed|has|"
    r"have|had|now|stands|stood|reached|was|is|increased|jumped|grown|grew|the|a|total|of|"
    r"another|further|additional|officially|reportedly|later|then|since|subsequently|climbing|rising|"
    # "killing a farmer and wounding |his| three grandsons"
    r"his|her|their|"
    # "the death toll from Tuesday's clash to three", "the number ... killed in the clash to two"
    r"(?:from|in)\s+(?:(?:the|this|that|last|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?(?:clash(?:es)?|fighting|"
    r"shootout|incident|attack|shelling|violence|exchange of fire|brawl|skirmish)))*\s+$",
    re.I,
)
_NUMBER_FIRST_GAP_WORDS = lazy_compile(
    r"^(?:[\s,]+(?:[\w’'-]+))*?[\s,]*$", re.I)
_AUX = lazy_compile(r"\b(were|was|have been|has been|had been|are|is|got|been|being|reportedly|also|"
                  r"who|that|later|subsequently|allegedly|were reported|reported|"
                  # "the driver was slightly injured": how badly
                  r"slightly|lightly|seriously|badly|severely|critically|moderately)\b", re.I)
#: Animals, not people: "two donkeys", "one horse".
_ANIMALS = r"(?:cows?|cattle|donkeys?|sheep|goats?|horses?|bulls?|calves|calf|camels?|yaks?|rams?|dogs?|livestock|animals?)"
_STOP_BETWEEN = lazy_compile(r"[;:()\[\]]|\bsaid\b|\bsays\b|\btold\b|\bfrom\b|(?<!-)\bin\b(?!-law)(?!\s+(?:total|all)\b)|\bat\b|\bnear\b"
                           # the mourners of the dead: "About 1,000 people came to bid farewell to the dead"
                           r"|\bfarewell\b|\bfunerals?\b|\bmourn\w*|\brespects\b|\bbur(?:y|ied|ial)\b"
                           # animals: "two donkeys belonging to local residents were killed"
                           rf"|\b(?:{_ANIMALS}|head of)\b", re.I)
#: "One horse was killed and |one| was wounded": after an animal counted, "one" is one more animal.
_ANIMAL_THEN_ONE = lazy_compile(rf"\b{_ANIMALS}\s+(?:was|were)\s+(?:killed|wounded|injured|hurt|shot)\s*"
                                r"(?:,\s*|\s+and\s+|,\s*and\s+)$", re.I)
#: People a clause opens on as a whole party, with no one of theirs set apart: "The driver and two passengers",
#: "All four shepherds", "The people in the car" (not "His two companions", "The others").
_PARTY_NOUN = (r"(?:drivers?|passengers?|occupants?|shepherds?|herders?|farmers?|workers?|people|men|women|children|"
               r"villagers|residents|family|crew|guards|servicemen|soldiers|boy|girl|teenager|youth|"
               # "The personnel were not hurt", "the post's personnel were unharmed"
               r"personnel|staff)")
UNHARMED_PARTY = (r"(?:the\s+|all\s+|both\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                   r"(?:\d{1,2}-year-old\s+)?(?:(?:kyrgyz|tajik|local|young|tractor|truck|car|bus)\s+)?" + _PARTY_NOUN +
                   # "The 15-year-old boy who was herding the sheep was not hurt"
                   r"(?:\s+who\s+(?:was|were)\s+[a-z]+ing\b[^,.;]{0,40}?(?=\s+(?:was|were)\b))?" +
                   # "The driver, 39, was not hurt"
                   r"(?:,\s*(?:\d{1,2}|aged \d{1,2}|an? \d{1,2}-year-old(?:\s+[\w-]+){0,3}),)?" +
                   r"(?:\s+and\s+(?:the\s+|its\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?" + _PARTY_NOUN + r")?"
                   r"(?:\s+(?:in|inside|of|aboard)\s+(?:the|a|this)\s+(?:car|vehicle|truck|tractor|bus|minibus))?")
#: After a count with no noun: its verb ("three| are missing").
_BARE_COUNT_VERB = lazy_compile(r"\s+(?:are|were|is|was|have been|had been|remain|remained)\b", re.I)
#: Animals counted earlier in the clause: a count with no noun after them is of animals.
_ANIMALS_BEFORE = lazy_compile(rf"\b{_ANIMALS}\b", re.I)
#: Right after a count, animals dead or hurt: "several| dead sheep|".
_DEAD_ANIMALS_AFTER = lazy_compile(rf"\s+(?:of\s+(?:the|their)\s+)?(?:(?:dead|killed|wounded|injured)\s+)?{_ANIMALS}\b", re.I)
#: "The driver and two passengers were not hurt", "The three shepherds escaped unhurt": the whole party the clause
#: opens on came through unharmed (not "His two companions were not hurt", "the others were not hurt", "but the
#: driver was not hurt": beside someone hurt). Matched at the clause's start only (apart from :data:`_NEGATIVE`,
#: which is searched everywhere).
_PARTY_UNHARMED = lazy_compile(
    # ... "The driver and 2 (two) passengers of the car, fortunately, were not hurt": a translator's aside between
    rf"\s*[\"“]?{UNHARMED_PARTY}(?:,\s*(?:fortunately|luckily|happily|thank god),)?\s+(?:were|was|had been|have been)?"
    r"\s*(?:all\s+)?"
    r"(not (?:hurt|injured|harmed|wounded)|unharmed|unhurt|uninjured)\b"
    rf"|\s*{UNHARMED_PARTY}\s+(?:all\s+)?escaped\s+(unhurt|unharmed|uninjured|without injur(?:y|ies))\b", re.I)
_NEGATIVE = lazy_compile(
    # "No Tajik citizens were killed", "no border guards were hurt"
    r"\b(?:no one|nobody|none|no (?:(?:kyrgyz|tajik)\s+)?(?:people|civilians|servicemen|soldiers|residents|"
    r"villagers|citizens|(?:border\s+)?guards|troops|personnel))\b"
    # ... "none of the four herders was hurt"
    r"(?:\s+\w+){0,4}?\s+"
    r"(?:was|were|had been|has been)\s+(killed or (?:injured|wounded|hurt)|killed|hurt|injured|wounded|evacuated)"
    # "Thank God nobody died"
    r"|\b(?:no one|nobody)\s+(?:has\s+|had\s+)?(died)\b"
    # "nobody left their homes"
    r"|\b(?:no one|nobody|no residents|no villagers|none of the residents)\s+(?:has\s+|had\s+)?"
    r"(left (?:their|his|her) homes?|left the village)"
    # "families in the village had not been asked to leave their homes"
    r"|\b(?:were|was|had|have|has)\s+not\s+been\s+(?:asked|told|ordered)\s+to\s+(leave (?:their|his|her) homes?)"
    # "Evacuation of the residents is not required", "No evacuation of residents is planned"
    r"|\b(evacuation)(?:\s+of\s+(?:the\s+)?(?:residents|population|people|villagers|inhabitants))?\s+"
    r"(?:is|was|has been|had been)\s+not\s+(?:required|needed|necessary|planned|announced|ordered)\b"
    r"|\bno\s+(evacuation)(?:\s+of\s+(?:the\s+)?(?:residents|population|people|villagers|inhabitants))?\s+"
    r"(?:is|was|has been|had been)\s+(?:planned|announced|ordered|carried out|conducted)\b"
    # "There was no need to evacuate residents"
    r"|\bno (need to evacuate|evacuation was (?:needed|necessary|required)|plans? to evacuate)\b"
    # ... "No other casualties were reported" (beside the one hurt: no one killed)
    # ... "No wounded or injured from the Kyrgyz side were reported"
    r"|\bno (wounded or injured|injured or wounded)\b(?=[^.;]{0,60}?\b(?:were|was|have been|had been)\s+(?:reported|"
    r"registered|recorded))"
    r"|\bno (?:other |further )?(casualties|deaths|dead|fatalities|injuries or deaths|deaths or injuries|injuries|"
    r"victims|"
    r"one was (?:killed|hurt|injured))\b"
    # ... a list that ends with them: "No shots, explosions or injuries were reported"
    r"|\bno (?:[a-z]+,\s+){1,3}[a-z]+\s+or\s+(injuries|casualties)(?=\s+(?:were|have been|had been)\s+"
    r"(?:reported|registered|recorded)\b)"
    # "Neither government reported any deaths", "neither side has reported any casualties"
    r"|\bneither (?:government|side|country|capital)\s+(?:has\s+|had\s+)?(?:reported|announced|confirmed)\s+(?:any\s+)?"
    r"(deaths|fatalities|dead|casualties)\b"
    # "There are no dead", "there were no dead or wounded"
    r"|\bthere (?:are|were|have been|had been) no (dead(?: or wounded| or injured)?)\b"
    # "four separate incidents in four places, none of them fatal", "None of the incidents was fatal"
    r"|\bnone of them (?:was |were )?(fatal)\b|"
    # "Three episodes were reported between April 15 and April 21, none of them with deaths"
    r"\bnone of them (?:with|caused|causing|resulting in|led to) (?:any\s+)?(deaths)\b|"
    r"\bnone of the (?:incidents|clashes|attacks|shootings) (?:was|were) (fatal)\b"
    # "Both were unharmed and were handed back": the people the clause is about, neither killed nor hurt
    r"|\b(?:both|they|all(?: of them| (?:two|three|four|five))?)\s+(?:were|are)\s+(?:all\s+)?(unharmed)\b"
    # "Both are alive", "all three survived": the hurt counted, no one dead
    # ... "Both boys survived"
    r"|\b(?:both|all(?: of them| (?:three|four|five|six))?)\s+(?:(?:boys|girls|men|women|children|brothers|shepherds|"
    r"herders|guards|servicemen|soldiers|victims|of them)\s+)?(?:(?:are|were|remain(?:ed)?)\s+(?:still\s+)?(alive)|"
    r"(survived))\b"
    # "Residents of Kara-Bak, a village of about 6,000 people, were not evacuated"
    r"|\b(?:residents|people|villagers|inhabitants)\b[^.;]{0,60}?\b(?:(?:were|was|have been|had been) not|"
    r"(?:have|has|had) not been|(?:were|was)n't|(?:have|has|had)n't been) (evacuated|relocated|resettled)\b"
    # "People in Samarkandyk did not leave their homes, but they are staying indoors"
    r"|\b(?:residents|people|villagers|inhabitants|families)\b[^.;,]{0,40}?\b(?:did not|didn't|have not|haven't|"
    r"had not|hadn't)\s+(leave (?:their|his|her) homes?|leave the village)\b",
    re.I,
)
#: Just after a toll's noun, the side of the people it counts: "the number of wounded| Kyrgyz border guards",
#: "the number of people injured| on the Kyrgyz side".
_TOLL_PEOPLE_SIDE = lazy_compile(r"\s+(?:on\s+the\s+|among\s+(?:the\s+)?|"
                                 # ... "The number of injured| citizens of Kyrgyzstan has risen to three"
                                 r"(?:people|citizens|nationals|residents|civilians|servicemen|soldiers)\s+of\s+"
                                 r"(?:the\s+)?(?:(?:kyrgyz\s+)?republic\s+of\s+)?|"
                                 # ... or the country after a toll: "The death| toll from Kyrgyzstan| ... has reached 33"
                                 r"toll\s+(?:from|in)\s+(?=(?:kyrgyzstan|tajikistan)\b))?(?:kyrgyz|kirghiz|tajik)\w*",
                                 re.I)
#: The heads folded (:func:`~geo.language.folding.fold_pattern`) to scan the lower-cased clause.
_FOLDED_HEADS = {measure: fold_pattern(pattern) for measure, pattern in _HEADS.items()}
_SIDE_WORDS = {
    "KG": lazy_compile(r"\b(kyrgyz\w*|kirghiz\w*)\b", re.I),
    "TJ": lazy_compile(r"\b(tajik\w*|tadjik\w*)\b", re.I),
}
#: "residents of the town of Shurob in Isfara district were": people of a place, then the verb.
_PEOPLE_OF_PLACE = lazy_compile(
    # ... "About 600 residents of Arka-1 and Arka-2, the two parts of the village, were taken": a name's number
    rf"\s+(?:[\w’'-]+\s+)?(?:{PERSON}|\d+-year-olds?)(?:\s+and\s+{PERSON})?\s+"
    # ... "46 residents of the 11 houses nearest to the site were taken": a count of houses within
    rf"(?:(?:of|from|in)\s+(?:[^;:()\d]|(?<=[^\W\d_]-)\d\b|"
    rf"(?<!\S)\d{{1,3}}\s+(?=(?:houses|homes|households|yards|streets)\b))"
    rf"{{1,120}}?|"
    # "Two Tajik border guards at post No. 9 on the edge of the village were killed"
    rf"at\s+(?:the\s+|a\s+)?(?:border\s+)?(?:post|outpost|checkpoint)\b[^;:()]{{0,100}}?)\s+"
    rf"(?:were|was|(?:have|has|had)(?: also)? been|(?:had |have |has )?(?:suffered|sustained|received))\s+"
    # ("a 65-year-old resident of the Tajik village of Chorkuh ... was shot dead")
    rf"(?:\w+ly\s+)?(?:shot\s+)?", re.I)
#: "A resident of Katran village of Leilek district received a gunshot wound": the verb is the head.
_PEOPLE_OF_PLACE_BEFORE_HEAD = lazy_compile(
    # ... "a 19-year-old from Samarkandyk suffered a broken arm"
    # ... "About 350 residents of the southern part of Daroot-Korgon ... have moved to relatives"
    # (not "A resident of Chek ... told RFE/RL that families ... had spent the night": the speaker)
    rf"\s+(?:[\w’'-]+\s+)?(?:{PERSON}|\d+-year-olds?)(?:\s+and\s+{PERSON})?\s+(?:of|from)\s+"
    # ... "the driver, a 41-year-old resident of Gulkhona in Jabbor Rasulov district, received cuts": an aside's end
    r"(?:(?!\b(?:told|said|says|that)\b)[^;:()\d,]){1,120}?,?\s+(?:(?:have|has|had)\s+)?",
    re.I)
#: ... or "About 150 women and children from the upper streets of Ak-Sai spent the night with relatives".
_VERB_HEAD = lazy_compile(r"(?:received|suffered|sustained|spent the (?:rest of the )?night|stayed|sheltered|"
                        # "About 150 residents of Ak-Tatyr living in the houses closest to the border left for
                        # relatives"
                        r"left(?=\s+(?:[\w-]+\s+){0,2}?(?:for|to stay)\b)|"
                        # "some 150 residents of two streets on the edge of Khistevarz ... moved to relatives"
                        r"moved(?=\s+(?:(?:overnight|temporarily)\s+)?to\s+(?:their\s+)?(?:relatives|friends)\b)|"
                        r"took refuge|had(?=\s+" + _HAD_INJURY + r"\b))\b",
                        re.I)
#: A toll stated as a count that reached a number: "the number of people killed ... now stands at three".
#: A side's adjective right before a toll's noun: "the |Kyrgyz |death toll".
_SIDE_BEFORE_TOLL = lazy_compile(r"\b(kyrgyz|tajik)\s+(?=death\s+toll\b)", re.I)
_TOLL = lazy_compile(
    # ... "The number of Vorukh residents who were temporarily moved out of the exclave ... was 640"
    r"\b(?:(?:the\s+)?number\s+of\s+(?:[\w-]+\s+)?(?:people\s+|civilians\s+|soldiers\s+|servicemen\s+|residents\s+|"
    r"citizens\s+|nationals\s+)?"
    # ("The number of citizens of Kyrgyzstan killed ... has risen to 24")
    r"(?:of\s+(?:the\s+)?(?:kyrgyz\s+republic|kyrgyzstan|tajikistan|republic\s+of\s+tajikistan)\s+)?"
    r"(?:who\s+(?:were|had\s+been|have\s+been)\s+(?:temporarily\s+)?)?|"
    # "The death toll from the mortar shelling of Maksat village ... has risen to three"
    r"(?=death\s+toll\b)|"
    # ... "By the afternoon the toll had risen to two" (a toll with no noun is of the dead)
    r"(?<!death )(?=toll\s+(?:had\s+|has\s+)?(?:risen|rose|climbed)\s+to\b))"
    r"(?P<noun>killed|dead|deaths|death(?=\s+toll)|toll|injured|wounded|evacuated|evacuees|displaced|detained|"
    # "the number of residents moved out of Kök-Tash had reached 112", "... taken out of Katran rose to 470"
    r"(?:moved|taken|bused|bussed|driven)(?=\s+(?:out|away)\b))\b"
    r"[^.;:!?]{0,140}?"
    r"\b(?:rose to|has risen to|had risen to|now stands at|stands at|stood at|reached|has reached|climbed to|"
    r"increased to|has grown to|grew to|is now|was now|was|is|"
    # "has risen from two to four": the count it reached, not the one it rose from
    r"(?:rose|risen|climbed|increased|grown|grew|jumped)\s+from\s+[\w,.]+\s+(?:people\s+)?to|"
    # "has been revised down to two from three"
    r"(?:has been |had been |was )?(?:revised|corrected|lowered|raised) (?:down |downward |up |upward )?to)"
    # ("The number of wounded is therefore six")
    r"\s+(?:(?:therefore|thus|now|so)\s+)?(?:at least\s+|more than\s+|over\s+|about\s+)?", re.I)
#: A toll a new death brings to a number: "bringing the death toll from the latest flare-up on the disputed
#: frontier |to four|" (the verb before the toll, the count after it).
_TOLL_BROUGHT = lazy_compile(
    r"\b(?:bringing|brings|brought|taking|takes|pushing|raising)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+(?=death\s+toll))?"
    # ... "bringing the number of injured Tajik citizens to four"
    r"(?:(?:number|count|total)\s+of\s+)?(?P<noun>death(?=\s+toll\b)|(?<=of )(?:injured|wounded|dead|killed|"
    r"evacuees|evacuated|displaced|detained)\b)(?:\s+toll\b)?"
    r"[^.;:!?]{0,140}?\bto\s+"
    r"(?:at least\s+|more than\s+|over\s+|about\s+)?", re.I)
#: A toll raised or lowered from an earlier count: "raising its earlier count of one wounded |to two|",
#: "raised the number of wounded civilians from two |to three|" (the earlier count is no figure of its own).
_TOLL_REVISED = lazy_compile(
    r"\b(?:raised|raising|revised|revising|lowered|lowering|increased|increasing|corrected|correcting|updated|"
    r"updating)\s+(?:the|its|their|his|her)\s+(?:(?:earlier|initial|previous|first|own)\s+)?"
    r"(?:count|number|toll|tally|figure)\s+of\s+(?:(?:\d+|[a-z]+)\s+)?"
    r"(?:(?:people|civilians|soldiers|servicemen|residents|villagers)\s+)?"
    r"(?P<noun>killed|dead|deaths|injured|wounded|evacuated|evacuees|displaced|detained)"
    r"(?:\s+(?:people|civilians|soldiers|servicemen|residents|villagers|border guards))?"
    r"\s+(?:from\s+(?:\d+|[a-z]+)\s+)?to\s+(?:at least\s+|more than\s+|over\s+|about\s+)?", re.I)
_TOLL_MEASURE = {"killed": "fatalities", "dead": "fatalities", "deaths": "fatalities", "death": "fatalities",
                 "toll": "fatalities",
                 "injured": "injured",
                 "wounded": "injured", "evacuated": "displaced", "moved": "displaced", "evacuees": "displaced",
                 "displaced": "displaced", "detained": "detained", "taken": "displaced", "bused": "displaced",
                 "bussed": "displaced", "driven": "displaced"}
_SIDE_AFTER = lazy_compile(r"^[^.;]{0,40}?\b(?:on the (kyrgyz|tajik) side|among (?:the\s+)?(kyrgyz|tajik)\s+"
                         r"(?:citizens|nationals|civilians|residents|villagers|population|servicemen|soldiers|"
                         r"troops|border guards|side|personnel|forces|military|guards))\b", re.I)
#: The people a head word describes, named with their side right after it: "The two wounded| Kyrgyz guards were taken to
#: the district hospital".
_PEOPLE_AFTER_HEAD = lazy_compile(
    r"\s+(kyrgyz|kirghiz|tajik)\w*\s+(?:border\s+guards?|guards?|servicem[ae]n|soldiers?|troops|conscripts?|"
    r"citizens|nationals|civilians|residents|villagers|herders|shepherds|farmers|policem[ae]n|officers)\b", re.I)
#: Right after a zero, the side whose people it counts: "no casualties| or wounded from the Kyrgyz side" (not "hurt by
#: fire from the Tajik side": where the fire came from).
#: A zero of the people besides those told: "no |other| casualties", "no |further| injuries" (read over the zero and
#: :data:`OTHER_ZERO_CHARS` before it).
_OTHER_ZERO = lazy_compile(r"\b(?:other|further|more|else)\b", re.I)
OTHER_ZERO_CHARS = 10
_ZERO_FROM_SIDE = lazy_compile(r"^(?:\s+or\s+[a-z]+)?\s+from\s+the\s+(kyrgyz|tajik)\s+side\b", re.I)
#: Just before a zero, the side it is told of: "On the Tajik side, |no one was hurt".
_SIDE_BEFORE = lazy_compile(r"\b(?:on|from) the (kyrgyz|tajik) side,?\s*$", re.I)


@lru_cache(maxsize=4096)
def word_number(words: str) -> int | None:
    """``thirty-six`` -> 36, through ``number-parser``; ``None`` if not a number.

    Examples
    --------
    >>> word_number("one hundred and twenty"), word_number("thirty-six"), word_number("banana")
    (120, 36, None)
    """
    value = parse_number(words.lower(), language="en")
    return int(value) if isinstance(value, (int, float)) else None


#: "aged |", "aged 17, 36 and |", "aged between 20 and |": the number next is an age.
_AGES_BEFORE = lazy_compile(r"\baged\s+(?:between\s+)?(?:\d{1,3}(?:\s*,\s*(?:and\s+)?|\s+(?:to|and)\s+))*$", re.I)
#: A list of ages between the people and their verb: "Three residents of Arka| aged 17, 36 and 44 |received".
_AGES_ASIDE = lazy_compile(r",?\s+aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,\s*and|,|and|to)\s*\d{1,3})*\s*,?(?=\s)"
                           # ... or bare between commas: "two Tajik youths|, 17 and 19,| were bruised"
                           r"|(?<=[^\W\d_]),\s+\d{1,2}(?:\s*(?:,\s*and|,|and)\s*\d{1,2})+\s*,(?=\s)", re.I)


#: Before a count of a border's past told in a wire's lede: "on a frontier where disputes ... have killed| scores of".
_BORDERS_PAST_BEFORE = re.compile(r"\b(?:frontier|border)\s+where\b[^.;]{0,100}?\b(?:have|has)\s+(?:killed|left|"
                                  r"claimed)\s+(?:[\w-]+\s+){0,2}$")


def _is_trap(clause: str, start: int, end: int, token: str) -> bool:
    """Whether the number at ``clause[start:end]`` is a time, date, year, age, id, unit ..."""
    before = clause[max(0, start - 16):start].lower()
    after = clause[end:end + 24].lower()
    if re.match(r"\s*[:.]\d{2}\b", after) or re.search(r"\d[:.]$", before):
        return True  # clock time 07:15 / 22.00
    if re.fullmatch(r"(?:[01]?\d|2[0-3])\.[0-5]\d", token) \
            and re.search(r"\b(?:at|about|around|approximately|until|till|since|by|from)\s+$", before):
        return True  # "On August 14, at about 9.40, Tajik border guards detained ...": a clock time read as one token
    if re.match(r"\.[a-z]{2,}\b", after):
        return True  # "told 24.kg that ...": an outlet's web name
    if re.match(r"\s*(?:h\b|hrs\b|hours? local|gmt|utc|local time|am\b|pm\b|a\.m\.|p\.m\.)", after):
        return True  # 1700 GMT, 7 am
    if re.search(r"(?:^|[\s,(])not\s+$", before) and token.lower() not in ("one", "a", "an", "single"):
        return True  # "One Kyrgyz border guard, not two as reported earlier, was killed": the withdrawn count
    if re.match(r"\s*(?:(?:relocated|displaced|evacuated|returning|affected)\s+)?(?:families|family\b(?!\s+members)|"
                r"households?)", after):
        return True  # "40 families were moved", "to 326 relocated households": a count of families is no count of people
    if re.match(r"\s*,", after) and re.search(rf"\b{PERSON}\s*,\s*$|\b(?:guard|soldier|man|woman|"
                                            r"serviceman|resident|villager|shepherd|officer|driver|farmer|"
                                            rf"{_KIN})\s*,\s*$", before):
        return True  # "a border guard, 21, was wounded", "The owner's mother, 67, suffered burns": an age
    if re.match(r"\s*,", after) and re.search(r"(?-i:[A-Z][\w'’-]+),\s*$", clause[max(0, start - 40):start]) \
            and len(token) <= 3 and token.isdigit():
        return True  # "Rahmatullo Sharipov, 58, from the village of Muchun, died": a named person's age
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return True  # ordinal
    if token.lower() == "one" and re.search(r"\bthe\s+(?:younger|youngest|older|oldest|elder|eldest|other)\s+$", before):
        return True  # "the elder brother received shrapnel wounds, the younger one a concussion": one of those counted
    if re.search(r"\b(?:(?:grand)?(?:mother|father)|parent)\s+of\s+$", before):
        return True  # "a 34-year-old mother of three was killed": her children, no count of the hurt
    if re.search(r"\b(?:village|town|city|settlement|community|district|population)\s+of\s+(?:about\s+|some\s+|around\s+|"
                 r"nearly\s+|over\s+|more than\s+|roughly\s+|approximately\s+|almost\s+|just over\s+|under\s+)?$",
                 clause[max(0, start - 40):start].lower()):
        return True  # "a village of about 6,000 people": its population, no count of people hurt or moved
    if re.search(r"\b(?:bearing|bears|with|engraved with|inscribed with|carved with|listing)\s+(?:the\s+)?names\s+of\s+"
                 r"(?:all\s+)?(?:the\s+)?$", clause[max(0, start - 40):start].lower()):
        return True  # "a granite wall bearing the names of the 63 citizens ... killed in the fighting": a memorial's
    if _BORDERS_PAST_BEFORE.search(clause[max(0, start - 160):start].lower()):
        return True  # "the latest flare-up on a frontier where disputes over land and water have killed more than
        # 100 people": the border's past in a wire's lede, no count of the day's event
    if re.search(r"\b(?:herd|flock|drove|pack|team)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|"
                 r"more than\s+)?$", before):
        return True  # "Two cows from the herd of 23 were killed": the size of a herd, no count of people
    ages = _AGES_BEFORE.search(clause[max(0, start - 40):start])
    if re.match(r"\s*-?\s*(?:year|month|week|day)s?[- ]old|\s*years? old", after) or (
            ages is not None and (token.isdigit() or not any(c.isdigit() for c in ages.group(0)))):
        return True  # age, or one of a list of ages: "three residents aged 17, 36 and 44"
    if re.search(r"(?:\bno\.?|\bnumber|#|\bpost|\boutpost|\bunit|\bcheckpoint|\bsection|\bkm|\bbrigade|"
                 r"\bbattalion|\broute|\bhighway|\bplot|\bhouse|\bstreet|\bbuilding|\bpage|\barticle)\s*$", before):
        return True  # outpost No. 3
    if re.search(r"[$€£₽]\s*$", before) or re.match(
            r"\s*(?:million\s+|billion\s+)?(?:dollars|usd|\$|soms?\b|somoni|rubles|roubles|euros|kgs|tjs|tenge)", after):
        return True  # money
    if re.match(r"\s*(?:%|per ?cent)", after):
        return True
    if re.match(r"\s*-?\s*(?:km|kilomet|kilometre|kilometer|miles?\b|metres?|meters?|m\b|hectares?|ha\b|"
                r"square|sq\b|tons?|tonnes?|kg\b|litres?|cubic)", after):
        return True  # distance, area, weight
    if re.match(r"\s*-?\s*(?:hours?|hrs|minutes?|mins?|seconds?|days?|weeks?|months?|years?|decades?|"
                r"times|rounds?|shells?|mines?|drones?|kilograms?|vehicles?|posts?|outposts?|"
                r"villages?|settlements?|streets?|neighbou?rhoods?|mahallas?|positions?|points?|sections?|segments?|checkpoints?|sheep|cattle|cows?|"
                r"horses?|goats?|livestock|animals?|head of)\b", after):
        return True  # duration, or a count of something that is not a person
    if re.match(r"\s+(?:dead|killed|wounded|injured)\s+" + _ANIMALS + r"\b", after):
        return True  # "the 14 dead animals": not people
    if re.match(r"\s+[\w-]+\s+(?:villages?|settlements?|streets?|neighbou?rhoods?|mahallas?|districts?)\b", after):
        return True  # ... with a word before it: "from the three upper streets of the village"
    digits = token.replace(",", "")
    if digits.isdigit() and len(digits) == 4 and "," not in token and 1900 <= int(digits) <= 2099:
        return not re.match(rf"\s+{PERSON}\b", after, re.I)  # a year
    if re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", before) or re.match(
            r"\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", after):
        return True  # date
    if token.isdigit() and re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*"
                                     r"(?:to|-|–|—)\s*$", before):
        return True  # the end of a range of days: "on the night of August 11 to |12|"
    return False


#: An aside that closes with its comma before the clause goes on: "a| 58-year-old man and his nephew, |were".
_ASIDE_CLOSED = lazy_compile(r"[^,;.]{1,80},")
#: "One of them, a junior sergeant, died": the person after the comma is the one already counted.
_APPOSITION_AFTER_PART = lazy_compile(
    # ... and "three Kyrgyz villagers, one of them a 16-year-old boy, were treated"
    r"\b(?:one|two|three|\d+) of (?:them|whom|(?:the|its|their|his|her|our) [\w-]+)\s*,?\s*$", re.I)


#: A name (or its initial) and the comma before a person's age: "Bektur T.|, 9,", "Sherzod Nazarov|, 20,".
_NAME_BEFORE_AGE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\.?,\s*$")


#: "two members |of one family|", "of one household": the family a count shares.
_OF_ONE_FAMILY = re.compile(r"of one (?:family|household)\b")


def _numbers(clause: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, value, vague) of every number in the clause that is not a trap."""
    out = []
    counted_kin_end = ages_end = 0
    # matched on the lower-cased clause (same offsets), three times faster than re.I; the token as written
    lowered = lower_keep_length(clause)
    for match in _FOLDED_NUMBER.finditer(lowered):
        start, end = match.span()
        token = clause[start:end]
        if match.group("vague"):
            # (not animals: "a photo of a crater and several dead sheep")
            if not _BORDERS_PAST_BEFORE.search(lowered, max(0, start - 160), start) \
                    and not _DEAD_ANIMALS_AFTER.match(lowered, end):
                out.append((start, end, VAGUE_QUANTITIES[token.lower()], True))
            continue
        if match.group("rank"):
            out.append((start, end, 1, False))
            continue
        if token.lower() == "one" and _OF_ONE_FAMILY.match(lowered, max(0, start - 3), end + 12):
            continue  # "two members |of one family| were injured": the family they share, no count
        if match.group("kin"):
            if start >= counted_kin_end:  # not the son of "a woman and her son", counted with her
                # "The driver, a 37-year-old resident of Somoniyon, and his 11-year-old son were wounded": the
                # person named with the definite article is counted with the kin
                person = _THE_PERSON_AND.search(clause, max(0, start - 140), start) \
                    if _PLURAL_VERB.match(clause, end) else None
                out.append((person.start(), end, 2, False) if person else (start, end, 1, False))
            continue
        if match.group("article"):
            person = _SINGULAR_PERSON.match(clause[end:])
            kin = _AND_KIN.match(clause, end + person.end()) if person else None
            if kin:
                counted_kin_end = kin.end()  # "a 58-year-old man and his nephew": the nephew is counted here
            if person and not _APPOSITION_AFTER_PART.search(clause, 0, start) \
                    and not (_APPOSITION_AFTER_COUNT.search(clause, max(0, start - 140), start)
                             and _ASIDE_CLOSED.match(clause, end)):
                # "a third Kyrgyz border guard has died": the side's toll is now three (a revision cue)
                ordinal = _ORDINAL_DEATH.match(clause, end) or _ORDINAL_CHILD.match(clause, end) or (
                    None if _AND_BEFORE.search(clause, 0, start) else _ORDINAL_WOUNDED.match(clause, end))
                value = _ORDINALS[ordinal.group(1).lower()] if ordinal else 1
                if kin:
                    # "a 43-year-old woman and her 19-year-old son were wounded"; "a woman and her two children"
                    value = 1 + (word_number(kin.group("kin_count")) if kin.group("kin_count") else 1)
                out.append((start, end, value, False))
            continue
        if start < counted_kin_end:
            continue  # the "two" of "a woman and her two children", counted with her
        if start > 0 and (clause[start - 1].isalnum() or clause[start - 1] in "-./"):
            continue
        if end < len(clause) and clause[end].isalnum():
            continue
        if is_numbering(clause, start, end):
            continue  # "16/05/2024 - Border guard killed on each side", "2. **Sukhrob, 14**, wounded"
        if clause[end:end + 1] == "," and _NAME_BEFORE_AGE.search(clause, max(0, start - 40), start):
            continue  # a named person's age: "Bektur T., 9, Nurislam's younger brother, received cuts"
        if _is_trap(clause, start, end, token):
            continue
        if start < ages_end:
            continue
        if match.group("digits") and "," in clause[max(0, start - 3):start]:
            aside = _AGES_ASIDE.match(clause, start - 2 if clause[start - 2:start] == ", " else start - 1)
            if aside is not None and aside.group(0).lstrip(", ").startswith(token):
                ages_end = aside.end()
                continue  # "two Tajik youths, |17| and |19|, were bruised": their ages
        if match.group("digits"):
            text = token.lower().replace(",", "")
            factor = 1
            for word, f in (("thousand", 1000), ("million", 1_000_000)):
                if text.endswith(word):
                    factor, text = f, text[: -len(word)].strip()
            value = int(float(text) * factor)
        else:
            value = word_number(token)
            if value is None:
                continue
        if value > 0 or token.strip().lower() in ("0", "zero"):
            out.append((start, end, value, False))
    extra = _single_persons(clause, lowered)
    if extra:
        # ("The older of the two was treated": the one person, not the two he is one of)
        # ... and "The elder, 47, has bruises": the one person with his age, not 47 people
        chosen = [t for t in extra if _ONE_OF_THE_TWO.match(lowered, t[0]) or _AGE_AT_END.search(lowered, t[0], t[1])]
        out = [n for n in out if not any(a <= n[0] and n[1] <= b for a, b, _, _ in chosen)]
        taken = [(a, b) for a, b, _, _ in out]
        out = sorted(out + [t for t in extra if t in chosen or not any(a < t[1] and t[0] < b for a, b in taken)])
    return lowest_of_ranges(out, clause, _RANGE)


#: A clause that opens on one person named by the age told before: "|The| 17-year-old was admitted to the central
#: district hospital in Ghafurov with a broken rib" (one of the people counted before, if they were: described).
_THE_AGED_OPENING = lazy_compile(r"[\s\"“;]*(the)\s+\d{1,2}-year-old\b(?!\s+(?:and|or)\b)")


#: A person's age told at the end of his description: "the elder|, 47,|".
_AGE_AT_END = re.compile(r",\s*\d{1,2},$")
#: One person named as one of a pair: "|the older of the two|".
_ONE_OF_THE_TWO = re.compile(r"the\s+(?:older|younger|elder)\s+of\s+the\s+")


def _single_persons(clause: str, lowered: str) -> list[tuple[int, int, int, bool]]:
    """The rare one-person figures of :data:`_RANK_NAME`, :data:`_WOUNDING_ANOTHER`, :data:`_BARE_DEMONYM` and
    :data:`_BARE_PERSON`."""
    found = []
    if (bare := _BARE_DEMONYM.match(lowered)) is not None:
        found.append((bare.start(), bare.end(), 1, False))
    elif (bare := _BARE_PERSON.match(lowered)) is not None:
        found.append((bare.start(1), bare.end(1), 1, False))
    if "another" in lowered:
        found.extend((m.start(1), m.end(1), 1, False) for m in _WOUNDING_ANOTHER.finditer(lowered))
        found.extend((m.start(1), m.end(1), 1, False) for m in _ANOTHER_SUBJECT.finditer(lowered))
    if "his " in lowered or "her " in lowered:
        found.extend((m.start(1), m.end(1), 1, False) for m in _WOUNDING_KIN.finditer(lowered))
    if "him" in lowered or "her" in lowered:
        found.extend((m.start(m.lastindex), m.end(m.lastindex), 1, False) for m in _BEAT_PRONOUN.finditer(lowered))
    if (the_kin := _THE_KIN_HURT.search(lowered)) is not None:
        found.append((the_kin.start(1), the_kin.end(1), 1, False))
    if "the " in lowered and (the_one := _THE_ONE_DIED.search(lowered)) is not None:
        found.append((the_one.start(1), the_one.end(1), 1, False))
    if "buried" in lowered or "laid to rest" in lowered:
        found.extend((m.start(1), m.end(1), 1, False) for m in _THE_ONE_KILLED_BURIED.finditer(lowered))
    if (the_aged := _THE_AGED_OPENING.match(lowered)) is not None:
        found.append((the_aged.start(1), the_aged.end(1), 1, False))
    if "he " in lowered:
        found.extend((m.start(1), m.end(1), 1, False) for m in _PRONOUN_HURT.finditer(lowered))
    if "aged " in lowered:
        # "The herders, aged 34 and 19, were beaten with rifle butts": as many people as the ages told
        found.extend((m.start(1), m.end(1), len(re.findall(r"\d{1,2}", m.group("ages"))), False)
                     for m in _THE_PEOPLE_AGED.finditer(lowered))
    if "its " in lowered or "his " in lowered or "her " in lowered or "their " in lowered:
        found.extend((m.start(1), m.end(1), 1, False) for m in _POSSESSED_PERSON_HURT.finditer(lowered))
    if "'s " in lowered or "’s " in lowered:
        found.extend((m.start(1), m.end(1), 1, False) for m in _PERSON_S_LIMB_HURT.finditer(lowered))
    if "," in clause:
        # "Kadyrbek Aitiev, 46, was killed in the yard of his house": one person named with his age
        found.extend((m.start(1), m.end(1), 1, False) for m in _NAMED_WITH_AGE_HURT.finditer(clause))
    if " and " in clause and ("were" in lowered or "been" in lowered):
        for m in _NAMED_LIST_HURT.finditer(clause):
            found.append((m.start("list"), m.end("list"), len(re.findall(r",|\band\b", m.group("list"))) + 1, False))
    for m in _TITLED_NAME_HURT.finditer(clause):
        # only as the subject that opens the clause or follows its "and": not "the brother of Tajik national X"
        if not clause[:m.start()].strip(" \t\n\"“«-–—*•") or re.search(r"\band\s+$", clause[:m.start()]):
            found.append((m.start(), m.end(), 1, False))
    if _RANK_WORD.search(lowered) is not None:
        for m in _RANK_NAME.finditer(lowered):
            # only as the subject that opens the clause: not "A Kyrgyz border guard, Private Emil Sarybaev, was"
            if not clause[:m.start()].strip(" \t\n\"“«-–—*•") \
                    and all(word[:1].isupper() for word in clause[m.start():m.end()].split()[-2:]):
                found.append((m.start(), m.end(), 1, False))
    return found


def _side_of(phrase: str) -> str | None:
    sides = [code for code, pattern in _SIDE_WORDS.items() if pattern.search(phrase)]
    return sides[0] if len(sides) == 1 else None


#: "... and her 19-year-old son": a relative named with the person, one more (also after the person's
#: age: "a woman aged 44 and her 71-year-old father-in-law").
_AND_KIN = lazy_compile(r"(?:,?\s+(?:aged\s+\d{1,3}|born\s+(?:in\s+)?\d{4}),?)?\s+and\s+(?:his|her|their)\s+"
                      # "A woman and her two children, aged 6 and 11, were injured": three people
                      r"(?:(?P<kin_count>two|three|four|five|six|[2-9])\s+(?=(?:[\w-]+\s+)?(?:children|sons|daughters|"
                      r"grandchildren|brothers|sisters)\b))?"
                      # ("wounding a herder and his teenage son")
                      + _KIN_ADJECTIVE + _KIN + r"(?:ren|s)?\b",
                      re.I)
#: One person named with the definite article, an aside after it, then "and" before kin: "|The driver, a
#: 37-year-old resident of Somoniyon, and |his son".
_THE_PERSON_AND = lazy_compile(rf"(?:^|(?<=[\s\"“(]))(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_PERSON}"
                               r"(?:,[^,;:()]{1,80},)?"
                               r"\s+and\s+$", re.I)
#: A plural verb right after the kin: "and his| son were wounded" (two people, not "his son was").
_PLURAL_VERB = lazy_compile(r"\s+" + _KIN_ADJECTIVE + _KIN
                            # ... or a verb of the hurt that does not agree, after a relative aside: "the woman and her
                            # 12-year-old daughter, who was nearby, received shrapnel wounds" (not "and his son was")
                            + r"(?:,\s*who\s+[^,;.]{1,60},)?\s+(?:both\s+)?(?:were|are|have|received|suffered|sustained)\b",
                            re.I)
#: The home after the people counted: "Two residents| of the village of Arka|, a 12-year-old girl and ...".
_THEIR_HOME = r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
#: "two Kyrgyz villagers, a 58-year-old man and his nephew, were killed": the person after the comma
#: describes people just counted.
_APPOSITION_AFTER_COUNT = lazy_compile(
    # ... and "One Kyrgyz guard, a 22-year-old private, was hit" (the aside closed by its comma: not the list
    # "two soldiers, a civilian and a child were killed")
    # ... and "Two Tajik border guards and a civilian, a 33-year-old resident of X, were killed" (the last of a list)
    # ... "Two residents of Vorukh, a 34-year-old truck driver and his passenger, were beaten" (their home after them)
    rf"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|(?<=\band )an?)\s+(?:[\w-]+\s+){{0,2}}?{PERSON}"
    rf"{_THEIR_HOME}\s*,\s*$"
    # ... the aside a list of them: "Two Ak-Sai residents, a 17-year-old boy and a 45-year-old woman, were hurt"
    rf"|\b(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+){{0,2}}?{PERSON}{_THEIR_HOME}\s*,\s*(?:an?\s+[^,;.]{{1,40}}?,\s*)*"
    r"an?\s+[^,;.]{1,40}?\s+and\s+$"
    # "a citizen of the Republic of Tajikistan, a resident of the village of Gulkhona born in 1979, received":
    # the second person describes the first
    rf"|\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{PERSON}\s+(?:of|from)\s+[^,;]{{1,40}},\s*$"
    # "a third child, a 9-year-old girl, had been treated"
    r"|\ba\s+(?:second|third|fourth|fifth|sixth)\s+(?:child|boy|girl|teenager)\s*,\s*$"
    # "One of the wounded villagers, a 67-year-old man, has died": the one of them, described
    rf"|\bone\s+of\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){{0,2}}?(?:{PERSON}|them|those|wounded|injured|dead)\s*,\s*$",
    re.I)
#: "a third Kyrgyz border guard has died": the ordinal is the toll (``REVISION`` says it is a revision).
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDINAL_DEATH = lazy_compile(r"\s+(second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,3}?(?:has\s+|had\s+)?"
                            r"(?:died|dies|succumbed)\b", re.I)
#: "A second Kyrgyz border guard was wounded": the wounded are now two (not after "and": one more).
#: ... "a fourth resident of Surkh, a 17-year-old boy, had been treated for a bruised shoulder"
_ORDINAL_WOUNDED = lazy_compile(r"\s+(second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                              r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+)?(?:\s*,[^,;.]{1,60},)?\s+"
                              r"(?:was|has\s+been|had\s+been)\s+(?:wounded|injured|treated\s+for)\b", re.I)
#: Just before an ordinal's article: "... and| a third shepherd was wounded" adds a person.
_AND_BEFORE = lazy_compile(r"\band\s+$", re.I)
#: A coordination's last part with its noun left out, from its number to the verb: "two men from Kulundu and one| from
#: Maksat were |injured".
_ELLIPTIC_PART = lazy_compile(r"\s+(?:from|of)\s+(?:the\s+)?(?:(?:kyrgyz|tajik|neighbou?ring|nearby|adjacent)\s+){0,2}"
                              # ... "and one of the nearby village of Chek were treated"
                              r"(?:(?:village|town)\s+of\s+)?"
                              r"(?-i:[A-Z][\w’'-]*)(?:[\s-]+(?-i:[A-Z][\w’'-]*)){0,2}"
                              r"(?:\s+(?:village|district))?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?",
                              re.I)
#: "a third child, a 9-year-old girl, had been treated": the children's count is now three.
_ORDINAL_CHILD = lazy_compile(r"\s+(second|third|fourth|fifth|sixth)\s+(?:child|boy|girl|teenager)\b", re.I)
#: "and a third was wounded": an ordinal standing for one more person.
_ORDINAL_PERSON = lazy_compile(r"\s*(?:second|third|fourth|fifth|sixth)\s*", re.I)
#: "..., including two police officers,": the number after it is part of the one before.
#: ("1,100 residents, among them |around| 460 children": an approximate part)
_APPROXIMATELY = r"(?:(?:around|about|some|nearly|almost|roughly|approximately|at least|more than|over)\s+)?"
_SUBSET_BEFORE = lazy_compile(rf"\b(?:including|among them|among whom|of whom)\s+{_APPROXIMATELY}$", re.I)
#: (... or a bare total: "The other six, among them two women and a 12-year-old boy, were treated")
_TOTAL_BEFORE_SUBSET = lazy_compile(rf"(?:\s+(?:[\w’'-]+\s+){{0,2}}?{PERSON})?"
                                  # "1,100 residents of Ovchi-Kalacha, including 400 children": their village
                                  rf"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){{1,3}}"
                                  # ... "three residents of the Isfara jamoat of Surkh, including a woman",
                                  # "three citizens of the Republic of Tajikistan, including a woman born in 1969"
                                  r"(?:(?:of\s+(?:the\s+)?|(?:village|town|jamoat|district|region|aiyl\s+aimak)\s+)"
                                  r"(?:[A-Z][\w’'-]*\s*|(?:village|town|jamoat|district|region)\s+)){0,4}"
                                  # ... "about 320 residents of two streets closest to the border, including 140
                                  # children": where they live, in words
                                  r"|\s+(?:of|from|on|in|along)\s+[^,.;:\d]{1,60}?)?"
                                  # ... "12 families, 46 people in total, including 19 children"
                                  r"(?:\s+(?:in total|in all|altogether))?"
                                  rf"\s*,?\s*(?:including|among them|among whom|of whom)\s+{_APPROXIMATELY}", re.I)


#: "Both injured were taken to hospital", "both wounded men": two people hurt or dead, counted together.
_BOTH_HURT = lazy_compile(r"\bboth\s+(?:of\s+the\s+|the\s+)?(?P<noun>injured|wounded|dead)\b(?!\s+(?:and|or)\b)", re.I)
_BOTH_MEASURE = {"injured": "injured", "wounded": "injured", "dead": "fatalities"}
#: People counted by their ages, with their verb: "the 36-year-old and 41-year-old residents of Unji received injuries
#: of head", "the 19- and 23-year-old brothers were killed".
_AGE = re.compile(r"\d{1,3}-(?:year-old)?")
_AGES_TOLD_TOGETHER = lazy_compile(
    r"\b(?:the\s+)?(?P<ages>(?:\d{1,3}-(?:year-old)?,?\s+)+and\s+\d{1,3}-year-old)\s+(?:[\w-]+\s+)?"
    r"(?:residents|men|women|villagers|herders|shepherds|farmers|people|brothers|sisters|boys|girls|teenagers|"
    r"servicemen|soldiers|border\s+guards)\b(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?P<dead>killed)|wounded|injured|hurt|beaten)|"
    r"received\s+(?:[\w-]+\s+)?(?:injuries|wounds)|suffered\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b", re.I)
#: People told one by one by the years they were born, then hurt together: a translation's "the resident of the village
#: of Somoniyon R.Kh. (born 1968), his son (born 1994) and their neighbour, a pupil ... (born 2009), received bodily
#: injuries of varying severity" (as many as the years).
_BIRTHS_TOLD_TOGETHER = lazy_compile(
    r"(?P<people>\(born\s+(?:in\s+)?\d{4}\)(?:[^;()]{1,120}?\(born\s+(?:in\s+)?\d{4}\)){1,5})\s*,?\s+"
    r"(?:(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?P<dead>killed)|wounded|injured|hurt|beaten)|"
    r"(?:received|suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?))\b", re.I)
_BORN_IN = re.compile(r"\(born\s", re.I)
#: The hurt or the dead listed one by one after a colon, each by age: "listed the injured one by one: a 34-year-old man
#: with a broken arm, a 17-year-old student with a head wound ..., and a 52-year-old woman who was hit by a stone".
_LISTED_AFTER_COLON = lazy_compile(
    r"\b(?:the\s+)?(?:(?P<dead>dead|killed)|injured|wounded|hurt|victims)\b[^:.;]{0,60}:\s*(?P<items>[^.;]{10,600})",
    re.I)
#: One person of such a list: "a 34-year-old man", "a woman, 52".
_LISTED_PERSON = re.compile(r"(?:^|[,;]\s*(?:and\s+)?|\band\s+)(?:an?|one)\s+\d{1,3}-year-old\b", re.I)
#: "All three of the dead were citizens of Kyrgyzstan": the count, all of one side.
_ALL_OF_SIDE = lazy_compile(
    rf"\ball\s+(?P<number>{_WORD}|\d{{1,3}})\s+(?:of\s+)?(?:the\s+|those\s+)?(?P<noun>dead|killed|wounded|injured)\s+"
    r"(?:were|are)\s+(?:(?P<demonym>kyrgyz|tajik)\w*|(?:[\w-]+\s+)?(?:citizens|nationals|residents)\s+of\s+"
    r"(?P<country>kyrgyzstan|tajikistan))\b", re.I)
_ALL_MEASURE = {"dead": "fatalities", "killed": "fatalities", "wounded": "injured", "injured": "injured"}
#: "Both were taken to the Kadamjay district hospital", "both men were hospitalised": two people hurt.
#: ... "Both, aged 19 and 23, were treated for bruises".
_BOTH_TREATED = lazy_compile(r"\bboth(?:\s+(?:men|women|boys|girls|victims|of them))?"
                             # ... "Both men sustained injuries"
                             r"(?:,\s+aged\s+\d{1,3}\s+and\s+\d{1,3},)?\s+(?:(?:sustained|received|suffered)\s+"
                             r"(?:minor\s+|serious\s+|light\s+|bodily\s+)?(?:injuries|wounds)|"
                             # ... "Both had bruises on the face and body" (two herders handed back)
                             r"had\s+(?:bruises|cuts|injuries|wounds)|"
                             r"(?:were|are|have been|had been)\s+(?:injured|wounded|hurt)\b(?!\s+(?:and|or)\b)|"
                             # ... "both men were beaten with rifle butts"
                             r"(?:were|had been)\s+(?:badly\s+|severely\s+)?beaten\b|"
                             # ... "Both of them are in the Batken regional hospital"
                             r"(?:are|were)\s+(?:now\s+|still\s+)?in\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?hospital|"
                             # ... a translation's "..., and his passenger ... received a bruise of the shoulder, both
                             # were given medical aid in the Leilek territorial hospital"
                             r"(?:were|had\s+been)\s+(?:given|provided\s+with)\s+(?:first\s+|medical\s+|the\s+necessary\s+)*"
                             r"(?:aid|help|assistance|treatment)|"
                             r"(?:were|are|have been|had been)\s+"
                             r"(?:hospitali[sz]ed|admitted to (?:a |the )?hospital|"
                             r"treated for\s+(?:[\w-]+\s+){0,2}?(?:bruises|wounds|injuries|fractures|cuts|burns|"
                             r"concussions?)|"
                             r"(?:taken|rushed|brought|airlifted|evacuated)\s+to\s+(?:a\s+|the\s+)?"
                             r"(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|medical cent(?:re|er))))\b", re.I)
#: "The three of them were driven to the hospital here in Batken": the hurt just told one by one, counted together by
#: their way to hospital (not "All three were taken to the Batken regional hospital" after "eight ..., three of them
#: with gunshot wounds": a part of a count, read with where each part was treated).
_ALL_TREATED = lazy_compile(rf"\bthe\s+(?P<number>{_WORD}|\d{{1,2}})(?:\s+of\s+them|\s+(?:men|women|boys|girls|"
                            r"victims|brothers|herders|shepherds|villagers|residents))?\s+(?:were|had\s+been|have\s+been)\s+"
                            r"(?:later\s+|then\s+)?(?:taken|driven|rushed|brought|airlifted|evacuated|admitted)\s+to\s+"
                            r"(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|medical\s+cent(?:re|er))\b", re.I)
#: One person the clause opens on, killed where it happened: a translation's "the tractor driver, resident of the
#: village of Vorukh, citizen of the Republic of Tajikistan Sh.N., born 1987, from the received wounds died on the spot"
#: (not "The shepherd died" alone, which may be a man counted wounded before).
_THE_ONE_DIED_THERE = lazy_compile(
    # (not "The younger boy died at the scene": one of the people told before)
    r"\bthe\s+(?!(?:younger|older|elder|other|second|first|third|youngest|eldest|oldest|wounded|injured)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:driver|shepherd|herder|farmer|man|woman|boy|girl|teenager|resident|villager|"
    r"serviceman|soldier|guard|worker)\b(?:[^.;]|\.(?!\s)){0,160}?\b(?:died|was killed)\s+(?:on the spot|at the scene|instantly|"
    r"immediately)\b", re.I)
#: The cheap test before :data:`_THE_ONE_DIED_THERE`: a death where it happened.
_ON_THE_SPOT = re.compile(r"\b(?:on the spot|at the scene|instantly|immediately)\b", re.I)
#: A speaker's own party counted as hurt: "Me and both my sons, all three of us, came out of it hurt".
_ALL_OF_US_HURT = lazy_compile(rf"\ball\s+(?P<number>{_WORD}|\d{{1,2}})\s+of\s+us\b[^.;]{{0,40}}?\b(?:hurt|injured|"
                               r"wounded|beaten)\b", re.I)
#: One person told by a pronoun, beaten in a list of what was done to him: "he was walked to a post on the other side
#: of the line, kept there overnight and beaten with rifle butts and boots".
_HE_WAS_AND_BEATEN = lazy_compile(r"\b(?:he|she)\s+(?:said\s+(?:he|she)\s+)?(?:was|had\s+been)\s+[^.;]{0,100}?"
                                  r"(?:,\s*|\s+and\s+)(?:then\s+)?(?:badly\s+|severely\s+)?(?:beaten|assaulted|tortured)\b",
                                  re.I)
#: A number inside an aside that describes a place: ", the two parts of the village, ".
#: The homes a count of people comes from: "46 residents of |the 11| houses nearest to the site were taken".
_HOMES_NUMBER_BEFORE = lazy_compile(r"\b(?:residents|people|families|villagers|inhabitants)\s+(?:of|from|in)\s+"
                                    r"(?:the\s+)?$", re.I)
#: ... "41 people from six| pasture camps in the Kara-Shibak area had been brought down to Daroot-Korgon"
_HOMES_NUMBER_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+)?(?:houses|homes|households|yards|streets|camps|villages|"
                                   r"settlements|hamlets)\b", re.I)
_ASIDE_NUMBER_BEFORE = lazy_compile(r",\s+(?:(?:the|its|their)\s+)?$", re.I)
_ASIDE_NUMBER_AFTER = lazy_compile(r"\s+(?:parts?|halves|sections|quarters|streets|villages|settlements|hamlets)\s+"
                                   r"of\s+(?:the|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s+"
                                   # "two servicemen, one on each side, were wounded": how the count splits
                                   r"|\s+(?:on|from)\s+(?:each|either|both)\s+(?:sides?|villages?|countr(?:y|ies)|"
                                   r"communit(?:y|ies))\s*,\s+", re.I)
#: A description set off by commas between a number and its verb.
#: (not a predicate: "one serviceman, a 23-year-old private ..., |was wounded in the shoulder|, and that ...")
_APPOSITIVE = lazy_compile(r"(?:\s*,(?!\s*(?:and\s+)?(?:was|were|is|are|had|has|have)\b)(?:[^,;:()\d]|\d{1,3}-year-old|aged \d{1,3}\b|"
                         # ... "58 people, members of 14 families who were still grazing livestock ..., were moved"
                         r"(?<=members of )\d{1,3}(?= (?:families|households)\b)|"
                         # ... "three citizens of the Kyrgyz Republic, born in 1990, 1995 and 2008, received"
                         r"born (?:in )?\d{4}(?:,\s*\d{4})*(?:,?\s+and\s+\d{4})?\b|"
                         # ... an official's "Sobirov Umed, 1967 birth year, resident of Vorukh was killed"
                         r"\d{4} (?:birth year|year of birth)\b|"
                         r"(?<=, )\d{2}(?=,)){1,100}"  # "Private Nurbek Toktorov, 20, was killed": his age
                         # ... "A Kyrgyz border guard, 22, a native of Sulukta, was killed": two asides
                         r"(?:No\.\s*\d+[^,;:()]{0,20})?){1,2}"
                         # ... closed by the dash that closes a larger aside: "around 70 families -- 312 people, most
                         # of them women and children -- were taken"
                         r"(?:,|\s+(?:--?|–|—)(?=\s))\s*")

#: "who was bringing cattle home" before the verb of the figure.
_RELATIVE_BEFORE_VERB = lazy_compile(
    r"\s+who\s+(?:(?:was|were|is|are|had|has|have)\s+(?:[\w-]+\s+){1,8}?|(?:[\w-]+ed|went|drove|fled|left)\s+"
    r"(?:[\w-]+\s+){0,9}?)(?=(?:was|were|had been|has been|have been)\s)"
    # "a 45-year-old local resident returning from a mill was wounded in the leg": a participle describes him
    r"|\s+(?:returning|coming|walking|driving|riding|working|grazing|herding|collecting|cutting|tending)\s+"
    r"(?:[\w-]+\s+){0,14}?(?=(?:was|were)\s)"
    # "A Tajik farmer who was shot while cutting hay near the border last weekend has died of his wounds"
    r"|\s+who\s+(?:was|were)\s+(?:shot|wounded|injured|hurt)\b(?:[\s,]+[\w-]+){0,14}?\s+"
    r"(?=(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?$)",
    re.I)
#: "born in 2002" between a person and the verb, without commas.
_BORN_WITHOUT_COMMAS = lazy_compile(r"\s+born\s+(?:in\s+)?\d{4}\b(?=\s|,)", re.I)
def _quotation_open(clause: str, offset: int) -> bool:
    """Whether a quotation opened before ``offset`` in the clause is still open there."""
    before = clause[:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


#: "the Kyrgyz side has |lost two servicemen", "Kyrgyzstan |lost two border guards": whose people were lost.
_LOSER_BEFORE = lazy_compile(r"\b((?:kyrgyz|tajik)\w*)"
                             r"(?:\s+(?:side|forces|troops|army|military|border\s+(?:service|troops)))?"
                             r"\s+(?:(?:had|has|have)\s+)?(?:also\s+)?[\"“]?$", re.I)
#: "the number of Kyrgyz citizens |killed": whose people a head-first count counts.
_NUMBER_OF = lazy_compile(r"\bnumber of\s+((?:[\w’'-]+\s+){1,3})$", re.I)
#: "(about 560 households)" right after the people counted.
_BRACKETED_ASIDE = lazy_compile(r"\s*\([^()\n]{1,60}\)\s*,?")
#: "three of them": part of the number before it.
_OF_THEM_AFTER = lazy_compile(r"\s+of\s+(?:them|whom)\b", re.I)

#: "two |of whom were| beaten": the part's own verb follows it.
_PART_S_OWN_VERB = lazy_compile(r"\s+of\s+(?:them|whom)\s+(?:were|was|had been|have been|are|got)\s+(?:\w+ly\s+)?", re.I)

#: What joins the two ends of a range: "two to three", "two or three", "between 10 and 12".
_RANGE = lazy_compile(r"\s*(?:to|or|-|\u2013|and)\s*", re.I)

#: "one of the wounded later died": people already counted, not another head between number and verb.
_OF_THE_WOUNDED = lazy_compile(r"\bof (?:the|those) (?:injured|wounded|hurt)\b|\bof whom\b", re.I)


#: Between a part and its total: "one |of the| two farmers".
_PART_OF = lazy_compile(r"\s+of\s+(?:(?:the|those|these)\s+)?", re.I)


#: Just before an active verb of harm, an attempt: "the Tajiks |tried to |beat up a citizen".
_ATTEMPT_BEFORE = lazy_compile(r"\b(?:tried|try|trying|tries|attempted|attempting|attempt|threatened|threatening)\s+to\s+$")
#: Just before a head, its negation: "were |not |hurt", "have |never been |evacuated".
_NEGATED_HEAD = lazy_compile(r"\b(?:not|never)\s+(?:been\s+)?$|n['’]t\s+(?:been\s+)?$", re.I)
#: A singular verb just before the head: "a Nexia carrying four teachers ... |was |hit by stones".
_SINGULAR_VERB_BEFORE = lazy_compile(r"\b(?:was|has\s+been|is)\s+(?:\w+ly\s+)?$", re.I)


def _other_head_just_before(clause: str, n_start: int, measure: str) -> bool:
    """Whether another measure's head ends right before the number ("detained |two", "evacuated |300")."""
    before = clause[max(0, n_start - 24):n_start]
    return any(m != measure and (h := p.search(before)) is not None and not before[h.end():].strip()
               for m, p in _HEADS.items())


#: The service a person serves in, after them: "a junior sergeant| of the Kyrgyz Border Service|".
_UNIT_OF = lazy_compile(r"\s+of\s+the\s+(?:kyrgyz\s+|tajik\s+)?(?:state\s+)?(?:border\s+(?:service|troops|guards?)|"
                        r"[\w-]+\s+(?:border\s+)?(?:post|outpost|detachment))\b|"
                        # ... and the district of their village: "residents of Arka village| in Leilek district|"
                        r"(?<=village)\s+in\s+[\w-]+\s+(?:district|region)\b", re.I)


#: A participle with its object after it: "injuring a Tajik serviceman", "killing two shepherds".
_PARTICIPLE_WITH_OBJECT = lazy_compile(r"(?:wounding|injuring|killing)\s+(?:an?|the|another|his|her|their|one|two|"
                                       r"three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)


def _number_first(clause: str, numbers, head_start: int, measure: str) -> list[tuple[int, str]]:
    """Indices of the numbers tied to the head at ``head_start`` (number before head)."""
    linked: list[tuple[int, str]] = []
    if _NEGATED_HEAD.search(clause, max(0, head_start - 12), head_start):
        return linked  # "Six other residents, including four children, were not hurt": no one hurt
    if _PARTICIPLE_WITH_OBJECT.match(clause, head_start):
        # "about 40 Kyrgyz citizens ... threw stones at it, injuring a Tajik serviceman": the participle's object is
        # the one hurt, not its subject
        return linked
    # ("a Kyrgyz 16-year-old suffered a broken nose": the age standing for the person)
    noun = _HOUSES if measure == "houses_damaged" else f"(?:{PERSON}|{_KIN}s?|(?:\\d+|[a-z]+)-year-olds?)"
    previous_index = None
    for index in range(len(numbers) - 1, -1, -1):
        n_start, n_end, _value, _vague = numbers[index]
        if n_end > head_start:
            continue
        if previous_index is None and _value > 1 and _SINGULAR_VERB_BEFORE.search(clause, n_end, head_start) \
                and clause[n_start:n_end].lower() not in ("a", "an", "the"):  # (not "a second child was wounded")
            break  # "a Nexia carrying four teachers from Batken ... was hit by stones": a count is no singular subject
        if previous_index is None and _ASIDE_NUMBER_BEFORE.search(clause, max(0, n_start - 12), n_start) \
                and _ASIDE_NUMBER_AFTER.match(clause, n_end, head_start):
            continue  # "600 residents of Arka-1 and Arka-2, the two parts of the village, were taken": an aside
        if previous_index is None and index > 0 and _HOMES_NUMBER_BEFORE.search(clause, max(0, n_start - 40), n_start) \
                and _HOMES_NUMBER_AFTER.match(clause, n_end, head_start):
            continue  # "46 residents of the 11 houses nearest to the site were taken": the houses they come from
        between = _OF_THE_WOUNDED.sub(lambda m: "of them".ljust(len(m.group(0))), clause[n_end:head_start])
        # (ages first: "Three citizens of the Kyrgyz Republic|, aged 23, 37 and 54,| received")
        between = _AGES_ASIDE.sub(" ", between)
        # "One of them, a junior sergeant of military unit No. 1021, died": the aside describes them
        between = _APPOSITIVE.sub(" ", between)
        # "A 16-year-old boy who was bringing cattle home was killed": the relative clause describes him
        between = _RELATIVE_BEFORE_VERB.sub(" ", between)
        # "A border guard born in 2002 was wounded": the year of birth describes him
        between = _BORN_WITHOUT_COMMAS.sub(" ", between)
        if measure == "injured":
            # "Two residents of Ak-Sai were detained and beaten": the detained are the beaten
            between = _DETAINED_AND.sub(" ", between)
        # "Some 2,340 people (about 560 households) were evacuated": an aside in brackets
        if "(" in between:
            between = _BRACKETED_ASIDE.sub(
                lambda m: m.group(0) if any(p.search(m.group(0)) for p in _HEADS.values()) else " ", between)
        if previous_index is None:
            if index > 0 and _PART_OF.fullmatch(clause, numbers[index - 1][1], n_start) \
                    and re.match(r"\s+[^\W\d_]", clause[n_end:n_end + 2]) \
                    and not (re.fullmatch(rf"\s+(?:(?:[\w’'-]+\s+){{0,2}}?{noun}\s+)?", between, re.I)
                             and not any(p.search(clause, head_start + 1) for p in _HEADS.values())):
                # (not "The man was one of two people wounded": the head right after the total's noun, with
                # nothing told of the part after it, is the total's)
                # "One of the two farmers wounded on Tuesday has died": the part, not the total, died
                linked.append((index - 1, clause[numbers[index - 1][1]:head_start]))
                break
            if measure in ("fatalities", "injured") and index > 0 and _ELLIPTIC_PART.fullmatch(between) \
                    and _AND_BEFORE.search(clause, max(0, n_start - 8), n_start):
                # "Two men from Kulundu and |one from Maksat were| injured": the last part with its noun left out
                linked.append((index, between))
                previous_index = index
                continue
            # ("A 21-year-old junior sergeant of the Kyrgyz Border Service was wounded": the service is his unit)
            collapsed = _UNIT_OF.sub(" ", between)
            words = collapsed.split()
            if (_PEOPLE_OF_PLACE.fullmatch(between) or (
                    _VERB_HEAD.match(clause, head_start) and _PEOPLE_OF_PLACE_BEFORE_HEAD.fullmatch(between))) \
                    and not any(
                    p.search(between) for m, p in _HEADS.items() if m != measure):
                linked.append((index, between))  # "Two residents of the town of Shurob ... were killed"
                if measure in ("fatalities", "injured") and index > 0 and _AND_BEFORE.search(clause, 0, n_start):
                    # (... which may close a coordination: "Three residents of Arka and two residents of Khistevarz
                    # were injured")
                    previous_index = index
                    continue
                break
            if len(words) > 7 or _STOP_BETWEEN.search(collapsed) or any(
                    p.search(between) for m, p in _HEADS.items() if m != measure):
                break
            if _other_head_just_before(clause, n_start, measure):
                break  # "had detained two residents and had beaten one of them": the two are the detained

            rest = _AUX.sub(" ", between)
            if rest.strip() == "," and re.fullmatch(r",\s*who\s+", between):
                # "The cousin, who suffered a leg wound, was discharged": his wound, told in a relative clause
                rest = ""
            if rest.strip() and not re.search(rf"\b{noun}\b", rest, re.I) \
                    and not (measure != "houses_damaged" and _ORDINAL_PERSON.fullmatch(rest)):
                break
            if index > 0 and _SUBSET_BEFORE.search(clause[:n_start]):
                # "nine people, including two police officers, had been hurt": the total, not the part
                total_end = numbers[index - 1][1]
                if _TOTAL_BEFORE_SUBSET.fullmatch(clause[total_end:n_start]):
                    linked.append((index - 1, clause[total_end:head_start]))
                    break
            linked.append((index, between))
            previous_index = index
        else:
            if _OF_THEM_AFTER.match(clause, numbers[previous_index][1]):
                if not any(p.search(clause, n_end, numbers[previous_index][0]) for p in _HEADS.values()) \
                        and not _PART_S_OWN_VERB.fullmatch(clause, numbers[previous_index][1], head_start):
                    # (not "Three shepherds, two of whom were beaten, were detained": the part has its own verb)
                    # "Five people, three of them children, were wounded": the total, not a coordination
                    linked = [(index, clause[n_end:head_start])]
                # else "five people were injured, one of whom died": the total has its own verb
                break
            # a coordination: "one Tajik serviceman and one civilian were killed"
            if _other_head_just_before(clause, n_start, measure):
                break  # (not "evacuated 300 residents, two were wounded": the 300 are the evacuated)
            gap = clause[n_end:numbers[previous_index][0]]
            if gap.rstrip().endswith(",") and numbers[previous_index][2] == 1 \
                    and clause[numbers[previous_index][1]:head_start].rstrip().endswith(","):
                break  # "A 14-year-old boy, a resident of Ak-Sai, died": the second is an apposition, one person
            if re.fullmatch(rf"\s+(?:[\w’'-]+\s+){{0,3}}?(?:{noun}|kyrgyz\w*|tajik\w*){_NAME_AFTER_AGE}{_HOME_AFTER_NOUN}"
                            rf"{_AGES_AFTER_PART}\s*(?:,|\band\b|,\s*and\b)\s*", gap, re.I):
                if index > 0 and _SUBSET_BEFORE.search(clause[:n_start]) \
                        and _TOTAL_BEFORE_SUBSET.fullmatch(clause[numbers[index - 1][1]:n_start]):
                    # "The other six, among them two women and a 12-year-old boy, were treated": the total
                    linked = [(index - 1, clause[numbers[index - 1][1]:head_start])]
                    break
                linked.append((index, gap))
                previous_index = index
            else:
                break
    return linked


#: The detention the hurt shared just before their verb: "were |detained and |beaten".
_DETAINED_AND = lazy_compile(r"\b(?:detained|arrested|captured|seized)\s+and\s+(?:then\s+)?$", re.I)
#: The name after a person's age in a coordination's part: "a 14-year-old| Umedjon Safarov|, a 23-year-old ...".
_NAME_AFTER_AGE = r"(?:(?<=-year-old)(?:\s+(?-i:[A-Z][\w’'-]+)){1,3})?"
#: The ages of the people a coordination's part counts, between commas: "two men from Kyzyl-Eshme|, aged 38 and 41|,
#: and one herder ...", "two boys|, 12 and 14|, and ...".
_AGES_AFTER_PART = r"(?:,\s*(?:aged\s+)?\d{1,2}(?:\s*(?:,|and|,\s*and)\s*\d{1,2})*(?=\s*,))?"
#: The village (and district) of the people a coordination's first part counts: "Three residents| of Arka in Leilek
#: district |and two residents of ... Khistevarz were injured".
_HOME_AFTER_NOUN = (r"(?:\s+(?:of|from|in)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:[\s-]+(?-i:[A-Z][\w’'-]*)){0,2}"
                    r"(?:\s+(?:district|region|village|town|jamoat|aiyl\s+aimak))?){0,2}")


#: A part taken from a whole counted before: "|One of the |two", "two of the |five".
_HEAD_RIGHT_AFTER = re.compile(r"\s+(?:wounded|injured|dead|killed|hurt|casualties|victims)\b", re.I)
_PARTITION_BEFORE = re.compile(r"\b(?:one|two|three|four|five|\d+|older|younger|elder|eldest|oldest|youngest)\s+of\s+"
                               r"(?:the|those|these)\s+$", re.I)


def read_figures(clause: str) -> list[RawFigure]:
    """Every figure of one clause, in text order.

    Examples
    --------
    >>> [(f.measure, f.value, f.side) for f in read_figures(
    ...     "One Tajik serviceman and one civilian were killed at 07:15 UTC")]
    [('fatalities', 2, None), ('fatalities', 1, 'TJ')]
    >>> [(f.measure, f.value) for f in read_figures("the death toll rose to five, killing a 45-year-old man")]
    [('fatalities', 5), ('fatalities', 1)]
    >>> read_figures("the September 2022 war, 970 km of border, outpost No. 3")
    []
    """
    # an official's "1 (one) person was killed": the words say the digits again
    masked = without_spelled_out(clause, word_number)
    # (cheap tests first: most clauses have no dash and name no households)
    asides = (*(_DASH_ASIDE.finditer(clause) if "—" in clause or "–" in clause else ()),
              *(_HOUSEHOLDS_ASIDE.finditer(clause) if "amilies" in clause or "ouseholds" in clause else ()))
    for aside in asides:
        if _COUNT_BEFORE_ASIDE.search(clause, max(0, aside.start() - 60), aside.start()):
            # "Three residents of Surkh| — two men aged 35 and 48 and a 16-year-old boy —| turned to the ... hospital":
            # the aside lists the people just counted
            masked = masked[:aside.start()] + " " * (aside.end() - aside.start()) + masked[aside.end():]
    figures = _read_figures(masked)
    if masked is not clause:
        figures = [replace(f, text=clause[f.start:f.end]) for f in figures]
    if any(f.measure == "injured" and _TREATED_AT.search(f.text) for f in figures):
        # ("Four of them were taken to Isfara and two were treated at the jamoat's local hospital", "The remaining two
        # were treated at the Vorukh rural health center": a part of those counted before, where they were treated)
        figures = [f for f in figures if not (f.measure == "injured" and _TREATED_AT.search(f.text)
                                              and _PART_OF_A_COUNT.search(clause, 0, f.end))]
    for k in range(1, len(figures)):
        first, second = figures[k - 1], figures[k]
        if first.value == second.value == 1 and first.described and second.described and not second.additive \
                and {first.measure, second.measure} <= {"fatalities", "injured"} \
                and _AND_ANOTHER_PERSON.fullmatch(clause, first.end, second.start):
            # "A 44-year-old driver suffered cuts to his face from broken glass, and a 16-year-old passenger in his car
            # was struck on the shoulder": a second person, told after the first
            figures[k] = replace(second, additive=True)
    for k, figure in enumerate(figures):
        if figure.additive and figure.described and figure.value == 1 and figure.measure in ("fatalities", "injured") \
                and (first := _ONE_UNCOUNTED_HURT.search(clause, 0, figure.start)) is not None \
                and not any(other.end <= figure.start for other in figures if other is not figure):
            # "When he objected he was struck on the head with a shovel, and his 17-year-old son ... was also beaten":
            # the second of two people the clause tells one by one (the first with no number): the two together
            figures[k] = replace(figure, value=2, additive=False, described=False, together=True,
                                 start=first.start(), text=clause[first.start():figure.end])
    for figure in [f for f in figures if f.measure == "detained" and f.value]:
        beaten = _THEY_WERE_BEATEN.match(clause, figure.end)
        if beaten is not None and not any(f.measure == "injured" and f.start >= figure.end for f in figures):
            # "Two residents of Khoja-Alo who were detained by Kyrgyz border guards ... say they were beaten": the
            # people detained are the people beaten
            figures.append(RawFigure("injured", figure.value, figure.vague, figure.side, figure.start, beaten.end(),
                                     clause[figure.start:beaten.end()], together=True))
    return figures


#: One person hurt, told with no number, before a second told as "also" hurt in the same clause: "he was struck on
#: the head with a shovel, and ...".
_ONE_UNCOUNTED_HURT = re.compile(r"\b(?:he|she)\s+(?:was|had been)\s+(?:struck|beaten|hit|wounded|injured|hurt|stabbed|"
                                 r"shot|attacked)\b[^.;]{0,80}?,\s+and\s+$", re.I)
#: An aside between dashes: " — two men aged 35 and 48 and a 16-year-old boy —".
#: ... or an aside on their place or who they are: "three residents of Voruh| — as the exclave is spelt in some
#: official Tajik translations —| "received bodily injuries"".
_DASH_ASIDE = re.compile(r"\s+[—–]\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|one|an?|\d+)\s|"
                         r"(?:as|who|whom|whose|which|including|both|all|most)\s)[^—–.;:]{1,100}?\s+[—–](?=\s)", re.I)
#: The households of the people just counted, and who most of them are, between commas: "About 70 residents of
#: Üch-Bulak|, from some 20 families, most of them women and children,| spent the night with relatives".
_HOUSEHOLDS_ASIDE = re.compile(r",\s+(?:from|in)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?\d+\s+(?:families|households)"
                               r"(?:,\s+most\s+of\s+them\s+[^,.;]{1,60})?(?=,)", re.I)
#: A count of people just before an aside: "|Three residents of Surkh| — ...".
_COUNT_BEFORE_ASIDE = re.compile(rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){{0,2}}?"
                                 rf"{PERSON}(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?$", re.I)
#: Between two people told one by one in a clause: "..., and |a 16-year-old passenger".
_AND_ANOTHER_PERSON = re.compile(r"[^.;:]{0,80}?,\s+and\s+", re.I)


#: The people just counted as detained, beaten: "who were detained ... |say they were beaten|", "and beat them", "and
#: handed back on the morning of May 8 "with bodily injuries"".
_THEY_WERE_BEATEN = re.compile(r"[^.;]{0,120}?\b(?:(?:they|both|all\s+of\s+them)\s+(?:say\s+|said\s+)?(?:they\s+)?"
                               r"(?:were|had\s+been)\s+(?:also\s+)?(?:beaten|assaulted|tortured)|beat\s+them|"
                               r"(?:handed\s+(?:back|over)|returned|released)\b[^.;]{0,60}?\bwith\s+(?:signs\s+of\s+)?"
                               r"(?:bodily\s+|visible\s+|multiple\s+)?(?:injuries|bruises|traces\s+of\s+beating))\b", re.I)
#: The hurt told only by where they were treated ("were treated at a local clinic").
_TREATED_AT = re.compile(r"\btreated (?:at|in)\b(?!.*\bfor\b)", re.I)
#: Words that make a count a part of one told before: "the remaining two", "four of them", "the other three".
_PART_OF_A_COUNT = re.compile(r"\b(?:remaining|the others|the rest|of them|of whom|"
                              r"(?:other|of the) (?:two|three|four|five|six|seven|eight|nine|ten|\d+|injured|wounded|"
                              r"hurt))\b", re.I)


def _read_figures(clause: str) -> list[RawFigure]:
    """Every figure of one clause, in text order (:func:`read_figures` reads parts of a count told before apart).
    """
    figures: list[RawFigure] = []
    for match in (*_NEGATIVE.finditer(clause), *filter(None, [_PARTY_UNHARMED.match(clause)])):
        word = next((g for g in match.groups() if g), "").lower()
        measures = (["fatalities", "injured"] if word in ("casualties", "victims", "hurt", "injuries or deaths", "unharmed",
                                                          "killed or injured", "killed or wounded", "killed or hurt",
                                                          "not hurt", "not injured", "not harmed", "not wounded",
                                                          "unhurt", "uninjured", "without injury", "without injuries",
                                                          "deaths or injuries", "one was hurt", "dead or wounded",
                                                          "dead or injured")
                    # "No one was injured": no one hurt, so no one killed (not "no soldiers were wounded")
                    else ["fatalities", "injured"] if word in ("injured", "wounded")
                    and re.match(r"(?:no one|nobody)\b", match.group(0), re.I)
                    else ["injured"] if word in ("hurt", "injured", "wounded", "injuries", "wounded or injured",
                                                  "injured or wounded")
                    else ["displaced"] if word in ("evacuated", "relocated", "resettled") or word.startswith(
                        ("left ", "leave ", "need to evacuate", "evacuation", "plan to evacuate", "plans to evacuate"))
                    else ["fatalities"])
        sides = [code for code, pattern in _SIDE_WORDS.items() if pattern.search(match.group(0))]
        side = sides[0] if len(sides) == 1 else None  # "No Tajik citizens were killed"
        if side is None and (after := _SIDE_AFTER.match(clause[match.end():])) is not None:
            # "No one was killed ... on the Kyrgyz side", "no casualties among Tajik citizens"
            side = "KG" if (after.group(1) or after.group(2)).lower() == "kyrgyz" else "TJ"
        if side is None and (after := _ZERO_FROM_SIDE.match(clause[match.end():])) is not None:
            side = "KG" if after.group(1).lower() == "kyrgyz" else "TJ"  # "no casualties ... from the Kyrgyz side"
        if side is None and (before := _SIDE_BEFORE.search(clause, max(0, match.start() - 40), match.start())):
            side = "KG" if before.group(1).lower() == "kyrgyz" else "TJ"  # "On the Tajik side, no one was hurt"
        # "He was taken to the Batken regional hospital. There were no other casualties": none besides those told, a
        # count of all told together, no lower total than theirs (and no one killed)
        other = _OTHER_ZERO.search(clause, max(0, match.start() - OTHER_ZERO_CHARS), match.end()) is not None
        for measure in measures:
            figures.append(RawFigure(measure, 0, False, side, match.start(), match.end(), match.group(0),
                                     together=other and measure == "injured"))
    for match in _BOTH_HURT.finditer(clause):
        # "Both injured were taken to the Batken regional hospital": the two hurt counted together
        figures.append(RawFigure(_BOTH_MEASURE[match.group("noun").lower()], 2, False, None, match.start(),
                                 match.end(), match.group(0), together=True))
    for match in _BOTH_TREATED.finditer(clause):
        if not any(f.start <= match.start() < f.end for f in figures):
            figures.append(RawFigure("injured", 2, False, None, match.start(), match.end(), match.group(0),
                                     together=True))
    for match in (_THE_ONE_DIED_THERE.finditer(clause) if _ON_THE_SPOT.search(clause) else ()):
        if not any(f.measure == "fatalities" and f.start < match.end() and match.start() < f.end for f in figures):
            figures.append(RawFigure("fatalities", 1, False, _side_of(match.group(0)), match.start(), match.end(),
                                     match.group(0), described=True))
    for match in _HE_WAS_AND_BEATEN.finditer(clause):
        if not any(f.start < match.end() and match.start() < f.end for f in figures):
            figures.append(RawFigure("injured", 1, False, None, match.start(), match.end(), match.group(0),
                                     described=True))
    for match in (*_ALL_OF_US_HURT.finditer(clause), *_ALL_TREATED.finditer(clause)):
        # the people just told, counted together: "all three of us came out of it hurt", "The three of them were driven
        # to the hospital"
        number = match.group("number")
        value = int(number) if number.isdigit() else word_number(number)
        if value and value > 1 and not any(f.start < match.end() and match.start() < f.end for f in figures):
            figures.append(RawFigure("injured", value, False, None, match.start(), match.end(), match.group(0),
                                     together=True))
    all_of_side: list[tuple[int, int]] = []  # ("All three of the dead were citizens of Kyrgyzstan": read whole)
    for match in _AGES_TOLD_TOGETHER.finditer(clause):
        # "the 36-year-old and 41-year-old residents of Unji received injuries of head": as many as the ages
        if not any(f.start < match.end() and match.start() < f.end for f in figures):
            measure = "fatalities" if match.group("dead") else "injured"
            figures.append(RawFigure(measure, len(_AGE.findall(match.group("ages"))), False, _side_of(match.group(0)),
                                     match.start(), match.end(), match.group(0)))
            all_of_side.append(match.span())
    for match in (_BIRTHS_TOLD_TOGETHER.finditer(clause) if "(born" in clause else ()):
        if " and " not in match.group("people"):
            continue  # (a list's parts joined by "and")
        # (the people of the list read one by one before are this count's)
        figures = [f for f in figures if not (f.start < match.end() and match.start() < f.end)]
        figures.append(RawFigure("fatalities" if match.group("dead") else "injured",
                                 len(_BORN_IN.findall(match.group("people"))), False, _side_of(match.group(0)),
                                 match.start(), match.end(), match.group(0), together=True))
        all_of_side.append(match.span())
    for match in (_LISTED_AFTER_COLON.finditer(clause) if ":" in clause else ()):
        # each person of the list is counted once, as the list's count (the list's own "a 52-year-old woman who was hit
        # by a stone" is one of them)
        listed = len(_LISTED_PERSON.findall(match.group("items")))
        if listed >= 2 and not any(f.start < match.end() and match.start() < f.end for f in figures):
            figures.append(RawFigure("fatalities" if match.group("dead") else "injured", listed, False,
                                     _side_of(match.group(0)), match.start(), match.end(), match.group(0),
                                     together=True))
            all_of_side.append(match.span())
    for match in _ALL_OF_SIDE.finditer(clause):
        all_of_side.append(match.span())
        value = int(match.group("number")) if match.group("number").isdigit() else word_number(match.group("number"))
        side = (match.group("demonym") or match.group("country")).lower()
        figures.append(RawFigure(_ALL_MEASURE[match.group("noun").lower()], value or 0, False,
                                 "KG" if side.startswith("kyrgyz") else "TJ", match.start(), match.end(),
                                 match.group(0)))
    if (second := _THE_SECOND_HURT.match(clause)) is not None \
            and not any(f.start < second.end() and second.start("head") < f.end for f in figures):
        # "The second, grazed in the arm, was treated at the scene": one more of two told in turn
        figures.append(RawFigure("injured", 1, False, None, second.start("head"), second.end(),
                                 clause[second.start("head"):second.end()], True))
    numbers = [n for n in _numbers(clause) if not any(a <= n[0] < b for a, b in all_of_side)]
    if not numbers:
        return sorted(figures, key=lambda f: f.start)
    # "none of the four herders was hurt": a number inside a zero counts no one
    used: set[int] = {k for k, n in enumerate(numbers)
                      if any(not f.value and f.start <= n[0] and n[1] <= f.end for f in figures)
                      # "One horse was killed and one was wounded": one more animal
                      or (n[2] == 1 and _ANIMAL_THEN_ONE.search(clause, max(0, n[0] - 60), n[0]))
                      # "Thirty-four of the sheep were returned with him; the family says three are missing"
                      or (_BARE_COUNT_VERB.match(clause, n[1]) is not None
                          and _ANIMALS_BEFORE.search(clause, max(0, n[0] - 100), n[0]) is not None)
                      # "One of the two, a 52-year-old man, died": the whole a part is taken from (not "Three
                      # of the five wounded were civilians": the whole counted with its own head)
                      or (_PARTITION_BEFORE.search(clause, max(0, n[0] - 24), n[0]) is not None
                          and not _HEAD_RIGHT_AFTER.match(clause, n[1]))}
    toll_spans: list[tuple[int, int]] = []
    for match in (*_TOLL.finditer(clause), *_TOLL_REVISED.finditer(clause), *_TOLL_BROUGHT.finditer(clause)):
        index = next((k for k, n in enumerate(numbers) if n[0] == match.end()), None)
        if index is not None:
            used.add(index)
            n_start, n_end, value, vague = numbers[index]
        else:
            # "from two to three" was read as one range: its upper end is the new count
            inside = next((k for k, n in enumerate(numbers) if n[0] < match.end() < n[1]), None)
            tail = _numbers(clause[match.end():]) if inside is not None else []
            if not tail or tail[0][0] != 0:
                continue
            used.add(inside)
            n_end, value, vague = match.end() + tail[0][1], tail[0][2], tail[0][3]
        toll_spans.append((match.start(), n_end))
        # ("The number of wounded |Kyrgyz| border guards has risen to two": the people's side just after the noun)
        people = _TOLL_PEOPLE_SIDE.match(clause, match.end("noun"))
        # ... or just before it: "bringing the |Kyrgyz |death toll to two"
        whose = _SIDE_BEFORE_TOLL.search(clause, max(0, match.start() - 16), match.end("noun") + 6)
        figures.append(RawFigure(_TOLL_MEASURE[match.group("noun").lower()], value, vague,
                                 _side_of(clause[match.start():people.end() if people else match.end("noun")])
                                 or (None if whose is None else "KG" if whose.group(1).lower() == "kyrgyz" else "TJ"),
                                 match.start(), n_end, clause[match.start():n_end]))
    lowered = lower_keep_length(clause)
    for measure, head in _FOLDED_HEADS.items():
        for h in head.finditer(lowered):
            if any(a <= h.start() < b for a, b in toll_spans):
                continue
            if measure == "injured" and _ATTEMPT_BEFORE.search(lowered, max(0, h.start() - 24), h.start()):
                continue  # "the Tajiks tried to beat up a citizen of Kyrgyzstan": an attempt, no one hurt
            # "about 100 residents of Tajikistan ... beat up some construction workers": the number
            # before an active "beat up" counts who beat, not who was hurt
            # (and so does one before "beat", "beating", "assaulted": "three citizens of Tajikistan beat a 29-year-old
            # resident", "eight men beat two shepherds")
            active = measure == "injured" and (lowered.startswith("beat up", h.start())
                                               or _ACTIVE_HURT.fullmatch(lowered, h.start(), h.end()) is not None) \
                and not _PASSIVE_BEFORE.search(lowered, max(0, h.start() - 12), h.start())
            linked = [] if active else [item for item in _number_first(clause, numbers, h.start(), measure)
                                        if item[0] not in used
                                        # "Some 260 of them spent the night at a school": part of the evacuees
                                        and not (measure == "displaced"
                                                 and _OF_THEM_AFTER.match(clause, numbers[item[0]][1]))]
            if len(linked) > 1 and any(_HARM_NOUN.search(phrase) for _, phrase in linked):
                # "The Ministry of Health reported 163 victims, 59 people were killed": the victims are a count of
                # their own (the dead among them), no part of a coordination
                linked = [item for item in linked if not _HARM_NOUN.search(item[1])] or linked
            if linked:
                used.update(index for index, _ in linked)
                parts = []
                for index, phrase in linked:
                    n_start, n_end, value, vague = numbers[index]
                    # the token itself names the side in a headline's "Tajik woman killed"
                    side = _side_of(phrase) or _side_of(clause[n_start:n_end]) or _side_after(clause, h.end()) \
                        or _losses_of(clause, n_start)
                    parts.append(RawFigure(measure, value, vague, side, n_start, h.end(),
                                           clause[n_start:h.end()], _additive(clause, n_start)))
                figures.extend(parts if len(parts) == 1 else _coordination(measure, parts, clause, h.end()))
                continue
            if measure == "houses_damaged" or _AMONG_THE.search(clause, max(0, h.start() - 16), h.start()) \
                    or _ONE_WHO.search(clause, max(0, h.start() - 60), h.start()):
                # ("Among the dead was a 67-year-old woman": one of them, not the toll;
                # "The Kyrgyz guard who died was 23": his age)
                continue
            # "One of those killed is a 29-year-old soldier": one of them, no count of its own (but "One of the wounded
            # was a 34-year-old Kyrgyz border guard" tells his side's one)
            partition = _PARTITION_BEFORE.search(clause, max(0, h.start() - 24), h.start()) is not None
            if clause[h.start():h.end()].lower() == "lost" and _quotation_open(clause, h.start()):
                # ('the Kyrgyz side had "lost at least three servicemen"': a statement's words about a side's losses,
                # read only where the text tells them as its own)
                continue
            head_parts: list[RawFigure] = []
            part_end = 0  # where the last part's counted noun ends
            for index, (n_start, n_end, value, vague) in enumerate(numbers):
                if n_start < h.end() or index in used:
                    continue
                if head_parts:
                    # "killing two Tajik servicemen |and a Kyrgyz border guard|": one more part
                    if not _HEAD_FIRST_AND.fullmatch(clause, part_end, n_start):
                        break
                elif not _HEAD_FIRST_GAP.match(clause[h.end():n_start] + " "):
                    break
                after = clause[n_end:n_end + 60]
                # ("had beaten one of them, a 29-year-old man": one of the people the clause counted before)
                if not re.match(rf"\s*(?:$|[,.;]|\band\b|\bin\b|\bon\b|\bat\b|\bwhen\b|\bafter\b|\bwith\b|of them\b|"
                                rf"\bacross\b|\bfrom\b|\bas\b|(?:[\w’'-]+\s+){{0,3}}?{PERSON}\b|"
                                rf"(?:(?:more|other|human)\s+)?life\b|"
                                # "struck him several times with rifle butts"
                                rf"(?:several|many|a few|a number of)\s+times\b|\brepeatedly\b|\btwice\b|"
                                # "treated him for bruises to his face"
                                r"for\s+(?:[\w-]+\s+){0,2}?(?:wounds?|injur(?:y|ies)|cuts?|bruises?|fractures?|burns?|"
                                r"concussions?)\b|"
                                rf"(?:[\w’'-]+\s+)?{_KIN}\b)", after, re.I):
                    break
                np = re.match(rf"\s*(?:[\w’'-]+\s+){{0,3}}?{PERSON}\b", after, re.I)
                if head_parts and (np is None or re.search(r"\b(?:of them|others)\b", np.group(0), re.I)):
                    break
                used.add(index)
                side = _side_of(np.group(0)) if np else None
                # "brings the number of Kyrgyz citizens killed in the clash to two"
                counted = _NUMBER_OF.search(clause, max(0, h.start() - 60), h.start())
                side = side or (_side_of(counted.group(1)) if counted else None)
                if partition and not (side or _side_after(clause, n_end)):
                    break
                if side is None and clause[h.start():h.end()].lower() == "lost" \
                        and (loser := _LOSER_BEFORE.search(clause, max(0, h.start() - 40), h.start())):
                    side = _side_of(loser.group(1))  # "the Kyrgyz side has lost two servicemen"
                start = h.start() if not head_parts else n_start
                head_parts.append(RawFigure(measure, value, vague, side or _side_after(clause, n_end),
                                            start, n_end, clause[start:n_end], _additive(clause, start)))
                if np is None:
                    break
                part_end = n_end + np.end()
            figures.extend(head_parts if len(head_parts) < 2 else _coordination(measure, head_parts, clause))
    # ("A 16-year-old boy was among the wounded", "Two children were among the dead": a part of a toll; "The guard
    # who was killed, a 24-year-old sergeant, was hit in the chest": how the dead died)
    figures = [f for f in figures if not _AMONG_THE_COUNTED.search(f.text) and not (
        f.measure == "injured" and _THE_DEAD_BEFORE.search(clause, max(0, f.start - 40), f.start))]
    return _losses_of_a_side(clause, _described(_elliptic_sides(clause, _wounded_who_died(clause, _parts_dropped(
        clause, _as_had(clause, _one_more_dead(clause, sorted(figures, key=lambda f: f.start))))))))


#: One person told with a wound and where or how they were treated, and no verb of harm: "A 34-year-old man with a head
#: injury was taken to the Batken regional hospital", "a 16-year-old teenager with a fractured forearm is being treated
#: at the Sulukta city hospital" (a part of the hurt told by treatment: :func:`read_treated_parts`).
_PERSON_TREATED = lazy_compile(
    r"\b(?:an?|one)\s+(?:\d{1,3}-year-old\s+)?(?:[a-z-]+\s+)?(?:man|woman|teenager|boy|girl|resident|villager|farmer|"
    r"shepherd|herder|driver|serviceman|soldier|border\s+guard|guard|pensioner|student|schoolboy|schoolgirl)\b"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+village)?)?,?\s+with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:fractured|broken|injured|bruised)\s+[a-z-]+|injur(?:y|ies)|wounds?|fractures?|bruises|cuts|burns|concussion)"
    r"(?:\s+(?:to|of|on)\s+(?:the\s+|his\s+|her\s+)?"
    r"[a-z-]+(?:\s+and\s+[a-z-]+)?)?,?\s+(?:was|is|has\s+been)\s+(?:being\s+)?(?:taken|admitted|hospitali[sz]ed|"
    r"treated|brought|delivered|rushed|flown)\b", re.I)


#: A clause that opens on the second of two people told in turn, hurt in an aside: "One of the farmers ... received a
#: gunshot wound ... |The second, grazed| in the arm, was treated at the scene".
_THE_SECOND_HURT = lazy_compile(
    r"\W*(?:and\s+)?(?P<head>(?:the\s+)?(?:second|other)(?:\s+(?:one|man|woman|farmer|guard|herder|shepherd|driver|"
    r"villager|resident))?\s*,\s*(?:who\s+was\s+)?(?:(?:slightly|lightly|badly|seriously|also)\s+)?"
    r"(?:wounded|injured|hurt|grazed))\b", re.I)


#: "a second Tajik civilian, a 67-year-old man, died": one more dead than told before.
_ONE_MORE_BEFORE = lazy_compile(r"\b(?:a|the) (?:second|third|fourth)\b[^.;]{0,50}$", re.I)


def _one_more_dead(clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """A death told as "a second" or "a third" adds one to the dead counted before (not "A second guard and a
    shepherd were wounded" after a guard killed: another measure)."""
    return [replace(f, additive=True) if f.measure == "fatalities" and f.value == 1 and not f.additive
            and _ONE_MORE_BEFORE.search(clause, max(0, f.start - 60), f.start) else f for f in figures]


#: "..., as had a civilian", "..., as were three civilians": more people of the figure just before, told after it.
_AS_HAD = lazy_compile(r",?\s+as\s+(?:had|has|have|was|were)\s+(?P<count>a|an|one|two|three|four|five|\d{1,3})\s+"
                       r"(?:[\w’'-]+\s+){0,2}?" + PERSON + r"\b", re.I)


def _as_had(clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """A casualty figure with its people told again after it: "one Tajik border guard had been wounded, as had a
    civilian" (two wounded, of the first figure's side: who speaks for the one speaks for the other)."""
    out = []
    for figure in figures:
        more = _AS_HAD.match(clause, figure.end) if figure.measure in ("fatalities", "injured") else None
        if more is None:
            out.append(figure)
            continue
        count = more.group("count").lower()
        value = 1 if count in ("a", "an") else int(count) if count.isdigit() else word_number(count)
        if value is None:
            out.append(figure)
            continue
        out.extend(_coordination(figure.measure, [figure, RawFigure(figure.measure, value, False, figure.side,
                                                                     more.start("count"), more.end(),
                                                                     clause[more.start("count"):more.end()])],
                                 clause))
    return out


#: A noun that already counts the harmed, whatever their harm: "163 |victims|", "40 |casualties|".
_HARM_NOUN = re.compile(r"\b(?:victims|casualties)\b", re.I)


def _coordination(measure: str, parts: list[RawFigure], clause: str, end: int | None = None) -> list[RawFigure]:
    """The figures of a coordination ("one Tajik serviceman and one civilian were killed", "killing two Tajik
    servicemen and a Kyrgyz border guard"): its sum is the total; when the parts name more than one side,
    the parts with a side are side figures as well."""
    first = min(p.start for p in parts)
    end = max(p.end for p in parts) if end is None else end
    sides = {p.side for p in parts}
    total = RawFigure(measure, sum(p.value for p in parts), any(p.vague for p in parts),
                      next(iter(sides)) if len(sides) == 1 else None, first, end, clause[first:end],
                      _additive(clause, first))
    if len(sides) == 1:
        return [total]
    # ("five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards": a side's parts are one count)
    by_side: dict[str, list[RawFigure]] = {}
    for part in sorted(parts, key=lambda p: p.start):
        if part.side is not None:
            by_side.setdefault(part.side, []).append(part)
    return [total, *(group[0] if len(group) == 1 else RawFigure(
        measure, sum(p.value for p in group), any(p.vague for p in group), side, group[0].start, group[-1].end,
        clause[group[0].start:group[-1].end], group[0].additive) for side, group in by_side.items())]


def _parts_dropped(clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Leave out a part of a count the clause already gave: "seven Tajik residents were hurt, one of them a
    67-year-old man who was struck on the head", "four people were wounded, among them a 58-year-old villager"
    (the one is among the seven, the four)."""
    out: list[RawFigure] = []
    for figure in figures:
        number = re.match(r"\S+", clause[figure.start:figure.end])
        if number is not None and (_OF_THEM_AFTER.match(clause, figure.start + number.end())
                                   # "four people were wounded, among them a 58-year-old villager struck by a bullet"
                                   or _SUBSET_BEFORE.search(clause, 0, figure.start)) and any(
                f.measure == figure.measure and f.value > figure.value and f.end <= figure.start for f in out):
            continue
        if any(f.measure == figure.measure and f.value > figure.value and not figure.additive
               and clause[f.end:figure.start].lstrip().startswith(":") for f in out):
            # "Three residents of Maksat were injured: two men aged 38 and 45 ... and a 17-year-old": who they are
            # (also further on: "Three residents of Muminobod were injured: two men aged 34 and 41 received head
            # injuries, and a 17-year-old boy suffered a broken arm")
            continue
        if _AMONG_THE_HURT_AFTER.match(clause, figure.end):
            continue  # "five injured children were among the wounded": some of a count told elsewhere, no count
        out.append(figure)
    return out


#: After a count, that its people are some of the hurt or dead counted elsewhere: "five injured |children were among
#: the wounded|".
_AMONG_THE_HURT_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,2}?(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?"
                                     r"(?:wounded|injured|dead|killed|casualties|victims|hurt)\b", re.I)


#: "put the losses of the Kyrgyz side at "at least eight killed"": the side whose losses the figure counts.
_LOSSES_OF_SIDE = lazy_compile(r"\blosses\s+(?:of|on)\s+the\s+(kyrgyz|tajik)\s+side\s+(?:at|as)\s+[\"“'‘]?\s*"
                               r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?$", re.I)


#: After a toll, the one country's village it happened in: "killed one man and wounded four other people |in a
#: Kyrgyz border village|".
_IN_A_SIDES_VILLAGE = lazy_compile(r"[^.;]{0,60}?\bin\s+a\s+(kyrgyz|tajik)\s+(?:border\s+)?(?:village|town|settlement)\b",
                                   re.I)


def _losses_of_a_side(clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Give a figure with no side of its own the side whose losses a speaker put at it, or, for the dead of
    the one country's village the clause names, that country."""
    out = []
    for figure in figures:
        if figure.side is None and (match := _LOSSES_OF_SIDE.search(clause, max(0, figure.start - 80), figure.start)):
            figure = replace(figure, side="KG" if match.group(1).lower() == "kyrgyz" else "TJ")
        elif figure.side is None and figure.measure == "fatalities" and figure.value \
                and (match := _IN_A_SIDES_VILLAGE.match(clause, figure.end)):
            figure = replace(figure, side="KG" if match.group(1).lower() == "kyrgyz" else "TJ")
        out.append(figure)
    return out


#: How a phrase that describes one person begins: "A 34-year-old woman", "the driver", "his cousin",
#: "One of the shepherds" (one of a group told).
_DESCRIBED_START = ("a ", "an ", "the ", "his ", "her ", "its ", "their ", "one of the ", "one of them", "one of those ",
                    "one of its ", "one of their ", "one of his ", "one of her ", "he ", "she ", "my ", "our ")


def _described(figures: list[RawFigure]) -> list[RawFigure]:
    """Mark figures of one person described rather than counted (see :class:`RawFigure`)."""
    return [replace(f, described=True) if f.value == 1 and (f.text.lower().startswith(_DESCRIBED_START)
                                                             or _NAMED_WITH_AGE_HURT.match(f.text)) else f
            for f in figures]


#: "A Kyrgyz border guard who was wounded in an exchange of fire ... has died in hospital": the people
#: counted are dead; the relative clause only says how.
_WOUNDED_WHO_DIED = lazy_compile(
    # ... and "A Kyrgyz villager wounded in a shootout on the border has died in hospital"
    # ... "A 58-year-old resident of Samarkandyk was wounded near the village's border market and died on the way" (one
    # person, his village named: not "four residents of Tajikistan had been injured and one of them had died")
    rf"\b(?:[\w’'-]+\s+){{0,3}}?{PERSON}\s*(?:(?:who|that)\s+(?:was|were|had been|has been|have been)\s+|"
    r"of\s+(?:the\s+village\s+of\s+)?[A-Z][\w’'-]*\s+was\s+|"
    # ... "One guard, a 20-year-old conscript, was hit in the chest and died early Monday in hospital"
    r",[^,.;]{1,60},\s+(?:was|were)\s+)?"
    # ... "A 52-year-old Khistevarz resident who was struck on the head with a stone died on Thursday"
    r"(?:seriously\s+|badly\s+|critically\s+|gravely\s+)?(?:wounded|injured|hurt|struck|hit|shot|stabbed|beaten)\b"
    # ... not "four people injured over three days ..., on a frontier where around 100 people died": the
    # dying has its own people
    rf"(?:(?!\b(?:where|which|whom)\b|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+"
    rf"(?:[\w-]+\s+)?{PERSON}\b)[^.;]){{0,160}}?"
    r"\b(?:has\s+|have\s+|had\s+|later\s+)?(?:died|succumbed)\b", re.I)


def _wounded_who_died(clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """An injured figure whose people, the clause goes on, have died: a death toll (see ``_WOUNDED_WHO_DIED``)."""
    out = []
    for figure in figures:
        after_number = figure.start + len(re.match(r"\S+\s*", figure.text).group(0))
        if figure.measure == "injured" and figure.value and (
                match := _WOUNDED_WHO_DIED.match(clause, after_number)) is not None:
            out.append(RawFigure("fatalities", figure.value, figure.vague, figure.side, figure.start, match.end(),
                                 clause[figure.start:match.end()], figure.additive))
        else:
            out.append(figure)
    return out


_PERSON_WORD = lazy_compile(rf"\b{PERSON}\b", re.I)


def _elliptic_sides(clause: str, figures: list[RawFigure]) -> list[RawFigure]:
    """ "One Kyrgyz serviceman was killed and two were wounded", "killing a Kyrgyz guard and wounding
    two others": a figure with no people of its own is of the side of the people just named.

    Only where every earlier figure of the clause that names a side names the same one; "five
    people were wounded" names its own people and keeps no side.
    """
    out = []
    for figure in figures:
        sided = {f.side for f in out if f.side is not None}
        # "bringing the death toll from Tuesday's clash to three": the clash's toll, of every side
        if figure.side is None and len(sided) == 1 and not _PERSON_WORD.search(
                clause[figure.start:figure.end + 30]) and not _TOLL_HEAD.search(figure.text, 0, 40):
            figure = RawFigure(figure.measure, figure.value, figure.vague, sided.pop(), figure.start, figure.end,
                               figure.text, figure.additive)
        out.append(figure)
    # "killing an 11-year-old boy and wounding two other Kyrgyz children": "other" people of a side make the one
    # named before them of that side too
    for k, figure in enumerate(out):
        if figure.side is not None and k and _OTHER_OF_A_SIDE.match(clause, figure.end):
            out[:k] = [replace(f, side=figure.side) if f.side is None and f.measure in ("fatalities", "injured")
                       else f for f in out[:k]]
    return out


#: "wounding two| other Kyrgyz children": more people of the side just named.
_OTHER_OF_A_SIDE = lazy_compile(r"\s+others?\s+(?:kyrgyz|kirghiz|tajik)", re.I)


#: An active verb of hurting someone: the count before it is of who did it.
_ACTIVE_HURT = lazy_compile(r"beat|beating|assaulted|stabbed|stabbing|struck|kicked|punched")
#: "were beat up", "got beaten up": the words before a passive injury verb.
_PASSIVE_BEFORE = lazy_compile(r"\b(?:were|was|been|got|being|get)\s+$")

#: A toll counted head first ("death toll ... to three"): the whole event's.
_TOLL_HEAD = lazy_compile(r"(?:death\s+)?toll\b", re.I)
_ADDITIVE = lazy_compile(r"\b(" + ALSO_ADDING + r"|(?<!one )another|a further|further|additional|more|"
                       r"(?<!each )(?<!the )others?)\b"
                       # (not more or other places: "later spread to other sections of the border, has killed at
                       # least 17 people")
                       r"(?!\s+(?:sections?|parts?|areas?|stretch\w*|segments?|sectors?|villages?|places?|"
                       r"locations?|points?|districts?|regions?|positions?|posts?)\b)[^.;]{0,40}$", re.I)


#: A clause that opens on the other one of two people, the first told before: "The other herder was treated for a
#: broken arm", and within the sentence that told the first: "...; |the younger man| suffered bruises" (a sentence
#: that opens on "The older boy" may describe one of the people counted before).
_THE_OTHER_OPENING = lazy_compile(r"[\s\"“]*(?:the\s+(?:other|second)|(?:;\s*|,?\s*and\s+|,?\s*while\s+)"
                                  r"the\s+(?:younger|older|elder))\s+(?:one|man|woman|herder|"
                                  r"shepherd|farmer|villager|resident|brother|boy|girl|guard|soldier|serviceman|driver|"
                                  r"passenger)\b(?!\s+of\b)", re.I)


def _additive(clause: str, start: int) -> bool:
    """Whether the figure adds to an earlier one ("another two", "also killed")."""
    return bool(_ADDITIVE.search(clause, max(0, start - 40), start)) or bool(
        (opening := _THE_OTHER_OPENING.match(clause)) is not None and opening.start() <= start < opening.end()) or bool(
        _ALSO_AFTER.match(clause[start:start + 140])) or bool(
        # "one more resident" (not "evacuated more than a thousand", a figure read from its verb)
        re.match(r"\w+\s+(?:more|further|additional)\b(?!\s+than\b)", clause[start:start + 30], re.I)) or bool(

        # "Two herders ... received light injuries ... A third herder, aged 19, sought medical help": one more
        # (not "a second Kyrgyz border guard was wounded": the count is now two, read as a revision)
        # (a second person after one described is summed with him as people told one by one)
        re.match(r"an?\s+(?:third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,2}?(?:herder|shepherd|farmer|resident|"
                 r"villager|man|woman|person|child|boy|girl|teenager|driver|passenger)\b(?![^.;]{0,60}?\b(?:(?:was|were|has been|"
                 # (nor "A third child has died": the toll is now three)
                 r"had been)\s+(?:\w+\s+)?(?:wounded|injured|killed|treated for)|"
                 r"(?:has\s+|had\s+)?(?:died|dies|succumbed)|"
                 r"reported|initially|earlier|missing)\b)",
                 clause[start:start + 90], re.I))


#: "two residents ... were also wounded": the pack's own word for it, after the number in its clause part.
_ALSO_AFTER = lazy_compile(
    # "one of its men, 40-year-old Ravshan Muminov, was also killed": an aside between two commas
    # ... "A civilian, the 41-year-old driver of a truck carrying coal from Sulukta, was also wounded"
    r"(?:[^.;,]{0,40}|[^.;,]{0,30},[^.;,]{1,80},[^.;,]{0,15})" + ALSO.pattern, re.I)

_LOSSES_OF = lazy_compile(r"\b(kyrgyz|tajik)\w*\s+(?:(?:losses|casualties|death toll|toll|"
                        # "the Tajik side had suffered "at least four wounded""
                        # ... 'the Kyrgyz side had "lost at least four servicemen killed"'
                        r"side\s+(?:had\s+|has\s+)?[\"“]?(?:suffered|lost|sustained))\b[^.;]{0,25}$|"
                        # 'Tajik forces had lost "up to five" servicemen killed'
                        r"(?:forces|troops|army|units|military|servicemen|border guards)\s+(?:had\s+|has\s+|have\s+)?lost\s+"
                        r"[\"“]?(?:up to\s+|at least\s+|about\s+|some\s+|more than\s+)?$|"
                        # "the Tajik side has at least three dead"
                        # ... 'the Tajik side "has two wounded"'
                        r"side\s+[\"“]?(?:has|had|have)\s+[\"“]?(?:at least\s+|more than\s+|about\s+|some\s+)?$|"
                        # "Tajik forces had "suffered significant losses," including at least 10 servicemen"
                        r"(?:side|forces|troops|army|units|military)\s+(?:had\s+|has\s+)?[“\"]?(?:suffered|sustained)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:losses|casualties)\b[^.;]{0,40}$)", re.I)


def _losses_of(clause: str, offset: int) -> str | None:
    """The side whose losses a figure counts, named before it: "Tajik losses were 'at least four dead'"."""
    match = _LOSSES_OF.search(clause, max(0, offset - 110), offset)
    if match is None:
        return None
    return "KG" if match.group(1).lower().startswith("kyrgyz") else "TJ"


def _side_after(clause: str, offset: int) -> str | None:
    """The side a figure's people are told of right after it: "two wounded on the Kyrgyz side", "one among Tajik
    servicemen"."""
    match = _SIDE_AFTER.match(clause[offset:]) or _PEOPLE_AFTER_HEAD.match(clause, offset)
    if match is None:
        return None
    return "KG" if (match.group(1) or match.group(2)).lower().startswith(("kyrgyz", "kirghiz")) else "TJ"


#: Words between a share's number and its place that make it no count of people: distances,
#: durations, houses, families, livestock ("12 km from Vorukh", "40 families from Chorkuh").
_SHARE_NOT_PEOPLE = (r"(?:km|kilomet\w*|miles?|metres?|meters?|m|hours?|minutes?|days?|weeks?|months?|years?|"
                     r"houses?|homes?|families|households|buildings?|head|sheep|cattle|cows?|vehicles?|cars?|"
                     r"trucks?|shells?|mines?|posts?|outposts?|checkpoints?|villages?|per|percent|times|rounds?)")
#: The number of one place's share, anchored at the place: "five of them in (the village of) |Kyzyl-Bel",
#: "nine were from |Kyzyl-Bel", "1,800 people were evacuated from |Kyzyl-Bel", "another 400 from |Chek".
_SHARE = lazy_compile(
    rf"(?:^|(?<=[\s,(]))(?:another\s+|a\s+further\s+)?(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD}(?:-{_WORD})?)\s+"
    rf"(?:(?!(?:and|or|but|{_SHARE_NOT_PEOPLE}|{_WORD})\b)(?!\d)[\w-]+\s+){{0,4}}?"
    # ("five of them in the Vorukh exclave and two in the village of Surkh")
    r"(?:(?:in|from|at)\s+(?:the\s+(?:[\w-]+\s+)?(?:village|town|settlement|jamoat)\s+of\s+|the\s+)?"
    # "four residents of |Ak-Tatyr and three residents of |Samarkandyk have sought medical help"
    r"|(?:residents|villagers|inhabitants)\s+of\s+(?:the\s+village\s+of\s+)?)$",
    re.I,
)


#: How far back (characters) a share's number may stand from its place.
_SHARE_REACH = 100


def read_share(before: str) -> tuple[int, int] | None:
    """The count of people a place's share gives, from the text just before the place.

    Returns the value and where its number starts in ``before``, or ``None``.
    A per-place breakdown ("seven killed, five of them in Kyzyl-Bel and two in
    Chek") is made of such shares (:mod:`geo.incidents.breakdowns`).

    Examples
    --------
    >>> read_share("seven people had been killed, five of them in the village of ")
    (5, 30)
    >>> read_share("1,800 people were evacuated from Kyzyl-Bel and another 400 from ")
    (400, 55)
    >>> read_share("four residents of Ak-Tatyr and three residents of ")
    (3, 31)
    >>> read_share("a post 12 km from ") is None, read_share("in 2021 in ") is None
    (True, True)
    """
    match = _SHARE.search(before, max(0, len(before) - _SHARE_REACH))
    if match is None:
        return None
    number = match.group("number")
    if number.isdigit():
        if len(number) == 4 and 1900 <= int(number) <= 2099:
            return None  # a year
        value = int(number)
    elif number[0].isdigit():
        value = int(number.replace(",", ""))
    else:
        value = word_number(number)
    return (value, match.start("number")) if value else None


#: A share told after its place, in a list: "Ak-Sai| — 4,950, Kok-Tash| — 3,620", "Ak-Sai|: 4,950".
_SHARE_AFTER = lazy_compile(
    r"\s*[—–:-]\s*(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|around\s+)?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[,.;()]|$|\s+(?:people|residents|villagers)\b))",
    re.I,
)


def read_share_after(after: str) -> tuple[int, int] | None:
    """The count of people a place's share gives, from the text just after the place.

    Returns the value and where its number ends in ``after``, or ``None``.

    Examples
    --------
    >>> read_share_after(" — 3,620, and ")
    (3620, 8)
    >>> read_share_after(" — in 2021") is None
    True
    """
    match = _SHARE_AFTER.match(after)
    if match is None:
        return None
    value = int(match.group("number").replace(",", ""))
    return (value, match.end("number")) if value else None


#: A count of the hurt told with where or how they were treated: "|three were taken to the Batken regional hospital|",
#: "|two more are being treated| at the Isfara hospital", "|the other three received first aid|", "|a third was
#: flown| to Khujand" (not "two of them were admitted": a part of a count told before; nor "two were discharged", "two
#: remain in hospital": some of those taken there).
_TREATED_PART = lazy_compile(
    # (not "all three received medical aid": all of a count told before)
    rf"\b(?<!all\s)(?<!all\sof\sthe\s)(?<!both\s)(?:(?P<further>(?:the\s+)?(?:other|remaining)\s+)?"
    rf"(?P<number>{_WORD}|\d{{1,3}})\s+"
    r"(?:(?P<more>more|others?)\s+)?"
    # ("Two residents of Kulundu, aged 19 and 46, were taken to the Leilek district hospital")
    r"(?:of\s+the\s+(?:injured|wounded|hurt|victims)\s+(?:[a-z]+\s+)?|(?:injured\s+|wounded\s+)?(?:people|persons|men|"
    r"women|victims|residents|villagers)(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+village)?)?"
    r"(?:,\s*(?:aged\s+)?\d{1,3}(?:(?:,\s*|\s+and\s+)\d{1,3})*,)?\s+)?|(?P<one>(?:a|the)\s+(?:second|third|fourth|fifth|sixth)|another|one\s+more)\s+"
    r"(?:(?:injured|wounded)\s+)?(?:[a-z]+\s+)?)"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+|later\s+)?"
    r"(?:taken|admitted|brought|rushed|flown|delivered|hospitali[sz]ed|treated|given\s+first\s+aid)|"
    r"received\s+(?:first\s+aid|medical\s+(?:aid|help|care|attention|treatment)|treatment))\b", re.I)
#: How far before a treated count (characters) the ages it would continue are read ("aged 27 and |31").
AGES_BEFORE_CHARS = 40
#: The end of a part's own words.
_PUNCTUATION = re.compile(r"[.,;]")
#: Where a part of the hurt was treated that tells it apart from those taken to hospital ("treated |on the spot|").
_TREATED_ELSEWHERE = lazy_compile(r"\b(?:on\s+the\s+spot|at\s+the\s+scene|as\s+outpatients?|and\s+(?:sent\s+home|"
                                  r"released))\b", re.I)


def read_treated_parts(sentence: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, value, further) of each count of the hurt the sentence tells with where or how they were treated;
    ``further`` where the count names itself more people than those told before it ("two more", "the other three", "a
    third"), were treated elsewhere than the hospital ("on the spot"), or is one person told with a wound of their own
    ("A 16-year-old teenager with a fractured forearm is being treated ...").

    Examples
    --------
    >>> [(v, f) for _, _, v, f in read_treated_parts(
    ...     "Three were taken to the Batken hospital, two more were treated at the Isfara hospital and a third was "
    ...     "treated on the spot")]
    [(3, False), (2, True), (1, True)]
    >>> read_treated_parts("Two of them were admitted to the Batken regional hospital")
    []
    """
    sentence = without_spelled_out(sentence, word_number)  # "2 (two) persons were delivered to the hospital"
    out = []
    for match in (_PERSON_TREATED.finditer(sentence) if " with " in sentence else ()):
        # "A 16-year-old teenager with a fractured forearm is being treated at the Sulukta city hospital": one more
        out.append((match.start(), match.end(), 1, True))
    for match in _TREATED_PART.finditer(sentence):
        if any(s <= match.start() < e for s, e, _, _ in out) \
                or _AGES_BEFORE.search(sentence, max(0, match.start() - AGES_BEFORE_CHARS), match.start()):
            continue  # ("two men aged 27 and |31 were treated": an age)
        number = match.group("number")
        value = 1 if match.group("one") else int(number) if number.isdigit() else word_number(number)
        if value:
            stop = stop.start() if (stop := _PUNCTUATION.search(sentence, match.end())) else len(sentence)
            further = bool(match.group("further") or match.group("more") or match.group("one")) \
                or _TREATED_ELSEWHERE.search(sentence, match.start(), stop) is not None
            out.append((match.start(), match.end(), value, further))
    return sorted(out)


#: Measure -> a short sentence read by :func:`read_figures` to give a count that names no measure its value
#: ("By Thursday morning the ministry put the number at |1,460|").
COUNT_TEMPLATES: dict[str, str] = {"fatalities": "{n} people were killed", "injured": "{n} people were wounded",
                                   "displaced": "{n} people were evacuated", "detained": "{n} people were detained"}


#: A roster of the named dead or hurt, village by village ("Among the dead were Vorukh residents Abdurahim Saidov,
#: 61, and Mavluda Karimova, 32; Chorkuh resident Bakhtiyor Sharipov, 47"); see :mod:`geo.language.roster`.
read_roster = RosterReader(
    head=lazy_compile(r"\b(?:among|of)\s+(?:the|those)\s+(?:(?P<dead>dead|killed|victims|deceased)|"
                      r"(?P<hurt>wounded|injured|hurt))\b", re.I),
    resident_before=lazy_compile(r"\b(?:residents?|natives?|villagers?)\s+of\s+(?:the\s+)?"
                                 r"(?:(?:village|town|jamoat|settlement)\s+of\s+)?$", re.I),
    resident_after=lazy_compile(r"\s+(?:residents?|natives?|villagers?)\b,?"),
    name=lazy_compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}\b"),
    died=lazy_compile(r"\b(?:killed|died|dead|perished)\b", re.I),
    hurt=lazy_compile(r"\b(?:wounded|injured|hurt)\b", re.I),
)


#: A number of a list told in the villages' order ("nine and seven ... respectively").
_LISTED_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
                  r"forty|fifty)")
#: Counts told once for a list of villages: "one person was killed in each", "nine and seven were wounded
#: respectively"; see :mod:`geo.language.distributive`.
read_distributed = DistributiveReader(
    each=lazy_compile(r"\b(?:(?:in|at|from)\s+each\b(?!\s+other)|apiece\b|each(?=\s*(?:[,.;]|$)))", re.I),
    respectively=lazy_compile(rf"\b(?P<numbers>(?:{_LISTED_NUMBER}(?:,\s*(?:and\s+)?|\s+and\s+))+{_LISTED_NUMBER})\b"
                              r"[^.;:]{0,40}?\brespectively\b", re.I),
    number=lazy_compile(rf"\b{_LISTED_NUMBER}\b", re.I),
    word_number=word_number,
    read_figures=read_figures,
)
