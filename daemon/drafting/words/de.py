"""German drafts: "Sie" throughout; "Sehr geehrte Frau Doğan," when the thread gives her title,
else "Guten Tag Aylin Doğan,"; "Mit freundlichen Grüßen" with no comma. After the greeting's
comma the note goes on in lower case ("vielen Dank ..."), as German letters do. A date said
inside a sentence is closed by a comma ("am Montag, 16. März, habe ich"); the notes put a
date at a clause's end where they can.

Example::

    >>> weekday_date(date(2026, 3, 12))
    'Donnerstag, 12. März'
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

_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def weekday_date(day: date) -> str:
    """'Donnerstag, 12. März'."""
    return f"{_WEEKDAYS[day.weekday()]}, {day.day}. {_MONTHS[day.month - 1]}"


def _when(n: Note) -> str:
    """The meeting's day at a clause's end: 'heute', 'gestern', 'am Donnerstag, 12. März'."""
    return said_day(n, "heute", "gestern", lambda d: "am " + weekday_date(d))


def _role(n: Note) -> str:
    return f"die Position als {n.role}" if n.role else "die Position"


def _role_dative(n: Note) -> str:
    return f"der Position als {n.role}" if n.role else "der Position"


def _applied(n: Note) -> str:
    """The application, by the post it is for where the thread names one, else its subject."""
    return f"Meine Bewerbung als {n.role}" if n.role else f"Meine Bewerbung („{n.about}“)"


def _at(n: Note) -> str:
    return f" bei {n.company}" if n.company else ""


def _letter(n: Note, *parts: str) -> str:
    first, *rest = [p for p in parts if p]  # a sentence with nothing to say is left out
    if n.greeting.endswith(","):  # "Sehr geehrte Frau Doğan,\n\nvielen Dank ..."
        first = first[:1].lower() + first[1:]
    return letter(n, first, *rest)


def _familiar_opening(n: Note) -> str:
    """The opening to someone the user says "du" to: one way per kind of meeting."""
    when, at = _when(n), _at(n)
    ways = {
        "panel": f"Vielen Dank für deine Teilnahme an meinem Vorstellungsgespräch {when}. Deine "
        "Fragen und deine Sicht auf die Arbeit des Teams habe ich sehr geschätzt.",
        "informational": f"Vielen Dank für deine Zeit und unser Gespräch {when}. Ich habe es "
        "sehr geschätzt, dass du deine Erfahrungen und deine Sicht auf die Branche so offen mit "
        "mir geteilt hast.",
        "introduction": f"Vielen Dank für unser Gespräch {when}. Es war sehr interessant, mehr "
        f"über deine Arbeit{at} zu erfahren"
        + (
            f", und ich danke {n.introducer} herzlich für die Vermittlung."
            if n.introducer
            else " und darüber, wie du dazu gekommen bist."
        ),
        "group": f"Vielen Dank für den Tag bei euch {when}. Die Aufgaben haben mir Freude "
        "gemacht, ich habe einen guten Eindruck von der Arbeit des Teams bekommen, und mein "
        f"Interesse an {_role_dative(n)}{at} hat sich bestätigt.",
        "adviser": f"Vielen Dank für deine Zeit {when} und dafür, dass du dich so eingehend mit "
        "meinen Plänen beschäftigt hast. Deine Einschätzung hat mir sehr geholfen.",
    }
    # the other openings say nothing of "you": the same words as the formal ones
    return ways.get(n.occasion) or _opening(replace(n, familiar=False, turn=0))


def _opening(n: Note) -> str:
    if n.familiar:
        return _familiar_opening(n)
    when, role, at, of_role = _when(n), _role(n), _at(n), _role_dative(n)
    ways: dict[str, tuple[str, ...]] = {
        "interview": (
            f"Vielen Dank für das Gespräch über {role}{at} {when}. Es hat mich sehr gefreut, "
            "mehr über die Arbeit des Teams zu erfahren und darüber zu sprechen, wie ich dazu "
            "beitragen kann.",
            f"Herzlichen Dank für Ihre Zeit {when}. Unser Gespräch über {role}{at} hat mir ein "
            "deutlich klareres Bild von der Aufgabe gegeben und davon, wo ich unterstützen kann.",
        ),
        "screen": (
            f"Vielen Dank für das erste Gespräch über {role}{at} {when}. Es war sehr hilfreich "
            "zu hören, wie die Position ins Team passt und wie die nächsten Schritte aussehen.",
        ),
        "panel": (
            f"Vielen Dank für Ihre Teilnahme an meinem Vorstellungsgespräch {when}. Ihre Fragen "
            "und Ihre Sicht auf die Arbeit des Teams habe ich sehr geschätzt.",
            f"Herzlichen Dank für Ihre Zeit im Gespräch {when}. Ihre Fragen haben mir gezeigt, "
            f"worauf es in {of_role}{at} ankommt, und der Austausch hat mir viel Freude gemacht.",
            f"Ich möchte mich herzlich für Ihre Zeit im Gespräch {when} bedanken. Zu hören, wie "
            f"Sie mit dem Team zusammenarbeiten, hat mir geholfen, mir {role}{at} im Alltag "
            "vorzustellen.",
        ),
        "visit": (
            f"Vielen Dank für den freundlichen Empfang {when}. Das Team bei der Arbeit zu "
            "erleben und die Menschen dahinter kennenzulernen, hat mir ein viel klareres Bild "
            f"von {of_role}{at} gegeben.",
            f"Vielen Dank für Ihre Zeit bei meinem Besuch {when}. Unser Gespräch war einer der "
            f"Höhepunkte des Tages und hat {role}{at} für mich sehr greifbar gemacht.",
        ),
        "group": (
            f"Vielen Dank für den Tag bei Ihnen {when}. Die Aufgaben haben mir Freude gemacht, "
            "ich habe einen guten Eindruck von der Arbeit des Teams bekommen, und mein "
            f"Interesse an {of_role}{at} hat sich bestätigt.",
        ),
        "informational": (
            f"Vielen Dank für Ihre Zeit und unser Gespräch {when}. Ich habe es sehr geschätzt, "
            "dass Sie Ihre Erfahrungen und Ihre Sicht auf die Branche so offen mit mir geteilt "
            "haben.",
        ),
        "introduction": (
            f"Vielen Dank für unser Gespräch {when}. Es war sehr interessant, mehr über Ihre "
            f"Arbeit{at} zu erfahren"
            + (
                f", und ich danke {n.introducer} herzlich für die Vermittlung."
                if n.introducer
                else " und darüber, wie Sie dazu gekommen sind."
            ),
        ),
        "adviser": (
            f"Vielen Dank für Ihre Zeit {when} und dafür, dass Sie sich so eingehend mit "
            "meinen Plänen beschäftigt haben. Ihre Einschätzung hat mir sehr geholfen.",
        ),
    }
    options = ways.get(n.occasion, ways["interview"])
    return options[n.turn % len(options)]


def _reasons(n: Note) -> str:
    leads = (
        "Nach unserem Gespräch bin ich überzeugt, dass ich Folgendes einbringen kann:",
        "Nachdem ich mehr über die Anforderungen erfahren habe, würde ich Folgendes mitbringen:",
        "Drei Dinge, die ich nach unserem Gespräch ins Team einbringen würde:",
    )
    return reasons_list(n, leads, "Was ich nach unserem Gespräch ins Team einbringen würde:")


def _interview_close(n: Note) -> str:
    # the opening named the role and the company: not said again
    interest = (
        "An der Stelle bin ich weiterhin sehr interessiert.",
        "Gern würde ich im Prozess den nächsten Schritt gehen.",
        "Ich wäre sehr gern Teil des Teams.",
    )[n.turn % 3]
    your, you = ("deine", "dir") if n.familiar else ("Ihre", "Ihnen")
    if n.promised is not None:
        step = (
            f"Wie besprochen freue ich mich auf {your} Rückmeldung bis {weekday_date(n.promised)}."
        )
    elif n.take_home:
        step = f"Ich mache mich an die Aufgabe und schicke sie {you} wie vereinbart."
    else:
        step = f"Ich melde mich wieder bei {you}, spätestens am {weekday_date(n.check_in)}."
    if n.referral:
        step = _referral(n) + " " + step
    thanks = "deine Zeit" if n.familiar else "Ihre Zeit und Ihr Interesse"
    return f"{interest} {step} Nochmals vielen Dank für {thanks}."


def _referral(n: Note) -> str:
    return f"Danke auch für {'dein' if n.familiar else 'Ihr'} Angebot, mich weiterzuempfehlen."


def thank_you(n: Note) -> str:
    """A thank-you after a meeting, in German."""
    opening = _opening(n)
    f = n.familiar
    your = "deine" if f else "Ihre"
    if n.late:
        opening = (
            "Entschuldige, dass ich mich erst jetzt melde. "
            if f
            else "Bitte entschuldigen Sie, dass ich mich erst jetzt melde. "
        ) + opening
    parts = [opening]
    if n.rejected:
        parts.append(
            (
                (
                    "Vielen Dank auch, dass du mir eure Entscheidung mitgeteilt hast. "
                    if n.told
                    else ""
                )
                + "Es war schön, "
                "das Team kennenzulernen, und ich würde mich freuen, wenn ihr mich für künftige "
                f"Stellen{_at(n)} berücksichtigt."
            )
            if f
            else (
                (
                    "Vielen Dank auch, dass Sie mir Ihre Entscheidung mitgeteilt haben. "
                    if n.told
                    else ""
                )
                + "Es war "
                "schön, das Team kennenzulernen, und ich würde mich freuen, wenn Sie mich für "
                f"künftige Stellen{_at(n)} berücksichtigen."
            )
        )
        parts.append(f"Ich hoffe, wir bleiben in Kontakt. Nochmals vielen Dank für {your} Zeit.")
    elif n.occasion in ("interview", "screen", "panel", "visit", "group"):
        parts += ([_reasons(n)] if n.reasons else []) + [_interview_close(n)]
    else:
        # as the English note: true of any good conversation, no profile update
        more = " " + _referral(n) if n.referral else ""
        if n.occasion == "adviser":
            parts.append(
                f"Ich werde {your}n Anregungen nachgehen und {'dir' if f else 'Ihnen'} "
                f"berichten, wie es läuft.{more}"
            )
        else:
            parts.append(
                # the opening thanked them for sharing their experience: not said twice
                f"Unser Gespräch hat mir viele Denkanstöße gegeben.{more}"
            )
        parts.append(
            f"Ich würde mich freuen, in Kontakt zu bleiben, und halte {'dich' if f else 'Sie'} "
            f"gern auf dem Laufenden. Nochmals vielen Dank für {your} Zeit."
        )
    return _letter(n, *parts)


def callback(n: Note) -> str:
    """A follow-up after the day news was promised by, in German."""
    assert n.promised is not None
    update = n.update or ""
    if n.familiar:
        return _letter(
            n,
            "Ich hoffe, es geht dir gut.",
            "Bei unserem letzten Kontakt hattest du erwähnt, dass ich bis "
            f"{weekday_date(n.promised)}, von dir hören würde. Ich wollte mich nach dem Stand "
            f"erkundigen, denn an {_role_dative(n)}{_at(n)} bin ich weiterhin sehr interessiert.",
            (f"In der Zwischenzeit eine Neuigkeit von meiner Seite: {update}" if update else ""),
            "Ich melde mich wieder bei dir, spätestens am "
            f"{weekday_date(n.check_in)}. Meine Kontaktdaten findest du unten.",
        )
    return _letter(
        n,
        "Ich hoffe, es geht Ihnen gut.",
        "Bei unserem letzten Kontakt hatten Sie erwähnt, dass ich bis "
        f"{weekday_date(n.promised)}, von Ihnen hören würde. Ich wollte mich nach dem Stand "
        f"erkundigen, denn an {_role_dative(n)}{_at(n)} bin ich weiterhin sehr interessiert.",
        (f"In der Zwischenzeit eine Neuigkeit von meiner Seite: {update}" if update else ""),
        "Ich melde mich wieder bei Ihnen, spätestens am "
        f"{weekday_date(n.check_in)}. Meine Kontaktdaten finden Sie unten.",
    )


def application(n: Note) -> str:
    """A follow-up to an application no one answered, in German."""
    assert n.sent is not None
    update = n.update or ""
    if n.familiar:
        return _letter(
            n,
            "Ich hoffe, es geht dir gut.",
            f"{_applied(n)} habe ich dir am {weekday_date(n.sent)}, geschickt. "
            "Ich wollte sichergehen, dass sie angekommen ist, und dir sagen, dass ich an der "
            f"Stelle{_at(n)} weiterhin sehr interessiert bin.",
            (f"Seitdem gibt es etwas Neues: {update}" if update else ""),
            "Wenn weitere Unterlagen hilfreich sind, schicke ich sie gern. Ich melde mich "
            f"wieder, spätestens am {weekday_date(n.check_in)}. Meine Kontaktdaten findest du "
            "unten.",
        )
    return _letter(
        n,
        "Ich hoffe, es geht Ihnen gut.",
        f"{_applied(n)} habe ich Ihnen am {weekday_date(n.sent)}, geschickt. "
        "Ich wollte sichergehen, dass sie angekommen ist, und Ihnen sagen, dass ich an der "
        f"Stelle{_at(n)} weiterhin sehr interessiert bin.",
        (f"Seitdem gibt es etwas Neues: {update}" if update else ""),
        "Wenn weitere Unterlagen hilfreich sind, schicke ich sie gern. Ich melde mich wieder, "
        f"spätestens am {weekday_date(n.check_in)}. Meine Kontaktdaten finden Sie unten.",
    )


def networking(n: Note) -> str:
    """A networking contact's next touch, in German."""
    assert n.met is not None
    update = n.update or ""
    you = "dir" if n.familiar else "Ihnen"
    return _letter(
        n,
        f"Ich hoffe, es geht {you} gut.",
        f"Ich denke noch gern an unser Gespräch am {weekday_date(n.met)}."
        + (
            f" Seitdem hat sich bei mir einiges getan: {update}"
            if update
            else f" {'Deine' if n.familiar else 'Ihre'} Hinweise haben mir sehr geholfen."
        )
        + (" Nochmals vielen Dank für die Vermittlung." if n.referral else ""),
        f"Wenn ich {you} irgendwann mit etwas helfen kann, tue ich das gern. In ein paar "
        f"Wochen melde ich mich wieder, etwa am {weekday_date(n.later)}.",
    )


