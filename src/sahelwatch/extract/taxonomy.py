"""The ACLED event taxonomy and the CASE 2021 Task 2 label codes that map onto it.

ACLED strings are spelled exactly as in the ACLED codebook (2023 edition), so they can be
written to ACLED-compatible exports unchanged.
"""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC_DEVELOPMENTS = "Strategic developments"

VIOLENT_EVENT_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS})
UNREST = (PROTESTS, RIOTS)
# unrest that ACLED keeps as such when people die in it: force used on a crowd, a crowd's violence
DEADLY_UNREST = ("Excessive force against protesters", "Violent demonstration")

POLITICAL_MILITIA_INTER = 3  # ACLED's inter code of political militias: cartels, gangs, factional militias
IDENTITY_MILITIA_INTER = 4  # ACLED's inter code of communal and ethnic militias
CIVILIANS_INTER = 7  # ACLED's inter code of civilians

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
POLITICAL_VIOLENCE_DEMONSTRATIONS = "Political violence; Demonstrations"

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    VIOLENCE_AGAINST_CIVILIANS: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC_DEVELOPMENTS: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# CASE 2021 Task 2 code -> (ACLED event type, ACLED sub-event type)
CASE_TO_ACLED: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": (BATTLES, "Armed clash"),
    "GOV_REGAINS_TERIT": (BATTLES, "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (BATTLES, "Non-state actor overtakes territory"),
    "CHEM_WEAP": (EXPLOSIONS, "Chemical weapon"),
    "AIR_STRIKE": (EXPLOSIONS, "Air/drone strike"),
    "SUIC_BOMB": (EXPLOSIONS, "Suicide bomb"),
    "ART_MISS_ATTACK": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "REM_EXPLOS": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "GRENADE": (EXPLOSIONS, "Grenade"),
    "SEX_VIOL": (VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    "ATTACK": (VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    "ABDUCT_DISSAP": (VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    "PEACE_PROTEST": (PROTESTS, "Peaceful protest"),
    "PROTEST_WITH_INTER": (PROTESTS, "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": (PROTESTS, "Excessive force against protesters"),
    "VIOL_DEMONSTR": (RIOTS, "Violent demonstration"),
    "MOB_VIOL": (RIOTS, "Mob violence"),
    "AGREEMENT": (STRATEGIC_DEVELOPMENTS, "Agreement"),
    "ARREST": (STRATEGIC_DEVELOPMENTS, "Arrests"),
    "CHANGE_TO_GROUP_ACT": (STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    "DISR_WEAP": (STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    "HQ_ESTABLISHED": (STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    "PROPERTY_DISTRUCT": (STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": (STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    "OTHER": (STRATEGIC_DEVELOPMENTS, "Other"),
}

# CASE 2021 labels outside the ACLED taxonomy (subtasks 2 and 3).
NON_ACLED_LABELS: tuple[str, ...] = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")

ACLED_LABELS: tuple[str, ...] = tuple(CASE_TO_ACLED)
ALL_LABELS: tuple[str, ...] = ACLED_LABELS + NON_ACLED_LABELS

_ACLED_TO_CASE = {pair: code for code, pair in CASE_TO_ACLED.items()}

_DISORDER_EXCEPTIONS: dict[tuple[str, str], str] = {
    (PROTESTS, "Excessive force against protesters"): POLITICAL_VIOLENCE_DEMONSTRATIONS,
    (RIOTS, "Mob violence"): POLITICAL_VIOLENCE,
}
_DISORDER_BY_EVENT_TYPE = {
    BATTLES: POLITICAL_VIOLENCE,
    EXPLOSIONS: POLITICAL_VIOLENCE,
    VIOLENCE_AGAINST_CIVILIANS: POLITICAL_VIOLENCE,
    PROTESTS: DEMONSTRATIONS,
    RIOTS: DEMONSTRATIONS,
    STRATEGIC_DEVELOPMENTS: STRATEGIC_DEVELOPMENTS,
}


def is_acled_label(code: str) -> bool:
    """Whether a CASE 2021 code is one of the 25 ACLED sub-event types."""
    return code in CASE_TO_ACLED


def acled_types(code: str) -> tuple[str, str] | None:
    """The (event type, sub-event type) of a CASE 2021 code, or None for non-ACLED labels."""
    return CASE_TO_ACLED.get(code)


def case_code(event_type: str, sub_event_type: str) -> str:
    """The CASE 2021 code of an ACLED (event type, sub-event type) pair."""
    try:
        return _ACLED_TO_CASE[(event_type, sub_event_type)]
    except KeyError:
        raise ValueError(f"not an ACLED type pair: {event_type!r} / {sub_event_type!r}") from None


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's ``disorder_type`` for an event/sub-event type pair.

    Protests and violent demonstrations are "Demonstrations"; mob violence is
    "Political violence"; excessive force against protesters is both.
    """
    if sub_event_type not in EVENT_TYPES.get(event_type, ()):
        raise ValueError(f"not an ACLED type pair: {event_type!r} / {sub_event_type!r}")
    exception = _DISORDER_EXCEPTIONS.get((event_type, sub_event_type))
    return exception or _DISORDER_BY_EVENT_TYPE[event_type]


def default_civilian_targeting(event_type: str, sub_event_type: str) -> bool:
    """ACLED's ``civilian_targeting`` default from the type alone.

    Violence against civilians and excessive force against protesters always target
    civilians; for other types it depends on the actors, so the default is False.
    """
    return event_type == VIOLENCE_AGAINST_CIVILIANS or sub_event_type == "Excessive force against protesters"


def is_violent(event_type: str | None) -> bool:
    """True for the three ACLED event types of organised violence (UCDP codes only these)."""
    return event_type in VIOLENT_EVENT_TYPES

# the cues (classifier_cues.yaml) of which one must be in the text for a remote means to be told
MEANS_CUES = {
    "Chemical weapon": {"cue:chemical"},
    "Air/drone strike": {"cue:air_strike", "cue:helicopter"},
    "Suicide bomb": {"cue:suicide", "cue:explosion", "cue:ied"},
    "Shelling/artillery/missile attack": {"cue:shelling", "cue:air_strike", "cue:explosion"},
    "Remote explosive/landmine/IED": {"cue:ied", "cue:explosion", "cue:grenade"},
    "Grenade": {"cue:grenade", "cue:explosion"},
}
# and of which one must be in the text for an incident's type to be told, remote means or not: no sexual
# violence without a word of it ("executed 20 civilians ..., Human Rights Watch said" is an attack)
TOLD_CUES = {**MEANS_CUES, "Sexual violence": {"cue:sexual"}}
