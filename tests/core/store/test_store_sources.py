"""Source entities in the store: joined as claims are stored, corrected, merged, undone."""

from __future__ import annotations

from dataclasses import replace

from store_builders import TEXT, article, claim, text_with

from workbench.core.domain import Extraction, SourceType
from workbench.core.store import CaseStore

GOV, MIL, NGO = SourceType.GOVERNMENT, SourceType.MILITARY_SECURITY, SourceType.NGO


def keyed(
    extraction: Extraction, key: str, *, anonymous: bool = False, voice: str = ""
) -> Extraction:
    return replace(extraction, source_key=key, anonymous=anonymous, source_voice=voice)


def ministry(text: str, key: str, source: str = "The interior ministry") -> Extraction:
    found = claim(text, "The interior ministry", "denied", "that troops fired on protesters",
                  source_type=GOV)  # fmt: skip
    return keyed(replace(found, source_resolved=source), key)


def rights_group(text: str, key: str, *, anonymous: bool = True) -> Extraction:
    found = claim(text, "A rights group", "said", "people were killed in Deraa")
    return keyed(found, key, anonymous=anonymous)


def two_articles(store: CaseStore, first: list[Extraction], second: list[Extraction]) -> None:
    store.add_article(article(), first)
    store.add_article(article(text_with("600"), path="b.txt"), second)


def test_the_same_referent_in_two_articles_is_one_source(store: CaseStore) -> None:
    other = text_with("600")
    two_articles(
        store,
        [ministry(TEXT, "body:syria:interior ministry")],
        [ministry(other, "body:syria:ministry", "The ministry (Syria)")],
    )
    (source,) = store.sources()
    assert source.name == "The interior ministry" and source.type is GOV
    assert source.article_ids == (1, 2) and len(source.claim_ids) == 2
    assert {c.source_id for c in store.claims()} == {source.id}


def test_a_source_untyped_in_one_article_takes_the_type_another_gives_it(
    store: CaseStore,
) -> None:
    # "Medecins du Littoral said" in one article, "A medical charity, Medecins du Littoral,
    # says" in the next: the charity is an NGO in both
    key = "body:syria:interior ministry"
    untyped = replace(ministry(TEXT, key), source_type=SourceType.OTHER)
    two_articles(store, [untyped], [replace(ministry(text_with("600"), key), source_type=NGO)])
    (source,) = store.sources()
    assert source.type is NGO
    assert {c.source_type for c in store.claims()} == {NGO}
    assert not any(c.source_type_override for c in store.claims())


def test_a_surname_joins_the_one_person_with_that_surname(store: CaseStore) -> None:
    minister = keyed(
        replace(ministry(TEXT, ""), source_resolved="Tomas Rellik"), "person:tomas rellik"
    )
    surname = keyed(
        replace(ministry(text_with("600"), ""), source_resolved="Rellik"), "person:rellik"
    )
    namesake = keyed(
        replace(ministry(text_with("700"), ""), source_resolved="Anna Rellik"), "person:anna rellik"
    )
    two_articles(store, [minister], [surname])
    assert len(store.sources()) == 1
    store.add_article(article(text_with("700"), path="c.txt"), [namesake])
    assert {s.name for s in store.sources()} == {"Tomas Rellik", "Anna Rellik"}
    # a second Rellik in the case: "Rellik" alone is no longer anyone's
    again = keyed(replace(surname, source_resolved="Rellik"), "person:rellik")
    store.add_article(article(text_with("800"), path="d.txt"), [again])
    assert {s.name for s in store.sources()} == {"Tomas Rellik", "Anna Rellik", "Rellik"}


def test_a_bare_description_joins_the_body_it_ends_not_one_it_starts(store: CaseStore) -> None:
    force = ministry(TEXT, "body:keld:dorva police", "Dorva police")
    watchdog = ministry(
        text_with("600"), "body:keld:police review board", "The Police Review Board"
    )
    bare = ministry(text_with("700"), "body:keld:police", "The police (Keldia)")
    two_articles(store, [force], [watchdog])
    store.add_article(article(text_with("700"), path="c.txt"), [bare])
    joined = {s.name: len(s.claim_ids) for s in store.sources()}
    assert joined == {"Dorva police": 2, "The Police Review Board": 1}


