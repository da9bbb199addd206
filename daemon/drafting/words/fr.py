"""French drafts: "vous" throughout, as a note to a recruiter or an interviewer is written in
France and in Quebec; "Bonjour Madame Lapointe," when the thread gives her title, else
"Bonjour Geneviève,"; "Cordialement,". Nothing the user says of themself agrees with their
gender ("le poste m'intéresse", never "je suis intéressé"): we do not know it.

Example::

    >>> weekday_date(date(2026, 3, 12)), weekday_date(date(2026, 4, 1))
    ('jeudi 12 mars', 'mercredi 1er avril')
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from daemon.drafting.words import (
    GREETED,
    Gender,
    Note,
    Tongue,
    letter,
    listing,
    reasons_list,
    said_day,
)

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def weekday_date(day: date) -> str:
    """'jeudi 12 mars', 'mercredi 1er avril'."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{_WEEKDAYS[day.weekday()]} {number} {_MONTHS[day.month - 1]}"


def _when(n: Note) -> str:
    """The meeting's day as a sentence says it: 'aujourd'hui', 'hier', 'jeudi 12 mars'."""
    return said_day(n, "aujourd'hui", "hier", weekday_date)


def _role(n: Note) -> str:
    return f"le poste {_de(n.role)}" if n.role else "le poste"


def _of(n: Note) -> str:
    return f"du poste {_de(n.role)}" if n.role else "du poste"


def _applied(n: Note) -> str:
    """The application, by the post it is for where the thread names one, else its subject."""
    return f"ma candidature au poste {_de(n.role)}" if n.role else f"ma candidature (« {n.about} »)"


def _de(role: str) -> str:
    """'de' before a title, elided before a vowel or a mute h: "d'infirmière", "de chef"."""
    return f"d'{role}" if role[:1].lower() in "aeiouyhàâäéèêëîïôöûü" else f"de {role}"


def _at(n: Note) -> str:
    return f" chez {n.company}" if n.company else ""


def _familiar_opening(n: Note) -> str:
    """The opening to someone the user says "tu" to: one way per kind of meeting."""
    when, role, at = _when(n), _role(n), _at(n)
    ways = {
        "interview": f"Merci d'avoir pris le temps de me rencontrer {when} pour parler "
        f"{_of(n)}{at}. J'ai beaucoup "
        "apprécié d'en apprendre davantage sur le travail de l'équipe et d'échanger sur la "
        "façon dont je pourrais y contribuer.",
        "panel": f"Merci d'avoir participé {when} à mon entretien pour {role}{at}. J'ai "
        "apprécié tes questions et ton regard sur le travail de l'équipe.",
        "visit": f"Merci pour l'accueil que tu m'as réservé {when}. Voir l'équipe au travail et "
        "rencontrer les personnes qui la composent m'a donné une image bien plus claire "
        f"{_of(n)}{at}.",
        "informational": f"Merci d'avoir pris le temps d'échanger avec moi {when}. J'ai "
        "beaucoup apprécié que tu partages aussi ouvertement ton expérience et ton regard sur "
        "le secteur.",
        "introduction": f"Merci d'avoir pris le temps de discuter avec moi {when}. J'ai pris "
        f"plaisir à en apprendre davantage sur ton travail{at}"
        + (
            f", et je remercie {n.introducer} de nous avoir mis en contact."
            if n.introducer
            else " et sur ton parcours."
        ),
        "adviser": f"Merci pour le temps que tu m'as accordé {when} et pour l'attention que tu "
        "as portée à mes projets. Ton regard m'a été précieux.",
    }
    return ways.get(n.occasion) or _opening(replace(n, familiar=False, turn=0))


