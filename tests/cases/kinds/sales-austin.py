#!/usr/bin/env python3
"""sales-austin: Marcus Ellison, an SDR in Austin, chasing an account-executive seat.

Written blind (tests/cases/BRIEF.md). Standard library and casekit only.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

CT = "America/Chicago"
ET = "America/New_York"
PT = "America/Los_Angeles"
MT = "America/Denver"

OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

SUMMARY = (
    "Marcus Ellison, 27, is a sales development rep at Loopwire, a SaaS company in Austin, and "
    "wants to move up to an account-executive seat somewhere else. The mailbox runs from early "
    "March to Thursday 16 April 2026, 08:50 CDT, across the US switch to daylight time. "
    "Brightforge (Atlanta, Eastern time) takes him from a recruiter screen through a hiring-"
    "manager Zoom to a mock discovery call on Google Meet where a senior AE plays the buyer: "
    "one note went to the hiring manager and the enablement lead together, the role-playing "
    "AE was never thanked, and the recruiter's 'decision by Friday' (10 April, two more "
    "finalists still coming in) went quiet. Lumora's recruiter promised word by Monday 6 April "
    "after a hiring sync and never wrote; Keyline's recruiter promised an update by 8 April but "
    "her out-of-office runs to 15 April, so chasing her is not due yet. A vague agency recruiter "
    "set up a Zoom with a fintech's VP of Sales and 'Ben from RevOps' whose addresses never "
    "appear (ask him for them). A résumé sent cold to Tidemark's sales director only drew an "
    "automatic reply. Quillstack rejected him after a Teams interview he never thanked the "
    "interviewer for; Gridwise's founder and Kitebase's head of sales (a calendar invite is the "
    "only trace of that call) were never thanked either; he promised Ferrous Labs references "
    "and a deck 'by Monday' and has not sent them; a coffee his bootcamp mentor set up is owed "
    "its two-week touch. Around it: a Calendly booking thanked in a new thread, a Chili Piper "
    "call after a sales happy hour, a no-show agency call, a Hatchway interview pushed to next "
    "week, Greenhouse and Lever notices, LinkedIn notifications, and his day job's pipeline "
    "reviews, Gong and Outreach mail, a candidate he interviewed for an SDR seat, a roommate, "
    "family, a dentist, a Spanish-language soccer league and the usual receipts.")


def build():
    now = dt.datetime(2026, 4, 16, 8, 50, tzinfo=ZoneInfo(CT))
    c = Case("sales-austin",
             "SDR in Austin (Central time) looking for an AE role; Eastern/Pacific/Mountain "
             "interviewers, agency recruiters, schedulers, OOO replies; now Thu 16 Apr 2026 08:50 CDT",
             {"name": "Marcus Ellison", "emails": ["marcus.ellison@example.com"],
              "phone": "+1 512 555 0187", "timezone": CT},
             now, SUMMARY)
    me = Person("Marcus Ellison", "marcus.ellison@example.com", CT, "gmail",
                sig="Marcus Ellison\n512-555-0187 | linkedin.com/in/marcusellison")
    c.me = me
    at = lambda s, tz=CT: dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))

    # ------------------------------------------------------------------ people
    kayla = Person("Kayla Brennan", "kayla.brennan@brightforge.io", ET, "gmail",
                   sig="Kayla Brennan | Senior Talent Partner, GTM\nBrightforge\nc: 404-555-0132")
    derek = Person("Derek Osei", "derek.osei@brightforge.io", ET, "gmail",
                   sig="Derek Osei\nDirector, Mid-Market Sales | Brightforge")
    derek_cal = Person("Derek Osei", "derek.osei@brightforge.io", ET, "gcal", auto=True)
    priya = Person("Priya Nandakumar", "priya.nandakumar@brightforge.io", ET)
    tom = Person("Tom Reyes", "tom.reyes@brightforge.io", ET)
    trent = Person("Trent Mahoney", "tmahoney@summittalent.co", CT, "outlook",
                   sig="Trent Mahoney\nSr. Executive Recruiter - Sales & GTM\nSummit Talent Partners\n"
                       "M: 737.555.0164\nsummittalent.co")
    jenna = Person("Jenna Whitfield", "jwhitfield@tidemarkhq.com", ET, "outlook")
    marisol = Person("Marisol Vega", "marisol@keyline.ai", PT, "gmail",
                     sig="Marisol Vega\nRecruiting @ Keyline\nkeyline.ai/careers")
    lever = Person("Keyline", "no-reply@hire.lever.co", PT, "auto", auto=True)
    rico = Person("Rico Alvarado", "rico.alvarado@gmail.com", CT, "gmail",
                  sig="-- \nRico\nLead Mentor, Vaulted Sales Academy")
    steph = Person("Stephanie Lund", "stephanie.lund@parcelly.com", CT, "gmail",
                   sig="Stephanie Lund\nVP Sales, Mid-Market | Parcelly\n(512) 555-0148")
    luma = Person("Luma", "calendar-noreply@luma-mail.com", CT, "auto", auto=True)
    jordan = Person("Jordan Pike", "jordan.pike@fieldnote.io", CT, "gmail",
                    sig="Jordan Pike | Account Executive\nFieldnote - field service, finally organized")
    chilipiper = Person("Chili Piper", "notifications@chilipiper.com", CT, "auto", auto=True)
    hannah = Person("Hannah Lee", "hannah.lee@quillstack.com", ET, "outlook",
                    sig="Hannah Lee\nTalent Acquisition Partner\nQuillstack, Inc. | Boston, MA\n(617) 555-0190")
    nate = Person("Nate Brower", "nate.brower@quillstack.com", ET, "outlook")
    calendly = Person("Calendly", "no-reply@calendly.com", CT, "auto", auto=True)
    chris = Person("Chris Delgado", "chris.delgado@relaymetrics.com", CT, "gmail",
                   sig="Chris Delgado\nHead of Sales, Relay Metrics\nrelaymetrics.com")
    linkedin = Person("LinkedIn", "messages-noreply@linkedin.com", PT, "auto", auto=True)
    linkedin_jobs = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", PT, "auto",
                           auto=True)
    megan = Person("Megan Doyle", "mdoyle@ferrouslabs.com", MT, "outlook",
                   sig="Megan Doyle\nRecruiting Coordinator | Ferrous Labs\nDenver, CO")
    rachel = Person("Rachel Kim", "rachel.kim@ferrouslabs.com", MT, "outlook",
                    sig="Rachel Kim\nSr. Manager, Commercial Sales\nFerrous Labs\n720-555-0177")
    ashley = Person("Ashley Tran", "ashley@lumora.com", CT, "gmail",
                    sig="Ashley Tran\nTalent | Lumora\nWe're hiring: lumora.com/jobs")
    owen = Person("Owen Price", "owen@gridwise.io", PT, "gmail",
                  sig="owen price / co-founder & ceo / gridwise")
    jess_cal = Person("Jess Carrow", "jess@kitebase.com", CT, "gcal", auto=True)
    priscilla = Person("Priscilla Gomez", "pgomez@hatchway.com", CT, "outlook",
                       sig="Priscilla Gomez | Talent Acquisition\nHatchway\nO: 512-555-0121")
    sam = Person("Sam Whitlock", "swhitlock@hatchway.com", CT, "outlook")
    greenhouse = Person("Stratos Recruiting", "no-reply@us.greenhouse-mail.io", PT, "auto",
                        auto=True)
    dana = Person("Dana Brooks", "dana.brooks@outpostsecurity.com", ET, "gmail")
    leo = Person("Leo Grant", "leo@copperline.co", CT, "gmail",
                 sig="Leo Grant | VP Revenue | Copperline")
    dev = Person("Dev Malhotra", "dev@talenthive.io", CT, "gmail",
                 sig="Dev Malhotra\nTalentHive | Tech Sales Recruiting\n\"We place closers.\"")
    # day job and life
    brittany = Person("Brittany Shaw", "brittany.shaw@loopwire.io", CT, "outlook",
                      sig="Brittany Shaw\nSDR Manager | Loopwire")
    me_work = Person("Marcus Ellison", "marcus.ellison@loopwire.io", CT, "outlook")
    kevin = Person("Kevin Tran", "kevintran.atx@gmail.com", CT, "gmail")
    gong = Person("Gong", "notifications@gong.io", PT, "auto", auto=True)
    outreach = Person("Outreach", "notifications@outreach.io", PT, "auto", auto=True)
    tyler = Person("Tyler Boyd", "tylerboyd94@gmail.com", CT, "gmail")
    mom = Person("Linda Ellison", "lindaellison61@yahoo.com", CT, "webmail", msgid_domain="mail.yahoo.com")
    kelsey = Person("Kelsey Ellison", "kelsey.ellison@gmail.com", CT, "gmail")
    jake = Person("Jake Morrow", "jake.morrow@gmail.com", CT, "gmail")
    liga = Person("Liga Recreativa del Sur", "ligadelsur.atx@gmail.com", CT, "gmail")
    dentist = Person("South Lamar Dental", "appointments@southlamardental.com", CT, "auto", auto=True)
    energy = Person("Austin Energy", "noreply@austinenergy.com", CT, "auto", auto=True)
    chase = Person("Chase", "no.reply.alerts@chase.com", ET, "auto", auto=True)
    amazon = Person("Amazon.com", "auto-confirm@amazon.com", PT, "auto", auto=True)
    venmo = Person("Venmo", "venmo@venmo.com", ET, "auto", auto=True)
    uber = Person("Uber Receipts", "noreply@uber.com", PT, "auto", auto=True)
    adp = Person("ADP", "securityservices_noreply@adp.com", ET, "auto", auto=True)
    lease = Person("The Lofts at South Congress", "leasing@loftsatsoco.com", CT, "outlook",
                   sig="Leasing Office | The Lofts at South Congress\n(512) 555-0102")
    pod = Person("30 Minutes to President's Club", "hello@30mpc.com", ET, "auto", auto=True)
    vaulted = Person("Vaulted Sales Academy", "alumni@vaultedsales.com", CT, "auto", auto=True)
    indeed = Person("Indeed", "alert@indeed.com", CT, "auto", auto=True)
    gym = Person("Lift ATX", "frontdesk@liftatx.com", CT, "auto", auto=True)
    swa = Person("Southwest Airlines", "southwestairlines@ifly.southwest.com", CT, "auto", auto=True)

    A = c.add

    # ================================================================== BRIGHTFORGE
    # J1 recruiter thread
    A("bf1", kayla, [me], "2026-03-12 10:14",
      "Hi Marcus,\n\nKayla here from Brightforge - we build workflow software for 3PLs and "
      "freight brokers. Your background booking meetings into logistics shops caught my eye, "
      "and we're adding two Account Executives to Derek Osei's mid-market team.\n\n"
      "Open to a 30-min intro next week? Tuesday 3/17 at 11am ET or Wednesday anytime after "
      "1pm ET both work on my end.\n\nBest,",
      subject="Brightforge - Mid-Market AE")
    A("bf2", me, [kayla], "2026-03-12 12:40",
      "Hey Kayla - appreciate you reaching out! Tuesday at 11 ET (10 my time) is perfect.\n\n"
      "Best number is 512-555-0187.", sig=False, parent="bf1")
    A("bf3", kayla, [me], "2026-03-12 14:02",
      "Done - I'll call you Tuesday at 11 ET. Talk soon!", parent="bf2")
    A("bf4", me, [kayla], "2026-03-17 13:25",
      "Kayla,\n\nThank you for the time this morning - really enjoyed hearing how the team "
      "went from 4 to 11 reps in a year without blowing up the ramp. The 3PL focus is exactly "
      "the lane I've been prospecting into for two years.\n\nExcited for next steps!\n", parent="bf3")
    A("bf5", kayla, [me], "2026-03-19 16:48",
      "Great chatting Tuesday! Derek would like to meet you. Can you do Thursday 3/26, "
      "3:00-3:45pm ET on Zoom?\n\nhttps://brightforge.zoom.us/j/88123004417\n\n"
      "He'll want to hear about your best outbound sequence and one deal you sourced that "
      "closed.", parent="bf4")
    A("bf6", me, [kayla], "2026-03-19 17:30", "Locked in - see you (well, Derek) then.", sig=False, parent="bf5")
    A("bf7", kayla, [me], "2026-03-27 11:05",
      "Hi Marcus - Derek enjoyed your conversation yesterday! Last step is a mock discovery "
      "call with a few folks from the team. He'll send the calendar invite directly with all "
      "the details, including the buyer persona you'll be running discovery on.", parent="bf6")
    A("bf8", me, [kayla], "2026-03-27 11:31",
      "Love to hear it. Will keep an eye out for the invite. Thx Kayla!", sig=False, parent="bf7")
    # J2 thanks to Derek after the HM Zoom
    A("bf_d1", me, [derek], "2026-03-26 16:05",
      "Hi Derek,\n\nThanks for the conversation this afternoon. Walking through how you "
      "split territory by carrier count was super helpful, and it made me even more "
      "excited about the role.\n\nA couple of reasons I think I'd hit the ground running:\n"
      "- 2 years prospecting into 3PLs and brokers (142% of meetings quota last year)\n"
      "- I already run my own discovery on ~30% of the meetings I book\n"
      "- I'm coachable and I obsess over call reviews\n\nLooking forward to the next step.\n",
      subject="Thank you - today's conversation")
    A("bf_d2", derek, [me], "2026-03-27 08:12",
      "Appreciate the note Marcus. Kayla will reach out about the last round.", parent="bf_d1")
    # J3 mock discovery invite (Google Calendar from Derek)
    mock_start, mock_end = at("2026-04-07 14:00", ET), at("2026-04-07 15:00", ET)
    mock_desc = ("Mock discovery call - Marcus Ellison (AE, Mid-Market)\n\n"
                 "Format (60 min):\n"
                 "- 5 min: Derek kicks off + context\n"
                 "- 35 min: Marcus runs discovery. Priya plays the buyer (VP Ops, 200-person 3PL "
                 "in Memphis, currently on spreadsheets + a legacy TMS)\n"
                 "- 10 min: Tom (Sales Enablement) scores against our discovery rubric\n"
                 "- 10 min: debrief w/ Derek\n\n"
                 "Join with Google Meet: https://meet.google.com/xqv-dmbe-kto")
    ics_mock = make_ics(method="REQUEST", uid=uid_google("bf", "mock"), stamp=at("2026-03-30 09:41", ET),
                        start=mock_start, end=mock_end,
                        summary="Brightforge | Mock Discovery - Marcus Ellison",
                        organizer=derek_cal, tzid=ET,
                        attendees=[(derek_cal, "ACCEPTED", "INDIVIDUAL"),
                                   (priya, "ACCEPTED", "INDIVIDUAL"),
                                   (tom, "ACCEPTED", "INDIVIDUAL"),
                                   (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                   (("ATL-3-Peachtree (6)", "c_188a2f9e1bd@resource.calendar.google.com"),
                                    "ACCEPTED", "ROOM")],
                        location="ATL-3-Peachtree (6), Google Meet", description=mock_desc)
    A("bf_m1", derek_cal, [me], "2026-03-30 09:41",
      "You have been invited to the following event.\n\n"
      "Brightforge | Mock Discovery - Marcus Ellison\n"
      "When: Tuesday Apr 7, 2026 2pm - 3pm (Eastern Time - New York)\n"
      "Joining info: meet.google.com/xqv-dmbe-kto\n\n" + mock_desc + "\n\n"
      "Guests\nDerek Osei - organizer\nPriya Nandakumar\nTom Reyes\nmarcus.ellison@example.com\n\n"
      "Invitation from Google Calendar",
      subject="Invitation: Brightforge | Mock Discovery - Marcus Ellison @ Tue Apr 7, 2026 2pm - 3pm (EDT) (marcus.ellison@example.com)",
      ics=ics_mock, headers=GCAL, sig=False)
    A("bf_m2", me, [derek], "2026-03-30 10:02",
      "Accepted. Quick q - should I treat Priya's company as net-new or as a prospect who's "
      "already seen a demo?", parent="bf_m1", sig=False)
    A("bf_m3", derek, [me], "2026-03-30 12:47",
      "Net-new. She took a cold call from you last week, that's all she knows. Have fun with it.",
      parent="bf_m2")
    # J4 one note to two of the three
    A("bf_t1", me, [derek, tom], "2026-04-07 19:32",
      "Derek, Tom -\n\nThank you both for the time today, and for the real-time coaching in the "
      "debrief. Tom, the note about letting silence do the work after the pricing question is "
      "going straight into my call notes.\n\n"
      "What I hope came through:\n- I dig for the business pain before touching product\n"
      "- I quantify it (Priya's 6 hrs/week of manual load matching)\n"
      "- I close for a concrete next step\n\nI'd love to bring that to the mid-market team.\n",
      subject="Thank you - mock discovery")
    A("bf_t2", derek, [me, tom], "2026-04-08 09:10",
      "Appreciate it Marcus. Strong session - you earned that next step close. "
      "Kayla will be in touch.", parent="bf_t1")
    # back in J1: Kayla's promise
    A("bf9", kayla, [me], "2026-04-08 15:05",
      "Hi Marcus!\n\nQuick update: the team really enjoyed the mock call. We have two more "
      "finalists coming in Wednesday and Thursday, then Derek and I sync on Friday morning. "
      "Either way, you'll have a decision from us by Friday.\n\nHang tight and have a great week!",
      parent="bf8")
    c.thread("bf1", True, "recruiter", "Brightforge",
             "recruiter screen Tue Mar 17 11:00 ET (thanked same day); HM Zoom Mar 26 (thanked "
             "in its own thread); Apr 8: two more finalists, 'decision by Friday' (Apr 10), then nothing")
    c.thread("bf_d1", True, "interview", "Brightforge",
             "thank-you to Derek after the Mar 26 HM Zoom; his reply")
    c.thread("bf_m1", True, "interview", "Brightforge",
             "mock discovery Tue Apr 7 2-3pm EDT (1-2pm CDT): Derek organizer/debrief, Priya as "
             "buyer, Tom scoring; room in the invite; only Derek and Tom thanked")
    c.thread("bf_t1", True, "interview", "Brightforge",
             "one thank-you to Derek and Tom together, Apr 7 evening; Derek replies Apr 8 before "
             "Kayla's promise")
    c.meeting("bf1", at("2026-03-17 11:00", ET), at("2026-03-17 11:30", ET), met=[kayla.email],
              thanks={kayla.email: "bf4"}, what="recruiter screen")
    c.meeting("bf1", at("2026-03-26 15:00", ET), at("2026-03-26 15:45", ET), met=[derek.email],
              thanks={derek.email: "bf_d1"}, what="HM zoom")
    c.meeting("bf_m1", mock_start, mock_end, met=[derek.email, priya.email, tom.email],
              thanks={derek.email: "bf_t1", tom.email: "bf_t1"}, what="mock discovery")
    c.promise("bf1", "bf9", kayla.email, "2026-04-10")
    c.expect("thank_you", "bf_m1", priya.email,
             "Priya played the buyer in the Tue Apr 7 mock discovery (2-3pm EDT); the note went "
             "to Derek and Tom only; overdue since Wed Apr 8 14:00 CDT")
    c.expect("callback", "bf1", kayla.email,
             "'you'll have a decision from us by Friday' (Apr 10); nothing from brightforge.io "
             "since Apr 8; due end of Tue Apr 14", promised="2026-04-10")
    c.forbid("bf_m1", tom.email,
             "thanked by the joint note to Derek and Tom on Apr 7 19:32 (new thread)")

    # ================================================================== SUMMIT TALENT (agency)
    A("st1", trent, [me], "2026-04-01 09:20",
      "Marcus,\n\nHope you're well. I'm partnering with a Series C fintech out of SF (can't share "
      "the name just yet, they're in stealth on this search) that is building out a remote "
      "Mid-Market AE team. Base + OTE is a real step up from SDR comp, and they like folks who "
      "came up through outbound.\n\nDo you have 15-20 min this week to connect? Happy to work "
      "around your call blocks.",
      subject="AE opportunity - Series C fintech (remote)")
    A("st2", me, [trent], "2026-04-01 11:02",
      "Hey Trent, definitely open to hearing more. Thursday at 11 CT work? I'm on a call block "
      "till 10:30.\n\nSent from my iPhone", sig=False, parent="st1")
    A("st3", trent, [me], "2026-04-01 11:15",
      "Thursday 11 CT is locked. I'll ring your cell.", parent="st2")
    A("st4", me, [trent], "2026-04-02 12:10",
      "Trent - thanks for the call this morning, super helpful context on the comp structure "
      "and how they ramp new AEs. I'll send my updated resume over tonight.\n", parent="st3")
    A("st5", me, [trent], "2026-04-02 21:47",
      "As promised - resume attached. Lmk if you need anything else for the submittal.",
      parent="st4",
      attachments=[("Marcus_Ellison_Resume_2026.pdf", "application/pdf",
                    make_pdf(["Marcus Ellison", "Sales Development Representative, Loopwire",
                              "Austin, TX | 512-555-0187 | marcus.ellison@example.com",
                              "142% of meetings quota FY25; #2 SDR of 14",
                              "Vaulted Sales Academy, 2023"]))])
    A("st6", trent, [me], "2026-04-03 08:55",
      "Got it, looks sharp. Here's the JD I mentioned (below). I'm submitting you today.\n\n"
      "Mid-Market Account Executive (Remote, US)\n- Full-cycle, $25-80k ACV\n- 60% inbound / 40% "
      "self-sourced\n- OTE $150k (50/50)\n\nWill keep you posted.", parent="st5")
    c.thread("st1", True, "recruiter", "Summit Talent Partners",
             "agency intro call Thu Apr 2 11:00 CDT (no end stated), thanked at 12:10; résumé sent "
             "that night as promised; JD arrived the next morning as promised")
    c.meeting("st1", at("2026-04-02 11:00"), None, met=[trent.email],
              thanks={trent.email: "st4"}, what="agency intro call")
    c.own_promise("st1", "st4", trent.email, "2026-04-02", kept_by="st5")
    c.application("st1", "st5", trent.email, answered_by="st6")
    c.forbid("st1", trent.email,
             "agency intro call thanked the same day; Marcus's 'resume tonight' kept at 21:47; "
             "Trent answered the résumé the next morning")

    # J6 the fintech Zoom, interviewers without addresses
    A("st7", trent, [me], "2026-04-09 13:40",
      "Good news - they want to meet you! Client is Vantage Ledger (ok to say it now).\n\n"
      "You'll meet with Alyssa Cho, their VP of Sales, and Ben from RevOps will hop on for the "
      "second half.\n\nTuesday 4/14, 11:00-11:45am Pacific\nZoom: "
      "https://vantageledger.zoom.us/j/93310275528?pwd=Vt88\n\n"
      "Alyssa is very metrics-driven, so know your numbers cold.",
      subject="Vantage Ledger - Tues 4/14 w/ Alyssa Cho")
    A("st8", me, [trent], "2026-04-09 14:05",
      "Let's go!! 1pm my time works, I'll block it. Any intel on Ben?", parent="st7", sig=False)
    A("st9", trent, [me], "2026-04-09 14:22",
      "Not much - he owns their forecasting/Clari setup. He'll probably ask how you track your "
      "own pipeline. They usually turn feedback around in 48 hrs, so you'll hear from me by "
      "Friday 4/17 at the latest.", parent="st8")
    c.thread("st7", True, "interview", "Vantage Ledger",
             "Zoom with Vantage Ledger's VP Sales Alyssa Cho and 'Ben from RevOps' Tue Apr 14 "
             "11:00-11:45 PDT, set up by the agency; no address for either anywhere; nothing sent "
             "to Trent since; his 'by Friday 4/17' is still ahead")
    c.meeting("st7", at("2026-04-14 11:00", PT), at("2026-04-14 11:45", PT), met=[],
              unknown=["Alyssa Cho", "Ben (RevOps)"], arranged_by=trent.email,
              what="Vantage Ledger zoom")
    c.promise("st7", "st9", trent.email, "2026-04-17")
    c.expect("ask_for_address", "st7", trent.email,
             "Alyssa Cho and Ben were met on the Tue Apr 14 Zoom (1:00-1:45pm CDT) but no address "
             "for them appears anywhere; Trent arranged it and Marcus has not written to him "
             "since; due Apr 14 15:45 CDT")

    # ================================================================== TIDEMARK (application + OOO)
    A("tm1", me, [jenna], "2026-04-02 20:58",
      "Hi Jenna,\n\nSaw your LinkedIn post about building out Tidemark's mid-market team in "
      "Austin. I'd love to be considered for the Account Executive role.\n\n"
      "Quick background: I'm an SDR at Loopwire (workflow SaaS for field ops), 142% of meetings "
      "quota last year and #2 of 14 reps. I already run first calls on a chunk of the meetings I "
      "book, and I'm ready to carry a number.\n\nResume attached. Would love 15 min if you're "
      "open to it.\n",
      subject="Mid-Market AE - Marcus Ellison (Loopwire SDR)",
      attachments=[("Marcus_Ellison_Resume.pdf", "application/pdf",
                    make_pdf(["Marcus Ellison", "SDR, Loopwire (2024-present)",
                              "Austin, TX | marcus.ellison@example.com"]))])
    A("tm2", jenna, [me], "2026-04-02 21:59",
      "Thank you for your email. I'm at SaaStr Annual through Friday with limited access to "
      "email and will be back in the office Monday, April 6. For anything urgent please reach "
      "Carlos Mendez at cmendez@tidemarkhq.com.\n\nJenna",
      parent="tm1", subject="Automatic reply: Mid-Market AE - Marcus Ellison (Loopwire SDR)",
      headers=OOO, quote=False)
    c.thread("tm1", True, "application", "Tidemark",
             "résumé sent straight to the sales director Thu Apr 2; only an Outlook automatic reply "
             "(back Mon Apr 6); no person has written since")
    c.application("tm1", "tm1", jenna.email)
    c.expect("application", "tm1", jenna.email,
             "résumé and 'I'd love to be considered' sent Thu Apr 2; the only answer is an "
             "automatic out-of-office reply; 7 business days ran out at the end of Mon Apr 13")

    # ================================================================== KEYLINE (OOO pushes callback)
    A("kl0", lever, [me], "2026-03-24 22:31",
      "Hi Marcus,\n\nThanks for applying to Account Executive, Mid-Market at Keyline! Our team "
      "is reviewing your application and will reach out if there's a fit.\n\n- The Keyline team",
      subject="Thanks for applying to Keyline", headers=AUTO, sig=False)
    c.thread("kl0", True, "application", "Keyline", "Lever acknowledgement of a portal application")
    A("kl1", marisol, [me], "2026-03-26 12:15",
      "Hi Marcus! Thanks for applying to our Mid-Market AE role. I'd love to set up a 30 min "
      "call to learn more about you. Here are a few times (all Pacific):\n\n"
      "- Mon 3/30, 9:00am\n- Tue 3/31, 8:00am\n- Tue 3/31, 1:30pm\n\nLet me know what works!",
      subject="Keyline <> Marcus - intro call")
    A("kl2", me, [marisol], "2026-03-26 14:50",
      "Hi Marisol! Tuesday 8am PT (10 central) works great. Talk then.", sig=False, parent="kl1")
    A("kl3", marisol, [me], "2026-03-26 13:01",
      "Perfect, you'll get a Meet link from me shortly.", parent="kl2")
    A("kl4", me, [marisol], "2026-03-31 11:20",
      "Hi Marisol,\n\nThank you for the call this morning! Loved hearing about how Keyline "
      "pairs new AEs with an SE from day one.\n\nLike I mentioned, I've got a 30-60-90 I "
      "put together for an AE move. I'll clean it up and send it over by Tuesday.\n", parent="kl3")
    A("kl5", marisol, [me], "2026-04-01 10:42",
      "Love that, thank you Marcus! I'm sharing my notes with Greg (hiring manager) this week, "
      "and I should have an update for you from the hiring team by Wed 4/8.", parent="kl4")
    A("kl6", me, [marisol], "2026-04-06 08:15",
      "Morning Marisol - here's the 30-60-90 I mentioned. Happy to walk Greg through it if "
      "useful.",
      attachments=[("Ellison_30-60-90.pdf", "application/pdf",
                    make_pdf(["30-60-90 Day Plan - Marcus Ellison", "Days 1-30: learn ICP, shadow",
                              "Days 31-60: own pipeline", "Days 61-90: close first deals"]))], parent="kl5")
    A("kl7", marisol, [me], "2026-04-06 08:15",
      "Hi there,\n\nI'm out of the office from Monday, April 6 and will return on Wednesday, "
      "April 15. I'll have limited access to email while I'm away. For anything time sensitive "
      "please reach out to recruiting@keyline.ai.\n\nThanks!\nMarisol",
      parent="kl6", subject="Out of office Re: Keyline <> Marcus - intro call", headers=OOO,
      quote=False, sig=False)
    c.thread("kl1", True, "recruiter", "Keyline",
             "intro call Tue Mar 31 8:00-8:30 PDT, thanked in the thread; Marcus promised the "
             "30-60-90 by Tuesday and sent it Mon Apr 6; Marisol's 'update by Wed 4/8' met her "
             "out-of-office reply (back Wed Apr 15)")
    c.meeting("kl1", at("2026-03-31 08:00", PT), at("2026-03-31 08:30", PT), met=[marisol.email],
              thanks={marisol.email: "kl4"}, what="recruiter intro")
    c.own_promise("kl1", "kl4", marisol.email, "2026-04-07", kept_by="kl6")
    c.promise("kl1", "kl5", marisol.email, "2026-04-08", back="2026-04-15")
    c.forbid("kl1", marisol.email,
             "'update by Wed 4/8' has passed, but her out-of-office says she returns Wed Apr 15, "
             "so the callback counts from Apr 15 and falls due only at the end of Fri Apr 17; "
             "the out-of-office is not an answer either way; Marcus's own 30-60-90 promise was kept")

    # ================================================================== RICO intro -> Stephanie (Parcelly)
    A("ri1", rico, [me, steph], "2026-03-19 07:55",
      "Steph, meet Marcus - one of the best students we've had come through Vaulted. He's been "
      "crushing it as an SDR at Loopwire and is ready for an AE seat. I told him you're the "
      "person to learn from on mid-market.\n\nMarcus, meet Steph - she runs mid-market at "
      "Parcelly and has hired more first-time AEs than anyone I know.\n\nI'll let you two take "
      "it from here.",
      subject="Intro: Marcus <> Steph")
    A("ri2", steph, [me, rico], "2026-03-19 09:30",
      "Thanks Rico! (to bcc)\n\nMarcus - happy to. Coffee next Wed 3/25 at 8 at Merit on South "
      "Lamar? I've got a 9:15 so it'll be quick-ish.", parent="ri1")
    A("ri3", me, [steph], "2026-03-19 10:04",
      "Wed at 8 at Merit works. I'll be the guy with the Loopwire hoodie. Rico, appreciate you "
      "connecting us, moving you to bcc!", bcc=[rico], parent="ri2", sig=False)
    A("ri4", me, [steph], "2026-03-25 11:40",
      "Steph,\n\nThank you for making time this morning. Your point about picking a company "
      "for the manager, not the logo, is gonna stick with me. I'm also going to steal the "
      "'three whys' framework for my discovery calls.\n\nReally appreciate it.\n", parent="ri3")
    A("ri5", steph, [me], "2026-03-25 14:22",
      "Anytime! Keep me posted on where you land.", parent="ri4")
    c.thread("ri1", True, "networking", "Parcelly",
             "mentor's intro; coffee Wed Mar 25 8:00 CDT at Merit (no end stated), thanked 11:40; "
             "her reply at 14:22 is the last exchange with her")
    c.meeting("ri1", at("2026-03-25 08:00"), None, met=[steph.email],
              thanks={steph.email: "ri4"}, networking=True, what="coffee")
    c.expect("networking", "ri1", steph.email,
             "networking coffee Wed Mar 25; last exchange with her was her reply that afternoon; "
             "the 14-day touch fell due at the end of Wed Apr 8 (no mail with her since)")
    c.forbid("ri1", rico.email,
             "the mentor who made the intro: he was not at the coffee and promised nothing (moved "
             "to bcc with thanks)")
    A("ri6", me, [rico], "2026-03-26 19:12",
      "Rico!! Coffee w/ Steph was awesome, she gave me a whole framework for vetting AE offers. "
      "Appreciate you big time.\n\nAlso fyi I have a recruiter screen w/ Brightforge done and "
      "HM round today. Feeling good.", subject="Steph coffee + update", sig=False)
    A("ri7", rico, [me], "2026-03-27 07:40",
      "Love it. Couple things:\n1) Don't take the first AE offer just because it's an AE offer.\n"
      "2) Jess Carrow at Kitebase is hiring AEs in Central - I passed your name along, she may "
      "reach out.\n3) Send me your mock discovery prep when you have it, I'll poke holes.",
      parent="ri6")
    c.thread("ri6", True, "networking", "Vaulted Sales Academy",
             "update to the bootcamp mentor (personal address); he passes Marcus's name to Kitebase")

    # ================================================================== HAPPY HOUR + JORDAN (Fieldnote)
    A("hh1", luma, [me], "2026-03-30 17:20",
      "You're registered!\n\nATX Sales Collective: Spring Happy Hour\nThursday, April 2, 6:00 PM - "
      "8:00 PM CDT\nLazarus Brewing, 1902 E 6th St, Austin\n\nFirst round's on Pavilion. Bring "
      "business cards (ironically).",
      subject="Registration confirmed: ATX Sales Collective Spring Happy Hour", headers=AUTO,
      sig=False)
    A("hh2", luma, [me], "2026-04-02 12:00",
      "Reminder: ATX Sales Collective: Spring Happy Hour starts in 6 hours.\n\nLazarus Brewing, "
      "1902 E 6th St.", parent="hh1", subject="Starting soon: ATX Sales Collective Spring Happy Hour",
      headers=AUTO, sig=False, quote=False)
    c.thread("hh1", True, "networking", "ATX Sales Collective",
             "happy hour Thu Apr 2 6-8pm; registration and reminder only, no one's address")
    c.meeting("hh1", at("2026-04-02 18:00"), at("2026-04-02 20:00"), met=[], networking=True,
              what="happy hour")
    A("jp1", jordan, [me], "2026-04-03 09:48",
      "Marcus! Good meeting you at Lazarus last night, sorry we got cut off when the trivia "
      "thing started.\n\nIf you want the unfiltered version of what AE life at Fieldnote is "
      "like, grab 15 on my calendar: https://fieldnote.chilipiper.com/me/jordan-pike\n\n"
      "No pitch, promise lol",
      subject="from last night")
    A("jp2", me, [jordan], "2026-04-03 10:30",
      "Haha yes, trivia ended us. Just grabbed Tuesday at 4. Talk then!", parent="jp1", sig=False)
    A("cp1", chilipiper, [me], "2026-04-03 10:29",
      "Your meeting is booked!\n\nJordan Pike <> Marcus Ellison (15 min)\nTuesday, April 7, "
      "2026\n4:00 PM - 4:15 PM (America/Chicago)\n\nHost: Jordan Pike "
      "(jordan.pike@fieldnote.io)\nLocation: Zoom - link in calendar invite\n\n"
      "Need to make a change? Reschedule or cancel: https://fieldnote.chilipiper.com/r/Kq2aP",
      subject="Confirmed: Jordan Pike <> Marcus Ellison (15 min) on Tue, Apr 7", headers=AUTO,
      sig=False, html=None)
    c.thread("cp1", True, "networking", "Fieldnote", "Chili Piper booking confirmation, no ICS")
    A("jp3", me, [jordan], "2026-04-07 18:05",
      "Jordan - thanks again for the real talk today. The bit about Fieldnote's AEs owning "
      "renewals year one was news to me and honestly a plus.\n\nOwe you a beer next time.",
      parent="jp2", sig=False)
    A("jp4", jordan, [me], "2026-04-08 08:30",
      "For sure man. I'll flag you to Whitney on our recruiting team, no promises on timing "
      "but she's good about reaching out.", parent="jp3")
    c.thread("jp1", True, "networking", "Fieldnote",
             "met at the happy hour; 15-min call Tue Apr 7 4:00-4:15 CDT via Chili Piper, thanked "
             "that evening; Jordan replied Apr 8 (touch due only at the end of Apr 22)")
    c.meeting("jp1", at("2026-04-07 16:00"), at("2026-04-07 16:15"), met=[jordan.email],
              thanks={jordan.email: "jp3"}, networking=True, what="networking call")
    c.forbid("jp1", jordan.email,
             "call thanked the same evening and Jordan answered on Apr 8: the 14-day touch is not "
             "due until the end of Wed Apr 22")

    # ================================================================== QUILLSTACK (rejection, never thanked)
    A("qs1", hannah, [me], "2026-04-01 14:22",
      "Hi Marcus,\n\nThank you for your interest in Quillstack! I'd like to set up a video "
      "interview with Nate Brower, our Sales Manager for the Commercial segment. Could you "
      "share your availability for next Tuesday 4/7 or Wednesday 4/8 (Eastern time)?\n\n"
      "Kind regards,",
      subject="Quillstack - Account Executive, Commercial: next steps")
    A("qs2", me, [hannah], "2026-04-01 15:10",
      "Hi Hannah, thanks! Wednesday 4/8 anytime between 10 and 1 ET works for me.", parent="qs1")
    nate_start, nate_end = at("2026-04-08 10:30", ET), at("2026-04-08 11:15", ET)
    ics_qs = make_ics(method="REQUEST", uid=uid_outlook("qs", "nate"), stamp=at("2026-04-01 16:02", ET),
                      start=nate_start, end=nate_end,
                      summary="Quillstack | Commercial AE Interview - Marcus Ellison",
                      organizer=hannah, tzid="Eastern Standard Time", prodid=OUTLOOK_PRODID,
                      attendees=[(nate, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      location="Microsoft Teams Meeting",
                      description="Interviewer: Nate Brower, Sales Manager - Commercial\n"
                                  "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/"
                                  "meetup-join/19%3ameeting_QsX2")
    A("qs_i1", hannah, [me, nate], "2026-04-01 16:02",
      "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
      "Click here to join the meeting\nMeeting ID: 284 771 903 552\nPasscode: Qk7pLz\n\n"
      "Interviewer: Nate Brower, Sales Manager - Commercial",
      subject="Quillstack | Commercial AE Interview - Marcus Ellison", ics=ics_qs,
      ics_mode="outlook", sig=False)
    A("qs3", hannah, [me], "2026-04-08 13:40",
      "Hi Marcus,\n\nThanks for making time for Nate this morning! We're wrapping up our "
      "interviews this week and expect to have a decision by the end of next week. I'll be in "
      "touch either way.\n\nKind regards,", parent="qs2")
    A("qs4", hannah, [me], "2026-04-13 11:05",
      "Hi Marcus,\n\nThank you again for the time you spent with us. After a lot of "
      "consideration, we've decided to move forward with a candidate whose closing experience "
      "lines up a bit more closely with what the Commercial team needs right now.\n\n"
      "This was a close call, and Nate was impressed by your prospecting. We'd genuinely like "
      "to stay in touch as the team grows.\n\nWishing you all the best,", parent="qs3")
    A("qs5", me, [hannah], "2026-04-13 12:31",
      "Hi Hannah - appreciate you letting me know, and the kind words. Definitely keep me in "
      "mind as the team grows.\n", parent="qs4")
    c.thread("qs1", True, "rejection", "Quillstack",
             "recruiter thread: Teams interview with Nate set up; Hannah's 'decision by the end of "
             "next week' (Apr 17) ended by a gentle rejection Mon Apr 13")
    c.thread("qs_i1", True, "interview", "Quillstack",
             "Outlook/Teams invite (Eastern Standard Time) Wed Apr 8 10:30-11:15 EDT with Nate "
             "Brower; never thanked")
    c.meeting("qs_i1", nate_start, nate_end, met=[nate.email], what="teams interview")
    c.promise("qs1", "qs3", hannah.email, "2026-04-17", ended_by="qs4")
    c.expect("thank_you", "qs_i1", nate.email,
             "Teams interview Wed Apr 8 10:30-11:15 EDT took place and Nate was never thanked; "
             "the Apr 13 rejection ends callbacks, not a thank-you owed; overdue since Apr 9")
    c.forbid("qs1", hannah.email,
             "the rejection on Mon Apr 13 ended her 'decision by the end of next week'; she "
             "arranged the interview but did not attend it")

    # ================================================================== RELAY METRICS (Calendly)
    A("li1", linkedin, [me], "2026-04-06 16:12",
      "Chris Delgado sent you a message\n\n\"Hey Marcus - saw your comment on the cold-calling "
      "thread. We're hiring our 4th AE at Relay Metrics and I'd love to chat. Grab any slot "
      "here: calendly.com/chris-relaymetrics/ae-intro\"\n\nView message: "
      "https://www.linkedin.com/messaging/thread/2-MzYxNz\n\nYou are receiving LinkedIn "
      "notification emails.",
      subject="Chris sent you a new message", headers=AUTO, sig=False,
      html=html_of("Chris Delgado sent you a message. Hey Marcus - saw your comment on the "
                   "cold-calling thread. We're hiring our 4th AE..."))
    c.thread("li1", True, "recruiter", "Relay Metrics", "LinkedIn message notification with a Calendly link")
    A("cal1", calendly, [me], "2026-04-06 18:40",
      "Hi Marcus Ellison,\n\nA new event has been scheduled.\n\nEvent Type:\nAE Intro w/ Chris "
      "(45 min)\n\nInvitee:\nMarcus Ellison\n\nEvent Date/Time:\n12:00pm - 12:45pm, Friday, "
      "April 10, 2026 (Central Time - US & Canada)\n\nHost:\nChris Delgado "
      "(chris.delgado@relaymetrics.com)\n\nLocation:\nGoogle Meet - link to follow\n\n"
      "Cancel or reschedule: https://calendly.com/cancellations/ee81f2a0",
      subject="Confirmed: AE Intro w/ Chris (45 min) with Chris Delgado on Friday, April 10, 2026",
      headers=AUTO, sig=False)
    c.thread("cal1", True, "interview", "Relay Metrics",
             "Calendly confirmation, no ICS; the host's address only in the text; call Fri Apr 10 "
             "12:00-12:45 CDT, thanked in a new thread")
    c.meeting("cal1", at("2026-04-10 12:00"), at("2026-04-10 12:45"), met=[chris.email],
              thanks={chris.email: "rm1"}, what="calendly intro")
    A("rm1", me, [chris], "2026-04-10 14:20",
      "Hi Chris,\n\nThank you for the time today. The way you described Relay's buyers "
      "(RevOps leads drowning in dashboards) is the exact persona I've been booking meetings "
      "with at Loopwire.\n\nWhy I think I'd be a strong 4th AE:\n- Deep outbound muscle - "
      "I'd bring my own pipeline from week one\n- I've run 40+ first calls myself\n- Scrappy, "
      "and I like building the playbook\n\nLooking forward to hearing next steps.\n",
      subject="Relay Metrics - thank you")
    A("rm2", chris, [me], "2026-04-10 16:55",
      "Thx Marcus, enjoyed it. We're meeting as a team Tuesday the 14th to go through "
      "everyone we've talked to, you'll hear from me by Thursday at the latest.", parent="rm1")
    c.thread("rm1", True, "interview", "Relay Metrics",
             "thank-you in a new thread Apr 10; 'team meets Tue 14th, hear from me by Thursday' (Apr 16)")
    c.promise("rm1", "rm2", chris.email, "2026-04-16")
    c.forbid("cal1", "no-reply@calendly.com", "automated scheduler sender")
    c.forbid("cal1", chris.email, "the Calendly call was thanked in a new thread on Apr 10 at 14:20")
    c.forbid("rm1", chris.email,
             "'you'll hear from me by Thursday' is today (Apr 16): the window is still open, let "
             "alone the grace")

    # ================================================================== FERROUS LABS
    fl_start, fl_end = at("2026-04-09 14:00", MT), at("2026-04-09 14:30", MT)
    ics_fl = make_ics(method="REQUEST", uid=uid_outlook("fl", "screen"), stamp=at("2026-04-06 10:15", MT),
                      start=fl_start, end=fl_end,
                      summary="Ferrous Labs: Marcus Ellison / Rachel Kim (30 min)",
                      organizer=megan, tzid="Mountain Standard Time", prodid=OUTLOOK_PRODID,
                      attendees=[(rachel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      location="Microsoft Teams Meeting")
    A("fl1", megan, [me], "2026-04-06 10:15",
      "Hi Marcus,\n\nI've put 30 minutes on the calendar for you and Rachel Kim (Sr. Manager, "
      "Commercial Sales) on Thursday, April 9 at 2:00 PM Mountain / 3:00 PM Central. The Teams "
      "link is in the invite.\n\nPlease let me know if the time doesn't work.\n",
      subject="Ferrous Labs - Commercial AE phone screen", ics=ics_fl, ics_mode="outlook")
    A("fl2", me, [megan], "2026-04-06 11:40",
      "Works great, accepted. See you (Rachel) Thursday.", parent="fl1", sig=False)
    A("fl3", me, [megan], "2026-04-09 17:05",
      "Hi Megan,\n\nThanks for setting up today's call. Rachel brought in Luis from the SE team "
      "for the last 10 minutes, could you share his email? I'd like to send him a quick "
      "thank-you note.\n", parent="fl2")
    A("fl4", megan, [me], "2026-04-10 09:02",
      "Hi Marcus - let me check with Rachel and I'll pass it along.", parent="fl3")
    c.thread("fl1", True, "interview", "Ferrous Labs",
             "coordinator-booked Teams screen Thu Apr 9 14:00-14:30 MDT with Rachel (in the ICS); "
             "Luis from the SE team joined, address never given; Marcus already asked Megan for it")
    c.meeting("fl1", fl_start, fl_end, met=[rachel.email], thanks={rachel.email: "fk1"},
              unknown=["Luis (SE team)"], arranged_by=megan.email, what="phone screen")
    c.forbid("fl1", megan.email,
             "she arranged the screen and did not attend; Marcus already asked her for Luis's "
             "address on Apr 9 and she replied")
    A("fk1", me, [rachel], "2026-04-09 16:40",
      "Hi Rachel,\n\nThank you for the conversation this afternoon (and please pass my thanks "
      "to Luis too). Hearing how Ferrous lands in plant-maintenance teams and expands "
      "site-by-site made the role click for me.\n\nThree things I'd bring:\n"
      "- A proven outbound engine (142% to quota)\n- Industrial/field-ops buyer experience\n"
      "- A habit of reviewing every one of my calls in Gong\n\nLooking forward to next steps.\n",
      subject="Thank you - Commercial AE conversation")
    A("fk2", rachel, [me], "2026-04-10 11:30",
      "Hi Marcus,\n\nGreat note. Next step on our side would be a conversation with our VP. "
      "Before I set that up, could you send me two references (ideally one manager) and the "
      "deck from the President's Club pitch you mentioned?\n\nThanks,", parent="fk1")
    A("fk3", me, [rachel], "2026-04-10 13:02",
      "Absolutely. Let me give my references a heads up first - I'll have both over to you "
      "by Monday.", parent="fk2", sig=False)
    c.thread("fk1", True, "interview", "Ferrous Labs",
             "thank-you to Rachel in a new thread; she asks for references and a deck; Marcus: "
             "'I'll have both over to you by Monday' (Apr 13), nothing sent since")
    c.own_promise("fk1", "fk3", rachel.email, "2026-04-13")
    c.expect("own_promise", "fk1", rachel.email,
             "Marcus promised two references and the deck 'by Monday' (Apr 13) and has not "
             "written to Rachel since; due at the end of Mon Apr 13")

    # ================================================================== LUMORA
    A("lu1", ashley, [me], "2026-03-26 09:30",
      "Hi Marcus,\n\nI'm on the talent team at Lumora and came across your profile. We're "
      "hiring an SMB Account Executive for our Austin office and I think there could be a "
      "match. Would you be up for a quick conversation? I have:\n\n"
      "Mon 3/30 - 2:00pm CT\nMon 3/30 - 4:00pm CT\nTue 3/31 - 9:30am CT\n\nCheers,",
      subject="Lumora - SMB Account Executive conversation")
    A("lu2", me, [ashley], "2026-03-26 10:15",
      "Hi Ashley, thx for reaching out! Monday at 2 works best.", parent="lu1", sig=False)
    A("lu3", ashley, [me], "2026-03-26 10:31",
      "Great! This email confirms your video interview with me on Monday, March 30 from 2:00 "
      "to 2:30 PM CT. Zoom: https://lumora.zoom.us/j/81102774410\n\nTalk soon!", parent="lu2")
    A("lu4", me, [ashley], "2026-03-30 15:05",
      "Ashley - thank you for the time today! Lumora's approach to SMB (short cycles, lots of "
      "at-bats) sounds like a great first closing seat for me. Looking forward to what's next.",
      parent="lu3")
    A("lu5", ashley, [me], "2026-03-31 09:12",
      "Of course! Our hiring sync for this role is Thursday (4/2), where the team decides who "
      "moves to the final round. You'll hear from me by Monday 4/6 either way.", parent="lu4")
    c.thread("lu1", True, "interview", "Lumora",
             "slots offered, one picked; 'this email confirms your video interview with me' Mon "
             "Mar 30 2:00-2:30 CDT, thanked; 'hear from me by Monday 4/6' after the Thursday "
             "hiring sync; nothing from lumora.com since")
    c.meeting("lu1", at("2026-03-30 14:00"), at("2026-03-30 14:30"), met=[ashley.email],
              thanks={ashley.email: "lu4"}, what="recruiter video interview")
    c.promise("lu1", "lu5", ashley.email, "2026-04-06")
    c.expect("callback", "lu1", ashley.email,
             "'You'll hear from me by Monday 4/6 either way'; no word from lumora.com since; "
             "due end of Wed Apr 8, stale only from Apr 23", promised="2026-04-06")

    # ================================================================== GRIDWISE (agreed in words, PT)
    A("gw1", owen, [me], "2026-04-08 11:22",
      "hey Marcus - owen, cofounder at gridwise. your post on the '9 touches in 12 days' "
      "cadence made the rounds in our slack. we're hiring our founding AE and I'd love to "
      "hop on a call. any of these work? (pacific)\n\nmon 4/13 10am\nmon 4/13 1:30pm\n"
      "tue 4/14 9am", subject="founding AE @ gridwise")
    A("gw2", me, [owen], "2026-04-08 13:50",
      "Hey Owen, appreciate that! Monday at 10 your time works great. Thx!", parent="gw1", sig=False)
    A("gw3", owen, [me], "2026-04-08 12:09",
      "🤙 I'll call you at the number on your linkedin", parent="gw2")
    c.thread("gw1", True, "interview", "Gridwise",
             "founder offered three Pacific slots; 'Monday at 10 your time' (noon CDT Apr 13), no "
             "end stated; only a 'Thx!' before the call, nothing after")
    c.meeting("gw1", at("2026-04-13 10:00", PT), None, met=[owen.email], what="founder call")
    c.expect("thank_you", "gw1", owen.email,
             "call Mon Apr 13 10am PDT (12:00 CDT, 60 min by default) took place; the 'Thx!' came "
             "before it; overdue since Apr 14 13:00 CDT")

    # ================================================================== KITEBASE (invite is the only hint)
    A("li2", linkedin, [me], "2026-04-09 08:03",
      "Jess Carrow sent you a message\n\n\"Hi Marcus! Rico Alvarado says great things about you. "
      "Any chance we could talk Monday afternoon? I'll send something over.\"\n\n"
      "View message: https://www.linkedin.com/messaging/thread/2-Q1Lkz",
      subject="Jess sent you a new message", headers=AUTO, sig=False)
    c.thread("li2", True, "networking", "Kitebase", "LinkedIn message notification")
    kb_start, kb_end = at("2026-04-13 15:30"), at("2026-04-13 16:00")
    ics_kb = make_ics(method="REQUEST", uid=uid_google("kb", "jess"), stamp=at("2026-04-09 10:20"),
                      start=kb_start, end=kb_end, summary="Marcus / Jess",
                      organizer=jess_cal, tzid=CT,
                      attendees=[(jess_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      description="re: AE, Central (via Rico)\nhttps://meet.google.com/pbw-kqaz-ruy")
    A("kb1", jess_cal, [me], "2026-04-09 10:20",
      "You have been invited to the following event.\n\nMarcus / Jess\nWhen: Monday Apr 13, "
      "2026 3:30pm - 4pm (Central Time - Chicago)\nJoining info: meet.google.com/pbw-kqaz-ruy\n\n"
      "re: AE, Central (via Rico)\n\nGuests\nJess Carrow - organizer\nmarcus.ellison@example.com\n\n"
      "Invitation from Google Calendar",
      subject="Invitation: Marcus / Jess @ Mon Apr 13, 2026 3:30pm - 4pm (CDT) (marcus.ellison@example.com)",
      ics=ics_kb, headers=GCAL, sig=False)
    A("kb2", me, [jess_cal], "2026-04-09 10:34",
      "Marcus Ellison has accepted this invitation.\n\nMarcus / Jess\nMonday Apr 13, 2026 "
      "3:30pm - 4pm (CDT)", parent="kb1",
      subject="Accepted: Marcus / Jess @ Mon Apr 13, 2026 3:30pm - 4pm (CDT)", sig=False, quote=False)
    c.thread("kb1", True, "interview", "Kitebase",
             "Google Calendar invite titled only 'Marcus / Jess' ('re: AE, Central (via Rico)'), "
             "Mon Apr 13 3:30-4:00 CDT; accepted; nothing since")
    c.meeting("kb1", kb_start, kb_end, met=["jess@kitebase.com"], what="call re AE seat")
    c.expect("thank_you", "kb1", "jess@kitebase.com",
             "the call on the invite 'Marcus / Jess' (about Kitebase's AE opening) Mon Apr 13 "
             "3:30-4:00 CDT took place; no note since; overdue since Apr 14 16:00")

    # ================================================================== HATCHWAY (moved later)
    hw_start, hw_end = at("2026-04-15 09:00"), at("2026-04-15 09:45")
    hw2_start, hw2_end = at("2026-04-20 09:00"), at("2026-04-20 09:45")
    ics_hw = make_ics(method="REQUEST", uid=uid_outlook("hw", "sam"), stamp=at("2026-04-06 15:30"),
                      start=hw_start, end=hw_end,
                      summary="Hatchway - AE Interview: Marcus Ellison w/ Sam Whitlock",
                      organizer=priscilla, tzid="Central Standard Time", prodid=OUTLOOK_PRODID,
                      attendees=[(sam, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      location="Hatchway HQ - 3rd floor, 401 Congress Ave")
    A("hw1", priscilla, [me], "2026-04-06 15:30",
      "Hi Marcus,\n\nAs discussed, please see the invite for your in-person interview with "
      "Sam Whitlock, our Regional Sales Director, on Wednesday 4/15 at 9:00 AM. We're at 401 "
      "Congress, check in with the front desk on 3.\n\nThank you,",
      subject="Hatchway - AE Interview: Marcus Ellison w/ Sam Whitlock", ics=ics_hw,
      ics_mode="outlook")
    A("hw2", priscilla, [me], "2026-04-14 10:12",
      "Hi Marcus, so sorry for the late notice - Sam has a board prep conflict tomorrow. Could "
      "we push to Monday 4/20, same time (9:00 AM)?", parent="hw1")
    A("hw3", me, [priscilla], "2026-04-14 10:20", "Monday works", parent="hw2", sig=False)
    ics_hw2 = make_ics(method="REQUEST", uid=uid_outlook("hw", "sam"), stamp=at("2026-04-14 10:41"),
                       start=hw2_start, end=hw2_end,
                       summary="Hatchway - AE Interview: Marcus Ellison w/ Sam Whitlock",
                       organizer=priscilla, tzid="Central Standard Time", prodid=OUTLOOK_PRODID,
                       attendees=[(sam, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                       location="Hatchway HQ - 3rd floor, 401 Congress Ave", sequence=1)
    A("hw4", priscilla, [me], "2026-04-14 10:41",
      "Updated invite attached - Monday 4/20, 9:00-9:45 AM. Thank you for being flexible!",
      parent="hw3", ics=ics_hw2, ics_mode="outlook")
    c.thread("hw1", True, "interview", "Hatchway",
             "in-person interview Wed Apr 15 9:00 moved (two-word reply 'Monday works') to Mon "
             "Apr 20 9:00-9:45 CDT, updated ICS sequence 1")
    c.meeting("hw1", hw_start, hw_end, met=[sam.email], status="moved", what="original")
    c.meeting("hw1", hw2_start, hw2_end, met=[sam.email], status="scheduled", what="moved to")
    c.forbid("hw1", sam.email,
             "the interview was moved from Wed Apr 15 to Mon Apr 20: it has not happened yet")

    # ================================================================== STRATOS (portal + gentle rejection)
    A("gh1", greenhouse, [me], "2026-03-09 20:14",
      "Hi Marcus,\n\nThanks for applying to the Account Executive, SMB role at Stratos. We're "
      "reviewing your application and will be in touch if your qualifications match our "
      "needs.\n\nBest,\nStratos Talent Team",
      subject="Thank you for applying to Stratos", headers=AUTO, sig=False,
      html=html_of("Hi Marcus,\n\nThanks for applying to the Account Executive, SMB role at "
                   "Stratos. We're reviewing your application and will be in touch if your "
                   "qualifications match our needs."), html_only=True)
    A("gh2", greenhouse, [me], "2026-03-23 11:02",
      "Hi Marcus,\n\nThank you for your interest in Stratos. We received a large number of "
      "strong applications, and after careful review we won't be moving forward with your "
      "candidacy for this role at this time.\n\nWe'll keep your information on file and "
      "encourage you to apply for future openings.\n\nStratos Talent Team",
      parent="gh1", subject="Your application to Stratos", headers=AUTO, sig=False, quote=False,
      html=html_of("Thank you for your interest in Stratos. After careful review we won't be "
                   "moving forward with your candidacy for this role at this time."),
      html_only=True)
    c.thread("gh1", True, "rejection", "Stratos",
             "portal application: Greenhouse acknowledgement and a form rejection, nobody to write to")

    # ================================================================== OUTPOST (application not yet due)
    A("op1", me, [dana], "2026-04-10 07:48",
      "Hi Dana,\n\nI'm reaching out about the Commercial Account Executive opening on "
      "Outpost's careers page and would like to be considered for it. I've spent two years "
      "booking meetings with IT and security leaders at mid-size companies as an SDR at "
      "Loopwire, and I'm ready to own the full cycle.\n\nMy resume is attached. Thanks for "
      "taking a look!\n", subject="Commercial AE - Marcus Ellison",
      attachments=[("Marcus_Ellison_Resume.pdf", "application/pdf",
                    make_pdf(["Marcus Ellison", "SDR, Loopwire", "Austin, TX"]))])
    c.thread("op1", True, "application", "Outpost Security",
             "résumé sent to the head of sales Fri Apr 10; no answer yet, 7 business days run to "
             "the end of Tue Apr 21")
    c.application("op1", "op1", dana.email)
    c.forbid("op1", dana.email,
             "application sent Fri Apr 10: the 7-business-day wait runs to the end of Tue Apr 21")

    # ================================================================== COPPERLINE (application answered)
    A("co1", me, [leo], "2026-04-01 08:05",
      "Hi Leo - saw Copperline is hiring a Mid-Market AE. I'd love to throw my hat in the ring; "
      "resume attached. I've been the top outbound SDR on my team for 3 of the last 4 "
      "quarters.\n", subject="Mid-Market AE role",
      attachments=[("Marcus_Ellison_Resume.pdf", "application/pdf",
                    make_pdf(["Marcus Ellison", "SDR, Loopwire"]))])
    A("co2", leo, [me], "2026-04-03 17:40",
      "Hey Marcus, thanks for reaching out. Honest answer: we just froze that req until Q3 "
      "after our board meeting. I'll keep your resume and reach out if it reopens.",
      parent="co1")
    c.thread("co1", True, "application", "Copperline",
             "résumé to the VP Revenue Apr 1; he answered Apr 3 (req frozen till Q3)")
    c.application("co1", "co1", leo.email, answered_by="co2")

    # ================================================================== TALENTHIVE (no-show)
    A("th1", dev, [me], "2026-04-03 15:30",
      "Hi Marcus,\n\nDev with TalentHive. I work with a handful of high-growth B2B SaaS teams "
      "in Austin hiring AEs (some unannounced). Got 20 min Tuesday at 2pm CT for a quick "
      "call? I'll ring you.", subject="quick call re: AE roles in Austin")
    A("th2", me, [dev], "2026-04-03 16:02", "Tues at 2 works. 512-555-0187.", parent="th1", sig=False)
    A("th3", me, [dev], "2026-04-07 14:25",
      "Hey Dev, I was by my phone at 2 but didn't get a call. No worries if something came up, "
      "lmk if you want to find another time.", parent="th2", sig=False)
    c.thread("th1", True, "recruiter", "TalentHive",
             "agency call Tue Apr 7 2pm CDT: the recruiter never called (no-show); Marcus nudged; "
             "no reply")
    c.meeting("th1", at("2026-04-07 14:00"), at("2026-04-07 14:20"), met=[dev.email],
              status="noshow", what="no-show call")
    c.forbid("th1", dev.email,
             "no-show: Dev never called on Apr 7, so there is no meeting to thank him for")

    # ================================================================== DAY JOB: LOOPWIRE
    pr_start, pr_end = at("2026-04-13 09:00"), at("2026-04-13 10:00")
    ics_pr = make_ics(method="REQUEST", uid=uid_outlook("lw", "pipe"), stamp=at("2026-04-08 17:30"),
                      start=pr_start, end=pr_end, summary="Q2 Pipeline Review - SDR Team",
                      organizer=brittany, tzid="Central Standard Time", prodid=OUTLOOK_PRODID,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (("Andre Watts", "andre.watts@loopwire.io"), "ACCEPTED", "INDIVIDUAL"),
                                 (("AUS-4-Barton Springs", "aus4barton@loopwire.io"), "ACCEPTED", "ROOM")],
                      location="AUS-4-Barton Springs")
    A("lw1", brittany, [me], "2026-04-08 17:30",
      "Sending to your personal since IT still has your laptop. Please come with:\n"
      "- every opp you sourced in Q1 and its stage\n- follow-ups owed on the Acme and Redline "
      "calls\n- your meetings-booked forecast for April\n\nWe're $40k short on Q2 commit so "
      "let's make this meeting count.",
      subject="Q2 Pipeline Review - SDR Team", ics=ics_pr, ics_mode="outlook")
    A("lw2", me, [brittany], "2026-04-08 18:02",
      "Got it, will have the sheet ready. Laptop should be back Friday.", parent="lw1", sig=False)
    A("lw3", brittany, [me], "2026-04-13 10:20",
      "Good review this morning. Follow up with Redline by Wed and get their VP on a call - "
      "that's your AE-ready deal. Nice work.", parent="lw2")
    c.thread("lw1", False, None, "Loopwire",
             "his current job: pipeline review Mon Apr 13 9-10 with his manager; 'follow up', "
             "'call', 'meeting' all about his SDR work")
    c.meeting("lw1", pr_start, pr_end, met=[brittany.email], job=False, what="pipeline review")
    c.forbid("lw1", brittany.email,
             "his current manager and his day job's pipeline review: not job search, nothing owed")
    A("lw4", me_work, [me], "2026-03-04 18:11",
      "---------- Forwarded message ---------\nFrom: Loopwire People Ops <people@loopwire.io>\n"
      "Date: Wed, Mar 4, 2026 at 4:02 PM\nSubject: Your FY26 Q2 Compensation Plan\n"
      "To: Marcus Ellison <marcus.ellison@loopwire.io>\n\n"
      "Hi Marcus,\n\nYour Q2 plan is attached in Spiff. Target: 15 SQLs per month, $1,050 "
      "per accepted meeting, accelerator at 120%. Please sign by March 13.\n\nPeople Ops",
      subject="Fwd: Your FY26 Q2 Compensation Plan", sig=False)
    c.thread("lw4", False, None, "Loopwire",
             "Marcus forwards his own quota letter from his work address to his personal one")
    A("gg1", gong, [me], "2026-04-13 06:00",
      "Your week in Gong\n\nCalls: 212 | Connects: 31 | Meetings booked: 6\nTop talk ratio: "
      "Redline Freight (38%)\nDeals needing follow-up: 4\n\nReview your calls: "
      "https://app.gong.io/home",
      subject="Marcus, your week in Gong: 6 meetings booked", headers=bulk_headers(
          "<weekly.gong.io>", "https://app.gong.io/unsubscribe"), sig=False,
      html=html_of("Your week in Gong. Calls: 212. Meetings booked: 6. Deals needing follow-up: 4."),
      html_only=True)
    A("gg2", gong, [me], "2026-04-06 06:00",
      "Your week in Gong\n\nCalls: 188 | Connects: 22 | Meetings booked: 3",
      subject="Marcus, your week in Gong: 3 meetings booked", headers=bulk_headers(
          "<weekly.gong.io>", "https://app.gong.io/unsubscribe"), sig=False,
      html=html_of("Your week in Gong. Calls: 188. Meetings booked: 3."), html_only=True)
    c.thread("gg1", False, None, "Gong", "day job: weekly Gong digest")
    c.thread("gg2", False, None, "Gong", "day job: weekly Gong digest")
    A("ou1", outreach, [me], "2026-04-10 07:15",
      "Sequence 'Q2 - 3PL Ops Leaders' has 14 prospects with overdue tasks.\n\n9 calls due, "
      "5 manual emails due (follow up). Complete tasks: https://app.outreach.io/tasks",
      subject="You have 14 overdue tasks in Outreach", headers=AUTO, sig=False,
      html=html_of("Sequence 'Q2 - 3PL Ops Leaders' has 14 prospects with overdue tasks."),
      html_only=True)
    c.thread("ou1", False, None, "Outreach", "day job: Outreach task nag")

    # hiring side: a candidate he interviewed for an SDR seat
    A("kv1", kevin, [me], "2026-04-09 17:45",
      "Hi Marcus,\n\nThank you for interviewing me today for the SDR role at Loopwire - the "
      "mock cold call was tough but fun! I found your email on your LinkedIn, hope that's ok.\n\n"
      "As you suggested I'm rewriting my 3-step sequence and will send it over by Friday.\n\n"
      "Best,\nKevin Tran", subject="Thank you - SDR interview")
    A("kv2", me, [kevin], "2026-04-09 20:10",
      "Hey Kevin, all good. Looking forward to it. Brittany (our manager) will be the one "
      "following up on next steps.", parent="kv1", sig=False)
    A("kv3", kevin, [me], "2026-04-10 16:30",
      "Here it is! Step 1 is a call, step 2 a short email, step 3 a LinkedIn touch. Let me "
      "know what you think.", parent="kv2")
    c.thread("kv1", False, None, "Loopwire",
             "Marcus was the interviewer: a candidate for an SDR seat at his own company thanks "
             "him and keeps his own 'by Friday' promise")
    c.meeting("kv1", at("2026-04-09 14:00"), at("2026-04-09 14:45"), met=[kevin.email], job=False,
              what="Marcus interviews a candidate")
    c.promise("kv1", "kv1", kevin.email, "2026-04-10", job=False)
    c.forbid("kv1", kevin.email,
             "Marcus interviewed Kevin for his own company's SDR opening: not his job search")

    # ================================================================== LIFE
    A("ty1", tyler, [me], "2026-04-07 21:14",
      "yo electric came in at $164 this month (thanks AC). you owe 82", subject="electric")
    A("ty2", me, [tyler], "2026-04-07 21:30",
      "Dang ok. I'll venmo you by Friday, payday", parent="ty1", sig=False)
    A("ty3", tyler, [me], "2026-04-07 21:31", "👍", parent="ty2")
    c.thread("ty1", False, None, None, "roommate: bill split; Marcus's 'venmo you by Friday'")
    c.own_promise("ty1", "ty2", tyler.email, "2026-04-10", job=False)
    c.forbid("ty1", tyler.email,
             "a promise to his roommate about the electric bill: personal, never labelled")
    A("vm1", venmo, [me], "2026-04-11 10:02",
      "You paid Tyler Boyd $82.00\n\n\"⚡ march electric\"\n\nTransaction ID 4419982013",
      subject="You paid Tyler Boyd $82.00", headers=AUTO, sig=False)
    c.thread("vm1", False, None, "Venmo", "payment receipt")
    A("ae1", energy, [me], "2026-04-03 05:40",
      "Your Austin Energy bill is ready.\n\nAmount due: $164.22\nDue date: 04/24/2026\n\n"
      "View and pay: https://coautilities.com",
      subject="Your City of Austin Utilities bill is ready", headers=AUTO, sig=False,
      html=html_of("Your Austin Energy bill is ready. Amount due: $164.22. Due date: 04/24/2026."),
      html_only=True)
    c.thread("ae1", False, None, "Austin Energy", "utility bill")

    A("mo1", mom, [me], "2026-03-29 19:02",
      "Hi honey, are you coming home for Easter? Your dad wants to smoke a brisket and your "
      "aunt Carol is coming from Beaumont. Let me know so I can plan. Love, Mom\n\n"
      "Sent from Yahoo Mail for iPhone", subject="Easter")
    A("mo2", me, [mom], "2026-03-29 20:40",
      "Yes! Flying in Friday morning, leaving Sunday night. Tell Dad I want burnt ends. I'll "
      "call you Thursday night w/ the flight details. Love you", parent="mo1", sig=False)
    A("mo3", me, [mom], "2026-04-01 21:05",
      "Flight lands HOU 9:40 Friday, Southwest 1452. Don't need a pickup, Kels is getting me.",
      parent="mo2", sig=False)
    A("mo4", mom, [me], "2026-04-13 12:15",
      "So good to have you home. Good luck with all the interviews sweetie, I'm lighting a "
      "candle. Call me when you hear something!!\n\nSent from Yahoo Mail for iPhone",
      parent="mo3", subject="Re: Easter")
    c.thread("mo1", False, None, None, "his mother: Easter trip home, 'I'll call you Thursday'")
    c.own_promise("mo1", "mo2", mom.email, "2026-04-02", kept_by="mo3", job=False)
    A("sw1", swa, [me], "2026-03-29 21:02",
      "You're going to Houston (HOU)!\n\nConfirmation #: 8KQ2ZP\nFri 04/03 AUS 8:35AM -> HOU "
      "9:40AM  Flight 1452\nSun 04/05 HOU 7:10PM -> AUS 8:05PM  Flight 2210",
      subject="Your trip confirmation (AUS - HOU) #8KQ2ZP", headers=AUTO, sig=False,
      html=html_of("You're going to Houston. Confirmation 8KQ2ZP."), html_only=True)
    c.thread("sw1", False, None, "Southwest Airlines", "flight confirmation")
    A("ke1", kelsey, [me], "2026-04-10 13:30",
      "Mason's bday party is Sun 4/19 at 2 at Chuy's on Barton Springs (he insisted). He wants "
      "you to bring the nerf thing. Can you come?", subject="Mason turns 6!!")
    A("ke2", me, [kelsey], "2026-04-10 14:02",
      "Uncle Marcus will be there w/ artillery 🫡", parent="ke1", sig=False)
    c.thread("ke1", False, None, None, "his sister: nephew's birthday party Sun Apr 19")
    c.meeting("ke1", at("2026-04-19 14:00"), at("2026-04-19 16:00"), met=[kelsey.email],
              status="scheduled", job=False, what="birthday party")
    A("jk1", jake, [me], "2026-04-01 12:44",
      "golf sat? got a 7:40 tee time at Jimmy Clay. also you still owe me a rematch at the "
      "Barton Springs Saloon", subject="sat")
    A("jk2", me, [jake], "2026-04-01 13:10",
      "Can't this sat, in Houston for Easter. Next weekend tho", parent="jk1", sig=False)
    A("jk3", jake, [me], "2026-04-09 18:20",
      "ok next weekend is now. 7:40 sat, im booking it", parent="jk2")
    A("jk4", me, [jake], "2026-04-09 18:33", "In. Loser buys tacos", parent="jk3", sig=False)
    c.thread("jk1", False, None, None, "friend: golf Sat Apr 11")
    c.meeting("jk1", at("2026-04-11 07:40"), at("2026-04-11 11:40"), met=[jake.email], job=False,
              what="golf")

    A("lg1", liga, [me], "2026-04-02 19:00",
      "¡Hola equipo!\n\nAquí va el calendario de la jornada 4:\n\n"
      "sáb 11/04 - 17:00 - Los Topos vs. Atlético Riverside (Cancha 2, Mabel Davis Park)\n"
      "sáb 18/04 - 16:00 - Los Topos vs. Deportivo Manor\n\n"
      "Recuerden pagar la cuota de $25 antes del 10/04. ¡Nos vemos en la cancha!\n\n"
      "Comité de la Liga", subject="Calendario jornada 4 - Liga Recreativa del Sur",
      headers=bulk_headers("<topos.ligadelsur.atx>", "https://ligadelsur.example/baja"))
    A("lg2", me, [liga], "2026-04-02 20:12",
      "Gracias! Ya pagué la cuota por Venmo. Nos vemos el sábado.", parent="lg1", sig=False)
    c.thread("lg1", False, None, "Liga Recreativa del Sur",
             "Spanish-language rec soccer league: schedule with day-first dates")
    c.meeting("lg1", at("2026-04-11 17:00"), at("2026-04-11 18:30"), met=[], job=False,
              what="soccer match")

    dn_start, dn_end = at("2026-04-10 07:30"), at("2026-04-10 08:30")
    ics_dn = make_ics(method="PUBLISH", uid=uid_uuid("dn", "clean"), stamp=at("2026-04-03 08:00"),
                      start=dn_start, end=dn_end, summary="Dental cleaning - South Lamar Dental",
                      organizer=dentist, tzid=CT, prodid="-//Weave//Appointments 3.1//EN",
                      location="South Lamar Dental, 2110 S Lamar Blvd")
    A("dn1", dentist, [me], "2026-04-03 08:00",
      "Hi Marcus,\n\nThis is a reminder of your appointment:\nFriday, April 10, 2026 at 7:30 AM "
      "with Dr. Patel (cleaning + x-rays)\n\nReply C to confirm. Please arrive 10 minutes early.",
      subject="Appointment reminder - South Lamar Dental", ics=ics_dn, ics_mode="publish",
      headers=AUTO, sig=False)
    c.thread("dn1", False, None, "South Lamar Dental", "dentist reminder with ICS PUBLISH")
    c.meeting("dn1", dn_start, dn_end, met=[], job=False, what="dentist")

    A("ls1", lease, [me], "2026-04-01 11:00",
      "Dear Resident,\n\nYour lease at The Lofts at South Congress, Unit 318, expires on "
      "June 30, 2026. Renewal options are attached. Please let us know your decision by "
      "April 30, 2026.\n\nThank you,", subject="Lease Renewal - Unit 318",
      attachments=[("Renewal_Offer_318.pdf", "application/pdf",
                    make_pdf(["Renewal offer - Unit 318", "12 months: $1,645/mo", "6 months: $1,790/mo"]))])
    c.thread("ls1", False, None, "The Lofts at South Congress", "lease renewal notice")
    A("gy1", gym, [me], "2026-04-12 20:00",
      "You're booked! Strength 45 - Tue Apr 14, 6:00 AM with Coach Dre.\n\nLate cancel fee "
      "applies within 12 hours.", subject="Booking confirmed: Strength 45", headers=AUTO, sig=False)
    c.thread("gy1", False, None, "Lift ATX", "gym class booking")

    A("ch1", chase, [me], "2026-04-06 07:10",
      "Your Chase Freedom statement is ready.\n\nStatement balance: $1,204.55\nMinimum payment "
      "due: $40.00 by 05/01/2026", subject="Your credit card statement is ready", headers=AUTO,
      sig=False, html=html_of("Your Chase Freedom statement is ready. Statement balance: $1,204.55."),
      html_only=True)
    c.thread("ch1", False, None, "Chase", "card statement")
    A("am1", amazon, [me], "2026-03-21 14:33",
      "Your order of \"Jabra Evolve2 55 Wireless Headset\" has shipped.\nArriving Tuesday, "
      "March 24.", subject="Shipped: \"Jabra Evolve2 55 Wireless...\"", headers=AUTO, sig=False)
    c.thread("am1", False, None, "Amazon", "order shipped")
    A("am2", amazon, [me], "2026-04-11 09:15",
      "Your order of \"SPIN Selling - Neil Rackham (Paperback)\" has been placed.\nArriving "
      "Monday, April 13.", subject="Your Amazon.com order #113-4482091-2210931", headers=AUTO, sig=False)
    c.thread("am2", False, None, "Amazon", "order placed")
    A("ub1", uber, [me], "2026-04-02 20:31",
      "Thanks for riding, Marcus\n\nTotal $14.82\nLazarus Brewing -> The Lofts at South Congress",
      subject="Your Thursday evening trip with Uber", headers=AUTO, sig=False,
      html=html_of("Thanks for riding, Marcus. Total $14.82."), html_only=True)
    c.thread("ub1", False, None, "Uber", "ride receipt after the happy hour")
    A("ad1", adp, [me], "2026-03-31 06:00",
      "Your pay statement for 03/31/2026 is now available in ADP. Log in to view it.",
      subject="Your pay statement is available", headers=AUTO, sig=False)
    c.thread("ad1", False, None, "ADP", "paystub notice (day job)")

    # newsletters and alerts (full of job words, owing nothing)
    A("pd1", pod, [me], "2026-03-18 07:00",
      "This week on 30MPC: the 3-question discovery framework, why your follow-up emails get "
      "ignored, and how to run a mock call before your AE interview.",
      subject="The discovery call framework that got Armand promoted",
      headers=bulk_headers("<weekly.30mpc.com>", "https://30mpc.com/unsub"), sig=False,
      html=html_of("This week on 30MPC: the 3-question discovery framework..."), html_only=True)
    A("pd2", pod, [me], "2026-04-08 07:00",
      "Cold call openers that don't get you hung up on, plus: negotiating your first AE offer "
      "(and when to follow up after the final round).",
      subject="Negotiating your first AE offer",
      headers=bulk_headers("<weekly.30mpc.com>", "https://30mpc.com/unsub"), sig=False,
      html=html_of("Cold call openers, plus: negotiating your first AE offer."), html_only=True)
    c.thread("pd1", False, None, "30 Minutes to President's Club", "sales newsletter")
    c.thread("pd2", False, None, "30 Minutes to President's Club", "sales newsletter")
    A("va1", vaulted, [me], "2026-04-01 09:00",
      "Alumni Digest - April\n\n- 12 alumni promoted to AE in Q1!\n- Mock interview nights are "
      "back: every other Tuesday, sign up in Slack\n- Hiring partners: Brightforge, Fieldnote, "
      "Relay Metrics are all hiring closers\n\nKeep dialing,\nThe Vaulted team",
      subject="Vaulted Alumni Digest: 12 of you got promoted",
      headers=bulk_headers("<alumni.vaultedsales.com>", "https://vaultedsales.com/unsub"), sig=False)
    c.thread("va1", False, None, "Vaulted Sales Academy", "bootcamp alumni newsletter")
    A("ja1", linkedin_jobs, [me], "2026-03-16 08:00",
      "Account Executive in Austin, Texas Metropolitan Area\n\n24 new jobs match your "
      "preferences.\n- Account Executive, Mid-Market - Keyline (Remote)\n- Commercial AE - "
      "Outpost Security\n- AE, SMB - Stratos\n\nSee all jobs",
      subject="24 new jobs for 'account executive'", headers=bulk_headers(
          "<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsub"), sig=False,
      html=html_of("24 new jobs for account executive in Austin."), html_only=True)
    A("ja2", linkedin_jobs, [me], "2026-04-06 08:00",
      "Account Executive in Austin, Texas Metropolitan Area\n\n17 new jobs match your "
      "preferences.\n- Founding Account Executive - Gridwise\n- AE - Hatchway\n\nSee all jobs",
      subject="17 new jobs for 'account executive'", headers=bulk_headers(
          "<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsub"), sig=False,
      html=html_of("17 new jobs for account executive in Austin."), html_only=True)
    A("in1", indeed, [me], "2026-04-14 07:30",
      "New jobs for Account Executive near Austin, TX\n\nSales Executive - Apply now, "
      "interviews this week! ... 5 more", subject="Sales Executive and 5 more jobs near Austin, TX",
      headers=bulk_headers("<alerts.indeed.com>", "https://www.indeed.com/unsub"), sig=False,
      html=html_of("New jobs for Account Executive near Austin, TX."), html_only=True)
    andre = Person("Andre Watts", "andrewatts.atx@gmail.com", CT, "gmail")
    A("aw1", andre, [me, jake], "2026-04-08 12:30",
      "Q1 hangover happy hour Friday 5:30 at Whisler's. Brittany said she'd swing by so no "
      "job talk lmao. Jake you're invited too since you basically work here at this point",
      subject="fri")
    A("aw2", me, [andre, jake], "2026-04-08 12:41", "I'm in. First round on whoever booked the most "
      "meetings this week (not me)", parent="aw1", sig=False)
    c.thread("aw1", False, None, None, "coworker's personal mail: team happy hour Fri Apr 10 5:30")
    c.meeting("aw1", at("2026-04-10 17:30"), at("2026-04-10 19:30"), met=["andrewatts.atx@gmail.com"],
              job=False, what="coworkers' happy hour")
    heb = Person("H-E-B", "no-reply@heb.com", CT, "auto", auto=True)
    A("hb1", heb, [me], "2026-04-12 16:05",
      "Your curbside order is ready!\n\nH-E-B South Congress, spot 7\nOrder #5521-8830\n"
      "Total: $86.41", subject="Your H-E-B Curbside order is ready for pickup", headers=AUTO,
      sig=False, html=html_of("Your curbside order is ready! Total: $86.41"), html_only=True)
    c.thread("hb1", False, None, "H-E-B", "grocery pickup")
    chron = Person("Austin Chronicle", "newsletters@austinchronicle.com", CT, "auto", auto=True)
    A("ac1", chron, [me], "2026-04-09 11:00",
      "Weekend picks: Eeyore's Birthday is back, free music at Auditorium Shores, and 12 "
      "patios worth the wait.", subject="Your weekend in Austin: patios, Eeyore's, free shows",
      headers=bulk_headers("<weekly.austinchronicle.com>", "https://austinchronicle.com/unsub"),
      sig=False, html=html_of("Weekend picks: Eeyore's Birthday is back..."), html_only=True)
    c.thread("ac1", False, None, "Austin Chronicle", "local newsletter")
    c.thread("ja1", False, None, "LinkedIn", "job alert")
    c.thread("ja2", False, None, "LinkedIn", "job alert")
    c.thread("in1", False, None, "Indeed", "job alert")
    return c


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
