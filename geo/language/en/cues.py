"""English cue words: event triggers, time scope, sides, speech and role phrases."""

from __future__ import annotations

import re

from geo.language.en.dates import WEEKDAY_NAMES
from geo.language.lazy import lazy_compile
from geo.language.base import RoleCues

#: A spot measured from "the village" just named: "grazing goats about 800 meters west of the village" (the village is
#: the scene; the pack's ``spot_from_the_village`` and the roles' ``own_village_after`` share it).
SPOT_FROM_THE_VILLAGE = (r"\b(?:meters|metres|kilometers|kilometres|km|miles)\s+(?:to\s+the\s+)?"
                         r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?(?:of|from)\s+the\s+(?:village|settlement)\b"
                         r"(?!\s+of\b)"
                         # "cutting grass on a plot about 400 meters from their homes": near their own village
                         r"|\b(?:meters|metres|kilometers|kilometres|km)\s+from\s+their\s+(?:own\s+)?(?:homes|houses)\b")

__all__ = [
    "TRIGGERS", "UNCONFIRMED", "ENEMY_LOSSES", "VIOLENCE", "NOT_EVENT", "SUB_EVENT_CUES", "BACKGROUND", "CLAUSE_BREAK",
    "REVISION", "SUPERSEDED", "CORRECTION_BEFORE", "SAME_EVENT", "OTHER_VERSION", "OTHER_ACCOUNT", "REPORT_ABOUT", "RETROSPECTIVE", "SPEECH_PRONOUN", "SIDES", "SPEAKERS", "JOINT", "OWN_SIDE", "SPEECH", "STATEMENT_DATE",
    "ACTORS", "ROLE_CUES", "ALL_DEAD", "OLD_ORDNANCE", "IMPACT_ANAPHOR", "AGES_ASIDE", "COUNTED_ASIDE", "RELATIVE_ASIDE", "PAST_ASIDE", "FIRE_AT", "FIRE_AT_PEOPLE", "PRONOUN_SPEAKER", "ROSE_FROM", "PERIOD_SUM", "RECAP_OPENING", "LIST_JOIN", "NEIGHBOUR_BEFORE", "NATURAL_HAZARD", "EVERY_CASE", "LEFT_PLACE",
]

#: The place after "left" in "left Katran between Sunday and Monday" (not "left the hospital", "left work");
#: also read by the figures (:mod:`geo.language.en.numbers`).
LEFT_PLACE = (r"(?!(?:the|their|his|her|for|behind|after|home|work|a|an|it|them|on|in|with|without|and|to|"
              r"early|hospital|school|office)\b)[\w-]+")

#: People who spent the night away from home: "spent the night with relatives in Isfara" (read as
#: displacement by the types and as an impact by :data:`VIOLENCE`; not "families spent the night in a
#: school gym" in the place named, which is where they went).
SHELTERED_AWAY = (r"(?:spent the (?:rest of the )?night(?: of the (?:shooting|shelling|clash|clashes|fighting|attack))?"
                  r"|took refuge) (?:with (?:relatives|friends|neighbou?rs)|in the open)")

#: People taken away to safety, up to their count's verb: "took about 150 women and children from the streets
#: nearest the border to a school in Razzakov", "took 212 women, children, and elderly residents of Maksat by bus
#: to relatives" (not "took 40 head of cattle", "took two wounded to hospital").
TOOK_AWAY = (r"took(?=\s+(?:about |some |around |nearly |more than |over )?[\d,]+\s+(?:women|children|residents|people|"
             r"villagers|families)\b[^.;]{0,80}?\bto (?:a |the )?(?:schools?|mosques?|tents?|shelters?|sports halls?|"
             # "took around 230 residents of Chek, most of them women and children, to the town of Batken"
             r"kindergartens?|relatives|safety|safer|(?:town|city|district cent(?:re|er)|regional cent(?:re|er))\b))")

#: Property of the border zone destroyed by hand: trees felled ("cut down 74 poplars and 12 apricot trees", "found 37
#: apricot trees cut down overnight"), poles, markers and fences torn down ("dismantled nine reinforced concrete poles"),
#: a shared canal dug up or dammed ("dug up the bank of the "Jar-Aryk" irrigation canal"). (Not "planted two apricot
#: trees", not houses burnt in a war recalled: those are a thing's past, and scope tells them apart.)
PROPERTY_DESTROYED = (
    # (not "were illegally cutting trees": woodcutters' violation, told with their detention)
    r"(?<!illegally )(?:cut|cutting|felled|felling|chopped|chopping|sawed|sawn|sawing|uprooted|uprooting)\s+(?:down\s+)?"
    r"(?:[\w,-]+\s+){0,5}?(?:trees|poplars|saplings|seedlings|orchards?|willows)\b|"
    r"(?:trees|poplars|saplings|seedlings|orchards?|willows)\b(?:\s+[\w-]+){0,4}?\s+(?:had\s+been\s+|have\s+been\s+|"
    r"were\s+|was\s+)?(?:cut\s+down|felled|chopped\s+down|uprooted|sawn\s+down|sawed\s+down)|"
    r"(?:dismantled|dismantling|tore\s+down|torn\s+down|tearing\s+down|pulled\s+(?:out|down)|knocked\s+down|uprooted)\s+"
    r"(?:[\w,-]+\s+){0,5}?(?:poles|pillars|markers|fences?|fencing)\b|"
    r"(?:poles|pillars|markers|fences?|fencing)\b(?:\s+[\w-]+){0,4}?\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)"
    r"(?:dismantled|torn\s+down|pulled\s+(?:out|down)|knocked\s+down|uprooted)|"
    r"(?:dug\s+up|digging\s+up|breached|dammed)\s+(?:[\w\"“”«»,-]+\s+){0,6}?(?:canal|ditch|aryk|channel)\b|"
    # "using an excavator, damaged around 150 metres of the bank of an irrigation canal" (by the metre, or its bank: not
    # a shell's "damaging houses ... and a section of the canal")
    r"(?:damaged|destroyed)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[\d,.]+\s+(?:metres|meters|m)\s+of\s+"
    r"(?:the\s+bank\s+of\s+)?|the\s+bank\s+of\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:canal|ditch|aryk|channel)\b|"
    # "ploughed up a plot belonging to a farm of Lakkon", "destroyed a young apricot orchard"
    # ... "ploughed up maize that was about to ripen", "ploughed under a field of young wheat"
    r"(?:ploughed|plowed)\s+(?:up\s+|under\s+)?(?:[\w-]+\s+){0,3}?(?:plot|field|land|crops?|maize|corn|wheat|barley|"
    r"rice|potatoes|cotton|clover|alfalfa|melons|beans|onions)\b|"
    r"destroyed\s+(?:[\w-]+\s+){0,3}?(?:orchard|saplings|seedlings|crops?|harvest)\b")

#: Event type -> the words that report it (types in :data:`geo.incidents.taxonomy.EVENT_TYPES`).
TRIGGERS: dict[str, re.Pattern[str]] = {
    "armed_clash": lazy_compile(
        r"\b(clash\w*|fight\w*|fought|battles?|exchange[sd]? of fire|exchanged fire|gunfire|"
        # "Another armed conflict took place in Isfara" (told as an event, not a word of policy)
        r"armed (?:conflict|incident|provocation)s? (?:took place|occurr?ed|broke out|erupted|happened)|"
        r"firefights?|(?<!verbal )skirmish\w*|shoot\w*|shot|"
        # "shots fired from Kyrgyzstan hit a vineyard", "several shots came from the direction of Arka"
        # ... "shots were exchanged near Kok-Tash", "the two patrols exchanged shots"
        r"(?<!warning )shots (?:(?:were|had been|was)\s+)?(?:fired|came|rang out|hit|struck|heard|exchanged)|"
        # "The bullets came on the night from Saturday to Sunday ... from the direction of Kara-Bak", "the fire on
        # Lakkon lasted about three hours"
        r"bullets (?:came|hit|struck|flew|went through|pierced)|(?<=the )fire on(?! (?:the |a )?(?:roof|stove|field|hill|slope|grass|crops?|hay|haystacks?|barn|stubble)\b)|"
        r"(?:exchanged|exchanging|exchange)\s+(?:of\s+)?(?:shots|gunfire)|"
        # "border guards of the two neighbors traded fire near the village of Kommunizm"
        r"(?:traded|trading|trade|trades)\s+(?:heavy\s+|automatic\s+|machine-gun\s+|small-arms\s+)?(?:fire|shots|gunfire)|"
        # ... "bullets fired from the Tajik side hit two houses"
        r"bullets? (?:(?:fired|shot) from (?:[\w'’-]+ ){1,4}?)?(?:(?:also|had|have|were|was|are|kept)\s+)?"
        r"(?:hit\w*|struck|striking|pierc\w+|fl[eo]w\w*|smash\w+)|"
        r"(?:opened|open|opening|opens) (?:(?!mortar|artillery|rocket|shell)[\w-]+ ){0,2}?fire|fired (?:on|at|upon)|"
        # "Tajik troops opened up with automatic rifles and a heavy machine gun", "opened up on a patrol"
        r"(?:opened|opening|opens) up (?:with|on)\b(?!(?:[^.;]{0,60})\b(?:mortars?|artillery|rockets?|shells?)\b)|"
        # "Tajik servicemen began firing at Samarkandek border outpost" (not "firing positions", "firing range")
        r"firing (?:on|at|upon|towards?|in the direction of)|"
        # "came under automatic fire", "came under fire" (not "came under mortar fire": shelling)
        r"came under (?:(?!mortar|artillery|rocket|shell)[\w-]+ ){0,2}?fire|"
        # a translation's "was subjected to firing from small arms", "was subjected to fire from automatic weapons"
        r"subjected to (?:(?:automatic|small-arms|gun|rifle)\s+)?(?:firing|fire|shooting)\b"
        r"(?![^.;]{0,40}\b(?:mortar|artillery|rocket|shell|grenade|howitzer))|"
        # "Kyrgyz guards had fired first", "fired back"
        r"(?<!shells )(?<!rounds )(?<!mortars )(?:had |have |has )?fired (?:first|back)"
        r"(?![^.;]{0,70}\b(?:mortar|shell|artillery|rocket|grenade|missile|howitzer))|"
        # "fired two shots at a patrol", "fired from automatic weapons in the direction of a post"
        # (not "fired mortar rounds at" nor "shells fired from": shelling)
        # ... a quotation opened after the verb: 'had fired "from small arms in the direction of the village"'
        r"(?<!shells )(?<!rounds )(?<!mortars )(?<!rockets )(?<!missiles )(?<!projectiles )fired [\"“]?"
        # ... "fired several bursts from automatic weapons towards the outpost"
        # ... 'fired "several bursts from automatic weapons" at the Tajik border post' (the quotation closed)
        # (not 'fired "warning shots" at a group of people': shots to warn, no fight)
        r"(?![\"“]?warning\b)(?:(?:(?!mortar|shell|rocket|artillery|grenade|missile|howitzer)[\w-]+[\"”]? ){1,5}?"
        # ... "fired several shots from the territory of Tajikistan at a Kyrgyz border patrol"
        r"(?:from (?:the )?(?:territory|side|direction) of (?:the )?[\w-]+ )?"
        r"(?:at|on|upon|towards?|in the direction of)|"
        # ... "fired from the direction of Ovchi-Kalacha at the Kyrgyz village of Maksat"
        r"from the direction of (?:[\w-]+ ){1,3}?(?:at|on|upon)|(?:from|with) (?:[\w-]+ ){0,2}?"
        r"(?:weapons?|guns?|rifles?|firearms|arms|automatics?|machine-?guns?|pistols?|carbines?))\b|"
        # "recorded three bursts of automatic fire in the direction of the detail", "sniper fire"
        r"(?:bursts?|volleys?) of (?:(?!mortar|artillery|rocket|shell)[\w-]+ ){0,2}?(?:fire|gunfire)|"
        r"(?:automatic|small-arms|machine-gun|sniper|rifle)(?:[- ]weapons?)? fire|"
        # "fire from Kyrgyz positions hit fields ..., wounding two farmers"
        r"fire from (?:[\w-]+\s+){1,4}?(?:hit|struck)|"
        # "fire resumed at around 06:15", "the firing continued with pauses" (not "a fire broke out")
        r"(?:fire|firing) (?:resumed|continued|was renewed|intensified|began|went on)|"
        r"attack\w*|hostilities|violence|"
        # "an incident involving the use of weapons", "one of the sides used weapons" (a border service's words; not
        # "without the use of weapons")
        # (nor "no case of the use of weapons has been recorded")
        r"(?<!without )(?<!without the )(?<!case of )(?<!case of the )(?<!cases of )(?<!cases of the )"
        r"use of (?:(?:fire)?arms|weapons)|(?<!not )used (?:(?:fire)?arms|weapons)|"
        # (not the '"unlawful and violent" detention' of shepherds: a detention with force)
        r"violent(?![\"”]?\s+(?:detentions?|arrests?))|gunfight|shootout|incursion\w*|assault\w*|"
        # "Tajik troops seized a Kyrgyz border post", "the post was captured" (a post taken by force; not "troops
        # occupied positions", a deployment, nor "seized weapons at the checkpoint")
        r"(?<!not )(?:seiz|captur|overr[au]n)\w*\s+(?:(?:a|an|the|two|three|several|\d+|kyrgyz|tajik|border|military|"
        r"frontier|army|our)\s+){0,3}(?:posts?|outposts?|positions?|checkpoints?|heights?)|"
        r"(?:posts?|outposts?|positions?|checkpoints?)\s+(?:(?:was|were|had been|has been|have been)\s+)?"
        r"(?:seized|captured|overrun))\b", re.I),
    "shelling_artillery": lazy_compile(
        r"\b(shell\w*|artillery|mortars?|rocket\w*|howitzers?|heavy weapon\w*|grad|"
        # (not "a water tank", "the tank" of a tractor)
        r"multiple rocket launchers?|(?<!water )(?<!fuel )(?<!petrol )(?<!gas )(?<!oil )(?<!storage )(?<!the )tanks?|"
        r"missiles?|rounds? (?:also )?(?:fell|landed|hit|struck|exploded)|"
        # "The rounds, fired from the Tajik side ..., began to fall shortly after 1 a.m." (not "rounds of talks")
        r"rounds?,?\s+fired\s+from|rounds?\b(?!\s+of\b)[^.;]{0,100}?\b(?:began|started|continued) to (?:fall|land|explode))\b",
        re.I),
    "air_drone_strike": lazy_compile(
        r"\b(drones?|bayraktar|air ?strikes?|airstrikes?|air raids?|bomb(?:ed|ing|s)?|"
        r"unmanned (?:aerial )?(?:vehicle|aircraft)s?|uavs?|quadcopters?|"
        # "Guards tracked it for around 25 minutes before bringing it down with automatic rifle fire": the aircraft
        # the sentence before named, brought down
        r"(?:bringing|brought|bring|shot|shooting)\s+it\s+down|"
        # "had dropped an explosive device about 150 meters from a post"
        r"dropped (?:an? |two |three |several )?(?:munitions?|grenades?|bombs?|charges?|"
        r"explosive (?:devices?|charges?))|"
        r"helicopter gunships?|warplanes?|combat aircraft|"
        # "The strike hit a house on the edge of a village": the strike the lede told
        r"(?<!labor )(?<!labour )(?<!hunger )strike (?:hit|struck|destroyed|killed|damaged))\b", re.I),
    "border_incident_protest": lazy_compile(
        r"\b(blockad\w*|(?:stopp|halt|block)(?:ed|ing) (?:all )?(?:the )?traffic|"
        # a translation's "blocked the movement of transport on the section of the road"
        r"(?:stopp|halt|block)(?:ed|ing) the (?:movement|passage) of (?:the\s+)?(?:transport|vehicles|traffic|cars)|block(?:ed|ing) (?:off )?(?:the |a )?(?:[\w-]+(?:\s?[-–—]\s?[\w-]+)? ){0,2}?(?:road|highway|canal|bridge|site|works)|protest(?:ed|ers|ing|s)?|"
        r"rall(?:y|ied)|demonstrat\w*|detain\w*|detention|roadblock\w*|stone-throwing|picket\w*|"
        # "about 70 Vorukh residents went out onto the road and parked two trucks across it"
        r"(?:parked|placed|put|drove)\s+(?:[\w-]+\s+){0,4}?across\s+(?:the\s+)?(?:road|highway|carriageway|it)\b|"
        # livestock driven off across the line: "riders from the Tajik side drove off a flock of some 600 sheep"
        r"(?:drove|driven)\s+(?:off|away)\s+(?:[\w-]+\s+){0,4}?(?:sheep|cattle|cows|flocks?|herds?|horses|"
        r"goats|livestock)|(?:stole|stolen|rustled)\s+(?:[\w-]+\s+){0,4}?(?:sheep|cattle|cows|flocks?|herds?|horses|goats|"
        r"livestock)|"
        # "About 150 residents gathered at the border post ..., demanding that the water be turned back on"
        # (at the line: a post, a checkpoint, a road or a canal; not outside a town hall)
        r"gathered\s+(?:at|on|near|by)\s+(?:[\w-]+\s+){0,3}?(?:post|checkpoint|crossing|road|highway|canal|border)\b"
        r"(?:[\w-]+,?\s+|,?\s+){0,6}?demanding|"
        # "two of our herders were grabbed by Tajik border guards on the pasture"
        r"(?:grabbed|seized|abducted|kidnapped|taken captive)\s+by\s+(?:[\w-]+\s+){0,2}?(?:border guards?|"
        r"servicem[ae]n|soldiers|troops|guards|border troops)|"
        # "an incident between citizens of Kyrgyzstan and Tajikistan occurred near Vorukh": people of the two sides (as
        # a "conflict between residents" below)
        # ... "a conflict took place yesterday between residents of the Tajik village of Khoja Alo and ...": «конфликт
        # между жителями»
        r"(?:incident|confrontation|conflict)s?\s+(?:(?:occurred|broke out|arose|erupted|took place)\s+)?"
        r"(?:(?:yesterday|today|overnight|(?:on|late on|early on)\s+\w+day)\s+)?between\s+(?:local\s+)?"
        r"(?:residents|citizens|villagers|locals)\b|"
        # "about 200 residents of the village of Karabak took 16 Tajik citizens hostage"
        r"(?:took|taken|taking|held|holding|seized)\s+(?:[\w-]+\s+){0,4}?hostages?|hostage-taking|"
        # a note of protest's "illegal actions ... against two juvenile citizens of the country in the Hoji-Ali area"
        r"(?:illegal|unlawful)\s+actions?\s+(?:[\w'’-]+\s+){0,8}?against\s+(?:[\w-]+\s+){0,3}?(?:citizens|residents|"
        r"nationals|teenagers|children|minors|herders|shepherds|civilians)|"
        # "the driver ... increased the speed of the car and tried to run over the border guard"
        r"(?:tried|attempted|trying|attempting)\s+to\s+(?:run\s+over|ram|knock\s+down)\s+(?:a|the|two|several)?\s*"
        r"(?:[\w-]+\s+)?(?:border\s+guards?|guards?|servicem[ae]n|soldiers?|officers?|policem[ae]n)|"
        r"threw stones|throwing stones|(?:had|have|has) thrown stones|stones were thrown|stones thrown at|(?:began|started) to throw stones|(?:hurl|pelt|lobb)(?:ed|ing) stones|pelted|standoff|brawl|mass fight|scuffle\w*|"
        # "a car was stoned", "stoned the house of a resident"
        r"stoned|stoning|"
        # "broke the windshield on a vehicle of the head of Ak-Sai village", "smashed the windows of a shop", "knocked
        # out his windshield with a stone": a vehicle or a house damaged by hand
        r"(?:broke|smashed|shattered|knocked\s+out)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
        r"(?:windshields?|windscreens?|windows?|shop\s+windows?)\b|"
        # "forcibly stopped the car of a citizen of Tajikistan", "detained by force"
        r"forcibly\s+(?:stopped|detained|removed|took|seized|held|blocked)|"
        r"(?:stopped|detained|seized|removed|taken)\s+(?:[\w-]+\s+){0,3}?by\s+force|"
        # "a Nexia carrying four teachers ... was hit by stones", "The truck was hit by several stones"
        r"(?:was|were|been)\s+(?:hit|struck|pelted)\s+(?:by|with)\s+(?:several\s+|a\s+few\s+|thrown\s+)?stones|"
        r"fist-?fights?|fist fights?|punch-ups?|fisticuffs|came to blows|"
        # "No weapons were used; the men fought with their fists"
        r"fought (?:each other )?with (?:their )?(?:bare )?(?:fists|hands|sticks|stones|clubs)|"
        r"beat(?: up)?|beaten(?: up)?|beating|assaulted|"
        # "hit two of them with rifle butts", "struck him with a baton"
        r"(?:hit|struck|striking|hitting)\s+(?:[\w-]+\s+){0,4}?with\s+(?:(?:their|his|a|the)\s+)?(?:rifle[ -]butts?|"
        r"butts|batons?|truncheons?|sticks?|clubs?|fists?|iron bars?|shovels?)|"
        r"set (?:on )?fire|set fire to|set ablaze|torched|arson\w*|"
        + PROPERTY_DESTROYED + r"|"
        # "more than 10 houses have been destroyed by fire in Khoja Alo", "houses were burnt down" (not a house "burned
        # during the fighting" of a past year: a thing's past, told apart)
        # ... "a haystack of about 300 bales and a barn on the edge of Beshkent ... went up in flames"
        r"(?:haystacks?|barns?|houses?|homes?|sheds?|stables?)\b[^.;]{0,120}?\b(?:went up in flames|caught fire)|"
        # "Three haystacks belonging to two families burned down in Andarak village"
        # (not one shelled: "a cattle shed burned down with the livestock inside, and a ... section ... was destroyed
        # by a direct hit")
        r"(?:haystacks?|barns?|sheds?|stables?|yurts?)\b[^.;]{0,60}?\b(?:burned|burnt)\s+down\b"
        r"(?![^.;]{0,120}?\b(?:hit|shells?|shelling|mortars?|rockets?|missiles?|drones?|fragments|shrapnel|strike)\b)|"
        r"(?:houses?|homes?|buildings?|barns?|shops?|cars?|vehicles?)\s+(?:(?:have|has|had)\s+been|were|was)\s+"
        r"(?:destroyed by fire|burn(?:ed|t)(?: down)?|burned to the ground)|"
        # "A house in the Gulbog mahalla of Khonobod village ... was partly burned late on Wednesday"
        r"\b(?:a|the)\s+(?:house|home|barn|shop|shed)\s+in\s+[^.;]{0,160}?\b(?:was|were)\s+(?:partly|partially|"
        r"completely|badly)\s+(?:burn(?:ed|t)|destroyed by fire)|"
        # "accused people from neighbouring Tajikistan of setting fire to a house"
        # (not a court's "sentenced two men to prison for setting fire to houses", "his clients deny setting fire to")
        r"(?<!for )(?<!deny )(?<!denied )(?<!denies )(?<!denying )"
        r"(?:setting (?:on )?fire to|sets (?:on )?fire to|setting ablaze|sets ablaze|torching)|"
        # "a conflict occurred between residents of the village of Arka and citizens of ...": villagers' quarrel
        # (as «конфликт между жителями»; not "the conflict between the two countries")
        # ... "a conflict over a land plot took place between residents of Kok-Tash village and citizens of Tajikistan"
        r"(?:conflict|quarrel|dispute) over (?:an? |the )?(?:[\w-]+ ){0,2}?(?:land|plot|water|pasture|field|canal|"
        r"road|hayfield)s?\b(?=[^.;]{0,40}?\b(?:between|took place|broke out|erupted|occurred)\b)|"
        r"conflict (?:(?:had )?(?:occurred|broke out|arose|erupted|flared up) )?between (?:the )?(?:[\w-]+ ){0,2}?"
        r"(?:residents|villagers|inhabitants|citizens|people|youths|teenagers|farmers|herders|shepherds|locals))\b", re.I),
    "evacuation_displacement": lazy_compile(
        r"\b(evacuat\w*|displac\w*|fled|flee\w*|refugees?|brought to safety|"
        # (not "a relocation of individual paramilitary units ... to the border areas": troops moved)
        r"left their homes|relocat\w*(?!\s+of\s+(?:[\w-]+\s+){0,3}?(?:units?|subunits|troops|forces|equipment|"
        r"servicemen|soldiers|military|armou?r|weapons))|" + TOOK_AWAY + r"|left (?:the|their) villages?|moved (?:out|away)|"
        r"moved (?:about |some |more than |nearly |over |between )?[\d,]+ (?:and [\d,]+ )?(?:residents|people|villagers|families)|"
        # ... "86 residents of the upper streets of Kok-Tash ... were moved as a precaution to school No. 3"
        r"(?:people|residents|families|villagers|persons)\b[^.;]{0,80}?\bmoved (?:(?:temporarily|as a precaution|"
        r"for (?:their )?safety|overnight|by bus)\s+)?to|"
        # "about 1,200 residents of Ak-Sai, a Kyrgyz village next to the exclave, were taken to Batken ... as a
        # precaution"
        r"(?:people|residents|families|villagers|persons)\b[^.;]{0,80}?\b(?:were|had been|have been)\s+(?:taken|bused|"
        r"bussed|driven|moved)\s+(?:out\s+)?(?:to|from)\b(?=[^.;]{0,80}?\b(?:as a precaution|for (?:their )?safety|"
        r"precautionary|to safety))|"
        # "1,450 people, most of them women, children and older people, left Katran between Sunday and Monday"
        r"(?:people|residents|families|villagers|persons)\b[^.;]{0,80}?\bleft " + LEFT_PLACE
        + r"\s+(?:between|on|overnight|during|late|early|after|for|by|to stay with)|"
        # ... "Fourteen families - 63 people, according to the jamoat - packed their belongings into cars and trucks on
        # Monday and Tuesday and left for relatives in Isfara and Konibodom"
        r"(?:people|residents|families|villagers|persons)\b[^.;]{0,120}?\bleft\s+for\s+(?:their\s+)?relatives\b|"
        # ... "14 families - 53 people, including 27 children - of Jany-Jer (Жаңы-Жер) village of Jany-Jer aiyl aimagy
        # of Leilek district temporarily moved to relatives in Razzakov and Sulukta"
        r"(?:people|residents|families|villagers|persons)\b[^.;]{0,160}?\b(?:temporarily\s+)?moved\s+(?:in\s+)?"
        r"(?:to|with)\s+(?:their\s+)?relatives\b|"
        # ... "23 families, about 110 people, have left Kok-Tash village of Ak-Sai aiyl okmotu ... and moved to relatives"
        r"(?:people|residents|families|villagers|persons)\b[^.;]{0,20}?\b(?:have|has|had)\s+left\s+" + LEFT_PLACE
        + r"\b[^.;]{0,100}?\b(?:moved|gone|went)\s+(?:in\s+)?(?:to|with)\s+(?:their\s+)?relatives\b|"
        # "About 300 people from Khoja-Alo spent the night with relatives in Isfara"
        + SHELTERED_AWAY + r")\b", re.I),
    "casualty_report": lazy_compile(
        r"\b(killed|dead|died|deaths?|fatalities|wounded|wounding|injured|injuring|casualt\w*|lost their lives|"
        r"(?:gunshot|shrapnel|bullet|stab|knife) wounds?|stabbed|"
        # "two residents of Surkh ... received bodily injuries of varying severity"
        r"(?:received|suffered|sustained)\s+bodily\s+injur(?:y|ies)|"
        r"grazed (?:(?:on|in) the (?:left |right )?[a-z]+ )?by (?:a (?:stray )?bullet|shrapnel|a fragment)|"
        # "the woman was hit in her garden" (not "hit by a car", "hit by the earthquake")
        # (read from "hit" back: a cue that opens with "was" would be tried at every "was" of the text)
        r"(?:(?<=was )|(?<=were )|(?<=been ))(?<!not been )(?<!never been )hit\b(?! by (?:an? |the )?(?:earthquake|"
        r"floods?|mudflows?|avalanches?|landslides?|cars?|vehicles?|trucks?|lorry|bus|taxi|storms?|lightning))|"
        r"mine blast|landmine|explosion|exploded|blasts?|detonated|body was found|bodies were found)\b", re.I),
    "ceasefire_agreement": lazy_compile(
        r"\b(cease-?fire|truce|withdr[ae]w\w*|pull(?:ed|ing)? (?:[\w-]+ ){0,3}?back|de-?escalat\w*|"
        r"(?:hold|holding|held) (?:their |its )?fire|"
        # "met in Samarkandyk ... and agreed to stop firing from 6 p.m."
        r"agreed to (?:stop|halt|cease) (?:firing|shooting|the (?:firing|shooting|fire|hostilities))|"
        # "A protocol was signed on the settlement of the latest situation on the Kyrgyz-Tajik border": an agreement
        # that ends the fighting
        r"protocol (?:[\w-]+ ){0,2}?on (?:the )?(?:settlement|resolution|cessation|ending) of (?:the )?"
        r"(?:[\w-]+ ){0,2}?(?:situation|conflict|clashes|hostilities))\b", re.I),
}

#: Any event or impact: a place in a clause without one is context.
VIOLENCE = lazy_compile(
    r"\b(fight\w*|fought|clash\w*|shell\w*|kill\w*|dead|died|dies|deaths?|wound\w*|injur\w*|"
    r"attack\w*|gunfire|fir(?:e|ed|ing)\b|artillery|mortars?|drones?|rockets?|missiles?|"
    r"bomb\w*|evacuat\w*|displac\w*|fled|flee\w*|refugees?|damag\w*|destroy\w*|burn\w*|relocat\w*|"
    r"unmanned (?:aerial )?(?:vehicle|aircraft)s?|uavs?|munitions?|"
    r"moved (?:about |some |more than |nearly |over )?[\d,]+ (?:residents|people|villagers|families)|"
    r"left (?:the|their) villages?|moved (?:out|away)|" + SHELTERED_AWAY + r"|"
    r"casualt\w*|violen\w*|hostilit\w*|battles?|skirmish\w*|shoot\w*|shot|airstrikes?|bullets?|"
    r"strikes?|assault\w*|offensive|brought to safety|looted|hostages?|protest\w*|"
    r"blockad\w*|block(?:ed|ing)|incursion\w*|invad\w*|captur\w*|seiz\w*|detain\w*|"
    r"explo\w*|landmine|mine blast|cease-?fire|truce|standoff|stones|brawl|scuffle\w*|rall(?:y|ied))\b",
    re.I,
)

# Every word that reports an event type is violence too: a place in a clause whose event the
# model recognises is never context for want of a violence word ("which turned into stone-throwing").
VIOLENCE = lazy_compile("|".join([VIOLENCE.pattern, *(p.pattern for p in TRIGGERS.values())]), re.I)

