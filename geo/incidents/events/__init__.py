"""Stage 3: events. A trigger in a news clause, at the places attached to it.

For each incident mention of the geoparser (a place in a sentence that
reports violence, not a speaker, venue, destination or origin):

1. the mention's clause must be news (:mod:`geo.incidents.scope`) and hold
   a trigger once the pack's non-event phrases ("protest note") are removed,
   else the mention becomes context with the reason;
2. its date is the date in its clause nearest to the trigger (a statement
   about an earlier event dates the event, not the statement), else the
   nearest earlier dated news event of the article ("story"), else the day
   before publication to publication (precision 2);
3. the clause's figures go to the clause's first event place only; figures
   of news clauses that name no event place go to the nearest earlier event
   (else the first later one). Background figures go nowhere.

The stage is a package; its modules, in the order they build on each other:

- :mod:`~geo.incidents.events.clauses`: a clause's event types and the vocabulary the stage shares;
- :mod:`~geo.incidents.events.dates`: the days of events;
- :mod:`~geo.incidents.events.claimants`: who tells a figure;
- :mod:`~geo.incidents.events.headings`: headings, sections and ledes;
- :mod:`~geo.incidents.events.figures`: the figures of a clause;
- :mod:`~geo.incidents.events.denials`: denials and claims set aside;
- :mod:`~geo.incidents.events.homes`: homes of the hurt and neighbours, which give way to the scene;
- :mod:`~geo.incidents.events.tolls`: counts moved, revised, summed or broken down across events;
- :mod:`~geo.incidents.events.orphans`: figures with no event place of their own;
- :mod:`~geo.incidents.events.revisions`: events corrected after they are built;
- :mod:`~geo.incidents.events.scenes`: the scene of each clause;
- :mod:`~geo.incidents.events.article`: :func:`article_events`, the stage's entry.
"""

from __future__ import annotations

from geo.incidents.events.article import EDITORS_NOTE_CHARS, article_events
from geo.incidents.events.clauses import SAME_EVENT_KM, clause_types
from geo.incidents.events.denials import ALARM_EXPLAINED_CHARS, is_debunked
from geo.incidents.events.scenes import MAX_PLACES_PER_CLAUSE

__all__ = ["ALARM_EXPLAINED_CHARS", "EDITORS_NOTE_CHARS", "MAX_PLACES_PER_CLAUSE", "SAME_EVENT_KM", "article_events",
           "clause_types", "is_debunked"]
