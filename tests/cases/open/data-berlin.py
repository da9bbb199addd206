#!/usr/bin/env python3
"""Jonas Albrecht, data engineer in Berlin, looking for a lead data engineer role.

About half of the job-search mail is German (Sie and Du), the rest English. `now` is
Thursday 26 March 2026, 08:40 CET, three days before Europe moves to summer time.
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

import datetime as dt

BER = "Europe/Berlin"


def build():
    me = Person("Jonas Albrecht", "jonas.albrecht@example.de", tz=BER, style="webmail",
                locale="de", msgid_domain="mail.example.de")
    case = Case(
        "data-berlin",
        "Berlin data engineer looking for a lead role; half German, half English mail; "
        "ATS, agencies, a Probearbeitstag, a relayed promise, a move agreed in two words",
        {"name": "Jonas Albrecht", "emails": ["jonas.albrecht@example.de"],
         "phone": "+49 151 55502741", "timezone": BER},
        dt.datetime(2026, 3, 26, 8, 40, tzinfo=ZoneInfo(BER)),
        "",
    )
    case.me = me
    at = case.at

    SIG_EN = "Best regards,\nJonas Albrecht\nData Engineer | +49 151 55502741\njonas.albrecht@example.de"
    SIG_DE = ("Mit freundlichen Grüßen\nJonas Albrecht\n\nTel. +49 151 55502741\n"
              "jonas.albrecht@example.de")
    cv = ("Lebenslauf_Jonas_Albrecht_2026.pdf", "application/pdf", make_pdf([
        "Jonas Albrecht - Lebenslauf",
        "Data Engineer, Brueckner Handel GmbH, Berlin (seit 2021)",
        "Data Engineer, Kiezbank AG, Berlin (2017-2021)",
        "M.Sc. Informatik, TU Berlin",
        "Spark, Kafka, dbt, Airflow, Snowflake, Terraform, Python, Scala",
        "+49 151 55502741 - jonas.albrecht@example.de",
    ]))
    cv_en = ("Jonas_Albrecht_CV_2026.pdf", "application/pdf", make_pdf([
        "Jonas Albrecht - CV",
        "Data Engineer, Brueckner Handel GmbH, Berlin (2021-present)",
        "Data Engineer, Kiezbank AG, Berlin (2017-2021)",
        "M.Sc. Computer Science, TU Berlin",
        "Spark, Kafka, dbt, Airflow, Snowflake, Terraform, Python, Scala",
        "+49 151 55502741 - jonas.albrecht@example.de",
    ]))

    # ------------------------------------------------------------------
    # People
    # ------------------------------------------------------------------
    personio = Person("Nordwind Energie GmbH", "no-reply@personio.de", BER, "auto", locale="de",
                      auto=True, msgid_domain="mail.personio.de")
    katharina = Person("Katharina Lehmann", "k.lehmann@nordwind-energie.de", BER, "outlook",
                       locale="de", region="eurprd04", sig=(
                           "Mit freundlichen Grüßen\n\nKatharina Lehmann\nTalent Acquisition\n"
                           "Nordwind Energie GmbH | Alt-Moabit 94 | 10559 Berlin\n"
                           "T +49 30 5557 1840\nk.lehmann@nordwind-energie.de\n\n"
                           "Sitz der Gesellschaft: Berlin, HRB 201774 B, Amtsgericht Charlottenburg"))
    daniel = Person("Daniel Whitfield", "daniel.whitfield@nordwind-energie.de", BER, "outlook",
                    locale="en", region="eurprd04", sig=(
                        "Daniel Whitfield\nVP Engineering | Nordwind Energie GmbH\n"
                        "+49 30 5557 1802"))
    aylin = Person("Aylin Doğan", "aylin.dogan@nordwind-energie.de", BER, "outlook", locale="de")
    friederike = Person("Dr. Friederike Haas", "friederike.haas@nordwind-energie.de", BER, "outlook")

    lena = Person("Lena Vogt", "lena.vogt@kranichpay.com", BER, "gmail", locale="de", sig=(
        "--\nLena Vogt\nTalent Partner Tech | Kranich Payments\nKöpenicker Str. 70, 10179 Berlin"))
    timo = Person("Timo Brandt", "timo.brandt@kranichpay.com", BER, "gmail")
    sophie = Person("Sophie Wagner", "sophie.wagner@kranichpay.com", BER, "gmail", locale="en",
                    sig="Sophie Wagner\nStaff Data Engineer, Kranich Payments")
    calendly = Person("Calendly", "no-reply@calendly.com", "America/New_York", "auto", auto=True)

    megan = Person("Megan Ortiz", "megan.ortiz@ridgelineanalytics.com", "America/New_York", "gmail",
                   sig=("Megan Ortiz\nSenior Technical Recruiter | Ridgeline Analytics\n"
                        "New York, NY | +1 (646) 555-0187"))
    goodtime = Person("Ridgeline Analytics Recruiting", "no-reply@goodtime.io", "America/New_York",
                      "auto", auto=True)
    ravi = Person("Ravi Shankar", "ravi.shankar@ridgelineanalytics.com", "America/New_York", "gmail")
    natalie = Person("Natalie Brooks", "natalie.brooks@ridgelineanalytics.com", "America/New_York",
                     "gmail")

    oliver = Person("Oliver Grant", "oliver.grant@harringtonblake.co.uk", "Europe/London", "outlook",
                    region="eurprd02", sig=(
                        "Kind regards,\n\nOliver Grant\nPrincipal Consultant – Data & Analytics\n"
                        "Harrington Blake Ltd | 22 Bevis Marks, London EC3A 7JB\n"
                        "M: +44 7700 900418 | www.harringtonblake.co.uk"))

    xing = Person("XING", "noreply@xing.com", BER, "auto", locale="de", auto=True)
    marco = Person("Marco Heinemann", "marco.heinemann@talentwerk-personal.de", BER, "outlook",
                   locale="de", region="eurprd05", sig=(
                       "Beste Grüße\nMarco Heinemann\nSenior Consultant IT & Data\n"
                       "Talentwerk Personalberatung GmbH\nFriedrichstraße 68 | 10117 Berlin\n"
                       "Mobil: +49 160 5558 2213"))

    julia = Person("Julia Krüger", "julia.krueger@moewe-logistics.de", BER, "outlook", locale="de",
                   region="eurprd06", sig=(
                       "Mit freundlichen Grüßen\ni. A. Julia Krüger\nHR Business Partner\n"
                       "Möwe Logistics GmbH\nLindenstraße 12, 10969 Berlin\nTel.: 030 5551 2290"))
    hanna = Person("Hanna Schubert", "hanna.schubert@moewe-logistics.de", BER, "outlook",
                   locale="de", region="eurprd06")

    niklas = Person("Niklas Berger", "niklas@fuchsbau.io", BER, "gmail", locale="de", sig=(
        "Niklas Berger\nCo-Founder & CTO · Fuchsbau\nfuchsbau.io"))
    niklas_cal = Person("Niklas Berger", "niklas@fuchsbau.io", BER, "gcal", locale="de")
    ines = Person("Ines Kaya", "ines.kaya@fuchsbau.io", BER, "gmail")
    join = Person("JOIN", "noreply@join.com", BER, "auto", locale="de", auto=True)

    tomasz = Person("Tomasz Nowak", "tomasz@orbitalfreight.com", BER, "gmail", sig=(
        "Tomasz Nowak\nCTO, Orbital Freight\n+49 30 5559 3310"))

    felix = Person("Felix Hartmann", "felix.hartmann82@gmail.com", BER, "gmail", locale="de")

    chloe = Person("Chloé Martin", "chloe.martin@kelpielabs.io", BER, "gmail", sig=(
        "Chloé Martin\nTalent Partner · Kelpie Labs\nRosenthaler Str. 40, 10178 Berlin"))
    jakob = Person("Jakob Lind", "jakob.lind@kelpielabs.io", BER, "gmail", sig=(
        "Jakob Lind\nHead of Data, Kelpie Labs"))

    miriam = Person("Miriam Jansen", "m.jansen@kachel-analytics.de", BER, "outlook", locale="de",
                    region="eurprd01")
    ben = Person("Ben Özdemir", "b.oezdemir@kachel-analytics.de", BER, "outlook", locale="de")

    # current employer
    sabine = Person("Sabine Roth", "sabine.roth@brueckner-handel.de", BER, "outlook", locale="de",
                    region="eurprd03", sig=(
                        "Viele Grüße\nSabine Roth\nPeople & Culture | Brückner Handel GmbH\n"
                        "Tel. 030 5554 7711"))
    thomas = Person("Thomas Wendt", "thomas.wendt@brueckner-handel.de", BER, "outlook", locale="de",
                    region="eurprd03", sig="Thomas Wendt\nHead of Data & BI | Brückner Handel GmbH")
    pmo = Person("PMO Brückner Handel", "pmo@brueckner-handel.de", BER, "outlook", locale="de",
                 region="eurprd03")
    itdesk = Person("IT-Servicedesk", "it-servicedesk@brueckner-handel.de", BER, "auto",
                    locale="de", auto=True)
    intern = Person("Brückner intern", "intern@brueckner-handel.de", BER, "auto", locale="de",
                    auto=True)
    lukas = Person("Lukas Meier", "lukas.meier@campus.tu-berlin.de", BER, "webmail", locale="de",
                   msgid_domain="campus.tu-berlin.de")
    room_kreuzberg = ("BH-3.07 Kreuzberg (6)", "bh-3.07-kreuzberg@brueckner-handel.de")
    room_planning = ("BH-5.01 Tempelhof (20)", "bh-5.01-tempelhof@brueckner-handel.de")
    room_havel = ("NW-4.12 Havel (8)", "nw-4.12-havel@nordwind-energie.de")
    room_kachel = ("Besprechungsraum Mosaik", "raum-mosaik@kachel-analytics.de")

    # noise
    stepstone = Person("StepStone Jobagent", "jobagent@stepstone.de", BER, "auto", locale="de",
                       auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "America/Los_Angeles",
                      "auto", auto=True)
    bahn = Person("DB Fernverkehr", "buchungsbestaetigung@bahn.de", BER, "auto", locale="de",
                  auto=True)
    bahn_info = Person("DB Reiseinformation", "noreply@reiseinfo.bahn.de", BER, "auto",
                       locale="de", auto=True)
    elster = Person("ELSTER", "noreply@elster.de", BER, "auto", locale="de", auto=True)
    kita = Person("Kita Sonnenblume", "leitung@kita-sonnenblume-fhain.de", BER, "webmail",
                  locale="de", msgid_domain="kita-sonnenblume-fhain.de")
    hv = Person("Kaiser & Partner Hausverwaltung", "service@hv-kaiser-partner.de", BER, "outlook",
                locale="de", region="eurprd07", sig=(
                    "Mit freundlichen Grüßen\nIhre Hausverwaltung\n\nKaiser & Partner "
                    "Hausverwaltung GmbH\nWarschauer Str. 33 | 10243 Berlin\nTel. 030 5552 6610"))
    verein = Person("SV Friedrichshain 09 e.V.", "vorstand@sv-friedrichshain09.de", BER, "webmail",
                    locale="de", msgid_domain="sv-friedrichshain09.de")
    jens = Person("Jens Köhler", "jens.koehler@gmx.de", BER, "webmail", locale="de",
                  msgid_domain="gmx.de")
    mama = Person("Ute Albrecht", "ute.albrecht@t-online.de", BER, "webmail", locale="de",
                  msgid_domain="t-online.de")
    sarah = Person("Sarah Kühn", "sarah.kuehn@posteo.de", BER, "webmail", locale="de",
                   msgid_domain="posteo.de")
    hannes = Person("Hannes Petersen", "hannes.p@gmx.de", BER, "webmail", locale="de",
                    msgid_domain="gmx.de")
    amazon = Person("Amazon.de", "bestellbestaetigung@amazon.de", BER, "auto", locale="de",
                    auto=True)
    bvg = Person("BVG Abo-Service", "abo@bvg.de", BER, "auto", locale="de", auto=True)
    lieferando = Person("Lieferando.de", "noreply@lieferando.de", BER, "auto", locale="de",
                        auto=True)
    praxis = Person("Kinderarztpraxis Dr. Yilmaz", "termine@kinderarzt-boxhagener.de", BER, "auto",
                    locale="de", auto=True)
    dew = Person("Data Engineering Weekly", "newsletter@dataengineeringweekly.com",
                 "America/Los_Angeles", "auto", auto=True)
    checkpoint = Person("Tagesspiegel Checkpoint", "checkpoint@newsletter.tagesspiegel.de", BER,
                        "auto", locale="de", auto=True)

    # ==================================================================
    # A. Nordwind Energie GmbH
    # ==================================================================
    a1_text = """Hallo Jonas,

vielen Dank für deine Bewerbung als Lead Data Engineer (m/w/d) und dein Interesse an der Nordwind Energie GmbH!

Deine Unterlagen sind gut bei uns angekommen. Wir sehen sie uns in Ruhe an und melden uns in der Regel innerhalb von zwei Wochen bei dir.

