#!/usr/bin/env python3
"""designer-berlin: Lena Hoffmann, UX designer at a Berlin agency, moving in-house (sealed case)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
from casekit import run
import datetime as dt

NAME = "designer-berlin"
BER = "Europe/Berlin"
CPH = "Europe/Copenhagen"

LENA_SIG = """-- 
Lena Hoffmann · UX/Product Design
+49 176 55503821 · lenahoffmann.design"""


def cv_pdf():
    return make_pdf([
        "Lena Hoffmann",
        "UX / Product Designer - Berlin",
        "lena.hoffmann@example.de - +49 176 55503821 - lenahoffmann.design",
        "",
        "Experience",
        "2020-today  UX Designer, Studio Kranich, Berlin",
        "   Tenant app for a housing cooperative; carsharing booking flow;",
        "   design systems handed over to client teams; user research",
        "2018-2020  Junior UX Designer, Pixelwerk Agentur, Leipzig",
        "",
        "Education",
        "2012-2017  B.A. Kommunikationsdesign, HTW Berlin",
        "",
        "Languages: German (native), English (C1)",
    ])


def anschreiben_pdf():
    return make_pdf([
        "Lena Hoffmann - Anschreiben",
        "Bewerbung als Product Designer (m/w/d), Kennziffer SR-2026-14",
        "Spreeland Reisen GmbH, z. Hd. Frau Melanie Fuchs",
        "",
        "Sehr geehrte Frau Fuchs,",
        "seit sechs Jahren gestalte ich bei Studio Kranich digitale Produkte",
        "fuer Mobilitaet und Wohnungswirtschaft ...",
    ])


TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie am Computer, über die mobile App oder im Besprechungsraum teil.
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Besprechungs-ID: {mid}
Passcode: {pw}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def gcal_en(title, when, who, meet=None, where=None, desc=None):
    s = "You have been invited to the following event.\n\n%s\nWhen\n%s\n" % (title, when)
    if meet:
        s += "Joining info\nJoin with Google Meet\n%s\n" % meet
    if where:
        s += "Where\n%s\n" % where
    s += "Calendar\nlena.hoffmann@example.de\nWho\n" + "".join("• %s\n" % w for w in who)
    if desc:
        s += "\n" + desc + "\n"
    s += ("\nView all guest info\nReply for lena.hoffmann@example.de\nYes | No | Maybe | More options\n\n"
          "Invitation from Google Calendar\n\nYou are receiving this email because you are an "
          "attendee on the event. To stop receiving future updates for this event, decline this "
          "event.\n\nForwarding this invitation could allow any recipient to send a response to "
          "the organizer, be added to the guest list, invite others regardless of their own "
          "invitation status, or modify your RSVP.")
    return s


def gcal_de(title, when, who, meet=None, where=None, desc=None, cancelled=False):
    if cancelled:
        s = "Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.\n\n%s\nWann\n%s\n" % (title, when)
    else:
        s = "Sie wurden zu folgendem Termin eingeladen.\n\n%s\nWann\n%s\n" % (title, when)
    if meet:
        s += "Teilnahmeinformationen\nMit Google Meet teilnehmen\n%s\n" % meet
    if where:
        s += "Ort\n%s\n" % where
    s += "Kalender\nlena.hoffmann@example.de\nTeilnehmer\n" + "".join("• %s\n" % w for w in who)
    if desc:
        s += "\n" + desc + "\n"
    if not cancelled:
        s += "\nAlle Gästeinformationen ansehen\nAntworten für lena.hoffmann@example.de\nJa | Nein | Vielleicht | Weitere Optionen\n"
    s += ("\nEinladung von Google Kalender\n\nSie erhalten diese E-Mail, weil Sie Teilnehmer des "
          "Termins sind. Wenn Sie keine Updates mehr zu diesem Termin erhalten möchten, lehnen Sie "
          "ihn ab.")
    return s


def build():
    now = dt.datetime(2026, 6, 19, 9, 30, tzinfo=ZoneInfo(BER))
    case = Case(
        NAME,
        "Berlin UX designer moving in-house; German and English job mail, Greenhouse, Personio, "
        "Calendly, a trial day, a panel, an intro and a meetup coffee; now Fri 19 June 2026 09:30 CEST",
        {"name": "Lena Hoffmann", "emails": ["lena.hoffmann@example.de"],
         "phone": "+49 176 55503821", "timezone": BER},
        now, "")
    me = Person("Lena Hoffmann", "lena.hoffmann@example.de", tz=BER, style="webmail",
                sig=LENA_SIG, locale="de", msgid_domain="example.de")
    case.me = me
    at = case.at

    # ------------------------------------------------------------------ people
    sophie = Person("Sophie Adeyemi", "sophie.adeyemi@kachel.io", tz=BER, style="gmail",
                    sig="Sophie Adeyemi\nTalent Partner · Kachel\nkachel.io | we're hiring: kachel.io/careers")
    sophie_cal = Person("Sophie Adeyemi", "sophie.adeyemi@kachel.io", tz=BER, style="gcal")
    maren = Person("Maren Köster", "maren.koester@kachel.io", tz=BER, style="gmail",
                   sig="Maren Köster\nHead of Design · Kachel")
    aylin = Person("Aylin Şahin", "aylin.sahin@kachel.io", tz=BER, style="gmail",
                   sig="Aylin Şahin\nSenior Product Manager, Payments\nKachel")
    ruben = Person("Ruben Vos", "ruben.vos@kachel.io", tz=BER)
    greenhouse = Person("Kachel Recruiting", "no-reply@greenhouse.io", tz="UTC", style="auto",
                        auto=True, msgid_domain="greenhouse.io")
    kachel_room = ("Kachel HQ - 4.02 Görli (8)",
                   "c_1882f3a9kachel4o2goerli@resource.calendar.google.com")

    freja = Person("Freja Lindholm", "freja.lindholm@saltbro.dk", tz=CPH, style="outlook",
                   region="eurprd07",
                   sig="Freja Lindholm\nTalent Partner\nSaltbro ApS · Refshalevej 163A · 1432 København K\n+45 31 55 20 47")
    anders = Person("Anders Bech", "anders.bech@saltbro.dk", tz=CPH, style="outlook",
                    region="eurprd07", sig="Anders Bech\nDesign Director\nSaltbro ApS\n+45 22 81 64 09")

    personio_ww = Person("Wegweiser Mobilität GmbH", "no-reply@jobs.personio.de", tz=BER,
                         style="auto", auto=True, msgid_domain="jobs.personio.de")
    claudia = Person("Claudia Reimann", "claudia.reimann@wegweiser-mobilitaet.de", tz=BER,
                     style="outlook", locale="de", region="eurprd04",
                     sig="Claudia Reimann\nTalent Acquisition\n\nWegweiser Mobilität GmbH\n"
                         "Alt-Moabit 96 | 10559 Berlin\nT +49 30 5557 2210\nwegweiser-mobilitaet.de\n\n"
                         "Sitz der Gesellschaft: Berlin | Amtsgericht Charlottenburg HRB 201337 B\n"
                         "Geschäftsführung: Dr. Jan Petersen, Aylin Korkmaz")
    henrik = Person("Dr. Henrik Albers", "henrik.albers@wegweiser-mobilitaet.de", tz=BER,
                    style="outlook", locale="de", region="eurprd04")
    sabine = Person("Sabine Krüger", "sabine.krueger@wegweiser-mobilitaet.de", tz=BER,
                    style="outlook", locale="de", region="eurprd04")

    nele = Person("Nele Brandt", "nele@feldfunk.de", tz=BER, style="gmail", locale="de",
                  sig="Nele Brandt\nProduct Lead · Feldfunk\nfeldfunk.de")
    nele_cal = Person("Nele Brandt", "nele@feldfunk.de", tz=BER, style="gcal", locale="de")
    moritz = Person("Moritz Kessler", "moritz@feldfunk.de", tz=BER, style="gmail", locale="de")

    yusuf = Person("Yusuf Karaca", "yusuf@heimkraft.io", tz=BER, style="gmail", locale="de",
                   sig="Yusuf Karaca\nHead of Product · Heimkraft\nheimkraft.io")
    calendly = Person("Calendly", "notifications@calendly.com", tz="UTC", style="auto",
                      auto=True, msgid_domain="calendly.com")

    dorothea = Person("Dorothea Lang", "d.lang@sternwarte-software.de", tz=BER, style="outlook",
                      locale="de", region="eurprd02")

    melanie = Person("Melanie Fuchs", "melanie.fuchs@spreeland-reisen.de", tz=BER,
                     style="outlook", locale="de", region="eurprd06",
                     sig="Melanie Fuchs\nPersonalreferentin\n\nSpreeland Reisen GmbH\n"
                         "Markgrafenstraße 34 · 10117 Berlin\nTel. +49 30 5558 4417\n"
                         "www.spreeland-reisen.de\n\nGeschäftsführer: Thomas Kühne · "
                         "Amtsgericht Berlin-Charlottenburg HRB 118402 B")

    kathi = Person("Kathi Wendt", "kathi.wendt@gmail.com", tz=BER, style="gmail", locale="de")
    simon = Person("Simon Hartung", "simon.hartung@wattwerk.de", tz=BER, style="gmail",
                   locale="de", sig="Simon Hartung\nHead of Design · Wattwerk\nwattwerk.de")
    tariq = Person("Tariq Mansour", "tariq.mansour@parcelo.de", tz=BER, style="gmail",
                   locale="de", sig="Tariq Mansour\nDesign Lead · Parcelo\nparcelo.de")

    birgit = Person("Birgit Sauer", "birgit.sauer@mauersegler-health.de", tz=BER,
                    style="outlook", locale="de", region="eurprd01",
                    sig="Birgit Sauer\nHR Business Partner\n\nMauersegler Health GmbH\n"
                        "Invalidenstraße 117 · 10115 Berlin\nTel.: +49 30 5550 8812\n"
                        "mauersegler-health.de")
    tim = Person("Dr. Tim Lorenz", "tim.lorenz@mauersegler-health.de", tz=BER)

    jakob = Person("Jakob Endres", "jakob@rotbuche-labs.de", tz=BER, style="gmail", locale="de",
                   sig="Jakob Endres\nCo-Founder & CPO · Rotbuche Labs\nrotbuche-labs.de")
    jakob_cal = Person("Jakob Endres", "jakob@rotbuche-labs.de", tz=BER, style="gcal", locale="de")

    # current job and the rest of life
    carla = Person("Carla Nowak", "carla@kranich.studio", tz=BER, style="gmail", locale="de",
                   sig="Carla Nowak\nHead of Design · Studio Kranich\nkranich.studio")
    carla_cal = Person("Carla Nowak", "carla@kranich.studio", tz=BER, style="gcal", locale="de")
    ben = Person("Ben Schulte", "ben@kranich.studio", tz=BER, style="gmail", locale="de")
    paul = Person("Paul Berger", "paul.berger@posteo.de", tz=BER, style="webmail", locale="de",
                  msgid_domain="posteo.de")
    personio_kr = Person("Studio Kranich", "no-reply@personio.de", tz=BER, style="auto",
                         auto=True, msgid_domain="personio.de")
    sven = Person("Sven Gerlach", "s.gerlach@havelstrom.de", tz=BER, style="outlook",
                  locale="de", region="eurprd03")
    mama = Person("Ute Hoffmann", "ute.hoffmann@t-online.de", tz=BER, style="webmail",
                  locale="de", msgid_domain="t-online.de")
    jule = Person("Jule Hoffmann", "jule.hoffmann@gmail.com", tz=BER, style="gmail", locale="de")
    caro = Person("Caro Lindner", "caro.lindner@posteo.de", tz=BER, style="webmail",
                  locale="de", msgid_domain="posteo.de")
    friederike = Person("Friederike Sturm", "f.sturm@web.de", tz=BER, style="webmail",
                        locale="de", msgid_domain="web.de")
    hv = Person("Hausverwaltung Brenner & Partner", "service@hv-brenner.de", tz=BER,
                style="outlook", locale="de", region="eurprd05",
                sig="Hausverwaltung Brenner & Partner GmbH\nKundenservice\nFrankfurter Allee 212 · "
                    "10365 Berlin\nTel. 030 5556 7710 (Mo–Do 9–15 Uhr)\nwww.hv-brenner.de")
    stepstone = Person("StepStone Jobagent", "jobagent@stepstone.de", tz=BER, style="auto",
                       auto=True, msgid_domain="stepstone.de")
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", tz="UTC",
                      style="auto", auto=True, msgid_domain="linkedin.com")
    meetup = Person("Meetup", "info@meetup.com", tz="UTC", style="auto", auto=True,
                    msgid_domain="meetup.com")
    kletter = Person("Kletterwerk Friedrichshain", "buchung@kletterwerk-fhain.de", tz=BER,
                     style="auto", auto=True)
    kletter_news = Person("Kletterwerk Friedrichshain", "news@kletterwerk-fhain.de", tz=BER,
                          style="auto", auto=True)
    bvg = Person("BVG", "noreply@bvg.de", tz=BER, style="auto", auto=True)
    elster = Person("ELSTER", "noreply@elster.de", tz=BER, style="auto", auto=True)
    formsache = Person("Formsache", "hallo@formsache-newsletter.de", tz=BER, style="auto",
                       auto=True)
    radtat = Person("Rad & Tat Fahrradwerkstatt", "info@radundtat-berlin.de", tz=BER,
                    style="auto")
    buch = Person("Kiezbuchhandlung Boxhagen", "bestellung@kiezbuch-boxhagen.de", tz=BER,
                  style="auto", auto=True)
    bahn = Person("DB Fernverkehr", "buchungsbestaetigung@bahn.de", tz=BER, style="auto",
                  auto=True)
    praxis = Person("Hausarztpraxis Dr. Yıldız", "termine@hausarzt-yildiz.de", tz=BER,
                    style="auto", auto=True)
    strom = Person("Ostwind Energie", "kundenservice@ostwind-energie.de", tz=BER, style="auto",
                   auto=True)

    CV = ("Lena_Hoffmann_Lebenslauf.pdf", "application/pdf", cv_pdf())
    CV_EN = ("Lena_Hoffmann_CV_2026.pdf", "application/pdf", cv_pdf())

    # ================================================================ KACHEL (English)
    t = "Thank you for applying to Kachel!"
    txt = """Hi Lena,

