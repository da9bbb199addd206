#!/usr/bin/env python3
"""Sealed case: a financial controller in Vienna looking for a Head of Controlling / CFO-track
role, written blind with casekit (see ../BRIEF.md, ../KINDS.md)."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import casekit  # noqa: E402
from casekit import *  # noqa: E402,F401,F403
from zoneinfo import ZoneInfo  # noqa: E402

# Google Calendar writes IANA zone names; Vienna and Zurich follow the Berlin rules.
for _zone in ("Europe/Vienna", "Europe/Zurich"):
    casekit.VTIMEZONES.setdefault(_zone, (_zone, casekit.VTIMEZONES["Europe/Berlin"][1]))

VIE = "Europe/Vienna"
OUTLOOK_PRODID = "Microsoft Exchange Server 2010"


def pdf(*lines):
    return make_pdf(list(lines))


CV = ("Lebenslauf_Katharina_Leitgeb_2026.pdf", "application/pdf", pdf(
    "Mag. Katharina Leitgeb - Lebenslauf",
    "Geboren 1984 in Graz, verheiratet, zwei Kinder",
    "seit 2017  Marchfeld Logistik Holding AG, Wien",
    "           stv. Leiterin Konzerncontrolling (seit 2021)",
    "           Budget, Forecast und Management-Reporting fuer 11 Gesellschaften",
    "           Integration von drei Zukaeufen (CZ, SK) ins Konzernreporting",
    "2011-2017  Spedition Hartl GmbH, Wien - Controllerin, ab 2014 Leitung Controlling",
    "2008-2011  Wirtschaftspruefung, Wien - Assistentin Audit",
    "Ausbildung: Mag. rer. soc. oec., Wirtschaftsuniversitaet Wien",
    "Sprachen: Deutsch, Englisch (verhandlungssicher), Tschechisch (Grundkenntnisse)",
    "Tel. +43 664 218 4473 - katharina.leitgeb@example.at"))

CV_EN = ("CV_Katharina_Leitgeb.pdf", "application/pdf", pdf(
    "Katharina Leitgeb - Curriculum Vitae",
    "Deputy Head of Group Controlling, Marchfeld Logistik Holding AG, Vienna (2017-)",
    "Planning, forecasting and management reporting for 11 entities in 5 countries",
    "Led the reporting integration of three acquisitions (Czech Republic, Slovakia)",
    "Head of Controlling, Spedition Hartl GmbH, Vienna (2014-2017)",
    "MSc-equivalent (Mag.) in Business Administration, WU Vienna",
    "+43 664 218 4473 - katharina.leitgeb@example.at"))

ANSCHREIBEN = ("Motivationsschreiben_Leitgeb.pdf", "application/pdf", pdf(
    "Motivationsschreiben - Mag. Katharina Leitgeb",
    "Leitung Controlling: Planung, Reporting und Steuerung aus einer Hand",
    "Erfahrung mit Konzernstrukturen, Zukaeufen und Werkscontrolling",
    "Kuendigungsfrist: drei Monate zum Quartalsende"))


def teams_de(meeting_id, code):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\n"
            "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen\n"
            "Besprechungs-ID: %s\nKennung: %s\n"
            "________________________________________________________________________________"
            % (meeting_id, code))


def teams_en(meeting_id, code):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting\n"
            "Meeting ID: %s\nPasscode: %s\n"
            "________________________________________________________________________________"
            % (meeting_id, code))


def build():
    now = dt.datetime(2026, 3, 26, 8, 0, tzinfo=ZoneInfo(VIE))
    case = Case(
        "controller-vienna",
        "Financial controller in Vienna looking for a Head of Controlling / CFO-track role; "
        "German, Swiss and English mail; Thursday 26 March 2026, 08:00 CET",
        {"name": "Katharina Leitgeb", "emails": ["katharina.leitgeb@example.at"],
         "phone": "+43 664 218 4473", "timezone": VIE},
        now, "")
    me = Person("Katharina Leitgeb", "katharina.leitgeb@example.at", tz=VIE, style="webmail",
                locale="de", msgid_domain="example.at")
    case.me = me
    at = case.at

    # ------------------------------------------------------------------
    # People
    # ------------------------------------------------------------------
    strasser = Person("Dr. Michael Strasser", "michael.strasser@hofbauer-partner.at", tz=VIE,
                      style="outlook", locale="de", region="eurprd08", sig=(
                          "Dr. Michael Strasser\nPartner\n\n"
                          "Hofbauer & Partner Executive Search GmbH\n"
                          "Kärntner Ring 5–7, 1010 Wien\n"
                          "T +43 1 512 44 80-12 | M +43 664 301 77 42\n"
                          "www.hofbauer-partner.at\n\n"
                          "Diese Nachricht ist vertraulich und ausschließlich für den "
                          "Adressaten bestimmt."))
    ebner = Person("Sonja Ebner", "sonja.ebner@voralpen-papier.at", tz=VIE, style="outlook",
                   locale="de", region="eurprd06", sig=(
                       "Sonja Ebner\nAssistenz des Vorstands\n"
                       "Voralpen Papier AG | Büro Wien\n"
                       "Schwarzenbergplatz 7, 1030 Wien\nT +43 1 712 58 30-11\n"
                       "www.voralpen-papier.at"))
    pichler = Person("Dr. Andrea Pichler-Mayr", "andrea.pichler-mayr@voralpen-papier.at",
                     tz=VIE, style="outlook", locale="de", region="eurprd06")
    gruber = Person("Mag. Thomas Gruber", "thomas.gruber@voralpen-papier.at", tz=VIE,
                    style="outlook", locale="de", region="eurprd06", sig=(
                        "Mag. Thomas Gruber\nLeiter Personal\nVoralpen Papier AG\n"
                        "Stadtplatz 18, 4840 Vöcklabruck\nT +43 7672 250 90-400"))
    workday = Person("Castellan Foods Careers", "castellanfoods@myworkday.com", tz="Europe/Dublin",
                     style="auto", auto=True, msgid_domain="myworkday.com")
    aisling = Person("Aisling Murphy", "aisling.murphy@castellanfoods.com", tz="Europe/Dublin",
                     style="outlook", locale="en", region="eurprd04", sig=(
                         "Aisling Murphy\nSenior Talent Acquisition Partner – Europe\n"
                         "Castellan Foods | Dublin\nM +353 87 555 0193\n"
                         "castellanfoods.com/careers"))
    jonathan = Person("Jonathan Reeve", "jonathan.reeve@castellanfoods.com", tz="Europe/London",
                      style="outlook", locale="en", region="eurprd01", sig=(
                          "Jonathan Reeve\nCFO, Central & Eastern Europe\nCastellan Foods\n"
                          "+44 20 7946 0817"))
    petra = Person("Petra Lindner", "petra.lindner@castellanfoods.com", tz=VIE, style="outlook",
                   locale="de", region="eurprd04", sig=(
                       "Petra Lindner\nCountry Managing Director Austria\n"
                       "Castellan Foods Austria GmbH\nWiedner Gürtel 13, 1100 Wien\n"
                       "T +43 1 606 41 00"))
    marek = Person("Marek Novák", "marek.novak@castellanfoods.com", tz="Europe/Prague",
                   style="outlook", locale="en", region="eurprd04")
    brandt = Person("Florian Brandt", "f.brandt@brandt-oehler.de", tz="Europe/Berlin",
                    style="outlook", locale="de", region="eurprd03", sig=(
                        "Florian Brandt\nPartner\n\nBrandt & Oehler Executive Search GmbH\n"
                        "Prannerstraße 11 | 80333 München\n"
                        "Tel. +49 89 2154 880-21 | Mobil +49 171 555 3921\n"
                        "www.brandt-oehler.de\n\n"
                        "Sitz der Gesellschaft: München | Amtsgericht München HRB 187 442"))
    kornfeld = Person("Mag. Elisabeth Kornfeld", "elisabeth.kornfeld@sanitas-medtech.at", tz=VIE,
                      style="outlook", locale="de", region="eurprd05", sig=(
                          "Mag. Elisabeth Kornfeld\nLeitung Human Resources\n"
                          "Sanitas Medizintechnik GmbH\n"
                          "IZ NÖ-Süd, Straße 7, Objekt 58, 2355 Wiener Neudorf\n"
                          "T +43 2236 660 45-120 | www.sanitas-medtech.at"))
    holzer = Person("Mag. Richard Holzer", "richard.holzer@sanitas-medtech.at", tz=VIE,
                    style="outlook", locale="de", region="eurprd05")
    personio_s = Person("Sanitas Medizintechnik GmbH", "no-reply@personio.de", tz=VIE,
                        style="auto", auto=True, msgid_domain="personio.de")
    personio_m = Person("Murtal Solar GmbH", "no-reply@personio.de", tz=VIE, style="auto",
                        auto=True, msgid_domain="personio.de")
    prescreen = Person("Pannonia Baustoffe AG Karriere", "noreply@prescreenapp.io", tz=VIE,
                       style="auto", auto=True, msgid_domain="prescreenapp.io")
    fasching = Person("Birgit Fasching", "birgit.fasching@pannonia-baustoffe.at", tz=VIE,
                      style="outlook", locale="de", region="eurprd07", sig=(
                          "Birgit Fasching, MA\nHR Business Partner\nPannonia Baustoffe AG\n"
                          "Industriestraße 12, 7000 Eisenstadt\nT +43 2682 640 77-31\n"
                          "www.pannonia-baustoffe.at"))
    wimmer = Person("Dr. Gerhard Wimmer", "gerhard.wimmer@pannonia-baustoffe.at", tz=VIE,
                    style="outlook", locale="de", region="eurprd07")
    successf = Person("Sihltal Industrie AG", "sihltal-noreply@successfactors.eu",
                      tz="Europe/Zurich", style="auto", auto=True,
                      msgid_domain="successfactors.eu")
    nadine = Person("Nadine Keller", "nadine.keller@sihltal.ch", tz="Europe/Zurich",
                    style="outlook", locale="de", region="eurprd02", sig=(
                        "Nadine Keller\nHR Business Partnerin\nSihltal Industrie AG\n"
                        "Sihlquai 250, 8005 Zürich\nT +41 44 555 72 18\nwww.sihltal.ch"))
    reisinger = Person("Mag. Eva Reisinger", "eva.reisinger@hainzl.at", tz=VIE, style="outlook",
                       locale="de", region="eurprd09")
    markus = Person("Markus Haidinger", "m.haidinger@gmail.com", tz=VIE, style="gmail",
                    locale="de")
    aigner = Person("Dr. Martin Aigner", "martin.aigner@stadtquartier-holding.at", tz=VIE,
                    style="outlook", locale="de", region="eurprd05", sig=(
                        "Dr. Martin Aigner\nCFO | Mitglied des Vorstands\n"
                        "Stadtquartier Holding AG\nPraterstraße 31, 1020 Wien\n"
                        "T +43 1 890 33 00-100"))
    femke = Person("Femke de Vries", "femke.devries@vanleeuwen-logistics.com", tz=VIE,
                   style="gmail", locale="en", sig=(
                       "Femke de Vries\nFinance Director CEE | Van Leeuwen Logistics\n"
                       "Mobile +43 676 555 2190"))
    daniel = Person("Daniel Obermayr", "daniel@hivewell.io", tz=VIE, style="gmail", locale="en")
    daniel_cal = Person("Daniel Obermayr", "daniel@hivewell.io", tz=VIE, style="gcal",
                        locale="en")
    lukas = Person("Lukas Berger", "lukas.berger@alpbach-ventures.com", tz=VIE, style="gmail",
                   locale="en")
    karriere_at = Person("karriere.at", "noreply@karriere.at", tz=VIE, style="auto", auto=True)
    huber = Person("Stefanie Huber", "stefanie.huber@almtaler.at", tz=VIE, style="outlook",
                   locale="de", region="eurprd06", sig=(
                       "Mag. (FH) Stefanie Huber\nPersonalentwicklung & Recruiting\n"
                       "Almtaler Getränke AG\nTraunsteinstraße 44, 4810 Gmunden\n"
                       "T +43 7612 788 44-215\nwww.almtaler.at"))
    pesendorfer = ("Ing. Johannes Pesendorfer", "johannes.pesendorfer@almtaler.at")
    stoeger = Person("Mag. Karin Stöger", "karin.stoeger@greifenstein-holding.at", tz=VIE,
                     style="outlook", locale="de", region="eurprd08", sig=(
                         "Mag. Karin Stöger\nHead of HR\nGreifenstein Holding GmbH\n"
                         "Kärntner Straße 21–23, 1010 Wien\nT +43 1 513 88 20-40"))
    renz = ("DI Klaus Renz", "klaus.renz@greifenstein-holding.at")
    julia = Person("Mag. Julia Renner", "julia.renner@renner-personal.at", tz=VIE, style="gmail",
                   locale="de", sig=(
                       "Mag. Julia Renner\nGeschäftsführerin\nRenner Personalberatung GmbH\n"
                       "Gonzagagasse 9/12, 1010 Wien\nM +43 676 555 60 21\n"
                       "www.renner-personal.at"))
    poelzl = Person("Christina Pölzl", "christina.poelzl@ennstaler-holz.at", tz=VIE,
                    style="outlook", locale="de", region="eurprd09")
    bettina = Person("Bettina Kral", "bettina.kral@gmx.at", tz=VIE, style="webmail", locale="de",
                     msgid_domain="gmx.at")
    wendt = Person("Tobias Wendt", "tobias.wendt@finexis-interim.de", tz="Europe/Berlin",
                   style="outlook", locale="de", region="eurprd03", sig=(
                       "Tobias Wendt\nSenior Consultant Finance Interim\n"
                       "Finexis Interim Management GmbH\nMainzer Landstraße 50, 60325 Frankfurt\n"
                       "T +49 69 2475 118-34"))

    work = Person("Leitgeb Katharina", "katharina.leitgeb@marchfeld-logistik.at", tz=VIE,
                  style="outlook", locale="de", region="eurprd05")
    sabine = Person("Sabine Moser", "sabine.moser75@gmail.com", tz=VIE, style="gmail", locale="de")
    schoolfox = Person("SchoolFox", "noreply@schoolfox.app", tz=VIE, style="auto", auto=True)
    weinberger = Person("Claudia Weinberger", "c.weinberger@vs-amhimmel.at", tz=VIE,
                        style="outlook", locale="de", region="eurprd09")
    hv = Person("Hausverwaltung Wallner & Söhne", "office@hv-wallner.at", tz=VIE, style="auto")
    pammer = Person("Gabriele Pammer", "g.pammer@hv-wallner.at", tz=VIE, style="outlook",
                    locale="de", region="eurprd09", sig=(
                        "Gabriele Pammer\nObjektbetreuung\nHausverwaltung Wallner & Söhne GmbH\n"
                        "Billrothstraße 52, 1190 Wien\nT +43 1 368 22 50-14"))
    oebb = Person("ÖBB Tickets", "noreply@tickets.oebb.at", tz=VIE, style="auto", auto=True)
    verena = Person("Verena Strobl", "verena.strobl@gmx.at", tz=VIE, style="webmail", locale="de",
                    msgid_domain="gmx.at")
    anna = Person("Anna Grünwald", "anna.gruenwald@gmail.com", tz=VIE, style="gmail", locale="de")
    doris = Person("Doris Mayrhofer", "doris.mayrhofer@aon.at", tz=VIE, style="webmail",
                   locale="de", msgid_domain="aon.at")
    oeticket = Person("oeticket.com", "service@oeticket.com", tz=VIE, style="auto", auto=True)
    holzinger = Person("Mag. Renate Holzinger", "holzinger@stb-holzinger.at", tz=VIE,
                       style="outlook", locale="de", region="eurprd09", sig=(
                           "Mag. Renate Holzinger\nWirtschaftstreuhänderin | Steuerberaterin\n"
                           "Gymnasiumstraße 47/3, 1180 Wien\nT +43 1 479 31 20"))
    george = Person("George", "noreply@george.at", tz=VIE, style="auto", auto=True)
    mama = Person("Helga Pirker", "helga.pirker@aon.at", tz=VIE, style="webmail", locale="de",
                  msgid_domain="aon.at")
    stefan = Person("Stefan Leitgeb", "stefan.leitgeb@gmx.at", tz=VIE, style="webmail",
                    locale="de", msgid_domain="gmx.at")
    zahnarzt = Person("Zahnarztpraxis Dr. Eder", "ordination@zahnarzt-eder.at", tz=VIE,
                      style="auto")
    standard = Person("DER STANDARD Karriere", "newsletter@derstandard.at", tz=VIE, style="auto",
                      auto=True)
    presse = Person("Die Presse Morgenpost", "morgenpost@diepresse.com", tz=VIE, style="auto",
                    auto=True)
    akademie = Person("Controller Akademie Wien", "newsletter@controller-akademie.at", tz=VIE,
                      style="auto", auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", tz=VIE,
                      style="auto", auto=True)
    jobagent = Person("karriere.at Job-Agent", "jobagent@karriere.at", tz=VIE, style="auto",
                      auto=True)
    stepstone = Person("StepStone", "noreply@stepstone.at", tz=VIE, style="auto", auto=True)
    thalia = Person("Thalia", "service@thalia.at", tz=VIE, style="auto", auto=True)
    wlinien = Person("Wiener Linien", "noreply@wienerlinien.at", tz=VIE, style="auto", auto=True)
    siobhan = Person("Siobhán Kelly", "siobhan.kelly@eircom.net", tz="Europe/Dublin",
                     style="webmail", locale="en", msgid_domain="eircom.net")
    yoga = Person("Yogaraum Gersthof", "hallo@yogaraum-gersthof.at", tz=VIE, style="auto",
                  auto=True)
    musikschule = Person("Musikschule Döbling", "verwaltung@musikschule-doebling.at", tz=VIE,
                         style="auto")

    def auto(key, sender, to, when, subject, text, headers=None, bulk=None, **kw):
        h = dict(AUTO)
        if bulk:
            h.update(bulk_headers(*bulk))
        h.update(headers or {})
        return case.add(key, sender, to, when, text, subject=subject, html=html_of(text, subject),
                        html_only=True, headers=h, **kw)

    # ==================================================================
    # JOB SEARCH
    # ==================================================================

    # ---- Hofbauer & Partner: confidential search for Voralpen Papier ----------------------
    case.add("hp1", strasser, [me], at("2026-02-11 09:12"), """\
