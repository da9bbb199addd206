"""Spanish drafts: "usted" throughout, as a note to a recruiter or an interviewer is written in
Spain and in Latin America; "Estimada Ana Paula:" when the thread gives her title, else
"Hola, Ana Paula:"; "Saludos cordiales,". Nothing the user says of themself agrees with their
gender ("el puesto me sigue interesando", never "sigo interesado"): we do not know it.

Example::

    >>> weekday_date(date(2026, 3, 12))
    'jueves 12 de marzo'
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

_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def weekday_date(day: date) -> str:
    """'jueves 12 de marzo'."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} de {_MONTHS[day.month - 1]}"


def _when(n: Note) -> str:
    """The meeting's day as a sentence says it: 'hoy', 'ayer', 'el jueves 12 de marzo'."""
    return said_day(n, "hoy", "ayer", lambda d: "el " + weekday_date(d))


def _role(n: Note) -> str:
    return f"el puesto de {n.role}" if n.role else "el puesto"


def _of(n: Note) -> str:
    return f"del puesto de {n.role}" if n.role else "del puesto"


def _applied(n: Note) -> str:
    """The application, by the post it is for where the thread names one, else its subject."""
    return f"mi candidatura al puesto de {n.role}" if n.role else f"mi candidatura («{n.about}»)"


def _at(n: Note) -> str:
    return f" en {n.company}" if n.company else ""


def _familiar_opening(n: Note) -> str:
    """The opening to someone the user says "tú" to: one way per kind of meeting."""
    when, role, at = _when(n), _role(n), _at(n)
    ways = {
        "panel": f"Gracias por participar {when} en mi entrevista para {role}{at}. Aprecié "
        "mucho tus preguntas y tu visión del trabajo del equipo.",
        "informational": f"Gracias por tomarte el tiempo de conversar conmigo {when}. Te "
        "agradezco mucho que hayas compartido con tanta apertura tu experiencia y tu visión del "
        "sector.",
        "introduction": f"Gracias por tomarte el tiempo de hablar conmigo {when}. Me dio mucho "
        f"gusto conocer más sobre tu trabajo{at}"
        + (
            f", y le agradezco a {n.introducer} que nos haya puesto en contacto."
            if n.introducer
            else " y sobre tu trayectoria."
        ),
        "adviser": f"Gracias por tu tiempo {when} y por la atención que dedicaste a mis planes. "
        "Tu perspectiva me resultó muy valiosa.",
    }
    # the other openings say nothing of "you": the same words as the formal ones
    return ways.get(n.occasion) or _opening(replace(n, familiar=False, turn=0))


