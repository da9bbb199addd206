#!/usr/bin/env python3
"""Sealed case: Mariana Ochoa Rentería, logistics coordinator in Guadalajara (Jalisco),
looking for a supply-chain analyst or planner role.  Mailbox 2 March to 16 April 2026."""

import os
import sys
import datetime as dt
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403
from casekit import make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, Person, Case, run
from casekit import uid_google, uid_outlook, uid_uuid

NAME = "logistics-guadalajara"
MX = "America/Mexico_City"
CT = "America/Chicago"
AMS = "Europe/Amsterdam"

# --------------------------------------------------------------------------
# Spanish-language mail clients quote the way they do in Mexico
# --------------------------------------------------------------------------

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_ABBR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
MESES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
              "dic"]


def quote_es(replier, parent):
    t = parent.date.astimezone(replier.tz)
    ps = parent.sender
    qs = replier.qs
    if qs == "outlook_es":
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        head = ("De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s"
                % (ps.shown(), DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year,
                   t.strftime("%H:%M"), to, "CC: %s\n" % cc if cc else "", parent.subject))
        return "________________________________\n" + head + "\n\n" + parent.text
    if qs == "gmail_es":
        head = "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
            DIAS_ABBR[t.weekday()], t.day, MESES_ABBR[t.month - 1], t.year, t.strftime("%H:%M"),
            ps.name or ps.email, ps.email)
    elif qs == "apple_es":
        head = "El %d %s %d, a la(s) %s, %s escribió:" % (
            t.day, MESES_ABBR[t.month - 1], t.year, t.strftime("%H:%M"), ps.shown())
    else:  # the user's webmail, Spanish interface
        head = "El %s %02d/%02d/%d a las %s, %s escribió:" % (
            DIAS_ABBR[t.weekday()], t.day, t.month, t.year, t.strftime("%H:%M"), ps.shown())
    quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                       for line in parent.text.rstrip("\n").split("\n"))
    return head + "\n" + quoted + "\n"


TEAMS_LINE = "_" * 80


def teams_en(meeting_id, passcode, tid):
    return (TEAMS_LINE + "\nMicrosoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_" + tid + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + tid[:8] +
            "%22%7d>\nMeeting ID: " + meeting_id + "\nPasscode: " + passcode + "\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | "
            "Meeting options<https://teams.microsoft.com/meetingOptions/>\n" + TEAMS_LINE)


def teams_es(meeting_id, passcode, tid):
    return (TEAMS_LINE + "\nReunión de Microsoft Teams\n"
            "Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
            "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_" + tid + "%40thread.v2/0>\n"
            "Id. de reunión: " + meeting_id + "\nCódigo de acceso: " + passcode + "\n"
            "Descargar Teams<https://www.microsoft.com/es-mx/microsoft-teams/download-app> | "
            "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Más información<https://aka.ms/JoinTeamsMeeting> | "
            "Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n" + TEAMS_LINE)


OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"
OUTLOOK_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def pdf(lines):
    return make_pdf(lines)


CV_ES = pdf([
    "Mariana Ochoa Renteria",
    "Coordinadora de Logistica  |  Guadalajara, Jalisco",
    "Cel. 33 2841 6673  |  mariana.ochoa.r@example.com.mx",
    "",
    "EXPERIENCIA",
    "2022 - hoy   Coordinadora de Logistica, Distribuciones Mezquitan (Guadalajara)",
    "   Reabasto semanal de 2 almacenes (2,400 SKUs activos), conteos ciclicos,",
    "   paqueterias y transportistas; modelo de reabasto en Excel/Power Query + SAP B1.",
    "2019 - 2022  Analista de Trafico, Comercializadora Autlan (Zapopan)",
    "   Embarques nacionales y de exportacion via Nuevo Laredo.",
    "",
    "FORMACION",
    "Ing. Industrial, Universidad de Guadalajara (CUCEI), 2019",
    "Diplomado en Cadena de Suministro, ITESO, 2023",
    "",
    "HERRAMIENTAS: SAP Business One, Excel avanzado, Power Query, Power BI basico",
    "IDIOMAS: Espanol nativo, Ingles avanzado (TOEIC 865)",
])

CV_EN = pdf([
    "Mariana Ochoa Renteria",
    "Logistics Coordinator  |  Guadalajara, Mexico",
    "+52 33 2841 6673  |  mariana.ochoa.r@example.com.mx",
    "",
    "EXPERIENCE",
    "2022 - present  Logistics Coordinator, Distribuciones Mezquitan",
    "   Weekly replenishment for 2 warehouses (2,400 active SKUs); cycle counts;",
    "   carrier management; replenishment model in Excel/Power Query fed by SAP B1.",
    "   Cut stockouts in the top category by 18% in 2025.",
    "2019 - 2022     Traffic Analyst, Comercializadora Autlan",
    "   Domestic and cross-border shipments through Nuevo Laredo.",
    "",
    "EDUCATION: B.Sc. Industrial Engineering, Universidad de Guadalajara, 2019",
    "Supply Chain Diploma, ITESO, 2023",
    "LANGUAGES: Spanish (native), English (advanced, TOEIC 865)",
])

CV_KEVIN = pdf([
    "Kevin Ramirez Ledesma",
    "Auxiliar de Trafico  |  Tonala, Jalisco  |  33 1874 2290",
    "",
    "2023 - 2026  Auxiliar de embarques, Mueblera del Bajio",
    "2021 - 2023  Almacenista, Ferreteria Industrial Oblatos",
    "Bachillerato tecnico en logistica, CONALEP Tonala",
])

PLAN_GYM = pdf([
    "Vertice Fitness Providencia - Plan de entrenamiento",
    "Socia: Mariana Ochoa  |  Coach: Ivan Zuniga  |  11/04/2026",
    "InBody: 24.8% grasa  |  Masa muscular 23.1 kg",
    "Lunes: pierna + core  |  Martes: funcional  |  Miercoles: tren superior",
    "Jueves: cardio zona 2  |  Viernes: funcional  |  Sabado: movilidad",
])

XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(48)) + b"[Content_Types].xml" + b"\x00" * 40


