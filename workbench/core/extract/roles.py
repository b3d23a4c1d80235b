"""What the words of a mention say about who speaks: roles, bodies and their kinds.

A source is typed by reading its phrase as a fact-checker does: the role a
person holds ("governor", "truck driver", "union chairman"), the body a role
belongs to ("ministry spokeswoman", "a surgeon at St. Aurel Hospital"), and
the head noun of a body's name ("... Federation of Mine Workers", "...
Minerals", "the Global Environment Office"). These tables hold the generic
vocabulary of news roles and institutions; they know no names.
"""

from __future__ import annotations

from workbench.core.domain import SourceType
from workbench.core.extract.wordlists import words

G = SourceType.GOVERNMENT
M = SourceType.MILITARY_SECURITY
P = SourceType.POLITICIAN
D = SourceType.DIPLOMAT
I = SourceType.INTERNATIONAL_ORG  # noqa: E741 - one letter per type keeps the tables short
N = SourceType.NGO
W = SourceType.WITNESS
E = SourceType.EXPERT
C = SourceType.COMPANY
O = SourceType.OPPOSITION  # noqa: E741
MEDIA = SourceType.MEDIA
OTHER = SourceType.OTHER


def _table(*rows: tuple[SourceType, str]) -> dict[str, SourceType]:
    return {word: kind for kind, text in rows for word in words(text)}


PERSON_ROLES: dict[str, SourceType] = _table(
    (G, "minister ministers governor governors mayor mayors president premier chancellor "
        "prosecutor prosecutors judge judges official officials commissioner administrator "
        "secretary deputy-minister vice-president inspector inspectors firefighter "
        "firefighters fireman firemen"),
    (M, "colonel general commander commanders captain lieutenant sergeant major corporal "
        "soldier soldiers policeman policemen policewoman officer officers troops guard guards "
        "marshal brigadier admiral superintendent superintendents constable constables "
        "detective detectives"),
    (D, "ambassador ambassadors envoy envoys diplomat diplomats consul attache"),
    (P, "lawmaker lawmakers senator senators congressman congresswoman legislator legislators "
        "parliamentarian parliamentarians politician politicians candidate candidates mp mps "
        "deputies councillor councillors councilman councilwoman challenger incumbent contender "
        "nominee"),
    (E, "analyst analysts expert experts professor researcher researchers economist economists "
        "scientist scientists engineer engineers scholar scholars historian academic "
        "specialist specialists consultant consultants lecturer statistician instructor "
        "instructors"),
    (W, "witness witnesses eyewitness eyewitnesses resident residents survivor survivors "
        "villager villagers bystander bystanders passenger passengers neighbour neighbours "
        "neighbor neighbors refugee refugees evacuee evacuees driver drivers farmer farmers "
        "shopkeeper shopkeepers worker workers miner miners fisherman fishermen nurse nurses "
        "doctor doctors surgeon surgeons paramedic paramedics medic medics teacher teachers "
        "student students mother father son daughter wife husband brother sister "
        "grandmother grandfather relative relatives parent parents motorist motorists "
        "passer-by passers-by locals owner owners homeowner homeowners customer customers patient "
        "patients trader traders voter voters "
        "protester protesters demonstrator demonstrators"),
    (MEDIA, "journalist journalists reporter reporters correspondent correspondents editor "
            "editors columnist anchor presenter"),
    (C, "executive executives ceo cfo coo"),
    (OTHER, "lawyer lawyers attorney attorneys priest pastor imam bishop rabbi cleric"),
)  # fmt: skip
"""A person's role word and the type it gives when no body is named with it."""

NEUTRAL_ROLES = frozenset(
    words(
        "spokesman spokeswoman spokesperson spokespeople chairman chairwoman chair director "
        "head chief leader leaders president vice-president secretary-general representative "
        "representatives coordinator manager member members official officials officer "
        "officers founder deputy staff staffer employee employees secretary general speaker"
    )
)
"""Roles that speak for whatever body they belong to: a union chairman is the union's."""

