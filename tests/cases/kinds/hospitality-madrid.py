#!/usr/bin/env python3
"""hospitality-madrid: Lucía Ferrer, operations manager of a 200-room hotel in Madrid, moving
into corporate travel management or a hotel group's regional operations.  Written blind."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import casekit
import datetime as dt
from zoneinfo import ZoneInfo

casekit._eu_zone("Europe/Madrid", "+0100", "+0200", "CET", "CEST", None)

MAD = "Europe/Madrid"
LON = "Europe/London"
NYC = "America/New_York"

DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]

SUMMARY = (
    "Lucía Ferrer, 38, has run operations at the 200-room Hotel Ribera Castellana in Madrid for six "
    "years and wants to move into corporate travel management or a hotel group's regional "
    "operations. The mailbox runs from 9 January to Thursday 26 February 2026, 10:30 CET, in "
    "Spanish (usted with HR and senior people, tú with peers and friends in the trade) and English "
    "(a UK travel-management company, a US hotel group, a US TMC contact), with day-first and "
    "month-first dates and times given in UK and New York time. Northgate Travel Partners "
    "(London) interviewed her over Teams on Tue 24 Feb: Marta was thanked in a new, half-Spanish "
    "thread, Oliver only got a 'thanks' before the call. Lumina Urban Hotels rejected her after a "
    "video interview she never thanked Sergio for. Hoteles Alcázar's committee promise ('como muy "
    "tarde el viernes 13') came through an assistant and went silent; Wayfare's recruiter promised "
    "news 'within the next couple of weeks' and vanished. A headhunter's 'el lunes 23 te llamo sin "
    "falta' is pushed past `now` by his out-of-office (back Wed 25), while Viajes Corporativos "
    "Meridia's director answered her emailed CV only with an out-of-office. Grupo Olivar's group "
    "assessment day named the interviewer and the consultant but gave no address, and the "
    "organiser was not there; Bellhaven's GoodTime confirmation named the VP with no address too, "
    "but there Lucía already asked the recruiter. She promised Hoteles Mirador an opening plan by "
    "Monday 23 and never sent it. Networking: a coffee with a pharma travel manager three weeks "
    "ago (touch due), drinks with an ex-colleague whose later forward reset the clock, a lunch "
    "with her former boss last Friday, and a US alumni call never thanked. Noise: her own "
    "hotel's receptionist interviews (a candidate thanks her, a no-show), the weekly operations "
    "committee, a guest complaint, her sister, her mother, her son's school, a dentist, a "
    "doctor, the residents' meeting, newsletters and job alerts in Spanish and English, a "
    "Portuguese friend, receipts and a train ticket.")


def build():
    me = Person("Lucía Ferrer", "lucia.ferrer@example.es", MAD, "webmail", locale="es",
                sig="Lucía Ferrer\nT. +34 611 48 27 90\nlinkedin.com/in/luciaferrer-ops")
    case = Case("hospitality-madrid",
                "Hotel operations manager in Madrid moving to corporate travel / regional hotel "
                "operations; Spanish and English mail, all six follow-up kinds",
                {"name": "Lucía Ferrer", "emails": ["lucia.ferrer@example.es"],
                 "phone": "+34 611 48 27 90", "timezone": MAD},
                dt.datetime(2026, 2, 26, 10, 30, tzinfo=ZoneInfo(MAD)), SUMMARY)
    case.me = me
    at = case.at

    def es_quote(replier, parent):
        t = parent.date.astimezone(replier.tz)
        if replier.style == "outlook":
            to = "; ".join(p.shown() for p in parent.to)
            cc = "; ".join(p.shown() for p in parent.cc)
            head = ("De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s"
                    % (parent.sender.shown(), DIAS_L[t.weekday()], t.day, MESES_L[t.month - 1],
                       t.year, t.strftime("%H:%M"), to, "CC: %s\n" % cc if cc else "",
                       parent.subject))
            return "________________________________\n" + head + "\n\n" + parent.text
        ps = parent.sender
        who = "%s (<%s>)" % (ps.name, ps.email) if ps.name else "<%s>" % ps.email
        head = "El %s, %d %s %d a las %s, %s escribió:" % (
            DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.strftime("%H:%M"), who)
        quoted = "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">"
                           for l in parent.text.rstrip("\n").split("\n"))
        return head + "\n" + quoted + "\n"

    def say(key, sender, to, when, body, parent=None, sig=True, quote=True, **kw):
        if parent and quote and sender.locale == "es":
            txt = body.strip("\n") + "\n"
            if sig and sender.sig:
                txt += "\n" + sender.sig.strip("\n") + "\n"
            txt += "\n" + es_quote(sender, case.by_key[parent])
            return case.add(key, sender, to, when, txt, parent=parent, sig=False, quote=False, **kw)
        return case.add(key, sender, to, when, body, parent=parent, sig=sig, quote=quote, **kw)

    CV = ("CV_Lucia_Ferrer_2026.pdf", "application/pdf", make_pdf([
        "Lucia Ferrer - Directora de Operaciones",
        "Madrid | +34 611 48 27 90 | lucia.ferrer@example.es",
        "2019-hoy  Directora de Operaciones, Hotel Ribera Castellana (200 hab., 4*)",
        "2015-2019  Subdirectora y equipo de apertura, Hotel Brisa Valencia",
        "2010-2015  Jefa de Recepcion y Front Office, hoteles urbanos en Madrid",
        "Idiomas: espanol, ingles (C1), portugues (B1)"]))

    # ------------------------------------------------------------------ people
    hannah = Person("Hannah Pike", "hannah.pike@northgatetravel.co.uk", LON, "outlook",
                    region="eurprd02", sig="Hannah Pike\nTalent Partner | Northgate Travel Partners\n"
                    "+44 20 7946 0321 | northgatetravel.co.uk")
    oliver = Person("Oliver Hastings", "oliver.hastings@northgatetravel.co.uk", LON, "outlook",
                    region="eurprd02", sig="Oliver Hastings\nHead of Client Services, Southern Europe\n"
                    "Northgate Travel Partners\nM: +44 7700 900412")
    marta = Person("Marta Ibáñez", "marta.ibanez@northgatetravel.co.uk", MAD, "outlook",
                   locale="es", region="eurprd02",
                   sig="Marta Ibáñez\nAccount Director – Madrid\nNorthgate Travel Partners")
    elena = Person("Elena Robles Prieto", "elena.robles@hotelesalcazar.es", MAD, "outlook",
                   locale="es", region="eurprd06",
                   sig="Elena Robles Prieto\nDirectora de Recursos Humanos\nHoteles Alcázar\n"
                   "C/ Génova, 17 · 28004 Madrid\nT. +34 913 10 44 20")
    alvaro = Person("Álvaro Méndez", "alvaro.mendez@hotelesalcazar.es", MAD, "outlook", locale="es")
    beatriz = Person("Beatriz Gil Cabrera", "beatriz.gil@hotelesalcazar.es", MAD, "outlook",
                     locale="es", region="eurprd06",
                     sig="Beatriz Gil Cabrera\nAsistente de Dirección – RR. HH.\nHoteles Alcázar\n"
                     "T. +34 913 10 44 26")
    kayla = Person("Kayla Morrison", "kayla.morrison@bellhavenhotels.com", NYC, "outlook",
                   region="namprd04", sig="Kayla Morrison\nSenior Talent Acquisition Partner, "
                   "International\nBellhaven Hotels & Resorts\nm. +1 (646) 555-0187")
    goodtime = Person("Bellhaven Talent Team", "no-reply@goodtime.io", NYC, "auto", auto=True)
    jaime = Person("Jaime Ortuño", "jaime.ortuno@meridiaviajes.com", MAD, "outlook", locale="es",
                   region="eurprd05")
    pablo = Person("Pablo Quintana", "pquintana@bancroftvidal.com", MAD, "gmail", locale="es",
                   sig="Pablo Quintana\nPartner · Hospitality & Leisure Practice\n"
                   "Bancroft & Vidal Executive Search\n+34 655 21 90 48 · Serrano 41, Madrid")
    raul = Person("Raúl Esteban", "r.esteban@hotelesmirador.com", MAD, "outlook", locale="es",
                  region="eurprd03", sig="Raúl Esteban Ortega\nDirector de Operaciones\n"
                  "Hoteles Mirador\n+34 952 77 40 10")
    irene = Person("Irene Sáez", "irene.saez@luminahotels.com", MAD, "gmail", locale="es",
                   sig="Irene Sáez\nTalent Acquisition · Lumina Urban Hotels\n+34 917 88 30 12")
    james = Person("James Whitcombe", "james.whitcombe@wayfaretravel.co.uk", LON, "gmail",
                   sig="James Whitcombe\nSenior Recruiter | Wayfare Corporate Travel\n"
                   "+44 7700 900 835")
    nuria = Person("Nuria Campos Herrero", "nuria.campos@grupoolivar.com", MAD, "outlook",
                   locale="es", region="eurprd07",
                   sig="Nuria Campos Herrero\nTécnica de Selección\nGrupo Olivar Hoteles\n"
                   "Paseo de la Habana, 74 · 28036 Madrid\nT. 91 345 67 12")
    lorena = Person("Lorena Pastor", "lorena.pastor@cierzotravel.com", MAD, "gmail", locale="es",
                    sig="Lorena Pastor\nRecursos Humanos | Cierzo Corporate Travel\nTel. 976 30 12 88")
    andres = Person("Andrés Molina", "amolina@gruposabina.es", MAD, "outlook", locale="es")
    workday = Person("Clarion Travel Group", "clarion@myworkday.com", LON, "auto", auto=True,
                     msgid_domain="myworkday.com")
    ana = Person("Ana Lozano", "ana.lozano@verticehotels.com", MAD, "outlook", locale="es",
                 region="eurprd01", sig="Ana Lozano\nHR Business Partner\nVértice Hotels\n"
                 "+34 91 402 18 55")
    marcos = Person("Marcos Riera", "marcos.riera@verticehotels.com", MAD, "outlook", locale="es")
    jorge = Person("Jorge Campillo", "jcampillo@estelahotels.com", MAD, "outlook", locale="es",
                   region="eurprd04", sig="Jorge Campillo\nDirector General Adjunto | Estela Hotels\n"
                   "T. +34 914 35 60 90")
    paula = Person("Paula Reig", "paulareig.hotel@gmail.com", MAD, "gmail", locale="es")
    carmen = Person("Carmen Soler", "carmen.soler@vireopharma.com", MAD, "outlook", locale="es",
                    region="eurprd05", sig="Carmen Soler\nGlobal Travel & Meetings Manager\n"
                    "Laboratorios Vireo\n+34 916 20 71 00 ext. 2214")
    diego = Person("Diego Ferrán", "diego.ferran@skyroute.es", MAD, "gmail", locale="es",
                   sig="Diego Ferrán\nKey Account Manager · Skyroute Business Travel\n"
                   "+34 622 10 45 93")
    teresa = Person("Teresa Vidal", "tvidal@costaserenahotels.com", MAD, "gmail", locale="es")
    andrew = Person("Andrew Blake", "andrew.blake@corvustravel.com", NYC, "gmail",
                    sig="Andrew Blake\nVP, Client Success – EMEA Accounts\n"
                    "Corvus Travel Management\n+1 (212) 555-0164")
    silvia = Person("Silvia Mora", "silvia.mora@hotelriberacastellana.es", MAD, "outlook",
                    locale="es", region="eurprd08",
                    sig="Silvia Mora\nResponsable de RR. HH.\nHotel Ribera Castellana ****\n"
                    "Paseo de la Castellana, 112 · 28046 Madrid · Ext. 812")
    fernando = Person("Fernando Ruiz", "fernando.ruiz@hotelriberacastellana.es", MAD, "outlook",
                      locale="es", region="eurprd08",
                      sig="Fernando Ruiz\nDirector General\nHotel Ribera Castellana ****")
    javier = Person("Javier Ocaña", "javier.ocana@hotelriberacastellana.es", MAD, "outlook",
                    locale="es", region="eurprd08",
                    sig="Javier Ocaña\nJefe de Recepción | Hotel Ribera Castellana\nExt. 701")
    hugo = Person("Hugo Navarro", "hugo.navarro93@gmail.com", MAD, "gmail", locale="es")
    ines = Person("Inés Ferrer", "inesferrer.m@gmail.com", MAD, "gmail", locale="es")
    mama = Person("Mª Carmen Ortega", "mcarmen.ortega58@hotmail.com", MAD, "outlook", locale="es",
                  region="eurprd09")
    rocio = Person("Rocío Sanz", "rocio.sanz.rm@gmail.com", MAD, "gmail", locale="es")
    joana = Person("Joana Marques", "joana.marques@sapo.pt", "Europe/Lisbon", "webmail",
                   msgid_domain="sapo.pt")
    marisa = Person("Marisa Gómez", "marisa.gomez@ceiplassalinas.es", MAD, "gmail", locale="es",
                    sig="Marisa Gómez\nTutora 3.º B · CEIP Las Salinas")
    dental = Person("Clínica Dental Arganzuela", "citas@clinicadentalarganzuela.es", MAD, "auto")
    salud = Person("Cita Previa Centro de Salud Pacífico", "avisos@citaprevia-salud.es", MAD, "auto")
    luz = Person("Lumenia Energía", "facturas@lumenia-energia.es", MAD, "auto")
    shop = Person("Mercadia", "pedidos@mercadia.es", MAD, "auto")
    rielia = Person("Rielia", "billetes@rielia.es", MAD, "auto")
    hins = Person("Hospitality Insider España", "boletin@hospitalityinsider.es", MAD, "auto")
    ctrav = Person("The Corporate Traveller", "newsletter@corporatetraveller.news", LON, "auto")
    templeo = Person("TurismoEmpleo", "alertas@turismoempleo.es", MAD, "auto")
    pronet = Person("ProNet Jobs", "jobs-noreply@pronet.com", NYC, "auto")
    padel = Person("Club Pádel Retiro", "liga@padelretiro.es", MAD, "auto")
    fincas = Person("Administración de Fincas Delicias", "comunidades@fincasdelicias.es", MAD,
                    "outlook", locale="es", region="eurprd09")
    lavand = Person("Rubén Cifuentes", "comercial@lavanderiahenares.es", MAD, "outlook",
                    locale="es", region="eurprd02",
                    sig="Rubén Cifuentes\nDepartamento Comercial\nLavandería Industrial Henares\n"
                    "Pol. Ind. Los Frailes, nave 12 · Daganzo\nT. 918 84 21 10")
    banco = Person("Banco Meseta", "avisos@bancomeseta.es", MAD, "auto")
    gcal_paula = Person("Paula Reig", "paulareig.hotel@gmail.com", MAD, "gcal")

    # ================================================================== JOB SEARCH
    # ---- Northgate Travel Partners (UK TMC): scheduling with the talent partner
    say("ng1", hannah, [me], "2026-02-09 10:15", """Dear Lucía,