#: Trigger words that report no event here: diplomacy about an event is not the event.
NOT_EVENT = lazy_compile(
    r"\b((?:denied|dismissed|refuted)\b[^.;]{0,100}|"
    # what someone would do if it happened again: "If there is shooting again, I will send the children to my brother
    # in Konibodom", "If they start shooting again, we will go to my sister in Batken"
    # ... "If one day there is a shot again, I will take my own children to Razzakov"
    r"if\s+(?:(?:one\s+day|ever|once\s+more|tomorrow)\s+)?(?:they|there|it|war|fighting|shooting|"
    r"the\s+(?:shooting|fighting|war|shelling))\b[^.;?!]{0,60}?"
    r"\b(?:again|starts?|begins?|breaks?\s+out)\b[^.;?!]{0,120}|"
    # a war named as the time since: "Three years after the September 2022 fighting on the Kyrgyz-Tajik border, the last
    # families of Ak-Sai whose homes were burned are moving into new houses" (and the homes it burned)
    r"(?:years?|months?)\s+(?:after|since)\s+the\s+(?:[\w-]+\s+){0,3}?(?:fighting|clashes|war|conflict|hostilities)\b"
    r"(?:\s+(?:on|along)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier))?|"
    r"\bwhose\s+(?:homes|houses)\s+(?:were|had\s+been)\s+(?:burned|burnt|destroyed|damaged)(?=\s+(?:in|during)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:fighting|clashes|war|conflict)\b|\s+(?:are|were|have)\s+(?:moving|moved|returning|returned|"
    r"receiv\w+|rebuil\w+|getting|given)\b)|"
    # an act told as peaceful: 'residents of Samarkandyk removed it "without any violence"'
    r"without\s+(?:any\s+)?(?:violence|(?:the\s+)?use\s+of\s+force)\b|"
    # firefighters at work: "Two fire crews from Batken ... extinguished the fire by 04:10"
    r"(?:put\s+out|putting\s+out|extinguished|extinguishing)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:fire|blaze|flames)\b|"
    # ... told in a translation's passive: "The fire was extinguished by the forces of the fire-fighting unit of the
    # Committee of Emergency Situations and Civil Defence of Isfara city by 23:30", "the fire was liquidated by 04:00"
    r"\b(?:fire|blaze|flames)\s+(?:was|were|had\s+been)\s+(?:put\s+out|extinguished|liquidated|locali[sz]ed)\b[^.;]{0,160}|"
    # a quarrel that stayed one: "herders of the two countries argued over a watering place, but it ended without a
    # fight"
    r"(?:ended|passed|went\s+off|was\s+settled|were\s+settled)\s+without\s+(?:a\s+|any\s+)?(?:fight|fighting|"
    r"violence|brawl|scuffle|clash(?:es)?|bloodshed)\b|"
    # the news placed in a series, not a second event: "This is the first report of arson in the villages around Vorukh
    # since the two countries signed the border treaty"
    r"the\s+first\s+(?:report|case|incident)\s+of\s+[^.;]{0,80}?\bsince\b[^.;]{0,100}|"
    # a round-up's word that nothing violent happened: "no incidents involving the use of weapons or physical force had
    # been recorded on the Kyrgyz-Tajik border during the week"
    r"no\s+(?:incidents?|cases?)\s+involving\b[^.;]{0,80}?\b(?:had|has|have|were|was)\s+(?:been\s+)?"
    r"(?:recorded|registered|reported)\b|"
    # a match won or lost, with its score: "Champion Istiklol beat Khujand 3-1 in Dushanbe"
    r"(?:beat|beats|defeated|defeats|thrashed|drew\s+with|lost\s+to)\s+(?:[\w'’.-]+\s+){1,4}?\d\s*[-–:]\s*\d(?!\d)"
    r"(?!\s*(?:times|shots|rounds|hours|minutes|days|people|men|metres|meters|km|kilomet))[^.;]{0,80}|"
    # what the family of the dead is given: "The family of the dead soldier will be given a flat in Khujand"
    r"(?:family|families|relatives)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:dead|killed|slain|fallen)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:will\s+)?(?:be\s+|was\s+|were\s+)?(?:given|receive\w*|get|granted|allocated|promised)"
    r"[^.;]{0,100}|"
    # a question raised at talks: "the Tajik side also raised the issue of detentions of Isfara residents"
    r"\b(?:raised|raising|discussed|discussing)\s+the\s+(?:issue|question|matter|problem)s?\s+of\s+[^.;]{0,160}|"
    # a meeting or a day told as the first since a fight: "The meeting was the first since the January shootout near
    # Tamdyk, in which ..." (the fight is what came before, not the news)
    r"\bthe\s+first\s+(?:[\w-]+\s+){0,2}?since\s+the\s+(?:[\w-]+\s+){0,2}?(?:shootout|clash(?:es)?|fighting|"
    r"exchange\s+of\s+fire|brawl|fight|shelling)\b[^.;]{0,120}|"
    # a quiet spell told by the shots not heard: "Guzlon has not heard a shot in a year and a half"
    r"(?:has|have|had)\s+not\s+heard\s+(?:a\s+)?(?:single\s+)?(?:shot|gunfire|shooting|explosion)s?\b[^.;]{0,60}|"
    # the war's start recalled in a relative clause: "The fighting, which began on September 14 near the Vorukh
    # enclave in the Isfara area, has been the worst ..."
    r"(?:fighting|clashes|conflict|escalation|hostilities)\s*,\s*which\s+(?:had\s+)?(?:began|started|erupted|broke\s+out)"
    r"\b[^.;]{0,100}?\w(?=,)|"
    # villages described by a past fight: "Chorkuh and Surkh, which were the flashpoints of the fighting"
    r"(?:which|that)\s+(?:became|had become|were|was)\s+(?:the\s+)?(?:epicent(?:re|er)s?|flashpoints?)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:conflict|clashes|fighting|violence|war)\b|"
    # a denial that anyone did it: '"no state structures of Tajikistan launched drones in the area of Isfara that
    # night"'
    r"\bno\s+(?:[\w-]+\s+){0,4}?(?:launched|used|flew|sent)\s+(?:any\s+)?(?:drones?|uavs?|quadcopters?|"
    r"unmanned\s+aerial\s+vehicles?)\b[^.;]{0,100}|"
    # a weapon put in place, not fired: "Tajik border guards installed a mortar on the territory of their post"
    r"(?:installed|installing|set up|setting up|mounted|mounting|positioned|emplaced)\s+(?:an?\s+|the\s+|two\s+|"
    r"three\s+|several\s+)?(?:[\w-]+\s+)?(?:mortars?|machine[- ]guns?|howitzers?|artillery(?:\s+pieces?)?|"
    r"guns?|tanks?)\b|"
    # an area's past without a year: "The Kulundu and Ovchi-Kalacha area ... saw heavy fighting in both of the recent
    # border wars"
    r"(?:saw|has seen|had seen|witnessed)\s+(?:heavy\s+|fierce\s+|some\s+of\s+the\s+(?:worst|heaviest)\s+)?"
    r"(?:fighting|clashes)\s+in\s+(?:both\s+(?:of\s+)?)?(?:the\s+)?(?:recent|previous|past|earlier|two|last)\s+"
    r"(?:[\w-]+\s+)?(?:wars|conflicts|rounds\s+of\s+fighting)\b|"
    # a body handed over at the line: "The body was handed over to the Kyrgyz side near Katran on Friday"
    r"(?:body|bodies|remains)\s+(?:was|were|had been|has been)\s+(?:handed\s+(?:over|back)|returned|repatriated)"
    r"[^.;]{0,80}|"
    # a criminal case opened over the event told before: "In Batken, a criminal case was opened over the brawl"
    r"criminal\s+(?:case|investigation|proceedings|charges?)\b[^.;,]{0,40}?\b(?:into|over|regarding)\s+"
    r"(?:the|this|that|last\s+\w+'s)\s+(?![^.;]{0,60}?\b(?:that|which)\s+(?:took place|happened|occurred|broke out))"
    r"[^.;,]{0,60}|"
    # a blast's cause denied: "the explosion was not linked to military action"
    r"(?:blast|explosion)s?\s+(?:was|were|is|are|had been)\s+not\s+(?:linked|related|connected)\s+to\b[^.;]{0,60}|"
    # households moved for a border treaty's land swap: "17 households near Lakkon ... were relocated to make way for
    # a 55-hectare plot that passed to Kyrgyzstan"
    r"(?:relocat|resettl|moved)\w*\b[^.;]{0,60}?\b(?:to make way for|under the (?:border )?(?:treaty|agreement|deal)|"
    r"as part of the (?:border )?(?:treaty|land swap|exchange of (?:land|territor\w*)))\b[^.;]{0,80}|"
    # flights that strike nothing: "accused Kyrgyzstan of flying its own drones over Vorukh"
    r"(?:flying|flew|flights? of)\s+(?:its\s+own\s+|their\s+own\s+)?(?:drones?|uavs?|unmanned aerial vehicles)\s+over\b"
    r"(?![^.;]{0,80}?\b(?:dropp\w*|struck|strikes?|hit|fired|bomb\w*|attack\w*)\b)|"
    # ... and drones said not to be used: '"no Tajik unmanned aerial vehicles were used in the Isfara direction"'
    r"no\s+(?:(?:kyrgyz|tajik)\s+)?(?:drones?|uavs?|unmanned aerial vehicles)\s+(?:were|was|had been|have been)\s+used\b|"
    # talks that agreed nothing: "The sides discussed pulling back additional forces ..., but no agreement was
    # reached"
    r"discuss(?:ed|ing)\b[^.;]{0,150}?\bno (?:agreement|deal|accord)s? (?:was|were|has been|had been) reached|"
    # a thing's past: "near the ruins of a house burned during the fighting" (the war told before)
    r"(?:ruins|remains|shell|wreck)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:house|school|shop|building|home)\s+"
    r"(?:burned|burnt|destroyed|damaged|shelled)\s+(?:during|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:fighting|war|conflict|clashes)|"
    # a figure of speech: "the minibus driver from Kyzyl-Jol is counting fares, not casualties"
    r"not\s+(?:casualties|victims|bodies)(?=\s*[.;,!])|"
    # a place's record, no event: "Vorukh ... has been at the center of several outbreaks of violence"
    r"(?:has|have)\s+been\s+(?:at\s+the\s+(?:center|centre|heart)\s+of|the\s+(?:scene|site)\s+of)\s+"
    r"(?:several|many|numerous|repeated|frequent|multiple|a\s+number\s+of|a\s+series\s+of)\s+[^.;]{0,60}|"
    # a structure that is in the way, not people blocking it: "the fence was installed 'several metres inside Tajik
    # territory' and blocked the only road to the fields"
    r"(?:fence|wall|barrier|gate|dam|structure|building)\s+(?:was|had been|has been|is)\s+[^.;]{0,80}?\band\s+"
    r"(?:so\s+)?block(?:ed|s)\s+[^.;]{0,40}|"
    # an evacuation not ordered: "told residents of nearby Maksat to stay indoors but did not order an evacuation"
    r"(?:did not|didn['’]t|has not|had not|have not|was not|were not)\s+(?:(?:yet|been)\s+)?(?:order|announce|declare|"
    r"call|need|require|plan|carr(?:y|ied) out)\w*\s+(?:an?\s+|any\s+)?evacuations?\b|"
    r"no evacuation (?:was|has been|had been|is) (?:ordered|announced|declared|needed|planned|carried out)|"
    # one hurt person's way to hospital, not a displacement: "He was evacuated by servicemen of the Kyzyl-Eshme border
    # outpost to the district hospital", "the wounded herder was evacuated to Daroot-Korgon"
    r"\b(?:(?:he|she)(?=\s[^.;]{0,200}?\b(?:hospital|clinic|medical|ambulance|by (?:servicemen|border guards|soldiers|"
    r"helicopter)))|(?:the\s+)?(?:wounded|injured)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|soldier|serviceman|herder|"
    r"shepherd|guard|driver|farmer|resident|teenager|villager))\s+(?:was|had been|has been|is being)\s+"
    r"(?:later\s+|then\s+|quickly\s+)?(?:medically\s+)?evacuated\b[^.;]{0,160}|\bmedevac\w*|"
    # drills: "the drills, which ran from September 25 to 27 at a training range near Lakkon"
    r"(?:drills?|military\s+exercises?)\b,?\s+(?:which|that)\s+[^.;]{0,120}|"
    # ... with what took part ("involved about 1,500 servicemen ... and artillery pieces")
    r"(?:training|firing|shooting)\s+(?:range|ground|area)s?\s+(?:near|in|at|outside)\s+[^.;]{0,200}|"
    # a detention that did not happen: "no one was detained", "No one has been detained."
    r"(?:no one|nobody|none of them)\s+(?:was|were|has been|had been|have been)\s+(?:detained|arrested)|"
    r"no (?:one|arrests) (?:were|was) made|"
    # another, earlier incident told as background: "Earlier this month, a 13-year-old boy was wounded in the Kyrgyz
    # village of Ak-Sai when an unexploded mortar round ... went off"
    r"earlier this (?:month|year),\s[^.;]*|"
    # a digest's note on its own earlier issue: "Last week's edition reported the detention of two herders near
    # Andarak; both were released the same day"
    r"(?:last week['’]s|the previous|previous|an earlier|last)\s+(?:edition|issue|digest|round-?up|review)\s+"
    r"(?:of\s+[\w-]+\s+)?(?:reported|said|told|mentioned|wrote)\b[^.;]*|"
    # where the worst of the past was: "Chong-Alay lies about 200 kilometers east of Batken, where the worst violence
    # between the two countries took place"
    r"(?:the\s+)?(?:worst|deadliest|heaviest|bloodiest)\s+(?:violence|fighting|clashes|bloodshed|shelling)\b"
    r"[^.;]{0,80}?"
    r"\b(?:took place|happened|occurred|broke out|raged)\b|"
    # a wish, not an event: "We don't want a fight with anyone", "nobody wants a war"
    r"(?:(?:don['’]t|do not|does not|doesn['’]t|never)\s+want|nobody wants|no one wants)\s+(?:a\s+|any\s+|another\s+)?"
    r"(?:(?:new|more)\s+)?(?:fights?|war|conflicts?|clash(?:es)?|bloodshed|shooting)\b|"
    # what channels wrote, told as such: "Tajik channels wrote that Kyrgyz border guards had fired into the crowd;
    # Kyrgyz ones wrote that a Kyrgyz teenager had been killed" (what officials confirm is told in words of its own)
    # ... "Their authors wrote about "shooting on the border near Ak-Suu" and "dozens of wounded""
    r"(?:channels?|ones|social media|social networks?|bloggers?|posts?|authors|users|commenters)\s+"
    # ... "a Telegram channel popular in Isfara wrote on Sunday that a Tajik man had died"
    r"(?:[\w-]+\s+){0,3}?(?:wrote|claimed|alleged)\s+(?:on\s+[\w-]+\s+)?(?:that|about)\b[^.;]*|"
    # ... "several Telegram channels reported a shootout with Kyrgyz border guards near Surkh" (not a news
    # channel's report: a messenger's)
    r"(?:telegram|whatsapp)[\w-]*\s+(?:channels?|groups?|posts?|chats?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:reported|posted|said|spread|circulated|carried)\b[^.;]*|"
    # people seen for stress or blood pressure, not hurt: "three residents ... sought medical help with high blood
    # pressure and an acute stress reaction"
    r"(?:sought|needed|received|requested)\s+(?:medical\s+)?(?:help|care|attention|treatment)\s+"
    r"(?:for|with)\s+(?:[\w-]+\s+){0,3}?(?:blood pressure|stress|shock|anxiety|panic)\b[^.;]*|"
    # a resettlement planned under a border deal: "houses ... that fall on the other side of the new line will be
    # relocated", "the relocation concerns the residents of Khistevarz" (as «переселение» in Russian)
    # ... "Some residents from Ak-Tatyr ... will also be relocated to the new residential community"
    r"(?:will|would|shall|(?:is|are) to|(?:is|are) (?:due|set|expected) to)\s+(?:also\s+|soon\s+|then\s+|eventually\s+)?"
    r"be\s+(?:relocated|resettled|moved)\b|"
    r"(?:the\s+)?(?:relocation|resettlement)\s+(?:concerns|affects|will|would|of\s+(?:the\s+)?(?:houses|families))\b|"
    # a road closed by nature or for works: "the section near Aidarken, closed since June for reconstruction"
    r"(?:closed|blocked|shut)\s+(?:[\w-]+\s+){0,3}?(?:after|by|because of|due to|for)\s+(?:an?\s+|the\s+)?"
    r"(?:rockfalls?|landslides?|avalanches?|mudflows?|mudslides?|floods?|flooding|snowfall|snow|repairs?|"
    r"reconstruction|roadworks)\b|"
    # a victim named: "The dead serviceman was named as a 24-year-old contract soldier from the village of Ak-Suu"
    r"(?:the\s+)?(?:dead|killed|wounded|injured|slain)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|has been|had been)\s+"
    r"(?:named|identified)\s+as\b[^.;]{0,120}|"
    # a detention for crossing the border, no force: "detained on April 14 near Sary-Tash for crossing the
    # border outside a checkpoint", "exchanged citizens who had been detained for violating the border regime"
    r"detained\b[^.;]{0,80}?\b(?:for|after)\b[^.;]{0,60}?\b(?:violat\w+|cross\w*|breach\w*|across|illegal\w*)\b"
    r"[^.;]{0,30}?\bborder\b(?:\s+regime)?|"
    # "detained two Kyrgyz shepherds, aged 52 and 27, who had crossed into Konibodom district with 34 sheep"
    # ... "detained three citizens of Tajikistan who tried to cross the border on foot near Kyzyl-Jol"
    r"detained\b[^.;]{0,80}?\bwho (?:had )?(?:(?:tried|attempted|were trying) to )?(?:crossed|cross|strayed|stray|"
    r"wandered)\b[^.;]{0,80}|"
    # men held while at work on a disputed plot: "were cutting hay on a disputed plot ... near the Tajik village of
    # Kulkand when they were detained on Thursday" (a detention with force is read on its own words)
    r"\b(?:cutting|mowing|gathering|collecting|grazing|herding)\s+(?:[\w-]+\s+){0,2}?(?:hay|grass|sheep|cattle|cows|"
    r"livestock|firewood)\b[^.;]{0,100}?\bwhen\s+(?:they|he|she)\s+(?:was|were)\s+detained\b[^.;]{0,60}|"
    # a detention told as a protest's cause: "The protest followed the detention of four Kyzyl-Bel men by Tajik border
    # guards last week"
    r"\b(?:followed|came\s+after|was\s+sparked\s+by|was\s+triggered\s+by)\s+the\s+detention\s+of\b[^.;]{0,100}|"
    # a detainee handed on: "The detainee has been handed over to the investigation bodies of Isfara"
    r"\bthe\s+(?:detainees?|detained\s+(?:man|men|person|persons|citizens?))\b[^.;]{0,60}?\bhanded\s+(?:over|back)\b"
    r"[^.;]{0,100}|"
    # a patrol's routine detention: "During a patrol of the border area, Kyrgyz border guards detained two residents of
    # Isfara district" (not one with force: "detained and beat")
    r"\b(?:during|on)\s+(?:a\s+|their\s+|the\s+)?(?:routine\s+)?patrol\b(?![^.;]{0,160}?(?:beat|force|fire|shot|"
    r"wound|injur|hurt))[^.;]{0,80}?detain\w*[^.;]{0,100}|"
    # a drug arrest: "detained two residents of Isfara ... in possession of 6.4 kilograms of hashish"
    r"(?:detain\w*|arrest\w*)\b[^.;]{0,120}?\b(?:hashish|heroin|opium|drugs|narcotics|marijuana|cannabis)\b|"
    # a smuggler's vehicle stopped: "stopped a truck carrying 1.2 tonnes of flour without documents"; the rest of a
    # week's detentions: "The other detentions were made in Konibodom district"
    # (not one stopped by force: "forcibly stopped the car of a Tajik citizen, transporting sand")
    r"(?<!forcibly )(?:stopped|detained|seized|halted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:truck|lorry|car|vehicle|van|kamaz)\b[^.;]{0,60}?\b(?:carrying|loaded with|transporting)\b[^.;]{0,100}|"
    r"(?:the\s+)?(?:other|remaining)\s+detentions\b[^.;]{0,80}|"
    # ... its driver held: "The driver, born in 1988, and his partner were detained"
    r"\b(?:driver|co-driver)s?\b[^.;]{0,60}?\b(?:was|were|has been|have been)\s+detained|"
    r"detained\s+(?:the\s+|its\s+)?(?:driver|co-driver)s?\b|"
    # the police's week: "43 persons wanted for various crimes were detained"
    r"(?:persons?|people|men|suspects?|individuals)\s+wanted\s+(?:for|on|in)\b[^.;]{0,80}|"
    # smugglers held: "detained three citizens of Tajikistan near the village of Beshkent who were trying to bring
    # 1.4 tonnes of flour ... into Kyrgyzstan bypassing the checkpoint", "detained on suspicion of smuggling"
    # (up to a comma: what follows may be force told of the same people)
    r"detain\w*\b[^.;]{0,100}?\b(?:who (?:had )?(?:(?:tried|attempted|were trying|was trying) to )?(?:bring|brought|"
    r"smuggle|smuggled|carry|carried|transport|transported)\b|(?:on suspicion of |for )smuggl\w*)[^.;,]{0,120}|"
    # "gathered at the small memorial ... to read the names of the villagers killed in 2021": the dead remembered
    r"(?:read|reading|reads|recite[ds]?|reciting)\s+(?:out\s+)?the\s+names\s+of\b[^.;]{0,80}?\b(?:killed|died|dead|fell|"
    r"perished)\b[^.;]{0,40}|"
    # "gather at the memorial to the victims of the September 2022 fighting": a memorial, not fighting
    # a memorial's list of the dead: "a memorial carrying 14 names of people ... who were killed in the fighting of
    # September 14-17, 2022", "a plaque lists pupils and teachers killed two years ago"
    r"(?:memorial|monument|plaque|stele|memorial wall)\b[^.;]{0,60}?\b(?:names?|lists?|listing|bearing|carrying)\b"
    r"[^.;]{0,120}?\b(?:killed|died|fell|perished)\b[^.;]{0,80}|"
    # ... "a granite wall bearing the names of the 63 Kyrgyz citizens killed in September 2022 was unveiled ..., next to
    # the memorial to the 36 who died in the clashes of April 2021", "a monument to the 41 Tajik citizens the
    # government says were killed in 2022": the dead a memorial honours
    r"(?:memorial|monument|plaque|stele|obelisk|(?:memorial|granite|stone|marble|commemorative)\s+wall|"
    r"wall(?=\s+(?:bearing|carrying|listing|with\s+the\s+names)))\s+(?:to|for|of|bearing|carrying|listing|with)\s+"
    r"(?:the\s+)?[^.;]{0,80}?\b(?:killed|died|dead|fell|fallen|perished|victims)\b[^.;]{0,60}|"
    # ... "gathered in Kulundu to remember the dead of the September 2022 war"
    r"(?:memorial|monument|graves?|remembrance|commemorat\w*|remember(?:ed|ing|s)?|mourn(?:ed|ing|s)?|"
    r"honou?r(?:ed|ing|s)?)\b[^.;]{0,40}?\b(?:victims|dead|fallen|those killed)\s+"
    r"(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fighting|clash(?:es)?|war|conflict|shelling)\b|"
    # ... "gathered at the memorial in Kok-Tash to remember the 36 Kyrgyz citizens killed in 2021"
    r"(?:remember(?:ed|ing|s)?|mourn(?:ed|ing|s)?|commemorat\w*|honou?r(?:ed|ing|s)?)\s+(?:the\s+)?[^.;]{0,60}?"
    r"\b(?:killed|died|who died|fell|perished)\s+(?:in|during)\s+(?:the\s+)?(?:(?:april|september)\s+)?(?:19|20)\d\d\b|"
    # returns: "all but about 1,900 of the evacuated residents have gone back to their villages"
    r"evacuated (?:residents|people|families|villagers)\b[^.;]{0,40}?\b(?:have|had|has)\s+(?:now\s+|since\s+)?"
    r"(?:gone back|returned|come back)|"
    # the families of the dead of a past war: "Forty-seven families of citizens of Kyrgyzstan who were killed
    # during the armed conflicts on the Kyrgyz-Tajik border in 2021 and 2022 received keys"
    r"(?:families|relatives|widows?|parents|children|orphans)\s+of\s+(?:[\w-]+\s+){0,5}?(?:who\s+(?:were|had been|was)\s+)?"
    r"(?:killed|died|fell)\s+(?:in|during)\s+[^.;]{0,80}?\b(?:conflicts?|clash(?:es)?|fighting|war)\b[^.;]{0,60}?"
    r"\b(?:19|20)\d\d\b(?:\s+and\s+(?:19|20)\d\d\b)?|"
    # training, not fighting: "the post's servicemen were on planned combat training"
    r"(?:planned\s+|routine\s+|scheduled\s+)?(?:combat\s+training|live-fire\s+(?:exercises?|drills?|training)|"
    r"target\s+practice|training\s+firing)|"
    # ... "a planned exercise involving artillery units was being held this week at a range in Lakhsh district, ...
    # 'all live firing is conducted strictly within the boundaries of the range'"
    r"(?:planned\s+|routine\s+|scheduled\s+|military\s+)*(?:exercises?|drills?)\s+(?:involving|with|using)\s+"
    r"[^.;]{0,140}|live\s+firing\s+(?:is|was|are|were)\s+(?:conducted|carried\s+out|held)\b[^.;]{0,80}|"
    # an exercise's notional victims: "under the scenario, 300 residents were evacuated", "a simulated evacuation"
    r"under\s+the\s+(?:exercise(?:'s)?\s+|drill(?:'s)?\s+)?scenario\b[^.;]{0,80}|"
    r"(?:simulated|mock)\s+(?:evacuation|casualt\w+|wounded|injured)\b[^.;]{0,60}|"
    # no force: "the detained men offered no resistance"
    r"(?:detained|detainees|violators)\b[^.;]{0,30}?\boffered\s+no\s+resistance|"
    # a tour that checks an agreement: "the group toured Vorukh and Kok-Tash to check the pullback of troops"
    r"(?:toured|visited|inspected)\b[^.;]{0,120}?\b(?:check|verify|monitor|inspect)\w*[^.;]{0,60}?"
    r"\b(?:agreement|ceasefire|truce|withdrawal|pull-?back)\w*[^.;]{0,80}|"
    # a return, not a flight: "Residents who left the town of Batken during the fighting began returning"
    r"(?:residents|people|families|villagers|evacuees)\s+who\s+(?:had\s+)?(?:left|fled)\b[^.;]{0,100}?"
    r"\b(?:began|begun|started|have been|are)\s+(?:returning|to return|coming back)\b|"
    # drones that did not fly: "they had not flown any drones near the Kyrgyz border"
    r"(?:had|have|has|did)\s+not\s+(?:flown|fly|launched|launch|used|use|deployed|deploy)\s+(?:any\s+)?"
    r"(?:military\s+)?(?:drones?|uavs?|quadcopters?|unmanned\s+aircraft)\b[^.;]{0,60}|"
    # ... "No unmanned aerial vehicles of the Border Service flew over the section near Arka"
    r"\bno\s+(?:unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|drones?|uavs?)\b[^.;]{0,60}?"
    r"\b(?:flew|were\s+flown|took\s+off|crossed)\b[^.;]{0,60}|"
    # a withdrawal of arms, no firing of them: "a protocol on the withdrawal of heavy weapons"
    r"(?:withdrawal|pull-?back|removal)\s+of\s+(?:the\s+)?(?:heavy\s+)?(?:weapons|weaponry|armou?r|equipment|"
    r"artillery|mortars|tanks)\b|"
    # "1,100 of the 7,100 residents evacuated from Maksat, Kulundu and Beshkent returned home on Thursday",
    # "Of the roughly 136,000 people evacuated from Batken and Leilek districts ..., most have gone home"
    r"(?:residents|people|villagers|evacuees|families)\s+(?:who (?:had )?been\s+|who were\s+)?evacuated\b"
    r"(?:(?!after\b|following\b)[^.;]){0,160}?"  # not "evacuated after the shelling on March 12 returned"
    r"\b(?:returned|have gone|had gone|went|gone|go|come|came)\s+(?:back\s+)?(?:home|to their (?:homes?|villages?))|"
    # demining: "Sappers have cleared 312 unexploded shells, mines and grenades"
    r"(?:cleared|defused|disposed of|destroyed|neutrali[sz]ed|removed|found|sappers|deminers|demining)\b[^.;]{0,60}?"
    r"\bunexploded(?:\s+[\w-]+,?){0,6}|"
    # ... an old munition made safe, unexploded or not said: "sappers ... defused an 82-millimeter mortar mine that a
    # farmer found in his field"
    r"(?:defused|disposed of|neutrali[sz]ed|sappers|deminers)\b[^.;]{0,60}?\b(?:mines?|shells?|rounds?|grenades?|"
    r"projectiles?|munitions?|ordnance|explosive devices?|rockets?|bombs?)\b|"
    # ... "Sappers destroyed 37 items found this year in Batken and Leilek districts - mortar rounds, grenades and an
    # artillery shell - in three detonations", "Clearance of the areas where fighting took place ... is expected to
    # continue", "regularly reports finding shells near Vorukh and Chorkuh"
    r"(?:sappers|deminers)\s+(?:destroyed|detonated|blew up)\b[^.;]{0,160}|"
    r"(?:mine\s+)?clearance\s+of\b[^.;]{0,120}|"
    r"(?:finding|finds)\s+(?:(?:old|unexploded|more)\s+)?(?:shells?|mines?|munitions?|ordnance|explosive objects)\b"
    r"[^.;]{0,60}|"
    # ... the things first: "17 unexploded shells had been found and destroyed in Leilek and Batken districts"
    r"\bunexploded(?:\s+[\w-]+,?){0,4}?\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:found\s+and\s+)?"
    r"(?:cleared|defused|disposed of|destroyed|neutrali[sz]ed|removed)\b[^.;]{0,80}|"
    # the accused of a case: "a 34-year-old from Surkh, whom investigators consider the instigator of the brawl,
    # was sentenced to seven years"
    r"(?:instigator|ringleader|organi[sz]er|accused|defendants?)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:brawl|fight|attack|shooting|clash(?:es)?|riots?|arson)\b(?=[^.;]{0,80}\bsentenced\b)|"
    # a court hearing a case tells a past crime: "the Batken Regional Court on January 26 began hearing in absentia
    # the case of ... accused of shelling Kok-Tash" (a sentence may code an event never reported before: read on)
    r"\b(?:began hearing|(?:opened|started|resumed) (?:the )?hearings?)\b[^.;]{0,240}|"
    # the crime a case or verdict is about: "sentenced ... to nine years in prison over the shooting"
    # (... or a headline's "upholds in absentia sentences to five Tajik servicemen over deaths of civilians in Ak-Turpak")
    r"(?:sentenced|sentences|convicted|jailed|trial|case|verdict)\b[^.;]{0,80}?\b(?:over|for|into|of) "
    r"(?:the (?:[\w-]+\s+){0,2}?|(?=deaths?\b))"
    # ... and the rest of the sentence, which tells that crime: "over the shooting near the village of Chek in
    # August 2023, in which a Kyrgyz border guard was wounded" (no scene or figure of a new event)
    r"(?:shooting|attack|killing|arson|brawl|shelling|clash(?:es)?|fight|murder|deaths?)\b[^.;]{0,160}|"
    # the cause of an evacuation told elsewhere: "were evacuated from Gulkhona because of the shooting on the
    # neighbouring section of the border"
    r"(?:because of|due to|amid|owing to)\s+(?:the\s+)?(?:shooting|fighting|shelling|gunfire|clash(?:es)?|"
    r"exchange of fire)\s+(?:near|in|at|on|around)\s+(?:the\s+|a\s+)?(?:neighbou?ring|nearby|adjacent)\b[^.;]{0,60}|"
    # a verdict's words about the war it closes: ""This verdict is for the people who lost everything twice:
    # first to the shelling, then to thieves""
    r"(?:verdict|trial|sentence|hearing)\b[^.;]{0,120}?\bthe (?:[\w-]+\s+){0,2}?(?:shelling|shooting|fighting|war|"
    r"clashes|conflict|hostilities)\b|"
    # an earlier war named only as a time: "the market, closed since the clashes of April 2021, reopened"
    # ... or the flight from it: "83 families who had lived with relatives in Batken since the evacuation have returned"
    r"since the (?:clashes|fighting|conflict|war|hostilities|evacuations?)(?: of| in)?[^,.;]{0,30}|"
    # weapons that were not used: "Kyrgyz border guards fired no shots during the incident"
    r"fired no shots|(?:did not|didn't) (?:open fire|fire|use (?:their |any )?weapons)|"
    # ... "stressing that no shots had been fired", "Not a single shot was fired", "no one fired a shot"
    r"(?:no|not a single|not one) shots? (?:were|was|had been|has been|have been) fired|"
    r"(?:no one|nobody) (?:fired|had fired|has fired) (?:a |any |a single )?shots?\b|"
    # fire only heard there: "Gunfire could also be heard in neighbouring Chorkuh"
    # (not "the first shots were heard at 23:50 near Katran": where the shooting began)
    r"(?:gunfire|shooting|shots|explosions?|blasts?)\s+(?:could\s+also\s+be|was\s+also|were\s+also)\s+heard\b|"
    # ... "the shooting could be heard as far as Ak-Sai": how far the sound carried
    r"(?:gunfire|shooting|shots|explosions?|blasts?|fire|shelling)\s+(?:could|can|was|were)\s+(?:be\s+)?(?:clearly\s+)?"
    r"heard\s+(?:as far (?:away )?as|even in|all the way (?:to|in))\b[^.;]{0,60}|"
    # an earlier war's toll in a relative clause: "the latest incidents on a frontier where around 100 people
    # died in fighting last year"
    # ... "the Central Asian neighbours whose border fighting killed about 100 people last year"
    r"\b(?:where|whose)\s+[^.;]{0,60}?\b(?:died|were killed|was killed|have been killed|lost their lives|killed)\b"
    r"[^.;]{0,40}?"
    r"\b(?:last year|(?:in|since) (?:(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s+)?(?:19|20)\d\d)\b|"
    # a farm drone: "the drone was spraying fields on the Tajik side"
    r"(?:drones?|quadcopters?|uavs?)\s+(?:was|were|had been)\s+(?:spraying|treating|watering|surveying)\b|"
    r"(?:agricultural|crop-?spraying|farm)\s+(?:drones?|quadcopters?)|"
    # herders held for grazing across the line: "detained three Tajik citizens from Muchun who had driven 70 cows
    # onto a pasture near Ak-Suu"
    r"(?:detain\w*|apprehend\w*)[^.;]{0,60}?\bwho (?:had )?(?:driven|grazed|brought|taken|herded)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:cows|cattle|sheep|goats|livestock|flocks?|herds?|horses)\b[^.;]{0,120}|"
    # detainees handed back: "the detained herders were handed over to Tajik border guards near Lakkon"
    r"(?:detainees|detained (?:men|herders|citizens|people|residents))\b[^.;]{0,100}?(?:handed|returned)\s+"
    r"(?:over|back)[^.;]{0,80}|"
    # a detention for crossing the line: "detained two Tajik citizens who had crossed the border outside a
    # checkpoint" (one with force is read on its own words: "beat", "injured")
    r"(?:detain\w*|apprehend\w*)\s+(?:[\w-]+\s+){0,4}?(?:citizens|nationals|men|residents|people|violators)\b[^.;]{0,100}?"
    r"(?:who (?:had )?(?:illegally |unlawfully )?crossed|for (?:illegal(?:ly)?|unlawful(?:ly)?) (?:border[- ])?crossing"
    r"|for crossing the (?:state )?border)\b[^.;]{0,60}|"
    # an exchange of detainees: "the border services exchanged detained citizens at the Kyzyl-Bel checkpoint"
    r"(?:exchanged|swapped|exchange of|swap of)\s+(?:[\w-]+\s+){0,2}?(?:detainees|prisoners|detained (?:men|herders|"
    r"citizens|people|residents))\b[^.;]{0,100}|"
    # a drone only seen: "residents saw two more drones over the neighbouring Lakkon jamoat", "posted videos
    # of a drone circling over the village" (what it then did is read on)
    r"(?:saw|seen|spotted|noticed|observed|filmed|videos? of)\s+(?:[\w-]+\s+){0,3}?(?:drones?|quadcopters?|uavs?|"
    r"helicopters?)\s+(?:(?:circling|flying|hovering|flew|circled|hovered)\s+)?(?:over|above)\b|"
    # ... "Tajik helicopters were also spotted over Kok-Tash and Samarkandyk"
    r"helicopters?\s+(?:[\w-]+\s+){0,3}?(?:was|were|had been|have been)\s+(?:also\s+)?(?:seen|spotted|noticed|observed)\b"
    r"(?:(?!\b(?:as|while|when|but|where|and\s+(?:the\s+)?(?:shoot|fir|clash|shell))\w*\b)[^.;,]){0,80}|"
    r"\b(?:an?|two|three|several)\s+(?:drones?|quadcopters?)\s+(?:(?:circling|flying|hovering)\s+)?over\b|"
    # "reported a small unidentified drone flying at about 300 meters over pastures"
    # ... "recorded a quadcopter-type drone that flew from the Tajik side over Kyrgyz territory"
    r"\b(?:reported|saw|spotted|noticed|observed|recorded|detected)\s+(?:an?|two|three|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drones?|quadcopters?|uavs?)\s+(?:(?:that|which)\s+)?(?:circling|flying|hovering|flew|circled|hovered)\b[^.;]{0,60}?"
    r"\b(?:over|above)\b|"
    # ... "a drone of the same type had been seen over Khistevarz on 21 September but had dropped nothing"
    r"(?:drones?|quadcopters?|uavs?)(?:\s+of\s+(?:the\s+|a\s+)?(?:same\s+|similar\s+)?(?:type|kind|model))?\s+"
    r"(?:was|were|had been|have been)\s+(?:seen|spotted|noticed|observed)\s+"
    r"(?:(?:circling|flying|hovering)\s+)?(?:over|above)\b|"
    # a drone's flight denied: "no Kyrgyz drones crossed the state border in the area of Kara-Bak"
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|unmanned\s+aerial\s+vehicles?|quadcopters?)\s+(?:had\s+|have\s+)?"
    r"(?:crossed|flew|entered|violated|were\s+used|was\s+used|were\s+launched)\b[^.;]{0,80}|"
    # a drone no one saw: "he had heard two bangs but had not seen a drone"
    r"\b(?:had|has|have|did)\s+not\s+(?:seen|see|spotted|spot|noticed|notice)\s+(?:a|any|the)\s+(?:drones?|uavs?|quadcopters?)\b|"
    # what a statement leaves open: "It did not say whether the drone had dropped anything"
    r"\b(?:did\s+not|didn[’']t|would\s+not|could\s+not|declined\s+to)\s+(?:say|specify|confirm|tell|clarify)\s+"
    r"(?:whether|if|that|the\s+drone)\b[^.;]{0,100}|"
    # ... and a drone's flight alone: "a Tajik drone had flown over a Kyrgyz border post near Beshkent for about 20
    # minutes" (up to what it then did: "flew over the village and dropped a grenade")
    # ... "unmanned aerial vehicles had flown over the village at night"
    r"\b(?:drones?|uavs?|quadcopters?|unmanned aerial vehicles?)\s+(?:had\s+|has\s+|have\s+)?(?:flown|flew|hovered|"
    r"circled)\s+over\b"
    r"(?:(?!\b(?:and|then|before|dropp\w*|fir\w*|struck|hit|explod\w*|attack\w*)\b)[^.;]){0,80}|"
    # ... or its flight told as a noun: "the overflight of a drone over Chilgazi jamoat on 20 October"
    r"(?:over)?flights?\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|uavs?|quadcopters?|unmanned aerial "
    r"vehicles?)\b[^.;]{0,80}|(?:drone|uav|quadcopter)\s+overflights?\b[^.;]{0,80}|"
    # what a protest was against: "residents protested against the fact that the Tajik side had cut off the shared
    # ditch near Lakkon" (the grievance, not an event of its own)
    r"(?:protest\w*|complain\w*)\s+(?:against\s+)?the\s+fact\s+that[^.;]{0,160}|"
    # a correction: "a person reported dead was found alive in intensive care"
    r"(?:reported|thought|believed|presumed|listed)\s+(?:as\s+)?(?:dead|killed)\s+(?:was|were|has been|had been)\s+"
    r"(?:found|confirmed)\s+alive|"
    # animals, not people: "37 head of cattle were killed", "a cow was killed"
    r"(?:head of (?:cattle|livestock|sheep)|cattle|sheep|cows?|calf|calves|goats?|horses?|donkeys?|dogs?|livestock|animals)\s+"
    r"(?:were\s+|was\s+|had been\s+|have been\s+)?(?:killed|died)|"
    # ... "38 sheep and a horse belonging to the Kara-Shibak herders were shot dead"
    r"(?:sheep|cattle|cows|goats|horses|donkeys|animals)\s+(?:and\s+an?\s+(?:horse|cow|donkey|goat)\s+)?"
    r"(?:belonging to|owned by|of)\s+[^.;]{1,60}?\s+(?:were|was|had been)\s+(?:shot(?:\s+dead)?|killed)|"
    r"without (?:using )?(?:weapons|firearms)|without (?:a single shot|firing a (?:single )?shot|a shot being fired)|"
    # a detention its authority calls lawful and without force: "had been detained "in accordance with the law
    # and without the use of physical force""
    # ... "detained the two on Kyrgyz territory near the village of Kapchygay, about 2 km (1.2 miles) from the line,
    # "without the use of physical force""
    r"(?:detain\w*|detention|apprehend\w*)\b(?:[^.;]|\.(?=\d)){0,140}?\bwithout (?:the )?(?:use of )?(?:physical )?"
    r"(?:force|violence)|"
    # a road accident: "a lorry and a car collided near Nefteobod, killing two"
    r"(?:collided|head-on collision|road accident|traffic accident|car crash|crashed into (?:a |an )?"
    r"(?:car|lorry|truck|bus|minibus))\b[^.;]{0,120}|"
    # ... told after its toll: "three people were killed when a minibus collided with a truck"
    r"(?:killed|died|injured|hurt)\s+when\s+(?:a|an|the|two)\s+(?:[\w-]+\s+){0,2}?(?:collided|crashed|overturned|"
    r"veered|fell|plunged|skidded|rolled)\b[^.;]{0,120}|"
    # ... "a car fell into a gorge on the Batken - Aidarken road"
    r"(?:car|bus|truck|lorry|minibus|vehicle)\s+(?:[\w-]+\s+){0,2}?(?:fell|plunged|rolled|went)\s+(?:into|off|down)\s+"
    r"(?:a|an|the)\s+(?:gorge|ravine|river|canal|ditch|cliff|precipice|abyss|riverbed)\b[^.;]{0,80}|"
    # the arrest of a defendant in a court story: "the defendant was detained in Sulukta"
    r"(?:defendants?|suspects?|accused|convicts?)\b[^.;]{0,40}?(?:detained|arrested)\b[^.;]{0,60}|no (?:shooting|shots|clash(?:es)?|fighting|shelling|"
    # ... "no displacement has been reported in Bobojon Ghafurov district"
    r"displacement|"
    # ... "no shooting has been recorded"
    # ... "no shooting incidents had been recorded this year"
    r"exchange of fire)(?: incidents?| cases?)?(?: had| has| have| was| were)?(?: been)? (?:took place|taken place|occurred|"
    r"happened|recorded|"
    r"registered|reported)|(?:recorded|registered|reported) no (?:shooting|shots|clash(?:es)?|fighting|shelling)|did not (?:take place|happen|occur)|"
    # "In neighbouring Chorkuh, no shells fell", "shells did not reach the village": none fell there
    r"\bno (?:shells?|mines?|rounds?|bullets?|projectiles?)\s+(?:fell|landed|hit|reached)\b|"
    r"\b(?:shells?|mines?|rounds?|bullets?|projectiles?)\s+(?:did not|didn't|had not|never)\s+(?:fall|land|hit|reach)\b|"
    # a brawl's unarmed fighting: "no weapons were used", "without using weapons", "did not use firearms"
    r"(?:no |without (?:using |the use of )?|did not use (?:any )?|had not used (?:any )?)(?:fire)?(?:arms|weapons?)"
    r"(?: were| was| had been)?(?: used)?\b|"
    # "it had recorded no shooting on its side of the frontier near Kyzyl-Bel"
    # routine enforcement: "detained 11 violators of the border regime ... near Sulukta"
    r"(?:detain\w*|detention|apprehend\w*|arrest\w*)[^.;]{0,40}?\bviolators?\b[^.;]{0,160}|"
    r"\bviolators? of the (?:state )?border[^.;]{0,40}?(?:were |was |had been |have been )?(?:detained|apprehended)[^.;]{0,80}|"
    # a denied report: "Reports circulating on social networks about an exchange of fire near Maksat ... are not true"
    r"(?:reports?|information|claims?|videos?|posts?|rumou?rs?)\b[^.;]{0,200}?\b(?:are|were|is|was)\s+"
    r"(?:not true|untrue|false|fake|groundless|unfounded)\b|"
    # ... an official's wording: "The information disseminated ... about 'shooting near the village of Karakenja',
    # does not correspond to reality"
    r"(?:reports?|information|claims?|videos?|posts?|rumou?rs?)\b[^.;]{0,200}?\b(?:does|do|did) not correspond to "
    r"(?:the\s+)?(?:reality|facts|truth)\b|"
    # aid, not harm: "queued to donate blood to help the wounded", "collected soms for families evacuated from"
    r"(?:blood (?:donors?|donations?|transfusions?)|donat\w* blood|donors?)\b[^.;]{0,160}|"
    r"(?:help|aid|assist\w*|support|for)\s+(?:the\s+)?(?:families\s+|people\s+|residents\s+)?(?:who were\s+)?"
    r"(?:wounded|injured|evacuated|displaced|evacuees)\b[^.;]{0,80}|"
    # a quarrel that stopped short of a fight: "they argued over water, but it did not come to blows"
    r"(?:did not|didn't|never) (?:come|turn|get) to (?:blows|a fight|fighting)|stopped short of (?:a fight|blows|violence)|"
    # a road accident: "a truck skidded off the icy road into a ditch, killing the driver"
    r"(?:car crash|road accident|traffic accident|skidded|veered off the road|went off the road|left the road|"
    r"(?:truck|lorry|car|bus|"
    # (not "a small unmanned aerial vehicle crashed and exploded in the yard": a drone)
    r"(?<!aerial )vehicle|minibus)\s+(?:[\w-]+\s+){0,2}?(?:overturned|rolled over|crashed))\b[^.;]{0,80}|"
    # "The government has promised 50,000 soms to each injured resident of Arka": money, not harm
    r"(?:promised|promises?|pledged|pledges?|paid|pays?|paying|allocated|awarded|granted)\s+(?:[\w$,.]+\s+){0,4}?"
    r"(?:to|for)\s+(?:each|every|all)\s+"
    r"(?:of\s+the\s+)?(?:injured|wounded|dead|killed|victims?|evacuated|displaced)\b[^.;]{0,60}|"
    # compensation: "the family of the dead man would receive 200,000 soms, and each of the wounded 50,000"
    r"(?:families|family|relatives)\s+of\s+(?:the\s+|each\s+)?(?:dead|killed|deceased)\b[^.;]{0,40}?\b(?:receive|be paid|"
    r"get|be given|compensation|payments?)\b[^.;]{0,100}|"
    # ... paid: "the families of the 63 citizens who died received 3 million soms each, and 147 wounded received
    # from 200,000 to 1 million soms"
    r"(?:families|family|relatives)\s+of\s+(?:the\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?(?:who\s+died|who\s+were\s+killed|dead|"
    r"killed)\s+(?:received|were paid|got)\b[^.;]{0,100}|"
    r"[\d,]+\s+(?:wounded|injured)(?:\s+people)?\s+(?:received|were paid|got)\s+(?:from\s+)?(?:\$\s*)?[\d,.]+\s*"
    r"(?:million\s+|billion\s+|thousand\s+)?(?:to\s+[\d,.]+\s*(?:million\s+|billion\s+|thousand\s+)?)?"
    r"(?:soms?|somoni|dollars|rubles|each)\b[^.;]{0,60}|"
    r"(?:the\s+|each\s+of\s+the\s+)?(?:wounded|injured)\s+(?:will|would)\s+(?:receive|be paid|get|be given)\b[^.;]{0,60}|"
    # rebuilding what a past war destroyed: "the construction of new houses in place of those destroyed during the armed
    # conflict in Batken is nearing completion"
    r"(?:rebuil\w*|reconstruct\w*|restor\w*|repair\w*|construction|new\s+(?:houses|homes))\b[^.;]{0,60}?"
    r"(?:destroyed|damaged|burned|burnt)\s+(?:during|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:fighting|war|conflict|clashes|hostilities|aggression)\b[^.;]{0,80}|"
    # a third party's concern, not an event: "The Secretary-General is following the escalation of violence along the
    # Kyrgyz-Tajik border with great concern", "raised the latest developments on the border and expressed concern
    # about the escalation of violence" (not a live page's "We are following reports of gunfire near Ak-Sai")
    r"(?:is|are|was|were|been)\s+(?:closely\s+)?(?:following|monitoring|watching)\s+(?:closely\s+)?(?:the\s+)?"
    r"(?:latest\s+|recent\s+)?(?:escalation|developments|situation)\b[^.;]{0,160}|"
    r"(?:raised|discussed)\s+the\s+(?:latest\s+|recent\s+)?(?:developments|situation|events)\b[^.;]{0,160}|"
    r"(?:expressed|expresses|voiced|voices)\s+(?:his\s+|her\s+|their\s+|its\s+)?"
    r"(?:deep\s+|grave\s+|serious\s+|great\s+)?concern\s+(?:about|over|at|regarding)\b[^.;]{0,160}|"
    # a helicopter that carried the wounded: "flown to Osh by an air ambulance helicopter", "a medical helicopter"
    r"(?:medical|ambulance|air ambulance|rescue|medevac|emergencies ministry|emergency)\s+helicopters?|"
    # "People in Sulukta also say they heard explosions": hearing is no impact at the place
    # ... "border guards heard the noise of a second drone over the neighbouring village of Chek"
    r"(?:heard|could hear|can hear)\s+(?:the\s+)?(?:noise|sound|buzz|buzzing|hum)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:drones?|uavs?|quadcopters?|aircraft|helicopters?)\b[^.;]{0,80}|"
    # ... 'a resident of Chilgazi ... said he had heard "two bangs, one after another"'
    r"(?:heard|could hear|can hear)\s+[\"“‘']?(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|bangs?|booms?|shooting|gunfire|shots|shelling|"
    r"firing|(?:automatic|machine-gun|small-arms|sniper|rifle)\s+fire|bursts?\s+of\s+(?:[\w-]+\s+)?fire)\b[^.;]{0,60}"
    r"(?:(?<=\s)(?:drones?|uavs?|quadcopters?)\b)?|"
    # the other side's word for a detention: "the herders had illegally crossed into the territory of Ovchi-Kalacha
    # jamoat and had been detained "in accordance with the law""
    r"(?:illegally|unlawfully)\s+crossed\s+(?:into\s+)?(?:the\s+)?(?:territory|border|line)\b[^.;]{0,80}?"
    r"\b(?:detained|apprehended)\b|"
    # "detained two Tajik citizens who had crossed the line on foot near Kyzyl-Bel": people who crossed
    r"(?:detain\w*|apprehend\w*)[^.;]{0,60}?\bwho (?:had )?(?:illegally )?crossed (?:the )?(?:line|border)[^.;]{0,120}|"
    # "officials in Isfara did not comment on the shooting"
    r"(?:did not|didn't|declined to|refused to|have not|has not) (?:yet )?comment(?:ed)?\b[^.;]{0,80}|"
    # "There was no shelling of Kulundu," a spokeswoman said
    r"there (?:was|were|has been|had been) no (?:shooting|shots|gunfire|shelling|clash(?:es)?|fighting|attack)[^.;]{0,60}|"
    # "it had no information about any shooting by its servicemen near Arka": a denial, no event there
    r"(?:had|has|have)\s+no\s+(?:information|data|reports?)\s+(?:about|on|of)\s+(?:any\s+)?(?:shooting|shots|fire|"
    r"gunfire|shelling|incident|clash)[^.;]{0,100}|"
    # "nobody there had heard any shooting in those days", "no shots have been heard since"
    r"(?:no one|nobody|none of them)\s+(?:there\s+)?(?:had\s+|has\s+)?heard\s+(?:any\s+)?(?:shooting|shots|gunfire|"
    r"explosions?|shelling)[^.;]{0,80}|no (?:shooting|shots|gunfire|explosions?|shelling) (?:(?:was|were|has been|have been|"
    r"had been)\s+)?heard[^.;]{0,80}|"
    r"(?:recorded|registered|reported|heard|observed|seen|saw) no (?:shooting|shots|gunfire|shelling|clash(?:es)?|"
    r"fighting|violations?)[^.;]{0,80}|"
    # a denial: "its units did not use any drones on the Batken section"
    r"(?:did not|didn't|never|had not|has not|have not) (?:use|open|fire|shell|attack|launch|strike|cross)\w*[^.;]{0,80}|"
    # ... a translation's passive: "unmanned aerial vehicles of the Kyrgyz side were not used in the area of
    # Samarkandek aiyl okmotu", "weapons were not applied"
    r"(?:drones?|unmanned aerial vehicles?|uavs?|quadcopters?|weapons?|firearms|arms)\b[^.;]{0,40}?\b(?:were|was|had been|"
    r"have been|has been) not (?:used|applied|employed|launched)[^.;]{0,80}|"
    r"(?:telegram|social media|videos?|posts?|channels?)\b[^.;]{0,40}\bclaim\w*\s+that[^.;]{0,150}|"
    r"(?:rumou?r\w*|fake|false reports?|disinformation)\b[^.;]{0,100}|"
    # ... a translation's "the information spread in messengers about the moving of heavy equipment ... near Khistevarz"
    r"(?:information|reports?|messages?|posts?)\s+(?:that\s+)?(?:spread|circulated|shared|posted|appeared)\s+(?:in|on|via|through)\s+"
    r"(?:the\s+)?(?:messengers?|social\s+(?:media|networks?)|whatsapp|telegram|facebook)\b[^.;]{0,160}|"
    # an exercise's scenario: "under the scenario of the drill, an earthquake ...", "simulated casualties"
    r"(?:scenario|legend) of the (?:drill|exercise)s?[^.;]{0,200}|(?:simulated|mock|notional)\s+[^.;]{0,80}|"
    # "an evacuation drill for an earthquake and an escalation on the border"
    r"(?:evacuation|civil[- ]defen[cs]e|emergency) (?:drill|exercise)s?\b[^.;]{0,160}|"
    r"protest notes?|notes? of protest|(?:lodged|handed|sent|delivered|issued) (?:a |an )?(?:formal )?protest|"
    # "Radio Ozodi recalls how Vorukh and its neighbours became a flashpoint": a look back
    r"(?:recalls|recall|looks back at|look back at) how\b[^.;]{0,200}|"
    r"protested to|ceasefire (?:talks|negotiations|agreements? (?:was|were) (?:signed|discussed))|"
    r"talks on (?:a )?ceasefire|(?:to|would|will|could|may|might|must|should) (?:not )?"
    r"(?:attack|fight|shell|clash|escalate|fire|withdraw|pull back)\w*|"
    r"prevent (?:further )?(?:clashes|violence|escalation|fighting|hostilities)|"
    # "neither border service has reported a single shooting", "disputes ... not about stones and guns"
    r"(?:neither|no)\b[^.;]{0,40}?\b(?:has|have|had)\s+(?:reported|recorded|registered)\s+(?:a single|any)\s+[\w-]+|"
    # "Residents of the Kadamjay district ... were not evacuated": no one moved
    r"\b(?:were|was|have been|had been)\s+not\s+(?:evacuated|relocated|moved out)\b|"
    # ... "Over the past four months not a single shooting has been recorded on the Kyrgyz-Tajik border"
    r"not\s+(?:a\s+)?single\s+(?:shooting|shot|incident|clash|shelling|violation)s?\s+(?:has|have|had|was|were)\s+"
    r"(?:been\s+)?(?:recorded|registered|reported)[^.;]{0,80}|"
    # "gathered in Batken on October 8 to mark two years and one month since the fighting, in which 63 Kyrgyz
    # citizens were killed": a commemoration
    # (up to a clause of news beside it: "..., as a stone-throwing attack near ... Kok-Tash over the weekend")
    r"to\s+mark\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:years?|months?|anniversary)\b"
    r"(?:(?!,\s+(?:as|while|when|but|after)\b)[^.;]){0,120}|"
    # the remains of one killed long ago, reburied: "the remains of a serviceman killed in the September 2022 fighting
    # were reburied in Tash-Tumshuk"
    r"\bremains\s+of\b[^.;]{0,160}?\b(?:(?:were|was)\s+)?(?:re)?buried\b[^.;]{0,80}|"
    r"\b(?:re)?buried\s+(?:the\s+)?remains\s+of\b[^.;]{0,200}|"
    # prayers for the dead: "prayers were read in the mosques of Kyzyl-Kiya for those killed"
    r"(?:prayers?|(?:the\s+)?(?:quran|koran))\s+(?:(?:was|were)\s+)?(?:read|recited|said|offered|held)\b[^.;]{0,60}?"
    r"\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dead|fallen|victims|those\s+(?:killed|who\s+died))\b|"
    r"not about\s+[^.;,]{0,40}|"
    r"threat of (?:violence|clashes|fighting)|risk of (?:violence|clashes|fighting)|"
    r"fear(?:s|ed)? of (?:new )?(?:violence|clashes|fighting)|avoid (?:violence|clashes|bloodshed)|"
    # a denial of a part in an event told before: "residents of Arka had nothing to do with the arson in Khistevarz"
    r"(?:had|have|has)\s+nothing\s+to\s+do\s+with\b[^.;]{0,80}|"
    # ... "residents fear an escalation on the border", "fearing renewed clashes"
    r"(?:fear(?:s|ed|ing)?|afraid of|worried about)\s+(?:an?\s+|the\s+|a\s+possible\s+|possible\s+)?(?:new\s+|renewed\s+)?"
    r"(?:escalation|violence|clashes|fighting|shooting|war)\b|"
    # ... "The family of the dead teenager in Andarak was visited by the akim"
    r"(?:famil(?:y|ies)|relatives|memory|memorial|graves?|names|victims) of (?:those|the) (?:killed|dead|deceased|who died)|"
    # "a minute of silence was held at schools in Ak-Sai in memory of all those killed defending the border"
    r"in memory of[^.;]{0,100}|minutes? of silence|commemorat\w*|"
    # "a mourning rally dedicated to the second anniversary of the armed conflict": a commemoration
    r"(?:mourning|memorial|remembrance) (?:rally|ceremony|service|event|meeting)[^.;]{0,120}|"
    # "Flags flew at half-mast in Isfara on Tuesday, which the city administration declared a day of mourning for
    # two residents killed in a shooting ... near Chorkuh": the mourning's town, not the shooting's
    r"(?:days? of (?:national )?mourning|half-mast)[^.;]{0,160}|"
    # "in Kok-Tash the sound of the blast was at first taken for gunfire"
    r"(?:sound|noise|bang) of (?:the |an? )?(?:blast|explosion|shots?|gunfire)\b[^.;]{0,80}?\b(?:taken|mistaken|mistook)"
    r"[^.;]{0,40}|(?:mistaken|mistook\s+[^.;]{0,40}?)\s+for\s+(?:gunfire|shooting|shelling|shots)|"
    r"(?:\w+ )?anniversary of (?:the )?[^.;]{0,60})\b",
    re.I,
)