Thanks for applying for the Product Designer (Payments) role at Kachel! We've received your application and our team will review it carefully.

If your background looks like a match, someone from our Talent team will reach out to you directly. In the meantime, feel free to learn more about how we work at kachel.io/careers.

Best,
The Kachel Talent Team

This is an automated message, please do not reply to this email.
Powered by Greenhouse"""
    case.add("ka_ack", greenhouse, [me], "2026-05-11 07:42", txt, subject=t,
             html=html_of(txt, t), headers=AUTO)
    case.thread("ka_ack", True, "application", "Kachel",
                "Greenhouse acknowledgement of a portal application (Mon 11 May); no person to write to")

    case.add("ka1", sophie, [me], "2026-05-15 10:12", """Hi Lena,

I'm Sophie, Talent Partner at Kachel. Thanks for your application for our Product Designer role in the Payments team – Maren (our Head of Design) and I went through your portfolio and we'd love to get to know you.

Would you have 30 minutes for an intro call next week? I could do:

- Tuesday, May 19 at 11:00
- Wednesday, May 20 at 15:30
- Thursday, May 21 at 09:30

(all Berlin time). It's a relaxed conversation about you, the role and how we work – no preparation needed.

Best,
Sophie""", subject="Kachel – Product Designer (Payments) // intro call")
    case.add("ka2", me, [sophie], "2026-05-15 12:47", """Hi Sophie,

thanks for reaching out – happy to chat! Tuesday, May 19 at 11:00 works well for me.

Best,
Lena""", parent="ka1")
    case.add("ka3", sophie, [me], "2026-05-15 13:05", """Great – I've just sent you a calendar invite with a Google Meet link. Talk on Tuesday!

Sophie""", parent="ka2")

    s = at("2026-05-19 11:00")
    e = at("2026-05-19 11:30")
    title = "Lena Hoffmann <> Kachel | Intro call"
    desc = "Intro call with Sophie (Talent) about the Product Designer (Payments) role."
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "kachel-intro"), stamp=at("2026-05-15 13:04"),
                   start=s, end=e, summary=title, organizer=sophie,
                   attendees=[(sophie, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=BER, location="https://meet.google.com/kqv-rzmt-ahp", description=desc)
    case.add("ka_inv", sophie_cal, [me], "2026-05-15 13:04",
             gcal_en(title, "Tuesday May 19, 2026 ⋅ 11am – 11:30am (Central European Summer Time - Berlin)",
                     ["Sophie Adeyemi - organizer", "lena.hoffmann@example.de"],
                     meet="meet.google.com/kqv-rzmt-ahp", desc=desc),
             subject="Invitation: %s @ Tue May 19, 2026 11am - 11:30am (CEST) (lena.hoffmann@example.de)" % title,
             ics=ics, headers=GCAL)
    case.thread("ka_inv", True, "interview", "Kachel",
                "Google Calendar invite for the intro call Tue 19 May 11:00-11:30; thanked in the email thread the same day")
    case.meeting("ka_inv", s, e, met=[sophie.email], thanks={sophie.email: "ka4"},
                 what="recruiter intro call")

    case.add("ka4", me, [sophie], "2026-05-19 14:10", """Hi Sophie,

thanks a lot for the call this morning – it was great to hear how the Payments team is set up and where design sits in it. The way you described the landlord onboarding problem made me want to start sketching right away.

Looking forward to hearing about next steps!

Best,
Lena""", parent="ka3")
    case.add("ka5", sophie, [me], "2026-05-19 16:32", """Thanks Lena, I really enjoyed it too! I'll sync with Maren this week and come back to you by Friday with next steps.

Sophie""", parent="ka4")
    case.add("ka6", sophie, [me], "2026-05-21 09:50", """Hi Lena,

Good news: Maren would love to move forward! The next step would be a portfolio presentation with a small panel – Maren, Aylin (Senior PM, Payments) and Ruben (Staff Engineer). It's 90 minutes at our office in Kreuzberg: around 45 minutes for you to walk us through two projects, then Q&A.

Maren is away until early June, so we're looking at the week of June 8. Would Wednesday, June 10, 14:00–15:30 work for you? If so, I'll book it and you'll get a confirmation from Greenhouse.

Best,
Sophie""", parent="ka5")
    case.add("ka7", me, [sophie], "2026-05-21 10:35", """Hi Sophie,

that's great news! Wednesday, June 10, 14:00–15:30 works for me. Quick question: should I bring my own laptop, or is there a screen I can plug into (USB-C)?

Best,
Lena""", parent="ka6")
    case.add("ka8", sophie, [me], "2026-05-21 11:02", """June 10 it is! There's a big screen with USB-C in the room, and we'll have a spare laptop ready just in case. The confirmation is on its way.

Sophie""", parent="ka7")
    case.add("ka9", sophie, [me], "2026-06-11 09:40", """Hi Lena,

Thanks again for coming in yesterday – the panel enjoyed your presentation, especially the tenant deposit flow.

Just so you know where things stand: we're still talking to two other candidates this week and early next, and I'll keep you posted as soon as I know more.

Have a great day,
Sophie""", parent="ka8")
    case.add("ka10", me, [sophie], "2026-06-11 12:50", """Hi Sophie,

thanks for the update, good to know where things stand. I really enjoyed the afternoon with the team.

Best,
Lena""", parent="ka9")
    case.thread("ka1", True, "interview", "Kachel",
                "recruiter thread: intro call arranged in words (Tue 19 May 11:00, thanked here 14:10); "
                "Sophie's 'come back to you by Friday' (22 May) kept on 21 May; 11 June update mentions "
                "two other candidates, 'I'll keep you posted' names no day")
    case.promise("ka1", "ka5", sophie.email, "2026-05-22", answered_by="ka6")

    # Greenhouse confirmation with ICS for the panel
    s = at("2026-06-10 14:00")
    e = at("2026-06-10 15:30")
    desc = ("Portfolio presentation – Product Designer (Payments) – Lena Hoffmann\n\n"
            "Panel: Maren Köster (Head of Design), Aylin Şahin (Senior PM, Payments), Ruben Vos "
            "(Staff Engineer)\n\nAgenda\n14:00 Welcome & intros\n14:05 Lena presents two projects "
            "(45 min)\n14:50 Q&A with the panel\n15:15 Lena's questions\n\n"
            "Sophie (Talent) is not part of the panel. Ring \"Kachel\" at the front door, 4th floor.")
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "kachel-panel") + "@greenhouse.io",
                   stamp=dt.datetime(2026, 5, 21, 9, 5, tzinfo=UTC), start=s, end=e,
                   summary="Portfolio presentation: Lena Hoffmann (Product Designer, Payments)",
                   organizer=sophie,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (maren, "ACCEPTED", "INDIVIDUAL"), (aylin, "ACCEPTED", "INDIVIDUAL"),
                              (ruben, "ACCEPTED", "INDIVIDUAL"), (kachel_room, "ACCEPTED", "ROOM")],
                   location="Kachel HQ, Oranienstraße 185, 10999 Berlin – 4.02 Görli",
                   description=desc, prodid="-//Greenhouse Software//Greenhouse Scheduler//EN")
    t = "Interview Confirmation: Product Designer (Payments) at Kachel"
    txt = """Hi Lena,

Your interview for the Product Designer (Payments) position at Kachel has been scheduled. Please find the details below and a calendar invite attached.

Interview: Portfolio presentation
Date: Wednesday, June 10, 2026
Time: 2:00 PM - 3:30 PM CEST
Location: Kachel HQ, Oranienstraße 185, 10999 Berlin (4th floor, please ring "Kachel")

You'll be meeting with:
Maren Köster, Head of Design
Aylin Şahin, Senior Product Manager, Payments
Ruben Vos, Staff Engineer

If you need to reschedule, simply reply to this email and your recruiter, Sophie Adeyemi, will get back to you.

Good luck!
Kachel Talent Team

Powered by Greenhouse"""
    case.add("ka_panel", greenhouse, [me], "2026-05-21 09:05", txt, subject=t,
             html=html_of(txt, t), ics=ics, ics_mode="attach", reply_to=sophie, headers=AUTO)
    case.thread("ka_panel", True, "interview", "Kachel",
                "Greenhouse confirmation + ICS: portfolio presentation Wed 10 June 14:00-15:30, panel "
                "Maren, Aylin, Ruben (+ room); Sophie organised, not on the panel. Maren thanked in a new "
                "thread that evening, Aylin the next morning; Ruben never thanked")
    case.meeting("ka_panel", s, e, met=[maren.email, aylin.email, ruben.email],
                 thanks={maren.email: "kt1", aylin.email: "kt3"}, what="portfolio panel")

    case.add("kt1", me, [maren], "2026-06-10 18:20", """Dear Maren,

thank you for taking the time this afternoon, and for the thoughtful questions – especially the one about how I'd measure whether the new deposit flow actually reduces support tickets. I kept thinking about it on the way home.

What I took away from today is how close design sits to Payments at Kachel, and that's exactly the kind of setup I've been looking for after six years of agency work. I'd love to bring my research-heavy way of working to your team.

Thanks again – I'm looking forward to hearing from you.

Best regards,
Lena""", subject="Thank you – portfolio presentation today")
    case.add("kt2", maren, [me], "2026-06-11 12:15", """Hi Lena,

Thank you for the kind note – and for a really well-prepared session. We had a good discussion afterwards.

We're wrapping up the last conversations over the next few days and aim to give every candidate an answer by Friday, June 19. Sophie will be in touch either way.

Best,
Maren""", parent="kt1")
    case.thread("kt1", True, "interview", "Kachel",
                "Lena's thank-you to Maren (Wed 10 June 18:20); Maren: answer 'by Friday, June 19' – "
                "window still open at now")
    case.promise("kt1", "kt2", maren.email, "2026-06-19")

    case.add("kt3", me, [aylin], "2026-06-11 09:05", """Hi Aylin,

thank you for being part of yesterday's panel. Your question about partial rent payments stuck with me – I think there's a really interesting design problem in showing tenants what's still open without making it feel like a warning.

It was great to see how closely product and design work together in Payments. I hope we can continue the conversation!

Best,
Lena""", subject="Yesterday's presentation – thank you")
    case.add("kt4", aylin, [me], "2026-06-11 10:30", """Hi Lena,

thanks so much for the note! Glad the question didn't scare you off 😄 Partial payments are our favourite headache.

Have a good rest of the week,
Aylin""", parent="kt3")
    case.thread("kt3", True, "interview", "Kachel",
                "Lena's thank-you to Aylin the morning after the panel; Aylin's short reply")

    # ================================================================ SALTBRO (English, Copenhagen)
    case.add("sb1", freja, [me], "2026-05-26 10:14", """Hi Lena,

I hope you don't mind me reaching out out of the blue. I'm a Talent Partner at Saltbro in Copenhagen – we build software that helps housing associations plan energy retrofits across all their buildings.

I came across your case study on the tenant communication app you designed for a Berlin housing cooperative, and I think your experience could be a great fit for a Senior Product Designer role we're hiring for. The team works in English, and the role can be remote from Berlin with a few days in Copenhagen each quarter.

Would you be open to a conversation? If so, it would be great to see a CV as well.

Best regards,
Freja""", subject="Senior Product Designer at Saltbro – a conversation?")
    case.add("sb2", me, [freja], "2026-05-27 08:55", """Hi Freja,

thank you for getting in touch – retrofit planning sounds like a really interesting problem, and the setup (remote from Berlin with regular time in Copenhagen) would work well for me.

I'd like to be considered for the Senior Product Designer role. My CV is attached, and my portfolio is at lenahoffmann.design (the housing co-op project is the second case).

Best regards,
Lena""", parent="sb1", attachments=[CV_EN])
    case.add("sb3", freja, [me], "2026-05-28 11:20", """Hi Lena,

Thanks for sending this over so quickly! Anders Bech, our Design Director, had a look and would love to talk to you. Could one of these slots work (Copenhagen time, so the same as Berlin)?

• Monday 8 June, 14:00–15:00
• Tuesday 9 June, 10:00–11:00
• Wednesday 10 June, 15:00–16:00

Best regards,
Freja""", parent="sb2")
    case.add("sb4", me, [freja], "2026-05-28 13:02", """Hi Freja,

Tuesday 9 June at 10:00 would be perfect.

Best,
Lena""", parent="sb3")
    case.add("sb5", freja, [me], "2026-05-28 13:40", """Great, Tuesday it is. I'll send you a Teams invite later today.

Best regards,
Freja""", parent="sb4")
    case.thread("sb1", True, "recruiter", "Saltbro",
                "Freja's outreach; Lena applies with her CV (27 May, answered the next day); slot picked "
                "in words: Tue 9 June 10:00; the invite came the same afternoon as promised")
    case.application("sb1", "sb2", freja.email, answered_by="sb3")
    case.promise("sb1", "sb5", freja.email, "2026-05-28", answered_by="sb_inv")

    s = at("2026-06-09 10:00")
    e = at("2026-06-09 11:00")
    intro = """Hi Lena and Anders,

Here's the invite for Tuesday. Anders will lead the conversation, and Mikkel from our Product team will join for the second half to talk about how product and design work together at Saltbro. I won't be joining myself – good luck, Lena!

