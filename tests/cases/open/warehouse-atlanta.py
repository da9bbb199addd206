#!/usr/bin/env python3
"""Tasha Whitfield, warehouse operations supervisor in Atlanta, looking for an operations
manager role at a distribution center.  Open case, written blind."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
from casekit import clock12

NY = "America/New_York"
CT = "America/Chicago"

IPHONE = "Sent from my iPhone"
YAHOO_APP = "Sent from Yahoo Mail for iPhone"

RESUME = make_pdf([
    "TASHA WHITFIELD",
    "Atlanta, GA  |  404-555-0188  |  twhitfield87@yahoo.com",
    "",
    "WAREHOUSE OPERATIONS SUPERVISOR - Ridgeview Fulfillment, Atlanta GA (2017 - present)",
    "- Lead 2 shifts of 40+ associates across inbound, putaway and outbound",
    "- Cut dock-to-stock from 36 to 20 hours (2025); trailer turns under 2 hours",
    "- Hire, train and certify forklift and reach truck operators",
    "- Own labor planning, call-out coverage and weekly scheduling",
    "",
    "LEAD, FREEZER DOCK - Southern Cold Storage, Forest Park GA (2013 - 2017)",
    "",
    "OSHA 30  |  Certified forklift trainer  |  WMS: Manhattan, SAP EWM",
])


def build():
    me = Person("Tasha Whitfield", "twhitfield87@yahoo.com", tz=NY, style="webmail",
                msgid_domain="mail.yahoo.com")
    case = Case(
        "warehouse-atlanta",
        "Warehouse operations supervisor in Atlanta after an ops manager job: job-board relays, "
        "a chat-bot phone screen, a Teams panel moved earlier, a no-show, an offer and a rejection",
        {"name": "Tasha Whitfield", "emails": ["twhitfield87@yahoo.com"],
         "phone": "+1 404 555 0188", "timezone": NY},
        None, "")
    case.me = me
    case.now = case.at("2026-05-20 12:40")
    A = case.at

    def iquote(parent_key):
        p = case.by_key[parent_key]
        t = p.date.astimezone(me.tz)
        head = "On %s %d, %d, at %s, %s wrote:" % (t.strftime("%b"), t.day, t.year, clock12(t),
                                                  p.sender.shown())
        lines = [head, ""] + p.text.rstrip("\n").split("\n")
        return "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">")
                         for l in lines) + "\n"

    def mine(key, to, when, body, parent=None, foot=IPHONE, quote_it=True, **kw):
        text = body.strip("\n")
        if foot:
            text += "\n\n" + foot
        if parent and quote_it:
            text += "\n\n" + iquote(parent)
        return case.add(key, me, to, when, text, parent=parent, quote=False, **kw)

    # ------------------------------------------------------------------ people
    indeed = Person("Indeed Apply", "indeedapply@indeed.com", tz=NY, style="auto", auto=True)
    indeed_alert = Person("Indeed", "alert@indeed.com", tz=NY, style="auto", auto=True)
    zip_noreply = Person("ZipRecruiter", "noreply@ziprecruiter.com", tz=NY, style="auto", auto=True)
    zip_alert = Person("ZipRecruiter", "alerts@ziprecruiter.com", tz=NY, style="auto", auto=True)

    # Brightline Grocery Distribution (HQ in Dallas; chat-bot scheduling)
    olivia = Person("Olivia | Brightline Grocery Careers", "no-reply@paradox.ai", tz=CT,
                    style="auto", auto=True)

    # Harlan & Pope Distribution
    kenya = Person("Kenya Brooks", "kbrooks@harlanpope.com", tz=NY, style="outlook",
                   sig="Kenya Brooks\nTalent Acquisition Partner\nHarlan & Pope Distribution\n"
                       "470-555-0163 | kbrooks@harlanpope.com")
    alexis = Person("Alexis Grant", "agrant@harlanpope.com", tz=NY, style="outlook")
    dwayne = Person("Dwayne Hollis", "dhollis@harlanpope.com", tz=NY, style="outlook",
                    sig="Dwayne Hollis\nDirector, Distribution Operations\nHarlan & Pope Distribution"
                        "\n\nGet Outlook for iOS")
    renee = Person("Renee Carter", "rcarter@harlanpope.com", tz=NY, style="outlook")

    # Red Clay Logistics
    curtis_zip = Person("Curtis Odom via ZipRecruiter", "reply-e81c4d2a9b@reply.ziprecruiter.com",
                        tz=NY, style="auto")
    curtis = Person("Curtis Odom", "codom@redclaylogistics.com", tz=NY, style="gmail",
                    sig="Curtis Odom\nGeneral Manager - Fairburn DC\nRed Clay Logistics\nc 770-555-0148")
    maria = Person("Maria Delgado", "mdelgado@redclaylogistics.com", tz=NY, style="gmail",
                   sig="Sent from my iPhone")
    tiffany = Person("Tiffany Shaw", "tshaw@redclaylogistics.com", tz=NY, style="gmail",
                     sig="Tiffany Shaw\nHR Manager | Red Clay Logistics\n770-555-0121")

    # Piedmont Parcel Services
    piedmont = Person("Piedmont Parcel Services Careers", "careers@piedmontparcel.com", tz=NY,
                      style="auto", auto=True)
    latoya = Person("Latoya Simmons", "lsimmons@piedmontparcel.com", tz=NY, style="outlook",
                    sig="Latoya Simmons\nHR Generalist | Piedmont Parcel Services\nCollege Park Hub\n"
                        "O: 404-555-0136")

    # Keystone Talent Partners (staffing) and its client
    jamal = Person("Jamal Price", "jprice@keystonetalent.com", tz=NY, style="outlook")

    # Lakewood Fresh Foods
    lakewood_wd = Person("Lakewood Fresh Foods", "lakewoodfresh@myworkday.com", tz=NY,
                         style="auto", auto=True, msgid_domain="myworkday.com")
    monique = Person("Monique Ellis", "mellis@lakewoodfresh.com", tz=NY, style="outlook",
                     sig="Monique Ellis\nHR Coordinator\nLakewood Fresh Foods\n(404) 555-0157")

    # Ardent Cold Storage
    carla = Person("Carla Jimenez", "cjimenez@ardentcold.com", tz=NY, style="gmail",
                   sig="Carla Jimenez\nTalent Acquisition Specialist | Ardent Cold Storage\n(470) 555-0114")

    # Networking
    deb = Person("Deborah Lyons", "deb.lyons61@gmail.com", tz=NY, style="gmail")
    terrence = Person("Terrence Vaughn", "tvaughn@kinetichomesupply.com", tz=NY, style="outlook",
                      sig="Terrence Vaughn\nVP, Distribution Operations\nKinetic Home Supply\nm: 706-555-0139")

    meridian = Person("Meridian Foodservice Talent Acquisition",
                      "meridianfoodservice-notifications@talent.icims.com", tz=NY, style="auto",
                      auto=True)
    summit = Person("Rob Tillman (Summit Cold Storage)", "rtillman-4c7e1b90a2@indeedemail.com",
                    tz=NY, style="auto")

    # Current job: Ridgeview Fulfillment
    gary = Person("Gary Holt", "gholt@ridgeviewfulfillment.com", tz=NY, style="outlook",
                  sig="Gary Holt\nSite Manager, Fulton Industrial\nRidgeview Fulfillment\n404-555-0110")
    angela = Person("Angela Pruitt", "apruitt@ridgeviewfulfillment.com", tz=NY, style="outlook",
                    sig="Angela Pruitt\nHR Business Partner | Ridgeview Fulfillment\n404-555-0115")
    timeclock = Person("Ridgeview Time & Attendance", "timeclock-noreply@ridgeviewfulfillment.com",
                       tz=NY, style="auto", auto=True)
    devon = Person("Devon Mitchell", "devon.mitchell2417@gmail.com", tz=NY, style="gmail")
    marcus = Person("Marcus Jenkins", "marcusj.jenkins88@gmail.com", tz=NY, style="gmail")
    rosa = Person("Rosa Hernández", "rosah.atl@hotmail.com", tz=NY, style="outlook",
                  msgid_domain="hotmail.com")

    # Family, church, football, school, bills
    monica = Person("Monica Daniels", "monica.daniels.atl@gmail.com", tz=NY, style="gmail")
    mama = Person("Gloria Whitfield", "gwhitfield1958@att.net", tz=NY, style="webmail",
                  msgid_domain="att.net")
    coach = Person("Reggie Banks", "coachreggie.swrams@gmail.com", tz=NY, style="gmail",
                   sig="Coach Reggie Banks\nSW Atlanta Rams 12U")
    coach_cal = Person("Reggie Banks", "coachreggie.swrams@gmail.com", tz=NY, style="gcal")
    rams_list = Person("SW Rams 12U Parents", "swrams12u-parents@googlegroups.com", tz=NY)
    kim = Person("Kim Foster", "kimfoster.atl@gmail.com", tz=NY, style="gmail")
    church = Person("Greater Mt. Zion Baptist Church", "office@greatermtzion.org", tz=NY,
                    style="auto")
    brenda = Person("Brenda Hall", "brendahall.gmz@gmail.com", tz=NY, style="gmail")
    ushers = Person("GMZ Usher Board", "gmz-ushers@googlegroups.com", tz=NY)
    teacher = Person("Adaeze Okonkwo", "aokonkwo@harpermiddle.org", tz=NY, style="outlook",
                     sig="Ms. A. Okonkwo\n7th Grade Science | Harper Middle School")
    ortho = Person("Bright Smiles Orthodontics", "reminders@brightsmilesortho.com", tz=NY,
                   style="auto", auto=True)
    clinic = Person("Southside Family Medicine", "noreply@southsidefamilymed.com", tz=NY,
                    style="auto", auto=True)
    crestline = Person("Crestline Auto Finance", "payments@crestlineautofinance.com", tz=NY,
                       style="auto", auto=True)
    horizon = Person("Horizon Wireless", "billing@horizonwireless.com", tz=NY, style="auto",
                     auto=True)
    kroger = Person("Kroger", "kroger@email.kroger.com", tz=NY, style="auto", auto=True)
    fastfunds = Person("FastFunds Direct", "approve@fastfunds-direct.net", tz=NY, style="auto")
    cashbridge = Person("CashBridge Loans", "offers@cashbridge-now.com", tz=NY, style="auto")
    wfn = Person("WorkForce Now Staffing", "jobs@workforcenowstaffing.com", tz=NY, style="auto")

    # ================================================================== JOB SEARCH

    # ---- Brightline: Indeed application ------------------------------------
    t = """Application submitted

