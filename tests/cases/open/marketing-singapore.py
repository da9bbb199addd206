#!/usr/bin/env python3
"""Labelled case: a regional marketing manager in Singapore looking for a head-of-marketing
role in consumer tech or FMCG across Southeast Asia.  Written blind (see ../BRIEF.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

import datetime as _dt
from zoneinfo import ZoneInfo as _Z

SG = "Asia/Singapore"
HK = "Asia/Hong_Kong"
JKT = "Asia/Jakarta"
LDN = "Europe/London"
SYD = "Australia/Sydney"


def T(s, tz=SG):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=_Z(tz))


def teams_block(seed):
    d = digest("teams", seed, n=40)
    mid = "%s %s %s %s" % (int(d[:4], 16) % 900 + 100, int(d[4:8], 16) % 900 + 100,
                           int(d[8:12], 16) % 900 + 100, int(d[12:16], 16) % 900 + 100)
    return ("\n" + "_" * 80 + "\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/"
            "19%%3ameeting_%s%%40thread.v2/0>\n"
            "Meeting ID: %s\n"
            "Passcode: %s\n"
            "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\n"
            + "_" * 80 + "\n") % (d[16:40], mid, b64id("pc", seed, n=6))


def gcal_text(title, when, joining, who, description, me_email):
    lines = ["You have been invited to the following event.", "", title, "", "When", when, ""]
    if joining:
        lines += ["Joining info", joining, ""]
    lines += ["Calendar", me_email, "", "Who"]
    lines += ["\u2022 " + w for w in who]
    lines += ["", description, "",
              "View all guest info https://calendar.google.com/calendar/event?action=VIEW",
              "", "Reply for %s" % me_email, "Yes   No   Maybe   More options", "",
              "Invitation from Google Calendar", "",
              "You are receiving this email because you are an attendee on the event. To stop "
              "receiving future updates for this event, decline this event.",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP."]
    return "\n".join(lines)


def build():
    now = T("2026-04-22 09:15")
    user = {"name": "Rachel Ong", "emails": ["rachel.ong@example.sg"],
            "phone": "+65 9176 2284", "timezone": SG}
    summary = None  # the README paragraph lives in marketing-singapore.md
    case = Case("marketing-singapore",
                "Regional marketing manager in Singapore seeking a head-of-marketing role in "
                "SEA consumer tech/FMCG; headhunters in SG (Gmail) and HK, panels in Jakarta, "
                "London and Sydney time, an interview brought forward a day",
                user, now, summary)
    me = Person("Rachel Ong", "rachel.ong@example.sg", SG, "webmail",
                sig="Rachel Ong\n+65 9176 2284", msgid_domain="mail.example.sg")
    case.me = me
    add = case.add

    # ---------------------------------------------------------------- people (job search)
    mandy = Person("Mandy Kwok", "mandy.kwok@aldgatepierce.com", HK, "outlook", region="apcprd03",
                   sig="Mandy Kwok \u90ed\u654f\u5100\nPrincipal, Consumer & Retail Practice\n"
                       "Aldgate & Pierce Executive Search | Hong Kong\n"
                       "T +852 3018 7742 | M +852 9024 1186\nwww.aldgatepierce.com")
    dewi = Person("Dewi Lestari", "dewi.lestari@tanamera.co.id", JKT, "gcal")
    bayu = Person("Bayu Prasetyo", "bayu.prasetyo@tanamera.co.id", JKT, "gmail")
    ratna = Person("Ratna Wijaya", "ratna.wijaya@tanamera.co.id", JKT, "gmail",
                   sig="Ratna Wijaya\nVP Growth | Tanamera Digital\n+62 811 1902 3348")
    andreas = Person("Andreas Halim", "andreas.halim@tanamera.co.id", JKT, "gmail")
    vincent = Person("Vincent Goh", "vincentgoh.search@gmail.com", SG, "gmail",
                     sig="Vincent Goh\nIndependent Executive Search | Consumer & Retail\n"
                         "M +65 9338 5120")
    liting = Person("Chong Li Ting", "liting.chong@sunhavenbev.com", SG, "outlook",
                    region="apcprd06",
                    sig="Chong Li Ting\nTalent Acquisition Partner, APAC\n"
                        "Sunhaven Beverages Pte Ltd\nMarina One West Tower, Level 12\n"
                        "DID +65 6329 4410")
    fiona = Person("Fiona Blackwood", "fiona.blackwood@sunhavenbev.com", LDN, "outlook",
                   region="eurprd04")
    weiming = Person("Tan Wei Ming", "weiming.tan@sunhavenbev.com", SG, "outlook",
                     region="apcprd06")
    room = ("SG-MO-L12-Merlion (8 pax)", "sg-mo-l12-merlion@sunhavenbev.com")
    workday = Person("Mareva Group", "marevagroup@myworkday.com", SG, "auto", auto=True,
                     msgid_domain="myworkday.com")
    siewling = Person("Lim Siew Ling", "siewling.lim@marevagroup.com", SG, "outlook",
                      region="apcprd06",
                      sig="Lim Siew Ling (Ms)\nSenior Talent Acquisition Partner\n"
                          "Mareva Group\nT: +65 6571 2093")
    nurul = Person("Nurul Huda Ismail", "nurul.huda@verdanthome.com", SG, "outlook",
                   region="apcprd06",
                   sig="Nurul Huda Ismail\nHR Business Partner, Commercial\n"
                       "Verdant Home Asia Pte Ltd\nT +65 6808 1275")
    ravi = Person("Ravi Shankar", "ravi.shankar@verdanthome.com", SG, "outlook",
                  region="apcprd06")
    darren = Person("Darren Lee", "darren.lee@pandanmobile.com", SG, "gmail")
    huiling = Person("Chua Hui Ling", "huiling.chua@pandanmobile.com", SG, "gmail",
                     sig="Chua Hui Ling\nTalent Acquisition Lead\nPandan Mobile\n"
                         "+65 8870 3314")
    harriet = Person("Harriet Rowe", "harriet@hollisandrowe.co.uk", LDN, "gmail",
                     sig="Harriet Rowe\nCo-founder & CEO, Hollis & Rowe\n+44 7700 900418")
    greenhouse = Person("Sorrel", "no-reply@us.greenhouse-mail.io", SG, "auto", auto=True,
                        msgid_domain="greenhouse-mail.io")
    hazel = Person("Hazel Koh", "hazel.koh@sorrel.com.sg", SG, "outlook", region="apcprd06",
                   sig="Hazel Koh | People Partner\nSorrel\n+65 9021 6647")
    arjun = ("Arjun Mehta", "arjun.mehta@sorrel.com.sg")
    jasmine = Person("Jasmine Tan", "jasmine.tan@pebblewave.com", SG, "gmail")
    siti = Person("Siti Rahmawati", "siti.rahmawati@kilat.co.id", JKT, "gmail",
                  sig="Siti Rahmawati\nHead of Brand, Kilat\n+62 812 8800 1742")
    grace = Person("Grace Lee", "grace.lee@lazulibeauty.com", SG, "outlook", region="apcprd06",
                   sig="Grace Lee\nTalent Acquisition Manager, APAC\nLazuli Beauty\n"
                       "+65 6714 5530")

    # ---------------------------------------------------------------- people (the rest)
    priscilla = Person("Priscilla Wong", "priscilla.wong@brightwellnutrition.com", SG,
                       "outlook", region="apcprd06")
    anand = ("Anand Pillai", "anand.pillai@brightwellnutrition.com")
    boardroom = ("BWN-SG-L8-Boardroom", "bwn-sg-l8-boardroom@brightwellnutrition.com")
    farhan = Person("Farhan Ismail", "farhan@monsoonandco.sg", SG, "gmail",
                    sig="Farhan Ismail\nGroup Account Director\nMonsoon & Co.\n+65 8422 7716")
    meixuan = Person("Koh Mei Xuan", "meixuan.koh@brightwellnutrition.com", SG, "outlook",
                     region="apcprd06",
                     sig="Koh Mei Xuan\nTalent Acquisition, Singapore\n"
                         "Brightwell Nutrition Asia\nT +65 6225 8841")
    candidate = ("Nur Aisyah binte Rahman", "aisyah.rahman.mkt@gmail.com")
    condo = Person("Parkview Loft MCST 4417", "management@parkviewloft-mcst.com.sg", SG, "auto",
                   msgid_domain="parkviewloft-mcst.com.sg")
    ramesh = Person("Ramesh Kumar", "ramesh.kumar@parkviewloft-mcst.com.sg", SG, "outlook",
                    region="apcprd06",
                    sig="Ramesh Kumar\nCondominium Manager, Parkview Loft (MCST 4417)\n"
                        "Management Office: 6345 0912")
    mom = Person("MOM Work Pass Division", "wp_noreply@mom.gov.sg", SG, "auto", auto=True)
    josephine = Person("Josephine Ng", "josephine@brightstar-ea.com.sg", SG, "gmail",
                       sig="Josephine Ng\nBright Star Employment Agency (EA Licence 19C8841)\n"
                           "Tel: 6733 1820 | HP: 9112 4075")
    mum = Person("Tan Bee Hoon", "beehoon.tan61@gmail.com", SG, "gmail")
    jay = Person("Jay Ong", "jay.ong.jj@gmail.com", SG, "gmail")
    vivian = Person("Vivian Ong", "vivian.onghx@gmail.com", SG, "gmail")
    shermaine = Person("Shermaine Koh", "shermaine.koh88@gmail.com", SG, "gmail")
    foodrunner = Person("FoodRunner", "receipts@foodrunner.sg", SG, "auto", auto=True)
    yoga = Person("Lotus Flow Yoga", "bookings@lotusflowyoga.sg", SG, "auto")
    yoga_news = Person("Lotus Flow Yoga", "hello@lotusflowyoga.sg", SG, "auto")
    brandasia = Person("Brand Asia Weekly", "newsletter@brandasiaweekly.com", SG, "auto")
    kopi = Person("The Morning Kopi", "hello@themorningkopi.sg", SG, "auto")
    harbour = Person("CareerHarbour", "notifications@careerharbour.com", SG, "auto", auto=True)
    bank = Person("Merlion Bank", "estatements@merlionbank.com.sg", SG, "auto", auto=True)
    power = Person("CityPower Utilities", "ebill@citypower.com.sg", SG, "auto", auto=True)
    dental = Person("Smile Studio Dental", "appointments@smilestudiodental.sg", SG, "auto")
    teacher = Person("Mrs Lim Mei Ling", "lim_mei_ling@kembanganpri.edu.sg", SG, "outlook",
                     region="apcprd06",
                     sig="Mrs Lim Mei Ling\nForm Teacher, P3 Integrity\nKembangan Primary School")

    cv = make_pdf(["Rachel Ong", "Regional Marketing Manager, SEA - Brightwell Nutrition Asia",
                   "Singapore | +65 9176 2284 | rachel.ong@example.sg", "",
                   "2021-now  Regional Marketing Manager, SEA, Brightwell Nutrition Asia",
                   "  Relaunched Glow Collagen in ID/MY/TH; e-commerce share 18% -> 41%",
                   "2017-2021 Senior Brand Manager, Kestrel Home Care (SG/MY)",
                   "2013-2017 Brand Manager, Pacifica Foods (SG)",
                   "BBA (Marketing), National University of Singapore"])

    # ==================================================================================
    # J1  Aldgate & Pierce (Hong Kong) - Mandy Kwok, retained for Tanamera Digital
    # ==================================================================================
    add("j1a", mandy, [me], "2026-03-10 11:42", """Dear Rachel,

I hope this finds you well. I lead the Consumer & Retail practice at Aldgate & Pierce in Hong Kong, and I am currently retained on a Head of Marketing search for a fast-growing consumer fintech business headquartered in Jakarta. The remit covers Indonesia, Singapore and Malaysia, reports into the CMO, and can be based in Singapore.

Your work across Brightwell's SEA portfolio, in particular the social-first relaunch of Glow Collagen, came up more than once in my research. Would you be open to a confidential conversation this week? I can share the client's name and more detail then.

Best regards,""", subject="Head of Marketing, SEA \u2013 consumer fintech (confidential)")
    add("j1b", me, [mandy], "2026-03-10 21:15", """Hi Mandy,