Freja"""
    body = intro + "\n\n" + TEAMS_EN.format(code="ZTk4NjQ1YzItNWQ0", mid="361 904 558 217",
                                             pw="q7Xk2a")
    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "saltbro"), stamp=at("2026-05-28 15:10", freja),
                   start=s, end=e,
                   summary="Saltbro | Senior Product Designer – conversation with Anders Bech",
                   organizer=freja,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (anders, "ACCEPTED", "INDIVIDUAL")],
                   tzid="Romance Standard Time", location="Microsoft Teams Meeting",
                   description=body, prodid="Microsoft Exchange Server 2010")
    case.add("sb_inv", freja, [me, anders], "2026-05-28 15:10", body,
             subject="Saltbro | Senior Product Designer – conversation with Anders Bech",
             ics=ics, ics_mode="outlook", sig=False)
    case.thread("sb_inv", True, "interview", "Saltbro",
                "Teams invite (Romance Standard Time) from Freja, who does not attend: Anders Tue 9 June "
                "10:00-11:00, 'Mikkel from our Product team' joins, no address for him anywhere; Lena has "
                "not written to Freja since")
    case.meeting("sb_inv", s, e, met=[anders.email], thanks={anders.email: "sbt1"},
                 unknown=["Mikkel"], arranged_by=freja.email, what="video interview")

    case.add("sbt1", me, [anders], "2026-06-09 16:35", """Hi Anders,

thank you for this morning's conversation – and for walking me through the retrofit planner so openly, including the parts you're not happy with yet. Making a ten-year renovation plan understandable for a tenant board is exactly the kind of problem I'd love to work on.

Three things I'd bring from my work so far:
- research with non-expert users in housing (tenant councils, caretakers),
- design systems I've set up and handed over to in-house teams,
- a lot of practice turning complex data into something people can actually decide on.

I'm looking forward to the case study brief you mentioned.

Best regards,
Lena""", subject="Thank you for this morning")
    case.add("sbt2", anders, [me], "2026-06-10 08:50", """Hi Lena,

Thank you, likewise – it was a good conversation, and Mikkel enjoyed the second half as well.

As promised, I'll send you the case study brief. Give me until Friday – I want to adjust it a bit so it fits the role better than our generic one. You'll then have a week or so to work on it, no rush.

