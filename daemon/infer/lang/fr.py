"""French: dates, thanks, quoting, and the words of a French-language hiring process (Canada,
France, Belgium, Switzerland)."""

from types import MappingProxyType

from daemon.infer.lang import Words

WORDS = Words(
    code="fr",
    months=MappingProxyType(
        {
            "janvier": 1,
            "février": 2,
            "fevrier": 2,
            "mars": 3,
            "avril": 4,
            "juin": 6,
            "juillet": 7,
            "août": 8,
            "aout": 8,
            "septembre": 9,
            "octobre": 10,
            "novembre": 11,
            "décembre": 12,
            "decembre": 12,
        }
    ),
    weekdays=MappingProxyType(
        {
            "lundi": 0,
            "mardi": 1,
            "mercredi": 2,
            "jeudi": 3,
            "vendredi": 4,
            "samedi": 5,
            "dimanche": 6,
        }
    ),
    # "mars" is also the planet and the chocolate bar: a date only when capitalised or with a day
    needs_capital=frozenset({"mars"}),
    reply_prefixes=("tr",),
    quote_headers=(r"le .{3,200}a écrit",),
    sign_offs=(r"cordialement", r"bien (?:à vous|cordialement)", r"bonne journée", r"au plaisir"),
    thanks=(r"merci(?: beaucoup)?", r"je vous remercie", r"remerciements"),
    job_words=(
        r"candidature",
        r"entrevue",
        r"entretien(?: d'embauche)?",
        r"recrutement",
        r"embauche",
        r"offre d'emploi",
        r"curriculum",
        r"jury d'entrevue",
        r"bassin (?:de candidats|qualifié)",
    ),
    weak_job_words=(r"poste", r"emploi"),
    meeting_nouns=(
        r"rencontre",
        r"entrevue",
        r"entretien",
        r"appel",
        r"réunion",
        r"rendez-vous",
        r"café",
        r"dîner",
        r"lunch",
    ),
    proposal_cues=(
        r"(?:seriez|êtes|serais|es)-(?:vous|tu) (?:disponible|libre)s?",
        r"(?:est-ce que|si) (?:\w+ ){0,4}vous (?:convient|conviendrait|va)",
        r"pourriez-vous",
        r"je vous propose",
        r"que diriez-vous",
    ),
    accept_cues=(
        r"parfait",
        r"ça me convient",
        r"cela me convient",
        r"c'est noté",
        r"entendu",
        r"avec plaisir",
        r"ça marche",
        r"au plaisir de vous (?:voir|rencontrer|parler)",
    ),
    confirm_cues=(r"je (?:vous )?confirme", r"(?:c'est )?confirmé", r"est prévu(?:e)?"),
    cancel_cues=(r"annul(?:er|é|ée|ons)",),
    move_cues=(r"report(?:er|é|ée|ons)", r"déplacer"),
    commitments=(r"(?:je|nous|on) (?:vais|allons|va|vous)",),
    news_events=(
        r"(?:vous )?revien(?:s|drai|drons|t)(?: vers vous)?",
        r"reviendr(?:ai|ons) vers vous",
        r"vous tien(?:s|drai|drons) au courant",
        r"vous (?:donner|donnerai|donnerons) (?:des nouvelles|une réponse|un suivi)",
        r"vous (?:informer|contacter|écrire|rappeler)",
    ),
    passive_news=(
        r"vous serez (?:contacté|contactée|informé|informée|avisé|avisée)s?",
        r"une décision sera (?:prise|communiquée)",
    ),
    asks_of_you=(r"merci de", r"veuillez", r"pourriez-vous", r"svp", r"s'il vous plaît"),
    rejections=(
        r"(?:retenu|retenir) une autre candidature",
        r"(?:ne sera|n'a) pas (?:été )?retenue?",
        r"malheureusement[^.]{0,80}(?:pas|autre)",
    ),
    offers=(r"(?:le plaisir|heureux|heureuse)s? de vous offrir", r"offre d'emploi officielle"),
    deadline_words=(r"d'ici(?: la fin de)?", r"avant", r"au plus tard(?: le)?"),
)
