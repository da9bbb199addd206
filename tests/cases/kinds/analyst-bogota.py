#!/usr/bin/env python3
"""Sealed case analyst-bogota: Daniela Restrepo Gómez, data analyst at a Bogotá bank,
looking for a data-science role (Spanish and English mail; Bogotá, Miami and Madrid time)."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import casekit  # noqa: E402
from casekit import *  # noqa: E402,F401,F403  Person, Case, make_ics, make_pdf, html_of, ...

# Zones this mailbox needs that casekit does not define.
if "America/Bogota" not in casekit.VTIMEZONES:
    casekit._fixed_zone("America/Bogota", "-0500", "-05", "SA Pacific Standard Time")

NAME = "analyst-bogota"

DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]

TEAMS = """________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde el equipo, la aplicación móvil o el dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Id. de reunión: {num}
Código de acceso: {code}
Descargar Teams<https://www.microsoft.com/es-co/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams(seed, num, code):
    return TEAMS.format(mid=casekit.b64id(NAME, seed, n=40).replace("x", "M"),
                        tid=casekit.uid_uuid(NAME, seed, "tenant"), num=num, code=code)


def pdf_cv():
    return make_pdf([
        "Daniela Restrepo Gomez",
        "Estadistica - Universidad de los Cerros (2020)",
        "Bogota, Colombia | +57 310 555 0187 | daniela.restrepo@example.com",
        "",
        "Analista de Datos, Riesgo de Credito - Banco del Altiplano (2021 - hoy)",
        "- Modelos de probabilidad de incumplimiento (PD) para pymes y personas",
        "- Score de cobranza temprana; tablero de alertas tempranas en Power BI",
        "- Python (pandas, scikit-learn, LightGBM), SQL (Oracle, BigQuery), Git",
        "",
        "Cursos: A Crash Course in Causality (2026); Machine Learning Specialization",
        "Idiomas: espanol (nativo), ingles (C1)",
    ])