#: ACLED sub-event types chosen by cue over the type's default.
SUB_EVENT_CUES: dict[str, re.Pattern[str]] = {
    "Remote explosive/landmine/IED": lazy_compile(r"\b(landmines?|mines? (?:blast|explo\w+)|mine|IEDs?|unexploded|"
                                                r"ordnance|old (?:[\w-]+ )?shell|"
                                                # "Leftover Shell Explodes In Border Village", "a round
                                                # left over from the 2022 fighting"
                                                r"leftover (?:[\w-]+ )?(?:shell|round|mine|grenade)|"
                                                r"(?:shell|round|mine|grenade)s? left (?:over )?from|"
                                                r"improvised explosive|stepped on)\b", re.I),
    "Arrests": lazy_compile(r"\b(detain\w*|detention|arrest\w*)\b", re.I),
    "Violent demonstration": lazy_compile(r"\b(stones|stone-throwing|stoned|stoning|pelted|brawl|mass fight|scuffle\w*|"
                                        # "was hit on the head by a stone during a fight between teenagers"
                                        r"(?:by|with) (?:a |thrown )?(?:stone|rock|brick)|threw (?:a )?(?:stone|rock)|"
                                        # "beat two shepherds with sticks"
                                        r"(?:beat\w*|attacked|hit)\s+(?:[\w-]+\s+){0,3}?with (?:sticks|clubs|stones|rocks)|"
                                        # "struck the citizens with rifle butts"
                                        r"(?:with|by)\s+(?:(?:their|a|the)\s+)?rifle[- ]butts?|"
                                        # "about 30 people armed with sticks and pitchforks"
                                        r"(?:armed with|wielding) (?:[\w-]+ ){0,2}?(?:sticks|clubs|pitchforks|shovels|"
                                        r"spades|hoes|knives|metal (?:rods|bars))|"
                                        # "a quarrel over the order of drawing water ... turned into a fight"
                                        r"(?:quarrel|argument)\w*[^.;]{0,100}?\b(?:turned|grew|escalated) into a fight|"
                                        r"fist-?fights?|fist fights?|punch-ups?|fisticuffs|came to blows|"
                                        # "No weapons were used; the men fought with their fists"
                                        r"fought (?:each other )?with (?:their )?(?:bare )?(?:fists|hands|sticks|"
                                        r"stones|clubs)|"
                                        r"set (?:on )?fire|torched)\b", re.I),
}

#: Shots and weapons: a brawl whose clause names none of them is no armed clash.
FIREARMS = lazy_compile(
    r"\b(shoot\w*|shot|shots|gunfire|gunshots?|fired|firing|open(?:ed)? fire|weapons?|guns?|rifles?|"
    r"machine-?guns?|automatic|grenades?|exchange of fire|exchanged fire|firefights?|gunfights?|shootouts?|"
    r"bullets?|sniper\w*|mortars?|shell\w*|artillery|rockets?|drones?)\b", re.I)

#: A past war pointed back to: "That conflict killed around 100 people", "in those clashes".
PAST_WAR_ANAPHOR = (r"(?:that|those) (?:conflict|war|fighting|clash(?:es)?|flare-up|escalation)"
                    # a past story told on: "Then came April 2021. ... Seventeen months later the fighting returned"
                    r"|(?:(?<=[.!?]\s)|(?<=\n))(?:some\s+|about\s+|nearly\s+|almost\s+)?(?:a|[\w-]+)\s+"
                    r"(?:months|years|year)\s+later\b"
                    # ... "in the four days of fighting that September" (not "that may", "that march": words too)
                    r"|\bthat (?:january|february|april|june|july|august|september|october|november|december|"
                    r"spring|summer|autumn|winter)\b")
#: Words that make a clause background whatever its dates.
BACKGROUND = lazy_compile(
    # (not a name's history: "Uch-Bulak -- known as Churbek until last year --")
    r"\b(years? ago|decades? ago|(?<!until )(?<!till )last year|last month|"
    # a trial "over the fighting that broke out earlier this year at a disputed water intake"
    r"(?:clashes|fighting|violence|conflict|hostilities|incidents?)\s+(?:that|which)\s+(?:had\s+)?(?:erupted|broke out|"
    r"took place|happened|occurred)\s+earlier\s+this\s+year|"
    # "Kok-Tash and Ak-Sai suffered badly in the conflicts of past years"
    r"(?:conflicts?|clashes|fighting|wars?|hostilities)\s+of\s+(?:the\s+)?(?:past|previous|earlier|recent)\s+years|"
    # a year's statistics: "Since the beginning of 2025, border guards ... have detained 41 violators"
    r"since the (?:beginning|start) of (?:the|this) year|since the (?:beginning|start) of (?:19|20)\d\d|so far this year|"
    # "It is the first reported shooting on the Jabbor Rasulov section since ...": a comparison, not the event
    r"(?:is|was) the first (?:reported |recorded |such |deadly |serious |known )?(?:shooting|incident|clash|"
    r"exchange of fire|case|casualty|death)\b|"
    # "the border had remained calm in recent weeks, apart from the shooting near Beshkent": a passing reference
    r"(?:remained|had been|has been|was|stayed) (?:\w+ )?(?:calm|quiet|stable)\b[^.;]{0,80}?"
    r"(?:apart from|except for|save for|other than|with the exception of)|previous (?:clashes|conflicts?|fighting|incidents?|years?)|(?:previous|earlier|past) (?:ceasefires?|truces?|ceasefire (?:deals?|agreements?))|"
    r"earlier clashes|past clashes|in the past|(?:happened|occurred|erupted|broken out) (?:here )?before|(?:regularly|often|frequently|periodically|repeatedly) "
    r"(?:flare|erupt|break out|occur|clash|escalate|turn)\w*|again and again|"
    r"since (?:the )?(?:collapse|break-?up|fall|independence|soviet)|soviet (?:era|times|union)|"
    r"anniversary|recalled|in recent years|over the years|history of|historically|"
    # a place's past: "Maksat ... has lived through both of the wars that Kyrgyzstan and Tajikistan fought"
    r"(?:lived|lives|gone|went) through\b[^.;]{0,40}?\b(?:wars?|conflicts?|fighting|clashes)\b|"
    # a habit of years: "for years the two communities have shared, and fought over, the same roads"
    r"for (?:years|decades|generations|centuries)\b[^.;]{0,80}?\b(?:fought|clashed|quarrell?ed|feuded|argued)\b|"
    r"worst (?:since|in)|deadliest (?:since|in)|dating back|has claimed|have claimed|"
    # ... "has seen few incidents compared with Batken Province, where the worst violence between the two countries
    # took place": a comparison with the past
    r"(?:has|have) seen (?:few|fewer|no|little)\b|"
    r"recall(?:s|ed|ing)?|remember(?:s|ed)?|a year (?:after|since|on)|(?:months|weeks|years) (?:after|since)|"
    r"commemorat\w*|memorial|rebuilt|rebuilding|reconstructed|back then|in those days|"
    # "has lived with such nights since long before April, when fighting ... killed 55 people"; "a wall still
    # pocked by shrapnel": the past the place remembers
    r"(?:since\s+)?long before|still\s+(?:pocked|scarred|riddled|marked)|"
    # "At that time, ...": looking back; "... was visiting relatives at that time.": the moment just told
    r"at that time(?!\s*[.;!?])|"
    # "As AKIpress reported at the time, about 80 residents ... took part in the fight": the event reported back then
    r"reported at the time|"
    # "That conflict killed around 100 people": the war told just before
    + PAST_WAR_ANAPHOR + r"|"
    # "... saw some of the heaviest fighting in both conflicts": the two wars told just before
    # "at least five people ... have been killed by ordnance left from the 2021 and 2022 fighting": the old
    # munitions' toll over the years
    # (not "Two teenage boys have been wounded after an artillery shell left over from earlier fighting ... exploded":
    # today's blast)
    r"(?:have|has) been (?:killed|injured|wounded|maimed|hurt)\b(?:(?!\bafter\b)[^.;]){0,60}?\b(?:left|remaining) "
    r"(?:over )?from\b|"
    # ... "whose hospital treated many of the wounded in both of the recent wars"
    r"(?:in|during|of) (?:both|the two|these two|those two) (?:of the )?(?:(?:recent|last|past|previous) )?"
    r"(?:conflicts|wars|escalations|rounds of fighting)|"
    # a place's record: "install cameras on the sections that saw the most violence, near Vorukh, Ak-Sai and Kök-Tash"
    r"(?:that|which) (?:saw|have seen|has seen|had seen) (?:the|some of the) (?:most|worst|heaviest|deadliest) "
    r"(?:violence|fighting|clashes|shelling)|"
    # a tally of years: "at least 11 civilians ... have been killed or wounded by explosive remnants ... since the
    # 2022 fighting"
    r"since the (?:(?:19|20)\d\d|(?:april|september) (?:(?:19|20)\d\d )?)\s*(?:fighting|war|conflict|clashes|hostilities|escalation)|"
    # "Kyrgyz officials put their country's toll from that week at 63 killed": the week told before
    r"(?:from|of|during) that (?:week|month|year|spring|summer|autumn|fall|winter)|"
    r"(?:killed|died|evacuated|wounded|displaced|injured)\s+then|"
    r"(?:restored|repaired) (?:the )?(?:homes?|houses?|schools?|buildings?|bridges?|market)|"
    # "Of the 1,132 houses damaged or destroyed, 1,074 have been restored": the rebuilding after a war
    r"(?:have|has|had) been (?:restored|repaired))\b",
    re.I,
)