Sehr geehrte Frau Mag. Leitgeb,

wir sind im Auftrag eines österreichischen Industrieunternehmens mit der vertraulichen Besetzung der Position Leitung Konzerncontrolling betraut. Ihr Name ist mir in den letzten Wochen gleich zweimal genannt worden, jeweils mit dem Hinweis auf Ihre Erfahrung beim Aufbau des Konzernreportings der Marchfeld Logistik.

Unser Mandant ist ein familiengeführtes, international tätiges Unternehmen mit rund 1.900 Mitarbeitenden und Sitz in Oberösterreich; die Finanzagenden werden zu einem guten Teil aus dem Wiener Büro gesteuert. Die Position berichtet direkt an die Finanzvorständin und ist ausdrücklich mit der Perspektive angelegt, mittelfristig in den Vorstand nachzurücken.

Wenn Sie grundsätzlich offen für ein vertrauliches Gespräch sind, freue ich mich über eine kurze Nachricht. Ihre Rückmeldung behandeln wir selbstverständlich streng vertraulich.

Mit freundlichen Grüßen
""", subject="Vertrauliche Anfrage – Leitung Konzerncontrolling (Industrie, Oberösterreich)")
    case.add("hp2", me, [strasser], at("2026-02-11 21:04"), """\
Sehr geehrter Herr Dr. Strasser,

vielen Dank für Ihre Nachricht und das damit verbundene Vertrauen. Ich bin in ungekündigter Stellung, für eine Aufgabe mit CFO-Perspektive aber durchaus offen und würde mich über ein Gespräch freuen.