def _opening(n: Note) -> str:
    if n.familiar:
        return _familiar_opening(n)
    when, role, at = _when(n), _role(n), _at(n)
    ways: dict[str, tuple[str, ...]] = {
        "interview": (
            f"Merci pour l'entretien que vous m'avez accordé {when} au sujet {_of(n)}{at}. "
            "J'ai beaucoup apprécié d'en apprendre davantage sur le travail de l'équipe et "
            "d'échanger sur la façon dont je pourrais y contribuer.",
            f"Merci d'avoir pris le temps de me rencontrer {when} pour parler {_of(n)}{at}. "
            "Notre échange m'a donné une idée bien plus précise du travail et de la manière "
            "dont je pourrais être utile.",
        ),
        "screen": (
            f"Merci d'avoir échangé avec moi {when} au sujet {_of(n)}{at}. Il m'a été "
            "très utile de comprendre la place du poste dans l'équipe et les prochaines étapes.",
        ),
        "panel": (
            f"Merci d'avoir participé {when} à mon entretien pour {role}{at}. J'ai apprécié "
            "vos questions et votre regard sur le travail de l'équipe.",
            f"Merci pour le temps que vous m'avez consacré {when} lors de l'entretien. Vos "
            f"questions m'ont permis de mieux cerner ce qu'exige {role}{at}, et j'ai beaucoup "
            "apprécié nos échanges.",
            f"Je tenais à vous remercier d'avoir pris part {when} à mon entretien. Vous entendre "
            "parler de votre travail avec l'équipe m'a permis de me représenter concrètement "
            f"{role}{at}.",
        ),
        "visit": (
            f"Merci pour l'accueil que vous m'avez réservé {when}. Voir l'équipe au travail et "
            "rencontrer les personnes qui la composent m'a donné une image bien plus claire "
            f"{_of(n)}{at}.",
            f"Merci pour le temps que vous m'avez consacré {when} lors de ma visite. Notre "
            "conversation a été l'un des moments forts de la journée et m'a permis de bien me "
            f"représenter {role}{at}.",
        ),
        "group": (
            f"Merci de m'avoir permis de participer {when} à la séance. J'ai apprécié les "
            "exercices de la journée et la découverte du fonctionnement de l'équipe, qui ont "
            f"confirmé mon intérêt pour {role}{at}.",
        ),
        "informational": (
            f"Merci d'avoir pris le temps d'échanger avec moi {when}. J'ai beaucoup apprécié "
            "que vous partagiez aussi ouvertement votre expérience et votre regard sur le "
            "secteur.",
        ),
        "introduction": (
            f"Merci d'avoir pris le temps de discuter avec moi {when}. J'ai pris plaisir à en "
            f"apprendre davantage sur votre travail{at}"
            + (
                f", et je remercie {n.introducer} de nous avoir mis en contact."
                if n.introducer
                else " et sur votre parcours."
            ),
        ),
        "adviser": (
            f"Merci pour le temps que vous m'avez accordé {when} et pour l'attention que vous "
            "avez portée à mes projets. Votre regard m'a été précieux.",
        ),
    }
    options = ways.get(n.occasion, ways["interview"])
    return options[n.turn % len(options)]


def _reasons(n: Note) -> str:
    leads = (
        "Au vu de notre échange, voici ce que je pourrais apporter au poste :",
        "Maintenant que je comprends mieux les besoins du poste, voici ce que j'apporterais :",
        "Trois atouts que j'apporterais à l'équipe, d'après notre discussion :",
    )
    return reasons_list(n, leads, "Ce que j'apporterais à l'équipe, d'après notre discussion :")


def _interview_close(n: Note) -> str:
    # the opening named the role and the company: not said again
    interest = (
        "Le poste m'intéresse toujours beaucoup.",
        "J'aimerais beaucoup passer à l'étape suivante.",
        "J'aimerais vraiment rejoindre l'équipe.",
    )[n.turn % 3]
    if n.promised is not None:
        step = (
            f"Au plaisir d'avoir de tes nouvelles d'ici le {weekday_date(n.promised)}, comme tu "
            "me l'as indiqué."
            if n.familiar
            else f"Au plaisir d'avoir de vos nouvelles d'ici le {weekday_date(n.promised)}, "
            "comme vous l'avez indiqué."
        )
    elif n.take_home:
        step = (
            "Je me mets au travail sur l'exercice et te l'enverrai comme convenu."
            if n.familiar
            else "Je me mets au travail sur l'exercice et vous l'enverrai comme convenu."
        )
    elif n.familiar:
        step = f"Je reviendrai vers toi d'ici le {weekday_date(n.check_in)}."
    else:
        step = f"Je me permettrai de revenir vers vous d'ici le {weekday_date(n.check_in)}."
    if n.referral:
        step = "Merci aussi d'avoir proposé de transmettre mon nom. " + step
    thanks = (
        "Merci encore pour ton temps."
        if n.familiar
        else "Merci encore pour votre temps et votre considération."
    )
    return f"{interest} {step} {thanks}"


