#!/usr/bin/env python3
"""Sealed case researcher-zurich: Dr. Lukas Brunner, structural biology postdoc at ETH Zurich,
moving to pharma and a biotech start-up.  Mailbox to Thursday 12 March 2026, 08:15 CET."""

import os, sys
import datetime as dt
import textwrap
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import casekit
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

# Google calendars in Switzerland name their zone Europe/Zurich.
if "Europe/Zurich" not in casekit.VTIMEZONES:
    casekit._eu_zone("Europe/Zurich", "+0100", "+0200", "CET", "CEST", None)

NAME = "researcher-zurich"
ZRH = ZoneInfo("Europe/Zurich")
LON = ZoneInfo("Europe/London")


def T(s, tz=ZRH):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def D(s):
    return textwrap.dedent(s).strip("\n")


EXCHANGE = "Microsoft Exchange Server 2010"
MS_EXTRA = ("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MS-OLK-CONFTYPE:0")


def teams_en(seed, mid, code):
    return D("""
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
        Meeting ID: %s
        Passcode: %s
        Download Teams <https://www.microsoft.com/microsoft-teams/download-app> | Join on the web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options
        ________________________________________________________________________________
        """) % (digest(NAME, seed, n=44), mid, code)


def teams_de(seed, mid, code):
    return D("""
        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
        Besprechungs-ID: %s
        Kennung: %s
        Teams herunterladen <https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """) % (digest(NAME, seed, n=44), mid, code)


def teams_fr(seed, mid, code):
    return D("""
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
        ID de la réunion : %s
        Code secret : %s
        Télécharger Teams <https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """) % (digest(NAME, seed, n=44), mid, code)


JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]


def fr_quote(parent, tz=ZRH):
    """How a French Outlook quotes the message it answers."""
    t = parent.date.astimezone(tz)
    return ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n"
            "Objet : %s\n\n%s" % (parent.sender.shown(), JOURS[t.weekday()], t.day,
                                  MOIS[t.month - 1], t.year, t.strftime("%H:%M"),
                                  "; ".join(p.shown() for p in parent.to), parent.subject,
                                  parent.text))


def pdf(name, lines):
    return (name, "application/pdf", make_pdf(lines))


CV = pdf("CV_Lukas_Brunner_2026.pdf", [
    "Dr. Lukas Brunner - Curriculum Vitae",
    "Roetelstrasse 48, 8037 Zurich | +41 79 555 21 47 | lukas.brunner@example.ch",
    "",
    "2021-     Postdoctoral researcher, Laboratory of Membrane Structural Biology, ETH Zurich",
    "          Time-resolved cryo-EM of proton-coupled peptide transporters",
    "2016-2020 PhD in Structural Biology, Biozentrum, University of Basel (Prof. V. Maurer)",
    "2014-2016 MSc Biochemistry, University of Bern",
    "",
    "Methods: single-particle cryo-EM, grid preparation, nanodiscs, ITC, nanoDSF, HDX-MS",
    "Teaching and supervision: 3 MSc students, 2 PhD students (co-supervision)",
    "Languages: German (native), English (fluent), French (good)",
])
CV_DE = pdf("Lebenslauf_Lukas_Brunner.pdf", [
    "Dr. sc. nat. Lukas Brunner - Lebenslauf",
    "Roetelstrasse 48, 8037 Zuerich | +41 79 555 21 47 | lukas.brunner@example.ch",
    "",
    "seit 2021  Postdoc, Labor fuer Membranstrukturbiologie, ETH Zuerich",
    "2016-2020  Doktorat Strukturbiologie, Biozentrum, Universitaet Basel",
    "2014-2016  MSc Biochemie, Universitaet Bern",
    "",
    "Methoden: Kryo-EM (Single Particle), Nanodiscs, ITC, nanoDSF, HDX-MS",
])