Thanks for reaching out. Yes, happy to have a confidential chat. I'm free Thu 12/3 after 4pm or Fri 13/3 afternoon (SGT). Best to reach me on my mobile, +65 9176 2284.

Regards,""", parent="j1a")
    add("j1c", mandy, [me], "2026-03-11 09:05", """Hi Rachel,

Great - let's do Fri 13/3 at 4pm (HK and SG are on the same clock, so 4pm SGT). I'll call your mobile. Shouldn't take more than 30-40 mins.

Best,
Mandy""", parent="j1b", sig=False)
    add("j1d", me, [mandy], "2026-03-11 09:30", """Noted with thanks, Mandy. Speak on Friday.

Rachel""", parent="j1c", sig=False)
    add("j1e", me, [mandy], "2026-03-13 18:05", """Hi Mandy,

Thank you for the call this afternoon, and for being so candid about Tanamera and where the CMO wants to take the brand. As discussed, my CV is attached.

The mix of a regional remit and a product that is still finding its audience outside Indonesia is exactly what I'm looking for. Do let me know if you need anything else from me.

Best regards,""", parent="j1d", attachments=[("Rachel_Ong_CV_2026.pdf", "application/pdf", cv)])
    add("j1f", mandy, [me], "2026-03-16 10:20", """Hi Rachel,

Thanks, CV well received. I'm presenting my shortlist to the client on Thursday 19/3 and will revert by early next week.

Have a good week ahead.

Best,
Mandy""", parent="j1e", sig=False)
    add("j1g", mandy, [me], "2026-03-23 14:10", """Hi Rachel,

Good news - Tanamera would like to meet you. The first conversation will be with Bayu Prasetyo, their CMO and the hiring manager, on Zoom: Thu 2/4 at 10am Jakarta time, i.e. 11am SGT, about 45 mins. His EA, Dewi, will send you the invite directly.

Bayu is ex-FMCG and very numbers-driven; expect questions on CAC and retention rather than brand purpose.

Best regards,""", parent="j1f")
    add("j1h", me, [mandy], "2026-03-23 15:02", """Hi Mandy,

That's great news! Thu 2/4, 11am SGT works. I'll look out for Dewi's invite, and thanks for the tip on Bayu.

Rachel""", parent="j1g")
    add("j1i", mandy, [me], "2026-04-02 19:40", """Hi Rachel,

Bayu called me after your conversation - he was very positive. The next stage is a case study presentation to a small panel, probably in the week of 13/4. Ratna Wijaya (VP Growth) will send you the brief directly and Dewi will coordinate the timing.

FYI the client is moving two other finalists through the same stage in parallel, so please hold some flexibility that week.

Best,
Mandy""", parent="j1h", sig=False)
    add("j1j", mandy, [me], "2026-04-15 11:30", """Hi Rachel,

Some feedback from yesterday: the panel liked your structure and the retention-first argument, and Andreas in particular picked up on your Malaysia test plan. Bayu felt you could have been sharper on the paid-social numbers, so worth having those ready if there's another round.

They are still seeing the other two finalists this week and will make a decision after their leadership offsite on Monday 20/4. You will hear from me by Thursday 23/4 at the latest.

Best regards,""", parent="j1i")
    add("j1k", me, [mandy], "2026-04-15 12:02", """Thanks Mandy, that's encouraging (and fair on the paid-social point). Fingers crossed! Will wait to hear from you.

Rachel

Sent from my iPhone""", parent="j1j", sig=False)
    case.thread("j1a", True, "recruiter", "Aldgate & Pierce Executive Search",
                "HK search firm retained by Tanamera Digital; phone call Fri 13 Mar 16:00 thanked "
                "the same evening; 'revert by early next week' kept on Mon 23 Mar; on Wed 15 Apr "
                "Mandy mentions two other finalists and promises news 'by Thursday 23/4 at the "
                "latest': window still open")
    case.meeting("j1a", T("2026-03-13 16:00", HK), None, met=[mandy.email],
                 thanks={mandy.email: "j1e"}, what="phone call with Mandy")
    case.promise("j1a", "j1f", mandy.email, "2026-03-25", answered_by="j1g")
    case.promise("j1a", "j1j", mandy.email, "2026-04-23")

    # ==================================================================================
    # J2  Tanamera round 1: Google Calendar invite from the CMO's EA (Zoom)
    # ==================================================================================
    zoom1 = "https://tanamera.zoom.us/j/86214407735?pwd=cUx1R0dFeW1sTnRaQ2p0bVZnOUtEdz09"
    desc1 = ("Intro conversation: Rachel Ong / Bayu Prasetyo (CMO)\n"
             "Zoom: %s\nMeeting ID: 862 1440 7735  Passcode: 519204\n\n"
             "Arranged by Dewi Lestari, EA to the CMO." % zoom1)
    ics1 = make_ics(method="REQUEST", uid=uid_google("tanamera-r1"),
                    stamp=T("2026-03-24 10:05", JKT),
                    start=T("2026-04-02 10:00", JKT), end=T("2026-04-02 10:45", JKT),
                    summary="Tanamera x Rachel Ong (Bayu)", organizer=dewi,
                    attendees=[(dewi, "ACCEPTED", "INDIVIDUAL"), (bayu, "ACCEPTED", "INDIVIDUAL"),
                               (me, "NEEDS-ACTION", "INDIVIDUAL")],
                    tzid=JKT, location=zoom1, description=desc1)
    add("j2a", dewi, [me], "2026-03-24 10:05",
        gcal_text("Tanamera x Rachel Ong (Bayu)",
                  "Thursday 2 Apr 2026 \u22c5 10am \u2013 10:45am (Western Indonesia Time - Jakarta)",
                  "Join Zoom Meeting\n" + zoom1,
                  ["Dewi Lestari - organiser", "Bayu Prasetyo", "rachel.ong@example.sg"],
                  desc1, me.email),
        subject="Invitation: Tanamera x Rachel Ong (Bayu) @ Thu 2 Apr 2026 10am - 10:45am (WIB) "
                "(rachel.ong@example.sg)", ics=ics1, headers=GCAL)
    case.thread("j2a", True, "interview", "Tanamera Digital",
                "Google Calendar invite from the CMO's EA: Zoom with Bayu Thu 2 Apr 10:00-10:45 "
                "WIB (11:00 SGT); Bayu thanked in a new thread that afternoon; Dewi arranged it "
                "and did not attend")
    case.meeting("j2a", T("2026-04-02 10:00", JKT), T("2026-04-02 10:45", JKT),
                 met=[bayu.email], thanks={bayu.email: "j3a"}, what="round 1 with Bayu")

    # ==================================================================================
    # J3  Thank-you to Bayu (new thread), later one note to Bayu and Andreas
    # ==================================================================================
    add("j3a", me, [bayu], "2026-04-02 17:20", """Dear Bayu,

Thank you for taking the time to speak with me this morning. I enjoyed hearing how Tanamera Pay is thinking about its next ten million users outside Java, and your point about earning trust before chasing frequency has stayed with me all afternoon.

I am very keen on the role and look forward to the next steps with Mandy.

Warm regards,""", subject="Thank you \u2013 our conversation today")
    add("j3b", bayu, [me], "2026-04-02 18:45", """Terima kasih, Rachel - likewise, I enjoyed it. Mandy will share the next steps.

BP

Sent from my iPhone""", parent="j3a")
    add("j3c", me, [bayu], "2026-04-14 19:05", """Dear Bayu and Andreas,

Thank you both for your time this afternoon, and for such a lively Q&A. Two thoughts that came after the session:

- On remittance users: a referral mechanic through the existing senders could bring in their Singaporean employers' households at close to zero CAC.
- On Malaysia: the test cells could start with Penang before the Klang Valley, where media costs are half.

Ratna asked for the deck, so I have sent her the PDF separately.

Best regards,""", parent="j3b", cc=[andreas])
    add("j3d", andreas, [me], "2026-04-14 20:30", """Thanks Rachel. Good session - the retention piece was sharp. We'll come back to you via Mandy.

AH""", parent="j3c")
    case.thread("j3a", True, "interview", "Tanamera Digital",
                "Rachel's own thread: thanks Bayu on 2 Apr after round 1; on Tue 14 Apr 19:05 one "
                "note thanks Bayu and Andreas (cc) for the panel; Ratna not addressed")

    # ==================================================================================
    # J4  Case brief from Ratna; after the panel Rachel sends the deck, with no thanks
    # ==================================================================================
    brief = make_pdf(["Tanamera Digital - Session 2 case brief (confidential)",
                      "Tanamera Pay: 1.2M monthly actives in SG and MY, mostly remittance senders",
                      "Question: how do we grow beyond this base in FY27 on a flat budget?",
                      "Format: 20 minutes presentation, then Q&A with the panel",
                      "Out of scope: pricing and fees"])
    deck = make_pdf(["Tanamera Pay FY27: beyond remittance - Rachel Ong",
                     "1. Where the next users are  2. Retention before reach",
                     "3. Malaysia test plan (Penang first)  4. Channel split (appendix)"])
    add("j4a", ratna, [me], "2026-04-06 16:00", """Hi Rachel,

Ratna here, I lead Growth at Tanamera. Mandy said you'd be expecting this - attached is the case brief for Session 2.

In short: Tanamera Pay has 1.2M monthly actives in Singapore and Malaysia, mostly Indonesian workers sending money home. We'd like your view on how to grow beyond that base in FY27 on a flat budget. Please prepare about 20 minutes, followed by Q&A with Bayu and me; Andreas (our CEO) will try to join for the end.

No need to send slides in advance, but a PDF afterwards would be great for those who can't make it.

Cheers,""", subject="Tanamera \u2013 case study brief (Head of Marketing)",
        attachments=[("Tanamera_Session2_Brief.pdf", "application/pdf", brief)])
    add("j4b", me, [ratna], "2026-04-06 18:10", """Hi Ratna,

Noted with thanks. One quick question: should I treat the fee structure as fixed, or is pricing in scope?

Regards,""", parent="j4a")
    add("j4c", ratna, [me], "2026-04-07 09:30", """Pricing is out of scope, assume fees stay as they are. Budget flat vs FY26 - we can share the actual number on the day.

RW""", parent="j4b", sig=False)
    add("j4d", me, [ratna], "2026-04-14 18:10", """Hi Ratna,

As requested, attached is the PDF of today's deck, including the appendix on channel split and the Malaysia test plan.

