#!/usr/bin/env python3
"""Sealed case: Valeria Ochoa Ríos, customer-success manager in Mexico City, looking for a
CS leadership role at Mexican companies and at US / LatAm remote-first companies.

Python standard library and casekit only; byte-identical on every run.
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import casekit
import datetime as dt

NAME = "cs-mexicocity"
MX = "America/Mexico_City"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
DEN = "America/Denver"
NY = "America/New_York"
BA = "America/Argentina/Buenos_Aires"

ME_EMAIL = "valeria.ochoa.rios@gmail.com"
WORK_EMAIL = "valeria.ochoa@cuentalia.mx"

# casekit knows no Buenos Aires zone: add it here (fixed -03, no daylight time).
if BA not in casekit.VTIMEZONES:
    casekit.VTIMEZONES[BA] = (BA, [("STANDARD", "-0300", "-0300", "-03", "19700101T000000", None)])

# The user has two addresses (personal Gmail and her work address, fetched into the same
# mailbox). casekit's counterparts() leaves out only case.me's address; leave out the work
# address too, for this case only.
_orig_counterparts = casekit.counterparts


def _counterparts(case, msgs, include_rooms=False):
    out = _orig_counterparts(case, msgs, include_rooms)
    if getattr(case, "name", None) == NAME:
        out = [a for a in out if a != WORK_EMAIL]
    return out


casekit.counterparts = _counterparts

ES_WD = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_WD_LONG = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_MON_LONG = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"]


def es_quote(replier, parent):
    """The quote a Spanish-language Gmail or Outlook puts under a reply."""
    ps = parent.sender
    t = parent.date.astimezone(replier.tz)
    if replier.style == "outlook":
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        head = ("De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s"
                % (ps.shown(), ES_WD_LONG[t.weekday()], t.day, ES_MON_LONG[t.month - 1], t.year,
                   t.strftime("%H:%M"), to, "CC: %s\n" % cc if cc else "", parent.subject))
        return "________________________________\n" + head + "\n\n" + parent.text
    who = "%s (<%s>)" % (ps.name, ps.email) if ps.name else "<%s>" % ps.email
    head = "El %s, %d %s %d a las %s, %s escribió:" % (
        ES_WD[t.weekday()], t.day, ES_MON[t.month - 1], t.year, t.strftime("%H:%M"), who)
    quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                       for line in parent.text.rstrip("\n").split("\n"))
    return head + "\n" + quoted + "\n"


def build():
    now = dt.datetime(2026, 3, 26, 9, 30, tzinfo=casekit.ZoneInfo(MX))
    summary = (
        "Valeria Ochoa Ríos, 34, runs customer success at Cuentalia, a Mexico City invoicing "
        "SaaS that is shrinking, and is looking for a CS leadership role. The mailbox (her Gmail, "
        "which also fetches her work address) runs from mid-February to Thursday 26 March 2026, "
        "09:30 in Mexico City (UTC-6 all year), across the US change to daylight time on 8 March, "
        "after which US Central time is an hour ahead of her and Pacific only an hour behind. "
        "Mexican companies write in Spanish with day-first dates and '17:00 hrs' or '5 pm' times; "
        "US and LatAm remote-first companies write in English (and one in Rioplatense Spanish) "
        "through Greenhouse, GoodTime, Lever, Workday, Calendly, Google Calendar and Teams. "
        "Noise: family mail, a bank, SAT notices, a gym, a dentist, job-board alerts, a friend's "
        "wedding, receipts, and her current job, where she also interviews a candidate for her "
        "own team and holds a QBR with a client.")
    case = Case(NAME,
                "CS manager in Mexico City (UTC-6, no DST) looking for CS leadership roles in "
                "Mexico and at US/LatAm remote-first companies; Spanish and English mail",
                {"name": "Valeria Ochoa Ríos",
                 "emails": [ME_EMAIL, WORK_EMAIL],
                 "phone": "+52 55 4187 2290",
                 "timezone": MX},
                now, summary)

    me = Person("Valeria Ochoa Ríos", ME_EMAIL, MX, "gmail", locale="es",
                sig="Valeria Ochoa Ríos\nCustomer Success Leader · CDMX\n"
                    "+52 55 4187 2290 · linkedin.com/in/valeriaochoarios")
    case.me = me
    work = Person("Valeria Ochoa", WORK_EMAIL, MX, "gmail", locale="es",
                  sig="Valeria Ochoa\nCustomer Success Manager | Cuentalia\n"
                      "valeria.ochoa@cuentalia.mx | +52 55 4187 2290")

    def at(s, tz=MX):
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=casekit.ZoneInfo(tz))

    def say(key, sender, to, when, body, *, parent=None, sig=True, **kw):
        """Add a message; replies by Spanish-locale senders (and all of Valeria's, whose
        Gmail is in Spanish) carry a Spanish quote header."""
        if parent and (sender.locale == "es") and kw.get("quote", True):
            p = case.by_key[parent]
            text = body.strip("\n") + "\n"
            if sig and sender.sig:
                text += "\n" + sender.sig.strip("\n") + "\n"
            text += "\n" + es_quote(sender, p)
            kw.pop("quote", None)
            m = case.add(key, sender, to, when, text, parent=parent, sig=False, quote=False, **kw)
        else:
            m = case.add(key, sender, to, when, body, parent=parent, sig=sig, **kw)
        if sender is work:          # sent from her work address: it belongs in Sent
            m.folder = "sent"
            m.unread = False
        return m

    cv = ("CV_Valeria_Ochoa_Rios.pdf", "application/pdf", make_pdf([
        "Valeria Ochoa Rios",
        "Customer Success Leader - Mexico City - +52 55 4187 2290 - valeria.ochoa.rios@gmail.com",
        "Cuentalia (2021-present): Customer Success Manager, team of 7 CSMs, 1,900 SMB accounts",
        "Gross revenue retention 88% -> 94%; onboarding time 21 -> 9 days",
        "Tienda Fenix (2017-2021): Key Account Manager, retail enterprise accounts",
        "ITAM, Licenciatura en Administracion; Gainsight Admin certification (2024)",
        "Spanish (native), English (C1), Portuguese (B1)"]))

    # ======================================================================
    # People
    # ======================================================================
    gh = Person("Brightloop", "no-reply@greenhouse.io", "UTC", "auto", auto=True)
    gh_rec = Person("Brightloop Recruiting", "no-reply@greenhouse.io", "UTC", "auto", auto=True)
    kelsey = Person("Kelsey Morgan", "kelsey.morgan@brightloop.com", CHI, "gmail",
                    sig="Kelsey Morgan\nSenior Technical Recruiter | Brightloop\n"
                        "kelsey.morgan@brightloop.com | (512) 555-0148")
    kelsey_cal = Person("Kelsey Morgan", "kelsey.morgan@brightloop.com", CHI, "gcal")
    goodtime = Person("Brightloop Talent Team", "no-reply@goodtime.io", "UTC", "auto", auto=True)
    bl_sched = Person("Brightloop Interview Scheduling", "scheduling@brightloop.com", CHI, "gmail")
    derek = Person("Derek Osei", "derek.osei@brightloop.com", CHI, "gmail",
                   sig="Derek Osei\nVP, Customer Success · Brightloop")
    marisol = Person("Marisol Vega", "marisol.vega@brightloop.com", CHI, "gmail")
    alan = Person("Alan Brooks", "alan.brooks@brightloop.com", CHI, "gmail")
    bl_room = ("ATX-4 Pecan (Zoom Room, 6)", "atx4-pecan@resource.brightloop.com")

    lever = Person("Parcelwise", "no-reply@hire.lever.co", "UTC", "auto", auto=True)
    tyler = Person("Tyler Nguyen", "tyler.nguyen@parcelwise.com", LA, "gmail",
                   sig="Tyler Nguyen | Recruiting @ Parcelwise\n(415) 555-0177")
    gwen = Person("Gwen Holloway", "gwen.holloway@parcelwise.com", LA, "gmail",
                  sig="Gwen Holloway\nVP, Customer Success\nParcelwise")

    brooke = Person("Brooke Allard", "brooke.allard@fieldnotehq.com", DEN, "gmail",
                    sig="Brooke Allard\nTalent Acquisition Partner | Fieldnote\nfieldnotehq.com")

    fernanda = Person("Fernanda Galindo", "fernanda.galindo@kualipagos.mx", MX, "gmail",
                      locale="es",
                      sig="Fernanda Galindo\nTalent Acquisition | Kuali Pagos\n"
                          "Tel. 55 5093 4410 ext. 212")
    rodrigo = Person("Rodrigo Salas", "rodrigo.salas@kualipagos.mx", MX, "gmail", locale="es",
                     sig="Rodrigo Salas\nDirector de Operaciones\nKuali Pagos")

    lupita = Person("Guadalupe Carrasco Ávila", "gcarrasco@rutanorte.com.mx", MX, "outlook",
                    locale="es",
                    sig="Lupita Carrasco\nAsistente de Dirección Comercial\n"
                        "Ruta Norte Logística S.A. de C.V.\nTel. (81) 8340 2200 ext. 1105")
    mauricio = Person("Mauricio Zepeda Garza", "mzepeda@rutanorte.com.mx", MX, "outlook",
                      locale="es")

    claudia = Person("Claudia Beltrán", "claudia.beltran.rh@gmail.com", MX, "gmail", locale="es",
                     sig="Claudia Beltrán\nHeadhunter independiente · Talento CX y Ventas\n"
                         "Cel. 55 3321 8874")
    anapaula = ("Ana Paula Reyes", "anapaula.reyes@solvoseguros.com.mx")

    martina = Person("Martina Ferreyra", "martina.ferreyra@cobaltia.io", BA, "gmail", locale="es",
                     sig="Martina Ferreyra\nTalent Partner · Cobaltia\ncobaltia.io")
    martina_cal = Person("Martina Ferreyra", "martina.ferreyra@cobaltia.io", BA, "gcal")
    diego = ("Diego Lozano", "diego.lozano@cobaltia.io")

    sofia = Person("Sofía Cárdenas", "sofi.cardenas.m@gmail.com", MX, "gmail", locale="es")
    emilio = Person("Emilio Ramos", "emilio.ramos@vertice.mx", MX, "gmail", locale="es",
                    sig="Emilio Ramos\nVP Customer · Vértice")
    carla = Person("Carla Méndez", "carla.mendez@vertice.mx", MX, "gmail", locale="es",
                   sig="Carla Méndez\nHead of People | Vértice")

    ivan = Person("Iván Paredes", "ivan.paredes@clarafinanzas.mx", MX, "gmail", locale="es",
                  sig="Iván Paredes\nDirector de Customer Experience · Clara Finanzas")

    itzel = Person("Itzel Domínguez Ruiz", "itzel.dominguez@mercaditopro.mx", MX, "outlook",
                   locale="es",
                   sig="Itzel Domínguez Ruiz\nAtracción de Talento\n"
                       "Mercadito Pro | Av. Vasco de Quiroga 3800, Santa Fe")
    hector = ("Héctor Villanueva", "hector.villanueva@mercaditopro.mx")
    mp_room = ("Sala Tianguis (8)", "sala.tianguis@mercaditopro.mx")

    workday = Person("Meridio Software", "meridio@myworkday.com", "UTC", "auto", auto=True)
    owen = Person("Owen Fitzgerald", "owen.fitzgerald@meridiosoftware.com", CHI, "outlook",
                  sig="Owen Fitzgerald\nSenior Recruiter, Americas\n"
                      "Meridio Software | +1 312 555 0193")

    calendly = Person("Calendly", "notifications@calendly.com", "UTC", "auto", auto=True)
    nathan = Person("Nathan Pryor", "nathan.pryor@talloanalytics.com", NY, "gmail",
                    sig="Nathan Pryor\nHead of Customer Success, Tallo Analytics")

    sergio = Person("Sergio Garza", "sergio.garza@andamio.mx", MX, "gmail", locale="es",
                    sig="Sergio Garza\nTalento y Cultura · Andamio\nMonterrey, N.L.")

    # current job
    ceo = Person("Andrés Villaseñor", "andres@cuentalia.mx", MX, "gmail", locale="es")
    ricardo = Person("Ricardo Ibarra", "ricardo.ibarra@cuentalia.mx", MX, "gmail", locale="es")
    ricardo_cal = Person("Ricardo Ibarra", "ricardo.ibarra@cuentalia.mx", MX, "gcal", locale="es")
    paola_cal = Person("Paola Herrera", "paola.herrera@cuentalia.mx", MX, "gcal", locale="es")
    daniela = Person("Daniela Cruz", "daniela.cruz@cuentalia.mx", MX, "gmail", locale="es",
                     sig="Daniela Cruz\nCSM Sr. | Cuentalia")
    jorge = Person("Jorge Luna Medina", "jorge.lunamedina@outlook.com", MX, "outlook", locale="es",
                   sig="Jorge Luna Medina\nCel. 55 2876 1190")
    patricia = Person("Patricia Ortega", "patricia.ortega@farmaciasdelvalle.com.mx", MX, "outlook",
                      locale="es",
                      sig="Lic. Patricia Ortega\nGerente de Sistemas Comerciales\n"
                          "Farmacias del Valle")
    nomina = Person("Nómina Cuentalia", "nomina@cuentalia.mx", MX, "auto", auto=True)
    todos = Person("Todo Cuentalia", "todos@cuentalia.mx", MX, "gmail")

    # family and friends
    mama = Person("Rocío Ríos", "rocio.rios.g@hotmail.com", MX, "outlook", locale="es")
    tono = Person("Antonio Ochoa", "tono.ochoa.r@gmail.com", MX, "gmail", locale="es")
    tia = Person("Maru Ríos", "maru_rios62@yahoo.com.mx", MX, "webmail", locale="es",
                 msgid_domain="mail.yahoo.com")
    majo = Person("María José Torres", "majo.torres.v@gmail.com", MX, "gmail", locale="es")
    mariana = Person("Mariana Esquivel", "mariana.esquivel@gmail.com", MX, "gmail", locale="es")
    bodas = Person("Bodas.com.mx", "no-reply@bodas.com.mx", MX, "auto", auto=True)
    liverpool = Person("Liverpool", "mesaderegalos@liverpool.com.mx", MX, "auto", auto=True)
    booking = Person("Booking.com", "noreply@booking.com", "UTC", "auto", auto=True)

    # bank, tax, bills, gym, health
    bank = Person("BMX Banco", "notificaciones@bmxbanco.com.mx", MX, "auto", auto=True)
    sat = Person("SAT", "buzon.tributario@sat.gob.mx", MX, "auto", auto=True)
    telcel = Person("Telcel", "facturaelectronica@telcel.com", MX, "auto", auto=True)
    cfe = Person("CFE Recibo Digital", "recibodigital@cfe.mx", MX, "auto", auto=True)
    gym = Person("FitZona", "hola@fitzona.mx", MX, "auto", auto=True)
    dental = Person("Clínica Dental Sonríe Coyoacán", "citas@sonriecoyoacan.mx", MX, "gmail",
                    locale="es")
    rappi = Person("Rappi", "noreply@rappi.com", MX, "auto", auto=True)
    uber = Person("Uber Receipts", "noreply@uber.com", "UTC", "auto", auto=True)

    # job boards and newsletters
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "UTC", "auto",
                      auto=True)
    occ = Person("OCC Mundial", "alertas@occ.com.mx", MX, "auto", auto=True)
    indeed = Person("Indeed", "alert@indeed.com", "UTC", "auto", auto=True)
    csc = Person("Customer Success Collective", "hello@cscollective.io", "UTC", "auto", auto=True)

    # ======================================================================
    # JOB SEARCH
    # ======================================================================

    # ---------------------------------------------------------------- Brightloop
    # Greenhouse acknowledgement
    body = """