Operations Manager - Distribution Center
Brightline Grocery Distribution - McDonough, GA 30253

The following items were sent to Brightline Grocery Distribution. Good luck!
- Application
- Resume: Tasha_Whitfield_Resume_2026.pdf

Next steps
- The employer or job advertiser may reach out to you about your application.
- You can track the status of this application on My Jobs.

Never pay or share bank details with an employer to get a job. Learn more about job scams.

(c) 2026 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750"""
    case.add("bl_indeed", indeed, [me], "2026-04-09 21:14", t,
             subject="Indeed Application: Operations Manager - Distribution Center",
             html=html_of(t), headers=AUTO)
    t = """Your application was viewed

Brightline Grocery Distribution viewed your application for Operations Manager - Distribution Center.

Employers often review many candidates before reaching out, so hang tight."""
    case.add("bl_viewed", indeed, [me], "2026-05-12 13:30", t,
             subject="Brightline Grocery Distribution viewed your application", html=html_of(t),
             headers=AUTO)
    case.thread("bl_viewed", True, "application", "Brightline Grocery Distribution",
                "Indeed notice that the employer viewed her application; automated")
    case.thread("bl_indeed", True, "application", "Brightline Grocery Distribution",
                "Indeed acknowledgement of her application, Thu Apr 9; automated")

    # ---- Brightline: Olivia asks her to pick a time -------------------------
    t = """Hi Tasha!

It's Olivia, the virtual recruiting assistant for Brightline Grocery Distribution.