Best regards,""", parent="j4c",
        attachments=[("Tanamera_Session2_RachelOng.pdf", "application/pdf", deck)])
    case.thread("j4a", True, "interview", "Tanamera Digital",
                "case brief from Ratna (VP Growth, on the panel); 'noted with thanks' before the "
                "panel; after the panel Rachel only sends the deck PDF, with no thanks")

    # ==================================================================================
    # J5  Tanamera panel (case-study presentation): Google invite, then guest added
    # ==================================================================================
    zoom2 = "https://tanamera.zoom.us/j/89930271146?pwd=R0xwTjVhb3dYS2ZwUmVpV1NxTTNjUT09"
    desc2 = ("Session 2 - case presentation by Rachel Ong (20 min) followed by Q&A.\n"
             "Panel: Bayu Prasetyo (CMO) and Ratna Wijaya (VP Growth).\n"
             "Andreas Halim (CEO) will join for the final 30 minutes.\n\n"
             "Zoom: %s\nMeeting ID: 899 3027 1146  Passcode: 730551\n\n"
             "Arranged by Dewi Lestari (EA to CMO) - Dewi will not be on the call." % zoom2)
    att2 = [(dewi, "ACCEPTED", "INDIVIDUAL"), (bayu, "ACCEPTED", "INDIVIDUAL"),
            (ratna, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")]
    ics2 = make_ics(method="REQUEST", uid=uid_google("tanamera-panel"),
                    stamp=T("2026-04-07 11:20", JKT),
                    start=T("2026-04-14 14:00", JKT), end=T("2026-04-14 15:30", JKT),
                    summary="Tanamera \u2013 Session 2 (Rachel Ong)", organizer=dewi,
                    attendees=att2, tzid=JKT, location=zoom2, description=desc2)
    title2 = "Tanamera \u2013 Session 2 (Rachel Ong)"
    when2 = "Tuesday 14 Apr 2026 \u22c5 2pm \u2013 3:30pm (Western Indonesia Time - Jakarta)"
    add("j5a", dewi, [me], "2026-04-07 11:20",
        gcal_text(title2, when2, "Join Zoom Meeting\n" + zoom2,
                  ["Dewi Lestari - organiser", "Bayu Prasetyo", "Ratna Wijaya",
                   "rachel.ong@example.sg"], desc2, me.email),
        subject="Invitation: %s @ Tue 14 Apr 2026 2pm - 3:30pm (WIB) (rachel.ong@example.sg)"
                % title2, ics=ics2, headers=GCAL)
    ics2b = make_ics(method="REQUEST", uid=uid_google("tanamera-panel"),
                     stamp=T("2026-04-08 09:10", JKT),
                     start=T("2026-04-14 14:00", JKT), end=T("2026-04-14 15:30", JKT),
                     summary=title2, organizer=dewi,
                     attendees=att2[:3] + [(andreas, "ACCEPTED", "INDIVIDUAL")] + att2[3:],
                     tzid=JKT, location=zoom2, description=desc2, sequence=1)
    add("j5b", dewi, [me], "2026-04-08 09:10",
        "This event has been updated\nChanged: guests (added Andreas Halim)\n\n" +
        gcal_text(title2, when2, "Join Zoom Meeting\n" + zoom2,
                  ["Dewi Lestari - organiser", "Bayu Prasetyo", "Ratna Wijaya", "Andreas Halim",
                   "rachel.ong@example.sg"], desc2, me.email),
        subject="Updated invitation: %s @ Tue 14 Apr 2026 2pm - 3:30pm (WIB) "
                "(rachel.ong@example.sg)" % title2, parent="j5a", quote=False, ics=ics2b,
        headers=GCAL)
    case.thread("j5a", True, "interview", "Tanamera Digital",
                "case-study presentation to a panel, Tue 14 Apr 14:00-15:30 WIB (15:00-16:30 SGT); "
                "Bayu and Andreas thanked by one note in the thank-you thread; Ratna got only "
                "the deck; EA Dewi organised and did not attend")
    case.meeting("j5a", T("2026-04-14 14:00", JKT), T("2026-04-14 15:30", JKT),
                 met=[bayu.email, ratna.email, andreas.email],
                 thanks={bayu.email: "j3c", andreas.email: "j3c"}, what="panel")
    case.expect("thank_you", "j5a", ratna.email,
                "Ratna sat on the Tue 14 Apr panel (ICS attendee, named in the description); "
                "the group thank-you went to Bayu and Andreas only, and her deck email has no "
                "thanks; overdue since Wed 15 Apr 16:30 SGT")
    case.forbid("j5a", bayu.email,
                "thanked for the panel by the note of Tue 14 Apr 19:05 (in the older thank-you "
                "thread, with Andreas in cc)")
    case.forbid("j5a", andreas.email,
                "joined the last 30 minutes; thanked by the same note (cc) on Tue 14 Apr 19:05")
    case.forbid("j5a", dewi.email,
                "the CMO's EA: organiser of the invite, says she will not be on the call")

    # ==================================================================================
    # J6  Vincent Goh, independent headhunter writing from Gmail (Sunhaven Beverages)
    # ==================================================================================
    add("j6a", vincent, [me], "2026-03-18 22:10", """Hi Rachel,

Hope you don't mind me emailing out of the blue. Got your email from Shermaine Koh, we go way back from our P&G days. She speaks very highly of you and mentioned you might be open to a move.

I'm working on something in the beverage space that I think could fit you quite well. Could we grab a coffee on Monday (23/3)? 8.30am at Common Man on Robinson Road? Near both our offices I think.

Cheers
Vincent

Sent from my iPhone""", subject="Intro via Shermaine \u2013 coffee Monday?", sig=False)
    add("j6b", me, [vincent], "2026-03-19 07:45", """Hi Vincent,

Thanks for reaching out - Shermaine did mention you. Monday 8.30 at Common Man works for me. See you there!""", parent="j6a")
    add("j6c", me, [vincent], "2026-03-23 12:30", """Hi Vincent,

Thank you for the coffee this morning and for the frank read on the market. As promised, my CV is attached. Keen to hear more about the beverage role whenever you're able to share the name.

Regards,""", parent="j6b", attachments=[("Rachel_Ong_CV_2026.pdf", "application/pdf", cv)])
    add("j6d", vincent, [me], "2026-03-30 10:15", """Hi Rachel

Ok can share now: client is Sunhaven Beverages. Role is Head of Marketing SEA, reporting to Tan Wei Ming (Regional MD, based here in SG). Global brand team sits in London so the first conversation will be with Fiona Blackwood, Global Brand Director. Li Ting from their TA team will send you a Teams invite for next week, UK morning = our afternoon.

Ok to proceed? Kindly confirm.

Thks""", parent="j6c")
    add("j6e", me, [vincent], "2026-03-30 12:40", """Yes please proceed, Vincent. Sunhaven is a brand I've admired for a long time.

Rachel

Sent from my iPhone""", parent="j6d", sig=False)
    add("j6f", vincent, [me], "2026-04-10 09:20", """Morning Rachel, how did it go with Fiona yesterday? Li Ting says Fiona will share her feedback with Wei Ming. Will let you know once I hear anything.

V""", parent="j6e", sig=False)
    add("j6g", me, [vincent], "2026-04-10 12:15", """Hi Vincent,

I think it went well! Fiona was very sharp on premiumisation and we spent a good 15 minutes on Vietnam. Thanks for the heads-up on her style, it helped.

Rachel""", parent="j6f", sig=False)
    add("j6h", vincent, [me], "2026-04-21 19:30", """Rachel, Li Ting told me they moved you up to today with Wei Ming. How was it?? I'll chase them for feedback and revert once I hear something.

Sent from my iPhone""", parent="j6g", sig=False)
    case.thread("j6a", True, "recruiter", "Sunhaven Beverages",
                "independent headhunter on Gmail: 'Shermaine says good things, coffee Monday?'; "
                "coffee Mon 23 Mar 08:30 thanked that noon; introduces Sunhaven; his 'revert "
                "once I hear something' has no date")
    case.meeting("j6a", T("2026-03-23 08:30"), None, met=[vincent.email],
                 thanks={vincent.email: "j6c"}, what="coffee with Vincent")
    case.forbid("j6a", vincent.email,
                "the headhunter (gmail.com): coffee of Mon 23 Mar thanked the same day; his "
                "latest 'I'll chase them and revert once I hear' names no day")

    # ==================================================================================
    # J7  Sunhaven: Teams call with Fiona Blackwood in London (Outlook, GMT Standard Time)
    # ==================================================================================
    ics7 = make_ics(method="REQUEST", uid=uid_outlook("sunhaven-fiona"),
                    stamp=T("2026-04-01 14:30"),
                    start=T("2026-04-09 09:00", LDN), end=T("2026-04-09 10:00", LDN),
                    summary="Sunhaven | Head of Marketing, SEA \u2013 conversation with Fiona "
                            "Blackwood", organizer=liting,
                    attendees=[(fiona, "ACCEPTED", "INDIVIDUAL"),
                               (me, "NEEDS-ACTION", "INDIVIDUAL")],
                    tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                    description="Interviewer: Fiona Blackwood, Global Brand Director. "
                                "Coordinated by Chong Li Ting (TA) - not joining.",
                    prodid="Microsoft Exchange Server 2010",
                    extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"])
    add("j7a", liting, [me], "2026-04-01 14:30", """Dear Rachel,

Further to Vincent's note, please find below the Microsoft Teams invitation for your conversation with Fiona Blackwood, our Global Brand Director, who is based in London.

Date: Thursday, 9 April 2026
Time: 9:00-10:00am UK time (4:00-5:00pm SGT)
Interviewer: Fiona Blackwood, Global Brand Director (fiona.blackwood@sunhavenbev.com)

I will not be joining the call, but please feel free to reach out to me should anything come up.

Kind regards,""" + "\n\n" + liting.sig + "\n" + teams_block("sunhaven-fiona"),
        subject="Sunhaven | Head of Marketing, SEA \u2013 conversation with Fiona Blackwood",
        ics=ics7, ics_mode="outlook", sig=False)
    add("j7b", me, [liting], "2026-04-09 17:45", """Hi Li Ting,

Thank you for arranging today's call with Fiona. It was a really good conversation, and I enjoyed hearing about the global plans for Sunhaven Lime.

Looking forward to hearing about the next steps.

Regards,""", parent="j7a")
    add("j7c", liting, [me], "2026-04-10 11:05", """Dear Rachel,

Thank you for your kind note. Fiona will share her feedback with Wei Ming and we will confirm the next steps with you by Tuesday, 14 April.

Kind regards,""", parent="j7b")
    case.thread("j7a", True, "interview", "Sunhaven Beverages",
                "Outlook/Teams invite in GMT Standard Time: Fiona (London) Thu 9 Apr 09:00-10:00 "
                "BST = 16:00-17:00 SGT; Rachel thanked only the coordinator Li Ting; Li Ting's "
                "'by Tuesday, 14 April' kept on Mon 13 Apr")
    case.meeting("j7a", T("2026-04-09 09:00", LDN), T("2026-04-09 10:00", LDN),
                 met=[fiona.email], what="Fiona Blackwood, Teams")
    case.promise("j7a", "j7c", liting.email, "2026-04-14", answered_by="j8a")
    case.expect("thank_you", "j7a", fiona.email,
                "Teams call Thu 9 Apr 09:00-10:00 London (16:00-17:00 SGT) took place; the only "
                "thanks went to the coordinator Li Ting; overdue since Fri 10 Apr 17:00 SGT, "
                "stale only from Thu 23 Apr 19:00")

    # ==================================================================================
    # J8  Sunhaven: in person with Tan Wei Ming, brought forward from Wed 22/4 to Tue 21/4
    # ==================================================================================
    loc8 = "SG-MO-L12-Merlion (8 pax); Sunhaven Beverages, Marina One West Tower, Level 12"
    subj8 = "Sunhaven | Rachel Ong / Tan Wei Ming \u2013 Head of Marketing, SEA"
    ics8 = make_ics(method="REQUEST", uid=uid_outlook("sunhaven-weiming"),
                    stamp=T("2026-04-13 16:40"),
                    start=T("2026-04-22 15:00"), end=T("2026-04-22 16:00"),
                    summary=subj8, organizer=liting,
                    attendees=[(weiming, "ACCEPTED", "INDIVIDUAL"),
                               (me, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")],
                    tzid="Singapore Standard Time", location=loc8,
                    prodid="Microsoft Exchange Server 2010")
    add("j8a", liting, [me], "2026-04-13 16:40", """Dear Rachel,

I am pleased to let you know that Wei Ming would like to meet you in person for the next round. Please find the invitation for Wednesday, 22 April 2026, 3:00-4:00pm at our office:

Sunhaven Beverages, Marina One West Tower, Level 12
(please register with the lobby concierge; our receptionist will bring you up)

You will be meeting Tan Wei Ming, Regional Managing Director, SEA.

Kind regards,""", subject=subj8, ics=ics8, ics_mode="outlook")
    add("j8b", liting, [me], "2026-04-17 10:05", """Dear Rachel,

Apologies for the short notice - Wei Ming now has to fly to Manila on Wednesday morning. Would you be able to come in one day earlier, on Tuesday 21/4, at the same time (3pm SGT)?

Kindly revert at your earliest convenience.

Kind regards,""", parent="j8a")
    add("j8c", me, [liting], "2026-04-17 10:31", """Tuesday works.

Sent from my iPhone""", parent="j8b", sig=False)
    ics8b = make_ics(method="REQUEST", uid=uid_outlook("sunhaven-weiming"),
                     stamp=T("2026-04-17 11:02"),
                     start=T("2026-04-21 15:00"), end=T("2026-04-21 16:00"),
                     summary=subj8, organizer=liting,
                     attendees=[(weiming, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")],
                     tzid="Singapore Standard Time", location=loc8, sequence=1,
                     prodid="Microsoft Exchange Server 2010")
    add("j8d", liting, [me], "2026-04-17 11:02", """Dear Rachel,