Hi Valeria,

Thanks for applying to the Director, Customer Success (LATAM) role at Brightloop! We've
received your application and our team is reviewing it now.

If your experience is a match, someone from our Talent team will reach out about next steps.
In the meantime, you can learn more about life at Brightloop at brightloop.com/careers.

Best,
The Brightloop Talent Team

Please do not reply to this email; this mailbox is not monitored.
"""
    say("bl-ack", gh, [me], at("2026-02-10 21:14"), body, sig=False,
        subject="Thank you for applying to Brightloop", html=html_of(body), html_only=True,
        headers=AUTO)

    body = """
Hi Valeria,

I'm Kelsey, one of the recruiters here at Brightloop. Thanks for your interest in our
Director, Customer Success (LATAM) role -- your background scaling SMB success programs at
Cuentalia caught our eye, and I'd love to set up an initial 30-minute phone conversation.

Could you share a few times that work for you next week using the link below? Our calendars
are in Central Time, but the tool will show everything in yours.

https://app.greenhouse.io/scheduling/availability/c7f31e9a2b

Looking forward to connecting!
"""
    say("bl1", kelsey, [me], at("2026-02-16 10:20", CHI), body,
        subject="Brightloop - Director, Customer Success (LATAM)")
    body = """
Hi Kelsey,

Great to hear from you. I just submitted my availability through the link -- most mornings
next week are open on my side.

Talk soon,
"""
    say("bl2", me, [kelsey], at("2026-02-16 19:02"), body, parent="bl1")

    body = """
Hi Valeria,

Your phone interview with Brightloop has been scheduled.

Role: Director, Customer Success (LATAM)
Date: Thursday, February 26, 2026
Time: 11:00 AM - 11:30 AM CST (Central Time - US & Canada)
Format: Phone call. Your interviewer will call you at +52 55 4187 2290.

Interviewer:
Kelsey Morgan, Senior Technical Recruiter (kelsey.morgan@brightloop.com)

Need to reschedule? Reply to your recruiter directly.

Brightloop Recruiting
Powered by Greenhouse
"""
    say("bl-conf", gh_rec, [me], at("2026-02-17 15:41"), body, sig=False,
        subject="Interview Confirmation: Brightloop - Director, Customer Success (LATAM)",
        html=html_of(body), html_only=True, headers=AUTO)

    body = """
Hi Kelsey,

Thank you for the call this morning and for walking me through how the LATAM team is set up.
It was especially useful to hear that the role would own both onboarding and renewals for the
Mexico and Colombia books -- that is very close to what I run today at Cuentalia, where we
took gross retention from 88% to 94% over two years.

I'm excited about the next steps and happy to share anything else that helps.

Best,
"""
    say("bl3", me, [kelsey], at("2026-02-26 13:05"), body, parent="bl1")

    body = """
Hi Valeria,

Great news -- the team would like to move you forward to a panel. You'll get a GoodTime invite
shortly for Tuesday 3/10, 10:00-11:30 AM CT, with Derek Osei (VP, Customer Success) and
Marisol Vega (Senior Manager, CS Operations). Marisol's half is a short case study, no prep
needed beyond reading the one-pager attached to the invite.

Let me know if that time doesn't work.
"""
    say("bl4", kelsey, [me], at("2026-03-02 09:40", CHI), body, parent="bl3")
    body = """
Hi Kelsey, wonderful news!

One quick check: your clocks change on the 8th and ours don't anymore (Mexico dropped daylight
saving), so 10:00 AM CT on the 10th would be 9:00 AM for me in CDMX -- is that right?

Best,
"""
    say("bl5", me, [kelsey], at("2026-03-02 11:02"), body, parent="bl4")
    body = """
Yes, exactly -- 9:00 AM your time. Good catch, I always forget about that!

Kelsey
"""
    say("bl6", kelsey, [me], at("2026-03-02 11:26", CHI), body, parent="bl5", sig=False)

    # GoodTime panel invite (ICS attached, organizer a scheduling calendar)
    uid = uid_uuid(NAME, "brightloop-panel")
    start, end = at("2026-03-10 10:00", CHI), at("2026-03-10 11:30", CHI)
    desc = ("Panel interview - Director, Customer Success (LATAM)\n"
            "10:00-10:45 Derek Osei, VP Customer Success (derek.osei@brightloop.com): "
            "leadership and CS strategy\n"
            "10:45-11:30 Marisol Vega, Sr. Manager CS Operations "
            "(marisol.vega@brightloop.com): case study\n"
            "Zoom: https://brightloop.zoom.us/j/93318820417")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-02 16:05", CHI), start=start,
                   end=end, tzid=CHI, summary="Brightloop Panel Interview - Valeria Ochoa Ríos",
                   organizer=bl_sched,
                   attendees=[(derek, "ACCEPTED", "INDIVIDUAL"),
                              (marisol, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (bl_room, "ACCEPTED", "ROOM")],
                   location="Zoom - https://brightloop.zoom.us/j/93318820417",
                   description=desc, prodid="-//GoodTime.io//Interview Scheduling//EN")
    body = """
Hi Valeria,

Your interview with Brightloop is confirmed. Please find the details below and accept the
attached calendar invitation.

Position: Director, Customer Success (LATAM)
Date: Tuesday, March 10, 2026
Time: 10:00 AM - 11:30 AM CDT (America/Chicago)
Where: Zoom - https://brightloop.zoom.us/j/93318820417

Your schedule:
10:00 AM - 10:45 AM  Derek Osei, VP, Customer Success
10:45 AM - 11:30 AM  Marisol Vega, Senior Manager, CS Operations (case study)

Case study one-pager: https://goodtime.io/c/brightloop/9f2e11

Questions about your schedule? Contact Kelsey Morgan, your recruiter.

This message was sent by GoodTime on behalf of Brightloop. Replies to this address are not
monitored.
"""
    say("bl-gt", goodtime, [me], at("2026-03-02 16:05", CHI), body, sig=False,
        subject="Interview Invitation: Brightloop - Panel Interview (Tue, Mar 10)",
        html=html_of(body), ics=ics, ics_mode="attach", headers=AUTO)

    body = """
Hi Derek and Marisol,

Thank you both for this morning's panel and for the time you put into it.

Derek, I keep coming back to your point about CSMs owning expansion in LATAM rather than
handing it to sales -- it's the same debate we had at Cuentalia last year, and I'd enjoy
building that motion with you. Marisol, the case study was a fun one; I'd add one thing to my
answer: I would tier the health score by plan before touching the playbooks, so the small
accounts don't drown the signal.

I'd be glad to continue the conversation.

Best regards,
"""
    say("bl-pthx", me, [derek, marisol], at("2026-03-10 18:30"), body,
        subject="Thank you - panel this morning")
    body = """
Valeria -- thanks for the note, and for a thoughtful conversation yesterday. Marisol and I are
comparing notes this week; Kelsey will be in touch about next steps.

Derek
"""
    say("bl-pthx2", derek, [me], at("2026-03-11 08:05", CHI), body, parent="bl-pthx",
        cc=[marisol], sig=False)

    body = """
Hi Valeria,

Quick update: the panel really enjoyed meeting you. We're finishing panels with two other
finalists this week, and you'll hear from me by Wednesday 3/18 at the latest on where things
stand.
"""
    say("bl7", kelsey, [me], at("2026-03-11 15:00", CHI), body, parent="bl6")
    body = """
Hi Valeria,

As promised -- good news! Alan Brooks, our Chief Revenue Officer, would like to meet you as a
final step. I've just sent a calendar invite for Monday 3/23 at 4:30 PM CT (45 minutes, Zoom).
It's a conversation more than an interview: he'll want to hear how you'd think about the first
90 days.
"""
    say("bl8", kelsey, [me], at("2026-03-17 10:15", CHI), body, parent="bl7")
    body = """
Hi Kelsey,

That's great news. Monday 3/23 at 4:30 PM CT works -- 3:30 PM here in CDMX. I just accepted
the invite.

Best,
"""
    say("bl9", me, [kelsey], at("2026-03-17 12:04"), body, parent="bl8")

    uid = uid_google(NAME, "brightloop-cro")
    start, end = at("2026-03-23 16:30", CHI), at("2026-03-23 17:15", CHI)
    desc = ("Hi Valeria - this is your conversation with Alan Brooks, our Chief Revenue Officer. "
            "I set it up on his behalf and won't be joining. - Kelsey\n\n"
            "Join Zoom Meeting\nhttps://brightloop.zoom.us/j/96310228475")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-17 10:20", CHI), start=start,
                   end=end, tzid=CHI,
                   summary="Brightloop | Valeria Ochoa Ríos <> Alan Brooks (CRO)",
                   organizer=kelsey_cal,
                   attendees=[(alan, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://brightloop.zoom.us/j/96310228475", description=desc)
    body = """
Brightloop | Valeria Ochoa Ríos <> Alan Brooks (CRO)
Monday Mar 23, 2026 ⋅ 4:30pm – 5:15pm
Central Time - Chicago

Join Zoom Meeting
https://brightloop.zoom.us/j/96310228475

Hi Valeria - this is your conversation with Alan Brooks, our Chief Revenue Officer. I set it
up on his behalf and won't be joining. - Kelsey

Guests
Kelsey Morgan - organizer
Alan Brooks
Valeria Ochoa Ríos