#: Shots that fight no one: a brawl told with them is no armed clash (firearms said not to be used are
#: ``NOT_EVENT``'s, blanked before this is read).
HARMLESS_FIRE = lazy_compile(
    r"\b(?:(?:fired|firing|fire)\s+)?(?:several\s+|a\s+few\s+|two\s+|three\s+)?warning\s+shots?(?:\s+(?:into|in)\s+the\s+air)?|"
    r"\bshots?\s+(?:were\s+)?fired\s+(?:into|in)\s+the\s+air\b"
    # ... "border guards who arrived at the scene fired into the air to make the crowds disperse", "The Kyrgyz side did
    # not return fire"
    r"|\b(?:fired|firing|fire)\s+(?:[\w-]+\s+){0,2}?(?:into|in)\s+the\s+air\b"
    r"|\b(?:did\s+not|didn['’]t|had\s+not|has\s+not)\s+return(?:ed)?\s+(?:the\s+)?fire\b"
    # ... police dispersing a crowd: "who used sound grenades to disperse the crowd", "stun grenades", "tear gas"
    r"|\b(?:sound|stun|flash|noise|light-and-sound)\s+grenades?\b|\btear\s+gas\b|\brubber\s+bullets?\b"
    # ... and gunfire said to have hurt no one: "No one was hurt by gunfire"
    r"|\b(?:no one|nobody|none)\s+(?:was|were)\s+(?:hurt|injured|wounded|hit)\s+by\s+(?:gunfire|bullets?|shots|fire)\b"
    # ... and gunfire said not to have happened: "no shots were fired", "nobody fired", "not a single shot"
    r"|\bno\s+shots?\s+(?:was|were|had\s+been)\s+fired\b|\b(?:no one|nobody)\s+(?:fired|opened\s+fire)\b"
    r"|\bnot\s+(?:a\s+single|one)\s+shot\b|\bwithout\s+(?:a\s+(?:single\s+)?)?shots?\s+(?:being\s+)?fired\b",
    re.I)

#: How long after the event the sentence's news came, the event named by a noun ("a day after a stone-throwing
#: incident", "hours after the shooting"; not "five days after he was shot", "the day after Arka came under fire":
#: a verb's clause is the event told itself).
_EARLIER_EVENT_AFTER = (r"(?:(?:a|one|two|three|four|five|several|\d+)\s+days?|(?:the\s+)?day|hours)\s+after\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:incident|shooting|shoot-out|clash|brawl|fight|stone-throwing|attack|"
                        r"skirmish|exchange of fire|shelling|firefight|scuffle)s?\b")
#: A clause that tells the earlier event the sentence's news follows (", a day after a stone-throwing incident").
#: A clause's time told as the last day's: 'the same night', 'that evening'.
SAME_TIME = lazy_compile(r"\b(?:the same (?:night|day|evening|morning|afternoon)|(?:later |early )?that (?:night|evening|"
                        # "... became clear on 2 March. That afternoon, men from Katran ... began putting up a fence"
                        r"afternoon|morning|day))\b", re.I)

EARLIER_EVENT_OPENING = lazy_compile(r"[\s,]*(?:" + _EARLIER_EVENT_AFTER + r")", re.I)

#: Where a sentence splits into clauses (the break belongs to the later clause).
CLAUSE_BREAK = lazy_compile(
    # (not a relative aside between a subject and its verb: "Two other Kyrgyz servicemen and a 58-year-old woman,
    # whose house on the edge of Kulundu was hit, were wounded")
    # (nor a dash between a place and its counts: "Ovchi-Kalacha jamoat – 2 killed ..., 6 wounded")
    r";|\s[—–]\s(?!\d[\d,.]*\s+(?:killed|dead|wounded|injured|hurt)\b)|\s--\s|"
    r",\s+(?:(?:which|whose)\b(?![^,;.]{1,80},\s+(?:were|was|had been|have been|has been)\s)|"
    r"(?:when|while|whereas|although|though)\b)|"
    # "About 1,150 women and children were evacuated from Kulundu ... while Kyrgyz and Tajik border guards
    # exchanged fire near neighbouring Maksat": another subject's event (not "wounded while cutting hay")
    r"\swhile\s+(?=(?:the\s+|a\s+|an\s+)?(?:kyrgyz|tajik|border|guards?|troops|servicem[ae]n|soldiers|forces)\b)|"
    # "mortar rounds hit Kara-Bak on Tuesday evening, and on Wednesday a firefight broke out at Kyzyl-Bel"
    r",\s+and\s+(?=(?:on|late on|early on)\s+" + WEEKDAY_NAMES + r"\b|"
    r"(?:the )?next (?:day|morning)\b|a day later\b)|"
    r"\s(?:since|compared (?:with|to)|unlike|similar to|reminiscent of)\s|"
    # "Lorries stopped crossing ... at Kyzyl-Bel on Thursday morning, a day after a stone-throwing incident near
    # ... Western Kalacha": the earlier event the news follows, with its own place
    r",\s+(?=" + _EARLIER_EVENT_AFTER + r")|"
    # a comparison ("fewer wounded than in 2021", "less than three weeks after the worst fighting"), not a
    # count ("more than 50 servicemen")
    # (the space first, then the look-behinds: a character class fails fast at every other position)
    r"\s(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)(?<!\bother\s)than\s|"
    r"\s(?:more|less)\s+than\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|\d+)\s+"
    r"(?:weeks?|days?|months?|years?|hours?)\b)|"
    r",\s+(?:the worst|the deadliest|the first|the most serious|the biggest)\b|"
    # "A clash near Vorukh in 2014 left several border guards wounded, but this week's violence was the
    # deadliest ...": the past set against the present
    r",\s+but\s+(?=(?:this|these|the latest|the recent|today['’]s|yesterday['’]s)\s)|"
    r"\s(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|left|claimed)\b|"
    # "…, killing one border guard, and a shell struck a school in Samarkandyk, wounding three":
    # a second strike with its own place and toll
    r",\s+and\s+(?=(?:a|an|the|another|two|three|several|one)\s+(?:[\w-]+\s+){0,2}?(?:shells?|mortars?|rockets?|"
    r"drones?|mines?|projectiles?|missiles?)\s+(?:also\s+)?(?:struck|hit|landed|exploded|fell|damaged)\b)",
    re.I,
)

#: A sentence that opens with the other side's version of the event told before: its places are that event's.
OTHER_VERSION = lazy_compile(
    r"[\s\"“]*(?:according to (?:the |their |its )?(?:(?:tajik|kyrgyz)(?: side's)? )?(?:version|account)|"
    r"in (?:the |their |its )?(?:(?:tajik|kyrgyz)(?: side's)? )?(?:version|account)|"
    r"(?:the )?(?:tajik|kyrgyz) (?:side's )?version)\b", re.I)

#: The other side's account of the event told before, announced ("The Tajik side gives its own version of events.",
#: "Kyrgyzstan's border service gave a different account."): the people it counts hurt at home were hurt in that event.
OTHER_ACCOUNT = lazy_compile(
    r"\b(?:gave|give|gives|giving|offered|offers|had|has|presented|told)\s+(?:a\s+|its\s+|their\s+)?(?:own\s+)?"
    r"(?:different|differing|contrasting|conflicting|other|opposite)\s+(?:account|version|story)|"
    r"\b(?:gave|gives|give|offered|offers|presented)\s+(?:its|their)\s+own\s+(?:account|version)\b", re.I)

#: A drone that attacks: its attack is the drone strike, not a clash of people ("a drone attacked a car").
DRONE_ATTACK = lazy_compile(
    r"\b(?:drones?|uavs?|unmanned (?:aerial )?(?:vehicles?|aircraft))\b[^.;]{0,100}?\b(?:attack\w*|struck|targeted)\b",
    re.I)

#: A clause that tells a protest after the fire at its place, told apart by day ("Residents of Arka blocked the
#: highway on Saturday, the day after Arka came under fire"). Group ``after`` spans the phrase that tells the fire.
PROTEST_AFTER_FIRE = lazy_compile(
    r"\b(?:block(?:ed|ing)|protest(?:ed|ing)|rallied|picketed)\b[^.;]{0,160}?(?P<after>\bthe day after\b[^.;]{0,60}?"
    r"\b(?:came under fire|was (?:shelled|fired on|fired upon)|shooting|shelling|exchange of fire|gunfire)\b)", re.I)

#: A clause that tells a ceasefire agreed after the fire at its place: the agreement is an event of its own, the
#: fire another ("agreed on Monday on a complete ceasefire near the village of Khistevarz, after an exchange
#: of fire there on Sunday evening"). Group ``after`` spans the phrase that tells the fire.
TRUCE_AFTER_FIRE = lazy_compile(
    r"\b(?:agreed|agree|signed|reached)\b[^.;]{0,100}?\b(?:cease-?fire|truce|withdrawal|pull-?back)\b[^.;]{0,160}?"
    r"(?P<after>\b(?:after|following)\b(?:\s+[\w-]+){0,3}?\s+(?:exchanges? of (?:fire|gunfire)|clash\w*|shoot\w*|"
    r"firing|gunfire|shelling|skirmish\w*|fighting)\b[^,;.]*)", re.I)

#: An analysis or explainer, named at the very start of its headline ("Why the Kyrgyz-Tajik Border Keeps
#: Catching Fire", "Explainer: ...", "Analysis: ..."): the crisis it looks back on is told as background, and
#: only what it reports from the last week is news.
ANALYSIS_HEADLINE = (r"^[\W_]*(?:why\b|explainer\b|explained\b|(?:news\s+)?analysis\s*[:|–—-]|opinion\s*[:|–—-]|"
                     r"commentary\s*[:|–—-])")

#: A clause that revises a toll: the figure supersedes the earlier one of the article.
#: A headline that looks back: the article's undated clauses are background.
RETROSPECTIVE = lazy_compile(
    ANALYSIS_HEADLINE + r"|\b(?:anniversary|(?:a|one|two|three|four|five|\w+) years? (?:after|on|since)|years after|"
    r"looking back|remembering|"
    # a chronicle of past conflicts: "Vorukh: a chronicle of conflicts"
    r"chronicle of (?:the )?(?:conflicts|clashes)|"
    # a look back at a past war: "what the 2022 war changed", "the legacy of the 2021 clashes"
    r"what the (?:19|20)\d\d (?:war|conflict|fighting|clashes|events) (?:changed|left|meant|taught)|"
    r"(?:lessons|legacy|legacies|memories|scars|wounds) of the (?:19|20)\d\d (?:war|conflict|fighting|clashes|events)|"
    # a memorial: "In Leilek, the names of 2022 are read aloud", "A memorial wall to the dead of 2022"
    r"memorials?|commemorat\w*|in memory of|names of (?:the )?(?:dead|fallen|victims|(?:19|20)\d\d)|"
    # the rebuilding of what a past year's war destroyed: "Kyrgyzstan finishes rebuilding villages hit in 2022"
    r"(?:rebuil|reconstruct|restor)\w*\b[^.]{0,60}?\b(?:in|of|since)\s+(?:19|20)\d\d)\b", re.I,
)

#: A speaker named by a pronoun: the side named in the sentence before is the claimant.
SPEECH_PRONOUN = lazy_compile(
    r"\b(?:according to (?:it|them|him|her)|(?:in|according to) (?:its|their) (?:version|account)|(?:it|they|he|she) (?:also )?(?:said|says|say|added|reported|claimed|claims|claim)|"
    r"(?:its|their) (?:figures?|data|count|statement|toll)|"
    # (not a body named in full: "According to the Ministry of Health, three residents ...")
    r"according to the (?:agency|service|ministry|department|committee|statement|report|press release)(?!\s+(?:of|for)\b)|"
    r"the (?:same\s+)?(?:agency|service|ministry|committee|statement) (?:also )?(?:said|says|added|reported|claimed|claims|"
    r"asserted|alleged)|"
    # "The statement calls the Kyrgyz residents the instigators and claims that ..."
    r"^\s*the (?:same\s+)?(?:statement|report|note|press release)\b[^.;\"“]{0,80}?\b(?:said|says|added|reported|claimed|claims|"
    r"asserted|alleged)|"
    # "At midday the spokesman raised the number of wounded civilians from two to three"
    r"the (?:same )?spokes(?:man|woman|person))\b",
    re.I,
)

#: The sentence before a correction's figures: "An earlier version of this story said five people were
#: injured ... |Three people were injured".
CORRECTION_BEFORE = lazy_compile(r"(?:\ban? (?:earlier|previous|original) version of this (?:story|article|report)|"
                                r"\bthis (?:story|article|report) has been (?:corrected|updated)|"
                                # ... a live entry's, after its time: "1205 GMT - CORRECTION: An entry at 0345 GMT said"
                                r"(?m:^)\s*(?:\**\d{1,2}[:.]?\d{2}(?:\s*(?:GMT|UTC))?\**\s*[-–—:]?\s*)?\**correction(?:\s*:\**|\**\s*:)|"
                                # ... a source's own: "The Office ... has corrected its earlier information"
                                r"\b(?:has|have) corrected (?:its|their) (?:earlier|previous|initial) "
                                r"(?:information|report|data|figures|statement))", re.I)

#: A report about an event the article told before: "the Border Service updated its figures on the fight near
#: Kara-Shibak" (its day is the report's, not the fight's).
REPORT_ABOUT = lazy_compile(
    r"\b(?:updated|revised|clarified|corrected|gave|released|reported on)\s+(?:its\s+|their\s+|the\s+|new\s+)?"
    r"(?:figures|data|information|details|toll|account)\s+(?:on|about|for|of)\s+the\s+"
    r"(?!(?:new|second|another|fresh)\b)(?:[\w-]+\s+){0,2}?(?:fight|brawl|clash|shooting|explosion|blast|incident|attack|"
    r"shelling)\b"
    # a question or a comment about it: "Asked about the shooting near Surkh, he said"
    r"|\b(?:asked about|commenting on|in response to (?:a )?questions? about)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fight|brawl|clash|shooting|explosion|blast|incident|attack|shelling)\b"
    # a visit to its aftermath: "A government commission on Wednesday inspected the aftermath of the shelling of"
    r"|\b(?:inspected|surveyed|assessed|viewed|visited)\s+(?:the\s+)?(?:aftermath|damage|consequences)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fight|brawl|clash|shooting|explosion|blast|incident|attack|shelling)\b", re.I)

#: At a clause's end: the next words revise its figures ("; on 16 March the ministry revised these figures").
#: A sentence that only names who told the one before: "This was reported by the border service".
TOLD_BY_NEXT = lazy_compile(r"\s*(?:this|that|the information) (?:was|has been) (?:reported|announced|confirmed|stated) by\b", re.I)
#: (not ", while Tajik authorities have raised the number of their citizens hurt": another side's count)
REVISES_PREVIOUS = lazy_compile(r"(?![;,]?[ \t]*(?:while|whereas)\b)"
                              r"[;,]?[ \t]*[^.;\n]{0,80}?\b(?:revised|corrected|updated|lowered|raised|amended)\s+"
                              r"(?:these|those|the|its|their|this|that)\s+(?:figures?|numbers?|tolls?|data|counts?)\b"
                              # "Overnight the district spoke of four injured|, but in the morning the health department
                              # clarified that three ...": the count that follows corrects it
                              r"|[;,][ \t]*but\s+(?:[\w-]+\s+){0,6}?(?:clarified|specified)\s+that\b",
                              re.I)
