#!/usr/bin/env python3
"""Vignettes about meetings, in English (set `en`).

Each builder returns one small casekit `Case`: one to three threads about one meeting and
what happened around it, at most two noise threads, and one to four labels.  Each tests one
way people write whether a meeting took place, when, with whom, what kind of meeting it was
and which side the user was on.  Writers come from the US, the UK, Ireland, India, Nigeria,
Australia, Canada and Singapore, each with their own habits for dates, times and zones.

    python3 tests/cases/vignettes/en.py      # builds en/<name>/ and checks every vignette
"""

import datetime as _dt
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from casekit import *  # noqa: E402,F401,F403

HERE = os.path.dirname(os.path.abspath(__file__))  # casekit's own HERE came in with the import

# Zones casekit does not carry, for invitations written in them.
VTIMEZONES.setdefault("Australia/Perth", ("Australia/Perth", [
    ("STANDARD", "+0800", "+0800", "AWST", "19700101T000000", None)]))
VTIMEZONES.setdefault("Africa/Lagos", ("Africa/Lagos", [
    ("STANDARD", "+0100", "+0100", "WAT", "19700101T000000", None)]))

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"
ZOOM_PRODID = "-//zoom.us//iCalendar Event//EN"



def B(text):
    """A message body written with the code's indentation removed."""
    return textwrap.dedent(text).strip("\n")