def test_a_body_named_without_its_country_joins_the_one_placed_in_one(store: CaseStore) -> None:
    placed = ministry(TEXT, "body:drevn:health ministry", "The health ministry (Drevna)")
    bare = ministry(text_with("600"), "body:health ministry", "The health ministry")
    two_articles(store, [placed], [bare])
    assert [len(s.claim_ids) for s in store.sources()] == [2]
    # with a second country's health ministry in the case, the bare one is neither's
    store.add_article(
        article(text_with("700"), path="c.txt"),
        [ministry(text_with("700"), "body:keld:health ministry", "The health ministry (Keldia)")],
    )
    again = ministry(text_with("800"), "body:health ministry", "The health ministry")
    store.add_article(article(text_with("800"), path="d.txt"), [again])
    assert sorted(len(s.claim_ids) for s in store.sources()) == [1, 1, 2]


def test_an_acronym_joins_the_one_body_whose_initials_it_spells(store: CaseStore) -> None:
    full = ministry(TEXT, "body:medecins sans frontieres", "Medecins Sans Frontieres")
    short = ministry(text_with("600"), "body:msf", "MSF")
    two_articles(store, [short], [full])  # the acronym first, then the name
    assert [len(s.claim_ids) for s in store.sources()] == [2]
    who = ministry(text_with("700"), "body:world health organization", "The WHO's parent")
    word = ministry(text_with("800"), "body:who", "the who")  # a word, not an acronym
    store.add_article(article(text_with("700"), path="c.txt"), [who])
    store.add_article(article(text_with("800"), path="d.txt"), [word])
    assert sorted(len(s.claim_ids) for s in store.sources()) == [1, 1, 2]


def test_a_short_name_joins_the_body_it_starts_not_a_person_of_it(store: CaseStore) -> None:
    full = ministry(TEXT, "body:vantis pharma", "Vantis Pharma")
    spokeswoman = ministry(text_with("600"), "body:vantis spokeswoman", "A Vantis spokeswoman")
    two_articles(store, [full], [spokeswoman])
    short = ministry(text_with("700"), "body:vantis", "Vantis")
    store.add_article(article(text_with("700"), path="c.txt"), [short])
    joined = {s.name: len(s.claim_ids) for s in store.sources()}
    assert joined == {"Vantis Pharma": 2, "A Vantis spokeswoman": 1}


def test_anonymous_sources_are_never_joined_across_articles(store: CaseStore) -> None:
    key = "anon:a rights group"
    two_articles(store, [rights_group(TEXT, key)], [rights_group(text_with("600"), key)])
    assert [len(s.claim_ids) for s in store.sources()] == [1, 1]
    assert all(s.anonymous for s in store.sources())


def test_different_referents_stay_apart(store: CaseStore) -> None:
    two_articles(
        store,
        [ministry(TEXT, "body:syria:interior ministry")],
        [ministry(text_with("600"), "body:syria:foreign ministry", "The foreign ministry")],
    )
    assert len(store.sources()) == 2


def test_retyping_a_source_retypes_its_claims_but_not_one_typed_on_its_own(
    store: CaseStore,
) -> None:
    key = "body:syria:interior ministry"
    two_articles(store, [ministry(TEXT, key)], [ministry(text_with("600"), key)])
    own, follower = store.claims()
    store.update_extraction(own.id, replace(own.extraction, source_type=SourceType.POLITICIAN))
    assert store.get_claim(own.id).source_type_override
    (source,) = store.sources()
    edit = store.set_source(source.id, source_type="military_security", by="ana")
    assert store.get_claim(follower.id).source_type is MIL
    assert store.get_claim(own.id).source_type is SourceType.POLITICIAN
    assert store.get_source(source.id).type is MIL and store.get_source(source.id).type_by_hand
    rows = [(h.entity, h.field, h.old, h.new, h.by) for h in store.history() if h.by == "ana"]
    assert ("source", "type", "government", "military_security", "ana") in rows
    assert ("claim", "source_type", "government", "military_security", "ana") in rows
    # a claim stored later joins the source and takes the type a person gave it
    store.add_article(article(text_with("700"), path="c.txt"), [ministry(text_with("700"), key)])
    assert {c.source_type for c in store.claims()} == {MIL, SourceType.POLITICIAN}
    store.undo_source_edit(edit, by="ana")
    assert store.get_source(source.id).type is GOV and not store.get_source(source.id).type_by_hand
    assert store.get_claim(follower.id).source_type is GOV


