"""A verb of saying in the present that the parser took for a noun before a report noun.

"The Ministry rejects reports that the outbreak has reached the capital" is
a press release's way of saying the ministry denied them. The small model
reads "rejects" as a plural noun, the subject of "reports", which it takes for
the verb: the ministry's denial came out as the ministry's report that the
outbreak had reached the capital. Both words can be a noun or a verb in the
third person ("rejects", "claims", "reports"); what settles it is the order:
a noun phrase, then one of those words, then a noun that names a report
("reports", "claims", "accusations") with a that-clause or an object after it.
The parse is mended after the parser runs: the first word becomes the verb
(its sentence's root), the noun before it its subject, and the report noun
its object, keeping the clause that says what the report says.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

PRESENT_CUES = "workbench_present_cues"
THIRD_PERSON = {
    "rejects": "reject", "dismisses": "dismiss", "denies": "deny", "disputes": "dispute",
    "confirms": "confirm", "welcomes": "welcome", "condemns": "condemn", "refutes": "refute",
    "questions": "question", "contests": "contest", "challenges": "challenge",
}  # fmt: skip
"""Third-person forms of cues whose object may be a report, and their lemmas."""
REPORT_NOUNS = frozenset({
    "reports", "claims", "accusations", "allegations", "suggestions", "rumours", "rumors",
    "charges", "assertions", "statements", "accounts", "figures",
})  # fmt: skip


@Language.component(PRESENT_CUES)
def mend_present_cues(doc: Doc) -> Doc:
    """Make "rejects" in "The Ministry rejects reports that ..." the verb it is."""
    for token in doc:
        lemma = THIRD_PERSON.get(token.lower_)
        if lemma is None or token.i == 0 or token.i + 1 >= len(doc):
            continue
        report, subject = doc[token.i + 1], doc[token.i - 1]
        if report.lower_ not in REPORT_NOUNS or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.head == report and token.dep_ in ("nsubj", "compound") and subject.head == token:
            _mend(token, lemma, report, subject)  # "rejects" read as the subject of "reports"
        elif (
            report.head == token
            and subject.head == token
            and subject.dep_ == "compound"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        ):
            subject.dep_ = "nsubj"  # the verb read right, its subject as part of a name
    for token in doc:
        if token.lower_ in SAYS and token.pos_ == "NOUN":
            _mend_noun_cue(token)
    return doc


SAYS = {
    "claims": "claim", "says": "say", "alleges": "allege", "suggests": "suggest",
    "insists": "insist", "argues": "argue", "warns": "warn", "shows": "show",
}  # fmt: skip
"""Third-person verbs of saying the small model takes for plural nouns after a noun: "A viral
post claims that ...", "A video shared on TikTok claims that ..."."""


def _mend_noun_cue(says: Token) -> None:
    """Make a verb of saying read as a noun the verb it is, when a that-clause follows it and
    its sentence has no verb of its own to hang from: the noun before it (or the sentence's
    head noun, "A video shared on TikTok") is its subject, the clause what it says. "The
    claims that the vaccine contains chips are false" has its verb ("are") and is left."""
    doc = says.doc
    if says.i + 1 >= len(doc) or doc[says.i + 1].lower_ != "that" or says.i == 0:
        return
    root = says.sent.root
    if root.pos_ in ("VERB", "AUX"):
        return
    clause = doc[says.i + 1].head
    if clause.i <= says.i or clause.pos_ not in ("VERB", "AUX"):
        return
    before = doc[says.i - 1]
    if says.dep_ == "ROOT" and before.head == says and before.pos_ in ("NOUN", "PROPN"):
        subject = before  # "A viral post claims": the post
        for word in list(says.children):
            if word.i < subject.i:
                word.head = subject
    elif says.dep_ == "pobj" and root.pos_ in ("NOUN", "PROPN") and root.i < says.i:
        subject = root  # "A video shared on TikTok claims": the video
        if before.head == says and before.dep_ == "compound":
            before.head, before.dep_ = says.head, "pobj"  # TikTok, what it was shared on
        says.head = says
    else:
        return
    says.head, says.dep_ = says, "ROOT"
    says.pos_, says.tag_, says.lemma_ = "VERB", "VBZ", SAYS[says.lower_]
    subject.head, subject.dep_ = says, "nsubj"
    clause.head, clause.dep_ = says, "ccomp"
    for word in says.sent:
        if word.is_punct and word.i > clause.i and word.head.i != says.i and word.dep_ == "punct":
            word.head = says


def _mend(verb: Token, lemma: str, report: Token, subject: Token) -> None:
    """Hang the sentence from ``verb``: ``subject`` does it, ``report`` is what it does it to."""
    root = report.head if report.dep_ != "ROOT" else report
    verb.head, verb.dep_ = (verb if root == report else root), report.dep_
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", lemma
    report.head, report.dep_ = verb, "dobj"
    report.pos_, report.tag_, report.lemma_ = "NOUN", "NNS", report.lower_.rstrip("s")
    subject.head, subject.dep_ = verb, "nsubj"
    for word in list(verb.children):
        if word.i < subject.i:
            word.head = subject  # "The" of "The army", hung on the misread verb
    for child in list(report.children):
        if child.i > report.i and child.dep_ == "ccomp":
            child.dep_ = "acl"  # what the report says
        elif child.is_punct and child.i > report.i:
            child.head = verb