def thank_you(n: Note) -> str:
    """A thank-you after a meeting, in French."""
    opening = _opening(n)
    you, your = ("te", "ton") if n.familiar else ("vous", "votre")
    if n.late:
        opening = (
            "Pardon pour ce message un peu tardif. "
            if n.familiar
            else "Veuillez excuser ce message un peu tardif. "
        ) + opening
    parts = [opening]
    if n.rejected:
        decision = "ta" if n.familiar else "votre"
        parts.append(
            (f"Merci également de m'avoir fait part de {decision} décision. " if n.told else "")
            + "J'ai beaucoup "
            f"apprécié de découvrir l'équipe, et je {you} remercie de garder ma candidature à "
            f"l'esprit pour d'autres postes{_at(n)} à l'avenir."
        )
        parts.append(f"J'espère que nous resterons en contact. Merci encore pour {your} temps.")
    elif n.occasion in ("interview", "screen", "panel", "visit", "group"):
        parts += ([_reasons(n)] if n.reasons else []) + [_interview_close(n)]
    else:
        # as the English note: true of any good conversation, no profile update
        more = " Merci aussi pour votre aide avec la mise en relation." if n.referral else ""
        if n.familiar and more:
            more = " Merci aussi pour ton aide avec la mise en relation."
        yours = "tes" if n.familiar else "vos"
        if n.occasion == "adviser":
            parts.append(
                f"Je vais donner suite à {yours} suggestions et {you} dirai ce qu'elles auront "
                f"donné.{more}"
            )
        else:
            parts.append(
                # the opening thanked them for sharing their experience: not said twice
                f"Notre échange m'a donné matière à réflexion.{more}"
            )
        parts.append(
            f"Ce serait un plaisir de rester en contact, et je {you} tiendrai au courant de la "
            f"suite. Merci encore pour {your} temps."
        )
    return letter(n, *parts)


def callback(n: Note) -> str:
    """A follow-up after the day news was promised by, in French."""
    assert n.promised is not None
    update = n.update or ""
    if n.familiar:
        return letter(
            n,
            "J'espère que tu vas bien.",
            "Lors de notre dernier échange, tu m'avais indiqué que j'aurais de tes nouvelles "
            f"d'ici le {weekday_date(n.promised)}. Je me permets de revenir vers toi pour savoir "
            f"où en est le processus : {_role(n)}{_at(n)} m'intéresse toujours beaucoup.",
            (f"Entre-temps, une nouvelle de mon côté : {update}" if update else ""),
            f"Je reviendrai vers toi le {weekday_date(n.check_in)} ; tu trouveras mes "
            "coordonnées ci-dessous.",
        )
    return letter(
        n,
        "J'espère que vous allez bien.",
        "Lors de notre dernier échange, vous m'aviez indiqué que j'aurais de vos nouvelles "
        f"d'ici le {weekday_date(n.promised)}. Je me permets de revenir vers vous pour savoir "
        f"où en est le processus : {_role(n)}{_at(n)} m'intéresse toujours beaucoup.",
        (f"Entre-temps, une nouvelle de mon côté : {update}" if update else ""),
        f"Je reviendrai vers vous le {weekday_date(n.check_in)} ; vous trouverez mes "
        "coordonnées ci-dessous.",
    )