Thank you for your application for the Account Operations Manager role covering Spain & Portugal – I'm the Talent Partner looking after the search.

Oliver Hastings (Head of Client Services, Southern Europe) and Marta Ibáñez (our Account Director in Madrid) would like to meet you over Teams for an hour. They could do any of the following (UK time):

• Monday 23rd February, 2pm
• Tuesday 24th February, 3pm
• Wednesday 25th February, 10am

If none of those suits, let me know and I'll find alternatives. The conversation will be in English, although Marta may switch to Spanish for part of it.

Kind regards,""", subject="Account Operations Manager, Spain & Portugal – next conversation")
    say("ng2", me, [hannah], "2026-02-09 13:42", """Dear Hannah,

Many thanks for getting back to me. Tuesday 24th at 3pm UK time (4pm here in Madrid) works well for me.

Best regards,""", parent="ng1")
    say("ng3", hannah, [me], "2026-02-10 09:05", """Hi Lucía,

Perfect – Oliver will send the Teams invite from his calendar shortly.

One more thing: we take up references before the final stage, so could you send me details of two referees (ideally at least one former line manager) by Friday 20th February?

Many thanks,""", parent="ng2")
    say("ng4", me, [hannah], "2026-02-10 19:20", """Hi Hannah,

Of course. You'll have the details of two referees by Friday 20th at the latest – I'd just like to give them a heads-up first.

Best regards,""", parent="ng3")
    say("ng5", me, [hannah], "2026-02-19 21:48", """Hi Hannah,

As promised, here are my two referees:

1. Gonzalo Prats – General Manager, Hotel Brisa Valencia (my line manager 2015–2019). gprats.valencia@gmail.com / +34 609 33 21 50
2. Teresa Vidal – now Director of Operations at Costa Serena Hotels; she was my line manager at Brisa in 2019. tvidal@costaserenahotels.com / +34 620 41 77 08

Both know they may be contacted. I'd be grateful if you could keep my current employer out of it for now.

Best regards,""", parent="ng4")
    say("ng6", hannah, [me], "2026-02-25 11:30", """Hi Lucía,

Oliver and Marta enjoyed yesterday's conversation – thank you for making the time. They have two more candidates to see this week, after which they'll compare notes, so I'll be in touch by the end of next week with an update either way.

Thanks also for the referee details; we won't contact anyone without speaking to you first.

Best wishes,""", parent="ng5")

    # ---- Northgate: the Teams invite (interviewers' addresses only here)
    inv_desc = ("Interview – Account Operations Manager, Spain & Portugal.\n"
                "With Oliver Hastings (Head of Client Services, Southern Europe) and Marta Ibáñez "
                "(Account Director, Madrid).\n\n"
                "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/"
                "19%3ameeting_NzQ1Yjk2ZTgtNGQx%40thread.v2/0\nMeeting ID: 372 118 604 223\n"
                "Passcode: Xk7pQ2")
    say("ng_inv", oliver, [me, marta], "2026-02-10 10:02", """Hi Lucía,

Looking forward to it – Marta will join from our Madrid office.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1Yjk2ZTgtNGQx%40thread.v2/0>
Meeting ID: 372 118 604 223
Passcode: Xk7pQ2
________________________________________________________________________________""",
        subject="Lucía Ferrer / Northgate – Account Operations Manager, Spain & Portugal",
        sig=False, ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook("hm", "ng_inv"), stamp=at("2026-02-10 10:02", oliver),
            start=at("2026-02-24 15:00", oliver), end=at("2026-02-24 16:00", oliver),
            summary="Lucía Ferrer / Northgate – Account Operations Manager, Spain & Portugal",
            organizer=oliver, tzid="GMT Standard Time",
            attendees=[(marta, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                       (("LON-5F Kew (6)", "lon-5f-kew@northgatetravel.co.uk"), "ACCEPTED", "ROOM")],
            location="Microsoft Teams Meeting; LON-5F Kew (6)", description=inv_desc,
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    say("ng_pre1", oliver, [me], "2026-02-20 16:40", """Hi Lucía,

Ahead of Tuesday: no need to prepare slides, but it would be good to hear how you'd approach a client whose traveller-satisfaction scores have dropped two quarters running. We'll spend maybe 15 minutes on that.

Speak soon,""", parent="ng_inv")
    say("ng_pre2", me, [oliver], "2026-02-20 18:05", """Hi Oliver,

Thanks for the heads-up – I'll come with a few thoughts on that. See you on Tuesday.

Best regards,""", parent="ng_pre1")
    case.meeting("ng_inv", at("2026-02-24 16:00"), at("2026-02-24 17:00"),
                 met=[oliver.email, marta.email], thanks={marta.email: "ng_m1"},
                 what="Northgate Teams interview, Oliver + Marta")

    say("ng_m1", me, [marta], "2026-02-24 19:40", """Hola Marta:

Thank you for this afternoon's conversation – y perdona el spanglish, después de una hora en inglés me sale así. Me gustó mucho conocer cómo tenéis organizado el equipo de Madrid y, sobre todo, lo que contaste del cliente farmacéutico que cambió de TMC el año pasado: es justo el tipo de transición que he vivido en el hotel con los grupos y eventos.

Sigo con muchas ganas de avanzar en el proceso. Cualquier cosa que necesitéis, aquí me tienes.

Un saludo,""", subject="Gracias por esta tarde")
    say("ng_m2", marta, [me], "2026-02-25 08:52", """¡Hola Lucía! Gracias a ti, fue un placer. Oliver y yo estuvimos comentando un rato después y salimos contentos. Hannah te irá contando los siguientes pasos.

Un abrazo,
Marta

Obtener Outlook para iOS""", parent="ng_m1", sig=False)
    case.promise("ng1", "ng6", hannah.email, "2026-03-06")
    case.own_promise("ng1", "ng4", hannah.email, "2026-02-20", kept_by="ng5")

    # ---- Hoteles Alcázar: interview, one thank-you note to two, promise via an assistant
    say("alc1", elena, [me], "2026-01-28 12:10", """Estimada Lucía:

En relación con su candidatura al puesto de Director/a Regional de Operaciones para la Zona Centro, nos gustaría conocerla en persona. Le propongo el jueves 5 de febrero, de 10:00 a 11:15 h, en nuestras oficinas centrales (C/ Génova, 17, 3.ª planta). Estará conmigo Álvaro Méndez, Director General de Operaciones (alvaro.mendez@hotelesalcazar.es).

Le ruego que me confirme su asistencia y que traiga, si le es posible, un ejemplo del cuadro de mando que utiliza actualmente (sin datos confidenciales).

Reciba un cordial saludo,""",
        subject="Proceso de selección – Director/a Regional de Operaciones Zona Centro")
    say("alc2", me, [elena], "2026-01-28 14:02", """Estimada Elena:

Muchas gracias por su mensaje. Le confirmo mi asistencia el jueves 5 de febrero a las 10:00 h. Llevaré el cuadro de mando que usamos en el comité semanal, anonimizado.

Un saludo,""", parent="alc1")
    say("alc3", me, [elena, alvaro], "2026-02-05 14:30", """Estimada Elena, estimado Álvaro:

Quería agradecerles el tiempo que me dedicaron esta mañana y la claridad con la que me explicaron el plan para la Zona Centro. La integración de la central de reservas de los cinco hoteles es un reto que me motiva mucho; como les comenté, en el Ribera Castellana reducimos un 18 % las incidencias de overbooking cuando unificamos reservas y recepción.

Quedo a su disposición para cualquier información adicional.

Un saludo cordial,""", parent="alc2")
    say("alc4", beatriz, [me], "2026-02-09 11:25", """Estimada Sra. Ferrer:

Le escribo de parte de Elena Robles, que estos días está en la apertura del hotel de Toledo. Me pide que le traslade que el comité de dirección se reúne el miércoles 11 para revisar las candidaturas finalistas y que tendrá noticias nuestras como muy tarde el viernes 13 de febrero.

Atentamente,""", parent="alc3", cc=[elena])
    say("alc5", me, [beatriz], "2026-02-09 12:40", """Estimada Beatriz:

Muchas gracias por la información. Quedo a la espera.

Un saludo,""", parent="alc4")
    case.meeting("alc1", at("2026-02-05 10:00"), at("2026-02-05 11:15"),
                 met=[elena.email, alvaro.email], what="Alcázar in-person interview (thanked only "
                 "in Spanish, 'agradecerles'; stale either way)")
    case.promise("alc1", "alc4", beatriz.email, "2026-02-13")

    # ---- Bellhaven Hotels & Resorts (US): phone screen, then GoodTime
    say("bh1", kayla, [me], "2026-02-06 09:14", """Hi Lucía,

Thanks for your interest in the Regional Director of Operations, Iberia role at Bellhaven. Your background running a 200-key urban property in Madrid caught our eye!

I'd love to set up a 30-minute intro call to learn more about you and walk you through the role. Would Thursday, 2/12 at 10:00 AM ET (4:00 PM your time) work? If not, just send me a couple of windows that suit you.

Best,
Kayla""", subject="Bellhaven Hotels & Resorts – Regional Director of Operations, Iberia")
    say("bh2", me, [kayla], "2026-02-06 17:30", """Hi Kayla,

Thank you for reaching out. Thursday 2/12 at 10:00 AM ET / 16:00 Madrid works for me. The best number to reach me is +34 611 48 27 90.

Kind regards,""", parent="bh1")
    say("bh3", me, [kayla], "2026-02-12 17:05", """Hi Kayla,

Thank you for the call this afternoon and for walking me through how the Iberia region is set up. The plan to reflag the two Lisbon properties sounds like exactly the kind of project I'd like to be part of.

Looking forward to the next steps.

Best regards,""", parent="bh2")
    say("bh4", kayla, [me], "2026-02-12 12:20", """Hi Lucía – likewise, great chatting! I'm syncing with Richard (our VP Operations – International) and will be in touch early next week about next steps.

Kayla

Sent from my iPhone""", parent="bh3", sig=False)
    say("bh5", kayla, [me], "2026-02-16 10:02", """Hi Lucía,

Good news – Richard would like to meet you. You'll get a confirmation from our scheduling tool shortly with the Zoom details; I've put you in for Thursday 2/19 at 9:30 AM ET, which is 3:30 PM in Madrid. Let me know if that doesn't work.

Best,""", parent="bh4")
    case.meeting("bh1", at("2026-02-12 16:00"), at("2026-02-12 16:30"), met=[kayla.email],
                 thanks={kayla.email: "bh3"}, what="Bellhaven phone screen")
    case.promise("bh1", "bh4", kayla.email, "2026-02-18", answered_by="bh5")

    gt_text = """Hi Lucía,

Your interview with Bellhaven Hotels & Resorts is confirmed.

Position: Regional Director of Operations, Iberia
Date: Thursday, February 19, 2026
Time: 9:30 AM – 10:15 AM EST (America/New_York)
Format: Zoom video
Join: https://bellhaven.zoom.us/j/88412077630?pwd=bXk2Qm9aT2xj
Meeting ID: 884 1207 7630

Your interviewer
Richard Coleman – VP Operations, International

Need to reschedule? Reply to this email or contact your recruiter, Kayla Morrison (kayla.morrison@bellhavenhotels.com).

Powered by GoodTime"""
    say("bh_gt", goodtime, [me], "2026-02-16 10:09", gt_text,
        subject="Interview Confirmed: Lucía Ferrer – Regional Director of Operations, Iberia – "
                "Thu, Feb 19, 9:30 AM EST",
        reply_to=kayla, html=html_of(gt_text, "Interview Confirmed"), headers=AUTO)
    say("bh_gt2", me, [kayla], "2026-02-19 18:35", """Hi Kayla,

The conversation with Richard this afternoon went well, I think – thank you for setting it up so quickly. I'd like to send him a short note; could you share his email address? It didn't come through in the confirmation.

Best regards,""", parent="bh_gt")
    say("bh_gt3", kayla, [me], "2026-02-19 13:10", """Hi Lucía,

So glad it went well! Richard is on the road all week, so I'll pass your thanks along to him directly – no need to send anything separately.

For transparency: we're finishing up conversations with two other candidates this week and expect to have feedback for you by Wednesday 2/25.

Best,""", parent="bh_gt2")
    case.meeting("bh_gt", at("2026-02-19 15:30"), at("2026-02-19 16:15"), met=[],
                 unknown=["Richard Coleman"], arranged_by=kayla.email,
                 what="Bellhaven Zoom with Richard Coleman (no address)")
    case.promise("bh_gt", "bh_gt3", kayla.email, "2026-02-25")

    # ---- Viajes Corporativos Meridia: CV by email, out-of-office only
    say("mer1", me, [jaime], "2026-02-10 09:12", """Estimado Sr. Ortuño:

Me pongo en contacto con usted por recomendación de Nacho Berrocal, con quien coincidí en las jornadas de business travel de FITUR del año pasado. Me comenta que están buscando un/a Responsable de Operaciones para el área de cuentas corporativas y me gustaría que me tuvieran en cuenta para el puesto.

Llevo seis años como directora de operaciones del Hotel Ribera Castellana (200 habitaciones, 4*), en Madrid, donde dirijo un equipo de 85 personas y la relación operativa con las agencias y TMC que nos traen el 60 % de la ocupación entre semana. Conozco bien el otro lado de la mesa: tarifas corporativas, RFP anuales, incidencias de viajeros VIP.

Le adjunto mi CV. Quedo a su disposición para ampliar cualquier información.

Un saludo,""", subject="Candidatura – Responsable de Operaciones (cuentas corporativas)",
        attachments=[CV])
    say("mer2", jaime, [me], "2026-02-10 09:13", """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 16 de febrero, sin acceso regular al correo electrónico. Para asuntos urgentes puede dirigirse a operaciones@meridiaviajes.com o llamar al 91 555 48 20.

Jaime Ortuño
Director de Operaciones | Viajes Corporativos Meridia""", parent="mer1", quote=False,
        sig=False, subject="Respuesta automática: Candidatura – Responsable de Operaciones "
                           "(cuentas corporativas)",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.application("mer1", "mer1", jaime.email)

    # ---- Bancroft & Vidal (headhunter): CV, call, promise, out-of-office
    say("bv1", pablo, [me], "2026-02-11 12:20", """Hola Lucía,

Soy Pablo Quintana, socio de la práctica de Hospitality en Bancroft & Vidal. Rocío Sanz me ha hablado muy bien de ti y me ha pasado tu contacto; espero que no te importe que te escriba directamente.

Estoy llevando la búsqueda de un/a Director/a de Operaciones para una cadena urbana de 14 hoteles (nombre confidencial en esta fase), con base en Madrid y mucho peso del segmento corporativo. Creo que tu perfil puede encajar muy bien.

¿Tendrías un rato el lunes para que te cuente con calma? Por teléfono, media hora larga.

Un abrazo,""", subject="Dirección de Operaciones – cadena urbana (confidencial)")
    say("bv2", me, [pablo], "2026-02-11 19:05", """Hola Pablo:

Encantada, y mil gracias a Rocío por acordarse de mí. El lunes a partir de las 18:00 me viene perfecto; antes lo tengo complicado con el comité del hotel.

Te adjunto mi CV para que le eches un vistazo antes de hablar.

Un saludo,""", parent="bv1", attachments=[CV])
    say("bv3", pablo, [me], "2026-02-12 09:31", """Perfecto. Te llamo el lunes 16 a las 18:00 al móvil del CV. Recibido, le echo un ojo esta noche.

Pablo

Enviado desde mi iPhone""", parent="bv2", sig=False)
    say("bv4", me, [pablo], "2026-02-16 20:10", """Pablo, thanks por la llamada de esta tarde y por la claridad con la que me has contado el proyecto. Me quedo con lo de los tres hoteles que abren en 2027: es justo el tipo de reto que estoy buscando.

Como te dije, mi plazo de incorporación serían dos meses. Si necesitas algo más para presentar mi candidatura al cliente, dímelo.

Un saludo,""", parent="bv3")
    say("bv5", pablo, [me], "2026-02-17 13:15", """Hola Lucía,

Esta mañana he presentado tu perfil al cliente junto con otros dos. Les ha gustado mucho tu trayectoria con grupos y MICE. El lunes 23 te llamo sin falta para contarte su feedback y, si va bien, cerrar fecha con el CEO.

Un abrazo,""", parent="bv4")
    say("bv6", me, [pablo], "2026-02-20 10:02", """Hola Pablo:

Una pregunta rápida antes del lunes: ¿sabes si el puesto reporta directamente al CEO o a la directora general? Me ayuda a preparar la conversación si sale adelante.

Un saludo,""", parent="bv5")
    say("bv7", pablo, [me], "2026-02-20 10:03", """Hola, estoy de viaje hasta el miércoles 25 de febrero con acceso limitado al correo. Te contestaré a mi vuelta. Para temas urgentes: Marina Llopis, marina.llopis@bancroftvidal.com.

Hi, I am travelling until Wednesday 25 February with limited access to email. For anything urgent please contact Marina Llopis, marina.llopis@bancroftvidal.com.

Pablo Quintana
Bancroft & Vidal Executive Search""", parent="bv6", quote=False, sig=False,
        subject="Fuera de la oficina / Out of office",
        headers={"Auto-Submitted": "auto-replied"})
    case.application("bv1", "bv2", pablo.email, answered_by="bv3")
    case.meeting("bv1", at("2026-02-16 18:00"), None, met=[pablo.email],
                 thanks={pablo.email: "bv4"}, what="headhunter phone call, no end stated")
    case.promise("bv1", "bv5", pablo.email, "2026-02-23", back="2026-02-25")

    # ---- Hoteles Mirador: Lucía's own promise
    say("mir1", raul, [me], "2026-02-17 09:40", """Estimada Lucía:

Toni Reyes me ha hablado de usted y de la apertura que lideró en Valencia. Este año incorporamos tres hoteles en Madrid y Toledo y estamos definiendo una dirección regional para la zona Centro.

Antes de que nos sentemos a hablar, le agradecería que me enviase algún ejemplo de plan de apertura o de puesta en marcha que haya preparado (sin datos confidenciales, por supuesto), para hacerme una idea de cómo trabaja.

Un cordial saludo,""", subject="Hoteles Mirador – zona Centro")
    say("mir2", me, [raul], "2026-02-17 22:15", """Estimado Raúl:

Muchas gracias por escribirme, y a Toni por la confianza. Me encantará conocer el proyecto.

El plan de apertura de Valencia lo conservo, pero tengo que quitar los datos de la propiedad y del presupuesto antes de compartirlo. Se lo envío el lunes 23 como muy tarde.

Un saludo cordial,""", parent="mir1")
    say("mir3", raul, [me], "2026-02-18 08:55", """Perfecto, Lucía. Cuando lo haya leído le propongo un día para tomar un café.

Un saludo,
Raúl

Enviado desde mi móvil""", parent="mir2", sig=False)
    case.own_promise("mir1", "mir2", raul.email, "2026-02-23")

    # ---- Lumina Urban Hotels: interview never thanked, then a gentle rejection
    say("lum1", irene, [me], "2026-02-09 16:20", """Hola Lucía:

Gracias por tu interés en Lumina. Con este correo te confirmo la videoentrevista con Sergio Llorente, nuestro Area Manager de Madrid (sergio.llorente@luminahotels.com), el lunes 16 de febrero de 17:00 a 17:45 h.