#: A clause that reports an earlier, outdated figure.
SUPERSEDED = lazy_compile(
    # "An earlier entry mistakenly said 1,460 people had been evacuated"
    r"\b(mistakenly (?:said|reported|stated|gave)|erroneously (?:said|reported|stated|gave)|"
    # "The data published on July 11 (3 dead, 10 wounded) have been clarified"
    r"data (?:published|released|given|reported) (?:on|earlier|yesterday)\b|"
    r"initially|at first|first reports?|initial reports?|first reported|first said|(?:its|their|the|an?) (?:first|initial|earlier) statement|earlier reports?|had put|previously reported|had earlier|had reported|"
    # "Earlier, the Internal Affairs Department of Batken region reported three injured"
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*earlier,\s+(?:[\w'’.-]+\s+){1,10}?(?:reported|said|spoke of|put)\b|"
    # "Kabar's first item said "more than 100 residents" had been taken out of the village"
    r"(?:first|initial|earlier) (?:item|post|bulletin|news item|dispatch|flash) (?:said|had said|reported|spoke of|put)|"
    # a live blog's own earlier entry: "In our 17:55 entry we reported, citing ..., that a Tajik border guard had
    # been killed"
    r"in (?:our|an?|the) (?:\d{1,2}[:.]\d{2}|earlier|previous|first) (?:entry|post|update) (?:we|it) (?:had )?(?:reported|said|wrote)|"
    r"we (?:had )?(?:earlier|previously|initially) (?:reported|said|wrote)|"
    # "On Tuesday the service had given a toll of two dead and three wounded"
    r"had given (?:a |an |the |its )?(?:(?:earlier|initial|first|preliminary) )?(?:death )?toll|"
    r"(?:as|than) (?:first|initially|earlier|previously) (?:announced|reported|stated|said)|"
    # ... 'An earlier version, based on a relative's Facebook post, said that one of the two herders had died'
    r"an? (?:earlier|previous|original) version(?:,[^,.;]{1,80},)?\s+(?:said|reported|stated)|"
    r"had said|earlier (?:said|reported|put)|originally|an? (?:earlier|previous) version of (?:this|the) "
    # ... "An earlier version of the 24.kg report, reposted by several ... Telegram channels, spoke of two wounded"
    r"(?:[\w.-]+\s+)?(?:story|article|report)|initially reported|(?:have|has|had) since been (?:revised|updated|corrected)|"
    r"(?:previous|earlier|last) (?:update|bulletin|report)|(?:flash )?update no\.? ?\d+ \(?[^.;]{0,20}?\)? ?reported|"
    # a rumour's figure before the official one: "Some Telegram channels wrote on Wednesday about three wounded"
    # ... "Posts on social media on Monday night spoke of "three dead""
    r"(?:telegram channels?|social (?:media|networks)|bloggers)(?:\s+(?:on|in|late|early|that|this|last|\w+day|"
    r"night|morning|evening|afternoon)){0,4}\s+(?:wrote|reported|claimed|said|spoke)(?: of)?|"
    # a relative's post the officials then contradicted: "when a nephew posted that his uncle had "died in Tajik
    # captivity""
    r"\bposted\s+(?:on\s+[\w-]+\s+)?that\b|"
    # "Earlier today Kaktus.media, citing relatives, reported that three people had been injured"
    r"earlier (?:today|on \w+|this morning|this week)\s*,?\s+(?:[\w.,-]+\s+){0,5}?(?:reported|said|wrote)|"
    # ... at the clause's opening: "Earlier Kaktus.media, referring to residents, informed that "three children
    # were injured""
    r"^\W*earlier\s*,?\s+(?!(?:this|that|in|on|last|the|a)\b)(?:[\w.,-]+\s+){0,5}?(?:reported|said|wrote|informed|claimed)|"
    # a figure the official source did not confirm: "Reports of three dead ... were not confirmed"
    r"(?:did|could) not confirm|(?:were|was|have not been|has not been) not confirmed|spread on social (?:media|networks))\b",
    re.I,
)

REVISION = lazy_compile(
    r"\b(rose to|risen to|rises to|climbed to|increased to|jumped to|grew to|has grown to|"
    # "Thus, as a result of the shelling, 2 citizens ... have died": the article's own conclusion
    r"thus(?=,)|"
    # a total after its parts: "Four residents ... who were hospitalised ... have been discharged ... seven residents
    # of Kulundu in total sought medical help"
    r"in total(?=\s+(?:sought|were|was|have|has|had|received|suffered)\b)|"
    # "Police now say that one person was slightly injured during the shooting" (after "No one was hurt")
    r"(?<!who )now (?:say|says|report|reports|confirm|confirms|put|puts|counts?|lists?)\b|"
    # "By Thursday morning the ministry put the number at 1,460"
    # (not "Early Friday the ministry had put the toll at three dead": the earlier count; nor "The Border Service
    # ... put the toll at two killed and seven injured": a government's own toll)
    r"(?<!had )(?<!had earlier )(?:put|puts|placed|places) (?:the|its|their|that) (?:number|figure|count|total|"
    r"tally) at|"
    r"now stands at|stands at|stood at|now at|reached|(?<!since been )revised|(?<!since been )updated|"
    r"raised (?:the|its) (?:death )?toll|"
    # "late on November 15 it raised the figure to four wounded"
    r"(?:raised|lowered|revised|increased) (?:the|its) (?:figure|number|count|tally) to|"
    # "lowering its toll from the latest flare-up to two wounded and no dead"
    r"(?:lowering|raising|revising) (?:the|its) (?:death )?toll\b[^.;]{0,60}?\bto\b|"
    # "accused Kyrgyzstan of killing two civilians ..., raising its toll from an earlier statement": the count told
    # is the new one
    r"(?:lowering|raising|revising|raised|lowered|revised) (?:the|its|their) (?:death )?toll from\b|"
    r"(?:the|a) new toll|latest (?:toll|figures?|count|data)|final (?:toll|figures?|count|tally)|later said|updated figures?|"
    r"(?:toll|number) (?:has )?(?:risen|increased|climbed)|"
    # "This morning the figure was specified: in total, 1,815 residents of Maksat were evacuated"
    r"(?:figures?|toll|count|numbers?|data) (?:was|were|has been|have been|had been) (?:specified|clarified|refined)|"
    # "Later on Saturday, the Committee for Emergency Situations ... clarified that 420 residents of Chilgazi ...
    # had been taken out" (after "about 500")
    r"(?<!had )(?:clarified|specified) that|"

    # "a third Kyrgyz border guard has died (of his wounds)"
    r"(?:a|the) (?:second|third|fourth|fifth|sixth) (?:[\w-]+ ){0,3}?(?:has |had )?(?:died|dies|succumbed)|"
    # "A second Kyrgyz border guard was wounded in the shootout": the count of wounded is now two
    # (not "Two shepherds were killed and a third was wounded": one more person)
    r"(?<!and )(?:a|the) (?:second|third|fourth|fifth|sixth) (?:[\w-]+ ){0,2}?[\w-]+(?: (?:of|from) (?:the )?[\w'’-]+)?"
    r"(?:\s*,[^,;.]{1,60},)? (?:was|has been|had been) (?:wounded|injured|treated for)|"
    # "bringing the number of Tajik villagers killed to three", "taking the toll to 5"
    r"(?:bringing|bringing up|brings|brought|taking|takes|pushing|raising) (?:the )?(?:death )?(?:toll|number|total)\b"
    r"[^.;]{0,140}?\bto|"
    # "His death brings to three the number of Kyrgyz border guards killed"
    r"(?:bringing|brings|brought|taking|takes) to (?:[\w-]+ ){1,2}?the (?:death )?(?:toll|number|total)\b|"
    # "raising its earlier count of one wounded to two", "raised the number of wounded civilians from two to three"
    r"(?:raised|raising|increased|increasing) (?:the|its|their) (?:(?:earlier|initial|previous|first) )?"
    r"(?:count|number|tally|figure) of\b[^.;]{0,40}?\bto)\b",
    re.I,
)

#: Country code -> the words that name that side.
SIDES: dict[str, re.Pattern[str]] = {
    # UKMK: the Kyrgyz security committee; the local governments by their own words (a polpred, an akimiat and an
    # aiyl okmotu are Kyrgyz offices, a hukumat a Tajik one)
    "KG": lazy_compile(r"\b(kyrgyz\w*|kirghiz\w*|bishkek|kyrgyzstan\w*|ukmk|a[iy]y?l (?:okmotu|aima\w+)|akimiat|"
                       r"polpred\w*)\b", re.I),
    "TJ": lazy_compile(r"\b(tajik\w*|tadjik\w*|dushanbe|tajikistan\w*|k?hukumat|hakimiyat)\b", re.I),
}

#: Bodies that speak for one side without naming it (asked only when a claim names no side).
SPEAKERS: dict[str, re.Pattern[str]] = {
    "KG": lazy_compile(r"\bborder service\b", re.I),
    "TJ": lazy_compile(r"\bborder troops\b", re.I),
}

#: Words that make a figure cover both sides.
JOINT = lazy_compile(
    r"\b(both sides|both countries|the two countries|the two sides|each side|either side|combined|"
    r"overall|altogether|in total on|on both|between them|from both|two opponents|both parties|"
    r"(?:kyrgyz|tajik)\w* and (?:kyrgyz|tajik)\w*)\b",
    re.I,
)

#: Right after an unsided figure: one side's people counted among it ("three, including a Tajik guard").
JOINT_AFTER = lazy_compile(
    r",?\s*(?:including|among them|among whom)\s+(?:an?\s+|one\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:kyrgyz|tajik)"
    # "at least six people were wounded |on both sides| when ..."
    r"|\s+on\s+(?:both|the\s+two)\s+sides\b", re.I)

#: A figure phrase that gives the claimant's own side ("35 people were killed on its side").
OWN_SIDE = lazy_compile(
    # (a quoted official's "Three of our residents were injured")
    r"\b(on (?:its|their|our) (?:own )?side|(?:its|our) (?:own )?(?:citizens|nationals|servicem[ae]n|men|officers|"
    r"soldiers|border guards|guards|"
    r"troops|residents|civilians|herders|shepherds|villagers|farmers)|of (?:its|their) (?:own )?(?:citizens|nationals|servicem[ae]n|soldiers|troops|"
    # ... "the Isfara administration said two of its workers were bruised"
    r"border guards|guards|workers|residents|employees|staff)|"
    # ... a side's own statement: "Two servicemen of ours received gunshot wounds", "Five of ours were hurt"
    r"of ours|their (?:own )?(?:citizens|nationals|servicem[ae]n|soldiers|border guards|troops)|"
    # a Tajik official's "citizens of the republic"
    r"citizens of the (?:republic|country))\b", re.I)

#: Servicemen and ranks: a government's unsided figure of them counts its own ("a private was wounded,
#: according to the service").
OWN_FORCES = lazy_compile(
    r"\b(?:servicem[ae]n|service ?members?|soldiers?|border guards?|guards?|troops|conscripts?|sergeants?|"
    r"privates?|corporals?|lieutenants?|officers?|contract soldiers?|military personnel)\b", re.I)

#: Whose losses, not who speaks: "on the Tajik side", "on Kyrgyzstan's side".
LOSING_SIDE = lazy_compile(
    r"\bon (?:the )?(?:kyrgyz|kirghiz|tajik)\w*(?:['’]s)? side\b|"
    # ... or who attacked: "As a result of the provocation by the Tajik side, one serviceman ... was killed"
    # ... "the fire came from Tajik positions"
    r"\b(?:provocations?|aggression|attacks?|fire|shelling|shots)\s+(?:came\s+)?(?:by|from)\s+(?:the\s+)?"
    r"(?:kyrgyz|kirghiz|tajik)\w*(?:\s+(?:side|forces|servicemen|troops|military|border guards|positions))?\b|"
    # ... or who lost them: "the Tajik side suffered losses of at least two servicemen killed"
    r"\b(?:kyrgyz|kirghiz|tajik)\w*\s+(?:side|forces|troops|military)\s+[\"“]?(?:also\s+)?"
    r"(?:suffered|sustained|lost|had)\b|"
    # ... right before a figure that opens with the loss: "the Tajik side |lost two servicemen"
    r"\b(?:kyrgyz|kirghiz|tajik)\w*\s+(?:side|forces|troops|military)\s+(?:(?:has|had|have)\s+)?(?:also\s+)?[\"“]?$",
    re.I)

#: A side named as the one that suffered losses: 'the Kyrgyz side "also suffered losses, ... at least two
#: servicemen killed"', "losses on the Tajik side".
SIDE_LOSSES = lazy_compile(
    r"\b(?:kyrgyz|kirghiz|tajik)\w*(?:['’]s)?\s+(?:side|forces|troops|military|border guards|servicemen)\s+[\"“]?"
    # ... 'the Tajik side also has losses: two servicemen killed' (the Russian «имеет потери»)
    # ... "the Kyrgyz side had also suffered losses"
    r"(?:(?:also|too|likewise|had|has|have)\s+){0,2}(?:suffered|sustained|incurred|had|has|have)\s+(?:\w+\s+)?"
    r"(?:losses|casualties)\b|"
    # "the Kyrgyz side has up to four wounded"
    r"\b(?:kyrgyz|kirghiz|tajik)\w*(?:['’]s)?\s+(?:side|forces|troops|military)\s+(?:has|had|have)\s+(?=(?:up to|at least|"
    r"more than|about|some|over)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dead|killed|wounded|"
    r"injured)\b)|"
    r"\b(?:losses|casualties)\s+(?:on|of|among)\s+the\s+(?:kyrgyz|kirghiz|tajik)\w*\s+(?:side|forces|troops|military)\b|"
    # "Tajikistan's health ministry put its own toll at 16 dead and 87 wounded"
    r"\b(?:kyrgyz|kirghiz|tajik)\w*(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:put|gave|set)\s+(?:its|their)\s+own\s+"
    r"(?:death\s+)?(?:toll|losses|casualties)\b",
    re.I)

#: Reporting verbs: a side named before one, in the same clause, is the claimant of its figures.
SPEECH = lazy_compile(
    r"\b(said|says|say|told|reported|reports|announced|stated|claimed|claims|confirmed|denied|denies|"
    # the verb, not the noun ("the claim of five dead"): 'The Tajik border troops claim the Kyrgyz side "suffered
    # serious losses, at least five servicemen killed"'
    r"(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\btheir )(?<!\bits )(?<!\bhis )(?<!\bher )claim(?!\s+(?:of|by|was|is)\b)|"
    r"spoke of|according to|put (?:the|its|their)(?: own)? (?:death )?(?:toll|number|figure|count)|gave a toll|informed|"
    r"declared|quoted|"
    # "The State Committee for National Security in Dushanbe repeated on Friday that one of its border guards had
    # been wounded"
    r"repeated|reiterated|insisted|maintained|asserted|alleged|"
    # "The administration of Tajikistan's Sughd region ... gave a different account, saying that ..."
    r"saying(?=\s+that\b))\b",
    re.I,
)

#: The text before a date that only dates a statement: "..., the ministry reported on |Saturday",
#: "officials told reporters late on |Friday", "said in a statement on |Monday".
STATEMENT_DATE = lazy_compile(
    # ... "the office told Asia-Plus on Tuesday": an outlet's name may hold a hyphen
    r"\b(?:said|says|saying|reported|announced|stated|confirmed|added|declared|wrote|told (?:[\w-]+ ){0,2}?"
    r"(?:reporters|journalists|[\w-]+)|informed (?:\w+ ){0,2}?\w+|(?:said|announced) in a statement)"
    r"\s+(?:late |early )?(?:on |in a statement on |this |last )?"
    # ... "the Ministry of Health reported on Monday, |July 10"
    r"(?:" + WEEKDAY_NAMES + r",?\s+)?$"
    # a report's "as of" date, and the day a wounded person died: neither dates the attack
    r"|\bas (?:of|at) (?:\d{1,2}[:.]\d{2} (?:on )?)?$"
    # a quoted headline's time stamp: '24.kg ("Four residents of Beshkent injured in mass brawl", Tuesday, 09:12)'
    r"|[\"”]\s*,\s*$"
    # "In an update at 10 a.m. local time Thursday, it said seven people had been killed"
    r"|\b(?:an?|its|the|a later|a new|the latest)\s+(?:update|statement|bulletin|briefing)(?:\s+[\w.:’'-]+){0,5}?\s*$"
    # "in a statement released on Thursday at 09:30": the day the statement came out
    r"|\b(?:statement|communiqu[eé]|press release|note)\s*,?\s+(?:released|issued|published|distributed|posted)\s+"
    # ... "A statement released by the Tajik Foreign Ministry on April 28 says"
    r"(?:by\s+(?:[\w'’-]+\s+){1,6}?)?(?:late |early )?(?:on\s+)?$"
    r"|\b(?:died|succumbed)\b[^.;]{0,60}?\b(?:hospital|wounds|injuries)\b[^.;]{0,20}?\bon $"
    # "two more residents sought medical help on Tuesday morning": the day they were treated
    r"|\b(?:sought|asked for|turned for|went for) (?:medical )?(?:help|treatment|care|aid)\s+(?:late |early )?(?:on |this |last )?$"
    # ... "a 13-year-old ... was brought in this morning with a shrapnel wound": the day he reached hospital
    r"|\b(?:was|were)\s+(?:brought|admitted|taken)\s+(?:in|to (?:the )?hospital)\s+(?:late |early )?"
    r"(?:on |this |last )?$"
    # "violating the agreements reached on September 14": the day of an agreement, not of the attack
    r"|\b(?:agreements?|deals?|truce|ceasefire|accords?|protocols?|arrangements?)\s*,?\s+(?:(?:that|which)\s+"
    r"(?:was|were|had been|has been)\s+)?(?:reached|signed|agreed|concluded)\s+(?:on\s+)?$",
    re.I,
)

#: After a date that opens its clause: a speaker and a reporting verb make it the statement's date.
STATEMENT_DATE_AFTER = lazy_compile(
    # (not "a 67-year-old woman was reported wounded": the event, in the passive)
    # ... "On Thursday, however, the Isfara city health department told Asia-Plus that ..."
    r"\s*,?\s+(?:(?:however|meanwhile|in turn|though|also|later),\s+)?(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:[\w'’.-]+\s+){0,5}?(?:said|told (?:\w+\s+){0,3}?|"
    r"(?<!was )(?<!were )reported|confirmed|announced|"
    # ... "Tajikistan on Thursday accused neighbouring Kyrgyzstan of using a drone to attack a car"
    r"stated|added|wrote|clarified|(?<!was )(?<!were )(?:accused|blamed|alleged|claimed))\b(?!\s+(?:in|on|at)\b)"
    # "Tajikistan's Foreign Ministry on Friday handed a note of protest to ...": the day of the protest
    r"|\s*,?\s+(?:(?:has|had)\s+)?(?:handed|delivered|sent|lodged)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?note\s+of\s+protest"
    r"|\s*,?\s+(?:(?:has|had)\s+)?summoned\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:ambassador|envoy|charg[eé])"
    # "On Friday it corrected the figure: four residents ... received injuries"
    r"|\s*,?\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:corrected|revised|updated)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:figures?|toll|count|numbers?|information)\s*[:,]"
    # ... "On Thursday morning it raised the number of wounded to four"
    r"|\s*,?\s+(?:(?:morning|afternoon|evening)\s+)?(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:raised|lowered|increased|revised)\s+(?:the\s+|its\s+|their\s+)?(?:figures?|toll|count|numbers?)\b"
    # ... "This morning the figure was specified: in total, 1,815 residents ... were evacuated"
    r"|\s*,?\s+(?:the\s+)?(?:figures?|toll|count|numbers?|data)\s+(?:was|were|has been|had been)\s+"
    r"(?:specified|clarified|refined|updated|corrected|revised)\s*[:,]"
    # "The Tajik Foreign Ministry on Tuesday, July 18, issued a statement in which it accused ..."
    # ... "On Sunday, 14 April, the Border Service of the State Committee for National Security (GKNB) published a
    # statement saying that ..."
    r"|\s*,?\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’.()-]+\s+){0,10}?(?:issued|released|published|put out)\s+"
    r"(?:a\s+|an\s+)?(?:[\w-]+\s+)?statement\s+(?:in which|that|accusing|saying)\b"
    # "on Wednesday another resident went to the district hospital": the day of the visit
    r"|\s*,?\s+(?:[\w-]+\s+){0,4}?(?:went|came|turned up|was admitted|were admitted|sought (?:medical )?(?:help|treatment))"
    r"\s+(?:to\s+|at\s+)?(?:(?:a|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|doctors?)\b", re.I)

#: The text before a date that dates an earlier event the clause recalls ("where a similar incident took place on").
EARLIER_INCIDENT_DATE = lazy_compile(
    r"\b(?:where|when|as)\s+(?:a|an|the)\s+(?:similar|previous|earlier|last|another|deadly|smaller)\s+"
    r"(?:incident|clash|shootout|shooting|skirmish|exchange of fire|confrontation|fight)\s+"
    r"(?:had\s+)?(?:took place|taken place|occurred|happened|broke out|erupted)\s+(?:on\s+|in\s+|last\s+)?$", re.I)

_FORCES = r"(?:forces|troops|military|army|soldiers|servicemen|side|units|border guards?|border service)"
#: Actor label -> the words that name it in a clause.
ACTORS: dict[str, re.Pattern[str]] = {
    "Kyrgyz forces": lazy_compile(rf"\bkyrgyz(?:stan(?:'s|’s)?)?\s+(?:\w+\s+)?{_FORCES}\b", re.I),
    "Tajik forces": lazy_compile(rf"\btajik(?:istan(?:'s|’s)?)?\s+(?:\w+\s+)?{_FORCES}\b", re.I),
    "border guards": lazy_compile(r"\bborder (?:guards?|guard service|service|troops|posts?)\b", re.I),
    "civilians": lazy_compile(r"\b(civilians?|residents|villagers|children|schools?)\b", re.I),
}

#: One end of a road as named after "linking": "the regional capital", "the Tajik exclave of".
_ROAD_END = (r"(?:the\s+)?(?:(?:regional\s+|district\s+)?(?:capital|centre|center|town|city),?\s+)?"
             r"(?:(?:neighbou?ring|nearby|kyrgyz|tajik)\s+)*(?:(?:village|town|city|exclave|enclave)\s+of\s+)?")
ROLE_CUES = RoleCues(
    reporting_before=lazy_compile(
        r"\b(reporter|correspondent|journalist|bureau|reporting|stringer|news agency)\b"
        r"[^.;]{0,80}\b(in|from)\s+(the\s+)?([\w-]+\s+){0,3}$"
        # "a popular channel run out of Osh posted": where a channel or page is run from
        r"|\b(?:channel|page|account|group|outlet)\s+(?:run|based|operated|published)\s+(?:out\s+of|in|from)\s+$"
        # "speaking to Asia-Plus by phone from Isfara": where a source speaks from
        r"|\b(?:by (?:tele)?phone|speaking|spoke|calling)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$"
        # "According to the Department of Internal Affairs of Sughd region, the 38-year-old driver died": a body that
        # speaks for the region, named by it
        r"|\b(?:department|directorate|ministry|board|office|service|administration)\s+(?:of|for)\s+(?:internal\s+affairs|"
        r"the\s+interior|emergency\s+situations|emergencies|health|health\s+care|education|police)\s+(?:of|for|in)\s+"
        r"(?:the\s+)?$"
        # "Residents of Vorukh call relatives in Isfara and Dushanbe": where those told by phone are
        r"|\b(?:call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?|wr(?:ite|ote|iting))\s+(?:their\s+|his\s+|her\s+)?"
        r"(?:relatives|family|families|friends|parents|children|sons?|daughters?)\s+in\s+(?:the\s+)?$"
        # "some Telegram channels in Isfara had written that ...": where the channels are, not a scene
        r"|\b(?:telegram|whatsapp|facebook|instagram|tiktok|social[- ]media|online)\s+(?:news\s+)?"
        r"(?:channels?|pages?|groups?|chats?|accounts?|users?|bloggers?|outlets?)\s+(?:(?:popular|widely read|based)\s+)?"
        r"(?:in|from)\s+(?:the\s+)?$"
        # "A relative of the wounded man, reached by phone in Jirgatol, told RFE/RL": where a source was reached
        r"|\b(?:reached|contacted|interviewed)\s+(?:by (?:tele)?phone\s+)?(?:in|at)\s+(?:the\s+)?$"
        # a quotation's speaker placed: '"Every small fight here becomes a question of the state," said a teacher in
        # Vorukh'
        r"|[\"”]\s*,?\s*(?:said|says|told\s+[\w-]+|added)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:teacher|resident|villager|farmer|shopkeeper|trader|woman|man|elder|doctor|nurse|driver|pensioner|mother|"
        r"father|student|imam|mullah|neighbou?r)\s+(?:in|from|of)\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?$", re.I),
    government_before=lazy_compile(
        r"\b(government|authorities|officials?|ministry|president|presidential administration|governor|"
        r"mayor(?:['’]s office)?|city hall|akim|heads?|hokim|chairman|administration|parliament|leadership|kremlin|embassy|"
        r"leaders?|cabinet|"
        r"foreign ministry|spokesman|spokeswoman|mission|delegation|envoy|ambassador|statement|"
        # "According to the administration's press center in Khujand"
        r"press (?:cent(?:er|re)|service|office)|"
        r"commanders?|representatives?|chiefs?|court|prosecutor(?:'s office)?|"
        # "citing the Southern regional border department in Osh"
        # ... "the heads of the border departments of Kyrgyzstan's Batken region and Tajikistan's Sughd region"
        # ... "the heads of the border services of Kyrgyzstan's Batken region and Tajikistan's Sughd region met"
        r"departments?|directorate|headquarters|services|"
        r"(?:said|told (?:reporters|journalists|the press|media)|briefing|press conference|statement issued|statement released))\s+"
        # ... a local word for it in brackets: "The administration (hukumat) of Isfara city"
        r"(?:\((?:hukumat|hokimiyat|akimiat|aiyl okmotu|jamoat)\)\s+)?"
        # "commanders from Kyrgyzstan's Batken region and Tajikistan's Sughd region": the second too
        r"(?:issued\s+|released\s+|published\s+|made\s+)?(in|of|from)\s+(?:the\s+)?"
        # "an assistant to the mayor of the large city of Isfara": the office of a town
        # ... "a briefing in the regional center Batken"
        r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|district|province)\s+of\s+|(?:regional|district)\s+(?:cent(?:er|re)|capital),?\s+"
        # "the commanders of the border units of Sughd province and Kyrgyzstan's Batken region"
        r"|(?:the\s+)?(?:border\s+)?(?:units?|detachments?)\s+of\s+(?:the\s+)?)?"
        r"(?:(?:kyrgyzstan|tajikistan)['’]s\s+(?:[\w-]+\s+){0,2}?(?:and|и)\s+"
        r"|[\w-]+\s+(?:province|region|oblast|district)\s+and\s+)?(?:(?:kyrgyzstan|tajikistan)['’]s\s+)?$"
        # "The administration of Tajikistan's Isfara district, which governs |Vorukh|, said": the speaker's ground
        # ... "The administration of Isfara city, which covers |Lakkon|, said"
        r"|\b(?:administration|authorities|government|hukumat|district|municipality|city|town),?\s+(?:which|that)\s+"
        r"(?:governs|administers|runs|oversees|includes|covers)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
        # "The head of border protection in Kyrgyzstan's southern Batken Province, Adybek Nabiev, said": an office's
        # ground in an official's title
        r"|\b(?:heads?|chiefs?|commanders?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:protection|services?|troops|guards?|police|"
        r"departments?|directorate|administration|office|detachments?|forces)\s+in\s+(?:the\s+)?"
        r"(?:(?:kyrgyzstan|tajikistan)['’]s\s+)?"
        r"(?:(?:southern|northern|western|eastern|south-?western|south-?eastern)\s+)?$",
        re.I),
    speech_after=lazy_compile(
        r"^\s*(has\s+|had\s+|have\s+|also\s+|later\s+|on \w+\s+)?(said|says|say|claimed|claims|announced|"
        r"declared|accused|urged|stated|reported|blamed|insisted|denied|confirmed|called|warned|"
        r"responded|rejected|was merely|is merely|wants|demanded|protested|summoned|handed|sent|"
        r"lodged|expressed|condemned|officials|authorities|described|dismissed|proposed|"
        r"(?:regional|district|city|local|border|town) (?:officials|authorities)|"
        r"(?:and [A-Z][\w-]+ )?(?:border )?(?:detachments?|guards?|troops|service|garrisons?)|"
        # "the heads of the Batken and Sughd regional border units met in Ghafurov": units named after regions
        r"(?:and [A-Z][\w-]+ )?(?:regional|provincial|district) (?:border )?(?:units?|commands?)|"
        # "citing a source in the Sughd border department": an office named after its region
        r"border (?:department|directorate)|"
        r"(?:district |regional |city |town |central )?(?:administration|government|governor|mayor|hakimiyat|k?hukumat|"
        r"akimiat|police|"
        # "the Batken regional internal affairs directorate reported"
        r"internal affairs|interior|"
        # "the Batken regional department of internal affairs said"
        r"(?:department|directorate|office|board)\s+of\s+(?:internal\s+affairs|the\s+interior|emergency\s+situations|"
        r"health)|"
        r"prosecutor\w*|hospital|emergency|health|court)|"
        r"'s (?:foreign|defence|defense|interior|health|emergency)|ministry)\b"
        # a villager named by his home, quoted: '"Both sides took hostages ...," Andarak resident Mirlan Toktosunov, 61,
        # ... told RFE/RL's Kyrgyz Service'
        r"|^\s+(?:resident|villager|farmer|shepherd|herder|elder|teacher)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?"
        r",?(?:\s+\d{1,2},)?[^.;\"“”]{0,80}?\b(?:told|said|says)\b", re.I),
    speech_before=lazy_compile(r"\b(said|says|told|according to|quoted)\s+(that\s+)?(the\s+)?$", re.I),
    diplomacy=lazy_compile(
        r"\b(talks|summit|meeting|met|negotiat\w*|general assembly|united nations|fringes|"
        r"conference|visit\w*|mediat\w*|diplomat\w*|envoy|signed|treaty|"
        # a telephone conversation of leaders, not "spoke to his wife by mobile phone"
        r"(?:tele)?phone (?:call|conversation|talks)s?|telephoned|spoke by (?:tele)?phone|"
        r"protest note|note of protest|commission)\b", re.I),
    venue_before=lazy_compile(
        r"\b(talks|summit|meeting|conference|negotiations|visit|trip|met|meet|meets|mediation|"
        # ... "border talks between the two Central Asian neighbours resumed in the Kyrgyz city of Batken"
        # ... and a court's: "While the hearing was under way in Batken on Monday, ... residents blocked the road"
        # ... and where they habitually agree: '"They agree in Isfara, and we hear shooting at night"'
        r"consultations|signed|signing|session|commission|hearing|trial|agree|agrees|sat down)\s+"
        # ("met on Tuesday at 16:00 at the Kyzyl-Bel checkpoint": a clock time among the words)
        r"(?:(?:[\w:.-]+\s+){0,4}|(?:[\w-]+\s+){0,6}?(?:resumed|opened|began|continued)\s+)"
        r"(in|to|at)\s+(the\s+|an?\s+)?"
        # "met on Wednesday at a post near the village of Maksat"
        r"(?:(?:border\s+|frontier\s+)?(?:post|checkpoint|crossing|outpost)\s+(?:near|outside|in|at)\s+(?:the\s+)?)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:city|town|village|border town)\s+of\s+)?$"
        # "handed a note to the Kyrgyz charge d'affaires in Dushanbe": where the envoy sits
        r"|\b(?:charg[eé]s? d['’]affaires|ambassadors?|envoys?|embassy)\s+in\s+$",
        re.I),
    venue_after=lazy_compile(
        r"^\s*,?\s*(on the fringes|on the sidelines|at the (un|united nations)|for talks|"
        r"(summit|talks|conference)\b)", re.I),
    explicit_scene_before=lazy_compile(
        r"\b(fighting|clashes|shelling|attacks?|explosions?|protests?|killed|wounded|fire|strikes?)\s+"
        r"(in|at|near|around|on)\s+(the\s+)?([\w-]+\s+){0,2}$", re.I),
    destination_before=lazy_compile(
        # "two men had been seen running toward the Tajik village of Oftobru": where those who fled went
        r"\b(?:running|ran|run|fled|fleeing|headed|heading|escaping|escaped)\s+(?:back\s+|off\s+)?towards?\s+"
        r"(?:the\s+)?(?:(?:kyrgyz|tajik|neighbou?ring)\s+)*(?:(?:village|town|exclave|enclave)\s+of\s+)?$|"
        r"\b(taken|evacuated|moved|brought|transferred|transported|fled|relocated|rushed|airlifted|"
        r"flown|sent|driven|bused|bussed|escaped|headed|evacuees|displaced|sheltered|housed|delivered|placed|put up|"
        r"accommodated|hospitali[sz]ed|treated|admitted|receiving treatment|being treated|died|remains?|"
        # "His brother, who suffered shrapnel wounds to his legs, was operated on in Isfara"
        r"operated on|underwent (?:an? )?(?:operation|surgery)|"
        r"recovering|returned|returning|went back|taken back|staying|stay|stays|hosted|relocation|evacuation|"
        r"handed over|handed|left for|went to|"
        # "Local authorities then took about 140 residents of the village ... to a sports hall in Razzakov"
        r"took\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+)?\d[\d,]*|"
        # "Around 300 residents of Kushdevor spent the night in a school in central Isfara"
        r"(?:spent|spend|spending|will spend) the (?:rest of the )?night|took refuge|"
        # "The chairman ... visited the injured in Ghafurov and Khujand"
        r"visited (?:the )?(?:injured|wounded|victims|families)(?: (?:in|at) (?:the )?hospitals?)?)"
        # "evacuated from Ak-Sai, Kok-Tash and neighboring villages to Batken": a list of origins between
        # ("evacuated — to the school in Ak-Tatyr village and to Batken city": a dash too)
        # ... "moved 85 residents of two streets closest to the border, most of them women and children, to a school
        # in the neighboring village of Chilgazi"
        r"\s+(?:[\w-]+\.?,?\s+|[—–]\s+){0,10}?(?:most\s+of\s+them\s+[^,.;]{1,40},\s+)?"
        r"(to|in|into|at|towards?)\s+(?:the\s+|a\s+)?"
        r"(?:(?:regional|district|city|central|military|main|local|health|medical|southern|northern|eastern|"
        r"western|nearby|neighbou?ring)\s+)*"
        r"(?:(?:hospitals?|clinics?|facilit(?:y|ies)|schools?|camps?|shelters?|centres?|centers?|relatives|"
        r"(?:sports\s+|school\s+)?halls?|(?:school\s+)?(?:gyms?|gymnasiums?)|(?:school\s+)?buildings?|dormitor(?:y|ies)|kindergartens?|"
        r"safety|safer areas?|(?:neighbouring|neighboring|nearby) (?:villages?|towns?) of|neighbouring|neighboring|"
        # "evacuated from the village of Kok-Tash to the regional capital, Batken"
        r"capital,?|(?:centre|center|seat),|"
        r"the city of|the town of|"
        r"the village of|town of|city of)\s+(?:in\s+(?:the\s+)?(?:(?:neighbou?ring|nearby)\s+)?"
        # ... "moved to relatives in the centre of the Chorkuh jamoat"
        r"(?:(?:village|town|city)\s+of\s+|(?:centre|center|seat)\s+of\s+(?:the\s+)?)?|of\s+)?)?$"
        # "found alive in intensive care in Razzakov": a ward names the hospital's town
        r"|\bintensive care(?: unit)?\s+(?:in|at)\s+(?:the\s+)?$"
        # "took him by force to the territory of Tajikistan, to the border post located near Ovchi-Kalacha": where a
        # detainee was taken
        r"|\b(?:took|taken|brought|delivered|escorted)\b[^.;]{0,60}?\bto\s+(?:the\s+|a\s+)?(?:border\s+)?"
        r"(?:post|outpost)\s+"
        r"(?:(?:located|situated)\s+)?(?:near|in|at|by|outside)\s+(?:the\s+village\s+of\s+)?$"
        # "two residents of the Vorukh exclave who were traveling to Isfara": where they were going
        # ... "by noon we were on the road to Razzakov with 30 families"
        r"|\b(?:travell?ing|travell?ed|driving|walking|on\s+(?:their|his|her|the|our)\s+(?:way|road))\s+"
        r"(?:back\s+|home\s+)?"
        r"(?:to|towards?)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$"
        # "one resident of Ak-Sai was also injured and received medical help in Batken": where he was treated
        # ... "a 19-year-old, with a head wound that needed treatment in Batken"
        r"|\b(?:received|receiving|receives|given|got|sought|seeking|needed|needing|required|requiring)\s+"
        r"(?:first\s+|medical\s+|emergency\s+|hospital\s+)*"
        r"(?:help|aid|care|treatment|assistance)\s+(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$"
        # a detainee taken away: "before taking him to a Tajik border post in Vorukh, where he spent the night"
        # ... 'took them across the line to the Kyrgyz "Arka" border outpost'
        r"|\b(?:taking|took|taken|brought|bringing|escorted|led)\s+(?:him|her|them)"
        # ... "took him, together with the animals, to a Tajik frontier post in Lakhsh district"
        r"(?:\s*,\s*(?:together\s+)?with\s+[^,.;]{1,40},)?\s+"
        r"(?:(?:across|over)\s+the\s+(?:line|border)\s+)?to\s+(?:an?\s+|the\s+)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:(?:border|frontier)\s+)?(?:post|outpost|checkpoint|police station|station|base)\s+)?"
        r"(?:in|at|of|near)?\s*[\"“«]?$"
        # a detainee handed back: "he was handed over to Kyrgyz border guards near the Tajik village of Lakkon"
        r"|\bhanded\s+(?:over|back)\b[^.;]{0,60}?\b(?:near|at|in)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?"
        r"(?:(?:village|town|checkpoint|post)\s+of\s+)?$"
        # "a canal that flows into the Tajik village of Chorku": where water goes
        r"|\b(?:flows?|flowing|flowed|runs|supplies|supplying)\s+(?:in)?to\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?"
        r"(?:(?:village|town)\s+of\s+)?$"
        # "the Sughd regional clinical hospital in Khujand": where the wounded are treated
        # "evacuated from the two villages, most of them to schools and a sports complex in Razzakov"
        r"|\b(?:evacuated|moved|taken|relocated|sheltered|housed)\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:schools?|camps?|shelters?|sports (?:complex(?:es)?|halls?)|relatives|kindergartens?|gyms?|"
        # "moved 320 residents ... to the school building in neighbouring Kulundu"
        r"dormitor(?:y|ies)|sanatori(?:um|a)|buildings?)\s+(?:in|at)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby)\s+)?"
        r"(?:(?:town|city|village|district)\s+of\s+|(?:district|regional)\s+(?:center|centre|capital),\s+)?$"
        # "food parcels in the evacuation centres in Batken and Kyzyl-Jol": each place of the list
        r"|\bevacuation (?:cent(?:re|er)s?|points?|camps?|sites?|shelters?)\s+(?:in|at)\s+(?:[\w-]+(?:,|\s+and)\s+){0,3}$"
        # "6 remain in hospital: 4 in the Isfara central hospital"
        r"|\bremain\w*\s+in\s+hospital[^.;]{0,30}?\b(?:in|at)\s+(?:the\s+)?$"
        # ... "medical facilities in the border region of Batken had been put on alert"
        r"|\b(?:hospital|clinic|morgue|infirmary|hospitals|medical facilities|health (?:establishments|facilities))"
        r"\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:kyrgyz|tajik|regional|district|border|frontier|southern|northern|"
        # ... "remains in the hospital in the district center, Razzakov"
        r"eastern|western)\s+)*(?:(?:town|city|village|centre|center|region|province)\s+of\s+|"
        r"(?:district|regional)\s+(?:center|centre),\s+)?$"
        # "to a school and a kindergarten in Batken", "to relatives in Kyzyl-Jol": where people were taken
        r"|\b(?:to|into)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:schools?|kindergartens?|shelters?|camps?|relatives|"
        # ... "to school No. 3 in Batken town"
        r"sanatori(?:um|a)|gyms?|dormitor(?:y|ies)|hostels?|tents?|homes? of relatives)\s+(?:No\.?\s*\d+\s+)?(?:in|at)\s+"
        r"(?:the\s+)?"
        # ... "to a school in the district center, Ghafurov"
        r"(?:town\s+of\s+|village\s+of\s+|(?:district|regional)\s+(?:center|centre),\s+)?$"
        # "families are staying with relatives or in three schools and a sports hall in Razzakov"
        # ... "spent the night in school No. 5 and in a kindergarten in Batken city" (a number sign's stop within)
        r"|\b(?:staying|sheltering|sheltered|housed|accommodated|lodged|put up|hosted|spent|spend|spending)\b"
        r"(?:[^.;]|(?<=\bNo)\.(?=\d|\s\d)){0,160}?"
        r"\b(?:schools?|(?:school )?buildings?|halls?|gyms?|relatives|shelters?|camps?|sanatori(?:um|a)|tents?|kindergartens?)"
        r"\s+(?:in|at)\s+"
        r"(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?$", re.I),
    # every branch of destination_before ends with one of these words ("taken to| Batken", "hospital in| Isfara")
    destination_words=lazy_compile(r"\b(?:to|in|into|at|towards?|of)\b", re.I),
    harm_there_after=lazy_compile(r"^\s*,\s*where\s+(?:[\w,-]+\s+){0,8}?(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
                                  r"(?:beaten|wounded|injured|shot|killed|stabbed|tortured)\b", re.I),
    destination_after=lazy_compile(
        r"^\s*,?\s*where\s+(?:the\s+)?(?:wounded|injured|evacuees|displaced|they|families|he|she)\s+"
        r"(?:were|are|was|is|have been|has been|had been)\s+(?:taken|treated|housed|sheltered|evacuated|brought|"
        r"transferred|moved|operated on)\b", re.I),
    # "Out of the injured 79 are currently in Bishkek, 39 in Batken, and 4 in Osh are being treated in hospitals"
    treated_list_after=lazy_compile(
        r"^(?:\s*,\s*(?:and\s+)?\d[\d,]*\s+in\s+[\w-]+){0,4}\s*,?\s+(?:are|were)\s+(?:currently\s+|still\s+)?"
        r"(?:being\s+)?(?:treated|hospitali[sz]ed)\b", re.I),
    # ("... and then in Khujand, where he was transferred": where a wounded man was moved to)
    motion_to_before=lazy_compile(r"\b(?:to|into|towards?|then in)\s+(?:the\s+)?$", re.I),
    origin_before=lazy_compile(
        # "Sappers arrived at the scene from Khujand": where the officials who came to the scene came from
        r"\b(?:arrived|came|rushed|travell?ed)\s+(?:at|to)\s+the\s+(?:scene|site)\b[^.;]{0,100}?\bfrom\s+(?:the\s+)?"
        r"(?:(?:town|city|district\s+cent(?:re|er))\s+of\s+)?$|"
        # "firefighters from Batken, about 45 kilometers away, arrived after dark": where those who came to help came
        # from
        r"\b(?:firefighters|fire\s+crews?|fire\s+engines?|rescuers|ambulances?|paramedics|doctors|medics|sappers|"
        r"deminers|police\s+reinforcements)\s+from\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$|"
        # "after reports that Tajik troops and armored vehicles were gathering on the edge of the neighboring Tajik
        # exclave of Vorukh": where forces massed, the cause told (the fear, not the fighting)
        r"\b(?:troops|forces|soldiers|servicemen|vehicles|equipment|units)\s+(?:were|was|had been|are|have been)\s+"
        r"(?:gathering|massing|concentrating|amassing|building up|being deployed|deployed|seen)\b[^.;]{0,40}?"
        r"\b(?:on\s+the\s+(?:edge|outskirts)\s+of|near|in|at|outside|around)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town|exclave|enclave)\s+of\s+)?$|"
        # "as it crossed the border from Tajikistan's Lakhsh district and flew northeast": where a drone came from
        # "The KamAZ truck, carrying 20 tonnes of cement from Khujand, was hit by several stones": a load's origin
        r"\b(?:carrying|carried|loaded with|transporting|hauling)\s+(?:[\w,.-]+\s+){1,5}?from\s+(?:the\s+)?"
        # ... "carrying 22 tonnes of coal from the Kyrgyz mining town of Sulukta to a buyer in Khujand": and where it went
        r"(?:(?:[\w-]+\s+){0,3}?(?:town|city|village)\s+of\s+)?(?:[^.;]{1,60}?\s+to\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:(?:in|at)\s+)?(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)?$|"
        # ... "a bus carrying residents of the Vorukh exclave to Isfara": where the load or the passengers went
        # ... "vehicles carrying dried apricots to the market in Konibodom"
        r"\b(?:carrying|transporting|taking)\s+(?:[\w,.-]+\s+){1,8}?to\s+(?:an?\s+|the\s+)?"
        r"(?:(?:[\w-]+\s+){0,2}?(?:market|markets|bazaar|buyer|buyers|warehouse|depot|factory)\s+(?:in|at|of)\s+(?:the\s+)?)?"
        r"(?:(?:town|city|village)\s+of\s+)?$|"
        # "taken to the Isfara central district hospital, about 38 kilometers from Vorukh": a hospital's distance
        r"\b(?:hospital|clinic|health cent(?:re|er))\s*,\s+(?:about\s+|some\s+|nearly\s+)?\d+\s+(?:kilometers|kilometres|km)"
        r"\s+from\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$|"
        r"\b(?:crossed|crossing|crosses)\s+(?:the\s+)?(?:border|line|frontier)\s+from\s+(?:the\s+)?"
        r"(?:(?:kyrgyzstan|tajikistan)['’]s\s+)?(?:(?:village|town|district)\s+of\s+)?$|"
        # ("They fired these at us from Ak-Sai and Kok-Tash": what was fired, and at whom, between)
        r"\bfired\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town)s?\s+of\s+)?$|"
        # "the drone was launched from the airfield in Batken": a base in a town, not the town hit
        # "while a team of deminers from Osh examined the area": the people sent, and where from
        r"\b(?:deminers|sappers|rescuers|investigators|specialists|experts|doctors|medics|a team|a commission|"
        r"a delegation|officials|inspectors|engineers)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$|"
        r"\b(?:launched|flew|took off|operated|fired)\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:airfield|air ?base|"
        r"airport|base|launch site|position)s?\s+(?:in|at|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$|"
        r"\b(from the direction of|from the territory of|from the side of|fired from|launched from|"
        r"came from|coming from|(?:came|crossed|coming|crossing) (?:across|over) from|"
        # "servicemen ... stationed near the Kyrgyz village of Ak-Tatyr opened targeted fire at Khojai Alo"
        r"(?:stationed|deployed|positioned|based) (?:near|in|at|outside)|"
        r"from (?:an?\s+|the\s+)?(?:(?:kyrgyz|tajik|their|its)\s+)?positions? (?:in|near|at)|from across|shelled from|"
        # "from a position located near the village of Ak-Sai in Batken district, opened fire"
        r"from (?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?positions?\s+(?:located|situated)\s+(?:in|near|at|on the outskirts of)|"
        # (not "dropped an explosive device about 40 meters from the border outpost near Kok-Tash": a distance)
        r"(?<!meters )(?<!metres )(?<!kilometers )(?<!kilometres )(?<!km )(?<!\dm )"
        r"from (?:the direction of )?(?:the |a )?(?:(?:kyrgyz|tajik)\s+)?(?:border )?(?:out)?posts?(?: of| at| near)?[\"“]?|"
        r"from the (?:kyrgyz|tajik) side of|native of|born in|hails? from|"
        # "positions on the hill opposite the upper streets of Maksat, on the side of Ovchi-Kalacha": whose side
        r"on the (?:kyrgyz |tajik |other |far )?side of|"
        # "servicemen ... from the area of the village of Samarkandyk opened fire"
        # ... "from the area of the Kyrgyz railway station of Kayragach"
        # ... "from the area of the Tajik border post near the village of Karakenja"
        r"from (?:the )?(?:area|vicinity|outskirts|direction) of(?: the (?:(?:kyrgyz|tajik) )?(?:railway |bus |border )?"
        r"(?:station|post|outpost|checkpoint|school|mosque|cemetery) (?:of|near|at)(?: the (?:village|town) of)?)?|"
        # "shots were fired ... from the direction of the bypass road near Ak-Sai": the place locates the origin
        r"from the direction of (?:the |a )?(?:[\w-]+\s+){0,3}?(?:road|bypass|highway|canal|hills?|heights?|ridge|"
        r"bridge|positions?)\s+(?:near|outside|at|by|of)|"
        # "the stones came from a slope adjoining the Tajik village of Chorkuh"
        r"from (?:the |a )?(?:[\w-]+\s+){0,2}?(?:slope|hillside|hill|ridge|field|orchard|bank)\s+(?:adjoining|next to|"
        r"bordering|above|behind)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town)\s+of\s+)?|"
        # ... "from their positions on Height 1412, the hill above the Kyrgyz village of Samarkandyk"
        r"from (?:an?\s+|the\s+|their\s+|its\s+)?positions?\s+on\s+(?:[\w-]+,?\s+){1,3}?(?:the\s+)?"
        r"(?:hill|height|heights|ridge|slope)\s+(?:above|overlooking|behind|opposite|next to)|"
        # "flown by helicopter from the airport of Isfana to Osh": the airport a wounded man was flown from
        r"from the airport (?:of|in|at)|from (?:[\w-]+\s+)?airport (?:of|in)|"
        r"originally from|a native of|"
        # "A 21-year-old private, a conscript from Konibodom, received a bullet wound": a soldier's home town
        r"(?:conscripts?|recruits?|privates?|contract soldiers?|servicem[ae]n|sergeants?)\s+from|"
        # "the drone flew back towards Tajikistan's Lakhsh district"
        # ... 'The drone then flew back "in the direction of Vorukh"'
        # ... "The drone flew away in the direction of Jirgatal (Lakhsh) district"
        # ... "she saw a small light moving back toward Vorukh after the blast"
        r"(?:flew|flying|headed|heading|went|returned|retreated|withdrew|disappeared|moving|moved|moves)\s+"
        r"(?:back\s+|off\s+|away\s+)?[\"“]?(?:towards?|in the direction of)|"
        # "the men drove the animals across the line towards Lakhsh district": where the herd was driven
        r"(?:drove|driven|herded|chased|led|took|taken|rustled)\s+(?:off\s+|away\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:(?:across|over)\s+the\s+(?:line|border)\s+)?(?:towards?|in the direction of)|"
        # "The 34-year-old man, who lives in the district centre Jirgatol, was grazing ... in Lakhshi Bolo"
        r"who (?:lives|lived|has lived|had lived) in|"
        # "Two of the detained men live in Kara-Bak": where the people told live
        r"(?:both|two|three|all|the others?|the rest|the detainees|the detained men|the men)\s+(?:of\s+(?:them|the\s+"
        r"[\w-]+(?:\s+men)?)\s+)?(?:live|lives)\s+in|"
        # "Nazarov, who now works as a driver in Khujand, testified": where he works now
        r"who (?:now\s+)?(?:works|worked|has worked|studies|studied|serves|teaches)\s+(?:as\s+(?:an?\s+)?[\w-]+"
        r"(?:\s+[\w-]+)?\s+)?(?:in|at)|"
        # "Rahmatullo Sharipov, 58, from the village of Muchun, died": a named person's home
        # ... "Farhod Nazarov, 34, a father of three from the neighbouring village of Surkh": an aside between
        r"\.?,\s*\d{1,3},\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){1,4}?)?from|"
        # ... in a list: "- Amantur T., 14, of Daroot-Korgon, who was staying ... in Kyzyl-Eshme", "Kubatbek
        # Jolchiev, 34, border guard, of Kulundu, killed at the Maksat post"
        r"(?-i:[A-Z])[\w’'-]*\.?,\s*\d{1,3},\s*(?:[\w’'-]+(?:\s+[\w’'-]+){0,2},\s*)?of|"
        # "where he had been moved from Ghonchi": where the wounded man was moved from (also "brought by helicopter")
        r"(?:\bhe|\bshe|\bthe (?:wounded|injured) (?:man|woman|boy|girl|soldier|guard|serviceman))\s+"
        r"(?:had\s+been|has\s+been|was)\s+(?:moved|transferred|airlifted|flown|brought)\s+(?:[\w-]+\s+){0,2}?from|"
        # a casualty list: "Azamat Toktosunov, born in 1999, serviceman of the Border Service, resident of Sulukta"
        # ... "Kubanychbek A., 52, a resident of Aidarken, was driving": an initial's period before the comma
        # (not "detained a citizen of the Republic of Tajikistan, born in 1979, a resident of Vorukh jamoat, who was
        # mowing hay on his own plot": an official account's person, at home)
        r"(?<!tajikistan)(?<!kyrgyzstan)(?<!republic)\.?,\s*(?:born in \d{4}|\d{1,3}),\s*(?:[^.;—–,]{1,40},\s*)?"
        r"(?:an?\s+)?resident of|"
        # "The 17-year-old, a resident of the city of Isfara who was visiting relatives in Lakkon"
        r"-year-old,\s+(?:an?\s+)?resident of|"
        # "as a result of the explosion a shepherd, a resident of Kyzyl-Eshme village born in 1982, received a shrapnel
        # wound": the hurt man's home, told beside him
        r"\b(?:shepherd|herder|farmer|driver|villager|teenager|boy|girl|man|woman),\s+(?:an?\s+)?resident of|"
        # "the victim, a 16-year-old from the neighbouring village of Andarak, was grazing ... above Koktash"
        r"-year-old\s+from|"
        # "fire was opened on our positions from the Kyrgyz village of Samarkandyk"
        # ... not "opened fire on shepherds from the village of Karakenja": the people's home
        r"fire\b[^.;]{0,60}?(?<!shepherds )(?<!herders )(?<!residents )(?<!villagers )(?<!farmers )(?<!people )"
        r"(?<!civilians )(?<!workers )"
        # ... nor "opened fire on a shepherd from the village of Khoja-Alo": one person's home
        r"(?<!shepherd )(?<!herder )(?<!resident )(?<!villager )(?<!farmer )(?<!man )(?<!woman )(?<!boy )"
        r"(?<!teenager )(?<!driver )(?<!civilian )(?<!worker )\bfrom|"
        # people named by their home: "Kyrgyz neighbours from the village of Ak-Sai"
        r"neighbou?rs\s+from|"
        # a load's origin: "the driver of a truck carrying coal from Sulukta"
        r"(?:carrying|transporting|hauling|delivering|loaded with)\s+(?:[\w-]+\s+){1,3}?from|"
        # "the shots came from a Kyrgyz border patrol on the other side of the line, in Kyrgyzstan's Chong-Alay
        # district": where the fire came from, named after the unit that fired
        # ... not "shots were fired from the Tajik side at a summer pasture in the south of Kadamjay district": the
        # target ("at") comes between, and the place after it is the scene
        r"(?:shots|fire|shooting|bullets)\s+(?:came|were fired|was fired|had come)\s+from\s+(?:(?!\bat\s)[^.;]){0,80}?,?\s+in|"
        # a vehicle named by its home: "stones were thrown at a car from the Kyrgyz village of Kok-Tash as it drove
        # past Khoja-Alo"
        r"(?:car|vehicle|truck|lorry|bus|minibus|taxi)\s+from|"
        # a journey's start: "a car in which he was returning with his father from Batken"
        r"(?:returning|returned|travell?ing|driving|drove|coming back|heading back|on (?:the|his|her|their) way)"
        r"\s+(?:[\w-]+\s+){0,3}?from|"
        # responders who came: "Sappers who arrived from Osh at 8 p.m. identified the round"
        r"(?:arrived|arriving|sent|dispatched|flown in|summoned|called in)\s+from)"
        r"[\"”“'’]?\s+(the\s+)?(?:(?:kyrgyz|tajik|neighbou?ring|nearby|border|mining|mountain|small|remote)\s+)*"
        # "from the territory of Tajikistan's Lakhsh district": the country that holds it first
        r"(?:(?:kyrgyzstan|tajikistan)['’]s\s+)?"
        # "from the territory of Tajikistan near Kyzyl-Jol": a place after "near", "at" or "in" is the scene
        r"(?:(?:village|town|settlement|exclave|enclave|post|outpost)\s+of\s+)?((?!(?:near|at|in|outside|by)\s)[\w-]+\s+){0,2}$",
        re.I),
    # ... after "from the": "from the Tajik side", "a Kyrgyz patrol from the Ak-Tatyr post"
    # ... or a visitor's home: "a 67-year-old woman from Beshkent who had come to Maksat to help her daughter"
    origin_after=lazy_compile(r"^\s*(side|direction|(?:border\s+)?(?:out)?post)\b|"
                              # "citizens of Tajikistan from the village of Muchun came to the head of the canal"
                              r"^\s+(?:had\s+)?(?:came|come|arrived|crossed|walked|drove|went)\s+"
                              r"(?:to|into|over|across|up\s+to)\b|"
                              # "after cattle from Arka were driven onto a field that the Tajik villagers had sown"
                              r"^\s+(?:(?:were|was|had\s+been)\s+)?(?:driven|brought|taken|herded|led)\s+"
                              r"(?:onto|on\s+to|into|to|across|over)\b|"
                              # (not "a shepherd from the village of Kara-Shibak who went missing on a pasture")
                              r"^,?\s+who\s+(?:had\s+)?(?:come|came|travell?ed|gone(?!\s+missing)|went(?!\s+missing)|"
                              r"was visiting|had been visiting|"
                              # "a 29-year-old lorry driver from the district centre Razzakov who was unloading
                              # cement there"
                              r"was staying|had been staying|was (?:working|unloading|delivering|helping))\b", re.I),
    # ... which needs "from" (the side, the post: "from the") just before the name
    # ... or "a 44-year-old woman from the village of Kulundu who was visiting her sister in Arka"
    origin_lead_before=lazy_compile(r"\bfrom\s+(?:the\s*)?$|\bfrom\s+the\s+(?:village\s+of|town\s+of|"
                                    r"district\s+cent(?:re|er)|regional\s+cent(?:re|er))\s+$|"
                                    # "the stones were thrown from a slope on the |Vorukh| side of the road"
                                    r"\bfrom\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?on\s+the\s+$"),
    # "the Kara-Jygach tract", "the pasture of Kara-Jygach": a tract, coded to its village
    # ... and "on the other bank of the Isfara"
    river_before=lazy_compile(r"\b(?:(?:the\s+)?river|tract(?:\s+of)?|pasture(?:\s+of)?|"
                              r"(?:other|opposite|left|right|far)\s+bank\s+of(?:\s+the)?|"
                              # "near the bridge over the Isfara": a bridge spans a river, not a town
                              r"(?:bridge|ford)\s+(?:over|across)\s+the)\s+$", re.I),
    locality_before=lazy_compile(r"\blocality(?:\s+of)?\s+$", re.I),
    retracted_before=lazy_compile(
        r"\b(?:an? (?:earlier|previous) version of this (?:article|story|report|item)|incorrectly|erroneously|"
        r"mistakenly|wrongly)\b[^.;]{0,160}$"
        # "Initial reports on Wednesday night ... placed the attack in Katran" (the administration then corrected it)
        r"|\b(?:initial|first|earlier)\s+reports?\b[^.;]{0,160}?\bplaced\s+(?:the\s+)?(?:attack|shelling|incident|"
        r"shooting|fighting|strike)\s+(?:in|at)\s+(?:the\s+village\s+of\s+)?$", re.I),
    incident_scene_before=lazy_compile(
        # ... "Another border incident began on April 28 after the Tajik side started to install CCTV cameras on an
        # electric pole near Golovnoy water distribution point in Kok-Tash village" (a running story's recap)
        r"\b(?:the|this|that|another)\s+(?:(?:first|second|third|latest|new|last|earlier|later)\s+)?(?:border\s+)?"
        # ("The trouble began in the morning at the Golovnoy water distribution point next to ... Kok-Tash")
        r"(?:incident|clash|clashes|conflict|confrontation|skirmish|shootout|shooting|fight|fighting|firefight|brawl|strike|attack|"
        r"trouble|standoff|violence|exchange of fire|tragedy|"
        # ... the fire an arson told before: "The fire broke out at about 2:30 am on Sunday in the village of Kulundu"
        r"fire|blaze)\s+"
        # ... "details of the conflict that occurred the day before at the entrance to Vorukh village"
        r"(?:(?:that|which)\s+)?"
        # ... an adverb of hearsay between: "The conflict reportedly began near the Kyrgyz city of Batken"
        r"(?:(?:had|has|was)\s+)?(?:(?:reportedly|apparently|allegedly|initially|first)\s+)?"
        r"(?:happened|occurr?ed|took place|broke out|erupted|started|began|unfolded)\s+"
        # ... a version quoted: 'the fight took place "on the outskirts of Khojai-Alo"'
        # ... its day and hour first: "the incident took place on Monday, August 7, at about 22:15, near the village of"
        # ... and its cause between: "began on April 28 after the Tajik side started to install CCTV cameras on an
        # electric pole near"
        r"[\"“«']?(?:(?:[\w:.-]+,?\s+){0,8}?(?:after\s+(?:[\w'’.-]+\s+){1,12}?)?"
        r"(?:in|at|near|outside|on the outskirts of)\s+(?:the\s+)?"
        # ("took place on July 20 in the Tajik exclave of Vorukh")
        # ("took place on Sunday evening on the road at the edge of Ovchi-Kalacha")
        r"(?:(?:(?:kyrgyz|tajik)\s+)?(?:area|locality|vicinity|village|town|city|settlement|outskirts|edge|exclave|enclave)\s+"
        r"of\s+(?:the\s+)?|entrance\s+to\s+(?:the\s+)?)?"
        # ... a site of the village: "The trouble began on Sunday afternoon at the bazaar in Samarkandyk"
        r"(?:(?:[\w-]+\s+){0,3}?(?:bazaar|market|canal|spring|pasture|bridge|road|checkpoint|cemetery|school|mosque|"
        r"point|intake|distributor|facility|headworks|dam)\s+"
        r"(?:in|at|of|near|outside)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town)\s+of\s+)?)?"
        # ... or at a site beside it: "began in the morning at the Golovnoy water distribution point on the Isfara
        # river next to the Kyrgyz village of Kok-Tash"
        r"|(?:[\w-]+\s+){0,4}?(?:at|on)\s+(?:[\w-]+\s+){1,10}?(?:next to|near|outside|beside|close to)\s+(?:the\s+)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:border\s+)?(?:village|town|settlement)\s+of\s+)?"
        # ... or at a site measured from it: "took place on Saturday at about 11.00 near the spring known locally as
        # Ak-Bulak, some 3 kilometers south-east of the village of Kara-Bak"
        # (an altitude in brackets between: "on a summer pasture at an altitude of about 3,400 metres (11,000 feet),
        # some 15 kilometres south of the Kyrgyz village of Kara-Shibak")
        r"|(?:[\w.,'’()-]+\s+){0,16}?(?:(?:about|some|around|nearly|roughly)\s+)?[\d.,]+\s+(?:kilomet(?:er|re)s?|km|"
        r"met(?:er|re)s?)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?(?:of|from)\s+(?:the\s+)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town|settlement)\s+of\s+)?)$"
        # "3 kilometers south of the nearest settlement, Ak-Tatyr": the place an event in the open is coded to
        r"|\bthe\s+nearest\s+(?:settlement|village|inhabited\s+(?:place|locality))\s*[—–,:-]*\s*"
        r"(?:(?:the\s+)?(?:village|settlement)\s+of\s+)?$", re.I),
    # ... and a channel named after a village: "a water pump on the Ak-Suu irrigation channel"
    river_after=lazy_compile(r"^\s+(?:river|riverbed|river bank|valley|(?:irrigation\s+|main\s+)?(?:channel|canal))\b",
                             re.I),
    # "on the Batken section of the border", "in the Isfara direction" (not "the road section")
    border_section_after=lazy_compile(r"^\s+(?:section|sector|stretch|direction)\b", re.I),
    quoted_section_before=lazy_compile(r"\b(?:section|sector|stretch)\s+(?:of\s+the\s+border\s+)?$", re.I),
    municipality_before=lazy_compile(
        r"\b(?:villages?|jamoats?|settlements?|mahallas?)\s+of\s+the\s+(?:city|town|municipality)\s+of\s+$"
        # "in two jamoats of Isfara": jamoats counted, then their town
        r"|\b(?:two|three|four|several|both)\s+(?:border\s+)?(?:jamoats|villages|mahallas|rural\s+communities)\s+of\s+"
        r"(?:the\s+(?:city|town)\s+of\s+)?$"
        # "the Surkh and Chorkuh rural communities of Isfara": the communities' municipality
        r"|\b(?:rural\s+)?communities\s+of\s+(?:the\s+(?:city|town|municipality)\s+of\s+)?$"
        # "the Chorkuh jamoat, a rural municipality subordinate to the town of Isfara", "the Kulkand jamoat, which is
        # subordinate to the city of Isfara"
        r"|\b(?:jamoat|municipality|community)\s*,?\s+(?:which\s+is\s+|that\s+is\s+)?subordinate\s+to\s+the\s+"
        r"(?:city|town)\s+of\s+$"
        # ... "the Surkh jamoat, a rural district of the town of Isfara"
        r"|\b(?:jamoat|municipality|community)\s*,\s+an?\s+rural\s+(?:district|municipality|community)\s+of\s+the\s+"
        r"(?:city|town)\s+of\s+$"
        # ... "a village of the Chorkuh jamoat near the town of Isfara"
        r"|\bjamoat\s*,?\s+(?:near|outside|close\s+to)\s+the\s+(?:city|town)\s+of\s+$", re.I),
    # "the Khojai Alo post, by the village of the same name (formerly Oktyabr) in the Vorukh jamoat"
    same_named_village_before=lazy_compile(
        r"\b(?:village|settlement|hamlet) of the same name(?:\s*\([^()]{1,40}\))?,?\s+(?:in|of)\s+(?:the\s+)?$",
        re.I),
    border_between_before=lazy_compile(
        r"\b(?:border|frontier|line)\s+between\s+(?:[^.;]{1,60}?\s+and\s+)?(?:the\s+)?"
        r"(?:(?:kyrgyzstan|tajikistan|kyrgyz|tajik)(?:['’]s)?\s+)?$", re.I),
    border_section_before=lazy_compile(
        r"\b(?:section|sector|stretch|part)\s+of\s+the\s+(?:state\s+|kyrgyz-tajik\s+|tajik-kyrgyz\s+)?"
        r"(?:border|frontier)\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I),
    # "46 volunteers of the Batken branch", "the dormitory of Batken State University"
    # ... and where an outlet or a reporter works: "speaking to a Khujand-based reporter"
    # ... "Sappers of the ministry's Batken regional department combed an area": a unit of a ministry
    # ... and a make of car: "a Lada car belonging to a resident of Samarkandyk"
    organisation_after=lazy_compile(r"^\s+(?:branch|(?:state\s+)?university|college|bureau)\b|^-based\b|"
                                    r"^\s+(?:car|cars|sedan|jeep|pickup|minibus|van)\b|"
                                    r"^\s+(?:regional|district|city|oblast|provincial)\s+(?:department|office|branch|"
                                    r"directorate|division|unit)\b", re.I),
    route_after=lazy_compile(r"^\s*(?:[-–—]\s*[\w-]+\s+)?(?:(?:bypass|ring|main|old|new|border|mountain|motor|automobile)\s+){0,2}"
                           r"(?:highway|road|motorway|route)\b", re.I),
    capital_speech_after=lazy_compile(
        r"^\s*,\s*(?:[\w'’-]+\s+){1,8}?(?:said|says|told|announced|claimed|stated|accused|insisted|"
        r"reported|denied|blamed|confirmed)\b", re.I),
    route_before=lazy_compile(
        # "a bypass built so that drivers no longer have to pass through Vorukh": a way through, not a scene
        # ... "Passenger traffic through the Kulundu – Ovchi-Kalacha crossing ... was restored": a way through
        # (not "on the road passing through the Muminobod village ..., a group ... threw stones at a vehicle": where the
        # road runs in the village is the scene)
        r"\b(?<!road )(?<!street )(?<!highway )"
        r"(?:pass|passing|drive|driving|travel|travelling|traveling|go|going|traffic|trucks|freight|passengers)\s+"
        r"through\s+(?:the\s+)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town|exclave|enclave|territory)\s+of\s+)?$|"
        # "the only road linking the exclave with the rest of the Gulkhona jamoat": the road's other end
        r"\b(?:road|highway|motorway|bridge)\s+(?:that\s+|which\s+)?(?:links?|linking|connects?|connecting)\s+"
        # ... "the road connecting the Vorukh jamoat with the city of Isfara"
        r"[^.;]{0,60}?\b(?:with|to)\s+(?:the\s+rest\s+of\s+)?(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$|"
        # ... "a road linking the Tajik cities of Khujand and Konibodom": both ends
        # (not "the road between the villages of Somoniyon and Gulkhona": a stretch, placed at its first end)
        r"\b(?:road|highway|motorway|railway)\s+(?:that\s+|which\s+)?(?:links?|linking|connects?|connecting)\s+"
        r"(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:cities|towns|villages|regional\s+centres|regional\s+centers)\s+of\s+)?"
        r"(?:[\w-]+\s+(?:and|with)\s+)?$|"
        # "blocked the road Isfana — Andarak": both ends
        r"\b(?:road|highway|motorway)\s+(?:[A-Z][\w-]*\s*[-–—]\s*)?$|"
        # "the road from Isfana to Khujand": both ends
        r"\b(?:road|highway|motorway)\s+from\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
        r"(?:[\w-]+\s+to\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)?$|"
        # "the main canal leading from the Tört-Köl reservoir": where the canal or road comes from or goes
        r"\b(?:canal|channel|ditch|aryk|pipeline|road|highway)\s+(?:leading|running|coming|flowing|going)\s+"
        r"(?:from|to|into|towards?)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:town|city|village)\s+of\s+)?$|"
        # "an irrigation channel that branches off the Big Fergana Canal": where the channel comes from
        r"\b(?:canal|channel|ditch|aryk|pipe|pipeline)\s+(?:that\s+|which\s+)?(?:branches|branching|branched)\s+off\s+"
        r"(?:the\s+)?$|"
        # "... and runs along the edge of Arka towards Khistevarz", "the bypass road that runs from Ak-Sai to the
        # village of Tamdyk around the Tajik exclave of Vorukh", "next to the dirt road that runs past the Tajik exclave
        # of Western Qal'acha": where a canal or road leads or what it skirts (not "the section of the Isfara - Kulkand
        # road running along the Kyrgyz village of Ak-Turpak", where stones hit cars: the section is the scene)
        r"\b(?:canal|channel|ditch|aryk|pipe|pipeline|road|highway|bypass)\b[^.;]{0,80}?\b(?:runs|running|leads|"
        r"leading|flows|flowing|goes|going|winds|winding|loops|looping)\b[^.;]{0,60}?\b(?:towards?|around|past)\s+"
        r"(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town|exclave|enclave)\s+of\s+)?$|"
        # ... "the last house before the fields that go down to Lakkon": where the land beyond the scene leads
        r"\b(?:fields|slopes?|pastures?|meadows?|gardens|orchards|path|track|valley|gorge)\s+(?:that|which)\s+"
        r"(?:go|goes|lead|leads|run|runs|slope|slopes|stretch|stretches)\s+(?:down\s+|up\s+|away\s+)?"
        r"(?:to|towards?)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|town)\s+of\s+)?$|"
        # "blocked the road leading from the village towards Kulundu": where it leads from the village
        r"\b(?:canal|channel|road|highway)\s+(?:leading|running|going)\s+(?:out\s+)?(?:from|of)\s+(?:the|their)\s+"
        r"(?:village|town)\s+(?:to|towards?|in the direction of)\s+(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?"
        r"(?:(?:town|city|village)\s+of\s+)?$|"
        # "the road linking the regional capital Batken with the Tajik town of Isfara"
        # ... and "a road connecting the Kyrgyz village of Ak-Sai with the Tajik exclave of Vorukh"
        # ... "near a bridge linking Kulundu with the Tajik village of Ovchi-Kalacha"
        r"\b(?:(?:road|highway|motorway)\s+(?:between|linking|connecting)|(?:bridge|footbridge)\s+(?:linking|connecting))\s+"
        + _ROAD_END +
        # ... "blocked the road linking their village with the district center, Razzakov"
        r"(?:(?:[\w-]+|(?:their|its|our)\s+(?:village|town))\s+(?:and|with|to)\s+" + _ROAD_END + r")?$|"
        # "on the road linking the towns of Batken and Isfara" (both ends; not "the road between the villages of X and
        # Y", a stretch coded at one of them)
        r"\b(?:road|highway|motorway)\s+(?:linking|connecting)\s+the\s+(?:towns|villages|cities)\s+of\s+"
        r"(?:[\w-]+\s+(?:and|with)\s+)?$|"
        # ... "a village ... that sits on the road between the Tajik cities of Khujand and Konibodom" (towns, not
        # villages)
        r"\b(?:road|highway|motorway)\s+between\s+the\s+(?:(?:kyrgyz|tajik)\s+)?(?:towns|cities)\s+of\s+"
        r"(?:[\w-]+\s+and\s+)?$|"
        # ... "the Tajik side blocked the area between two Kyrgyz towns, Batken and Isfana": an area two towns bound
        # ... "blocking the area that connects two Kyrgyz towns, Batken and Isfara"
        r"\b(?:area|section|stretch|territory)\s+(?:between|(?:that\s+|which\s+)?(?:connects|links|connecting|linking))"
        r"\s+(?:the\s+)?(?:two\s+)?(?:(?:kyrgyz|tajik)\s+)?"
        r"(?:towns|cities)(?:\s+of|,)?\s+(?:[\w-]+\s+and\s+)?$|"
        # "blocked the road near the bridge over the Isfara River that connects the village with Chorkuh"
        r"\b(?:bridge|road|crossing)\b[^.;]{0,40}?\b(?:that|which)\s+(?:connects|links)\s+(?:the\s+)?[\w-]+\s+"
        r"(?:with|to|and)\s+" + _ROAD_END + r"$", re.I),
    facing_before=lazy_compile(
        # "where the road passes close to Vorukh, stones flew from behind the trees": a landmark of the road
        r"\b(?:road|highway|bypass)\s+(?:passes|runs|goes)\s+(?:very\s+|right\s+)?(?:close\s+to|near|next\s+to|past|by)\s+"
        r"(?:the\s+)?(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|exclave|enclave|town)\s+of\s+)?$|"
        # "It said the pasture lies on Tajik territory in Lakhsh district": where the other side says the scene lies
        r"\bthe\s+(?:pasture|field|plot|site|land|spot|canal|stretch|section|slope|meadow)\s+(?:lies|lay|is|was|belongs|"
        r"belonged)\s+(?:to\s+)?(?:(?:on|in)\s+(?:tajik|kyrgyz)\s+territory\s+)?(?:in|to)\s+(?:the\s+)?"
        r"(?:(?:tajikistan|kyrgyzstan)['’]s\s+)?$|"
        r"\b(?:faces|face|facing|opposite|across (?:the [\w-]+ )?from|borders|bordering|adjoins|adjoining|"
        # "Ak-Sai, the village that wraps around Tajikistan's Vorukh exclave"
        r"(?:wraps|wrapping|wrapped|curls|curling) around|surrounds|surrounding|encircles|encircling|"
        # "the bridge over the canal that separates the jamoat from the Kyrgyz village of Kulundu"
        r"(?:separates|separating|separated|divides|dividing|divided)\s+(?:[\w’'-]+\s+){0,3}?from|"
        r"(?:the )?border with|"
        # "an orchard next to the line with the Tajik village of Khistevarz": where the line runs, across from it
        r"(?:the )?(?:line|boundary|frontier) with|"
        # "harvesting cotton in fields on the outskirts of the village, within sight of the Kyrgyz village of Arka"
        r"(?:with)?in (?:plain )?(?:sight|view) of|(?:in|within) (?:earshot|eyeshot) of)\s+"
        # ("borders the large Tajik village of Khistevarz")
        r"(?:the\s+)?(?:(?:large|small|big|tiny|neighbou?ring|nearby)\s+)?(?:(?:kyrgyz|tajik)\s+)?"
        # ... "the jamoat that borders the Kyrgyz aiyl okmotu of Ak-Sai"
        r"(?:[\w-]+['’]s\s+)?(?:(?:village|town|community|jamoat|settlement|exclave|enclave|aiyl\s+okmotu|"
        r"aiyl\s+aimak|rural\s+district|municipality)\s+of\s+)?$", re.I),
    reference_before=lazy_compile(
        # (not "in the (mountainous) south of Kadamjay district": a part of it)
        r"\b(?:(?<!the )(?<!mountainous )(?<!remote )(?<!far )(?<!hilly )(?<!extreme )(?<!very )"
        r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|unlike|"
        # "fields along the road to Batken": a road named by where it leads
        # (not "blocked the approach road to the Kyzyl-Bel checkpoint": the road's end is where it was blocked)
        r"(?<!approach )(?<!access )(?:road|highway|route)\s+(?:to|from|towards)|"
        # ... and "some 3 km (2 miles) from the Tajik village of Muchun"
        # ... "some 300 meters from the first houses of Vorukh"
        r"(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s)\s+(?:\([^()]{1,20}\)\s+)?(?:away\s+)?from|"
        # "near Ak-Sai, next to the Tajik exclave of Vorukh": a landmark beside the scene
        r"next to|adjacent to|"
        # "both a short drive from the regional center of Batken"
        r"(?:drive|walk|ride|hours?|minutes?)\s+(?:away\s+)?from|"
        # "Kyzyl-Jol, a village of about 5,000 people on the outskirts of the regional capital, Batken": where the
        # village described lies
        r"\b(?:village|town|settlement)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\bon\s+the\s+(?:outskirts|edge)\s+of)"
        r"\s+(?:the\s+)?"
        r"(?:[\w’'-]+\s+){0,3}?"
        # "northeast of the regional capital, Batken": the name in apposition ("southwest of the Chong-Alai
        # district center of Daroot-Korgon")
        r"(?:(?:capital|cent(?:er|re)|seat|town|city)(?:,|\s+of)\s+)?$", re.I),
    burial_before=lazy_compile(
        r"\b(?:buried|laid to rest|funerals?|janaza|burial)\b[^.;]{0,60}?\b(?:in|at)\s+(?:(?:the|his|her|their)\s+)?"
        # "buried on Wednesday afternoon in his native Navgilem"
        r"(?:(?:native|home|ancestral)\s+)?"
        r"(?:(?:[\w-]+\s+)?(?:village|town|cemetery)\s+(?:of\s+)?)?"
        # ... "The dead were buried on Friday in Andarak and Toguz-Bulak": each village of the list
        r"(?:[\w’'-]+(?:,\s+|\s+and\s+)){0,3}$", re.I),
    # (group ``active``: the mourners bury them there, where no one need have been taken)
    # ("The dead man, a father of three from the village of Bogiston, was buried there on Tuesday": this place)
    burial_after=lazy_compile(r"^[^.;]{0,80}?\b(?:(?P<there>(?:was|were|been)\s+(?:buried|laid to rest)\s+there\b)|"
                              r"(?:was|were|been)\s+(?:buried|laid to rest)|(?P<active>"
                              r"(?:mourners|relatives)\b[^.;]{0,40}?\b(?:buried|laid to rest|bade farewell to)|"
                              r"(?:buried|laid to rest|bade farewell to)\s+(?:the\s+|their\s+)?(?:two|three|four|five|\d+|"
                              r"dead|victims|bodies)\b))", re.I),
    # "servicemen of the Kyrgyz frontier post "Kara-Bak" ... opened fire": the post that fired
    firing_unit_before=lazy_compile(
        r"\b(?:servicemen|soldiers|troops|guards|border guards|personnel|military personnel)\s+of\s+(?:the\s+)?"
        # ... and 'servicemen of the Kyrgyz "Ak-Tatyr" border outpost' (the quotes stripped)
        # ... 'servicemen of the Tajik border post No. 11 "Lakkon"' (its number between)
        # ... and "Kyrgyz servicemen of the Arka border post opened fire" (the post's noun after its name)
        r"(?:(?:(?:kyrgyz|tajik)\s+)?(?:border\s+|frontier\s+)?(?:post|outpost)\s*(?:no\.?\s*\d+\s*)?|"
        r"(?:kyrgyz|tajik)\s+)?$", re.I),
    facility_after=lazy_compile(
        r"^\s+(?:(?:rural|district|central|city|regional|military|village|territorial|interregional|inter-regional|"
        r"clinical|children['’]s|republican|oblast|provincial|general|emergency)\s+)*"
        r"(?:health\s+cent(?:re|er)|hospital|clinic|polyclinic|medical\s+cent(?:re|er)|first-aid\s+post|morgue)\b", re.I),
    # 'opened fire at the Tajik post "Dahana"' (the quotes stripped)
    post_name_before=lazy_compile(r"\b(?:post|outpost|checkpoint|frontier post|border post)\s*(?:no\.?\s*\d+\s*)?$",
                                  re.I),
    # "on a pasture in the south of the district": a part of the district named the sentence before
    part_of_unit=lazy_compile(r"\bin the (?:south|north|east|west|\w+ern part|mountains|hills) of the district\b",
                              re.I),
    # "in the Bogi Ravon mahalla of the border village of Khojai A'lo": a quarter of the village named next
    quarter_before=lazy_compile(r"$"),
    quarter_after=lazy_compile(
        # (the quarter's first word too: "Bogi| Ravon mahalla of")
        r"^\s+(?:[\w'’-]+\s+)?(?:mahall?ah?|neighbou?rhood|quarter|micro-?district|street)\s+(?:of|in)\s+(?:the\s+)?"
        r"(?:(?:border|kyrgyz|tajik|nearby|neighbou?ring)\s+)*(?:village|town|jamoat|city|exclave|enclave)\s+of\b"
        # ... "the Navobod neighbourhood, the part of the village closest to the border": a quarter of the village told
        r"|^\s+(?:[\w'’-]+\s+)?(?:mahall?ah?|neighbou?rhood|quarter),\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:part|end|edge|corner|section)\s+of\s+the\s+(?:village|jamoat|town)\b", re.I),
    firing_unit_after=lazy_compile(
        r"^(?:(?!\b(?:was|were|came|had been)\b)[^.;]){0,200}?\b(?:opened\s+(?:targeted\s+|indiscriminate\s+)?fire|"
        # "fired from automatic weapons toward some 30 residents"
        # ... "fired several shots towards workers"
        r"fired\s+(?:(?:[\w-]+\s+){0,2}?(?:shots?|rounds?|bursts?)\s+)?(?:from\s+(?:[\w-]+\s+){1,2}?)?"
        r"(?:at|on|upon|towards?|in\s+the\s+direction)|shelled|"
        # ... and the post whose servicemen held people: 'servicemen of the Kyrgyz border post "Beshkent" detained
        # three residents'
        r"(?:illegally\s+|unlawfully\s+)?detained)\b", re.I),
    residents_before=lazy_compile(
        r"\b(?:(?:residents|villagers|inhabitants|people|farmers)\s+of|(?:citizens?|residents?|natives?)\s+(?:of|from)|"
        # "residents of the Tajik enclave of Western Qal'acha ... and their neighbors in Kayragach"
        r"(?:their|its)\s+neighbou?rs\s+in|"
        # "Six of the injured are residents of Maksat, the other three live in the neighbouring village of Kulundu"
        r"(?:the\s+other\s+\w+\s+|(?:who|they|he|she)\s+(?:also\s+)?)(?:live|lives|lived)\s+in|"
        # ... and one person: "the 46-year-old shepherd from Daraut-Korgon was grazing ... near Kara-Shybak"
        # ("about 60 people from the Tajik village of Khistevarz came with chainsaws to the edge of ... Arka")
        r"(?:residents?|villagers?|herders?|shepherds?|farmers?|youths?|men|man|woman|women|boys?|girls?|people|"
        # "came with their own supporters from Kulundu and Maksat": where a party's people came from
        r"supporters|reinforcements|relatives|fellow villagers|schoolgirls?|schoolboys?|pupils?|students?|passengers?|"
        # "The drivers, most of them from Batken and Osh"
        r"(?:drivers|traders|men|people|workers|passengers|residents),\s+(?:most|many|some|all|several|two|three)\s+of\s+them|"
        # ... "a quarrel between a minibus driver from Vorukh and local traders"
        r"teenagers?|pensioners?|drivers?|traders?|workers?|labou?rers?|"
        # "a married couple from the village of Kayragach"
        r"couples?|famil(?:y|ies)|"
        # "three young people from the neighboring village of Samarkandyk had taken sheep to graze"
        r"young people|youngsters|"
        # "a group of people from Vorukh tried to remove a sluice gate", "a group from Ovchi-Kalacha tried to pull
        # down a section of the fence"
        r"(?:group|crowd)\s+of\s+(?:[\w-]+\s+)?(?:people|residents|villagers|men|youths)|group|crowd|"
        # "The dead serviceman was named as a 24-year-old contract soldier from the village of Ak-Suu"
        r"soldiers?|servicem[ae]n|conscripts?|guards?|officers?|sergeants?|privates?|"
        # "his 22-year-old nephew, also from Navgilem"
        r"sons?|brothers?|nephews?|cousins?|relatives?|"
        # "citizens of Kyrgyzstan from the neighboring village of Kayragach"
        r"(?:citizens?|nationals?)\s+of\s+(?:kyrgyzstan|tajikistan))\s+from|,\s+(?:also|both|all|originally)\s+from)\s+"
        r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
        # ... machine-translated copy: "natives of the village Andarak"
        # ... "residents of the Isfara jamoat of Surkh"
        # ... "residents of the village council of Aksai"
        r"(?:(?:villages?|towns?|city|exclave|enclave|jamoats?|(?:rural\s+)?communit(?:y|ies)|(?:village|rural)\s+councils?)"
        r"\s+(?:of\s+)?)?$"
        # "residents of Tajikistan's Surkh jamoat and the neighboring Kyrgyz village of Samarkandyk"
        # ... "About 150 people from Samarkandyk and from the Tajik village of Surkh"
        r"|\b(?:residents|villagers|inhabitants|people|men|youths|teenagers|herders|shepherds|farmers)\s+(?:of|from)\s+"
        r"[^.;]{1,60}?\s+and\s+(?:of\s+|from\s+)?(?:the\s+)?(?:neighbou?ring\s+)?"
        r"(?:(?:kyrgyz|tajik)\s+)?(?:village|town|jamoat|exclave|enclave)\s+of\s+$"
        # a person told by name, age (and trade) in a list: "Khurshed Odinaev, 31, of Lakhshi Bolo, gunshot wound",
        # "Kubatbek Jolchiev, 34, border guard, of Kulundu, killed at the Maksat post"
        # ... "- Amantur T., 14, of Daroot-Korgon, who was staying with his grandparents in Kyzyl-Eshme"
        r"|(?-i:[A-Z])[\w’'-]+\.?,\s+\d{1,3},\s+(?:[\w’'-]+(?:\s+[\w’'-]+){0,2},\s+)?(?:of|from)\s+"
        r"(?:the\s+)?(?:(?:village|town)\s+of\s+)?$", re.I),
    # "Three Samarkandyk residents, including a 71-year-old man, were injured": the home before its people
    residents_after=lazy_compile(r"\s+(?:residents?|villagers?|inhabitants?|farmers?|herders?|shepherds?|men|women)\b", re.I),
    # "residents of Samarkandyk blocked the road in the centre of the village": they acted at home
    own_village_after=lazy_compile(r",\s*(?:where|on\s+the\s+(?:outskirts|edge)\s+of\s+which|whose\s+(?:outskirts|edge))\s+"
                                   # "two residents of Lakkon, on the outskirts of which several shells exploded"
                                   r"(?:[\w-]+\s+){0,4}?(?:shells?|mines?|rounds?|bombs?|rockets?|missiles?)\s+(?:had\s+)?"
                                   r"(?:landed|exploded|fell|hit|struck)\b|"
                                   r"\b(?:in|at)\s+(?:the\s+)?(?:centre|center|middle)\s+of\s+"
                                   r"(?:the|their|its)\s+(?:own\s+)?village\b"
                                   r"|\bin\s+their\s+(?:own\s+)?village\b"
                                   # "blocked the road on the edge of their village" (Russian «на окраине села»)
                                   r"|\b(?:on|at)\s+the\s+(?:edge|edges|outskirts)\s+of\s+their\s+(?:own\s+)?village\b"
                                   # "a car belonging to a resident of Samarkandyk was hit ... on the outskirts of that
                                   # village"
                                   r"|\b(?:on|at|near)\s+the\s+(?:(?:edge|edges|outskirts)\s+of|entrance\s+to)\s+(?:that|the same)\s+village\b"
                                   # ... "haystacks ... belonging to residents of Kulundu village were set on fire on
                                   # the outskirts of the village, about 300 meters from the border line" (the village
                                   # named no further)
                                   r"|\b(?:on|at)\s+the\s+(?:edge|edges|outskirts)\s+of\s+the\s+village\b(?!\s+of\b|\s+(?-i:[A-Z]))"
                                   # "a herder from the Tajik village of Surkh who was grazing 60 goats on a slope above
                                   # the village" ... "about 800 meters west of the village"
                                   r"|\b(?:on|in|at)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:slopes?|pastures?|fields?|hills?|hillsides?|"
                                   r"meadows?|plots?|gorges?)\s+(?:above|below|near|outside|behind|beyond|south\s+of|"
                                   r"north\s+of|east\s+of|west\s+of)\s+the\s+village\b(?!\s+of\b)"
                                   r"|" + SPOT_FROM_THE_VILLAGE +
                                   # "came out onto the main street of the village and blocked traffic"
                                   r"|\b(?:on|onto|in)\s+(?:the\s+)?(?:main|central)\s+street\s+of\s+(?:the|their)\s+(?:own\s+)?village\b"
                                   # "blocked the road leading from the village towards Kulundu"
                                   r"|\b(?:road|highway),?\s+(?:leading|running|going)\s+(?:out\s+)?(?:from|of)\s+(?:the|their)\s+"
                                   r"(?:own\s+)?village\b"
                                   # "gathered on the road at the entrance to the village"
                                   r"|\bat\s+the\s+(?:entrance|exit|gates?)\s+(?:to|of)\s+(?:the|their)\s+(?:own\s+)?village\b"
                                   # "Residents of Arka report that ... mortar rounds have been falling on the upper
                                   # part of the village"
                                   r"|\b(?:on|in|at)\s+the\s+(?:upper|lower|northern|southern|eastern|western|outer|"
                                   r"central|border)\s+(?:part|end|edge|outskirts)\s+of\s+(?:the|their)\s+(?:own\s+)?village\b"
                                   # "after bullets hit homes on the village's eastern edge"
                                   r"|\b(?:on|in|at)\s+the\s+village['’]s\s+(?:(?:upper|lower|northern|southern|eastern|"
                                   r"western|outer|central|border)\s+)?(?:part|end|edge|outskirts|streets?)\b",
                                   re.I),
    # "the Kyrgyz village of Kayragach, in Beshkent aiyl okmotu of Leilek district": the unit locates the village
    # ("on the outskirts of Maksat, Kulundu aiyl aimak": the unit right after the comma)
    # ... "Tamdyk, which belongs to the |Ak-Sai| rural district", "Tamdyk, a village in the |Ak-Sai| rural district"
    locating_unit_before=lazy_compile(r"[\w-],\s+(?:(?:in|of)\s+(?:the\s+)?|(?:which|that)\s+(?:belongs|belonged|is\s+part)\s+"
                                      r"(?:to|of)\s+(?:the\s+)?|an?\s+(?:[\w-]+\s+)?(?:village|settlement|hamlet)\s+"
                                      r"(?:in|of)\s+(?:the\s+)?)?$|"
                                      # a translation's "near Tamdyk village (Тамдык айылы) of Ak-Sai aiyl aimagy"
                                      r"[\w-]\s+(?:village|aiyl|ayil|kishlak)\s+(?:\([^()]{1,40}\)\s+)?of\s+(?:the\s+)?$",
                                      re.I),
    locating_unit_after=lazy_compile(r"^\s+(?:a[iy]y?l\s+(?:okmotu|aimagy?|aimak)|"
                                     r"rural\s+(?:district|community|council)|"
                                     r"village\s+council)\b", re.I),
    # "Kyrgyz guards had opened fire on residents of the Tajik village of Chilgazi"
    # ("opened fire with automatic weapons on residents of Lolazor": the weapon between)
    # ("opened fire at about 7:40 a.m. on residents of Kara-Bak": the time between)
    fired_on_residents=lazy_compile(r"\b(?:(?:fire|fired|shot|shooting|firing)\s+(?:(?:with|from)\s+(?:[\w-]+\s+){1,2}|"
                                  # "shots were fired from the direction of the Kyrgyz village of Samarkandyk at
                                  # residents of Surkh"
                                  r"from\s+the\s+direction\s+of\s+(?:[\w'’-]+\s+){1,6}?)?"
                                  r"(?:(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?"
                                  r"(?:on|at|upon)|attacked|"
                                  # "began throwing stones at the owner of the house and at residents of Surkh"
                                  r"(?:stones|rocks)\s+at\s+(?:[^.;]{0,50}?\s+and\s+(?:at\s+)?)?|pelted)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:residents|villagers|inhabitants|farmers|shepherds|herders)\s+of\b", re.I),
    # "was grazing a flock ... 4 kilometres west of the village of Kara-Shybak": where a person named by
    # their home was hurt
    scene_before=lazy_compile(
        r"\b(?:near|outside|close to|not far from|(?:in the )?vicinity of|(?:on )?the outskirts of|in the area of|"
        # a translation's "in the territory of the kishlak Chorkuh", "on the highway passing through the settlement
        # Shurob"
        r"(?:in|on) the territory of|(?:highway|road|street)\s+(?:passing|running|which passes|that passes)\s+through|"
        # "threw stones at a minibus ... as it passed the Kyrgyz village of Ak-Sai": where the vehicle was hit
        r"(?:as|while|when)\s+(?:it|they|the\s+[\w-]+)\s+(?:passed|was passing|were passing|drove past|"
        r"was driving past|were driving past|drove through|was driving through)(?:\s+through)?|"
        # "at the central bazaar in Isfara": a market, where traders from elsewhere were beaten
        r"(?:at|in) the (?:(?:central|main|city|town|clothing|food)\s+)?(?:bazaar|market)\s+(?:in|of)|"
        # "an apricot orchard on the edge of the neighboring Chilgazi jamoat"
        r"(?:on |at )?the (?:edge|fringes?) of|"
        # "threw stones at the windows of a shop ... on the central street of Bulak-Bashy"
        r"(?:on|in|at) the (?:(?:central|main)\s+)?(?:street|square|cemetery)\s+(?:of|in)|"
        # "wounded ... while working in an orchard in Chilgazi jamoat": where they worked
        r"(?:orchards?|fields?|pastures?|gardens?|vineyards?|hayfields?|meadows?|(?:land )?plots?)\s+(?:in|at|of)|"
        r"(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s)\s+(?:(?:north|south|east|west)[\w-]*\s+)?(?:of|from))\s+"
        # ("1.5 kilometers south of the populated area of Orto-Boz")
        r"(?:the\s+)?(?:(?:kyrgyz|tajik|border|neighbou?ring)\s+)*(?:(?:village|town|settlement|exclave|"
        r"populated\s+area|locality)\s+of\s+|"
        # ... a translation's "the kishlak Chorkuh", "the village Ak-Sai" (no "of")
        r"(?:village|settlement|kishlak|qishloq|aiyl|ayil|mahalla)\s+)?$",
        re.I),
    near_before=lazy_compile(
        r"\b(near|around|outside|close to|next to|on the outskirts of|outskirts of|"
        r"vicinity of|in the area of|not far from|kilometres from|kilometers from|km from|"
        r"km of|miles from|surroundings of|suburbs of|approaches to)\s+(the\s+)?"
        r"([\w-]+\s+){0,2}((border\s+)?(village|town|city|settlement)\s+of\s+)?$", re.I),
)

#: Table column headers (sitreps' "breakdown by village") to the measure they count.
TABLE_COLUMNS = {
    "fatalities": lazy_compile(r"\b(killed|dead|deaths?|fatalities|died)\b", re.I),
    "injured": lazy_compile(r"\b(injured|wounded|injuries|hurt)\b", re.I),
    "displaced": lazy_compile(r"\b(evacuated|evacuees|displaced|relocated)\b", re.I),
}
#: A column that counts something other than people ("Evacuated (families)", "Houses damaged").
TABLE_SKIP_COLUMN = lazy_compile(r"\b(famil(?:y|ies)|households?|houses?|homes?|buildings?|livestock|cattle|"
                               r"heads?|hectares?|ha|vehicles?|schools?)\b", re.I)
#: A row that is not one place's own figures: totals, hospitals.
TABLE_SKIP_ROW = lazy_compile(r"\b(total|overall|hospitals?|clinics?|(?:health|medical) cent(?:re|er)s?|"
                            r"polyclinics?|general practice)\b", re.I)

#: A death among people already counted as wounded ("one of the wounded later died", "died of his
#: wounds"): it moves from the injured to the dead. A bare "died in hospital" is not enough (it often
#: tells how one of the dead already counted died).
DIED_OF_WOUNDS = lazy_compile(
    # ... and "one of the two farmers wounded on Tuesday has died"
    r"\b(?:of (?:the|those|the two|two|three|\d+) (?:[\w-]+ ){0,2}?(?:injured|wounded)|among the (?:injured|wounded))\b"
    r"[^.;]{0,120}?"
    r"\b(?:died|succumbed|passed away)\b"
    # "five people were injured in the shootout, one of whom died"
    # (and "Two border guards were wounded and taken to hospital in Batken, where one of them, a 22-year-old
    # sergeant, died overnight")
    r"|\b(?:injured|wounded|hurt)\b[^.;]{0,80}?\bof (?:whom|them)(?:,[^,.;]{1,60},)?\s+"
    r"(?:later\s+|has\s+|had\s+)?(?:died|succumbed)\b"
    # ... "A 52-year-old Khistevarz resident who was struck on the head with a stone died on Thursday": hurt, then dead
    # ... "A resident of Kulkand who was hurt in Sunday's mass brawl ... has died"
    r"|\bwho\s+(?:(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:struck|hit|stabbed|beaten|hurt|injured|wounded)|"
    # ... "The 58-year-old man, who sustained a severe head injury ..., succumbed to his wounds"
    r"(?:had\s+)?(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies))|"
    # ... a translation's "One of them, born 1982, who was delivered with a closed craniocerebral injury, died on
    # August 5"
    r"(?:was|had\s+been)\s+(?:delivered|brought|admitted|taken)\b[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,3}?"
    r"(?:wounds?|injur(?:y|ies)|trauma))\b"
    r"(?![^.;]{0,20}\bdead\b)[^.;]{0,120}?\b(?:has\s+|had\s+|later\s+)?(?:died|succumbed)\b"
    # ... "a villager had died of gunshot wounds"
    r"|\b(?:died|succumbed)\s+(?:later\s+|subsequently\s+)?(?:of|from|to)\s+(?:his|her|their|the)?\s*"
    r"(?:wounds|injuries|(?:gunshot|shrapnel|bullet|stab)\s+wounds)"
    # (not "died of stab wounds at the scene": killed there, never counted among the wounded)
    r"(?!\s+(?:at the scene|on the spot|instantly|immediately)\b)"
    # "A woman and her two children were wounded; the younger child, a six-year-old girl, died in hospital"
    # (the clause after the semicolon, read alone)
    # ... and "The Ministry of Health said on Thursday that the younger boy had died in the Batken regional hospital"
    r"|(?:\b(?:wounded|injured)\s*;|^\s*;?|\b(?:said|says|reported|confirmed)\s+(?:on\s+[\w-]+\s+)?that)\s*"
    r"(?:the|one of the)\s+(?:younger|older|elder|youngest|eldest|second|other)\s+"
    r"(?:child|boy|girl|son|daughter|brother|sister|one)\b[^.;]{0,60}?\b(?:died|succumbed)\b"
    # "Asylbek Toktorov, 46, died late on October 7 in the Osh regional clinical hospital, five days after he
    # was shot in the chest"
    r"|\b(?:died|succumbed|passed away)\b[^.;]{0,100}?\b(?:[\w-]+\s+)?(?:days?|hours?|weeks?)\s+after\s+"
    r"(?:he|she|they)\s+(?:was|were|had been)\s+(?:shot|wounded|injured|hit)\b"
    # "A Kyrgyz villager wounded in a shootout on the border with Tajikistan has died in hospital"
    # ... "a 17-year-old girl wounded in Maksat had died overnight"
    r"|\b(?:wounded|injured)\s+in\s+(?:a|an|the|last|[a-z]+day|(?-i:[A-Z])[\w-]+)\b"
    r"[^.;]{0,100}?\b(?:has|have|had)\s+(?:since\s+|now\s+)?died\b"
    # ... "A Kyrgyz border guard wounded when shots were fired at a frontier post ... on Saturday has died in hospital"
    r"|\b(?:wounded|injured)\s+(?:when|as|after|during)\b[^.;]{0,120}?\b(?:has|have|had)\s+(?:since\s+|now\s+)?died\b"
    # "received a gunshot wound to the abdomen and died on the way to the hospital"
    r"|\b(?:received|suffered|sustained)\s+(?:an?\s+)?(?:[\w-]+\s+)?wounds?\b[^.;]{0,80}?\band\s+(?:later\s+)?died\b"
    # "the man died on the evening of October 15 in the Osh Interregional Clinical Hospital, where he had been taken
    # with a severe head injury"
    r"|\b(?:died|passed away)\b[^.;]{0,100}?\bwhere\s+(?:he|she)\s+had\s+been\s+(?:taken|admitted|brought|flown|"
    r"airlifted)\b[^.;]{0,40}?\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?)\b"
    # "was shot on a pasture near Kara-Shybak and died in hospital in Osh four days later"
    r"|\bwas shot\b(?!\s+(?:at|dead|down)\b)[^.;]{0,80}?\band\s+(?:later\s+)?died\b"
    # "a 52-year-old resident of Arka ... was struck by a bullet in his courtyard at about 23:40 and died before an
    # ambulance could reach him"
    r"|\b(?:was|were)\s+(?:struck|hit)\s+by\s+(?:a\s+|an\s+)?(?:stray\s+)?(?:bullets?|shells?|fragments?|shrapnel|"
    r"rounds?)\b[^.;]{0,80}?\band\s+(?:later\s+)?died\b"
    # "a border guard who was wounded in an exchange of fire ... has died in hospital"
    r"|\b(?:who|that)\s+(?:(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt)|"
    # "The 46-year-old resident of Kara-Bak, who received a gunshot wound to the chest, died"
    r"(?:received|suffered|sustained)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:wounds?|injur(?:y|ies)))\b[^.;]{0,160}?"
    r"\b(?:has\s+|have\s+|had\s+|later\s+)?(?:died|succumbed)\b"
    # "a 61-year-old local man who had been in intensive care at the Batken regional hospital since Thursday night
    # died early this morning"
    r"|\b(?:who|that)\s+(?:had been|has been|was|were)\s+(?:[\w-]+\s+)?in\s+(?:intensive care|(?:a|the)\s+(?:[\w-]+\s+){0,3}?"
    r"hospital)\b[^.;]{0,160}?\b(?:has\s+|have\s+|had\s+|later\s+)?(?:died|succumbed)\b",
    re.I,
)

#: A denial that the reported violence happened: "no incident took place", "There was no shelling".
_FALSE_ALARM = (r"(?:no (?:incidents?|shooting|shelling|firing|attack) (?:had |has |have )?"
                r"(?:taken place|took place|occurred|happened|been recorded)"
                # "no incidents on the Tajik-Kyrgyz border had been recorded on February 8"
                r"|no (?:incidents?|shooting|shelling|firing|attacks?) (?:on|at|in|near) [^.;]{1,60}?"
                r"(?:had|has|have) been (?:recorded|registered)"
                # ... "no incidents involving the use of weapons or physical force had been recorded on the border"
                r"|no (?:incidents?|cases?) involving [^.;]{1,60}?(?:had|has|have) been (?:recorded|registered)"
                # "No shooting was recorded on the Leilek section of the border"
                r"|no (?:incidents?|shooting|shelling|firing|attacks?) (?:was|were) (?:recorded|registered)"
                # "the loud bangs ... were caused by planned blasting at a gravel quarry, not by shooting"
                r"|caused by [^.;]{1,80}?,? not by (?:shooting|shelling|gunfire|firing|an attack)"
                # "no shots were fired on this section ... The footage was filmed in September 2022"
                r"|no shots (?:were|had been|have been) (?:fired|recorded)"
                # "Nothing of the kind had happened" ... "fireworks set off at a wedding"
                r"|nothing of the (?:kind|sort) (?:had |has )?(?:happened|took place|occurred)"
                # "These were mass blasts at the quarry ... There was no shelling"
                # (also quoted: 'said there had been "no shooting and no violation of the ceasefire"')
                r"|there (?:was|had been|has been) [\"“]?no (?:shelling|shooting|attack|gunfire|drone|strike|explosion)"
                # "servicemen had inspected the area and found "no traces of explosions, no casualties ...""
                r"|no (?:traces?|signs?) of (?:an? )?(?:explosions?|shelling|shooting|attack|strike|gunfire)"
                # '"No incidents, shootings or injuries have been registered on the Tajik-Kyrgyz border"'
                r"|no (?:incidents?|shootings?|shelling|firing|attacks?)(?:,\s*\w+){0,3},?\s+(?:or|and)\s+\w+\s+"
                r"(?:had |has |have )?(?:been )?(?:registered|recorded)"
                # "A video ... which claims to show residents of Khistevarz wounded ..., has nothing to do with the state
                # border"
                r"|(?:has|had|have) nothing to do with the (?:state )?border)")
#: What the alarm really was: blasting at a quarry, drills, fireworks, old footage.
_ALARM_EXPLAINED = (r"(?:blasting|controlled (?:explosions|detonations)|planned (?:explosions|detonations)|"
                    # "the explosion heard in the settlement was caused by a household gas cylinder"
                    r"exercises|drills|fireworks|firecrackers|gas (?:cylinder|canister|tank|leak)|"
                    # "the footage was in fact filmed ... where a minibus ... collided with a cargo truck"
                    r"collided with|road accident|traffic accident|car crash|"
                    # "a fire ... caused by an electrical fault at a hay barn", "after a short circuit"
                    r"electrical fault|short circuit|faulty wiring|"
                    # a death reported as a shooting: "the man died of a heart attack and his body bore no wounds"
                    r"died (?:of|from) (?:a )?(?:heart attack|stroke|natural causes|heart failure)|"
                    # a rumour denied: "the information is not true", "spreading false information" (not the other
                    # government's statement: "the Tajik side's claims are not true" is one side's word against the
                    # other's, and does not cancel its report)
                    r"(?<!side's )(?<!tajikistan's )(?<!kyrgyzstan's )(?<!dushanbe's )(?<!bishkek's )(?<!tajik )(?<!kyrgyz )"
                    r"(?:information|reports?|rumou?rs?|posts?|claims?) (?:is|are|was|were) (?:not true|false|untrue|fake)"
                    r"(?![^.;]{0,40}?\b(?:of|from|by) (?:the )?(?:tajik|kyrgyz)\w*(?: side| border)?)|"
                    # (not one government "accusing Bishkek of spreading false information": its word against the
                    # other's)
                    r"(?<!of spreading )(?<!of \"spreading )(?<!of “spreading )(?<!of disseminating )false information|"
                    r"fake news|"
                    # "the objects seen were the Border Service's own observation drones"
                    r"(?:blasts?|explosions?) at (?:a |the )?(?:quarry|construction site|building site|road ?works)|"
                    r"own (?:observation |surveillance |reconnaissance )?(?:drones?|uavs?|quadcopters?)|"
                    # ... "A video that spread on WhatsApp on Tuesday night, said to show a house on fire ..., was filmed in"
                    # ... "the recording was made in April 2021"
                    r"(?:video|footage|photo(?:graph)?|picture|image|recording)(?:,[^,.;]{1,60},|\b[^.;]{1,160}?,)? "
                    r"(?:was|had been) (?:filmed|shot|recorded|first posted|taken|made))")
#: A fact-check's verdict that the reported event did not happen: the article reports no incident.
DEBUNKED = lazy_compile(r"\bverdict(?:\s+[\w\"'-]+){0,2}?\W{0,4}(?:false|fake|untrue|misleading|fabricated|not true|"
                      r"manipulat(?:ion|ed)|out of context)\b"
                      # "Verdict. The video is not new ... Reports of shooting in Ak-Sai ... are false"
                      r"|\bverdict\s*[.:]\s[^\n]{0,300}?\b(?:(?:is|are) (?:false|untrue|fake|not true)|misleading)\b"
                      # a fact-check's headline: "No, there was no new shooting in Ak-Sai"
                      r"|\bno,\s+there (?:was|were|has been|have been) no\b"
                      # a fact-check's own verdict: "We checked this claim. It is false."
                      r"|\bwe (?:checked|verified|fact-checked) (?:this|the|these) (?:claim|information|video|reports?|posts?)s?[.,:]?"
                      r"\s+(?:(?:it|this|they) (?:is|are) )?(?:false|not true|untrue|fake|misleading)\b"
                      # a false alarm, explained after the denial (before it: FALSE_ALARM with ALARM_EXPLAINED)
                      r"|\b" + _FALSE_ALARM + r"(?=[\s\S]{0,3000}?" + _ALARM_EXPLAINED + ")", re.I)
#: A denial (not "no shelling, but on Wednesday ..."), and what the alarm really was.
FALSE_ALARM = lazy_compile(r"\b" + _FALSE_ALARM + r"(?![^.]{0,3}\b(?:but)\b)", re.I)
#: A paragraph's label counting from the start of a past crisis: "Key figures since the start of the response."
CUMULATIVE_LABEL = lazy_compile(
    r"[ \t]*(?:\*\*|#+[ \t]*)?(?:key (?:figures|numbers)|cumulative (?:figures|totals?)|totals?)\b[^.\n]{0,60}?"
    r"\b(?:since the (?:start|beginning|outbreak)|to date)\b", re.I)
#: A section heading that announces background: "Background", "What we know about the conflict".
BACKGROUND_HEADING = lazy_compile(
    r"[\s#*_]*(?:background|context|what (?:we know|is known)|the backstory|a look back|(?:a )?brief history|"
    r"history of the (?:conflict|dispute))\b[^.\n]{0,60}$", re.I)
#: A report said to be false: with what the alarm really was in its paragraph, that item did not happen.
FALSE_REPORT = lazy_compile(
    r"\b(?:reports?|claims?|information|posts?|videos?|footage|rumou?rs?)\s+(?:was|were|is|are|had been|has been)\s+"
    r"(?:false|untrue|fake|not true|groundless|baseless)\b"
    # 'called posts on social networks about shots fired near Kök-Tash "untrue"'
    r"|\bcalled\s+(?:the\s+)?(?:reports?|claims?|information|posts?|videos?|rumou?rs?)\b[^.;]{0,80}?[\"“]?"
    r"(?:false|untrue|fake|not true|groundless|baseless)\b"
    # "a video ... claiming to show shooting near Ak-Sai", "the information was not confirmed"
    r"|\b(?:claim(?:ing|ed)|purport(?:ing|ed)|alleged(?:ly)?)\s+to\s+show\b"
    # ... "A video ..., allegedly showing a shootout on the border near Kok-Tash village, was filmed in September 2022"
    r"|\b(?:allegedly|purportedly|supposedly)\s+show(?:ing|s)\b"
    r"|\b(?:information|reports?)\s+(?:was|were|has not been|have not been|had not been)\s+(?:not\s+)?confirmed\b"
    # "There was no shooting on the border", "the shots turned out to be blasts at a construction site"
    r"|\bthere (?:was|were|had been|has been) no (?:shooting|shelling|brawl|fight|clash|attack|gunfire)s?\b"
    # "both denied the reports the same day", "the sounds came from blasting works at a quarry"
    r"|\b(?:denied|dismissed|refuted)\s+(?:the\s+|these\s+|those\s+)?(?:reports?|rumou?rs?|information|claims?|posts?)\b"
    # "a message about alleged shooting near Maksat ... The Border Service denied it"
    r"|\b(?:reports?|messages?|posts?|rumou?rs?)\s+(?:of|about)\s+(?:an?\s+)?alleged\b"
    r"|\b(?:denied|dismissed|refuted)\s+(?:it|them)\b"
    r"|\b(?:sounds?|noises?|bangs?|shots?|explosions?)\s+(?:had\s+)?came\s+from\b"
    r"|\b(?:shots?|shooting|gunfire|blasts?|explosions?|bangs?|sounds?)\s+(?:[\w-]+\s+){0,3}?turned out to be\b"
    # "the Border Service had checked the reports and that no drone had crossed the border"
    r"|\bno (?:drones?|shots?|shells?|mortar rounds?|rounds?) (?:had |has |have |was |were )?(?:crossed|been fired|"
    r"fired|landed|hit)\b"
    # '"No aircraft from the territory of Tajikistan crossed the state border"'
    r"|\bno (?:aircraft|drones?|uavs?|unmanned (?:aircraft|aerial vehicles?)|quadcopters?) from [^.;]{1,40}?"
    r"(?:had |has |have )?(?:crossed|violated|entered|flew over|flown over)\b", re.I)
ALARM_EXPLAINED = lazy_compile(
    r"\b" + _ALARM_EXPLAINED + r"\b"
    # a retraction that finds the place calm: "This has not been confirmed: the village head says all is quiet in
    # Ak-Tatyr"
    r"|(?<=[:;—])(?<!\d:)\s+[^.;:]{0,80}?\b(?:(?:is|was|remains|remained) (?:calm|quiet)|all (?:is|was) (?:calm|quiet))\b", re.I)
#: An old story republished: "first published on Sept. 16, 2022, and is republished unchanged".
REPUBLISHED = lazy_compile(
    r"\b(?:republish\w*|re-published|reprinted)\b[^.]{0,80}?\b(?:unchanged|without changes|in full|as it (?:was|appeared))\b"
    r"|\b(?:does|do) not describe (?:any )?new events\b", re.I)
#: A fact-check's claim paragraph: "**Claim:** On Monday a Telegram channel wrote ...".
CLAIM_LABEL = lazy_compile(r"^[ \t]*(?:\*\*|__)?(?:claim|the claim|what was claimed)\s*:", re.I | re.M)
#: A fact-check that tells what really happened: "A shooting did take place, but not in Kyzyl-Bel".
REAL_EVENT_TOLD = lazy_compile(
    r"\b(?:(?:shooting|incident|clash|fight|brawl|exchange of fire|attack)s?\s+(?:did|really)\s+(?:take place|happen|occur)"
    r"|what (?:really|actually) happened|what the original (?:report|story|article) said)\b", re.I)

#: A zero told of every case the article reports: "No one was killed in any of the incidents".
EVERY_CASE = lazy_compile(r"\b(?:in any of the (?:incidents|cases|attacks|shootings)|in all (?:of )?(?:the|these|three|"
                        r"four|both) (?:incidents|cases|attacks|shootings)|"
                        # "Three episodes were reported ..., none of them with deaths", "four separate incidents in four
                        # places, none of them fatal"
                        r"none of them (?:with|caused|causing|resulting in|led to) (?:any\s+)?deaths|"
                        r"none of them (?:was |were )?fatal|"
                        r"none of the (?:incidents|clashes|attacks|shootings) (?:was|were) fatal)\b", re.I)

#: A lede summing several incidents: "left four people injured over three days", "in three separate incidents".
SEVERAL_EVENTS = lazy_compile(r"\b(?:over|in|during|within) (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|several|"
                            r"\d+) days|in (?:two|three|four|five|several|\d+ )?(?:separate )?(?:incidents|attacks|episodes)\b|"
                            # "two incidents took place on the Tajik-Kyrgyz state border in the territory of Isfara city"
                            r"\b(?:two|three|four|five|several|[2-5])\s+(?:\(\w+\)\s+)?(?:separate\s+)?(?:incidents|episodes|cases)\s+"
                            r"(?:took place|occurred|happened|were (?:registered|recorded|reported))\b", re.I)

#: A running total since a conflict began: "Since the fighting began on Wednesday, 35 Tajik citizens have died".
#: A funeral named just before a date: "the funeral was held on Friday" (its day dates no event); so does a discharge
#: from hospital ("was treated in the Leilek district hospital and discharged on Monday"), and a return home.
FUNERAL_BEFORE = lazy_compile(r"\b(?:funerals?|burial|janaza|laid to rest)\b[^.;]{0,50}$|"
                              r"\b(?:discharged|released from (?:the\s+)?hospital)\s+(?:on\s+|late\s+on\s+)?$|"
                              # ... and the evacuees' return: "All 240 residents ... returned home on Wednesday"
                              r"\breturned\s+(?:home|to\s+(?:their|the)\s+(?:homes?|village))\s+(?:on\s+)?$", re.I)
#: A road accident, whose toll the next sentence may tell: "a minibus overturned on the Sary-Tash road".
ROAD_ACCIDENT = lazy_compile(r"\b(?:car crash(?:es)?|road accidents?|traffic accidents?|head-on collision|collided|"
                             r"(?:overturned|rolled over|crashed|veered off)\b[^.;]{0,60}?\b(?:road|highway|ravine|"
                             # "a Daewoo Nexia car ... left the road and overturned into an irrigation ditch"
                             # (not "the group of citizens left the road at 15:10": protesters who had blocked it)
                             r"river|slope|ditch|canal|gorge)|\b(?:car|vehicle|truck|lorry|bus|minibus|driver|it|he|she)\b"
                             r"[^.;]{0,60}?\bleft the road|"
                             r"(?:minibus|bus|truck|lorry|car)\s+(?:overturned|rolled over|crashed)|"
                             # "Three people died when a car fell into a gorge"
                             r"(?:car|bus|truck|lorry|minibus|vehicle)\s+(?:[\w-]+\s+){0,2}?(?:fell|plunged)\s+(?:into|off|down)"
                             r"\s+(?:a|an|the)\s+(?:gorge|ravine|river|canal|ditch|cliff|precipice|riverbed))\b",
                             re.I)
_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
#: A month, a year or the start of a year or season: "since May", "since 2021", "since the start of the year" (not
#: "since May 3").
_SINCE_A_MONTH = (_MONTH_NAMES + r"\b(?!\s+\d)|(?:19|20)\d\d\b|"
                  r"(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
                  r"(?:year|month|season|summer|spring|autumn|winter)\b")
_PLACES_SUM = (r"(?:in all|in total|altogether|overall)\b[^.;]{0,80}?\b(?:(?:from|in|across|of)\s+(?:the\s+)?"
               r"(?:two|three|four|five|both|\d+)\s+(?:villages|districts|jamoats|communities|settlements)|"
               # ... over the incidents told before: "In all, two citizens of Kyrgyzstan were injured in the two
               # incidents", "In total, as a result of the provocative actions of the citizens of Kyrgyzstan, two ..."
               r"(?:in|during|as a result of)\s+(?:the\s+|these\s+|all\s+)?(?:two\s+|three\s+|both\s+|\d+\s+)?"
               r"(?:[\w-]+\s+)?(?:incidents|provocations|provocative actions|clashes|cases|episodes))")
#: A sum over the places listed before: "In all, six people were killed in the three villages and 15 wounded".
PLACES_SUM = lazy_compile(r"\b" + _PLACES_SUM + r"\b", re.IGNORECASE)
#: A clause that opens on a total ("In total, eight people sought medical help", "Altogether, four were hurt"): the
#: count holds the people just told one by one.
IN_TOTAL_OPENING = lazy_compile(r"\s*(?:in total|in all|altogether|overall)\b,?", re.IGNORECASE)
CUMULATIVE = lazy_compile(r"\b(?:since the (?:start|beginning|outbreak|onset) of (?:the )?(?:fighting|clashes|conflict|hostilities|"
                        r"escalation|flare-?up)|since (?:the )?(?:fighting|clashes|conflict|war|violence|hostilities|escalation|flare-?up) "
                        r"(?:began|broke out|erupted|started)|"
                        # "four dead and 12 wounded for Monday and Tuesday together": two days' sum
                        r"(?:for|over|on) " + WEEKDAY_NAMES + r" and " + WEEKDAY_NAMES + r" (?:together|combined)\b|"
                        # "Since Monday, about 5,300 residents ... have been evacuated": a running total
                        r"since " + WEEKDAY_NAMES + r"\b(?=[^.;]{0,120}\b(?:have|has) been\b)|"
                        # a sum over places: "In all, about 650 people were taken from the two villages"
                        + _PLACES_SUM + r")\b"
                        # a list's total line: "Total: seven dead and 18 wounded", "In all - 10 killed"
                        r"|\b(?:in total|total|in all|altogether|overall)\s*[—–:-]\s"
                        # a sum since a day: "In all, 1,430 people have been evacuated since Monday"
                        r"|\b(?:in total|in all|altogether|overall)\b[^.;]{0,80}?\bsince\s+(?:" + WEEKDAY_NAMES
                        + r"|" + _MONTH_NAMES + r"\s+\d{1,2})\b"
                        # a count over months or years: "six herders from the area have been detained by Tajik guards
                        # since May", "a border where two rounds of fighting have killed about 160 people since 2021"
                        r"|\b(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en|ght)\b[^.;]{0,80}?\bsince\s+(?:"
                        + _SINCE_A_MONTH + r")"
                        r"|\bsince\s+(?:" + _SINCE_A_MONTH + r")(?=[^.;]{0,120}\b(?:have|has) been\b)"
                        # the whole front's evacuees: "more than 120,000 people were evacuated from the conflict zone"
                        r"|\bfrom the (?:conflict|combat|fighting|war) (?:zone|area)\b"
                        # a nation's count: "Tajik officials have put the number of Tajik citizens killed at 41"
                        r"|\b(?:number|toll)\s+of\s+(?:kyrgyz|kirghiz|tajik)\w*\s+(?:citizens|nationals)\s+(?:killed|dead)\s+"
                        r"(?:in\s+the\s+(?:conflict|fighting|clashes|hostilities|war)\s+)?(?:at|to)\s"
                        # a sum over several days: "nine wounded in all over the three days"
                        r"|\b(?:in total|in all|altogether|overall)\b[^.;]{0,60}?\b(?:over|in|during)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                        r"(?:two|three|four|five|six|seven|several|\d+)\s+days\b",
                        re.I)

#: A court's verdict: "A court on Monday sentenced three men for their part in the brawl of April 28".
VERDICT = lazy_compile(r"\b(?:sentenced|convicted|found guilty|acquitted|jailed|"
                      # a civil ruling: "the court upheld the family's claim for compensation"
                      r"(?:upheld|granted|dismissed|rejected) (?:a|the|an?) (?:[\w’'-]+ ){0,3}?(?:claim|lawsuit|suit)|"
                      r"ordered (?:the )?(?:[\w-]+ ){0,3}?to pay|awarded (?:[\w-]+ ){0,3}?compensation|"
                      r"upheld (?:a|the|his|her) (?:[\w-]+ ){0,2}?(?:sentence|verdict|conviction))\b", re.I)

#: A figure called untrue: "Reports of two wounded residents are untrue", "claims that three soldiers died are false".
_REFUTATION = (r"(?:(?:is|are|was|were)\s+(?:untrue|false|not true|unfounded|incorrect|fake)|"
               # "The information about the death of a serviceman ... does not correspond to reality"
               r"(?:does|do|did)\s+not\s+correspond\s+to\s+(?:reality|the facts)|"
               r"(?:has|have|had)\s+not\s+been\s+confirmed)\b")
REFUTED = lazy_compile(r"\b(?:reports?|claims?|information|rumou?rs?)\s+(?:of|about|that)\s+(?P<figure>[^.;\"“”]{3,50}?)\s+"
                     + _REFUTATION
                     # "Bishkek rejected the Tajik figure of eight dead as "invented""
                     + r"|\b(?:rejected|dismissed|denied)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:figures?|toll|claims?|numbers?)\s+of\s+"
                     r"(?P<rejected>[^.;\"“”]{3,40}?)\s+as\s+[\"“]?(?:invented|untrue|false|fake|fabricated|a lie|lies)"
                     # "Telegram channels had written that three border guards were killed ... The Border Troops
                     # called this information "untrue"": what was written, called untrue in the next sentence
                     r"|\b(?:wrote|written|reported|posted|claimed)\s+that\s+(?P<retold>[^.;\"“”]{3,80}?)[.;]\s+"
                     r"[^.]{0,80}?\b(?:called|described|termed|dismissed)\s+(?:this|these|that|those|the|such)\s+"
                     r"(?:information|reports?|claims?|posts?|news)\s+(?:as\s+)?[\"“]?"
                     r"(?:untrue|false|fake|a lie|lies|not true|disinformation|groundless|baseless)\b", re.I)
#: What may stand before the place a correction names: "near the village of".
_CORRECTION_PLACE_WORDS = r"(?:(?:in|near|at|outside)\s+)?(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?"
#: Between the right place and the one a correction withdraws: "near Kara-Shybak, not (near) Kyzyl-Eshme".
CORRECTED_PLACE = lazy_compile(
    r"[\s,]*(?:and\s+|but\s+)?(?:not|rather than|instead of)\s+" + _CORRECTION_PLACE_WORDS, re.I)
#: Between the withdrawn place and the right one: "not in Kyzyl-Eshme but in Kara-Shybak".
CORRECTED_PLACE_REVERSED = lazy_compile(
    # ... "not in Surkh, as was reported earlier, but on the outskirts of Chorkuh"
    # ... "not near Kulundu and not this morning, as was reported earlier, but the evening before, July 3, at about
    # 21:40 near the neighbouring village of Maksat": the day corrected with the place
    r"(?:\s+and\s+not\s+[^,.;]{1,40}?)?"
    r"(?:[\s,]*as\s+(?:was\s+|had\s+been\s+)?(?:reported|said|stated)(?:\s+(?:earlier|before|initially))?)?"
    r"[\s,]*but\s+(?:[^,.;]{1,30}?,\s*){0,3}?(?:[^\s,.;]+\s+){0,3}?"
    r"(?:on\s+the\s+outskirts\s+of\s+|in\s+the\s+area\s+of\s+)?(?:(?:near|in|at|outside)\s+)?(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+)?" + _CORRECTION_PLACE_WORDS, re.I)

#: The two parties of one fight named together: "pelted each other", "between residents of X and Y", and a
#: reciprocal fight verb after the two ("Residents of X and the neighbouring Y brawled").
FIGHT_PARTIES = lazy_compile(r"\beach other\b|\bone another\b|\bbetween (?:the )?(?:young |local )?(?:residents|villagers|"
                             r"inhabitants|men|youths|teenagers|herders|shepherds|farmers)\b|"
                             r"\b(?:brawled|scuffled|came to blows|traded blows|exchanged blows)\b|"
                             # "hospitalised after a fight with residents of the Tajik village of Ovchi-Kalacha"
                             r"\b(?:fight|brawl|scuffle|quarrel)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:residents|villagers|"
                             r"citizens|youths)\b|"
                             # "Residents of the village of Maksat ... and the Tajik village of Ovchi-Kalacha clashed"
                             r"\b(?:residents|villagers|inhabitants)\s+of\b[^.;]{0,120}?\band\b[^.;]{0,80}?"
                             r"\b(?:clashed|fought)\b",
                             re.I)
#: From a clause's first place to a second one named with it: "Surkh| and the neighbouring |Kok-Tash".
COORDINATED = lazy_compile(r"[^.;:!?]{0,60}?\band\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}", re.I)
#: Before the first of two places a fight lies between: "between (the villages of) |X and Y".
BETWEEN_BEFORE = lazy_compile(r"\bbetween\s+(?:[\w«»\"'’-]+\s+){0,4}$", re.I)  # "between the Tajik village of |X"
#: Before the place a reversed correction withdraws: "not (near) |Kyzyl-Eshme".
NEGATED_BEFORE = lazy_compile(r"\bnot\s+(?:[\w-]+\s+){0,3}$", re.I)
#: What may open a clause before its date: "On |July 22, Tajik officials said".
DATE_OPENING = lazy_compile(r"[\s\"«„“*—–-]*(?:on|in)?\s*", re.I)
#: After a count of people, words that say they were unharmed: "three members of his family worked
#: beside him| and were not hurt".
UNHARMED_AFTER = lazy_compile(r"(?:(?!,\s*(?:but|while|whereas|his|her|their)\s)[^.;]){0,50}?\b(?:(?:were|was|are|is)\s+(?:not|un)\s*(?:hurt|harmed|injured|wounded)|"
                            r"were\s+unhurt|was\s+unhurt|escaped\s+(?:unhurt|unharmed|injury))\b", re.I)
#: A part of what the sentence counted just before, up to the part's number: of animals ("Some 120 sheep the men
#: were grazing scattered; |9| of them were found dead"; no number between, which would be the part's own
#: total), or the rest of people already counted ("Two of them are in serious condition, the ministry said,
#: |three| others received gunshot wounds").
COUNTED_PART = lazy_compile(r"\b(?:of|among)\s+(?:them|whom)\b[^.;]{0,120}?,\s*(?:and\s+|while\s+|the\s+)?"
                            r"(?P<rest>\d+|[a-z]+)(?=\s+(?:others|remaining|more)\b)|"
                            # "Five citizens of Kyrgyzstan were injured ... |Two| of them, including a 45-year-old man,
                            # were taken to the Batken regional hospital with head injuries": the hurt taken to hospital
                            r"\b(?P<taken>\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+of\s+(?:them|whom)\b"
                            r"[^.;]{0,80}?\b(?:were|was|had been)\s+(?:later\s+)?(?:taken|admitted|brought|rushed|flown)\b"
                            r"[^.;]{0,80}?\b(?:hospitals?|clinics?|injur\w*|wounds?))|"
                            # a count broken down after a colon: "seven residents ... sought medical help after the
                            # fight: |four| were hospitalised and |three| received outpatient treatment"
                            r":\s*(?P<hospitalised>\d+|[a-z]+)\s+(?:were|was|had been)\s+(?:hospitali[sz]ed|admitted|"
                            r"taken to (?:the )?hospital)\b[^.;]{0,40}?\band\s+(?P<outpatients>\d+|[a-z]+)\s+"
                            r"(?:received|were|was|got|had)\b|"
                            # "Five more people sought medical help. "This number includes the |two| servicemen ...
                            # whose injuries were reported on March 13"": those counted before, inside the count
                            r"\b(?:this|that|the)\s+(?:number|figure|toll|count|total)\s+(?:also\s+)?includes?\s+"
                            r"(?:the\s+)?(?P<included>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
                            r"\b(?:sheep|cattle|cows|goats|horses|donkeys|bulls|calves|camels|yaks|livestock|animals|"
                           r"head)\b(?:(?!\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b)[^.!?\d]){0,120}?"
                           r"[;,]\s*(?:and\s+|but\s+)?(?P<part>\d+|[a-z]+)(?=\s+of\s+(?:them|these|those)\b)", re.I)
#: Just before a reporting verb that is the subject's second predicate ("... blamed Kyrgyz servicemen| and |said").
SECOND_PREDICATE_BEFORE = lazy_compile(r"(?:[,;]\s*|\s)and\s+(?:(?:also|then|later)\s+)?$", re.I)
#: Just after a figure of each side: "wounding one| serviceman on each side".
EACH_SIDE_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,2}?(?:on|from)\s+(?:each|either)\s+side\b", re.I)
#: Just before a figure: each side told first («Каждая из сторон сообщает об |одном раненом»).
EACH_SIDE_BEFORE = lazy_compile(r"\b(?:each|either|both)\s+sides?\s+(?:reported|reports|said it had|says it has|lost|"
                                r"has|had)\s+$", re.I)
#: Words of the border story in a section heading: the border, its two countries, the zone's usual names.
BORDER_WORDS = lazy_compile(r"border|frontier|batken|isfara|leilek|sughd|tajik|kyrgyz", re.I)
REFUTED_TAIL = lazy_compile(r"\b(?:untrue|false|not true|unfounded|incorrect|fake|not been confirmed|invented|"
                            r"fabricated|not correspond to (?:reality|the facts))\b", re.I)

#: A sentence whose subject is a pronoun: its speaker was named before it.
PRONOUN_SUBJECT = lazy_compile(r"\s*[\"“]?(?:they|it|he|she|(?P<document>the (?:statement|report|note|press release)))\b",
                               re.I)

#: A local body speaking again without its place: "According to the administration, ...", "the hukumat said".
LOCAL_BODY_SPEAKS = lazy_compile(r"\baccording to the (?:administration|office|hukumat|khukumat|akimiat|police)\b"
                                 r"|\bthe (?:administration|office|hukumat|khukumat) (?:also )?(?:said|says|added|"
                                 r"reported|claimed|claims)\b", re.I)
#: After a count, the speaker's neighbours: "two| residents of the neighbouring country".
NEIGHBOURING_SIDE = lazy_compile(r"\s+(?:(?:residents|citizens|nationals|people|servicemen)\s+)?(?:of|from)\s+the\s+"
                                 r"neighbou?ring\s+(?:side|country|state)\b", re.I)

#: Words that add a figure's people to those of an event told elsewhere ("had also been hurt").
#: "also" that adds people, not before a reporting verb ("The statement also claimed that two ..." adds a
#: statement): shared with the number grammar's own test for added people.
ALSO_ADDING = (r"also(?!\s+(?:said|says|claimed|claims|reported|stated|told|added|noted|alleged|accused|"
               r"confirmed|denied|wrote|announced)\b)")
ALSO = lazy_compile(r"\b(?:" + ALSO_ADDING + r"|too|as well)\b", re.I)
#: ... and "one Vorukh resident had been injured in the same fight": hurt in the event told before
#: (people of a village hurt elsewhere; not more people than a count, as ``ALSO`` says in the number grammar)
_SAME_EVENT = r"in the same (?:fight|brawl|clash|scuffle|incident|shooting|exchange of fire)"
ALSO_OR_SAME_EVENT = lazy_compile(r"\b(?:" + ALSO_ADDING + r"|too|as well|" + _SAME_EVENT + r")\b", re.I)
#: "one resident of the Vorukh exclave was hurt in the same fight": the event told before, not one at the village.
#: ... and "During the scuffle, a 28-year-old resident of Ak-Sai bruised his shoulder": the scuffle just told.
SAME_EVENT = lazy_compile(r"\b(?:" + _SAME_EVENT + r"|(?:\A|(?<=[.!?”\n] )|(?<=\n))"
                          r"during the (?:scuffle|brawl|fight|melee|clash)"
                          # "Not far from the place of the incident, a 65-year-old resident of the Tajik village of
                          # Chorkuh ... was shot dead"
                          r"|(?:not far from|near|close to) the (?:place|scene|site) of the "
                          r"(?:incident|shooting|clash)"
                          # ... "three residents of Khoja-Alo received medical aid after the fight" (told before)
                          r"|(?:after|in|during) the (?:fight|brawl|scuffle|melee|clash)(?=\s*[.,;]))\b",
                          re.I)

#: The article is the first report of an earlier event (a court or prosecutor story).
FIRST_REPORT = lazy_compile(
    r"\b(?:(?:was|were|had) not (?:been )?(?:reported|made public|disclosed)\b[^.]{0,40}\b(?:at the time|until now|"
    r"before|earlier)\b|has not been reported before\b"
    # "the prosecutor disclosed an episode that had never been made public"
    r"|(?:had|has|have) never (?:before )?been (?:reported|made public|disclosed)\b"
    r"|not previously (?:been )?(?:reported|made public|disclosed)\b)"
    # (not a kind of thing new to the conflict: "Drones have not previously been reported in fighting on the
    # Kyrgyz-Tajik border")
    r"(?!\s+(?:in|on|along|during)\s+(?:the\s+)?(?:fighting|clashes|conflicts?|hostilities|combat|border)\b)", re.I)


#: A weekly or monthly review of the border, named in its opening.
REVIEW_PERIOD = lazy_compile(
    r"(?P<week>\b(?:weekly (?:review|digest|round-?up|roundup)|(?:the )?week on the (?:border|frontier)|"
    r"(?:the )?week in review)\b)"
    r"|(?P<month>\b(?:monthly (?:review|digest|round-?up|roundup)|(?:the )?month on the (?:border|frontier)|"
    r"(?:the )?month in review)\b)"
    # "its monthly border monitoring bulletin for March", "the bulletin for March": published after its month
    r"|(?P<month_report>\b(?:monthly (?:[\w-]+\s+){0,2}?(?:bulletin|report|monitor|update)|"
    r"(?:bulletin|report|review|digest|monitor|update)\b[^.]{0,80}?\bfor (?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)|"
    # "Chong-Alay district sums up July on the border", "has summed up the situation ... in July"
    r"sum(?:s|med|ming)? up\b[^.]{0,120}?\b(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))\b)"
    # "a quarterly report", "the report for the third quarter", "monitoring for July-September"
    r"|(?P<quarter>\b(?:quarterly (?:[\w-]+\s+){0,2}?(?:report|review|bulletin|monitor|update)|"
    r"(?:bulletin|report|review|digest|monitor\w*)\b[^.]{0,80}?\bfor (?:the )?(?:first|second|third|fourth|"
    r"[1-4](?:st|nd|rd|th)) quarter|"
    # a season looked back on: "What happened on the border this summer", "a review of the summer"
    r"(?:what happened|review of|round-?up of)\s+(?:[\w-]+\s+){0,4}?(?:this|the past|last|the)\s+(?:summer|spring|autumn|fall|winter))\b)"
    r"|(?P<analysis>" + ANALYSIS_HEADLINE + ")",
    re.I)
#: "All the dead were Kyrgyz citizens", "Both of those killed were Tajik border guards": whose dead.
ALL_DEAD = lazy_compile(
    r"\b(?:(?:all|both)\s+(?:of\s+)?(?:the\s+|those\s+)?(?:dead|killed|victims|deceased|people killed|"
    r"men killed|fatalities|two|three|four|five|six|seven)"
    # "All four children are Kyrgyz citizens" (after a count of the dead and wounded children)
    r"(?:\s+(?:children|boys|girls|men|people|victims))?"
    r"(?:\s+and\s+(?:the\s+)?(?:injured|wounded))?\s+(?:were|are)|"
    # "ten people were hurt ... all of them were Kyrgyz citizens" (only right after a count: group ``they``)
    r"(?P<they>all of them|they were all|they are all)(?:\s+(?:were|are))?|"
    # "The dead man was a Kyrgyz citizen", "became the first Tajik citizen killed on the Isfara section"
    r"the\s+(?:dead|killed|slain)\s+(?:man|woman|boy|girl|soldier|serviceman|guard|border guard|shepherd|farmer|"
    r"driver)\s+(?:was|is)|"
    r"(?P<first>first)(?=\s+(?:kyrgyz|tajik)\s+(?:citizen|national|civilian|serviceman|soldier)\s+"
    r"(?:to\s+(?:be|have been)\s+)?(?:killed|to die)))"
    r"\s+(?:an?\s+)?(?P<who>(?:[\w-]+\s+){0,2}?(?:citizens?|nationals?|servicem[ae]n|"
    r"soldiers?|border guards?|guards?|residents?|civilians?|villagers?)(?:\s+of\s+[\w-]+)?)", re.I)

#: A natural disaster named in a headline: its damage and injuries are no border incident.
NATURAL_HAZARD = lazy_compile(r"\b(?:earthquakes?|quakes?|tremors?|mudflows?|mudslides?|landslides?|floods?|flooding|"
                            r"avalanches?|rockfalls?|snowstorms?|drought|heatwave|"
                            # an accidental fire: "a house caught fire after a short circuit"
                            r"short[- ]circuit\w*|faulty wiring|electrical fault|lightning strike|struck by lightning)\b",
                            re.I)

#: The sentence after a figure says it was not confirmed: that figure counts nothing.
UNCONFIRMED = lazy_compile(
    r"\b(?:did not|didn't|could not|couldn't|would not|have not|has not) (?:independently )?(?:confirm|verify)\w* "
    r"(?:that|this|these|those) (?:figures?|numbers?|toll)\b|"
    r"\b(?:that|this) (?:figure|number|toll) (?:was|has|could) not (?:been |be )?(?:confirmed|verified)\b|"
    # a rumour the next sentence calls a lie: "one channel wrote that a border guard had been killed. That was a lie."
    r"^\W*(?:that|this|it)\s+(?:was|is)\s+(?:a\s+)?(?:lie|false|fake|untrue|not true|disinformation)\b|"
    r"^\W*(?:neither|none of (?:it|this|them|these))\s+(?:was|is|were|are)\s+true\b",
    re.I)

#: The other side's losses as the speaker tells them: its figures that follow are a claim.
ENEMY_LOSSES = lazy_compile(
    r"\b(?:the enemy|enemy (?:forces|troops|side)|the (?:opposing|opposite) side)\b[^.;]{0,40}?\b(?:suffered|lost|sustained)\b"
    # "put the losses of the Kyrgyz side at "at least eight killed"": an estimate of the other side's losses
    r"|\b(?:put|estimated|assessed|gave)\s+the\s+losses\s+(?:of|on)\s+the\s+(?:kyrgyz|tajik)\s+side\s+(?:at|as)\b"
    # "as a result of the return fire, at least two Tajik servicemen were wounded": what our fire did
    # ... "one serviceman of the Kyrgyz side was injured as a result of the response actions" (Khovar's rendering of
    # «в результате ответных действий»)
    r"|\bas a result of (?:the |its |our |their )?(?:return fire|retaliatory (?:fire|actions?|measures)|"
    r"response (?:actions?|fire|measures))\b"
    # ... '"up to five" Kyrgyz servicemen had been wounded by return fire'
    r"|\b(?:by|in) (?:the |its |our |their )?(?:return fire|retaliatory fire)\b"
    # '"According to our data, the Kyrgyz side has up to four wounded"': the speaker's estimate of the other side
    r"|\baccording to (?:our|its|their|preliminary|available|operational) (?:data|information|estimates)\b[^.;]{0,20}?"
    r"\b(?:kyrgyz|kirghiz|tajik)\w*\s+(?:side|forces|troops|military)\s+(?:has|had|have|lost|suffered)\b", re.I)

#: The rounds just told, landing: "Most landed in Maksat", "Two fell on the edge of Kulundu", "Others hit ...".
#: A dashed aside that only gives ages: "two boys -- aged 9 and 11 -- were hurt".
AGES_ASIDE = lazy_compile(r"\s*(?:aged\s+)?\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s*(?:years?(?:\s+old)?)?\s*", re.I)
#: A count of people, then a dashed aside that lists them ("Three residents of Surkh — two men aged 35 and 48 and a
#: 16-year-old boy —"), searched up to the aside's closing dash: the aside parts the count, the clause stays whole.
_ASIDE_PERSON = (r"(?:men|women|man|woman|boys?|girls?|teenagers?|children|child|youths?|pensioners?|farmers?|"
                 r"shepherds?|herders?|drivers?|guards?|servicem[ae]n|soldiers?|brothers?|sons?|daughters?)")
_ASIDE_ITEM = (r"(?:two|three|four|five|one|an?|\d{1,2})\s+(?:[\w-]+\s+){0,2}?" + _ASIDE_PERSON
               + r"(?:\s*,?\s*aged\s+\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*)?")
COUNTED_ASIDE = lazy_compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:people|persons|residents|"
    r"villagers|civilians|citizens|men|women|children|teenagers|shepherds|herders|farmers|guards|servicemen|soldiers)"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s*[—–]\s*" + _ASIDE_ITEM + r"(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)" + _ASIDE_ITEM + r")*\s*$", re.I)
