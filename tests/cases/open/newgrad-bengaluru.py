#!/usr/bin/env python3
"""Labelled case: a final-year B.Tech (CSE) student in Bengaluru during placement season.

Written blind (from CASES.md, DOMAIN.md, the public README and casekit only).
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "newgrad-bengaluru"
IST = "Asia/Kolkata"
KOL = ZoneInfo(IST)


def T(s):
    """'dd/mm HH:MM' in 2026, India time."""
    return dt.datetime.strptime("2026/" + s, "%Y/%d/%m %H:%M").replace(tzinfo=KOL)


def P(name, email, style="gmail", tz=IST, **kw):
    return Person(name, email, tz=tz, style=style, **kw)


SUMMARY = (
    "Meghana Rao is in the last semester of a B.Tech in computer science at Vidyaranya College of "
    "Engineering, Bengaluru, and it is placement season. `now` is Friday 17 April 2026, 10:00 IST; the "
    "mailbox runs from 3 March. Through the college placement cell she goes from Trellisoft "
    "Technologies' proctored online test to a group discussion on Zoom to a Teams panel on 8 April "
    "with a technical interviewer and an HR executive: she thanked only the engineer (in a new "
    "thread), her 'thank you ma'am' to the HR executive came two days before the panel, and the HR "
    "executive's offer letter of 15 April does not settle the thank-you still owed to her. A senior "
    "from her college refers her to Ledgerline from his gmail.com and work addresses; Ledgerline's "
    "hiring-manager round moves twice (the second time to 10:30 Singapore time, agreed with 'Friday "
    "works.') and is never thanked, and the recruiter's passive 'a decision will be made by Thursday, "
    "16/04' has passed but is inside its grace. Castellan Systems preponed its Teams interview to 9 "
    "April and rejected her through Workday on 14 April; the interviewer, named with his address by "
    "a recruiter who did not join, was never thanked. Sahyadri Analytics' 'we will intimate you about "
    "the result by Monday (13/04/2026)' and a startup founder's 'get back to u by friday', typed on "
    "his phone in English and Kannada, went silent; so did Brightlane Infotech's 'within the next "
    "couple of weeks'. An alumna's Saturday coffee and a hackathon judge's calendar invite titled only "
    "'Meghana / Farah' were not thanked. Meshwork Systems' interviewer never joined the Zoom call, and "
    "the interview was rescheduled to Monday 20 April, as the recruiter promised; a consultant "
    "recruiter kept his 'revert by Monday'. Noise: placement-cell mass mails about drives, "
    "eligibility and pre-placement talks, a coding-club recruitment where she is the interviewer, a "
    "project review with a faculty panel, exam timetables, the college fest, the hostel mess and a "
    "refund, her parents (partly in Kannada) and sister, food-delivery and payment-app receipts, a "
    "hackathon, a coding newsletter, job alerts, and a dentist's appointment (ICS PUBLISH).")


def resume_pdf():
    return make_pdf([
        "Meghana Rao",
        "meghana.rao@example.net | +91 70220 41836 | github.com/meghana-rao | Bengaluru",
        "EDUCATION",
        "B.Tech, Computer Science and Engineering, Vidyaranya College of Engineering (2022-2026)",
        "CGPA 8.7 / 10 (up to VII semester)",
        "EXPERIENCE",
        "Backend intern, Cartwheel Logistics, Mysuru (May-Jul 2025): Spring Boot, Kafka, Postgres",
        "PROJECTS",
        "UPI Splitter: bill splitting with a double-entry ledger (Postgres), ~300 hostel users",
        "Fest registration API with a Go rate limiter (9,000 sign-ups in a day)",
        "Hostel complaint tracker (Django, REST, role-based access)",
        "ACHIEVEMENTS",
        "Smart India Hackathon 2024 finalist; HackNamma 2026, 2nd runner-up (Fintech track)",
        "Lead, CodeCrafters coding club (2025-26)",
    ])


def gcal_text(title, day_line, link_block, desc, guests, who="meghana.rao@example.net"):
    return """%s
%s
India Standard Time - Kolkata

%s

%s

Guests
%s
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s

Reply for %s
Yes | No | Maybe | More options https://calendar.google.com/calendar/event?action=RESPOND&eid=%s

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving
future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organiser, be
added to the guest list, invite others regardless of their own invitation status, or modify
your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
""" % (title, day_line, link_block, desc, guests, digest(title, n=28), who, digest(title, "r", n=28))


def build():
    now = T("17/04 10:00")
    case = Case(
        NAME,
        "Final-year B.Tech (CSE) student in Bengaluru, placement season: campus drives via the "
        "placement cell, a referral, a startup founder, Workday/iCIMS notices; Indian English, "
        "dd/mm dates, one interview preponed and one moved twice",
        {"name": "Meghana Rao", "emails": ["meghana.rao@example.net"], "phone": "+91 70220 41836",
         "timezone": IST},
        now, SUMMARY)

    me = P("Meghana Rao", "meghana.rao@example.net", style="webmail", msgid_domain="example.net",
           sig="--\nMeghana Rao\nB.Tech CSE (2022-26), Vidyaranya College of Engineering, Bengaluru\n"
               "+91 70220 41836 | github.com/meghana-rao")
    case.me = me
    add = case.add

    # ---------------------------------------------------------------- people
    # college
    placement = P("Training & Placement Cell, VCE", "placements@vidyaranya.ac.in",
                  sig="Dr. H. S. Prakash\nTraining & Placement Officer\nVidyaranya College of "
                      "Engineering, Bengaluru\nPh: 080-2860 4417")
    batch = P("VCE Final Year 2026", "final-year-2026@vidyaranya.ac.in")
    coe = P("Controller of Examinations", "coe@vidyaranya.ac.in")
    hostel = P("Ladies Hostel Office", "hostel.office@vidyaranya.ac.in")
    mess = P("Mess Committee, Ladies Hostel", "messcommittee@vidyaranya.ac.in")
    residents = P("Ladies Hostel Residents", "lh-residents@vidyaranya.ac.in")
    fest = P("Vidyutsav 2026", "vidyutsav@vidyaranya.ac.in")
    volunteers = P("Vidyutsav Volunteers", "vidyutsav-volunteers@vidyaranya.ac.in")
    guide = P("Dr. Lakshmi Narayan", "lakshmi.narayan@vidyaranya.ac.in",
              sig="Dr. Lakshmi Narayan\nAssociate Professor, Dept. of CSE\nVidyaranya College of "
                  "Engineering")
    pallavi = P("Pallavi Kamath", "1ve22cs071@vidyaranya.ac.in")
    rahul = P("Rahul N", "1ve22cs083@vidyaranya.ac.in")
    varun = P("Varun S", "1ve24cs112@vidyaranya.ac.in")
    ananya = P("Ananya K", "1ve24cs019@vidyaranya.ac.in")
    faiz = P("Mohammed Faiz", "1ve24is047@vidyaranya.ac.in")
    # family
    amma = P("Sudha Rao", "sudharao.mys@gmail.com")
    appa = P("Ramesh Rao", "rameshrao1966@gmail.com")
    shreya = P("Shreya Rao", "shreyarao.pune@gmail.com")
    # Trellisoft
    pooja = P("Pooja Nair", "pooja.nair@trellisoft.com", style="outlook", region="apcprd06",
              sig="Pooja Nair\nSenior Executive - Talent Acquisition\nTrellisoft Technologies Pvt. "
                  "Ltd.\nEmbassy Tech Square, Outer Ring Road, Bengaluru 560103\nM: +91 97400 55218")
    sandeep = P("Sandeep Hegde", "sandeep.hegde@trellisoft.com", style="outlook", region="apcprd06",
                sig="Sandeep Hegde\nSenior Software Engineer | Trellisoft Technologies")
    testnest = P("TestNest Assessments", "no-reply@testnest.io", style="auto", auto=True)
    # Ledgerline
    rohan_g = P("Rohan Kulkarni", "rohan.kulkarni98@gmail.com")
    rohan_w = P("Rohan Kulkarni", "rohan.kulkarni@ledgerline.in",
                sig="Rohan Kulkarni\nSoftware Engineer II, Payments Platform\nLedgerline | Bengaluru")
    icims = P("Ledgerline Careers", "no-reply@careers-ledgerline.icims.com", style="auto",
              tz="America/New_York", auto=True, msgid_domain="icims.com")
    assessify = P("Assessify for Ledgerline", "notifications@assessify.io", style="auto", auto=True)
    shruti = P("Shruti Bansal", "shruti.bansal@ledgerline.in",
               sig="Shruti Bansal\nTalent Acquisition Partner | Ledgerline\n+91 80 4719 2265 "
                   "(extn 214)")
    shruti_cal = P("Shruti Bansal", "shruti.bansal@ledgerline.in", style="gcal")
    vikram = P("Vikram Sood", "vikram.sood@ledgerline.in")
    priyanka = P("Priyanka Das", "priyanka.das@ledgerline.in", tz="Asia/Singapore",
                 sig="Priyanka Das\nEngineering Manager, Payments Platform\nLedgerline Pte. Ltd. | "
                     "Singapore")
    # Castellan
    workday = P("Castellan Systems", "castellan@myworkday.com", style="auto", tz="UTC", auto=True,
                msgid_domain="myworkday.com")
    deepa = P("Deepa Krishnan", "deepa.krishnan@castellan.com", style="outlook", region="apcprd03",
              sig="Deepa Krishnan | Talent Acquisition Specialist - India\nCastellan Systems India "
                  "Pvt. Ltd.\nPrestige Tech Park, Marathahalli, Bengaluru\n+91 80 6124 7730")
    nikhil = P("Nikhil Varma", "nikhil.varma@castellan.com", style="outlook", region="apcprd03")
    # Sahyadri
    neha = P("Neha Joshi", "neha.joshi@sahyadrianalytics.com",
             sig="Neha Joshi\nHR Executive - Campus Relations\nSahyadri Analytics Pvt. Ltd., HSR "
                 "Layout, Bengaluru\n+91 99860 27143")
    karthik = P("Karthik Iyer", "karthik.iyer@sahyadrianalytics.com")
    # Meshwork
    swati = P("Swati Bhat", "swati.bhat@meshworksys.com", style="outlook", region="apcprd01",
              sig="Swati Bhat\nTalent Acquisition | Meshwork Systems\nWhitefield, Bengaluru | "
                  "+91 88613 40982")
    manoj = P("Manoj Pillai", "manoj.pillai@meshworksys.com", style="outlook", region="apcprd01")
    # Gullak
    arjun = P("Arjun Shetty", "arjun@gullak.app")
    # Brightlane
    ritu = P("Ritu Saxena", "ritu.saxena@brightlane.co.in", style="outlook", region="apcprd02",
             sig="Ritu Saxena\nAssistant Manager - Talent Acquisition\nBrightlane Infotech Pvt. Ltd. "
                 "| Electronic City Phase 1, Bengaluru\n+91 80 4912 6650")
    brightlane_careers = P("Brightlane Careers", "careers@brightlane.co.in")
    # Talentbridge
    harish = P("Harish Gowda", "harish.gowda@talentbridgeconsulting.in", style="webmail",
               msgid_domain="mail.zoho.in",
               sig="Regards,\nHarish Gowda\nSr. Recruiter | Talentbridge Consulting\nMob: +91 96863 "
                   "11540 | www.talentbridgeconsulting.in")
    # networking
    aditi = P("Aditi Menon", "aditi.menon@kelpcloud.com",
              sig="Aditi Menon\nSenior Data Engineer, Kelpcloud\n+91 98862 40719")
    farah = P("Farah Siddiqui", "farah.siddiqui@quillpad.io",
              sig="Farah Siddiqui\nEngineering Manager, Quillpad\nquillpad.io")
    farah_cal = P("Farah Siddiqui", "farah.siddiqui@quillpad.io", style="gcal")
    # noise senders
    bitebox = P("Bitebox", "orders@bitebox.in", style="auto", auto=True)
    paysetu = P("PaySetu", "alerts@paysetu.in", style="auto", auto=True)
    hack = P("HackNamma 2026", "team@hacknamma.in")
    commit = P("The Weekly Commit", "hello@weeklycommit.dev", style="auto", auto=True,
               msgid_domain="mail.weeklycommit.dev")
    proconnect = P("ProConnect Jobs", "jobalerts-noreply@proconnect.com", style="auto", auto=True)
    jobhunt = P("JobHunt India", "alerts@jobhuntindia.com", style="auto", auto=True)
    dental = P("SmileCare Dental Clinic", "appointments@smilecaredental.in", style="auto",
               msgid_domain="smilecaredental.in")

    RESUME = ("Meghana_Rao_Resume.pdf", "application/pdf", resume_pdf())
    college_list = bulk_headers("<final-year-2026.vidyaranya.ac.in>",
                                "https://groups.google.com/a/vidyaranya.ac.in/g/final-year-2026/"
                                "unsubscribe")

    # ================================================================ JOB SEARCH

    # ---------------------------------------------------------------- Ledgerline: referral
    add("ref1", me, [rohan_g], T("03/03 21:48"), """Hi Rohan anna,