def build():
    now = T("2026-03-12 08:15")
    case = Case(
        NAME,
        "Structural biology postdoc in Zurich moving to industry: Basel pharma, a start-up, "
        "Lausanne in French, an executive search firm; German, English and French mail.",
        {"name": "Lukas Brunner", "emails": ["lukas.brunner@example.ch"],
         "phone": "+41 79 555 21 47", "timezone": "Europe/Zurich"},
        now,
        SUMMARY)
    me = Person("Lukas Brunner", "lukas.brunner@example.ch", tz="Europe/Zurich",
                style="webmail", locale="de", msgid_domain="example.ch")
    case.me = me

    SIG_EN = ("Dr. Lukas Brunner\nPostdoctoral Researcher, Membrane Structural Biology\n"
              "Institute of Molecular Biology & Biophysics, ETH Zurich\n+41 79 555 21 47")
    SIG_DE = ("Dr. sc. nat. Lukas Brunner\nPostdoc, Membranstrukturbiologie\n"
              "Institut für Molekularbiologie und Biophysik, ETH Zürich\n+41 79 555 21 47")
    SIG_FR = ("Dr Lukas Brunner\nChercheur postdoctoral, biologie structurale des membranes\n"
              "ETH Zurich\n+41 79 555 21 47")
    IPHONE_DE = "Von meinem iPhone gesendet"

    # ------------------------------------------------------------------ people
    workday = Person("Aurelis Careers", "aurelis@myworkday.com", tz="Europe/Zurich",
                     style="auto", auto=True)
    sarah = Person("Sarah Whitfield", "sarah.whitfield@aurelis.com", tz="Europe/London",
                   style="outlook", region="eurprd02", sig=D("""
                       Sarah Whitfield
                       Talent Acquisition Partner – Research & Early Development
                       Aurelis Pharma | London · Basel
                       M +44 7700 900418"""))
    nicole = Person("Nicole Gasser", "nicole.gasser@aurelis.com", tz="Europe/Zurich",
                    style="outlook", region="eurprd02", sig=D("""
                        Nicole Gasser
                        Interview Coordinator | Talent Acquisition Operations
                        Aurelis Pharma AG | Basel, Switzerland
                        T +41 61 555 38 20"""))
    thomas = Person("Meier Thomas", "thomas.meier@aurelis.com", tz="Europe/Zurich",
                    style="outlook", region="eurprd02", sig=D("""
                        Thomas Meier, PhD
                        Head of Structural Biology
                        Aurelis Pharma AG | Basel"""))
    priya = Person("Natarajan Priya", "priya.natarajan@aurelis.com", tz="Europe/Zurich",
                   style="outlook", region="eurprd02", sig=D("""
                       Priya Natarajan, PhD
                       Principal Scientist, Structural Biology
                       Aurelis Pharma AG"""))
    marc = Person("Aebischer Marc", "marc.aebischer@aurelis.com", tz="Europe/Zurich",
                  style="outlook", region="eurprd02")
    jonas = Person("Frei Jonas", "jonas.frei@aurelis.com", tz="Europe/Zurich",
                   style="outlook", region="eurprd02")
    room312 = ("BSL-1090 Seminar Room 3.12 (60)", "bsl-1090-sr312@aurelis.com")

    reto = Person("Reto Imhof", "reto.imhof@cryonaut.ch", tz="Europe/Zurich", style="gmail",
                  locale="de", sig=D("""
                      --
                      Reto Imhof
                      Co-Founder & CEO
                      Cryonaut AG | Wiesenstrasse 14 | 8952 Schlieren
                      +41 76 555 80 12 | cryonaut.ch"""))
    anouk = Person("Anouk de Vries", "anouk.devries@cryonaut.ch", tz="Europe/Zurich",
                   style="gmail", sig=D("""
                       --
                       Anouk de Vries, PhD
                       Co-Founder & CSO | Cryonaut AG"""))

    camille = Person("Rochat Camille", "camille.rochat@leman-bio.ch", tz="Europe/Zurich",
                     style="outlook", locale="fr", region="eurprd05")
    SIG_CAM = D("""
        Camille Rochat
        Chargée de recrutement
        Ressources humaines | Léman Biologics SA
        Chemin des Croisettes 22 | 1066 Epalinges
        T +41 21 555 64 10""")
    etienne = Person("Favre Étienne", "etienne.favre@leman-bio.ch", tz="Europe/Zurich",
                     style="outlook", locale="fr", region="eurprd05")

    claudia = Person("Claudia Rüegg", "claudia.rueegg@rueegg-partner.ch", tz="Europe/Zurich",
                     style="outlook", locale="de", region="eurprd06", sig=D("""
                         Dr. Claudia Rüegg
                         Partnerin
                         Rüegg & Partner AG | Executive Search Life Sciences
                         Talstrasse 39 | 8001 Zürich
                         T +41 44 555 17 90 | M +41 79 555 63 02"""))
    wyss = Person("Wyss Hans-Peter", "hans-peter.wyss@dreiland-bio.ch", tz="Europe/Zurich",
                  style="outlook", locale="de", region="eurprd07", sig=D("""
                      Dr. Hans-Peter Wyss
                      Chief Scientific Officer
                      Dreiland Biosciences AG | Basel"""))
    monika = Person("Stöckli Monika", "monika.stoeckli@dreiland-bio.ch", tz="Europe/Zurich",
                    style="outlook", locale="de", region="eurprd07", sig=D("""
                        Monika Stöckli
                        Assistentin CSO
                        Dreiland Biosciences AG
                        Mattenstrasse 71 | 4058 Basel
                        T +41 61 555 47 11"""))

    katrin = Person("Baumgartner Katrin", "katrin.baumgartner@septima-bio.ch",
                    tz="Europe/Zurich", style="outlook", locale="de", region="eurprd03")
    beat = Person("Beat Schnyder", "beat.schnyder@alpstein-tx.ch", tz="Europe/Zurich",
                  style="gmail", locale="de", sig=D("""
                      Beat Schnyder
                      Head of Protein Sciences
                      Alpstein Therapeutics AG | Lerchenfeldstrasse 5 | 9014 St. Gallen"""))
    corinne = Person("Keller Corinne", "corinne.keller@alpstein-tx.ch", tz="Europe/Zurich",
                     style="outlook", locale="de", region="eurprd03", sig=D("""
                         Corinne Keller
                         HR Business Partner
                         Alpstein Therapeutics AG
                         T +41 71 555 29 64"""))
    personio = Person("Peregrine Bioanalytics AG", "no-reply@personio.de", tz="Europe/Berlin",
                      style="auto", auto=True)
    luethi = Person("Lüthi Michael", "michael.luethi@peregrine-bio.ch", tz="Europe/Zurich",
                    style="outlook", locale="de", region="eurprd04", sig=D("""
                        Dr. Michael Lüthi
                        Head of Biophysics
                        Peregrine Bioanalytics AG | Schlieren"""))

    tomas = Person("Ortega Tomás", "tomas.ortega@mol.biol.ethz.ch", tz="Europe/Zurich",
                   style="outlook", region="eurprd01")
    hannah = Person("Lindqvist Hannah", "hannah.lindqvist@sorventa.com", tz="Europe/Zurich",
                    style="outlook", region="eurprd08")
    julien = Person("Morel Julien", "julien.morel@sorventa.com", tz="Europe/Zurich",
                    style="outlook", region="eurprd08", sig=D("""
                        Julien Morel
                        Talent Acquisition Partner, R&D
                        Sorventa AG | Baarerstrasse 112 | 6300 Zug
                        +41 41 555 20 86"""))
    verena = Person("Maurer Verena", "verena.maurer@unibas.ch", tz="Europe/Zurich",
                    style="outlook", locale="de", region="eurprd09", sig=D("""
                        Prof. Dr. Verena Maurer
                        Biozentrum, Universität Basel
                        Spitalstrasse 41, 4056 Basel"""))

    # current job and the rest of life
    nadja = Person("Steiner Nadja", "nadja.steiner@mol.biol.ethz.ch", tz="Europe/Zurich",
                   style="outlook", region="eurprd01", sig=D("""
                       Prof. Dr. Nadja Steiner
                       Laboratory of Membrane Structural Biology
                       Institute of Molecular Biology & Biophysics, ETH Zurich"""))
    jia = Person("Liu Jia", "jia.liu@mol.biol.ethz.ch", tz="Europe/Zurich", style="outlook",
                 region="eurprd01")
    sabine = Person("Koller Sabine", "sabine.koller@mol.biol.ethz.ch", tz="Europe/Zurich",
                    style="outlook", region="eurprd01")
    martina = Person("Frick Martina", "martina.frick@scopem.ethz.ch", tz="Europe/Zurich",
                     style="outlook", region="eurprd01")
    sblab = Person("sb-lab", "sb-lab@lists.ethz.ch", tz="Europe/Zurich")
    seminars = Person("D-BIOL Seminars", "dbiol-seminars@lists.ethz.ch", tz="Europe/Zurich",
                      style="auto", msgid_domain="lists.ethz.ch")
    hr_eth = Person("Vogt Sandra", "sandra.vogt@hr.ethz.ch", tz="Europe/Zurich",
                    style="outlook", locale="de", region="eurprd01", sig=D("""
                        Sandra Vogt
                        HR-Beraterin Departement Biologie
                        ETH Zürich, Human Resources"""))
    ana = Person("Ana Ribeiro", "ana.ribeiro.lx@gmail.com", tz="Europe/Lisbon", style="gmail")
    journal = Person("MSB Reports Editorial Office", "editorial@msb-reports.org",
                     tz="Europe/London", style="auto")

    mami = Person("Ruth Brunner", "ruth.brunner@example.net", tz="Europe/Zurich",
                  style="webmail", locale="de", msgid_domain="example.net")
    anna = Person("Anna Brunner", "anna.brunner@example.net", tz="Europe/Zurich",
                  style="gmail", locale="de")
    marco = Person("Marco Bianchi", "marco.bianchi@example.net", tz="Europe/Zurich",
                   style="gmail", locale="de")
    chor = Person("Kammerchor Fluntern", "praesidium@kammerchor-fluntern.ch",
                  tz="Europe/Zurich", style="webmail", locale="de",
                  msgid_domain="kammerchor-fluntern.ch")
    chor_list = Person("Mitglieder Kammerchor Fluntern", "mitglieder@kammerchor-fluntern.ch",
                       tz="Europe/Zurich")
    stefan = Person("Stefan Hug", "stefan.hug@example.net", tz="Europe/Zurich",
                    style="gmail", locale="de")
    tenoere = Person("Tenöre KCF", "tenoere@kammerchor-fluntern.ch", tz="Europe/Zurich")
    egli = Person("Egli Patrick", "patrick.egli@braendli-immo.ch", tz="Europe/Zurich",
                  style="outlook", locale="de", region="eurprd06", sig=D("""
                      Patrick Egli
                      Bewirtschafter
                      Brändli Immobilien AG | Hardturmstrasse 130 | 8005 Zürich
                      T +41 44 555 72 30"""))
    braendli = Person("Brändli Immobilien AG", "verwaltung@braendli-immo.ch",
                      tz="Europe/Zurich", style="auto")
    post = Person("Die Post", "noreply@post.ch", tz="Europe/Zurich", style="auto")
    sbb = Person("SBB CFF FFS", "noreply@sbb.ch", tz="Europe/Zurich", style="auto")
    zso = Person("Zivilschutzorganisation Zürich", "aufgebote@zso-zuerich.ch",
                 tz="Europe/Zurich", style="auto")
    bevs = Person("Bevölkerungsschutz Stadt Zürich", "newsletter@bevoelkerungsschutz-zh.ch",
                  tz="Europe/Zurich", style="auto")
    velo = Person("Velowerkstatt Wipkingen", "info@velowerkstatt-wipkingen.ch",
                  tz="Europe/Zurich", style="auto")
    shop = Person("Bergsport Oase", "shop@bergsport-oase.ch", tz="Europe/Zurich",
                  style="auto")
    kk = Person("KK Rigi", "kundendienst@kk-rigi.ch", tz="Europe/Zurich", style="auto")
    card = Person("Rigi Card Services", "service@rigicard.ch", tz="Europe/Zurich",
                  style="auto")
    alumni = Person("ETH Alumni", "newsletter@ethalumni.example.org", tz="Europe/Zurich",
                    style="auto")
    ssbs = Person("SSBS – Swiss Society for Structural Biology", "news@ssbs.example.org",
                  tz="Europe/Zurich", style="auto")
    ssbs_conf = Person("SSBS 2026 Registration", "registration@ssbs.example.org",
                       tz="Europe/Zurich", style="auto")
    biojobs = Person("BioJobs Schweiz", "alerts@biojobs.ch", tz="Europe/Zurich",
                     style="auto")

    add = case.add

    # ================================================================ AURELIS (Basel pharma)
    add("au_ack", workday, [me], "2026-01-27 21:48",
        D("""
        Dear Lukas,

        Thank you for applying for the position Scientist, Structural Biology (Cryo-EM) (R-0041873) in Basel, Switzerland.

        We have received your application. Our Talent Acquisition team will review your profile against the requirements of the role, and a member of the team will contact you if there is a match. You can follow the status of your application at any time in Candidate Home.

        Please do not reply to this e-mail; this mailbox is not monitored.

        Kind regards,
        Aurelis Talent Acquisition

        Aurelis Pharma AG · Basel, Switzerland
        This is a system-generated message."""),
        subject="Thank you for applying – Scientist, Structural Biology (Cryo-EM) – R-0041873",
        html_only=True, headers=AUTO,
        html=html_of(D("""
        Dear Lukas,

        Thank you for applying for the position Scientist, Structural Biology (Cryo-EM) (R-0041873) in Basel, Switzerland.

        We have received your application. Our Talent Acquisition team will review your profile against the requirements of the role, and a member of the team will contact you if there is a match. You can follow the status of your application at any time in Candidate Home.

        Please do not reply to this e-mail; this mailbox is not monitored.

        Kind regards,
        Aurelis Talent Acquisition

        Aurelis Pharma AG · Basel, Switzerland
        This is a system-generated message."""), "Aurelis Careers"))

    add("au1", sarah, [me], T("2026-02-02 09:12", LON), D("""
        Dear Lukas,

        Thank you for your application for the Scientist, Structural Biology (Cryo-EM) role at our Basel research site. I'm the talent acquisition partner supporting Thomas Meier's team, and I'd like to set up a 30-minute call to tell you more about the role and hear a bit about your work on transporter dynamics.

        Would one of these suit you? All times are UK time, so please add an hour for Zurich:

        - Wednesday 4 February, 13:00
        - Thursday 5 February, 08:30
        - Friday 6 February, 10:00

        We'll use Teams – I'll send a link once we've agreed a slot.

        Kind regards,
        Sarah"""),
        subject="Aurelis – Scientist, Structural Biology (R-0041873) – initial conversation")
    add("au2", me, [sarah], "2026-02-02 13:41", D("""
        Dear Sarah,

        Many thanks for getting in touch. Thursday 5 February at 08:30 UK time (09:30 here) works well for me.

        I look forward to speaking with you.

        Best regards,
        Lukas Brunner

        """) + "\n" + SIG_EN, parent="au1")
    scr_desc = ("Hi Lukas, as agreed – talk to you on Thursday. Sarah\n\n"
                + teams_en("au-screen", "341 227 906 158", "Xq7Fz2"))
    add("au_screen_inv", sarah, [me], T("2026-02-02 14:05", LON), scr_desc,
        subject="Aurelis | Lukas Brunner | Initial conversation – Scientist, Structural Biology",
        sig=False, ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "au-screen"),
                     stamp=T("2026-02-02 14:05", LON),
                     start=T("2026-02-05 08:30", LON), end=T("2026-02-05 09:00", LON),
                     tzid="GMT Standard Time", prodid=EXCHANGE,
                     summary="Aurelis | Lukas Brunner | Initial conversation – Scientist, Structural Biology",
                     organizer=sarah, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Microsoft Teams Meeting", description=scr_desc, extra=MS_EXTRA))
    add("au3", me, [sarah], "2026-02-05 10:52", D("""
        Dear Sarah,

        Thank you for the conversation this morning, and for explaining how the structural biology group works with the discovery teams in Basel. It was particularly good to hear that the cryo-EM platform is being set up for time-resolved work, since that is exactly where my last three years have gone.

        As mentioned, our preprint on the gating states of the transporter should be out in the next weeks; I'll send it to you once it is public.

        Best regards,
        Lukas

        """) + "\n" + SIG_EN, parent="au2")
    add("au4", sarah, [me], T("2026-02-05 13:20", LON), D("""
        Hi Lukas,

        Thanks for your note, and for your time this morning – it was a pleasure. I've shared your profile and my notes with Thomas and the panel, and I'll be back in touch by the end of next week with their feedback.

        Best,
        Sarah"""), parent="au3")
    add("au5", sarah, [me], T("2026-02-10 10:31", LON), D("""
        Hi Lukas,

        Good news, and sooner than expected: Thomas and the team would like to invite you to an interview day at our Basel campus. The day normally runs from about 09:00 to 15:00. It opens with a scientific seminar for the Structural Biology & Biophysics department (45 minutes plus 15 for questions), followed by individual conversations with members of the panel and lunch with the team.

        We could offer Tuesday 3 March or Thursday 5 March – which would you prefer?

        For the seminar, could you send me a title and a short abstract (150–200 words) by Friday 20 February? Nicole Gasser, our interview coordinator in Basel, will then send you the calendar invitation and the practical details.

        Best,
        Sarah"""), parent="au4")
    add("au6", me, [sarah], "2026-02-10 19:05", D("""
        Dear Sarah,

        That is great news – thank you. Tuesday 3 March would suit me best.

        I'll send you the seminar title and abstract by Friday 20 February.

        Best regards,
        Lukas"""), parent="au5")
    add("au7", me, [sarah], "2026-02-19 22:14", D("""
        Dear Sarah,

        As promised, here are the title and abstract for the seminar on 3 March.

        Title: Watching a transporter move – time-resolved cryo-EM of a proton-coupled peptide transporter

        Abstract: Proton-coupled peptide transporters move di- and tripeptides, and many oral drugs, across membranes by alternating between outward- and inward-open states. Static structures have shown us the end points of this cycle, but not how the protein gets from one to the other. Using a microfluidic spray-mixing device to trigger transport on the grid, we captured the transporter at 20 to 500 ms after a proton jump and solved eleven intermediate states at 2.8 to 3.6 Å resolution. Together with HDX-MS and nanoDSF data, the structures show that the gating helices move in a fixed order and that one salt bridge acts as a kinetic checkpoint. I will also discuss what this means for predicting which drug-like molecules are transported, and how time-resolved workflows could be brought into a drug discovery setting.

        I'll bring the talk on my laptop (USB-C) and on a USB stick as a backup.

        Best regards,
        Lukas

        """) + "\n" + SIG_EN, parent="au6")
    add("au8", sarah, [me], T("2026-02-20 07:40", LON), D("""
        Perfect, thank you Lukas – that's gone to Nicole, who'll be in touch with the invitation shortly.

        Best,
        Sarah"""), parent="au7")

    day_desc = D("""
        Dear Lukas,

        Please find below the agenda for your interview day at Aurelis in Basel on Tuesday, 3 March 2026.

        09:00  Please report to Reception South (Building 1090); a member of the team will collect you
        09:30  Scientific seminar (45 min + 15 min questions), Seminar Room 3.12 – host: Dr. Thomas Meier
        10:45  1:1 with Dr. Thomas Meier, Head of Structural Biology
        11:30  Conversation with Dr. Priya Natarajan and Dr. Marc Aebischer, Principal Scientists, Structural Biology
        12:15  Lunch with members of the Structural Biology team
        13:30  1:1 with Dr. Jonas Frei, Head of Biophysics
        14:15  Tour of the cryo-EM facility with Dr. Thomas Meier
        15:00  End of the day

        Please bring a valid ID for your visitor badge. Travel costs (train, 2nd class) are reimbursed; Sarah Whitfield will let you know how.

        Best regards,
        Nicole""")
    add("au_day_inv", nicole, [me, thomas, priya, marc, jonas], "2026-02-20 14:10",
        day_desc, sig=True, ics_mode="outlook",
        subject="Interview Day – Dr. Lukas Brunner – Scientist, Structural Biology (R-0041873)",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "au-day"),
                     stamp=T("2026-02-20 14:10"),
                     start=T("2026-03-03 09:00"), end=T("2026-03-03 15:00"),
                     tzid="W. Europe Standard Time", prodid=EXCHANGE,
                     summary="Interview Day – Dr. Lukas Brunner – Scientist, Structural Biology (R-0041873)",
                     organizer=nicole,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (thomas, "ACCEPTED", "INDIVIDUAL"),
                                (priya, "ACCEPTED", "INDIVIDUAL"),
                                (marc, "ACCEPTED", "INDIVIDUAL"),
                                (jonas, "TENTATIVE", "INDIVIDUAL"),
                                (room312, "ACCEPTED", "ROOM")],
                     location="Aurelis Basel Campus, Building 1090, Seminar Room 3.12",
                     description=day_desc, extra=MS_EXTRA))

    add("au_prac1", nicole, [me], "2026-02-24 09:32", D("""
        Dear Lukas,

        A few practical points ahead of your visit next Tuesday:

        - Reception South is about ten minutes on foot from Basel SBB; alternatively take tram 2 to "Aurelis Campus".
        - The seminar room has HDMI and USB-C, and a clicker is available.
        - Please let me know any dietary requirements for lunch.
        - It is Fasnacht week in Basel and our offices are a bit quiet, so please allow a day for replies.

        Best regards,
        Nicole"""),
        subject="Your visit to Aurelis Basel on 3 March – practical information")
    add("au_prac2", me, [nicole], "2026-02-24 20:12", D("""
        Dear Nicole,

        Thank you for the details. No dietary requirements on my side.

        Would it be possible to test the projector briefly before the seminar starts?

        Best regards,
        Lukas Brunner"""), parent="au_prac1")
    add("au_prac3", nicole, [me], "2026-02-25 10:05", D("""
        Dear Lukas,

        Of course – the room is booked from 09:00, so you will have time to set up before the audience arrives.

        See you on Tuesday!
        Nicole"""), parent="au_prac2", sig=False)
    add("au_prac4", me, [nicole], "2026-03-03 20:41", D("""
        Dear Nicole,

        Just a short note to thank you for organising today so smoothly – everything worked, including the projector.

        Best regards,
        Lukas"""), parent="au_prac3")
    add("au_prac5", nicole, [me], "2026-03-04 08:02", D("""
        You're very welcome, Lukas – glad it all went well.

        Best,
        Nicole"""), parent="au_prac4", sig=False)

    add("au_ty_tm1", me, [thomas], "2026-03-03 19:35", D("""
        Dear Thomas,

        Thank you for hosting me in Basel today, and for the time you gave me – in our one-to-one and again during the tour of the cryo-EM facility.

        After today I am even more convinced that the role is a good fit:
        - the time-resolved workflow you want to build is what I have spent the last three years developing, including the spray-mixing hardware;
        - I have run grid screening and data collection for several groups at ETH and enjoy making a shared platform work for others;
        - working close to chemistry, as you described for the transporter programmes, is the step I am looking for.

        I very much hope to continue the conversation, and I will be in touch with Sarah about next steps. Thank you again for a very open and interesting day.

        Best regards,
        Lukas

        """) + "\n" + SIG_EN,
        subject="Thank you – interview day in Basel")
    add("au_ty_tm2", thomas, [me], "2026-03-04 07:41", D("""
        Dear Lukas,

        Thanks for your kind note. The seminar started quite a discussion at the coffee machine afterwards – Jonas in particular wants to know more about how you keep the ice thin enough on the sprayed grids.

        Sarah will be in touch about next steps.

        Best wishes,
        Thomas"""), parent="au_ty_tm1")

    add("au_ty_pm1", me, [priya, marc], "2026-03-04 08:22", D("""
        Dear Priya, dear Marc,

        Thank you both for our conversation yesterday. I enjoyed hearing how you split the work between the crystallography pipeline and cryo-EM, and your questions about the small-molecule complexes gave me a lot to think about on the train home.

        The paper on nanodisc reconstitution I mentioned is Hofstetter et al. 2024; I'm happy to share our protocol if it is useful.

        Best regards,
        Lukas

        """) + "\n" + SIG_EN,
        subject="Our conversation on Tuesday")
    add("au_ty_pm2", priya, [me], "2026-03-04 09:38", D("""
        Dear Lukas,

        Thank you, it was a pleasure on our side too. Yes please to the protocol – Marc has been fighting with a nanodisc prep for weeks.

        Best,
        Priya"""), parent="au_ty_pm1", cc=[marc])

    add("au9", sarah, [me], T("2026-03-04 10:02", LON), D("""
        Dear Lukas,

        Thank you for coming to Basel yesterday. I've heard from several people that the seminar led to a lively discussion, and the panel appreciated the time you gave each of them.

        To let you know where we are: we have one more candidate visiting on Thursday morning, and the panel meets on Thursday afternoon to compare notes. I'll come back to you by Friday 6 March at the latest with their decision on next steps.

        In the meantime, if you haven't already, please send me your train receipt and we'll reimburse it.

        Kind regards,
        Sarah"""), parent="au8")
    sbb_basel = pdf("Billett_Zuerich-Basel_03032026.pdf", [
        "SBB CFF FFS - Billett / Quittung",
        "Zuerich HB - Basel SBB und zurueck, 2. Klasse, Halbtax",
        "Gueltig am 03.03.2026",
        "Preis CHF 34.00 (inkl. MWST)",
    ])
    add("au10", me, [sarah], "2026-03-04 12:31", D("""
        Dear Sarah,

        Thank you for the update. I very much enjoyed the day and the discussions with the team.

        The train receipt is attached (CHF 34.00, Zurich–Basel return).

        I look forward to hearing from you.

        Best regards,
        Lukas"""), parent="au9", attachments=[sbb_basel])

    # ================================================================ CRYONAUT (start-up, Du)
    add("cy1", reto, [me], "2026-02-09 14:03", D("""
        Hoi Lukas

        Dani Huber hat mir erzählt, dass Du Dich nach vier Jahren Postdoc langsam Richtung Industrie orientierst, und mir gleich Euer Preprint zu den Peptidtransportern weitergeleitet. Sehr schöne Arbeit!

        Kurz zu uns: Cryonaut ist ein Spin-off aus der ETH, wir sind zu neunt im Bio-Technopark in Schlieren und machen strukturbasiertes Drug Discovery an Membranproteinen, mit Kryo-EM im Zentrum. Im Herbst haben wir unsere Seed-Runde abgeschlossen, und jetzt suchen wir jemanden, der die Strukturbiologie bei uns richtig aufbaut.

        Hättest Du Lust, auf einen Kaffee vorbeizukommen? Nächste Woche passt mir Dienstag oder Mittwoch am Vormittag am besten.

        Liebe Grüsse
        Reto"""),
        subject="Kaffee? (via Dani Huber)")
    add("cy2", me, [reto], "2026-02-09 21:37", D("""
        Hoi Reto

        Merci für Deine Nachricht – und Dani für den Tipp! Sehr gerne komme ich auf einen Kaffee vorbei. Mittwoch, 18. Februar, um 10 Uhr würde mir gut passen.

        Damit Du schon ein Bild hast, hänge ich Dir meinen CV an.

        Liebe Grüsse
        Lukas"""), parent="cy1", attachments=[CV])
    add("cy3", reto, [me], "2026-02-10 07:58", D("""
        Perfekt, Mittwoch 10 Uhr. Wir sind im Bio-Technopark, Wiesenstrasse 14, Gebäude B, 2. Stock – einfach bei Cryonaut klingeln.

        Reto

        Von meinem iPhone gesendet"""), parent="cy2", sig=False)
    add("cy4", me, [reto], "2026-02-18 17:42", D("""
        Hoi Reto

        Thanks nochmals für den Kaffee heute Morgen und die Führung durchs Labor! Euer Ansatz, Fragment-Screening direkt auf dem Grid zu machen, hat mich sehr beeindruckt – ich habe auf der Heimfahrt im Tram noch lange überlegt, wie man das mit zeitaufgelösten Daten kombinieren könnte.

        Ich würde mich freuen, wenn wir in Kontakt bleiben.

        Liebe Grüsse
        Lukas"""), parent="cy3")
    add("cy5", reto, [me], "2026-02-19 08:15", D("""
        Hoi Lukas

        Freut mich, dass es Dir gefallen hat – uns auch! Wir würden Dich gerne noch etwas besser kennenlernen: Magst Du an einem Nachmittag vorbeikommen, dem Team in 20 Minuten Deine Arbeit vorstellen und danach mit Anouk (in Kopie, unsere CSO) und mir ausführlicher sprechen? Anouk spricht (noch) kein Deutsch, die Präsentation also bitte auf Englisch.

        Möglich wären Donnerstag, 5.3., oder Freitag, 6.3., jeweils ab 14 Uhr.

        Liebe Grüsse
        Reto"""), parent="cy4", cc=[anouk])
    add("cy6", me, [reto], "2026-02-19 12:20", D("""
        Hoi Reto, hi Anouk

        Sehr gerne! Donnerstag, 5.3., ab 14 Uhr passt mir. Anouk, looking forward to meeting you.

        Liebe Grüsse
        Lukas"""), parent="cy5", cc=[anouk])
    add("cy7", reto, [me], "2026-03-04 16:50", D("""
        Hoi Lukas

        Kurz zur Logistik für morgen: Der Beamer hat HDMI und USB-C. Wir starten um 14 Uhr mit Deinem Vortrag im Sitzungszimmer im 2. Stock, danach Anouk und ich. Gegen halb sechs sollten wir durch sein – falls Du dann noch Zeit hast, gibt's ein Bier mit dem Team.

        Bis morgen!
        Reto"""), parent="cy6", cc=[anouk])

    add("cya1", me, [anouk], "2026-03-05 20:16", D("""
        Dear Anouk,

        Thank you for the time you took this afternoon, and for the very open discussion after my talk. Three things stayed with me on the way home:
        - your plan to run fragment screens straight onto grids is close to what I have wanted to try with the spray-mixing setup;
        - the team is small enough that building the structural biology side would really be a building job, which is what I am looking for;
        - your question on the ice thickness statistics made me realise how much of our in-house tooling would transfer directly.

        I would be very glad to continue the conversation.

        Best regards,
        Lukas

        """) + "\n" + SIG_EN,
        subject="Thank you for this afternoon")
    add("cya2", anouk, [me], "2026-03-06 08:47", D("""
        Hi Lukas,

        Thanks for your note – we all enjoyed it, and the team is still arguing about your question on the checkpoint salt bridge.

        Reto asked me to let you know that he will get back to you next week: we have our board meeting on Tuesday and want to discuss the role there first.

        Have a good weekend,
        Anouk"""), parent="cya1")

    # ================================================================ LÉMAN BIOLOGICS (French)
    lettre = pdf("Lettre_de_motivation_Lukas_Brunner.pdf", [
        "Lukas Brunner - Lettre de motivation",
        "Scientifique Senior, Biologie structurale (ref. LB-2026-07)",
        "Leman Biologics SA, Epalinges",
    ])
    add("lb1", me, [camille], "2026-02-04 21:05", D("""
        Madame Rochat,

        Je me permets de vous adresser ma candidature pour le poste de Scientifique Senior en biologie structurale (réf. LB-2026-07) publié sur votre site.

        Postdoctorant à l'ETH Zurich depuis 2021, j'étudie la structure et la dynamique de transporteurs membranaires par cryo-microscopie électronique, en particulier par des approches résolues dans le temps. Les projets d'anticorps dirigés contre des protéines membranaires que mène Léman Biologics correspondent très bien à mon expérience, et je serais heureux d'y contribuer.

        Vous trouverez ci-joints mon CV et ma lettre de motivation. Je reste volontiers à votre disposition pour un entretien.

        Je vous prie d'agréer, Madame, mes salutations distinguées.

        Lukas Brunner

        """) + "\n" + SIG_FR,
        subject="Candidature – Scientifique Senior, Biologie structurale (réf. LB-2026-07)",
        attachments=[CV, lettre])
    m = case.by_key["lb1"]
    add("lb2", camille, [me], "2026-02-10 10:20", D("""
        Monsieur Brunner,

        Nous vous remercions de votre candidature, qui a retenu toute notre attention.

        Afin de faire plus ample connaissance, je vous propose un premier échange téléphonique d'une trentaine de minutes le vendredi 20 février à 11h00. Ce créneau vous conviendrait-il ?

        Avec mes meilleures salutations,

        """) + "\n" + SIG_CAM + "\n\n" + fr_quote(m), parent="lb1", sig=False, quote=False)
    add("lb3", me, [camille], "2026-02-10 18:30", D("""
        Madame Rochat,

        Merci beaucoup pour votre message. Le vendredi 20 février à 11h00 me convient très bien ; vous pouvez me joindre au +41 79 555 21 47.

        Meilleures salutations
        Lukas Brunner"""), parent="lb2")
    call_desc = ("Appel téléphonique de Camille Rochat (RH) au +41 79 555 21 47 – "
                 "premier échange, environ 30 minutes.")
    add("lb_call_inv", camille, [me], "2026-02-10 18:52", call_desc,
        subject="Échange téléphonique – Lukas Brunner (Scientifique Senior)",
        sig=False, ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "lb-call"),
                     stamp=T("2026-02-10 18:52"),
                     start=T("2026-02-20 11:00"), end=T("2026-02-20 11:30"),
                     tzid="Romance Standard Time", prodid=EXCHANGE,
                     summary="Échange téléphonique – Lukas Brunner (Scientifique Senior)",
                     organizer=camille, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Téléphone", description=call_desc, extra=MS_EXTRA))
    add("lb4", camille, [me], "2026-02-17 15:45", D("""
        Monsieur Brunner,

        Après lecture de votre dossier, M. Étienne Favre, responsable Protein Sciences, souhaiterait s'entretenir directement avec vous par Teams. J'annule donc notre appel de vendredi.

        Seriez-vous disponible le mardi 3 mars à 14h00 ou le vendredi 6 mars à 10h00 ? L'entretien durera environ une heure.

        Avec mes meilleures salutations,

        """) + "\n" + SIG_CAM + "\n\n" + fr_quote(case.by_key["lb3"]),
        parent="lb3", sig=False, quote=False)
    add("lb_call_cancel", camille, [me], "2026-02-17 15:47",
        "L'échange téléphonique est annulé : M. Favre vous contactera directement pour un entretien.",
        subject="Annulé : Échange téléphonique – Lukas Brunner (Scientifique Senior)",
        sig=False, ics_mode="outlook", headers={"Importance": "High"},
        ics=make_ics(method="CANCEL", uid=uid_outlook(NAME, "lb-call"),
                     stamp=T("2026-02-17 15:47"),
                     start=T("2026-02-20 11:00"), end=T("2026-02-20 11:30"),
                     tzid="Romance Standard Time", prodid=EXCHANGE, sequence=1,
                     status="CANCELLED",
                     summary="Annulé : Échange téléphonique – Lukas Brunner (Scientifique Senior)",
                     organizer=camille, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Téléphone", extra=MS_EXTRA))
    add("lb5", me, [camille], "2026-02-17 21:02", D("""
        Madame Rochat,

        Avec plaisir. Le mardi 3 mars, je suis malheureusement déjà pris ; le vendredi 6 mars à 10h00 me convient parfaitement.

        Meilleures salutations
        Lukas Brunner"""), parent="lb4")
    add("lb6", camille, [me], "2026-02-18 09:12", D("""
        C'est noté, vous recevrez l'invitation Teams dans la journée.

        Bonne fin de semaine,
        C. Rochat

        """) + "\n" + fr_quote(case.by_key["lb5"]), parent="lb5", sig=False, quote=False)
    int_desc = ("Monsieur Brunner,\n\nVoici le lien pour votre entretien avec Dr Étienne Favre, "
                "responsable Protein Sciences. Je ne participerai pas à l'entretien ; n'hésitez "
                "pas à me contacter en cas de question.\n\nCamille Rochat\n\n"
                + teams_fr("lb-int", "382 604 117 293", "eP3kM8"))
    add("lb_int_inv", camille, [me, etienne], "2026-02-18 11:05", int_desc,
        subject="Entretien Teams – Lukas Brunner / Dr Étienne Favre – Scientifique Senior",
        sig=False, ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "lb-int"),
                     stamp=T("2026-02-18 11:05"),
                     start=T("2026-03-06 10:00"), end=T("2026-03-06 11:00"),
                     tzid="Romance Standard Time", prodid=EXCHANGE,
                     summary="Entretien Teams – Lukas Brunner / Dr Étienne Favre – Scientifique Senior",
                     organizer=camille,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (etienne, "ACCEPTED", "INDIVIDUAL")],
                     location="Réunion Microsoft Teams", description=int_desc, extra=MS_EXTRA))
    add("lb7", camille, [me], "2026-03-06 14:35", D("""
        Monsieur Brunner,

        Merci encore pour votre disponibilité ce matin ; M. Favre a beaucoup apprécié votre échange.

        Afin de poursuivre le processus, pourriez-vous nous transmettre les coordonnées de deux personnes de référence (nom, fonction, e-mail et téléphone) ? Nous reviendrons vers vous au plus tard le vendredi 13 mars.

        Avec mes meilleures salutations,

        """) + "\n" + SIG_CAM + "\n\n" + fr_quote(case.by_key["lb6"]),
        parent="lb6", sig=False, quote=False)
    add("lb8", me, [camille], "2026-03-06 18:14", D("""
        Madame Rochat,

        Je vous remercie de votre message. Je vous ferai parvenir les coordonnées de mes deux références d'ici le mardi 10 mars au plus tard, le temps de les prévenir.

        Meilleures salutations
        Lukas Brunner"""), parent="lb7")

    # ================================================================ RÜEGG & PARTNER / DREILAND
    add("rp1", claudia, [me], "2026-02-03 08:47", D("""
        Sehr geehrter Herr Dr. Brunner

        Ich erlaube mir, Sie direkt zu kontaktieren. Im Auftrag eines forschenden Biotech-Unternehmens in der Region Basel (rund 120 Mitarbeitende, klinische Pipeline in der Onkologie) besetzen wir die Position «Head of Structural Biology». Die Funktion umfasst den Aufbau einer Gruppe von zunächst drei bis vier Personen und die Verantwortung für die strukturbiologische Unterstützung der Wirkstoffprojekte.

        Ihr Name wurde mir von einer Person aus Ihrem Fachgebiet genannt, und Ihr Profil mit dem Schwerpunkt Kryo-EM an Membranproteinen entspricht sehr gut dem, was mein Mandant sucht.

        Hätten Sie Zeit für ein erstes, selbstverständlich vertrauliches Telefongespräch?

        Freundliche Grüsse
        Claudia Rüegg"""),
        subject="Vertrauliche Anfrage – Head of Structural Biology, Biotech Region Basel")
    add("rp2", me, [claudia], "2026-02-03 19:20", D("""
        Sehr geehrte Frau Dr. Rüegg

        Vielen Dank für Ihre Nachricht, die mich sehr interessiert. Gerne stehe ich für ein Gespräch zur Verfügung. Am besten passt es mir diese Woche am Freitag über Mittag, sonst am Montag ab 16 Uhr.

        Freundliche Grüsse
        Lukas Brunner"""), parent="rp1")
    add("rp3", claudia, [me], "2026-02-04 07:55", D("""
        Sehr geehrter Herr Dr. Brunner

        Gerne am Freitag, 6. Februar, um 12.15 Uhr. Ich rufe Sie auf Ihrer Mobilnummer an (+41 79 555 21 47).

        Freundliche Grüsse
        Claudia Rüegg"""), parent="rp2")
    pubs = pdf("Publikationsliste_Lukas_Brunner.pdf", [
        "Dr. Lukas Brunner - Publikationsliste",
        "14 Publikationen, davon 6 als Erst- oder Co-Erstautor",
        "Preprint 2026: Time-resolved cryo-EM of a proton-coupled peptide transporter",
    ])
    add("rp4", me, [claudia], "2026-02-06 15:28", D("""
        Sehr geehrte Frau Dr. Rüegg

        Herzlichen Dank für das angenehme und offene Gespräch heute Mittag. Wie besprochen sende ich Ihnen anbei meinen Lebenslauf und meine Publikationsliste.

        Die Aufgabe, eine strukturbiologische Gruppe neu aufzubauen, reizt mich sehr, und ich würde mich freuen, mehr über Ihren Mandanten zu erfahren.

        Freundliche Grüsse
        Lukas Brunner

        """) + "\n" + SIG_DE, parent="rp3", attachments=[CV_DE, pubs])
    add("rp5", claudia, [me], "2026-02-09 10:10", D("""
        Sehr geehrter Herr Dr. Brunner

        Besten Dank für Ihre Unterlagen. Ich stelle Ihr Dossier diese Woche meinem Mandanten vor und melde mich bis Ende nächster Woche wieder bei Ihnen.

        Freundliche Grüsse
        Claudia Rüegg"""), parent="rp4")
    add("rp6", claudia, [me], "2026-02-17 16:30", D("""
        Sehr geehrter Herr Dr. Brunner

        Ich freue mich, Ihnen mitteilen zu können, dass mein Mandant Sie gerne kennenlernen möchte. Es handelt sich um die Dreiland Biosciences AG in Basel; ich bitte Sie, dies weiterhin vertraulich zu behandeln.

        Dr. Hans-Peter Wyss, CSO, schlägt ein erstes Gespräch per Teams vor, am Dienstag, 24. Februar, oder am Mittwoch, 25. Februar, jeweils um 17.00 Uhr (ca. 45 Minuten). Welcher Termin passt Ihnen?

        Freundliche Grüsse
        Claudia Rüegg"""), parent="rp5")
    add("rp7", me, [claudia], "2026-02-17 20:48", D("""
        Sehr geehrte Frau Dr. Rüegg

        Das freut mich sehr. Mittwoch, 25. Februar, 17.00 Uhr passt mir gut.

        Freundliche Grüsse
        Lukas Brunner"""), parent="rp6")
    add("rp8", claudia, [me], "2026-02-18 08:20", D("""
        Bestens – ich habe Dr. Wyss informiert, die Einladung erhalten Sie direkt von ihm. Viel Erfolg!

        Freundliche Grüsse
        Claudia Rüegg

        Von meinem iPhone gesendet"""), parent="rp7", sig=False)
    add("rp9", claudia, [me], "2026-02-27 11:45", D("""
        Sehr geehrter Herr Dr. Brunner

        Dr. Wyss hat mir ein sehr positives Feedback zu Ihrem Gespräch gegeben. Er möchte Sie gerne zu einem Besuch nach Basel einladen, damit Sie das Team und die Labors kennenlernen. Seine Assistentin, Frau Stöckli, wird sich in den nächsten Tagen mit einem Terminvorschlag bei Ihnen melden.

        Freundliche Grüsse
        Claudia Rüegg"""), parent="rp8")
    add("rp10", me, [claudia], "2026-02-27 18:02", D("""
        Sehr geehrte Frau Dr. Rüegg

        Das freut mich sehr zu hören. Ich warte gerne auf den Vorschlag von Frau Stöckli.

        Freundliche Grüsse
        Lukas Brunner"""), parent="rp9")
    add("rp11", claudia, [me], "2026-03-10 08:40", D("""
        Sehr geehrter Herr Dr. Brunner

        Ich hoffe, Sie hatten gestern einen guten Tag in Basel. Dr. Wyss hat mir bereits kurz berichtet: Das Team war von Ihrem Besuch sehr angetan. Dreiland spricht diese Woche noch mit einer weiteren Kandidatin und wird bis Freitag, 20. März, entscheiden, wen sie in die finale Runde (Gespräch mit dem CEO) einlädt.

        Mich würde Ihr eigener Eindruck interessieren – gerne telefonisch, ich bin heute und morgen gut erreichbar.

        Freundliche Grüsse
        Claudia Rüegg"""), parent="rp10")

    wy_desc = teams_de("dr-video", "316 552 480 971", "a9TqV4")
    add("dr_video_inv", wyss, [me], "2026-02-18 09:30", wy_desc,
        subject="Kennenlernen Dr. Lukas Brunner / Dreiland Biosciences", sig=False,
        ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "dr-video"),
                     stamp=T("2026-02-18 09:30"),
                     start=T("2026-02-25 17:00"), end=T("2026-02-25 17:45"),
                     tzid="W. Europe Standard Time", prodid=EXCHANGE,
                     summary="Kennenlernen Dr. Lukas Brunner / Dreiland Biosciences",
                     organizer=wyss, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Microsoft Teams-Besprechung", description=wy_desc,
                     extra=MS_EXTRA))
    add("dr_note1", me, [wyss], "2026-02-26 07:55", D("""
        Sehr geehrter Herr Dr. Wyss

        Herzlichen Dank für das offene und anregende Gespräch gestern Abend. Besonders spannend fand ich Ihre Überlegungen, die Strukturbiologie eng mit der Biophysik zu verzahnen, damit Strukturen früher in die Entscheidungen der Chemie einfliessen.

        Ich würde mich freuen, Dreiland und Ihr Team näher kennenzulernen.

        Freundliche Grüsse
        Lukas Brunner

        """) + "\n" + SIG_DE, subject="Unser Gespräch vom 25. Februar")
    add("dr_note2", wyss, [me], "2026-02-26 12:14", D("""
        Sehr geehrter Herr Brunner

        Besten Dank für Ihre Zeilen, auch für mich war es ein gutes Gespräch. Wir besprechen das weitere Vorgehen intern; Sie hören bis Ende nächster Woche von uns, direkt oder über Frau Rüegg.

        Freundliche Grüsse
        Hans-Peter Wyss"""), parent="dr_note1")
    visit_desc = D("""
        Sehr geehrter Herr Dr. Brunner

        Im Auftrag von Dr. Hans-Peter Wyss sende ich Ihnen die Einladung für Ihren Besuch bei uns in Basel am Montag, 9. März 2026.

        Programm
        10.00 Uhr  Empfang und Rundgang durch die Labors (Dr. Hans-Peter Wyss)
        10.45 Uhr  Gespräch mit Dr. Sandra Oberholzer, Head of Medicinal Chemistry
        11.30 Uhr  Gespräch mit Dr. Kenji Mori, Head of Biophysics & Screening
        12.15 Uhr  Mittagessen mit Dr. Wyss
        13.30 Uhr  Ende des Besuchs

        Adresse: Dreiland Biosciences AG, Mattenstrasse 71, 4058 Basel. Vom Bahnhof SBB erreichen Sie uns mit dem Tram Nr. 2 bis «Messeplatz». Bitte melden Sie sich am Empfang im Erdgeschoss, Dr. Wyss holt Sie dort ab.

        Freundliche Grüsse
        Monika Stöckli""")
    add("dr_visit1", monika, [me, wyss], "2026-03-02 10:20", visit_desc, sig=True,
        subject="Besuch Dreiland Biosciences – Dr. Lukas Brunner", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "dr-visit"),
                     stamp=T("2026-03-02 10:20"),
                     start=T("2026-03-09 10:00"), end=T("2026-03-09 13:30"),
                     tzid="W. Europe Standard Time", prodid=EXCHANGE,
                     summary="Besuch Dreiland Biosciences – Dr. Lukas Brunner",
                     organizer=monika,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (wyss, "ACCEPTED", "INDIVIDUAL")],
                     location="Dreiland Biosciences AG, Mattenstrasse 71, 4058 Basel – Empfang EG",
                     description=visit_desc, extra=MS_EXTRA))
    add("dr_visit2", me, [monika], "2026-03-02 19:05", D("""
        Sehr geehrte Frau Stöckli

        Besten Dank für die Einladung, ich freue mich auf den Besuch. Ich werde um 10 Uhr am Empfang sein.

        Freundliche Grüsse
        Lukas Brunner"""), parent="dr_visit1")
    add("dr_visit3", monika, [me], "2026-03-03 08:30", D("""
        Sehr geehrter Herr Dr. Brunner

        Wunderbar, wir freuen uns. Falls Sie mit dem Auto kommen: Besucherparkplätze haben wir leider keine, das Parkhaus Messe ist am nächsten.

        Freundliche Grüsse
        Monika Stöckli"""), parent="dr_visit2")

    # ================================================================ SEPTIMA BIO (no answer)
    mot_sb = pdf("Motivationsschreiben_Septima_Bio.pdf", [
        "Lukas Brunner - Motivationsschreiben",
        "Senior Scientist Membrane Protein Biochemistry, Septima Bio AG",
    ])
    add("sb1", me, [katrin], "2026-02-26 21:12", D("""
        Sehr geehrte Frau Dr. Baumgartner

        Prof. Verena Maurer, meine Doktormutter am Biozentrum, hat mich auf Ihre offene Stelle als Senior Scientist Membrane Protein Biochemistry aufmerksam gemacht und mir geraten, mich direkt bei Ihnen zu melden.

        Seit 2021 arbeite ich als Postdoc an der ETH Zürich an der Expression, Reinigung und Rekonstitution von Membrantransportern und an deren Strukturbestimmung mit Kryo-EM. Die Stabilisierung schwieriger Membranproteine für Screening und Strukturbiologie, die in der Ausschreibung im Zentrum steht, ist genau das, was ich in den letzten Jahren täglich gemacht habe.

        Hiermit bewerbe ich mich gerne für diese Position. Meinen Lebenslauf und ein Motivationsschreiben finden Sie im Anhang.

        Freundliche Grüsse
        Lukas Brunner

        """) + "\n" + SIG_DE,
        subject="Bewerbung: Senior Scientist Membrane Protein Biochemistry",
        attachments=[CV_DE, mot_sb])
    add("sb_ooo", katrin, [me], "2026-02-26 21:13", D("""
        Vielen Dank für Ihre Nachricht. Ich bin bis und mit Montag, 2. März, abwesend und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        Thank you for your message. I am out of the office until Monday, 2 March, with limited access to e-mail. Your message will not be forwarded.

        Katrin Baumgartner"""),
        parent="sb1", subject="Automatische Antwort: Bewerbung: Senior Scientist Membrane Protein Biochemistry",
        quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ================================================================ ALPSTEIN (rejected after a call)
    mot_al = pdf("Motivationsschreiben_Alpstein.pdf", [
        "Lukas Brunner - Motivationsschreiben",
        "Scientist Structural Biology, Alpstein Therapeutics AG",
    ])
    add("al1", me, [beat], "2026-02-16 20:40", D("""
        Sehr geehrter Herr Schnyder

        Auf der Website von Alpstein Therapeutics habe ich Ihre Ausschreibung für eine Stelle als Scientist Structural Biology gesehen. Da die Anzeige Sie als Ansprechperson nennt, sende ich Ihnen meine Bewerbung direkt.

        Ich bin Postdoc an der ETH Zürich und bestimme mit Kryo-EM die Strukturen von Membrantransportern in verschiedenen Zuständen; daneben habe ich Erfahrung mit ITC, nanoDSF und HDX-MS. Ihre Programme gegen Transporter in Tumorzellen interessieren mich sehr.

        Lebenslauf und Motivationsschreiben finden Sie im Anhang. Ich freue mich, von Ihnen zu hören.

        Freundliche Grüsse
        Lukas Brunner

        """) + "\n" + SIG_DE,
        subject="Bewerbung als Scientist Structural Biology – Dr. Lukas Brunner",
        attachments=[CV_DE, mot_al])
    add("al2", beat, [me], "2026-02-18 13:05", D("""
        Grüezi Herr Brunner

        Vielen Dank für Ihre Bewerbung, die mich sehr interessiert hat. Gerne würde ich Sie in einem Video-Call kennenlernen. Hätten Sie am Montag, 2. März, um 14 Uhr Zeit? Wir würden uns etwa 45 Minuten nehmen.

        Freundliche Grüsse
        Beat Schnyder"""), parent="al1")
    add("al3", me, [beat], "2026-02-18 18:55", D("""
        Grüezi Herr Schnyder

        Vielen Dank für die rasche Rückmeldung. Montag, 2. März, um 14 Uhr passt mir sehr gut.

        Freundliche Grüsse
        Lukas Brunner"""), parent="al2")
    add("al4", beat, [me], "2026-02-19 09:10", D("""
        Grüezi Herr Brunner

        Bestens. Hier der Link:

        Zoom-Meeting beitreten
        https://alpstein-tx.zoom.us/j/84512093377?pwd=Qm9uZ2pTbWxzR0F0aHc5
        Meeting-ID: 845 1209 3377
        Kenncode: 620418

        Frau Keller von unserem HR habe ich in Kopie gesetzt; sie wird Sie im weiteren Verlauf begleiten.

        Freundliche Grüsse
        Beat Schnyder"""), parent="al3", cc=[corinne])
    add("al5", corinne, [me], "2026-03-09 16:20", D("""
        Sehr geehrter Herr Dr. Brunner

        Herr Schnyder hat mich gebeten, Ihnen nach Ihrem Gespräch vom 2. März eine Rückmeldung zu geben. Zuerst möchten wir uns herzlich für Ihr Interesse an Alpstein Therapeutics und für die Zeit bedanken, die Sie sich genommen haben.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin weiterzuführen, deren Erfahrung in der Röntgenkristallographie für unsere aktuellen Projekte etwas näher an unseren Bedürfnissen liegt. Dieser Entscheid ist uns nicht leichtgefallen, denn Ihr Profil hat uns überzeugt.

        Gerne würden wir Ihr Dossier für künftige Stellen berücksichtigen, sofern Sie damit einverstanden sind. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

        Freundliche Grüsse
        Corinne Keller"""), parent="al4", cc=[beat])

    # ================================================================ PEREGRINE (out of office)
    pb_ack = D("""
        Guten Tag Lukas Brunner

        Vielen Dank für Ihre Bewerbung als «Scientist Biophysics (m/w/d)» bei der Peregrine Bioanalytics AG. Wir haben Ihre Unterlagen erhalten und melden uns bei Ihnen, sobald wir sie geprüft haben.

        Freundliche Grüsse
        Ihr Recruiting-Team der Peregrine Bioanalytics AG

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""")
    add("pb_ack", personio, [me], "2026-02-05 22:03", pb_ack,
        subject="Ihre Bewerbung bei der Peregrine Bioanalytics AG", html_only=True,
        html=html_of(pb_ack, "Peregrine Bioanalytics AG"), headers=AUTO)
    add("pb1", luethi, [me], "2026-02-12 11:40", D("""
        Guten Tag Herr Brunner

        Danke für Ihre Bewerbung, die über unser Portal bei mir gelandet ist. Bevor wir ein ausführliches Gespräch vereinbaren, würde ich gern in einem kurzen Telefonat ein paar Punkte zu Ihrer Erfahrung mit ITC und SPR klären. Passt Ihnen Donnerstag, 19. Februar, um 8.30 Uhr? Ich würde Sie anrufen.

        Beste Grüsse
        Michael Lüthi"""),
        subject="Ihre Bewerbung als Scientist Biophysics – kurzes Telefonat?")
    add("pb2", me, [luethi], "2026-02-12 17:05", D("""
        Guten Tag Herr Lüthi

        Gerne, Donnerstag, 19. Februar, um 8.30 Uhr passt. Sie erreichen mich unter +41 79 555 21 47.

        Freundliche Grüsse
        Lukas Brunner"""), parent="pb1")
    add("pb3", me, [luethi], "2026-02-19 10:02", D("""
        Guten Tag Herr Lüthi

        Vielen Dank für das Telefonat heute Morgen. Wie besprochen finden Sie hier die zwei Beispiele, bei denen ich nanoDSF und ITC eingesetzt habe, um Nanobodies gegen unseren Transporter zu charakterisieren (Methodenteil ab Seite 6 im angehängten Manuskript).

        Freundliche Grüsse
        Lukas Brunner

        """) + "\n" + SIG_DE, parent="pb2",
        attachments=[pdf("Brunner_et_al_2025_nanobodies.pdf", [
            "Brunner L, Liu J, Steiner N (2025)",
            "Conformation-selective nanobodies against a peptide transporter",
        ])])
    add("pb4", luethi, [me], "2026-02-24 14:15", D("""
        Guten Tag Herr Brunner

        Kurzes Update: Wir führen diese Woche noch zwei weitere Telefongespräche und entscheiden bis Freitag, 6. März, wen wir zu einem Gespräch vor Ort einladen.

        Beste Grüsse
        Michael Lüthi"""), parent="pb3")
    add("pb5", me, [luethi], "2026-03-04 09:12", D("""
        Guten Tag Herr Lüthi

        Als kurze Ergänzung zu unserem Telefonat: Unser Preprint zur Konformationsdynamik des Transporters ist gestern auf bioRxiv erschienen (https://www.biorxiv.org/content/10.1101/2026.03.02.641187v1). Der nanoDSF- und ITC-Teil, über den wir gesprochen haben, findet sich in Abbildung 4.

        Freundliche Grüsse
        Lukas Brunner"""), parent="pb4")
    add("pb_ooo", luethi, [me], "2026-03-04 09:12", D("""
        Guten Tag

        Ich bin bis und mit Freitag, 13. März, in den Skiferien und ab Montag, 16. März, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@peregrine-bio.ch.

        Beste Grüsse
        Michael Lüthi"""),
        parent="pb5", subject="Automatische Antwort: Re: Ihre Bewerbung als Scientist Biophysics – kurzes Telefonat?",
        quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ================================================================ SORVENTA (networking, then TA)
    add("so1", tomas, [hannah, me], "2026-02-11 09:30", D("""
        Hi Hannah, hi Lukas,

        As promised, here's the intro.

        Hannah – Lukas is a postdoc in Nadja Steiner's group with me and the person behind most of our time-resolved cryo-EM work. He is starting to look at roles in industry, and I can't think of anyone who could give him a better picture of structural biology in a mid-size pharma than you.

        Lukas – Hannah and I did our PhDs together in Uppsala; she now leads the structural biology team at Sorventa in Zug.

        I'll let you two take it from here.

        Cheers,
        Tomás"""),
        subject="Intro: Lukas Brunner <> Hannah Lindqvist (Sorventa)")
    add("so2", hannah, [me], "2026-02-11 13:02", D("""
        Thanks Tomás! (moving you to bcc)

        Lukas, nice to e-meet you. Happy to have a chat. I'm in Zurich on Thursday 19 February for the membrane protein symposium at ETH Zentrum – would a coffee after lunch work, say 13:30?

        Best,
        Hannah"""), parent="so1")
    add("so3", me, [hannah], "2026-02-11 18:40", D("""
        Dear Hannah,

        Thank you for the quick reply! Thursday 19 February at 13:30 is perfect. Shall we meet at the Dozentenfoyer on the top floor of the main building? The view is worth the stairs.

        Best regards,
        Lukas"""), parent="so2")
    add("so4", hannah, [me], "2026-02-11 19:15", D("""
        Dozentenfoyer it is – see you then!
        H.

        Sent from my iPhone"""), parent="so3")
    add("so5", me, [hannah], "2026-02-19 18:24", D("""
        Dear Hannah,

        Thank you for taking the time this afternoon – it was the most useful hour I have spent on my job search so far. Your description of how a structural biology team earns its place in project decisions, and your advice to talk about throughput and timelines rather than resolution, were exactly what I needed to hear.

        As discussed, I've attached my CV. I'll let you know how things develop in Basel.

        Best regards,
        Lukas

        """) + "\n" + SIG_EN, parent="so4", attachments=[CV])
    add("so6", hannah, [me], "2026-02-20 08:57", D("""
        Hi Lukas,

        It was a pleasure. I've forwarded your CV to Julien Morel, our TA partner for R&D. There is nothing open in my own team at the moment, but Julien sees the whole R&D picture and it's worth being on his radar.

        Good luck in Basel, and keep me posted!

        Hannah"""), parent="so5")

    add("sv1", julien, [me], "2026-03-05 10:15", D("""
        Dear Lukas,

        Hannah Lindqvist passed on your CV a couple of weeks ago – apologies for taking a while to get in touch, it has been a busy start to the year.

        We are planning to open a Senior Scientist position in Protein Sciences later this spring, and I would like to have an informal, exploratory conversation with you about it. 30 minutes on Teams? I could do Tuesday 10 March at 14:00 or Wednesday 11 March at 16:30.

        Could you also send me an up-to-date CV?

        Kind regards,
        Julien"""),
        subject="Sorventa – exploratory conversation")
    add("sv2", me, [julien], "2026-03-05 12:40", D("""
        Dear Julien,

        Thank you for reaching out. Tuesday 10 March at 14:00 suits me well. My current CV is attached.

        Best regards,
        Lukas Brunner

        """) + "\n" + SIG_EN, parent="sv1", attachments=[CV])
    add("sv3", julien, [me], "2026-03-06 09:05", D("""
        Dear Lukas,

        I'm sorry to do this – something has come up on Tuesday afternoon. Could we move to Friday 13 March at 10:00 instead?

        Kind regards,
        Julien"""), parent="sv2")
    add("sv4", me, [julien], "2026-03-06 09:31",
        "Friday works.\n\nLukas\n\n" + IPHONE_DE, parent="sv3")
    add("sv5", julien, [me], "2026-03-06 09:50", D("""
        Great – the invitation is on its way. Have a good weekend!

        Julien"""), parent="sv4", sig=False)
    sv_desc = teams_en("sv-call", "374 118 502 665", "Lm2Rw9")
    add("sv_inv", julien, [me], "2026-03-06 09:52", sv_desc,
        subject="Sorventa | Exploratory conversation – Lukas Brunner", sig=False,
        ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "sv-call"),
                     stamp=T("2026-03-06 09:52"),
                     start=T("2026-03-13 10:00"), end=T("2026-03-13 10:30"),
                     tzid="W. Europe Standard Time", prodid=EXCHANGE,
                     summary="Sorventa | Exploratory conversation – Lukas Brunner",
                     organizer=julien, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Microsoft Teams Meeting", description=sv_desc, extra=MS_EXTRA))

    # ================================================================ FORMER PI (reference letter)
    ads = [pdf("Stellenbeschrieb_Aurelis_R-0041873.pdf", [
               "Aurelis Pharma AG - Scientist, Structural Biology (Cryo-EM)", "Basel, R-0041873"]),
           pdf("Stellenbeschrieb_Dreiland_Head_Structural_Biology.pdf", [
               "Head of Structural Biology", "Biotech, Region Basel (vertraulich)"])]
    add("pi1", me, [verena], "2026-03-01 17:20", D("""
        Liebe Verena

        Ich hoffe, es geht Dir gut und das Semester hat ruhig angefangen.

        Bei mir wird es ernst mit dem Wechsel in die Industrie: Am Dienstag habe ich einen Interviewtag bei Aurelis in Basel, und über eine Headhunterin läuft etwas mit einem Biotech in Basel (noch vertraulich, daher nur der Stellenbeschrieb ohne Namen).

        Darf ich Dich als Referenz angeben? Und wäre es möglich, mir ein allgemeines Empfehlungsschreiben zu schreiben, das ich Bewerbungen beilegen kann? Ich weiss, dass Du viel um die Ohren hast – in den nächsten zwei Wochen wäre super.

        Die beiden Stellenbeschriebe hänge ich Dir an.

        Liebe Grüsse
        Lukas"""),
        subject="Referenz und Empfehlungsschreiben?", attachments=ads)
    add("pi2", verena, [me], "2026-03-02 07:35", D("""
        Lieber Lukas

        Selbstverständlich, sehr gerne – gib mich überall als Referenz an. Den Brief schicke ich Dir bis Freitag.

        Viel Erfolg am Dienstag! Aurelis kann sich glücklich schätzen, wenn sie Dich bekommen.

        Herzlich
        Verena"""), parent="pi1", sig=False)
    add("pi3", verena, [me], "2026-03-05 22:41", D("""
        Lieber Lukas

        Hier der Brief, «To whom it may concern», unterschrieben als PDF. Falls Du eine Version auf Deutsch brauchst, sag Bescheid.

        Wie war Basel?

        Herzlich
        Verena"""), parent="pi2",
        attachments=[pdf("Reference_Lukas_Brunner_Prof_Maurer.pdf", [
            "Universitaet Basel - Biozentrum",
            "To whom it may concern",
            "Letter of reference for Dr. Lukas Brunner",
            "Prof. Dr. Verena Maurer, 5 March 2026",
        ])])
    add("pi4", me, [verena], "2026-03-06 07:12", D("""
        Liebe Verena

        Tausend Dank, der Brief ist wunderbar! Basel war gut: Der Vortrag kam an, und das Team hat mir sehr gefallen. Jetzt heisst es warten. Ich halte Dich auf dem Laufenden.

        Liebe Grüsse
        Lukas"""), parent="pi3")

    # ================================================================ CURRENT JOB: ETH lab (noise)
    add("krios1", martina, [sblab], "2026-02-02 08:05", D("""
        Dear all,

        Here is the Krios G4 schedule for weeks 7–11 (9 Feb – 13 Mar). Sessions start at 08:00 on the first day.

        wk 7   Mon 9 – Wed 11 Feb    Steiner (Jia)
               Wed 11 – Fri 13 Feb   Kessler
        wk 8   Mon 16 – Wed 18 Feb   Steiner (Tomás)
        wk 9   Mon 23 – Wed 25 Feb   Baumann
               Wed 25 – Fri 27 Feb   Steiner (Lukas)
        wk 10  Mon 2 – Wed 4 Mar     Steiner (Lukas)
        wk 11  Wed 11 – Fri 13 Mar   Steiner (Jia)

        Please swap among yourselves and let me know; don't edit the booking system directly.

        Best,
        Martina

        --
        Dr. Martina Frick | ScopeM Cryo-EM Facility | ETH Zurich"""),
        subject="[sb-lab] Krios schedule weeks 7-11",
        headers=bulk_headers("<sb-lab.lists.ethz.ch>", "https://lists.ethz.ch/mailman/options/sb-lab"))
    add("krios2", me, [sblab], "2026-02-24 09:40", D("""
        Hi all,

        Could someone swap with me in week 10? I have Mon 2 – Wed 4 March but I'm away on Tuesday. Happy to take any 48 h slot in week 11 instead.

        Lukas"""), parent="krios1")
    add("krios3", jia, [sblab], "2026-02-24 10:15", D("""
        I can take Mon–Wed in week 10 if you take my Wed 11 – Fri 13 March.

        Jia"""), parent="krios2")
    add("krios4", martina, [sblab], "2026-02-24 11:02", D("""
        Done – swapped in the booking system.

        M."""), parent="krios3")

    add("gm_rota", sabine, [sblab], "2026-01-28 11:20", D("""
        Dear all,

        Group meetings continue on Mondays at 10:00 in HPK D 32. Data presentations for the spring:

        02.03.  Jia
        09.03.  Fabian (practice talk for his defence)
        16.03.  Lukas
        23.03.  Tomás
        30.03.  journal club (Nadja picks the paper)

        Please send me your slides by Sunday evening if you want them on the room PC.

        Best,
        Sabine"""),
        subject="[sb-lab] Group meeting schedule – spring 2026",
        headers=bulk_headers("<sb-lab.lists.ethz.ch>", "https://lists.ethz.ch/mailman/options/sb-lab"))
    add("apero1", sabine, [sblab], "2026-02-25 14:30", D("""
        Dear all,

        Fabian defends on Friday! Apéro afterwards, from 17:00 in the coffee corner on D floor. Please write below if you can bring something.

        Sabine"""),
        subject="[sb-lab] Apéro for Fabian – Friday 27 Feb",
        headers=bulk_headers("<sb-lab.lists.ethz.ch>", "https://lists.ethz.ch/mailman/options/sb-lab"))
    add("apero2", jia, [sblab], "2026-02-25 15:02", "I'll bake a Rüeblitorte 🥕\n\nJia",
        parent="apero1")
    add("seminar", seminars, [Person("D-BIOL Seminars", "dbiol-seminars@lists.ethz.ch")],
        "2026-02-23 08:00", D("""
        D-BIOL SEMINAR SERIES

        Prof. Elena Sokolova
        Institute of Structural Biology, Universität Freiburg

        "Seeing proteins at work inside cells: in situ cryo-electron tomography"

        Thursday, 26 February 2026, 16:15
        HPM D 2, ETH Hönggerberg

        Host: Prof. Nadja Steiner
        Coffee and biscuits from 16:00 in front of the lecture hall."""),
        subject="D-BIOL Seminar: Prof. Elena Sokolova – Thursday 26 Feb, 16:15",
        headers=bulk_headers("<dbiol-seminars.lists.ethz.ch>",
                             "https://lists.ethz.ch/mailman/options/dbiol-seminars"))

    phd_desc = D("""
        PhD interviews – membrane transporter project (SNF)

        09:00  Ana Ribeiro (Universidade de Lisboa)
        10:00  Jakob Steiner (Universität Bern) – no relation :)
        11:00  Leonie Graf (EPFL)

        Each slot: 20 min talk, 25 min questions, 15 min lab tour.""")
    add("phd_inv", nadja, [me, jia], "2026-02-24 16:05", phd_desc, sig=False,
        subject="PhD interviews – membrane transporter project", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "phd"),
                     stamp=T("2026-02-24 16:05"),
                     start=T("2026-03-10 09:00"), end=T("2026-03-10 12:00"),
                     tzid="W. Europe Standard Time", prodid=EXCHANGE,
                     summary="PhD interviews – membrane transporter project",
                     organizer=nadja,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (jia, "ACCEPTED", "INDIVIDUAL"),
                                (("HPK D 32", "hpk-d32@rooms.ethz.ch"), "ACCEPTED", "ROOM")],
                     location="HPK D 32", description=phd_desc, extra=MS_EXTRA))
    add("phd1", nadja, [me, jia], "2026-02-24 16:10", D("""
        Hi both,

        Attached are the CVs and research statements of the three candidates for the 10 March interviews (Priyanka Rao withdrew last week, so it's three). Could you each prepare two or three questions? Lukas, can you do the lab tours for Ana and Leonie, and Jia for Jakob?

        Nadja"""),
        subject="PhD interviews 10 March – CVs",
        attachments=[pdf("PhD_shortlist_March2026.pdf", [
            "PhD shortlist - membrane transporter project",
            "Ana Ribeiro, Jakob Steiner, Leonie Graf",
        ])])
    add("phd2", me, [nadja, jia], "2026-02-24 17:30", D("""
        Sure, will do – I'll take Ana and Leonie for the tours.

        Lukas"""), parent="phd1")
    add("phd3", nadja, [me, jia], "2026-03-10 12:40", D("""
        Thanks both for this morning. Please send me your scores and a few lines on each by Wednesday evening – I'd like to decide with the committee on Thursday.

        Nadja"""), parent="phd2")
    add("phd4", me, [nadja], "2026-03-11 19:05", D("""
        Hi Nadja,

        My notes, in order:

        Ana – strongest of the three for me. Excellent talk, clearly understood her own data, and she asked the best questions during the tour (about the Vitrobot humidity control, of all things). 8.5/10.
        Leonie – very solid biochemistry, less hands-on with EM but a fast learner by all accounts. 7.5/10.
        Jakob – nice project but struggled with questions outside it. 6/10.

        Happy to discuss tomorrow.

        Lukas"""), parent="phd3")
    add("ana1", ana, [me], T("2026-03-10 18:42", ZoneInfo("Europe/Lisbon")), D("""
        Dear Dr. Brunner,

        Thank you very much for showing me around the lab this morning and for your questions about my thesis work. Seeing the spray-mixing setup in person was a highlight of the day, and it made me even more excited about the project.

        Please don't hesitate to contact me if you need any further information.

        Kind regards,
        Ana Ribeiro"""),
        subject="Thank you – interview on 10 March")

    add("ms1", journal, [me], T("2026-02-20 15:30", LON), D("""
        Dear Dr. Brunner,

        Manuscript ID MSBR-2025-1187.R1, "Conformation-selective nanobodies trap a peptide transporter in an occluded state"

        Thank you for submitting your revised manuscript to Molecular Structural Biology Reports. The reviewers' comments are included below. The handling editor has recommended minor revision, and we invite you to respond to the remaining comments and revise your manuscript.

        Please submit the revised version within 30 days through your Author Centre.

        Sincerely,
        Editorial Office
        Molecular Structural Biology Reports

        Reviewer 2:
        The authors have addressed most of my concerns. Figure 3C should show the individual ITC replicates, and the discussion of the occluded state could be shortened."""),
        subject="Decision on Manuscript ID MSBR-2025-1187.R1", headers=AUTO)
    add("ms_fwd1", me, [nadja, jia], "2026-02-20 17:02", D("""
        Minor revision! Only Reviewer 2 left, and the two points are easy. Jia, can you dig out the individual ITC runs for 3C?

        Lukas

        ---------- Weitergeleitete Nachricht ----------
        Von: MSB Reports Editorial Office <editorial@msb-reports.org>
        Datum: Fr., 20. Feb. 2026 um 16:30 Uhr
        Betreff: Decision on Manuscript ID MSBR-2025-1187.R1
        An: Lukas Brunner <lukas.brunner@example.ch>

        Dear Dr. Brunner,

        Manuscript ID MSBR-2025-1187.R1, "Conformation-selective nanobodies trap a peptide transporter in an occluded state"

        Thank you for submitting your revised manuscript to Molecular Structural Biology Reports. The handling editor has recommended minor revision [...]"""),
        subject="Fwd: Decision on Manuscript ID MSBR-2025-1187.R1")
    add("ms_fwd2", nadja, [me, jia], "2026-02-20 18:15", D("""
        Great news, well done both! Let's aim to resubmit before the Easter break.

        N."""), parent="ms_fwd1")

    add("hr1", hr_eth, [me], "2026-02-04 10:30", D("""
        Sehr geehrter Herr Dr. Brunner

        Gemäss Ihrem Arbeitsvertrag endet Ihre befristete Anstellung als wissenschaftlicher Mitarbeiter am 31. Juli 2026. Eine weitere Verlängerung ist nach den Bestimmungen für Postdocs nicht möglich.

        Gerne weisen wir Sie auf die Angebote des ETH Career Center hin. Bei Fragen stehe ich Ihnen zur Verfügung.

        Freundliche Grüsse
        Sandra Vogt"""),
        subject="Ihr Anstellungsverhältnis – Befristung per 31.07.2026")
    add("hr2", me, [hr_eth], "2026-02-04 18:22", D("""
        Sehr geehrte Frau Vogt

        Besten Dank für die Information. Könnten Sie mir bitte ein Zwischenzeugnis ausstellen? Das wäre für meine Bewerbungen hilfreich.

        Freundliche Grüsse
        Lukas Brunner"""), parent="hr1")
    add("hr3", hr_eth, [me], "2026-02-06 09:15", D("""
        Sehr geehrter Herr Dr. Brunner

        Gerne. Wir erstellen das Zwischenzeugnis in Absprache mit Prof. Steiner; Sie erhalten es innert drei Wochen.

        Freundliche Grüsse
        Sandra Vogt"""), parent="hr2")
    add("hr4", hr_eth, [me], "2026-02-26 14:50", D("""
        Sehr geehrter Herr Dr. Brunner

        Im Anhang erhalten Sie Ihr Zwischenzeugnis. Das unterschriebene Original senden wir Ihnen per Post zu.

        Freundliche Grüsse
        Sandra Vogt"""), parent="hr3",
        attachments=[pdf("Zwischenzeugnis_Brunner_Lukas.pdf", [
            "ETH Zuerich - Zwischenzeugnis", "Dr. Lukas Brunner, wissenschaftlicher Mitarbeiter"])])

    add("jia1", jia, [me], "2026-03-06 11:30", "Lunch? Polyterrasse or Dozentenfoyer? 12:15?",
        subject="lunch")
    add("jia2", me, [jia], "2026-03-06 11:34", "Polyterrasse, 12:15 👍", parent="jia1")

    # ================================================================ PRIVATE LIFE (noise)
    add("fam1", mami, [me, anna], "2026-02-08 18:30", D("""
        Hoi zäme

        S Grosi wird am 14. März 90i! Mir hend dänkt, mir gönd am Sunntig, 15. März zäme go Zmittag ässe, im Rössli in Sempach, um halbi zwölfi. Chönd ihr beidi?

        Liebs Grüessli
        Mami"""), subject="Grosis 90ste")
    add("fam2", anna, [me, mami], "2026-02-08 20:10", D("""
        Mir chömed! D Lina freut sich scho ufs Grosi.
        Anna"""), parent="fam1")
    add("fam3", me, [mami, anna], "2026-02-09 07:30", D("""
        Ich bi debii 🙂 Söll ich es Gschänk organisiere?

        Lukas"""), parent="fam2")
    add("fam4", mami, [me, anna], "2026-02-09 12:04", D("""
        Ja gärn, öppis mit Musig? Sie lost immer no jede Sunntig s Wunschkonzert.

        Mami"""), parent="fam3")
    add("ski_pics1", anna, [me], "2026-02-22 19:45", D("""
        Hoi Lukas

        Fotos vom Wuchenend in Engelberg: https://photos.example.net/a/engelberg-2026
        S Bild vo dir im Tiefschnee isch de Hammer 😂

        Anna"""), subject="Fotos Engelberg")
    add("ski_pics2", me, [anna], "2026-02-22 21:10", "Haha, merci! Das nimm ich als Profilbild.\n\nLukas",
        parent="ski_pics1")
    add("tour1", marco, [me], "2026-02-25 12:30", D("""
        Hoi Lukas

        Samstag Skitour aufs Schwarzhorn? Lawinenbulletin sagt Stufe 2, und es hat 30 cm Neuschnee gegeben.

        Marco"""), subject="Samstag Skitour?")
    add("tour2", me, [marco], "2026-02-25 18:40", "Gern! Wann fahren wir?\n\nLukas",
        parent="tour1")
    add("tour3", marco, [me], "2026-02-25 19:02", "6:30 Zürich HB, Gleis 11. Nimm d Felle mit 😉",
        parent="tour2", sig=False)

    add("chor1", chor, [chor_list], "2026-02-01 20:15", D("""
        Liebe Sängerinnen und Sänger

        Hier der Probenplan bis zum Konzert:

        Donnerstags, 19.30–21.45 Uhr, Kirchgemeindehaus Fluntern (wie immer)
        Samstag, 14. März, 10–16 Uhr: Zusatzprobe (Mittagessen wird offeriert)
        Freitag, 20. März, 19.30 Uhr: Hauptprobe in der Kirche
        Sonntag, 22. März, 17.00 Uhr: Konzert «Jesu, meine Freude» (Bach) und Mendelssohn-Motetten, Kirche Fluntern

        Bitte meldet Abwesenheiten frühzeitig bei Eurer Stimmführung.

        Herzliche Grüsse
        Barbara Leuenberger, Präsidentin"""),
        subject="Probenplan Frühling 2026 und Konzert vom 22. März",
        headers=bulk_headers("<mitglieder.kammerchor-fluntern.ch>",
                             "https://kammerchor-fluntern.ch/abmelden"))
    add("gv1", chor, [chor_list], "2026-02-20 19:00", D("""
        Liebe Mitglieder

        Wir laden Euch herzlich zur 48. ordentlichen Generalversammlung des Kammerchors Fluntern ein: Donnerstag, 26. März 2026, im Anschluss an die Probe, ca. 21.00 Uhr, Kirchgemeindehaus Fluntern.

        Die Traktandenliste findet Ihr im Anhang. Der Jahresbeitrag bleibt bei CHF 120.–. Anträge an die GV bitte bis 12. März schriftlich an den Vorstand.

        Für den anschliessenden Apéro bitten wir um Anmeldung per Antwort auf dieses Mail.

        Herzliche Grüsse
        Der Vorstand"""),
        subject="Einladung zur 48. Generalversammlung",
        attachments=[pdf("GV_2026_Traktanden.pdf", [
            "Kammerchor Fluntern - 48. Generalversammlung",
            "1. Begruessung 2. Protokoll 3. Jahresbericht 4. Jahresrechnung 5. Wahlen",
        ])])
    add("gv2", me, [chor], "2026-02-21 09:15", D("""
        Grüezi mitenand

        Ich komme gerne an die GV, inklusive Apéro.

        Freundliche Grüsse
        Lukas Brunner (Tenor)"""), parent="gv1")
    add("reg1", stefan, [tenoere], "2026-03-02 21:05", D("""
        Hoi zäme

        Beim Mendelssohn wackeln wir noch gewaltig. Ich schlage eine Registerprobe bei mir vor – bitte tragt Euch bis Freitag ein: https://nuudel.example.org/tenoere-registerprobe

        Stefan"""), subject="Tenöre: Registerprobe Mendelssohn")
    add("reg2", me, [stefan], "2026-03-03 06:50", "Hoi Stefan, eingetragen. Dienstag geht bei mir nicht, sonst alles.\n\nLukas",
        parent="reg1")
    add("reg3", stefan, [tenoere], "2026-03-07 10:20", D("""
        Hoi zäme

        Registerprobe: Mittwoch, 11. März, 19 Uhr bei mir (Gloriastrasse 62, 3. Stock). Bis ca. 21 Uhr. Ich sorge für Tee und Guetzli.

        Stefan"""), parent="reg2")

    add("egli1", me, [egli], "2026-02-16 07:50", D("""
        Sehr geehrter Herr Egli

        In meiner Wohnung (Rötelstrasse 48, 3. OG links) ist der Geschirrspüler defekt: Er pumpt das Wasser nicht mehr ab, und es erscheint die Fehlermeldung E24. Könnten Sie bitte einen Servicetechniker aufbieten?

        Freundliche Grüsse
        Lukas Brunner
        079 555 21 47"""), subject="Geschirrspüler defekt – Rötelstrasse 48, 3. OG links")
    add("egli2", egli, [me], "2026-02-17 09:20", D("""
        Guten Tag Herr Brunner

        Besten Dank für Ihre Meldung. Ich habe den Auftrag an die Kuster Haushaltgeräte AG weitergegeben; der Servicetechniker wird sich bis Freitag, 20. Februar, direkt bei Ihnen melden.

        Freundliche Grüsse
        Patrick Egli"""), parent="egli1")
    add("egli3", me, [egli], "2026-02-23 19:00", D("""
        Guten Abend Herr Egli

        Bis jetzt hat sich leider niemand bei mir gemeldet. Könnten Sie bitte nachfragen?

        Freundliche Grüsse
        Lukas Brunner"""), parent="egli2")
    add("egli4", egli, [me], "2026-02-24 10:40", D("""
        Guten Tag Herr Brunner

        Entschuldigen Sie die Verzögerung. Der Techniker kommt am Mittwoch, 4. März, zwischen 8 und 12 Uhr. Bitte stellen Sie sicher, dass er Zugang zur Wohnung hat.

        Freundliche Grüsse
        Patrick Egli"""), parent="egli3")
    add("egli5", me, [egli], "2026-02-24 12:10", "Passt, ich bin an diesem Morgen zu Hause.\n\nFreundliche Grüsse\nLukas Brunner",
        parent="egli4")
    add("egli6", me, [egli], "2026-03-04 13:15", D("""
        Guten Tag Herr Egli

        Der Techniker war heute Morgen da, die Pumpe wurde ersetzt und der Geschirrspüler läuft wieder. Besten Dank für die Organisation.

        Freundliche Grüsse
        Lukas Brunner"""), parent="egli5")
    add("heiz", braendli, [me], "2026-01-29 10:00", D("""
        Sehr geehrte Mieterinnen und Mieter

        Die jährliche Ablesung der Heizkostenverteiler in der Liegenschaft Rötelstrasse 48 findet am Dienstag, 10. Februar 2026, zwischen 08.00 und 12.00 Uhr statt. Sollten Sie abwesend sein, hinterlegen Sie bitte den Wohnungsschlüssel beim Hauswart oder vereinbaren Sie direkt mit der Firma Wärmemess AG (044 555 81 00) einen Ersatztermin.

        Freundliche Grüsse
        Brändli Immobilien AG, Bewirtschaftung"""),
        subject="Mitteilung an die Mieterschaft: Ablesung Heizkostenverteiler", headers=AUTO)

    add("zso", zso, [me], "2026-02-16 06:00", D("""
        Aufgebot zur Dienstleistung im Zivilschutz

        Sehr geehrter Herr Brunner

        Gestützt auf das Bundesgesetz über den Bevölkerungsschutz und den Zivilschutz bieten wir Sie zu folgender Dienstleistung auf:

        Wiederholungskurs Stabsdienst (WK 2026)
        Montag, 11. Mai 2026, 07.45 Uhr, bis Mittwoch, 13. Mai 2026, ca. 17.00 Uhr
        Einrückungsort: Ausbildungszentrum Zivilschutz, Zürich-Leimbach

        Das persönliche Aufgebot mit allen Details finden Sie im Anhang. Gesuche um Dienstverschiebung sind bis spätestens 31. März 2026 über das Onlineportal einzureichen.

        Zivilschutzorganisation Zürich"""),
        subject="Aufgebot: Wiederholungskurs 2026", headers=AUTO,
        attachments=[pdf("Aufgebot_WK_2026_Brunner.pdf", [
            "Zivilschutzorganisation Zuerich - Aufgebot",
            "WK Stabsdienst, 11.-13. Mai 2026, Ausbildungszentrum Leimbach"])])
    siren = D("""
        Sirenentest am Mittwoch, 4. Februar 2026

        Am Mittwoch, 4. Februar 2026, werden in der ganzen Schweiz die Sirenen getestet. Um 13.30 Uhr ertönt das Signal «Allgemeiner Alarm», ein regelmässig auf- und absteigender Heulton von einer Minute Dauer. Bis 14.00 Uhr kann der Test wiederholt werden.

        Die Bevölkerung muss keine Massnahmen ergreifen. Ertönt der Allgemeine Alarm ausserhalb des angekündigten Tests, hören Sie Radio und befolgen Sie die Anweisungen der Behörden.

        Bevölkerungsschutz Stadt Zürich""")
    add("siren", bevs, [me], "2026-01-30 09:00", siren,
        subject="Sirenentest vom 4. Februar 2026", html_only=True,
        html=html_of(siren, "Sirenentest"),
        headers=bulk_headers("<news.bevoelkerungsschutz-zh.ch>",
                             "https://bevoelkerungsschutz-zh.ch/newsletter/abmelden"))

    add("post1", post, [me], "2026-02-12 16:40", D("""
        Abholungseinladung

        Guten Tag Lukas Brunner

        Wir konnten Ihre Sendung 98.34.112706.10447832 heute nicht zustellen. Sie können sie ab Freitag, 13.02.2026, 10.00 Uhr, in der Filiale 8037 Zürich abholen. Die Sendung liegt bis Freitag, 20.02.2026, für Sie bereit.

        Bitte nehmen Sie einen amtlichen Ausweis mit. Sie können die Zustellung auch online verschieben.

        Freundliche Grüsse
        Die Post"""), subject="Abholungseinladung für Ihre Sendung 98.34.112706.10447832",
        headers=AUTO)
    add("post2", post, [me], "2026-03-09 07:05", D("""
        Guten Tag Lukas Brunner

        Ihre Sendung 99.00.501223.60918274 von Bergsport Oase AG wird heute zugestellt. Voraussichtliches Zeitfenster: 10.30–12.30 Uhr.

        Freundliche Grüsse
        Die Post"""), subject="Ihre Sendung kommt heute", headers=AUTO)

    add("velo", velo, [me], "2026-01-31 11:20", D("""
        Quittung Nr. 2026-0117

        Velo-Service «Winter» (Kette, Bremsbeläge hinten, Schaltzug)     CHF 145.00
        Total inkl. MWST                                                CHF 145.00
        Bezahlt mit TWINT, 31.01.2026

        Danke und gute Fahrt!
        Velowerkstatt Wipkingen, Röschibachstrasse 20, 8037 Zürich"""),
        subject="Ihre Quittung – Velowerkstatt Wipkingen", headers=AUTO)
    order = D("""
        Vielen Dank für Ihre Bestellung!

        Bestellnummer: 300128844
        Datum: 07.02.2026

        1 x Steigfelle Mohair-Mix, 120 mm, zugeschnitten       CHF 189.00
        1 x Felle-Wachs                                         CHF  14.90
        Versand (PostPac Priority)                              CHF   0.00
        Total inkl. MWST                                        CHF 203.90

        Lieferadresse: Lukas Brunner, Rötelstrasse 48, 8037 Zürich

        Bergsport Oase AG, Zürich""")
    add("shop1", shop, [me], "2026-02-07 10:12", order, subject="Bestellbestätigung 300128844",
        html=html_of(order, "Bestellbestätigung"), headers=AUTO)
    add("shop2", shop, [me], "2026-03-08 18:30", D("""
        Guten Tag Lukas Brunner

        Ihre Nachbestellung 300131207 (1 x Harscheisen 120 mm, CHF 69.00) wurde heute versandt. Sendungsnummer: 99.00.501223.60918274.

        Bergsport Oase AG"""), subject="Ihre Bestellung 300131207 wurde versandt", headers=AUTO)
    add("sbb1", sbb, [me], "2026-03-08 20:14", D("""
        Ihr Billett

        Zürich HB – Basel SBB und zurück
        Gültig am: 09.03.2026
        2. Klasse, Halbtax
        Preis: CHF 34.00

        Das Billett finden Sie im Anhang und in der App SBB Mobile. Bitte weisen Sie es zusammen mit Ihrem Halbtax bei der Kontrolle vor."""),
        subject="Ihr Billett: Zürich HB – Basel SBB, 09.03.2026", headers=AUTO,
        attachments=[pdf("Billett_09032026.pdf", [
            "SBB CFF FFS - Billett", "Zuerich HB - Basel SBB retour, 09.03.2026, CHF 34.00"])])
    kk_text = D("""
        Guten Tag Herr Brunner

        Ihre Prämienrechnung für März 2026 steht in Ihrem Kundenportal bereit.

        Betrag: CHF 398.45
        Fällig am: 01.03.2026

        Freundliche Grüsse
        KK Rigi, Kundendienst""")
    add("kk", kk, [me], "2026-02-18 05:30", kk_text, subject="Ihre Prämienrechnung März 2026",
        html_only=True, html=html_of(kk_text), headers=AUTO)
    add("card", card, [me], "2026-02-15 07:00", D("""
        Guten Tag Lukas Brunner

        Ihre Monatsrechnung vom 15.02.2026 ist bereit. Sie finden sie in der App oder im Online-Portal.

        Rechnungsbetrag: CHF 1'284.60
        Zahlbar bis: 10.03.2026

        Freundliche Grüsse
        Rigi Card Services"""), subject="Ihre Monatsrechnung ist bereit", headers=AUTO)

    alum = D("""
        ETH Alumni Newsletter – Februar 2026

        - Karriere: «Von der Bench in die Industrie» – Podium mit Alumni aus Pharma und Start-ups, 12. März, ETH Zentrum
        - Mentoring-Programm 2026: Anmeldung bis 15. März
        - Skiweekend der Alumni in Davos: noch wenige Plätze frei

        Sie erhalten diesen Newsletter als Mitglied von ETH Alumni.""")
    add("alumni", alumni, [me], "2026-02-17 12:00", alum,
        subject="ETH Alumni Newsletter – Februar 2026", html=html_of(alum),
        headers=bulk_headers("<newsletter.ethalumni.example.org>",
                             "https://ethalumni.example.org/newsletter/unsubscribe"))
    ssbs_text = D("""
        SSBS Newsletter 1/2026

        Dear members,

        - Registration for the Swiss Structural Biology Symposium (Bern, 23–24 April) closes on 20 March.
        - New on our job board: 7 positions in industry and academia, among them Scientist and Senior Scientist roles in Basel, Zug and Lausanne.
        - Travel grants for early-career researchers: apply by 31 March.

        Best wishes,
        The SSBS board""")
    add("ssbs", ssbs, [me], "2026-03-03 09:00", ssbs_text, subject="SSBS Newsletter 1/2026",
        html=html_of(ssbs_text),
        headers=bulk_headers("<news.ssbs.example.org>", "https://ssbs.example.org/unsubscribe"))
    add("ssbs_reg", ssbs_conf, [me], "2026-03-02 14:22", D("""
        Dear Dr. Brunner,

        Thank you for registering for the Swiss Structural Biology Symposium 2026, 23–24 April, University of Bern.

        Registration type: Postdoc (member)
        Fee: CHF 180.00 (paid by card)
        Abstract: "Time-resolved cryo-EM of a proton-coupled peptide transporter" – submitted for a poster

        We will inform you about the programme in early April.

        SSBS 2026 Organising Committee"""),
        subject="Registration confirmed – Swiss Structural Biology Symposium 2026", headers=AUTO)

    alert1 = D("""
        12 neue Stellen für Ihr Suchabo «Structural Biology / Strukturbiologie»

        Scientist Structural Biology (Cryo-EM) – Aurelis Pharma AG, Basel
        Senior Scientist Protein Sciences – Sorventa AG, Zug
        Postdoctoral Fellow, Cryo-EM – Universität Bern
        Scientist Biophysics (m/w/d) – Peregrine Bioanalytics AG, Schlieren
        Laborleiter/in Proteinanalytik 80–100% – Kantonsspital, Aarau
        ... und 7 weitere Stellen

        Jetzt bewerben auf biojobs.ch. Suchabo verwalten oder abbestellen: https://biojobs.ch/abo""")
    add("alert1", biojobs, [me], "2026-02-10 06:15", alert1,
        subject="12 neue Stellen: Structural Biology / Strukturbiologie",
        html=html_of(alert1),
        headers=dict(bulk_headers("<alerts.biojobs.ch>", "https://biojobs.ch/abo"), **AUTO))
    alert2 = D("""
        5 neue Stellen für Ihr Suchabo «Structural Biology / Strukturbiologie»

        Head of Structural Biology – vertraulich, über Executive Search, Region Basel
        Senior Scientist Membrane Protein Biochemistry – Septima Bio AG, Schlieren
        Scientist Structural Biology – Alpstein Therapeutics AG, St. Gallen
        Staff Scientist Cryo-EM Facility – Universität Zürich
        Application Scientist Electron Microscopy – Vertrieb, Deutschschweiz

        Jetzt bewerben auf biojobs.ch. Suchabo verwalten oder abbestellen: https://biojobs.ch/abo""")
    add("alert2", biojobs, [me], "2026-03-02 06:15", alert2,
        subject="5 neue Stellen: Structural Biology / Strukturbiologie",
        html=html_of(alert2),
        headers=dict(bulk_headers("<alerts.biojobs.ch>", "https://biojobs.ch/abo"), **AUTO))

    # ================================================================ THREADS
    th = case.thread
    th("au_ack", True, "application", "Aurelis Pharma",
       "Workday acknowledgement of the portal application R-0041873 (automated)")
    th("au1", True, "interview", "Aurelis Pharma",
       "recruiter Sarah (London, UK time); screen Thu Feb 5 thanked here; own promise of the "
       "abstract by Fri Feb 20 kept on Feb 19; after the Mar 3 interview day she promised news "
       "'by Friday 6 March' and went quiet")
    th("au_screen_inv", True, "interview", "Aurelis Pharma",
       "Teams invite (GMT Standard Time) for the screen Thu Feb 5 08:30-09:00 UK = 09:30 CET")
    th("au_day_inv", True, "interview", "Aurelis Pharma",
       "interview day Tue Mar 3 09:00-15:00 (W. Europe Standard Time); seminar, then Thomas, "
       "Priya+Marc, lunch, Jonas; Nicole organised it and is not part of it; room resource")
    th("au_prac1", True, "interview", "Aurelis Pharma",
       "coordinator's practical information; Lukas thanks her for the organisation on Mar 3")
    th("au_ty_tm1", True, "interview", "Aurelis Pharma",
       "thank-you to Thomas in a new thread the evening of the interview day; his reply Mar 4 07:41")
    th("au_ty_pm1", True, "interview", "Aurelis Pharma",
       "one thank-you note to Priya and Marc together, Mar 4 08:22; Priya answers")
    th("cy1", True, "interview", "Cryonaut AG",
       "start-up founder (Du); coffee Wed Feb 18 10:00 (networking, thanked the same day); team "
       "afternoon Thu Mar 5 14:00-17:30 agreed in words, Reto not thanked since")
    th("cya1", True, "interview", "Cryonaut AG",
       "thank-you to Anouk after the Mar 5 afternoon; her reply passes on 'Reto will get back "
       "to you next week' (9-13 March)")
    th("lb1", True, "application", "Léman Biologics SA",
       "application by e-mail in French (CV attached), answered; phone pre-screen cancelled; "
       "Teams interview Fri Mar 6; Camille promises news by Fri Mar 13; Lukas promised the "
       "referees' details by Tue Mar 10 and has not sent them")
    th("lb_call_inv", True, "interview", "Léman Biologics SA",
       "invite for the phone pre-screen Fri Feb 20 11:00-11:30 (Romance Standard Time), later cancelled")
    th("lb_call_cancel", True, "interview", "Léman Biologics SA",
       "ICS CANCEL of the Feb 20 pre-screen")
    th("lb_int_inv", True, "interview", "Léman Biologics SA",
       "Teams interview Fri Mar 6 10:00-11:00 with Étienne Favre; organiser Camille does not attend")
    th("rp1", True, "recruiter", "Rüegg & Partner AG",
       "executive search (Sie): call Fri Feb 6 12:15 (no end), CV sent, client Dreiland "
       "revealed; new promise 'bis Freitag, 20. März' on Mar 10")
    th("dr_video_inv", True, "interview", "Dreiland Biosciences AG",
       "Teams video call with the CSO Wed Feb 25 17:00-17:45 (German Outlook); thanked in German, long past")
    th("dr_note1", True, "interview", "Dreiland Biosciences AG",
       "Lukas's German note to Wyss after the video call; Wyss promises news by end of next "
       "week (Mar 6), kept by his assistant's invite on Mar 2")
    th("dr_visit1", True, "interview", "Dreiland Biosciences AG",
       "site visit in Basel Mon Mar 9 10:00-13:30 arranged by the CSO's assistant; met Wyss, "
       "Sandra Oberholzer and Kenji Mori (no addresses anywhere); nothing sent since")
    th("sb1", True, "application", "Septima Bio AG",
       "application by e-mail with CV Thu Feb 26; only an out-of-office reply")
    th("al1", True, "rejection", "Alpstein Therapeutics AG",
       "application to the hiring manager, Zoom call Mon Mar 2 14:00-14:45 agreed in words, "
       "never thanked; HR rejection Mon Mar 9")
    th("pb_ack", True, "application", "Peregrine Bioanalytics AG",
       "Personio acknowledgement (automated)")
    th("pb1", True, "interview", "Peregrine Bioanalytics AG",
       "call Thu Feb 19 08:30 (no end), thanked in German; 'entscheiden bis Freitag, 6. März'; "
       "out-of-office reply on Mar 4 gives return Mon Mar 16")
    th("so1", True, "networking", "Sorventa AG",
       "introduction by a lab colleague; coffee Thu Feb 19 13:30 at ETH, thanked the same "
       "evening with CV; Hannah's reply Feb 20 is the last exchange")
    th("sv1", True, "recruiter", "Sorventa AG",
       "TA partner's exploratory call: Tue Mar 10 14:00 moved to Fri Mar 13 10:00 ('Friday works.')")
    th("sv_inv", True, "interview", "Sorventa AG",
       "Teams invite for Fri Mar 13 10:00-10:30")
    th("pi1", True, "networking", "Universität Basel",
       "former PhD supervisor: reference; letter promised 'bis Freitag' (Mar 6), sent Thu Mar 5")

    for root, note in [
            ("krios1", "ETH lab mailing list: microscope schedule and a swap"),
            ("gm_rota", "ETH lab mailing list: group meeting rota"),
            ("apero1", "ETH lab mailing list: defence apéro"),
            ("seminar", "department seminar announcement"),
            ("phd_inv", "current job: PhD candidate interviews Tue Mar 10 where Lukas is on the hiring side"),
            ("phd1", "current job: CVs and feedback on the PhD candidates"),
            ("ana1", "a PhD candidate thanks Lukas after her interview at his lab"),
            ("ms1", "journal decision on a paper (current job)"),
            ("ms_fwd1", "forwarded journal decision to the PI"),
            ("hr1", "ETH HR: end of contract; interim reference promised within three weeks, sent Feb 26"),
            ("jia1", "lunch with a colleague"),
            ("fam1", "family lunch for grandmother's 90th, Sun Mar 15 (Swiss German)"),
            ("ski_pics1", "sister's photos"),
            ("tour1", "friend: ski tour Sat Feb 28"),
            ("chor1", "choir rehearsal plan and concert"),
            ("gv1", "choir general assembly invitation"),
            ("reg1", "choir section rehearsal Wed Mar 11 19:00"),
            ("egli1", "property manager: dishwasher repair; 'bis Freitag, 20. Februar' promise "
                      "from the Verwaltung, technician Wed Mar 4"),
            ("heiz", "property manager's notice"),
            ("zso", "civil protection call-up for May"),
            ("siren", "civil protection: siren test notice"),
            ("post1", "Swiss Post pick-up notice"),
            ("post2", "Swiss Post delivery notice"),
            ("velo", "receipt"),
            ("shop1", "shop order confirmation"),
            ("shop2", "shop shipping notice"),
            ("sbb1", "train ticket to Basel for Mar 9"),
            ("kk", "health insurance premium"),
            ("card", "credit card statement"),
            ("alumni", "alumni newsletter"),
            ("ssbs", "society newsletter with a job board"),
            ("ssbs_reg", "conference registration"),
            ("alert1", "job-board alert"),
            ("alert2", "job-board alert")]:
        org = {"krios1": "ETH Zurich", "gm_rota": "ETH Zurich", "apero1": "ETH Zurich",
               "seminar": "ETH Zurich", "phd_inv": "ETH Zurich", "phd1": "ETH Zurich",
               "ana1": None, "ms1": "Molecular Structural Biology Reports",
               "ms_fwd1": "ETH Zurich", "hr1": "ETH Zurich", "jia1": "ETH Zurich",
               "chor1": "Kammerchor Fluntern", "gv1": "Kammerchor Fluntern",
               "reg1": "Kammerchor Fluntern", "egli1": "Brändli Immobilien AG",
               "heiz": "Brändli Immobilien AG", "zso": "Zivilschutzorganisation Zürich",
               "siren": "Bevölkerungsschutz Stadt Zürich", "post1": "Die Post",
               "post2": "Die Post", "velo": "Velowerkstatt Wipkingen",
               "shop1": "Bergsport Oase AG", "shop2": "Bergsport Oase AG", "sbb1": "SBB",
               "kk": "KK Rigi", "card": "Rigi Card Services", "alumni": "ETH Alumni",
               "ssbs": "SSBS", "ssbs_reg": "SSBS", "alert1": "BioJobs Schweiz",
               "alert2": "BioJobs Schweiz"}.get(root)
        th(root, False, None, org, note)

    # ================================================================ FACTS
    mt = case.meeting
    mt("au_screen_inv", T("2026-02-05 08:30", LON), T("2026-02-05 09:00", LON),
       met=[sarah.email], thanks={sarah.email: "au3"}, what="recruiter screen")
    mt("au_day_inv", T("2026-03-03 09:00"), T("2026-03-03 15:00"),
       met=[thomas.email, priya.email, marc.email, jonas.email],
       thanks={thomas.email: "au_ty_tm1", priya.email: "au_ty_pm1", marc.email: "au_ty_pm1"},
       what="interview day")
    mt("cy1", T("2026-02-18 10:00"), None, met=[reto.email], thanks={reto.email: "cy4"},
       networking=True, what="coffee")
    mt("cy1", T("2026-03-05 14:00"), T("2026-03-05 17:30"), met=[reto.email, anouk.email],
       thanks={anouk.email: "cya1"}, what="team afternoon")
    mt("lb_call_inv", T("2026-02-20 11:00"), T("2026-02-20 11:30"), met=[camille.email],
       status="cancelled", what="phone pre-screen, cancelled")
    mt("lb_int_inv", T("2026-03-06 10:00"), T("2026-03-06 11:00"), met=[etienne.email],
       what="Teams interview")
    mt("rp1", T("2026-02-06 12:15"), None, met=[claudia.email], what="search call")
    mt("dr_video_inv", T("2026-02-25 17:00"), T("2026-02-25 17:45"), met=[wyss.email],
       what="video call with the CSO")
    mt("dr_visit1", T("2026-03-09 10:00"), T("2026-03-09 13:30"), met=[wyss.email],
       unknown=["Sandra Oberholzer", "Kenji Mori"], arranged_by=monika.email,
       what="site visit")
    mt("al1", T("2026-03-02 14:00"), T("2026-03-02 14:45"), met=[beat.email], what="Zoom call")
    mt("pb1", T("2026-02-19 08:30"), None, met=[luethi.email], what="phone call")
    mt("so1", T("2026-02-19 13:30"), None, met=[hannah.email], thanks={hannah.email: "so5"},
       networking=True, what="coffee")
    mt("sv1", T("2026-03-10 14:00"), T("2026-03-10 14:30"), met=[julien.email],
       status="moved", what="exploratory call, moved")
    mt("sv_inv", T("2026-03-13 10:00"), T("2026-03-13 10:30"), met=[julien.email],
       status="scheduled", what="exploratory call")
    # not job search
    mt("phd_inv", T("2026-03-10 09:00"), T("2026-03-10 12:00"), met=[nadja.email, jia.email],
       job=False, what="PhD interviews on the hiring side")
    for day in ("2026-03-02", "2026-03-09"):
        mt("gm_rota", T(day + " 10:00"), None, met=[nadja.email], job=False,
           what="group meeting")
    mt("gm_rota", T("2026-03-16 10:00"), None, met=[nadja.email], job=False,
       status="scheduled", what="group meeting, Lukas presents")
    mt("jia1", T("2026-03-06 12:15"), None, met=[jia.email], job=False, what="lunch")
    mt("fam1", T("2026-03-15 11:30"), None, met=[mami.email, anna.email], job=False,
       status="scheduled", what="family lunch")
    mt("tour1", T("2026-02-28 06:30"), T("2026-02-28 17:00"), met=[marco.email], job=False,
       what="ski tour")
    mt("chor1", T("2026-03-14 10:00"), T("2026-03-14 16:00"), job=False, status="scheduled",
       what="extra rehearsal")
    mt("chor1", T("2026-03-22 17:00"), None, job=False, status="scheduled", what="concert")
    mt("gv1", T("2026-03-26 21:00"), None, job=False, status="scheduled",
       what="general assembly")
    mt("reg1", T("2026-03-11 19:00"), T("2026-03-11 21:00"), met=[stefan.email], job=False,
       what="section rehearsal")
    mt("egli1", T("2026-03-04 08:00"), T("2026-03-04 12:00"), job=False,
       what="dishwasher technician")
    mt("heiz", T("2026-02-10 08:00"), T("2026-02-10 12:00"), job=False, what="meter reading")
    mt("zso", T("2026-05-11 07:45"), T("2026-05-13 17:00"), job=False, status="scheduled",
       what="civil protection service")
    mt("ssbs_reg", T("2026-04-23 09:00"), T("2026-04-24 17:00"), job=False,
       status="scheduled", what="conference")

    pr = case.promise
    pr("au1", "au4", sarah.email, "2026-02-13", answered_by="au5")
    pr("au1", "au9", sarah.email, "2026-03-06")
    pr("cya1", "cya2", anouk.email, "2026-03-13")
    pr("lb1", "lb7", camille.email, "2026-03-13")
    pr("rp1", "rp5", claudia.email, "2026-02-20", answered_by="rp6")
    pr("rp1", "rp11", claudia.email, "2026-03-20")
    pr("dr_note1", "dr_note2", wyss.email, "2026-03-06", answered_by="dr_visit1")
    pr("pb1", "pb4", luethi.email, "2026-03-06", back="2026-03-16")
    pr("pi1", "pi2", verena.email, "2026-03-06", answered_by="pi3")
    pr("egli1", "egli2", egli.email, "2026-02-20", job=False)
    pr("hr1", "hr3", hr_eth.email, "2026-02-27", job=False, answered_by="hr4")

    ap = case.application
    ap("cy1", "cy2", reto.email, answered_by="cy3")
    ap("lb1", "lb1", camille.email, answered_by="lb2")
    ap("rp1", "rp4", claudia.email, answered_by="rp5")
    ap("sb1", "sb1", katrin.email)
    ap("al1", "al1", beat.email, answered_by="al2")
    ap("so1", "so5", hannah.email, answered_by="so6")
    ap("sv1", "sv2", julien.email, answered_by="sv3")

    op = case.own_promise
    op("au1", "au6", sarah.email, "2026-02-20", kept_by="au7")
    op("lb1", "lb8", camille.email, "2026-03-10")

    # ================================================================ LABELS
    ex = case.expect
    ex("thank_you", "au_day_inv", jonas.email,
       "1:1 with Jonas Frei at the Tue Mar 3 interview day; Thomas was thanked in a new thread "
       "and Priya and Marc by one note, Jonas by nothing; overdue since Mar 4 15:00, stale only "
       "from Mar 17 17:00")
    ex("callback", "au1", sarah.email,
       "'I'll come back to you by Friday 6 March at the latest' (Mar 4); nothing from Aurelis "
       "since; due end of Tue Mar 10", promised="2026-03-06")
    ex("thank_you", "cy1", reto.email,
       "team afternoon Thu Mar 5 14:00-17:30 took place; the 'Thanks nochmals' of Feb 18 was for "
       "the coffee, before it; only Anouk was thanked; overdue since Mar 6 17:30")
    ex("thank_you", "lb_int_inv", etienne.email,
       "Teams interview Fri Mar 6 10:00-11:00 took place; no note to Étienne (address only in "
       "the invite); overdue since Mar 7 11:00")
    ex("own_promise", "lb1", camille.email,
       "Lukas wrote 'je vous ferai parvenir les coordonnées de mes deux références d'ici le "
       "mardi 10 mars' and has not written to her since; due end of Tue Mar 10")
    ex("thank_you", "dr_visit1", wyss.email,
       "site visit Mon Mar 9 10:00-13:30 with the CSO; his earlier German thank-you was for the "
       "Feb 25 call; nothing since the visit; overdue since Mar 10 13:30")
    ex("ask_for_address", "dr_visit1", monika.email,
       "Sandra Oberholzer and Kenji Mori were met at the site visit and their addresses appear "
       "nowhere; Monika (the CSO's assistant) arranged it and Lukas has not written to her "
       "since; due from Mar 9 15:30")
    ex("networking", "so1", hannah.email,
       "coffee Feb 19 (networking); last exchange her reply of Fri Feb 20; Julien's mails are "
       "not from her; the 14-day touch fell due at the end of Fri Mar 6")
    ex("application", "sb1", katrin.email,
       "application with CV to her Thu Feb 26; only an out-of-office reply since; 7 business "
       "days end on Mon Mar 9")
    ex("thank_you", "al1", beat.email,
       "Zoom call Mon Mar 2 14:00-14:45 took place and was never thanked; the HR rejection of "
       "Mar 9 ends callbacks, not the thank-you; overdue since Mar 3 14:45")

    fb = case.forbid
    fb("au_ack", workday.email,
       "Workday acknowledgement of a portal application: an automated sender, no one to write to")
    fb("au_screen_inv", sarah.email,
       "the Feb 5 screen was thanked in the recruiter thread the same morning (her callback "
       "belongs to that thread, not to the invite)")
    fb("au_day_inv", thomas.email,
       "thanked in a new thread the evening of the interview day")
    fb("au_day_inv", marc.email,
       "thanked by the single note to Priya and Marc on Mar 4 (one note satisfies each addressee)")
    fb("au_day_inv", nicole.email,
       "the interview coordinator who sent the invite is not on the agenda: not met")
    fb("cya1", anouk.email,
       "thanked here on the evening of Mar 5; her 'Reto will get back to you next week' "
       "(window to Fri Mar 13) is still open")
    fb("lb_call_inv", camille.email,
       "the phone pre-screen of Fri Feb 20 was cancelled (ICS CANCEL); it never took place")
    fb("rp1", claudia.email,
       "her 'bis Freitag, 20. März' is still ahead; the Feb 6 call was thanked (in German) "
       "when the CV went out and lies weeks back; she did not arrange the site visit")
    fb("pb1", luethi.email,
       "'entscheiden bis Freitag, 6. März' has passed, but his out-of-office gives Mon Mar 16 "
       "as return day, so the callback runs to the end of Wed Mar 18")
    fb("so1", tomas.email,
       "the colleague who made the introduction: not at the coffee, promised nothing")
    fb("pi1", verena.email,
       "former supervisor; the letter promised 'bis Freitag' arrived on Thu Mar 5")
    fb("al1", corinne.email,
       "HR sent the rejection; she was not on the call; the rejection ends the application and "
       "any callback")
    fb("sv1", julien.email,
       "exploratory call moved from Tue Mar 10 to Fri Mar 13 10:00, still ahead")
    fb("ana1", ana.email,
       "a PhD candidate thanking Lukas after he interviewed her for his current lab; not his "
       "job search")
    fb("egli1", egli.email,
       "property manager about a dishwasher; his 'bis Freitag, 20. Februar' is not job search")
    return case


