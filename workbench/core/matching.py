"""Matching as the case uses it: load claims from the store, match, store links.

The matcher itself (:mod:`workbench.core.match`) is pure; this is the glue
that feeds it the case; similar-claim search is in :mod:`similar_search`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from workbench.core.claim_views import claim_views
from workbench.core.collector import collector_paused
from workbench.core.config import DEFAULT_MIN_SCORE, Settings
from workbench.core.domain import (
    Article,
    Claim,
    ClaimQuery,
    Link,
    LinkDraft,
    Relation,
    SupportCounts,
)
from workbench.core.embeddings import Embedder, load_embedder
from workbench.core.errors import InvalidInputError
from workbench.core.match import support_counts
from workbench.core.match.independence import Speakers
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.pair_scorer import PairModel, load_models
from workbench.core.match.proposals import judge_pair, propose_links, repeat_links
from workbench.core.match.semantic import Ranked
from workbench.core.match.stories import stories
from workbench.core.progress import CancelFlag, Progress, never_cancelled, no_progress
from workbench.core.similar_search import rank_similar
from workbench.core.store import CaseStore


class CaseMatcher:
    def __init__(
        self, store: CaseStore, embedder: Callable[[], Embedder | None] = load_embedder
    ) -> None:
        self.store = store
        self._embedder_factory = embedder
        self._support: dict[int, SupportCounts] | None = None
        self._support_version: tuple[int, int] | None = None

    def match_all(self, settings: Settings) -> int:
        """Match every pair of articles; links a person decided on stay as they are."""
        return self._match(None, settings)

    def match_articles(self, article_ids: Iterable[int], settings: Settings) -> int:
        """Match only the claims of these (new) articles against the case."""
        wanted = tuple(sorted(set(article_ids)))
        if not wanted:
            return 0
        return self._match(self.store.claim_ids(ClaimQuery(article_ids=wanted)), settings)

    def match_claims(
        self, claim_ids: Iterable[int], settings: Settings, *, withdraw: bool = True
    ) -> int:
        """Match these claims, and every claim of their stories, against the case; with
        ``withdraw`` False, their undecided links the matcher no longer proposes stay (a
        merged case's proposals).

        A claim added, restored or corrected changes what its article and story say as
        a whole (the article's mean meaning, which articles are alike, how rare each
        word is), which the other claims there are weighed by: matching only the claim
        would leave their links as the old story had them, and a later whole-case match
        would change them.
        """
        return self._match(list(claim_ids), settings, withdraw=withdraw, whole_stories=True)

    def _match(
        self,
        only_ids: list[int] | None,
        settings: Settings,
        withdraw: bool = True,
        whole_stories: bool = False,
    ) -> int:
        """One pause of the cycle collector for the whole match (parses resume it), ended
        once what the match built is freed: a pause that ends while the case's views are
        alive has the next pass walk them all, and the passes after it again.
        """
        with collector_paused():
            return self._match_paused(only_ids, settings, withdraw, whole_stories)

    def _match_paused(
        self, only_ids: list[int] | None, settings: Settings, withdraw: bool, whole_stories: bool
    ) -> int:
        if only_ids is not None and not only_ids:
            return 0
        claims = self.store.claims()
        if len({c.article_id for c in claims}) < 2:
            return 0
        articles = self.store.articles_without_text()
        views = claim_views(self.store, claims, self._embedder_factory())
        if whole_stories and only_ids is not None:
            only_ids = _with_their_stories(views, only_ids)
        drafts = self.proposals(claims, articles, only_ids, settings, views)
        return self.store.save_links(drafts, matched=only_ids if withdraw else ())

    def proposals(
        self,
        claims: Sequence[Claim],
        articles: Mapping[int, Article],
        only_ids: list[int] | None,
        settings: Settings,
        views: Sequence[ClaimView] | None = None,
    ) -> list[LinkDraft]:
        """Near-verbatim repeats and the learned scorer's proposals (:mod:`match.proposals`),
        never a pair a person has decided on. ``views`` are those of ``claims`` when the
        caller has read them already.
        """
        rejected = self.store.decided_pairs()
        embedder = self._embedder_factory()
        model = _model(embedder)
        if settings.match_min_score < DEFAULT_MIN_SCORE:  # asked for more: lower the bar too
            model = replace(model, threshold=settings.match_min_score / 100)
        if views is None:
            views = claim_views(self.store, claims, embedder)
        speakers = Speakers((v.claim for v in views), articles)  # one reading for both
        repeats = repeat_links(
            views, articles, only_ids=only_ids, rejected=rejected, speakers=speakers
        )
        learned = propose_links(
            views, articles, model, only_ids=only_ids, rejected=rejected,
            min_score=settings.match_min_score, speakers=speakers,
        )  # fmt: skip
        return merge_drafts(repeats, learned)

    def link_by_hand(self, a_id: int, b_id: int, relation: Relation, by: str) -> Link:
        """Store a link a person made, accepted, with whether its sources are independent.

        The relation is the person's; the score and the independence are the
        matcher's reading of the pair (:func:`match.proposals.judge_pair`), so
        that support counts stay honest.
        """
        if a_id == b_id:
            raise InvalidInputError(f"claim {a_id} cannot be linked to itself")
        a, b = self.store.get_claim(a_id), self.store.get_claim(b_id)
        ids = tuple(sorted({a.article_id, b.article_id}))
        articles = {i: self.store.get_article(i) for i in ids}
        around = self.store.claims(ClaimQuery(article_ids=ids))
        embedder = self._embedder_factory()
        views = {v.claim.id: v for v in claim_views(self.store, around, embedder)}
        judged = judge_pair(views[a_id], views[b_id], list(views.values()), articles,
                            _model(embedder))  # fmt: skip
        reasons = ("linked by hand", judged.reasons[-1])  # the last says who is independent
        draft = LinkDraft(judged.a_id, judged.b_id, relation, judged.score, reasons,
                          judged.independent)  # fmt: skip
        return self.store.link_by_hand(draft, by=by)

    def support(self) -> dict[int, SupportCounts]:
        """Independent corroborations and conflicts per claim, recounted only after a change.

        The review list asks for these on every refresh; a big case would read
        every claim and link each time.
        """
        version = self._version()
        if self._support is None or version != self._support_version:
            claims = {c.id: c for c in self.store.claims()}
            self._support = support_counts(claims, self.store.links())
            self._support_version = version
        return dict(self._support)

    def _version(self) -> tuple[int, int]:
        """Moves with every commit: other connections' (data_version) and ours."""
        return (self.store.data_version(), self.store.db.conn.total_changes)

    def ranks_by_meaning(self) -> bool:
        """Whether similar-claim search uses a meaning model as well as words."""
        return self._embedder_factory() is not None

    def similar(self, text: str, top: int) -> Ranked:
        """Stored claims most like ``text``, best first (indexes rebuilt on change)."""
        return self.similar_many([text], top)[0]

    def similar_many(
        self,
        texts: Sequence[str],
        top: int,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> list[Ranked]:
        """One ranking per text: by words, fused with meaning when a model is installed.

        The first call embeds the claims that have no vector yet and stores
        them batch by batch, reporting ``progress`` and stopping between
        batches when ``cancelled`` (the batches done stay stored); later calls
        embed only the queries.
        """
        return rank_similar(self.store, self._embedder_factory(), texts, top, progress, cancelled)


def _with_their_stories(views: Sequence[ClaimView], claim_ids: Sequence[int]) -> list[int]:
    """These claims and every claim of the stories they are in (:mod:`match.stories`)."""
    wanted = set(claim_ids)
    touched = {v.claim.article_id for v in views if v.claim.id in wanted}
    story_articles = {a for story in stories(views) if touched & set(story) for a in story}
    return sorted(wanted | {v.claim.id for v in views if v.claim.article_id in story_articles})


def _model(embedder: Embedder | None) -> PairModel:
    return load_models()["meaning" if embedder is not None else "words"]


def merge_drafts(repeats: Sequence[LinkDraft], learned: Sequence[LinkDraft]) -> list[LinkDraft]:
    """Repeats and the scorers' links together, sorted by pair.

    Where both propose a pair, the scorers' link is kept: it says whether a
    repeated sentence's figures or times differ.
    """
    chosen = {(d.a_id, d.b_id): d for d in repeats}
    chosen.update({(d.a_id, d.b_id): d for d in learned})
    return sorted(chosen.values(), key=lambda d: (d.a_id, d.b_id))