Hope you are doing well! This is Meghana from VCE, CSE 2026 batch. We had met at the alumni talk in
November where you spoke about how Ledgerline's payments platform handles UPI at scale.

I saw on LinkedIn that Ledgerline has opened SDE-1 positions for 2026 graduates (Req ID 4471). I
would be very grateful if you could refer me. PFA my resume. A quick summary:
- CGPA 8.7 (till 7th sem)
- Backend intern at Cartwheel Logistics, Mysuru, last summer (Spring Boot + Kafka)
- Smart India Hackathon 2024 finalist, ~600 problems on LeetCode

Kindly let me know if you need anything else from my side.

Regards,""", subject="Referral request - SDE-1 at Ledgerline (Meghana, VCE CSE 2026)",
        attachments=[RESUME])
    add("ref2", rohan_g, [me], T("04/03 08:15"), """Hey Meghana, ofc I remember!

Resume looks solid. I'll put in the referral from office, the portal only works with my work login.
Just make sure ur LinkedIn is updated, the recruiters do check it.

Rohan""", parent="ref1")
    add("ref3", rohan_w, [me], T("05/03 12:30"), """Hi Meghana,

Done - referred you for SDE-1 (Req 4471) through our internal portal. You should get an email from
our iCIMS careers system in a day or so; fill in the profile completely there, half-filled ones
get auto-filtered.

The process is usually: online test -> two tech rounds (one DSA, one with the hiring manager on
design + projects) -> a short HR chat. Brush up on DSA and basic LLD.

Writing from my work id so that TA sees the trail. Ping me on gmail for anything else.

Cheers,""", parent="ref2")
    add("ref4", me, [rohan_g], T("10/04 12:20"), """Hi Rohan anna,

Quick update: I cleared the online test and Round 1, and this morning I finished the hiring manager
round with Priyanka (it got moved twice and finally happened at 8 AM!). Thank you so much for the
referral, none of this would have happened without it.

Will keep you posted.

Meghana""", parent="ref3", sig=False)
    add("ref5", rohan_g, [me], T("10/04 13:05"), """Super, that's great news! Priyanka is a good manager, people in her team like her a lot.
Fingers crossed. Don't stress too much, Shruti usually keeps candidates in the loop.

R""", parent="ref4")
    case.thread("ref1", True, "networking", "Ledgerline",
                "referral by a college senior, first from gmail.com then from his Ledgerline address; "
                "she thanked him on 10/04; he was at no meeting and promised nothing with a date")
    case.forbid("ref1", "rohan.kulkarni98@gmail.com",
                "the referrer: he was at none of her interviews and promised nothing with a date; "
                "she already thanked him on 10/04")

    # ---------------------------------------------------------------- Ledgerline: iCIMS + test
    ack_txt = """Dear Meghana,

Thank you for your interest in Ledgerline. We have received your application for the position of
Software Development Engineer I (Requisition 4471), submitted through an employee referral.

Our Talent Acquisition team reviews every application. If your profile matches the requirements of
the role, a member of the team will contact you about the next steps.

You can review the status of your application at any time by logging in to the Ledgerline Careers
portal: https://careers-ledgerline.icims.com/jobs/login

Regards,
Talent Acquisition
Ledgerline

This is an automatically generated message. Please do not reply to this email."""
    add("icims1", icims, [me], T("05/03 16:02"), ack_txt,
        subject="Thank you for applying to Ledgerline - Software Development Engineer I (4471)",
        html=html_of(ack_txt), html_only=True, headers=AUTO)
    case.thread("icims1", True, "application", "Ledgerline", "iCIMS acknowledgement, automated")

    oa_txt = """Hi Meghana Rao,

Ledgerline has invited you to take an assessment: SDE-1 Online Assessment (2026 Graduates).

Duration: 90 minutes
Sections: 2 coding problems, 15 MCQs on CS fundamentals
Available until: 13 Mar 2026, 11:59 PM IST

Before you start: use a laptop with a working webcam, close other tabs and keep a stable connection.
This assessment is proctored.

Start assessment: https://app.assessify.io/t/lgl-sde1-7fk2q

Good luck!
The Assessify team, on behalf of Ledgerline"""
    add("oa1", assessify, [me], T("09/03 11:00"), oa_txt,
        subject="Ledgerline has invited you to take the SDE-1 Online Assessment",
        html=html_of(oa_txt), html_only=True, headers=AUTO)
    case.thread("oa1", True, "application", "Ledgerline", "online assessment invitation, automated")
    oa2_txt = """Hi Meghana Rao,

Your responses for SDE-1 Online Assessment (2026 Graduates) were submitted on 12 Mar 2026 at
10:41 PM IST. Ledgerline will review your results and contact you directly about next steps.

Submission ID: ASF-88213-LGL

The Assessify team"""
    add("oa2", assessify, [me], T("12/03 22:41"), oa2_txt,
        subject="Assessment submitted: SDE-1 Online Assessment (2026 Graduates)",
        html=html_of(oa2_txt), html_only=True, headers=AUTO)
    case.thread("oa2", True, "application", "Ledgerline", "test submission receipt, automated")

    # ---------------------------------------------------------------- Ledgerline: round 1
    add("r1a", shruti, [me], T("18/03 11:20"), """Hi Meghana,

Greetings from Ledgerline!

Congratulations on clearing the online assessment for Software Development Engineer I. The next step
is a 60-minute technical interview (DSA + problem solving) over Zoom.

Kindly revert with your preferred slot from the below:
1. 24/03/2026 (Tue), 11:00 AM - 12:00 PM IST
2. 25/03/2026 (Wed), 3:00 PM - 4:00 PM IST
3. 26/03/2026 (Thu), 5:00 PM - 6:00 PM IST

Please keep a pen and paper handy; the interviewer may also ask you to share your screen on a code
editor.

Thanks & Regards,""", subject="Ledgerline | SDE-1 | Technical Round 1 - slot confirmation")
    add("r1b", me, [shruti], T("18/03 13:05"), """Dear Shruti Ma'am,

Thank you for the update. Option 2, i.e. 25/03/2026 from 3:00 PM to 4:00 PM IST, works for me.

Regards,""", parent="r1a")
    add("r1c", shruti, [me], T("19/03 10:02"), """Hi Meghana,

Confirmed for 25/03 at 3 PM IST. You will receive a calendar invite with the Zoom link shortly. Your
interviewer will be Vikram Sood from our Payments Platform team.

All the best!

Regards,
Shruti""", parent="r1b", sig=False)
    add("r1d", shruti, [me], T("25/03 17:50"), """Hi Meghana,

Thanks for attending Round 1 today. The panel will share their feedback with me, and I will get back
to you with the result in 2-3 working days.

Regards,
Shruti""", parent="r1c", sig=False)
    add("r1e", shruti, [me], T("27/03 15:40"), """Hi Meghana,

Happy to let you know that you have cleared Round 1! Vikram's feedback was positive on problem
solving and on how clearly you wrote your code.

I will share the Round 2 (hiring manager) details in a separate mail today.

Regards,
Shruti""", parent="r1d", sig=False)
    case.promise("r1a", "r1d", "shruti.bansal@ledgerline.in", "2026-03-30", answered_by="r1e")
    case.thread("r1a", True, "interview", "Ledgerline",
                "slots offered, option 2 picked; 'result in 2-3 working days' (25/03) kept on 27/03")

    r1_start, r1_end = T("25/03 15:00"), T("25/03 16:00")
    r1_title = "Ledgerline SDE-1 - Technical Round 1 - Meghana Rao"
    r1_zoom = ("Join Zoom Meeting\nhttps://ledgerline.zoom.us/j/84512093377?pwd=Q2x0Ymh6TjJrU0FvRm1u\n"
               "Meeting ID: 845 1209 3377\nPasscode: 661204")
    r1_desc = ("Interviewer: Vikram Sood (Payments Platform)\nFormat: DSA + problem solving, 60 min.\n"
               "Please join from a laptop; you may be asked to share your screen.")
    r1_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "r1"), stamp=T("19/03 10:05"),
                      start=r1_start, end=r1_end, summary=r1_title, organizer=shruti_cal,
                      attendees=[(shruti_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (vikram, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=IST, location="https://ledgerline.zoom.us/j/84512093377",
                      description=r1_zoom + "\n\n" + r1_desc)
    r1_body = gcal_text(r1_title, "Wednesday 25 Mar 2026 ⋅ 3pm – 4pm", r1_zoom, r1_desc,
                        "Shruti Bansal - organiser\nVikram Sood\nmeghana.rao@example.net")
    add("r1inv", shruti_cal, [me, vikram], T("19/03 10:05"), r1_body,
        subject="Invitation: %s @ Wed 25 Mar 2026 3pm - 4pm (IST) (meghana.rao@example.net)" % r1_title,
        html=html_of(r1_body), ics=r1_ics, ics_mode="google", headers=GCAL, reply_to=shruti)
    r1_reply = make_ics(method="REPLY", uid=uid_google(NAME, "r1"), stamp=T("19/03 10:30"),
                        start=r1_start, end=r1_end, summary=r1_title, organizer=shruti_cal,
                        attendees=[(me, "ACCEPTED", "INDIVIDUAL")], tzid=IST)
    add("r1acc", me, [shruti], T("19/03 10:30"),
        "Meghana Rao has accepted this invitation.\n\n%s\nWednesday 25 Mar 2026 ⋅ 3pm – 4pm (IST)"
        % r1_title, parent="r1inv", quote=False, sig=False,
        subject="Accepted: %s @ Wed 25 Mar 2026 3pm - 4pm (IST)" % r1_title,
        ics=r1_reply, ics_mode="google")
    case.thread("r1inv", True, "interview", "Ledgerline",
                "Google Calendar invite for Round 1 on 25/03 15:00-16:00 IST with Vikram Sood; "
                "thanked in a new thread that evening (long past anyway)")
    case.meeting("r1inv", r1_start, r1_end, met=["vikram.sood@ledgerline.in"],
                 thanks={"vikram.sood@ledgerline.in": "ty_v1"}, what="Ledgerline round 1")

    add("ty_v1", me, [vikram], T("25/03 19:40"), """Dear Vikram Sir,

Thank you for taking my technical interview this afternoon. I enjoyed working through the
interval-merging problem with you, and your hint about handling already-sorted input in a single
pass is something I will remember.

Hearing how Ledgerline reconciles UPI settlements made me even keener on the Payments Platform team.
I look forward to the next steps.

Regards,""", subject="Thank you - Technical Round 1 (SDE-1)")
    add("ty_v2", vikram, [me], T("26/03 09:12"), """Hi Meghana,

Thanks for the note, and well done yesterday. Shruti will update you on the next steps.

Vikram""", parent="ty_v1")
    case.thread("ty_v1", True, "interview", "Ledgerline",
                "thank-you to the Round 1 interviewer, new thread; his short reply")

    # ---------------------------------------------------------------- Ledgerline: round 2 (moved twice)
    add("r2a", shruti, [me], T("27/03 16:10"), """Hi Meghana,

As mentioned, please find the details of your Round 2 below.

Date: 06/04/2026 (Monday)
Time: 4:00 PM - 5:00 PM IST
Mode: Zoom - https://ledgerline.zoom.us/j/81377420915?pwd=dW5QeWx2ZkJ0aGxS
Interviewer: Priyanka Das, Engineering Manager - Payments Platform (priyanka.das@ledgerline.in).
Priyanka sits in our Singapore office.

This round covers your projects, a small low-level design exercise and a discussion on how you work
in a team. I will not be joining the call.

Kindly confirm your availability.

Thanks & Regards,""", subject="Ledgerline | SDE-1 | Round 2 (Hiring Manager) - 06/04/2026, 4 PM IST")
    add("r2b", me, [shruti], T("27/03 18:02"), """Dear Shruti Ma'am,

