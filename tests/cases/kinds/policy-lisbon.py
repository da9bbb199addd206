#!/usr/bin/env python3
"""Sealed case policy-lisbon: Inês Carvalho, a public-policy analyst at a Lisbon ministry,
looking for a post at an NGO or an EU agency.  Mail in European Portuguese, English and
French, March to April 2026, across the change to summer time on 29 March."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "policy-lisbon"
LIS = ZoneInfo("Europe/Lisbon")
BXL = ZoneInfo("Europe/Brussels")

# Google Calendar names Brussels by its own zone; the rules are those of Paris.
VTIMEZONES.setdefault("Europe/Brussels", ("Europe/Brussels", VTIMEZONES["Europe/Paris"][1]))

SEP = "_" * 32

PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
         "sábado", "domingo"]
PT_WD_S = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
PT_MON_S = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
            "nov.", "dez."]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
EN_WD_S = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def L(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LIS)


def B(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BXL)


def quote(style, replier, parent):
    """The quoted parent, the way the replier's mail client writes it."""
    t = parent.date.astimezone(replier.tz)
    ps = parent.sender
    body = parent.text.rstrip("\n")

    def chevrons():
        return "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">"
                         for l in body.split("\n"))

    def header_block(labels, when):
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        f, s, t_, c, subj = labels
        out = "%s %s\n%s %s\n%s %s\n" % (f, ps.shown(), s, when, t_, to)
        if cc:
            out += "%s %s\n" % (c, cc)
        out += "%s %s" % (subj, parent.subject)
        return SEP + "\n" + out + "\n\n" + body
    if style == "pt_apple":      # Inês: webmail and iPhone, Portuguese
        return "A %02d/%02d/%d, às %s, %s escreveu:\n\n%s" % (
            t.day, t.month, t.year, t.strftime("%H:%M"), ps.shown(), chevrons())
    if style == "pt_gmail":
        return "Em %s, %d de %s de %d à(s) %s, %s escreveu:\n%s" % (
            PT_WD_S[t.weekday()], t.day, PT_MON_S[t.month - 1], t.year, t.strftime("%H:%M"),
            ps.shown(), chevrons())
    if style == "pt_outlook":
        when = "%s, %d de %s de %d %s" % (PT_WD[t.weekday()], t.day, PT_MON[t.month - 1],
                                          t.year, t.strftime("%H:%M"))
        return header_block(("De:", "Enviado:", "Para:", "Cc:", "Assunto:"), when)
    if style == "fr_outlook":
        when = "%s %d %s %d %s" % (FR_WD[t.weekday()], t.day, FR_MON[t.month - 1], t.year,
                                   t.strftime("%H:%M"))
        return header_block(("De :", "Envoyé :", "À :", "Cc :", "Objet :"), when)
    if style == "en_gmail":
        return "On %s, %d %s %d at %s, %s wrote:\n%s" % (
            EN_WD_S[t.weekday()], t.day, EN_MON[t.month - 1][:3], t.year, t.strftime("%H:%M"),
            ps.shown(), chevrons())
    if style == "en_outlook":
        when = "%02d %s %d %s" % (t.day, EN_MON[t.month - 1], t.year, t.strftime("%H:%M"))
        return header_block(("From:", "Sent:", "To:", "Cc:", "Subject:"), when)
    raise ValueError(style)


def gcal_body(title, when_line, meet, desc, organiser, guests, me_email, code):
    lines = [title, when_line, ""]
    if meet:
        lines += ["Join with Google Meet", "https://meet.google.com/" + meet, ""]
    if desc:
        lines += [desc, ""]
    lines += ["Guests", "%s - organiser" % organiser] + guests + [me_email,
              "View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s"
              % code, "", "Reply for %s" % me_email,
              "Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1" % code,
              "No https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2" % code,
              "Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3" % code,
              "", "Invitation from Google Calendar", "",
              "You are receiving this email because you are an attendee on the event. To stop "
              "receiving future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organiser, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP. Learn more "
              "https://support.google.com/calendar/answer/37135#forwarding"]
    return "\n".join(lines)


TEAMS_BLOCK = """\
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: %s
Passcode: %s
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def build():
    now = L("2026-04-22 10:00")
    user = {"name": "Inês Carvalho", "emails": ["ines.carvalho@example.pt"],
            "phone": "+351 913 482 607", "timezone": "Europe/Lisbon"}
    summary = ""  # filled in below
    case = Case(NAME, "Inês Carvalho, public-policy analyst at a Lisbon ministry, looking for a "
                "post at an NGO or EU agency; Portuguese, English and French mail, "
                "March-April 2026", user, now, summary)
    me = Person("Inês Carvalho", "ines.carvalho@example.pt", tz="Europe/Lisbon", style="webmail",
                msgid_domain="example.pt")
    case.me = me

    def msg(key, sender, to, when, body, parent=None, q=None, **kw):
        text = body.strip("\n")
        if q:
            text += "\n\n" + quote(q, sender, case.by_key[parent])
        return case.add(key, sender, to, when, text + "\n", parent=parent, quote=False,
                        sig=False, **kw)

    SIG_EN = "Inês Carvalho\n+351 913 482 607 | ines.carvalho@example.pt"
    IPHONE = "Enviado do meu iPhone"

    def pdf(name, lines):
        return (name, "application/pdf", make_pdf(lines))

    CV_EN = pdf("CV_Ines_Carvalho_EN.pdf", [
        "Ines Carvalho - Curriculum Vitae", "Lisbon, Portugal | +351 913 482 607 | ines.carvalho@example.pt",
        "2018-present  Senior policy analyst, Directorate-General for Territorial Policy (DGPT)",
        "   Ex post evaluations: housing, energy poverty, Recovery and Resilience Plan measures",
        "2014-2018  Policy analyst, Coordination Unit for EU Funds",
        "2012-2014  Research assistant, Instituto de Politicas Publicas de Lisboa",
        "MSc Public Policy (2012); BA Economics (2009)",
        "Languages: Portuguese (native), English (C2), French (C1), Spanish (B2)"])
    CV_PT = pdf("CV_Ines_Carvalho_PT.pdf", [
        "Ines Carvalho - Curriculo", "Lisboa | 913 482 607 | ines.carvalho@example.pt",
        "2018-atual  Tecnica superior, Direcao-Geral de Politicas Territoriais (DGPT)",
        "2014-2018  Analista, Estrutura de Coordenacao dos Fundos Europeus",
        "Mestrado em Politicas Publicas (2012); Licenciatura em Economia (2009)"])

    # ------------------------------------------------------------------
    # People
    # ------------------------------------------------------------------
    sarah = Person("Sarah Whitfield", "sarah.whitfield@fairtransition.eu", tz="Europe/Brussels")
    sarah_cal = Person("Sarah Whitfield", "sarah.whitfield@fairtransition.eu",
                       tz="Europe/Brussels", style="gcal")
    jonas = Person("Jonas Petersen", "jonas.petersen@fairtransition.eu", tz="Europe/Brussels")
    elodie = Person("Élodie Marchal", "elodie.marchal@fairtransition.eu", tz="Europe/Brussels")
    maria = Person("Maria Kowalczyk", "maria.kowalczyk@fairtransition.eu", tz="Europe/Brussels")

    daniel = Person("Daniel Hoffmann", "daniel.hoffmann@openpolicylab.eu", tz="Europe/Brussels")
    daniel_cal = Person("Daniel Hoffmann", "daniel.hoffmann@openpolicylab.eu",
                        tz="Europe/Brussels", style="gcal")

    julie = Person("Julie Dumont", "julie.dumont@aels-europe.eu", tz="Europe/Brussels",
                   style="outlook", locale="fr", region="eurprd02")
    SOPHIE = "sophie.lambert@aels-europe.eu"
    KARIM = "karim.benali@aels-europe.eu"

    eadc_auto = Person("EADC e-Recruitment", "no-reply@eadc.europa.eu", tz="Europe/Brussels",
                       style="auto", auto=True)
    kasia = Person("NOWAK Katarzyna (EADC)", "katarzyna.nowak@eadc.europa.eu",
                   tz="Europe/Brussels", style="outlook", region="eurprd05")
    ROOM = ("EADC BXL B.2.14 (Teams Room)", "room.b214@eadc.europa.eu")

    marta = Person("Marta Ribeiro", "marta.ribeiro@pontes-ongd.pt", tz="Europe/Lisbon")
    paulo = Person("Paulo Antunes", "paulo.antunes@pontes-ongd.pt", tz="Europe/Lisbon")

    miguel = Person("Miguel Sousa", "miguel.sousa.lx@gmail.com", tz="Europe/Lisbon")
    henrique = Person("Henrique Mendonça", "henrique.mendonca@fundacao-agora.pt",
                      tz="Europe/Lisbon", style="outlook", region="eurprd07")

    catarina = Person("Catarina Mota", "catarina.mota@vertice-search.pt", tz="Europe/Lisbon",
                      style="outlook", region="eurprd03")
    luisa = Person("Luísa Prates", "luisa.prates@fundacaomare.pt", tz="Europe/Lisbon",
                   style="outlook", region="eurprd04")
    giulia = Person("Giulia Ferraro", "giulia.ferraro@enac-europe.org", tz="Europe/Brussels")
    pieter = Person("Pieter Claes", "pieter.claes@enac-europe.org", tz="Europe/Brussels")

    aoife = Person("Aoife Brennan", "aoife.brennan@cepi-brussels.eu", tz="Europe/Brussels")
    calendly = Person("Calendly", "no-reply@calendly.com", tz="UTC", style="auto", auto=True)

    oliver = Person("Oliver Grant", "oliver.grant@harwoodpa.com", tz="Europe/Brussels",
                    style="outlook", region="eurprd01")
    marek = Person("Marek Zieliński", "marek.zielinski@cleanaireurope.org", tz="Europe/Brussels")
    marek_cal = Person("Marek Zieliński", "marek.zielinski@cleanaireurope.org",
                       tz="Europe/Brussels", style="gcal")
    lucy = Person("Lucy Mercer", "lucy.mercer@healthequity.eu", tz="Europe/Brussels",
                  style="outlook", region="eurprd06")
    ANNEKE = "a.devries@healthequity.eu"

    teresa = Person("Teresa Vasconcelos", "teresa.vasconcelos@ippl.pt", tz="Europe/Lisbon")
    nuno = Person("Nuno Figueiredo", "nuno.figueiredo@eaop.europa.eu", tz="Europe/Lisbon",
                  style="outlook", region="eurprd04")

    eujobs = Person("EU Jobs Digest", "alerts@eujobsdigest.eu", tz="Europe/Brussels",
                    style="auto", auto=True)
    netvagas = Person("NetVagas", "alertas@netvagas.pt", style="auto", auto=True)
    impe = Person("IMPE Careers", "impe@myworkday.com", tz="Europe/Brussels", style="auto",
                  auto=True, msgid_domain="myworkday.com")

    mae = Person("Graça Carvalho", "graca.carvalho52@sapo.pt", tz="Europe/Lisbon",
                 style="webmail", msgid_domain="sapo.pt")
    pai = Person("António Carvalho", "antonio.carvalho.vis@gmail.com", tz="Europe/Lisbon")
    pedro = Person("Pedro Almeida", "pedro.almeida.73@gmail.com", tz="Europe/Lisbon")
    joana = Person("Joana Carvalho", "joanacarvalho.porto@gmail.com", tz="Europe/Lisbon")
    rita = Person("Rita Sousa", "rita.m.sousa@gmail.com", tz="Europe/Lisbon")

    jorge = Person("Jorge Pinto | Belavista Condomínios", "jorge.pinto@belavista-condominios.pt",
                   tz="Europe/Lisbon", style="outlook", region="eurprd03")
    condo_auto = Person("Belavista Condomínios", "avisos@belavista-condominios.pt",
                        tz="Europe/Lisbon", style="auto", auto=True)
    financas = Person("Portal das Finanças", "naoresponder@at.gov.pt", tz="Europe/Lisbon",
                      style="auto", auto=True)
    helena = Person("Helena Costa", "helena.costa@ae-laranjeiras.pt", tz="Europe/Lisbon")
    sofia = Person("Sofia Neves", "sofia.neves@ae-laranjeiras.pt", tz="Europe/Lisbon")
    escola = Person("Agrupamento de Escolas das Laranjeiras", "secretaria@ae-laranjeiras.pt",
                    tz="Europe/Lisbon", style="auto")
    filipe = Person("Filipe Nogueira", "filipe.nogueira.run@gmail.com", tz="Europe/Lisbon")
    bruno = Person("Bruno Teixeira", "bteixeira.bt@gmail.com", tz="Europe/Lisbon")
    cca = Person("Clube de Corrida de Alvalade", "corrida-alvalade@googlegroups.com",
                 tz="Europe/Lisbon")
    corrida = Person("Corrida da Liberdade", "inscricoes@corridadaliberdade.pt",
                     tz="Europe/Lisbon", style="auto", auto=True)
    diario = Person("Diário Atlântico", "newsletter@diarioatlantico.pt", tz="Europe/Lisbon",
                    style="auto", auto=True)
    briefing = Person("The Brussels Briefing", "newsletter@brusselsbriefing.eu",
                      tz="Europe/Brussels", style="auto", auto=True)
    energia = Person("Energia Lisboa", "faturacao@energialx.pt", tz="Europe/Lisbon",
                     style="auto", auto=True)
    mercado = Person("Mercado Online", "encomendas@mercadoonline.pt", tz="Europe/Lisbon",
                     style="auto", auto=True)
    clinica = Person("Clínica Pediátrica do Lumiar", "marcacoes@clinicalumiar.pt",
                     tz="Europe/Lisbon", style="auto", auto=True)
    fernanda = Person("Fernanda Lopes", "fernanda.lopes@dgpt.gov.pt", tz="Europe/Lisbon",
                      style="outlook", region="eurprd08")
    rui = Person("Rui Tavares", "rui.tavares@dgpt.gov.pt", tz="Europe/Lisbon", style="outlook",
                 region="eurprd08")
    ana_m = Person("Ana Sofia Marques", "ana.marques@dgpt.gov.pt", tz="Europe/Lisbon",
                   style="outlook", region="eurprd08")
    carlos = Person("Carlos Brito", "carlos.brito@sg-mpc.gov.pt", tz="Europe/Lisbon",
                    style="outlook", region="eurprd08")
    equipa = [Person("Tiago Rebelo", "tiago.rebelo@dgpt.gov.pt"),
              Person("Mariana Freitas", "mariana.freitas@dgpt.gov.pt"),
              Person("Ana Sofia Marques", "ana.marques@dgpt.gov.pt")]

    # ==================================================================
    # JOB SEARCH
    # ==================================================================

    # ---- Fair Transition Network (Brussels NGO, English) -------------
    msg("ftn1", sarah, [me], B("2026-03-16 11:42"), """
Dear Inês,

Thank you for your application for the Senior Policy Officer (Social Climate Fund) position at Fair Transition Network. We received a little over 140 applications, and your background in evaluating national recovery measures stood out.

We would like to invite you to a first conversation (45 minutes, online) with Jonas Petersen, our Policy Director, and Élodie Marchal, Senior Policy Officer. Could you let me know which of these slots works best for you? All times are Brussels time:

- Tuesday 24 March, 10:00
- Thursday 26 March, 15:00
- Friday 27 March, 09:30

The conversation will be in English. Jonas and Élodie will ask about your experience and how you would approach the national Social Climate Plans; there is nothing to prepare in writing.

Kind regards,
Sarah

Sarah Whitfield
HR & Operations Manager
Fair Transition Network AISBL
Rue du Trône 60, 1050 Brussels
+32 2 893 41 07
""", subject="Senior Policy Officer (Social Climate Fund) – first conversation")
    msg("ftn2", me, [sarah], L("2026-03-16 19:05"), """
Dear Sarah,

Thank you very much for the invitation. Thursday 26 March at 15:00 Brussels time suits me best (14:00 here in Lisbon).

Best regards,
Inês