def test_a_claim_typed_like_its_source_is_no_longer_its_own(store: CaseStore) -> None:
    store.add_article(article(), [ministry(TEXT, "body:syria:interior ministry")])
    (mine,) = store.claims()
    store.update_extraction(mine.id, replace(mine.extraction, source_type=SourceType.POLITICIAN))
    store.update_extraction(mine.id, mine.extraction)  # an undo: the source's type again
    assert not store.get_claim(mine.id).source_type_override


def test_an_explicit_override_is_kept_and_an_explicit_release_follows(store: CaseStore) -> None:
    key = "body:syria:interior ministry"
    two_articles(store, [ministry(TEXT, key)], [ministry(text_with("600"), key)])
    kept, released = store.claims()
    # marked as this claim's own though it says what its source says
    store.update_extraction(kept.id, kept.extraction, source_type_override=True, by="ana")
    store.update_extraction(
        released.id, replace(released.extraction, source_type=SourceType.POLITICIAN)
    )
    store.update_extraction(released.id, released.extraction, source_type_override=False)
    (source,) = store.sources()
    store.set_source(source.id, source_type="military_security")
    assert store.get_claim(kept.id).source_type is GOV
    assert store.get_claim(released.id).source_type is MIL
    marks = [(h.field, h.old, h.new, h.by) for h in store.history("claim", kept.id)]
    assert ("source_type_override", "0", "1", "ana") in marks


def test_merge_moves_claims_and_unmerge_puts_them_back(store: CaseStore) -> None:
    two_articles(
        store,
        [ministry(TEXT, "body:syria:interior ministry")],
        [rights_group(text_with("600"), "body:civic watch", anonymous=False)],
    )
    keep, other = sorted(store.sources(), key=lambda s: s.id)
    merge = store.merge_sources(keep.id, other.id, by="ana")
    assert [s.id for s in store.sources()] == [keep.id]
    assert set(store.get_source(keep.id).claim_ids) == set(keep.claim_ids + other.claim_ids)
    # a later claim of the merged referent joins the source it was merged into
    later = rights_group(text_with("700"), "body:civic watch", anonymous=False)
    store.add_article(article(text_with("700"), path="c.txt"), [later])
    assert len(store.sources()) == 1
    store.unmerge_sources(merge, by="ana")
    assert {s.id for s in store.sources()} == {keep.id, other.id}
    assert store.get_source(other.id).claim_ids == other.claim_ids


def test_a_restored_claim_goes_back_to_its_source(store: CaseStore) -> None:
    key = "body:syria:interior ministry"
    two_articles(store, [ministry(TEXT, key)], [ministry(text_with("600"), key)])
    first, _ = store.claims()
    store.delete_claim(first.id)
    restored = store.restore_claim(first)
    assert restored.source_id == first.source_id


def test_panel_counts_claims_articles_and_support(store: CaseStore) -> None:
    two_articles(
        store,
        [ministry(TEXT, "body:syria:interior ministry")],
        [rights_group(text_with("600"), "body:civic watch", anonymous=False)],
    )
    a, b = store.claims()
    store.db.execute(
        "INSERT INTO links (a_id, b_id, relation, score, created_at)"
        " VALUES (?, ?, 'conflicts', 80, '')",
        (a.id, b.id),
    )
    summaries = {s.name: s for s in store.source_summaries()}
    ministry_row = summaries["The interior ministry"]
    assert (ministry_row.claims, ministry_row.articles) == (1, 1)
    assert (ministry_row.corroborated, ministry_row.conflicted) == (0, 1)


def test_one_body_named_in_two_languages_is_one_source(store: CaseStore) -> None:
    from workbench.core.extract.source_keys import body_key

    french = ministry(TEXT, body_key("Médecins Sans Frontières"), "Médecins Sans Frontières")
    english = ministry(text_with("600"), body_key("Doctors Without Borders"),
                       "Doctors Without Borders")  # fmt: skip
    two_articles(store, [french], [english])
    assert [len(s.claim_ids) for s in store.sources()] == [2]