Thank you. I confirm my availability for 06/04/2026 at 4:00 PM IST.

Regards,""", parent="r2a")
    add("r2c", shruti, [me], T("03/04 11:45"), """Hi Meghana,

Priyanka is travelling on Monday and has asked if we can move your round to Wednesday, 08/04/2026,
same time (4 PM IST). Sorry for the short notice. Kindly confirm.

Regards,
Shruti""", parent="r2b", sig=False)
    add("r2d", me, [shruti], T("03/04 12:10"), """Dear Ma'am,

No problem, 08/04/2026 at 4 PM IST works for me.

Regards,
Meghana""", parent="r2c", sig=False)
    add("r2e", priyanka, [me], T("07/04 16:50"), """Hi Meghana,

Priyanka here - I'll be doing your Round 2. Apologies for moving this a second time: I've been
pulled into a leadership offsite on Wednesday that I can't step out of.

Would Friday, 10 April at 10:30 AM Singapore time work for you? That's 8:00 AM in Bengaluru, so an
early one, I know. We can use the same Zoom link.

Best,""", parent="r2d", cc=[shruti])
    add("r2f", me, [priyanka], T("07/04 17:05"), "Friday works.\n\nMeghana", parent="r2e",
        cc=[shruti], sig=False)
    add("r2g", shruti, [me], T("07/04 18:30"), """Thanks both. Updated schedule for Round 2:

Friday, 10/04/2026, 8:00 AM - 9:00 AM IST (10:30 - 11:30 AM SGT)
Zoom link remains the same.

Regards,
Shruti""", parent="r2f", cc=[priyanka], sig=False)
    add("r2h", shruti, [me], T("10/04 14:30"), """Hi Meghana,

Thank you for your time with Priyanka this morning.

To be transparent, we are still meeting a couple of other candidates for this position. A decision
will be made by Thursday, 16/04/2026, and I will keep you posted either way.

Thanks & Regards,""", parent="r2g")
    case.meeting("r2a", T("06/04 16:00"), T("06/04 17:00"), status="moved",
                 met=["priyanka.das@ledgerline.in"], what="HM round, first slot")
    case.meeting("r2a", T("08/04 16:00"), T("08/04 17:00"), status="moved",
                 met=["priyanka.das@ledgerline.in"], what="HM round, second slot")
    case.meeting("r2a", T("10/04 08:00"), T("10/04 09:00"), met=["priyanka.das@ledgerline.in"],
                 what="HM round, held at 10:30 SGT")
    case.promise("r2a", "r2h", "shruti.bansal@ledgerline.in", "2026-04-16")
    case.thread("r2a", True, "interview", "Ledgerline",
                "HM round moved 06/04 -> 08/04 -> Fri 10/04 08:00-09:00 IST (10:30 SGT, 'Friday "
                "works.'); held, Priyanka never thanked; recruiter (not on the call) says other "
                "candidates are still being seen and 'a decision will be made by Thursday, 16/04'")
    case.expect("thank_you", "r2a", "priyanka.das@ledgerline.in",
                "hiring-manager round Fri 10/04 08:00-09:00 IST took place after two moves; no note "
                "to Priyanka; overdue since 11/04 09:00")
    case.forbid("r2a", "shruti.bansal@ledgerline.in",
                "she arranged the round and did not join it; her 'decision will be made by Thursday, "
                "16/04/2026' ended at midnight, but the two-business-day grace runs to the end of "
                "Mon 20/04")

    # ---------------------------------------------------------------- Trellisoft (campus)
    drive_txt = """Dear Students,

Greetings from the Training & Placement Cell!

Trellisoft Technologies Pvt. Ltd. will be conducting a campus recruitment drive for the 2026
passing-out batch. Details below:

Role: Software Engineer Trainee
Eligible branches: CSE, ISE, ECE, AI&ML
Eligibility: 65% or 6.5 CGPA throughout (10th, 12th/Diploma, B.E./B.Tech), no active backlogs
CTC: 6.5 LPA (Non-Dream category)
Service agreement: 2 years (details will be shared in the PPT)
Selection process: Online assessment -> Group discussion -> Technical + HR interview

Interested and eligible students must register on the placement portal on or before 20/03/2026,
5:00 PM. Late registrations will not be entertained under any circumstances.

Students already placed in a Dream company are not eligible to apply."""
    add("drive1", placement, [batch], T("16/03 10:15"), drive_txt,
        subject="Campus Drive | Trellisoft Technologies | Software Engineer Trainee | 2026 Batch | "
                "Register by 20/03/2026", headers=college_list)
    add("drive2", placement, [batch], T("19/03 16:00"), """Dear Students,

Reminder: registration for the Trellisoft Technologies drive closes TOMORROW (20/03/2026) at
5:00 PM. 41 students have registered so far. The online assessment will be held on 28/03/2026;
test links will come directly from the assessment partner.

Regards,
Placement Cell""", parent="drive1", sig=False, headers=college_list)
    case.thread("drive1", False, None, "Vidyaranya College of Engineering",
                "placement-cell mass mail announcing a drive; nothing owed")

    tn1 = """Dear Meghana Rao,

You have been invited by Trellisoft Technologies to take the Online Assessment for Software
Engineer Trainee (Campus Hiring 2026 - Vidyaranya College of Engineering).

Test window: 28/03/2026, 10:00 AM to 11:30 AM IST
Duration: 75 minutes
Sections: Quantitative aptitude, logical reasoning, verbal ability, 2 coding questions

Login ID: 1VE22CS058
Test link: https://trellisoft.testnest.io/a/TS26-VCE-0412

Instructions:
1. The test is AI-proctored. Keep your webcam ON throughout.
2. Switching tabs more than twice will auto-submit your test.
3. Use the latest version of Google Chrome.

Results will be shared with your Training & Placement Cell.

All the best!
Team TestNest
This is a system-generated email. Please do not reply."""
    add("tn1", testnest, [me], T("24/03 09:30"), tn1,
        subject="Trellisoft Technologies - Online Assessment | Campus Hiring 2026",
        html=html_of(tn1), html_only=True, headers=AUTO)
    tn2 = """Dear Meghana Rao,

This is a reminder that your Trellisoft Technologies Online Assessment opens tomorrow,
28/03/2026, at 10:00 AM IST. Please log in 15 minutes early to complete the system check and the
ID verification.

Team TestNest"""
    add("tn2", testnest, [me], T("27/03 18:00"), tn2,
        subject="Reminder: Trellisoft Technologies - Online Assessment tomorrow at 10:00 AM IST",
        parent="tn1", html=html_of(tn2), html_only=True, headers=AUTO, quote=False)
    tn3 = """Dear Meghana Rao,

Your test "Trellisoft Technologies - Campus Hiring 2026" was submitted successfully on 28/03/2026
at 11:12 AM IST.

Reference no.: TN-TS26-558104

Team TestNest"""
    add("tn3", testnest, [me], T("28/03 11:12"), tn3,
        subject="Test submitted successfully - Trellisoft Technologies", parent="tn2",
        html=html_of(tn3), html_only=True, headers=AUTO, quote=False)
    case.thread("tn1", True, "application", "Trellisoft Technologies",
                "proctored online test from an automated platform; invitation, reminder, receipt")
    case.forbid("tn1", "no-reply@testnest.io",
                "automated assessment platform (no-reply); an online test is not a meeting with a "
                "person")

    add("gd1", placement, [batch], T("01/04 17:30"), """Dear Students,

Congratulations to the following 38 students who have cleared the Trellisoft Technologies online
assessment held on 28/03/2026:

1VE22CS004 Abhishek M
1VE22CS011 Ananya Bhat
1VE22CS026 Dhanush Gowda
1VE22CS058 Meghana Rao
1VE22CS071 Pallavi Kamath
1VE22IS013 Chaitra S
... (full list in the sheet shared on the portal)

The Group Discussion round will be conducted online on Friday, 03/04/2026, from 2:30 PM to
4:30 PM by the Trellisoft Talent Acquisition team, in batches of 8-10. The moderator for each batch
will be from Trellisoft; Zoom links will be shared batch-wise on the WhatsApp group one hour
before.

Students must:
- Be in formals, with camera ON throughout
- Keep the college ID card ready
- Join from a quiet place (placement cell cabins are available - contact Mr. Manjunath)

Absentees will not be considered for further rounds.""",
        subject="Trellisoft Technologies - Online Assessment Result & GD Schedule",
        headers=college_list)
    add("gd2", me, [placement], T("01/04 19:02"), """Respected Sir,

I am in the GD shortlist (1VE22CS058). May I join the GD from the hostel? The Wi-Fi in the placement
cabins was very patchy during the last drive.

Regards,
Meghana Rao, VIII Sem CSE""", parent="gd1", sig=False)
    add("gd3", placement, [me], T("02/04 10:10"), """Dear Meghana,

You may join from the hostel provided your connection is stable and the background is plain.
Inform your batch coordinator by today evening.

- Manjunath, Placement Cell""", parent="gd2", sig=False)
    add("gd4", placement, [batch], T("03/04 19:40"), """Dear Students,

GD Result - Trellisoft Technologies

19 students have been shortlisted for the Technical + HR interview on Wednesday, 08/04/2026:
1VE22CS004, 1VE22CS011, 1VE22CS040, 1VE22CS058, 1VE22CS071, 1VE22CS090, 1VE22IS013, 1VE22IS029,
1VE22EC017, ... (see portal)

Trellisoft HR will send individual Microsoft Teams invites to the shortlisted students. Keep
checking your mail, including spam.""", parent="gd1", sig=True, headers=college_list)
    case.meeting("gd1", T("03/04 14:30"), T("03/04 16:30"), met=[],
                 what="group discussion on Zoom; moderators named by no one, no addresses")
    case.thread("gd1", True, "interview", "Trellisoft Technologies",
                "placement cell's OA result and GD schedule (GD on Zoom 03/04, moderated by "
                "Trellisoft, moderators unnamed); her question; GD result")
    case.forbid("gd1", "placements@vidyaranya.ac.in",
                "the college placement cell arranged the GD and mass-mailed the results; it was not "
                "in the GD and is not the company; the Trellisoft moderators have no address")

    tr_start, tr_end = T("08/04 11:00"), T("08/04 12:00")
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
             "NzQ4YjE2ZDctOWU0Mi00@thread.v2/0>\nMeeting ID: 412 883 907 145\nPasscode: Xq7Ld2\n"
             "________________________________________________________________________________")
    tr_body = """Dear Meghana,

Congratulations on clearing the Group Discussion round!

Your Technical & HR interview is scheduled on 08/04/2026 (Wednesday) from 11:00 AM to 12:00 PM IST
on Microsoft Teams. The panel will consist of Mr. Sandeep Hegde (Senior Software Engineer) for the
technical discussion and myself for the HR discussion.

Kindly join 10 minutes before time with your college ID card and a copy of your resume. Ensure
that your camera and mic are working.

Kindly accept the invite to confirm your attendance.

%s

Regards,""" % teams
    tr_title = "Trellisoft Technologies | Technical & HR Interview | Meghana Rao (VCE)"
    tr_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "trellisoft"), stamp=T("06/04 15:20"),
                      start=tr_start, end=tr_end, summary=tr_title, organizer=pooja,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (sandeep, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="India Standard Time", location="Microsoft Teams Meeting",
                      description="Panel: Sandeep Hegde (Technical), Pooja Nair (HR)\n\n" + teams,
                      prodid="Microsoft Exchange Server 2010")
    add("tr1", pooja, [me], T("06/04 15:20"), tr_body, subject=tr_title, cc=[sandeep],
        ics=tr_ics, ics_mode="outlook")
    add("tr2", me, [pooja], T("06/04 16:05"), """Dear Pooja Ma'am,

Thank you for the opportunity. I have accepted the invite and will join 10 minutes before time on
08/04.

Regards,""", parent="tr1")
    add("tr3", pooja, [me], T("08/04 09:05"), """Dear Meghana,

Gentle reminder for your interview today at 11:00 AM. Kindly join on time.