def _opening(n: Note) -> str:
    if n.familiar:
        return _familiar_opening(n)
    when, role, at = _when(n), _role(n), _at(n)
    ways: dict[str, tuple[str, ...]] = {
        "interview": (
            f"Muchas gracias por recibirme {when} para conversar sobre {role}{at}. Me "
            "gustó mucho conocer más sobre el trabajo del equipo y hablar de cómo podría "
            "contribuir.",
            f"Gracias por reunirse conmigo {when} para hablar sobre {role}{at}. Nuestra "
            "conversación me dio una idea mucho más clara del trabajo y de cómo podría aportar.",
        ),
        "screen": (
            f"Gracias por conversar conmigo {when} sobre {role}{at}. Me fue muy útil entender "
            "cómo encaja el puesto en el equipo y cuáles son los próximos pasos.",
        ),
        "panel": (
            f"Gracias por participar {when} en mi entrevista para {role}{at}. Aprecié mucho "
            "sus preguntas y su visión del trabajo del equipo.",
            f"Gracias por acompañarme {when} en la entrevista. Sus preguntas me dieron una idea "
            f"clara de lo que requiere {role}{at}, y disfruté mucho la conversación.",
            f"Quería agradecerle el tiempo que me dedicó {when} en la entrevista. Escuchar cómo "
            f"trabaja con el equipo me ayudó a imaginar {role}{at} en la práctica.",
        ),
        "visit": (
            f"Gracias por recibirme {when}. Ver al equipo trabajando y conocer a las personas "
            f"que lo forman me dio una imagen mucho más clara {_of(n)}{at}.",
            f"Gracias por el tiempo que me dedicó {when} durante mi visita. Nuestra "
            "conversación fue uno de los mejores momentos del día y me permitió imaginar muy "
            f"bien {role}{at}.",
        ),
        "group": (
            f"Gracias por permitirme participar {when} en {_session(n)}. Disfruté las actividades "
            "del día y ver "
            f"cómo trabaja el equipo, y confirmé mi interés en {role}{at}.",
        ),
        "informational": (
            f"Gracias por tomarse el tiempo de conversar conmigo {when}. Le agradezco mucho que "
            "haya compartido con tanta apertura su experiencia y su visión del sector.",
        ),
        "introduction": (
            f"Gracias por tomarse el tiempo de hablar conmigo {when}. Me dio mucho gusto conocer "
            f"más sobre su trabajo{at}"
            + (
                f", y le agradezco a {n.introducer} que nos haya puesto en contacto."
                if n.introducer
                else " y sobre su trayectoria."
            ),
        ),
        "adviser": (
            f"Gracias por su tiempo {when} y por la atención que dedicó a mis planes. Su "
            "perspectiva me resultó muy valiosa.",
        ),
    }
    options = ways.get(n.occasion, ways["interview"])
    return options[n.turn % len(options)]


def _reasons(n: Note) -> str:
    leads = (
        "Por lo que conversamos, creo que aportaría lo siguiente al puesto:",
        "Ahora que conozco mejor lo que necesita el puesto, esto es lo que aportaría:",
        "Tres cosas que aportaría al equipo, según lo que hablamos:",
    )
    return reasons_list(n, leads, "Lo que aportaría al equipo, según lo que hablamos:")


def _interview_close(n: Note) -> str:
    # the opening named the role and the company: not said again
    interest = (
        "El puesto me sigue interesando mucho.",
        "Me encantaría dar el siguiente paso en el proceso.",
        "Me gustaría mucho formar parte del equipo.",
    )[n.turn % 3]
    f = n.familiar
    if n.promised is not None:
        step = (
            f"Espero tus noticias antes del {weekday_date(n.promised)}, como me comentaste."
            if f
            else f"Espero sus noticias antes del {weekday_date(n.promised)}, como me comentó."
        )
    elif n.take_home:
        step = (
            f"Me pondré a trabajar en el ejercicio y {'te' if f else 'se'} lo enviaré según lo "
            "acordado."
        )
    else:
        step = (
            f"{'Te' if f else 'Le'} escribiré de nuevo el {weekday_date(n.check_in)} para dar "
            "seguimiento."
        )
    if n.referral:
        step = _referral(n) + " " + step
    thanks = "por tu tiempo" if f else "por su tiempo y consideración"
    return f"{interest} {step} Gracias de nuevo {thanks}."


def _referral(n: Note) -> str:
    return f"Gracias también por {'ofrecerte' if n.familiar else 'ofrecerse'} a recomendarme."


def _session(n: Note) -> str:
    """The session as the thread called it, with its article ("el día de prueba", "la jornada
    de prueba"), else "la sesión"."""
    if n.session.startswith("día "):
        return f"el {n.session}"
    if n.session.startswith(("jornada ", "dinámica ")):
        return f"la {n.session}"
    return "la sesión"