def application(n: Note) -> str:
    """A follow-up to an application no one answered, in French."""
    assert n.sent is not None
    update = n.update or ""
    if n.familiar:
        return letter(
            n,
            "J'espère que tu vas bien.",
            f"Le {weekday_date(n.sent)}, je t'ai fait parvenir {_applied(n)}. "
            "Je voulais m'assurer qu'elle t'était bien parvenue, et te redire mon intérêt pour "
            f"ce poste{_at(n)}.",
            (f"Depuis, un élément à ajouter : {update}" if update else ""),
            "N'hésite pas à me dire si d'autres informations te seraient utiles. Je reviendrai "
            f"vers toi le {weekday_date(n.check_in)} ; mes coordonnées figurent ci-dessous.",
        )
    return letter(
        n,
        "J'espère que vous allez bien.",
        f"Le {weekday_date(n.sent)}, je vous ai fait parvenir {_applied(n)}. "
        "Je voulais m'assurer qu'elle vous était bien parvenue, et vous redire mon intérêt "
        f"pour ce poste{_at(n)}.",
        (f"Depuis, un élément à ajouter : {update}" if update else ""),
        "N'hésitez pas à me dire si d'autres informations vous seraient utiles. Je reviendrai "
        f"vers vous le {weekday_date(n.check_in)} ; mes coordonnées figurent ci-dessous.",
    )


def networking(n: Note) -> str:
    """A networking contact's next touch, in French."""
    assert n.met is not None
    update = n.update or ""
    you = "te" if n.familiar else "vous"
    useful = "t'être" if n.familiar else "vous être"
    return letter(
        n,
        f"J'espère que tout va bien pour {'toi' if n.familiar else 'vous'}.",
        f"Je repensais à notre conversation du {weekday_date(n.met)}"
        + (
            f", et je voulais {you} dire où j'en suis depuis : {update}"
            if update
            else f" ; {'tes' if n.familiar else 'vos'} conseils m'ont été très utiles."
        )
        + (" Merci encore pour la mise en relation." if n.referral else ""),
        f"Si je peux {useful} utile à mon tour, ce sera avec "
        "plaisir. Je reprendrai contact d'ici quelques semaines, vers le "
        f"{weekday_date(n.later)}.",
    )


def ask_for_address(n: Note) -> str:
    """Asking the person who arranged a meeting for the addresses of the people met."""
    several = len(n.names) > 1
    if n.familiar:
        return letter(
            n,
            f"Merci d'avoir organisé ma rencontre {_when(n)} ; tout s'est très bien déroulé, et "
            "je te remercie de ton aide.",
            f"J'aimerais envoyer un court mot de remerciement à {listing(n.names, 'et')}, mais "
            f"je n'ai pas {'leurs' if several else 'ses'} coordonnées. Pourrais-tu me les "
            f"transmettre, ou {'leur' if several else 'lui'} faire part de mes remerciements si "
            "tu préfères ?",
            "Merci encore pour ton aide tout au long du processus.",
        )
    return letter(
        n,
        f"Merci d'avoir organisé ma rencontre {_when(n)} ; tout s'est très bien déroulé, et je "
        "vous remercie de votre aide.",
        f"J'aimerais envoyer un court mot de remerciement à {listing(n.names, 'et')}, mais je "
        f"n'ai pas {'leurs' if several else 'ses'} coordonnées. Pourriez-vous me les "
        f"transmettre, ou {'leur' if several else 'lui'} faire part de mes remerciements si "
        "vous le préférez ?",
        "Merci encore pour votre aide tout au long du processus.",
    )


# what the user promised to send, as French says it: "Je vous ferai parvenir les coordonnées de
# mes deux références d'ici mardi" -> "les coordonnées de mes deux références"
_PROMISED = re.compile(
    r"\b(?:envoyer|enverrai|envoie|faire parvenir|ferai parvenir|transmettre|transmettrai|"
    r"partager|partagerai|prépare|préparerai)\s+(?:(?:vous|te|t['’])\s*)?(?P<what>(?:les|la|"
    r"le|l['’]|mes|mon|ma|des|un|une|nos|notre|deux|trois|quelques)\s*[^,.;:!?]{2,70}?)"
    r"(?=\s+(?:d['’]ici|avant|au plus tard|demain|dès|lundi|mardi|mercredi|jeudi|vendredi|"
    r"cette semaine|la semaine)|[,.;:!?]|$)",
    re.IGNORECASE,
)