#: A clause opening as a relative aside: ", which reopened to pedestrians last year".
RELATIVE_ASIDE = lazy_compile(r"\s*,\s*(?:which|whose|where|who|whom)\b|\s+which\b", re.I)
#: Fire at a target, whatever the weapon: "the shelling of a pumping station", in a note that renders «обстрел»
#: (small arms only named in the news: an exchange of fire).
FIRE_AT = lazy_compile(r"\bshelling\b", re.I)

#: ... at people or a vehicle (none in English, as ``FIRE_AT``).
FIRE_AT_PEOPLE = lazy_compile(r"(?!)")

#: An aside about a past war that opens a clause: "(a shell left over from the September 2022 fighting), when ...".
PAST_ASIDE = lazy_compile(r"\s*,\s*(?:when|which|in which|during which)\b", re.I)

#: A clause told in the perfect with the next one opening the period it counts over: "at least 11 civilians ...
#: have been killed or wounded by explosive remnants ... since the 2022 fighting", "have been hurt by old shells in
#: Batken region since 2022" (not a superlative's comparison:
#: "the worst clash since the 2022 war").
TALLY_SINCE = lazy_compile(r"\b(?:have|has)\s+(?:\w+\s+)?been\b(?![^.;]*\b(?:worst|deadliest|first|heaviest|biggest|largest|"
                           r"most serious|bloodiest)\b)[^.;]*\ssince\s+(?:the\b|(?:19|20)\d\d\b)", re.I)