Great news: our recruiting team would like to set up a phone interview with you for the Operations Manager - McDonough DC role (Req #BGD-10382).

Tap below to pick a time that works for you, or just answer my text message.

[Schedule my interview]

Talk soon!
Olivia

This email was sent from an unmonitored mailbox."""
    case.add("bl_sched", olivia, [me], "2026-05-13 18:05", t,
             subject="Brightline Grocery: let's schedule your phone interview!",
             html=html_of(t), html_only=True, headers=AUTO)
    case.thread("bl_sched", True, "application", "Brightline Grocery Distribution",
                "chat-bot asks her to pick a phone interview slot; automated, nothing owed")

    # ---- Brightline: bot confirmation (no end time, Central time) ------------
    t = """Hi Tasha,

You're all set! Here are the details for your upcoming interview with Brightline Grocery Distribution.

Position: Operations Manager - McDonough DC (Req #BGD-10382)
Interview type: Phone interview
Date: Monday, May 18, 2026
Time: 8:00 AM CDT (Central Time)
Interviewer: Shonda Ware, Talent Acquisition Partner
Shonda will call you at: (404) 555-0188

If you need to reach Shonda directly, her email is shonda.ware@brightlinegrocery.com.

Need to reschedule? Reply RESCHEDULE to my text message, or tap below.
[Reschedule]   [Add to calendar]

Good luck!
Olivia
Virtual Recruiting Assistant, Brightline Grocery Distribution

This email was sent from an unmonitored mailbox. Please do not reply to this email."""
    case.add("bl_conf", olivia, [me], "2026-05-14 10:12", t,
             subject="Interview Confirmed: Operations Manager - McDonough DC",
             html=html_of(t), html_only=True, headers=AUTO)
    t = """Hi Tasha, a friendly reminder: Shonda Ware from Brightline Grocery Distribution will call you tomorrow, Monday, May 18 at 8:00 AM CDT for your Operations Manager phone interview.

Find a quiet spot with good signal, and have a copy of your resume handy.

- Olivia"""
    case.add("bl_remind", olivia, [me], "2026-05-17 17:00", t, parent="bl_conf",
             subject="Reminder: your phone interview is tomorrow", html=html_of(t),
             html_only=True, headers=AUTO)
    case.thread("bl_conf", True, "interview", "Brightline Grocery Distribution",
                "chat-bot confirmation of a phone interview Mon May 18 8:00 CDT (9:00 EDT), no end "
                "time; interviewer Shonda Ware named with her address in the text; never thanked")
    case.meeting("bl_conf", A("2026-05-18 09:00"), None, met=["shonda.ware@brightlinegrocery.com"],
                 what="phone screen with Shonda Ware")
    case.expect("thank_you", "bl_conf", "shonda.ware@brightlinegrocery.com",
                "phone interview Mon May 18 8:00 CDT = 9:00 EDT, no end given (60 min by default); "
                "took place (she tells her sister); no note to Shonda; draft from 12:00 EDT, overdue "
                "since Tue May 19 10:00")
    case.forbid("bl_conf", "no-reply@paradox.ai",
                "the recruiting chat-bot's unmonitored sender, not a person")

    # ---- Harlan & Pope: Indeed application ----------------------------------
    t = """Application submitted

Operations Manager (Union City DC)
Harlan & Pope Distribution - Union City, GA 30291

Your application and resume were sent to Harlan & Pope Distribution.

What happens next
- If the employer is interested, they may contact you by email or phone.
- You'll find this application under My Jobs > Applied.

Indeed will never ask you to pay for a job. Report anything suspicious.

(c) 2026 Indeed"""
    case.add("hp_indeed", indeed, [me], "2026-04-13 22:03", t,
             subject="Indeed Application: Operations Manager (Union City DC)",
             html=html_of(t), headers=AUTO)
    case.thread("hp_indeed", True, "application", "Harlan & Pope Distribution",
                "Indeed acknowledgement, Mon Apr 13; automated")

    # ---- Harlan & Pope: recruiter thread ------------------------------------
    case.add("hp1", kenya, [me], "2026-04-21 14:12", """Hi Tasha,

I'm the talent acquisition partner supporting our Union City distribution center, and your Indeed application for the Operations Manager opening landed on my desk. Your time leading both inbound and outbound at Ridgeview caught my eye.

Would you have about 20 minutes for an introductory call this Thursday (4/23) or Friday (4/24)? Mornings are easiest on my end, but I can flex.

Best,
Kenya""", subject="Harlan & Pope - Operations Manager, Union City DC")
    mine("hp2", [kenya], "2026-04-21 17:48",
         "Hi Kenya, friday morning works for me. anytime after 9 is good, I can step out of the "
         "building. Thank you!", parent="hp1")
    case.add("hp3", kenya, [me], "2026-04-22 08:30", """Perfect, let's do Friday 4/24 at 9:30 AM. I'll call you at 404-555-0188. If there's a better number, just let me know.

Kenya""", parent="hp2")
    mine("hp4", [kenya], "2026-04-24 10:14",
         "Kenya thank you for the call this morning. it was good to hear more about the Union City "
         "building and the automation going in this fall. Looking forward to next steps\n\nTasha",
         parent="hp3")
    case.add("hp5", kenya, [me], "2026-04-30 15:40", """Hi Tasha,

Good news: Dwayne Hollis, our Director of Distribution Operations, would like to meet you. It'll be a panel with Dwayne and Renee Carter, who runs outbound. Alexis Grant on our HR team coordinates Dwayne's calendar and will send you a Teams invite, most likely for the week of May 18 since he's booked solid until then. Keep an eye out for it.

Kenya""", parent="hp4")
    mine("hp6", [kenya], "2026-04-30 18:02", "great news!! I'll watch for it", parent="hp5")
    mine("hp7", [kenya], "2026-05-14 10:05",
         "Hi Kenya, wanted to give you a heads up. I got an offer from another company and they "
         "want my answer by Friday 5/22. Harlan & Pope is still where I want to be so I wanted you "
         "to know before my panel tomorrow.\n\nTasha", parent="hp6")
    case.add("hp8", kenya, [me], "2026-05-14 10:40", """I appreciate you telling me, Tasha. I'll make sure Dwayne knows before tomorrow. Good luck in the panel!

Kenya""", parent="hp7")
    case.add("hp9", kenya, [me], "2026-05-18 11:20", """Hi Tasha,

Quick update. Dwayne asked me to pass along that he is sitting down with our GM this afternoon to finalize the Operations Manager hire, and he will have an answer for you by tomorrow, Tuesday. We know you're on a clock with the other offer, so we're moving as fast as we can.

Kenya""", parent="hp8")
    case.thread("hp1", True, "recruiter", "Harlan & Pope Distribution",
                "intro call Fri Apr 24 9:30 (20 min) thanked in the thread an hour later; Mon May 18 "
                "Kenya relays Dwayne's 'answer by tomorrow, Tuesday' (May 19): window over, grace runs "
                "to the end of Thu May 21")
    case.meeting("hp1", A("2026-04-24 09:30"), A("2026-04-24 09:50"), met=["kbrooks@harlanpope.com"],
                 thanks={"kbrooks@harlanpope.com": "hp4"}, what="intro call with Kenya")
    case.promise("hp1", "hp9", "kbrooks@harlanpope.com", "2026-05-19")
    case.forbid("hp1", "kbrooks@harlanpope.com",
                "Kenya relayed Dwayne's 'answer by tomorrow, Tuesday' (May 19): the day is over but "
                "the 2-business-day grace runs to the end of Thu May 21, so chasing on Wednesday is "
                "impatient; her intro call was thanked in this thread on Apr 24")

    # ---- Harlan & Pope: Teams invite from a coordinator who does not attend --
    teams = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2MjE4YTAtZDk1Ny00%40thread.v2/0>
Meeting ID: 281 604 773 915
Passcode: Hx9Pq3
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________"""
    inv = """Hi Tasha,

Kenya asked me to set up your panel interview for the Operations Manager role at our Union City DC. You'll be meeting with:

Dwayne Hollis - Director of Distribution Operations
Renee Carter - Outbound Operations Manager

I'm only coordinating and won't be on the call. If you have any trouble joining, call or text me at 470-555-0190.

Thank you,
Alexis Grant
HR Coordinator | Harlan & Pope Distribution

""" + teams
    uid = uid_outlook("warehouse-atlanta", "hp-panel")
    people = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (dwayne, "NEEDS-ACTION", "INDIVIDUAL"),
              (renee, "NEEDS-ACTION", "INDIVIDUAL")]
    ms = "Microsoft Exchange Server 2010"
    xms = ("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    subj = "Operations Manager - Panel Interview - Tasha Whitfield"
    ics = make_ics(method="REQUEST", uid=uid, stamp=A("2026-05-01 10:05"),
                   start=A("2026-05-18 14:00"), end=A("2026-05-18 15:00"), summary=subj,
                   organizer=alexis, attendees=people, tzid="Eastern Standard Time",
                   location="Microsoft Teams Meeting", description=inv, prodid=ms, extra=xms)
    case.add("hpt1", alexis, [me, dwayne, renee], "2026-05-01 10:05", inv, subject=subj,
             html=html_of(inv), ics=ics, ics_mode="outlook")
    ics = make_ics(method="REPLY", uid=uid, stamp=A("2026-05-01 12:31"),
                   start=A("2026-05-18 14:00"), end=A("2026-05-18 15:00"), summary=subj,
                   organizer=alexis, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   tzid="Eastern Standard Time", prodid="-//Apple Inc.//iPhone OS 19.4//EN")
    case.add("hpt2", me, [alexis], "2026-05-01 12:31",
             "Tasha Whitfield has accepted this invitation.", parent="hpt1",
             subject="Accepted: " + subj, quote=False, ics=ics, ics_mode="outlook")
    upd = """Hi Tasha,

Dwayne will be at our Savannah facility all of next week, so we'd like to move your panel up to this Friday, May 15, 10:00-11:00 AM ET. Renee is available then as well. The Teams link below hasn't changed.

If Friday morning doesn't work for you, let me know and I'll look for another option.

Alexis

""" + teams
    ics = make_ics(method="REQUEST", uid=uid, stamp=A("2026-05-11 16:22"),
                   start=A("2026-05-15 10:00"), end=A("2026-05-15 11:00"), summary=subj,
                   organizer=alexis, attendees=people, tzid="Eastern Standard Time",
                   location="Microsoft Teams Meeting", description=upd, prodid=ms, sequence=1,
                   extra=xms)
    case.add("hpt3", alexis, [me, dwayne, renee], "2026-05-11 16:22", upd, parent="hpt1",
             subject=subj, quote=False, html=html_of(upd), ics=ics, ics_mode="outlook")
    mine("hpt4", [alexis], "2026-05-11 17:05", "friday works", parent="hpt3")
    case.thread("hpt1", True, "interview", "Harlan & Pope Distribution",
                "Teams panel first set for Mon May 18 14:00, moved earlier (SEQUENCE 1) to Fri May 15 "
                "10:00-11:00 EDT; 'friday works'; panel Dwayne Hollis and Renee Carter (addresses in "
                "the ICS); organizer Alexis Grant says she won't be on the call; only Dwayne thanked, "
                "in a new thread")
    case.meeting("hpt1", A("2026-05-18 14:00"), A("2026-05-18 15:00"), status="moved",
                 what="panel, first slot (moved earlier)")
    case.meeting("hpt1", A("2026-05-15 10:00"), A("2026-05-15 11:00"),
                 met=["dhollis@harlanpope.com", "rcarter@harlanpope.com"],
                 thanks={"dhollis@harlanpope.com": "hp_ty1"}, what="Teams panel")
    case.expect("thank_you", "hpt1", "rcarter@harlanpope.com",
                "on the Teams panel Fri May 15 10:00-11:00 (moved up from Mon May 18); only Dwayne "
                "got a note; overdue since Sat May 16 11:00")
    case.forbid("hpt1", "agrant@harlanpope.com",
                "HR coordinator who sent the invite and said she would not be on the call: not met")
    case.forbid("hpt1", "dhollis@harlanpope.com",
                "thanked in a new thread ('Thank you - Operations Manager panel') at 13:40 the same day")

    # ---- Harlan & Pope: thank-you to Dwayne in a new thread ------------------
    mine("hp_ty1", [dwayne], "2026-05-15 13:40", """Mr. Hollis,

Thank you for taking the time this morning to talk with me about the Operations Manager role in Union City. I appreciated hearing how you are planning the move to the new sortation system and what you need from the person running the floor.

A few reasons I think I would be a good fit:
- 9 years running inbound and outbound teams of 40+ associates
- cut our dock-to-stock time from 36 hours to 20 last year
- I hire and train my own forklift operators and keep turnover low

I am very interested in joining Harlan & Pope and I will check in with Kenya next week. Thank you again for your time and consideration.

Tasha Whitfield
404-555-0188
twhitfield87@yahoo.com""", subject="Thank you - Operations Manager panel", foot=None)
    case.add("hp_ty2", dwayne, [me], "2026-05-15 16:55", """Tasha,

Thank you for the note, and for your time today. Renee and I enjoyed the conversation. Kenya will be in touch about next steps.

Dwayne""", parent="hp_ty1")
    case.thread("hp_ty1", True, "interview", "Harlan & Pope Distribution",
                "her thank-you to Dwayne after the panel and his reply the same afternoon; no date "
                "given")

    # ---- Red Clay: ZipRecruiter application -----------------------------------
    t = """Nice work, Tasha!

Your application was sent to Red Clay Logistics.

Operations Manager
Red Clay Logistics - Fairburn, GA
$78K - $92K/yr - Full-time

We'll let you know when the employer views your application.

Keep the momentum going: 1-click apply to similar jobs near Atlanta, GA."""
    case.add("rc_zip", zip_noreply, [me], "2026-04-14 20:47", t,
             subject="You applied for Operations Manager at Red Clay Logistics",
             html=html_of(t), headers=AUTO)
    case.thread("rc_zip", True, "application", "Red Clay Logistics",
                "ZipRecruiter acknowledgement, Tue Apr 14; automated")

    # ---- Red Clay: GM writes through the ZipRecruiter relay ------------------
    t = """Curtis Odom from Red Clay Logistics sent you a message:

"Tasha - thanks for applying. I'm the general manager at our Fairburn building (520,000 sq ft, mostly retail and e-comm freight). Your resume reads like what I need on the floor. Zip makes messaging clunky, so email me direct at codom@redclaylogistics.com or call my cell 770-555-0148 after 3.
Curtis"

Reply to this email to respond to Curtis on ZipRecruiter.
Job: Operations Manager - Red Clay Logistics - Fairburn, GA"""
    case.add("rc_relay1", curtis_zip, [me], "2026-04-20 07:48", t,
             subject="Red Clay Logistics sent you a message about Operations Manager",
             html=html_of(t))
    mine("rc_relay2", [curtis_zip], "2026-04-20 12:15", "ok mr odom I will email you tonight",
         parent="rc_relay1")
    case.thread("rc_relay1", True, "application", "Red Clay Logistics",
                "the GM's first message through a ZipRecruiter relay address, pointing her to his own "
                "email; the tour was set up and thanked in the direct thread")
    case.forbid("rc_relay1", "reply-e81c4d2a9b@reply.ziprecruiter.com",
                "Curtis's ZipRecruiter relay; the tour was arranged and he was thanked in the direct "
                "thread (Thu May 7 19:52); Red Clay then made an offer")

    # ---- Red Clay: direct thread, site tour with GM and shift lead -------------
    mine("rc1", [curtis], "2026-04-20 19:36", """Good evening Mr. Odom,

This is Tasha Whitfield, I applied on ZipRecruiter for the Operations Manager job in Fairburn. My resume is attached. I am a warehouse operations supervisor at Ridgeview Fulfillment on Fulton Industrial, 9 years in the building.

I work 6am to 2:30pm Monday - Friday so afternoons after 3 are best for me.

Tasha Whitfield
404-555-0188""", subject="Tasha Whitfield - Operations Manager (from ZipRecruiter)", foot=None,
         attachments=[("Tasha_Whitfield_Resume_2026.pdf", "application/pdf", RESUME)])
    case.add("rc2", curtis, [me], "2026-04-22 06:15", """Tasha,

Got it. Rather than another phone call I'd like you to come see the building. I'm tied up with a customer audit and then peak planning for the next two weeks, so the first afternoon I've got is Thursday 5/7. Can you be here at 3:30?

I'll walk you through inbound and the mezz, then Maria Delgado (copied), who leads our 2nd shift, will take you through outbound at shift change so you see how her team runs. Plan on about an hour and a half.

6100 Oakley Industrial Blvd, Fairburn 30213. Stop at the guard shack, they'll need your driver's license.""",
             parent="rc1", cc=[maria])
    mine("rc3", [curtis, maria], "2026-04-22 10:40", "yes 5/7 at 3:30 works for me. see you then",
         parent="rc2")
    case.add("rc4", maria, [me, curtis], "2026-04-22 13:05",
             "Looking forward to it Tasha! Wear closed toe shoes \U0001F642\n-Maria", parent="rc3")
    mine("rc5", [curtis], "2026-05-07 19:52", """Mr. Odom,

Thank you for the tour today and for taking so much time with me. Seeing the mezzanine pick and how your team stages outbound by door made me even more interested. I know I can help you hit your trailer turn goals.

Please tell Maria I said thank you too, she runs a tight dock.

Tasha""", parent="rc2")
    case.add("rc6", curtis, [me], "2026-05-08 06:40", """Tasha - glad you came out. You'd fit in here. I'm going to have Tiffany Shaw in HR put some numbers together for you.

Curtis""", parent="rc5", sig=False)
    case.thread("rc1", True, "interview", "Red Clay Logistics",
                "site tour Thu May 7 15:30-17:00 with GM Curtis Odom and 2nd shift lead Maria Delgado "
                "(cc'd); thank-you replied in the thread to Curtis only, asking him to pass thanks to "
                "Maria")
    case.meeting("rc1", A("2026-05-07 15:30"), A("2026-05-07 17:00"),
                 met=["codom@redclaylogistics.com", "mdelgado@redclaylogistics.com"],
                 thanks={"codom@redclaylogistics.com": "rc5"}, what="site tour")
    case.expect("thank_you", "rc1", "mdelgado@redclaylogistics.com",
                "shift lead who walked her through outbound on the Thu May 7 tour (15:30-17:00); the "
                "only note went to Curtis and 'please tell Maria I said thank you' is not a note to "
                "her; the offer does not cancel a thank-you owed; overdue since May 8 17:00, stale "
                "only from Thu May 21 19:00")
    case.forbid("rc1", "codom@redclaylogistics.com",
                "thanked in this thread the evening of the tour (Thu May 7 19:52); an offer followed")

    # ---- Red Clay: offer ------------------------------------------------------
    offer_pdf = make_pdf([
        "Red Clay Logistics - Offer of Employment",
        "May 13, 2026",
        "Dear Tasha Whitfield,",
        "We are pleased to offer you the position of Operations Manager, Fairburn DC.",
        "Base salary: $88,000 per year, paid bi-weekly. Annual bonus target: 10%.",
        "Start date: Monday, June 8, 2026, contingent on a background check and drug screen.",
        "Reports to: Curtis Odom, General Manager.",
        "Please sign and return this letter to Tiffany Shaw, HR Manager.",
    ])
    case.add("of1", tiffany, [me], "2026-05-13 11:30", """Hi Tasha,

On behalf of Curtis and the whole Fairburn team, I'm excited to offer you the position of Operations Manager at Red Clay Logistics! Your offer letter is attached: base salary of $88,000, a 10% annual bonus target, and a start date of Monday, June 8, 2026, pending a background check and drug screen.

Read it over and let me know if you have questions. We'd ask for your signed letter by Monday, May 18.

Welcome (hopefully!),
Tiffany""", subject="Offer of Employment - Operations Manager, Fairburn DC", cc=[curtis],
             attachments=[("RedClay_Offer_TWhitfield.pdf", "application/pdf", offer_pdf)])
    mine("of2", [tiffany], "2026-05-13 20:47", """Hi Tiffany, thank you so much!!! I read the letter. 2 questions, is the bonus paid quarterly or once a year, and would I be on 1st shift?

Also I have one more company finishing up interviews this week. is it possible to have until Friday 5/22 to give my answer? I am very excited about Red Clay.

Tasha""", parent="of1")
    case.add("of3", tiffany, [me], "2026-05-14 09:10", """Good questions! The bonus pays out once a year, in March. You'd start on days (6a-4:30p) for your first 90 days, then Curtis will decide where you're needed most.

Friday the 22nd is fine, Curtis said to take the time you need.

Tiffany""", parent="of2")
    case.thread("of1", True, "offer", "Red Clay Logistics",
                "offer Wed May 13 with PDF letter (Curtis cc'd); her questions answered next morning; "
                "her own answer is due Fri May 22")
    case.forbid("of1", "tshaw@redclaylogistics.com",
                "an offer: Tiffany answered Tasha's questions the next morning, promised nothing and "
                "never met her; the deadline of Fri May 22 is Tasha's to meet, not a callback")

    # ---- Piedmont Parcel: hiring event ------------------------------------------
    t = """Hi Tasha,

You're receiving this because you joined the Piedmont Parcel Services talent community.

We're growing at our College Park Hub and we want to meet you in person!

WALK-IN INTERVIEWS
Saturday, April 25 | 9 AM - 1 PM
Piedmont Parcel Services - College Park Hub
2150 Sullivan Rd, College Park, GA 30337 (visitor lot off Sullivan Rd)

Now interviewing for:
- Operations Supervisor (all shifts)
- Operations Manager - Night Sort
- Dock Supervisor

What to bring:
- A valid photo ID (you'll need it to enter the building)
- A copy of your resume
- Closed-toe shoes: you may get a quick walk of the sort floor

No appointment needed. Interviews are first come, first served, so come early!

Questions before Saturday? Contact Latoya Simmons, HR Generalist, at lsimmons@piedmontparcel.com.

Piedmont Parcel Services is an Equal Opportunity Employer.
Unsubscribe | Manage your preferences"""
    case.add("pp_event", piedmont, [me], "2026-04-21 09:00", t,
             subject="Walk-In Interviews This Saturday! Ops Supervisors & Managers - College Park Hub",
             html=html_of(t), headers=bulk_headers("<talent.piedmontparcel.com>",
                                                   "https://careers.piedmontparcel.com/unsubscribe"))
    case.thread("pp_event", True, "interview", "Piedmont Parcel Services",
                "hiring-event blast: walk-in interviews Sat Apr 25 9-1, bring ID; she went and met "
                "Latoya Simmons (thanked Mon Apr 27, and long stale anyway)")
    case.meeting("pp_event", A("2026-04-25 09:00"), A("2026-04-25 13:00"),
                 met=["lsimmons@piedmontparcel.com"],
                 thanks={"lsimmons@piedmontparcel.com": "pp1"}, what="walk-in interview")

    mine("pp1", [latoya], "2026-04-27 15:22", """Good afternoon Ms. Simmons,

Thank you for taking the time to talk with me Saturday at the walk in interviews. I was the supervisor from Ridgeview Fulfillment, we talked about running the inbound dock and cutting our trailer turn times. I am very interested in the Operations Manager - Night Sort position. I attached my resume in case you need another copy.

Thank you again,
Tasha Whitfield
404-555-0188""", subject="Saturday walk-in interview - Tasha Whitfield", foot=None,
         attachments=[("Tasha_Whitfield_Resume_2026.pdf", "application/pdf", RESUME)])
    case.add("pp2", latoya, [me], "2026-04-29 11:05", """Hi Tasha,

It was a pleasure meeting you Saturday, and I appreciate the follow-up. I've passed your resume and my interview notes to Mr. Okafor, our Regional Operations Director. We had a big turnout and we're still bringing a few people from the event back in this week, so it will take a little time to sort through everyone. You should hear something by end of next week.

Have a blessed day,""", parent="pp1")
    case.thread("pp1", True, "interview", "Piedmont Parcel Services",
                "her thank-you after the walk-in; the HR generalist's reply Wed Apr 29: 'you should "
                "hear something by end of next week' (Fri May 8); nothing from Piedmont since")
    case.promise("pp1", "pp2", "lsimmons@piedmontparcel.com", "2026-05-08")
    case.expect("callback", "pp1", "lsimmons@piedmontparcel.com",
                "'you should hear something by end of next week', said Wed Apr 29: Fri May 8 (a "
                "Sunday reading gives the same due date); nothing from Piedmont since; due end of "
                "Tue May 12, stale only from May 27", promised="2026-05-08")

    # ---- Keystone: staffing recruiter, quick call ------------------------------
    case.add("ks1", jamal, [me], "2026-05-07 07:55", """Hi Tasha

Jamal w/ Keystone Talent Partners. Came across ur resume on Indeed. I have a client, beverage distributor, needs an ops mgr for their Lithia Springs DC. 85-95k + bonus, M-F days.

r u free tmrw 2pm for a quick call?

Jamal Price
Sr. Recruiter | Supply Chain & Light Industrial
Keystone Talent Partners
c: 678-555-0122

Get Outlook for Android""", subject="ops mgr role - beverage DC, Lithia Springs")
    mine("ks2", [jamal], "2026-05-07 10:04",
         "hi jamal, I'm at work til 2:30 tmrw. could we do 3 instead?", parent="ks1")
    case.add("ks3", jamal, [me], "2026-05-07 10:11", "3pm works. ill call u then\n\nGet Outlook for Android",
             parent="ks2")
    case.add("ks4", jamal, [me], "2026-05-08 16:25", """good talking w u Tasha. sending ur resume over to the client today, will keep u posted

Get Outlook for Android""", parent="ks3")
    case.thread("ks1", True, "recruiter", "Keystone Talent Partners",
                "staffing recruiter's 'r u free tmrw 2pm for a quick call?'; moved to 3pm in her "
                "reply; call Fri May 8 15:00, no end given; never thanked")
    case.meeting("ks1", A("2026-05-08 15:00"), None, met=["jprice@keystonetalent.com"],
                 what="recruiter call")
    case.expect("thank_you", "ks1", "jprice@keystonetalent.com",
                "recruiter phone call Fri May 8 at 3pm (her counter to his 2pm), no end given; no "
                "thanks to Jamal since, in any thread; overdue since May 9 16:00, stale only from "
                "Fri May 22 18:00")

    # ---- Keystone: client interview, no-show, relayed promise ------------------
    case.add("cb1", jamal, [me], "2026-05-11 08:40", """Tasha

Client wants to talk to u! Greg Lyle is the DC manager at Chattahoochee Beverage, this role reports to him. He can do a phone interview tmrw (Tues 5/12) at 11:30. He will call ur cell.

His email is glyle@chattahoocheebev.com if u need it

lmk asap

Get Outlook for Android""", subject="Chattahoochee Beverage - phone interview w/ Greg Lyle")
    mine("cb2", [jamal], "2026-05-11 09:55", "yes 11:30 tmrw works, I'll be on my lunch.",
         parent="cb1")
    mine("cb3", [jamal], "2026-05-12 12:08",
         "jamal he never called. I waited in my car my whole lunch. did something change??",
         parent="cb2")
    case.add("cb4", jamal, [me], "2026-05-12 12:31", "so sorry about that!! let me find out whats going on",
             parent="cb3")
    case.add("cb5", jamal, [me], "2026-05-12 15:48", """ok talked to greg. they had a forklift go into a rack at the DC this morning and he was tied up w the safety team all day. he feels bad. he said he'll get back to me by thurs w a new time to meet in person. again so sorry

Get Outlook for Android""", parent="cb4")
    case.add("cb6", jamal, [me], "2026-05-14 16:05", """Greg wants to do in person next Thurs 5/21 at 1pm. Chattahoochee Beverage, 850 Thornton Rd, Lithia Springs. ask for Greg at the front desk. bring ID and wear boots, he'll walk u thru the DC. prob an hour. that work?

Get Outlook for Android""", parent="cb5")
    mine("cb7", [jamal], "2026-05-14 18:30", "yes I can do thursday 5/21 at 1, I'll take a half day",
         parent="cb6")
    case.add("cb8", jamal, [me], "2026-05-19 08:15", "confirmed for thurs 1pm w Greg. good luck!!",
             parent="cb7")
    case.thread("cb1", True, "interview", "Chattahoochee Beverage Company",
                "agency-arranged phone interview Tue May 12 11:30 with client DC manager Greg Lyle "
                "(address in the text): he never called (no-show); Jamal relays 'he'll get back to me "
                "by thurs' and keeps it on Thu May 14; in-person interview Thu May 21 13:00 still ahead")
    case.meeting("cb1", A("2026-05-12 11:30"), None, status="noshow", what="phone interview, no-show")
    case.meeting("cb1", A("2026-05-21 13:00"), A("2026-05-21 14:00"), status="scheduled",
                 what="in-person interview with Greg Lyle")
    case.promise("cb1", "cb5", "jprice@keystonetalent.com", "2026-05-14", answered_by="cb6")
    case.forbid("cb1", "glyle@chattahoocheebev.com",
                "the Tue May 12 phone interview never happened (he never called); the in-person one "
                "is Thu May 21, still ahead")

    # ---- Lakewood Fresh: interview, never thanked, rejection --------------------
    t = """Hi Tasha,

Thank you for applying to the Distribution Operations Manager (R-2291) position at Lakewood Fresh Foods. We've received your application and our team is reviewing it.

If your qualifications match the role, a member of our talent team will contact you. You can check your application status at any time in your candidate home.

Lakewood Fresh Foods Talent Acquisition"""
    case.add("lw_wd", lakewood_wd, [me], "2026-04-16 21:51", t,
             subject="We've received your application - Distribution Operations Manager (R-2291)",
             html=html_of(t), headers=AUTO)
    case.thread("lw_wd", True, "application", "Lakewood Fresh Foods",
                "Workday acknowledgement, Thu Apr 16; automated")

    case.add("lw1", monique, [me], "2026-05-06 10:32", """Good morning Tasha,

Thank you for your interest in the Distribution Operations Manager position with Lakewood Fresh Foods. We would like to invite you to an in-person interview with Brandon Kessler, Director of Distribution (bkessler@lakewoodfresh.com).

Date: Monday, May 11, 2026
Time: 4:00 p.m. - 5:00 p.m.
Location: Lakewood Fresh Foods, 4800 Jonesboro Road, Forest Park, GA 30297 - Main Office lobby

Please bring a photo ID for the security desk. Kindly confirm your availability at your earliest convenience.

Regards,""", subject="Interview Invitation - Distribution Operations Manager")
    mine("lw2", [monique], "2026-05-06 12:10",
         "Hi Monique, yes I will be there monday at 4. Thank you\nTasha Whitfield", parent="lw1")
    case.add("lw3", monique, [me], "2026-05-06 13:02", """Thank you, Tasha. Visitor parking is to the right of the flagpole. We look forward to seeing you Monday.

Regards,""", parent="lw2")
    case.add("lw4", monique, [me], "2026-05-18 10:14", """Dear Tasha,

Thank you for taking the time to meet with Brandon last week and for your interest in Lakewood Fresh Foods. After careful consideration, we have decided to move forward with another candidate for the Distribution Operations Manager position.

This was not an easy decision, and Brandon asked me to let you know he enjoyed your conversation. We will keep your resume on file and encourage you to apply for future openings that match your experience.

We wish you all the best in your search.

Regards,""", parent="lw3")
    mine("lw5", [monique], "2026-05-18 12:47", "ok thank you for letting me know Monique.",
         parent="lw4")
    case.thread("lw1", True, "rejection", "Lakewood Fresh Foods",
                "HR coordinator sets an in-person interview Mon May 11 16:00-17:00 with Brandon "
                "Kessler (address in the text); never thanked; gentle rejection Mon May 18; her reply "
                "thanks Monique only")
    case.meeting("lw1", A("2026-05-11 16:00"), A("2026-05-11 17:00"),
                 met=["bkessler@lakewoodfresh.com"], what="in-person interview")
    case.expect("thank_you", "lw1", "bkessler@lakewoodfresh.com",
                "interview Mon May 11 16:00-17:00 took place; the rejection of May 18 ends callbacks "
                "but not a thank-you owed; her 'thank you for letting me know' went to Monique only; "
                "overdue since May 12 17:00")
    case.forbid("lw1", "mellis@lakewoodfresh.com",
                "HR coordinator: arranged the interview but was not in it; the rejection she sent "
                "ends the thread's callbacks (and Tasha thanked her anyway)")

    # ---- Ardent Cold Storage: phone screen thanked in thread, promise broken ----
    case.add("ar1", carla, [me], "2026-04-23 14:30", """Hi Tasha,

I'm a talent acquisition specialist with Ardent Cold Storage. I came across your application for our Warehouse Operations Manager opening at the Ellenwood facility and would like to set up a 30-minute phone screen.

Would either of these work?
- Tuesday, April 28 at 3:00 PM
- Wednesday, April 29 at 3:30 PM

Thanks,""", subject="Ardent Cold Storage - Warehouse Operations Manager (Ellenwood)")
    mine("ar2", [carla], "2026-04-23 17:20",
         "Hi Carla, wednesday at 3:30 is good for me. my cell is 404-555-0188", parent="ar1")
    case.add("ar3", carla, [me], "2026-04-24 08:45", """You're all set for Wednesday 4/29, 3:30-4:00 PM ET. I'll call you at 404-555-0188. Talk then!""",
             parent="ar2")
    mine("ar4", [carla], "2026-04-29 16:24",
         "Carla thank you for calling today. I enjoyed hearing about the Ellenwood building and the "
         "freezer expansion. Please let me know if you need anything else from me.\nTasha",
         parent="ar3")
    case.add("ar5", carla, [me], "2026-05-01 10:12", """Thank you, Tasha! I've shared my notes with Vincent, the site's general manager. He's at our Jacksonville site next week and is reviewing a handful of candidates, so it'll take a few days. I'll be back in touch by Monday, May 11 at the latest.""",
             parent="ar4")
    case.thread("ar1", True, "interview", "Ardent Cold Storage",
                "two slots offered, Wed Apr 29 15:30 picked; phone screen 15:30-16:00 thanked in the "
                "thread the same afternoon; Carla: 'back in touch by Monday, May 11 at the latest'; "
                "nothing since")
    case.meeting("ar1", A("2026-04-29 15:30"), A("2026-04-29 16:00"), met=["cjimenez@ardentcold.com"],
                 thanks={"cjimenez@ardentcold.com": "ar4"}, what="phone screen")
    case.promise("ar1", "ar5", "cjimenez@ardentcold.com", "2026-05-11")
    case.expect("callback", "ar1", "cjimenez@ardentcold.com",
                "'I'll be back in touch by Monday, May 11 at the latest'; nothing from Ardent since; "
                "due end of Wed May 13", promised="2026-05-11")

    # ---- Networking lunch through a church friend ------------------------------
    case.add("nw1", deb, [me, terrence], "2026-05-03 20:11", """Terrence,

This is Sister Tasha Whitfield from our usher board at Greater Mt. Zion that I told you about at Easter. She runs a whole shift at a warehouse over on Fulton Industrial and she is ready for the next step.

Tasha, Terrence is my sister's boy. He is over operations for Kinetic Home Supply at their big building up in Braselton.

Y'all talk.

Love,
Aunt Deb""", subject="Tasha, meet my nephew Terrence")
    case.add("nw2", terrence, [me, deb], "2026-05-04 06:58", """Thanks Aunt Deb.

Tasha, good to e-meet you. I'm down in Atlanta every Thursday for meetings at our corporate office. Would you want to grab lunch on Thursday the 14th? Noon at Slice & Pint on Peachtree St, near our office. I'll tell you how we run Braselton and you can tell me what you're looking for.""",
             parent="nw1")
    mine("nw3", [terrence, deb], "2026-05-04 12:20",
         "Good morning Terrence, yes thursday the 14th at noon works, I will be there. Thank you so "
         "much for making time for me! And thank you Aunt Deb \U0001F60A", parent="nw2")
    case.add("nw4", deb, [me], "2026-05-15 19:30",
             "Well?? How did lunch go with Terrence? He called his mama and said you were sharp \U0001F60A",
             parent="nw3")
    mine("nw5", [deb], "2026-05-15 21:02",
         "it went good!! he told me a lot about the Braselton building and said if something opens "
         "up on his team he would think of me. I still need to send him a thank you email, been a "
         "crazy week \U0001F629 thank you again for hooking us up deb", parent="nw4")
    case.thread("nw1", True, "networking", "Kinetic Home Supply",
                "church friend introduces her nephew, a VP of distribution; lunch Thu May 14 at noon "
                "(no end given); the only thanks to him came before it; she tells Deb she still "
                "owes him a note")
    case.meeting("nw1", A("2026-05-14 12:00"), None, met=["tvaughn@kinetichomesupply.com"],
                 what="networking lunch")
    case.expect("thank_you", "nw1", "tvaughn@kinetichomesupply.com",
                "lunch Thu May 14 12:00 (60 min by default) took place; her 'thank you so much for "
                "making time' was sent on May 4, before it; overdue since May 15 13:00")
    case.forbid("nw1", "deb.lyons61@gmail.com",
                "the church friend who made the introduction: not at the lunch, promised nothing, and "
                "thanked twice")

    # ---- Meridian Foodservice: iCIMS acknowledgement and rejection ---------------
    t = """Dear Tasha,

Thank you for your interest in Meridian Foodservice! We have received your application for Distribution Operations Manager (Job ID 2026-4417).

Our recruiting team reviews every application carefully. If your skills and experience are a match, we will reach out to discuss next steps.

Sincerely,
Meridian Foodservice Talent Acquisition

Please do not reply to this message; this mailbox is not monitored."""
    case.add("md1", meridian, [me], "2026-04-08 19:30", t,
             subject="Thank you for your interest - Distribution Operations Manager (Job ID 2026-4417)",
             html=html_of(t), headers=AUTO)
    case.thread("md1", True, "application", "Meridian Foodservice",
                "iCIMS acknowledgement, Wed Apr 8; automated")
    t = """Dear Tasha,

Thank you for the time you invested in applying for the Distribution Operations Manager role at Meridian Foodservice.

We received many strong applications, and after careful review we have chosen to pursue candidates whose experience more closely aligns with the needs of this position. We know this isn't the news you hoped for.

Your profile will remain in our talent community, and we encourage you to apply for future roles that interest you.

Sincerely,
Meridian Foodservice Talent Acquisition"""
    case.add("md2", meridian, [me], "2026-04-30 11:05", t,
             subject="Update on your application with Meridian Foodservice",
             html=html_of(t), headers=AUTO)
    case.thread("md2", True, "rejection", "Meridian Foodservice",
                "automated rejection without an interview, Thu Apr 30; nothing owed")

    # ---- Summit Cold Storage: Indeed relay screening questions -------------------
    t = """Hi Tasha,

Thank you for your interest in the Operations Manager role at our Forest Park freezer facility. Before we move forward, can you confirm:
1) Are you able to work 2nd shift (2pm-12:30am) and some Saturdays?
2) Are you comfortable working in a -10F environment for extended periods?
3) What is your desired salary?

Rob Tillman
Site Manager, Summit Cold Storage

--
Reply to this email to respond to Summit Cold Storage through Indeed. Indeed does not share your email address with the employer unless you choose to."""
    case.add("sm1", summit, [me], "2026-04-15 10:22", t,
             subject="Operations Manager - 2nd Shift at Summit Cold Storage", html=html_of(t))
    mine("sm2", [summit], "2026-04-15 12:48",
         "hi rob, 1) yes I can do 2nd shift and saturdays 2) yes, I ran a freezer dock at my last "
         "job 3) looking for 80-90k\n\nTasha Whitfield 404-555-0188", parent="sm1", foot=YAHOO_APP)
    case.thread("sm1", True, "application", "Summit Cold Storage",
                "screening questions through an Indeed relay address, answered the same day; no "
                "meeting, no date promised, no word since")

    # ================================================================== NOT JOB SEARCH

    # ---- current job: schedules, staffing, call-outs, time off ---------------
    sched1 = make_pdf(["Fulton Industrial - Inbound / Outbound Schedule", "Week of 4/13/2026",
                       "1st shift 6:00a-2:30p  Supervisor: T. Whitfield",
                       "Sat 4/18 OT: 6:00a-12:00p - sign up with your supervisor"])
    case.add("rv1", gary, [me], "2026-04-07 15:10", """Tasha,

Schedule for the week of 4/13 is attached. Corporate approved Saturday OT for inbound, 6a-12p. I need 6 reach drivers and 4 unloaders from your side. Get me names by Thursday.""",
             subject="Fulton - schedule wk of 4/13 + Saturday OT",
             attachments=[("Fulton_Schedule_wk0413.pdf", "application/pdf", sched1)])
    mine("rv2", [gary], "2026-04-08 11:30",
         "got it. I have Marcus, Dre, Keisha and Tony for saturday so far, still need 2 more reach "
         "drivers. will have the rest to you tomorrow", parent="rv1")
    case.add("rv3", gary, [me], "2026-04-08 11:52", "Good. Ask Rosa, she wanted hours.", parent="rv2")
    case.thread("rv1", False, None, "Ridgeview Fulfillment",
                "her current job: weekly schedule and Saturday overtime")

    case.add("rv10", gary, [me], "2026-05-12 14:45", """Tasha,

Corporate wants every supervisor to review the Q3 peak staffing plan before we post the temp positions. I'm still waiting on the volume forecast from the customer. I'll have the plan to you by Friday. In the meantime pull your call-out numbers for March and April.""",
             subject="Q3 peak staffing plan")
    mine("rv11", [gary], "2026-05-12 15:20", "ok will do. I'll have the call out numbers to you thursday",
         parent="rv10")
    callouts = make_pdf(["Fulton Industrial - 1st shift call-outs", "March 2026: 31 (7 no-call/no-show)",
                         "April 2026: 26 (4 no-call/no-show)", "Mondays and Fridays = 58% of call-outs"])
    mine("rv12", [gary], "2026-05-14 07:45",
         "call out numbers for march and april attached. mondays and fridays are killing us",
         parent="rv11", attachments=[("Fulton_callouts_MarApr.pdf", "application/pdf", callouts)])
    case.add("rv13", gary, [me], "2026-05-14 08:20",
             "Got it. That lines up with what I'm seeing on 2nd shift too.", parent="rv12", sig=False)
    case.thread("rv10", False, None, "Ridgeview Fulfillment",
                "her current manager promises a staffing plan 'by Friday' (May 15) and has not sent "
                "it: her current job, not job search")
    case.promise("rv10", "rv10", "gholt@ridgeviewfulfillment.com", "2026-05-15", job=False)
    case.forbid("rv10", "gholt@ridgeviewfulfillment.com",
                "her own manager's 'by Friday' about a staffing plan at her current job: not job search")

    mine("rv20", [gary], "2026-05-08 13:15",
         "Gary, I need to take a half day thursday 5/14, leaving at 11. I have a personal "
         "appointment. Keisha can cover the dock til 2:30.", subject="half day thurs 5/14", foot=None)
    case.add("rv21", gary, [me], "2026-05-08 14:02", "Approved. Put it in the system.", parent="rv20",
             sig=False)
    case.thread("rv20", False, None, "Ridgeview Fulfillment",
                "she asks her manager for a half day on May 14 (the networking lunch)")

    sched2 = make_pdf(["Fulton Industrial - Inbound / Outbound Schedule", "Week of 5/18/2026",
                       "1st shift 6:00a-2:30p  Supervisor: T. Whitfield",
                       "Mon 5/18 1:00p - Forklift interview, Training Room B"])
    case.add("rv30", gary, [me], "2026-05-15 15:30", "Schedule for next week attached.",
             subject="Schedule - week of 5/18",
             attachments=[("Fulton_Schedule_wk0518.pdf", "application/pdf", sched2)])
    case.thread("rv30", False, None, "Ridgeview Fulfillment", "weekly schedule from her manager")

    # She interviews a forklift operator for her current warehouse.
    desc = """Tasha - please interview Devon Mitchell for the 2nd shift forklift operator opening. His resume is attached; he's certified on sit-down and reach truck. Use the standard forklift interview guide and send your scorecard back to me by end of day.

Angela"""
    uid = uid_outlook("warehouse-atlanta", "forklift-devon")
    ics = make_ics(method="REQUEST", uid=uid, stamp=A("2026-05-13 10:05"),
                   start=A("2026-05-18 13:00"), end=A("2026-05-18 13:30"),
                   summary="Interview - Forklift Operator (2nd Shift) - Devon Mitchell",
                   organizer=angela,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Fulton Training Room B", "fulton-trainingb@ridgeviewfulfillment.com"),
                               "ACCEPTED", "ROOM")],
                   tzid="Eastern Standard Time", location="Fulton Industrial - Training Room B",
                   description=desc, prodid=ms, extra=xms)
    devon_cv = make_pdf(["Devon Mitchell", "Atlanta, GA | (404) 555-0172",
                         "Forklift operator, 4 years - sit-down counterbalance and reach truck",
                         "OSHA forklift certification, 2025"])
    case.add("fk1", angela, [me], "2026-05-13 10:05", desc,
             subject="Interview - Forklift Operator (2nd Shift) - Devon Mitchell", sig=False,
             html=html_of(desc), ics=ics, ics_mode="outlook",
             attachments=[("Devon_Mitchell_Resume.pdf", "application/pdf", devon_cv)])
    mine("fk2", [angela], "2026-05-13 11:02", "got it, will do", parent="fk1")
    case.thread("fk1", False, None, "Ridgeview Fulfillment",
                "her current employer's HR asks her to interview a forklift operator Mon May 18 "
                "13:00-13:30 (a meeting room in the invite): she is the interviewer")
    case.meeting("fk1", A("2026-05-18 13:00"), A("2026-05-18 13:30"), job=False,
                 what="she interviews a forklift operator")
    case.forbid("fk1", "apruitt@ridgeviewfulfillment.com",
                "HR at her current job scheduling an interview where Tasha is the interviewer: not "
                "her job search")

    case.add("fk3", devon, [me], "2026-05-18 18:12", """Good evening Ms. Whitfield,

Thank you for interviewing me today for the 2nd shift forklift operator position. I enjoyed hearing about your team and how you run the dock, and I'm confident I can work safely and keep up with your numbers. I look forward to hearing from you.

Respectfully,
Devon Mitchell
(404) 555-0172""", subject="Thank you - Forklift Operator interview")
    mine("fk4", [devon], "2026-05-19 05:48",
         "Hi Devon, thanks for the note and for coming in. HR will reach out about next steps.",
         parent="fk3", foot=YAHOO_APP)
    case.thread("fk3", False, None, "Ridgeview Fulfillment",
                "a forklift candidate thanks her for interviewing him: she was on the hiring side")
    case.forbid("fk3", "devon.mitchell2417@gmail.com",
                "a candidate she interviewed for her current warehouse; nothing of her own search")

    for key, who_, day, body in [
        ("tk1", "Andre Lewis", "2026-04-15 07:02", "Andre Lewis\nRequested: Fri 04/24/2026, 8.00 hrs (PTO)\nReason: family event"),
        ("tk2", "Keisha Moore", "2026-05-11 07:04", "Keisha Moore\nRequested: Fri 05/22/2026, 8.00 hrs (PTO)\nReason: graduation"),
    ]:
        t = ("A time off request is waiting for your approval.\n\n%s\n\nApprove or deny it in the "
             "Ridgeview Time & Attendance app under Team > Requests.\n\nThis is an automated "
             "message. Do not reply." % body)
        case.add(key, timeclock, [me], day, t,
                 subject="Action required: time off request from %s" % who_, headers=AUTO)
        case.thread(key, False, None, "Ridgeview Fulfillment",
                    "time-off request from one of her associates for her approval; automated")

    case.add("co1", marcus, [me], "2026-04-27 04:51",
             "Morning Ms Tasha I wont be able to make it in today my daughter has a fever of 102 and "
             "daycare wont take her. Sorry for the short notice.\nMarcus",
             subject="calling out today")
    mine("co2", [marcus], "2026-04-27 05:20",
         "ok Marcus, hope she feels better. I'll code it sick. bring the doctors note if you're out "
         "tomorrow too", parent="co1")
    case.thread("co1", False, None, "Ridgeview Fulfillment", "an associate calls out sick")

    case.add("co3", rosa, [me], "2026-05-13 05:02",
             "Buenos días Tasha, hoy no voy a poder ir a trabajar, a mi niño le subió la fiebre en "
             "la noche y lo voy a llevar al doctor. Perdón por avisar tan tarde.\nRosa",
             subject="hoy no puedo ir")
    mine("co4", [rosa], "2026-05-13 05:31",
         "ok Rosa, no te preocupes. I'll put you down for today, let me know about tomorrow. "
         "hope your son feels better", parent="co3")
    case.thread("co3", False, None, "Ridgeview Fulfillment",
                "an associate calls out, in Spanish")

    # ---- son's football team -----------------------------------------------------
    case.add("fb1", coach, [rams_list], "2026-04-13 19:40", """Parents,

The lights at Adams Park are getting worked on Thursday so practice moves UP to 5:30 (not 6:30). We have to be off the field by 7:15. Water, cleats, mouthpiece. No mouthpiece no contact.""",
             subject="Practice moved to 5:30 Thursday")
    case.thread("fb1", False, None, "SW Atlanta Rams 12U",
                "son's coach moves Thursday practice earlier")
    case.meeting("fb1", A("2026-04-16 17:30"), A("2026-04-16 19:15"), job=False,
                 what="son's football practice")

    jdesc = ("Spring Jamboree for 12U. Players there by 8:15 in full gear, white jerseys. "
             "Concession stand open, bring chairs.")
    ics = make_ics(method="REQUEST", uid=uid_google("warehouse-atlanta", "jamboree"),
                   stamp=A("2026-04-29 20:15"), start=A("2026-05-09 09:00"), end=A("2026-05-09 12:00"),
                   summary="Spring Jamboree - SW Rams 12U", organizer=coach_cal,
                   attendees=[(coach_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (rams_list, "NEEDS-ACTION", "GROUP")],
                   tzid=NY, location="Adams Park, 2300 Wilson Dr SW, Atlanta, GA 30311",
                   description=jdesc)
    t = ("Reggie Banks has invited you to an event.\n\nSpring Jamboree - SW Rams 12U\n"
         "When: Saturday May 9, 2026 9am - 12pm (Eastern Time - New York)\n"
         "Where: Adams Park, 2300 Wilson Dr SW, Atlanta, GA 30311\n\n" + jdesc +
         "\n\nInvitation from Google Calendar")
    case.add("fb2", coach_cal, [me], "2026-04-29 20:15", t,
             subject="Invitation: Spring Jamboree - SW Rams 12U @ Sat May 9, 2026 9am - 12pm (EDT) "
                     "(twhitfield87@yahoo.com)",
             sig=False, html=html_of(t), ics=ics, ics_mode="google", headers=GCAL)
    case.thread("fb2", False, None, "SW Atlanta Rams 12U", "Google Calendar invite to the jamboree")
    case.meeting("fb2", A("2026-05-09 09:00"), A("2026-05-09 12:00"), job=False, what="jamboree")

    case.add("fb3", kim, [me], "2026-05-05 21:00", """Hey Rams parents!! Need 4 families to bring snacks and drinks for Saturday's jamboree. Reply and tell me what you got so we don't end up with 40 bags of hot chips again lol

Kim (team mom)""", subject="snack sign up - jamboree")
    mine("fb4", [kim], "2026-05-05 21:34", "put me down for capri suns and orange slices",
         parent="fb3")
    case.add("fb5", kim, [me], "2026-05-05 21:40", "Got you Tasha! \U0001F64C\U0001F3FE", parent="fb4")
    case.thread("fb3", False, None, "SW Atlanta Rams 12U", "team mom's snack sign-up")

    case.add("fb6", coach, [rams_list], "2026-05-18 20:05", """Parents,

Great spring season, proud of these boys. Summer 7on7 sign-ups close 5/29. Fee is $65 and covers the shirt. I'll send the summer schedule out by Friday once the league posts it.""",
             subject="Summer 7on7 sign ups")
    mine("fb7", [coach], "2026-05-18 21:10", "Jaylen is in! I'll cash app you the $65 friday",
         parent="fb6")
    case.thread("fb6", False, None, "SW Atlanta Rams 12U",
                "coach will send the summer schedule 'by Friday' (May 22)")
    case.promise("fb6", "fb6", "coachreggie.swrams@gmail.com", "2026-05-22", job=False)
    case.forbid("fb6", "coachreggie.swrams@gmail.com",
                "her son's football coach; his 'by Friday' is about a league schedule, not a job, and "
                "Friday has not come yet")

    # ---- church ------------------------------------------------------------------
    bh = bulk_headers("<bulletin.greatermtzion.org>", "https://greatermtzion.org/email/unsubscribe")
    t = """GREATER MT. ZION BAPTIST CHURCH - WEEKLY BULLETIN

This Sunday: 8:00 and 11:00 worship. Youth Sunday, our young people lead the service.
Wednesday: Bible study 7 PM in the fellowship hall and on Facebook Live.
Usher Board: meeting after 11:00 service in Room 4.
Sick and shut-in: please keep Mother Ruby Tate and Deacon Harold Moss in your prayers.

Give online at greatermtzion.org/give."""
    case.add("ch1", church, [me], "2026-04-24 16:00", t, subject="GMZ Weekly Bulletin - April 26",
             html=html_of(t), headers=bh)
    case.thread("ch1", False, None, "Greater Mt. Zion Baptist Church", "weekly church bulletin")
    t = """GREATER MT. ZION BAPTIST CHURCH - WEEKLY BULLETIN

Happy Mother's Day! All mothers will be honored at the 11:00 service.
Mother's Day Potluck: right after 11:00 service in the fellowship hall. Sign up with Sis. Brenda Hall.
Vacation Bible School volunteers needed June 22-26. See Sis. Carter.

Give online at greatermtzion.org/give."""
    case.add("ch2", church, [me], "2026-05-08 16:00", t, subject="GMZ Weekly Bulletin - May 10",
             html=html_of(t), headers=bh)
    case.thread("ch2", False, None, "Greater Mt. Zion Baptist Church",
                "weekly bulletin announcing the Mother's Day potluck")

    case.add("ch3", brenda, [ushers], "2026-05-04 18:30", """Good evening usher board ladies,

The Mother's Day potluck is after 11 o'clock service Sunday May 10 in the fellowship hall. Please reply and tell me what you're bringing so we don't end up with six pans of mac and cheese again lol.

Blessings,
Sis. Brenda""", subject="Mother's Day Potluck sign up")
    mine("ch4", [brenda], "2026-05-04 19:02",
         "Sis Brenda I'll bring my baked mac and cheese AND a pound cake \U0001F60A", parent="ch3")
    case.add("ch5", brenda, [me], "2026-05-04 19:15",
             "Lord Tasha, you read my mind. Put you down for both!", parent="ch4")
    case.thread("ch3", False, None, "Greater Mt. Zion Baptist Church", "potluck sign-up")
    case.meeting("ch3", A("2026-05-10 13:00"), A("2026-05-10 15:00"), job=False,
                 what="church potluck")

    # ---- family --------------------------------------------------------------------
    case.add("fa1", monica, [me], "2026-04-11 10:20",
             "Sis, Mama's birthday is Saturday May 16. I'm thinking dinner at my house 6pm, you "
             "bring the cake? I'll fry the fish.", subject="mama's birthday")
    mine("fa2", [monica], "2026-04-11 11:05",
         "yes I got the cake. caramel right? Jaylen has football that morning but we'll be there",
         parent="fa1")
    case.add("fa3", monica, [me], "2026-04-11 11:09", "caramel \U0001F44D\U0001F3FE", parent="fa2")
    case.thread("fa1", False, None, None, "sister plans their mother's birthday dinner Sat May 16")
    case.meeting("fa1", A("2026-05-16 18:00"), None, job=False, what="family birthday dinner")

    mine("fa4", [monica], "2026-05-18 10:05",
         "phone interview with brightline this morning went ok i think, she asked a lot about labor "
         "planning and how i handle call outs lol. still waiting on harlan & pope, they said they'd "
         "know by tuesday. and i still got to give red clay an answer by friday \U0001F629",
         subject="guess who had ANOTHER interview")
    case.add("fa5", monica, [me], "2026-05-18 10:31",
             "Look at you with options!! Proud of you sis. Take the one that respects your time.",
             parent="fa4")
    mine("fa6", [monica], "2026-05-18 12:02", "lol for real", parent="fa5")
    case.thread("fa4", False, None, None,
                "Tasha tells her sister the Brightline phone interview happened")

    case.add("fa7", mama, [me], "2026-05-17 08:12", """Tasha thank you baby for the cake and for coming last night. Jaylen is getting so tall. Don't forget to call your auntie she asked about you.

Love Mama""", subject="last night")
    mine("fa8", [mama], "2026-05-17 09:40", "love you mama. I'll call her after church", parent="fa7")
    case.thread("fa7", False, None, None, "her mother after the birthday dinner")

    case.add("fa9", monica, [me], "2026-05-13 19:20",
             "hey did you ever hear back from any of those warehouse jobs?", subject="u good?")
    mine("fa10", [monica], "2026-05-13 19:41",
         "GIRL. red clay just sent me an OFFER \U0001F62D\U0001F62D still got a panel friday with "
         "the other one tho so I'm not saying yes yet", parent="fa9")
    case.add("fa11", monica, [me], "2026-05-13 19:43", "AHHHH \U0001F389\U0001F389 call me when you get off",
             parent="fa10")
    case.thread("fa9", False, None, None, "her sister asks how the search is going")

    darrell = Person("Darrell Whitfield", "dwhitfield.atl@gmail.com", tz=NY, style="gmail")
    fwd = case.by_key["fb6"]
    mine("fw1", [darrell], "2026-05-18 21:15",
         "can you split the 7on7 fee with me this time? its $65\n\n"
         "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
         % (coach.shown(), "May 18, 2026 at 8:05:00 PM EDT", fwd.subject, rams_list.email,
            fwd.text.strip()),
         subject="Fwd: Summer 7on7 sign ups", foot=None)
    case.add("fw2", darrell, [me], "2026-05-19 06:30", "yeah I got half. sending 32.50 on cash app now",
             parent="fw1")
    case.thread("fw1", False, None, None, "she forwards the coach's mail to her son's father")

    case.add("fb8", kim, [rams_list], "2026-05-10 20:30",
             "Pics from the jamboree are up in the shared album! Our boys looked GOOD out there "
             "\U0001F3C8 Thank you to everybody who brought snacks.", subject="jamboree pics!!")
    case.thread("fb8", False, None, "SW Atlanta Rams 12U", "team mom shares photos")

    t = ("Harper Middle School - Parent Portal\n\nA new progress report is available for Jaylen "
         "Whitfield (Grade 7).\n\nLog in to the parent portal to view grades and attendance.\n\n"
         "Please do not reply to this automated message.")
    case.add("sc3", Person("Harper Middle School", "noreply@harpermiddle.org", tz=NY, style="auto"),
             [me], "2026-05-01 15:00", t, subject="Progress report available - Jaylen Whitfield",
             headers=AUTO)
    case.thread("sc3", False, None, "Harper Middle School", "school portal notice")

    # ---- school, health ------------------------------------------------------------
    case.add("sc1", teacher, [me], "2026-04-27 16:10", """Dear Ms. Whitfield,

Jaylen's permission slip for the 7th grade field trip to Fernbank Museum on May 7 is due this Friday, May 1, with the $12 fee. He told me it is "in his bookbag." Could you please check?

Thank you,""", subject="Fernbank field trip permission slip - Jaylen")
    mine("sc2", [teacher], "2026-04-28 06:05",
         "Good morning Ms. Okonkwo, found it in the bottom of his bookbag lol. signed and sent it "
         "back with him today with the $12.", parent="sc1")
    case.thread("sc1", False, None, "Harper Middle School", "son's teacher about a field trip slip")

    t = """Hi Tasha,

This is a reminder that Jaylen Whitfield has an appointment at Bright Smiles Orthodontics:

Tuesday, May 5, 2026 at 4:00 PM
3500 Cascade Rd SW, Suite 210, Atlanta, GA 30311

Reply C to confirm or call (404) 555-0196 to reschedule."""
    case.add("hl1", ortho, [me], "2026-05-04 09:00", t,
             subject="Appointment reminder for Jaylen - Tue May 5 at 4:00 PM", headers=AUTO)
    case.thread("hl1", False, None, "Bright Smiles Orthodontics", "son's orthodontist reminder")
    case.meeting("hl1", A("2026-05-05 16:00"), None, job=False, what="orthodontist")

    ics = make_ics(method="PUBLISH", uid=uid_uuid("warehouse-atlanta", "clinic"),
                   stamp=A("2026-05-13 12:00"), start=A("2026-05-27 08:15"),
                   end=A("2026-05-27 08:45"), summary="Annual physical - Dr. Patel",
                   organizer=clinic, tzid=NY,
                   location="Southside Family Medicine, 1150 Cleveland Ave, East Point, GA",
                   prodid="-//Southside Family Medicine//Patient Portal//EN")
    t = """Hello Tasha,

You have an upcoming appointment:

Annual physical with Dr. Patel
Wednesday, May 27, 2026 at 8:15 AM
Southside Family Medicine, 1150 Cleveland Ave, East Point, GA

Please arrive 15 minutes early and bring your insurance card. Fasting labs: nothing to eat after midnight.

To cancel or reschedule, log in to the patient portal."""
    case.add("hl2", clinic, [me], "2026-05-13 12:00", t,
             subject="Your upcoming appointment on Wed, May 27 at 8:15 AM", ics=ics,
             ics_mode="publish", headers=AUTO)
    case.thread("hl2", False, None, "Southside Family Medicine", "her own physical, still ahead")
    case.meeting("hl2", A("2026-05-27 08:15"), A("2026-05-27 08:45"), status="scheduled", job=False,
                 what="doctor")

    # ---- bills, receipts, spam, alerts -----------------------------------------------
    t = ("Hi Tasha,\n\nYour payment of $487.62 for your 2022 Nissan Altima (account ending 4471) "
         "is due on May 12, 2026.\n\nPay now in the Crestline app, or set up AutoPay and never miss "
         "a due date.\n\nCrestline Auto Finance")
    case.add("bi1", crestline, [me], "2026-05-06 08:00", t, subject="Your car payment is due May 12",
             html=html_of(t), headers=AUTO)
    case.thread("bi1", False, None, "Crestline Auto Finance", "car payment reminder")
    t = ("Hi Tasha,\n\nWe received your payment of $487.62 on May 11, 2026 for account ending 4471. "
         "Your next payment is due June 12, 2026.\n\nThank you for being a Crestline customer.")
    case.add("bi2", crestline, [me], "2026-05-11 19:44", t, subject="Payment received",
             html=html_of(t), headers=AUTO)
    case.thread("bi2", False, None, "Crestline Auto Finance", "car payment receipt")
    t = ("Your Horizon Wireless bill is ready.\n\nAmount due: $142.18\nDue date: 05/08/2026\n\n"
         "Lines: 2 (Tasha, Jaylen)\nView your bill in My Horizon.")
    case.add("bi3", horizon, [me], "2026-04-20 06:00", t, subject="Your Horizon Wireless bill is ready",
             html=html_of(t), headers=AUTO)
    case.thread("bi3", False, None, "Horizon Wireless", "phone bill")

    for key, day, store, items, total in [
        ("kr1", "2026-04-12 14:22", "Kroger #472 - Cascade Rd",
         "Kroger 2% Milk 1 gal  3.49\nGround Beef 80/20 3 lb  13.47\nCapri Sun 10pk x2  9.98\n"
         "Bananas 2.1 lb  1.26\nTide Pods 42ct  13.99", "42.19"),
        ("kr2", "2026-04-26 13:05", "Kroger #472 - Cascade Rd",
         "Chicken Thighs Family Pk  8.94\nRice 5 lb  4.29\nGatorade 8pk  6.99\nBread  2.49\n"
         "Eggs 18ct  4.79", "27.50"),
        ("kr3", "2026-05-09 18:40", "Kroger #472 - Cascade Rd",
         "Elbow Macaroni 2 lb  2.58\nSharp Cheddar 2 lb x2  13.98\nEvaporated Milk x3  4.47\n"
         "Butter 1 lb x2  8.58\nSugar 4 lb  3.49\nCake Flour  3.79", "36.89"),
        ("kr4", "2026-05-16 11:15", "Kroger #472 - Cascade Rd",
         "Caramel Cake (Bakery)  24.99\nCandles  2.49\nIce 10 lb  2.99", "30.47"),
    ]:
        t = "Thanks for shopping at %s!\n\n%s\n\nTotal  $%s\nFuel Points earned this trip: %d\n\nSee your full receipt in the Kroger app." % (
            store, items, total, int(float(total)))
        case.add(key, kroger, [me], day, t, subject="Your Kroger receipt", html=html_of(t),
                 headers=AUTO)
        case.thread(key, False, None, "Kroger", "grocery receipt")

    t = ("Tasha, you're PRE-APPROVED!\n\nGet up to $1,500 in your account as soon as TOMORROW. "
         "Bad credit OK. No paperwork.\n\n[CLAIM MY CASH]\n\nThis is an advertisement. Loans not "
         "available in all states.")
    case.add("sp1", fastfunds, [me], "2026-04-18 02:13", t, subject="Tasha, $1,500 could be yours TOMORROW",
             html=html_of(t), html_only=True,
             headers=bulk_headers("<promo.fastfunds-direct.net>", "https://fastfunds-direct.net/u"))
    case.thread("sp1", False, None, None, "payday loan spam")
    t = ("FINAL NOTICE: Your cash advance pre-approval expires at midnight.\n\nPayday is too far "
         "away. Get cash today.\n\n[Get My Cash Now]")
    case.add("sp2", cashbridge, [me], "2026-05-09 23:47", t,
             subject="FINAL NOTICE - your pre-approval expires tonight", html=html_of(t),
             html_only=True,
             headers=bulk_headers("<mail.cashbridge-now.com>", "https://cashbridge-now.com/unsub"))
    case.thread("sp2", False, None, None, "payday loan spam")

    ih = bulk_headers("<alerts.indeed.com>", "https://www.indeed.com/alert/unsubscribe")
    zh = bulk_headers("<alerts.ziprecruiter.com>", "https://www.ziprecruiter.com/unsubscribe")
    for key, who_, hdr, day, subj, body in [
        ("al1", indeed_alert, ih, "2026-04-22 05:30", "14 new operations manager jobs in Atlanta, GA",
         "Operations Manager - Distribution Center\nEvergreen Health Supply - Lithia Springs, GA\n"
         "Easily apply. Urgently hiring.\n\nWarehouse Operations Manager\nSoutheast Home Goods - "
         "Fairburn, GA\n$85,000 - $100,000 a year\n\nOperations Manager - Night Sort\nPiedmont "
         "Parcel Services - College Park, GA\nHiring event this Saturday"),
        ("al2", zip_alert, zh, "2026-04-28 06:10", "Tasha, 9 new jobs for Operations Manager near you",
         "Operations Manager - Red Clay Logistics - Fairburn, GA - $78K-$92K\nDC Operations "
         "Supervisor - Lakeside Foods - Forest Park, GA - $65K-$72K\nInventory Control Manager - "
         "Atlas Beverage - Austell, GA\n\nYou're a top applicant for 3 of these jobs!"),
        ("al3", indeed_alert, ih, "2026-05-12 05:30", "9 new warehouse manager jobs in Atlanta, GA",
         "Warehouse Manager - Peachtree Paper Supply - Norcross, GA\nInterview on the spot this "
         "week\n\nDistribution Center Manager - Southern Tile - McDonough, GA\n$95,000 a year\n\n"
         "Operations Manager (2nd shift) - Summit Cold Storage - Forest Park, GA"),
        ("al4", zip_alert, zh, "2026-05-16 06:10", "New: Operations Manager jobs near College Park, GA",
         "Operations Manager - Harbor Freight Lines - East Point, GA - Apply with 1 click\n"
         "Site Operations Manager - ParcelOne - College Park, GA - $90K\nGeneral Manager, DC - "
         "Kinetic Home Supply - Braselton, GA\n\nEmployers are looking at candidates like you."),
    ]:
        case.add(key, who_, [me], day, body + "\n\nManage alerts | Unsubscribe", subject=subj,
                 html=html_of(body), headers=hdr)
        case.thread(key, False, None, None, "job-board alert: job words, nothing owed")

    t = """HIRING EVENT TUESDAY 5/5!

Forklift Operators - Order Pickers - Loaders - Sanitation
$18-$21/hr | Weekly pay | All shifts

Walk-ins welcome 8 AM - 3 PM, interviews on the spot!
WorkForce Now Staffing, 5600 Old National Hwy, College Park
Bring 2 forms of ID.

Reply STOP to opt out."""
    case.add("wf1", wfn, [me], "2026-05-01 07:30", t, subject="HIRING EVENT Tuesday - interviews on the spot!",
             html=html_of(t), html_only=True,
             headers=bulk_headers("<blast.workforcenowstaffing.com>",
                                  "https://workforcenowstaffing.com/optout"))
    case.thread("wf1", False, None, None,
                "a staffing agency's hourly hiring-event blast she never acted on")

    case.summary = (
        "Tasha Whitfield, 38, runs a shift as warehouse operations supervisor at Ridgeview "
        "Fulfillment on Fulton Industrial in Atlanta and wants an operations manager job at a "
        "distribution center. She writes short, lowercase mails from her iPhone (yahoo.com). The "
        "mailbox runs from early April to Wednesday 20 May 2026, 12:40 EDT. Indeed and ZipRecruiter "
        "carry her applications, with employers first writing through relay addresses. Red Clay "
        "Logistics' general manager gives her a site tour with his second-shift lead; only he is "
        "thanked, and an offer follows. Harlan & Pope's Teams panel, sent by a coordinator who does "
        "not attend, is moved earlier; one panelist is thanked in a new thread, and the recruiter "
        "relays the director's 'answer by tomorrow, Tuesday', still inside its grace. Brightline's "
        "chat-bot books a phone interview in Central time with no end; Lakewood Fresh rejects her "
        "after an interview she never thanked the interviewer for; Ardent's recruiter and "
        "Piedmont's HR generalist (after a Saturday walk-in hiring event) went quiet past their "
        "dates. A staffing recruiter's 'r u free tmrw 2pm' call goes unthanked, and his client's "
        "phone interview is a no-show, rescheduled to the day after now. A church friend sets up a "
        "lunch with her nephew, thanked only beforehand. Noise: her current job (schedules, "
        "call-outs, one in Spanish, time-off approvals, a forklift operator she interviews), her "
        "son's football team, church potluck, family, school, doctor, car payment, Kroger "
        "receipts, payday-loan spam and job alerts.")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
