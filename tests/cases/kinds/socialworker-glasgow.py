#!/usr/bin/env python3
"""Callum Reid, senior social worker in Glasgow, moving to policy / service design.

An open case written blind (tests/cases/BRIEF.md). Standard library and casekit only.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

NAME = "socialworker-glasgow"
LDN = "Europe/London"

SUMMARY = (
    "Callum Reid, 45, is a senior social worker in an adult community care team at "
    "Strathkelvin Council in Glasgow and wants out of case work into policy or service design, "
    "in the third sector or the Scottish Government. The mailbox runs from mid-February to "
    "Tuesday 31 March 2026, 10:15 BST; the UK went on to summer time on Sunday 29 March, so the "
    "Teams invitations (zone \"GMT Standard Time\") are in GMT and `now` is +01:00. The Scottish "
    "Government's Policy Manager panel (Tue 24 Mar, Teams, with a presentation) had three "
    "members: Callum thanked the chair in a new thread, never the second panelist, and the "
    "independent member is named with no address, so he should ask the resourcing officer who "
    "arranged it. Kelvin TSI's two-person Teams panel got a thank-you to the organiser only; New "
    "Roots Scotland rejected him after an in-person interview that he thanked only the Friday "
    "before. Allander Trust's promise came through the Head of Policy's assistant ('Niamh asked me "
    "to let you know...') and lapsed; an agency recruiter's 'Monday or Tuesday next week' lapsed "
    "too. Carers Voice Scotland's Head of People answered his emailed CV only with an "
    "out-of-office, so the application follow-up is owed; Lomond Community Foundation's HR "
    "adviser also sent an out-of-office, but its return date pushes her lapsed 'by the Friday' "
    "past `now`. A coffee (a 'blether') arranged by his mentor is due its two-week touch; after a "
    "video chat with a Polish service designer Callum promised a write-up 'by Friday' and never "
    "sent it. Also: Bairns First (joint thank-you to two panelists, trustee without address but "
    "Callum wrote to the coordinator since, then a gentle rejection), a call moved to after "
    "`now`, a cancelled Teams interview (post on hold), a Zoom no-show written in Toronto time, "
    "an answered and a too-recent emailed application. Noise: his own team's recruitment panel "
    "(a candidate's thank-you forwarded by his manager), a union rep he promised papers to, a "
    "Polish wife and mother-in-law, a Gaelic-medium school, a Gaelic class, a GP's 'we'll phone "
    "you by Friday', dentist, bills, job alerts, newsletters, hillwalking, the rugby.")


def build():
    now = None
    case = Case(NAME, "Senior social worker in Glasgow moving to policy/service design: SG panel, "
                "charity interviews, agency, networking blethers, out-of-office replies; "
                "now Tue 31 Mar 2026 10:15 BST",
                {"name": "Callum Reid", "emails": ["callum.reid@example.net"],
                 "phone": "+44 7700 900318", "timezone": LDN},
                None, SUMMARY)
    me = Person("Callum Reid", "callum.reid@example.net", tz=LDN, style="webmail",
                msgid_domain="example.net")
    case.me = me
    now = case.at("2026-03-31 10:15")
    case.now = now
    at = case.at
    SIG = "Callum Reid\n07700 900318"

    def P(name, email, style="outlook", sig=None, **kw):
        if style == "outlook":
            kw.setdefault("region", "eurprd0%d" % (1 + len(email) % 8))
        return Person(name, email, tz=LDN, style=style, sig=sig, **kw)

    cv = ("Callum_Reid_CV_2026.pdf", "application/pdf", make_pdf([
        "Callum Reid", "Senior Social Worker | Glasgow | 07700 900318 | callum.reid@example.net",
        "2016-now  Senior Social Worker, Adult Community Care, Strathkelvin Council",
        "2009-2016 Social Worker, Hospital Discharge Team, NHS / council partnership",
        "2005-2009 Support worker and then project worker, Glasgow homelessness charity",
        "MSc Social Work (Glasgow Caledonian), PG Cert Service Design (2025)",
        "Led test-and-learn on discharge to assess; co-designed carers' pathway with families",
        "SSSC registered. PVG scheme member.",
    ]))

    # ======================================================================
    # 1. Scottish Government: Policy Manager (C1) panel interview
    # ======================================================================
    kirsty = P("Kirsty Lennox", "kirsty.lennox@gov.scot", sig=(
        "Kirsty Lennox\nResourcing Officer | People Directorate\nScottish Government | "
        "Victoria Quay, Edinburgh EH6 6QQ\nT: 0131 496 0274"))
    fiona = P("Fiona MacLeod", "fiona.macleod@gov.scot", sig=(
        "Fiona MacLeod\nDeputy Director, Adult Social Care Reform\nScottish Government"))
    ravi = P("Ravi Sandhu", "ravi.sandhu@gov.scot")
    sg_portal = Person("Scottish Government Recruitment", "no-reply@jobs.gov.scot", tz=LDN,
                       style="auto", auto=True)

    case.add("sg_ack", sg_portal, [me], "2026-02-26 22:41",
             "Application received: Policy Manager (C1) - Adult Social Care Reform",
             subject="Application received - Policy Manager (C1) - Ref SG/2026/0417",
             html_only=True, headers=AUTO, html=html_of(
                 "Dear Callum\n\nThank you for applying for Policy Manager (C1), Adult Social Care "
                 "Reform Division, reference SG/2026/0417.\n\nYour application has been submitted "
                 "successfully. The closing date for this vacancy is 23:59 on Sunday 1 March 2026. "
                 "Shortlisting will take place after the closing date and you can follow progress "
                 "in your candidate account.\n\nPlease do not reply to this email, as this mailbox "
                 "is not monitored.\n\nScottish Government Recruitment\nWork for Scotland",
                 title="Application received"))
    case.add("sg_ack2", sg_portal, [me], "2026-03-10 16:05",
             "", subject="Update on your application - SG/2026/0417", parent="sg_ack",
             quote=False, html_only=True, headers=AUTO, html=html_of(
                 "Dear Callum\n\nThere has been an update to your application for Policy Manager "
                 "(C1), reference SG/2026/0417. Please log in to your candidate account to view "
                 "it.\n\nThis is an automated message. Replies to this address are not read."))

    case.add("sg1", kirsty, [me], "2026-03-11 11:32", (
        "Dear Callum\n\n"
        "Policy Manager (C1) - Adult Social Care Reform Division - Ref SG/2026/0417\n\n"
        "Thank you for your application for the above post. I am pleased to let you know that you "
        "have been shortlisted and we would like to invite you to interview on Tuesday 24 March "
        "2026. Your slot is 14:00 to 15:15 and the interview will take place on Microsoft Teams; "
        "a calendar invitation will follow separately.\n\n"
        "The assessment has two parts:\n"
        "- a 10 minute presentation on the following question: 'Drawing on your practice "
        "experience, how would you involve people who use services in shaping national guidance "
        "on self-directed support?'\n"
        "- a competency-based interview against the Success Profiles behaviours in the advert "
        "(Leadership, Seeing the Big Picture, Communicating and Influencing, Working Together) "
        "plus one strength-based question.\n\n"
        "Please send any slides to me by 10:00 on the day of interview so I can share them with "
        "the panel.\n\n"
        "Could you confirm by return that you are able to attend, and let me know of any "
        "reasonable adjustments?\n\n"
        "Kind regards"), subject="Invitation to interview - Policy Manager (C1) - SG/2026/0417")
    case.add("sg2", me, [kirsty], "2026-03-11 19:20", (
        "Dear Kirsty,\n\n"
        "Many thanks for this - I'm delighted to be shortlisted and can confirm I'll attend on "
        "Tuesday 24 March at 14:00. No adjustments needed.\n\n"
        "I'll have my slides with you by 10am on the Tuesday.\n\n"
        "Best wishes,\n" + SIG), parent="sg1")
    sg_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "sg-interview"),
        stamp=at("2026-03-12 09:03"), start=at("2026-03-24 14:00"), end=at("2026-03-24 15:15"),
        summary="Interview - Policy Manager C1 (SG/2026/0417) - Callum Reid",
        organizer=kirsty, tzid="GMT Standard Time",
        prodid="Microsoft Exchange Server 2010",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (fiona, "ACCEPTED", "INDIVIDUAL"),
                   (ravi, "ACCEPTED", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description=("Panel: Fiona MacLeod (Chair), Dr Ravi Sandhu (Head of Self-directed Support "
                     "Policy) and Jennifer Kerr (independent panel member). Presentation 10 "
                     "minutes then questions.\n\nJoin on your computer, mobile app or room "
                     "device: Click here to join the meeting\nMeeting ID: 371 552 940 118\n"
                     "Passcode: aH7xq2"),
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    case.add("sg3", kirsty, [me], "2026-03-12 09:03", (
        "Hi Callum\n\n"
        "Thanks for confirming. The Teams invitation is below - Fiona and Ravi are on it. "
        "Jennifer Kerr, our independent member, is joining from NHS Education for Scotland and "
        "sits outside our system, so she will come in through the lobby and isn't shown on the "
        "invite. I won't be on the call myself.\n\n"
        "Once the panel have seen everyone we expect to write to all candidates with the outcome "
        "by Thursday 2 April.\n\n"
        "Regards"), parent="sg2", ics=sg_ics, ics_mode="outlook")
    case.add("sg4", kirsty, [me], "2026-03-23 15:48", (
        "Hi Callum\n\nJust a reminder about tomorrow's interview at 14:00 and the slides by 10:00. "
        "If you have any trouble joining, phone me on the number below and I will patch you in.\n\n"
        "Regards"), parent="sg3")
    case.add("sg5", me, [kirsty], "2026-03-24 09:12", (
        "Hi Kirsty,\n\nSlides attached (6 slides, PDF). See you - well, the panel - at 2.\n\n"
        "Callum"), parent="sg4", attachments=[("SDS_coproduction_CReid.pdf", "application/pdf",
                                               make_pdf(["Nothing about us without us",
                                                         "Co-producing SDS guidance",
                                                         "Callum Reid, 24 March 2026"]))])
    case.add("sgt1", me, [fiona], "2026-03-24 19:40", (
        "Dear Fiona,\n\n"
        "Thank you for chairing this afternoon's panel and for the time you and your colleagues "
        "gave me. I enjoyed the discussion on the presentation, especially your question about "
        "how we'd keep unpaid carers in the room once the guidance moves to drafting.\n\n"
        "Three things I'd bring to the post:\n"
        "- fifteen years of adult social work, the last nine supervising SDS assessments\n"
        "- a test-and-learn on discharge to assess that changed how our partnership commissions\n"
        "- a postgraduate certificate in service design, put to use with families last year\n\n"
        "I remain very interested in the role and look forward to hearing from Kirsty.\n\n"
        "Kind regards,\n" + SIG), subject="Thank you - Policy Manager interview today")
    case.add("sgt2", fiona, [me], "2026-03-25 08:02", (
        "Callum\n\nThat's kind of you, thank you. It was a good discussion. Kirsty will be in "
        "touch with all the candidates once we have finished.\n\nBest\nFiona"),
        parent="sgt1", sig=False)

    case.meeting("sg1", at("2026-03-24 14:00"), at("2026-03-24 15:15"),
                 met=[fiona.email, ravi.email], thanks={fiona.email: "sgt1"},
                 unknown=["Jennifer Kerr"], arranged_by=kirsty.email,
                 what="SG panel interview on Teams")
    case.promise("sg1", "sg3", kirsty.email, "2026-04-02", answered_by="sg4")
    case.own_promise("sg1", "sg2", kirsty.email, "2026-03-24", kept_by="sg5")

    case.thread("sg_ack", True, "application", "Scottish Government",
                "portal acknowledgement and status notice from a no-reply sender")
    case.thread("sg1", True, "interview", "Scottish Government",
                "shortlisting letter, Teams panel Tue 24 Mar 14:00-15:15 GMT (Fiona, Ravi on the "
                "invite; Jennifer Kerr named without address); Callum's 'slides by Tuesday' kept; "
                "outcome promised by Thu 2 Apr (future)")
    case.thread("sgt1", True, "interview", "Scottish Government",
                "thank-you to the chair only, in a new thread")
    case.expect("thank_you", "sg1", ravi.email,
                "on the Tue 24 Mar 14:00-15:15 Teams panel (ICS attendee); only the chair was "
                "thanked, in a new thread; overdue since Wed 25 Mar 15:15")
    case.expect("ask_for_address", "sg1", kirsty.email,
                "independent member Jennifer Kerr sat on the panel but her address is nowhere; "
                "Kirsty arranged it and Callum has not written to her since the interview")
    case.forbid("sgt1", fiona.email,
                "the chair was thanked by this note on the evening of the interview; her reply "
                "promises nothing dated")
    case.forbid("sg_ack", sg_portal.email,
                "automated portal sender; a portal application names no one to follow up")

    # ======================================================================
    # 2. Carers Voice Scotland: CV emailed to a person, out-of-office only
    # ======================================================================
    morag = P("Morag Dunn", "morag.dunn@carersvoice.scot")
    case.add("cv1", me, [morag], "2026-03-10 21:14", (
        "Dear Ms Dunn,\n\n"
        "Please find attached my CV and a supporting statement for the Service Design Lead "
        "(Carers' Support) post advertised on Thirdmove, closing date 16 March.\n\n"
        "I've been a social worker for nearly twenty years, most recently leading the carers' "
        "pathway redesign in Strathkelvin with carers themselves round the table, and I'd very "
        "much like to bring that to Carers Voice.\n\n"
        "Yours sincerely,\n" + SIG), subject="Service Design Lead (Carers' Support) - Callum Reid",
        attachments=[cv, ("Supporting_statement_CReid.pdf", "application/pdf",
                          make_pdf(["Supporting statement", "Callum Reid",
                                    "Service Design Lead (Carers' Support)"]))])
    case.add("cv2", morag, [me], "2026-03-10 21:14", (
        "Thank you for your email. I am on annual leave until Monday 23 March with no access to "
        "email. For anything urgent please contact hello@carersvoice.scot or call the office on "
        "0141 496 0712.\n\nMorag Dunn\nHead of People, Carers Voice Scotland"),
        subject="Automatic reply: Service Design Lead (Carers' Support) - Callum Reid",
        parent="cv1", quote=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.application("cv1", "cv1", morag.email)
    case.thread("cv1", True, "application", "Carers Voice Scotland",
                "CV and statement emailed to the Head of People Tue 10 Mar; only an "
                "out-of-office came back (leave until 23 Mar)")
    case.expect("application", "cv1", morag.email,
                "CV sent to a person Tue 10 Mar; the out-of-office is not an answer and nobody "
                "has written since; 7 business days ran out at the end of Thu 19 Mar")

    # ======================================================================
    # 3. Allander Trust: phone interview, promise through the assistant
    # ======================================================================
    ross = P("Ross Kennedy", "ross.kennedy@allandertrust.org.uk", style="gmail", sig=(
        "Ross Kennedy\nExecutive Assistant to the Senior Leadership Team\nThe Allander Trust | "
        "a registered Scottish charity\n0141 496 0388"))
    niamh = P("Niamh Gallagher", "niamh.gallagher@allandertrust.org.uk", style="gmail")
    case.add("al1", ross, [me], "2026-03-05 14:22", (
        "Hi Callum,\n\n"
        "Thanks for applying for our Head of Practice Development role. Niamh Gallagher, our "
        "Head of Policy, would like to have an initial telephone conversation with you. Would "
        "Wednesday 11 March at 10am work? She'll phone you on the mobile number on your form.\n\n"
        "Best wishes,"), subject="Head of Practice Development - next stage")
    case.add("al2", me, [ross], "2026-03-05 18:03", (
        "Hi Ross,\n\nWednesday at 10 suits me fine - I'll make sure I'm somewhere quiet.\n\n"
        "Callum"), parent="al1")
    case.add("al3", ross, [me], "2026-03-06 09:41", (
        "Great, that's in Niamh's diary. Her email is niamh.gallagher@allandertrust.org.uk if "
        "you need it beforehand. The call may come from a withheld number.\n\nRoss"),
        parent="al2", sig=False)
    case.add("al4", me, [ross], "2026-03-11 13:30", (
        "Hi Ross, Niamh,\n\n"
        "Thank you both - Ross for setting it up and Niamh for a really enjoyable conversation "
        "this morning. Hearing how the Trust wants practice development to feed straight into "
        "its policy asks made me keener still.\n\n"
        "All the best,\n" + SIG), parent="al3", cc=[niamh])
    case.add("al5", ross, [me], "2026-03-13 16:15", (
        "Hi Callum,\n\n"
        "Niamh asked me to let you know she has a couple more conversations to have early next "
        "week and she'll come back to you by Wednesday 18 March about next steps.\n\n"
        "Have a good weekend,\nRoss"), parent="al4", sig=False)
    case.meeting("al1", at("2026-03-11 10:00"), None, met=[niamh.email],
                 thanks={niamh.email: "al4"}, what="phone interview, no end time")
    case.promise("al1", "al1", ross.email, "2026-03-11", answered_by="al3")
    case.promise("al1", "al5", ross.email, "2026-03-18")
    case.thread("al1", True, "interview", "The Allander Trust",
                "phone interview Wed 11 Mar 10:00 (no end given), thanked; assistant relays "
                "'she'll come back to you by Wednesday 18 March'; silence since")
    case.expect("callback", "al1", ross.email,
                "'Niamh asked me to let you know ... by Wednesday 18 March'; nothing from the "
                "Trust since; due end of Fri 20 Mar", promised="2026-03-18")

    # ======================================================================
    # 4. Saltire Talent (agency): phone screen, 'Monday or Tuesday next week'
    # ======================================================================
    jamie = P("Jamie Docherty", "jamie.docherty@saltiretalent.co.uk", sig=(
        "Jamie Docherty | Senior Consultant, Public Sector & Social Care\nSaltire Talent\n"
        "M: 07700 900561"))
    case.add("st1", jamie, [me], "2026-03-16 10:05", (
        "Hi Callum\n\n"
        "Hope you don't mind me getting in touch - I saw your profile and the service design "
        "certificate caught my eye. I'm working on an interim Service Redesign Lead (6 months, "
        "day rate, hybrid) for a Health & Social Care Partnership in the west. It's very much "
        "social work led redesign so I think you'd be a strong fit.\n\n"
        "Any chance of a quick 20 mins on Weds? I've got 4pm free. If you could send a CV over "
        "in advance that'd be great.\n\nCheers"), subject="Interim Service Redesign Lead - HSCP")
    case.add("st2", me, [jamie], "2026-03-16 12:48", (
        "Hi Jamie,\n\nYes, happy to talk - Wednesday at 4 is grand. CV attached.\n\n"
        "Callum"), parent="st1", attachments=[cv])
    case.add("st3", jamie, [me], "2026-03-17 08:55", (
        "Perfect. This email confirms our call on Wednesday 18 March from 4:00 to 4:20pm - I'll "
        "ring your mobile.\n\nJamie"), parent="st2", sig=False)
    case.add("st4", me, [jamie], "2026-03-18 18:02", (
        "Hi Jamie,\n\n"
        "Thanks for your time this afternoon - very useful to hear how the partnership is "
        "thinking about the redesign. Happy for you to put me forward.\n\n"
        "Best,\n" + SIG), parent="st3")
    case.add("st5", jamie, [me], "2026-03-19 11:37", (
        "Cheers Callum - your CV's with the client now. They're shortlisting on Monday and I'll "
        "come back to you Monday or Tuesday next week with feedback either way.\n\n"
        "Jamie"), parent="st4", sig=False)
    case.meeting("st1", at("2026-03-18 16:00"), at("2026-03-18 16:20"), met=[jamie.email],
                 thanks={jamie.email: "st4"}, what="agency phone screen")
    case.application("st1", "st2", jamie.email, answered_by="st3")
    case.promise("st1", "st3", jamie.email, "2026-03-18", answered_by="st5")
    case.promise("st1", "st5", jamie.email, "2026-03-24")
    case.thread("st1", True, "recruiter", "Saltire Talent",
                "agency call Wed 18 Mar 16:00-16:20 thanked; 'Monday or Tuesday next week' "
                "(23-24 Mar) then silence")
    case.expect("callback", "st1", jamie.email,
                "'I'll come back to you Monday or Tuesday next week' (said Thu 19 Mar, so by Tue "
                "24 Mar); nothing from the agency since; due end of Thu 26 Mar",
                promised="2026-03-24")

    # ======================================================================
    # 5. Lomond Community Foundation: promise, then an out-of-office that moves it
    # ======================================================================
    gillian = P("Gillian Shaw", "gillian.shaw@lomondfoundation.org.uk", sig=(
        "Gillian Shaw\nHR Adviser\nLomond Community Foundation\nDirect: 01389 496 021"))
    case.add("lo1", gillian, [me], "2026-03-06 15:20", (
        "Dear Callum\n\n"
        "Thank you for your application for the post of Programme Manager - Community "
        "Wellbeing, which we received via our website.\n\n"
        "The shortlisting panel meets on Wednesday 18 March, and I'll let all applicants know "
        "the outcome by the Friday of that week.\n\n"
        "Kind regards"),
        subject="Your application - Programme Manager, Community Wellbeing (LCF-26-03)")
    case.add("lo2", me, [gillian], "2026-03-19 08:47", (
        "Dear Gillian,\n\n"
        "Apologies - I've realised my PVG scheme membership number didn't come through on the "
        "online form. It's 1401 0000 2739 0145, in case the panel needs it.\n\n"
        "Kind regards,\nCallum Reid"), parent="lo1")
    case.add("lo3", gillian, [me], "2026-03-19 08:47", (
        "I am out of the office until Monday 30 March and have limited access to email. Your "
        "message will be dealt with on my return.\n\nGillian Shaw, HR Adviser"),
        subject="Out of Office: Your application - Programme Manager, Community Wellbeing "
                "(LCF-26-03)", parent="lo2", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied"})
    case.promise("lo1", "lo1", gillian.email, "2026-03-20", back="2026-03-30")
    case.thread("lo1", True, "application", "Lomond Community Foundation",
                "online application; 'panel meets Wed 18 Mar, outcome by the Friday' (20 Mar); "
                "her out-of-office to Callum's PVG note says back Mon 30 Mar")
    case.forbid("lo1", gillian.email,
                "the window ended Fri 20 Mar, but her out-of-office gives Mon 30 Mar as her "
                "return, so the callback counts from then: due only at the end of Wed 1 Apr")

    # ======================================================================
    # 6. Bairns First: application, panel with presentation, joint thanks, rejection
    # ======================================================================
    lorna = P("Lorna Baird", "lorna.baird@bairnsfirst.org.uk", sig=(
        "Lorna Baird\nHR & Governance Coordinator\nBairns First\n0141 496 0155\n"
        "Bairns First is a charity registered in Scotland"))
    alison = P("Alison Grant", "alison.grant@bairnsfirst.org.uk")
    tom = P("Tom Wylie", "tom.wylie@bairnsfirst.org.uk", sig=(
        "Tom Wylie\nHead of Policy & Participation | Bairns First"))
    case.add("bf1", me, [lorna], "2026-02-23 20:31", (
        "Dear Lorna,\n\n"
        "Please find attached my completed application form and equality monitoring form for "
        "the Policy and Practice Manager post (ref BF/PPM/02).\n\n"
        "Kind regards,\n" + SIG), subject="Application - Policy and Practice Manager (BF/PPM/02)",
        attachments=[("BF_application_form_CReid.pdf", "application/pdf",
                      make_pdf(["Bairns First application form", "Callum Reid"]))])
    case.add("bf2", lorna, [me], "2026-02-24 09:10", (
        "Dear Callum\n\nThank you, received. Shortlisting will be done in the week of 2 March.\n\n"
        "Regards"), parent="bf1")
    case.add("bf3", lorna, [me], "2026-03-09 14:50", (
        "Dear Callum\n\n"
        "Further to your application, I am pleased to invite you to interview for the post of "
        "Policy and Practice Manager. Please see the attached letter for the details: Thursday 19 "
        "March at 10am, at our office, 2nd floor, 40 Carrick Street, Glasgow G2.\n\n"
        "You will be asked to give a 10-minute presentation (no slides needed, flipchart "
        "available) on 'What should children's rights incorporation mean for a family support "
        "charity?', followed by competency-based questions.\n\n"
        "Your panel will be:\n"
        "Alison Grant, Chief Executive - alison.grant@bairnsfirst.org.uk\n"
        "Tom Wylie, Head of Policy & Participation - tom.wylie@bairnsfirst.org.uk\n"
        "Harjit Gill, Trustee\n\n"
        "Reasonable travel expenses will be reimbursed; the claim form is attached. We aim to let "
        "all candidates know the outcome by Wednesday 25 March.\n\n"
        "Kind regards"), parent="bf2", attachments=[
            ("Interview_letter_CReid.pdf", "application/pdf", make_pdf([
                "Bairns First - Invitation to interview", "Dear Mr Reid",
                "Policy and Practice Manager - Thursday 19 March 2026, 10.00am",
                "40 Carrick Street, Glasgow", "Panel: Alison Grant, Tom Wylie, Harjit Gill"])),
            ("Travel_claim.pdf", "application/pdf", make_pdf(["Travel expenses claim form"]))])
    case.add("bf4", me, [lorna], "2026-03-09 18:25", (
        "Dear Lorna,\n\nThank you - I'm pleased to accept and will be there for 10am on Thursday "
        "19th.\n\nKind regards,\nCallum"), parent="bf3")
    case.add("bft1", me, [alison, tom], "2026-03-19 16:20", (
        "Dear Alison and Tom,\n\n"
        "Thank you both for this morning. I appreciated how open the conversation was, and Tom's "
        "question about what participation looks like for the under-fives has stayed with me all "
        "afternoon.\n\n"
        "Please pass my thanks to Harjit as well - I didn't manage to catch an email address for "
        "him.\n\n"
        "I'd be proud to work for Bairns First and hope to hear good news.\n\n"
        "Warm regards,\n" + SIG), subject="Thank you - Thursday's interview")
    case.add("bft2", tom, [me], "2026-03-20 10:02", (
        "Hi Callum\n\nThanks for this - will pass it on. We'll be in touch via Lorna.\n\nTom"),
        parent="bft1", sig=False)
    case.add("bf5", me, [lorna], "2026-03-20 12:15", (
        "Hi Lorna,\n\nMy travel claim from yesterday is attached (train Anniesland to Central, "
        "return).\n\nBest wishes,\nCallum"), parent="bf4",
        attachments=[("Travel_claim_CReid.pdf", "application/pdf",
                      make_pdf(["Travel claim - Callum Reid", "Anniesland - Glasgow Central",
                                "Return GBP 4.10"]))])
    case.add("bf6", lorna, [me], "2026-03-20 13:40", (
        "Thanks Callum, I'll get that processed with the next payment run.\n\nLorna"),
        parent="bf5", sig=False)
    case.add("bf7", lorna, [me], "2026-03-26 11:05", (
        "Dear Callum\n\n"
        "Thank you for taking the time to meet the panel last Thursday. It was a strong field, "
        "and I'm sorry to tell you that on this occasion the panel has decided to offer the post "
        "to another candidate.\n\n"
        "Alison asked me to say how much the panel valued your presentation, and if you would "
        "like feedback she would be happy to arrange a short call.\n\n"
        "With best wishes"), parent="bf6")
    case.add("bf8", me, [lorna], "2026-03-26 20:44", (
        "Dear Lorna,\n\nThanks for letting me know - disappointing, but I'd welcome feedback when "
        "Alison has time.\n\nKind regards,\nCallum"), parent="bf7")
    case.application("bf1", "bf1", lorna.email, answered_by="bf2")
    case.meeting("bf1", at("2026-03-19 10:00"), None, met=[alison.email, tom.email],
                 thanks={alison.email: "bft1", tom.email: "bft1"}, unknown=["Harjit Gill"],
                 arranged_by=lorna.email, what="in-person panel with presentation")
    case.promise("bf1", "bf2", lorna.email, "2026-03-06", answered_by="bf3")
    case.promise("bf1", "bf3", lorna.email, "2026-03-25", ended_by="bf7")
    case.thread("bf1", True, "rejection", "Bairns First",
                "emailed application; panel Thu 19 Mar 10:00 (Alison, Tom with addresses, trustee "
                "without); Callum wrote to Lorna on 20 Mar; outcome 'by Wed 25 Mar', rejection "
                "Thu 26 Mar")
    case.thread("bft1", True, "interview", "Bairns First",
                "one thank-you note to both panelists with addresses, same afternoon")
    case.forbid("bf1", tom.email,
                "thanked by the joint note to Alison and Tom on Thu 19 Mar 16:20 (one note "
                "satisfies each addressee)")
    case.forbid("bf1", lorna.email,
                "the rejection of Thu 26 Mar ended the 'by Wednesday 25 March' callback; and "
                "Callum has written to her since the interview, so no ask for the trustee's "
                "address")

    # ======================================================================
    # 7. New Roots Scotland: in-person interview, thanks only before it, rejection
    # ======================================================================
    agnieszka = P("Agnieszka Wróbel", "agnieszka.wrobel@newroots.scot", style="gmail", sig=(
        "Agnieszka Wróbel\nHR & Office Coordinator\nNew Roots Scotland\n0141 496 0923"))
    grace = P("Grace Mutasa", "grace.mutasa@newroots.scot", style="gmail")
    case.add("nr1", agnieszka, [me], "2026-03-16 13:12", (
        "Dear Callum,\n\n"
        "Thank you for applying for the Policy & Influencing Officer role. We would love to meet "
        "you! Could you come to our office at 2/1, 97 Albion Street on Monday 23rd March at 2pm? "
        "The interview is with our Director, Grace Mutasa, and will take about 45 minutes.\n\n"
        "Best regards,"), subject="Policy & Influencing Officer - interview")
    case.add("nr2", me, [agnieszka], "2026-03-16 19:55", (
        "Dear Agnieszka,\n\nYes, 2pm on Monday 23rd is fine. Is there anything I should prepare?\n\n"
        "Dziękuję! (my wife would be horrified if I didn't at least try)\n\nCallum"),
        parent="nr1")
    case.add("nr3", agnieszka, [me], "2026-03-17 10:30", (
        "Haha, bardzo dobrze!\n\n"
        "Nothing formal - Grace may ask you to talk through one piece of policy work you're "
        "proud of. I've copied her in (grace.mutasa@newroots.scot). Buzz 2/1 at the street "
        "door. We will let everyone know by Wednesday 1 April at the latest.\n\n"
        "Agnieszka"), parent="nr2", cc=[grace], sig=False)
    case.add("nr4", me, [agnieszka, grace], "2026-03-20 17:05", (
        "Hi both,\n\nThanks for the information - looking forward to Monday.\n\nCallum"),
        parent="nr3")
    case.add("nr5", agnieszka, [me], "2026-03-27 15:22", (
        "Dear Callum,\n\n"
        "Thank you again for coming in on Monday. Grace enjoyed meeting you. We had a very "
        "difficult choice, and on this occasion we've decided to offer the post to another "
        "candidate whose background is in migration policy.\n\n"
        "We'd be glad to keep your details on file for future roles.\n\n"
        "Z pozdrowieniami,\nAgnieszka"), parent="nr4", sig=False)
    case.meeting("nr1", at("2026-03-23 14:00"), at("2026-03-23 14:45"), met=[grace.email],
                 what="in-person interview; thanks only before it")
    case.promise("nr1", "nr3", agnieszka.email, "2026-04-01", ended_by="nr5")
    case.thread("nr1", True, "rejection", "New Roots Scotland",
                "interview with the Director Mon 23 Mar 14:00-14:45; Callum's only 'thanks' was "
                "on Fri 20 Mar; rejection Fri 27 Mar")
    case.expect("thank_you", "nr1", grace.email,
                "interview Mon 23 Mar 14:00-14:45 took place; the only thanks came the Friday "
                "before; the rejection does not cancel a thank-you owed; overdue since Tue 24 Mar")
    case.forbid("nr1", agnieszka.email,
                "the coordinator was not at the interview; the rejection of Fri 27 Mar ended the "
                "'by Wednesday 1 April' promise")

    # ======================================================================
    # 8. Kelvin TSI: slots offered, Teams panel, organiser thanked only
    # ======================================================================
    hannah = P("Hannah Reilly", "hannah.reilly@kelvintsi.org.uk", sig=(
        "Hannah Reilly\nOperations Manager\nKelvin Third Sector Interface\n0141 496 0640"))
    dev = P("Dev Chopra", "dev.chopra@kelvintsi.org.uk")
    case.add("ts1", hannah, [me], "2026-03-19 09:35", (
        "Hi Callum\n\n"
        "Thanks for applying for our Service Designer (Community Led Support) post - we'd like to "
        "invite you to a Teams interview next week. Could you let me know which of these suits?\n\n"
        "  Wed 25/03 at 14:00\n  Thu 26/03 at 11:00\n  Fri 27/03 at 09:30\n\n"
        "It'll be an hour, with a short practical exercise we'll send on the day.\n\n"
        "Thanks"), subject="Service Designer (Community Led Support) - interview slots")
    case.add("ts2", me, [hannah], "2026-03-19 12:10", (
        "Hi Hannah,\n\nThursday at 11 would be ideal please.\n\nBest,\nCallum"), parent="ts1")
    ts_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "kelvintsi"),
        stamp=at("2026-03-20 10:14"), start=at("2026-03-26 11:00"), end=at("2026-03-26 12:00"),
        summary="Service Designer interview - Callum Reid", organizer=hannah,
        tzid="GMT Standard Time", prodid="Microsoft Exchange Server 2010",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("KTSI Meeting Room 2", "room2@kelvintsi.org.uk"), "ACCEPTED", "ROOM")],
        location="Microsoft Teams Meeting; KTSI Meeting Room 2",
        description=("Panel: Hannah Reilly (Operations Manager) - welcome and values-based "
                     "questions; Dev Chopra (Digital & Data Lead, dev.chopra@kelvintsi.org.uk) - "
                     "practical exercise walk-through. Dev will join from Meeting Room 2.\n\n"
                     "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                     "Meeting ID: 318 004 772 951  Passcode: Kt9rWm"),
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    case.add("ts3", hannah, [me], "2026-03-20 10:14", (
        "Invite attached for Thursday. See the agenda in the invitation for who's who."),
        parent="ts2", ics=ts_ics, ics_mode="outlook")
    case.add("ts4", me, [hannah], "2026-03-26 15:30", (
        "Hi Hannah,\n\n"
        "Thank you for this morning - I really enjoyed the values questions and the chance to "
        "hear how the community led support hubs are evolving.\n\n"
        "Best wishes,\n" + SIG), parent="ts3")
    case.add("ts5", hannah, [me], "2026-03-26 16:10", (
        "Thanks Callum, nice to hear. We've two more to see and are hoping to let everyone know "
        "before the Easter weekend.\n\nHannah"), parent="ts4", sig=False)
    case.meeting("ts1", at("2026-03-26 11:00"), at("2026-03-26 12:00"),
                 met=[hannah.email, dev.email], thanks={hannah.email: "ts4"},
                 what="Teams panel, organiser runs part")
    case.promise("ts1", "ts5", hannah.email, "2026-04-02")
    case.thread("ts1", True, "interview", "Kelvin Third Sector Interface",
                "three slots offered, Thu 26/03 11:00 picked; Teams invite (GMT Standard Time) "
                "names Dev with his address in the description and lists a room; only Hannah "
                "thanked; 'before the Easter weekend' (by Thu 2 Apr) still open")
    case.expect("thank_you", "ts1", dev.email,
                "ran the practical exercise on the Thu 26 Mar 11:00-12:00 panel (named with "
                "address in the invitation's description); only Hannah was thanked; overdue since "
                "Fri 27 Mar 12:00")
    case.forbid("ts1", hannah.email,
                "thanked in the thread at 15:30 the same day; her 'before the Easter weekend' "
                "(Thu 2 Apr) is still in the future")

    # ======================================================================
    # 9. Cairn Advocacy (answered) and Fife Kinship Care Network (too recent)
    # ======================================================================
    lesley = P("Lesley Brodie", "lesley.brodie@cairnadvocacy.org.uk", style="gmail", sig=(
        "Dr Lesley Brodie\nChief Officer, Cairn Advocacy\n0131 496 0480"))
    case.add("ca1", me, [lesley], "2026-03-16 21:02", (
        "Dear Dr Brodie,\n\n"
        "I would like to be considered for the Practice and Policy Lead role. My CV is attached; "
        "in short, I've spent the last decade making sure the people we assess get a real say in "
        "their support, and I'd like to do that at a system level.\n\n"
        "Yours sincerely,\n" + SIG), subject="Practice and Policy Lead",
        attachments=[cv])
    case.add("ca2", lesley, [me], "2026-03-17 08:20", (
        "Dear Callum\n\nThank you, that's received. We'll look at all applications together once "
        "the advert closes and I'll be in touch after that.\n\nBest wishes"), parent="ca1")
    case.application("ca1", "ca1", lesley.email, answered_by="ca2")
    case.thread("ca1", True, "application", "Cairn Advocacy",
                "CV emailed to the chief officer, who replied the next morning (no date given)")
    case.forbid("ca1", lesley.email,
                "the application was answered by a person the next morning; her 'in touch after "
                "that' names no day")

    sandra = P("Sandra Lowe", "sandra.lowe@fifekinship.org.uk", style="gmail")
    case.add("fk1", me, [sandra], "2026-03-25 20:30", (
        "Dear Sandra,\n\n"
        "I saw on the Third Sector Bulletin that the Network is looking for a part-time "
        "Development Manager. I'd be grateful if you would consider me: my CV is attached, and "
        "kinship carers have been a big part of my caseload for years.\n\n"
        "With best wishes,\n" + SIG), subject="Development Manager (part-time)",
        attachments=[cv])
    case.application("fk1", "fk1", sandra.email)
    case.thread("fk1", True, "application", "Fife Kinship Care Network",
                "CV emailed to the chair on Wed 25 Mar; no answer yet")
    case.forbid("fk1", sandra.email,
                "sent Wed 25 Mar: seven business days run to the end of Fri 3 Apr, so it is not "
                "yet time to follow up")

    # ======================================================================
    # 10. Access Matters Scotland: blether agreed in words, moved later
    # ======================================================================
    rhona = P("Rhona Campbell", "rhona.campbell@accessmatters.scot", style="gmail", sig=(
        "Rhona Campbell (she/her)\nHead of Engagement, Access Matters Scotland"))
    case.add("am1", rhona, [me], "2026-03-13 11:48", (
        "Hi Callum,\n\n"
        "Anne Buchanan mentioned you're thinking about moving into co-design work. We're about to "
        "advertise an Engagement & Co-design Lead and I'd love to tell you a bit about it before "
        "we do - fancy a blether over a coffee (or a Teams if that's easier)?\n\nRhona"),
        subject="Engagement & Co-design Lead - a wee blether?")
    case.add("am2", me, [rhona], "2026-03-13 13:02", (
        "Hi Rhona,\n\nThat's very kind of Anne - and yes, I'd like that. Teams is probably easier "
        "for me with work. Any day next week or the week after except Wednesday 25th.\n\nCallum"),
        parent="am1")
    case.add("am3", rhona, [me], "2026-03-16 09:20", (
        "How about Friday 27th at 11? I'll send a Teams link on the day.\n\nR"), parent="am2",
        sig=False)
    case.add("am4", me, [rhona], "2026-03-16 09:41", "Friday works.\n\nC", parent="am3")
    case.add("am5", rhona, [me], "2026-03-25 17:02", (
        "Callum, I'm so sorry - board papers have eaten my Friday. Could we push to Thursday 2 "
        "April, same time?\n\nRhona"), parent="am4", sig=False)
    case.add("am6", me, [rhona], "2026-03-25 18:30", "Thursday's fine.\n\nCallum", parent="am5")
    case.promise("am1", "am3", rhona.email, "2026-03-27", answered_by="am5")
    case.meeting("am1", at("2026-03-27 11:00"), None, met=[rhona.email], status="moved",
                 networking=True, what="blether moved")
    case.meeting("am1", at("2026-04-02 11:00"), None, met=[rhona.email], status="scheduled",
                 networking=True, what="blether, new date")
    case.thread("am1", True, "networking", "Access Matters Scotland",
                "informal chat agreed in words for Fri 27 Mar 11:00, moved to Thu 2 Apr 11:00")
    case.forbid("am1", rhona.email,
                "the chat was moved from Fri 27 Mar to Thu 2 Apr 11:00, still ahead at now")

    # ======================================================================
    # 11. Justice Futures Scotland: Teams interview cancelled
    # ======================================================================
    kenny = P("Kenny Boyle", "kenny.boyle@justicefutures.org.uk", sig=(
        "Kenny Boyle\nDirector of Services\nJustice Futures Scotland"))
    jf_uid = uid_outlook(NAME, "justicefutures")
    jf_common = dict(uid=jf_uid, start=at("2026-03-27 10:00"), end=at("2026-03-27 11:00"),
                     summary="Interview: Service Improvement Manager - Callum Reid",
                     organizer=kenny, tzid="GMT Standard Time",
                     prodid="Microsoft Exchange Server 2010",
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Microsoft Teams Meeting")
    case.add("jf1", kenny, [me], "2026-03-18 14:40", (
        "Dear Callum\n\nFurther to your application, I'd like to invite you to interview for "
        "Service Improvement Manager on Friday 27 March at 10:00 on Teams. The invitation is "
        "attached - please accept if that suits.\n\nKind regards"),
        subject="Interview invitation - Service Improvement Manager",
        ics=make_ics(method="REQUEST", stamp=at("2026-03-18 14:40"), **jf_common),
        ics_mode="outlook")
    case.add("jf2", me, [kenny], "2026-03-18 20:15", (
        "Dear Kenny,\n\nThank you - I've accepted the invitation and look forward to it.\n\n"
        "Kind regards,\nCallum Reid"), parent="jf1")
    case.add("jf3", kenny, [me], "2026-03-25 12:05", (
        "Dear Callum\n\n"
        "I'm sorry to do this at short notice. Our funding for the post hasn't been confirmed for "
        "2026-27 and the board has asked us to put the recruitment on hold, so I have to cancel "
        "Friday's interview. If the post is re-advertised I will let you know personally.\n\n"
        "Apologies again,"), subject="Cancelled: Interview: Service Improvement Manager - Callum Reid",
        parent="jf2", ics=make_ics(method="CANCEL", stamp=at("2026-03-25 12:05"), sequence=1,
                                   status="CANCELLED", **jf_common), ics_mode="outlook")
    case.meeting("jf1", at("2026-03-27 10:00"), at("2026-03-27 11:00"), met=[kenny.email],
                 status="cancelled", what="cancelled Teams interview")
    case.thread("jf1", True, "interview", "Justice Futures Scotland",
                "Teams interview for Fri 27 Mar cancelled on Wed 25 Mar (ICS CANCEL), post on hold")
    case.forbid("jf1", kenny.email,
                "the interview was cancelled (ICS CANCEL) and never took place; nothing dated "
                "was promised")

    # ======================================================================
    # 12. Civic Design Collective: Zoom chat in Toronto time, a no-show
    # ======================================================================
    ailsa = Person("Ailsa Morrison", "ailsa@civicdesign.coop", tz="America/Toronto",
                   style="gmail", sig="Ailsa Morrison\nDesign Lead, Civic Design Collective")
    case.add("cd1", me, [ailsa], "2026-03-09 21:40", (
        "Hi Ailsa,\n\n"
        "We've not met - I'm a social worker in Glasgow and I heard you speak at the Service "
        "Design Scotland event last autumn about moving from practice into design. I'm trying to "
        "make a similar move and would be really grateful for a quarter of an hour on how you "
        "went about it, whenever suits.\n\n"
        "Best wishes,\n" + SIG), subject="A quarter of an hour on practice-to-design?")
    case.add("cd2", ailsa, [me], "2026-03-10 19:10", (
        "Hi Callum - of course, happy to. I'm in Toronto until summer so mornings my time are "
        "best. I'll send a Zoom.\n\nAilsa"), parent="cd1", sig=False)
    cd_ics = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "zoom-ailsa"), stamp=at("2026-03-10 19:14", ailsa),
        start=at("2026-03-20 09:00", ailsa), end=at("2026-03-20 09:20", ailsa),
        summary="Ailsa / Callum - practice to design", organizer=ailsa,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="America/Toronto",
        prodid="-//zoom.us//iCalendar Event//EN",
        location="https://zoom.us/j/84417720915?pwd=cmVhbGx5bm90YXBhc3N3b3Jk")
    case.add("cd3", ailsa, [me], "2026-03-10 19:14", (
        "Ailsa Morrison is inviting you to a scheduled Zoom meeting.\n\n"
        "Topic: Ailsa / Callum - practice to design\n"
        "Time: Mar 20, 2026 09:00 AM Eastern Time (US and Canada)\n\n"
        "Join Zoom Meeting\nhttps://zoom.us/j/84417720915?pwd=cmVhbGx5bm90YXBhc3N3b3Jk\n\n"
        "Meeting ID: 844 1772 0915\nPasscode: 512008"), parent="cd2", sig=False, quote=False,
        ics=cd_ics, ics_mode="attach")
    case.add("cd4", me, [ailsa], "2026-03-20 13:12", (
        "Hi Ailsa, I'm in the Zoom waiting room - no worries at all if something's come up, "
        "just let me know.\n\nCallum"), parent="cd3")
    case.add("cd5", ailsa, [me], "2026-03-20 12:50", (
        "Callum I am SO sorry. Nursery phoned at 8.40 and I completely lost the morning. Can we "
        "try again after your Easter? Tuesday 14 April, same time (9 my time, 2 yours now your "
        "clocks will have changed)?\n\nAilsa"), parent="cd4", sig=False)
    case.add("cd6", me, [ailsa], "2026-03-20 19:05", (
        "Not a problem at all, these things happen! Tuesday 14th at 2 my time works.\n\nCallum"),
        parent="cd5")
    case.meeting("cd1", at("2026-03-20 13:00"), at("2026-03-20 13:20"), met=[],
                 status="noshow", networking=True, what="Zoom, she never joined")
    case.meeting("cd1", at("2026-04-14 14:00"), at("2026-04-14 14:20"), met=[ailsa.email],
                 status="scheduled", networking=True, what="rebooked")
    case.thread("cd1", True, "networking", "Civic Design Collective",
                "Zoom Fri 20 Mar 09:00 Toronto (13:00 GMT): she never joined; rebooked for Tue "
                "14 Apr")
    case.forbid("cd1", ailsa.email,
                "a no-show: the 20 Mar Zoom never happened, so no thank-you or networking touch; "
                "the rebooked chat is on 14 Apr")

    # ======================================================================
    # 13. Fairer Futures Scotland: video chat, Callum's own promise unkept
    # ======================================================================
    marek = P("Marek Nowak", "marek.nowak@fairerfutures.scot", style="gmail", sig=(
        "Marek Nowak\nService Design Manager\nFairer Futures Scotland"))
    marek_cal = Person("Marek Nowak", "marek.nowak@fairerfutures.scot", tz=LDN, style="gcal")
    case.add("ff1", me, [marek], "2026-03-13 21:05", (
        "Hi Marek,\n\n"
        "Euan Fraser at Open Door suggested I get in touch. I'm a senior social worker looking to "
        "move into service design, and I'd love to hear how your team at Fairer Futures is set "
        "up - would you have half an hour in the next week or two?\n\n"
        "Cheers,\n" + SIG), subject="Service design at Fairer Futures - half an hour?")
    case.add("ff2", marek, [me], "2026-03-16 08:34", (
        "Hi Callum,\n\nSure - any friend of Euan's. I'll put something in for this Wednesday "
        "lunchtime on Meet.\n\nMarek"), parent="ff1", sig=False)
    case.promise("ff1", "ff2", marek.email, "2026-03-18", answered_by="ffc")
    ff_ics = make_ics(
        method="REQUEST", uid=uid_google(NAME, "marek"), stamp=at("2026-03-16 08:36"),
        start=at("2026-03-18 12:30"), end=at("2026-03-18 13:00"),
        summary="Callum / Marek - 30 min chat", organizer=marek_cal,
        attendees=[(marek_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=LDN, location="https://meet.google.com/kzr-wuvn-pqe",
        description="Join with Google Meet: https://meet.google.com/kzr-wuvn-pqe")
    case.add("ffc", marek_cal, [me], "2026-03-16 08:36", (
        "You have been invited to the following event.\n\n"
        "Callum / Marek - 30 min chat\nWednesday 18 Mar 2026 12:30 - 13:00 (Greenwich Mean Time "
        "- London)\nJoin with Google Meet: meet.google.com/kzr-wuvn-pqe\n\n"
        "Organiser: marek.nowak@fairerfutures.scot\nGuests: marek.nowak@fairerfutures.scot, "
        "callum.reid@example.net\n\nInvitation from Google Calendar"),
        subject="Invitation: Callum / Marek - 30 min chat @ Wed 18 Mar 2026 12:30 - 13:00 (GMT) "
                "(callum.reid@example.net)", ics=ff_ics, ics_mode="google", headers=GCAL)
    case.add("ff3", me, [marek], "2026-03-18 15:10", (
        "Hi Marek,\n\n"
        "Thanks so much for your time at lunchtime - the way you pair a designer with a frontline "
        "worker for every project is exactly the kind of thing I'd hoped to hear about.\n\n"
        "As I said, I'll send you our write-up of the discharge-to-assess test-and-learn by "
        "Friday. It's rough, but the journey maps might be useful for your hospital work.\n\n"
        "Cheers,\n" + SIG), parent="ff2")
    case.add("ff4", marek, [me], "2026-03-19 09:12", (
        "Dzięki Callum, it was good to chat. Yes please, would be great to see it.\n\nMarek"),
        parent="ff3", sig=False)
    case.meeting("ff1", at("2026-03-18 12:30"), at("2026-03-18 13:00"), met=[marek.email],
                 thanks={marek.email: "ff3"}, networking=True, what="Google Meet chat")
    case.own_promise("ff1", "ff3", marek.email, "2026-03-20")
    case.thread("ff1", True, "networking", "Fairer Futures Scotland",
                "video chat Wed 18 Mar 12:30-13:00 thanked; Callum promised the write-up 'by "
                "Friday' (20 Mar) and has not written since; touch due only 2 Apr")
    case.thread("ffc", True, "networking", "Fairer Futures Scotland",
                "Google Calendar invitation for the chat")
    case.expect("own_promise", "ff1", marek.email,
                "'I'll send you our write-up ... by Friday' (Fri 20 Mar); Callum has not written "
                "to Marek since; due at the end of Fri 20 Mar")

    # ======================================================================
    # 14. Mentor Anne: mentoring session, intro to Euan, a forwarded post
    # ======================================================================
    anne = P("Anne Buchanan", "anne.buchanan.sw@gmail.com", style="gmail")
    euan = P("Euan Fraser", "euan.fraser@opendoorscotland.org.uk", style="gmail", sig=(
        "Euan Fraser\nHead of Service Design | Open Door Scotland\n07700 900742"))
    case.add("mn1", anne, [me], "2026-02-25 10:15", (
        "Callum,\n\nTime for our March blether? Monday 2nd at 6 on Meet suits me if it does you. "
        "Bring the list of roles you're weighing up.\n\nAnne"), subject="March")
    case.add("mn2", me, [anne], "2026-02-25 12:30", "Monday 2nd at 6 is great. C", parent="mn1")
    case.add("mn3", anne, [me], "2026-03-02 17:40", (
        "Link for tonight: meet.google.com/hbs-qoxe-tfa\nSee you shortly. A"), parent="mn2")
    case.add("mn4", me, [anne], "2026-03-02 20:05", (
        "Anne - thanks as always. The bit about not apologising for being 'just a social worker' "
        "in interviews has gone on a post-it above my desk. Would really value an intro to Euan "
        "if you still think it's a good idea.\n\nCallum"), parent="mn3")
    case.add("mn5", anne, [me], "2026-03-03 08:20", (
        "Doing it now. Go get 'em.\nA"), parent="mn4")
    case.meeting("mn1", at("2026-03-02 18:00"), at("2026-03-02 18:45"), met=[anne.email],
                 thanks={anne.email: "mn4"}, networking=True, what="mentoring session")

    case.add("in1", anne, [euan, me], "2026-03-03 08:41", (
        "Euan, Callum,\n\n"
        "Introducing you two, as promised to both of you. Euan runs service design at Open Door "
        "and has done the practice-to-design jump himself; Callum is one of the best senior "
        "practitioners I supervised in my last years at the council and is looking at policy and "
        "design roles. I'll leave you to it.\n\nAnne"), subject="Intro: Callum Reid <> Euan Fraser")
    case.add("in2", euan, [me], "2026-03-04 09:05", (
        "Thanks Anne (moving you to bcc).\n\n"
        "Callum - good to e-meet you. I'm in town next week; would a coffee work? I could do "
        "Tuesday 10th at 8.30 or Thursday 12th at 8.30, at Pronto on West Nile Street."),
        parent="in1")
    case.add("in3", me, [euan], "2026-03-04 12:20", (
        "Hi Euan,\n\nThursday the 12th at 8.30 would be perfect - see you at Pronto.\n\nCallum"),
        parent="in2")
    case.add("in4", euan, [me], "2026-03-05 07:58", "Grand, see you then. E", parent="in3",
             sig=False)
    case.add("in5", me, [euan], "2026-03-12 12:40", (
        "Euan,\n\n"
        "Thank you for the coffee and for being so generous with your time this morning. Your "
        "point about treating case recording as user research was a lightbulb moment.\n\n"
        "All the best,\n" + SIG), parent="in4")
    case.add("in6", euan, [me], "2026-03-13 09:05", (
        "My pleasure Callum. Do drop Marek at Fairer Futures a line - mention my name.\n\nEuan"),
        parent="in5", sig=False)
    case.meeting("in1", at("2026-03-12 08:30"), None, met=[euan.email],
                 thanks={euan.email: "in5"}, networking=True, what="coffee")

    case.add("jp1", anne, [me], "2026-03-24 07:55", (
        "Thought of you. Closes 20 April.\n\n"
        "---------- Forwarded message ---------\n"
        "From: SSWN Jobs Digest <digest@sswn.example.org>\n"
        "Date: Mon, 23 Mar 2026 at 18:00\n"
        "Subject: Jobs digest\n\n"
        "Service Design Lead, Digital Health and Care - Scottish Government - C2 - Edinburgh / "
        "hybrid. The post holder will lead a multidisciplinary team redesigning adult social care "
        "assessment journeys..."), subject="Fwd: Jobs digest")
    case.add("jp2", me, [anne], "2026-03-24 21:10", (
        "Thanks Anne - I'd spotted it but wasn't sure I'd be in the running for a C2. Maybe "
        "after I hear about the C1. Had the panel this afternoon, will tell you all about it.\n\n"
        "C"), parent="jp1")

    case.thread("mn1", True, "networking", None,
                "monthly mentoring blether with Anne Mon 2 Mar 18:00-18:45, thanked; latest "
                "exchange with her on 24 Mar in another thread")
    case.thread("in1", True, "networking", "Open Door Scotland",
                "mentor's intro; two slots offered, Thu 12 Mar 08:30 coffee picked; thanked; "
                "Euan's reply of Fri 13 Mar is the last exchange")
    case.thread("jp1", True, "networking", None, "mentor forwards a job post; Callum replies")
    case.expect("networking", "in1", euan.email,
                "coffee Thu 12 Mar took place and was thanked; the last exchange was his reply of "
                "Fri 13 Mar, so the two-week touch fell due at the end of Fri 27 Mar")
    case.forbid("in1", anne.email,
                "the mentor made the introduction; she was not at the coffee and promised "
                "nothing")
    case.forbid("mn1", anne.email,
                "the mentoring session was thanked, and their exchange of Tue 24 Mar (another "
                "thread) resets the two-week touch to Tue 7 Apr")

    # ======================================================================
    # 15. Current job: panel for his own team; union rep
    # ======================================================================
    linda = P("Linda Muir", "linda.muir@strathkelvin.gov.uk", sig=(
        "Linda Muir\nTeam Manager, Adult Community Care (North)\nStrathkelvin Council"))
    chloe = "chloe.baxter97@gmail.com"
    case.add("sk1", linda, [me], "2026-03-20 16:32", (
        "Callum\n\nSending to your home email as you said the laptop's away getting re-imaged. "
        "Schedule for Wednesday's Social Worker interviews attached - five candidates, 9.30 to "
        "4.30 in the Kirkintilloch Road office, room 2.14. Could you lead on the adult support "
        "and protection scenario?\n\nThanks"), subject="Wed interviews - SW (Adults) x2 posts",
        attachments=[("Interview_schedule_SW_Adults.pdf", "application/pdf",
                      make_pdf(["Interview schedule - Social Worker (Adults)",
                                "Wed 25 March 2026, room 2.14", "09:30 - 16:30, 5 candidates"]))])
    case.add("sk2", me, [linda], "2026-03-20 19:44", (
        "Got it - yes, happy to take the ASP scenario. I'll bring printed copies.\n\nC"),
        parent="sk1")
    case.add("sk3", linda, [me], "2026-03-26 08:12", (
        "Nice touch from one of yesterday's candidates, came into the team inbox.\n\n"
        "Sent from my iPhone\n\n"
        "Begin forwarded message:\n\n"
        "From: Chloe Baxter <chloe.baxter97@gmail.com>\n"
        "Date: 25 March 2026 at 19:02:11 GMT\n"
        "To: adultcare.north@strathkelvin.gov.uk\n"
        "Subject: Thank you - Social Worker interview\n\n"
        "Dear Linda and Callum, thank you both for today's interview..."),
        subject="Fw: Thank you - Social Worker interview", parent="sk2", sig=False)
    case.meeting("sk1", at("2026-03-25 09:30"), at("2026-03-25 16:30"), met=[chloe],
                 job=False, what="Callum on his own team's interview panel")
    case.thread("sk1", False, None, "Strathkelvin Council",
                "his own team's recruitment: Callum on the panel Wed 25 Mar; a candidate's "
                "thank-you forwarded")
    case.forbid("sk1", chloe,
                "a candidate Callum interviewed for his own team: he was on the hiring side, not "
                "job searching")

    des = P("Des McGowan", "des.mcgowan@strathkelvin.gov.uk", sig=(
        "Des McGowan\nUNISON Workplace Rep, Strathkelvin Social Work"))
    case.add("un1", des, [me], "2026-03-11 13:05", (
        "Callum, got the regrading appeal paperwork back from HR. Can we grab half an hour "
        "Friday - 12 at the Costa by the office?\n\nDes"),
        subject="Job evaluation appeal - senior practitioners")
    case.add("un2", me, [des], "2026-03-11 18:22", "Friday at 12's fine Des.", parent="un1")
    case.add("un3", me, [des], "2026-03-13 14:00", (
        "Des - thanks for going through all that. I'll send you the old job evaluation papers "
        "and my 2019 job description by Wednesday.\n\nCallum"), parent="un2")
    case.meeting("un1", at("2026-03-13 12:00"), at("2026-03-13 13:00"), met=[des.email],
                 job=False, what="union meeting about his current job")
    case.own_promise("un1", "un3", des.email, "2026-03-18", job=False)
    case.thread("un1", False, None, "UNISON",
                "union rep about a regrading appeal at his current job; Callum's 'papers by "
                "Wednesday' not yet sent")
    case.forbid("un1", des.email,
                "Callum's promise to send papers is about his current job's regrading appeal, "
                "not his job search")

    # ======================================================================
    # Noise
    # ======================================================================
    kasia = Person("Kasia Reid", "kasia.reid.glasgow@gmail.com", tz=LDN, style="gmail")
    case.add("ks1", kasia, [me], "2026-03-04 12:55", (
        "Mama's flights - she found Katowice to Glasgow on the 28th, back 9th April. Can you "
        "check you're not on the rota for the airport run? Ląduje o 14:20.\n\n"
        "Also Eilidh needs a white t-shirt for the World Book Day thing tomorrow, do we have one??"
        "\n\nK x"), subject="Mama / Easter")
    case.add("ks2", me, [kasia], "2026-03-04 13:30", (
        "Not on the rota that weekend, I'll get her. White t-shirt is in the ironing pile "
        "(sorry).\n\nx"), parent="ks1")
    case.add("ks3", kasia, [me], "2026-03-04 13:41", "Of course it is. Kocham cię, głuptasie x",
             parent="ks2")
    case.add("ks4", kasia, [me], "2026-03-24 08:15", (
        "Good luck at 2!!! Text me the minute you're out. Gołąbki for tea to celebrate either "
        "way."), subject="dzisiaj")
    case.add("ks5", me, [kasia], "2026-03-24 15:40", (
        "Out. Went OK I think - one question I fluffed. Home by 6.\n\nx"),
        parent="ks4")
    case.thread("ks1", False, None, None, "wife: mother-in-law's Easter flights")
    case.thread("ks4", False, None, None, "wife: good luck message")

    halina = Person("Halina Wiśniewska", "halina.wisniewska58@gmail.com", tz="Europe/Warsaw",
                    style="gmail")
    case.add("hw1", halina, [me, kasia], "2026-03-15 19:30", (
        "Kochani,\n\nBilety kupione! Przylatuję 28 marca o 14:20. Callum, czy możesz odebrać mnie "
        "z lotniska? Przywiozę kiełbasę i sernik dla Eilidh.\n\nBuziaki,\nMama"),
        subject="Przylot 28 marca")
    case.add("hw2", me, [halina], "2026-03-15 21:02", (
        "Cześć Halina! Tak, odbiorę cię. Dziękuję za sernik :)\n\nCallum"), parent="hw1")
    case.thread("hw1", False, None, None, "mother-in-law in Polish: airport pick-up on 28 Mar")

    mum = Person("Margaret Reid", "margaret.reid48@btinternet.com", tz=LDN, style="webmail",
                 msgid_domain="btinternet.com")
    case.add("mu1", mum, [me], "2026-03-07 10:22", (
        "Hello son\n\nYour dad's appointment at the Queen Elizabeth has come through for the "
        "17th at 9.15, it's the eye clinic again. Can you or Fraser take him? I dont like the "
        "motorway now.\n\nLove Mum"), subject="Dads appointment")
    case.add("mu2", me, [mum], "2026-03-07 11:05", (
        "Hi Mum, I'll take him - I'll book the morning off. Tell him I'll be there at half "
        "8.\n\nCallum x"), parent="mu1")
    case.add("mu3", mum, [me], "2026-03-17 14:40", (
        "Thanks for today son. He says the drops are working. Come for your tea Sunday.\n\nMum"),
        parent="mu2")
    case.thread("mu1", False, None, None, "mother: father's hospital appointment")

    school = Person("Sgoil Ghàidhlig Ghlaschu an Iar", "office@sgoilgaidhlig.example.org",
                    tz=LDN, style="auto")
    case.add("sc1", school, [me], "2026-03-06 15:30", (
        "A phàrantan is luchd-cùraim, / Dear parents and carers,\n\n"
        "Madainn mhath! Tha sinn an dòchas gun robh seachdain mhath agaibh.\n\n"
        "- Parents' evenings are on 10 and 11 March: book through the Parents' Booking site.\n"
        "- Seachdain na Gàidhlig: P5 are singing at the ceilidh on Friday 20 March.\n"
        "- The school closes for the Easter holidays on Friday 27 March at 2.30pm.\n\n"
        "Le deagh dhùrachd,\nMrs C. NicDhòmhnaill, Ceannard / Head Teacher"),
        subject="Litir-naidheachd a' Mhàirt / March newsletter",
        headers=bulk_headers("<news.sgoilgaidhlig.example.org>",
                             "https://sgoilgaidhlig.example.org/unsubscribe"))
    case.thread("sc1", False, None, None, "Gaelic-medium school newsletter")

    booking = Person("Parents' Booking", "noreply@parentsbooking.example.com", tz=LDN,
                     style="auto", auto=True)
    case.add("pb1", booking, [me], "2026-03-06 20:12", (
        "Dear Mr Reid,\n\nYour appointments for Parents' Evening at Sgoil Ghàidhlig Ghlaschu an "
        "Iar are confirmed:\n\nTuesday 10 March 2026\n17:20 - 17:30  Miss Mairi Chaimbeul (P5 "
        "Class Teacher) - Eilidh Reid\n\nPlease arrive 5 minutes early."),
        subject="Booking confirmation - Parents' Evening", headers=AUTO)
    case.meeting("pb1", at("2026-03-10 17:20"), at("2026-03-10 17:30"), job=False,
                 what="parents' evening")
    case.thread("pb1", False, None, None, "parents' evening booking")

    dentist = Person("Hyndland Dental Care", "reception@hyndlanddental.example.co.uk", tz=LDN,
                     style="auto")
    case.add("dn1", dentist, [me], "2026-02-27 09:00", (
        "Dear Callum,\n\nThis is a reminder of your check-up with Dr Patel on Thursday 5 March "
        "2026 at 08:40. If you can't make it please give us 24 hours' notice on 0141 496 0011."),
        subject="Appointment reminder - Thu 5 Mar 08:40", ics_mode="publish", ics=make_ics(
            method="PUBLISH", uid=uid_uuid(NAME, "dentist"), stamp=at("2026-02-27 09:00"),
            start=at("2026-03-05 08:40"), end=at("2026-03-05 09:00"),
            summary="Dental check-up - Hyndland Dental Care", organizer=dentist,
            prodid="-//Dentally//Appointments//EN", location="12 Hyndland Street, Glasgow"))
    case.meeting("dn1", at("2026-03-05 08:40"), at("2026-03-05 09:00"), job=False,
                 what="dentist")
    case.thread("dn1", False, None, None, "dentist appointment (ICS PUBLISH)")

    gp = Person("Kelvinbridge Medical Practice", "kelvinbridge.practice@nhs.example.scot",
                tz=LDN, style="outlook", region="eurprd02")
    case.add("gp1", gp, [me], "2026-03-23 11:30", (
        "Dear Mr Reid\n\nFurther to your appointment with Dr Stewart, your blood samples have been "
        "sent to the lab. One of the nurses will phone you by Friday 27 March with the results. "
        "There is no need to contact the practice.\n\nKelvinbridge Medical Practice"),
        subject="Your recent blood tests")
    case.promise("gp1", "gp1", gp.email, "2026-03-27", job=False)
    case.thread("gp1", False, None, None, "GP: 'will phone you by Friday 27 March' (not job)")

    energy = Person("Clydebank Energy", "bills@clydebankenergy.example.co.uk", tz=LDN,
                    style="auto", auto=True)
    case.add("en1", energy, [me], "2026-03-03 06:10", "", subject="Your March bill is ready",
             html_only=True, headers=AUTO, html=html_of(
                 "Hi Callum\n\nYour bill for 1 Feb - 28 Feb is ready: GBP 142.37, to be collected "
                 "by Direct Debit on 17 March.\n\nView your bill in the app."))
    case.thread("en1", False, None, None, "energy bill")

    bank = Person("Firth Bank", "no-reply@firthbank.example.co.uk", tz=LDN, style="auto",
                  auto=True)
    case.add("bk1", bank, [me], "2026-03-02 07:00", "", subject="Your statement is ready to view",
             html_only=True, headers=AUTO, html=html_of(
                 "Dear Mr Reid\n\nYour current account statement is ready to view in online "
                 "banking.\n\nFirth Bank will never ask for your PIN by email."))
    case.add("bk2", bank, [me], "2026-03-28 09:14", "", subject="We've updated our terms",
             html_only=True, headers=AUTO, html=html_of(
                 "Dear Mr Reid\n\nWe're making some changes to our terms and conditions from 1 "
                 "June 2026. You don't need to do anything."))
    case.thread("bk1", False, None, None, "bank statement")
    case.thread("bk2", False, None, None, "bank terms update")

    shop = Person("Stoats & Weasels Outdoor", "orders@stoatsoutdoor.example.co.uk", tz=LDN,
                  style="auto", auto=True)
    case.add("sh1", shop, [me], "2026-03-05 20:31", (
        "Thanks for your order #SW-44120!\n\n1 x Men's waterproof overtrousers, L - GBP 64.00\n"
        "Delivery: standard, 3-5 working days."), subject="Order confirmed #SW-44120",
        headers=AUTO)
    case.add("sh2", shop, [me], "2026-03-07 08:02", (
        "Good news - order #SW-44120 is on its way with Evri. Tracking: H01HYA0012345678"),
        subject="Your order is on its way #SW-44120", parent="sh1", quote=False, headers=AUTO)
    case.thread("sh1", False, None, None, "online order and dispatch")

    cc_news = Person("Community Care Scotland Daily", "newsletter@communitycare.example.co.uk",
                     tz=LDN, style="auto", auto=True)
    for k, d, subj, txt in [
            ("cn1", "2026-03-09 07:30", "Caseloads, the National Care Service, and your rights",
             "Today: social workers report rising caseloads; what the latest NCS changes mean for "
             "adult teams; 5 interview tips for senior practitioner roles; and this week's jobs: "
             "Team Leader (Adults), Mental Health Officer, Policy Officer."),
            ("cn2", "2026-03-23 07:30", "Self-directed support ten years on",
             "Today: a decade of SDS - what worked; a call for evidence closes 10 April; the "
             "interview questions panels always ask; and jobs: Practice Educator, Service "
             "Manager, Commissioning Officer.")]:
        case.add(k, cc_news, [me], d, txt + "\n\nUnsubscribe or manage preferences online.",
                 subject=subj, html=html_of(txt),
                 headers=dict(AUTO, **bulk_headers("<daily.communitycare.example.co.uk>",
                                                   "https://communitycare.example.co.uk/u")))
        case.thread(k, False, None, None, "professional newsletter")

    tsb = Person("Third Sector Bulletin", "bulletin@thirdsectorbulletin.example.org", tz=LDN,
                 style="auto", auto=True)
    case.add("tb1", tsb, [me], "2026-03-19 12:00", (
        "This week: funders warn of a cliff edge for multi-year grants; volunteering numbers "
        "recover; and in jobs - Development Manager (part-time), Fife Kinship Care Network; "
        "Head of Policy, a national carers' charity; Fundraising Officer, Dundee.\n\n"
        "Manage your subscription"), subject="Third Sector Bulletin - 19 March",
        headers=dict(AUTO, **bulk_headers("<weekly.thirdsectorbulletin.example.org>",
                                          "https://thirdsectorbulletin.example.org/u")))
    case.thread("tb1", False, None, None, "third sector newsletter with job ads")

    jh = Person("JobsHub Scotland", "alerts@jobshub.example.scot", tz=LDN, style="auto",
                auto=True)
    for k, d, roles in [
            ("jh1", "2026-03-02 06:00", "Policy Officer (Social Work) - Strathkelvin Council - "
             "GBP 44,112 - 48,990\nService Manager, Adult Services - Inverclyde HSCP\n"
             "Senior Practitioner - Adult Support & Protection - East Dunbartonshire"),
            ("jh2", "2026-03-16 06:00", "Improvement Adviser - Public Health Scotland\n"
             "Team Leader, Community Care - Renfrewshire\nPolicy and Research Officer - "
             "West Lothian Council")]:
        txt = ("New jobs matching your alert 'social work policy', Glasgow + 40 miles:\n\n" +
               roles + "\n\nApply now on JobsHub. You are receiving this because you set up a "
               "job alert.")
        case.add(k, jh, [me], d, txt, subject="Your job alert: 3 new jobs for 'social work "
                 "policy'", html=html_of(txt),
                 headers=dict(AUTO, **bulk_headers("<alerts.jobshub.example.scot>",
                                                   "https://jobshub.example.scot/alerts")))
        case.thread(k, False, None, None, "public-sector job alert")
    tm = Person("Thirdmove", "jobs-noreply@thirdmove.example.org.uk", tz=LDN, style="auto",
                auto=True)
    for k, d, roles in [
            ("tm1", "2026-03-04 18:00", "Service Design Lead (Carers' Support) - Carers Voice "
             "Scotland - Glasgow - closes 16 March\nHead of Practice Development - The Allander "
             "Trust\nPolicy & Influencing Officer - New Roots Scotland"),
            ("tm2", "2026-03-25 18:00", "Engagement Officer - a Glasgow housing association\n"
             "Programme Lead, Children's Rights - Edinburgh\nInterim Head of Services - Ayrshire")]:
        txt = "Your weekly Thirdmove jobs:\n\n" + roles + "\n\nUpdate your alerts"
        case.add(k, tm, [me], d, txt, subject="Thirdmove: new jobs in Social Care & Policy",
                 html_only=True, html=html_of(txt),
                 headers=dict(AUTO, **bulk_headers("<alerts.thirdmove.example.org.uk>",
                                                   "https://thirdmove.example.org.uk/u")))
        case.thread(k, False, None, None, "charity job alert")

    ramblers = Person("Iain Stewart", "iain.stewart.hills@gmail.com", tz=LDN, style="gmail")
    rob = Person("Rob Devlin", "robdevlin71@gmail.com", tz=LDN, style="gmail")
    case.add("rm1", ramblers, [me, rob], "2026-03-18 21:15", (
        "Folks - Campsies on Sunday 22nd? Meet Clachan of Campsie car park 9am, up Jamie's "
        "Road, back for a pint in the Aldessan. Forecast dry-ish.\n\nIain"),
        subject="Sunday - Campsies")
    case.add("rm2", rob, [ramblers, me], "2026-03-18 22:01", "In. Can give someone a lift from "
             "the West End.", parent="rm1")
    case.add("rm3", me, [ramblers, rob], "2026-03-19 07:10", (
        "I'm in - Rob, lift would be magic. New overtrousers getting christened.\n\nC"),
        parent="rm2")
    case.thread("rm1", False, None, None, "hillwalking pals")

    gav = Person("Gav Thomson", "gavthomson@hotmail.co.uk", tz=LDN, style="outlook",
                 region="eurprd09")
    case.add("gv1", gav, [me], "2026-03-12 20:45", (
        "Saturday, Scotland v Ireland, Ben Nevis bar from 4? Fraser's coming through."),
        subject="Saturday")
    case.add("gv2", me, [gav], "2026-03-12 21:02", "Aye go on then. Kasia says I'm home by 9.",
             parent="gv1")
    case.add("gv3", gav, [me], "2026-03-15 10:18", "Never speaking about that second half again.",
             parent="gv2")
    case.thread("gv1", False, None, None, "friend: the rugby")

    basw = Person("BASW Scotland Events", "events@basw.example.org.uk", tz=LDN, style="auto",
                  auto=True)
    case.add("bw1", basw, [me], "2026-03-12 10:00", (
        "Dear Callum\n\nYou're registered for 'From Practice to Policy: making your voice count', "
        "Thursday 19 March 2026, 12:30-13:30 (online). The joining link will be sent on the day. "
        "This counts towards your SSSC post-registration learning."),
        subject="Registration confirmed: From Practice to Policy (19 March)", headers=AUTO)
    case.meeting("bw1", at("2026-03-19 12:30"), at("2026-03-19 13:30"), job=False,
                 what="professional webinar")
    case.thread("bw1", False, None, None, "professional association webinar registration")

    sssc = Person("SSSC", "registration@sssc.example.uk", tz=LDN, style="auto", auto=True)
    case.add("ss1", sssc, [me], "2026-02-20 09:00", (
        "Dear Callum Reid\n\nYour registration as a social worker is due for renewal on 30 June "
        "2026. Please log in to MySSSC to complete your renewal and record your post-registration "
        "training and learning."), subject="Your registration renewal", headers=AUTO)
    case.thread("ss1", False, None, None, "professional registration renewal")

    pension = Person("West of Scotland Pension Fund", "members@wspf.example.org.uk", tz=LDN,
                     style="auto", auto=True)
    case.add("pf1", pension, [me], "2026-02-17 11:00", "", subject="Your annual benefit statement",
             html_only=True, headers=AUTO, html=html_of(
                 "Dear member\n\nYour annual benefit statement is now available in your online "
                 "account."))
    case.thread("pf1", False, None, None, "pension statement")

    garage = Person("Anniesland Autos", "service@anniesland-autos.example.co.uk", tz=LDN,
                    style="auto")
    case.add("ga1", garage, [me], "2026-03-26 10:00", (
        "Hi Callum, your Skoda Octavia (SK19 KVO) is due its MOT by 14 April. Reply or call 0141 "
        "496 0833 to book.\n\nAnniesland Autos"), subject="MOT reminder")
    case.thread("ga1", False, None, None, "MOT reminder")

    rail = Person("Rail Tickets", "tickets@railtix.example.co.uk", tz=LDN, style="auto",
                  auto=True)
    case.add("rt1", rail, [me], "2026-03-21 18:40", (
        "Your e-tickets: Glasgow Queen Street to Edinburgh Waverley, Sat 4 April, 09:15, 2 adults "
        "+ 1 child + 1 senior railcard. Total GBP 48.60. Show your QR codes to staff."),
        subject="Your e-tickets for Sat 4 April", headers=AUTO)
    case.thread("rt1", False, None, None, "train tickets")

    clas = Person("Seonaid Mhoireasdan", "seonaid.gaidhlig@gmail.com", tz=LDN, style="gmail")
    case.add("gl1", clas, [me], "2026-03-16 17:20", (
        "A charaidean,\n\nChan eil clas ann Diciadain seo tighinn (25mh) - tha mi tinn. Dèanaibh "
        "aonad 9 san leabhar.\n\nNo class next Wednesday, sorry all - do unit 9.\n\nSeonaid"),
        subject="Clas Gàidhlig - Diciadain")
    case.add("gl2", me, [clas], "2026-03-16 20:05", (
        "Tapadh leat, Seonaid - gabh fois. (I'll try unit 9, no promises.)\n\nCallum"),
        parent="gl1")
    case.thread("gl1", False, None, None, "Gaelic evening class")

    case.now = now
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
