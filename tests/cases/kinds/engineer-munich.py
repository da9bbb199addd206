#!/usr/bin/env python3
"""Sealed case engineer-munich: Tobias Krämer, mechanical engineer in Munich (blind-written)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403
from casekit import make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_google, uid_outlook, uid_uuid
import datetime as dt

NAME = "engineer-munich"
BER = "Europe/Berlin"
MSPROD = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def build():
    now = dt.datetime(2026, 3, 25, 9, 15, tzinfo=ZoneInfo(BER))
    case = Case(
        NAME,
        "Tobias Krämer, mechanical engineer in Munich, looking at automotive suppliers, "
        "a wind-energy firm and a Swiss drive maker; German and English mail",
        {"name": "Tobias Krämer", "emails": ["tobias.kraemer@example.de"],
         "phone": "+49 171 5550382", "timezone": BER},
        now,
        "",
    )

    SIG_T = ("Mit freundlichen Grüßen\nTobias Krämer\nDipl.-Ing. (FH) Maschinenbau\n"
             "Mobil: +49 171 5550382")
    T = Person("Tobias Krämer", "tobias.kraemer@example.de", tz=BER, style="webmail",
               locale="de", msgid_domain="example.de")
    case.me = T
    P = lambda *a, **k: Person(*a, **k)

    # ---------------------------------------------------------------- people
    ORTLIEB = P("Sabine Ortlieb", "sabine.ortlieb@kessler-fahrwerk.de", tz=BER, style="outlook",
                locale="de", region="eurprd07",
                sig="Sabine Ortlieb\nHR Business Partner Technik\nKessler Fahrwerkstechnik GmbH\n"
                    "Am Westpark 12 | 85057 Ingolstadt\nTel. +49 841 5550 2231\n"
                    "Sitz der Gesellschaft: Ingolstadt, HRB 4471, Geschäftsführer: Dr. K. Ruhland")
    SMARTR = P("Kessler Fahrwerkstechnik GmbH", "noreply@smartrecruiters.com", style="auto",
               msgid_domain="smartrecruiters.com")
    JENNA = P("Jenna Kowalczyk", "jenna.kowalczyk@marwickdriveline.com", tz="America/Chicago",
              style="outlook", region="namprd11",
              sig="Jenna Kowalczyk | Sr. Talent Acquisition Partner, Engineering\n"
                  "Marwick Driveline Inc. | 2200 W. Bluemound Rd, Milwaukee, WI 53233\n"
                  "o: +1 414 555 0187")
    BRAD = P("Brad Lindqvist", "brad.lindqvist@marwickdriveline.com", tz="America/Chicago",
             style="outlook", region="namprd11")
    WORKDAY = P("Marwick Driveline", "marwick@myworkday.com", style="auto",
                msgid_domain="myworkday.com")
    ZUERCHER = P("Nadine Zürcher", "nadine.zuercher@sonderegger-antriebe.ch", tz="Europe/Zurich",
                 style="outlook", locale="de", region="eurprd02")
    JOBSCH = P("jobs.ch", "jobalert@jobs.ch", style="auto", msgid_domain="mail.jobs.ch")
    PERSONIO = P("Hallig Windenergie GmbH", "noreply@hallig-wind.jobs.personio.de", style="auto",
                 msgid_domain="personio.de")
    FINN = P("Finn Petersen", "finn.petersen@hallig-wind.de", tz=BER, style="gmail",
             sig="--\nFinn Petersen\nTeamlead Rotorblattanbindung & Nabe\nHallig Windenergie GmbH | "
                 "Große Elbstraße 145 | 22767 Hamburg\n+49 40 5550 9713")
    FINN_CAL = P("Finn Petersen", "finn.petersen@hallig-wind.de", tz=BER, style="gcal")
    LARS = P("Lars Hvidberg", "lars.hvidberg@hallig-wind.de", tz=BER, style="gmail")
    SEIDL = P("Dr. Maximilian Seidl", "m.seidl@seidl-executive.de", tz=BER, style="outlook",
              locale="de", region="eurprd05",
              sig="Dr. Maximilian Seidl\nManaging Partner\nSeidl Executive Search GmbH\n"
                  "Maximilianstraße 31 | 80539 München\nT +49 89 5550 4410 | M +49 160 5550 7782")
    ANDREA = P("Andrea Hofbauer", "andrea.hofbauer@lindner-sitzsysteme.de", tz=BER,
               style="outlook", locale="de", region="eurprd03")
    OLIVER = P("Oliver Pemberton", "oliver.pemberton@bergmann-edrive.de", tz=BER, style="gmail")
    ADITYA = P("Aditya Rao", "aditya.rao@stellwerk-automotive.com", tz=BER, style="outlook",
               region="eurprd06",
               sig="Dr. Aditya Rao\nHead of CAE & Virtual Validation\nStellwerk Automotive GmbH\n"
                   "Lilienthalstr. 9, 85716 Unterschleißheim\n+49 89 5550 6620")
    PETRA = P("Petra Lechner", "petra.lechner@auer-kuehlsysteme.de", tz=BER, style="outlook",
              locale="de", region="eurprd04",
              sig="Dipl.-Ing. Petra Lechner\nLeitung Konstruktion Wärmetauscher\n"
                  "Auer Kühlsysteme GmbH & Co. KG\nIndustriestraße 7 · 84030 Ergolding\n"
                  "Tel. +49 871 5550 318")
    HARTL = P("Rainer Hartl", "rainer.hartl@poeschl-antriebe.de", tz=BER, style="outlook",
              locale="de", region="eurprd01",
              sig="Dr.-Ing. Rainer Hartl\nBereichsleiter Entwicklung\nPöschl Antriebssysteme GmbH\n"
                  "Kufsteiner Str. 88, 83022 Rosenheim\nTelefon 08031 5550-140")
    MELANIE = P("Melanie Fuchs", "melanie.fuchs@tauber-lager.de", tz=BER, style="outlook",
                locale="de", region="eurprd08",
                sig="Melanie Fuchs\nRecruiting\nTauber Lagertechnik AG\nTel.: +49 9342 5550-77")
    JAN = P("Jan Oberhofer", "jan.oberhofer@tauber-lager.de", tz=BER, style="outlook", locale="de")
    STEPSTONE = P("StepStone", "noreply@stepstone.de", style="auto", msgid_domain="stepstone.de")
    STEPALERT = P("StepStone Jobagent", "jobagent@stepstone.de", style="auto",
                  msgid_domain="mail.stepstone.de")
    SARAH = P("Sarah Kolb", "sarah.kolb@feldmann-praezision.de", tz=BER, style="gmail",
              sig="Sarah Kolb\nTalent Acquisition\nFeldmann Präzisionstechnik GmbH\n"
                  "Tel. +49 8141 5550 92")
    CALENDLY = P("Calendly", "notifications@calendly.com", style="auto", msgid_domain="calendly.com")
    XING = P("XING", "jobs@mail.xing.com", style="auto", msgid_domain="mail.xing.com")

    # current job and private life
    CLAUDIA = P("Claudia Wimmer", "claudia.wimmer@brandl-foerdertechnik.de", tz=BER,
                style="outlook", locale="de", region="eurprd09",
                sig="Claudia Wimmer\nPersonal\nBrandl Fördertechnik GmbH\nTel. 089 5550 3340-12")
    MAIER = P("Gerhard Maier", "gerhard.maier@brandl-foerdertechnik.de", tz=BER, style="outlook",
              locale="de", region="eurprd09")
    HANNES = P("Hannes Grill", "hannes.grill@brandl-foerdertechnik.de", tz=BER, style="outlook",
               locale="de", region="eurprd09")
    BR_BRANDL = P("Betriebsrat Brandl", "betriebsrat@brandl-foerdertechnik.de", tz=BER,
                  style="outlook", locale="de", region="eurprd09")
    JULIA = P("Julia Krämer", "julia.kraemer@gmx.de", tz=BER, style="webmail", locale="de",
              msgid_domain="gmx.de")
    MAMA = P("Gertraud Krämer", "g.kraemer.passau@t-online.de", tz=BER, style="webmail",
             locale="de", msgid_domain="t-online.de")
    VERENA = P("Verena Krämer", "verena.kraemer88@gmail.com", tz=BER, style="gmail", locale="de")
    BASTI = P("Sebastian Ertl", "basti.ertl@gmail.com", tz=BER, style="gmail", locale="de")
    SEPP = P("Josef Huber", "sepp.huber@sv-obermenzing.de", tz=BER, style="webmail", locale="de",
             msgid_domain="sv-obermenzing.de")
    SVO = P("SV Obermenzing e.V.", "vorstand@sv-obermenzing.de", style="auto",
            msgid_domain="sv-obermenzing.de")
    KATRIN = P("Katrin Lohmeier", "k.lohmeier@web.de", tz=BER, style="webmail", locale="de",
               msgid_domain="web.de")
    ZAHN = P("Zahnarztpraxis Dr. Obermaier", "termine@zahnarzt-obermaier.de", style="auto",
             msgid_domain="zahnarzt-obermaier.de")
    KITA = P("Kita Sonnenschein Pasing", "leitung@kita-sonnenschein-pasing.de", style="webmail",
             locale="de", msgid_domain="kita-sonnenschein-pasing.de")
    BAHN = P("DB Fernverkehr", "noreply@bahn.de", style="auto", msgid_domain="bahn.de")
    SWM = P("SWM Kundenservice", "kundenservice@swm.de", style="auto", msgid_domain="swm.de")
    AMAZON = P("Amazon.de", "versandbestaetigung@amazon.de", style="auto", msgid_domain="amazon.de")
    TELEKOM = P("Telekom", "rechnung@telekom.de", style="auto", msgid_domain="telekom.de")
    HEISE = P("heise online", "newsletter@heise.de", style="auto", msgid_domain="heise.de")
    VDI = P("VDI Bezirksverein München", "bv-muenchen@vdi.de", style="auto", msgid_domain="vdi.de")
    PAYPAL = P("PayPal", "service@paypal.de", style="auto", msgid_domain="paypal.de")
    LOHN = P("Lohnsteuerhilfe Bayern e.V. – Beratungsstelle Pasing", "pasing@lohi-bayern.de",
             tz=BER, style="outlook", locale="de", region="eurprd09")

    at = case.at
    add = case.add
    cv_pdf = ("Lebenslauf_Tobias_Kraemer_2026.pdf", "application/pdf", make_pdf([
        "Tobias Kraemer - Lebenslauf", "Dipl.-Ing. (FH) Maschinenbau, Hochschule Muenchen",
        "2016-heute: Entwicklungsingenieur, Brandl Foerdertechnik GmbH, Muenchen",
        "2012-2016: Berechnungsingenieur Fahrwerk, Zulieferer Raum Ingolstadt",
        "FEM (Abaqus, ANSYS), Getriebe- und Lagerauslegung, FMEA, CATIA V5, Creo",
        "+49 171 5550382 - tobias.kraemer@example.de"]))
    cv_pdf_en = ("CV_Tobias_Kraemer_EN.pdf", "application/pdf", make_pdf([
        "Tobias Kraemer - Curriculum Vitae", "Mechanical engineer, 12 years in drive and chassis",
        "Brandl Foerdertechnik GmbH, Munich: development engineer since 2016",
        "+49 171 5550382 - tobias.kraemer@example.de"]))
    zeugnis_pdf = ("Zeugnisse_Kraemer.pdf", "application/pdf", make_pdf([
        "Arbeitszeugnisse und Diplomzeugnis - Tobias Kraemer", "Seiten 1-6"]))

    # ==================================================================
    # JOB SEARCH
    # ==================================================================

    # --- Kessler: portal acknowledgement -------------------------------
    k_ack = "kessler_ack"
    add(k_ack, SMARTR, [T], at("2026-02-18 14:03"),
        "Sehr geehrter Herr Krämer,\n\nvielen Dank für Ihr Interesse an der Kessler Fahrwerkstechnik "
        "GmbH. Ihre Bewerbung für die Position\n\nEntwicklungsingenieur Bremsregelsysteme (m/w/d) – "
        "Ref. KF-2026-0193\n\nist bei uns eingegangen. Wir prüfen Ihre Unterlagen sorgfältig und "
        "kommen auf Sie zu. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem "
        "Kandidatenprofil einsehen.\n\nIhr Recruiting-Team der Kessler Fahrwerkstechnik GmbH\n\n"
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
        subject="Ihre Bewerbung bei Kessler Fahrwerkstechnik GmbH", headers=AUTO, sig=False,
        html_only=True, html=html_of(
            "Sehr geehrter Herr Krämer,\n\nvielen Dank für Ihr Interesse an der Kessler "
            "Fahrwerkstechnik GmbH. Ihre Bewerbung für die Position Entwicklungsingenieur "
            "Bremsregelsysteme (m/w/d) – Ref. KF-2026-0193 ist bei uns eingegangen.\n\n"
            "Wir prüfen Ihre Unterlagen sorgfältig und kommen auf Sie zu.\n\nIhr Recruiting-Team "
            "der Kessler Fahrwerkstechnik GmbH\n\nDiese E-Mail wurde automatisch erstellt. Bitte "
            "antworten Sie nicht auf diese Nachricht."))
    case.thread(k_ack, True, "application", "Kessler Fahrwerkstechnik GmbH",
                "portal (SmartRecruiters) acknowledgement; no person to write to")

    # --- Kessler: the interview -----------------------------------------
    k = "kessler"
    add(k, ORTLIEB, [T], at("2026-03-04 11:26"),
        "Sehr geehrter Herr Krämer,\n\nIhre Unterlagen für die Stelle als Entwicklungsingenieur "
        "Bremsregelsysteme (m/w/d) haben unseren Fachbereich überzeugt, und wir würden Sie gerne "
        "persönlich kennenlernen.\n\nFür ein Vorstellungsgespräch bei uns im Werk Ingolstadt kann "
        "ich Ihnen zwei Termine anbieten:\n\n  – Dienstag, 17.03., 10:00 Uhr\n  – Donnerstag, "
        "19.03., 14:00 Uhr\n\nGeplant sind ca. 90 Minuten inkl. kurzem Rundgang durch die "
        "Prüffeld-Halle. Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen besser passt.",
        subject="Ihre Bewerbung als Entwicklungsingenieur Bremsregelsysteme (m/w/d) – KF-2026-0193")
    add("kessler_2", T, [ORTLIEB], at("2026-03-04 19:48"),
        "Sehr geehrte Frau Ortlieb,\n\nvielen Dank für die Einladung, darüber freue ich mich sehr. "
        "Der Dienstag, 17.03. um 10 Uhr passt mir gut.\n\nMit freundlichen Grüßen\nTobias Krämer",
        parent=k, sig=False)
    k_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "kessler"), stamp=at("2026-03-05 08:40"),
        start=at("2026-03-17 10:00"), end=at("2026-03-17 11:30"), tzid="W. Europe Standard Time",
        summary="Vorstellungsgespräch Herr Krämer – Entwicklungsingenieur Bremsregelsysteme",
        organizer=ORTLIEB, prodid=MSPROD,
        attendees=[(T, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Besprechungsraum E2.14 (Werk Ingolstadt)", "raum.e2-14@kessler-fahrwerk.de"),
                    "ACCEPTED", "ROOM")],
        location="Kessler Fahrwerkstechnik, Werk Ingolstadt, Geb. E2, Raum 14",
        description="Ablauf:\n10:00 Begrüßung und Vorstellung des Bereichs Vorentwicklung durch "
                    "Herrn Dr. Stefan Hufnagel (Leiter Vorentwicklung Bremsregelsysteme, "
                    "stefan.hufnagel@kessler-fahrwerk.de)\n10:20 Fachgespräch\n11:00 Rundgang "
                    "Prüffeld\n\nAls Vertreter des Betriebsrats nimmt Herr Uwe Brandstätter teil.\n"
                    "Bitte melden Sie sich am Empfang Tor 3 mit Ihrem Personalausweis.")
    add("kessler_3", ORTLIEB, [T], at("2026-03-05 08:41"),
        "Sehr geehrter Herr Krämer,\n\nprima, dann halten wir Dienstag, den 17.03.2026 um "
        "10:00 Uhr fest. Anbei die Einladung für Ihren Kalender; dort finden Sie auch den Ablauf.\n\n"
        "Ich selbst bin an diesem Tag leider auf einer Recruiting-Messe in Stuttgart und kann nicht "
        "dabei sein – Herr Dr. Hufnagel holt Sie am Empfang ab. Das Gespräch führt er gemeinsam "
        "mit Herrn Brandstätter aus unserem Betriebsrat, wie bei uns üblich.\n\n"
        "Parkplätze finden Sie auf P4 gegenüber Tor 3.", parent="kessler_2", ics=k_ics,
        ics_mode="attach")
    add("kessler_4", T, [ORTLIEB], at("2026-03-05 12:10"),
        "Hallo Frau Ortlieb,\n\nTermin ist eingetragen, danke für die Infos zur Anfahrt. Bis dann "
        "bzw. viel Erfolg auf der Messe!\n\nViele Grüße\nTobias Krämer", parent="kessler_3",
        sig=False)
    add("kessler_5", ORTLIEB, [T], at("2026-03-18 16:52"),
        "Sehr geehrter Herr Krämer,\n\nHerr Dr. Hufnagel hat mir berichtet, dass das Gespräch "
        "gestern aus seiner Sicht sehr gut gelaufen ist, und bat mich, Ihnen das schon einmal "
        "auszurichten.\n\nZum weiteren Vorgehen: Personelle Einstellungen laufen bei uns über den "
        "Betriebsrat, dessen nächste Sitzung am Donnerstag, 26.03. stattfindet. Die Entscheidung "
        "fällt dort; eine Rückmeldung von uns erhalten Sie dann spätestens am Freitag, 27.03.\n\n"
        "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.", parent="kessler_4")
    case.meeting(k, at("2026-03-17 10:00"), at("2026-03-17 11:30"),
                 met=["stefan.hufnagel@kessler-fahrwerk.de"], unknown=["Uwe Brandstätter"],
                 arranged_by="sabine.ortlieb@kessler-fahrwerk.de", what="onsite interview")
    case.promise(k, "kessler_5", "sabine.ortlieb@kessler-fahrwerk.de", "2026-03-27")
    case.thread(k, True, "interview", "Kessler Fahrwerkstechnik GmbH",
                "onsite Tue 17.3. 10:00-11:30 with Dr. Hufnagel (address only in the ICS "
                "description) and works council member Brandstätter (no address anywhere); "
                "organiser Ortlieb did not attend; no thank-you, no request for the address; "
                "decision after works council meeting 26.3., answer by 27.3. (still open)")

    # --- Marwick Driveline: portal ---------------------------------------
    m_ack = "marwick_ack"
    add(m_ack, WORKDAY, [T], at("2026-02-20 22:14"),
        "Hi Tobias,\n\nThank you for applying for the Senior Driveline Engineer (Regensburg, "
        "Germany) position, job requisition R-004417, at Marwick Driveline.\n\nOur talent "
        "acquisition team will review your qualifications. If your experience matches our needs, "
        "a member of the team will be in touch.\n\nYou can check the status of your application "
        "at any time by signing in to our careers site.\n\nBest regards,\nMarwick Driveline "
        "Talent Acquisition\n\nThis is an automated message; replies to this address are not "
        "monitored.", subject="Thank you for applying: Senior Driveline Engineer (R-004417)",
        headers=AUTO, sig=False)
    case.thread(m_ack, True, "application", "Marwick Driveline",
                "Workday acknowledgement from an automated sender")

    # --- Marwick: recruiter thread --------------------------------------
    mw = "marwick"
    add(mw, JENNA, [T], at("2026-02-26 10:37", JENNA),
        "Hi Tobias,\n\nI'm on the talent team at Marwick Driveline and I support our engineering "
        "center in Regensburg. I came across your application for the Senior Driveline Engineer "
        "opening and your gearbox NVH background caught my eye.\n\nWould you be up for an initial "
        "conversation with me and the hiring manager? We're flexible on time given the time "
        "difference.\n\nBest,\nJenna",
        subject="Marwick Driveline – Senior Driveline Engineer, Regensburg")
    add("marwick_2", T, [JENNA], at("2026-02-26 21:02"),
        "Hi Jenna,\n\nthanks for reaching out, I'd be glad to talk. Afternoons in Germany work best "
        "for me, ideally in the week of 9 March, since I'm tied up with a design review at my "
        "current employer before that.\n\nBest regards,\nTobias\n\n+49 171 5550382",
        parent=mw, sig=False)
    add("marwick_3", JENNA, [T], at("2026-03-02 08:55", JENNA),
        "Hi Tobias,\n\nHow about Thursday 3/12 at 9:00 AM Central? If that doesn't work, Friday "
        "3/13 at 8:00 AM Central is open too. Brad would join us either way.\n\nJenna",
        parent="marwick_2", sig=False)
    add("marwick_4", T, [JENNA], at("2026-03-02 17:20"),
        "Hi Jenna,\n\nThursday works. Just to make sure we're on the same page: you switch to "
        "daylight saving time on 8 March and we only on the 29th, so that week 9:00 Central is "
        "15:00 here in Munich (not 16:00). Correct?\n\nTobias", parent="marwick_3", sig=False)
    add("marwick_5", JENNA, [T], at("2026-03-02 11:48", JENNA),
        "Correct – 3 pm your time, good catch! I'll send a Teams invite shortly. You'll be "
        "talking with me and Brad Lindqvist, our Director of Driveline Engineering "
        "(brad.lindqvist@marwickdriveline.com), who the role reports to.\n\nJenna",
        parent="marwick_4")
    # the invite (its own thread, Outlook/Teams, Windows zone name)
    mi = "marwick_invite"
    m_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "marwick"), stamp=at("2026-03-02 12:03", JENNA),
        start=at("2026-03-12 09:00", JENNA), end=at("2026-03-12 10:00", JENNA),
        tzid="Central Standard Time",
        summary="Marwick Driveline | Tobias Krämer – Senior Driveline Engineer",
        organizer=JENNA, prodid=MSPROD,
        attendees=[(T, "NEEDS-ACTION", "INDIVIDUAL"), (BRAD, "ACCEPTED", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Microsoft Teams meeting\nJoin on your computer or mobile app\n"
                    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA4ZjYx/0\n"
                    "Meeting ID: 284 119 530 772  Passcode: q7Zk4S")
    add(mi, JENNA, [T], at("2026-03-02 12:03", JENNA),
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Click here to join the meeting\nMeeting ID: 284 119 530 772\nPasscode: q7Zk4S\n"
        "________________\nFor organizers: Meeting options", cc=[BRAD],
        subject="Marwick Driveline | Tobias Krämer – Senior Driveline Engineer", ics=m_ics,
        ics_mode="outlook", sig=False, quote=False)
    case.meeting(mi, at("2026-03-12 09:00", JENNA), at("2026-03-12 10:00", JENNA),
                 met=["jenna.kowalczyk@marwickdriveline.com", "brad.lindqvist@marwickdriveline.com"],
                 thanks={"jenna.kowalczyk@marwickdriveline.com": "marwick_6",
                         "brad.lindqvist@marwickdriveline.com": "marwick_6"},
                 what="video interview")
    case.thread(mi, True, "interview", "Marwick Driveline",
                "Teams invite, Thu 12.3. 9:00-10:00 CDT = 15:00-16:00 CET (6 h apart that week); "
                "Jenna and Brad both thanked by one note the same evening")
    add("marwick_6", T, [JENNA, BRAD], at("2026-03-12 18:05"),
        "Dear Jenna, dear Brad,\n\nthank you both for the conversation this afternoon. I enjoyed "
        "hearing how the Regensburg team is taking over the e-axle gearbox from the Milwaukee "
        "group, and the question about the whine at 2,400 rpm has kept me thinking since.\n\n"
        "Brad, as discussed I will send you the summary of our gear-mesh NVH study (the version "
        "cleared for external use) by Thursday next week.\n\nKind regards,\nTobias Krämer\n"
        "+49 171 5550382", parent="marwick_5", sig=False)
    add("marwick_7", JENNA, [T], at("2026-03-13 08:12", JENNA),
        "Thanks Tobias! Brad mentioned he really enjoyed the discussion.\n\nFull transparency: we "
        "have two more candidates to talk to next week. We aim to get back to everyone by Friday, "
        "March 20.\n\nHave a great weekend,\nJenna", parent="marwick_6")
    add("marwick_8", T, [JENNA], at("2026-03-19 21:05"),
        "Hi Jenna, hi Brad,\n\nas promised, attached is the short summary of the gear-mesh NVH "
        "study (12 pages, figures anonymised). Happy to walk through it if useful.\n\nBest "
        "regards,\nTobias", parent="marwick_7", cc=[BRAD], sig=False,
        attachments=[("NVH_gear_mesh_summary_TK.pdf", "application/pdf", make_pdf([
            "Gear-mesh NVH study - summary", "T. Kraemer, March 2026", "Cleared for external use"]))])
    add("marwick_ooo", JENNA, [T], at("2026-03-19 21:05") + dt.timedelta(seconds=7),
        "I am out of the office through Friday, March 27 with limited access to email, and will "
        "be back on Monday, March 30. For urgent matters please contact "
        "talent@marwickdriveline.com.\n\nThank you,\nJenna",
        subject="Automatic reply: Marwick Driveline – Senior Driveline Engineer, Regensburg",
        parent="marwick_8", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.promise(mw, "marwick_7", "jenna.kowalczyk@marwickdriveline.com", "2026-03-20",
                 back="2026-03-30")
    case.own_promise(mw, "marwick_6", "brad.lindqvist@marwickdriveline.com", "2026-03-19",
                     kept_by="marwick_8")
    case.thread(mw, True, "interview", "Marwick Driveline",
                "recruiter thread; slot given in Central time; group thank-you; Jenna: 'get back to "
                "everyone by Friday, March 20'; out-of-office until March 30 pushes the callback "
                "to Apr 1; Tobias's promised NVH summary sent on Thu 19.3.")

    # --- Sonderegger (Swiss): application by mail, out of office --------
    jch = "jobsch_alert"
    add(jch, JOBSCH, [T], at("2026-03-06 06:30"),
        "Neue Stellen für Ihr Suchabo «Entwicklungsingenieur Getriebe»\n\n"
        "Senior Entwicklungsingenieur/in Getriebe 100% – Sonderegger Antriebe AG, Winterthur\n"
        "Konstrukteur/in Maschinenbau 80-100% – Bühler-Wyss AG, Uzwil\n"
        "Projektingenieur/in Antriebstechnik – Rhenus Motion AG, Basel\n\n"
        "Alle Stellen ansehen: https://www.jobs.ch/de/stellenangebote/?term=getriebe\n\n"
        "Suchabo verwalten | Abmelden", subject="3 neue Jobs: Entwicklungsingenieur Getriebe",
        headers=dict(bulk_headers("<suchabo.jobs.ch>", "https://www.jobs.ch/abo/unsub"), **AUTO),
        sig=False)
    case.thread(jch, False, None, "jobs.ch", "job alert; owes nothing")
    so = "sonderegger"
    add(so, T, [ZUERCHER], at("2026-03-09 07:52"),
        "Sehr geehrte Frau Zürcher,\n\nauf jobs.ch bin ich auf Ihre Ausschreibung als Senior "
        "Entwicklungsingenieur Getriebe (Ref. SA-26-114) gestoßen. Hiermit bewerbe ich mich um "
        "diese Stelle.\n\nSeit knapp zehn Jahren lege ich bei der Brandl Fördertechnik GmbH in "
        "München Stirnrad- und Planetengetriebe für Hubwerke aus, von der Lastannahme bis zur "
        "Erprobung am Prüfstand. Davor war ich vier Jahre in der Fahrwerksberechnung eines "
        "Automobilzulieferers. Ein Umzug in die Region Winterthur ist mit meiner Familie "
        "abgesprochen; die Kündigungsfrist beträgt drei Monate zum Quartalsende.\n\n"
        "Lebenslauf und Zeugnisse finden Sie im Anhang. Über die Gelegenheit zu einem Gespräch "
        "würde ich mich sehr freuen.\n\n" + SIG_T, subject="Bewerbung Senior Entwicklungsingenieur "
        "Getriebe (Ref. SA-26-114) – Tobias Krämer", sig=False, attachments=[cv_pdf, zeugnis_pdf])
    add("sonderegger_ooo", ZUERCHER, [T], at("2026-03-09 07:52", ZUERCHER) + dt.timedelta(seconds=9),
        "Grüezi\n\nBesten Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 13. März 2026 "
        "abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht "
        "weitergeleitet; in dringenden Fällen wenden Sie sich bitte an hr@sonderegger-antriebe.ch.\n\n"
        "Freundliche Grüsse\nNadine Zürcher",
        subject="Automatische Antwort: Bewerbung Senior Entwicklungsingenieur Getriebe "
                "(Ref. SA-26-114) – Tobias Krämer", parent=so, quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.application(so, so, "nadine.zuercher@sonderegger-antriebe.ch")
    case.thread(so, True, "application", "Sonderegger Antriebe AG",
                "application with CV sent to a person on Mon 9.3.; only her out-of-office came "
                "back; no person from Sonderegger has written since")

    # --- Hallig Windenergie --------------------------------------------
    h_ack = "hallig_ack"
    add(h_ack, PERSONIO, [T], at("2026-02-16 09:31"),
        "Hallo Tobias,\n\nvielen Dank für deine Bewerbung als Konstrukteur Rotorblattanbindung "
        "(m/w/d) bei Hallig Windenergie! Wir haben deine Unterlagen erhalten und schauen sie uns "
        "in Ruhe an.\n\nDein Hallig People Team\n\n—\nDiese Nachricht wurde über Personio "
        "versendet. Antworten auf diese E-Mail können nicht zugestellt werden.",
        subject="Deine Bewerbung bei Hallig Windenergie GmbH", headers=AUTO, sig=False,
        html_only=True, html=html_of(
            "Hallo Tobias,\n\nvielen Dank für deine Bewerbung als Konstrukteur "
            "Rotorblattanbindung (m/w/d) bei Hallig Windenergie! Wir haben deine Unterlagen "
            "erhalten und schauen sie uns in Ruhe an.\n\nDein Hallig People Team\n\nDiese "
            "Nachricht wurde über Personio versendet."))
    case.thread(h_ack, True, "application", "Hallig Windenergie GmbH",
                "Personio acknowledgement (automated)")
    h = "hallig"
    add(h, FINN, [T], at("2026-02-25 13:14"),
        "Moin Tobias,\n\nich bin Finn, Teamlead für Rotorblattanbindung & Nabe bei Hallig. Dein "
        "Profil liegt bei mir auf dem Tisch und ich fänd's spannend, dich mal kennenzulernen – "
        "ganz locker, ca. 45 Minuten per Google Meet.\n\nMögliche Slots:\nMo. 2.3. 10:00\n"
        "Di. 3.3. 16:00\nMi. 4.3. 08:30\n\nSag einfach, was dir passt.\n\nViele Grüße aus "
        "Altona\nFinn", subject="Kennenlernen? Konstrukteur Rotorblattanbindung")
    add("hallig_2", T, [FINN], at("2026-02-25 19:40"),
        "Moin Finn,\n\nDi. 16 Uhr passt mir gut.\n\nViele Grüße\nTobias", parent=h, sig=False)
    add("hallig_3", FINN, [T], at("2026-02-26 08:02"),
        "Top, Einladung kommt gleich per Kalender.", parent="hallig_2", sig=False)
    hk = "hallig_kennenlernen"
    hk_ics = make_ics(
        method="REQUEST", uid=uid_google(NAME, "hallig-kl"), stamp=at("2026-02-26 08:05"),
        start=at("2026-03-03 16:00"), end=at("2026-03-03 16:45"), tzid="Europe/Berlin",
        summary="Kennenlernen Tobias Krämer / Hallig Windenergie", organizer=FINN_CAL,
        attendees=[(FINN_CAL, "ACCEPTED", "INDIVIDUAL"), (T, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/xqv-hrpk-tun",
        description="Google Meet: https://meet.google.com/xqv-hrpk-tun")
    add(hk, FINN_CAL, [T], at("2026-02-26 08:05"),
        "Finn Petersen hat Sie zu folgendem Termin eingeladen.\n\nKennenlernen Tobias Krämer / "
        "Hallig Windenergie\nDi. 3. März 2026 16:00 – 16:45 (Mitteleuropäische Normalzeit – "
        "Berlin)\n\nMit Google Meet teilnehmen: https://meet.google.com/xqv-hrpk-tun\n\n"
        "Gäste\nFinn Petersen – Organisator\ntobias.kraemer@example.de\n\nEinladung von Google "
        "Kalender", subject="Einladung: Kennenlernen Tobias Krämer / Hallig Windenergie @ Di. 3. "
        "März 2026 16:00 - 16:45 (MEZ) (tobias.kraemer@example.de)", ics=hk_ics, headers=GCAL,
        sig=False)
    case.meeting(hk, at("2026-03-03 16:00"), at("2026-03-03 16:45"),
                 met=["finn.petersen@hallig-wind.de"],
                 thanks={"finn.petersen@hallig-wind.de": "hallig_4"}, what="first video call")
    case.thread(hk, True, "interview", "Hallig Windenergie GmbH",
                "Google Calendar invite for the first call Tue 3.3.; thanked the same evening "
                "(stale anyway)")
    add("hallig_4", T, [FINN], at("2026-03-03 18:20"),
        "Hi Finn,\n\nthanks nochmal für das offene Gespräch heute! Die Geschichte mit den "
        "Bolzenbrüchen an der Blattwurzel geht mir nicht aus dem Kopf – genau solche Themen "
        "reizen mich.\n\nViele Grüße\nTobias", parent="hallig_3", sig=False)
    add("hallig_5", FINN, [T], at("2026-03-04 09:47"),
        "Moin Tobias,\n\nfand ich auch gut! Ich stimm mich mit Lars und unserer People-Abteilung "
        "ab und melde mich bis Ende nächster Woche, ob wir dich zu einem Probearbeitstag "
        "einladen.\n\nBeste Grüße\nFinn", parent="hallig_4", sig=False)
    case.promise(h, "hallig_5", "finn.petersen@hallig-wind.de", "2026-03-13",
                 answered_by="hallig_6")
    add("hallig_6", FINN, [T], at("2026-03-11 15:33"),
        "Hi Tobias,\n\nwie versprochen: Wir würden dich gern zu einem Probearbeitstag bei uns in "
        "Hamburg einladen, und zwar am Fr., 20.3., von 9:00 bis ca. 16:30 Uhr.\n\nDu verbringst "
        "den Tag mit mir und mit Lars Hvidberg (lars.hvidberg@hallig-wind.de), unserem Lead für "
        "Strukturberechnung – Lars ist Däne, wir sprechen im Team meistens Englisch. Vormittags "
        "schauen wir uns gemeinsam einen echten Lastfall an der Blattflanschverschraubung an, "
        "mittags geht's mit dem Team in die Kantine.\n\nReisekosten (Bahn 2. Klasse) übernehmen "
        "wir natürlich. Passt dir das?\n\nFinn", parent="hallig_5", sig=True)
    add("hallig_7", T, [FINN], at("2026-03-11 18:02"),
        "Servus Finn,\n\nsuper, da bin ich dabei! Ich fahr Donnerstagabend hoch und penn bei einem "
        "Kumpel in Ottensen, dann bin ich um neun ausgeschlafen bei euch.\n\nBis dann\nTobias", parent="hallig_6", sig=False)
    add("hallig_8", FINN, [T], at("2026-03-19 10:20"),
        "Moin, kurz zur Orga für morgen: Eingang ist auf der Wasserseite, 3. OG, frag am Empfang "
        "einfach nach mir. Laptop brauchst du keinen, wir haben einen Rechner mit ANSYS für dich "
        "vorbereitet.\n\nFinn", parent="hallig_7", sig=False)
    add("hallig_9", FINN, [T], at("2026-03-20 19:02"),
        "Hi Tobias,\n\ndanke dir für den Tag, hat Spaß gemacht mit dir! Wir setzen uns am "
        "Dienstag im Team zusammen; ich geb dir dann bis Mittwoch Bescheid.\n\nKomm gut heim\n"
        "Finn\n\nVon meinem iPhone gesendet", parent="hallig_8", sig=False)
    case.meeting(h, at("2026-03-20 09:00"), at("2026-03-20 16:30"),
                 met=["finn.petersen@hallig-wind.de", "lars.hvidberg@hallig-wind.de"],
                 thanks={"lars.hvidberg@hallig-wind.de": "lars_1"}, what="trial work day")
    case.promise(h, "hallig_9", "finn.petersen@hallig-wind.de", "2026-03-25",
                 answered_by="lars_2")
    case.thread(h, True, "interview", "Hallig Windenergie GmbH",
                "Du-register thread with the team lead; trial work day Fri 20.3. 9:00-16:30 in "
                "Hamburg with Finn and Lars (address given in Finn's text); Lars thanked in a new "
                "thread, Finn never; Finn's 'bis Mittwoch Bescheid' (25.3.) is today")
    ln = "lars_1"
    add(ln, T, [LARS], at("2026-03-21 10:34"),
        "Hi Lars,\n\nthank you for yesterday – especially for the time you took to go through "
        "your fatigue assessment of the blade-root bolts with me. Comparing the local stress "
        "approach with what we do for crane hooks was really eye-opening.\n\nI hope we get to "
        "continue the discussion.\n\nBest regards from Munich,\nTobias\n+49 171 5550382",
        subject="Yesterday in Hamburg", sig=False)
    add("lars_2", LARS, [T], at("2026-03-23 08:11"),
        "Hi Tobias,\n\nglad it was useful, it was fun for me too. Finn will be in touch about the "
        "next steps.\n\nBest,\nLars\n\nLars Hvidberg | Lead Structural Analysis | Hallig "
        "Windenergie GmbH", parent=ln, sig=False)
    case.thread(ln, True, "interview", "Hallig Windenergie GmbH",
                "thank-you to Lars in a new thread the morning after the trial day")
    bahn = "bahn_hh"
    add(bahn, BAHN, [T], at("2026-03-12 07:14"),
        "Ihre Buchung\n\nAuftragsnummer: 584 221 907 113\nHinfahrt: Do, 19.03.2026, ab München Hbf "
        "16:55, an Hamburg Hbf 22:41\nRückfahrt: Fr, 20.03.2026, ab "
        "Hamburg Hbf 17:01, an München Hbf 23:14\nSuper Sparpreis, 2. Klasse, 1 Erwachsener\n"
        "Preis: 89,98 EUR\n\nIhr Ticket finden Sie im Anhang und in der DB Navigator App.\n\n"
        "Gute Reise wünscht Ihnen Ihre Deutsche Bahn", subject="Ihre Fahrkarte für Donnerstag, "
        "19.03.2026 (Auftrag 584221907113)", headers=AUTO, sig=False)
    case.thread(bahn, False, None, "Deutsche Bahn", "train ticket receipt")

    # --- Headhunter ----------------------------------------------------
    s = "seidl"
    add(s, SEIDL, [T], at("2026-02-17 17:45"),
        "Sehr geehrter Herr Krämer,\n\nentschuldigen Sie die direkte Ansprache. Ich berate "
        "exklusiv einen namhaften Tier-1-Zulieferer im Großraum Augsburg bei der Besetzung der "
        "Position Teamleitung Konstruktion Fahrwerk (ca. 12 MA). Ihr Werdegang – Berechnung im "
        "Fahrwerk, danach Verantwortung für komplette Baugruppen – passt aus meiner Sicht "
        "ausgesprochen gut.\n\nHätten Sie Interesse an einem vertraulichen Austausch? Ihre "
        "Diskretion ist selbstverständlich gewährleistet.",
        subject="Vertrauliche Anfrage – Teamleitung Konstruktion Fahrwerk, Raum Augsburg")
    add("seidl_2", T, [SEIDL], at("2026-02-18 07:15"),
        "Sehr geehrter Herr Dr. Seidl,\n\ndanke für Ihre Nachricht, das klingt interessant. Gerne "
        "können wir telefonieren – am besten abends ab 17:30 Uhr.\n\nMfG\nT. Krämer",
        parent=s, sig=False)
    add("seidl_3", SEIDL, [T], at("2026-02-19 12:31"),
        "Lieber Herr Krämer,\n\nich bin die nächsten zwei Wochen leider viel bei Mandanten "
        "unterwegs. Würde Ihnen Donnerstag, 05.03., um 18:00 Uhr passen? Dann rufe ich Sie unter "
        "der Nummer aus Ihrem XING-Profil an.", parent="seidl_2")
    add("seidl_4", T, [SEIDL], at("2026-02-19 13:02"),
        "Ja, passt. Die Nummer ist +49 171 5550382.\n\nGruß\nTobias Krämer\n\nVon meinem Handy "
        "gesendet", parent="seidl_3", sig=False)
    case.meeting(s, at("2026-03-05 18:00"), None, met=["m.seidl@seidl-executive.de"],
                 what="headhunter phone call (no end time)")
    add("seidl_5", T, [SEIDL], at("2026-03-05 20:41"),
        "Sehr geehrter Herr Dr. Seidl,\n\nbesten Dank für das ausführliche Telefonat vorhin. Wie "
        "besprochen schicke ich Ihnen bis Montag (9.3.) meinen aktualisierten Lebenslauf und eine "
        "Einschätzung zu Gehaltsvorstellung und Kündigungsfrist.\n\nMit freundlichen Grüßen\n"
        "Tobias Krämer", parent="seidl_4", sig=False)
    case.own_promise(s, "seidl_5", "m.seidl@seidl-executive.de", "2026-03-09", kept_by="seidl_6")
    add("seidl_6", T, [SEIDL], at("2026-03-09 21:48"),
        "Sehr geehrter Herr Dr. Seidl,\n\nanbei wie angekündigt mein Lebenslauf (Stand März 2026). "
        "Meine Gehaltsvorstellung liegt bei 92.000 € brutto p. a. zzgl. Dienstwagen oder "
        "entsprechendem Ausgleich; meine Kündigungsfrist beträgt drei Monate zum Quartalsende.\n\n"
        "Gerne können Sie meine Unterlagen an Ihren Mandanten weitergeben.\n\nMit freundlichen "
        "Grüßen\nTobias Krämer\nMobil: +49 171 5550382", parent="seidl_5", sig=False,
        attachments=[cv_pdf])
    add("seidl_7", SEIDL, [T], at("2026-03-10 08:09"),
        "Lieber Herr Krämer,\n\nhabe ich erhalten, herzlichen Dank. Ich stelle Sie meinem "
        "Mandanten diese Woche vor; dort wird parallel die Shortlist gesichtet. Sie hören "
        "spätestens Ende KW 11 von mir.\n\nBeste Grüße aus der Maximilianstraße\nMaximilian Seidl",
        parent="seidl_6", sig=False)
    case.application(s, "seidl_6", "m.seidl@seidl-executive.de", answered_by="seidl_7")
    case.promise(s, "seidl_7", "m.seidl@seidl-executive.de", "2026-03-13")
    case.thread(s, True, "recruiter", "Seidl Executive Search GmbH",
                "headhunter; phone call Thu 5.3. 18:00 (stale); CV sent 9.3. as promised; 'Sie "
                "hören spätestens Ende KW 11 von mir' (Fri 13.3. or Sun 15.3.: both due end of "
                "Tue 17.3.), then silence")

    # --- Former colleague referral (Lindner) --------------------------
    a = "andrea"
    add(a, ANDREA, [T], at("2026-03-06 12:48"),
        "Servus Tobi,\n\nlang nix gehört! Bei uns in Garching ist grad die Teamleitung "
        "Komponentenversuch ausgeschrieben, und ich musste sofort an dich denken. Wir haben so ein "
        "Mitarbeiter-werben-Mitarbeiter-Programm – wenn du magst, schlag ich dich intern vor, "
        "dann landet dein CV direkt beim Abteilungsleiter und nicht im Portal-Stapel.\n\nSchick "
        "mir einfach deinen aktuellen Lebenslauf.\n\nLG Andrea\n\nAndrea Hofbauer\nVersuchs-"
        "ingenieurin Sitzstruktur\nLindner Sitzsysteme GmbH, Garching", subject="Stelle bei uns – "
        "wär das was für dich?", sig=False)
    add("andrea_2", T, [ANDREA], at("2026-03-08 20:31"),
        "Hey Andrea,\n\nwie cool, dass du an mich denkst – und super lieb von dir! Ich bin grad "
        "dabei, den Lebenslauf zu überarbeiten; den schick ich dir bis spätestens Montag "
        "(16.3.), dann kannst du ihn weitergeben.\n\nGrüß mir den Rest vom alten Haufen!\nTobi",
        parent=a, sig=False)
    case.own_promise(a, "andrea_2", "andrea.hofbauer@lindner-sitzsysteme.de", "2026-03-16")
    add("andrea_3", ANDREA, [T], at("2026-03-18 13:05"),
        "Hi Tobi, kein Stress – wollt nur sagen, die Ausschreibung läuft intern noch bis "
        "31.3. LG A.", parent="andrea_2", sig=False, quote=False)
    case.thread(a, True, "networking", "Lindner Sitzsysteme GmbH",
                "former colleague offers a referral; Tobias promised his CV 'bis spätestens Montag "
                "(16.3.)' and never sent it; her nudge of 18.3. does not keep his promise")

    # --- Networking: Oliver (a quarter of an hour) --------------------
    o = "oliver"
    add(o, T, [OLIVER], at("2026-02-23 21:10"),
        "Dear Mr Pemberton,\n\nwe haven't met, but I saw your talk on oil-cooled e-drive housings "
        "at the VDI Getriebetagung in Würzburg last autumn. I'm a mechanical engineer (gearboxes "
        "for materials handling) thinking about moving into e-drive, and I'd be grateful for a "
        "quarter of an hour of your time to hear how you made that switch yourself.\n\nNo agenda "
        "beyond that, and happy to work around your calendar.\n\nBest regards,\nTobias Krämer\n"
        "+49 171 5550382", subject="A quarter of an hour on your move into e-drive?", sig=False)
    add("oliver_2", OLIVER, [T], at("2026-02-24 07:58"),
        "Hi Tobias,\n\nsure, call me Oliver. Monday 2 March at half five? I'll send you a Zoom "
        "link on the day.\n\nCheers,\nOliver\n\nSent from my iPhone", parent=o, sig=False)
    add("oliver_3", T, [OLIVER], at("2026-02-24 08:20"),
        "Perfect, thanks Oliver – Monday 17:30 it is.\n\nTobias", parent="oliver_2", sig=False)
    add("oliver_4", OLIVER, [T], at("2026-03-02 14:02"),
        "Here's the link for later: https://bergmann-edrive.zoom.us/j/86140211573?pwd=kT2\n"
        "Meeting ID 861 4021 1573. Might be a couple of minutes late, test bench review before.\n\nO.",
        parent="oliver_3", sig=False)
    case.meeting(o, at("2026-03-02 17:30"), None, met=["oliver.pemberton@bergmann-edrive.de"],
                 thanks={"oliver.pemberton@bergmann-edrive.de": "oliver_5"}, networking=True,
                 what="informational Zoom call (no end time)")
    add("oliver_5", T, [OLIVER], at("2026-03-02 21:15"),
        "Hi Oliver,\n\nthank you for taking the time tonight – and for being so candid about the "
        "first year after your switch. Your tip to look at the rotor-shaft bearing topics as a "
        "way in makes a lot of sense for my background; I'll look into the FVA working group you "
        "mentioned.\n\nBest,\nTobias", parent="oliver_4", sig=False)
    case.thread(o, True, "networking", "Bergmann E-Drive GmbH",
                "informational Zoom call Mon 2.3. 17:30, thanked that night; no exchange since "
                "(touch due end of 16.3.)")

    # --- Networking: Aditya (lunch) ------------------------------------
    ad = "aditya"
    add(ad, T, [ADITYA], at("2026-03-02 08:03"),
        "Dear Dr. Rao,\n\nit was a pleasure to talk to you at the VDI Arbeitskreis evening on "
        "virtual validation last Thursday. You mentioned your team is growing; I would love to "
        "hear more about how you work. Would you have time for a lunch one of the next weeks?\n\n"
        "Best regards,\nTobias Krämer\n+49 171 5550382", subject="Lunch after the VDI evening?",
        sig=False)
    add("aditya_2", ADITYA, [T], at("2026-03-03 09:14"),
        "Hi Tobias,\n\nlikewise. Monday 9th at 12:15 would work – our canteen in Unterschleißheim "
        "is honestly quite good. Just ask for me at reception. I'll bring along Miriam Koch, who "
        "runs our test lab, since you asked about correlation between test and simulation.\n\n"
        "Aditya", parent=ad)
    add("aditya_3", T, [ADITYA], at("2026-03-03 12:40"),
        "Great, see you on Monday at 12:15!\n\nTobias", parent="aditya_2", sig=False)
    case.meeting(ad, at("2026-03-09 12:15"), None, met=["aditya.rao@stellwerk-automotive.com"],
                 thanks={"aditya.rao@stellwerk-automotive.com": "aditya_4"}, networking=True,
                 unknown=["Miriam Koch"], arranged_by="aditya.rao@stellwerk-automotive.com",
                 what="networking lunch")
    add("aditya_4", T, [ADITYA], at("2026-03-09 19:31"),
        "Dear Aditya,\n\nthank you for lunch today and for the tour of the crash simulation "
        "cluster. Please also pass on my thanks to Miriam – her story about the sled-test "
        "correlation was the most practical thing I've heard on the topic in years.\n\nKind "
        "regards,\nTobias", parent="aditya_3", sig=False)
    add("aditya_5", ADITYA, [T], at("2026-03-16 08:40"),
        "Hi Tobias,\n\nsorry for the slow reply, crazy week with an SOP. Miriam says hello. The "
        "new CAE lead headcount is still waiting for budget sign-off; if it gets approved, you'll "
        "be one of the first people I call.\n\nBest,\nAditya", parent="aditya_4")
    case.thread(ad, True, "networking", "Stellwerk Automotive GmbH",
                "lunch Mon 9.3. 12:15 (met Aditya and Miriam Koch, whose address is unknown); "
                "thanked that evening with thanks passed to Miriam; Aditya replied 16.3., so the "
                "next touch is due only at the end of 30.3.")

    # --- Auer: application, interview (moved), rejection ----------------
    au = "auer"
    add(au, T, [PETRA], at("2026-02-27 18:22"),
        "Sehr geehrte Frau Lechner,\n\nHerr Brunner vom VDI-Stammtisch Landshut hat mir Ihren Namen "
        "genannt. Bitte finden Sie anbei meine Bewerbung als Konstrukteur Wärmetauscher für "
        "E-Fahrzeuge, die auf Ihrer Karriereseite ausgeschrieben ist.\n\nIch bringe zwölf Jahre "
        "Erfahrung in Konstruktion und Berechnung mit, davon vier im Automotive-Umfeld, und würde "
        "mich über ein Gespräch freuen.\n\nMit freundlichen Grüßen\nTobias Krämer\n"
        "Mobil: +49 171 5550382", subject="Bewerbung als Konstrukteur Wärmetauscher (m/w/d)",
        sig=False, attachments=[cv_pdf])
    add("auer_2", PETRA, [T], at("2026-03-10 10:05"),
        "Sehr geehrter Herr Krämer,\n\nentschuldigen Sie die späte Antwort, hier war viel los. "
        "Ich würde Sie gerne in einem Teams-Gespräch kennenlernen. Hätten Sie am Dienstag, 17.3. "
        "um 14 Uhr Zeit?", parent=au)
    add("auer_3", T, [PETRA], at("2026-03-10 12:44"),
        "Sehr geehrte Frau Lechner,\n\ndanke für Ihre Rückmeldung! Am Dienstag bin ich leider "
        "ganztägig in Ingolstadt. Ginge auch Mittwoch, 18.3., zur selben Uhrzeit?\n\nMfG\nTobias "
        "Krämer", parent="auer_2", sig=False)
    au_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "auer"), stamp=at("2026-03-11 07:58"),
        start=at("2026-03-18 14:00"), end=at("2026-03-18 15:00"), tzid="W. Europe Standard Time",
        summary="Kennenlernen Herr Krämer (Teams)", organizer=PETRA, prodid=MSPROD,
        attendees=[(T, "NEEDS-ACTION", "INDIVIDUAL")], location="Microsoft Teams-Besprechung",
        description="Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\n"
                    "Besprechungs-ID: 371 552 908 114  Kennung: Ux8PfR")
    add("auer_4", PETRA, [T], at("2026-03-11 07:58"),
        "Guten Morgen Herr Krämer,\n\nMittwoch geht auch. Ich habe Ihnen die Teams-Einladung "
        "angehängt.", parent="auer_3", ics=au_ics, ics_mode="attach")
    add("auer_5", T, [PETRA], at("2026-03-11 08:30"),
        "Passt, vielen Dank!\n\nT. Krämer", parent="auer_4", sig=False)
    case.meeting(au, at("2026-03-18 14:00"), at("2026-03-18 15:00"),
                 met=["petra.lechner@auer-kuehlsysteme.de"], what="video interview (moved Tue->Wed)")
    case.meeting(au, at("2026-03-17 14:00"), None, status="moved", what="first proposal, moved")
    add("auer_6", PETRA, [T], at("2026-03-18 16:10"),
        "Sehr geehrter Herr Krämer,\n\nich hatte es im Gespräch schon angedeutet: Wir sprechen "
        "diese Woche noch mit zwei weiteren Bewerbern. Eine Rückmeldung bekommen Sie von mir bis "
        "Ende KW 13.", parent="auer_5")
    add("auer_7", PETRA, [T], at("2026-03-20 11:37"),
        "Sehr geehrter Herr Krämer,\n\nschneller als gedacht, aber leider nicht mit der Nachricht, "
        "die Sie sich gewünscht hätten: Wir haben uns für eine Kandidatin entschieden, deren "
        "Erfahrung mit Kältemittelkreisläufen noch etwas genauer zu unserem aktuellen Projekt "
        "passt.\n\nDas Gespräch mit Ihnen hat mir gut gefallen, und ich würde Ihre Unterlagen "
        "gerne – Ihr Einverständnis vorausgesetzt – für künftige Stellen in unserer Konstruktion "
        "vormerken.\n\nIch wünsche Ihnen für Ihre weitere berufliche Zukunft alles Gute.",
        parent="auer_6")
    case.application(au, au, "petra.lechner@auer-kuehlsysteme.de", answered_by="auer_2")
    case.promise(au, "auer_6", "petra.lechner@auer-kuehlsysteme.de", "2026-03-27",
                 ended_by="auer_7")
    case.thread(au, True, "rejection", "Auer Kühlsysteme GmbH & Co. KG",
                "application by mail 27.2., answered 10.3.; Teams call moved from Tue 17.3. to "
                "Wed 18.3. 14:00-15:00 (ICS in the thread); never thanked (only a 'vielen Dank' "
                "before it); gentle rejection 20.3. ends the 'bis Ende KW 13' promise")

    # --- Pöschl: application answered, window open ----------------------
    po = "poeschl"
    add(po, T, [HARTL], at("2026-03-10 22:04"),
        "Sehr geehrter Herr Dr. Hartl,\n\nich möchte mich für die Position Projektleiter "
        "Getriebeentwicklung (m/w/d) bewerben, die Sie auf LinkedIn geteilt haben. Meinen "
        "Lebenslauf habe ich angehängt; Zeugnisse reiche ich gerne nach.\n\nKurz zu mir: Ich "
        "verantworte bei Brandl Fördertechnik die Getriebe unserer Hubwerksbaureihe von der "
        "Auslegung bis zur Serie und habe zuvor in der Fahrwerksberechnung gearbeitet.\n\n"
        "Mit freundlichen Grüßen\nTobias Krämer\nMobil: +49 171 5550382",
        subject="Bewerbung: Projektleiter Getriebeentwicklung", sig=False, attachments=[cv_pdf])
    add("poeschl_2", HARTL, [T], at("2026-03-12 07:41"),
        "Sehr geehrter Herr Krämer,\n\nvielen Dank für Ihre Unterlagen, die ich gerne gelesen habe. "
        "Wir sind mitten in der Auswahl; Sie hören innerhalb der nächsten zwei Wochen von uns.",
        parent=po)
    case.application(po, po, "rainer.hartl@poeschl-antriebe.de", answered_by="poeschl_2")
    case.promise(po, "poeschl_2", "rainer.hartl@poeschl-antriebe.de", "2026-03-26")
    case.thread(po, True, "application", "Pöschl Antriebssysteme GmbH",
                "application by mail 10.3., answered by Dr. Hartl 12.3. ('innerhalb der nächsten "
                "zwei Wochen', until Thu 26.3.): nothing due")

    # --- Tauber: cancelled interview ------------------------------------
    ta = "tauber"
    add(ta, MELANIE, [T], at("2026-03-09 14:22"),
        "Sehr geehrter Herr Krämer,\n\nvielen Dank für Ihre Bewerbung über unser Karriereportal. "
        "Gerne möchten wir Sie zu einem ersten Gespräch per Teams einladen: Donnerstag, "
        "19.03.2026, 10:00–11:00 Uhr, mit Herrn Jan Oberhofer (Teamleiter Konstruktion "
        "Wälzlager). Passt Ihnen der Termin?",
        subject="Ihre Bewerbung – Konstrukteur Wälzlager (m/w/d), Kennziffer 26-031")
    add("tauber_2", T, [MELANIE], at("2026-03-09 18:50"),
        "Sehr geehrte Frau Fuchs,\n\nder Termin passt, ich freue mich.\n\nMit freundlichen Grüßen\n"
        "Tobias Krämer", parent=ta, sig=False)
    ta_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "tauber"), stamp=at("2026-03-10 08:15"),
        start=at("2026-03-19 10:00"), end=at("2026-03-19 11:00"), tzid="W. Europe Standard Time",
        summary="Interview Konstrukteur Wälzlager – Herr Krämer", organizer=MELANIE,
        prodid=MSPROD, attendees=[(T, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (JAN, "ACCEPTED", "INDIVIDUAL")],
        location="Microsoft Teams-Besprechung")
    add("tauber_3", MELANIE, [T, JAN], at("2026-03-10 08:15"),
        "Microsoft Teams-Besprechung\nÜber Ihren Computer oder die mobile App teilnehmen\n"
        "Besprechungs-ID: 395 004 821 66\nKennung: 9fGh2a",
        subject="Interview Konstrukteur Wälzlager – Herr Krämer", parent="tauber_2",
        ics=ta_ics, ics_mode="outlook", sig=False, quote=False)
    ta_cx = make_ics(
        method="CANCEL", uid=uid_outlook(NAME, "tauber"), stamp=at("2026-03-16 16:40"),
        start=at("2026-03-19 10:00"), end=at("2026-03-19 11:00"), tzid="W. Europe Standard Time",
        summary="Abgesagt: Interview Konstrukteur Wälzlager – Herr Krämer", organizer=MELANIE,
        prodid=MSPROD, attendees=[(T, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (JAN, "ACCEPTED", "INDIVIDUAL")],
        sequence=1, status="CANCELLED")
    add("tauber_4", MELANIE, [T, JAN], at("2026-03-16 16:40"),
        "Sehr geehrter Herr Krämer,\n\nleider muss ich den Termin am Donnerstag absagen: Die Stelle "
        "wurde kurzfristig intern besetzt. Das tut mir leid, zumal Ihr Profil sehr gut gepasst "
        "hätte. Gerne behalten wir Sie für künftige Vakanzen im Blick.",
        subject="Abgesagt: Interview Konstrukteur Wälzlager – Herr Krämer", parent="tauber_3",
        ics=ta_cx, ics_mode="outlook", quote=False)
    add("tauber_5", T, [MELANIE], at("2026-03-16 19:12"),
        "Sehr geehrte Frau Fuchs,\n\nschade, aber danke für die offene Info. Gerne können Sie "
        "meine Unterlagen im Pool behalten.\n\nMfG\nTobias Krämer", parent="tauber_4", sig=False)
    case.meeting(ta, at("2026-03-19 10:00"), at("2026-03-19 11:00"), status="cancelled",
                 met=["jan.oberhofer@tauber-lager.de"], what="cancelled Teams interview")
    case.thread(ta, True, "rejection", "Tauber Lagertechnik AG",
                "Teams interview Thu 19.3. with Jan Oberhofer cancelled on 16.3. (ICS CANCEL, "
                "position filled internally)")

    # --- Feldmann: StepStone, Calendly, call ahead ----------------------
    fst = "feldmann_stepstone"
    add(fst, STEPSTONE, [T], at("2026-03-05 21:17"),
        "Hallo Tobias Krämer,\n\nIhre Bewerbung wurde erfolgreich an Feldmann Präzisionstechnik "
        "GmbH versendet.\n\nStelle: Entwicklungsingenieur Mechanik (m/w/d), Fürstenfeldbruck\n\n"
        "Tipp: Vervollständigen Sie Ihr Profil, um von Arbeitgebern besser gefunden zu werden.\n\n"
        "Ihr StepStone-Team", subject="Ihre Bewerbung bei Feldmann Präzisionstechnik GmbH wurde "
        "versendet", headers=AUTO, sig=False)
    case.thread(fst, True, "application", "Feldmann Präzisionstechnik GmbH",
                "StepStone confirmation that the application was sent (automated)")
    fe = "feldmann"
    add(fe, SARAH, [T], at("2026-03-19 11:03"),
        "Hallo Herr Krämer,\n\nich bin bei Feldmann für das Recruiting zuständig und habe Ihre "
        "Bewerbung als Entwicklungsingenieur Mechanik vorliegen. Gerne würde ich Sie in einem "
        "kurzen Telefonat (ca. 30 Minuten) kennenlernen. Über diesen Link können Sie sich selbst "
        "einen Termin aussuchen: https://calendly.com/sarah-kolb-feldmann/kennenlernen\n\n"
        "Viele Grüße", subject="Ihre Bewerbung bei Feldmann – kurzes Telefonat?")
    case.thread(fe, True, "recruiter", "Feldmann Präzisionstechnik GmbH",
                "recruiter's self-booking link")
    fc = "feldmann_calendly"
    fc_ics = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "feldmann"), stamp=at("2026-03-20 07:48"),
        start=at("2026-03-26 11:00"), end=at("2026-03-26 11:30"),
        summary="Telefonisches Kennenlernen (30 Min.) – Tobias Krämer und Sarah Kolb",
        organizer=SARAH, prodid="-//Calendly//Calendly Scheduling//EN",
        attendees=[(SARAH, "ACCEPTED", "INDIVIDUAL"), (T, "ACCEPTED", "INDIVIDUAL")],
        location="Telefon: Sarah ruft Sie unter +49 171 5550382 an")
    add(fc, CALENDLY, [T], at("2026-03-20 07:48"),
        "Hallo Tobias Krämer,\n\nein neuer Termin wurde geplant.\n\nEreignistyp: Telefonisches "
        "Kennenlernen (30 Min.)\nGastgeberin: Sarah Kolb (sarah.kolb@feldmann-praezision.de)\n"
        "Datum/Uhrzeit: 11:00 - 11:30, Donnerstag, 26. März 2026 (Mitteleuropäische Zeit)\n"
        "Ort: Sarah ruft Sie unter +49 171 5550382 an.\n\nTermin absagen oder verschieben: "
        "https://calendly.com/cancellations/4c1f\n\nPowered by Calendly.com",
        subject="Bestätigt: Telefonisches Kennenlernen (30 Min.) mit Sarah Kolb am Donnerstag, "
                "26. März 2026", ics=fc_ics, ics_mode="attach", headers=AUTO, sig=False)
    case.meeting(fc, at("2026-03-26 11:00"), at("2026-03-26 11:30"), status="scheduled",
                 met=["sarah.kolb@feldmann-praezision.de"], what="phone screen ahead")
    case.thread(fc, True, "interview", "Feldmann Präzisionstechnik GmbH",
                "Calendly confirmation: phone call Thu 26.3. 11:00-11:30, still ahead")

    # --- job alerts and portals (noise full of job words) ---------------
    for i, (day, n, roles) in enumerate([
            ("2026-02-12 06:05", 14, "Entwicklungsingenieur Getriebe (m/w/d) – ZF-Partner, "
             "Friedrichshafen\nKonstrukteur Fahrwerk (m/w/d) – Ingolstadt\nBerechnungsingenieur "
             "FEM (m/w/d) – Garching"),
            ("2026-02-26 06:04", 9, "Teamleiter Konstruktion (m/w/d) – Augsburg\n"
             "Entwicklungsingenieur Bremsregelsysteme (m/w/d) – Ingolstadt\nVersuchsingenieur "
             "Antriebsstrang (m/w/d) – München"),
            ("2026-03-12 06:03", 11, "Entwicklungsingenieur Mechanik (m/w/d) – Fürstenfeldbruck\n"
             "Projektingenieur Windenergie (m/w/d) – Hamburg\nKonstrukteur Sondermaschinenbau "
             "(m/w/d) – Dachau"),
            ("2026-03-24 06:06", 7, "Senior Engineer E-Drive (m/w/d) – München\nLeitung "
             "Prüffeld (m/w/d) – Regensburg\nKonstrukteur Getriebe (m/w/d) – Rosenheim")]):
        key = "stepalert_%d" % i
        body = ("Ihr Jobagent „Entwicklungsingenieur Maschinenbau, München + 50 km“ hat %d neue "
                "Jobs gefunden:\n\n%s\n\nJetzt bewerben – mit nur einem Klick!\n\n"
                "Jobagent bearbeiten | Abmelden" % (n, roles))
        add(key, STEPALERT, [T], at(day), body,
            subject="%d neue Jobs: Entwicklungsingenieur Maschinenbau" % n, sig=False,
            headers=dict(bulk_headers("<jobagent.stepstone.de>", "https://www.stepstone.de/ja/u"),
                         **AUTO), html=html_of(body))
        case.thread(key, False, None, "StepStone", "job alert; owes nothing")
    xg = "xing_jobs"
    add(xg, XING, [T], at("2026-03-17 18:30"),
        "Hallo Tobias,\n\ndiese Jobs passen zu deinem Profil:\n\nTeamleiter Entwicklung Fahrwerk "
        "(m/w/d) – anonym, Raum Augsburg (vermittelt durch Personalberatung)\nSenior Engineer "
        "Drivetrain – Marwick Driveline, Regensburg\n\n3 Recruiter haben sich dein Profil diese "
        "Woche angesehen.\n\nDein XING-Team", subject="Tobias, 12 neue Jobs für dich",
        sig=False, headers=dict(bulk_headers("<jobs.mail.xing.com>", "https://www.xing.com/u"),
                                **AUTO))
    case.thread(xg, False, None, "XING", "job recommendations; owes nothing")

    # ==================================================================
    # NOT JOB SEARCH
    # ==================================================================

    # --- current job: Tobias on the hiring side ------------------------
    cw = "claudia"
    cw_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "yilmaz"), stamp=at("2026-03-17 09:12"),
        start=at("2026-03-24 13:00"), end=at("2026-03-24 14:00"), tzid="W. Europe Standard Time",
        summary="Vorstellungsgespräch Herr Yılmaz – Konstrukteur Fördertechnik (m/w/d)",
        organizer=CLAUDIA, prodid=MSPROD,
        attendees=[(MAIER, "ACCEPTED", "INDIVIDUAL"), (T, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("BR Allach – Besprechung 1.07", "raum-allach-107@brandl-foerdertechnik.de"),
                    "ACCEPTED", "ROOM")],
        location="Allach, Besprechung 1.07",
        description="Bewerber: Herr Emre Yılmaz (emre.yilmaz@web.de), derzeit Konstrukteur bei "
                    "einem Sondermaschinenbauer in Dachau.\nUnterlagen im Bewerbermanagement, "
                    "Vorgang 2026-0045.\nFachfragen: T. Krämer, Führungsthemen: G. Maier.")
    add(cw, CLAUDIA, [T, MAIER], at("2026-03-17 09:12"),
        "Hi Tobias,\n\nschick's dir auch an die private Adresse, weil dein Outlook-Kalender laut "
        "IT seit dem Update nicht synchronisiert. Du bist als Fachvertreter im Gespräch mit "
        "Herrn Yılmaz dabei, Infos siehe Termin.\n\nLG Claudia",
        subject="Vorstellungsgespräch Herr Yılmaz – Konstrukteur Fördertechnik (m/w/d)",
        ics=cw_ics, ics_mode="outlook", sig=False)
    add("claudia_2", CLAUDIA, [T], at("2026-03-24 15:10"),
        "Hallo Tobias,\n\nkannst du mir bis Donnerstag deine fachliche Einschätzung zu Herrn "
        "Yılmaz schicken? Gerhard ist ab Freitag im Urlaub und will vorher noch entscheiden.\n\n"
        "Danke & LG\nClaudia", parent=cw)
    add("claudia_3", T, [CLAUDIA], at("2026-03-24 18:44"),
        "Hi Claudia, mach ich, spätestens Donnerstag früh hast du's.\nViele Grüße\nTobias",
        parent="claudia_2", sig=False)
    case.meeting(cw, at("2026-03-24 13:00"), at("2026-03-24 14:00"),
                 met=["claudia.wimmer@brandl-foerdertechnik.de",
                      "gerhard.maier@brandl-foerdertechnik.de"], job=False,
                 what="Tobias interviews a candidate at his current employer")
    case.own_promise(cw, "claudia_3", "claudia.wimmer@brandl-foerdertechnik.de", "2026-03-26",
                     job=False)
    case.thread(cw, False, None, "Brandl Fördertechnik GmbH",
                "Tobias sits on the panel for a candidate at his current employer (Tue 24.3.); "
                "his own promise to HR is work, not job search")

    bm = "maier_review"
    bm_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "review"), stamp=at("2026-03-10 16:22"),
        start=at("2026-03-13 09:00"), end=at("2026-03-13 10:30"), tzid="W. Europe Standard Time",
        summary="Besprechung Design Review Hubwerk HW-40 (neuer Termin)", organizer=MAIER,
        prodid=MSPROD, attendees=[(T, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (HANNES, "ACCEPTED", "INDIVIDUAL")],
        location="Allach, Besprechung 2.03", sequence=1)
    add(bm, MAIER, [T, HANNES], at("2026-03-10 16:22"),
        "Servus zusammen,\n\nwir müssen das Review auf Freitag schieben, der Kunde hat die "
        "Lastannahmen erst gestern geschickt. Bitte bis dahin die Rückmeldung zu den "
        "Schraubenberechnungen vorbereiten.\n\nGruß\nGerhard",
        subject="Besprechung Design Review Hubwerk HW-40 (neuer Termin)", ics=bm_ics,
        ics_mode="outlook", sig=False)
    add("maier_2", T, [MAIER], at("2026-03-10 20:05"),
        "Passt, Freitag 9 Uhr bin ich da. Die Schraubennachweise sind fast fertig.\nTobias",
        parent=bm, sig=False)
    case.meeting(bm, at("2026-03-13 09:00"), at("2026-03-13 10:30"),
                 met=["gerhard.maier@brandl-foerdertechnik.de", "hannes.grill@brandl-foerdertechnik.de"],
                 job=False, what="design review at work")
    case.thread(bm, False, None, "Brandl Fördertechnik GmbH", "meeting at his current job")

    hg = "hannes"
    add(hg, HANNES, [T], at("2026-03-16 17:48"),
        "Hi Tobi,\n\nder Prüfstand läuft seit heute wieder. Die Messwerte für die "
        "Lagertemperaturen schick ich dir bis Freitag, dann kannst du deine Rückmeldung an den "
        "Kunden fertig machen.\n\nHannes\n\nGesendet von Outlook für Android",
        subject="Prüfstand HW-40 – Messwerte", sig=False)
    add("hannes_2", T, [HANNES], at("2026-03-16 19:20"),
        "Super, danke dir! Dann plan ich die Auswertung für Montag ein.\nT.", parent=hg, sig=False)
    add("hannes_3", HANNES, [T], at("2026-03-20 14:31"),
        "Anbei die Messwerte (CSV + Diagramme). Lager B läuft ca. 8 K wärmer als gerechnet, "
        "schau's dir mal an.\nH.", parent="hannes_2", sig=False,
        attachments=[("HW40_Lagertemp_KW12.csv", "text/csv",
                      b"t_min;T_lagerA;T_lagerB\n0;21.4;21.6\n30;48.2;55.9\n60;56.0;64.1\n")])
    case.promise(hg, hg, "hannes.grill@brandl-foerdertechnik.de", "2026-03-20",
                 answered_by="hannes_3", job=False)
    case.thread(hg, False, None, "Brandl Fördertechnik GmbH", "work: colleague's test data")

    br = "betriebsrat"
    add(br, BR_BRANDL, [T], at("2026-03-11 12:00"),
        "Liebe Kolleginnen und Kollegen,\n\nhiermit laden wir euch zur Betriebsversammlung am "
        "Donnerstag, 26.03.2026, 14:00 Uhr in der Kantine Allach ein. Themen: Tarifrunde, "
        "Umbau Halle 3, Bericht des Betriebsrats.\n\nEuer Betriebsrat",
        subject="Einladung Betriebsversammlung 26.03.", sig=False,
        headers={"Precedence": "bulk"})
    case.thread(br, False, None, "Brandl Fördertechnik GmbH",
                "works council notice at his current employer")

    # --- family ---------------------------------------------------------
    ju = "julia"
    add(ju, JULIA, [T], at("2026-03-03 12:11"),
        "Schatz, die Kita hat nächste Woche Do+Fr Schließtage (Teamfortbildung). Kannst du den "
        "Freitag übernehmen? Ich hab Inventur.\nBussi J\n\nVon meinem iPhone gesendet",
        subject="Kita Schließtage", sig=False)
    add("julia_2", T, [JULIA], at("2026-03-03 12:40"),
        "Freitag geht, ich nehm Gleitzeit. Donnerstag frag ich meine Mama, ob sie kommen kann.",
        parent=ju, sig=False)
    add("julia_3", JULIA, [T], at("2026-03-03 13:02"),
        "Du bist der Beste ❤", parent="julia_2", sig=False, quote=False)
    case.thread(ju, False, None, None, "family")

    ju2 = "julia_hh"
    add(ju2, JULIA, [T], at("2026-03-20 21:15"),
        "Und?? Wie war's in Hamburg? Ruf an wenn du im Zug Netz hast. Leo schläft schon.",
        subject="Hamburg", sig=False)
    add("julia_hh_2", T, [JULIA], at("2026-03-20 21:40"),
        "Lief echt gut glaub ich. Netz ist katastrophal, erzähl dir alles morgen. Bin ca. "
        "halb zwölf daheim.", parent=ju2, sig=False)
    case.thread(ju2, False, None, None, "wife asks about the trip")

    ma = "mama"
    add(ma, MAMA, [T], at("2026-03-04 10:02"),
        "Lieber Tobias,\n\nnatürlich komme ich am Donnerstag nach München und passe auf den "
        "Leo auf. Ich nehme den Zug um 7.10 Uhr. Kannst Du mich am Hauptbahnhof abholen?\n\n"
        "Und zu Ostern kommt Ihr doch alle nach Passau, oder? Papa freut sich schon.\n\n"
        "Liebe Grüße\nDeine Mama", subject="Donnerstag und Ostern", sig=False)
    add("mama_2", T, [MAMA], at("2026-03-04 19:15"),
        "Hallo Mama,\n\ndanke, das ist super! Ich hol dich am Gleis ab. Ostern kommen wir, "
        "voraussichtlich Karfreitag bis Ostermontag.\n\nLG Tobias", parent=ma, sig=False)
    add("mama_3", MAMA, [T], at("2026-03-05 08:30"),
        "Schön! Dann richte ich das Gästezimmer her.\nMama", parent="mama_2", sig=False)
    case.thread(ma, False, None, None, "mother")

    ve = "verena"
    add(ve, VERENA, [T], at("2026-03-08 11:22"),
        "Hey Bruderherz,\n\nwegen Papas 70. im Mai: ich hab zwei Wirtshäuser angefragt "
        "(Hacklberg und Bayerischer Löwe). Ich meld mich bis nächsten Sonntag, wenn beide "
        "geantwortet haben, dann entscheiden wir.\n\nVerena",
        subject="Papas 70er", sig=False)
    add("verena_2", T, [VERENA], at("2026-03-08 13:40"),
        "Cool, danke dass du dich drum kümmerst! Ich wär für Hacklberg, Biergarten falls "
        "schön ist.", parent=ve, sig=False)
    add("verena_3", VERENA, [T], at("2026-03-15 20:05"),
        "Hacklberg hat zugesagt für Samstag 16.5., 30 Leute. Löwe hätte nur den Nebenraum "
        "gehabt. Ich kümmer mich um die Einladungen, du um die Rede 😉",
        parent="verena_2", sig=False)
    add("verena_4", T, [VERENA], at("2026-03-15 21:30"),
        "Deal. Wobei ich mir das mit der Rede noch überleg 😅", parent="verena_3", sig=False)
    case.promise(ve, ve, "verena.kraemer88@gmail.com", "2026-03-15", answered_by="verena_3",
                 job=False)
    case.thread(ve, False, None, None, "sister organises father's birthday")

    # --- friends ----------------------------------------------------------
    bs = "basti"
    add(bs, BASTI, [T], at("2026-02-12 19:20"),
        "Servus! Skitour Samstag? Lawinenlage soll passen, ich denk an Brecherspitz oder "
        "Hochmiesing. Abfahrt 6:30 bei mir.", subject="Sa Skitour?", sig=False)
    add("basti_2", T, [BASTI], at("2026-02-12 21:03"),
        "Bin dabei, Hochmiesing wär mir lieber (Knie). Bring Brotzeit mit.", parent=bs, sig=False)
    add("basti_3", BASTI, [T], at("2026-02-13 07:45"),
        "Passt. LVS-Check nicht vergessen.", parent="basti_2", sig=False)
    add("basti_4", BASTI, [T], at("2026-02-15 18:10"),
        "Fotos von heute: https://photos.app.goo.gl/Hx2kPp9 – geiler Tag!",
        parent="basti_3", sig=False)
    case.thread(bs, False, None, None, "friend, ski tour")

    bs2 = "basti_grill"
    add(bs2, BASTI, [T], at("2026-03-21 11:02"),
        "Grillen bei uns nächsten Samstag, 28.? Wetter soll endlich frühlingshaft werden. Bringt "
        "die Kinder mit.", subject="Angrillen", sig=False)
    add("basti_grill_2", T, [BASTI], at("2026-03-21 12:18"),
        "Sind dabei! Julia macht ihren Nudelsalat.", parent=bs2, sig=False)
    case.thread(bs2, False, None, None, "friend, barbecue")

    # --- Verein -----------------------------------------------------------
    sv = "sepp"
    add(sv, SEPP, [T, KATRIN], at("2026-02-19 20:45"),
        "Hallo Tobias, hallo Katrin,\n\ndie Halle in der Grundschule an der Pfarrer-Grimm-Straße "
        "ist ab März wieder frei. Ich kläre mit der Stadt die Hallenzeiten für die E-Jugend und "
        "melde mich bis 6. März.\n\nSportliche Grüße\nSepp\nAbteilungsleiter Fußball",
        subject="Hallenzeiten E-Jugend ab März", sig=False)
    add("sepp_2", T, [SEPP, KATRIN], at("2026-02-19 21:30"),
        "Danke Sepp! Dienstag und Donnerstag 17 Uhr wären für mich ideal.", parent=sv, sig=False)
    add("sepp_3", SEPP, [T, KATRIN], at("2026-03-05 18:12"),
        "Servus, wir haben Dienstag 17–18:30 Uhr bekommen, Donnerstag leider nicht. Ab 10.3.\nSepp",
        parent="sepp_2", sig=False)
    case.promise(sv, sv, "sepp.huber@sv-obermenzing.de", "2026-03-06", answered_by="sepp_3",
                 job=False)
    case.thread(sv, False, None, "SV Obermenzing e.V.", "club: hall times")

    tr = "trikots"
    add(tr, KATRIN, [T], at("2026-03-16 08:50"),
        "Hi Tobias, hast du die neuen Trikots schon abgeholt? Beim Turnier am 22. brauchen wir "
        "sie. Gruß Katrin (Mama von Jonas)", subject="Trikots", sig=False)
    add("trikots_2", T, [KATRIN], at("2026-03-16 12:30"),
        "Hi Katrin, liegen beim Sporthaus bereit, ich bring sie bis Samstag mit zum Training.\n"
        "Tobias", parent=tr, sig=False)
    add("trikots_3", T, [KATRIN], at("2026-03-21 16:02"),
        "Trikots sind im Geräteraum, Schrank 3. Schlüssel hat Sepp.", parent="trikots_2",
        sig=False)
    case.own_promise(tr, "trikots_2", "k.lohmeier@web.de", "2026-03-21", kept_by="trikots_3",
                     job=False)
    case.thread(tr, False, None, "SV Obermenzing e.V.", "club: kit for the youth team")

    jhv = "svo_jhv"
    add(jhv, SVO, [T], at("2026-03-02 19:00"),
        "Liebe Mitglieder,\n\nwir laden herzlich zur Jahreshauptversammlung am Freitag, "
        "17.04.2026, 19:30 Uhr im Vereinsheim ein. Tagesordnung: Berichte, Kassenbericht, "
        "Entlastung, Neuwahlen Jugendleitung, Verschiedenes. Anträge bitte bis 3.4. schriftlich.\n\n"
        "Mit sportlichen Grüßen\nDer Vorstand des SV Obermenzing e.V.",
        subject="Einladung zur Jahreshauptversammlung 2026", sig=False,
        headers=bulk_headers("<mitglieder.sv-obermenzing.de>", "https://sv-obermenzing.de/nl"))
    case.thread(jhv, False, None, "SV Obermenzing e.V.", "club newsletter")

    # --- doctor, kita, bills, newsletters -------------------------------
    zn = "zahnarzt"
    zn_ics = make_ics(
        method="PUBLISH", uid=uid_uuid(NAME, "zahn"), stamp=at("2026-02-24 10:00"),
        start=at("2026-03-10 07:30"), end=at("2026-03-10 08:15"), tzid="Europe/Berlin",
        summary="Zahnarzttermin Dr. Obermaier – Kontrolle + PZR", organizer=ZAHN,
        prodid="-//Doctolib//Appointments//DE", location="Landsberger Str. 401, 81241 München")
    add(zn, ZAHN, [T], at("2026-02-24 10:00"),
        "Guten Tag Herr Krämer,\n\nhiermit bestätigen wir Ihren Termin am Di., 10.03.2026 um "
        "07:30 Uhr (Kontrolle und professionelle Zahnreinigung, ca. 45 Min.).\n\nBitte bringen "
        "Sie Ihre Versichertenkarte mit. Absagen bitte mindestens 24 Stunden vorher.\n\n"
        "Ihr Praxisteam Dr. Obermaier", subject="Terminbestätigung: Di., 10.03.2026, 07:30 Uhr",
        ics=zn_ics, ics_mode="publish", headers=AUTO, sig=False)
    add("zahnarzt_2", ZAHN, [T], at("2026-03-09 08:00"),
        "Erinnerung: Ihr Termin morgen, Di., 10.03., 07:30 Uhr. Ihr Praxisteam Dr. Obermaier",
        parent=zn, headers=AUTO, sig=False, quote=False, subject="Terminerinnerung")
    case.meeting(zn, at("2026-03-10 07:30"), at("2026-03-10 08:15"), job=False, what="dentist")
    case.thread(zn, False, None, "Zahnarztpraxis Dr. Obermaier", "dentist")

    kt = "kita"
    add(kt, KITA, [T, JULIA], at("2026-02-27 15:30"),
        "Liebe Eltern,\n\nanbei der Elternbrief für März: Am 12. und 13.03. bleibt die Kita wegen "
        "Teamfortbildung geschlossen. Das Frühlingsfest findet am 24.04. statt; wir freuen uns "
        "über Kuchenspenden (Liste hängt im Flur).\n\nHerzliche Grüße\nIhr Kita-Team",
        subject="Elternbrief März", sig=False)
    case.thread(kt, False, None, "Kita Sonnenschein Pasing", "kindergarten letter")

    for key, snd, day, subj, body, company in [
        ("swm", SWM, "2026-02-16 04:12", "Ihre Abschlagsanpassung Strom",
         "Sehr geehrter Herr Krämer,\n\nIhr monatlicher Abschlag für Strom (Vertragskonto "
         "2100 4471 32) wird ab 01.04.2026 auf 94,00 € angepasst.\n\nIhre SWM", "Stadtwerke München"),
        ("amazon_1", AMAZON, "2026-03-07 09:41", "Versandt: „Roloff/Matek Maschinenelemente, 26. Aufl.“",
         "Hallo Tobias,\n\nIhre Sendung ist unterwegs. Voraussichtliche Zustellung: Montag, "
         "9. März.\n\nSendungsverfolgung: https://www.amazon.de/progress-tracker/302-118", "Amazon.de"),
        ("amazon_2", AMAZON, "2026-03-18 17:03", "Zugestellt: Ihr Paket",
         "Ihr Paket mit „Kinderhelm Größe S“ wurde zugestellt. Abgelegt bei: Nachbar, "
         "Fam. Gruber.", "Amazon.de"),
        ("telekom", TELEKOM, "2026-03-04 05:30", "Ihre Telekom Festnetz-Rechnung März 2026",
         "Guten Tag Tobias Krämer,\n\nIhre Rechnung für März 2026 ist da. Betrag: 49,95 €. "
         "Der Betrag wird am 10.03.2026 abgebucht.\n\nIhre Telekom", "Telekom"),
        ("paypal", PAYPAL, "2026-02-21 14:44", "Sie haben eine Zahlung an Sporthaus Schuster gesendet",
         "Hallo Tobias Krämer,\n\nSie haben 212,40 EUR an Sporthaus Schuster GmbH gesendet "
         "(14 Trikots E-Jugend, Vereinsbestellung).\n\nTransaktionscode: 7KD41923XJ", "PayPal"),
    ]:
        add(key, snd, [T], at(day), body, subject=subj, headers=AUTO, sig=False)
        case.thread(key, False, None, company, "receipt / bill")

    for i, (day, subj) in enumerate([
            ("2026-02-20 07:00", "heise+ Update: Die Woche – Wasserstoff-Lkw, Feststoffakkus, "
             "Fachkräftemangel im Maschinenbau"),
            ("2026-03-13 07:00", "heise+ Update: Warum die Windbranche wieder Ingenieure sucht")]):
        key = "heise_%d" % i
        body = ("Liebe Leserinnen und Leser,\n\ndiese Woche bei heise+: %s.\n\nWeiterlesen auf "
                "heise.de\n\nSie erhalten diesen Newsletter, weil Sie ihn abonniert haben. "
                "Abmelden: https://www.heise.de/newsletter/u" % subj.split(": ", 1)[1])
        add(key, HEISE, [T], at(day), body, subject=subj, sig=False,
            headers=dict(bulk_headers("<plus.heise.de>", "https://www.heise.de/newsletter/u"),
                         **AUTO), html=html_of(body))
        case.thread(key, False, None, "heise online", "newsletter")
    vdi = "vdi_ak"
    add(vdi, VDI, [T], at("2026-02-16 16:00"),
        "Liebe Mitglieder,\n\nder Arbeitskreis Simulation & Virtuelle Absicherung lädt ein: "
        "Donnerstag, 26.02.2026, 18:00 Uhr, Hochschule München, Raum R 1.049. Vortrag: "
        "„Korrelation von Schlittenversuch und Crashsimulation im Sitz“, anschließend Get-together.\n\n"
        "Anmeldung über das Mitgliederportal.\n\nVDI Bezirksverein München, Ober- und "
        "Niederbayern e.V.", subject="Einladung AK Simulation: Schlittenversuch vs. Simulation",
        sig=False, headers=dict(bulk_headers("<ak.bv-muenchen.vdi.de>", "https://www.vdi.de/u"),
                                **AUTO))
    case.thread(vdi, False, None, "VDI Bezirksverein München", "association event notice")

    lo = "lohi"
    add(lo, LOHN, [T], at("2026-03-09 11:20"),
        "Sehr geehrter Herr Krämer,\n\nfür Ihre Einkommensteuererklärung 2025 fehlen uns noch die "
        "Kita-Rechnungen und die Bescheinigung über die Riester-Beiträge. Bitte reichen Sie "
        "diese bis 31.03. nach.\n\nMit freundlichen Grüßen\nBeratungsstelle Pasing",
        subject="Ihre Steuererklärung 2025 – fehlende Unterlagen")
    add("lohi_2", T, [LOHN], at("2026-03-14 10:05"),
        "Guten Tag,\n\nanbei die Kita-Rechnungen. Die Riester-Bescheinigung reiche ich nach, sobald "
        "sie da ist.\n\nMfG\nTobias Krämer", parent=lo, sig=False)
    case.thread(lo, False, None, "Lohnsteuerhilfe Bayern e.V.", "tax help")
    add("lohi_3", LOHN, [T], at("2026-03-16 09:02"),
        "Sehr geehrter Herr Krämer,\n\ndie Rechnungen sind angekommen. Die Riester-Bescheinigung "
        "können Sie uns auch einfach als Foto schicken.\n\nFreundliche Grüße\nM. Danner",
        parent="lohi_2")
    ju3 = "julia_einkauf"
    add(ju3, JULIA, [T], at("2026-03-23 16:48"),
        "Kannst du auf dem Heimweg noch Milch, Brezn und Windeln (Gr. 4!) mitnehmen? Und denk "
        "an Leos Turnbeutel, der hängt noch in deinem Auto.", subject="Einkauf", sig=False)
    add("julia_einkauf_2", T, [JULIA], at("2026-03-23 17:05"), "Mach ich 👍", parent=ju3,
        sig=False, quote=False)
    case.thread(ju3, False, None, None, "wife, shopping list")

    # ==================================================================
    # LABELS
    # ==================================================================
    case.expect("thank_you", k, "stefan.hufnagel@kessler-fahrwerk.de",
                "onsite Vorstellungsgespräch Tue 17.3. 10:00-11:30 took place; his address is only "
                "in the ICS description; never thanked; overdue since 18.3. 11:30")
    case.expect("ask_for_address", k, "sabine.ortlieb@kessler-fahrwerk.de",
                "works council member Uwe Brandstätter was met on 17.3. but his address appears "
                "nowhere; Ortlieb arranged the meeting and Tobias has not written to her since")
    case.expect("thank_you", h, "finn.petersen@hallig-wind.de",
                "trial work day Fri 20.3. 9:00-16:30 with Finn and Lars; only Lars was thanked "
                "(new thread); Finn's own 'danke dir für den Tag' is not Tobias thanking him")
    case.expect("callback", s, "m.seidl@seidl-executive.de",
                "'Sie hören spätestens Ende KW 11 von mir' (Fri 13.3.; Sun 15.3. gives the same "
                "due date); nothing from Seidl since; due end of Tue 17.3.",
                promised="2026-03-13")
    case.expect("application", so, "nadine.zuercher@sonderegger-antriebe.ch",
                "application with CV to Frau Zürcher Mon 9.3.; only her out-of-office answered; "
                "7 business days ran out at the end of Wed 18.3.")
    case.expect("networking", o, "oliver.pemberton@bergmann-edrive.de",
                "informational call Mon 2.3., thanked that evening; no exchange since, so the "
                "14-day touch fell due at the end of 16.3.")
    case.expect("thank_you", au, "petra.lechner@auer-kuehlsysteme.de",
                "Teams interview Wed 18.3. 14:00-15:00 took place; the 'vielen Dank' of 11.3. came "
                "before it; the rejection of 20.3. does not cancel the owed thank-you")
    case.expect("own_promise", a, "andrea.hofbauer@lindner-sitzsysteme.de",
                "Tobias: 'den schick ich dir bis spätestens Montag (16.3.)'; he never wrote to her "
                "again; her nudge of 18.3. does not keep his promise")

    case.forbid(k, "raum.e2-14@kessler-fahrwerk.de",
                "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    case.forbid(mi, "brad.lindqvist@marwickdriveline.com",
                "thanked by the joint note of 12.3. 18:05; his NVH summary was sent 19.3. as promised")
    case.forbid(mw, "jenna.kowalczyk@marwickdriveline.com",
                "'by Friday, March 20' passed, but her out-of-office says she is back Mon 30.3.: "
                "the callback counts from then (due end of 1.4.); she was thanked on 12.3.")
    case.forbid(mw, "brad.lindqvist@marwickdriveline.com",
                "thanked on 12.3.; Tobias's promise to send the NVH summary by Thu 19.3. was kept")
    case.forbid(m_ack, "marwick@myworkday.com", "automated Workday acknowledgement")
    case.forbid(h_ack, "noreply@hallig-wind.jobs.personio.de",
                "Personio acknowledgement of a portal application: nobody to write to")
    case.forbid(h, "lars.hvidberg@hallig-wind.de",
                "thanked in a new thread on Sat 21.3. ('Yesterday in Hamburg')")
    case.forbid(ad, "aditya.rao@stellwerk-automotive.com",
                "lunch 9.3. thanked that evening (with thanks passed to Miriam, so no address to "
                "ask for); his reply of 16.3. restarts the 14-day touch, due only end of 30.3.")
    case.forbid(po, "rainer.hartl@poeschl-antriebe.de",
                "application answered by Dr. Hartl on 12.3.; 'innerhalb der nächsten zwei Wochen' "
                "runs to 26.3., still open")
    case.forbid(ta, "jan.oberhofer@tauber-lager.de",
                "interview of 19.3. cancelled on 16.3. (ICS CANCEL); it never took place")
    case.forbid(fc, "sarah.kolb@feldmann-praezision.de",
                "phone call Thu 26.3. 11:00 is still ahead at now")
    case.forbid(cw, "emre.yilmaz@web.de",
                "a candidate Tobias interviewed at his current employer; not his job search")
    case.forbid(cw, "claudia.wimmer@brandl-foerdertechnik.de",
                "HR colleague at his current job; the panel and his 'bis Donnerstag' are work")
    case.forbid(ve, "verena.kraemer88@gmail.com",
                "his sister's promise about the family party (and she kept it)")
    case.forbid(so, "hr@sonderegger-antriebe.ch",
                "only named in the out-of-office as a fallback; the application went to Frau Zürcher")

    case.summary = SUMMARY
    return case


SUMMARY = "Tobias Krämer, mechanical engineer in Munich (sealed case; see engineer-munich.md)."

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