Regards,
Pooja""", parent="tr2", sig=False)
    case.meeting("tr1", tr_start, tr_end,
                 met=["sandeep.hegde@trellisoft.com", "pooja.nair@trellisoft.com"],
                 thanks={"sandeep.hegde@trellisoft.com": "ty_s1"},
                 what="Teams panel: technical (Sandeep) + HR (Pooja)")
    case.thread("tr1", True, "interview", "Trellisoft Technologies",
                "Outlook/Teams invite (India Standard Time) for the panel of 08/04 11:00-12:00 with "
                "Sandeep (technical) and Pooja (HR, organiser and panelist); her 'thank you ma'am' "
                "came before the panel; only Sandeep thanked afterwards, in a new thread")
    case.expect("thank_you", "tr1", "pooja.nair@trellisoft.com",
                "HR half of the 08/04 panel; her only 'thank you' to Pooja was sent on 06/04, before "
                "the meeting; the offer of 15/04 ends callbacks, not a thank-you owed; overdue since "
                "09/04 12:00")
    case.forbid("tr1", "sandeep.hegde@trellisoft.com",
                "thanked by her new-thread note of 08/04 19:30")

    add("ty_s1", me, [sandeep], T("08/04 19:30"), """Dear Sandeep Sir,

Thank you for taking my technical interview this morning. I enjoyed the discussion on my hostel
complaint tracker, and your question on how I would add pagination to the complaints API made me
think about the design more carefully than I had while building it.

I am keen to start my career at Trellisoft and hope to hear good news soon.

Regards,""", subject="Thank you - Technical interview, 08/04/2026")
    add("ty_s2", sandeep, [me], T("09/04 10:20"), """Hi Meghana,

Welcome. All the best.

Regards,""", parent="ty_s1")
    case.thread("ty_s1", True, "interview", "Trellisoft Technologies",
                "her thank-you to the technical panelist, new thread; his one-line reply")

    offer_pdf = make_pdf([
        "Trellisoft Technologies Pvt. Ltd.",
        "Embassy Tech Square, Outer Ring Road, Bengaluru 560103",
        "Date: 15/04/2026",
        "Ms. Meghana Rao, Vidyaranya College of Engineering, Bengaluru",
        "Subject: Offer of employment - Software Engineer Trainee",
        "We are pleased to offer you the position of Software Engineer Trainee.",
        "Annual CTC: INR 6,50,000. Tentative date of joining: 03/08/2026, Bengaluru.",
        "Service agreement: 24 months from the date of joining (see Annexure B).",
        "Please sign and return a copy of this letter by 20/04/2026.",
        "For Trellisoft Technologies Pvt. Ltd., Head - Talent Acquisition",
    ])
    add("offer1", pooja, [me], T("15/04 17:45"), """Dear Meghana,

Greetings from Trellisoft Technologies!

We are pleased to inform you that you have been selected for the position of Software Engineer
Trainee. PFA your offer letter with the details of compensation, the service agreement and the
joining formalities.

Kindly revert with a signed copy of the offer letter by 20/04/2026 EOD to confirm your acceptance.
Your tentative date of joining is 03/08/2026 at our Bengaluru office; the final date and location
will be confirmed in your appointment letter.

For any queries, feel free to reach out to me.

Congratulations once again, and welcome to Trellisoft!

Regards,""", subject="Offer Letter - Software Engineer Trainee - Trellisoft Technologies Pvt. Ltd.",
        cc=[placement], attachments=[("Offer_Letter_Meghana_Rao.pdf", "application/pdf", offer_pdf)])
    case.thread("offer1", True, "offer", "Trellisoft Technologies",
                "offer letter from the HR panelist, cc placement cell; asks for the signed copy by "
                "20/04; not yet answered")

    # ---------------------------------------------------------------- Castellan (Workday, preponed)
    wd1 = """Hi Meghana,

Thank you for applying for the Associate Software Engineer position (JR-20931) at Castellan
Systems, Bengaluru. We have received your application and our recruiting team is reviewing it.

What happens next: if your skills and experience are a match for this role, a recruiter will reach
out to you directly. You can check the status of your application at any time in Castellan
Candidate Home.

We appreciate your interest in Castellan Systems.