""" + SIG_EN, parent="ftn1", q="pt_apple")
    msg("ftn3", sarah, [me], B("2026-03-17 09:15"), """
Perfect – I've just sent you a calendar invitation with the Google Meet link.

Speak soon,
Sarah
""", parent="ftn2", q="en_gmail")
    uid_ftn1 = uid_google(NAME, "ftn-first")
    msg("ftncal1", sarah_cal, [me], B("2026-03-17 09:16"), gcal_body(
        "Fair Transition Network – conversation with Inês Carvalho",
        "Thursday 26 Mar 2026 ⋅ 15:00 – 15:45 (Central European Time - Brussels)",
        "xfd-kqpr-tuw",
        "Senior Policy Officer (Social Climate Fund) – first conversation with Jonas Petersen "
        "(Policy Director) and Élodie Marchal (Senior Policy Officer). 45 minutes, in English.",
        "Sarah Whitfield", ["Jonas Petersen", "Élodie Marchal"], me.email, digest("ftn1", n=22)),
        subject="Invitation: Fair Transition Network – conversation with Inês Carvalho @ Thu 26 "
                "Mar 2026 15:00 - 15:45 (CET) (ines.carvalho@example.pt)",
        headers=dict(GCAL, **{"Reply-To": sarah.email}),
        ics=make_ics(method="REQUEST", uid=uid_ftn1, stamp=B("2026-03-17 09:16"),
                     start=B("2026-03-26 15:00"), end=B("2026-03-26 15:45"),
                     summary="Fair Transition Network – conversation with Inês Carvalho",
                     organizer=sarah, tzid="Europe/Brussels",
                     location="https://meet.google.com/xfd-kqpr-tuw",
                     description="Senior Policy Officer (Social Climate Fund) – first conversation "
                                 "with Jonas Petersen (Policy Director) and Élodie Marchal "
                                 "(Senior Policy Officer).\nJoin with Google Meet: "
                                 "https://meet.google.com/xfd-kqpr-tuw",
                     attendees=[(sarah, "ACCEPTED", "INDIVIDUAL"),
                                (jonas, "ACCEPTED", "INDIVIDUAL"),
                                (elodie, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")]))
    msg("ftnty", me, [jonas, elodie], L("2026-03-26 18:40"), """
Dear Jonas, dear Élodie,

Thank you both for the conversation this afternoon and for the time you gave me. I particularly enjoyed our exchange on how the national Social Climate Plans could be monitored from outside government, with so little data published so far.

A few reasons why I believe I could be useful to the team:
- eight years evaluating public investment programmes at the Portuguese Directorate-General for Territorial Policy, including the recovery plan measures on housing and energy poverty;
- first-hand knowledge of how national administrations draft and report on EU-funded plans, which is exactly where civil-society scrutiny makes a difference;
- working Portuguese, Spanish, French and English, and contacts in ministries and NGOs across southern Europe.

I remain very interested in the role and look forward to hearing about the next steps. Thank you again for your time and consideration.

Best regards,
""" + SIG_EN, subject="Thank you – our conversation this afternoon")
    msg("ftnty2", jonas, [me], B("2026-03-27 08:55"), """
Dear Inês,

Thanks for your kind note – the pleasure was ours. Sarah will be in touch about next steps.

Best,
Jonas

--
Jonas Petersen
Policy Director | Fair Transition Network
""", parent="ftnty", cc=[elodie], q="en_gmail")
    msg("ftn4", sarah, [me], B("2026-03-27 12:10"), """
Hi Inês,

Just a quick note to say that Jonas and Élodie really enjoyed yesterday's conversation. We are seeing two more candidates on Monday, and we'll come back to you about the next step by Friday 3 April.

Have a lovely weekend,
Sarah
""", parent="ftn3", q="en_gmail")
    msg("ftn5", me, [sarah], L("2026-03-27 13:02"), """
Thank you, Sarah, that's good to hear. I'll wait for your news.

Best,
Inês

""" + IPHONE, parent="ftn4", q="pt_apple")
    msg("ftn6", sarah, [me], B("2026-04-01 16:20"), """
Dear Inês,

I'm happy to let you know that we would like to invite you to the second and final round.

It will take place online on Thursday 23 April, from 10:00 to 11:30 Brussels time, in two parts:
1. a written exercise (45 minutes): you will receive a short briefing at 10:00 and send back a two-page response;
2. a 45-minute interview with Jonas Petersen and our Executive Director, Maria Kowalczyk.

Could you confirm that this works for you? I'll then send a calendar invitation.

We would also like to take up references at this stage. Could you send me the names and contact details of two referees, ideally including a current or former line manager?

Best regards,
Sarah
""", parent="ftn5", q="en_gmail")
    msg("ftn7", me, [sarah], L("2026-04-01 21:14"), """
Dear Sarah,

Wonderful news, thank you! Thursday 23 April, 10:00–11:30 Brussels time, works for me.

As for the referees: one of them is my former director, who is on mission abroad this week, and I'd like to ask her before passing on her details. I will send you the names and contact details of both referees by Tuesday 14 April.

Best regards,
Inês

""" + SIG_EN, parent="ftn6", q="pt_apple")
    uid_ftn2 = uid_google(NAME, "ftn-second")
    desc2 = ("Second round – Senior Policy Officer (Social Climate Fund)\n"
             "10:00–10:45 written exercise (Sarah sends the briefing by email at 10:00)\n"
             "10:45–11:30 interview with Jonas Petersen and Maria Kowalczyk (Executive Director)")
    msg("ftncal2", sarah_cal, [me], B("2026-04-02 09:30"), gcal_body(
        "FTN – second round: Inês Carvalho",
        "Thursday 23 Apr 2026 ⋅ 10:00 – 11:30 (Central European Time - Brussels)",
        "hqe-wnbz-pka", desc2, "Sarah Whitfield", ["Jonas Petersen", "Maria Kowalczyk"],
        me.email, digest("ftn2", n=22)),
        subject="Invitation: FTN – second round: Inês Carvalho @ Thu 23 Apr 2026 10:00 - 11:30 "
                "(CEST) (ines.carvalho@example.pt)",
        headers=dict(GCAL, **{"Reply-To": sarah.email}),
        ics=make_ics(method="REQUEST", uid=uid_ftn2, stamp=B("2026-04-02 09:30"),
                     start=B("2026-04-23 10:00"), end=B("2026-04-23 11:30"),
                     summary="FTN – second round: Inês Carvalho", organizer=sarah,
                     tzid="Europe/Brussels", location="https://meet.google.com/hqe-wnbz-pka",
                     description=desc2,
                     attendees=[(sarah, "ACCEPTED", "INDIVIDUAL"),
                                (jonas, "ACCEPTED", "INDIVIDUAL"),
                                (maria, "NEEDS-ACTION", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")]))

    # ---- Open Policy Lab Europe (Brussels think tank, English) --------
    msg("opl1", me, [daniel], L("2026-03-16 08:47"), """
Dear Mr Hoffmann,

I would like to be considered for the Policy Research Fellow position (EU fiscal rules and public investment) advertised on the Open Policy Lab Europe website. Please find my CV and a cover letter attached.

In short: I am a senior policy analyst at the Portuguese Directorate-General for Territorial Policy, where for the past eight years I have led ex post evaluations of public investment programmes, most recently of the housing and energy-efficiency measures of Portugal's recovery plan. I have followed your lab's work on the "golden rule" debate closely and would very much like to contribute to it.

I would be glad to talk whenever convenient.

Kind regards,
Inês Carvalho
Lisbon | +351 913 482 607
""", subject="Policy Research Fellow – application from Inês Carvalho",
        attachments=[CV_EN, pdf("Cover_letter_Ines_Carvalho_OPL.pdf", [
            "Ines Carvalho - cover letter", "Open Policy Lab Europe - Policy Research Fellow",
            "Lisbon, 16 March 2026"])])
    msg("opl2", daniel, [me], B("2026-03-17 10:03"), """
Dear Inês,

Many thanks for your application – and please call me Daniel. Your evaluation work is very close to what we're trying to do.

Would you be free for a call on Thursday (19 March) at 16:00 Brussels time? 45 minutes should do. Nothing formal: I'd like to hear about your work and tell you more about the fellowship.

Best,
Daniel

--
Daniel Hoffmann
Head of Research | Open Policy Lab Europe
Rue de la Loi 42, 1040 Brussels
+32 478 21 66 90
""", parent="opl1", q="en_gmail")
    msg("opl3", me, [daniel], L("2026-03-17 09:40"), """
Dear Daniel,

Thursday at 16:00 your time (15:00 in Lisbon) works perfectly.

Best,
Inês
""", parent="opl2", q="pt_apple")
    uid_opl = uid_google(NAME, "opl-call")
    msg("oplcal", daniel_cal, [me], B("2026-03-17 10:52"), gcal_body(
        "Inês Carvalho / Daniel Hoffmann",
        "Thursday 19 Mar 2026 ⋅ 16:00 – 16:45 (Central European Time - Brussels)",
        "ruc-tmhe-ysd", "Call about the Policy Research Fellow position.",
        "Daniel Hoffmann", [], me.email, digest("opl", n=22)),
        subject="Invitation: Inês Carvalho / Daniel Hoffmann @ Thu 19 Mar 2026 16:00 - 16:45 "
                "(CET) (ines.carvalho@example.pt)",
        headers=dict(GCAL, **{"Reply-To": daniel.email}),
        ics=make_ics(method="REQUEST", uid=uid_opl, stamp=B("2026-03-17 10:52"),
                     start=B("2026-03-19 16:00"), end=B("2026-03-19 16:45"),
                     summary="Inês Carvalho / Daniel Hoffmann", organizer=daniel,
                     tzid="Europe/Brussels", location="https://meet.google.com/ruc-tmhe-ysd",
                     description="Call about the Policy Research Fellow position.",
                     attendees=[(daniel, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")]))
    msg("opl4", me, [daniel], L("2026-03-19 17:25"), """
Dear Daniel,

Thank you for the time you gave me this afternoon, and for such an open account of how the fellowship works. Your point about member states reporting "investment" under the new fiscal framework without any common definition has stayed with me: it is exactly the kind of question I would like to work on.

As promised, I'm attaching the English summary of our 2024 evaluation of the municipal housing programme.

Best regards,
Inês

""" + SIG_EN, parent="opl3", q="pt_apple",
        attachments=[pdf("DGPT_housing_evaluation_summary_EN.pdf", [
            "Ex post evaluation of the Municipal Affordable Housing Programme",
            "Executive summary (English)", "DGPT, 2024"])])
    msg("opl5", daniel, [me], B("2026-03-24 14:31"), """
Hi Inês,

A quick update from our side. The fellowship is funded by a grant that our board expects to see confirmed at the beginning of April, and I can't make an offer to anyone before then. I'll get back to you by Friday 10 April at the latest.

Thanks for the evaluation summary – I read it on the train and passed it on to two colleagues.

Best,
Daniel
""", parent="opl4", q="en_gmail")
    msg("opl6", me, [daniel], L("2026-04-08 11:15"), """
Dear Daniel,

I hope all is well. In the meantime, I thought you might find this of interest: our evaluation of the energy-efficiency vouchers came out yesterday, with a chapter on how that spending was classified in Portugal's reporting to the Commission.

https://www.dgpt.gov.pt/publicacoes/avaliacao-vale-eficiencia-2026

Best regards,
Inês
""", parent="opl5", q="pt_apple")
    case.add("opl7", daniel, [me], B("2026-04-08 12:15") + dt.timedelta(seconds=31), """
Hello,

I'm on leave and will be back in the office on Tuesday 21 April, with limited access to email until then. For anything urgent, please write to office@openpolicylab.eu.

Daniel Hoffmann
Open Policy Lab Europe
""", subject="Out of office: back on Tuesday 21 April", parent="opl6", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

    # ---- AELS (Brussels federation, French) ---------------------------
    msg("aels1", julie, [me], B("2026-03-20 14:12"), """
Madame,

Suite à votre candidature au poste de Chargé·e de recherche « Politiques du logement », nous avons le plaisir de vous inviter à un entretien.

L'entretien aura lieu le jeudi 9 avril 2026 de 10h00 à 11h00 (heure de Bruxelles), par visioconférence (Zoom). Le lien vous sera envoyé la veille.

Le jury sera composé de :
- Mme Sophie Lambert, Directrice (sophie.lambert@aels-europe.eu) ;
- M. Karim Benali, Responsable du plaidoyer (karim.benali@aels-europe.eu).

L'entretien se déroulera en français ; une dizaine de minutes pourront se tenir en anglais. Nous vous demandons de préparer une courte présentation (5 minutes, sans support) sur les effets de la hausse des taux d'intérêt sur le logement abordable dans un pays de votre choix.

Merci de bien vouloir nous confirmer votre présence par retour de courriel.

Bien cordialement,

Julie Dumont
Chargée des ressources humaines
Alliance européenne pour le logement social (AELS)
Square de Meeûs 18 – 1050 Bruxelles
Tél. : +32 2 541 07 36
""", subject="Convocation à un entretien – Chargé·e de recherche « Politiques du logement »")
    msg("aels2", me, [julie], L("2026-03-21 10:20"), """
Madame Dumont,

Je vous remercie de votre message et vous confirme ma présence à l'entretien du jeudi 9 avril 2026 à 10h00 (heure de Bruxelles).

Bien cordialement,

Inês Carvalho
+351 913 482 607
""", parent="aels1", q="pt_apple")
    msg("aels3", julie, [me], B("2026-04-08 16:45"), """
Madame Carvalho,

Comme convenu, voici le lien Zoom pour votre entretien de demain, jeudi 9 avril, à 10h00 (heure de Bruxelles) :

https://us06web.zoom.us/j/84215530917?pwd=bXJ2S0tqQ1ZhWmdOTjBrVUx1eWxEdz09
ID de réunion : 842 1553 0917
Code secret : 418266

Mme Lambert et M. Benali vous attendront dans la salle. Je ne serai pas présente, mais n'hésitez pas à m'appeler au +32 2 541 07 36 en cas de problème technique.

Bien cordialement,
Julie Dumont
""", parent="aels2", q="fr_outlook", prefix="RE : ")
    msg("aels4", me, [julie], L("2026-04-09 11:20"), """
Madame Dumont,

L'entretien de ce matin s'est bien déroulé, malgré une petite coupure de connexion au début. J'ai une question pratique que je n'ai pas eu l'occasion de poser au jury : en cas de recrutement, serait-il possible de prendre mes fonctions le 1er septembre plutôt qu'en juillet ? Je dois respecter un préavis auprès de mon administration.

Bien cordialement,
Inês Carvalho
""", parent="aels3", q="pt_apple", subject="Re: Convocation à un entretien – Chargé·e de "
                                            "recherche « Politiques du logement »")
    msg("aels5", julie, [me], B("2026-04-09 15:02"), """
Madame Carvalho,

Merci pour votre message. Je transmets la question à Mme Lambert ; une prise de fonctions en septembre n'est pas exclue.

Le jury rencontre encore deux candidat·e·s demain. Nous reviendrons vers vous au plus tard le vendredi 17 avril.

Bien cordialement,
Julie Dumont
""", parent="aels4", q="fr_outlook", prefix="RE : ")
    msg("aelsr1", julie, [me], B("2026-04-16 17:30"), """
Madame Carvalho,

Nous tenons à vous remercier de l'intérêt que vous portez à l'AELS et de la qualité de votre entretien du 9 avril.

Après une longue délibération, le jury a retenu une candidature dont le profil correspond de plus près aux besoins immédiats de l'équipe, notamment pour le suivi des dossiers belge et français. Nous sommes conscients que cette nouvelle vous décevra.

Avec votre accord, nous conserverons votre dossier en vue de futurs recrutements ; Mme Lambert a d'ailleurs souligné la pertinence de votre présentation sur le Portugal.

Nous vous souhaitons plein succès pour la suite.

Bien cordialement,