IMPACT_ANAPHOR = lazy_compile(
    r"[\s\"“(-]*(?:most|some|several|others|the (?:others|rest)|one|two|three|four|five|another|many|all|"
    r"at least (?:one|two|three|\d+))(?:\s+of\s+them)?\s+(?:also\s+|later\s+)?(?:landed|fell|hit|struck|exploded)\b",
    re.I)

#: "left over from the September fighting": the war a shell is left from (its fighting is no event now).
_LEFT_FROM_WAR = (r"\s*,?\s+(?:left|remaining)\s+(?:over\s+)?from\b"  # ("unexploded artillery shell, left over from ...")
                  # ... "left over from last year's border fighting"
                  r"(?:\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:fighting|clashes|conflict|war|hostilities)\b)?")

#: A relative clause that tells a place's past: "in an area that saw heavy fighting in September 2022".
PLACE_HISTORY = lazy_compile(
    r"\b(?:area|village|place|site|spot|town|section|stretch|part|zone|district|valley|pasture|field|hills?|road)s?"
    r"\s*,?\s+(?:that|which|where|whose)\b[^,;.]{0,80}"
    # "opened a school ... rebuilt after Sept 2022 clashes": what a building went through
    r"|\b(?:rebuilt|repaired|restored|reconstructed|destroyed|damaged|built)\s+(?:after|during|in)\s+(?:the\s+)?"
    r"[^,;.]{0,40}?\b(?:clashes|fighting|conflict|war|hostilities)\b", re.I)

