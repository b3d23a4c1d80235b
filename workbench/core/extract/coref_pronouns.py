"""Pronouns: "he", "she", "it", "they" go to someone of their number, kind and gender.

The subject before the pronoun in its own sentence comes first ("President
Arvid Tollen ordered an inquiry, his office said"), then the recent
speakers, then anyone the text mentioned in the last sentences; a pronoun
only goes to someone whose gender the text does not contradict (a
"spokeswoman", or "she" right after the name).
"""

from __future__ import annotations

from dataclasses import replace

from workbench.core.extract.coref_base import (
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    Mention,
    ResolverBase,
)
from workbench.core.extract.mentions import ORG, PERSON, Profile
from workbench.core.extract.referents import Candidate
from workbench.core.extract.sources import SourceSpan

GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
RECENT_SENTENCES = 3


class PronounResolution(ResolverBase):
    """The rules for pronouns."""

    def _antecedent(
        self, pronoun: str, pos: int, sent: int, exclude: tuple[int, int]
    ) -> Mention | None:
        gender = GENDER.get(pronoun, "")

        def fits(m: Mention) -> bool:
            if m.start >= pos or exclude[0] <= m.start < exclude[1]:
                return False
            if pronoun in PERSON_PRONOUNS:
                return (
                    m.kind == PERSON
                    and not m.plural
                    and not (gender and m.gender and m.gender != gender)
                )
            if pronoun in PLURAL_PRONOUNS:
                return m.plural
            return not m.plural and m.kind in (ORG, "place")

        subject = self._subject_before(pronoun, gender, pos, sent, exclude)
        if subject is not None:
            return subject
        recent = [m for m in reversed(self.sources) if sent - m.sent <= RECENT_SENTENCES - 1]
        scene = self._scene_subject(pronoun, gender, pos, sent)
        if scene is not None and not any(fits(m) and m.sent >= sent - 1 for m in recent):
            return scene
        if gender:
            # one whose gender the text gives, unless the last sentence's speaker fits too:
            # "Transport Minister Ada Kulik says ... She says" is the minister
            last = next((m for m in recent if fits(m)), None)
            for m in recent:
                if last is not None and last.sent >= sent - 1 and m.sent < last.sent:
                    break
                if fits(m) and m.gender == gender:
                    return m
        for m in recent:
            if fits(m):
                return m
        found = self._candidate_antecedent(pronoun, gender, pos, sent, exclude)
        if found is not None:
            return found
        for m in reversed(self.sources):
            if fits(m):
                return m
        return None

    def _subject_before(
        self, pronoun: str, gender: str, pos: int, sent: int, exclude: tuple[int, int]
    ) -> Mention | None:
        """The subject of a clause earlier in the pronoun's own sentence, if it fits.

        "President Arvid Tollen ordered an inquiry, his office said": within a
        sentence the subject before the pronoun is its likeliest antecedent,
        more than the last speaker of the sentences before.
        """
        return self._candidate_antecedent(pronoun, gender, pos, sent, exclude, same_sentence=True)

    def _scene_subject(self, pronoun: str, gender: str, pos: int, sent: int) -> Mention | None:
        """A quotation's speaker set in the scene before: "X sat by the window. "...," she said";
        or the body the sentence before was about: "The Geological Survey measured the quake
        at 6.4. It said ...".

        When a sentence opens with a quotation, or with the pronoun itself, and
        the pronoun has no speaker in the sentence before, the named person (or,
        for "it", the named body) that sentence is about, the subject of its
        main verb, speaks, ahead of an older speaker.
        """
        doc = self.ctx.doc
        first = self.ctx.sent_first.get(sent)
        if first is None or not (doc[first].is_quote or doc[first].idx == pos):
            return None
        body = pronoun not in PERSON_PRONOUNS
        if body and (pronoun in PLURAL_PRONOUNS or doc[first].is_quote):
            return None
        for candidate in self.registry.candidates:
            token = doc[candidate.head]
            if candidate.sent != sent - 1 or token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
                continue
            profile = self.registry.profile(candidate)
            if not profile.name or profile.plural:
                continue
            if body:
                if profile.kind != ORG:
                    continue
                span = doc[candidate.start : candidate.end]
                source = SourceSpan(token, candidate.start, candidate.end)
                return replace(self._describe(span, source), source=False)
            if not self._a_person(profile):
                continue
            if gender and (profile.gender or self._gender_after(candidate)) != gender:
                continue  # this mention's own gender, not its surname's: a mother and son share one
            span = doc[candidate.start : candidate.end]
            mention = self._person(span, replace(profile, kind=PERSON))
            return replace(mention, source=False)
        return None

    def _a_person(self, profile: Profile) -> bool:
        """A person, or a name the tagger took for a body whose surname a person bears."""
        if profile.kind == PERSON:
            return True
        words = profile.name.split()
        return 1 < len(words) <= 3 and bool(self.registry.person_mentions(words[-1].lower()))

    def _candidate_antecedent(
        self,
        pronoun: str,
        gender: str,
        pos: int,
        sent: int,
        exclude: tuple[int, int],
        same_sentence: bool = False,
    ) -> Mention | None:
        """The nearest mention in the text (not only a speaker) that fits the pronoun."""
        registry = self.registry
        doc = self.ctx.doc
        for candidate in reversed(registry.candidates):
            if candidate.char >= pos or exclude[0] <= candidate.char < exclude[1]:
                continue
            if sent - candidate.sent > (0 if same_sentence else RECENT_SENTENCES):
                break
            if same_sentence and doc[candidate.head].dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.ctx.quotes.at(candidate.char) is not None:
                continue  # a name inside someone's quotation is rarely the next speaker
            profile = registry.profile(candidate)
            if pronoun in PERSON_PRONOUNS:
                if profile.kind != PERSON or profile.plural:
                    continue
                if gender and profile.gender and profile.gender != gender:
                    continue
                if (
                    gender
                    and profile.name
                    and self._gender_of(profile.name.split()[-1].lower()) not in ("", gender)
                ):
                    continue
            elif pronoun in PLURAL_PRONOUNS:
                if not profile.plural:
                    continue
            elif profile.kind != ORG or profile.plural:
                continue
            span = doc[candidate.start : candidate.end]
            source = SourceSpan(doc[candidate.head], candidate.start, candidate.end)
            mention = self._describe(span, source)
            return replace(mention, source=False)
        return None

    def _gender_of(self, surname: str) -> str:
        """The gender the text gives a person: a pronoun right after one of their mentions."""
        for candidate in self.registry.person_mentions(surname):
            found = self._gender_after(candidate)
            if found:
                return found
        return ""

    def _gender_after(self, candidate: Candidate) -> str:
        """The gender of the first personal pronoun after a mention, in its sentence."""
        doc = self.ctx.doc
        for token in doc[candidate.end : self.ctx.sent_end[candidate.head]]:
            if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
                break
            if token.pos_ == "PRON" and token.lower_ in GENDER:
                return GENDER[token.lower_]
        return ""