def thank_you(n: Note) -> str:
    """A thank-you after a meeting, in Spanish."""
    opening = _opening(n)
    your = "tu" if n.familiar else "su"
    if n.late:
        opening = (
            "Perdona la demora en escribirte. "
            if n.familiar
            else "Le pido disculpas por la demora en escribirle. "
        ) + opening
    parts = [opening]
    if n.rejected:
        parts.append(
            (f"Gracias también por comunicarme {your} decisión. " if n.told else "")
            + f"Fue un placer {'conocerte' if n.familiar else 'conocerle'}, y me "
            f"gustaría que me tuvieran en cuenta para otras vacantes{_at(n)} en el futuro."
        )
        parts.append(f"Espero que sigamos en contacto. Gracias de nuevo por {your} tiempo.")
    elif n.occasion in ("interview", "screen", "panel", "visit", "group"):
        parts += ([_reasons(n)] if n.reasons else []) + [_interview_close(n)]
    else:
        # as the English note: true of any good conversation, no profile update
        more = " " + _referral(n) if n.referral else ""
        you = "te" if n.familiar else "le"
        if n.occasion == "adviser":
            parts.append(
                f"Daré seguimiento a {your}s sugerencias y {you} contaré cómo me va.{more}"
            )
        else:
            parts.append(
                # the opening thanked them for sharing their experience: not said twice
                f"Me llevo de nuestra conversación varias ideas en las que seguir pensando.{more}"
            )
        parts.append(
            f"Me encantaría que sigamos en contacto, y {you} contaré cómo avanzan las cosas. "
            f"Gracias de nuevo por {your} tiempo."
        )
    return letter(n, *parts)


def callback(n: Note) -> str:
    """A follow-up after the day news was promised by, in Spanish."""
    assert n.promised is not None
    update = n.update or ""
    if n.familiar:
        return letter(
            n,
            "Espero que estés muy bien.",
            "La última vez que hablamos, me comentaste que tendría noticias tuyas antes del "
            f"{weekday_date(n.promised)}. Quería saber cómo va el proceso, ya que {_role(n)}"
            f"{_at(n)} me sigue interesando mucho.",
            (f"Mientras tanto, una novedad de mi parte: {update}" if update else ""),
            f"Te escribiré de nuevo el {weekday_date(n.check_in)}; abajo encontrarás mis datos "
            "de contacto.",
        )
    return letter(
        n,
        "Espero que se encuentre muy bien.",
        "La última vez que hablamos, me comentó que tendría noticias suyas antes del "
        f"{weekday_date(n.promised)}. Quería saber cómo va el proceso, ya que {_role(n)}"
        f"{_at(n)} me sigue interesando mucho.",
        (f"Mientras tanto, una novedad de mi parte: {update}" if update else ""),
        f"Le escribiré de nuevo el {weekday_date(n.check_in)}; abajo encontrará mis datos de "
        "contacto.",
    )


def application(n: Note) -> str:
    """A follow-up to an application no one answered, in Spanish."""
    assert n.sent is not None
    update = n.update or ""
    if n.familiar:
        return letter(
            n,
            "Espero que estés muy bien.",
            f"El {weekday_date(n.sent)} te envié {_applied(n)}. Quería asegurarme "
            f"de que te hubiera llegado y reiterarte mi interés en la oportunidad{_at(n)}.",
            (f"Desde entonces, algo que vale la pena añadir: {update}" if update else ""),
            "Si necesitas cualquier otra información, con gusto te la envío. Te escribiré de "
            f"nuevo el {weekday_date(n.check_in)}; abajo encontrarás mis datos de contacto.",
        )
    return letter(
        n,
        "Espero que se encuentre muy bien.",
        f"El {weekday_date(n.sent)} le envié {_applied(n)}. Quería asegurarme "
        f"de que le hubiera llegado y reiterarle mi interés en la oportunidad{_at(n)}.",
        (f"Desde entonces, algo que vale la pena añadir: {update}" if update else ""),
        "Si necesita cualquier otra información, con gusto se la envío. Le escribiré de nuevo "
        f"el {weekday_date(n.check_in)}; abajo encontrará mis datos de contacto.",
    )