Thank you for accommodating. I have updated the invitation to Tuesday, 21 April 2026, 3:00-4:00pm. Same venue.

Kind regards,""", subject=subj8, parent="j8c", quote=False, ics=ics8b, ics_mode="outlook")
    case.thread("j8a", True, "interview", "Sunhaven Beverages",
                "in person with Tan Wei Ming at Sunhaven's office, invited for Wed 22 Apr 15:00, "
                "brought forward to Tue 21 Apr 15:00-16:00 ('Tuesday works', updated invite "
                "SEQUENCE 1, meeting room as CUTYPE=ROOM); held; not thanked")
    case.meeting("j8a", T("2026-04-22 15:00"), T("2026-04-22 16:00"), status="moved",
                 what="original slot, moved earlier")
    case.meeting("j8a", T("2026-04-21 15:00"), T("2026-04-21 16:00"), met=[weiming.email],
                 what="Wei Ming in person")
    case.expect("thank_you", "j8a", weiming.email,
                "interview brought forward from Wed 22 Apr to Tue 21 Apr 15:00-16:00 and held; "
                "no note since; draft due from 18:00 on Tue 21 Apr (overdue only at 16:00 on the "
                "22nd); reading the original date would wrongly think it still ahead")
    case.forbid("j8a", liting.email,
                "TA coordinator who arranged and moved the interview; she was not in it")
    case.forbid("j8a", room[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")

    # ==================================================================================
    # J9-J11  Mareva Group: Workday acknowledgement, TA partner, Workday confirmation
    # ==================================================================================
    ack9 = """Dear Rachel,

Thank you for your interest in Mareva Group. We have received your application for the position of Head of Marketing, Southeast Asia (JR-04417).

Our Talent Acquisition team will carefully review your profile against the requirements of the role. If your experience is a match, a member of our team will contact you to discuss next steps. You can track the status of your application at any time in the Mareva Group Careers portal.

Thank you again for considering Mareva Group as your next career move.

Mareva Group Talent Acquisition

This is a system-generated email. Please do not reply to this message."""
    add("j9a", workday, [me], "2026-03-12 14:22", ack9,
        subject="Thank you for applying to Mareva Group \u2013 Head of Marketing, Southeast Asia "
                "(JR-04417)", html=html_of(ack9), html_only=True, headers=AUTO)
    case.thread("j9a", True, "application", "Mareva Group",
                "Workday acknowledgement (HTML only, automated sender)")

    add("j10a", siewling, [me], "2026-03-20 11:15", """Dear Rachel,

Thank you for your application for the above role. I am Siew Ling from Mareva Group's Talent Acquisition team.

I would like to arrange a short 15-minute phone conversation to understand your background and share more about the role. Would either of the following slots work for you?

- Tue 24/3, 10:00am
- Wed 25/3, 3:00pm

Kindly revert with your preferred slot and best contact number.

Thank you.""", subject="Mareva Group \u2013 Head of Marketing, Southeast Asia (JR-04417)")
    add("j10b", me, [siewling], "2026-03-20 13:02", """Dear Siew Ling,

Noted with thanks. Tue 24/3 at 10am works well; you can reach me at +65 9176 2284.

Best regards,""", parent="j10a")
    add("j10c", me, [siewling], "2026-03-24 10:40", """Dear Siew Ling,

Thank you for the call this morning, and for the helpful overview of the role and how the regional team is set up. I am very interested in how Mareva is building its regional brands and hope to take the conversation further.

Best regards,""", parent="j10b")
    add("j10d", siewling, [me], "2026-03-25 16:50", """Dear Rachel,

Thank you for your time yesterday. I am pleased to share that we would like to invite you to a Teams interview with Daniel Hughes, our Regional Marketing Director (ANZ & SEA), who is based in our Sydney office.

You will receive a confirmation from Workday with the date and joining details once Daniel's calendar is confirmed; he is travelling for the next two weeks.

Thank you.""", parent="j10c")
    add("j10e", siewling, [me], "2026-04-13 15:20", """Dear Rachel,

Daniel mentioned that he enjoyed speaking with you this morning. We are completing the remaining interviews this week and aim to let every candidate know the outcome by Friday, 17 April.

Thank you for your patience.""", parent="j10d")
    add("j10f", siewling, [me], "2026-04-16 17:40", """Dear Rachel,

Thank you for the time you have invested with us over the past few weeks. After careful consideration, we have decided to proceed with another candidate whose experience is more closely aligned with the current needs of the role, particularly in the ANZ market.

This was not an easy decision, and Daniel asked me to pass on that he valued your perspective on the Vietnam business. With your permission, we would like to keep your profile on file for future regional openings.

Wishing you every success.""", parent="j10e")
    add("j10g", me, [siewling], "2026-04-16 21:05", """Dear Siew Ling,

Thank you for letting me know, and for keeping me updated throughout. I'm naturally disappointed but appreciate the transparency. Yes, please do keep my profile on file.

Best regards,""", parent="j10f")
    case.thread("j10a", True, "rejection", "Mareva Group",
                "TA partner: 15-min phone chat Tue 24 Mar 10:00 thanked; 'aim to let every "
                "candidate know by Friday, 17 April'; gentle rejection Thu 16 Apr, thanked")
    case.meeting("j10a", T("2026-03-24 10:00"), T("2026-03-24 10:15"), met=[siewling.email],
                 thanks={siewling.email: "j10c"}, what="phone chat with Siew Ling")
    case.promise("j10a", "j10e", siewling.email, "2026-04-17", ended_by="j10f")
    case.forbid("j10a", siewling.email,
                "her 'let every candidate know by Friday, 17 April' was ended by the rejection "
                "of Thu 16 Apr; she was not at the Sydney interview; her phone chat was thanked")

    conf11 = """Hello Rachel,

Your interview has been scheduled. Please find the details below.

Job Requisition: JR-04417 Head of Marketing, Southeast Asia
Date: Monday, 04/13/2026
Time: 11:00 AM - 12:00 PM (GMT+10:00) Australia/Sydney
Format: Microsoft Teams
Interviewer(s): Daniel Hughes, Regional Marketing Director, ANZ & SEA (daniel.hughes@marevagroup.com)

Join Microsoft Teams Meeting:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3MDFiNmQtYjI4Ni00%40thread.v2/0
Meeting ID: 291 448 017 352  Passcode: 4bQx9T

If you need to reschedule, please contact your recruiter, Lim Siew Ling.

