"""English short cue words of the event builder (see :class:`geo.language.base.EventWords`)."""

from __future__ import annotations

import re

from geo.language.base import EventWords
from geo.language.en.cues import PAST_WAR_ANAPHOR, SPOT_FROM_THE_VILLAGE
from geo.language.en.dates import WEEKDAY_NAMES
from geo.language.lazy import lazy_compile
from geo.language.en.numbers import UNHARMED_PARTY

__all__ = ["EVENT_WORDS"]

#: Land that people work or graze, named with the village of a scene: "onto the Kyzyl-Eshme pastures",
#: "the canal near Samarkandyk".
_LAND = r"(?:pastures?|fields?|hayfields?|irrigation canal|canal|orchards?)"

#: Before the district of a village the gazetteer lacks: "near the village of Karamyk in |Chong-Alay district".
# ... "Near the Ak-Bosogo village of |Leylek district", "at a site in Kum-Mazar area of |Batken district"
# ... "400 metres from the Muminobod settlement of the |Chorkuh jamoat" (measured from it: not "a shepherd from Katran
# village in Leilek district", his home)
_UNKNOWN_VILLAGE_IN = (r"\b(?:near|at|outside|in|(?:metres|meters|kilometres|kilometers|km)\s+from)\s+(?:the\s+)?(?:(?:village|area|settlement|locality)\s+of\s+[\w'’-]+"
                       r"|(?-i:[A-Z])[\w'’-]+\s+(?:village|area|settlement|locality))\s+(?:in|of)\s+(?:the\s+)?")

