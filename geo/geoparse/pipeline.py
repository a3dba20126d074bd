"""The geoparser: article in, mentions with place, role, precision and excerpt out.

    recognise (recognize.py) -> document context + resolve (resolve.py)
    -> unknown villages at their unit (stand_ins.py) -> role and precision (roles.py) -> excerpt (sentences.py)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from geo.articles.model import Article
from geo.gazetteer.index import Gazetteer
from geo.geoparse.model import Mention, ParsedArticle
from geo.geoparse.ner import NerFunction, ner_spans
from geo.geoparse.recognize import find_spans
from geo.geoparse.resolve import document_context, resolve_spans
from geo.geoparse.roles import (
    assign_role, demote_far_namesakes, demote_later_namesakes, demote_namesakes_of_a_unit,
    demote_places_said_not_to_be_the_scene, demote_quiet_headings, demote_reference_points, inherit_qualifier_roles,
    promote_list_entries, promote_paragraph_labels, promote_scene_before_violence,
)
from geo.geoparse.sentences import excerpt_for, split_sentences
from geo.geoparse.stand_ins import place_unknown_villages, settle_stand_ins
from geo.incidents.structure import read_structure
from geo.language import detect_language, pack_for
from geo.language.folding import fold_double_hyphens, fold_homoglyphs

__all__ = ["Geoparser"]


class Geoparser:
    """Parse articles against one gazetteer.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.default_gazetteer`.
    ner : callable, optional
        Extra recall from a named-entity model (:func:`geo.geoparse.ner.spacy_ner`);
        off by default.

    Examples
    --------
    >>> from geo.articles import Article
    >>> parsed = Geoparser().parse(Article(id="a", text="Shelling hit Vorukh."))  # doctest: +SKIP
    >>> parsed.mentions[0].place.name, parsed.mentions[0].role  # doctest: +SKIP
    ('Vorukh', 'incident')
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, ner: NerFunction | None = None) -> None:
        if gazetteer is None:
            from geo.gazetteer.store import default_gazetteer

            gazetteer = default_gazetteer()
        self.gazetteer = gazetteer
        self.ner = ner
        # The small word sets load now; the big key set only when a run needs many look-ups
        # (:class:`geo.gazetteer.index.TextKeys`).
        _ = gazetteer.max_tokens

    def parse(self, article: Article) -> ParsedArticle:
        """Geoparse one article."""
        text = article.text
        lang = article.lang or detect_language(text)
        if (folded := fold_double_hyphens(text)) != text:
            # ("three residents of Voruh -- as the exclave is spelt ... -- were hurt": a dash, offsets kept)
            article = replace(article, text=folded)
            text = folded
        if lang == "ru" and (folded := fold_homoglyphs(text)) != text:
            # («обстрела c кыргызской стороны» with a Latin "c": read as the Cyrillic it stands for; offsets kept)
            article = replace(article, text=folded)
            text = folded
        pack = pack_for(lang)
        structure = read_structure(article, pack, lang=lang)
        sentences = split_sentences(text)
        spans = find_spans(text, gazetteer=self.gazetteer, sentences=sentences)
        if self.ner is not None:
            spans = sorted(
                spans + ner_spans(text, spans, ner=self.ner, gazetteer=self.gazetteer),
                key=lambda span: span.start,
            )
        doc = document_context(text, spans, self.gazetteer)
        resolved = resolve_spans(spans, gazetteer=self.gazetteer, doc=doc)
        spans, resolved = place_unknown_villages(spans, resolved, text, structure=structure)
        mentions = []
        sentence_facts: dict[tuple[int, int], tuple[bool, bool]] = {}
        for span, place in zip(spans, resolved):
            index = sentences.index_at(span.start)
            excerpt, excerpt_start = excerpt_for(text, sentences, span.start, span.end)
            mention = Mention(
                text=text[span.start:span.end], start=span.start, end=span.end,
                kind=span.kind, resolved=place, excerpt=excerpt, excerpt_start=excerpt_start,
                sentence_index=index, cue=span.cue, expect_region=span.expect_region,
                country_code=(
                    self.gazetteer.demonym_country(span.key)
                    if span.kind == "country_reference" else (place.place.country_code if place else None)
                ),
            )
            assign_role(mention, text=text, sentence=sentences.spans[index] if sentences.spans else (0, len(text)),
                        border_story=doc.border_story, pack=pack, structure=structure, sentence_facts=sentence_facts)
            mentions.append(mention)
        promote_scene_before_violence(mentions, text, sentences.spans, pack, article.date)
        promote_paragraph_labels(mentions, text, sentences.spans, pack)
        promote_list_entries(mentions, text, pack)
        demote_quiet_headings(mentions, text, pack)
        demote_places_said_not_to_be_the_scene(mentions, text)
        demote_far_namesakes(mentions, text)
        inherit_qualifier_roles(mentions, text, pack.folded.roles)
        demote_namesakes_of_a_unit(mentions, text)
        demote_later_namesakes(mentions)
        demote_reference_points(mentions, text, sentences.spans, pack)
        settle_stand_ins(mentions, text, pack.roles.residents_before)
        return ParsedArticle(
            article=article, mentions=mentions,
            focus_countries=doc.focus_countries, border_story=doc.border_story,
            sentences=sentences, structure=structure, lang=lang,
        )

    def parse_many(self, articles: Iterable[Article]) -> Iterator[ParsedArticle]:
        """Geoparse a stream of articles lazily."""
        for article in articles:
            yield self.parse(article)
