#!/usr/bin/env python3
"""Sealed case: a mine planning engineer in Santiago de Chile (see mining-santiago.md)."""

import datetime as dt
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
from casekit import VTIMEZONES

# Chile: summer time (-03) ends on the first Sunday of April at 00:00 (back to -04),
# and starts again on the first Sunday of September.
VTIMEZONES["America/Santiago"] = ("America/Santiago", [
    ("STANDARD", "-0300", "-0400", "-04", "19700405T000000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
    ("DAYLIGHT", "-0400", "-0300", "-03", "19700906T000000", "FREQ=YEARLY;BYMONTH=9;BYDAY=1SU"),
])
VTIMEZONES["Pacific SA Standard Time"] = ("America/Santiago", [
    ("STANDARD", "-0300", "-0400", None, "19700405T000000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"),
    ("DAYLIGHT", "-0400", "-0300", None, "19700906T000000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=9"),
])

DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]


class CaseCL(Case):
    """Quote replies the way Spanish-language Gmail and Outlook do."""

    def _quote(self, replier, parent, when):
        if replier.locale != "es":
            return Case._quote(self, replier, parent, when)
        ps = parent.sender
        t = parent.date.astimezone(replier.tz)
        if replier.style == "outlook":
            to = "; ".join(p.shown() for p in parent.to)
            cc = "; ".join(p.shown() for p in parent.cc)
            head = ("De: %s\nEnviado el: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s"
                    % (ps.shown(), DIAS_L[t.weekday()], t.day, MESES_L[t.month - 1], t.year,
                       t.strftime("%H:%M"), to, "CC: %s\n" % cc if cc else "", parent.subject))
            return "________________________________\n" + head + "\n\n" + parent.text
        who = "%s (<%s>)" % (ps.name, ps.email) if ps.name else "<%s>" % ps.email
        head = "El %s, %d %s %d a las %s, %s escribió:" % (
            DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.strftime("%H:%M"), who)
        quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line))
                           if line else ">" for line in parent.text.rstrip("\n").split("\n"))
        return head + "\n" + quoted + "\n"


def make_docx(lines, when=(2026, 3, 12, 21, 0, 0)):
    """A minimal, well-formed .docx (WordprocessingML in a zip), byte-identical every run."""
    import html as _h
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _h.escape(l)
                   for l in lines)
    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CV_LINES = [
    "Felipe Sepulveda Rojas - Ingeniero Civil de Minas",
    "Santiago, Chile | +56 9 6231 4478 | felipe.sepulveda@example.cl",
    "",
    "Experiencia",
    "2019 - hoy  Geomina Consultores SpA - Ingeniero Senior de Planificacion Minera",
    "  Planes de mediano y largo plazo para tres rajos de cobre (Antofagasta, Atacama).",
    "  Secuenciamiento en Deswik (Sched, Blend), pit shells en Whittle, dump planning.",
    "  Lider tecnico del plan quinquenal 2025-2029 de un cliente de 95 ktpd.",
    "2014 - 2019  Contratista de servicios mineros - Ingeniero de Planificacion Corto Plazo",
    "  Planes semanales y mensuales, conciliacion, perforacion y tronadura.",
    "",
    "Formacion",
    "Ingenieria Civil en Minas, Universidad de Santiago de Chile (2014)",
    "Diplomado en Evaluacion de Proyectos Mineros (2018)",
    "",
    "Herramientas: Deswik, Whittle, Vulcan, MineSight, Excel/VBA, Python (basico)",
    "Idiomas: espanol nativo, ingles avanzado (IELTS 7.5, 2025)",
]


