#!/usr/bin/env python3
"""Camila Restrepo, UX designer in Bogotá, looking for a senior product design role.

Open case, written blind from CASES.md, DOMAIN.md, the public README and casekit.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt

# Bogotá has no daylight time; Outlook calls it "SA Pacific Standard Time".
VTIMEZONES["America/Bogota"] = ("America/Bogota", [
    ("STANDARD", "-0500", "-0500", "-05", "19700101T000000", None)])
VTIMEZONES["SA Pacific Standard Time"] = ("America/Bogota", [
    ("STANDARD", "-0500", "-0500", None, "19700101T000000", None)])
VTIMEZONES["Europe/Madrid"] = ("Europe/Madrid", VTIMEZONES["Europe/Paris"][1])

BOG = "America/Bogota"
NYC = "America/New_York"
MAD = "Europe/Madrid"

DIAS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DIAS_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MESES_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]


def hora12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "a. m." if t.hour < 12 else "p. m.")


def quote_es(replier, parent, iphone=False):
    """How a Spanish-language mail client quotes the message it answers."""
    ps = parent.sender
    t = parent.date.astimezone(replier.tz)
    if replier.style == "outlook":
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        head = ("De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\n%sAsunto: %s"
                % (ps.shown(), DIAS_L[t.weekday()], t.day, MESES_L[t.month - 1], t.year,
                   hora12(t), to, "CC: %s\n" % cc if cc else "", parent.subject))
        return "________________________________\n" + head + "\n\n" + parent.text
    if iphone:
        head = "El %d %s %d, a las %s, %s escribió:" % (
            t.day, MESES[t.month - 1], t.year, hora12(t), ps.shown())
    elif replier.style == "webmail":
        head = "El %s a las %s, %s escribió:" % (t.strftime("%d/%m/%Y"), t.strftime("%H:%M"),
                                                  ps.shown())
    else:
        head = "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
            DIAS[t.weekday()], t.day, MESES[t.month - 1], t.year, t.strftime("%H:%M"),
            ps.name or ps.email, ps.email)
    quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                       for line in parent.text.rstrip("\n").split("\n"))
    return head + "\n" + quoted + "\n"


def build():
    me = Person("Camila Restrepo", "camila.restrepo@example.co", tz=BOG, style="webmail",
                locale="es", msgid_domain="example.co",
                sig="Camila Restrepo Gómez\nUX / Product Designer\n+57 310 555 0187\n"
                    "behance.net/camirestrepo")
    now = dt.datetime(2026, 3, 20, 9, 0, tzinfo=me.tz)
    case = Case(
        "ux-bogota",
        "UX designer in Bogotá (UTC-5 all year) looking for a senior product design role; "
        "Spanish and English mail, New York and Madrid time zones, Feb to Mar 2026",
        {"name": "Camila Restrepo", "emails": [me.email], "phone": "+57 310 555 0187",
         "timezone": BOG},
        now, "")
    case.me = me
    T = lambda s: case.at(s)   # a wall-clock time in Bogotá

    def say(key, sender, to, when, body, parent=None, iphone=False, quote=True, sig=True,
            **kw):
        """Spanish-language clients (Camila's among them) quote in Spanish."""
        es = sender is me or sender.locale == "es"
        if parent and quote and es:
            p = case.by_key[parent]
            text = body.strip("\n") + "\n"
            if sig and sender.sig:
                text += "\n" + sender.sig.strip("\n") + "\n"
            text += "\n" + quote_es(sender, p, iphone)
            return case.add(key, sender, to, when, text, parent=parent, quote=False, sig=False,
                            **kw)
        return case.add(key, sender, to, when, body, parent=parent, quote=quote, sig=sig, **kw)

    # ------------------------------------------------------------------ people
    # Lúmina Salud (Bogotá healthtech)
    valentina = Person("Valentina Ospina", "valentina.ospina@luminasalud.co", tz=BOG, locale="es",
                       sig="Valentina Ospina Marín\nTalent Acquisition Partner | Lúmina Salud\n"
                           "+57 315 555 0142 · luminasalud.co")
    daniela = Person("Daniela Cárdenas", "daniela.cardenas@luminasalud.co", tz=BOG, locale="es",
                     sig="Daniela Cárdenas\nHead of Design · Lúmina Salud")
    # Tandem (Bogotá fintech)
    laura = Person("Laura Quintero", "laura.quintero@tandem.com.co", tz=BOG, locale="es",
                   sig="Laura Quintero\nPeople Partner · Tandem\n+57 301 555 0199")
    laura_cal = Person("Laura Quintero", "laura.quintero@tandem.com.co", tz=BOG, style="gcal",
                       locale="es")
    andres = Person("Andrés Gaviria", "andres.gaviria@tandem.com.co", tz=BOG, locale="es")
    # Pliego (Madrid)
    lucia = Person("Lucía Ferrer", "lucia.ferrer@pliego.es", tz=MAD, locale="es",
                   sig="Lucía Ferrer\nDesign Lead · Pliego\nC/ de Fuencarral 45, 28004 Madrid")
    # Fieldnote (New York)
    megan = Person("Megan Doyle", "megan.doyle@fieldnotehq.com", tz=NYC,
                   sig="Megan Doyle\nSenior Technical Recruiter | Fieldnote\n(646) 555-0173")
    goodtime = Person("Fieldnote Recruiting", "no-reply@goodtime.io", tz=NYC, style="auto",
                      auto=True)
    # Siembra (Bogotá agritech)
    catalina = Person("Catalina Peña", "catalina.pena@siembra.co", tz=BOG, style="outlook",
                      locale="es",
                      sig="Catalina Peña Ruiz\nAnalista de Gestión Humana\nSiembra S.A.S.\n"
                          "Cra. 11 # 93-46, Bogotá D.C.\nTel. +57 601 555 0110")
    # Quipu Labs (New York)
    hannah = Person("Hannah Brooks", "hannah@quipulabs.com", tz=NYC,
                    sig="Hannah Brooks\nTalent Partner, Quipu Labs\nquipulabs.com")
    hannah_cal = Person("Hannah Brooks", "hannah@quipulabs.com", tz=NYC, style="gcal")
    daniel = Person("Daniel Osterberg", "daniel.osterberg@quipulabs.com", tz=NYC)
    priyanka = Person("Priyanka Shah", "priyanka.shah@quipulabs.com", tz=NYC)
    # Casaverde (former boss)
    mauricio = Person("Mauricio Lozano", "mauricio.lozano@casaverde.co", tz=BOG, locale="es")
    # Talento Andino (headhunters)
    paola = Person("Paola Guzmán", "paola.guzman@talentoandino.com.co", tz=BOG, style="outlook",
                   locale="es",
                   sig="Paola Guzmán Rozo\nConsultora Senior | Talento Andino\n"
                       "Cel. +57 312 555 0164\nwww.talentoandino.com.co")
    # Mandala Viajes (Medellín)
    sebastian = Person("Sebastián Vélez", "sebastian.velez@mandalaviajes.com", tz=BOG, locale="es",
                       sig="Sebastián Vélez\nLíder de Diseño · Mandala Viajes\nmandalaviajes.com")
    workday = Person("Andina Air", "andinaair@myworkday.com", tz=BOG, style="auto", auto=True)
    # Loomwork (New York)
    jess = Person("Jess Whitman", "jess@loomwork.io", tz=NYC,
                  sig="Jess Whitman\nHead of Design, Loomwork")
    calendly = Person("Calendly", "notifications@calendly.com", tz=NYC, style="auto", auto=True)
    # Corvo Labs (Madrid, works in English)
    pablo = Person("Pablo Ruiz", "pablo.ruiz@corvolabs.es", tz=MAD, style="outlook",
                   region="eurprd05",
                   sig="Pablo Ruiz\nSenior Product Manager | Corvo Labs\n"
                       "Calle de Alcalá 21, 28014 Madrid")
    eva = Person("Eva Lindgren", "eva.lindgren@corvolabs.es", tz=MAD, style="outlook",
                 region="eurprd05")
    # Cóndor Seguros (Bogotá insurer)
    hernan = Person("Hernán Castaño", "hcastano@condorseguros.com.co", tz=BOG, style="outlook",
                    locale="es",
                    sig="Hernán Castaño Villegas\nGerente de Experiencia Digital\n"
                        "Cóndor Seguros S.A.\nCalle 72 # 10-07, piso 8 · Bogotá\n"
                        "PBX +57 601 555 0300 ext. 4120")
    sala = ("Sala Monserrate - Piso 8", "sala.monserrate@condorseguros.com.co")
    brio = Person("Brio Health Recruiting", "no-reply@us.greenhouse-mail.io", tz=NYC,
                  style="auto", auto=True, msgid_domain="greenhouse-mail.io")

    # Noise
    mama = Person("Gloria Gómez", "gloriagomez.58@hotmail.com", tz=BOG, style="outlook",
                  locale="es", sig="Enviado desde mi Galaxy")
    mariana = Person("Mariana Téllez", "marianatellez.g@gmail.com", tz=BOG, locale="es")
    banco = Person("Bancolombia", "alertasynotificaciones@an.notificacionesbancolombia.com",
                   tz=BOG, style="auto", auto=True)
    eps = Person("EPS Vivir Salud", "citas@vivirsalud.com.co", tz=BOG, style="auto", auto=True)
    yoga = Person("Prana Yoga Usaquén", "hola@pranayoga.co", tz=BOG, style="auto",
                  msgid_domain="mail.pranayoga.co")
    rappi = Person("Rappi", "no-reply@rappi.com", tz=BOG, style="auto", auto=True)
    computrabajo = Person("Computrabajo", "alertas@computrabajo.com.co", tz=BOG, style="auto",
                          auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", tz=BOG,
                      style="auto", auto=True)
    claro = Person("Claro Colombia", "facturaelectronica@claro.com.co", tz=BOG, style="auto",
                   auto=True)
    edificio = Person("Administración Torres de la 85", "admon.torres85@gmail.com", tz=BOG,
                      locale="es")
    uxc = Person("UX Collective", "newsletter@uxdesign.cc", tz="UTC", style="auto",
                 msgid_domain="mail.uxdesign.cc")
    figma = Person("Figma", "hello@figma.com", tz="America/Los_Angeles", style="auto",
                   msgid_domain="email.figma.com")
    # Cardumen Estudio, the agency where Camila is a contractor
    sofia = Person("Sofía Beltrán", "sofia@cardumen.co", tz=BOG, locale="es",
                   sig="Sofía Beltrán\nDirectora de Diseño · Cardumen Estudio")
    sofia_cal = Person("Sofía Beltrán", "sofia@cardumen.co", tz=BOG, style="gcal", locale="es")
    julian = Person("Julián Prieto", "julian@cardumen.co", tz=BOG, locale="es",
                    sig="Julián Prieto\nProject Manager · Cardumen Estudio")
    admin = Person("Administrativo Cardumen", "administrativo@cardumen.co", tz=BOG, locale="es",
                   sig="Andrea Castillo\nAsistente Administrativa y Contable\nCardumen Estudio S.A.S.")
    ricardo = Person("Ricardo Moreno", "rmoreno@bancocima.com.co", tz=BOG, style="outlook",
                     locale="es",
                     sig="Ricardo Moreno Salas\nGerente de Canales Digitales\nBanco Cima")
    tomas = Person("Tomás Herrera", "tomasherrera.dg@gmail.com", tz=BOG, locale="es")

    # ============================================================ JOB SEARCH
    # ---- Lúmina Salud: portfolio review with two designers, recruiter not on the call
    say("lum1", valentina, [me], T("2026-03-09 09:14"), """
Hola Camila, ¿cómo estás?

Te saluda Valentina, del equipo de Talento de Lúmina Salud. Recibimos tu hoja de vida para la vacante de Senior Product Designer y al equipo de diseño le encantó tu caso de la app de telemedicina.

El siguiente paso es una revisión de portafolio de una hora con dos diseñadoras del equipo:

- Daniela Cárdenas (daniela.cardenas@luminasalud.co), Head of Design
- Juliana Mejía (juliana.mejia@luminasalud.co), Product Designer Sr.

Ellas dos te van a guiar en la sesión. Yo no estaré en la llamada, pero cualquier cosa antes o después me escribes a mí.

¿Te queda bien el jueves a las 3 p. m.? Si no, dime dos o tres horarios que te sirvan esta semana y lo cuadramos.

¡Un abrazo!
""", subject="Senior Product Designer – Lúmina Salud | Revisión de portafolio")
    say("lum2", me, [valentina], T("2026-03-09 11:02"), """
Hola Valentina, ¡qué buena noticia!

El jueves 12 a las 3:00 p. m. me queda perfecto. Quedo atenta a la invitación.

Saludos,
""", parent="lum1")
    say("lum3", valentina, [me], T("2026-03-09 11:40"), """
Listo Camila, te agendo entonces:

Jueves 12/03/2026, 3:00 p. m. a 4:00 p. m. (hora Colombia)
Google Meet: meet.google.com/xvr-hqmd-tpa

La idea es que presentes dos casos (unos 20 minutos cada uno) y el resto es conversación con Daniela y Juliana. Puedes compartir pantalla desde Figma sin problema.

¡Éxitos!
""", parent="lum2")
    say("lum4", valentina, [me], T("2026-03-13 16:20"), """
Hola Camila, ¡feliz viernes!

Daniela y Juliana me contaron que la revisión estuvo muy bien. Estamos terminando de ver a los otros candidatos y te estaremos contactando la próxima semana con la decisión sobre el siguiente paso.

Buen fin de semana,
""", parent="lum3")
    say("lum5", me, [valentina], T("2026-03-13 17:05"), """
¡Hola Valentina! Qué bueno saberlo. Quedo muy atenta.

Buen fin de semana para ti también.
""", parent="lum4", sig=False)
    # thank-you to Daniela only, in a new thread
    say("lumthx1", me, [daniela], T("2026-03-13 08:40"), """
Hola Daniela,

Thank you por el espacio de ayer y por las preguntas tan buenas sobre el flujo de agendamiento de citas. Me quedé pensando en lo que dijiste de los pacientes que llegan desde WhatsApp: me parece un reto precioso.

Tres cosas que creo que podría aportarle a Lúmina:
• Cinco años diseñando productos de salud y seguros, con investigación con usuarios en Bogotá y Medellín.
• Experiencia armando y manteniendo un design system desde cero.
• Trabajo muy cercano con desarrollo y negocio, sin perder la voz del paciente.

Me encantaría seguir en el proceso. Gracias de nuevo por tu tiempo.
""", subject="Thank you – revisión de portafolio")
    say("lumthx2", daniela, [me], T("2026-03-13 12:10"), """
¡Hola Camila! Gracias a ti, disfrutamos mucho la sesión. Valentina te va a contar los siguientes pasos.

¡Un abrazo!
""", parent="lumthx1")

    # ---- Tandem: call in English with Andrés; promise relayed by Laura
    say("tan1", laura, [me], T("2026-02-24 10:30"), """
Hola Camila, ¿qué tal?

Soy Laura, People Partner en Tandem. Andrés Gaviria, nuestro Head of Product Design, vio tu caso de onboarding para Banco Cima en Behance y quiere conocerte para la posición de Product Designer Sr.

Un detalle: el equipo de producto trabaja en inglés (tenemos gente en Ciudad de México y en Austin), así que la conversación con Andrés será en inglés.

¿Tienes disponibilidad la próxima semana para una llamada de 45 minutos? Cuéntame qué días y horas te sirven.

Saludos,
""", subject="Tandem | Product Designer Sr – conversación con Andrés")
    say("tan2", me, [laura], T("2026-02-24 13:15"), """
Hola Laura, ¡qué bien! Con mucho gusto.

La próxima semana me sirven el martes 3 en la tarde (después de las 2 p. m.) o el jueves 5 en la mañana, de 9:00 a 11:30 a. m.

Saludos,
""", parent="tan1")
    tan_inv = make_ics(
        method="REQUEST", uid=uid_google("tandem", "andres"), stamp=T("2026-02-25 09:01"),
        start=T("2026-03-05 10:00"), end=T("2026-03-05 10:45"),
        summary="Tandem – Camila Restrepo <> Andrés Gaviria (Product Designer Sr)",
        organizer=laura_cal, tzid=BOG,
        attendees=[(andres, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/pje-wxna-kci",
        description="Primera conversación para Product Designer Sr. con Andrés Gaviria "
                    "(Head of Product Design). La llamada es en inglés. Laura solo organiza, "
                    "no se conecta.\n\nUnirse con Google Meet: https://meet.google.com/pje-wxna-kci")
    say("taninv", laura_cal, [me], T("2026-02-25 09:01"), """
Has recibido una invitación para el siguiente evento.

Tandem – Camila Restrepo <> Andrés Gaviria (Product Designer Sr)
Cuándo: jueves, 5 mar 2026 10:00 – 10:45 (hora de Colombia)
Información para unirse: meet.google.com/pje-wxna-kci
Invitados:
• Laura Quintero - organizador
• andres.gaviria@tandem.com.co
• camila.restrepo@example.co

Primera conversación para Product Designer Sr. con Andrés Gaviria (Head of Product Design). La llamada es en inglés. Laura solo organiza, no se conecta.

¿Vas a asistir?   Sí - Quizás - No

Invitación de Google Calendar
""", subject="Invitación: Tandem – Camila Restrepo <> Andrés Gaviria (Product Designer Sr) @ "
             "jue 5 mar 2026 10am - 10:45am (GMT-5) (camila.restrepo@example.co)",
        ics=tan_inv, headers=GCAL, sig=False)
    say("tan3", laura, [me], T("2026-02-25 09:05"), """
Perfecto Camila, quedamos el jueves 5 de marzo a las 10:00 a. m. Te acabo de enviar la invitación de Google Calendar con el link de Meet.
""", parent="tan2", sig=False)
    say("tanthx1", me, [andres], T("2026-03-05 15:10"), """
Hi Andrés,

Thank you for taking the time to talk with me this morning. I really enjoyed hearing how Tandem is rethinking credit for small shop owners, and the story about the tiendas de barrio pilot stuck with me.

A few reasons I think I'd be a good fit:
- I've designed lending and onboarding flows for Banco Cima's app, from research to handoff.
- I'm comfortable running research in Spanish with users who are new to digital banking and bringing it back to an English-speaking team.
- I enjoy building design systems that engineering actually uses.

I'm very interested in the role and I'll keep an eye out for next steps with Laura. Thanks again for your time.
""", subject="Thank you for today's conversation")
    say("tanthx2", andres, [me], T("2026-03-05 18:02"), """
Thanks Camila, it was a great chat on my side too. Laura will be in touch about next steps.

Andrés
""", parent="tanthx1")
    say("tan4", laura, [me], T("2026-03-09 11:45"), """
Hola Camila, ¡buen inicio de semana!

Andrés me pidió que te dijera que quedó muy contento con la conversación del jueves y que te da respuesta sobre el siguiente paso (un caso práctico con el equipo) a más tardar el miércoles 11 de marzo. Esta semana él está en Medellín con el equipo de riesgo, por eso me pidió que te escribiera yo.

Cualquier cosa, aquí estoy.
""", parent="tan3")
    say("tan5", me, [laura], T("2026-03-09 12:30"), """
¡Hola Laura! Qué buena noticia, gracias por contarme. Quedo atenta al miércoles.

Saludos,
""", parent="tan4")

    # ---- Pliego (Madrid): moved by a two-word reply, now after `now`
    say("pli1", lucia, [me], T("2026-03-06 07:20"), """
Hola, Camila:

Soy Lucía Ferrer, Design Lead en Pliego. Estamos ampliando el equipo de diseño con perfiles en remoto desde Latinoamérica y tu portfolio nos ha llamado mucho la atención, sobre todo el trabajo de accesibilidad en la app de Banco Cima.

¿Te apetecería tener una primera videollamada conmigo? Te propongo el miércoles 18 de marzo a las 16:00 (hora de Madrid), que si no me equivoco son las 10:00 en Bogotá. Serían unos 45 minutos.

Un saludo,
""", subject="Pliego – Product Designer (remoto LATAM)")
    say("pli2", me, [lucia], T("2026-03-06 09:10"), """
Hola Lucía, ¡mucho gusto!

Me encantaría. El miércoles 18 a las 10:00 a. m. hora Colombia (16:00 en Madrid) me queda perfecto.

Quedo atenta,
""", parent="pli1")
    say("pli3", lucia, [me], T("2026-03-06 10:45"), """
¡Genial! Te dejo el enlace de Meet para el miércoles: https://meet.google.com/ufa-zpck-ret

Hasta entonces,
Lucía
""", parent="pli2", sig=False)
    say("pli4", lucia, [me], T("2026-03-16 06:30"), """
Hola de nuevo, Camila:

Te escribo con un poco de apuro: nos ha caído un offsite con dirección justo el miércoles y no voy a poder conectarme. Lo siento muchísimo.

¿Te iría bien el jueves 26 o el viernes 27, a la misma hora (16:00 en Madrid / 10:00 en Bogotá)?

Mil disculpas,
""", parent="pli3")
    say("pli5", me, [lucia], T("2026-03-16 07:02"), """
Jueves perfecto

Enviado desde mi iPhone
""", parent="pli4", sig=False, iphone=True)
    say("pli6", lucia, [me], T("2026-03-16 08:15"), """
¡Perfecto! Pues jueves 26 de marzo, 16:00 en Madrid (10:00 en Bogotá), con el mismo enlace de Meet. Gracias por la flexibilidad.

Un abrazo,
Lucía
""", parent="pli5", sig=False)

    # ---- Fieldnote (New York): screen thanked, interviewer no-show, rescheduled
    say("fn1", megan, [me], T("2026-02-23 14:10"), """
Hi Camila,

I'm a recruiter at Fieldnote, a field-service scheduling platform based in New York. We're hiring a Senior Product Designer to work with our mobile team, fully remote from Latin America, and your work on the Banco Cima app caught my eye.

Would you be open to a 30-minute call this week or next? I'm on Eastern Time; happy to work around your schedule.

Best,
""", subject="Senior Product Designer (Remote – LatAm) at Fieldnote")
    say("fn2", me, [megan], T("2026-02-23 16:45"), """
Hi Megan,

Thanks for reaching out! I'd be happy to talk. Friday the 27th works well for me anytime between 9 am and 1 pm (Bogotá is on the same time as New York right now).

Best,
""", parent="fn1")
    say("fn3", megan, [me], T("2026-02-24 09:30"), """
Great, let's do Friday 2/27 at 11:00 AM ET. I'll call you on WhatsApp at +57 310 555 0187 unless you'd prefer Zoom.

Talk soon,
Megan
""", parent="fn2", sig=False)
    say("fn4", me, [megan], T("2026-02-27 12:05"), """
Hi Megan,

Thank you for the call this morning, and for walking me through how the design team works with the field techs. It sounds like exactly the kind of problem I love: messy real-world workflows on a small screen.

Looking forward to talking with Ryan.

Best,
""", parent="fn3")
    say("fn5", megan, [me], T("2026-03-03 10:05"), """
Hi Camila, you'll get a confirmation from GoodTime in a minute for your interview with Ryan on Tuesday 3/10. Heads up that we switch to daylight time this Sunday, so 11:00 AM ET will be 10:00 AM for you.

Megan
""", parent="fn4", sig=False)
    gt_text = """
Hi Camila,

Your interview with Fieldnote is confirmed.

Position: Senior Product Designer (Remote – LatAm)
Date: Tuesday, {date}
Time: {time} (EDT, America/New_York)
Format: Video (Zoom)
Join: https://fieldnote.zoom.us/j/8841207733

Interviewer:
Ryan Kessler, Design Manager – ryan.kessler@fieldnotehq.com

What to expect: a 45-minute conversation about one or two projects you're proud of. No preparation needed beyond your portfolio.

Need to reschedule? Reply to your recruiter, Megan Doyle (megan.doyle@fieldnotehq.com).

Powered by GoodTime
"""
    t1 = gt_text.format(date="03/10/2026", time="11:00 AM – 11:45 AM")
    say("gt1", goodtime, [me], T("2026-03-03 10:07"), t1,
        subject="Interview Confirmation: Senior Product Designer – Fieldnote",
        html=html_of(t1, "Interview Confirmation"), headers=AUTO, reply_to=megan)
    say("fn6", me, [megan], T("2026-03-10 10:16"), """
Hi Megan,

Sorry to bother you: I've been in the Zoom room since 11:00 ET (10:00 my time) and Ryan hasn't joined yet. Just checking that I have the right link (fieldnote.zoom.us/j/8841207733). I'll stay on until 11:30 ET in case he's running late.

Camila
""", parent="fn5", sig=False)
    say("fn7", megan, [me], T("2026-03-10 10:48"), """
Camila, I'm so sorry. Ryan got pulled into a production incident and never saw his calendar reminder. That's on us, and I know you blocked the time.

I'll get you a few new options by Thursday.

Megan

Sent from my iPhone
""", parent="fn6", sig=False)
    say("fn8", megan, [me], T("2026-03-11 14:20"), """
Hi Camila, Ryan asked me to pass along his apologies as well. Here are some new times (all Eastern):

- Mon 3/23, 1:00 PM
- Tue 3/24, 10:00 AM
- Wed 3/25, 3:30 PM

Let me know what works.
""", parent="fn7")
    say("fn9", me, [megan], T("2026-03-11 15:02"), """
Hi Megan,

No worries at all, these things happen. Tuesday 3/24 at 10:00 AM ET (9:00 AM for me) works great. Monday the 23rd is a holiday here, so that one would have been tricky anyway.

Best,
""", parent="fn8")
    say("fn10", megan, [me], T("2026-03-11 15:30"), """
Booked! A new confirmation is coming from GoodTime.

Megan
""", parent="fn9", sig=False)
    t2 = gt_text.format(date="03/24/2026", time="10:00 AM – 10:45 AM")
    say("gt2", goodtime, [me], T("2026-03-11 15:33"), t2,
        subject="Interview Confirmation (Rescheduled): Senior Product Designer – Fieldnote",
        html=html_of(t2, "Interview Confirmation"), headers=AUTO, reply_to=megan)

    # ---- Siembra: interview agreed in words, no thank-you, gentle rejection
    say("sie1", catalina, [me], T("2026-03-02 08:40"), """
Buenos días, Camila:

Reciba un cordial saludo de parte del equipo de Gestión Humana de Siembra S.A.S.

Su hoja de vida fue preseleccionada para el cargo de Diseñador(a) de Producto Senior. Por tal motivo, queremos invitarla a una entrevista virtual con Felipe Arango, Líder de Producto, el próximo lunes 09/03/2026 a las 10:00 a. m., con una duración aproximada de una hora.

Enlace de la reunión: meet.google.com/hob-tdxk-wae

Si tiene algún inconveniente con el horario, puede escribirle directamente a Felipe (felipe.arango@siembra.co) o a mí.

Agradecemos confirmar su asistencia.

Cordialmente,
""", subject="Entrevista – Diseñador(a) de Producto Senior | Siembra")
    say("sie2", me, [catalina], T("2026-03-02 09:30"), """
Buenos días, Catalina.

Confirmo mi asistencia a la entrevista del lunes 09/03 a las 10:00 a. m. Muchas gracias por la invitación.

Cordialmente,
""", parent="sie1")
    say("sie3", catalina, [me], T("2026-03-09 16:30"), """
Camila, buenas tardes:

Muchas gracias por su tiempo en la entrevista de hoy. Felipe y el equipo terminarán de revisar los perfiles finalistas y le daremos una respuesta a más tardar el viernes 20 de marzo.

Cordialmente,
""", parent="sie2")
    say("sie4", catalina, [me], T("2026-03-17 11:15"), """
Hola, Camila:

Queremos agradecerle de corazón el tiempo y la dedicación que le puso a este proceso. Felipe destacó especialmente su manera de explicar las decisiones de diseño.

Después de pensarlo mucho, decidimos continuar con otra persona cuyo recorrido se ajusta un poco más a lo que el equipo necesita en este momento, sobre todo en producto para el sector agrícola. No fue una decisión fácil.

Nos encantaría seguir en contacto y tenerla en cuenta para futuras vacantes; con su autorización, guardaremos su hoja de vida en nuestra base de datos.

Le deseamos muchos éxitos,
""", parent="sie3")
    say("sie5", me, [catalina], T("2026-03-17 12:40"), """
Hola Catalina,

Gracias por avisarme y por compartirme los comentarios de Felipe. Claro que sí, pueden conservar mi hoja de vida; me encantaría saber de futuras vacantes.

Saludos,
""", parent="sie4")

    # ---- Quipu Labs (New York): screen, panel of two (one thanked), offer
    say("qp1", hannah, [me], T("2026-02-13 11:20"), """
Hi Camila,

I'm Hannah, I lead design and product recruiting at Quipu Labs. We build payments infrastructure for small businesses across Latin America (Colombia is our second-biggest market), and we're looking for a Senior Product Designer for our merchant dashboard.

I loved your accessibility case study. Would you have 30 minutes next week for an intro call?

Hannah
""", subject="Quipu Labs – Senior Product Designer", sig=False)
    say("qp2", me, [hannah], T("2026-02-13 14:00"), """
Hi Hannah,

Thank you, I'd love to. Tuesday the 17th or Wednesday the 18th in the morning would work for me (I'm in Bogotá, on the same time as ET for now).

Best,
""", parent="qp1")
    say("qp3", hannah, [me], T("2026-02-13 15:10"), """
Tuesday 2/17 at 10am ET it is. I'll send a Zoom link. Talk then!
""", parent="qp2")
    say("qp4", me, [hannah], T("2026-02-17 11:05"), """
Hi Hannah,

Thank you for the great conversation this morning and for being so clear about the process and the range. I'm very excited about the merchant dashboard work.

Attached is the PDF version of my portfolio you asked for.

Best,
""", parent="qp3", attachments=[("Camila_Restrepo_Portfolio_2026.pdf", "application/pdf", make_pdf([
        "Camila Restrepo - Portfolio 2026", "UX / Product Designer, Bogota",
        "1. Banco Cima app: onboarding and lending", "2. Telemedicine app: booking flow",
        "3. Design system from scratch", "camila.restrepo@example.co - +57 310 555 0187"]))])
    say("qp5", hannah, [me], T("2026-02-19 09:45"), """
Hi Camila! Great news: the team would like to move you to the final round. It's a 90-minute virtual panel with Daniel (VP Design) and Priyanka (Staff Engineer). Could you do Tuesday 3/10, early afternoon ET? I'll send the invite once you confirm.
""", parent="qp4")
    say("qp6", me, [hannah], T("2026-02-19 11:30"), """
Hi Hannah, wonderful! Tuesday 3/10 works, any time between 12 and 4 pm ET.
""", parent="qp5", sig=False)
    qp_desc = ("Final round for Senior Product Designer (merchant dashboard).\n\n"
               "Agenda (90 min):\n"
               "- 45 min: portfolio deep dive with Daniel Osterberg (VP Design)\n"
               "- 45 min: product & engineering collaboration with Priyanka Shah (Staff Engineer)\n\n"
               "Hannah Brooks (Recruiting) set this up and won't be on the call.\n\n"
               "Join Zoom Meeting: https://quipulabs.zoom.us/j/93318870214")
    qp_inv = make_ics(
        method="REQUEST", uid=uid_google("quipu", "final"), stamp=T("2026-02-20 10:00"),
        start=T("2026-03-10 12:00"), end=T("2026-03-10 13:30"),
        summary="Quipu Labs – Final round: Camila Restrepo", organizer=hannah_cal, tzid=NYC,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (daniel, "ACCEPTED", "INDIVIDUAL"),
                   (priyanka, "ACCEPTED", "INDIVIDUAL")],
        location="https://quipulabs.zoom.us/j/93318870214", description=qp_desc)
    say("qpinv", hannah_cal, [me], T("2026-02-20 10:00"), """
You have been invited to the following event.

Quipu Labs – Final round: Camila Restrepo
When: Tuesday Mar 10, 2026 1pm – 2:30pm Eastern Time - New York
Joining info: https://quipulabs.zoom.us/j/93318870214
Who:
• Hannah Brooks - organizer
• camila.restrepo@example.co
• daniel.osterberg@quipulabs.com
• priyanka.shah@quipulabs.com

""" + qp_desc + """

Going (camila.restrepo@example.co)?   Yes - Maybe - No

Invitation from Google Calendar
""", subject="Invitation: Quipu Labs – Final round: Camila Restrepo @ Tue Mar 10, 2026 "
             "1pm - 2:30pm (EDT) (camila.restrepo@example.co)",
        ics=qp_inv, headers=GCAL, sig=False)
    say("qpthx1", me, [daniel], T("2026-03-10 16:05"), """
Hi Daniel,

Thank you for the deep dive today. I really enjoyed walking you through the Banco Cima design system, and your question about how I'd handle payment disputes in the merchant dashboard has stayed with me all afternoon.

Three things I'd bring to Quipu:
- Years of designing money flows for Colombian users, including people opening their first account.
- A habit of prototyping with engineers early instead of handing over specs.
- Comfort presenting to leadership and defending decisions with research.

I'm excited about this role and will check in with Hannah on next steps. Thanks again for your time and consideration.
""", subject="Thank you – final round today")
    say("qpthx2", daniel, [me], T("2026-03-10 16:40"), """
Thanks Camila, I enjoyed it too. Hannah will be in touch soon.

Sent from my iPhone
""", parent="qpthx1")
    say("qp7", hannah, [me], T("2026-03-12 09:10"), """
Hi Camila, quick update: the team is wrapping up final rounds with the last two candidates this week, and we'll have an update for you early next week. Thanks for your patience!
""", parent="qp6")
    say("qp8", me, [hannah], T("2026-03-12 10:30"), """
Thanks for the update, Hannah! Talk soon.
""", parent="qp7", sig=False)
    say("qpo1", hannah, [me], T("2026-03-17 13:30"), """
Hi Camila,

I'm thrilled to share that the team would like to offer you the Senior Product Designer role at Quipu Labs! Everyone who met you was impressed, and Daniel especially wants you on the merchant dashboard.

Your offer letter is attached. In short: USD 78,000 a year as a full-time contractor through our employer-of-record partner, 0.08% in stock options, and a yearly home-office budget.

We'd love to have your answer by Friday, March 27. If you want to talk any of it through, I'm happy to jump on a call.

Congratulations!
""", subject="Offer – Senior Product Designer, Quipu Labs",
        attachments=[("Quipu_Labs_Offer_Letter_Camila_Restrepo.pdf", "application/pdf", make_pdf([
            "Quipu Labs - Offer Letter", "Camila Restrepo, Bogota, Colombia",
            "Position: Senior Product Designer", "Compensation: USD 78,000 per year",
            "Equity: 0.08% in stock options, 4-year vesting, 1-year cliff",
            "Please respond by March 27, 2026"]))])
    say("qpo2", me, [hannah], T("2026-03-17 18:20"), """
Hi Hannah,

Thank you so much! This is such great news. I'd like a few days to review the letter. Could you also send me details on the health coverage through the employer of record and how the options vest?

Best,
""", parent="qpo1")
    say("qpo3", hannah, [me], T("2026-03-17 18:45"), """
Of course! I'll send you the benefits guide and the equity FAQ by tomorrow.

Hannah
""", parent="qpo2", sig=False)
    say("qpo4", hannah, [me], T("2026-03-18 11:10"), """
Hi Camila, as promised, here's the benefits guide (health coverage is through our EOR partner, dental included) and the equity FAQ. Standard four-year vesting with a one-year cliff. Shout if anything's unclear!
""", parent="qpo3", attachments=[("Quipu_Benefits_and_Equity_FAQ.pdf", "application/pdf", make_pdf([
        "Quipu Labs - Benefits guide and equity FAQ (Colombia)",
        "Health: private plan through our EOR partner, dental included",
        "Equity: 4-year vesting, 1-year cliff, monthly thereafter"]))])

    # ---- Mauricio (former boss, now at Casaverde): a tinto, never thanked after
    say("mau1", me, [mauricio], T("2026-03-10 19:30"), """
Mauro, ¡hola! ¿Cómo vas? Hace rato no sé de ti.

Te cuento que estoy empezando a mirar opciones por fuera de Cardumen, algo más de producto y menos de agencia, y me encantaría pedirte consejo. Vi que en Casaverde están creciendo el equipo.

¿Te provoca un tinto esta semana o la otra? Yo me acomodo a tu agenda.

Un abrazo,
Cami
""", subject="¿Un tinto?", sig=False)
    say("mau2", mauricio, [me], T("2026-03-11 06:55"), """
Cami!! Qué alegría. Claro que sí. ¿Te sirve el martes 17 a las 7:30 a. m. en el Juan Valdez de la 93? Así alcanzo a llegar a la oficina.

Enviado desde mi iPhone
""", parent="mau1", sig=False, iphone=True)
    say("mau3", me, [mauricio], T("2026-03-11 08:10"), """
¡Hecho! Martes 17, 7:30 a. m. en la 93. Thank you, Mauro 🙌
""", parent="mau2", sig=False)
    say("mau4", mauricio, [me], T("2026-03-17 10:20"), """
Cami, qué bueno verte, de verdad. Como te dije, la líder de diseño de producto es Ana María Zuluaga: anamaria.zuluaga@casaverde.co. Ya le comenté de ti, escríbele con confianza y me copias.

Enviado desde mi iPhone
""", parent="mau3", sig=False, iphone=True)

    # ---- Talento Andino: headhunter, call (stale), promise with other candidates
    say("ta1", paola, [me], T("2026-02-26 15:40"), """
Buenas tardes Camila,

Mi nombre es Paola Guzmán, consultora senior de Talento Andino. Estamos acompañando a un cliente del sector retail, con sede en Bogotá, en la búsqueda de un(a) Lead Product Designer para su equipo de canales digitales (modalidad híbrida, dos días en oficina).

Por confidencialidad aún no puedo compartir el nombre de la compañía, pero me encantaría contarte más detalles por teléfono. ¿Tendrías 30 minutos la próxima semana?

Quedo atenta,
""", subject="Oportunidad confidencial – Lead Product Designer (sector retail)")
    say("ta2", me, [paola], T("2026-02-26 18:20"), """
Hola Paola, gracias por pensar en mí. Sí, me interesa conocer más.

El miércoles 4 de marzo en la mañana me queda bien.

Saludos,
""", parent="ta1")
    say("ta3", paola, [me], T("2026-02-27 08:15"), """
Perfecto Camila, te llamo el miércoles 4 a las 10:00 a. m. a tu celular. ¡Hablamos!
""", parent="ta2")
    say("ta4", paola, [me], T("2026-03-04 15:20"), """
Camila, gracias de nuevo por tu tiempo esta mañana.

Hoy mismo presento tu perfil al cliente. Te cuento con total transparencia que estamos viendo otros tres perfiles para esta posición, dos de ellos con experiencia en retail. Te cuento a más tardar el martes 10/03 si pasas a la entrevista con ellos.

Un saludo,
""", parent="ta3")
    say("ta5", me, [paola], T("2026-03-04 16:02"), """
Perfecto Paola, quedo atenta. Te adjunto la versión en PDF de mi portafolio por si la necesitas para la presentación.

Saludos,
""", parent="ta4", attachments=[("Portafolio_CamilaRestrepo.pdf", "application/pdf", make_pdf([
        "Camila Restrepo - Portafolio", "UX / Product Designer", "Bogota, Colombia"]))])

    # ---- Mandala Viajes: a design challenge to send by a date (an ask of her)
    say("man1", sebastian, [me], T("2026-03-02 14:05"), """
Hola Camila, ¿qué más?

Soy Sebastián, líder de diseño en Mandala Viajes. Revisamos tu postulación para Product Designer Sr y nos gustaría que pasaras a la siguiente etapa: un reto de diseño corto (calculamos entre 4 y 6 horas de trabajo).

Te adjunto el enunciado. El reto es sobre el flujo de cambio de fecha de un tiquete desde la app.

Lo ideal es que nos lo envíes a más tardar el viernes 13/03/2026 a este mismo correo, en PDF o link de Figma con acceso de lectura.

Cualquier duda me escribes por acá.

Saludos desde Medellín,
""", subject="Reto de diseño – Product Designer Sr | Mandala Viajes",
        attachments=[("Reto_Diseno_ProductDesignerSr_Mandala.pdf", "application/pdf", make_pdf([
            "Mandala Viajes - Reto de diseno", "Product Designer Sr",
            "Redisena el flujo de cambio de fecha de un tiquete en la app.",
            "Entrega: PDF o Figma, a mas tardar el 13/03/2026."]))])
    say("man2", me, [sebastian], T("2026-03-02 16:30"), """
Hola Sebastián, ¡recibido! Muchas gracias. Te lo envío antes del viernes 13.

Saludos,
""", parent="man1")
    say("man3", me, [sebastian], T("2026-03-12 22:14"), """
Hola Sebastián,

Te comparto mi propuesta para el reto de cambio de fecha:

- Figma (solo lectura): figma.com/file/Mq7hTzLw/Mandala-Reto-Camila
- PDF adjunto con el resumen del proceso y las decisiones.

Me enfoqué en que la persona vea el costo del cambio antes de elegir la nueva fecha y en el caso de quien viaja con niños.

Quedo atenta a tus comentarios.

Saludos,
""", parent="man2", attachments=[("Reto_Mandala_CamilaRestrepo.pdf", "application/pdf", make_pdf([
        "Reto Mandala Viajes - Camila Restrepo", "Cambio de fecha de tiquete",
        "1. Hallazgos", "2. Flujo propuesto", "3. Decisiones y siguientes pasos"]))])

    # ---- Andina Air: Workday acknowledgement
    wd_text = """
Hola Camila,

Gracias por tu interés en Andina Air. Recibimos tu postulación para el cargo Diseñador(a) de Producto Senior – Canales Digitales (Req. R-2026-0417).

Nuestro equipo de Talento revisará tu perfil y, si continúas en el proceso, te contactaremos en un plazo máximo de 10 días hábiles.

Puedes consultar el estado de tu postulación en cualquier momento en nuestro portal de empleo.

Atentamente,
Equipo de Adquisición de Talento
Andina Air

Este es un mensaje automático. Por favor no respondas a este correo.
"""
    say("wd1", workday, [me], T("2026-02-20 10:02"), wd_text,
        subject="Recibimos tu postulación – Diseñador(a) de Producto Senior (R-2026-0417)",
        html=html_of(wd_text, "Andina Air"), html_only=True, headers=AUTO)

    # ---- Brio Health: Greenhouse acknowledgement and automated rejection
    say("brio1", brio, [me], T("2026-02-16 12:31"), """
Hi Camila,

Thanks for applying to the Senior Product Designer, Patient Experience role at Brio Health. Our team will review your application and reach out if there's a fit.

Best,
The Brio Health Talent Team
""", subject="Thank you for applying to Brio Health", headers=AUTO)
    say("brio2", brio, [me], T("2026-03-04 17:02"), """
Hi Camila,

Thank you for your interest in Brio Health. After careful review, we've decided to move forward with other candidates whose experience more closely matches our needs for this role.

We'll keep your information on file and wish you the best in your search.

The Brio Health Talent Team
""", parent="brio1", headers=AUTO, quote=False)

    # ---- Loomwork (New York): intro call via Calendly, never thanked after
    say("loom1", jess, [me], T("2026-03-11 15:20"), """
Hi Camila,

I'm the Head of Design at Loomwork (we make scheduling software for textile and garment workshops; lots of our customers are in Medellín and Bogotá). A friend of yours, Simón Arias, says good things about you and suggested I reach out.

We're not formally hiring yet, but I expect to open a senior product design role next quarter and I'd love to get to know you before then. Would you have 30 minutes for an intro call? You can grab any time here: calendly.com/jess-loomwork/intro

I'm in New York.

Best,
""", subject="Loomwork – a design conversation?")
    cal_text = """
Hi Camila Restrepo,

A new event has been scheduled.

Event Type: Intro call (30 min)
Host: Jess Whitman
Invitee: Camila Restrepo
Event Date/Time: 1:00pm - 1:30pm (Bogota, Lima, Quito, Rio Branco) on Monday, March 16, 2026
Location: Google Meet (the link will be in your calendar event)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7c1e0f2a
Reschedule: https://calendly.com/reschedulings/7c1e0f2a

Powered by Calendly.com
"""
    say("loomcal", calendly, [me], T("2026-03-11 17:43"), cal_text,
        subject="Confirmed: Intro call with Jess Whitman on Monday, March 16, 2026",
        html=html_of(cal_text, "Confirmed"), headers=AUTO)
    say("loom2", me, [jess], T("2026-03-11 17:45"), """
Hi Jess,

Thank you for reaching out, and what a nice surprise that Simón put us in touch! I just booked Monday the 16th at 1:00 pm my time (2:00 pm in New York).

Looking forward to it,
""", parent="loom1")

    # ---- Corvo Labs (Madrid, in English): panel of two, one group thank-you, promise
    say("cor1", pablo, [me], T("2026-03-04 09:30"), """
Hi Camila,

Thanks for your application to the Senior Product Designer role. We'd like to invite you to a one-hour panel interview over Teams with two of us:

- Eva Lindgren (eva.lindgren@corvolabs.es), Design Director
- Pablo Ruiz (me), Senior Product Manager

Could you do Thursday 12 March at 17:00 Madrid time? I believe that's 11:00 for you in Bogotá. If not, Friday 13 March at the same time also works.

We work in English day to day, so the interview will be in English.

Best regards,
""", subject="Corvo Labs – Senior Product Designer: panel interview")
    say("cor2", me, [pablo], T("2026-03-04 10:15"), """
Hi Pablo,

Thursday 12 March at 17:00 Madrid (11:00 Bogotá) works perfectly. Looking forward to meeting you and Eva.

Best regards,
""", parent="cor1")
    cor_desc = ("Panel interview – Senior Product Designer\n"
                "Camila Restrepo with Eva Lindgren (Design Director) and Pablo Ruiz "
                "(Senior Product Manager)\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Click here to join the meeting\nMeeting ID: 384 219 557 106\nPasscode: vB7kQ3\n"
                "________________________________________________________________________________")
    cor_inv = make_ics(
        method="REQUEST", uid=uid_outlook("corvo", "panel"), stamp=T("2026-03-04 09:45"),
        start=T("2026-03-12 11:00"), end=T("2026-03-12 12:00"),
        summary="Corvo Labs | Panel interview – Camila Restrepo", organizer=pablo,
        tzid="Romance Standard Time",
        attendees=[(eva, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting", description=cor_desc,
        prodid="Microsoft Exchange Server 2010")
    say("corinv", pablo, [me], T("2026-03-04 09:45"), cor_desc,
        subject="Corvo Labs | Panel interview – Camila Restrepo", cc=[eva], ics=cor_inv,
        ics_mode="outlook", sig=False)
    say("cor3", me, [pablo, eva], T("2026-03-12 14:40"), """
Hi Eva and Pablo,

Thank you both for the conversation this morning (well, afternoon for you). I enjoyed hearing how Corvo is moving its warehouse tools from desktop to tablets, and Eva's question about designing for people wearing gloves made me smile: I've been there with a field sales app at Cardumen.

I'm very interested in the role and I hope we can keep talking. Thanks again for your time.
""", parent="cor2")
    say("cor4", pablo, [me], T("2026-03-13 04:05"), """
Hi Camila,

Thank you for the kind note, it was a pleasure on our side too. We're meeting as a hiring team on Wednesday 18 March to compare notes, and I'll come back to you by Thursday 19 March at the latest.

Have a good weekend,
""", parent="cor3", cc=[eva])

    # ---- Cóndor Seguros: Outlook invite, a "conversación", never thanked
    con_body = """
Camila, buenas tardes.

Como quedamos por teléfono, te envío la invitación para conversar este viernes en nuestras oficinas. Juan Pablo Rincón me habló muy bien de tu trabajo en Cardumen y quiero contarte lo que estamos armando en el equipo de Experiencia Digital.

Lugar: Calle 72 # 10-07, piso 8, sala Monserrate. Si se te complica llegar, también puedes conectarte por Teams con el enlace de abajo.

Saludos,
Hernán

________________________________________________________________________________
Reunión de Microsoft Teams
Únase a través de su PC, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión
Id. de reunión: 291 774 803 550
Código de acceso: Zp4tW9
________________________________________________________________________________
"""
    con_inv = make_ics(
        method="REQUEST", uid=uid_outlook("condor", "conversacion"), stamp=T("2026-03-09 17:20"),
        start=T("2026-03-13 09:00"), end=T("2026-03-13 10:00"),
        summary="Conversación – Camila Restrepo / Diseño de Producto", organizer=hernan,
        tzid="SA Pacific Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (sala, "ACCEPTED", "ROOM")],
        location="Sala Monserrate - Piso 8; Reunión de Microsoft Teams",
        description=con_body.strip(), prodid="Microsoft Exchange Server 2010")
    say("con1", hernan, [me], T("2026-03-09 17:20"), con_body,
        subject="Conversación – Camila Restrepo / Diseño de Producto", ics=con_inv,
        ics_mode="outlook", sig=False)
    say("con2", me, [hernan], T("2026-03-10 08:30"), """
Hernán, buenos días.

Confirmo para el viernes 13 a las 9:00 a. m. en la sala Monserrate; prefiero ir en persona. Llevo el portafolio en el portátil.

Muchas gracias por la invitación, y salúdame a Juan Pablo.

Saludos,
""", parent="con1")

    # ============================================================ NOT JOB SEARCH
    # ---- Mamá
    say("mama1", mama, [me], T("2026-02-19 17:32"), """
Hola mija. El domingo 22 almorzamos donde la tia Amparo por su cumpleaños a las 12. Venga temprano que hay que ayudar
""", subject="Almuerzo domingo")
    say("mama2", me, [mama], T("2026-02-19 20:10"), """
Hola ma, ¡listo! Allá llego como a las 11:30. ¿Llevo algo?
""", parent="mama1", sig=False)
    say("mama3", mama, [me], T("2026-02-20 06:40"), """
Lleve un postre mija. bendiciones
""", parent="mama2", quote=False)
    say("mama4", mama, [me], T("2026-03-09 19:50"), """
Mija como le fue en esa entrevista de hoy?? me cuenta. Su papá pregunta
""", subject="como le fue")
    say("mama5", me, [mama], T("2026-03-09 21:30"), """
Hola ma! Bien, creo. Todavía no sé nada, me dijeron que me responden más adelante. El jueves te llamo y te cuento bien 😘
""", parent="mama4", sig=False)
    say("mama6", mama, [me], T("2026-03-09 21:35"), """
Ok mija Dios me la bendiga y que le salga eso
""", parent="mama5", quote=False)
    say("mama7", mama, [me], T("2026-03-17 06:12"), """
Mija le mando esto tan bonito para que empiece el dia

________________________________
De: Luz Marina Gómez <luzmagomez@hotmail.com>
Enviado: lunes, 16 de marzo de 2026 9:47 p. m.
Para: Gloria Gómez <gloriagomez.58@hotmail.com>
Asunto: Reflexión para empezar el día

Cada mañana es una nueva oportunidad. No te compares con nadie, camina a tu ritmo y confía en que lo que es para ti llega en el momento justo. Reenvía esto a 10 personas que quieres mucho.
""", subject="RV: Reflexión para empezar el día")
    say("mama8", mama, [me], T("2026-03-19 18:40"), """
Mija no se le olvide que el sabado es la primera comunion de Sarita a las 10 en la iglesia de Lourdes. Su tía dice que la esperan al almuerzo despues
""", subject="Sarita sabado")
    say("mama9", me, [mama], T("2026-03-19 20:05"), """
Sí ma, allá estoy. ¿Nos vemos allá o paso por ustedes?
""", parent="mama8", sig=False)
    say("mama10", mama, [me], T("2026-03-19 20:20"), """
Pase por nosotros a las 9 mija
""", parent="mama9", quote=False)

    # ---- Mariana (friend)
    say("mar1", mariana, [me], T("2026-03-05 12:48"), """
Amigaaa ¿el sábado comemos en Andrés? Es el cumple de Juanca, 8 p. m. ¿Y cómo vas con las entrevistas? cuéntame todo
""", subject="Plan sábado!!")
    say("mar2", me, [mariana], T("2026-03-05 13:20"), """
¡Sííí! Cuenta conmigo. Lo de las entrevistas bien, hay varias cosas andando, el sábado te cuento 🤞
""", parent="mar1", sig=False)
    say("mar3", mariana, [me], T("2026-03-05 13:26"), """
Vamos a ser como 10, reservé a nombre de Juan Carlos. Besos!!
""", parent="mar2")

    # ---- Bancolombia
    ext_text = """
Hola CAMILA RESTREPO GOMEZ,

Tu extracto de la Cuenta de Ahorros terminada en *4821 correspondiente a {mes} de 2026 ya está disponible.

Por tu seguridad, el documento está protegido con los últimos 4 dígitos de tu documento de identidad.

Recuerda: Bancolombia nunca te pedirá claves ni códigos por correo electrónico.

Este mensaje es informativo. Por favor no respondas a este correo.
"""
    for key, when, mes in (("bc1", "2026-02-06 05:12", "enero"), ("bc3", "2026-03-06 05:09", "febrero")):
        text = ext_text.format(mes=mes)
        say(key, banco, [me], T(when), text,
            subject="Extracto Cuenta de Ahorros %s 2026" % mes,
            html=html_of(text, "Bancolombia"), html_only=True, headers=AUTO)
    bc2_text = """
Bancolombia le informa:

Transferiste $1.450.000 desde tu cuenta *4821 a la cuenta *0093 (ARRENDAMIENTOS ROA S.A.S.) el 02/03/2026 a las 08:14.

Si no reconoces esta transacción, comunícate con nosotros a la Sucursal Telefónica.
"""
    say("bc2", banco, [me], T("2026-03-02 08:14"), bc2_text,
        subject="Alertas y Notificaciones: Transferencia realizada",
        html=html_of(bc2_text, "Bancolombia"), html_only=True, headers=AUTO)

    # ---- EPS Vivir Salud
    eps_ics1 = make_ics(
        method="PUBLISH", uid="CITA-8812034@vivirsalud.com.co", stamp=T("2026-02-27 14:03"),
        start=T("2026-03-03 07:20"), end=T("2026-03-03 07:40"),
        summary="Cita Medicina General – IPS Vivir Salud Usaquén", organizer=eps, tzid=BOG,
        location="IPS Vivir Salud Usaquén, Calle 119 # 7-14, consultorio 204",
        prodid="-//Vivir Salud//Agenda Citas 3.1//ES")
    say("eps1", eps, [me], T("2026-02-27 14:03"), """
Señor(a) CAMILA RESTREPO GOMEZ:

Su cita ha sido asignada con los siguientes datos:

Servicio: Medicina General
Fecha: 03/03/2026
Hora: 7:20 a. m.
Profesional: Dr. Andrés Felipe Ramírez
Lugar: IPS Vivir Salud Usaquén, Calle 119 # 7-14, consultorio 204

Recuerde llegar 20 minutos antes con su documento de identidad. Si no puede asistir, cancele con mínimo 24 horas de anticipación.

EPS Vivir Salud
""", subject="Confirmación de cita – Medicina General", ics=eps_ics1, ics_mode="publish",
        headers=AUTO)
    say("eps2", eps, [me], T("2026-03-04 11:37"), """
Señor(a) CAMILA RESTREPO GOMEZ:

Hemos recibido su solicitud de autorización de servicios con radicado No. 2026-118734 (Ecografía de tejidos blandos).

Su solicitud será respondida a más tardar el 11/03/2026 a través de este correo electrónico.

EPS Vivir Salud
""", subject="Radicado 2026-118734 – Solicitud de autorización de servicios", headers=AUTO)
    say("eps3", eps, [me], T("2026-03-10 15:22"), """
Señor(a) CAMILA RESTREPO GOMEZ:

Su solicitud de autorización con radicado No. 2026-118734 fue APROBADA. Puede agendar su Ecografía de tejidos blandos en cualquiera de nuestras IPS presentando este número de autorización: 55190342.

EPS Vivir Salud
""", parent="eps2", headers=AUTO, quote=False)
    eps_ics2 = make_ics(
        method="PUBLISH", uid="CITA-8830117@vivirsalud.com.co", stamp=T("2026-03-16 10:48"),
        start=T("2026-03-26 07:00"), end=T("2026-03-26 07:30"),
        summary="Cita Odontología General – IPS Vivir Salud Usaquén", organizer=eps, tzid=BOG,
        location="IPS Vivir Salud Usaquén, Calle 119 # 7-14, consultorio 112",
        prodid="-//Vivir Salud//Agenda Citas 3.1//ES")
    say("eps4", eps, [me], T("2026-03-16 10:48"), """
Señor(a) CAMILA RESTREPO GOMEZ:

Su cita ha sido asignada con los siguientes datos:

Servicio: Odontología General
Fecha: 26/03/2026
Hora: 7:00 a. m.
Profesional: Dra. Paula Andrea Sánchez
Lugar: IPS Vivir Salud Usaquén, Calle 119 # 7-14, consultorio 112

Recuerde llegar 20 minutos antes con su documento de identidad.

EPS Vivir Salud
""", subject="Confirmación de cita – Odontología General", ics=eps_ics2, ics_mode="publish",
        headers=AUTO)

    # ---- Prana Yoga
    y1_text = """
¡Hola, Camila! 🌿

Ya están los horarios de marzo. Novedades:
- Vinyasa Flow ahora también los sábados a las 8:00 a. m.
- Taller de respiración y manejo del estrés: domingo 22/03, 9:00 a. m. (cupos limitados)
- Yin Yoga los miércoles a las 7:00 p. m.

Reserva tus clases desde la app. ¡Nos vemos en el mat!

Prana Yoga Usaquén · Carrera 6 # 117-30
"""
    say("yoga1", yoga, [me], T("2026-03-01 08:00"), y1_text,
        subject="Horarios de marzo 🌿 + taller de respiración",
        html=html_of(y1_text, "Prana Yoga"),
        headers=bulk_headers("<noticias.pranayoga.co>", "https://pranayoga.co/baja"))
    y2_text = """
Hola Camila,

Tu reserva está confirmada:

Clase: Vinyasa Flow
Fecha: sábado 14/03/2026
Hora: 8:00 a. m. – 9:00 a. m.
Profesora: Manuela

Te quedan 3 clases de tu plan de 8 (vence el 31/03/2026).

Prana Yoga Usaquén
"""
    say("yoga2", yoga, [me], T("2026-03-12 20:31"), y2_text,
        subject="Reserva confirmada: Vinyasa Flow – sáb 14/03, 8:00 a. m.",
        html=html_of(y2_text, "Reserva confirmada"), headers=AUTO)

    # ---- Rappi
    for key, when, shop, total in (("rappi1", "2026-02-21 21:14", "Crepes & Waffles", "$68.900"),
                                   ("rappi2", "2026-03-06 19:02", "Farmatodo", "$41.300"),
                                   ("rappi3", "2026-03-14 13:45", "Frisby", "$52.600")):
        text = """
¡Hola Camila!

Tu pedido de %s fue entregado.

Total pagado: %s
Método de pago: Tarjeta *7719
Dirección: Calle 85 # 14-32, apto 602

¿Cómo estuvo tu pedido? Califica a tu Rappitendero en la app.

Rappi
""" % (shop, total)
        say(key, rappi, [me], T(when), text, subject="Recibo de tu pedido en %s" % shop,
            html=html_of(text, "Rappi"), html_only=True, headers=AUTO)

    # ---- Job boards (owing nothing)
    for key, when, n, lines in (
            ("ct1", "2026-02-16 06:30", 15,
             "- Diseñador UX/UI Senior – Empresa confidencial – Bogotá – $7.000.000 a $9.000.000\n"
             "- Product Designer – Fintech – Remoto – Entrevista inmediata\n"
             "- Diseñador(a) de experiencia de usuario – Sector salud – Híbrido"),
            ("ct2", "2026-03-02 06:30", 11,
             "- UX Lead – Retail – Bogotá – Postúlate hoy\n"
             "- Diseñador UI – Agencia digital – Chapinero\n"
             "- Senior Product Designer – Seguros – Híbrido"),
            ("ct3", "2026-03-16 06:30", 9,
             "- Diseñador(a) de Producto – Startup logística – Remoto\n"
             "- UX Researcher – Banca – Bogotá\n"
             "- Diseñador UX/UI – Contrato por prestación de servicios")):
        text = """
Hola Camila,

Tenemos %d nuevas ofertas para tu alerta "Diseñador UX/UI" en Bogotá, D.C.:

%s

Postúlate con un clic desde tu hoja de vida de Computrabajo.

Para dejar de recibir esta alerta, ingresa a tu cuenta.
""" % (n, lines)
        say(key, computrabajo, [me], T(when), text,
            subject="%d nuevas ofertas de Diseñador UX/UI en Bogotá, D.C." % n,
            html=html_of(text, "Computrabajo"),
            headers=bulk_headers("<alertas.computrabajo.com.co>",
                                 "https://co.computrabajo.com/alertas/baja"))
    for key, when, n, lines in (
            ("li1", "2026-02-23 07:05", 14,
             "Senior Product Designer · Nubank · Bogotá (híbrido)\n"
             "Lead UX Designer · Empresa confidencial · Remoto\n"
             "Product Designer III · Globant · Bogotá"),
            ("li2", "2026-03-09 07:05", 8,
             "Senior Product Designer · Addi · Bogotá\n"
             "Staff Product Designer · Remote (LatAm)\n"
             "UX Designer · Banco de Bogotá · Bogotá"),
            ("li3", "2026-03-18 07:05", 11,
             "Senior Product Designer · Habi · Bogotá\n"
             "Product Designer · Remote (Americas)\n"
             "Senior UX/UI Designer · Bogotá (presencial)")):
        text = """
Tu alerta de empleo para "senior product designer" en Bogotá, Distrito Capital, Colombia

%d empleos nuevos coinciden con tus preferencias:

%s

Ver todos los empleos

Estás recibiendo alertas de empleo de LinkedIn. Gestionar alertas · Darse de baja
""" % (n, lines)
        say(key, linkedin, [me], T(when), text,
            subject="“senior product designer”: %d empleos nuevos en Bogotá" % n,
            html=html_of(text, "LinkedIn"),
            headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"))

    # ---- Bills, building, newsletters
    claro_text = """
Hola CAMILA RESTREPO,

Tu factura de Hogar (Internet 300 Megas + TV) del periodo marzo 2026 ya está disponible.

Valor a pagar: $139.900
Fecha límite de pago: 18/03/2026
Referencia de pago: 41022873315

Paga fácil desde Mi Claro o en puntos autorizados.
"""
    say("claro1", claro, [me], T("2026-03-05 04:50"), claro_text,
        subject="Tu factura Claro de marzo está disponible", html=html_of(claro_text, "Claro"),
        html_only=True, headers=AUTO)
    say("edif1", edificio, [edificio], T("2026-02-20 15:10"), """
Señores propietarios y residentes:

La Administración del Edificio Torres de la 85 P.H. informa:

1. La cuota de administración de marzo es de $485.000 y debe pagarse antes del 10/03/2026 para acceder al descuento por pronto pago.
2. Se convoca a la Asamblea General Ordinaria de Copropietarios el sábado 28/03/2026 a las 9:00 a. m. en el salón comunal. Los residentes arrendatarios pueden asistir con poder firmado por el propietario.
3. El jueves 26/02 habrá corte de agua de 8:00 a. m. a 2:00 p. m. por mantenimiento de tanques.

Atentamente,
Yolanda Prieto
Administradora
""", subject="Circular 004-2026: administración de marzo, asamblea y corte de agua",
        bcc=[me], sig=False)
    uxc_text = """
This week in UX Collective:

- Designing for trust in fintech onboarding
- Why your design system needs a content model
- The quiet power of writing things down

Read on uxdesign.cc
"""
    say("uxc1", uxc, [me], T("2026-02-25 12:00"), uxc_text,
        subject="Designing for trust in fintech onboarding", html=html_of(uxc_text, "UX Collective"),
        headers=bulk_headers("<newsletter.uxdesign.cc>", "https://uxdesign.cc/unsubscribe"))
    fig_text = """
Config 2026 is coming.

Registration is open for Config, June 23–25 in San Francisco and online. Early-bird pricing ends March 31.

See the first speakers and sessions on figma.com/config.
"""
    say("fig1", figma, [me], T("2026-03-12 12:00"), fig_text,
        subject="Config 2026: registration is open", html=html_of(fig_text, "Figma"),
        headers=bulk_headers("<news.figma.com>", "https://www.figma.com/unsubscribe"))

    # ---- Cardumen Estudio (her current agency)
    say("st1", julian, [sofia, me], T("2026-02-13 17:05"), """
Equipo, status de la semana (sprint 4):

- Onboarding: QA de diseño cerrado, pasa a desarrollo el lunes.
- Módulo de créditos: Cami, ¿cómo vamos con los estados vacíos?
- Cliente pidió mover la demo al 20/02.

¡Buen fin de semana!
""", subject="Status semanal – Banco Cima App (sprint 4)")
    say("st2", me, [julian], T("2026-02-13 17:40"), """
Juli, estados vacíos listos en Figma (página "Créditos v3"). Me falta el de error de conexión, lo subo el lunes temprano.
""", parent="st1", cc=[sofia], sig=False)
    say("st3", julian, [sofia, me], T("2026-03-13 17:12"), """
Equipo, status sprint 6:

- Revisión con Ricardo del miércoles: aprobado el flujo de desembolso con ajustes menores.
- Pendiente: comentarios consolidados del cliente (llegaron hoy, están en la carpeta del sprint).
- Cami: ajustes de accesibilidad al teclado numérico para el martes.
""", subject="Status semanal – Banco Cima App (sprint 6)")
    say("st4", me, [julian], T("2026-03-13 18:05"), """
Listo Juli, el martes quedan. Ya vi los comentarios de Ricardo, la mayoría son de copy.
""", parent="st3", cc=[sofia], sig=False)

    rev_inv = make_ics(
        method="REQUEST", uid=uid_google("cardumen", "revision-s6"), stamp=T("2026-03-05 11:20"),
        start=T("2026-03-11 10:00"), end=T("2026-03-11 11:30"),
        summary="Revisión de diseño – App Banco Cima (sprint 6)", organizer=sofia_cal, tzid=BOG,
        attendees=[(me, "ACCEPTED", "INDIVIDUAL"), (julian, "ACCEPTED", "INDIVIDUAL"),
                   (ricardo, "ACCEPTED", "INDIVIDUAL")],
        location="https://meet.google.com/cdm-bcim-rvw",
        description="Revisión quincenal con el cliente: flujo de desembolso y créditos.")
    say("rev1", sofia_cal, [me, julian, ricardo], T("2026-03-05 11:20"), """
Has recibido una invitación para el siguiente evento.

Revisión de diseño – App Banco Cima (sprint 6)
Cuándo: miércoles, 11 mar 2026 10:00 – 11:30 (hora de Colombia)
Información para unirse: meet.google.com/cdm-bcim-rvw
Invitados:
• Sofía Beltrán - organizador
• camila.restrepo@example.co
• julian@cardumen.co
• rmoreno@bancocima.com.co

Revisión quincenal con el cliente: flujo de desembolso y créditos.

Invitación de Google Calendar
""", subject="Invitación: Revisión de diseño – App Banco Cima (sprint 6) @ mié 11 mar 2026 "
             "10am - 11:30am (GMT-5) (camila.restrepo@example.co)",
        ics=rev_inv, headers=GCAL, sig=False)
    say("rev2", ricardo, [sofia, me, julian], T("2026-03-11 14:02"), """
Buenas tardes equipo,

Gracias por la sesión de hoy, quedamos muy contentos con el flujo de desembolso. Les envío los comentarios consolidados del área de riesgo a más tardar el viernes 13/03.

Saludos,
""", parent="rev1")
    say("rev3", ricardo, [sofia, me, julian], T("2026-03-13 11:47"), """
Equipo, adjunto los comentarios consolidados. La mayoría son ajustes de textos legales.

Saludos,
""", parent="rev2", attachments=[("Comentarios_Sprint6_BancoCima.pdf", "application/pdf", make_pdf([
        "Banco Cima - Comentarios consolidados sprint 6", "1. Textos legales en desembolso",
        "2. Tasa efectiva anual visible antes de confirmar"]))])

    say("cob1", admin, [admin], T("2026-03-16 08:05"), """
Hola a todos los contratistas,

Les recordamos que la fecha límite para enviar la cuenta de cobro de marzo, junto con la planilla de seguridad social pagada, es el miércoles 25/03/2026. Las cuentas que lleguen después se pagan en el siguiente ciclo.

Gracias,
""", subject="Cuentas de cobro marzo – fecha límite 25/03", bcc=[me])
    say("cob2", me, [admin], T("2026-03-18 09:12"), """
Hola Andrea, te adjunto mi cuenta de cobro No. 14 de marzo y la planilla PILA pagada.

Saludos,
""", parent="cob1", attachments=[("Cuenta_de_cobro_14_CamilaRestrepo.pdf", "application/pdf", make_pdf([
        "Cuenta de cobro No. 14", "Cardumen Estudio S.A.S. debe a Camila Restrepo Gomez",
        "Concepto: servicios de diseno UX/UI, marzo 2026"]))])
    say("cob3", admin, [me], T("2026-03-18 10:30"), """
Recibida, Cami. Queda en el ciclo de pago de abril.
""", parent="cob2")

    say("jun1", sofia, [me], T("2026-03-16 09:10"), """
Cami, ¿me acompañas a entrevistar al junior de UI el miércoles a las 2? Es Tomás Herrera, el que hizo el rediseño de la app de TransMilenio en su portafolio. Te mando la invitación.
""", subject="¿Me ayudas con una entrevista?")
    say("jun2", me, [sofia], T("2026-03-16 09:35"), """
¡Claro! Ahí estoy. Le doy una mirada al portafolio antes.
""", parent="jun1", sig=False)
    jun_inv = make_ics(
        method="REQUEST", uid=uid_google("cardumen", "entrevista-junior"), stamp=T("2026-03-16 09:40"),
        start=T("2026-03-18 14:00"), end=T("2026-03-18 15:00"),
        summary="Entrevista – Diseñador(a) UI Junior – Tomás Herrera", organizer=sofia_cal,
        tzid=BOG,
        attendees=[(me, "ACCEPTED", "INDIVIDUAL"), (tomas, "ACCEPTED", "INDIVIDUAL"),
                   (("Sala Chapinero", "c_1887sala-chapinero@resource.calendar.google.com"),
                    "ACCEPTED", "ROOM")],
        location="Cardumen Estudio – Sala Chapinero, Calle 59 # 9-20",
        description="Entrevista para Diseñador(a) UI Junior.\nEntrevistan: Sofía Beltrán y "
                    "Camila Restrepo.\nCandidato: Tomás Herrera.")
    say("jun3", sofia_cal, [me, tomas], T("2026-03-16 09:40"), """
Has recibido una invitación para el siguiente evento.

Entrevista – Diseñador(a) UI Junior – Tomás Herrera
Cuándo: miércoles, 18 mar 2026 14:00 – 15:00 (hora de Colombia)
Dónde: Cardumen Estudio – Sala Chapinero, Calle 59 # 9-20
Invitados:
• Sofía Beltrán - organizador
• camila.restrepo@example.co
• tomasherrera.dg@gmail.com
• Sala Chapinero

Entrevista para Diseñador(a) UI Junior.
Entrevistan: Sofía Beltrán y Camila Restrepo.
Candidato: Tomás Herrera.

Invitación de Google Calendar
""", subject="Invitación: Entrevista – Diseñador(a) UI Junior – Tomás Herrera @ mié 18 mar 2026 "
             "2pm - 3pm (GMT-5) (camila.restrepo@example.co)",
        ics=jun_inv, headers=GCAL, sig=False)
    say("jun4", tomas, [me], T("2026-03-18 17:40"), """
Hola Camila,

Muchas gracias por el espacio de hoy y por los comentarios tan concretos sobre mi portafolio, sobre todo lo de mostrar el proceso y no solo las pantallas finales. Me voy con muchas ideas.

Quedo atento a lo que me cuenten Sofía y tú.

Saludos,
Tomás Herrera
""", subject="Gracias por la entrevista de hoy", cc=[sofia])
    say("jun5", me, [tomas], T("2026-03-18 19:15"), """
Hola Tomás, con mucho gusto. Fue una muy buena conversación. Sofía te estará contando los siguientes pasos.

Saludos,
""", parent="jun4", cc=[sofia])

    # ================================================================ THREADS
    J = True
    case.thread("lum1", J, "interview", "Lúmina Salud",
                "Valentina arranged a portfolio review Thu 12/03 15:00-16:00 with Daniela Cárdenas and "
                "Juliana Mejía (addresses in her text; no invite); 'yo no estaré en la llamada'. "
                "Daniela was thanked in a new thread; Juliana never. Valentina's 'te estaremos "
                "contactando la próxima semana' (Fri 13/03) runs to Fri 20/03")
    case.thread("lumthx1", J, "interview", "Lúmina Salud",
                "Camila's thank-you to Daniela only, Fri 13/03 08:40, and her reply")
    case.thread("tan1", J, "interview", "Tandem",
                "Laura set up a call with Andrés (in English) Thu 05/03 10:00; on Mon 09/03 she relays: "
                "'Andrés me pidió que te dijera que... a más tardar el miércoles 11 de marzo'; "
                "nothing from Tandem since")
    case.thread("taninv", J, "interview", "Tandem",
                "Google Calendar invite Thu 05/03 10:00-10:45 (Bogotá); Laura organises, does not attend")
    case.thread("tanthx1", J, "interview", "Tandem",
                "Camila's thank-you to Andrés the same afternoon; his reply")
    case.thread("pli1", J, "interview", "Pliego",
                "Madrid; call Wed 18/03 16:00 Madrid (10:00 Bogotá) moved by Lucía; Camila's 'Jueves "
                "perfecto' picks Thu 26/03, same time; still ahead at now")
    case.thread("fn1", J, "interview", "Fieldnote",
                "New York recruiter; WhatsApp screen Fri 27/02 11:00 ET thanked the same day; Ryan "
                "no-show Tue 10/03; Megan's 'new options by Thursday' kept Wed 11/03; rebooked Tue 24/03")
    case.thread("gt1", J, "interview", "Fieldnote",
                "GoodTime confirmation (no ICS), 03/10/2026 11:00 AM EDT = 10:00 Bogotá, interviewer "
                "Ryan Kessler named with address; he never joined")
    case.thread("gt2", J, "interview", "Fieldnote",
                "GoodTime confirmation of the rescheduled interview 03/24/2026 10:00 AM EDT (after now)")
    case.thread("sie1", J, "rejection", "Siembra",
                "Interview with Felipe Arango Mon 09/03/2026 10:00-11:00 agreed in words (his address in "
                "Catalina's text); never thanked; 'respuesta a más tardar el viernes 20 de marzo'; "
                "gentle rejection Tue 17/03")
    case.thread("qp1", J, "interview", "Quipu Labs",
                "Hannah's intro; screen Tue 17/02 10:00 ET thanked; 'update early next week' "
                "(Thu 12/03) kept by the offer on Tue 17/03")
    case.thread("qpinv", J, "interview", "Quipu Labs",
                "Google Calendar invite: final round Tue 10/03 1-2:30pm EDT (12:00-13:30 Bogotá) "
                "with Daniel Osterberg and Priyanka Shah; Hannah organises and is not on the call")
    case.thread("qpthx1", J, "interview", "Quipu Labs",
                "Camila's thank-you to Daniel only, same afternoon; his reply")
    case.thread("qpo1", J, "offer", "Quipu Labs",
                "Offer Tue 17/03 with PDF letter; answer asked by Fri 27/03 (her deadline); "
                "'benefits guide by tomorrow' kept Wed 18/03")
    case.thread("mau1", J, "networking", "Casaverde",
                "Tinto with her former boss Tue 17/03 07:30 at Juan Valdez (no end: 60 min); her only "
                "'thank you' came before it; his follow-up with a contact went unanswered")
    case.thread("ta1", J, "recruiter", "Talento Andino",
                "Headhunter; phone call Wed 04/03 10:00 never thanked (stale since Wed 18/03, left out); "
                "'estamos viendo otros tres perfiles... a más tardar el martes 10/03'; silence since")
    case.thread("man1", J, "application", "Mandala Viajes",
                "Design challenge to send 'a más tardar el viernes 13/03/2026' (asked of Camila); "
                "sent Thu 12/03; no reply and nothing promised")
    case.thread("wd1", J, "application", "Andina Air",
                "Workday acknowledgement, HTML only; '10 días hábiles' from an automated sender")
    case.thread("brio1", J, "rejection", "Brio Health",
                "Greenhouse acknowledgement and automated rejection; no person")
    case.thread("loom1", J, "networking", "Loomwork",
                "Referral from a friend; intro call Mon 16/03 2pm ET = 13:00-13:30 Bogotá booked on "
                "Calendly; Camila's 'Thank you' came before the call; nothing after")
    case.thread("loomcal", J, "networking", "Loomwork",
                "Calendly confirmation in Bogotá time; names Jess without an address")
    case.thread("cor1", J, "interview", "Corvo Labs",
                "Madrid, in English; panel Thu 12/03 17:00 Madrid = 11:00-12:00 Bogotá with Eva and "
                "Pablo; one note thanked both; Pablo: 'by Thursday 19 March at the latest'")
    case.thread("corinv", J, "interview", "Corvo Labs",
                "Teams invite in 'Romance Standard Time', Eva in CC and as attendee")
    case.thread("con1", J, "interview", "Cóndor Seguros",
                "Outlook invite 'Conversación' (SA Pacific Standard Time), Fri 13/03 09:00-10:00 in "
                "room Sala Monserrate; referral by Juan Pablo Rincón; never thanked")
    N = False
    case.thread("mama1", N, None, None, "her mother: Sunday lunch 22/02")
    case.thread("mama4", N, None, None, "her mother asks how the interview went")
    case.thread("mama7", N, None, None, "forwarded chain message from her mother")
    case.thread("mama8", N, None, None, "her mother: first communion Sat 21/03 10:00")
    case.thread("mar1", N, None, None, "friend: birthday dinner Sat 07/03 20:00")
    case.thread("bc1", N, None, "Bancolombia", "statement, HTML only")
    case.thread("bc2", N, None, "Bancolombia", "transfer alert (rent)")
    case.thread("bc3", N, None, "Bancolombia", "statement, HTML only")
    case.thread("eps1", N, None, "EPS Vivir Salud", "GP appointment Tue 03/03 07:20 (ICS PUBLISH)")
    case.thread("eps2", N, None, "EPS Vivir Salud",
                "authorisation 'a más tardar el 11/03/2026', approved 10/03")
    case.thread("eps4", N, None, "EPS Vivir Salud", "dentist Thu 26/03 07:00 (ICS PUBLISH)")
    case.thread("yoga1", N, None, "Prana Yoga Usaquén", "newsletter")
    case.thread("yoga2", N, None, "Prana Yoga Usaquén", "class booking Sat 14/03 08:00")
    case.thread("rappi1", N, None, "Rappi", "receipt")
    case.thread("rappi2", N, None, "Rappi", "receipt")
    case.thread("rappi3", N, None, "Rappi", "receipt")
    case.thread("ct1", N, None, "Computrabajo", "job alert")
    case.thread("ct2", N, None, "Computrabajo", "job alert")
    case.thread("ct3", N, None, "Computrabajo", "job alert")
    case.thread("li1", N, None, "LinkedIn", "job alert")
    case.thread("li2", N, None, "LinkedIn", "job alert")
    case.thread("li3", N, None, "LinkedIn", "job alert")
    case.thread("claro1", N, None, "Claro", "internet bill, HTML only")
    case.thread("edif1", N, None, "Edificio Torres de la 85",
                "building circular; assembly Sat 28/03 09:00")
    case.thread("uxc1", N, None, "UX Collective", "newsletter")
    case.thread("fig1", N, None, "Figma", "newsletter")
    case.thread("st1", N, None, "Cardumen Estudio", "weekly status at her current agency")
    case.thread("st3", N, None, "Cardumen Estudio", "weekly status at her current agency")
    case.thread("rev1", N, None, "Cardumen Estudio",
                "client design review Wed 11/03 10:00-11:30 with Banco Cima; the client's "
                "'comentarios a más tardar el viernes 13/03' kept")
    case.thread("cob1", N, None, "Cardumen Estudio", "contractor invoice reminder; invoice sent")
    case.thread("jun1", N, None, "Cardumen Estudio",
                "Sofía asks Camila to help interview a junior designer")
    case.thread("jun3", N, None, "Cardumen Estudio",
                "invite: Camila interviews Tomás Herrera Wed 18/03 14:00-15:00 (she is the interviewer)")
    case.thread("jun4", N, None, "Cardumen Estudio",
                "the candidate's thank-you to Camila and her reply")

    # ================================================================ FACTS
    V, JU = valentina.email, "juliana.mejia@luminasalud.co"
    case.meeting("lum1", T("2026-03-12 15:00"), T("2026-03-12 16:00"), met=[daniela.email, JU],
                 thanks={daniela.email: "lumthx1"}, what="portfolio review")
    case.promise("lum1", "lum4", V, "2026-03-20")
    case.meeting("taninv", T("2026-03-05 10:00"), T("2026-03-05 10:45"), met=[andres.email],
                 thanks={andres.email: "tanthx1"})
    case.promise("tan1", "tan4", laura.email, "2026-03-11")
    case.meeting("pli1", T("2026-03-18 10:00"), T("2026-03-18 10:45"), met=[lucia.email],
                 status="moved")
    case.meeting("pli1", T("2026-03-26 10:00"), T("2026-03-26 10:45"), met=[lucia.email],
                 status="scheduled")
    case.meeting("fn1", T("2026-02-27 11:00"), T("2026-02-27 11:30"), met=[megan.email],
                 thanks={megan.email: "fn4"}, what="screen")
    case.meeting("gt1", T("2026-03-10 10:00"), T("2026-03-10 10:45"), met=[], status="noshow")
    case.promise("fn1", "fn7", megan.email, "2026-03-12", answered_by="fn8")
    case.meeting("gt2", T("2026-03-24 09:00"), T("2026-03-24 09:45"),
                 met=["ryan.kessler@fieldnotehq.com"], status="scheduled")
    case.meeting("sie1", T("2026-03-09 10:00"), T("2026-03-09 11:00"),
                 met=["felipe.arango@siembra.co"])
    case.promise("sie1", "sie3", catalina.email, "2026-03-20", ended_by="sie4")
    case.meeting("qp1", T("2026-02-17 10:00"), T("2026-02-17 10:30"), met=[hannah.email],
                 thanks={hannah.email: "qp4"})
    case.meeting("qpinv", T("2026-03-10 12:00"), T("2026-03-10 13:30"),
                 met=[daniel.email, priyanka.email], thanks={daniel.email: "qpthx1"})
    case.promise("qp1", "qp7", hannah.email, "2026-03-18", answered_by="qpo1")
    case.promise("qpo1", "qpo3", hannah.email, "2026-03-18", answered_by="qpo4")
    case.meeting("mau1", T("2026-03-17 07:30"), None, met=[mauricio.email], what="tinto")
    case.meeting("ta1", T("2026-03-04 10:00"), None, met=[paola.email], what="phone call")
    case.promise("ta1", "ta4", paola.email, "2026-03-10")
    case.meeting("loom1", T("2026-03-16 13:00"), T("2026-03-16 13:30"), met=[jess.email])
    case.meeting("cor1", T("2026-03-12 11:00"), T("2026-03-12 12:00"), met=[eva.email, pablo.email],
                 thanks={eva.email: "cor3", pablo.email: "cor3"})
    case.promise("cor1", "cor4", pablo.email, "2026-03-19")
    case.meeting("con1", T("2026-03-13 09:00"), T("2026-03-13 10:00"), met=[hernan.email])
    # not job search
    case.meeting("mama1", T("2026-02-22 12:00"), None, job=False, what="family lunch")
    case.meeting("mama8", T("2026-03-21 10:00"), None, job=False, status="scheduled")
    case.meeting("mar1", T("2026-03-07 20:00"), None, job=False)
    case.meeting("eps1", T("2026-03-03 07:20"), T("2026-03-03 07:40"), job=False)
    case.promise("eps2", "eps2", eps.email, "2026-03-11", answered_by="eps3", job=False)
    case.meeting("eps4", T("2026-03-26 07:00"), T("2026-03-26 07:30"), job=False,
                 status="scheduled")
    case.meeting("yoga2", T("2026-03-14 08:00"), T("2026-03-14 09:00"), job=False)
    case.meeting("edif1", T("2026-03-28 09:00"), None, job=False, status="scheduled")
    case.meeting("rev1", T("2026-03-11 10:00"), T("2026-03-11 11:30"), job=False,
                 met=[ricardo.email])
    case.promise("rev1", "rev2", ricardo.email, "2026-03-13", answered_by="rev3", job=False)
    case.meeting("jun3", T("2026-03-18 14:00"), T("2026-03-18 15:00"), job=False,
                 met=[tomas.email])

    # ================================================================ LABELS
    case.expect("thank_you", "lum1", JU,
                "portfolio review Thu 12/03 15:00-16:00 took place; Juliana's address is in "
                "Valentina's text; only Daniela was thanked (new thread); overdue since Fri 13/03 16:00")
    case.expect("callback", "tan1", laura.email,
                "'Andrés me pidió que te dijera que... a más tardar el miércoles 11 de marzo', relayed "
                "by Laura in her own mail; nothing from Tandem since; due end of Fri 13/03",
                promised="2026-03-11")
    case.expect("thank_you", "sie1", "felipe.arango@siembra.co",
                "interview Mon 09/03 10:00-11:00 took place and was never thanked; the rejection of "
                "17/03 ends the callback, not the thank-you; overdue since Tue 10/03 11:00")
    case.expect("thank_you", "mau1", mauricio.email,
                "tinto Tue 17/03 07:30 (60 min by default) took place; the 'Thank you, Mauro' was "
                "sent before it; nothing since; overdue since Wed 18/03 08:30")
    case.expect("callback", "ta1", paola.email,
                "'Te cuento a más tardar el martes 10/03' (while seeing three other candidates); "
                "silence since; due end of Thu 12/03, not yet stale", promised="2026-03-10")
    case.expect("thank_you", "loom1", jess.email,
                "intro call Mon 16/03 2pm ET = 13:00-13:30 Bogotá took place; the only 'thank you' "
                "was sent when booking; overdue since Tue 17/03 13:30")
    case.expect("thank_you", "con1", hernan.email,
                "'Conversación' Fri 13/03 09:00-10:00 in person; only the pre-meeting 'gracias' for "
                "the invitation; overdue since Sat 14/03 10:00")
    case.expect("thank_you", "qpinv", priyanka.email,
                "panelist at the final round Tue 10/03 12:00-13:30 Bogotá; only Daniel was thanked; "
                "the offer does not cancel a thank-you owed; overdue since Wed 11/03 13:30")

    case.forbid("lum1", V,
                "recruiter who arranged the review and said 'yo no estaré en la llamada' (not met); "
                "her 'la próxima semana' (said Fri 13/03) runs to Fri 20/03 and is not yet due")
    case.forbid("lum1", daniela.email,
                "thanked by the new-thread note 'Thank you – revisión de portafolio' Fri 13/03 08:40")
    case.forbid("man1", sebastian.email,
                "'a más tardar el viernes 13/03/2026' was Camila's deadline to send the challenge, not "
                "a promise to her; she sent it on 12/03; nothing dated was promised")
    case.forbid("pli1", lucia.email,
                "call moved from Wed 18/03 to Thu 26/03 10:00 Bogotá by 'Jueves perfecto'; still "
                "ahead at now, and the 18/03 slot never took place")
    case.forbid("gt1", "ryan.kessler@fieldnotehq.com",
                "interviewer no-show on Tue 10/03: the meeting did not take place; rebooked for 24/03")
    case.forbid("fn1", megan.email,
                "screen of 27/02 thanked the same day; her 'new options by Thursday' kept on Wed 11/03")
    case.forbid("sie1", catalina.email,
                "HR contact, not at the interview; the rejection of Tue 17/03 ended her "
                "'a más tardar el viernes 20 de marzo'")
    case.forbid("qpo1", hannah.email,
                "offer of Tue 17/03: 'your answer by Friday, March 27' is Camila's deadline; the "
                "'by tomorrow' was kept on 18/03")
    case.forbid("qpinv", daniel.email,
                "thanked in a new thread the same afternoon (Tue 10/03 16:05)")
    case.forbid("jun3", tomas.email,
                "a candidate Camila interviewed for her own agency; not her job search, and his "
                "thank-you owes nothing")
    case.forbid("wd1", workday.email,
                "automated Workday acknowledgement; its '10 días hábiles' is no person's promise")
    case.forbid("cor1", pablo.email,
                "'by Thursday 19 March at the latest': two business days of grace run to the end of "
                "Mon 23/03; not due at now; he was thanked by the group note of 12/03")
    case.forbid("cor1", eva.email,
                "thanked by the group note of Thu 12/03 14:40 to Eva and Pablo")
    case.forbid("con1", sala[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    case.forbid("eps2", eps.email,
                "health insurer, not job search; its 'a más tardar el 11/03/2026' was kept on 10/03")
    case.forbid("rev1", ricardo.email,
                "client review at her current agency, not her job search; his promise was kept on 13/03")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Camila Restrepo, 31, is a UX designer in Bogotá (America/Bogota, UTC-5 all year), working "
    "as a contractor for the agency Cardumen Estudio and looking for a senior product design "
    "role. Her mailbox runs from early February to Friday 20 March 2026, 09:00 (-05:00), in "
    "Spanish and English; New York moves to daylight time on 8 March, so Eastern times are an "
    "hour ahead of hers from then on, and Madrid is six hours ahead. Lúmina Salud's recruiter "
    "arranges a portfolio review with two designers named only in her text and stays off the "
    "call; one designer is thanked in a new thread. Tandem's promise comes through a third party "
    "('Andrés me pidió que te dijera que...') and lapses; a headhunter at Talento Andino, seeing "
    "three other candidates, also goes quiet after her date. Siembra rejects her gently after an "
    "interview never thanked; Quipu Labs makes an offer after a panel where only one of two was "
    "thanked. Pliego (Madrid) moves a call past `now` with a 'Jueves perfecto'; Fieldnote's "
    "interviewer does not show up (GoodTime, month-first dates); Corvo Labs (Madrid, in English) "
    "got one note for two panelists and has a promise still inside its grace; Mandala Viajes set "
    "her a design challenge due by a date. A tinto with her former boss, a Calendly intro with a "
    "New York design lead and an in-person 'conversación' at Cóndor Seguros were never thanked "
    "afterwards. She also interviews a junior designer at her agency. Noise: her mother's short "
    "mails, Bancolombia, her EPS (with ICS), a yoga studio, Rappi, Computrabajo and LinkedIn "
    "alerts, Claro, her building, newsletters and agency mail.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