Meinen aktuellen Lebenslauf finden Sie im Anhang. Untertags bin ich meist in Terminen; am besten erreichen Sie mich per Mail oder ab 18 Uhr unter +43 664 218 4473.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="hp1", attachments=[CV])
    case.add("hp3", strasser, [me], at("2026-02-12 10:05"), """\
Sehr geehrte Frau Mag. Leitgeb,

herzlichen Dank für die rasche Antwort und den Lebenslauf – Ihr Profil deckt sich sehr gut mit dem, was unser Mandant sucht.

Gerne würde ich Sie persönlich in unserem Büro am Kärntner Ring kennenlernen; rechnen Sie mit etwa einer Stunde. Ich könnte Ihnen folgende Termine anbieten:

- Mittwoch, 18. Februar, 17:30 Uhr
- Freitag, 20. Februar, 8:00 Uhr

Bitte geben Sie mir Bescheid, was Ihnen besser passt.

Mit freundlichen Grüßen
""", parent="hp2")
    case.add("hp4", me, [strasser], at("2026-02-12 19:47"), """\
Sehr geehrter Herr Dr. Strasser,

Freitag, 20. Februar, um 8:00 Uhr passt mir sehr gut – so bin ich rechtzeitig zu meinem ersten Termin im Büro.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="hp3")
    case.add("hp5", strasser, [me], at("2026-02-13 08:31"), """\
Sehr geehrte Frau Mag. Leitgeb,

bestens, ich habe Sie für Freitag, 20.2., 8:00 Uhr eingetragen. Bitte melden Sie sich im 4. Stock an unserem Empfang.

Mit freundlichen Grüßen
""", parent="hp4")
    case.add("hp6", me, [strasser], at("2026-02-20 17:52"), """\
Sehr geehrter Herr Dr. Strasser,

herzlichen Dank für das offene und sehr informative Gespräch heute Früh. Ihre Schilderung der Lage im Finanzbereich – vor allem das Vorhaben, Konzerncontrolling und Treasury enger zusammenzuführen – hat mein Interesse noch verstärkt.

Ich freue mich, wenn Sie mein Profil dem Mandanten vorstellen.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="hp5")
    case.add("hp7", strasser, [me], at("2026-02-27 11:40"), """\
Sehr geehrte Frau Mag. Leitgeb,

ich habe gute Nachrichten: Unser Mandant – nun darf ich Ihnen auch den Namen nennen, es handelt sich um die Voralpen Papier AG – möchte Sie gerne kennenlernen. Gesprächspartner werden die Finanzvorständin, Frau Dr. Andrea Pichler-Mayr, und der Leiter Personal, Herr Mag. Thomas Gruber, sein. Das Gespräch findet im Wiener Büro am Schwarzenbergplatz statt.

Die Terminkoordination übernimmt die Vorstandsassistenz, Frau Ebner; sie wird direkt auf Sie zukommen.

Mit freundlichen Grüßen
""", parent="hp6")
    case.add("hp8", me, [strasser], at("2026-02-27 12:55"), """\
Sehr geehrter Herr Dr. Strasser,

das sind wirklich erfreuliche Neuigkeiten, vielen Dank für Ihren Einsatz! Ich warte auf die Nachricht von Frau Ebner.

Ein schönes Wochenende und freundliche Grüße
Katharina Leitgeb
""", parent="hp7")
    case.add("hp9", strasser, [me], at("2026-03-11 16:25"), """\
Sehr geehrte Frau Mag. Leitgeb,

danke nochmals für Ihr ausführliches Feedback gestern Abend am Telefon. Auch von Frau Dr. Pichler-Mayr habe ich heute Vormittag eine sehr positive Rückmeldung bekommen – man war von Ihrer Erfahrung mit der Integration der Zukäufe sichtlich angetan.

Zum weiteren Ablauf: Der Mandant führt diese Woche noch Gespräche mit zwei weiteren Kandidaten. Die Entscheidung, wer zum zweiten Gespräch mit dem Vorstandsvorsitzenden in die Zentrale nach Vöcklabruck eingeladen wird, fällt bis Ende der KW 11; ich melde mich dann umgehend bei Ihnen.

Mit freundlichen Grüßen
""", parent="hp8")
    case.add("hp10", me, [strasser], at("2026-03-11 20:38"), """\
Sehr geehrter Herr Dr. Strasser,

das freut mich sehr zu hören. Ich bin gespannt und halte mir die kommenden Wochen für einen Termin in Vöcklabruck so flexibel wie möglich.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="hp9")
    case.thread("hp1", True, "recruiter", "Hofbauer & Partner Executive Search GmbH",
                "confidential search for Voralpen Papier; meeting at the search firm Fri 20 Feb "
                "08:00 (thanked in German, stale); 'bis Ende der KW 11' (Fri 13 Mar) after the "
                "client interview, nothing since")
    case.application("hp1", "hp2", to=strasser.email, answered_by="hp3")
    case.meeting("hp1", at("2026-02-20 08:00"), None, met=[strasser.email],
                 what="meeting at the search firm")
    case.promise("hp1", "hp9", strasser.email, "2026-03-13")
    case.expect("callback", "hp1", strasser.email,
                "'die Entscheidung ... fällt bis Ende der KW 11; ich melde mich dann umgehend' "
                "(KW 11 ends Fri 13 Mar, or Sun 15 Mar: the grace ends with Tue 17 Mar either "
                "way); nothing from the search firm since; due from Wed 18 Mar 00:00",
                promised="2026-03-13")

    # ---- Voralpen Papier: the client interview, arranged by the board assistant ----------
    case.add("vp1", ebner, [me], at("2026-03-02 09:20"), """\
Sehr geehrte Frau Mag. Leitgeb,

Herr Dr. Strasser hat Ihnen bereits angekündigt, dass Frau Dr. Pichler-Mayr und Herr Mag. Gruber Sie gerne persönlich kennenlernen möchten. Ich darf Ihnen dafür folgende Termine in unserem Wiener Büro (Schwarzenbergplatz 7, 1030 Wien, 5. Stock) vorschlagen:

• Dienstag, 10. März 2026, 13:30 – 15:00 Uhr
• Donnerstag, 12. März 2026, 8:00 – 9:30 Uhr

Ich bitte um kurze Rückmeldung, welcher Termin Ihnen zusagt; die Einladung schicke ich Ihnen dann umgehend zu.

Mit freundlichen Grüßen
""", subject="Terminvereinbarung – Gespräch mit Frau Dr. Pichler-Mayr")
    case.add("vp2", me, [ebner], at("2026-03-02 12:48"), """\
Sehr geehrte Frau Ebner,

vielen Dank für die Vorschläge. Ich nehme sehr gerne den Dienstag, 10. März, um 13:30 Uhr.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="vp1")
    vp_start, vp_end = at("2026-03-10 13:30"), at("2026-03-10 15:00")
    vp_ics = make_ics(
        method="REQUEST", uid=uid_outlook("voralpen", "leitgeb"), stamp=at("2026-03-02 13:15"),
        start=vp_start, end=vp_end, tzid="W. Europe Standard Time",
        summary="Gespräch Leitung Konzerncontrolling – Mag. Katharina Leitgeb",
        organizer=ebner, prodid=OUTLOOK_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (pichler, "ACCEPTED", "INDIVIDUAL"),
                   (gruber, "ACCEPTED", "INDIVIDUAL"),
                   (("Wien – Besprechungsraum Traunstein (5. OG)",
                     "wien-traunstein@voralpen-papier.at"), "ACCEPTED", "ROOM")],
        location="Schwarzenbergplatz 7, 1030 Wien – Besprechungsraum Traunstein (5. OG)",
        description="Gespräch Leitung Konzerncontrolling\nFrau Dr. Pichler-Mayr, Herr Mag. "
                    "Gruber\nBitte am Empfang im Erdgeschoß melden.")
    case.add("vp3", ebner, [me], at("2026-03-02 13:15"), """\
Sehr geehrte Frau Mag. Leitgeb,

anbei die Einladung für Ihr Gespräch am 10. März. Bitte melden Sie sich am Empfang im Erdgeschoß, man begleitet Sie dann in den 5. Stock.

Mit freundlichen Grüßen
""", subject="Gespräch Leitung Konzerncontrolling – Mag. Katharina Leitgeb", ics=vp_ics,
        ics_mode="outlook")
    case.add("vp4", me, [pichler, gruber], at("2026-03-10 19:05"), """\
Sehr geehrte Frau Dr. Pichler-Mayr,
sehr geehrter Herr Mag. Gruber,

herzlichen Dank für das angenehme, sehr offene Gespräch heute Nachmittag und die Zeit, die Sie sich dafür genommen haben.

Besonders spannend fand ich Ihr Vorhaben, die Werke in Vöcklabruck und Lenzing auf ein gemeinsames Kostenrechnungsmodell umzustellen. Genau diese Art von Projekt habe ich bei der Marchfeld Logistik nach den Zukäufen in Tschechien und der Slowakei verantwortet, und ich würde mich freuen, diese Erfahrung bei Ihnen einzubringen.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
+43 664 218 4473
""", subject="Unser Gespräch heute – Leitung Konzerncontrolling")
    case.add("vp5", gruber, [me], at("2026-03-11 08:47"), """\
Sehr geehrte Frau Mag. Leitgeb,

haben Sie vielen Dank für Ihre freundlichen Zeilen, auch im Namen von Frau Dr. Pichler-Mayr. Über die nächsten Schritte informiert Sie Herr Dr. Strasser.

Mit freundlichen Grüßen
""", parent="vp4", cc=[pichler])
    case.thread("vp1", True, "interview", "Voralpen Papier AG",
                "the board assistant offers two slots; the user takes Tue 10 Mar 13:30")
    case.thread("vp3", True, "interview", "Voralpen Papier AG",
                "Outlook invite for Tue 10 Mar 13:30-15:00 with the CFO and the head of HR "
                "(room in the attendee list); the organiser does not attend; stale at now")
    case.thread("vp4", True, "interview", "Voralpen Papier AG",
                "one German note to both interviewers the same evening; HR answers without a date")
    case.meeting("vp3", vp_start, vp_end, met=[pichler.email, gruber.email],
                 what="client interview (thanked in German by one note; stale at now)")

    # ---- Castellan Foods (English, Workday) -----------------------------------------------
    auto("cw1", workday, [me], at("2026-02-20 21:33"),
         "Thank you for applying – Head of FP&A CEE (R-0412)", """\
Dear Katharina,

Thank you for your interest in Castellan Foods. We have received your application for Head of FP&A CEE (R-0412) in Vienna, Austria.

Our Talent Acquisition team reviews every application carefully. If your background matches the requirements of the role, a member of the team will contact you directly.

You can check the status of your application at any time in your candidate home.

Kind regards,
Castellan Foods Talent Acquisition

This is an automated message from an unmonitored mailbox. Please do not reply.
""")
    case.thread("cw1", True, "application", "Castellan Foods",
                "Workday acknowledgement of the portal application")
    case.forbid("cw1", workday.email,
                "automated Workday sender (Auto-Submitted, 'do not reply'): never a person to "
                "write to")

    case.add("ca1", aisling, [me], at("2026-03-02 09:14", aisling), """\
Hi Katharina,

Thanks for applying for our Head of FP&A CEE role in Vienna. I'm the talent partner supporting Jonathan Reeve, our CFO for Central & Eastern Europe, on this search, and I'd love to set up a first call – about 30 minutes, just the two of us, so I can tell you more about the team and hear what you're looking for.

I could do any of these (all Irish time, so add an hour for Vienna):
- Wed 4 March, 15:00–15:30
- Thu 5 March, 10:00–10:30
- Fri 6 March, 09:00–09:30

Just let me know which suits and I'll send a confirmation.

Best,
""", subject="Head of FP&A CEE – a first conversation")
    case.add("ca2", me, [aisling], at("2026-03-02 12:30"), """\
Hi Aisling,

Thanks for reaching out. Thursday 5 March at 10:00 your time (11:00 here) works well for me – I'll take the call from a quiet room in the office.

Best regards,
Katharina
+43 664 218 4473
""", parent="ca1")
    case.add("ca3", aisling, [me], at("2026-03-02 14:02", aisling), """\
Hi Katharina,

Great – this email confirms your phone call with me on Thursday 5 March from 10:00 to 10:30 Irish time (11:00–11:30 CET). I'll ring you on +43 664 218 4473.

If anything changes, just reply here.

Best,
""", parent="ca2")
    case.add("ca4", me, [aisling], at("2026-03-05 13:10"), """\
Hi Aisling,

Thank you for the call this morning and for walking me through how the CEE finance team is set up across Vienna, Prague and Warsaw. The mandate you described – one FP&A rhythm for nine countries – is very close to what I've been building for our contract logistics business, so I'm genuinely keen to continue.

Kind regards,
Katharina
""", parent="ca3")
    case.add("ca5", aisling, [me], at("2026-03-05 15:40", aisling), """\
Hi Katharina,

Lovely speaking with you today. I'm sharing my notes with Jonathan this afternoon and I'll be back to you early next week with next steps.

Best,
""", parent="ca4")
    case.add("ca6", aisling, [me], at("2026-03-09 10:05", aisling), """\
Hi Katharina,

As promised – Jonathan would like to move you forward to a panel conversation. It would be 90 minutes on Teams with Jonathan (joining from London), Petra Lindner, our Country Managing Director for Austria, and Marek Novák, who heads controlling for the CEE cluster out of Prague.

Would Tuesday 17 March, starting at 14:00 GMT / 15:00 in Vienna, work for you? I'll send the Teams invite as soon as you confirm.

Best,
""", parent="ca5")
    case.add("ca7", me, [aisling], at("2026-03-09 12:02"), """\
Hi Aisling,

That's great news. 15:00 Vienna time on the 17th works – I'll block the whole afternoon.

Best,
Katharina
""", parent="ca6")
    case.add("ca8", aisling, [me], at("2026-03-18 09:20", aisling), """\
Hi Katharina,

Thanks so much for your time with the panel yesterday – the feedback was really positive. We're finishing the last two panels this week, and we aim to let every candidate know by Friday 27 March where they stand.

In the meantime, could you share contact details for two referees? Ideally one former line manager and one person who has worked with you on group reporting. We'd only contact them at offer stage and only with your OK.

Best,
""", parent="ca7")
    case.add("ca9", me, [aisling], at("2026-03-18 21:15"), """\
Hi Aisling,

Good to hear, thank you. I'd like to give both referees a heads-up before I pass on their details, so I'll send you their names and contact details by Friday 27 March at the latest.

Best regards,
Katharina
""", parent="ca8")
    case.thread("ca1", True, "interview", "Castellan Foods",
                "phone screen Thu 5 Mar 11:00-11:30 CET (10:00 Irish time), thanked the same "
                "day; 'early next week' kept on Mon 9 Mar; after the panel 'we aim to let every "
                "candidate know by Friday 27 March'; the user promised referees by the same day")
    case.meeting("ca1", at("2026-03-05 11:00"), at("2026-03-05 11:30"), met=[aisling.email],
                 thanks={aisling.email: "ca4"}, what="phone screen")
    case.promise("ca1", "ca5", aisling.email, "2026-03-11", answered_by="ca6")
    case.promise("ca1", "ca8", aisling.email, "2026-03-27")
    case.own_promise("ca1", "ca9", aisling.email, "2026-03-27")
    case.forbid("ca1", aisling.email,
                "phone screen thanked on 5 Mar; her 'by Friday 27 March' and the user's own "
                "promise of referees by the same day are both still open; she did not sit on "
                "the panel")

    cp_start, cp_end = at("2026-03-17 15:00"), at("2026-03-17 16:30")
    cp_desc = ("Panel conversation – Head of FP&A CEE\nCandidate: Katharina Leitgeb\n"
               "Panel: Jonathan Reeve (CFO CEE), Petra Lindner (Country MD Austria), "
               "Marek Novák (Head of Controlling CEE)\n\n" + teams_en("372 118 904 552", "fK7sQ2"))
    cp_ics = make_ics(
        method="REQUEST", uid=uid_outlook("castellan", "panel", "leitgeb"),
        stamp=at("2026-03-09 13:30", aisling), start=cp_start, end=cp_end,
        tzid="GMT Standard Time",
        summary="Castellan Foods – Panel interview: Katharina Leitgeb / Head of FP&A CEE",
        organizer=aisling, prodid=OUTLOOK_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (jonathan, "ACCEPTED", "INDIVIDUAL"),
                   (petra, "ACCEPTED", "INDIVIDUAL"), (marek, "TENTATIVE", "INDIVIDUAL")],
        location="Microsoft Teams Meeting", description=cp_desc)
    case.add("cp1", aisling, [me], at("2026-03-09 13:30", aisling), """\
Hi Katharina,

Please find the Teams invite for your panel conversation below. Jonathan Reeve (CFO CEE), Petra Lindner (Country MD Austria) and Marek Novák (Head of Controlling CEE) will be on the call; I won't be joining myself, but I'm around on email if anything comes up before or after.

Rough shape of the 90 minutes: Jonathan opens and talks through the CEE finance agenda, Marek takes you through a short case on forecasting and working capital, and Petra closes with the commercial side and your questions for them.

Best,
Aisling

""" + teams_en("372 118 904 552", "fK7sQ2"),
        subject="Castellan Foods – Panel interview: Katharina Leitgeb / Head of FP&A CEE",
        ics=cp_ics, ics_mode="outlook", sig=False,
        cc=[])
    case.add("cp2", petra, [me], at("2026-03-11 09:02"), """\
Liebe Frau Leitgeb,

kurz vorab, bevor wir uns am 17. sehen: Das Gespräch läuft auf Englisch, weil Jonathan und Marek dabei sind – falls Sie danach noch Fragen zum österreichischen Geschäft haben, gerne auch auf Deutsch.

Ich freue mich auf das Kennenlernen!

Herzliche Grüße
""", parent="cp1", quote=False)
    case.thread("cp1", True, "interview", "Castellan Foods",
                "Outlook/Teams invite written in GMT Standard Time (14:00-15:30 London = "
                "15:00-16:30 Vienna), Tue 17 Mar; the talent partner organises and does not "
                "join; the country MD writes a line in German beforehand; only Jonathan and "
                "Marek were thanked")
    case.meeting("cp1", cp_start, cp_end, met=[jonathan.email, petra.email, marek.email],
                 thanks={jonathan.email: "cj1", marek.email: "cj1"}, what="panel interview")
    case.expect("thank_you", "cp1", petra.email,
                "panelist on Tue 17 Mar 15:00-16:30 (she ran the commercial part); the evening "
                "note went to Jonathan and Marek only; overdue since Wed 18 Mar 16:30")
    case.forbid("cp1", jonathan.email,
                "thanked by the note of Tue 17 Mar 19:40 in a new thread; his reply names no date")
    case.forbid("cp1", marek.email,
                "thanked by the same note to two panelists (one note satisfies each addressee)")

    case.add("cj1", me, [jonathan, marek], at("2026-03-17 19:40"), """\
Dear Jonathan, dear Marek,

Thank you both for the conversation this afternoon and for the time you gave me. The working-capital case was the part I enjoyed most – it was close to the cash-forecasting rollout I led across our Czech and Slovak entities in 2024, and it gave me a good feel for how you look at the cluster.

What I would bring to the role:
• nine years of group controlling in a multi-country logistics business, including a monthly forecast for eleven entities
• hands-on experience moving acquired companies onto one reporting model and one chart of accounts
• a habit of turning finance numbers into decisions that country managers actually use

I'm very interested in continuing and will keep in touch with Aisling on the next steps. Thank you again for your time and consideration.

Kind regards,
Katharina Leitgeb
+43 664 218 4473 | katharina.leitgeb@example.at
""", subject="Thank you – panel conversation this afternoon")
    case.add("cj2", jonathan, [me], at("2026-03-18 07:12", jonathan), """\
Katharina,

Thanks for the kind note – it was a good conversation from our side too. Aisling will be in touch on timing.

Best
Jonathan
""", parent="cj1", cc=[marek], sig=False)
    case.thread("cj1", True, "interview", "Castellan Foods",
                "one thank-you to two of the three panelists, in a new thread; Jonathan replies "
                "without a date")

    # ---- Brandt & Oehler (Munich): promise, then an out-of-office -------------------------
    case.add("bo1", brandt, [me], at("2026-02-24 16:02", brandt), """\
Sehr geehrte Frau Leitgeb,

vielen Dank für die schnelle Antwort auf meine Nachricht über LinkedIn und dafür, dass Sie mir Ihre private Adresse genannt haben.

Wie kurz angedeutet: Wir suchen im Auftrag eines inhabergeführten Herstellers von Verpackungsmaschinen (ca. 1.200 Mitarbeitende, Werke in Bayern, Tschechien und Ungarn) eine Leitung Controlling, die perspektivisch die kaufmännische Geschäftsführung übernehmen soll. Sitz ist der Raum Rosenheim – von Salzburg aus gut erreichbar, was für viele unserer österreichischen Kandidatinnen und Kandidaten ein Argument ist.

Wenn Sie mögen, senden Sie mir gerne Ihren Lebenslauf; danach würde ich gerne eine gute halbe Stunde per Teams mit Ihnen sprechen.

Beste Grüße aus München
""", subject="Head of Controlling (m/w/d) – Familienunternehmen, Raum Rosenheim")
    case.add("bo2", me, [brandt], at("2026-02-25 07:48"), """\
Sehr geehrter Herr Brandt,

gerne – anbei mein Lebenslauf. Ein Umzug nach Bayern wäre für uns als Familie ein größerer Schritt, den ich mir für die richtige Position aber vorstellen kann; das würde ich im Gespräch gerne offen mit Ihnen besprechen.

Für ein Teams-Gespräch passt mir Donnerstag, 5. März, am frühen Vormittag am besten.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="bo1", attachments=[CV])
    case.add("bo3", brandt, [me], at("2026-02-25 11:20", brandt), """\
Sehr geehrte Frau Leitgeb,

besten Dank, der Lebenslauf ist angekommen und liest sich sehr gut. Donnerstag, 05.03., 08:30 Uhr trage ich uns ein – die Teams-Einladung folgt separat.

Beste Grüße
""", parent="bo2")
    bo_start, bo_end = at("2026-03-05 08:30"), at("2026-03-05 09:15")
    bo_ics = make_ics(
        method="REQUEST", uid=uid_outlook("brandt", "leitgeb"), stamp=at("2026-02-25 11:24"),
        start=bo_start, end=bo_end, tzid="W. Europe Standard Time",
        summary="Kennenlernen Katharina Leitgeb | Brandt & Oehler (Teams)",
        organizer=brandt, prodid=OUTLOOK_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], location="Microsoft Teams-Besprechung",
        description=teams_de("291 604 388 017", "Jb4nX9"))
    case.add("bo_inv", brandt, [me], at("2026-02-25 11:24", brandt),
             teams_de("291 604 388 017", "Jb4nX9"),
             subject="Kennenlernen Katharina Leitgeb | Brandt & Oehler (Teams)", ics=bo_ics,
             ics_mode="outlook", sig=False)
    case.add("bo5", me, [brandt], at("2026-03-05 10:02"), """\
Sehr geehrter Herr Brandt,

vielen Dank für das gute Gespräch heute Morgen. Die Aufgabe reizt mich sehr, vor allem der Aufbau eines Werkscontrollings für die Standorte in Tschechien und Ungarn. Die offenen Punkte zum Umzug bespreche ich am Wochenende in Ruhe mit meinem Mann.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="bo3")
    case.add("bo6", brandt, [me], at("2026-03-06 14:15", brandt), """\
Sehr geehrte Frau Leitgeb,

auch von meiner Seite herzlichen Dank – ich hatte einen sehr guten Eindruck. Ich stelle Ihr Profil Anfang kommender Woche der Geschäftsführung vor und gebe Ihnen bis spätestens Freitag, 13.03., Bescheid, ob der Mandant Sie zu einem persönlichen Gespräch einlädt.

Damit ich die Unterlagen vollständig weitergeben kann: Könnten Sie mir noch Ihre beiden letzten Arbeitszeugnisse schicken?

Beste Grüße
""", parent="bo5")
    case.add("bo7", me, [brandt], at("2026-03-06 18:30"), """\
Sehr geehrter Herr Brandt,

die Zeugnisse muss ich erst aus dem Ordner zu Hause heraussuchen und einscannen – ich schicke sie Ihnen bis spätestens Mittwoch, 11. März.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="bo6")
    case.add("bo8", me, [brandt], at("2026-03-10 21:12"), """\
Sehr geehrter Herr Brandt,

wie versprochen anbei meine beiden letzten Arbeitszeugnisse: das Zwischenzeugnis der Marchfeld Logistik Holding AG aus 2025 und das Dienstzeugnis der Spedition Hartl GmbH aus 2017.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="bo7", attachments=[
        ("Zwischenzeugnis_Marchfeld_2025.pdf", "application/pdf",
         pdf("Zwischenzeugnis", "Marchfeld Logistik Holding AG", "Frau Mag. Katharina Leitgeb")),
        ("Dienstzeugnis_Hartl_2017.pdf", "application/pdf",
         pdf("Dienstzeugnis", "Spedition Hartl GmbH", "Frau Mag. Katharina Leitgeb"))])
    case.add("bo9", brandt, [me], at("2026-03-10 21:13", brandt), """\
Vielen Dank für Ihre Nachricht.

Ich bin vom 09.03. bis einschließlich 27.03.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab Montag, 30.03., bin ich wieder für Sie da.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 89 2154 880-0.

Beste Grüße
Florian Brandt
""", parent="bo8", quote=False, sig=False,
        subject="Automatische Antwort: Head of Controlling (m/w/d) – Familienunternehmen, "
                "Raum Rosenheim",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("bo1", True, "recruiter", "Brandt & Oehler Executive Search GmbH",
                "German search firm; CV sent and answered; Teams call 5 Mar thanked in German "
                "(stale); 'bis spätestens Freitag, 13.03.'; the user kept her own promise of the "
                "references; the out-of-office gives 30 Mar as the return day")
    case.thread("bo_inv", True, "interview", "Brandt & Oehler Executive Search GmbH",
                "Outlook/Teams invite for Thu 5 Mar 08:30-09:15 (stale at now)")
    case.application("bo1", "bo2", to=brandt.email, answered_by="bo3")
    case.meeting("bo_inv", bo_start, bo_end, met=[brandt.email], what="Teams call")
    case.promise("bo1", "bo6", brandt.email, "2026-03-13", back="2026-03-30")
    case.own_promise("bo1", "bo7", brandt.email, "2026-03-11", kept_by="bo8")
    case.forbid("bo1", brandt.email,
                "'bis spätestens Freitag, 13.03.' would be due from 18 Mar, but his "
                "out-of-office (auto-replied, not an answer) says he is back on Mon 30 Mar: "
                "counted from then the callback is due only on Thu 2 Apr; the references the "
                "user promised were sent on 10 Mar")

    # ---- Sanitas Medizintechnik: decision at a management meeting, via HR ------------------
    case.add("sm1", me, [kornfeld], at("2026-02-19 20:15"), """\
Sehr geehrte Frau Mag. Kornfeld,

mit großem Interesse habe ich Ihre Anzeige für die Leitung Controlling gelesen und bewerbe mich hiermit um diese Position.

Seit 2017 bin ich bei der Marchfeld Logistik Holding AG im Konzerncontrolling tätig, zuletzt als stellvertretende Leiterin mit Verantwortung für Planung, Forecast und Management-Reporting von elf Gesellschaften in fünf Ländern. Die Verbindung aus Fertigung, internationalem Vertrieb und einem Finanzbereich im Aufbau, wie Sie sie beschreiben, reizt mich besonders.

Lebenslauf und Motivationsschreiben finden Sie im Anhang. Meine Kündigungsfrist beträgt drei Monate zum Quartalsende.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
Tel. +43 664 218 4473
""", subject="Bewerbung als Leitung Controlling (Ihre Anzeige im STANDARD vom 14. Februar)",
        attachments=[CV, ANSCHREIBEN])
    case.add("sm2", kornfeld, [me], at("2026-02-24 10:30"), """\
Sehr geehrte Frau Mag. Leitgeb,

vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat. Wir würden Sie gerne zu einem persönlichen Gespräch bei uns in Wiener Neudorf einladen; neben mir nimmt unser Geschäftsführer Finanzen, Herr Mag. Holzer, teil.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://sanitas-medtech.jobs.personio.de/interview/7Q2X9

Mit freundlichen Grüßen
""", parent="sm1")
    auto("sm3", personio_s, [me], at("2026-02-24 21:05"),
         "Terminbestätigung: Vorstellungsgespräch Leitung Controlling (m/w/d)", """\
Guten Tag Katharina Leitgeb,

Ihr Termin für das Vorstellungsgespräch wurde gebucht.

Position: Leitung Controlling (m/w/d)
Datum: Montag, 09.03.2026
Uhrzeit: 10:00 – 11:15 Uhr (MEZ)
Ort: Sanitas Medizintechnik GmbH, IZ NÖ-Süd, Straße 7, Objekt 58, 2355 Wiener Neudorf

Ihre Gesprächspartner:
Mag. Elisabeth Kornfeld, Leitung Human Resources – elisabeth.kornfeld@sanitas-medtech.at
Mag. Richard Holzer, Geschäftsführer Finanzen – richard.holzer@sanitas-medtech.at

Sollten Sie den Termin nicht wahrnehmen können, nutzen Sie bitte den Link in dieser E-Mail, um ihn abzusagen oder zu verschieben.

Diese E-Mail wurde automatisch versendet.
""")
    case.add("sm4", me, [kornfeld], at("2026-03-09 17:40"), """\
Sehr geehrte Frau Mag. Kornfeld,
sehr geehrter Herr Mag. Holzer,

vielen Dank für das angenehme Gespräch heute Vormittag und den Rundgang durch die Fertigung. Dass das Controlling bei Ihnen so nah an der Produktion sitzt, hat mir sehr gefallen – die Idee einer Deckungsbeitragsrechnung je Produktlinie würde ich gerne mit Ihnen umsetzen.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
""", parent="sm2", cc=[holzer])
    case.add("sm5", kornfeld, [me], at("2026-03-13 11:50"), """\
Sehr geehrte Frau Mag. Leitgeb,

Herr Mag. Holzer hat mich gebeten, Ihnen kurz Bescheid zu geben: Die Entscheidung darüber, wen wir zur zweiten Gesprächsrunde einladen, wird in unserer Geschäftsführungssitzung am Dienstag, 17. März, getroffen. Sie hören spätestens am Mittwoch, 18. März, von uns.

Mit freundlichen Grüßen
""", parent="sm4")
    case.add("sm6", me, [kornfeld], at("2026-03-13 12:25"), """\
Sehr geehrte Frau Mag. Kornfeld,

danke für die Information, ich freue mich auf Ihre Nachricht.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="sm5")
    case.thread("sm1", True, "interview", "Sanitas Medizintechnik GmbH",
                "application by mail to HR (answered); interview Mon 9 Mar thanked in German "
                "(stale); decision 'in der Geschäftsführungssitzung am 17. März', passed on by "
                "HR for the CFO: 'Sie hören spätestens am Mittwoch, 18. März, von uns'; silence")
    case.thread("sm3", True, "interview", "Sanitas Medizintechnik GmbH",
                "Personio booking confirmation, no ICS, naming both interviewers with addresses")
    case.application("sm1", "sm1", to=kornfeld.email, answered_by="sm2")
    case.meeting("sm3", at("2026-03-09 10:00"), at("2026-03-09 11:15"),
                 met=[kornfeld.email, holzer.email], what="interview in Wiener Neudorf")
    case.promise("sm1", "sm5", kornfeld.email, "2026-03-18")
    case.expect("callback", "sm1", kornfeld.email,
                "'Sie hören spätestens am Mittwoch, 18. März, von uns' (decision at the board "
                "meeting of 17 Mar, passed on for the CFO); nothing from Sanitas since; due from "
                "Sat 21 Mar 00:00", promised="2026-03-18")

    # ---- Pannonia Baustoffe: interview never thanked, then a rejection --------------------
    auto("pb0", prescreen, [me], at("2026-02-25 13:02"),
         "Ihre Bewerbung als Head of Controlling (w/m/d)", """\
Sehr geehrte Frau Leitgeb,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Pannonia Baustoffe AG. Ihre Unterlagen sind bei uns eingelangt und werden nun sorgfältig geprüft. Wir bitten Sie um etwas Geduld – Sie hören in jedem Fall von uns.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Pannonia Baustoffe AG
""")
    case.thread("pb0", True, "application", "Pannonia Baustoffe AG",
                "portal acknowledgement (prescreen), no date")
    case.add("pb1", fasching, [me], at("2026-03-05 09:40"), """\
Sehr geehrte Frau Mag. Leitgeb,

herzlichen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Gespräch mit unserem Finanzvorstand, Herrn Dr. Gerhard Wimmer, in unsere Wiener Niederlassung (Wienerbergstraße 11, 1100 Wien) ein.

Zur Auswahl stünden:
Montag, 16.03., 10:00 Uhr
Dienstag, 17.03., 14:00 Uhr

Das Gespräch wird etwa eineinhalb Stunden dauern. Ich selbst bin an beiden Tagen auf einer Recruiting-Messe in Graz, Herr Dr. Wimmer führt das Gespräch daher alleine.

Mit freundlichen Grüßen
""", subject="Einladung zum Gespräch – Head of Controlling")
    case.add("pb2", me, [fasching], at("2026-03-05 12:15"), """\
Sehr geehrte Frau Fasching,

vielen Dank für die Einladung, über die ich mich sehr freue. Ich komme gerne am Montag, 16. März, um 10:00 Uhr.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
""", parent="pb1")
    pb_start, pb_end = at("2026-03-16 10:00"), at("2026-03-16 11:30")
    pb_ics = make_ics(
        method="REQUEST", uid=uid_outlook("pannonia", "leitgeb"), stamp=at("2026-03-05 12:40"),
        start=pb_start, end=pb_end, tzid="W. Europe Standard Time",
        summary="Vorstellungsgespräch Head of Controlling – Mag. Katharina Leitgeb",
        organizer=fasching, prodid=OUTLOOK_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (wimmer, "ACCEPTED", "INDIVIDUAL"),
                   (("Wien Besprechungsraum 2.04", "wien-br204@pannonia-baustoffe.at"),
                    "ACCEPTED", "ROOM")],
        location="Wienerbergstraße 11, 1100 Wien – Besprechungsraum 2.04",
        description="Gespräch Head of Controlling\nGesprächspartner: Dr. Gerhard Wimmer (CFO)\n"
                    "Kandidatin: Mag. Katharina Leitgeb")
    case.add("pb3", fasching, [me], at("2026-03-05 12:40"), """\
Sehr geehrte Frau Mag. Leitgeb,

anbei die Einladung für den 16.3. Bitte melden Sie sich am Empfang im 2. Stock, Herr Dr. Wimmer holt Sie dort ab.

Mit freundlichen Grüßen
Birgit Fasching
""", subject="Vorstellungsgespräch Head of Controlling – Mag. Katharina Leitgeb", ics=pb_ics,
        ics_mode="outlook", sig=False)
    case.add("pb4", fasching, [me], at("2026-03-17 08:55"), """\
Sehr geehrte Frau Mag. Leitgeb,

Herr Dr. Wimmer hat mir berichtet, dass Sie gestern ein gutes Gespräch hatten, und ich möchte mich bei Ihnen bedanken, dass Sie sich die Zeit genommen haben. Wir führen diese und nächste Woche noch einige Gespräche und werden Ihnen bis Ende nächster Woche Bescheid geben.

Mit freundlichen Grüßen
""", parent="pb2")
    case.add("pb5", fasching, [me], at("2026-03-24 16:10"), """\
Sehr geehrte Frau Mag. Leitgeb,

nochmals danke für Ihr Interesse an der Pannonia Baustoffe AG und das Gespräch mit Herrn Dr. Wimmer. Die Entscheidung ist uns nicht leichtgefallen: Wir haben uns letztlich für eine Kandidatin entschieden, die bereits Erfahrung in der Baustoffindustrie mitbringt, und können Ihnen daher heute leider keine Zusage geben.

Ihr Profil hat uns sehr überzeugt. Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gerne für künftige Positionen in Evidenz halten.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
""", parent="pb4")
    case.thread("pb1", True, "rejection", "Pannonia Baustoffe AG",
                "HR offers two slots and says she will not attend; after the interview 'bis "
                "Ende nächster Woche' (Fri 27 Mar); rejection on Tue 24 Mar")
    case.thread("pb3", True, "interview", "Pannonia Baustoffe AG",
                "Outlook invite for Mon 16 Mar 10:00-11:30; organiser HR (not there), the CFO "
                "and a room in the attendee list; no thank-you ever sent")
    case.meeting("pb3", pb_start, pb_end, met=[wimmer.email], what="interview with the CFO")
    case.promise("pb1", "pb4", fasching.email, "2026-03-27", ended_by="pb5")
    case.expect("thank_you", "pb3", wimmer.email,
                "interview Mon 16 Mar 10:00-11:30 took place and was never thanked; the "
                "rejection of 24 Mar ends the callback but not the thank-you; overdue since "
                "Tue 17 Mar 11:30, stale only from 30 Mar")
    case.forbid("pb3", fasching.email,
                "organiser of the invite, but she wrote she would be at a fair in Graz: not met")
    case.forbid("pb1", fasching.email,
                "not at the interview; her 'bis Ende nächster Woche' was ended by her "
                "rejection of Tue 24 Mar")

    # ---- Sihltal Industrie (Zurich): interviewers named without addresses ----------------
    auto("si0", successf, [me], at("2026-02-27 22:10"),
         "Eingangsbestätigung Ihrer Bewerbung – Leiter/in Konzerncontrolling (80–100 %)", """\
Sehr geehrte Frau Leitgeb

Vielen Dank für Ihre Bewerbung als Leiter/in Konzerncontrolling (80–100 %). Wir haben Ihre Unterlagen erhalten und prüfen diese nun sorgfältig. Wir melden uns so rasch wie möglich bei Ihnen.

Freundliche Grüsse
Sihltal Industrie AG
Human Resources
""")
    case.thread("si0", True, "application", "Sihltal Industrie AG",
                "SuccessFactors acknowledgement of the portal application")
    case.add("si1", nadine, [me], at("2026-03-06 10:25", nadine), """\
Sehr geehrte Frau Leitgeb

Vielen Dank für Ihre Bewerbung und Ihr Interesse an der Sihltal Industrie AG. Ihr Dossier hat uns angesprochen, und wir möchten Sie gerne zu einem ersten Videointerview über Microsoft Teams einladen.

Das Gespräch führen unser CFO, Herr Reto Baumann, und Frau Claudia Wyss, Leiterin Finanzen & Rechnungswesen. Es dauert rund 60 Minuten. Folgende Termine könnten wir Ihnen anbieten:

– Mittwoch, 18. März 2026, 16.00 Uhr
– Donnerstag, 19. März 2026, 10.00 Uhr

Die Zeiten gelten für unsere gemeinsame Zeitzone (MEZ).

Freundliche Grüsse
""", subject="Ihre Bewerbung als Leiterin Konzerncontrolling – Videointerview")
    case.add("si2", me, [nadine], at("2026-03-06 13:05"), """\
Sehr geehrte Frau Keller,

herzlichen Dank für die Einladung. Donnerstag, 19. März, um 10.00 Uhr passt mir sehr gut.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="si1")
    si_start, si_end = at("2026-03-19 10:00"), at("2026-03-19 11:00")
    si_ics = make_ics(
        method="REQUEST", uid=uid_outlook("sihltal", "leitgeb"),
        stamp=at("2026-03-09 08:50", nadine), start=si_start, end=si_end,
        tzid="W. Europe Standard Time",
        summary="Videointerview Leiter/in Konzerncontrolling – Katharina Leitgeb",
        organizer=nadine, prodid=OUTLOOK_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], location="Microsoft Teams-Besprechung",
        description="Videointerview Leiter/in Konzerncontrolling\nKandidatin: Katharina Leitgeb\n"
                    "Gesprächsführung: Reto Baumann (CFO), Claudia Wyss (Leiterin Finanzen & "
                    "RW)\n\n" + teams_de("318 442 907 115", "Zr8pQw"))
    case.add("si3", nadine, [me], at("2026-03-09 08:50", nadine), """\
Sehr geehrte Frau Leitgeb

Gerne bestätige ich Ihnen das Videointerview am Donnerstag, 19. März 2026, 10.00–11.00 Uhr. Die Einladung mit dem Teams-Link finden Sie im Anhang.

Ihre Gesprächspartner sind Herr Reto Baumann (CFO) und Frau Claudia Wyss (Leiterin Finanzen & Rechnungswesen). Ich selbst nehme am Gespräch nicht teil, stehe Ihnen für organisatorische Fragen aber jederzeit zur Verfügung.

Freundliche Grüsse
""", parent="si2", ics=si_ics, ics_mode="attach")
    case.add("si4", nadine, [me], at("2026-03-20 14:30", nadine), """\
Sehr geehrte Frau Leitgeb

Herr Baumann und Frau Wyss haben mir von einem sehr angenehmen Gespräch berichtet; Ihr Hintergrund in der Kontraktlogistik ist bei beiden gut angekommen. Wir führen in den kommenden Tagen noch Interviews mit weiteren Kandidatinnen und Kandidaten und geben Ihnen bis spätestens 31. März Bescheid, ob wir Sie zu einem zweiten Gespräch nach Zürich einladen.

Freundliche Grüsse
""", parent="si3")
    case.thread("si1", True, "interview", "Sihltal Industrie AG",
                "Swiss HR offers two slots; the confirmation attaches an ICS whose only attendee "
                "is the user and names the two interviewers without addresses; HR does not "
                "attend; after the interview 'bis spätestens 31. März', other candidates still "
                "being seen; the user has not written since")
    case.meeting("si1", si_start, si_end, met=[], unknown=["Reto Baumann", "Claudia Wyss"],
                 arranged_by=nadine.email, what="Teams video interview")
    case.promise("si1", "si4", nadine.email, "2026-03-31")
    case.expect("ask_for_address", "si1", nadine.email,
                "video interview Thu 19 Mar 10:00-11:00 took place with Reto Baumann and "
                "Claudia Wyss, whose addresses appear nowhere; HR arranged it and the user has "
                "not written to her since; due from 13:00 that day")

    # ---- Gebrüder Hainzl: application by mail, only an automatic reply -------------------
    case.add("hz1", me, [reisinger], at("2026-03-06 07:55"), """\
Sehr geehrte Frau Mag. Reisinger,

Ihr Inserat auf karriere.at für die Leitung Controlling am Standort Linz hat mich sofort angesprochen: ein Familienunternehmen im Lebensmittelgroßhandel, das seine Kostenrechnung nach mehreren Übernahmen neu aufstellen will – in genau diesem Spannungsfeld arbeite ich seit Jahren.

Als stellvertretende Leiterin des Konzerncontrollings der Marchfeld Logistik Holding AG verantworte ich Budget, Forecast und Management-Reporting für elf Gesellschaften und habe die Integration von drei Zukäufen ins Konzernreporting geleitet. Die in Ihrem Inserat erwähnte Möglichkeit, zwei Tage pro Woche vom Wiener Büro aus zu arbeiten, würde einen Wechsel nach Linz für mich gut machbar machen.

Im Anhang übermittle ich Ihnen Motivationsschreiben und Lebenslauf. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
Tel. +43 664 218 4473
""", subject="Bewerbung als Leitung Controlling (m/w/d) – Mag. Katharina Leitgeb",
        attachments=[ANSCHREIBEN, CV])
    case.add("hz2", reisinger, [me], at("2026-03-06 07:56"), """\
Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Nachricht. Ihre Bewerbungsunterlagen sind bei uns eingelangt; wir prüfen sie sorgfältig und kommen dann auf Sie zu. Wir bitten Sie, von telefonischen Rückfragen abzusehen.

Mit freundlichen Grüßen
Personalabteilung Gebrüder Hainzl GmbH
""", parent="hz1", quote=False, sig=False,
        subject="Automatische Antwort: Bewerbung als Leitung Controlling (m/w/d) – Mag. "
                "Katharina Leitgeb",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("hz1", True, "application", "Gebrüder Hainzl GmbH",
                "application with CV sent by mail to the HR manager named in the ad on Fri "
                "6 Mar; the only answer is an automatic reply from her own mailbox")
    case.application("hz1", "hz1", to=reisinger.email)
    case.expect("application", "hz1", reisinger.email,
                "application with CV sent to her on Fri 6 Mar; only an automatic reply "
                "(Auto-Submitted) came back; seven business days end with Tue 17 Mar, due "
                "from Wed 18 Mar 00:00")

    # ---- Networking: coffee with a CFO, introduced by a friend ---------------------------
    case.add("mh1", markus, [aigner, me], at("2026-02-23 21:40"), """\
Lieber Martin, liebe Katharina,

wie versprochen bringe ich euch zwei hiermit zusammen.

Martin: Katharina und ich haben gemeinsam bei der Spedition Hartl angefangen – heute ist sie stv. Leiterin Konzerncontrolling bei der Marchfeld Logistik und denkt darüber nach, Richtung CFO zu gehen. Ich hab ihr erzählt, wie du den Sprung vom Controlling in den Vorstand geschafft hast, und sie würde dich gern auf einen Kaffee treffen.

Katharina: Martin ist seit drei Jahren CFO der Stadtquartier Holding und kennt die Wiener Finanzszene wie kaum jemand.

Ich lass euch das direkt ausmachen!

Liebe Grüße
Markus
""", subject="Kennenlernen: Katharina Leitgeb / Martin Aigner")
    case.add("mh2", aigner, [markus, me], at("2026-02-24 07:58"), """\
Lieber Markus, danke fürs Vernetzen!

Liebe Frau Mag. Leitgeb, sehr gerne. Wie wäre es mit Dienstag, 3. März, um 8:00 Uhr im Café Prückel? Um 9:15 habe ich einen Termin am Stubenring, das ginge sich gut aus.

Beste Grüße
Martin Aigner
""", parent="mh1", sig=False)
    case.add("mh3", me, [aigner], at("2026-02-24 12:10"), """\
Lieber Markus, vielen Dank dir!

Lieber Herr Dr. Aigner, das passt mir ausgezeichnet – Dienstag, 3. März, 8:00 Uhr im Prückel. Ich freue mich!

Beste Grüße
Katharina Leitgeb
""", parent="mh2", cc=[markus])
    case.add("mh4", me, [aigner], at("2026-03-03 16:45"), """\
Lieber Herr Dr. Aigner,

herzlichen Dank für die Zeit heute früh und die offenen Worte zum Wechsel vom Controlling in den Vorstand. Ihr Rat, mir für die nächste Station bewusst ein Unternehmen mit Kapitalmarkt- oder Bankenbezug zu suchen, geht mir seither nicht aus dem Kopf.

Wie besprochen schicke ich Ihnen anbei meinen Lebenslauf – falls Ihnen etwas Passendes unterkommt, freue ich mich über einen Hinweis.

Beste Grüße
Katharina Leitgeb
+43 664 218 4473
""", parent="mh3", attachments=[CV])
    case.add("mh5", aigner, [me], at("2026-03-04 08:20"), """\
Liebe Frau Mag. Leitgeb,

danke, das Gespräch hat mir ebenfalls Freude gemacht. Ihren Lebenslauf habe ich abgelegt; ich höre mich gerne um und melde mich, wenn mir etwas Passendes unterkommt.

Beste Grüße
""", parent="mh4")
    case.thread("mh1", True, "networking", "Stadtquartier Holding AG",
                "introduction by a friend; coffee Tue 3 Mar 08:00 at Café Prückel (no end "
                "given); thanked in German that afternoon with the CV; his reply of 4 Mar "
                "(no date) is the last exchange")
    case.meeting("mh1", at("2026-03-03 08:00"), None, met=[aigner.email], networking=True,
                 what="networking coffee")
    case.application("mh1", "mh4", to=aigner.email, answered_by="mh5")
    case.expect("networking", "mh1", aigner.email,
                "networking coffee on 3 Mar; last exchange his reply of Wed 4 Mar; 14 days "
                "later the touch is due from Thu 19 Mar 00:00")
    case.forbid("mh1", markus.email,
                "the friend who made the introduction: not at the coffee, promised nothing")

    # ---- Networking lunch (English), thanked --------------------------------------------
    case.add("fv1", me, [femke], at("2026-03-09 20:30"), """\
Dear Femke,

We sat on the same panel at the Controller Akademie's logistics round table in November, and I've thought a few times since about what you said on running one finance hub for seven countries out of Vienna.

I'm at a point where I'm weighing my next step towards a CFO role, and I'd be very grateful for an hour of your perspective – ideally over lunch, my treat. Would any day in the week of 16 or 23 March work for you?

Best regards,
Katharina Leitgeb
Deputy Head of Group Controlling, Marchfeld Logistik Holding AG
+43 664 218 4473
""", subject="Lunch? (CEE finance hubs)")
    case.add("fv2", femke, [me], at("2026-03-10 08:15"), """\
Hi Katharina,

Of course I remember – you were the one who actually had numbers on the cost of empty runs! Lunch sounds great. Friday 20 March at 12:30 at Motto am Fluss?

Femke
""", parent="fv1", sig=False)
    case.add("fv3", me, [femke], at("2026-03-10 09:02"), """\
Perfect – Friday 20 March, 12:30, Motto am Fluss. I'll book a table.

Katharina
""", parent="fv2")
    case.add("fv4", me, [femke], at("2026-03-20 18:20"), """\
Dear Femke,

Thank you so much for lunch today and for being so generous with your time and your stories – especially the one about the first budget round after the hub went live. Your point that a CFO's first hundred days are mostly about listening to the country managers is one I'll keep.

I'll let you know how things develop.

Warm regards,
Katharina
""", parent="fv3")
    case.add("fv5", femke, [me], at("2026-03-21 10:05"), """\
Katharina, it was a pleasure. As promised I'll dig out the name of the headhunter who placed our Group CFO and send it over next week – she specialises in exactly the kind of move you're thinking about.

Have a lovely weekend,
Femke
""", parent="fv4", sig=False)
    case.thread("fv1", True, "networking", "Van Leeuwen Logistics",
                "lunch Fri 20 Mar 12:30 asked for by the user; thanked that evening; her reply "
                "of Sat 21 Mar promises a headhunter's name 'next week'")
    case.meeting("fv1", at("2026-03-20 12:30"), None, met=[femke.email], networking=True,
                 thanks={femke.email: "fv4"}, what="networking lunch")
    case.promise("fv1", "fv5", femke.email, "2026-03-27")
    case.forbid("fv1", femke.email,
                "lunch thanked the same evening; her reply of Sat 21 Mar resets the clock, so "
                "the next touch is due only from 5 Apr; her 'next week' is still open")

    # ---- Hivewell: a coffee with a founder, thanked only beforehand ----------------------
    case.add("hw1", daniel, [me], at("2026-03-18 09:40"), """\
Hi Katharina,

Lukas (cc'd, he sits on our board) mentioned you might be open to a conversation – and he said some very good things about you.

Quick context: Hivewell builds route-planning and load-pooling software for mid-sized hauliers, we're 60 people in Vienna and Brno, and after our Series B we need someone to own finance properly – planning, investor reporting, and eventually the CFO seat. I'd love to tell you more and hear how you see it.

Could we grab a coffee on Monday? I'm usually at Kaffemik in the 7th from 8 am.

Cheers,
Daniel
""", subject="Lukas says hi – coffee on Monday?", cc=[lukas])
    case.add("hw2", me, [daniel], at("2026-03-18 12:50"), """\
Hi Daniel,

lovely to hear from you – and thanks, Lukas, for the kind words. Monday at 8:30 at Kaffemik works for me.

Best,
Katharina
""", parent="hw1", cc=[lukas])
    hw_start, hw_end = at("2026-03-23 08:30"), at("2026-03-23 09:15")
    hw_ics = make_ics(
        method="REQUEST", uid=uid_google("hivewell", "coffee"), stamp=at("2026-03-18 13:05"),
        start=hw_start, end=hw_end, tzid="Europe/Vienna",
        summary="Katharina / Daniel – coffee", organizer=daniel_cal,
        attendees=[(daniel_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Kaffemik, Zollergasse 5, 1070 Wien")
    case.add("hw3", daniel_cal, [me], at("2026-03-18 13:05"), """\
Katharina / Daniel – coffee
Monday 23 Mar 2026 ⋅ 8:30am – 9:15am
Central European Time - Vienna

Location
Kaffemik, Zollergasse 5, 1070 Wien

Organiser
Daniel Obermayr
daniel@hivewell.io

Guests
Daniel Obermayr - organiser
katharina.leitgeb@example.at

Reply for katharina.leitgeb@example.at: Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""", subject="Invitation: Katharina / Daniel – coffee @ Mon 23 Mar 2026 8:30am - 9:15am (CET) "
             "(katharina.leitgeb@example.at)", ics=hw_ics, ics_mode="google", headers=GCAL,
        sig=False)
    case.add("hw4", me, [daniel], at("2026-03-20 17:30"), """\
Hi Daniel,

thanks again for the invitation – looking forward to Monday. In case it's useful before we meet, I've attached my CV.

Best,
Katharina
""", parent="hw2", attachments=[CV_EN])
    case.add("hw5", daniel, [me], at("2026-03-20 19:02"), """\
Got it, thanks! See you Monday.
D.

Sent from my iPhone
""", parent="hw4")
    case.thread("hw1", True, "interview", "Hivewell",
                "a founder writes because a board member (cc) recommended her; coffee agreed "
                "for Monday; CV sent on Friday with a 'thanks' before the meeting")
    case.thread("hw3", True, "interview", "Hivewell",
                "Google Calendar invite for the coffee Mon 23 Mar 08:30-09:15")
    case.application("hw1", "hw4", to=daniel.email, answered_by="hw5")
    case.meeting("hw3", hw_start, hw_end, met=[daniel.email],
                 what="coffee about the finance lead / CFO-track role")
    case.expect("thank_you", "hw3", daniel.email,
                "coffee Mon 23 Mar 08:30-09:15 about the finance role took place; the only "
                "'thanks' (18 and 20 Mar) came before it; overdue since Tue 24 Mar 09:15")
    case.forbid("hw1", lukas.email,
                "the board member who recommended her, only cc'd: not at the coffee")

    # ---- Almtaler Getränke: interview moved to after now ---------------------------------
    auto("al0", karriere_at, [me], at("2026-02-22 19:20"),
         "Deine Bewerbung bei Almtaler Getränke AG wurde versendet", """\
Hallo Katharina,

deine Bewerbung als Leitung Controlling & Reporting (m/w/x) bei Almtaler Getränke AG in Gmunden wurde erfolgreich an das Unternehmen übermittelt.

Tipp: Im Bereich „Meine Bewerbungen“ behältst du den Überblick über alle deine Bewerbungen.

Viel Erfolg!
Dein karriere.at Team
""")
    case.thread("al0", True, "application", "Almtaler Getränke AG",
                "portal confirmation (karriere.at)")
    case.add("al1", huber, [me], at("2026-03-10 10:10"), """\
Sehr geehrte Frau Mag. Leitgeb,

vielen Dank für Ihre Bewerbung über karriere.at. Wir würden Sie gerne zu einem persönlichen Gespräch mit unserem Vorstand Finanzen, Herrn Ing. Johannes Pesendorfer, und mir nach Gmunden einladen.

Passt Ihnen Freitag, 20. März, um 10:00 Uhr? Das Gespräch dauert etwa eineinhalb Stunden; vom Bahnhof Gmunden holen wir Sie gerne ab.

Mit freundlichen Grüßen
""", subject="Ihre Bewerbung – Leitung Controlling & Reporting")
    case.add("al2", me, [huber], at("2026-03-10 13:00"), """\
Sehr geehrte Frau Huber,

vielen Dank für die Einladung – Freitag, 20. März, 10:00 Uhr passt mir gut. Ich komme mit dem Zug und gebe Ihnen noch die Ankunftszeit durch.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="al1")
    al_old = (at("2026-03-20 10:00"), at("2026-03-20 11:30"))
    al_new = (at("2026-03-30 10:00"), at("2026-03-30 11:30"))
    al_uid = uid_outlook("almtaler", "leitgeb")
    al_att = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (pesendorfer, "ACCEPTED", "INDIVIDUAL"),
              (("Gmunden – Besprechungsraum Traunsee", "gmunden-traunsee@almtaler.at"),
               "ACCEPTED", "ROOM")]
    case.add("al3", huber, [me], at("2026-03-10 13:40"), """\
Sehr geehrte Frau Mag. Leitgeb,

anbei die Terminbestätigung für Ihr Gespräch in Gmunden.

Mit freundlichen Grüßen
Stefanie Huber
""", subject="Vorstellungsgespräch Mag. Katharina Leitgeb – Leitung Controlling & Reporting",
        sig=False, ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=al_uid, stamp=at("2026-03-10 13:40"), start=al_old[0],
            end=al_old[1], tzid="W. Europe Standard Time",
            summary="Vorstellungsgespräch Mag. Katharina Leitgeb – Leitung Controlling & "
                    "Reporting", organizer=huber, prodid=OUTLOOK_PRODID, attendees=al_att,
            location="Almtaler Getränke AG, Traunsteinstraße 44, 4810 Gmunden"))
    case.add("al4", huber, [me], at("2026-03-17 11:25"), """\
Sehr geehrte Frau Mag. Leitgeb,

leider muss ich unseren Termin am Freitag verschieben – Herr Ing. Pesendorfer wurde kurzfristig zu einer Aufsichtsratssitzung nach Wien gebeten. Wäre Ihnen Montag, 30. März, um 10:00 Uhr recht? Ich entschuldige mich für die Umstände.

Mit freundlichen Grüßen
""", parent="al2")
    case.add("al5", me, [huber], at("2026-03-17 12:02"), """\
Passt, danke!

Katharina Leitgeb

Von meinem iPhone gesendet
""", parent="al4")
    case.add("al6", huber, [me], at("2026-03-17 12:30"), """\
Der Termin wurde auf Montag, 30.03.2026, 10:00–11:30 Uhr verschoben.

Stefanie Huber
""", parent="al3", subject="Vorstellungsgespräch Mag. Katharina Leitgeb – Leitung Controlling "
                            "& Reporting", sig=False, quote=False, ics_mode="outlook",
        ics=make_ics(
            method="REQUEST", uid=al_uid, stamp=at("2026-03-17 12:30"), start=al_new[0],
            end=al_new[1], tzid="W. Europe Standard Time", sequence=1,
            summary="Vorstellungsgespräch Mag. Katharina Leitgeb – Leitung Controlling & "
                    "Reporting", organizer=huber, prodid=OUTLOOK_PRODID, attendees=al_att,
            location="Almtaler Getränke AG, Traunsteinstraße 44, 4810 Gmunden"))
    case.thread("al1", True, "interview", "Almtaler Getränke AG",
                "interview set for Fri 20 Mar, moved by HR to Mon 30 Mar; the user agreed in "
                "two words from her phone")
    case.thread("al3", True, "interview", "Almtaler Getränke AG",
                "Outlook invite and its update (SEQUENCE 1) to Mon 30 Mar 10:00-11:30 CEST")
    case.meeting("al3", al_old[0], al_old[1], met=[pesendorfer[1], huber.email],
                 status="moved", what="original slot")
    case.meeting("al3", al_new[0], al_new[1], met=[pesendorfer[1], huber.email],
                 status="scheduled", what="moved interview")
    case.forbid("al1", huber.email,
                "the interview was moved from Fri 20 Mar to Mon 30 Mar and is still ahead")

    # ---- Greifenstein Holding: cancelled, filled internally -------------------------------
    case.add("gh1", me, [stoeger], at("2026-02-16 20:05"), """\
Sehr geehrte Frau Mag. Stöger,

mit dieser Nachricht bewerbe ich mich um die ausgeschriebene Position Head of Group Controlling (Ref. GH-2026-03).

Die Beteiligungsstruktur der Greifenstein Holding mit Töchtern in Immobilien, Energie und Logistik ist für eine Controllerin aus der Logistik besonders reizvoll: Ich kenne die Sicht einer operativen Tochter und habe in den letzten Jahren das Beteiligungscontrolling der Marchfeld Logistik Holding mitgestaltet.

Meinen Lebenslauf lege ich bei; gerne stelle ich mich Ihnen persönlich vor.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
Tel. +43 664 218 4473
""", subject="Bewerbung: Head of Group Controlling (Ref. GH-2026-03)", attachments=[CV])
    case.add("gh2", stoeger, [me], at("2026-02-18 15:30"), """\
Sehr geehrte Frau Mag. Leitgeb,

vielen Dank für Ihre aussagekräftigen Unterlagen. Gerne möchten wir Sie kennenlernen und schlagen Ihnen Freitag, 13. März, 14:00 Uhr in unserem Büro in der Kärntner Straße vor. Gesprächspartner wären unser Geschäftsführer, Herr DI Klaus Renz, und ich.

Mit freundlichen Grüßen
""", parent="gh1")
    case.add("gh3", me, [stoeger], at("2026-02-18 19:10"), """\
Sehr geehrte Frau Mag. Stöger,

Freitag, 13. März, 14:00 Uhr passt, ich freue mich auf das Gespräch.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="gh2")
    gh_uid = uid_outlook("greifenstein", "leitgeb")
    gh_start, gh_end = at("2026-03-13 14:00"), at("2026-03-13 15:30")
    gh_att = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (renz, "ACCEPTED", "INDIVIDUAL")]
    case.add("gh4", stoeger, [me], at("2026-02-19 09:00"), """\
Sehr geehrte Frau Mag. Leitgeb,

anbei die Terminbestätigung für Freitag, 13.03., zum Eintragen in Ihren Kalender. Unser Büro finden Sie im 3. Stock, Eingang über den Hof.

Mit freundlichen Grüßen
""", parent="gh3", ics_mode="attach", ics=make_ics(
        method="REQUEST", uid=gh_uid, stamp=at("2026-02-19 09:00"), start=gh_start, end=gh_end,
        tzid="W. Europe Standard Time", summary="Gespräch Head of Group Controlling – Leitgeb",
        organizer=stoeger, prodid=OUTLOOK_PRODID, attendees=gh_att,
        location="Kärntner Straße 21–23, 1010 Wien, 3. OG"))
    case.add("gh5", stoeger, [me], at("2026-03-11 17:45"), """\
Sehr geehrte Frau Mag. Leitgeb,

leider muss ich Ihnen mitteilen, dass wir den Termin am Freitag absagen. Die Gesellschafter haben entschieden, die Position intern nachzubesetzen; der Bewerbungsprozess ist damit beendet.

Es tut mir leid, dass wir Sie so kurzfristig informieren, und ich danke Ihnen für Ihr Interesse. Ihre Unterlagen löschen wir gemäß DSGVO, sofern Sie einer Evidenzhaltung nicht ausdrücklich zustimmen.

Mit freundlichen Grüßen
""", parent="gh4", ics_mode="attach", ics=make_ics(
        method="CANCEL", uid=gh_uid, stamp=at("2026-03-11 17:45"), start=gh_start, end=gh_end,
        tzid="W. Europe Standard Time", summary="Abgesagt: Gespräch Head of Group Controlling – "
        "Leitgeb", organizer=stoeger, prodid=OUTLOOK_PRODID, attendees=gh_att, sequence=1,
        status="CANCELLED", location="Kärntner Straße 21–23, 1010 Wien, 3. OG"))
    case.add("gh6", me, [stoeger], at("2026-03-11 19:30"), """\
Sehr geehrte Frau Mag. Stöger,

schade, aber danke für die offene Information. Einer Evidenzhaltung meiner Unterlagen stimme ich gerne zu.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="gh5")
    case.thread("gh1", True, "rejection", "Greifenstein Holding GmbH",
                "application by mail (answered); interview Fri 13 Mar cancelled on 11 Mar with "
                "an ICS CANCEL: filled internally")
    case.application("gh1", "gh1", to=stoeger.email, answered_by="gh2")
    case.meeting("gh1", gh_start, gh_end, met=[renz[1], stoeger.email], status="cancelled",
                 what="cancelled interview")
    case.forbid("gh1", stoeger.email,
                "the interview of Fri 13 Mar was cancelled (position filled internally): it "
                "never took place and the process is over")

    # ---- Renner Personalberatung: the user's own promise ---------------------------------
    case.add("rp1", julia, [me], at("2026-03-10 11:15"), """\
Liebe Frau Mag. Leitgeb,

wir hatten vor zwei Jahren bei der CFO-Runde im Haus der Industrie kurz miteinander zu tun. Derzeit begleite ich einen Wiener Logistikdienstleister (rund 800 Mitarbeitende, eigentümergeführt) bei der Suche nach einer kaufmännischen Leitung, die spätestens in zwei Jahren die Geschäftsführung Finanzen übernehmen soll.

Mir ist bewusst, dass Sie mit der Marchfeld Logistik quasi im selben Teich fischen – gerade deshalb würde ich gerne ganz unverbindlich telefonieren. Hätten Sie morgen oder übermorgen eine Viertelstunde?

Herzliche Grüße
""", subject="Kaufmännische Leitung bei einem Wiener Logistikdienstleister – kurzes Telefonat?")
    case.add("rp2", me, [julia], at("2026-03-10 12:40"), """\
Liebe Frau Mag. Renner,

ich erinnere mich gut. Morgen, Mittwoch, ab 17:30 Uhr wäre ideal – da bin ich schon aus dem Büro. Erreichbar bin ich unter +43 664 218 4473.

Herzliche Grüße
Katharina Leitgeb
""", parent="rp1")
    case.add("rp3", julia, [me], at("2026-03-10 13:05"), """\
Perfekt, ich rufe Sie morgen um 17:30 an.

HG Julia Renner

Von meinem iPhone gesendet
""", parent="rp2", sig=False)
    case.add("rp4", me, [julia], at("2026-03-11 20:25"), """\
Liebe Frau Mag. Renner,

vielen Dank für das angenehme Telefonat vorhin. Wie vereinbart schicke ich Ihnen anbei meinen aktuellen Lebenslauf.

Die Übersicht über meine wichtigsten Projekte der letzten Jahre – Integration der Zukäufe in Tschechien und der Slowakei, Einführung des neuen Planungstools, Working-Capital-Programm – stelle ich Ihnen bis Mittwoch, 18. März, zusammen, damit Sie beides gemeinsam an Ihren Klienten weitergeben können.

Herzliche Grüße
Katharina Leitgeb
""", parent="rp3", attachments=[CV])
    case.add("rp5", julia, [me], at("2026-03-12 09:10"), """\
Liebe Frau Mag. Leitgeb,

der Lebenslauf ist gut angekommen. Sobald ich die Projektübersicht habe, stelle ich Sie beim Klienten vor – er wartet schon ein wenig ungeduldig :)

Herzliche Grüße
""", parent="rp4")
    case.thread("rp1", True, "recruiter", "Renner Personalberatung GmbH",
                "a quarter of an hour asked for; call Wed 11 Mar 17:30 (no end given, stale); "
                "CV sent that evening with the promise of a project overview 'bis Mittwoch, "
                "18. März'; the recruiter acknowledges; the overview was never sent")
    case.meeting("rp1", at("2026-03-11 17:30"), None, met=[julia.email], what="phone call")
    case.application("rp1", "rp4", to=julia.email, answered_by="rp5")
    case.own_promise("rp1", "rp4", julia.email, "2026-03-18")
    case.expect("own_promise", "rp1", julia.email,
                "the user promised the project overview 'bis Mittwoch, 18. März' and has not "
                "written to her since; due from Thu 19 Mar 00:00")

    # ---- Ennstaler Holzwerke: application sent this week ---------------------------------
    case.add("en1", me, [poelzl], at("2026-03-23 21:10"), """\
Sehr geehrte Frau Pölzl,

auf Ihre Ausschreibung Head of Finance & Controlling (Kennzahl 11/2026) bewerbe ich mich sehr gerne.

Ein Holz verarbeitendes Familienunternehmen mit eigener Logistik und Exportanteil von über 70 Prozent – das verbindet zwei Welten, in denen ich mich auskenne: Ich komme aus der Kontraktlogistik und habe in den letzten Jahren bei der Marchfeld Logistik Holding AG das Controlling für elf Gesellschaften in fünf Ländern mitverantwortet.

Den Lebenslauf finden Sie im Anhang. Für ein persönliches Gespräch, gerne auch in Liezen, stehe ich jederzeit zur Verfügung.

Mit freundlichen Grüßen
Mag. Katharina Leitgeb
Tel. +43 664 218 4473
""", subject="Bewerbung Head of Finance & Controlling – Kennzahl 11/2026", attachments=[CV])
    case.thread("en1", True, "application", "Ennstaler Holzwerke GmbH",
                "application with CV sent to a person on Mon 23 Mar; no answer yet")
    case.application("en1", "en1", to=poelzl.email)
    case.forbid("en1", poelzl.email,
                "application sent Mon 23 Mar: seven business days run to Wed 1 Apr, so a "
                "follow-up is not due before 2 Apr")

    # ---- Murtal Solar: portal application and a portal rejection -------------------------
    auto("ms1", personio_m, [me], at("2026-02-18 09:12"),
         "Ihre Bewerbung bei der Murtal Solar GmbH", """\
Guten Tag Katharina Leitgeb,

vielen Dank für Ihre Bewerbung als Leitung Finanzen & Controlling (m/w/d). Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

Freundliche Grüße
Ihr Murtal Solar Recruiting-Team

Diese E-Mail wurde automatisch versendet.
""")
    auto("ms2", personio_m, [me], at("2026-03-13 10:44"),
         "Ihre Bewerbung als Leitung Finanzen & Controlling (m/w/d)", """\
Guten Tag Katharina Leitgeb,

nochmals herzlichen Dank für Ihr Interesse an der Murtal Solar GmbH und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns für Kandidatinnen und Kandidaten entschieden, deren Profil noch etwas genauer zu den Anforderungen dieser Position passt. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Freundliche Grüße
Ihr Murtal Solar Recruiting-Team
""")
    case.thread("ms1", True, "application", "Murtal Solar GmbH",
                "Personio acknowledgement of a portal application")
    case.thread("ms2", True, "rejection", "Murtal Solar GmbH",
                "Personio rejection of the same portal application, no person named")

    # ---- A friend forwards a job ad ------------------------------------------------------
    case.add("fw1", bettina, [me], at("2026-02-26 19:55"), """\
Hallo Kathi,

hab das heute bei uns im Intranet gesehen, die Ausschreibung geht an alle Partnerfirmen – wär das nix für dich? Du hast ja beim letzten Mal erzählt, dass du dich umschaust.

Bussi
Bettina

---------- Weitergeleitete Nachricht ----------
Von: Personalabteilung Hafen Albern Logistik <personal@hafen-albern.at>
Datum: Do., 26. Feb. 2026 um 10:02 Uhr
Betreff: Ausschreibung Kaufmännische Leitung (w/m/d)
An: Partnerunternehmen

Die Hafen Albern Logistik GmbH sucht ab Sommer 2026 eine Kaufmännische Leitung (w/m/d) mit Verantwortung für Rechnungswesen, Controlling und IT. Anforderungen: abgeschlossenes wirtschaftliches Studium, mehrjährige Führungserfahrung in einem Logistik- oder Industrieunternehmen. Das KV-Mindestgehalt beträgt EUR 5.800,- brutto/Monat bei Vollzeit, eine Überzahlung je nach Qualifikation ist vorgesehen. Bewerbungen bitte an personal@hafen-albern.at.
""", subject="WG: Ausschreibung Kaufmännische Leitung (w/m/d)")
    case.add("fw2", me, [bettina], at("2026-02-27 07:30"), """\
Liebe Bettina,

danke dir, lieb dass du an mich denkst! Ich schau's mir in Ruhe an – ehrlich gesagt ist mir die Firma fast ein bisschen zu klein, aber wer weiß.

Bussi, K.
""", parent="fw1")
    case.thread("fw1", True, "networking", "Hafen Albern Logistik GmbH",
                "a friend forwards an internal job ad; nothing promised, nothing sent")

    # ---- An interim recruiter's cold pitch -----------------------------------------------
    case.add("ir1", wendt, [me], at("2026-03-02 08:05", wendt), """\
Hallo Frau Leitgeb,

ich bin über Ihr LinkedIn-Profil auf Sie aufmerksam geworden und hätte ein spannendes Interim-Mandat für Sie: Head of Controlling (m/w/d) für einen börsennotierten Logistikkonzern, Laufzeit 6 Monate mit Option auf Verlängerung, Start 01.04., 80 % remote, Tagessatz nach Vereinbarung.

Hätten Sie diese Woche Zeit für einen kurzen Austausch?

Viele Grüße
""", subject="Interim-Mandat: Head of Controlling (m/w/d) – 6 Monate – Frankfurt/Remote")
    case.add("ir2", me, [wendt], at("2026-03-02 19:40"), """\
Sehr geehrter Herr Wendt,

danke für die Anfrage. Ein Interim-Mandat kommt für mich derzeit nicht in Frage; ich suche eine Festanstellung in Österreich oder der Schweiz.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="ir1")
    case.add("ir3", wendt, [me], at("2026-03-03 08:12", wendt), """\
Hallo Frau Leitgeb,

verstanden, vielen Dank für die schnelle Rückmeldung! Ich habe Ihr Profil für Festanstellungen im DACH-Raum vorgemerkt und melde mich, wenn etwas Passendes dabei ist.

Viele Grüße
""", parent="ir2")
    case.thread("ir1", True, "recruiter", "Finexis Interim Management GmbH",
                "interim pitch declined; the recruiter will write 'wenn etwas Passendes dabei "
                "ist' (no date)")

    # ==================================================================
    # NOT JOB SEARCH
    # ==================================================================

    # ---- Current job: she interviews a trainee (forwarded from her work account) --------
    lisa = ("Brunner Lisa", "lisa.brunner@marchfeld-logistik.at")
    tischler = ("Jakob Tischler", "jakob.tischler@gmx.at")
    tr_start, tr_end = at("2026-03-12 14:00"), at("2026-03-12 15:00")
    case.add("tr1", work, [me], at("2026-03-10 18:05"), """\
zum Vorbereiten daheim

________________________________
Von: Brunner Lisa <lisa.brunner@marchfeld-logistik.at>
Gesendet: Montag, 9. März 2026 16:12
An: Leitgeb Katharina <katharina.leitgeb@marchfeld-logistik.at>; jakob.tischler@gmx.at
Betreff: Interview Trainee-Programm Finance – Jakob Tischler

Hallo Katharina,

anbei die Einladung für Donnerstag. Herr Tischler hat an der WU den Master Finance & Accounting gemacht und war bei uns schon als Praktikant im Rechnungswesen. Ich übernehme den HR-Teil, du den fachlichen; den Feedbackbogen brauch ich bitte bis Montag, 16.3.

LG Lisa
""", subject="WG: Interview Trainee-Programm Finance – Jakob Tischler", sig=False,
        ics_mode="attach", ics=make_ics(
            method="REQUEST", uid=uid_outlook("marchfeld", "trainee", "tischler"),
            stamp=at("2026-03-09 16:12"), start=tr_start, end=tr_end,
            tzid="W. Europe Standard Time",
            summary="Interview Trainee-Programm Finance – Jakob Tischler",
            organizer=Person(lisa[0], lisa[1]), prodid=OUTLOOK_PRODID,
            attendees=[(("Leitgeb Katharina", work.email), "ACCEPTED", "INDIVIDUAL"),
                       (tischler, "ACCEPTED", "INDIVIDUAL"),
                       (("MLH Besprechungsraum Donau", "br-donau@marchfeld-logistik.at"),
                        "ACCEPTED", "ROOM")],
            location="Besprechungsraum Donau, 2. OG"))
    case.thread("tr1", False, None, "Marchfeld Logistik Holding AG",
                "her current job: she forwards to herself a trainee interview she conducts on "
                "Thu 12 Mar (Outlook invite with the candidate as attendee)")
    case.meeting("tr1", tr_start, tr_end, met=[tischler[1]], job=False,
                 what="trainee interview at her current job (hiring side)")
    case.forbid("tr1", tischler[1],
                "a candidate she interviewed at her current job: hiring side, not her search")

    # ---- Current job: a colleague's farewell, organised from private addresses -----------
    case.add("fa1", sabine, [me], at("2026-03-09 20:14"), """\
Hallo ihr Lieben,

wie ihr wisst, geht unser Gerhard nach 31 Jahren in der Disposition Ende März in Pension. Wir wollen ihn gebührend verabschieden: Freitag, 27.3., ab 17 Uhr im Schweizerhaus (Tische im Garten sind reserviert, bei Regen drinnen).

Bitte sagt mir bis Ende nächster Woche, ob ihr kommt. Für das Geschenk sammeln wir 20 Euro pro Person – entweder bar bei mir im 3. Stock oder aufs Konto, Daten schick ich gern.

Pssst: Gerhard weiß noch nix!

Liebe Grüße
Sabine
""", subject="Abschied Gerhard – Fr., 27.3., Schweizerhaus", bcc=[])
    case.add("fa2", me, [sabine], at("2026-03-10 07:12"), """\
Liebe Sabine,

bin fix dabei! Die 20 Euro bring ich dir morgen vorbei.

LG Katharina
""", parent="fa1")
    case.add("fa3", sabine, [me], at("2026-03-10 08:40"), """\
Super, freu mich! Du bist die Zwölfte 🙂
""", parent="fa2")
    case.thread("fa1", False, None, None,
                "a colleague's retirement party on Fri 27 Mar, organised from a private address")
    case.meeting("fa1", at("2026-03-27 17:00"), None, met=[sabine.email], job=False,
                 status="scheduled", what="farewell party")

    # ---- School: parent-teacher day (SchoolFox) and ski week -----------------------------
    es_start, es_end = at("2026-03-19 17:20"), at("2026-03-19 17:30")
    auto("sf1", schoolfox, [me], at("2026-03-12 19:03"),
         "Elternsprechtag: Ihr Termin bei Mag. Huemer ist bestätigt", """\
Liebe Eltern,

Ihr Termin für den Elternsprechtag ist bestätigt.

Schüler/in: Lena Leitgeb, 3B
Lehrperson: Mag. Ursula Huemer (Mathematik)
Datum: Donnerstag, 19.03.2026
Uhrzeit: 17:20 – 17:30
Raum: 2.14 (2. Stock, Westtrakt)

Bitte seien Sie pünktlich, da die Termine dicht getaktet sind. Den Kalendereintrag finden Sie im Anhang.

Ihr SchoolFox-Team im Auftrag des BG Wien 19 – Grinzinger Gymnasium
""", ics_mode="publish", ics=make_ics(
        method="PUBLISH", uid=uid_uuid("schoolfox", "sprechtag"), stamp=at("2026-03-12 19:03"),
        start=es_start, end=es_end, tzid="Europe/Vienna",
        summary="Elternsprechtag – Mag. Huemer (Lena, 3B)", organizer=schoolfox,
        prodid="-//SchoolFox//Calendar//DE", location="BG Wien 19, Raum 2.14"))
    case.thread("sf1", False, None, "BG Wien 19 – Grinzinger Gymnasium",
                "parent-teacher day booking, Thu 19 Mar 17:20")
    case.meeting("sf1", es_start, es_end, met=[], job=False, what="parent-teacher talk")
    auto("sf2", schoolfox, [me], at("2026-03-04 07:30"),
         "Erinnerung: Schulschikurs 3B – Restbetrag", """\
Liebe Eltern der 3B,

für den Schulschikurs in Saalbach (20. bis 25. April) ist noch der Restbetrag von 185,00 Euro offen. Wir bitten um Überweisung bis 15. März auf das Konto des Elternvereins, Verwendungszweck: Schikurs 3B + Name des Kindes.

Familien, die eine Unterstützung durch den Elternverein brauchen, wenden sich bitte vertraulich an Frau Prof. Lackner.

Mit freundlichen Grüßen
Mag. Peter Lackner, Klassenvorstand 3B
""")
    case.thread("sf2", False, None, "BG Wien 19 – Grinzinger Gymnasium",
                "ski-week payment reminder")

    case.add("vs1", weinberger, [me], at("2026-03-09 13:20"), """\
Liebe Eltern der 2a,

am Dienstag, 24. März, machen wir einen Lehrausgang in den Tiergarten Schönbrunn (Treffpunkt 8:00 Uhr vor der Schule, zurück um ca. 12:30 Uhr). Für die Fahrt mit den Öffis bräuchte ich noch zwei Begleitpersonen.

Wer Zeit hat, meldet sich bitte bei mir. Die Kinder brauchen eine Jause, etwas zu trinken und wetterfeste Kleidung.

Liebe Grüße
Claudia Weinberger
""", subject="Lehrausgang Tiergarten Schönbrunn am 24.3. – Begleitpersonen gesucht", sig=False)
    case.add("vs2", me, [weinberger], at("2026-03-09 21:05"), """\
Liebe Frau Weinberger,

mein Mann Stefan könnte am 24. März mitgehen, er hat sich den Vormittag freigenommen. Paul ist schon ganz aufgeregt wegen der Pinguine.

Liebe Grüße
Katharina Leitgeb
""", parent="vs1")
    case.add("vs3", weinberger, [me], at("2026-03-10 07:45"), """\
Liebe Frau Leitgeb,

wunderbar, vielen Dank! Ich trage Herrn Leitgeb ein.

Liebe Grüße
C. Weinberger
""", parent="vs2", sig=False)
    case.thread("vs1", False, None, "Volksschule Am Himmel",
                "son's class trip, the husband volunteers")

    # ---- Building management ------------------------------------------------------------
    auto("hv1", hv, [me], at("2026-03-03 10:00"),
         "Information: Modernisierung der Aufzugsanlage Stiege 2", """\
Sehr geehrte Bewohnerinnen und Bewohner,

wir dürfen Sie informieren, dass die Aufzugsanlage auf Stiege 2 ab Montag, 13. April 2026, modernisiert wird. Die Arbeiten dauern voraussichtlich sechs Wochen; in dieser Zeit ist der Aufzug außer Betrieb.

Für mobilitätseingeschränkte Bewohnerinnen und Bewohner organisieren wir gerne Unterstützung – bitte melden Sie sich bei uns.

Wir danken für Ihr Verständnis.

Hausverwaltung Wallner & Söhne GmbH
Billrothstraße 52, 1190 Wien
""", bulk=("<bewohner.hv-wallner.at>", "https://www.hv-wallner.at/abmelden"))
    case.thread("hv1", False, None, "Hausverwaltung Wallner & Söhne GmbH",
                "lift works notice to all residents")
    case.add("hv2", pammer, [me], at("2026-03-04 11:30"), """\
Sehr geehrte Frau Leitgeb,

in der Wohnung Top 14 über Ihnen ist ein Wasserschaden aufgetreten, vermutlich ausgehend von einer Leitung im Bereich Ihrer Küchendecke. Der Installateur müsste dafür kurz in Ihre Wohnung (Top 11), um die Leitung von unten zu prüfen.

Bitte teilen Sie uns mit, an welchen Tagen nächste Woche jemand zu Hause ist.

Mit freundlichen Grüßen
""", subject="Wasserschaden Top 14 – Zutritt zu Ihrer Wohnung (Top 11)")
    case.add("hv3", me, [pammer], at("2026-03-04 19:50"), """\
Sehr geehrte Frau Pammer,

danke für die Info – bei uns ist an der Küchendecke tatsächlich seit ein paar Tagen ein gelblicher Fleck. Am Dienstag und Mittwoch Vormittag ist meine Schwiegermutter bei den Kindern, sie kann dem Installateur aufmachen.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="hv2")
    case.add("hv4", pammer, [me], at("2026-03-05 09:15"), """\
Sehr geehrte Frau Leitgeb,

danke, ich habe das an die Firma Hruby weitergegeben. Der Installateur meldet sich bis Freitag telefonisch bei Ihnen, um den genauen Termin zu vereinbaren.

Mit freundlichen Grüßen
""", parent="hv3")
    case.thread("hv2", False, None, "Hausverwaltung Wallner & Söhne GmbH",
                "water damage from the flat above; the plumber 'meldet sich bis Freitag' "
                "(not job search)")
    case.promise("hv2", "hv4", pammer.email, "2026-03-06", job=False)
    auto("hv5", hv, [me], at("2026-02-17 14:22"), "Betriebskostenabrechnung 2025 – Top 11", """\
Sehr geehrte Frau Leitgeb,

anbei übermitteln wir Ihnen die Betriebskostenabrechnung für das Jahr 2025. Aus der Abrechnung ergibt sich für Ihre Wohnung ein Guthaben von 146,30 Euro, das wir mit der Vorschreibung für April verrechnen.

Die Belege liegen nach Terminvereinbarung in unserem Büro zur Einsicht auf.

Mit freundlichen Grüßen
Hausverwaltung Wallner & Söhne GmbH
""", attachments=[("BK-Abrechnung_2025_Top11.pdf", "application/pdf",
                   pdf("Betriebskostenabrechnung 2025", "Top 11, Stiege 2",
                       "Guthaben EUR 146,30"))])
    case.thread("hv5", False, None, "Hausverwaltung Wallner & Söhne GmbH",
                "service charge statement")

    # ---- Train tickets ------------------------------------------------------------------
    auto("ob1", oebb, [me], at("2026-02-24 20:41"), "Ihr Ticket: Wien Hbf – Graz Hbf, 28.02.2026",
         """\
Vielen Dank für Ihre Buchung!

Buchungscode: 3847 2219 0551
Hinfahrt: Sa., 28.02.2026, Wien Hbf ab 08:58 – Graz Hbf an 11:30, Railjet 553
Rückfahrt: So., 01.03.2026, Graz Hbf ab 17:30 – Wien Hbf an 20:02, Railjet 558
Reisende: 2 Erwachsene, 2 Kinder (mit Vorteilscard Family)
Preis: EUR 79,60

Ihr Ticket finden Sie im Anhang sowie in der ÖBB App.

Gute Reise wünschen Ihre ÖBB
""")
    case.thread("ob1", False, None, "ÖBB-Personenverkehr AG", "train tickets to Graz")
    auto("ob2", oebb, [me], at("2026-03-10 13:22"),
         "Ihr Ticket: Wien Hbf – Gmunden, 20.03.2026", """\
Vielen Dank für Ihre Buchung!

Buchungscode: 5120 9934 7786
Hinfahrt: Fr., 20.03.2026, Wien Hbf ab 06:30 – Attnang-Puchheim an 08:07, Railjet 540; Attnang-Puchheim ab 08:24 – Gmunden an 08:41, REX 3431
Rückfahrt: Fr., 20.03.2026, Gmunden ab 13:19 – Wien Hbf an 15:32
Reisende: 1 Erwachsene (mit Vorteilscard Classic)
Preis: EUR 58,40 (Sparschiene, storno gegen Gebühr)

Gute Reise wünschen Ihre ÖBB
""")
    case.thread("ob2", False, None, "ÖBB-Personenverkehr AG",
                "train ticket to Gmunden for the original interview day")
    auto("ob3", oebb, [me], at("2026-03-17 12:10"), "Stornobestätigung – Buchung 5120 9934 7786",
         """\
Ihre Buchung 5120 9934 7786 (Wien Hbf – Gmunden, 20.03.2026) wurde storniert.

Erstattungsbetrag: EUR 45,40 (Stornogebühr EUR 13,00)
Die Gutschrift erfolgt innerhalb von 14 Tagen auf das bei der Buchung verwendete Zahlungsmittel.

Ihre ÖBB
""")
    case.thread("ob3", False, None, "ÖBB-Personenverkehr AG", "ticket cancelled")
    auto("ob4", oebb, [me], at("2026-03-17 12:16"),
         "Ihr Ticket: Wien Hbf – Gmunden, 30.03.2026", """\
Vielen Dank für Ihre Buchung!

Buchungscode: 5127 0418 2290
Hinfahrt: Mo., 30.03.2026, Wien Hbf ab 06:30 – Attnang-Puchheim an 08:07, Railjet 540; Attnang-Puchheim ab 08:24 – Gmunden an 08:41, REX 3431
Rückfahrt: Mo., 30.03.2026, Gmunden ab 13:19 – Wien Hbf an 15:32
Reisende: 1 Erwachsene (mit Vorteilscard Classic)
Preis: EUR 61,20

Gute Reise wünschen Ihre ÖBB
""")
    case.thread("ob4", False, None, "ÖBB-Personenverkehr AG", "train ticket for the new date")

    # ---- An evening out with friends ----------------------------------------------------
    case.add("md1", verena, [me, anna, doris], at("2026-03-08 18:22"), """\
Mädels!!

Wir haben uns seit Weihnachten nicht gesehen, das geht so nicht weiter. Donnerstag 19.3. oder Freitag 20.3.? Ich würd das Gasthaus Wild vorschlagen, da waren wir ewig nicht.

Vroni
""", subject="Mädelsabend im März?")
    case.add("md2", anna, [verena, me, doris], at("2026-03-08 18:40"), """\
Do geht bei mir! Fr hab ich die Schwiegereltern da 🙈
""", parent="md1")
    case.add("md3", me, [verena, anna, doris], at("2026-03-08 20:15"), """\
Donnerstag passt mir auch, aber erst ab halb acht – vorher hab ich Elternsprechtag bei Lenas Mathelehrerin. Freu mich!!

K.
""", parent="md2")
    case.add("md4", doris, [verena, anna, me], at("2026-03-09 07:02"), """\
Fr wär mir lieber gewesen, aber Do krieg ich hin. Ich komm eventuell etwas später, Yoga bis 19:15.

Doris
""", parent="md3")
    case.add("md5", verena, [me, anna, doris], at("2026-03-09 12:48"), """\
Fix: Do 19.3., 19:30, Gasthaus Wild. Hab auf Strobl reserviert, 4 Personen. 🍷

Vroni
""", parent="md4")
    case.thread("md1", False, None, None, "friends agree on an evening out, Thu 19 Mar 19:30")
    case.meeting("md1", at("2026-03-19 19:30"), None, met=[verena.email, anna.email, doris.email],
                 job=False, what="evening out with friends")
    auto("ot1", oeticket, [me], at("2026-03-01 21:47"),
         "Ihre Bestellung bei oeticket.com – Auftragsnummer 2603-118-47715", """\
Vielen Dank für Ihre Bestellung!

Veranstaltung: „Wir sind doch alle ein bisschen Wien“ – Kabarett mit Theresa Hollerer
Ort: Stadtsaal, Mariahilfer Straße 81, 1060 Wien
Datum: Sa., 28.03.2026, 19:30 Uhr
Kategorie 2, Reihe 9, Plätze 14–15
Gesamtpreis: EUR 66,00 (inkl. Gebühren)

Ihre Tickets stehen als print@home-Tickets im Kundenkonto zum Download bereit.

Ihr oeticket.com Team
""")
    case.thread("ot1", False, None, "oeticket.com", "cabaret tickets for Sat 28 Mar")

    # ---- Tax adviser --------------------------------------------------------------------
    case.add("st1", holzinger, [me], at("2026-02-16 10:05"), """\
Sehr geehrte Frau Mag. Leitgeb,

für die Arbeitnehmerveranlagung 2025 benötige ich wie jedes Jahr folgende Unterlagen:

- Lohnzettel (L16) 2025, sofern er Ihnen bereits vorliegt
- Rechnungen für Fortbildungen (die Controller-Akademie im Herbst)
- Bestätigungen über Kinderbetreuungskosten für Paul (Hort, Ferienbetreuung)
- Spendenbestätigungen, soweit nicht automatisch übermittelt

Sie können mir alles gesammelt per Mail schicken.

Mit freundlichen Grüßen
""", subject="Arbeitnehmerveranlagung 2025 – Unterlagen")
    case.add("st2", me, [holzinger], at("2026-02-28 10:40"), """\
Sehr geehrte Frau Mag. Holzinger,

anbei Lohnzettel, die Rechnung der Controller-Akademie und die Hortbestätigung. Die Bestätigung der Musikschule für die Ferienwoche fehlt noch; die reiche ich bis Ende nächster Woche nach.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="st1", attachments=[
        ("L16_2025_Leitgeb.pdf", "application/pdf", pdf("Lohnzettel L16 2025", "Leitgeb Katharina")),
        ("Rechnung_Controller-Akademie.pdf", "application/pdf",
         pdf("Rechnung", "Controller Akademie Wien", "Lehrgang Strategisches Controlling")),
        ("Hortbestaetigung_2025.pdf", "application/pdf", pdf("Bestaetigung Hort 2025",
                                                             "Paul Leitgeb"))])
    case.add("st3", holzinger, [me], at("2026-03-02 09:35"), """\
Sehr geehrte Frau Mag. Leitgeb,

danke, alles erhalten. Sobald die Bestätigung der Musikschule da ist, erstelle ich die Erklärung – den Entwurf bekommen Sie bis Ende März zur Durchsicht.

Mit freundlichen Grüßen
""", parent="st2")
    case.add("st4", me, [holzinger], at("2026-03-05 21:20"), """\
Sehr geehrte Frau Mag. Holzinger,

hier noch die fehlende Bestätigung der Musikschule.

Mit freundlichen Grüßen
Katharina Leitgeb
""", parent="st3", attachments=[("Bestaetigung_Musikschule.pdf", "application/pdf",
                                  pdf("Bestaetigung Ferienbetreuung", "Musikschule Doebling"))])
    case.thread("st1", False, None, "Steuerberatung Mag. Renate Holzinger",
                "tax return documents; the adviser will send a draft 'bis Ende März'")
    case.own_promise("st1", "st2", holzinger.email, "2026-03-06", kept_by="st4", job=False)
    case.promise("st1", "st3", holzinger.email, "2026-03-31", job=False)
    case.forbid("st1", holzinger.email,
                "tax adviser, not job search; her 'bis Ende März' is not a job follow-up and is "
                "still open")

    # ---- Bank, family, dentist -----------------------------------------------------------
    auto("ge1", george, [me], at("2026-03-16 06:45"), "Sie haben eine neue Nachricht in George",
         """\
Guten Tag Katharina Leitgeb,

in Ihrem George-Postfach ist eine neue Nachricht für Sie eingelangt: „Ihr Depotauszug zum 28.02.2026“.

Aus Sicherheitsgründen finden Sie den Inhalt ausschließlich in George. Bitte beachten Sie: Wir fragen Sie niemals per E-Mail nach Ihren Zugangsdaten.

Ihre Erste Bank
""")
    case.thread("ge1", False, None, "Erste Bank", "bank notice")
    case.add("mm1", mama, [me], at("2026-03-07 10:12"), """\
Liebe Kathi,

kommt ihr zu Ostern zu uns nach Graz? Der Papa möchte am Karsamstag grillen, wenn das Wetter passt, und die Oma Resi freut sich schon so auf die Kinder. Im Feber war es ja so kalt, dass wir gar nicht raus sind.

Sag mir bitte, ob ihr schon am Gründonnerstag kommt, dann richt ich die Betten her.

Bussi Mama
""", subject="Ostern")
    case.add("mm2", me, [mama], at("2026-03-07 15:30"), """\
Liebe Mama,

ja, wir kommen sehr gern! Ich bin am Gründonnerstag noch bis Mittag im Büro, wir wären also am späten Nachmittag da. Stefan bringt den Griller-Spezialsenf mit 😉

Bussi, Kathi
""", parent="mm1")
    case.add("mm3", mama, [me], at("2026-03-07 18:05"), """\
Fein!! Dann mach ich am Donnerstag einen Schweinsbraten.
Bussi an alle
""", parent="mm2")
    case.thread("mm1", False, None, None, "her mother asks about Easter in Graz")
    case.add("sl1", stefan, [me], at("2026-03-11 12:14"), """\
Hallo Schatz,

kannst du Paul morgen um 17:00 vom Schwimmkurs im Hietzinger Bad abholen? Ich hab um 16:30 einen Kundentermin in Mödling, das geht sich nie aus.

Bussi S.
""", subject="morgen Schwimmkurs")
    case.add("sl2", me, [stefan], at("2026-03-11 12:40"), """\
Ja, mach ich – ich geh eh um halb fünf aus dem Büro. Bussi!
""", parent="sl1")
    case.thread("sl1", False, None, None, "husband asks her to pick up their son")
    dz_start = at("2026-03-04 15:30")
    case.add("dz1", zahnarzt, [me], at("2026-03-02 09:00"), """\
Sehr geehrte Frau Leitgeb,

wir erinnern Sie an den Kontrolltermin für Paul Leitgeb am Mittwoch, 04.03.2026, um 15:30 Uhr in unserer Ordination (Hofzeile 12, 1190 Wien). Bitte bringen Sie die e-card mit.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Team der Zahnarztpraxis Dr. Eder
""", subject="Terminerinnerung: Paul Leitgeb, Mi. 04.03.2026, 15:30 Uhr", sig=False,
        ics_mode="publish", ics=make_ics(
            method="PUBLISH", uid=uid_uuid("eder", "paul"), stamp=at("2026-03-02 09:00"),
            start=dz_start, end=at("2026-03-04 16:00"), tzid="Europe/Vienna",
            summary="Zahnarzt Dr. Eder – Paul Kontrolle", organizer=zahnarzt,
            prodid="-//Ordinationssoftware//Termine//DE",
            location="Hofzeile 12, 1190 Wien"))
    case.thread("dz1", False, None, "Zahnarztpraxis Dr. Eder",
                "dentist reminder with an ICS for the son")
    case.meeting("dz1", dz_start, at("2026-03-04 16:00"), met=[], job=False,
                 what="son's dental check-up")

    # ---- Newsletters and job-board alerts (full of job words, owing nothing) --------------
    auto("ds1", standard, [me], at("2026-03-07 07:00"),
         "Karriere-Newsletter: Wie viel verdienen Controller in Österreich?", """\
Guten Morgen!

Gehaltsreport 2026: Controllerinnen und Controller in Österreich verdienen im Median 4.950 Euro brutto im Monat – Führungskräfte deutlich mehr. Wir haben uns angesehen, wo der Sprung zur Abteilungsleitung am meisten bringt.

Außerdem: Warum immer mehr Unternehmen die CFO-Nachfolge intern planen, was ein gutes Bewerbungsgespräch auf Vorstandsebene ausmacht, und drei Fragen, die Sie im Interview selbst stellen sollten.

Top-Jobs der Woche:
- Leitung Controlling (m/w/d), Industrieunternehmen, Oberösterreich
- Head of Finance (w/m/d), Start-up, Wien
- CFO (m/w/d), Familienunternehmen, Steiermark

Ihr DER STANDARD Karriere-Team
""", bulk=("<karriere.newsletter.derstandard.at>", "https://www.derstandard.at/newsletter/abmelden"))
    case.thread("ds1", False, None, "DER STANDARD", "weekly careers newsletter")
    auto("ds2", presse, [me], at("2026-03-20 06:30"), "Morgenpost: Was heute wichtig ist", """\
Guten Morgen,

die Regierung legt heute ihr Budgetpaket vor, die Wiener Linien kündigen neue Intervalle auf der U6 an, und in Zürich wird über eine höhere Steuer für Grenzgänger diskutiert.

Im Wirtschaftsteil: Familienunternehmen suchen händeringend Finanzchefs – und zahlen dafür immer mehr.

Einen schönen Freitag wünscht Ihnen
Ihre Presse-Redaktion
""", bulk=("<morgenpost.diepresse.com>", "https://www.diepresse.com/newsletter/abmelden"))
    case.thread("ds2", False, None, "Die Presse", "daily news newsletter")
    auto("ak1", akademie, [me], at("2026-03-11 10:00"),
         "Wiener Controlling-Forum 2026 – Frühbucherbonus bis 31. März", """\
Sehr geehrte Frau Mag. Leitgeb,

am 4. und 5. Juni treffen sich beim Wiener Controlling-Forum wieder über 400 Controllerinnen und Controller sowie CFOs aus dem deutschsprachigen Raum. Heuer im Fokus: KI im Forecasting, Nachhaltigkeitsreporting nach ESRS und die Rolle des Controllings in der Transformation.

Melden Sie sich bis 31. März an und sichern Sie sich 15 Prozent Frühbucherbonus.

Wir freuen uns auf Ihre Teilnahme!
Ihr Team der Controller Akademie Wien
""", bulk=("<news.controller-akademie.at>", "https://www.controller-akademie.at/abmelden"))
    case.thread("ak1", False, None, "Controller Akademie Wien", "conference newsletter")
    auto("li1", linkedin, [me], at("2026-03-04 18:30"),
         "“head of controlling”: 12 new jobs in Vienna, Austria", """\
Your job alert for head of controlling in Vienna, Austria

Head of Controlling (m/f/d) – Danube Packaging Group – Vienna – Be an early applicant
Head of FP&A – Northbridge Pharma – Vienna (Hybrid) – 3 connections work here
Group Controller – Austria Real Estate Fund – Vienna – Promoted
Director Finance & Controlling – Alpine Rail Services – Vienna – Easy Apply

See all jobs

You are receiving Job Alert emails. Unsubscribe.
""", bulk=("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"))
    case.thread("li1", False, None, "LinkedIn", "job alert")
    auto("li2", linkedin, [me], at("2026-03-18 18:30"),
         "“head of controlling”: 7 new jobs in Vienna, Austria", """\
Your job alert for head of controlling in Vienna, Austria

Head of Controlling CEE – Meridia Insurance – Vienna – Actively recruiting
VP Finance – Tractive-style scale-up – Vienna (Remote) – Be an early applicant
Head of Group Reporting – Carpathia Energy – Vienna – 1 connection works here

See all jobs

You are receiving Job Alert emails. Unsubscribe.
""", bulk=("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"))
    case.thread("li2", False, None, "LinkedIn", "job alert")
    auto("ka1", jobagent, [me], at("2026-03-02 06:00"),
         "3 neue Jobs für „Leitung Controlling“ in Wien und Umgebung", """\
Hallo Katharina,

dein Job-Agent hat neue Jobs für dich gefunden:

Leitung Controlling (m/w/x) – Gebrüder Hainzl GmbH – Linz – Vollzeit
Head of Controlling (w/m/d) – Pannonia Baustoffe AG – Wien/Eisenstadt – Vollzeit
Controller:in mit Führungsperspektive – Wiener Stadtwerke-Tochter – Wien – Vollzeit

Jetzt bewerben – oft reicht schon ein Klick!

Dein karriere.at Team
""", bulk=("<jobagent.karriere.at>", "https://www.karriere.at/jobagent/abmelden"))
    case.thread("ka1", False, None, "karriere.at", "job agent alert")
    auto("ka2", jobagent, [me], at("2026-03-16 06:00"),
         "2 neue Jobs für „Leitung Controlling“ in Wien und Umgebung", """\
Hallo Katharina,

neue Treffer für deinen Job-Agenten:

Head of Finance & Controlling (m/w/d) – Ennstaler Holzwerke GmbH – Liezen – Vollzeit
Kaufmännische Leitung (w/m/d) – Hafen Albern Logistik GmbH – Wien – Vollzeit

Viel Erfolg bei der Bewerbung!

Dein karriere.at Team
""", bulk=("<jobagent.karriere.at>", "https://www.karriere.at/jobagent/abmelden"))
    case.thread("ka2", False, None, "karriere.at", "job agent alert")
    auto("sp1", stepstone, [me], at("2026-03-10 17:15"),
         "Neue Jobs passend zu Ihrem Suchauftrag „CFO“", """\
Guten Tag,

wir haben neue Stellenangebote für Ihren Suchauftrag „CFO“ in Wien (+ 50 km) gefunden:

CFO / Kaufmännischer Geschäftsführer (m/w/d) – Mittelständischer Maschinenbauer – Wiener Neustadt
Chief Financial Officer (all genders) – Healthtech – Wien
Finance Director Austria (m/w/d) – internationaler Konsumgüterkonzern – Wien

Ihr Lebenslauf ist zu 80 % vollständig – ergänzen Sie Ihr Profil, damit Personalverantwortliche Sie finden.

Ihr StepStone-Team
""", bulk=("<suchauftrag.stepstone.at>", "https://www.stepstone.at/suchauftrag/abmelden"))
    case.thread("sp1", False, None, "StepStone", "job alert")

    # ---- Receipts and other noise -------------------------------------------------------
    auto("th1", thalia, [me], at("2026-02-21 16:02"), "Ihre Bestellung Nr. 3015882710", """\
Vielen Dank für Ihre Bestellung bei Thalia!

1 x „Die ersten 100 Tage als CFO“ – Taschenbuch – EUR 24,70
1 x „Die drei ??? Kids – Gefahr im Tiergarten“ – gebunden – EUR 10,30
Versand: kostenlos (Abholung in der Filiale Wien Mitte)

Wir benachrichtigen Sie, sobald Ihre Bestellung abholbereit ist.

Ihr Thalia-Team
""")
    case.thread("th1", False, None, "Thalia", "book order")
    auto("wl1", wlinien, [me], at("2026-02-26 09:00"),
         "Ihre Jahreskarte wird am 1. April verlängert", """\
Liebe Kundin, lieber Kunde,

Ihre Jahreskarte (Kartennummer endet auf 4471) wird am 1. April 2026 automatisch um ein weiteres Jahr verlängert. Der Betrag von 365 Euro wird wie gewohnt von Ihrem Konto abgebucht.

Ihre Wiener Linien
""")
    case.thread("wl1", False, None, "Wiener Linien", "annual pass renewal")
    case.add("sk1", siobhan, [me], at("2026-03-13 21:40"), """\
Katharina!!

Guess who finally booked flights – I'm in Vienna from 17 to 20 April with my sister. Any chance of a Heuriger evening like the old Erasmus days? I promise not to make you sing this time.

Also: how's the job hunt going? Last time you said you were "quietly looking".

Love,
Siobhán
""", subject="Vienna in April!!")
    case.add("sk2", me, [siobhan], at("2026-03-14 09:25"), """\
Siobhán, how wonderful! Yes, absolutely – keep the Saturday evening free for us, Stefan knows a Heuriger in Nussdorf you'll love.

Job hunt: busy! Funnily enough, one of the firms I'm talking to has its recruiter in Dublin. I'll tell you everything over a glass of Gemischter Satz.

Big hug,
K.
""", parent="sk1")
    case.thread("sk1", False, None, None, "an Irish friend announces a visit (English)")
    auto("yg1", yoga, [me], at("2026-03-14 11:00"), "Kursplan April & Osterpause", """\
Liebe Yogis,

unser neuer Kursplan für April ist online! Neu: Yin Yoga am Dienstagabend und ein Vinyasa-Flow am Samstagmorgen.

Osterpause: Von 3. bis 6. April bleibt das Studio geschlossen.

Namasté
Eure Yogaraum-Crew
""", bulk=("<news.yogaraum-gersthof.at>", "https://www.yogaraum-gersthof.at/abmelden"))
    case.thread("yg1", False, None, "Yogaraum Gersthof", "yoga studio newsletter")
    case.add("mu1", musikschule, [me], at("2026-02-23 08:30"), """\
Sehr geehrte Erziehungsberechtigte,

anbei die Vorschreibung des Musikschulbeitrags für das Sommersemester 2026 (Lena Leitgeb, Querflöte, Einzelunterricht 50 Minuten). Der Betrag von 298,00 Euro ist bis 15. März zur Zahlung fällig.

Mit freundlichen Grüßen
Musikschule Döbling – Verwaltung
""", subject="Vorschreibung Musikschulbeitrag Sommersemester 2026 – Lena Leitgeb", sig=False,
        attachments=[("Vorschreibung_SS2026_Leitgeb.pdf", "application/pdf",
                      pdf("Vorschreibung Sommersemester 2026", "Lena Leitgeb",
                          "EUR 298,00"))])
    case.thread("mu1", False, None, "Musikschule Döbling", "music school fee")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