SUMMARY = (
    "Dr. Lukas Brunner, 36, a structural biology postdoc at ETH Zurich whose contract ends in "
    "July, is moving to industry. `now` is Thursday 12 March 2026, 08:15 CET; the mailbox runs "
    "from late January and is written in Swiss Standard German, English and French. Aurelis "
    "Pharma in Basel (Workday, a London recruiter writing in UK time, Teams invites in 'GMT Standard Time' "
    "and 'W. Europe Standard Time') takes him through a screen to an interview day with a "
    "seminar; three of the four panelists are thanked, and the recruiter's 'by Friday 6 March' "
    "has lapsed. A Zurich start-up (Du) moves from a coffee to a team afternoon agreed in "
    "words; a Lausanne company writes in French, cancels a pre-screen and holds a Teams "
    "interview, after which Lukas promises his referees' details and does not send them. An "
    "executive search firm introduces a Basel biotech, whose CSO's assistant arranges a site "
    "visit naming two interviewers without addresses. Also: an application answered only by an "
    "out-of-office, a rejection after an unthanked call, an out-of-office that postpones a "
    "callback, a networking coffee with its reply more than two weeks back, a moved call still "
    "ahead, and his former PI's reference letter delivered early. Noise: lab mailing lists, "
    "PhD interviews on the hiring side and a candidate's thank-you to him, ETH HR, a journal "
    "decision, the choir, family in Swiss German, the Verwaltung, civil protection, Swiss "
    "Post, receipts, newsletters and job alerts.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