Reply for valeria.ochoa.rios@gmail.com
Yes · No · Maybe · More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""
    say("bl-cro", kelsey_cal, [me], at("2026-03-17 10:20", CHI), body, sig=False,
        subject="Invitation: Brightloop | Valeria Ochoa Ríos <> Alan Brooks (CRO) @ "
                "Mon Mar 23, 2026 4:30pm - 5:15pm (CDT) (valeria.ochoa.rios@gmail.com)",
        ics=ics, headers=GCAL)

    body = """
Hi Valeria,

Alan mentioned he enjoyed your conversation yesterday. We're going to regroup as a hiring team
this week, and I'll get back to you early next week with a decision.

Have a great rest of your week!
"""
    say("bl10", kelsey, [me], at("2026-03-24 11:02", CHI), body, parent="bl9")
    body = """
Sounds good, Kelsey -- thanks for keeping me posted. Talk next week.

Valeria
"""
    say("bl11", me, [kelsey], at("2026-03-24 12:40"), body, parent="bl10", sig=False)

    # ---------------------------------------------------------------- Parcelwise
    body = """
Hi Valeria,

Thank you for your interest in Parcelwise! We've received your application for Senior
Manager, Customer Success (Mexico) and will be in touch if there's a fit.

Parcelwise Talent

---
Sent via Lever. Please don't reply to this email.
"""
    say("pw-ack", lever, [me], at("2026-02-12 17:30"), body, sig=False,
        subject="Thanks for applying to Parcelwise", html=html_of(body), html_only=True,
        headers=AUTO)

    body = """
Hi Valeria,

Tyler from the Parcelwise recruiting team here. I was excited to see your application for our
Senior Manager, Customer Success (Mexico) opening -- we're building out our first team in CDMX
to support merchants across LatAm.

Do you have 30 minutes for a phone chat? I could do Tue 3/3 at 9:00 AM PT or Wed 3/4 at
1:00 PM PT.

Cheers,
"""
    say("pw1", tyler, [me], at("2026-02-24 11:00", LA), body,
        subject="Parcelwise - Senior Manager, Customer Success (Mexico)")
    body = """
Hi Tyler,

Thanks for reaching out! Tuesday 3/3 at 9:00 AM PT works great -- that's 11:00 AM for me in
Mexico City. The best number to reach me is +52 55 4187 2290.

Best,
"""
    say("pw2", me, [tyler], at("2026-02-24 14:30"), body, parent="pw1")
    body = """
You're on my calendar -- I'll call you Tuesday. Talk then!
"""
    say("pw3", tyler, [me], at("2026-02-24 13:41", LA), body, parent="pw2")
    body = """
Hi Tyler,

Thank you for the conversation this morning. It was great to learn that Parcelwise wants the
Mexico team to handle merchants in Spanish and Portuguese from day one; building a bilingual
onboarding program is exactly the kind of work I enjoy.

Looking forward to hearing about next steps.

Best,
"""
    say("pw4", me, [tyler], at("2026-03-03 15:20"), body, parent="pw3")
    body = """
Hi Valeria,

Great news: Gwen Holloway, our VP of Customer Success, would like to meet you. Her calendar is
packed, but she has Thursday 3/19, 2:00-2:45 PM PT open. Would that work? I'll send you the
Zoom link the day before.
"""
    say("pw5", tyler, [me], at("2026-03-06 10:05", LA), body, parent="pw4")
    say("pw6", me, [tyler], at("2026-03-06 12:40"), "Thursday works.\n", parent="pw5", sig=False)
    body = """
Hi Valeria,

Here's the Zoom for tomorrow's conversation with Gwen:
https://parcelwise.zoom.us/j/84129934021?pwd=Vk9xR2

Her email is gwen.holloway@parcelwise.com in case anything comes up on the day.

Good luck!
"""
    say("pw7", tyler, [me], at("2026-03-18 16:00", LA), body, parent="pw6")

    body = """
Hi Gwen,

Thank you for taking the time to meet with me this afternoon. I left our conversation even more
interested in helping Parcelwise build its Mexico team:

- I've hired and ramped seven CSMs at Cuentalia in three years, all bilingual.
- The merchant-onboarding redesign we discussed is close to the one that cut our time-to-value
  from 21 to 9 days.
- I know the Mexican SMB market well, including the invoicing and SAT side that trips up many
  merchants.

I'll look forward to hearing from the team, and thank you again for your time.

Best regards,
"""
    say("pw-gw1", me, [gwen], at("2026-03-19 19:40"), body,
        subject="Thank you for today's conversation")
    body = """
Thanks so much for the thoughtful note, Valeria -- I enjoyed our conversation too.

We meet as a hiring committee on Tuesday 3/24, and Tyler will reach out to you by Wednesday
3/25 with where we land.

Best,
Gwen
"""
    say("pw-gw2", gwen, [me], at("2026-03-20 09:15", LA), body, parent="pw-gw1", sig=False)

    # ---------------------------------------------------------------- Fieldnote
    body = """
Hi Valeria,

I came across your profile while searching for CS leaders in Mexico and had to reach out.
Fieldnote (field-service scheduling software, ~400 people, remote-first) is hiring a Customer
Success Lead for LATAM, reporting to our VP of Customer Experience.

Would you be open to a quick intro call? I have Mon 3/2 at 10:00 AM MT or Tue 3/3 at
1:30 PM MT.

All the best,
"""
    say("fn1", brooke, [me], at("2026-02-25 09:30", DEN), body,
        subject="Customer Success Lead, LATAM @ Fieldnote - quick intro?")
    body = """
Hi Brooke,

Nice to meet you, and yes, I'd be happy to talk. Monday 3/2 at 10:00 AM MT works for me (11:00
here in CDMX).

Best,
"""
    say("fn2", me, [brooke], at("2026-02-25 12:10"), body, parent="fn1")
    body = """
Perfect -- booked! Here's the Zoom: https://fieldnotehq.zoom.us/j/71562203394

Talk Monday,
Brooke
"""
    say("fn3", brooke, [me], at("2026-02-25 11:47", DEN), body, parent="fn2", sig=False)
    body = """
Hi Brooke,

Thank you for the intro call today. I liked hearing how Fieldnote's customers in Colombia and
Chile are growing faster than the US base -- building the team that supports them is a
challenge I'd love to take on.

Happy to send anything that would help with the next step.

Best,
"""
    say("fn4", me, [brooke], at("2026-03-02 13:10"), body, parent="fn3")
    body = """
Thanks for the kind note, Valeria! I'm sharing your profile with our VP of Customer Experience
this week, and you should hear back from me within the next couple of weeks.

Brooke
"""
    say("fn5", brooke, [me], at("2026-03-02 16:40", DEN), body, parent="fn4", sig=False)

    # ---------------------------------------------------------------- Kuali Pagos (all Spanish)
    body = """
Hola Valeria, ¿cómo estás?

Soy Fernanda, de Talento en Kuali Pagos. Revisamos tu postulación para la vacante de Gerente
Sr. de Customer Success y nos gustaría que platicaras con Rodrigo Salas, nuestro Director de
Operaciones, que es quien lidera el área.

Te propongo dos opciones, en nuestras oficinas de Insurgentes Sur 1602, piso 9:

- martes 03/03 a las 17:00 hrs
- miércoles 04/03 a las 9:30

¿Cuál te acomoda mejor?

Saludos,
"""
    say("kp1", fernanda, [me], at("2026-02-23 12:30"), body,
        subject="Kuali Pagos | Gerente Sr. de Customer Success")
    body = """
¡Hola Fernanda! Muy bien, gracias por escribirme.

El miércoles 4 a las 9:30 me queda perfecto.

Saludos,
"""
    say("kp2", me, [fernanda], at("2026-02-23 20:15"), body, parent="kp1")
    body = """
Listo Valeria, queda agendado:

miércoles 04/03, de 9:30 a 10:30 hrs, con Rodrigo Salas (rodrigo.salas@kualipagos.mx).
Insurgentes Sur 1602, piso 9. En recepción pide que avisen a Rodrigo y él baja por ti; trae una
identificación para el registro del edificio.

Te comento que en esta etapa estamos viendo a varias personas para la posición.

¡Mucho éxito!
"""
    say("kp3", fernanda, [me], at("2026-02-24 09:05"), body, parent="kp2")

    body = """
Hola Rodrigo:

Muchas gracias por recibirme hoy y por el recorrido por la mesa de soporte. Me quedé pensando en
lo que comentaste del onboarding de comercios: con un playbook por giro y metas de activación a
30 días creo que se puede bajar bastante el churn del primer trimestre, como nos pasó en
Cuentalia.

Thanks again por el tiempo; me entusiasma mucho lo que están construyendo en Kuali.

Saludos,
"""
    say("kt1", me, [rodrigo], at("2026-03-04 17:40"), body,
        subject="Gracias por la conversación de hoy")
    body = """
Hola Valeria, gracias a ti. Me gustó mucho la plática y tus ideas sobre el onboarding.

Esta semana y parte de la siguiente seguimos con otras dos candidatas finalistas; te escribo la
próxima semana para contarte cómo seguimos.

Un saludo,
"""
    say("kt2", rodrigo, [me], at("2026-03-05 10:12"), body, parent="kt1")

    # ---------------------------------------------------------------- Ruta Norte (Spanish, Outlook)
    body = """
Buen día, Lic. Ochoa:

Por instrucciones del Ing. Mauricio Zepeda, Director Comercial de Ruta Norte Logística, me
permito contactarla en relación con la vacante de Gerente de Experiencia del Cliente.

El Ingeniero desea entrevistarla por Teams. ¿Tendría usted disponibilidad el miércoles 18 de
marzo a las 17:00 hrs?

Quedo atenta a sus comentarios.

Saludos cordiales,
"""
    say("rn1", lupita, [me], at("2026-03-11 10:05"), body,
        subject="Entrevista - Gerencia de Experiencia del Cliente")
    body = """
Buenas tardes, Lupita:

Con gusto. El miércoles 18 a las 5 pm me queda muy bien.

Saludos cordiales,
"""
    say("rn2", me, [lupita], at("2026-03-11 13:20"), body, parent="rn1")
    body = """
Perfecto, Lic. Ochoa. En unos momentos le llegará la invitación de Teams de parte del
Ing. Zepeda.

Saludos cordiales,
"""
    say("rn3", lupita, [me], at("2026-03-11 16:40"), body, parent="rn2")

    uid = uid_outlook(NAME, "rutanorte-teams")
    start, end = at("2026-03-18 17:00"), at("2026-03-18 18:00")
    teams = ("________________________________________________________________________________\n"
             "Reunión de Microsoft Teams\n"
             "Únase desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
             "Haga clic aquí para unirse a la reunión "
             "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc4YTVh%40thread.v2/0>\n"
             "Id. de reunión: 254 118 903 771\nCódigo de acceso: 7Ks9Qp\n"
             "________________________________________________________________________________")
    desc = ("Entrevista para la vacante de Gerente de Experiencia del Cliente.\n"
            "Entrevista: Ing. Mauricio Zepeda Garza, Director Comercial.\n\n" + teams)
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-11 16:45"), start=start, end=end,
                   tzid="Central Standard Time (Mexico)",
                   summary="Entrevista: Valeria Ochoa Ríos - Gerencia de Experiencia del Cliente",
                   organizer=mauricio,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Reunión de Microsoft Teams", description=desc,
                   prodid="Microsoft Exchange Server 2010",
                   extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                          "X-MICROSOFT-CDO-IMPORTANCE:1",
                          "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/"
                          "meetup-join/19%3ameeting_OTc4YTVh%40thread.v2/0"))
    body = ("Entrevista para la vacante de Gerente de Experiencia del Cliente.\n"
            "Entrevista: Ing. Mauricio Zepeda Garza, Director Comercial.\n\n"
            "Cuándo: miércoles, 18 de marzo de 2026 17:00-18:00. "
            "(UTC-06:00) Guadalajara, Ciudad de México, Monterrey\n\n" + teams + "\n")
    say("rn-inv", mauricio, [me], at("2026-03-11 16:45"), body, sig=False,
        subject="Entrevista: Valeria Ochoa Ríos - Gerencia de Experiencia del Cliente",
        ics=ics, ics_mode="outlook",
        headers={"Sender": "Guadalupe Carrasco Avila <gcarrasco@rutanorte.com.mx>"})

    body = """
Buenos días, Lic. Ochoa:

El Ing. Zepeda me pidió comentarle que quedó muy contento con la entrevista de ayer, y que le
estará dando una respuesta a más tardar el viernes 20 de marzo.

Saludos cordiales,
"""
    say("rn4", lupita, [me], at("2026-03-19 10:20"), body, parent="rn3")
    body = """
Muchas gracias por avisarme, Lupita. Quedo atenta.

Saludos,
"""
    say("rn5", me, [lupita], at("2026-03-19 12:02"), body, parent="rn4")

    # ---------------------------------------------------------------- Solvo Seguros via gmail headhunter
    body = """
Hola Vale!!

Soy Claudia Beltrán, nos conocimos en el meetup de CS Latam en noviembre (la de los lentes
rojos jaja). Te marqué hace rato pero no entró la llamada.

Te escribo porque estoy buscando Head de Experiencia de Cliente para un cliente mío, Solvo
Seguros (insurtech, ~150 personas, oficinas en Polanco). Pensé en ti de inmediato. ¿Te
interesa? Si sí, mándame tu CV actualizado y te cuento todo.

Besos,
Clau
"""
    say("cb1", claudia, [me], at("2026-03-05 21:40"), body, sig=False,
        subject="Posición Head de Experiencia de Cliente - insurtech")
    body = """
¡Hola Clau! Claro que me acuerdo :)

Sí me interesa, y mucho. Te adjunto mi CV actualizado. ¿Me cuentas un poco del equipo y de a
quién le reportaría?

Un abrazo,
"""
    say("cb2", me, [claudia], at("2026-03-05 22:15"), body, parent="cb1", attachments=[cv])
    body = """
Súper, Vale. Le pasé tu CV a Ana Paula Reyes, VP de Clientes (a ella le reportarías) y quiere
conocerte en una comida informal: ¿martes 17 de marzo, 2 pm, en Loma Linda de Polanco? La
reservación va a su nombre.

Te comparto su correo por si quieres escribirle antes: anapaula.reyes@solvoseguros.com.mx

Para que lo sepas: le estoy presentando a otras tres personas, pero tú eres mi favorita 😉

Clau

Enviado desde mi iPhone
"""
    say("cb3", claudia, [me], at("2026-03-09 13:02"), body, parent="cb2", sig=False)
    body = """
¡Perfecto! Ahí estaré el martes 17 a las 2. ¡Mil gracias, Clau!
"""
    say("cb4", me, [claudia], at("2026-03-09 14:00"), body, parent="cb3", sig=False)
    body = """
Recordatorio para mañana: Loma Linda Polanco, 2 pm, reserva a nombre de Ana Paula Reyes. Ella es
súper directa, le gustan los números. Suerte!!

Enviado desde mi iPhone
"""
    say("cb5", claudia, [me], at("2026-03-16 19:30"), body, parent="cb4", sig=False)
    body = """
Clau, me fue muy bien con Ana Paula. Hablamos de cómo medir la experiencia en siniestros y de
armar un equipo de CS para agentes, que es justo lo que necesitan. Te cuento más por teléfono.
"""
    say("cb6", me, [claudia], at("2026-03-17 17:55"), body, parent="cb5", sig=False)
    body = """
Qué bueno!! Ana Paula me escribió que le gustaste mucho. Va a platicarlo con el CEO y en cuanto
sepa algo te aviso 😊

Enviado desde mi iPhone
"""
    say("cb7", claudia, [me], at("2026-03-18 09:10"), body, parent="cb6", sig=False)

    # ---------------------------------------------------------------- Cobaltia (Rioplatense Spanish)
    body = """
¡Hola Valeria! ¿Cómo va?

Soy Martina, Talent Partner en Cobaltia (somos 100% remotos, con equipo en Buenos Aires, Bogotá y
CDMX). Estamos buscando Head of Customer Success y tu perfil nos encantó.

¿Te viene bien una charla con Diego Lozano, nuestro Head of Revenue, el viernes 20/3 a las
12 hs de Buenos Aires (9 hs de México)? Son 45 minutos por Meet.

¡Abrazo!
"""
    say("co1", martina, [me], at("2026-03-10 11:00", BA), body,
        subject="Cobaltia - Head of Customer Success")
    body = """
¡Hola Martina! Qué gusto leerte.

Sí, perfecto: viernes 20 a las 9:00 hora de CDMX.

Saludos,
"""
    say("co2", me, [martina], at("2026-03-10 10:05"), body, parent="co1")
    body = """
¡Genial! Ahora te mando la invitación.

Después de la entrevista te damos feedback a más tardar el viernes 27/3, sea cual sea el
resultado.

Martina
"""
    say("co3", martina, [me], at("2026-03-11 09:30", BA), body, parent="co2", sig=False)

    uid = uid_google(NAME, "cobaltia-diego")
    start, end = at("2026-03-20 12:00", BA), at("2026-03-20 12:45", BA)
    note = ("Hola Valeria: te dejo el link para tu charla con Diego Lozano (Head of Revenue). "
            "Yo coordino la agenda pero no voy a estar en la llamada. ¡Éxitos! - Martina")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-11 09:34", BA), start=start,
                   end=end, tzid=BA,
                   summary="Entrevista Head of CS - Valeria Ochoa / Diego Lozano",
                   organizer=martina_cal,
                   attendees=[(diego, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://meet.google.com/xqv-mbtr-kza",
                   description=note + "\n\nUnirse con Google Meet: "
                                      "https://meet.google.com/xqv-mbtr-kza")
    body = """
Entrevista Head of CS - Valeria Ochoa / Diego Lozano
viernes, 20 de marzo de 2026 ⋅ 12:00 – 12:45
Hora de Argentina - Buenos Aires

Unirse con Google Meet
meet.google.com/xqv-mbtr-kza

Hola Valeria: te dejo el link para tu charla con Diego Lozano (Head of Revenue). Yo coordino
la agenda pero no voy a estar en la llamada. ¡Éxitos! - Martina

Invitados
Martina Ferreyra - organizador
Diego Lozano
Valeria Ochoa Ríos

Responder para valeria.ochoa.rios@gmail.com
Sí · No · Quizás · Más opciones

Invitación de Google Calendar
"""
    say("co-inv", martina_cal, [me], at("2026-03-11 09:34", BA), body, sig=False,
        subject="Invitación: Entrevista Head of CS - Valeria Ochoa / Diego Lozano @ "
                "vie 20 mar 2026 12:00 - 12:45 (ART) (valeria.ochoa.rios@gmail.com)",
        ics=ics, headers=GCAL)

    body = """
Hola Valeria,

Antes que nada, gracias por el tiempo que le dedicaste a la charla con Diego.

Lo estuvimos pensando mucho y decidimos avanzar con otro perfil que tiene más recorrido en los
mercados del Cono Sur, que es donde vamos a poner el foco este año. No fue una decisión fácil:
Diego se quedó muy bien impresionado con tu forma de pensar la retención.

Nos encantaría seguir en contacto para futuras búsquedas, sobre todo cuando crezcamos en México.

Un abrazo grande,
"""
    say("co4", martina, [me], at("2026-03-24 11:00", BA), body, parent="co3")
    body = """
Hola Martina, thanks for letting me know, y por la retro tan clara. Entiendo perfecto la
decisión; me encantaría quedar en su radar para cuando abran posiciones en México.

Un abrazo,
"""
    say("co5", me, [martina], at("2026-03-24 13:30"), body, parent="co4")

    # ---------------------------------------------------------------- Vértice (intro, coffee, People)
    body = """
Hola a los dos!

Emilio, te presento a Valeria: trabajamos juntas en Tienda Fénix y hoy lleva todo Customer
Success en Cuentalia. Es de las personas que más sabe de retención en SMB en México.

Valeria, Emilio es VP Customer en Vértice (HR tech, están creciendo mucho). Creo que tienen
muchísimo de qué platicar.

Los dejo!
Sofi
"""
    say("vi1", sofia, [me, emilio], at("2026-03-03 09:15"), body, sig=False,
        subject="Intro: Valeria <> Emilio (Vértice)")
    body = """
Sofi, qué buena intro.

Valeria, mucho gusto. ¿Te late un café el lunes 9 a las 8:30 en el Blend Station de la Roma?
Me queda a dos cuadras de la oficina.

Saludos,
"""
    say("vi2", emilio, [me], at("2026-03-03 11:40"), body, parent="vi1", cc=[sofia])
    body = """
¡Hola Emilio! Me late muchísimo: lunes 9 a las 8:30 en Blend Station.

Sofi, thanks por conectarnos 💜

Saludos,
"""
    say("vi3", me, [emilio], at("2026-03-03 12:30"), body, parent="vi2", cc=[sofia])

    body = """
Hola Emilio:

Mil thanks por el café de hoy y por contarme con tanta franqueza cómo está el equipo de
Customer en Vértice. Me quedé con ganas de seguir platicando de la parte de implementación para
clientes enterprise.

Te adjunto mi CV por si te sirve para lo que platicamos.

Saludos,
"""
    say("vt1", me, [emilio], at("2026-03-09 12:15"), body, subject="Gracias por el café ☕",
        attachments=[cv])
    body = """
Valeria, un gusto de verdad.

Le paso tu CV a Carla Méndez, nuestra Head of People, y te aviso a más tardar el viernes 13 si
abrimos la posición de Director de CX este trimestre.

Abrazo,
"""
    say("vt2", emilio, [me], at("2026-03-09 17:30"), body, parent="vt1")

    body = """
Hola Valeria, ¿qué tal?

Emilio me compartió tu CV y me platicó del café. Estamos por abrir la posición de Director(a) de
CX y me gustaría conocerte. ¿Tendrías 30 minutos el miércoles 18/03 a la 1 pm? Te marco a tu
cel.

Saludos,
"""
    say("vc1", carla, [me], at("2026-03-12 11:00"), body, subject="Vértice - Director(a) de CX")
    body = """
¡Hola Carla! Claro, el miércoles 18 a la 1 pm me queda perfecto. Mi cel es 55 4187 2290.

Thanks!
"""
    say("vc2", me, [carla], at("2026-03-12 12:40"), body, parent="vc1")
    body = """
Va, te marco entonces. Buen fin!
"""
    say("vc3", carla, [me], at("2026-03-12 13:05"), body, parent="vc2", sig=False)

    # ---------------------------------------------------------------- Clara Finanzas (15 minutes)
    body = """
Hola Iván, ¿cómo estás?

Soy Valeria Ochoa; conectamos en LinkedIn hace unas semanas después de tu charla en el CX Summit.
Llevo seis años en Customer Success (hoy en Cuentalia) y me interesa mucho cómo armaron el
equipo de CX en Clara mientras crecían tan rápido.

¿Me regalarías un cuarto de hora para platicar? Me adapto a tu agenda.

Saludos,
"""
    say("iv1", me, [ivan], at("2026-03-13 09:30"), body,
        subject="¿15 minutos para platicar de CX en fintech?")
    body = """
Hola Valeria! Claro que sí. ¿Te marco el lunes 23 a las 6 pm? A esa hora ya bajó la chamba.

Iván
"""
    say("iv2", ivan, [me], at("2026-03-17 20:45"), body, parent="iv1", sig=False)
    body = """
¡Perfecto, Iván! El lunes 23 a las 6 pm. Mi cel es 55 4187 2290.

Saludos,
"""
    say("iv3", me, [ivan], at("2026-03-17 21:10"), body, parent="iv2")

    # ---------------------------------------------------------------- Mercadito Pro (moved later)
    uid = uid_outlook(NAME, "mercadito-entrevista")
    start, end = at("2026-03-24 17:00"), at("2026-03-24 18:00")
    desc = ("Entrevista para la posición de Gerente de Customer Success con Héctor Villanueva "
            "(COO). Favor de registrarse en la recepción de la torre con identificación oficial.")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-13 12:00"), start=start, end=end,
                   tzid="Central Standard Time (Mexico)",
                   summary="Entrevista Gerente de Customer Success - Valeria Ochoa",
                   organizer=itzel,
                   attendees=[(hector, "NEEDS-ACTION", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (mp_room, "ACCEPTED", "ROOM")],
                   location="Sala Tianguis (8), piso 12, Torre Vasco de Quiroga 3800",
                   description=desc, prodid="Microsoft Exchange Server 2010",
                   extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",))
    body = """
Buenas tardes, Valeria:

Como lo platicamos por teléfono, le envío la invitación para su entrevista con Héctor
Villanueva, nuestro COO, el martes 24/03 de 17:00 a 18:00 hrs en nuestras oficinas de Santa Fe
(Av. Vasco de Quiroga 3800, piso 12). Favor de registrarse en la recepción de la torre con una
identificación oficial.

Cualquier duda, estoy a sus órdenes.

Saludos,
"""
    say("mp1", itzel, [me], at("2026-03-13 12:00"), body,
        subject="Entrevista Gerente de Customer Success - Valeria Ochoa", ics=ics,
        ics_mode="outlook")
    body = """
Hola Itzel:

Confirmo mi asistencia el martes 24 a las 17:00 hrs. ¡Nos vemos!

Saludos,
"""
    say("mp2", me, [itzel], at("2026-03-13 13:08"), body, parent="mp1")
    ics2 = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-23 10:00"),
                    start=at("2026-03-30 11:00"), end=at("2026-03-30 12:00"),
                    tzid="Central Standard Time (Mexico)",
                    summary="Entrevista Gerente de Customer Success - Valeria Ochoa",
                    organizer=itzel,
                    attendees=[(hector, "NEEDS-ACTION", "INDIVIDUAL"),
                               (me, "NEEDS-ACTION", "INDIVIDUAL"),
                               (mp_room, "ACCEPTED", "ROOM")],
                    location="Sala Tianguis (8), piso 12, Torre Vasco de Quiroga 3800",
                    description=desc, prodid="Microsoft Exchange Server 2010", sequence=1,
                    extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",))
    body = """
Buen día, Valeria:

Una disculpa: a Héctor le surgió un viaje a Guadalajara esta semana y tenemos que mover la
entrevista de mañana. ¿Le parece bien el lunes 30/03 a las 11:00? Le actualizo la invitación.

Saludos,
"""
    say("mp3", itzel, [me], at("2026-03-23 10:00"), body, parent="mp2",
        subject="Actualizada: Entrevista Gerente de Customer Success - Valeria Ochoa", ics=ics2,
        ics_mode="outlook")
    body = """
Hola Itzel, sin problema. El lunes 30 a las 11:00 me queda bien.

Saludos,
"""
    say("mp4", me, [itzel], at("2026-03-23 11:15"), body, parent="mp3")

    # ---------------------------------------------------------------- Meridio (Workday, cancelled)
    body = """
Dear Valeria,

Thank you for applying for the position of Customer Success Director, LATAM (R-2291) at Meridio
Software. We have received your application and will review it carefully.

You can check the status of your application at any time on our careers site.

Kind regards,
Meridio Talent Acquisition

This is an automated message from Workday. Please do not reply.
"""
    say("md-ack", workday, [me], at("2026-02-19 08:12"), body, sig=False,
        subject="Application received: Customer Success Director, LATAM (R-2291)",
        html=html_of(body), html_only=True, headers=AUTO)

    uid = uid_outlook(NAME, "meridio-interview")
    start, end = at("2026-03-13 11:00", CHI), at("2026-03-13 11:45", CHI)
    teams_en = ("________________________________________________________________________________\n"
                "Microsoft Teams meeting\n"
                "Join on your computer, mobile app or room device\n"
                "Click here to join the meeting "
                "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmI3MmQ2%40thread.v2/0>\n"
                "Meeting ID: 231 554 870 916\nPasscode: ab3Xy2\n"
                "________________________________________________________________________________")
    desc = ("Hi Valeria, as discussed on the phone, here is a Teams interview with me for the "
            "Customer Success Director, LATAM role (R-2291).\n\n" + teams_en)
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-04 10:00", CHI), start=start,
                   end=end, tzid="Central Standard Time",
                   summary="Interview: Valeria Ochoa Ríos - Customer Success Director, LATAM",
                   organizer=owen, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Microsoft Teams Meeting", description=desc,
                   prodid="Microsoft Exchange Server 2010",
                   extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",))
    body = ("When: Friday, March 13, 2026 11:00 AM-11:45 AM (UTC-06:00) Central Time "
            "(US & Canada).\nWhere: Microsoft Teams Meeting\n\n"
            "Hi Valeria, as discussed on the phone, here is a Teams interview with me for the "
            "Customer Success Director, LATAM role (R-2291). We'll go through your experience "
            "with enterprise renewals and how you've built teams.\n\nOwen\n\n" + teams_en + "\n")
    say("md1", owen, [me], at("2026-03-04 10:00", CHI), body, sig=False,
        subject="Interview: Valeria Ochoa Ríos - Customer Success Director, LATAM", ics=ics,
        ics_mode="outlook")
    body = """
Hi Owen,

Accepted -- see you on the 13th. Just to be sure on my side: with your daylight saving change
that's 10:00 AM in Mexico City.

Best,
"""
    say("md2", me, [owen], at("2026-03-04 12:15"), body, parent="md1")

    ics = make_ics(method="CANCEL", uid=uid, stamp=at("2026-03-12 08:30", CHI), start=start,
                   end=end, tzid="Central Standard Time",
                   summary="Canceled: Interview: Valeria Ochoa Ríos - Customer Success Director, "
                           "LATAM",
                   organizer=owen, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Microsoft Teams Meeting", sequence=1, status="CANCELLED",
                   prodid="Microsoft Exchange Server 2010",
                   extra=("X-MICROSOFT-CDO-BUSYSTATUS:FREE",))
    body = """
Hi Valeria,

I'm sorry to do this on short notice. The LATAM director role has been put on hold pending a
budget review, so I'm canceling tomorrow's interview. We aim to let every candidate know by
April 30 whether the role reopens.

My apologies again,
Owen
"""
    say("md-cx", owen, [me], at("2026-03-12 08:30", CHI), body, sig=False,
        subject="Canceled: Interview: Valeria Ochoa Ríos - Customer Success Director, LATAM",
        ics=ics, ics_mode="outlook")

    # ---------------------------------------------------------------- Tallo (Calendly, no-show)
    uid = digest(NAME, "tallo-calendly", n=32)
    start, end = at("2026-03-11 13:00", NY), at("2026-03-11 13:30", NY)
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-06 15:22"), start=start, end=end,
                   summary="Valeria Ochoa Ríos and Nathan Pryor",
                   organizer=nathan, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   location="https://tallo.zoom.us/j/88213370065",
                   description="Event Name: 30 Minute Meeting\n\nLocation: "
                               "https://tallo.zoom.us/j/88213370065\n\nPlease share anything that "
                               "will help prepare for our meeting.: Intro - CS leadership role "
                               "(LatAm)",
                   prodid="-//Calendly//Calendly//EN")
    body = """
Hi Valeria Ochoa Ríos,

A new event has been scheduled.

Event Type: 30 Minute Meeting
Invitee: Valeria Ochoa Ríos
Invitee Email: valeria.ochoa.rios@gmail.com
Event Date/Time: 11:00am - Wednesday, March 11, 2026 (Central Time - Mexico City)
Location: This is a Zoom web conference. https://tallo.zoom.us/j/88213370065
Host: Nathan Pryor (nathan.pryor@talloanalytics.com)

Questions: Intro - CS leadership role (LatAm)

Need to make changes to this event? Cancel or Reschedule:
https://calendly.com/cancellations/4f1e7c2a

Powered by Calendly.com
"""
    say("ta-cal", calendly, [me], at("2026-03-06 15:22"), body, sig=False,
        subject="Confirmed: 30 Minute Meeting with Nathan Pryor on Wednesday, March 11, 2026",
        html=html_of(body), ics=ics, ics_mode="attach", headers=AUTO)

    body = """
Hi Nathan,

I'm in the Zoom room from the Calendly invite but don't see you yet -- are we still on? I'll
stay on the line until 11:30 my time (1:30 PM ET).

Valeria
"""
    say("te1", me, [nathan], at("2026-03-11 11:12"), body, sig=False,
        subject="Our call today (11:00 CDMX / 1:00 PM ET)")
    body = """
Valeria, I'm so sorry -- a customer escalation blew up my afternoon and I completely missed our
call. That's not the first impression I wanted to make.

Could we try again on Monday 3/30 at 10 AM ET? I'll block it on my side.
"""
    say("te2", nathan, [me], at("2026-03-12 09:20", NY), body, parent="te1")
    body = """
Hi Nathan,

No worries, these things happen. Monday 3/30 at 10 AM ET (8 AM for me) works.

Best,
"""
    say("te3", me, [nathan], at("2026-03-12 09:05"), body, parent="te2")

    # ---------------------------------------------------------------- Andamio (gentle rejection)
    body = """
Hola Valeria:

Muchas gracias por tu interés en Andamio y por el tiempo que dedicaste a tu postulación para
Líder de Customer Success.

Revisamos con mucho cuidado tu perfil. En esta ocasión decidimos avanzar con personas que
tienen experiencia más cercana a la industria de la construcción, pero nos quedamos con tus
datos y nos encantaría considerarte para futuras vacantes.

Te deseamos mucho éxito.

Un saludo,
"""
    say("an1", sergio, [me], at("2026-02-27 16:45"), body,
        subject="Tu postulación - Líder de Customer Success en Andamio")

    # ======================================================================
    # CURRENT JOB (Cuentalia), addressed to her work address
    # ======================================================================
    body = """
Equipo:

Como les adelanté en la junta general, este trimestre vamos a reducir la operación para llegar
a punto de equilibrio antes de fin de año. Esto significa que 14 personas dejan hoy Cuentalia;
cada líder ya habló con su equipo. Quedan congeladas las contrataciones salvo los reemplazos que
ya estaban aprobados.

Sé que es un día difícil. Los espero hoy a las 5 pm en la terraza para una sesión de preguntas,
abierta a todos.

Andrés
"""
    say("w-ceo", ceo, [todos], at("2026-02-13 10:02"), body, sig=False,
        subject="Actualización importante sobre Cuentalia")

    uid = uid_google(NAME, "one-on-one")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-02-12 18:10"),
                   start=at("2026-02-16 10:00"), end=at("2026-02-16 10:30"), tzid=MX,
                   summary="1:1 Valeria / Ricardo", organizer=ricardo_cal,
                   attendees=[(ricardo, "ACCEPTED", "INDIVIDUAL"),
                              (work, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Sala Chapultepec", rrule="FREQ=WEEKLY;BYDAY=MO",
                   description="Seguimiento semanal: renovaciones, escalaciones, equipo.",
                   extra=("EXDATE;TZID=America/Mexico_City:20260316T100000",))
    body = """
1:1 Valeria / Ricardo
Semanalmente el lunes ⋅ 10:00 – 10:30
Hora del centro de México

Sala Chapultepec

Seguimiento semanal: renovaciones, escalaciones, equipo.

Invitados
Ricardo Ibarra - organizador
Valeria Ochoa

Invitación de Google Calendar
"""
    say("w-11", ricardo_cal, [work], at("2026-02-12 18:10"), body, sig=False,
        subject="Invitación: 1:1 Valeria / Ricardo @ Semanalmente el lunes de 10:00 a 10:30 "
                "(CST) (valeria.ochoa@cuentalia.mx)", ics=ics, headers=GCAL)

    body = """
Vale, ¿podemos revisar los pendientes de renovaciones de marzo el martes 10 a las 12? Traigo la
lista de cuentas en riesgo (son 23, ojo con Papelerías Anáhuac, que ya pidió cancelar).
"""
    say("w-dan1", daniela, [work], at("2026-03-06 17:20"), body,
        subject="Renovaciones marzo - cuentas en riesgo")
    body = """
Va, martes 10 a las 12 en la sala chica. Con Papelerías Anáhuac yo hablo directo con el dueño.
"""
    say("w-dan2", work, [daniela], at("2026-03-06 18:02"), body, parent="w-dan1")
    body = """
Listo. Ya quedó el acuerdo con Papelerías: 2 meses con 30% de descuento y se quedan. 🙌
"""
    say("w-dan3", daniela, [work], at("2026-03-11 16:48"), body, parent="w-dan2", sig=False)

    body = """
Valeria, buenas tardes:

¿Podríamos mover la QBR del jueves 5 al jueves 12 de marzo a las 16:00? El director de sistemas
quiere estar presente y esa semana está de viaje.
"""
    say("w-pat1", patricia, [work], at("2026-03-02 13:15"), body,
        subject="QBR Cuentalia - Farmacias del Valle")
    body = """
Hola Patricia, claro que sí. Jueves 12 de marzo a las 16:00 en sus oficinas de Coyoacán;
actualizo la invitación.
"""
    say("w-pat2", work, [patricia], at("2026-03-02 14:40"), body, parent="w-pat1")
    body = """
Valeria, gracias por la presentación de ayer. El director se quedó con algunas dudas sobre la
integración con el punto de venta; les mando nuestros comentarios por escrito a más tardar el
miércoles 18.
"""
    say("w-pat3", patricia, [work], at("2026-03-13 12:30"), body, parent="w-pat2")
    body = """
Valeria, adjunto nuestros comentarios sobre la integración. Quedamos atentos.
"""
    say("w-pat4", patricia, [work], at("2026-03-18 17:05"), body, parent="w-pat3",
        attachments=[("Comentarios_QBR_FdV.pdf", "application/pdf", make_pdf([
            "Farmacias del Valle - Comentarios QBR marzo 2026",
            "1. Integracion con punto de venta: sincronizacion cada 15 min",
            "2. Timbrado masivo de facturas de fin de mes",
            "3. Capacitacion a 40 sucursales nuevas"]))])

    uid = uid_google(NAME, "cuentalia-jorge")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-03-13 16:20"),
                   start=at("2026-03-20 12:00"), end=at("2026-03-20 12:45"), tzid=MX,
                   summary="Entrevista CSM Jr. - Jorge Luna Medina", organizer=paola_cal,
                   attendees=[(work, "ACCEPTED", "INDIVIDUAL"),
                              (jorge, "ACCEPTED", "INDIVIDUAL"),
                              (("Sala Zócalo", "sala.zocalo@cuentalia.mx"), "ACCEPTED", "ROOM")],
                   location="Sala Zócalo",
                   description="Entrevista con Valeria Ochoa (CS Manager) para el reemplazo de "
                               "CSM Jr. CV en Teamtailor: "
                               "https://app.teamtailor.com/companies/cuentalia/candidates/48213")
    body = """
Entrevista CSM Jr. - Jorge Luna Medina
viernes, 20 de marzo de 2026 ⋅ 12:00 – 12:45
Hora del centro de México

Sala Zócalo

Entrevista con Valeria Ochoa (CS Manager) para el reemplazo de CSM Jr. CV en Teamtailor:
https://app.teamtailor.com/companies/cuentalia/candidates/48213

Invitados
Paola Herrera - organizador
Valeria Ochoa
Jorge Luna Medina

Invitación de Google Calendar
"""
    say("w-jorge-inv", paola_cal, [work, jorge], at("2026-03-13 16:20"), body, sig=False,
        subject="Invitación: Entrevista CSM Jr. - Jorge Luna Medina @ vie 20 mar 2026 "
                "12:00 - 12:45 (CST) (valeria.ochoa@cuentalia.mx)", ics=ics, headers=GCAL)
    body = """
Buenas tardes, Valeria:

Muchas gracias por la entrevista de hoy y por explicarme cómo trabaja el equipo de Customer
Success. Me interesa mucho la posición y me gustaría mucho aprender de usted.

Quedo a sus órdenes para cualquier información adicional.

Saludos cordiales,
"""
    say("w-jorge1", jorge, [work], at("2026-03-20 15:10"), body,
        subject="Agradecimiento - entrevista CSM Jr.")
    body = """
Hola Jorge, gracias a ti por tu tiempo. Paola te estará contactando con los siguientes pasos.

Saludos,
"""
    say("w-jorge2", work, [jorge], at("2026-03-20 18:00"), body, parent="w-jorge1")

    body = """
Hola Valeria,

Ya está disponible tu recibo de nómina (CFDI) correspondiente a la 1a quincena de marzo 2026.
Puedes consultarlo y descargar el XML en el portal de colaboradores.

Nómina Cuentalia
"""
    say("w-nom", nomina, [work], at("2026-03-15 07:00"), body, sig=False,
        subject="Tu recibo de nómina - 1a quincena marzo 2026", html=html_of(body),
        html_only=True, headers=AUTO)

    # ======================================================================
    # FAMILY AND FRIENDS
    # ======================================================================
    body = """
hija vienes el domingo a comer?? hice pozole. tu hermano dice que si viene
"""
    say("f-mama1", mama, [me], at("2026-02-20 19:44"), body, sig=False,
        subject="comida domingo")
    body = """
Sí ma!! Llego como a las 2. ¿Llevo algo?

Enviado desde mi iPhone
"""
    say("f-mama2", me, [mama], at("2026-02-20 21:03"), body, parent="f-mama1", sig=False)
    body = """
nada mas tu. bueno unas tostadas
"""
    say("f-mama3", mama, [me], at("2026-02-21 08:10"), body, parent="f-mama2", sig=False)

    body = """
Vale qué le regalamos a papá? el 21 cumple 65. Pensaba en unos audífonos buenos para que ya no
ponga el radio a todo volumen jaja
"""
    say("f-tono1", tono, [me], at("2026-03-10 22:18"), body, sig=False, subject="regalo papá")
    body = """
Jajaja sí porfa. ¿Los Sony que vimos? Yo pongo la mitad. Y la cena el sábado 21 a las 8 en El
Cardenal, ¿va?
"""
    say("f-tono2", me, [tono], at("2026-03-10 22:40"), body, parent="f-tono1", sig=False)
    body = """
va. ya reservé el cardenal para 6
"""
    say("f-tono3", tono, [me], at("2026-03-11 09:02"), body, parent="f-tono2", sig=False)
    body = """
Ya los compré, te paso la foto del ticket. Me transfieres cuando puedas 🙏
"""
    say("f-tono4", tono, [me], at("2026-03-12 20:31"), body, parent="f-tono3", sig=False)

    body = """
hija el sábado te marco para ver lo del pastel de tu papá, que no quiere de chocolate este año
"""
    say("f-mama4", mama, [me], at("2026-03-19 20:10"), body, sig=False,
        subject="pastel papá")
    body = """
Va ma, el sábado hablamos. Uno de tres leches entonces 🎂
"""
    say("f-mama5", me, [mama], at("2026-03-19 21:25"), body, parent="f-mama4", sig=False)

    body = """
Para mis sobrinas hermosas, que tengan un excelente día de la mujer 🌹🌹

-----Mensaje reenviado-----
De: Grupo Reflexiones Diarias
Asunto: Mujer, nunca olvides lo valiosa que eres

Nunca olvides que eres fuerte, que eres capaz, y que cada mañana es una nueva oportunidad...
"""
    say("f-tia", tia, [me], at("2026-03-08 07:12"), body, sig=False,
        subject="Fwd: Mujer, nunca olvides lo valiosa que eres 🌹")

    body = """
¡¡Vale!! Ya es oficial: Beto y yo nos casamos el sábado 18 de abril en Valle de Bravo 💍

Pronto te llega la invitación formal con la liga para confirmar. ¡No puedes faltar!

Mariana
"""
    say("fr-mar1", mariana, [me], at("2026-02-14 12:00"), body, sig=False,
        subject="Save the date 💍 Mariana & Beto")
    body = """
¡AAAAH qué emoción, Mariana! Ahí estaré sin falta. Ya quiero ver el vestido 😭💕
"""
    say("fr-mar2", me, [mariana], at("2026-02-14 12:40"), body, parent="fr-mar1", sig=False)

    uid = digest(NAME, "boda", n=32) + "@bodas.com.mx"
    ics = make_ics(method="PUBLISH", uid=uid, stamp=at("2026-03-02 18:00"),
                   start=at("2026-04-18 17:00"), end=at("2026-04-19 02:00"), tzid=MX,
                   summary="Boda Mariana & Beto", organizer=bodas,
                   location="Hacienda La Candelaria, Valle de Bravo",
                   description="Ceremonia 17:00 hrs, recepción a continuación. "
                               "Código de vestimenta: formal.",
                   prodid="-//Bodas.com.mx//Invitaciones//ES")
    body = """
¡Hola Valeria!

Gracias por confirmar tu asistencia a la boda de Mariana & Beto.

Fecha: sábado 18 de abril de 2026, 17:00 hrs
Lugar: Hacienda La Candelaria, Valle de Bravo
Invitados confirmados: 1

Agrega el evento a tu calendario con el archivo adjunto. Consulta la mesa de regalos en la
página de la boda.

Bodas.com.mx
"""
    say("fr-rsvp", bodas, [me], at("2026-03-02 18:00"), body, sig=False,
        subject="Confirmación de asistencia: Boda Mariana & Beto", html=html_of(body),
        ics=ics, ics_mode="publish", headers=AUTO)

    body = """
Hola Valeria,

¡Gracias por tu compra en la Mesa de Regalos de Mariana Esquivel y Alberto Sáenz!

Artículo: Batidora de pedestal KitchenAid Artisan 4.8 L, rojo imperial
Total: $9,499.00 MXN
Mensaje para los novios: "Para que Beto por fin aprenda a hacer pastel. Los quiero, Vale"

Liverpool es parte de tu vida.
"""
    say("fr-liv", liverpool, [me], at("2026-03-20 22:41"), body, sig=False,
        subject="Confirmación de regalo - Mesa de Regalos 51829304", html=html_of(body),
        html_only=True, headers=AUTO)

    body = """
Tu reserva en Hotel Rodavento, Valle de Bravo, está confirmada.

Llegada: viernes, 17 de abril de 2026 (desde las 15:00)
Salida: domingo, 19 de abril de 2026 (hasta las 12:00)
Número de confirmación: 4127.883.016
Precio total: MXN 7,860
"""
    say("fr-book", booking, [me], at("2026-03-08 21:30"), body, sig=False,
        subject="Reserva confirmada: Hotel Rodavento, Valle de Bravo", html=html_of(body),
        html_only=True, headers=AUTO)

    body = """
amigaaa chelas el viernes?? necesito desahogarme del trabajo. 7:30 en el Pata Negra de la
Condesa?
"""
    say("fr-majo1", majo, [me], at("2026-03-11 18:22"), body, sig=False, subject="viernes")
    body = """
Siii, yo también necesito 🍻 Viernes 7:30 en el Pata Negra. Te cuento de las entrevistas
"""
    say("fr-majo2", me, [majo], at("2026-03-11 19:05"), body, parent="fr-majo1", sig=False)
    body = """
vaaa! llevo a Regina
"""
    say("fr-majo3", majo, [me], at("2026-03-11 19:30"), body, parent="fr-majo2", sig=False)
    body = """
llegaste bien? qué buena noche. me debes el chisme completo de la insurtech jaja
"""
    say("fr-majo4", majo, [me], at("2026-03-14 11:12"), body, parent="fr-majo3", sig=False)

    # ======================================================================
    # BANK, TAX, BILLS, GYM, HEALTH, RECEIPTS
    # ======================================================================
    for key, when, period in (("b-edo1", "2026-02-12 06:05", "febrero 2026"),
                              ("b-edo2", "2026-03-12 06:05", "marzo 2026")):
        body = """
Hola VALERIA OCHOA RIOS,

Tu estado de cuenta de la Tarjeta de Crédito Azul terminación 4471, con fecha de corte de
%s, ya está disponible en la app y en bmxbanco.com.mx.

Recuerda que puedes domiciliar tu pago para no generar intereses.

BMX Banco. Este correo es informativo, por favor no lo respondas.
""" % period
        say(key, bank, [me], at(when), body, sig=False,
            subject="Tu estado de cuenta de %s ya está disponible" % period,
            html=html_of(body), html_only=True, headers=AUTO)
    body = """
Compra aprobada con tu tarjeta digital terminación 9032

Comercio: LIVERPOOL MESA REGALOS
Monto: $9,499.00 MXN
Fecha: 20/03/2026 22:39 hrs

Si no reconoces este cargo, llama a la Línea BMX 55 5226 2663.
"""
    say("b-compra", bank, [me], at("2026-03-20 22:40"), body, sig=False,
        subject="Compra aprobada: $9,499.00 MXN", html=html_of(body), html_only=True,
        headers=AUTO)

    body = """
Estimado contribuyente OORV911118XX3:

Tienes un nuevo mensaje en tu Buzón Tributario. Ingresa a sat.gob.mx con tu e.firma o
contraseña para consultarlo.

Este mensaje es generado automáticamente. Servicio de Administración Tributaria.
"""
    say("b-sat1", sat, [me], at("2026-03-02 09:17"), body, sig=False,
        subject="Buzón Tributario: tienes un nuevo mensaje", html=html_of(body),
        html_only=True, headers=AUTO)
    body = """
Estimado contribuyente:

Te recordamos que durante el mes de abril deberás presentar tu Declaración Anual del ejercicio
2025 como persona física. Consulta tu declaración precargada en sat.gob.mx y aprovecha tus
deducciones personales (gastos médicos, colegiaturas, intereses hipotecarios).

Servicio de Administración Tributaria
"""
    say("b-sat2", sat, [me], at("2026-03-17 10:00"), body, sig=False,
        subject="Declaración Anual 2025: prepárate para abril", html=html_of(body),
        html_only=True, headers=AUTO)

    body = """
Tu factura Telcel del periodo 20/01/2026 al 19/02/2026 está lista.

Número: 55 4187 2290
Total a pagar: $649.00
Fecha límite de pago: 09/03/2026
"""
    say("b-telcel", telcel, [me], at("2026-02-25 04:30"), body, sig=False,
        subject="Tu factura Telcel de febrero", html=html_of(body), html_only=True,
        headers=AUTO)
    body = """
Tu recibo de luz del periodo 05/01/2026 - 04/03/2026 ya está disponible.

Servicio: 498 201 553 871
Importe: $412.00
Pagar antes de: 21/03/2026
"""
    say("b-cfe", cfe, [me], at("2026-03-05 05:10"), body, sig=False,
        subject="CFE - Tu recibo digital está disponible", html=html_of(body), html_only=True,
        headers=AUTO)

    body = """
¡Hola Valeria!

Tu membresía Plus se renovó con éxito.

Cargo: $749.00 MXN
Próxima renovación: 01/04/2026
Sucursal: FitZona Del Valle

¡Nos vemos en el gym! 💪
"""
    say("g-ren", gym, [me], at("2026-03-01 06:00"), body, sig=False,
        subject="Tu membresía FitZona se renovó", html=html_of(body), html_only=True,
        headers=AUTO)
    body = """
¡Lugar apartado!

Clase: Spinning con Coach Lalo
Día: martes 17/03/2026
Hora: 07:00 - 07:45 hrs
Bici: 14

Si no puedes asistir, cancela con 2 horas de anticipación para no perder tu crédito.
"""
    say("g-clase", gym, [me], at("2026-03-16 20:14"), body, sig=False,
        subject="Reservaste Spinning - mar 17/03 7:00", html=html_of(body), html_only=True,
        headers=AUTO)

    uid = digest(NAME, "dentista", n=24) + "@sonriecoyoacan.mx"
    ics = make_ics(method="PUBLISH", uid=uid, stamp=at("2026-03-09 11:00"),
                   start=at("2026-03-11 18:00"), end=at("2026-03-11 19:00"), tzid=MX,
                   summary="Cita dental - Dra. Karla Núñez", organizer=dental,
                   location="Clínica Dental Sonríe, Av. Miguel Ángel de Quevedo 721, Coyoacán",
                   prodid="-//Dentalink//Agenda//ES")
    body = """
Hola Valeria:

Le confirmamos su cita de revisión con la Dra. Karla Núñez el miércoles 11/03/2026 a las
18:00 hrs. Le pedimos llegar 10 minutos antes.

Clínica Dental Sonríe Coyoacán
Tel. 55 5554 1290 · WhatsApp 55 6120 3398
"""
    say("d1", dental, [me], at("2026-03-09 11:00"), body, sig=False,
        subject="Confirmación de cita - miércoles 11/03 18:00 hrs", ics=ics, ics_mode="publish")
    body = """
Hola Valeria, gracias por su visita de ayer.

La Dra. Núñez recomienda una limpieza profunda en las próximas semanas. Le llamaremos el
viernes para agendarla en el horario que más le convenga.

Clínica Dental Sonríe Coyoacán
"""
    say("d2", dental, [me], at("2026-03-12 10:30"), body, parent="d1", sig=False)

    body = """
¡Tu pedido llegó!

La Casa de Toño - Coyoacán
2x Pozole rojo grande, 1x Tostadas de tinga (3), 1x Agua de jamaica 1 L
Total: $412.00 (propina incluida)
"""
    say("r-rappi", rappi, [me], at("2026-03-07 21:40"), body, sig=False,
        subject="Tu pedido de La Casa de Toño", html=html_of(body), html_only=True,
        headers=AUTO)
    body = """
Gracias por viajar con Uber, Valeria

Martes, 17 de marzo de 2026
UberX · 13:21 Col. Del Valle → 13:52 Polanco, Miguel Hidalgo
Total: MX$148.37
"""
    say("r-uber", uber, [me], at("2026-03-17 19:52", "UTC"), body, sig=False,
        subject="Tu viaje del martes por la tarde con Uber", html=html_of(body),
        html_only=True, headers=AUTO)

    # ======================================================================
    # JOB BOARDS AND NEWSLETTERS (full of job words, owing nothing)
    # ======================================================================
    def alert(key, who, when, subject, body, list_id, unsub):
        h = dict(AUTO)
        h.update(bulk_headers(list_id, unsub))
        say(key, who, [me], when, body, sig=False, subject=subject, html=html_of(body),
            html_only=True, headers=h)

    alert("j-li1", linkedin, at("2026-02-18 07:30"),
          "\"head of customer success\": 9 new jobs in Mexico City", """
Your job alert for head of customer success in Mexico City

Head of Customer Success - Tiendanube · Mexico City (Hybrid) · Be an early applicant
Customer Success Director - Konfío · Mexico City · 3 connections work here
Gerente de Customer Success - Bitso · Remote · Easy Apply
Sr. Manager, Customer Experience - Clip · Mexico City

See all jobs: https://www.linkedin.com/jobs/search/?keywords=head%20of%20customer%20success
""", "<jobs-alerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe")
    alert("j-li2", linkedin, at("2026-03-04 07:30"),
          "\"customer success director\": 14 new jobs", """
Your job alert for customer success director - Remote (Latin America)

Director, Customer Success (LATAM) - Deel · Remote · Actively recruiting
Customer Success Director, Americas - Rappi · Mexico City · Easy Apply
VP Customer Success - Kavak · Mexico City · 12 applicants
Customer Success Lead - Truora · Remote

Interview prep: practice your answers with AI-powered mock interviews on LinkedIn Premium.
""", "<jobs-alerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe")
    alert("j-li3", linkedin, at("2026-03-18 07:30"),
          "Valeria, 6 new jobs match your preferences", """
New jobs for you

Head of Customer Experience - Solvo Seguros · Mexico City · Posted 2 days ago
Senior CSM Manager - HubSpot · Remote (Mexico) · Promoted
Customer Success Manager Lead - Fondeadora · Mexico City
Director de Experiencia del Cliente - Grupo Traxión · Mexico City

Recruiters are looking at profiles like yours. Turn on Open to Work.
""", "<jobs-alerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsubscribe")
    alert("j-occ1", occ, at("2026-02-23 08:00"), "Nuevas vacantes para ti: Gerente de Customer Success", """
Hola Valeria, encontramos 11 vacantes que coinciden con tu búsqueda "Gerente Customer Success"
en Ciudad de México.

Gerente de Customer Success - Empresa confidencial · $70,000 - $85,000 mensuales · Polanco
Coordinador(a) de Experiencia del Cliente - Grupo Financiero · Santa Fe
Gerente de Postventa - Industria automotriz · Naucalpan

Postúlate hoy. ¡Tu próximo empleo te espera!
""", "<alertas.occ.com.mx>", "https://www.occ.com.mx/alertas/baja")
    alert("j-occ2", occ, at("2026-03-16 08:00"), "8 vacantes nuevas: Customer Success - CDMX", """
Hola Valeria, estas son las vacantes más recientes para "Customer Success" en Ciudad de México.

Líder de Customer Success - Fintech · Home office · Entrevistas esta semana
Gerente de Cuentas Clave - SaaS · Reforma
Jefe(a) de Atención a Clientes - Retail · Iztapalapa

Completa tu CV al 100% para que los reclutadores te encuentren.
""", "<alertas.occ.com.mx>", "https://www.occ.com.mx/alertas/baja")
    alert("j-indeed", indeed, at("2026-03-09 06:45"), "Customer Success Director jobs in Remote", """
15 new Customer Success Director jobs in Remote

Director of Customer Success, LATAM - Lumen Pay - Remote - Responds within 3 days
Customer Success Director - Ontop - Remote - Urgently hiring
Head of Client Success - Nuvemshop - Remote

We'll let you know when new jobs match your search.
""", "<jobalerts.indeed.com>", "https://www.indeed.com/alert/unsubscribe")
    alert("c-csc1", csc, at("2026-03-05 07:00"),
          "The CS Weekly: what CROs want from CS leaders in 2026", """
This week in Customer Success

1. What CROs want from their CS leaders in 2026 (and the interview questions they ask)
2. Job board: 42 new CS leadership roles, 18 remote
3. Template: the 30-60-90 plan for a new VP of CS

See you next Thursday,
The Customer Success Collective
""", "<weekly.cscollective.io>", "https://cscollective.io/unsubscribe")
    alert("c-csc2", csc, at("2026-03-19 07:00"),
          "The CS Weekly: follow-up notes that actually get read", """
This week in Customer Success

1. Follow-up notes after a final-round interview that actually get read
2. Salary report: CS leadership in LatAm, 2026 edition
3. Job board: 37 new roles, including 6 in Mexico City

See you next Thursday,
The Customer Success Collective
""", "<weekly.cscollective.io>", "https://cscollective.io/unsubscribe")
    alert("c-csc3", csc, at("2026-03-26 07:00"),
          "The CS Weekly: hiring your first CSM in a new market", """
This week in Customer Success

1. Hiring your first CSM in a new market: interview loops that work
2. Renewals forecasting without a RevOps team
3. Job board: 29 new roles

See you next Thursday,
The Customer Success Collective
""", "<weekly.cscollective.io>", "https://cscollective.io/unsubscribe")

    # ======================================================================
    # THREADS
    # ======================================================================
    T = case.thread
    T("bl-ack", True, "application", "Brightloop",
      "Greenhouse acknowledgement of the application, Tue Feb 10; automated")
    T("bl1", True, "interview", "Brightloop",
      "recruiter thread: phone screen Thu Feb 26 thanked here at 13:05; panel set for Tue Mar 10 "
      "10:00 CT = 09:00 CDMX after the US change to daylight time; 'by Wednesday 3/18' kept on "
      "Mar 17 (CRO conversation offered); Mar 24 'early next week' still open")
    T("bl-conf", True, "interview", "Brightloop",
      "Greenhouse confirmation (no ICS) of the phone screen Thu Feb 26 11:00-11:30 CST, "
      "interviewer Kelsey Morgan named with her address; automated sender")
    T("bl-gt", True, "interview", "Brightloop",
      "GoodTime invite (ICS attached) for the panel Tue Mar 10 10:00-11:30 CDT (09:00-10:30 "
      "CDMX) with Derek Osei and Marisol Vega; a Zoom room resource in the attendees; both "
      "panelists thanked by one note the same evening")
    T("bl-pthx", True, "interview", "Brightloop",
      "one thank-you to both panelists, Tue Mar 10 18:30; Derek's reply, no date promised")
    T("bl-cro", True, "interview", "Brightloop",
      "Google invite: CRO Alan Brooks Mon Mar 23 16:30-17:15 CDT (15:30-16:15 CDMX); the "
      "organizer (recruiter) says she won't join; never thanked")
    T("pw-ack", True, "application", "Parcelwise",
      "Lever acknowledgement, Thu Feb 12; automated")
    T("pw1", True, "interview", "Parcelwise",
      "phone screen Tue Mar 3 9:00 AM PST = 11:00 CDMX, no end stated, thanked the same "
      "afternoon; VP interview Thu 3/19 2:00-2:45 PM PT (PDT: 15:00-15:45 CDMX) agreed with "
      "'Thursday works.'; the Zoom link and Gwen's address came the day before as promised")
    T("pw-gw1", True, "interview", "Parcelwise",
      "thank-you to Gwen Holloway after the Mar 19 interview; her reply: committee Tue 3/24, "
      "'Tyler will reach out by Wednesday 3/25' - past its window at now, inside the grace")
    T("fn1", True, "recruiter", "Fieldnote",
      "intro call Mon Mar 2 10:00-10:30 MST (11:00-11:30 CDMX), thanked; recruiter promised "
      "word 'within the next couple of weeks' and has been silent since")
    T("kp1", True, "interview", "Kuali Pagos",
      "all in Spanish: two slots offered (03/03 17:00 hrs, 04/03 9:30), Wednesday picked; "
      "interview with Rodrigo Salas 04/03 9:30-10:30 hrs at the office; the coordinator does "
      "not attend; thanked in a new thread")
    T("kt1", True, "interview", "Kuali Pagos",
      "thank-you to Rodrigo Salas (Spanish with 'Thanks again'); his reply mentions two other "
      "finalists and promises word 'la próxima semana' (week of Mar 9-13); nothing since")
    T("rn1", True, "interview", "Ruta Norte Logística",
      "the director's assistant sets up a Teams interview for Wed Mar 18 17:00 hrs; on Mar 19 "
      "she relays that he will answer 'a más tardar el viernes 20 de marzo'; nothing since")
    T("rn-inv", True, "interview", "Ruta Norte Logística",
      "Outlook/Teams invite from the director (sent by his assistant), Wed Mar 18 17:00-18:00, "
      "zone 'Central Standard Time (Mexico)'; the interview took place; never thanked")
    T("cb1", True, "recruiter", "Solvo Seguros",
      "independent headhunter on gmail.com; lunch with Ana Paula Reyes (VP de Clientes, "
      "address in the text) Tue Mar 17 2 pm, no end stated; headhunter not at the lunch; "
      "three other candidates mentioned; no dated promise; Ana Paula never thanked")
    T("co1", True, "rejection", "Cobaltia",
      "Rioplatense Spanish; interview with Diego Lozano Fri 20/3 12 hs Buenos Aires = 9:00 CDMX; "
      "'feedback a más tardar el viernes 27/3'; rejection Tue Mar 24; Valeria's reply thanks "
      "the recruiter, not the interviewer")
    T("co-inv", True, "interview", "Cobaltia",
      "Google invite in Spanish, Buenos Aires time, Fri Mar 20 12:00-12:45; the organizer says "
      "she will not be on the call; interview held; Diego never thanked")
    T("vi1", True, "networking", "Vértice",
      "friend's intro; coffee Mon Mar 9 8:30 at Blend Station, no end stated; the 'thanks' "
      "here (to the referrer, cc Emilio) came before the coffee")
    T("vt1", True, "networking", "Vértice",
      "coffee thanked the same day ('Mil thanks'); Emilio: 'te aviso a más tardar el viernes "
      "13' - kept by Carla Méndez's mail of Thu Mar 12")
    T("vc1", True, "interview", "Vértice",
      "Head of People: 30-minute call Wed 18/03 1 pm on Valeria's mobile; the only thanks "
      "came before the call; never thanked after")
    T("iv1", True, "networking", "Clara Finanzas",
      "Valeria asks for a quarter of an hour on how they built CX; call Mon Mar 23 6 pm, no "
      "end stated; never thanked")
    T("mp1", True, "interview", "Mercadito Pro",
      "Outlook invite with a meeting room for Tue 24/03 17:00-18:00 hrs with the COO; moved "
      "on Mar 23 (SEQUENCE 1) to Mon 30/03 11:00, after now")
    T("md-ack", True, "application", "Meridio Software",
      "Workday acknowledgement, Thu Feb 19; automated")
    T("md1", True, "interview", "Meridio Software",
      "Outlook/Teams invite, Fri Mar 13 11:00-11:45 'Central Standard Time' (US: CDT, 10:00 "
      "CDMX); cancelled the day before (separate thread)")
    T("md-cx", True, "interview", "Meridio Software",
      "ICS CANCEL of the Mar 13 interview: role on hold; 'we aim to let every candidate know by "
      "April 30' (window open)")
    T("ta-cal", True, "networking", "Tallo Analytics",
      "Calendly booking Wed Mar 11 11:00-11:30 CDMX (1:00 PM EDT) with Nathan Pryor; he did not "
      "show up")
    T("te1", True, "networking", "Tallo Analytics",
      "no-show: Valeria waits in the Zoom; his apology next day and a new time, Mon 3/30 "
      "10 AM ET (08:00 CDMX), after now")
    T("an1", True, "rejection", "Andamio",
      "gentle rejection of an application, no interview")
    # current job
    T("w-ceo", False, None, "Cuentalia", "current job: layoffs announcement and all-hands Q&A")
    T("w-11", False, None, "Cuentalia",
      "current job: weekly 1:1 with her manager (RRULE, no meeting on the Mar 16 holiday)")
    T("w-dan1", False, None, "Cuentalia", "current job: renewals review with a colleague")
    T("w-pat1", False, None, "Farmacias del Valle",
      "current job: QBR with a client moved to Thu Mar 12 16:00; client's 'comentarios a más "
      "tardar el miércoles 18' kept")
    T("w-jorge-inv", False, None, "Cuentalia",
      "current job: Valeria interviews a candidate for her own team, Fri Mar 20 12:00")
    T("w-jorge1", False, None, "Cuentalia",
      "current job: the candidate thanks Valeria; she answers from her work address")
    T("w-nom", False, None, "Cuentalia", "payroll receipt")
    # family and friends
    T("f-mama1", False, None, None, "mother: Sunday lunch Feb 22")
    T("f-tono1", False, None, None, "brother: father's birthday present and dinner Sat Mar 21")
    T("f-mama4", False, None, None, "mother: 'el sábado te marco' about the cake")
    T("f-tia", False, None, None, "aunt's forwarded chain mail")
    T("fr-mar1", False, None, None, "friend's wedding save-the-date")
    T("fr-rsvp", False, None, "Bodas.com.mx", "wedding RSVP confirmation with ICS, Apr 18")
    T("fr-liv", False, None, "Liverpool", "wedding gift receipt")
    T("fr-book", False, None, "Booking.com", "hotel for the wedding")
    T("fr-majo1", False, None, None, "friend: drinks Fri Mar 13, social")
    # bills etc.
    T("b-edo1", False, None, "BMX Banco", "credit-card statement")
    T("b-edo2", False, None, "BMX Banco", "credit-card statement")
    T("b-compra", False, None, "BMX Banco", "card purchase alert")
    T("b-sat1", False, None, "SAT", "tax mailbox notice")
    T("b-sat2", False, None, "SAT", "annual tax return reminder")
    T("b-telcel", False, None, "Telcel", "phone bill")
    T("b-cfe", False, None, "CFE", "electricity bill")
    T("g-ren", False, None, "FitZona", "gym membership renewal")
    T("g-clase", False, None, "FitZona", "gym class booking Tue Mar 17 07:00")
    T("d1", False, None, "Clínica Dental Sonríe Coyoacán",
      "dentist appointment Wed Mar 11 18:00 (ICS PUBLISH); 'le llamaremos el viernes'")
    T("r-rappi", False, None, "Rappi", "food delivery receipt")
    T("r-uber", False, None, "Uber", "ride receipt (to the Polanco lunch)")
    T("j-li1", False, None, "LinkedIn", "job alert")
    T("j-li2", False, None, "LinkedIn", "job alert")
    T("j-li3", False, None, "LinkedIn", "job alert")
    T("j-occ1", False, None, "OCC Mundial", "job alert")
    T("j-occ2", False, None, "OCC Mundial", "job alert")
    T("j-indeed", False, None, "Indeed", "job alert")
    T("c-csc1", False, None, "Customer Success Collective", "newsletter")
    T("c-csc2", False, None, "Customer Success Collective", "newsletter")
    T("c-csc3", False, None, "Customer Success Collective", "newsletter")

    # ======================================================================
    # FACTS: meetings and promises
    # ======================================================================
    M = case.meeting
    P = case.promise
    # job search
    M("bl-conf", at("2026-02-26 11:00"), at("2026-02-26 11:30"), met=[kelsey.email],
      thanks={kelsey.email: "bl3"}, what="Brightloop phone screen")
    M("bl-gt", at("2026-03-10 09:00"), at("2026-03-10 10:30"),
      met=[derek.email, marisol.email],
      thanks={derek.email: "bl-pthx", marisol.email: "bl-pthx"}, what="Brightloop panel")
    M("bl-cro", at("2026-03-23 15:30"), at("2026-03-23 16:15"), met=[alan.email],
      what="Brightloop CRO")
    M("pw1", at("2026-03-03 11:00"), None, met=[tyler.email], thanks={tyler.email: "pw4"},
      what="Parcelwise phone screen")
    M("pw1", at("2026-03-19 15:00"), at("2026-03-19 15:45"), met=[gwen.email],
      thanks={gwen.email: "pw-gw1"}, what="Parcelwise VP interview")
    M("fn1", at("2026-03-02 11:00"), at("2026-03-02 11:30"), met=[brooke.email],
      thanks={brooke.email: "fn4"}, what="Fieldnote intro call")
    M("kp1", at("2026-03-04 09:30"), at("2026-03-04 10:30"), met=[rodrigo.email],
      thanks={rodrigo.email: "kt1"}, what="Kuali Pagos interview")
    M("rn-inv", at("2026-03-18 17:00"), at("2026-03-18 18:00"), met=[mauricio.email],
      what="Ruta Norte Teams interview")
    M("cb1", at("2026-03-17 14:00"), None, met=[anapaula[1]], what="Solvo lunch")
    M("co-inv", at("2026-03-20 09:00"), at("2026-03-20 09:45"), met=[diego[1]],
      what="Cobaltia interview")
    M("vi1", at("2026-03-09 08:30"), None, met=[emilio.email], thanks={emilio.email: "vt1"},
      what="Vértice coffee")
    M("vc1", at("2026-03-18 13:00"), at("2026-03-18 13:30"), met=[carla.email],
      what="Vértice People call")
    M("iv1", at("2026-03-23 18:00"), None, met=[ivan.email], what="Clara Finanzas call")
    M("mp1", at("2026-03-24 17:00"), at("2026-03-24 18:00"), met=[hector[1]], status="moved",
      what="Mercadito interview (original time)")
    M("mp1", at("2026-03-30 11:00"), at("2026-03-30 12:00"), met=[hector[1]],
      status="scheduled", what="Mercadito interview (new time)")
    M("md1", at("2026-03-13 10:00"), at("2026-03-13 10:45"), met=[owen.email],
      status="cancelled", what="Meridio interview")
    M("ta-cal", at("2026-03-11 11:00"), at("2026-03-11 11:30"), met=[nathan.email],
      status="noshow", what="Tallo call (no-show)")
    M("te1", at("2026-03-30 08:00"), at("2026-03-30 08:30"), met=[nathan.email],
      status="scheduled", what="Tallo call (new time)")
    # not job search
    M("w-ceo", at("2026-02-13 17:00"), None, job=False, what="all-hands Q&A")
    for d in ("2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-23"):
        M("w-11", at(d + " 10:00"), at(d + " 10:30"), job=False, what="1:1")
    M("w-11", at("2026-03-30 10:00"), at("2026-03-30 10:30"), status="scheduled", job=False,
      what="1:1")
    M("w-dan1", at("2026-03-10 12:00"), None, job=False, what="renewals review")
    M("w-pat1", at("2026-03-12 16:00"), None, job=False, what="QBR with client")
    M("w-jorge-inv", at("2026-03-20 12:00"), at("2026-03-20 12:45"), met=[jorge.email],
      job=False, what="Valeria interviews a candidate")
    M("f-mama1", at("2026-02-22 14:00"), None, job=False, what="family lunch")
    M("f-tono1", at("2026-03-21 20:00"), None, job=False, what="father's birthday dinner")
    M("fr-rsvp", at("2026-04-18 17:00"), at("2026-04-19 02:00"), status="scheduled", job=False,
      what="wedding")
    M("fr-majo1", at("2026-03-13 19:30"), None, job=False, what="drinks")
    M("g-clase", at("2026-03-17 07:00"), at("2026-03-17 07:45"), job=False, what="gym class")
    M("d1", at("2026-03-11 18:00"), at("2026-03-11 19:00"), job=False, what="dentist")

    P("bl1", "bl7", kelsey.email, "2026-03-18", answered_by="bl8")
    P("bl1", "bl10", kelsey.email, "2026-04-01")
    P("pw1", "pw5", tyler.email, "2026-03-18", answered_by="pw7")
    P("pw-gw1", "pw-gw2", gwen.email, "2026-03-25")
    P("fn1", "fn5", brooke.email, "2026-03-16")
    P("kt1", "kt2", rodrigo.email, "2026-03-13")
    P("rn1", "rn4", lupita.email, "2026-03-20")
    P("co1", "co3", martina.email, "2026-03-27", ended_by="co4")
    P("vt1", "vt2", emilio.email, "2026-03-13", answered_by="vc1")
    P("md-cx", "md-cx", owen.email, "2026-04-30")
    P("w-pat1", "w-pat3", patricia.email, "2026-03-18", answered_by="w-pat4", job=False)
    P("d1", "d2", dental.email, "2026-03-13", job=False)
    P("f-mama4", "f-mama4", mama.email, "2026-03-21", job=False)

    # ======================================================================
    # LABELS
    # ======================================================================
    E = case.expect
    E("thank_you", "bl-cro", alan.email,
      "final conversation with the CRO Mon Mar 23 15:30-16:15 CDMX (4:30 PM CDT) took place; no "
      "note to Alan; the recruiter's later mail does not count; overdue since Mar 24 16:15")
    E("callback", "kt1", rodrigo.email,
      "'te escribo la próxima semana' (said Thu Mar 5: week of Mar 9-13); nothing from Kuali "
      "since; due end of Tue Mar 17 (Wed 18 if the Mar 16 holiday is skipped), not stale",
      promised="2026-03-13")
    E("thank_you", "rn-inv", mauricio.email,
      "Teams interview Wed Mar 18 17:00-18:00 took place; Valeria wrote only to his assistant "
      "afterwards; overdue since Mar 19 18:00")
    E("callback", "rn1", lupita.email,
      "the assistant relayed 'le estará dando una respuesta a más tardar el viernes 20 de "
      "marzo'; no word from Ruta Norte since; due end of Tue Mar 24; she wrote the promise "
      "and is the only company address in this thread",
      promised="2026-03-20")
    E("thank_you", "cb1", anapaula[1],
      "lunch Tue Mar 17 14:00 (60 min by default) with the VP, whose address the headhunter "
      "gave in the text; Valeria only reported back to the headhunter; overdue since Mar 18")
    E("thank_you", "co-inv", diego[1],
      "interview Fri Mar 20 9:00-9:45 CDMX took place; the rejection ends callbacks but not a "
      "thank-you owed; Valeria's 'thanks' went to the recruiter; overdue since Mar 21")
    E("thank_you", "vc1", carla.email,
      "30-minute call Wed Mar 18 13:00 took place; the only 'Thanks!' was sent on Mar 12, "
      "before it; overdue since Mar 19 13:30")
    E("thank_you", "iv1", ivan.email,
      "informational call Mon Mar 23 18:00 (no end: 60 min) took place; never thanked; "
      "overdue since Mar 24 19:00")
    E("callback", "fn1", brooke.email,
      "'you should hear back from me within the next couple of weeks' (Mon Mar 2, so by "
      "Mar 13-16); nothing from Fieldnote since; due by end of Wed Mar 18 at the latest",
      promised="2026-03-16")

    F = case.forbid
    F("bl-gt", derek.email,
      "panelist Tue Mar 10, thanked by the joint note that evening (one note satisfies each "
      "addressee)")
    F("bl-gt", marisol.email, "panelist Tue Mar 10, thanked by the same joint note")
    F("bl-gt", goodtime.email, "automated scheduler sender (GoodTime no-reply)")
    F("bl1", kelsey.email,
      "phone screen thanked Feb 26; 'by Wednesday 3/18' kept on Mar 17; 'early next week' "
      "(Mar 24) is still open; she did not join the CRO conversation")
    F("pw-gw1", gwen.email,
      "'Tyler will reach out by Wednesday 3/25': the day has passed but the grace runs to the "
      "end of Fri Mar 27; her interview was thanked here")
    F("pw1", tyler.email,
      "phone screen Mar 3 thanked the same afternoon; he set up but did not attend the VP "
      "interview; his 'Zoom link the day before' was kept")
    F("co1", martina.email,
      "recruiter who did not attend; the rejection on Mar 24 ended 'a más tardar el viernes "
      "27/3' (which had not even passed)")
    F("cb1", claudia.email,
      "headhunter who arranged the lunch and did not attend; no dated promise")
    F("vi1", sofia.email,
      "the referrer (friend, gmail.com): not at the coffee, promised nothing; thanked in the "
      "thread")
    F("vt1", emilio.email,
      "coffee thanked the same day; 'a más tardar el viernes 13' kept by Carla's mail from "
      "Vértice on Thu Mar 12")
    F("mp1", hector[1],
      "interview moved from Tue Mar 24 to Mon Mar 30 11:00, still ahead at now")
    F("md1", owen.email,
      "interview cancelled on Mar 12 (ICS CANCEL); 'by April 30' is still open")
    F("te1", nathan.email,
      "no-show on Mar 11: the call never took place; rescheduled to Mon Mar 30, after now")
    F("w-jorge1", jorge.email,
      "Valeria is the interviewer at her current job; his thank-you needs no follow-up")
    F("kp1", fernanda.email,
      "coordinator who set up the interview and did not attend; no promise")
    F("d1", dental.email,
      "dentist, not job search: 'le llamaremos el viernes' calls for no follow-up")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