Julie Dumont
Chargée des ressources humaines
Alliance européenne pour le logement social (AELS)
""", subject="Votre candidature – poste de Chargé·e de recherche (logement)")
    msg("aelsr2", me, [julie], L("2026-04-16 21:05"), """
Madame Dumont,

Merci de m'avoir informée. Je suis naturellement déçue, mais c'est bien volontiers que je vous laisse conserver mon dossier.

Bien cordialement,
Inês Carvalho
""", parent="aelsr1", q="pt_apple")

    # ---- EADC (EU agency, Brussels) ------------------------------------
    ack = """Dear CARVALHO Inês,

This is an automatic message. Please do not reply to this e-mail.

We confirm receipt of your application for selection procedure EADC/TA/AD7/2026/004 – Policy Analyst (Social Cohesion Monitoring), temporary agent, grade AD7.

Application number: 004-0187
Submitted on: 04/03/2026 13:58 (Brussels time)

The eligibility of all applications will be assessed after the closing date (16/03/2026 at 12:00 Brussels time). You will be informed of the outcome by e-mail, and you can follow the status of your application in your e-Recruitment account.

European Agency for Demographic Change (EADC)
Human Resources Unit – Selection and Recruitment"""
    msg("eadc0", eadc_auto, [me], B("2026-03-04 14:02"), ack,
        subject="EADC/TA/AD7/2026/004 – Acknowledgement of receipt of your application",
        html=html_of(ack, "EADC e-Recruitment"), html_only=True, headers=AUTO)
    test = """Dear CARVALHO Inês,

This is an automatic message. Please do not reply to this e-mail.

Following the eligibility check, the Selection Committee for procedure EADC/TA/AD7/2026/004 – Policy Analyst (Social Cohesion Monitoring) has admitted you to the written test.

Date: Tuesday 31/03/2026
Time: 14:00 – 15:30 (Brussels time)
Format: online, with remote proctoring. Your personal access link will be sent 24 hours before the test.

The test consists of a case study in English on the monitoring of cohesion policy programmes. Only candidates who obtain at least 60% will be invited to the interview.

European Agency for Demographic Change (EADC)
Human Resources Unit – Selection and Recruitment"""
    msg("eadct", eadc_auto, [me], B("2026-03-20 11:00"), test,
        subject="EADC/TA/AD7/2026/004 – Invitation to the written test",
        html=html_of(test, "EADC e-Recruitment"), html_only=True, headers=AUTO)
    msg("eadc1", kasia, [me], B("2026-04-03 10:41"), """
Dear Ms Carvalho,

Following the results of the written test, I am pleased to invite you to an interview with the Selection Committee for selection procedure EADC/TA/AD7/2026/004 – Policy Analyst (Social Cohesion Monitoring).

Date: Tuesday 14/04/2026
Time: 10:00 – 10:45 (Brussels time)
Format: videoconference (Microsoft Teams). You will receive a separate Teams invitation.

The Selection Committee is composed of:
- Ms Helga BRANDT, Head of Unit "Cohesion Analysis" (Chair)
- Mr Luca RINALDI, Senior Policy Officer
- Ms Ana POPESCU, HR Officer (Secretary to the Committee)

The interview will be conducted in English and will cover your motivation, your knowledge of cohesion policy monitoring and a set of competency-based questions. A short part may be held in French, your declared second language.

Please have an identity document with you: the Secretary will ask you to show it at the start.

Kindly confirm your participation by Wednesday 08/04/2026 by replying to this e-mail.

Kind regards,

Katarzyna NOWAK
HR Assistant – Selection and Recruitment
European Agency for Demographic Change (EADC)
Avenue de Tervueren 211, B-1150 Brussels
Tel. +32 2 298 61 52
""", subject="EADC/TA/AD7/2026/004 – Invitation to interview")
    uid_eadc = uid_outlook(NAME, "eadc-interview")
    eadc_body = ("Interview – selection procedure EADC/TA/AD7/2026/004 – Policy Analyst (Social "
                 "Cohesion Monitoring)\nCandidate: CARVALHO Inês\n\n"
                 + TEAMS_BLOCK % ("NjE4ZmQ0YzUtMmIxYy00", "361 874 552 190", "Vq7bN2"))
    msg("eadcinv", kasia, [me], B("2026-04-03 10:44"), eadc_body,
        subject="EADC/TA/AD7/2026/004 – Interview – CARVALHO Inês", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_eadc, stamp=B("2026-04-03 10:44"),
                     start=B("2026-04-14 10:00"), end=B("2026-04-14 10:45"),
                     summary="EADC/TA/AD7/2026/004 – Interview – CARVALHO Inês",
                     organizer=kasia, tzid="Romance Standard Time",
                     prodid="Microsoft Exchange Server 2010",
                     location="Microsoft Teams Meeting; EADC BXL B.2.14 (Teams Room)",
                     description=eadc_body.replace(TEAMS_BLOCK % ("NjE4ZmQ0YzUtMmIxYy00",
                                                                  "361 874 552 190", "Vq7bN2"),
                                                   "Microsoft Teams meeting – ID 361 874 552 "
                                                   "190, passcode Vq7bN2"),
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (ROOM, "ACCEPTED", "ROOM")]))
    msg("eadc2", me, [kasia], L("2026-04-06 09:12"), """
Dear Ms Nowak,

Thank you for your e-mail. I confirm my participation in the interview on Tuesday 14/04/2026 at 10:00 Brussels time (09:00 Lisbon time) via Microsoft Teams.

Kind regards,
Inês Carvalho
""", parent="eadc1", q="pt_apple")
    msg("eadc3", kasia, [me], B("2026-04-07 15:30"), """
Dear Ms Carvalho,

Thank you for your confirmation.

For your information, the Selection Committee will meet on 29/04/2026 to establish the reserve list. All candidates interviewed will be informed of the outcome in writing by 15/05/2026 at the latest.

Kind regards,
Katarzyna NOWAK
HR Assistant – Selection and Recruitment
European Agency for Demographic Change (EADC)
""", parent="eadc2", q="en_outlook")

    # ---- Pontes ONGD (Lisbon NGO, Portuguese) --------------------------
    msg("pon1", me, [marta], L("2026-03-30 21:48"), """
Exma. Senhora Dra. Marta Ribeiro,

Venho por este meio apresentar a minha candidatura ao lugar de Técnico/a Superior de Advocacy e Políticas Públicas, divulgado no site da Pontes e na Plataforma Portuguesa das ONGD. Junto envio o meu currículo e uma carta de motivação.

Trabalho há oito anos na Direção-Geral de Políticas Territoriais, onde coordeno avaliações de programas públicos, sobretudo nas áreas da habitação e da pobreza energética. Acompanho o trabalho da Pontes desde o relatório de 2023 sobre a Ajuda Pública ao Desenvolvimento e gostaria muito de contribuir para o trabalho de advocacy junto do Governo e das instituições europeias.

Fico ao dispor para qualquer esclarecimento.

Com os melhores cumprimentos,
Inês Carvalho
913 482 607
""", subject="Candidatura – Técnico/a Superior de Advocacy e Políticas Públicas",
        attachments=[CV_PT, pdf("Carta_motivacao_Pontes.pdf", [
            "Ines Carvalho - Carta de motivacao", "Pontes ONGD - Advocacy e Politicas Publicas",
            "Lisboa, 30 de marco de 2026"])])
    msg("pon2", marta, [me], L("2026-04-02 12:05"), """
Cara Dra. Inês Carvalho,

Muito obrigada pela sua candidatura, que nos chegou numa altura muito oportuna.

Gostaríamos de a conhecer. Seria possível vir ter connosco à Pontes na quinta-feira, 16/04, às 15h00? A conversa será comigo e com o Paulo Antunes, coordenador de programas, que segue em cópia. Estamos na Rua Pascoal de Melo, 84, 2.º Esq. (perto do metro de Arroios).

Com os melhores cumprimentos,
Marta Ribeiro

Marta Ribeiro
Diretora Executiva
Pontes – Associação para a Cooperação e o Desenvolvimento (ONGD)
Tel.: 218 240 517 | Tlm.: 936 104 228
""", parent="pon1", cc=[paulo], q="pt_gmail")
    msg("pon3", me, [marta], L("2026-04-03 08:30"), """
Cara Dra. Marta Ribeiro,

Muito obrigada pelo convite. Confirmo a minha presença na quinta-feira, 16/04, às 15h00.

Com os melhores cumprimentos,
Inês Carvalho
""", parent="pon2", cc=[paulo], q="pt_apple")
    msg("pon4", marta, [me], L("2026-04-10 09:40"), """
Cara Inês (se me permite),

Peço desculpa pela alteração, mas surgiu-me uma viagem a Maputo na próxima quinta-feira. Seria possível antecipar a nossa conversa para terça-feira, 14/04, às 14h30? O local mantém-se.

Cumprimentos,
Marta
""", parent="pon3", cc=[paulo], q="pt_gmail")
    msg("pon5", me, [marta], L("2026-04-10 10:02"), """
Terça às 14h30, combinado.

Inês

""" + IPHONE, parent="pon4", cc=[paulo], q="pt_apple")
    msg("pon6", marta, [me], L("2026-04-10 10:20"), """
Ótimo, obrigada. Até terça, então.

Depois das conversas com os candidatos, contamos tomar uma decisão até ao final do mês.

Marta
""", parent="pon5", cc=[paulo], q="pt_gmail")

    # ---- Fundação Ágora (think tank, via Miguel) -----------------------
    msg("ago1", miguel, [henrique, me], L("2026-03-18 09:12"), """
Henrique, Inês,

Como prometido ao jantar de sábado, aqui fica a apresentação.

Henrique: a Inês é uma grande amiga da Rita (e minha, por arrasto). Trabalha há anos em avaliação de políticas públicas na DGPT e anda a pensar no passo seguinte, de preferência fora da administração. Lembrei-me logo de ti e da Ágora.

Inês: o Henrique dirige o Centro de Estudos da Fundação Ágora e sabe mais sobre o terceiro setor em Portugal do que qualquer pessoa que eu conheça.

Deixo-vos a partir daqui.

Abraço,
Miguel
""", subject="Apresentação: Inês Carvalho / Henrique Mendonça (Fundação Ágora)")
    msg("ago2", henrique, [me], L("2026-03-18 11:30"), """
Obrigado, Miguel (passo-te para Bcc).

Cara Dra. Inês Carvalho,

Terei todo o gosto em conhecê-la. O que me diz a um almoço na sexta-feira, 27/03, às 13h00? Costumo ir ao Pátio do Carmo, no Largo do Carmo, a dois passos da Fundação.

Com os melhores cumprimentos,
Henrique Mendonça

Henrique Mendonça
Diretor do Centro de Estudos
Fundação Ágora
Rua da Misericórdia, 37 – 1200-270 Lisboa
T. 213 470 992
""", parent="ago1", q="pt_outlook", prefix="RE: ")
    msg("ago3", me, [henrique], L("2026-03-18 12:10"), """
Caro Dr. Henrique Mendonça,

Com todo o gosto. Sexta-feira, 27/03, às 13h00, no Pátio do Carmo.

Com os melhores cumprimentos,
Inês Carvalho
913 482 607
""", parent="ago2", q="pt_apple")
    msg("ago4", henrique, [me], L("2026-03-26 17:48"), """
Cara Dra. Inês Carvalho,

Só para confirmar amanhã às 13h00. A mesa está reservada em meu nome.

Cumprimentos,
Henrique Mendonça

Obter o Outlook para iOS
""", parent="ago3", q="pt_outlook", prefix="RE: ")
    msg("agoty", me, [henrique], L("2026-03-27 18:22"), """
Caro Dr. Henrique Mendonça,

Muito obrigada pelo almoço e pela conversa tão franca sobre a Fundação e sobre o que mudou no setor nos últimos anos. Fiquei a pensar na sua observação sobre a falta de avaliação independente nos programas financiados por fundações.

Como combinado, envio-lhe até quinta-feira, dia 2, o policy brief que escrevemos sobre a avaliação ex post do Programa de Arrendamento Acessível.

Com os melhores cumprimentos,
Inês Carvalho
913 482 607
""", subject="Almoço de hoje")
    msg("agoty2", henrique, [me], L("2026-03-28 10:05"), """
Cara Inês (permita-me),

O gosto foi meu. Na segunda-feira vou falar com a nossa Diretora Executiva, a Dra. Isabel Freitas, sobre o lugar de investigador(a) sénior que vamos abrir no segundo semestre. Conto dar-lhe notícias até sexta-feira, dia 10 de abril.

Aguardo o policy brief com interesse.

Cumprimentos,
Henrique
""", parent="agoty", q="pt_outlook", prefix="RE: ")
    msg("agoty3", me, [henrique], L("2026-04-09 19:40"), """
Caro Dr. Henrique Mendonça,

Com um atraso pelo qual peço desculpa (a semana da Páscoa baralhou-me as contas), segue em anexo o policy brief de que lhe falei. As conclusões sobre os custos de contexto para os pequenos senhorios são as que mais se aplicam ao que conversámos.

Com os melhores cumprimentos,
Inês Carvalho
""", parent="agoty2", q="pt_apple",
        attachments=[pdf("PolicyBrief_PAA_avaliacao_expost.pdf", [
            "Programa de Arrendamento Acessivel - avaliacao ex post", "Policy brief n.o 7/2025",
            "DGPT - Direcao-Geral de Politicas Territoriais"])])

    # ---- Vértice Executive Search (headhunter, Portuguese) -------------
    msg("ver1", catarina, [me], L("2026-03-31 10:14"), """
Cara Dra. Inês Carvalho,

O meu nome é Catarina Mota e sou consultora na Vértice Executive Search. O seu nome foi-me sugerido por um antigo colega seu da DGPT e, de facto, o seu percurso corresponde muito bem a um processo que estamos a conduzir.

O nosso cliente é uma organização humanitária internacional que está a instalar em Lisboa um centro de análise e advocacy para a Europa do Sul e procura um(a) Head of Policy. Por razões de confidencialidade, só poderei revelar o nome do cliente numa fase mais adiantada.

Teria disponibilidade para uma conversa telefónica de cerca de 30 minutos na segunda-feira, 06/04, às 11h00? Se não lhe for possível, diga-me por favor que horário prefere.

Com os melhores cumprimentos,

Catarina Mota
Senior Consultant
Vértice Executive Search
Av. da Liberdade, 190, 4.º – 1250-147 Lisboa
T. +351 213 187 402 | M. +351 917 550 318
""", subject="Head of Policy – organização internacional (Lisboa) | conversa")
    msg("ver2", me, [catarina], L("2026-04-01 08:05"), """
Cara Dra. Catarina Mota,

Muito obrigada pelo contacto. Segunda-feira, 06/04, às 11h00 é ótimo. O meu número é o 913 482 607.

Com os melhores cumprimentos,
Inês Carvalho
""", parent="ver1", q="pt_apple")
    msg("ver3", catarina, [me], L("2026-04-01 09:30"), """
Perfeito, ligo-lhe então na segunda às 11h00.

Cumprimentos,
Catarina Mota
""", parent="ver2", q="pt_outlook", prefix="RE: ")
    msg("ver4", me, [catarina], L("2026-04-06 15:10"), """
Cara Dra. Catarina Mota,

Obrigada pela conversa desta manhã. Conforme combinado, envio em anexo o meu currículo atualizado (em inglês), com as duas avaliações para a Comissão Europeia em destaque.

Com os melhores cumprimentos,
Inês Carvalho
913 482 607
""", parent="ver3", q="pt_apple", attachments=[CV_EN])
    msg("ver5", catarina, [me], L("2026-04-09 12:40"), """
Cara Inês,

Obrigada pelo CV. Já apresentei o seu perfil ao cliente, que reagiu muito bem, sobretudo à experiência com a Comissão.

Para ser transparente consigo: ainda estamos a falar com outros candidatos, dois deles já numa fase final, e o cliente quer fechar uma primeira lista na próxima semana. Conto dar-lhe um retorno até quinta-feira, 16/04.

