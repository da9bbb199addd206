#!/usr/bin/env python3
"""exec-dubai: Rahul Mehta, Group CFO of a Dubai logistics group, quietly looking for a group CFO
role in the Gulf, Singapore or London through retained search firms, chairmen, board members and
a private-equity referral.  Written blind (tests/cases/BRIEF.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import casekit  # noqa: E402
from casekit import *  # noqa: E402,F401,F403
from casekit import Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL  # noqa
from casekit import uid_google, uid_outlook, uid_uuid, run  # noqa: E402
import datetime as dt  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

# Riyadh is not in casekit's table: register it (IANA and Outlook's Windows name) from here.
if "Asia/Riyadh" not in casekit.VTIMEZONES:
    casekit._fixed_zone("Asia/Riyadh", "+0300", "+03", "Arab Standard Time")

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
IPAD = "\n\nSent from my iPad"

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 318 552 904 117
Passcode: 7qZk3M
Download Teams | Join on the web
________________________________________________________________________________"""


def build():
    dubai = ZoneInfo("Asia/Dubai")
    now = dt.datetime(2026, 4, 8, 9, 30, tzinfo=dubai)
    user = {"name": "Rahul Mehta", "emails": ["rahul.mehta@example.ae"],
            "phone": "+971 50 555 0147", "timezone": "Asia/Dubai"}
    summary = SUMMARY
    case = Case("exec-dubai",
                "Group CFO in Dubai quietly searching through retained search firms, chairmen, "
                "board members and a PE referral; Dubai, Riyadh, Singapore and London times",
                user, now, summary)
    me = Person("Rahul Mehta", "rahul.mehta@example.ae", tz="Asia/Dubai", style="webmail")
    case.me = me
    at = case.at

    # ------------------------------------------------------------------ people
    caroline = Person("Caroline Ashby", "caroline.ashby@haldenwhitcombe.com", tz="Europe/London",
                      style="outlook", region="eurprd04",
                      sig="Caroline Ashby\nPartner\nHalden Whitcombe\n12 St James's Square, London "
                          "SW1Y 4JH\nT +44 20 7946 0321 | M +44 7700 900412\n\nThis e-mail and any "
                          "attachments are confidential and intended solely for the addressee.")
    poppy = Person("Poppy Lane", "poppy.lane@haldenwhitcombe.com", tz="Europe/London",
                   style="outlook", region="eurprd04",
                   sig="Poppy Lane\nExecutive Assistant to Caroline Ashby\nHalden Whitcombe | "
                       "+44 20 7946 0300")
    meiling = Person("Goh Mei Ling", "meiling.goh@haldenwhitcombe.com", tz="Asia/Singapore",
                     style="outlook", region="apcprd06",
                     sig="Goh Mei Ling\nAssociate Director\nHalden Whitcombe Singapore\n8 Marina "
                         "View, #21-02, Singapore 018960\nT +65 6555 0240")
    grace = Person("Grace Teo", "grace.teo@straitsmeridian.com.sg", tz="Asia/Singapore",
                   style="outlook", region="apcprd06",
                   sig="Grace Teo\nExecutive Assistant to the Chairman\nStraits Meridian Holdings "
                       "Ltd\n1 HarbourFront Avenue, #32-01, Singapore 098632\nDID +65 6555 0182")
    lim_email = "lim.boonkeng@straitsmeridian.com.sg"
    ravi_email = "ravi.shankar@straitsmeridian.com.sg"
    kestrel = Person("Kestrel Assessment", "no-reply@kestrelassessment.com", tz="Europe/London",
                     style="auto", auto=True)
    hannah = Person("Hannah Pryce", "hannah.pryce@kestrelassessment.com", tz="Europe/London",
                    style="outlook", region="eurprd04",
                    sig="Dr Hannah Pryce CPsychol\nConsultant Psychologist\nKestrel Assessment "
                        "Ltd\n+44 20 7946 0755")
    omar = Person("Omar Haddad", "omar.haddad@hartwellgrey.com", tz="Asia/Riyadh",
                  style="outlook", region="eurprd09",
                  sig="Omar Haddad\nPartner | Hartwell Grey\nKingdom Centre, Level 29, Riyadh\n"
                      "M +966 55 555 0193")
    khalid = Person("Khalid Al-Otaibi", "khalid.alotaibi@alrashidigroup.com.sa",
                    tz="Asia/Riyadh", style="outlook", region="eurprd09",
                    sig="Khalid Al-Otaibi\nOffice Manager – Office of the Group CEO\nAl-Rashidi "
                        "Group\nKing Fahd Road, Olaya, Riyadh 12214\nT +966 11 555 0140\n"
                        "خالد العتيبي | مدير مكتب الرئيس التنفيذي")
    faisal = Person("Faisal Al-Rashidi", "faisal.alrashidi@alrashidigroup.com.sa",
                    tz="Asia/Riyadh", style="outlook", region="eurprd09")
    nadia = ("Nadia Al-Harbi", "nadia.alharbi@alrashidigroup.com.sa")
    majlis = ("Majlis 14F", "majlis.14f@alrashidigroup.com.sa")
    jonathan = Person("Jonathan Pryor", "jonathan.pryor@marlowekent.com", tz="Europe/London",
                      style="gmail",
                      sig="Jonathan Pryor\nPartner, Marlowe Kent\n30 Old Burlington Street, London "
                          "W1S 3AR\n+44 20 7946 0588 | +44 7700 900735")
    priya = Person("Priya Menon", "priya.menon@ravensworth.com", tz="Asia/Dubai",
                   style="outlook", region="eurprd07",
                   sig="Priya Menon\nPrincipal | Ravensworth\nGate Precinct Building 3, Level 6, "
                       "DIFC, Dubai\nM +971 50 555 0261")
    daniel = Person("Daniel Koh", "daniel.koh@sterlingaske.com", tz="Asia/Singapore",
                    style="gmail",
                    sig="Daniel Koh\nPartner, Industrial Practice – Asia\nSterling Aske\n"
                        "+65 9555 0317")
    tessa = Person("Tessa Lim", "tessa.lim@arcadialogistics.sg", tz="Asia/Singapore",
                   style="gcal")
    marcus = ("Marcus Tan", "marcus.tan@arcadialogistics.sg")
    andrew = ("Andrew Seah", "andrew.seah@arcadialogistics.sg")
    vikram = Person("Vikram Nair", "vikram.nair@crescentbaycap.com", tz="Asia/Dubai",
                    style="outlook", region="eurprd05",
                    sig="Vikram Nair\nPartner\nCrescent Bay Capital\nAl Maryah Island, Abu Dhabi\n"
                        "T +971 2 555 0188")
    tariq = Person("Tariq Mansour", "tariq.mansour@medorahealth.com", tz="Asia/Riyadh",
                   style="gmail")
    samir = Person("Samir Khoury", "samir.khoury@medorahealth.com", tz="Asia/Riyadh",
                   style="gmail")
    margaret = Person("Margaret Chua", "margaret.chua@lindenboard.sg", tz="Asia/Singapore",
                      style="gmail")
    laila = Person("Laila Al Mansoori", "laila@qasradvisory.ae", tz="Asia/Dubai", style="gmail",
                   sig="Laila Al Mansoori\nQasr Advisory\n+971 50 555 0376")
    suresh = Person("Suresh Iyer", "suresh.iyer@kallangridge.com", tz="Asia/Singapore",
                    style="outlook", region="apcprd06",
                    sig="Suresh Iyer\nOperating Partner\nKallang Ridge Capital\n+65 6555 0921")
    ahmed = Person("Ahmed Siddiqui", "ahmed.siddiqui@kingsbridgesearch.com", tz="Asia/Dubai",
                   style="outlook", region="eurprd07",
                   sig="Ahmed Siddiqui\nPartner | Kingsbridge Search\nEmirates Towers, Level 41, "
                       "Dubai\nM +971 55 555 0229")
    ben = Person("Ben Archer", "ben.archer@tamarindinterim.com", tz="Europe/London",
                 style="gmail",
                 sig="Ben Archer\nDirector, Tamarind Interim\n+44 20 7946 0862")
    neil = Person("Neil Harding", "neil.harding@ashdownpartners.co.uk", tz="Europe/London",
                  style="outlook", region="eurprd04", sig=None)

    # current job (Falcon Gate Logistics) and life
    fatima = Person("Fatima D'Souza", "fatima.dsouza@falcongatelogistics.ae", tz="Asia/Dubai",
                    style="outlook", region="eurprd07",
                    sig="Fatima D'Souza\nExecutive Assistant to the Group CFO\nFalcon Gate "
                        "Logistics LLC | Jebel Ali Free Zone, Dubai\nT +971 4 555 0110")
    arjun = ("Arjun Pillai", "arjun.pillai@falcongatelogistics.ae")
    fgl_room = ("FGL JAFZ Boardroom", "boardroom.jafz@falcongatelogistics.ae")
    mr3 = ("FGL HQ Meeting Room 3", "mr3.hq@falcongatelogistics.ae")
    rania = Person("Rania Khoury", "rania.khoury@falcongatelogistics.ae", tz="Asia/Dubai",
                   style="outlook", region="eurprd07",
                   sig="Rania Khoury\nGroup HR Director\nFalcon Gate Logistics LLC\n"
                       "T +971 4 555 0135")
    james = Person("James Whitfield", "james.whitfield@falcongatelogistics.ae", tz="Asia/Dubai",
                   style="outlook", region="eurprd07",
                   sig="James Whitfield\nCompany Secretary\nFalcon Gate Logistics LLC")
    fgl_hr = Person("Falcon Gate People Team", "people@falcongatelogistics.ae", tz="Asia/Dubai",
                    style="auto", auto=True)
    grant = Person("Grant Ellison", "grant.ellison@harcourtlyle.ae", tz="Asia/Dubai",
                   style="outlook", region="eurprd07",
                   sig="Grant Ellison\nAudit Partner\nHarcourt Lyle LLP, Dubai")
    huda = ("Huda Rahman", "huda.rahman@gulfhorizonbank.ae")
    boardvault = Person("BoardVault", "notifications@boardvault.com", tz="Europe/London",
                        style="auto", auto=True)
    school = Person("EIA Accounts", "accounts@eia-dubai.ae", tz="Asia/Dubai", style="auto",
                    auto=True)
    schoolbook = Person("SchoolBook", "noreply@schoolbook.io", tz="Europe/London", style="auto",
                        auto=True)
    meera = Person("Meera Mehta", "meera.mehta@example.ae", tz="Asia/Dubai", style="webmail")
    rohit = Person("Rohit Mehta", "rohit.mehta82@gmail.com", tz="Asia/Kolkata", style="gmail")
    anjali = Person("Anjali Mehta", "anjali.mehta.to@hotmail.com", tz="America/Toronto",
                    style="outlook", region="namprd11")
    sushila = Person("Sushila Mehta", "sushila.mehta53@gmail.com", tz="Asia/Kolkata",
                     style="gmail")
    sanjay = Person("Sanjay Bhatia", "sanjay.bhatia@gmail.com", tz="Asia/Kolkata", style="gmail")
    emirates = Person("Emirates", "do-not-reply@emirates.email", tz="Asia/Dubai", style="auto",
                      auto=True)
    skywards = Person("Emirates Skywards", "skywards@news.emirates.email", tz="Asia/Dubai",
                      style="auto", auto=True)
    golf = Person("Creekside Golf & Country Club", "proshop@creeksidegolf.ae", tz="Asia/Dubai",
                  style="auto", auto=True)
    golfnews = Person("Creekside Golf & Country Club", "members@creeksidegolf.ae",
                      tz="Asia/Dubai", style="auto", auto=True)
    clinic = Person("Al Safa Heart Centre", "appointments@alsafaheart.ae", tz="Asia/Dubai",
                    style="auto", auto=True)
    varma_sec = Person("Office of Dr Anil Varma", "drvarma.office@alsafaheart.ae",
                       tz="Asia/Dubai", style="outlook", region="eurprd07",
                       sig="Rekha Nambiar\nSecretary to Dr Anil Varma, Consultant Cardiologist\n"
                           "Al Safa Heart Centre, Jumeirah\nT +971 4 555 0660")
    alwasl = Person("Al Wasl Capital Research", "research@alwaslcapital.ae", tz="Asia/Dubai",
                    style="auto", auto=True)
    beaufort = Person("Beaufort Strand Securities", "credit.research@beaufortstrand.com",
                      tz="Europe/London", style="auto", auto=True)
    alerts = Person("ExecFinance Jobs", "alerts@execfinancejobs.com", tz="Europe/London",
                    style="auto", auto=True)
    cooling = Person("Sahara District Cooling", "ebill@saharacooling.ae", tz="Asia/Dubai",
                     style="auto", auto=True)
    lexus = Person("Al Quoz Lexus Service", "service@alquozlexus.ae", tz="Asia/Dubai",
                   style="auto", auto=True)

    bio = make_pdf(["Rahul Mehta", "Group Chief Financial Officer, Falcon Gate Logistics LLC, Dubai",
                    "2019-present: Group CFO, Falcon Gate Logistics (revenue AED 4.1bn)",
                    "2013-2019: CFO Middle East & South Asia, DP-listed ports operator",
                    "2006-2013: Finance Director, freight forwarding, London",
                    "Led AED 1.8bn sukuk (2023) and two bank refinancings",
                    "Chartered Accountant (ICAI); MBA, IIM Ahmedabad",
                    "rahul.mehta@example.ae  +971 50 555 0147"])

    # ================================================================== JOB SEARCH
    # ---- Halden Whitcombe (Caroline Ashby, London): Straits Meridian, Singapore
    case.add("hw1", caroline, [me], "2026-03-02 11:20", subject="A confidential conversation",
             body="""Dear Rahul,

We have not met, although your name has come up more than once in recent weeks, and always in the same breath as the Falcon Gate refinancing. I have written to your personal address deliberately.

Halden Whitcombe has been retained by a listed Asian infrastructure group on a senior finance appointment. I would rather not say more in writing at this stage, but I would very much welcome a confidential conversation, without any commitment on your side.

Would one of these suit? All times UK:

- Thursday 5 March, 10:00 or 14:00
- Friday 6 March, 09:30

My assistant, Poppy Lane, will send a Teams link once we have settled on a time.

Kind regards,
Caroline""")
    case.add("hw2", me, [caroline], "2026-03-02 21:05", parent="hw1",
             body="Caroline - Thu 2pm UK works. This address only pls.\n\nR" + IPAD)
    case.add("hw3", me, [caroline], "2026-03-05 19:10", parent="hw2",
             body="Caroline - thank you for the time today. Interesting, and the timing may be "
                  "right. Short bio attached as discussed. Happy to go to the next stage.\n\nR"
                  + IPAD,
             attachments=[("Rahul_Mehta_bio.pdf", "application/pdf", bio)])
    case.add("hw4", caroline, [me], "2026-03-16 10:02", parent="hw3", body="""Dear Rahul,

A short update. The client has now seen the longlist, and you are on their shortlist of four.

Their Chairman is travelling for most of this week and the region then breaks for Eid, so I will come back to you after Eid with next steps. I hope you and the family have a peaceful end to Ramadan.

With best wishes,
Caroline""")
    case.add("hw5", caroline, [me], "2026-03-25 09:15", parent="hw4", body="""Dear Rahul,

As promised, and Eid Mubarak.

Two things. First, the Chairman, Lim Boon Keng, would like to meet you over dinner. He is in Dubai next week for the ports conference and has suggested Tuesday 31 March. His office (Grace Teo) will be in touch with you directly about the details. I shan't join you: this one is very much for the two of you.

Second, and in parallel, we ask every shortlisted candidate to complete a psychometric assessment with our partners at Kestrel. You will receive a link from their platform today; it takes about an hour in all, and Dr Hannah Pryce will take you through the results herself on a call afterwards.

With best wishes,
Caroline""")
    case.add("hw6", me, [caroline], "2026-03-25 22:40", parent="hw5",
             body="Fine on both.\n\nR" + IPAD)
    case.add("hw7", me, [caroline], "2026-04-01 08:05", parent="hw6",
             body="Caroline - dinner with BK last night went well. Thank you for setting it up. "
                  "Long discussion on Vietnam and the refi.\n\nR" + IPAD)
    case.add("hw8", caroline, [me], "2026-04-01 17:30", parent="hw7", body="""Rahul,

He enjoyed it too: the word that came back to me was "substantive", which from him is high praise.

Next step, then. The Board's Audit & Risk Committee would like you to take them through a short case. My colleague Mei Ling Goh in our Singapore office will arrange it with you directly.

Best,
Caroline""")
    case.thread("hw1", True, "recruiter", "Halden Whitcombe",
                "retained search, Group CFO for a listed Singapore infrastructure group; Teams "
                "call Thu 5 Mar thanked here that evening; 'I will come back to you after Eid' "
                "kept on 25 Mar; 1 Apr note thanks Caroline for arranging the Chairman's dinner "
                "(she was not there)")
    case.promise("hw1", "hw4", caroline.email, "2026-03-27", answered_by="hw5")

    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "teams-ashby"),
                   stamp=at("2026-03-03 09:40", poppy), start=at("2026-03-05 14:00", poppy),
                   end=at("2026-03-05 14:45", poppy), summary="Caroline Ashby / Rahul Mehta",
                   organizer=poppy,
                   attendees=[(caroline, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                   description=TEAMS, prodid=OUTLOOK)
    case.add("pl1", poppy, [me], "2026-03-03 09:40", subject="Caroline Ashby / Rahul Mehta",
             body="""Dear Rahul,

Please find below a Teams invitation for your conversation with Caroline on Thursday at 14:00 UK time (18:00 in Dubai). Do let me know if anything changes on your side.

Best wishes,
Poppy

""" + TEAMS, ics=ics, ics_mode="outlook")
    case.thread("pl1", True, "interview", "Halden Whitcombe",
                "Teams invite from Caroline's assistant for Thu 5 Mar 14:00-14:45 GMT (18:00 "
                "Dubai); Caroline thanked in her own thread; Poppy arranged and did not attend; "
                "long past")
    case.meeting("pl1", at("2026-03-05 18:00"), at("2026-03-05 18:45"), met=[caroline.email],
                 thanks={caroline.email: "hw3"}, what="first call with Caroline")

    # ---- Chairman's dinner (Grace Teo, Straits Meridian)
    case.add("gt1", grace, [me], "2026-03-26 10:12",
             subject="Dinner with Mr Lim Boon Keng – Tuesday, 31 March 2026",
             body="""Dear Mr Mehta,

Ms Caroline Ashby will have mentioned that our Chairman, Mr Lim Boon Keng, would be glad to host you for dinner during his visit to Dubai. I am pleased to confirm the arrangements:

Date: Tuesday, 31 March 2026
Time: 8.00pm (Dubai time)
Venue: Shiro, Gate Village 4, DIFC (a private room is reserved under Mr Lim's name)
Dress: smart casual

Should you need to reach Mr Lim directly on the evening, his email is lim.boonkeng@straitsmeridian.com.sg. I can be reached on +65 6555 0182 at any hour.

Kindly confirm at your convenience.

Warm regards,
Grace""")
    case.add("gt2", me, [grace], "2026-03-26 08:55", parent="gt1",
             body="Dear Grace,\n\nConfirmed, with thanks. I look forward to meeting Mr Lim.\n\n"
                  "Regards,\nRahul Mehta" + IPAD)
    case.add("gt3", grace, [me], "2026-04-02 11:30", parent="gt2", body="""Dear Mr Mehta,

Mr Lim has asked me to let you know that he very much enjoyed Tuesday evening.

He will revert to you after the Board's Nominating Committee meets on 20 April.

Warm regards,
Grace""")
    case.thread("gt1", True, "interview", "Straits Meridian Holdings",
                "the Chairman's dinner Tue 31 Mar 20:00 Dubai, arranged by his EA (not there); "
                "the Chairman's address is given in the text; no thank-you to him; 'he will "
                "revert after the Nominating Committee meets on 20 April' (ahead)")
    case.meeting("gt1", at("2026-03-31 20:00"), None, met=[lim_email],
                 what="dinner with the Chairman")
    case.promise("gt1", "gt3", grace.email, "2026-04-20")
    case.expect("thank_you", "gt1", lim_email,
                "dinner with the Chairman Tue 31 Mar 20:00 (no end given: 60 min) took place "
                "(Caroline's and Grace's later mail say so); Rahul thanked Caroline, who set it "
                "up, and Grace before it, never Mr Lim; overdue since Wed 1 Apr 21:00")
    case.forbid("gt1", grace.email,
                "the Chairman's EA in Singapore: arranged the dinner and did not attend; 'he will "
                "revert after the Nominating Committee meets on 20 April' is still ahead")

    # ---- Kestrel psychometrics
    k1 = """Dear Rahul Mehta,

Halden Whitcombe has invited you to complete an online assessment on behalf of their client.

Your assessments:
- Leadership Styles Questionnaire (about 35 minutes, untimed)
- Critical Reasoning: Numerical (25 minutes, timed)

Please complete both by 03/30/2026, 23:59 GMT. You can pause the questionnaire and return to it with the same link.

Start your assessment: https://portal.kestrelassessment.com/c/8Q2M-RT71

When you have finished, you will be able to book your feedback session.

This is an automated message; replies to this address are not monitored.
Kestrel Assessment Ltd, 40 Bedford Row, London WC1R 4LR"""
    case.add("ks1", kestrel, [me], "2026-03-25 14:02",
             subject="Invitation: Leadership Assessment on behalf of Halden Whitcombe",
             body=k1, html=html_of(k1), html_only=True, headers=AUTO)
    case.thread("ks1", True, "application", "Kestrel Assessment",
                "automated invitation to the psychometric questionnaires (US-style date "
                "03/30/2026); owes nothing")
    k2 = """Thank you, Rahul.

You have completed all the assessments requested by Halden Whitcombe.

Your results will be discussed with you in a confidential feedback session before any report is shared. Please choose a time here: https://book.kestrelassessment.com/s/QX81

Kestrel Assessment Ltd
This message was sent from an unmonitored address."""
    case.add("ks2", kestrel, [me], "2026-03-28 17:47",
             subject="Assessment complete: book your feedback session",
             body=k2, html=html_of(k2), html_only=True, headers=AUTO)
    case.thread("ks2", True, "application", "Kestrel Assessment",
                "automated completion notice with a booking link; owes nothing")
    ics = make_ics(method="REQUEST", uid=uid_uuid("exec-dubai", "kestrel-feedback"),
                   stamp=at("2026-03-30 09:10", kestrel), start=at("2026-04-03 10:00", kestrel),
                   end=at("2026-04-03 11:15", kestrel),
                   summary="Assessment feedback – Rahul Mehta", organizer=kestrel,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="Europe/London",
                   location="https://kestrelassessment.whereby.com/feedback-pryce",
                   description="Confidential feedback on your Leadership Styles Questionnaire "
                               "and Critical Reasoning results.\nConsultant: Dr Hannah Pryce "
                               "(hannah.pryce@kestrelassessment.com)\nTo reschedule: "
                               "https://book.kestrelassessment.com/r/QX81-77",
                   prodid="-//Kestrel Assessment//Scheduling 3.2//EN")
    case.add("ks3", kestrel, [me], "2026-03-30 09:10",
             subject="Confirmed: Assessment feedback – Rahul Mehta – Fri 3 Apr 2026, 10:00 BST",
             body="""Hello Rahul,

Your feedback session is confirmed.

When: Friday 3 April 2026, 10:00-11:15 BST (London)
Where: video call, https://kestrelassessment.whereby.com/feedback-pryce
With: Dr Hannah Pryce, Consultant Psychologist (hannah.pryce@kestrelassessment.com)

Hannah will talk you through your results in confidence before any report goes to Halden Whitcombe. Please allow 75 minutes and find a quiet room.

Need to change the time? https://book.kestrelassessment.com/r/QX81-77

Kestrel Assessment Ltd
This message was sent from an unmonitored address.""",
             ics=ics, ics_mode="attach", headers=AUTO)
    case.add("ks4", me, [hannah], "2026-04-03 14:40", parent="ks3",
             body="Hannah - pls send the written report to this address, not Falcon Gate.\n\nR"
                  + IPAD)
    case.add("ks5", hannah, [me], "2026-04-03 12:05", parent="ks4", body="""Dear Rahul,

Of course. The full report goes to Halden Whitcombe, as we agreed at the start, and your personal copy will come to this address only.

Best wishes,
Hannah""")
    case.thread("ks3", True, "interview", "Kestrel Assessment",
                "scheduler confirmation (no-reply organizer) for the psychometric feedback call "
                "Fri 3 Apr 10:00-11:15 BST = 13:00-14:15 Dubai, after the UK clock change; the "
                "consultant is named with her address in the text and description; Rahul's note "
                "afterwards is about the report, not thanks")
    case.meeting("ks3", at("2026-04-03 13:00"), at("2026-04-03 14:15"), met=[hannah.email],
                 what="psychometric feedback with Hannah Pryce")
    case.expect("thank_you", "ks3", hannah.email,
                "feedback session Fri 3 Apr 10:00-11:15 BST (13:00-14:15 Dubai) took place; "
                "Rahul's 14:40 note to her only redirects the report; overdue since Sat 4 Apr "
                "14:15")
    case.forbid("ks3", kestrel.email,
                "automated scheduler and ICS organizer (no-reply@kestrelassessment.com)")

    # ---- Mei Ling: Audit & Risk Committee case, moved later
    brief = make_pdf(["Straits Meridian Holdings - Audit & Risk Committee",
                      "Candidate case: refinancing the port concessions (hypothetical)",
                      "30 minutes to present, 45 minutes of questions",
                      "Data pack: concession cash flows FY26-FY35, covenant headroom",
                      "Strictly confidential"])
    case.add("mg1", meiling, [me], "2026-04-02 10:20", cc=[caroline],
             subject="Straits Meridian – Audit & Risk Committee session",
             body="""Dear Rahul,

Caroline has asked me to coordinate the next step with Straits Meridian.

The Audit & Risk Committee would like you to walk them through a short case; the brief is attached, built around a hypothetical refinancing of the Group's port concessions. They have proposed Tuesday 7 April at 4.00pm Singapore time (12.00 noon in Dubai), at the Group's offices at HarbourFront: 30 minutes for you to present, then 45 minutes of questions.

In the room:
- Mr Ravi Shankar, Chair of the Audit & Risk Committee (ravi.shankar@straitsmeridian.com.sg)
- Ms Helen Tay, independent director
- Ms Tan Wei Ling, Group CEO

Would you prefer to present in person or by video? Either is entirely acceptable to the Committee.

Kind regards,
Mei Ling""", attachments=[("SMH_ARC_case_brief.pdf", "application/pdf", brief)])
    case.add("mg2", me, [meiling], "2026-04-02 08:10", parent="mg1",
             body="Mei Ling - in person. Will fly in Mon night.\n\nR" + IPAD)
    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "smh-arc"),
                   stamp=at("2026-04-03 17:20", meiling), start=at("2026-04-16 16:00", meiling),
                   end=at("2026-04-16 17:15", meiling),
                   summary="Straits Meridian ARC – case session – Rahul Mehta", organizer=meiling,
                   attendees=[(("Ravi Shankar", ravi_email), "ACCEPTED", "INDIVIDUAL"),
                              (("Helen Tay", "helen.tay@straitsmeridian.com.sg"), "ACCEPTED",
                               "INDIVIDUAL"),
                              (("Tan Wei Ling", "weiling.tan@straitsmeridian.com.sg"), "ACCEPTED",
                               "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("SMH Boardroom L32", "boardroom.l32@straitsmeridian.com.sg"),
                               "ACCEPTED", "ROOM")],
                   tzid="Singapore Standard Time",
                   location="Straits Meridian, 1 HarbourFront Avenue, Level 32 Boardroom",
                   description="Case presentation to the Audit & Risk Committee (30 min) "
                               "followed by questions (45 min). Please report to Level 32 "
                               "reception at 3.45pm.", prodid=OUTLOOK)
    case.add("mgi1", meiling, [me], "2026-04-03 17:20",
             subject="Straits Meridian ARC – case session – Rahul Mehta",
             body="Dear Rahul,\n\nThe revised invitation for Thursday 16 April; more in a separate "
                  "note.\n\nMei Ling", sig=False, ics=ics, ics_mode="outlook")
    case.thread("mgi1", True, "interview", "Straits Meridian Holdings",
                "Outlook invite for the moved committee session, Thu 16 Apr 16:00-17:15 SGT "
                "(12:00 Dubai), with a boardroom as a ROOM; still ahead")
    case.meeting("mgi1", at("2026-04-16 12:00"), at("2026-04-16 13:15"), status="scheduled",
                 what="ARC case session (new time)")
    case.add("mg3", meiling, [me], "2026-04-03 17:45", parent="mg2", body="""Dear Rahul,

I am so sorry to do this to you. Mr Shankar has been called to Jakarta on Tuesday, and the Committee would rather hear you together, so they have asked to move your session to Thursday 16 April at the same time (4.00pm Singapore, 12.00 noon Dubai). You should already have the new invitation. I hope it does not cause too much trouble with your travel.

Once the Committee has seen both finalists it will make its recommendation, and the Board will revert by end of month.

Kind regards,
Mei Ling""")
    case.add("mg4", me, [meiling], "2026-04-03 14:30", parent="mg3",
             body="16th works.\n\nR" + IPAD)
    case.thread("mg1", True, "interview", "Halden Whitcombe",
                "committee case session first set for Tue 7 Apr 16:00 SGT (12:00 Dubai), moved "
                "on 3 Apr to Thu 16 Apr; the chair's address is in the text; 'the Board will "
                "revert by end of month' (30 April)")
    case.meeting("mg1", at("2026-04-07 12:00"), at("2026-04-07 13:15"), status="moved",
                 what="ARC case session (first time, moved later)")
    case.promise("mg1", "mg3", meiling.email, "2026-04-30")
    case.forbid("mg1", ravi_email,
                "the committee session of Tue 7 Apr was moved to Thu 16 Apr before it took "
                "place; nothing has been held yet")

    # ---- Hartwell Grey (Omar Haddad, Riyadh): Al-Rashidi Group
    case.add("oh1", omar, [me], "2026-03-03 15:40", subject="Group CFO (KSA) – a conversation?",
             body="""Dear Rahul,

Ramadan Kareem. I hope this finds you and the family well.

I am running a mandate for one of the Kingdom's established family groups: diversified across logistics, food and real estate, with a governance programme under way and, in time, a listing on Tadawul in mind. Your name was given to me by two people who do not know each other, which is usually a good sign.

Would you be open to a short, confidential call? I am free most evenings after iftar.

Kind regards,
Omar""")
    case.add("oh2", me, [omar], "2026-03-03 22:15", parent="oh1",
             body="Omar - Thu 5th, 9.30pm KSA?\n\nR" + IPAD)
    case.add("oh3", omar, [me], "2026-03-04 09:00", parent="oh2",
             body="Rahul,\n\nThursday 5 March at 9.30pm KSA (10.30pm UAE) is perfect. I will call "
                  "your mobile.\n\nRegards,\nOmar")
    case.add("oh4", me, [omar], "2026-03-06 08:20", parent="oh3",
             body="Omar - thanks for last night. Send the group overview when you can.\n\nR"
                  + IPAD)
    case.add("oh5", omar, [me], "2026-03-17 14:00", parent="oh4", body="""Dear Rahul,

Good news. Faisal Al-Rashidi, the Group CEO, would like to meet you: a chemistry meeting, nothing formal, simply to get to know each other. He suggests Sunday 29 March, late morning, at the Group's head office in Riyadh, once everyone is back from Eid.

Please note that the Group works Sunday to Thursday, so the 29th is a normal working day here. His office manager, Khalid, will send you the invitation.

Eid Mubarak in advance to you and the family.

Regards,
Omar""")
    case.add("oh6", me, [omar], "2026-03-17 22:05", parent="oh5",
             body="Sunday 29th fine. Eid Mubarak to you too.\n\nR" + IPAD)
    case.add("oh7", omar, [me], "2026-03-30 10:45", parent="oh6", body="""Rahul,

Faisal called me last night. Very warm, and he liked your answer on the family shareholders.

The next step sits with the Board, which meets on Wednesday. You will hear from us by Thursday.

Regards,
Omar""")
    case.thread("oh1", True, "recruiter", "Hartwell Grey",
                "retained search for a Saudi family group; call Thu 5 Mar 22:30 UAE thanked next "
                "morning; chemistry meeting set up for Sun 29 Mar (Sunday-Thursday week); "
                "'you will hear from us by Thursday' (2 Apr), then silence")
    case.meeting("oh1", at("2026-03-05 22:30"), None, met=[omar.email],
                 thanks={omar.email: "oh4"}, what="first call with Omar")
    case.promise("oh1", "oh7", omar.email, "2026-04-02")
    case.expect("callback", "oh1", omar.email,
                "'The Board ... meets on Wednesday. You will hear from us by Thursday' (2 Apr); "
                "nothing from Hartwell Grey since (Faisal's own reply came from the client); due "
                "end of Mon 6 Apr on a Mon-Fri or a Sun-Thu week alike", promised="2026-04-02")

    # ---- Al-Rashidi Group: chemistry meeting in Riyadh
    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "alrashidi-chem"),
                   stamp=at("2026-03-24 11:05", khalid), start=at("2026-03-29 11:00", khalid),
                   end=at("2026-03-29 12:30", khalid),
                   summary="Meeting: Mr. Faisal Al-Rashidi / Mr. Rahul Mehta", organizer=khalid,
                   attendees=[(faisal, "ACCEPTED", "INDIVIDUAL"),
                              (nadia, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (majlis, "ACCEPTED", "ROOM")],
                   tzid="Arab Standard Time", location="Al-Rashidi Group HQ – 14F Majlis",
                   description="Introductory (chemistry) meeting – Group CFO.\nMr. Faisal "
                               "Al-Rashidi, Group CEO.\nMs. Nadia Al-Harbi, Group Chief Human "
                               "Capital Officer, will join from 11:45.\nVenue: Al-Rashidi Group "
                               "Head Office, King Fahd Road, Olaya, Riyadh – 14th floor.\n"
                               "اجتماع تعريفي", prodid=OUTLOOK)
    case.add("ka1", khalid, [me], "2026-03-24 11:05",
             subject="Meeting: Mr. Faisal Al-Rashidi / Mr. Rahul Mehta", body="""Dear Mr. Rahul,

Greetings from the Office of the Group CEO. Kindly find below the invitation for your meeting with Mr. Faisal on Sunday, 29/03/2026, at 11:00 AM Riyadh time.

Kindly note that I will be on annual leave on that day. Reception on the 14th floor will receive you; please give your name at the main gate for parking.

Best regards,
Khalid""", ics=ics, ics_mode="outlook")
    case.add("ka2", me, [khalid], "2026-03-24 13:20", parent="ka1",
             body="Dear Khalid,\n\nNoted with thanks. I will be there.\n\nRegards,\nRahul Mehta"
                  + IPAD)
    case.thread("ka1", True, "interview", "Al-Rashidi Group",
                "Outlook invite ('Arab Standard Time') for the chemistry meeting Sun 29 Mar "
                "11:00-12:30 Riyadh = 12:00-13:30 Dubai; the CHCO joins from 11:45; organizer on "
                "leave; Faisal thanked in a new thread")
    case.meeting("ka1", at("2026-03-29 12:00"), at("2026-03-29 13:30"),
                 met=[faisal.email, nadia[1]], thanks={faisal.email: "fa1"},
                 what="chemistry meeting with Faisal and Nadia")
    case.expect("thank_you", "ka1", nadia[1],
                "joined the chemistry meeting Sun 29 Mar from 11:45 Riyadh (invite description "
                "and attendee line); only Faisal was thanked; overdue since Mon 30 Mar 13:30, "
                "stale only from Sun 12 Apr")
    case.forbid("ka1", khalid.email,
                "organizer of the invite, the CEO's office manager, on leave that day: arranged "
                "it, did not attend")
    case.forbid("ka1", majlis[1], "a meeting room (CUTYPE=ROOM), not a person")
    case.forbid("ka1", faisal.email,
                "thanked in a new thread ('Thank you') at 21:40 the same evening")

    case.add("fa1", me, [faisal], "2026-03-29 21:40", subject="Thank you", body="""Faisal,

Thank you for your time today, and for the generous hospitality at the office. I enjoyed the conversation, above all on how the Group might sequence the governance work ahead of a listing, and where finance can carry some of that load.

I look forward to continuing it.

With best regards,
Rahul

Rahul Mehta
+971 50 555 0147""" + IPAD)
    case.add("fa2", faisal, [me], "2026-03-30 09:12", parent="fa1",
             body="Rahul, the pleasure was mine. Omar will be in touch.\n\nFaisal\n\n"
                  "Sent from my iPhone")
    case.thread("fa1", True, "interview", "Al-Rashidi Group",
                "Rahul's thank-you to the CEO the evening of the chemistry meeting, and his reply")

    # ---- Marlowe Kent (Jonathan Pryor, London)
    case.add("mk1", jonathan, [me], "2026-03-09 16:05", subject="Marlowe Kent – introduction",
             body="""Rahul,

Jonathan Pryor at Marlowe Kent. We have a mutual friend in Neil Harding, who speaks very warmly of your years together at the ports business.

I'm working with the board of a UK-listed logistics and infrastructure group on the succession to their Group Finance Director, and Neil thought you might, just possibly, be persuaded back to London. Would you have half an hour this week for a confidential conversation? Zoom, at whatever time suits you.

Best,
Jonathan""")
    case.add("mk2", me, [jonathan], "2026-03-09 22:30", parent="mk1",
             body="Jonathan - Wed 11th, 9am London.\n\nR" + IPAD)
    case.add("mk3", jonathan, [me], "2026-03-10 08:15", parent="mk2", body="""Rahul - done. Wednesday 11 March, 09:00-09:45 London (13:00-13:45 Dubai).

Join Zoom Meeting
https://marlowekent.zoom.us/j/84412093357?pwd=Qm9zY2FzdGxl
Meeting ID: 844 1209 3357
Passcode: 260311

Speak then,
Jonathan""")
    case.add("mk4", jonathan, [me], "2026-03-11 17:20", parent="mk3", body="""Rahul,

Thank you for your time this morning. Genuinely useful, and I now have a much better sense of what would and wouldn't move you.

In the interest of transparency: I am seeing four others over the next fortnight, two of them sitting FTSE 250 CFOs, before a shortlist goes to the Chairman. I'll revert within two weeks either way.

Best,
Jonathan""")
    case.add("mk5", me, [jonathan], "2026-03-20 10:05", parent="mk4",
             body="Jonathan - FYI updated bio attached, FY25 results are out so the numbers are "
                  "current.\n\nR" + IPAD,
             attachments=[("Rahul_Mehta_bio_Mar26.pdf", "application/pdf", bio)])
    case.thread("mk1", True, "recruiter", "Marlowe Kent",
                "London search (UK-listed group); Zoom Wed 11 Mar 09:00-09:45 GMT never thanked "
                "(stale); four other candidates; 'I'll revert within two weeks' (by 25 Mar); "
                "Rahul's 20 Mar note came before the window closed")
    case.meeting("mk1", at("2026-03-11 13:00"), at("2026-03-11 13:45"), met=[jonathan.email],
                 what="Zoom with Jonathan (thank-you stale)")
    case.promise("mk1", "mk4", jonathan.email, "2026-03-25")
    case.expect("callback", "mk1", jonathan.email,
                "'I'll revert within two weeks either way' (Wed 11 Mar, so by Wed 25 Mar); "
                "nothing from Marlowe Kent since; Rahul's 20 Mar bio note was inside the window "
                "and is not a follow-up; due end of Fri 27 Mar, stale only from 11 Apr",
                promised="2026-03-25")

    # ---- Ravensworth (Priya Menon, Dubai): pre-call thanks, then a gentle rejection
    case.add("rv1", priya, [me], "2026-03-23 10:30",
             subject="Confidential – CFO, aviation services group (UAE)", body="""Dear Rahul,

Eid Mubarak; I hope you had a restful break with the family.

We have been retained by an Abu Dhabi-headquartered aviation services group to find its next Chief Financial Officer. The business is about twice Falcon Gate's size and owned by a mix of government and private investors, so the stakeholder map will feel familiar.

I appreciate you may not be looking. Even so, I would welcome a brief, confidential conversation. Would Tuesday 31 March at 11:00 suit?

Warm regards,
Priya""")
    case.add("rv2", me, [priya], "2026-03-23 19:50", parent="rv1",
             body="Priya - 31st 11am fine. Video pls.\n\nR" + IPAD)
    case.add("rv3", priya, [me], "2026-03-24 09:05", parent="rv2", body="""Dear Rahul,

This email confirms our video call on Tuesday 31 March from 11:00 to 11:45 (UAE time).

Zoom: https://ravensworth.zoom.us/j/96120455180
Meeting ID: 961 2045 5180 | Passcode: RW3103

Warm regards,
Priya""")
    case.add("rv4", me, [priya], "2026-03-31 09:02", parent="rv3",
             body="Thanks Priya. Speak at 11.\n\nR" + IPAD)
    case.add("rv5", priya, [me], "2026-04-06 16:20", parent="rv4", body="""Dear Rahul,

I wanted you to hear this from me directly. Having gone through the shortlist with the client this morning, they have decided to take forward candidates whose careers sit closer to aviation and MRO.

I know that is disappointing, and I am sorry to be the one to bring it. For what it is worth, ours was one of the best conversations I have had on this search, and I would very much like to stay in touch for future mandates.

Warm regards,
Priya""")
    case.thread("rv1", True, "rejection", "Ravensworth",
                "video call Tue 31 Mar 11:00-11:45 confirmed in words; Rahul's only 'thanks' "
                "came two hours before it; gentle rejection Mon 6 Apr")
    case.meeting("rv1", at("2026-03-31 11:00"), at("2026-03-31 11:45"), met=[priya.email],
                 what="video call with Priya")
    case.expect("thank_you", "rv1", priya.email,
                "video call Tue 31 Mar 11:00-11:45 took place; 'Thanks Priya. Speak at 11' was "
                "sent before it; the rejection of 6 Apr does not cancel a thank-you owed for a "
                "meeting held; overdue since Wed 1 Apr 11:45")

    # ---- Sterling Aske (Daniel Koh, Singapore): promise kept early, next step ahead
    case.add("sa1", daniel, [me], "2026-03-19 09:30",
             subject="Introduction – Daniel Koh, Sterling Aske", body="""Dear Rahul,

I lead Sterling Aske's industrial practice in Asia. One of Southeast Asia's larger logistics platforms, PE-backed and headquartered here in Singapore, has asked us to help them think about their next Group CFO, and your name sits near the top of the list I have put together.

Would you be open to a conversation? Forty-five minutes would be plenty. I realise it is Eid this week for many of your colleagues, so next week is absolutely fine.

Best regards,
Daniel""")
    case.add("sa2", me, [daniel], "2026-03-19 21:15", parent="sa1",
             body="Daniel - Thu 26th, 2pm SG?\n\nR" + IPAD)
    case.add("sa3", daniel, [me], "2026-03-20 08:40", parent="sa2", body="""Rahul, Thursday 26 March, 2.00-2.45pm SGT (10.00-10.45am Dubai): locked in.

Zoom: https://sterlingaske.zoom.us/j/71830264459

Best,
Daniel""")
    numbers = make_pdf(["Falcon Gate Logistics - FY25 key figures (public)",
                        "Revenue AED 4.1bn; EBITDA AED 690m; net debt / EBITDA 2.1x",
                        "2023 sukuk AED 1.8bn, 5 years"])
    case.add("sa4", me, [daniel], "2026-03-26 12:10", parent="sa3",
             body="Daniel - thank you, good conversation. Numbers pack attached FYI.\n\nR" + IPAD,
             attachments=[("FGL_FY25_key_figures.pdf", "application/pdf", numbers)])
    case.add("sa5", daniel, [me], "2026-03-26 19:30", parent="sa4", body="""Thank you, Rahul, and for the pack; very helpful.

The client is meeting two other candidates over the coming week. I'll revert by Friday 3 April with their view.

Best,
Daniel""")
    case.add("sa6", daniel, [me], "2026-04-02 18:00", parent="sa5", body="""Rahul,

As promised, and a day early: the client would like a second conversation, this time with the CEO, Marcus Tan, and the outgoing CFO, Andrew Seah. They have proposed Thursday 9 April or Monday 13 April, 3.00pm SGT. Which would suit?

Best,
Daniel""")
    case.add("sa7", me, [daniel], "2026-04-02 20:45", parent="sa6",
             body="13th.\n\nR" + IPAD)
    case.add("sa8", daniel, [me], "2026-04-03 09:00", parent="sa7", body="""Monday 13 April, 3.00pm SGT (11.00am Dubai) it is. The CEO's assistant will send the invitation directly.

Best,
Daniel""")
    case.thread("sa1", True, "recruiter", "Sterling Aske",
                "Zoom Thu 26 Mar 14:00-14:45 SGT thanked in the thread; two other candidates; "
                "'I'll revert by Friday 3 April' kept on 2 Apr; second conversation Mon 13 Apr")
    case.meeting("sa1", at("2026-03-26 10:00"), at("2026-03-26 10:45"), met=[daniel.email],
                 thanks={daniel.email: "sa4"}, what="Zoom with Daniel")
    case.promise("sa1", "sa5", daniel.email, "2026-04-03", answered_by="sa6")
    case.forbid("sa1", daniel.email,
                "call of 26 Mar thanked the same day; 'I'll revert by Friday 3 April' kept a day "
                "early; the next conversation (13 Apr) is still ahead")

    ics = make_ics(method="REQUEST", uid=uid_google("exec-dubai", "arcadia-2nd"),
                   stamp=at("2026-04-03 11:30", tessa), start=at("2026-04-13 15:00", tessa),
                   end=at("2026-04-13 16:00", tessa),
                   summary="Rahul Mehta / Marcus Tan & Andrew Seah", organizer=tessa,
                   attendees=[(tessa, "ACCEPTED", "INDIVIDUAL"),
                              (marcus, "ACCEPTED", "INDIVIDUAL"),
                              (andrew, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Asia/Singapore", location="Google Meet: meet.google.com/qsd-hmzk-tpw",
                   description="Second conversation, arranged with Sterling Aske.")
    case.add("ar1", tessa, [me], "2026-04-03 11:30",
             subject="Invitation: Rahul Mehta / Marcus Tan & Andrew Seah @ Mon 13 Apr 2026 "
                     "3pm - 4pm (SGT) (rahul.mehta@example.ae)",
             body="""You have been invited to the following event.

Rahul Mehta / Marcus Tan & Andrew Seah
When: Monday 13 Apr 2026 3pm - 4pm Singapore Standard Time
Joining info: Join with Google Meet, meet.google.com/qsd-hmzk-tpw
Calendar: rahul.mehta@example.ae
Who:
- Tessa Lim - organiser
- marcus.tan@arcadialogistics.sg
- andrew.seah@arcadialogistics.sg
- rahul.mehta@example.ae

Second conversation, arranged with Sterling Aske.

Going (rahul.mehta@example.ae)? Yes - Maybe - No

Invitation from Google Calendar""", ics=ics, ics_mode="google", headers=GCAL)
    case.thread("ar1", True, "interview", "Arcadia Logistics",
                "Google Calendar invite from the CEO's assistant for Mon 13 Apr 15:00 SGT; ahead")
    case.meeting("ar1", at("2026-04-13 11:00"), at("2026-04-13 12:00"), status="scheduled",
                 what="second conversation, Arcadia")

    # ---- Crescent Bay Capital referral: lunch with Medora's Chairman and CEO
    case.add("cb1", vikram, [me, tariq], "2026-03-16 13:40", subject="Rahul / Tariq",
             body="""Tariq, Rahul,

As promised, connecting the two of you.

Tariq chairs Medora for us. Rahul runs finance at Falcon Gate, and was the architect of their 2023 sukuk, which I still cite as the best-run deal of its year in the region.

You have more in common than logistics and healthcare would suggest, and there may be more to talk about as Medora gets ready for its next chapter. I will leave the two of you to find a time.

Best,
Vikram""")
    case.add("cb2", tariq, [me], "2026-03-16 16:05", parent="cb1", bcc=[vikram], body="""Vikram, thank you (moving you to bcc).

Rahul, delighted. I'm in Riyadh until after Eid; lunch in Dubai the week of the 30th? I'd like to bring Samir, our CEO, if that's alright. Tuesday or Wednesday suit me best.

Tariq""")
    case.add("cb3", me, [tariq], "2026-03-16 21:30", parent="cb2",
             body="Tariq - Wed 1 April, 1pm, Brasserie Lumiere in Gate Village? My table. Samir "
                  "very welcome.\n\nR" + IPAD)
    case.add("cb4", tariq, [me], "2026-03-17 08:50", parent="cb3", cc=[samir],
             body="Perfect: Wednesday 1 April, 1pm. Copying Samir (samir.khoury@medorahealth.com) "
                  "so he has it in his diary.\n\nTariq\n\nSent from my iPhone")
    case.add("cb5", me, [tariq, samir], "2026-04-01 17:20", parent="cb4", cc=[vikram],
             body="""Tariq, Samir -

Thank you both for lunch today, and for being so candid about the listing timetable. Vikram, thank you for making the connection.

Rahul

Rahul Mehta
+971 50 555 0147""" + IPAD)
    case.add("cb6", tariq, [me], "2026-04-01 18:45", parent="cb5",
             body="Rahul, the pleasure was ours. Let me speak to my board and come back to you in "
                  "the next couple of weeks.\n\nTariq\n\nSent from my iPhone")
    case.thread("cb1", True, "networking", "Medora Health",
                "introduction by a PE partner (who leaves them to it); lunch Wed 1 Apr 13:00 with "
                "Medora's Chairman and CEO, thanked in one note to both; 'come back to you in "
                "the next couple of weeks' (to about 15 Apr)")
    case.meeting("cb1", at("2026-04-01 13:00"), None, met=[tariq.email, samir.email],
                 thanks={tariq.email: "cb5", samir.email: "cb5"}, what="lunch with Tariq, Samir")
    case.promise("cb1", "cb6", tariq.email, "2026-04-15")
    case.forbid("cb1", vikram.email,
                "the private-equity partner who made the introduction: 'I will leave the two of "
                "you to find a time', not at the lunch, promised nothing (thanked anyway)")
    case.forbid("cb1", samir.email,
                "thanked by the note of Wed 1 Apr 17:20 addressed to him and Tariq together (one "
                "note satisfies each addressee; the lint may flag it)")
    case.forbid("cb1", tariq.email,
                "thanked by the same note; 'come back to you in the next couple of weeks' runs "
                "to about 15 April, still open")

    # ---- Margaret Chua: board member met at a dinner; lunch thanked in a new thread
    case.add("mc1", margaret, [me], "2026-03-09 09:15", subject="Lovely to sit next to you",
             body="""Dear Rahul,

What a treat to be seated next to you at the Business Council dinner last month. I have been turning over what you said about working capital in freight forwarding ever since, and repeating it, with credit, to at least two audit committees.

I am back in Dubai the week after Eid. Lunch, if you can bear more of my questions?

Warmly,
Margaret

Margaret Chua
Independent Director | Linden Board Advisory
+65 9555 0408""")
    case.add("mc2", me, [margaret], "2026-03-09 21:10", parent="mc1",
             body="Margaret - with pleasure. Thu 26 March, 12.30, Capital Club?\n\nR" + IPAD)
    case.add("mc3", margaret, [me], "2026-03-10 08:00", parent="mc2",
             body="Perfect. See you there.\nM")
    case.thread("mc1", True, "networking", "Linden Board Advisory",
                "independent director met at a dinner in February; lunch Thu 26 Mar 12:30 "
                "agreed in the replies; thanked that evening in a new thread")
    case.meeting("mc1", at("2026-03-26 12:30"), None, met=[margaret.email],
                 thanks={margaret.email: "mcT1"}, what="lunch with Margaret")
    case.forbid("mc1", margaret.email,
                "lunch Thu 26 Mar thanked at 18:05 the same day in a new thread ('Today'); her "
                "offer of an introduction carries no date")
    case.add("mcT1", me, [margaret], "2026-03-26 18:05", subject="Today",
             body="Margaret,\n\nThank you for lunch, and for the candid read on the boards in "
                  "Singapore. Much to think about.\n\nR" + IPAD)
    case.add("mcT2", margaret, [me], "2026-03-27 07:30", parent="mcT1",
             body="Rahul, my pleasure entirely. I would like you to meet the chair of the "
                  "nominating committee on one of my boards; she is in London until later in "
                  "April, and I will make the introduction when she is back.\n\nWarmly,\nM")
    case.thread("mcT1", True, "networking", "Linden Board Advisory",
                "Rahul's thank-you for the lunch and Margaret's reply (an introduction, undated)")

    # ---- Laila Al Mansoori: coffee, never thanked
    case.add("la1", laila, [me], "2026-03-31 12:40", subject="After Hamad's dinner",
             body="""Dear Rahul,

It was a pleasure to meet you at Hamad's last month; I have been meaning to write since.

One of the boards I sit on is wrestling with a question I suspect you have answered before, and I would value fifteen minutes of your view. There may also be something in it for you, which I would rather explain in person.

Coffee next week?

Best,
Laila""")
    case.add("la2", me, [laila], "2026-03-31 22:10", parent="la1",
             body="Laila - Mon 6th, 8.30, Arabica in Gate Village?\n\nR" + IPAD)
    case.add("la3", laila, [me], "2026-04-01 07:55", parent="la2", sig=False,
             body="Monday works. See you there.\n\nL")
    case.thread("la1", True, "networking", "Qasr Advisory",
                "board member met at a dinner; coffee Mon 6 Apr 08:30 agreed in two words; "
                "nothing sent since")
    case.meeting("la1", at("2026-04-06 08:30"), None, met=[laila.email],
                 what="coffee with Laila")
    case.expect("thank_you", "la1", laila.email,
                "coffee Mon 6 Apr 08:30 (60 min by default) took place; no word since; overdue "
                "since Tue 7 Apr 09:30")

    # ---- Suresh Iyer (Kallang Ridge Capital): promise lapsed
    case.add("si1", suresh, [me], "2026-03-18 16:10", subject="Following our chat at the Fullerton",
             body="""Rahul,

Good to catch up at the Fullerton in February, and apologies for the slow follow-through.

As I mentioned, one of our portfolio companies, a regional cold-chain business of about S$600m revenue, will need a Group CFO within the year, ahead of a listing. Before I say more I want to square it with our Chairman. Let me revert by end of next week.

Regards,
Suresh""")
    case.add("si2", me, [suresh], "2026-03-18 20:40", parent="si1",
             body="Suresh - noted, keen to hear more.\n\nR" + IPAD)
    case.thread("si1", True, "networking", "Kallang Ridge Capital",
                "PE operating partner; 'let me revert by end of next week' (Wed 18 Mar, so by "
                "Fri 27 Mar); nothing since")
    case.promise("si1", "si1", suresh.email, "2026-03-27")
    case.expect("callback", "si1", suresh.email,
                "'Let me revert by end of next week' (written Wed 18 Mar: week of 23-27 Mar; a "
                "Thursday reading changes nothing); no word since; due end of Tue 31 Mar",
                promised="2026-03-27")

    # ---- Kingsbridge Search (Ahmed Siddiqui): a no-show
    case.add("kb1", ahmed, [me], "2026-03-26 15:00", subject="A GCC family office – a short call?",
             body="""Dear Rahul,

I am advising a GCC family office that is consolidating its operating businesses under a single holding company, and which will need a senior finance leader to run that process. I would value a short conversation to see whether it is of interest, and if not, who you would suggest.

Would Thursday 2 April at 10:00 (Dubai) suit? I will call your mobile.

Best regards,
Ahmed""")
    case.add("kb2", me, [ahmed], "2026-03-26 20:10", parent="kb1",
             body="Thursday works.\n\nR" + IPAD)
    case.add("kb3", me, [ahmed], "2026-04-02 10:25", parent="kb2",
             body="Ahmed - on the line at 10, no call.\n\nR" + IPAD)
    case.add("kb4", ahmed, [me], "2026-04-02 13:40", parent="kb3", body="""Rahul,

My sincere apologies. A board meeting ran long and I had no signal; entirely my fault, and not how I wanted to begin.

My assistant will be in touch to find another time, if you are still willing.

Ahmed""")
    case.thread("kb1", True, "recruiter", "Kingsbridge Search",
                "call Thu 2 Apr 10:00 agreed in two words; he never called; apology, new time "
                "undated")
    case.meeting("kb1", at("2026-04-02 10:00"), None, status="noshow", what="no-show call")
    case.forbid("kb1", ahmed.email,
                "he never rang on Thu 2 Apr at 10:00 (Rahul: 'on the line at 10, no call'), so "
                "nothing took place; his apology promises a new time without a date")

    # ---- an approach declined, and a word with an old colleague
    case.add("ti1", ben, [me], "2026-03-12 11:30", subject="Interim CFO – 9 months, Lagos",
             body="""Hi Rahul,

Hope you're well. Long shot, but I'm looking for an interim CFO for a pan-African logistics group headquartered in Lagos: nine months, starting May, to steady the ship after a sudden departure. Day rate is strong and the board is serious.

Any interest, or anyone you'd recommend?

Cheers,
Ben""")
    case.add("ti2", me, [ben], "2026-03-12 21:00", parent="ti1",
             body="Ben - not for me, thanks. Will pass on a name if one comes to mind.\n\nR"
                  + IPAD)
    case.thread("ti1", True, "recruiter", "Tamarind Interim",
                "an interim approach Rahul declined; nothing owed")
    case.add("nh1", me, [neil], "2026-03-12 21:20", subject="Jonathan Pryor",
             body="Neil - Jonathan Pryor called. Thanks for the steer. Between us: London is not "
                  "out of the question.\n\nR" + IPAD)
    case.add("nh2", neil, [me], "2026-03-13 08:02", parent="nh1",
             body="Ha, thought it might not be. He's good; tell him what you actually want, not "
                  "what you think he wants to hear. Drink when you're next over?\n\nN\n\n"
                  "Neil Harding | Ashdown Partners")
    case.thread("nh1", True, "networking", "Ashdown Partners",
                "Rahul tells the friend who referred him to Marlowe Kent; no meeting, no date")

    # ================================================================== NOT JOB SEARCH
    # ---- Falcon Gate: PA, board, auditors, HR
    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "ghb-lunch"),
                   stamp=at("2026-03-17 10:00"), start=at("2026-03-24 13:00"),
                   end=at("2026-03-24 14:30"), summary="Lunch – Gulf Horizon Bank relationship team",
                   organizer=fatima,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (huda, "ACCEPTED", "INDIVIDUAL")],
                   tzid="Arabian Standard Time", location="Tabla & Co., Jumeirah",
                   prodid=OUTLOOK)
    case.add("pa1", fatima, [me], "2026-03-17 10:00",
             subject="Lunch – Gulf Horizon Bank relationship team",
             body="Rahul,\n\nHuda's team asked for lunch after Eid to walk through the revolver "
                  "pricing. Booked for Tuesday 24th, 1pm.\n\nFatima", ics=ics, ics_mode="outlook")
    case.thread("pa1", False, None, "Falcon Gate Logistics",
                "PA's invite: bank relationship lunch at his current job")
    case.meeting("pa1", at("2026-03-24 13:00"), at("2026-03-24 14:30"), met=[huda[1]], job=False,
                 what="bank lunch (current job)")
    case.add("pa2", fatima, [me], "2026-03-15 18:30", subject="Eid week – your diary",
             body="""Rahul,

For Eid week: the office is closed Thursday 19 to Sunday 22 March. I have moved your 1:1 with Arjun from Thursday 19th to Monday 23rd, 9am.

The auditors want their Q1 planning call on 8 April; I have pencilled 2pm and Grant's office will send the invite.

Eid Mubarak to you, Meera and the children.

Fatima""")
    case.thread("pa2", False, None, "Falcon Gate Logistics", "PA's note on the Eid-week diary")
    case.meeting("pa2", at("2026-03-19 09:00"), None, status="moved", job=False,
                 what="1:1 with Arjun (first time)")
    case.meeting("pa2", at("2026-03-23 09:00"), None, met=[arjun[1]], job=False,
                 what="1:1 with Arjun (new time)")
    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "q1-steerco"),
                   stamp=at("2026-03-31 16:30"), start=at("2026-04-07 15:00"),
                   end=at("2026-04-07 16:00"), summary="Q1 close – steering committee",
                   organizer=fatima,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (arjun, "ACCEPTED", "INDIVIDUAL"),
                              (fgl_room, "ACCEPTED", "ROOM")],
                   tzid="Arabian Standard Time", location="FGL JAFZ Boardroom",
                   description="Q1 close status, audit readiness, reforecast.", prodid=OUTLOOK)
    case.add("pa3", fatima, [me], "2026-03-31 16:30", subject="Q1 close – steering committee",
             body="Q1 close status, audit readiness, reforecast.", sig=False, ics=ics,
             ics_mode="outlook")
    case.thread("pa3", False, None, "Falcon Gate Logistics",
                "internal steering committee Tue 7 Apr 15:00, current job")
    case.meeting("pa3", at("2026-04-07 15:00"), at("2026-04-07 16:00"), met=[arjun[1]], job=False,
                 what="Q1 steerco (current job)")
    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "hl-q1-planning"),
                   stamp=at("2026-03-27 11:00"), start=at("2026-04-08 14:00"),
                   end=at("2026-04-08 15:00"), summary="Falcon Gate – Q1 review planning",
                   organizer=grant,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (arjun, "ACCEPTED", "INDIVIDUAL")],
                   tzid="Arabian Standard Time", location="Microsoft Teams Meeting",
                   description=TEAMS, prodid=OUTLOOK)
    case.add("hl1", grant, [me], "2026-03-27 11:00", cc=[fatima],
             subject="Falcon Gate – Q1 review planning",
             body="Rahul, as agreed with Fatima. Agenda to follow.\n\nGrant\n\n" + TEAMS, sig=False,
             ics=ics, ics_mode="outlook")
    case.thread("hl1", False, None, "Harcourt Lyle",
                "the external auditors' planning call Wed 8 Apr 14:00, current job; ahead")
    case.meeting("hl1", at("2026-04-08 14:00"), at("2026-04-08 15:00"), status="scheduled",
                 job=False, what="auditors' planning call")
    case.add("js1", james, [me], "2026-03-30 09:15", subject="April Board – CFO papers",
             body="""Rahul,

A reminder that the CFO sections for the 14 April Board (Q1 results, FY26 reforecast, refinancing update) are due to me by close of Friday 3 April, so that the pack can be published on the 7th.

Many thanks,
James""")
    case.add("js2", me, [james], "2026-03-30 12:40", parent="js1", body="James - Thursday.\n\nR"
             + IPAD)
    case.add("js3", me, [james], "2026-04-02 19:10", parent="js2",
             body="James - attached. Refi paper still draft, I will flag it at the meeting.\n\nR"
                  + IPAD,
             attachments=[("CFO_papers_April_Board.pdf", "application/pdf",
                           make_pdf(["Falcon Gate Group Board - 14 April 2026",
                                     "CFO report: Q1 results, FY26 reforecast",
                                     "Refinancing update (DRAFT)"]))])
    case.thread("js1", False, None, "Falcon Gate Logistics",
                "company secretary asks for the CFO's board papers; Rahul's own deadline")
    bv = """Falcon Gate Group - Board of Directors

A new board pack has been published.

Meeting: Board meeting, Tuesday 14 April 2026, 10:00-14:00 GST
Location: Falcon Gate House, Jebel Ali
Documents: 14 (Agenda; Minutes of 10 February; CEO report; CFO report; Audit Committee report; Refinancing update - draft; ...)

Open in BoardVault: https://app.boardvault.com/fgl/meetings/2026-04-14

You are receiving this because you are a member of Falcon Gate Group - Board of Directors."""
    case.add("bv1", boardvault, [me], "2026-04-07 10:02",
             subject="Falcon Gate Group: board pack published – Board meeting 14 April 2026",
             body=bv, html=html_of(bv), html_only=True, headers=AUTO)
    case.thread("bv1", False, None, "BoardVault", "board portal notice for his current board")
    case.meeting("bv1", at("2026-04-14 10:00"), at("2026-04-14 14:00"), status="scheduled",
                 job=False, what="Falcon Gate board meeting")
    eid = """Eid Mubarak from the Falcon Gate family!

Our offices will be closed from Thursday 19 March to Sunday 22 March, reopening on Monday 23 March. Operations at Jebel Ali continue on the holiday roster.

عيد مبارك وكل عام وأنتم بخير

People Team, Falcon Gate Logistics"""
    case.add("eid1", fgl_hr, [me], "2026-03-18 12:00",
             subject="Eid Mubarak | عيد مبارك – office closure 19–22 March",
             body=eid, html=html_of(eid), html_only=True, headers=AUTO)
    case.thread("eid1", False, None, "Falcon Gate Logistics", "HR greeting, bilingual")

    # ---- Rahul on the hiring side at Falcon Gate
    cv = make_pdf(["Sameer Kulkarni", "Head of Treasury, Desert Link Express, Dubai",
                   "sameer.kulkarni@gmail.com  +971 55 555 0482",
                   "CA, CFA; 14 years in treasury and FP&A"])
    case.add("fd1", rania, [me], "2026-03-19 11:00", subject="Finance Director – shortlist",
             body="""Rahul,

Attached the three shortlisted for the FD role from Pinnacle. Sameer Kulkarni is the strongest on paper (treasury-heavy, good banks). Suggest you see him first, after Eid.

Rania""", attachments=[("Shortlist_FD_Sameer_Kulkarni.pdf", "application/pdf", cv)])
    case.add("fd2", me, [rania], "2026-03-19 20:30", parent="fd1",
             body="Agree. Sameer first, Mon 6 Apr afternoon.\n\nR" + IPAD)
    case.thread("fd1", False, None, "Falcon Gate Logistics",
                "Rahul hiring a Finance Director for his current company")
    ics = make_ics(method="REQUEST", uid=uid_outlook("exec-dubai", "fd-sameer"),
                   stamp=at("2026-03-23 10:40"), start=at("2026-04-06 15:00"),
                   end=at("2026-04-06 16:00"),
                   summary="Interview – Finance Director – Sameer Kulkarni", organizer=rania,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (mr3, "ACCEPTED", "ROOM")],
                   tzid="Arabian Standard Time", location="FGL HQ Meeting Room 3",
                   description="Candidate: Sameer Kulkarni (sameer.kulkarni@gmail.com), Head of "
                               "Treasury, Desert Link Express.\nInterviewers: Rahul Mehta (Group "
                               "CFO), Rania Khoury (Group HR Director).\nCV attached to Rania's "
                               "email of 19 March.", prodid=OUTLOOK)
    case.add("fd3", rania, [me], "2026-03-23 10:40",
             subject="Interview – Finance Director – Sameer Kulkarni",
             body="Candidate: Sameer Kulkarni (sameer.kulkarni@gmail.com), Head of Treasury, "
                  "Desert Link Express.\nInterviewers: Rahul Mehta (Group CFO), Rania Khoury "
                  "(Group HR Director).", sig=False, ics=ics, ics_mode="outlook")
    case.add("fd4", me, [rania], "2026-04-06 17:10", parent="fd3",
             body="Strong. Good on treasury and the banks, light on M&A. Worth a second round "
                  "with the CEO.\n\nR" + IPAD)
    case.thread("fd3", False, None, "Falcon Gate Logistics",
                "Rahul interviews a Finance Director candidate for his current company, Mon 6 Apr "
                "15:00; not his search")
    case.meeting("fd3", at("2026-04-06 15:00"), at("2026-04-06 16:00"),
                 met=[rania.email, "sameer.kulkarni@gmail.com"], job=False,
                 what="FD interview, Rahul on the hiring side")
    case.forbid("fd3", "sameer.kulkarni@gmail.com",
                "a candidate Rahul interviewed for Falcon Gate: he is on the hiring side, not "
                "searching")
    case.add("rf1", rania, [me], "2026-04-07 08:50",
             subject="FW: Thank you – Finance Director interview", quote=False, body="""Rahul, FYI, came in last night. Nice touch. Pinnacle are chasing for feedback; I will hold them until you have spoken to the CEO.

Rania

________________________________
From: Sameer Kulkarni <sameer.kulkarni@gmail.com>
Sent: Monday, April 6, 2026 9:15 PM
To: Rania Khoury <rania.khoury@falcongatelogistics.ae>
Subject: Thank you – Finance Director interview

Dear Ms Khoury,

Thank you for this afternoon, and please pass my thanks to Mr Mehta as well. Hearing how he thinks about the banking relationships ahead of the refinancing made me all the more keen to join Falcon Gate.

With best regards,
Sameer Kulkarni
+971 55 555 0482""")
    case.thread("rf1", False, None, "Falcon Gate Logistics",
                "HR forwards the candidate's thank-you; hiring side")

    # ---- school, family, friends
    fees = """Emirates International Academy - Finance Office

Term 3 Tuition Fee Invoice INV-2026-T3-04417

Aarav Mehta, Year 11: AED 21,450.00
Diya Mehta, Year 8: AED 18,320.00
Total due: AED 39,770.00

Payment due by 5 April 2026. Please pay through the Parent Portal or by bank transfer quoting the invoice number.

This is a system-generated email."""
    case.add("sc1", school, [me, meera], "2026-03-02 08:00",
             subject="Term 3 Fee Invoice – Aarav Mehta (Y11), Diya Mehta (Y8)",
             body=fees, html=html_of(fees), html_only=True, headers=AUTO)
    case.thread("sc1", False, None, "Emirates International Academy", "school fees invoice")
    sb = """Booking confirmation - Year 11 Parent Consultations

Student: Aarav Mehta (11C)
Date: Wednesday 15 April 2026

16:10  Mr D. Collins (Mathematics)     Room S12
16:20  Ms R. Haddad (Chemistry)        Room L04
16:30  Mrs P. Fernandes (English)      Room H07

Please arrive five minutes early. To amend your bookings, log in to SchoolBook.

SchoolBook for Emirates International Academy"""
    case.add("sc2", schoolbook, [me], "2026-04-01 15:20",
             subject="Booking confirmation: Year 11 Parent Consultations – 15 April",
             body=sb, html=html_of(sb), headers=AUTO)
    case.thread("sc2", False, None, "Emirates International Academy",
                "parent consultations for his son, Wed 15 Apr; ahead")
    case.meeting("sc2", at("2026-04-15 16:10"), at("2026-04-15 16:40"), status="scheduled",
                 job=False, what="parent consultations")
    case.add("mm1", meera, [me], "2026-03-28 10:15", subject="Fees + Sat", body="""R,

School fees invoice is in your inbox, due 5 April - can you pay from the joint account this week?

Diya's swim gala is Saturday morning and you're golfing, so I'll take her.

And please eat something before the Riyadh flight tomorrow, you always skip.

M""")
    case.add("mm2", me, [meera], "2026-03-28 11:02", parent="mm1",
             body="Paid. Sorry re gala, will make it up to her.\n\nR" + IPAD)
    case.add("mm3", meera, [me], "2026-03-28 11:30", parent="mm2",
             body="You always say that :)\n\nM")
    case.thread("mm1", False, None, None, "his wife: fees, a swim gala")
    case.add("fm1", rohit, [me, anjali, sushila], "2026-03-30 21:15", subject="Ma - cataract date",
             body="""Bhaiya, Dr Gokhale ne 14 April fix kiya hai for Ma's left eye. Pre-op tests 11th ko.

Tu aa raha hai na? Anju can't come till May she said.

Call karta hoon Sunday ko, details dunga.

- Rohit""")
    case.add("fm2", anjali, [rohit, me, sushila], "2026-03-30 13:10", parent="fm1",
             body="Sorry sorry, May hi possible hai 😞 Will video call Ma on the 13th night. "
                  "Rahul bhaiya please send pics of Ma after, she won't!!\n\nAnju")
    case.add("fm3", me, [rohit, anjali, sushila], "2026-03-30 23:40", parent="fm2",
             body="Yes, flying 12th. Booked.\n\nR" + IPAD)
    case.add("fm4", sushila, [me, rohit, anjali], "2026-03-31 07:10", parent="fm3",
             body="Itna tamasha mat karo sab. Chhota sa operation hai. Rahul beta khana time pe "
                  "khaya karo. Meera ko pyaar.\n\nMa")
    case.add("fm5", rohit, [me, anjali, sushila], "2026-04-05 19:30", parent="fm4",
             body="Spoke to Dr Gokhale, all fine. Bhaiya I'll pick you up from Pune airport 12th "
                  "night 👍\n\n- Rohit")
    case.thread("fm1", False, None, None,
                "family thread (Hinglish) about his mother's cataract surgery; the brother's "
                "'call karta hoon Sunday ko' is family")
    case.promise("fm1", "fm1", rohit.email, "2026-04-05", job=False)
    case.add("sj1", sanjay, [me], "2026-03-21 18:40", subject="IIMA '01 - 25 years!! Goa, Dec",
             body="""Rahul!!

25 years since we left Vastrapur. Batch reunion in Goa, 11-13 Dec, at Kunal's place in Assagao. 34 confirmed already. You are coming, no excuses, and bring Meera.

Sanjay""")
    case.add("sj2", me, [sanjay], "2026-03-21 22:05", parent="sj1", body="In. R" + IPAD)
    case.add("sj3", sanjay, [me], "2026-04-02 09:40", parent="sj2",
             body="👍 Also K says he saw you at Shiro in DIFC with some Singapore chap on Tuesday. "
                  "All well?? 😉\n\nS")
    case.thread("sj1", False, None, None, "college friend: reunion in December; teasing")
    case.meeting("sj1", at("2026-12-11 12:00"), None, status="scheduled", job=False,
                 what="college reunion")

    # ---- travel, golf, health
    em = """Booking confirmation - Booking reference KX7Q2M

Passenger: MR RAHUL MEHTA (Skywards Gold EK 123 456 789)

EK 0566  Sun 12 Apr 2026  Dubai (DXB) 09:45 - Pune (PNQ) 14:30  Business
EK 0567  Sun 19 Apr 2026  Pune (PNQ) 16:25 - Dubai (DXB) 18:30  Business

Check in online from 48 hours before departure.

Emirates"""
    case.add("em1", emirates, [me], "2026-03-30 23:55",
             subject="Your booking confirmation: Dubai to Pune, 12 April",
             body=em, html=html_of(em), headers=AUTO)
    case.thread("em1", False, None, "Emirates", "flight booking for the family visit")
    sk = """Your Skywards statement - March 2026

Skywards Miles balance: 312,480
Tier Miles this year: 41,210 (Gold)
Earned in March: 6,420 Miles

Spend your Miles on upgrades this spring. Terms apply."""
    case.add("em2", skywards, [me], "2026-04-03 06:00", subject="Rahul, your March statement",
             body=sk, html=html_of(sk), html_only=True,
             headers=dict(bulk_headers("<statement.news.emirates.email>",
                                       "https://news.emirates.email/u/8821"), **AUTO))
    case.thread("em2", False, None, "Emirates Skywards", "loyalty statement")
    gt = """Tee time confirmed

Saturday 4 April 2026, 06:40
Championship Course, 1st tee
Players: R. Mehta, S. Menon, K. Bhatia, A. Rahimi

Buggies reserved. Please check in at the Pro Shop 20 minutes before your tee time."""
    case.add("gc1", golf, [me], "2026-03-31 09:00", subject="Tee time confirmed: Sat 4 April, 06:40",
             body=gt, html=html_of(gt), headers=AUTO)
    case.thread("gc1", False, None, "Creekside Golf & Country Club", "Saturday golf")
    case.meeting("gc1", at("2026-04-04 06:40"), None, job=False, what="golf four-ball")
    gn = """The Creekside Chronicle - March 2026

Captain's Day returns on 18 April; entries open now.
Course works: the 14th green reopens after re-turfing.
Ramadan hours: the clubhouse opens for suhoor on Fridays and Saturdays.

See you on the course."""
    case.add("gc2", golfnews, [me], "2026-03-06 07:30", subject="The Creekside Chronicle – March",
             body=gn, html=html_of(gn), html_only=True,
             headers=bulk_headers("<chronicle.creeksidegolf.ae>", "https://creeksidegolf.ae/u/71"))
    case.thread("gc2", False, None, "Creekside Golf & Country Club", "club newsletter")
    ics = make_ics(method="PUBLISH", uid=uid_uuid("exec-dubai", "cardio"),
                   stamp=at("2026-03-17 10:00"), start=at("2026-03-24 08:00"),
                   end=at("2026-03-24 08:45"),
                   summary="Dr Anil Varma – Cardiology follow-up (stress echo)", organizer=clinic,
                   tzid="Asia/Dubai", location="Al Safa Heart Centre, Jumeirah Beach Road",
                   prodid="-//Al Safa Heart Centre//Appointments//EN")
    case.add("cd1", clinic, [me], "2026-03-17 10:00",
             subject="Appointment confirmation – Dr Anil Varma – Tue 24 Mar 2026, 08:00",
             body="""Dear Mr Rahul Mehta,

This confirms your appointment:

Dr Anil Varma, Consultant Cardiologist
Tuesday 24 March 2026, 08:00 (stress echocardiogram, then consultation)
Al Safa Heart Centre, Jumeirah Beach Road

Please wear comfortable shoes and avoid caffeine for 12 hours beforehand. Bring your Emirates ID and insurance card.

Al Safa Heart Centre""", ics=ics, ics_mode="publish", headers=AUTO)
    case.thread("cd1", False, None, "Al Safa Heart Centre", "cardiology appointment (ICS PUBLISH)")
    case.meeting("cd1", at("2026-03-24 08:00"), at("2026-03-24 08:45"), job=False,
                 what="cardiologist")
    case.add("cd2", clinic, [me], "2026-03-24 12:30", subject="Your visit today – Al Safa Heart Centre",
             body="""Dear Mr Mehta,

Thank you for attending today. Your stress echocardiogram will be reviewed by Dr Varma, and his secretary will call you with the results by Thursday 26 March.

If you experience chest pain or breathlessness in the meantime, please call 998 or go to the nearest emergency department.

Al Safa Heart Centre""", headers=AUTO)
    case.add("cd3", varma_sec, [me], "2026-03-26 11:05", parent="cd2", body="""Dear Mr Mehta,

Further to my call this morning, which went to voicemail: Dr Varma has reviewed your stress echo and it is normal. He would like to see you again in six months; please continue the current medication.

Kind regards,""")
    case.thread("cd2", False, None, "Al Safa Heart Centre",
                "the clinic's 'results by Thursday 26 March', kept")
    case.promise("cd2", "cd2", clinic.email, "2026-03-26", job=False)
    case.forbid("cd2", clinic.email,
                "his cardiologist's clinic: the visit and its 'results by Thursday' are not job "
                "search (and were kept)")
    lx = """Service appointment confirmed

Vehicle: Lexus LX 600 (Dubai P 48213)
Date: Thursday 9 April 2026, 07:30
Service: 30,000 km scheduled maintenance
Courtesy shuttle to DIFC available on request.

Al Quoz Lexus Service Centre"""
    case.add("lx1", lexus, [me], "2026-04-02 12:15",
             subject="Service appointment confirmed – Thu 9 April, 07:30", body=lx,
             html=html_of(lx), headers=AUTO)
    case.thread("lx1", False, None, "Al Quoz Lexus Service", "car service booking; ahead")
    case.meeting("lx1", at("2026-04-09 07:30"), None, status="scheduled", job=False,
                 what="car service")
    cb = """Sahara District Cooling - e-Bill / الفاتورة الإلكترونية

Account 300-114-7829, Villa 14, Emirates Hills
Billing period: 01-31 March 2026
Consumption: 2,140 RTh
Amount due: AED 1,318.40 (due 20/04/2026)

عزيزي العميل، فاتورتك لشهر مارس جاهزة. يرجى السداد قبل تاريخ الاستحقاق.

Pay online at saharacooling.ae/pay"""
    case.add("bl1", cooling, [me], "2026-04-04 08:00",
             subject="Your March e-bill | فاتورتك لشهر مارس", body=cb, html=html_of(cb),
             headers=AUTO)
    case.thread("bl1", False, None, "Sahara District Cooling", "utility bill, English and Arabic")

    case.add("mm4", meera, [me], "2026-04-06 13:00", subject="Fri",
             body="Kapoors on Friday, 8pm, their place. Don't let Fatima book anything.\n\nM")
    case.add("mm5", me, [meera], "2026-04-06 13:41", parent="mm4", body="Noted.\n\nR" + IPAD)
    case.thread("mm4", False, None, None, "his wife: dinner with friends Fri 10 Apr; ahead")
    case.meeting("mm4", at("2026-04-10 20:00"), None, status="scheduled", job=False,
                 what="dinner at the Kapoors")
    neha = Person("Neha Sharma", "neha.sharma@pinnaclegulf.ae", tz="Asia/Dubai", style="outlook",
                  region="eurprd07",
                  sig="Neha Sharma\nSenior Consultant, Finance & Accounting\nPinnacle Gulf "
                      "Recruitment\n+971 4 555 0391")
    case.add("pg1", neha, [me], "2026-04-07 11:20", cc=[rania],
             subject="Feedback – Sameer Kulkarni (Finance Director, Falcon Gate)", body="""Dear Rahul,

I hope yesterday's interview with Sameer went well; he came out of it very positive about the role and the team.

Could you share your feedback when you have a moment, and let me know whether you would like to meet the other two candidates on the shortlist next week?

Regards,
Neha""")
    case.thread("pg1", False, None, "Pinnacle Gulf Recruitment",
                "the agency filling Falcon Gate's Finance Director role asks Rahul, the hiring "
                "manager, for feedback; full of job words, owes nothing")
    kr = """Reminder: your assessment is still open

Dear Rahul Mehta,

You have not yet completed: Critical Reasoning: Numerical.
Your link closes on 03/30/2026 at 23:59 GMT.

Continue: https://portal.kestrelassessment.com/c/8Q2M-RT71

This is an automated message; replies to this address are not monitored."""
    case.add("ks0", kestrel, [me], "2026-03-27 08:00",
             subject="Reminder: Leadership Assessment on behalf of Halden Whitcombe",
             body=kr, html=html_of(kr), html_only=True, headers=AUTO)
    case.thread("ks0", True, "application", "Kestrel Assessment",
                "automated reminder to finish the questionnaires; owes nothing")
    cc = """The Capital Club - Spring Members' Dinner

Thursday 23 April 2026, 19:30 for 20:00
Guest speaker: the Governor of a regional central bank, in conversation
Black tie optional. Members may bring one guest.

Reserve through the Members' App by 16 April."""
    case.add("cl1", Person("The Capital Club", "events@capitalclub-dubai.ae", tz="Asia/Dubai",
                           style="auto", auto=True), [me], "2026-04-01 10:00",
             subject="Spring Members' Dinner – Thursday 23 April", body=cc, html=html_of(cc),
             html_only=True,
             headers=bulk_headers("<members.capitalclub-dubai.ae>",
                                  "https://capitalclub-dubai.ae/u/3310"))
    case.thread("cl1", False, None, "The Capital Club", "club event announcement, not booked")
    case.meeting("cl1", at("2026-04-23 19:30"), None, status="scheduled", job=False,
                 what="club dinner (announcement)")
    sq = """Your order has shipped

Order 402-7718-2210
1 x Titleist Pro V1 golf balls (12)
1 x Kindle Paperwhite cover, navy
Arriving Thursday by 10pm. Track your package in the app.

Souqline.ae"""
    case.add("aq1", Person("Souqline.ae", "shipment-tracking@souqline.ae", tz="Asia/Dubai",
                           style="auto", auto=True), [me], "2026-03-24 19:02",
             subject="Shipped: Titleist Pro V1 golf balls (12) and 1 more item", body=sq,
             html=html_of(sq), headers=AUTO)
    case.thread("aq1", False, None, "Souqline.ae", "an online order")

    # ---- research newsletters and job alerts
    def newsletter(key, sender, when, subject, text, list_id, unsub, company, note):
        case.add(key, sender, [me], when, subject=subject, body=text, html=html_of(text),
                 headers=bulk_headers(list_id, unsub))
        case.thread(key, False, None, company, note)

    newsletter("aw1", alwasl, "2026-03-08 07:00", "GCC Markets Weekly – IPO pipeline after Ramadan",
               """GCC Markets Weekly | 8 March 2026

- IPO pipeline: six Tadawul listings expected after Ramadan; logistics and healthcare lead.
- UAE banks: Q1 loan growth tracking 7% y/y.
- Sukuk: record Q1 issuance as corporates pre-fund.

Al Wasl Capital Research. For professional investors only.""",
               "<gcc-weekly.alwaslcapital.ae>", "https://alwaslcapital.ae/u/GW-2231",
               "Al Wasl Capital", "bank research newsletter")
    newsletter("aw2", alwasl, "2026-03-22 07:00", "GCC Markets Weekly – Eid edition",
               """GCC Markets Weekly | 22 March 2026

- Eid break: thin trading, markets reopen Monday.
- Ports and logistics: volumes at Jebel Ali up 4% in February.
- Rates: the Fed on hold, local EIBOR drifts lower.

Al Wasl Capital Research. For professional investors only.""",
               "<gcc-weekly.alwaslcapital.ae>", "https://alwaslcapital.ae/u/GW-2231",
               "Al Wasl Capital", "bank research newsletter")
    newsletter("aw3", alwasl, "2026-04-05 07:00", "GCC Markets Weekly – Q1 wrap",
               """GCC Markets Weekly | 5 April 2026

- Q1 wrap: Tadawul +3.1%, DFM +6.4%, ADX +2.2%.
- Family groups: two Saudi conglomerates appoint advisers for listings.
- Singapore: SGX-listed port operators re-rate on Vietnam volumes.

Al Wasl Capital Research. For professional investors only.""",
               "<gcc-weekly.alwaslcapital.ae>", "https://alwaslcapital.ae/u/GW-2231",
               "Al Wasl Capital", "bank research newsletter")
    newsletter("bs1", beaufort, "2026-03-27 06:15", "EM Credit Morning – Gulf corporates",
               """EM Credit Morning | 27 March 2026

Gulf corporates: new-issue concessions near zero; logistics names tighten 10bp.
Asia: Singapore infrastructure paper well bid into quarter-end.

Beaufort Strand Securities. This material is not investment research.""",
               "<em-credit.beaufortstrand.com>", "https://beaufortstrand.com/prefs/77",
               "Beaufort Strand Securities", "investment bank credit note")
    newsletter("jb1", alerts, "2026-03-10 06:00", "8 new CFO & Finance Director jobs in UAE",
               """Your job alert: CFO, UAE

1. Chief Financial Officer - Real Estate Developer - Dubai - Apply now
2. Group Finance Director - Retail Holding - Abu Dhabi - Easy apply
3. CFO - Healthcare Group - Dubai - Recruiter: Pinnacle Gulf
4. VP Finance - Aviation Services - Abu Dhabi
... and 4 more jobs. Interview tips: how to prepare for a board interview.

Manage alerts: execfinancejobs.com/alerts""",
               "<alerts.execfinancejobs.com>", "https://execfinancejobs.com/alerts/off/5531",
               "ExecFinance Jobs", "job-board alert, owes nothing")
    newsletter("jb2", alerts, "2026-03-31 06:00", "New: Group CFO roles matching your alert",
               """Your job alert: Group CFO, Singapore / London / UAE

1. Group CFO - Logistics Platform (PE-backed) - Singapore - Apply now
2. Chief Financial Officer - FTSE 250 Industrial - London
3. Group CFO - Family Conglomerate - Riyadh - Recruiter interview within 48h
... and 6 more jobs.

Manage alerts: execfinancejobs.com/alerts""",
               "<alerts.execfinancejobs.com>", "https://execfinancejobs.com/alerts/off/5531",
               "ExecFinance Jobs", "job-board alert, owes nothing")
    return case