Castellan Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""
    add("wd1", workday, [me], T("20/03 14:22"), wd1,
        subject="Castellan Systems - We've received your application (JR-20931)",
        html=html_of(wd1), html_only=True, headers=AUTO)
    case.thread("wd1", True, "application", "Castellan Systems", "Workday acknowledgement")

    c_old, c_new = T("10/04 16:00"), T("09/04 11:00")
    c_title = "Interview: Meghana Rao - Associate Software Engineer (JR-20931)"
    c_teams = ("________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
               "YjQ1ZTkwMzEtNDk0Zi00@thread.v2/0>\nMeeting ID: 287 104 662 938\nPasscode: h9RwT3\n"
               "________________________________________________________________________________")
    c_ics1 = make_ics(method="REQUEST", uid=uid_outlook(NAME, "castellan"), stamp=T("31/03 12:15"),
                      start=c_old, end=c_old + dt.timedelta(hours=1), summary=c_title,
                      organizer=deepa,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (nikhil, "ACCEPTED", "INDIVIDUAL")],
                      tzid="India Standard Time", location="Microsoft Teams Meeting",
                      description="Interviewer: Nikhil Varma, Lead Software Engineer\n\n" + c_teams,
                      prodid="Microsoft Exchange Server 2010")
    add("cs1", deepa, [me], T("31/03 12:15"), """Dear Meghana,

Greetings from Castellan Systems!

Further to your application for Associate Software Engineer (JR-20931), your interview is
scheduled on 10th April at 4 PM IST on Microsoft Teams (duration: 1 hour).

Nikhil Varma (nikhil.varma@castellan.com), Lead Software Engineer in our Identity & Access team,
will take the technical discussion. I will not be joining the call; please reach out to me for
anything related to the schedule.

Please keep the following ready:
- Your updated resume
- A government photo ID (Aadhaar/PAN) for verification
- A laptop with a stable internet connection

Kindly revert with your confirmation.

%s

Thanks & Regards,""" % c_teams, subject="Interview Invitation - Associate Software Engineer (JR-20931) - "
                                   "Castellan Systems", ics=c_ics1, ics_mode="outlook")
    add("cs2", me, [deepa], T("31/03 13:40"), """Dear Ma'am,

Thank you for the opportunity. I confirm my availability for the interview on 10/04/2026 at
4:00 PM IST.

Regards,""", parent="cs1")
    c_ics2 = make_ics(method="REQUEST", uid=uid_outlook(NAME, "castellan"), stamp=T("08/04 14:05"),
                      start=c_new, end=c_new + dt.timedelta(hours=1), summary=c_title,
                      organizer=deepa,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (nikhil, "ACCEPTED", "INDIVIDUAL")],
                      tzid="India Standard Time", location="Microsoft Teams Meeting",
                      description="Interviewer: Nikhil Varma, Lead Software Engineer\n"
                                  "PREPONED from 10/04 4 PM to 09/04 11 AM\n\n" + c_teams,
                      prodid="Microsoft Exchange Server 2010", sequence=1)
    add("cs3", deepa, [me], T("08/04 14:05"), """Dear Meghana,

Due to a change in the panel's travel plans, we need to prepone your interview to tomorrow,
09/04/2026, at 11:00 AM IST (1 hour). The Teams link remains the same. Apologies for the short
notice.

Kindly confirm at the earliest.

Thanks & Regards,""", parent="cs2", cc=[nikhil], ics=c_ics2, ics_mode="outlook")
    add("cs4", me, [deepa], T("08/04 14:30"), """Dear Ma'am,

Noted. I will be available tomorrow, 09/04/2026, at 11:00 AM IST.

Regards,
Meghana""", parent="cs3", sig=False)
    case.meeting("cs1", c_old, c_old + dt.timedelta(hours=1), status="moved",
                 met=["nikhil.varma@castellan.com"], what="original slot, preponed")
    case.meeting("cs1", c_new, c_new + dt.timedelta(hours=1), met=["nikhil.varma@castellan.com"],
                 what="preponed Teams interview")
    case.thread("cs1", True, "interview", "Castellan Systems",
                "recruiter sets a Teams interview for 10/04 16:00, names the interviewer with his "
                "address and says she will not join; preponed to 09/04 11:00-12:00 and held; never "
                "thanked; rejected by Workday on 14/04")
    case.expect("thank_you", "cs1", "nikhil.varma@castellan.com",
                "preponed interview Thu 09/04 11:00-12:00 took place; no note to Nikhil; the "
                "Workday rejection of 14/04 does not cancel a thank-you owed; overdue since 10/04 "
                "12:00")
    case.forbid("cs1", "deepa.krishnan@castellan.com",
                "the recruiter who arranged (and preponed) the interview and said she would not join "
                "it; she promised no date")

    wd2 = """Dear Meghana,

Thank you for your interest in Castellan Systems and for the time you spent with our team during
the interview process for the Associate Software Engineer role (JR-20931).

After careful consideration, we have decided to move forward with other candidates whose
experience more closely matches the current needs of the team.

We know this is not the news you were hoping for. We encourage you to keep an eye on our careers
site and to apply for future roles that match your interests; your profile will remain in our
talent community.

We wish you every success in your career.

Kind regards,
Castellan Talent Acquisition"""
    add("wd2", workday, [me], T("14/04 21:03"), wd2,
        subject="An update on your application for Associate Software Engineer",
        html=html_of(wd2), html_only=True, headers=AUTO)
    case.thread("wd2", True, "rejection", "Castellan Systems", "Workday rejection after the interview")
    case.forbid("wd2", "castellan@myworkday.com",
                "automated Workday sender of the rejection; nothing is owed to it")

    # ---------------------------------------------------------------- Sahyadri (campus, callback)
    add("ppt1", placement, [batch], T("20/03 11:00"), """Dear Students,

Sahyadri Analytics (Dream category, CTC 9.2 LPA, role: Associate Data Engineer) will address the
registered students in a Pre-Placement Talk on Tuesday, 24/03/2026 at 10:30 AM in Seminar Hall 2
(Admin Block, 2nd floor).

Attendance for the PPT is MANDATORY for all registered students. Students who miss the PPT will not
be allowed to take the online test.

The company will also take questions on the role and on the 6-month internship-cum-PPO track.""",
        subject="Pre-Placement Talk | Sahyadri Analytics | 24/03/2026, 10:30 AM | Seminar Hall 2",
        headers=college_list)
    case.meeting("ppt1", T("24/03 10:30"), T("24/03 11:30"), met=[], job=False,
                 what="pre-placement talk to the whole batch; no one met")
    case.thread("ppt1", False, None, "Vidyaranya College of Engineering",
                "placement-cell mass mail about a pre-placement talk; nothing owed")

    add("sa1", neha, [me], T("01/04 12:40"), """Dear Meghana,

Greetings from Sahyadri Analytics!

Congratulations on clearing the online test. Your interview is scheduled on 6th April at 4 PM IST
over Zoom (45 minutes).

Interviewer: Karthik Iyer, Lead - Data Engineering (karthik.iyer@sahyadrianalytics.com)

Please find the Zoom details below:

Neha Joshi is inviting you to a scheduled Zoom meeting.

Topic: Sahyadri Analytics | Campus Interview | Meghana Rao
Time: Apr 6, 2026 04:00 PM India

Join Zoom Meeting
https://us06web.zoom.us/j/86120034471?pwd=bE9xZ2tRc1N3cXlPaUtB

Meeting ID: 861 2003 4471
Passcode: 538219

Kindly acknowledge receipt of this mail.

Regards,""", subject="Sahyadri Analytics - Campus Hiring 2026 - Interview Schedule | Meghana Rao")
    add("sa2", me, [neha], T("01/04 13:30"), """Dear Ma'am,

Received with thanks. I will join the Zoom meeting on 06/04/2026 at 4 PM IST.

Regards,""", parent="sa1")
    add("sa3", me, [karthik], T("06/04 19:10"), """Dear Karthik Sir,

Thank you for taking the time to interview me this evening. I particularly enjoyed the SQL
window-function problem and our discussion on backfilling a partitioned table without downtime; I
read up on it after the call.

I am very interested in the Associate Data Engineer role at Sahyadri Analytics and would be glad to
contribute to your data platform team.

Regards,""", parent="sa2", cc=[neha])
    add("sa4", neha, [me], T("07/04 11:15"), """Dear Meghana,

Thank you for attending the interview with us. Your feedback has been shared with the selection
panel.

We will intimate you about the result by Monday (13/04/2026). Request you not to call the office for
status updates before that.

Regards,""", parent="sa3")
    case.meeting("sa1", T("06/04 16:00"), T("06/04 16:45"), met=["karthik.iyer@sahyadrianalytics.com"],
                 thanks={"karthik.iyer@sahyadrianalytics.com": "sa3"}, what="Zoom interview")
    case.promise("sa1", "sa4", "neha.joshi@sahyadrianalytics.com", "2026-04-13")
    case.thread("sa1", True, "interview", "Sahyadri Analytics",
                "interview set in text with pasted Zoom details (no ICS), interviewer named with his "
                "address; held 06/04 16:00-16:45 and thanked that evening (cc HR); HR: 'we will "
                "intimate you about the result by Monday (13/04/2026)'; nothing since")
    case.expect("callback", "sa1", "neha.joshi@sahyadrianalytics.com",
                "'we will intimate you about the result by Monday (13/04/2026)'; nothing from "
                "Sahyadri since; due from the end of Wed 15/04 (end of Thu 16/04 if one counts the "
                "14/04 holiday), not yet stale", promised="2026-04-13")
    case.forbid("sa1", "karthik.iyer@sahyadrianalytics.com",
                "interviewer thanked in the thread on 06/04 at 19:10, the same evening (a note to him, cc the HR executive)")

    # ---------------------------------------------------------------- Meshwork (no-show, rescheduled)
    add("mw1", swati, [me], T("30/03 11:05"), """Hi Meghana,

Thank you for applying to Meshwork Systems through our careers page. Your profile has been
shortlisted for the Associate Engineer - Platform role.

The next step is a 45-minute technical interview over Zoom. Kindly share your availability for
next week (06/04 - 10/04), preferably two or three slots.

Regards,""", subject="Shortlisted - Associate Engineer (Platform) - Meshwork Systems")
    add("mw2", me, [swati], T("30/03 20:15"), """Dear Swati Ma'am,

Thank you for the update. I am available on:
- 07/04/2026 (Tue): any time after 2:00 PM
- 09/04/2026 (Thu): 3:00 PM to 6:00 PM
- 10/04/2026 (Fri): any time before 12:00 PM

PFA my updated resume.

Regards,""", parent="mw1", attachments=[RESUME])
    mw_old, mw_new = T("07/04 15:00"), T("20/04 11:00")
    mw_title = "Meshwork Systems | Technical Interview | Meghana Rao"
    mw_desc = ("Swati Bhat is inviting you to a scheduled Zoom meeting.\n\nInterviewer: Manoj Pillai, "
               "Engineering Manager\n\nJoin Zoom Meeting\nhttps://meshworksys.zoom.us/j/97730145528\n"
               "Meeting ID: 977 3014 5528\nPasscode: 204417")
    mw_ics1 = make_ics(method="REQUEST", uid="ZOOM" + digest(NAME, "mw", n=20) + "@zoom.us",
                       stamp=T("31/03 10:30"), start=mw_old, end=mw_old + dt.timedelta(minutes=45),
                       summary=mw_title, organizer=swati,
                       attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (manoj, "NEEDS-ACTION", "INDIVIDUAL")],
                       tzid=IST, location="https://meshworksys.zoom.us/j/97730145528",
                       description=mw_desc, prodid="-//zoom.us//iCalendar Event//EN")
    add("mw3", swati, [me], T("31/03 10:30"), """Hi Meghana,

Your interview is scheduled on 07/04/2026 (Tuesday) at 3:00 PM IST with Manoj Pillai, Engineering
Manager. Zoom invite attached.

Regards,
Swati""", parent="mw2", cc=[manoj], sig=False, ics=mw_ics1, ics_mode="attach")
    add("mw4", me, [swati], T("07/04 15:25"), """Dear Ma'am,

I joined the Zoom meeting at 2:55 PM and waited till 3:20 PM, but the interviewer did not join. The
host had not started the meeting either, so I was in the waiting room the whole time.

Kindly advise whether I should keep waiting or if the interview will be rescheduled.

Regards,""", parent="mw3")
    add("mw5", swati, [me], T("07/04 17:40"), """Hi Meghana,

Apologies for the inconvenience caused. Manoj got pulled into a production escalation and could not
join. We will reschedule and get back to you within this week.

Regards,""", parent="mw4")
    mw_ics2 = make_ics(method="REQUEST", uid="ZOOM" + digest(NAME, "mw", n=20) + "@zoom.us",
                       stamp=T("09/04 12:10"), start=mw_new, end=mw_new + dt.timedelta(minutes=45),
                       summary=mw_title, organizer=swati,
                       attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (manoj, "ACCEPTED", "INDIVIDUAL")],
                       tzid=IST, location="https://meshworksys.zoom.us/j/97730145528",
                       description=mw_desc, prodid="-//zoom.us//iCalendar Event//EN", sequence=1)
    add("mw6", swati, [me], T("09/04 12:10"), """Hi Meghana,

As promised, we have rescheduled your interview with Manoj to Monday, 20/04/2026, at 11:00 AM IST.
Updated invite attached. Kindly confirm.

Regards,""", parent="mw5", cc=[manoj], ics=mw_ics2, ics_mode="attach")
    add("mw7", me, [swati], T("09/04 13:00"), """Dear Ma'am,

Confirmed for 20/04/2026 at 11:00 AM IST. Thank you for rescheduling.

Regards,
Meghana""", parent="mw6", sig=False)
    case.meeting("mw1", mw_old, mw_old + dt.timedelta(minutes=45), status="noshow",
                 met=[], what="interviewer never joined")
    case.meeting("mw1", mw_new, mw_new + dt.timedelta(minutes=45), status="scheduled",
                 met=["manoj.pillai@meshworksys.com"], what="rescheduled interview")
    case.promise("mw1", "mw5", "swati.bhat@meshworksys.com", "2026-04-10", answered_by="mw6")
    case.thread("mw1", True, "interview", "Meshwork Systems",
                "Zoom interview 07/04 15:00: the interviewer never joined (no-show); 'we will "
                "reschedule and get back to you within this week' kept on 09/04 with Mon 20/04 "
                "11:00, still ahead")
    case.forbid("mw1", "manoj.pillai@meshworksys.com",
                "he never joined the 07/04 call, so nothing took place; the rescheduled interview is "
                "on Mon 20/04, still in the future")
    case.forbid("mw1", "swati.bhat@meshworksys.com",
                "'get back to you within this week' (by Fri 10/04) was kept on Thu 09/04 with the new "
                "slot; she was not met")

    # ---------------------------------------------------------------- Gullak (founder on his phone)
    add("gk1", me, [arjun], T("30/03 22:30"), """Dear Arjun Sir,

I came across your post on ProConnect about Gullak looking for a backend developer who can "own the
ledger". I am a final-year B.Tech (CSE) student at Vidyaranya College of Engineering, graduating in
July 2026, and I would love to be considered.

A few things I have built:
- UPI Splitter: a bill-splitting app with a double-entry ledger in Postgres, used by ~300 students
  in our hostel
- A rate limiter in Go for our college fest's registration API (handled 9k sign-ups in a day)
- A summer internship at a Mysuru logistics startup (Spring Boot, Kafka)

PFA my resume. Kindly let me know if there is a good time to talk.

Regards,""", subject="Backend developer role at Gullak - Meghana Rao (VCE CSE 2026)",
        attachments=[RESUME])
    add("gk2", arjun, [me], T("31/03 08:47"), """hey meghana, thx for writing in. checked ur github, the upi splitter ledger is neat 👍

can we do a quick call thu 7pm? will call on ur number

Sent from my iPhone""", parent="gk1")
    add("gk3", me, [arjun], T("31/03 09:30"), """Dear Sir,

Thank you! Thursday (02/04) at 7 PM works for me. My number is +91 70220 41836.

Regards,
Meghana""", parent="gk2", sig=False)
    add("gk4", me, [arjun], T("02/04 21:15"), """Dear Arjun Sir,

Thank you for the call this evening, and for explaining how Gullak's round-up savings work behind
the scenes. Reconciling partial UPI failures is exactly the kind of problem I enjoy.

I look forward to the take-home.

Regards,""", parent="gk3")
    add("gk5", arjun, [me], T("03/04 08:10"), """likewise, nice chatting. will send a small take-home by tmrw. nothing crazy, 1 evening

Sent from my iPhone""", parent="gk4")
    add("gk6", arjun, [me], T("04/04 13:20"), """Hi Meghana,

As promised, here's the take-home: https://gullak.notion.site/backend-take-home-v3

tl;dr - build a tiny service that takes round-up transactions and sweeps them into a savings pot
at the end of the day, idempotently. Any language, but we're a Go + Postgres shop so bonus points
there. Please don't spend more than 4-5 hours on it.

Send me the repo link by Wednesday. Tension thagobedi, it's not a university exam :)

Arjun
Founder, Gullak | gullak.app""", parent="gk5")
    add("gk7", me, [arjun], T("07/04 23:40"), """Dear Sir,

PFA the link to my submission: https://github.com/meghana-rao/roundup-sweeper

- Go 1.22 + Postgres, with docker-compose for local runs
- Sweeps are idempotent per (user, day) using a unique key plus an advisory lock
- The README has the design notes and what I would do with more time (retries with backoff, a
  dead-letter table)

It took about five hours, including tests. Please let me know if anything does not run.

Regards,""", parent="gk6")
    add("gk8", arjun, [me], T("08/04 09:02"), """got it. will go thru it n get back to u by friday. swalpa busy this week, fundraise kelsa 🙏

Sent from my iPhone""", parent="gk7")
    case.meeting("gk1", T("02/04 19:00"), None, met=["arjun@gullak.app"],
                 thanks={"arjun@gullak.app": "gk4"}, what="phone call, no end stated")
    case.promise("gk1", "gk5", "arjun@gullak.app", "2026-04-04", answered_by="gk6")
    case.promise("gk1", "gk8", "arjun@gullak.app", "2026-04-10")
    case.thread("gk1", True, "interview", "Gullak",
                "cold mail to a startup founder who answers from his phone, partly in Kannada; phone "
                "call Thu 02/04 19:00 (no end) thanked that night; take-home sent as promised, "
                "submitted 07/04; 'will get back to u by friday' (10/04), nothing since")
    case.expect("callback", "gk1", "arjun@gullak.app",
                "'will go thru it n get back to u by friday' (Fri 10/04); no word from gullak.app "
                "since; due from the end of Tue 14/04, not yet stale", promised="2026-04-10")

    # ---------------------------------------------------------------- Brightlane (couple of weeks)
    add("bl1", me, [brightlane_careers], T("21/03 11:05"), """Dear Hiring Team,

I came to know about the Graduate Engineer Trainee opening at Brightlane Infotech through the
JobHunt India portal. I am a final-year B.Tech (CSE) student at Vidyaranya College of Engineering,
Bengaluru, with a CGPA of 8.7, graduating in July 2026.

PFA my resume for your kind consideration. I would be grateful for an opportunity to interview for
the role.

Regards,""", subject="Application for Graduate Engineer Trainee - Meghana Rao (B.Tech CSE 2026)",
        attachments=[RESUME])
    add("bl2", ritu, [me], T("23/03 10:40"), """Dear Meghana,

Thank you for your interest in Brightlane Infotech and for sharing your resume.

Your profile has been forwarded to the hiring team for the Graduate Engineer Trainee role. The
hiring team will review it and get back to you within the next couple of weeks.

Regards,""", parent="bl1", cc=[brightlane_careers])
    case.promise("bl1", "bl2", "ritu.saxena@brightlane.co.in", "2026-04-06")
    case.thread("bl1", True, "application", "Brightlane Infotech",
                "application by email; recruiter on Mon 23/03: 'get back to you within the next "
                "couple of weeks'; nothing since")
    case.expect("callback", "bl1", "ritu.saxena@brightlane.co.in",
                "'within the next couple of weeks' from Mon 23/03 (read as to Mon 06/04; any reading "
                "from Fri 03/04 to Mon 06/04 gives the same answer); nothing since; due from the end "
                "of Wed 08/04, stale only from 23/04", promised="2026-04-06")

    # ---------------------------------------------------------------- Talentbridge (consultant)
    add("tb1", harish, [me], T("06/04 10:12"), """Hi Meghana,

Greetings from Talentbridge Consulting!

We have an urgent requirement with one of our clients (leading product MNC) for the below
position. Came across your profile on JobHunt India and it looks relevant.

Role: Java Developer - Fresher
Qualification: B.E./B.Tech 2025/2026 (CSE/ISE/ECE)
Skills: Core Java, Spring Boot, SQL, basics of REST
Location: Bangalore / Pune
CTC: 4.5 - 6 LPA

If interested, kindly share your updated CV with the below details at the earliest and do the
needful:
Current CTC:
Expected CTC:
Notice period:
Current location:
Preferred location:""", subject="Urgent opening || Java Developer (Fresher 2025/2026) || Leading MNC || "
                                "Bangalore/Pune")
    add("tb2", me, [harish], T("08/04 21:50"), """Dear Harish Sir,

Thank you for reaching out. PFA my updated resume. Details below:
Current CTC: NA (final-year student, graduating July 2026)
Expected CTC: As per company norms
Notice period: Available to join from July 2026
Current location: Bengaluru
Preferred location: Bengaluru

Regards,""", parent="tb1", attachments=[RESUME])
    add("tb3", harish, [me], T("09/04 10:05"), """Hi Meghana,

Thanks for the quick revert. Shared your profile with the client HR. They are closing the shortlist
this week, will revert by Monday with the status.""", parent="tb2")
    add("tb4", harish, [me], T("13/04 17:20"), """Hi Meghana,

Update from the client side: this requirement has been put on hold till May due to budget
approvals. Will keep your profile and reach out as soon as it reopens, or if any other fresher role
comes up.""", parent="tb3")
    case.promise("tb1", "tb3", "harish.gowda@talentbridgeconsulting.in", "2026-04-13",
                 answered_by="tb4")
    case.thread("tb1", True, "recruiter", "Talentbridge Consulting",
                "consultant recruiter's cold outreach; 'will revert by Monday' kept on Mon 13/04 "
                "(role on hold)")
    case.forbid("tb1", "harish.gowda@talentbridgeconsulting.in",
                "'will revert by Monday' (13/04) was kept the same Monday: the client put the role "
                "on hold; no meeting")

    # ---------------------------------------------------------------- Kelpcloud alumna (coffee)
    add("kc1", me, [aditi], T("01/04 21:05"), """Dear Aditi Ma'am,

I am Meghana, a final-year CSE student at Vidyaranya College of Engineering. I found your profile on
the VCE alumni portal (2019 batch) and read your blog post on moving Kelpcloud's ingestion pipeline
to streaming.

I am trying to decide whether to aim for data engineering roles rather than general SDE roles, and
I would be very grateful for 15 minutes of your time to understand what the work looks like day to
day. I am happy to fit around your schedule, over a call or in person.

Regards,""", subject="Request for 15 minutes of your time - VCE final-year student")
    add("kc2", aditi, [me], T("02/04 08:30"), """Hi Meghana,

Always happy to help a fellow VCE-ite! Calls are hard for me on weekdays, so how about coffee on
Saturday, 11/04, at 11 AM? There's a nice place called Brew Theory on 12th Main, Indiranagar - I
live close by.

Aditi""", parent="kc1", sig=False)
    add("kc3", me, [aditi], T("02/04 09:15"), """Dear Ma'am,

Saturday, 11/04 at 11 AM at Brew Theory works perfectly. Thank you so much for making the time!

Regards,
Meghana""", parent="kc2", sig=False)
    add("kc4", aditi, [me], T("10/04 19:40"), """See you tomorrow! I'll be at a table near the window, grey kurta. Call me on the number below
if you can't spot me.

A""", parent="kc3")
    case.meeting("kc1", T("11/04 11:00"), None, met=["aditi.menon@kelpcloud.com"],
                 what="coffee, no end stated")
    case.thread("kc1", True, "networking", "Kelpcloud",
                "a request for 15 minutes to an alumna found on the alumni portal; coffee Sat 11/04 "
                "11:00 agreed in words (no end time); thanked only beforehand")
    case.expect("thank_you", "kc1", "aditi.menon@kelpcloud.com",
                "coffee Sat 11/04 11:00 (60 min by default) took place; the only thanks came on "
                "02/04, before it; overdue since 12/04 12:00")

    # ---------------------------------------------------------------- Quillpad (hackathon judge)
    add("qp1", farah, [me], T("09/04 18:20"), """Hi Meghana,

I was one of the judges at HackNamma last month - your team's offline-first bill-split demo was one
of the few that actually worked on stage!

Sanjana Prabhu from your college's coding club, who interned with us last summer, also says very
good things about you. Could we talk sometime next week? Nothing formal: I'd like to tell you a bit
about what we're building at Quillpad and hear what you're looking for after graduation.

I'll send a calendar invite for a slot that's free on my side; just decline it if it clashes and
we'll find another.

Best,""", subject="Hello from one of the HackNamma judges")
    add("qp2", me, [farah], T("09/04 20:05"), """Dear Farah Ma'am,

Thank you for reaching out, and for the kind words about our demo! I would be happy to talk next
week. I have classes till 1 PM on most days, so afternoons are best for me.

Regards,""", parent="qp1")
    case.thread("qp1", True, "networking", "Quillpad",
                "a hackathon judge asks to talk, mentions a mutual contact; the time is set only by "
                "the separate calendar invite")

    qp_start, qp_end = T("13/04 16:00"), T("13/04 16:30")
    qp_title = "Meghana / Farah"
    qp_meet = ("Join with Google Meet\nhttps://meet.google.com/xvq-hmta-pkd\n"
               "Or dial: (IN) +91 22 7127 9510 PIN: 418 220 613#")
    qp_desc = "Intro chat - Quillpad"
    qp_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "qp"), stamp=T("10/04 10:15"),
                      start=qp_start, end=qp_end, summary=qp_title, organizer=farah_cal,
                      attendees=[(farah_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=IST, location="https://meet.google.com/xvq-hmta-pkd",
                      description=qp_desc + "\n\n" + qp_meet)
    qp_body = gcal_text(qp_title, "Monday 13 Apr 2026 ⋅ 4pm – 4:30pm", qp_meet, qp_desc,
                        "Farah Siddiqui - organiser\nmeghana.rao@example.net")
    add("qpinv", farah_cal, [me], T("10/04 10:15"), qp_body,
        subject="Invitation: %s @ Mon 13 Apr 2026 4pm - 4:30pm (IST) (meghana.rao@example.net)"
                % qp_title,
        html=html_of(qp_body), ics=qp_ics, ics_mode="google", headers=GCAL, reply_to=farah)
    qp_reply = make_ics(method="REPLY", uid=uid_google(NAME, "qp"), stamp=T("10/04 10:40"),
                        start=qp_start, end=qp_end, summary=qp_title, organizer=farah_cal,
                        attendees=[(me, "ACCEPTED", "INDIVIDUAL")], tzid=IST)
    add("qpacc", me, [farah], T("10/04 10:40"),
        "Meghana Rao has accepted this invitation.\n\n%s\nMonday 13 Apr 2026 ⋅ 4pm – 4:30pm (IST)"
        % qp_title, parent="qpinv", quote=False, sig=False,
        subject="Accepted: %s @ Mon 13 Apr 2026 4pm - 4:30pm (IST)" % qp_title,
        ics=qp_reply, ics_mode="google")
    case.meeting("qpinv", qp_start, qp_end, met=["farah.siddiqui@quillpad.io"],
                 what="Google Meet chat")
    case.thread("qpinv", True, "networking", "Quillpad",
                "Google Calendar invite titled only 'Meghana / Farah' (description: 'Intro chat - "
                "Quillpad') for Mon 13/04 16:00-16:30; accepted; held; never thanked")
    case.expect("thank_you", "qpinv", "farah.siddiqui@quillpad.io",
                "intro call Mon 13/04 16:00-16:30 took place; her only thanks (09/04) came before "
                "it; overdue since 14/04 16:30")

    # ================================================================ NOISE

    add("elig", placement, [batch], T("05/03 10:00"), """Dear Students,

As we enter the second half of the Placement Season 2025-26, all final-year students are requested
to read the following rules carefully. They will be applied strictly.

1. One Student One Offer: a student placed in a Non-Dream company (CTC below 8 LPA) may apply only to
   Dream companies (CTC 8 LPA and above). A student placed in a Dream company is out of the process.
2. Students who are shortlisted for any round and remain absent without prior intimation will be
   barred from the next two drives.
3. Offer letters must be uploaded to the placement portal within 3 days of receipt.
4. Formal dress code is mandatory for all pre-placement talks, tests and interviews, online or
   offline.

Regards,""", subject="IMPORTANT: Placement Season 2025-26 - One Student One Offer policy & Dream "
                        "company rules", headers=college_list)
    case.thread("elig", False, None, "Vidyaranya College of Engineering",
                "placement-cell mass mail: eligibility rules")

    add("orb", placement, [batch], T("07/04 12:00"), """Dear Students,

Orbitel Networks is visiting campus for the role of Graduate Engineer - Network Software.

CTC: 7.2 LPA | Branches: CSE, ISE, ECE, EEE | Eligibility: 70% throughout, no backlogs
Process: Online test (C, networking fundamentals) -> Technical interview -> HR interview
Bond: None

Register on the portal by 10/04/2026, 5 PM. Students already holding a Non-Dream offer are not
eligible.""", subject="Campus Drive | Orbitel Networks | Graduate Engineer - Network Software | "
                        "Registration closes 10/04/2026", headers=college_list)
    case.thread("orb", False, None, "Vidyaranya College of Engineering",
                "placement-cell mass mail about a drive she did not register for")

    add("congr", placement, [batch], T("16/04 10:30"), """Dear All,

The Training & Placement Cell is happy to announce that the following 14 students have been selected
by Trellisoft Technologies Pvt. Ltd. as Software Engineer Trainees:

Abhishek M (CSE), Ananya Bhat (CSE), Chaitra S (ISE), Dhanush Gowda (CSE), Meghana Rao (CSE),
Pallavi Kamath (CSE), ... and 8 others.

Selected students must upload their signed offer letters on the placement portal within 3 days.

Congratulations to all the selected students and their families! Students who could not make it:
more drives are lined up in April, keep preparing.""",
        subject="Congratulations! 14 students selected at Trellisoft Technologies",
        headers=college_list)
    case.thread("congr", False, None, "Vidyaranya College of Engineering",
                "placement-cell mass mail congratulating the selected students")

    add("tess", placement, [batch], T("17/04 08:45"), """Dear Students,

Tessera Labs (Dream category) will conduct an off-campus-cum-pooled drive for the 2026 batch.

Role: Software Engineer, New Grad (with an optional 6-month internship from June)
CTC: 14 LPA | Branches: CSE, ISE, AI&ML | Eligibility: 7.5 CGPA, no backlogs
Process: Online coding test on 25/04/2026 -> two technical interviews -> hiring manager discussion

Students holding a Non-Dream offer are ELIGIBLE for this drive as per the One Student One Offer
policy. Register on the portal by 20/04/2026, 5 PM.

Regards,""", subject="Dream Drive | Tessera Labs | Software Engineer (New Grad) | Register by "
                        "20/04/2026", headers=college_list)
    case.thread("tess", False, None, "Vidyaranya College of Engineering",
                "placement-cell mass mail about a Dream drive, unread at now")

    add("coe1", coe, [batch], T("02/04 15:30"), """Dear Students,

The timetable for the VIII Semester End Semester Examinations (2022 scheme), May/June 2026, is given
below.

25/05/2026 (Mon) - Big Data Analytics (22CS81)
27/05/2026 (Wed) - Professional Elective IV
29/05/2026 (Fri) - Open Elective III
Project Phase-II viva-voce: 08/06/2026 to 12/06/2026 (department-wise schedule to follow)

Time: 9:30 AM to 12:30 PM

Students must carry their hall tickets and college ID cards. Hall tickets will be issued only to
students with 85% attendance and no fee dues.

Controller of Examinations
Vidyaranya College of Engineering (Autonomous)""",
        subject="Timetable - VIII Semester B.E./B.Tech End Semester Examinations - May/June 2026",
        headers=college_list)
    add("coe2", coe, [batch], T("09/04 11:00"), """Dear Students,

REVISED: the examination scheduled on 27/05/2026 (Professional Elective IV) is postponed to
28/05/2026 (Thursday), same time, because of a declared holiday. There is no change in the other
dates.

Controller of Examinations""", parent="coe1", headers=college_list, quote=False)
    case.thread("coe1", False, None, "Vidyaranya College of Engineering",
                "exam timetable and a revision")

    add("fest1", fest, [volunteers], T("12/03 18:00"), """Hi volunteers! 🎉

Vidyutsav 2026 is on 20-21 March. Volunteers' meet on Saturday, 14/03, 5 PM at the Open Air
Theatre. Team-wise briefing:
- Hospitality: accommodation for outstation participants, Block C guest rooms
- Registrations: desk at the main gate, QR-based entry
- Tech team (Meghana, Rakesh, Divya): bring laptops, we're setting up the registration desk app

Attendance is compulsory for getting your volunteer T-shirt and OD letter.

- Core Committee, Vidyutsav 2026""", subject="Vidyutsav 2026 - Volunteers' meet on 14/03, 5 PM, OAT")
    add("fest2", me, [fest], T("13/03 09:20"), """I'll be there. The registration app is ready; I'll get the QR scanners from the club room.

- Meghana (tech team)""", parent="fest1", sig=False)
    case.meeting("fest1", T("14/03 17:00"), None, met=[], job=False, what="fest volunteers' meet")
    case.thread("fest1", False, None, "Vidyutsav 2026", "college fest volunteers")

    add("fest3", fest, [batch], T("17/03 12:00"), """VIDYUTSAV 2026 | 20-21 March | VCE Campus

Day 1: Inauguration 10 AM, hackathon-lite, battle of bands, DJ night
Day 2: Fashion show, coding relay, cultural night with Raghu Dixit Project tribute band

Collect your passes from the Students' Council room with your ID card. Outsiders need a pass from
the website. No entry after 8 PM.

See you there! ✨""", subject="Vidyutsav 2026 | Schedule, passes & pro-show line-up",
        headers=bulk_headers("<students.vidyaranya.ac.in>",
                             "https://groups.google.com/a/vidyaranya.ac.in/g/students/unsubscribe"))
    case.thread("fest3", False, None, "Vidyutsav 2026", "fest schedule, mass mail")

    add("mess1", mess, [residents], T("01/04 08:00"), """Dear Residents,

The mess menu for April 2026 is given below. Based on your feedback, Thursday dinner will now be
North Indian (chapati, dal makhani, jeera rice), and the Sunday special will alternate between
bisi bele bath and veg biryani.

Breakfast: 7:15 - 9:00 AM
Lunch: 12:15 - 2:00 PM
Snacks: 4:45 - 5:30 PM
Dinner: 7:30 - 9:15 PM

March mess bill: Rs. 2,150 per resident (29 days). Residents on leave for more than 5 continuous
days with prior intimation will get a rebate; submit the leave form to the warden by 05/04.

Complaints about food quality may be written in the register at the counter, not on the WhatsApp
group.

Mess Committee
Ladies Hostel, VCE""", subject="Mess menu for April 2026 & March mess bill",
        headers=bulk_headers("<lh-residents.vidyaranya.ac.in>",
                             "https://groups.google.com/a/vidyaranya.ac.in/g/lh-residents/unsubscribe"))
    case.thread("mess1", False, None, "Vidyaranya College of Engineering", "hostel mess, mass mail")

    add("ref_h1", me, [hostel], T("30/03 16:20"), """Respected Sir/Madam,

I had paid a mess advance of Rs. 6,000 in January. As I will be vacating the hostel after my final
exams in June, I request you to kindly refund the unused advance. Details:

Name: Meghana Rao
USN: 1VE22CS058
Room: B-214, Ladies Hostel (Block B)

Kindly do the needful.

Regards,
Meghana""", subject="Request for refund of mess advance - Meghana Rao, Room B-214", sig=False)
    add("ref_h2", hostel, [me], T("31/03 11:10"), """Dear Student,

Your request is noted. The unused mess advance of Rs. 3,850 (after deducting the March bill) will be
credited to the bank account registered with the college by 10/04/2026.

Hostel Office
Ladies Hostel, VCE""", parent="ref_h1")
    add("ref_h3", me, [hostel], T("09/04 15:30"), """Respected Sir/Madam,

Received the amount today. Thank you.

Meghana Rao, B-214""", parent="ref_h2", sig=False)
    case.promise("ref_h1", "ref_h2", "hostel.office@vidyaranya.ac.in", "2026-04-10", job=False)
    case.thread("ref_h1", False, None, "Vidyaranya College of Engineering",
                "hostel refund: 'credited by 10/04/2026', received 09/04; not job search")

    add("pay1", paysetu, [me], T("21/03 13:10"), """You paid Rs. 450.00 to VIDYUTSAV MERCH STALL

UPI ref no: 608142275193
From: Kaveri Bank XX4471
Date: 21 Mar 2026, 01:10 PM

Not you? Report this transaction in the app within 24 hours.""",
        subject="Paid Rs. 450.00 to VIDYUTSAV MERCH STALL", headers=AUTO,
        html=html_of("You paid Rs. 450.00 to VIDYUTSAV MERCH STALL\n\nUPI ref no: 608142275193"))
    case.thread("pay1", False, None, "PaySetu", "payment-app receipt")
    add("pay2", paysetu, [me], T("09/04 15:05"), """You received Rs. 3,850.00 from VIDYARANYA COLL OF ENGG

UPI ref no: 609938102774
To: Kaveri Bank XX4471
Date: 09 Apr 2026, 03:05 PM""", subject="Received Rs. 3,850.00 from VIDYARANYA COLL OF ENGG",
        headers=AUTO,
        html=html_of("You received Rs. 3,850.00 from VIDYARANYA COLL OF ENGG\n\nUPI ref no: "
                     "609938102774"))
    case.thread("pay2", False, None, "PaySetu", "payment-app credit alert")

    for key, when, shop, items, amt in [
            ("bb1", "14/03 20:45", "Udupi Sagar Grand, Kengeri", "2 x Masala Dosa, 1 x Filter Coffee", "212"),
            ("bb2", "26/03 22:10", "Biryani Darbar, RR Nagar", "1 x Chicken Dum Biryani (Half), 1 x Coke 300ml", "318"),
            ("bb3", "12/04 13:05", "Nandi Chats & Juices", "1 x Pani Puri, 1 x Masala Puri, 1 x Mosambi Juice", "176"),
            ("bb4", "16/04 21:20", "Kamat Tiffins, Kengeri Satellite Town", "1 x Rava Idli, 1 x Khara Bath, 1 x Badam Milk", "198")]:
        txt = """Your order has been delivered!

Order from %s
%s

Item total, taxes and delivery: Rs. %s (paid via UPI)

Rate your order and help us serve you better.
Bitebox - Bengaluru""" % (shop, items, amt)
        add(key, bitebox, [me], T(when), txt, subject="Your Bitebox order from %s has been delivered"
            % shop.split(",")[0], html=html_of(txt), html_only=True, headers=AUTO)
        case.thread(key, False, None, "Bitebox", "food-delivery receipt")

    hack_h = {"Reply-To": "team@hacknamma.in"}
    add("hk1", hack, [me], T("18/03 15:00"), """Hi Meghana,

Congratulations - your team Byte Bandits (Meghana Rao, Rahul N, Pallavi Kamath) is confirmed for
HackNamma 2026!

When: 28/03/2026, 9:00 AM to 29/03/2026, 3:00 PM (30 hours)
Where: Koramangala Innovation Hub, 5th Block, Bengaluru
Tracks: Fintech for Bharat, Civic Tech, Open Innovation

Check-in opens at 8:00 AM. Bring your college ID, laptop, chargers and an extension box. Food,
coffee and a place to nap are on us. Judges this year include engineers and founders from Quillpad,
Nimbus Pay and Tessera Labs.

Team HackNamma""", subject="You're in! HackNamma 2026 - Team Byte Bandits confirmed", headers=hack_h)
    case.meeting("hk1", T("28/03 09:00"), T("29/03 15:00"), met=[], job=False, what="hackathon")
    case.thread("hk1", False, None, "HackNamma", "hackathon registration")
    add("hk2", hack, [me], T("30/03 12:00"), """Hi Byte Bandits,

Congratulations! Your team is the 2nd runner-up in the Fintech for Bharat track at HackNamma 2026.
The prize of Rs. 25,000 will be transferred to the team lead's account: please fill the bank details
form here: https://hacknamma.in/forms/prize-2026

E-certificates for all participants will be mailed separately.

Team HackNamma""", subject="HackNamma 2026 - Results, certificates and prize money", headers=hack_h)
    add("hk3", me, [hack], T("30/03 14:15"), """Hi team,

Thank you! We've filled the form. It was a really well-run event.

- Meghana (Byte Bandits)""", parent="hk2", sig=False)
    case.thread("hk2", False, None, "HackNamma", "hackathon results")

    for key, when, no, title in [
            ("wc1", "07/03 09:00", 108, "Why your HashMap is slow, CRDTs without tears, and interview prep that isn't LeetCode"),
            ("wc2", "21/03 09:00", 110, "Postgres advisory locks, reading a flame graph, and how to ask for a referral"),
            ("wc3", "04/04 09:00", 112, "Idempotency keys in practice, the offer-letter checklist, and a Go generics cheat sheet")]:
        txt = """THE WEEKLY COMMIT #%d
%s

1. DEEP DIVE
This week we look at a production bug that only showed up at 2 a.m., and why it had nothing to do
with the code that got blamed for it.

2. CAREER CORNER
Campus hiring season is in full swing. Three hiring managers tell us what they look for in a
fresher's interview, and what makes them stop reading a resume.

3. LINKS WE LIKED
- A visual guide to B-trees
- Writing a tiny shell in Rust
- What every new grad should know about on-call

You are receiving this because you subscribed at weeklycommit.dev.
Unsubscribe: https://weeklycommit.dev/u/mr-58213""" % (no, title)
        add(key, commit, [me], T(when), txt, subject="The Weekly Commit #%d: %s" % (no, title),
            html=html_of(txt), headers=bulk_headers("<issues.weeklycommit.dev>",
                                                    "https://weeklycommit.dev/u/mr-58213"))
        case.thread(key, False, None, "The Weekly Commit", "coding newsletter")

    for key, when, n, jobs in [
            ("pc1", "10/03 08:30", 15, ["Software Engineer I - Quillpad - Bengaluru (Hybrid) - 2 days ago",
                                        "Associate Software Engineer - Castellan Systems - Bengaluru - 1 week ago",
                                        "Graduate Engineer Trainee - Brightlane Infotech - Bengaluru - 3 days ago"]),
            ("pc2", "24/03 08:30", 22, ["SDE-1 (2026 grads) - Ledgerline - Bengaluru - 5 days ago",
                                        "Backend Developer - Gullak - Bengaluru (On-site) - 1 day ago",
                                        "Data Engineer I - Kelpcloud - Bengaluru - 4 days ago"]),
            ("pc3", "14/04 08:30", 18, ["Junior Platform Engineer - Meshwork Systems - Whitefield - 2 days ago",
                                        "Software Engineer, New Grad - Tessera Labs - Remote (India) - 6 days ago",
                                        "Associate Data Engineer - Sahyadri Analytics - HSR Layout - 1 week ago"])]:
        txt = "Meghana, %d new jobs match your alert \"Software Engineer\" in Bengaluru\n\n%s\n\n" \
              "Easy Apply is available for some of these jobs. Applying early improves your chances " \
              "of being noticed by the recruiter.\n\nSee all jobs: https://proconnect.com/jobs/" \
              "alerts/8812\n\nYou are receiving job alert emails. Unsubscribe or manage alerts in " \
              "settings." % (n, "\n".join("- " + j for j in jobs))
        add(key, proconnect, [me], T(when), txt,
            subject="%d new jobs for \"Software Engineer\" in Bengaluru" % n,
            html=html_of(txt), html_only=True,
            headers=bulk_headers("<jobalerts.proconnect.com>", "https://proconnect.com/u/8812"))
        case.thread(key, False, None, "ProConnect", "job alert; nothing owed")

    jh = """Hi Meghana,

3 recruiters viewed your profile this week:
- Talentbridge Consulting (Staffing & Recruitment)
- Brightlane Infotech (IT Services)
- A recruiter from a leading MNC

Profiles with a recent resume update get up to 3x more recruiter actions. Update your resume now.

Team JobHunt India"""
    add("jh1", jobhunt, [me], T("02/04 11:45"), jh,
        subject="Meghana, 3 recruiters viewed your profile this week", html=html_of(jh),
        html_only=True, headers=bulk_headers("<alerts.jobhuntindia.com>",
                                             "https://jobhuntindia.com/unsubscribe/mr58"))
    case.thread("jh1", False, None, "JobHunt India", "job-portal notification")

    # ---- family
    add("am1", amma, [me], T("08/03 20:10"), """ಮೇಘು,

ಹೇಗಿದ್ದೀಯಾ? ಹಾಸ್ಟೆಲ್ ಊಟ ಸರಿಯಾಗಿದೆಯಾ? ಪರೀಕ್ಷೆ, ಇಂಟರ್ವ್ಯೂ ಅಂತ ನಿದ್ದೆ ಕೆಡಿಸಿಕೊಳ್ಳಬೇಡ.

Appa is asking when the placement results will come. Call us on Sunday.

ಅಮ್ಮ""", subject="ಹೇಗಿದ್ದೀಯಾ ಮೇಘು")
    add("am2", me, [amma], T("08/03 21:30"), """Amma, food is ok. Had 2 tests this week, both went fine. Will call on Sunday 🙂

Meghu""", parent="am1", sig=False)
    add("am3", amma, [me], T("09/03 07:15"), """ಸರಿ. ತುಪ್ಪ ಮತ್ತು ಚಟ್ನಿ ಪುಡಿ Shreya's friend ಜೊತೆ ಕಳಿಸ್ತೀನಿ.

ಅಮ್ಮ""", parent="am2")
    case.thread("am1", False, None, None, "her mother, in Kannada and English")

    add("am4", amma, [me], T("13/04 08:30"), """Meghu, Ajji's birthday is on 26/04 (Sunday). Come home on Saturday if possible. Shreya is also
coming from Pune. ಬರ್ತೀಯಾ?

ಅಮ್ಮ""", subject="Ajji's birthday")
    add("am5", me, [amma], T("13/04 22:15"), """Will try Amma. I have the project review on 15th and one more interview on 20th, after that I'm
free till exams. Will book the bus this week.

Meghu""", parent="am4", sig=False)
    case.thread("am4", False, None, None, "her mother about a family birthday")

    add("ap1", appa, [me], T("05/04 07:30"), """Read this before your interview.
Appa

---------- Forwarded message ---------
From: Venkatesh Murthy <vmurthy.retd@gmail.com>
Date: Sat, 4 Apr 2026 at 18:02
Subject: 10 TIPS TO CRACK HR INTERVIEW 100% SELECTION
To: Ramesh Rao <rameshrao1966@gmail.com>

*10 GOLDEN TIPS FOR HR INTERVIEW* 👍👍
1. Always wish "Good Morning Sir/Madam" with smile
2. Never say you are doing job for money
3. Tell your weakness as "I am perfectionist"
4. Carry 5 copies of resume in file
5. Do not cross legs
6. Research the company, its CEO and share price
7. Speak slow and clear
8. Say you will stay in company for long time
9. Ask one question at end
10. Send thank you letter after interview
Forward to all youngsters!!! 🙏""", subject="Fwd: 10 TIPS TO CRACK HR INTERVIEW 100% SELECTION")
    add("ap2", me, [appa], T("05/04 09:10"), """Thank you Appa 😄 Will read it. Tip no. 3 even my seniors laughed at though.

Meghu""", parent="ap1", sig=False)
    case.thread("ap1", False, None, None, "her father forwards interview tips")

    add("sh1", shreya, [me], T("17/03 19:30"), """are u coming home for ugadi (19th)? I'm taking leave thu-fri. shall I book KSRTC airavat for
both of us from blr on wed night? I'll reach blr wed 6pm""", subject="ugadi plans")
    add("sh2", me, [shreya], T("17/03 22:10"), """can't akka 😩 trellisoft registration closes friday and I'm on the fest tech team sat-sun. will
come for ajji's bday next month for sure""", parent="sh1", sig=False)
    add("sh3", shreya, [me], T("18/03 07:40"), """ugh fine. placement > family 😤 jk. all the best with everything, will get ur holige packed""",
        parent="sh2")
    case.thread("sh1", False, None, None, "her sister")

    fwd_body = """akka see this. 2 year service agreement thing is in annexure B, pls check and tell me what u
think. Ledgerline result is still pending.

---------- Forwarded message ---------
From: Pooja Nair <pooja.nair@trellisoft.com>
Date: Wed, 15 Apr 2026 at 17:45
Subject: Offer Letter - Software Engineer Trainee - Trellisoft Technologies Pvt. Ltd.
To: Meghana Rao <meghana.rao@example.net>
Cc: Training & Placement Cell, VCE <placements@vidyaranya.ac.in>

Dear Meghana,

Greetings from Trellisoft Technologies!

We are pleased to inform you that you have been selected for the position of Software Engineer
Trainee. PFA your offer letter with the details of compensation, the service agreement and the
joining formalities.

Kindly revert with a signed copy of the offer letter by 20/04/2026 EOD to confirm your acceptance.
[...]"""
    add("shf1", me, [shreya], T("15/04 21:10"), fwd_body, sig=False,
        subject="Fwd: Offer Letter - Software Engineer Trainee - Trellisoft Technologies Pvt. Ltd.",
        attachments=[("Offer_Letter_Meghana_Rao.pdf", "application/pdf", offer_pdf)])
    add("shf2", shreya, [me], T("16/04 07:50"), """read it. 1.5L if u leave before 2 yrs, pretty standard for service cos. but don't sign before the
ledgerline result, u have till 20th na? if ledgerline says yes u can skip this one. congrats though
meghu!! 🥳 amma says call her tonight""", parent="shf1")
    case.thread("shf1", False, None, None,
                "she forwards her offer letter to her sister for advice; family, no one at the "
                "company")

    # ---- coding club: she is the interviewer
    add("cl1", me, [varun, ananya, faiz], T("06/04 20:30"), """Hi all,

Congratulations on clearing the CodeCrafters core team task round! The interviews will be on
Thursday, 09/04, in CS Lab 3 (2nd floor, CS block). Slots:

4:00 PM - Varun S
4:40 PM - Ananya K
5:20 PM - Mohammed Faiz

Each interview is ~30 minutes with me and Sanjana. We'll ask about your task submission, one small
problem on paper, and why you want to join the core team. Please be on time; we have the lab only
till 6.

Cheers,
Meghana
Outgoing Lead, CodeCrafters - VCE""", subject="CodeCrafters Core Team 2026-27 - Interview slots "
                                             "(Thu, 09/04)", sig=False)
    add("cl2", faiz, [me], T("07/04 08:40"), """Hi akka, is it ok if I come at 5:40 instead? I have a lab internal till 5:15. Sorry for the
trouble.

Faiz""", parent="cl1")
    add("cl3", me, [faiz], T("07/04 10:02"), "Sure Faiz, 5:40 is fine.\n\n- Meghana", parent="cl2",
        sig=False)
    add("cl4", varun, [me], T("09/04 19:15"), """Hi Meghana akka,

Thank you for the interview today. The graph question was tough, but I learnt a lot from how you
explained the BFS approach afterwards. Hoping to get in!

Regards,
Varun S
2nd year CSE""", parent="cl1")
    case.meeting("cl1", T("09/04 16:00"), T("09/04 18:00"),
                 met=["1ve24cs112@vidyaranya.ac.in", "1ve24cs019@vidyaranya.ac.in",
                      "1ve24is047@vidyaranya.ac.in"], job=False,
                 what="coding-club interviews; she is the interviewer")
    case.thread("cl1", False, None, "CodeCrafters, VCE",
                "she interviews juniors for the coding club's core team; a junior thanks her")
    case.forbid("cl1", "1ve24cs112@vidyaranya.ac.in",
                "she was the interviewer (coding-club core team recruitment), not her job search; "
                "the junior's thank-you is to her")

    # ---- project review
    add("pr1", guide, [me, pallavi, rahul], T("08/04 16:30"), """Dear Meghana, Pallavi and Rahul,

The 2nd review for Project Phase-II is scheduled on 15/04/2026 (Wednesday) at 10:00 AM in Seminar
Hall 3. The review panel is Dr. Suresh Babu and Prof. Kavitha R. Each team gets 15 minutes for the
presentation and 10 minutes for questions.

Please bring:
1. Two spiral-bound copies of the draft report
2. The demo running on a laptop (not on the lab systems)
3. The updated weekly diary, signed by me

Send me the slides by Monday evening.

Regards,""", subject="Project Phase-II - 2nd Review on 15/04/2026")
    slides = make_pdf(["Team 14: Low-latency campus event ticketing on UPI",
                       "Vidyaranya College of Engineering, Dept. of CSE - Project Phase-II review 2",
                       "Meghana Rao, Pallavi Kamath, Rahul N - Guide: Dr. Lakshmi Narayan"])
    add("pr2", me, [guide], T("13/04 20:45"), """Respected Ma'am,

PFA the slides for our review on Wednesday. We have added the latency comparison you asked for on
slide 9.

Regards,
Meghana (on behalf of Team 14)""", parent="pr1", cc=[pallavi, rahul], sig=False,
        attachments=[("Team14_Review2.pdf", "application/pdf", slides)])
    add("pr3", guide, [me], T("15/04 13:10"), """Good presentation today. The panel wants the results chapter to have a proper comparison table
with the baseline. Incorporate the corrections and submit the final draft to me by 24/04.

- LN""", parent="pr2", cc=[pallavi, rahul], sig=False)
    case.meeting("pr1", T("15/04 10:00"), T("15/04 11:00"),
                 met=["lakshmi.narayan@vidyaranya.ac.in"], job=False,
                 what="academic project review before a faculty panel")
    case.thread("pr1", False, None, "Vidyaranya College of Engineering",
                "final-year project review with her guide and a faculty panel; not job search")
    case.forbid("pr1", "lakshmi.narayan@vidyaranya.ac.in",
                "her project guide; the 15/04 'review panel' is an academic review, not an "
                "interview; the 24/04 date is a deadline for the students, not a promise")

    # ---- pallavi (classmate)
    add("pk1", pallavi, [me], T("02/04 16:10"), """Hey, do you still have the GD topics doc the seniors shared last year? Apparently Trellisoft repeats
"Will AI replace programmers?" every single year 😂""", subject="GD topics doc?")
    gd_doc = make_pdf(["GD topics - collected by the 2025 batch",
                       "AI will replace programmers: for and against",
                       "Work from home vs office for freshers",
                       "UPI and the cashless village: hype or reality",
                       "Should engineering colleges drop attendance rules?"])
    add("pk2", me, [pallavi], T("02/04 17:05"), """Yes! PFA. Also practise summarising at the end, seniors said the moderators like that.

- M""", parent="pk1", sig=False, attachments=[("GD_topics_2025.pdf", "application/pdf", gd_doc)])
    add("pk3", pallavi, [me], T("02/04 17:30"), "Thanks da, lifesaver 🙏", parent="pk2")
    case.thread("pk1", False, None, None, "classmate asks for GD preparation notes")

    # ---- dentist
    d_start = T("11/04 18:30")
    d_ics = make_ics(method="PUBLISH", uid="smilecare-" + digest(NAME, "dent", n=16),
                     stamp=T("03/04 18:20"), start=d_start, end=d_start + dt.timedelta(minutes=30),
                     summary="Dental appointment - SmileCare Jayanagar (Dr. Raghavendra K.)",
                     organizer=dental, tzid=IST,
                     location="SmileCare Dental Clinic, 4th Block, Jayanagar, Bengaluru 560011",
                     description="Scaling & polishing, review of wisdom tooth",
                     prodid="-//SmileCare Dental//Clinic Scheduler 2.1//EN")
    add("dn1", dental, [me], T("03/04 18:20"), """Dear Meghana Rao,

Your appointment with Dr. Raghavendra K. (Dental Surgeon) is confirmed.

Date: Saturday, 11/04/2026
Time: 6:30 PM
Clinic: SmileCare Dental Clinic, 4th Block, Jayanagar, Bengaluru - 560011
Treatment: Scaling & polishing, review of wisdom tooth

Please arrive 10 minutes early. To reschedule, call 080-2663 1190 at least 4 hours before your
slot.

Team SmileCare""", subject="Appointment confirmed - SmileCare Dental, Jayanagar - 11/04/2026, 6:30 PM",
        ics=d_ics, ics_mode="publish", headers=AUTO)
    add("dn2", dental, [me], T("10/04 18:30"), """Reminder: your appointment at SmileCare Dental Clinic, Jayanagar is tomorrow, 11/04/2026, at
6:30 PM with Dr. Raghavendra K. Reply C to confirm or call 080-2663 1190 to reschedule.""",
        parent="dn1", quote=False, headers=AUTO)
    case.meeting("dn1", d_start, d_start + dt.timedelta(minutes=30), met=[], job=False,
                 what="dentist")
    case.thread("dn1", False, None, "SmileCare Dental Clinic", "dental appointment (ICS PUBLISH)")
    case.forbid("dn1", "appointments@smilecaredental.in",
                "a dentist's appointment, not job search")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