def ask_for_address(n: Note) -> str:
    """Asking the person who arranged a meeting for the addresses of the people met."""
    several = len(n.names) > 1
    if n.familiar:
        return _letter(
            n,
            f"Vielen Dank für die Organisation meines Gesprächs {_when(n)}. Alles hat "
            "reibungslos geklappt, und ich habe deine Unterstützung sehr geschätzt.",
            f"Ich würde mich gern mit einer kurzen Nachricht bei {listing(n.names, 'und')} "
            f"bedanken, habe aber {'ihre E-Mail-Adressen' if several else 'die E-Mail-Adresse'} "
            "nicht. Könntest du sie mir weitergeben oder meinen Dank ausrichten, wenn dir das "
            "lieber ist?",
            "Vielen Dank nochmals für deine Unterstützung im gesamten Prozess.",
        )
    return _letter(
        n,
        f"Vielen Dank für die Organisation meines Gesprächs {_when(n)}. Alles hat reibungslos "
        "geklappt, und ich habe Ihre Unterstützung sehr geschätzt.",
        f"Ich würde mich gern mit einer kurzen Nachricht bei {listing(n.names, 'und')} "
        f"bedanken, habe aber {'ihre E-Mail-Adressen' if several else 'die E-Mail-Adresse'} "
        "nicht. Könnten Sie sie mir weitergeben oder meinen Dank ausrichten, wenn Ihnen das "
        "lieber ist?",
        "Vielen Dank nochmals für Ihre Unterstützung im gesamten Prozess.",
    )