Com os melhores cumprimentos,
Catarina Mota
Senior Consultant | Vértice Executive Search
M. +351 917 550 318
""", parent="ver4", q="pt_outlook", prefix="RE: ")

    # ---- Fundação Maré (application by email, out of office) -----------
    msg("mar1", me, [luisa], L("2026-04-08 18:40"), """
Exma. Senhora Dra. Luísa Prates,

Na sequência do anúncio publicado no site da Fundação Maré, venho apresentar a minha candidatura ao lugar de Coordenador(a) de Projetos de Política Social. Envio em anexo o currículo e a carta de motivação.

Trabalho há oito anos na Direção-Geral de Políticas Territoriais em avaliação de políticas públicas, sobretudo em habitação, pobreza energética e fundos europeus. O trabalho da Fundação com as autarquias do litoral alentejano parece-me um terreno onde essa experiência pode ser útil.

Fico ao inteiro dispor para uma conversa.

Com os melhores cumprimentos,
Inês Carvalho
Tlm. 913 482 607
""", subject="Candidatura – Coordenador(a) de Projetos de Política Social",
        attachments=[CV_PT, pdf("Carta_motivacao_Fundacao_Mare.pdf", [
            "Ines Carvalho - Carta de motivacao", "Fundacao Mare - Coordenador(a) de Projetos",
            "Lisboa, 8 de abril de 2026"])])
    case.add("mar2", luisa, [me], L("2026-04-08 18:40") + dt.timedelta(seconds=44), """
Obrigada pela sua mensagem.

Estarei ausente do escritório até dia 13/04 (inclusive), com acesso limitado ao correio eletrónico. Para assuntos urgentes, contacte geral@fundacaomare.pt ou o 265 104 880.

Luísa Prates
Fundação Maré
""", subject="Resposta automática: Candidatura – Coordenador(a) de Projetos de Política Social",
        parent="mar1", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ---- ENAC (Brussels network, English) -------------------------------
    msg("enac1", me, [giulia], L("2026-04-10 17:05"), """
Dear Ms Ferraro,

Please find attached my application for the position of Policy Adviser – Long-term Care (ref. ENAC-2026-07): my CV and a cover letter, as requested in the vacancy notice.

Long-term care has been one of the threads of my work at the Portuguese Directorate-General for Territorial Policy, where I evaluated the recovery-plan investments in residential and home care for older people. I would welcome the chance to bring that national perspective to ENAC's work with its member organisations.

Kind regards,
Inês Carvalho
+351 913 482 607
""", subject="Application – Policy Adviser, Long-term Care (ref. ENAC-2026-07)",
        attachments=[CV_EN, pdf("Cover_letter_ENAC-2026-07.pdf", [
            "Ines Carvalho - cover letter", "ENAC - Policy Adviser, Long-term Care",
            "Lisbon, 10 April 2026"])])
    msg("enac2", pieter, [me], B("2026-04-13 09:48"), """
Dear Inês,

Giulia is on leave this week and asked me to confirm that we have received your application for the Policy Adviser position. The call closes on Friday; she will contact the shortlisted candidates by 30 April.

Best regards,
Pieter Claes
Office Manager
European Network on Ageing and Care (ENAC)
Rue d'Arlon 25, 1050 Brussels | +32 2 280 19 64
""", parent="enac1", q="en_gmail")
    msg("enac3", me, [pieter], L("2026-04-13 10:30"), """
Dear Pieter,

Thank you for letting me know, and for passing on my application.

Best regards,
Inês Carvalho
""", parent="enac2", q="pt_apple")

    # ---- CEPI (informational call via Calendly) -------------------------
    msg("cepi1", me, [aoife], L("2026-04-09 22:10"), """
Dear Dr Brennan,

I'm a policy analyst at the Portuguese Directorate-General for Territorial Policy, and I have been reading CEPI's series on evaluating social investment in the EU budget with great interest – your paper on the social spending tag of the Recovery and Resilience Facility is now required reading in my unit.

I'm exploring a move to policy research in Brussels and would be very grateful for a quarter of an hour of your time, to hear how you see the field and what think tanks look for in people coming from national administrations. Any slot that suits you would be perfect.

Kind regards,
Inês Carvalho
Lisbon | +351 913 482 607
""", subject="A quarter of an hour on social investment evaluation?")
    msg("cepi2", aoife, [me], B("2026-04-10 08:35"), """
Hi Inês,

Happy to! The easiest is to grab a slot here: https://calendly.com/aoife-brennan-cepi/20min – Thursday afternoons are usually my quietest.

Aoife

--
Dr Aoife Brennan
Senior Research Fellow, Centre for European Policy Insight (CEPI)
Rue Ducale 9, 1000 Brussels | +32 2 431 88 05
""", parent="cepi1", q="en_gmail")
    cal_text = """Hi Inês Carvalho,

A new event has been scheduled.

Event Type:
20 Minute Meeting

Invitee:
Inês Carvalho

Invitee Email:
ines.carvalho@example.pt

Event Date/Time:
15:00 - Thursday, 16 April 2026 (Western European Summer Time)

Location:
This is a Zoom web conference. Join: https://us02web.zoom.us/j/87120034561

Host:
Aoife Brennan

Questions:
Please share anything that will help prepare for our meeting.
Moving from a national administration to Brussels policy research - how think tanks recruit.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5b1f0e2a-77c4-4d11-9d53-0a6f2c1b8e41
Reschedule: https://calendly.com/reschedulings/5b1f0e2a-77c4-4d11-9d53-0a6f2c1b8e41

Powered by Calendly.com"""
    msg("cal1", calendly, [me], L("2026-04-10 09:02"), cal_text,
        subject="Confirmed: 20 Minute Meeting with Aoife Brennan on 16/04/2026",
        html=html_of(cal_text, "Calendly"), headers=AUTO, ics_mode="attach",
        ics=make_ics(method="REQUEST", uid=uid_uuid(NAME, "calendly"), stamp=L("2026-04-10 09:02"),
                     start=L("2026-04-16 15:00"), end=L("2026-04-16 15:20"),
                     summary="Inês Carvalho and Aoife Brennan", organizer=aoife,
                     prodid="-//Calendly//Calendly//EN",
                     location="https://us02web.zoom.us/j/87120034561",
                     description="Event Name: 20 Minute Meeting\nJoin Zoom: "
                                 "https://us02web.zoom.us/j/87120034561",
                     attendees=[(me, "ACCEPTED", "INDIVIDUAL")]))
    msg("cepi3", me, [aoife], L("2026-04-16 17:40"), """
Dear Aoife,

Thank you so much for your time this afternoon – it was rather more than a quarter of an hour, and I'm very grateful. Your advice to turn the Portuguese evaluation work into a short public paper before applying anywhere is the most practical thing anyone has told me so far, and I intend to act on it.

I'll look out for the visiting fellows call you mentioned.

Best wishes,
Inês

""" + SIG_EN, parent="cepi2", q="pt_apple")
    msg("cepi4", aoife, [me], B("2026-04-17 09:12"), """
Hi Inês,

My pleasure – and here's the paper I mentioned on evaluation in the European Semester: https://cepi-brussels.eu/publications/semester-evaluation-gap

Good luck with everything, and do keep me posted.

Aoife
""", parent="cepi3", q="en_gmail")

    # ---- Harwood Public Affairs (recruiter no-show) ----------------------
    msg("har1", oliver, [me], B("2026-04-07 15:20"), """
Dear Inês,

I hope you don't mind me reaching out directly. I lead talent acquisition at Harwood Public Affairs in Brussels, and your profile came up in our search for an Associate Director to build our EU Social Affairs practice (employment, social funds, housing).

Would you be open to an initial chat of about 30 minutes? I could do Monday 13 April at 11:00 CET on Teams, or another time that suits you.

Best regards,

Oliver Grant
Talent Partner
Harwood Public Affairs
Avenue des Arts 56, 1000 Brussels
M +32 470 88 12 35
""", subject="Associate Director, EU Social Affairs – Harwood Public Affairs")
    msg("har2", me, [oliver], L("2026-04-07 17:45"), """
Dear Oliver,

Thank you for getting in touch. Monday 13 April at 11:00 Brussels time (10:00 in Lisbon) on Teams works for me.

Best regards,
Inês Carvalho
""", parent="har1", q="pt_apple")
    har_body1 = ("Intro call – Associate Director, EU Social Affairs\n\n"
                 + TEAMS_BLOCK % ("ZTk2YjEwMmMtNGU0Ny00", "327 551 908 436", "Lm3pX8"))
    msg("harinv1", oliver, [me], B("2026-04-07 19:02"), har_body1,
        subject="Intro call – Inês Carvalho / Harwood (Associate Director, EU Social Affairs)",
        ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "harwood-1"),
                     stamp=B("2026-04-07 19:02"), start=B("2026-04-13 11:00"),
                     end=B("2026-04-13 11:30"),
                     summary="Intro call – Inês Carvalho / Harwood (Associate Director, EU Social "
                             "Affairs)", organizer=oliver, tzid="Romance Standard Time",
                     prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting",
                     description="Intro call – Associate Director, EU Social Affairs. Microsoft "
                                 "Teams meeting ID 327 551 908 436, passcode Lm3pX8",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")]))
    msg("har3", me, [oliver], L("2026-04-13 10:17"), """
Hi Oliver,

I've been in the Teams meeting since 11:00 your time but haven't managed to connect with you – I hope everything is all right. I'm at my desk for the rest of the morning if you'd like to try again, or we can find another day.

Best,
Inês
""", parent="har2", q="pt_apple")
    msg("har4", oliver, [me], B("2026-04-14 08:50"), """
Inês,

I'm so sorry about yesterday. I was pulled into a client pitch at the last minute and didn't manage to warn you – not the impression we want to give.

Could we try again on Thursday 23 April at 14:00 CET? I'll send a fresh invite.

Apologies again,
Oliver
""", parent="har3", q="en_outlook", prefix="RE: ")
    msg("har5", me, [oliver], L("2026-04-14 08:31"), """
Thursday works.

Inês

""" + IPHONE, parent="har4", q="pt_apple")
    har_body2 = ("Intro call (rescheduled) – Associate Director, EU Social Affairs\n\n"
                 + TEAMS_BLOCK % ("YTQ1ZGM3OTItZjA4Ny00", "392 640 117 285", "Qe7tR4"))
    msg("harinv2", oliver, [me], B("2026-04-14 10:05"), har_body2,
        subject="Intro call (rescheduled) – Inês Carvalho / Harwood", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "harwood-2"),
                     stamp=B("2026-04-14 10:05"), start=B("2026-04-23 14:00"),
                     end=B("2026-04-23 14:30"),
                     summary="Intro call (rescheduled) – Inês Carvalho / Harwood",
                     organizer=oliver, tzid="Romance Standard Time",
                     prodid="Microsoft Exchange Server 2010", location="Microsoft Teams Meeting",
                     description="Intro call (rescheduled) – Associate Director, EU Social "
                                 "Affairs. Teams meeting ID 392 640 117 285, passcode Qe7tR4",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")]))

    # ---- Clean Air Europe (cancelled) -------------------------------------
    msg("cae1", marek, [me], B("2026-03-31 11:05"), """
Dear Inês,

Thank you for applying for the Advocacy Lead (Southern Europe) position. I'd like to invite you to a 45-minute video conversation with me. Would Friday 10 April at 14:00 CEST work for you?

Best wishes,
Marek

Marek Zieliński
Programme Director | Clean Air Europe
+32 2 502 77 14 | cleanaireurope.org
""", subject="Advocacy Lead (Southern Europe) – Clean Air Europe")
    msg("cae2", me, [marek], L("2026-03-31 19:22"), """
Dear Marek,

Thank you. Friday 10 April at 14:00 CEST (13:00 in Lisbon) works well.

Kind regards,
Inês Carvalho
""", parent="cae1", q="pt_apple")
    uid_cae = uid_google(NAME, "cae")
    cae_desc = "Video conversation – Advocacy Lead (Southern Europe)."
    msg("caeinv", marek_cal, [me], B("2026-04-01 09:00"), gcal_body(
        "Clean Air Europe – Inês Carvalho (Advocacy Lead)",
        "Friday 10 Apr 2026 ⋅ 14:00 – 14:45 (Central European Time - Brussels)",
        "pwa-qdkx-cme", cae_desc, "Marek Zieliński", [], me.email, digest("cae", n=22)),
        subject="Invitation: Clean Air Europe – Inês Carvalho (Advocacy Lead) @ Fri 10 Apr 2026 "
                "14:00 - 14:45 (CEST) (ines.carvalho@example.pt)",
        headers=dict(GCAL, **{"Reply-To": marek.email}),
        ics=make_ics(method="REQUEST", uid=uid_cae, stamp=B("2026-04-01 09:00"),
                     start=B("2026-04-10 14:00"), end=B("2026-04-10 14:45"),
                     summary="Clean Air Europe – Inês Carvalho (Advocacy Lead)", organizer=marek,
                     tzid="Europe/Brussels", location="https://meet.google.com/pwa-qdkx-cme",
                     description=cae_desc,
                     attendees=[(marek, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")]))
    cancel_text = ("This event has been cancelled.\n\nClean Air Europe – Inês Carvalho (Advocacy "
                   "Lead)\nFriday 10 Apr 2026 ⋅ 14:00 – 14:45 (Central European Time - Brussels)"
                   "\n\nOrganiser\nMarek Zieliński\nmarek.zielinski@cleanaireurope.org\n\n"
                   "Invitation from Google Calendar")
    msg("caecancel", marek_cal, [me], B("2026-04-08 16:02"), cancel_text,
        subject="Cancelled event: Clean Air Europe – Inês Carvalho (Advocacy Lead) @ Fri 10 Apr "
                "2026 14:00 - 14:45 (CEST) (ines.carvalho@example.pt)",
        headers=dict(GCAL, **{"Reply-To": marek.email}),
        ics=make_ics(method="CANCEL", uid=uid_cae, stamp=B("2026-04-08 16:02"),
                     start=B("2026-04-10 14:00"), end=B("2026-04-10 14:45"),
                     summary="Clean Air Europe – Inês Carvalho (Advocacy Lead)", organizer=marek,
                     tzid="Europe/Brussels", sequence=1, status="CANCELLED",
                     attendees=[(marek, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")]))
    msg("cae3", marek, [me], B("2026-04-08 16:10"), """
Dear Inês,

I'm sorry to write with this news: our board decided yesterday to put the Advocacy Lead position on hold, as one of our main grants for 2026–27 has been delayed. I've cancelled Friday's call, since I can't in good conscience take your time for a role I'm not able to fill.

If the post reopens, you will be among the first people I contact.

With apologies and best wishes,
Marek
""", parent="cae2", q="en_gmail")
    msg("cae4", me, [marek], L("2026-04-08 18:02"), """
Dear Marek,

Thank you for letting me know so openly – I understand completely. I'd be glad to hear from you if the position reopens.

Best wishes,
Inês
""", parent="cae3", q="pt_apple")

    # ---- Health Equity Europe (arranged by Lucy, call with Anneke) -------
    msg("hee1", lucy, [me], B("2026-04-10 11:25"), """
Dear Inês,

Thank you for your application for the Policy Coordinator role at Health Equity Europe.

Our Head of Policy, Anneke de Vries (a.devries@healthequity.eu), would like to have a 30-minute video call with you. Would Friday 17 April at 11:00 CEST (10:00 in Lisbon) suit you? Anneke will call you on Teams:

Join Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ4NzE2ZjUtYzA1My00%40thread.v2/0
Meeting ID: 388 120 447 015 | Passcode: t9XkQ2

Kind regards,
Lucy

Lucy Mercer
Office & HR Coordinator
Health Equity Europe
Rue de Trèves 49–51, 1040 Brussels
+32 2 230 56 12
""", subject="Policy Coordinator – call with Anneke de Vries")
    msg("hee2", me, [lucy], L("2026-04-10 13:05"), """
Dear Lucy,