Den Stand deiner Bewerbung kannst du jederzeit in unserem Bewerberportal einsehen:
https://nordwind-energie.jobs.personio.de/application-status/7f3c91

Beste Grüße
dein Recruiting-Team der Nordwind Energie GmbH

Diese E-Mail wurde automatisch versendet. Bitte antworte nicht auf diese Nachricht."""
    case.add("a1", personio, [me], "2026-02-16 10:12", a1_text,
             subject="Deine Bewerbung als Lead Data Engineer (m/w/d) bei der Nordwind Energie GmbH",
             html=html_of(a1_text), headers=dict(AUTO, **{"Reply-To": "no-reply@personio.de"}))

    case.add("a2", katharina, [me], "2026-03-02 09:47", """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Bewerbung als Lead Data Engineer und Ihre Geduld. Wir würden Sie gern persönlich kennenlernen und bei uns im Büro zu einem Vorstellungsgespräch begrüßen.

Da unser Data-Team in der kommenden Woche auf einer Konferenz ist, kann ich Ihnen folgende Termine anbieten:

- Mo., 16.03. um 14:30 Uhr
- Di., 17.03. um 10:00 Uhr
- Mi., 18.03. um 9.00 Uhr

Das Gespräch dauert ca. eine Stunde. Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen am besten passt.""",
             subject="Ihre Bewerbung als Lead Data Engineer – Terminvorschläge")
    case.add("a2r", me, [katharina], "2026-03-02 18:20", """Sehr geehrte Frau Lehmann,

vielen Dank für die Einladung, darüber freue ich mich sehr. Der Termin am Montag, 16.03. um 14.30 Uhr passt mir gut.

""" + SIG_DE, parent="a2", prefix="AW: ")
    case.add("a2c", katharina, [me], "2026-03-03 11:05", """Sehr geehrter Herr Albrecht,

hiermit bestätige ich Ihnen Ihr Vorstellungsgespräch am Montag, 16.03.2026, von 14:30 bis 15:30 Uhr bei uns im Büro:

Nordwind Energie GmbH
Alt-Moabit 94, 10559 Berlin, 4. OG (bitte melden Sie sich am Empfang)

Ihre Gesprächspartner sind:
- Daniel Whitfield, VP Engineering (daniel.whitfield@nordwind-energie.de)
- Aylin Doğan, Teamleiterin Data Platform (aylin.dogan@nordwind-energie.de)

Da Herr Whitfield kein Deutsch spricht, findet das Gespräch auf Englisch statt. Ich selbst bin nicht dabei, stehe Ihnen bei Fragen im Vorfeld aber gern zur Verfügung.

Bitte bringen Sie einen Lichtbildausweis mit, den benötigen Sie für den Besucherausweis.""", parent="a2r")
    case.add("a2cr", me, [katharina], "2026-03-03 12:40", """Sehr geehrte Frau Lehmann,

vielen Dank für die Bestätigung, ich bin am 16.03. pünktlich da.

Viele Grüße
Jonas Albrecht""", parent="a2c", prefix="AW: ")
    # the interview: Mon 16.03. 14:30-15:30, Daniel and Aylin
    case.add("a3", me, [daniel], "2026-03-16 19:05", """Dear Daniel,

thank you for taking the time to meet me this afternoon. I really enjoyed our conversation about moving Nordwind's forecasting pipelines from nightly batches to streaming, and about how you want the data platform team to grow over the next year.

It confirmed my interest in the role. A few reasons I think I would fit:
- I led the migration of Brückner Handel's order data from a nightly Oracle export to Kafka and dbt, with no downtime for the BI team.
- I have been the de-facto tech lead for a team of four engineers for the last two years.
- I care about data contracts and on-call that people can live with, which sounded like exactly the problem you are facing.

I'm looking forward to hearing about the next steps, and I'll check in with Katharina towards the end of next week if that helps. Thank you again for your time and consideration.

""" + SIG_EN, subject="Thank you – Lead Data Engineer interview today")
    case.add("a3r", daniel, [me], "2026-03-17 08:50", """Hi Jonas,

Thanks for the note, the pleasure was mine. Aylin and I are comparing notes this week and Katharina will be in touch about next steps.

Best,
Daniel""", parent="a3")
    case.add("a2p", katharina, [me], "2026-03-18 10:30", """Sehr geehrter Herr Albrecht,

kurz eine Zwischeninfo: Herr Whitfield hat mich gebeten, Ihnen auszurichten, dass er sich bis Freitag, 20.03., bei Ihnen meldet, ob wir Sie in die zweite Runde (Systemdesign-Gespräch mit unserer CTO) einladen. Er und Frau Doğan führen diese Woche noch ein letztes Gespräch mit einem anderen Kandidaten.

Vielen Dank für Ihre Geduld!""", parent="a2cr")
    case.add("a3i", daniel, [me], "2026-03-20 16:45", """Hi Jonas,

As promised (via Katharina): we'd love to have you back for a second round. It's a 90-minute system design session with our CTO, Dr. Friederike Haas, and me. We'll give you a rough problem statement on the day, no preparation needed beyond what you already know.

Katharina will send you an invitation for Tuesday 31 March at 10:00 unless you tell her that doesn't work.

Have a good weekend,
Daniel""", parent="a3r")
    case.add("a3ir", me, [daniel], "2026-03-20 18:02", """Hi Daniel,

Great news, thanks! Tuesday 31 March at 10:00 works for me. I'll watch out for Katharina's invitation.

Have a good weekend too,
Jonas""", parent="a3i")
    ics_a4 = make_ics(
        method="REQUEST", uid=uid_outlook("data-berlin", "nordwind-r2"),
        stamp=at("2026-03-23 09:14"), start=at("2026-03-31 10:00"), end=at("2026-03-31 11:30"),
        summary="Systemdesign-Interview Lead Data Engineer – Jonas Albrecht",
        organizer=katharina, tzid="W. Europe Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (friederike, "ACCEPTED", "INDIVIDUAL"),
                   (daniel, "ACCEPTED", "INDIVIDUAL"), (room_havel, "ACCEPTED", "ROOM")],
        location="NW-4.12 Havel (8); Alt-Moabit 94, 10559 Berlin",
        description=("Zweite Runde: Systemdesign-Gespräch (auf Englisch) mit Dr. Friederike Haas "
                     "(CTO) und Daniel Whitfield (VP Engineering). Bitte am Empfang im EG melden."),
        prodid="Microsoft Exchange Server 2010")
    case.add("a4", katharina, [me], "2026-03-23 09:15", """Sehr geehrter Herr Albrecht,

wie mit Herrn Whitfield besprochen, anbei die Einladung für das Systemdesign-Gespräch am Dienstag, 31.03.2026, 10:00–11:30 Uhr bei uns im Büro (Raum Havel, 4. OG). Gesprächspartner sind Dr. Friederike Haas (CTO) und Herr Whitfield.

Bitte beachten Sie: Am 29.03. wird auf Sommerzeit umgestellt, die Uhrzeit in der Einladung ist unsere Ortszeit.""",
             subject="Systemdesign-Interview Lead Data Engineer – Jonas Albrecht",
             cc=[friederike, daniel], ics=ics_a4, ics_mode="outlook")

    case.thread("a1", True, "application", "Nordwind Energie GmbH",
                "Personio acknowledgement (Du), automated; its 'innerhalb von zwei Wochen' is no "
                "person's promise and would be stale anyway")
    case.thread("a2", True, "interview", "Nordwind Energie GmbH",
                "three slots offered, Mo., 16.03. 14:30 picked; confirmation names Daniel Whitfield "
                "and Aylin Doğan with addresses in the text; the coordinator is not there; on Wed "
                "18.03. she relays Daniel's 'bis Freitag, 20.03.', kept by Daniel's mail of Fri 20.03.")
    case.thread("a3", True, "interview", "Nordwind Energie GmbH",
                "thank-you to Daniel only, new thread, Mon 16.03. 19:05; his Fri 20.03. reply "
                "invites to a second round")
    case.thread("a4", True, "interview", "Nordwind Energie GmbH",
                "Outlook invite (W. Europe Standard Time) for Tue 31.03. 10:00-11:30 CEST, after "
                "the change to summer time; still ahead")
    case.meeting("a2", at("2026-03-16 14:30"), at("2026-03-16 15:30"),
                 met=[daniel.email, aylin.email], thanks={daniel.email: "a3"},
                 what="Nordwind first interview")
    case.meeting("a4", at("2026-03-31 10:00"), at("2026-03-31 11:30"), status="scheduled",
                 met=[friederike.email, daniel.email], what="Nordwind system design")
    case.promise("a1", "a1", personio.email, "2026-03-02", job=False)
    case.promise("a2", "a2p", katharina.email, "2026-03-20", answered_by="a3i")
    case.expect("thank_you", "a2", aylin.email,
                "interviewed him with Daniel on Mo., 16.03. 14:30-15:30; her address is only in "
                "the confirmation's text; only Daniel was thanked; overdue since Tue 17.03. 15:30")
    case.forbid("a1", personio.email,
                "automated Personio acknowledgement; 'innerhalb von zwei Wochen' is no person's promise")
    case.forbid("a2", katharina.email,
                "coordinator who said 'ich selbst bin nicht dabei' (not met); the promise she relayed "
                "('bis Freitag, 20.03.') was kept by Daniel's mail of Fri 20.03.")
    case.forbid("a3", daniel.email,
                "thanked the same evening (Mon 16.03. 19:05); he wrote on Fri 20.03. as promised")
    case.forbid("a4", friederike.email,
                "system design round on Tue 31.03. 10:00 CEST is still ahead at now")

    # ==================================================================
    # B. Kranich Payments (Probearbeitstag)
    # ==================================================================
    case.add("b1", lena, [me], "2026-02-20 11:30", """Hallo Jonas,

ich bin Lena, Talent Partner bei Kranich Payments. Wir bauen gerade unser Data-Team neu auf und suchen eine*n Lead Data Engineer – dein Profil (Kafka, dbt, Lead-Erfahrung im E-Commerce) passt ziemlich genau zu dem, was wir brauchen.

Hättest du Lust auf ein kurzes Kennenlerngespräch, ganz unverbindlich? Hier kannst du dir direkt einen Slot aussuchen: https://calendly.com/lena-vogt-kranich/kennenlernen-30

Ich freu mich!
Lena""", subject="Lead Data Engineer bei Kranich – kurzes Kennenlernen?")
    case.add("b1r", me, [lena], "2026-02-20 19:45", """Hallo Lena,

danke für deine Nachricht, das klingt spannend! Ich habe mir gerade Dienstag um 11 Uhr gebucht.

Viele Grüße
Jonas""", parent="b1")
    ics_b2 = make_ics(
        method="REQUEST", uid=uid_uuid("data-berlin", "calendly-kranich"),
        stamp=at("2026-02-20 19:44"), start=at("2026-02-24 11:00"), end=at("2026-02-24 11:30"),
        summary="Kennenlerngespräch (30 Min.) – Jonas Albrecht und Lena Vogt", organizer=lena,
        attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
        location="Google Meet: https://meet.google.com/kfx-qwre-tpz",
        description="Event-Typ: Kennenlerngespräch (30 Min.)\nGebucht über Calendly.",
        prodid="-//Calendly//Calendly//EN")
    case.add("b2", calendly, [me], "2026-02-20 13:44", """Hallo Jonas Albrecht,

dein Termin ist geplant.

Event-Typ: Kennenlerngespräch (30 Min.)
Mit: Lena Vogt
Wann: 11:00 - 11:30, Dienstag, 24. Februar 2026 (Mitteleuropäische Zeit)
Wo: Google Meet – https://meet.google.com/kfx-qwre-tpz

Absagen: https://calendly.com/cancellations/b81e4f
Verschieben: https://calendly.com/reschedulings/b81e4f

Powered by Calendly.com""",
             subject="Bestätigt: Kennenlerngespräch (30 Min.) mit Lena Vogt am Dienstag, 24. Februar 2026",
             ics=ics_b2, ics_mode="attach", headers=AUTO)
    case.add("b1cv", me, [lena], "2026-02-24 14:05", """Hallo Lena,

danke nochmal für das Gespräch heute Vormittag! Anbei wie besprochen mein aktueller Lebenslauf.

Viele Grüße
Jonas""", parent="b1r", attachments=[cv])
    case.add("b1p", lena, [me], "2026-03-02 09:40", """Hallo Jonas,

gute Nachrichten: Timo und Sophie möchten dich gern näher kennenlernen, und zwar bei einem Probearbeitstag mit einer kleinen Case Study bei uns im Office (Köpenicker Str. 70, 3. OG). Vorschlag: Do., 19.03., von 9:30 bis ca. 16:30 Uhr.

Ablauf:
- 9:30 Timo holt dich am Empfang ab, kurzer Rundgang
- 10:00–13:00 Case Study zusammen mit Sophie Wagner (Staff Data Engineer, sophie.wagner@kranichpay.com) – es geht um unser Transaktions-Event-Modell
- 13:00 Mittagessen mit dem Team
- 14:00–16:00 weiter an der Case, eigenständig
- 16:00–16:30 du stellst deine Lösung Timo Brandt (Engineering Lead, timo.brandt@kranichpay.com) und Sophie vor