This is an automated message from Mareva Group's recruiting system. Please do not reply."""
    add("j11a", workday, [me], "2026-04-06 09:03", conf11,
        subject="Interview Scheduled: Head of Marketing, Southeast Asia (JR-04417)",
        html=html_of(conf11), html_only=True, headers=AUTO)
    case.thread("j11a", True, "interview", "Mareva Group",
                "Workday confirmation, no ICS, month-first date 04/13/2026, 11:00-12:00 Sydney "
                "(AEST, +10 after 5 Apr) = 09:00-10:00 SGT; interviewer named with address in "
                "the text; rejected on 16 Apr; Daniel never thanked")
    case.meeting("j11a", T("2026-04-13 11:00", SYD), T("2026-04-13 12:00", SYD),
                 met=["daniel.hughes@marevagroup.com"], what="Daniel Hughes, Teams")
    case.expect("thank_you", "j11a", "daniel.hughes@marevagroup.com",
                "Teams interview Mon 13 Apr 11:00-12:00 AEST (09:00-10:00 SGT) took place; the "
                "rejection of 16 Apr ends callbacks but not the thank-you owed; overdue since "
                "Tue 14 Apr 10:00 SGT")
    case.forbid("j11a", workday.email, "Workday: automated ATS sender")

    # ==================================================================================
    # J12-J13  Verdant Home Asia: HRBP + Head of Commercial; promise 'by EOD Friday 10/4'
    # ==================================================================================
    add("j12a", nurul, [me], "2026-03-26 15:10", """Dear Rachel,

Thank you for your interest in the Head of Marketing (SEA) position with Verdant Home Asia.

This email confirms your video interview with Mr Ravi Shankar, Head of Commercial (ravi.shankar@verdanthome.com), and me on Tuesday, 31/3 from 2:00pm to 3:00pm SGT via Microsoft Teams. I will open with a few questions on your background before handing over to Ravi.

Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZmYxOTQtZGE2%40thread.v2/0
Meeting ID: 328 771 905 442  Passcode: Vh3Q9s

Kindly acknowledge receipt of this email.

Thank you and regards,""",
        subject="Verdant Home Asia \u2013 Head of Marketing (SEA): video interview on 31/3")
    add("j12b", me, [nurul], "2026-03-26 16:02", """Dear Nurul,

Well received, noted with thanks. Looking forward to speaking with you and Ravi on Tuesday.

Best regards,""", parent="j12a")
    add("j12c", me, [nurul], "2026-03-31 16:30", """Dear Nurul,

Thank you for your time this afternoon, and for opening the conversation so warmly. I came away even more excited about what Verdant is doing with refills in Malaysia and Thailand.

Best regards,""", parent="j12b")
    add("j12d", nurul, [me], "2026-04-01 10:15", """Dear Rachel,

Thank you for your kind note. For your information, our hiring committee will meet on Thursday, 9/4, after which a decision will be made on the shortlist. I will update you by EOD Friday, 10/4.

Thank you and regards,""", parent="j12c")
    case.thread("j12a", True, "interview", "Verdant Home Asia",
                "'This email confirms your video interview with Mr Ravi Shankar and me' Tue 31 Mar "
                "14:00-15:00 (organiser runs part of it); Nurul thanked here, Ravi in a new "
                "thread; committee Thu 9/4, 'I will update you by EOD Friday, 10/4'; silence since")
    case.meeting("j12a", T("2026-03-31 14:00"), T("2026-03-31 15:00"),
                 met=[nurul.email, ravi.email],
                 thanks={nurul.email: "j12c", ravi.email: "j13a"}, what="Verdant video interview")
    case.promise("j12a", "j12d", nurul.email, "2026-04-10")
    case.expect("callback", "j12a", nurul.email,
                "'I will update you by EOD Friday, 10/4' after the committee of Thu 9/4; nothing "
                "from Verdant since; due end of Tue 14 Apr, stale only from Wed 29 Apr",
                promised="2026-04-10")

    add("j13a", me, [ravi], "2026-03-31 16:45", """Dear Ravi,

Thank you for your time this afternoon. I enjoyed our discussion on balancing modern trade and e-commerce margins, and the refill pilot in Selangor sounds like a brilliant test bed.

I would welcome the chance to contribute to Verdant's next phase in the region.

Best regards,""", subject="Thank you \u2013 Head of Marketing (SEA) conversation")
    add("j13b", ravi, [me], "2026-04-01 08:50", """Dear Rachel,

Thanks for your note, it was a pleasure. Nurul will keep you posted on next steps.

Rgds,
Ravi""", parent="j13a")
    case.thread("j13a", True, "interview", "Verdant Home Asia",
                "Rachel thanks Ravi in a new thread on 31 Mar; his reply (1 Apr 08:50) came "
                "before Nurul's promise and names no date")
    case.forbid("j13a", ravi.email,
                "interviewer thanked in this thread on Tue 31 Mar; the 'by EOD Friday, 10/4' "
                "promise was Nurul's, in her own thread, so the chaser goes to her alone")

    # ==================================================================================
    # J14  Pandan Mobile: referral; 'Kenneth will come back within the next couple of weeks'
    # ==================================================================================
    add("j14a", darren, [me], "2026-03-24 20:40", """Hi Hui Ling, Rachel,

As discussed, connecting you both. Hui Ling - Rachel was my manager at Kestrel, brilliant brand builder and very hands-on with performance marketing; I think she'd be a great fit for the Head of Brand Marketing role. Rachel - Hui Ling runs TA for our marketing roles and will take it from here.

Cheers,
Darren""", subject="Intro: Rachel Ong <> Pandan Mobile (Head of Brand Marketing)", cc=[huiling])
    add("j14b", me, [huiling], "2026-03-25 08:30", """Thanks Darren for the kind intro (moving you to bcc)!

Hi Hui Ling, nice to e-meet you. My CV is attached; happy to share more on my consumer-tech experience whenever convenient.

Best regards,""", parent="j14a", bcc=[darren],
        attachments=[("Rachel_Ong_CV_2026.pdf", "application/pdf", cv)])
    add("j14c", huiling, [me], "2026-03-26 11:10", """Hi Rachel,

Thank you, well received! I've shared your CV with Kenneth Yeo, our CMO, and will be in touch.

Best,""", parent="j14b")
    add("j14d", huiling, [me], "2026-04-01 14:20", """Hi Rachel,

A quick update: Kenneth asked me to let you know that he is reviewing the shortlist with our CEO and will come back to you within the next couple of weeks. Thank you for your patience!

Best,""", parent="j14c")
    add("j14e", me, [huiling], "2026-04-01 15:02", """Hi Hui Ling,

Noted with thanks. Looking forward to hearing from Kenneth.

Best regards,""", parent="j14d")
    case.thread("j14a", True, "application", "Pandan Mobile",
                "referral by ex-colleague Darren; on Wed 1 Apr Hui Ling relays that the CMO "
                "'will come back to you within the next couple of weeks' (to Wed 15 Apr); "
                "nothing from Pandan since")
    case.promise("j14a", "j14d", huiling.email, "2026-04-15")
    case.expect("callback", "j14a", huiling.email,
                "third-party promise relayed by Hui Ling on Wed 1 Apr, 'within the next couple "
                "of weeks' = by Wed 15 Apr; Kenneth's address never appears, so the chaser goes "
                "to Hui Ling; due end of Fri 17 Apr", promised="2026-04-15")
    case.forbid("j14a", darren.email,
                "the referrer (Pandan employee): made no promise, not met, thanked in Rachel's "
                "reply")

    # ==================================================================================
    # J15  Hollis & Rowe (London founder): 'catch-up call', 8am London time
    # ==================================================================================
    add("j15a", harriet, [me], "2026-03-30 09:12", """Hi Rachel,

Tom Whitaker passed on your details - I hope that's all right. I'm one of the two founders of Hollis & Rowe (skincare made for hot, humid climates, though funnily enough we mostly sell in the UK so far). We're setting up a small hub in Singapore this year and I'm keen to talk to people who really know the region's consumers.

Would you be up for a catch-up call? Tuesday 7 April at 8am London time would suit me - I think that's 3pm for you. 45 minutes on Zoom, nothing formal.

Best,
Harriet""", subject="Hollis & Rowe \u2013 SEA hub, and a catch-up call?", sig=False)
    add("j15b", me, [harriet], "2026-03-30 17:40", """Hi Harriet,

Thank you for getting in touch, and lovely to hear from a friend of Tom's. Tue 7/4 at 8am BST / 3pm SGT works for me.

Best regards,""", parent="j15a")
    add("j15c", harriet, [me], "2026-03-31 08:05", """Perfect. Zoom: https://us06web.zoom.us/j/84412093771?pwd=aG9sbGlzcm93ZTIwMjY

Talk then!
H""", parent="j15b", sig=False)
    add("j15d", me, [harriet], "2026-04-07 19:20", """Hi Harriet,

Thank you for the call this afternoon. I really enjoyed hearing how you built the brand from a market stall in Hackney, and I'd love to help work out how it travels to Bangkok and Manila humidity.

Best regards,""", parent="j15c")
    add("j15e", harriet, [me], "2026-04-08 08:40", """Hi Rachel,

Likewise - really useful, and I've shared your thoughts on Lazada vs TikTok Shop with Ed. Our board meets on 16 April and we'll settle the hub plan and the role then; I'll be in touch the week after.

H

Sent from my iPhone""", parent="j15d", sig=False)
    case.thread("j15a", True, "networking", "Hollis & Rowe",
                "London founder's 'catch-up call' Tue 7 Apr 08:00-08:45 BST (15:00 SGT), thanked "
                "that evening; 'board meets on 16 April ... in touch the week after' (to Fri 24 Apr)")
    case.meeting("j15a", T("2026-04-07 08:00", LDN), T("2026-04-07 08:45", LDN),
                 met=[harriet.email], thanks={harriet.email: "j15d"}, what="Harriet call")
    case.promise("j15a", "j15e", harriet.email, "2026-04-24")
    case.forbid("j15a", harriet.email,
                "call thanked in the thread the same evening; 'in touch the week after' the "
                "16 April board runs to Fri 24 Apr, still open")

    # ==================================================================================
    # J16-J17  Sorrel: Greenhouse acknowledgement; slots offered; VP no-show, moved to 24/4
    # ==================================================================================
    gh = """Hi Rachel,

Thanks for applying for the Head of Marketing, Consumer role at Sorrel! We've received your application and our team will review it shortly.

If your experience looks like a fit, someone from our People team will be in touch. In the meantime, you can learn more about life at Sorrel at sorrel.com.sg/careers.

Best,
The Sorrel Hiring Team

Powered by Greenhouse"""
    add("j16a", greenhouse, [me], "2026-03-19 09:47", gh,
        subject="Thank you for applying to Sorrel", html=html_of(gh), headers=AUTO)
    case.thread("j16a", True, "application", "Sorrel",
                "Greenhouse acknowledgement from a no-reply sender")

    add("j17a", hazel, [me], "2026-04-08 10:30", """Hi Rachel,

Thank you for applying to Sorrel! I'm Hazel from the People team. We'd love for you to meet Arjun Mehta, our VP Marketing, for a 45-minute video interview. Could you let me know which of these works (all SGT)?

1. Wed 15/4, 4:00pm
2. Thu 16/4, 11:00am
3. Fri 17/4, 2:30pm

Thanks!""", subject="Sorrel \u2013 Head of Marketing, Consumer | video interview with Arjun Mehta")
    add("j17b", me, [hazel], "2026-04-08 13:10", """Hi Hazel,

Thank you - option 2, Thu 16/4 at 11am, works best for me.

Best regards,""", parent="j17a")
    subj17 = "Sorrel | Rachel Ong x Arjun Mehta (Head of Marketing, Consumer)"
    ics17 = make_ics(method="REQUEST", uid=uid_outlook("sorrel-arjun"),
                     stamp=T("2026-04-08 14:02"),
                     start=T("2026-04-16 11:00"), end=T("2026-04-16 11:45"),
                     summary=subj17, organizer=hazel,
                     attendees=[(arjun, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                     prodid="Microsoft Exchange Server 2010")
    add("j17c", hazel, [me], "2026-04-08 14:02", """Hi Rachel,

Invite below for Thu 16/4, 11:00-11:45am SGT with Arjun. Speak soon!

Hazel""" + "\n" + teams_block("sorrel-arjun"), subject=subj17, parent="j17b", quote=False,
        ics=ics17, ics_mode="outlook", sig=False)
    add("j17d", me, [hazel], "2026-04-16 11:12", """Hi Hazel, I'm in the Teams meeting now but Arjun hasn't joined yet. Just checking everything is ok? I'll stay on for a bit.

Rachel

Sent from my iPhone""", parent="j17c", sig=False)
    add("j17e", hazel, [me], "2026-04-16 11:31", """Hi Rachel,

So sorry about this! Arjun's flight back from Bangalore was delayed and he's still in the air - I should have caught it earlier. Could we move to Fri 24/4, same time (11am SGT)? I'll send you a fresh invite by tomorrow.

Apologies again!""", parent="j17d")
    add("j17f", me, [hazel], "2026-04-16 11:40", """No problem at all, these things happen. Fri 24/4 at 11am works.

Rachel""", parent="j17e", sig=False)
    ics17b = make_ics(method="REQUEST", uid=uid_outlook("sorrel-arjun"),
                      stamp=T("2026-04-17 09:20"),
                      start=T("2026-04-24 11:00"), end=T("2026-04-24 11:45"),
                      summary=subj17, organizer=hazel,
                      attendees=[(arjun, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                      sequence=1, prodid="Microsoft Exchange Server 2010")
    add("j17g", hazel, [me], "2026-04-17 09:20", """Hi Rachel,

Here's the new invite for Fri 24/4, 11:00-11:45am. Arjun sends his apologies!

Hazel""" + "\n" + teams_block("sorrel-arjun-2"), subject=subj17, parent="j17f", quote=False,
        ics=ics17b, ics_mode="outlook", sig=False)
    case.thread("j17a", True, "interview", "Sorrel",
                "three slots offered, Thu 16/4 11:00 picked; Arjun never joined (delayed flight); "
                "moved to Fri 24 Apr 11:00-11:45, still ahead; Hazel's 'fresh invite by "
                "tomorrow' kept on 17 Apr")
    case.meeting("j17a", T("2026-04-16 11:00"), T("2026-04-16 11:45"), status="noshow",
                 what="Arjun did not join")
    case.meeting("j17a", T("2026-04-24 11:00"), T("2026-04-24 11:45"), status="scheduled",
                 what="rescheduled interview")
    case.promise("j17a", "j17e", hazel.email, "2026-04-17", answered_by="j17g")
    case.forbid("j17a", arjun[1],
                "no-show on Thu 16 Apr (the interview never took place); moved to Fri 24 Apr "
                "11:00, still in the future")

    # ==================================================================================
    # J18  Jasmine Tan, former boss, now CMO at Pebblewave: kopi on Saturday
    # ==================================================================================
    add("j18a", jasmine, [me], "2026-04-10 21:30", """Rach! Long time no see. Shermaine tells me you might be looking around?? Kopi next Sat 18/4? Ya Kun at Far East Square, 9.30? Something brewing on my side you might like.

J

Sent from my iPhone""", subject="kopi?")
    add("j18b", me, [jasmine], "2026-04-11 08:10", """Jas!! Yes would love that. Thanks for thinking of me - see you Sat 9.30 at Ya Kun.

R""", parent="j18a", sig=False)
    add("j18c", jasmine, [me], "2026-04-19 20:15", """So good to catch up yesterday, and Ethan is so big now! As mentioned, I'm speaking to Marcus about the regional role this week; will let you know by end of this coming week (24/4).

J""", parent="j18b")
    case.thread("j18a", True, "networking", "Pebblewave",
                "former boss, now at Pebblewave: kopi Sat 18 Apr 09:30 (no end given); Rachel's "
                "only thanks came the week before; Jasmine's 'let you know by 24/4' still open")
    case.meeting("j18a", T("2026-04-18 09:30"), None, met=[jasmine.email], what="kopi")
    case.promise("j18a", "j18c", jasmine.email, "2026-04-24")
    case.expect("thank_you", "j18a", jasmine.email,
                "kopi Sat 18 Apr 09:30 (60 min by default) took place; 'Thanks for thinking of "
                "me' was sent on 11 Apr, before it; no reply to her Sunday mail; overdue since "
                "Sun 19 Apr 10:30")

    # ==================================================================================
    # J19  Siti Rahmawati (Kilat, Jakarta): a quarter of an hour on the Indonesian market
    # ==================================================================================
    add("j19a", me, [siti], "2026-04-07 21:40", """Hi Siti,

Hope you're well - we met at the ASEAN Marketing Summit in Bangkok last October (I was the one asking about quick-commerce loyalty). Could I borrow 15 minutes of your time this week or next? I'm preparing for a conversation with a Jakarta-based consumer fintech and would value your read on how Indonesian app users think about trust and switching.

Completely understand if it's a busy period.

Best regards,""", subject="15 minutes on Indonesian consumer apps?")
    add("j19b", siti, [me], "2026-04-08 09:15", """Hi Rachel! Of course I remember. Fri 10/4 at 5pm WIB (6pm your time)? Here's a Google Meet link: https://meet.google.com/qvx-hbtr-kwe

S""", parent="j19a", sig=False)
    add("j19c", me, [siti], "2026-04-08 10:40", """Perfect, thank you so much in advance, Siti! See you Friday.

Rachel""", parent="j19b", sig=False)
    add("j19d", siti, [me], "2026-04-10 19:05", """Here's the Kilat consumer report I mentioned on the call: https://kilat.co.id/insights/consumer-2026.pdf - see p. 14 on e-wallet switching. Good luck for Tuesday!

S""", parent="j19c", sig=False)
    case.thread("j19a", True, "networking", "Kilat",
                "Rachel asks for 15 minutes; Google Meet Fri 10 Apr 17:00-17:15 WIB (18:00 SGT); "
                "thanked only 'in advance'; Siti sent a report afterwards; no reply")
    case.meeting("j19a", T("2026-04-10 17:00", JKT), T("2026-04-10 17:15", JKT),
                 met=[siti.email], what="15-minute call")
    case.expect("thank_you", "j19a", siti.email,
                "15-minute call Fri 10 Apr 17:00-17:15 WIB (18:00-18:15 SGT) took place; 'thank you "
                "so much in advance' came before it; overdue since Sat 11 Apr 18:15 SGT")

    # ==================================================================================
    # J20  Lazuli Beauty: 'I'll revert by Tuesday, 21 April' (grace still running)
    # ==================================================================================
    add("j20a", grace, [me], "2026-04-13 17:05", """Dear Rachel,

Thank you for applying for the Head of Marketing, SEA role at Lazuli Beauty, and for your interest in joining us.

Our Regional General Manager, who is the hiring manager for this role, is travelling in Korea this week. I'll revert by Tuesday, 21 April on whether we will be moving forward to interviews.

Warm regards,""", subject="Your application \u2013 Head of Marketing, SEA (Lazuli Beauty)")
    add("j20b", me, [grace], "2026-04-13 19:30", """Dear Grace,

Noted with thanks. I look forward to hearing from you.

Best regards,""", parent="j20a")
    case.thread("j20a", True, "application", "Lazuli Beauty",
                "'I'll revert by Tuesday, 21 April'; the day passed yesterday, grace runs to the "
                "end of Thu 23 Apr")
    case.promise("j20a", "j20a", grace.email, "2026-04-21")
    case.forbid("j20a", grace.email,
                "'I'll revert by Tuesday, 21 April': past the window by hours only; two business "
                "days of grace run to the end of Thu 23 Apr (even one would reach Wed night)")

    # ==================================================================================
    # N1-N3  Current job (Brightwell Nutrition): campaign review, agency, hiring her exec
    # ==================================================================================
    subj_n1 = "Q2 Campaign Review \u2013 Glow Collagen relaunch (ID/MY/TH)"
    ics_n1 = make_ics(method="REQUEST", uid=uid_outlook("bwn-q2-review"),
                      stamp=T("2026-04-10 09:40"),
                      start=T("2026-04-16 14:00"), end=T("2026-04-16 15:30"),
                      summary=subj_n1, organizer=priscilla,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (anand, "ACCEPTED", "INDIVIDUAL"),
                                 (farhan, "ACCEPTED", "INDIVIDUAL"),
                                 (boardroom, "ACCEPTED", "ROOM")],
                      tzid="Singapore Standard Time",
                      location="BWN-SG-L8-Boardroom; Microsoft Teams Meeting",
                      prodid="Microsoft Exchange Server 2010")
    add("n1a", priscilla, [me, farhan], "2026-04-10 09:40", """Hi all,

Blocking time for the Q2 review of the Glow Collagen relaunch. Farhan and the Monsoon team will take us through the revised KVs and the TikTok plan; Rachel, please cover the market readouts for ID/MY/TH, Anand the pricing.

Rachel - also sending to your personal email as your laptop is still with IT.

PW""" + "\n" + teams_block("bwn-q2-review"), subject=subj_n1, cc=[], ics=ics_n1,
        ics_mode="outlook")
    add("n1b", priscilla, [me, farhan], "2026-04-16 17:55", """Thanks all for a productive session. Actions:

1. Rachel - finalise TH media split and share by Fri 24/4
2. Farhan - TikTok creator shortlist for MY
3. Anand - ID pricing scenarios for the next review

PW""", parent="n1a")
    case.thread("n1a", False, None, "Brightwell Nutrition Asia",
                "current job: campaign review Thu 16 Apr 14:00-15:30 (Outlook, boardroom); the "
                "only dated action is Rachel's own")
    case.meeting("n1a", T("2026-04-16 14:00"), T("2026-04-16 15:30"),
                 met=[priscilla.email, farhan.email], job=False, what="campaign review")
    case.forbid("n1a", priscilla.email,
                "her manager at her current job; an internal campaign review is not a job-search "
                "meeting")

    add("n2a", farhan, [me], "2026-04-08 18:20", """Hi Rachel,

Attached are round 1 KVs for the relaunch - three routes, plus OOH adaptations for the Jakarta MRT and KL Sentral. Our recommendation is route B ("Glow from within, every day").

Based on your comments we'll revert with revised KVs by Wed 15/4, ahead of the Q2 review.

Best,""", subject="Glow Collagen relaunch \u2013 KV round 1 + OOH adaptations")
    add("n2b", me, [farhan], "2026-04-09 08:15", """Hi Farhan,

Thanks, agree route B is the strongest. Two things: for TH pls avoid the white-skin cues in the model styling, and the MY version needs the halal logo bigger on pack. Let's keep the MRT copy to 6 words max.

Rachel""", parent="n2a", sig=False)
    add("n2c", farhan, [me], "2026-04-15 16:40", """Hi Rachel,

As promised, revised KVs attached (route B, three market adaptations, styling updated for TH). See you at the review tomorrow.

Best,""", parent="n2b")
    add("n2d", me, [farhan], "2026-04-15 21:10", """Noted with thanks Farhan, looks good. Let's walk Priscilla through it tomorrow.

Rachel""", parent="n2c", sig=False)
    case.thread("n2a", False, None, "Monsoon & Co.",
                "current job: creative agency; 'revert with revised KVs by Wed 15/4' kept")
    case.promise("n2a", "n2a", farhan.email, "2026-04-15", answered_by="n2c", job=False)

    cand_cv = make_pdf(["Nur Aisyah binte Rahman", "Marketing Associate, 2 years",
                        "Diploma in Marketing; BSc Business (part-time)"])
    subj_n3 = "Interview: Marketing Executive (SG) \u2013 Nur Aisyah binte Rahman"
    ics_n3 = make_ics(method="REQUEST", uid=uid_outlook("bwn-mktexec"),
                      stamp=T("2026-04-09 15:30"),
                      start=T("2026-04-15 10:00"), end=T("2026-04-15 10:45"),
                      summary=subj_n3, organizer=meixuan,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (candidate, "ACCEPTED", "INDIVIDUAL")],
                      tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                      prodid="Microsoft Exchange Server 2010")
    add("n3a", meixuan, [me], "2026-04-09 15:30", """Hi Rachel,

As discussed, please find the Teams interview for the Marketing Executive role in your team. (Copying your personal email as well, since your laptop is still with IT.)

Candidate: Nur Aisyah binte Rahman (aisyah.rahman.mkt@gmail.com)
Currently Marketing Associate at a local F&B chain, 2 years' experience, strong on social.
CV attached.

I will join for the first 5 minutes to do introductions.

Regards,""" + "\n\n" + meixuan.sig + "\n" + teams_block("bwn-mktexec"), subject=subj_n3,
        ics=ics_n3, ics_mode="outlook", sig=False,
        attachments=[("CV_NurAisyah.pdf", "application/pdf", cand_cv)])
    add("n3b", me, [meixuan], "2026-04-09 16:00", """Noted with thanks, Mei Xuan. Will go through her CV before Wed.

Rachel""", parent="n3a", sig=False)
    case.thread("n3a", False, None, "Brightwell Nutrition Asia",
                "current job: Rachel interviews a Marketing Executive candidate for her own team, "
                "Wed 15 Apr 10:00-10:45 (she is the hiring side)")
    case.meeting("n3a", T("2026-04-15 10:00"), T("2026-04-15 10:45"),
                 met=[candidate[1], meixuan.email], job=False, what="Rachel interviews a candidate")
    case.forbid("n3a", candidate[1],
                "the candidate Rachel interviewed for her own team: she is the hiring side; no "
                "thank-you is owed")

    add("n3c", meixuan, [me], "2026-04-15 18:20", """Hi Rachel,

FYI, Aisyah sent the thank-you note below. Kindly revert with your feedback by EOD Friday 17/4 so we can update her on next steps.

Thanks!
Mei Xuan

________________________________
From: Nur Aisyah binte Rahman <aisyah.rahman.mkt@gmail.com>
Sent: Wednesday, April 15, 2026 2:12 PM
To: Koh Mei Xuan <meixuan.koh@brightwellnutrition.com>
Subject: Thank you - Marketing Executive interview

Dear Ms Koh,

Thank you for arranging my interview this morning. Please also convey my thanks to Ms Rachel Ong for her time; I really enjoyed learning about the Glow Collagen relaunch and I am very keen to join the team.

Best regards,
Nur Aisyah""", subject="FW: Thank you - Marketing Executive interview", sig=False)
    add("n3d", me, [meixuan], "2026-04-17 16:30", """Hi Mei Xuan,

Feedback on Aisyah: strong on social and community management, good instincts on TikTok content, a bit light on analytics but coachable. I'd recommend a second round with Priscilla.

Rachel""", parent="n3c", sig=False)
    add("n3e", meixuan, [me], "2026-04-17 17:05", """Noted with thanks, Rachel. Will arrange the second round with Priscilla.

Mei Xuan""", parent="n3d", sig=False)
    case.thread("n3c", False, None, "Brightwell Nutrition Asia",
                "current job: HR forwards the candidate's thank-you note and asks Rachel for "
                "feedback by EOD Friday (Rachel's own commitment, kept)")

    # ==================================================================================
    # N4-N5  Condo
    # ==================================================================================
    lift = """Dear Residents,

NOTICE OF LIFT MODERNISATION WORKS - BLOCK 12

Please be informed that lift modernisation works for Lift A of Block 12 will be carried out from Monday, 6 April 2026 to Friday, 24 April 2026, 9am to 6pm daily (excluding Sundays and Public Holidays).

During this period only Lift B will be in service. Residents are advised to plan their movements accordingly, and to avoid moving bulky items. Deliveries should be arranged before 9am where possible.

We apologise for any inconvenience caused and thank you for your understanding.

Management Office
Parkview Loft (MCST 4417)
Tel: 6345 0912 | Email: management@parkviewloft-mcst.com.sg"""
    add("n4a", condo, [me], "2026-04-02 17:30", lift,
        subject="[Parkview Loft] Notice: Lift Modernisation Works \u2013 Block 12 (6 Apr to 24 Apr 2026)",
        html=html_of(lift), headers=bulk_headers("<residents.parkviewloft-mcst.com.sg>",
                                                 "https://parkviewloft-mcst.com.sg/unsubscribe"))
    case.thread("n4a", False, None, "Parkview Loft MCST 4417", "condo notice to residents")

    add("n5a", me, [ramesh], "2026-03-27 21:10", """Dear Mr Ramesh,

I'd like to report water seepage on the ceiling of the common bathroom in my unit, #12-07, Block 12. The stain has grown over the past two weeks and there is now some dripping after 10pm, which I suspect is from the unit above. Photos attached to the ticket on the resident app (ticket #PL-2231).

Kindly advise on the next steps.

Regards,""", subject="Water seepage \u2013 #12-07, Block 12 (ticket PL-2231)")
    add("n5b", ramesh, [me], "2026-03-30 11:20", """Dear Ms Ong,

Noted with thanks. Our contractor will inspect your unit and the unit above on Thursday, 2/4, between 10am and 12pm. Kindly ensure someone is at home to grant access. We will revert with the findings by Wed 8/4.

Thank you.""", parent="n5a")
    add("n5c", ramesh, [me], "2026-04-08 15:45", """Dear Ms Ong,

Further to the inspection on 2/4, the contractor has confirmed that the seepage originates from the waterproofing membrane of the bathroom in #13-07. The owner has been informed and has agreed to engage a contractor for rectification within 30 days. Under the BMSMA, the upper unit owner is responsible for the repair of your ceiling after rectification.

Please do not hesitate to contact the management office if the dripping worsens.

Thank you.""", parent="n5b")
    case.thread("n5a", False, None, "Parkview Loft MCST 4417",
                "condo defect: inspection Thu 2 Apr 10:00-12:00; 'revert with the findings by "
                "Wed 8/4' kept")
    case.meeting("n5a", T("2026-04-02 10:00"), T("2026-04-02 12:00"), met=[], job=False,
                 what="contractor inspection")
    case.promise("n5a", "n5b", ramesh.email, "2026-04-08", answered_by="n5c", job=False)

    # ==================================================================================
    # N6-N8  Helper's work permit renewal (ministry + employment agency)
    # ==================================================================================
    mom1 = """Dear Employer,

RENEWAL OF WORK PERMIT FOR MIGRANT DOMESTIC WORKER

Name of Worker: MARITES DELA CRUZ
Work Permit No.: 0 2417 3398 1
Date of Expiry: 28 May 2026

The above Work Permit is due for renewal. You may submit the renewal online from now, or authorise your employment agency to renew on your behalf. Please ensure the security bond and medical insurance cover the new validity period before renewal.

This is a computer-generated email. Please do not reply.

Work Pass Division
Ministry of Manpower"""
    add("n6a", mom, [me], "2026-03-16 08:02", mom1,
        subject="Renewal of Work Permit for your Migrant Domestic Worker (Expiry: 28 May 2026)",
        html=html_of(mom1), html_only=True, headers=AUTO)
    case.thread("n6a", False, None, "Ministry of Manpower", "helper's work permit renewal notice")

    add("n7a", me, [josephine], "2026-04-06 20:30", """Hi Josephine,

Please help with the renewal of Marites' work permit (expiring 28/5) as per last time. She will be staying with us for another two years. Let me know what documents you need from me.

Thanks,
Rachel""", subject="WP renewal \u2013 Marites Dela Cruz", sig=False)
    add("n7b", josephine, [me], "2026-04-07 10:12", """Hi Madam Rachel,

Noted with thanks. Kindly revert with copy of Marites new passport page and the 6ME medical report from the clinic, and we will submit to MOM once received. Security bond and insurance I will renew together.

Regards""", parent="n7a")
    add("n7c", me, [josephine], "2026-04-08 22:05", """Hi Josephine, attached both documents. Thanks!

Rachel

Sent from my iPhone""", parent="n7b", sig=False)
    add("n7d", josephine, [me], "2026-04-13 14:40", """Hi Madam,

Submitted the renewal to MOM today (13/4). Will update you by EOD Fri 17/4 once approved.

Regards""", parent="n7c")
    add("n7e", josephine, [me], "2026-04-17 16:45", """Hi Madam,

Good news, Marites renewal approved, valid till 28/5/2028. Kindly revert with payment of $180 for the agency fee to the account below. Insurance policy will be emailed separately.

Regards""", parent="n7d")
    case.thread("n7a", False, None, "Bright Star Employment Agency",
                "household: the helper's work-permit renewal through her employment agency; "
                "'will update you by EOD Fri 17/4' kept")
    case.promise("n7a", "n7d", josephine.email, "2026-04-17", answered_by="n7e", job=False)
    case.forbid("n7a", josephine.email,
                "employment agency handling the helper's work permit: 'work permit', 'employment "
                "agency' and 'will update you by EOD Fri 17/4' are household business, not her "
                "job search (and the promise was kept)")

    mom2 = """Dear Employer,

WORK PERMIT RENEWAL APPROVED

Name of Worker: MARITES DELA CRUZ
New Date of Expiry: 28 May 2028

The renewal application submitted by your employment agency on 13 Apr 2026 has been approved. The new Work Permit card will be delivered to the address registered with us within 4 working days.

This is a computer-generated email. Please do not reply.

Work Pass Division
Ministry of Manpower"""
    add("n8a", mom, [me], "2026-04-17 16:10", mom2,
        subject="Work Permit renewal approved \u2013 MARITES DELA CRUZ",
        html=html_of(mom2), html_only=True, headers=AUTO)
    case.thread("n8a", False, None, "Ministry of Manpower", "automated approval notice")

    # ==================================================================================
    # N9-N11  Family, English and Mandarin
    # ==================================================================================
    add("n9a", mum, [me], "2026-03-14 09:12", """Rachel ah, \u8fd9\u4e2a\u661f\u671f\u5929 lunch \u5728 Ah Ma \u5bb6\u3002Bring Ethan, Ah Ma keep asking for him. \u4f60\u54e5\u54e5 also coming.

Mummy""", subject="Sunday lunch")
    add("n9b", me, [mum], "2026-03-14 10:30", """OK Ma, we come at 12. \u8981\u5e26\u4ec0\u4e48\u5417\uff1f

Rachel""", parent="n9a", sig=False)
    add("n9c", mum, [me], "2026-03-14 11:05", """\u5e26 pineapple tarts \u5c31\u597d\u3002\u4e0d\u8981\u592a\u751c\u7684\uff0cAh Ma diabetes \u8bb0\u5f97\u3002""", parent="n9b")
    case.thread("n9a", False, None, None, "family, Mandarin and English")
    case.meeting("n9a", T("2026-03-15 12:00"), None, met=[mum.email], job=False,
                 what="Sunday lunch")

    add("n10a", jay, [me, vivian], "2026-03-20 22:48", """Hi both,

Booked Jade Lotus at Paragon for Ma's 65th, Sun 12/4 7pm, table for 10. Deposit $200 paid, I'll split 3 ways after. Don't tell her yet ok.

Jay""", subject="Ma's 65th \u2013 dinner 12/4")
    add("n10b", me, [jay, vivian], "2026-03-21 08:20", """Nice! I'll get the cake from Bengawan Solo, the pandan chiffon she likes. Kelvin and Ethan confirm coming.""", parent="n10a", sig=False)
    add("n10c", vivian, [me, jay], "2026-03-21 12:02", """Count me in. \u6211\u6765\u8ba2 flowers? Also should we get her the massage chair or too much lol""", parent="n10b")
    add("n10d", jay, [me, vivian], "2026-04-11 18:30", """Reminder tmr 7pm Jade Lotus. Paragon carpark always full on Sunday, take Grab.

Sent from my iPhone""", parent="n10c")
    case.thread("n10a", False, None, None, "family: mother's birthday dinner Sun 12 Apr 19:00")
    case.meeting("n10a", T("2026-04-12 19:00"), None, met=[jay.email, vivian.email], job=False,
                 what="birthday dinner")

    add("n11a", mum, [me], "2026-04-03 07:55", """---------- Forwarded message ---------
From: Auntie Lily <lily.chua1958@gmail.com>
Date: Fri, 3 Apr 2026 at 07:31
Subject: \u559d\u6c34\u7684\u6b63\u786e\u65f6\u95f4

\u65e9\u4e0a\u8d77\u5e8a\u559d\u4e00\u676f\u6e29\u6c34\uff0c\u53ef\u4ee5\u9884\u9632\u4e2d\u98ce\u3002\u996d\u524d\u534a\u5c0f\u65f6\u559d\u6c34\u5e2e\u52a9\u6d88\u5316\u3002\u7761\u524d\u4e0d\u8981\u559d\u592a\u591a\u3002\u8bf7\u8f6c\u53d1\u7ed9\u4f60\u7231\u7684\u4eba\uff01""", subject="Fwd: \u559d\u6c34\u7684\u6b63\u786e\u65f6\u95f4")
    add("n11b", me, [mum], "2026-04-03 09:40", """Ma, this one is not true lah. Drinking water good but cannot prevent stroke. Don't forward to the aunties ok.""", parent="n11a", sig=False)
    case.thread("n11a", False, None, None, "family: forwarded health rumour in Mandarin")

    # ==================================================================================
    # N12-N14  Food delivery receipts
    # ==================================================================================
    def receipt(key, when, shop, items, total, order):
        body = ("Thanks for ordering with FoodRunner!\n\nOrder %s from %s\n\n%s\n\nTotal "
                "charged to Visa \u2022\u2022\u2022\u2022 4417: S$%s\n\nRate your rider in the "
                "app. Need help? foodrunner.sg/help" % (order, shop, items, total))
        add(key, foodrunner, [me], when, body, subject="Your FoodRunner receipt \u2013 %s" % shop,
            html=html_of(body), html_only=True, headers=AUTO)
        case.thread(key, False, None, "FoodRunner", "food-delivery receipt")
    receipt("n12a", "2026-03-21 20:14", "Chicken Rice Central (Tanjong Katong)",
            "2x Roasted chicken rice (large)\n1x Chye sim with oyster sauce\nDelivery fee S$3.49",
            "21.39", "#FR-88213-SG")
    receipt("n13a", "2026-04-04 13:02", "Sushi Kou (Parkway Parade)",
            "1x Salmon bento\n1x Kids' tamago set\n1x Green tea (L)\nDelivery fee S$2.99",
            "34.60", "#FR-90417-SG")
    receipt("n14a", "2026-04-19 19:36", "Mamak Corner (Joo Chiat)",
            "2x Mee goreng mamak\n1x Roti prata set (2 kosong, 1 egg)\n2x Teh tarik kurang manis\n"
            "Delivery fee S$3.99", "28.15", "#FR-93302-SG")

    # ==================================================================================
    # N15-N16  Yoga studio
    # ==================================================================================
    ics_yoga = make_ics(method="PUBLISH", uid=uid_uuid("lotus-vinyasa-0411"),
                        stamp=T("2026-04-09 12:20"),
                        start=T("2026-04-11 08:00"), end=T("2026-04-11 09:00"),
                        summary="Vinyasa Flow with Mei (Studio 2)", organizer=yoga,
                        tzid=SG, location="Lotus Flow Yoga, 112 East Coast Road #02-05",
                        prodid="-//Lotus Flow Yoga//Booking//EN")
    yb = """Hi Rachel,

You're booked!

Vinyasa Flow with Mei
Saturday, 11 April 2026, 8:00am - 9:00am
Studio 2, 112 East Coast Road #02-05

Credits remaining in your 10-class pack: 3 (expires 30/6/2026)
Cancel at least 12 hours before class to get your credit back.

See you on the mat,
Lotus Flow Yoga"""
    add("n15a", yoga, [me], "2026-04-09 12:20", yb, subject="Booking confirmed: Vinyasa Flow, Sat 11 Apr 8:00am",
        html=html_of(yb), ics=ics_yoga, ics_mode="publish", headers=AUTO)
    case.thread("n15a", False, None, "Lotus Flow Yoga", "yoga class booking (ICS PUBLISH)")
    case.meeting("n15a", T("2026-04-11 08:00"), T("2026-04-11 09:00"), met=[], job=False,
                 what="yoga class")

    yn = """April at Lotus Flow

New timings: from 23/4, Thursday Yin moves to 8:00pm (from 7:30pm) so more of you can make it after work.

Workshop: Hips & Hamstrings with Mei, Sat 9 May, 2-4pm. Early bird $55 till 30/4.

Studio etiquette reminder: please arrive 10 minutes early and keep phones on silent.

Namaste,
The Lotus Flow team"""
    add("n16a", yoga_news, [me], "2026-04-14 07:00", yn, subject="April at Lotus Flow \U0001F9D8 new Yin timings + May workshop",
        html=html_of(yn), headers=bulk_headers("<news.lotusflowyoga.sg>",
                                               "https://lotusflowyoga.sg/unsubscribe"))
    case.thread("n16a", False, None, "Lotus Flow Yoga", "studio newsletter")

    # ==================================================================================
    # N17-N19  Newsletters
    # ==================================================================================
    ba1 = """BRAND ASIA WEEKLY | 18 March 2026

MOVES: Who's hiring in SEA marketing this quarter
Head of Marketing, Regional Marketing Director and CMO roles are up 14% on last year across FMCG and consumer tech in Singapore, with Jakarta-headquartered fintechs the most active hirers. Recruiters say candidates with e-commerce and social commerce P&L experience are interviewing at three or four companies at once.

CAMPAIGN OF THE WEEK: A Thai dairy brand's TikTok Shop live-selling series

OPINION: Stop calling it 'performance marketing'

You are receiving this because you subscribed at brandasiaweekly.com."""
    add("n17a", brandasia, [me], "2026-03-18 07:30", ba1,
        subject="Brand Asia Weekly: who's hiring in SEA marketing | TikTok Shop live-selling",
        html=html_of(ba1), headers=bulk_headers("<weekly.brandasiaweekly.com>",
                                                "https://brandasiaweekly.com/u/88213"))
    case.thread("n17a", False, None, "Brand Asia Weekly", "trade newsletter")
    ba2 = """BRAND ASIA WEEKLY | 15 April 2026

APPOINTMENTS: Four new heads of marketing in SEA consumer tech
Jakarta's super-apps continue to poach FMCG talent; one recruiter tells us a final-round case presentation is now standard for head-of-marketing roles, and 'the thank-you note after the panel is where candidates quietly win or lose'.

DATA: Retail media spend in SEA to pass US$2bn

EVENTS: Spikes Asia call for entries closes 30 April

You are receiving this because you subscribed at brandasiaweekly.com."""
    add("n18a", brandasia, [me], "2026-04-15 07:30", ba2,
        subject="Brand Asia Weekly: new heads of marketing in consumer tech | retail media",
        html=html_of(ba2), headers=bulk_headers("<weekly.brandasiaweekly.com>",
                                                "https://brandasiaweekly.com/u/88213"))
    case.thread("n18a", False, None, "Brand Asia Weekly", "trade newsletter")
    mk = """Good morning! Here's your Morning Kopi for Monday, 20 April.

1. COE prices ease for a second round in Category A.
2. HDB launches 5,300 BTO flats, including in Tengah and Kallang/Whampoa.
3. Heavy thundery showers expected in the afternoons this week; NEA says the inter-monsoon period will last till May.
4. Hawker of the week: the 70-year-old still hand-pulling teh tarik at Joo Chiat.

Forward this to a friend who needs their kopi. Unsubscribe anytime."""
    add("n19a", kopi, [me], "2026-04-20 06:30", mk, subject="\u2615 Morning Kopi: COE eases, 5,300 BTO flats, showers all week",
        html=html_of(mk), headers=bulk_headers("<daily.themorningkopi.sg>",
                                               "https://themorningkopi.sg/unsubscribe"))
    case.thread("n19a", False, None, "The Morning Kopi", "daily news newsletter")

    # ==================================================================================
    # N20-N23  CareerHarbour (a LinkedIn-style network): automated, full of job words
    # ==================================================================================
    def harbour_mail(key, when, subject, body, job=False, category=None, company="CareerHarbour",
                     note="job-network notification, automated"):
        body = body + ("\n\nYou are receiving CareerHarbour notification emails. Unsubscribe: "
                       "careerharbour.com/settings/email\nCareerHarbour Pte Ltd, 1 Fusionopolis "
                       "Way, Singapore")
        add(key, harbour, [me], when, body, subject=subject, html=html_of(body), html_only=True,
            headers=dict(AUTO, **bulk_headers("<notify.careerharbour.com>",
                                              "https://careerharbour.com/unsub/ro")))
        case.thread(key, job, category, company, note)
    harbour_mail("n20a", "2026-03-25 08:05", "Rachel, 6 recruiters viewed your profile this week",
                 """Your profile is getting noticed.

6 recruiters viewed your profile this week, including a Principal at an executive search firm in Hong Kong and a Talent Acquisition Lead at a consumer tech company.

Recruiters are 3x more likely to message candidates who are 'Open to Work'. Update your preferences: Head of Marketing, Regional Marketing Director - Singapore, Jakarta, Remote.

See who viewed your profile""")
    harbour_mail("n21a", "2026-04-06 07:45", "Head of Marketing jobs in Singapore: 12 new matches",
                 """Jobs you may be interested in

Head of Marketing, SEA - Lazuli Beauty - Singapore - Apply easily
Regional Marketing Director - a global beverage company - Singapore - Actively recruiting
Head of Brand - a consumer fintech - Jakarta (hybrid) - 54 applicants
Marketing Lead, Southeast Asia - a D2C skincare brand - Singapore - Be an early applicant
Senior Marketing Manager - a quick-commerce app - Kuala Lumpur

Your interview preparation tip of the week: research the panel and prepare a case study.

See all 12 jobs""")
    harbour_mail("n22a", "2026-04-09 14:55", "Your application was sent to Lazuli Beauty",
                 """Your application was sent to Lazuli Beauty

Head of Marketing, SEA
Lazuli Beauty - Singapore (on-site)
Applied with: Rachel_Ong_CV_2026.pdf

What happens next: the hiring team will review your application. We'll notify you if your application is viewed. You can track applications in My Jobs.""",
                 job=True, category="application", company="Lazuli Beauty",
                 note="job-network confirmation that the Lazuli application was sent; automated")
    harbour_mail("n23a", "2026-04-20 08:10", "You appeared in 41 searches this week",
                 """You appeared in 41 searches this week

Searchers found you through: Head of Marketing, Brand Marketing, FMCG, E-commerce.
Top searcher companies: consumer goods, staffing & recruiting, financial services.

Tip: members with a recent profile photo get 21x more profile views from hiring managers.""")

    # ==================================================================================
    # N24-N28  Bills, friend, dentist, school
    # ==================================================================================
    bk = """Dear Valued Customer,

Your Merlion Bank Visa Signature eStatement for the period ending 02 Apr 2026 is now available.

Statement balance: S$3,482.16
Minimum payment due: S$50.00
Payment due date: 27 Apr 2026

Log in to Merlion Digibank to view your eStatement. For your security, we will never ask for your password or OTP by email.

This is an automatically generated email. Please do not reply."""
    add("n24a", bank, [me], "2026-04-05 06:12", bk, subject="Your Merlion Bank credit card eStatement is ready",
        html=html_of(bk), html_only=True, headers=AUTO)
    case.thread("n24a", False, None, "Merlion Bank", "credit-card eStatement")

    pw = """Dear Customer,

Your CityPower utilities bill for March 2026 is ready.

Account: 93-4471-0288 (Parkview Loft #12-07)
Electricity: 412 kWh | Water: 14.2 Cu M | Gas: 38 kWh
Amount due: S$201.47 (GIRO deduction on 14 Apr 2026)

Tip: your electricity usage is 8% higher than similar 4-room households. Set your aircon to 25\u00b0C to save.

CityPower Utilities"""
    add("n25a", power, [me], "2026-03-31 10:00", pw, subject="Your CityPower bill for March 2026",
        html=html_of(pw), html_only=True, headers=AUTO)
    case.thread("n25a", False, None, "CityPower Utilities", "utilities bill")

    add("n26a", shermaine, [me], "2026-03-19 13:20", """Babe!! Girls brunch Sat 28/3? Thinking Wild Honey at Scotts, 11am. Cheryl and Huiwen in already.

Btw did Vincent Goh email you? He's legit, don't worry. Tell me what he says!!""", subject="brunch 28/3??")
    add("n26b", me, [shermaine], "2026-03-19 20:45", """Yes in! And yes he did, meeting him Monday for coffee. Thanks for the intro, will update you at brunch \U0001F60A""", parent="n26a", sig=False)
    add("n26c", shermaine, [me], "2026-03-27 22:11", """Booked for 5 under my name, 11am tmr. Don't be late this time hor \U0001F602""", parent="n26b")
    case.thread("n26a", False, None, None, "friend: brunch plans; mentions the headhunter in passing")
    case.meeting("n26a", T("2026-03-28 11:00"), None, met=[shermaine.email], job=False,
                 what="girls' brunch")

    ics_dent = make_ics(method="PUBLISH", uid=uid_uuid("smile-studio-0414"),
                        stamp=T("2026-04-07 10:00"),
                        start=T("2026-04-14 08:30"), end=T("2026-04-14 09:15"),
                        summary="Dental appointment - scaling & polishing (Dr Yeo)",
                        organizer=dental, tzid=SG,
                        location="Smile Studio Dental, 440 Joo Chiat Road",
                        prodid="-//Smile Studio Dental//Clinic Booking//EN")
    dn = """Dear Ms Rachel Ong,

This is a reminder of your appointment at Smile Studio Dental:

Tuesday, 14 April 2026, 8:30am
Scaling & polishing with Dr Yeo Kai Wen
440 Joo Chiat Road, Singapore

Please arrive 10 minutes early. To reschedule, call us at 6440 2210 at least 24 hours ahead.

Smile Studio Dental"""
    add("n27a", dental, [me], "2026-04-07 10:00", dn, subject="Appointment reminder: Tue 14 Apr, 8:30am",
        html=html_of(dn), ics=ics_dent, ics_mode="publish", headers=AUTO)
    case.thread("n27a", False, None, "Smile Studio Dental", "dentist appointment (ICS PUBLISH)")
    case.meeting("n27a", T("2026-04-14 08:30"), T("2026-04-14 09:15"), met=[], job=False,
                 what="dentist")

    add("n28a", teacher, [me], "2026-03-17 15:40", """Dear Mr and Mrs Ong,

The Meet-the-Parents session for P3 Integrity will be held on Friday, 27 March 2026. Your slot to meet me regarding Ethan's progress is 5:20pm to 5:35pm in the P3 Integrity classroom (Block B, Level 2). Please let me know if you are unable to make it, and I will try to find another slot.

Ethan has settled in well this term; I look forward to discussing his Chinese oral and maths with you.

Thank you.""", subject="P3 Integrity \u2013 Meet-the-Parents Session (27 March)")
    add("n28b", me, [teacher], "2026-03-17 21:02", """Dear Mrs Lim,

Thank you, 5:20pm on 27/3 works for us. My husband Kelvin and I will both be there.

Regards,""", parent="n28a")
    case.thread("n28a", False, None, "Kembangan Primary School",
                "son's school: Meet-the-Parents slot Fri 27 Mar 17:20-17:35")
    case.meeting("n28a", T("2026-03-27 17:20"), T("2026-03-27 17:35"), met=[teacher.email],
                 job=False, what="meet-the-parents")

    case.summary = SUMMARY
    return case


SUMMARY = (
    'Rachel Ong, Regional Marketing Manager for SEA at Brightwell Nutrition Asia in '
    'Singapore, wants a head-of-marketing role in consumer tech or FMCG across Southeast '
    'Asia. The mailbox runs from 10 March to Wednesday 22 April 2026, 09:15 SGT (+08:00, no '
    'daylight saving; London moved to BST on 29 March and Sydney to AEST on 5 April, so a '
    'London 9am is 4pm SGT and a Sydney 11am is 9am SGT). Mandy Kwok of Aldgate & Pierce in '
    'Hong Kong takes her to Tanamera Digital in Jakarta: a Zoom with the CMO (thanked in a '
    'new thread), then a case-study presentation to a panel in Jakarta time, after which one '
    'note thanks Bayu and the CEO (in cc) while Ratna, the third panelist, only gets the deck'
    ' PDF; Mandy mentions two other finalists and promises news by Thursday 23/4. Vincent '
    'Goh, a headhunter writing from Gmail ("Shermaine says good things about you, coffee on '
    'Monday?"), brings Sunhaven Beverages: a Teams call with the London brand director in an '
    'Outlook invite in "GMT Standard Time", after which Rachel thanks only the coordinator, '
    'and an in-person round with Tan Wei Ming brought forward a day, from Wednesday 22 to '
    'Tuesday 21 April ("Tuesday works"). Mareva Group\'s Workday confirmation (no ICS, month-'
    'first 04/13/2026, Sydney time) names the interviewer with his address; he was never '
    'thanked before a gentle rejection. Verdant Home Asia promised an update "by EOD Friday, '
    '10/4" after its hiring committee, and Pandan Mobile relayed its CMO\'s "within the next '
    'couple of weeks"; both went silent. Lazuli Beauty\'s "I\'ll revert by Tuesday, 21 April" '
    'is still inside its grace; a London founder\'s "catch-up call" and a kopi with Rachel\'s '
    'former boss (now at Pebblewave) both left windows still open, and the kopi was only '
    "thanked beforehand; Sorrel's VP never joined his Teams interview, which moved to 24 "
    'April; a 15-minute call with a Jakarta brand head was thanked only "in advance". Noise: '
    'her own campaign review and creative agency, her interviewing a marketing-executive '
    "candidate for her team (HR forwards the candidate's thank-you note), condo lift works "
    "and a seepage inspection, the helper's work-permit renewal with the ministry and an "
    'employment agency ("will update you by EOD Fri 17/4"), family chat in English and '
    "Mandarin, food-delivery receipts, a yoga studio, a dentist, her son's Meet-the-Parents "
    'slot, bank and utility bills, CareerHarbour job-network notifications and newsletters '
    'full of job words. 49 threads (21 job search), 130 messages, `now` = '
    '`2026-04-22T09:15:00+08:00`.')


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