TEAMS_BLOCK = B("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting
    Meeting ID: %s
    Passcode: %s
    Download Teams | Join on the web
    Learn More | Meeting options
    ________________________________________________________________________________
    """)


def user(name, email, tz, phone, sig):
    return Person(name, email, tz, style="webmail", sig=sig)


def new_case(name, description, summary, me, phone, now):
    c = Case(name, description,
             {"name": me.name, "emails": [me.email], "phone": phone, "timezone": me.tz.key},
             _dt.datetime.fromisoformat(now), summary)
    c.me = me
    return c


def at(person, s):
    """A wall-clock time in a person's own zone."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=person.tz)


# ==========================================================================
# 01  US, New York: a phone screen known only from the invitation
# ==========================================================================

def v01_screen_invite_only():
    me = user("Tasha Whitfield", "tasha.whitfield@example.com", "America/New_York",
              "+1 917 555 0183", "Tasha Whitfield\n(917) 555-0183")
    c = new_case(
        "en-01-screen-invite-only",
        "A US phone screen known only from its Google Calendar invitation; nothing after it",
        "Tasha Whitfield, a payments operations specialist in New York, was booked by a "
        "Quillfeather recruiter for a 30-minute phone screen on Wednesday 15 April 2026 by a "
        "Google Calendar invitation, which she accepted. Nothing was written after it: no "
        "cancellation, no move, no note. The next morning the screen counts as held and the "
        "thank-you to the recruiter is due. Noise: a bike-share receipt.",
        me, "+1 917 555 0183", "2026-04-16T09:00:00-04:00")
    brendan = Person("Brendan Kowalski", "brendan.kowalski@quillfeather.com", "America/New_York")
    start, end = at(me, "2026-04-15 14:30"), at(me, "2026-04-15 15:00")
    stamp = at(brendan, "2026-04-13 16:02")
    title = "Tasha Whitfield <> Quillfeather (Payments Ops Analyst)"
    desc = ("Intro call about the Payments Operations Analyst opening. 20-30 min, nothing to "
            "prepare. I'd like to hear about your reconciliation work at Hudson Clearing and "
            "walk you through how the ops team is set up.")
    ics = make_ics(method="REQUEST", uid=uid_google("en01", "screen"), stamp=stamp,
                   start=start, end=end, summary=title, organizer=brendan,
                   attendees=[(brendan, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="America/New_York", location="Phone - Brendan calls (917) 555-0183",
                   description=desc)
    c.add("inv", brendan, [me], stamp, B("""
        %s
        Wednesday Apr 15, 2026 ⋅ 2:30pm – 3pm
        Eastern Time - New York

        Location
        Phone - Brendan calls (917) 555-0183

        %s

        Organizer
        Brendan Kowalski
        brendan.kowalski@quillfeather.com

        Guests
        Brendan Kowalski - organizer
        tasha.whitfield@example.com
        View all guest info

        Reply for tasha.whitfield@example.com
        Yes  No  Maybe  More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """) % (title, desc),
          subject="Invitation: %s @ Wed Apr 15, 2026 2:30pm - 3pm (EDT) (tasha.whitfield@example.com)"
          % title, ics=ics, headers=GCAL)
    c.add("acc", me, [brendan], "2026-04-13 16:40",
          "Tasha Whitfield has accepted this invitation.",
          subject="Accepted: %s @ Wed Apr 15, 2026 2:30pm - 3pm (EDT)" % title, parent="inv",
          sig=False, quote=False)
    bike = Person("Citi Bike", "receipts@bikeshare-nyc.example.com", "America/New_York", style="auto")
    c.add("bike", bike, [me], "2026-04-14 19:12", B("""
        Thanks for riding!

        Trip: W 21 St & 6 Ave -> Broadway & W 41 St
        Duration: 14 min
        Charged to Visa ending 4417: $4.79
        """), subject="Your ride receipt", headers=AUTO)
    c.thread("inv", True, "interview", "Quillfeather",
             "phone screen Wed Apr 15 2:30-3:00 pm EDT, Google invite accepted; nothing after it")
    c.thread("bike", False, None, None, "bike-share receipt")
    c.meeting("inv", start, end, met=["brendan.kowalski@quillfeather.com"],
              what="phone screen")
    c.expect("thank_you", "inv", "brendan.kowalski@quillfeather.com",
             "phone screen Wed Apr 15 2:30-3:00 pm EDT: the invitation stands, nothing cancels "
             "or moves it, so it took place; no note since; due from 5:00 pm that day")
    return c


# ==========================================================================
# 02  UK, London: "Great speaking with you today" from the hiring manager
# ==========================================================================

def v02_great_speaking_today():
    me = user("Harriet Osei", "harriet.osei@example.net", "Europe/London", "+44 7700 900412",
              "Harriet Osei\n07700 900412")
    c = new_case(
        "en-02-great-speaking-today",
        "A UK Teams interview known to have happened from the interviewer's 'great speaking "
        "with you today'",
        "Harriet Osei, a sustainability analyst in London, agreed a 45-minute Teams interview "
        "with Brackenbury & Lowe's hiring manager for Thursday 5 March 2026 at 11.00. That "
        "afternoon the manager wrote 'Great speaking with you today' with a link and a promise "
        "to come back by Friday 13th. Harriet has not replied. The next morning the thank-you "
        "is due; the promise is far off. Noise: a grocery order.",
        me, "+44 7700 900412", "2026-03-06T08:30:00+00:00")
    fiona = Person("Fiona Drummond", "fiona.drummond@brackenburylowe.co.uk", "Europe/London",
                   style="outlook", region="eurprd03",
                   sig="Fiona Drummond\nAssociate Director, Sustainability\nBrackenbury & Lowe LLP\n"
                       "020 7946 0318")
    c.add("f1", fiona, [me], "2026-03-03 09:47", B("""
        Dear Harriet,

        Thank you for your application for the Sustainability Consultant role. I'd like to
        invite you to a first interview with me. Would Thursday 5 March at 11.00 suit? It will
        be on Teams and should take about 45 minutes.

        Kind regards,
        Fiona
        """), subject="Sustainability Consultant – interview")
    c.add("h1", me, [fiona], "2026-03-03 12:15", B("""
        Dear Fiona,

        Thank you – Thursday 5 March at 11.00 suits me well. I look forward to speaking with you.

        Best wishes,
        Harriet
        """), parent="f1")
    c.add("f2", fiona, [me], "2026-03-03 14:02", B("""
        Lovely. Teams details below.

        Fiona

        """) + "\n" + TEAMS_BLOCK % ("318 442 907 551", "hT7qPz"), parent="h1", sig=False,
          quote=False)
    c.add("f3", fiona, [me], "2026-03-05 15:40", B("""
        Hi Harriet,

        Great speaking with you today. As promised, here's the link to the CRREM pathway tool I
        mentioned – worth a look before any second stage:
        https://www.crrem.eu/tool/

        We're seeing two more people early next week and I'd hope to come back to you by
        Friday 13th at the latest.

        Best,
        Fiona
        """), parent="f2")
    shop = Person("Ocado", "orders@ocado-mail.example.com", "Europe/London", style="auto")
    c.add("shop", shop, [me], "2026-03-04 07:30", B("""
        Hi Harriet, your order is confirmed.

        Delivery: Saturday 7 March, 09:00-10:00
        Items: 23   Total: £64.18
        """), subject="Your order is confirmed", headers=AUTO)
    c.thread("f1", True, "interview", "Brackenbury & Lowe",
             "Teams interview Thu 5 Mar 11:00-11:45 GMT; Fiona's 'great speaking with you "
             "today' that afternoon; promise 'by Friday 13th'; no reply from Harriet")
    c.thread("shop", False, None, None, "grocery order")
    c.meeting("f1", at(me, "2026-03-05 11:00"), at(me, "2026-03-05 11:45"),
              met=["fiona.drummond@brackenburylowe.co.uk"], what="first interview")
    c.promise("f1", "f3", "fiona.drummond@brackenburylowe.co.uk", "2026-03-13")
    c.expect("thank_you", "f1", "fiona.drummond@brackenburylowe.co.uk",
             "Teams interview Thu 5 Mar 11:00-11:45 took place ('Great speaking with you "
             "today'); Harriet has not written since; due from 13:45, overdue at 11:45 Fri")
    return c


# ==========================================================================
# 03  Ireland, Dublin: the user's own note to a friend says the coffee happened
# ==========================================================================

def v03_note_to_friend_after_coffee():
    me = user("Niamh Gallagher", "niamh.gallagher@example.org", "Europe/Dublin",
              "+353 87 555 0142", "Niamh Gallagher\n087 555 0142")
    c = new_case(
        "en-03-note-to-friend-after-coffee",
        "An Irish networking coffee arranged through an introduction; only the user's note to "
        "the introducer says it happened",
        "Niamh Gallagher, a data analyst in Dublin, was introduced by a former colleague to the "
        "head of data at Tidewell Energy. They agreed a coffee for Wednesday 11 March 2026 at "
        "8.30. The only mail afterwards is Niamh's own note to the introducer, in a new thread, "
        "saying she is just back from it. The contact was thanked only before the coffee, in "
        "the introduction thread. Noise: a gym's class booking.",
        me, "+353 87 555 0142", "2026-03-11T20:00:00+00:00")
    declan = Person("Declan Moore", "declan.moore@gmail.com", "Europe/Dublin")
    ciaran = Person("Ciarán Byrne", "ciaran.byrne@tidewell.ie", "Europe/Dublin", style="outlook",
                    region="eurprd05",
                    sig="Ciarán Byrne | Head of Data | Tidewell Energy\n+353 1 555 0190")
    c.add("i1", declan, [me, ciaran], "2026-03-04 21:14", B("""
        Niamh, Ciarán – introducing you two as promised.

        Ciarán, Niamh and I worked together at Lansdowne Insurance for three years. She built
        most of our pricing dashboards and is now keen to move into energy. Niamh, Ciarán runs
        the data team at Tidewell and knows everyone in the sector.

        I'll leave ye to it!

        Dec
        """), subject="Intro: Niamh Gallagher / Ciarán Byrne")
    c.add("i2", ciaran, [me], "2026-03-05 09:32", B("""
        Hi Niamh (and thanks Declan – moving you to bcc),

        Very happy to meet. I'm in the office in Grand Canal Dock on Wednesdays; would 8.30 on
        Wed 11th suit, at 3fe on Grand Canal Street?

        Ciarán
        """), parent="i1", bcc=[declan])
    c.add("i3", me, [ciaran], "2026-03-05 10:05", B("""
        Hi Ciarán,

        That's perfect – see you at 3fe at 8.30 on the 11th. Thanks a million for making the time.

        Niamh
        """), parent="i2")
    c.add("d1", me, [declan], "2026-03-11 10:05", B("""
        Dec,

        Just back from coffee with Ciarán. Really useful – he reckons the grid analytics team
        will be hiring in Q2 and told me to look at the ESB Networks open data before then. He
        was dead sound about the career-change angle too.

        Owe you a pint!

        N
        """), subject="coffee w/ Ciarán", sig=False)
    gym = Person("Flyefit Bookings", "bookings@gym-dublin.example.com", "Europe/Dublin", style="auto")
    c.add("gym", gym, [me], "2026-03-09 18:00", B("""
        Booking confirmed: HIIT 45, Thursday 12 March, 07:00, Studio 2.
        Cancel up to 2 hours before to avoid a no-show fee.
        """), subject="Class booked: HIIT 45", headers=AUTO)
    c.thread("i1", True, "networking", "Tidewell Energy",
             "intro by a former colleague; coffee Wed 11 Mar 08:30 at 3fe; thanked only "
             "beforehand")
    c.thread("d1", True, "networking", "Tidewell Energy",
             "Niamh's note to the introducer after the coffee: it took place")
    c.thread("gym", False, None, None, "gym class booking")
    c.meeting("i1", at(me, "2026-03-11 08:30"), None, met=["ciaran.byrne@tidewell.ie"],
              networking=True, what="networking coffee")
    c.expect("thank_you", "i1", "ciaran.byrne@tidewell.ie",
             "coffee Wed 11 Mar 08:30 (60 min by default) took place: Niamh's note to Declan "
             "says she is just back from it; her only thanks to Ciarán came before; due from "
             "11:30")
    c.forbid("i1", "declan.moore@gmail.com",
             "the introducer: he was not at the coffee and promised nothing")
    return c


# ==========================================================================
# 04  India, Bengaluru: HR's later mail refers to the technical round
# ==========================================================================

def v04_hr_refers_to_round():
    me = user("Karthik Subramanian", "karthik.s@example.net", "Asia/Kolkata",
              "+91 98450 55123", "Karthik Subramanian\n+91 98450 55123")
    c = new_case(
        "en-04-hr-refers-to-round",
        "An Indian technical round known to have happened because HR's next mail refers to it; "
        "the managerial round is still ahead",
        "Karthik Subramanian, a backend engineer in Bengaluru, had a Google Meet technical "
        "round with Nimbuscart's engineering manager on Tuesday 10 March 2026 at 11:30 AM IST, "
        "set up by HR with the interviewer's address in the mail. HR's mail on Thursday begins "
        "'Further to your technical discussion with Raghavan on Tuesday' and books a managerial "
        "round for Monday. Karthik never thanked the interviewer.",
        me, "+91 98450 55123", "2026-03-12T18:00:00+05:30")
    hr = Person("Shalini Menon", "shalini.menon@nimbuscart.in", "Asia/Kolkata",
                sig="Shalini Menon\nTalent Acquisition | Nimbuscart Technologies Pvt. Ltd.\n"
                    "+91 80 4718 5520")
    c.add("s1", hr, [me], "2026-03-09 17:20", B("""
        Dear Karthik,

        Greetings from Nimbuscart!

        Further to your profile shortlisting, your Technical Round 1 for the Senior Backend
        Engineer (Payments Platform) position is scheduled as below:

        Date: Tuesday, 10th March 2026
        Time: 11:30 AM – 12:30 PM IST
        Mode: Google Meet (meet.google.com/vkx-pqrd-tmn)
        Interviewer: Mr. Raghavan Iyer, Engineering Manager (raghavan.iyer@nimbuscart.in)

        Kindly confirm your availability at the earliest. Please keep your laptop charged and
        ensure a stable internet connection.

        Regards,
        """), subject="Interview Schedule | Senior Backend Engineer | Technical Round 1 | "
                      "Karthik Subramanian")
    c.add("k1", me, [hr], "2026-03-09 18:02", B("""
        Dear Shalini,

        Thank you. I confirm my availability for tomorrow, 10th March at 11:30 AM IST.

        Regards,
        Karthik
        """), parent="s1")
    c.add("s2", hr, [me], "2026-03-12 10:15", B("""
        Dear Karthik,

        Hope you are doing well. Further to your technical discussion with Raghavan on Tuesday,
        we are happy to inform you that you have been shortlisted for the Managerial Round with
        Ms. Deepa Krishnan, Director – Platform Engineering (deepa.krishnan@nimbuscart.in).

        Kindly share your availability for Monday (16th) or Tuesday (17th) between 2 PM and
        6 PM.

        Regards,
        """), parent="k1")
    c.add("k2", me, [hr], "2026-03-12 11:40", B("""
        Hi Shalini,

        That's great news. Monday 16th at 3 PM works for me; if that slot is taken, Tuesday any
        time after 4 PM.

        Regards,
        Karthik
        """), parent="s2")
    c.add("s3", hr, [me], "2026-03-12 13:05", B("""
        Dear Karthik,

        Confirmed for Monday, 16th March, 3:00 PM – 4:00 PM IST. Deepa will join on the same
        Meet link. Calendar invite to follow.

        Regards,
        """), parent="k2")
    c.thread("s1", True, "interview", "Nimbuscart Technologies",
             "technical round Tue 10 Mar 11:30-12:30 IST with Raghavan (address in HR's mail); "
             "HR's Thursday mail refers to it; managerial round Mon 16 Mar 15:00 booked")
    c.meeting("s1", at(me, "2026-03-10 11:30"), at(me, "2026-03-10 12:30"),
              met=["raghavan.iyer@nimbuscart.in"], what="technical round")
    c.meeting("s1", at(me, "2026-03-16 15:00"), at(me, "2026-03-16 16:00"),
              met=["deepa.krishnan@nimbuscart.in"], status="scheduled", what="managerial round")
    c.expect("thank_you", "s1", "raghavan.iyer@nimbuscart.in",
             "technical round Tue 10 Mar 11:30-12:30 IST took place ('further to your technical "
             "discussion with Raghavan on Tuesday'); never thanked; overdue since Wed 12:30")
    c.forbid("s1", "shalini.menon@nimbuscart.in",
             "HR coordinator who scheduled both rounds; she was in neither and promised no date")
    c.forbid("s1", "deepa.krishnan@nimbuscart.in",
             "managerial round on Mon 16 Mar 15:00 IST is still ahead")
    return c


# ==========================================================================
# 05  Nigeria, Lagos: "something has come up" the day before
# ==========================================================================

def v05_something_came_up():
    me = user("Chiamaka Eze", "chiamaka.eze@example.com", "Africa/Lagos", "+234 803 555 0167",
              "Chiamaka Eze\n0803 555 0167")
    c = new_case(
        "en-05-something-came-up",
        "A Nigerian physical interview called off the day before with 'something has come up'; "
        "'we will revert' names no date",
        "Chiamaka Eze, a credit analyst in Lagos, was invited by Tallyfield Microfinance Bank's "
        "HR to a physical interview on Thursday 19 March 2026 by 10am with the Head of Credit "
        "Risk (copied). On Wednesday afternoon HR wrote that 'something has come up' and that "
        "they would 'revert with a new date', without naming one. Nothing since. Noise: a bank "
        "debit alert.",
        me, "+234 803 555 0167", "2026-03-23T10:00:00+01:00")
    hr = Person("Ngozi Uche", "ngozi.uche@tallyfieldmfb.com", "Africa/Lagos", style="outlook",
                region="eurprd08",
                sig="Ngozi Uche\nHuman Resources\nTallyfield Microfinance Bank Ltd\n"
                    "14 Adeola Odeku Street, Victoria Island, Lagos")
    hod = Person("Babatunde Adeyemi", "b.adeyemi@tallyfieldmfb.com", "Africa/Lagos",
                 style="outlook", region="eurprd08")
    c.add("n1", hr, [me], "2026-03-16 11:08", B("""
        Dear Chiamaka,

        Trust this mail finds you well.

        Following your application for the position of Credit Risk Analyst, we are pleased to
        invite you for a physical interview as follows:

        Date: Thursday, 19th March, 2026
        Time: 10:00am prompt
        Venue: 4th Floor, Tallyfield House, 14 Adeola Odeku Street, Victoria Island, Lagos
        Panel: Mr Babatunde Adeyemi, Head, Credit Risk (copied)

        Kindly come along with your original credentials and a valid means of identification.
        Please acknowledge receipt of this mail.

        Best regards,
        """), subject="Invitation for Interview – Credit Risk Analyst", cc=[hod])
    c.add("c1", me, [hr], "2026-03-16 12:30", B("""
        Dear Ngozi,

        Good afternoon. I acknowledge receipt and confirm that I will be available on Thursday,
        19th March by 10:00am.

        Best regards,
        Chiamaka Eze
        """), parent="n1", cc=[hod], sig=False)
    c.add("n2", hr, [me], "2026-03-18 16:47", B("""
        Dear Chiamaka,

        Please accept our apologies. Something has come up and Mr Adeyemi will no longer be
        available for tomorrow's interview. We will revert with a new date as soon as possible.

        Kindly bear with us.

        Regards,
        """), parent="c1", cc=[hod])
    c.add("c2", me, [hr], "2026-03-18 17:20", B("""
        Dear Ngozi,

        Noted. Thank you for letting me know, and I look forward to hearing from you on a new
        date.

        Best regards,
        Chiamaka
        """), parent="n2", cc=[hod], sig=False)
    bank = Person("Zenora Bank Alerts", "alerts@zenorabank.example.com", "Africa/Lagos",
                  style="auto")
    c.add("bank", bank, [me], "2026-03-20 08:41", B("""
        Debit Alert
        Account: 01******42
        Amount: NGN 18,500.00
        Narration: POS PURCHASE SHOPRITE LEKKI
        Date: 20-Mar-2026 08:40
        Available Balance: NGN 212,334.17
        """), subject="Zenora Bank Transaction Alert [Debit: NGN 18,500.00]", headers=AUTO)
    c.thread("n1", True, "interview", "Tallyfield Microfinance Bank",
             "physical interview Thu 19 Mar 10:00 WAT called off on Wed 18 Mar ('something has "
             "come up'); 'will revert with a new date' has no date")
    c.thread("bank", False, None, None, "bank debit alert")
    c.meeting("n1", at(me, "2026-03-19 10:00"), None, met=["b.adeyemi@tallyfieldmfb.com"],
              status="cancelled", what="physical interview")
    c.forbid("n1", "ngozi.uche@tallyfieldmfb.com",
             "the interview was called off the day before; 'we will revert with a new date' "
             "names no day, so no callback; she was never met")
    c.forbid("n1", "b.adeyemi@tallyfieldmfb.com",
             "the panel member was unavailable and the interview never took place")
    return c


# ==========================================================================
# 06  US, Denver: "we've paused the search", then a GoodTime cancellation
# ==========================================================================

def v06_search_paused():
    me = user("Marisol Vega", "marisol.vega@example.org", "America/Denver", "+1 720 555 0119",
              "Marisol Vega\n720-555-0119")
    c = new_case(
        "en-06-search-paused",
        "A US onsite called off the afternoon before because the search was paused, with a "
        "GoodTime cancellation",
        "Marisol Vega, a merchandise analyst in Denver, had a two-hour onsite with two "
        "Summitline Outdoor interviewers booked through GoodTime for Friday 20 March 2026 at "
        "9:00 AM MDT. On Thursday afternoon the recruiter wrote that leadership had paused the "
        "search, and GoodTime sent the cancellation. Marisol replied to the recruiter. Nothing "
        "is owed to anyone.",
        me, "+1 720 555 0119", "2026-03-23T09:30:00-06:00")
    gt = Person("Summitline Outdoor Recruiting", "no-reply@goodtime.io", "America/Denver",
                style="auto", msgid_domain="goodtime.io")
    kyle = Person("Kyle Brandt", "kyle.brandt@summitline.com", "America/Denver",
                  sig="Kyle Brandt | Senior Recruiter | Summitline Outdoor\n303-555-0144")
    rachel = Person("Rachel Ng", "rachel.ng@summitline.com", "America/Denver")
    owen = Person("Owen Fitzgerald", "owen.fitzgerald@summitline.com", "America/Denver")
    room = ("DEN-3 Basecamp", "den-3-basecamp@summitline.com")
    start, end = at(me, "2026-03-20 09:00"), at(me, "2026-03-20 11:00")
    people = [(rachel, "ACCEPTED", "INDIVIDUAL"), (owen, "ACCEPTED", "INDIVIDUAL"),
              (me, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")]
    uid = uid_uuid("en06", "onsite")
    ics = make_ics(method="REQUEST", uid=uid, stamp=at(gt, "2026-03-13 14:05"), start=start,
                   end=end, summary="Onsite: Marisol Vega – Merchandise Planner",
                   organizer=kyle, attendees=people, tzid="America/Denver",
                   location="Summitline Outdoor HQ, 1550 Wynkoop St, Denver - DEN-3 Basecamp",
                   prodid="-//GoodTime.io//GoodTime Scheduling//EN")
    text = B("""
        Hi Marisol,

        Your onsite interview for Merchandise Planner is confirmed.

        Friday, March 20, 2026
        9:00 AM – 11:00 AM MDT (America/Denver)
        Summitline Outdoor HQ, 1550 Wynkoop St, 3rd floor – check in at the front desk

        Schedule
        9:00 – 10:00   Rachel Ng, Director of Merchandise Planning
        10:00 – 11:00  Owen Fitzgerald, Senior Planner, Footwear

        Questions? Reply to Kyle Brandt at kyle.brandt@summitline.com.

        Powered by GoodTime
        """)
    c.add("g1", gt, [me], "2026-03-13 14:05", text, html=html_of(text), html_only=True,
          subject="Interview Confirmed: Merchandise Planner – Summitline Outdoor – Fri, Mar 20, "
                  "9:00 AM MDT", ics=ics, ics_mode="attach", headers=AUTO, reply_to=kyle)
    c.add("k1", kyle, [me], "2026-03-19 15:22", B("""
        Hi Marisol,

        I hate sending this kind of note, especially the afternoon before. Leadership decided
        this morning to pause the search for the Merchandise Planner role while they rework the
        FY27 budget, so we're taking tomorrow's onsite off the calendar. You'll see the
        cancellation come through from GoodTime.

        This is about timing on our side, not about you – Rachel was genuinely looking forward
        to meeting you. If the role reopens, you'll be the first person I call.

        Sorry again,
        Kyle
        """), subject="Tomorrow's onsite")
    cancel = make_ics(method="CANCEL", uid=uid, stamp=at(gt, "2026-03-19 15:30"), start=start,
                      end=end, summary="Onsite: Marisol Vega – Merchandise Planner",
                      organizer=kyle, attendees=people, tzid="America/Denver", sequence=1,
                      status="CANCELLED", prodid="-//GoodTime.io//GoodTime Scheduling//EN")
    text2 = B("""
        Hi Marisol,

        Your interview for Merchandise Planner on Friday, March 20, 2026 at 9:00 AM MDT has been
        cancelled. No action is needed.

        Powered by GoodTime
        """)
    c.add("g2", gt, [me], "2026-03-19 15:30", text2, html=html_of(text2), html_only=True,
          subject="Interview Cancelled: Merchandise Planner – Summitline Outdoor – Fri, Mar 20",
          parent="g1", ics=cancel, ics_mode="attach", headers=AUTO, quote=False)
    c.add("m1", me, [kyle], "2026-03-19 17:48", B("""
        Hi Kyle,

        Thanks for the heads-up, and for being straight with me. Disappointing, but I get it –
        budgets are budgets. I'd love to hear from you if it opens back up.

        Best,
        Marisol
        """), parent="k1", sig=False)
    c.thread("g1", True, "interview", "Summitline Outdoor",
             "GoodTime onsite Fri 20 Mar 09:00-11:00 MDT with Rachel Ng and Owen Fitzgerald; "
             "cancelled by GoodTime on Thu 19 Mar")
    c.thread("k1", True, "interview", "Summitline Outdoor",
             "recruiter: the search is paused, tomorrow's onsite is off; Marisol replied")
    c.meeting("g1", start, end, met=["rachel.ng@summitline.com", "owen.fitzgerald@summitline.com"],
              status="cancelled", what="onsite")
    c.forbid("g1", "rachel.ng@summitline.com",
             "onsite cancelled the afternoon before (search paused); she never met Marisol")
    c.forbid("g1", "owen.fitzgerald@summitline.com",
             "onsite cancelled the afternoon before (search paused); he never met Marisol")
    c.forbid("g1", "no-reply@goodtime.io", "automated scheduler sender (GoodTime)")
    c.forbid("k1", "kyle.brandt@summitline.com",
             "the recruiter who paused the search; no meeting with him, no dated promise")
    return c


# ==========================================================================
# 07  UK, Manchester: the user bows out of a second stage
# ==========================================================================

def v07_user_bows_out():
    me = user("Imogen Hart", "imogen.hart@example.net", "Europe/London", "+44 7700 900233",
              "Imogen Hart\n07700 900233")
    c = new_case(
        "en-07-user-bows-out",
        "A UK second-stage interview cancelled by the user ('I'll have to bow out of Thursday') "
        "after accepting another offer",
        "Imogen Hart, a delivery manager in Manchester, was booked by an agency recruiter for a "
        "second stage at Lowry Digital on Thursday 26 March 2026 at 2pm, and the head of "
        "delivery sent an Outlook invitation. On Tuesday she told the recruiter she would bow "
        "out, having accepted another offer, and declined the invitation; the head of delivery "
        "cancelled it with a kind word. Nothing is owed.",
        me, "+44 7700 900233", "2026-03-27T10:00:00+00:00")
    gemma = Person("Gemma Clarke", "gemma.clarke@northerntalent.co.uk", "Europe/London",
                   sig="Gemma Clarke\nSenior Consultant – Digital\nNorthern Talent Partners\n"
                       "0161 555 0172 | 07700 900881")
    stuart = Person("Stuart Pollard", "stuart.pollard@lowrydigital.co.uk", "Europe/London",
                    style="outlook", region="eurprd02",
                    sig="Stuart Pollard\nHead of Delivery | Lowry Digital\nThe Hat Factory, Ancoats")
    c.add("g1", gemma, [me], "2026-03-20 16:12", B("""
        Hi Imogen,

        Great news – Lowry want you back for a second stage! Stuart Pollard (Head of Delivery)
        will host it at their Ancoats office on Thursday 26th March at 2pm, roughly an hour.
        He'll send over a calendar invite directly.

        Give me a bell if you want to run through anything beforehand.

        Cheers,
        """), subject="Lowry Digital – 2nd stage – Thurs 26th @ 2pm")
    start, end = at(me, "2026-03-26 14:00"), at(me, "2026-03-26 15:00")
    uid = uid_outlook("en07", "second")
    title = "Imogen Hart – 2nd stage interview (Delivery Manager)"
    ics = make_ics(method="REQUEST", uid=uid, stamp=at(stuart, "2026-03-20 17:01"), start=start,
                   end=end, summary=title, organizer=stuart,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="GMT Standard Time",
                   location="Lowry Digital, The Hat Factory – Meeting Room 2",
                   prodid=EXCHANGE_PRODID)
    c.add("s1", stuart, [me], "2026-03-20 17:01", B("""
        Hi Imogen,

        Looking forward to continuing the conversation. Reception is on the ground floor of the
        Hat Factory – just ask for me.

        Stuart
        """), subject=title, ics=ics, ics_mode="outlook", sig=False)
    c.add("m1", me, [gemma], "2026-03-24 09:35", B("""
        Hi Gemma,

        I'm really sorry to do this, but I'll have to bow out of Thursday. I accepted an offer
        from another company yesterday evening, and it wouldn't be fair to Stuart to carry on.
        Please pass on my apologies – I've genuinely enjoyed the process with Lowry.

        Imogen
        """), parent="g1")
    c.add("m2", me, [stuart], "2026-03-24 09:40",
          "Apologies Stuart – I've let Gemma know the reason.",
          subject="Declined: " + title, parent="s1", quote=False, sig=False)
    c.add("g2", gemma, [me], "2026-03-24 10:02", B("""
        Ah, that's a shame for us but congratulations!! Totally understand. I'll let Stuart know
        now. If the new place doesn't work out, you know where I am.
        """), parent="m1")
    cancel = make_ics(method="CANCEL", uid=uid, stamp=at(stuart, "2026-03-24 11:15"),
                      start=start, end=end, summary=title, organizer=stuart,
                      attendees=[(me, "DECLINED", "INDIVIDUAL")], tzid="GMT Standard Time",
                      sequence=1, status="CANCELLED", prodid=EXCHANGE_PRODID)
    c.add("s2", stuart, [me], "2026-03-24 11:15",
          "Gemma's passed on your news – congratulations, and best of luck in the new role.",
          subject="Canceled: " + title, parent="m2", ics=cancel, ics_mode="outlook",
          quote=False)
    c.thread("g1", True, "recruiter", "Northern Talent Partners",
             "agency books a second stage at Lowry Digital Thu 26 Mar 14:00; Imogen bows out on "
             "Tue 24 Mar (accepted another offer)")
    c.thread("s1", True, "interview", "Lowry Digital",
             "Outlook invite for Thu 26 Mar 14:00-15:00 GMT; declined by Imogen, cancelled by "
             "Stuart")
    c.meeting("s1", start, end, met=["stuart.pollard@lowrydigital.co.uk"], status="cancelled",
              what="second-stage interview")
    c.forbid("s1", "stuart.pollard@lowrydigital.co.uk",
             "Imogen withdrew on Tue 24 Mar and Stuart cancelled the Thursday interview; it "
             "never took place")
    c.forbid("g1", "gemma.clarke@northerntalent.co.uk",
             "the agency recruiter; no meeting with her and no promise; the user withdrew")
    return c


# ==========================================================================
# 08  Canada, Toronto: an Outlook CANCEL on the morning of the interview
# ==========================================================================

def v08_cancel_on_the_day():
    me = user("Gurpreet Sandhu", "gurpreet.sandhu@example.com", "America/Toronto",
              "+1 416 555 0193", "Gurpreet Sandhu\n416-555-0193")
    c = new_case(
        "en-08-cancel-on-the-day",
        "A Canadian Teams interview cancelled by an Outlook CANCEL on the morning itself",
        "Gurpreet Sandhu, an actuarial student in Toronto, had a Teams interview at Northvale "
        "Assurance on Tuesday 10 March 2026, 10:00-11:00 Eastern (two days after the change "
        "to daylight time), from an Outlook invitation that also books a meeting room. At 7:41 "
        "that morning the interviewer sent the cancellation with one line of apology. Gurpreet "
        "offered other times; no answer yet. Noise: a transit card receipt.",
        me, "+1 416 555 0193", "2026-03-11T16:00:00-04:00")
    sophie = Person("Sophie Tremblay", "sophie.tremblay@northvale.ca", "America/Toronto",
                    style="outlook", region="namprd20",
                    sig="Sophie Tremblay, FCIA\nManager, Commercial Lines Reserving\n"
                        "Northvale Assurance | 416-555-0110")
    room = ("TOR-14 Muskoka", "tor-14-muskoka@northvale.ca")
    start, end = at(me, "2026-03-10 10:00"), at(me, "2026-03-10 11:00")
    uid = uid_outlook("en08", "interview")
    title = "Interview – Actuarial Analyst (Gurpreet Sandhu)"
    people = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")]
    ics = make_ics(method="REQUEST", uid=uid, stamp=at(sophie, "2026-03-05 13:30"),
                   start=start, end=end, summary=title, organizer=sophie, attendees=people,
                   tzid="Eastern Standard Time", location="Microsoft Teams Meeting; TOR-14 Muskoka",
                   prodid=EXCHANGE_PRODID)
    c.add("s1", sophie, [me], "2026-03-05 13:30", B("""
        Hi Gurpreet,

        As discussed with Marc in HR, here's the invite for your interview with me next
        Tuesday. We'll spend most of the hour on a case about reserving for a small commercial
        auto book, so have a calculator handy.

        """) + "\n" + TEAMS_BLOCK % ("226 915 774 082", "Xk3b9Q"), subject=title, ics=ics,
          ics_mode="outlook", sig=False)
    c.add("a1", me, [sophie], "2026-03-05 14:02", "See you Tuesday.",
          subject="Accepted: " + title, parent="s1", quote=False, sig=False)
    cancel = make_ics(method="CANCEL", uid=uid, stamp=at(sophie, "2026-03-10 07:41"),
                      start=start, end=end, summary=title, organizer=sophie, attendees=people,
                      tzid="Eastern Standard Time", sequence=1, status="CANCELLED",
                      prodid=EXCHANGE_PRODID)
    c.add("s2", sophie, [me], "2026-03-10 07:41",
          "Apologies for the late notice – something urgent has landed on my desk this morning.",
          subject="Canceled: " + title, parent="a1", ics=cancel, ics_mode="outlook", quote=False,
          sig=False)
    c.add("g1", me, [sophie], "2026-03-10 09:15", B("""
        Hi Sophie,

        No problem at all – I hope the morning settles down. I'm flexible most of next week if
        you'd like to find another slot.

        Best regards,
        Gurpreet
        """), parent="s2", sig=False)
    presto = Person("PRESTO", "noreply@presto-card.example.com", "America/Toronto", style="auto")
    c.add("presto", presto, [me], "2026-03-09 06:12", B("""
        Your Autoload of $40.00 to card ending 3391 was successful.
        New balance: $52.75
        """), subject="Autoload confirmation", headers=AUTO)
    c.thread("s1", True, "interview", "Northvale Assurance",
             "Outlook/Teams interview Tue 10 Mar 10:00-11:00 EDT with a room booked; CANCEL at "
             "07:41 that morning; Gurpreet offered other times")
    c.thread("presto", False, None, None, "transit card autoload")
    c.meeting("s1", start, end, met=["sophie.tremblay@northvale.ca"], status="cancelled",
              what="interview")
    c.forbid("s1", "sophie.tremblay@northvale.ca",
             "interview cancelled by an Outlook CANCEL at 07:41 on the day; it never took place "
             "and she named no date")
    c.forbid("s1", "tor-14-muskoka@northvale.ca",
             "a meeting room (CUTYPE=ROOM) in a cancelled invitation, not a person")
    return c


# ==========================================================================
# 09  Australia, Melbourne: moved twice in words, only the final slot happened
# ==========================================================================

def v09_moved_twice_in_words():
    me = user("Bronte McAllister", "bronte.mcallister@example.net", "Australia/Melbourne",
              "+61 412 555 087", "Bronte McAllister\n0412 555 087")
    c = new_case(
        "en-09-moved-twice-in-words",
        "An Australian video interview moved twice in short replies (later, then earlier); "
        "only the final slot happened",
        "Bronte McAllister, a product designer in Melbourne, agreed a 45-minute Zoom chat with "
        "Ironbark Health's product lead for Tuesday 17 March 2026 at 10am. It moved to "
        "Thursday 19th ('Thursday works'), then to Wednesday 18th at 3pm, the day in between; "
        "the product lead's assistant sent the Zoom details. That evening the Wednesday chat "
        "has happened and is not yet thanked; the Thursday slot is still ahead but no longer a "
        "meeting.",
        me, "+61 412 555 087", "2026-03-18T21:00:00+11:00")
    matilda = Person("Matilda Cross", "matilda.cross@ironbarkhealth.com.au", "Australia/Melbourne",
                     sig="Matilda Cross\nHead of Product | Ironbark Health")
    priya = Person("Priya Nair", "priya.nair@ironbarkhealth.com.au", "Australia/Melbourne",
                   sig="Priya Nair | Executive Assistant to the Chief Product Officer\n"
                       "Ironbark Health | (03) 9555 0126")
    c.add("m1", matilda, [me], "2026-03-12 16:40", B("""
        Hi Bronte,

        Thanks for sending through your case studies – the patient intake redesign sparked a
        lot of conversation here. I'd love to find 45 mins for a proper chat about the Product
        Designer role.

        Would Tuesday 17th at 10am work? Happy to do it on Zoom.

        Cheers,
        """), subject="Product Designer role – time for a chat?")
    c.add("b1", me, [matilda], "2026-03-12 18:05", "Hi Matilda,\n\nTuesday 10am is perfect – "
          "talk then.\n\nBronte", parent="m1", sig=False)
    c.add("m2", matilda, [me], "2026-03-16 17:05", B("""
        Hi Bronte, bit of a curveball – our board meeting has landed on Tuesday morning. Any
        chance we could do Thursday (19th) at the same time instead? Sorry!

        M
        """), parent="b1", sig=False)
    c.add("b2", me, [matilda], "2026-03-16 17:31", "Thursday works.\n\nSent from my iPhone",
          parent="m2", sig=False)
    c.add("m3", matilda, [me], "2026-03-17 13:20", B("""
        Sorry to do this twice! Thursday is now clashing with a site visit down in Geelong.
        Could you do tomorrow (Wed 18th) at 3pm instead? Otherwise it'll have to be next week.

        M
        """), parent="b2", sig=False)
    c.add("b3", me, [matilda], "2026-03-17 13:48", "No worries at all – Wed 3pm suits me "
          "fine.\n\nSent from my iPhone", parent="m3", sig=False)
    c.add("p1", priya, [me], "2026-03-17 14:30", B("""
        Hi Bronte,

        Matilda has asked me to pop the Zoom details through for tomorrow, Wednesday 18 March,
        3:00–3:45pm AEDT:

        https://ironbarkhealth.zoom.us/j/84120937755
        Passcode: 518203

        Kind regards,
        """), parent="b3", cc=[matilda])
    myki = Person("myki", "noreply@myki-topup.example.com", "Australia/Melbourne", style="auto")
    c.add("myki", myki, [me], "2026-03-14 08:02", B("""
        Your top up of $30.00 to myki card ending 6604 is complete.
        Available balance: $41.20
        """), subject="Top up successful", headers=AUTO)
    c.thread("m1", True, "interview", "Ironbark Health",
             "Zoom chat moved Tue 17 Mar 10:00 -> Thu 19 Mar 10:00 -> Wed 18 Mar 15:00-15:45 "
             "AEDT, all in words; held Wednesday; the EA sent the link")
    c.thread("myki", False, None, None, "transport card top-up")
    c.meeting("m1", at(me, "2026-03-17 10:00"), at(me, "2026-03-17 10:45"),
              met=["matilda.cross@ironbarkhealth.com.au"], status="moved", what="first slot")
    c.meeting("m1", at(me, "2026-03-19 10:00"), at(me, "2026-03-19 10:45"),
              met=["matilda.cross@ironbarkhealth.com.au"], status="moved", what="second slot")
    c.meeting("m1", at(me, "2026-03-18 15:00"), at(me, "2026-03-18 15:45"),
              met=["matilda.cross@ironbarkhealth.com.au"], what="final slot")
    c.expect("thank_you", "m1", "matilda.cross@ironbarkhealth.com.au",
             "the chat finally held Wed 18 Mar 15:00-15:45 AEDT (moved from Tue, then from Thu); "
             "not thanked; due from 17:45")
    c.forbid("m1", "priya.nair@ironbarkhealth.com.au",
             "the executive assistant who sent the Zoom link; she was not on the call")
    return c


# ==========================================================================
# 10  Singapore: pushed from 2pm to 4pm the same day, by a reply and an updated invite
# ==========================================================================

def v10_pushed_to_four():
    me = user("Wong Jia Hui", "jiahui.wong@example.com", "Asia/Singapore", "+65 8155 0142",
              "Wong Jia Hui\n+65 8155 0142")
    c = new_case(
        "en-10-pushed-to-four",
        "A Singapore Teams interview moved later on the day itself, agreed in a short reply "
        "and sent again as an updated invitation",
        "Wong Jia Hui, a fund accountant in Singapore, had a Teams interview at Straits Quay "
        "Capital on Thursday 9 April 2026 at 2pm with the head of fund operations, sent as an "
        "Outlook invitation by a talent acquisition coordinator. That morning the coordinator "
        "asked to push it to 4pm; Jia Hui agreed and an updated invitation followed. The 4pm "
        "interview took place; that night it is not yet thanked.",
        me, "+65 8155 0142", "2026-04-09T22:15:00+08:00")
    aisyah = Person("Nur Aisyah Rahman", "aisyah.rahman@straitsquay.com.sg", "Asia/Singapore",
                    style="outlook", region="apcprd06",
                    sig="Nur Aisyah Rahman\nTalent Acquisition | Straits Quay Capital Pte. Ltd.\n"
                        "+65 6555 0187")
    gabriel = Person("Gabriel Teo", "gabriel.teo@straitsquay.com.sg", "Asia/Singapore",
                     style="outlook", region="apcprd06")
    title = "Interview: Fund Operations Associate – Wong Jia Hui"
    uid = uid_outlook("en10", "interview")
    people = [(gabriel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")]
    s1, e1 = at(me, "2026-04-09 14:00"), at(me, "2026-04-09 15:00")
    s2, e2 = at(me, "2026-04-09 16:00"), at(me, "2026-04-09 17:00")
    ics1 = make_ics(method="REQUEST", uid=uid, stamp=at(aisyah, "2026-04-06 10:12"), start=s1,
                    end=e1, summary=title, organizer=aisyah, attendees=people,
                    tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                    prodid=EXCHANGE_PRODID)
    c.add("a1", aisyah, [me], "2026-04-06 10:12", B("""
        Dear Jia Hui,

        Please find below the Teams invitation for your interview with Mr Gabriel Teo, Head of
        Fund Operations, on Thursday 9 April 2026, 2.00pm to 3.00pm (SGT).

        I will not be on the call myself, so do let me know beforehand if you face any issue
        joining.

        Regards,
        Aisyah

        """) + "\n" + TEAMS_BLOCK % ("471 338 902 615", "q7VfR2"), subject=title, ics=ics1,
          ics_mode="outlook", sig=False)
    c.add("j1", me, [aisyah], "2026-04-06 10:40", "Noted, see you on Thursday.",
          subject="Accepted: " + title, parent="a1", quote=False, sig=False)
    c.add("a2", aisyah, [me], "2026-04-09 11:02", B("""
        Hi Jia Hui,

        So sorry for the short notice. Gabriel has an urgent clash at 2pm today. Would 4pm
        today be ok instead? Same Teams link.

        Regards,
        Aisyah
        """), parent="j1", sig=False)
    c.add("j2", me, [aisyah], "2026-04-09 11:20", B("""
        Hi Aisyah,

        No problem, 4pm is fine with me.

        Regards,
        Jia Hui
        """), parent="a2", sig=False)
    ics2 = make_ics(method="REQUEST", uid=uid, stamp=at(aisyah, "2026-04-09 11:34"), start=s2,
                    end=e2, summary=title, organizer=aisyah, attendees=people,
                    tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                    sequence=1, prodid=EXCHANGE_PRODID)
    c.add("a3", aisyah, [me], "2026-04-09 11:34",
          "Updated to 4.00pm – 5.00pm SGT. Teams link unchanged.", subject=title, parent="j2",
          ics=ics2, ics_mode="outlook", quote=False, sig=False)
    c.thread("a1", True, "interview", "Straits Quay Capital",
             "Outlook/Teams interview Thu 9 Apr moved 14:00 -> 16:00-17:00 SGT the same morning "
             "('4pm is fine with me', updated invite); held at 4pm")
    c.meeting("a1", s1, e1, met=["gabriel.teo@straitsquay.com.sg"], status="moved",
              what="first slot")
    c.meeting("a1", s2, e2, met=["gabriel.teo@straitsquay.com.sg"], what="interview at 4pm")
    c.expect("thank_you", "a1", "gabriel.teo@straitsquay.com.sg",
             "interview held Thu 9 Apr 16:00-17:00 SGT after the move from 14:00; not thanked; "
             "due from 19:00")
    c.forbid("a1", "aisyah.rahman@straitsquay.com.sg",
             "the coordinator who organised and moved the invitation; she was not in the "
             "interview")
    return c


# ==========================================================================
# 11  US, Seattle: three slots offered, "the later slot is better for me"
# ==========================================================================

def v11_later_slot_picked():
    me = user("Ramón Castillo", "ramon.castillo@example.net", "America/Los_Angeles",
              "+1 206 555 0174", "Ramón Castillo\n(206) 555-0174")
    c = new_case(
        "en-11-later-slot-picked",
        "A US phone interview picked from three offered slots in a reply, confirmed in words "
        "with the interviewer's address; no invitation",
        "Ramón Castillo, a controls engineer in Seattle, was offered three slots by a Cedarline "
        "Robotics recruiter for a call with the director of controls. He picked 'the later "
        "slot' on Thursday 5 March 2026 and the recruiter confirmed 3:30-4:15 pm PT in words, "
        "giving the director's address. No calendar invitation, nothing after. The other two "
        "slots were never meetings.",
        me, "+1 206 555 0174", "2026-03-06T13:00:00-08:00")
    alyssa = Person("Alyssa Park", "alyssa@cedarline.io", "America/Los_Angeles",
                    sig="Alyssa Park\nTalent Partner, Cedarline Robotics")
    c.add("a1", alyssa, [me], "2026-03-03 11:05", B("""
        Hi Ramón,

        Thanks for your patience while the team reviewed. Viktor Hale, our Director of
        Controls, would like to talk with you next. Do any of these work? All times Pacific,
        45 minutes:

        - Thu 3/5, 10:00am
        - Thu 3/5, 3:30pm
        - Fri 3/6, 9:00am

        Alyssa
        """), subject="Cedarline – next conversation", sig=False)
    c.add("r1", me, [alyssa], "2026-03-03 12:20", B("""
        Hi Alyssa,

        The later slot on Thursday is better for me – 3:30 would be great.

        Best,
        Ramón
        """), parent="a1", sig=False)
    c.add("a2", alyssa, [me], "2026-03-03 13:02", B("""
        Perfect – you're locked in for Thursday 3/5, 3:30–4:15pm PT with Viktor Hale
        (viktor@cedarline.io). He'll call your cell at (206) 555-0174, so no link needed. He's
        pretty informal; expect a lot of questions about the motor-control work on your resume.

        Good luck!
        """), parent="r1")
    c.thread("a1", True, "interview", "Cedarline Robotics",
             "three slots offered; 'the later slot on Thursday' picked; call Thu 5 Mar "
             "15:30-16:15 PST with Viktor Hale (address in the confirmation); nothing after")
    c.meeting("a1", at(me, "2026-03-05 15:30"), at(me, "2026-03-05 16:15"),
              met=["viktor@cedarline.io"], what="phone interview")
    c.expect("thank_you", "a1", "viktor@cedarline.io",
             "call Thu 5 Mar 3:30-4:15 pm PST (the later Thursday slot, confirmed in words) took "
             "place; no note to Viktor; due from 6:15 pm, overdue at 4:15 pm Fri")
    c.forbid("a1", "alyssa@cedarline.io",
             "the recruiter who offered the slots and confirmed; she was not on the call")
    return c


# ==========================================================================
# 12  Ireland, Cork: a coffee proposed and never confirmed
# ==========================================================================

def v12_coffee_never_confirmed():
    me = user("Aoife Kennelly", "aoife.kennelly@example.com", "Europe/Dublin",
              "+353 85 555 0127", "Aoife Kennelly\n085 555 0127")
    c = new_case(
        "en-12-coffee-never-confirmed",
        "An Irish networking coffee proposed for a date and never confirmed: no meeting",
        "Aoife Kennelly, a developer in Cork, cold-emailed a fellow UCC graduate at Harbourlight "
        "Software for a coffee. He offered 'Tuesday or Wednesday week'; she proposed Wednesday "
        "18 February 2026 at 9.00 at a café on Bridge Street. He never answered, and nothing "
        "says they met. A week later nothing is owed. Noise: an alumni newsletter.",
        me, "+353 85 555 0127", "2026-02-24T10:00:00+00:00")
    rory = Person("Rory Fitzpatrick", "rory.fitzpatrick@harbourlightsoftware.ie", "Europe/Dublin",
                  sig="Rory Fitzpatrick\nEngineering Manager, Devices\nHarbourlight Software")
    c.add("a1", me, [rory], "2026-02-05 19:42", B("""
        Hi Rory,

        I hope you don't mind the cold email – I found you through the UCC Computer Science
        alumni group. I'm finishing a contract at an insurance firm and trying to move into
        embedded work, and I saw Harbourlight is growing its device team in Cork.

        Would you have 20 minutes for a coffee some morning in the next couple of weeks? I'd
        love to hear how you made the jump from web to firmware.

        All the best,
        Aoife
        """), subject="Fellow UCC grad – 20 mins over coffee?")
    c.add("r1", rory, [me], "2026-02-09 08:55", B("""
        Hi Aoife,

        Not at all, happy to help a fellow UCC head. Would Tuesday or Wednesday week suit?
        Mornings are best for me, before stand-up at 10.

        Rory
        """), parent="a1")
    c.add("a2", me, [rory], "2026-02-09 12:30", B("""
        Thanks Rory! Wednesday the 18th would be great – would 9.00 at Cork Coffee Roasters on
        Bridge Street work for you?

        Aoife
        """), parent="r1", sig=False)
    alumni = Person("UCC Alumni", "alumni-news@ucc-alumni.example.com", "Europe/Dublin",
                    style="auto")
    c.add("news", alumni, [me], "2026-02-19 12:00", B("""
        UCC Alumni Bulletin – February

        * Reunion weekend: booking now open
        * Careers: mentoring programme for recent graduates
        * Campus: new Hub building opening hours
        """), subject="Alumni Bulletin – February 2026",
          headers=bulk_headers("<bulletin.ucc-alumni.example.com>",
                               "https://ucc-alumni.example.com/unsubscribe"))
    c.thread("a1", True, "networking", "Harbourlight Software",
             "coffee proposed for Wed 18 Feb 09:00; Rory never confirmed; nothing says it "
             "happened")
    c.thread("news", False, None, None, "alumni newsletter")
    c.meeting("a1", at(me, "2026-02-18 09:00"), at(me, "2026-02-18 09:30"),
              met=["rory.fitzpatrick@harbourlightsoftware.ie"], status="proposed",
              networking=True, what="proposed coffee")
    c.forbid("a1", "rory.fitzpatrick@harbourlightsoftware.ie",
             "the coffee on Wed 18 Feb was proposed by Aoife and never confirmed; no sign it "
             "took place, so no thank-you and no networking touch")
    return c


# ==========================================================================
# 13  India, Hyderabad: the interviewer never joined
# ==========================================================================

def v13_interviewer_no_show():
    me = user("Ananya Rao", "ananya.rao@example.org", "Asia/Kolkata", "+91 99080 55231",
              "Ananya Rao\n+91 99080 55231")
    c = new_case(
        "en-13-interviewer-no-show",
        "An Indian video interview where the interviewer never joined; HR promised a new slot "
        "by Friday and went quiet",
        "Ananya Rao, a data scientist in Hyderabad, waited in the Google Meet for Trellisoft's "
        "L1 interview on Wednesday 4 March 2026 at 3 PM IST; the interviewer never joined. She "
        "wrote to HR, who apologised ('pulled into a production issue') and promised to confirm "
        "a new slot by Friday. Nothing came. A week later the callback to HR is due; nothing is "
        "owed to the interviewer.",
        me, "+91 99080 55231", "2026-03-12T11:00:00+05:30")
    pooja = Person("Pooja Verma", "pooja.verma@trellisoft.co.in", "Asia/Kolkata",
                   sig="Thanks & Regards,\nPooja Verma\nHR – Talent Acquisition\n"
                       "Trellisoft Analytics Pvt Ltd")
    vikram = Person("Vikram Joshi", "vikram.joshi@trellisoft.co.in", "Asia/Kolkata")
    start, end = at(me, "2026-03-04 15:00"), at(me, "2026-03-04 16:00")
    title = "Ananya Rao - Data Scientist - L1 Interview"
    desc = ("L1 technical interview with Vikram Joshi (Lead Data Scientist). Please join 5 mins "
            "early.\n\nJoin with Google Meet: meet.google.com/qwe-rtyu-iop")
    ics = make_ics(method="REQUEST", uid=uid_google("en13", "l1"),
                   stamp=at(pooja, "2026-03-02 12:15"), start=start, end=end, summary=title,
                   organizer=pooja,
                   attendees=[(pooja, "ACCEPTED", "INDIVIDUAL"), (vikram, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Asia/Kolkata", description=desc)
    c.add("inv", pooja, [me, vikram], "2026-03-02 12:15", B("""
        %s
        Wednesday 4 Mar 2026 ⋅ 3pm – 4pm
        India Standard Time - Kolkata

        %s

        Organiser
        Pooja Verma
        pooja.verma@trellisoft.co.in

        Guests
        Pooja Verma - organiser
        Vikram Joshi
        ananya.rao@example.org

        Invitation from Google Calendar
        """) % (title, desc),
          subject="Invitation: %s @ Wed 4 Mar 2026 3pm - 4pm (IST) (ananya.rao@example.org)"
          % title, ics=ics, headers=GCAL, sig=False)
    c.add("n1", me, [pooja], "2026-03-04 15:25", B("""
        Dear Pooja,

        I have been waiting in the Google Meet since 2:55 PM for my L1 interview, but the
        interviewer has not joined yet. Could you please check once? I am still on the link.

        Regards,
        """), subject="L1 interview at 3 PM today – interviewer has not joined", cc=[vikram])
    c.add("n2", pooja, [me], "2026-03-04 16:10", B("""
        Hi Ananya,

        Extremely sorry for the inconvenience caused. Vikram got pulled into a critical
        production issue and could not join. We will reschedule and confirm the new slot by
        Friday.

        Apologies once again.
        """), parent="n1", cc=[vikram])
    c.add("n3", me, [pooja], "2026-03-04 16:32", B("""
        Hi Pooja,

        Sure, no problem. I will wait for the new slot.

        Regards,
        Ananya
        """), parent="n2", sig=False)
    c.thread("inv", True, "interview", "Trellisoft Analytics",
             "Google invite for L1 Wed 4 Mar 15:00-16:00 IST with Vikram Joshi; he never joined")
    c.thread("n1", True, "interview", "Trellisoft Analytics",
             "Ananya reports the no-show at 15:25; HR: 'confirm the new slot by Friday' (6 Mar); "
             "nothing since")
    c.meeting("inv", start, end, met=["vikram.joshi@trellisoft.co.in"], status="no_show",
              what="L1 interview (interviewer absent)")
    c.promise("n1", "n2", "pooja.verma@trellisoft.co.in", "2026-03-06")
    c.expect("callback", "n1", "pooja.verma@trellisoft.co.in",
             "'We will reschedule and confirm the new slot by Friday' (6 Mar); nothing from "
             "Trellisoft since; due end of Tue 10 Mar", promised="2026-03-06")
    c.forbid("inv", "vikram.joshi@trellisoft.co.in",
             "the interviewer never joined the Meet; no interview took place, so no thank-you")
    return c


# ==========================================================================
# 14  Nigeria, Abuja: the user missed the call; rebooked for next week
# ==========================================================================

def v14_user_missed_call():
    me = user("Ibrahim Musa", "ibrahim.musa@example.net", "Africa/Lagos", "+234 809 555 0132",
              "Ibrahim Musa\n0809 555 0132")
    c = new_case(
        "en-14-user-missed-call",
        "A Nigerian phone interview the user missed (no network); rebooked for a day after now",
        "Ibrahim Musa, an agronomist in Abuja, had a phone interview with Sahel Agritech's HR "
        "business partner on Thursday 12 March 2026 by 11am. He was out of network coverage "
        "and missed it, apologised that afternoon, and the call was rebooked for Tuesday 17th "
        "by 10am. On Monday morning nothing has taken place yet. The portal's automatic "
        "acknowledgement is in its own thread.",
        me, "+234 809 555 0132", "2026-03-16T09:00:00+01:00")
    careers = Person("Sahel Agritech Careers", "careers@sahelagritech.com", "Africa/Lagos",
                     style="auto")
    funmi = Person("Funmilayo Adebayo", "funmi.adebayo@sahelagritech.com", "Africa/Lagos",
                   sig="Funmilayo Adebayo\nHR Business Partner, Sahel Agritech Ltd\n"
                       "Plot 1120, Cadastral Zone, Jabi, Abuja")
    text = B("""
        Dear Ibrahim,

        Thank you for applying for the Field Operations Supervisor (Kaduna) role at Sahel
        Agritech.

        Our team will review your application and contact shortlisted candidates. Due to the
        volume of applications, only shortlisted candidates will be contacted.

        Sahel Agritech Talent Team
        """)
    c.add("ack", careers, [me], "2026-03-02 09:14", text, html=html_of(text), html_only=True,
          subject="Application Received – Field Operations Supervisor (Kaduna)", headers=AUTO)
    c.add("f1", funmi, [me], "2026-03-09 15:40", B("""
        Dear Ibrahim,

        Good afternoon. Your application for the Field Operations Supervisor role has been
        shortlisted.

        I will be conducting a telephone interview with you on Thursday, 12th March 2026 by
        11am. I will call you on 0809 555 0132. The call should last about 30 minutes.

        Kindly confirm that the time is convenient.

        Regards,
        """), subject="Phone Interview – Field Operations Supervisor")
    c.add("i1", me, [funmi], "2026-03-09 16:22", B("""
        Good afternoon Ma,

        Thank you for the opportunity. Thursday by 11am is convenient for me. I will be
        expecting your call.

        Regards,
        Ibrahim Musa
        """), parent="f1", sig=False)
    c.add("i2", me, [funmi], "2026-03-12 14:20", B("""
        Good afternoon Ma,

        I sincerely apologise for missing your call this morning. I travelled to Kubwa and the
        network there was very poor; I only saw your missed calls when I got back to town.
        Please, is it possible to reschedule? I am available any day this week or next.

        Regards,
        Ibrahim
        """), parent="i1", sig=False)
    c.add("f2", funmi, [me], "2026-03-12 16:05", B("""
        Dear Ibrahim,

        No problem, these things happen. Let us try again on Tuesday, 17th March by 10am.
        Please make sure you are somewhere with good reception.

        Regards,
        Funmilayo
        """), parent="i2", sig=False)
    c.add("i3", me, [funmi], "2026-03-12 16:40",
          "Thank you Ma. Tuesday by 10am is fine, I will be available.\n\nIbrahim\n\n"
          "Sent from Yahoo Mail on Android", parent="f2", sig=False)
    c.thread("ack", True, "application", "Sahel Agritech",
             "portal acknowledgement of the application")
    c.thread("f1", True, "interview", "Sahel Agritech",
             "phone interview Thu 12 Mar 11:00 WAT missed by Ibrahim (no network); rebooked for "
             "Tue 17 Mar 10:00")
    c.meeting("f1", at(me, "2026-03-12 11:00"), at(me, "2026-03-12 11:30"),
              met=["funmi.adebayo@sahelagritech.com"], status="missed",
              what="phone interview the user missed")
    c.meeting("f1", at(me, "2026-03-17 10:00"), at(me, "2026-03-17 10:30"),
              met=["funmi.adebayo@sahelagritech.com"], status="scheduled",
              what="rebooked phone interview")
    c.forbid("f1", "funmi.adebayo@sahelagritech.com",
             "the Thursday call never happened (Ibrahim missed it and apologised) and the "
             "rebooked call on Tue 17 Mar 10:00 is still ahead")
    c.forbid("ack", "careers@sahelagritech.com",
             "automatic acknowledgement of a portal application; no person to write to")
    return c


# ==========================================================================
# 15  UK, Bristol: a substitute interviewer on the morning
# ==========================================================================

def v15_substitute_interviewer():
    me = user("Rhys Pritchard", "rhys.pritchard@example.org", "Europe/London", "+44 7700 900518",
              "Rhys Pritchard\n07700 900518")
    c = new_case(
        "en-15-substitute-interviewer",
        "A UK video interview where the named interviewer was off sick and a colleague took "
        "the call",
        "Rhys Pritchard, a level designer in Bristol, was booked by Clifton Forge Games' "
        "talent partner for a design chat with the lead level designer on Tuesday 17 March "
        "2026 at 10:30. That morning the talent partner wrote that the lead was off with flu "
        "and another lead, copied in, would take the call. The call happened; by the evening "
        "nobody has been thanked.",
        me, "+44 7700 900518", "2026-03-17T17:00:00+00:00")
    hollie = Person("Hollie Brooks", "hollie.brooks@cliftonforge.co.uk", "Europe/London",
                    sig="Hollie Brooks\nTalent Partner | Clifton Forge Games")
    joe = Person("Joe Whitaker", "joe.whitaker@cliftonforge.co.uk", "Europe/London")
    c.add("h1", hollie, [me], "2026-03-13 15:20", B("""
        Hi Rhys,

        Lovely to hear you're keen to take things forward! Next up is a design chat with
        Natasha Greene (natasha.greene@cliftonforge.co.uk), our Lead Level Designer. How does
        Tuesday 17 March, 10:30–11:30, on Google Meet sound? Natasha likes to screen-share a
        blockout and ask you to talk through how you'd pace it, so no prep beyond that.

        Meet: meet.google.com/hfe-zuvo-qpr

        Best,
        """), subject="Clifton Forge – Level Designer – design chat")
    c.add("r1", me, [hollie], "2026-03-13 16:02", "Hi Hollie,\n\nTuesday at half ten works "
          "for me. Cheers!\n\nRhys", parent="h1", sig=False)
    c.add("h2", hollie, [me], "2026-03-17 08:12", B("""
        Morning Rhys,

        Quick change: Natasha's come down with flu and is off today, so Joe Whitaker (cc'd), our
        other Lead Level Designer, will take your chat at 10:30 instead. Same Meet link, same
        format.

        Hollie
        """), parent="r1", cc=[joe], sig=False)
    c.add("r2", me, [hollie, joe], "2026-03-17 08:30", "No problem at all – hope Natasha "
          "feels better soon. Speak at 10:30, Joe.\n\nRhys", parent="h2", sig=False)
    c.thread("h1", True, "interview", "Clifton Forge Games",
             "design chat Tue 17 Mar 10:30-11:30 GMT; Natasha off sick, Joe Whitaker took it; "
             "no thanks yet")
    c.meeting("h1", at(me, "2026-03-17 10:30"), at(me, "2026-03-17 11:30"),
              met=["joe.whitaker@cliftonforge.co.uk"], what="design chat")
    c.expect("thank_you", "h1", "joe.whitaker@cliftonforge.co.uk",
             "Joe stood in for Natasha at the Tue 17 Mar 10:30-11:30 chat; not thanked; due "
             "from 13:30")
    c.forbid("h1", "natasha.greene@cliftonforge.co.uk",
             "named interviewer, off sick on the day; she never met Rhys")
    c.forbid("h1", "hollie.brooks@cliftonforge.co.uk",
             "the talent partner who arranged the chat; she was not in it")
    return c


# ==========================================================================
# 16  US, Boston: an extra person joined; the organiser was thanked in the thread
# ==========================================================================

def v16_extra_person_joined():
    me = user("Kendra Liu", "kendra.liu@example.com", "America/New_York", "+1 617 555 0148",
              "Kendra Liu\n617-555-0148")
    c = new_case(
        "en-16-extra-person-joined",
        "A US Zoom interview joined halfway by a colleague whom the interviewer later copies; "
        "only the interviewer was thanked",
        "Kendra Liu, an assay scientist in Boston, had a Zoom conversation with Halcyon "
        "Therapeutics' associate director on Tuesday 21 April 2026, 1:00-2:00 pm ET. She "
        "thanked him in the same thread that evening. His reply the next morning says a "
        "colleague hopped on for the second half and copies her; he will be in touch 'early "
        "next week'. The colleague is owed a thank-you.",
        me, "+1 617 555 0148", "2026-04-23T10:00:00-04:00")
    aaron = Person("Aaron Feldman", "aaron.feldman@halcyontx.com", "America/New_York",
                   style="outlook", region="namprd07",
                   sig="Aaron Feldman, PhD\nAssociate Director, Assay Development\n"
                       "Halcyon Therapeutics | 300 Technology Sq, Cambridge MA")
    ingrid = Person("Ingrid Solberg", "ingrid.solberg@halcyontx.com", "America/New_York",
                    style="outlook", region="namprd07")
    c.add("a1", aaron, [me], "2026-04-16 10:22", B("""
        Hi Kendra,

        Thanks for sending your materials over. I'd like to set up a conversation about the
        Scientist II role in Assay Development. Does Tuesday 4/21, 1:00–2:00 pm ET work? We'll
        do it on Zoom:

        https://halcyontx.zoom.us/j/93318420571
        Meeting ID: 933 1842 0571

        Best,
        Aaron
        """), subject="Halcyon – Scientist II, Assay Development – conversation Tue 4/21")
    c.add("k1", me, [aaron], "2026-04-16 11:05", "Hi Aaron,\n\nTuesday 4/21 at 1:00 works – "
          "looking forward to it.\n\nBest,\nKendra", parent="a1", sig=False)
    c.add("k2", me, [aaron], "2026-04-21 17:40", B("""
        Hi Aaron,

        Thank you for the conversation this afternoon. I especially enjoyed hearing how the team
        is moving the potency assays onto the new plate reader platform – it's very close to
        the method transfer I led at Corvale last year, and I'd love to bring that experience
        to Halcyon.

        Thanks again for your time,
        Kendra
        """), parent="k1")
    c.add("a2", aaron, [me], "2026-04-22 08:15", B("""
        Kendra – thanks for the note. I'm glad Ingrid was able to hop on for the second half;
        she came away impressed by your ELISA troubleshooting story, and I've copied her here.
        We'll regroup as a team on Friday and I'll be in touch early next week about next
        steps.

        Aaron
        """), parent="k2", cc=[ingrid], sig=False)
    c.thread("a1", True, "interview", "Halcyon Therapeutics",
             "Zoom conversation Tue 21 Apr 13:00-14:00 EDT; Aaron thanked that evening; Ingrid "
             "joined for the second half and is copied on his reply; 'early next week'")
    c.meeting("a1", at(me, "2026-04-21 13:00"), at(me, "2026-04-21 14:00"),
              met=["aaron.feldman@halcyontx.com", "ingrid.solberg@halcyontx.com"],
              thanks={"aaron.feldman@halcyontx.com": "k2"}, what="interview")
    c.promise("a1", "a2", "aaron.feldman@halcyontx.com", "2026-04-29")
    c.expect("thank_you", "a1", "ingrid.solberg@halcyontx.com",
             "she joined the Tue 21 Apr interview for its second half (Aaron's reply, which "
             "copies her); Kendra's note went to Aaron only; overdue since Wed 2:00 pm")
    c.forbid("a1", "aaron.feldman@halcyontx.com",
             "thanked in this thread the same evening; his 'early next week' has not come yet")
    return c


# ==========================================================================
# 17  Australia, Brisbane: a panellist invited who did not come
# ==========================================================================

def v17_panellist_did_not_come():
    me = user("Ella Fitzsimmons", "ella.fitzsimmons@example.net", "Australia/Brisbane",
              "+61 438 555 219", "Ella Fitzsimmons\n0438 555 219")
    c = new_case(
        "en-17-panellist-did-not-come",
        "An Australian panel of three on the invitation where one was called away; the chair "
        "was thanked in a new thread, the other panellist not",
        "Ella Fitzsimmons, a civil engineer in Brisbane, was invited by Bunya Civil's People & "
        "Culture partner to a panel interview on Tuesday 14 April 2026 at 9:30am (AEST, no "
        "daylight saving in Queensland) with a principal engineer and a project director. She "
        "thanked the chair in a new thread that afternoon; the chair's reply says the project "
        "director was called out to a site, so it was just the two of them, and promises news "
        "by Friday week. The principal engineer is owed a thank-you.",
        me, "+61 438 555 219", "2026-04-16T09:00:00+10:00")
    kylie = Person("Kylie Brennan", "kylie.brennan@bunyacivil.com.au", "Australia/Brisbane",
                   style="outlook", region="apcprd04",
                   sig="Kylie Brennan\nPeople & Culture Business Partner\nBunya Civil Pty Ltd\n"
                       "Level 5, 140 Ann Street, Brisbane QLD 4000")
    tom = Person("Tom Nguyen", "tom.nguyen@bunyacivil.com.au", "Australia/Brisbane")
    mark = Person("Mark Sorensen", "mark.sorensen@bunyacivil.com.au", "Australia/Brisbane")
    room = ("BNE L5 Brisbane River", "room.bne.l5.river@bunyacivil.com.au")
    start, end = at(me, "2026-04-14 09:30"), at(me, "2026-04-14 10:30")
    title = "Interview – Project Engineer (Water Infrastructure) – Ella Fitzsimmons"
    ics = make_ics(method="REQUEST", uid=uid_outlook("en17", "panel"),
                   stamp=at(kylie, "2026-04-08 15:10"), start=start, end=end, summary=title,
                   organizer=kylie,
                   attendees=[(tom, "ACCEPTED", "INDIVIDUAL"), (mark, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")],
                   tzid="E. Australia Standard Time", location="BNE L5 Brisbane River",
                   prodid=EXCHANGE_PRODID)
    c.add("inv", kylie, [me], "2026-04-08 15:10", B("""
        Hi Ella,

        Please find the invitation for your interview on Tuesday 14 April at 9:30am. The panel
        will be:

        - Kylie Brennan, People & Culture Business Partner (chair)
        - Tom Nguyen, Principal Engineer – Water
        - Mark Sorensen, Project Director

        We're on Level 5, 140 Ann Street – come up to reception and ask for me. Allow about an
        hour.

        Kind regards,
        Kylie
        """), subject=title, ics=ics, ics_mode="outlook", sig=False)
    c.add("t1", me, [kylie], "2026-04-14 14:10", B("""
        Hi Kylie,

        Thank you for having me in this morning. I really appreciated the chance to talk through
        the pump station upgrade I delivered at Logan, and it was great to hear how the team is
        approaching the Moreton Bay renewals program.

        Kind regards,
        Ella
        """), subject="Thank you – Project Engineer interview")
    c.add("t2", kylie, [me], "2026-04-14 16:45", B("""
        Thanks Ella, lovely to meet you. Yes – Mark got called out to the Burpengary site at the
        last minute, so it ended up just being Tom and me. We're hoping to get back to all
        candidates by Friday week (24 April).

        Cheers,
        Kylie
        """), parent="t1", sig=False)
    c.thread("inv", True, "interview", "Bunya Civil",
             "panel Tue 14 Apr 09:30-10:30 AEST invited Kylie (chair), Tom and Mark; Mark was "
             "called away; Tom not thanked")
    c.thread("t1", True, "interview", "Bunya Civil",
             "Ella thanks the chair in a new thread; Kylie: 'just Tom and me'; news 'by Friday "
             "week (24 April)'")
    c.meeting("inv", start, end,
              met=["kylie.brennan@bunyacivil.com.au", "tom.nguyen@bunyacivil.com.au"],
              thanks={"kylie.brennan@bunyacivil.com.au": "t1"}, what="panel interview")
    c.promise("t1", "t2", "kylie.brennan@bunyacivil.com.au", "2026-04-24")
    c.expect("thank_you", "inv", "tom.nguyen@bunyacivil.com.au",
             "on the Tue 14 Apr panel ('just Tom and me'); Ella's note went to Kylie only; "
             "overdue since Wed 10:30")
    c.forbid("inv", "mark.sorensen@bunyacivil.com.au",
             "invited but called out to a site at the last minute; he never met Ella")
    c.forbid("inv", "kylie.brennan@bunyacivil.com.au",
             "the chair, thanked in a new thread that afternoon; her 'by Friday week (24 April)' "
             "is still ahead")
    return c


# ==========================================================================
# 18  Canada, Vancouver: a panel named only in the recruiter's text; one note to two
# ==========================================================================

def v18_panel_named_in_text():
    me = user("Nadia Haddad", "nadia.haddad@example.org", "America/Vancouver", "+1 604 555 0126",
              "Nadia Haddad\n604-555-0126")
    c = new_case(
        "en-18-panel-named-in-text",
        "A Canadian Zoom panel of three named with addresses only in the recruiter's text; one "
        "thank-you note went to two of them",
        "Nadia Haddad, a business analyst in Vancouver, had a Zoom panel at Coastal Range "
        "Credit Union on Wednesday 8 April 2026, 1:00-2:30 pm PT. The recruiter's mail named "
        "the three panellists with their addresses (no invitation) and said she would not be "
        "on the call. That evening Nadia sent one note to two of the panellists in a new "
        "thread. The third is owed a thank-you.",
        me, "+1 604 555 0126", "2026-04-10T10:00:00-07:00")
    shauna = Person("Shauna McLeod", "shauna.mcleod@coastalrangecu.ca", "America/Vancouver",
                    style="outlook", region="namprd19",
                    sig="Shauna McLeod | Talent Acquisition Advisor\nCoastal Range Credit Union")
    trevor = Person("Trevor Blackwood", "trevor.blackwood@coastalrangecu.ca", "America/Vancouver")
    anjali = Person("Anjali Mehta", "anjali.mehta@coastalrangecu.ca", "America/Vancouver")
    c.add("s1", shauna, [me], "2026-04-02 14:30", B("""
        Hi Nadia,

        Thanks for confirming – here are the details for your panel interview.

        When: Wednesday, April 8, 1:00–2:30 pm PT
        Where: Zoom – https://coastalrangecu.zoom.us/j/88241570913 (passcode 402117)

        Your panel:
        - Trevor Blackwood, Manager, Member Systems (trevor.blackwood@coastalrangecu.ca)
        - Anjali Mehta, Senior Business Analyst (anjali.mehta@coastalrangecu.ca)
        - Luc Gagnon, Lending Operations Lead (luc.gagnon@coastalrangecu.ca)

        Expect a mix of behavioural questions and a short requirements exercise. I won't be on
        the call, but I'm around all day if anything goes sideways with the link.

        We're hoping to wrap up interviews by the 17th and will be in touch the week after.

        Cheers,
        Shauna
        """), subject="Your panel interview – Business Systems Analyst", sig=False)
    c.add("n1", me, [shauna], "2026-04-02 15:02", "Got it – all looks good. See you on the "
          "8th (well, the panel will!).\n\nNadia", parent="s1", sig=False)
    c.add("g1", me, [trevor, anjali], "2026-04-08 18:20", B("""
        Hi Trevor and Anjali,

        Thank you both for the conversation this afternoon. I enjoyed working through the loan
        origination exercise with you, and hearing about the plans to retire the legacy member
        portal made me even keener on the role.

        Thanks again for your time,
        Nadia
        """), subject="Thank you – BSA panel today")
    c.thread("s1", True, "interview", "Coastal Range Credit Union",
             "Zoom panel Wed 8 Apr 13:00-14:30 PDT: Trevor, Anjali, Luc named with addresses in "
             "the text; recruiter not on it; 'in touch the week after' the 17th")
    c.thread("g1", True, "interview", "Coastal Range Credit Union",
             "one thank-you note to Trevor and Anjali that evening; Luc left out")
    c.meeting("s1", at(me, "2026-04-08 13:00"), at(me, "2026-04-08 14:30"),
              met=["trevor.blackwood@coastalrangecu.ca", "anjali.mehta@coastalrangecu.ca",
                   "luc.gagnon@coastalrangecu.ca"],
              thanks={"trevor.blackwood@coastalrangecu.ca": "g1",
                      "anjali.mehta@coastalrangecu.ca": "g1"}, what="panel interview")
    c.promise("s1", "s1", "shauna.mcleod@coastalrangecu.ca", "2026-04-24")
    c.expect("thank_you", "s1", "luc.gagnon@coastalrangecu.ca",
             "panellist at the Wed 8 Apr 1:00-2:30 pm PT panel (address in the recruiter's "
             "mail); the joint note went to Trevor and Anjali only; overdue since Thu 2:30 pm")
    c.forbid("s1", "anjali.mehta@coastalrangecu.ca",
             "thanked by the joint note of Wed 8 Apr 6:20 pm (one note satisfies each addressee)")
    c.forbid("s1", "shauna.mcleod@coastalrangecu.ca",
             "the recruiter: not on the panel; 'in touch the week after' the 17th is still ahead")
    return c


# ==========================================================================
# 19  Singapore: a person met whose address is nowhere; the agency arranged it
# ==========================================================================

def v19_address_unknown():
    me = user("Arjun Pillai", "arjun.pillai@example.net", "Asia/Singapore", "+65 9155 0183",
              "Arjun Pillai\n+65 9155 0183")
    c = new_case(
        "en-19-address-unknown",
        "A Singapore onsite with a second interviewer whose address the mailbox never gives; "
        "the agency consultant who arranged it is reachable",
        "Arjun Pillai, a data engineer in Singapore, met Kallang Data's head of data platform "
        "and a finance business partner on Tuesday 24 March 2026, 10.00-11.00am, arranged by "
        "an Orchid Talent consultant whose mail gave only the first one's address. Arjun "
        "thanked him in a new thread that afternoon and has not written to the consultant "
        "since. The finance partner cannot be thanked without her address: the consultant "
        "should be asked for it.",
        me, "+65 9155 0183", "2026-03-25T15:00:00+08:00")
    michelle = Person("Michelle Koh", "michelle.koh@orchidtalent.com.sg", "Asia/Singapore",
                      sig="Best regards,\nMichelle Koh\nSenior Consultant, Technology | "
                          "Orchid Talent Pte Ltd\nEA Licence 19C4821 | Reg. R1987432\n"
                          "+65 9555 0162")
    weiming = Person("Lim Wei Ming", "weiming.lim@kallangdata.sg", "Asia/Singapore")
    c.add("m1", michelle, [me], "2026-03-20 17:45", B("""
        Hi Arjun,

        Good news, Kallang Data would like to meet you in person.

        Date: Tue, 24 Mar 2026
        Time: 10.00am – 11.00am
        Venue: Kallang Data, 8 Kallang Avenue, #09-01, Aperia Tower 1 – register at the lobby
        You'll meet: Mr Lim Wei Ming, Head of Data Platform (weiming.lim@kallangdata.sg), and
        Ms Priscilla Goh from Finance, who sits in on senior hires.

        Please bring your IC for the lobby. Do call me after the session to debrief ya.
        """), subject="Kallang Data – interview confirmed Tue 24/3 10am")
    c.add("a1", me, [michelle], "2026-03-20 18:10", "Hi Michelle, noted with thanks! Will be "
          "there by 9.45.\n\nArjun", parent="m1", sig=False)
    c.add("t1", me, [weiming], "2026-03-24 14:05", B("""
        Dear Wei Ming,

        Thank you for meeting me this morning. I enjoyed our discussion on moving the batch
        pipelines onto streaming, and it was useful to hear Priscilla's view on how data costs
        are charged back to the business units.

        I remain very interested in the Data Platform Lead role and would be glad to share more
        on the Kafka migration I led at my current company.

        Thank you again for your time.

        Best regards,
        Arjun Pillai
        +65 9155 0183
        """), subject="Thank you – Data Platform Lead interview this morning", sig=False)
    c.thread("m1", True, "recruiter", "Orchid Talent",
             "agency arranges the onsite Tue 24 Mar 10:00-11:00 SGT with Lim Wei Ming (address "
             "given) and Priscilla Goh (no address anywhere)")
    c.thread("t1", True, "interview", "Kallang Data",
             "Arjun thanks Wei Ming in a new thread that afternoon")
    c.meeting("m1", at(me, "2026-03-24 10:00"), at(me, "2026-03-24 11:00"),
              met=["weiming.lim@kallangdata.sg"], thanks={"weiming.lim@kallangdata.sg": "t1"},
              unknown=["Priscilla Goh"], arranged_by="michelle.koh@orchidtalent.com.sg",
              what="onsite interview")
    c.expect("ask_for_address", "m1", "michelle.koh@orchidtalent.com.sg",
             "Priscilla Goh was met at the Tue 24 Mar onsite but her address is nowhere; Arjun "
             "has not written to Michelle, who arranged it, since; due from 13:00 that day")
    c.forbid("m1", "weiming.lim@kallangdata.sg",
             "thanked in a new thread at 14:05 the same day")
    return c


# ==========================================================================
# 20  Ireland, Galway: the user already asked the agency for the missing address
# ==========================================================================

def v20_asked_agency_for_address():
    me = user("Eoin Keane", "eoin.keane@example.org", "Europe/Dublin", "+353 86 555 0199",
              "Eoin Keane\n086 555 0199")
    c = new_case(
        "en-20-asked-agency-for-address",
        "An Irish onsite with two interviewers: one address known and not thanked, the other "
        "unknown and already asked for",
        "Eoin Keane, a quality engineer in Galway, met Corrib Devices' quality manager and a "
        "regulatory affairs colleague on Thursday 16 April 2026 at 2pm (Irish summer time), "
        "arranged by a Westward Recruitment consultant. Straight after, he asked the consultant "
        "for the colleague's address so he could thank her. He has not thanked the quality "
        "manager, whose address was in the consultant's mail.",
        me, "+353 86 555 0199", "2026-04-17T19:00:00+01:00")
    sinead = Person("Sinéad Walsh", "sinead.walsh@westwardrecruitment.ie", "Europe/Dublin",
                    sig="Sinéad Walsh\nSenior Recruitment Consultant – Life Sciences\n"
                        "Westward Recruitment | 091 555 0134")
    c.add("s1", sinead, [me], "2026-04-13 12:40", B("""
        Hi Eoin,

        Delighted to confirm your interview with Corrib Devices for the Quality Engineer role:

        Thursday 16th April at 2pm
        Unit 7, Parkmore West Business Park, Galway – ask for Brian at reception

        You'll be meeting Brian Lally, Quality Manager (brian.lally@corribdevices.ie), and Aoife
        Moran from their Regulatory Affairs team. Allow an hour or so. They'll want to hear
        about CAPA and your ISO 13485 audit experience in particular.

        Best of luck – give me a shout after!

        Sinéad
        """), subject="Corrib Devices – Quality Engineer – interview Thurs 16th", sig=False)
    c.add("e1", me, [sinead], "2026-04-13 13:05", "Brilliant, cheers Sinéad. I'll be there.",
          parent="s1", sig=False)
    c.add("e2", me, [sinead], "2026-04-16 17:30", B("""
        Hi Sinéad,

        Just out of Corrib Devices – went well I think. Brian and Aoife were very sound, lots of
        talk about the complaint-handling backlog. Would you be able to pass on Aoife's email? I
        want to send her a thank-you and I couldn't find it anywhere.

        Eoin
        """), parent="e1", sig=False)
    c.add("s2", sinead, [me], "2026-04-16 17:52", "Will do, I'll ask Brian for it and send it "
          "on. Delighted it went well!", parent="e2")
    c.thread("s1", True, "recruiter", "Westward Recruitment",
             "agency arranges the onsite Thu 16 Apr 14:00-15:00 IST with Brian Lally (address "
             "given) and Aoife Moran (no address); Eoin asks for Aoife's address afterwards")
    c.meeting("s1", at(me, "2026-04-16 14:00"), at(me, "2026-04-16 15:00"),
              met=["brian.lally@corribdevices.ie"], unknown=["Aoife Moran"],
              arranged_by="sinead.walsh@westwardrecruitment.ie", what="onsite interview")
    c.expect("thank_you", "s1", "brian.lally@corribdevices.ie",
             "met at the Thu 16 Apr 14:00-15:00 interview (address in the agency's mail); never "
             "thanked; overdue since Fri 15:00")
    c.forbid("s1", "sinead.walsh@westwardrecruitment.ie",
             "Eoin already asked her for Aoife's address at 17:30 the same day, so no "
             "ask_for_address; she was not at the interview and promised no date")
    return c


# ==========================================================================
# 21  US, Austin: the user interviews a candidate for her own employer
# ==========================================================================

def v21_user_interviews_candidate():
    me = user("Brandon Ellis", "brandon.ellis@example.com", "America/Chicago", "+1 512 555 0166",
              "Brandon Ellis\n512-555-0166")
    c = new_case(
        "en-21-user-interviews-candidate",
        "A US interview where the user was the interviewer, for his current employer; the "
        "candidate thanks him",
        "Brandon Ellis, a staff engineer in Austin who is quietly looking elsewhere, ran a "
        "systems design interview for his current employer, Pecan Street Software, on Tuesday "
        "24 March 2026 at 2pm CDT. The coordinator's Google invitation, the candidate's "
        "thank-you that evening and a scorecard reminder use the same words as his own job "
        "search. Nothing is owed: this is not his job search.",
        me, "+1 512 555 0166", "2026-03-25T10:00:00-05:00")
    lauren = Person("Lauren Kessler", "lauren.kessler@pecanstreetsoftware.com", "America/Chicago",
                    sig="Lauren Kessler\nRecruiting Coordinator | Pecan Street Software")
    tyrone = Person("Tyrone Bishop", "tyrone.bishop.dev@gmail.com", "America/New_York")
    start, end = at(me, "2026-03-24 14:00"), at(me, "2026-03-24 15:00")
    title = "Interview: Tyrone Bishop / Senior Backend Engineer – Systems Design (Brandon)"
    desc = ("Hi Brandon – you're on systems design for Tyrone. Interview kit and scorecard are "
            "in Greenhouse. Please submit feedback within 24 hours.\n\nJoin with Google Meet: "
            "meet.google.com/tbd-xkqe-rmn")
    ics = make_ics(method="REQUEST", uid=uid_google("en21", "sysdesign"),
                   stamp=at(lauren, "2026-03-19 11:20"), start=start, end=end, summary=title,
                   organizer=lauren,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (tyrone, "ACCEPTED", "INDIVIDUAL")],
                   tzid="America/Chicago", description=desc)
    c.add("inv", lauren, [me], "2026-03-19 11:20", B("""
        %s
        Tuesday Mar 24, 2026 ⋅ 2pm – 3pm
        Central Time - Chicago

        %s

        Organizer
        Lauren Kessler
        lauren.kessler@pecanstreetsoftware.com

        Guests
        brandon.ellis@example.com
        Tyrone Bishop

        Invitation from Google Calendar
        """) % (title, desc),
          subject="Invitation: %s @ Tue Mar 24, 2026 2pm - 3pm (CDT) (brandon.ellis@example.com)"
          % title, ics=ics, headers=GCAL, sig=False)
    c.add("t1", tyrone, [me], "2026-03-24 19:50", B("""
        Hi Brandon,

        Thank you for taking the time to interview me this afternoon. I really enjoyed working
        through the rate-limiter design with you, especially the discussion about sliding
        windows versus token buckets under bursty traffic.

        I'm very excited about the Senior Backend Engineer role at Pecan Street and hope to
        hear from the team soon.

        Best regards,
        Tyrone Bishop
        (646) 555-0139
        """), subject="Thank you – Senior Backend Engineer interview")
    c.add("l1", lauren, [me], "2026-03-25 08:05", B("""
        Morning! Friendly nudge to get your scorecard for Tyrone into Greenhouse today – the
        debrief is at 4.
        """), subject="Scorecard reminder – Tyrone Bishop")
    c.thread("inv", False, None, "Pecan Street Software",
             "Brandon interviews a candidate for his current employer, Tue 24 Mar 14:00-15:00 CDT")
    c.thread("t1", False, None, "Pecan Street Software",
             "the candidate's thank-you to Brandon")
    c.thread("l1", False, None, "Pecan Street Software", "internal scorecard reminder")
    c.meeting("inv", start, end, met=["tyrone.bishop.dev@gmail.com"], job=False,
              what="interview the user ran for his employer")
    c.forbid("t1", "tyrone.bishop.dev@gmail.com",
             "Brandon was the interviewer, for his own employer; the candidate's thanks owes "
             "him no thank-you, and it is not his job search")
    c.forbid("inv", "lauren.kessler@pecanstreetsoftware.com",
             "the coordinator at Brandon's current employer; an internal interview he ran")
    return c


# ==========================================================================
# 22  India, Chennai: candidate on Wednesday, interviewer on Thursday, same words
# ==========================================================================

def v22_candidate_and_interviewer():
    me = user("Meenakshi Sundaram", "meenakshi.sundaram@example.com", "Asia/Kolkata",
              "+91 94440 55178", "Meenakshi Sundaram\n+91 94440 55178")
    c = new_case(
        "en-22-candidate-and-interviewer",
        "An Indian QA lead who is a candidate on Wednesday and an interviewer on Thursday, in "
        "mail worded almost the same",
        "Meenakshi Sundaram, a QA lead in Chennai, had her own techno-managerial interview at "
        "Zentrix Labs on Wednesday 18 March 2026, 11 AM-12 PM IST, and took the same round for "
        "a candidate at her current employer, Kovai Systems, on Thursday 19 March at 3 PM. Both "
        "schedules say 'Interview Scheduled: Senior QA Engineer'. The candidate thanked her "
        "that evening; she has not thanked her own interviewer.",
        me, "+91 94440 55178", "2026-03-20T10:00:00+05:30")
    divya = Person("Divya R", "divya.r@zentrixlabs.in", "Asia/Kolkata",
                   sig="Thanks & Regards,\nDivya R\nHR – Talent Acquisition, Zentrix Labs")
    lakshmi = Person("Lakshmi Narayanan", "lakshmi.narayanan@kovaisystems.com", "Asia/Kolkata",
                     style="outlook", region="apcprd02",
                     sig="Lakshmi Narayanan\nHR Business Partner | Kovai Systems")
    rohit = Person("Rohit Kulkarni", "rohit.kulkarni91@gmail.com", "Asia/Kolkata")
    c.add("a1", divya, [me], "2026-03-16 16:30", B("""
        Dear Meenakshi,

        Greetings from Zentrix Labs!

        Following your online assessment, your techno-managerial interview is scheduled as
        below:

        Date: 18-03-2026 (Wednesday)
        Time: 11:00 AM to 12:00 PM IST
        Interviewer: Arvind Natarajan, QA Manager (arvind.n@zentrixlabs.in)
        Mode: Microsoft Teams (link will be shared by the interviewer)

        Kindly confirm your availability.
        """), subject="Interview Scheduled: Senior QA Engineer – Techno-Managerial Round")
    c.add("a2", me, [divya], "2026-03-16 17:10", B("""
        Dear Divya,

        Thank you. I confirm my availability on 18-03-2026 at 11:00 AM.

        Regards,
        Meenakshi
        """), parent="a1", sig=False)
    c.add("b1", lakshmi, [me], "2026-03-17 10:05", B("""
        Hi Meenakshi,

        Hope you are doing good. Please find the interview details for the candidate below.
        Request you to take the techno-managerial round.

        Candidate: Rohit Kulkarni (rohit.kulkarni91@gmail.com), 6 yrs, automation framework
        experience
        Date: 19-03-2026 (Thursday)
        Time: 3:00 PM to 4:00 PM IST
        Mode: Teams, link in calendar

        Kindly share your feedback in Darwinbox by EOD.
        """), subject="Interview Scheduled: Senior QA Engineer – Techno-Managerial Round – "
                      "Candidate: Rohit Kulkarni")
    c.add("r1", rohit, [me], "2026-03-19 19:45", B("""
        Dear Meenakshi Ma'am,

        Thank you for taking my interview today. I really liked the discussion on flaky test
        quarantine and the contract testing approach your team follows.

        Looking forward to hearing from Kovai Systems.

        Regards,
        Rohit Kulkarni
        +91 98860 55104
        """), subject="Thank you for the interview today")
    c.thread("a1", True, "interview", "Zentrix Labs",
             "her own techno-managerial round Wed 18 Mar 11:00-12:00 IST with Arvind Natarajan "
             "(address in HR's mail); not thanked")
    c.thread("b1", False, None, "Kovai Systems",
             "her employer asks her to interview a candidate Thu 19 Mar 15:00-16:00 IST")
    c.thread("r1", False, None, "Kovai Systems", "the candidate thanks her")
    c.meeting("a1", at(me, "2026-03-18 11:00"), at(me, "2026-03-18 12:00"),
              met=["arvind.n@zentrixlabs.in"], what="her own interview")
    c.meeting("b1", at(me, "2026-03-19 15:00"), at(me, "2026-03-19 16:00"),
              met=["rohit.kulkarni91@gmail.com"], job=False,
              what="interview she ran for her employer")
    c.expect("thank_you", "a1", "arvind.n@zentrixlabs.in",
             "her own interview Wed 18 Mar 11:00-12:00 IST took place; no note to Arvind; "
             "overdue since Thu 12:00")
    c.forbid("a1", "divya.r@zentrixlabs.in",
             "the HR coordinator who scheduled it; she was not in the interview")
    c.forbid("r1", "rohit.kulkarni91@gmail.com",
             "Meenakshi interviewed him for her current employer; not her job search")
    c.forbid("b1", "lakshmi.narayanan@kovaisystems.com",
             "her own employer's HR asking her to interview a candidate")
    return c


# ==========================================================================
# 23  UK, Leeds: a nurse's review and a flat inspection, with promises of their own
# ==========================================================================

def v23_surgery_and_letting_agent():
    me = user("Sophie Barraclough", "sophie.barraclough@example.net", "Europe/London",
              "+44 7700 900647", "Sophie Barraclough\n07700 900647")
    c = new_case(
        "en-23-surgery-and-letting-agent",
        "UK appointments that are not the job search: an asthma review with a results promise "
        "and a flat inspection with a landlord promise",
        "Sophie Barraclough, a marketing executive in Leeds who is job hunting, had an asthma "
        "review at her GP surgery on Monday 2 March 2026 (the surgery promised a call with "
        "blood results by Friday 6 March, now past its grace) and a letting agent's inspection "
        "of her flat on Wednesday 4 March (an answer on the boiler promised by the following "
        "Wednesday). Neither is a job meeting and no follow-up is owed.",
        me, "+44 7700 900647", "2026-03-12T10:00:00+00:00")
    appts = Person("Headingley Park Surgery", "appointments@headingleyparksurgery.co.uk",
                   "Europe/London", style="auto")
    reception = Person("Headingley Park Surgery Reception",
                       "reception@headingleyparksurgery.co.uk", "Europe/London")
    liam = Person("Liam Dawson", "liam.dawson@kirkstalllettings.co.uk", "Europe/London",
                  sig="Liam Dawson\nProperty Manager | Kirkstall Lettings\n0113 555 0142")
    gp_start, gp_end = at(me, "2026-03-02 09:10"), at(me, "2026-03-02 09:30")
    ics = make_ics(method="PUBLISH", uid=uid_uuid("en23", "gp"),
                   stamp=at(appts, "2026-02-26 11:02"), start=gp_start, end=gp_end,
                   summary="Asthma review – Nurse Joanne Firth", organizer=appts,
                   tzid="Europe/London", location="Headingley Park Surgery, Room 3",
                   prodid="-//EMIS//Patient Access//EN")
    c.add("g1", appts, [me], "2026-02-26 11:02", B("""
        Dear Sophie Barraclough,

        Your appointment is confirmed:

        Asthma review with Nurse Joanne Firth
        Monday 2 March 2026 at 09:10
        Headingley Park Surgery, Room 3

        Please arrive 5 minutes early and bring your inhalers. If you can no longer attend,
        please cancel so the slot can be offered to another patient.
        """), subject="Appointment confirmation – Mon 2 March 2026, 09:10", ics=ics,
          ics_mode="publish", headers=AUTO)
    c.add("g2", reception, [me], "2026-03-02 15:30", B("""
        Dear Sophie,

        Following this morning's review, Nurse Firth has requested some routine bloods. The
        duty GP will ring you with the results by Friday 6 March.

        Kind regards,
        Reception Team
        """), parent="g1", quote=False)
    c.add("l1", liam, [me], "2026-02-23 10:15", B("""
        Hi Sophie,

        Just a heads up that we're due the routine mid-tenancy inspection at Flat 4, 22
        Cardigan Road. Would Wednesday 4th March between 10:00 and 10:30 work? It usually
        takes about 20 minutes.

        Thanks,
        Liam
        """), subject="Routine inspection – Flat 4, 22 Cardigan Road – Wed 4 March")
    c.add("s1", me, [liam], "2026-02-23 12:41", "Hi Liam,\n\nThat's fine, I'll be in – I "
          "work from home on Wednesdays.\n\nSophie", parent="l1", sig=False)
    c.add("l2", liam, [me], "2026-03-04 12:40", B("""
        Hi Sophie,

        Thanks for having us this morning, the flat's in great nick. I've passed the boiler
        pressure issue on to the landlord and will let you know what he decides by next
        Wednesday.

        Cheers,
        Liam
        """), parent="s1")
    c.thread("g1", False, None, "Headingley Park Surgery",
             "asthma review Mon 2 Mar 09:10 (ICS PUBLISH); results promised by Fri 6 Mar")
    c.thread("l1", False, None, "Kirkstall Lettings",
             "flat inspection Wed 4 Mar 10:00-10:30; boiler answer promised by Wed 11 Mar")
    c.meeting("g1", gp_start, gp_end, met=[], job=False, what="asthma review")
    c.meeting("l1", at(me, "2026-03-04 10:00"), at(me, "2026-03-04 10:30"),
              met=["liam.dawson@kirkstalllettings.co.uk"], job=False, what="flat inspection")
    c.promise("g1", "g2", "reception@headingleyparksurgery.co.uk", "2026-03-06", job=False)
    c.promise("l1", "l2", "liam.dawson@kirkstalllettings.co.uk", "2026-03-11", job=False)
    c.forbid("g1", "reception@headingleyparksurgery.co.uk",
             "the GP surgery's promise of results by Fri 6 Mar is past its grace, but it is "
             "medical, not job search: no callback")
    c.forbid("g1", "appointments@headingleyparksurgery.co.uk",
             "an automated appointment confirmation for a nurse's review; not a job meeting")
    c.forbid("l1", "liam.dawson@kirkstalllettings.co.uk",
             "a letting agent's flat inspection, not a job meeting; his 'by next Wednesday' is "
             "about the boiler")
    return c


# ==========================================================================
# 24  Australia, Perth: a parent-teacher interview and a rowing club committee
# ==========================================================================

def v24_parent_teacher_and_club():
    me = user("Georgia Papadopoulos", "georgia.papadopoulos@example.com", "Australia/Perth",
              "+61 421 555 306", "Georgia Papadopoulos\n0421 555 306")
    c = new_case(
        "en-24-parent-teacher-and-club",
        "An Australian parent-teacher 'interview' with a teacher's dated promise, and a club "
        "committee meeting: neither is the job search",
        "Georgia Papadopoulos, an accountant in Perth who is looking for a new role, booked a "
        "10-minute parent-teacher interview for her son on Wednesday 25 March 2026 at 3:40pm "
        "AWST; the teacher wrote the next afternoon and promised a reading plan by Friday, "
        "which is now past. She also sat on her rowing club's committee meeting on Tuesday "
        "24 March. Nothing is owed to either.",
        me, "+61 421 555 306", "2026-04-01T08:00:00+08:00")
    bookings = Person("Guildford Grove PS Interviews", "noreply@ptibookings.example.com",
                      "Australia/Perth", style="auto")
    daniel = Person("Daniel Hughes", "daniel.hughes@guildfordgrove.wa.edu.au", "Australia/Perth",
                    style="outlook", region="apcprd03",
                    sig="Daniel Hughes\nYear 3 Teacher | Guildford Grove Primary School")
    bec = Person("Bec Lindsay", "secretary@swanriverrowing.org.au", "Australia/Perth",
                 sig="Bec Lindsay\nHon. Secretary, Swan River Rowing Club")
    text = B("""
        Hi Georgia,

        Your parent-teacher interview is booked.

        Student: Leo Papadopoulos (Year 3 – Room 12)
        Teacher: Mr Daniel Hughes
        When: Wednesday 25 March 2026, 3:40pm – 3:50pm
        Where: Room 12

        Need to change? Use the link in this email up to 24 hours before.
        """)
    c.add("b1", bookings, [me], "2026-03-16 19:22", text, html=html_of(text), html_only=True,
          subject="Parent-Teacher Interview booking confirmed – Leo Papadopoulos (Year 3)",
          headers=AUTO)
    c.add("d1", daniel, [me], "2026-03-26 16:20", B("""
        Hi Georgia,

        Thanks for coming in yesterday arvo – it was great to chat about how Leo's going. As
        discussed, I'll send his reading plan home in his bag by Friday, along with the list of
        decodable readers we're using in class.

        Kind regards,
        Daniel
        """), subject="Leo – reading plan")
    c.add("g1", me, [daniel], "2026-03-26 18:02", "Thanks so much Daniel, that's really "
          "helpful. We'll keep an eye out for it.\n\nGeorgia", parent="d1", sig=False)
    cstart, cend = at(me, "2026-03-24 19:00"), at(me, "2026-03-24 20:30")
    ics = make_ics(method="REQUEST", uid=uid_google("en24", "committee"),
                   stamp=at(bec, "2026-03-17 20:14"), start=cstart, end=cend,
                   summary="SRRC Committee meeting – March", organizer=bec,
                   attendees=[(bec, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Australia/Perth", location="Clubhouse, Riverside Road",
                   description="Agenda: regatta entries, boat shed roof quote, winter training "
                               "roster.")
    c.add("c1", bec, [me], "2026-03-17 20:14", B("""
        SRRC Committee meeting – March
        Tuesday 24 Mar 2026 ⋅ 7pm – 8:30pm
        Australian Western Standard Time - Perth

        Clubhouse, Riverside Road

        Agenda: regatta entries, boat shed roof quote, winter training roster.

        Invitation from Google Calendar
        """), subject="Invitation: SRRC Committee meeting – March @ Tue 24 Mar 2026 7pm - 8:30pm "
                      "(AWST) (georgia.papadopoulos@example.com)", ics=ics, headers=GCAL,
          sig=False)
    c.thread("b1", False, None, "Guildford Grove Primary School",
             "parent-teacher interview booking Wed 25 Mar 15:40-15:50 AWST")
    c.thread("d1", False, None, "Guildford Grove Primary School",
             "the teacher's note after the interview; reading plan 'by Friday' (27 Mar)")
    c.thread("c1", False, None, "Swan River Rowing Club", "club committee meeting Tue 24 Mar")
    c.meeting("b1", at(me, "2026-03-25 15:40"), at(me, "2026-03-25 15:50"),
              met=["daniel.hughes@guildfordgrove.wa.edu.au"], job=False,
              what="parent-teacher interview")
    c.meeting("c1", cstart, cend, met=["secretary@swanriverrowing.org.au"], job=False,
              what="club committee meeting")
    c.promise("d1", "d1", "daniel.hughes@guildfordgrove.wa.edu.au", "2026-03-27", job=False)
    c.forbid("d1", "daniel.hughes@guildfordgrove.wa.edu.au",
             "a parent-teacher interview about her son, not a job interview; his 'by Friday' "
             "is about a reading plan")
    c.forbid("c1", "secretary@swanriverrowing.org.au",
             "her rowing club's committee meeting; not job search")
    return c


# ==========================================================================
# 25  Canada, Calgary: a webinar info session; the host's mass thank-you
# ==========================================================================

def v25_webinar_info_session():
    me = user("Tyler Nakamura", "tyler.nakamura@example.net", "America/Edmonton",
              "+1 403 555 0157", "Tyler Nakamura\n403-555-0157")
    c = new_case(
        "en-25-webinar-info-session",
        "A Canadian employer's Zoom webinar info session with 140 attendees, then the host's "
        "mass 'thanks for joining': nobody was met one to one",
        "Tyler Nakamura, a final-year engineering student in Calgary, registered through Zoom "
        "for Prairie Sky Energy's graduate program info session on Tuesday 31 March 2026 at "
        "5:00 PM Mountain Time and attended. The next morning the early-careers lead sent a "
        "bulk 'thanks for joining' to all attendees. A webinar is not an interview or a "
        "networking meeting: no thank-you is owed to the host or to Zoom.",
        me, "+1 403 555 0157", "2026-04-02T09:00:00-06:00")
    zoom = Person("Zoom", "no-reply@zoom.us", "America/Edmonton", style="auto")
    careers = Person("Prairie Sky Energy Early Careers", "earlycareers@prairieskyenergy.ca",
                     "America/Edmonton")
    amanda = Person("Amanda Kowalczyk", "amanda.kowalczyk@prairieskyenergy.ca",
                    "America/Edmonton", style="outlook", region="namprd11",
                    sig="Amanda Kowalczyk\nEarly Careers Lead | Prairie Sky Energy")
    start, end = at(me, "2026-03-31 17:00"), at(me, "2026-03-31 18:00")
    ics = make_ics(method="REQUEST", uid=uid_uuid("en25", "webinar"),
                   stamp=at(zoom, "2026-03-27 12:04"), start=start, end=end,
                   summary="Prairie Sky Energy – Graduate Engineering Program Info Session",
                   organizer=careers, tzid="America/Edmonton",
                   location="https://prairieskyenergy.zoom.us/w/91877342210",
                   prodid=ZOOM_PRODID)
    text = B("""
        Hi Tyler,

        Thank you for registering for "Prairie Sky Energy – Graduate Engineering Program Info
        Session".

        Date & Time: Mar 31, 2026 05:00 PM Mountain Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://prairieskyenergy.zoom.us/w/91877342210?tk=Kq2x8
        Passcode: 775310

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.
        """)
    c.add("z1", zoom, [me], "2026-03-27 12:04", text, html=html_of(text),
          subject="Prairie Sky Energy – Graduate Engineering Program Info Session Confirmation",
          ics=ics, ics_mode="attach", headers=AUTO, reply_to=careers)
    c.add("a1", amanda, [careers], "2026-04-01 10:30", B("""
        Hi everyone,

        Thank you to the 140+ of you who joined our Graduate Engineering Program info session
        last night, and for all the great questions in the Q&A. The slides and recording are
        here: https://prairieskyenergy.ca/earlycareers/info-session-2026

        A reminder that applications for the September 2026 intake close Friday, April 10 at
        11:59 pm MT.

        Best of luck,
        """), subject="Thanks for joining our Graduate Program info session!",
          headers=bulk_headers("<earlycareers.prairieskyenergy.ca>",
                               "https://prairieskyenergy.ca/unsubscribe"))
    c.thread("z1", True, "recruiter", "Prairie Sky Energy",
             "Zoom webinar registration for an info session Tue 31 Mar 17:00-18:00 MDT")
    c.thread("a1", True, "recruiter", "Prairie Sky Energy",
             "bulk thank-you to all 140+ attendees")
    c.meeting("z1", start, end, met=[], what="webinar info session (one to many)")
    c.forbid("a1", "amanda.kowalczyk@prairieskyenergy.ca",
             "a bulk mail after a webinar with 140+ attendees; Tyler met no one one to one, so "
             "no thank-you is owed")
    c.forbid("z1", "no-reply@zoom.us", "automated webinar registration sender")
    return c


# ==========================================================================
# 26  Nigeria, Lagos: a chat at a careers fair stand, thanked that evening
# ==========================================================================

def v26_fair_stand_thanked():
    me = user("Temitope Ogunleye", "temitope.ogunleye@example.org", "Africa/Lagos",
              "+234 802 555 0148", "Temitope Ogunleye\n0802 555 0148")
    c = new_case(
        "en-26-fair-stand-thanked",
        "A Nigerian careers fair: a chat at an employer's stand, thanked with a CV that evening; "
        "the recruiter's 'next week Friday' is still ahead",
        "Temitope Ogunleye, an electrical engineering graduate in Lagos, went to a graduate "
        "careers expo on Saturday 14 March 2026 and talked with Halden Power's talent lead at "
        "its stand. That evening she wrote to thank her and attached her CV; the talent lead "
        "replied on Monday that she would get back 'by next week Friday' (27 March). Nothing "
        "is owed on Thursday: the thanks was sent, the promise has not come due, and the "
        "expo's ticketing address is automated.",
        me, "+234 802 555 0148", "2026-03-19T12:00:00+01:00")
    expo = Person("Lagos Graduate Careers Expo", "no-reply@lagoscareersexpo.com", "Africa/Lagos",
                  style="auto")
    adaeze = Person("Adaeze Nwosu", "adaeze.nwosu@haldenpower.com.ng", "Africa/Lagos",
                    sig="Adaeze Nwosu\nTalent Acquisition Lead, Halden Power Ltd\n"
                        "0701 555 0120")
    text = B("""
        Dear Temitope,

        Your free ticket for the Lagos Graduate Careers Expo 2026 is attached.

        Saturday, 14th March 2026, 9am – 4pm
        Landmark Event Centre, Victoria Island

        Over 60 employers will be exhibiting. Bring printed copies of your CV and come early to
        avoid the queue at the gate.

        See you there!
        """)
    ticket = make_pdf(["Lagos Graduate Careers Expo 2026", "Admit one: Temitope Ogunleye",
                       "Saturday 14 March 2026, 9am - 4pm", "Landmark Event Centre, VI",
                       "Ticket no. LGCE-26-0418"])
    c.add("e1", expo, [me], "2026-03-10 09:00", text, html=html_of(text), html_only=True,
          subject="Your ticket – Lagos Graduate Careers Expo 2026 (Sat 14 March)",
          attachments=[("ticket-LGCE-26-0418.pdf", "application/pdf", ticket)], headers=AUTO)
    cv = make_pdf(["Temitope Ogunleye", "B.Eng Electrical/Electronics Engineering, UNILAG 2025",
                   "NYSC: Rural Electrification Agency, Abuja", "temitope.ogunleye@example.org",
                   "0802 555 0148"])
    c.add("b1", me, [adaeze], "2026-03-14 19:30", B("""
        Dear Mrs Nwosu,

        Thank you for taking the time to speak with me at the Halden Power stand at the Careers
        Expo today. I really enjoyed learning about the graduate trainee programme and the
        Ikorodu solar mini-grid project.

        As you suggested, I have attached my CV. I graduated in Electrical/Electronics
        Engineering from UNILAG in 2025 and did my NYSC with the Rural Electrification Agency.

        Thank you once again.

        Yours sincerely,
        """), subject="Thank you – conversation at the Halden Power stand (Careers Expo)",
          attachments=[("Temitope_Ogunleye_CV.pdf", "application/pdf", cv)])
    c.add("b2", adaeze, [me], "2026-03-16 10:12", B("""
        Dear Temitope,

        It was nice meeting you too. I have shared your CV with the engineering team and I will
        get back to you on the graduate trainee assessment by next week Friday.

        Regards,
        """), parent="b1")
    c.thread("e1", True, "recruiter", "Lagos Graduate Careers Expo",
             "expo ticket (automated) for Sat 14 Mar")
    c.thread("b1", True, "networking", "Halden Power",
             "chat at the stand Sat 14 Mar ~11:00 WAT; thanked with CV that evening; reply "
             "promises news 'by next week Friday' (27 Mar)")
    c.meeting("b1", at(me, "2026-03-14 11:00"), None, met=["adaeze.nwosu@haldenpower.com.ng"],
              thanks={"adaeze.nwosu@haldenpower.com.ng": "b1"}, networking=True,
              what="chat at a careers fair stand")
    c.application("b1", "b1", "adaeze.nwosu@haldenpower.com.ng", answered_by="b2")
    c.promise("b1", "b2", "adaeze.nwosu@haldenpower.com.ng", "2026-03-27")
    c.forbid("b1", "adaeze.nwosu@haldenpower.com.ng",
             "the stand conversation was thanked that evening; her 'by next week Friday' "
             "(27 Mar) is still ahead; the CV was answered")
    c.forbid("e1", "no-reply@lagoscareersexpo.com",
             "automated ticketing sender of the fair")
    return c


# ==========================================================================
# 27  US, Phoenix: a networking coffee from an introduction; only the introducer thanked
# ==========================================================================

def v27_coffee_intro_unthanked():
    me = user("Dominic Reyes", "dominic.reyes@example.com", "America/Phoenix", "+1 602 555 0171",
              "Dominic Reyes\n602-555-0171")
    c = new_case(
        "en-27-coffee-intro-unthanked",
        "A US networking coffee set up by an introduction; the user thanked the introducer "
        "afterwards but not the person he met",
        "Dominic Reyes, a scheduling analyst in Phoenix (no daylight saving time), was "
        "introduced by his former manager to Desert Bloom Health's VP of operations, who moved "
        "the introducer to bcc and proposed coffee in Tempe on Tuesday 7 April 2026 at 7:30am. "
        "After the coffee Dominic wrote to thank the introducer only. That evening the VP is "
        "owed a thank-you.",
        me, "+1 602 555 0171", "2026-04-07T20:00:00-07:00")
    carla = Person("Carla Jiménez", "carla.jimenez@sonorangrid.com", "America/Phoenix",
                   style="outlook", region="namprd12",
                   sig="Carla Jiménez\nDirector, Operations Analytics | Sonoran Grid")
    whitney = Person("Whitney Adair", "whitney.adair@desertbloomhealth.org", "America/Phoenix",
                     sig="Whitney Adair\nVP, Operations | Desert Bloom Health\nSent from my iPhone")
    c.add("i1", carla, [me, whitney], "2026-04-01 08:12", B("""
        Whitney, meet Dominic – he ran scheduling analytics on my team at Sonoran Grid for
        three years and is now looking at healthcare operations roles. Dominic, meet Whitney,
        VP of Operations at Desert Bloom Health and the person I call whenever I have a question
        about clinic throughput.

        I think you two would have a lot to talk about. I'll let you take it from here!

        Carla
        """), subject="Intro: Dominic Reyes <> Whitney Adair")
    c.add("i2", whitney, [me], "2026-04-01 12:30", B("""
        Thanks Carla! (moving you to bcc)

        Dominic, happy to grab coffee. I'm in Tempe on Tuesdays – how about Tues the 7th,
        7:30am at Cartel on University?
        """), parent="i1", bcc=[carla])
    c.add("i3", me, [whitney], "2026-04-01 13:05", B("""
        Whitney – Tuesday the 7th at 7:30 works great. I'll be the one with the laptop bag.
        See you there.

        Dominic
        """), parent="i2", sig=False)
    c.add("c1", me, [carla], "2026-04-07 12:15", B("""
        Carla – had coffee with Whitney this morning. She was generous with her time and gave
        me two names to talk to about the patient access team. Thanks again for making the
        connection.

        Dominic
        """), parent="i1", sig=False)
    c.thread("i1", True, "networking", "Desert Bloom Health",
             "intro by former manager; coffee Tue 7 Apr 07:30 MST in Tempe; only the "
             "introducer thanked afterwards")
    c.meeting("i1", at(me, "2026-04-07 07:30"), None,
              met=["whitney.adair@desertbloomhealth.org"], networking=True,
              what="networking coffee")
    c.expect("thank_you", "i1", "whitney.adair@desertbloomhealth.org",
             "coffee Tue 7 Apr 7:30 am MST (60 min by default) took place ('had coffee with "
             "Whitney this morning'); the thanks went to Carla only; due from 10:30 am")
    c.forbid("i1", "carla.jimenez@sonorangrid.com",
             "the introducer: not at the coffee, already thanked, promised nothing")
    return c


# ==========================================================================
# 28  Canada, Halifax: an informational call, thanked; the networking touch is due
# ==========================================================================

def v28_informational_touch_due():
    me = user("Mackenzie Doucette", "mackenzie.doucette@example.org", "America/Halifax",
              "+1 902 555 0164", "Mackenzie Doucette\n902-555-0164")
    c = new_case(
        "en-28-informational-touch-due",
        "A Canadian informational call, thanked the same day and answered the next; the "
        "two-week networking touch has come due",
        "Mackenzie Doucette, a marine biologist retraining in data in Halifax, had a 30-minute "
        "informational Zoom call with Bluenose Ocean Tech's data team lead on Thursday 5 March "
        "2026 at noon Atlantic, set up through a mentoring platform. She thanked him that "
        "afternoon; he replied the next morning. Nothing since, and Atlantic time moved to "
        "daylight time on 8 March. On Tuesday 24 March the first networking touch is due.",
        me, "+1 902 555 0164", "2026-03-24T10:00:00-03:00")
    platform = Person("Shorelink Mentoring", "notifications@shorelinementor.ca",
                      "America/Halifax", style="auto")
    olumide = Person("Olumide Bankole", "olumide.bankole@bluenoseocean.ca", "America/Halifax",
                     sig="Olumide Bankole\nData Team Lead | Bluenose Ocean Tech")
    text = B("""
        Good news, Mackenzie!

        Olumide Bankole (Data Team Lead, Bluenose Ocean Tech) accepted your request for a
        30-minute informational chat.

        Suggested time: Thursday, March 5, 12:00 PM AST
        Olumide's email: olumide.bankole@bluenoseocean.ca

        We've shared your email with Olumide too. Remember to say thanks afterwards!

        The Shorelink team
        """)
    c.add("n1", platform, [me], "2026-02-27 10:02", text, html=html_of(text), html_only=True,
          subject="Olumide accepted your chat request", headers=AUTO)
    c.add("o1", olumide, [me], "2026-02-27 11:30", B("""
        Hi Mackenzie,

        Great to connect through Shorelink. Thursday at noon Atlantic works for me. Here's a
        Zoom link: https://bluenoseocean.zoom.us/j/71622095431

        Talk then!
        Olumide
        """), subject="Informational chat – Thursday", sig=False)
    c.add("m1", me, [olumide], "2026-02-27 12:01", "Hi Olumide,\n\nPerfect – Thursday at noon "
          "it is.\n\nMackenzie", parent="o1", sig=False)
    c.add("m2", me, [olumide], "2026-03-05 15:00", B("""
        Hi Olumide,

        Thank you so much for taking the time today. Your advice about building a small
        portfolio around open ocean datasets (the CIOOS Atlantic data especially) was exactly
        the nudge I needed, and it was reassuring to hear how many people on your team came
        from field science.

        Thanks again,
        Mackenzie
        """), parent="m1")
    c.add("o2", olumide, [me], "2026-03-06 09:10", B("""
        My pleasure, Mackenzie. Keep me posted on how the portfolio comes along – and I'll keep
        an ear out for anything opening up on the data side.

        O.
        """), parent="m2", sig=False)
    c.thread("n1", True, "networking", "Shorelink Mentoring",
             "mentoring platform notice: chat accepted, suggests Thu 5 Mar 12:00 AST")
    c.thread("o1", True, "networking", "Bluenose Ocean Tech",
             "informational Zoom call Thu 5 Mar 12:00-12:30 AST; thanked that afternoon; his "
             "reply Fri 6 Mar; nothing since")
    c.meeting("o1", at(me, "2026-03-05 12:00"), at(me, "2026-03-05 12:30"),
              met=["olumide.bankole@bluenoseocean.ca"],
              thanks={"olumide.bankole@bluenoseocean.ca": "m2"}, networking=True,
              what="informational call")
    c.expect("networking", "o1", "olumide.bankole@bluenoseocean.ca",
             "informational call Thu 5 Mar; last exchange his reply of Fri 6 Mar; 14 days "
             "later the first touch fell due at the end of Fri 20 Mar")
    c.forbid("n1", "notifications@shorelinementor.ca",
             "automated mentoring-platform notification")
    return c


# ==========================================================================
# 29  UK, Glasgow: a thank-you sent the evening before does not count
# ==========================================================================

def v29_thanks_before_chat():
    me = user("Ailsa Morrison", "ailsa.morrison@example.com", "Europe/London", "+44 7700 900771",
              "Ailsa Morrison\n07700 900771")
    c = new_case(
        "en-29-thanks-before-chat",
        "A UK informal chat with a hiring manager booked through Calendly; the only thanks was "
        "sent the evening before",
        "Ailsa Morrison, a data engineer in Glasgow, was approached by Clydeside Renewables' "
        "head of data for a half-hour informal chat about a role 'before anything formal kicks "
        "off'. She booked Wednesday 1 April 2026 at 10am BST through his Calendly and thanked "
        "him in his thread the evening before. The chat took place; that afternoon a thank-you "
        "is owed, since the note before the chat does not count.",
        me, "+44 7700 900771", "2026-04-01T16:00:00+01:00")
    graeme = Person("Graeme Baird", "graeme.baird@clydesiderenewables.co.uk", "Europe/London",
                    sig="Graeme Baird\nHead of Data, Clydeside Renewables\n07700 900 318")
    calendly = Person("Calendly", "no-reply@calendly.com", "Europe/London", style="auto")
    c.add("g1", graeme, [me], "2026-03-30 11:20", B("""
        Hi Ailsa,

        Your name came up twice this week – once from Morag at the Data Lab and once because of
        your talk at PyData Glasgow – so I thought I'd get in touch directly. We're hiring a
        Data Engineer to look after our turbine telemetry pipelines, and before anything formal
        kicks off I'd like a half-hour chat to see whether it's of interest.

        If you're up for it, grab any slot on my Calendly:
        https://calendly.com/graeme-baird-clydeside/30min

        All the best,
        Graeme
        """), subject="Data Engineer role – informal chat?")
    text = B("""
        Hi Ailsa Morrison,

        A new event has been scheduled.

        Event Type: 30 Minute Chat with Graeme Baird
        Invitee: Ailsa Morrison
        Event Date/Time: 10:00am - Wednesday, 1 April 2026 (United Kingdom, Edinburgh Time)
        Location: Google Meet (link in the calendar invitation)

        Need to make changes? Cancel or Reschedule.

        Powered by Calendly.com
        """)
    c.add("c1", calendly, [me], "2026-03-30 13:02", text, html=html_of(text),
          subject="Confirmed: 30 Minute Chat with Graeme Baird at 10:00am on Wednesday, 1 April "
                  "2026", headers=AUTO)
    c.add("a1", me, [graeme], "2026-03-31 18:05", B("""
        Hi Graeme,

        Thank you for getting in touch – I've booked 10am tomorrow through your Calendly.
        Looking forward to hearing more about the telemetry work.

        Best wishes,
        Ailsa
        """), parent="g1", sig=False)
    c.thread("g1", True, "networking", "Clydeside Renewables",
             "head of data proposes an informal chat; booked Wed 1 Apr 10:00-10:30 BST; thanked "
             "only the evening before")
    c.thread("c1", True, "networking", "Clydeside Renewables",
             "Calendly confirmation naming Graeme, without his address")
    c.meeting("g1", at(me, "2026-04-01 10:00"), at(me, "2026-04-01 10:30"),
              met=["graeme.baird@clydesiderenewables.co.uk"], networking=True,
              what="informal chat with the hiring manager")
    c.expect("thank_you", "g1", "graeme.baird@clydesiderenewables.co.uk",
             "chat Wed 1 Apr 10:00-10:30 BST took place; the only thanks came the evening "
             "before it, which does not count; due from 12:30")
    c.forbid("c1", "no-reply@calendly.com", "automated scheduler sender (Calendly)")
    return c


# ==========================================================================
# 30  Australia, Sydney: a Workday panel thanked with one note to both
# ==========================================================================

def v30_one_note_to_both():
    me = user("Lachlan Nguyen", "lachlan.nguyen@example.net", "Australia/Sydney",
              "+61 402 555 771", "Lachlan Nguyen\n0402 555 771")
    c = new_case(
        "en-30-one-note-to-both",
        "An Australian interview scheduled by a Workday notice naming two interviewers; both "
        "thanked by one note in a new thread",
        "Lachlan Nguyen, an instructional designer in Sydney, had a Teams interview at "
        "Jacaranda Learning on Tuesday 31 March 2026, 2:00-3:00 PM AEDT, scheduled by a Workday "
        "notice that named both interviewers with their addresses. That evening he thanked both "
        "in one note in a new thread; the head of learning replied that they would be in touch "
        "by the end of next week. Nothing is owed.",
        me, "+61 402 555 771", "2026-04-02T09:00:00+11:00")
    wd = Person("Jacaranda Learning", "jacarandalearning@myworkday.com", "Australia/Sydney",
                style="auto", msgid_domain="myworkday.com")
    siobhan = Person("Siobhan Kelly", "siobhan.kelly@jacarandalearning.com.au", "Australia/Sydney",
                     sig="Siobhan Kelly\nHead of Learning Experience | Jacaranda Learning")
    anand = Person("Anand Krishnamurthy", "anand.krishnamurthy@jacarandalearning.com.au",
                   "Australia/Sydney")
    text = B("""
        Hello Lachlan,

        Your interview for Learning Designer (R-2291) has been scheduled.

        Date: Tuesday, 31 March 2026
        Time: 2:00 PM - 3:00 PM (GMT+11:00) Australia/Sydney
        Location: Microsoft Teams (link sent separately by the hiring team)

        Interviewers:
        Siobhan Kelly - Head of Learning Experience (siobhan.kelly@jacarandalearning.com.au)
        Anand Krishnamurthy - Senior Instructional Designer
        (anand.krishnamurthy@jacarandalearning.com.au)

        This is an automated message. Please do not reply.
        """)
    c.add("w1", wd, [me], "2026-03-25 14:12", text, html=html_of(text), html_only=True,
          subject="Interview Scheduled – Learning Designer (R-2291)", headers=AUTO)
    c.add("t1", me, [siobhan, anand], "2026-03-31 19:10", B("""
        Hi Siobhan and Anand,

        Thank you both for the chat this afternoon. I loved hearing how the team is rebuilding
        the compliance courses around short scenarios, and it was great to walk you through the
        branching simulation I built for the TAFE pilot.

        Thanks again for your time,
        Lachlan
        """), subject="Thank you – Learning Designer interview today")
    c.add("t2", siobhan, [me], "2026-04-01 09:05", B("""
        Thanks Lachlan – it was great to meet you, and Anand is still talking about your
        branching-scenario demo. We'll be in touch by the end of next week.

        Siobhan
        """), parent="t1", cc=[anand], sig=False)
    c.thread("w1", True, "interview", "Jacaranda Learning",
             "Workday notice: Teams interview Tue 31 Mar 14:00-15:00 AEDT with Siobhan and "
             "Anand (addresses in the text)")
    c.thread("t1", True, "interview", "Jacaranda Learning",
             "one thank-you note to both that evening; reply promises news by the end of next "
             "week (10 Apr)")
    c.meeting("w1", at(me, "2026-03-31 14:00"), at(me, "2026-03-31 15:00"),
              met=["siobhan.kelly@jacarandalearning.com.au",
                   "anand.krishnamurthy@jacarandalearning.com.au"],
              thanks={"siobhan.kelly@jacarandalearning.com.au": "t1",
                      "anand.krishnamurthy@jacarandalearning.com.au": "t1"}, what="interview")
    c.promise("t1", "t2", "siobhan.kelly@jacarandalearning.com.au", "2026-04-10")
    c.forbid("w1", "siobhan.kelly@jacarandalearning.com.au",
             "thanked by the joint note of Tue 31 Mar 19:10; her 'by the end of next week' "
             "(10 Apr) is still ahead")
    c.forbid("w1", "anand.krishnamurthy@jacarandalearning.com.au",
             "thanked by the same joint note (one note satisfies each addressee)")
    c.forbid("w1", "jacarandalearning@myworkday.com", "automated ATS sender (Workday)")
    return c


# ==========================================================================

BUILDERS = [
    v01_screen_invite_only, v02_great_speaking_today, v03_note_to_friend_after_coffee,
    v04_hr_refers_to_round, v05_something_came_up, v06_search_paused, v07_user_bows_out,
    v08_cancel_on_the_day, v09_moved_twice_in_words, v10_pushed_to_four,
    v11_later_slot_picked, v12_coffee_never_confirmed, v13_interviewer_no_show,
    v14_user_missed_call, v15_substitute_interviewer, v16_extra_person_joined,
    v17_panellist_did_not_come, v18_panel_named_in_text, v19_address_unknown,
    v20_asked_agency_for_address, v21_user_interviews_candidate,
    v22_candidate_and_interviewer, v23_surgery_and_letting_agent,
    v24_parent_teacher_and_club, v25_webinar_info_session, v26_fair_stand_thanked,
    v27_coffee_intro_unthanked, v28_informational_touch_due, v29_thanks_before_chat,
    v30_one_note_to_both,
]

if __name__ == "__main__":
    out = os.path.join(HERE, "en")
    os.makedirs(out, exist_ok=True)
    sys.exit(max(run(b, out) for b in BUILDERS))