Best,
Anders""", parent="sbt1")
    case.thread("sbt1", True, "interview", "Saltbro",
                "Lena's thank-you to Anders; his reply promises the case study brief 'until Friday' (12 June); "
                "nothing from Saltbro since")
    case.promise("sbt1", "sbt2", anders.email, "2026-06-12")

    # ================================================================ WEGWEISER (German, Sie, Personio)
    t = "Ihre Bewerbung als Product Designer (m/w/d) bei der Wegweiser Mobilität GmbH"
    txt = """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Product Designer (m/w/d) und Ihr Interesse an der Wegweiser Mobilität GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sobald wir Ihre Bewerbung gesichtet haben, melden wir uns bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Wegweiser Mobilität GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Datenschutzhinweise: https://wegweiser-mobilitaet.jobs.personio.de/privacy-policy"""
    case.add("ww_ack", personio_ww, [me], "2026-05-04 19:02", txt, subject=t,
             html=html_of(txt, t), html_only=True, headers=AUTO)
    case.thread("ww_ack", True, "application", "Wegweiser Mobilität GmbH",
                "Personio acknowledgement of a portal application (Mon 4 May)")

    t = "Einladung zum Kennenlerngespräch – Product Designer (m/w/d)"
    txt = """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne in einem ersten Kennenlerngespräch (ca. 45 Minuten, per Microsoft Teams) näher kennenlernen.

Ihre Gesprächspartner:
Claudia Reimann, Talent Acquisition
Dr. Henrik Albers, Head of Product

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://wegweiser-mobilitaet.jobs.personio.de/scheduling/7f3c21a9

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Claudia Reimann
Talent Acquisition | Wegweiser Mobilität GmbH"""
    case.add("ww_inv", personio_ww, [me], "2026-05-19 14:22", txt, subject=t,
             html=html_of(txt, t), html_only=True, reply_to=claudia, headers=AUTO)
    case.thread("ww_inv", True, "interview", "Wegweiser Mobilität GmbH",
                "Personio invitation with a self-scheduling link")

    s = at("2026-05-27 10:00")
    e = at("2026-05-27 10:45")
    t = "Terminbestätigung: Kennenlerngespräch am 27.05.2026 um 10:00 Uhr"
    txt = """Sehr geehrte Frau Hoffmann,

hiermit bestätigen wir Ihren Termin:

Kennenlerngespräch – Product Designer (m/w/d)
Mittwoch, 27.05.2026, 10:00 – 10:45 Uhr
Ort: Microsoft Teams (den Link finden Sie in der Kalendereinladung im Anhang)

Teilnehmende: Claudia Reimann, Dr. Henrik Albers

Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte über den Link in Ihrer Einladung ab.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Wegweiser Mobilität GmbH"""
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "ww-kennenlernen"),
                   stamp=at("2026-05-19 20:48"), start=s, end=e,
                   summary="Kennenlerngespräch Lena Hoffmann – Product Designer (m/w/d)",
                   organizer=claudia,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (henrik, "ACCEPTED", "INDIVIDUAL")],
                   location="Microsoft Teams",
                   description="Kennenlerngespräch per Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ1ZDNhYTgtYzQ%40thread.v2/0",
                   prodid="-//Personio GmbH//Personio Recruiting//DE")
    case.add("ww_conf", personio_ww, [me], "2026-05-19 20:48", txt, subject=t,
             html=html_of(txt, t), html_only=True, ics=ics, ics_mode="attach", headers=AUTO)
    case.thread("ww_conf", True, "interview", "Wegweiser Mobilität GmbH",
                "Personio confirmation + ICS: Kennenlerngespräch Wed 27 May 10:00-10:45 with Claudia and "
                "Henrik; thanked in German the same day (stale at now either way)")
    case.meeting("ww_conf", s, e, met=[claudia.email, henrik.email], what="Kennenlerngespräch")

    case.add("ww1", me, [claudia], "2026-05-27 13:15", """Sehr geehrte Frau Reimann, sehr geehrter Herr Dr. Albers,

vielen Dank für das offene Gespräch heute Vormittag. Besonders spannend fand ich, wie Sie die Buchungsstrecke für Jobtickets gerade neu denken – genau an solchen Stellen, wo Nutzerforschung und Produktentscheidungen eng zusammenkommen, möchte ich künftig arbeiten.

Ich würde mich sehr freuen, den nächsten Schritt mit Ihnen zu gehen.

Mit freundlichen Grüßen
Lena Hoffmann""", subject="Unser Kennenlerngespräch heute", cc=[henrik])
    case.add("ww2", claudia, [me], "2026-05-27 16:10", """Sehr geehrte Frau Hoffmann,

herzlichen Dank für Ihre freundliche Nachricht – auch uns hat das Gespräch sehr gefallen. Wir stimmen uns intern ab und melden uns bis Ende nächster Woche bei Ihnen.

Mit freundlichen Grüßen
Claudia Reimann""", parent="ww1")
    case.add("ww3", claudia, [me], "2026-05-29 11:04", """Sehr geehrte Frau Hoffmann,

schneller als gedacht: Herr Dr. Albers möchte Sie gerne zu einem Fachgespräch bei uns vor Ort einladen. Dafür schlagen wir Mittwoch, den 03.06.2026, von 13:00 bis 14:30 Uhr vor.

Ihre Gesprächspartner sind Herr Dr. Albers und Frau Sabine Krüger, unsere UX Lead (sabine.krueger@wegweiser-mobilitaet.de). Bitte bereiten Sie eine Case Study aus Ihrem Portfolio vor (ca. 20 Minuten), gerne mit Einblick in Ihren Rechercheprozess.

Adresse: Alt-Moabit 96, 10559 Berlin, 4. OG – bitte melden Sie sich am Empfang.

Passt Ihnen der Termin?

Mit freundlichen Grüßen
Claudia Reimann""", parent="ww2")
    case.add("ww4", me, [claudia], "2026-05-29 12:30", """Sehr geehrte Frau Reimann,

das freut mich sehr! Der 03.06. um 13:00 Uhr passt mir gut, ich komme gerne zu Ihnen. Die Case Study bereite ich vor.

Mit freundlichen Grüßen
Lena Hoffmann""", parent="ww3")
    case.add("ww5", claudia, [me], "2026-06-04 10:20", """Sehr geehrte Frau Hoffmann,

vielen Dank, dass Sie sich gestern die Zeit genommen haben – Herr Dr. Albers und Frau Krüger waren von Ihrer Präsentation angetan.

Wir führen in dieser und der kommenden Woche noch einige Gespräche. Eine Entscheidung werden wir bis Mitte des Monats treffen; ich melde mich dann umgehend bei Ihnen.

Mit freundlichen Grüßen
Claudia Reimann""", parent="ww4")
    case.thread("ww1", True, "interview", "Wegweiser Mobilität GmbH",
                "German thank-you after the Kennenlerngespräch; Claudia's 'bis Ende nächster Woche' (5 June) "
                "kept on 29 May with the Fachgespräch Wed 3 June 13:00-14:30 (Henrik, Sabine); on 4 June: "
                "'Entscheidung bis Mitte des Monats' (15 June) – nothing from Wegweiser since")
    case.promise("ww1", "ww2", claudia.email, "2026-06-05", answered_by="ww3")
    case.promise("ww1", "ww5", claudia.email, "2026-06-15")
    case.meeting("ww1", at("2026-06-03 13:00"), at("2026-06-03 14:30"),
                 met=[henrik.email, sabine.email], what="Fachgespräch vor Ort")

    case.add("wwt1", me, [henrik], "2026-06-03 19:05", """Sehr geehrter Herr Dr. Albers,

herzlichen Dank für das Fachgespräch heute und die Zeit, die Sie sich genommen haben. Ihre Frage, wie ich Pendler:innen ohne Smartphone in die neue Buchungsstrecke einbeziehen würde, hat mich noch auf dem Heimweg beschäftigt – ich glaube, da liegt ein echter Hebel für das Produkt.

Ich würde mich freuen, daran mitzuarbeiten.

Mit freundlichen Grüßen
Lena Hoffmann""", subject="Fachgespräch heute – herzlichen Dank")
    case.thread("wwt1", True, "interview", "Wegweiser Mobilität GmbH",
                "German thank-you to Henrik the evening of the Fachgespräch")
    case.add("wwt2", me, [sabine], "2026-06-03 19:20", """Liebe Frau Krüger,

vielen Dank für das Gespräch heute und den Einblick in Ihr Design-System – dass Sie es zu zweit so konsequent pflegen, hat mich beeindruckt. Schön fand ich auch, wie schnell wir bei den Details gelandet sind (Fehlerzustände, Barrierefreiheit).

Viele Grüße
Lena Hoffmann""", subject="Danke für das Gespräch heute")
    case.thread("wwt2", True, "interview", "Wegweiser Mobilität GmbH",
                "German thank-you to Sabine the evening of the Fachgespräch")

    # ================================================================ FELDFUNK (German, du)
    case.add("ff1", me, [nele], "2026-05-19 21:12", """Hi Nele,

du hattest auf LinkedIn geschrieben, dass man dir Portfolios für die Product-Design-Stelle gern direkt schicken kann – das mache ich hiermit :)

Kurz zu mir: Ich bin seit sechs Jahren UX Designerin bei Studio Kranich hier in Berlin und habe dort u. a. eine App für Wohnungsgenossenschaften und ein Buchungstool für Carsharing gestaltet. Jetzt möchte ich raus aus der Agentur und langfristig an einem eigenen Produkt arbeiten – und was ihr mit Feldfunk für kleine Landwirtschaftsbetriebe baut, finde ich richtig gut.

Ich bewerbe mich deshalb sehr gern als Product Designerin bei euch. Mein Lebenslauf hängt an, das Portfolio findest du unter lenahoffmann.design.

Viele Grüße
Lena""", subject="Product Designer bei Feldfunk – mein Portfolio", attachments=[CV])
    case.add("ff2", nele, [me], "2026-05-20 08:41", """Hi Lena,

mega, danke dir! Hab mir dein Portfolio gestern Abend noch angeschaut, der Genossenschafts-Case ist richtig stark.

Lass uns gern mal quatschen – hast du am Dienstag nach Pfingsten (26.5.) um 16 Uhr Zeit? Wäre per Google Meet, so 45 Minuten: https://meet.google.com/fkx-qmwd-tpe

LG Nele

Von meinem iPhone gesendet""", parent="ff1", sig=False)
    case.add("ff3", me, [nele], "2026-05-20 12:15", """Hi Nele,

Dienstag um 16 Uhr passt super, ich freu mich!

Viele Grüße
Lena""", parent="ff2")
    case.add("ff4", me, [nele], "2026-05-26 17:20", """Hi Nele,

thanks nochmal für das Gespräch vorhin – hat richtig Spaß gemacht! Die Idee, die Wetterwarnungen direkt an die Aufgaben im Feldkalender zu hängen, geht mir nicht mehr aus dem Kopf.

Ich freu mich, wenn's weitergeht!

Viele Grüße
Lena""", parent="ff3")
    case.add("ff5", nele, [me], "2026-05-27 18:03", """Hi Lena,

Moritz und ich haben heute kurz gesprochen – wir würden dich sehr gern zu einem Probearbeitstag einladen! Wie wär's mit Freitag, 12.6.? Wir würden um 9:30 starten und gegen 17 Uhr fertig sein. Du lernst das ganze Team kennen, Kemal aus dem Dev-Team zeigt dir morgens unsere App von innen, und nachmittags machen wir zusammen einen kleinen Case. Den Tag vergüten wir natürlich (250 € pauschal).

Sag mir einfach, ob das klappt, dann schick ich dir eine Kalendereinladung.

LG
Nele""", parent="ff4")
    case.add("ff6", me, [nele], "2026-06-01 08:12", """Hi Nele,

sorry für die späte Antwort, ich musste erst klären, ob ich mir den Tag freinehmen kann – hat geklappt! Freitag, 12.6., ab 9:30 passt also. Soll ich meinen eigenen Laptop mitbringen?

Viele Grüße
Lena""", parent="ff5")
    case.add("ff7", nele, [me], "2026-06-01 09:30", """Yay! Ja, bring gern deinen Laptop mit, den Figma-Zugang richten wir dir vorher ein. Einladung kommt gleich.

Nele""", parent="ff6")
    case.thread("ff1", True, "application", "Feldfunk",
                "Lena applies to Nele with her CV (19 May), answered the next morning; video call Tue 26 May "
                "16:00-16:45 agreed in words and thanked ('thanks nochmal'); Nele invites to a Probearbeitstag")
    case.application("ff1", "ff1", nele.email, answered_by="ff2")
    case.meeting("ff1", at("2026-05-26 16:00"), at("2026-05-26 16:45"), met=[nele.email],
                 thanks={nele.email: "ff4"}, what="first video call")

    s = at("2026-06-12 09:30")
    e = at("2026-06-12 17:00")
    title = "Probearbeitstag Product Design – Lena Hoffmann"
    desc = ("9:30 Ankommen & Kaffee\n10:00 Kemal zeigt dir die App & unser Design-System\n"
            "12:30 Mittagessen mit dem Team\n13:30 Mini-Case mit Nele\n16:00 Kurze Präsentation vor "
            "Moritz & Nele\n\nVergütung: 250 € pauschal. Bring gern deinen Laptop mit!")
    where = "Feldfunk, Ohlauer Str. 43, 10999 Berlin (Hinterhaus, 2. OG)"
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "feldfunk-probetag"), stamp=at("2026-06-01 09:34"),
                   start=s, end=e, summary=title, organizer=nele,
                   attendees=[(nele, "ACCEPTED", "INDIVIDUAL"), (moritz, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=BER, location=where, description=desc)
    case.add("ff_inv", nele_cal, [me], "2026-06-01 09:34",
             gcal_de(title, "Freitag, 12. Juni 2026 ⋅ 09:30 – 17:00 (Mitteleuropäische Sommerzeit - Berlin)",
                     ["Nele Brandt – Organisator", "Moritz Kessler", "lena.hoffmann@example.de"],
                     where=where, desc=desc),
             subject="Einladung: %s @ Fr. 12. Juni 2026 09:30 - 17:00 (MESZ) (lena.hoffmann@example.de)" % title,
             ics=ics, headers=GCAL)
    case.thread("ff_inv", True, "interview", "Feldfunk",
                "Google Calendar invite: Probearbeitstag Fri 12 June 09:30-17:00 with Nele and Moritz; "
                "Kemal (no address anywhere) shows the app; thanked by one note to Nele and Moritz")
    case.meeting("ff_inv", s, e, met=[nele.email, moritz.email],
                 thanks={nele.email: "fft1", moritz.email: "fft1"}, unknown=["Kemal"],
                 arranged_by=nele.email, what="Probearbeitstag")

    case.add("fft1", me, [nele, moritz], "2026-06-12 19:10", """Hi Nele, hi Moritz,

was für ein Tag – danke euch! Ich hab mich bei euch vom ersten Kaffee an wohlgefühlt, und der Case am Nachmittag (Aussaatplanung für Betriebe mit mehreren Standorten) hat echt Spaß gemacht. Thanks auch, dass ihr mich so offen in eure Diskussion zum Onboarding habt reinschauen lassen.

Was ich mitnehme: Ihr seid an einem Punkt, an dem ein Design-System und ein bisschen Research-Routine richtig viel bewegen können – und genau da sehe ich mich.

Richtet Kemal gern liebe Grüße aus, seine Tour durch die App war super.

Viele Grüße
Lena""", subject="Danke für den Probearbeitstag!")
    case.add("fft2", nele, [me], "2026-06-15 11:20", """Hi Lena,

danke dir für die liebe Mail – wir fanden den Tag auch richtig gut, und Kemal hat sich über die Grüße gefreut.

Wir sprechen am Mittwoch im Team über alle Probetage, und ich melde mich bis Ende nächster Woche bei dir. Zwei Sachen wären vorher noch super: Kannst du mir die Figma-Datei von deinem Case exportieren (PDF reicht) und mir kurz deine Gehaltsvorstellung schicken?

LG Nele""", parent="fft1")
    case.add("fft3", me, [nele], "2026-06-15 21:40", """Hi Nele,

super, das freut mich! Klar, mach ich – den Export und meine Gehaltsvorstellung schick ich dir bis Mittwoch.

Viele Grüße
Lena""", parent="fft2")
    case.thread("fft1", True, "interview", "Feldfunk",
                "one thank-you to Nele and Moritz (Fri 12 June 19:10); Nele: 'bis Ende nächster Woche' "
                "(26 June, open) and asks for the case export and a salary figure; Lena: 'bis Mittwoch' "
                "(17 June) – not sent")
    case.promise("fft1", "fft2", nele.email, "2026-06-26")
    case.own_promise("fft1", "fft3", nele.email, "2026-06-17")

    # ================================================================ HEIMKRAFT (German, du, Calendly)
    case.add("hk1", yusuf, [me], "2026-06-09 12:30", """Hi Lena,

ich bin über deinen Artikel zur Genossenschafts-App auf Medium auf dich gestoßen – der Teil über Interviews mit Mieter:innen, die eigentlich keine Lust auf Interviews hatten, war großartig.

Kurz zu uns: Heimkraft hilft Eigentümer:innen, ihr Haus Schritt für Schritt auf Wärmepumpe und Solar umzustellen. Wir sind 25 Leute und bauen gerade das Product-Team auf; dafür suchen wir eine:n erste:n Product Designer:in.

Hättest du Lust auf ein erstes, unverbindliches Kennenlernen? Hier kannst du dir direkt einen Slot buchen: https://calendly.com/yusuf-heimkraft/kennenlernen

Beste Grüße
Yusuf""", subject="Product Design bei Heimkraft?")
    case.add("hk2", me, [yusuf], "2026-06-10 08:05", """Hi Yusuf,

danke für deine Nachricht – das klingt spannend, gerade weil ich in meinen Projekten schon viel mit Wohnen und Energie zu tun hatte. Ich hab mir für Montag um 17 Uhr einen Slot gebucht.

Beste Grüße
Lena""", parent="hk1")
    case.thread("hk1", True, "recruiter", "Heimkraft",
                "Yusuf's outreach with a Calendly link; Lena books Mon 15 June 17:00")

    s = at("2026-06-15 17:00")
    e = at("2026-06-15 17:30")
    t = "Bestätigt: Kennenlernen (30 Min.) mit Yusuf Karaca am Montag, 15. Juni 2026"
    txt = """Hallo Lena Hoffmann,

Ihr Termin wurde geplant.

Ereignistyp:
Kennenlernen (30 Min.)

Gastgeber:
Yusuf Karaca

Datum/Uhrzeit:
17:00 - 17:30, Montag, 15. Juni 2026 (Mitteleuropäische Zeit)

Ort:
Google Meet – die Zugangsdaten finden Sie in der Kalendereinladung.

Eingeladene Person:
Lena Hoffmann (lena.hoffmann@example.de)

Ereignis zu Ihrem Kalender hinzufügen: siehe Anhang

Termin verschieben: https://calendly.com/reschedulings/3b9f0c2e-71aa-4c55-9d8e-52b0a1f4e6d1
Termin absagen: https://calendly.com/cancellations/3b9f0c2e-71aa-4c55-9d8e-52b0a1f4e6d1

Unterstützt von Calendly.com"""
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "calendly-heimkraft") + "@calendly.com",
                   stamp=dt.datetime(2026, 6, 10, 6, 4, tzinfo=UTC), start=s, end=e,
                   summary="Kennenlernen (30 Min.): Lena Hoffmann und Yusuf Karaca",
                   organizer=yusuf,
                   attendees=[(yusuf, "ACCEPTED", "INDIVIDUAL"), (me, "ACCEPTED", "INDIVIDUAL")],
                   location="https://meet.google.com/hbr-xstc-nuy",
                   description="Ereignistyp: Kennenlernen (30 Min.)\nGastgeber: Yusuf Karaca\n"
                               "Google Meet: https://meet.google.com/hbr-xstc-nuy",
                   prodid="-//Calendly//Calendly//EN")
    case.add("hk_cal", calendly, [me], "2026-06-10 06:04", txt, subject=t,
             html=html_of(txt, t), ics=ics, ics_mode="attach", headers=AUTO)
    case.thread("hk_cal", True, "interview", "Heimkraft",
                "Calendly confirmation + ICS (organizer Yusuf): Kennenlernen Mon 15 June 17:00-17:30; "
                "held; Lena never wrote to Yusuf afterwards")
    case.meeting("hk_cal", s, e, met=[yusuf.email], what="Calendly Kennenlernen")
    t = "Erinnerung: Kennenlernen (30 Min.) mit Yusuf Karaca beginnt in 1 Stunde"
    txt = """Hallo Lena Hoffmann,

dies ist eine Erinnerung an Ihren bevorstehenden Termin.

Kennenlernen (30 Min.) mit Yusuf Karaca
17:00 - 17:30, Montag, 15. Juni 2026 (Mitteleuropäische Zeit)
Google Meet: https://meet.google.com/hbr-xstc-nuy

Unterstützt von Calendly.com"""
    case.add("hk_rem", calendly, [me], "2026-06-15 14:00", txt, subject=t,
             html=html_of(txt, t), headers=AUTO)
    case.thread("hk_rem", True, "interview", "Heimkraft", "Calendly reminder an hour before the call")

    # ================================================================ STERNWARTE (application, no answer)
    case.add("st1", me, [dorothea], "2026-06-01 20:15", """Sehr geehrte Frau Lang,

in Ihrer Stellenanzeige für eine:n Senior Product Designer:in baten Sie darum, Bewerbungen direkt an Sie zu richten – dem komme ich gerne nach.

Seit 2020 arbeite ich als UX Designerin bei Studio Kranich in Berlin. Dort verantworte ich Projekte von der Nutzerforschung bis zum fertigen Design-System, zuletzt für eine Carsharing-Buchungsplattform und eine App für Wohnungsgenossenschaften. Was mich an Sternwarte Software reizt, ist die Möglichkeit, Ihre Planungssoftware für Forschungslabore langfristig mitzugestalten, statt nach jedem Projekt weiterzuziehen.

Meinen Lebenslauf finden Sie im Anhang, mein Portfolio unter lenahoffmann.design. Über die Gelegenheit zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Lena Hoffmann""", subject="Bewerbung als Senior Product Designerin (m/w/d) – Ihre Anzeige vom 28.05.",
             attachments=[CV])
    case.add("st2", dorothea, [me], case.by_key["st1"].date + dt.timedelta(seconds=41),
             """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 5. Juni, nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@sternwarte-software.de.

Mit freundlichen Grüßen
Dorothea Lang""", parent="st1", quote=False, sig=False,
             subject="Automatische Antwort: Bewerbung als Senior Product Designerin (m/w/d) – Ihre Anzeige vom 28.05.",
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("st1", True, "application", "Sternwarte Software GmbH",
                "Lena applies to Dorothea Lang with her CV (Mon 1 June 20:15); only an out-of-office reply "
                "(back 5 June) came back; nothing from a person since")
    case.application("st1", "st1", dorothea.email)

    # ================================================================ SPREELAND REISEN (rejection after unthanked interview)
    case.add("sr1", me, [melanie], "2026-05-22 09:30", """Sehr geehrte Frau Fuchs,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Product Designer (m/w/d) im Team Digitale Produkte (Kennziffer SR-2026-14).

Als UX Designerin bei Studio Kranich gestalte ich seit sechs Jahren digitale Produkte für Kund:innen aus Mobilität und Wohnungswirtschaft, darunter eine Buchungsstrecke, die wir mit echten Reisenden getestet und Schritt für Schritt verbessert haben. Gerade die Verbindung von Reisen und digitaler Buchung finde ich spannend, und ich würde diese Erfahrung gern dauerhaft in einem Inhouse-Team einbringen.

Anbei finden Sie mein Anschreiben und meinen Lebenslauf; Arbeitsproben zeigt mein Portfolio unter lenahoffmann.design.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Lena Hoffmann""", subject="Bewerbung als Product Designer (m/w/d) – Kennziffer SR-2026-14",
             attachments=[("Lena_Hoffmann_Anschreiben.pdf", "application/pdf", anschreiben_pdf()), CV])
    case.add("sr2", melanie, [me], "2026-05-26 14:05", """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Spreeland Reisen. Wir haben Ihre Unterlagen erhalten und an den Fachbereich weitergeleitet. Sie hören innerhalb der nächsten zwei Wochen von uns.

Mit freundlichen Grüßen
Melanie Fuchs""", parent="sr1")
    case.add("sr3", melanie, [me], "2026-06-02 10:40", """Sehr geehrte Frau Hoffmann,

Herr Olbrich, Teamleiter Digitale Produkte, möchte Sie gerne in einem Video-Interview (ca. 45 Minuten) kennenlernen. Folgende Termine können wir Ihnen anbieten:

- Montag, 08.06.2026, 15:00 Uhr
- Dienstag, 09.06.2026, 10:00 Uhr

Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

Mit freundlichen Grüßen
Melanie Fuchs""", parent="sr2")
    case.add("sr4", me, [melanie], "2026-06-02 12:15", """Sehr geehrte Frau Fuchs,

vielen Dank für die Einladung, darüber freue ich mich sehr. Montag, der 08.06., um 15:00 Uhr passt mir gut.

Mit freundlichen Grüßen
Lena Hoffmann""", parent="sr3")
    case.add("sr5", melanie, [me], "2026-06-02 15:30", """Sehr geehrte Frau Hoffmann,

hiermit bestätige ich Ihnen das Video-Interview am Montag, 08.06.2026, von 15:00 bis 15:45 Uhr mit Herrn Patrick Olbrich (patrick.olbrich@spreeland-reisen.de).

Zugangslink (Microsoft Teams):
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE3ZDgtMmRm%40thread.v2/0

Ich selbst bin beim Gespräch nicht dabei, stehe Ihnen aber bei Fragen gerne zur Verfügung.

Mit freundlichen Grüßen
Melanie Fuchs""", parent="sr4")
    case.add("sr6", melanie, [me], "2026-06-09 09:50", """Sehr geehrte Frau Hoffmann,

vielen Dank für das gestrige Gespräch mit Herrn Olbrich. Wir sprechen derzeit noch mit weiteren Kandidatinnen und Kandidaten und melden uns bis spätestens Mittwoch, 17.06., mit einer Rückmeldung bei Ihnen.

Mit freundlichen Grüßen
Melanie Fuchs""", parent="sr5")
    case.add("sr7", melanie, [me], "2026-06-12 13:25", """Sehr geehrte Frau Hoffmann,

nochmals vielen Dank für Ihr Interesse und die Zeit, die Sie sich für das Gespräch mit Herrn Olbrich genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu besetzen, deren Profil noch etwas näher an unseren aktuellen Anforderungen im Bereich Buchungssysteme liegt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und würden uns freuen, wenn Sie uns bei künftigen Ausschreibungen wieder in Betracht ziehen.

Mit freundlichen Grüßen
Melanie Fuchs""", parent="sr6")
    case.add("sr8", me, [melanie], "2026-06-12 18:40", """Sehr geehrte Frau Fuchs,

danke für Ihre offene Rückmeldung, auch wenn ich mir natürlich eine andere Nachricht gewünscht hätte. Das Gespräch mit Herrn Olbrich hat mir viel Freude gemacht – ich würde mich freuen, wenn Sie bei passenden Stellen künftig an mich denken.

Mit freundlichen Grüßen
Lena Hoffmann""", parent="sr7")
    case.thread("sr1", True, "rejection", "Spreeland Reisen GmbH",
                "application by email with CV (answered 26 May); video interview with Patrick Olbrich Mon "
                "8 June 15:00-15:45 confirmed in words (Melanie not attending); never thanked; 'bis spätestens "
                "Mittwoch, 17.06.' ended by the rejection of Fri 12 June")
    case.application("sr1", "sr1", melanie.email, answered_by="sr2")
    case.promise("sr1", "sr2", melanie.email, "2026-06-09", answered_by="sr3")
    case.promise("sr1", "sr6", melanie.email, "2026-06-17", ended_by="sr7")
    case.meeting("sr1", at("2026-06-08 15:00"), at("2026-06-08 15:45"),
                 met=["patrick.olbrich@spreeland-reisen.de"], what="video interview")

    # ================================================================ INTRO by ex-colleague (networking)
    case.add("kw1", kathi, [simon, me], "2026-06-01 12:05", """Hallo ihr zwei,

wie versprochen die Verbindung:

Simon – Lena und ich haben vier Jahre zusammen bei Studio Kranich gearbeitet, sie ist die beste Researcherin, mit der ich je ein Projekt gemacht habe, und will jetzt von der Agentur ins Inhouse-Product-Design wechseln.

Lena – Simon leitet das Design bei Wattwerk (Ladeinfrastruktur für Wohnanlagen, du erinnerst dich an den Pitch 2023) und hat mir beim letzten Designwoche-Abend erzählt, dass sie das Team im Herbst vergrößern wollen.

Ich glaub, ihr habt euch einiges zu erzählen. Ich zieh mich dann mal zurück :)

Liebe Grüße
Kathi""", subject="Kennenlernen: Lena <> Simon")
    case.add("kw2", simon, [kathi, me], "2026-06-01 14:30", """Danke Kathi!

Hi Lena, freut mich – Kathi hat schon viel von dir erzählt. Lust auf einen Call? Dienstag nächste Woche (9.6.) um 16 Uhr würde bei mir gut gehen, sonst gern auch Donnerstag Vormittag.

Viele Grüße
Simon""", parent="kw1")
    case.add("kw3", me, [simon], "2026-06-01 22:10", """Hi Simon,

danke dir – und danke Kathi fürs Verbinden (ab jetzt in Bcc)! Dienstag, 9.6., um 16 Uhr passt mir super. Magst du mir einen Link schicken, oder soll ich einen aufmachen?

Viele Grüße
Lena""", parent="kw2", bcc=[kathi])
    case.add("kw4", simon, [me], "2026-06-09 10:12", """Hi Lena, hier der Link für heute Nachmittag: https://meet.google.com/wzt-hkpa-rdb – bis später!

Simon""", parent="kw3")
    case.thread("kw1", True, "networking", "Wattwerk",
                "introduction by ex-colleague Kathi (gmail, not at the call); call with Simon Tue 9 June 16:00, "
                "no end time, agreed in words; Lena's only thanks came before the call")
    case.meeting("kw1", at("2026-06-09 16:00"), None, met=[simon.email], networking=True,
                 what="intro call")

    # ================================================================ MEETUP COFFEE (networking)
    case.add("tm1", me, [tariq], "2026-05-21 09:20", """Hi Tariq,

schön, dich gestern beim UX Stammtisch kennengelernt zu haben! Dein Kurzvortrag über Design-Ops bei Parcelo war für mich das Highlight des Abends – vor allem, wie ihr Research-Ergebnisse für alle Teams auffindbar macht.

Wie kurz angesprochen: Ich überlege gerade, von der Agentur in ein Inhouse-Team zu wechseln, und würde dich gern auf einen Kaffee einladen, um mehr darüber zu hören, wie es sich bei euch arbeitet. Hättest du nächste Woche Zeit?

Viele Grüße
Lena""", subject="Kaffee nach dem UX Stammtisch?")
    case.add("tm2", tariq, [me], "2026-05-21 13:45", """Hey Lena,

gern! Mittwoch früh ginge bei mir gut – 8:30 in der Milchbar am Paul-Lincke-Ufer? Ist direkt bei unserem Büro um die Ecke.

Bis dann
Tariq""", parent="tm1")
    case.add("tm3", me, [tariq], "2026-05-21 14:02", """Perfekt, Mittwoch 8:30 in der Milchbar – bis dann!

Lena""", parent="tm2", sig=False)
    case.add("tm4", me, [tariq], "2026-05-27 12:40", """Hi Tariq,

thanks nochmal für den Kaffee heute früh und die ehrlichen Einblicke – vor allem für deinen Tipp, im Portfolio weniger Endergebnisse und mehr Entscheidungen zu zeigen. Das setze ich direkt um.

Und falls bei euch die Senior-Stelle im Sommer wirklich aufgeht, würde ich mich sehr über einen Hinweis freuen.

Viele Grüße
Lena""", parent="tm3")
    case.add("tm5", tariq, [me], "2026-05-28 09:15", """Hey Lena,

sehr gern, war ein schöner Start in den Tag! Ich sag dir Bescheid, sobald die Stelle raus ist – kann aber noch dauern, Budgetplanung und so.

Viele Grüße
Tariq""", parent="tm4")
    case.thread("tm1", True, "networking", "Parcelo",
                "coffee with Tariq (met at the meetup) Wed 27 May 08:30, no end time; thanked that noon, his "
                "reply 28 May is the last exchange")
    case.meeting("tm1", at("2026-05-27 08:30"), None, met=[tariq.email], thanks={tariq.email: "tm4"},
                 networking=True, what="coffee")

    # ================================================================ MAUERSEGLER (moved later)
    case.add("ms1", birgit, [me], "2026-06-05 11:10", """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung über unser Karriereportal. Wir würden Sie gerne in einem ersten Gespräch per Microsoft Teams kennenlernen.

Unser Vorschlag: Donnerstag, 18.06.2026, 14:00 – 15:00 Uhr, mit Herrn Dr. Tim Lorenz (Head of Product) und mir.

Ich habe Ihnen parallel eine Kalendereinladung geschickt. Sollte der Termin nicht passen, geben Sie mir gern Bescheid.

Mit freundlichen Grüßen
Birgit Sauer""", subject="Ihre Bewerbung als Product Designer (m/w/d) – Einladung zum Gespräch")
    s0, e0 = at("2026-06-18 14:00"), at("2026-06-18 15:00")
    s1, e1 = at("2026-06-23 14:00"), at("2026-06-23 15:00")
    uid = uid_outlook(NAME, "mauersegler")
    title = "Kennenlerngespräch Lena Hoffmann – Product Designer (m/w/d)"
    body0 = TEAMS_DE.format(code="OGE1ZjQ3NzItYjY2", mid="372 118 640 905", pw="Xe3Rt9")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-06-05 11:12"), start=s0, end=e0,
                   summary=title, organizer=birgit,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (tim, "ACCEPTED", "INDIVIDUAL")],
                   tzid="W. Europe Standard Time", location="Microsoft Teams-Besprechung",
                   description=body0, prodid="Microsoft Exchange Server 2010")
    case.add("ms_inv", birgit, [me, tim], "2026-06-05 11:12", body0, subject=title, ics=ics,
             ics_mode="outlook", sig=False)
    case.thread("ms_inv", True, "interview", "Mauersegler Health GmbH",
                "Outlook/Teams invite (W. Europe Standard Time) for Thu 18 June 14:00-15:00 with Tim Lorenz "
                "and Birgit; this slot was moved, it never took place")
    case.meeting("ms_inv", s0, e0, met=[tim.email, birgit.email], status="moved",
                 what="first interview, original slot")
    case.add("ms2", me, [birgit], "2026-06-05 17:30", """Sehr geehrte Frau Sauer,

vielen Dank für die Einladung! Der 18.06. um 14:00 Uhr passt mir gut, ich habe den Termin angenommen.

Mit freundlichen Grüßen
Lena Hoffmann""", parent="ms1")
    case.add("ms3", birgit, [me], "2026-06-10 09:05", """Sehr geehrte Frau Hoffmann,

leider muss Herr Dr. Lorenz am 18.06. kurzfristig zu einem Termin nach München. Könnten wir unser Gespräch auf Dienstag, 23.06.2026, 14:00 – 15:00 Uhr verschieben? Die Einladung würde ich dann entsprechend aktualisieren.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Birgit Sauer""", parent="ms2")
    case.add("ms4", me, [birgit], "2026-06-10 09:40", """Sehr geehrte Frau Sauer,

kein Problem – Dienstag, 23.06., 14:00 Uhr passt.

Mit freundlichen Grüßen
Lena Hoffmann""", parent="ms3")
    case.thread("ms1", True, "interview", "Mauersegler Health GmbH",
                "invitation after a portal application; the Thu 18 June interview moved to Tue 23 June 14:00 "
                "(a two-word 'passt'); still ahead at now")
    body1 = ("Die Besprechung wurde auf Dienstag, 23. Juni 2026, 14:00–15:00 verschoben.\n\n"
             + TEAMS_DE.format(code="OGE1ZjQ3NzItYjY2", mid="372 118 640 905", pw="Xe3Rt9"))
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-06-10 10:02"), start=s1, end=e1,
                   summary=title, organizer=birgit, sequence=1,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (tim, "ACCEPTED", "INDIVIDUAL")],
                   tzid="W. Europe Standard Time", location="Microsoft Teams-Besprechung",
                   description=body1, prodid="Microsoft Exchange Server 2010")
    case.add("ms_upd", birgit, [me, tim], "2026-06-10 10:02", body1, subject=title, ics=ics,
             ics_mode="outlook", sig=False)
    case.thread("ms_upd", True, "interview", "Mauersegler Health GmbH",
                "updated Outlook invite (SEQUENCE 1): Tue 23 June 14:00-15:00, still ahead")
    case.meeting("ms_upd", s1, e1, met=[tim.email, birgit.email], status="scheduled",
                 what="first interview, new slot")

    # ================================================================ ROTBUCHE (cancelled)
    case.add("rb1", jakob, [me], "2026-06-03 16:45", """Hi Lena,

Tariq von Parcelo hat mir erzählt, dass du dich gerade nach einer Inhouse-Rolle umschaust. Wir (Rotbuche Labs, Software für Forstbetriebe) suchen ab Herbst eine:n Product Designer:in – hättest du Lust, mir in einer Stunde dein Portfolio zu zeigen?

Ich könnte z. B. am Dienstag, 16.6., um 10 Uhr.

Viele Grüße
Jakob""", subject="Portfolio-Call mit Rotbuche Labs?")
    case.add("rb2", me, [jakob], "2026-06-03 20:30", """Hi Jakob,

wie schön, danke dir (und Tariq)! Dienstag, 16.6., 10 Uhr passt. Schick mir gern eine Einladung.

Viele Grüße
Lena""", parent="rb1")
    case.add("rb3", jakob, [me], "2026-06-12 11:05", """Hi Lena,

leider keine guten Nachrichten: Unsere Finanzierungsrunde verschiebt sich, und wir haben entschieden, die Design-Stelle erst mal auf Eis zu legen. Ich sage unseren Call am Dienstag deshalb ab – es wäre unfair, dir jetzt etwas vorzumachen.

Sobald es weitergeht, melde ich mich gern wieder. Sorry für das Hin und Her!

Viele Grüße
Jakob""", parent="rb2")
    case.add("rb4", me, [jakob], "2026-06-12 12:30", """Hi Jakob,

schade, aber danke für die ehrliche Info – das ist mir so viel lieber. Viel Erfolg mit der Runde, und meld dich gern, wenn's weitergeht!

Viele Grüße
Lena""", parent="rb3")
    case.thread("rb1", True, "interview", "Rotbuche Labs",
                "portfolio call Tue 16 June 10:00 agreed; cancelled on 12 June (role on hold)")
    s, e = at("2026-06-16 10:00"), at("2026-06-16 11:00")
    title = "Portfolio-Call Lena Hoffmann × Rotbuche Labs"
    uid = uid_google(NAME, "rotbuche")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at("2026-06-04 08:15"), start=s, end=e,
                   summary=title, organizer=jakob,
                   attendees=[(jakob, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=BER, location="https://meet.google.com/rbl-ovjq-pew")
    when = "Dienstag, 16. Juni 2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Sommerzeit - Berlin)"
    case.add("rb_inv", jakob_cal, [me], "2026-06-04 08:15",
             gcal_de(title, when, ["Jakob Endres – Organisator", "lena.hoffmann@example.de"],
                     meet="meet.google.com/rbl-ovjq-pew"),
             subject="Einladung: %s @ Di. 16. Juni 2026 10:00 - 11:00 (MESZ) (lena.hoffmann@example.de)" % title,
             ics=ics, headers=GCAL)
    case.thread("rb_inv", True, "interview", "Rotbuche Labs",
                "Google Calendar invite for Tue 16 June 10:00-11:00; cancelled on 12 June")
    case.meeting("rb_inv", s, e, met=[jakob.email], status="cancelled", what="portfolio call")
    ics = make_ics(method="CANCEL", uid=uid, stamp=at("2026-06-12 11:07"), start=s, end=e,
                   summary=title, organizer=jakob, sequence=1, status="CANCELLED",
                   attendees=[(jakob, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=BER, location="https://meet.google.com/rbl-ovjq-pew")
    case.add("rb_can", jakob_cal, [me], "2026-06-12 11:07",
             gcal_de(title, when, ["Jakob Endres – Organisator", "lena.hoffmann@example.de"],
                     cancelled=True),
             subject="Abgesagter Termin: %s @ Di. 16. Juni 2026 10:00 - 11:00 (MESZ) (lena.hoffmann@example.de)" % title,
             ics=ics, headers=GCAL)
    case.thread("rb_can", True, "interview", "Rotbuche Labs", "Google Calendar cancellation (METHOD:CANCEL)")

    # ================================================================ JOB BOARDS AND MEETUP (not job search threads)
    t = "7 neue Jobs für „UX Designer“ in Berlin"
    txt = """Hallo Lena,

Ihr Jobagent „UX Designer, Berlin, 10 km“ hat 7 neue Stellenangebote gefunden:

UX Designer (m/w/d) – Digital Health
Mauersegler Health GmbH · Berlin-Mitte · Festanstellung, Vollzeit

Senior UX/UI Designer (w/m/d)
Hanse Direktbank AG · Berlin · Homeoffice möglich

Product Designer (m/w/d)
Wegweiser Mobilität GmbH · Berlin-Moabit

UX Researcher (m/w/d) – befristet
Senatsverwaltung für Digitales · Berlin

Lead Product Designer (all genders)
Parcelo GmbH · Berlin-Kreuzberg

… und 2 weitere Jobs

Alle Jobs ansehen: https://www.stepstone.de/jobagent/9981273

Bewerben Sie sich jetzt – die ersten Bewerbungen werden oft zuerst gelesen!

Ihr StepStone-Team
Jobagent abbestellen: https://www.stepstone.de/jobagent/unsubscribe"""
    case.add("al1", stepstone, [me], "2026-05-12 06:30", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=dict(bulk_headers("<jobagent.stepstone.de>",
                                                        "https://www.stepstone.de/jobagent/unsubscribe"), **AUTO))
    case.thread("al1", False, None, "StepStone", "job alert")
    t = "5 neue Jobs für „Product Designer“ in Berlin"
    txt = """Hallo Lena,

Ihr Jobagent „Product Designer, Berlin, 25 km“ hat 5 neue Stellenangebote gefunden:

Senior Product Designer (m/w/d)
Sternwarte Software GmbH · Berlin-Adlershof · Bewerbung an Frau Dorothea Lang

Product Designer (m/w/d) Mobile
Kiezrad Sharing GmbH · Berlin · Vollzeit

Product Designer:in – Energie
Heimkraft GmbH · Berlin-Friedrichshain · Remote möglich

UX/UI Designer (m/w/d)
Spreeland Reisen GmbH · Berlin-Mitte

Design Lead (all genders)
Kachel GmbH · Berlin-Kreuzberg

Alle Jobs ansehen: https://www.stepstone.de/jobagent/9981544

Ihr StepStone-Team
Jobagent abbestellen: https://www.stepstone.de/jobagent/unsubscribe"""
    case.add("al2", stepstone, [me], "2026-06-16 06:30", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=dict(bulk_headers("<jobagent.stepstone.de>",
                                                        "https://www.stepstone.de/jobagent/unsubscribe"), **AUTO))
    case.thread("al2", False, None, "StepStone", "job alert naming companies Lena is talking to")
    t = "„Product Designer“: Kachel sucht Senior Product Designer (Payments) und 9 weitere Jobs"
    txt = """Ihre Jobempfehlungen für „Product Designer“ in Berlin

Senior Product Designer (Payments) – Kachel – Berlin (hybrid) – Vor 2 Tagen
Product Designer – Saltbro – Kopenhagen (remote) – 14 Bewerber:innen
Product Designer (m/w/d) – Feldfunk – Berlin – Über Ihr Netzwerk: 1 Kontakt arbeitet hier
UX Designer – Wattwerk – Berlin – Neu

Alle 10 Jobs ansehen

Sie erhalten Jobbenachrichtigungen, weil Sie eine Jobsuche gespeichert haben. Abmelden
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."""
    case.add("al3", linkedin, [me], "2026-06-01 05:12", txt, subject=t, html=html_of(txt, t),
             headers=dict(bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"), **AUTO))
    case.thread("al3", False, None, "LinkedIn", "job alert")
    t = "Neue Jobs, die zu Ihrem Profil passen: Product Designer bei Heimkraft"
    txt = """Neue Jobs für Sie

Product Designer:in (Founding) – Heimkraft – Berlin – Vor 1 Woche
Senior UX Designer – Mauersegler Health – Berlin – Aktiv am Einstellen
Product Designer – Parcelo – Berlin – Neu

Alle Jobs ansehen

Abmelden · Hilfe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."""
    case.add("al4", linkedin, [me], "2026-06-15 05:20", txt, subject=t, html=html_of(txt, t),
             headers=dict(bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"), **AUTO))
    case.thread("al4", False, None, "LinkedIn", "job alert")

    t = "Erinnerung: UX Stammtisch Berlin – Mai-Ausgabe ist morgen"
    txt = """UX Stammtisch Berlin

Mai-Ausgabe: Design-Ops & Research-Repositories
Mittwoch, 20. Mai 2026, 19:00 – 22:00 MESZ
Betahaus-Café, Rudi-Dutschke-Straße 23, 10969 Berlin

Kurzvorträge: Tariq Mansour (Parcelo) über Research, das man wiederfindet; danach offenes Netzwerken.

Du hast zugesagt. Kannst du doch nicht? Bitte gib deinen Platz frei, die Warteliste ist lang.

Meetup · Einstellungen · Abmelden"""
    case.add("mu1", meetup, [me], "2026-05-19 17:00", txt, subject=t, html=html_of(txt, t),
             headers=dict(bulk_headers("<events.meetup.com>", "https://www.meetup.com/account/comms/"), **AUTO))
    case.thread("mu1", False, None, "Meetup", "meetup reminder (the evening Lena met Tariq)")
    case.meeting("mu1", at("2026-05-20 19:00"), at("2026-05-20 22:00"), job=False,
                 what="public meetup")
    t = "Neues Event: UX Stammtisch Berlin – Juni-Ausgabe am 24. Juni"
    txt = """UX Stammtisch Berlin hat ein neues Event angekündigt

Juni-Ausgabe: Barrierefreiheit ab Tag 1
Mittwoch, 24. Juni 2026, 19:00 MESZ
Betahaus-Café, Berlin

Zusagen: https://www.meetup.com/ux-stammtisch-berlin/events/30218844

Meetup · Einstellungen · Abmelden"""
    case.add("mu2", meetup, [me], "2026-06-10 15:30", txt, subject=t, html=html_of(txt, t),
             headers=dict(bulk_headers("<events.meetup.com>", "https://www.meetup.com/account/comms/"), **AUTO))
    case.thread("mu2", False, None, "Meetup", "meetup announcement")

    # ================================================================ CURRENT JOB (Studio Kranich)
    s = at("2026-05-11 10:00")
    title = "Design Jour fixe"
    desc = "Wöchentlicher Abgleich: Projekte, Auslastung, Crits. Bitte Updates vorher ins Board."
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "jourfixe"), stamp=at("2026-05-06 09:00"),
                   start=s, end=at("2026-05-11 10:45"), summary=title, organizer=carla,
                   attendees=[(carla, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (ben, "ACCEPTED", "INDIVIDUAL")],
                   tzid=BER, location="Kranich – Küche / https://meet.google.com/jfx-kran-ich",
                   description=desc, rrule="FREQ=WEEKLY;BYDAY=MO")
    case.add("kr_jf", carla_cal, [me], "2026-05-06 09:00",
             gcal_de(title, "Wöchentlich am Montag ⋅ 10:00 – 10:45 (Mitteleuropäische Sommerzeit - Berlin)",
                     ["Carla Nowak – Organisator", "Ben Schulte", "lena.hoffmann@example.de"],
                     meet="meet.google.com/jfx-kran-ich", desc=desc),
             subject="Einladung: Design Jour fixe @ Wöchentlich ab Mo. 11. Mai 2026 10:00 - 10:45 (MESZ) (lena.hoffmann@example.de)",
             ics=ics, headers=GCAL)
    case.thread("kr_jf", False, None, "Studio Kranich", "weekly agency meeting (RRULE), current job")
    for d in ("2026-05-11", "2026-05-18", "2026-05-25", "2026-06-01", "2026-06-08", "2026-06-15"):
        case.meeting("kr_jf", at(d + " 10:00"), at(d + " 10:45"), job=False, what="jour fixe")

    s, e = at("2026-06-11 11:00"), at("2026-06-11 12:00")
    title = "Interview Junior UX Designer – Paul Berger"
    desc = ("Zweites Gespräch mit Paul (Junior UX). Lena übernimmt die Portfolio-Fragen, ich die "
            "Rahmenbedingungen. Unterlagen in Personio.")
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "kranich-interview"), stamp=at("2026-06-08 16:20"),
                   start=s, end=e, summary=title, organizer=carla,
                   attendees=[(carla, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Kranich – Elster (6)", "c_77kranich.elster@resource.calendar.google.com"),
                               "ACCEPTED", "ROOM")],
                   tzid=BER, location="Kranich – Elster (6)", description=desc)
    case.add("kr_int", carla_cal, [me], "2026-06-08 16:20",
             gcal_de(title, "Donnerstag, 11. Juni 2026 ⋅ 11:00 – 12:00 (Mitteleuropäische Sommerzeit - Berlin)",
                     ["Carla Nowak – Organisator", "lena.hoffmann@example.de", "Kranich – Elster (6)"],
                     where="Kranich – Elster (6)", desc=desc),
             subject="Einladung: %s @ Do. 11. Juni 2026 11:00 - 12:00 (MESZ) (lena.hoffmann@example.de)" % title,
             ics=ics, headers=GCAL)
    case.thread("kr_int", False, None, "Studio Kranich",
                "Lena on the hiring side at her agency: interview with a junior candidate Thu 11 June")
    case.meeting("kr_int", s, e, job=False, what="agency hiring interview (Lena interviews)")

    case.add("kp1", paul, [carla], "2026-06-11 19:30", """Liebe Carla, liebe Lena,

vielen Dank für das nette Gespräch heute Vormittag und dass ihr euch so viel Zeit für mein Portfolio genommen habt. Besonders das Feedback zu meinem Onboarding-Case hat mir sehr geholfen.

Ich hätte große Lust, bei Studio Kranich einzusteigen, und freue mich auf eure Rückmeldung.

Viele Grüße
Paul Berger""", subject="Vielen Dank für das Gespräch heute", cc=[me])
    case.add("kp2", carla, [paul], "2026-06-12 09:40", """Hallo Paul,

danke dir, uns hat es auch Spaß gemacht! Wir führen noch ein Gespräch und melden uns bis Ende nächster Woche bei dir.

Viele Grüße
Carla""", parent="kp1", cc=[me])
    case.thread("kp1", False, None, "Studio Kranich",
                "a candidate's thank-you to Carla and Lena (Lena's agency is hiring); Carla promises him an "
                "answer – not Lena's job search")
    case.promise("kp1", "kp2", carla.email, "2026-06-19", job=False)

    t = "Ihr Abwesenheitsantrag wurde genehmigt"
    txt = """Hallo Lena,

Ihr Abwesenheitsantrag wurde genehmigt.

Art: Urlaub
Zeitraum: Fr., 12.06.2026 (1 Arbeitstag)
Genehmigt von: Carla Nowak

Ihr Resturlaub 2026: 14 Tage

Diese Nachricht wurde automatisch von Personio für Studio Kranich GmbH versendet."""
    case.add("kr_abw", personio_kr, [me], "2026-06-01 10:02", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("kr_abw", False, None, "Studio Kranich",
                "agency HR system: day off approved for 12 June (the trial day)")

    s, e = at("2026-06-24 09:30"), at("2026-06-24 12:30")
    title = "Workshop Kundenportal – Iteration 2"
    body = ("Hallo zusammen,\n\nwie besprochen der zweite Workshop zum Kundenportal. Bitte bringen Sie "
            "die überarbeiteten Tarifrechner-Screens mit.\n\nViele Grüße\nSven Gerlach\n"
            "Havelstrom GmbH · Digitale Kundenservices")
    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "havelstrom"), stamp=at("2026-06-03 15:40"),
                   start=s, end=e, summary=title, organizer=sven,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (carla, "ACCEPTED", "INDIVIDUAL"),
                              (ben, "ACCEPTED", "INDIVIDUAL")],
                   tzid="W. Europe Standard Time",
                   location="Havelstrom GmbH, Raum Sanssouci, Zeppelinstraße 48, 14471 Potsdam",
                   description=body, prodid="Microsoft Exchange Server 2010")
    case.add("kr_ws", sven, [me, carla, ben], "2026-06-03 15:40", body, subject=title, ics=ics,
             ics_mode="outlook")
    case.thread("kr_ws", False, None, "Havelstrom GmbH", "agency client workshop on 24 June (current job)")
    case.meeting("kr_ws", s, e, status="scheduled", job=False, what="client workshop")

    case.add("kb1", ben, [me], "2026-06-15 14:10", """Hey Lena,

schaffst du die Tarifrechner-Screens für Havelstrom bis Donnerstag? Sven will sie vor dem Workshop sehen, und ich würd sie ihm gern Freitag früh schicken.

Ben""", subject="Havelstrom Screens")
    case.add("kb2", me, [ben], "2026-06-15 14:30", """Jo, bis Donnerstag hast du sie. Ich leg sie in den Havelstrom-Ordner in Figma.

L.""", parent="kb1", sig=False)
    case.add("kb3", ben, [me], "2026-06-18 17:20", """Gesehen, sieht super aus! Schick ich Sven morgen früh.

Ben""", parent="kb2")
    case.thread("kb1", False, None, "Studio Kranich", "colleague at the agency about client screens")
    case.own_promise("kb1", "kb2", ben.email, "2026-06-18", job=False)

    # ================================================================ FAMILY, FRIENDS, HOUSE, ERRANDS
    case.add("fm1", mama, [me], "2026-05-10 10:30", """Liebe Lena,

wie geht es Dir? Papa wird ja am 27. Juni 65, und wir wollen an dem Samstag im Garten feiern, mittags mit Kaffee und Kuchen und abends grillen. Kommst Du? Jule kommt auch, mit den Kindern.

Ruf doch mal wieder an!

Liebe Grüße
Mama

Von meinem iPad gesendet""", subject="Papas 65.")
    case.add("fm2", me, [mama], "2026-05-10 19:05", """Hallo Mama,

klar komme ich! Ich nehm mir den Freitag frei und fahr am 26. mit dem Zug. Ich ruf dich am Sonntag an, dann erzähl ich dir auch von den Bewerbungen.

Hab dich lieb
Lena""", parent="fm1", sig=False)
    case.add("fm3", mama, [me], "2026-06-14 20:12", """Liebe Lena,

hast Du schon Deine Fahrkarte? Papa fragt, ob Du wieder den Kartoffelsalat machst wie letztes Jahr. Und was ist mit der Stelle bei den Leuten mit der Bauernhof-App? Ich drück Dir die Daumen!

Mama

Von meinem iPad gesendet""", parent="fm2", sig=False)
    case.thread("fm1", False, None, None, "mother: father's 65th birthday on 27 June")
    case.own_promise("fm1", "fm2", mama.email, "2026-05-17", job=False)

    case.add("js1", jule, [me], "2026-06-02 21:00", """Hey Schwesterherz,

was schenken wir Papa? Ich dachte entweder an einen Zuschuss fürs E-Bike oder an diesen Räucherofen, von dem er seit Weihnachten redet. Halbe-halbe?

Jule""", subject="Geschenk Papa")
    case.add("js2", me, [jule], "2026-06-03 07:45", """Räucherofen!! Ich bin dabei, schick mir einfach, was ich dir schulde.

L.""", parent="js1", sig=False)
    case.add("js3", jule, [me], "2026-06-03 08:30", """Top, bestell ich heute. 189 €, also 94,50 für dich 😘 paypal.me/julehoffmann

J.""", parent="js2")
    case.thread("js1", False, None, None, "sister: birthday present")

    case.add("cr1", caro, [me], "2026-06-06 11:00", """Hey Lena!

Bist du nächsten Samstag beim Vorstiegskurs dabei? Ich hab mich auch angemeldet 🙈 Danach wollten Deniz und ich am Tempelhofer Feld grillen, komm doch mit!

Caro""", subject="Samstag Kletterwerk + Grillen?")
    case.add("cr2", me, [caro], "2026-06-06 12:20", """Jaaa, bin angemeldet (10 Uhr). Grillen klingt perfekt, ich bring Halloumi mit.

Lena""", parent="cr1", sig=False)
    case.add("cr3", caro, [me], "2026-06-13 22:40", """Heute war so gut! Mein Unterarm ist tot. Fotos vom Grillen: https://photos.app.goo.gl/4kqW2ZbN7fTq9aXr8

Caro""", parent="cr2")
    case.add("cr4", me, [caro], "2026-06-14 10:05", """Haha meine auch. Danke fürs Mitnehmen zum Grillen, war ein schöner Abend 💛

L.""", parent="cr3", sig=False)
    case.thread("cr1", False, None, None, "friend: climbing course and a barbecue")

    t = "Buchungsbestätigung: Vorstiegskurs Teil 1 – Sa., 13.06.2026"
    txt = """Hallo Lena,

vielen Dank für deine Buchung!

Kurs: Vorstiegskurs Teil 1 (Grundlagen)
Termin: Samstag, 13.06.2026, 10:00 – 13:00 Uhr
Treffpunkt: Kursbereich hinten links, bitte 10 Minuten vorher da sein
Leihausrüstung: Gurt und Seil sind inklusive, Schuhe bitte selbst mitbringen oder leihen (4 €)

Stornierung bis 48 Stunden vorher kostenlos.

Bis bald an der Wand!
Dein Kletterwerk-Team
Kletterwerk Friedrichshain · Revaler Str. 99 · 10245 Berlin"""
    case.add("kl1", kletter, [me], "2026-06-01 19:48", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("kl1", False, None, "Kletterwerk Friedrichshain", "climbing course booking")
    case.meeting("kl1", at("2026-06-13 10:00"), at("2026-06-13 13:00"), job=False, what="climbing course")
    t = "Kletterwerk News: Neue Routen im Boulderbereich & Sommeröffnungszeiten"
    txt = """Hallo Lena,

ab Montag haben wir 40 neue Boulder geschraubt – vor allem im 5er und 6er Bereich. Außerdem gelten ab 1. Juni unsere Sommeröffnungszeiten: Mo–Fr 9–23 Uhr, Sa/So 9–22 Uhr.

Neu: Vorstiegskurse jetzt auch samstags. Plätze über die App buchen.

Dein Kletterwerk-Team

Newsletter abbestellen: https://kletterwerk-fhain.de/newsletter/abmelden"""
    case.add("kl2", kletter_news, [me], "2026-05-29 08:00", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=dict(bulk_headers("<news.kletterwerk-fhain.de>",
                                                        "https://kletterwerk-fhain.de/newsletter/abmelden"), **AUTO))
    case.thread("kl2", False, None, "Kletterwerk Friedrichshain", "gym newsletter")

    t = "Ihr Deutschlandticket: Abbuchung für Juni 2026"
    txt = """Guten Tag Frau Hoffmann,

für Ihr Deutschlandticket (Abo-Nr. 4471 2093 18) buchen wir am 01.06.2026 den Monatsbetrag von 63,00 € von Ihrem Konto DE89 **** **** **** **31 ab.

Ihr Ticket für Juni finden Sie wie gewohnt in der BVG Tickets App.

Mit freundlichen Grüßen
Ihre BVG

Berliner Verkehrsbetriebe (BVG) AöR · Holzmarktstraße 15–17 · 10179 Berlin"""
    case.add("bv1", bvg, [me], "2026-05-28 07:15", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("bv1", False, None, "BVG", "public transport subscription notice")
    t = "Bauarbeiten U1: Ersatzverkehr zwischen Warschauer Straße und Kottbusser Tor"
    txt = """Liebe Fahrgäste,

vom 15.06. bis 03.07.2026 fährt die U1 wegen Bauarbeiten nicht zwischen Warschauer Straße und Kottbusser Tor. Bitte nutzen Sie die Ersatzbusse (Linie U1E) oder die S-Bahn. Planen Sie bitte ca. 15 Minuten mehr Fahrzeit ein.

Wir danken für Ihr Verständnis.
Ihre BVG

Sie erhalten diesen Newsletter, weil Sie BVG-Infos abonniert haben. Abmelden: https://www.bvg.de/newsletter"""
    case.add("bv2", bvg, [me], "2026-06-12 16:00", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=dict(bulk_headers("<newsletter.bvg.de>", "https://www.bvg.de/newsletter"), **AUTO))
    case.thread("bv2", False, None, "BVG", "transport newsletter")

    case.add("hv1", hv, [me], "2026-05-12 09:30", """Sehr geehrte Mieterinnen und Mieter des Hauses Wühlischstraße 27,

im Auftrag der Eigentümerin führt die Firma Brandschutz Ost GmbH die jährliche Wartung der Rauchwarnmelder durch:

Donnerstag, 28.05.2026, zwischen 8:00 und 12:00 Uhr

Bitte ermöglichen Sie den Zutritt zu Ihrer Wohnung oder hinterlegen Sie einen Schlüssel bei Ihren Nachbarn. Sollte Ihnen der Termin nicht möglich sein, wird ein kostenpflichtiger Nachtermin vereinbart.

Mit freundlichen Grüßen
Ihre Hausverwaltung""", subject="Ankündigung: Wartung der Rauchwarnmelder am 28.05.2026")
    case.thread("hv1", False, None, "Hausverwaltung Brenner & Partner", "house notice: smoke detector check")
    case.meeting("hv1", at("2026-05-28 08:00"), at("2026-05-28 12:00"), job=False,
                 what="smoke detector service window")
    case.add("hv2", me, [hv], "2026-06-08 19:30", """Sehr geehrte Damen und Herren,

in meiner Wohnung (Wühlischstraße 27, 3. OG links) tropft seit einigen Tagen der Wasserhahn in der Küche, auch wenn er ganz zugedreht ist. Könnten Sie bitte einen Handwerker beauftragen?

Ich bin werktags meist ab 17 Uhr zu Hause, morgens vor 9 Uhr geht es auch.

Mit freundlichen Grüßen
Lena Hoffmann""", subject="Tropfender Wasserhahn Küche – Wühlischstraße 27, 3. OG links", sig=False)
    case.add("hv3", hv, [me], "2026-06-09 10:15", """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Meldung. Wir beauftragen unseren Sanitärbetrieb und melden uns bis Freitag, 12.06., mit einem Terminvorschlag bei Ihnen.

Mit freundlichen Grüßen
Ihre Hausverwaltung""", parent="hv2")
    case.add("hv4", hv, [me], "2026-06-11 14:00", """Sehr geehrte Frau Hoffmann,

der Monteur der Firma Sanitär Ölschläger kommt am Montag, 22.06.2026, zwischen 8:00 und 10:00 Uhr. Sollte der Termin nicht passen, melden Sie sich bitte direkt bei der Firma unter 030 5552 9031.

Mit freundlichen Grüßen
Ihre Hausverwaltung""", parent="hv3")
    case.thread("hv2", False, None, "Hausverwaltung Brenner & Partner",
                "dripping tap; the property manager's 'bis Freitag, 12.06.' kept with a plumber slot on 22 June")
    case.promise("hv2", "hv3", hv.email, "2026-06-12", job=False)
    case.meeting("hv2", at("2026-06-22 08:00"), at("2026-06-22 10:00"), status="scheduled", job=False,
                 what="plumber visit")

    t = "Eingangsbestätigung: Einkommensteuererklärung 2025"
    txt = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

Ihre Einkommensteuererklärung 2025 (Steuernummer 14/321/*****) wurde am 04.06.2026 um 21:17 Uhr erfolgreich an das Finanzamt Friedrichshain-Kreuzberg übermittelt.

Das Übermittlungsprotokoll finden Sie in Ihrem ELSTER-Postfach unter „Formulare & Leistungen > Übermittelte Formulare“.

Bitte antworten Sie nicht auf diese E-Mail.
Ihr ELSTER-Team"""
    case.add("el1", elster, [me], "2026-06-04 21:18", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("el1", False, None, "ELSTER", "tax return submitted")
    t = "Neue Bescheiddaten in Ihrem ELSTER-Postfach"
    txt = """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem ELSTER-Postfach liegen neue Bescheiddaten für Sie bereit (Einkommensteuer 2025).

Bitte melden Sie sich unter https://www.elster.de an, um die Daten abzurufen. Maßgeblich ist der Bescheid, den Sie per Post erhalten.

Bitte antworten Sie nicht auf diese E-Mail.
Ihr ELSTER-Team"""
    case.add("el2", elster, [me], "2026-06-16 06:05", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("el2", False, None, "ELSTER", "tax assessment notice")

    case.add("nb1", friederike, [me], "2026-06-16 18:20", """Hallo Lena,

hier ist Friederike aus dem 2. OG. DHL sagt, mein Paket wurde bei „Hoffmann“ abgegeben – ist das bei dir? Kann ich heute Abend so gegen 20 Uhr klingeln?

LG Friederike""", subject="Paket bei dir?")
    case.add("nb2", me, [friederike], "2026-06-16 18:45", """Hi Friederike, ja, steht hier im Flur! 20 Uhr passt, ich bin zu Hause.

Lena""", parent="nb1", sig=False)
    case.add("nb3", friederike, [me], "2026-06-16 20:35", """Danke dir!! Hab's. Ich schulde dir ein Stück Kuchen 🍰

F.""", parent="nb2")
    case.thread("nb1", False, None, None, "neighbour's parcel")

    t = "Formsache #112: Warum gute Fehlermeldungen Produktarbeit sind"
    txt = """Formsache – der Newsletter für Produktdesign im deutschsprachigen Raum

Diese Woche:
• Warum gute Fehlermeldungen Produktarbeit sind (und nicht nur UX-Writing)
• Interview: Vom Agentur- ins Inhouse-Team – drei Designerinnen erzählen
• Tool der Woche: ein Figma-Plugin für Kontrastprüfung in Echtzeit
• Jobs: 12 neue Stellen im Formsache-Jobboard

Viel Spaß beim Lesen!
Dein Formsache-Team

Abmelden: https://formsache-newsletter.de/abmelden"""
    case.add("fs1", formsache, [me], "2026-05-15 07:00", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=dict(bulk_headers("<weekly.formsache-newsletter.de>",
                                                        "https://formsache-newsletter.de/abmelden"), **AUTO))
    case.thread("fs1", False, None, "Formsache", "design newsletter")
    t = "Formsache #115: Portfolio-Reviews – was Hiring Manager wirklich lesen"
    txt = """Formsache – der Newsletter für Produktdesign im deutschsprachigen Raum

Diese Woche:
• Portfolio-Reviews: Was Hiring Manager in 90 Sekunden wirklich lesen
• Probearbeitstage – fair oder Ausbeutung? Eine Umfrage unter 300 Designer:innen
• Gehaltsreport Produktdesign 2026: Berlin vs. München vs. remote
• Events: UX Stammtisch Berlin am 24. Juni

Dein Formsache-Team

Abmelden: https://formsache-newsletter.de/abmelden"""
    case.add("fs2", formsache, [me], "2026-06-05 07:00", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=dict(bulk_headers("<weekly.formsache-newsletter.de>",
                                                        "https://formsache-newsletter.de/abmelden"), **AUTO))
    case.thread("fs2", False, None, "Formsache", "design newsletter")

    case.add("rt1", radtat, [me], "2026-05-23 13:10", """Hallo Frau Hoffmann,

anbei die Rechnung für die Reparatur Ihres Fahrrads (Schaltzug und Bremsbeläge vorne/hinten erneuert, Kette gereinigt).

Rechnungsbetrag: 68,50 € – bereits bar bezahlt.

Gute Fahrt!
Rad & Tat Fahrradwerkstatt · Simon-Dach-Str. 12 · 10245 Berlin""", subject="Ihre Rechnung Nr. 2026-0517",
             attachments=[("Rechnung_2026-0517.pdf", "application/pdf",
                           make_pdf(["Rechnung 2026-0517", "Rad & Tat Fahrradwerkstatt",
                                     "Schaltzug, Bremsbelaege, Kette reinigen", "Summe: 68,50 EUR (bar bezahlt)"]))])
    case.thread("rt1", False, None, "Rad & Tat Fahrradwerkstatt", "bike repair invoice")

    t = "Ihre Bestellung liegt zur Abholung bereit"
    txt = """Liebe Frau Hoffmann,

Ihre Bestellung ist da und liegt für Sie bis zum 23.06.2026 zur Abholung bereit:

„Continuous Discovery Habits“ (dt. Ausgabe) – 34,00 €

Öffnungszeiten: Mo–Fr 10–19 Uhr, Sa 10–16 Uhr

Herzliche Grüße aus dem Boxhagener Kiez
Ihre Kiezbuchhandlung"""
    case.add("bu1", buch, [me], "2026-06-09 11:30", txt, subject=t, html=html_of(txt, t), headers=AUTO)
    case.thread("bu1", False, None, "Kiezbuchhandlung Boxhagen", "bookshop pickup notice")

    t = "Ihre Buchungsbestätigung (Auftrag 7H2K9Q): Berlin Hbf → Freiburg(Breisgau) Hbf"
    txt = """Vielen Dank für Ihre Buchung!

Auftragsnummer: 7H2K9Q
Hinfahrt: Fr., 26.06.2026, Berlin Hbf ab 09:34 – Freiburg(Breisgau) Hbf an 16:12 (ICE 373)
Rückfahrt: So., 28.06.2026, Freiburg(Breisgau) Hbf ab 13:47 – Berlin Hbf an 20:21 (ICE 372)
Reisende: Lena Hoffmann, 2. Klasse, BahnCard 25
Sitzplatzreservierung: Wagen 7, Platz 45 (hin), Wagen 6, Platz 63 (zurück)

Gesamtpreis: 118,40 €

Ihr Ticket finden Sie im Anhang und in der DB Navigator App.
Gute Reise wünscht Ihnen Ihre Deutsche Bahn"""
    case.add("db1", bahn, [me], "2026-06-07 20:44", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("db1", False, None, "Deutsche Bahn", "train ticket for the family visit")

    t = "Terminerinnerung: Do., 04.06.2026, 08:15 Uhr"
    txt = """Guten Tag Frau Hoffmann,

wir erinnern Sie an Ihren Termin in unserer Praxis:

Donnerstag, 04.06.2026, 08:15 Uhr – Check-up / Blutabnahme (bitte nüchtern erscheinen)

Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Ihr Praxisteam Dr. Yıldız
Hausarztpraxis · Grünberger Str. 54 · 10245 Berlin · Tel. 030 5558 1200"""
    case.add("pr1", praxis, [me], "2026-06-02 08:00", txt, subject=t, html=html_of(txt, t), headers=AUTO)
    case.thread("pr1", False, None, "Hausarztpraxis Dr. Yıldız", "doctor's appointment reminder")
    case.meeting("pr1", at("2026-06-04 08:15"), None, job=False, what="GP appointment")

    t = "Ihre Abschlagsrechnung Juni 2026"
    txt = """Guten Tag Frau Hoffmann,

Ihr monatlicher Abschlag für Ökostrom (Vertragskonto 8830 1124 77) beträgt 54,00 € und wird am 15.06.2026 abgebucht.

Tipp: Im Kundenportal können Sie jederzeit Ihren Zählerstand eingeben und den Abschlag anpassen.

Ihre Ostwind Energie"""
    case.add("ow1", strom, [me], "2026-06-01 06:40", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("ow1", False, None, "Ostwind Energie", "electricity bill")

    paypal = Person("PayPal", "service@paypal.de", tz=BER, style="auto", auto=True)
    t = "Sie haben eine Zahlung an Jule Hoffmann gesendet"
    txt = """Hallo Lena Hoffmann,

Sie haben 94,50 € EUR an Jule Hoffmann gesendet.

Mitteilung: Räucherofen Papa 🐟🔥
Transaktionscode: 4VR19583JT2210415
Datum: 3. Juni 2026

Das Geld wurde von Ihrem PayPal-Guthaben bzw. Ihrem Bankkonto abgebucht.

PayPal (Europe) S.à r.l. et Cie, S.C.A."""
    case.add("pp1", paypal, [me], "2026-06-03 08:52", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("pp1", False, None, "PayPal", "payment receipt (the present for her father)")

    case.add("js4", jule, [me], "2026-06-07 18:30", """Die zwei haben dir was gemalt 🖍️ Mia sagt, das bist du beim Klettern (die Spinne oben).""", subject="Post aus Freiburg", attachments=[
        ("IMG_4410.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"),
        ("IMG_4411.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")])
    case.thread("js4", False, None, None, "sister: drawings from the kids")

    case.add("hv5", hv, [me], "2026-05-20 11:05", """Sehr geehrte Frau Hoffmann,

anbei erhalten Sie die Betriebskostenabrechnung für den Abrechnungszeitraum 01.01.–31.12.2025 für Ihre Wohnung Wühlischstraße 27, 3. OG links.

Es ergibt sich ein Guthaben von 86,20 €, das wir Ihnen in den nächsten Wochen auf das bekannte Konto überweisen. Die monatliche Vorauszahlung bleibt unverändert.

Mit freundlichen Grüßen
Ihre Hausverwaltung""", subject="Betriebskostenabrechnung 2025 – Wühlischstraße 27",
             attachments=[("BKA_2025_WS27_3OGli.pdf", "application/pdf",
                           make_pdf(["Betriebskostenabrechnung 2025", "Wuehlischstrasse 27, 3. OG links",
                                     "Guthaben: 86,20 EUR"]))])
    case.thread("hv5", False, None, "Hausverwaltung Brenner & Partner", "annual service charge statement")

    case.add("kc1", carla, [me], "2026-06-15 18:02", """Hi Lena,

hast du Mittwoch um 16 Uhr Zeit für ein kurzes 1:1? Ich würde gern mit dir über die Q3-Planung sprechen (Havelstrom Phase 2 und wer das Crit-Format übernimmt, wenn ich im August weg bin).

Carla""", subject="Kurzes 1:1 am Mittwoch?")
    case.add("kc2", me, [carla], "2026-06-15 20:11", """Hi Carla,

klar, Mittwoch 16 Uhr passt. Ich bring meine Notizen zu Havelstrom mit.

Lena""", parent="kc1", sig=False)
    case.thread("kc1", False, None, "Studio Kranich", "1:1 with her manager at the agency, Wed 17 June 16:00")
    case.meeting("kc1", at("2026-06-17 16:00"), None, job=False, what="1:1 at the agency")

    # ================================================================ LABELS
    case.expect("thank_you", "ka_panel", ruben.email,
                "on the Wed 10 June 14:00-15:30 panel (address in the Greenhouse ICS); Maren and Aylin were "
                "thanked, Ruben never; overdue since 11 June 15:30")
    case.expect("callback", "sbt1", anders.email,
                "'Give me until Friday' (12 June) for the case study brief; nothing from Saltbro since; due "
                "end of Tue 16 June", promised="2026-06-12")
    case.expect("ask_for_address", "sb_inv", freja.email,
                "Mikkel joined the Tue 9 June interview but his address is nowhere; Freja arranged it and "
                "Lena has not written to her since; due from 9 June 13:00")
    case.expect("callback", "ww1", claudia.email,
                "'Eine Entscheidung werden wir bis Mitte des Monats treffen' (4 June; 15 June); nothing from "
                "Wegweiser since; due end of Wed 17 June", promised="2026-06-15")
    case.expect("own_promise", "fft1", nele.email,
                "Lena: 'schick ich dir bis Mittwoch' (17 June) – the case export and salary figure; she has "
                "not written to Nele since; due end of 17 June")
    case.expect("networking", "tm1", tariq.email,
                "coffee Wed 27 May; last exchange his reply of Thu 28 May; touch due end of Thu 11 June, not "
                "stale until 26 June")
    case.expect("thank_you", "kw1", simon.email,
                "intro call Tue 9 June 16:00 (no end: 60 min) took place; Lena's only thanks was before it; "
                "overdue since 10 June 17:00")
    case.expect("application", "st1", dorothea.email,
                "application with CV to Dorothea Lang Mon 1 June; only an out-of-office reply; 7 business days "
                "end Wed 10 June")
    case.expect("thank_you", "sr1", "patrick.olbrich@spreeland-reisen.de",
                "video interview Mon 8 June 15:00-15:45 never thanked; the rejection of 12 June ends callbacks, "
                "not the thank-you owed; overdue since 9 June 15:45")
    case.expect("thank_you", "hk_cal", yusuf.email,
                "Calendly call Mon 15 June 17:00-17:30 took place; no note to Yusuf since; overdue since 16 June "
                "17:30")

    case.forbid("kt1", maren.email,
                "thanked here on 10 June; her 'answer by Friday, June 19' is still inside its window (grace to "
                "end of Tue 23 June)")
    case.forbid("ka_panel", aylin.email, "thanked in a new thread the next morning (11 June 09:05)")
    case.forbid("ka_panel", kachel_room[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    case.forbid("ka_panel", greenhouse.email, "automated ATS sender (Greenhouse)")
    case.forbid("ka_panel", sophie.email,
                "ICS organizer who was not on the panel; her own intro call was thanked on 19 May")
    case.forbid("ww_ack", personio_ww.email, "automated Personio acknowledgement of a portal application")
    case.forbid("ff_inv", moritz.email, "thanked by the joint note to Nele and Moritz on 12 June 19:10")
    case.forbid("kw1", kathi.email, "the referrer (ex-colleague): not at the call, promised nothing")
    case.forbid("sr1", melanie.email,
                "HR contact, not at the interview; 'bis spätestens Mittwoch, 17.06.' ended by her rejection of "
                "12 June")
    case.forbid("ms_inv", tim.email,
                "the 18 June slot was moved to 23 June: this meeting never took place")
    case.forbid("ms1", birgit.email, "interview moved to Tue 23 June 14:00, still ahead at now")
    case.forbid("rb_inv", jakob.email, "portfolio call of 16 June cancelled on 12 June")
    case.forbid("kp1", paul.email,
                "a candidate at Lena's agency thanking her: Lena is on the hiring side, not her job search")
    case.forbid("kr_int", carla.email, "interview at Lena's current job where she is the interviewer")
    case.forbid("hv2", hv.email, "property manager, not job search; its 'bis Freitag, 12.06.' was kept")
    case.forbid("hk_cal", calendly.email, "automated scheduler sender (Calendly)")

    case.summary = SUMMARY
    return case


SUMMARY = ""

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