# what the user promised to send, as they wrote it, before the verb or after it: "den Export
# und meine Gehaltsvorstellung schick ich dir bis Mittwoch", "ich schicke Ihnen die Unterlagen"
_THING = r"(?:den|die|das|meine[nms]?|unsere[nms]?|zwei|drei)\s[^.,;:!?()\n–—]{2,90}?"
_PROMISED = re.compile(
    rf"(?P<what>{_THING})\s+(?:schick|schicke|sende|leite|reiche)\s+ich\b"
    rf"|\b(?:schick|schicke|sende|leite|reiche)\s+(?:ich\s+)?(?:dir|ihnen|euch)\s+"
    rf"(?P<after>{_THING})(?=\s+(?:bis|spätestens|morgen|heute|am|nächste|diese|noch)\b"
    r"|\s*[.,;:!?()\n]|\s*$)",
    re.IGNORECASE,
)


def own_promise(n: Note) -> str:
    """The user's own promise, said again with where it stands, in German: what was promised
    when the promise names it ("den Export und meine Gehaltsvorstellung"); the draft cannot
    attach it, so it says it is coming (as the English note does)."""
    assert n.said is not None and n.by is not None
    late = n.today is not None and n.today > n.by
    found = _PROMISED.search(n.promise_text)
    what = (found.group("what") or found.group("after")).strip() if found else None
    it = "alles" if what else "es"
    if n.familiar:
        return _letter(
            n,
            "Ich hoffe, es geht dir gut.",
            f"In meiner Nachricht vom {weekday_date(n.said)} hatte ich dir zugesagt, "
            f"{f'dir {what}' if what else 'es dir'} bis {weekday_date(n.by)} zu schicken. "
            + (
                f"Entschuldige die Verzögerung; du bekommst {it} in den nächsten Tagen."
                if late
                else f"Ich habe es nicht vergessen; du bekommst {it} in Kürze."
            ),
            "Danke für deine Geduld." if late else "Danke, und bis bald.",
        )
    return _letter(
        n,
        "Ich hoffe, es geht Ihnen gut.",
        f"In meiner Nachricht vom {weekday_date(n.said)} hatte ich Ihnen zugesagt, "
        f"{f'Ihnen {what}' if what else 'es Ihnen'} bis {weekday_date(n.by)} zu schicken. "
        + (
            f"Bitte entschuldigen Sie die Verzögerung; Sie erhalten {it} in den nächsten Tagen."
            if late
            else f"Ich habe es nicht vergessen; Sie erhalten {it} in Kürze."
        ),
        "Vielen Dank für Ihre Geduld." if late else "Vielen Dank, und bis bald.",
    )