def build():
    me = Person("Felipe Sepúlveda Rojas", "felipe.sepulveda@example.cl", tz="America/Santiago",
                style="webmail", locale="es", msgid_domain="example.cl")
    now = dt.datetime(2026, 4, 14, 10, 0, tzinfo=me.tz)
    case = CaseCL(
        "mining-santiago",
        "Mine planning engineer in Santiago looking for an owner-company role in Chile or abroad, "
        "mid-April 2026, across Chile's change from summer time",
        {"name": "Felipe Sepúlveda Rojas", "emails": [me.email], "phone": "+56 9 6231 4478",
         "timezone": "America/Santiago"},
        now, "")
    case.me = me
    at = case.at
    iphone = "\n\nEnviado desde mi iPhone"

    # ------------------------------------------------------------------ people
    bec = Person("Rebecca Hollis", "bec.hollis@yindarra.com.au", tz="Australia/Perth",
                 style="outlook", region="ausprd01", sig=(
                     "Bec Hollis\nSenior Talent Acquisition Partner | Yindarra Minerals Ltd\n"
                     "Level 14, 108 St Georges Terrace, Perth WA 6000\nM 0491 570 157"))
    craig = Person("Craig Mulvaney", "craig.mulvaney@yindarra.com.au", tz="Australia/Perth",
                   style="outlook", region="ausprd01", sig=(
                       "Craig Mulvaney\nManager – Mine Planning\nYindarra Minerals Ltd\n"
                       "T +61 8 5550 2214"))
    priya = Person("Priya Natarajan", "priya.natarajan@yindarra.com.au", tz="Australia/Perth",
                   style="outlook", region="ausprd01", sig=(
                       "Priya Natarajan | Principal Strategic Planner\nYindarra Minerals Ltd | "
                       "Perth WA"))
    pilbara_room = ("PER-L14-Pilbara Room (10)", "per-l14-pilbara@yindarra.com.au")

    jasmine = Person("Jasmine Toor", "jasmine.toor@ridgelinecopper.com", tz="America/Vancouver",
                     sig=("Jasmine Toor\nTalent Acquisition Lead | Ridgeline Copper Corp.\n"
                          "1055 W Hastings St, Suite 1700, Vancouver, BC V6E 2E9\n"
                          "+1 604 555 0148"))
    jasmine_cal = Person("Jasmine Toor", "jasmine.toor@ridgelinecopper.com",
                         tz="America/Vancouver", style="gcal", msgid_domain="google.com")
    graham = Person("Graham Whitcombe", "graham.whitcombe@ridgelinecopper.com",
                    tz="America/Vancouver", sig=(
                        "Graham Whitcombe, P.Eng.\nVP Technical Services\nRidgeline Copper Corp."))
    greenhouse = Person("Ridgeline Copper", "no-reply@us.greenhouse-mail.io",
                        tz="America/Vancouver", style="auto", auto=True,
                        msgid_domain="us.greenhouse-mail.io")

    javiera = Person("Javiera Olivares Muñoz", "javiera.olivares@cerrotamarugal.cl",
                     tz="America/Santiago", style="outlook", locale="es", region="namprd13", sig=(
                         "Javiera Olivares Muñoz\nAnalista de Selección y Atracción de Talento\n"
                         "Gerencia de Personas | SCM Cerro Tamarugal\n"
                         "Av. Grecia 1350, piso 4, Antofagasta\n+56 55 2 654 410"))
    rodrigo = Person("Rodrigo Cáceres Vidal", "rodrigo.caceres@cerrotamarugal.cl",
                     tz="America/Santiago", style="outlook", locale="es", region="namprd13")
    acred = Person("Acreditación Faena Cerro Tamarugal", "acreditacion@cerrotamarugal.cl",
                   tz="America/Santiago", style="auto", auto=True)
    travel = Person("Pamela Rojas | Viajes Corporativos Atacama", "reservas@viajesatacama.cl",
                    tz="America/Santiago", style="outlook", locale="es", region="namprd20")
    daniela = Person("Daniela Moya Sandoval", "dmoya@psicolaboralnorte.cl", tz="America/Santiago",
                     locale="es", sig=(
                         "Ps. Daniela Moya Sandoval\nPsicóloga Laboral\n"
                         "Psicolaboral Norte Consultores\n"
                         "Av. Nueva Providencia 2155, of. 804, Providencia\n+56 2 2946 3310"))

    fernanda = Person("Fernanda Soto Arancibia", "fernanda.soto@altamiracopper.cl",
                      tz="America/Santiago", style="outlook", locale="es", region="namprd05", sig=(
                          "Fernanda Soto Arancibia\nBusiness Partner de Personas\n"
                          "Altamira Copper S.A.\nCerro El Plomo 5630, piso 12, Las Condes\n"
                          "+56 2 2480 7700"))
    patricio = Person("Patricio Lagos Herrera", "patricio.lagos@altamiracopper.cl",
                      tz="America/Santiago", style="outlook", locale="es", region="namprd05")
    laborum = Person("Laborum", "notificaciones@laborum.cl", tz="America/Santiago",
                     style="auto", auto=True)

    luciana = Person("Luciana Paredes Zevallos", "lparedes@andestalent.pe", tz="America/Lima",
                     style="outlook", locale="es", region="namprd16", sig=(
                         "Luciana Paredes Zevallos\nSenior Consultant – Mining & Energy\n"
                         "Andes Talent Partners S.A.C.\n"
                         "Av. Javier Prado Este 4200, of. 1102, Santiago de Surco, Lima\n"
                         "T. (01) 640 2290 | C. +51 987 614 203"))

    marcela = Person("Marcela Fuenzalida Ortega", "marcela.fuenzalida@vallecondor.cl",
                     tz="America/Santiago", style="outlook", locale="es", region="namprd19")
    andres = Person("Andrés Lillo", "andres.lillo.p@gmail.com", tz="America/Santiago",
                    locale="es")

    jorge = Person("Jorge Pizarro Guzmán", "jorge.pizarro@redminasusach.cl",
                   tz="America/Santiago", locale="es", sig=(
                       "Jorge Pizarro Guzmán\nCoordinador Programa de Mentorías\n"
                       "Red Alumni Ingeniería en Minas USACH"))
    claudia = Person("Claudia Henríquez Soto", "claudia.henriquez@cumbreandina.cl",
                     tz="America/Santiago", style="outlook", locale="es", region="namprd18")
    alumni_news = Person("Red Alumni Minas USACH", "noticias@redminasusach.cl",
                         tz="America/Santiago", style="auto", auto=True)

    nico = Person("Nicolás Vergara", "nico.vergara.m@gmail.com", tz="Australia/Perth",
                  locale="es")

    tom = Person("Tom Brennan", "tom.brennan@spinifexrecruitment.com.au", tz="Australia/Perth",
                 sig=("Tom Brennan\nPrincipal Consultant – Mining & Resources\n"
                      "Spinifex Resources Recruitment | Perth\nM 0491 570 156"))
    calendly = Person("Calendly", "no-reply@calendly.com", tz="America/Santiago", style="auto",
                      auto=True)
    workday = Person("Borealis Mining", "borealismining@myworkday.com", tz="America/Toronto",
                     style="auto", auto=True, msgid_domain="myworkday.com")

    marco = Person("Marco Antonio Reyes Pino", "mreyes@geomina.cl", tz="America/Santiago",
                   style="outlook", locale="es", region="namprd12", sig=(
                       "Marco Antonio Reyes P.\nGerente de Proyectos – Planificación Minera\n"
                       "Geomina Consultores SpA\nEl Bosque Norte 0177, piso 7, Las Condes\n"
                       "+56 2 2820 1170"))
    valentina = ("Valentina Núñez", "vnunez@geomina.cl")
    ignacio = ("Ignacio Bravo Cortés", "ignacio.bravo.c@gmail.com")
    sala_chuqui = ("Sala Chuquicamata – Piso 7", "sala.chuquicamata@geomina.cl")

    mama = Person("Gloria Rojas", "gloria.rojas.v@hotmail.com", tz="America/Santiago",
                  style="outlook", locale="es", region="namprd10")
    caro = Person("Carolina Sepúlveda", "caro.sepulveda.r@gmail.com", tz="America/Santiago",
                  locale="es")
    seba = Person("Sebastián Sepúlveda", "sebasepulveda87@gmail.com", tz="America/Santiago",
                  locale="es")
    cami = Person("Camila Ortiz", "camila.ortiz.fuentes@gmail.com", tz="America/Santiago",
                  locale="es")
    chalo = Person("Gonzalo Díaz", "chalo.diaz.m@gmail.com", tz="America/Santiago", locale="es")
    veronica = Person("Verónica Alarcón", "valarcon@propiedadesnunoasur.cl",
                      tz="America/Santiago", locale="es", sig=(
                          "Verónica Alarcón Ibáñez\nCorredora de Propiedades\n"
                          "Propiedades Ñuñoa Sur\nAv. Irarrázaval 3450, of. 21, Ñuñoa\n"
                          "+56 9 5521 8830"))
    dental = Person("Clínica Dental Plaza Ñuñoa", "agenda@dentalplazanunoa.cl",
                    tz="America/Santiago", locale="es")
    delegado = Person("Rodrigo Muñoz (Delegado Serie Senior)", "senior.estrellanunoa@gmail.com",
                      tz="America/Santiago", locale="es")
    tesorero = Person("Tesorería CD Estrella de Ñuñoa", "tesoreria.estrellanunoa@gmail.com",
                      tz="America/Santiago", locale="es")
    isapre = Person("Isapre Vida Plena", "contacto@isaprevidaplena.cl", tz="America/Santiago",
                    style="auto", auto=True)
    afp = Person("AFP Horizonte", "cartola@afphorizonte.cl", tz="America/Santiago",
                 style="auto", auto=True)
    lider = Person("Líder.cl", "no-reply@lider.cl", tz="America/Santiago", style="auto",
                   auto=True)
    banco = Person("Banco Andino", "notificaciones@bancoandino.cl", tz="America/Santiago",
                   style="auto", auto=True)
    linkedin = Person("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com",
                      tz="America/Santiago", style="auto", auto=True)
    linkedin_n = Person("LinkedIn", "notifications-noreply@linkedin.com", tz="America/Santiago",
                        style="auto", auto=True)
    seek = Person("SEEK Job Mail", "jobmail@s.seek.com.au", tz="Australia/Sydney",
                  style="auto", auto=True)
    laborum_alert = Person("Laborum", "alertas@laborum.cl", tz="America/Santiago",
                           style="auto", auto=True)
    boletin = Person("Minería al Día", "boletin@mineriaaldia.cl", tz="America/Santiago",
                     style="auto", auto=True)
    ausimm = Person("AusIMM Events", "events@ausimm.com", tz="Australia/Melbourne",
                    style="auto", auto=True)

    def add(key, sender, to, when, body, **kw):
        return case.add(key, sender, to, when, body, **kw)

    def corp_html(body, who):
        return html_of(body.strip() + ("\n\n" + who.sig if who.sig else ""))

    # ================================================================== YINDARRA (Perth)
    add("yA1", bec, [me], "2026-03-09 10:05", """\
Hi Felipe,

I hope you don't mind the cold approach – your profile came up when I was searching AusIMM and LinkedIn for planners with open-pit copper and iron ore experience, and your Deswik scheduling work caught my eye.

I'm recruiting a Senior Mine Planning Engineer for our planning team in Perth. The role sits in the medium-term group (2–5 year plans) for the Mt Yindarra hub in the Pilbara: Perth-based, with regular site trips (roughly one week in six). We do sponsor visas for the right person (subclass 482, with a pathway to permanent residency) and there's a relocation package.

Would you be open to a 30-minute chat over Teams? I'm conscious of the time difference – early morning in Perth tends to work best, which I believe lands in your evening.

If you're interested, an up-to-date CV would be great to have beforehand.

Kind regards,""", subject="Senior Mine Planning Engineer – Yindarra Minerals (Perth)",
        html=None)
    add("yA2", me, [bec], "2026-03-09 09:40", """\
Hi Bec,

Thanks for reaching out – the role sounds very interesting, and Perth has been on my radar for a while.

Happy to have a chat. Evenings in Santiago are easiest for me (any time after 7pm here). Monday 16 or Tuesday 17 March would both work on my side.

Please find my CV attached.

Best regards,
Felipe Sepúlveda Rojas
Mine Planning Engineer
+56 9 6231 4478""", parent="yA1",
        attachments=[("CV_Felipe_Sepulveda_EN.pdf", "application/pdf", make_pdf([
            "Felipe Sepulveda Rojas - Mine Planning Engineer",
            "Santiago, Chile | +56 9 6231 4478 | felipe.sepulveda@example.cl",
            "",
            "2019-present  Geomina Consultores - Senior Mine Planning Engineer",
            "  Medium and long-term plans for three open-pit copper operations.",
            "  Deswik Sched/Blend, Whittle pit optimisation, waste dump planning.",
            "2014-2019  Mining services contractor - Short-term Planning Engineer",
            "",
            "BEng Mining Engineering, Universidad de Santiago de Chile (2014)",
            "IELTS Academic 7.5 (2025)"]))])
    add("yA3", bec, [me], "2026-03-10 07:50", """\
Thanks Felipe, CV received – great background.

Let's lock in Tuesday 17 March at 8:00am AWST. By my maths that's 9:00pm on Monday 16th in Santiago – shout if I've got that wrong.

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ2ZTk4NWEtN2Q1Mi00/0?context=yindarra

Cheers,""", parent="yA2")
    add("yA4", me, [bec], "2026-03-09 21:30", """\
Hi Bec,

Monday 9pm Santiago time is right – see you then.

Felipe""", parent="yA3")
    add("yA5", me, [bec], "2026-03-17 08:15", """\
Hi Bec,

Thank you for the chat last night and for taking the time to walk me through the team and the Mt Yindarra plans. It was really useful to understand how the medium-term group works with site, and the 482 pathway you described makes the move feel a lot more concrete.

I'm very interested in going to the next stage. If there's anything else you need from me in the meantime, just let me know.

Kind regards,
Felipe
+56 9 6231 4478""", parent="yA4")
    add("yA6", bec, [me], "2026-03-18 08:30", """\
Hi Felipe,

Lovely to chat, and thanks for the kind note.

I'll share your details with Craig Mulvaney (Manager – Mine Planning) this week and come back to you by the end of next week on whether he'd like to meet.

Have a great week,""", parent="yA5")
    add("yA7", bec, [me], "2026-03-26 16:10", """\
Hi Felipe,

Good news – Craig would like to meet you, together with Priya Natarajan, our Principal Strategic Planner. It'll be a panel of about an hour, mostly conversation plus a short technical case.

I'm juggling diaries around Easter, so bear with me – I'll send the invite as soon as I've got both of them pinned down.

Cheers,""", parent="yA6")
    add("yA8", me, [bec], "2026-03-26 07:40", """\
That's great news, Bec. I'll keep an eye out for the invite.

Felipe""", parent="yA7")

    panel_desc = """\
Hi Felipe,

As discussed, here's the invite for your panel conversation with Craig and Priya. The invite is set for 7:00am AWST on Thursday 9 April, which should be 8:00pm on Wednesday 8 April for you in Santiago.

Agenda (approx.)
7:00 – 7:10  Bec Hollis – welcome, logistics and where we are in the process
7:10 – 7:35  Craig Mulvaney, Manager – Mine Planning – your planning experience, working with site, why Yindarra
7:35 – 7:55  Priya Natarajan, Principal Strategic Planner – short technical case (Priya will send a one-page brief beforehand)
7:55 – 8:00  Your questions

Craig and Priya will be in the Pilbara Room on Level 14; I'll join from my desk.

If anything goes wrong on the day, text me on 0491 570 157.

Cheers,
Bec

Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc4MzAxYmQtZmM2Yy00/0?context=yindarra
Meeting ID: 412 889 310 551
Passcode: qT7mX2"""
    add("yB1", bec, [me, craig, priya], "2026-04-01 11:00", panel_desc,
        subject="Yindarra Minerals – Panel interview: Felipe Sepúlveda (Senior Mine Planning "
                "Engineer)", sig=False,
        html=html_of(panel_desc),
        ics=make_ics(
            method="REQUEST", uid=uid_outlook("mining-santiago", "yindarra-panel"),
            stamp=at("2026-04-01 11:00", bec),
            start=at("2026-04-09 07:00", bec), end=at("2026-04-09 08:00", bec),
            summary="Yindarra Minerals – Panel interview: Felipe Sepúlveda (Senior Mine "
                    "Planning Engineer)",
            organizer=bec,
            attendees=[(craig, "NEEDS-ACTION", "INDIVIDUAL"),
                       (priya, "NEEDS-ACTION", "INDIVIDUAL"),
                       (me, "NEEDS-ACTION", "INDIVIDUAL"),
                       (pilbara_room, "ACCEPTED", "ROOM")],
            tzid="W. Australia Standard Time",
            location="Microsoft Teams Meeting; PER-L14-Pilbara Room (10)",
            description=panel_desc, prodid="Microsoft Exchange Server 2010",
            extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                   "X-MICROSOFT-CDO-IMPORTANCE:1")),
        ics_mode="outlook")
    add("yB2", me, [bec], "2026-04-01 08:20", """\
Hi Bec,

Accepted, thanks – looking forward to it.

One small thing: Chile turns its clocks back an hour on the night of Saturday 4 April, so 7:00am in Perth on the 9th will be 7:00pm on Wednesday here, not 8:00pm. Still perfect for me; I'm only flagging it in case anyone looks at the Santiago time.

Best,
Felipe""", parent="yB1", subject="Accepted: Yindarra Minerals – Panel interview: Felipe "
                                   "Sepúlveda (Senior Mine Planning Engineer)")
    add("yB3", bec, [me], "2026-04-02 08:05", """\
Ha – good catch, thank you! The calendar had it right even if my mental arithmetic didn't. 7pm your time it is.

Bec""", parent="yB2", sig=False)

    add("yC1", priya, [me], "2026-04-07 09:15", """\
Hi Felipe,

Bec mentioned it would help to have the case material early, given you'll be doing this in your evening. The brief is attached – one page. Nothing to prepare or submit; we'll just talk it through together on Thursday.

In short: two pits feeding one crusher capped at 28 Mtpa, a grade-blending constraint at the port, and a stripping backlog in the second pit. I'm interested in how you'd think about the trade-offs more than in a single right answer.

Regards,""", subject="Case brief for Thursday's panel",
        attachments=[("Yindarra_panel_case_brief.pdf", "application/pdf", make_pdf([
            "Yindarra Minerals - Panel case brief (confidential)",
            "Two pits (North, South) feed one primary crusher, capacity 28 Mtpa.",
            "Port blend target: 61.0% Fe +/- 0.5, SiO2 below 4.5%.",
            "South pit carries a 14 Mt stripping backlog at the start of FY27.",
            "Fleet: 22 x 220 t trucks, 3 x 600 t excavators.",
            "Question: how would you sequence FY27-FY29 and what would you trade off?"]))])
    add("yC2", me, [priya], "2026-04-07 05:20", """\
Thanks Priya, got it. I'll read it on the plane today and we can talk it through on Wednesday evening (Thursday morning for you).

Felipe""" + iphone, parent="yC1")

    add("yD1", bec, [me], "2026-04-09 10:20", """\
Hi Felipe,

Thanks so much for your time this morning (last night for you!). Craig and Priya both enjoyed the conversation – the way you talked through the South pit backlog went down well.

The next step on our side is referee checks. Could you send me the details of two referees, ideally including a direct supervisor from the last three years? Name, role, company, mobile and email is all I need.

We're aiming to finalise the shortlist and come back to all candidates by Friday 17 April.

Cheers,""", subject="Next steps – referees")
    add("yD2", me, [bec], "2026-04-09 07:50", """\
Hi Bec,

Thank you for organising everything yesterday and for keeping the conversation running so smoothly – and for double-checking the time change. I really enjoyed meeting Craig and Priya.

I'll send you the names and contact details of two referees by Friday 10 April at the latest. I'd like to give them a heads-up before you call, as one of them is a former manager who has since moved to another company.

Kind regards,
Felipe Sepúlveda Rojas
+56 9 6231 4478""", parent="yD1")

    add("yE1", me, [craig], "2026-04-09 08:35", """\
Dear Craig,

Thank you for taking the time to meet me yesterday evening (your Thursday morning). I enjoyed hearing how the medium-term group works with the Mt Yindarra site team, and your point about plans that survive contact with the pit has stayed with me.

From our conversation, I think I could contribute in three ways:
- Six years building medium- and long-term plans in Deswik for open-pit operations of a similar scale, including the stripping catch-up work we discussed.
- Experience as the link between the planning office and operations, which is most of my current job at a consultancy.
- A practical habit of reconciling plans against what the pit actually delivered, which is where I've added the most value for my clients.

I'm very interested in the role and in the move to Perth, and I look forward to the next steps.

Thank you again for your time and consideration.

Kind regards,
Felipe Sepúlveda Rojas
Mine Planning Engineer | Santiago, Chile
+56 9 6231 4478 | felipe.sepulveda@example.cl""",
        subject="Thank you – Senior Mine Planning Engineer panel")
    add("yE2", craig, [me], "2026-04-10 07:45", """\
Thanks Felipe, appreciated.

Enjoyed the conversation too – especially the reconciliation discussion. Bec will be in touch about next steps.

Cheers,
Craig""", parent="yE1", sig=False)

    # ================================================================== RIDGELINE (Vancouver)
    gh_text = """\
Hi Felipe,

Thank you for applying for the Senior Mine Planning Engineer position at Ridgeline Copper. We have received your application and our team will review it shortly.

If your experience is a match for the role, a member of our Talent Acquisition team will contact you about next steps.

Kind regards,
Ridgeline Copper Talent Acquisition

This is an automated message sent via Greenhouse. Please do not reply to this email."""
    add("rG1", greenhouse, [me], "2026-03-10 14:22", gh_text,
        subject="Thank you for applying to Ridgeline Copper", html=html_of(gh_text),
        html_only=True, headers=AUTO)

    add("rF1", jasmine, [me], "2026-03-13 10:05", """\
Hi Felipe,

Thanks for your application for the Senior Mine Planning Engineer role. The position is based in our Vancouver office and supports the Cerro Pircas copper project in the Atacama region, so your Chilean experience is very relevant.

Graham Whitcombe (cc'd), our VP Technical Services, would like to have a 45-minute conversation with you over Zoom. Could you let me know which of these times works?

- Tuesday, March 24, 7:00–7:45 am PT
- Wednesday, March 25, 2:00–2:45 pm PT
- Thursday, March 26, 8:30–9:15 am PT

I understand Santiago is four hours ahead of Vancouver at the moment, but please double-check on your side.

Best,""", subject="Ridgeline Copper – Senior Mine Planning Engineer (Vancouver) – next step",
        cc=[graham])
    add("rF2", me, [jasmine], "2026-03-13 15:10", """\
Hi Jasmine,

Thank you for getting in touch. Thursday, March 26, 8:30–9:15 am PT (12:30 in Santiago) works best for me.

Best regards,
Felipe Sepúlveda""", parent="rF1", cc=[graham])
    add("rF3", jasmine, [me], "2026-03-13 11:35", """\
Perfect – I've just sent a calendar invite with the Zoom details. Talk soon!""",
        parent="rF2", cc=[graham])

    ridge_desc = """\
Join Zoom Meeting
https://ridgelinecopper.zoom.us/j/84410392271?pwd=bXJ0cXhQeE1aRzZ4
Meeting ID: 844 1039 2271
Passcode: 517392

Hi Felipe – this is your 45-minute conversation with Graham Whitcombe, VP Technical Services. I won't be joining; Graham will walk you through the role and the Cerro Pircas project. – Jasmine"""
    add("rH1", jasmine_cal, [me], "2026-03-13 11:32", """\
Felipe Sepúlveda <> Graham Whitcombe (Ridgeline Copper)
Thursday Mar 26, 2026 ⋅ 8:30am – 9:15am
Pacific Time - Vancouver

""" + ridge_desc + """

Guests
Jasmine Toor - organizer
Graham Whitcombe
felipe.sepulveda@example.cl

Reply for felipe.sepulveda@example.cl: Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.""",
        subject="Invitation: Felipe Sepúlveda <> Graham Whitcombe (Ridgeline Copper) @ Thu Mar "
                "26, 2026 8:30am - 9:15am (PDT) (felipe.sepulveda@example.cl)",
        headers=GCAL, reply_to=jasmine,
        ics=make_ics(
            method="REQUEST", uid=uid_google("mining-santiago", "ridgeline-zoom"),
            stamp=at("2026-03-13 11:32", jasmine),
            start=at("2026-03-26 08:30", jasmine), end=at("2026-03-26 09:15", jasmine),
            summary="Felipe Sepúlveda <> Graham Whitcombe (Ridgeline Copper)",
            organizer=jasmine,
            attendees=[(jasmine, "ACCEPTED", "INDIVIDUAL"),
                       (graham, "ACCEPTED", "INDIVIDUAL"),
                       (me, "NEEDS-ACTION", "INDIVIDUAL")],
            tzid="America/Vancouver",
            location="https://ridgelinecopper.zoom.us/j/84410392271",
            description=ridge_desc))
    add("rF4", me, [graham], "2026-03-26 18:40", """\
Dear Graham,

Thank you for your time today. I really enjoyed the conversation about Cerro Pircas, particularly the question of how to phase the pushbacks while the permitting of the second waste dump is still open.

A few reasons I believe I could help the project:
- Hands-on experience planning porphyry copper pits in the Atacama, with the same altitude, water and haulage constraints.
- Deswik and Whittle as daily tools, from pit shells to a scheduled life-of-mine plan.
- The ability to bridge a Vancouver head office and a Chilean site team, in both languages.

I remain very interested in the position and look forward to hearing about the next steps from Jasmine.

Best regards,
Felipe Sepúlveda Rojas
+56 9 6231 4478 | felipe.sepulveda@example.cl""", parent="rF3", cc=[jasmine])
    add("rF5", graham, [me], "2026-03-26 16:05", """\
Thanks Felipe – I enjoyed it as well. You asked good questions about the dump permitting; that's exactly the kind of thinking we need.

Jasmine will coordinate the next steps.

Graham""", parent="rF4", cc=[jasmine], sig=False)
    add("rF6", jasmine, [me], "2026-03-30 11:20", """\
Hi Felipe,

A quick update: Graham has a few more first conversations this week, and we're still speaking with a couple of other candidates for the role. We aim to let everyone know where things stand by Thursday, April 2, ahead of the Easter long weekend.

Thanks for your patience!""", parent="rF5")
    add("rF7", me, [jasmine], "2026-03-30 17:05", """\
Thanks for the update, Jasmine. Sounds good.

Felipe""", parent="rF6")

    # ================================================================== CERRO TAMARUGAL
    add("cG1", javiera, [me], "2026-03-18 11:20", """\
Estimado Felipe:

Junto con saludar, te contacto de SCM Cerro Tamarugal en relación con tu postulación al cargo de Ingeniero(a) Senior de Planificación Minera Mediano Plazo, recibida a través de nuestro portal de empleos.

Nos gustaría avanzar con una primera entrevista por Teams con Rodrigo Cáceres, Superintendente de Planificación. ¿Tendrías disponibilidad el miércoles 25 o el jueves 26 de marzo, en la mañana?

Quedo atenta a tus comentarios.

Saludos cordiales,""", subject="Proceso de selección – Ingeniero(a) Senior Planificación Minera "
                               "Mediano Plazo", html=None)
    add("cG2", me, [javiera], "2026-03-18 13:05", """\
Estimada Javiera:

Muchas gracias por contactarme. El jueves 26 a las 10:00 me acomoda perfecto.

Quedo atento a la invitación.

Saludos cordiales,
Felipe Sepúlveda Rojas
+56 9 6231 4478""", parent="cG1")

    teams1 = """\
Estimado Felipe:

Te envío la invitación para la entrevista con Rodrigo Cáceres, Superintendente de Planificación. La reunión será por Microsoft Teams y dura aproximadamente una hora. Yo no estaré conectada; cualquier problema con el enlace me avisas.

Saludos,
Javiera

Reunión de Microsoft Teams
Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE1NjI4MzctYjQ0/0?context=cerrotamarugal
Id. de reunión: 268 417 905 332
Código de acceso: 8sKp3Q"""
    add("cH1", javiera, [me, rodrigo], "2026-03-19 09:10", teams1,
        subject="Entrevista Ingeniero(a) Senior Planificación Mediano Plazo – Felipe Sepúlveda",
        sig=False, html=html_of(teams1),
        ics=make_ics(
            method="REQUEST", uid=uid_outlook("mining-santiago", "tamarugal-teams"),
            stamp=at("2026-03-19 09:10"),
            start=at("2026-03-26 10:00"), end=at("2026-03-26 11:00"),
            summary="Entrevista Ingeniero(a) Senior Planificación Mediano Plazo – Felipe "
                    "Sepúlveda",
            organizer=javiera,
            attendees=[(rodrigo, "ACCEPTED", "INDIVIDUAL"),
                       (me, "NEEDS-ACTION", "INDIVIDUAL")],
            tzid="Pacific SA Standard Time", location="Reunión de Microsoft Teams",
            description=teams1, prodid="Microsoft Exchange Server 2010",
            extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",)),
        ics_mode="outlook")

    add("cG3", javiera, [me], "2026-03-27 09:40", """\
Hola Felipe:

Te cuento que Rodrigo quedó con muy buena impresión de la entrevista de ayer. Estamos coordinando la siguiente etapa del proceso y te confirmo los detalles a más tardar el martes 31.

Saludos,""", parent="cG2")
    add("cG4", javiera, [me], "2026-03-31 12:15", """\
Estimado Felipe:

Junto con saludar, y tal como te comenté, te invitamos a la siguiente etapa del proceso: una visita a faena el martes 7 de abril, que incluye la entrevista final con el área de Mina. Rodrigo va en copia.

Itinerario:
• 06:15 – Vuelo Santiago–Antofagasta (los pasajes te los enviará directamente la agencia Viajes Corporativos Atacama).
• 09:00 – Traslado aeropuerto Cerro Moreno – faena, en bus de la empresa (estacionamiento norte del aeropuerto).
• 11:00 a 12:30 – Inducción de seguridad para visitas. Te llegará un correo de Acreditación con los requisitos de ingreso.
• 13:00 – Almuerzo en el casino.
• 14:00 – Recorrido por el rajo y la sala de despacho con un ingeniero de turno.
• 15:00 a 16:30 – Entrevista con Rodrigo Cáceres y don Hernán Tapia, Gerente de Mina.
• 17:00 – Traslado al aeropuerto; vuelo de regreso a las 19:40.

La faena está a 3.100 m s.n.m.; para visitas de un día no se pide examen preocupacional, pero sí una declaración de salud que te llegará con la acreditación.

Te pido por favor confirmar tu asistencia y tus tallas de EPP (zapatos de seguridad, chaleco y ropa), y si tienes alguna restricción alimentaria.

Saludos cordiales,""", parent="cG3", cc=[rodrigo])
    add("cG5", me, [javiera], "2026-03-31 18:40", """\
Estimada Javiera, estimado Rodrigo:

Les confirmo mi asistencia a la visita del martes 7 de abril.

Tallas: zapato de seguridad 42, chaleco L y ropa L. No tengo restricciones alimentarias.

Quedo atento a los pasajes y al correo de Acreditación.

Saludos cordiales,
Felipe Sepúlveda Rojas
+56 9 6231 4478""", parent="cG4", cc=[rodrigo])

    add("cJ1", travel, [me], "2026-04-01 10:30", """\
Estimado Sr. Sepúlveda:

Por encargo de SCM Cerro Tamarugal, le enviamos la confirmación de su reserva. Los boletos electrónicos van adjuntos a este correo.

Pasajero: SEPULVEDA ROJAS/FELIPE MR
Código de reserva: QXT7LM

07ABR  LA 142  SCL 06:15 – ANF 08:20  Económica  Equipaje: 1 pieza de mano 8 kg
07ABR  LA 149  ANF 19:40 – SCL 21:45  Económica  Equipaje: 1 pieza de mano 8 kg

Recuerde presentarse en el aeropuerto con al menos 1 hora y media de anticipación, con su cédula de identidad vigente. El check-in se habilita 48 horas antes del vuelo.

Ante cualquier cambio, comuníquese con nosotros al +56 2 2719 4400 (lunes a viernes de 08:30 a 18:30) o responda este correo.

Atentamente,
Pamela Rojas
Ejecutiva de Cuentas Corporativas
Viajes Corporativos Atacama""",
        subject="Confirmación de reserva – SEPULVEDA ROJAS/FELIPE MR – SCL/ANF/SCL 07ABR",
        cc=[javiera],
        attachments=[("Boleto_QXT7LM.pdf", "application/pdf", make_pdf([
            "Boleto electronico - QXT7LM",
            "SEPULVEDA ROJAS/FELIPE MR",
            "07ABR LA142 SCL 0615 ANF 0820",
            "07ABR LA149 ANF 1940 SCL 2145"]))])

    acred_text = """\
ACREDITACIÓN DE VISITAS – SCM CERRO TAMARUGAL

Visitante: SEPÚLVEDA ROJAS, FELIPE
RUT: 16.842.337-3
Empresa: Postulante – Gerencia de Personas
Fecha de ingreso: 07/04/2026
Área a visitar: Mina (rajo y sala de despacho)
Anfitrión: Rodrigo Cáceres V.

Inducción de seguridad para visitas: 07/04/2026, 11:00 a 12:30 h, Sala de Inducción, Edificio de Administración (km 12, camino a faena).

Requisitos de ingreso:
1. Cédula de identidad vigente.
2. Declaración de salud para trabajo en altura geográfica (adjunta), firmada.
3. Elementos de protección personal: serán entregados en faena según las tallas informadas.
4. Control de alcohol y drogas obligatorio en la garita de acceso. Resultado positivo impide el ingreso.
5. Prohibido el uso de celular mientras se circula por áreas operativas.

La inducción es requisito obligatorio; si no la aprueba, no podrá ingresar a áreas operativas.

Este correo es generado automáticamente por el sistema de acreditación. Por favor no responda a esta dirección."""
    add("cI1", acred, [me], "2026-04-02 08:00", acred_text,
        subject="Acreditación visita – SEPÚLVEDA ROJAS, FELIPE – RUT 16.842.337-3 – 07/04/2026",
        html=html_of(acred_text), headers=AUTO,
        attachments=[("Declaracion_salud_altura.pdf", "application/pdf", make_pdf([
            "Declaracion de salud - trabajo en altura geografica",
            "Nombre: ______________________  RUT: ____________",
            "Declaro no presentar patologias incompatibles con altura geografica.",
            "Firma: ______________________"]))])

    add("cG6", javiera, [me], "2026-04-06 17:30", """\
Hola Felipe, te recuerdo que mañana el bus sale a las 09:00 desde el estacionamiento norte del aeropuerto; busca al conductor con el letrero de Cerro Tamarugal. Cualquier cosa me llamas al +56 9 8841 2076.

¡Buen viaje!

Javiera""", parent="cG5", sig=False)
    add("cG7", javiera, [me], "2026-04-08 10:05", """\
Hola Felipe:

¿Cómo estuvo la visita? Espero que el viaje haya sido tranquilo.

Te cuento que pasas a la etapa de evaluación psicolaboral, que realiza para nosotros la consultora Psicolaboral Norte; ellos te van a contactar directamente para agendarla.

Luego el comité de selección se reúne el lunes 20 de abril, y esa misma semana te estaremos dando una respuesta.

Saludos cordiales,""", parent="cG6")

    add("cK1", daniela, [me], "2026-04-09 11:45", """\
Estimado Felipe:

Junto con saludarlo, le escribo de Psicolaboral Norte Consultores, de parte de SCM Cerro Tamarugal, para coordinar su evaluación psicolaboral.

Le propongo el lunes 13 de abril a las 09:00 hrs. en nuestras oficinas de Av. Nueva Providencia 2155, oficina 804, Providencia (metro Los Leones). La evaluación dura aproximadamente 3 horas e incluye pruebas y una entrevista.

Por favor traer su cédula de identidad y, si los usa, sus lentes ópticos.

Agradeceré confirmar su asistencia.

Saludos cordiales,""", subject="Coordinación evaluación psicolaboral – SCM Cerro Tamarugal")
    add("cK2", me, [daniela], "2026-04-09 13:10", """\
Estimada Daniela:

Confirmo mi asistencia el lunes 13 de abril a las 09:00 hrs.

Saludos cordiales,
Felipe Sepúlveda Rojas
RUT 16.842.337-3""", parent="cK1")
    add("cK3", daniela, [me], "2026-04-10 16:20", """\
Estimado Felipe:

Le pido las disculpas del caso, pero por un tema de agenda debemos reprogramar su evaluación del lunes. ¿Le acomodaría el jueves 16 de abril, a la misma hora (09:00 hrs.)?

Saludos cordiales,""", parent="cK2")
    add("cK4", me, [daniela], "2026-04-10 17:02", "Jueves 16 perfecto." + iphone,
        parent="cK3")
    add("cK5", daniela, [me], "2026-04-10 17:30", """\
Estimado Felipe:

Queda agendado entonces para el jueves 16/04 a las 09:00 hrs., en la misma dirección.

Saludos cordiales,""", parent="cK4")

    # ================================================================== ALTAMIRA COPPER
    lab_text = """\
¡Hola Felipe!

Tu postulación fue enviada con éxito.

Aviso: Ingeniero de Planificación Senior
Empresa: Altamira Copper S.A.
Ubicación: Las Condes, Región Metropolitana
Fecha de postulación: 24/03/2026

Puedes revisar el estado de tus postulaciones en la sección Mis postulaciones.

Mucho éxito,
El equipo de Laborum"""
    add("aL1", laborum, [me], "2026-03-24 22:10", lab_text,
        subject="Postulaste a Ingeniero de Planificación Senior en Altamira Copper S.A.",
        html=html_of(lab_text), html_only=True, headers=AUTO)

    add("aK1", fernanda, [me], "2026-03-27 12:40", """\
Estimado Felipe:

Junto con saludar, te contacto de Altamira Copper en relación con tu postulación al cargo de Ingeniero de Planificación Senior.

Nos gustaría coordinar una entrevista por Teams con Patricio Lagos, nuestro Gerente de Planificación. ¿Tienes disponibilidad el miércoles 1 de abril a las 15:00 o el jueves 2 de abril a las 10:00?

Saludos,""", subject="Altamira Copper – Proceso Ingeniero de Planificación Senior")
    add("aK2", me, [fernanda], "2026-03-27 14:05", """\
Hola Fernanda, muchas gracias por el contacto.

El jueves 2 a las 10:00 me acomoda.

Saludos,
Felipe""", parent="aK1")

    alt_desc = """\
Hola Felipe:

Te dejo el enlace para la conversación con Patricio Lagos, Gerente de Planificación. Yo no participaré de la reunión; cualquier inconveniente me escribes o me llamas al +56 2 2480 7700.

Saludos,
Fernanda

Reunión de Microsoft Teams
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmUxMmE2ZjAtNTBi/0?context=altamiracopper
Id. de reunión: 391 552 704 118
Código de acceso: Ar4V9w"""
    add("aK5", fernanda, [me, patricio], "2026-03-30 09:30", alt_desc,
        subject="Conversación Ingeniería de Planificación – F. Sepúlveda", sig=False,
        html=html_of(alt_desc),
        ics=make_ics(
            method="REQUEST", uid=uid_outlook("mining-santiago", "altamira-teams"),
            stamp=at("2026-03-30 09:30"),
            start=at("2026-04-02 10:00"), end=at("2026-04-02 11:00"),
            summary="Conversación Ingeniería de Planificación – F. Sepúlveda",
            organizer=fernanda,
            attendees=[(patricio, "ACCEPTED", "INDIVIDUAL"),
                       (me, "NEEDS-ACTION", "INDIVIDUAL")],
            tzid="Pacific SA Standard Time", location="Reunión de Microsoft Teams",
            description=alt_desc, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    add("aK3", fernanda, [me], "2026-04-06 11:15", """\
Hola Felipe:

Gracias nuevamente por tu tiempo el jueves. Patricio está terminando las entrevistas de esta etapa durante la semana; la decisión se comunicará a todos los postulantes a más tardar el viernes 10 de abril.

Saludos,""", parent="aK2")
    add("aK4", fernanda, [me], "2026-04-10 15:20", """\
Estimado Felipe:

Junto con saludarte, queremos agradecer tu interés en Altamira Copper y el tiempo que dedicaste al proceso.

Después de un análisis cuidadoso, hemos decidido continuar con otros candidatos cuyo perfil se ajusta de manera más cercana a lo que hoy requiere el equipo de Planificación. No fue una decisión fácil, ya que recibimos muy buenos antecedentes.

Guardaremos tu CV en nuestra base de datos para futuros procesos, y te deseamos mucho éxito en tus próximos desafíos.

Un cordial saludo,""", parent="aK3")
    add("aK6", me, [fernanda], "2026-04-10 19:30", """\
Hola Fernanda:

Gracias por avisarme y por la buena disposición durante todo el proceso. Quedo atento a futuras oportunidades en Altamira.

Saludos cordiales,
Felipe Sepúlveda""", parent="aK4")

    # ================================================================== ANDES TALENT (Lima)
    add("lL1", luciana, [me], "2026-03-10 09:40", """\
Estimado Felipe:

Un gusto saludarte. Mi nombre es Luciana Paredes y soy consultora senior en Andes Talent Partners, firma de búsqueda de ejecutivos con sede en Lima.

Estamos apoyando a una importante empresa minera con operaciones en el sur del Perú en la búsqueda de un Ingeniero de Planeamiento Senior (largo plazo). Tu perfil nos pareció muy alineado, sobre todo por tu experiencia en rajos de cobre y en Deswik.

¿Podríamos conversar unos minutos por teléfono esta semana para contarte más detalles?

Quedo atenta.

Saludos cordiales,""", subject="Oportunidad – Ingeniero de Planeamiento Senior (Largo Plazo) – "
                               "Sur del Perú")
    add("lL2", me, [luciana], "2026-03-10 12:30", """\
Hola Luciana:

Gracias por escribir. Me interesa conocer más detalles de la posición.

¿Podríamos conversar el jueves 12? Tengo libre entre las 12:00 y las 14:00, hora de Chile.

Saludos,
Felipe""", parent="lL1")
    add("lL3", luciana, [me], "2026-03-10 11:05", """\
Perfecto, Felipe. ¿Te llamo el jueves 12 a las 11:00 hora Perú (13:00 en Chile)? ¿Me confirmas tu número de celular?

Saludos,
Luciana""", parent="lL2", sig=False)
    add("lL4", me, [luciana], "2026-03-10 13:20", """\
Dale, jueves a las 13:00 hora chilena. Mi celular es +56 9 6231 4478.

Felipe""", parent="lL3")
    add("lL5", luciana, [me], "2026-03-12 12:50", """\
Felipe, gracias por la conversación de hace un rato.

Como quedamos, ¿me podrías enviar tu CV actualizado en Word y tus pretensiones salariales en USD (mensual bruto)? También me sería útil saber tu disponibilidad para trabajar en régimen 14x14.

Saludos,""", parent="lL4")
    add("lL6", me, [luciana], "2026-03-12 21:15", """\
Hola Luciana:

Te adjunto mi CV en Word.

Mis pretensiones son USD 7.500 brutos mensuales, más bono anual por desempeño. El régimen 14x14 no es problema, y mi disponibilidad es de 30 días desde una eventual oferta (aviso a mi empleador actual).

Saludos,
Felipe Sepúlveda Rojas
+56 9 6231 4478""", parent="lL5",
        attachments=[("CV_Felipe_Sepulveda_2026.docx", DOCX, make_docx(CV_LINES))])
    add("lL7", luciana, [me], "2026-03-16 10:10", """\
Recibido, muchas gracias Felipe. Lo reviso y lo comparto con el cliente.

Saludos,
Luciana""", parent="lL6", sig=False)
    add("lL8", luciana, [me], "2026-03-24 17:30", """\
Hola Felipe, ¿cómo estás?

Te cuento que presenté tu perfil al cliente junto con otros dos candidatos. Están revisando la terna esta semana, y el martes 31 te llamo para contarte cómo nos fue.

¡Un abrazo!
Luciana""", parent="lL7", sig=False)
    add("lL9", me, [luciana], "2026-03-24 20:10", """\
Buenísimo, Luciana. Quedo atento.

Saludos,
Felipe""", parent="lL8")

    # ================================================================== VALLE CÓNDOR
    add("vA1", andres, [me], "2026-03-28 12:30", """\
Compadre, ayer hablé con la Marcela Fuenzalida, la jefa de planificación largo plazo en Valle Cóndor. Están buscando un senior para su equipo y todavía no lo publican.

Mándale tu CV directo y dile que vas de mi parte: marcela.fuenzalida@vallecondor.cl

Abrazo
Andrés""", subject="Contacto Valle Cóndor")
    add("vA2", me, [andres], "2026-03-28 13:05", """\
Grande Andrés!! Mil gracias, le escribo apenas pueda. Te debo una chela 🍺

Felipe""", parent="vA1")

    add("vM1", me, [marcela], "2026-03-31 10:15", """\
Estimada Marcela:

Junto con saludarla, le escribo por recomendación de Andrés Lillo, con quien trabajamos juntos en el plan quinquenal de uno de mis clientes.

Soy ingeniero civil de minas (USACH, 2014) y llevo seis años en Geomina Consultores desarrollando planes de mediano y largo plazo para operaciones a rajo abierto de cobre, principalmente en Deswik y Whittle. Me gustaría ser considerado para el cargo de Ingeniero Senior de Planificación de Largo Plazo que Andrés me comentó que están buscando para su equipo.

Adjunto mi CV. Quedo atento a sus comentarios y, si le parece, con gusto podemos conversar cuando le acomode.

Saludos cordiales,
Felipe Sepúlveda Rojas
Ingeniero Civil de Minas
+56 9 6231 4478""", subject="Ingeniero Senior Planificación Largo Plazo – Felipe Sepúlveda "
                             "(referido por Andrés Lillo)",
        attachments=[("CV_Felipe_Sepulveda_Rojas.pdf", "application/pdf", make_pdf(CV_LINES))])
    add("vM2", marcela, [me], "2026-03-31 10:16", """\
Estaré fuera de la oficina hasta el lunes 6 de abril, con acceso limitado al correo. Para temas urgentes de Planificación, favor contactar a Ana Ríos (ana.rios@vallecondor.cl).

Saludos,
Marcela Fuenzalida O.""", parent="vM1", quote=False,
        subject="Respuesta automática: Ingeniero Senior Planificación Largo Plazo – Felipe "
                "Sepúlveda (referido por Andrés Lillo)",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ================================================================== ALUMNI: CLAUDIA
    add("nN1", jorge, [me, claudia], "2026-03-16 09:30", """\
Estimados Felipe y Claudia:

Como conversamos en el marco del Programa de Mentorías de la Red, los presento por este medio.

Claudia (Minas 2006) es Superintendenta de Planificación Largo Plazo en Minera Cumbre Andina y fue mentora en la versión pasada del programa. Felipe (Minas 2014) es ingeniero senior de planificación en Geomina Consultores y está explorando dar el salto desde la consultoría a una compañía minera.

Los dejo para que coordinen directamente.

Un abrazo a ambos,""", subject="Presentación: Felipe Sepúlveda (Minas 2014) / Claudia Henríquez "
                               "(Minas 2006)")
    add("nN2", claudia, [me], "2026-03-16 21:45", """\
Gracias Jorge!

Felipe, encantada. Esta semana estoy en faena; ¿te acomoda un café el miércoles 25 a las 8:15 en el Café Altura (Apoquindo 3600)? Entro a la oficina a las 9:30.

Saludos
Claudia""" + iphone, parent="nN1", cc=[jorge])
    add("nN3", me, [claudia], "2026-03-17 07:55", """\
Claudia, muchas gracias por la disposición. Miércoles 25 a las 8:15 en Apoquindo 3600, ahí nos vemos.

Jorge, gracias por conectarnos (te dejo en copia oculta para no llenarte la bandeja).

Saludos,
Felipe""", parent="nN2", bcc=[jorge])
    add("nN4", claudia, [me], "2026-03-24 19:20", """\
Felipe, confirmado para mañana. Te dejo mi celular por si acaso: +56 9 7788 1123.

Claudia""" + iphone, parent="nN3")
    add("nN5", me, [claudia], "2026-03-25 15:10", """\
Hola Claudia:

Muchas gracias por el café de esta mañana y por darte el tiempo, sobre todo en una semana tan cargada. Me quedo con tu consejo de mostrar más el trabajo de conciliación y no solo los planes, y de conversar con gente de operaciones antes de decidir entre una minera acá o irme afuera.

Como me sugeriste, te adjunto mi CV.

Un abrazo,
Felipe Sepúlveda
+56 9 6231 4478""", parent="nN4",
        attachments=[("CV_Felipe_Sepulveda_Rojas.pdf", "application/pdf", make_pdf(CV_LINES))])
    add("nN6", claudia, [me], "2026-03-26 13:05", """\
Un gusto, Felipe. Le reenvié tu CV a Pamela Vidal, de Personas, para que lo tengan en el radar. Si se abre algo en largo plazo te aviso.

Saludos,
Claudia Henríquez S.
Superintendenta de Planificación Largo Plazo
Minera Cumbre Andina""", parent="nN5")

    # ================================================================== NICO (Kalgoorlie)
    add("oO1", nico, [me], "2026-04-02 21:10", """\
Wena Feli!!

La Caro me contó que andas mirando pegas en Australia. Si quieres conversamos un rato y te cuento cómo fue todo: la visa, el assessment de Engineers Australia, cómo es el FIFO acá y cuánto se gana de verdad jaja.

¿Te tinca el finde del 11? Para mí lo mejor es el domingo temprano: las 7 am mías serían las 7 pm del sábado tuyas. Ojo que ustedes atrasan la hora el 4, así que ya no son 11 horas de diferencia sino 12.

Abrazo!
Nico

--
Nicolás Vergara M.
Senior Mine Planning Engineer | Gidgee Creek Gold | Kalgoorlie WA""", subject="Australia 🦘")
    add("oO2", me, [nico], "2026-04-02 19:30", """\
Nico!! Qué buena, obvio que sí.

Sábado 11 a las 7 pm hora chilena entonces. Te llamo por WhatsApp.

Abrazo
Feli""", parent="oO1")
    add("oO3", nico, [me], "2026-04-12 09:40", """\
Buena la conversa compadre!

Te paso los links que te comenté:
- Engineers Australia, Migration Skills Assessment: https://www.engineersaustralia.org.au/migration-skills-assessment (demoró como 3 meses en mi caso)
- Lista de ocupaciones (Mining Engineer está en la de largo plazo): https://immi.homeaffairs.gov.au
- El foro de chilenos en WA que te dije, ahí hay harta info de colegios y arriendos

Si quieres te paso el contacto de la gente de talento de Gidgee Creek; igual están buscando planners.

Saludos a la Cami!
Nico""", parent="oO2")

    # ================================================================== SPINIFEX (Perth)
    add("sP1", tom, [me], "2026-03-19 15:20", """\
G'day Felipe,

Tom here from Spinifex Resources Recruitment in Perth. I came across your profile and thought you might be open to a conversation – I'm working on two senior planning roles on Pilbara iron ore for a mid-tier client, FIFO 8/6 out of Perth, with visa sponsorship on the table.

Keen for a quick catch-up? Grab whatever time suits in my calendar: https://calendly.com/tom-spinifex/30min

Cheers,""", subject="Pilbara planning roles – quick catch-up?")
    cal_desc = """\
Event Name: 30 Minute Catch-up
Location: Microsoft Teams – the link will be shared by Tom before the call.
Questions: Anything that will help prepare for our chat?
Senior planner at a consultancy in Santiago (medium / long-term, Deswik). Open to FIFO and relocation.
Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3e8b1f0a-55d2-4c7e
Reschedule: https://calendly.com/reschedulings/3e8b1f0a-55d2-4c7e"""
    add("sQ1", calendly, [me], "2026-03-19 08:05", """\
Hi Felipe Sepúlveda,

Your 30 Minute Catch-up with Tom Brennan at 8:00pm (Chile Time) on Wednesday, April 1, 2026 is scheduled.

""" + cal_desc + """

Powered by Calendly.com""",
        subject="Confirmed: 30 Minute Catch-up with Tom Brennan on Wednesday, April 1, 2026",
        headers=AUTO, html=None,
        ics=make_ics(
            method="REQUEST", uid=uid_uuid("mining-santiago", "calendly-tom"),
            stamp=at("2026-03-19 08:05"),
            start=at("2026-04-01 20:00"), end=at("2026-04-01 20:30"),
            summary="30 Minute Catch-up between Tom Brennan and Felipe Sepúlveda",
            organizer=tom, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
            description=cal_desc, prodid="-//Calendly//Calendly Events//EN"),
        ics_mode="attach")
    add("sP2", me, [tom], "2026-03-19 08:10", """\
Hi Tom,

Thanks for getting in touch – yes, I'd be happy to chat. I've just booked Wednesday 1 April at 8pm Santiago time (7am Thursday in Perth) through your link.

Best,
Felipe""", parent="sP1")
    add("sR1", calendly, [me], "2026-03-31 03:09", """\
Hi Felipe Sepúlveda,

The event below has been canceled.

Event Name: 30 Minute Catch-up
Date & Time: 8:00pm – 8:30pm, Wednesday, April 1, 2026 (Chile Time)
Canceled by: Tom Brennan
Reason for canceling: Apologies Felipe – both roles have been put on hold by the client. I'll be in touch if they reopen.

Powered by Calendly.com""",
        subject="Canceled: 30 Minute Catch-up with Tom Brennan on Wednesday, April 1, 2026",
        headers=AUTO,
        ics=make_ics(
            method="CANCEL", uid=uid_uuid("mining-santiago", "calendly-tom"),
            stamp=at("2026-03-31 03:09"),
            start=at("2026-04-01 20:00"), end=at("2026-04-01 20:30"),
            summary="30 Minute Catch-up between Tom Brennan and Felipe Sepúlveda",
            organizer=tom, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
            prodid="-//Calendly//Calendly Events//EN", sequence=1, status="CANCELLED"),
        ics_mode="attach")
    add("sP3", tom, [me], "2026-03-31 14:12", """\
Hi Felipe,

Sorry to do this – I've had to cancel our catch-up on Thursday morning. The client has put both roles on hold until their FY27 budget is signed off, so I'd be wasting your evening.

I'll reach out when they're back on. Good luck in the meantime!

Cheers,""", parent="sP2")
    add("sP4", me, [tom], "2026-03-31 08:00", """\
No worries Tom, thanks for letting me know. Please keep me in mind if they reopen.

Felipe""", parent="sP3")

    # ================================================================== BOREALIS (Workday)
    wd1 = """\
Dear Felipe,

Thank you for your interest in Borealis Mining. We have received your application for Senior Mine Planning Engineer (R-20417) – Timmins, ON.

Our recruitment team is reviewing applications and will contact candidates whose qualifications best match the requirements of the role. You can check the status of your application at any time in our Candidate Home.

Sincerely,
Borealis Mining Talent Acquisition

Please do not reply to this message; this mailbox is not monitored."""
    add("wS1", workday, [me], "2026-03-05 16:40", wd1,
        subject="Thank you for applying – Senior Mine Planning Engineer (R-20417)",
        html=html_of(wd1), html_only=True, headers=AUTO)
    wd2 = """\
Dear Felipe,

Thank you for your interest in the Senior Mine Planning Engineer (R-20417) position at Borealis Mining and for the time you invested in your application.

After careful review, we have decided to move forward with candidates whose experience more closely matches our current needs. We encourage you to apply for future openings that match your background.

We wish you every success in your career.

Sincerely,
Borealis Mining Talent Acquisition"""
    add("wS2", workday, [me], "2026-04-01 10:05", wd2,
        subject="Your application for Senior Mine Planning Engineer (R-20417)",
        html=html_of(wd2), html_only=True, headers=AUTO)

    # ================================================================== CURRENT JOB (Geomina)
    add("gT1", marco, [me], "2026-04-06 18:05", """\
Felipe:

Te escribo a tu correo personal porque sé que mañana estás con día administrativo y no quiero que se te pase.

¿Me acompañas el viernes 10 a las 16:00 en la entrevista de Ignacio Bravo, candidato a Ingeniero Junior de Planificación? Te adjunto su CV. Me interesa sobre todo tu opinión de la parte técnica (Deswik, secuenciamiento, manejo de botaderos). Valentina, de RR.HH., te va a mandar la invitación a este mismo correo.

Saludos,""", subject="Entrevista candidato Ingeniero Junior – viernes",
        attachments=[("CV_Ignacio_Bravo_Cortes.pdf", "application/pdf", make_pdf([
            "Ignacio Bravo Cortes - Ingeniero Civil de Minas (2024)",
            "Practica profesional: planificacion corto plazo, faena de cobre",
            "Deswik (basico), Vulcan, Excel"]))])
    add("gT2", me, [marco], "2026-04-06 21:30", """\
Marco, sí, cuenta conmigo. Le doy una mirada al CV con calma.

Saludos,
Felipe""", parent="gT1")
    hire_desc = """\
Entrevista técnica – Ingeniero Junior de Planificación
Candidato: Ignacio Bravo Cortés
Entrevistadores: Marco Antonio Reyes, Felipe Sepúlveda
Coordinación: Valentina Núñez (RR.HH.)

Sala Chuquicamata, piso 7. El candidato viene presencial.

Reunión de Microsoft Teams (para quien se conecte remoto)
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA3NjQ4OWItYTFm/0?context=geomina"""
    add("gU1", marco, [me], "2026-04-06 18:20", hire_desc,
        subject="Entrevista Ingeniero Junior Planificación – Ignacio Bravo", sig=False,
        html=html_of(hire_desc),
        ics=make_ics(
            method="REQUEST", uid=uid_outlook("mining-santiago", "geomina-junior"),
            stamp=at("2026-04-06 18:20"),
            start=at("2026-04-10 16:00"), end=at("2026-04-10 17:00"),
            summary="Entrevista Ingeniero Junior Planificación – Ignacio Bravo",
            organizer=marco,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                       (ignacio, "ACCEPTED", "INDIVIDUAL"),
                       (valentina, "ACCEPTED", "INDIVIDUAL"),
                       (sala_chuqui, "ACCEPTED", "ROOM")],
            tzid="Pacific SA Standard Time",
            location="Sala Chuquicamata – Piso 7; Reunión de Microsoft Teams",
            description=hire_desc, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    add("gT3", marco, [me], "2026-04-10 17:40", """\
Felipe, gracias por acompañarme hoy. Mándame tus comentarios de Ignacio cuando puedas, idealmente el lunes, para responderle a Valentina.

Saludos,
Marco""", parent="gT2", sig=False)
    add("gT4", me, [marco], "2026-04-13 09:10", """\
Marco, te dejo mis comentarios sobre Ignacio:

- Buena base conceptual: entiende bien la diferencia entre pit final y fases, y explicó con claridad cómo armaría un secuenciamiento anual.
- Deswik lo maneja a nivel básico; con un mes al lado de alguien del equipo debería estar operativo.
- Le falta experiencia en botaderos y en conciliación, normal para su nivel.
- Buena actitud, preguntó por el trabajo en terreno con los clientes.

En resumen, lo recomendaría para una segunda entrevista con el cliente.

Saludos,
Felipe""", parent="gT3")

    rev_desc = """\
Revisión del avance del Plan Minero 2027 con el cliente. Felipe presenta el secuenciamiento de fases 5 a 7 y el balance de botaderos.

Sala Chuquicamata, piso 7 / Teams
https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4ZTE1NzAtZWFk/0?context=geomina"""
    add("gV1", marco, [me], "2026-04-08 12:40", rev_desc,
        subject="Revisión Plan Minero 2027 – avance fases 5 a 7", sig=False,
        html=html_of(rev_desc),
        ics=make_ics(
            method="REQUEST", uid=uid_outlook("mining-santiago", "geomina-review"),
            stamp=at("2026-04-08 12:40"),
            start=at("2026-04-16 15:00"), end=at("2026-04-16 17:00"),
            summary="Revisión Plan Minero 2027 – avance fases 5 a 7",
            organizer=marco,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                       (sala_chuqui, "ACCEPTED", "ROOM")],
            tzid="Pacific SA Standard Time",
            location="Sala Chuquicamata – Piso 7; Reunión de Microsoft Teams",
            description=rev_desc, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")

    # ================================================================== FAMILY AND FRIENDS
    add("f1a", mama, [me, cami], "2026-02-26 19:42", """\
Hijo, el domingo almorzamos donde la tía Pati en La Florida, a la 1 y media. Vienes con la Cami? Lleven algo para tomar nomás, la Pati hace pastel de choclo.

Besos, tu mamá""", subject="Almuerzo domingo")
    add("f1b", me, [mama], "2026-02-26 21:10", """\
Hola ma! Sí vamos, llegamos tipo 1:30–2. Llevo un vino.

Besos""", parent="f1a", cc=[cami])
    add("f1c", mama, [me], "2026-02-27 08:03", """\
Ya mi amor, ahí nos vemos 😘""", parent="f1b")

    add("f3a", mama, [me, caro, seba], "2026-03-07 10:15", """\
Niños lean esto!!! me lo mandó la Sra. Ruth del grupo de la parroquia

---------- Mensaje reenviado ----------
Asunto: URGENTE!!! NO CONTESTEN
Si reciben una llamada de un número que empieza con +56 2 2 y les dicen que es del banco y que su tarjeta fue clonada NO DEN LA CLAVE!!! Ya le pasó a muchas personas en Ñuñoa y Macul. Reenvíe a todos sus contactos!!!!""",
        subject="RV: URGENTE!!! NO CONTESTEN")
    add("f3b", me, [mama], "2026-03-07 11:40", """\
Mamá, lo de no dar la clave es verdad, pero eso de los números que empiezan con +56 2 2 es cadena: todos los teléfonos fijos de Santiago empiezan así 😅 No la sigas reenviando.

Besos""", parent="f3a")

    add("f2a", caro, [me, seba], "2026-03-16 12:20", """\
Cabros, el domingo 22 es el cumple del papá. Pensaba regalarle el reloj que anda mirando hace rato (el Casio solar), sale 89 lucas. ¿Ponemos 30 cada uno y yo pongo la diferencia?""",
        subject="Regalo papá 🎂")
    add("f2b", seba, [me, caro], "2026-03-16 13:02", """\
De una. Te transfiero el viernes que me pagan""", parent="f2a")
    add("f2c", me, [caro, seba], "2026-03-16 13:40", """\
Dale, yo te transfiero hoy. Pásame tus datos de nuevo que cambié de banco jaja""",
        parent="f2b")
    add("f2d", caro, [me, seba], "2026-03-16 14:05", """\
Carolina Sepúlveda Rojas
RUT 17.309.451-5
Banco Andino, cuenta vista 00-417-22839-0
caro.sepulveda.r@gmail.com""", parent="f2c")
    add("f2e", me, [caro, seba], "2026-03-16 20:15", """\
Listo, transferido 👍""", parent="f2d")
    add("f2f", seba, [me, caro], "2026-03-20 18:30", """\
Ahí va lo mío Caro. El domingo llego tipo 2, voy con los niños""", parent="f2e")

    add("f4a", cami, [me], "2026-03-21 10:12", """\
Amor mira este depto: https://www.portalinmobiliario.com/arriendo/departamento/nunoa/48213

Av. Dublé Almeyda con Grecia, 2D2B, 52 m2, $520.000 + GC $85.000, con estacionamiento y bodega. A 5 cuadras del metro. ¿Le escribimos?""", subject="depto Dublé Almeyda")
    add("f4b", me, [cami], "2026-03-21 11:30", """\
Se ve bueno! Le escribo a la corredora ahora.""", parent="f4a")

    add("f5a", cami, [me], "2026-04-01 13:25", """\
Amor, ¿vamos a Pichilemu en Semana Santa? Mi tía nos presta la casa del jueves al domingo""",
        subject="Semana Santa")
    add("f5b", me, [cami], "2026-04-01 14:02", """\
Me tinca! Eso sí, el martes 7 viajo a Antofagasta por lo de la minera, vuelvo en la noche. Jueves a domingo estoy libre.""",
        parent="f5a")
    add("f5c", cami, [me], "2026-04-01 14:10", """\
Listo, le aviso a mi tía ❤️ ojo que el sábado en la noche se cambia la hora, se duerme una hora más jaja""",
        parent="f5b")

    add("f6a", chalo, [me, cami], "2026-03-04 22:50", """\
Cabros, asado el sábado 14 en la casa (Macul), desde las 8 pm. Cada uno trae lo suyo + hielo. Confirmen para calcular la carne!!""",
        subject="Asado sábado 14")
    add("f6b", me, [chalo], "2026-03-05 08:30", """\
Vamos con la Cami. Yo llevo el carbón.""", parent="f6a", cc=[cami])
    add("f6c", chalo, [me], "2026-03-05 09:14", """\
Buena!! 🔥""", parent="f6b")

    add("f7a", mama, [me], "2026-04-13 20:40", """\
Hijo, ¿cómo te fue en la entrevista de Antofagasta? No me has contado nada. La Caro me dijo que también hablaste con el Nico por lo de Australia, no me vayas a dejar botada jajaja

¿Vienen el domingo? Voy a hacer cazuela.

Besos, tu mamá""", subject="Cómo te fue??")

    # ================================================================== RENTAL IN ÑUÑOA
    add("r1", me, [veronica], "2026-03-21 11:45", """\
Estimada Verónica:

Vi en Portal Inmobiliario el departamento de Dublé Almeyda (código 48213) y nos interesa mucho. ¿Sería posible visitarlo el próximo fin de semana?

Somos dos, ambos con contrato indefinido.

Saludos,
Felipe Sepúlveda
+56 9 6231 4478""", subject="Consulta depto Dublé Almeyda – código 48213")
    add("r2", veronica, [me], "2026-03-23 10:20", """\
Estimado Felipe:

Sí, el departamento está disponible. ¿Le acomoda visitarlo el sábado 28 a las 11:00? La dirección es Dublé Almeyda 2350, depto 504; lo espero en el hall.

Saludos,""", parent="r1")
    add("r3", me, [veronica], "2026-03-23 12:05", """\
Sábado 28 a las 11:00, perfecto. Voy con mi pareja, Camila.""", parent="r2")
    add("r4", veronica, [me, cami], "2026-03-28 16:40", """\
Estimados Felipe y Camila:

Gracias por visitar el departamento hoy. Para postular al arriendo necesito los siguientes antecedentes de cada uno:

- Tres últimas liquidaciones de sueldo
- Certificado de cotizaciones de AFP (últimos 12 meses)
- Informe comercial (DICOM Platinum)
- Fotocopia de cédula de identidad por ambos lados

Si la renta conjunta no alcanza tres veces el valor del arriendo, se pide un aval con los mismos documentos.

Saludos,""", parent="r3")
    add("r5", me, [veronica], "2026-03-30 21:10", """\
Estimada Verónica:

Adjunto los documentos para la postulación: liquidaciones enero a marzo, certificado AFP, DICOM y cédula de ambos. La renta la acreditamos entre los dos, así que no necesitaríamos aval.

Saludos,
Felipe""", parent="r4", cc=[cami],
        attachments=[("Antecedentes_Sepulveda_Ortiz.pdf", "application/pdf", make_pdf([
            "Antecedentes postulacion arriendo - Dublé Almeyda 2350 depto 504",
            "Felipe Sepulveda Rojas - RUT 16.842.337-3",
            "Liquidaciones de sueldo enero, febrero y marzo 2026",
            "Certificado de cotizaciones AFP Horizonte - 12 meses",
            "Informe comercial Platinum"]))])
    add("r6", veronica, [me], "2026-03-31 12:00", """\
Recibido, Felipe. El propietario está revisando las postulaciones y le daré una respuesta a más tardar el lunes 6 de abril.

Saludos,""", parent="r5")
    add("r7", veronica, [me, cami], "2026-04-06 13:15", """\
Estimados:

¡Buenas noticias! El propietario aprobó su postulación.

La firma del contrato sería el miércoles 15 de abril a las 18:00 en la Notaría Ramírez, Av. Irarrázaval 2821. Deben traer el mes de garantía, el mes adelantado y la comisión de corretaje (50% de un mes + IVA), en vale vista o transferencia a la cuenta de Propiedades Ñuñoa Sur (RUT 77.318.045-8).

Saludos,""", parent="r6")
    add("r8", me, [veronica], "2026-04-06 20:00", """\
Excelente noticia, Verónica. Ahí estaremos el miércoles 15 a las 18:00.

Saludos,
Felipe""", parent="r7", cc=[cami])

    # ================================================================== DENTIST
    dent_desc = ("Cita con Dra. Paula Contreras (endodoncia). Clínica Dental Plaza Ñuñoa, "
                 "Av. Irarrázaval 3012, piso 2. Llegar 10 minutos antes.")
    add("d1", dental, [me], "2026-04-01 11:10", """\
Estimado(a) Felipe Sepúlveda:

Le confirmamos su cita:

Fecha: lunes 06/04/2026
Hora: 18:30 hrs.
Profesional: Dra. Paula Contreras – Endodoncia
Lugar: Clínica Dental Plaza Ñuñoa, Av. Irarrázaval 3012, piso 2

Si no puede asistir, le agradecemos avisar con 24 horas de anticipación al +56 2 2274 8810.

Atentamente,
Clínica Dental Plaza Ñuñoa""", subject="Confirmación de cita – 06/04/2026 18:30 hrs.",
        ics=make_ics(
            method="PUBLISH", uid=uid_uuid("mining-santiago", "dentist"),
            stamp=at("2026-04-01 11:10"),
            start=at("2026-04-06 18:30"), end=at("2026-04-06 19:15"),
            summary="Cita Dra. Paula Contreras – Clínica Dental Plaza Ñuñoa",
            organizer=dental, tzid="America/Santiago",
            location="Av. Irarrázaval 3012, piso 2, Ñuñoa", description=dent_desc,
            prodid="-//Clinica Dental Plaza Nunoa//Agenda Online//ES"),
        ics_mode="publish")
    add("d2", me, [dental], "2026-04-01 12:30", """\
Confirmo la cita. Saludos,
Felipe Sepúlveda""", parent="d1")
    add("d3", dental, [me], "2026-04-06 20:10", """\
Estimado Felipe:

Según lo conversado con la Dra. Contreras, le enviaremos el presupuesto del tratamiento (endodoncia pieza 3.6 y corona) a más tardar el jueves 9 de abril, con el detalle de la cobertura de su Isapre.

Saludos cordiales,
Karina Fuentes
Recepción – Clínica Dental Plaza Ñuñoa""", parent="d2")

    # ================================================================== FOOTBALL CLUB
    add("b1", tesorero, [me], "2026-03-06 19:30", """\
Estimados socios Serie Senior:

Les recuerdo que la cuota de marzo es de $15.000. Transferir a:
CD Estrella de Ñuñoa – RUT 65.104.772-1 – Banco Andino, cuenta corriente 00-312-55471-8
Enviar comprobante a este correo.

Los que deben febrero, pónganse al día por favor, que hay que pagar el arbitraje.

Atte.
Tesorería CD Estrella de Ñuñoa""", subject="Cuota marzo – Serie Senior")
    add("b2", me, [tesorero], "2026-03-06 21:05", """\
Transferido marzo. Va el comprobante.

Felipe Sepúlveda (camiseta 8)""", parent="b1",
        attachments=[("comprobante_transferencia.pdf", "application/pdf", make_pdf([
            "Comprobante de transferencia - Banco Andino",
            "Monto: $15.000 - Destino: CD Estrella de Nunoa",
            "Fecha: 06/03/2026"]))])
    add("b3", delegado, [me], "2026-04-06 21:45", """\
Cabros, fecha 4 de la Liga Senior de Ñuñoa:

Sábado 11, 16:00 vs. Deportivo Villa Olímpica. La cancha está por confirmar (Estadio Municipal o la del Nacional); el jueves les confirmo.

Traigan la camiseta alternativa (blanca), ellos juegan de azul. Confirmen asistencia que andamos cortos de defensas.

Rorro""", subject="Fecha 4 – sábado 11 vs. Villa Olímpica")
    add("b4", me, [delegado], "2026-04-06 22:10", """\
Confirmo 👍 Eso sí, a las 7 tengo que estar en la casa.""", parent="b3")
    add("b5", delegado, [me], "2026-04-09 20:30", """\
Confirmada la cancha 3 del Estadio Municipal de Ñuñoa. Citación 15:30, no lleguen tarde que nos multan.

Rorro""", parent="b4")
    add("b6", delegado, [me], "2026-04-12 11:20", """\
Ganamos 3-1 cabros!! Buen partido. Recuerden la cuota de abril.""", parent="b5")

    # ================================================================== BILLS, RECEIPTS, NOTICES
    isa1 = """\
Hola Felipe:

Tu solicitud de reembolso N° 4471902 fue aprobada.

Prestación: consulta médica general
Monto bonificado: $18.430
Abono: cuenta vista Banco Andino terminada en 3391, dentro de 3 días hábiles.

Revisa el detalle en tu Sucursal Virtual.

Isapre Vida Plena – RUT 96.512.330-K"""
    add("i1", isapre, [me], "2026-03-12 09:02", isa1,
        subject="Tu reembolso N° 4471902 fue aprobado", html=html_of(isa1), html_only=True,
        headers=AUTO)
    isa2 = """\
Estimado(a) afiliado(a):

Le informamos que se encuentra disponible su Carta de Adecuación 2026, con el nuevo precio base de su plan de salud, vigente desde su próxima anualidad.

Puede revisar la carta y las alternativas de plan en su Sucursal Virtual, o en cualquiera de nuestras sucursales.

Isapre Vida Plena"""
    add("i2", isapre, [me], "2026-03-30 08:15", isa2,
        subject="Carta de Adecuación 2026 de tu plan de salud", html=html_of(isa2),
        html_only=True, headers=bulk_headers("<afiliados.isaprevidaplena.cl>",
                                             "https://isaprevidaplena.cl/baja"))
    afp1 = """\
Hola Felipe:

Tu cartola cuatrimestral (noviembre 2025 – febrero 2026) ya está disponible.

Saldo cuenta obligatoria al 28/02/2026: $38.412.905
Fondo: B
Rentabilidad del período: 2,14%

Revísala en afphorizonte.cl con tu RUT y clave de seguridad.

AFP Horizonte"""
    add("a1", afp, [me], "2026-03-11 07:45", afp1,
        subject="Tu cartola cuatrimestral ya está disponible", html=html_of(afp1),
        headers=AUTO)
    lid1 = """\
¡Gracias por tu compra, Felipe!

Pedido N° 2093847561
Entrega: domingo 8 de marzo, entre 10:00 y 13:00 hrs.
Dirección: Av. Irarrázaval 2940, depto 1207, Ñuñoa

Leche semidescremada 1 L x6 ........ $6.990
Pan de molde integral ................ $2.490
Plátanos (1 kg) ...................... $1.390
Pechuga de pollo deshuesada (1 kg) ... $6.990
Café molido 250 g .................... $4.790
Detergente líquido 3 L .............. $10.990
Otros productos (9) ................. $21.230
Total ............................... $54.870

Boleta electrónica emitida por Líder – RUT 76.842.190-0"""
    add("l1", lider, [me], "2026-03-07 18:22", lid1, subject="Confirmación de tu pedido N° 2093847561",
        html=html_of(lid1), html_only=True, headers=AUTO)
    lid2 = """\
¡Tu pedido N° 2093847561 fue entregado!

Recibido por: Felipe
Hora de entrega: 11:42

¿Cómo estuvo tu experiencia? Cuéntanos en una breve encuesta."""
    add("l2", lider, [me], "2026-03-08 11:43", lid2, subject="Tu pedido fue entregado",
        html=html_of(lid2), html_only=True, headers=AUTO)
    lid3 = """\
¡Gracias por tu compra, Felipe!

Pedido N° 2101553208
Entrega: sábado 11 de abril, entre 09:00 y 12:00 hrs.

Agua mineral 1,6 L x6 ............... $4.290
Carne molida 4% (1 kg) .............. $7.490
Tallarines 400 g x3 ................. $2.970
Salsa de tomate x4 .................. $2.360
Otros productos (12) ................ $28.640
Total ............................... $45.750

Boleta electrónica emitida por Líder – RUT 76.842.190-0"""
    add("l3", lider, [me], "2026-04-10 21:05", lid3, subject="Confirmación de tu pedido N° 2101553208",
        html=html_of(lid3), html_only=True, headers=AUTO)
    ban1 = """\
Comprobante de Transferencia de Fondos

Fecha: 16/03/2026 20:14
Origen: Cuenta Vista N° 00-588-10443-9 – Felipe Sepúlveda Rojas – RUT 16.842.337-3
Destino: Carolina Sepúlveda Rojas – RUT 17.309.451-5 – Banco Andino
Monto: $30.000
Mensaje: regalo papa
N° de operación: 884120557

Banco Andino"""
    add("k1", banco, [me], "2026-03-16 20:14", ban1, subject="Comprobante de transferencia – $30.000",
        html=html_of(ban1), headers=AUTO)
    ban2 = """\
Estimado cliente:

Su estado de cuenta de Tarjeta de Crédito Visa terminada en 7720 ya está disponible.

Monto facturado: $412.880
Monto mínimo a pagar: $41.290
Fecha de vencimiento: 15/04/2026

Banco Andino"""
    add("k2", banco, [me], "2026-04-03 09:00", ban2, subject="Tu estado de cuenta de abril está disponible",
        html=html_of(ban2), headers=AUTO)

    # ================================================================== NEWSLETTERS AND ALERTS
    li1 = """\
"mine planning engineer" en Australia Occidental
8 empleos nuevos

Senior Mine Planning Engineer – Karratha Iron Ore · Perth, WA · Solicitud sencilla
Mine Planning Engineer (FIFO 8/6) – Westbrook Resources · Pilbara, WA
Principal Planning Engineer – Goldfields Underground · Kalgoorlie, WA
Strategic Planning Superintendent – Hamersley Range Minerals · Perth, WA

Ver todos los empleos

Recibes esta alerta porque guardaste una búsqueda. Cancelar suscripción."""
    add("j1", linkedin, [me], "2026-03-09 06:10", li1,
        subject="“mine planning engineer”: 8 empleos nuevos en Australia Occidental",
        html=html_of(li1), html_only=True,
        headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"))
    li2 = """\
"ingeniero de planificación minera" en Región de Antofagasta
5 empleos nuevos

Ingeniero(a) Senior de Planificación Largo Plazo – Minera Loa Grande · Calama
Ingeniero de Planificación Corto Plazo – turno 7x7 – Servicios Mineros del Norte · Sierra Gorda
Jefe(a) de Planificación Mina – Compañía Minera Punta Brava · Antofagasta

Ver todos los empleos"""
    add("j2", linkedin, [me], "2026-03-30 06:12", li2,
        subject="“ingeniero de planificación minera”: 5 empleos nuevos en Región de Antofagasta",
        html=html_of(li2), html_only=True,
        headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"))
    sk1 = """\
6 new jobs for Senior Mine Planning Engineer in All Perth WA

Senior Mine Planning Engineer – Iron Ore | Perth | $170k – $195k + super | FIFO
Mine Planning Engineer – Open Pit Gold | Kalgoorlie | Residential
Senior Long Term Planner | Perth CBD | Hybrid, visa sponsorship considered

View all jobs · Manage your alerts"""
    add("j3", seek, [me], "2026-03-19 06:00", sk1,
        subject="6 new Senior Mine Planning Engineer jobs in All Perth WA", html=html_of(sk1),
        html_only=True, headers=bulk_headers("<jobmail.seek.com.au>",
                                             "https://www.seek.com.au/alerts/unsubscribe"))
    lb1 = """\
Felipe, estas ofertas coinciden con tu perfil:

Ingeniero de Planificación Minera – Contratista de servicios – Antofagasta – Postula ahora
Planificador Senior Mina Subterránea – Rancagua – Postula ahora
Ingeniero de Proyectos Mineros – Las Condes – Postula ahora

Recibes este correo porque activaste las alertas de empleo en Laborum."""
    add("j4", laborum_alert, [me], "2026-04-07 08:30", lb1,
        subject="Nuevas ofertas para ti: Ingeniero de Planificación Minera", html=html_of(lb1),
        html_only=True, headers=bulk_headers("<alertas.laborum.cl>",
                                             "https://www.laborum.cl/alertas/baja"))
    bol1 = """\
Minería al Día – Boletín martes 10 de marzo de 2026

• Producción de cobre de Chile sube 3,1% en enero
• Proyecto de expansión en la Región de Atacama ingresa a evaluación ambiental
• Entrevista: la planificación minera en la era de los gemelos digitales
• Empleo: faenas del norte reportan escasez de planificadores senior

Para dejar de recibir este boletín, haga clic aquí."""
    add("e1", boletin, [me], "2026-03-10 07:00", bol1,
        subject="Minería al Día – 10 de marzo: producción de cobre sube 3,1%",
        html=html_of(bol1), html_only=True,
        headers=bulk_headers("<boletin.mineriaaldia.cl>", "https://mineriaaldia.cl/baja"))
    bol2 = """\
Minería al Día – Boletín martes 7 de abril de 2026

• Precio del cobre cierra marzo sobre US$ 4,60 la libra
• Mineras australianas intensifican búsqueda de ingenieros en Sudamérica
• Columna: cómo negociar un contrato 7x7 vs. 14x14
• Agenda: seminario de planificación minera en Antofagasta, 28 de mayo

Para dejar de recibir este boletín, haga clic aquí."""
    add("e2", boletin, [me], "2026-04-07 07:00", bol2,
        subject="Minería al Día – 7 de abril: mineras australianas buscan ingenieros",
        html=html_of(bol2), html_only=True,
        headers=bulk_headers("<boletin.mineriaaldia.cl>", "https://mineriaaldia.cl/baja"))
    bol3 = """\
Minería al Día – Boletín martes 14 de abril de 2026

• Comité de ministros aprueba proyecto de desalinización para faenas de la Región de Antofagasta
• Planificación: cómo las mineras están reduciendo el backlog de prestripping
• Encuesta salarial 2026: ingenieros de planificación senior, entre $3,8 y $5,2 millones líquidos

Para dejar de recibir este boletín, haga clic aquí."""
    add("e6", boletin, [me], "2026-04-14 07:00", bol3,
        subject="Minería al Día – 14 de abril: encuesta salarial de ingenieros de planificación",
        html=html_of(bol3), html_only=True,
        headers=bulk_headers("<boletin.mineriaaldia.cl>", "https://mineriaaldia.cl/baja"))
    aus1 = """\
AusIMM Webinar: Strategic mine planning under uncertainty

Wednesday 22 April 2026, 12:00pm – 1:00pm AEST

Join our panel of planning leaders from iron ore, gold and copper operations as they discuss stochastic scheduling, scenario planning and how planning teams are hiring for the next decade.

Free for members. Register now.

You are receiving this email as an AusIMM member. Update your preferences."""
    add("e3", ausimm, [me], "2026-03-25 11:00", aus1,
        subject="Webinar: Strategic mine planning under uncertainty – 22 April",
        html=html_of(aus1), html_only=True,
        headers=bulk_headers("<events.ausimm.com>", "https://www.ausimm.com/preferences"))
    al1 = """\
Red Alumni Ingeniería en Minas USACH – Boletín abril 2026

• Programa de Mentorías 2026: ya son 42 duplas activas. ¡Gracias a los mentores!
• Charla abierta: "Planificación minera y gemelos digitales", jueves 16 de abril, 19:00, vía Zoom.
• Ofertas laborales compartidas por egresados:
  – Ingeniero(a) de Planificación Mediano Plazo – Minera del Pacífico Sur – enviar CV a seleccion@mineradelpacificosur.cl
  – Geomecánico(a) Senior – consultora en Santiago
• Cuota anual 2026: $25.000, descuento para promociones 2020 en adelante.

Para dejar de recibir este boletín, responda con el asunto BAJA."""
    add("e4", alumni_news, [me], "2026-04-01 18:00", al1,
        subject="Boletín Red Alumni Minas – abril 2026", html=html_of(al1),
        headers=bulk_headers("<boletin.redminasusach.cl>", "https://redminasusach.cl/baja"))
    ln1 = """\
Felipe, tienes 4 notificaciones nuevas

Andrés Lillo comentó tu publicación.
Claudia Henríquez Soto aceptó tu invitación.
3 personas vieron tu perfil esta semana.

Ver notificaciones"""
    add("e5", linkedin_n, [me], "2026-03-27 19:30", ln1,
        subject="Felipe, tienes 4 notificaciones nuevas", html=html_of(ln1), html_only=True,
        headers=bulk_headers("<notifications.linkedin.com>",
                             "https://www.linkedin.com/psettings/email"))

    # ================================================================== FACTS
    # Yindarra
    case.meeting("yA1", at("2026-03-16 21:00"), at("2026-03-16 21:30"), met=[bec.email],
                 thanks={bec.email: "yA5"}, what="phone screen (Teams)")
    case.promise("yA1", "yA6", bec.email, "2026-03-27", answered_by="yA7")
    case.application("yA1", "yA2", to=bec.email, answered_by="yA3")
    case.meeting("yB1", at("2026-04-08 19:00"), at("2026-04-08 20:00"),
                 met=[bec.email, craig.email, priya.email],
                 thanks={bec.email: "yD2", craig.email: "yE1"}, what="panel (Teams)")
    case.promise("yD1", "yD1", bec.email, "2026-04-17", answered_by="yE2")
    case.own_promise("yD1", "yD2", to=bec.email, last_day="2026-04-10")
    # Ridgeline
    case.meeting("rH1", at("2026-03-26 12:30"), at("2026-03-26 13:15"), met=[graham.email],
                 thanks={graham.email: "rF4"}, what="Zoom with the VP")
    case.promise("rF1", "rF6", jasmine.email, "2026-04-02")
    # Cerro Tamarugal
    case.meeting("cH1", at("2026-03-26 10:00"), at("2026-03-26 11:00"), met=[rodrigo.email],
                 what="Teams interview")
    case.promise("cG1", "cG3", javiera.email, "2026-03-31", answered_by="cG4")
    case.meeting("cI1", at("2026-04-07 11:00"), at("2026-04-07 12:30"), met=[],
                 what="safety induction for visitors")
    case.meeting("cG1", at("2026-04-07 15:00"), at("2026-04-07 16:30"), met=[rodrigo.email],
                 unknown=["Hernán Tapia"], arranged_by=javiera.email,
                 what="interview at the mine site")
    case.promise("cG1", "cG7", javiera.email, "2026-04-24")
    case.meeting("cK1", at("2026-04-13 09:00"), at("2026-04-13 12:00"), met=[daniela.email],
                 status="moved", what="psychometric evaluation (moved)")
    case.meeting("cK1", at("2026-04-16 09:00"), at("2026-04-16 12:00"), met=[daniela.email],
                 status="scheduled", what="psychometric evaluation")
    # Altamira
    case.meeting("aK5", at("2026-04-02 10:00"), at("2026-04-02 11:00"), met=[patricio.email],
                 what="Teams interview")
    case.promise("aK1", "aK3", fernanda.email, "2026-04-10", ended_by="aK4")
    # Andes Talent
    case.meeting("lL1", at("2026-03-12 13:00"), None, met=[luciana.email], what="phone call")
    case.application("lL1", "lL6", to=luciana.email, answered_by="lL7")
    case.promise("lL1", "lL8", luciana.email, "2026-03-31")
    # Valle Cóndor
    case.application("vM1", "vM1", to=marcela.email)
    # Alumni coffee
    case.meeting("nN1", at("2026-03-25 08:15"), None, met=[claudia.email], networking=True,
                 what="coffee")
    case.application("nN1", "nN5", to=claudia.email, answered_by="nN6")
    # Nico
    case.meeting("oO1", at("2026-04-11 19:00"), None, met=[nico.email], networking=True,
                 what="WhatsApp call")
    # Spinifex
    case.meeting("sQ1", at("2026-04-01 20:00"), at("2026-04-01 20:30"), met=[tom.email],
                 status="cancelled", what="Calendly catch-up")
    # Not job search
    case.meeting("gU1", at("2026-04-10 16:00"), at("2026-04-10 17:00"), met=[ignacio[1]],
                 job=False, what="the user interviews a candidate at his current job")
    case.meeting("gV1", at("2026-04-16 15:00"), at("2026-04-16 17:00"), status="scheduled",
                 job=False, what="plan review at the current job")
    case.meeting("f1a", at("2026-03-01 13:30"), at("2026-03-01 17:00"), job=False,
                 what="family lunch")
    case.meeting("f6a", at("2026-03-14 20:00"), at("2026-03-14 23:59"), job=False, what="asado")
    case.promise("f2a", "f2b", seba.email, "2026-03-20", job=False)
    case.own_promise("f2a", "f2c", to=caro.email, last_day="2026-03-16", kept_by="f2e",
                     job=False)
    case.meeting("r1", at("2026-03-28 11:00"), None, job=False, what="apartment viewing")
    case.promise("r1", "r6", veronica.email, "2026-04-06", job=False)
    case.meeting("r1", at("2026-04-15 18:00"), None, status="scheduled", job=False,
                 what="lease signing")
    case.meeting("d1", at("2026-04-06 18:30"), at("2026-04-06 19:15"), job=False,
                 what="dentist")
    case.promise("d1", "d3", dental.email, "2026-04-09", job=False)
    case.meeting("b3", at("2026-04-11 16:00"), at("2026-04-11 17:30"), job=False,
                 what="football match")
    case.promise("b3", "b3", delegado.email, "2026-04-09", job=False)

    # ================================================================== THREADS
    T = case.thread
    T("yA1", True, "recruiter", "Yindarra Minerals",
      "recruiter's approach; CV sent and acknowledged; Teams phone screen Mon 16 Mar 21:00-21:30 "
      "(Tue 08:00 AWST), thanked next morning; 'by the end of next week' kept on 26 Mar")
    T("yB1", True, "interview", "Yindarra Minerals",
      "Outlook/Teams invite in W. Australia Standard Time: Thu 9 Apr 07:00-08:00 AWST = Wed 8 Apr "
      "19:00-20:00 in Santiago after Chile's clock change (the body's '8pm' is wrong); Bec runs "
      "the first 10 minutes, Craig and Priya on the panel, a meeting room in the attendees")
    T("yC1", True, "interview", "Yindarra Minerals",
      "Priya's case brief before the panel; the user's 'Thanks' came before the meeting")
    T("yD1", True, "interview", "Yindarra Minerals",
      "after the panel: Bec asks for referees, aims to come back by Fri 17 Apr; the user thanks "
      "her and promises the referees by Fri 10 Apr, and has not sent them")
    T("yE1", True, "interview", "Yindarra Minerals",
      "the user's thank-you to Craig in a new thread, and Craig's reply")
    T("rG1", True, "application", "Ridgeline Copper", "Greenhouse acknowledgement")
    T("rF1", True, "interview", "Ridgeline Copper",
      "three slots in PT, Thu 26 Mar 08:30 PT picked; Graham thanked the same day (cc Jasmine); "
      "Jasmine: still seeing other candidates, 'by Thursday, April 2'; nothing since")
    T("rH1", True, "interview", "Ridgeline Copper",
      "Google Calendar invite for the Zoom with Graham; Jasmine organises but does not attend")
    T("cG1", True, "interview", "SCM Cerro Tamarugal",
      "portal application taken up by the recruiter; 'a más tardar el martes 31' kept; site visit "
      "to the mine near Antofagasta Tue 7 Apr, interview 15:00-16:30 with Rodrigo Cáceres and the "
      "mine manager Hernán Tapia (no address anywhere); no note since; committee on Mon 20 Apr, "
      "answer that week")
    T("cH1", True, "interview", "SCM Cerro Tamarugal",
      "Teams invite (Pacific SA Standard Time) for the first interview, Thu 26 Mar 10:00-11:00 "
      "with Rodrigo; never thanked, stale")
    T("cI1", True, "interview", "SCM Cerro Tamarugal",
      "automated accreditation notice for the visitors' safety induction on 7 Apr")
    T("cJ1", True, "interview", "Viajes Corporativos Atacama",
      "flight booking for the site visit, sent by the company's travel agency")
    T("cK1", True, "interview", "Psicolaboral Norte Consultores",
      "psychometric evaluation set for Mon 13 Apr 09:00, moved by the psychologist to Thu 16 Apr "
      "09:00 ('Jueves 16 perfecto')")
    T("aL1", True, "application", "Altamira Copper S.A.", "Laborum: application sent")
    T("aK1", True, "rejection", "Altamira Copper",
      "two slots, Thu 2 Apr 10:00 picked; 'se comunicará ... a más tardar el viernes 10 de "
      "abril'; gentle rejection on Fri 10 Apr; the user's reply to Fernanda")
    T("aK5", True, "interview", "Altamira Copper",
      "Teams invite from Fernanda, who does not attend; interview with Patricio Lagos Thu 2 Apr "
      "10:00-11:00, never thanked")
    T("lL1", True, "recruiter", "Andes Talent Partners",
      "Lima search firm; call agreed in a line, Thu 12 Mar 13:00 Chile (11:00 Lima), no end "
      "stated; CV in Word acknowledged; 'el martes 31 te llamo'; nothing since")
    T("vA1", True, "networking", "Minera Valle Cóndor",
      "a friend passes on the hiring manager's address")
    T("vM1", True, "application", "Minera Valle Cóndor",
      "the user's application with CV to Marcela on Tue 31 Mar; only an out-of-office reply")
    T("nN1", True, "networking", "Minera Cumbre Andina",
      "alumni-network introduction; coffee Wed 25 Mar 08:15 (no end stated); thanked in Spanish "
      "with the CV the same afternoon (stale anyway); Claudia's reply on 26 Mar is the last "
      "exchange")
    T("oO1", True, "networking", "Gidgee Creek Gold",
      "a former colleague in Kalgoorlie; WhatsApp call Sat 11 Apr 19:00 Chile (Sun 07:00 AWST, "
      "12 hours after the clock change); his follow-up links; no reply and no thanks")
    T("sP1", True, "recruiter", "Spinifex Resources Recruitment",
      "Perth agency approach; catch-up booked for Wed 1 Apr 20:00, cancelled by Tom on 31 Mar")
    T("sQ1", True, "recruiter", "Spinifex Resources Recruitment", "Calendly confirmation with ICS")
    T("sR1", True, "recruiter", "Spinifex Resources Recruitment", "Calendly cancellation (ICS CANCEL)")
    T("wS1", True, "application", "Borealis Mining", "Workday acknowledgement (portal only)")
    T("wS2", True, "rejection", "Borealis Mining", "Workday rejection")
    T("gT1", False, None, "Geomina Consultores",
      "the user's manager asks him to co-interview a junior candidate at his current job; his "
      "feedback sent on Mon 13 Apr")
    T("gU1", False, None, "Geomina Consultores",
      "Outlook invite: the user interviews a candidate Fri 10 Apr 16:00 (current job)")
    T("gV1", False, None, "Geomina Consultores", "plan review at the current job, Thu 16 Apr")
    T("f1a", False, None, None, "family lunch")
    T("f3a", False, None, None, "mother's forwarded chain letter")
    T("f2a", False, None, None, "siblings pool money for their father's birthday")
    T("f4a", False, None, None, "partner sends a flat listing")
    T("f5a", False, None, None, "Easter plans with the partner")
    T("f6a", False, None, None, "friend's barbecue")
    T("f7a", False, None, None, "mother asks how the interview went; Sunday lunch")
    T("r1", False, None, "Propiedades Ñuñoa Sur",
      "flat rental in Ñuñoa: viewing, 'postulación' with documents, approved; lease signing Wed "
      "15 Apr")
    T("d1", False, None, "Clínica Dental Plaza Ñuñoa",
      "dentist appointment (ICS PUBLISH) Mon 6 Apr; 'presupuesto a más tardar el jueves 9' not "
      "sent")
    T("b1", False, None, "CD Estrella de Ñuñoa", "football club dues")
    T("b3", False, None, "CD Estrella de Ñuñoa", "football fixture; pitch confirmed Thursday")
    T("i1", False, None, "Isapre Vida Plena", "health insurer refund")
    T("i2", False, None, "Isapre Vida Plena", "health insurer plan adjustment letter")
    T("a1", False, None, "AFP Horizonte", "pension fund statement")
    T("l1", False, None, "Líder", "supermarket order")
    T("l2", False, None, "Líder", "supermarket delivery")
    T("l3", False, None, "Líder", "supermarket order")
    T("k1", False, None, "Banco Andino", "transfer receipt")
    T("k2", False, None, "Banco Andino", "credit card statement")
    T("j1", False, None, "LinkedIn", "job alert")
    T("j2", False, None, "LinkedIn", "job alert")
    T("j3", False, None, "SEEK", "job alert")
    T("j4", False, None, "Laborum", "job alert")
    T("e1", False, None, "Minería al Día", "mining newsletter")
    T("e2", False, None, "Minería al Día", "mining newsletter")
    T("e3", False, None, "AusIMM", "webinar invitation")
    T("e4", False, None, "Red Alumni Minas USACH", "alumni newsletter with job postings")
    T("e5", False, None, "LinkedIn", "notifications")
    T("e6", False, None, "Minería al Día", "mining newsletter")

    # ================================================================== LABELS
    E = case.expect
    E("thank_you", "yB1", priya.email,
      "panelist on Wed 8 Apr 19:00-20:00 (Thu 07:00 AWST); her only 'Thanks' came before the "
      "panel; Bec and Craig were thanked, she was not; overdue since Thu 9 Apr 20:00")
    E("thank_you", "cG1", rodrigo.email,
      "interview at the mine site Tue 7 Apr 15:00-16:30 took place; no note to him since; "
      "overdue since Wed 8 Apr 16:30")
    E("ask_for_address", "cG1", javiera.email,
      "the mine manager Hernán Tapia was met at the site interview but his address is nowhere in "
      "the mailbox; Javiera arranged the visit and the user has not written to her since")
    E("thank_you", "aK5", patricio.email,
      "Teams interview Thu 2 Apr 10:00-11:00 took place; the rejection of 10 Apr does not cancel "
      "the thank-you; overdue since 3 Apr, stale only on 16 Apr")
    E("thank_you", "oO1", nico.email,
      "networking call Sat 11 Apr 19:00 (60 min by default) took place; his follow-up mail got no "
      "reply; due since 22:00 that night")
    E("callback", "rF1", jasmine.email,
      "'We aim to let everyone know ... by Thursday, April 2'; nothing from Ridgeline since; due "
      "end of Mon 6 Apr (Tue 7 Apr if Good Friday is skipped)", promised="2026-04-02")
    E("callback", "lL1", luciana.email,
      "'el martes 31 te llamo para contarte cómo nos fue'; no mail from Andes Talent since; due "
      "end of Thu 2 Apr, stale only from 17 Apr", promised="2026-03-31")
    E("application", "vM1", marcela.email,
      "CV sent to her on Tue 31 Mar; only an out-of-office reply (not a person writing); 7 "
      "business days end Thu 9 Apr (Fri 10 Apr if Good Friday is skipped): due either way")
    E("networking", "nN1", claudia.email,
      "coffee Wed 25 Mar; last exchange her reply of Thu 26 Mar; the 14-day touch fell due at "
      "the end of Thu 9 Apr")
    E("own_promise", "yD1", bec.email,
      "'I'll send you the names and contact details of two referees by Friday 10 April'; nothing "
      "sent to her since; due end of Fri 10 Apr")

    F = case.forbid
    F("yA1", bec.email,
      "phone screen of Mon 16 Mar thanked the next morning; 'by the end of next week' kept on "
      "26 Mar; the open items with Bec belong to the referees thread")
    F("yE1", craig.email, "thanked by the user's new-thread note of Thu 9 Apr 08:35")
    F("yB1", "per-l14-pilbara@yindarra.com.au", "a meeting room (CUTYPE=ROOM), not a person")
    F("rF1", graham.email, "Zoom of Thu 26 Mar thanked in the thread the same evening")
    F("sP1", tom.email, "the catch-up of Wed 1 Apr was cancelled by Tom; it never took place")
    F("cI1", acred.email,
      "automated accreditation notice for a safety induction, not an interview")
    F("cK1", daniela.email,
      "psychometric evaluation moved from Mon 13 Apr to Thu 16 Apr 09:00, still ahead")
    F("aK1", fernanda.email,
      "she arranged the interview but did not attend; her 'a más tardar el viernes 10' was kept "
      "by the rejection itself")
    F("nN1", jorge.email, "the alumni-network referrer: not at the coffee, promised nothing")
    F("vA1", andres.email, "a friend who passed on a contact; not at the company")
    F("wS1", workday.email, "application made only through the Workday portal")
    F("gU1", ignacio[1],
      "the user interviewed this candidate for his current employer: not his job search")
    F("d1", dental.email,
      "dentist: 'presupuesto a más tardar el jueves 9' is not job search")
    F("r1", veronica.email,
      "a flat rental 'postulación', not a job application; the owner's answer came on 6 Apr")

    case.summary = SUMMARY
    return case


SUMMARY = ("A mine planning engineer in Santiago de Chile; see mining-santiago.md for the "
           "persona and every label.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