Thank you. Friday 17 April at 10:00 Lisbon time (11:00 CEST) suits me very well; I'll wait for Anneke's call on Teams.

Kind regards,
Inês Carvalho
""", parent="hee1", q="pt_apple")
    msg("hee3", me, [lucy], L("2026-04-17 12:20"), """
Dear Lucy,

Thank you for organising this morning's call with Anneke – it was a very good conversation, and the connection held up perfectly.

As Anneke asked, I'm attaching a short writing sample: a two-page note on energy poverty indicators that I prepared for a Council working party. Could you please pass it on to her?

Kind regards,
""" + SIG_EN, parent="hee2", q="pt_apple",
        attachments=[pdf("Writing_sample_energy_poverty_indicators.pdf", [
            "Energy poverty indicators - note for the Council working party",
            "Ines Carvalho, DGPT, 2025"])])
    msg("hee4", lucy, [me], B("2026-04-17 14:05"), """
Hi Inês,

Thanks, I've forwarded it to Anneke.

Have a nice weekend,
Lucy
""", parent="hee3", q="en_outlook", prefix="RE: ")

    # ---- Mentor: Prof.ª Teresa Vasconcelos -------------------------------
    msg("ter1", me, [teresa], L("2026-03-09 20:14"), """
Querida Professora,

Espero que esteja bem! Há muito tempo que não falamos, e tenho uma novidade (ou melhor, uma decisão): vou começar a procurar trabalho fora do Ministério, numa ONG ou numa agência europeia. Gostava muito de ouvir a sua opinião antes de dar passos em falso.

Teria disponibilidade para um almoço numa das próximas semanas? Eu vou ter consigo ao Instituto.

Um beijinho,
Inês
""", subject="Um almoço?")
    msg("ter2", teresa, [me], L("2026-03-10 08:02"), """
Querida Inês,

Que boa notícia! Já não era sem tempo. Sexta-feira, dia 13, às 13h00? Encontramo-nos no átrio do edifício principal e vamos ao Zé da Graça, ali ao lado.

Beijinhos,
Teresa

--
Teresa Vasconcelos
Professora Associada com Agregação
Instituto de Políticas Públicas de Lisboa
""", parent="ter1", q="pt_gmail")
    msg("ter3", me, [teresa], L("2026-03-13 20:30"), """
Querida Professora,

Muito obrigada pelo almoço e por todos os conselhos. Saí de lá com a cabeça muito mais arrumada. Vou seguir a sua sugestão e falar com o Dr. Nuno Figueiredo: pode passar-me o contacto dele?

Beijinhos,
Inês
""", parent="ter2", q="pt_apple")
    msg("ter4", teresa, [me], L("2026-03-14 11:10"), """
Claro. É nuno.figueiredo@eaop.europa.eu. Diga-lhe que vai da minha parte; foi meu aluno de mestrado e é das pessoas mais generosas que conheço.

Beijinhos,
Teresa
""", parent="ter3", q="pt_gmail")
    msg("terf1", teresa, [me], L("2026-03-23 09:40"), """
Inês, isto pode interessar-lhe, pelo menos para ganhar experiência fora do Ministério. Beijinhos, T.

---------- Forwarded message ---------
De: Rede Europeia de Avaliação <secretariado@ees-evaluation.eu>
Date: seg., 23/03/2026 às 08:12
Subject: [EES-list] Call for evaluators – ESF+ in southern Europe
To: <ees-list@ees-evaluation.eu>

Dear members,

We are looking for independent evaluators with experience of the European Social Fund Plus in Portugal, Spain, Italy or Greece for a mid-term evaluation commissioned by a consortium of managing authorities. Expressions of interest (CV and one page) by 20 April.

Best regards,
EES Secretariat
""", subject="Fwd: [EES-list] Call for evaluators – ESF+ in southern Europe")
    msg("terf2", me, [teresa], L("2026-03-23 22:15"), """
Obrigada, Professora! Vou ver com calma, mas como funcionária pública tenho de confirmar primeiro a questão da acumulação de funções.

Beijinhos,
Inês
""", parent="terf1", q="pt_apple")
    msg("terz1", me, [teresa], L("2026-04-06 21:05"), """
Querida Professora,

Na quinta-feira tenho a entrevista na AELS, em Bruxelas, em francês e por Zoom, e estou com algum receio da parte da apresentação. Seria abusar pedir-lhe uma simulação, nem que seja de meia hora?

Beijinhos,
Inês
""", subject="Entrevista de quinta (AELS)")
    msg("terz2", teresa, [me], L("2026-04-06 22:30"), """
Não é abuso nenhum. Amanhã, terça, às 18h30, por Zoom? Aqui fica o link:
https://ippl-pt.zoom.us/j/93188204712

Prepare os 5 minutos como se fosse a sério. E eu faço de jurada antipática.

Beijinhos,
Teresa
""", parent="terz1", q="pt_gmail")
    msg("terz3", me, [teresa], L("2026-04-07 08:10"), """
Perfeito, lá estarei!

Inês

""" + IPHONE, parent="terz2", q="pt_apple")
    msg("terz4", me, [teresa], L("2026-04-07 20:05"), """
Muito obrigada, Professora. As suas perguntas sobre o mercado de arrendamento belga foram piores do que as de qualquer júri! Vou refazer a conclusão da apresentação como sugeriu.

Beijinhos,
Inês
""", parent="terz3", q="pt_apple")
    msg("teru1", me, [teresa], L("2026-04-15 21:40"), """
Querida Professora,

Só para lhe dar notícias: ontem tive a entrevista na agência europeia (EADC) de manhã e, à tarde, a conversa na Pontes. A da agência foi muito formal, três pessoas do outro lado, mas acho que correu bem. Da AELS ainda não sei nada. E na próxima semana tenho a segunda fase na Fair Transition Network.

Obrigada mais uma vez pela simulação: a pergunta sobre os indicadores saiu quase igual na EADC!

Beijinhos,
Inês
""", subject="Notícias")
    msg("teru2", teresa, [me], L("2026-04-16 08:15"), """
Querida Inês,

Que semana! Fico muito contente. Seja qual for o resultado, já está noutro patamar. Vá-me contando.

Beijinhos,
Teresa
""", parent="teru1", q="pt_gmail")

    # ---- Nuno Figueiredo (EAOP, Lisbon), coffee ---------------------------
    msg("nun1", me, [nuno], L("2026-03-24 21:30"), """
Caro Dr. Nuno Figueiredo,

Escrevo-lhe por sugestão da Professora Teresa Vasconcelos, que foi minha orientadora de mestrado e que me falou muito bem de si.

Sou técnica superior na Direção-Geral de Políticas Territoriais, onde trabalho em avaliação de políticas públicas, e estou a pensar candidatar-me a lugares em agências europeias. Gostaria muito de ouvir, durante um quarto de hora, a sua experiência sobre o que estas agências procuram e como preparar os processos de seleção. Qualquer momento que lhe seja conveniente é bom para mim.

Com os melhores cumprimentos,
Inês Carvalho
913 482 607
""", subject="Da parte da Prof.ª Teresa Vasconcelos – um quarto de hora?")
    msg("nun2", nuno, [me], L("2026-03-25 13:10"), """
Cara Dra. Inês Carvalho,

Qualquer amiga da Professora Teresa é bem-vinda. Um quarto de hora é pouco para o que há a dizer: que tal um café na quarta-feira, 01/04, às 8h30, antes de eu entrar? Estou no Cais do Sodré; há um café no Mercado da Ribeira que abre cedo.

Cumprimentos,
Nuno Figueiredo
Head of Unit – Policy Coordination
European Agency for Ocean Policy (EAOP)
Praça Europa 4, Cais do Sodré, 1249-206 Lisboa
""", parent="nun1", q="pt_outlook", prefix="RE: ")
    msg("nun3", me, [nuno], L("2026-03-25 14:02"), """
Caro Dr. Nuno Figueiredo,

Muito obrigada pela disponibilidade. Quarta, dia 1, às 8h30, no Mercado da Ribeira. Até lá!

Com os melhores cumprimentos,
Inês Carvalho
""", parent="nun2", q="pt_apple")
    msg("nun4", me, [nuno], L("2026-04-01 12:45"), """
Caro Dr. Nuno Figueiredo,

Muito obrigada pelo café desta manhã e pela generosidade com que partilhou a sua experiência. As dicas sobre os testes de competências e sobre a forma de apresentar a experiência na administração nacional vão ser-me muito úteis.

Vou acompanhar a publicação do concurso de que me falou.

Com os melhores cumprimentos,
Inês Carvalho
913 482 607
""", parent="nun3", q="pt_apple")
    msg("nun5", nuno, [me], L("2026-04-02 19:05"), """
Cara Inês,

Foi um gosto. Fique atenta à publicação do concurso para AD6 em maio e não hesite em contactar-me se tiver dúvidas na candidatura.

Boa Páscoa,
Nuno
""", parent="nun4", q="pt_outlook", prefix="RE: ")

    # ---- Job boards, portals ----------------------------------------------
    jobs1 = """Your weekly EU policy jobs – 27 new roles in Brussels and beyond

Policy Officer, Employment and Social Affairs – European Youth Coalition (Brussels) – apply by 06/04
Senior Policy Adviser, Cohesion – Regions for Europe Network (Brussels) – apply by 10/04
Policy Coordinator – Health Equity Europe (Brussels) – apply by 12/04
Research Fellow, Fiscal Policy – Open Policy Lab Europe (Brussels) – rolling
Advocacy Lead (Southern Europe) – Clean Air Europe (Brussels/remote) – apply by 30/03
... and 22 more: https://eujobsdigest.eu/jobs?week=2026-13

Interview season: our guide to EU agency selection committees – https://eujobsdigest.eu/guides/agency-interviews