def _greet(g: Gender | None, first: str | None, last: str | None) -> str:
    if g is not None and last:
        return f"Sehr geehrte Frau {last}," if g == "f" else f"Sehr geehrter Herr {last},"
    if first and last:
        return f"Guten Tag {first} {last},"
    return f"Hallo {first}," if first else "Guten Tag [add: their name],"


def _sign_off_for(greeting: str) -> str:
    """'Mit freundlichen Grüßen' after 'Sehr geehrte', 'Viele Grüße' after 'Hallo'."""
    if greeting.lower().startswith(("hallo", "hi ", "liebe")):
        return "Viele Grüße"
    if greeting.lower().startswith("guten tag"):
        return "Freundliche Grüße"
    return "Mit freundlichen Grüßen"


TONGUE = Tongue(
    code="de",
    name="German",
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
        r"^\s*(sehr geehrte[rs]?|guten (?:tag|morgen|abend)|hallo|liebe[rs]?|hi|hey|moin|servus)"
        r"\b[\s,]*" + GREETED,
        re.IGNORECASE,
    ),
    sign_offs=re.compile(
        r"^\s*(mit freundlichen grü(?:ß|ss)en|freundliche grü(?:ß|ss)e|(?:viele|beste|liebe|"
        r"herzliche) grü(?:ß|ss)e|mit besten grü(?:ß|ss)en|beste grü(?:ß|ss)e|"
        r"mit herzlichen grü(?:ß|ss)en)\s*[,.!]?\s*$",
        re.IGNORECASE,
    ),
    greet=_greet,
    sign_off_for=_sign_off_for,
    titles={"f": ("frau",), "m": ("herr", "herrn")},
    roles={
        "f": re.compile(
            r"\b\w*(?:leiterin|referentin|beraterin|direktorin|assistentin|koordinatorin|"
            r"recruiterin|inhaberin|geschäftsführerin|ärztin|lehrerin|professorin|"
            r"sachbearbeiterin|spezialistin|expertin|ingenieurin|entwicklerin|chefin|gründerin|"
            r"managerin|partnerin|vorsitzende|beauftragte)\b",
            re.IGNORECASE,
        ),
        "m": re.compile(
            r"\b\w*(?:leiter|referent|berater|direktor|assistent|koordinator|inhaber|"
            r"geschäftsführer|arzt|lehrer|professor|sachbearbeiter|spezialist|experte|"
            r"ingenieur|entwickler|gründer|vorsitzender|beauftragter)\b",
            re.IGNORECASE,
        ),
    },
    academic=re.compile(r"(?:Prof\.\s+)?Dr\.(?:-Ing\.)?"),
    after_sign_off="",
    familiar=re.compile(r"\b(du|dir|dich|dein|deine[mnrs]?)\b", re.IGNORECASE),
    formal=re.compile(r"\b(Sie|Ihnen|Ihr|Ihre[mnrs]?)\b"),  # capitalised: "sie" is "they"
    familiar_word="du",
    familiar_kinds=frozenset(
        {"thank_you", "callback", "application", "networking", "ask_for_address", "own_promise"}
    ),
    reuse=lambda word, name: f"{'Hallo' if word == 'Hey' else word} {name},",
    hello="Hallo",
    formal_word="Sie",
    casual=frozenset({"hallo", "hi", "hey", "moin", "servus"}),
    casual_word="Hallo",
    to_team="Sehr geehrte Damen und Herren,",
)