SUMMARY = (
    "Rahul Mehta, 47, is Group CFO of Falcon Gate Logistics in Dubai and quietly looking for a "
    "group CFO role in the Gulf, Singapore or London. Almost nothing in his mailbox says 'job': "
    "retained search partners write about 'a confidential conversation' and 'a mandate', a "
    "Chairman would like to meet him over dinner (his EA arranges it and is in Singapore), a "
    "Saudi family group's CEO holds a 'chemistry meeting' on a Sunday (their week runs Sunday to "
    "Thursday) from an Outlook invite in 'Arab Standard Time', a psychometric feedback call is "
    "set by a no-reply scheduler in BST just after the UK clock change, a private-equity partner "
    "introduces him to a portfolio company's Chairman and steps aside, and board members met at "
    "dinners ask him to lunch or coffee. Times arrive in Dubai, Riyadh, Singapore and London "
    "time, dates day-first and (once) month-first, promises as 'revert by end of next week', "
    "'you will hear from us by Thursday', 'within two weeks', 'after Eid', 'the Board will "
    "revert by end of month'. Rahul answers from his iPad in a few words signed 'R'. The "
    "mailbox runs from 2 March to Wednesday 8 April 2026, 09:30 Gulf time, across Ramadan and "
    "Eid al-Fitr. Owed at `now`: thank-yous to the Chairman after the dinner (only the "
    "headhunter was thanked), to the CHCO who joined the chemistry meeting (only the CEO was "
    "thanked), to the psychologist, to a search consultant whom he 'thanked' before the call "
    "and who has since turned him down, and to a board member after coffee; callbacks to a "
    "Riyadh partner, a London partner and a Singapore PE partner who went quiet. Not owed: EAs "
    "and organizers who were not there, a room, a referrer, a lunch thanked with one note to "
    "two people, a committee session moved later, a promise kept early, a no-show, and "
    "Rahul's own interview of a Finance Director candidate for Falcon Gate. Noise: his PA's "
    "invites, board papers and a board portal, the auditors, school fees and parent "
    "consultations, a Hinglish family thread, golf, Emirates and Skywards, a cardiologist, a "
    "bilingual utility bill, bank research and job-board alerts.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
