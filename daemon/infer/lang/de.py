"""German: dates, thanks, quoting, and the words of a German application process."""

from types import MappingProxyType

from daemon.infer.lang import Words

WORDS = Words(
    code="de",
    months=MappingProxyType(
        {
            "januar": 1,
            "jänner": 1,
            "februar": 2,
            "märz": 3,
            "maerz": 3,
            "mai": 5,
            "juni": 6,
            "juli": 7,
            "oktober": 10,
            "dezember": 12,
        }
    ),
    weekdays=MappingProxyType(
        {
            "montag": 0,
            "dienstag": 1,
            "mittwoch": 2,
            "donnerstag": 3,
            "freitag": 4,
            "samstag": 5,
            "sonntag": 6,
        }
    ),
    needs_capital=frozenset({"mai"}),
    reply_prefixes=("aw", "wg", "antw"),
    calendar_prefixes=(
        r"einladung",
        r"aktualisierte einladung",
        r"angenommen",
        r"abgelehnt",
        r"abgesagt",
        r"termin(?:bestätigung|anfrage)?",
    ),
    quote_headers=(
        r"am .{3,200}schrieb .{0,200}",
        r"-{2,} ?(?:ursprüngliche nachricht|weitergeleitete nachricht) ?-{2,}",
    ),
    sign_offs=(r"(?:mit )?(?:freundlichen|besten|herzlichen|viele) grüßen?", r"lg", r"vg", r"gruß"),
    thanks=(r"danke(?: schön| sehr)?", r"vielen dank", r"herzlichen dank", r"bedanke mich"),
    job_words=(
        r"bewerbung(?:en)?",
        r"bewerber(?:in|innen)?",
        r"vorstellungsgespräch",
        r"kennenlerngespräch",
        r"lebenslauf",
        r"stellenangebot",
        r"stellenausschreibung",
        r"personalabteilung",
        r"recruiting",
        r"probearbeit(?:stag)?",
    ),
    weak_job_words=(r"stelle", r"position"),
    recruiting_titles=(r"personal(?:referent(?:in)?|abteilung|leitung)", r"talent acquisition"),
    meeting_nouns=(
        r"gespräch",
        r"vorstellungsgespräch",
        r"kennenlerngespräch",
        r"termin",
        r"telefonat",
        r"videocall",
        r"video-?interview",
        r"treffen",
        r"call",
    ),
    proposal_cues=(
        r"(?:ich|wir) (?:könnte|könnten|kann|können)",
        r"(?:hätten sie|hättest du|haben sie|hast du) (?:\w+ )?zeit",
        r"wie wäre es mit",
        r"passt (?:es )?(?:ihnen|dir)",
        r"(?:wäre|ist) (?:\w+ )?(?:möglich|recht)",
    ),
    accept_cues=(
        r"passt(?: (?:gut|mir|perfekt|sehr gut))?",
        r"gerne",
        r"klingt gut",
        r"bestätigt",
        r"super",
    ),
    confirm_cues=(r"bestätig(?:e|en|t|ung)", r"eingeplant", r"vereinbart"),
    cancel_cues=(r"abgesagt", r"absagen", r"fällt aus", r"storniert"),
    move_cues=(r"verschieben", r"verschoben", r"verlegen", r"neuer termin"),
    commitments=(r"(?:ich|wir|sie|er) (?:werde|werden|wird)",),
    passive_news=(
        r"(?:du hörst|sie hören|hörst du|hören sie)(?: [\w.,]+){0,6} von (?:mir|uns)",
        r"(?:ich melde mich|wir melden uns)",
        r"(?:erhalten|bekommen) sie (?:\w+ ){0,4}(?:rückmeldung|bescheid|antwort|nachricht)",
        r"(?:eine )?(?:entscheidung|rückmeldung) (?:\w+ ){0,4}(?:fällt|folgt|erhalten)",
    ),
    asks_of_you=(r"bitte", r"könnten sie", r"könntest du", r"kannst du", r"können sie"),
    news_events=(
        r"melde(?:n)? (?:mich|uns)",
        r"(?:geben|gebe) (?:ihnen|dir) (?:bis .{1,30} )?bescheid",
        r"rückmeldung",
        r"entscheid(?:en|ung)",
    ),
    rejections=(r"absage", r"leider[^.]{0,80}nicht", r"anderen? (?:kandidaten|bewerber)"),
    offers=(r"(?:ein )?angebot (?:machen|unterbreiten)", r"vertragsangebot"),
    errands=(r"terminbestätigung", r"praxis", r"rechnung", r"bestellung", r"lieferung"),
    deadline_words=(r"bis(?: zum| spätestens)?", r"spätestens(?: am| bis)?", r"am", r"vor"),
)