def networking(n: Note) -> str:
    """A networking contact's next touch, in Spanish."""
    assert n.met is not None
    update = n.update or ""
    you = "te" if n.familiar else "le"
    return letter(
        n,
        "Espero que todo vaya muy bien.",
        f"He estado pensando en nuestra conversación del {weekday_date(n.met)}"
        + (
            f", y quería contar{you} cómo han avanzado las cosas desde entonces: {update}"
            if update
            # no news of the user's own to give: what the conversation gave, and no "in return"
            else f"; lo que {'me contaste' if n.familiar else 'me contó'} me ha sido muy útil."
        )
        + (" Gracias de nuevo por ponerme en contacto." if n.referral else ""),
        f"Si en algún momento puedo ayudar{you} en algo, lo haré con gusto. Volveré a "
        f"escribir{you} en unas semanas, hacia el {weekday_date(n.later)}.",
    )


def ask_for_address(n: Note) -> str:
    """Asking the person who arranged a meeting for the addresses of the people met."""
    several = len(n.names) > 1
    if n.familiar:
        return letter(
            n,
            f"Gracias por organizar mi reunión {_when(n)}; todo salió muy bien y te agradezco tu "
            "ayuda.",
            f"Me gustaría enviar una breve nota de agradecimiento a {listing(n.names, 'y')}, "
            f"pero no tengo {'sus correos' if several else 'su correo'}. ¿Podrías "
            f"{'compartírmelos' if several else 'compartírmelo'}, o bien "
            f"{'transmitirles' if several else 'transmitirle'} mi agradecimiento si lo "
            "prefieres?",
            "Gracias de nuevo por tu ayuda durante todo el proceso.",
        )
    return letter(
        n,
        f"Gracias por organizar mi reunión {_when(n)}; todo salió muy bien y le agradezco su "
        "ayuda.",
        f"Me gustaría enviar una breve nota de agradecimiento a {listing(n.names, 'y')}, pero "
        f"no tengo {'sus correos' if several else 'su correo'}. ¿Podría "
        f"{'compartírmelos' if several else 'compartírmelo'}, o bien "
        f"{'transmitirles' if several else 'transmitirle'} mi agradecimiento si lo prefiere?",
        "Gracias de nuevo por su ayuda durante todo el proceso.",
    )


# what the user promised to send, as they wrote it: "le envío la expectativa salarial y los
# datos de las dos referencias a más tardar el viernes"
_PROMISED = re.compile(
    r"\b(?:env[íi]o|enviar[ée]?|mando|mandar[ée]?|hago llegar|har[ée] llegar|comparto|"
    r"compartir[ée]?|paso|pasar[ée]?)\s+(?P<what>(?:la|el|los|las|mi|mis|un|una|unos|unas|dos|"
    r"tres|nuestr[oa]s?)\s[^.;:!?()\n]{2,90}?)(?=\s+(?:a más tardar|antes del?|para el|el "
    r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|mañana|hoy|esta semana|la "
    r"próxima semana|en cuanto)\b|\s*[.;:!?()\n]|\s*$)",
    re.IGNORECASE,
)


def own_promise(n: Note) -> str:
    """The user's own promise, said again with where it stands, in Spanish: what was promised
    when the promise names it ("la expectativa salarial y los datos de las dos referencias");
    the draft cannot attach it, so it says it is coming (as the English note does)."""
    assert n.said is not None and n.by is not None
    late = n.today is not None and n.today > n.by
    found = _PROMISED.search(n.promise_text)
    what = found.group("what").strip() if found else None
    if n.familiar:
        return letter(
            n,
            "Espero que estés muy bien.",
            f"En mi mensaje del {weekday_date(n.said)} te prometí "
            + (f"enviarte {what}" if what else "enviártelo")
            + " antes del "
            f"{weekday_date(n.by)}. "
            + (
                "Perdona el retraso: te lo haré llegar en los próximos días."
                if late
                else "No me olvido: te lo haré llegar en breve."
            ),
            "Gracias por tu paciencia." if late else "Gracias, y hablamos pronto.",
        )
    return letter(
        n,
        "Espero que se encuentre muy bien.",
        f"En mi mensaje del {weekday_date(n.said)} le prometí "
        + (f"enviarle {what}" if what else "enviárselo")
        + " antes del "
        f"{weekday_date(n.by)}. "
        + (
            "Le pido disculpas por el retraso: se lo haré llegar en los próximos días."
            if late
            else "No lo olvido: se lo haré llegar en breve."
        ),
        "Gracias por su paciencia." if late else "Gracias, y quedo a su disposición.",
    )