def own_promise(n: Note) -> str:
    """The user's own promise, said again with where it stands, in French: what was promised
    when the promise names it ("les coordonnées de mes deux références"); the draft cannot
    attach it, so it says it is coming (as the English note does)."""
    assert n.said is not None and n.by is not None
    late = n.today is not None and n.today > n.by
    found = _PROMISED.search(n.promise_text)
    what = found.group("what").strip() if found else None
    plural = bool(what and re.match(r"(?:les|mes|des|nos|deux|trois|quelques)\b", what, re.I))
    you, your = ("te", "tu") if n.familiar else ("vous", "vous")
    sent = f"{you} envoyer {what}" if what else f"{you} l'envoyer"
    pronoun = "les " if plural else "l'"
    coming = f"{your} {pronoun}aur{'as' if n.familiar else 'ez'}"
    if n.familiar:
        return letter(
            n,
            "J'espère que tu vas bien.",
            f"Dans mon message du {weekday_date(n.said)}, je t'avais promis de {sent} "
            f"d'ici le {weekday_date(n.by)}. "
            + (
                f"Désolé pour ce retard : {coming} dans les prochains jours."
                if late
                else f"Je n'oublie pas : {coming} très bientôt."
            ),
            "Merci de ta patience." if late else "Merci, et à bientôt.",
        )
    return letter(
        n,
        "J'espère que vous allez bien.",
        f"Dans mon message du {weekday_date(n.said)}, je vous avais promis de {sent} "
        f"d'ici le {weekday_date(n.by)}. "
        + (
            f"Je vous prie de m'excuser pour ce retard : {coming} dans les prochains jours."
            if late
            else f"Je ne l'oublie pas : {coming} très prochainement."
        ),
        "Merci de votre patience." if late else "Merci, et au plaisir d'échanger à nouveau.",
    )


def _greet(g: Gender | None, first: str | None, last: str | None) -> str:
    if g is not None and last:
        return f"Bonjour {'Madame' if g == 'f' else 'Monsieur'} {last},"
    return f"Bonjour {first}," if first else "Bonjour [add: their name],"


TONGUE = Tongue(
    code="fr",
    name="French",
    weekday_date=weekday_date,
    bodies={
        "thank_you": thank_you,
        "callback": callback,
        "application": application,
        "networking": networking,
        "ask_for_address": ask_for_address,
        "own_promise": own_promise,
    },
    opening=re.compile(
        r"^\s*(bonjour|bonsoir|salut|cher|chère|madame|monsieur)\b[\s,]*" + GREETED, re.IGNORECASE
    ),
    sign_offs=re.compile(
        r"^\s*(cordialement|bien cordialement|bien à vous|salutations|meilleures salutations|"
        r"sincères salutations|au plaisir|merci encore|bonne journée|bonne fin de journée|"
        r"bonne semaine)\s*[,.!]?\s*$",
        re.IGNORECASE,
    ),
    greet=_greet,
    sign_off_for=lambda greeting: "Cordialement,",
    titles={"f": ("madame", "mme", "mme\\."), "m": ("monsieur", "m\\.")},
    roles={
        "f": re.compile(
            r"\b(?:directrice|chargée|consultante|recruteuse|fondatrice|associée|cheffe|"
            r"assistante|coordinatrice|conseillère|avocate|infirmière|présidente|adjointe|"
            r"gérante|responsable adjointe)\b",
            re.IGNORECASE,
        ),
        "m": re.compile(
            r"\b(?:directeur|chargé|consultant|recruteur|fondateur|associé|"
            r"assistant|coordinateur|conseiller|avocat|infirmier|président|adjoint|gérant)\b",
            re.IGNORECASE,
        ),
    },
    familiar=re.compile(r"(?<!\w)(tu|toi|ton|ta|tes|te|t['’])(?!\w)", re.IGNORECASE),
    formal=re.compile(r"\bvous\b|\bvotre\b|\bvos\b", re.IGNORECASE),
    familiar_word="tu",
    familiar_kinds=frozenset(
        {"thank_you", "callback", "application", "networking", "ask_for_address", "own_promise"}
    ),
    formal_word="vous",
    hello="Salut",
    familiar_sign_off="À bientôt,",
    by_title=re.compile(
        r"(?:(?:bonjour|chère|cher)\s+)?(?:madame|monsieur|maître|docteure?)"
        r"(?: la directrice| le directeur| le professeur)?\s*,",
        re.IGNORECASE,
    ),
    casual=frozenset({"bonjour", "salut"}),
    casual_word="Bonjour",
    to_team="Madame, Monsieur,",
)
