"""The event stage's entry: :func:`article_events` builds one event per event place of an article.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from functools import cache, partial
from dataclasses import replace
import datetime as dt
import re

from geo.geoparse.model import Mention, ParsedArticle
from geo.geoparse.roles import (
    BORDER_STRETCH, CEASEFIRE_VENUE, DESTINATION, IN_PASSING, LIST_ENTRY, MAX_SCENE_GAP, NO_VIOLENCE, PARAGRAPH_LABEL,
    SCENE_BEFORE, SPEAKER, list_introduction,
)
from geo.incidents.breakdowns import prose_breakdowns
from geo.incidents.events.claimants import _previous_sentences
from geo.incidents.events.clauses import (
    ANOTHER_INCIDENT, clause_types, DATED_ITEMS, _demote, DIGEST_HEADINGS, _evacuation_only, FOUND_FALSE,
    _HEADLINE_LIST, IN_THE_HEADLINE, INSIDE_A_NON_EVENT, _named_as_the_scene, _news_text, _OPENING_QUOTES, _repeated_sentences, SCENE_JUST_BEFORE,
    _SENTENCE_CLAUSES, _with_antecedent_types,
)
from geo.incidents.events.dates import _clock_minutes, _event_dates, _is_night, _narrows_the_story, _nearest
from geo.incidents.events.denials import (
    _claimed_places, _claims_set_aside, _dated_items, _debunked_by_verdict, _denied_under_its_headline,
    _home_of_the_moved, is_debunked, _own_event_retold, _places_the_denials_name, _without_debunked_items,
)
from geo.incidents.events.figures import _OPENING_IN, OPENING_IN_CHARS, _actors, _figures
from geo.incidents.events.headings import (
    _dated_heading, _denial_under_a_later_heading, _heading_count, _heading_line, _headings_over_no_event,
    _marked_heading_between, _subheadings_give_way, _summing_ledes, _topic_headings,
)
from geo.incidents.events.homes import (
    _areas_with_their_villages, _displaced_owners, _homes_at_the_village_told_before, _homes_in_apposition,
    _residents_hurt_across_the_line, _residents_of_a_neighbour, _seats_named_as_homes, _shared_evacuation_origins, _the_other_party_s_hurt,
    _the_other_sides_scene, _venues_of_a_named_section,
)
from geo.incidents.events.orphans import _attach_orphan_figures, _through_a_since_clause
from geo.incidents.events.revisions import (
    _a_vague_week_told_by_its_day, _another_at_a_second_place, _begun_when_the_fight_broke_out,
    _brawls_without_weapons, _cause_told_next, _corrected_days, _corrected_places, _dated_by_the_wounding,
    _detentions_told_without_force, _evacuations_join_their_place, _fire_at_without_heavy_weapons,
    _first_event_clause, _in_reporting_order, _inside_a_non_event, _more_precisely_dated_next,
    _no_one_moved, _non_event_phrases, _one_night_in_two_time_zones, _only_zeros, _reports_about_an_earlier_event,
    _retellings_of_the_fight, _routine_detentions, _stands_for_an_unknown_village, _the_fire_that_downed_a_drone,
    _the_headline_names_the_side, _the_protest_the_day_after_the_fire, _the_stretch_placed_at_its_end,
    _the_truce_after_the_fire,
)
from geo.incidents.events.scenes import (
    _at_most_per_clause, _dated_here, _home_districts_give_way, _homes_of_the_dead_before_the_scene,
    _homes_of_the_hurt_after_a_result, _homes_of_the_hurt_after_the_scene, _most_precise_per_clause,
    _notes_about_events_told_before, _old_ordnance_of_the_story, _scenes_named_just_before, _the_stop_s_scene,
    _shares_join_their_fighting, _story_place_event, _story_village, _stretches_over_the_border_area,
    _the_lede_s_landmark, _the_stretch_as_the_scene, _villages_next_of_home_districts,
)
from geo.incidents.events.tolls import (
    _a_newer_count_the_same_day, _all_the_dead_are, _the_lede_s_side_of_the_dead, _totals_of_the_places_below, _table_villages_of_a_unit, _apply_breakdowns, _apply_tables, _dated_before_as_background,
    _drop_refuted_figures, _each_government_counts_its_own, _later_tolls_of_the_fight, _ledes_sum_of_both_sides,
    _local_people_of_the_place, _losses_at_their_own_village, _people_told_one_by_one, _the_attack_told_before,
    _the_fight_told_before, _the_fire_that_hurt, _the_fire_told_next, _the_later_count_of_the_same_teller, _together_counted_before,
    _tolls_near_the_days_fighting, _tolls_of_the_days_fighting, _tolls_of_the_place_s_fighting,
)
from geo.incidents.model import Clause, DateWindow, Figure, IncidentSource, MentionEvent
from geo.incidents.scope import CONTINUED_NEWS, news_window_days, opens_a_retelling, reference_date, scope_clauses
from geo.incidents.structure import ArticleStructure, newest_first_entries
from geo.incidents.tables import table_rows, table_spans
from geo.incidents.taxonomy import ARMED_TYPES, FIGHTING_TYPES, HARM_TYPES
from geo.language import LanguagePack, pack_for

#: How far (characters) after a place name its own date may start ("near Ak-Sai in September 2022").
_OWN_DATE_GAP = 6

#: What may stand between a place name and its own date.
_DATE_JUST_AFTER = re.compile(r"[\s,]*(?:in|on|в|во)?\s*", re.I)

#: A dated sentence of at least this many words may date the event told in the next (not a dateline's date).
_TOLD_SENTENCE_WORDS = 8

#: How far into the text (characters) an editor's note on a republished story may stand.
EDITORS_NOTE_CHARS = 1200


def article_events(parsed: ParsedArticle, *, structure: ArticleStructure | None = None,
                   pack: LanguagePack | None = None) -> list[MentionEvent]:
    """One :class:`MentionEvent` per event place of the article (see the module docstring)."""
    article = parsed.article
    structure = structure or parsed.structure
    pack = pack or pack_for(structure.lang if structure else "en")
    text = article.text
    candidates = parsed.incident_mentions
    story_village = cache(partial(_story_village, parsed, text, structure, pack))
    if parsed.sentences is None or not candidates and not story_village() and not any(
            # the district of a village the gazetteer lacks may stand for the scene (:func:`_scenes_named_just_before`)
            _stands_for_an_unknown_village(m, text, pack)
            # ... and so may a border village named with no event, just before the sentence of fire
            or m.role_reason == NO_VIOLENCE and m.place is not None and m.place.kind == "curated"
            and not m.place.is_unit
            # ... and so may a stretch of the border named for a district (:func:`_the_stretch_as_the_scene`)
            or m.role_reason == BORDER_STRETCH for m in parsed.mentions):
        return []
    if pack.republished.search(text, 0, EDITORS_NOTE_CHARS):
        for mention in candidates:
            _demote(mention, "an old story republished")
        return []
    claimed: set[int] = set()  # a fact-check's claim places, when it goes on to tell what really happened
    published = structure.published if structure else article.date
    headline = article.title or (text[structure.headline[0]:structure.headline[1]]
                                 if structure is not None and structure.headline else text[:200])
    window_days = news_window_days(text, pack, headline)
    # (a week's digest whose headline lists an anniversary among its items looks back no more than its items do:
    # «Граница за неделю: годовщина сентябрьского конфликта, драка на пастбище у Тогуз-Булака и ...»)
    clauses = scope_clauses(text, parsed.sentences, pack, published=published, window_days=window_days,
                            retrospective=bool(pack.retrospective.search(headline))
                            and not _WEEK_S_DIGEST.search(headline) and not _news_on_an_anniversary(headline, pack))
    items = _dated_items(clauses, text, published, structure)
    if len(items) < DATED_ITEMS:
        items = []
    told_headline = text[structure.headline[0]:structure.headline[1]] if structure is not None and structure.headline \
        else article.title
    debunked = is_debunked(text, pack, article.title) or _denied_under_its_headline(text, told_headline, pack)
    by_verdict = debunked and _debunked_by_verdict(text, pack)
    # a denial in an article of dated items or of headed items is one item's, which _without_debunked_items sets
    # aside ("## 3. Shooting near Sulukta denied"); not in a fact-check, whose headed sections are one story ("## The
    # claim", "## An old video") (read only for an article found debunked: most are not)
    if debunked and not by_verdict and (items or _heading_count(text, structure) >= DIGEST_HEADINGS
                                        or _denial_under_a_later_heading(text, pack)) \
            and pack.event_words.fact_check.search(headline) is None and pack.event_words.fact_check.search(text) is None \
            and (pack.event_words.denial_headline.search(headline) is None or _HEADLINE_LIST.search(headline)):
        # (a headline that lists the items, «драка на жайлоо в Чон-Алае, перекрытая дорога у Чилгази и ложная
        # тревога в Лейлеке», denies only one of them)
        debunked = False  # the denial is one item's, which _without_debunked_items sets aside
    denied = _places_the_denials_name(text, pack, parsed.mentions) if debunked and not by_verdict else set()
    # (only when the headline tells of a place the denials leave: "Shooting near Andarak and Toguz-Bulak: what
    # we know so far", not a fact-check whose every place is the one false alarm's)
    if denied and any(m.place is not None and m.place.id not in denied and m.text in headline for m in candidates):
        # "A video ... said to show a house on fire in Ak-Suu ... was filmed in September 2022. 'There was no
        # shooting in Ak-Suu'" in a story of shooting near Andarak: the denial is that village's alone
        for mention in candidates:
            if mention.place is not None and mention.place.id in denied:
                _demote(mention, FOUND_FALSE)
        candidates = [m for m in candidates if m.role == "incident"]
    elif debunked:
        claimed = _claimed_places(parsed, text, article.title, pack) if pack.real_event_told.search(text) else set()
        if not claimed and not by_verdict and pack.event_words.fact_check.search(text) is None:
            # "Tajik emergency officials moved 74 residents of ... Lakkon ... after Kyrgyz troops held exercises ... No
            # shots were fired": the alarm was an exercise, the evacuation real (the claim is every other place)
            moved = {m.place.id for m in candidates if m.place is not None and _home_of_the_moved(m, text, pack)}
        else:
            moved = set()
        for mention in candidates:
            if (mention.place is None or mention.place.id not in moved) if moved else (
                    not claimed or mention.place is None or mention.place.id in claimed):
                _demote(mention, "a fact-check finds the reported event did not happen")
        if not claimed and not moved:
            return []
        candidates = [m for m in candidates if m.role == "incident"]
    candidates = _without_debunked_items(candidates, text, pack, structure)
    # "Rescuers hold evacuation exercise in Ak-Tatyr ...": "420 residents of Ak-Tatyr ... were evacuated to a tent camp"
    # in its body is the exercise's; a flood's evacuation is no border incident either
    # ... nor is smuggling stopped («Пресечена попытка незаконного перемещения КРС»: a detention after a chase) or a
    # resettlement planned under a border treaty ("Resettlement completed: 76 new homes ..."), unless the headline tells
    # a fight, harm or any violence too ("Smuggler wounded while fleeing border guards", "Stones Hit Family Car Near
    # Kara-Bak as Kyrgyz Guards Stop Fuel Smugglers at Arka")
    for gate, reason, harm_too in (
            (pack.natural_hazard, "a natural disaster, not a border incident", False),
            (pack.event_words.exercise_headline, "an exercise, not a border incident", False),
            (pack.event_words.interdiction_headline, "smuggling stopped, not a border incident", True),
            (pack.event_words.resettlement_headline, "a planned resettlement, not a border incident", True)):
        exempt = HARM_TYPES if harm_too else FIGHTING_TYPES
        if gate.search(headline) and not any(pack.triggers[kind].search(headline) for kind in exempt) \
                and not (harm_too and pack.violence.search(headline)):
            for mention in candidates:
                _demote(mention, reason)
            return []
    clauses = _own_event_retold(clauses, parsed.mentions, text, pack)
    if structure is not None and structure.dateline is not None:
        # "ISFARA, April 20, 2026 (Asia-Plus) - Five people were injured in a brawl ...": the dateline's day is
        # the report's, not the event's
        clauses = [replace(c, dates=tuple(d for d in c.dates if not structure.in_dateline(c.start + d.start)))
                   if any(structure.in_dateline(c.start + d.start) for d in c.dates) else c for c in clauses]
    if claimed:
        clauses = _claims_set_aside(clauses, parsed.mentions, claimed)
    reference = reference_date(published, [d for c in clauses for d in c.dates])
    window_start = reference - dt.timedelta(days=window_days) if reference else None
    starts = [c.start for c in clauses]

    def clause_at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    @cache
    def homes() -> list[tuple[int, str]]:
        """Villages named as people's homes, with their country: whose people a figure counts."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.place is not None and m.place.country_code in ("KG", "TJ") and m.place.kind != "country"
                and (pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)
                     or pack.roles.residents_after.match(text, m.end))]

    @cache
    def speakers() -> list[tuple[int, str]]:
        """Places named as speakers or seats of government, with their country."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.role_reason == SPEAKER and m.place is not None and m.place.country_code in ("KG", "TJ")
                and m.place.kind != "country"]

    @cache
    def opened_in() -> list[tuple[int, str]]:
        """Villages that open their clause as where its people are: «В Арке же, утверждают в Гафурове, «пострадал лишь
        один человек»», "In Arka, ..."."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.place is not None and m.place.country_code in ("KG", "TJ") and m.place.kind != "country"
                and _OPENING_IN.search(text, max(0, m.start - OPENING_IN_CHARS), m.start)]

    @cache
    def treated_in() -> list[tuple[int, str]]:
        """Towns the wounded or the evacuees were taken to, with their country."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.role_reason == DESTINATION and m.place is not None and m.place.country_code in ("KG", "TJ")
                and m.place.kind != "country"]
    tables = table_spans(text)
    table_starts = [a for a, _ in tables]
    prose = text  # the text the number grammar reads: tables are read by column
    if tables:
        pieces, last = [], 0
        for a, b in tables:
            pieces += [text[last:a], " " * (b - a)]
            last = b
        prose = "".join(pieces) + text[last:]

    types_cache: dict[int, list[str]] = {}

    def types_of(index: int) -> list[str]:
        if index not in types_cache:
            types_cache[index] = clause_types(text[clauses[index].start:clauses[index].end], pack)
        return types_cache[index]

    non_event_cache: dict[int, tuple[list[tuple[int, int]], str]] = {}

    def non_event_of(index: int) -> tuple[list[tuple[int, int]], str]:
        if index not in non_event_cache:
            non_event_cache[index] = _non_event_phrases(text[clauses[index].start:clauses[index].end], pack)
        return non_event_cache[index]

    # events: (clause index, mention, types)
    placed: list[tuple[int, Mention, list[str]]] = []
    retold_truces: dict[int, list[int]] = {}  # place -> clauses that tell its agreement again
    scene_clauses: set[int] = set()  # clauses that say where "the incident" happened (they date the story)
    scenes: set[int] = set()  # the mentions those clauses name (ids)
    for mention in candidates:
        if structure is not None and structure.in_headline(mention.start):
            _demote(mention, IN_THE_HEADLINE)
            continue
        if tables and (k := bisect.bisect_right(table_starts, mention.start) - 1) >= 0 \
                and mention.start < tables[k][1]:
            _demote(mention, "a table row (its figures are read by column)")
            continue
        index = clause_at(mention.start)
        if mention.role_reason == PARAGRAPH_LABEL:
            # a paragraph's label: the event is the paragraph's first clause that reports one
            index = _first_event_clause(clauses, index, text, types_of)
        elif mention.role_reason == LIST_ENTRY and not types_of(index) \
                and (intro := list_introduction(text, mention)) is not None:
            # "... where residential houses burned as a result of shelling:\n\nMaksat - 34 houses;": the
            # entry's event is the one its list's introduction reports
            index = clause_at(text.rfind(":", intro, text.find("\n", intro)))
        elif mention.role_reason == SCENE_BEFORE:
            # «На прошлой неделе тревога снова пришла в Кадамжайский район. В среду, 10 сентября, ... ранение
            # получил чабан»: the violent sentence dates the event its scene was named for, when more precisely
            index = _more_precisely_dated_next(clauses, index)
        clause = clauses[index]
        if clause.scope != "news":
            _demote(mention, f"background: {clause.scope_reason}")
            continue
        if window_start is not None and any(
                d.window.end < window_start and 0 <= clause.start + d.start - mention.end <= _OWN_DATE_GAP
                and _DATE_JUST_AFTER.fullmatch(text, mention.end, clause.start + d.start)
                for d in clause.dates):
            # "went missing during the fighting near Ak-Sai in September 2022 was buried ... on Tuesday":
            # the place's own date is long past, whatever the clause's news
            _demote(mention, "named with a date before the reporting window")
            continue
        if placed and text[max(0, mention.start - 1):mention.start] in _OPENING_QUOTES \
                and pack.other_version.match(text, parsed.sentences.spans[clause.sentence_index][0]):
            # «По их версии, наряд заставы «Овчи-Калъача» ... был обстрелян первым»: the other side's
            # telling of the event already placed names its own post, not a new scene (not «По версии
            # кыргызской стороны, ... огонь по окраине села Самаркандык: пули попали в два жилых дома»)
            _demote(mention, "named in the other side's version of the event told before")
            continue
        types = types_of(index)
        if types and _inside_a_non_event(mention, clause, non_event_of(index), pack):
            # «приговор по делу о стрельбе у Хистеварза» beside «ранен пограничник в Лахше»: the place of a
            # past case, a drone only seen, a commemoration, is no place of the clause's event
            _demote(mention, INSIDE_A_NON_EVENT)
            continue
        if mention.role_reason == CEASEFIRE_VENUE:
            if any(m.role_reason == CEASEFIRE_VENUE and m.place is not None and mention.place is not None
                   and m.place.id == mention.place.id
                   # (not the headline's, which the article's telling below stands for)
                   and _heading_line(text, m.start, structure) is None for _, m, _ in placed):
                _demote(mention, "the agreement at this place is already an event of the article")
                retold_truces.setdefault(mention.place.id, []).append(index)
                continue
            types = ["ceasefire_agreement"]  # the venue of the agreement, not of the fighting
        if not types or types == ["casualty_report"]:
            # a clause with no event of its own, or only its toll ("Двое жителей джамоата Ворух получили
            # ранения, | когда беспилотник нанес удар"), takes its sentence's: the toll's cause
            # (not from the earlier event the news follows: "Lorries stopped crossing ... at Kyzyl-Bel on Thursday
            # morning, | a day after a stone-throwing incident near ... Western Kalacha")
            siblings = [c for c in clauses if c.sentence_index == clause.sentence_index and c.scope == "news"
                        and not (c is not clause and pack.earlier_event_opening.match(text, c.start))]
            sentence_types = clause_types(" ".join(text[c.start:c.end] for c in siblings), pack)
            types = sentence_types if not types else \
                [name for name in sentence_types if name in ARMED_TYPES or name == "casualty_report"]
            if types == ["casualty_report"] and _only_zeros(text[clause.start:clause.end], pack):
                # "Across the border in Lakhsh District, local authorities reported no casualties": no event there
                _demote(mention, "only a report that no one was hurt")
                continue
            if types == ["casualty_report"] and not pack.roles.residents_before.search(
                    text, max(clause.start, mention.start - 80), mention.start):
                # (not "two residents of Vorukh were injured": the home of the hurt, whose fight may be elsewhere)
                types = _cause_told_next(clause, clauses, parsed.mentions, text, pack) or types
        if _named_as_the_scene(mention, clause, text, pack):
            # "The incident happened in the area of X": the event the article reported before (or
            # goes on to tell in this paragraph) is the one located here
            types = _with_antecedent_types(types, index, clauses, types_of,
                                           ANOTHER_INCIDENT.search(text, clause.start, clause.end) is not None)
            scene_clauses.add(index)
            scenes.add(id(mention))
        if not types and pack.impact_anaphor.match(text, clause.start, clause.end):
            # "The rounds ... began to fall shortly after 1 a.m. on June 14. Most landed in Maksat": the fire
            # told in the sentence before
            before = [c for c in clauses if c.sentence_index == clause.sentence_index - 1 and c.scope == "news"]
            types = [kind for kind in clause_types(" ".join(text[c.start:c.end] for c in before), pack)
                     if kind in ARMED_TYPES]
        if not types and mention.role_reason == SCENE_BEFORE:
            # "... crossing a ridge about 7 km south of Aidarken. ... the border guards fired three warning
            # shots into the air. | During the detention one of the men ... broke his leg": the violent
            # sentence fired no shot at anyone; the one after it, naming no place, tells the event ("... near
            # Ak-Tatyr village. The citizens ... ignored the demands. Moreover, they began to throw stones")
            for gap in range(1, MAX_SCENE_GAP + 1):
                # (where the fire came from, who speaks, or where the hurt were taken names no other scene: "... on
                # the field at the eastern edge of Lakkon ... | People ... saw a drone fly in from the Kyrgyz village of
                # Kara-Bak ... and drop something on the tractor", as the role step reads it)
                if gap > 1 and any(m.role_reason not in IN_PASSING for m in parsed.mentions
                                   if m.sentence_index == clause.sentence_index + gap and m.kind != "country_reference"
                                   and not (m.place is not None and m.place.kind == "country")):
                    break
                following = [c for c in clauses
                             if c.sentence_index == clause.sentence_index + gap and c.scope == "news"]
                types = clause_types(" ".join(text[c.start:c.end] for c in following), pack)
                if types or not following:
                    break
        if not types:
            _demote(mention, "no event reported in its clause")
            continue
        placed.append((index, mention, types))
    placed = _at_most_per_clause(placed)
    placed = _venues_of_a_named_section(placed, clauses, text, pack)
    placed = _homes_of_the_hurt_after_a_result(placed, clauses, text, pack)
    placed = _homes_of_the_hurt_after_the_scene(placed, parsed.mentions, clauses, text, pack)
    placed = _homes_of_the_dead_before_the_scene(placed, parsed.mentions, clauses, text, types_of, pack)
    placed = _notes_about_events_told_before(placed, clauses, text, pack)
    headings = [index for index, clause in enumerate(clauses)
                if clause.scope == "news" and _dated_heading(clause, text, published, structure)]
    placed = _headings_over_no_event(placed, parsed.mentions, text, structure, lambda start, end: any(
        types_of(k) for k, c in enumerate(clauses) if start < c.start < end and c.scope == "news"))
    placed, heading_sums = _subheadings_give_way(placed, text, structure, set(headings))
    placed, seat_sums = _seats_named_as_homes(placed, text, pack)
    topic_headings = cache(partial(_topic_headings, text, structure, pack))  # read once, when a step asks
    # (a section under a marked subheading of its own tells its own story: "## A post on the edge of Kulundu" after the
    # herder of Maksat's detention)
    placed = _residents_of_a_neighbour(placed, clauses, text, pack, [clauses[i].start for i in headings],
                                       parsed.mentions,
                                       [at for at in (topic_headings() if placed and "##" in text else ())
                                        if text.startswith("##", at)])
    placed = _homes_at_the_village_told_before(placed, parsed.mentions, clauses, text, pack)
    placed = _homes_in_apposition(placed, clauses, text)
    placed = _most_precise_per_clause(placed, clauses, text, pack)
    placed = _the_other_party_s_hurt(placed, parsed.mentions, clauses, text, pack)
    placed = _residents_hurt_across_the_line(placed, clauses, text, pack)
    placed = _the_other_sides_scene(placed, scenes, clauses, text, pack, parsed.mentions, structure)
    placed = _shared_evacuation_origins(placed, lambda index: sum(
        1 for f in pack.read_figures(prose[clauses[index].start:clauses[index].end])
        if f.measure == "displaced" and f.value and not f.vague))
    placed, summaries = _areas_with_their_villages(placed, text, pack, clauses)
    summaries |= seat_sums
    placed, lede_sums = _summing_ledes(placed, clauses, text, pack)
    summaries |= heading_sums | lede_sums
    shares = prose_breakdowns(prose, parsed.sentences, parsed.mentions, pack)
    placed = _shares_join_their_fighting(placed, shares)
    placed = _villages_next_of_home_districts(placed, parsed.mentions, clauses, text, pack)
    placed, home_sentences = _home_districts_give_way(placed, clauses, text, pack, story_village)
    placed = _stretches_over_the_border_area(placed, parsed, clauses, text, pack)
    dated = partial(_dated_here, text=text, window_start=window_start, published=published, pack=pack)
    placed = _scenes_named_just_before(placed, parsed, clauses, text, types_of, pack, dated)
    placed = _the_stop_s_scene(placed, parsed, clauses, text, types_of, pack)
    if not placed:
        placed = _story_place_event(story_village(), parsed, clauses, text, structure, types_of, dated, pack,
                                    home_sentences) or _the_stretch_as_the_scene(parsed, clauses, types_of, text, pack)
    if not placed:
        return []

    # dates: own clause, else sibling clauses of the sentence, else the story so far
    # («Позавчера, 5 марта, еще один инцидент произошел в селе Ак-Суу»: a dated scene dates the story too)
    windows: dict[int, tuple[DateWindow | None, str]] = {}
    story: DateWindow | None = None
    first_dated: DateWindow | None = None
    first_dated_clause = -1
    # the own date of the last paragraph opened by an untyped dated sentence: (date, sentence, paragraph)
    told_on: tuple[DateWindow, int, int] | None = None
    # undated clauses just after a dated paragraph opening: «Во вторник, 22 октября, ... состоялась встреча ... | По ее
    # итогам стороны договорились о полном прекращении огня на участке у Кызыл-Эшме» (the truce is the meeting's)
    meeting_days: dict[int, DateWindow] = {}
    # clause -> the day the sentence that opened its paragraph told (for a clause with no day of its own)
    paragraph_days: dict[int, DateWindow] = {}
    last_dated: DateWindow | None = None  # of any news clause, with an event or not
    last_fight: DateWindow | None = None  # of the last news clause that tells fighting
    last_clock: int | None = None  # the clock time (minutes after midnight) that clause gives, if any
    story_by_heading = False  # the story's date is a dated heading's
    story_paragraph = -1  # the paragraph of the clause that dated the story
    first_told: DateWindow | None = None  # the own date of the first paragraph opened by an untyped dated sentence
    retold: tuple[DateWindow, int] | None = None  # the date and paragraph of the last dated recap's opening
    for index, clause in enumerate(clauses):
        if clause.scope != "news":
            continue
        clause_text = text[clause.start:clause.end]
        own = _nearest(_event_dates(clause, clause_text, window_start, published, pack), clause_text, pack)
        retelling = own is not None and opens_a_retelling(text, clause.start, clause.end, pack)
        if retelling:
            retold = (own, clause.paragraph_index)
        elif own is None and retold is not None and retold[1] == clause.paragraph_index:
            # "Recall, on October 3, ... opened fire ... near Beshkent. The Border Service then reported that three
            # ... were injured": the recap's day dates the rest of its paragraph, not the follow-up's news
            windows[index] = (retold[0], "clause")
            continue
        if own is not None and _is_night(own, pack) and story is not None \
                and (story_by_heading or story_paragraph == clause.paragraph_index):
            # "September 17-18, Ak-Suu. An overnight exchange of fire": the heading's night; «В ночь со среды на
            # четверг, 11–12 октября ... произошла массовая драка ... ночью перекрыли арык»: the paragraph's night
            own = None
        if own is None and clause.scope_reason == CONTINUED_NEWS and last_dated is not None:
            story = last_dated  # the dated news clause this one goes on from dates it
        if own is None and (last_fight or last_dated) is not None \
                and pack.event_words.fighting_went_on_opening.match(clause_text):
            # "As the shooting continued, the Isfara city administration moved about 140 residents" after a ceasefire
            # met the next day: the shooting's day ("A few hours later, armed clashes also took place in the areas of
            # ...": the day the text told last)
            went_on = last_fight or last_dated
            if went_on.one_day and last_clock is not None \
                    and (clock := _clock_minutes(clause_text)) is not None and clock < last_clock:
                # «около 23:30 ... открыла минометный огонь по заставе ... Спустя несколько часов, около 04:10,
                # ... обстреляны позиции ... у Равата»: hours later, past midnight, is the next day
                went_on = replace(went_on, start=went_on.start + dt.timedelta(days=1),
                                  end=went_on.end + dt.timedelta(days=1))
            windows[index] = (went_on, "story")
            continue
        if own is None and told_on is not None and told_on[2] == clause.paragraph_index \
                and clause.sentence_index - told_on[1] == 1 \
                and pack.same_time.search(text, clause.start, clause.end):
            # "How fragile this new order remains became clear on 2 March. | That afternoon, men from Katran ... began
            # putting up a fence", "The first detentions took place on August 2. | ... at about 4 p.m. that day Tajik
            # border guards ...": the day the sentence that opens the paragraph told
            own = told_on[0]
        if own is None and told_on is not None and told_on[2] == clause.paragraph_index - 1 \
                and clause.sentence_index - told_on[1] == 1 and _TIME_OF_DAY_OPENING.match(clause_text):
            # "In Kulundu ..., the talk in the teahouse was about the night of May 6. | Shortly before midnight, bursts
            # of automatic fire were aimed at the Kyrgyz border post": the day the paragraph before ended on, its
            # hour told next
            own = told_on[0]
        last_dated = own or last_dated
        if own is not None and ARMED_TYPES.intersection(types_of(index)):
            last_fight = own
        if ARMED_TYPES.intersection(types_of(index)):
            # the clock time of the last clause that tells fighting ("around 23:30"), if it gives one
            last_clock = _clock_minutes(clause_text)
        if own is not None and (types_of(index) or index in headings or index in scene_clauses
                                # a fact box's «Когда: в воскресенье, 14 апреля, около 16:00.», "When: Sunday, April 14"
                                or _WHEN_LABEL.match(clause_text) is not None
                                or _narrows_the_story(own, story, clause_text, pack)
                                # "The incident reportedly took place in the afternoon of April 25", after the note of
                                # protest that told it undated
                                or pack.event_words.incident_happened.search(clause_text) is not None) \
                and not retelling and not pack.cumulative.search(text, clause.start, clause.end):
            # («Напомним, 14 сентября ... произошла перестрелка» dates itself, not the article's news; «Итоги дня.
            # Минздрав: всего с 14 сентября погибли 24» counts from a day, which dates nothing after it)
            story = own
            story_by_heading = index in headings
            story_paragraph = clause.paragraph_index
            if first_dated is None:
                first_dated, first_dated_clause = own, index
        elif own is not None and len(clause_text.split()) >= _TOLD_SENTENCE_WORDS \
                and (told_on is None or told_on[2] != clause.paragraph_index) \
                and text[text.rfind("\n", 0, clause.start) + 1:clause.start].strip() == "" \
                and not (structure is not None and structure.in_dateline(clause.start)) and not retelling:
            # (a paragraph's opening sentence, not a dateline's bare "Бишкек. 19 ноября.")
            told_on = (own, clause.sentence_index, clause.paragraph_index)
            first_told = first_told or (own if own.precision == 1 else None)  # (a day, not "in June")
        elif own is None and first_dated is None and types_of(index) and told_on is not None \
                and told_on[2] == clause.paragraph_index and clause.sentence_index - told_on[1] <= 1:
            # "On July 12 at about 11:00, six servicemen approached the camp. | They hit two of them with
            # rifle butts": the day of the sentence that opens the paragraph telling the event dates a lede
            # told without one
            first_dated, first_dated_clause = told_on[0], index
        # (a dated heading's day is its section's own, as a clause's is: "1. December 9, 10:45. Ak-Tatyr")
        windows[index] = (own, "clause") if own else (story, "clause" if story_by_heading else "story") \
            if story else (None, "none")
        if own is None and told_on is not None and told_on[2] == clause.paragraph_index \
                and clause.sentence_index - told_on[1] == 1:
            meeting_days[index] = told_on[0]
        if own is None and told_on is not None and told_on[2] == clause.paragraph_index:
            paragraph_days[index] = told_on[0]
    # the first dated news clause that names each place, in any role (only asked for when no event clause is dated)
    # (a day, not a limit: "classes suspended until Monday")
    dated_at_place: dict[int, DateWindow] = {}
    if first_dated is None:
        for other in parsed.mentions:
            if other.place is not None and other.place.id not in dated_at_place and other.start < len(text):
                k = clause_at(other.start)
                window, origin = windows.get(k, (None, ""))
                if origin != "clause" or window is None or window.precision != 1:
                    continue
                at = text.find(window.text, clauses[k].start, clauses[k].end)
                if at >= 0 and pack.event_words.limit_before.search(text, max(clauses[k].start, at - 12), at):
                    continue
                dated_at_place[other.place.id] = window
    events: list[MentionEvent] = []
    clause_figures: dict[int, list[Figure]] = {}
    first_in_clause: dict[int, int] = {}
    # the sentences a page printed twice (read once, when a clause has figures to read; the orphan figures use it too)
    repeated = cache(partial(_repeated_sentences, clauses, prose))
    places_in_clause: dict[int, list[Mention]] = defaultdict(list)  # each clause's event places, in text order
    owners_in_clause: dict[int, dict[int, Mention]] = {}  # ... and the place each count of the displaced is of
    for index, mention, _ in placed:
        places_in_clause[index].append(mention)
    for index, mention, types in placed:
        own, origin = windows[index]
        if origin != "clause" and mention.role_reason == SCENE_JUST_BEFORE:
            # "... were grazing 14 head of cattle about 500 meters from the village ... on March 12 | The servicemen
            # "used physical force"": the sentence that named the scene dates it too
            told = next((windows[k] for k in range(index - 1, max(-1, index - _SENTENCE_CLAUSES * 2), -1)
                         if clauses[k].sentence_index == clauses[index].sentence_index - 1
                         and windows.get(k, (None, ""))[1] == "clause" and windows[k][0] is not None), None)
            if told is not None:
                own, origin = told
        if origin != "clause":
            # "... grazing on a pasture above Uch-Bulak | when they came under fire on October 4": a sibling
            # clause's own date is nearer than the story so far
            siblings = [i for i, c in enumerate(clauses)
                        if c.sentence_index == clauses[index].sentence_index and windows.get(i, (None,))[0]]
            if own is not None:
                siblings = [i for i in siblings if windows[i][1] == "clause"]
            if siblings and windows[siblings[0]][1] == "clause":
                own, origin = windows[siblings[0]]
            elif own is None and first_dated is not None and first_dated_clause > index and index in paragraph_days:
                # "The first took place on Saturday, July 5, on a high summer pasture ... | ... herders ... quarreled
                # ... The argument turned into a fistfight" before "The second incident came on Monday, July 7 ...
                # found 37 apricot trees cut down overnight": the day its paragraph opened with, not a later event's
                own, origin = paragraph_days[index], "story"
            elif own is None and first_dated is not None and not _an_earlier_report_between(
                    clauses, text, index, first_dated_clause, pack):
                own, origin = first_dated, "story"
            elif own is None and (named := dated_at_place.get(mention.place.id)) is not None:
                # "on Saturday, June 12, at about 15:00, herders ... drove about 40 head of cattle onto a
                # Kyrgyz pasture 1.5 kilometres from the last houses of Kulundu" dates the fight at Kulundu
                # the lede reported undated, when no event clause has a date
                own, origin = named, "story"
        if origin != "clause" and structure is not None and not structure.in_headline(mention.start) \
                and mention.start > structure.body_start \
                and _heading_line(text, mention.start, structure) is not None \
                and _heading_count(text, structure) >= DIGEST_HEADINGS:
            # a digest's «## Лейлекский район: в Андараке сожгли сено» over «Во вторник, 22 октября, около 20:30 в селе
            # Андарак ... загорелось сенохранилище»: an item's heading is dated by the sentence that opens its item
            opening = next((k for k in range(index + 1, len(clauses))
                            if clauses[k].paragraph_index == clauses[index].paragraph_index + 1), None)
            # (a sentence, not a byline's date: "By Timur Aliyev • July 1, 2024")
            if opening is not None and windows.get(opening, (None, ""))[1] == "clause" \
                    and windows[opening][0] is not None \
                    and len(text[clauses[opening].start:clauses[opening].end].split()) >= _TOLD_SENTENCE_WORDS:
                own, origin = windows[opening][0], "clause"
        if origin != "clause" and mention.role_reason == CEASEFIRE_VENUE:
            # «Пограничные ведомства ... договорились о полном прекращении огня на участке границы у села Кызыл-Эшме.
            # В понедельник вечером на этом участке произошла перестрелка» (a lede dated by the fight) ... «Во вторник,
            # 22 октября, ... состоялась встреча ... По ее итогам стороны договорились о полном прекращении огня на
            # участке у Кызыл-Эшме»: the agreement is the day of its own telling, or of the meeting told just before
            told = [windows[k][0] if windows.get(k, (None, ""))[1] == "clause" and windows[k][0]
                    else meeting_days.get(k) for k in (index, *retold_truces.get(mention.place.id, ()))]
            own, origin = next(((day, "clause") for day in told if day is not None), (own, origin))
        if own is None and first_told is not None:
            # "The first images came on April 20, a Monday, in the late afternoon: a shaky phone video ..." opens a
            # story whose event clause, paragraphs later, has no day of its own and no dated event before it
            own, origin = first_told, "story"
        elif origin == "story" and own is not None and first_told is not None and (own.end - own.start).days > 1 \
                and first_told.start == first_told.end and own.start < first_told.start <= own.end:
            # (a day inside the period, not its first: «за неделю с 3 по 9 июня» is the period told)
            # "... squared off again this week over the same scarce resource. | On Tuesday afternoon, around 200
            # villagers from Ak-Tatyr ... gathered at the head works": the story's week narrowed by the day a paragraph
            # opens on
            own = first_told
        if own is not None:
            window, precision = (own.start, own.end), own.precision
        elif published is not None:
            window, precision, origin = (published - dt.timedelta(days=1), published), 2, "publication"
        else:
            window, precision, origin = None, 3, "none"
        clause = clauses[index]
        if mention.role_reason == CEASEFIRE_VENUE:
            figures = []  # an agreement's venue takes none of the fighting's figures
        else:
            if index not in clause_figures:
                clause_figures[index] = [] if clause.sentence_index in repeated() else _figures(
                    article.id, clause, prose, pack, index, partial(_previous_sentences, clauses, index, prose), homes,
                    speakers, treated_in, opened_in)
                first_in_clause[index] = len(events)
            figures = clause_figures[index] if first_in_clause[index] == len(events) else []
            if len(places_in_clause[index]) > 1:
                # «Из Кара-Бака вывезены 870 человек, из Чека ... — 370 человек»: each village's count is its own
                # (read once per clause)
                if index not in owners_in_clause:
                    owners_in_clause[index] = _displaced_owners(clause_figures[index], places_in_clause[index], prose,
                                                                clause, pack)
                owners = owners_in_clause[index]
                figures = [f for f in figures if owners.get(id(f), mention) is mention] + [
                    f for f in clause_figures[index] if owners.get(id(f)) is mention and f not in figures]
            if figures and (running := pack.cumulative.search(text, clause.start,
                                                              _through_a_since_clause(clauses, index, text, pack))):
                # "A Kyrgyz border guard was wounded near Andarak ..., the latest flare-up on a border where two rounds
                # of fighting have killed about 160 people since 2021", «С мая у Кызыл-Бела задержаны шесть чабанов»: a
                # running total is no count of the clause's event (the figures that reach into it or come after it;
                # not "a resident ... died on September 17, bringing the number of Kyrgyz citizens killed ... to 59")
                figures = [f for f in figures if -1 < (at := text.find(f.text, clause.start, clause.end))
                           and at + len(f.text) <= running.start()]
        clause_text = text[clause.start:clause.end]
        place = mention.place
        assert place is not None
        if any(f.measure in ("fatalities", "injured") and f.value for f in figures) and "casualty_report" not in types:
            types = types + ["casualty_report"]
        events.append(MentionEvent(
            place=place, precision=mention.precision or 3, window=window, time_precision=precision,
            event_types=types, figures=list(figures), actors=_actors(clause_text, pack),
            source=IncidentSource(
                article_id=article.id, title=article.title, url=article.url, date=published,
                excerpt=mention.excerpt, highlight_start=mention.start - mention.excerpt_start,
                highlight_end=mention.end - mention.excerpt_start, start=mention.start,
                end=mention.end, mention_text=mention.text, place_name=place.name,
                precision=mention.precision or 3, source=article.source,
                lang=structure.lang if structure else "en",
            ),
            window_from=origin,
            sub_event_hints=[name for name, p in pack.sub_event_cues.items() if p.search(clause_text)],
        ))
    _another_at_a_second_place(events, first_in_clause, clauses, text, pack)
    _a_vague_week_told_by_its_day(events, windows, clauses, types_of)
    _later_tolls_of_the_fight(events, pack)
    _one_night_in_two_time_zones(events, clauses, clause_at, text)
    entries = newest_first_entries(text)
    _attach_orphan_figures(events, placed, clauses, clause_figures, prose, pack, article.id, structure, homes,
                           speakers, summaries, parsed.mentions, types_of, entries, topic_headings, items, repeated,
                           treated_in, opened_in)
    # (after the orphan figures, which may bring a fighting type from a line that names the shell: «Тракторист погиб
    # при взрыве снаряда на поле» over «в результате взрыва неразорвавшегося боеприпаса»)
    _old_ordnance_of_the_story(events, text, headline, pack)
    _dated_by_the_wounding(events, clauses, text, pack)
    _the_fire_told_next(events, placed, clauses, parsed.mentions, types_of, text, pack)
    _the_fight_told_before(events, placed, clauses, types_of, text, pack)
    _the_stretch_placed_at_its_end(events, parsed.mentions)
    _corrected_places(events, parsed.mentions, text, pack)
    _corrected_days(events, clauses, text, windows, pack)
    _reports_about_an_earlier_event(events, placed, clauses, text, pack)
    _the_fire_that_hurt(events, placed, clauses, types_of, text, topic_headings, pack)
    _the_attack_told_before(events, placed, clauses, types_of, structure, text, pack)
    _tolls_of_the_days_fighting(events, placed, clauses, text, pack, topic_headings)
    _people_told_one_by_one(events)
    _together_counted_before(events)
    _ledes_sum_of_both_sides(events, clauses, text)
    background = [(a, b) for a, b in tables if _dated_before_as_background(clauses, clause_at(a), text, a)]

    def another_story(row_start: int, event_start: int) -> bool:
        """A table of an earlier war, or one above a marked section the event is told in."""
        return any(a <= row_start < b for a, b in background) or (
            event_start > row_start and _marked_heading_between(text, row_start, event_start, structure))

    rows = table_rows(text, parsed.mentions, pack)
    _apply_tables(events, rows, clause_at, article.id, another_story)
    events = _table_villages_of_a_unit(events, rows, parsed.mentions, article.id, clause_at)
    _apply_breakdowns(events, shares, clauses, clause_at, article.id)
    _totals_of_the_places_below(events, clause_at)
    # (an evacuation the text denies, where nothing else is told: "Residents of Kulundu itself were not relocated")
    told_otherwise = {event.place.id for event in events if not _evacuation_only(event)}
    events = [event for event in events if event.place.id in told_otherwise or not _no_one_moved(event, pack)]
    events = _evacuations_join_their_place(events)
    news_text = cache(partial(_news_text, text, clauses, pack))  # (built once, when a step asks)
    _brawls_without_weapons(events, text, pack, topic_headings, news_text)
    events = _routine_detentions(events, clauses, text, pack)
    events = _detentions_told_without_force(events, text, pack)
    _fire_at_without_heavy_weapons(events, text, pack, news_text)
    _the_fire_that_downed_a_drone(events, text, pack, news_text)
    _tolls_near_the_days_fighting(events, pack)
    events = _tolls_of_the_place_s_fighting(events, pack)
    _retellings_of_the_fight(events, pack)
    _all_the_dead_are(events, clauses, text, pack)
    _the_lede_s_side_of_the_dead(events, clauses, text, pack)
    _the_headline_names_the_side(events, text, structure, pack)
    _losses_at_their_own_village(events)
    _local_people_of_the_place(events, pack)
    _each_government_counts_its_own(events)
    _a_newer_count_the_same_day(events, clauses, text, pack)
    _the_later_count_of_the_same_teller(events, clauses, text, pack)
    _drop_refuted_figures(events, prose, pack)
    events = _the_lede_s_landmark(events, parsed.mentions, text, pack)
    for event in events:
        if event.event_types == ["ceasefire_agreement"]:
            event.figures = []  # an agreement counts no one: the tolls are the fighting's
    _the_protest_the_day_after_the_fire(events, clauses, clause_at, text, pack)
    _the_truce_after_the_fire(events, clauses, clause_at, text, partial(
        _event_dates, window_start=window_start, published=published, pack=pack), published, pack)
    _begun_when_the_fight_broke_out(events, clauses, windows, text, pack)
    if entries:
        _in_reporting_order(events, entries, clauses)
    return events


#: A fact box's line that tells when the story happened: «Когда: ...», "When: ...".
_WHEN_LABEL = re.compile(r"\s*[*_]*(?:когда|when|дата|date)[*_]*\s*[:—–-]", re.I)
#: A clause that opens with an hour and no day: "Shortly before midnight, ...", «Около 23:30 ...».
_TIME_OF_DAY_OPENING = re.compile(
    r"\s*(?:(?:shortly|just|soon|sometime|some time|late|early)\s+)?(?:(?:before|after|around|about|at|by)\s+)?"
    r"(?:about\s+|around\s+)?(?:midnight|dawn|daybreak|dusk|noon|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.)|\d{1,2}:\d\d)\b|"
    r"\s*(?:(?:незадолго|вскоре)\s+)?(?:около|после|до|в|примерно в)\s+(?:полуночи|\d{1,2}[:.]\d\d)\b", re.I)
#: The day an event fell on, named by the anniversary it was: "... on ceasefire anniversary", «в годовщину ...».
_ON_AN_ANNIVERSARY = re.compile(r"\b(?:on|during|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?anniversary\b|"
                                r"(?<![\w-])в\s+(?:[\w-]+\s+)?годовщину(?![\w-])", re.I)
#: Where a headline's list of items parts: a comma, a semicolon, "and", «и».
_HEADLINE_ITEM_BREAK = re.compile(r"\s*[,;]\s*|\s+(?:and|и)\s+", re.I)


def _news_on_an_anniversary(headline: str, pack: LanguagePack) -> bool:
    """The headline tells fresh violence or harm beside the look back its words name, so the article does not look
    back (as "Two years after the war, Ak-Sai rebuilds" does): violence that fell on an anniversary ("Five hurt in
    scuffle over water at rebuilt canal on Tajik-Kyrgyz border on ceasefire anniversary"), or a digest's list whose
    other item is a fight («Главное за 14 сентября: два года после конфликта, драка у канала в Ак-Турпаке и новые
    тарифы на свет»)."""
    def violent(piece: str) -> bool:
        return any(pack.triggers[kind].search(piece) for kind in HARM_TYPES)

    day = _ON_AN_ANNIVERSARY.search(headline)
    if day is not None and violent(headline[:day.start()]):
        return True
    colon = headline.find(":")
    items = _HEADLINE_ITEM_BREAK.split(headline[colon + 1:]) if colon >= 0 else []
    return len(items) >= 3 and any(violent(item) and not pack.retrospective.search(item) for item in items)


#: A headline of a week's digest: «Граница за неделю: ...», "Border week: ...".
_WEEK_S_DIGEST = re.compile(r"\bза\s+неделю\b|\bborder\s+week\b|\bweek\s+on\s+the\s+(?:border|frontier)\b", re.I)


def _an_earlier_report_between(clauses: list[Clause], text: str, index: int, dated: int, pack: LanguagePack) -> bool:
    """Whether a paragraph between clause ``index`` and the later clause ``dated`` opens with an earlier report
    ("Earlier, the border service said ...", «Ранее в погранслужбе заявили ...»): the lede's news told undated is not
    dated by the events told there or after it."""
    paragraphs = {clause.paragraph_index: clause.start for clause in reversed(clauses[index + 1:dated + 1])}
    return any(pack.event_words.earlier_report.match(text, start) is not None for paragraph, start in paragraphs.items()
               if paragraph != clauses[index].paragraph_index)
