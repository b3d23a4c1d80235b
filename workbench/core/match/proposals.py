"""Links proposed by the learned scorer: pairs within a story, ranked, with their relation.

Within each story (:mod:`stories`) every pair of claims from different
articles is weighed when the story is small; in a big one each claim is
paired with its nearest neighbours by meaning (or, without vectors, by rare
words). Articles dated far apart are not paired (:mod:`evidence`). A pair
whose probability reaches the model's threshold becomes a link, with what
the two claims share (:mod:`evidence`) and whether their sources are
independent (:mod:`independence`). A link's relation says whether the two
tell the same version:

- different clock times for one happening, or different figures of the
  same count ("11 dead" against "17 dead"), conflict; a later article's
  different figure of a running count is an update, reason naming both dates,
  as is a count said to have risen ("the toll rose to 23") against a lower one;
- a denial of what the other asserts, or a negation of a word it says, conflicts;
- otherwise the two corroborate.

Claims that give one story's death toll or count of the missing answer one
question (:mod:`facts`): each is linked with the others' figures, ranked below
the scorer's own proposals. Near-verbatim repeats (:mod:`repeats`) are found
over the whole case, whatever the stories.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from workbench.core.domain import Article, LinkDraft, Relation
from workbench.core.errors import Cancelled
from workbench.core.match.evidence import (
    LATER_DAYS,
    dated_apart,
    days_spanned,
    kept_apart,
    shared_evidence,
    weeks_apart,
)
from workbench.core.match.facts import fact_pairs, question_of
from workbench.core.match.independence import Speakers, independence
from workbench.core.match.neighbours import story_neighbours
from workbench.core.match.pair_features import (
    ArticleMeans,
    ClaimView,
    Rarity,
    feature_matrix,
)
from workbench.core.match.pair_scorer import PairModel
from workbench.core.match.relation import (
    DIFFERENT_FIGURES,
    DIFFERENT_TIMES,
    acted_apart,
    named_count_clash,
    part_against_whole,
    relate,
)
from workbench.core.match.repeats import repeat_pairs
from workbench.core.match.screen import promising
from workbench.core.match.selection import PER_ARTICLE, among_best, tells_a_fact
from workbench.core.match.stories import AlikeArticles

ALL_PAIRS_UP_TO = 150
"""A story of at most this many claims has all its cross-article pairs weighed."""
SMALL_STORY = 4
"""A story of at most this many articles (a fact-checker's case on one event) has every two
of its articles' claims weighed, though the two are alike only through a third: a union's
report that names no one but its leader, joined by the ministry's report to the company's
announcement. In a bigger story (a campaign's many articles) only articles alike themselves
are paired. In a small story, too, a claim that denies another or gives another figure of
its count is proposed though the other has its best few partners in its article already
("all safety systems worked as designed" against "two of the four detectors had not
worked", which three other reports of the broken detectors outrank); in a campaign's
coverage such pairs are mostly two subjects of one dispute."""
BROAD_STORY = 20
"""A story of more articles than this, dated a week or more apart, is a subject's coverage (a
campaign's, a season's), not a case on one event. There every claim of two alike articles speaks
of the same people and the same dispute, and the scorer, learned on cases of one event, is sure
of pairs that share only the subject: on PolNeAR's 75-article story of the 2016 campaign, 2 of
30 sampled links were one fact. So there the scorer's odds must be higher in proportion to the
story's size (:func:`_coverage_bar`), a claim is proposed only with its best partner in another
article and only when the two share :data:`BROAD_SHARED` words, a conflict only between claims
that say nearly one thing (:data:`BROAD_CONFLICT_COSINE`), and figures of one named count, which
there come from many occasions (polls, days), propose no pair by their clash alone."""
BROAD_SHARED = 2
"""Words two claims of a subject's coverage share at least to be proposed: one shared word
is mostly the subject ("taxes", "the debate"), not a fact."""
BROAD_CONFLICT_COSINE = 0.6
"""How alike by meaning two claims of a subject's coverage are at least for a conflict between
them to be proposed. There a denial, or another figure, mostly ties two claims on the subject
that are not one statement ("why didn't Donald Trump pay his [taxes]?" against "the top 1
percent paid 25.4 percent of all federal taxes"): on PolNeAR's 75-article story all 12 such
conflicts were, and only one of them came this near."""
BROAD_CONFLICT_JACCARD = 0.5
"""The share of their words two claims have in common, by words alone, for the same."""
FACT_BAR = 60.0
"""The score (on 0-100) of a link made because both claims answer one question, when
the scorer gives less: shown at the default bar, below the scorer's own proposals."""
CLASH_BAR = 0.6
"""The scorer's probability from which a pair whose figures of one named count clash is
proposed below the scorer's own threshold (:func:`propose_links`)."""
ONE_FACT = "same question: how many"
"""The reason of a link made because both claims give one running count (:mod:`facts`)."""


def propose_links(
    views: Sequence[ClaimView],
    articles: Mapping[int, Article],
    model: PairModel,
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    cancelled: Callable[[], bool] | None = None,
    min_score: float = FACT_BAR,
    speakers: Speakers | None = None,
) -> list[LinkDraft]:
    """The links proposed among ``views``; never a pair in ``rejected``.

    Pairs that cannot reach the learned threshold are set aside in numpy
    first (:mod:`screen`); the others are weighed one by one. A pair is
    proposed when the learned scorer proposes it, or when both claims answer
    one question (:mod:`facts`) and ``min_score`` is at most :data:`FACT_BAR`.
    ``speakers`` are those of ``views`` when the caller has them already.
    """
    only = set(only_ids) if only_ids is not None else None
    declined = set(rejected)
    speakers = speakers or Speakers((v.claim for v in views), articles)
    drafts: list[LinkDraft] = []
    by_article: dict[int, list[ClaimView]] = {}
    for view in views:
        by_article.setdefault(view.claim.article_id, []).append(view)
    means = ArticleMeans(views)
    alike = AlikeArticles(views, means)
    for story in alike.stories():
        members = [v for a in story for v in by_article[a]]
        if cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        xs, ys = pair_indexes(members, only)
        telling = np.array([tells_a_fact(v.reading) for v in members], dtype=np.bool_)
        later = np.zeros(len(xs), dtype=np.bool_)
        if len(xs):
            wanted = telling[xs] & telling[ys]
            article = np.array([v.claim.article_id for v in members], dtype=np.int64)
            paired, later = _articles_paired(
                article[xs], article[ys], alike, articles, len(story) > SMALL_STORY
            )
            wanted &= paired
            xs, ys, later = xs[wanted], ys[wanted], later[wanted]
        if not len(xs):
            continue
        rarity = Rarity(v.reading for v in members)
        small = len(story) <= SMALL_STORY
        broad = _coverage(story, articles)
        bar = _coverage_bar(model.threshold, len(story)) if broad else model.threshold
        # in a subject's coverage, counts of the dead or of a crowd are of many events
        answers = fact_pairs(members, xs, ys) if not broad else np.zeros(len(xs), np.bool_)
        # Articles a week or more apart tell one event's later chapter, or another
        # event on the same subject: only a running count's later figure links them.
        reach = replace(model, threshold=min(model.threshold, CLASH_BAR))  # see CLASH_BAR
        chosen = (promising(reach, members, xs, ys, means) & ~later) | answers
        one_fact = answers[chosen].tolist()
        picked = zip(xs[chosen].tolist(), ys[chosen].tolist(), strict=True)
        pairs = [(members[x], members[y]) for x, y in picked]
        if not pairs:
            continue
        chances = model.probabilities(feature_matrix(pairs, rarity, means))
        best = among_best(
            [(a.claim.id, a.claim.article_id, b.claim.id, b.claim.article_id) for a, b in pairs],
            chances,
            1 if broad else PER_ARTICLE,
        )
        best &= _sentence_siblings(pairs, chances, reach.threshold)
        # A declined pair keeps its place among the best: deciding one proposal
        # does not bring up another.
        for (a, b), chance, kept, fact in zip(pairs, chances, best, one_fact, strict=True):
            if _key(a, b) in declined or acted_apart(a, b) or part_against_whole(a, b):
                continue  # one act of two actors, or a part and its whole: two facts
            above = chance >= bar and (not broad or _share_words(a, b))
            if above and kept:
                if not broad:
                    drafts.append(_draft(a, b, float(chance), articles, speakers))
                elif (
                    found := _coverage_draft(a, b, float(chance), articles, speakers)
                ) is not None:
                    drafts.append(found)
                continue
            # beyond its best few, a pair is related once, for the rules and for its draft
            related = _related(a, b, articles, speakers) if above and small else None
            if related is not None and _contradicts(related):
                # a claim's best few in another article are its retellings; in a case on one
                # event, one that says the opposite is another version, whatever its rank
                drafts.append(_draft(a, b, float(chance), articles, speakers, related=related))
            elif fact and min_score <= FACT_BAR:  # one question answered, below the scorer's own
                floor = max(float(chance), min_score / 100)
                drafts.append(_draft(a, b, floor, articles, speakers, ONE_FACT))
            elif not broad and chance >= CLASH_BAR and named_count_clash(a, b):
                # different figures of one named count ("12 vs 30 (dead)", "40 vs 300
                # (detained)") or group ("3 vs 4 (batch)"): a dispute the reviewer must see,
                # though the words differ too much for the scorer to be sure of one fact
                related = related or _related(a, b, articles, speakers)
                if related[0] is Relation.CONFLICTS:
                    drafts.append(_draft(a, b, float(chance), articles, speakers, related=related))
    drafts.sort(key=lambda d: (d.a_id, d.b_id))
    return drafts


def _related(
    a: ClaimView, b: ClaimView, articles: Mapping[int, Article], speakers: Speakers
) -> tuple[Relation, tuple[str, ...]]:
    """:func:`relate` of the pair in the order its link stores it (the lower claim id first),
    knowing whether the two speak in one voice (:func:`independence`)."""
    if a.claim.id > b.claim.id:
        a, b = b, a
    independent, _ = independence(a.claim, b.claim, speakers)
    return relate(a, b, articles, one_voice=not independent)


def _coverage(story: Sequence[int], articles: Mapping[int, Article]) -> bool:
    """Whether a story is a subject's coverage (:data:`BROAD_STORY`): more articles than
    that, dated a week or more apart (or undated). Many articles on one event (a quake's
    first days) are a case on that event."""
    if len(story) <= BROAD_STORY:
        return False
    span = days_spanned(story, articles)
    return span is None or span >= LATER_DAYS


def _coverage_bar(threshold: float, articles: int) -> float:
    """The scorer's threshold in a subject's coverage of ``articles`` articles: its odds
    times how many more articles than :data:`BROAD_STORY` there are. The scorer learned from
    cases on one event, where two alike articles tell one event; the more articles a
    subject's coverage has, the likelier two alike ones tell two."""
    odds = threshold / (1.0 - threshold) * articles / BROAD_STORY
    return odds / (1.0 + odds)


def _share_words(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims share :data:`BROAD_SHARED` words or more, a name of many words
    counted once ("the White House" is the subject's place, not two words in common)."""
    shared = set(a.reading.lemmas) & set(b.reading.lemmas)
    count = len(shared)
    for name in set(a.reading.names) & set(b.reading.names):
        words = set(name.split())
        if len(words) > 1 and words <= shared:
            count -= len(words) - 1
    return count >= BROAD_SHARED


def _coverage_draft(
    a: ClaimView, b: ClaimView, chance: float, articles: Mapping[int, Article], speakers: Speakers
) -> LinkDraft | None:
    """The draft of a pair of a subject's coverage, unless it is a conflict between claims
    that do not say nearly one thing, or two figures of one count, which there come from many
    occasions: "Clinton holds an advantage of 83 points among black voters" and "Clinton led
    Trump by 5 points among likely voters" are two polls (:data:`BROAD_STORY`)."""
    related = _related(a, b, articles, speakers)
    relation, reasons = related
    if relation is Relation.CONFLICTS and (
        not _one_statement(a, b) or reasons[0].startswith(DIFFERENT_FIGURES)
    ):
        return None
    return _draft(a, b, chance, articles, speakers, related=related)


def _one_statement(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims say nearly one thing (:data:`BROAD_CONFLICT_COSINE`), so that one
    of them can say it otherwise. (Called on pairs sharing two words or more: by words
    alone, never two claims without words.)"""
    by_words = a.vector is None or b.vector is None
    return _content_alike(a, b) >= (BROAD_CONFLICT_JACCARD if by_words else BROAD_CONFLICT_COSINE)


def _contradicts(related: tuple[Relation, tuple[str, ...]]) -> bool:
    """Whether one claim denies what the other says, or gives another figure of its count
    (two clock times alone may be of two happenings)."""
    relation, reasons = related
    return relation is Relation.CONFLICTS and not reasons[0].startswith(DIFFERENT_TIMES)


def repeat_links(
    views: Sequence[ClaimView],
    articles: Mapping[int, Article],
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    cancelled: Callable[[], bool] | None = None,
    speakers: Speakers | None = None,
) -> list[LinkDraft]:
    """Near-verbatim repeats across the case (:mod:`repeats`), each proposed as corroborating.

    Whatever else the two articles say, only what the two claims say
    themselves keeps them apart (:func:`evidence.kept_apart`): other places
    named in them ("... in Yemen", "... in Bahrain"), or a call for action
    against a statement. ``speakers`` as :func:`propose_links` takes them.
    """
    declined = set(rejected)
    found = [
        (views[i], views[j], ratio)
        for i, j, ratio in repeat_pairs(views, only=only_ids, cancelled=cancelled)
        if _key(views[i], views[j]) not in declined and not kept_apart(views[i], views[j])
    ]
    speakers = speakers or Speakers((v.claim for v in views), articles)
    drafts = []
    for a, b, ratio in found:
        first, second = sorted((a.claim.id, b.claim.id))
        independent, why = independence(a.claim, b.claim, speakers)
        drafts.append(LinkDraft(
            first, second, Relation.CORROBORATES, round(ratio, 1),
            (f"near-verbatim repeat ({ratio:.0f}% the same)", why), independent,
        ))  # fmt: skip
    return drafts


def _articles_paired(
    firsts: npt.NDArray[np.int64],
    seconds: npt.NDArray[np.int64],
    alike: AlikeArticles,
    articles: Mapping[int, Article],
    ask_alike: bool,
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Per pair of articles (each distinct pair asked once), whether their claims are paired:
    not dated a month apart (:func:`evidence.dated_apart`) and, when ``ask_alike``, alike
    themselves (the articles of a small story are alike through it); and whether they
    are dated a week or more apart (:func:`evidence.weeks_apart`)."""
    pairs = np.stack([np.minimum(firsts, seconds), np.maximum(firsts, seconds)], axis=1)
    unique, back = np.unique(pairs, axis=0, return_inverse=True)
    back = back.reshape(-1)
    paired, later = [], []
    for a, b in unique.tolist():
        first, second = articles.get(a), articles.get(b)
        paired.append((not ask_alike or alike(a, b)) and not dated_apart(first, second))
        later.append(weeks_apart(first, second))
    return np.array(paired, dtype=np.bool_)[back], np.array(later, dtype=np.bool_)[back]


def _sentence(view: ClaimView) -> tuple[int, int, int]:
    return (view.claim.article_id, *view.reading.context)


SIBLING_ALIKE = 0.25
"""How alike in their own words (cosine; by words alone, the share of words in common) a claim
and another article's claim are at least for the pair to be proposed beside a likelier claim
of the same sentence: "accused him of funding and arming protesters" and "denied he had sent
money or weapons", both of one sentence, each tell of "financing and arming protesters"."""


def _sentence_siblings(
    pairs: Sequence[tuple[ClaimView, ClaimView]], chances: npt.NDArray[np.float64], floor: float
) -> npt.NDArray[np.bool_]:
    """Whether each pair may be proposed beside the pairs of its claims' sentence-mates: of
    claims of one sentence unlike a claim in their own words (:data:`SIBLING_ALIKE`), only
    the likest. Pairs below ``floor`` are proposed by no rank and are left as they are."""
    kept = np.ones(len(pairs), dtype=np.bool_)
    strong = np.flatnonzero(chances >= floor)
    if len(strong):
        alike = np.array([_content_alike(*pairs[k]) for k in strong.tolist()])
        keys = [
            (a.claim.id, _sentence(a), b.claim.id, _sentence(b))
            for a, b in (pairs[k] for k in strong.tolist())
        ]
        kept[strong] = (alike >= SIBLING_ALIKE) | among_best(keys, alike, 1)
    return kept


def _content_alike(a: ClaimView, b: ClaimView) -> float:
    """How alike two claims' own words are, by meaning (or by words alone). Two claims of one
    sentence ("will close its plant, the company said, blaming falling demand") share its
    context, and the scorer, which weighs a claim's sentence too, may prefer either for a
    claim that tells of the plant: the one whose own words tell it is its partner."""
    if a.vector is not None and b.vector is not None:
        return float(np.dot(a.vector, b.vector))
    la, lb = set(a.reading.lemmas), set(b.reading.lemmas)
    return len(la & lb) / max(len(la | lb), 1)


def _key(a: ClaimView, b: ClaimView) -> tuple[int, int]:
    return (min(a.claim.id, b.claim.id), max(a.claim.id, b.claim.id))


def story_pairs(
    members: Sequence[ClaimView], only: set[int] | None = None
) -> list[tuple[ClaimView, ClaimView]]:
    """The cross-article pairs of a story worth weighing (with a claim in ``only``, if given).

    In a small story, all of them. In a big one, each claim with its nearest
    neighbours by meaning and by rare words; the lists are made for every
    claim of the story, so a new article meets the same pairs as a whole-case
    match.
    """
    xs, ys = pair_indexes(members, only)
    return [(members[x], members[y]) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]


def pair_indexes(
    members: Sequence[ClaimView], only: set[int] | None = None
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """:func:`story_pairs` as member indexes ``(xs, ys)``, ``xs < ys``, in sorted order."""
    size = len(members)
    if size <= ALL_PAIRS_UP_TO:
        xs, ys = np.triu_indices(size, k=1)
    else:
        found = {
            (min(x, y), max(x, y))
            for x, neighbours in enumerate(story_neighbours(members))
            for y in neighbours
            if y != x
        }
        flat = np.array(sorted(found), dtype=np.int64).reshape(-1, 2)
        xs, ys = flat[:, 0], flat[:, 1]
    xs, ys = xs.astype(np.int64), ys.astype(np.int64)
    article = np.array([v.claim.article_id for v in members], dtype=np.int64)
    keep = article[xs] != article[ys]
    if only is not None:
        mine = np.array([v.claim.id in only for v in members], dtype=np.bool_)
        keep &= mine[xs] | mine[ys]
    return xs[keep], ys[keep]


def _draft(
    a: ClaimView,
    b: ClaimView,
    chance: float,
    articles: Mapping[int, Article],
    speakers: Speakers,
    why: str = "",
    related: tuple[Relation, tuple[str, ...]] | None = None,
) -> LinkDraft:
    """The link of a proposed pair: its relation (``related`` when the caller has it from
    :func:`_related`), what the claims share, whether their sources are independent (the
    last reason says which)."""
    if a.claim.id > b.claim.id:
        a, b = b, a
    independent, source = independence(a.claim, b.claim, speakers)
    # a later figure revises a count in its own voice only (:func:`relate`)
    relation, reasons = related or relate(a, b, articles, one_voice=not independent)
    seen = shared_evidence(a, b)
    if why:
        asked = sorted(question_of(a) & question_of(b))
        seen = (f"{why} {' / '.join(asked)}", *seen)
    return LinkDraft(
        a.claim.id, b.claim.id, relation, round(100 * chance, 1),
        (*reasons, *seen, source), independent,
    )  # fmt: skip


def judge_pair(
    a: ClaimView,
    b: ClaimView,
    around: Sequence[ClaimView],
    articles: Mapping[int, Article],
    model: PairModel,
) -> LinkDraft:
    """The matcher's reading of a pair a person chose: its score and relation, what the
    claims share and whether their sources are independent, whether or not it would be
    proposed. ``around`` are the claims of both articles (word rarity is theirs)."""
    pair = (a, b) if a.claim.id < b.claim.id else (b, a)
    features = feature_matrix(
        [pair], Rarity(v.reading for v in around), ArticleMeans(around or pair)
    )
    chance = float(model.probabilities(features)[0])
    return _draft(*pair, chance, articles, Speakers((v.claim for v in around), articles))