Enlace de Google Meet: https://meet.google.com/qzt-hmvb-kro

Si te surge cualquier imprevisto, escríbeme a mí directamente.

Un saludo,""", subject="Videoentrevista – Area Manager Madrid (Lumina Urban Hotels)")
    say("lum2", me, [irene], "2026-02-09 18:02", """Hola Irene:

Perfecto, el lunes 16 a las 17:00 me conecto. Gracias por organizarlo.

Un saludo,""", parent="lum1")
    say("lum3", irene, [me], "2026-02-17 10:40", """Hola Lucía:

Sergio me ha comentado que ayer tuvisteis una buena conversación. Estamos terminando la ronda y te daremos una respuesta antes del viernes 27.

Un saludo,""", parent="lum2")
    say("lum4", irene, [me], "2026-02-23 12:05", """Hola Lucía:

Te escribo para contarte que, tras valorar todas las candidaturas, hemos decidido seguir adelante con un perfil con más recorrido en aperturas de hoteles lifestyle, que es lo que más pesa ahora mismo en el puesto.

Nos ha gustado mucho conocerte y, si te parece bien, guardaremos tu CV para futuras posiciones. Te deseo mucha suerte en tu búsqueda.

Un saludo,""", parent="lum3")
    case.meeting("lum1", at("2026-02-16 17:00"), at("2026-02-16 17:45"),
                 met=["sergio.llorente@luminahotels.com"], what="Lumina video interview")
    case.promise("lum1", "lum3", irene.email, "2026-02-27", ended_by="lum4")

    # ---- Wayfare Corporate Travel (UK): call, 'within the next couple of weeks', silence
    say("wf1", james, [me], "2026-01-30 14:05", """Hi Lucía,

I hope you don't mind the direct approach – a former colleague of yours, Diego Ferrán, mentioned you might be open to a move into corporate travel.

We're building out our Madrid operations hub (40 people today, 70 by the end of the year) and I'm looking for an Operations Lead who understands hotel supply from the inside. Would you be up for a quick 20-minute chat next week? I could do Thursday 5th Feb at 11:00 UK time (12:00 in Madrid).

Best,
James""", subject="Operations Lead – Madrid hub | Wayfare Corporate Travel")
    say("wf2", me, [james], "2026-01-30 18:45", """Hi James,

Good to hear from you – I'd be happy to talk. Thursday 5th at 12:00 Madrid time is fine; you can call me on +34 611 48 27 90.

Best regards,""", parent="wf1")
    say("wf3", me, [james], "2026-02-05 15:10", """Hi James,

Thank you for the call earlier today. It was useful to hear how the Madrid hub splits between implementation and day-to-day servicing – the servicing side is where I think my hotel background would add the most.

Kind regards,""", parent="wf2")
    say("wf4", james, [me], "2026-02-05 16:22", """Thanks Lucía, likewise. I'm seeing Fiona (the hiring manager) on Monday and will come back to you within the next couple of weeks with next steps.

Cheers,
James""", parent="wf3", sig=False)
    case.meeting("wf1", at("2026-02-05 12:00"), at("2026-02-05 12:20"), met=[james.email],
                 thanks={james.email: "wf3"}, what="Wayfare recruiter call")
    case.promise("wf1", "wf4", james.email, "2026-02-19")

    # ---- Grupo Olivar Hoteles: group assessment day, organiser absent, no addresses
    say("ol1", nuria, [me], "2026-02-04 13:30", """Estimada Lucía:

Nos complace comunicarle que ha sido seleccionada para la siguiente fase del proceso de Subdirector/a Regional de Operaciones de Grupo Olivar Hoteles.

Le convocamos a una jornada de evaluación el miércoles 18 de febrero, de 9:30 a 14:00 h, en nuestra sede (Paseo de la Habana, 74, 28036 Madrid). La jornada constará de:

  09:30  Bienvenida y dinámica de grupo, conducida por Sonia Prieto (consultora Kairos Talent)
  11:00  Caso práctico individual
  12:30  Entrevista personal con Ignacio Varela, Director Regional Centro

Por motivos de agenda ese día no podré acompañarles; les recibirá en recepción la propia Sonia Prieto.

Le agradecería que me confirmara su asistencia respondiendo a este correo.

Atentamente,""", subject="Convocatoria jornada de evaluación – Subdirector/a Regional de Operaciones")
    say("ol2", me, [nuria], "2026-02-04 15:48", """Estimada Nuria:

Le confirmo mi asistencia a la jornada del miércoles 18 de febrero. Muchas gracias por la convocatoria.

Un saludo,""", parent="ol1")
    say("ol3", nuria, [me], "2026-02-19 09:15", """Estimada Lucía:

Quería agradecerle su participación en la jornada de ayer. Tanto Ignacio como Sonia me han trasladado una impresión muy positiva del grupo.

Estamos terminando de valorar los resultados y la decisión se comunicará a todos los candidatos antes del viernes 6 de marzo.

Atentamente,""", parent="ol2")
    case.meeting("ol1", at("2026-02-18 09:30"), at("2026-02-18 14:00"), met=[],
                 unknown=["Ignacio Varela", "Sonia Prieto"], arranged_by=nuria.email,
                 what="Olivar assessment day")
    case.promise("ol1", "ol3", nuria.email, "2026-03-06")

    # ---- Cierzo Corporate Travel: CV answered by a person
    say("cz1", me, [lorena], "2026-02-17 11:30", """Hola Lorena:

Te escribo a sugerencia de Paula Reig, que coincidió contigo en la cuenta de Vireo. Sé que ahora mismo no tenéis vacantes publicadas en Madrid, pero me gustaría que me tuvierais en cuenta para futuras posiciones en operaciones o gestión de cuentas.

Te adjunto mi CV. Muchas gracias de antemano.

Un saludo,""", subject="CV Lucía Ferrer – operaciones / gestión de cuentas", attachments=[CV])
    say("cz2", lorena, [me], "2026-02-18 09:05", """Hola Lucía:

Recibido, gracias por pensar en nosotros. Lo he compartido con Begoña Ruiz, nuestra directora de Operaciones, que es quien lleva las incorporaciones en Madrid. Si se abre algo que encaje con tu perfil, te contactaremos.

Un saludo,""", parent="cz1")
    case.application("cz1", "cz1", lorena.email, answered_by="cz2")

    # ---- Grupo Sabina: CV sent on Monday, not yet due
    say("sab1", me, [andres], "2026-02-23 09:40", """Estimado Andrés:

Teresa Vidal me comentó el viernes que están buscando un/a Regional Operations Manager para los hoteles de Madrid y Segovia, y me animó a escribirle directamente. Le adjunto mi CV: me encantaría que me tuvieran en cuenta para el puesto.

Actualmente dirijo las operaciones del Hotel Ribera Castellana (200 habitaciones) y antes formé parte del equipo de apertura del Brisa Valencia, así que conozco tanto la operativa diaria como el arranque de un hotel desde cero.

Quedo a su disposición.

Un saludo cordial,""", subject="Regional Operations Manager – Lucía Ferrer (de parte de Teresa Vidal)",
        attachments=[CV])
    case.application("sab1", "sab1", andres.email)

    # ---- Clarion Travel Group: portal only (Workday)
    cl_text = """Dear Lucía,

Thank you for your interest in Clarion Travel Group. We have received your application for Client Operations Manager, Iberia (R-2207) and our Talent Acquisition team will review it carefully.

You can follow the status of your application at any time in the Careers portal.

Please do not reply to this email; this mailbox is not monitored.

Clarion Travel Group Talent Acquisition"""
    say("cl1", workday, [me], "2026-02-13 15:22", cl_text,
        subject="Thank you for applying – Client Operations Manager, Iberia (R-2207)",
        html=html_of(cl_text), html_only=True, headers=AUTO)

    # ---- Vértice Hotels: agreed in words, moved to after now, then the Outlook invite
    say("vt1", ana, [me], "2026-02-12 11:10", """Buenos días, Lucía:

Gracias por enviarnos su candidatura a través de nuestra web. Marcos Riera, Director de Área, querría mantener con usted una primera entrevista por Teams. ¿Le vendría bien el lunes 23 de febrero a las 12:30?

Un saludo,""", subject="Entrevista – Directora de Operaciones Área Madrid")
    say("vt2", me, [ana], "2026-02-12 13:25", """Buenos días, Ana:

El lunes 23 a las 12:30 me va perfecto.

Un saludo,""", parent="vt1")
    say("vt3", ana, [me], "2026-02-20 09:50", """Hola Lucía:

Le escribo porque a Marcos le ha surgido un viaje a Canarias y no podrá hacer la entrevista del lunes. ¿Le vendría bien pasarla al lunes 2 de marzo, a la misma hora? Disculpe las molestias.

Un saludo,""", parent="vt2")
    say("vt4", me, [ana], "2026-02-20 10:31", """Lunes 2 perfecto.

Enviado desde mi iPhone""", parent="vt3", sig=False)
    say("vt5", ana, [me], "2026-02-20 11:05", """Genial, ahora le llega la convocatoria nueva.

Ana""", parent="vt4", sig=False)
    case.meeting("vt1", at("2026-02-23 12:30"), at("2026-02-23 13:30"), met=[],
                 status="moved", what="Vértice first slot, moved")
    say("vt_inv", ana, [me, marcos], "2026-02-20 11:07", """Reunión de Microsoft Teams
Unirse desde el ordenador, la aplicación móvil o un dispositivo de sala
Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E0ZDJhMGQt%40thread.v2/0>
Id. de reunión: 341 552 907 118
Código de acceso: 8hTq3v""",
        subject="Entrevista Lucía Ferrer – Directora de Operaciones Área Madrid", sig=False,
        ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook("hm", "vt_inv"), stamp=at("2026-02-20 11:07"),
            start=at("2026-03-02 12:30"), end=at("2026-03-02 13:30"),
            summary="Entrevista Lucía Ferrer – Directora de Operaciones Área Madrid",
            organizer=ana, tzid="Romance Standard Time",
            attendees=[(marcos, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
            location="Reunión de Microsoft Teams",
            description="Primera entrevista con Marcos Riera (Director de Área Madrid).\n"
                        "Reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/"
                        "19%3ameeting_Y2E0ZDJhMGQt%40thread.v2/0",
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    case.meeting("vt_inv", at("2026-03-02 12:30"), at("2026-03-02 13:30"), met=[marcos.email],
                 status="scheduled", what="Vértice interview, moved to 2 March")

    # ---- Estela Hotels: Outlook invite, then cancelled
    es_ics = dict(uid=uid_outlook("hm", "estela"), start=at("2026-02-25 11:00"),
                  end=at("2026-02-25 12:00"),
                  summary="Entrevista – Director/a de Operaciones Corporativas (Lucía Ferrer)",
                  organizer=jorge, tzid="Romance Standard Time",
                  location="Estela Hotels – Oficinas centrales, C/ Alcalá 95, 2.ª planta",
                  prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    say("es1", jorge, [me], "2026-02-16 17:45", """Estimada Lucía:

Tras revisar su candidatura, le envío la convocatoria para una entrevista el miércoles 25 en nuestras oficinas de la calle Alcalá. Pregunte por mí en recepción.

Un saludo,""", subject="Entrevista – Director/a de Operaciones Corporativas (Lucía Ferrer)",
        ics_mode="outlook", ics=make_ics(method="REQUEST", stamp=at("2026-02-16 17:45"),
                                         attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                                         **es_ics))
    say("es2", jorge, [me], "2026-02-23 08:30", """Estimada Lucía:

Lamento tener que cancelar la entrevista del miércoles. La dirección ha decidido congelar temporalmente el puesto mientras se cierra la reorganización del área corporativa. Si el proceso se reactiva, me pondré en contacto con usted.

Disculpe las molestias.

Un saludo,""", subject="Cancelada: Entrevista – Director/a de Operaciones Corporativas (Lucía Ferrer)",
        ics_mode="outlook", ics=make_ics(method="CANCEL", stamp=at("2026-02-23 08:30"),
                                         attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                                         sequence=1, status="CANCELLED", **es_ics))
    say("es3", me, [jorge], "2026-02-23 09:12", """Entendido, Jorge. Le agradezco que me avise con tiempo; si se reactiva, aquí estaré.

Un saludo,""", parent="es2")
    case.meeting("es1", at("2026-02-25 11:00"), at("2026-02-25 12:00"), met=[jorge.email],
                 status="cancelled", what="Estela interview, cancelled")

    # ---- Networking: coffee with Carmen (Laboratorios Vireo) through Paula
    say("cs1", paula, [me], "2026-01-27 21:14", """¡Hola a las dos!

Os presento por fin, que lo tenía pendiente desde Navidad 🙂

Carmen: Lucía es la directora de operaciones del Ribera Castellana, la mejor jefa que he tenido en hostelería, y está pensando en dar el salto al mundo del business travel.

Lucía: Carmen lleva viajes y eventos en Vireo desde hace ocho años y conoce a todas las TMC de Madrid.

Os dejo que os organicéis. ¡Besos!
Paula

Enviado desde mi iPhone""", subject="Lucía <> Carmen (Vireo)", cc=[carmen], sig=False)
    say("cs2", me, [carmen], "2026-01-28 08:40", """¡Mil gracias, Paula!

Carmen, encantada. ¿Me regalas un cuarto de hora para contarme cómo se ve todo esto desde el lado de la empresa? Te invito a un café donde mejor te venga; me adapto a tus horarios.

Un saludo,""", parent="cs1", cc=[paula])
    say("cs3", carmen, [me], "2026-01-28 12:15", """Hola Lucía:

¡Claro que sí! ¿Te viene bien el martes 3 a las 9:00 en el Federal de la plaza de las Comendadoras? Así me lo tomo antes de entrar en la oficina.

Un saludo,""", parent="cs2", cc=[paula])
    say("cs4", me, [carmen], "2026-01-28 13:02", """Perfecto, martes 3 a las 9:00 en el Federal. ¡Allí nos vemos!""",
        parent="cs3", sig=False)
    say("cs5", me, [carmen], "2026-02-03 12:20", """¡Mil gracias por el café de esta mañana, Carmen! Me ha servido muchísimo entender cómo evaluáis a las TMC en la RFP y qué es lo que de verdad os quita el sueño (la duty of care, ya lo veo). Me apunto lo de la certificación que me comentaste.

Si alguna vez puedo echarte una mano desde el lado hotelero, aquí me tienes.

Un abrazo,""", parent="cs4")
    say("cs6", carmen, [me], "2026-02-04 09:30", """¡Un placer, Lucía! Te paso el enlace del curso que te decía: https://www.gbta.org/education

Mucha suerte y tenme al tanto.

Carmen""", parent="cs5", sig=False)
    case.meeting("cs1", at("2026-02-03 09:00"), None, met=[carmen.email], networking=True,
                 what="coffee with Carmen (thanked in Spanish; stale either way)")

    # ---- Networking: drinks with Diego (Skyroute), later a forward resets the clock
    say("dg1", me, [diego], "2026-01-22 22:10", """¡Hola Diego!

¿Cómo va la vida en Skyroute? Quería preguntarte un par de cosas sobre cómo es trabajar en una TMC por dentro… ¿te apetecen unas cañas la semana que viene? Invito yo.

Besos""", subject="¿Cañas?", sig=False)
    say("dg2", diego, [me], "2026-01-23 08:15", """¡Hombreee! Claro. ¿Viernes 30 a las 19:30 en el Sylkar? Que siguen teniendo las mejores croquetas de Madrid.

Enviado desde mi iPhone""", parent="dg1", sig=False)
    say("dg3", me, [diego], "2026-01-23 09:02", "Hecho 👍", parent="dg2", sig=False)
    say("dg4", me, [diego], "2026-01-31 11:40", """Diego, thanks por lo de ayer, de verdad. Me aclaraste muchísimo la diferencia entre implantación y gestión de cuenta. Y las croquetas, de 10, como siempre.

Besos""", parent="dg3", sig=False)
    say("dg5", diego, [me], "2026-01-31 12:03", """A ti!! Si veo algo que encaje te aviso

Enviado desde mi iPhone""", parent="dg4", sig=False)
    case.meeting("dg1", at("2026-01-30 19:30"), None, met=[diego.email], networking=True,
                 thanks={diego.email: "dg4"}, what="drinks with Diego")

    say("dg_fw", diego, [me], "2026-02-18 17:20", """Mira lo que ha salido, me he acordado de ti al momento. Si quieres te refiero yo por dentro 😂

---------- Forwarded message ---------
De: People & Culture Skyroute <people@skyroute.es>
Date: mié, 18 feb 2026 a las 16:02
Subject: Vacante interna – Head of Hotel Operations (Madrid)
To: <todos@skyroute.es>

Hola equipo:

Abrimos proceso para cubrir la posición de Head of Hotel Operations en Madrid, que liderará la relación con cadenas hoteleras y la gestión de incidencias de alojamiento de nuestros clientes corporativos.

Buscamos: más de 8 años en operaciones hoteleras, experiencia con cuentas corporativas, inglés alto. Si conoces a alguien, recuerda que el programa de referidos sigue activo.

People & Culture""", subject="Fwd: Vacante interna – Head of Hotel Operations (Madrid)", sig=False)
    say("dg_fw2", me, [diego], "2026-02-18 21:30", """¡Qué bueno! Me lo miro con calma y te digo si me animo a que me refieras. ¡Gracias por acordarte!""",
        parent="dg_fw", sig=False)

    # ---- Networking: lunch with Teresa (Costa Serena), last Friday
    say("tv1", teresa, [me], "2026-02-13 19:02", """Lucía guapa, ¿comemos el viernes que viene? Me ha dicho Paula que te estás moviendo y tengo un par de ideas. Dime sitio.

T.

Enviado desde mi iPhone""", subject="comida?", sig=False)
    say("tv2", me, [teresa], "2026-02-13 20:15", """¡Teresa! Qué alegría. El viernes 20 me va genial. ¿Casa Dani, en el mercado de la Paz, a las 14:00?""",
        parent="tv1", sig=False)
    say("tv3", teresa, [me], "2026-02-14 10:30", """Perfecto. Tengo que estar de vuelta a las 15:30 que tengo comité, así que puntual eh 😄

Y apúntate el correo de Andrés Molina, de Sabina: amolina@gruposabina.es. Ya te cuento el viernes.

Enviado desde mi iPhone""", parent="tv2", sig=False)
    say("tv4", me, [teresa], "2026-02-20 19:30", """Teresa, thank you por la comida y por los consejos (y por invitar, que no me dejaste ni sacar la cartera). Lo de Sabina me lo tomo muy en serio.

Un beso enorme""", parent="tv3", sig=False)
    say("tv5", teresa, [me], "2026-02-21 09:48", """Nada que agradecer, para eso estamos. Suerte con Andrés y cuéntame!! 💪

Enviado desde mi iPhone""", parent="tv4", sig=False)
    case.meeting("tv1", at("2026-02-20 14:00"), at("2026-02-20 15:30"), met=[teresa.email],
                 networking=True, thanks={teresa.email: "tv4"}, what="lunch with Teresa")

    # ---- Networking: US alumni call with Andrew (Corvus), thanked only before
    say("ab1", me, [andrew], "2026-02-18 10:05", """Hi Andrew,

I found you through the Hospitality Alumni Exchange – I graduated in 2009 and I'm currently Director of Operations at a 200-room hotel in Madrid, exploring a move into travel management.

Would you have 20–30 minutes in the next couple of weeks to tell me how you made the same jump from hotels to a TMC? Happy to fit around your schedule; Madrid is six hours ahead of New York.

Best regards,""", subject="Fellow hotelier – 20 minutes on the move to corporate travel?")
    say("ab2", andrew, [me], "2026-02-18 09:12", """Hi Lucía,

Happy to help – I made that move in 2017 and haven't looked back. How about Tuesday 2/24 at 12pm ET (6pm for you)? I'll send a Zoom link; 30 minutes should be plenty.

Andrew""", parent="ab1", sig=False)
    say("ab3", me, [andrew], "2026-02-18 16:40", """Hi Andrew,

Thanks so much – Tuesday 2/24 at 12pm ET / 18:00 Madrid works perfectly. Talk then!

Best,""", parent="ab2")
    say("ab4", andrew, [me], "2026-02-23 14:30", """Here's the link for tomorrow: https://corvustravel.zoom.us/j/93120845566

A.""", parent="ab3", sig=False)
    case.meeting("ab1", at("2026-02-24 18:00"), at("2026-02-24 18:30"), met=[andrew.email],
                 networking=True, what="networking Zoom with Andrew")

    # ---- friends in the trade about the search
    say("ro1", rocio, [me], "2026-02-11 08:05", """Tiaaa te he pasado a Pablo Quintana de Bancroft, te va a escribir hoy o mañana. Es majo y mueve cosas buenas. Luego me cuentas 😘""",
        subject="headhunter", sig=False)
    say("ro2", me, [rocio], "2026-02-11 19:20", """Graciaaas!! Ya me ha escrito 🙌 Te debo una caña (o dos)""",
        parent="ro1", sig=False)
    say("ro3", rocio, [me], "2026-02-11 19:41", """Te tomo la palabra jajaja""", parent="ro2",
        sig=False)
    case.promise("ro1", "ro1", rocio.email, "2026-02-12", job=False)
    say("pa1", paula, [me], "2026-02-04 08:12", """¿¿Qué tal con Carmen?? Cuenta cuenta

Enviado desde mi iPhone""", subject="y???", sig=False)
    say("pa2", me, [paula], "2026-02-04 13:30", """Genial, es un amor. Me ha abierto los ojos con lo de las RFP. Te debo una (otra más)""",
        parent="pa1", sig=False)

    # ================================================================== HER HOTEL
    say("rc1", silvia, [me], "2026-02-16 13:00", """Lucía, te mando la convocatoria para las entrevistas del jueves. Son tres candidatos, 40 minutos cada uno. Los CV están en la carpeta de siempre.

Silvia""", subject="Entrevistas recepción – turno de noche", sig=False, ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook("hm", "rc1"), stamp=at("2026-02-16 13:00"),
                     start=at("2026-02-19 10:00"), end=at("2026-02-19 12:00"),
                     summary="Entrevistas recepción – turno de noche", organizer=silvia,
                     tzid="Romance Standard Time",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("Sala Prado", "salaprado@hotelriberacastellana.es"), "ACCEPTED",
                                 "ROOM")],
                     location="Sala Prado (planta -1)",
                     description="10:00 Hugo Navarro\n10:40 Carla Ibarra\n11:20 Yeray Santana\n"
                                 "CV en la carpeta compartida de RR. HH.",
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    say("rc2", silvia, [me], "2026-02-19 11:25", """Lucía, Yeray me acaba de llamar: que no llega (otra vez el Cercanías, dice). Le he dicho que mande un mail si quiere reprogramar. Te lo digo por si quieres aprovechar la media hora.