You receive this alert because you subscribed to "policy / social affairs". Manage alerts: https://eujobsdigest.eu/alerts"""
    msg("jobs1", eujobs, [me], B("2026-03-23 07:00"), jobs1,
        subject="27 new policy jobs this week – Brussels and beyond",
        html=html_of(jobs1, "EU Jobs Digest"),
        headers=dict(bulk_headers("<weekly.eujobsdigest.eu>", "https://eujobsdigest.eu/u/8f3a21"),
                     **AUTO))
    jobs2 = """Your weekly EU policy jobs – 31 new roles in Brussels and beyond

Policy Adviser, Long-term Care – European Network on Ageing and Care (Brussels) – apply by 17/04
Senior Policy Officer, Housing – Housing Rights Europe (Brussels) – apply by 04/05
Policy Analyst (AD6) – European Agency for Ocean Policy (Lisbon) – call opens in May
Associate, EU Social Affairs – Harwood Public Affairs (Brussels) – rolling
Programme Manager, Just Transition – Fair Transition Network (Brussels) – apply by 30/04
... and 26 more: https://eujobsdigest.eu/jobs?week=2026-17

Follow up after an interview: the three-line email that gets answered – https://eujobsdigest.eu/guides/follow-up

You receive this alert because you subscribed to "policy / social affairs". Manage alerts: https://eujobsdigest.eu/alerts"""
    msg("jobs2", eujobs, [me], B("2026-04-20 07:00"), jobs2,
        subject="31 new policy jobs this week – Brussels and beyond",
        html=html_of(jobs2, "EU Jobs Digest"),
        headers=dict(bulk_headers("<weekly.eujobsdigest.eu>", "https://eujobsdigest.eu/u/8f3a21"),
                     **AUTO))
    nv = """Olá Inês,

Há 8 novas ofertas para a sua pesquisa «políticas públicas» em Lisboa:

Técnico/a Superior – Avaliação de Políticas – Instituto Público (Lisboa) – candidaturas até 30/04/2026
Coordenador/a de Advocacy – ONGD (Lisboa) – candidaturas até 24/04/2026
Analista de Políticas Sociais – Fundação (Lisboa) – candidaturas até 08/05/2026
Consultor/a Sénior Fundos Europeus – consultora (Lisboa/híbrido)
... e mais 4 ofertas: https://www.netvagas.pt/alertas/ver?id=55120

Boa sorte na sua procura!
A equipa NetVagas

Para deixar de receber estes alertas: https://www.netvagas.pt/alertas/cancelar"""
    msg("nv1", netvagas, [me], L("2026-04-16 08:30"), nv,
        subject="8 novas ofertas para «políticas públicas» em Lisboa",
        html=html_of(nv, "NetVagas"),
        headers=dict(bulk_headers("<alertas.netvagas.pt>", "https://www.netvagas.pt/alertas/cancelar"),
                     **AUTO))
    w1 = """Dear Inês Carvalho,

Thank you for applying for the position of Senior Policy Analyst (Migration & Integration), job requisition R-2026-0119, at the Institute for Migration Policy Europe.

Our team will review your application and contact you if your profile matches the requirements of the role. You can check the status of your application at any time in our candidate home.

Kind regards,
IMPE Talent Acquisition

This is an automated message. Please do not reply."""
    msg("impe1", impe, [me], B("2026-03-10 16:22"), w1,
        subject="Thank you for applying – Senior Policy Analyst (Migration & Integration)",
        html=html_of(w1, "IMPE Careers"), html_only=True, headers=AUTO)
    w2 = """Dear Inês Carvalho,

Thank you for your interest in the Senior Policy Analyst (Migration & Integration) position at the Institute for Migration Policy Europe, and for the time you took to apply.

We received a very large number of applications. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We encourage you to keep an eye on our careers page for future opportunities and wish you every success.

Kind regards,
IMPE Talent Acquisition

This is an automated message. Please do not reply."""
    msg("impe2", impe, [me], B("2026-04-07 10:05"), w2,
        subject="Update on your application – Senior Policy Analyst (Migration & Integration)",
        html=html_of(w2, "IMPE Careers"), html_only=True, headers=AUTO)

    # ==================================================================
    # NOT JOB SEARCH
    # ==================================================================

    # ---- Family -------------------------------------------------------
    msg("mae1", mae, [me], L("2026-03-25 10:12"), """
Filha,

Então sempre vêm na quinta-feira santa? O pai quer saber se trazem as bicicletas dos miúdos, para ele ir ver os pneus.

Beijinhos da mãe
""", subject="Páscoa")
    msg("mae2", me, [mae], L("2026-03-25 13:40"), """
Mãe, chegamos na quinta à noite, lá para as 21h. As bicicletas não cabem no carro com as malas, mas o Tomás leva a trotinete.

Beijinhos
Inês
""", parent="mae1", q="pt_apple")
    msg("mae3", mae, [me], L("2026-03-26 09:05"), """
Está bem. Vou fazer cabrito no domingo e a tua tia Lurdes também vem. Diz ao Pedro para não se esquecer do vinho que o pai lhe pediu.

Beijinhos
""", parent="mae2", q="pt_apple")
    msg("maec1", mae, [me], L("2026-04-06 18:30"), """
Chegaram bem? A Leonor esqueceu-se do casaco cor-de-rosa cá em casa. Mando pelo correio ou fica para a próxima?

Mãe
""", subject="Casaco da Leonor")
    msg("maec2", me, [mae], L("2026-04-06 21:50"), """
Chegámos, mãe, tudo bem! Manda sim, que ela só tem aquele para a escola. Obrigada por tudo, foram uns dias ótimos.

Beijinhos
Inês

""" + IPHONE, parent="maec1", q="pt_apple")
    msg("pai1", pai, [me], L("2026-03-12 08:20"), """
Inês, vê isto. Não era isto que querias? Beijos, Pai

---------- Forwarded message ---------
De: Diário Atlântico <newsletter@diarioatlantico.pt>
Date: qui., 12/03/2026 às 07:00
Subject: A Manhã | Bruxelas quer mais portugueses nas instituições europeias
To: <antonio.carvalho.vis@gmail.com>

Bruxelas quer mais portugueses nas instituições europeias
Os portugueses continuam sub-representados nos quadros da Comissão Europeia e das agências da UE. O próximo concurso geral para administradores abre na primavera e o Governo vai reforçar a preparação dos candidatos...
Ler mais: https://diarioatlantico.pt/europa/2026/03/12/bruxelas-quer-portugueses
""", subject="Fwd: A Manhã | Bruxelas quer mais portugueses nas instituições europeias")
    msg("pai2", me, [pai], L("2026-03-12 12:55"), """
Obrigada, pai! Já estou a tratar disso, depois conto-te tudo com calma na Páscoa.

Beijinhos
Inês
""", parent="pai1", q="pt_apple")
    msg("ped1", pedro, [me], L("2026-03-17 16:02"), """
Amor, amanhã consegues ir buscar a Leonor à natação? Tenho reunião até às 19h e não vou chegar a tempo.
""", subject="Natação amanhã")
    msg("ped2", me, [pedro], L("2026-03-17 16:20"), """
Consigo. Mas quinta é contigo!

""" + IPHONE, parent="ped1", q="pt_apple")
    msg("ped3", pedro, [me], L("2026-03-17 16:22"), "Combinado 👍\n", parent="ped2",
        q="pt_gmail")
    msg("seg1", pedro, [me], L("2026-04-14 20:10"), """
Chegou isto da seguradora. A renovação do seguro do carro está 40 € mais cara. Vale a pena pedir simulações a outras?

---------- Forwarded message ---------
De: Seguros Atlântida <apolices@segurosatlantida.pt>
Date: ter., 14/04/2026 às 11:30
Subject: Aviso de renovação – Apólice Automóvel n.º 7710-443218
To: <pedro.almeida.73@gmail.com>

Prémio anual a pagar até 15/05/2026: 412,60 €
""", subject="Fwd: Aviso de renovação – Apólice Automóvel n.º 7710-443218")
    msg("seg2", me, [pedro], L("2026-04-14 21:35"), """
Vê tu, por favor, que esta semana estou sem cabeça. Mas sim, 40 € é muito.
""", parent="seg1", q="pt_apple")
    msg("jan1", pedro, [me], L("2026-04-21 12:15"), """
Os meus pais perguntam se jantamos lá na sexta. Digo que sim?
""", subject="Jantar sexta")
    msg("jan2", me, [pedro], L("2026-04-21 12:48"), """
Pode ser. Mas quinta tenho a segunda fase da entrevista de Bruxelas, por isso na sexta vou precisar de um copo de vinho e de não falar de trabalho 😅

""" + IPHONE, parent="jan1", q="pt_apple")
    msg("jo1", joana, [me], L("2026-04-02 21:30"), """
Mana,

A festa da Matilde é no sábado, 18, às 16h, no Parque da Cidade (ao pé do lago). Vêm? Ela está sempre a perguntar pelo Tomás.

Bjs
""", subject="Anos da Matilde – 18/04")
    msg("jo2", me, [joana], L("2026-04-03 09:15"), """
Vamos tentar! Os miúdos vão adorar. O que é que ela quer?
""", parent="jo1", q="pt_apple")
    msg("jo3", joana, [me], L("2026-04-03 10:02"), """
Anda obcecada com os Lego de animais. Qualquer um serve, desde que tenha um cavalo 🐴

Bjs
""", parent="jo2", q="pt_gmail")
    msg("rit1", rita, [me], L("2026-03-28 11:40"), """
Então, como foi o almoço com o Henrique?? O Miguel está cheio de curiosidade (eu também, confesso).
""", subject="E então??")
    msg("rit2", me, [rita], L("2026-03-28 12:30"), """
Correu mesmo bem! Ele vai falar com a diretora executiva sobre um lugar que vão abrir. Agradece outra vez ao Miguel por mim, foi uma ótima ideia.

Jantar um dia destes?
""", parent="rit1", q="pt_apple")
    msg("rit3", rita, [me], L("2026-03-28 13:05"), """
Boa!!! 🤞 Jantar cá em casa quando houver novidades, e levas o vinho.
""", parent="rit2", q="pt_gmail")
    msg("rit4", rita, [me], L("2026-04-18 10:20"), """
E o Henrique, já disse alguma coisa? O Miguel encontrou-o ontem num lançamento de um livro mas não teve coragem de perguntar 😂
""", parent="rit3", q="pt_gmail")
    msg("rit5", me, [rita], L("2026-04-18 11:02"), """
Nada ainda... Vamos ver. Esta semana foi uma loucura de entrevistas, depois conto-te tudo.
""", parent="rit4", q="pt_apple")

    # ---- Condominium --------------------------------------------------
    msg("con1", jorge, [me], L("2026-03-27 10:00"), """
Exmos. Senhores Condóminos,

Junto enviamos a convocatória para a Assembleia Geral Ordinária do condomínio do prédio sito na Rua Alferes Malheiro, n.º 112, que terá lugar no dia 13 de abril de 2026, pelas 21h00, na sala do condomínio (r/c).

Ordem de trabalhos:
1. Apreciação e votação das contas de 2025;
2. Apreciação e votação do orçamento para 2026;
3. Obras de reparação da fachada posterior – apresentação de orçamentos;
4. Outros assuntos de interesse geral.

Não havendo quórum à hora marcada, a assembleia reunirá meia hora depois com os condóminos presentes.

Com os melhores cumprimentos,
Jorge Pinto
Belavista – Administração de Condomínios, Lda.
Tel. 217 951 380
""", subject="Convocatória – Assembleia Geral Ordinária – Rua Alferes Malheiro, 112",
        attachments=[pdf("Convocatoria_AG_2026.pdf", [
            "Convocatoria - Assembleia Geral Ordinaria", "Rua Alferes Malheiro, 112 - Lisboa",
            "13 de abril de 2026, 21h00"])])
    msg("con2", me, [jorge], L("2026-03-29 17:20"), """
Boa tarde, Sr. Jorge Pinto,

É possível participar por videoconferência? Nesse dia só consigo estar em casa depois das 21h30.

Com os melhores cumprimentos,
Inês Carvalho (2.º Dto.)
""", parent="con1", q="pt_apple")
    msg("con3", jorge, [me], L("2026-03-30 09:45"), """
Boa tarde, D. Inês,

Sim, enviaremos o link a quem o solicitar, no próprio dia.

Cumprimentos,
Jorge Pinto
""", parent="con2", q="pt_outlook", prefix="RE: ")
    msg("con4", jorge, [me], L("2026-04-13 18:00"), """
Boa tarde,

Segue o link para a assembleia desta noite (21h00):
https://us05web.zoom.us/j/81457720346?pwd=QmVsYXZpc3RhMjAyNg

Cumprimentos,
Jorge Pinto
""", parent="con3", q="pt_outlook", prefix="RE: ")
    msg("con5", jorge, [me], L("2026-04-14 11:00"), """
Exmos. Senhores Condóminos,

Informamos que a assembleia de ontem aprovou as contas de 2025 e o orçamento para 2026. Quanto às obras da fachada, foi deliberado pedir um terceiro orçamento. A ata será enviada a todos os condóminos até ao dia 24/04.

Com os melhores cumprimentos,
Jorge Pinto
""", parent="con4", q="pt_outlook", prefix="RE: ")
    agua = """Exmos. Condóminos,

Informamos que, por motivo de reparação da coluna montante, o abastecimento de água ao prédio da Rua Alferes Malheiro, n.º 112, será interrompido no dia 15/04/2026, das 9h00 às 13h00.

Pedimos desculpa pelo incómodo.

Belavista – Administração de Condomínios, Lda."""
    msg("agua", condo_auto, [me], L("2026-04-09 15:00"), agua,
        subject="Aviso – Corte de água no dia 15/04 (9h00–13h00)",
        html=html_of(agua), headers=AUTO)
    quotas = """Exmo(a). Condómino(a),

Informamos que se encontra disponível para pagamento a quota do 2.º trimestre de 2026 da fração 2.º Dto.

Valor: 96,00 €
Entidade: 21 795 | Referência: 318 442 907
Data limite: 10/04/2026

Belavista – Administração de Condomínios, Lda."""
    msg("quotas", condo_auto, [me], L("2026-03-05 10:30"), quotas,
        subject="Quota do condomínio – 2.º trimestre 2026", html=html_of(quotas), headers=AUTO)

    # ---- Tax office ---------------------------------------------------
    irs = """Exmo(a). Senhor(a) Contribuinte,

Informamos que a sua declaração de IRS Modelo 3 relativa ao ano de 2025 foi submetida com sucesso.

Identificação da declaração: 2025-X7Q3-K81N-4TT2
Data de submissão: 02/04/2026 22:14

Poderá consultar o estado da declaração no Portal das Finanças.

Autoridade Tributária e Aduaneira
Esta mensagem foi enviada automaticamente. Por favor não responda."""
    msg("irs1", financas, [me], L("2026-04-02 22:15"), irs,
        subject="IRS 2025 – Declaração submetida com sucesso", html=html_of(irs),
        html_only=True, headers=AUTO)
    reemb = """Exmo(a). Senhor(a) Contribuinte,

Encontra-se disponível no Portal das Finanças a nota de liquidação da sua declaração de IRS de 2025, com reembolso no valor de 684,21 €.

O reembolso será efetuado por transferência bancária para o IBAN indicado na declaração.

Autoridade Tributária e Aduaneira
Esta mensagem foi enviada automaticamente. Por favor não responda."""
    msg("irs2", financas, [me], L("2026-04-16 07:40"), reemb,
        subject="IRS 2025 – Nota de liquidação disponível", html=html_of(reemb), html_only=True,
        headers=AUTO)
    efat = """Exmo(a). Senhor(a) Contribuinte,

Existem faturas pendentes no e-fatura que necessitam da sua intervenção para serem consideradas nas deduções à coleta de 2025.

Prazo para verificação: 31/03/2026.

Autoridade Tributária e Aduaneira
Esta mensagem foi enviada automaticamente. Por favor não responda."""
    msg("efat", financas, [me], L("2026-03-10 08:00"), efat,
        subject="e-fatura – Faturas pendentes de verificação", html=html_of(efat),
        html_only=True, headers=AUTO)

    # ---- School ---------------------------------------------------------
    msg("esc1", helena, [me], L("2026-04-13 17:25"), """
Exmos. Encarregados de Educação,

Informo que a reunião intercalar do 3.º período da turma do 6.º B terá lugar na segunda-feira, 20 de abril, às 18h30, na sala 14 do edifício principal.

Ordem de trabalhos: aproveitamento e comportamento no 2.º período; visita de estudo a Conímbriga; provas de aferição.

Com os melhores cumprimentos,
Helena Costa
Diretora de Turma do 6.º B
Agrupamento de Escolas das Laranjeiras
""", subject="Reunião de Encarregados de Educação – 6.º B – 20/04, 18h30")
    msg("esc2", me, [helena], L("2026-04-13 21:10"), """
Boa noite, Professora Helena,

Estarei presente. O pai do Tomás também vai tentar.

Com os melhores cumprimentos,
Inês Carvalho (mãe do Tomás Almeida)
""", parent="esc1", q="pt_apple")
    msg("vis1", sofia, [me], L("2026-04-14 13:10"), """
Caros pais,

No dia 22/04 os alunos do 2.º A vão ao Pavilhão do Conhecimento. Precisamos da autorização assinada (vai na caderneta) e dos 6 € até sexta-feira, 17/04.

Obrigada,
Sofia Neves
""", subject="Visita de estudo ao Pavilhão do Conhecimento – 22/04")
    msg("vis2", me, [sofia], L("2026-04-14 19:45"), """
Olá Professora Sofia,

A autorização segue amanhã na mochila da Leonor, com o dinheiro.

Obrigada!
Inês
""", parent="vis1", q="pt_apple")
    ementa = """Ementas – semana de 13 a 17 de abril

Segunda: sopa de legumes; frango estufado com arroz
Terça: creme de abóbora; pescada no forno com batata
Quarta: sopa de grão; esparguete à bolonhesa
Quinta: caldo verde; peixe-espada grelhado com salada
Sexta: sopa juliana; feijoada de legumes

Agrupamento de Escolas das Laranjeiras – Serviços de Ação Social Escolar"""
    msg("ementa", escola, [me], L("2026-04-10 16:00"), ementa,
        subject="Ementas – semana de 13 a 17 de abril", html=html_of(ementa),
        headers=dict(bulk_headers("<pais.ae-laranjeiras.pt>", "https://ae-laranjeiras.pt/newsletter/sair"),
                     **AUTO))

    # ---- Running club ---------------------------------------------------
    grp = {"List-Id": "<corrida-alvalade.googlegroups.com>",
           "Mailing-list": "list corrida-alvalade@googlegroups.com",
           "List-Post": "<mailto:corrida-alvalade@googlegroups.com>",
           "Precedence": "list"}
    msg("run1", filipe, [cca], L("2026-03-19 22:05"), """
Boa noite a todos,

Plano de abril:
- terças e quintas, séries no Estádio Universitário, 19h00;
- domingos, treino longo a partir do Campo Grande, 8h00 (no domingo de Páscoa não há!).

E fica já o lembrete: inscrições para a Corrida da Liberdade (25 de abril, 10 km) fecham a 15/04. Quem for, diga aqui para combinarmos o equipamento do clube.

Filipe
""", subject="[CCA] Treinos de abril + Corrida da Liberdade", headers=grp)
    msg("run2", bruno, [cca], L("2026-03-20 07:40"), "Conta comigo para os 10 km!\n",
        parent="run1", q="pt_gmail", headers=grp)
    msg("run3", me, [cca], L("2026-03-20 08:15"), """
Eu também vou! Alguém me acompanha a 5'15"/km? Este ano quero baixar dos 53 minutos.

Inês
""", parent="run2", q="pt_apple", headers=grp)
    race = """Olá Inês Carvalho,

A sua inscrição na Corrida da Liberdade 2026 – 10 km está confirmada.

Dorsal: 2417
Partida: 25/04/2026, 10h00, Avenida da Liberdade
Levantamento do kit: 23 e 24/04, das 12h00 às 20h00, Pavilhão Carlos Lopes

Boa corrida!
Organização Corrida da Liberdade"""
    msg("race", corrida, [me], L("2026-04-11 13:22"), race,
        subject="Inscrição confirmada – Corrida da Liberdade 2026 – 10 km (dorsal 2417)",
        html=html_of(race), headers=AUTO)

    # ---- Newsletters ----------------------------------------------------
    da1 = """A Manhã | quarta-feira, 8 de abril de 2026

Bom dia. Estas são as notícias que vão marcar o dia.

Habitação: rendas voltam a subir em Lisboa e no Porto no primeiro trimestre.
Europa: Comissão apresenta a revisão intercalar da política de coesão; Portugal perde 400 milhões.
Emprego: Estado abre 1200 vagas para técnicos superiores através da Bolsa de Emprego Público.
Desporto: Benfica e Sporting empatam no dérbi.

Ler a edição completa: https://diarioatlantico.pt/amanha/2026-04-08

Recebe esta newsletter porque se inscreveu em diarioatlantico.pt."""
    msg("da1", diario, [me], L("2026-04-08 07:00"), da1,
        subject="A Manhã | Rendas voltam a subir; Bruxelas revê a coesão", html=html_of(da1),
        headers=dict(bulk_headers("<amanha.diarioatlantico.pt>", "https://diarioatlantico.pt/newsletter/sair"),
                     **AUTO))
    da2 = """A Manhã | terça-feira, 21 de abril de 2026

Bom dia. Estas são as notícias que vão marcar o dia.

Política: Governo aprova o novo regime de recrutamento na função pública; concursos passam a ter entrevistas gravadas.
Economia: inflação abranda para 2,1% em março.
Lisboa: obras na linha vermelha do metro prolongam-se até junho.
Cultura: Festival de Sintra anuncia programa.

Ler a edição completa: https://diarioatlantico.pt/amanha/2026-04-21

Recebe esta newsletter porque se inscreveu em diarioatlantico.pt."""
    msg("da2", diario, [me], L("2026-04-21 07:00"), da2,
        subject="A Manhã | Novas regras para os concursos públicos; inflação abranda",
        html=html_of(da2),
        headers=dict(bulk_headers("<amanha.diarioatlantico.pt>", "https://diarioatlantico.pt/newsletter/sair"),
                     **AUTO))
    bb1 = """The Brussels Briefing – Tuesday 24 March 2026

Good morning from Brussels.

SOCIAL CLIMATE FUND: Commission sends back three national plans, asking for clearer targeting of vulnerable households.
COHESION: Regions push back against the mid-term review.
HOUSING: The Parliament's housing committee votes on its final report today.

JOBS BOARD
- Senior Policy Officer (Social Climate Fund), Fair Transition Network – closed
- Policy Coordinator, Health Equity Europe – apply by 12 April
- Associate Director, EU Social Affairs, Harwood Public Affairs – rolling

Read online: https://brusselsbriefing.eu/2026/03/24
Unsubscribe: https://brusselsbriefing.eu/unsubscribe"""
    msg("bb1", briefing, [me], B("2026-03-24 06:30"), bb1,
        subject="Brussels Briefing: Social Climate Plans sent back; regions vs. mid-term review",
        html=html_of(bb1),
        headers=dict(bulk_headers("<daily.brusselsbriefing.eu>", "https://brusselsbriefing.eu/unsubscribe"),
                     **AUTO))
    bb2 = """The Brussels Briefing – Tuesday 14 April 2026

Good morning from Brussels.

AGENCIES: Council agrees the 2027 staffing plans for decentralised agencies; new posts for demographic monitoring.
HEALTH: Health ministers meet on long-term care workforce.
INTERVIEW: Why think tanks keep hiring from national administrations.

JOBS BOARD
- Policy Adviser, Long-term Care, ENAC – apply by 17 April
- Policy Analyst (AD7), European Agency for Demographic Change – reserve list
- Research Fellow, Open Policy Lab Europe – rolling

Read online: https://brusselsbriefing.eu/2026/04/14
Unsubscribe: https://brusselsbriefing.eu/unsubscribe"""
    msg("bb2", briefing, [me], B("2026-04-14 06:30"), bb2,
        subject="Brussels Briefing: agency staffing for 2027; long-term care workforce",
        html=html_of(bb2),
        headers=dict(bulk_headers("<daily.brusselsbriefing.eu>", "https://brusselsbriefing.eu/unsubscribe"),
                     **AUTO))

    # ---- Bills, receipts, clinic ------------------------------------------
    luz = """Olá Inês Carvalho,

A sua fatura de eletricidade e gás de março já está disponível.

Valor: 64,37 €
Data de débito: 20/04/2026 (débito direto)
Período: 01/03/2026 a 31/03/2026

Consulte o detalhe na Área de Cliente: https://cliente.energialx.pt

Energia Lisboa, S.A."""
    msg("luz", energia, [me], L("2026-04-06 09:00"), luz,
        subject="A sua fatura de março está disponível – 64,37 €", html=html_of(luz),
        html_only=True, headers=AUTO)
    comp = """Olá Inês,

A sua encomenda n.º 4418372 foi confirmada.

Entrega: sábado, 21/03/2026, entre as 10h00 e as 12h00
Morada: Rua Alferes Malheiro, 112, 2.º Dto., 1700-024 Lisboa
Total: 87,43 € (42 artigos)

Obrigado por comprar no Mercado Online."""
    msg("compras", mercado, [me], L("2026-03-20 21:14"), comp,
        subject="Encomenda n.º 4418372 confirmada – entrega sábado, 21/03", html=html_of(comp),
        headers=AUTO)
    cons = """Exma. Senhora Inês Carvalho,

Confirmamos a consulta de pediatria de Leonor Carvalho Almeida:

Data: 21/04/2026, 17h30
Médica: Dra. Patrícia Moura
Local: Clínica Pediátrica do Lumiar, Alameda das Linhas de Torres, 190

Em caso de impossibilidade, agradecemos que desmarque com 24 horas de antecedência pelo 217 590 440.

Clínica Pediátrica do Lumiar"""
    msg("clinica", clinica, [me], L("2026-04-15 10:05"), cons,
        subject="Confirmação de consulta – Leonor Carvalho Almeida – 21/04/2026 17h30",
        headers=AUTO, ics_mode="publish",
        ics=make_ics(method="PUBLISH", uid=uid_uuid(NAME, "clinica"), stamp=L("2026-04-15 10:05"),
                     start=L("2026-04-21 17:30"), end=L("2026-04-21 17:50"),
                     summary="Consulta de pediatria – Leonor (Dra. Patrícia Moura)",
                     organizer=clinica, tzid="Europe/Lisbon",
                     prodid="-//Clinica Pediatrica do Lumiar//Marcacoes//PT",
                     location="Clínica Pediátrica do Lumiar, Alameda das Linhas de Torres, 190"))

    # ---- Current job: DGPT (including the selection panel) -----------------
    msg("dg1", fernanda, [me], L("2026-03-23 17:40"), """
Inês,

Como amanhã está de férias e a VPN continua a falhar, mando para aqui: li a versão 0.9 do relatório intercalar e no geral está muito bem. Tenho dúvidas sobre o capítulo 4 (indicadores de resultado). Envio-lhe os comentários detalhados até sexta-feira, dia 27.

Fernanda Lopes
Diretora de Serviços de Avaliação e Prospetiva
Direção-Geral de Políticas Territoriais
""", subject="Relatório intercalar – versão 0.9")
    msg("dg2", me, [fernanda], L("2026-03-23 19:02"), """
Obrigada, Dra. Fernanda. Fico a aguardar.

Inês
""", parent="dg1", q="pt_apple")
    msg("dg3", fernanda, [me], L("2026-03-26 18:15"), """
Inês, seguem os comentários (em anexo). O essencial está no capítulo 4; o resto são pormenores.

Fernanda
""", parent="dg2", q="pt_outlook", prefix="RE: ",
        attachments=[pdf("Relatorio_intercalar_v0.9_comentarios_FL.pdf", [
            "Relatorio intercalar - comentarios", "Fernanda Lopes, 26/03/2026"])])
    room301 = ("DGPT – Sala 3.01", "sala.301@dgpt.gov.pt")
    eq_body = ("Reunião de equipa – planeamento do 2.º trimestre (avaliações em curso, "
               "calendário de relatórios, férias).")
    msg("dgeq", fernanda, [me] + equipa, L("2026-04-01 11:20"), eq_body,
        subject="Reunião de equipa – planeamento do 2.º trimestre", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "dg-equipa"),
                     stamp=L("2026-04-01 11:20"), start=L("2026-04-07 10:00"),
                     end=L("2026-04-07 11:30"),
                     summary="Reunião de equipa – planeamento do 2.º trimestre",
                     organizer=fernanda, tzid="GMT Standard Time",
                     prodid="Microsoft Exchange Server 2010", location="DGPT – Sala 3.01",
                     description=eq_body,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")]
                     + [(p, "NEEDS-ACTION", "INDIVIDUAL") for p in equipa]
                     + [(room301, "ACCEPTED", "ROOM")]))
    room204 = ("DGPT – Sala 2.04", "sala.204@dgpt.gov.pt")
    msg("jur1", rui, [me, ana_m, carlos], L("2026-04-06 16:30"), """
Caros colegas do júri,

No âmbito do procedimento concursal para técnico superior (Ref.ª DGPT/TS/03/2026), as entrevistas profissionais de seleção realizam-se no dia 15/04, das 9h30 às 13h00, na sala 2.04. São quatro candidatos, 45 minutos cada; segue o mapa em anexo e a convocatória no calendário.

Envio também a grelha de avaliação aprovada na ata n.º 1. Peço que a revejam antes da reunião.

Cumprimentos,
Rui Tavares
Presidente do Júri
Direção-Geral de Políticas Territoriais
""", subject="Ref.ª DGPT/TS/03/2026 – Entrevistas profissionais de seleção – 15/04",
        attachments=[pdf("Mapa_EPS_15-04.pdf", [
            "Procedimento DGPT/TS/03/2026 - Entrevistas profissionais de selecao",
            "15/04/2026 - Sala 2.04", "09h30 Candidato 1 | 10h15 Candidato 2",
            "11h15 Candidato 3 | 12h00 Candidato 4"])])
    msg("jur2", me, [rui, ana_m, carlos], L("2026-04-06 18:05"), """
Caro Rui,

Recebido. Lá estarei, com a grelha revista.

Inês
""", parent="jur1", q="pt_apple")
    jur_desc = ("Entrevistas profissionais de seleção – procedimento DGPT/TS/03/2026 (4 "
                "candidatos). Júri: Rui Tavares (presidente), Inês Carvalho, Ana Sofia Marques; "
                "suplente Carlos Brito.")
    msg("jurinv", rui, [me, ana_m, carlos], L("2026-04-06 16:34"), jur_desc,
        subject="Júri DGPT/TS/03/2026 – Entrevistas profissionais de seleção",
        ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "juri"),
                     stamp=L("2026-04-06 16:34"), start=L("2026-04-15 09:30"),
                     end=L("2026-04-15 13:00"),
                     summary="Júri DGPT/TS/03/2026 – Entrevistas profissionais de seleção",
                     organizer=rui, tzid="GMT Standard Time",
                     prodid="Microsoft Exchange Server 2010", location="DGPT – Sala 2.04",
                     description=jur_desc,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (ana_m, "ACCEPTED", "INDIVIDUAL"),
                                (carlos, "TENTATIVE", "INDIVIDUAL"),
                                (room204, "ACCEPTED", "ROOM")]))
    msg("jur3", rui, [me, ana_m, carlos], L("2026-04-15 14:10"), """
Caros colegas,

Obrigado pela manhã produtiva. Envio a proposta de ata até segunda-feira, 20/04, para assinatura.

Rui
""", parent="jur2", q="pt_outlook", prefix="RE: ")
    msg("jur4", rui, [me, ana_m, carlos], L("2026-04-20 16:30"), """
Caros colegas,

Segue a proposta de ata n.º 4 (entrevistas profissionais de seleção) para revisão e assinatura. Se não houver comentários até quarta, recolho as assinaturas na quinta de manhã.

Rui
""", parent="jur3", q="pt_outlook", prefix="RE: ",
        attachments=[pdf("Ata_4_EPS_DGPT-TS-03-2026.pdf", [
            "Ata n.o 4 - Entrevistas profissionais de selecao", "Procedimento DGPT/TS/03/2026"])])
    msg("jurfwd", rui, [me, ana_m, carlos], L("2026-04-16 09:20"), """
Caros colegas, para conhecimento do júri. Não é necessária resposta.
R.

________________________________
De: Joana Ferreira <joana.m.ferreira@gmail.com>
Enviado: quinta-feira, 16 de abril de 2026 08:47
Para: Recrutamento DGPT <recrutamento@dgpt.gov.pt>
Assunto: Agradecimento – Entrevista profissional de seleção 15/04

Exmos. Senhores Membros do Júri,

Venho por este meio agradecer a oportunidade da entrevista de ontem e a forma cordial como fui recebida. Reitero o meu interesse no lugar e fico ao dispor para qualquer esclarecimento adicional.

Com os melhores cumprimentos,
Joana Ferreira
""", subject="FW: Agradecimento – Entrevista profissional de seleção 15/04")

    # ==================================================================
    # Threads
    # ==================================================================
    T = case.thread
    T("ftn1", True, "interview", "Fair Transition Network",
      "first conversation offered in three slots (Brussels time); Thu 26/03 15:00 CET picked; "
      "Sarah promised news 'by Friday 3 April' and kept it on 01/04 with the second round "
      "(23/04) and a request for referees; Inês promised the referees 'by Tuesday 14 April' "
      "and never sent them")
    T("ftncal1", True, "interview", "Fair Transition Network",
      "Google Calendar invite, Thu 26/03 15:00-15:45 CET (14:00 Lisbon); Sarah organises, "
      "Jonas and Élodie interview")
    T("ftnty", True, "interview", "Fair Transition Network",
      "one thank-you to Jonas and Élodie the same evening; Jonas answered")
    T("ftncal2", True, "interview", "Fair Transition Network",
      "second round Thu 23/04 10:00-11:30 CEST (09:00 Lisbon): written exercise, then Jonas "
      "and Maria Kowalczyk; still ahead")
    T("opl1", True, "interview", "Open Policy Lab Europe",
      "application to Daniel by email (answered next day); call Thu 19/03 16:00-16:45 CET, "
      "thanked the same day; 'I'll get back to you by Friday 10 April'; Inês wrote on 08/04 "
      "and got an out-of-office: back Tue 21/04")
    T("oplcal", True, "interview", "Open Policy Lab Europe",
      "Google Calendar invite for the 19/03 call")
    T("aels1", True, "interview", "Alliance européenne pour le logement social (AELS)",
      "French; Zoom interview Thu 09/04 10:00-11:00 Brussels (09:00-10:00 Lisbon) with Sophie "
      "Lambert and Karim Benali, addresses in the convocation; never thanked; Julie promised an "
      "answer by Fri 17/04")
    T("aelsr1", True, "rejection", "Alliance européenne pour le logement social (AELS)",
      "gentle rejection Thu 16/04, before the promised date")
    T("eadc0", True, "application", "European Agency for Demographic Change (EADC)",
      "e-Recruitment acknowledgement (no-reply)")
    T("eadct", True, "application", "European Agency for Demographic Change (EADC)",
      "automated invitation to the online written test of 31/03")
    T("eadc1", True, "interview", "European Agency for Demographic Change (EADC)",
      "interview Tue 14/04 10:00-10:45 Brussels (09:00 Lisbon) before a committee of three "
      "named without addresses; arranged by Katarzyna Nowak, not written to since; outcome "
      "'by 15/05/2026'")
    T("eadcinv", True, "interview", "European Agency for Demographic Change (EADC)",
      "Teams invite (Romance Standard Time) with a meeting room as resource")
    T("pon1", True, "interview", "Pontes – Associação para a Cooperação e o Desenvolvimento",
      "application by email 30/03, answered 02/04; conversation with Marta and Paulo moved "
      "earlier from Thu 16/04 15h00 to Tue 14/04 14h30 and held; no thank-you; decision 'até "
      "ao final do mês'")
    T("ago1", True, "networking", "Fundação Ágora",
      "introduction by Miguel (a friend's husband); lunch with Henrique Fri 27/03 13h00")
    T("agoty", True, "networking", "Fundação Ágora",
      "thanks for the lunch (Portuguese) with a promise of a policy brief by Thu 02/04, sent "
      "late on 09/04; Henrique: 'Conto dar-lhe notícias até sexta-feira, dia 10 de abril'; "
      "nothing since")
    T("ver1", True, "recruiter", "Vértice Executive Search",
      "headhunter; phone call Mon 06/04 11h00-11h30; CV sent after it; 'ainda estamos a falar "
      "com outros candidatos... retorno até quinta-feira, 16/04'; nothing since")
    T("mar1", True, "application", "Fundação Maré",
      "application to Luísa Prates by email Wed 08/04; only an automatic out-of-office reply")
    T("enac1", True, "application", "European Network on Ageing and Care (ENAC)",
      "application to Giulia by email 10/04; her colleague Pieter confirmed receipt on 13/04 "
      "and passed on that she will contact the shortlist by 30/04")
    T("cepi1", True, "networking", "Centre for European Policy Insight (CEPI)",
      "request for a quarter of an hour; Calendly call Thu 16/04 15:00-15:20 Lisbon; thanked "
      "the same afternoon; Aoife replied 17/04")
    T("cal1", True, "networking", "Centre for European Policy Insight (CEPI)",
      "Calendly confirmation with ICS (no-reply)")
    T("har1", True, "recruiter", "Harwood Public Affairs",
      "intro call Mon 13/04 11:00 CET: Oliver never joined (no-show); rebooked for Thu 23/04 "
      "14:00 Brussels after 'Thursday works.'")
    T("harinv1", True, "recruiter", "Harwood Public Affairs",
      "Teams invite for the 13/04 call that did not happen")
    T("harinv2", True, "recruiter", "Harwood Public Affairs",
      "Teams invite for the rebooked call on 23/04")
    T("cae1", True, "interview", "Clean Air Europe",
      "video conversation Fri 10/04 14:00 CEST cancelled on 08/04 (role on hold)")
    T("caeinv", True, "interview", "Clean Air Europe", "Google Calendar invite for 10/04")
    T("caecancel", True, "interview", "Clean Air Europe", "Google Calendar cancellation")
    T("hee1", True, "interview", "Health Equity Europe",
      "Lucy arranged a Teams call with Anneke de Vries (address in the text), Fri 17/04 "
      "10:00-10:30 Lisbon; Inês thanked Lucy, not Anneke")
    T("ter1", True, "networking", "Instituto de Políticas Públicas de Lisboa",
      "mentor (former professor): lunch Fri 13/03 13h00, thanked in Portuguese")
    T("terf1", True, "networking", "Instituto de Políticas Públicas de Lisboa",
      "mentor forwards a call for evaluators")
    T("terz1", True, "networking", "Instituto de Políticas Públicas de Lisboa",
      "mock interview by Zoom with the mentor, Tue 07/04 18h30, thanked in Portuguese")
    T("teru1", True, "networking", "Instituto de Políticas Públicas de Lisboa",
      "news to the mentor 15/04; her answer 16/04")
    T("nun1", True, "networking", "European Agency for Ocean Policy (EAOP)",
      "'um quarto de hora' asked on the mentor's advice; coffee Wed 01/04 8h30 (no end "
      "given), thanked in Portuguese; Nuno's last word 02/04")
    T("jobs1", False, None, "EU Jobs Digest", "weekly job alert")
    T("jobs2", False, None, "EU Jobs Digest", "weekly job alert")
    T("nv1", False, None, "NetVagas", "job alert (Portuguese)")
    T("impe1", True, "application", "Institute for Migration Policy Europe (IMPE)",
      "Workday acknowledgement of a portal application")
    T("impe2", True, "rejection", "Institute for Migration Policy Europe (IMPE)",
      "Workday rejection, no interview")
    T("mae1", False, None, None, "mother: Easter plans")
    T("maec1", False, None, None, "mother: forgotten coat")
    T("pai1", False, None, None, "father forwards a newspaper piece on EU recruitment")
    T("ped1", False, None, None, "husband: swimming pick-up")
    T("seg1", False, None, None, "husband forwards a car-insurance renewal")
    T("jan1", False, None, None, "husband: Friday dinner")
    T("jo1", False, None, None, "sister: niece's birthday party")
    T("rit1", False, None, None, "friend (Miguel's wife) asks about the lunch with Henrique")
    T("con1", False, None, "Belavista – Administração de Condomínios",
      "condominium assembly Mon 13/04 21h00 (joined by Zoom); minutes promised by 24/04")
    T("agua", False, None, "Belavista – Administração de Condomínios", "water cut notice")
    T("quotas", False, None, "Belavista – Administração de Condomínios", "quarterly fee")
    T("irs1", False, None, "Autoridade Tributária e Aduaneira", "tax return submitted")
    T("irs2", False, None, "Autoridade Tributária e Aduaneira", "tax assessment and refund")
    T("efat", False, None, "Autoridade Tributária e Aduaneira", "e-fatura reminder")
    T("esc1", False, None, "Agrupamento de Escolas das Laranjeiras",
      "parents' meeting Mon 20/04 18h30")
    T("vis1", False, None, "Agrupamento de Escolas das Laranjeiras",
      "school trip permission; Inês will send it the next day")
    T("ementa", False, None, "Agrupamento de Escolas das Laranjeiras", "canteen menu")
    T("run1", False, None, "Clube de Corrida de Alvalade", "running club list")
    T("race", False, None, "Corrida da Liberdade", "race registration")
    T("da1", False, None, "Diário Atlântico", "newsletter")
    T("da2", False, None, "Diário Atlântico", "newsletter")
    T("bb1", False, None, "The Brussels Briefing", "newsletter with a jobs board")
    T("bb2", False, None, "The Brussels Briefing", "newsletter with a jobs board")
    T("luz", False, None, "Energia Lisboa", "bill")
    T("compras", False, None, "Mercado Online", "grocery order")
    T("clinica", False, None, "Clínica Pediátrica do Lumiar",
      "daughter's paediatric appointment Tue 21/04 17h30 (ICS PUBLISH)")
    T("dg1", False, None, "Direção-Geral de Políticas Territoriais",
      "current job: director's comments promised by Fri 27/03, sent 26/03")
    T("dgeq", False, None, "Direção-Geral de Políticas Territoriais",
      "current job: team meeting Tue 07/04 (Outlook, GMT Standard Time)")
    T("jur1", False, None, "Direção-Geral de Políticas Territoriais",
      "Inês on the selection panel (hiring side): interviews 15/04; minutes promised by 20/04 "
      "and sent")
    T("jurinv", False, None, "Direção-Geral de Políticas Territoriais",
      "selection panel invite with a meeting room")
    T("jurfwd", False, None, "Direção-Geral de Políticas Territoriais",
      "a candidate's thank-you to the panel, forwarded")

    # ==================================================================
    # Facts
    # ==================================================================
    M = case.meeting
    M("ter1", L("2026-03-13 13:00"), None, met=[teresa.email], networking=True,
      what="lunch with the mentor (thanked in Portuguese; stale)")
    M("opl1", B("2026-03-19 16:00"), B("2026-03-19 16:45"), met=[daniel.email],
      thanks={daniel.email: "opl4"}, what="call with Daniel")
    M("ftn1", B("2026-03-26 15:00"), B("2026-03-26 15:45"), met=[jonas.email, elodie.email],
      thanks={jonas.email: "ftnty", elodie.email: "ftnty"}, what="first conversation")
    M("ago1", L("2026-03-27 13:00"), None, met=[henrique.email], networking=True,
      what="lunch with Henrique (thanked in Portuguese; stale)")
    M("nun1", L("2026-04-01 08:30"), None, met=[nuno.email], networking=True,
      what="coffee with Nuno")
    M("ver1", L("2026-04-06 11:00"), L("2026-04-06 11:30"), met=[catarina.email],
      what="headhunter phone call (thank-you stale)")
    M("terz1", L("2026-04-07 18:30"), None, met=[teresa.email], networking=True,
      what="mock interview with the mentor (stale)")
    M("aels1", B("2026-04-09 10:00"), B("2026-04-09 11:00"), met=[SOPHIE, KARIM],
      what="AELS panel")
    M("cae1", B("2026-04-10 14:00"), B("2026-04-10 14:45"), met=[marek.email],
      status="cancelled", what="cancelled video conversation")
    M("har1", B("2026-04-13 11:00"), B("2026-04-13 11:30"), met=[oliver.email],
      status="noshow", what="intro call; Oliver never joined")
    M("har1", B("2026-04-23 14:00"), B("2026-04-23 14:30"), met=[oliver.email],
      status="scheduled", what="rebooked intro call")
    M("eadc1", B("2026-04-14 10:00"), B("2026-04-14 10:45"), met=[],
      unknown=["Helga Brandt", "Luca Rinaldi", "Ana Popescu"], arranged_by=kasia.email,
      what="EADC selection committee")
    M("pon1", L("2026-04-16 15:00"), None, met=[marta.email, paulo.email], status="moved",
      what="first date, moved earlier")
    M("pon1", L("2026-04-14 14:30"), None, met=[marta.email, paulo.email],
      what="conversation at Pontes")
    M("cepi1", L("2026-04-16 15:00"), L("2026-04-16 15:20"), met=[aoife.email],
      networking=True, thanks={aoife.email: "cepi3"}, what="informational call")
    M("hee1", L("2026-04-17 10:00"), L("2026-04-17 10:30"), met=[ANNEKE],
      what="call with Anneke")
    M("ftn1", B("2026-04-23 10:00"), B("2026-04-23 11:30"), met=[jonas.email, maria.email],
      status="scheduled", what="second round")
    # not job search
    M("dgeq", L("2026-04-07 10:00"), L("2026-04-07 11:30"), job=False, what="team meeting")
    M("con1", L("2026-04-13 21:00"), None, job=False, what="condominium assembly")
    M("jur1", L("2026-04-15 09:30"), L("2026-04-15 13:00"), job=False,
      what="Inês interviews candidates (hiring side)")
    M("esc1", L("2026-04-20 18:30"), None, job=False, what="parents' meeting")
    M("clinica", L("2026-04-21 17:30"), L("2026-04-21 17:50"), job=False,
      what="paediatrician")

    P = case.promise
    P("ftn1", "ftn4", sarah.email, "2026-04-03", answered_by="ftn6")
    P("opl1", "opl5", daniel.email, "2026-04-10", back="2026-04-21")
    P("aels1", "aels5", julie.email, "2026-04-17", ended_by="aelsr1")
    P("eadc1", "eadc3", kasia.email, "2026-05-15")
    P("pon1", "pon6", marta.email, "2026-04-30")
    P("agoty", "agoty2", henrique.email, "2026-04-10")
    P("ver1", "ver5", catarina.email, "2026-04-16")
    P("enac1", "enac2", pieter.email, "2026-04-30")
    P("dg1", "dg1", fernanda.email, "2026-03-27", job=False)
    P("jur1", "jur3", rui.email, "2026-04-20", job=False)
    P("con1", "con5", jorge.email, "2026-04-24", job=False)

    A = case.application
    A("opl1", "opl1", daniel.email, answered_by="opl2")
    A("pon1", "pon1", marta.email, answered_by="pon2")
    A("ver1", "ver4", catarina.email, answered_by="ver5")
    A("mar1", "mar1", luisa.email)
    A("enac1", "enac1", giulia.email, answered_by="enac2")

    O = case.own_promise
    O("ftn1", "ftn7", sarah.email, "2026-04-14")
    O("agoty", "agoty", henrique.email, "2026-04-02", kept_by="agoty3")
    O("vis1", "vis2", sofia.email, "2026-04-15", job=False)

    # ==================================================================
    # Labels
    # ==================================================================
    E = case.expect
    E("thank_you", "aels1", SOPHIE,
      "chaired the Zoom panel Thu 09/04 10:00-11:00 Brussels (09:00-10:00 Lisbon); address in "
      "the convocation; never thanked; the 16/04 rejection does not cancel a thank-you owed; "
      "overdue since 10/04, stale only from 23/04 12:00")
    E("thank_you", "aels1", KARIM,
      "second panelist on 09/04; never thanked (the note after the interview went to Julie, "
      "who was not there, and asked a question)")
    E("thank_you", "pon1", marta.email,
      "conversation moved earlier to Tue 14/04 14h30 and held (no end given: 60 min); no "
      "message to her since; overdue since 15/04 15:30")
    E("thank_you", "pon1", paulo.email,
      "second interviewer on 14/04, in copy of the invitation; never thanked")
    E("thank_you", "hee1", ANNEKE,
      "Teams call Fri 17/04 10:00-10:30 Lisbon; address only in Lucy's text; the thank-you "
      "went to Lucy, who arranged it; overdue since 18/04 10:30")
    E("ask_for_address", "eadc1", kasia.email,
      "committee of three (Brandt, Rinaldi, Popescu) met on 14/04 with no address anywhere; "
      "Katarzyna arranged it and Inês has not written to her since; due 14/04 11:45")
    E("callback", "agoty", henrique.email,
      "'Conto dar-lhe notícias até sexta-feira, dia 10 de abril'; nothing from Fundação Ágora "
      "since (Inês's 09/04 mail came before the date); due end of Tue 14/04",
      promised="2026-04-10")
    E("callback", "ver1", catarina.email,
      "'Conto dar-lhe um retorno até quinta-feira, 16/04' (while still seeing other "
      "candidates); no word since; due end of Mon 20/04", promised="2026-04-16")
    E("application", "mar1", luisa.email,
      "application with CV to a person on Wed 08/04; only an out-of-office reply (not a person "
      "writing); 7 business days end Fri 17/04")
    E("networking", "nun1", nuno.email,
      "coffee Wed 01/04 took place; last exchange his reply of 02/04; touch due end of 16/04 "
      "(the thank-you itself is stale)")
    E("own_promise", "ftn1", sarah.email,
      "Inês: 'I will send you the names and contact details of both referees by Tuesday 14 "
      "April'; nothing sent to Sarah since; due end of 14/04")

    F = case.forbid
    F("ftncal1", jonas.email,
      "first conversation of 26/03 thanked by the joint note to him and Élodie that evening; "
      "second round with him still ahead on 23/04")
    F("ftncal2", maria.email, "second-round interview on Thu 23/04 is still in the future")
    F("opl1", daniel.email,
      "'by Friday 10 April', but his out-of-office says back Tue 21/04: the callback counts "
      "from 21/04 and is due only at the end of Thu 23/04; call thanked on 19/03")
    F("aels1", julie.email,
      "the rejection of 16/04 ended her 'au plus tard le vendredi 17 avril'; she was not on "
      "the panel")
    F("eadc0", eadc_auto.email, "automated e-Recruitment sender (no-reply)")
    F("eadcinv", ROOM[1], "a meeting room (CUTYPE=ROOM) in the Teams invite, not a person")
    F("enac1", giulia.email,
      "application answered on 13/04 by her colleague Pieter; shortlist news due by 30/04")
    F("cepi1", aoife.email,
      "informational call thanked the same afternoon; she replied 17/04, so the next touch is "
      "due only on 01/05")
    F("cal1", calendly.email, "automated scheduler sender (no-reply@calendly.com)")
    F("har1", oliver.email,
      "Oliver never joined the 13/04 call (no-show: no meeting took place); rebooked for 23/04")
    F("cae1", marek.email, "the 10/04 conversation was cancelled on 08/04; it never took place")
    F("hee1", lucy.email, "arranged the call but was not on it (and was thanked anyway)")
    F("terz1", teresa.email,
      "mentor's mock interview of 07/04: its thank-you fell due more than 14 days ago (stale, "
      "and she was thanked in Portuguese), and the exchange of 15-16/04 puts the next touch "
      "on 01/05")
    F("ago1", miguel.email, "the friend who made the introduction: not at the lunch, promised "
      "nothing")
    F("jur1", rui.email,
      "Inês sits on the selection panel at her own ministry (hiring side): not her job search")
    F("jobs2", eujobs.email, "job-board alert, automated; owes nothing")

    case.summary = SUMMARY
    return case