def build():
    me = Person("Mariana Ochoa Rentería", "mariana.ochoa.r@example.com.mx", tz=MX,
                style="webmail", locale="es")
    me.qs = "webmail_es"
    now = dt.datetime(2026, 4, 16, 10, 15, tzinfo=ZoneInfo(MX))
    case = Case(
        NAME,
        "Mariana Ochoa Rentería, a logistics coordinator in Guadalajara, looking for a "
        "supply-chain analyst or planner role (Spanish and English mail, Mexico City, Texas "
        "and Amsterdam time); Thursday 16 April 2026, 10:15 CST",
        {"name": "Mariana Ochoa Rentería", "emails": [me.email], "phone": "+52 33 2841 6673",
         "timezone": MX},
        now,
        "")
    case.me = me
    T = lambda s: case.at(s)

    def M(key, sender, to, when, body, parent=None, **kw):
        qs = getattr(sender, "qs", None)
        if parent and qs and kw.get("quote", True):
            kw.pop("quote", None)
            use_sig = kw.pop("sig", True)
            p = case.by_key[parent]
            text = body.strip("\n") + "\n"
            if use_sig and sender.sig:
                text += "\n" + sender.sig.strip("\n") + "\n"
            text += "\n" + quote_es(sender, p)
            return case.add(key, sender, to, when, text, parent=parent, quote=False, sig=False,
                            **kw)
        return case.add(key, sender, to, when, body, parent=parent, **kw)

    def P(name, email, tz=MX, style="gmail", sig=None, qs=None, **kw):
        p = Person(name, email, tz=tz, style=style, sig=sig, **kw)
        p.qs = qs
        return p

    # ======================================================================
    # Brazos Nearshore Logistics (Laredo, Texas) – English, US Central time
    # ======================================================================
    kayla = P("Kayla Whitfield", "kayla.whitfield@brazosnearshore.com", CT, "outlook",
              region="namprd05", sig=(
                  "Kayla Whitfield\nTalent Acquisition Partner | Brazos Nearshore Logistics\n"
                  "5120 Bob Bullock Loop, Laredo, TX 78041\n"
                  "Office: (956) 555-0187 | brazosnearshore.com"))
    derek = P("Derek Haldane", "derek.haldane@brazosnearshore.com", CT, "outlook",
              region="namprd05", sig="Derek\n\nGet Outlook for iOS<https://aka.ms/o0ukef>")
    luis = P("Luis Treviño", "luis.trevino@brazosnearshore.com", CT, "outlook",
             region="namprd05")

    M("brz1", kayla, [me], "2026-03-09 15:40", """
Hi Mariana,

Thanks for applying to our Supply Chain Analyst opening on LinkedIn. I'm the recruiter supporting the role. It sits with the planning team and covers the inbound flow from our suppliers in Jalisco and Guanajuato into the Laredo DC, so your background at a distributor caught my eye.

Would you have 30 minutes for an initial conversation this week? Here's what I have open (all Central time):

- Thu 3/12 at 10:00 am or 2:00 pm
- Fri 3/13 at 9:30 am

Heads up: we sprang forward to daylight saving time yesterday, so Texas is now an hour ahead of Guadalajara.

Best,
""", subject="Supply Chain Analyst (Guadalajara / Laredo) – 30 min conversation?")
    M("brz2", me, [kayla], "2026-03-09 19:05", """
Hi Kayla,

Thank you for reaching out. Thursday 3/12 at 2:00 pm CT works for me, which is 1:00 pm here in Guadalajara (Mexico stopped changing its clocks a few years ago, so we'll stay an hour apart until November).

The best number to reach me is +52 33 2841 6673.

Best regards,
Mariana Ochoa Rentería
""", parent="brz1")
    M("brz3", kayla, [me], "2026-03-10 08:12", """
Hi Mariana,

Perfect. This email confirms our phone conversation on Thursday, March 12 from 2:00 to 2:30 pm Central (1:00 to 1:30 pm your time). I'll call you at +52 33 2841 6673.

Talk soon,
""", parent="brz2")
    M("brz4", me, [kayla], "2026-03-12 16:20", """
Hi Kayla,

Thank you for the call this afternoon and for walking me through how the planning team splits the work between Guadalajara and Laredo. The part about consolidating supplier shipments before the border is very close to what I do today with our carriers, so I'm even more interested after our conversation.

I've attached my résumé in English in case it's useful for Derek.

Best regards,
Mariana
""", parent="brz3", attachments=[("Mariana_Ochoa_Renteria_Resume_EN.pdf", "application/pdf",
                                  CV_EN)])
    M("brz5", kayla, [me], "2026-03-13 09:02", """
Thanks, Mariana, great talking with you too, and thanks for the English version of your résumé.

I'm sharing your profile with Derek Haldane, our Director of Supply Chain, today. I'll circle back with next steps by the end of next week.

Have a great weekend,
""", parent="brz4")
    M("brz6", kayla, [me], "2026-03-18 11:30", """
Hi Mariana,

Good news: Derek would like to meet you, together with Luis Treviño, our Senior Planning Manager. It would be over Teams, about an hour.

Derek is at the Laredo DC and then on a supplier trip for the next couple of weeks, so the earliest we can do is the week of April 6. Could you send me a few windows between Tue 4/7 and Thu 4/9, Central time?

Thanks!
""", parent="brz5")
    M("brz7", me, [kayla], "2026-03-18 20:15", """
Hi Kayla,

That's great news, thank you! These windows work for me (Central time):

- Tue 4/7: 9:00 am to 12:00 pm
- Wed 4/8: 10:00 am to 1:00 pm
- Thu 4/9: any time after 3:00 pm

Best,
Mariana
""", parent="brz6")
    M("brz8", kayla, [me], "2026-03-19 10:05", """
Locked in: Wednesday, April 8, 10:00 to 11:00 am CT (9:00 am for you). The Teams invite is coming from my calendar in a minute.

Just so you know, I won't be on the call myself; Derek and Luis will take the whole hour. Feel free to reach out to me before then with any questions.

Kayla
""", parent="brz7", sig=False)

    brz_desc = ("Hi Mariana,\n\nHere is the Teams link for your conversation with Derek Haldane "
                "(Director, Supply Chain) and Luis Treviño (Senior Planning Manager). Derek will "
                "start with the role and the team; Luis will go through a planning scenario with "
                "you in the second half.\n\nKayla\n\n" +
                teams_en("241 887 530 916", "Hq7sT2", "ZTk4MmY1NDAtY2Q2Mi00ODBi"))
    M("brzinv", kayla, [me, derek, luis], "2026-03-19 10:20", brz_desc, sig=False,
      subject="Brazos Nearshore | Supply Chain Analyst – Mariana Ochoa Rentería",
      ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "brazos-panel"),
                   stamp=case.at("2026-03-19 10:20", kayla),
                   start=case.at("2026-04-08 10:00", kayla), end=case.at("2026-04-08 11:00", kayla),
                   summary="Brazos Nearshore | Supply Chain Analyst – Mariana Ochoa Rentería",
                   organizer=kayla,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (derek, "NEEDS-ACTION", "INDIVIDUAL"),
                              (luis, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Microsoft Teams Meeting",
                   description=brz_desc, prodid=EXCHANGE_PRODID, extra=OUTLOOK_X),
      ics_mode="outlook")

    M("brzty1", me, [derek], "2026-04-08 12:40", """
Dear Derek,

Thank you for taking the time to meet with me this morning. I enjoyed hearing how the Laredo DC is getting ready for the new supplier base in El Salto and Lagos de Moreno, and it confirmed how much I'd like to be part of that work.

A few reasons I think I'd be a good fit for the role:

- Five years coordinating inbound freight and inventory for a distributor with 2,400 active SKUs, including cross-border shipments through Nuevo Laredo.
- I built and run our weekly replenishment model (Excel and Power Query, fed from SAP Business One), which cut stockouts in our top category by 18% last year.
- I work every day between Mexican suppliers, carriers and US customers, in both languages.

I'm very interested in the position and will check in with Kayla next week about the next steps. Thank you again for your time and consideration.

Best regards,
Mariana Ochoa Rentería
+52 33 2841 6673 | mariana.ochoa.r@example.com.mx
""", subject="Thank you – Supply Chain Analyst interview")
    M("brzty2", derek, [me], "2026-04-09 07:55", """
Mariana,

Thanks for the note, I enjoyed the conversation too. We have two more candidates to see this week. Kayla will get back to you with next steps by Wednesday, April 15.
""", parent="brzty1")

    M("brz9", kayla, [me], "2026-04-08 15:10", """
Hi Mariana,

Derek and Luis told me the conversation went well this morning. As a next step, could you send me two professional references (name, title, company, phone and email)? Ideally one of them is a direct supervisor.

Thank you!
""", parent="brz8")
    M("brz10", me, [kayla], "2026-04-08 18:30", """
Hi Kayla,

Of course. I'd like to give both of them a heads-up before you call, so I'll send you the two references by Friday, April 10.

Best,
Mariana
""", parent="brz9")
    M("brz11", me, [kayla], "2026-04-10 11:45", """
Hi Kayla,

As promised, here are my two references. Both know I'm looking and are expecting your call:

1. Ing. Alejandra Partida Soto, Logistics Manager, Comercializadora Autlán (my direct supervisor, 2019-2022)
   +52 33 3812 4470 | alejandra.partida@comautlan.com.mx
2. Lic. Hugo Beltrán Niño, Key Account Manager, Transportes Cuervo (the main carrier I coordinate with)
   +52 33 1456 9023 | hbeltran@transportescuervo.mx

Alejandra prefers a WhatsApp message first, or a call after 4 pm Central. Let me know if you need anything else.

Best regards,
Mariana Ochoa Rentería
+52 33 2841 6673
""", parent="brz10")

    case.thread("brz1", True, "interview", "Brazos Nearshore Logistics",
                "recruiter Kayla: slots offered in Central time (DST began Mar 8, Texas now 1 h "
                "ahead); phone screen confirmed in words Thu Mar 12 14:00-14:30 CT = 13:00-13:30 "
                "CST, thanked that afternoon with the English résumé attached (application "
                "answered next morning); 'circle back by the end of next week' kept on Mar 18; "
                "panel set for Apr 8 (Kayla not on it); after the panel she asked for references "
                "and Mariana promised them 'by Friday, April 10', sent Apr 10 11:45")
    case.thread("brzinv", True, "interview", "Brazos Nearshore Logistics",
                "Outlook/Teams invite (Central Standard Time) for Wed Apr 8 10:00-11:00 CDT = "
                "09:00-10:00 CST; organiser Kayla does not attend; interviewers Derek Haldane and "
                "Luis Treviño; only Derek was thanked (new thread)")
    case.thread("brzty1", True, "interview", "Brazos Nearshore Logistics",
                "thank-you to Derek in a new thread at 12:40 the day of the panel (says she will "
                "check in with Kayla 'next week'); Derek: 'Kayla will get back to you with next "
                "steps by Wednesday, April 15' (two more candidates this week); nothing since")
    case.meeting("brz1", T("2026-03-12 13:00"), T("2026-03-12 13:30"), met=[kayla.email],
                 thanks={kayla.email: "brz4"}, what="phone screen")
    case.application("brz1", "brz4", to=kayla.email, answered_by="brz5")
    case.promise("brz1", "brz5", kayla.email, "2026-03-20", answered_by="brz6")
    case.own_promise("brz1", "brz10", to=kayla.email, last_day="2026-04-10", kept_by="brz11")
    case.meeting("brzinv", T("2026-04-08 09:00"), T("2026-04-08 10:00"),
                 met=[derek.email, luis.email], thanks={derek.email: "brzty1"}, what="panel")
    case.promise("brzty1", "brzty2", derek.email, "2026-04-15")
    case.own_promise("brzty1", "brzty1", to=derek.email, last_day="2026-04-17")

    # ======================================================================
    # Noordkade Logistics (Amsterdam 3PL) – English, Amsterdam time
    # ======================================================================
    sr = P("Noordkade Logistics", "noreply@smartrecruiters.com", MX, "auto",
           msgid_domain="smartrecruiters.com")
    sanne = P("Sanne de Vries", "sanne.devries@noordkade.com", AMS, "outlook", region="eurprd08",
              sig=("Kind regards,\n\nSanne de Vries\nTalent Acquisition Specialist\n"
                   "Noordkade Logistics B.V.\nWestpoortweg 410 | 1047 HB Amsterdam\n"
                   "T +31 20 555 0143 | noordkade.com"))
    joost = P("Joost Bakker", "joost.bakker@noordkade.com", AMS, "outlook", region="eurprd08")

    ack_txt = """
Dear Mariana,

Thank you for your interest in Noordkade Logistics!

We have received your application for the position of Inventory Planner LATAM (Guadalajara, hybrid). Our Talent Acquisition team will review your profile carefully. If your experience matches what we are looking for, we will contact you to discuss the next steps.

In the meantime, you can follow us on LinkedIn to learn more about life at Noordkade.

Kind regards,
The Noordkade Talent Acquisition team

This is an automatically generated message. Replies to this address are not monitored.
"""
    M("nkack", sr, [me], "2026-03-16 20:14", ack_txt, html=html_of(ack_txt), html_only=True,
      subject="Thank you for applying for Inventory Planner LATAM at Noordkade Logistics",
      headers=AUTO)
    case.thread("nkack", True, "application", "Noordkade Logistics",
                "SmartRecruiters acknowledgement of a portal application (no person named)")

    M("nk1", sanne, [me], "2026-03-25 14:05", """
Dear Mariana,

Thank you for your application for the position of Inventory Planner LATAM. We would like to invite you for a first interview with Joost Bakker, our Head of Planning for Latin America. The interview will take place on Teams and takes about 45 minutes.

Could you let me know which of these moments suits you best (both in Amsterdam time)?

- Wednesday 8 April, 16:30
- Thursday 9 April, 16:00

Please note that we switch to summer time on Sunday 29 March, so from then on Amsterdam is 8 hours ahead of Guadalajara.
""", subject="Your application – Inventory Planner LATAM (Guadalajara)")
    M("nk2", me, [sanne], "2026-03-25 09:40", """
Dear Sanne,

Thank you for the invitation. Thursday 9 April at 16:00 Amsterdam time works well for me; that should be 08:00 in Guadalajara, if I have the conversion right.

Kind regards,
Mariana Ochoa Rentería
""", parent="nk1")
    nk_desc = ("First interview for the position of Inventory Planner LATAM.\n"
               "Interviewer: Joost Bakker, Head of Planning LATAM.\n"
               "Joost may ask you to share your screen and walk him through a forecast or "
               "inventory model you have built.\n\n" +
               teams_en("372 915 604 228", "bW9xRt", "NGE3YzE5ZTMtOWFhNy00ZjQx"))
    M("nkinv", sanne, [me, joost], "2026-03-25 17:15", nk_desc, sig=False,
      subject="Interview Inventory Planner LATAM – Mariana Ochoa Rentería",
      ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "noordkade-joost"),
                   stamp=case.at("2026-03-25 17:15", sanne),
                   start=case.at("2026-04-09 16:00", sanne), end=case.at("2026-04-09 16:45", sanne),
                   summary="Interview Inventory Planner LATAM – Mariana Ochoa Rentería",
                   organizer=sanne,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (joost, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
                   description=nk_desc, prodid=EXCHANGE_PRODID, extra=OUTLOOK_X),
      ics_mode="outlook")
    M("nk3", sanne, [me], "2026-03-25 17:20", """
Dear Mariana,

That's right, 08:00 for you. I have just sent you the Teams invitation for Thursday 9 April. If anything comes up in the meantime, just let me know.
""", parent="nk2")
    M("nk4", sanne, [me], "2026-04-08 10:30", """
Dear Mariana,

A short reminder of your interview with Joost tomorrow at 16:00 (08:00 your time); the Teams link is in the invitation.

Joost will share his impressions with me right afterwards, and you will hear from us by Friday 10 April whether we would like to invite you for the case round.
""", parent="nk3")
    M("nkty1", me, [joost], "2026-04-09 10:05", """
Dear Joost,

Thank you for the conversation this morning (afternoon for you!) and for explaining how the LATAM control tower will work with the warehouses in Guadalajara and São Paulo.

What stayed with me is the challenge of planning for clients who share their promotions late. It is the problem I deal with every week with our own customers, and I would love to work on it at Noordkade's scale.

As we discussed, I will send you an anonymised version of the safety-stock model I built for our accessories category by Monday 13 April, so you can see how I set service levels per SKU class.

Thank you again for your time.

Kind regards,
Mariana Ochoa Rentería
+52 33 2841 6673
""", subject="Thank you – Inventory Planner LATAM interview")
    M("nk5", me, [sanne], "2026-04-09 11:20", """
Dear Sanne,

Just a short note to thank you for organising this morning's interview. I had a very good conversation with Joost and I look forward to hearing from you.

Kind regards,
Mariana
""", parent="nk4")
    M("nk6", sanne, [me], "2026-04-09 19:21", """
Thank you for your e-mail. I am out of the office from Thursday 9 April up to and including Tuesday 14 April, and will be back on Wednesday 15 April. I have limited access to my e-mail in the meantime.

For urgent matters, please contact our recruitment team at recruitment@noordkade.com.

Met vriendelijke groet / Kind regards,
Sanne de Vries
""", parent="nk5", quote=False, sig=False,
      subject="Automatic reply: Re: Your application – Inventory Planner LATAM (Guadalajara)",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("nk1", True, "interview", "Noordkade Logistics",
                "Sanne offers two slots in Amsterdam time (summer time from Mar 29, 8 h ahead); "
                "Mariana picks Thu 9 Apr 16:00 = 08:00 CST; Sanne's reminder of Apr 8: 'you "
                "will hear from us by Friday 10 April'; Mariana's note to Sanne on Apr 9 drew an "
                "out-of-office: away 9-14 April, back Wednesday 15 April; nothing else from "
                "Noordkade since")
    case.thread("nkinv", True, "interview", "Noordkade Logistics",
                "Outlook/Teams invite (W. Europe Standard Time) for Thu 9 Apr 16:00-16:45 CEST = "
                "08:00-08:45 CST with Joost Bakker; Sanne organises and does not attend; Joost "
                "thanked in a new thread at 10:05")
    case.thread("nkty1", True, "interview", "Noordkade Logistics",
                "thank-you to Joost that promises an anonymised safety-stock model 'by Monday 13 "
                "April'; no reply from Joost and nothing sent to him since")
    case.meeting("nkinv", T("2026-04-09 08:00"), T("2026-04-09 08:45"), met=[joost.email],
                 thanks={joost.email: "nkty1"}, what="first interview")
    case.promise("nk1", "nk4", sanne.email, "2026-04-10", back="2026-04-15")
    case.own_promise("nkty1", "nkty1", to=joost.email, last_day="2026-04-13")

    # ======================================================================
    # EMOSA – in-person interview at the El Salto plant
    # ======================================================================
    adriana = P("Adriana Gómez Villaseñor", "adriana.gomez@emosa.com.mx", MX, "outlook",
                region="namprd20", qs="outlook_es", sig=(
                    "Lic. Adriana Gómez Villaseñor\nAtracción de Talento\n"
                    "Envases Metálicos de Occidente, S.A. de C.V.\n"
                    "Carretera El Salto – La Capilla km 3.5, El Salto, Jal.\n"
                    "Tel. 33 3688 2100 ext. 2147"))
    hector = P("Héctor Villalobos Arias", "hector.villalobos@emosa.com.mx", MX, "outlook",
               region="namprd20", qs="outlook_es",
               sig="Ing. Héctor Villalobos A.\nGerente de Cadena de Suministro – Planta El Salto\n\n"
                   "Obtener Outlook para iOS<https://aka.ms/o0ukef>")
    paola = P("Paola Íñiguez Cortés", "paola.iniguez@emosa.com.mx", MX, "outlook",
              region="namprd20")

    M("em1", adriana, [me], "2026-03-19 10:12", """
Buen día, Mariana:

Mi nombre es Adriana Gómez y formo parte del equipo de Atracción de Talento de Envases Metálicos de Occidente (EMOSA). Recibimos su CV a través de OCC Mundial para la vacante de Planeador(a) de Demanda en nuestra planta de El Salto y nos gustaría conocerla.

¿Tendría disponibilidad para una llamada breve mañana viernes a las 11:00 hrs? Serían unos 20 minutos, para platicarle de la posición y revisar algunos datos generales.

Quedo atenta a su respuesta.

Saludos cordiales,
""", subject="Vacante Planeador(a) de Demanda – EMOSA Planta El Salto")
    M("em2", me, [adriana], "2026-03-19 13:30", """
Buenas tardes, Lic. Gómez:

Muchas gracias por contactarme. Con gusto; mañana a las 11:00 estoy disponible. Mi celular es 33 2841 6673.

Quedo atenta.

Saludos cordiales,
Mariana Ochoa Rentería
""", parent="em1")
    M("em3", adriana, [me], "2026-03-20 13:05", """
Mariana, buena tarde:

Gracias por la llamada de hoy. Como lo platicamos, le confirmo su entrevista presencial en planta:

Fecha: jueves 26 de marzo de 2026
Hora: 10:00 hrs (considere alrededor de dos horas; incluye recorrido por planta)
Lugar: EMOSA Planta El Salto, Carretera El Salto – La Capilla km 3.5, Parque Industrial El Salto. Al llegar, pregunte por mí en caseta.

Primero tendremos una plática breve conmigo y después la entrevistarán:
- Ing. Héctor Villalobos Arias, Gerente de Cadena de Suministro (hector.villalobos@emosa.com.mx)
- Ing. Paola Íñiguez Cortés, Jefa de Planeación (paola.iniguez@emosa.com.mx)

Favor de traer identificación oficial vigente y zapato cerrado sin tacón; es requisito de seguridad para el recorrido.

Saludos cordiales,
""", parent="em2")
    M("em4", me, [adriana], "2026-03-20 17:45", """
Lic. Adriana:

Confirmo mi asistencia el jueves 26 de marzo a las 10:00. Gracias por los datos del recorrido, llevaré zapato cerrado.

Saludos,
Mariana
""", parent="em3")
    M("em5", adriana, [me], "2026-03-25 16:30", """
Mariana, buenas tardes:

Le recuerdo su cita de mañana a las 10:00. Si viene en auto, ¿me podría compartir marca, color y placas para darlas de alta en caseta? Le pido llegar 10 minutos antes.

Saludos,
""", parent="em4")
    M("em6", me, [adriana], "2026-03-25 18:55", """
Claro: Mazda 2 gris, placas JKT-418-C. Ahí estaré antes de las 10.

Saludos,
Mariana
""", parent="em5")
    M("emty1", me, [hector, paola], "2026-03-26 18:05", """
Estimados Ing. Villalobos e Ing. Íñiguez:

Les agradezco mucho el tiempo que me dedicaron esta mañana en la planta de El Salto, y en especial la explicación de cómo amarran el plan de demanda con las ventanas de cambio de formato en las líneas.

Me quedé pensando en lo que comentó la Ing. Íñiguez sobre el pronóstico de la temporada de conservas. Creo que puedo aportar:
- experiencia armando pronósticos semanales por SKU con estacionalidad marcada (en mi trabajo actual, el regreso a clases);
- manejo de SAP Business One y de modelos en Excel/Power Query para conciliar inventario y pedidos;
- trato diario con transportistas y proveedores, que me ha enseñado a negociar fechas sin romper la relación.

Sigo muy interesada en la posición y estaré pendiente de lo que me comparta la Lic. Gómez. De nuevo, muchas gracias por su tiempo.

Saludos cordiales,
Mariana Ochoa Rentería
Cel. 33 2841 6673 | mariana.ochoa.r@example.com.mx
""", subject="Agradecimiento – entrevista Planeador(a) de Demanda")
    M("em7", me, [adriana], "2026-03-26 17:10", """
Lic. Adriana:

Muchas gracias por sus atenciones de hoy y por acompañarme en el recorrido por la línea de litografía; me dio una idea mucho más clara de cómo se planea la producción en planta.

Quedo a sus órdenes para lo que necesite del proceso.

Saludos cordiales,
Mariana Ochoa Rentería
33 2841 6673
""", parent="em6")
    M("emty2", hector, [me], "2026-03-27 08:10", """
Gracias, Mariana, fue un gusto. Adriana te mantiene informada.

Saludos.
""", parent="emty1", cc=[paola])
    M("em8", adriana, [me], "2026-03-27 12:40", """
Mariana, buen día:

Al contrario, gracias a usted por venir hasta la planta. Esta semana estamos terminando las entrevistas con otros dos candidatos y el Ing. Villalobos tomará la decisión después de Semana Santa. Yo le estaré llamando el martes 7 de abril para darle una respuesta.

Que tenga buen fin de semana.
""", parent="em7")
    M("em9", me, [adriana], "2026-03-27 13:15", """
Perfecto, Lic. Adriana, quedo atenta a su llamada el martes 7. ¡Que tenga muy felices vacaciones!

Saludos,
Mariana
""", parent="em8")
    case.thread("em1", True, "interview", "Envases Metálicos de Occidente",
                "OCC application; 20-min call Fri Mar 20 11:00; in-person interview at the El "
                "Salto plant Thu Mar 26 10:00-12:00 (Adriana first, then Héctor and Paola, "
                "addresses in the confirmation's text, plus a plant tour); Adriana thanked in "
                "Spanish that evening (more than 14 days ago); Mar 27: 'le estaré llamando el "
                "martes 7 de abril' (two other candidates); no word from EMOSA since")
    case.thread("emty1", True, "interview", "Envases Metálicos de Occidente",
                "one thank-you note in Spanish to both panelists, Héctor and Paola, the evening "
                "of the plant interview; Héctor's short reply the next morning")
    case.meeting("em1", T("2026-03-20 11:00"), T("2026-03-20 11:20"), met=[adriana.email],
                 what="call (thanked in Spanish, stale)")
    case.meeting("em1", T("2026-03-26 10:00"), T("2026-03-26 12:00"),
                 met=[adriana.email, hector.email, paola.email],
                 what="plant interview (thanked in Spanish, stale)")
    case.promise("em1", "em8", adriana.email, "2026-04-07")

    # ======================================================================
    # Enlace Humano – staffing agency for an unnamed client; psychometrics
    # ======================================================================
    fer = P("Fernanda Aceves Lomelí", "fernanda.aceves@enlacehumano.com.mx", MX, "gmail",
            qs="gmail_es", sig=(
                "--\nLic. Fernanda Aceves Lomelí\nConsultora Sr. de Reclutamiento\n"
                "Enlace Humano Consultores\nTel. 33 3615 2290 ext. 114 | WhatsApp 33 1907 4452\n"
                "www.enlacehumano.com.mx"))
    psx = P("Psicometrix", "no-reply@psicometrix.com.mx", MX, "auto",
            msgid_domain="psicometrix.com.mx")

    M("ag1", fer, [me], "2026-03-04 09:48", """
Hola Mariana, ¡buen día!

Te contacto de Enlace Humano, somos una consultora de reclutamiento especializado. Vi tu perfil en LinkedIn y creo que puedes encajar muy bien en una vacante que estoy cubriendo para uno de nuestros clientes: una empresa multinacional de alimentos y consumo masivo con oficinas corporativas en Zapopan. Por confidencialidad todavía no puedo compartirte el nombre.

Algunos datos:
- Puesto: Analista de Supply Chain (planeación de reabasto a CEDIS)
- Esquema híbrido, 3 días en oficina
- Sueldo: $30,000 a $34,000 brutos mensuales + prestaciones superiores a las de ley
- Inglés intermedio-avanzado

¿Te interesa? Si sí, ¿te puedo marcar mañana para platicarte más a detalle?

Saludos!
""", subject="Oportunidad: Analista de Supply Chain – empresa multinacional (Zapopan)")
    M("ag2", me, [fer], "2026-03-04 14:02", """
Hola Fernanda, buenas tardes.

Gracias por pensar en mí, sí me interesa. Mañana después de la 1 de la tarde estoy libre para la llamada. Te adjunto mi CV actualizado.

Saludos,
Mariana Ochoa
33 2841 6673
""", parent="ag1", attachments=[("CV_Mariana_Ochoa_Renteria.pdf", "application/pdf", CV_ES)])
    M("ag3", fer, [me], "2026-03-04 16:15", """
Perfecto Mariana, gracias por el CV. Te marco mañana a la 1:30.

Saludos
""", parent="ag2")
    M("ag4", fer, [me], "2026-03-05 15:10", """
Mariana, gracias por tu tiempo hace rato.

Como te comenté, el siguiente paso son unas pruebas psicométricas en línea. En un ratito te llega un correo de Psicometrix con tu liga personal; tienes hasta el martes 10 de marzo para contestarlas. Te recomiendo hacerlas con calma y en computadora, no en el celular.

En cuanto el cliente revise tu perfil y los resultados, te busco.

Saludos!
""", parent="ag3")
    psy_txt = """
Hola Mariana Ochoa Rentería:

Enlace Humano Consultores te ha asignado una evaluación en línea como parte de un proceso de selección.

Pruebas asignadas:
- Cleaver (perfil de comportamiento)
- Terman-Merrill (habilidades cognitivas)
- Kostick (estilo de trabajo)

Tu liga personal: https://app.psicometrix.com.mx/e/7Hq2kM9xR4
Usuario: mariana.ochoa.r@example.com.mx
Contraseña temporal: PSX-48213

Fecha límite: 10/03/2026 a las 23:59 h (hora del centro de México)
Duración aproximada: 70 minutos. Puedes hacer pausas entre pruebas, pero no dentro de una misma prueba.

Este correo se generó automáticamente; por favor no respondas a esta dirección. Si tienes dudas, comunícate con la persona que te invitó al proceso.
"""
    M("psy1", psx, [me], "2026-03-05 15:32", psy_txt, html=html_of(psy_txt), html_only=True,
      subject="Enlace Humano Consultores te invita a realizar tu evaluación", headers=AUTO)
    psy2_txt = """
¡Gracias, Mariana!

Recibimos tus respuestas de las 3 pruebas asignadas por Enlace Humano Consultores.

Los resultados se envían directamente a la empresa que te evaluó. Psicometrix no comparte resultados con las personas evaluadas.

Este correo se generó automáticamente; por favor no respondas a esta dirección.
"""
    M("psy2", psx, [me], "2026-03-09 21:12", psy2_txt, html=html_of(psy2_txt), html_only=True,
      subject="Tu evaluación ha sido completada", headers=AUTO)
    M("ag5", me, [fer], "2026-03-09 21:30", """
Hola Fer, ya quedaron contestadas las pruebas. ¡Gracias!

Mariana
""", parent="ag4")
    M("ag6", fer, [me], "2026-03-31 10:05", """
¡Hola Mariana! ¿Cómo estás?

Te tengo buenas noticias: el cliente revisó tu perfil y quiere conocerte en persona. Te propongo el miércoles 8 de abril a las 5:00 pm en sus oficinas de Zapopan (zona Puerta de Hierro). Te entrevistaría el Ing. Ramiro Castañeda, Gerente de Logística Nacional.

¿Me confirmas si te queda? Con tu confirmación te paso los datos completos.

Saludos!
""", parent="ag5")
    M("ag7", me, [fer], "2026-03-31 12:40", """
¡Hola Fer! Qué buena noticia. Sí, el miércoles 8 a las 5 me queda perfecto.

Saludos,
Mariana
""", parent="ag6")
    M("ag8", fer, [me], "2026-04-07 11:20", """
Mariana, buen día.

Te confirmo tu entrevista de mañana:

Empresa: Alimentos del Valle de Atemajac (ADVA)
Día: miércoles 8 de abril
Hora: 17:00 hrs
Dirección: Av. Patria 1891, piso 6, Col. Puerta de Hierro, Zapopan
Te entrevista: Ing. Ramiro Castañeda, Gerente de Logística Nacional

Pregunta por él en recepción y menciona que vas de parte de Enlace Humano. Lleva tu CV impreso y una identificación; hay estacionamiento de visitas en el sótano.

Después de la entrevista el Ing. Castañeda me comparte su retroalimentación y yo te aviso a más tardar el viernes 17 de abril cómo quedamos.

¡Mucho éxito!
""", parent="ag7")
    M("ag9", me, [fer], "2026-04-07 12:05", """
Gracias, Fer. Ahí estaré puntual.

Mariana
""", parent="ag8")
    case.thread("ag1", True, "recruiter", "Enlace Humano Consultores",
                "agency recruiter for an unnamed client; CV sent Mar 4 (answered the same "
                "afternoon); call Thu Mar 5 13:30 (stale); psychometrics; client revealed the day "
                "before: interview Wed Apr 8 17:00 at the client's office with Ing. Ramiro "
                "Castañeda, whose address the mailbox never gives; Fernanda did not attend; "
                "Fernanda will report 'a más tardar el viernes 17 de abril'; Mariana has not "
                "written to her since the interview")
    case.thread("psy1", True, "recruiter", "Psicometrix",
                "automated psychometric-test link sent for Enlace Humano (no-reply sender, "
                "day-first deadline 10/03/2026)")
    case.thread("psy2", True, "recruiter", "Psicometrix",
                "automated confirmation that the tests were completed")
    case.application("ag1", "ag2", to=fer.email, answered_by="ag3")
    case.meeting("ag1", T("2026-03-05 13:30"), None, met=[fer.email], what="agency call (stale)")
    case.meeting("ag1", T("2026-04-08 17:00"), None, met=[], unknown=["Ramiro Castañeda"],
                 arranged_by=fer.email, what="client interview at ADVA")
    case.promise("ag1", "ag8", fer.email, "2026-04-17")

    # ======================================================================
    # Surtido Ágil – interview and a paid trial day in the warehouse
    # ======================================================================
    karla = P("Karla Núñez Macías", "karla.nunez@surtidoagil.mx", MX, "gmail", qs="gmail_es",
              sig=("Karla Núñez Macías\nReclutamiento y Selección\n"
                   "Surtido Ágil · Fulfillment para e-commerce\n"
                   "CEDIS Tlaquepaque | 33 3659 8810 ext. 205"))
    jorge = P("Jorge Ibarra Quintero", "jorge.ibarra@surtidoagil.mx", MX, "gmail",
              qs="gmail_es", sig="Ing. Jorge Ibarra Q.\nGerente de CEDIS | Surtido Ágil")

    M("sa1", me, [karla], "2026-03-11 22:10", """
Buenas noches, Karla:

Vi en LinkedIn tu publicación de la vacante de Analista de Planeación de Inventarios para el CEDIS de Tlaquepaque y me gustaría postularme. Te comparto mi CV.

Actualmente soy coordinadora de logística en una distribuidora de papelería y regalos, donde llevo el reabasto de dos almacenes, los conteos cíclicos y la relación con paqueterías. Me interesa mucho dar el paso a planeación en una operación de e-commerce.

Quedo atenta. Saludos,
Mariana Ochoa Rentería
33 2841 6673
""", subject="Postulación Analista de Planeación de Inventarios – Mariana Ochoa",
      attachments=[("CV_Mariana_Ochoa_Renteria.pdf", "application/pdf", CV_ES)])
    M("sa2", karla, [me], "2026-03-12 09:35", """
Hola Mariana, buen día.

Gracias por tu interés. Revisamos tu CV con el Ing. Jorge Ibarra, Gerente de CEDIS (lo copio), y nos gustaría conocerte. ¿Podrías venir a entrevista el miércoles 18 de marzo a las 10:00 am al CEDIS? Te entrevistaríamos él y yo; son como 45 minutos.

Saludos!
""", parent="sa1", cc=[jorge])
    M("sa3", me, [karla], "2026-03-12 10:20", """
Hola Karla, claro que sí. Ahí estaré el miércoles 18 a las 10. ¿Me compartes la ubicación exacta del CEDIS?

Gracias,
Mariana
""", parent="sa2", cc=[jorge])
    M("sa4", karla, [me], "2026-03-12 10:41", """
Claro: Av. Las Torres 1450, bodega 7, Parque Logístico San Pedro, Tlaquepaque.
https://maps.app.goo.gl/Qe7kDmR2sVtP4aXc8

En caseta di que vienes a entrevista con RH.
""", parent="sa3", sig=False)
    M("sa5", me, [karla, jorge], "2026-03-18 15:30", """
Karla, Ing. Ibarra:

Muchas gracias por la entrevista de hoy y por enseñarme el área de picking. Me encantó ver cómo trabajan las olas de surtido por paquetería; me quedé con varias ideas sobre el reabasto de las ubicaciones de alta rotación.

Quedo atenta a los siguientes pasos.

Saludos cordiales,
Mariana Ochoa Rentería
33 2841 6673
""", parent="sa4")
    M("sa6", jorge, [me], "2026-03-19 08:05", """
Gracias a ti Mariana. Karla te busca para el siguiente paso.

Saludos
""", parent="sa5", cc=[karla])
    case.thread("sa1", True, "interview", "Surtido Ágil",
                "application by e-mail with CV to Karla (answered the next morning); interview "
                "at the CEDIS Wed Mar 18 10:00-10:45 with Karla and Jorge, thanked in Spanish "
                "that afternoon (stale)")
    case.application("sa1", "sa1", to=karla.email, answered_by="sa2")
    case.meeting("sa1", T("2026-03-18 10:00"), T("2026-03-18 10:45"),
                 met=[karla.email, jorge.email], what="CEDIS interview (stale)")

    M("st1", karla, [me], "2026-04-01 12:15", """
Hola Mariana:

Como te comenté por teléfono, el siguiente paso es un día de prueba pagado aquí en el CEDIS. Te propongo el viernes 10 de abril, de 7:30 a 15:30 (turno matutino). Te recibe el Ing. Jorge Ibarra en recepción; vas a estar con él y con Chuy, nuestro jefe de turno, en el conteo cíclico de la mañana y en el reabasto de ubicaciones de picking. Al final del día te vamos a pedir una pequeña propuesta de mínimos y máximos para un pasillo.

Detalles:
- Pago: $900 netos por el día, por transferencia
- Comida en el comedor del CEDIS
- Traer: INE, botas de casquillo (obligatorias en piso) y ropa cómoda
- Para el pago necesito tu CLABE interbancaria y el nombre del banco

¿Me confirmas?

Saludos!
""", subject="Día de prueba pagado – Analista de Planeación de Inventarios", cc=[jorge])
    M("st2", me, [karla], "2026-04-01 13:02", """
Hola Karla:

¡Muchas gracias! Confirmo el viernes 10 de abril a las 7:30. Consigo las botas esta semana. La CLABE te la mando a más tardar el mismo viernes.

Saludos,
Mariana
""", parent="st1", cc=[jorge])
    M("st3", karla, [me], "2026-04-09 17:40", """
Mariana, ¡te esperamos mañana a las 7:30! En caseta pregunta por el Ing. Ibarra. No olvides las botas 😉
""", parent="st2", sig=False)
    M("st4", me, [karla], "2026-04-10 19:45", """
Hola Karla:

Te paso mis datos para el pago del día de hoy:
Banco: BBVA
Titular: Mariana Ochoa Rentería
CLABE: 012 320 01584736291 7

Fue un día intenso pero me gustó mucho; gracias por la oportunidad. La propuesta de mínimos y máximos del pasillo C se la dejé impresa al Ing. Ibarra.

Saludos,
Mariana
""", parent="st3")
    M("st5", karla, [me], "2026-04-13 11:25", """
Hola Mariana, buen día.

Ya quedó tu transferencia, debe verse reflejada hoy mismo. Jorge me comentó que te fue muy bien y que le gustó tu propuesta del pasillo C.

Esta semana tenemos el día de prueba de otra candidata, así que el viernes 17 te aviso cómo quedamos.

Saludos!
""", parent="st4")
    case.thread("st1", True, "interview", "Surtido Ágil",
                "paid trial day Fri Apr 10 07:30-15:30 in the warehouse, run by Jorge Ibarra "
                "(cc'd here) with Chuy, the shift lead (no address anywhere); Karla arranged it "
                "and was not there; no thank-you to Jorge; Mariana promised her CLABE 'a más "
                "tardar el mismo viernes' and sent it to Karla that evening; Karla, Apr 13: "
                "another candidate this week, 'el viernes 17 te aviso'")
    case.meeting("st1", T("2026-04-10 07:30"), T("2026-04-10 15:30"), met=[jorge.email],
                 unknown=["Chuy (jefe de turno)"], arranged_by=karla.email,
                 what="paid trial day")
    case.own_promise("st1", "st2", to=karla.email, last_day="2026-04-10", kept_by="st4")
    case.promise("st1", "st5", karla.email, "2026-04-17")

    # ======================================================================
    # The cousin who passes her CV to his manager; coffee with the manager
    # ======================================================================
    tono = P("Toño Rentería", "tono.renteria88@gmail.com", MX, "gmail", qs="apple_es",
             sig="Enviado desde mi iPhone")
    tono_w = P("Antonio Rentería Lomelí", "antonio.renteria@cnuevagalicia.com.mx", MX, "outlook",
               region="namprd13", qs="outlook_es", sig=(
                   "Antonio Rentería Lomelí\nAnalista de Abasto Sr.\n"
                   "Comercializadora Nueva Galicia\nTel. 33 3884 7000 ext. 3312"))
    salv = P("Salvador Medina Orozco", "salvador.medina@cnuevagalicia.com.mx", MX, "outlook",
             region="namprd13", qs="outlook_es", sig=(
                 "Ing. Salvador Medina Orozco\nGerente de Planeación y Abasto\n"
                 "Comercializadora Nueva Galicia, S.A. de C.V.\n"
                 "Tel. 33 3884 7000 ext. 3300 | Cel. 33 1522 8046"))

    M("co1", tono, [me], "2026-03-14 11:20", """
Qué onda prima!! Me dijo mi tía que andas buscando chamba. En mi área van a abrir algo de planeación para el CEDIS nuevo, pásame tu cv y se lo doy a mi jefe, el Ing. Salvador Medina. Es buena onda, neta

Saludos a mi tía
""", subject="cv")
    M("co2", me, [tono], "2026-03-14 13:05", """
Toño!! Mil gracias, de verdad. Te lo adjunto. Cualquier cosa que necesite saber tu jefe me dices.

Besos a mi tía Chela, nos vemos el domingo en casa de la abuela

Mariana
""", parent="co1", attachments=[("CV_Mariana_Ochoa_Renteria.pdf", "application/pdf", CV_ES)])
    M("co3", tono, [me], "2026-03-15 20:40", """
Listo prima, el martes se lo reenvío desde el correo del trabajo (mañana es puente)
""", parent="co2")
    case.promise("co1", "co3", tono.email, "2026-03-17", job=False)
    case.thread("co1", True, "networking", "Comercializadora Nueva Galicia",
                "her cousin Toño, from his personal Gmail, asks for her CV to pass to his "
                "manager; she sends it to him (family, not an application to the company); he "
                "confirms the next day")

    M("sv1", tono_w, [salv], "2026-03-17 09:15", """
Ing. Medina, buen día:

Le comparto el CV de mi prima Mariana, de quien le platiqué la semana pasada. Tiene cinco años en logística en una distribuidora, lleva el reabasto de dos almacenes y maneja SAP Business One y Excel avanzado. Creo que podría encajar en la posición de planeación del CEDIS Tlajomulco.

Quedo a sus órdenes.

Saludos,
""", subject="CV Mariana Ochoa – planeación CEDIS Tlajomulco", cc=[me],
      attachments=[("CV_Mariana_Ochoa_Renteria.pdf", "application/pdf", CV_ES)])
    M("sv2", salv, [tono_w], "2026-03-17 13:50", """
Gracias, Toño.

Mariana, mucho gusto. Revisé tu CV y me gustó. La vacante de planeación para Tlajomulco todavía no está abierta formalmente (depende de la fecha de arranque del CEDIS), pero me gustaría conocerte antes. ¿Te late un café el viernes 20 a las 8:30 en el Café Benito de López Mateos y Niños Héroes? Me queda de paso a la oficina.

Saludos,
""", parent="sv1", cc=[me])
    M("sv3", me, [salv], "2026-03-17 16:20", """
Ing. Medina, buenas tardes:

Muchas gracias por su respuesta (¡y gracias, Toño!). Con mucho gusto; el viernes 20 a las 8:30 nos vemos en el Café Benito.

Saludos cordiales,
Mariana Ochoa Rentería
33 2841 6673
""", parent="sv2", cc=[tono_w])
    M("sv4", me, [salv], "2026-03-20 12:10", """
Ing. Medina:

Muchas gracias por el café de esta mañana y por contarme con tanto detalle cómo van a arrancar el CEDIS de Tlajomulco. Me llevo la recomendación de repasar el módulo de MRP de SAP y de leer sobre DDMRP, que ya empecé.

Quedo muy atenta a cuando se abra la vacante.

Saludos cordiales,
Mariana Ochoa Rentería
33 2841 6673
""", parent="sv3")
    M("sv5", salv, [me], "2026-03-20 17:30", """
Al contrario, Mariana, fue un gusto. Me quedo con tu CV y en cuanto RH publique la vacante te aviso para que apliques.

Buen fin de semana.
""", parent="sv4")
    case.thread("sv1", True, "networking", "Comercializadora Nueva Galicia",
                "Toño forwards the CV from his work address to his manager Salvador, cc "
                "Mariana; Salvador: the vacancy is not open yet, coffee Fri Mar 20 08:30 (no "
                "end); thanked in Spanish at 12:10 (stale); his reply at 17:30 is the last "
                "exchange with him, so the 14-day touch fell due at the end of Fri Apr 3")
    case.meeting("sv1", T("2026-03-20 08:30"), None, met=[salv.email], networking=True,
                 what="coffee (thanked in Spanish, stale)")

    # ======================================================================
    # Daniel Ortega (Tecnomédica) – an informational chat; later a vacancy
    # ======================================================================
    dan = P("Daniel Ortega Sahagún", "daniel.ortega@tecnomedica.com.mx", MX, "gmail",
            qs="gmail_es", sig=("Daniel Ortega Sahagún\nS&OP Lead | Tecnomédica de Occidente\n"
                                "+52 33 1290 5581"))
    dan_cal = P("Daniel Ortega Sahagún", "daniel.ortega@tecnomedica.com.mx", MX, "gcal")
    wd = P("Tecnomédica de Occidente", "tecnomedica@myworkday.com", MX, "auto",
           msgid_domain="myworkday.com")

    M("dn1", me, [dan], "2026-03-12 21:40", """
Hola Daniel:

Nos conocimos el martes en el desayuno del capítulo ASCM Guadalajara; yo era la que preguntó por el MRP en Excel 😅. Me quedé con muchas ganas de seguir platicando de lo que contaste sobre la junta mensual de S&OP en Tecnomédica.

Estoy buscando dar el salto de coordinación logística a planeación, y me ayudaría mucho escuchar cómo es tu día a día y qué te ha servido más para crecer en esa área. ¿Tendrías 15 o 20 minutos la próxima semana, cuando te acomode?

¡Gracias!
Mariana Ochoa Rentería
33 2841 6673
""", subject="Desayuno ASCM – ¿15 minutos para platicar de S&OP?")
    M("dn2", dan, [me], "2026-03-13 08:30", """
¡Hola Mariana! Claro que me acuerdo 😄

Con gusto. ¿Te late el jueves 19 a las 6 pm por Meet? Te mando la invitación. Son 30 min, pero si nos extendemos no pasa nada.

Saludos
""", parent="dn1")
    inv_txt = """
Daniel Ortega Sahagún te invitó a un evento

Plática S&OP – Daniel / Mariana
jueves, 19 de marzo · 6:00 – 6:30pm
Zona horaria: Hora del centro de México

Información para unirse a Google Meet
Enlace de la videollamada: https://meet.google.com/hvk-rtzq-pwe

Invitados
Daniel Ortega Sahagún - organizador
mariana.ochoa.r@example.com.mx

Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=cGxhdGljYS1zb3Atbw

¿Asistirás? Sí - Quizás - No    Más opciones

Invitación de Google Calendar. Recibes este correo porque eres un invitado del evento.
"""
    M("dninv", dan_cal, [me], "2026-03-13 08:34", inv_txt, headers=GCAL,
      subject="Invitación: Plática S&OP – Daniel / Mariana @ jue 19 mar 2026 6pm - 6:30pm "
              "(CST) (mariana.ochoa.r@example.com.mx)",
      ics=make_ics(method="REQUEST", uid=uid_google(NAME, "dan-sop"),
                   stamp=T("2026-03-13 08:34"), start=T("2026-03-19 18:00"),
                   end=T("2026-03-19 18:30"), summary="Plática S&OP – Daniel / Mariana",
                   organizer=dan, attendees=[(dan, "ACCEPTED", "INDIVIDUAL"),
                                             (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=MX, location="https://meet.google.com/hvk-rtzq-pwe",
                   description="Unirse con Google Meet: https://meet.google.com/hvk-rtzq-pwe"))
    M("dn3", me, [dan], "2026-03-13 09:10", """
¡Perfecto! Ya la acepté. Nos vemos el jueves.

Mariana
""", parent="dn2")
    M("dn4", me, [dan], "2026-03-19 19:05", """
Daniel, mil gracias por la plática de hoy. Me sirvió muchísimo lo que dijiste de dominar primero el consenso de la demanda y después las herramientas, y ya me inscribí al curso de fundamentos de CPIM que me recomendaste.

Te debo un café cuando quieras.

Saludos,
Mariana
""", parent="dn3")
    M("dn5", dan, [me], "2026-03-20 07:50", """
¡De nada! Fue un gusto. Cualquier duda con el CPIM me escribes.

Saludos
""", parent="dn4", sig=False)
    case.thread("dn1", True, "networking", "Tecnomédica de Occidente",
                "Mariana asks Daniel (met at an ASCM breakfast) for 15-20 minutes on his field; "
                "Google Meet chat Thu Mar 19 18:00-18:30, thanked in Spanish that evening "
                "(stale); the 14-day touch would have fallen on Apr 3, but they wrote to each "
                "other again on Apr 8-9 in another thread")
    case.thread("dninv", True, "networking", "Tecnomédica de Occidente",
                "Google Calendar invitation whose title is the only hint: 'Plática S&OP'")
    case.meeting("dn1", T("2026-03-19 18:00"), T("2026-03-19 18:30"), met=[dan.email],
                 networking=True, what="informational chat (thanked in Spanish, stale)")

    M("dv1", me, [dan], "2026-04-08 21:15", """
Hola Daniel, ¿cómo estás? ¿Qué tal la Semana Santa?

Vi que Tecnomédica publicó en LinkedIn una vacante de Analista de Planeación de Demanda. ¿Sabes si es para tu equipo o para otra área? Antes de aplicar me gustaría saber si crees que mi perfil podría encajar, o si hay algo que convenga resaltar.

¡Gracias de antemano!
Mariana
""", subject="Vacante de Analista de Planeación de Demanda en Tecnomédica")
    M("dv2", dan, [me], "2026-04-09 09:05", """
¡Hola Mariana! Muy bien, fuimos a Mazamitla.

Es para el equipo de mi compañera Lorena, que ve la demanda de consumibles. Creo que sí encajas; yo resaltaría lo del modelo de reabasto y lo de la estacionalidad del regreso a clases. Aplica por el portal (es en Workday) y yo le aviso a Lorena que vas.

Saludos
""", parent="dv1")
    wd_txt = """
Hola Mariana:

Gracias por tu interés en Tecnomédica de Occidente. Recibimos tu solicitud para la vacante Analista de Planeación de Demanda (R-2026-0417), Zapopan, Jalisco.

Nuestro equipo de Atracción de Talento revisará tu perfil. Si tu experiencia coincide con los requisitos del puesto, alguien del equipo se pondrá en contacto contigo.

Puedes consultar el estado de tu solicitud en cualquier momento desde la sección Mis solicitudes del portal de empleos.

Atentamente,
Atracción de Talento
Tecnomédica de Occidente

Este es un mensaje automático. Por favor, no respondas a este correo.
"""
    M("tec1", wd, [me], "2026-04-09 13:02", wd_txt, html=html_of(wd_txt), html_only=True,
      subject="Gracias por postularte: Analista de Planeación de Demanda (R-2026-0417)",
      headers=AUTO)
    M("dv3", me, [dan], "2026-04-09 13:20", """
¡Listo, ya apliqué! Muchas gracias por el consejo y por avisarle a Lorena.

Mariana
""", parent="dv2")
    case.thread("dv1", True, "networking", "Tecnomédica de Occidente",
                "Mariana asks Daniel about an opening (no CV, no application in her words); he "
                "says to apply through Workday; her reply Apr 9 13:20 is the last exchange")
    case.thread("tec1", True, "application", "Tecnomédica de Occidente",
                "Workday acknowledgement of a portal application; no person to write to")

    # ======================================================================
    # Troqueles y Estampados Tonalá – CV to a person, only an out-of-office back
    # ======================================================================
    monica = P("Mónica Zepeda Araiza", "monica.zepeda@troquelestonala.com.mx", MX, "outlook",
               region="namprd20")
    M("tr1", me, [monica], "2026-03-27 18:40", """
Buenas tardes, Lic. Zepeda:

Vi su publicación en LinkedIn sobre la vacante de Analista de Inventarios y MRP en Troqueles y Estampados Tonalá, y me gustaría ser considerada para el puesto. Le adjunto mi CV.

Tengo cinco años en logística y control de inventarios en una distribuidora con dos almacenes; llevo la planeación del reabasto semanal, los conteos cíclicos y la conciliación con SAP Business One. Me interesa especialmente dar el paso a un ambiente de manufactura, donde el MRP sea el centro de la planeación.

Quedo a sus órdenes para una entrevista cuando usted lo considere conveniente.

Saludos cordiales,
Mariana Ochoa Rentería
Cel. 33 2841 6673
mariana.ochoa.r@example.com.mx
""", subject="Postulación – Analista de Inventarios y MRP",
      attachments=[("CV_Mariana_Ochoa_Renteria.pdf", "application/pdf", CV_ES)])
    M("tr2", monica, [me], "2026-03-27 18:41", """
Gracias por su mensaje. Me encuentro fuera de la oficina por periodo vacacional del viernes 27 de marzo al domingo 5 de abril, con acceso limitado al correo.

Para asuntos urgentes de Recursos Humanos, favor de comunicarse al 33 3683 5500 ext. 120.

Mónica Zepeda Araiza
Recursos Humanos | Troqueles y Estampados Tonalá
""", parent="tr1", quote=False, sig=False,
      subject="Respuesta automática: Postulación – Analista de Inventarios y MRP",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("tr1", True, "application", "Troqueles y Estampados Tonalá",
                "application with CV e-mailed to Mónica Zepeda on Fri Mar 27; only her "
                "out-of-office (away until Apr 5) came back; no person has written since and "
                "Mariana has not written again; 7 business days ran out at the end of Tue Apr 7")
    case.application("tr1", "tr1", to=monica.email)

    # ======================================================================
    # Grupo Agroindustrial Los Altos – Teams interview, then a rejection
    # ======================================================================
    erika = P("Erika Solís Gutiérrez", "erika.solis@agroaltos.com.mx", MX, "outlook",
              region="namprd20", qs="outlook_es", sig=(
                  "Erika Solís Gutiérrez\nAnalista de Atracción de Talento\n"
                  "Grupo Agroindustrial Los Altos\n"
                  "Tepatitlán de Morelos, Jal. | Tel. 378 782 4400 ext. 231"))
    M("agr1", erika, [me], "2026-03-30 10:40", """
Buen día, Mariana:

Gracias por tu postulación a la vacante de Analista de Cadena de Suministro. Te agendamos una entrevista virtual con la Lic. Beatriz Anaya Padilla, Gerente de Abastecimiento (beatriz.anaya@agroaltos.com.mx):

Fecha: lunes 6 de abril de 2026
Horario: 12:00 a 12:45 hrs (hora del centro de México)
Plataforma: Microsoft Teams

""" + teams_es("286 410 377 52", "Zr6Ba9", "NzE1ZjA4YjItMzQ5Zi00MWRm") + """

Te pido confirmar de recibido.

Saludos cordiales,
""", subject="Entrevista – Analista de Cadena de Suministro | Grupo Agroindustrial Los Altos")
    M("agr2", me, [erika], "2026-03-30 11:15", """
Buen día, Lic. Solís:

Confirmo de recibido y mi asistencia a la entrevista del lunes 6 de abril a las 12:00 con la Lic. Anaya.

Saludos cordiales,
Mariana Ochoa Rentería
""", parent="agr1")
    M("agr3", erika, [me], "2026-04-07 09:30", """
Hola Mariana, buen día:

Gracias por tu tiempo de ayer con la Lic. Anaya. Seguimos en proceso con otros candidatos; a más tardar el viernes 10 de abril les informaremos a todos el resultado.

Saludos cordiales,
""", parent="agr2")
    M("agr4", erika, [me], "2026-04-13 13:10", """
Estimada Mariana:

Te agradecemos sinceramente tu interés en formar parte de Grupo Agroindustrial Los Altos y el tiempo que dedicaste al proceso. Después de una evaluación cuidadosa, en esta ocasión decidimos continuar con un perfil que se ajusta más a las necesidades actuales del puesto.

Conservaremos tu CV en nuestra cartera para futuras oportunidades. Te deseamos mucho éxito.

Saludos cordiales,
""", parent="agr3")
    M("agr5", me, [erika], "2026-04-13 20:30", """
Lic. Solís:

Gracias por avisarme y por la organización de la entrevista. Me quedo con muy buena impresión de la empresa.

Saludos cordiales,
Mariana Ochoa Rentería
""", parent="agr4")
    case.thread("agr1", True, "rejection", "Grupo Agroindustrial Los Altos",
                "Erika sets a Teams interview Mon Apr 6 12:00-12:45 with Beatriz Anaya (address "
                "in the text, Teams link pasted, no invite); Beatriz never thanked; Erika: 'a más "
                "tardar el viernes 10 de abril les informaremos'; gentle rejection Mon Apr 13")
    case.meeting("agr1", T("2026-04-06 12:00"), T("2026-04-06 12:45"),
                 met=["beatriz.anaya@agroaltos.com.mx"], what="Teams interview")
    case.promise("agr1", "agr3", erika.email, "2026-04-10", ended_by="agr4")

    # ======================================================================
    # Plásticos Técnicos de Jalisco – decision tied to a committee
    # ======================================================================
    sofia = P("Sofía Cárdenas Ruvalcaba", "sofia.cardenas@platej.com.mx", MX, "gmail",
              qs="gmail_es", sig=("Sofía Cárdenas Ruvalcaba\nCoordinadora de Reclutamiento\n"
                                  "Plásticos Técnicos de Jalisco, S.A. de C.V.\n"
                                  "Tel. 33 3145 6620 ext. 108"))
    omar = P("Omar Pulido Rangel", "omar.pulido@platej.com.mx", MX, "gmail")
    M("pl1", sofia, [me], "2026-03-17 12:00", """
Hola Mariana, buenas tardes:

Gracias por postularte por Computrabajo a la vacante de Analista de Planeación. El Ing. Omar Pulido Rangel, Gerente de Planeación y Logística (omar.pulido@platej.com.mx), quiere platicar contigo por Google Meet. Tengo estas opciones:

- viernes 20/03 a las 16:00
- lunes 23/03 a las 9:00

¿Cuál te acomoda mejor?

Saludos,
""", subject="Plásticos Técnicos de Jalisco – Entrevista Analista de Planeación")
    M("pl2", me, [sofia], "2026-03-17 13:45", """
Buenas tardes, Sofía:

El viernes 20 a las 16:00 me queda perfecto.

Saludos,
Mariana Ochoa R.
""", parent="pl1")
    M("pl3", sofia, [me], "2026-03-17 14:10", """
Listo, Mariana. Aquí la liga para el viernes a las 4: meet.google.com/xvr-kpdq-tma

El Ing. Pulido te va a pedir que le platiques un caso real de un faltante que hayas resuelto; ve preparada.

Saludos!
""", parent="pl2")
    M("pl4", me, [omar], "2026-03-20 18:40", """
Ing. Pulido:

Muchas gracias por la entrevista de esta tarde. Disfruté mucho la conversación sobre el paso de inyectar sobre pedido a inyectar sobre pronóstico, y me quedé pensando en cómo calcular los lotes mínimos con los cambios de molde.

Sigo muy interesada en la posición. Sofía, gracias también por la coordinación.

Saludos cordiales,
Mariana Ochoa Rentería
33 2841 6673
""", parent="pl3", cc=[sofia])
    M("pl5", sofia, [me], "2026-03-23 10:05", """
Hola Mariana:

El Ing. Pulido me pidió agradecerte tu tiempo del viernes. Estamos terminando entrevistas esta semana; el comité de selección se reúne el miércoles 1 de abril y la decisión se te comunicará a más tardar el lunes 6 de abril.

Saludos,
""", parent="pl4")
    M("pl6", me, [sofia], "2026-03-23 11:00", """
Gracias, Sofía. Quedo atenta.

Mariana
""", parent="pl5")
    case.thread("pl1", True, "interview", "Plásticos Técnicos de Jalisco",
                "slots offered day-first (20/03, 23/03); Meet interview Fri Mar 20 16:00 (no "
                "end) with Omar Pulido, thanked in Spanish (stale); Sofía, Mar 23: committee "
                "meets Wed Apr 1, 'la decisión se te comunicará a más tardar el lunes 6 de "
                "abril'; nothing from the company since")
    case.meeting("pl1", T("2026-03-20 16:00"), None, met=[omar.email],
                 what="Meet interview (thanked in Spanish, stale)")
    case.promise("pl1", "pl5", sofia.email, "2026-04-06")

    # ======================================================================
    # Logística Fría del Pacífico – a Zoom 'plática'; only a thanks before it
    # ======================================================================
    gus = P("Gustavo Lara Cervantes", "gustavo.lara@lfpacifico.com.mx", MX, "gmail",
            qs="gmail_es", sig=("Gustavo Lara Cervantes\nGerente de Operaciones – CEDIS Guadalajara\n"
                                "Logística Fría del Pacífico\nCel. 33 1688 4207"))
    ctb = P("Computrabajo", "noreply@computrabajo.com.mx", MX, "auto")
    ctb_txt = """
¡Hola, Mariana!

La empresa Logística Fría del Pacífico vio tu hoja de vida.

Vacante: Analista de Inventarios – CEDIS Guadalajara
Guadalajara, Jalisco · Tiempo completo · $22,000 - $26,000 (Mensual)

Las empresas suelen contactar a los candidatos en los días siguientes. Mantén tu hoja de vida actualizada y revisa tu correo y tu teléfono.

Ver el estado de mis postulaciones: https://candidato.mx.computrabajo.com/candidate/matches

Recibes este correo porque tienes activadas las notificaciones de tus postulaciones en Computrabajo.
"""
    M("ctb1", ctb, [me], "2026-04-08 10:12", ctb_txt, html=html_of(ctb_txt), html_only=True,
      subject="Logística Fría del Pacífico vio tu hoja de vida", headers=AUTO)
    case.thread("ctb1", True, "application", "Logística Fría del Pacífico",
                "Computrabajo notice that the company opened her CV (automated)")
    M("lf1", gus, [me], "2026-04-09 17:20", """
Mariana, buenas tardes.

Te escribo porque vi tu postulación en Computrabajo para Analista de Inventarios en nuestro CEDIS de Guadalajara (cadena fría: lácteos y cárnicos). Antes de meterte al proceso formal con RH me gustaría platicar contigo unos 45 minutos por Zoom. ¿Cómo andas el martes 14 a las 12 del día?

Saludos,
""", subject="Coordinación de inventarios – LFP Guadalajara")
    M("lf2", me, [gus], "2026-04-09 19:00", """
Buenas tardes, Ing. Lara:

Con gusto. El martes 14 a las 12:00 estoy disponible.

Saludos cordiales,
Mariana Ochoa Rentería
33 2841 6673
""", parent="lf1")
    M("lf3", gus, [me], "2026-04-10 09:15", """
Perfecto, aquí están los datos:

Gustavo Lara te está invitando a una reunión de Zoom programada.

Tema: Mariana Ochoa – Analista de Inventarios
Hora: 14 abr 2026 12:00 p. m. Ciudad de México

Unirse a la reunión Zoom
https://us06web.zoom.us/j/84512093377?pwd=bU1xR2tXc0hYdFZpQ0hJeXRnM2ZkQT09

ID de reunión: 845 1209 3377
Código de acceso: 582113

Saludos,
""", parent="lf2")
    M("lf4", me, [gus], "2026-04-13 18:30", """
Gracias, Ing. Lara. Ahí estaré mañana puntual.

Saludos,
Mariana
""", parent="lf3")
    case.thread("lf1", True, "interview", "Logística Fría del Pacífico",
                "the operations manager asks to 'platicar' 45 minutes on Zoom, Tue Apr 14 "
                "12:00-12:45; Zoom details pasted in the mail; Mariana's only thanks came the "
                "evening before; nothing since the call")
    case.meeting("lf1", T("2026-04-14 12:00"), T("2026-04-14 12:45"), met=[gus.email],
                 what="Zoom interview")

    # ======================================================================
    # Confitería Tapatía – moved to a day after now
    # ======================================================================
    rocio = P("Rocío Mendoza Lara", "rocio.mendoza@confiteriatapatia.com.mx", MX, "outlook",
              region="namprd20", qs="outlook_es", sig=(
                  "Lic. Rocío Mendoza Lara\nCapital Humano\nConfitería Tapatía, S.A. de C.V.\n"
                  "Tel. 33 3670 1188 ext. 140"))
    fabian = P("Fabián Delgado Ruiz", "fabian.delgado@confiteriatapatia.com.mx", MX, "outlook")
    M("dl1", rocio, [me], "2026-04-07 13:00", """
Mariana, buena tarde:

Gracias por tu interés en la vacante de Analista de Planeación de Materiales. Te agendo entrevista por Teams el martes 14 de abril a las 17:00 hrs con el Ing. Fabián Delgado, Gerente de Planeación. En un momento te llega la invitación de Outlook con la liga.

Saludos,
""", subject="Entrevista Analista de Planeación de Materiales – Confitería Tapatía")
    dl_desc = ("Entrevista con el Ing. Fabián Delgado, Gerente de Planeación.\n\n" +
               teams_es("219 664 081 305", "u4Gk9P", "MzQ5YWQ0MWQtMmUzNS00NjI0"))
    dl_uid = uid_outlook(NAME, "confiteria-fabian")
    M("dlinv1", rocio, [me, fabian], "2026-04-07 13:05", dl_desc, sig=False,
      subject="Entrevista Mariana Ochoa – Analista de Planeación de Materiales",
      ics=make_ics(method="REQUEST", uid=dl_uid, stamp=T("2026-04-07 13:05"),
                   start=T("2026-04-14 17:00"), end=T("2026-04-14 18:00"),
                   summary="Entrevista Mariana Ochoa – Analista de Planeación de Materiales",
                   organizer=rocio, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                               (fabian, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time (Mexico)", location="Reunión de Microsoft Teams",
                   description=dl_desc, prodid=EXCHANGE_PRODID, extra=OUTLOOK_X),
      ics_mode="outlook")
    M("dl2", me, [rocio], "2026-04-07 14:10", """
Lic. Mendoza, buenas tardes:

Muchas gracias. Confirmo la entrevista del martes 14 de abril a las 17:00.

Saludos cordiales,
Mariana Ochoa Rentería
""", parent="dl1")
    M("dl3", rocio, [me], "2026-04-13 16:50", """
Mariana, buena tarde:

Una disculpa: al Ing. Delgado se le empalmó mañana la junta de cierre mensual. ¿Podríamos mover tu entrevista al viernes 17 de abril a las 10:00?

Saludos,
""", parent="dl2")
    M("dl4", me, [rocio], "2026-04-13 17:30", """
Viernes perfecto.

Mariana
""", parent="dl3")
    dl_desc2 = ("Se movió al viernes 17 de abril, 10:00 hrs.\n\n"
                "Entrevista con el Ing. Fabián Delgado, Gerente de Planeación.\n\n" +
                teams_es("219 664 081 305", "u4Gk9P", "MzQ5YWQ0MWQtMmUzNS00NjI0"))
    M("dlinv2", rocio, [me, fabian], "2026-04-13 17:45", dl_desc2, sig=False, parent="dlinv1",
      quote=False,
      subject="Actualizado: Entrevista Mariana Ochoa – Analista de Planeación de Materiales",
      ics=make_ics(method="REQUEST", uid=dl_uid, stamp=T("2026-04-13 17:45"),
                   start=T("2026-04-17 10:00"), end=T("2026-04-17 11:00"),
                   summary="Entrevista Mariana Ochoa – Analista de Planeación de Materiales",
                   organizer=rocio, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                               (fabian, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time (Mexico)", location="Reunión de Microsoft Teams",
                   description=dl_desc2, prodid=EXCHANGE_PRODID, sequence=1, extra=OUTLOOK_X),
      ics_mode="outlook")
    case.thread("dl1", True, "interview", "Confitería Tapatía",
                "Rocío sets a Teams interview Tue Apr 14 17:00; on Apr 13 she asks to move it to "
                "Fri Apr 17 10:00 and Mariana agrees in two words")
    case.thread("dlinv1", True, "interview", "Confitería Tapatía",
                "Outlook invite (Central Standard Time (Mexico)) for Tue Apr 14 17:00-18:00 with "
                "Fabián Delgado, updated (SEQUENCE 1) to Fri Apr 17 10:00-11:00, after now")
    case.meeting("dlinv1", T("2026-04-14 17:00"), T("2026-04-14 18:00"), met=[fabian.email],
                 status="moved", what="interview, moved later")
    case.meeting("dlinv1", T("2026-04-17 10:00"), T("2026-04-17 11:00"), met=[fabian.email],
                 status="scheduled", what="interview, new time")

    # ======================================================================
    # HETSA – interview cancelled (vacancy on hold)
    # ======================================================================
    diana = P("Diana Flores Topete", "diana.flores@hetsa.com.mx", MX, "outlook",
              region="namprd20", qs="outlook_es", sig=(
                  "Diana Flores Topete\nReclutamiento y Selección\n"
                  "Hules y Empaques de Tlaquepaque, S.A. de C.V.\nTel. 33 3635 2040 ext. 17"))
    martin = P("Martín Robles Anguiano", "martin.robles@hetsa.com.mx", MX, "outlook")
    room = ("Sala de Juntas 2 – Planta Alta", "sala.juntas2@hetsa.com.mx")
    M("hu1", diana, [me], "2026-04-01 10:10", """
Buen día, Mariana:

Te contacto de Hules y Empaques de Tlaquepaque. Revisamos tu CV en OCC y nos gustaría invitarte a una entrevista presencial con el Ing. Martín Robles, Gerente de Logística. ¿Te queda bien el jueves 9 de abril a las 11:00 en nuestras oficinas de Tlaquepaque?

Saludos,
""", subject="HETSA – entrevista Planeador de Producción y Materiales")
    M("hu2", me, [diana], "2026-04-01 11:30", """
Buen día, Diana:

Sí, perfecto. El jueves 9 a las 11:00 ahí estaré.

Saludos,
Mariana
""", parent="hu1")
    hu_loc = ("HETSA – Calle Herreros 214, Parque Industrial El Álamo, Tlaquepaque; "
              "Sala de Juntas 2 – Planta Alta")
    hu_uid = uid_outlook(NAME, "hetsa-martin")
    M("huinv1", diana, [me, martin], "2026-04-01 11:50",
      "Entrevista con el Ing. Martín Robles, Gerente de Logística.\n"
      "Presentarse en recepción con identificación oficial.\n", sig=False,
      subject="Entrevista – Mariana Ochoa Rentería (Planeador de Producción)",
      ics=make_ics(method="REQUEST", uid=hu_uid, stamp=T("2026-04-01 11:50"),
                   start=T("2026-04-09 11:00"), end=T("2026-04-09 12:00"),
                   summary="Entrevista – Mariana Ochoa Rentería (Planeador de Producción)",
                   organizer=diana, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                               (martin, "NEEDS-ACTION", "INDIVIDUAL"),
                                               (room, "ACCEPTED", "ROOM")],
                   tzid="Central Standard Time (Mexico)", location=hu_loc,
                   description="Entrevista con el Ing. Martín Robles, Gerente de Logística.",
                   prodid=EXCHANGE_PRODID, extra=OUTLOOK_X),
      ics_mode="outlook")
    M("huinv2", diana, [me, martin], "2026-04-08 09:30",
      "Por reestructura del área, la vacante quedó en pausa. Una disculpa.\n", sig=False,
      parent="huinv1", quote=False,
      subject="Cancelado: Entrevista – Mariana Ochoa Rentería (Planeador de Producción)",
      ics=make_ics(method="CANCEL", uid=hu_uid, stamp=T("2026-04-08 09:30"),
                   start=T("2026-04-09 11:00"), end=T("2026-04-09 12:00"),
                   summary="Cancelado: Entrevista – Mariana Ochoa Rentería (Planeador de Producción)",
                   organizer=diana, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                               (martin, "NEEDS-ACTION", "INDIVIDUAL"),
                                               (room, "ACCEPTED", "ROOM")],
                   tzid="Central Standard Time (Mexico)", location=hu_loc,
                   prodid=EXCHANGE_PRODID, sequence=1, status="CANCELLED"),
      ics_mode="outlook")
    M("hu3", diana, [me], "2026-04-08 09:40", """
Mariana, buen día:

Te acabo de cancelar la invitación de mañana. Por una reestructura en el área de Logística, la vacante quedó en pausa por el momento. Te ofrezco una disculpa por el inconveniente; si se reactiva, te busco.

Saludos,
""", parent="hu2")
    M("hu4", me, [diana], "2026-04-08 12:00", """
Entiendo, Diana, gracias por avisarme con tiempo. Quedo a tus órdenes si se reactiva.

Saludos,
Mariana
""", parent="hu3")
    case.thread("hu1", True, "interview", "Hules y Empaques de Tlaquepaque",
                "in-person interview proposed for Thu Apr 9 11:00, then cancelled on Apr 8 "
                "(vacancy on hold, no date to come back)")
    case.thread("huinv1", True, "interview", "Hules y Empaques de Tlaquepaque",
                "Outlook invite with a meeting room (CUTYPE=ROOM), cancelled by ICS CANCEL on "
                "Apr 8; the interview never took place")
    case.meeting("huinv1", T("2026-04-09 11:00"), T("2026-04-09 12:00"), met=[martin.email],
                 status="cancelled", what="cancelled interview")

    # ======================================================================
    # Grupo Papelero de Occidente – iCIMS acknowledgement and rejection
    # ======================================================================
    icims = P("Grupo Papelero de Occidente", "notificaciones@talent.icims.com", MX, "auto",
              msgid_domain="talent.icims.com")
    pap1_txt = """
Hola Mariana:

Gracias por tu interés en Grupo Papelero de Occidente. Confirmamos que recibimos tu postulación para la posición Planeador de Producción (Req. 4417) – Planta Zapotlanejo.

Revisaremos tu perfil y, si avanzas a la siguiente etapa, nos comunicaremos contigo.

Atentamente,
Equipo de Talento – Grupo Papelero de Occidente

Por favor no respondas a este mensaje; este buzón no es monitoreado.
"""
    M("pap1", icims, [me], "2026-03-03 22:35", pap1_txt, html=html_of(pap1_txt), html_only=True,
      subject="Confirmación de postulación – Planeador de Producción (Req. 4417)", headers=AUTO)
    pap2_txt = """
Hola Mariana:

Gracias por el tiempo que dedicaste a postularte para Planeador de Producción (Req. 4417) en Grupo Papelero de Occidente.

Después de revisar con detalle los perfiles recibidos, decidimos avanzar con otras personas cuya experiencia se alinea más con lo que buscamos en este momento.

Te invitamos a seguir atenta a nuestras vacantes en el portal. Te deseamos éxito en tu búsqueda.

Atentamente,
Equipo de Talento – Grupo Papelero de Occidente
"""
    M("pap2", icims, [me], "2026-03-27 09:05", pap2_txt, html=html_of(pap2_txt), html_only=True,
      subject="Actualización sobre tu postulación – Planeador de Producción", headers=AUTO)
    case.thread("pap1", True, "application", "Grupo Papelero de Occidente",
                "iCIMS acknowledgement of a portal application")
    case.thread("pap2", True, "rejection", "Grupo Papelero de Occidente",
                "iCIMS rejection, no interview, no person")

    # ======================================================================
    # Noise: the current job (Distribuciones Mezquitán)
    # ======================================================================
    raul = P("Raúl Estrada Beltrán", "raul.estrada@dmezquitan.com.mx", MX, "outlook",
             region="namprd20", qs="outlook_es", sig=(
                 "Ing. Raúl Estrada Beltrán\nGerente de Operaciones\n"
                 "Distribuciones Mezquitán, S.A. de C.V.\nTel. 33 3614 9020 ext. 201"))
    itzel = P("Itzel Cruz Medrano", "itzel.cruz@dmezquitan.com.mx", MX, "outlook",
              region="namprd20", qs="outlook_es",
              sig="Itzel Cruz Medrano\nAuxiliar de Inventarios | Distribuciones Mezquitán")
    kevin = P("Kevin Ramírez Ledesma", "kevin.ramirez.ldm@gmail.com", MX, "gmail")

    M("cjp1", me, [raul], "2026-03-23 20:10", """
Raúl, buenas noches.

¿Me das permiso el jueves 26 en la mañana? Tengo un trámite personal y llegaría a las 2. El reporte de embarques lo dejo cerrado el miércoles.

Gracias,
Mariana
""", subject="Permiso jueves 26")
    M("cjp2", raul, [me], "2026-03-24 08:20", """
Sí, Mariana, sin problema. Nada más avísale a Itzel para que cubra la recepción de Scribe.
""", parent="cjp1")
    case.thread("cjp1", False, None, "Distribuciones Mezquitán",
                "current job: she asks her manager for the morning of the plant interview off")

    M("cj4", itzel, [me], "2026-03-24 13:10", """
Mariana, te mando las diferencias del conteo cíclico del pasillo C (semana 13). Salen 14 SKUs con diferencia, casi todos de cuadernos profesionales.

¿Lo revisamos mañana antes de que le suba el reporte a Raúl? Te lo mando aquí porque el correo de la empresa sigue sin jalar desde la migración.
""", subject="Conteo cíclico S13 – diferencias pasillo C",
      attachments=[("Conteo_ciclico_S13_pasilloC.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX)])
    M("cj5", me, [itzel], "2026-03-24 20:45", """
Sí, Itzel, mañana a las 8:30 lo vemos. Ojo con los SKUs de Scribe: creo que es otra vez la unidad de medida (paquete vs. pieza) en la recepción.

Mariana
""", parent="cj4")
    M("cj6", itzel, [me], "2026-03-25 07:05", """
Sale, aquí te espero con café ☕
""", parent="cj5", sig=False)
    case.thread("cj4", False, None, "Distribuciones Mezquitán",
                "current job: cycle-count differences from a colleague")
    case.meeting("cj4", T("2026-03-25 08:30"), None, job=False, what="count review at work")

    cj_desc = ("Mariana, te la mando a tu correo personal porque en el de la empresa no te está "
               "llegando nada.\n\nTú haces la parte técnica: rutas, evidencias de entrega y manejo "
               "de incidencias con paqueterías. Va su CV adjunto.\nSala de juntas de planta alta.")
    M("cj1", raul, [me], "2026-03-30 17:20", cj_desc, sig=False,
      subject="Entrevista candidato Auxiliar de Tráfico – Kevin Ramírez",
      ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "mezquitan-kevin"),
                   stamp=T("2026-03-30 17:20"), start=T("2026-04-01 10:00"),
                   end=T("2026-04-01 10:45"),
                   summary="Entrevista candidato Auxiliar de Tráfico – Kevin Ramírez",
                   organizer=raul, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time (Mexico)", location="Sala de juntas planta alta",
                   description=cj_desc, prodid=EXCHANGE_PRODID, extra=OUTLOOK_X),
      ics_mode="outlook",
      attachments=[("CV_Kevin_Ramirez.pdf", "application/pdf", CV_KEVIN)])
    case.thread("cj1", False, None, "Distribuciones Mezquitán",
                "current job: Mariana interviews a candidate (Wed Apr 1 10:00-10:45) with her "
                "manager; she is on the hiring side")
    case.meeting("cj1", T("2026-04-01 10:00"), T("2026-04-01 10:45"), job=False,
                 what="she interviews a candidate at work")

    M("cj2", me, [raul], "2026-04-01 11:30", """
Raúl:

Mis comentarios de Kevin:
- Conoce bien el armado de rutas y trae experiencia con evidencias de entrega (firma y foto).
- Maneja incidencias con paqueterías sin problema; dio buen ejemplo con Estafeta.
- Flojo en Excel (no conoce BUSCARV ni tablas dinámicas).

Yo sí lo pasaría a segunda, con prueba de Excel.

Mariana
""", subject="Comentarios entrevista Kevin Ramírez")
    M("cj3", raul, [me], "2026-04-01 12:10", """
Gracias, Mariana. Coincido, le marco para la prueba.
""", parent="cj2")
    case.thread("cj2", False, None, "Distribuciones Mezquitán",
                "current job: her notes on the candidate")

    M("kv1", kevin, [raul], "2026-04-01 18:30", """
Buenas tardes Ing. Estrada y Lic. Ochoa:

Les agradezco mucho la entrevista de hoy y el tiempo que me dedicaron. Me interesa mucho el puesto de Auxiliar de Tráfico y quedo atento a la prueba de Excel que me comentaron.

Saludos cordiales,
Kevin Ramírez Ledesma
Cel. 33 1874 2290
""", subject="Agradecimiento entrevista – Auxiliar de Tráfico", cc=[me])
    case.thread("kv1", False, None, "Distribuciones Mezquitán",
                "a candidate she interviewed at work thanks her and her manager; nothing owed")

    # ======================================================================
    # Noise: gym, bills, bank, shopping
    # ======================================================================
    gym = P("Vértice Fitness Providencia", "no-reply@verticefitness.mx", MX, "auto")
    gym_txt = """
¡Hola, Mariana!

Te recordamos que tu membresía mensual se renueva automáticamente el 5 de marzo de 2026 con cargo a tu tarjeta terminación 4471.

Plan: Vértice Full (acceso a todas las clases)
Monto: $1,190.00 MXN

Nuevo en marzo: clase de funcional los sábados a las 9:00 y horario extendido entre semana hasta las 23:00.

Si deseas cambiar de plan, acude a recepción o escríbenos por WhatsApp.

Vértice Fitness Providencia · Av. Pablo Neruda 2890, Guadalajara
"""
    M("gy1", gym, [me], "2026-03-02 07:00", gym_txt, html=html_of(gym_txt),
      subject="Tu membresía se renueva el 5 de marzo", headers=AUTO)
    case.thread("gy1", False, None, "Vértice Fitness", "gym renewal notice")

    ivan = P("Iván Zúñiga", "coach.ivanzuniga@gmail.com", MX, "gmail", qs="gmail_es",
             sig="Coach Iván Zúñiga\nVértice Fitness Providencia\nWhatsApp 33 1145 7720")
    M("gy2", ivan, [me], "2026-04-06 19:10", """
Hola Mariana!

Ya te agendé tu valoración InBody y la revisión de tu plan para el sábado 11 a las 8:00 am, antes de la clase de funcional. Ven en ayunas y sin haber entrenado el viernes.

El martes 14 te mando por aquí tu nuevo plan de entrenamiento y la guía de alimentación.

Saludos!
""", subject="Valoración InBody y nuevo plan")
    M("gy3", me, [ivan], "2026-04-06 20:00", """
Va, Iván, ahí nos vemos el sábado. ¡Gracias!

Mariana
""", parent="gy2")
    M("gy4", ivan, [me], "2026-04-14 21:05", """
Mariana, aquí va tu plan 💪 Cualquier duda me escribes por WhatsApp.
""", parent="gy3", attachments=[("Plan_Mariana_Ochoa_abril.pdf", "application/pdf", PLAN_GYM)])
    case.thread("gy2", False, None, "Vértice Fitness",
                "gym coach books a body-composition 'valoración' Sat Apr 11 08:00 and promises "
                "the new plan by Tue Apr 14 (sent that evening)")
    case.meeting("gy2", T("2026-04-11 08:00"), None, met=[ivan.email], job=False,
                 what="gym assessment")
    case.promise("gy2", "gy2", ivan.email, "2026-04-14", job=False)

    cfe = P("CFE Suministrador de Servicios Básicos", "recibodigital@cfe.mx", MX, "auto")
    cfe_txt = """
Estimado(a) MARIANA OCHOA RENTERIA:

Tu recibo de luz digital ya está disponible.

Número de servicio: 482911307712
Periodo facturado: 06 ENE 26 - 05 MAR 26
Total a pagar: $587.00
Fecha límite de pago: 23 MAR 2026

Paga en CFE.mx, en la app CFE Contigo, en tu banca en línea o en tiendas de conveniencia.

Este correo es informativo; no es necesario responderlo.
"""
    M("cfe1", cfe, [me], "2026-03-06 06:15", cfe_txt, html=html_of(cfe_txt),
      subject="Tu recibo de luz ya está disponible – Servicio 482911307712", headers=AUTO)
    case.thread("cfe1", False, None, "CFE", "bimonthly electricity bill")

    bbva = P("BBVA México", "notificaciones@bbva.mx", MX, "auto")
    bb1_txt = """
Mariana Ochoa Rentería:

Realizaste un pago de servicio desde BBVA México.

Servicio: CFE LUZ
Referencia: 482911307712
Importe: $587.00 MXN
Cuenta de cargo: •4471
Fecha y hora: 19/03/2026 13:48:05
Folio: 0039218744

Si no reconoces esta operación, llama a Línea BBVA 55 5226 2663.
"""
    M("bb1", bbva, [me], "2026-03-19 13:48", bb1_txt, html=html_of(bb1_txt), html_only=True,
      subject="Comprobante de pago de servicio CFE", headers=AUTO)
    case.thread("bb1", False, None, "BBVA México", "bank receipt for the electricity bill")
    bb2_txt = """
Mariana Ochoa Rentería:

Recibiste una transferencia SPEI.

Ordenante: SURTIDO AGIL SA DE CV
Banco ordenante: BANORTE
Concepto: DIA PRUEBA 10ABR M OCHOA
Importe: $900.00 MXN
Cuenta destino: •2917
Fecha y hora: 13/04/2026 10:02:41
Clave de rastreo: 2026041340072BMOV000391827

Si no reconoces esta operación, llama a Línea BBVA 55 5226 2663.
"""
    M("bb2", bbva, [me], "2026-04-13 10:02", bb2_txt, html=html_of(bb2_txt), html_only=True,
      subject="Recibiste una transferencia SPEI", headers=AUTO)
    case.thread("bb2", False, None, "BBVA México",
                "bank notice of the trial-day payment (names Surtido Ágil; automated)")

    izzi = P("izzi", "notificaciones@izzi.mx", MX, "auto")
    izzi_txt = """
Hola MARIANA:

Tu estado de cuenta de abril ya está disponible.

Cuenta: 28847133
Total a pagar: $549.00
Pago oportuno antes del: 15/04/2026

Recuerda que con el cargo automático a tu tarjeta no te preocupas por fechas.
"""
    M("izzi1", izzi, [me], "2026-04-03 05:40", izzi_txt, html=html_of(izzi_txt),
      subject="Tu estado de cuenta izzi de abril", headers=AUTO)
    case.thread("izzi1", False, None, "izzi", "internet bill")

    ml = P("Mercado Libre", "info@e.mercadolibre.com.mx", MX, "auto")
    ml_items = [
        ("ml1", "2026-04-02 21:30", "Compraste Bota Industrial Dama Casquillo Acero Antiderrapante 24",
         """
¡Hola, Mariana!

Compraste Bota Industrial Dama Casquillo Acero Antiderrapante – Talla 24 – Negro.
1 unidad · $689.00
Pagaste con tarjeta de débito terminación 4471.

Llega entre el viernes 3 y el lunes 6 de abril a Calle Lope de Vega 118, int. 4, Guadalajara.

Puedes seguir tu compra en Mis compras.
"""),
        ("ml2", "2026-04-04 08:10", "Tu compra está en camino",
         """
¡Tu paquete ya va en camino!

Bota Industrial Dama Casquillo Acero Antiderrapante – Talla 24
Número de envío: 43912866170

Llega el lunes 6 de abril. No hace falta que estés en casa: si no hay nadie, lo dejaremos con un vecino o en portería.
"""),
        ("ml3", "2026-04-06 14:25", "¡Entregamos tu paquete!",
         """
¡Entregamos tu compra!

Bota Industrial Dama Casquillo Acero Antiderrapante – Talla 24
Lo recibió: Portería.

Si algo no está bien, tienes 30 días para devolverlo gratis.
"""),
        ("ml4", "2026-04-12 10:00", "¿Qué te parecieron tus Bota Industrial Dama Casquillo?",
         """
Mariana, cuéntanos qué te pareció tu compra.

Bota Industrial Dama Casquillo Acero Antiderrapante – Talla 24
★ ★ ★ ★ ★

Tu opinión ayuda a miles de personas a comprar mejor.
"""),
    ]
    for key, when, subj, txt in ml_items:
        M(key, ml, [me], when, txt, html=html_of(txt), html_only=True, subject=subj,
          headers=dict(AUTO, **{"List-Unsubscribe":
                                "<https://myaccount.mercadolibre.com.mx/notifications>"}))
        case.thread(key, False, None, "Mercado Libre",
                    "order of safety boots for the trial day: " + subj)

    # ======================================================================
    # Noise: friends, family, the wedding, the choir
    # ======================================================================
    boda = P("Daniela & Rodrigo", "daniyrodrigo.boda@gmail.com", MX, "gmail", qs="gmail_es")
    boda_txt = """
¡NOS CASAMOS!

Daniela Haro Villaseñor & Rodrigo Anguiano Ruiz

Con la bendición de Dios y de nuestros padres, tenemos el gusto de invitarte a celebrar nuestro matrimonio.

Sábado 25 de abril de 2026
Ceremonia religiosa: Parroquia de San Pedro Apóstol, Tlaquepaque · 17:00 h
Recepción: Hacienda El Carmen · 19:30 h

Código de vestimenta: formal
Mesa de regalos: Liverpool, evento 51234567

Por favor confírmanos tu asistencia antes del 25 de marzo respondiendo este correo. ¡Te esperamos!
"""
    M("wd1", boda, [me], "2026-03-02 20:00", boda_txt, html=html_of(boda_txt),
      subject="¡Nos casamos! 💍 Daniela & Rodrigo – 25.04.2026")
    M("wd2", me, [boda], "2026-03-03 08:15", """
¡¡Dani, Rodri!! Qué emoción 😭💕 Confirmo, ahí estaré (voy sola, jaja). Los quiero mucho.

Mariana
""", parent="wd1")
    M("wd3", boda, [me], "2026-03-03 12:40", """
¡Gracias Mariana! Te apartamos lugar en la mesa de las de la prepa 🥰

Dani
""", parent="wd2")
    case.thread("wd1", False, None, None, "a friend's wedding invitation, Sat Apr 25")
    case.meeting("wd1", T("2026-04-25 17:00"), T("2026-04-26 02:00"), job=False,
                 status="scheduled", what="wedding")

    sofi = P("Sofi García", "sofi.garciarios@gmail.com", MX, "gmail", qs="gmail_es")
    paty = P("Paty Lomelí", "paty.lomeli@hotmail.com", MX, "outlook", region="namprd04",
             qs="outlook_es")
    ale = P("Ale Camarena", "alecamarena.d@gmail.com", MX, "gmail")
    M("dsp1", sofi, [me, paty, ale], "2026-03-21 11:30", """
Chicas!! Ya tenemos fecha para la despedida de Dani: sábado 18 de abril 🎉

Propuesta: brunch en Chapalita y luego spa. Sale como en $1,200 por cabeza, ya con el regalo. ¿Quién se encarga del pastel? ¿Y quién ve las reservas?
""", subject="Despedida de Dani 💃")
    M("dsp2", paty, [sofi, me, ale], "2026-03-21 12:05", """
Yo me encargo del pastel!! Mariana, ¿tú ves las reservas? Tú eres la de logística jajaja
""", parent="dsp1")
    M("dsp3", me, [sofi, paty, ale], "2026-03-21 14:20", """
Jajaja ok, yo reservo. Veo brunch 10:30 en Chapalita y spa a la 1 en Providencia para 8. Les confirmo el lunes.
""", parent="dsp2")
    M("dsp4", me, [sofi, paty, ale], "2026-03-23 19:10", """
Listo chicas: brunch 10:30 en La Cafetería (Chapalita) y spa 13:00 en Alma Spa. Ya dejé el anticipo de $2,000, luego me lo reponen 😬
""", parent="dsp3")
    M("dsp5", sofi, [me, paty, ale], "2026-04-12 21:00", """
Les paso la cuenta para la cooperación: BBVA 4152 3138 0927 5561 a nombre de Sofía García Ríos. Antes del jueves porfa 🙏
""", parent="dsp4")
    case.thread("dsp1", False, None, None,
                "friends planning the bachelorette on Sat Apr 18; Mariana books it (her promise "
                "to friends, kept)")
    case.own_promise("dsp1", "dsp3", to=sofi.email, last_day="2026-03-23", kept_by="dsp4",
                     job=False)
    case.meeting("dsp1", T("2026-04-18 10:30"), T("2026-04-18 16:00"), job=False,
                 status="scheduled", what="bachelorette brunch and spa")

    lvp = P("Liverpool Mesa de Regalos", "mesaderegalos@liverpool.com.mx", MX, "auto")
    lvp_txt = """
¡Gracias por tu compra!

Evento: 51234567 – Boda Daniela & Rodrigo
Artículo: Juego de 6 copas para vino tinto, cristal
Importe: $1,890.00
Mensaje para los festejados: "¡Muchas felicidades! Con mucho cariño, Mariana."

Los festejados recibirán tu regalo junto con tu mensaje.
"""
    M("lvp1", lvp, [me], "2026-04-02 16:40", lvp_txt, html=html_of(lvp_txt), html_only=True,
      subject="Confirmación de tu regalo – Evento 51234567", headers=AUTO)
    case.thread("lvp1", False, None, "Liverpool", "wedding-registry receipt")

    M("pt1", paty, [me], "2026-04-14 22:30", """
Amiga!! ¿Qué pasó con lo de los gringos y lo de los holandeses? Cuéntame todo. ¿Vamos por unos tacos el jueves?
""", subject="¿y qué onda con la chamba?")
    M("pt2", me, [paty], "2026-04-15 07:10", """
Amiga, te cuento: los de Texas quedaron de avisar hoy miércoles y todavía nada 🙃, y la de los holandeses me contestó con un out of office jaja. Lo bueno: me fue muy bien en el día de prueba del CEDIS.

Jueves tacos sí!! ¿8 pm en los de Providencia?
""", parent="pt1")
    M("pt3", paty, [me], "2026-04-15 08:40", """
Va! 8 en punto, no llegues tarde como siempre 😂
""", parent="pt2")
    case.thread("pt1", False, None, None, "a friend asks about the job search; tacos Thursday")
    case.meeting("pt1", T("2026-04-16 20:00"), None, job=False, status="scheduled",
                 what="tacos with a friend")

    mama = P("Lupita Rentería", "lupitarenteria61@hotmail.com", MX, "outlook", region="namprd04",
             qs="outlook_es")
    M("fm1", mama, [me], "2026-03-27 22:10", """
Hija, el domingo después de misa comemos en casa de tu abuela, va a ir tu tía Chela con Toño. Lleva el postre que tú quieras.

¿Cómo te fue en la entrevista del Salto? No me contaste nada!!

Te quiero mucho. Mamá
""", subject="Domingo de Ramos")
    M("fm2", me, [mama], "2026-03-28 09:30", """
Ma! Me fue bien, conocí la planta y todo. Me dijeron que me hablan el martes 7 😬. Llevo pay de limón. Te quiero!
""", parent="fm1")
    M("fm3", mama, [me], "2026-03-28 10:02", """
Ay qué bueno mija, le vamos a rezar a San Judas 🙏 Pay de limón perfecto.
""", parent="fm2")
    case.thread("fm1", False, None, None, "her mother: Sunday lunch, asks about the interview")
    case.meeting("fm1", T("2026-03-29 14:30"), None, job=False, what="family lunch")

    regi = P("Regina Ochoa", "regina.ochoa.r@gmail.com", MX, "gmail", qs="gmail_es")
    M("rg1", regi, [me], "2026-04-06 20:15", """
Te mando las fotos de Tapalpa!! Salieron bien bonitas las de la cabaña. La tuya con el perro es mi favorita jaja

https://photos.app.goo.gl/pX7sFvH2RkQ9mLzB6
""", subject="Fotos Tapalpa 📸")
    M("rg2", me, [regi], "2026-04-06 21:40", """
Están hermosas!! Ya hacía falta ese fin de semana. Me robo la del atardecer para mi fondo de pantalla
""", parent="rg1")
    case.thread("rg1", False, None, None, "her sister's Easter trip photos")

    arturo = P("Arturo Valdivia", "mtro.arturovaldivia@gmail.com", MX, "gmail", qs="gmail_es",
               sig="Mtro. Arturo Valdivia\nDirector del Coro – Parroquia de San Miguel Arcángel")
    coro = P("Coro San Miguel", "coro-sanmiguel-gdl@googlegroups.com", MX, "gmail")
    M("ch1", arturo, [coro], "2026-03-10 22:00", """
Queridos todos:

Les comparto el calendario de Semana Santa 2026:

- Ensayos: miércoles 18 y 25 de marzo, 20:00 h, salón parroquial
- Domingo de Ramos 29/03: misa de 12:00 (citados 11:15)
- Jueves Santo 02/04: Misa de la Cena del Señor, 19:00 (citados 18:15)
- Viernes Santo 03/04: no canta el coro; el canto de la Pasión es con el grupo de jóvenes
- Sábado 04/04: Vigilia Pascual, 21:00 (citados 20:00, traigan vela)
- Domingo de Pascua 05/04: misa de 12:00

Recuerden la cuota de $350 para las túnicas nuevas.

Dios los bendiga.
""", subject="Calendario Semana Santa 2026", headers={"List-Id": "<coro-sanmiguel-gdl.googlegroups.com>"})
    M("ch2", me, [arturo], "2026-03-11 07:40", """
Maestro, cuente conmigo en todo. El miércoles 25 llego un poco tarde porque salgo de trabajar a las 7:30.

¡Bendiciones!
Mariana
""", parent="ch1")
    case.thread("ch1", False, None, "Parroquia de San Miguel Arcángel",
                "church choir: Holy Week calendar")
    M("ch3", arturo, [coro], "2026-03-26 21:45", """
Coro: el ensayo general será el lunes 30 a las 20:00 en el templo (no en el salón).

El viernes les confirmo quién canta el salmo responsorial del Jueves Santo y de la Vigilia.
""", subject="Ensayo general lunes 30 + salmo", headers={"List-Id": "<coro-sanmiguel-gdl.googlegroups.com>"})
    M("ch4", arturo, [coro], "2026-03-27 20:10", """
Salmo del Jueves Santo: Mariana. Vigilia: Lupita y Tere.

Mariana, ensaya la antífona en re, la bajamos un tono.
""", parent="ch3", headers={"List-Id": "<coro-sanmiguel-gdl.googlegroups.com>"})
    M("ch5", me, [arturo], "2026-03-27 21:00", """
¡Qué nervios! Gracias, maestro, la practico toda la semana.
""", parent="ch4")
    case.thread("ch3", False, None, "Parroquia de San Miguel Arcángel",
                "choir director moves the rehearsal and promises the psalm list on Friday (kept)")
    case.promise("ch3", "ch3", arturo.email, "2026-03-27", job=False)
    case.meeting("ch3", T("2026-03-30 20:00"), None, job=False, what="choir rehearsal")
    case.meeting("ch1", T("2026-04-02 19:00"), None, job=False, what="Holy Thursday mass")

    # ======================================================================
    # Noise: appointments, receipts, newsletters and job-board alerts
    # ======================================================================
    dental = P("Dental Márquez", "citas@dentalmarquez.mx", MX, "auto")
    den_txt = """
Hola Mariana:

Tu cita quedó confirmada.

Dra. Lucía Márquez Pelayo – Limpieza y revisión
Sábado 28 de marzo de 2026, 10:00 h
Av. Chapultepec Sur 370, consultorio 5, Guadalajara

Si necesitas cambiarla, responde a este correo o llámanos al 33 3616 4820 con al menos 24 horas de anticipación.
"""
    M("den1", dental, [me], "2026-03-24 12:00", den_txt, subject="Confirmación de cita – sábado 28 de marzo, 10:00",
      ics=make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dentist"), stamp=T("2026-03-24 12:00"),
                   start=T("2026-03-28 10:00"), end=T("2026-03-28 10:45"),
                   summary="Cita Dental Márquez – Limpieza y revisión",
                   organizer=P("Dental Márquez", "citas@dentalmarquez.mx"),
                   tzid=MX, location="Av. Chapultepec Sur 370, consultorio 5, Guadalajara",
                   prodid="-//Dental Marquez//Agenda 2.1//ES"),
      ics_mode="publish")
    case.thread("den1", False, None, "Dental Márquez", "dentist appointment (ICS PUBLISH)")
    case.meeting("den1", T("2026-03-28 10:00"), T("2026-03-28 10:45"), job=False,
                 what="dentist")

    uber = P("Uber Receipts", "noreply@uber.com", MX, "auto")
    ub_txt = """
Gracias por viajar, Mariana

Total: MX$148.62
Viaje: miércoles 8 de abril de 2026

16:21  Calle Lope de Vega 118, Guadalajara
16:49  Av. Patria 1891, Puerta de Hierro, Zapopan

UberX · 9.84 km · 28 min
Conductor: Jesús

Método de pago: Visa •4471
"""
    M("ub1", uber, [me], "2026-04-08 16:52", ub_txt, html=html_of(ub_txt), html_only=True,
      subject="Tu viaje del miércoles por la tarde con Uber", headers=AUTO)
    case.thread("ub1", False, None, "Uber", "ride receipt to the client's office")

    cadena = P("Cadena MX", "boletin@cadenamx.com", MX, "auto")
    cm1 = """
Boletín Cadena MX · 16 de marzo de 2026

NEARSHORING EN EL SALTO: SEIS PLANTAS NUEVAS EN 2026
El corredor industrial El Salto–Juanacatlán suma proyectos de autopartes, envases y electrónica. Las empresas buscan planeadores de demanda, analistas de inventarios y coordinadores de comercio exterior; los sueldos de analista van de $25,000 a $38,000.

EL CUELLO DE BOTELLA DE NUEVO LAREDO
Cruces de más de 9 horas en la primera semana de marzo.

VACANTES DE LA SEMANA
- Planeador(a) de Demanda · El Salto, Jal.
- Supply Chain Analyst (bilingüe) · Guadalajara / Laredo, TX
- Jefe(a) de Almacén · Tlajomulco, Jal.

Para dejar de recibir este boletín, haz clic aquí.
"""
    M("cm1", cadena, [me], "2026-03-16 07:00", cm1, html=html_of(cm1),
      subject="Nearshoring en El Salto: seis plantas nuevas en 2026 | Boletín Cadena MX",
      headers=bulk_headers("<boletin.cadenamx.com>", "https://cadenamx.com/baja?u=7731"))
    cm2 = """
Boletín Cadena MX · 13 de abril de 2026

¿QUÉ PIDEN LAS EMPRESAS A UN ANALISTA DE S&OP EN 2026?
Excel y Power BI ya no bastan: los reclutadores piden experiencia en consenso de demanda, manejo de un ERP y comunicación con ventas. Consejos para tu entrevista y para tu CV.

CALENDARIO
- 23 de abril: Expo Logística Occidente, Expo Guadalajara
- 5 de mayo: webinar "Inventarios en cadena fría"

Para dejar de recibir este boletín, haz clic aquí.
"""
    M("cm2", cadena, [me], "2026-04-13 07:00", cm2, html=html_of(cm2),
      subject="¿Qué piden las empresas a un analista de S&OP en 2026? | Boletín Cadena MX",
      headers=bulk_headers("<boletin.cadenamx.com>", "https://cadenamx.com/baja?u=7731"))
    case.thread("cm1", False, None, "Cadena MX", "trade newsletter full of job words")
    case.thread("cm2", False, None, "Cadena MX", "trade newsletter full of job words")

    ascm = P("Capítulo ASCM Guadalajara", "eventos@ascmgdl.org", MX, "auto")
    as1 = """
Desayuno de networking: Planeación en tiempos de nearshoring

Martes 10 de marzo de 2026, 7:30 a 9:30 h
Hotel Riu Plaza Guadalajara, salón Jalisco
Ponente: Mtra. Laura Becerra, Directora de S&OP

Cupo limitado. Socios: sin costo. No socios: $450.
Regístrate en ascmgdl.org/eventos
"""
    M("as1", ascm, [me], "2026-03-02 09:00", as1, html=html_of(as1),
      subject="Desayuno de networking – martes 10 de marzo",
      headers=bulk_headers("<eventos.ascmgdl.org>", "https://ascmgdl.org/baja"))
    as2 = """
¡Gracias por asistir al desayuno del 10 de marzo!

Descarga la presentación de la Mtra. Laura Becerra y las fotos del evento en ascmgdl.org/eventos/marzo.

Próximo evento: visita a planta, 21 de mayo.
"""
    M("as2", ascm, [me], "2026-03-11 12:00", as2, html=html_of(as2),
      subject="Gracias por asistir – presentación del desayuno",
      headers=bulk_headers("<eventos.ascmgdl.org>", "https://ascmgdl.org/baja"))
    case.thread("as1", False, None, "ASCM Guadalajara", "professional-association event notice")
    case.thread("as2", False, None, "ASCM Guadalajara", "post-event mailing")
    case.meeting("as1", T("2026-03-10 07:30"), T("2026-03-10 09:30"), job=False,
                 what="association breakfast (public event)")

    li = P("LinkedIn", "notifications-noreply@linkedin.com", MX, "auto")
    lija = P("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", MX, "auto")
    li1 = """
Mariana, apareciste en 23 búsquedas esta semana.

Quién te buscó: reclutadores de Logística, Manufactura y Consumo masivo.
Palabras clave: "planeación de demanda", "SAP Business One", "inventarios".

Mejora tu perfil para aparecer en más búsquedas.
"""
    M("li1", li, [me], "2026-03-23 06:30", li1, html=html_of(li1), html_only=True,
      subject="Apareciste en 23 búsquedas esta semana",
      headers=bulk_headers("<notifications.linkedin.com>", "https://www.linkedin.com/psettings"))
    li2 = """
Tu alerta de empleo para analista de cadena de suministro en Guadalajara

14 empleos nuevos coinciden con tus preferencias.

Analista de Cadena de Suministro · Grupo Agroindustrial Los Altos · Tepatitlán
Supply Chain Analyst · Brazos Nearshore Logistics · Guadalajara (híbrido)
Analista de Planeación de Demanda · Tecnomédica de Occidente · Zapopan
Planeador de Materiales · Confitería Tapatía · Guadalajara

Ver todos los empleos
"""
    M("li2", lija, [me], "2026-03-31 06:45", li2, html=html_of(li2), html_only=True,
      subject="«analista de cadena de suministro»: 14 empleos nuevos en Guadalajara",
      headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"))
    li3 = """
Your job alert for supply chain planner in Guadalajara Metropolitan Area

9 new jobs match your preferences.

Inventory Planner LATAM · Noordkade Logistics · Guadalajara (Hybrid)
Demand Planner · Electrónica Occidente · Zapopan
Supply Planning Analyst · Nearshore Components · El Salto

See all jobs
"""
    M("li3", lija, [me], "2026-04-14 06:45", li3, html=html_of(li3), html_only=True,
      subject="“supply chain planner”: 9 new jobs in Guadalajara Metropolitan Area",
      headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"))
    for k, note in (("li1", "LinkedIn profile-views notice"), ("li2", "LinkedIn job alert"),
                    ("li3", "LinkedIn job alert in English")):
        case.thread(k, False, None, "LinkedIn", note)

    occ = P("OCC", "alertas@occ.com.mx", MX, "auto")
    occ1 = """
Mariana, encontramos 8 vacantes nuevas para ti

Planeador de demanda · Jalisco

- Planeador(a) de Demanda · Envases Metálicos de Occidente · El Salto
- Analista de Inventarios y MRP · Troqueles y Estampados Tonalá · Tonalá
- Planeador de Producción · Grupo Papelero de Occidente · Zapotlanejo

Postúlate en un clic desde la app de OCC.
"""
    M("occ1", occ, [me], "2026-03-18 07:15", occ1, html=html_of(occ1), html_only=True,
      subject="8 vacantes nuevas de Planeador de demanda en Jalisco",
      headers=bulk_headers("<alertas.occ.com.mx>", "https://www.occ.com.mx/alertas/baja"))
    occ2 = """
¡Tu CV está llamando la atención!

5 empresas vieron tu CV esta semana.
Entre ellas: Hules y Empaques de Tlaquepaque, Confitería Tapatía y 3 empresas confidenciales.

Actualiza tu CV para mantenerte en los primeros lugares.
"""
    M("occ2", occ, [me], "2026-04-15 07:15", occ2, html=html_of(occ2), html_only=True,
      subject="5 empresas vieron tu CV esta semana",
      headers=bulk_headers("<alertas.occ.com.mx>", "https://www.occ.com.mx/alertas/baja"))
    case.thread("occ1", False, None, "OCC Mundial", "job-board alert")
    case.thread("occ2", False, None, "OCC Mundial", "job-board 'who viewed your CV' notice")

    # ======================================================================
    # Labels
    # ======================================================================
    case.expect("thank_you", "brzinv", luis.email,
                "Teams panel Wed Apr 8 09:00-10:00 CST (10:00 CDT) took place; only Derek was "
                "thanked (new thread); no note to Luis; overdue since Apr 9 10:00")
    case.expect("own_promise", "nkty1", joost.email,
                "Mariana wrote 'I will send you an anonymised version of the safety-stock model "
                "... by Monday 13 April' and has sent Joost nothing since; due end of Apr 13")
    case.expect("ask_for_address", "ag1", fer.email,
                "client interview Wed Apr 8 17:00 (60 min by default) with Ing. Ramiro Castañeda, "
                "whose address appears nowhere; Fernanda arranged it and Mariana has not written "
                "to her since; due Apr 8 20:00")
    case.expect("thank_you", "st1", jorge.email,
                "paid trial day Fri Apr 10 07:30-15:30 run by Jorge (cc'd in the thread); the "
                "evening mail with thanks went to Karla only; overdue since Apr 11 15:30")
    case.expect("networking", "sv1", salv.email,
                "coffee Fri Mar 20 08:30 through her cousin; last exchange Salvador's reply of "
                "Mar 20 17:30; the 14-day touch fell due at the end of Fri Apr 3 (stale only "
                "from Apr 18)")
    case.expect("application", "tr1", monica.email,
                "CV e-mailed to Mónica on Fri Mar 27; only an out-of-office came back; 7 "
                "business days ran out at the end of Tue Apr 7")
    case.expect("thank_you", "agr1", "beatriz.anaya@agroaltos.com.mx",
                "Teams interview Mon Apr 6 12:00-12:45 took place, never thanked; the rejection "
                "of Apr 13 does not cancel a thank-you owed; overdue since Apr 7 12:45")
    case.expect("callback", "em1", adriana.email,
                "'Yo le estaré llamando el martes 7 de abril' (call promised, no time); nothing "
                "from EMOSA since; due end of Thu Apr 9", promised="2026-04-07")
    case.expect("callback", "pl1", sofia.email,
                "'el comité ... se reúne el miércoles 1 de abril y la decisión se te comunicará "
                "a más tardar el lunes 6 de abril'; nothing since; due end of Wed Apr 8",
                promised="2026-04-06")
    case.expect("thank_you", "lf1", gus.email,
                "Zoom call Tue Apr 14 12:00-12:45 took place; the only thanks came the evening "
                "before; overdue since Apr 15 12:45")

    case.forbid("brz1", kayla.email,
                "phone screen Mar 12 thanked the same afternoon; her 'by the end of next week' "
                "kept on Mar 18; Mariana's own 'references by Friday, April 10' kept on Apr 10")
    case.forbid("brzinv", kayla.email,
                "organiser of the Teams invite who said she would not be on the call: not met")
    case.forbid("brzty1", derek.email,
                "thanked in this thread on Apr 8; 'Kayla will get back to you ... by Wednesday, "
                "April 15' has passed but the grace runs to the end of Fri Apr 17; Mariana's own "
                "'check in with Kayla next week' runs to Apr 17")
    case.forbid("nkinv", joost.email,
                "thanked in a new thread at 10:05 the same morning (the open item is the "
                "promised model, in that thread)")
    case.forbid("nk1", sanne.email,
                "'you will hear from us by Friday 10 April', but her out-of-office says she is "
                "back on Wed 15 April, so the callback counts from then (due end of Fri Apr 17); "
                "she arranged the interview and was not in it")
    case.forbid("psy1", psx.email, "automated psychometric-test platform (no-reply sender)")
    case.forbid("st1", karla.email,
                "arranged the trial day and was not there; Mariana wrote to her that evening "
                "(CLABE, kept her own promise), so no request for the shift lead's address is "
                "due; 'el viernes 17 te aviso' is still ahead")
    case.forbid("sv1", tono_w.email,
                "her cousin, who forwarded the CV: family, not at the coffee, promised nothing")
    case.forbid("dn1", dan.email,
                "informational chat Mar 19; the 14-day touch is reset by their exchange of "
                "Apr 8-9 in another thread (next touch end of Apr 23)")
    case.forbid("agr1", erika.email,
                "the rejection of Mon Apr 13 answered the 'viernes 10 de abril' promise and ends "
                "the process; she arranged the interview and was not in it")
    case.forbid("tec1", wd.email,
                "Workday acknowledgement of a portal application: automated, no person to "
                "follow up with")
    case.forbid("dlinv1", fabian.email,
                "interview moved from Tue Apr 14 17:00 to Fri Apr 17 10:00, still ahead at now")
    case.forbid("huinv1", martin.email,
                "interview cancelled by ICS CANCEL on Apr 8 (vacancy on hold); never took place")
    case.forbid("cj1", raul.email,
                "her current job: she was an interviewer of a candidate, not a job seeker")
    case.forbid("kv1", kevin.email,
                "a candidate's thank-you for an interview Mariana conducted at her current job")
    case.forbid("gy2", ivan.email,
                "gym coach's 'valoración' and plan promise: not job search (and kept)")

    case.summary = SUMMARY
    return case


SUMMARY = (
    'Mariana Ochoa Rentería, 29, coordinates logistics at a stationery distributor in '
    'Guadalajara (Jalisco) and is looking for a supply-chain analyst or planner role. Most '
    'of her mail is Mexican Spanish (usted with recruiters, tú with friends and agency '
    'staff); a Texas nearshoring company writes in English in US Central time (daylight '
    'time from 8 March, so Texas is an hour ahead of Mexico, which no longer changes its '
    'clocks) and a Dutch 3PL in Amsterdam time (summer time from 29 March). The mailbox '
    'runs from 2 March to Thursday 16 April 2026, 10:15 CST, across Semana Santa. Brazos '
    "Nearshore's Teams panel (organised by a recruiter who does not attend) was thanked "
    "only to the director, whose reply passes a promise through the recruiter ('by "
    "Wednesday, April 15', still inside its grace); Mariana kept her own promise of "
    "references. Noordkade's interviewer was thanked in a note that promises a model 'by "
    "Monday 13 April', never sent; the recruiter's 'by Friday 10 April' is pushed back by "
    "her out-of-office. EMOSA's in-person interview at its El Salto plant ended with 'le "
    "estaré llamando el martes 7 de abril' and silence; Plásticos Técnicos tied its "
    'decision to a committee and missed 6 April. A staffing agency placed her with an '
    "unnamed client (psychometric tests through a no-reply platform), and the client's "
    "interviewer's address never appears. Surtido Ágil ran a paid trial day in its "
    "warehouse: the recruiter got Mariana's CLABE and thanks that evening, the CEDIS "
    'manager who ran the day got nothing. Her cousin passed her CV to his manager; a coffee'
    " followed in March and nothing since. An ASCM contact's networking touch was reset by "
    'a later exchange in another thread. An application e-mailed to Troqueles Tonalá drew '
    'only an out-of-office; Agroaltos rejected her after an interview she never thanked; a '
    "cold-chain 3PL's Zoom 'plática' was thanked only the evening before; Confitería "
    'Tapatía moved an interview past `now` and HETSA cancelled one. Noise: her current job '
    "(where she interviews a candidate who then thanks her), a gym coach's 'valoración', "
    "CFE and izzi bills, BBVA notices, a Mercado Libre order of safety boots, a friend's "
    'wedding and bachelorette, the church choir, family, newsletters and job-board alerts. '
    '65 threads (31 job search), 160 messages, `now` = `2026-04-16T10:15:00-06:00`.')

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