S.""", parent="rc1", sig=False)
    say("rc3", me, [silvia], "2026-02-19 13:10", """Vale. Para mí Hugo es el más sólido; Carla tiene mejor inglés pero poca experiencia de noche. Lo comentamos en el comité.""",
        parent="rc2", sig=False)
    case.meeting("rc1", at("2026-02-19 10:00"), at("2026-02-19 12:00"), met=[silvia.email],
                 job=False, what="Lucía interviews receptionists at her own hotel")
    say("hg1", hugo, [me], "2026-02-19 14:48", """Buenas tardes, Lucía:

Quería darle las gracias por la entrevista de esta mañana y por enseñarme la recepción. Me ha encantado el hotel y me veo muy capaz de llevar el turno de noche; tengo experiencia con Opera y con la auditoría nocturna.

Quedo a la espera de sus noticias.

Un saludo,
Hugo Navarro
644 21 87 03""", subject="Gracias por la entrevista – recepcionista turno de noche", sig=False)
    say("hg2", me, [hugo], "2026-02-19 18:20", """Hola, Hugo:

Gracias a ti por venir. Estamos terminando de ver candidatos y te diremos algo antes del miércoles 25.

Un saludo,
Lucía Ferrer
Directora de Operaciones · Hotel Ribera Castellana""", parent="hg1", sig=False)
    case.own_promise("hg1", "hg2", hugo.email, "2026-02-25", job=False)

    say("ops1", fernando, [me, javier, silvia], "2026-01-09 12:00", """Os envío la convocatoria del comité semanal para este año. Mismo formato: ocupación y ADR de la semana, incidencias, mantenimiento y grupos.""",
        subject="Comité de operaciones semanal", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook("hm", "ops"), stamp=at("2026-01-09 12:00"),
                     start=at("2026-01-12 09:30"), end=at("2026-01-12 10:30"),
                     summary="Comité de operaciones semanal", organizer=fernando,
                     tzid="Romance Standard Time", rrule="FREQ=WEEKLY;BYDAY=MO",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (javier, "ACCEPTED", "INDIVIDUAL"),
                                (silvia, "ACCEPTED", "INDIVIDUAL"),
                                (("Sala Retiro", "salaretiro@hotelriberacastellana.es"),
                                 "ACCEPTED", "ROOM")],
                     location="Sala Retiro",
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    say("ops2", fernando, [me, javier, silvia], "2026-02-13 18:10", """El lunes empezamos a las 10:30, que a primera hora viene el propietario a ver las obras de la quinta.""",
        parent="ops1")
    case.meeting("ops1", at("2026-01-12 09:30"), at("2026-01-12 10:30"), met=[fernando.email],
                 job=False, what="weekly committee at her own hotel (first occurrence)")

    say("qj1", javier, [me], "2026-02-10 08:20", """Lucía, te reenvío la queja que entró anoche. Es de Redwood Consulting, de los que vienen cada mes. ¿Cómo quieres que lo gestionemos?

________________________________
De: Tom Fielding <t.fielding@redwoodconsulting.co.uk>
Enviado: lunes, 9 de febrero de 2026 23:41
Para: Recepción Hotel Ribera Castellana <recepcion@hotelriberacastellana.es>
Asunto: Room 512 – noise

Hello,

I was promised a quiet room away from the works on the fifth floor. Drilling started at 8am this morning and again this evening. This is my third stay this year and I expected better.

Tom Fielding""", subject="RV: Room 512 – noise")
    say("qj2", me, [javier], "2026-02-10 08:55", """Javi, cámbiale hoy mismo a la 807 (exterior, lejos de obras) y quítale las dos noches de la factura. Yo le escribo a su travel manager, que es cuenta nuestra desde hace años.""",
        parent="qj1", sig=False)
    say("qj3", javier, [me], "2026-02-10 09:40", """Hecho, ya está en la 807. Le he dejado una botella de cava con nota.""",
        parent="qj2")

    say("gm1", fernando, [me], "2026-02-24 09:15", """Lucía, ¿me preparas para el jueves el cierre de enero con GOP por departamento? El propietario quiere ver el impacto de las obras en la quinta.""",
        subject="Cierre enero – GOP por departamento")
    say("gm2", me, [fernando], "2026-02-24 10:02", """Sí, lo tienes mañana a última hora.""",
        parent="gm1", sig=False)
    case.own_promise("gm1", "gm2", fernando.email, "2026-02-25", job=False)

    say("lav1", lavand, [me], "2026-02-13 12:30", """Buenos días, Sra. Ferrer:

Tras la reunión del martes con su gobernanta, le enviaremos el presupuesto revisado de lencería de habitaciones (con la reposición de toallas incluida) antes del viernes 20.

Un saludo,""", subject="Presupuesto lencería 2026 – Hotel Ribera Castellana")
    say("lav2", lavand, [me], "2026-02-19 16:05", """Buenos días de nuevo:

Le adjunto el presupuesto revisado. Hemos mantenido el precio por kilo de 2025 para el volumen actual.

Un saludo,""", parent="lav1", attachments=[("Presupuesto_RiberaCastellana_2026.pdf", "application/pdf",
                                             make_pdf(["Lavanderia Industrial Henares",
                                                       "Presupuesto 2026 - Hotel Ribera Castellana",
                                                       "Lenceria habitaciones: 0,92 EUR/kg",
                                                       "Reposicion toallas: incluida"]))])
    say("lav3", me, [lavand], "2026-02-19 18:40", """Recibido, Rubén. Lo reviso con el director financiero y le digo algo.

Un saludo,""", parent="lav2")
    case.promise("lav1", "lav1", lavand.email, "2026-02-20", job=False)

    # ================================================================== PRIVATE LIFE
    say("in1", ines, [me], "2026-02-07 11:20", """Mamá cumple 70 el 28!!! Hay que organizar algo. ¿Reservas tú en algún sitio? Tú eres la de los hoteles 😂""",
        subject="cumple mamá", sig=False)
    say("in2", me, [ines], "2026-02-07 13:05", """Vale, miro un par de sitios y te digo mañana.""",
        parent="in1", sig=False)
    case.own_promise("in1", "in2", ines.email, "2026-02-08", kept_by="in4", job=False)
    say("in3", ines, [me], "2026-02-08 20:30", """¿¿Y??""", parent="in2", sig=False)
    say("in4", me, [ines], "2026-02-08 21:10", """Dos opciones: la terraza del Ático (menú cerrado 55 €) o el reservado de Casa Lucio (más clásico, a papá le encantaba). Para el sábado 28 a las 14:00. ¿Cuál?""",
        parent="in3", sig=False)
    say("in5", ines, [me], "2026-02-08 21:14", """Casa Lucio sin duda ❤️""", parent="in4", sig=False)

    say("ma1", mama, [me], "2026-02-21 10:05", """Hija, ¿venís a comer el domingo con el niño? Dile a Mateo que la abuela ha hecho torrijas aunque no sea Semana Santa.

Besos, mamá""", subject="domingo", sig=False)
    say("ma2", me, [mama], "2026-02-21 12:40", """Sí mamá, allí estaremos sobre las dos. Un beso""",
        parent="ma1", sig=False)

    say("jo1", joana, [me], "2026-02-16 19:22", """Olá Lucía!

Vens ao encontro de diretores de hotel em Lisboa em março? Este ano é no Pestana, dia 19. Seria ótimo ver-te outra vez, e tenho saudades das nossas jantaradas em Valência.

Beijinhos,
Joana""", subject="Lisboa em março?", sig=False)
    say("jo2", me, [joana], "2026-02-17 08:10", """¡Joana! Qué ilusión. Marzo lo tengo complicadísimo, ando con mil cosas (ya te contaré, hay novedades profesionales 🤫). Si al final me escapo te aviso.

Beijinhos""", parent="jo1", sig=False)

    say("sch1", marisa, [me], "2026-01-29 16:40", """Hola Lucía:

Te escribo para la tutoría individual de Mateo de este trimestre. ¿Te vendría bien el martes 10 de febrero a las 17:00, en el aula de 3.º B? Serán unos 30 minutos.

Un saludo,""", subject="Tutoría Mateo – 2.º trimestre")
    say("sch2", me, [marisa], "2026-01-29 21:15", """Hola Marisa:

Perfecto, el martes 10 a las 17:00 allí estaré.

Un saludo,""", parent="sch1")
    case.meeting("sch1", at("2026-02-10 17:00"), at("2026-02-10 17:30"), met=[marisa.email],
                 job=False, what="school tutoría")

    den_ics = make_ics(method="PUBLISH", uid="cita-88213@clinicadentalarganzuela.es",
                       stamp=at("2026-02-04 10:00"), start=at("2026-02-11 18:00"),
                       end=at("2026-02-11 18:45"), summary="Cita Clínica Dental Arganzuela – revisión",
                       organizer=dental, tzid=MAD,
                       location="C/ Embajadores 121, 28045 Madrid",
                       prodid="-//Clinic Cloud//Citas 3.2//ES")
    say("den1", dental, [me], "2026-02-04 10:00", """Hola Lucía:

Le confirmamos su cita de revisión el miércoles 11/02/2026 a las 18:00 con la Dra. Herrero.

Si no puede acudir, le rogamos que nos avise con 24 horas de antelación llamando al 91 474 22 10.

Clínica Dental Arganzuela""", subject="Cita confirmada – 11/02/2026 18:00", ics=den_ics,
        ics_mode="publish", headers=AUTO)
    case.meeting("den1", at("2026-02-11 18:00"), at("2026-02-11 18:45"), met=[], job=False,
                 what="dentist")

    med_text = """Recordatorio de cita

Paciente: LUCÍA FERRER ORTEGA
Fecha: 27/02/2026
Hora: 08:40
Profesional: Dra. Alonso (Medicina de Familia)
Centro: Centro de Salud Pacífico, consulta 14

Si no puede acudir, anule la cita en la web o en la app para que pueda aprovecharla otro paciente.

Este es un mensaje automático. Por favor, no responda."""
    say("med1", salud, [me], "2026-02-20 07:00", med_text,
        subject="Recordatorio de cita 27/02/2026 08:40", html=html_of(med_text), html_only=True,
        headers=AUTO)
    case.meeting("med1", at("2026-02-27 08:40"), None, met=[], status="scheduled", job=False,
                 what="doctor, after now")

    vec_text = """Estimado/a propietario/a:

Por la presente se le convoca a la Junta General Ordinaria de la Comunidad de Propietarios C/ Ercilla 22, que se celebrará el martes 24 de febrero de 2026 a las 19:00 en primera convocatoria y a las 19:30 en segunda, en el portal del edificio.

Orden del día:
1. Aprobación de cuentas 2025.
2. Presupuesto 2026.
3. Sustitución del ascensor: presupuestos recibidos.
4. Ruegos y preguntas.

Administración de Fincas Delicias"""
    say("vec1", fincas, [me], "2026-02-10 12:00", vec_text,
        subject="Convocatoria Junta General Ordinaria – C/ Ercilla 22", html=html_of(vec_text),
        html_only=True, sig=False)
    case.meeting("vec1", at("2026-02-24 19:30"), None, met=[], job=False,
                 what="residents' meeting")

    gc_ics = make_ics(method="REQUEST", uid=uid_google("hm", "paula-cumple"),
                      stamp=at("2026-02-15 11:02"), start=at("2026-02-27 21:30"),
                      end=at("2026-02-27 23:59"), summary="Cena cumple Paula 🎂",
                      organizer=paula, tzid=MAD,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (rocio, "ACCEPTED", "INDIVIDUAL")],
                      location="Sala de Despiece, Calle de Ponzano 11, Madrid")
    say("gc1", gcal_paula, [me], "2026-02-15 11:02", """Paula Reig te ha invitado a un evento.