EVENT_WORDS = EventWords(
    into_the_air=lazy_compile(r"\b(?:into|in) the air\b", re.I),
    happened=lazy_compile(r"\b(?:happened|took place|occurred)\b", re.I),
    died_just_before=lazy_compile(r"\b(?:died|passed away|succumbed)\s+(?:[\w-]+\s+){0,2}?$", re.I),
    limit_day=lazy_compile(r"\b(?:until|till|by)\s+(?:(?:the\s+(?:morning|evening|night)\s+of)\s+)?$", re.I),
    pronoun_died_after=lazy_compile(r"\s*,?\s*(?:(?:in the (?:morning|evening)|early|late)\s+)?"
                                    r"(?:he|she|one of them)(?:\s*,[^,.;]{1,60},)?\s+(?:died|passed away)\b", re.I),
    notice_before=lazy_compile(r"\b(?:correction|corrected|update|updated|clarification|editor.s note)\b\W{0,6}$", re.I),
    negated_day=lazy_compile(r"\bnot\s+(?:on\s+|in\s+)?$", re.I),
    limit_before=lazy_compile(r"\b(?:until|till|by|before|through)\s+$", re.I),
    death_first=lazy_compile(r"(?:died|succumbed|passed away|of (?:the|those)\b|among the\b)", re.I),
    joint_statement=lazy_compile(r"\bjoint\s+(?:statement|communiqu)", re.I),
    relative_opening=lazy_compile(r"\s*(?:where|which|who|whom|whose|when|that)\b", re.I),
    source_opening=lazy_compile(r"[\s«\"“]*according to\b", re.I),
    fact_check=lazy_compile(r"\bfact[- ]?check|\bthe claim\b|\b(?:checked|verified) (?:this|the|these) "
                            r"(?:claims?|information|reports?|posts?|videos?)", re.I),
    interdiction_headline=lazy_compile(r"\b(?:smuggl\w*|contraband|illegal\s+(?:movement|transport\w*|crossing|driving)"
                                       r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:livestock|cattle|sheep|goats|horses|goods|fuel)|"
                                       r"(?:cattle|livestock)\s+(?:rustl\w*|theft|smuggl\w*))\b", re.I),
    # (not "640 residents of Kara-Bak temporarily relocated", "Precautionary relocation of border communities": an
    # evacuation)
    resettlement_headline=lazy_compile(r"\b(?:resettlement|relocation)\s+(?:completed|project|programme|program|plan)\b|"
                                       r"\b(?<!temporary )(?<!precautionary )(?:resettl|relocat)\w*\b"
                                       r"(?![^.]{0,20}\b(?:temporar|precaution|as\s+a\s+precaution))"
                                       r"(?=[^.]{0,60}\b(?:new\s+(?:homes|houses|settlement|village|town|community)|"
                                       r"(?:border\s+)?treaty|land\s+(?:swap|exchange)|delimitation)\b)", re.I),
    exercise_headline=lazy_compile(r"\b(?:hold|holds|held|conduct\w*|stage[sd]?|complete[sd]?|carr(?:y|ies|ied) out)\s+"
                                   r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:exercises?|drills?)\b|"
                                   # "Large-scale civil defense exercise held in Batken"
                                   r"\b(?:exercises?|drills?)\s+(?:was\s+|were\s+)?"
                                   r"(?:held|conducted|staged|carried out)\b",
                                   re.I),
    denial_headline=lazy_compile(r"\b(?:denie[sd]|deny|denial|debunk\w*|refut\w*|rumou?rs?|fake|false|hoax|"
                                 r"not confirmed|"
                                 r"dismiss(?:es|ed)?\b[^.;]{0,60}?\bas\s+(?:misleading|false|fake|untrue)|"
                                 # 'Video of "shooting near Kok-Tash" is old, no incidents on border'
                                 r"(?:video|footage|photos?)\b[^.;]{0,60}?\b(?:is|are)\s+"
                                 r"(?:old|not new|from 20\d\d))\b",
                                 re.I),
    withdrawn=lazy_compile(r"\b(?:this (?:is|was) (?:not true|wrong|incorrect)|"
                           r"that (?:is|was) (?:not true|wrong|incorrect)|"
                           # "CORRECTION: This story ... said the burned house was in the village of Kulundu. Leilek
                           # district police later said the house is in Maksat"
                           r"later said (?:that )?the (?:[\w-]+\s+){0,3}?(?:is|was|were|are) (?:in|at|near))\b", re.I),
    result_opening=lazy_compile(r"[\s\"«“]*(?:as a result|in the (?:brawl|fight|clash|scuffle))\b[,\s]", re.I),
    transfer_before=lazy_compile(r"\b(?:flown|airlifted|transferred|moved)\b(?:\s+(?:by\s+(?:helicopter|air\s+ambulance|"
                                 r"plane|ambulance)|to\s+(?:[\w-]+\s+){0,5}?(?:hospital|clinic|centre|center)))?\s+"
                                 r"(?:on|early on|late on|in the (?:morning|evening|night) of)?\s*$", re.I),
    one_death=lazy_compile(r"\bdeath\s+of\s+(?:a|an|one|the|its)\s+(?:[\w-]+\s+){0,2}?(?:serviceman|soldier|border guard|"
                           r"guard|civilian|resident|man|woman|shepherd|herder|villager)\b", re.I),
    one_of_them_before=lazy_compile(r"\b[\w-]+\s+of\s+(?:them|those|the\s+(?:wounded|injured))\s*,?\s*(?:an?\s+)?"
                                    r"(?:[\w-]+\s+){0,3}?(?:residents?|natives?|villagers?)\s+of\s+(?:the\s+)?"
                                    r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|exclave|enclave)\s+of\s+)?$", re.I),
    fight_again=lazy_compile(r"\b(?:after|in|during|from|over|into) the (?:brawl|fight|clash|scuffle|melee)\b"
                             # "A 41-year-old resident of Khistevarz died of stab wounds at the scene"
                             r"|\bat the scene\b", re.I),
    heavy_impact=lazy_compile(
        r"\b(?:shells?|mines?|rounds?|rockets?|missiles?|drones?|munitions?|grenades?)\b[^.;]{0,60}?\b(?:hit|struck|"
        r"landed|fell|exploded|went off|damaged|destroyed)\b"
        # ... the weapon used: "first fired from assault rifles and then used mortars"
        # (not "The Kyrgyz service denies using mortars")
        r"|\b(?<!denies )(?<!denied )(?<!deny )(?<!not )(?<!never )(?<!no )"
        # ... "The Tajik side uses mortars and grenade launchers" (a live statement)
        r"(?:used|using|uses|use|brought in|deployed)\s+(?:[\w-]+\s+)?(?:mortars?|artillery|howitzers?|grenade launchers?|"
        r"rocket launchers?|heavy weapons?)\b"
        # ... 'The firing, "including with the use of mortars," continued'
        r"|\b(?<!denies the )(?<!denied the )(?<!deny the )(?<!without the )(?<!no )use\s+of\s+(?:[\w-]+\s+)?"
        r"(?:mortars?|artillery|howitzers?|grenade launchers?|rocket launchers?|heavy weapons?)\b", re.I),
    at_the_place_after=lazy_compile(r"\s*(?:[\w-]+\s+){0,2}?(?:near|in|at|outside)\s+(?:the\s+)?"
                                    r"(?:(?:village\s+of|town\s+of|post\s+(?:at|of))\s+)?$", re.I),
    parent_place=lazy_compile(r"[^.;,]{0,40}?\b(?:of|in)\s+(?:the\s+)?(?:city|town|district|municipality)\s+of\s+$",
                              re.I),
    protest_note=lazy_compile(r"\b(?:protest notes?|notes? of protest)\b[^.;]{0,80}?\b(?:in connection with|"
                              r"over|about|regarding|concerning)\b", re.I),
    land_before=lazy_compile(r"\b" + _LAND + r"\s+(?:(?:of|near|at|outside|above)\s+)?(?:the\s+)?"
                             r"(?:(?:village|town)\s+of\s+)?$", re.I),
    land_after=lazy_compile(r"\s+" + _LAND + r"\b", re.I),
    no_force=lazy_compile(r"\b(?:offered|put up|showed) no resistance\b|\bwithout (?:the use of )?(?:any )?(?:physical )?force\b|"
                          # ... "No physical force, special means or weapons were used"
                          r"\bno (?:physical )?force(?:,\s*[a-z ]{1,30}?)?(?: or [a-z ]{1,20}?)? (?:was|were|had been) used\b",
                          re.I),
    no_force_in_any_case=lazy_compile(
        r"\b(?:none|neither)\s+of\s+the\s+(?:cases|detentions|arrests|incidents|violators|detainees)\s+"
        r"(?:involved|saw|required)\s+(?:the\s+use\s+of\s+)?(?:any\s+)?(?:physical\s+)?(?:force|weapons?)\b|"
        r"\bno\s+(?:physical\s+)?(?:force|weapons?)\s+(?:was|were)\s+used\s+(?:in\s+(?:any|all)\s+(?:of\s+the\s+)?"
        r"(?:cases|detentions)|during\s+the\s+detentions)\b|\ball\s+(?:the\s+|of\s+the\s+)?detentions\s+(?:were\s+made|"
        r"took\s+place|passed)\s+without\s+(?:the\s+use\s+of\s+)?(?:any\s+)?(?:force|weapons?|incident)\b|"
        # "All detentions were carried out in a routine manner"
        r"\ball\s+(?:the\s+)?detentions\s+were\s+(?:carried\s+out|made|conducted)\s+(?:in\s+a\s+routine\s+manner|"
        r"routinely|without\s+(?:the\s+use\s+of\s+)?(?:any\s+)?(?:force|weapons?|incident))|"
        # "No incidents on the Kyrgyz-Tajik border were registered during the week": the round-up's cases were routine
        r"\bno\s+(?:border\s+)?incidents\s+(?:involving\s+[^.;]{1,60}?|on\s+the\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+border\s+)?"
        r"(?:were|have\s+been|had\s+been)\s+"
        r"(?:registered|recorded|reported)\s+(?:on\s+the\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+border\s+)?"
        r"(?:during|over|in)\s+the\s+(?:past\s+|last\s+)?(?:week|month|period|"
        r"reporting\s+period)\b", re.I),
    spot_from_the_village=lazy_compile(SPOT_FROM_THE_VILLAGE, re.I),
    fire_opened=lazy_compile(r"\b(?<!not )(?<!never )(?:opened|open)\s+fire\s+(?:on|at)\b|\b(?<!no )(?<!without )"
                             r"(?:exchange\s+of\s+fire|skirmish|shoot-?out|firefight|gunfight)\b|"
                             r"\b(?<!not )exchanged\s+fire\b|"
                             # "One of the shepherds fired 2-3 shots towards the Kyrgyz border guard post"
                             r"\bfired\s+(?:\d+(?:-\d+)?|several|a\s+few|two|three|four|five)\s+shots\s+"
                             r"(?:towards?|at|in\s+the\s+direction\s+of)\b", re.I),
    weekday_lead=lazy_compile(r"[ \t]*(?:#{1,6}[ \t]+|\*\*|__)?"  # (a Markdown heading or bold label)
                              + WEEKDAY_NAMES
                              # ... with its day: "Tuesday, May 23:"
                              + r"(?:,\s*(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2}))?[.:][ \t]+\S", re.I),
    post_anaphor=lazy_compile(r"\b(?:the|this|that)\s+(?:border\s+|frontier\s+)?(?:out)?post\b(?!\s+(?:of|at|in|near)\b)"
                              r"(?!\s+(?-i:[\"“A-Z]))", re.I),
    where_before_date=lazy_compile(r",\s*where\s+$", re.I),
    the_village_scene=lazy_compile(r"\b(?:at|near|on|outside)\s+the\s+(?:entrance|edge|outskirts|exit|approach|entry)\s+"
                                   r"(?:to|of)\s+the\s+village\b(?!\s+of\b)", re.I),
    incident_happened=lazy_compile(r"\b(?:the|this)\s+(?:border\s+)?(?:incident|clash|conflict|attack|fight|brawl|"
                                   r"shooting)\s+(?:reportedly\s+|allegedly\s+|itself\s+)?(?:took\s+place|occurr?ed|"
                                   r"happened|broke\s+out)\b", re.I),
    place_not_hit_before=lazy_compile(r"\b(?:and\s+|but\s+)?not\s+(?:in|at|on)\s+(?:the\s+(?:village|town)\s+of\s+)?$",
                                      re.I),
    place_not_hit_after=lazy_compile(r"\s+(?:itself\s+)?(?:was|were|had\s+been)\s+not\s+(?:hit|shelled|struck|attacked|"
                                     r"affected|damaged|targeted)\b", re.I),
    latest_opening=lazy_compile(r"[\s\"“]*(?:the|this)\s+(?:most\s+recent|latest|newest|new|fresh|current)\s+"
                                r"(?:incident|clash|clashes|skirmish|flare-up|fighting|violence|confrontation|"
                                r"outbreak|shooting|shootout)\b", re.I),
    release_opening=lazy_compile(r"\b(?:disseminated|distributed|issued|released|published|circulated|provided|"
                                 r"reports?|informs?|announces?|states?)\s+the\s+following(?:\s+(?:information|"
                                 r"statement|message|report|press\s+release))?\b", re.I),
    earlier_report=lazy_compile(r"[\s\"“]*(?:earlier|previously)\b(?!\s+(?:this|that|in|on)\b)", re.I),
    clash_again=lazy_compile(r"\b(?:in|during|from)\s+the\s+(?:[\w-]+\s+){0,3}?(?:clash(?:es)?|shootout|shooting|"
                             r"fighting|exchange\s+of\s+fire|firefight|skirmish)\b", re.I),
    victims_before=lazy_compile(r"\b(?:(?:threw|hurled|throwing|hurling)\s+(?:stones|rocks)|fired|opened\s+fire|shot)\s+"
                                r"(?:at|on)\s+(?:the\s+)?(?:residents|villagers|inhabitants|people|citizens)\s+of\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I),
    site_near_before=lazy_compile(
        r"\b(?:(?:on|at)\s+(?:the\s+|a\s+)?(?:(?:[\w-]+\s+){0,2}?(?:bridge|road|canal|pasture|spring|field|site|dam|"
        r"intake)\s+(?:near|outside|by|at|in)|(?:edge|outskirts)\s+of)"
        # "broke the window of a bakery located in the Somoniyon village": a building and where it stands
        r"|(?:bakery|shop|store|house|home|school|mosque|cafe|market|barn)\s+(?:located|situated|standing)\s+"
        r"(?:in|near|at|on))\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?"
        r"(?:(?:settlement|village|town)\s+of\s+)?$", re.I),
    in_part_of_unit_before=lazy_compile(
        r"\b(?:(?:in|on)\s+the\s+(?:(?:far|mountainous|remote|hilly|high)\s+)?(?:south|north|east|west|south-?east|south-?west|north-?east|north-?west|"
        r"\w+ern\s+part|mountains|hills|high\s+pastures?|pastures?)\s+of\s+(?:the\s+)?"
        # "on a summer pasture near the village of Karamyk in |Chong-Alay district" (a village the gazetteer lacks)
        r"|" + _UNKNOWN_VILLAGE_IN + r")$", re.I),
    unknown_village_in_before=lazy_compile(_UNKNOWN_VILLAGE_IN + "$", re.I),
    several_days=lazy_compile(r"\b(?:weeks?|days|weekend)\b", re.I),
    not_before=lazy_compile(r"\bnot\s+$", re.I),
    rest_of_count=lazy_compile(r"\b(?:others?|the other)\b", re.I),
    rest_after=lazy_compile(r"[,;]\s*(?:and\s+|while\s+|but\s+)?(?:the\s+rest|the\s+others|the\s+remaining\s+\w+)\b",
                            re.I),
    includes_part=lazy_compile(r"\b(?:including|among them|of whom|of them)\b", re.I),
    update_label=lazy_compile(r"\W*(?:updated?|upd)\b\W{0,4}(?:at\s+)?(?:(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
                              r"(?:\s*[ap]\.?m\.?)?)?\W*", re.I),
    of_them=lazy_compile(r"^\s*[\w-]+\s+of\s+(?:them|those)\b", re.I),
    hospital_intake=lazy_compile(r"\b(?:hospitali[sz]ed|(?:taken|admitted|brought|rushed) to (?:the )?(?:[\w-]+ )?hospital)\b", re.I),
    # ... "One police officer, 29, received a head injury" (after "four ... were injured, including two officers")
    bare_one=lazy_compile(r"\s*one\s+(?:(?:police\s+)?(?:officer|serviceman|soldier|border guard|guard|man|woman|"
                          r"resident|villager)(?:,\s*\d{1,3},)?\s+)?"
                          r"(?:received|was|is|has|had|suffered|sustained|remains)\b", re.I),
    thing_relative=lazy_compile(r",\s*(?:which|that)\b|\b(?:a|an|the)\s+(?:[\w-]+\s+){1,2}(?:that|which)\b", re.I),
    former_name=lazy_compile(r"\b(?:renamed|known as|was called|were called|was named)\b", re.I),
    same_body=lazy_compile(r"\bthe same (?:department|ministry|service|agency|office|administration|body|officials?)\b|"
                        r"\b(?:it|the (?:department|ministry|service|agency|office))\s+(?:had\s+)?(?:previously\s+)?"
                        r"(?:said|reported|told|announced|spoke)\b", re.I),
    here=lazy_compile(r"\b(?:there(?!\s+(?:are|were|is|was|have|has|had)\b)|in the village|in the town|here)\b", re.I),
    then_opening=lazy_compile(r"[\s\"“—–-]*(?:at the time|back then|at that time|in those days)\b"
                              # ... after its subject: "The Tajik side then reported 19 dead"
                              r"|[\s\"“—–-]*(?:[\w'’-]+\s+){1,4}?then\s+(?:reported|said|put|gave|claimed)\b", re.I),
    # ... "As a result of the clash, about 60 people ... were injured", after the paragraph that told a past clash
    in_it_opening=lazy_compile(r"[\s\"“*_]*(?:(?:in|during)\s+it\s*,|(?:as\s+a\s+result\s+of|during|in|after)\s+"
                               r"(?:that|this|the)\s+(?:clash|fight|brawl|skirmish|conflict|incident|shoot-?out)\s*,)",
                               re.I),
    part_of_told=lazy_compile(r"\b(?i:in|at|from) (?:the )?(?:village of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? alone\b"),
    where_it_lies=lazy_compile(r",\s*where\s+(?:[^.;,]){0,80}?\b(?:runs?|lies|lie|stands?|pass(?:es)?|borders?|meets?|"
                               r"adjoins?|is located|are located)\s+(?:[\w-]+\s+){0,2}?(?:along|beside|next to|near|on|"
                               r"at|with|to)\b[^.;,]{0,60}$", re.I),
    later_that_day=lazy_compile(r"\W*(?:later (?:in the|that) (?:day|afternoon|evening)|later on|in the (?:afternoon|evening)|"
                                r"by (?:the )?(?:afternoon|evening|nightfall))\b", re.I),
    # ... "none of the border guards was hurt": the patrol fired at, not the other incidents of the story
    party_zero=lazy_compile(rf"\s*(?:{UNHARMED_PARTY}\s|none\s+of\s+the\s+(?:border\s+guards|guards|servicemen|soldiers|"
                            r"patrol|crew)\b)", re.I),
    small_arms=lazy_compile(r"\b(?:with|from|using)\s+(?:[\w-]+\s+)?(?:small[- ]arms|automatic (?:weapons?|rifles?)|"
                            r"assault rifles?|(?:hunting )?rifles?|machine[- ]?guns?|pistols?|carbines?|kalashnikovs?)\b",
                            re.I),
    after_the_fight=lazy_compile(r"\b(?:after|following)\s+(?:the\s+|a\s+|an\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?:clash(?:es)?|fighting|shelling|exchanges?\s+of\s+(?:[\w-]+\s+)?fire|shoot-?outs?|"
                                 r"skirmish(?:es)?|firefights?|hostilities)\b"
                                 # "agreed to a ceasefire on the section near Kulundu, where a shootout broke out the
                                 # day before"
                                 r"|,\s*where\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:clash|shoot-?out|firefight|"
                                 r"exchange\s+of\s+fire|fighting)\s+(?:had\s+)?(?:broke|broken|took|taken|erupted)\b"
                                 r"[^.;]{0,20}?\b(?:the day before|the previous (?:day|evening|night)|a day earlier)\b", re.I),
    count_anaphor=lazy_compile(
        r"\b(?:(?:put|puts|putting|placed|places|revised|raised|updated)\s+(?:the|that|this|its|their)\s+"
        r"(?:number|figure|count|total|tally)\s+(?:at|to)|"
        r"(?:the|that|this|its|their)\s+(?:number|figure|count|total|tally)\s+(?:had\s+|has\s+|have\s+)?"
        r"(?:risen|rose|grown|grew|climbed|increased|jumped|reached|stood at|stands at|was revised to))\s+"
        r"(?P<number>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\b(?!\s*(?:%|percent|per cent|hundred|thousand|million|dozen))", re.I),
    # ("14 families|, whose houses were burned during the September 2022 border conflict")
    # ("on a frontier where fighting last September killed around 100 people": a month named "last" is a past one)
    # ... or what befell a thing then: "among the ruins of a house in the mahalla| which was destroyed during the
    # shelling of Ovchi Qal'acha ... in September 2022"
    past_relative=lazy_compile(r"(?:,\s*|\s+)(?:where|in which|during which|(?<=,\s)whose|"
                               r"which\s+(?:was|were|had been)\s+(?:\w+ly\s+)?(?:destroyed|damaged|burn(?:t|ed)|hit|"
                               r"shelled|struck|looted))\b(?=[^.;]*?\b(?:last year|a year ago|"
                               r"last\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
                               r"december)|"
                               r"(?:in|of)\s+(?:(?:january|february|march|april|may|june|july|august|september|"
                               r"october|november|december)\s+)?(?:19|20)\d\d)\b)", re.I),
    drone_downed=lazy_compile(r"\b(?:(?:drones?|uavs?|quadcopters?|unmanned aerial vehicles?|aircraft)\s+"
                              r"(?:was|were|had been|has been)\s+(?:shot|brought)\s+down|"
                              r"(?:shot|brought)\s+down\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:drones?|uavs?|quadcopters?|"
                              r"unmanned aerial vehicles?)|downed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|"
                              r"quadcopters?)|(?:drones?|uavs?|quadcopters?)\s+(?:was\s+)?downed)\b", re.I),
    fire_exchanged=lazy_compile(r"\b(?:exchanges?\s+of\s+(?:[\w-]+\s+)?fire|exchanged\s+(?:[\w-]+\s+)?fire|"
                                r"returned\s+fire|shoot-?outs?|firefights?|gunfights?|skirmish\w*)\b", re.I),
    told_on_weekday=lazy_compile(r"\b(?:said|says|told|announced|reported|confirmed|denied|stated)\b[^.;]{0,40}?\bon\s+"
                                 r"(?:(?P<d0>monday)|(?P<d1>tuesday)|(?P<d2>wednesday)|(?P<d3>thursday)|(?P<d4>friday)|"
                                 r"(?P<d5>saturday)|(?P<d6>sunday))\b", re.I),
    called_false=lazy_compile(r"information|report|rumou?r|post|claim|false|fake", re.I),
    one_pronoun_opening=lazy_compile(r"[\s\"«“]*(?:he|she)\b", re.I),
    local_people=lazy_compile(r"\blocal\s+(?:man|woman|men|women|residents?|villagers?|shepherd|herder|farmer|boy|girl|"
                              r"teenager|youth)\b", re.I),
    of_them_before=lazy_compile(r"\bof\s+(?:them|whom)\b[\s,\"“]*(?:only\s+|just\s+)?$", re.I),
    party_with_before=lazy_compile(r"\b(?:with|against)\s+(?:the\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:residents|"
                                   r"villagers|people|citizens|youths|men|herders|shepherds|farmers)\s+(?:of|from)\s+"
                                   r"(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|exclave|enclave|jamoat)\s+of\s+)?$",
                                   re.I),
    moved_from_before=lazy_compile(r"\bfrom\s+(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?$", re.I),
    travel_stop=lazy_compile(
        r"\s*(?:(?:the\s+)?(?:first|next|second|third|last|final)\s+stop\s*(?:is\s+|:\s*|[—–-]+\s*)(?:in\s+|at\s+)?|"
        r"(?:[\w-]+\s+){0,3}?(?:further|farther)\s+(?:east|west|north|south|along\s+the\s+road|up\s+the\s+valley|"
        r"down\s+the\s+road|on)\s*,\s*in\s+(?:the\s+village\s+of\s+)?)", re.I),
    unit_under_fire=lazy_compile(
        r"\b(?:kyrgyz|kyrgyzstan['’]s|tajik|tajikistan['’]s)\s+(?:border\s+)?(?:patrol|post|outpost|unit|squad|servicemen|"
        r"soldiers|guards|border\s+guards)\b[^.;]{0,60}?\b(?:came under fire|(?:was|were) (?:fired (?:on|upon|at)|shot at|"
        r"attacked|ambushed|shelled))|\b(?:patrol|post|outpost|unit|squad)\s+of\s+(?:the\s+)?(?:kyrgyz|tajik)\b[^.;]{0,60}?"
        r"\b(?:came under fire|was (?:fired (?:on|upon|at)|shot at|attacked|ambushed|shelled))", re.I),
    social_media_report=lazy_compile(
        r"\b(?:telegram|whatsapp|facebook|instagram|tiktok|social\s+(?:media|networks?))\b[^.;]{0,40}?\b(?:wrote|posted|"
        r"reported|said|claimed|spread|circulat\w+|shared)\b|\b(?:posts?|messages?|videos?|reports?|rumou?rs?)\s+(?:on|in)\s+"
        r"(?:a\s+|the\s+)?(?:local\s+)?(?:telegram|whatsapp|facebook|instagram|tiktok|social\s+(?:media|networks?))\b|"
        # ... the channel named in the sentence before: "Its post said ...", "the channel wrote"
        r"\b(?:its|the\s+channel['’]s)\s+post\s+(?:said|claimed|read|reported)\b|\bthe\s+channel\s+(?:wrote|posted|said|"
        r"claimed|reported)\b", re.I),
    active_harm_opening=lazy_compile(r"(?:beat|beating|stabbed|shot|wounded|wounding|injured|injuring|killed|killing)\s+"
                                     r"(?:an?|the|his|her|two|three|four|five|six|\d+)\b", re.I),
    both_opening=lazy_compile(r"\s*both\b", re.I),
    # (not a list of ages: "aged 17, 36 and 44")
    coordinated_part=lazy_compile(r"\sand\s+(?:one|two|three|four|five|six|[1-9]|a|an)\s+(?!years?\b)[^\W\d]", re.I),
    released_before=lazy_compile(r"\b(?:handed\s+(?:back|over)|released|freed|returned\s+(?:home|to)|let\s+go)\b"
                                 r"[^.;]*$", re.I),
    territory_before=lazy_compile(r"\bcrossed\s+(?:the\s+)?(?:state\s+)?(?:border|line)[\"”]?\s+into\s+(?:the\s+)?$"
                                  # ... 'had crossed into Kyrgyz territory in the Leilek district'
                                  r"|\bcrossed\s+into\s+(?:kyrgyz|tajik)\s+territory\s+in\s+(?:the\s+)?$"
                                  # ... 'fired first on a Tajik patrol "on a section of the state border in the Isfara
                                  # district"'
                                  r"|\bsection\s+of\s+the\s+(?:state\s+)?(?:border|frontier)\s+in\s+(?:the\s+)?$"
                                  r"|\b(?:on|in)\s+the\s+territory\s+of\s+(?:the\s+)?"
                                  # ... 'detained "on the territory of the Republic of Tajikistan" in the X district'
                                  r"(?:(?:republic\s+of\s+)?(?:tajikistan|kyrgyzstan)|kyrgyz\s+republic)?"
                                  # ... '"on the territory of the Republic of Tajikistan, 300 meters from the state border
                                  # line" in Kuhistoni Mastchoh district'
                                  r"(?:,\s*\d[\d,.]*\s+(?:meters|metres|m|kilometers|kilometres|km)\s+from\s+the\s+"
                                  r"(?:state\s+)?(?:border|frontier)(?:\s+line)?)?"
                                  r"[\"”]?\s*(?:,\s*|\s+in\s+(?:the\s+)?)?$", re.I),
    came_from_before=lazy_compile(r"\bfrom\s+(?:the\s+)?(?:(?:neighbou?ring|nearby)\s+)?(?:(?:tajik|kyrgyz)\s+)?"
                                  r"(?:(?:village|town|jamoat)\s+of\s+)?$", re.I),
    came_after=lazy_compile(r"\s+(?:came|come|arrived|crossed|walked|went)\b", re.I),
    wounded_on=lazy_compile(r"\b(?:wounded|injured|shot)\s+(?:in\s+(?:a|the)\s+[\w-]+(?:\s+[\w-]+)?\s+)?on\s+$", re.I),
    past_war_anaphor=lazy_compile(r"\b" + PAST_WAR_ANAPHOR, re.I),
    alleged_before=lazy_compile(r"\b(?:allegedly|purportedly|supposedly)\b[^.;]*$", re.I),
    since_opening=lazy_compile(r"\s*since\s", re.I),
    past_year_event=lazy_compile(
        r"\b(?:during|in|after|since)\s+the\s+(?:(?:mass|great)\s+)?"
        r"(?:evacuations?|fighting|clashes|conflict|war|hostilities)\s+of\s+(?:[a-z]+\s+)?(?:19|20)\d{2}\b"
        r"|\b(?:during|in|after|since)\s+(?:the\s+)?(?:19|20)\d{2}\s+"
        r"(?:evacuations?|fighting|clashes|conflict|war|hostilities)\b", re.I),
    claimed_before=lazy_compile(r"\b(?:claimed|claims|alleged|alleges)\s+(?:that\s+)?(?:(?:at\s+least|about|around|"
                                r"up\s+to|as\s+many\s+as|more\s+than)\s+)?[\"“]?$"
                                # ... "According to unconfirmed information, two servicemen of the Tajik side were
                                # wounded"
                                r"|\baccording\s+to\s+unconfirmed\s+(?:information|reports|data)\s*,?[^.;]{0,60}$", re.I),
    rest_opening=lazy_compile(r"\s*(?:the\s+rest|(?:all\s+)?the\s+others|the\s+remaining\s+(?:[a-z]+\s+)?"
                              r"(?:people|victims|injured|wounded))\b(?!\s+of\b)", re.I),
    hurt_list_heading=lazy_compile(
        # (not "the victims:", who may be the dead and the hurt together)
        r"\b(?:among\s+(?:the\s+)?|(?:the\s+)?)(?:(?P<dead>dead|killed|deceased)|injured|wounded|hurt|"
        r"(?<=among\s)(?P<them>them))\b[^:.;!?]{0,60}:\s*$", re.I),
    beating=lazy_compile(r"\b(?:beat(?:en|ing)|beat\s+up|(?:was|were)\s+beat)\b", re.I),
    separate_incident=lazy_compile(r"\b(?:in|during)\s+(?:a\s+separate|another|an\s+unrelated|a\s+different)\s+"
                                   r"(?:incident|attack|case|episode)\b", re.I),
    hurt_list_inline=lazy_compile(
        r"[\s\"“]*among\s+the\s+(?:(?P<dead>dead|killed)|injured|wounded|hurt)\s*(?:(?:are|were)\b|[:—–])\s*", re.I),
    listed_person=lazy_compile(
        r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|\b\d{1,3}\s+years?\s+old\b|,\s*\d{1,3}\s*(?:[,;.]|$)|"
        r"\b(?:m[ae]n|wom[ae]n|boys?|girls?|teenagers?|residents?|villagers?|citizens?|nationals?|servicem[ae]n|"
        r"soldiers?|guards?|officers?|shepherds?|herders?|farmers?|drivers?|students?|pensioners?|schoolboys?|"
        r"schoolgirls?|mother|father|sons?|daughters?|brothers?|sisters?|wife|husband)\b", re.I),
    listed_group=lazy_compile(
        r"[\s•*–—-]*(?:\d{1,2}[.)]\s+)?(?P<number>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"several|both)\s+(?!years?\b)(?![\w-]*-year-old)", re.I),
    kin_opening=lazy_compile(r"[\s;\"“]*(?:his|her)\s+"
                             r"(?:(?:\d+|[a-z]+)-year-old\s+|young\s+|elder\s+|younger\s+|older\s+)?"
                             r"(?:son|daughter|brother|nephew|grandson|cousin|father|wife|husband)\b", re.I),
    person_again=lazy_compile(r"[\s\"“]*the\s+(?:(?:older|elder|eldest|younger|youngest|same)\s+)?"
                              r"(?P<noun>boy|girl|man|woman|teenager|child|soldier|serviceman|guard|shepherd|herder|"
                              r"farmer|villager|driver|civilian)\b", re.I),
    gathering=lazy_compile(r"\b(?:rall(?:y|ies|ied)|protest(?:s|ed|ers|ing)?|picket\w*|demonstrat\w*|gathered)\b", re.I),
    side_reports_before=lazy_compile(r"\s*from\s+the\s+(?P<side>tajik|kyrgyz)\s+side\s*,?\s+(?:there\s+(?:were|are)\s+)?"
                                     r"reports?\s+of\s+(?:(?:about|around|at least)\s+)?$", re.I),
    munition_blast=lazy_compile(r"\b(?:blast|explosion|detonation)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:shell|round|mine|munition|grenade)s?\b|\b(?:shell|round|mine|munition|grenade)s?\s+"
                                r"(?:exploded|went off|detonated|blew up)\b", re.I),
    fighting_went_on_opening=lazy_compile(r"[\s\"“]*(?:(?:as|while|when)\s+the\s+(?:shooting|fighting|firing|shelling|"
                                          r"exchange of fire|clashes?|gunfire)\s+(?:continued|went on|raged)|"
                                          # "On the evening of the shooting, local authorities moved about 300 residents"
                                          r"(?:on|during)\s+the\s+(?:evening|night|day|afternoon|morning)\s+of\s+the\s+"
                                          r"(?:shooting|fighting|shelling|attack|clash(?:es)?|exchange of fire|brawl)|"
                                          # "A few hours later, armed clashes also took place in the areas of ..."
                                          r"(?:a\s+few|several|two|three)\s+hours\s+later|hours\s+later|"
                                          r"later\s+(?:that|the\s+same)\s+(?:day|evening|night))\b",
                                          re.I),
    conflict_began=lazy_compile(r"\b(?:the|this)\s+(?:latest\s+|recent\s+|current\s+|new\s+)?(?:conflict|clash(?:es)?|"
                                r"fighting|violence|flare-up|escalation|hostilities)\s+(?:first\s+)?(?:erupted|began|"
                                r"broke\s+out|started|flared(?:\s+up)?)\b", re.I),
)
