#!/usr/bin/env python3
"""Sealed case qa-krakow: a QA automation engineer in Kraków, February to early April 2026.

Built with casekit only (standard library otherwise); every run writes the same bytes.
"""
import os, sys
import datetime as dt
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
from casekit import VTIMEZONES

# Outlook in Poland names the zone after Windows; Google and others use the IANA name.
VTIMEZONES.setdefault("Europe/Warsaw", ("Europe/Warsaw", [
    ("DAYLIGHT", "+0100", "+0200", "CEST", "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
    ("STANDARD", "+0200", "+0100", "CET", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
]))
VTIMEZONES.setdefault("Central European Standard Time", ("Europe/Warsaw", [
    ("STANDARD", "+0200", "+0100", None, "19701025T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
    ("DAYLIGHT", "+0100", "+0200", None, "19700329T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
]))

WAW = ZoneInfo("Europe/Warsaw")
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def K(s):
    """A time on the user's (Kraków) clock."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WAW)


PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia"]
PL_MON_SHORT = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_DAYS_SHORT = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PREFIXES = ("Re: ", "RE: ", "AW: ", "ODP: ", "Odp: ", "Fwd: ", "PD: ")


def quoted(text):
    return "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">"
                     for l in text.rstrip("\n").split("\n"))


def q_web(p):
    """The user's webmail, Polish interface."""
    t = p.date.astimezone(WAW)
    return "Dnia %d %s %d %s %s napisał(a):\n%s\n" % (
        t.day, PL_MONTHS_GEN[t.month - 1], t.year, t.strftime("%H:%M"), p.sender.shown(),
        quoted(p.text))


def q_gmail_pl(p):
    t = p.date.astimezone(WAW)
    return "W dniu %s %d %s %d o %s %s napisał(a):\n%s\n" % (
        PL_DAYS_SHORT[t.weekday()], t.day, PL_MON_SHORT[t.month - 1], t.year, t.strftime("%H:%M"),
        p.sender.shown(), quoted(p.text))


def q_ios_pl(p):
    t = p.date.astimezone(WAW)
    return "Wiadomość napisana przez %s w dniu %d %s %d, o godz. %s:\n\n%s\n" % (
        p.sender.shown(), t.day, PL_MON_SHORT[t.month - 1], t.year, t.strftime("%H:%M"),
        quoted(p.text))


def q_outlook_pl(p):
    t = p.date.astimezone(WAW)
    to = "; ".join(x.shown() for x in p.to)
    cc = "; ".join(x.shown() for x in p.cc)
    return ("________________________________\nOd: %s\nWysłane: %s, %d %s %d %s\nDo: %s\n%sTemat: %s\n\n%s"
            % (p.sender.shown(), PL_DAYS[t.weekday()], t.day, PL_MONTHS_GEN[t.month - 1], t.year,
               t.strftime("%H:%M"), to, "DW: %s\n" % cc if cc else "", p.subject, p.text))


def base_subject(s):
    changed = True
    while changed:
        changed = False
        for p in PREFIXES:
            if s.startswith(p):
                s, changed = s[len(p):], True
    return s


def pdf(name, lines):
    return (name, "application/pdf", make_pdf(lines))


def teams_en(mid, pc, code):
    return ("Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0\n"
            "Meeting ID: %s\nPasscode: %s\n"
            "Download Teams | Join on the web\nLearn More | Meeting options" % (code, mid, pc))


def teams_pl(mid, pc, code):
    return ("Spotkanie w aplikacji Microsoft Teams\n"
            "Dołącz z komputera, aplikacji mobilnej lub urządzenia w pokoju\n"
            "Kliknij tutaj, aby dołączyć do spotkania: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0\n"
            "Identyfikator spotkania: %s\nKod dostępu: %s\n"
            "Pobierz aplikację Teams | Dołącz w sieci Web\nDowiedz się więcej | Opcje spotkania"
            % (code, mid, pc))


def teams_de(mid, pc, code):
    return ("Microsoft Teams-Besprechung\n"
            "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil\n"
            "Klicken Sie hier, um an der Besprechung teilzunehmen: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0\n"
            "Besprechungs-ID: %s\nPasscode: %s\n"
            "Teams herunterladen | Im Web beitreten\nWeitere Infos | Besprechungsoptionen"
            % (code, mid, pc))


def outlook_extra(code):
    return ["CLASS:PUBLIC", "PRIORITY:5",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
            "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + code + "%40thread.v2/0"]


def build():
    now = K("2026-04-02 09:15")
    me = Person("Bartosz Nowak", "bartosz.nowak@example.net", tz="Europe/Warsaw", style="webmail",
                msgid_domain="example.net")
    case = Case(
        "qa-krakow",
        "Bartosz Nowak, QA automation engineer in Kraków: Kraków hubs, a Munich company in German, "
        "remote UK/US roles; mid-February to Thursday 2 April 2026 (Europe on summer time from 29 March)",
        {"name": "Bartosz Nowak", "emails": ["bartosz.nowak@example.net"],
         "phone": "+48 601 482 913", "timezone": "Europe/Warsaw"},
        now,
        "See qa-krakow.md.")
    case.me = me

    def add(key, sender, to, when, body, parent=None, q=None, subject=None, prefix=None, **kw):
        """q: a quoting function for the reply (the user's replies default to his webmail)."""
        if parent is not None:
            p = case.by_key[parent]
            if q is None and sender is me:
                q = q_web
            if subject is None and (q is not None or prefix is not None):
                subject = (prefix or "Re: ") + base_subject(p.subject)
            if q is not None:
                body = body.rstrip("\n") + "\n\n" + q(p)
                return case.add(key, sender, to, when, body, parent=parent, subject=subject,
                                quote=False, **kw)
        return case.add(key, sender, to, when, body, parent=parent, subject=subject, **kw)

    CV = pdf("Bartosz_Nowak_CV_EN.pdf", [
        "Bartosz Nowak - QA Automation Engineer",
        "Krakow, Poland | +48 601 482 913 | bartosz.nowak@example.net",
        "linkedin.com/in/bartosz-nowak-qa | github.com/bnowak-qa",
        "",
        "2022 - now   Sigmaline sp. z o.o., Krakow - QA Automation Engineer (B2B)",
        "  Playwright + TypeScript framework built from scratch, GitLab CI, Pact contract tests",
        "  Flaky-test dashboard and quarantine lane: reruns down by 55%",
        "2020 - 2022  Sigmaline - Manual / Junior QA Engineer",
        "",
        "Skills: Playwright, TypeScript, Python (pytest), REST/GraphQL, WireMock, k6, Docker",
        "Education: AGH University of Krakow, MSc Computer Science (2021)",
        "Languages: Polish (native), English (C1), German (B2)",
    ])

    # ------------------------------------------------------------------ people
    agnieszka = Person("Agnieszka Wróbel", "agnieszka.wrobel@halvorsen-systems.com", tz="Europe/Warsaw",
                       style="outlook", region="eurprd05")
    marek = Person("Marek Zieliński", "marek.zielinski@halvorsen-systems.com", tz="Europe/Warsaw",
                   style="outlook", region="eurprd05")
    ewa = Person("Ewa Kowalczyk", "ewa.kowalczyk@halvorsen-systems.com", tz="Europe/Warsaw",
                 style="outlook", region="eurprd05")
    lars = Person("Lars Hauge", "lars.hauge@halvorsen-systems.com", tz="Europe/Oslo",
                  style="outlook", region="eurprd05")
    schaefer = Person("Katharina Schäfer", "k.schaefer@alpentakt.de", tz="Europe/Berlin",
                      style="outlook", locale="de", region="eurprd03")
    sneha = Person("Sneha Kulkarni", "sneha.kulkarni@orbitra.io", tz="Asia/Kolkata", style="gmail")
    sneha_cal = Person("Sneha Kulkarni", "sneha.kulkarni@orbitra.io", tz="Asia/Kolkata", style="gcal")
    rajesh = Person("Rajesh Iyer", "rajesh.iyer@orbitra.io", tz="Asia/Kolkata", style="gmail")
    greenhouse = Person("Bluebonnet Health", "no-reply@us.greenhouse-mail.io", tz="America/Chicago",
                        style="auto", auto=True)
    megan = Person("Megan Alvarez", "megan.alvarez@bluebonnethealth.com", tz="America/Chicago",
                   style="gmail")
    lucy = Person("Lucy Barnes", "lucy.barnes@fenwickstreet.co.uk", tz="Europe/London", style="gmail")
    hannah = Person("Hannah Clarke", "hannah.clarke@fenwickstreet.co.uk", tz="Europe/London",
                    style="gmail")
    lever = Person("Fenwick Street Payments", "no-reply@hire.lever.co", tz="Europe/London",
                   style="auto", auto=True)
    oliver = ("Oliver Pembroke", "oliver.pembroke@fenwickstreet.co.uk")
    dominika = Person("Dominika Sikora", "dominika.sikora@amberline.com", tz="Europe/Warsaw",
                      style="outlook", region="eurprd09")
    grzegorz = Person("Grzegorz Baran", "grzegorz.baran@amberline.com", tz="Europe/Warsaw",
                      style="outlook", region="eurprd09")
    pawel = Person("Paweł Dudek", "pawel.dudek@ravenscar.io", tz="Europe/Warsaw", style="gmail")
    joanna = Person("Joanna Lis", "joanna.lis@ravenscar.io", tz="Europe/Warsaw", style="gmail")
    kinga = Person("Kinga Pawlak", "kinga.pawlak@nordhavn.dk", tz="Europe/Warsaw", style="outlook",
                   region="eurprd02")
    niamh = Person("Niamh O'Connor", "niamh.oconnor@fintrail.pl", tz="Europe/Warsaw", style="gmail")
    kamil = Person("Kamil Wójcik", "kamil.wojcik@lightkeepergames.com", tz="Europe/Warsaw",
                   style="gmail")
    workday = Person("Aurelius Bank Careers", "aureliusbank@myworkday.com", tz="Europe/Warsaw",
                     style="auto", auto=True)
    patrycja = Person("Patrycja Górska", "p.gorska@talentbridge.pl", tz="Europe/Warsaw",
                      style="outlook", region="eurprd06")
    monika = Person("Monika Zając", "monika.zajac@vantageledger.com", tz="Europe/Warsaw",
                    style="outlook", region="eurprd08")
    rafal = Person("Rafał Szymański", "rafal.szymanski@vantageledger.com", tz="Europe/Warsaw",
                   style="outlook", region="eurprd08")
    piotr = Person("Piotr Lewandowski", "piotr.lewandowski@vantageledger.com", tz="Europe/Warsaw",
                   style="outlook", region="eurprd08")
    tom = Person("Tom Ashby", "tom.ashby@tidewellenergy.co.uk", tz="Europe/London", style="gmail")
    calendly = Person("Calendly", "no-reply@calendly.com", tz="UTC", style="auto", auto=True)
    kuba = Person("Jakub Wilk", "kuba@smokbyte.pl", tz="Europe/Warsaw", style="gmail")
    karolina = Person("Karolina Jabłońska", "karolina.jablonska@sigmaline.pl", tz="Europe/Warsaw",
                      style="outlook", region="eurprd04")
    tomasz = Person("Tomasz Kaczmarek", "tomasz.kaczmarek@sigmaline.pl", tz="Europe/Warsaw",
                    style="outlook", region="eurprd04")

    mama = Person("Halina Nowak", "halina.nowak58@wp.pl", tz="Europe/Warsaw", style="webmail",
                  msgid_domain="wp.pl")
    tata = Person("Jan Nowak", "jan.nowak.tarnow@interia.pl", tz="Europe/Warsaw", style="webmail",
                  msgid_domain="poczta.interia.pl")
    ola = Person("Ola Stępień", "ola.stepien@gmail.com", tz="Europe/Warsaw", style="gmail")
    landlord = Person("Zbigniew Kowal", "zbigniew.kowal@onet.pl", tz="Europe/Warsaw", style="webmail",
                      msgid_domain="onet.pl")
    zus = Person("ZUS", "no-reply@zus.pl", tz="Europe/Warsaw", style="auto", auto=True)
    renata = Person("Biuro Rachunkowe Saldo - Renata Kubiak", "biuro@saldo-krakow.pl",
                    tz="Europe/Warsaw", style="outlook", region="eurprd07")
    intercity = Person("PKP Intercity", "noreply@intercity.pl", tz="Europe/Warsaw", style="auto",
                       auto=True)
    michal = Person("Michał Gruszka", "michal.gruszka@gmail.com", tz="Europe/Warsaw", style="gmail")
    ania = Person("Ania Rogalska", "ania.rogalska@gmail.com", tz="Europe/Warsaw", style="gmail")
    lista = Person("Ekstrema - lista klubowa", "lista@ekstrema-krakow.pl")
    skarbnik = Person("Skarbnik KW Ekstrema", "skarbnik@ekstrema-krakow.pl", tz="Europe/Warsaw",
                      style="webmail", msgid_domain="ekstrema-krakow.pl")
    forteca = Person("Forteca Boulder", "newsletter@fortecaboulder.pl", tz="Europe/Warsaw",
                     style="auto", auto=True)
    dentist = Person("Gabinet Stomatologiczny Uśmiech", "rejestracja@usmiech-stomatologia.pl",
                     tz="Europe/Warsaw", style="webmail", msgid_domain="usmiech-stomatologia.pl")
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", tz="UTC",
                      style="auto", auto=True)
    itpraca = Person("ITpraca.pl", "alerty@itpraca.pl", tz="Europe/Warsaw", style="auto", auto=True)
    greenbuild = Person("The Green Build", "hello@thegreenbuild.dev", tz="Europe/London",
                        style="auto", auto=True)
    meetup = Person("Kraków Testing Meetup", "info@meetup.com", tz="UTC", style="auto", auto=True)
    marta = Person("Marta Zawada", "marta.zawada@gmail.com", tz="Europe/Warsaw", style="gmail")
    szymon = Person("Szymon Zawada", "szymon.zawada@gmail.com", tz="Europe/Warsaw", style="gmail")
    bank = Person("Bank Krakowski", "powiadomienia@bkdirect.pl", tz="Europe/Warsaw", style="auto",
                  auto=True)
    wspinak = Person("Wspinak.pl", "zamowienia@wspinak.pl", tz="Europe/Warsaw", style="auto",
                     auto=True)
    testcamp = Person("TestCamp Kraków", "bilety@testcamp.pl", tz="Europe/Warsaw", style="auto",
                      auto=True)
    eus = Person("e-Urząd Skarbowy", "powiadomienia@podatki.gov.pl", tz="Europe/Warsaw",
                 style="auto", auto=True)
    telko = Person("Telko24", "efaktura@telko24.pl", tz="Europe/Warsaw", style="auto", auto=True)
    agh = Person("Stowarzyszenie Wychowanków AGH", "newsletter@absolwenci-agh.pl",
                 tz="Europe/Warsaw", style="auto", auto=True)

    AG_SIG = ("Kind regards,\nAgnieszka Wróbel\nTalent Acquisition Partner\n"
              "Halvorsen Systems Poland sp. z o.o.\nul. Zabłocie 43A, 30-701 Kraków\n"
              "M: +48 512 338 170\nwww.halvorsen-systems.com")
    KS_SIG = ("Mit freundlichen Grüßen\n\nKatharina Schäfer\nPersonalreferentin\n\nAlpentakt GmbH\n"
              "Landsberger Straße 302 | 80687 München\nTel. +49 89 2154 88-130\n"
              "k.schaefer@alpentakt.de | www.alpentakt.de\n\n"
              "Alpentakt GmbH, Sitz München, Registergericht München HRB 219447\n"
              "Geschäftsführung: Dr. Florian Weidinger, Sabine Ostermaier")
    DS_SIG = ("Kind regards,\nDominika Sikora\nSenior Recruiter\nAmberline Data Poland sp. z o.o.\n"
              "ul. Lwowska 11, 30-548 Kraków\ntel. +48 697 204 815")
    PG_SIG = ("Best regards,\nPatrycja Górska\nSenior IT Recruiter\nTalentBridge IT sp. z o.o.\n"
              "tel. +48 533 910 446 | www.talentbridge.pl")

    # ================================================================== Halvorsen Systems
    add("h1", agnieszka, [me], K("2026-02-18 10:42"), """Dear Mr. Nowak,

I hope this e-mail finds you well.

My name is Agnieszka Wróbel and I am Talent Acquisition Partner in Halvorsen Systems. We are a Norwegian company developing software for the maritime industry (voyage planning, fleet performance, emissions reporting) and since 2021 we have our engineering hub in Kraków, at Zabłocie.

I came across your profile on LinkedIn and your experience with Playwright and API testing caught my attention. Currently we are looking for Senior QA Automation Engineer to join one of our product teams. The work is hybrid (2 days per week from the office), the project language is English.

Please find attached the job description. If you are open to talk, I would be happy to tell you more during a short call (ca. 30 minutes). I can propose the following dates:
- 23.02.2026 (Monday) at 11:00 CET
- 24.02.2026 (Tuesday) at 15:30 CET

""" + AG_SIG, subject="Senior QA Automation Engineer – Halvorsen Systems (Kraków hub)",
        attachments=[pdf("JD_Senior_QA_Automation_Engineer_KRK.pdf", [
            "Senior QA Automation Engineer - Krakow hub",
            "Halvorsen Systems Poland sp. z o.o.",
            "Stack: Playwright, TypeScript, .NET APIs, Azure DevOps",
            "Hybrid: 2 days per week in the Zablocie office",
        ])])
    add("h1_2", me, [agnieszka], K("2026-02-18 19:05"), """Dear Ms. Wróbel,

Thank you for reaching out. Maritime software would be a completely new domain for me, which is exactly why it sounds interesting.

Tuesday, 24.02 at 15:30 suits me well. I am attaching my CV so you have it before the call.

Best regards,
Bartosz Nowak
+48 601 482 913""", parent="h1", attachments=[CV])
    add("h1_3", agnieszka, [me], K("2026-02-19 09:14"), """Dear Bartosz,

Thank you for the quick answer and for the CV.

I have just sent you the Teams invitation for Tuesday, 24.02 at 15:30. If you have any problem with joining, please call me on the number below.

Talk to you on Tuesday!

""" + AG_SIG, parent="h1_2")
    code = "NzQ1ZjQxYjMtZDVhNi00ZTcwLWJmOGQtYzI3MGE2ZTk4MTJm"
    add("h2", agnieszka, [me], K("2026-02-19 09:17"), """Dear Bartosz,

As agreed, sending the invitation for our first conversation about the Senior QA Automation Engineer role.

""" + teams_en("371 552 908 144", "7qZ3Xb", code),
        subject="Halvorsen Systems | Bartosz Nowak – introductory call",
        ics=make_ics(method="REQUEST", uid=uid_outlook("qa-krakow", "h2"), stamp=K("2026-02-19 09:17"),
                     start=K("2026-02-24 15:30"), end=K("2026-02-24 16:00"),
                     summary="Halvorsen Systems | Bartosz Nowak – introductory call",
                     organizer=agnieszka, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central European Standard Time", location="Microsoft Teams Meeting",
                     description="Introductory call about the Senior QA Automation Engineer role.\n\n"
                     + teams_en("371 552 908 144", "7qZ3Xb", code),
                     prodid=OUTLOOK, extra=outlook_extra(code)), ics_mode="outlook")
    add("h1_4", me, [agnieszka], K("2026-02-24 17:20"), """Hi Agnieszka,

Thank you for the call this afternoon and for explaining how the QA chapter works across the Oslo and Kraków teams. The mix of UI automation and the data-heavy API side of Voyage Planner is exactly what I was hoping for.

I'm looking forward to the technical task.

Best regards,
Bartosz""", parent="h1_3")
    add("h1_5", agnieszka, [me], K("2026-02-25 11:03"), """Dear Bartosz,

As promised, please find attached the technical task prepared by our QA team.

The deadline for sending the solution is 04.03.2026 (Wednesday), end of day. Please share it as a link to a private GitHub repository and add Marek Zieliński (GitHub: marek-zielinski-hs) as a collaborator – he will be reviewing it.

In case of any questions do not hesitate to contact me.

""" + AG_SIG, parent="h1_4", attachments=[pdf("Halvorsen_QA_technical_task.pdf", [
        "Technical task - Senior QA Automation Engineer",
        "1. Automate three scenarios of the Voyage Planner demo (route, ETA, port call).",
        "2. Add API tests for /voyages and /ports against the provided mock.",
        "3. Run everything in CI. Describe your decisions in README.",
        "Time box: about 6-8 hours. Deadline: 04.03.2026 EOD.",
    ])])
    add("h1_6", me, [agnieszka], K("2026-02-25 20:40"), """Hi Agnieszka,

Thanks, received. I'll have the repository ready and send you the link by Wednesday 04.03.

One question before I start: for the API part, should the tests run against the public mock from the PDF, or is it fine if I spin up my own WireMock container in the pipeline?

Best,
Bartosz""", parent="h1_5")
    add("h1_7", agnieszka, [me], K("2026-02-26 08:55"), """Dear Bartosz,

I checked with Marek – your own WireMock is absolutely fine, please just describe in README how to run it.

""" + AG_SIG, parent="h1_6")
    add("h1_8", me, [agnieszka], K("2026-03-03 22:47"), """Hi Agnieszka,

Here is my solution: https://github.com/bnowak-qa/halvorsen-voyage-task (private; Marek has been added as a collaborator).

The README explains how to run everything locally with Docker Compose. The GitHub Actions workflow runs the UI suite in three browsers plus the API contract tests against WireMock. I also left a short NOTES.md with what I would do next with more time.

Best regards,
Bartosz""", parent="h1_7")
    add("h1_9", agnieszka, [me], K("2026-03-05 14:30"), """Dear Bartosz,

I am back to you with the feedback from the team – and it is very positive! Marek especially liked the structure of your page objects and the notes on test data.

The next step is a pair-testing session (90 minutes, online) with Marek Zieliński (QA Lead) and Ewa Kowalczyk (Senior SDET). You will explore together one feature of our application and discuss how you would automate it, so no preparation is needed.

Please let me know which slot suits you best:
- 10.03.2026 (Tuesday) at 10:00
- 11.03.2026 (Wednesday) at 13:00
- 12.03.2026 (Thursday) at 9:00

""" + AG_SIG, parent="h1_8")
    add("h1_10", me, [agnieszka], K("2026-03-05 18:02"), """Hi Agnieszka,

Great news! Wednesday 11.03 at 13:00 works best for me.

Bartosz""", parent="h1_9")
    code = "ZGI4MzE1YzQtMGY3Ny00YjFhLWE2ZDItOTNlOGY1MjA0Yzcx"
    room = ("KRK Zabłocie 4.12 Fjord (8)", "krk-zab-4.12-fjord@halvorsen-systems.com")
    pair_desc = """Hi all,

Pair-testing session with Bartosz Nowak, candidate for Senior QA Automation Engineer.

Agenda:
13:00 – short intro (Marek)
13:10 – pair-testing on Voyage Planner staging, route-change feature (Ewa will share the environment)
14:15 – questions from Bartosz

I will not join the session – Marek, please send me your feedback afterwards.

Agnieszka

""" + teams_en("318 067 442 190", "Lm4u9K", code)
    add("h3", agnieszka, [me, marek, ewa], K("2026-03-06 09:05"), pair_desc,
        subject="Pair-testing session – Bartosz Nowak (Senior QA Automation Engineer)",
        ics=make_ics(method="REQUEST", uid=uid_outlook("qa-krakow", "h3"), stamp=K("2026-03-06 09:05"),
                     start=K("2026-03-11 13:00"), end=K("2026-03-11 14:30"),
                     summary="Pair-testing session – Bartosz Nowak (Senior QA Automation Engineer)",
                     organizer=agnieszka,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (marek, "NEEDS-ACTION", "INDIVIDUAL"),
                                (ewa, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")],
                     tzid="Central European Standard Time",
                     location="Microsoft Teams Meeting; KRK Zabłocie 4.12 Fjord (8)",
                     description=pair_desc, prodid=OUTLOOK, extra=outlook_extra(code)),
        ics_mode="outlook")
    add("h4", me, [marek, ewa], K("2026-03-11 18:25"), """Hi Marek, hi Ewa,

Thank you both for this afternoon's session. Poking at the route-change feature together was a lot more fun than a classic interview, and the discussion about where the ETA recalculation should be tested (unit level versus end-to-end) gave me a good picture of how your team thinks about the pyramid.

A few reasons I think I'd fit in:
- I've built and maintained a Playwright + TypeScript framework from scratch, including the CI side;
- I like exploratory sessions like today's and turning what we find into automated checks;
- contract testing with WireMock and Pact is part of my daily work already.

I hope to hear from Agnieszka about the next steps soon.

Best regards,
Bartosz Nowak
+48 601 482 913 | bartosz.nowak@example.net""", subject="Thank you – pair-testing session today")
    add("h4_2", marek, [me], K("2026-03-12 08:41"), """Hi Bartosz,

Appreciate the note. The boundary case you found with the ETA crossing midnight UTC was a good catch – Ewa already created a ticket for it :)

Agnieszka will be in touch about the next steps.

BR,
Marek

Marek Zieliński
QA Lead | Halvorsen Systems""", parent="h4", cc=[ewa])
    add("h1_11", agnieszka, [me], K("2026-03-16 10:10"), """Dear Bartosz,

I am happy to inform you that you have been qualified for the final stage of the process.

It will be a conversation with Lars Hauge, our Head of QA, who is based in our Oslo office. The meeting will be held in English and should take about 45 minutes. Would Monday, 23.03.2026 at 9:00 CET be convenient for you?

""" + AG_SIG, parent="h1_10")
    add("h1_12", me, [agnieszka], K("2026-03-16 12:31"), """Dear Agnieszka,

That's great to hear. Monday 23.03 at 9:00 is fine with me.

Best regards,
Bartosz""", parent="h1_11")
    code = "YjU2ZTAxMmQtN2M0NS00MTk4LTk5ZGEtMmE3ZjE0ODNjOWJl"
    final_desc = """Final interview for the Senior QA Automation Engineer position (Kraków hub).

Lars will lead the conversation; I will not be joining.

""" + teams_en("366 904 215 773", "Xw2sTe", code)
    add("h5", agnieszka, [me, lars], K("2026-03-16 13:02"), final_desc,
        subject="Final interview – Bartosz Nowak / Lars Hauge (Senior QA Automation Engineer)",
        ics=make_ics(method="REQUEST", uid=uid_outlook("qa-krakow", "h5"), stamp=K("2026-03-16 13:02"),
                     start=K("2026-03-23 09:00"), end=K("2026-03-23 09:45"),
                     summary="Final interview – Bartosz Nowak / Lars Hauge (Senior QA Automation Engineer)",
                     organizer=agnieszka,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (lars, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central European Standard Time", location="Microsoft Teams Meeting",
                     description=final_desc, prodid=OUTLOOK, extra=outlook_extra(code)),
        ics_mode="outlook")
    add("h6", me, [lars], K("2026-03-23 12:05"), """Dear Lars,

Thank you for taking the time to talk with me this morning. I appreciated how openly you described the plans for the QA chapter, especially moving the regression suite closer to the product teams and the idea of a shared test-data service for the Oslo and Kraków squads.

Why I believe I can help with that:
- I have already migrated a Selenium suite of about 1,400 tests to Playwright without stopping releases;
- I set up flaky-test tracking that cut our reruns by more than half;
- I enjoy mentoring: two of our juniors now own their parts of the framework.

I'm very interested in joining Halvorsen and will stay in touch with Agnieszka on the contract details. Thank you again for your time and consideration.

Best regards,
Bartosz Nowak
+48 601 482 913 | bartosz.nowak@example.net""", subject="Thank you for this morning's conversation")
    add("h6_2", lars, [me], K("2026-03-23 15:40"), """Hi Bartosz,

Thank you for the note, I enjoyed our talk as well. Agnieszka will follow up with you on the practical side.

Best regards,
Lars

Lars Hauge
Head of Quality Assurance
Halvorsen Systems AS | Oslo""", parent="h6")
    add("h1_13", agnieszka, [me], K("2026-03-24 09:30"), """Dear Bartosz,

Lars shared with me very good feedback after your meeting, congratulations!

Before we prepare the offer, I would like to clarify the form of cooperation. We can offer either an employment contract (umowa o pracę) or a B2B contract. Could you please share your financial expectations for both options – monthly gross salary for the employment contract and net rate (monthly or hourly) + VAT for B2B? Please also confirm your notice period in the current company.

""" + AG_SIG, parent="h1_12")
    add("h1_14", me, [agnieszka], K("2026-03-24 21:15"), """Hi Agnieszka,

That's really good to hear, thank you.

My notice period at Sigmaline is 30 days (I'm on a B2B contract there). As for the numbers, I want to double-check the B2B side with my accountant first, because ZUS and the health contribution change quite a lot between the variants. I'll come back to you with both figures by Thursday 26.03.

Best regards,
Bartosz""", parent="h1_13")
    add("h1_15", me, [agnieszka], K("2026-03-26 19:50"), """Hi Agnieszka,

As promised, my expectations:
- employment contract: 21,000 PLN gross per month;
- B2B: 27,500 PLN net per month + VAT, with 20 days of paid break per year (or 165 PLN net/h + VAT if you prefer an hourly rate).

With 30 days' notice, the earliest possible start date would be 4 May 2026.

Best regards,
Bartosz""", parent="h1_14")
    add("h1_16", agnieszka, [me], K("2026-03-27 11:20"), """Dear Bartosz,

Thank you for the details.

I will discuss them with the hiring manager and our HR Business Partner early next week. The decision should be made by Wednesday, 01.04, and I will revert to you the same day.

Have a nice weekend!

""" + AG_SIG, parent="h1_15")

    # ================================================================== Alpentakt (München)
    add("m1", me, [schaefer], K("2026-02-27 21:10"), """Sehr geehrte Frau Schäfer,

mit großem Interesse habe ich Ihre Stellenausschreibung für die Position Senior Testautomatisierer (m/w/d) gelesen, die Sie ausdrücklich auch für eine Remote-Tätigkeit aus dem EU-Ausland ausgeschrieben haben. Hiermit bewerbe ich mich um diese Stelle.

Seit fast sechs Jahren arbeite ich als QA-Ingenieur in Krakau, zurzeit bei der Sigmaline sp. z o.o. Dort habe ich eine Testautomatisierung mit Playwright und TypeScript aufgebaut und die API-Tests in unsere GitLab-Pipeline integriert. Mit Fahrplandaten habe ich noch nicht gearbeitet, dafür aber in einem Projekt für einen Logistikkunden viel mit zeitkritischen Daten und Zeitzonen.

Ich spreche Deutsch auf Niveau B2 und bin gerne bereit, bei Bedarf einmal im Monat nach München zu kommen.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Bartosz Nowak
ul. Dietla 74/9, 31-064 Kraków, Polen
+48 601 482 913""",
        subject="Bewerbung als Senior Testautomatisierer (m/w/d) – Kennziffer AT-2026-014",
        attachments=[pdf("Lebenslauf_Bartosz_Nowak.pdf", [
            "Lebenslauf - Bartosz Nowak",
            "Krakau, Polen | +48 601 482 913 | bartosz.nowak@example.net",
            "seit 2022  Sigmaline sp. z o.o., Krakau - QA Automation Engineer",
            "2020-2022  Sigmaline - Manual / Junior QA Engineer",
            "Studium: AGH Krakau, M.Sc. Informatik (2021)",
            "Sprachen: Polnisch (Muttersprache), Englisch (C1), Deutsch (B2)",
        ]), pdf("Zeugnisse_Bartosz_Nowak.pdf", [
            "Zeugnisse und Zertifikate - Bartosz Nowak",
            "ISTQB Certified Tester Foundation Level (2020)",
            "ISTQB Advanced Level Test Automation Engineer (2023)",
            "Goethe-Zertifikat B2 (2019)",
        ])])
    add("m1_2", schaefer, [me], K("2026-03-04 08:55"), """Sehr geehrter Herr Nowak,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Alpentakt GmbH.

Wir sichten derzeit die eingegangenen Unterlagen gemeinsam mit der Fachabteilung und kommen in Kürze wieder auf Sie zu.

""" + KS_SIG, parent="m1")
    add("m1_3", schaefer, [me], K("2026-03-10 14:22"), """Sehr geehrter Herr Nowak,

Ihre Unterlagen haben uns überzeugt, und wir würden Sie gerne in einem ersten Gespräch per Microsoft Teams näher kennenlernen.

Das Gespräch führen Herr Dr. Stefan Brandt (Teamleiter Testautomatisierung) und Frau Aylin Yılmaz (Product Owner Fahrplandaten). Ich selbst nehme daran nicht teil. Geplant sind ca. 60 Minuten; das Gespräch findet auf Deutsch statt, fachliche Teile gerne auch auf Englisch.

Folgende Termine kann ich Ihnen anbieten:
• Mittwoch, 18.03.2026, 15:00 Uhr
• Donnerstag, 26.03.2026, 10:00 Uhr
• Freitag, 27.03.2026, 11:00 Uhr

Bitte teilen Sie mir mit, welcher Termin Ihnen am besten passt.

""" + KS_SIG, parent="m1_2")
    add("m1_4", me, [schaefer], K("2026-03-10 19:30"), """Sehr geehrte Frau Schäfer,

vielen Dank für die Einladung, darüber freue ich mich sehr.

Der Donnerstag, 26.03.2026, um 10:00 Uhr passt mir am besten.

Mit freundlichen Grüßen
Bartosz Nowak""", parent="m1_3")
    code = "OWE0ZjNiMjYtYzE4Ny00ZDYwLThiYTItNWY2ZTAxYzM3ZDQ4"
    m_desc = ("Kennenlernen per Microsoft Teams, Position Senior Testautomatisierer (m/w/d), Kennziffer "
              "AT-2026-014.\n\nGesprächspartner: Dr. Stefan Brandt (Teamleiter Testautomatisierung), "
              "Aylin Yılmaz (Product Owner Fahrplandaten).\n\n" + teams_de("297 553 140 862", "cV7hQp", code))
    add("m1_5", schaefer, [me], K("2026-03-11 09:12"), """Sehr geehrter Herr Nowak,

gerne bestätige ich Ihnen den Termin am Donnerstag, 26.03.2026, von 10:00 bis 11:00 Uhr.

Anbei erhalten Sie die Einladung mit dem Teams-Link. Ihre Gesprächspartner sind wie angekündigt Herr Dr. Brandt und Frau Yılmaz.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

""" + KS_SIG, parent="m1_4",
        ics=make_ics(method="REQUEST", uid=uid_outlook("qa-krakow", "m1"), stamp=K("2026-03-11 09:12"),
                     start=K("2026-03-26 10:00"), end=K("2026-03-26 11:00"),
                     summary="Kennenlernen Herr Nowak – Senior Testautomatisierer (m/w/d)",
                     organizer=schaefer, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="W. Europe Standard Time", location="Microsoft Teams-Besprechung",
                     description=m_desc, prodid=OUTLOOK, extra=outlook_extra(code)),
        ics_mode="attach")
    add("m1_6", schaefer, [me], K("2026-03-26 16:40"), """Sehr geehrter Herr Nowak,

vielen Dank, dass Sie sich heute Vormittag die Zeit für das Gespräch mit Herrn Dr. Brandt und Frau Yılmaz genommen haben.

Wir führen in dieser und der kommenden Woche noch Gespräche mit weiteren Kandidatinnen und Kandidaten. Eine Rückmeldung zum weiteren Vorgehen erhalten Sie von uns bis spätestens Mittwoch, 08.04.2026.

""" + KS_SIG, parent="m1_5")

    # ================================================================== Orbitra (Bengaluru)
    add("o1", sneha, [me], K("2026-03-02 07:48"), """Hi Bartosz,

Greetings from Orbitra!

I came across your profile on LinkedIn and wanted to reach out regarding an exciting opportunity. Orbitra is a Bangalore-headquartered B2B SaaS company (logistics visibility platform) and we are setting up our first engineering pod in Europe to be closer to our customers there.

We are looking for a QA Automation Lead (remote from Poland, EU working hours) who will set up the automation practice for the new pod and work closely with our QA team in Bangalore. PFA the JD for your reference.

If this interests you, kindly share your updated resume and a couple of time slots for a conversation with our Engineering Manager, Rajesh Iyer.

Thanks & Regards,
Sneha Kulkarni
Talent Acquisition | Orbitra
+91 98450 31127""", subject="QA Automation Lead (Remote, EU) – Orbitra",
        attachments=[pdf("Orbitra_JD_QA_Automation_Lead_EU.pdf", [
            "QA Automation Lead (Remote, EU) - Orbitra",
            "Set up test automation for the new European engineering pod",
            "Work with the QA team in Bengaluru; EU working hours",
        ])])
    add("o1_2", me, [sneha], K("2026-03-02 20:15"), """Hi Sneha,

Thank you for getting in touch. A greenfield automation setup for a new pod sounds like a good challenge.

Please find my CV attached. Next week I'm flexible in the afternoons (CET), for example Tuesday 10.03 or Thursday 12.03, any time after 14:00 CET.

Best regards,
Bartosz Nowak""", parent="o1", attachments=[CV])
    add("o1_3", sneha, [me], K("2026-03-03 10:05"), """Hi Bartosz,

Thank you for sharing your resume.

Rajesh is available on Thursday, 12th March at 7:30 PM IST, which should be 3:00 PM CET for you. Please confirm so that I can block his calendar.

Thanks & Regards,
Sneha""", parent="o1_2")
    add("o1_4", me, [sneha], K("2026-03-03 12:40"), """Hi Sneha,

Confirmed: Thursday 12.03 at 15:00 CET (19:30 IST) works for me.

Best,
Bartosz""", parent="o1_3")
    add("o1_5", sneha, [me], K("2026-03-03 13:10"), """Hi Bartosz,

This email confirms your video call with Rajesh Iyer (rajesh.iyer@orbitra.io), Engineering Manager – Platform Quality, on Thursday, 12 March 2026, from 7:30 PM to 8:30 PM IST (3:00 PM to 4:00 PM CET).

You will receive a Google Meet invite from me shortly. I will not be joining the call myself; it will be just you and Rajesh.

All the best!

Thanks & Regards,
Sneha""", parent="o1_4")
    o_desc = ("Interviewer: Rajesh Iyer (Engineering Manager – Platform Quality). 60 min conversation on "
              "test strategy and automation leadership for the EU pod.\n\nJoin with Google Meet: "
              "https://meet.google.com/qdx-hfmr-wup")
    add("o2", sneha_cal, [me], K("2026-03-03 13:12"), """You have been invited to the following event.

Orbitra | QA Automation Lead – Bartosz Nowak <> Rajesh Iyer
When: Thursday Mar 12, 2026 7:30pm – 8:30pm India Standard Time - Kolkata
Joining info: Join with Google Meet
meet.google.com/qdx-hfmr-wup

Calendar: bartosz.nowak@example.net
Who:
* sneha.kulkarni@orbitra.io - organizer
* rajesh.iyer@orbitra.io
* bartosz.nowak@example.net

Interviewer: Rajesh Iyer (Engineering Manager – Platform Quality). 60 min conversation on test strategy and automation leadership for the EU pod.

Going (bartosz.nowak@example.net)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
You are receiving this email at the account bartosz.nowak@example.net because you are an attendee of this event.""",
        subject="Invitation: Orbitra | QA Automation Lead – Bartosz Nowak <> Rajesh Iyer @ Thu Mar 12, 2026 7:30pm - 8:30pm (IST) (bartosz.nowak@example.net)",
        headers=dict(GCAL),
        ics=make_ics(method="REQUEST", uid=uid_google("qa-krakow", "o2"), stamp=K("2026-03-03 13:12"),
                     start=K("2026-03-12 15:00"), end=K("2026-03-12 16:00"),
                     summary="Orbitra | QA Automation Lead – Bartosz Nowak <> Rajesh Iyer",
                     organizer=sneha,
                     attendees=[(sneha, "ACCEPTED", "INDIVIDUAL"), (rajesh, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Asia/Kolkata", location="https://meet.google.com/qdx-hfmr-wup",
                     description=o_desc), ics_mode="google")
    add("o3", me, [rajesh], K("2026-03-12 18:05"), """Hi Rajesh,

Thank you for taking the time to talk with me this afternoon (or rather this evening, on your side of the call). I enjoyed hearing how the QA team in Bangalore grew from two people to twenty, and what you expect the European pod to do differently.

Why I'd like to take this on:
- I've set up an automation practice from an empty repository before (Playwright, API contract tests, GitLab CI);
- I'm used to working with a team spread across time zones;
- I care about test reliability as much as about coverage.

As I mentioned, I'll put together a short write-up of how we moved flaky tests into a quarantine lane in CI, together with a small sample repository, and send it to you by Friday, 20.03.

Best regards,
Bartosz Nowak
+48 601 482 913""", subject="Thank you – QA Automation Lead conversation")
    add("o3_2", rajesh, [me], K("2026-03-13 05:50"), """Hi Bartosz,

Thanks for the note, it was a good discussion. Looking forward to the write-up.

Regards,
Rajesh

--
Rajesh Iyer
Engineering Manager – Platform Quality
Orbitra Technologies Pvt. Ltd., Bengaluru""", parent="o3")
    add("o1_6", sneha, [me], K("2026-03-17 11:30"), """Hi Bartosz,

Hope you are doing well.

Rajesh asked me to let you know that he enjoyed the conversation with you. We are still speaking with a few more candidates this week; the hiring panel will review all the profiles on 24th March and we will get back to you latest by 26th March.

Thanks for your patience!

Thanks & Regards,
Sneha""", parent="o1_5")
    add("o1_7", me, [sneha], K("2026-03-17 19:02"), """Hi Sneha,

Thank you for the update, good to know where things stand.

Best,
Bartosz""", parent="o1_6")

    # ================================================================== Bluebonnet Health (Austin)
    gh_text = """Hi Bartosz,

Thanks for your interest in Bluebonnet Health! We've received your application for Senior SDET (Remote – EMEA) and our team is reviewing it now.

If your background is a match for the role, a member of our recruiting team will reach out to discuss next steps. Because of the volume of applications we receive, we aren't able to respond to every applicant individually.

In the meantime, you can learn more about life at Bluebonnet at bluebonnethealth.com/careers.

Best,
The Bluebonnet Health Recruiting Team

This email was sent from an unmonitored address. Please do not reply."""
    add("b1", greenhouse, [me], K("2026-03-02 16:20"), gh_text,
        subject="Thank you for applying to Bluebonnet Health!", html=html_of(gh_text), html_only=True,
        headers=dict(AUTO))
    add("b2", megan, [me], K("2026-03-09 17:05"), """Hi Bartosz!

Thanks so much for applying for our Senior SDET (Remote – EMEA) role. I'm the recruiting coordinator for the Quality Engineering team, and I'd love to get you scheduled for the next step.

Travis Whitfield (travis.whitfield@bluebonnethealth.com), our Director of Quality Engineering, would like to meet you for a 45-minute video interview. He's based here in Austin, so we typically look at mornings Central time. Would any of these work for you?

- Mon 3/23, 9:00 AM CST
- Tue 3/24, 8:30 AM CST
- Wed 3/25, 10:00 AM CST

Just a heads up that I won't be on the call myself – it'll be just you and Travis.

Best,
Megan

Megan Alvarez
Recruiting Coordinator | Bluebonnet Health
Austin, TX""", subject="Bluebonnet Health – Senior SDET (Remote – EMEA): next step with Travis")
    add("b2_2", me, [megan], K("2026-03-09 21:40"), """Hi Megan,

Thank you! Monday 3/23 at 9:00 AM your time works for me. If I'm counting right, that's 15:00 here in Kraków: your clocks moved forward yesterday and ours only change on March 29, so for these few weeks we're six hours apart instead of seven.

Best regards,
Bartosz""", parent="b2")
    add("b2_3", megan, [me], K("2026-03-10 15:30"), """You're counting right – good catch on the time change, it trips us up every spring!

This email confirms your video interview with Travis Whitfield on Monday, March 23, from 9:00 to 9:45 AM CST (3:00 to 3:45 PM CET).

Zoom: https://bluebonnethealth.zoom.us/j/86231447905?pwd=Ym9uZXRTcUFfdGVzdA
Meeting ID: 862 3144 7905 / Passcode: 551923

Let me know if anything changes on your side!

Best,
Megan""", parent="b2_2")
    add("b2_4", megan, [me], K("2026-03-20 16:10"), """Hi Bartosz,

Sorry for the short notice – Travis just had a board-prep session land on his calendar Monday morning. Would Tuesday 3/24, same time (9:00 AM CST / 3:00 PM for you), work instead?

Apologies for the shuffle!

Megan""", parent="b2_3")
    add("b2_5", me, [megan], K("2026-03-20 16:35"), "Tuesday works.\n\nWysłane z iPhone'a", parent="b2_4",
        q=q_ios_pl)
    add("b2_6", megan, [me], K("2026-03-20 17:02"), """Perfect! You're all set for Tuesday, March 24, 9:00–9:45 AM CST (3:00–3:45 PM your time). Same Zoom link as before.

Megan""", parent="b2_5")
    add("b2_7", megan, [me], K("2026-03-26 17:45"), """Hi Bartosz,

Just a quick note to say Travis really enjoyed your conversation on Tuesday. We're wrapping up interviews with a couple of other candidates for the role and expect to have an update for everyone by the end of next week.

Thanks for your patience in the meantime!

Megan""", parent="b2_6")

    # ================================================================== Fenwick Street (London)
    add("f1", lucy, [me], K("2026-03-05 12:20"), """Hi Bartosz,

Hope you're well! I'm Lucy, I look after engineering hiring at Fenwick Street – we build payment infrastructure for UK marketplaces (card acquiring, payouts, that sort of thing).

We're hiring a QA Automation Engineer for our Payments Core team. It's fully remote; we already have a few engineers in Poland and work with them through an Employer of Record, or on a B2B basis if that's what people prefer. Your Playwright and API testing background looks like a really good fit.

Fancy a quick chat? I've got time next Friday, the 13th, at 10am UK time if that works?

Cheers,
Lucy

Lucy Barnes
Talent Partner, Engineering
Fenwick Street Payments Ltd · London""", subject="QA Automation role at Fenwick Street (remote)")
    add("f1_2", me, [lucy], K("2026-03-05 19:00"), """Hi Lucy,

Nice to hear from you, and happy to chat. Friday 13th at 10:00 UK time (11:00 for me) is fine. Should I expect a phone call or a video link?

Best regards,
Bartosz""", parent="f1")
    add("f1_3", lucy, [me], K("2026-03-06 10:02"), """Lovely! I'll just give you a ring on the number on your LinkedIn (+48 601 482 913) if that's OK – nothing formal, 30 mins max.

Speak Friday,
Lucy""", parent="f1_2")
    add("f1_4", me, [lucy], K("2026-03-13 13:10"), """Hi Lucy,

Thank you for the call this morning, it was a really useful overview of the team and of how the interview loop works.

As requested, my CV is attached. And yes, I'm comfortable with UK working hours; it's only an hour of difference.

Best regards,
Bartosz Nowak
+48 601 482 913""", parent="f1_3", attachments=[CV])
    add("f1_5", lucy, [me], K("2026-03-16 11:30"), """Hi Bartosz,

Great news – Oliver and Hannah would love to meet you! It'll be an hour with both of them: Oliver Pembroke, our Engineering Manager for Payments Core, and Hannah Clarke, one of our Senior QA Engineers. Expect a mix of your experience, a walk through how you'd test a payout flow, and plenty of time for your questions.

I've booked it for Wednesday 25th March at 2pm UK time (3pm for you) – you'll get a calendar invite from our system (Lever) in a moment.

Cheers,
Lucy""", parent="f1_4")
    lever_text = """Hi Bartosz,

Your interview with Fenwick Street Payments is confirmed.

Position: QA Automation Engineer (Remote)
When: Wednesday, March 25, 2026, 2:00 PM – 3:00 PM GMT (Europe/London)
Where: Google Meet – https://meet.google.com/fsp-rmkq-tjd

Interviewers:
Oliver Pembroke – Engineering Manager, Payments Core
Hannah Clarke – Senior QA Engineer

If you need to reschedule, please reply to Lucy Barnes directly.

Sent via Lever on behalf of Fenwick Street Payments"""
    add("f2", lever, [me], K("2026-03-16 11:41"), lever_text,
        subject="Interview Confirmation: QA Automation Engineer (Remote) – Fenwick Street Payments",
        html=html_of(lever_text), headers=dict(AUTO),
        ics=make_ics(method="REQUEST", uid=uid_uuid("qa-krakow", "f2"), stamp=K("2026-03-16 11:41"),
                     start=K("2026-03-25 15:00"), end=K("2026-03-25 16:00"),
                     summary="Interview: Bartosz Nowak – QA Automation Engineer (Remote)",
                     organizer=lever,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (oliver, "ACCEPTED", "INDIVIDUAL"),
                                (hannah, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Europe/London", location="https://meet.google.com/fsp-rmkq-tjd",
                     description="Interviewers: Oliver Pembroke (Engineering Manager, Payments Core), "
                     "Hannah Clarke (Senior QA Engineer).",
                     prodid="-//Lever//Lever Interview Scheduling//EN"), ics_mode="attach")
    add("f3", hannah, [me], K("2026-03-25 18:30"), """Hi Bartosz,

As promised, here's the write-up on mutation testing for our fee rules that I mentioned – it went up on our engineering blog a couple of months ago: https://engineering.fenwickstreet.co.uk/mutation-testing-fee-rules

Enjoyed the chat!

Hannah

Hannah Clarke
Senior QA Engineer · Fenwick Street Payments""", subject="The mutation testing article")
    add("f3_2", me, [hannah], K("2026-03-25 21:05"), """Hi Hannah,

Thank you for sending it, and thank you for the conversation this afternoon. Walking through the payout flow with you was the part I enjoyed most; mutating fee rules to check that the tests really catch rounding errors is something I'd like to try in my current project too.

Best regards,
Bartosz Nowak
+48 601 482 913""", parent="f3")
    add("f1_6", lucy, [me], K("2026-03-26 10:15"), """Hi Bartosz,

Thanks for your time with Oliver and Hannah yesterday! The team are getting together on Monday to compare notes on all the candidates, and I'll come back to you by Tuesday 31st at the latest.

Cheers,
Lucy""", parent="f1_5")
    add("f1_7", lucy, [me], K("2026-03-27 16:50"), """Hi Bartosz,

Thanks again for your patience. The team ended up meeting earlier than planned, and I'm afraid we've decided not to move forward with your application this time.

It was genuinely close – Oliver and Hannah were both impressed with your automation experience – but we've gone with someone who has more hands-on card-payments background, which matters a lot for this particular team.

I'd love to keep in touch, as we'll be opening another QA role later in the year. I hope that's OK with you.

All the best,
Lucy""", parent="f1_6")
    add("f1_8", me, [lucy], K("2026-03-28 10:20"), """Hi Lucy,

Thank you for letting me know, and for being so open about the reasons; that's rarer than it should be.

Of course, I'd be glad to stay in touch and to be considered for the QA role later in the year.

Best regards,
Bartosz""", parent="f1_7")

    # ================================================================== Amberline Data (Kraków)
    add("a1", dominika, [me], K("2026-03-11 13:40"), """Dear Mr. Nowak,

I am writing to you regarding the position of Senior QA Engineer in Amberline Data – an American company providing an analytics platform for retail chains, with an engineering centre in Kraków (Podgórze).

We are looking for a person with strong experience in test automation in Python (pytest) and API testing, who will join the team responsible for our data ingestion services. The work model is hybrid – 1 day per week in the office.

Please find attached the details of the offer. In case you are interested, please send me your CV and let me know your availability for the first meeting.

""" + DS_SIG, subject="Senior QA Engineer (Python) – Amberline Data, Kraków",
        attachments=[pdf("Amberline_Senior_QA_Engineer.pdf", [
            "Senior QA Engineer (Python) - Amberline Data Krakow",
            "Data ingestion team; pytest, REST APIs, Airflow, Snowflake",
            "Hybrid: 1 day per week in the office (ul. Lwowska 11)",
            "Employment contract or B2B",
        ])])
    add("a1_2", me, [dominika], K("2026-03-11 21:00"), """Dear Ms. Sikora,

Thanks for your e-mail. The role sounds interesting; pytest was actually my first automation framework, before I moved to Playwright.

My CV is attached. As for the first meeting, Friday 20.03 in the morning would suit me best.

Best regards,
Bartosz Nowak
+48 601 482 913""", parent="a1", attachments=[CV])
    add("a1_3", dominika, [me], K("2026-03-12 09:20"), """Dear Bartosz,

Thank you for the CV.

I have scheduled our meeting for 20.03.2026 (Friday) at 10:00 – you will receive an invitation from me in a separate e-mail. From our side there will be me and Grzegorz Baran, QA Manager.

""" + DS_SIG, parent="a1_2", q=q_outlook_pl, prefix="ODP: ")
    code = "MzQ4YzE5ZGYtOWE1Yi00ZjAyLWI3NjMtMGQ4ZTI1YTE2NmMw"
    a_desc = teams_pl("318 440 772 915", "hT6mP9", code)
    add("a2", dominika, [me, grzegorz], K("2026-03-12 09:24"), a_desc,
        subject="Bartosz Nowak | Amberline – 1st meeting",
        ics=make_ics(method="REQUEST", uid=uid_outlook("qa-krakow", "a2"), stamp=K("2026-03-12 09:24"),
                     start=K("2026-03-20 10:00"), end=K("2026-03-20 11:00"),
                     summary="Bartosz Nowak | Amberline – 1st meeting", organizer=dominika,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (grzegorz, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central European Standard Time", location="Spotkanie w aplikacji Microsoft Teams",
                     description=a_desc, prodid=OUTLOOK, extra=outlook_extra(code)),
        ics_mode="outlook")
    add("a1_4", me, [dominika], K("2026-03-20 12:30"), """Dear Dominika,

Thank you for this morning's conversation and for the clear picture of how the ingestion team works. I liked the idea of contract tests between the ingestion services and the warehouse loaders, and the fact that QA takes part in design reviews from the start.

Please pass my thanks on to Grzegorz as well.

Best regards,
Bartosz Nowak""", parent="a1_3")
    add("a1_5", dominika, [me], K("2026-03-23 14:05"), """Dear Bartosz,

Thank you for your time on Friday, the feedback from Grzegorz is positive.

We are still meeting other candidates this week, so I will revert to you with the information about next steps by Friday, 27.03.2026 at the latest.

""" + DS_SIG, parent="a1_4", q=q_outlook_pl, prefix="ODP: ")

    # ================================================================== Ravenscar (referral)
    add("r1", pawel, [me], K("2026-03-19 22:10"), """Siema Bartek!

Widziałem na LinkedInie zielone kółko "Open to work", więc piszę od razu ;) U nas w Ravenscar otwierają Senior QA w zespole Joanny Lis (platforma do wykrywania zagrożeń, Python + Playwright, trochę testów wydajnościowych w k6). Zespół jest spoko, Joanna też – konkretna, nie robi spotkań dla spotkań.

Pamiętasz, jak na AGH ratowałeś mi projekt z Javy? No to teraz ja się odwdzięczę: jak chcesz, podeślij mi CV, wrzucę Cię przez nasz program poleceń. Mamy premię za referral, więc piwo na Kazimierzu stawiam ja :D

P.

--
Paweł Dudek
Senior Backend Engineer | Ravenscar Security
Kraków""", subject="Senior QA u nas – wchodzisz?")
    add("r1_2", me, [pawel], K("2026-03-20 07:55"), """Hej Paweł,

super, że o mnie pomyślałeś! CV w załączniku (wersja angielska, zakładam, że proces jest po angielsku).

Jasne, że wchodzę – k6 to akurat coś, czego chętnie robiłbym więcej.

Bartek""", parent="r1", attachments=[CV])
    add("r1_3", pawel, [me], K("2026-03-20 12:14"), """Wrzucone do systemu, Joanna już wie, że jesteś ode mnie. Mówiła, że powinna się do Ciebie odezwać w przyszłym tygodniu.

P.

Wysłane z iPhone'a""", parent="r1_2", q=q_ios_pl)
    add("r2", joanna, [me], K("2026-03-24 10:05"), """Hi Bartosz,

Paweł Dudek tells me good things about you – apparently you're the person behind the flaky-test dashboard he keeps mentioning :)

I lead the quality team for our detection platform here in Kraków, and I'm looking for a senior person to join us. Before anything formal, I'd like to tell you a bit about what we're building and hear what you're looking for.

Could we talk on Monday? 16:00 would suit me best, on Google Meet.

Best,
Joanna

Joanna Lis
Engineering Manager, Quality | Ravenscar Security
Kraków""", subject="Hello from Ravenscar")
    add("r2_2", me, [joanna], K("2026-03-24 18:30"), """Hi Joanna,

Thanks a lot for reaching out, and for the kind words (I'll make sure Paweł gets his beer).

Monday, 30.03 at 16:00 works for me. Talk then!

Best,
Bartosz""", parent="r2")
    add("r2_3", joanna, [me], K("2026-03-25 08:50"), """Great! Here's the link: https://meet.google.com/vke-qtrn-oxa

One small thing – the clocks change on Sunday, so that's 16:00 Kraków summer time, in case your calendar does anything odd.

Joanna""", parent="r2_2")
    add("r2_4", joanna, [me], K("2026-03-31 09:40"), """Hi Bartosz,

Good to talk yesterday. As I mentioned, the next step would be a technical conversation with two people from the team, Krzysztof and Lena. I'm collecting their availability and will send you a few slot options by Wednesday next week (8.04).

Joanna""", parent="r2_3")

    # ================================================================== Nordhavn Analytics (application)
    add("n1", me, [kinga], K("2026-03-17 10:12"), """Dear Ms. Pawlak,

I would like to be considered for the Test Automation Engineer (Playwright) position in Nordhavn Analytics' Kraków office (ref. KRK-QA-07), which I found on your careers page.

I have nearly six years of experience in QA, the last three focused on test automation with Playwright and TypeScript. At Sigmaline I built our end-to-end framework from scratch, integrated it with GitLab CI, and introduced contract tests for the services our mobile apps depend on.

Please find attached my CV. I would be happy to tell you more about my experience in a conversation.

Kind regards,
Bartosz Nowak
+48 601 482 913
linkedin.com/in/bartosz-nowak-qa""",
        subject="Application – Test Automation Engineer (Playwright), ref. KRK-QA-07", attachments=[CV])
    add("n1_2", kinga, [me], K("2026-03-17 10:13"), """Dziękuję za wiadomość. Jestem poza biurem do 23.03.2026 z ograniczonym dostępem do poczty. Odpowiem po powrocie.

Thank you for your message. I am out of the office until 23.03.2026 with limited access to e-mail. I will reply after my return.

Kinga Pawlak
Talent Acquisition Specialist | Nordhavn Analytics""", parent="n1", quote=False,
        subject="Odpowiedź automatyczna: Application – Test Automation Engineer (Playwright), ref. KRK-QA-07",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ================================================================== Fintrail (networking coffee)
    add("g1", me, [niamh], K("2026-02-26 21:30"), """Hi Niamh,

We spoke briefly after your talk on contract testing at Kraków Testing Meetup on Tuesday; I was the one asking about Pact and GraphQL.

I'm at a point where I'm wondering whether my next step should be towards a test lead role, and I'd really value half an hour of your perspective on how you built the quality guild at Fintrail. Would you have time for a coffee sometime in the next couple of weeks? My treat, of course.

Best regards,
Bartosz Nowak
QA Engineer, Sigmaline
+48 601 482 913""", subject="Coffee? (after your contract testing talk)")
    add("g1_2", niamh, [me], K("2026-02-27 08:10"), """Hi Bartosz,

Of course, I remember the GraphQL question! Happy to.

How about Thursday 12 March, 8am at Karma on Krupnicza? I'm basically useless after 10 on Thursdays, back-to-back meetings.

Niamh

Niamh O'Connor
Head of Quality · Fintrail""", parent="g1")
    add("g1_3", me, [niamh], K("2026-02-27 12:02"), "Perfect, see you on the 12th at 8:00 at Karma.\n\nBartosz",
        parent="g1_2")
    add("g1_4", me, [niamh], K("2026-03-12 12:40"), """Hi Niamh,

Thank you for this morning, and for being so candid about the first year of building the guild, including what didn't work. The point about test leads keeping at least a third of their time hands-on really stuck with me.

I've already ordered "Team Topologies", as you suggested.

Best,
Bartosz""", parent="g1_3")
    add("g1_5", niamh, [me], K("2026-03-13 19:20"), """My pleasure, Bartosz! Let me know what you think of the book – chapter 5 is the one. And good luck with the interviews.

N.""", parent="g1_4")

    # ================================================================== Lightkeeper Games (networking lunch)
    add("k1", kamil, [me], K("2026-03-16 13:05"), """Siema Bartek,

widziałem, że masz "Open to work" na LinkedInie :) Jak chcesz pogadać o tym, jak u nas w Lightkeeperze wygląda QA po roku od mojego przejścia, to zapraszam na lunch. Środa 25.03 koło 12:30 na Zabłociu? Mam blisko z biura.

Kamil""", subject="Lunch?")
    add("k1_2", me, [kamil], K("2026-03-16 18:20"), """Hej Kamil,

chętnie! Środa 25.03 o 12:30 pasuje. Gdzie proponujesz?

Bartek""", parent="k1")
    add("k1_3", kamil, [me], K("2026-03-17 09:03"), """Szklarnia na Przemysłowej, mają dobre lunche w tygodniu. Do zobaczenia!

K.""", parent="k1_2", q=q_gmail_pl)
    add("k1_4", me, [kamil], K("2026-03-25 15:10"), """Kamil, wielkie thanks za lunch i za szczere info o crunchu przed premierą – dużo mi to rozjaśniło. Następny lunch ja stawiam.

Bartek""", parent="k1_3")
    add("k1_5", kamil, [me], K("2026-03-25 16:02"), """Spoko, luz :) Jakby co, w drugim kwartale otwieramy drugi etat QA – daj znać, to Cię polecę.

K.""", parent="k1_4", q=q_gmail_pl)

    # ================================================================== Aurelius Bank (Workday portal)
    wd1 = """Dear Bartosz,

Thank you for your interest in Aurelius Bank and for applying for the QA Automation Engineer position (Job Requisition ID: R-0031822) at our Technology Centre in Kraków.

Our Talent Acquisition team will review your application and, if your qualifications match the requirements of the role, we will be in touch within the next couple of weeks.

You can check the status of your application at any time by signing in to your candidate home account.

Kind regards,
Aurelius Bank Talent Acquisition

This is an automatically generated message. Please do not reply to this e-mail."""
    add("w1", workday, [me], K("2026-03-06 14:02"), wd1,
        subject="Thank you for applying – QA Automation Engineer (R-0031822)", html=html_of(wd1),
        html_only=True, headers=dict(AUTO))
    wd2 = """Dear Bartosz,

Thank you for the time you invested in applying for the QA Automation Engineer position at Aurelius Bank Technology Centre Kraków.

After careful consideration, we regret to inform you that we have decided to pursue other candidates whose profiles more closely match the current needs of the team.

We encourage you to keep an eye on our careers site and to apply for future openings that match your skills and interests.

We wish you every success in your job search.

Kind regards,
Aurelius Bank Talent Acquisition"""
    add("w2", workday, [me], K("2026-03-24 08:15"), wd2,
        subject="Your application for QA Automation Engineer (R-0031822)", html=html_of(wd2),
        html_only=True, headers=dict(AUTO))

    # ================================================================== TalentBridge IT / Vantage Ledger
    add("t1", patrycja, [me], K("2026-02-17 09:35"), """Dear Mr. Nowak,

I am reaching out to you with a job offer for the position of Test Automation Engineer for our client – an international company from the fintech sector with an office in Kraków.

Main information:
- stack: Java/Selenium (migration to Playwright planned in 2026), REST API, Jenkins
- form of cooperation: B2B, 140–170 PLN/h net + VAT
- 100% remote possible, occasional visits in the Kraków office welcome
- recruitment process: short call with me, technical interview with the client, meeting with the Engineering Manager

If you are interested, please send me your CV in English and let me know when I can call you.

""" + PG_SIG, subject="Job offer – Test Automation Engineer (B2B, fintech, Kraków/remote)")
    add("t1_2", me, [patrycja], K("2026-02-17 20:10"), """Dear Ms. Górska,

Thank you for the message. The project sounds interesting, especially the planned move to Playwright, which is exactly what I've been doing for the last two years. I should add that my Java is a bit rusty compared to TypeScript and Python.

My CV is attached. You can call me tomorrow (Wednesday) after 16:00.

Best regards,
Bartosz Nowak
+48 601 482 913""", parent="t1", attachments=[CV])
    add("t1_3", patrycja, [me], K("2026-02-18 16:45"), """Dear Mr. Nowak,

Thank you for the pleasant phone conversation today.

As agreed, I am sending your profile to the client. I will revert with the feedback as soon as I receive it from them.

""" + PG_SIG, parent="t1_2", q=q_outlook_pl, prefix="ODP: ")
    add("t1_4", patrycja, [me], K("2026-03-11 10:20"), """Dear Bartosz,

Sorry for the long silence – the client needed more time than planned. Good news: they would like to invite you for the technical interview!

Date: 31.03.2026 (Tuesday), 10:00–11:00, MS Teams
From the client's side: Mr. Rafał Szymański (Engineering Manager) and Mr. Piotr Lewandowski (Senior QA Engineer)

The client is Vantage Ledger – now I can reveal the name :) You will receive the Teams invitation directly from their HR department.

""" + PG_SIG, parent="t1_3", q=q_outlook_pl, prefix="ODP: ")
    add("t1_5", me, [patrycja], K("2026-03-11 12:45"), """Hi Patrycja,

Great news, thank you! 31.03 at 10:00 works for me. I'll keep an eye out for the invitation.

Best regards,
Bartosz""", parent="t1_4")
    code = "ZjY3MTBhMzQtODhiMi00YzdkLTkxZTUtNjNhMGM0ZDI3YjE5"
    v_desc = ("Dear Bartosz,\n\nPlease find below the link to the technical interview for the Test "
              "Automation Engineer position.\n\nKind regards,\nMonika Zając\nHR Specialist | Vantage Ledger\n\n"
              + teams_en("294 617 330 482", "Gf8kQ2", code))
    v_uid = uid_outlook("qa-krakow", "t2")
    v_att = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (rafal, "ACCEPTED", "INDIVIDUAL"),
             (piotr, "ACCEPTED", "INDIVIDUAL")]
    add("t2", monika, [me, rafal, piotr], K("2026-03-11 15:10"), v_desc,
        subject="Technical interview – Bartosz Nowak (TalentBridge)",
        ics=make_ics(method="REQUEST", uid=v_uid, stamp=K("2026-03-11 15:10"),
                     start=K("2026-03-31 10:00"), end=K("2026-03-31 11:00"),
                     summary="Technical interview – Bartosz Nowak (TalentBridge)", organizer=monika,
                     attendees=v_att, tzid="Central European Standard Time",
                     location="Microsoft Teams Meeting", description=v_desc, prodid=OUTLOOK,
                     extra=outlook_extra(code)), ics_mode="outlook")
    v_cancel = ("Due to internal changes, the recruitment process for this position has been put on hold. "
                "We apologise for any inconvenience.\n\nMonika Zając\nHR Specialist | Vantage Ledger")
    add("t3", monika, [me, rafal, piotr], K("2026-03-26 17:30"), v_cancel,
        subject="Canceled: Technical interview – Bartosz Nowak (TalentBridge)",
        headers={"Importance": "high"},
        ics=make_ics(method="CANCEL", uid=v_uid, stamp=K("2026-03-26 17:30"),
                     start=K("2026-03-31 10:00"), end=K("2026-03-31 11:00"),
                     summary="Canceled: Technical interview – Bartosz Nowak (TalentBridge)",
                     organizer=monika, attendees=v_att, tzid="Central European Standard Time",
                     location="Microsoft Teams Meeting", description=v_cancel, prodid=OUTLOOK,
                     sequence=1, status="CANCELLED"), ics_mode="outlook")
    add("t1_6", patrycja, [me], K("2026-03-26 18:05"), """Panie Bartoszu,

niestety mam złe wiadomości – klient wstrzymał rekrutację na to stanowisko z powodu reorganizacji budżetu, więc rozmowa zaplanowana na 31.03 jest odwołana. Bardzo mi przykro, zwłaszcza że czekał Pan na nią tak długo.

Zostawiam Pana CV w naszej bazie i odezwę się, jak tylko pojawi się podobny projekt.

Pozdrawiam serdecznie,
Patrycja Górska
TalentBridge IT""", parent="t1_5", q=q_outlook_pl, prefix="ODP: ")
    add("t1_7", me, [patrycja], K("2026-03-26 20:30"), """Pani Patrycjo,

szkoda, ale rozumiem, to przecież nie Pani wina. Proszę o kontakt, gdyby pojawiło się coś podobnego, najlepiej z Playwrightem.

Pozdrawiam,
Bartosz Nowak""", parent="t1_6")

    # ================================================================== Tidewell Energy (UK)
    add("c1", tom, [me], K("2026-03-18 13:10"), """Hi Bartosz,

I'm Tom, the in-house recruiter at Tidewell Energy – we're a Bristol-based renewable energy supplier building our own billing and smart-meter platform. We're adding a Test Automation Engineer to the platform team and can hire remotely anywhere in Europe.

If you fancy a 30-minute intro chat, grab whatever slot suits you here: https://calendly.com/tom-ashby-tidewell/30min

Cheers,
Tom

Tom Ashby | Talent Acquisition | Tidewell Energy
tidewellenergy.co.uk""", subject="Test Automation Engineer at Tidewell Energy (remote, Europe)")
    cal_text = """Hi Bartosz Nowak,

A new event has been scheduled.

Event Type:
30 Minute Meeting

Invitee:
Bartosz Nowak
bartosz.nowak@example.net

Event Date/Time:
12:00pm - 12:30pm (Central European Time) on Tuesday, March 31, 2026

Location:
Zoom: https://tidewellenergy.zoom.us/j/81502937741

Invitee Time Zone:
Central European Time

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7d1e2c0a-5b44-4f1e-9a0d-3c6b2f8e1a77
Reschedule: https://calendly.com/reschedulings/7d1e2c0a-5b44-4f1e-9a0d-3c6b2f8e1a77

Powered by Calendly.com"""
    add("c2", calendly, [me], K("2026-03-18 20:24"), cal_text,
        subject="Confirmed: 30 Minute Meeting with Tom Ashby on Tuesday, March 31, 2026",
        html=html_of(cal_text), headers=dict(AUTO),
        ics=make_ics(method="REQUEST", uid=uid_uuid("qa-krakow", "c2"), stamp=K("2026-03-18 20:24"),
                     start=K("2026-03-31 12:00"), end=K("2026-03-31 12:30"),
                     summary="30 Minute Meeting: Tom Ashby and Bartosz Nowak", organizer=tom,
                     attendees=[(me, "ACCEPTED", "INDIVIDUAL"), (tom, "ACCEPTED", "INDIVIDUAL")],
                     location="https://tidewellenergy.zoom.us/j/81502937741",
                     description="Event Name: 30 Minute Meeting\n\nNeed to make changes to this event? "
                     "https://calendly.com/reschedulings/7d1e2c0a-5b44-4f1e-9a0d-3c6b2f8e1a77",
                     prodid="-//Calendly//Calendly Scheduling//EN"), ics_mode="attach")
    add("c1_2", me, [tom], K("2026-03-18 20:30"), """Hi Tom,

Thanks for getting in touch, it sounds interesting. I've booked Tuesday 31.03 at 12:00 my time (11:00 UK, if I've got the clock change right).

Best regards,
Bartosz""", parent="c1")
    add("c1_3", me, [tom], K("2026-03-31 12:14"), """Hi Tom,

I've been in the Zoom room since 12:00 (11:00 UK) for our call. Just checking whether we're still on, or whether I have the wrong link?

Bartosz
+48 601 482 913""", parent="c1_2", q=q_web)
    add("c1_4", tom, [me], K("2026-03-31 13:40"), """Bartosz, I'm so sorry – I got pulled into a hiring panel that overran and completely missed our slot. Not the first impression I wanted to make!

Could we try again on Thursday 9 April, same time (11am UK / 12pm for you)? I'll move the booking on my side.

Tom""", parent="c1_3")
    add("c1_5", me, [tom], K("2026-03-31 14:02"), """No worries at all, it happens. Thursday 9.04 at 12:00 my time is fine.

Bartosz""", parent="c1_4")
    add("c1_6", tom, [me], K("2026-03-31 14:20"), """Cheers for being so understanding – moved it. Speak on the 9th!

Tom""", parent="c1_5")

    # ================================================================== Smokbyte (offer)
    add("s1", kuba, [me], K("2026-03-02 14:20"), """Cześć Bartosz,

jestem Kuba, CTO w Smokbyte – robimy aplikację do rozliczeń dla małych biur rachunkowych (tak, faktury, KSeF i te klimaty ;)). Widziałem Twoje wystąpienie o flaky testach na Kraków Testing Meetup w listopadzie i od tego czasu chodzi za mną, że przydałby się nam ktoś taki.

Mamy 8 devów i zero QA – chcemy zatrudnić pierwszą osobę, która poukłada testy od zera. Wpadniesz do nas na Kazimierz pogadać, bez żadnej formalnej rekrutacji? Może wtorek 10.03 o 17:00?

Kuba

--
Jakub Wilk
CTO, Smokbyte sp. z o.o.
ul. Józefa 19/4, Kraków
tel. 604 118 392""", subject="Pierwszy QA w Smokbyte?")
    add("s1_2", me, [kuba], K("2026-03-02 19:40"), """Cześć Kuba,

miło mi! Chętnie wpadnę, wtorek 10.03 o 17:00 pasuje. Podeślesz dokładny adres?

Bartek""", parent="s1")
    add("s1_3", kuba, [me], K("2026-03-03 08:30"), """ul. Józefa 19/4, drugie piętro, domofon "Smokbyte". Do zobaczenia!

K.""", parent="s1_2", q=q_gmail_pl)
    add("s1_4", kuba, [me], K("2026-03-12 11:05"), """Bartek,

fajnie się gadało we wtorek. Ola (nasza CEO) już pyta, kiedy mógłbyś zacząć ;) Przegadamy wszystko między sobą i wrócimy z konkretną propozycją do piątku 20.03.

K.""", parent="s1_3", q=q_gmail_pl)
    add("s1_5", kuba, [me], K("2026-03-23 10:15"), """Cześć Bartek,

sorry za poślizg – w piątek mieliśmy demo u inwestora i wszystko inne poleciało. Mamy dla Ciebie ofertę! Szczegóły w PDF-ie, w skrócie:
– B2B, 26 000 zł netto/mc + VAT,
– 24 dni płatnej przerwy,
– Medicover, MultiSport, MacBook Pro,
– start od 1.05 (albo później, jeśli masz dłuższe wypowiedzenie).

Wiem, że pewnie rozmawiasz też z innymi, więc daj znać, co myślisz.

Kuba""", parent="s1_4", q=q_gmail_pl, attachments=[pdf("Smokbyte_oferta_B2B_Bartosz_Nowak.pdf", [
            "Smokbyte sp. z o.o. - propozycja wspolpracy B2B",
            "Stanowisko: QA Engineer (pierwsza osoba w zespole QA)",
            "Wynagrodzenie: 26 000 PLN netto miesiecznie + VAT",
            "24 dni platnej przerwy, Medicover, MultiSport, MacBook Pro",
            "Start: 01.05.2026 lub pozniej",
        ])])
    add("s1_6", me, [kuba], K("2026-03-23 21:30"), """Cześć Kuba,

bardzo dziękuję za ofertę – cieszę się, że po wtorkowej rozmowie dalej myślicie o mnie jako o pierwszym QA.

Jestem w końcówce jeszcze jednego procesu i chciałbym porównać obie propozycje na spokojnie (tam w grę wchodzi też umowa o pracę, więc liczę wszystko z księgową). Dam Ci znać do poniedziałku 30.03.

Bartek""", parent="s1_5")
    add("s1_7", me, [kuba], K("2026-03-30 19:45"), """Cześć Kuba,

obiecałem odpowiedź na dziś, więc piszę, choć jeszcze nie ostateczną – w drugim procesie decyzja ma zapaść w tym tygodniu. Czy moglibyście potrzymać ofertę do środy 8.04? Do tego dnia dam Ci ostateczną odpowiedź, niezależnie od wyniku.

Bartek""", parent="s1_6")
    add("s1_8", kuba, [me], K("2026-03-30 21:10"), """Jasne, 8.04 jest ok. Trzymamy kciuki – oczywiście za siebie ;)

K.""", parent="s1_7", q=q_gmail_pl)

    # ================================================================== Sigmaline (current job)
    code = "YTkwNzRlMWMtM2I2Ni00ZGQ4LWE1ZjQtMTdjOGU5YjAyMzU2"
    j_desc = """Cześć,

zapraszam Was na rozmowę techniczną z kandydatką na stanowisko Junior QA Engineer – Julią Mazur. CV w załączniku, notatki z rozmowy HR wrzuciłam do teczki rekrutacji na SharePoincie.

Bartek – prośba, żebyś poprowadził część praktyczną (zadanie z testowania formularza rejestracji), Tomek – część o procesie i zespole.

Bartek, wysyłam też na prywatnego maila, bo wczoraj pisałeś, że Outlook na laptopie znowu nie synchronizuje kalendarza.

Karolina

""" + teams_pl("385 201 664 093", "Pq3vR8", code)
    add("j1", karolina, [me, tomasz], K("2026-03-24 11:20"), j_desc,
        subject="Rozmowa techniczna – Junior QA Engineer (Julia Mazur)",
        ics=make_ics(method="REQUEST", uid=uid_outlook("qa-krakow", "j1"), stamp=K("2026-03-24 11:20"),
                     start=K("2026-03-26 13:00"), end=K("2026-03-26 14:00"),
                     summary="Rozmowa techniczna – Junior QA Engineer (Julia Mazur)", organizer=karolina,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (tomasz, "ACCEPTED", "INDIVIDUAL"),
                                (("Sala Wawel (4 os.)", "sala.wawel@sigmaline.pl"), "ACCEPTED", "ROOM")],
                     tzid="Central European Standard Time",
                     location="Sala Wawel (4 os.); Spotkanie w aplikacji Microsoft Teams",
                     description=j_desc, prodid=OUTLOOK, extra=outlook_extra(code)),
        ics_mode="outlook",
        attachments=[pdf("Julia_Mazur_CV.pdf", [
            "Julia Mazur - Junior QA Engineer",
            "ISTQB Foundation Level, Postman, basic Python",
            "Internship: manual testing of a banking mobile app (6 months)",
        ])])
    add("j1_2", karolina, [me, tomasz], K("2026-03-26 14:25"), """Dzięki za rozmowę z Julią! Wypełnijcie proszę scorecardy w systemie do jutra do 12:00, żebym mogła dać jej odpowiedź przed weekendem.

Karolina""", parent="j1", q=q_outlook_pl, prefix="ODP: ")
    add("j1_3", me, [karolina], K("2026-03-26 16:02"), """Scorecard uzupełniony. Moim zdaniem warto ją wziąć – bardzo dobrze szukała przypadków brzegowych, brakuje jej tylko praktyki z API.

Bartek""", parent="j1_2")
    add("j2", me, [tomasz], K("2026-03-16 09:12"), """Cześć Tomek,

czy mogę w piątek 20.03 zrobić sobie wolne do 12:00? Mam rano sprawy prywatne do załatwienia. Regresję do wersji 3.14 domknę w czwartek, więc nic nie powinno się zablokować.

Bartek""", subject="Piątek 20.03 – wolne do 12")
    add("j2_2", tomasz, [me], K("2026-03-16 09:40"), """Jasne, wpisz się tylko w kalendarz zespołu. I daj znać Adze, że smoke na stagingu w piątek rano robi ona.

T.""", parent="j2", q=q_outlook_pl, prefix="ODP: ")
    add("j2_3", me, [tomasz], K("2026-03-16 09:55"), "Jasne, już jej napisałem na Slacku.\n\nB.", parent="j2_2")

    # ================================================================== family and private life
    add("p1", mama, [me], K("2026-03-08 19:30"), """Bartuś,

dzwoniłam, ale nie odbierałeś. Kiedy przyjedziesz na Święta? Tata chce wiedzieć, czy kupować większą szynkę, bo Ola z Michałem i małą też będą.

I jak tam ta praca w tej norweskiej firmie? Ciocia Basia pytała, a ja nie wiem, co mówić.

Całuję,
Mama""", subject="Wielkanoc")
    add("p1_2", me, [mama], K("2026-03-08 21:02"), """Cześć Mamo,

sorry, byłem na ściance i telefon został w szafce. Przyjadę w sobotę 4.04 rano pociągiem, zostanę do poniedziałku.

Z pracą jeszcze nic nie wiadomo, mam kilka rozmów. Jak coś będzie na pewno, to od razu powiem. Cioci Basi powiedz, że „się dzieje" :)

Buziaki,
Bartek""", parent="p1")
    add("p1_3", mama, [me], K("2026-04-01 20:15"), """Bartuś, to widzimy się w sobotę! Tata wyjedzie po Ciebie na dworzec, napisz tylko, o której przyjeżdża pociąg.

Mama""", parent="p1_2", quote=False)
    add("p2", tata, [me], K("2026-03-23 07:50"), """Synu, przeczytaj, to o Twojej pracy. Mam nadzieję, że to bzdury.

Tata

---------- Wiadomość przekazana dalej ----------
Od: Tygodnik Tarnowski <newsletter@tygodnik-tarnowski.pl>
Data: 22 marca 2026 18:00
Temat: Czy sztuczna inteligencja zastąpi testerów oprogramowania?

Firmy informatyczne coraz częściej sięgają po narzędzia AI, które same piszą testy. Eksperci są podzieleni: jedni przewidują, że zawód testera zniknie w ciągu dekady, inni twierdzą, że jego rola po prostu się zmieni – zamiast klikać, testerzy będą projektować strategię jakości i pilnować, żeby automaty nie przepuszczały błędów.

Czytaj dalej na tygodnik-tarnowski.pl""", subject="Fwd: Czy sztuczna inteligencja zastąpi testerów oprogramowania?")
    add("p3", ola, [me], K("2026-03-10 12:40"), """Hej braciszku,

tata kończy 60 lat 12 kwietnia, myślałam, żebyśmy się złożyli na ten zegarek do biegania, o którym gada od roku (Garmin). Wychodzi ok. 1400 zł, czyli po 700. Wchodzisz?

Ola""", subject="Prezent dla taty na 60-tkę")
    add("p3_2", me, [ola], K("2026-03-10 13:15"), "Wchodzę! Podeślij numer konta, bo nie pamiętam, który jest aktualny.\n\nB.",
        parent="p3")
    add("p3_3", ola, [me], K("2026-03-10 13:22"), """61 1140 2004 0000 3102 7651 9022 – dzięki!! Kupię, jak będzie promocja.

O.""", parent="p3_2", q=q_gmail_pl)
    add("p3_4", me, [ola], K("2026-03-10 20:05"), "Poszło 700 zł, tytuł „Garmin dla taty” :)\n\nB.", parent="p3_3")
    add("p4", landlord, [me], K("2026-03-02 18:20"), """Dzień dobry Panie Bartoszu,

zgodnie z umową najmu informuję, że od kwietnia czynsz zostaje zwaloryzowany o wskaźnik inflacji (4,9%), czyli będzie wynosił 2 937 zł zamiast 2 800 zł. Opłaty administracyjne bez zmian.

Proszę również o przesłanie zdjęć stanu wodomierzy (ciepła i zimna woda) do końca tygodnia, bo spółdzielnia robi rozliczenie.

Z poważaniem
Zbigniew Kowal""", subject="Czynsz od kwietnia + odczyt wodomierzy")
    add("p4_2", me, [landlord], K("2026-03-03 08:05"), """Dzień dobry Panie Zbigniewie,

przyjąłem do wiadomości. W załączeniu zdjęcia wodomierzy: zimna 112,47 m³, ciepła 58,03 m³.

Przy okazji: grzejnik w sypialni znowu słabo grzeje u góry, chyba trzeba go odpowietrzyć. Czy mógłby Pan kogoś przysłać?

Pozdrawiam
Bartosz Nowak""", parent="p4",
        attachments=[("wodomierz_zimna.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"),
                     ("wodomierz_ciepla.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 64 + b"\xff\xd9")])
    add("p4_3", landlord, [me], K("2026-03-03 19:40"), """Dziękuję. Hydraulik, pan Mietek, przyjdzie w czwartek 5.03 około 17:00, proszę być w domu.

Z poważaniem
Z. Kowal""", parent="p4_2", quote=False)
    zus_text = """Szanowny Panie,

na Pana profilu na Platformie Usług Elektronicznych ZUS (PUE ZUS/eZUS) jest nowa wiadomość.

Aby ją przeczytać, zaloguj się na www.zus.pl/ezus.

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.

Zakład Ubezpieczeń Społecznych"""
    add("p5", zus, [me], K("2026-03-09 06:02"), zus_text,
        subject="Nowa wiadomość na Twoim profilu PUE ZUS/eZUS", html=html_of(zus_text), headers=dict(AUTO))
    add("p6", renata, [me], K("2026-03-12 09:15"), """Dzień dobry Panie Bartoszu,

przesyłam zestawienie za luty 2026:
– składki ZUS (społeczne + Fundusz Pracy): 1 926,76 zł – termin 20.03.2026,
– składka zdrowotna (podatek liniowy, 4,9%): 1 054,22 zł – termin 20.03.2026,
– zaliczka na PIT (19%): 3 412,00 zł – termin 20.03.2026,
– VAT: 5 290,00 zł – termin 25.03.2026.

Numery rachunków bez zmian, mikrorachunek podatkowy jak poprzednio.

Pozdrawiam
Renata Kubiak
Biuro Rachunkowe Saldo
ul. Długa 12/3, 31-147 Kraków
tel. 12 421 55 30""", subject="Rozliczenie za luty 2026 – do zapłaty")
    add("p6_2", me, [renata], K("2026-03-22 20:40"), """Dzień dobry Pani Renato,

wszystko za luty opłacone.

Mam prośbę: dostałem dwie propozycje współpracy i jedna z firm pyta o oczekiwania zarówno na umowie o pracę, jak i na B2B. Czy mogłaby Pani policzyć, ile zostanie mi „na rękę” miesięcznie przy B2B 165 zł/h netto (ok. 168 h) na liniowym, w porównaniu z UoP 21 000 zł brutto? Najlepiej do środy, bo w czwartek muszę odpowiedzieć.

Pozdrawiam
Bartosz Nowak""", parent="p6")
    add("p6_3", renata, [me], K("2026-03-23 10:05"), """Dzień dobry,

oczywiście, policzę i odeślę najpóźniej w środę 25.03.

Renata Kubiak""", parent="p6_2", q=q_outlook_pl, prefix="ODP: ")
    add("p6_4", renata, [me], K("2026-03-25 15:40"), """Dzień dobry Panie Bartoszu,

w załączeniu wyliczenie. W skrócie (kwoty miesięczne, 2026 r.):
– B2B, 165 zł/h × 168 h = 27 720 zł netto; po ZUS, składce zdrowotnej i PIT liniowym zostaje ok. 19 900 zł;
– UoP 21 000 zł brutto: ok. 14 750 zł netto (po przekroczeniu progu w drugiej połowie roku mniej, ok. 13 300 zł).

Proszę pamiętać, że na B2B nie ma płatnego urlopu ani chorobowego, chyba że firma przewiduje płatną przerwę – warto to wpisać do umowy.

Pozdrawiam
Renata Kubiak""", parent="p6_3", q=q_outlook_pl, prefix="ODP: ",
        attachments=[pdf("Wyliczenie_B2B_vs_UoP_2026.pdf", [
            "Wyliczenie B2B vs UoP - 2026 (szacunkowo)",
            "B2B 165 zl/h x 168 h = 27 720 zl netto; na reke ok. 19 900 zl",
            "UoP 21 000 zl brutto; na reke ok. 14 750 zl (po progu ok. 13 300 zl)",
        ])])
    tix1 = """Dziękujemy za zakup biletu w systemie sprzedaży PKP Intercity.

Podróż: Kraków Główny → Tarnów
Data wyjazdu: 04.04.2026, godz. 08:47
Pociąg: IC 38170 „KINGA”
Wagon 7, miejsce 55 (okno), klasa 2
Cena: 29,90 zł

Bilet w załączniku. Prosimy o okazanie biletu wraz z dokumentem tożsamości podczas kontroli.

PKP Intercity S.A."""
    add("p7", intercity, [me], K("2026-03-12 21:14"), tix1,
        subject="Potwierdzenie zakupu biletu – e-bilet nr EIC 61288053", html=html_of(tix1),
        headers=dict(AUTO), attachments=[pdf("eIC_61288053.pdf", [
            "PKP Intercity - bilet EIC 61288053", "Krakow Glowny - Tarnow, 04.04.2026 08:47",
            "IC 38170, wagon 7, miejsce 55, klasa 2"])])
    tix2 = """Dziękujemy za zakup biletu w systemie sprzedaży PKP Intercity.

Podróż: Tarnów → Kraków Główny
Data wyjazdu: 06.04.2026, godz. 18:12
Pociąg: IC 83107 „SZRENICA”
Wagon 12, miejsce 21, klasa 2
Cena: 29,90 zł

Bilet w załączniku.

PKP Intercity S.A."""
    add("p8", intercity, [me], K("2026-03-29 11:02"), tix2,
        subject="Potwierdzenie zakupu biletu – e-bilet nr EIC 61301974", html=html_of(tix2),
        headers=dict(AUTO), attachments=[pdf("eIC_61301974.pdf", [
            "PKP Intercity - bilet EIC 61301974", "Tarnow - Krakow Glowny, 06.04.2026 18:12",
            "IC 83107, wagon 12, miejsce 21, klasa 2"])])
    LIST = {"List-Id": "Ekstrema - lista klubowa <lista.ekstrema-krakow.pl>", "Precedence": "list"}
    add("p9", michal, [lista], K("2026-03-16 20:45"), """Cześć wszystkim,

jeśli pogoda dopisze, w sobotę 21.03 jedziemy na Jurę – Rzędkowice, a jak będzie tłoczno, to Góra Zborów. Zbiórka 7:30 pod Biprostalem, wracamy ok. 18. Zapisy w arkuszu klubowym, kto ma wolne miejsca w aucie, niech dopisze.

Michał""", subject="[Ekstrema] Wyjazd na Jurę – sobota 21.03", headers=LIST)
    add("p9_2", me, [lista], K("2026-03-16 21:30"), """Wpisałem się. Mam 2 wolne miejsca w aucie, ruszam z Kazimierza.

Bartek""", parent="p9")
    add("p9_3", ania, [lista], K("2026-03-17 07:58"), """Biorę jedno miejsce u Bartka, jeśli aktualne!

Ania""", parent="p9_2", q=q_gmail_pl, headers=LIST)
    add("p10", skarbnik, [me], K("2026-02-20 10:00"), """Cześć,

przypominamy o składce członkowskiej na 2026 rok – 180 zł (ulgowa 120 zł) do 31 marca. Numer konta klubu bez zmian. Po tym terminie nie możemy wystawić zaświadczeń do ubezpieczenia PZA.

Skarbnik KW Ekstrema""", subject="Składka członkowska 2026 – przypomnienie")
    gym = """NOWE PRZYSTAWKI W STREFIE B!

W weekend przekręciliśmy całą strefę B – 40 nowych problemów od 4a do 7b.

Nocny Boulder: sobota 28.03, od 20:00 do 2:00 – DJ, zawody dla par, pizza. Wstęp na karnet.

Do zobaczenia na macie!
Ekipa Forteca Boulder"""
    add("p11", forteca, [me], K("2026-03-19 17:00"), gym,
        subject="Nowa strefa B + Nocny Boulder 28.03 🧗", html=html_of(gym),
        headers=bulk_headers("<news.fortecaboulder.pl>", "https://fortecaboulder.pl/newsletter/wypisz"))
    dentist_text = """Dzień dobry,

potwierdzamy wizytę:
Pacjent: Bartosz Nowak
Lekarz: lek. dent. Anna Kruk
Termin: wtorek, 17.03.2026, godz. 18:00
Adres: ul. Starowiślna 55/2, Kraków

W razie konieczności odwołania wizyty prosimy o kontakt najpóźniej 24 godziny wcześniej pod numerem 12 430 18 90.

Pozdrawiamy
Rejestracja Gabinetu Stomatologicznego Uśmiech"""
    add("d1", dentist, [me], K("2026-03-09 12:30"), dentist_text,
        subject="Potwierdzenie wizyty – 17.03.2026, godz. 18:00",
        ics=make_ics(method="PUBLISH", uid=uid_uuid("qa-krakow", "d1"), stamp=K("2026-03-09 12:30"),
                     start=K("2026-03-17 18:00"), end=K("2026-03-17 18:45"),
                     summary="Wizyta – Gabinet Stomatologiczny Uśmiech (lek. dent. Anna Kruk)",
                     organizer=dentist, tzid="Europe/Warsaw",
                     location="ul. Starowiślna 55/2, Kraków",
                     prodid="-//Usmiech Stomatologia//Rejestracja 3.2//PL"), ics_mode="publish")
    add("d1_2", dentist, [me], K("2026-03-18 10:10"), """Dzień dobry Panie Bartoszu,

w nawiązaniu do wczorajszej wizyty – pani doktor prosi o wizytę kontrolną po leczeniu kanałowym za ok. 3 tygodnie. Grafik na kwiecień jest jeszcze układany, zadzwonimy do Pana z propozycją terminu do piątku 27.03.

Pozdrawiamy
Rejestracja""", parent="d1", quote=False)

    # ================================================================== alerts, newsletters, receipts
    def li_alert(key, when, n, jobs):
        text = ("Your job alert for qa automation engineer in Kraków, Małopolskie, Poland\n"
                "%d new jobs match your preferences.\n\n" % n)
        for title, company, place in jobs:
            text += "%s\n%s · %s\nApply with resume & profile\n\n" % (title, company, place)
        text += ("See all jobs on LinkedIn\n\nYou are receiving Job Alert emails.\n"
                 "Unsubscribe · Help\n© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.")
        add(key, linkedin, [me], when, text,
            subject="“qa automation engineer”: %d new jobs in Kraków" % n, html=html_of(text),
            headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe"))

    li_alert("l1", K("2026-03-09 07:00"), 12, [
        ("Senior QA Automation Engineer (Playwright)", "Halvorsen Systems", "Kraków (Hybrid)"),
        ("Test Automation Engineer", "Nordhavn Analytics", "Kraków (Hybrid)"),
        ("QA Engineer – Payments", "Kestrel Pay", "Kraków (On-site)"),
        ("SDET (Python)", "Amberline Data", "Kraków (Hybrid)")])
    li_alert("l2", K("2026-03-23 07:00"), 9, [
        ("QA Automation Lead", "Quanta Rail Systems", "Kraków (Hybrid)"),
        ("Senior Software Engineer in Test", "Vistula Cloud", "Poland (Remote)"),
        ("Test Automation Engineer – Games", "Lightkeeper Games", "Kraków (On-site)")])
    li_alert("l3", K("2026-04-02 07:02"), 15, [
        ("Senior QA Engineer (Security Platform)", "Ravenscar Security", "Kraków (Hybrid)"),
        ("Quality Engineer, Mobile", "Tatra Mobility", "Kraków (Hybrid)"),
        ("Lead SDET", "Bluebonnet Health", "EMEA (Remote)"),
        ("QA Automation Engineer (TypeScript)", "Brightmill", "Poland (Remote)")])
    itp = """Nowe oferty pracy dopasowane do Twojego profilu: Test Automation / QA, Kraków + zdalnie

• Senior QA Automation Engineer – Halvorsen Systems – Kraków, hybrydowo – 20 000–25 000 zł brutto (UoP)
• Test Automation Engineer (Java → Playwright) – klient agencji – zdalnie – 140–170 zł/h netto + VAT (B2B)
• QA Engineer – Smart Metering – Tidewell Energy – zdalnie (UK) – £55–65k
• Junior QA Engineer – Sigmaline – Kraków – 7 000–9 000 zł brutto

Aplikuj jednym kliknięciem. Powodzenia na rozmowach kwalifikacyjnych!

Zespół ITpraca.pl
Nie chcesz otrzymywać alertów? Zmień ustawienia powiadomień."""
    add("p12", itpraca, [me], K("2026-03-18 08:00"), itp,
        subject="5 nowych ofert: Test Automation / QA – Kraków, zdalnie", html=html_of(itp),
        headers=bulk_headers("<alerty.itpraca.pl>", "https://itpraca.pl/alerty/wypisz"))
    gb1 = """THE GREEN BUILD – issue #112

This week:
1. Trace viewer tricks in Playwright 1.52 you probably missed
2. Contract testing pitfalls: when your Pact broker lies to you
3. Job of the week: Staff SDET at a Berlin scale-up (remote in the EU)
4. Interview: how a Kraków QA guild halved its flaky tests

Happy testing,
Dana from The Green Build

You're receiving this because you subscribed at thegreenbuild.dev. Unsubscribe any time."""
    add("nl1", greenbuild, [me], K("2026-03-06 08:30"), gb1,
        subject="The Green Build #112: trace viewer tricks, lying Pact brokers", html=html_of(gb1),
        headers=bulk_headers("<weekly.thegreenbuild.dev>", "https://thegreenbuild.dev/unsubscribe"))
    gb2 = """THE GREEN BUILD – issue #114

This week:
1. Testing time zones: the two weeks every spring when the US and Europe disagree
2. k6 vs. Gatling for API load tests in 2026
3. Should SDETs own the CI pipeline? A reader debate
4. Three questions to ask at the end of a QA interview

Happy testing,
Dana from The Green Build

You're receiving this because you subscribed at thegreenbuild.dev. Unsubscribe any time."""
    add("nl2", greenbuild, [me], K("2026-03-20 08:30"), gb2,
        subject="The Green Build #114: the DST gap, k6 vs Gatling", html=html_of(gb2),
        headers=bulk_headers("<weekly.thegreenbuild.dev>", "https://thegreenbuild.dev/unsubscribe"))
    mu1 = """Kraków Testing Meetup

Reminder: you're going to Kraków Testing Meetup #47 tomorrow!

Contract tests in a microservice zoo – Niamh O'Connor (Fintrail)
Exploratory testing meets AI assistants – Piotr Gaweł

Tuesday, February 24, 2026, 6:00 PM to 9:00 PM CET
Hub Zabłocie, ul. Zabłocie 23, Kraków

See event details on Meetup."""
    add("mu1", meetup, [me], K("2026-02-23 18:00"), mu1,
        subject="Reminder: Kraków Testing Meetup #47 is tomorrow", html=html_of(mu1),
        headers=bulk_headers("<krakow-testing.meetup.com>", "https://www.meetup.com/account/comms/"))
    mu2 = """Kraków Testing Meetup

New event: Kraków Testing Meetup #48 – Contract tests that don't lie

Tuesday, April 14, 2026, 6:00 PM to 9:00 PM CEST
Hub Zabłocie, ul. Zabłocie 23, Kraków

42 spots left. RSVP on Meetup."""
    add("mu2", meetup, [me], K("2026-03-25 12:00"), mu2,
        subject="New event: Kraków Testing Meetup #48 – Contract tests that don't lie", html=html_of(mu2),
        headers=bulk_headers("<krakow-testing.meetup.com>", "https://www.meetup.com/account/comms/"))
    add("p13", marta, [me, szymon, ania], K("2026-03-11 19:12"), """Hej ekipa,

planszówki u nas w sobotę 14.03? Szymon kupił wreszcie „Wingspana”, a ja obiecałam, że nie będę się złościć, jak przegram. Od 19:00, my ogarniamy pizzę.

M.""", subject="Planszówki w sobotę?")
    add("p13_2", me, [marta, szymon, ania], K("2026-03-11 20:03"), "Jestem! Przyniosę „Azula” i coś do picia.\n\nBartek",
        parent="p13", q=q_web)
    add("p13_3", szymon, [marta, me, ania], K("2026-03-11 21:40"), "Super, to jest nas pięcioro z Anią i Kubą.\n\nSz.",
        parent="p13_2", q=q_gmail_pl)
    bank_text = """Szanowny Kliencie,

wyciąg z rachunku osobistego nr ... 4471 za okres 01.02.2026–28.02.2026 jest dostępny w bankowości internetowej, w zakładce Dokumenty.

Bank Krakowski S.A.
Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać."""
    add("p14", bank, [me], K("2026-03-03 06:40"), bank_text, subject="Wyciąg z rachunku za luty 2026",
        html=html_of(bank_text), headers=dict(AUTO))
    order = """Dziękujemy za zamówienie nr 2026/03/48812!

La Sportiva Finale, rozmiar 42,5 – 449,00 zł
Magnezja w kostce 56 g – 12,90 zł
Dostawa: Paczkomat KRA47M – 13,99 zł
Razem: 475,89 zł (opłacone BLIK)

Poinformujemy Cię, gdy paczka zostanie wysłana.

Wspinak.pl – sklep wspinaczkowy"""
    add("p15", wspinak, [me], K("2026-03-15 21:18"), order,
        subject="Potwierdzenie zamówienia nr 2026/03/48812", html=html_of(order), headers=dict(AUTO))
    ship = """Twoja paczka do zamówienia nr 2026/03/48812 jest już w drodze!

Numer przesyłki: 6800 4471 2093 5518 2260 11
Paczkomat: KRA47M, ul. Starowiślna 60

Wspinak.pl"""
    add("p15b", wspinak, [me], K("2026-03-17 14:02"), ship,
        subject="Zamówienie 2026/03/48812 zostało wysłane", html=html_of(ship), headers=dict(AUTO))
    tc = """Cześć Bartosz,

dziękujemy za zakup biletu na TestCamp Kraków 2026!

Termin: sobota, 16.05.2026, 9:00–18:00
Miejsce: ICE Kraków, ul. Marii Konopnickiej 17
Bilet: Early Bird – 349 zł (faktura VAT w załączniku)

Do zobaczenia w maju!
Zespół TestCamp"""
    add("p16", testcamp, [me], K("2026-02-20 13:30"), tc, subject="Twój bilet na TestCamp Kraków 2026",
        html=html_of(tc), headers=dict(AUTO), attachments=[pdf("TestCamp2026_FV_0412.pdf", [
            "Faktura VAT FV/0412/02/2026", "TestCamp Krakow 2026 - bilet Early Bird", "349,00 zl brutto"])])
    eus_text = """Dzień dobry,

w e-Urzędzie Skarbowym masz nową wiadomość dotyczącą rozliczenia za 2025 rok.

Zaloguj się na podatki.gov.pl, aby ją odczytać.

Krajowa Administracja Skarbowa
Ta wiadomość została wysłana automatycznie."""
    add("p17", eus, [me], K("2026-02-16 08:00"), eus_text,
        subject="Nowa wiadomość w e-Urzędzie Skarbowym", html=html_of(eus_text), headers=dict(AUTO))
    tel = """Dzień dobry,

Twoja faktura za marzec 2026 jest już dostępna.
Kwota do zapłaty: 59,99 zł
Termin płatności: 20.03.2026
Numer konta do wpłaty: 31 1020 2892 0000 5402 0711 3392

Telko24"""
    add("p18", telko, [me], K("2026-03-05 05:30"), tel, subject="Faktura za marzec 2026 – Telko24",
        html=html_of(tel), headers=dict(AUTO),
        attachments=[pdf("Telko24_faktura_03_2026.pdf", ["Telko24 - faktura 03/2026", "Kwota: 59,99 zl"])])
    aghn = """Newsletter Absolwentów AGH – luty 2026

• Zjazd absolwentów Wydziału Informatyki – 23 maja 2026
• Program mentoringowy: szukamy mentorów z branży IT (zgłoszenia do 15 marca)
• Wspomnienia z Rajdu AGH 2006 – zdjęcia w galerii

Stowarzyszenie Wychowanków AGH"""
    add("p19", agh, [me], K("2026-02-19 12:00"), aghn, subject="Newsletter Absolwentów AGH – luty 2026",
        html=html_of(aghn),
        headers=bulk_headers("<newsletter.absolwenci-agh.pl>", "https://absolwenci-agh.pl/newsletter/wypisz"))

    # ================================================================== threads
    T = case.thread
    T("h1", True, "recruiter", "Halvorsen Systems",
      "Agnieszka sourced him (18.02); CV sent; intro call 24.02 thanked; technical task promised by 04.03 and "
      "sent 03.03; pair-testing and final set here; his own 'by Thursday 26.03' kept; her 'decision by "
      "Wednesday 01.04, I will revert the same day' is past but inside the grace at now")
    T("h2", True, "interview", "Halvorsen Systems", "Teams invite: intro call Tue 24.02 15:30-16:00 with Agnieszka")
    T("h3", True, "interview", "Halvorsen Systems",
      "Teams invite: pair-testing Wed 11.03 13:00-14:30 with Marek and Ewa (room listed); organiser not attending")
    T("h4", True, "interview", "Halvorsen Systems", "one thank-you note to both Marek and Ewa; Marek replied")
    T("h5", True, "interview", "Halvorsen Systems",
      "Teams invite: final with Lars Hauge Mon 23.03 09:00-09:45; organiser not attending")
    T("h6", True, "interview", "Halvorsen Systems", "thank-you to Lars in a new thread; he replied")
    T("m1", True, "interview", "Alpentakt GmbH",
      "German application by e-mail to the HR contact; she replied; Teams interview Thu 26.03 10:00-11:00 with two "
      "people named only by name (no addresses anywhere); she did not attend; no mail from the user since")
    T("o1", True, "recruiter", "Orbitra",
      "recruiter; CV; call with Rajesh set in IST; 'Rajesh asked me to let you know ... latest by 26th March' "
      "after a panel on 24 March; nothing since")
    T("o2", True, "interview", "Orbitra",
      "Google Calendar invite, IST: Thu 12.03 15:00-16:00 CET with Rajesh; the organiser said she would not join")
    T("o3", True, "interview", "Orbitra",
      "thank-you to Rajesh in a new thread, promising a write-up 'by Friday, 20.03'; never sent")
    T("b1", True, "application", "Bluebonnet Health", "Greenhouse acknowledgement of a portal application")
    T("b2", True, "interview", "Bluebonnet Health",
      "coordinator (not on the call) sets a 45-min Zoom with Travis (address in her text), 'CST' written for CDT; "
      "moved from Mon 23.03 to Tue 24.03 15:00-15:45 CET; never thanked; her 'update by the end of next week'")
    T("f1", True, "rejection", "Fenwick Street Payments",
      "recruiter; phone screen Fri 13.03 thanked with CV; panel set; 'by Tuesday 31st' promise; rejection Fri 27.03; "
      "the user replied graciously")
    T("f2", True, "interview", "Fenwick Street Payments",
      "Lever invite from a no-reply organiser: panel Wed 25.03 14:00-15:00 GMT with Oliver and Hannah")
    T("f3", True, "interview", "Fenwick Street Payments", "Hannah's article after the panel; thanked in reply")
    T("a1", True, "recruiter", "Amberline Data",
      "recruiter; CV; meeting 20.03 with her and Grzegorz; she was thanked (asked to pass thanks on); 'I will "
      "revert ... by Friday, 27.03.2026'; nothing since")
    T("a2", True, "interview", "Amberline Data",
      "Outlook/Teams invite, title only: Fri 20.03 10:00-11:00 with Grzegorz Baran as attendee")
    T("r1", True, "networking", "Ravenscar Security",
      "university friend's internal referral (Polish); CV sent; 'she should get in touch next week' answered by "
      "the hiring manager's mail")
    T("r2", True, "interview", "Ravenscar Security",
      "hiring manager: 'Paweł tells me good things ... could we talk on Monday?'; Meet Mon 30.03 16:00 CEST (no "
      "end given); only a thanks before it; her 'slot options by Wednesday next week (8.04)'")
    T("n1", True, "application", "Nordhavn Analytics",
      "application with CV to a named recruiter; only her out-of-office reply since 17.03")
    T("g1", True, "networking", "Fintrail",
      "coffee asked after a meetup talk; Thu 12.03 08:00 (no end); thanked; her reply 13.03 the last exchange")
    T("k1", True, "networking", "Lightkeeper Games",
      "lunch with an ex-colleague Wed 25.03 12:30 (Polish); thanked the same afternoon; he replied")
    T("w1", True, "application", "Aurelius Bank", "Workday acknowledgement of a portal application")
    T("w2", True, "rejection", "Aurelius Bank", "Workday rejection")
    T("t1", True, "recruiter", "TalentBridge IT",
      "agency recruiter; CV; phone call 18.02; client interview on 31.03 announced; cancelled (in Polish) on 26.03")
    T("t2", True, "interview", "Vantage Ledger", "client's Teams invite for Tue 31.03 10:00-11:00")
    T("t3", True, "interview", "Vantage Ledger", "ICS CANCEL of the 31.03 interview")
    T("c1", True, "recruiter", "Tidewell Energy",
      "recruiter with a Calendly link; he missed the booked 31.03 12:00 call; moved to Thu 09.04 12:00")
    T("c2", True, "interview", "Tidewell Energy", "Calendly confirmation for Tue 31.03 12:00-12:30 CEST")
    T("s1", True, "offer", "Smokbyte",
      "startup CTO (Polish); meeting 10.03 17:00 at their office; offer 23.03 (B2B); his 'by Monday 30.03' kept by "
      "asking for time until 8.04")
    T("j1", False, None, "Sigmaline",
      "current job: he interviews a Junior QA candidate on 26.03 (hiring side)")
    T("j2", False, None, "Sigmaline", "current job: half day off on 20.03")
    T("p1", False, None, None, "mother: Easter plans")
    T("p2", False, None, None, "father forwards an article about AI and testers")
    T("p3", False, None, None, "sister: gift for their father")
    T("p4", False, None, None, "landlord: rent indexation, water meters, plumber")
    T("p5", False, None, "ZUS", "automated notice")
    T("p6", False, None, "Biuro Rachunkowe Saldo", "accountant: taxes; B2B vs employment calculation promised and sent")
    T("p7", False, None, "PKP Intercity", "train ticket")
    T("p8", False, None, "PKP Intercity", "train ticket")
    T("p9", False, None, None, "climbing club mailing list: trip on 21.03")
    T("p10", False, None, None, "climbing club membership fee")
    T("p11", False, None, "Forteca Boulder", "newsletter")
    T("d1", False, None, "Gabinet Stomatologiczny Uśmiech",
      "dentist: appointment 17.03 (ICS PUBLISH) and 'we will call you by Friday 27.03'")
    T("l1", False, None, "LinkedIn", "job alert")
    T("l2", False, None, "LinkedIn", "job alert")
    T("l3", False, None, "LinkedIn", "job alert")
    T("p12", False, None, "ITpraca.pl", "job board alert")
    T("nl1", False, None, "The Green Build", "newsletter")
    T("nl2", False, None, "The Green Build", "newsletter")
    T("mu1", False, None, "Meetup", "meetup reminder")
    T("mu2", False, None, "Meetup", "meetup announcement")
    T("p13", False, None, None, "friends: board games on 14.03")
    T("p14", False, None, "Bank Krakowski", "bank statement notice")
    T("p15", False, None, "Wspinak.pl", "order receipt")
    T("p15b", False, None, "Wspinak.pl", "shipping notice")
    T("p16", False, None, "TestCamp Kraków", "conference ticket")
    T("p17", False, None, "e-Urząd Skarbowy", "tax office notice")
    T("p18", False, None, "Telko24", "phone bill")
    T("p19", False, None, None, "alumni newsletter")

    # ================================================================== facts
    AGN, MAR, EWA, LAR = (agnieszka.email, marek.email, ewa.email, lars.email)
    case.meeting("h2", K("2026-02-24 15:30"), K("2026-02-24 16:00"), met=[AGN], thanks={AGN: "h1_4"})
    case.meeting("h3", K("2026-03-11 13:00"), K("2026-03-11 14:30"), met=[MAR, EWA],
                 thanks={MAR: "h4", EWA: "h4"})
    case.meeting("h5", K("2026-03-23 09:00"), K("2026-03-23 09:45"), met=[LAR], thanks={LAR: "h6"})
    case.application("h1", "h1_2", to=AGN, answered_by="h1_3")
    case.own_promise("h1", "h1_6", to=AGN, last_day="2026-03-04", kept_by="h1_8")
    case.own_promise("h1", "h1_14", to=AGN, last_day="2026-03-26", kept_by="h1_15")
    case.promise("h1", "h1_16", AGN, "2026-04-01")

    case.application("m1", "m1", to=schaefer.email, answered_by="m1_2")
    case.meeting("m1", K("2026-03-26 10:00"), K("2026-03-26 11:00"), met=[],
                 unknown=["Dr. Stefan Brandt", "Aylin Yılmaz"], arranged_by=schaefer.email)
    case.promise("m1", "m1_6", schaefer.email, "2026-04-08")

    case.application("o1", "o1_2", to=sneha.email, answered_by="o1_3")
    case.meeting("o2", K("2026-03-12 15:00"), K("2026-03-12 16:00"), met=[rajesh.email],
                 thanks={rajesh.email: "o3"})
    case.own_promise("o3", "o3", to=rajesh.email, last_day="2026-03-20")
    case.promise("o1", "o1_6", sneha.email, "2026-03-26")

    TRAVIS = "travis.whitfield@bluebonnethealth.com"
    case.meeting("b2", K("2026-03-23 15:00"), K("2026-03-23 15:45"), met=[TRAVIS], status="moved")
    case.meeting("b2", K("2026-03-24 15:00"), K("2026-03-24 15:45"), met=[TRAVIS])
    case.promise("b2", "b2_7", megan.email, "2026-04-03")

    OLI = oliver[1]
    case.meeting("f1", K("2026-03-13 11:00"), K("2026-03-13 11:30"), met=[lucy.email],
                 thanks={lucy.email: "f1_4"})
    case.application("f1", "f1_4", to=lucy.email, answered_by="f1_5")
    case.meeting("f2", K("2026-03-25 15:00"), K("2026-03-25 16:00"), met=[OLI, hannah.email],
                 thanks={hannah.email: "f3_2"})
    case.promise("f1", "f1_6", lucy.email, "2026-03-31", ended_by="f1_7")

    case.application("a1", "a1_2", to=dominika.email, answered_by="a1_3")
    case.meeting("a2", K("2026-03-20 10:00"), K("2026-03-20 11:00"), met=[dominika.email, grzegorz.email],
                 thanks={dominika.email: "a1_4"})
    case.promise("a1", "a1_5", dominika.email, "2026-03-27")

    case.application("r1", "r1_2", to=pawel.email, answered_by="r1_3")
    case.promise("r1", "r1_3", pawel.email, "2026-03-27", answered_by="r2")
    case.meeting("r2", K("2026-03-30 16:00"), None, met=[joanna.email])
    case.promise("r2", "r2_4", joanna.email, "2026-04-08")

    case.application("n1", "n1", to=kinga.email)

    case.meeting("g1", K("2026-03-12 08:00"), None, met=[niamh.email], networking=True,
                 thanks={niamh.email: "g1_4"})
    case.meeting("k1", K("2026-03-25 12:30"), None, met=[kamil.email], networking=True,
                 thanks={kamil.email: "k1_4"})

    case.application("t1", "t1_2", to=patrycja.email, answered_by="t1_3")
    case.meeting("t1", K("2026-02-18 16:05"), K("2026-02-18 16:25"), met=[patrycja.email],
                 thanks={patrycja.email: "t1_5"})
    case.meeting("t2", K("2026-03-31 10:00"), K("2026-03-31 11:00"), met=[rafal.email, piotr.email],
                 status="cancelled")

    case.meeting("c2", K("2026-03-31 12:00"), K("2026-03-31 12:30"), met=[tom.email], status="no-show")
    case.meeting("c1", K("2026-04-09 12:00"), K("2026-04-09 12:30"), met=[tom.email], status="scheduled")

    case.meeting("s1", K("2026-03-10 17:00"), None, met=[kuba.email])
    case.promise("s1", "s1_4", kuba.email, "2026-03-20", ended_by="s1_5")
    case.own_promise("s1", "s1_6", to=kuba.email, last_day="2026-03-30", kept_by="s1_7")
    case.own_promise("s1", "s1_7", to=kuba.email, last_day="2026-04-08")

    # not job search
    case.meeting("j1", K("2026-03-26 13:00"), K("2026-03-26 14:00"), met=[tomasz.email], job=False)
    case.own_promise("p1", "p1_2", to=mama.email, last_day="2026-04-04", job=False)
    case.meeting("p4", K("2026-03-05 17:00"), None, met=[], job=False, what="plumber")
    case.promise("p6", "p6_3", renata.email, "2026-03-25", job=False)
    case.meeting("p9", K("2026-03-21 07:30"), K("2026-03-21 18:00"), met=[michal.email], job=False)
    case.meeting("d1", K("2026-03-17 18:00"), K("2026-03-17 18:45"), met=[], job=False)
    case.promise("d1", "d1_2", dentist.email, "2026-03-27", job=False)
    case.meeting("mu1", K("2026-02-24 18:00"), K("2026-02-24 21:00"), met=[], job=False)
    case.meeting("mu2", K("2026-04-14 18:00"), K("2026-04-14 21:00"), met=[], job=False, status="scheduled")
    case.meeting("p13", K("2026-03-14 19:00"), None, met=[marta.email], job=False)
    case.meeting("p16", K("2026-05-16 09:00"), K("2026-05-16 18:00"), met=[], job=False, status="scheduled")

    # ================================================================== labels
    E = case.expect
    E("thank_you", "b2", TRAVIS,
      "video interview moved to Tue 24.03 15:00-15:45 CET and held; nothing sent to Travis since; due 17:45 that "
      "day, overdue since 25.03")
    E("thank_you", "f2", OLI,
      "panel Wed 25.03 15:00-16:00 CET held; only Hannah was thanked (and the recruiter, who was not on it); the "
      "rejection of 27.03 does not end a thank-you owed")
    E("thank_you", "a2", grzegorz.email,
      "met Fri 20.03 10:00-11:00; the note went to the recruiter only ('pass my thanks on to Grzegorz'); overdue "
      "since 21.03, stale only from 03.04")
    E("thank_you", "r2", joanna.email,
      "Meet call Mon 30.03 16:00 CEST (60 min by default) held; the only thanks came before it; due 19:00 that day")
    E("callback", "o1", sneha.email,
      "'we will get back to you latest by 26th March' (for the hiring manager); nothing from Orbitra since; due "
      "end of Mon 30.03", promised="2026-03-26")
    E("callback", "a1", dominika.email,
      "'I will revert to you ... by Friday, 27.03.2026 at the latest'; nothing from Amberline since; due end of "
      "Tue 31.03", promised="2026-03-27")
    E("own_promise", "o3", rajesh.email,
      "the user promised a write-up 'by Friday, 20.03' in his thank-you; nothing sent to Rajesh since")
    E("application", "n1", kinga.email,
      "application with CV on Tue 17.03 to a named recruiter; only an out-of-office reply; due end of Thu 26.03")
    E("networking", "g1", niamh.email,
      "coffee Thu 12.03, thanked; last exchange her reply of Fri 13.03; touch due end of Fri 27.03")
    E("ask_for_address", "m1", schaefer.email,
      "interview Thu 26.03 10:00-11:00 with Dr. Brandt and Frau Yılmaz, whose addresses appear nowhere; she "
      "arranged it and did not attend; the user has not written to her since")

    F = case.forbid
    F("h1", AGN, "'decision by Wednesday, 01.04 ... revert the same day': the window has just ended; grace runs to "
      "the end of Fri 03.04; the user's own promises in this thread were kept")
    F("h3", EWA, "pair-testing panelist thanked by the single note to Marek and Ewa on 11.03")
    F("h5", LAR, "final interview thanked in a new thread at 12:05 the same day")
    F("b2", megan.email, "coordinator, not on the call; her 'update by the end of next week' (03.04) is still open")
    F("f2", lever.email, "automated scheduler sender and ICS organiser")
    F("f2", hannah.email, "panelist thanked in reply to her article on the evening of 25.03")
    F("f1", lucy.email, "the rejection of 27.03 ended her 'by Tuesday 31st' promise; her screening was thanked")
    F("r1", pawel.email, "the referrer: CV answered the same day, his 'next week' answered by the hiring manager's "
      "mail of 24.03; he was not at the call")
    F("c1", tom.email, "he missed the 31.03 call (no meeting took place); rebooked for Thu 09.04, still ahead")
    F("c2", tom.email, "the booked 31.03 12:00 call never happened (he did not show up); the new one on 09.04 "
      "is still ahead")
    F("t2", rafal.email, "client interview of 31.03 cancelled on 26.03; it never took place")
    F("s1", kuba.email, "offer thread; the user's 'by Monday 30.03' was kept that evening and his new 'by 8.04' is "
      "still open")
    F("j1", karolina.email, "his current job: he interviews a candidate there; not his job search")
    F("d1", dentist.email, "dentist, not job search: the appointment and 'we will call you by Friday 27.03' owe "
      "nothing")
    F("w1", workday.email, "portal-only application acknowledged by Workday (no-reply style sender)")
    F("k1", kamil.email, "lunch 25.03 thanked the same afternoon, his reply 16:02; next touch only due from 09.04")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