Ich selbst bin an dem Tag auf einer Recruiting-Messe in Köln und also nicht dabei – Timo ist vor Ort dein Ansprechpartner. Der Tag wird natürlich vergütet.

Passt dir der Termin?

LG Lena""", parent="b1cv")
    case.add("b1pr", me, [lena], "2026-03-02 21:15", """Hi Lena,

passt, bin dabei! Muss ich außer Laptop noch etwas mitbringen?

VG Jonas""", parent="b1p")
    case.add("b1pc", lena, [me], "2026-03-03 08:55", """Super! Nur den Laptop, Zugang zu unserem Sandbox-Warehouse richtet Sophie dir am Morgen ein. Ich blocke dir den Tag.

LG Lena""", parent="b1pr", sig=False)
    # Probearbeitstag Thu 19.03. 9:30-16:30 with Timo and Sophie
    case.add("b3", me, [timo, sophie], "2026-03-19 20:10", """Hi Timo, hi Sophie,

thank you both for today – for setting up the sandbox, for lunch with the team, and for the honest questions during the presentation. Working through the transaction event model with you felt a lot like a normal day of work, which was exactly what I hoped for.

What I took away: the dedup logic for late-arriving chargebacks is the part I would tackle first, and I'd be glad to think it through further with you.

Thanks again for your time, and I hope to hear from you soon.

""" + SIG_EN, subject="Thank you for today – case study at Kranich")
    case.add("b3r", sophie, [me], "2026-03-20 09:15", """Hi Jonas,

Thanks for the kind note! It was fun working through the case with you – your chargeback idea has already come up twice in our standup this morning :)

Lena will be in touch about next steps.""", parent="b3", cc=[timo])
    case.add("b1n", lena, [me], "2026-03-20 14:40", """Hallo Jonas,

Timo und Sophie waren nach dem Probearbeitstag richtig angetan, ich hab schon einiges gehört! Wir haben diese Woche noch eine weitere Kandidatin zu Gast und besprechen dann Anfang nächster Woche im Team, wie es weitergeht.

Ich melde mich spätestens bis Mittwoch, 25.03., bei dir.

Schönes Wochenende!
Lena""", parent="b1pc")

    case.thread("b1", True, "interview", "Kranich Payments",
                "in-house recruiter (Du); Kennenlerngespräch Feb 24 (stale); Probearbeitstag Do., "
                "19.03. 9:30-16:30 agreed in words, Timo and Sophie named with addresses, Lena not "
                "there; her 'bis Mittwoch, 25.03.' is inside the grace at now")
    case.thread("b2", True, "interview", "Kranich Payments",
                "Calendly confirmation with ICS for the 30-minute Kennenlerngespräch on Tue Feb 24")
    case.thread("b3", True, "interview", "Kranich Payments",
                "one thank-you note to Timo and Sophie after the Probearbeitstag; Sophie replied")
    case.meeting("b2", at("2026-02-24 11:00"), at("2026-02-24 11:30"), met=[lena.email],
                 what="Kranich Kennenlerngespräch (stale)")
    case.meeting("b1", at("2026-03-19 09:30"), at("2026-03-19 16:30"),
                 met=[timo.email, sophie.email],
                 thanks={timo.email: "b3", sophie.email: "b3"}, what="Kranich Probearbeitstag")
    case.promise("b1", "b1n", lena.email, "2026-03-25")
    case.forbid("b1", lena.email,
                "'bis Mittwoch, 25.03.' passed yesterday, but two business days of grace run to the "
                "end of Fri 27.03.; she was not at the Probearbeitstag")
    case.forbid("b1", sophie.email,
                "thanked by the one note to Timo and Sophie on Thu 19.03. 20:10 (one note satisfies "
                "each addressee)")

    # ==================================================================
    # C. Ridgeline Analytics (New York, remote)
    # ==================================================================
    case.add("c1", megan, [me], "2026-02-23 16:20", """Hi Jonas,

Thanks for applying for the Lead Data Engineer (Remote, EU) role at Ridgeline Analytics! I'm the recruiter on the search and would love to set up a 30-minute intro call to tell you more about the team and hear about your background.

What does your availability look like over the next week or two? I'm based in New York, so late afternoon your time usually works best for both of us.

Best,
Megan""", subject="Ridgeline Analytics – Lead Data Engineer (Remote, EU)")
    case.add("c1r", me, [megan], "2026-02-24 07:30", """Hi Megan,

Great to hear from you. I'm generally free after 15:00 Berlin time on weekdays; Tuesday to Thursday of next week would be ideal.

""" + SIG_EN, parent="c1")
    case.add("c1s", megan, [me], "2026-02-24 09:15", """Hi Jonas,

Would Thursday 3/5 at 10am ET work? That should be 4pm for you. I'll call you on +49 151 55502741 unless you prefer Zoom.

Megan""", parent="c1r", sig=False)
    case.add("c1sr", me, [megan], "2026-02-24 16:02", """Hi Megan,

Thursday, 5 March at 16:00 my time works – phone is fine.

Jonas""", parent="c1s")
    # phone screen Thu 5 March 16:00-16:30 CET (10:00 EST)
    case.add("c1t", me, [megan], "2026-03-05 17:10", """Hi Megan,

Thanks again for the call this afternoon and for the detailed picture of how Ridgeline's data team works across New York and Europe. The role sounds like a great match for what I'm looking for, and I'd be happy to move on to the technical round.

""" + SIG_EN, parent="c1sr")
    case.add("c1n", megan, [me], "2026-03-10 10:20", """Hi Jonas,

Good news – the team would like to move you forward to the technical interview with Ravi Shankar (Principal Engineer) and Natalie Brooks (Engineering Manager, Data). It's 60 minutes over Zoom. I've asked our scheduling tool to send you an invite for Tuesday 3/17 at 11am ET.

Heads up: US clocks moved to daylight time this past Sunday, so until Europe changes on the 29th we're only five hours apart – 11am ET is 4pm in Berlin, not 5pm.

Best,
Megan""", parent="c1t")
    ny = ZoneInfo("America/New_York")
    ics_c2 = make_ics(
        method="REQUEST", uid=uid_uuid("data-berlin", "goodtime-ridgeline"),
        stamp=at("2026-03-10 15:30"),
        start=dt.datetime(2026, 3, 17, 11, 0, tzinfo=ny), end=dt.datetime(2026, 3, 17, 12, 0, tzinfo=ny),
        summary="Ridgeline Analytics – Technical Interview (Jonas Albrecht)", organizer=goodtime,
        tzid="America/New_York",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (ravi, "ACCEPTED", "INDIVIDUAL"),
                   (natalie, "ACCEPTED", "INDIVIDUAL")],
        location="Zoom: https://ridgelineanalytics.zoom.us/j/83015526614",
        description=("Technical interview for Lead Data Engineer (Remote, EU).\n"
                     "Interviewers: Ravi Shankar (Principal Engineer), Natalie Brooks (Engineering "
                     "Manager, Data).\nFormat: 15 min background, 35 min data pipeline design, "
                     "10 min your questions.\nScheduled by GoodTime on behalf of Ridgeline Analytics."),
        prodid="-//GoodTime.io//Hire//EN")
    case.add("c2", goodtime, [me], "2026-03-10 10:31", """Hi Jonas,

Your interview with Ridgeline Analytics is confirmed.

Position: Lead Data Engineer (Remote, EU)
Date: Tuesday, March 17, 2026
Time: 11:00 AM – 12:00 PM EDT (America/New_York)
Where: Zoom – https://ridgelineanalytics.zoom.us/j/83015526614

You'll be meeting with:
  Ravi Shankar – Principal Engineer
  Natalie Brooks – Engineering Manager, Data

Need to reschedule? Reply to your recruiter, Megan Ortiz.

This message was sent by GoodTime on behalf of Ridgeline Analytics. Replies to this address are not monitored.""",
             subject="Interview Confirmation: Lead Data Engineer – Tue, Mar 17, 2026 11:00 AM EDT",
             ics=ics_c2, ics_mode="google", headers=AUTO)
    # technical interview Tue 17 March 16:00-17:00 CET
    case.add("c3", me, [ravi], "2026-03-17 18:30", """Dear Ravi,

thank you for the technical interview this afternoon. I enjoyed working through the late-data problem with you – especially your question about reprocessing a week of events without double-counting, which I've been chewing on since.

Why I think I'd be a good fit for the team:
- five years running Kafka and Spark pipelines in production, including the on-call side
- a track record of moving teams from cron jobs to Airflow and dbt with tests
- experience leading a small team across time zones

I remain very interested in the role. Thank you again for your time.

""" + SIG_EN, subject="Thank you – technical interview today")
    case.add("c1p", megan, [me], "2026-03-18 15:02", """Hi Jonas,

Quick update after yesterday: Ravi and Natalie both enjoyed the conversation. We're finishing up with two other candidates this week, and the team debriefs on Thursday.

I'll get back to you either way by Monday the 23rd.

Best,
Megan""", parent="c1n")
    case.add("c1pr", me, [megan], "2026-03-19 07:50", """Hi Megan,

Good to hear, talk to you early next week.

Jonas""", parent="c1p")

    case.thread("c1", True, "interview", "Ridgeline Analytics",
                "US recruiter; phone screen Thu 3/5 10am ET = 16:00 CET, thanked the same day; "
                "warns that 11am EDT is 16:00 in Berlin between the two DST changes; on Wed 3/18 "
                "mentions two other candidates and promises word 'by Monday the 23rd'; silence since")
    case.thread("c2", True, "interview", "Ridgeline Analytics",
                "GoodTime confirmation from no-reply@goodtime.io with ICS in America/New_York: "
                "Tue Mar 17 11:00-12:00 EDT = 16:00-17:00 CET with Ravi Shankar and Natalie Brooks")
    case.thread("c3", True, "interview", "Ridgeline Analytics",
                "thank-you to Ravi only, new thread, Tue 3/17 18:30 CET")
    case.meeting("c1", at("2026-03-05 16:00"), at("2026-03-05 16:30"), met=[megan.email],
                 thanks={megan.email: "c1t"}, what="Ridgeline phone screen")
    case.meeting("c2", at("2026-03-17 16:00"), at("2026-03-17 17:00"),
                 met=[ravi.email, natalie.email], thanks={ravi.email: "c3"},
                 what="Ridgeline technical")
    case.promise("c1", "c1p", megan.email, "2026-03-23")
    case.expect("thank_you", "c2", natalie.email,
                "second interviewer on Tue 17.03. 16:00-17:00 CET (11am EDT); only Ravi was "
                "thanked; overdue since Wed 18.03. 17:00")
    case.expect("callback", "c1", megan.email,
                "'I'll get back to you either way by Monday the 23rd'; nothing from Ridgeline "
                "since; due end of Wed 25.03.", promised="2026-03-23")
    case.forbid("c2", goodtime.email, "automated scheduler sender and ICS organizer")
    case.forbid("c2", ravi.email, "thanked in a new thread on Tue 17.03. 18:30")

    # ==================================================================
    # D. Harrington Blake (London agency)
    # ==================================================================
    case.add("d1", oliver, [me], "2026-02-09 10:14", """Hi Jonas,

I hope you don't mind the direct approach – I came across your profile on LinkedIn and your Kafka/dbt background stood out.

I'm working on a Lead Data Engineer search for a Series B climate-fintech client. They're headquartered in London but the data team sits in Berlin (hybrid, two days in a Kreuzberg office). Package is strong for the Berlin market, €95–110k plus equity.