Cena cumple Paula 🎂
Cuándo: viernes, 27 de febrero de 2026 21:30 – 23:59 (hora central europea - Madrid)
Dónde: Sala de Despiece, Calle de Ponzano 11, Madrid
Invitados: Paula Reig (organizador), Lucía Ferrer, Rocío Sanz

Invitación de Google Calendar""",
        subject="Invitación: Cena cumple Paula 🎂 @ vie 27 feb 2026 21:30 - 23:59 (CET) "
                "(lucia.ferrer@example.es)", ics=gc_ics, headers=GCAL, sig=False)
    case.meeting("gc1", at("2026-02-27 21:30"), at("2026-02-27 23:59"), met=[], job=False,
                 status="scheduled", what="friend's birthday dinner")

    # ---- receipts, bills, newsletters, alerts
    bill = """Hola Lucía:

Tu factura de enero ya está disponible en tu área de cliente.

Importe: 84,37 €
Periodo: 01/01/2026 – 31/01/2026
Fecha de cargo: 12/02/2026

Lumenia Energía"""
    say("bill1", luz, [me], "2026-02-05 09:00", bill, subject="Tu factura de enero ya está disponible",
        html=html_of(bill), html_only=True, headers=AUTO)
    rc = """¡Gracias por tu compra, Lucía!

Pedido n.º 402-7781230-5519
1 × Mochila escolar ergonómica, azul – 34,95 €
1 × Cuaderno A4 cuadrícula (pack 5) – 8,40 €
Total: 43,35 €

Entrega estimada: martes 17 de febrero."""
    say("rcpt1", shop, [me], "2026-02-15 21:47", rc, subject="Confirmación de tu pedido 402-7781230-5519",
        html=html_of(rc), headers=AUTO)
    say("rcpt2", shop, [me], "2026-02-16 14:10", """Tu pedido 402-7781230-5519 va de camino.

Transportista: SEUR. Entrega prevista: martes 17 de febrero, de 9:00 a 14:00.""",
        subject="Tu pedido está en camino", headers=AUTO)
    tk = """Localizador: R7KQ2M

Ida: sábado 28/02/2026
Madrid Puerta de Atocha 09:05 → Valencia Joaquín Sorolla 10:52
Coche 4, plaza 7A · Tarifa Flexible

Pasajera: Lucía Ferrer Ortega

Presenta este código QR en el control de acceso."""
    say("tr1", rielia, [me], "2026-02-22 17:33", tk,
        subject="Tu billete Madrid – Valencia · 28/02/2026 · R7KQ2M", html=html_of(tk), html_only=True,
        headers=AUTO)
    say("bk1", banco, [me], "2026-02-24 13:02", """Se ha realizado un cargo de 62,00 € con tu tarjeta terminada en 4471 en RIELIA VIAJEROS MADRID.

Si no reconoces esta operación, llámanos al 900 10 20 30.""", subject="Nuevo cargo en tu tarjeta",
        headers=AUTO)

    nl1 = """HOSPITALITY INSIDER · Boletín semanal

• La ocupación hotelera en Madrid cerró enero en el 71 %, tres puntos más que en 2025.
• Las cadenas urbanas buscan directores de operaciones con experiencia en grupos: "el talento es el cuello de botella", dice un headhunter del sector.
• Entrevista: la nueva directora regional de una cadena vacacional cuenta cómo preparó su candidatura.
• Empleo: 48 ofertas nuevas esta semana en dirección y operaciones.

Para darte de baja, pulsa aquí."""
    say("nl1", hins, [me], "2026-02-02 07:30", nl1, subject="Madrid cierra enero al 71 % y otras noticias",
        html=html_of(nl1), headers=bulk_headers("<semanal.hospitalityinsider.es>",
                                               "https://hospitalityinsider.es/baja"))
    nl2 = """HOSPITALITY INSIDER · Boletín semanal

• FITUR 2026 en cifras: récord de reuniones B2B.
• ¿Qué preguntan en una entrevista para dirección regional? Cinco directivos responden.
• Las TMC se disputan a los perfiles hoteleros para sus equipos de proveedores.
• Empleo: "Tras la entrevista, escribe siempre al día siguiente", recomienda una experta en selección.

Para darte de baja, pulsa aquí."""
    say("nl2", hins, [me], "2026-02-16 07:30", nl2, subject="Las TMC fichan en hostelería",
        html=html_of(nl2), headers=bulk_headers("<semanal.hospitalityinsider.es>",
                                               "https://hospitalityinsider.es/baja"))
    nl3 = """THE CORPORATE TRAVELLER – Weekly briefing

• Hotel programme RFP season: why buyers are cutting their supplier lists.
• Interview: a travel manager on hiring ex-hoteliers into account management.
• Duty of care after the February airport strikes.
• Jobs board: Account Director (London), Client Operations Manager (Madrid), Supplier Relations Lead (Dublin). Apply by 6 March.

Unsubscribe | Manage preferences"""
    say("nl3", ctrav, [me], "2026-02-19 06:00", nl3, subject="RFP season, ex-hoteliers and duty of care",
        html=html_of(nl3), headers=bulk_headers("<weekly.corporatetraveller.news>",
                                               "https://corporatetraveller.news/unsubscribe"))
    ja = """Nuevas ofertas que encajan con tu perfil

Director/a de Operaciones – hotel urbano 5*, Madrid · Inscríbete
Regional Operations Manager – cadena vacacional, Baleares · Inscríbete
Responsable de cuentas corporativas – agencia de viajes de empresa, Madrid · Inscríbete

Tu candidatura es más visible si actualizas tu CV. Gestiona tus alertas en tu área privada."""
    say("ja1", templeo, [me], "2026-02-09 08:00", ja, subject="3 nuevas ofertas: Director/a de Operaciones",
        html=html_of(ja), headers=dict(AUTO, **bulk_headers("<alertas.turismoempleo.es>",
                                                            "https://turismoempleo.es/alertas")))
    ja2 = """Nuevas ofertas que encajan con tu perfil

Subdirector/a de Hotel – Madrid Centro · Inscríbete
Travel Manager – multinacional farmacéutica, Alcobendas · Inscríbete
Jefe/a de Operaciones MICE – Barcelona · Inscríbete
Area Manager – cadena urbana, Madrid · Inscríbete

Te recordamos que las empresas contestan antes a quien hace seguimiento de su candidatura."""
    say("ja2", templeo, [me], "2026-02-23 08:00", ja2, subject="4 nuevas ofertas: Travel Manager y más",
        html=html_of(ja2), headers=dict(AUTO, **bulk_headers("<alertas.turismoempleo.es>",
                                                             "https://turismoempleo.es/alertas")))
    pj = """Regional Operations Director and 9 more jobs for you

Regional Operations Director – Southern Europe · Hotel group · Madrid · Easy Apply
Client Services Manager – Iberia · Travel management company · Madrid (hybrid)
Director of Operations · Luxury hotel · Lisbon

Recruiters are looking at candidates like you. Update your profile to stand out."""
    say("ja3", pronet, [me], "2026-02-20 14:00", pj, subject="Regional Operations Director and 9 more jobs for you",
        html=html_of(pj), html_only=True, headers=dict(AUTO, **bulk_headers(
            "<jobs.pronet.com>", "https://pronet.com/jobs/alerts/unsubscribe")))
    pd_ = """Liga de Invierno – Jornada 7

Sábado 14/02 · 10:30 · Pista 3
Ferrer / Reig vs. Martín / López