def build():
    now = dt.datetime(2026, 4, 15, 9, 15, tzinfo=ZoneInfo("America/Bogota"))
    summary = (
        "Daniela Restrepo Gómez, 27, is a credit-risk data analyst at Banco del Altiplano in "
        "Bogotá and wants a data-science role. Her mail is mostly Colombian Spanish (usted with "
        "recruiters and her elders, tú with peers, 'quedo atenta', 'cordial saludo'), with a "
        "Miami fintech and a Miami health company in English (Eastern time, which leaves Bogotá's "
        "hour on 8 March) and a Madrid recruiter in Spain's Spanish (Madrid time, which changes "
        "on 29 March). The mailbox runs from 20 February to Wednesday 15 April 2026, 09:15 in "
        "Bogotá, across Semana Santa. Corallo Payments takes her from an intro call through a "
        "take-home with a deadline to a Zoom panel where the VP of Risk, named without an "
        "address, joins late; she thanks the hiring manager only. A university friend refers "
        "her to Cuántica Crédito, whose recruiter promises an answer 'la próxima semana' and "
        "goes quiet; Veranda Health's recruiter promised to circle back 'within the next couple "
        "of weeks'. The Madrid recruiter's client moves its interview twice, to the day after "
        "now, and Daniela owes her the salary expectation and references she promised by Friday "
        "10 April. A mentor from a women-in-data network and an alumna met over lunch-hour Meet "
        "stand for networking; Pradera Retail rejects her gently after an interview she never "
        "thanked the interviewer for; a CV sent to Vértice Salud got only an out-of-office. "
        "Noise: Rappi, Bancolombia, a spinning studio, her mother's forwarded chains, an alumni "
        "newsletter, job alerts, a dentist, and her own bank, where she sits on a hiring panel "
        "and asks her manager for holidays.")
    case = Case(NAME, "Bogotá data analyst seeking a data-science role; Spanish and English "
                "mail across three time zones, Semana Santa and two DST changes",
                {"name": "Daniela Restrepo Gómez", "emails": ["daniela.restrepo@example.com"],
                 "phone": "+57 310 555 0187", "timezone": "America/Bogota"},
                now, summary)

    BOG, NY, MAD = "America/Bogota", "America/New_York", "Europe/Madrid"
    me = Person("Daniela Restrepo Gómez", "daniela.restrepo@example.com", BOG, "webmail",
                locale="es", msgid_domain="example.com")
    case.me = me

    # ---- people
    jessica = Person("Jessica Alvarez", "jessica.alvarez@corallopay.com", NY, "gmail",
                     sig="Jessica Alvarez\nSenior Technical Recruiter | Corallo Payments\n"
                         "1450 Brickell Ave, Suite 1900, Miami, FL 33131\n+1 (305) 555-0148")
    jessica_cal = Person("Jessica Alvarez", "jessica.alvarez@corallopay.com", NY, "gcal")
    ryan = Person("Ryan Castillo", "ryan.castillo@corallopay.com", NY, "gmail")
    laura = Person("Laura Peña Cifuentes", "laura.pena@cuanticacredito.co", BOG, "outlook",
                   locale="es", region="namprd04",
                   sig="Laura Peña Cifuentes\nAnalista de Talento | Cuántica Crédito\n"
                       "Cra. 11 # 93-46, piso 4, Bogotá\n(+57) 601 555 0192")
    julian = Person("Julián Mejía", "julian.mejia@cuanticacredito.co", BOG, "outlook",
                    locale="es", region="namprd04")
    andres = Person("Andrés Felipe Rojas", "andresf.rojas92@gmail.com", BOG, "gmail", locale="es")
    lucia = Person("Lucía Ferrer", "lucia.ferrer@altamartalent.es", MAD, "gmail", locale="es",
                   sig="Lucía Ferrer Sanz\nSenior Consultant · Data & Analytics\n"
                       "Altamar Talent | Paseo de la Castellana 93, 28046 Madrid\n+34 910 55 01 37")
    alvaro = Person("Álvaro Medina", "alvaro.medina@braviaseguros.es", MAD, "outlook",
                    locale="es", region="eurprd05")
    valentina = Person("Valentina Ortiz", "valentina.ortiz@datalatinas.org", BOG, "gmail",
                       locale="es", sig="Valentina Ortiz\nCoordinadora Programa de Mentorías\n"
                                        "DataLatinas · datalatinas.org")
    natalia = Person("Natalia Cárdenas Ospina", "natalia.cardenas@fronteralogistica.com", BOG,
                     "gmail", locale="es")
    paula = Person("Paula Ríos", "paula.rios@kunasalud.co", BOG, "gmail", locale="es")
    sandra = Person("Sandra Milena Gutiérrez", "sandra.gutierrez@praderaretail.com.co", BOG,
                    "outlook", locale="es", region="namprd12",
                    sig="Sandra Milena Gutiérrez Ramírez\nAnalista de Selección | Gestión Humana\n"
                        "Pradera Retail S.A.S.\nPBX (601) 555 0170 ext. 2214\n"
                        "www.praderaretail.com.co")
    jorge = Person("Jorge Iván Salazar", "jorge.salazar@praderaretail.com.co", BOG, "outlook",
                   locale="es", region="namprd12")
    monica = Person("Mónica Arango Vélez", "monica.arango@verticesalud.com.co", BOG, "outlook",
                    locale="es", region="namprd03")
    sebastian = Person("Sebastián Vargas", "sebastian@lumbre.ai", BOG, "gmail", locale="es")
    diana = Person("Diana Rueda", "diana@lumbre.ai", BOG, "gmail", locale="es")
    kevin = Person("Kevin Brooks", "kevin.brooks@verandahealth.com", NY, "outlook",
                   sig="Kevin Brooks\nTalent Partner | Veranda Health\n"
                       "2100 Ponce de Leon Blvd, Coral Gables, FL 33134\nM: (786) 555-0163")
    felipe = Person("Felipe Castaño", "felipe.castano@huntersandinos.com", BOG, "outlook",
                    locale="es", region="namprd06",
                    sig="Felipe Castaño Ruiz\nConsultor Senior | Hunters Andinos\n"
                        "Calle 72 # 10-07, of. 501, Bogotá\nCel. 315 555 0129")
    hernan = Person("Hernán Torres Villamil", "hernan.torres@bancoaltiplano.com.co", BOG,
                    "outlook", locale="es", region="namprd08")
    marcela = Person("Marcela Jiménez", "marcela.jimenez@bancoaltiplano.com.co", BOG, "outlook",
                     locale="es", region="namprd08",
                     sig="Marcela Jiménez Duarte\nBusiness Partner | Gestión Humana\n"
                         "Banco del Altiplano\nExt. 4417")
    nomina = Person("Nómina Banco del Altiplano", "nomina@bancoaltiplano.com.co", BOG, "auto")
    gloria = Person("Gloria Gómez de Restrepo", "gloriagomezr58@hotmail.com", BOG, "outlook",
                    locale="es", region="namprd15")
    camila = Person("Camila Herrera", "camiherrera.v@gmail.com", BOG, "gmail", locale="es")
    caro = Person("Carolina Muñoz", "caro.munoz.b@gmail.com", BOG, "gmail", locale="es")
    sofi = Person("Sofía Beltrán", "sofibeltran@hotmail.com", BOG, "outlook", locale="es",
                  region="namprd15")
    dentist = Person("Odontología Dra. Liliana Pardo", "citas@odontologiapardo.com", BOG,
                     "gmail", locale="es")
    gh = Person("Nubia", "no-reply@us.greenhouse-mail.io", BOG, "auto")
    lever = Person("Veranda Health", "no-reply@hire.lever.co", NY, "auto")
    elempleo = Person("elempleo.com", "notificaciones@elempleo.com", BOG, "auto")
    linkedin = Person("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com", BOG,
                      "auto")
    computrabajo = Person("Computrabajo", "alertas@computrabajo.com.co", BOG, "auto")
    rappi = Person("Rappi", "no-reply@rappi.com", BOG, "auto")
    bancol = Person("Bancolombia", "alertasynotificaciones@notificacionesbancolombia.com", BOG,
                    "auto")
    bancol_ext = Person("Bancolombia Extractos", "extractos@notificacionesbancolombia.com", BOG,
                        "auto")
    pulso = Person("Pulso Indoor Cycling", "reservas@pulsocycling.co", BOG, "auto")
    egresados = Person("Egresados Universidad de los Cerros", "egresados@unicerros.edu.co", BOG,
                       "auto")
    dl_news = Person("DataLatinas", "hola@datalatinas.org", BOG, "auto")
    coursera = Person("Coursera", "no-reply@m.learn.coursera.org", "America/Los_Angeles", "auto")

    at = case.at
    add = case.add
    CV = ("HV_Daniela_Restrepo_Gomez_2026.pdf", "application/pdf", pdf_cv())
    SIG_ES = "Daniela Restrepo Gómez\nCel. 310 555 0187"
    SIG_EN = ("Daniela Restrepo Gómez\nBogotá, Colombia | +57 310 555 0187\n"
              "linkedin.com/in/daniela-restrepo-gomez")

    # ---- quoting the way each client writes it (Spanish clients; English ones use casekit's)
    def quote(replier, parent, kind):
        t = parent.date.astimezone(replier.tz)
        ps = parent.sender
        if kind == "outlook_es":
            to = "; ".join(p.shown() for p in parent.to)
            cc = "; ".join(p.shown() for p in parent.cc)
            head = ("De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s"
                    % (ps.shown(), DIAS_L[t.weekday()], t.day, MESES_L[t.month - 1], t.year,
                       t.strftime("%H:%M"), to, "CC: %s\n" % cc if cc else "", parent.subject))
            return "________________________________\n" + head + "\n\n" + parent.text
        if kind == "gmail_es":
            head = "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
                DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.strftime("%H:%M"),
                ps.name, ps.email)
        else:  # webmail_es, the user's own client
            head = "El %s a las %s, %s escribió:" % (t.strftime("%d/%m/%Y"), t.strftime("%H:%M"),
                                                     ps.shown())
        body = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line
                         else ">" for line in parent.text.rstrip("\n").split("\n"))
        return head + "\n" + body + "\n"

    def reply(key, sender, to, when, body, parent, kind=None, sig=True, **kw):
        """A reply quoting its parent as the sender's (Spanish) client would."""
        if kind is None:
            if sender is me:
                kind = "webmail_es"
            elif sender.locale != "es":
                return add(key, sender, to, when, body, parent=parent, sig=sig, **kw)
            else:
                kind = "outlook_es" if sender.style == "outlook" else "gmail_es"
        p = case.by_key[parent]
        d = at(when, sender) if isinstance(when, str) else when
        text = body.strip("\n") + "\n"
        if sig and sender.sig:
            text += "\n" + sender.sig.strip("\n") + "\n"
        text += "\n" + quote(sender, p, kind)
        return add(key, sender, to, d, text, parent=parent, quote=False, sig=False, **kw)

    # ======================================================================
    # Corallo Payments (Miami, English)
    # ======================================================================
    add("cor1", jessica, [me], at("2026-02-24 09:12", jessica), """
Hi Daniela,

Thanks for accepting my connection request on LinkedIn! As I mentioned in my InMail, I'm recruiting for a Data Scientist on our Credit Risk team here at Corallo Payments. We're a Miami-based fintech building credit and payments products for small merchants in Colombia, Mexico and Peru, and your work on PD models and collections scoring at Banco del Altiplano caught my eye.

The role is fully remote from LatAm, with a couple of trips a year to Miami. Would you be open to a 30-minute intro call this week or early next? Happy to work around your schedule.

Best,
""", subject="Data Scientist, Credit Risk (LatAm) – Corallo Payments")
    reply("cor1b", me, [jessica], "2026-02-24 13:40", """
Hi Jessica,

Thank you for reaching out, and nice to e-meet you. I would be very happy to learn more about the role.

I'm available Friday, February 27 after 3:00 PM, or Monday, March 2 any time before noon (Bogotá time, which I believe is the same as Miami right now).

Best regards,

Daniela Restrepo Gómez
+57 310 555 0187
""", "cor1")
    add("cor1c", jessica, [me], at("2026-02-25 08:47", jessica), """
Perfect – let's do Monday, March 2 at 10:30 AM ET (10:30 your time too, at least until we spring forward on the 8th!). Here's my Zoom for the 30 minutes:

https://corallopay.zoom.us/j/83127740521

Talk soon!
""", parent="cor1b")
    reply("cor1d", me, [jessica], "2026-03-02 12:05", """
Hi Jessica,

Thank you for your time this morning! It was great to hear how the Credit Risk team is thinking about thin-file merchants; it is very close to what I do every day with small-business loans at the bank, and I left the call even more excited about the role.

As promised, my GitHub is github.com/drestrepog, where you'll find the early-warning dashboard project I mentioned.

Have a great week,

""" + SIG_EN, "cor1c")
    add("cor1e", jessica, [me], at("2026-03-16 10:02", jessica), """
Hi Daniela,

Hope you had a good weekend! Good news: Ryan Castillo, our Director of Data Science, reviewed your profile and would like you to move forward.

The next step is a take-home exercise (attached). It's a small merchant-default dataset and we expect it to take 3 to 4 hours. Please send your notebook or a short write-up back to me by Monday, March 23 at 9:00 AM ET.

Let me know if anything is unclear!

Best,
""", parent="cor1d", attachments=[("Corallo_DS_take_home_credit_risk.pdf", "application/pdf", make_pdf([
        "Corallo Payments - Data Science take-home (Credit Risk)",
        "Dataset: merchants.csv (18,402 rows), payments_12m.csv",
        "1. Build a model that predicts 90+ days past due within 6 months.",
        "2. Explain your validation approach and the main drivers.",
        "3. Propose an approval threshold and estimate its impact on volume and losses.",
        "Deliverable: notebook or write-up (max 5 pages). Time box: 3-4 hours.",
    ]))])
    reply("cor1f", me, [jessica], "2026-03-16 11:30", """
Hi Jessica,

Thank you, this is great news! I received the exercise and everything looks clear. I will send it back to you by Sunday, March 22.

Best,
Daniela
""", "cor1e")
    reply("cor1g", me, [jessica], "2026-03-21 17:48", """
Hi Jessica,

Attached you'll find my take-home: a short write-up in PDF, and the notebook is in a private repo (github.com/drestrepog/corallo-take-home); I'm happy to give access to whoever needs it.

In short: a LightGBM model with monotonic constraints (AUC 0.78 on an out-of-time holdout), SHAP to explain the main drivers, and a small simulation of approval thresholds against volume and expected loss.

Please let me know if you have any trouble opening the files.

Have a nice weekend,
Daniela
""", "cor1f", attachments=[("Daniela_Restrepo_take_home.pdf", "application/pdf", make_pdf([
        "Merchant default model - take-home write-up",
        "Daniela Restrepo Gomez",
        "Out-of-time AUC 0.78; KS 0.41; monotonic constraints on tenure and GMV trend",
        "Threshold 0.12: approves 71% of applicants, expected loss 2.9% of volume",
    ]))])
    add("cor1h", jessica, [me], at("2026-03-23 09:26", jessica), """
Got it, thank you Daniela – and ahead of schedule!

The team will review it this week. Ryan is out next week, so he asked me to let you know that we'll get back to you by Friday, April 3 at the latest.

Best,
""", parent="cor1g")
    case.meeting("cor1", at("2026-03-02 10:30", jessica), at("2026-03-02 11:00", jessica),
                 met=[jessica.email], thanks={jessica.email: "cor1d"}, what="intro call")
    case.own_promise("cor1", "cor1f", to=jessica.email, last_day="2026-03-22", kept_by="cor1g")
    case.promise("cor1", "cor1h", jessica.email, "2026-04-03", answered_by="cor2")

    # panel scheduling thread
    add("cor2", jessica, [me], at("2026-03-31 11:15", jessica), """
Hi Daniela,

Good news: the team really liked your take-home (Priya called your threshold simulation "the clearest one we've seen this cycle"). We'd like to invite you to a 90-minute virtual panel with the Data Science team.

Could any of these work? All times Eastern:
- Wed, April 8 – 1:00 PM
- Thu, April 9 – 10:00 AM
- Fri, April 10 – 11:00 AM

Heads up that we're on daylight saving time now, so Miami is one hour ahead of Bogotá.

Thanks,
""", subject="Next step: panel interview with Corallo's Data Science team")
    reply("cor2b", me, [jessica], "2026-03-31 10:52", """
Hi Jessica,

Thursday, April 9 at 10:00 AM ET works for me (9:00 AM here). Thank you!

Daniela
""", "cor2")
    add("cor2c", jessica, [me], at("2026-04-10 12:40", jessica), """
Hi Daniela,

Thank you again for meeting with the team yesterday! A quick update on timing: we're finishing panels with two other candidates early next week, the team debriefs on Wednesday, and a decision will be shared with you by Friday, April 17.

Have a great weekend,
""", parent="cor2b")
    case.promise("cor2", "cor2c", jessica.email, "2026-04-17")

    # Google Calendar invitation for the panel
    p_start, p_end = at("2026-04-09 10:00", jessica), at("2026-04-09 11:30", jessica)
    room = ("MIA-5-Biscayne (6)", "c_1889m3k2a7u0ohq2hbs1lv0e9s@resource.calendar.google.com")
    panel_desc = (
        "Hi Daniela – here's the plan for Thursday (all times ET):\n"
        "10:00–10:40  Take-home walkthrough with Priya Nair, Senior Data Scientist\n"
        "10:40–11:15  Credit modeling and business case with Ryan Castillo, Director of Data "
        "Science (hiring manager)\n"
        "11:15–11:30  Your questions for the team\n\n"
        "Tomás Herrera, our VP of Risk, will try to join for the last part if his board prep "
        "allows.\n"
        "I won't be on the call, but text me at +1 (305) 555-0148 if anything goes wrong with "
        "Zoom.\n– Jessica")
    zoom = ("https://corallopay.zoom.us/j/86420137755?pwd=bTZ3cW1xR2dQa0VjM3NvdQ\n"
            "Meeting ID: 864 2013 7755\nPasscode: 512904")
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "corallo-panel"),
                   stamp=at("2026-04-01 09:05", jessica), start=p_start, end=p_end,
                   summary="Corallo Payments – Panel Interview: Daniela Restrepo Gómez",
                   organizer=jessica_cal, tzid="America/New_York",
                   attendees=[(ryan, "ACCEPTED", "INDIVIDUAL"),
                              (("Priya Nair", "priya.nair@corallopay.com"), "ACCEPTED",
                               "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (room, "ACCEPTED", "ROOM")],
                   location="https://corallopay.zoom.us/j/86420137755",
                   description=panel_desc + "\n\nJoin Zoom Meeting\n" + zoom)
    add("cor_inv", jessica_cal, [me], at("2026-04-01 09:05", jessica), """
Corallo Payments – Panel Interview: Daniela Restrepo Gómez
Thursday Apr 9, 2026 ⋅ 10am – 11:30am
Eastern Time - New York

Join Zoom Meeting
""" + zoom + "\n\n" + panel_desc + """

Guests
Jessica Alvarez - organizer
Ryan Castillo
Priya Nair
Daniela Restrepo Gómez
MIA-5-Biscayne (6)
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NGhzMmM3

Reply for daniela.restrepo@example.com
Yes / No / Maybe / More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""", subject="Invitation: Corallo Payments – Panel Interview: Daniela Restrepo Gómez @ Thu Apr 9, "
             "2026 10am - 11:30am (EDT) (daniela.restrepo@example.com)",
        ics=ics, headers=GCAL)
    case.meeting("cor_inv", p_start, p_end, met=[ryan.email, "priya.nair@corallopay.com"],
                 thanks={ryan.email: "ryan1"}, unknown=["Tomás Herrera"],
                 arranged_by=jessica.email, what="panel interview; Tomás joined late")

    add("ryan1", me, [ryan], at("2026-04-09 14:20"), """
Dear Ryan,

Thank you for taking the time to meet with me this morning. I really enjoyed our conversation about moving Corallo's merchant scoring from quarterly retrains to monitored, event-driven updates; it is exactly the kind of problem I want to work on.

A few reasons I believe I'd be a strong fit for the team:
• Four years building and validating PD and collections models in a regulated bank, including model-risk reviews with the Superintendencia Financiera.
• Hands-on experience with thin-file and alternative data, which came up a lot today.
• I enjoy explaining models to business teams: at Banco del Altiplano I present the monthly credit-risk review to the commercial area.

It was also a nice surprise that Tomás could join for the last twenty minutes; his question about merchants who go dormant for a season gave me a lot to think about.

I remain very interested in the role and look forward to hearing about next steps. Thank you again for your time and consideration.

Best regards,
Daniela Restrepo Gómez
+57 310 555 0187 | daniela.restrepo@example.com
""", subject="Thank you – panel interview this morning")
    add("ryan2", ryan, [me], at("2026-04-09 19:02", ryan), """
Daniela – thanks for the note, and for a great conversation today. Jessica will be in touch about next steps.

Ryan

Sent from my iPhone
""", parent="ryan1")

    # ======================================================================
    # Cuántica Crédito (Bogotá), through a university friend
    # ======================================================================
    add("cq0", me, [andres], at("2026-03-08 20:14"), """
Andrés, ¡hola!

Te mando la hoja de vida actualizada para lo del referido en Cuántica, como hablamos en el cumple de Caro. Le metí lo del modelo de cobranza y el curso de inferencia causal.

Mil gracias de verdad, te debo una 🙏

Dani
""", subject="Hoja de vida para el referido 🙏", attachments=[CV])
    reply("cq0b", andres, [me], "2026-03-10 08:31", """
Dani!! Listo, ya te referí en el sistema para la vacante de Científico(a) de Datos. Te va a escribir Laura, de Talento.

Julián (mi jefe) es muy buena gente, pregúntale por el proyecto de open finance que le encanta jajaja. Éxitos!!

Enviado desde mi iPhone
""", "cq0")
    reply("cq0c", me, [andres], "2026-03-10 12:02", """
Jajaja listo, tomo nota. Gracias Andrés!!! 🙌
""", "cq0b")
    reply("cq0d", andres, [me], "2026-04-08 18:45", """
Dani, ¿te han dicho algo de Cuántica? Por aquí todo anda lento por Semana Santa, Julián estuvo de vacaciones hasta el lunes. Si quieres le pregunto a Laura cómo va eso.
""", "cq0c")
    reply("cq0e", me, [andres], "2026-04-08 21:10", """
Nada todavía 😕 Laura me había dicho que me informaban la semana pasada. No te preocupes, no le preguntes nada, que no quiero que quedes mal por mi culpa.

Un abrazo!
""", "cq0d")
    case.application("cq0", "cq0", to=andres.email, answered_by="cq0b")

    add("cq1", laura, [me], at("2026-03-12 09:20"), """
Buenos días, Daniela.

Cordial saludo. Mi nombre es Laura Peña y hago parte del equipo de Talento de Cuántica Crédito. Andrés Rojas nos compartió su hoja de vida para la vacante de Científico(a) de Datos del equipo de Analítica, y nos gustaría conocerla.

Le propongo una conversación virtual de una hora con Julián Mejía, nuestro líder de Analítica, en alguno de estos espacios:
• Martes 24 de marzo, 3:00 p. m.
• Miércoles 25 de marzo, 10:00 a. m.
• Jueves 26 de marzo, 4:00 p. m.

Quedo atenta a su confirmación.
""", subject="Proceso Científico(a) de Datos – Cuántica Crédito")
    reply("cq1b", me, [laura], "2026-03-12 12:45", """
Buenas tardes, Laura.

Cordial saludo y muchas gracias por el contacto. Con mucho gusto: el martes 24 de marzo a las 3:00 p. m. me queda perfecto.

Quedo atenta.

""" + SIG_ES, "cq1")
    reply("cq1c", laura, [me], "2026-03-12 14:05", """
Perfecto, Daniela. En un momento le llega la invitación por Teams.

Feliz tarde.
""", "cq1b")
    reply("cq1d", laura, [me], "2026-03-25 11:40", """
Buenos días, Daniela. Cordial saludo.

Julián me comentó que la conversación de ayer fue muy buena. Le cuento que esta semana estamos terminando de conversar con otras personas que están en el proceso, y le estaremos informando la próxima semana sobre los siguientes pasos.

Feliz día.
""", "cq1c")
    reply("cq1e", me, [laura], "2026-03-25 12:30", """
Hola, Laura.

Muchas gracias por la información. Quedo atenta.

Saludos,
Daniela
""", "cq1d")
    case.promise("cq1", "cq1d", laura.email, "2026-04-03")

    cq_start, cq_end = at("2026-03-24 15:00"), at("2026-03-24 16:00")
    cq_teams = teams("cuantica", "291 447 803 615", "Vq7Kp2")
    cq_desc = "Participa: Julián Mejía – Líder de Analítica\nDuración: 1 hora\n\n" + cq_teams
    add("cq_inv", laura, [me, julian], at("2026-03-12 14:10"), cq_desc, subject=(
        "Conversación Científico(a) de Datos – Daniela Restrepo"), sig=False,
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "cuantica"),
                     stamp=at("2026-03-12 14:10"), start=cq_start, end=cq_end,
                     summary="Conversación Científico(a) de Datos – Daniela Restrepo",
                     organizer=laura, tzid="SA Pacific Standard Time",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (julian, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Reunión de Microsoft Teams", description=cq_desc,
                     prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    case.meeting("cq_inv", cq_start, cq_end, met=[julian.email],
                 what="conversation with Julián; thanked only in Spanish, and stale by now")
    add("cq_thx", me, [julian], at("2026-03-24 17:05"), """
Buenas tardes, Julián.

Le escribo para agradecerle el espacio de esta tarde. Me gustó mucho conocer cómo están usando los datos de open finance en los modelos de originación, y la forma en que el equipo combina los modelos de riesgo con la experimentación en producto.

Sigo muy interesada en el cargo y quedo atenta a los siguientes pasos.

Cordialmente,
""" + SIG_ES, subject="Conversación de hoy – Daniela Restrepo")
    reply("cq_thx2", julian, [me], "2026-03-24 18:20", """
Hola Daniela, el gusto fue mío. Laura te estará contando cómo sigue el proceso.

Saludos,
Julián Mejía
Líder de Analítica | Cuántica Crédito
""", "cq_thx", sig=False)

    # ======================================================================
    # Altamar Talent (Madrid) for Bravía Seguros
    # ======================================================================
    add("alt1", lucia, [me], at("2026-03-09 10:12", lucia), """
Hola Daniela:

Soy Lucía Ferrer, consultora de Altamar Talent, una firma de selección especializada en perfiles de datos con sede en Madrid. Te escribo porque uno de nuestros clientes, una aseguradora digital española que está montando un hub de datos en Bogotá, busca un/a Data Scientist Senior para su equipo de pricing y riesgo, en remoto desde Colombia.

He visto tu perfil en LinkedIn y creo que encaja muy bien: modelos de riesgo en banca, Python y SQL a diario y experiencia presentando a negocio. ¿Te apetecería que lo habláramos por teléfono esta semana? Con 20-30 minutos nos sobra.

Un saludo,
""", subject="Oportunidad Data Scientist Senior (remoto) – aseguradora digital española")
    reply("alt1b", me, [lucia], "2026-03-09 08:40", """
Buenos días, Lucía.

Cordial saludo. Muchas gracias por pensar en mí para esta oportunidad; me interesa mucho conocer más.

Tengo disponibilidad el miércoles 11 o el jueves 12 en la mañana, hora Colombia (entre 8:00 y 11:00 a. m.).

Quedo atenta,
Daniela Restrepo Gómez
Cel. +57 310 555 0187
""", "alt1")
    reply("alt1c", lucia, [me], "2026-03-09 16:05", """
¡Genial, Daniela! Te llamo el jueves 12 a las 16:00 hora de Madrid, que si no me fallan las cuentas son las 10:00 en Bogotá. Te llamo al móvil de tu firma, ¿vale?

Un saludo,
""", "alt1b", sig=False)
    reply("alt1d", me, [lucia], "2026-03-09 10:30", """
Perfecto, Lucía. El jueves a las 10:00 a. m. hora Colombia quedo pendiente de su llamada.

Daniela
""", "alt1c")
    case.meeting("alt1", at("2026-03-12 10:00"), None, met=[lucia.email],
                 what="phone call, no end given; thanked in Spanish only, stale by now")
    reply("alt1e", me, [lucia], "2026-03-12 11:35", """
Hola, Lucía.

Muchas gracias por la llamada de esta mañana, me quedé muy entusiasmada con el rol. Como hablamos, le adjunto mi hoja de vida actualizada y le resumo los dos proyectos de los que le conté: el modelo de probabilidad de incumplimiento para pymes y el tablero de alertas tempranas de cartera.

Quedo atenta.

Daniela Restrepo Gómez
Cel. +57 310 555 0187
""", "alt1d", attachments=[CV])
    case.application("alt1", "alt1e", to=lucia.email, answered_by="alt1f")
    reply("alt1f", lucia, [me], "2026-03-13 09:48", """
Hola Daniela:

Gracias a ti, da gusto hablar con candidatas tan claras. Ya he pasado tu perfil al cliente, que ahora sí te puedo decir que es Bravía Seguros. Te digo algo la semana que viene.

¡Buen finde!
""", "alt1e")
    case.promise("alt1", "alt1f", lucia.email, "2026-03-20", answered_by="alt1g")
    reply("alt1g", lucia, [me], "2026-03-18 17:20", """
¡Hola, Daniela!

Buenas noticias: Álvaro Medina, Head of Data de Bravía, quiere conocerte. Le vendría bien el martes 31 de marzo a las 17:00, hora peninsular. Ojo, que el domingo 29 cambiamos la hora aquí, así que serían las 10:00 en Bogotá (y no las 11:00, como sería ahora).

¿Te encaja? Si me dices que sí, Álvaro te manda la invitación de Teams.
""", "alt1f")
    reply("alt1h", me, [lucia], "2026-03-18 12:05", """
¡Qué buena noticia, Lucía! Sí, el martes 31 a las 10:00 a. m. hora Colombia me queda muy bien.

Daniela
""", "alt1g")
    reply("alt1i", lucia, [me], "2026-04-06 10:25", """
Hola Daniela:

Te escribo con una de cal y otra de arena. Álvaro está con gripe y no va a poder hacer la entrevista de mañana; siento muchísimo el segundo cambio, y me ha pedido que te diga que tiene muchas ganas de conocerte. Hemos buscado hueco y la pasamos al jueves 16 de abril a las 16:30, hora de Madrid (las 9:30 en Bogotá). Te llegará la invitación actualizada.

Y aprovecho: antes de la entrevista, ¿me podrías mandar tu expectativa salarial (bruto anual, en euros o en dólares, como te resulte más cómodo) y el contacto de dos referencias profesionales? El cliente se lo pide a todos los finalistas.

Un abrazo,
""", "alt1h")
    reply("alt1j", me, [lucia], "2026-04-06 07:50", """
Buenos días, Lucía.

Lamento mucho lo de Álvaro, ojalá se mejore pronto. No hay ningún problema: confirmo el jueves 16 de abril a las 9:30 a. m. hora Colombia.

Con gusto le envío la expectativa salarial y los datos de las dos referencias a más tardar el viernes 10 de abril.

Quedo atenta,
Daniela Restrepo Gómez
Cel. +57 310 555 0187
""", "alt1i")
    case.own_promise("alt1", "alt1j", to=lucia.email, last_day="2026-04-10")

    # Bravía's Teams invitation, moved twice
    b_uid = uid_outlook(NAME, "bravia")
    b_summary = "Daniela Restrepo / Álvaro Medina"
    b_teams = teams("bravia", "348 902 116 274", "dH4tR9")
    b1s, b1e = at("2026-03-31 17:00", alvaro), at("2026-03-31 17:45", alvaro)
    b2s, b2e = at("2026-04-07 17:00", alvaro), at("2026-04-07 17:45", alvaro)
    b3s, b3e = at("2026-04-16 16:30", alvaro), at("2026-04-16 17:15", alvaro)

    def b_ics(start, end, seq, stamp, desc):
        return make_ics(method="REQUEST", uid=b_uid, stamp=stamp, start=start, end=end,
                        summary=b_summary, organizer=alvaro, tzid="Romance Standard Time",
                        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                        location="Reunión de Microsoft Teams", description=desc, sequence=seq,
                        prodid="Microsoft Exchange Server 2010")
    d1 = "Hola Daniela, te envío la invitación. Hablamos el martes.\nÁlvaro\n\n" + b_teams
    add("alt_inv", alvaro, [me], at("2026-03-19 11:02", alvaro), d1, subject=b_summary,
        sig=False, ics=b_ics(b1s, b1e, 0, at("2026-03-19 11:02", alvaro), d1),
        ics_mode="outlook")
    add("alt_inv_acc", me, [alvaro], at("2026-03-19 09:30"),
        "Daniela Restrepo Gómez ha aceptado esta invitación.\n",
        parent="alt_inv", subject="Aceptado: " + b_summary, quote=False,
        ics=make_ics(method="REPLY", uid=b_uid, stamp=at("2026-03-19 09:30"), start=b1s,
                     end=b1e, summary=b_summary, organizer=alvaro, tzid="Romance Standard Time",
                     attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     prodid="-//Example Webmail//Calendar 4.2//ES"),
        ics_mode="attach")
    d2 = ("Daniela, disculpa: me ha surgido un viaje a Lisboa el 31 y no llego. ¿Te vendría "
          "bien el martes 7 de abril a la misma hora? Te mando la invitación actualizada; si no "
          "te encaja, dímelo y buscamos otro hueco.\nPerdona las molestias,\nÁlvaro\n\n" + b_teams)
    add("alt_inv_u1", alvaro, [me], at("2026-03-27 13:15", alvaro), d2, parent="alt_inv_acc",
        subject="Actualizado: " + b_summary, quote=False, sig=False,
        ics=b_ics(b2s, b2e, 1, at("2026-03-27 13:15", alvaro), d2), ics_mode="outlook")
    reply("alt_inv_r", me, [alvaro], "2026-03-27 08:20", """
Hola, Álvaro. No se preocupe; el martes 7 me queda bien.

Saludos,
Daniela
""", "alt_inv_u1")
    d3 = ("Daniela, te paso la nueva hora que hemos cuadrado con Lucía. Siento de verdad los dos "
          "cambios.\nÁlvaro\n\n" + b_teams)
    add("alt_inv_u2", alvaro, [me], at("2026-04-06 11:40", alvaro), d3, parent="alt_inv_r",
        subject="Actualizado: " + b_summary, quote=False, sig=False,
        ics=b_ics(b3s, b3e, 2, at("2026-04-06 11:40", alvaro), d3), ics_mode="outlook")
    case.meeting("alt_inv", b1s, b1e, met=[alvaro.email], status="moved")
    case.meeting("alt_inv", b2s, b2e, met=[alvaro.email], status="moved")
    case.meeting("alt_inv", b3s, b3e, met=[alvaro.email], status="scheduled")

    # ======================================================================
    # DataLatinas mentoring (networking)
    # ======================================================================
    add("dl1", valentina, [natalia, me], at("2026-03-11 16:30"), """
¡Hola, Natalia y Daniela!

Qué alegría presentarlas como dupla del programa de Mentorías DataLatinas 2026 🎉

Natalia es Lead Data Scientist en Frontera Logística; lleva ocho años en analítica y ha liderado equipos de machine learning en logística y retail. Daniela es analista de datos en banca, con foco en modelos de riesgo de crédito, y está preparando el salto a un rol de ciencia de datos.

La idea es que tengan al menos tres encuentros entre marzo y junio. La primera reunión la agendan ustedes directamente; les dejo la guía para esa primera sesión: https://datalatinas.org/mentorias/guia-primera-sesion

Cualquier cosa, aquí estoy.
Un abrazo,
""", subject="Mentorías DataLatinas 2026 – Natalia ✕ Daniela")
    reply("dl1b", natalia, [me], "2026-03-12 07:58", """
¡Hola Daniela! Encantada. Gracias, Vale, por la conexión 💜

Daniela, ¿te sirve el jueves 19 de marzo a las 6:00 p. m.? Lo hacemos por Meet: meet.google.com/xkp-ruvd-moa
Si no, dime qué horario te queda mejor.

Natalia

Natalia Cárdenas Ospina
Lead Data Scientist | Frontera Logística
""", "dl1", cc=[valentina], sig=False)
    reply("dl1c", me, [natalia], "2026-03-12 08:40", """
¡Hola Natalia! Encantada también. El jueves 19 a las 6 p. m. me sirve perfecto; ahí estaré.

Vale, ¡mil gracias por el match! 😊

Dani
""", "dl1b", cc=[valentina])
    m_start, m_end = at("2026-03-19 18:00"), at("2026-03-19 19:00")
    reply("dl1d", me, [natalia], "2026-03-19 21:15", """
Natalia, ¡thank you! De verdad salí de la reunión con otra energía.

Me quedo con tres tareas: (1) convertir el modelo de cobranza en un caso de portafolio con un README decente, (2) practicar el caso de negocio en voz alta, y (3) escribirle a gente que ya hizo el salto de banca a ciencia de datos.

Gracias por tu tiempo y por la sinceridad con lo del portafolio.

Un abrazo,
Dani
""", "dl1c")
    reply("dl1e", natalia, [me], "2026-03-20 07:42", """
¡Con todo el gusto, Dani! Te dejo lo que te prometí: el repo de ejemplo de model cards (github.com/ncardenas/model-cards-ejemplo) y el libro de Chip Huyen sobre diseño de sistemas de ML.

Escríbeme cuando tengas el caso armado y lo revisamos juntas.

Natalia
""", "dl1d", sig=False)
    case.meeting("dl1", m_start, m_end, met=[natalia.email], thanks={natalia.email: "dl1d"},
                 networking=True, what="first mentoring session on Meet")

    # ======================================================================
    # Kuna Salud: an alumna, fifteen minutes about her field (networking)
    # ======================================================================
    add("kuna", me, [paula], at("2026-03-30 19:10"), """
Hola, Paula. Buenas noches.

Mi nombre es Daniela Restrepo; también soy egresada de Estadística de la Universidad de los Cerros (promoción 2020). Leí tu perfil en el boletín de egresados de marzo y me llamó mucho la atención tu trabajo con modelos de riesgo clínico en Kuna Salud.

Hoy trabajo como analista de datos en banca y me estoy preparando para pasar a un rol de ciencia de datos. ¿Tendrías unos 15 o 20 minutos en las próximas semanas para contarme cómo fue tu transición y cómo es el trabajo con datos de salud? Me acomodo a tu horario.

Muchas gracias de antemano,
""" + SIG_ES, subject="Egresada de Estadística – ¿15 minutos para conversar sobre datos en salud?")
    reply("kuna2", paula, [me], "2026-04-06 12:48", """
¡Hola Daniela! Qué bueno saber de otra cerrense 😄 Claro que sí, y tutéame.

¿Te sirve este miércoles 8 a las 12:30? Es mi hora de almuerzo, así que serían unos 30 minuticos. Te dejo el link: meet.google.com/hvt-qzsa-ejm

Paula

Paula Ríos
Senior Data Scientist · Kuna Salud
""", "kuna", sig=False)
    reply("kuna3", me, [paula], "2026-04-06 13:20", """
¡Perfecto, Paula! El miércoles a las 12:30 ahí estaré. Mil gracias por sacar el tiempo.

Daniela
""", "kuna2")
    reply("kuna4", paula, [me], "2026-04-08 16:22", """
Dani, como quedamos, te paso el link de la vacante de Data Scientist II que abrimos la semana pasada: https://kunasalud.co/trabaja-con-nosotros/data-scientist-ii
Si aplicas, avísame y le cuento a Mauricio, mi jefe.

Y el curso de inferencia causal del que te hablé es el de Brady Neal; está gratis en YouTube.

¡Éxitos!
""", "kuna3", sig=False)
    case.meeting("kuna", at("2026-04-08 12:30"), at("2026-04-08 13:00"), met=[paula.email],
                 networking=True, what="30-minute Meet at lunch; 'mil gracias' came before it")

    # ======================================================================
    # Pradera Retail: interview, then a gentle rejection
    # ======================================================================
    add("prad0", elempleo, [me], at("2026-03-20 10:02"), """
Hola, Daniela:

Tu postulación fue enviada con éxito.

Cargo: Analista de Ciencia de Datos
Empresa: Pradera Retail S.A.S.
Ciudad: Bogotá, D.C.
Fecha de postulación: 20/03/2026

La empresa revisará tu hoja de vida y, si tu perfil avanza, se comunicará contigo directamente. Puedes consultar el estado de tus postulaciones en "Mis postulaciones".

Este es un mensaje automático, por favor no lo respondas.
elempleo.com
""", subject="Confirmación de tu postulación: Analista de Ciencia de Datos",
        html=html_of("Tu postulación fue enviada con éxito.\n\nCargo: Analista de Ciencia de "
                     "Datos\nEmpresa: Pradera Retail S.A.S.\nFecha de postulación: 20/03/2026"),
        html_only=True, headers=AUTO)
    add("prad1", sandra, [me], at("2026-03-30 08:45"), """
Buenos días, Daniela.

Reciba un cordial saludo de parte de Pradera Retail S.A.S.

Su hoja de vida fue preseleccionada para el cargo de Analista de Ciencia de Datos, al cual se postuló a través de elempleo.com. Por tal motivo la invitamos a una entrevista virtual con el Ing. Jorge Iván Salazar, Gerente de Inteligencia de Negocios (en copia), el martes 7 de abril de 2026 a las 8:00 a. m., con una duración aproximada de una hora.

Enlace de la reunión (Microsoft Teams):
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE3YzktOGI2Ny00ZTc5LWE1ZGEtMjc4MGYzYjM0ZDEx%40thread.v2/0

Le agradecemos confirmar su asistencia respondiendo este correo.

Cordialmente,
""", subject="Citación entrevista – Analista de Ciencia de Datos – Pradera Retail", cc=[jorge])
    reply("prad2", me, [sandra], "2026-03-30 09:30", """
Buenos días, Sandra.

Cordial saludo. Confirmo mi asistencia a la entrevista del martes 7 de abril a las 8:00 a. m.

Muchas gracias por la invitación.

""" + SIG_ES, "prad1", cc=[jorge])
    case.meeting("prad1", at("2026-04-07 08:00"), at("2026-04-07 09:00"), met=[jorge.email],
                 what="Teams interview with Jorge Iván; Sandra arranged it and was not in it")
    reply("prad3", me, [sandra], "2026-04-07 10:15", """
Buen día, Sandra.

Le escribo para agradecerle la coordinación de la entrevista de esta mañana con el Ing. Jorge Iván. Fue una conversación muy interesante sobre los modelos de demanda y el proyecto de precios dinámicos.

Quedo atenta a cualquier información sobre el proceso.

Cordialmente,
""" + SIG_ES, "prad2")
    reply("prad4", sandra, [me], "2026-04-07 11:32", """
Buen día, Daniela. Con gusto.

Le comento que estamos finalizando las entrevistas con los demás candidatos y le estaremos dando respuesta a más tardar el viernes 17 de abril.

Cordialmente,
""", "prad3")
    reply("prad5", sandra, [me], "2026-04-13 16:05", """
Buenas tardes, Daniela.

Reciba un cordial saludo. Queremos agradecerle el tiempo dedicado y su interés en hacer parte de Pradera Retail. El Ing. Jorge Iván se llevó una muy buena impresión de la conversación; sin embargo, en esta oportunidad el proceso continuará con un candidato cuyo perfil se ajusta más a la experiencia en retail que requiere el cargo.

Sus datos quedarán en nuestra base para futuras oportunidades.

Le deseamos muchos éxitos en sus proyectos.

Cordialmente,
""", "prad4")
    case.promise("prad1", "prad4", sandra.email, "2026-04-17", ended_by="prad5")

    # ======================================================================
    # Vértice Salud: CV to a named person, answered only by an out-of-office
    # ======================================================================
    add("vert", me, [monica], at("2026-03-31 09:40"), """
Buenos días, doctora Mónica.

Cordial saludo. Vi su publicación en LinkedIn sobre la vacante de Científico(a) de Datos para el equipo de Analítica de Vértice Salud y, siguiendo su indicación, le envío mi hoja de vida.

Soy estadística de la Universidad de los Cerros y desde hace cuatro años trabajo como analista de datos en riesgo de crédito en el Banco del Altiplano, donde desarrollo modelos de probabilidad de incumplimiento y tableros de seguimiento. Me encantaría aplicar esa experiencia a problemas de salud, en particular a la predicción de hospitalizaciones y de adherencia a tratamientos.

Agradezco de antemano su atención y quedo atenta a cualquier información.

Cordialmente,
Daniela Restrepo Gómez
Cel. 310 555 0187
daniela.restrepo@example.com
""", subject="Postulación – Científica de Datos (publicación en LinkedIn)", attachments=[CV])
    add("vert2", monica, [me], at("2026-03-31 09:40") + dt.timedelta(seconds=7), """
Gracias por su mensaje. Me encuentro fuera de la oficina del 30 de marzo al 6 de abril, sin acceso al correo. A mi regreso, el martes 7 de abril, daré respuesta a su mensaje.

Para asuntos urgentes, por favor escriba a analitica@verticesalud.com.co.

Mónica Arango Vélez
Gerente de Analítica e Inteligencia de Datos
Vértice Salud
""", parent="vert", subject="Respuesta automática: Postulación – Científica de Datos "
                            "(publicación en LinkedIn)", quote=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.application("vert", "vert", to=monica.email)

    # ======================================================================
    # Lumbre: CV to the CTO, answered by People
    # ======================================================================
    add("lumb", me, [sebastian], at("2026-04-01 11:20"), """
Hola, Sebastián. Buenos días.

Mi nombre es Daniela Restrepo. Vi en LinkedIn que Lumbre está buscando Data Scientist para el equipo de scoring y me gustaría ser considerada para el cargo; le adjunto mi hoja de vida.

En resumen: cuatro años en riesgo de crédito en el Banco del Altiplano (modelos de PD, cobranza y alertas tempranas), Python y SQL a diario, y experiencia llevando modelos a producción con el equipo de TI.

Quedo atenta, y muchas gracias por su tiempo.

""" + SIG_ES, subject="Hoja de vida – Data Scientist (scoring)", attachments=[CV])
    reply("lumb2", diana, [me], "2026-04-06 15:10", """
Hola Daniela, ¿cómo estás? Soy Diana, de People en Lumbre. Sebastián me compartió tu hoja de vida, ¡gracias por escribirnos!

Te cuento que en este momento estamos redefiniendo el alcance de ese rol (probablemente quede más enfocado en ML engineering), así que pausamos el proceso unas semanas. Guardamos tu perfil y, cuando lo reabramos, te escribimos.

Un saludo,
Diana Rueda
People & Culture · Lumbre
""", "lumb", cc=[sebastian], sig=False)
    reply("lumb3", me, [diana], "2026-04-06 18:02", """
Hola, Diana. Muchas gracias por la respuesta y por tenerme en cuenta. Quedo atenta a cuando reabran el proceso.

Saludos,
Daniela
""", "lumb2", cc=[sebastian])
    case.application("lumb", "lumb", to=sebastian.email, answered_by="lumb2")

    # ======================================================================
    # Nubia (portal only, Greenhouse)
    # ======================================================================
    gh_text1 = """
Hola Daniela,

Gracias por tu interés en el cargo de Científico(a) de Datos – Riesgo en Nubia. Recibimos tu postulación y nuestro equipo de Talento la revisará con cuidado. Si tu perfil avanza a la siguiente etapa, te contactaremos.

Un saludo,
Equipo de Talento de Nubia

Este es un mensaje automático; por favor no respondas este correo.
"""
    add("nub1", gh, [me], at("2026-03-04 15:22"), gh_text1,
        subject="Gracias por tu postulación a Nubia", html=html_of(gh_text1), html_only=True,
        headers=AUTO)
    gh_text2 = """
Hola Daniela,

Gracias de nuevo por tu interés en Nubia y por el tiempo que dedicaste a tu postulación para Científico(a) de Datos – Riesgo.

Después de revisar con cuidado todas las postulaciones, decidimos avanzar con otras personas cuyo perfil se ajusta más a lo que el equipo necesita en este momento. Sabemos que no es la noticia que esperabas.

Te invitamos a seguir pendiente de nuestras vacantes en nubiabank.com/carreras.

Un abrazo,
Equipo de Talento de Nubia
"""
    add("nub2", gh, [me], at("2026-04-10 09:14"), gh_text2,
        subject="Actualización sobre tu postulación a Nubia", html=html_of(gh_text2),
        html_only=True, headers=AUTO)

    # ======================================================================
    # Veranda Health (Miami, English)
    # ======================================================================
    lv_text = """
Hi Daniela,

Thank you for your interest in Veranda Health! We've received your application for Data Scientist, Member Analytics (Remote – LATAM), and our team will review it shortly.

If your experience is a match, a member of our Talent team will reach out about next steps.

Best,
The Veranda Health Talent Team

This is an automated message. Please do not reply.
"""
    add("verl", lever, [me], at("2026-03-12 18:40", lever), lv_text,
        subject="Thank you for applying to Veranda Health", html=html_of(lv_text),
        html_only=True, headers=AUTO)
    add("ver", kevin, [me], at("2026-03-16 13:05", kevin), """
Hi Daniela,

Thanks for applying to the Data Scientist, Member Analytics role at Veranda Health! I'm the recruiter supporting the search, and I'd love to set up a 30-minute intro call to learn more about your background.

Would Friday, March 20 at 2:00 PM Eastern work for you? That should be 1:00 PM in Bogotá, now that we've switched to daylight time. If not, send me a couple of times that work better.

Best,
Kevin
""", subject="Veranda Health – Data Scientist, Member Analytics")
    reply("ver2", me, [kevin], "2026-03-16 15:40", """
Hi Kevin,

Friday, March 20 at 2:00 PM ET (1:00 PM Bogotá) works well for me. Thank you for reaching out!

Best regards,
Daniela Restrepo Gómez
+57 310 555 0187
""", "ver")
    add("ver3", kevin, [me], at("2026-03-16 16:52", kevin), """
Great, you're all set. I'll send a Teams link the morning of – talk Friday!
""", parent="ver2", sig=False)
    add("ver3b", kevin, [me], at("2026-03-20 09:31", kevin), """
Morning Daniela, here's the link for today at 2 PM ET:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FmZDQ3NjEtOTRlZC00ODQ0LWJkYTQtNzUxNTFhNWI3ZTk0%40thread.v2/0

Kevin
""", parent="ver3", sig=False)
    case.meeting("ver", at("2026-03-20 14:00", kevin), at("2026-03-20 14:30", kevin),
                 met=[kevin.email], thanks={kevin.email: "ver4"}, what="recruiter intro call")
    reply("ver4", me, [kevin], "2026-03-20 15:05", """
Hi Kevin,

Thank you for the call this afternoon. I enjoyed hearing how Veranda uses claims and engagement data to reach members before they miss care, and how the analytics team works side by side with the clinical team.

As we discussed, my experience building risk models and explaining them to non-technical teams at the bank feels very transferable to member analytics, and I'm very interested in the role.

Thanks again for your time, and have a great weekend.

""" + SIG_EN, "ver3b")
    add("ver5", kevin, [me], at("2026-03-20 17:02", kevin), """
Hi Daniela,

Thank you for the kind note – I enjoyed our chat too. I'm sharing your profile with Dr. Lisa Grant, our Head of Analytics, and will circle back within the next couple of weeks with next steps.

Have a great weekend!
""", parent="ver4")
    case.promise("ver", "ver5", kevin.email, "2026-04-03")

    # ======================================================================
    # Hunters Andinos (Bogotá headhunter)
    # ======================================================================
    add("hunt", felipe, [me], at("2026-03-03 10:15"), """
Buenos días, Daniela. Cordial saludo.

Mi nombre es Felipe Castaño, consultor senior de Hunters Andinos. Estamos adelantando un proceso confidencial para una compañía del sector asegurador en Bogotá que busca un(a) Analytics Lead, y su perfil en LinkedIn nos pareció muy pertinente.

¿Tendría disponibilidad para una llamada corta el jueves 5 de marzo a las 11:00 a. m.? Si le queda mejor otro horario, con gusto me ajusto.

Quedo atento.
""", subject="Oportunidad Analytics Lead – sector asegurador (confidencial)")
    reply("hunt2", me, [felipe], "2026-03-03 12:40", """
Buenas tardes, Felipe. Cordial saludo.

Muchas gracias por tenerme en cuenta. El jueves 5 de marzo a las 11:00 a. m. me queda bien; mi celular es 310 555 0187.

Quedo atenta,
Daniela Restrepo Gómez
""", "hunt")
    case.meeting("hunt", at("2026-03-05 11:00"), None, met=[felipe.email],
                 what="phone call, no end given; thanked in Spanish only, stale by now")
    reply("hunt3", me, [felipe], "2026-03-05 12:30", """
Felipe, buenas tardes.

Muchas gracias por la llamada de hoy. Como quedamos, le adjunto mi hoja de vida; en la segunda página están los proyectos de cobranza y alertas tempranas de los que hablamos.

Quedo atenta,
""" + SIG_ES, "hunt2", attachments=[CV])
    case.application("hunt", "hunt3", to=felipe.email, answered_by="hunt4")
    reply("hunt4", felipe, [me], "2026-03-05 15:20", """
Gracias, Daniela. Recibida.

Presento su perfil al cliente esta semana y le escribo el jueves 12 con la retroalimentación.
""", "hunt3")
    case.promise("hunt", "hunt4", felipe.email, "2026-03-12", answered_by="hunt5")
    reply("hunt5", felipe, [me], "2026-03-11 17:45", """
Buenas tardes, Daniela.

Le cuento que el cliente decidió congelar la posición por una reestructuración interna, así que por ahora no vamos a avanzar. Lamento no traerle mejores noticias; su perfil queda en nuestra base y la contactaré si se abre algo similar.

Saludos,
""", "hunt4")

    # ======================================================================
    # Her own bank (not job search)
    # ======================================================================
    hr_start, hr_end = at("2026-04-09 14:00"), at("2026-04-09 15:00")
    hr_teams = teams("altiplano-entrevista", "265 113 480 907", "Lm3Qz8")
    hr_desc = ("Buenos días. Los convoco a la entrevista técnica del candidato Sebastián Molina "
               "para la vacante de Analista de Datos Junior de la Gerencia de Riesgo de Crédito.\n"
               "Dani, por favor prepara el caso práctico de SQL como en los procesos anteriores. "
               "La hoja de vida la comparto en correo aparte.\n"
               "Sala Monserrate (piso 7) o Teams.\nMarcela\n\n" + hr_teams)
    add("hr_inv", marcela, [me, hernan], at("2026-04-06 09:10"), hr_desc, sig=False,
        subject="Entrevista técnica – Analista de Datos Jr. | Candidato: Sebastián Molina",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "altiplano-entrevista"),
                     stamp=at("2026-04-06 09:10"), start=hr_start, end=hr_end,
                     summary="Entrevista técnica – Analista de Datos Jr. | Candidato: Sebastián "
                             "Molina",
                     organizer=marcela, tzid="SA Pacific Standard Time",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (hernan, "ACCEPTED", "INDIVIDUAL"),
                                (("Sala Monserrate - Piso 7",
                                  "sala.monserrate@bancoaltiplano.com.co"), "ACCEPTED", "ROOM")],
                     location="Sala Monserrate - Piso 7; Reunión de Microsoft Teams",
                     description=hr_desc, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    case.meeting("hr_inv", hr_start, hr_end, met=[marcela.email, hernan.email], job=False,
                 what="Daniela interviews a candidate at her own bank")
    add("hr_cv", marcela, [me], at("2026-04-06 09:14"), """
Dani, te comparto la hoja de vida del candidato del jueves. ¡Gracias!

________________________________
De: Sebastián Molina <sebas.molina.a@gmail.com>
Enviado: miércoles, 1 de abril de 2026 18:22
Para: Marcela Jiménez <marcela.jimenez@bancoaltiplano.com.co>
Asunto: Hoja de vida – Sebastián Molina (Analista de Datos Jr.)

Buenas tardes, señora Marcela.

Adjunto mi hoja de vida para el proceso de Analista de Datos Junior, según lo conversado por teléfono.

Quedo atento,
Sebastián Molina Arias
Cel. 320 555 0151
""", subject="RV: Hoja de vida – Sebastián Molina (Analista de Datos Jr.)",
        attachments=[("HV_Sebastian_Molina.pdf", "application/pdf", make_pdf([
            "Sebastian Molina Arias", "Ingeniero Industrial - 2024",
            "Practicante de analitica, Seguros del Parque (2024-2025)",
            "SQL, Excel, Power BI, Python basico"]))])
    reply("hr_cv2", marcela, [me], "2026-04-10 08:30", """
Dani, buen día. ¿Me compartes tu evaluación del candidato en el formato antes del martes? Hernán ya mandó la suya.

Gracias,
""", "hr_cv")
    reply("hr_cv3", me, [marcela], "2026-04-13 17:40", """
Marce, te adjunto la evaluación. En resumen: muy bien en SQL, flojo en estadística; recomiendo pasarlo a la siguiente etapa con una prueba corta de regresión.

Dani
""", "hr_cv2", attachments=[("Evaluacion_S_Molina.pdf", "application/pdf", make_pdf([
        "Evaluacion tecnica - Sebastian Molina", "SQL: 4/5  Estadistica: 2/5  Comunicacion: 4/5",
        "Recomendacion: continuar con prueba de regresion"]))])

    add("boss1", hernan, [me], at("2026-03-26 07:50"), """
Dani, buenos días. Para el comité de riesgo del martes 31 necesito el informe de mora por segmento con corte a febrero, con el comparativo contra presupuesto. ¿Me lo puedes tener para el viernes?

Gracias.
Hernán

Enviado desde mi iPhone
""", subject="Informe mora por segmento – comité del martes")
    reply("boss1b", me, [hernan], "2026-03-26 08:30", """
Hola Hernán, listo. Te lo envío el viernes en la tarde.

Dani
""", "boss1")
    case.own_promise("boss1", "boss1b", to=hernan.email, last_day="2026-03-27",
                     kept_by="boss1c", job=False)
    reply("boss1c", me, [hernan], "2026-03-27 16:45", """
Hernán, te adjunto el informe de mora por segmento con corte a febrero. El segmento pyme sigue siendo el que más se desvía del presupuesto (+38 pb); en personas estamos en línea.

Quedo pendiente de tus comentarios.

Dani
""", "boss1b", attachments=[("Informe_mora_segmento_feb2026.pdf", "application/pdf", make_pdf([
        "Informe de mora por segmento - corte febrero 2026",
        "Pyme: 6.1% (+38 pb vs presupuesto)", "Personas: 3.4% (en linea)"]))])
    reply("boss1d", hernan, [me], "2026-03-27 18:10", """
Gracias Dani, excelente. Lo reviso el lunes con calma.

Enviado desde mi iPhone
""", "boss1c")
    case.promise("boss1", "boss1d", hernan.email, "2026-03-30", job=False)

    add("boss2", me, [hernan], at("2026-04-08 11:05"), """
Hernán, buen día.

Te quería pedir vacaciones del 15 al 26 de junio (10 días hábiles). El informe del comité de junio lo dejaría listo antes, y Camilo ya sabe cómo correr los tableros semanales.

¿Me confirmas si hay algún problema?

Gracias,
Dani
""", subject="Vacaciones junio")
    reply("boss2b", hernan, [me], "2026-04-09 19:30", """
Dani, en principio no veo problema. Te confirmo el lunes, que tengo que cuadrarlo con Gestión Humana porque Camilo también pidió esa semana.

Hernán

Enviado desde mi iPhone
""", "boss2")
    case.promise("boss2", "boss2b", hernan.email, "2026-04-13", job=False)

    rv_start, rv_end = at("2026-04-13 15:00"), at("2026-04-13 16:30")
    rv_desc = ("Revisión de indicadores de riesgo de crédito del primer trimestre antes del "
               "comité de abril. Traer cifras de mora, castigos y recuperaciones.\n\n"
               + teams("altiplano-revision", "219 804 337 561", "Xp2Wd6"))
    add("review", hernan, [me], at("2026-04-07 16:00"), rv_desc, sig=False,
        subject="Revisión trimestral – indicadores de riesgo Q1",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "altiplano-revision"),
                     stamp=at("2026-04-07 16:00"), start=rv_start, end=rv_end,
                     summary="Revisión trimestral – indicadores de riesgo Q1", organizer=hernan,
                     tzid="SA Pacific Standard Time",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("Camilo Prieto", "camilo.prieto@bancoaltiplano.com.co"),
                                 "NEEDS-ACTION", "INDIVIDUAL"),
                                (("Sala Guadalupe - Piso 7",
                                  "sala.guadalupe@bancoaltiplano.com.co"), "ACCEPTED", "ROOM")],
                     location="Sala Guadalupe - Piso 7", description=rv_desc,
                     prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    case.meeting("review", rv_start, rv_end, met=[hernan.email], job=False,
                 what="quarterly review at her current job")

    nom_text = """
Apreciado(a) colaborador(a):

Adjunto encontrará su comprobante de pago de nómina correspondiente al período 16/03/2026 – 31/03/2026.

El archivo está protegido; la contraseña es su número de documento de identidad, sin puntos.

Gestión Humana – Nómina
Banco del Altiplano
"""
    add("nomina", nomina, [me], at("2026-03-31 18:02"), nom_text,
        subject="Comprobante de pago de nómina – marzo 2026 (2.ª quincena)",
        html=html_of(nom_text), html_only=True, headers=AUTO,
        attachments=[("Comprobante_nomina_2026-03-31.pdf", "application/pdf", make_pdf([
            "Banco del Altiplano - Comprobante de pago", "Periodo: 16/03/2026 - 31/03/2026"]))])

    # ======================================================================
    # Noise
    # ======================================================================
    def notice(key, sender, when, subject, text, bulk=None):
        headers = dict(AUTO)
        if bulk:
            headers = bulk_headers(*bulk)
        add(key, sender, [me], at(when, sender), text, subject=subject,
            html=html_of(text, subject), html_only=True, headers=headers)

    notice("rappi1", rappi, "2026-03-06 20:41", "¡Tu pedido va en camino! 🛵", """
¡Hola, Daniela!

Tu pedido de Sushi Fusión 93 ya va en camino.

2 x Roll Acevichado
1 x Gyozas de cerdo (6 und.)
Domicilio: $0 con Rappi Prime
Total: $78.900

Tu Rappi llega en 25-35 min a Cra. 19 # 104-31, apto 502.
""")
    notice("rappi2", rappi, "2026-03-28 13:12", "Tu pedido de Turbo fue entregado ✅", """
¡Listo, Daniela! Entregamos tu pedido de Rappi Turbo.

Leche deslactosada x 6, pan tajado integral, aguacate hass x 3, café de origen Huila 500 g.
Total pagado: $64.350 (Mastercard •••• 2291)

¿Cómo estuvo tu pedido? Califícalo en la app.
""")
    notice("rappi3", rappi, "2026-04-12 19:55", "Tu factura electrónica – pedido #58120447", """
Hola, Daniela.

Adjuntamos la factura electrónica de tu pedido #58120447 en Crepes del Parque (domingo 12 de abril).
Total: $52.800

Gracias por pedir con Rappi.
""")
    notice("bc1", bancol_ext, "2026-02-20 06:10", "Tu extracto de Cuenta de Ahorros de enero ya está disponible", """
Daniela, tu extracto de la Cuenta de Ahorros terminada en 8830, correspondiente a enero de 2026, ya está disponible en la Sucursal Virtual Personas y en la app Bancolombia.

Recuerda: Bancolombia nunca te pedirá claves ni códigos por correo electrónico.
""")
    notice("bc2", bancol_ext, "2026-03-20 06:10", "Tu extracto de Cuenta de Ahorros de febrero ya está disponible", """
Daniela, ya puedes consultar el extracto de tu Cuenta de Ahorros *8830 del mes de febrero de 2026 en la app o en la Sucursal Virtual Personas.

Si tienes dudas, comunícate con la Sucursal Telefónica: (601) 343 0000.
""")
    notice("bc3", bancol, "2026-04-07 12:33", "Alertas y Notificaciones: Transferencia realizada", """
Bancolombia le informa Transferencia por $420.000 desde cta *8830 a cta *4471 el 07/04/2026 a las 12:33. Si tiene inquietudes comuníquese con nosotros.
""")
    notice("bc4", bancol, "2026-04-10 07:58", "Alertas y Notificaciones: Compra aprobada", """
Bancolombia le informa Compra por $289.000 en PULSO INDOOR CYCLING 10/04/2026 07:58. T.Cred *2291. Inquietudes al 018000931987.
""")

    notice("pulso1", pulso, "2026-03-25 20:05", "Reserva confirmada: Power Ride – sáb 28 mar, 8:00 a. m.", """
¡Hola, Dani! Tu bici está lista 🚴‍♀️

Clase: Power Ride con Juanpa
Fecha: sábado 28 de marzo, 8:00 a. m. (45 min)
Sede: Usaquén – Calle 119 # 6-24
Bici: #14

Puedes cancelar sin penalidad hasta 12 horas antes.
""")
    case.meeting("pulso1", at("2026-03-28 08:00"), at("2026-03-28 08:45"), job=False,
                 what="spinning class")
    notice("pulso2", pulso, "2026-04-08 21:30", "Reserva confirmada: Rhythm Ride – sáb 11 abr, 9:00 a. m.", """
¡Hola, Dani! Tu bici está lista 🚴‍♀️

Clase: Rhythm Ride con Majo
Fecha: sábado 11 de abril, 9:00 a. m. (45 min)
Sede: Usaquén – Calle 119 # 6-24
Bici: #9

Puedes cancelar sin penalidad hasta 12 horas antes.
""")
    case.meeting("pulso2", at("2026-04-11 09:00"), at("2026-04-11 09:45"), job=False,
                 what="spinning class")
    notice("pulso3", pulso, "2026-04-09 09:00", "Tu paquete de 8 clases vence el 30 de abril ⏳", """
Dani, te quedan 3 clases de tu paquete de 8 y vence el 30 de abril.

Renueva esta semana con 15% de descuento usando el código RUEDA15.

Nos vemos en la bici,
Equipo Pulso
""", bulk=("<promos.pulsocycling.co>", "https://pulsocycling.co/baja?u=dr8830"))

    # spinning with a friend
    add("cami1", camila, [me], at("2026-03-25 19:40"), """
Dani, reservé en Pulso para el sábado a las 8, la de Juanpa. ¿Reservas tú también y después desayunamos? 🥐
""", subject="¿spinning el sábado?")
    reply("cami1b", me, [camila], "2026-03-25 20:12", """
¡Hágale! Ya reservé, bici 14 😅 Y sí, desayuno obligatorio después.
""", "cami1")

    add("cumple", camila, [me, caro, sofi], at("2026-04-10 12:30"), """
¡Hola, niñas! 🥳

Este sábado 18 celebro mis 30 en Salvo Patria (Chapinero), a las 8 p. m. Confírmenme porfa antes del miércoles para hacer la reserva 💃

Cami
""", subject="Cumple 30 de Cami 🎂")
    reply("cumple2", caro, [camila, me, sofi], "2026-04-10 12:51", """
¡Obvio voy! ¿Llevo a Mateo?
""", "cumple")
    reply("cumple3", me, [camila, caro, sofi], "2026-04-10 13:05", """
¡Ay sí, cuenta conmigo! 🎉 Y claro que Mateo, Caro jajaja
""", "cumple2")
    reply("cumple4", sofi, [camila, me, caro], "2026-04-11 09:20", """
Yo llego un poquito tarde porque tengo matrimonio de una prima, pero llego!! 💕

Enviado desde mi Samsung Galaxy
""", "cumple3", sig=False)
    case.meeting("cumple", at("2026-04-18 20:00"), None, status="scheduled", job=False,
                 what="friend's birthday dinner")

    # mother
    add("mama1", gloria, [me], at("2026-03-01 10:22"), """
Mija lea esto y no conteste llamadas raras!!!!

________________________________
De: Amparo Gómez <amparogomez.v@hotmail.com>
Enviado: sábado, 28 de febrero de 2026 19:40
Asunto: RV: RV: ⚠️⚠️ MUY IMPORTANTE ⚠️⚠️

⚠️ NO CONTESTEN llamadas que digan ser del banco pidiendo el código que llega por mensaje de texto!!! Ya le robaron a una señora del edificio de mi comadre más de 3 millones. Reenvíalo a todos tus contactos, la policía lo confirmó.
""", subject="RV: RV: RV: ⚠️⚠️ MUY IMPORTANTE ⚠️⚠️")
    add("mama2", gloria, [me], at("2026-03-16 07:05"), """
Mija, se la mandó la tía Amparo. Rézela con fe, que el 19 es el día de San José 🙏🙏 Besos

________________________________
De: Amparo Gómez <amparogomez.v@hotmail.com>
Enviado: domingo, 15 de marzo de 2026 21:10
Asunto: Oración a San José para conseguir trabajo 🙏

Glorioso San José, tú que fuiste trabajador incansable, intercede por quienes buscan un empleo digno...
""", subject="RV: Oración a San José para conseguir trabajo 🙏🙏")
    reply("mama2b", me, [gloria], "2026-03-16 08:12", """
Ay mami jajaja gracias, la voy a rezar. Besos 😘
""", "mama2")
    add("mama3", gloria, [me], at("2026-03-20 18:40"), """
Mija, ¿al fin se va con nosotros a Villa de Leyva en Semana Santa? Su papá quiere salir el jueves 2 tempranito para no coger trancón. Me avisa.

Besos, mamá
""", subject="Semana Santa 🌿")
    reply("mama3b", me, [gloria], "2026-03-21 09:15", """
Mami, sí voy, pero le confirmo el miércoles 1 si puedo salir con ustedes el jueves o si me toca llegar el viernes, porque tengo que mirar unas cosas del trabajo. Besos
""", "mama3")
    case.own_promise("mama3", "mama3b", to=gloria.email, last_day="2026-04-01",
                     kept_by="mama3c", job=False)
    reply("mama3c", me, [gloria], "2026-03-31 20:30", """
Mami, listo: salgo con ustedes el jueves. ¿A qué hora paso por la casa?
""", "mama3b")
    reply("mama3d", gloria, [me], "2026-03-31 21:02", """
A las 6:30 am mija, no se me vaya a quedar dormida 😘
""", "mama3c")
    add("mama4", gloria, [me], at("2026-04-11 08:14"), """
Para que la haga un domingo, le queda delicioso 😋

________________________________
De: Amparo Gómez <amparogomez.v@hotmail.com>
Enviado: viernes, 10 de abril de 2026 20:05
Asunto: Receta ajiaco santafereño

Ingredientes: 3 clases de papa (criolla, pastusa y sabanera), pechuga, mazorca, guascas, alcaparras y crema de leche. Lo importante son las guascas!!
""", subject="RV: Receta de la tía Amparo: ajiaco santafereño 🍲")

    add("mama5", gloria, [me], at("2026-04-09 20:10"), """
Mija, ¿cómo le fue en la entrevista con los gringos? Su papá y yo prendimos la velita 🕯️
""", subject="¿Cómo le fue?")
    reply("mama5b", me, [gloria], "2026-04-09 21:02", """
Bien mami, creo que bien 🤞 Eran tres y uno llegó tarde, pero todo fluyó. Ahora a esperar.
""", "mama5")
    reply("mama5c", gloria, [me], "2026-04-09 21:15", """
Dios quiera mija 🙏 Duerma temprano
""", "mama5b")

    # dentist
    add("dent", dentist, [me], at("2026-03-24 10:00"), """
Buenos días, Daniela.

Le recordamos su cita de control con la Dra. Liliana Pardo el jueves 26 de marzo a las 7:00 a. m. en Calle 127 # 20-78, consultorio 305.

Por favor confirme su asistencia respondiendo este correo.

Yuli – Recepción
Odontología Dra. Liliana Pardo
Tel. 601 555 0133
""", subject="Recordatorio de cita – jueves 26 de marzo, 7:00 a. m.")
    reply("dent2", me, [dentist], "2026-03-24 12:10", """
Buenos días. Confirmo la cita del jueves. Muchas gracias.

Daniela Restrepo
""", "dent")
    case.meeting("dent", at("2026-03-26 07:00"), None, job=False, what="dental check-up")
    reply("dent3", dentist, [me], "2026-03-26 11:20", """
Buenos días, Daniela. Como le comentó la doctora, le enviamos el presupuesto del tratamiento de ortodoncia invisible a más tardar el viernes 27 de marzo.

Yuli – Recepción
""", "dent2")
    case.promise("dent", "dent3", dentist.email, "2026-03-27", job=False)
    reply("dent4", dentist, [me], "2026-03-27 16:40", """
Daniela, buenas tardes. Adjunto el presupuesto. Cualquier inquietud con gusto la atendemos.

Yuli – Recepción
""", "dent3", attachments=[("Presupuesto_ortodoncia_DRestrepo.pdf", "application/pdf", make_pdf([
        "Odontologia Dra. Liliana Pardo - Presupuesto", "Ortodoncia invisible (18 meses)",
        "Valor total: $9.800.000 - financiable a 12 cuotas"]))])

    li_msg = Person("LinkedIn", "messages-noreply@linkedin.com", BOG, "auto")
    notice("limsg", li_msg, "2026-02-23 18:47", "Jessica Alvarez te envió un mensaje nuevo", """
Jessica Alvarez
Senior Technical Recruiter at Corallo Payments

"Hi Daniela! I'm hiring a Data Scientist for our Credit Risk team (remote, LatAm) and your background looks like a great match..."

Ver mensaje
""")
    add("dlsurvey", valentina, [natalia, me], at("2026-04-06 10:30"), """
¡Hola, Natalia y Daniela!

Ya casi cumplimos un mes del arranque del programa. ¿Nos ayudan con esta encuesta de dos minutos sobre cómo va la mentoría? https://forms.gle/dL8mentorias2026

¡Gracias!
""", subject="¿Cómo va la mentoría? Encuesta corta 📝")
    notice("cours2", coursera, "2026-04-05 09:00", "Recommended for you: Machine Learning in Production", """
Hi Daniela,

Based on your recent course, you might like:
- Machine Learning in Production (DeepLearning.AI)
- Bayesian Statistics: From Concept to Data Analysis
- Survival Analysis in R for Public Health

Start learning today.
""", bulk=("<recs.coursera.org>", "https://www.coursera.org/account-settings"))

    # newsletters and alerts
    notice("egres1", egresados, "2026-03-26 10:00",
           "Boletín Egresados | Marzo 2026: egresada destacada, feria laboral virtual y más", """
BOLETÍN EGRESADOS – MARZO 2026
Universidad de los Cerros

EGRESADA DESTACADA
Paula Ríos (Estadística, 2016) es Senior Data Scientist en Kuna Salud, donde lidera modelos de riesgo clínico para prevenir hospitalizaciones evitables. Paula hace parte de nuestra Red de Mentores Egresados: si quieres conversar con ella sobre su carrera, escríbele a paula.rios@kunasalud.co.

FERIA LABORAL VIRTUAL
22 y 23 de abril. Más de 60 empresas con vacantes para egresados: analítica, ingeniería, finanzas y salud. Inscríbete y sube tu hoja de vida en la plataforma.

CURSOS DE EXTENSIÓN
Machine learning aplicado, Power BI avanzado y Gerencia de proyectos ágiles: 20% de descuento para egresados.
""", bulk=("<boletin.unicerros.edu.co>", "https://egresados.unicerros.edu.co/baja?e=dr2020"))
    notice("egres2", egresados, "2026-04-09 10:00",
           "Boletín Egresados | Abril 2026: becas de maestría y encuentro de egresados", """
BOLETÍN EGRESADOS – ABRIL 2026

Convocatoria de becas parciales para maestrías en Analítica y Ciencia de Datos: cierre el 15 de mayo.
Encuentro de egresados de Ciencias: viernes 8 de mayo, 6:00 p. m., auditorio central.
Recuerda que la Feria Laboral Virtual es el 22 y 23 de abril.
""", bulk=("<boletin.unicerros.edu.co>", "https://egresados.unicerros.edu.co/baja?e=dr2020"))
    notice("dlnews", dl_news, "2026-04-01 11:00",
           "DataLatinas | Abril: meetup ML en banca, vacantes de la comunidad y convocatoria de charlas", """
¡Hola, comunidad!

MEETUP DE ABRIL: Machine learning en banca, del notebook a producción. Jueves 23 de abril, 6:30 p. m., Bogotá (y streaming).

VACANTES COMPARTIDAS POR LA COMUNIDAD
• Data Scientist – riesgo de crédito (remoto, Colombia)
• Analytics Engineer – e-commerce (Medellín)
• ML Engineer Sr. – logística (híbrido, Bogotá)

CONVOCATORIA DE CHARLAS para el encuentro anual: cierra el 30 de abril.

Con cariño,
Equipo DataLatinas
""", bulk=("<boletin.datalatinas.org>", "https://datalatinas.org/baja?u=drg"))
    for key, when, subj, jobs in [
        ("li1", "2026-03-02 07:30", "“científico de datos”: 14 empleos nuevos en Bogotá",
         "Científico de Datos Sr. – Rappi · Bogotá\nData Scientist – Nequi · Medellín (híbrido)\n"
         "Científico(a) de Datos – Riesgo – Nubia · Bogotá\nAnalista de Modelos Cuantitativos – "
         "Davivienda · Bogotá"),
        ("li2", "2026-03-23 07:30", "“data scientist”: 9 empleos nuevos en Bogotá, D.C.",
         "Data Scientist, Member Analytics – Veranda Health · Remoto\nData Scientist – Addi · "
         "Bogotá\nMachine Learning Engineer – Truora · Remoto"),
        ("li3", "2026-04-13 07:30", "“científico de datos”: 11 empleos nuevos en Bogotá",
         "Data Scientist II – Kuna Salud · Bogotá\nCientífico de Datos – Grupo Aval · Bogotá\n"
         "Senior Data Scientist – Mercado Libre · Remoto")]:
        notice(key, linkedin, when, subj, "Empleos que coinciden con tu alerta:\n\n" + jobs +
               "\n\nVer todos los empleos\nEstás recibiendo alertas de empleo de LinkedIn. "
               "Gestionar alertas.",
               bulk=("<jobs.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts"))
    notice("ctrab", computrabajo, "2026-03-11 06:45", "Daniela, estas ofertas te pueden interesar", """
Ofertas recomendadas para ti:

Analista de Datos Sr. – Sector financiero – Bogotá – $7.500.000
Científico(a) de Datos – Retail – Bogotá – A convenir
Analista de Riesgo de Crédito – Cooperativa – Bogotá – $5.200.000

Postúlate hoy.
""", bulk=("<ofertas.computrabajo.com.co>", "https://co.computrabajo.com/baja"))
    notice("cours", coursera, "2026-03-15 14:02", "Congratulations, Daniela! You completed A Crash Course in Causality", """
Congratulations, Daniela!

You've completed A Crash Course in Causality: Inferring Causal Effects from Observational Data. Share your certificate on LinkedIn to show your network what you've learned.

Keep learning,
The Coursera Team
""")

    # ======================================================================
    # Threads
    # ======================================================================
    T = case.thread
    T("cor1", True, "recruiter", "Corallo Payments",
      "intro call Mon Mar 2 10:30-11:00 ET, thanked at noon; take-home sent Mar 16, Daniela's "
      "own 'by Sunday, March 22' kept on Sat Mar 21; Jessica's 'by Friday, April 3' answered on "
      "Mar 31 in a new thread")
    T("cor2", True, "interview", "Corallo Payments",
      "panel scheduling: 'Thursday, April 9 at 10:00 AM ET works'; Jessica's Apr 10 update "
      "promises a decision by Fri Apr 17 (still open), mentions two other candidates")
    T("cor_inv", True, "interview", "Corallo Payments",
      "Google Calendar invite: panel Thu Apr 9 10:00-11:30 EDT (09:00-10:30 Bogotá), Priya and "
      "Ryan as attendees, a room, Tomás Herrera named without address, joined late; only Ryan "
      "thanked; Daniela has not written to Jessica since")
    T("ryan1", True, "interview", "Corallo Payments",
      "thank-you to Ryan in a new thread, mentions Tomás joining late; Ryan's short reply")
    T("cq0", True, "networking", "Cuántica Crédito",
      "university friend (gmail) refers her at Cuántica; CV sent to him, he answered; his Apr 8 "
      "note is from gmail, not the company")
    T("cq1", True, "interview", "Cuántica Crédito",
      "recruiter sets a 'conversación' with Julián; Mar 25 'le estaremos informando la próxima "
      "semana' (Mar 30-Apr 3), other candidates mentioned; nothing from Cuántica since")
    T("cq_inv", True, "interview", "Cuántica Crédito",
      "Teams invite (SA Pacific Standard Time) Tue Mar 24 15:00-16:00 with Julián; organiser "
      "Laura not in it")
    T("cq_thx", True, "interview", "Cuántica Crédito",
      "Daniela's note to Julián the same afternoon (Spanish, 'agradecerle'); his reply")
    T("alt1", True, "recruiter", "Altamar Talent",
      "Madrid recruiter: call Thu Mar 12 16:00 Madrid = 10:00 Bogotá (no end); CV sent and "
      "answered; client Bravía; interview moved twice; Daniela promised salary expectation and "
      "references by Fri Apr 10 and has not written since")
    T("alt_inv", True, "interview", "Bravía Seguros",
      "Outlook/Teams invite (Romance Standard Time) Mar 31 17:00, moved to Apr 7, then to Thu "
      "Apr 16 16:30 Madrid (09:30 Bogotá), after now")
    T("dl1", True, "networking", "DataLatinas",
      "mentoring intro by the programme coordinator; Meet with Natalia Thu Mar 19 18:00, thanked "
      "at 21:15 ('thank you!'), Natalia's reply Mar 20 07:42 is the last exchange")
    T("kuna", True, "networking", "Kuna Salud",
      "alumna from the newsletter; 15-minute ask; Meet Wed Apr 8 12:30-13:00; 'mil gracias' "
      "only before it; Paula's link afterwards; no thank-you")
    T("prad0", True, "application", "Pradera Retail S.A.S.", "elempleo.com acknowledgement")
    T("prad1", True, "interview", "Pradera Retail S.A.S.",
      "HR invites (interviewer in cc), Teams link in text; interview Tue Apr 7 08:00-09:00 with "
      "Jorge Iván; Daniela thanked only Sandra for arranging it; Sandra's 'a más tardar el "
      "viernes 17 de abril' ended by her rejection Mon Apr 13")
    T("vert", True, "application", "Vértice Salud",
      "CV sent Tue Mar 31 to the analytics manager; only an out-of-office reply (back Apr 7); "
      "nothing since")
    T("lumb", True, "application", "Lumbre",
      "CV to the CTO Apr 1; People answered Apr 6 (role paused, no date)")
    T("nub1", True, "application", "Nubia", "Greenhouse acknowledgement (portal only)")
    T("nub2", True, "rejection", "Nubia", "Greenhouse automated rejection")
    T("verl", True, "application", "Veranda Health", "Lever acknowledgement")
    T("ver", True, "recruiter", "Veranda Health",
      "recruiter call Fri Mar 20 14:00-14:30 ET (13:00 Bogotá), thanked; 'circle back within the "
      "next couple of weeks' (to Apr 3); nothing from Veranda since")
    T("hunt", True, "recruiter", "Hunters Andinos",
      "headhunter call Thu Mar 5 11:00; CV sent and acknowledged; 'le escribo el jueves 12' kept "
      "on Wed Mar 11 (position frozen)")
    T("hr_inv", False, None, "Banco del Altiplano",
      "her own bank: she interviews a junior candidate Thu Apr 9 14:00-15:00")
    T("hr_cv", False, None, "Banco del Altiplano",
      "HR forwards the candidate's CV; asks for her evaluation, sent Apr 13")
    T("boss1", False, None, "Banco del Altiplano", "report for her manager, promised and sent")
    T("boss2", False, None, "Banco del Altiplano",
      "holiday request; manager's 'te confirmo el lunes' (Apr 13) open")
    T("review", False, None, "Banco del Altiplano", "quarterly review Mon Apr 13 (Outlook)")
    T("nomina", False, None, "Banco del Altiplano", "payslip")
    for k, co, n in [("rappi1", "Rappi", "order"), ("rappi2", "Rappi", "order"),
                     ("rappi3", "Rappi", "invoice"), ("bc1", "Bancolombia", "statement"),
                     ("bc2", "Bancolombia", "statement"), ("bc3", "Bancolombia", "transfer alert"),
                     ("bc4", "Bancolombia", "card alert"),
                     ("pulso1", "Pulso Indoor Cycling", "class booking Sat Mar 28"),
                     ("pulso2", "Pulso Indoor Cycling", "class booking Sat Apr 11"),
                     ("pulso3", "Pulso Indoor Cycling", "promotion")]:
        T(k, False, None, co, n)
    T("cami1", False, None, None, "friend: spinning on Saturday")
    T("cumple", False, None, None, "friend's birthday dinner Sat Apr 18")
    T("mama1", False, None, None, "mother's forwarded chain")
    T("mama2", False, None, None, "mother's forwarded prayer for finding work")
    T("mama3", False, None, None, "Semana Santa trip with her parents")
    T("mama4", False, None, None, "mother's forwarded recipe")
    T("dent", False, None, "Odontología Dra. Liliana Pardo",
      "dental check-up Mar 26; budget promised by Fri Mar 27 and sent")
    T("egres1", False, None, "Universidad de los Cerros", "alumni newsletter (names Paula)")
    T("egres2", False, None, "Universidad de los Cerros", "alumni newsletter")
    T("dlnews", False, None, "DataLatinas", "network newsletter with job posts")
    T("li1", False, None, "LinkedIn", "job alert")
    T("li2", False, None, "LinkedIn", "job alert")
    T("li3", False, None, "LinkedIn", "job alert")
    T("ctrab", False, None, "Computrabajo", "job alert")
    T("cours", False, None, "Coursera", "course certificate (English)")
    T("cours2", False, None, "Coursera", "course recommendations (English)")
    T("mama5", False, None, None, "mother asks how the interview went")
    T("limsg", False, None, "LinkedIn", "notification of Jessica's InMail")
    T("dlsurvey", True, "networking", "DataLatinas",
      "coordinator's survey to mentor and mentee; not an exchange between Daniela and Natalia")

    # ======================================================================
    # Labels
    # ======================================================================
    E = case.expect
    E("thank_you", "cor_inv", "priya.nair@corallopay.com",
      "panelist (take-home walkthrough) on Thu Apr 9 09:00-10:30 Bogotá; only Ryan was thanked; "
      "overdue since Apr 10 10:30")
    E("ask_for_address", "cor_inv", jessica.email,
      "Tomás Herrera joined the panel late and his address appears nowhere; Jessica arranged "
      "it and Daniela has not written to her since the panel")
    E("callback", "cq1", laura.email,
      "'le estaremos informando la próxima semana' (said Wed Mar 25: Mar 30-Apr 3); nothing from "
      "Cuántica since (the friend's Apr 8 note is from gmail); due end of Tue Apr 7",
      promised="2026-04-03")
    E("callback", "ver", kevin.email,
      "'circle back within the next couple of weeks' (Fri Mar 20, to Fri Apr 3); nothing from "
      "Veranda since (the Lever mail came before); due end of Tue Apr 7",
      promised="2026-04-03")
    E("own_promise", "alt1", lucia.email,
      "Daniela: 'le envío la expectativa salarial y los datos de las dos referencias a más tardar "
      "el viernes 10 de abril'; she has not written to Lucía since; due end of Apr 10")
    E("networking", "dl1", natalia.email,
      "mentoring meeting Mar 19; last exchange Natalia's reply Fri Mar 20 07:42; touch due end "
      "of Fri Apr 3")
    E("thank_you", "kuna", paula.email,
      "Meet Wed Apr 8 12:30-13:00 took place; 'mil gracias por sacar el tiempo' came before it; "
      "overdue since Apr 9 13:00")
    E("thank_you", "prad1", jorge.email,
      "interview Tue Apr 7 08:00-09:00; Daniela thanked Sandra for arranging it, never Jorge; the "
      "rejection of Apr 13 does not cancel a thank-you owed; overdue since Apr 8 09:00")
    E("application", "vert", monica.email,
      "CV sent Tue Mar 31; only an automatic out-of-office (back Apr 7) came back; 7 business "
      "days end Thu Apr 9")

    F = case.forbid
    F("cor_inv", ryan.email, "thanked on Apr 9 at 14:20 in a new thread (and he replied)")
    F("cor_inv", room[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    F("cor1", jessica.email,
      "intro call thanked Mar 2; her 'by Friday, April 3' was answered by her own Mar 31 mail in "
      "a new thread; Daniela's 'by Sunday, March 22' kept on Mar 21")
    F("alt_inv", alvaro.email,
      "interview moved twice (Mar 31, Apr 7) and now set for Thu Apr 16 09:30 Bogotá, after now")
    F("dl1", valentina.email, "programme coordinator who made the introduction; not at the "
      "mentoring meeting and promised nothing dated")
    F("prad1", sandra.email,
      "arranged the interview but was not in it; her 'a más tardar el viernes 17 de abril' was "
      "ended by her rejection on Apr 13")
    F("lumb", sebastian.email, "application of Apr 1 answered on Apr 6 by Diana from Lumbre "
      "(role paused, no date given)")
    F("nub2", gh.email, "automated Greenhouse rejection of a portal-only application")
    F("verl", lever.email, "automated Lever acknowledgement")
    F("cq0", andres.email, "the friend who referred her: not at the interview, promised "
      "nothing dated; he answered the CV she sent him")
    F("hunt", felipe.email, "'le escribo el jueves 12' kept on Wed Mar 11 (position frozen); "
      "his Mar 5 call is more than two weeks past")
    F("hr_inv", marcela.email, "interview at her current bank where Daniela is the interviewer; "
      "not her job search")
    F("boss2", hernan.email, "her manager's 'te confirmo el lunes' about holidays: current job, "
      "not job search")
    F("dent", dentist.email, "dental practice; the appointment and the budget promise (kept) "
      "are not job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