SUMMARY = "Inês Carvalho, 38, a senior public-policy analyst at a Lisbon directorate-general, wants to move to an NGO or an EU agency. The mailbox runs from early March to Wednesday 22 April 2026, 10:00 WEST, across the change to summer time on 29 March; most of it is in European Portuguese, the Brussels NGOs and agencies write in English (Brussels time, one hour ahead) and one federation in French. Her former professor acts as her mentor (a lunch, a Zoom mock interview, news), and sends her to an official at an EU agency in Lisbon for a coffee whose next touch is now due; a friend's husband introduces her to a think-tank director, whose 'notícias até sexta-feira, dia 10 de abril' went unanswered. A French panel was never thanked and rejected her a week later; a Portuguese NGO moved her interview two days earlier and was not thanked either; an EU agency's committee of three was met with no address anywhere, so the HR assistant who arranged it must be asked; a Brussels NGO's Head of Policy was not thanked because the note went to the coordinator who set up the call. A headhunter who is still seeing other candidates promised news by 16/04 and went quiet; an application sent to a foundation drew only an out-of-office; Inês herself promised referees by 14/04 and never sent them. Traps: an out-of-office that moves a think tank's callback past `now`, a recruiter's no-show, a cancelled call, a colleague answering an application for someone on leave, a Calendly call thanked the same day, the panel she sits on at her own ministry (with a candidate's thank-you to the panel), job alerts and newsletters full of job words, family, the condominium (an assembly and a promised set of minutes), the tax office, the children's school, a running club and a paediatric appointment. 68 threads (34 job search), 157 messages, `now` = `2026-04-22T10:00:00+01:00`."

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