def _greet(g: Gender | None, first: str | None, last: str | None) -> str:
    if not first:
        return "Hola, [add: their name]:"
    if g is not None:
        return f"{'Estimada' if g == 'f' else 'Estimado'} {first}:"
    return f"Hola, {first}:"


TONGUE = Tongue(
    code="es",
    name="Spanish",
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
        r"^\s*¡?\s*(hola|estimad[oa]|querid[oa]|buen(?:os|as)? (?:días|día|tardes))\b[\s,]*"
        + GREETED,
        re.IGNORECASE,
    ),
    sign_offs=re.compile(
        r"^\s*(saludos|saludos cordiales|un saludo|un cordial saludo|atentamente|cordialmente|"
        r"quedo atent[oa]|muchas gracias|gracias|un abrazo)\s*[,.!]?\s*$",
        re.IGNORECASE,
    ),
    greet=_greet,
    sign_off_for=lambda greeting: "Saludos cordiales,",
    titles={
        "f": ("sra\\.?", "señora", "doña", "la licenciada", "la ingeniera", "la doctora"),
        "m": ("sr\\.?", "señor", "don", "el licenciado", "el ingeniero", "el doctor"),
    },
    roles={
        "f": re.compile(
            r"\b(?:directora|jefa|coordinadora|reclutadora|abogada|ingeniera|licenciada|doctora|"
            r"socia|fundadora|consultora|psicóloga|encargada|supervisora|administradora|"
            r"asesora|gerenta|subdirectora|enfermera|profesora)\b",
            re.IGNORECASE,
        ),
        "m": re.compile(
            r"\b(?:director|jefe|coordinador|reclutador|abogado|ingeniero|licenciado|doctor|"
            r"socio|fundador|consultor|psicólogo|encargado|supervisor|administrador|asesor|"
            r"subdirector|enfermero|profesor)\b",
            re.IGNORECASE,
        ),
    },
    after_greeting=":",
    familiar=re.compile(
        r"\b(tú|contigo|te|ti|tus?|estás|puedes|quieres|tienes|comentaste|mencionaste|dijiste|"
        r"escribiste|enviaste|mandaste|pediste|preguntaste|contaste|platicaste|compartiste)\b",
        re.IGNORECASE,
    ),
    # "usted" is mostly unsaid: "le agradezco", "por su respuesta", "quedo a sus órdenes"
    formal=re.compile(
        r"\b(usted|ustedes|a sus órdenes|(?:le|les) (?:agradezco|agradecería|escribo|comparto|"
        r"envío|mando|confirmo|comento|pido|adjunto)|(?:por|de) su (?:respuesta|tiempo|atención|"
        r"apoyo|amabilidad|interés|mensaje|correo))\b",
        re.IGNORECASE,
    ),
    familiar_word="tú",
    familiar_kinds=frozenset(
        {"thank_you", "callback", "application", "networking", "ask_for_address", "own_promise"}
    ),
    formal_word="usted",
    # "Hola, Ana:", "Buenas tardes, Lic. Zepeda:"; "Estimada Ana:" takes no comma
    reuse=lambda word, name: (
        f"{word}, {name}:" if re.match(r"hola|buen", word, re.I) else f"{word} {name}:"
    ),
    hello="Hola",
    familiar_sign_off="Saludos,",
    professional=re.compile(r"(?:Ing|Lic|Arq|Mtro|Mtra|Dra?|C\.P)\."),
    greet_titled=lambda title, surname: f"Buen día, {title} {surname}:",
    by_title=re.compile(
        r"(?:estimad[oa]|distinguid[oa])\s+(?:señora?|doctora?)\s*:", re.IGNORECASE
    ),
    casual=frozenset({"hola"}),
    casual_word="Hola",
    to_team="Buenos días:",
)
