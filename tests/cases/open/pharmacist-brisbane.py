#!/usr/bin/env python3
"""Daniel Nguyen, senior hospital pharmacist in Brisbane, moving into the pharmaceutical industry.

A labelled case (CASES.md format) written blind with casekit. Brisbane keeps AEST (+10:00)
all year; Sydney and Melbourne are on AEDT (+11:00) throughout the mailbox, Singapore on +08:00.
"""

import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, AUTO, GCAL, uid_*

BNE = "Australia/Brisbane"
SYD = "Australia/Sydney"
MEL = "Australia/Melbourne"
SIN = "Asia/Singapore"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

NAME = "pharmacist-brisbane"


def pdf(filename, lines):
    return (filename, "application/pdf", make_pdf(lines))


def build():
    now = dt.datetime(2026, 3, 11, 9, 0, tzinfo=ZoneInfo(BNE))
    case = Case(
        NAME,
        "Senior hospital pharmacist in Brisbane (AEST, no daylight saving) moving into pharma: "
        "MSL, medical information and market access, with Queensland public-sector recruitment "
        "alongside; Sydney/Melbourne times in AEDT, Singapore HR.",
        {"name": "Daniel Nguyen", "emails": ["daniel.nguyen@example.com.au"],
         "phone": "+61 491 570 156", "timezone": BNE},
        now,
        "",
    )
    B = case.at  # "YYYY-MM-DD HH:MM" in Brisbane time

    me = Person("Daniel Nguyen", "daniel.nguyen@example.com.au", tz=BNE, style="webmail",
                sig="Daniel Nguyen\nM 0491 570 156", msgid_domain="example.com.au")
    case.me = me

    # ---------------------------------------------------------------- people: job search
    sophie = Person("Sophie Marchetti", "sophie.marchetti@halcyontx.com", tz=SYD, style="outlook",
                    region="ausprd01",
                    sig="Sophie Marchetti\nTalent Acquisition Partner – Medical & Scientific\n"
                        "Halcyon Therapeutics Australia Pty Ltd\n"
                        "Level 9, 60 Margaret Street, Sydney NSW 2000\nT +61 2 5550 1184")
    helen = Person("Helen Okoye", "helen.okoye@halcyontx.com", tz=SYD, style="outlook",
                   region="ausprd01")
    marcus = Person("Marcus Webb", "marcus.webb@halcyontx.com", tz=SYD, style="outlook",
                    region="ausprd01")
    workday = Person("Halcyon Therapeutics", "halcyontx@myworkday.com", tz=SYD, style="auto",
                     auto=True)

    fiona = Person("Fiona Callaghan", "fiona.callaghan@qmes.qld.gov.au", tz=BNE, style="outlook",
                   region="ausprd01",
                   sig="Dr Fiona Callaghan\nDirector\nQueensland Medicines Evaluation Service\n"
                       "Queensland Government\nP 07 5550 3418")
    raj = Person("Rajesh Patel", "rajesh.patel@qmes.qld.gov.au", tz=BNE, style="outlook",
                 region="ausprd01",
                 sig="Rajesh Patel\nPrincipal Pharmacist – Health Technology Assessment\n"
                     "Queensland Medicines Evaluation Service\nP 07 5550 3422")
    KERRY = ("Kerry Ellis", "kerry.ellis@qmes.qld.gov.au")
    ROOM702 = ("QMES Meeting Room 7.02 (8)", "mr-7.02@qmes.qld.gov.au")
    qjobs = Person("QJobs", "noreply@qjobs.qld.gov.au", tz=BNE, style="auto", auto=True)

    nathan = Person("Nathan Cole", "nathan.cole@aurelishealth.com.au", tz=SYD, style="outlook",
                    region="ausprd01",
                    sig="Nathan Cole | Head of Market Access ANZ\nAurelis Health Pty Ltd\n"
                        "Level 21, 101 Miller Street, North Sydney NSW 2060\nM +61 491 570 158")
    linkedin = Person("LinkedIn", "jobs-noreply@linkedin.com", tz="UTC", style="auto", auto=True)

    weiling = Person("Tan Wei Ling", "weiling.tan@meridalepharma.com", tz=SIN, style="outlook",
                     region="apcprd06",
                     sig="Tan Wei Ling\nTalent Acquisition Partner, APAC\n"
                         "Meridale Pharmaceuticals Asia Pacific Pte Ltd\n"
                         "8 Marina View, #30-01, Singapore 018960\nT +65 6550 2174")
    claire = Person("Claire Dunstan", "claire.dunstan@meridalepharma.com", tz=MEL, style="outlook",
                    region="ausprd01")

    jess = Person("Jess O'Brien", "jess.obrien@helixls.com.au", tz=BNE, style="gmail",
                  sig="Jess O'Brien\nSenior Consultant – Medical Affairs\n"
                      "Helix Life Sciences Recruitment\nLevel 3, 88 Eagle Street, Brisbane QLD 4000\n"
                      "M 0491 570 313 | helixls.com.au")
    tom = Person("Tom Papadopoulos", "tom.papadopoulos@vantarabio.com.au", tz=BNE, style="outlook",
                 region="ausprd01")
    kate = Person("Kate Sorensen", "kate.sorensen.qld@gmail.com", tz=BNE, style="gmail")
    grace = Person("Grace Liu", "grace.liu@tessalybio.com", tz=SYD, style="gmail",
                   sig="Grace Liu\nHead of Medical Affairs, ANZ\nTessaly Biopharma\n+61 2 5550 7720")
    sam = Person("Sam Whitfield", "sam.whitfield@tessalybio.com", tz=SYD, style="gcal")
    meixin = Person("Goh Mei Xin", "meixin.goh@luminarpharma.com", tz=SIN, style="outlook",
                    region="apcprd03",
                    sig="Goh Mei Xin\nTalent Acquisition Partner – APAC\n"
                        "Luminar Pharma Singapore Pte Ltd\nT +65 6550 8813")
    ANDREW = ("Dr Andrew Sim", "andrew.sim@luminarpharma.com")
    smartr = Person("Corallis Pharma", "noreply@smartrecruiters.com", tz="UTC", style="auto",
                    auto=True)
    lily = Person("Lily Hartono", "lily.hartono@corallis.com.au", tz=BNE, style="outlook",
                  region="ausprd01",
                  sig="Lily Hartono\nPeople & Culture Coordinator\nCorallis Pharma Pty Ltd\n"
                      "Level 4, 31 Park Road, Milton QLD 4064\nP 07 5550 6120")
    NAOMI = ("Naomi Fraser", "naomi.fraser@corallis.com.au")
    hannah = Person("Hannah Brooks", "hannah.brooks@ostarahe.com.au", tz=MEL, style="gmail",
                    sig="Hannah Brooks\nSenior Consultant, Market Access & HTA\n"
                        "Ostara Health Economics\nP 03 5550 4471")
    sue = Person("Sue Whitaker", "sue.whitaker52@gmail.com", tz=BNE, style="gmail")

    # ---------------------------------------------------------------- people: noise
    roster = Person("Pinegrove HHS Rostering", "rostering-noreply@pinegrovehhs.qld.gov.au", tz=BNE,
                    style="auto", auto=True)
    comms = Person("Pinegrove HHS Communications", "communications@pinegrovehhs.qld.gov.au",
                   tz=BNE, style="outlook", region="ausprd01")
    ict = Person("ICT Service Desk", "ict.servicedesk@pinegrovehhs.qld.gov.au", tz=BNE,
                 style="outlook", region="ausprd01")
    josh = Person("Josh Whitby", "josh.whitby@pinegrovehhs.qld.gov.au", tz=BNE, style="outlook",
                  region="ausprd01")
    karen = Person("Karen Liddell", "karen.liddell@pinegrovehhs.qld.gov.au", tz=BNE,
                   style="outlook", region="ausprd01",
                   sig="Karen Liddell\nDeputy Director of Pharmacy\nPinegrove Hospital\n"
                       "Pinegrove Hospital and Health Service\nP 07 5550 2291")
    TEGAN = ("Tegan Moore", "tegan.moore@pinegrovehhs.qld.gov.au")
    SEMROOM = ("PH-L2 Pharmacy Seminar Room", "ph-l2-seminar@pinegrovehhs.qld.gov.au")
    cpna = Person("Clinical Pharmacy Network Australia", "news@cpna.org.au", tz=MEL, style="auto",
                  auto=True)
    zoom = Person("Zoom", "no-reply@zoom.us", tz="UTC", style="auto", auto=True)
    ahpra = Person("Ahpra", "noreply@ahpra.gov.au", tz=MEL, style="auto", auto=True)
    swimsec = Person("Ashgrove Dolphins Swimming Club", "secretary@ashgrovedolphins.org.au",
                     tz=BNE, style="gmail")
    bree = Person("Bree Holt", "bree.holt@ashgrovedolphins.org.au", tz=BNE, style="gmail")
    ravi = Person("Ravi Menon", "ravi.menon@keystonelending.com.au", tz=BNE, style="outlook",
                  region="ausprd01",
                  sig="Ravi Menon | Senior Mortgage Broker\nKeystone Lending\nM 0491 572 549\n"
                      "Credit Representative 512345 of Keystone Lending Group Pty Ltd")
    strata = Person("Ridgeline Strata", "admin@ridgelinestrata.com.au", tz=BNE, style="outlook",
                    region="ausprd01")
    seek = Person("SEEK", "jobmail@s.seek.com.au", tz=MEL, style="auto", auto=True)
    linh = Person("Linh Pham", "linh.pham.bne@gmail.com", tz=BNE, style="gmail")
    mum = Person("Nguyễn Thị Hoa", "nguyenthihoa58@yahoo.com.au", tz=BNE, style="webmail",
                 msgid_domain="mail.yahoo.com", locale="vi")
    khoa = Person("Khoa Le", "khoa.le.84@gmail.com", tz=BNE, style="gmail")
    khoa_friends = [Person("Minh Tran", "minh.tran.bne@gmail.com"),
                    Person("Sarah Le", "sarahle.home@gmail.com"),
                    Person("Phil Osei", "phil.osei@example.org")]
    energy = Person("Sunwave Energy", "billing@sunwaveenergy.com.au", tz=BNE, style="auto",
                    auto=True)
    books = Person("Folio & Co Books", "orders@folioandco.com.au", tz=MEL, style="auto", auto=True)
    school = Person("Glenlyon State School", "admin@glenlyonss.eq.edu.au", tz=BNE,
                    style="outlook", region="ausprd01")
    dental = Person("Smile Street Family Dental", "reception@smilestreetdental.com.au", tz=BNE,
                    style="auto", auto=True)
    tmr = Person("Transport and Main Roads", "noreply@tmr.qld.gov.au", tz=BNE, style="auto",
                 auto=True)
    fmn = Person("Field Medical Network ANZ", "hello@fieldmedicalnetwork.org.au", tz=SYD,
                 style="auto", auto=True)

    add = case.add

    # =====================================================================================
    # JOB SEARCH
    # =====================================================================================

    # ---- Halcyon Therapeutics: Workday acknowledgement -------------------------------
    t = """Hi Daniel,

Thank you for your interest in Halcyon Therapeutics and for applying for the Medical Science Liaison, Oncology (QLD/NT) position (Job Requisition R-02417).

Our Talent Acquisition team will now review your application against the requirements of the role. If your experience is a match, a member of the team will contact you.

You can check the status of your application at any time by signing in to your Candidate Home.

Kind regards,
Halcyon Therapeutics Talent Acquisition

This is an automated message sent from Workday. Please do not reply to this email."""
    add("hal_ack", workday, [me], B("2026-02-09 20:14"), t, sig=False,
        subject="Thank you for applying – Medical Science Liaison, Oncology (QLD/NT) (R-02417)",
        html=html_of(t, "Halcyon Therapeutics"), html_only=True, headers=AUTO)
    case.thread("hal_ack", True, "application", "Halcyon Therapeutics",
                "Workday acknowledgement of the MSL Oncology application; automated, owes nothing")

    # ---- Halcyon: Sophie (TA) thread: screen, presentation panel, replacement, promise --
    add("hal_1", sophie, [me], B("2026-02-11 15:42"), """Hi Daniel,

Thanks for applying for our MSL Oncology role covering Queensland and the NT. I'm the Talent Acquisition Partner supporting our medical team, and I'd love to set up an initial phone conversation (around 30 minutes) to learn more about your background and talk you through the role.

Would either of these work? I've put them in Brisbane time so there's no daylight saving maths involved:

• Tuesday 17 February, 10:30am
• Wednesday 18 February, 1:00pm

I'll call you on the mobile number in your application.

Kind regards,
Sophie""", subject="MSL Oncology (QLD/NT) – Halcyon Therapeutics")
    add("hal_2", me, [sophie], B("2026-02-11 19:05"), """Hi Sophie,

Thanks for getting in touch. Tuesday 17 February at 10:30am works well for me – I'm on leave that day so I'll be somewhere quiet.

Kind regards,
Daniel""", parent="hal_1")
    add("hal_3", sophie, [me], B("2026-02-12 08:50"), """Great – locked in for Tuesday at 10:30am your time. Speak then!

Sophie""", parent="hal_2", sig=False)
    add("hal_4", me, [sophie], B("2026-02-17 12:40"), """Hi Sophie,

Thank you for your time on the phone this morning, and for explaining how the oncology MSL team is set up across the eastern states. It was helpful to hear how much of the role sits with the cancer centres I already work alongside.

Happy to provide anything else you need for the next stage.

Kind regards,
Daniel""", parent="hal_3")
    add("hal_5", sophie, [me], B("2026-02-20 13:25"), """Hi Daniel,

Good news – I've shared your details with the hiring team and they'd like to invite you to a panel interview for the MSL Oncology (QLD/NT) role.

Date: Wednesday 4 March 2026
Time: 2:00pm – 3:30pm AEDT
Format: Microsoft Teams (I'll send the link closer to the day)

The panel:
- Dr Helen Okoye, Medical Director ANZ – helen.okoye@halcyontx.com
- Marcus Webb, MSL Manager, Eastern States – marcus.webb@halcyontx.com
- Dr Aisha Rahman, Medical Manager, Oncology – aisha.rahman@halcyontx.com

The first 15 minutes is a presentation from you – brief attached. Pick a recent phase III oncology publication and present it as you would to a medical oncologist, including its limitations and where it might sit in practice. Helen will chair and keep time; the rest is a competency-based discussion.

You'll also get a formal invitation through Workday – please accept it there so it's recorded against your application.

I won't be on the call myself, but ring me any time beforehand if you have questions.

Cheers,
Sophie""", parent="hal_4",
        attachments=[pdf("Halcyon_MSL_Presentation_Brief.pdf", [
            "Halcyon Therapeutics - MSL Panel Presentation Brief",
            "Role: Medical Science Liaison, Oncology (QLD/NT)",
            "Duration: 15 minutes presentation, 10 minutes questions",
            "Select a phase III oncology publication from the last 24 months.",
            "Present it as you would to a medical oncologist: design, results,",
            "limitations, and where it may fit in Australian practice.",
            "Slides optional. Screen share via Microsoft Teams."])])
    add("hal_6", me, [sophie], B("2026-02-20 18:30"), """Hi Sophie,

That's great news, thank you. Confirmed for Wednesday 4 March – I've accepted the Workday invitation as well. I'll keep the presentation to 15 minutes.

Kind regards,
Daniel""", parent="hal_5")
    add("hal_7", sophie, [me], B("2026-03-03 14:10"), """Hi Daniel,

Here's the Teams link for tomorrow's panel:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk4YzEtHalcyon%40thread.v2/0
Meeting ID: 418 552 907 631
Passcode: Hx7tQ2

Jump on a few minutes early; if you're sharing slides, Teams screen-share works best.

All the best!
Sophie""", parent="hal_6")
    add("hal_8", sophie, [me], B("2026-03-04 08:05"), """Hi Daniel,

Quick heads-up before this afternoon: Aisha is unwell today and can't join the panel. Dr Ben Kowalczyk, Senior MSL Oncology (ben.kowalczyk@halcyontx.com), will take her place. Ben covers NSW and has sat on plenty of MSL panels, so nothing changes on your side – same time, same link.

Good luck!
Sophie""", parent="hal_7")
    add("hal_9", me, [sophie], B("2026-03-04 08:41"), """No problem at all, appreciate the heads-up. Talk to the panel this afternoon.

Daniel

Sent from my iPhone""", parent="hal_8", sig=False)
    add("hal_10", sophie, [me], B("2026-03-05 10:15"), """Hi Daniel,

Thanks for presenting to the panel yesterday – Helen mentioned your take on the trial's crossover design was a highlight.

The panel is meeting on Monday 9 March to finalise their decision, and I'll be back in touch with all candidates by Wednesday 11 March either way.

Kind regards,
Sophie""", parent="hal_9")
    add("hal_11", me, [sophie], B("2026-03-05 12:20"), """Hi Sophie,

Good to hear, and thanks for the update. I'll look out for your email next week.

Kind regards,
Daniel""", parent="hal_10")
    case.thread("hal_1", True, "interview", "Halcyon Therapeutics",
                "phone screen with Sophie Tue 17 Feb 10:30 (thanked at 12:40); panel Wed 4 Mar "
                "2:00-3:30pm AEDT = 13:00-14:30 Brisbane, time given only in AEDT; Aisha replaced "
                "on the day by Ben Kowalczyk (address in the heads-up); Helen and Marcus thanked in "
                "new threads, Ben never; Sophie: 'back in touch by Wednesday 11 March' (open)")
    case.meeting("hal_1", B("2026-02-17 10:30"), B("2026-02-17 11:00"),
                 met=[sophie.email], thanks={sophie.email: "hal_4"}, what="phone screen")
    case.meeting("hal_1", B("2026-03-04 13:00"), B("2026-03-04 14:30"),
                 met=[helen.email, marcus.email, "ben.kowalczyk@halcyontx.com"],
                 thanks={helen.email: "hal_ty_helen", marcus.email: "hal_ty_marcus"},
                 what="presentation panel")
    case.promise("hal_1", "hal_10", sophie.email, "2026-03-11")

    # ---- Halcyon: Workday interview invitation (no ICS, AEDT only) -------------------
    t = """Dear Daniel Nguyen,

You have been invited to interview for the following position.

Job Requisition: R-02417 Medical Science Liaison, Oncology (QLD/NT)
Interview Type: Panel Interview (Video) – includes 15 minute presentation
Date: Wednesday, 4 March 2026
Time: 2:00 PM – 3:30 PM (GMT+11:00) Australian Eastern Daylight Time
Location: Microsoft Teams – details to follow from your recruiter

Interviewers:
Helen Okoye – Medical Director ANZ
Marcus Webb – MSL Manager, Eastern States
Aisha Rahman – Medical Manager, Oncology

Please sign in to Candidate Home to confirm your attendance.

Halcyon Therapeutics Talent Acquisition
This email was sent from an unmonitored mailbox."""
    add("hal_wd", workday, [me], B("2026-02-20 13:40"), t, sig=False,
        subject="Interview Invitation: Medical Science Liaison, Oncology (QLD/NT)",
        html=html_of(t, "Interview Invitation"), html_only=True, headers=AUTO)
    case.thread("hal_wd", True, "interview", "Halcyon Therapeutics",
                "Workday invitation for the Wed 4 Mar panel, time only in AEDT, names the original "
                "three interviewers without addresses; automated sender")

    # ---- Halcyon: thank-you notes in new threads --------------------------------------
    add("hal_ty_helen", me, [helen], B("2026-03-04 17:05"), """Dear Helen,

Thank you for chairing this afternoon's panel and for the time you and the team gave me. I enjoyed the discussion after the presentation, particularly your question about how an MSL earns the trust of a sceptical tumour group – it's something I've had to do at the hospital when introducing new chemotherapy protocols.

Why I think I'd be a good fit:
- Eleven years of hospital practice, the last six on the oncology and haematology service
- Regular experience presenting trial evidence to medical oncologists and our Drug & Therapeutics Committee
- Established relationships across the Queensland cancer centres

I remain very keen on the role and will check in with Sophie after the panel's decision. Thank you again for your time and consideration.

Kind regards,
Daniel""", subject="Thank you – MSL Oncology panel")
    case.thread("hal_ty_helen", True, "interview", "Halcyon Therapeutics",
                "thank-you to Helen Okoye after the Wed 4 Mar panel, new thread")
    add("hal_ty_marcus", me, [marcus], B("2026-03-04 17:20"), """Hi Marcus,

Thanks so much for your time on the panel today. Hearing how you structure field time across Queensland and the Territory – and the honest picture of the travel – was really useful, and it's made me more excited about the role rather than less.

I'd love the chance to bring my oncology ward experience to the team. Thanks again, and I hope to speak with you again soon.

Cheers,
Daniel""", subject="Today's MSL panel")
    case.thread("hal_ty_marcus", True, "interview", "Halcyon Therapeutics",
                "thank-you to Marcus Webb after the Wed 4 Mar panel, new thread")

    # ---- QMES (Queensland public sector): QJobs acknowledgement ------------------------
    t = """Dear Daniel Nguyen

Thank you for your application for the following role:

Job title: Senior Pharmacist – Health Technology Assessment (HP5)
Job ad reference: QLD/QMES/1427
Agency: Queensland Medicines Evaluation Service
Closing date: Monday, 9 February 2026

Your application has been submitted successfully. Applications will be assessed after the closing date and you will be notified of the outcome of your application.

Please do not reply to this email. Log in to QJobs to view or withdraw your application.

QJobs – Queensland Government careers"""
    add("qm_ack", qjobs, [me], B("2026-02-02 21:03"), t, sig=False,
        subject="Application received: Senior Pharmacist – Health Technology Assessment "
                "(QLD/QMES/1427)",
        html=html_of(t, "QJobs"), html_only=True, headers=AUTO)
    case.thread("qm_ack", True, "application", "Queensland Medicines Evaluation Service",
                "QJobs acknowledgement; 'you will be notified of the outcome' with no date")

    # ---- QMES: invitation to interview, promise, referee checks -----------------------
    add("qm_1", fiona, [me], B("2026-02-13 11:20"), """Dear Daniel

Thank you for your application for the position of Senior Pharmacist – Health Technology Assessment (HP5), reference QLD/QMES/1427. I am pleased to advise that you have been shortlisted for interview.

The selection panel will comprise:
• Dr Fiona Callaghan, Director, Queensland Medicines Evaluation Service (Chair)
• Mr Rajesh Patel, Principal Pharmacist – HTA
• Ms Kerry Ellis, Senior HR Business Partner (non-voting member)

Interviews will be held in person at Level 7, 15 Adelaide Street, Brisbane and will run for approximately 60 minutes. You will be provided with the questions 15 minutes before the interview. Available times are:

Thursday 26 February – 9.00am or 1.30pm
Friday 27 February – 10.00am or 2.00pm

Please reply to this email with your preferred time and I will forward a calendar invitation.

Following interviews, referee checks will be undertaken for shortlisted applicants. Applicants assessed as suitable but not appointed may be placed on a merit list for up to 12 months.

Regards""", subject="Invitation to interview – Senior Pharmacist (HTA), QLD/QMES/1427")
    add("qm_2", me, [fiona], B("2026-02-15 20:10"), """Dear Fiona,

Thank you for the invitation. I would like to take the Friday 27 February 10.00am time, please.

Kind regards,
Daniel Nguyen""", parent="qm_1")
    add("qm_3", fiona, [me], B("2026-02-16 09:05"), """Thanks Daniel, confirmed for Friday 27 February at 10am. A calendar invitation will follow shortly. Please bring photo ID and report to reception on Level 7.

Regards""", parent="qm_2")
    add("qm_4", fiona, [me], B("2026-03-02 16:45"), """Dear Daniel

On behalf of the panel, thank you for attending interview on Friday for the position of Senior Pharmacist – HTA.

The panel is currently finalising its assessment. Referee checks will be conducted for applicants under consideration, and all applicants will be notified of the outcome in writing. We anticipate this will occur within the next two weeks.

Regards""", parent="qm_3")
    add("qm_5", fiona, [me], B("2026-03-06 14:30"), """Dear Daniel

The panel would like to proceed with referee checks. Could you please confirm current contact details for your two nominated referees, and let them know they may be contacted next week?

Regards""", parent="qm_4")
    add("qm_6", me, [fiona], B("2026-03-06 20:40"), """Dear Fiona,

Please find my referees' current details below. Both know to expect a call from the panel next week.

1. Dr Susan Whitaker – former Director of Pharmacy, Pinegrove Hospital (retired 2025) – 0491 570 157 – sue.whitaker52@gmail.com
2. Karen Liddell – Deputy Director of Pharmacy, Pinegrove Hospital – 07 5550 2291 – karen.liddell@pinegrovehhs.qld.gov.au

Kind regards,
Daniel""", parent="qm_5")
    case.thread("qm_1", True, "interview", "Queensland Medicines Evaluation Service",
                "invitation from the panel chair (names the panel, no addresses); slot picked; "
                "'notified of the outcome ... within the next two weeks' (Mon 2 Mar, open to Mon 16 "
                "Mar) and a referee-check request on Fri 6 Mar; Daniel's reply gives referees, "
                "no thanks")
    case.promise("qm_1", "qm_4", fiona.email, "2026-03-16", answered_by="qm_5")
    # 'they may be contacted next week' (the referees, week of 9 March): open at now
    case.promise("qm_1", "qm_5", fiona.email, "2026-03-13")

    # ---- QMES: the chair's Outlook invitation (chair organises and runs the panel) ----
    ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "qmes-interview"), stamp=B("2026-02-16 09:12"),
        start=B("2026-02-27 10:00"), end=B("2026-02-27 11:00"),
        summary="Interview – Senior Pharmacist (HTA) QLD/QMES/1427 – Daniel Nguyen",
        organizer=fiona, tzid="E. Australia Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (raj, "ACCEPTED", "INDIVIDUAL"),
                   (KERRY, "ACCEPTED", "INDIVIDUAL"), (ROOM702, "ACCEPTED", "ROOM")],
        location="Level 7, 15 Adelaide Street, Brisbane – Meeting Room 7.02",
        description="Selection panel interview – Senior Pharmacist (Health Technology "
                    "Assessment), HP5.\n\n09:40 Candidate reading time (questions provided)\n"
                    "10:00 Welcome, introductions and process – Chair (Dr Fiona Callaghan)\n"
                    "10:05 Questions 1-2 – Chair\n10:25 Questions 3-4 – Mr Rajesh Patel\n"
                    "10:45 Question 5 and process questions – Ms Kerry Ellis (HR, non-voting)\n"
                    "10:55 Candidate questions and close – Chair",
        prodid=OUTLOOK)
    add("qm_inv", fiona, [me], B("2026-02-16 09:12"), """Dear Daniel

Please find the calendar invitation for your interview on Friday 27 February at 10am. Please arrive at Level 7 reception by 9.40am for reading time.

Regards""", subject="Interview – Senior Pharmacist (HTA) QLD/QMES/1427 – Daniel Nguyen",
        cc=[raj], ics=ics, ics_mode="outlook")
    case.thread("qm_inv", True, "interview", "Queensland Medicines Evaluation Service",
                "Outlook invitation from the chair (organiser, runs the interview): Fri 27 Feb "
                "10:00-11:00 in person; attendees Raj Patel, Kerry Ellis (HR, non-voting) and "
                "meeting room 7.02; only Raj was thanked (in his own thread)")
    case.meeting("qm_inv", B("2026-02-27 10:00"), B("2026-02-27 11:00"),
                 met=[fiona.email, raj.email, KERRY[1]], thanks={raj.email: "qm_raj_2"},
                 what="selection panel")

    # ---- QMES: Raj's note after the interview, thanked ---------------------------------
    add("qm_raj_1", raj, [me], B("2026-02-27 15:10"), """Hi Daniel

As mentioned at the end of this morning's interview, here is the link to the current PBAC Guidelines (version 5.0), in particular section 3A on translating trial outcomes. Just something to have on hand – no need to reply.

https://pbac.pbs.gov.au/information/printable-version-of-guidelines.html

Regards
Raj""", subject="PBAC Guidelines – as mentioned")
    add("qm_raj_2", me, [raj], B("2026-02-27 19:30"), """Hi Raj,

Thank you – both for the link and for the time you and the panel gave me this morning. Our discussion about applying surrogate outcomes to a formulary decision stayed with me on the drive home, and section 3A is exactly what I'd been looking for.

Kind regards,
Daniel""", parent="qm_raj_1")
    case.thread("qm_raj_1", True, "interview", "Queensland Medicines Evaluation Service",
                "panel member Raj Patel sends a link after the interview; Daniel thanks him here")

    # ---- Aurelis Health: LinkedIn application -----------------------------------------
    t = """Your application was sent to Aurelis Health

Market Access Manager
Aurelis Health · Sydney, New South Wales, Australia (Hybrid)
Applied on 18 Feb 2026

Your profile, resume and contact information were shared with Aurelis Health. You can track your application under My Jobs.

This email was intended for Daniel Nguyen (Senior Pharmacist – Cancer Care Services).
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."""
    add("au_li", linkedin, [me], B("2026-02-18 21:40"), t, sig=False,
        subject="Daniel, your application was sent to Aurelis Health",
        html=html_of(t, "LinkedIn"), html_only=True,
        headers=dict(AUTO, **bulk_headers("<jobs.linkedin.com>",
                                          "https://www.linkedin.com/e/v2?unsub=jobs")))
    case.thread("au_li", True, "application", "Aurelis Health",
                "LinkedIn confirmation that the application was sent; automated")

    # ---- Aurelis Health: Nathan, interview, thanks, 'by COB Friday' -------------------
    add("au_1", nathan, [me], B("2026-02-23 10:05"), """Hi Daniel,

Thanks for your application for our Market Access Manager role. Your formulary submissions work stood out – it's not often we see a hospital pharmacist who has written the cost-effectiveness section himself.

Would you have 45 minutes this Friday for a Teams conversation with me? I'm free any time between 9 and 4 your time.

Regards,
Nathan""", subject="Market Access Manager – Aurelis Health")
    add("au_2", me, [nathan], B("2026-02-23 12:55"), """Hi Nathan,

Thanks for reaching out – I'd be glad to. Friday at 2pm Brisbane time (3pm in Sydney) would suit me well, if that works for you.

Regards,
Daniel""", parent="au_1")
    add("au_3", nathan, [me], B("2026-02-23 13:30"), """Perfect – invite on its way.

N""", parent="au_2", sig=False)
    add("au_4", me, [nathan], B("2026-02-27 16:20"), """Hi Nathan,

Thank you for the conversation this afternoon. I appreciated the candid overview of the submissions pipeline for the next 18 months, and the resubmission case study was a great way to frame the role.

Three things I'd bring:
• Hands-on experience building economic evaluations for formulary submissions
• A clinician's reading of trial evidence, and of what PBAC and hospital committees look for
• Ten years of working with the specialists who will ultimately prescribe the therapies

I'm very keen on the role. Thanks again for your time and consideration.

Kind regards,
Daniel""", parent="au_3")
    add("au_5", nathan, [me], B("2026-03-02 09:40"), """Hi Daniel,

Thanks for the note, I enjoyed it too. I've got two more conversations this week and I'll let you know where we've landed by COB Friday.

Cheers,
Nathan

Get Outlook for iOS""", parent="au_4", sig=False)
    case.thread("au_1", True, "interview", "Aurelis Health",
                "Teams interview Fri 27 Feb 14:00-14:45 Brisbane (3pm Sydney), thanked here at "
                "16:20; Nathan on Mon 2 Mar: 'let you know where we've landed by COB Friday' "
                "(Fri 6 Mar); nothing from Aurelis since")
    case.promise("au_1", "au_5", nathan.email, "2026-03-06")

    ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "aurelis"), stamp=B("2026-02-23 13:34"),
        start=B("2026-02-27 14:00"), end=B("2026-02-27 14:45"),
        summary="Daniel Nguyen / Nathan Cole – Market Access Manager",
        organizer=nathan, tzid="AUS Eastern Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/"
                    "19%3ameeting_Aurelis0227%40thread.v2/0\nMeeting ID: 392 118 004 276\n"
                    "Passcode: 8kPq4v",
        prodid=OUTLOOK)
    add("au_inv", nathan, [me], B("2026-02-23 13:34"), """Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Aurelis0227%40thread.v2/0
Meeting ID: 392 118 004 276
Passcode: 8kPq4v

For organisers: Meeting options""", sig=False,
        subject="Daniel Nguyen / Nathan Cole – Market Access Manager", ics=ics, ics_mode="outlook")
    case.thread("au_inv", True, "interview", "Aurelis Health",
                "Teams invitation for Fri 27 Feb 3:00-3:45pm AEDT (ICS in AUS Eastern Standard "
                "Time); the meeting and its thanks are recorded in the conversation thread")
    case.meeting("au_inv", B("2026-02-27 14:00"), B("2026-02-27 14:45"),
                 met=[nathan.email], thanks={nathan.email: "au_4"}, what="Teams interview")

    # ---- Meridale Pharmaceuticals: Singapore TA, cancelled interview, relayed promise ---
    add("me_1", weiling, [me], B("2026-02-10 13:15"), """Dear Daniel,

Greetings from Singapore. I am the Talent Acquisition Partner for Meridale in Asia Pacific, and I am supporting our Australian medical affairs team with the Medical Information Manager (ANZ) role you applied for.

Our hiring manager, Claire Dunstan (Associate Director, Medical Affairs ANZ, based in Melbourne), would like to meet you over Microsoft Teams for a first-round interview of about one hour. Would either of the following suit?

• Wed 18 Feb, 11.00am SGT / 1.00pm AEST (Brisbane)
• Thu 26 Feb, 12.00pm SGT / 2.00pm AEST (Brisbane)

Claire will send the Teams invitation once a slot is confirmed.

Best regards,
Wei Ling""", subject="Medical Information Manager ANZ – Meridale Pharmaceuticals")
    add("me_2", me, [weiling], B("2026-02-10 19:50"), """Dear Wei Ling,

Thank you for getting in touch. The 18th is difficult with my roster, so Thursday 26 February at 2pm Brisbane time would be ideal.

Best regards,
Daniel""", parent="me_1")
    add("me_3", weiling, [me], B("2026-02-11 10:02"), """Dear Daniel,

Noted with thanks. I have informed Claire and she will send the invitation shortly.

Best regards,
Wei Ling""", parent="me_2")
    add("me_4", weiling, [me], B("2026-02-24 11:30"), """Dear Daniel,

Claire has asked me to pass on her apologies for cancelling Thursday's interview at short notice. The Medical Information Manager position has been put on hold while our global medical affairs structure is reviewed.

Claire expects to have clarity by Friday, 27 February on whether the role will proceed, and she will let you know either way. We remain very interested in your profile.

Best regards,
Wei Ling""", parent="me_3")
    add("me_5", me, [weiling], B("2026-02-24 12:45"), """Dear Wei Ling,

Understood, and thanks for letting me know. I'd still be very interested if the role goes ahead.

Best regards,
Daniel""", parent="me_4")
    case.thread("me_1", True, "interview", "Meridale Pharmaceuticals",
                "Singapore TA schedules a Teams interview with the Melbourne hiring manager for "
                "Thu 26 Feb; after the cancellation she relays Claire's word: clarity 'by Friday, "
                "27 February'; nothing from Meridale since")
    case.promise("me_1", "me_4", weiling.email, "2026-02-27")

    uid_me = uid_outlook(NAME, "meridale")
    ics = make_ics(
        method="REQUEST", uid=uid_me, stamp=B("2026-02-11 15:20"),
        start=B("2026-02-26 14:00"), end=B("2026-02-26 15:00"),
        summary="Meridale – Medical Information Manager ANZ – interview with Daniel Nguyen",
        organizer=claire, tzid="AUS Eastern Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (weiling, "ACCEPTED", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Hi Daniel, looking forward to speaking with you. Claire\n\n"
                    "Microsoft Teams meeting\nMeeting ID: 455 902 118 37\nPasscode: mR3vX9",
        prodid=OUTLOOK)
    add("me_inv", claire, [me], B("2026-02-11 15:20"), """Hi Daniel, looking forward to speaking with you. Claire

Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 455 902 118 37
Passcode: mR3vX9""", cc=[weiling], sig=False,
        subject="Meridale – Medical Information Manager ANZ – interview with Daniel Nguyen",
        ics=ics, ics_mode="outlook")
    case.thread("me_inv", True, "interview", "Meridale Pharmaceuticals",
                "Claire's Teams invitation, Thu 26 Feb 3-4pm AEDT (= 2-3pm Brisbane); cancelled "
                "by the company on Tue 24 Feb")
    case.meeting("me_inv", B("2026-02-26 14:00"), B("2026-02-26 15:00"), status="cancelled",
                 what="first-round interview")
    ics = make_ics(
        method="CANCEL", uid=uid_me, stamp=B("2026-02-24 09:10"),
        start=B("2026-02-26 14:00"), end=B("2026-02-26 15:00"),
        summary="Canceled: Meridale – Medical Information Manager ANZ – interview with Daniel "
                "Nguyen",
        organizer=claire, tzid="AUS Eastern Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (weiling, "ACCEPTED", "INDIVIDUAL")],
        location="Microsoft Teams Meeting", sequence=1, status="CANCELLED", prodid=OUTLOOK)
    add("me_cxl", claire, [me], B("2026-02-24 09:10"), """Apologies Daniel – I need to cancel this one. Wei Ling will be in touch with more detail.

Claire""", cc=[weiling], sig=False,
        subject="Canceled: Meridale – Medical Information Manager ANZ – interview with Daniel "
                "Nguyen", ics=ics, ics_mode="outlook")
    case.thread("me_cxl", True, "interview", "Meridale Pharmaceuticals",
                "ICS CANCEL for the Thu 26 Feb interview")

    # ---- Helix Life Sciences Recruitment: Jess -----------------------------------------
    add("hx_1", jess, [me], B("2026-02-12 16:30"), """Hi Daniel,

Hope you don't mind me reaching out directly – I came across your poster on oncology dose-banding from the Medicines Management conference and then your LinkedIn profile. I'm a consultant at Helix Life Sciences Recruitment and I look after medical affairs roles across QLD and northern NSW.

I'm working on a couple of MSL and Medical Information positions with clients who are specifically after hospital pharmacists with oncology or haem experience. Would you be open to a 20-minute chat early next week?

Cheers,
Jess""", subject="MSL and Medical Information roles – Brisbane")
    add("hx_2", me, [jess], B("2026-02-12 20:15"), """Hi Jess,

Thanks for getting in touch – happy to chat. Monday 16 Feb at 12:15 would work (my lunch break). Best number is 0491 570 156.

Cheers,
Daniel""", parent="hx_1", sig=False)
    add("hx_3", jess, [me], B("2026-02-13 08:20"), """Monday 12:15 it is – I'll give you a call then. Have a great weekend!

Jess""", parent="hx_2", sig=False)
    add("hx_4", me, [jess], B("2026-02-16 17:45"), """Hi Jess,

Thanks for the chat today – good to get an agency's view of the market. As discussed, CV attached (updated with the oncology stewardship project). Happy for you to put me forward for the Medical Information role with your client, and keep me in mind for the MSL one once you know more.

Cheers,
Daniel""", parent="hx_3",
        attachments=[pdf("Daniel_Nguyen_CV_Feb2026.pdf", [
            "Daniel Nguyen - Curriculum Vitae",
            "Senior Pharmacist, Cancer Care Services, Pinegrove Hospital (2020-present)",
            "Pharmacist, Pinegrove Hospital (2015-2020)",
            "BPharm (Hons); Graduate Certificate in Pharmacy Practice",
            "Oncology antimicrobial stewardship project lead, 2025",
            "M 0491 570 156 | daniel.nguyen@example.com.au"])])
    add("hx_5", jess, [me], B("2026-02-23 15:05"), """Hi Daniel,

Quick update: I've submitted your CV to my client for the Medical Information Specialist role (a mid-sized biotech in Brisbane – I'll share the name once they've confirmed interest). They're also looking at two candidates from another agency, so things are moving quickly.

The hiring manager is reviewing CVs this week – I'll give you a call on Thursday with their feedback.

Cheers,
Jess""", parent="hx_4")
    add("hx_6", me, [jess], B("2026-02-27 07:50"), """Hi Jess,

Thanks for the call yesterday arvo, and great news that they'd like to meet. As discussed I've attached the version of my CV with the medicines information KPIs added. Any day in the week of 16 March works for me apart from the Wednesday – just let me know what suits the client.

Cheers,
Daniel

Sent from my iPhone""", parent="hx_5", sig=False,
        attachments=[pdf("Daniel_Nguyen_CV_MI_v2.pdf", [
            "Daniel Nguyen - Curriculum Vitae (Medical Information)",
            "Medicines information service: 1,200+ enquiries a year, 48 h turnaround",
            "Senior Pharmacist, Cancer Care Services, Pinegrove Hospital",
            "M 0491 570 156 | daniel.nguyen@example.com.au"])])
    case.thread("hx_1", True, "recruiter", "Helix Life Sciences Recruitment",
                "agency recruiter; intro call Mon 16 Feb (thanked); 'I'll give you a call on "
                "Thursday' (26 Feb), mentions two other candidates; the call happened: Daniel's "
                "Fri 27 Feb 07:50 email mentions it (no written word from Helix since)")
    case.meeting("hx_1", B("2026-02-16 12:15"), None, met=[jess.email],
                 thanks={jess.email: "hx_4"}, what="recruiter intro call")
    case.promise("hx_1", "hx_5", jess.email, "2026-02-26", answered_by="hx_6")

    # ---- Vantara Biologics: coffee with a former colleague now an MSL ------------------
    add("va_1", me, [tom], B("2026-02-25 21:05"), """Hey Tom,

Long time no see – hope Vantara's treating you well. I've been thinking seriously about a move into medical affairs and you were the first person I thought of. Any chance I could shout you a coffee and pick your brain about what MSL life is really like?

Weekends are easiest for me but I can make a weekday lunch work.

Cheers,
Dan""", subject="Coffee sometime?", sig=False)
    add("va_2", tom, [me], B("2026-02-26 07:15"), """Dan! Great to hear from you. Too easy – how's this Saturday, 8am at Sprocket in Ashgrove? I'm there most Saturdays after parkrun anyway.

Tom

Get Outlook for iOS""", parent="va_1", sig=False)
    add("va_3", me, [tom], B("2026-02-26 12:30"), """Perfect, thanks mate – see you Saturday. Coffee's on me.

Dan""", parent="va_2", sig=False)
    add("va_4", tom, [me], B("2026-03-10 19:40"), """Hey Dan,

Great to catch up the other Saturday – sorry it's taken me a week and a bit to get this to you. As promised, our Medical Manager for QLD is Rebecca Lau (rebecca.lau@vantarabio.com.au). I've given her a heads-up about you and she's happy for you to email her directly – mention the dose-banding work, she'll love that.

Also, Field Medical Network has a free webinar on MSL interviews next month, worth a look.

Tom

Tom Papadopoulos | Medical Science Liaison – Immunology (QLD)
Vantara Biologics Australia
M 0491 571 266""", parent="va_3", sig=False)
    case.thread("va_1", True, "networking", "Vantara Biologics",
                "coffee with former colleague Tom (now an MSL) Sat 28 Feb 8am, no end given; the "
                "only thanks came before it; Tom's Tue 10 Mar note gives Rebecca Lau's address "
                "(not met); no reply yet")
    case.meeting("va_1", B("2026-02-28 08:00"), None, met=[tom.email], what="coffee")

    # ---- Tessaly Biopharma: LinkedIn message forwarded by a friend --------------------
    add("te_fwd", kate, [me], B("2026-02-26 21:14"), """Dan – see below! Grace is lovely, she was my manager years ago before she went to Tessaly. I've told her you're the best oncology pharmacist I know and that she should grab you before someone else does. Her email is grace.liu@tessalybio.com – she'll be in touch.

K x

---------- Forwarded message ---------
From: Grace Liu via LinkedIn <messages-noreply@linkedin.com>
Date: Thu, 26 Feb 2026 at 6:02 pm
Subject: Grace Liu sent you a message
To: Kate Sorensen <kate.sorensen.qld@gmail.com>


Grace Liu
Head of Medical Affairs, ANZ at Tessaly Biopharma

Hi Kate! Hope the new role at the CRO is going well. Quick one: we're growing the MSL team in Queensland and I'm after hospital pharmacists with oncology experience who could step into the field. Anyone come to mind? Happy to have an informal chat first.

Reply    View profile

This message was sent to Kate Sorensen. Unsubscribe
© 2026 LinkedIn Corporation""", subject="Fwd: Grace Liu sent you a message", sig=False)
    add("te_fwd2", me, [kate], B("2026-02-27 06:50"), """Kate you legend – thank you! Will let you know how it goes. Coffee soon?

D""", parent="te_fwd", sig=False)
    case.thread("te_fwd", True, "networking", "Tessaly Biopharma",
                "a friend forwards a LinkedIn message from Tessaly's Head of Medical Affairs; "
                "Kate is the referrer, not at any meeting, promised nothing")

    add("te_1", grace, [me], B("2026-02-27 08:30"), """Hi Daniel,

Kate Sorensen tells me you're someone I should meet, and she's rarely wrong. I lead Medical Affairs at Tessaly and we're building out our field team in Queensland.

Nothing formal yet – I'd just like to hear about your work and tell you a little about us. Could we talk on Monday? I'm free between 12 and 1 Sydney time.

Best,
Grace""", subject="Hello from Tessaly (via Kate Sorensen)")
    add("te_2", me, [grace], B("2026-02-27 12:10"), """Hi Grace,

Lovely to hear from you – Kate is far too kind. Monday suits: would 12.30pm Sydney time (11.30am here in Brisbane) work? Happy to jump on Teams, or you can reach me on 0491 570 156.

Kind regards,
Daniel""", parent="te_1")
    add("te_3", grace, [me], B("2026-02-27 13:02"), """12.30 Monday is great – I'll call your mobile. Half an hour should do it.

G""", parent="te_2", sig=False)
    case.thread("te_1", True, "networking", "Tessaly Biopharma",
                "'Kate says good things, could we talk on Monday?'; call Mon 2 Mar 11:30-12:00 "
                "Brisbane (12:30 Sydney), thanked in a new thread the same afternoon")
    case.meeting("te_1", B("2026-03-02 11:30"), B("2026-03-02 12:00"), met=[grace.email],
                 thanks={grace.email: "te_ty"}, what="intro call")

    add("te_ty", me, [grace], B("2026-03-02 15:10"), """Hi Grace,

Thank you for taking the time to speak with me today. It was great to hear how Tessaly's field team works with the cancer centres, and I appreciated your frankness about the first year for a pharmacist moving into an MSL role.

I'd welcome the chance to be considered once the Queensland role is formalised, and I'll send through the abstract of my dose-banding audit later this week.

Kind regards,
Daniel""", subject="Thank you – today's call")
    add("te_ty2", grace, [me], B("2026-03-03 08:55"), """Thanks Daniel, I enjoyed it too. I've asked Sam Whitfield, our MSL Manager for QLD and Northern NSW, to reach out early next week to set up a proper conversation. Sam's lovely – you'll get along.

Grace""", parent="te_ty", sig=False)
    case.thread("te_ty", True, "networking", "Tessaly Biopharma",
                "thank-you to Grace; her reply: Sam will 'reach out early next week' (Sam's "
                "invitation came on Fri 6 Mar, so it is settled)")
    case.promise("te_ty", "te_ty2", grace.email, "2026-03-11", answered_by="te_sam")

    ics = make_ics(
        method="REQUEST", uid=uid_google(NAME, "tessaly-sam"), stamp=B("2026-03-06 16:20"),
        start=B("2026-03-12 10:00"), end=B("2026-03-12 11:00"),
        summary="Daniel / Sam – coffee chat (Tessaly MSL, QLD)",
        organizer=sam, tzid="Australia/Sydney",
        attendees=[(sam, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/xqv-hnrb-kta",
        description="Hi Daniel – Grace passed on your details. Looking forward to a chat about "
                    "the MSL role in QLD. Sam")
    t = """Daniel / Sam – coffee chat (Tessaly MSL, QLD)
Thursday 12 Mar 2026 ⋅ 11am – 12pm (Australian Eastern Daylight Time - Sydney)

Join with Google Meet
meet.google.com/xqv-hnrb-kta

Hi Daniel – Grace passed on your details. Looking forward to a chat about the MSL role in QLD. Sam

Guests
Sam Whitfield - organiser
daniel.nguyen@example.com.au

Reply for daniel.nguyen@example.com.au: Yes / No / Maybe / More options

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event."""
    add("te_sam", sam, [me], B("2026-03-06 16:20"), t, sig=False,
        subject="Invitation: Daniel / Sam – coffee chat (Tessaly MSL, QLD) @ Thu 12 Mar 2026 "
                "11am - 12pm (AEDT) (daniel.nguyen@example.com.au)",
        html=html_of(t), ics=ics, ics_mode="google", headers=GCAL)
    case.thread("te_sam", True, "interview", "Tessaly Biopharma",
                "Google Calendar invitation from the MSL Manager for Thu 12 Mar 11am AEDT "
                "(10am Brisbane): still ahead at now")
    case.meeting("te_sam", B("2026-03-12 10:00"), B("2026-03-12 11:00"), status="scheduled",
                 what="MSL conversation")

    # ---- Luminar Pharma: Singapore TA, interview Mon 9 Mar -----------------------------
    add("lu_1", meixin, [me], B("2026-03-02 14:20"), """Dear Daniel,

Thank you for your application for the position of Medical Science Liaison – Cardiometabolic (Brisbane). I am pleased to let you know that our Medical Lead ANZ, Dr Andrew Sim (andrew.sim@luminarpharma.com), would like to meet you.

The interview will be conducted over Microsoft Teams by Andrew and myself, and will take about an hour. We would like to propose:

Monday, 9 March 2026, 9.00am – 10.00am (Singapore time) / 11.00am – 12.00pm (Brisbane time)

Kindly let me know if this is suitable and I will send the calendar invitation.

Best regards,
Mei Xin""", subject="Luminar Pharma – MSL Cardiometabolic (Brisbane) – Interview")
    add("lu_2", me, [meixin], B("2026-03-02 19:30"), """Dear Mei Xin,

Thank you – Monday 9 March at 11.00am Brisbane time suits me well. I look forward to speaking with you and Dr Sim.

Kind regards,
Daniel""", parent="lu_1")
    ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "luminar"), stamp=B("2026-03-03 10:05"),
        start=B("2026-03-09 11:00"), end=B("2026-03-09 12:00"),
        summary="Interview: Daniel Nguyen – MSL Cardiometabolic (Brisbane)",
        organizer=meixin, tzid="Singapore Standard Time",
        attendees=[(ANDREW, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Interviewers: Dr Andrew Sim (Medical Lead ANZ) and Goh Mei Xin (Talent "
                    "Acquisition, APAC).\nMicrosoft Teams meeting ID: 276 330 915 442\n"
                    "Passcode: Lm8wQz",
        prodid=OUTLOOK)
    add("lu_3", meixin, [me], B("2026-03-03 10:05"), """Dear Daniel,

Noted with thanks. Please find the calendar invitation attached; the Teams link is in the invitation. Do join 5 minutes early to test your audio.

Best regards,
Mei Xin""", parent="lu_2", cc=[Person(*ANDREW)], ics=ics, ics_mode="attach")
    case.thread("lu_1", True, "interview", "Luminar Pharma",
                "Singapore TA sets a Teams interview Mon 9 Mar 9-10am SGT = 11:00-12:00 Brisbane "
                "with Dr Andrew Sim and herself (ICS in Singapore Standard Time); Daniel's only "
                "thanks came before it")
    case.meeting("lu_1", B("2026-03-09 11:00"), B("2026-03-09 12:00"),
                 met=[ANDREW[1], meixin.email], what="Teams interview")

    # ---- Corallis Pharma: SmartRecruiters ack, interview, rejection --------------------
    t = """Hi Daniel,

Thanks for applying for the Medical Information Pharmacist position at Corallis Pharma. We've received your application and our team is reviewing it.

If your skills and experience match what we're looking for, we'll be in touch about next steps.

Best wishes,
The Corallis Pharma Talent Team

Powered by SmartRecruiters"""
    add("co_ack", smartr, [me], B("2026-02-13 12:02"), t, sig=False,
        subject="Thanks for applying to Corallis Pharma",
        html=html_of(t, "Corallis Pharma"), html_only=True, headers=AUTO)
    case.thread("co_ack", True, "application", "Corallis Pharma",
                "SmartRecruiters acknowledgement; automated")

    add("co_1", lily, [me], B("2026-02-24 10:40"), """Hi Daniel,

Thank you for applying for the Medical Information Pharmacist role with Corallis Pharma. Naomi Fraser, our Medical Information Lead, would like to invite you to a 45-minute interview via Microsoft Teams.

Would Monday 2 March at 2:00pm suit? If not, Naomi also has Tuesday 3 March at 9:00am.

Kind regards,
Lily""", subject="Interview invitation – Medical Information Pharmacist")
    add("co_2", me, [lily], B("2026-02-24 12:15"), """Hi Lily,

Monday 2 March at 2pm suits me. Thank you for arranging.

Regards,
Daniel""", parent="co_1")
    ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "corallis"), stamp=B("2026-02-24 14:02"),
        start=B("2026-03-02 14:00"), end=B("2026-03-02 14:45"),
        summary="Interview – Medical Information Pharmacist – Daniel Nguyen",
        organizer=lily, tzid="E. Australia Standard Time",
        attendees=[(NAOMI, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Interviewer: Naomi Fraser, Medical Information Lead.\n"
                    "Microsoft Teams meeting ID: 301 774 226 90\nPasscode: Cp2rT6",
        prodid=OUTLOOK)
    add("co_3", lily, [me], B("2026-02-24 14:02"), """Hi Daniel,

Lovely – calendar invitation attached. I won't be joining the call myself; it'll be just you and Naomi. We're aiming to let all candidates know the outcome by Tuesday 10 March.

Good luck!
Lily""", parent="co_2", ics=ics, ics_mode="attach")
    add("co_4", lily, [me], B("2026-03-06 16:05"), """Hi Daniel,

Thank you for taking the time to meet with Naomi on Monday and for your interest in Corallis.

We had a strong field for this role, and after a lot of consideration we've decided to progress with another candidate whose experience more closely matches what the team needs right now. It was a close call, and Naomi asked me to pass on that she enjoyed your discussion of the ward enquiries you handle.

We'd love to keep your details on file for future opportunities in Medical Affairs.

Kind regards,
Lily""", parent="co_3")
    case.thread("co_1", True, "rejection", "Corallis Pharma",
                "coordinator Lily sets a Teams interview Mon 2 Mar 14:00-14:45 with Naomi Fraser "
                "(address in the ICS), says she won't attend, 'outcome by Tuesday 10 March'; "
                "rejection Fri 6 Mar; Naomi was never thanked")
    case.meeting("co_1", B("2026-03-02 14:00"), B("2026-03-02 14:45"), met=[NAOMI[1]],
                 what="Teams interview")
    case.promise("co_1", "co_3", lily.email, "2026-03-10", ended_by="co_4")

    # ---- Ostara Health Economics: fifteen minutes on HTA consulting (moved, thanked) ---
    add("os_1", me, [hannah], B("2026-02-24 21:30"), """Dear Hannah,

I'm a senior hospital pharmacist in Brisbane and heard you speak on the early-access pathways panel at the Medicines Management conference in November. I'm exploring a move from hospital practice into market access and HTA, and would be grateful for a quarter of an hour of your time to hear how you made the move into consulting and what you'd do differently.

Happy to work around your schedule – a phone call is perfect.

Kind regards,
Daniel Nguyen""", subject="Fifteen minutes on HTA consulting?")
    add("os_2", hannah, [me], B("2026-02-25 09:20"), """Hi Daniel,

Happy to help – I remember that panel well! How about Thursday 5 March at 12:30pm your time (1:30 for me)? Give me a ring on the number below.

Hannah""", parent="os_1")
    add("os_3", me, [hannah], B("2026-02-25 12:05"), """Thursday 5 March at 12:30 is in the diary. Thank you, Hannah.

Daniel""", parent="os_2", sig=False)
    add("os_4", hannah, [me], B("2026-03-04 17:30"), """Hi Daniel, apologies – I've been pulled into a client workshop all day Thursday. Could we push to Friday 6th, same time (12:30 yours)?

H""", parent="os_3", sig=False)
    add("os_5", me, [hannah], B("2026-03-04 18:02"), """Friday works.

Daniel""", parent="os_4", sig=False)
    add("os_6", me, [hannah], B("2026-03-06 14:05"), """Hi Hannah,

Thank you for the call today, and for being so generous with your time. Your advice about building a small portfolio of HTA-style work before making the jump – starting with our next formulary submission – was exactly the push I needed.

I'll let you know how I go.

Kind regards,
Daniel""", parent="os_5")
    add("os_7", hannah, [me], B("2026-03-06 15:40"), """My pleasure, Daniel – good luck, and do keep in touch.

H""", parent="os_6", sig=False)
    case.thread("os_1", True, "networking", "Ostara Health Economics",
                "Daniel asks for a quarter of an hour; call set for Thu 5 Mar 12:30, moved by "
                "Hannah to Fri 6 Mar 12:30 ('Friday works.'), no end given; thanked at 14:05")
    case.meeting("os_1", B("2026-03-05 12:30"), None, status="moved", what="call (original)")
    case.meeting("os_1", B("2026-03-06 12:30"), None, met=[hannah.email],
                 thanks={hannah.email: "os_6"}, what="call")

    # ---- referee request to his former director ----------------------------------------
    add("rf_1", me, [sue], B("2026-02-28 16:20"), """Hi Sue,

Hope retirement is treating you well and the garden's surviving the humidity. I'm applying for a few roles outside the hospital – an HTA position with QMES and some industry roles – and wondered whether you'd be willing to act as a referee? It would likely be a phone call in the next couple of weeks.

Cheers,
Dan""", subject="Referee?", sig=False)
    add("rf_2", sue, [me], B("2026-03-01 08:45"), """Of course, Daniel – delighted. About time you spread your wings! Use this address and my mobile 0491 570 157.

Sue

Sent from my iPad""", parent="rf_1", sig=False)
    add("rf_3", me, [sue], B("2026-03-01 10:10"), """Thanks so much Sue, really appreciate it. I'll give you a heads-up before anyone calls.

Dan""", parent="rf_2", sig=False)
    case.thread("rf_1", True, "application", None,
                "Daniel asks his retired former director to be a referee; no meeting, no promise")

    # =====================================================================================
    # NOISE
    # =====================================================================================

    t = """Hi Daniel,

A new roster has been published for your unit.

Unit: Pharmacy – Cancer Care Services
Roster period: 09/02/2026 – 22/02/2026

Please log in to the rostering system to view your shifts. Leave and shift swap requests must be submitted at least 14 days before the start of the roster period.

This is an automatically generated email. Please do not reply."""
    add("n_roster1", roster, [me], B("2026-01-27 15:00"), t, sig=False,
        subject="Roster published: Pharmacy – Cancer Care Services (09/02/2026 – 22/02/2026)",
        headers=AUTO)
    case.thread("n_roster1", False, None, "Pinegrove Hospital and Health Service",
                "roster notification, current job")

    add("n_swap1", me, [josh], B("2026-02-19 13:40"), """Hi Josh,

Any chance you could take my Sat 7 March shift? Mia's swim carnival is that morning and I've been roped into timekeeping. I can do your Sun 15th in return.

Cheers,
Dan""", subject="Swap Sat 7/3?", sig=False)
    add("n_swap2", josh, [me], B("2026-02-19 14:22"), """Yep no worries mate. Put it in the system and I'll approve it.

Josh""", parent="n_swap1", sig=False)
    add("n_swap3", me, [josh], B("2026-02-19 16:05"), """Legend, done. Owe you one.

Dan""", parent="n_swap2", sig=False)
    case.thread("n_swap1", False, None, "Pinegrove Hospital and Health Service",
                "shift swap with a colleague at the current job")

    t = """Hi Daniel,

Your shift swap request has been approved.

Original shift: Sat 07/03/2026 0800–1630 (Pharmacy – Cancer Care Services)
Now worked by: WHITBY, Josh
You will work: Sun 15/03/2026 0800–1630

This is an automatically generated email. Please do not reply."""
    add("n_roster2", roster, [me], B("2026-02-23 10:12"), t, sig=False,
        subject="Shift swap approved – Sat 07/03/2026", headers=AUTO)
    case.thread("n_roster2", False, None, "Pinegrove Hospital and Health Service",
                "roster change notification")

    t = """Dear colleagues,

As we head into 2026 I want to thank every one of you for the work you did over a very busy summer. Our emergency department saw record presentations in January, and our wards and support services carried that load with remarkable professionalism.

This year's Service Plan focuses on three priorities: timely access to care, a stronger workforce, and financial sustainability. Over the coming weeks your executive directors will share what this means for each division.

Kind regards,
Chief Executive, Pinegrove Hospital and Health Service"""
    add("n_ce", comms, [me], B("2026-02-03 16:30"), t, sig=False,
        subject="Message from the Chief Executive – 2026 Service Plan",
        html=html_of(t), headers=bulk_headers("<allstaff.pinegrovehhs.qld.gov.au>",
                                              "https://intranet.pinegrovehhs.qld.gov.au/unsub"))
    case.thread("n_ce", False, None, "Pinegrove Hospital and Health Service",
                "hospital-wide announcement")

    add("n_ict", ict, [me], B("2026-02-25 11:00"), """PLANNED OUTAGE – ieMR and Pharmacy Dispensing System

When: Sunday 1 March 2026, 0000–0400
Impact: ieMR read-only; dispensing system unavailable
Downtime procedures: paper medication charts and downtime dispensing labels apply. Downtime packs are in each ward's clinical resource folder.

ICT Service Desk
Pinegrove Hospital and Health Service""", sig=False,
        subject="PLANNED OUTAGE: ieMR downtime Sunday 1 March 0000–0400",
        headers=bulk_headers("<allstaff.pinegrovehhs.qld.gov.au>",
                             "https://intranet.pinegrovehhs.qld.gov.au/unsub"))
    case.thread("n_ict", False, None, "Pinegrove Hospital and Health Service",
                "hospital-wide IT outage notice")

    t = """Nominations are now open for the 2026 Pinegrove Heroes Awards!

Know a colleague or team who goes above and beyond? Nominate them in one of eight categories, including Excellence in Patient Safety and Outstanding Team of the Year.

Nominations close 5pm Friday 13 March. Winners will be announced at the awards evening in May."""
    add("n_awards", comms, [me], B("2026-03-02 12:00"), t, sig=False,
        subject="All staff: Pinegrove Heroes Awards – nominations now open",
        html=html_of(t), headers=bulk_headers("<allstaff.pinegrovehhs.qld.gov.au>",
                                              "https://intranet.pinegrovehhs.qld.gov.au/unsub"))
    case.thread("n_awards", False, None, "Pinegrove Hospital and Health Service",
                "hospital-wide announcement")

    # ---- intern pharmacist interview panel: Daniel on the hiring side ------------------
    ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "intern-panel"), stamp=B("2026-02-16 16:05"),
        start=B("2026-03-03 08:30"), end=B("2026-03-03 12:30"),
        summary="Intern Pharmacist mid-year 2026 – interview panel",
        organizer=karen, tzid="E. Australia Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (TEGAN, "ACCEPTED", "INDIVIDUAL"),
                   (SEMROOM, "ACCEPTED", "ROOM")],
        location="Pharmacy Seminar Room, Level 2, Pinegrove Hospital",
        description="Panel: Karen Liddell (Chair), Daniel Nguyen, Tegan Moore (Workforce, "
                    "non-voting).\n08:30 Candidate 1\n09:40 Candidate 2\n10:50 break\n"
                    "11:10 Candidate 3\n12:15 panel consensus",
        prodid=OUTLOOK)
    add("n_intern1", karen, [me], B("2026-02-16 16:05"), """Hi Daniel,

Thanks for agreeing to sit on the panel for the mid-year intern intake. Interviews are Tuesday 3 March, 8:30–12:30 in the Level 2 seminar room – three candidates, an hour each with a break. I'll chair; you and Tegan from Workforce (non-voting, for process) make up the rest. Interview guide and shortlisted applications to follow.

Sending to your personal address as well since I know you're on days off this week.

Karen""", subject="Intern Pharmacist mid-year 2026 – interview panel", ics=ics,
        ics_mode="outlook")
    add("n_intern2", me, [karen], B("2026-02-16 19:20"), """No worries Karen, happy to. I'll read the applications over the weekend.

Daniel""", parent="n_intern1", sig=False)
    add("n_intern3", karen, [me, Person(*TEGAN)], B("2026-03-04 10:15"), """Thanks both for yesterday – a strong field. Panel reports and individual score sheets to Tegan by COB Thursday please so Workforce can get offers out.

Karen""", parent="n_intern2", sig=False)
    add("n_intern4", me, [karen], B("2026-03-04 21:30"), """Hi Karen,

My score sheets are attached. Agree on candidate 2 as preferred; candidate 3 would be a solid merit list option if 2 declines.

Daniel""", parent="n_intern3", cc=[Person(*TEGAN)], sig=False,
        attachments=[pdf("Intern_panel_scores_DNguyen.pdf", [
            "Intern Pharmacist mid-year 2026 - individual score sheet",
            "Panel member: Daniel Nguyen", "Candidate 1: 31/45", "Candidate 2: 40/45",
            "Candidate 3: 36/45"])])
    case.thread("n_intern1", False, None, "Pinegrove Hospital and Health Service",
                "Daniel sits on an intern pharmacist interview panel at his own hospital, Tue 3 "
                "Mar 08:30-12:30: the hiring side, not his job search")
    case.meeting("n_intern1", B("2026-03-03 08:30"), B("2026-03-03 12:30"),
                 met=[karen.email, TEGAN[1]], job=False, what="intern interview panel")

    t = """CPD Digest – February 2026

In this issue:
• New Australian guidelines for anticoagulation in cancer-associated thrombosis
• Self-directed CPD: logging your reflections before the 30 November renewal
• Webinar: Antimicrobial Stewardship Update (Wed 25 Feb, 7pm AEDT) – free for members
• Position vacant: Deputy Director of Pharmacy, Gold Coast

Clinical Pharmacy Network Australia
You are receiving this as a CPNA member. Manage preferences | Unsubscribe"""
    add("n_cpd1", cpna, [me], B("2026-02-10 06:00"), t, sig=False,
        subject="CPD Digest – February 2026", html=html_of(t, "CPD Digest"),
        headers=bulk_headers("<digest.cpna.org.au>", "https://cpna.org.au/unsubscribe"))
    case.thread("n_cpd1", False, None, "Clinical Pharmacy Network Australia", "CPD newsletter")
    t = """CPD Digest – March 2026

In this issue:
• Oral anticancer therapy: community–hospital handover checklist
• Ahpra's CPD audit: what evidence counts
• Career conversations: from ward pharmacist to medical affairs (panel recording)
• Jobs board: 14 new hospital pharmacy roles this month

Clinical Pharmacy Network Australia
Manage preferences | Unsubscribe"""
    add("n_cpd2", cpna, [me], B("2026-03-10 06:00"), t, sig=False,
        subject="CPD Digest – March 2026", html=html_of(t, "CPD Digest"),
        headers=bulk_headers("<digest.cpna.org.au>", "https://cpna.org.au/unsubscribe"))
    case.thread("n_cpd2", False, None, "Clinical Pharmacy Network Australia", "CPD newsletter")

    t = """Hi Daniel Nguyen,

Thank you for registering for "Antimicrobial Stewardship Update: What's New in 2026".

Date & Time: Feb 25, 2026 07:00 PM Brisbane
Webinar ID: 883 1102 4471

Please submit any questions to: cpd@cpna.org.au

You can cancel your registration at any time."""
    add("n_zoom", zoom, [me], B("2026-02-18 20:30"), t, sig=False,
        subject="Antimicrobial Stewardship Update: What's New in 2026 Confirmation",
        html=html_of(t), headers=AUTO)
    case.thread("n_zoom", False, None, "Clinical Pharmacy Network Australia",
                "Zoom webinar registration for a CPD session Wed 25 Feb 19:00")
    case.meeting("n_zoom", B("2026-02-25 19:00"), B("2026-02-25 20:00"), job=False,
                 what="CPD webinar")

    t = """Dear Daniel Nguyen

Registration number: PHA0001234567

We confirm that your renewal of registration as a Pharmacist with the Pharmacy Board of Australia has been processed. Your registration is now current until 30 November 2026.

You can view your registration details on the public register, and download a tax invoice for your renewal fee from your online services account.

Regards
Ahpra Customer Service"""
    add("n_ahpra1", ahpra, [me], B("2026-01-28 09:15"), t, sig=False,
        subject="Confirmation of registration renewal – Pharmacy Board of Australia",
        html=html_of(t), html_only=True, headers=AUTO)
    case.thread("n_ahpra1", False, None, "Ahpra", "registration renewal confirmation")
    t = """Pharmacy Board of Australia – Update, February 2026

• Reminder: CPD records must be kept for three years and may be audited
• Consultation open: revised guidelines on compounding
• Your renewal is due by 30 November each year – renew early online

This email was sent to registered pharmacists. Update your contact details in online services."""
    add("n_ahpra2", ahpra, [me], B("2026-02-16 10:00"), t, sig=False,
        subject="Pharmacy Board of Australia – Update, February 2026",
        html=html_of(t), html_only=True,
        headers=bulk_headers("<update.ahpra.gov.au>", "https://www.ahpra.gov.au/unsubscribe"))
    case.thread("n_ahpra2", False, None, "Ahpra", "board newsletter")

    # ---- kids' swimming club -----------------------------------------------------------
    t = """Dolphins Splash – February 2026

Welcome back for the new term! A few things to note:

• Club Night is every Friday from 5:30pm – please check in at the marshalling table
• Our Club Championship Carnival is Saturday 7 March. We need 24 volunteers (timekeepers, marshals, BBQ). Please reply to the secretary if you can help.
• Squad assessments for Bronze → Silver happen in week 6

Go Dolphins!"""
    add("n_swim1", swimsec, [me], B("2026-02-09 19:30"), t, sig=False,
        subject="Dolphins Splash – February news & carnival volunteers",
        html=html_of(t), headers=bulk_headers("<members.ashgrovedolphins.org.au>",
                                              "https://ashgrovedolphins.org.au/unsubscribe"))
    case.thread("n_swim1", False, None, "Ashgrove Dolphins Swimming Club", "club newsletter")

    add("n_swim2", swimsec, [me], B("2026-03-02 20:10"), """Hi Daniel,

Thanks for volunteering! Here's your carnival job:

Saturday 7 March – Club Championship Carnival, Ashgrove Aquatic Centre
Role: Timekeeper, Lane 4
Arrive: 7:00am for the officials' briefing (we should be packed up by midday)

Please wear the club shirt if you have one.

Cheers,
Jenny (Club Secretary)""", subject="Carnival timekeeping roster – Sat 7 March")
    add("n_swim3", me, [swimsec], B("2026-03-02 21:05"), """Got it – lane 4, 7am. See you there.

Daniel""", parent="n_swim2", sig=False)
    case.thread("n_swim2", False, None, "Ashgrove Dolphins Swimming Club",
                "Daniel volunteers as timekeeper at the carnival Sat 7 Mar 07:00-12:00")
    case.meeting("n_swim2", B("2026-03-07 07:00"), B("2026-03-07 12:00"), job=False,
                 what="swim carnival")

    add("n_coach1", me, [bree], B("2026-03-01 19:45"), """Hi Bree,

Mia's been asking whether she might be ready to move up to Silver squad this term. No pressure at all – just keen to know what she should be working on.

Thanks,
Daniel""", subject="Mia – Silver squad?", sig=False)
    add("n_coach2", bree, [me], B("2026-03-02 18:40"), """Hi Daniel,

She's swimming really well, especially her backstroke. I'll watch her at the carnival on Saturday and let you know by Friday which squad she'll be in for the rest of term.

Bree
Head Coach, Ashgrove Dolphins""", parent="n_coach1", sig=False)
    case.thread("n_coach1", False, None, "Ashgrove Dolphins Swimming Club",
                "the swim coach will 'let you know by Friday' (Fri 6 Mar) and has not: not job "
                "search")
    case.promise("n_coach1", "n_coach2", bree.email, "2026-03-06", job=False)

    # ---- mortgage broker ---------------------------------------------------------------
    add("n_mort1", ravi, [me], B("2026-02-05 11:00"), """Hi Daniel,

Following up on our refinance conversation. To get the application lodged I'll need:

- your two most recent payslips and Linh's
- the latest statement for the current home loan
- rates notice for the property

Are you free for a quick call on Tuesday 10 Feb at 5:30pm to go through the lender options?

Kind regards,
Ravi""", subject="Refinance – next steps")
    add("n_mort2", me, [ravi], B("2026-02-05 20:00"), """Hi Ravi,

Documents attached. Tuesday 5:30pm is fine – call my mobile.

Daniel""", parent="n_mort1",
        attachments=[pdf("payslips_Nguyen_Pham.pdf", ["Payslips - D Nguyen, L Pham",
                                                      "Pay periods ending 22/01/2026, 05/02/2026"])])
    add("n_mort3", ravi, [me], B("2026-02-11 09:30"), """Hi Daniel,

Good chatting last night. Application is lodged with Harbourside Bank and the valuation is booked for Friday. I'll come back to you by Thursday 19 Feb with the lender's answer.

Kind regards,
Ravi""", parent="n_mort2")
    add("n_mort4", ravi, [me], B("2026-02-18 15:45"), """Hi Daniel,

Good news – Harbourside have issued conditional approval at 5.74% variable. Valuation came in right where we expected. I'll send the loan documents through once they're issued, usually 5–7 business days.

Kind regards,
Ravi""", parent="n_mort3")
    add("n_mort5", me, [ravi], B("2026-02-18 19:00"), """Great news, thanks Ravi. Linh's very happy. Look out for the docs.

Daniel""", parent="n_mort4", sig=False)
    case.thread("n_mort1", False, None, "Keystone Lending",
                "mortgage refinance; phone call Tue 10 Feb 17:30; 'by Thursday 19 Feb' kept on "
                "18 Feb")
    case.meeting("n_mort1", B("2026-02-10 17:30"), None, met=[ravi.email], job=False,
                 what="broker call")
    case.promise("n_mort1", "n_mort3", ravi.email, "2026-02-19", job=False)
    case.promise("n_mort1", "n_mort4", ravi.email, "2026-02-27", job=False)  # '5-7 business days'

    # ---- body corporate ----------------------------------------------------------------
    t = """LEVY NOTICE

Community Titles Scheme 48213 – "The Ferns"
Lot 6 – D Nguyen & L Pham

Administrative fund: $1,184.00
Sinking fund: $642.00
Total due: $1,826.00
Due date: 1 March 2026

Pay by BPAY: Biller code 99812, Ref 4821300061

Ridgeline Strata – on behalf of the Body Corporate for The Ferns"""
    add("n_levy", strata, [me], B("2026-02-02 09:30"), t, sig=False,
        subject="Levy notice – Lot 6, CTS 48213 The Ferns – due 1 March 2026",
        html=html_of(t), html_only=True)
    case.thread("n_levy", False, None, "Ridgeline Strata", "body corporate levy notice")

    add("n_agm", strata, [me], B("2026-02-27 14:15"), """Dear Owners,

Please find attached the Notice of Annual General Meeting for the Body Corporate for The Ferns, CTS 48213, together with the proxy form and the proposed budgets for 2026/27.

Date: Tuesday 17 March 2026
Time: 6:00pm
Location: Zoom (link in the notice) – owners may also attend in person at our office, 2/140 Kelvin Grove Road

Motions include the repainting of the exterior stairwells and an increase to the sinking fund levy. Voting papers must be received by 4:00pm on the day of the meeting.

Kind regards,
Body Corporate Manager
Ridgeline Strata""", subject="Notice of AGM – CTS 48213 The Ferns – Tuesday 17 March 2026",
        attachments=[pdf("AGM_Notice_CTS48213_2026.pdf", [
            "Notice of Annual General Meeting - CTS 48213 The Ferns",
            "Tuesday 17 March 2026, 6:00pm, via Zoom",
            "Motion 1: Adopt minutes of the 2025 AGM",
            "Motion 2: Exterior stairwell repainting", "Motion 3: Sinking fund levy"])])
    case.thread("n_agm", False, None, "Ridgeline Strata",
                "body corporate AGM Tue 17 Mar 18:00, still ahead")
    case.meeting("n_agm", B("2026-03-17 18:00"), B("2026-03-17 19:30"), status="scheduled",
                 job=False, what="body corporate AGM")

    # ---- job-board alerts (full of job words, owe nothing) -----------------------------
    seek_h = dict(AUTO, **bulk_headers("<jobmail.seek.com.au>", "https://www.seek.com.au/unsub"))
    for key, when, jobs in [
        ("n_seek1", "2026-02-09 07:00", [
            ("Medical Science Liaison – Oncology", "Halcyon Therapeutics", "Brisbane QLD"),
            ("Senior Pharmacist – Medication Safety", "Private hospital group", "Brisbane QLD"),
            ("Medical Information Pharmacist", "Corallis Pharma", "Milton, Brisbane QLD")]),
        ("n_seek2", "2026-02-23 07:00", [
            ("MSL – Cardiometabolic", "Luminar Pharma", "Brisbane QLD"),
            ("Clinical Research Associate", "Confidential CRO", "Brisbane QLD"),
            ("Market Access Associate", "Health economics consultancy", "Sydney NSW")]),
        ("n_seek3", "2026-03-09 07:00", [
            ("Medical Science Liaison – Haematology", "Global biopharma", "Brisbane QLD"),
            ("Medical Affairs Manager", "Specialty pharma", "Melbourne VIC"),
            ("Pharmacist in Charge", "Community pharmacy", "Ashgrove QLD")]),
    ]:
        lines = "\n\n".join("%s\n%s · %s\nApply now – be one of the first applicants" % j
                            for j in jobs)
        t = ("New jobs for 'medical science liaison OR medical information' in All Brisbane QLD\n\n"
             + lines + "\n\nSee all new jobs\n\nYou're receiving this because you created a "
             "SEEK job alert. Manage alerts | Unsubscribe")
        add(key, seek, [me], B(when), t, sig=False, subject="%d new jobs for medical science "
            "liaison in All Brisbane QLD" % len(jobs), html=html_of(t, "SEEK"), html_only=True,
            headers=seek_h)
        case.thread(key, False, None, "SEEK", "job alert; owes nothing")

    t = """Jobs you may be interested in

Medical Science Liaison, Immunology – Vantara Biologics – Brisbane (On-site)
Medical Information Specialist – Helix Life Sciences Recruitment – Brisbane (Hybrid)
Health Economics Manager – Ostara Health Economics – Melbourne (Hybrid)

Your job alert for medical affairs in Queensland, Australia.
Unsubscribe | Help"""
    add("n_lijobs", linkedin, [me], B("2026-03-05 18:00"), t, sig=False,
        subject="Medical Science Liaison at Vantara Biologics and 2 more jobs for you",
        html=html_of(t, "LinkedIn"), html_only=True,
        headers=dict(AUTO, **bulk_headers("<jobs.linkedin.com>",
                                          "https://www.linkedin.com/e/v2?unsub=jobs")))
    case.thread("n_lijobs", False, None, "LinkedIn", "job alert naming companies in the search")

    t = """Field Medical Network ANZ – March update

• Brisbane MSL Careers Evening – Thursday 26 March, 6pm, South Brisbane. Hear from four MSLs who moved from hospital pharmacy, nursing and research.
• Webinar: Nailing the MSL panel presentation (April)
• Member spotlight: a year in the field in regional Queensland

Register via the member portal. Unsubscribe"""
    add("n_fmn", fmn, [me], B("2026-03-04 12:00"), t, sig=False,
        subject="FMN ANZ – Brisbane MSL Careers Evening and more", html=html_of(t),
        html_only=True, headers=bulk_headers("<news.fieldmedicalnetwork.org.au>",
                                             "https://fieldmedicalnetwork.org.au/unsubscribe"))
    case.thread("n_fmn", False, None, "Field Medical Network ANZ",
                "professional society newsletter with an MSL careers event; owes nothing")

    # ---- family and friends ------------------------------------------------------------
    add("n_linh1", linh, [me], B("2026-03-03 12:10"), """Can you grab Mia from swimming Thurs? I've picked up a late on 4B. Leo's at Nana's after school.

xx""", subject="Thurs pick up", sig=False)
    add("n_linh2", me, [linh], B("2026-03-03 12:40"), """Yep no worries. I've got the Halcyon panel tomorrow arvo so I'm working from home after lunch anyway – will do the shopping too.""",
        parent="n_linh1", sig=False)
    add("n_linh3", linh, [me], B("2026-03-03 13:05"), """Good luck tomorrow!! You'll smash it. Get the good bread pls xx""",
        parent="n_linh2", sig=False)
    case.thread("n_linh1", False, None, None,
                "family logistics; mentions the Halcyon panel in passing")

    add("n_mum1", mum, [me], B("2026-02-14 10:20"), """Con ơi,

Mùng 1 Tết (thứ Ba 17/2) cả nhà qua nhà mẹ ăn cơm trưa nhé, khoảng 12 giờ. Nhớ dẫn bé Mia với bé Leo, mẹ có lì xì cho hai đứa. Dì Lan với cậu Tuấn cũng tới.

Mẹ

Gửi từ Yahoo Mail trên Android""", subject="Tết năm nay", sig=False)
    add("n_mum2", me, [mum], B("2026-02-14 13:05"), """Dạ mẹ, con xin nghỉ phép hôm đó rồi. Tụi con sẽ tới khoảng 12 giờ, Linh làm chả giò mang qua.

Con Daniel""", parent="n_mum1", sig=False)
    case.thread("n_mum1", False, None, None,
                "his mother, in Vietnamese: Lunar New Year lunch Tue 17 Feb at noon")
    case.meeting("n_mum1", B("2026-02-17 12:00"), None, job=False, what="family lunch")

    add("n_khoa1", khoa, [me] + khoa_friends, B("2026-02-06 21:30"), """Hey legends,

I'm officially old. Drinks for my 40th – Saturday 21 Feb from 7pm at The Scratch in Milton. No presents, just turn up. Let me know if you're in so I can tell them numbers.

Khoa""", subject="Khoa's 40th – Sat 21 Feb", sig=False)
    add("n_khoa2", me, [khoa], B("2026-02-06 22:02"), """In! Linh's coming too. Wouldn't miss it, old man.

Dan""", parent="n_khoa1", sig=False)
    case.thread("n_khoa1", False, None, None, "friend's 40th drinks Sat 21 Feb 19:00")
    case.meeting("n_khoa1", B("2026-02-21 19:00"), None, job=False, what="birthday drinks")

    # ---- bills, receipts, school, appointments -----------------------------------------
    t = """Hi Daniel,

Your electricity bill for 48/12 Fernberg Street is ready.

Billing period: 13 Nov 2025 – 12 Feb 2026
Amount due: $412.67
Due date: 12 March 2026

You're on direct debit, so there's nothing you need to do – we'll debit your account on the due date.

Sunwave Energy"""
    add("n_power", energy, [me], B("2026-02-19 08:30"), t, sig=False,
        subject="Your Sunwave Energy bill is ready – $412.67", html=html_of(t), html_only=True,
        headers=AUTO)
    case.thread("n_power", False, None, "Sunwave Energy", "electricity bill")

    t = """Thanks for your order, Daniel!

Order #FC-208817
1 × The MSL Playbook: A Practical Guide to Field Medical Affairs (paperback) – $54.99
1 × Swim Fast: Drills for Young Swimmers – $24.99
Shipping: $0.00
Total: $79.98

We'll email you when your order ships."""
    add("n_book1", books, [me], B("2026-02-13 22:40"), t, sig=False,
        subject="Order confirmation #FC-208817", html=html_of(t), html_only=True, headers=AUTO)
    t = """Good news – your order #FC-208817 is on its way.

Carrier: Australia Post
Tracking: 33XYZ0087213801
Expected delivery: Wed 18 – Fri 20 Feb"""
    add("n_book2", books, [me], B("2026-02-16 11:20"), t, sig=False,
        subject="Your order #FC-208817 has shipped", html=html_of(t), html_only=True,
        headers=AUTO, parent="n_book1", quote=False)
    case.thread("n_book1", False, None, "Folio & Co Books", "online book order and shipping")

    add("n_school1", school, [me], B("2026-02-19 15:30"), """Dear Parents and Carers,

Please find attached this fortnight's newsletter. Highlights include our Year 6 leaders' investiture, the upcoming Harmony Day celebrations and a reminder that hats are compulsory for outdoor play.

Kind regards,
Glenlyon State School""", subject="Glenlyon SS Newsletter – Term 1, Week 4", sig=False,
        attachments=[pdf("Glenlyon_Newsletter_T1W4.pdf", [
            "Glenlyon State School Newsletter - Term 1 Week 4",
            "Principal's report", "Year 6 leaders investiture", "Harmony Day"])],
        headers=bulk_headers("<parents.glenlyonss.eq.edu.au>",
                             "https://glenlyonss.eq.edu.au/unsubscribe"))
    case.thread("n_school1", False, None, "Glenlyon State School", "school newsletter")
    add("n_school2", school, [me], B("2026-02-26 14:10"), """Dear Parents and Carers of Year 4,

The Year 4 camp to Maroon Dam will run from Wednesday 25 to Friday 27 March. Please complete the consent and medical form via QParents by Friday 6 March. Payment of $245 can be made at the office or through BPoint.

Year 4 Teaching Team""", subject="Year 4 camp – consent and medical forms", sig=False)
    case.thread("n_school2", False, None, "Glenlyon State School", "school camp forms")

    ics = make_ics(
        method="PUBLISH", uid=uid_uuid(NAME, "dental-leo"), stamp=B("2026-02-12 10:00"),
        start=B("2026-02-20 15:45"), end=B("2026-02-20 16:15"),
        summary="Leo Nguyen – check-up and clean", organizer=dental,
        location="Smile Street Family Dental, 22 Waterworks Road, Ashgrove",
        prodid="-//Smile Street//Practice Manager//EN")
    add("n_dental", dental, [me], B("2026-02-12 10:00"), """Hi Daniel,

This is a reminder of Leo's appointment:

Friday 20 February 2026 at 3:45pm – check-up and clean with Dr Amy Tran

Please reply C to confirm or call 07 5550 8801 to reschedule. A calendar file is attached.

Smile Street Family Dental""", subject="Appointment reminder – Leo Nguyen, Fri 20 Feb 3:45pm",
        sig=False, ics=ics, ics_mode="publish", headers=AUTO)
    case.thread("n_dental", False, None, "Smile Street Family Dental",
                "child's dental appointment Fri 20 Feb 15:45 (ICS PUBLISH)")
    case.meeting("n_dental", B("2026-02-20 15:45"), B("2026-02-20 16:15"), job=False,
                 what="dentist")

    t = """Registration renewal notice

Vehicle: 2019 Toyota RAV4, plate 487 KXW
Registration expires: 24 March 2026
12 month renewal: $912.45 (includes CTP)

Renew online at qld.gov.au/rego, by phone or at a customer service centre.

Department of Transport and Main Roads"""
    add("n_rego", tmr, [me], B("2026-02-16 06:45"), t, sig=False,
        subject="Vehicle registration renewal notice – 487 KXW", html=html_of(t),
        html_only=True, headers=AUTO)
    case.thread("n_rego", False, None, "Department of Transport and Main Roads",
                "car registration renewal")

    # =====================================================================================
    # LABELS
    # =====================================================================================
    case.expect("thank_you", "hal_1", "ben.kowalczyk@halcyontx.com",
                "stepped in for Aisha on the day of the Wed 4 Mar panel (13:00-14:30 Brisbane, "
                "given as 2:00-3:30pm AEDT); his address is only in Sophie's heads-up; Helen and "
                "Marcus were thanked, he was not; overdue since Mar 5 14:30")
    case.expect("thank_you", "qm_inv", "fiona.callaghan@qmes.qld.gov.au",
                "the panel chair is the invitation's organiser and ran the Fri 27 Feb interview; "
                "only Raj was thanked; the referee-details reply is not a thank-you; overdue since "
                "Feb 28 11:00, stale only from Mar 13 13:00")
    case.expect("thank_you", "qm_inv", "kerry.ellis@qmes.qld.gov.au",
                "HR 'non-voting member' still sat on the Fri 27 Feb panel and asked a question; "
                "address in the ICS; never thanked")
    case.expect("callback", "au_1", "nathan.cole@aurelishealth.com.au",
                "'I'll let you know where we've landed by COB Friday' (said Mon 2 Mar: Fri 6 Mar); "
                "nothing from Aurelis since; due at the end of Tue 10 Mar", promised="2026-03-06")
    case.expect("callback", "me_1", "weiling.tan@meridalepharma.com",
                "Wei Ling relayed the hiring manager's promise of clarity 'by Friday, 27 "
                "February'; the promise is in her mail and Claire's address is not in this "
                "thread; nothing from Meridale since; due end of Tue 3 Mar, stale only Mar 18",
                promised="2026-02-27")
    case.expect("thank_you", "lu_1", "andrew.sim@luminarpharma.com",
                "Teams interview Mon 9 Mar 9-10am SGT = 11:00-12:00 Brisbane; no note since; "
                "overdue since Tue 10 Mar 12:00")
    case.expect("thank_you", "lu_1", "meixin.goh@luminarpharma.com",
                "the Singapore TA partner co-interviewed ('conducted by Andrew and myself'); "
                "Daniel's 'Thank you' of Mon 2 Mar came before the interview and does not count")
    case.expect("thank_you", "co_1", "naomi.fraser@corallis.com.au",
                "interview Mon 2 Mar 14:00-14:45 took place; the rejection of Fri 6 Mar ends "
                "callbacks but not a thank-you owed; overdue since Mar 3 14:45")
    case.expect("thank_you", "va_1", "tom.papadopoulos@vantarabio.com.au",
                "coffee Sat 28 Feb 8am (no end given: 60 min) with a former colleague now an MSL; "
                "'thanks mate' came before it; Tom's Tue 10 Mar note is still unanswered; overdue "
                "since Mar 1 09:00, stale only from Mar 14 11:00")

    case.forbid("hal_1", "aisha.rahman@halcyontx.com",
                "named on the panel but unwell on the day and replaced by Ben Kowalczyk: never met")
    case.forbid("hal_1", "helen.okoye@halcyontx.com",
                "panel chair, thanked in a new thread at 17:05 the same day")
    case.forbid("hal_1", "sophie.marchetti@halcyontx.com",
                "the recruiter did not sit on the panel; her screen was thanked on Feb 17; 'back "
                "in touch by Wednesday 11 March' is still open at now")
    case.forbid("hal_wd", "halcyontx@myworkday.com", "automated Workday sender")
    case.forbid("qm_inv", "rajesh.patel@qmes.qld.gov.au",
                "thanked on Fri 27 Feb 19:30, in reply to his own note in another thread")
    case.forbid("qm_inv", "mr-7.02@qmes.qld.gov.au",
                "a meeting room (CUTYPE=ROOM) in the invitation, not a person")
    case.forbid("me_inv", "claire.dunstan@meridalepharma.com",
                "interview cancelled by the company on Tue 24 Feb (ICS CANCEL); never took place")
    case.forbid("hx_1", "jess.obrien@helixls.com.au",
                "'I'll give you a call on Thursday' was kept by phone: Daniel's Fri 27 Feb email "
                "says 'Thanks for the call yesterday' (a follow-up after the window in any case); "
                "her intro call was thanked")
    case.forbid("n_intern1", "karen.liddell@pinegrovehhs.qld.gov.au",
                "Daniel sat on an intern pharmacist panel at his own hospital: the hiring side, "
                "not his job search")
    case.forbid("te_1", "grace.liu@tessalybio.com",
                "Mon 2 Mar call thanked in a new thread at 15:10; her 'early next week' promise "
                "was kept by Sam's invitation on Fri 6 Mar")
    case.forbid("te_sam", "sam.whitfield@tessalybio.com",
                "conversation on Thu 12 Mar 10:00 Brisbane (11am AEDT) is still ahead")
    case.forbid("co_1", "lily.hartono@corallis.com.au",
                "the coordinator said she would not join the interview; the rejection of Fri 6 Mar "
                "ended her 'by Tuesday 10 March'")
    case.forbid("os_1", "hannah.brooks@ostarahe.com.au",
                "call moved from Thu 5 to Fri 6 Mar ('Friday works.'), held, and thanked at 14:05")
    case.forbid("va_1", "rebecca.lau@vantarabio.com.au",
                "named with her address in Tom's note as a contact to approach; never met, "
                "promised nothing")
    case.forbid("n_coach1", "bree.holt@ashgrovedolphins.org.au",
                "the swim coach's 'let you know by Friday' has lapsed, but it is not job search")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Daniel Nguyen, 39, is a senior pharmacist in cancer care at a Queensland public hospital "
    "and wants to move into the pharmaceutical industry (MSL, medical information, market "
    "access). He lives in Brisbane, which keeps AEST (+10:00) all summer while Sydney and "
    "Melbourne are on AEDT (+11:00) and Singapore HR writes in SGT. The mailbox runs from late "
    "January to Wednesday 11 March 2026, 09:00 AEST. Halcyon Therapeutics (Sydney HR, Workday) "
    "puts him through a phone screen and an MSL panel with a presentation whose time is only "
    "ever given in AEDT; on the day one panellist is replaced by a Senior MSL, whose address is "
    "only in the recruiter's heads-up, and he is the one panellist never thanked. The "
    "Queensland Medicines Evaluation Service runs a public-sector panel (QJobs, a chair who "
    "organises and runs it, an HR 'non-voting member', referee checks, merit list); only one "
    "panellist was thanked. Aurelis Health's head of market access promised an answer 'by COB "
    "Friday' and went silent; Meridale cancelled its interview and its Singapore recruiter "
    "relayed a date that passed; a Helix Life Sciences recruiter kept her 'call you Thursday' "
    "by phone, which Daniel mentions the next morning. Luminar's Singapore recruiter co-ran an "
    "interview thanked only beforehand, Corallis rejected him after an interview he never "
    "thanked, a coffee with an ex-colleague now an MSL went unthanked, a LinkedIn introduction "
    "forwarded by a friend led to a thanked call and a conversation still ahead, and a "
    "market-access consultant's call was moved a day and thanked. Daniel also sits on an intern "
    "pharmacist panel at his own hospital. Noise: rosters and a shift swap, hospital-wide "
    "announcements, CPD newsletters, Ahpra, Seek and LinkedIn alerts, the kids' swimming club "
    "(with a coach's lapsed 'by Friday'), a mortgage broker, the body corporate, his mother in "
    "Vietnamese, bills, school and a dentist."
)


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