Would you be open to a quick call this week so I can tell you more? No pressure at all if the timing isn't right.""",
             subject="Lead Data Engineer – Series B climate fintech (Berlin, hybrid)")
    case.add("d1r", me, [oliver], "2026-02-09 21:05", """Hi Oliver,

thanks for reaching out, that does sound interesting. I could do a call on Thursday around lunchtime.

""" + SIG_EN, parent="d1")
    case.add("d1s", oliver, [me], "2026-02-10 09:02", """Hi Jonas,

Perfect – let's say Thursday at 12:30 UK time (13:30 for you). I'll ring you on your mobile.""",
             parent="d1r")
    case.add("d1t", me, [oliver], "2026-02-12 18:40", """Hi Oliver,

Thanks for the chat earlier. As discussed, my CV is attached – happy for you to share it with your client.

Jonas""", parent="d1s", attachments=[cv_en])
    case.add("d1u", oliver, [me], "2026-02-27 15:30", """Hi Jonas,

Just a quick one to say your CV is with the client's CTO. They're reviewing a handful of profiles at the moment; I'll update you as soon as I hear anything.""",
             parent="d1t")
    case.add("d1p", oliver, [me], "2026-03-11 11:20", """Hi Jonas,

Update from the client: you're on the shortlist. They're seeing two other candidates this week for an initial chat and will decide who goes through to first interviews by Friday 27 March.

I'll come straight back to you once I have their answer. Fingers crossed!""", parent="d1u")
    case.add("d1pr", me, [oliver], "2026-03-11 19:22", """Hi Oliver,

sounds good, I'll keep my fingers crossed as well. Talk soon.

Jonas""", parent="d1p")
    case.thread("d1", True, "recruiter", "Harrington Blake",
                "London agency (Outlook); call Thu Feb 12 12:30 UK = 13:30 CET, thanked the same "
                "day; on Mar 11 he mentions two other candidates and a decision 'by Friday 27 "
                "March', still ahead")
    case.meeting("d1", at("2026-02-12 13:30"), at("2026-02-12 14:00"), met=[oliver.email],
                 thanks={oliver.email: "d1t"}, what="Harrington Blake call")
    case.promise("d1", "d1p", oliver.email, "2026-03-27")
    case.forbid("d1", oliver.email,
                "'by Friday 27 March' has not yet come; his Feb 12 call was thanked the same day")

    # ==================================================================
    # E. Talentwerk Personalberatung (XING-style agency)
    # ==================================================================
    xing_text = """Marco Heinemann hat Ihnen eine Nachricht geschickt

Marco Heinemann
Senior Consultant IT & Data bei Talentwerk Personalberatung GmbH

"Guten Tag Herr Albrecht, ich bin auf Ihr Profil gestoßen und hätte eine Position als Lead Data Engineer bei einem Berliner E-Commerce-Unternehmen, die sehr gut zu Ihnen passen könnte. Darf ich Ihnen dazu ..."

Nachricht lesen: https://www.xing.com/chats/9f31a0

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben. Einstellungen ändern: https://www.xing.com/settings/notifications
New Work SE, Am Strandkai 1, 20457 Hamburg"""
    case.add("e1", xing, [me], "2026-03-03 14:22", xing_text,
             subject="Marco Heinemann hat Ihnen eine Nachricht geschickt",
             html=html_of(xing_text, "XING"), html_only=True, headers=AUTO)
    case.add("e2", marco, [me], "2026-03-04 09:10", """Guten Tag Herr Albrecht,

wie eben per XING angekündigt, melde ich mich noch einmal per E-Mail.

Ich betreue aktuell exklusiv die Besetzung einer Position als Lead Data Engineer (m/w/d) bei einem etablierten Berliner E-Commerce-Unternehmen (ca. 600 Mitarbeitende, Tech-Stack: Snowflake, dbt, Airflow, Kafka). Das Gehaltsband liegt bei 90–105 T€, zwei Tage Homeoffice pro Woche sind möglich.

Hätten Sie diese oder nächste Woche Zeit für ein kurzes Telefonat (ca. 20 Minuten)?""",
             subject="Lead Data Engineer (m/w/d) – Berliner E-Commerce-Unternehmen")
    case.add("e2r", me, [marco], "2026-03-04 20:30", """Guten Abend Herr Heinemann,

vielen Dank für Ihre Nachricht. Ein Telefonat passt gern – wie wäre es mit Freitag um 16 Uhr?

""" + SIG_DE, parent="e2", prefix="AW: ")
    case.add("e2s", marco, [me], "2026-03-05 08:15", """Guten Morgen Herr Albrecht,

Freitag, 16 Uhr ist perfekt. Ich rufe Sie unter der 0151 55502741 an.""", parent="e2r")
    # call Fri 06.03. 16:00, no end stated
    case.add("e2cv", me, [marco], "2026-03-06 17:20", """Hallo Herr Heinemann,

danke für das angenehme Telefonat. Wie besprochen anbei mein aktueller Lebenslauf. Bei der Gehaltsvorstellung bleibe ich bei den genannten 100 T€.

Viele Grüße
Jonas Albrecht""", parent="e2s", prefix="AW: ", attachments=[cv])
    case.add("e2p", marco, [me], "2026-03-09 10:20", """Guten Morgen Herr Albrecht,

ich habe Ihr Profil heute meinem Kunden vorgestellt; der Head of Data schaut es sich diese Woche an. Den Namen des Unternehmens nenne ich Ihnen, sobald es ein Gesprächsinteresse gibt.

Ich melde mich bis Freitag bei Ihnen.""", parent="e2cv")
    case.thread("e1", True, "recruiter", "Talentwerk Personalberatung GmbH",
                "XING notification (HTML only) of the agency recruiter's first message")
    case.thread("e2", True, "recruiter", "Talentwerk Personalberatung GmbH",
                "agency recruiter (Sie); phone call Fri 06.03. 16:00 with no end (stale); "
                "Mon 09.03.: 'Ich melde mich bis Freitag bei Ihnen'; silence since")
    case.meeting("e2", at("2026-03-06 16:00"), None, met=[marco.email],
                 what="Talentwerk call (stale)")
    case.promise("e2", "e2p", marco.email, "2026-03-13")
    case.expect("callback", "e2", marco.email,
                "'Ich melde mich bis Freitag bei Ihnen' (said Mon 09.03., so Fri 13.03.); nothing "
                "from Talentwerk since; due end of Tue 17.03., stale only from 01.04.",
                promised="2026-03-13")

    # ==================================================================
    # F. Möwe Logistics (interview never thanked, rejection in German)
    # ==================================================================
    case.add("f1", julia, [me], "2026-03-09 13:10", """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Möwe Logistics. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern zu einem ersten Vorstellungsgespräch per Microsoft Teams mit Frau Schubert, unserer Leiterin Business Intelligence, einladen.

Passt Ihnen Mittwoch, 18.03., um 10:00 Uhr? Das Gespräch dauert etwa eine Stunde.""",
             subject="Einladung zum Vorstellungsgespräch – Lead Data Engineer (m/w/d)")
    case.add("f1r", me, [julia], "2026-03-09 19:40", """Sehr geehrte Frau Krüger,

vielen Dank für die Einladung. Mittwoch, 18.03., um 10:00 Uhr passt mir sehr gut.

""" + SIG_DE, parent="f1", prefix="AW: ")
    case.add("f1c", julia, [me], "2026-03-10 08:30", """Sehr geehrter Herr Albrecht,

prima. Frau Schubert schickt Ihnen die Teams-Einladung direkt zu.""", parent="f1r")
    ics_f2 = make_ics(
        method="REQUEST", uid=uid_outlook("data-berlin", "moewe-teams"),
        stamp=at("2026-03-10 09:01"), start=at("2026-03-18 10:00"), end=at("2026-03-18 11:00"),
        summary="Kennenlernen: Jonas Albrecht (Data Engineering)", organizer=hanna,
        tzid="W. Europe Standard Time", attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams-Besprechung",
        description=("Microsoft Teams-Besprechung\nÜber Ihren Computer oder die mobile App "
                     "teilnehmen\nHier klicken, um an der Besprechung teilzunehmen: "
                     "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE3\n"
                     "Besprechungs-ID: 371 992 408 615\nKennung: q7Zr4u"),
        prodid="Microsoft Exchange Server 2010")
    case.add("f2", hanna, [me], "2026-03-10 09:02", """________________________________________________________________________________
Microsoft Teams-Besprechung
Über Ihren Computer oder die mobile App teilnehmen
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE3>
Besprechungs-ID: 371 992 408 615
Kennung: q7Zr4u
Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________""",
             subject="Kennenlernen: Jonas Albrecht (Data Engineering)", ics=ics_f2,
             ics_mode="outlook")
    # interview Wed 18.03. 10:00-11:00 with Hanna Schubert, never thanked
    case.add("f1p", julia, [me], "2026-03-18 15:10", """Sehr geehrter Herr Albrecht,

Frau Schubert hat mir berichtet, dass das Gespräch heute Vormittag sehr angenehm war. Wir führen in dieser Woche noch zwei weitere Gespräche; eine Rückmeldung erhalten Sie von uns bis Ende der Woche.""",
             parent="f1c")
    case.add("f1x", julia, [me], "2026-03-23 11:30", """Sehr geehrter Herr Albrecht,

vielen Dank noch einmal für Ihr Interesse an Möwe Logistics und das Gespräch mit Frau Schubert.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine Kandidatin entschieden haben, deren Erfahrung im Bereich Transportplanung noch etwas besser zu unseren aktuellen Anforderungen passt. Diese Absage fällt uns nicht leicht, da Ihr Profil uns sehr gut gefallen hat.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und würden uns freuen, wenn Sie sich bei einer passenden Stelle erneut bewerben.""",
             parent="f1p")
    case.add("f1xr", me, [julia], "2026-03-23 20:15", """Sehr geehrte Frau Krüger,

schade, aber danke für die schnelle und offene Rückmeldung. Ich behalte Möwe Logistics gern im Blick.

Viele Grüße
Jonas Albrecht""", parent="f1x", prefix="AW: ")
    case.thread("f1", True, "rejection", "Möwe Logistics GmbH",
                "HR (Sie) sets up a Teams interview with Frau Schubert (named, no address); "
                "'Rückmeldung bis Ende der Woche' on Wed 18.03.; Absage on Mon 23.03.")
    case.thread("f2", True, "interview", "Möwe Logistics GmbH",
                "Outlook/Teams invite (W. Europe Standard Time) whose title says only "
                "'Kennenlernen'; Wed 18.03. 10:00-11:00 with Hanna Schubert; never thanked")
    case.meeting("f2", at("2026-03-18 10:00"), at("2026-03-18 11:00"), met=[hanna.email],
                 what="Möwe Teams interview")
    case.promise("f1", "f1p", julia.email, "2026-03-20", ended_by="f1x")
    case.expect("thank_you", "f2", hanna.email,
                "Teams interview Wed 18.03. 10:00-11:00 took place and was never thanked; the "
                "Absage of Mon 23.03. ends callbacks, not a thank-you owed; overdue since Thu 19.03. 11:00")
    case.forbid("f1", julia.email,
                "the Absage of Mon 23.03. ended 'bis Ende der Woche'; she was not in the interview")

    # ==================================================================
    # G. Fuchsbau (JOIN application, move agreed in two words)
    # ==================================================================
    join_text = """Hallo Jonas,

deine Bewerbung als Lead Data Engineer (m/w/d) bei Fuchsbau ist eingegangen. Das Team von Fuchsbau wurde benachrichtigt und meldet sich direkt bei dir.

Viel Erfolg!
Dein JOIN-Team

JOIN Solutions AG · Sihlbruggstrasse 105a · 6341 Baar · Schweiz"""
    case.add("g0", join, [me], "2026-03-01 22:04", join_text,
             subject="Deine Bewerbung bei Fuchsbau ist eingegangen",
             html=html_of(join_text), headers=AUTO)
    case.add("g1", niklas, [me], "2026-03-04 12:15", """Hi Jonas,

danke für deine Bewerbung über JOIN! Ich bin Niklas, einer der Gründer von Fuchsbau und CTO. Dein Werdegang liest sich sehr gut, und ich würde dich gern in einem ersten Gespräch kennenlernen – ganz locker, 45 Minuten per Google Meet.

Wie sieht's bei dir am Di., 10.03., um 17 Uhr aus? Ich schick dir dann eine Einladung.

Viele Grüße
Niklas""", subject="Lead Data Engineer @ Fuchsbau")
    case.add("g1r", me, [niklas], "2026-03-04 12:48", """Hi Niklas,

Dienstag 17 Uhr passt gut, freue mich!

VG Jonas""", parent="g1")
    ics_g2 = make_ics(
        method="REQUEST", uid=uid_google("data-berlin", "fuchsbau-1"),
        stamp=at("2026-03-04 13:01"), start=at("2026-03-10 17:00"), end=at("2026-03-10 17:45"),
        summary="Fuchsbau x Jonas – Kennenlernen", organizer=niklas_cal, tzid=BER,
        attendees=[(niklas_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/yhb-rtvn-wdx",
        description="Erstes Kennenlernen Lead Data Engineer.")
    case.add("g2", niklas_cal, [me], "2026-03-04 13:02", """Niklas Berger hat dich zu folgendem Termin eingeladen

Fuchsbau x Jonas – Kennenlernen
Wann: Dienstag, 10. März 2026 17:00 – 17:45 (Mitteleuropäische Normalzeit - Berlin)
Mit Google Meet teilnehmen: https://meet.google.com/yhb-rtvn-wdx

Gäste:
Niklas Berger - Organisator
jonas.albrecht@example.de

Einladung von Google Kalender""",
             subject="Einladung: Fuchsbau x Jonas – Kennenlernen @ Di. 10. März 2026 17:00 - 17:45 "
                     "(MEZ) (jonas.albrecht@example.de)",
             ics=ics_g2, ics_mode="google", headers=GCAL)
    # first call Tue 10.03. 17:00-17:45 (stale)
    case.add("g1n", niklas, [me], "2026-03-12 09:40", """Hi Jonas,

hat mir am Dienstag echt Spaß gemacht! Als nächsten Schritt würde ich gern ein technisches Gespräch machen, 90 Minuten, mit mir und Ines Kaya (ines.kaya@fuchsbau.io), sie leitet bei uns die Plattform. Wir würden mit dir eine Architektur für unsere Event-Pipeline skizzieren, kein Live-Coding.

Passt dir Di., 24.03., um 15 Uhr?

Niklas""", parent="g1r")
    case.add("g1nr", me, [niklas], "2026-03-12 12:05", """Hi Niklas,

super, Dienstag 24.03. um 15 Uhr passt mir.

VG Jonas""", parent="g1n")
    ics_g3 = make_ics(
        method="REQUEST", uid=uid_google("data-berlin", "fuchsbau-2"),
        stamp=at("2026-03-12 12:29"), start=at("2026-03-24 15:00"), end=at("2026-03-24 16:30"),
        summary="Fuchsbau – Tech Deep Dive Jonas Albrecht", organizer=niklas_cal, tzid=BER,
        attendees=[(niklas_cal, "ACCEPTED", "INDIVIDUAL"), (ines, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/pzc-okqa-mre",
        description="Architektur-Session Event-Pipeline mit Niklas und Ines.")
    case.add("g3", niklas_cal, [me], "2026-03-12 12:30", """Niklas Berger hat dich zu folgendem Termin eingeladen

Fuchsbau – Tech Deep Dive Jonas Albrecht
Wann: Dienstag, 24. März 2026 15:00 – 16:30 (Mitteleuropäische Normalzeit - Berlin)
Mit Google Meet teilnehmen: https://meet.google.com/pzc-okqa-mre

Gäste:
Niklas Berger - Organisator
Ines Kaya
jonas.albrecht@example.de

Einladung von Google Kalender""",
             subject="Einladung: Fuchsbau – Tech Deep Dive Jonas Albrecht @ Di. 24. März 2026 "
                     "15:00 - 16:30 (MEZ) (jonas.albrecht@example.de)",
             ics=ics_g3, ics_mode="google", headers=GCAL)
    case.add("g1m", niklas, [me], "2026-03-23 13:12", """Hi Jonas,

sorry für die Kurzfristigkeit: Ines ist krank und morgen sicher noch nicht fit. Können wir den Termin auf Donnerstag, 26.03., 16 Uhr schieben? Gleiche Länge, gleicher Link.

Sorry nochmal!
Niklas""", parent="g1nr")
    case.add("g1mr", me, [niklas], "2026-03-23 13:40", """Donnerstag passt.

Von meinem iPhone gesendet""", parent="g1m")
    ics_g3u = make_ics(
        method="REQUEST", uid=uid_google("data-berlin", "fuchsbau-2"),
        stamp=at("2026-03-23 13:51"), start=at("2026-03-26 16:00"), end=at("2026-03-26 17:30"),
        summary="Fuchsbau – Tech Deep Dive Jonas Albrecht", organizer=niklas_cal, tzid=BER,
        attendees=[(niklas_cal, "ACCEPTED", "INDIVIDUAL"), (ines, "NEEDS-ACTION", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/pzc-okqa-mre",
        description="Architektur-Session Event-Pipeline mit Niklas und Ines.", sequence=1)
    case.add("g3u", niklas_cal, [me], "2026-03-23 13:52", """Dieser Termin wurde geändert.

Fuchsbau – Tech Deep Dive Jonas Albrecht
Wann: Donnerstag, 26. März 2026 16:00 – 17:30 (Mitteleuropäische Normalzeit - Berlin)
(vorher: Dienstag, 24. März 2026 15:00 – 16:30)
Mit Google Meet teilnehmen: https://meet.google.com/pzc-okqa-mre

Gäste:
Niklas Berger - Organisator
Ines Kaya
jonas.albrecht@example.de

Einladung von Google Kalender""",
             subject="Aktualisierte Einladung: Fuchsbau – Tech Deep Dive Jonas Albrecht @ Do. 26. "
                     "März 2026 16:00 - 17:30 (MEZ) (jonas.albrecht@example.de)",
             parent="g3", ics=ics_g3u, ics_mode="google", headers=GCAL, quote=False)
    case.thread("g0", True, "application", "Fuchsbau",
                "JOIN acknowledgement, automated")
    case.thread("g1", True, "interview", "Fuchsbau",
                "CTO (Du); first call Tue 10.03. (stale, not thanked); second round set for Tue "
                "24.03. 15:00, moved on Mon 23.03. to Thu 26.03. 16:00 by the reply 'Donnerstag passt.'")
    case.thread("g2", True, "interview", "Fuchsbau",
                "Google Calendar invite for the first call Tue 10.03. 17:00-17:45 (stale)")
    case.thread("g3", True, "interview", "Fuchsbau",
                "Google Calendar invite for the tech deep dive with Niklas and Ines, updated "
                "(SEQUENCE 1) to Thu 26.03. 16:00-17:30, later today")
    case.meeting("g2", at("2026-03-10 17:00"), at("2026-03-10 17:45"), met=[niklas.email],
                 what="Fuchsbau first call (stale)")
    case.meeting("g3", at("2026-03-24 15:00"), at("2026-03-24 16:30"), status="moved",
                 met=[niklas.email, ines.email], what="Fuchsbau deep dive (moved)")
    case.meeting("g3", at("2026-03-26 16:00"), at("2026-03-26 17:30"), status="scheduled",
                 met=[niklas.email, ines.email], what="Fuchsbau deep dive")
    case.forbid("g3", ines.email,
                "the deep dive of Tue 24.03. was moved ('Donnerstag passt.') to Thu 26.03. 16:00, "
                "still ahead at now")

    # ==================================================================
    # H. Orbital Freight (a "conversation", thanks only beforehand)
    # ==================================================================
    case.add("h1", tomasz, [me], "2026-03-16 09:30", """Hi Jonas,

Dilan Aksoy, who worked with you at Kiezbank, told me I should talk to you – she says good things. I'm the CTO at Orbital Freight (we build pricing and capacity software for European road freight, ~80 people, Series A).

We're about to hire our first Lead Data Engineer and I'd like to hear how you think about building a data team from scratch. No formal process yet, just a conversation, half an hour.

Would Monday 23 March at 17:00 or Tuesday 24 March at 8:30 work? I can send a Meet link.

Best,
Tomasz""", subject="Lead Data Engineer at Orbital Freight – a conversation?")
    case.add("h1r", me, [tomasz], "2026-03-16 21:00", """Hi Tomasz,

Thanks a lot for reaching out, and say hi to Dilan! Monday, 23 March at 17:00 works well for me.

""" + SIG_EN, parent="h1")
    case.add("h1l", tomasz, [me], "2026-03-17 08:05", """Great, here's the link for Monday 17:00–17:30: https://meet.google.com/ovb-jtaw-kzs

Talk then,
Tomasz""", parent="h1r", sig=False)
    # conversation Mon 23.03. 17:00-17:30
    case.add("h1p", tomasz, [me], "2026-03-24 10:12", """Hi Jonas,

Really good talking yesterday – your point about starting with data contracts between the pricing and ops teams rather than a big warehouse project stuck with me.

I've asked Amara Osei, our Head of People (amara.osei@orbitalfreight.com), to set up a proper conversation with two people from the team within the next couple of weeks. She'll reach out directly.

Best,
Tomasz""", parent="h1l")
    case.thread("h1", True, "interview", "Orbital Freight",
                "CTO's 'conversation' (never says interview) after a referral by a former "
                "colleague; Jonas's 'Thanks' came before the Mon 23.03. 17:00-17:30 call; "
                "'within the next couple of weeks' is still open")
    case.meeting("h1", at("2026-03-23 17:00"), at("2026-03-23 17:30"), met=[tomasz.email],
                 what="Orbital conversation")
    case.promise("h1", "h1p", tomasz.email, "2026-04-07")
    case.expect("thank_you", "h1", tomasz.email,
                "half-hour conversation Mon 23.03. 17:00-17:30 took place; the only 'Thanks' was "
                "sent a week before it; overdue since Tue 24.03. 17:30")

    # ==================================================================
    # I. Felix: coffee that is networking
    # ==================================================================
    case.add("i1", me, [felix], "2026-03-15 20:40", """Hey Felix,

lange nicht gesehen! Ich hab gesehen, dass ihr bei Aurora Grid eine Lead-Data-Engineer-Stelle ausgeschrieben habt – ich schau mich gerade nach was Neuem um und würde dich gern mal ausfragen, wie es bei euch so ist.

Hättest du diese Woche Zeit für einen Kaffee? Ich geb einen aus :)

Jonas""", subject="Kaffee?")
    case.add("i1r", felix, [me], "2026-03-16 07:55", """Moin! Na klar, gerne. Freitag 8:30 im Café am Engelbecken? Danach muss ich direkt ins Büro.

Felix

Von meinem iPhone gesendet""", parent="i1", sig=False)
    case.add("i1c", me, [felix], "2026-03-16 12:10", """Perfekt, bis Freitag!""", parent="i1r")
    # coffee Fri 20.03. 08:30, no end stated
    case.add("i1f", felix, [me], "2026-03-20 13:05", """Hey,

war schön, dich mal wieder zu sehen! Wie gesagt: schick mir deinen CV, dann geb ich ihn an Carla (unsere Head of Data) weiter. Sie sucht wirklich händeringend.

Felix""", parent="i1c")
    case.thread("i1", True, "networking", "Aurora Grid",
                "coffee with a friend at Aurora Grid about their lead opening, Fri 20.03. 08:30, "
                "no end stated; never thanked; his follow-up asks for the CV")
    case.meeting("i1", at("2026-03-20 08:30"), None, met=[felix.email], what="Kaffee mit Felix")
    case.expect("thank_you", "i1", felix.email,
                "networking coffee Fri 20.03. 08:30 (60 min by default) took place; nothing sent "
                "since; overdue since Sat 21.03. 09:30")

    # ==================================================================
    # K. Kelpie Labs (committee date, "we aim to let every candidate know")
    # ==================================================================
    case.add("k1", chloe, [me], "2026-03-02 11:00", """Hi Jonas,

Thank you for your application for Lead Data Engineer at Kelpie Labs. We'd like to invite you to a 45-minute video interview with Jakob Lind, our Head of Data.

Would Friday 6 March at 15:00 or Monday 9 March at 11:00 suit you?

Best wishes,
Chloé""", subject="Kelpie Labs – Lead Data Engineer: next step")
    case.add("k1r", me, [chloe], "2026-03-02 13:30", """Hi Chloé,

Friday 6 March at 15:00 suits me well.

""" + SIG_EN, parent="k1")
    case.add("k1c", chloe, [me], "2026-03-03 09:20", """Hi Jonas,

This email confirms your video interview with Jakob Lind (Head of Data, jakob.lind@kelpielabs.io) on Friday 6 March from 15:00 to 15:45 CET.

Zoom: https://kelpielabs.zoom.us/j/91822004417 (passcode 552081)

Good luck!
Chloé""", parent="k1r")
    case.add("k2", me, [jakob], "2026-03-06 18:05", """Dear Jakob,

thank you for the conversation this afternoon. Hearing how Kelpie wants to bring its sensor data and billing data together on one platform made the role even more interesting to me.

I'd welcome the chance to continue, and thank you again for your time.

""" + SIG_EN, subject="Thank you – our conversation today")
    case.add("k2r", jakob, [me], "2026-03-09 08:40", """Hi Jonas,

Thanks, likewise! Chloé will keep you posted on the next steps.

Jakob""", parent="k2", sig=False)
    case.add("k1p", chloe, [me], "2026-03-11 10:05", """Hi Jonas,

A quick update on the process: our hiring committee meets on Tuesday 17 March to review all first-round candidates, and we aim to let every candidate know the outcome by Thursday 19 March.

Thank you for your patience in the meantime.

Best wishes,
Chloé""", parent="k1c")
    case.thread("k1", True, "interview", "Kelpie Labs",
                "'This email confirms your video interview' with Jakob on Fri 6 March 15:00-15:45 "
                "(stale, thanked); committee on Tue 17 March, 'we aim to let every candidate know "
                "the outcome by Thursday 19 March'; silence since")
    case.thread("k2", True, "interview", "Kelpie Labs",
                "thank-you to Jakob in a new thread; his reply of Mar 9 came before the promise")
    case.meeting("k1", at("2026-03-06 15:00"), at("2026-03-06 15:45"), met=[jakob.email],
                 thanks={jakob.email: "k2"}, what="Kelpie video interview")
    case.promise("k1", "k1p", chloe.email, "2026-03-19")
    case.expect("callback", "k1", chloe.email,
                "'we aim to let every candidate know the outcome by Thursday 19 March' (after the "
                "committee of Tue 17 March); nothing from Kelpie since; due end of Mon 23.03.",
                promised="2026-03-19")

    # ==================================================================
    # L. Kachel Analytics (cancelled)
    # ==================================================================
    ics_l1 = make_ics(
        method="REQUEST", uid=uid_outlook("data-berlin", "kachel"),
        stamp=at("2026-03-05 10:00"), start=at("2026-03-13 11:00"), end=at("2026-03-13 12:00"),
        summary="Erstgespräch Lead Data Engineer – Jonas Albrecht", organizer=miriam,
        tzid="W. Europe Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (ben, "ACCEPTED", "INDIVIDUAL"),
                   (room_kachel, "ACCEPTED", "ROOM")],
        location="Kachel Analytics, Schlesische Str. 27, 10997 Berlin – Besprechungsraum Mosaik",
        description="Erstgespräch mit Ben Özdemir (Head of Engineering).",
        prodid="Microsoft Exchange Server 2010")
    case.add("l1", miriam, [me], "2026-03-05 10:01", """Hallo Herr Albrecht,

wie telefonisch besprochen sende ich Ihnen die Einladung zum Erstgespräch mit Herrn Özdemir am Freitag, 13.03., 11 Uhr bei uns in der Schlesischen Straße.

Viele Grüße
Miriam Jansen
Office & People, Kachel Analytics GmbH""",
             subject="Erstgespräch Lead Data Engineer – Jonas Albrecht", cc=[ben], ics=ics_l1,
             ics_mode="outlook")
    ics_l1x = make_ics(
        method="CANCEL", uid=uid_outlook("data-berlin", "kachel"),
        stamp=at("2026-03-11 16:40"), start=at("2026-03-13 11:00"), end=at("2026-03-13 12:00"),
        summary="Abgesagt: Erstgespräch Lead Data Engineer – Jonas Albrecht", organizer=miriam,
        tzid="W. Europe Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (ben, "ACCEPTED", "INDIVIDUAL"),
                   (room_kachel, "ACCEPTED", "ROOM")],
        location="Kachel Analytics, Schlesische Str. 27, 10997 Berlin – Besprechungsraum Mosaik",
        sequence=1, status="CANCELLED", prodid="Microsoft Exchange Server 2010")
    case.add("l1x", miriam, [me], "2026-03-11 16:41", """Hallo Herr Albrecht,

leider muss ich den Termin am Freitag absagen: Die Stelle wird nun doch intern besetzt. Das tut uns sehr leid, gerade so kurzfristig. Wir behalten Ihre Unterlagen gern im Pool, falls sich etwas Neues ergibt.

Viele Grüße
Miriam Jansen""", subject="Abgesagt: Erstgespräch Lead Data Engineer – Jonas Albrecht",
             parent="l1", cc=[ben], ics=ics_l1x, ics_mode="outlook", quote=False)
    case.thread("l1", True, "rejection", "Kachel Analytics GmbH",
                "Outlook invite for Fri 13.03. 11:00 with Ben Özdemir, cancelled on Wed 11.03. "
                "(ICS CANCEL, 'Abgesagt:'), position filled internally")
    case.meeting("l1", at("2026-03-13 11:00"), at("2026-03-13 12:00"), status="cancelled",
                 met=[ben.email], what="Kachel (cancelled)")
    case.forbid("l1", ben.email, "the Erstgespräch of Fri 13.03. was cancelled; it never took place")

    # ==================================================================
    # Current employer: Brückner Handel (Werkstudent interview, Jahresgespräch, planning)
    # ==================================================================
    ics_w1 = make_ics(
        method="REQUEST", uid=uid_outlook("data-berlin", "werkstudent"),
        stamp=at("2026-03-05 14:10"), start=at("2026-03-12 14:00"), end=at("2026-03-12 14:45"),
        summary="Vorstellungsgespräch Werkstudent*in Data Engineering – Lukas Meier",
        organizer=sabine, tzid="W. Europe Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (lukas, "ACCEPTED", "INDIVIDUAL"),
                   (room_kreuzberg, "ACCEPTED", "ROOM")],
        location="BH-3.07 Kreuzberg (6)",
        description=("Bewerber: Lukas Meier, B.Sc. Informatik TU Berlin (4. Semester). Fachlicher "
                     "Teil: Jonas Albrecht. Lebenslauf im Bewerbermanagement."),
        prodid="Microsoft Exchange Server 2010")
    case.add("w1", sabine, [me], "2026-03-05 14:11", """Hallo Jonas,

wie besprochen hier der Termin mit Lukas Meier für die Werkstudentenstelle bei euch im Team. Ich mache den HR-Teil, du den fachlichen. Den Lebenslauf findest du im Bewerbermanagement.""",
             subject="Vorstellungsgespräch Werkstudent*in Data Engineering – Lukas Meier",
             ics=ics_w1, ics_mode="outlook")
    case.add("w1r", me, [sabine], "2026-03-12 15:30", """Hallo Sabine,

kurzes Feedback zu Lukas: fachlich für das 4. Semester richtig stark (SQL sitzt, erste Erfahrungen mit Airflow aus einem Uni-Projekt), kommunikativ angenehm. Von meiner Seite eine klare Empfehlung, gern 20 Std./Woche ab April.

VG Jonas""", parent="w1")
    case.add("w2", lukas, [me, sabine], "2026-03-12 19:20", """Sehr geehrte Frau Roth, sehr geehrter Herr Albrecht,

vielen Dank für das angenehme Gespräch heute Nachmittag und die Einblicke in Ihr Data-Team. Die Aufgaben rund um die Lager-Pipelines klingen sehr spannend, und ich würde mich freuen, Teil des Teams zu werden.

Mit freundlichen Grüßen
Lukas Meier""", subject="Vielen Dank für das Gespräch – Werkstudent Data Engineering")
    case.thread("w1", False, None, "Brückner Handel GmbH",
                "Jonas on the hiring side at his current employer: Werkstudent interview Thu 12.03. "
                "14:00-14:45, candidate in the attendee list")
    case.thread("w2", False, None, "Brückner Handel GmbH",
                "the Werkstudent candidate's own thank-you to Jonas and HR")
    case.meeting("w1", at("2026-03-12 14:00"), at("2026-03-12 14:45"), job=False,
                 met=[lukas.email, sabine.email], what="Werkstudent interview (hiring side)")
    case.forbid("w1", lukas.email,
                "a candidate Jonas interviewed for his current employer; not his job search")

    ics_m1 = make_ics(
        method="REQUEST", uid=uid_outlook("data-berlin", "jahresgespraech"),
        stamp=at("2026-02-25 11:30"), start=at("2026-03-09 10:00"), end=at("2026-03-09 11:00"),
        summary="Jahresgespräch 2026 – Jonas / Thomas", organizer=thomas,
        tzid="W. Europe Standard Time", attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Büro Thomas (5.12)", prodid="Microsoft Exchange Server 2010")
    case.add("m1", thomas, [me], "2026-02-25 11:31", """Hi Jonas,

hier der Termin für unser Jahresgespräch. Bring gern mit, wo du dich in den nächsten zwei Jahren siehst – ich weiß, dass dich das Thema Teamlead umtreibt.""",
             subject="Jahresgespräch 2026 – Jonas / Thomas", ics=ics_m1, ics_mode="outlook")
    case.add("m1f", thomas, [me], "2026-03-09 15:05", """Hi Jonas,

danke für das offene Gespräch heute Morgen. Zum Thema Gehaltsanpassung und Teamlead-Rolle kann ich noch nichts versprechen, das hängt an der Budgetrunde. Ich melde mich bis Ende März bei dir, sobald die Zahlen stehen.""",
             parent="m1")
    case.thread("m1", False, None, "Brückner Handel GmbH",
                "annual review with his current manager Mon 09.03.; the manager's 'bis Ende März' "
                "is about his current job")
    case.meeting("m1", at("2026-03-09 10:00"), at("2026-03-09 11:00"), job=False,
                 met=[thomas.email], what="Jahresgespräch")
    case.promise("m1", "m1f", thomas.email, "2026-03-31", job=False)
    case.forbid("m1", thomas.email,
                "annual review and salary promise at his current job, not job search")

    ics_q1 = make_ics(
        method="REQUEST", uid=uid_outlook("data-berlin", "q2planning"),
        stamp=at("2026-03-06 09:00"), start=at("2026-03-24 10:00"), end=at("2026-03-24 12:00"),
        summary="Q2-Planung Data & BI", organizer=pmo, tzid="W. Europe Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (thomas, "ACCEPTED", "INDIVIDUAL"),
                   (room_planning, "ACCEPTED", "ROOM")],
        location="BH-5.01 Tempelhof (20)", prodid="Microsoft Exchange Server 2010")
    case.add("q1", pmo, [me], "2026-03-06 09:01", """Liebe Kolleg*innen,

anbei die Einladung zur Q2-Planung. Bitte bringt eure Epics bis Freitag, 20.03., ins Planungsboard ein.

Viele Grüße
Projektmanagement-Office""", subject="Q2-Planung Data & BI", cc=[thomas], ics=ics_q1,
             ics_mode="outlook")
    case.thread("q1", False, None, "Brückner Handel GmbH",
                "internal planning meeting Tue 24.03. 10:00-12:00")
    case.meeting("q1", at("2026-03-24 10:00"), at("2026-03-24 12:00"), job=False,
                 met=[thomas.email], what="Q2 planning")

    it_text = """Liebe Kolleginnen und Kollegen,

am Samstag, 14.03., zwischen 8:00 und 14:00 Uhr aktualisieren wir die VPN-Gateways. In dieser Zeit ist kein Zugriff auf interne Systeme von außen möglich.

Bitte denkt außerdem daran: Eure Passwörter laufen alle 180 Tage ab. Wer eine Erinnerung bekommen hat, ändert sein Passwort bitte bis Ende der Woche im Self-Service-Portal.

Euer IT-Servicedesk"""
    case.add("it1", itdesk, [me], "2026-03-10 07:45", it_text,
             subject="[IT-Info] VPN-Wartung am Samstag und Passwortrichtlinie",
             html=html_of(it_text), html_only=True, headers=AUTO)
    case.thread("it1", False, None, "Brückner Handel GmbH", "IT notice at his current employer")

    intern_text = """Brückner intern – März 2026

+++ Neues Lager in Ludwigsfelde geht im Mai live +++
+++ Wir stellen ein: 14 offene Stellen, u. a. Werkstudent*in Data Engineering und Senior BI Analyst – empfehlt uns gern weiter (Empfehlungsprämie 1.500 €) +++
+++ Sommerfest am 26.06. auf dem Tempelhofer Feld +++

Alle Beiträge im Intranet: https://intranet.brueckner-handel.de/intern/2026-03"""
    case.add("in1", intern, [me], "2026-03-17 12:00", intern_text,
             subject="Brückner intern – März 2026", html=html_of(intern_text),
             headers=bulk_headers("<intern.brueckner-handel.de>",
                                  "https://intranet.brueckner-handel.de/unsubscribe"))
    case.thread("in1", False, None, "Brückner Handel GmbH",
                "internal newsletter of his employer, with job words")

    # ==================================================================
    # Job boards
    # ==================================================================
    def stepstone_alert(key, when, jobs):
        lines = "\n\n".join("%s\n%s – %s\nJetzt ansehen: https://www.stepstone.de/stellenangebote--%s"
                            % (t, c, p, digest(key, t, n=8)) for t, c, p in jobs)
        text = ("Hallo Jonas,\n\nes gibt %d neue Jobs für Ihren Jobagenten \"Lead Data Engineer, "
                "Berlin\":\n\n%s\n\nViel Erfolg bei Ihrer Bewerbung!\nIhr StepStone-Team\n\n"
                "Jobagent verwalten: https://www.stepstone.de/jobagent" % (len(jobs), lines))
        case.add(key, stepstone, [me], when, text,
                 subject="%d neue Jobs für Sie: Lead Data Engineer in Berlin" % len(jobs),
                 html=html_of(text), headers=bulk_headers("<jobagent.stepstone.de>",
                                                          "https://www.stepstone.de/jobagent/abmelden"))
        case.thread(key, False, None, "StepStone", "job alert, owes nothing")

    stepstone_alert("s1", "2026-02-16 07:02", [
        ("Lead Data Engineer (m/w/d)", "Nordwind Energie GmbH", "Berlin"),
        ("Senior Data Engineer – Streaming (m/w/d)", "Vattenfall", "Berlin"),
        ("Teamlead Data Platform (all genders)", "HelloFresh", "Berlin")])
    stepstone_alert("s2", "2026-03-02 07:03", [
        ("Lead Data Engineer (m/w/d)", "Möwe Logistics GmbH", "Berlin"),
        ("Data Engineering Manager (m/w/d)", "Zalando SE", "Berlin"),
        ("Head of Data Engineering (m/w/d)", "Kachel Analytics GmbH", "Berlin"),
        ("Principal Data Engineer (m/w/d)", "Deutsche Bahn AG", "Berlin")])
    stepstone_alert("s3", "2026-03-16 07:01", [
        ("Lead Data Engineer (w/m/d) – Energiehandel", "Stadtwerke Potsdam", "Potsdam"),
        ("Senior Analytics Engineer (m/w/d)", "Kranich Payments", "Berlin")])

    def linkedin_alert(key, when, n, jobs):
        lines = "\n\n".join("%s\n%s · %s\nView job: https://www.linkedin.com/comm/jobs/view/%s"
                            % (t, c, p, int(digest(key, t, n=8), 16)) for t, c, p in jobs)
        text = ("Your job alert for Lead Data Engineer in Berlin, Germany\n%d new jobs match your "
                "preferences.\n\n%s\n\nSee all jobs: https://www.linkedin.com/comm/jobs/search\n\n"
                "You are receiving Job Alert emails. Unsubscribe: "
                "https://www.linkedin.com/comm/jobs/alerts" % (n, lines))
        case.add(key, linkedin, [me], when, text,
                 subject="\"lead data engineer\": %d new jobs in Berlin, Germany" % n,
                 html=html_of(text), headers=bulk_headers("<jobalerts.linkedin.com>",
                                                          "https://www.linkedin.com/comm/jobs/alerts"))
        case.thread(key, False, None, "LinkedIn", "job alert, owes nothing")

    linkedin_alert("li1", "2026-02-25 16:30", 14, [
        ("Lead Data Engineer", "Ridgeline Analytics", "Remote (EU)"),
        ("Staff Data Engineer", "N26", "Berlin (Hybrid)"),
        ("Engineering Manager, Data Platform", "Delivery Hero", "Berlin")])
    linkedin_alert("li2", "2026-03-18 16:31", 9, [
        ("Lead Data Engineer", "Orbital Freight", "Berlin"),
        ("Data Engineering Lead", "Aurora Grid", "Berlin (Hybrid)"),
        ("Interview Coach – Data Careers (Freelance)", "Talentwerk Personalberatung GmbH", "Remote")])

    # ==================================================================
    # Household noise
    # ==================================================================
    db_text = """Buchungsbestätigung

Auftragsnummer: 7K4QW2
Hinfahrt am 07.03.2026
ab Berlin Hbf 09:36, an Hamburg Hbf 11:21, ICE 1009, Wagen 7, Platz 65 (reserviert)
Rückfahrt am 08.03.2026
ab Hamburg Hbf 17:03, an Berlin Hbf 18:50, ICE 1018, Wagen 5, Platz 42 (reserviert)

2 Erwachsene, 1 Kind (bis 14 Jahre, kostenlos), BahnCard 25, 2. Klasse
Gesamtpreis: 118,40 €

Ihr Ticket finden Sie in der DB Navigator App und im Anhang.
Gute Reise wünscht Ihnen Ihre Deutsche Bahn"""
    case.add("db1", bahn, [me], "2026-02-28 21:18", db_text,
             subject="Ihre Buchungsbestätigung (Auftrag 7K4QW2)", html=html_of(db_text),
             headers=AUTO, attachments=[("Ticket_7K4QW2.pdf", "application/pdf", make_pdf([
                 "Deutsche Bahn - Online-Ticket", "Auftrag 7K4QW2",
                 "Berlin Hbf - Hamburg Hbf, 07.03.2026, ICE 1009",
                 "Hamburg Hbf - Berlin Hbf, 08.03.2026, ICE 1018"]))])
    case.thread("db1", False, None, "Deutsche Bahn", "train ticket to Hamburg for the weekend")
    case.add("db2", bahn_info, [me], "2026-03-07 09:05", """Reiseinformation zu Ihrer Reise am 07.03.2026

ICE 1009 Berlin Hbf (09:36) → Hamburg Hbf (11:21)
Aktuell ca. +25 Minuten, Grund: Reparatur an der Strecke.
Ihre Anschlüsse prüfen Sie bitte im DB Navigator.

Bei mehr als 60 Minuten Verspätung können Sie eine Fahrgastrechte-Entschädigung beantragen.""",
             subject="Verspätung: ICE 1009 am 07.03.2026", headers=AUTO)
    case.thread("db2", False, None, "Deutsche Bahn", "delay notice")

    el_text = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto bei Mein ELSTER liegt eine neue Nachricht für Sie bereit: Bescheiddaten zur Einkommensteuer 2025 (Finanzamt Friedrichshain-Kreuzberg).

Bitte melden Sie sich unter https://www.elster.de an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthält diese E-Mail keine Steuerdaten.

Ihr ELSTER-Team"""
    case.add("el1", elster, [me], "2026-02-27 06:12", el_text.replace(
        "Bescheiddaten zur Einkommensteuer 2025 (Finanzamt Friedrichshain-Kreuzberg)",
        "Übermittlungsprotokoll Ihrer Einkommensteuererklärung 2025"),
             subject="Neue Nachricht in Mein ELSTER", headers=AUTO)
    case.thread("el1", False, None, "ELSTER", "tax return transmitted")
    case.add("el2", elster, [me], "2026-03-20 06:14", el_text,
             subject="Neue Bescheiddaten in Mein ELSTER abrufbar", headers=AUTO)
    case.thread("el2", False, None, "ELSTER", "Finanzamt tax assessment available")

    kita_text = """Liebe Eltern,

der Frühling kommt, und mit ihm ein paar Termine:

- Elternabend: Dienstag, 10.03., 19:30 Uhr im Bewegungsraum (Thema: Übergang in die Schule)
- Fotograf: Donnerstag, 19.03., bitte die Kinder bis 9 Uhr bringen
- Osterschließzeit: 30.03. bis 03.04.; Notbetreuung bitte bis 13.03. anmelden
- Die Igelgruppe sucht noch Gummistiefel in Größe 26–28 für die Matschkiste

Herzliche Grüße
Anja Brandes und das Team der Kita Sonnenblume"""
    case.add("ki1", kita, [me, sarah], "2026-03-02 15:40", kita_text,
             subject="Elternbrief März – Kita Sonnenblume",
             headers=bulk_headers("<eltern.kita-sonnenblume-fhain.de>",
                                  "https://kita-sonnenblume-fhain.de/elternbrief/abmelden"))
    case.thread("ki1", False, None, "Kita Sonnenblume", "Kita newsletter with the Elternabend date")
    case.meeting("ki1", at("2026-03-10 19:30"), at("2026-03-10 21:00"), job=False,
                 what="Elternabend")
    case.add("ki2", sarah, [me], "2026-03-12 21:05", """Hey Schatz,

kannst du Emil bitte morgen für die Notbetreuung in den Osterferien anmelden? Frist ist morgen, ich hab's total verpeilt. Mo.–Mi. reicht, Do./Fr. ist ja meine Mama da.

Kuss
S.""", subject="Notbetreuung Ostern")
    case.add("ki2r", me, [sarah], "2026-03-13 08:10", """Erledigt, Mo–Mi angemeldet. Frau Brandes hat's bestätigt.

J.""", parent="ki2")
    case.thread("ki2", False, None, None, "partner about the Kita")

    case.add("hv1", me, [hv], "2026-03-11 08:05", """Sehr geehrte Damen und Herren,

in unserer Wohnung (Kopernikusstr. 19, 3. OG links) wird der Heizkörper im Kinderzimmer seit dem Wochenende nicht mehr warm, auch nach dem Entlüften nicht. Könnten Sie bitte einen Handwerker beauftragen?

""" + SIG_DE, subject="Heizkörper Kinderzimmer defekt – Kopernikusstr. 19, 3. OG li.")
    case.add("hv1r", hv, [me], "2026-03-12 10:20", """Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Meldung. Wir haben die Firma Wärme Schulz beauftragt; der Monteur meldet sich bis Mittwoch, 18.03., bei Ihnen, um einen Termin zu vereinbaren.""",
             parent="hv1")
    case.add("hv1n", me, [hv], "2026-03-19 08:30", """Sehr geehrte Damen und Herren,

leider hat sich bisher niemand bei uns gemeldet, und das Kinderzimmer ist weiterhin kalt. Können Sie bitte bei der Firma Wärme Schulz nachhaken?

Viele Grüße
Jonas Albrecht""", parent="hv1r", prefix="AW: ")
    case.add("hv1m", hv, [me], "2026-03-19 14:10", """Sehr geehrter Herr Albrecht,

wir bitten um Entschuldigung. Wir haben nachgehakt: Der Monteur kommt am Montag, 23.03., zwischen 8 und 10 Uhr.""",
             parent="hv1n")
    case.thread("hv1", False, None, "Kaiser & Partner Hausverwaltung GmbH",
                "broken radiator; the property manager's 'bis Mittwoch, 18.03.' (not job search)")
    case.promise("hv1", "hv1r", hv.email, "2026-03-18", job=False)
    case.forbid("hv1", hv.email,
                "property management, not job search: its 'meldet sich bis Mittwoch, 18.03.' "
                "owes no follow-up (and Jonas chased it himself)")

    hv2_text = """Sehr geehrte Mieterinnen und Mieter,

die jährliche Wartung der Rauchwarnmelder findet am Freitag, 27.03.2026, zwischen 8:00 und 12:00 Uhr statt. Bitte ermöglichen Sie den Zugang zu Ihrer Wohnung oder hinterlegen Sie einen Schlüssel bei Ihren Nachbarn.

Ihre Hausverwaltung Kaiser & Partner"""
    case.add("hv2", hv, [me], "2026-03-16 09:00", hv2_text,
             subject="Ankündigung: Wartung Rauchwarnmelder am 27.03. – Kopernikusstr. 19",
             sig=False, headers=bulk_headers("<mieter.hv-kaiser-partner.de>",
                                             "https://hv-kaiser-partner.de/abmelden"))
    case.thread("hv2", False, None, "Kaiser & Partner Hausverwaltung GmbH",
                "smoke detector service Fri 27.03. 8-12")
    case.meeting("hv2", at("2026-03-27 08:00"), at("2026-03-27 12:00"), status="scheduled",
                 job=False, what="Rauchmelderwartung")

    sv_text = """Liebe Mitglieder,

hiermit laden wir satzungsgemäß zur ordentlichen Mitgliederversammlung ein:

Freitag, 13.03.2026, 19:00 Uhr, Vereinsheim, Revaler Str. 8

Tagesordnung: 1. Bericht des Vorstands, 2. Kassenbericht, 3. Entlastung, 4. Beitragsanpassung Jugend, 5. Verschiedenes

Sportliche Grüße
Der Vorstand des SV Friedrichshain 09 e.V."""
    case.add("sv1", verein, [me], "2026-02-20 18:00", sv_text,
             subject="Einladung zur Mitgliederversammlung am 13.03.2026",
             headers=bulk_headers("<mitglieder.sv-friedrichshain09.de>",
                                  "https://sv-friedrichshain09.de/newsletter/abmelden"))
    case.thread("sv1", False, None, "SV Friedrichshain 09 e.V.", "sports club general meeting")
    case.meeting("sv1", at("2026-03-13 19:00"), at("2026-03-13 21:00"), job=False,
                 what="Mitgliederversammlung")
    case.add("sv2", jens, [me], "2026-03-19 22:10", """Hallo Männer,

Samstag fällt das Training aus, die Halle ist wegen Wasserschaden gesperrt. Nächste Woche wieder normal, 10 Uhr.

Jens""", subject="Training Sa fällt aus")
    case.add("sv2r", me, [jens], "2026-03-20 07:15", """Alles klar, danke für die Info!

Jonas""", parent="sv2")
    case.thread("sv2", False, None, "SV Friedrichshain 09 e.V.", "handball coach, training cancelled")

    ics_pr = make_ics(
        method="PUBLISH", uid=uid_uuid("data-berlin", "kinderarzt"),
        stamp=at("2026-03-03 12:00"), start=at("2026-03-12 15:30"), end=at("2026-03-12 16:00"),
        summary="U9 Emil Albrecht – Kinderarztpraxis Dr. Yilmaz", organizer=praxis,
        location="Boxhagener Str. 51, 10245 Berlin", tzid=BER,
        prodid="-//Doctolib//Appointments//DE")
    case.add("pr1", praxis, [me], "2026-03-03 12:01", """Guten Tag Herr Albrecht,

hiermit bestätigen wir den Termin für Emil Albrecht:

U9-Vorsorgeuntersuchung
Do., 12.03.2026, 15:30 Uhr
Kinderarztpraxis Dr. Yilmaz, Boxhagener Str. 51, 10245 Berlin

Bitte bringen Sie das gelbe Untersuchungsheft und die Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam""", subject="Terminbestätigung: Do., 12.03.2026, 15:30 Uhr", ics=ics_pr,
             ics_mode="publish", headers=AUTO)
    case.thread("pr1", False, None, "Kinderarztpraxis Dr. Yilmaz", "son's check-up, ICS PUBLISH")
    case.meeting("pr1", at("2026-03-12 15:30"), at("2026-03-12 16:00"), job=False,
                 what="U9 Kinderarzt")

    case.add("ma1", mama, [me], "2026-03-08 17:45", """Hallo Jonas,

wie sieht es denn an Ostern bei euch aus? Papa und ich würden gern am Ostersonntag kommen, wenn es euch passt. Emil soll auch schon mal überlegen, ob er lieber Schokoladenhasen oder Lego möchte ;-)

Und wie läuft es mit der Jobsuche? Hast du schon was gehört von diesen Windkraftleuten?

Liebe Grüße
Mama""", subject="Ostern")
    case.add("ma1r", me, [mama], "2026-03-08 21:30", """Hallo Mama,

Ostersonntag passt super, kommt gern zum Mittagessen. Emil sagt eindeutig Lego.

Jobsuche: läuft, die Windkraftleute haben mich zum Gespräch eingeladen, am 16. Ich erzähl dann.

Liebe Grüße, auch an Papa
Jonas""", parent="ma1")
    case.add("ma1m", mama, [me], "2026-03-16 20:02", """Und?? Wie war's? Drück dir die Daumen!

Mama""", parent="ma1r", quote=False)
    case.add("ma1n", me, [mama], "2026-03-16 21:40", """War gut, glaube ich! Mal sehen. Wir telefonieren am Wochenende.

J.""", parent="ma1m")
    case.thread("ma1", False, None, None, "his mother about Easter and the job search")

    case.add("hp1", hannes, [me, felix], "2026-03-18 19:30", """Moin ihr Lieben,

ich werde 40 (!) und das wird gefeiert: Samstag, 28.03., ab 19 Uhr in der Bar Raum 18, Simon-Dach-Str. Kommt zahlreich, Partner*innen natürlich auch.

Sagt kurz Bescheid, ob ihr dabei seid.
Hannes""", subject="40 – Party am 28.03.!")
    case.add("hp1r", me, [hannes], "2026-03-18 21:02", """Klar sind wir dabei! Sarah kommt auch mit.

J.""", parent="hp1")
    case.thread("hp1", False, None, None, "friend's 40th birthday party invitation")
    case.meeting("hp1", at("2026-03-28 19:00"), None, status="scheduled", job=False,
                 what="Hannes' party")

    amz_text = """Hallo Jonas Albrecht,

vielen Dank für Ihre Bestellung bei Amazon.de.

Bestellnummer: 302-5567193-4402817
LEGO City Feuerwehrstation (60414) – 1 Stück – 69,99 €
Anker USB-C Ladegerät 65W – 1 Stück – 35,99 €

Voraussichtliche Zustellung: Mittwoch, 11.03.
Gesamtsumme: 105,98 €"""
    case.add("am1", amazon, [me], "2026-03-09 20:44", amz_text,
             subject="Ihre Amazon.de Bestellung von \"LEGO City Feuerwehrstation...\" und 1 weiterem Artikel",
             html=html_of(amz_text), headers=AUTO)
    case.thread("am1", False, None, "Amazon.de", "order confirmation")
    bvg_text = """Guten Tag Herr Albrecht,

anbei Ihre Rechnung für das Deutschlandticket im Abo für den Monat März 2026.

Betrag: 63,00 €, Abbuchung am 03.03.2026 per SEPA-Lastschrift.

Ihr BVG Abo-Service"""
    case.add("bv1", bvg, [me], "2026-03-01 05:30", bvg_text,
             subject="Ihre Rechnung Deutschlandticket – März 2026", headers=AUTO,
             attachments=[("Rechnung_D-Ticket_2026-03.pdf", "application/pdf", make_pdf([
                 "BVG - Rechnung", "Deutschlandticket Abo, Maerz 2026", "63,00 EUR"]))])
    case.thread("bv1", False, None, "BVG", "monthly transit pass invoice")
    lf_text = """Danke für deine Bestellung bei Pho Hanoi Friedrichshain!

Bestellung #LF-88120754
2x Pho Bo, 1x Sommerrollen, 1x Mango Lassi
Summe: 38,70 € (bezahlt mit PayPal)
Voraussichtliche Lieferung: 19:35 – 19:50"""
    case.add("lf1", lieferando, [me], "2026-03-13 19:02", lf_text,
             subject="Deine Bestellung bei Pho Hanoi Friedrichshain", html=html_of(lf_text),
             html_only=True, headers=AUTO)
    case.thread("lf1", False, None, "Lieferando", "food delivery receipt")

    dew_a = """Data Engineering Weekly #214

This week: why your lakehouse needs data contracts; a post-mortem on a 40-hour backfill; and Airflow 3 in production.

Jobs board
- Lead Data Engineer, Berlin (hybrid) – interviewing now
- Staff Data Engineer, Remote EU – apply by March 31
- Head of Data Platform, Amsterdam – recruiter: talent@example.org

Unsubscribe: https://dataengineeringweekly.com/unsubscribe"""
    case.add("dw1", dew, [me], "2026-03-08 07:00", dew_a,
             subject="DEW #214: data contracts, a 40-hour backfill, Airflow 3", html=html_of(dew_a),
             headers=bulk_headers("<weekly.dataengineeringweekly.com>",
                                  "https://dataengineeringweekly.com/unsubscribe"))
    case.thread("dw1", False, None, "Data Engineering Weekly", "newsletter with a jobs board")
    dew_b = dew_a.replace("#214", "#216").replace(
        "why your lakehouse needs data contracts; a post-mortem on a 40-hour backfill; and Airflow 3 in production",
        "how to interview for a lead role; Iceberg vs. Delta in 2026; on-call that people survive")
    case.add("dw2", dew, [me], "2026-03-22 07:00", dew_b,
             subject="DEW #216: interviewing for lead roles, Iceberg vs. Delta", html=html_of(dew_b),
             headers=bulk_headers("<weekly.dataengineeringweekly.com>",
                                  "https://dataengineeringweekly.com/unsubscribe"))
    case.thread("dw2", False, None, "Data Engineering Weekly", "newsletter about interviewing")
    cp_text = """Guten Morgen,

heute im Checkpoint: Die BVG testet den 5-Minuten-Takt auf der M10, der Senat streitet über Schulbau-Millionen, und in Friedrichshain eröffnet ein neues Freibad-Café.

Termin des Tages: Bürgersprechstunde im Bezirksamt, 16 Uhr.

Ihr Checkpoint-Team"""
    case.add("cp1", checkpoint, [me], "2026-03-24 06:00", cp_text,
             subject="Checkpoint: M10 im 5-Minuten-Takt", html=html_of(cp_text),
             headers=bulk_headers("<checkpoint.newsletter.tagesspiegel.de>",
                                  "https://checkpoint.tagesspiegel.de/abmelden"))
    case.thread("cp1", False, None, "Tagesspiegel", "local newsletter")


    # ---- more household noise
    case.add("fw1", me, [sarah], "2026-02-28 21:30", """Für dich, falls du die Tickets auch aufs Handy willst. Emil fährt umsonst mit, steht unten drin.

---------- Weitergeleitete Nachricht ----------
Von: DB Fernverkehr <buchungsbestaetigung@bahn.de>
Datum: Sa., 28. Feb. 2026 um 21:18 Uhr
Betreff: Ihre Buchungsbestätigung (Auftrag 7K4QW2)
An: <jonas.albrecht@example.de>

""" + db_text, subject="Fwd: Ihre Buchungsbestätigung (Auftrag 7K4QW2)")
    case.add("fw1r", sarah, [me], "2026-03-01 09:12", """Super, danke! Hab's in die App geladen.""",
             parent="fw1")
    case.thread("fw1", False, None, None, "train booking forwarded to his partner")

    max_ = Person("Max Albrecht", "max.albrecht@gmail.com", BER, "gmail", locale="de")
    case.add("mx1", max_, [me], "2026-02-14 11:20", """Moin Bruderherz,

Papa wird am 22. März 70. Sollen wir zusammenlegen? Ich dachte an diesen Räucherofen, den er sich seit Jahren wünscht, ca. 240 €. Oder ist das zu albern?

Max""", subject="Papa 70 – Geschenk?")
    case.add("mx1r", me, [max_], "2026-02-14 19:05", """Gar nicht albern, der freut sich bestimmt. Bin dabei, schick mir deine IBAN, dann überweise ich die Hälfte.

J.""", parent="mx1")
    case.add("mx1m", max_, [me], "2026-02-15 10:02", """DE12 5005 0201 0987 6543 21 – danke dir! Ich bestell dann.

Gesendet von meinem iPhone""", parent="mx1r", sig=False)
    case.thread("mx1", False, None, None, "his brother about their father's 70th birthday")

    dew_0 = dew_a.replace("#214", "#212").replace(
        "why your lakehouse needs data contracts; a post-mortem on a 40-hour backfill; and Airflow 3 in production",
        "streaming joins that don't lie; what a data team lead actually does all day; dbt 2.0 notes")
    case.add("dw0", dew, [me], "2026-02-22 07:00", dew_0,
             subject="DEW #212: streaming joins, the data lead's day, dbt 2.0", html=html_of(dew_0),
             headers=bulk_headers("<weekly.dataengineeringweekly.com>",
                                  "https://dataengineeringweekly.com/unsubscribe"))
    case.thread("dw0", False, None, "Data Engineering Weekly", "newsletter")

    spotify = Person("Spotify", "no-reply@spotify.com", BER, "auto", locale="de", auto=True)
    sp_text = """Hallo Jonas,

danke, dass du Spotify Premium Family nutzt. Wir haben 17,99 € für den Zeitraum 18.03.2026 – 17.04.2026 von deiner Mastercard •••• 4417 abgebucht.

Dein Spotify-Team"""
    case.add("sp1", spotify, [me], "2026-03-18 04:12", sp_text, subject="Deine Spotify-Quittung",
             html=html_of(sp_text), html_only=True, headers=AUTO)
    case.thread("sp1", False, None, "Spotify", "subscription receipt")

    case.add("sa1", sarah, [me], "2026-03-21 10:40", """Kannst du auf dem Rückweg vom Sport noch Brötchen und Milch mitbringen? Und denk an die Batterien für Emils Feuerwehrauto, der ist sonst untröstlich.""",
             subject="Einkauf")
    case.add("sa1r", me, [sarah], "2026-03-21 10:52", """Mach ich. Training fällt heute eh aus, bin in 20 Min da.""",
             parent="sa1")
    case.thread("sa1", False, None, None, "partner, shopping list")

    case.add("ki3", kita, [me, sarah], "2026-03-17 13:15", """Liebe Eltern der Igelgruppe,

kurze Erinnerung: Am Donnerstag, 19.03., kommt der Fotograf. Bitte bringt eure Kinder bis spätestens 9 Uhr, Geschwisterfotos sind ab 8:30 Uhr möglich.

Viele Grüße
Anja Brandes""", subject="Erinnerung: Fototag Do., 19.03.")
    case.thread("ki3", False, None, "Kita Sonnenblume", "reminder about the Kita photographer")

    case.add("sv2j", jens, [me], "2026-03-20 08:01", """👍

Jens""", parent="sv2r")

    case.add("st4", stepstone, [me], "2026-03-11 07:30", """Hallo Jonas,

Ihr Profil ist gefragt: In den letzten 7 Tagen haben sich 6 Unternehmen Ihr Profil angesehen, darunter 2 Personalberatungen.

Tipp: Ein aktueller Lebenslauf erhöht Ihre Chancen auf eine Einladung zum Vorstellungsgespräch um bis zu 30 %.

Ihr StepStone-Team""", subject="6 Unternehmen haben Ihr Profil angesehen",
             headers=bulk_headers("<profil.stepstone.de>", "https://www.stepstone.de/profil/abmelden"))
    case.thread("st4", False, None, "StepStone", "profile-views notice, owes nothing")

    case.add("hv1z", me, [hv], "2026-03-23 10:45", """Sehr geehrte Damen und Herren,

kurze Rückmeldung: Der Monteur war heute früh da, der Heizkörper läuft wieder.

Viele Grüße
Jonas Albrecht""", parent="hv1m", prefix="AW: ")

    case.summary = SUMMARY
    return case


SUMMARY = """Jonas Albrecht, 36, a data engineer at the Berlin retailer Brückner Handel, is looking for a lead data engineer role. About half of his job-search mail is German (Sie and Du), the rest English: international startups, a London agency, a New York company interviewing remotely. The mailbox runs from 9 February to Thursday 26 March 2026, 08:40 CET, three days before Europe moves to summer time (US clocks moved on 8 March, so 11am EDT is 16:00 in Berlin). Nordwind Energie starts with a Personio notice; its coordinator confirms the interview of Mo., 16.03. in German, naming Daniel Whitfield and Aylin Doğan with their addresses in the text, and is not there herself; only Daniel was thanked, and the promise she relays from him ('bis Freitag, 20.03.') is kept, leading to a system design round after the clock change. Kranich Payments' Probearbeitstag was thanked with one note to both hosts, and its recruiter's 'bis Mittwoch, 25.03.' is inside the grace on Thursday morning. Ridgeline's GoodTime interview left one interviewer unthanked and its recruiter's 'by Monday the 23rd' unkept; an agency recruiter who wrote first on XING promised 'bis Freitag' and went silent, as did Kelpie Labs after its hiring committee. Möwe Logistics sent an Absage after a Teams interview that was never thanked; a CTO's 'conversation' was thanked only beforehand; a coffee with a friend about his company's opening was never thanked. Fuchsbau's deep dive moved to this afternoon with the reply 'Donnerstag passt.'; Kachel Analytics cancelled; a London recruiter's date is still ahead. Noise: Jonas interviewing a Werkstudent at his own employer, his annual review, internal mail, Deutsche Bahn, ELSTER, the Kita, the Hausverwaltung (with its own unkept 'bis Mittwoch'), his handball club, StepStone and LinkedIn alerts, family and receipts. 61 threads (24 job search), 131 messages, `now` = `2026-03-26T08:40:00+01:00`."""


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