#: Old or unexploded ordnance going off: "an old artillery shell exploded", "an unexploded mine went off".
OLD_ORDNANCE = lazy_compile(
    r"\b(?:old|unexploded|leftover|left-over|abandoned)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shells?|mines?|rounds?|grenades?|munitions?|ammunition|ordnance|projectiles?|devices?)\b(?:" + _LEFT_FROM_WAR + ")?"
    r"|\b(?:shells?|mines?|rounds?|munitions?|ordnance)" + _LEFT_FROM_WAR +
    # "found a metal object resembling a mortar round in a dry ditch": found, not fired
    r"|\b(?:found|picked up|discovered)\b[^.;]{0,80}?\b(?:shells?|mines?|rounds?|grenades?|munitions?|ordnance|"
    r"object\s+(?:resembling|that looked like))\b(?:" + _LEFT_FROM_WAR + ")?"
    # "touched a rusty object that turned out to be an 82-mm mortar round": found, not fired
    r"|\bobject,?\s+(?:that|which)\s+turned\s+out\s+to\s+be\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:shells?|mines?|rounds?|"
    r"grenades?|munitions?|ordnance|projectiles?)\b"
    # "a tractor ran over an anti-tank mine": a mine, not a shell fired now
    r"|\banti-?(?:tank|personnel)\s+mines?\b"
    # "a domestic shell explosion in Arka-2 village": a shell that went off in a household, not one fired
    r"|\bdomestic\s+(?:shell\s+|mine\s+|grenade\s+)?(?:explosion|blast)\b"
    # "when his plough struck a mortar round in a field": turned up by work on the land, not fired
    r"|\b(?:plough|plow|ploughshare|tractor|shovel|spade|hoe|harrow|excavator|bulldozer|cultivator)\s+"
    r"(?:struck|hit|caught|snagged|touched|ran over|turned up|unearthed)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:shells?|mines?|rounds?|grenades?|munitions?|ordnance|projectiles?|devices?)\b"
    # "The shell ... went off under the rear wheel of the tractor": set off by a wheel or a foot, not fired
    r"|\b(?:shell|mine|round|grenade|munition|projectile|device)\b[^.;]{0,60}?"
    r"\b(?:went off|detonated|exploded|blew up)\s+"
    r"(?:under|beneath)\s+(?:the\s+|a\s+|an\s+|his\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:wheels?|tractor|plough|plow|"
    r"cultivator|harrow|feet|foot)\b", re.I)

#: A pronoun just before a reporting verb: "The Tajik side then opened fire ..., it said".
PRONOUN_SPEAKER = lazy_compile(r"\b(?:it|they|he|she)\s+$", re.I)
#: The figure a revised toll rose or fell from: "now stands at four wounded, up from the |three".
ROSE_FROM = lazy_compile(r"\b(?:up|down|rising|risen|falling|fallen|increased|decreased) from\s+(?:the\s+)?$"
                        # "revising a morning figure of one dead and five wounded"
                        r"|\brevis\w+\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figures?|tolls?|counts?|estimates?)"
                        r"\s+of\s+$", re.I)
#: A sum over a period: "In all, over the past four days, four people were wounded".
PERIOD_SUM = lazy_compile(r"\b(?:in all|in total|altogether)\b[^.;]{0,40}?\b(?:over|in|during|for)\s+(?:the\s+)?"
                        r"(?:past\s+|last\s+)?(?:(?:\w+\s+)?days?|week|weekend|24 hours)"
                        # "over the week, four people were hurt on the border": a week's or a month's sum of its items
                        r"|\b(?:over|during|in the course of)\s+the\s+(?:past\s+|last\s+)?(?:week|month)\b", re.I)

#: Between two counts of one list: "30 killed and more than 50 wounded".
#: Anchored at a place name: the words that call it the neighbouring village
#: ("from the neighbouring Tajik village of |Muchun").
NEIGHBOUR_BEFORE = lazy_compile(r"\bneighbou?ring\s+(?:(?:kyrgyz|tajik)\s+)?(?:(?:village|jamoat|settlement)\s+"
                                r"(?:of\s+)?)?$", re.I)
LIST_JOIN = lazy_compile(r"(?:^|[\s,])(?:and|as well as)\s|,", re.I)
#: "there" of the place just told ("the number of dead there has risen to five", "two people were wounded
#: there"), not the "there" of "there were two wounded" or of "over there".
THERE = lazy_compile(r"\b(?:dead|killed|wounded|injured|hurt|people|residents|villagers|fighting|shelling|"
                     r"casualties|toll|losses|damage)\s+there\b|(?<!\bover )\bthere\b(?!\s+(?:is|are|was|were|has|have|"
                     r"had|will|would|may|might|could|seems?|appears?|remains?|'s|’s)\b)", re.I)

#: Opening a sentence: a retelling of what was reported before ("Recall, on Tuesday ...", "To recap: ...").
#: (searched anywhere in a clause, it also finds a recall told by a source: "the agency recalled that in
#: September 2022 ... 63 citizens were killed")
RECAP_OPENING = lazy_compile(r"(?:recall that\b|to recall\b|recall\s*[,:\u2014-]|to recap\b|as a reminder\b|we remind\b|"
                              r"it (?:will|should) be recalled\b|recall(?:ed|ing),?\s+that\b)", re.I)