Recordad confirmar asistencia en la app antes del jueves. ¡Nos vemos en la pista!"""
    say("pad1", padel, [me], "2026-02-09 20:00", pd_, subject="Liga de Invierno – Jornada 7",
        headers=bulk_headers("<liga.padelretiro.es>", "https://padelretiro.es/baja"))

    # ================================================================== THREADS
    T = case.thread
    T("ng1", True, "interview", "Northgate Travel Partners",
      "talent partner offers three UK-time slots, Lucía picks Tue 24th 3pm UK (16:00 Madrid); "
      "Lucía promised referees by Fri 20th and sent them on the 19th; Hannah did not attend; on "
      "Wed 25 she promises news 'by the end of next week' (Fri 6 Mar, open)")
    T("ng_inv", True, "interview", "Northgate Travel Partners",
      "Outlook/Teams invite (GMT Standard Time) Tue 24 Feb 15:00-16:00 UK = 16:00-17:00 Madrid with "
      "Oliver Hastings and Marta Ibáñez (room LON-5F Kew); Lucía's 'Thanks Oliver' on Fri 20 came "
      "before the interview; Oliver never thanked after it; Marta thanked in a new thread")
    T("ng_m1", True, "interview", "Northgate Travel Partners",
      "Lucía's half-Spanish 'Thank you for this afternoon's conversation' to Marta on Tue 24 at "
      "19:40, and Marta's reply")
    T("alc1", True, "interview", "Hoteles Alcázar",
      "in-person interview Thu 5 Feb 10:00-11:15 with Elena Robles (HR) and Álvaro Méndez "
      "(address in the text); thanked both in one Spanish note that afternoon; on Mon 9 Feb the "
      "assistant Beatriz Gil relays that the committee meets Wed 11 and 'tendrá noticias nuestras "
      "como muy tarde el viernes 13'; nothing since")
    T("bh1", True, "recruiter", "Bellhaven Hotels & Resorts",
      "intro call Thu 2/12 10:00-10:30 AM ET (16:00-16:30 Madrid), thanked at 17:05; 'early next "
      "week' kept by Kayla on Mon 16 Feb")
    T("bh_gt", True, "interview", "Bellhaven Hotels & Resorts",
      "GoodTime confirmation (no ICS, Reply-To Kayla) for a Zoom Thu Feb 19 9:30-10:15 AM EST "
      "(15:30-16:15 Madrid) with Richard Coleman, no address; Lucía thanked Kayla and asked for "
      "his address that evening; Kayla will pass the thanks on and expects feedback 'by Wednesday "
      "2/25' (grace to end of Fri 27)")
    T("mer1", True, "application", "Viajes Corporativos Meridia",
      "Lucía emails her CV to the director of operations on Tue 10 Feb; the only answer is his "
      "out-of-office (back Mon 16 Feb); seven business days ended Thu 19 Feb")
    T("bv1", True, "recruiter", "Bancroft & Vidal Executive Search",
      "headhunter referred by Rocío; Lucía sends her CV (answered next morning); phone call Mon 16 "
      "Feb 18:00, no end stated, thanked at 20:10 ('thanks por la llamada'); 'El lunes 23 te llamo "
      "sin falta'; Lucía's question on Fri 20 drew an out-of-office until Wed 25 Feb, so the "
      "callback counts from the 25th: due only at the end of Fri 27")
    T("mir1", True, "recruiter", "Hoteles Mirador",
      "director of operations asks for a sample opening plan; Lucía: 'Se lo envío el lunes 23 como "
      "muy tarde'; never sent")
    T("lum1", True, "rejection", "Lumina Urban Hotels",
      "'Con este correo te confirmo la videoentrevista' with Sergio Llorente (address in the text) "
      "Mon 16 Feb 17:00-17:45; never thanked; 'respuesta antes del viernes 27'; gentle rejection "
      "Mon 23 Feb")
    T("wf1", True, "recruiter", "Wayfare Corporate Travel",
      "recruiter call Thu 5 Feb 11:00 UK / 12:00-12:20 Madrid, thanked at 15:10; 'within the next "
      "couple of weeks' (to Thu 19 Feb); nothing since")
    T("ol1", True, "interview", "Grupo Olivar Hoteles",
      "group assessment day Wed 18 Feb 09:30-14:00: dynamics led by Sonia Prieto (Kairos Talent) "
      "and an interview with Ignacio Varela, neither address given anywhere; Nuria organised it "
      "and was not there; Lucía has not written to Nuria since; decision 'se comunicará ... antes "
      "del viernes 6 de marzo' (open)")
    T("cz1", True, "application", "Cierzo Corporate Travel",
      "speculative CV to HR on Tue 17 Feb, answered by Lorena the next morning (no date given)")
    T("sab1", True, "application", "Grupo Sabina",
      "CV to Andrés Molina on Mon 23 Feb after Teresa's tip; follow-up due only at the end of Wed 4 "
      "Mar")
    T("cl1", True, "application", "Clarion Travel Group",
      "Workday acknowledgement of a portal application (HTML only); no person to write to")
    T("vt1", True, "interview", "Vértice Hotels",
      "Teams interview agreed in words for Mon 23 Feb 12:30, moved by HR on Fri 20 to Mon 2 Mar "
      "('Lunes 2 perfecto')")
    T("vt_inv", True, "interview", "Vértice Hotels",
      "Outlook invite (Romance Standard Time) for the moved interview with Marcos Riera, Mon 2 Mar "
      "12:30-13:30, after now")
    T("es1", True, "interview", "Estela Hotels",
      "Outlook invite for an interview Wed 25 Feb 11:00-12:00 with Jorge Campillo")
    T("es2", True, "interview", "Estela Hotels",
      "ICS CANCEL on Mon 23 Feb (position frozen); Lucía acknowledges")
    T("cs1", True, "networking", "Laboratorios Vireo",
      "Paula introduces Carmen; Lucía asks for 'un cuarto de hora'; coffee Tue 3 Feb 09:00 at "
      "Federal (60 min by default), thanked in Spanish at 12:20; Carmen's reply Wed 4 Feb is the "
      "last exchange: the networking touch fell due at the end of Wed 18 Feb")
    T("dg1", True, "networking", "Skyroute Business Travel",
      "drinks with ex-colleague Diego Fri 30 Jan 19:30, thanked Sat 31 ('thanks por lo de ayer'); "
      "the clock was reset by the forward and reply of Wed 18 Feb (next touch due end of Wed 4 Mar)")
    T("dg_fw", True, "networking", "Skyroute Business Travel",
      "Diego forwards an internal vacancy and offers a referral; Lucía will think about it (no "
      "date)")
    T("tv1", True, "networking", "Costa Serena Hotels",
      "lunch with former boss Teresa Fri 20 Feb 14:00-15:30, thanked that evening, Teresa replied "
      "Sat 21 (touch due end of Sat 7 Mar)")
    T("ab1", True, "networking", "Corvus Travel Management",
      "alumni Zoom with Andrew Tue 2/24 12pm ET = 18:00-18:30 Madrid; Lucía's only 'Thanks so much' "
      "was on Feb 18, before it")
    T("ro1", True, "networking", None,
      "friend Rocío says the headhunter will write 'hoy o mañana' (a friend, not a company)")
    T("pa1", True, "networking", None, "Paula asks how the coffee with Carmen went")
    T("rc1", False, None, "Hotel Ribera Castellana",
      "Lucía interviews night-shift receptionist candidates at her own hotel Thu 19 Feb 10:00-12:00 "
      "(room Sala Prado); one candidate does not show up")
    T("hg1", False, None, "Hotel Ribera Castellana",
      "a receptionist candidate thanks Lucía; her 'te diremos algo antes del miércoles 25' is her "
      "current job, not her job search")
    T("ops1", False, None, "Hotel Ribera Castellana",
      "weekly operations committee, Outlook RRULE; one week moved to 10:30")
    T("qj1", False, None, "Hotel Ribera Castellana", "forwarded guest complaint (English)")
    T("gm1", False, None, "Hotel Ribera Castellana", "GM asks for the January P&L close")
    T("lav1", False, None, "Lavandería Industrial Henares",
      "hotel supplier promises a quote by Fri 20 Feb and sends it on the 19th")
    T("in1", False, None, None, "sister: mother's 70th birthday lunch; Lucía's 'te digo mañana' kept")
    T("ma1", False, None, None, "mother: Sunday lunch")
    T("jo1", False, None, None, "Portuguese friend in Lisbon")
    T("sch1", False, None, "CEIP Las Salinas", "son's tutoría Tue 10 Feb 17:00-17:30")
    T("den1", False, None, "Clínica Dental Arganzuela", "dentist appointment (ICS PUBLISH) Wed 11 Feb")
    T("med1", False, None, "Centro de Salud Pacífico", "GP appointment Fri 27 Feb (HTML only)")
    T("vec1", False, None, "Administración de Fincas Delicias",
      "residents' meeting Tue 24 Feb 19:30 (HTML only)")
    T("gc1", False, None, None, "Google Calendar invite to a friend's birthday dinner Fri 27 Feb")
    T("bill1", False, None, "Lumenia Energía", "electricity bill")
    T("rcpt1", False, None, "Mercadia", "order receipt")
    T("rcpt2", False, None, "Mercadia", "shipping notice")
    T("tr1", False, None, "Rielia", "train ticket for Sat 28 Feb")
    T("bk1", False, None, "Banco Meseta", "card charge notice")
    T("nl1", False, None, "Hospitality Insider España", "newsletter full of job words")
    T("nl2", False, None, "Hospitality Insider España", "newsletter with interview advice")
    T("nl3", False, None, "The Corporate Traveller", "English newsletter with a jobs board")
    T("ja1", False, None, "TurismoEmpleo", "job alert")
    T("ja2", False, None, "TurismoEmpleo", "job alert")
    T("ja3", False, None, "ProNet", "English job alert (HTML only)")
    T("pad1", False, None, "Club Pádel Retiro", "padel league fixture")

    # ================================================================== LABELS
    E = case.expect
    E("thank_you", "ng_inv", oliver.email,
      "Teams interview Tue 24 Feb 16:00-17:00 Madrid (15:00 UK) took place; only Marta was "
      "thanked, in a new thread; Lucía's 'Thanks for the heads-up' to Oliver was on Fri 20, before "
      "it; overdue since Wed 25 17:00")
    E("thank_you", "lum1", "sergio.llorente@luminahotels.com",
      "video interview Mon 16 Feb 17:00-17:45 took place and was never thanked; the rejection of "
      "Mon 23 Feb ends the callback, not the thank-you; overdue since Tue 17 17:45, stale only "
      "from Mon 2 Mar 19:45")
    E("thank_you", "ab1", andrew.email,
      "networking Zoom Tue 2/24 12:00-12:30 ET (18:00-18:30 Madrid) took place; the only thanks "
      "came on Feb 18, before it; overdue since Wed 25 18:30")
    E("callback", "alc1", beatriz.email,
      "Beatriz relayed, for Elena, that after the committee of Wed 11 'tendrá noticias nuestras "
      "como muy tarde el viernes 13'; nothing from Hoteles Alcázar since; due end of Tue 17 Feb, "
      "not stale until Wed 4 Mar", promised="2026-02-13")
    E("callback", "wf1", james.email,
      "'will come back to you within the next couple of weeks' said Thu 5 Feb (to Thu 19 Feb); no "
      "word since; due end of Mon 23 Feb (reading the window to Fri 20 gives end of Tue 24: due "
      "either way)", promised="2026-02-19")
    E("application", "mer1", jaime.email,
      "CV emailed to the director of operations on Tue 10 Feb with 'me gustaría que me tuvieran en "
      "cuenta'; the only answer is his out-of-office, which is not a person writing; seven "
      "business days ended Thu 19 Feb")
    E("networking", "cs1", carmen.email,
      "coffee Tue 3 Feb 09:00, thanked the same day; Carmen's 'tenme al tanto' reply of Wed 4 Feb "
      "is the last exchange either way; touch due end of Wed 18 Feb, stale only from Thu 5 Mar")
    E("ask_for_address", "ol1", nuria.email,
      "assessment day Wed 18 Feb 09:30-14:00 took place; Ignacio Varela and Sonia Prieto were met "
      "but no address for them appears anywhere; Nuria arranged it (and was absent) and Lucía has "
      "not written to her since; due from 16:00 that day")
    E("own_promise", "mir1", raul.email,
      "Lucía wrote 'Se lo envío el lunes 23 como muy tarde' (the opening plan) and has not written "
      "to Raúl since; due at the end of Mon 23 Feb, no grace")

    F = case.forbid
    F("ng_inv", marta.email,
      "thanked by the new-thread note 'Thank you for this afternoon's conversation' of Tue 24 Feb "
      "19:40")
    F("ng1", hannah.email,
      "talent partner who arranged the interview and did not attend; her 'by the end of next "
      "week' (Fri 6 Mar) is still open, and Lucía kept her own promise of referees by Fri 20 on "
      "the 19th")
    F("alc1", elena.email,
      "the promise came from Beatriz, who relayed it: the callback goes to her; Elena was thanked "
      "on 5 Feb (and that thank-you would be stale anyway)")
    F("bh_gt", kayla.email,
      "Lucía already asked Kayla for Richard's address after the Zoom, so no ask is due; Kayla's "
      "'feedback by Wednesday 2/25' has passed but its grace runs to the end of Fri 27 Feb")
    F("bv1", pablo.email,
      "'El lunes 23 te llamo sin falta' would be due at the end of Wed 25, but his out-of-office "
      "says he is away until Wed 25 Feb, so the callback counts from then: due only at the end of "
      "Fri 27; the call was thanked and the CV answered")
    F("lum1", irene.email,
      "the rejection of Mon 23 Feb ended her 'antes del viernes 27' promise; she arranged the "
      "interview but did not attend it")
    F("cz1", lorena.email, "the CV was answered by Lorena herself the next morning; no date promised")
    F("sab1", andres.email,
      "CV sent Mon 23 Feb; the seven business days run to the end of Wed 4 Mar")
    F("cl1", "clarion@myworkday.com",
      "portal-only application acknowledged by Workday: an automated sender, no person to follow up")
    F("vt_inv", marcos.email, "interview moved from Mon 23 Feb to Mon 2 Mar 12:30, after now")
    F("es1", jorge.email, "interview of Wed 25 Feb was cancelled on Mon 23 (ICS CANCEL); it never "
      "took place")
    F("dg1", diego.email,
      "the drinks of Fri 30 Jan were thanked on Sat 31; the touch that would have fallen due on "
      "15 Feb was reset by the exchange of Wed 18 Feb (Diego's forward and Lucía's reply), so the "
      "next is due only at the end of Wed 4 Mar")
    F("tv1", teresa.email,
      "lunch Fri 20 Feb thanked that evening ('thank you por la comida'); next touch due only at "
      "the end of Sat 7 Mar")
    F("cs1", paula.email,
      "the friend who made the introduction: not at the coffee, promised nothing")
    F("hg1", hugo.email,
      "a candidate for a receptionist job at Lucía's own hotel: she is the interviewer, and her "
      "'antes del miércoles 25' belongs to her current job, not her job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