ORG_HEADS: dict[str, SourceType] = _table(
    (G, "ministry ministries government presidency administration cabinet agency authority "
        "authorities inspectorate department service services commission board council "
        "municipality prefecture governorate court tribunal regulator office secretariat"),
    (M, "army military police force forces navy gendarmerie guard militia brigade battalion "
        "regiment command"),
    (D, "embassy consulate"),
    (P, "party parties bloc caucus campaign parliament legislature congress senate assembly"),
    (N, "union unions federation association associations group groups watch committee forum "
        "foundation network society league movement charity charities coalition trust "
        "relief alliance observatory ngo"),
    (I, "accord concord pact organization organisation nations"),
    (C, "company companies firm firms operator operators corporation corp inc ltd plc llc "
        "minerals mining energy holdings industries partners devices airline airlines airways "
        "bank telecom motors pharmaceuticals chemicals steel systems technologies logistics "
        "insurance manufacturer retailer utility utilities conglomerate pipeline pipelines "
        "shipping railways refinery plant plants factory factories mill mills smelter "
        "employer textiles foods beverages brewery breweries automotive electronics "
        "cement contractors developers petroleum pharma biotech carmaker carmakers automaker "
        "automakers drugmaker drugmakers insurer insurers lender lenders"),
    (MEDIA, "broadcaster newspaper newspapers radio television tv channel daily gazette "
            "tribune herald wire outlet magazine station stations journal chronicle courier "
            "echo sentinel dispatch bulletin times ledger globe observer telegraph examiner "
            "inquirer"),
    (E, "institute university think-tank laboratory"),
    (OTHER, "mission missions delegation team"),
    # A hospital tells what its doctors saw: a witness account (the annotation convention).
    (W, "hospital hospitals clinic clinics"),
)  # fmt: skip
"""A body's head noun and the type of the body."""
COMPANY_TRADES = frozenset(("airline", "carrier", "manufacturer", "carmaker", "automaker",
                            "drugmaker", "insurer", "lender", "retailer", "utility"))  # fmt: skip
"""A company described by its trade: "the airline said" is the company the story named."""

STATE_WORDS = frozenset(
    words("state national provincial federal regional municipal city county central interior")
)
"""Modifiers that make a body part of the state: the provincial emergency service."""

CIVIL_WORDS = frozenset(
    words(
        "rights humanitarian aid relief environmental residents' workers' miners' "
        "teachers' doctors' nurses' farmers' charity charitable volunteer"
    )
)
"""Modifiers that make a body part of civil society: an aid agency, a rights group."""

EMERGENCY_WORDS = frozenset(words("fire firefighting rescue ambulance"))
"""Modifiers of a civil emergency service: a fire brigade or a fire chief is the state's."""

GLOBAL_WORDS = frozenset(words("global international multinational intergovernmental world"))
"""Modifiers of a multinational body: the Global Environment Office."""

MEMBER_STATES = frozenset(words("states nations countries"))
"""A body "of Northern States" or of "Nations" is an international one."""

SECURITY_BODIES = frozenset(words("defence defense security interior-security"))
"""A ministry or minister of these is military_security (the annotation convention)."""

OBSERVERS = frozenset(words("monitors monitor observers observer"))
"""People sent by a body: monitors of a multinational body speak for the body."""

AGENT_BODIES = frozenset(words("mission missions delegation team"))
"""Bodies sent by another body, of its kind: "the Concord's monitoring mission"."""

ARMED_WORDS = frozenset(words("armed kidnappers gunmen gang gangs"))
"""An armed group is neither a civil-society group nor a state's: other."""

RULING_WORDS = frozenset(words("ruling governing"))
OPPOSITION_WORDS = frozenset(words("opposition"))

DEEDS_OF_WITNESSES = frozenset(
    words(
        "escape escaped escaping survive survived surviving flee fled fleeing see saw seen "
        "watch watched witness witnessed film filmed filming lose lost live lives lived "
        "living hide hid shelter sheltered rescue rescued injure injured wound wounded "
        "treat treated"
    )
)
"""What a relative clause tells of someone who was there: "52, who escaped ..."."""

LEADING_DEEDS = frozenset(words("head heads headed lead leads led run runs ran chair chairs"))
"""A relative clause that gives a person's body: "who heads the relief committee"."""

COMPANY_DEEDS = frozenset(
    words(
        "operate operates operated own owns owned produce produces make makes sell sells "
        "run runs ran manufacture manufactures supply supplies"
    )
)
"""What a body does that makes it a company: "Orsanne Minerals, which operates the mine"."""

TITLES = frozenset(
    words(
        "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady rev rev. gen gen. col col. "
        "capt capt. lt lt. sgt sgt. sen sen. rep rep. gov gov. prof prof. maj maj."
    )
)
"""Honorifics and abbreviated titles before a name."""

FEMININE = frozenset(
    words(
        "mrs mrs. ms ms. miss dame lady spokeswoman chairwoman congresswoman policewoman "
        "councilwoman businesswoman mother daughter wife sister grandmother woman women "
        "girl queen princess actress"
    )
)
MASCULINE = frozenset(
    words(
        "mr mr. sir lord spokesman chairman congressman policeman councilman businessman "
        "father son husband brother grandfather man men boy king prince actor"
    )
)

CORPORATE_TITLES = (
    "chief executive",
    "chief operating officer",
    "chief financial officer",
    "managing director",
    "chief technology officer",
)
"""Titles that only companies give (officer alone is a soldier's or a policeman's)."""
