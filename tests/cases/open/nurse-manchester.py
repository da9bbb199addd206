#!/usr/bin/env python3
"""Labelled case: a band 5 surgical nurse in Manchester applying for band 6 posts.

Kirsty Fairclough's personal mailbox, early March to Tuesday 21 April 2026, 19:40 BST.
Two prospective trusts and her current trust all write from firstname.lastname@nhs.net,
and so does her GP surgery; the NHS recruitment systems write from no-reply addresses.
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

LON = "Europe/London"

PMUH = "Pennine Moss University Hospitals NHS Foundation Trust"
SDFT = "Saltersgate and Dene NHS Foundation Trust"
MVH = "Medlock Vale Hospitals NHS Foundation Trust"
CEDAR = "Cedarbrook Healthcare"
MEDORA = "Medora Health"
BRIGHT = "Brightstaff Nursing"
ASHGROVE = "Ashgrove Park Hospital"
HEATON = "Heatonbrook Hospice"

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM4NWE0ZTItOGQ1Ny00ZWI2LWJhZDctN2Q5MWQ0Yzk1ZjE2%40thread.v2/0?context=%7b%22Tid%22%3a%2237f0c2d1%22%7d>
Meeting ID: 384 559 201 776
Passcode: 9dV7Wq
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def build():
    me = Person("Kirsty Fairclough", "kirsty.fairclough@example.net", tz=LON, style="webmail",
                msgid_domain="example.net")
    c = Case(
        "nurse-manchester",
        "Band 5 surgical nurse in Manchester applying for band 6 posts at two NHS trusts, a "
        "private group and through an agency; three employers share nhs.net",
        {"name": "Kirsty Fairclough", "emails": ["kirsty.fairclough@example.net"],
         "phone": "+44 7700 900418", "timezone": LON},
        None, "")
    c.me = me
    c.now = c.at("2026-04-21 19:40")
    at = c.at

    def P(name, email, style="outlook", sig=None, tz=LON, **kw):
        return Person(name, email, tz=tz, style=style, sig=sig, region="eurprd05", **kw)

    def auto(name, email, tz=LON):
        return Person(name, email, tz=tz, style="auto", auto=True)

    # ------------------------------------------------------------------ people
    lorna = P("Lorna Whitworth", "lorna.whitworth@nhs.net", sig=(
        "Lorna Whitworth\nWard Manager – Ward 12 (Colorectal Surgery)\nPennine Moss Royal Hospital\n"
        "Pennine Moss University Hospitals NHS Foundation Trust\nTel: 0161 496 0512 | Ext 3512"))
    denise = P("Denise Ashworth", "denise.ashworth@nhs.net")
    nhsjobs = auto("NHS Jobs", "no-reply@jobs.nhs.uk")
    trac = auto("Saltersgate and Dene NHS FT – Recruitment", "no-reply@trac.jobs", tz="UTC")
    nadia = P("Nadia Hussain", "nadia.hussain@nhs.net", sig=(
        "Nadia Hussain\nWard Sister – Ward 21 (Urology)\nSaltersgate Royal Infirmary\n"
        "Saltersgate and Dene NHS Foundation Trust\nExt 4417 | Bleep 2231"))
    smartr = auto("Cedarbrook Healthcare", "no-reply@smartrecruiters.com", tz="UTC")
    priya = P("Priya Chauhan", "priya.chauhan@cedarbrookhealth.co.uk", sig=(
        "Kind regards,\nPriya\n\nPriya Chauhan\nTalent Acquisition Partner – North West\n"
        "Cedarbrook Healthcare\nM: 07700 900731\nwww.cedarbrookhealth.co.uk"))
    marcus = P("Marcus Doyle", "marcus.doyle@cedarbrookhealth.co.uk")
    claire = P("Claire Ng", "claire.ng@cedarbrookhealth.co.uk", sig=(
        "Claire Ng\nWard Manager, Ward 2\nCedarbrook Hospital Manchester\nT: 0161 496 0158"))
    room2 = ("CBM Meeting Room 2 (Level 1)", "cbm-meetingroom2@cedarbrookhealth.co.uk")
    workday = auto("Medora Health", "medorahealth@myworkday.com", tz="America/Los_Angeles")
    tom = P("Tom Barraclough", "tom.barraclough@medorahealth.co.uk", style="gmail", sig=(
        "--\nTom Barraclough\nTalent Partner | Medora Health\n0161 496 0291\n"
        "medorahealth.co.uk"))
    jess = P("Jess Harrop", "jess@brightstaffnursing.co.uk", style="gmail", sig=(
        "Jess Harrop\nSenior Recruitment Consultant – Nursing\nBrightstaff Nursing | Manchester\n"
        "07700 900266"))
    calendly = auto("Calendly", "no-reply@calendly.com", tz="UTC")
    bev = P("Bev Kinsella", "bev.kinsella@ashgrovepark.co.uk", sig=(
        "Bev Kinsella\nWard Manager – Bridgewater Ward\nAshgrove Park Hospital, Worsley\n"
        "0161 496 0845"))
    alison = P("Alison Reddy", "alison.reddy@heatonbrookhospice.org.uk", sig=(
        "Alison Reddy RGN\nClinical Nurse Manager – Inpatient Unit\nHeatonbrook Hospice\n"
        "0161 496 0377\nRegistered charity no. 1099999"))
    tasha = P("Tasha Greenhalgh", "tasha.greenhalgh87@gmail.com", style="gmail")
    joanne = P("Joanne Birch", "joanne.birch@nhs.net", sig=(
        "Jo\n\nJoanne Birch\nWard Manager – Ward 7 (General Surgery)\nMedlock Vale General Hospital\n"
        "Ext 2207"))
    dev = P("Dev Mistry", "dev.mistry@nhs.net")
    ward7room = ("MVG Ward 7 Seminar Room", "mvg.ward7seminar@nhs.net")
    gp = P("Beech Road Medical Practice", "beechroad.medicalpractice@nhs.net", sig=(
        "Reception Team\nBeech Road Medical Practice\n112 Beech Road, Chorlton, M21 9XX\n"
        "Tel: 0161 496 0960\n\nThis mailbox is monitored Monday to Friday 08:00–18:30. "
        "In an emergency dial 999."))
    onlineconsult = auto("Beech Road Medical Practice (online consultations)",
                         "no-reply@patientforms.co.uk")
    roster = auto("HealthRoster", "no-reply@healthroster.medlockvale.nhs.uk")
    payroll = auto("Medlock Vale Payroll", "no-reply@payroll.medlockvale.nhs.uk")
    council = auto("Irk Valley Council", "council.tax@irkvalley.gov.uk")
    bins = auto("Irk Valley Council", "waste.services@irkvalley.gov.uk")
    gym = auto("FlexFit Chorlton", "hello@flexfitgyms.co.uk")
    union = auto("NSU North West", "bulletin@nsunion.org.uk")
    clined = auto("ClinEd Learning", "events@clined-learning.co.uk")
    zoom = auto("ClinEd Learning", "no-reply@zoom.us", tz="UTC")
    uniform = auto("Uniform Hub", "orders@uniformhub.co.uk")
    marlowe = auto("Marlowe & Finch", "hello@marloweandfinch.co.uk")
    trains = auto("NorthLink Trains", "tickets@northlinktrains.co.uk")
    energy = auto("Brightwell Energy", "statements@brightwellenergy.co.uk")
    parcel = auto("Parcelwise", "notifications@parcelwise.co.uk")
    brightnews = auto("Brightstaff Nursing", "news@brightstaffnursing.co.uk")
    mum = Person("Sandra Fairclough", "sandra.fairclough@btinternet.com", tz=LON, style="webmail",
                 msgid_domain="btinternet.com", sig="Sent from my iPad")
    ryan_cal = Person("Ryan Fairclough", "ryan.fairclough@gmail.com", tz=LON, style="gcal")
    gemma = Person("Gemma Fairclough", "gemma.fairclough@gmail.com", tz=LON)
    becca = P("Becca Lowe", "becca.lowe@hotmail.co.uk", sig="Get Outlook for Android")
    sophie = P("Sophie Grady", "sophiegrady@live.co.uk")
    hannah = Person("Hannah Moss", "hannahmoss.x@gmail.com", tz=LON)
    siobhan = Person("Siobhan Doherty", "siobhan.doherty@icloud.com", tz=LON, style="webmail",
                     msgid_domain="icloud.com", sig="Sent from my iPhone")
    maricel = Person("Maricel Santos", "maricel.santos88@gmail.com", tz=LON)
    dean = P("Dean Platt", "deanplatt@hotmail.co.uk")

    IPHONE = "\n\nSent from my iPhone"
    SIG = "\n\nKirsty Fairclough\n07700 900418"

    def add(*a, **k):
        return c.add(*a, **k)

    # ============================================================ JOB SEARCH
    # ---- J1 Pennine Moss: informal visit to Ward 12 (stale, thanked)
    add("j1a", me, [lorna], "2026-03-02 21:14",
        "Dear Lorna,\n\n"
        "I hope you don't mind me emailing out of the blue. I've seen the Band 6 Junior Sister post "
        "on Ward 12 on NHS Jobs, with your name as the contact for informal visits.\n\n"
        "I'm a Band 5 staff nurse on Ward 7 (general surgery) at Medlock Vale General and have "
        "been there nearly four years, mostly lower GI and emergency laparotomies, so colorectal "
        "is very much where I want to go next.\n\n"
        "Would it be possible to come and have a look round and a chat before the closing date? "
        "I'm on days Wednesday and Friday this week but free on Thursday 5th, or any time next "
        "Monday.\n\nMany thanks,\nKirsty Fairclough\n07700 900418",
        subject="Informal visit – Band 6 Junior Sister, Ward 12")
    add("j1b", lorna, [me], "2026-03-03 07:52",
        "Hi Kirsty\n\nYes of course, always happy to show people round. Thursday is fine – come "
        "up about half two once the lunchtime meds are done and it's a bit calmer. Ward 12 is on "
        "the 4th floor of the Alder Wing, just ask for me at the nurses' station.\n", parent="j1a")
    add("j1c", me, [lorna], "2026-03-03 12:31",
        "Brilliant, see you Thursday at half two!\nKirsty" + IPHONE, parent="j1b")
    add("j1d", me, [lorna], "2026-03-05 19:20",
        "Hi Lorna,\n\nThank you for showing me round this afternoon and for being so honest about "
        "the pressures on the ward. The enhanced recovery work and the link sessions with the "
        "stoma nurses sound brilliant, and I'm going to get my application in this weekend.\n\n"
        "Best wishes,\nKirsty", parent="j1c")
    add("j1e", lorna, [me], "2026-03-06 08:15",
        "Lovely to meet you Kirsty. Closing date is Friday 13th so don't leave it too late!\nL",
        parent="j1d", sig=False)
    c.meeting("j1a", at("2026-03-05 14:30"), met=[lorna.email], thanks={lorna.email: "j1d"},
              what="informal visit, Ward 12")
    c.thread("j1a", True, "networking", PMUH,
             "informal ward visit Thu 5 Mar 'half two' with the ward manager; thanked that "
             "evening; stale anyway")

    # ---- J2-J4 + reminder: NHS Jobs notices (automated)
    add("j2", nhsjobs, [me], "2026-03-11 22:47", "", html_only=True, headers=AUTO,
        subject="Application submitted: Junior Sister/Charge Nurse – Ward 12 Colorectal Surgery",
        html=html_of(
            "Dear Kirsty Fairclough,\n\n"
            "Thank you for your application for the following job.\n\n"
            "Job title: Junior Sister/Charge Nurse – Ward 12 Colorectal Surgery (Band 6)\n"
            "Job reference: 318-PMU-4421-A\n"
            "Employer: Pennine Moss University Hospitals NHS Foundation Trust\n\n"
            "What happens next\n\n"
            "The employer will review your application after the closing date. If you are "
            "shortlisted you will be told by email and through your NHS Jobs account.\n\n"
            "Please do not reply to this email. This mailbox is not monitored.\n\n"
            "NHS Jobs", "NHS Jobs"))
    add("j3", nhsjobs, [me], "2026-03-20 09:02", "", html_only=True, headers=AUTO,
        subject="Invitation to interview: Junior Sister/Charge Nurse – Ward 12 Colorectal Surgery",
        html=html_of(
            "Dear Kirsty Fairclough,\n\n"
            "Congratulations, you have been shortlisted for interview for Junior Sister/Charge "
            "Nurse – Ward 12 Colorectal Surgery (Band 6), reference 318-PMU-4421-A.\n\n"
            "Interviews will be held on Tuesday 7 April 2026 and Wednesday 8 April 2026 at "
            "Pennine Moss Royal Hospital.\n\n"
            "Book your interview\n\n"
            "Sign in to your NHS Jobs account and select 'Book interview' to choose a time. Slots "
            "are allocated on a first come, first served basis. Please book by 12:00 on "
            "27/03/2026.\n\n"
            "The interview will include a short numeracy assessment.\n\n"
            "We aim to let all candidates know the outcome by Monday 13 April 2026.\n\n"
            "Please do not reply to this email. This mailbox is not monitored.\n\nNHS Jobs",
            "NHS Jobs"))
    c.promise("j3", "j3", nhsjobs.email, "2026-04-13", job=False)  # automated: owes no callback
    add("j4", nhsjobs, [me], "2026-03-23 20:16", "", html_only=True, headers=AUTO,
        subject="Interview booked: Junior Sister/Charge Nurse – Ward 12 Colorectal Surgery",
        html=html_of(
            "Dear Kirsty Fairclough,\n\n"
            "Your interview is booked.\n\n"
            "Date: Wednesday 8 April 2026\nTime: 10:15 to 11:00\n"
            "Venue: Education Centre, Seminar Room 3, Alder Wing, Pennine Moss Royal Hospital, "
            "Tanner Street, Manchester\n\n"
            "Interview panel\n\n"
            "Lorna Whitworth – Ward Manager, Ward 12\n"
            "Denise Ashworth – Matron, Colorectal and General Surgery\n"
            "Femi Adeyemi – Clinical Practice Educator, Surgery\n\n"
            "What to bring\n\n"
            "Photo ID, proof of your right to work in the UK and your NMC PIN.\n\n"
            "To change or cancel your booking, sign in to your NHS Jobs account.\n\n"
            "Please do not reply to this email. This mailbox is not monitored.\n\nNHS Jobs",
            "NHS Jobs"))
    add("j4r", nhsjobs, [me], "2026-04-07 08:00", "", html_only=True, headers=AUTO,
        subject="Reminder: your interview is tomorrow",
        html=html_of(
            "Dear Kirsty Fairclough,\n\n"
            "This is a reminder that your interview for Junior Sister/Charge Nurse – Ward 12 "
            "Colorectal Surgery is tomorrow, Wednesday 8 April 2026 at 10:15.\n\n"
            "If you can no longer attend, please cancel your booking in your NHS Jobs account so "
            "the slot can be offered to someone else.\n\nNHS Jobs", "NHS Jobs"))
    c.thread("j2", True, "application", PMUH, "NHS Jobs acknowledgement (no-reply)")
    c.thread("j3", True, "interview", PMUH,
             "NHS Jobs shortlisting and slot-booking link; automated 'we aim to let all "
             "candidates know by Monday 13 April' (no person promised)")
    c.thread("j4", True, "interview", PMUH,
             "NHS Jobs booking confirmation, no ICS: Wed 8 Apr 10:15-11:00; panel named without "
             "addresses (Lorna, Denise, Femi)")
    c.thread("j4r", True, "interview", PMUH, "NHS Jobs reminder the day before")

    # ---- J5 Pennine Moss: the ward manager's mail about the panel
    add("j5a", lorna, [me], "2026-03-31 13:05", cc=[denise],
        subject="Wednesday 8th – Ward 12 interview",
        body="Hi Kirsty\n\n"
        "I've seen on NHS Jobs that you've booked the 10:15 slot on the 8th, so glad you're "
        "coming through to interview.\n\n"
        "Just so there are no surprises on the day: the panel will be me, Denise Ashworth our "
        "matron (cc'd), and Femi Adeyemi, the clinical practice educator for surgery "
        "(femi.adeyemi@nhs.net). Femi will start you off with a short drug calculation and a "
        "deteriorating-patient scenario before the main questions, so give yourself a few minutes "
        "to settle.\n\n"
        "Parking is a nightmare after 10, use the P3 multi-storey off Tanner Street rather than "
        "the main car park.\n\nSee you next week\nLorna\n")
    add("j5b", me, [lorna], "2026-03-31 21:48",
        "Hi Lorna,\n\nThanks so much for the heads-up, that's really helpful – I'll be brushing up "
        "on my IV calculations this week! See you on the 8th.\n\nKirsty", parent="j5a")
    add("j5c", me, [lorna, denise], "2026-04-08 17:55",
        "Dear Lorna and Denise,\n\n"
        "Thank you both for taking the time to interview me this morning. I really enjoyed "
        "talking about the enhanced recovery pathway and how you support newly qualified staff "
        "on Ward 12, and it's made me even more sure this is the right next step for me:\n\n"
        "- nearly four years of lower GI and emergency surgical nursing on Ward 7\n"
        "- I already coordinate the ward on my shifts and supervise students as a practice "
        "assessor\n"
        "- I led our ward's switch to the new NEWS2 escalation audit last year\n\n"
        "I'd be delighted to join the team and will look out for your news.\n\n"
        "Kind regards,\nKirsty Fairclough\n07700 900418", parent="j5a")
    add("j5d", lorna, [me], "2026-04-09 08:10", cc=[denise], parent="j5c",
        body="Morning Kirsty\n\n"
        "Thank you, that's really kind. It was lovely to see you again and you came across really "
        "well.\n\n"
        "One of our candidates couldn't make last week so we're seeing them on Tuesday 14th, "
        "which means it'll be a bit later than the date NHS Jobs gave you. I'll ring you by "
        "Thursday 16th either way.\n\nLorna\n")
    c.meeting("j5a", at("2026-04-08 10:15"), at("2026-04-08 11:00"),
              met=[lorna.email, denise.email, "femi.adeyemi@nhs.net"],
              thanks={lorna.email: "j5c", denise.email: "j5c"}, what="Ward 12 interview")
    c.promise("j5a", "j5d", lorna.email, "2026-04-16")
    c.thread("j5a", True, "interview", PMUH,
             "interview Wed 8 Apr 10:15-11:00; one thank-you note to Lorna and Denise; Femi "
             "(address in Lorna's text) never thanked; Lorna 'I'll ring you by Thursday 16th', "
             "nothing from Pennine Moss since (the nhs.net mails of 21 Apr are from her current "
             "ward and her GP)")

    # ---- J6-J9 Saltersgate and Dene via Trac
    def trac_mail(key, when, subject, text, html_only=False, **kw):
        return add(key, trac, [me], when, "" if html_only else text, subject=subject,
                   html=html_of(text, subject), html_only=html_only, headers=AUTO, **kw)

    trac_mail("j26a", "2026-03-03 20:05",
              "Application received – 422-SDF-0288 Sister/Charge Nurse Band 6 – Theatre Recovery",
              "Dear Kirsty\n\nThank you for applying for the post of Sister/Charge Nurse Band 6 – "
              "Theatre Recovery (422-SDF-0288) at Saltersgate and Dene NHS Foundation Trust.\n\n"
              "Your application will be considered by the shortlisting panel after the closing "
              "date of 09/03/2026.\n\nRecruitment Team\nSaltersgate and Dene NHS Foundation Trust\n\n"
              "This is an automated message – please do not reply.")
    trac_mail("j26b", "2026-03-13 16:40", "Update on your application – 422-SDF-0288",
              "Dear Kirsty\n\nThank you for your interest in the post of Sister/Charge Nurse Band 6 "
              "– Theatre Recovery.\n\nWe received a high number of applications and, after careful "
              "consideration, the shortlisting panel has not selected you for interview on this "
              "occasion. We appreciate the time you took to apply and wish you every success.\n\n"
              "Recruitment Team\nSaltersgate and Dene NHS Foundation Trust\n\n"
              "This is an automated message – please do not reply.")
    trac_mail("j6", "2026-03-10 19:33",
              "Application received – 422-SDF-0317 Senior Staff Nurse Band 6 – Surgical "
              "Assessment Unit",
              "Dear Kirsty\n\nThank you for applying for the post of Senior Staff Nurse Band 6 – "
              "Surgical Assessment Unit (422-SDF-0317).\n\nShortlisting will take place after the "
              "closing date of 17/03/2026. You can check the progress of your application at any "
              "time by logging in to your account.\n\nRecruitment Team\nSaltersgate and Dene NHS "
              "Foundation Trust\n\nThis is an automated message – please do not reply.")
    trac_mail("j7", "2026-03-24 11:18",
              "Invitation to interview – 422-SDF-0317 Senior Staff Nurse, SAU",
              "Dear Kirsty\n\nWe are pleased to invite you to interview for the post of Senior "
              "Staff Nurse Band 6 – Surgical Assessment Unit.\n\nInterviews will take place on "
              "Thursday 09/04/2026 at Saltersgate Royal Infirmary.\n\nPlease use the link below to "
              "choose an interview time:\n\nBook my interview slot: "
              "https://apply.trac.jobs/interview/book/422-SDF-0317/8f3c21\n\nThis link expires at "
              "23:59 on 27/03/2026.\n\nRecruitment Team\nSaltersgate and Dene NHS Foundation Trust",
              html_only=True)
    ics8 = make_ics(
        method="REQUEST", uid=uid_uuid("sdft", "422-SDF-0317", "kf"),
        stamp=at("2026-03-25 12:41"), start=at("2026-04-09 14:00"), end=at("2026-04-09 14:45"),
        summary="Interview – Senior Staff Nurse Band 6, Surgical Assessment Unit (422-SDF-0317)",
        organizer=trac, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Saltersgate Royal Infirmary, Education & Training Centre, Level 2, Seminar "
                 "Room B",
        description="Panel: Gareth Lomax (Ward Manager, SAU), Helen Pryce (Matron, Acute & "
                    "Emergency Surgery). Please arrive 15 minutes early and report to the "
                    "Education & Training Centre reception.",
        prodid="-//Trac Systems//Interview Scheduler 4.2//EN")
    trac_mail("j8", "2026-03-25 12:41", "Interview booking confirmation – 422-SDF-0317",
              "Dear Kirsty Fairclough\n\nYour interview slot is confirmed.\n\n"
              "Post: Senior Staff Nurse Band 6 – Surgical Assessment Unit (422-SDF-0317)\n"
              "Date: Thursday 09/04/2026\nTime: 14:00 – 14:45\n"
              "Location: Saltersgate Royal Infirmary, Education & Training Centre, Level 2, "
              "Seminar Room B\n\n"
              "Panel:\nGareth Lomax – Ward Manager, Surgical Assessment Unit\n"
              "Helen Pryce – Matron, Acute & Emergency Surgery\n\n"
              "Please arrive 15 minutes before your interview and bring photo ID and your NMC "
              "PIN.\n\nIf you have any questions about the post itself, please contact the "
              "recruiting manager, Gareth Lomax, at gareth.lomax@nhs.net or on 0161 496 0733.\n\n"
              "A calendar file is attached to this email.\n\nRecruitment Team\nSaltersgate and "
              "Dene NHS Foundation Trust",
              ics=ics8, ics_mode="attach")
    trac_mail("j8r", "2026-04-08 09:00", "Reminder: Interview 09/04/2026 14:00 – 422-SDF-0317",
              "Dear Kirsty\n\nThis is a reminder of your interview for Senior Staff Nurse Band 6 – "
              "Surgical Assessment Unit on Thursday 09/04/2026 at 14:00.\n\nRecruitment Team\n"
              "Saltersgate and Dene NHS Foundation Trust\n\nThis is an automated message – please "
              "do not reply.")
    trac_mail("j9", "2026-04-16 10:02", "Outcome of your interview – 422-SDF-0317",
              "Dear Kirsty\n\nThank you for attending interview for the post of Senior Staff Nurse "
              "Band 6 – Surgical Assessment Unit on 09/04/2026.\n\nThe panel enjoyed meeting you "
              "and were impressed by your enthusiasm. However, on this occasion we have decided to "
              "offer the post to a candidate whose experience more closely matched the needs of "
              "the unit.\n\nWe would encourage you to keep an eye on our vacancies and to apply "
              "again in future. If you would like feedback, please contact the recruiting manager "
              "within 28 days.\n\nWith best wishes,\nRecruitment Team\nSaltersgate and Dene NHS "
              "Foundation Trust\n\nThis is an automated message – please do not reply.")
    c.meeting("j8", at("2026-04-09 14:00"), at("2026-04-09 14:45"),
              met=["gareth.lomax@nhs.net"], what="SAU interview")
    c.thread("j26a", True, "application", SDFT, "Trac acknowledgement, Theatre Recovery post")
    c.thread("j26b", True, "rejection", SDFT, "not shortlisted for Theatre Recovery (automated)")
    c.thread("j6", True, "application", SDFT, "Trac acknowledgement, SAU post")
    c.thread("j7", True, "interview", SDFT, "Trac invitation with a slot-booking link (html only)")
    c.thread("j8", True, "interview", SDFT,
             "Trac booking made on 25 Mar (GMT) for Thu 9 Apr 14:00-14:45 BST; ICS in UTC "
             "(13:00Z); panel Gareth Lomax (address in the text) and Helen Pryce (no address); "
             "never thanked")
    c.thread("j8r", True, "interview", SDFT, "Trac reminder the day before")
    c.thread("j9", True, "rejection", SDFT,
             "automated gentle rejection on Thu 16 Apr; the thank-you to Gareth stays owed")

    # ---- forwarded rejection to a friend
    add("fwd9", me, [tasha], "2026-04-16 12:40",
        "Gutted 😩 didn't get SAU. Onwards I suppose\n\n"
        "---------- Forwarded message ---------\n"
        "From: Saltersgate and Dene NHS FT – Recruitment <no-reply@trac.jobs>\n"
        "Date: Thu, 16 Apr 2026 at 11:02\n"
        "Subject: Outcome of your interview – 422-SDF-0317\n"
        "To: Kirsty Fairclough <kirsty.fairclough@example.net>\n\n"
        "Dear Kirsty\n\nThank you for attending interview for the post of Senior Staff Nurse "
        "Band 6 – Surgical Assessment Unit on 09/04/2026.\n\nThe panel enjoyed meeting you and "
        "were impressed by your enthusiasm. However, on this occasion we have decided to offer "
        "the post to a candidate whose experience more closely matched the needs of the unit.\n",
        subject="Fwd: Outcome of your interview – 422-SDF-0317")
    add("fwd9b", tasha, [me], "2026-04-16 13:15",
        "Their loss hun honestly. Pennine Moss will snap you up, wait and see xx", parent="fwd9")
    c.thread("fwd9", True, "rejection", SDFT,
             "she forwards the Trac rejection to her friend Tasha; nothing owed")

    # ---- J10 Saltersgate: informal visit to Ward 21 (Urology)
    add("j10a", me, [nadia], "2026-04-06 11:02",
        "Dear Nadia,\n\n"
        "I've seen the Band 6 Sister post on Ward 21 (closing 24th April) with you as the contact "
        "for informal visits. I'm a Band 5 on a general surgical ward at Medlock Vale and would "
        "love to see the ward before I apply.\n\n"
        "I'm actually at Saltersgate on Thursday 9th for another interview at 2pm – would it be "
        "cheeky to ask if I could pop up afterwards, about half three? If not, any afternoon the "
        "following week would work.\n\nKind regards,\nKirsty Fairclough\n07700 900418",
        subject="Informal visit – Band 6 Sister, Ward 21 Urology")
    add("j10b", nadia, [me], "2026-04-07 13:20",
        "Hi Kirsty\n\nThursday afternoon isn't great, we've got the urology audit visit and I'll "
        "be stuck in the office all day. Could you do Friday 10th, half two? Ask for me at the "
        "nurses station, Ward 21 is on level 5 of the Dene Building.\n\nNadia\n", parent="j10a")
    add("j10c", me, [nadia], "2026-04-07 21:40",
        "Friday half two is perfect, thanks Nadia – see you then.\nKirsty" + IPHONE, parent="j10b")
    c.meeting("j10a", at("2026-04-10 14:30"), met=[nadia.email], what="informal visit, Ward 21")
    c.thread("j10a", True, "networking", SDFT,
             "informal visit moved from her Thu 9 Apr 'about half three' to Fri 10 Apr 'half two' "
             "(no end: 60 min); only a thanks before it; nothing since")

    # ---- J11-J14 Cedarbrook Healthcare (private group)
    add("j11", smartr, [me], "2026-03-12 20:30",
        "Hi Kirsty,\n\nThanks for your interest in the Senior Staff Nurse – Ward 2 (Surgical) "
        "position at Cedarbrook Hospital Manchester.\n\nOur Talent Acquisition team will review "
        "your application and will be in touch if your experience matches what we're looking "
        "for.\n\nBest regards,\nCedarbrook Healthcare Talent Acquisition\n\n"
        "Powered by SmartRecruiters",
        subject="Thanks for applying to Cedarbrook Healthcare", headers=AUTO,
        html=html_of("Hi Kirsty,\n\nThanks for your interest in the Senior Staff Nurse – Ward 2 "
                     "(Surgical) position at Cedarbrook Hospital Manchester.\n\nOur Talent "
                     "Acquisition team will review your application and will be in touch if your "
                     "experience matches what we're looking for.\n\nBest regards,\nCedarbrook "
                     "Healthcare Talent Acquisition"))
    c.thread("j11", True, "application", CEDAR, "SmartRecruiters acknowledgement")

    add("j12a", priya, [me], "2026-03-16 10:12",
        "Hi Kirsty,\n\nThank you for applying for our Senior Staff Nurse role on Ward 2 at "
        "Cedarbrook Hospital Manchester. I'd love to have a quick 15–20 minute call to tell you a "
        "bit more about the role and hear about your experience.\n\nWould Wednesday 18th after "
        "2pm or Thursday 19th in the morning suit?\n",
        subject="Senior Staff Nurse, Ward 2 – quick call?")
    add("j12b", me, [priya], "2026-03-16 12:47",
        "Hi Priya thurs 19th morning is good for me, im on a late that day so anytime before 11?\n"
        "Kirsty" + IPHONE, parent="j12a")
    add("j12c", priya, [me], "2026-03-16 14:05",
        "Perfect – I'll give you a ring at 09:30 on Thursday on 07700 900418. Speak then!\n",
        parent="j12b")
    add("j12d", me, [priya], "2026-03-19 11:50",
        "Hi Priya,\n\nThank you for the call this morning, it was really useful to hear how Ward 2 "
        "runs and about the preceptorship model you use for new starters. It sounds like a great "
        "fit for what I'm looking for.\n\nKind regards,\nKirsty" + SIG, parent="j12c")
    add("j12e", priya, [me], "2026-03-19 15:30",
        "Thanks Kirsty, lovely to chat. I'll pass your details over to Marcus Doyle (Head of "
        "Clinical Services) and Claire Ng (Ward Manager) and I'll be back in touch w/c 23rd March "
        "with interview dates.\n", parent="j12d")
    add("j12f", priya, [me], "2026-03-24 09:48",
        "Hi Kirsty,\n\nGood news – Marcus and Claire would like to invite you in for a "
        "face-to-face interview. They can offer either:\n\n"
        "• Thursday 9th April at 14:00\n• Tuesday 14th April at 11:00\n\n"
        "Let me know which works best and I'll send a calendar invite.\n", parent="j12e")
    add("j12g", me, [priya], "2026-03-24 22:10",
        "Hi Priya,\n\nThat's great news! Tuesday 14th at 11:00 please – I've already got something on the 9th.\n\n"
        "Kirsty", parent="j12f")
    add("j12h", priya, [me], "2026-03-25 09:02",
        "Lovely, 14th at 11 it is – invite on its way.\n", parent="j12g")
    add("j12i", priya, [me], "2026-04-15 15:20",
        "Hi Kirsty,\n\nMarcus asked me to let you know that he and Claire really enjoyed meeting "
        "you yesterday. They've got one more candidate to see on Friday, so he'll come back to you "
        "early next week with a decision.\n\nThanks again for coming in.\n", parent="j12h")
    add("j12j", me, [priya], "2026-04-15 18:30",
        "Hi Priya, thanks so much for letting me know – fingers crossed!\nKirsty" + IPHONE,
        parent="j12i")
    c.meeting("j12a", at("2026-03-19 09:30"), met=[priya.email], thanks={priya.email: "j12d"},
              what="phone screen with Priya")
    c.promise("j12a", "j12e", priya.email, "2026-03-27", answered_by="j12f")
    c.promise("j12a", "j12i", priya.email, "2026-04-22")
    c.thread("j12a", True, "recruiter", CEDAR,
             "phone screen Thu 19 Mar 09:30 (thanked); 'w/c 23rd March' kept on 24 Mar with two "
             "slots, Tue 14 Apr picked; on 15 Apr 'Marcus asked me to let you know ... early next "
             "week' (window Mon-Wed 20-22 Apr still open at now)")

    ics13 = make_ics(
        method="REQUEST", uid=uid_outlook("cedar", "kf-interview"), stamp=at("2026-03-25 10:40"),
        start=at("2026-04-14 11:00"), end=at("2026-04-14 12:00"),
        summary="Interview: Senior Staff Nurse (Ward 2) – Kirsty Fairclough",
        organizer=priya, tzid="GMT Standard Time", prodid=EXCHANGE_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (marcus, "ACCEPTED", "INDIVIDUAL"),
                   (claire, "ACCEPTED", "INDIVIDUAL"), (room2, "ACCEPTED", "ROOM")],
        location="CBM Meeting Room 2 (Level 1)",
        description="Hi Kirsty,\n\nDetails for your interview for Senior Staff Nurse (Ward 2) are "
                    "below.\n\nWhere: Cedarbrook Hospital Manchester, 410 Wilmslow Road, "
                    "Didsbury – main reception\nPanel: Marcus Doyle, Head of Clinical Services, "
                    "and Claire Ng, Ward Manager, Ward 2\n\nI'll meet you in main reception at "
                    "10:50 and take you up, but I won't be sitting on the panel. Expect around 45 "
                    "minutes of questions followed by a short tour of Ward 2.\n\nPlease bring photo "
                    "ID and your NMC PIN.\n\nPriya",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    add("j13", priya, [me, marcus, claire], "2026-03-25 10:40",
        "Hi Kirsty,\n\nDetails for your interview for Senior Staff Nurse (Ward 2) are below.\n\n"
        "Where: Cedarbrook Hospital Manchester, 410 Wilmslow Road, Didsbury – main reception\n"
        "Panel: Marcus Doyle, Head of Clinical Services, and Claire Ng, Ward Manager, Ward 2\n\n"
        "I'll meet you in main reception at 10:50 and take you up, but I won't be sitting on the "
        "panel. Expect around 45 minutes of questions followed by a short tour of Ward 2.\n\n"
        "Please bring photo ID and your NMC PIN.\n\nPriya\n",
        subject="Interview: Senior Staff Nurse (Ward 2) – Kirsty Fairclough", sig=False,
        ics=ics13, ics_mode="outlook")
    c.meeting("j13", at("2026-04-14 11:00"), at("2026-04-14 12:00"),
              met=[marcus.email, claire.email], thanks={claire.email: "j14a"},
              what="Cedarbrook interview")
    c.thread("j13", True, "interview", CEDAR,
             "Outlook invite (GMT Standard Time) sent in GMT for Tue 14 Apr 11:00-12:00 BST; "
             "panel Marcus Doyle and Claire Ng; organiser Priya does not attend; meeting room as a "
             "ROOM attendee; Claire thanked in a new thread, Marcus never")

    add("j14a", me, [claire], "2026-04-14 19:05",
        "Dear Claire,\n\nThank you for interviewing me this morning, and for the tour of Ward 2 "
        "afterwards. It was great to see how settled your team is and to hear about the plans for "
        "the enhanced recovery beds. I'd love to be part of it, and I hope my surgical ward "
        "coordinating experience came across.\n\nBest wishes,\nKirsty Fairclough\n07700 900418",
        subject="Thank you – interview this morning")
    add("j14b", claire, [me], "2026-04-15 08:02",
        "Hi Kirsty\n\nThank you for your lovely email. It was great to meet you too, and the girls "
        "on the ward enjoyed chatting to you on the tour. Priya will be in touch about next steps."
        "\n\nBest wishes\nClaire\n", parent="j14a")
    c.thread("j14a", True, "interview", CEDAR,
             "thank-you to Claire in a new thread the same evening; her reply")

    # ---- J15-J16 Medora Health
    add("j15", workday, [me], "2026-03-18 06:12", "", html_only=True, headers=AUTO,
        subject="Thank you for applying to Medora Health",
        html=html_of(
            "Dear Kirsty,\n\nThank you for your interest in Medora Health.\n\n"
            "We have received your application for Senior Staff Nurse – Day Surgery Unit "
            "(R-0419) – Salford Quays, submitted on 03/18/2026.\n\n"
            "You can review the status of your application at any time from your Candidate "
            "Home.\n\nMedora Health Talent Acquisition", "Medora Health"))
    c.thread("j15", True, "application", MEDORA,
             "Workday acknowledgement (date written month-first, 03/18/2026)")
    add("j16a", tom, [me], "2026-03-25 16:40",
        "Hi Kirsty,\n\nThanks for applying for the Senior Staff Nurse post in our Salford Quays day "
        "surgery unit. Just a quick note so you know where things are: our clinical leads are "
        "working through applications over the next fortnight, and you'll hear from me within "
        "the next couple of weeks either way.\n\nIn the meantime, if you've got any questions "
        "about the role or about Medora, just reply to this email.\n\nBest,\nTom\n",
        subject="Your application – Senior Staff Nurse, Day Surgery (Salford Quays)")
    add("j16b", me, [tom], "2026-03-25 21:03",
        "Hi Tom,\n\nThanks for the update. One thing worth knowing – I work 12.5 hour shifts, so if "
        "you need to reach me, evenings or my days off are best, or leave a voicemail and I'll "
        "ring you back.\n\nKind regards,\nKirsty Fairclough\n07700 900418", parent="j16a")
    c.promise("j16a", "j16a", tom.email, "2026-04-08")
    c.thread("j16a", True, "application", MEDORA,
             "'you'll hear from me within the next couple of weeks' (Wed 25 Mar, so by Wed 8 Apr); "
             "nothing from Medora since")

    # ---- J17-J22 Brightstaff Nursing (agency) and Ashgrove Park Hospital
    add("j17a", jess, [me], "2026-03-09 14:22",
        "Hiya Kirsty!\n\nJess here from Brightstaff – saw you registered with us over the weekend "
        "for perm band 6 stuff, amazing 😊 I look after all our surgical and theatres roles across "
        "Greater Manchester.\n\nCan we have a quick natter so I know what you're after? Grab a slot "
        "that suits here: https://calendly.com/jess-brightstaff/15min\n\nJess x\n",
        subject="Brightstaff Nursing – your registration")
    ics18 = make_ics(
        method="REQUEST", uid=uid_uuid("calendly", "jess", "kf"), stamp=at("2026-03-09 20:06"),
        start=at("2026-03-11 12:30"), end=at("2026-03-11 12:45"),
        summary="15 Minute Catch Up between Jess Harrop and Kirsty Fairclough",
        organizer=jess, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
        location="Jess will call you on 07700 900418",
        description="Event Name: 15 Minute Catch Up\n\nNeed to make changes to this event?\n"
                    "Cancel: https://calendly.com/cancellations/4f1a\nReschedule: "
                    "https://calendly.com/reschedulings/4f1a",
        prodid="-//Calendly//Calendly//EN")
    add("j18", calendly, [me], "2026-03-09 20:06",
        "Hi Kirsty Fairclough,\n\nA new event has been scheduled.\n\n"
        "Event Type:\n15 Minute Catch Up\n\nInvitee:\nKirsty Fairclough\n\n"
        "Event Date/Time:\n12:30 - 12:45, Wednesday, 11 March 2026 (GMT - London)\n\n"
        "Location:\nJess will call you on 07700 900418\n\n"
        "Cancel: https://calendly.com/cancellations/4f1a\n"
        "Reschedule: https://calendly.com/reschedulings/4f1a\n\nPowered by Calendly.com",
        subject="Confirmed: 15 Minute Catch Up with Jess Harrop on Wednesday, 11 March 2026",
        ics=ics18, ics_mode="attach", headers=AUTO)
    add("j17b", me, [jess], "2026-03-09 20:10",
        "Hi Jess, booked in for Wednesday lunchtime. Speak then!\nKirsty", parent="j17a")
    cv = make_pdf(["Kirsty Fairclough RN", "Registered Nurse (Adult) - NMC PIN 14A2087E",
                   "Chorlton, Manchester | 07700 900418 | kirsty.fairclough@example.net", "",
                   "Staff Nurse (Band 5), Ward 7 General Surgery, Medlock Vale General Hospital",
                   "2022 - present: lower GI, emergency laparotomy, enhanced recovery",
                   "Shift coordinator; practice assessor for student nurses",
                   "", "BSc (Hons) Adult Nursing, 2022"])
    add("j17c", me, [jess], "2026-03-11 13:30",
        "Hi Jess,\n\nThank you for the chat earlier, really helpful to hear what's out there in the "
        "private sector. As promised my CV is attached – shout if you need anything else.\n\n"
        "Kirsty" + SIG, parent="j17b", attachments=[("Kirsty_Fairclough_CV_2026.pdf",
                                                     "application/pdf", cv)])
    add("j17d", jess, [me], "2026-03-11 14:02",
        "Got it hun, ta! Will have a proper look and send you some bits by the end of the week x",
        parent="j17c", sig=False)
    c.meeting("j18", at("2026-03-11 12:30"), at("2026-03-11 12:45"), met=[jess.email],
              thanks={jess.email: "j17c"}, what="agency catch-up call")
    c.thread("j17a", True, "recruiter", BRIGHT,
             "agency registration; Calendly call Wed 11 Mar thanked with CV attached; 'by the end "
             "of the week' kept by the Ashgrove mail of Thu 12 Mar")
    c.thread("j18", True, "recruiter", BRIGHT, "Calendly confirmation with ICS (no-reply)")

    add("j19a", jess, [me], "2026-03-12 17:02",
        "Hiya! Told you I'd find you something 😉\n\nAshgrove Park Hospital in Worsley are after a "
        "Senior Staff Nurse (band 6 equivalent) for their surgical ward – mostly orthopaedics and "
        "general surgery, 37.5 hrs, days only, NO NIGHTS!! £40–42k plus private healthcare.\n\n"
        "Ward manager is Bev, she's lovely, been there years. Want me to send your CV over? x",
        subject="Ashgrove Park – perm Senior Staff Nurse 👀", sig=False)
    add("j19b", me, [jess], "2026-03-12 21:25",
        "Ooh yes please!! no nights would be a dream. go for it x" + IPHONE, parent="j19a")
    add("j19c", jess, [me], "2026-03-20 11:15",
        "Bev wants to meet you!! 🎉 She's going to send you an invite for a look round the ward, "
        "Wed 8th April at 3. Can you do that? x", parent="j19b", sig=False)
    add("j19d", me, [jess], "2026-03-20 13:02",
        "Yes! I've got something on in the morning but 3 is fine x", parent="j19c")
    add("j19e", jess, [me], "2026-04-07 09:40",
        "Argh sorry hun – Ashgrove have had a D&V outbreak so Bev's had to cancel tomorrow's visit "
        "🙈 She's offered a Teams call instead, Mon 13th at 1pm – any good? x", parent="j19d",
        sig=False)
    add("j19f", me, [jess], "2026-04-07 12:15",
        "oh no! yes monday 1pm works x" + IPHONE, parent="j19e")
    add("j19f2", jess, [me], "2026-04-10 16:20",
        "Ooh nearly forgot – Bev's asked for your NMC PIN and two referees before Monday so she can "
        "get the ball rolling if it goes well. Can you pop them over? x", parent="j19f", sig=False)
    add("j19f3", me, [jess], "2026-04-10 21:35",
        "Hi Jess, PIN is 14A2087E. Referees: Joanne Birch, my ward manager on Ward 7 "
        "(joanne.birch@nhs.net), and Siobhan Doherty, Band 6 on Ward 7 (siobhan.doherty@nhs.net).\n"
        "Kirsty" + IPHONE, parent="j19f2")
    add("j19g", jess, [me], "2026-04-13 15:48",
        "HOW DID IT GO?! Bev's just rung me and she really liked you 😊 She's seeing one more nurse "
        "on Wednesday and a decision's being made on Monday (20th) – I'll ring you Monday as soon "
        "as I hear anything x", parent="j19f3", sig=False)
    add("j19h", me, [jess], "2026-04-13 19:22",
        "Thank you Jess!! It went well I think, she was really easy to talk to. Fingers crossed x",
        parent="j19g")
    c.promise("j17a", "j17d", jess.email, "2026-03-13", answered_by="j19a")
    c.promise("j19a", "j19g", jess.email, "2026-04-20")
    c.thread("j19a", True, "recruiter", BRIGHT,
             "agency consultant relays Ashgrove Park: visit Wed 8 Apr cancelled, Teams call Mon 13 "
             "Apr instead; 'a decision's being made on Monday (20th) – I'll ring you Monday': the "
             "grace runs to the end of Wed 22 Apr")

    ics20 = make_ics(
        method="REQUEST", uid=uid_outlook("ashgrove", "visit"), stamp=at("2026-03-20 11:40"),
        start=at("2026-04-08 15:00"), end=at("2026-04-08 16:00"),
        summary="Ward visit – Kirsty Fairclough (Brightstaff)", organizer=bev,
        tzid="GMT Standard Time", prodid=EXCHANGE_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Bridgewater Ward, Ashgrove Park Hospital",
        description="Hi Kirsty, Jess at Brightstaff passed on your details. Looking forward to "
                    "showing you round – come to main reception and they'll ring up to the ward. "
                    "Bev")
    add("j20", bev, [me], "2026-03-20 11:40",
        "Hi Kirsty, Jess at Brightstaff passed on your details. Looking forward to showing you "
        "round – come to main reception and they'll ring up to the ward.\nBev\n",
        subject="Ward visit – Kirsty Fairclough (Brightstaff)", ics=ics20, ics_mode="outlook",
        sig=False)
    ics21 = make_ics(
        method="CANCEL", uid=uid_outlook("ashgrove", "visit"), stamp=at("2026-04-07 09:12"),
        start=at("2026-04-08 15:00"), end=at("2026-04-08 16:00"),
        summary="Canceled: Ward visit – Kirsty Fairclough (Brightstaff)", organizer=bev,
        tzid="GMT Standard Time", prodid=EXCHANGE_PRODID, sequence=1, status="CANCELLED",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Bridgewater Ward, Ashgrove Park Hospital")
    add("j21", bev, [me], "2026-04-07 09:12",
        "Sorry Kirsty – we've had to close the ward to visitors with a D&V outbreak. I'll sort a "
        "Teams call with you instead.\nBev\n",
        subject="Canceled: Ward visit – Kirsty Fairclough (Brightstaff)", ics=ics21,
        ics_mode="outlook", sig=False, headers={"Importance": "High"})
    ics22 = make_ics(
        method="REQUEST", uid=uid_outlook("ashgrove", "teams"), stamp=at("2026-04-07 14:05"),
        start=at("2026-04-13 13:00"), end=at("2026-04-13 13:30"),
        summary="Kirsty F / Bev K – catch up", organizer=bev, tzid="GMT Standard Time",
        prodid=EXCHANGE_PRODID, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting", description=TEAMS,
        extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/"
               "19%3ameeting_YjM4NWE0ZTItOGQ1Ny00ZWI2LWJhZDctN2Q5MWQ0Yzk1ZjE2%40thread.v2/0"])
    add("j22", bev, [me], "2026-04-07 14:05", TEAMS + "\n",
        subject="Kirsty F / Bev K – catch up", ics=ics22, ics_mode="outlook", sig=False)
    c.meeting("j20", at("2026-04-08 15:00"), at("2026-04-08 16:00"), met=[bev.email],
              status="cancelled", what="Ashgrove ward visit")
    c.meeting("j22", at("2026-04-13 13:00"), at("2026-04-13 13:30"), met=[bev.email],
              what="Teams call with Bev")
    c.thread("j20", True, "networking", ASHGROVE,
             "Outlook invite for a ward visit Wed 8 Apr 15:00; cancelled by the ICS CANCEL of 7 Apr "
             "(its own thread)")
    c.thread("j21", True, "networking", ASHGROVE, "ICS CANCEL of the ward visit (same UID)")
    c.thread("j22", True, "interview", ASHGROVE,
             "Teams invite whose title is the only hint: Mon 13 Apr 13:00-13:30 with the ward "
             "manager; took place; Bev never thanked (only Jess was)")

    # ---- J23 Heatonbrook Hospice: 'a friend of yours says good things about you'
    add("j23a", alison, [me], "2026-04-13 09:35",
        "Dear Kirsty,\n\n"
        "Tasha Greenhalgh, one of our senior staff nurses, mentioned that you're looking at your "
        "next move and spoke very highly of you – apparently you're the person everyone on Ward 7 "
        "goes to with a tricky wound or a patient who's going off.\n\n"
        "We're about to recruit to a new Band 6 post in our inpatient unit with a focus on "
        "symptom control and complex wound care, and I'd be glad to tell you more about it "
        "informally before it's advertised. Would you be free for a call on Friday 17th April, say "
        "10am?\n\nKind regards,\nAlison\n",
        subject="Tasha Greenhalgh said to get in touch")
    add("j23b", me, [alison], "2026-04-13 21:05",
        "Dear Alison,\n\nThank you for getting in touch – and how kind of Tasha! I'd love to hear "
        "more. Friday 17th at 10am is perfect – I'm on a late that day, so a morning call is ideal. The best number to reach me on is "
        "07700 900418.\n\nKind regards,\nKirsty", parent="j23a")
    add("j23c", alison, [me], "2026-04-15 17:02",
        "Kirsty – apologies, I've been pulled into an inspection meeting on Friday morning. Could "
        "we push our call to Thursday 23rd, same time?\nAlison\n", parent="j23b", sig=False)
    add("j23d", me, [alison], "2026-04-15 18:10", "Thursday works" + IPHONE, parent="j23c")
    c.meeting("j23a", at("2026-04-17 10:00"), met=[alison.email], status="moved",
              what="call with Alison (original slot)")
    c.meeting("j23a", at("2026-04-23 10:00"), met=[alison.email], status="scheduled",
              what="call with Alison")
    c.thread("j23a", True, "networking", HEATON,
             "referral call offered for Fri 17 Apr 10am, moved to Thu 23 Apr by a two-word reply; "
             "still ahead at now")

    # ---- J24 a brew with a friend (networking, thanked)
    add("j24a", tasha, [me], "2026-04-06 18:40",
        "Hiya hun!! Big week for you this week!! Brew Saturday to debrief? Barley & Bean 10.30? xx",
        subject="brew saturday?")
    add("j24b", me, [tasha], "2026-04-06 19:02", "YES. need it. 10.30 is perfect x",
        parent="j24a")
    add("j24c", me, [tasha], "2026-04-11 17:20",
        "Thanks for this morning Tash, honestly needed that after the week I've had 😂 and thank "
        "you for mentioning me to Alison, that's so kind x", parent="j24b")
    add("j24d", tasha, [me], "2026-04-11 17:45",
        "Anytime babe. Shes lovely, honestly you'd fit right in. Proud of u xx", parent="j24c")
    c.meeting("j24a", at("2026-04-11 10:30"), met=[tasha.email], thanks={tasha.email: "j24c"},
              what="brew with Tasha")
    c.thread("j24a", True, "networking", HEATON,
             "coffee Sat 11 Apr 10:30 with a former colleague now at Heatonbrook, who referred "
             "her; thanked the same afternoon")

    # ---- referee request to her current ward manager
    add("ref1", me, [joanne], "2026-03-04 22:30",
        "Hi Jo,\n\nHope you don't mind but I've put you down as my referee for a few band 6 posts "
        "(Pennine Moss and Saltersgate so far). You might get requests through NHS Jobs or Trac "
        "over the next few weeks.\n\nKirsty",
        subject="Reference")
    add("ref2", joanne, [me], "2026-03-05 07:15",
        "Of course! About time 😉 Just make sure they send it to my nhs.net, not the ward inbox.\n",
        parent="ref1")
    c.thread("ref1", True, "application", MVH,
             "she asks her current ward manager to be her referee; no meeting, no promise")

    # ============================================================ CURRENT JOB
    ics25 = make_ics(
        method="REQUEST", uid=uid_outlook("mvh", "hca-interviews"), stamp=at("2026-04-07 16:30"),
        start=at("2026-04-16 09:00"), end=at("2026-04-16 12:30"),
        summary="HCA interviews – Ward 7", organizer=joanne, tzid="GMT Standard Time",
        prodid=EXCHANGE_PRODID,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (dev, "ACCEPTED", "INDIVIDUAL"),
                   (ward7room, "ACCEPTED", "ROOM")],
        location="MVG Ward 7 Seminar Room",
        description="Kirsty – sending to your home email as you said NHSmail won't load on your "
                    "phone at the moment.\n\n4 candidates for the Band 3 HCA post, 45 mins each. "
                    "Question sheets and scoring grids are on the shared drive > Recruitment > "
                    "HCA April. Kirsty can you lead the values/compassion question, Dev the "
                    "obs/escalation one.\n\nJo")
    add("hca1", joanne, [me, dev], "2026-04-07 16:30",
        "Kirsty – sending to your home email as you said NHSmail won't load on your phone at the "
        "moment.\n\n4 candidates for the Band 3 HCA post, 45 mins each. Question sheets and "
        "scoring grids are on the shared drive > Recruitment > HCA April. Kirsty can you lead the "
        "values/compassion question, Dev the obs/escalation one.\n\nJo\n",
        subject="HCA interviews – Ward 7", ics=ics25, ics_mode="outlook", sig=False)
    add("hca2", me, [joanne], "2026-04-07 20:00",
        "No problem Jo, happy to. Can I move my long day on the 16th to Wednesday 22nd so I'm not doing "
        "both?\nK", parent="hca1")
    add("hca3", joanne, [me, dev], "2026-04-21 07:45",
        "Morning both, thanks for Thursday – really good panel. We've offered the post to "
        "Chantelle and Mo, references going off today.\n\nKirsty I've moved your LD to Weds 22nd as "
        "asked, it's on HealthRoster now.\n", parent="hca2")
    c.meeting("hca1", at("2026-04-16 09:00"), at("2026-04-16 12:30"),
              met=[joanne.email, dev.email], job=False, what="HCA interviews (hiring side)")
    c.thread("hca1", False, None, MVH,
             "she sits on the HCA interview panel on her own ward (hiring side) Thu 16 Apr; her "
             "manager's nhs.net mail of 21 Apr is not word from Pennine Moss")

    add("r1", roster, [me], "2026-03-16 18:00",
        "Ward 7 – General Surgery\n\nThe roster for 06/04/2026 to 03/05/2026 has been published.\n\n"
        "Log in to Employee Online to view your shifts. Requests for changes must be approved by "
        "the ward manager.\n\nThis is an automated message from HealthRoster.",
        subject="Roster published: Ward 7 – 06/04/2026 to 03/05/2026", headers=AUTO)
    add("r2", roster, [me], "2026-03-18 07:22",
        "Your shift swap request has been approved.\n\nSantos, Maricel: LD Sat 28/03/2026 → "
        "Fairclough, Kirsty\nFairclough, Kirsty: LD Sun 29/03/2026 → Santos, Maricel\n\n"
        "This is an automated message from HealthRoster.",
        subject="Shift swap approved: Santos, Maricel ↔ Fairclough, Kirsty", headers=AUTO)
    add("r3", roster, [me], "2026-04-02 07:10",
        "Your shift swap request has been approved.\n\nPlatt, Dean: LD Fri 03/04/2026 → Fairclough, "
        "Kirsty\nFairclough, Kirsty: N 27/04/2026–29/04/2026 → Platt, Dean\n\n"
        "This is an automated message from HealthRoster.",
        subject="Shift swap approved: Platt, Dean ↔ Fairclough, Kirsty", headers=AUTO)
    add("r4", roster, [me], "2026-04-20 18:00",
        "Ward 7 – General Surgery\n\nThe roster for 04/05/2026 to 31/05/2026 has been published.\n\n"
        "Log in to Employee Online to view your shifts.\n\nThis is an automated message from "
        "HealthRoster.",
        subject="Roster published: Ward 7 – 04/05/2026 to 31/05/2026", headers=AUTO)
    for k in ("r1", "r2", "r3", "r4"):
        c.thread(k, False, None, MVH, "e-rostering notice from her current trust")

    add("m1", maricel, [me], "2026-03-17 22:10",
        "Hi Kirsty! Sorry to bother ha. Pwede ba tayo mag-swap ng shift? Ikaw yung LD sa Sat 28th "
        "diba, ako naman Sun 29th. Dadating kasi si mama from Manila on the 28th at kailangan ko "
        "siyang sunduin sa airport. If ok lang sayo I'll do your Saturday and you do my Sunday 🙏 "
        "Salamat talaga!!\nMaricel", subject="swap 28th?")
    add("m2", me, [maricel], "2026-03-18 07:05",
        "Hiya, yes no problem, Sunday suits me better anyway (clocks go forward so it's an hour "
        "shorter 😂). I'll put it through on HealthRoster.\nK", parent="m1")
    add("m3", maricel, [me], "2026-03-18 07:30",
        "Ay thank you so much!! Libre kita ng kape next shift ☕️", parent="m2")
    c.thread("m1", False, None, None, "shift swap with a colleague, partly in Tagalog")

    add("d1", dean, [me], "2026-04-01 13:15",
        "any chance u could do my LD good friday? ill do ur nights w/c 27th if u want, know u hate "
        "them. D", subject="good friday", sig=False)
    add("d2", me, [dean], "2026-04-01 21:02",
        "Go on then. But you're doing ALL the nights that week 😂 put the swap on the system and "
        "Jo will approve it", parent="d1")
    add("d3", dean, [me], "2026-04-02 06:50", "legend. done ✅", parent="d2", sig=False)
    c.thread("d1", False, None, None, "shift swap over Easter with a colleague")

    add("p1", payroll, [me], "2026-03-24 06:30",
        "Your payslip for March 2026 is now available to view in ESR Employee Self Service.\n\n"
        "Pay date: 27/03/2026\n\nPayroll Services\nMedlock Vale Hospitals NHS Foundation Trust\n\n"
        "Please do not reply to this email.",
        subject="Your March 2026 payslip is available", headers=AUTO)
    c.thread("p1", False, None, MVH, "payslip notice")

    add("l1", siobhan, [me], "2026-03-25 15:30",
        "Hi all, after 31 years on Ward 7 Bernie is finally retiring!! 🎉 Drinks at The Lloyds in "
        "Chorlton, Friday 10th April from 7pm. Collection for her pressie is in the envelope in "
        "the staff room drawer.\nSiobhan x", subject="Bernie's leaving do 🥂")
    add("l2", me, [siobhan], "2026-03-25 19:00",
        "Put me down for a tenner, I'll be there after 8 x", parent="l1")
    add("l3", siobhan, [me], "2026-04-11 12:05",
        "Photos from last night are on the shared album 📸 Bernie cried 3 times lol. Also ignore the "
        "one of Dean on the table x", parent="l2")
    c.meeting("l1", at("2026-04-10 19:00"), met=[siobhan.email], job=False, what="leaving do")
    c.thread("l1", False, None, None, "a colleague's leaving drinks")

    # ============================================================ GP, COUNCIL, GYM
    add("gp1", onlineconsult, [me], "2026-04-20 21:05",
        "Your online consultation has been sent to Beech Road Medical Practice.\n\nReference: "
        "OC-55310\n\nThe practice will review your request and contact you by the end of the next "
        "working day. If you feel your symptoms are getting worse, call NHS 111 or in an "
        "emergency 999.",
        subject="Your online consultation has been submitted (OC-55310)", headers=AUTO)
    c.promise("gp1", "gp1", onlineconsult.email, "2026-04-21", job=False)
    c.thread("gp1", False, None, "Beech Road Medical Practice", "online consultation receipt")
    add("gp2", gp, [me], "2026-04-21 10:30",
        "Dear Kirsty\n\nThank you for your online consultation (OC-55310). Dr Iqbal has reviewed it "
        "and will telephone you on Thursday (23rd April). Calls are usually made between 09:00 "
        "and 13:00 and will show as a withheld number.\n\nIf your symptoms get worse before then "
        "please call the surgery or NHS 111.\n",
        subject="Your online consultation – OC-55310")
    add("gp3", me, [gp], "2026-04-21 12:40",
        "Hello,\n\nThanks – Thursday is fine. I'm on a late that day, so before 12 would be ideal if "
        "at all possible.\n\nKirsty Fairclough (DOB 14/09/1993)", parent="gp2")
    c.promise("gp2", "gp2", gp.email, "2026-04-23", job=False)
    c.thread("gp2", False, None, "Beech Road Medical Practice",
             "GP surgery on nhs.net: 'Dr Iqbal will telephone you on Thursday (23rd April)'")

    add("c1", council, [me], "2026-03-09 07:00", "", html_only=True, headers=AUTO,
        subject="Your Council Tax bill for 2026/27 is ready",
        html=html_of("Dear Ms Fairclough,\n\nYour Council Tax bill for 2026/27 is now available in "
                     "your online account.\n\nProperty band: B\nAnnual charge: £1,482.10\n"
                     "Instalments: 10 monthly payments of £148.21 from 01/04/2026 by Direct Debit"
                     "\n\nIrk Valley Council Revenues Service", "Irk Valley Council"))
    add("c2", bins, [me], "2026-03-30 12:00",
        "Easter bin collections\n\nCollections due on Good Friday 3 April will take place on "
        "Saturday 4 April. Collections due on Easter Monday 6 April will take place on Tuesday 7 "
        "April, and the rest of that week will run a day late.\n\nGarden waste collections have "
        "restarted for the season.",
        subject="Easter changes to your bin collections",
        headers=bulk_headers("<residents.irkvalley.gov.uk>", "https://irkvalley.gov.uk/unsub"))
    add("c3", me, [bins], "2026-04-08 19:12",
        "Hello,\n\nOur recycling (blue bin) wasn't collected yesterday at 27 Ivy Grove, M21. It was "
        "out from 6am. Could you let me know when it will be picked up?\n\nKirsty Fairclough",
        subject="Missed collection – 27 Ivy Grove")
    add("c4", bins, [me], "2026-04-09 11:30",
        "Dear Ms Fairclough\n\nThank you for reporting a missed collection. Your report reference is "
        "WS-771204. The crew will return to collect your bin within 2 working days.\n\nWaste "
        "Services\nIrk Valley Council",
        parent="c3", headers=AUTO)
    c.promise("c3", "c4", bins.email, "2026-04-13", job=False)
    for k, n in (("c1", "council tax bill"), ("c2", "bin collection changes (bulk)"),
                 ("c3", "missed bin report and the council's automated reply")):
        c.thread(k, False, None, "Irk Valley Council", n)

    add("g1", gym, [me], "2026-03-19 20:01",
        "You're booked!\n\nSpin – Sat 21 Mar, 09:15–10:00\nInstructor: Leon\nStudio 2\n\n"
        "Can't make it? Cancel at least 2 hours before to avoid a no-show fee.",
        subject="You're booked: Spin – Sat 21 Mar, 09:15", headers=AUTO)
    c.meeting("g1", at("2026-03-21 09:15"), at("2026-03-21 10:00"), job=False, what="spin class")
    add("g2", gym, [me], "2026-03-24 10:00",
        "Hi Kirsty,\n\nFrom 1 April 2026 your monthly membership will change from £27.99 to "
        "£29.99. You don't need to do anything. If you'd like to freeze or cancel, you can do it "
        "in the app.\n\nThe FlexFit team",
        subject="Changes to your membership from 1 April",
        headers=bulk_headers("<members.flexfitgyms.co.uk>", "https://flexfitgyms.co.uk/unsub"))
    add("g3", gym, [me], "2026-04-16 17:00",
        "We've missed you, Kirsty! 💪\n\nIt's been 3 weeks since your last visit. Book a class this "
        "week and bring a friend for free.",
        subject="We've missed you, Kirsty!",
        headers=bulk_headers("<members.flexfitgyms.co.uk>", "https://flexfitgyms.co.uk/unsub"))
    for k in ("g1", "g2", "g3"):
        c.thread(k, False, None, "FlexFit Chorlton", "gym")

    # ============================================================ FAMILY, FRIENDS
    add("f1a", mum, [me], "2026-03-22 16:20",
        "Hi love, are you working Easter? Dad wants to do a roast on the Sunday, Ryan and Gemma "
        "and the kids are coming. Let me know.\nLove mum xx", subject="Easter Sunday")
    add("f1b", me, [mum], "2026-03-22 19:40",
        "Hi Mum, I'm off Easter Sunday! On a long day the Saturday though. What time? x",
        parent="f1a")
    add("f1c", mum, [me], "2026-03-23 09:12", "Dinner at 1 love. Bring that nice bread x",
        parent="f1b")
    add("f1d", me, [mum], "2026-04-06 10:10",
        "Thanks for yesterday Mum, the lamb was amazing. Tell Dad I haven't forgotten about his "
        "birthday do x", parent="f1c")
    add("f1e", mum, [me], "2026-04-06 11:02",
        "Glad you enjoyed it love. Dad says good luck for Wednesday, we're so proud of you xx",
        parent="f1d")
    c.meeting("f1a", at("2026-04-05 13:00"), met=[mum.email], job=False, what="Easter dinner")
    c.thread("f1a", False, None, None, "family Easter dinner")

    add("f2a", mum, [me], "2026-03-31 20:45",
        "Hi love, I've booked the Italian on Beech Road for Dad's 60th, Saturday 25th April at "
        "half 7. Table for 10. Can you make sure you're not on? I'll ring you Thursday about who's "
        "sitting where lol xx", subject="Dad's 60th 🎂")
    add("f2b", me, [mum], "2026-03-31 21:30",
        "Already put it in as annual leave! x", parent="f2a")
    add("f2c", mum, [me], "2026-04-15 19:05",
        "Did you get a card for Dad? I've got him one from all of us if not xx", parent="f2b")
    add("f2d", me, [mum], "2026-04-15 21:10", "Got one already mum but thank you x",
        parent="f2c")
    c.promise("f2a", "f2a", mum.email, "2026-04-02", job=False)
    c.meeting("f2a", at("2026-04-25 19:30"), met=[mum.email], status="scheduled", job=False,
              what="Dad's 60th meal")
    c.thread("f2a", False, None, None, "family: her dad's 60th; mum 'I'll ring you Thursday'")

    ics_party = make_ics(
        method="REQUEST", uid=uid_google("lily", "party"), stamp=at("2026-04-02 19:30"),
        start=at("2026-04-18 14:00"), end=at("2026-04-18 17:00"),
        summary="Lily's 5th Birthday Party 🎈", organizer=ryan_cal, tzid=LON,
        attendees=[(ryan_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (mum, "NEEDS-ACTION", "INDIVIDUAL"), (gemma, "ACCEPTED", "INDIVIDUAL")],
        location="Jungle Jim's Soft Play, Stretford",
        description="Soft play then back to ours for cake. No presents needed (Lily disagrees).")
    add("f3", ryan_cal, [me, mum, gemma], "2026-04-02 19:30",
        "Ryan Fairclough has invited you to an event.\n\nLily's 5th Birthday Party 🎈\n"
        "Saturday 18 Apr 2026 ⋅ 14:00 – 17:00 (British Summer Time)\n"
        "Jungle Jim's Soft Play, Stretford\n\nSoft play then back to ours for cake. No presents "
        "needed (Lily disagrees).\n\nReply for kirsty.fairclough@example.net: Yes / No / Maybe\n\n"
        "Invitation from Google Calendar",
        subject="Invitation: Lily's 5th Birthday Party 🎈 @ Sat 18 Apr 2026 14:00 - 17:00 (BST) "
                "(kirsty.fairclough@example.net)",
        ics=ics_party, ics_mode="google", headers=GCAL)
    c.meeting("f3", at("2026-04-18 14:00"), at("2026-04-18 17:00"), met=[ryan_cal.email],
              job=False, what="niece's party")
    add("f4a", gemma, [me], "2026-04-12 20:14",
        "Hiya! Lily has asked (about 40 times) if Auntie Kirsty is coming to her party 😂 Also if "
        "you're stuck for ideas she's obsessed with anything Bluey. No pressure!! G x",
        subject="Lily's party")
    add("f4b", me, [gemma], "2026-04-12 21:30",
        "Tell her of course I'm coming!! Already got her the Bluey camper van, don't tell x",
        parent="f4a")
    c.thread("f4a", False, None, None, "sister-in-law about the party")
    c.thread("f3", False, None, None, "brother's Google Calendar invite to a children's party")

    add("h1", becca, [me, sophie, hannah], "2026-03-14 11:10",
        "Right ladies!! Liverpool, Sat 13th June 💍 I've found an Airbnb on the docks that sleeps "
        "8. £85 each deposit by the end of March please 🙏 bank details below\n\n"
        "B LOWE 20-00-00 12345678", subject="HEN DO!!! 👰")
    add("h2", sophie, [becca, me, hannah], "2026-03-14 11:42", "I'm in!!!! 🍾", parent="h1")
    add("h3", me, [becca, sophie, hannah], "2026-03-14 13:05",
        "In!! Will transfer tonight. Need to get the 13th booked off before the rota goes out 🙈",
        parent="h2")
    add("h3b", hannah, [becca, me, sophie], "2026-03-14 18:22",
        "Count me in, just need to check I'm not on call that weekend. Sooo excited 😍", parent="h3")
    add("h4", becca, [me, sophie, hannah], "2026-03-29 10:20",
        "Reminder for the deposits lovelies, 2 still outstanding 👀", parent="h3b")
    add("h5", me, [becca, sophie, hannah], "2026-03-29 10:45",
        "Sent mine on the 14th babe check again 😂", parent="h4")
    c.thread("h1", False, None, None, "friends planning a hen do")

    # ============================================================ NEWSLETTERS, CPD, SHOPPING
    add("u1", union, [me], "2026-03-12 12:00", "", html_only=True,
        subject="NW Bulletin: pay award update, safe staffing survey, interview skills webinar",
        headers=bulk_headers("<nw-bulletin.nsunion.org.uk>", "https://nsunion.org.uk/unsubscribe"),
        html=html_of("NSU North West Bulletin – March 2026\n\n"
                     "Pay award 2026/27: where we are. The pay review body is expected to report "
                     "in the spring; we'll update members as soon as it does.\n\n"
                     "Safe staffing survey: tell us about your last shift. It takes five minutes.\n"
                     "\nThinking about your next band? Our free members' webinar covers band 6 "
                     "applications, supporting statements and interview questions, with tips "
                     "from ward managers who sit on interview panels.\n\n"
                     "You are receiving this because you are a member of NSU.", "NW Bulletin"))
    add("u2", union, [me], "2026-04-09 12:00", "", html_only=True,
        subject="NW Bulletin: consultation result, your rights on unpaid breaks",
        headers=bulk_headers("<nw-bulletin.nsunion.org.uk>", "https://nsunion.org.uk/unsubscribe"),
        html=html_of("NSU North West Bulletin – April 2026\n\n"
                     "Consultation result: thank you to the thousands of members who voted.\n\n"
                     "Unpaid breaks: if you are regularly missing your break, record it and speak "
                     "to your rep. We'll help you raise it with your manager.\n\n"
                     "You are receiving this because you are a member of NSU.", "NW Bulletin"))
    for k in ("u1", "u2"):
        c.thread(k, False, None, "NSU", "nursing union newsletter full of job words")

    add("cp1", clined, [me], "2026-03-10 19:45",
        "Hi Kirsty,\n\nThanks for booking!\n\nPreparing for your Band 6 interview: leadership, "
        "delegation and the questions panels love\nTuesday 24 March 2026, 19:00–20:30 (online)\n"
        "Amount paid: £15.00\n\nYour joining link will come from Zoom.\n\nClinEd Learning – CPD "
        "for nurses and midwives",
        subject="Booking confirmed: Preparing for your Band 6 interview (24 March)", headers=AUTO)
    ics_zoom = make_ics(
        method="REQUEST", uid=uid_uuid("zoom", "clined", "b6"), stamp=at("2026-03-10 19:46"),
        start=at("2026-03-24 19:00"), end=at("2026-03-24 20:30"),
        summary="Preparing for your Band 6 interview: leadership, delegation and the questions "
                "panels love",
        organizer=zoom, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
        location="https://us06web.zoom.us/j/84412093371?pwd=ClinEd24",
        description="Webinar ID: 844 1209 3371\nPasscode: 240326",
        prodid="-//zoom.us//iCalendar Event//EN")
    add("cp2", zoom, [me], "2026-03-10 19:46",
        "Hi Kirsty Fairclough,\n\nThank you for registering for \"Preparing for your Band 6 "
        "interview: leadership, delegation and the questions panels love\".\n\n"
        "Date & Time: Mar 24, 2026 07:00 PM London\n\nJoin from PC, Mac, iPad, or Android: "
        "https://us06web.zoom.us/j/84412093371?pwd=ClinEd24\nWebinar ID: 844 1209 3371\n"
        "Passcode: 240326\n\nAdd to calendar: the attached .ics file.",
        subject="ClinEd Learning: Preparing for your Band 6 interview Confirmation",
        ics=ics_zoom, ics_mode="attach", headers=AUTO)
    c.meeting("cp2", at("2026-03-24 19:00"), at("2026-03-24 20:30"), job=False,
              what="CPD webinar")
    cert = make_pdf(["Certificate of Attendance", "Kirsty Fairclough",
                     "Preparing for your Band 6 interview", "24 March 2026 - 1.5 hours CPD",
                     "ClinEd Learning"])
    add("cp3", clined, [me], "2026-03-25 10:00",
        "Hi Kirsty,\n\nThanks for joining us last night. Your certificate of attendance (1.5 hours "
        "participatory CPD) is attached – keep it for your revalidation portfolio.\n\nThe slides "
        "and the list of 30 common band 6 interview questions are on the course page.\n\n"
        "ClinEd Learning",
        subject="Your CPD certificate – Preparing for your Band 6 interview", headers=AUTO,
        attachments=[("ClinEd_certificate_KFairclough.pdf", "application/pdf", cert)])
    c.thread("cp1", False, None, "ClinEd Learning", "CPD webinar booking receipt")
    c.thread("cp2", False, None, "ClinEd Learning", "Zoom registration for the CPD webinar")
    c.thread("cp3", False, None, "ClinEd Learning", "CPD certificate")

    add("s1", uniform, [me], "2026-03-15 20:40", "", html_only=True, headers=AUTO,
        subject="Order confirmation #UH-228719",
        html=html_of("Thanks for your order, Kirsty!\n\nOrder #UH-228719\n\n3 × Unisex stretch "
                     "scrub top, navy, size 10 – £44.97\n1 × Silicone fob watch, black – £7.99\n"
                     "Delivery – £3.95\nTotal – £56.91\n\nEstimated delivery: 18–20 March",
                     "Uniform Hub"))
    add("s2", uniform, [me], "2026-03-17 14:02",
        "Good news – order #UH-228719 is on its way with Parcelwise.\nTracking: PW4471209KF",
        subject="Your Uniform Hub order is on its way", headers=AUTO)
    add("s3", marlowe, [me], "2026-04-01 22:15", "", html_only=True, headers=AUTO,
        subject="Thanks for your order, Kirsty!",
        html=html_of("Order MF-90311\n\nTailored cropped trousers, navy, 10R – £39.00\nSoft "
                     "crepe blouse, ivory, 10 – £29.00\nStandard delivery – free\n\nComplete the "
                     "look: interview-ready tailoring, 20% off this week only.",
                     "Marlowe & Finch"))
    add("s4", parcel, [me], "2026-04-03 08:05",
        "Your parcel from Marlowe & Finch is arriving today between 10:15 and 11:15.\n"
        "Not in? Choose a safe place: https://parcelwise.co.uk/t/MF90311",
        subject="Your parcel is arriving today", headers=AUTO)
    add("s5", trains, [me], "2026-04-06 20:30",
        "Your e-ticket is attached to this email and in the app.\n\nManchester Piccadilly → "
        "Saltersgate\nThursday 09 April 2026\nOutbound: 12:34, platform to be confirmed\n"
        "Return: any time, valid for 1 month\nAnytime Day Return, Railcard discount applied – "
        "£14.60\n\nBooking reference: NLT7K2Q9",
        subject="Your e-ticket: Manchester Piccadilly → Saltersgate, Thu 09 Apr", headers=AUTO)
    add("s6", energy, [me], "2026-04-07 06:00",
        "Hi Kirsty,\n\nYour statement for March is ready. Balance: £38.12 in credit.\n\nYour "
        "Direct Debit of £92.00 will be taken on or around 14/04/2026.\n\nBrightwell Energy",
        subject="Your March energy statement", headers=AUTO)
    for k, org, n in (("s1", "Uniform Hub", "order receipt"), ("s2", "Uniform Hub", "dispatch"),
                      ("s3", "Marlowe & Finch", "clothing receipt with 'interview' in it"),
                      ("s4", "Parcelwise", "delivery notice"),
                      ("s5", "NorthLink Trains", "train ticket to the Saltersgate interview"),
                      ("s6", "Brightwell Energy", "energy statement")):
        c.thread(k, False, None, org, n)

    def alert(key, when, jobs):
        text = ("Job alert: band 6 surgical – Manchester\n\n%d new jobs match your saved search.\n\n"
                % len(jobs) + "\n\n".join(jobs) +
                "\n\nTo stop these alerts, sign in and manage your saved searches.\n\nNHS Jobs")
        add(key, nhsjobs, [me], when, "", html_only=True, html=html_of(text, "NHS Jobs"),
            subject="Job alert: %d new jobs match 'band 6 surgical'" % len(jobs),
            headers=bulk_headers("<alerts.jobs.nhs.uk>", "https://www.jobs.nhs.uk/alerts"))
        c.thread(key, False, None, "NHS Jobs", "saved-search job alert")
    alert("a1", "2026-03-13 07:00", [
        "Senior Staff Nurse – Surgical Assessment Unit (Band 6)\nSaltersgate and Dene NHS "
        "Foundation Trust · closing 17/03/2026",
        "Charge Nurse – Vascular Surgery (Band 6)\nPennine Moss University Hospitals NHS "
        "Foundation Trust · closing 20/03/2026",
        "Deputy Ward Manager – Trauma & Orthopaedics (Band 6)\nMedlock Vale Hospitals NHS "
        "Foundation Trust · closing 23/03/2026"])
    alert("a2", "2026-03-27 07:00", [
        "Sister/Charge Nurse – Ward 21 Urology (Band 6)\nSaltersgate and Dene NHS Foundation "
        "Trust · closing 24/04/2026",
        "Research Nurse – Surgery (Band 6)\nPennine Moss University Hospitals NHS Foundation "
        "Trust · closing 08/04/2026"])
    alert("a3", "2026-04-10 07:00", [
        "Senior Staff Nurse – Day Surgery (Band 6)\nMedlock Vale Hospitals NHS Foundation Trust "
        "· closing 28/04/2026",
        "Surgical Practice Educator (Band 6)\nSaltersgate and Dene NHS Foundation Trust · closing "
        "01/05/2026",
        "Sister – Colorectal Surgery (Band 6)\nPennine Moss University Hospitals NHS Foundation "
        "Trust · closing 30/04/2026"])

    add("b1", brightnews, [me], "2026-03-27 16:00", "", html_only=True,
        subject="Hot jobs this week 🔥 Band 6 surgical, theatres & ICU",
        headers=bulk_headers("<hotjobs.brightstaffnursing.co.uk>",
                             "https://brightstaffnursing.co.uk/unsubscribe"),
        html=html_of("Hot jobs this week\n\nSenior Staff Nurse, surgical – Worsley – £40–42k, "
                     "days only\nTheatre Practitioner – Bolton – £38k + on call\nICU Nurse, band 6 "
                     "equivalent – Stockport – £41k\n\nRefer a friend and get £250 when they "
                     "start!\n\nBrightstaff Nursing", "Brightstaff Nursing"))
    c.thread("b1", False, None, BRIGHT, "agency bulk mail of job ads")

    # ============================================================ LABELS
    c.expect("thank_you", "j5a", "femi.adeyemi@nhs.net",
             "practice educator on the Wed 8 Apr 10:15-11:00 panel, address only in Lorna's text; "
             "the thank-you note went to Lorna and Denise; overdue since Apr 9 11:00")
    c.expect("callback", "j5a", lorna.email,
             "'I'll ring you by Thursday 16th' (Apr 9); nothing from Pennine Moss since; due end of "
             "Mon Apr 20; the nhs.net mails of Apr 21 are from her own ward manager and her GP, "
             "and came after the due time anyway",
             promised="2026-04-16")
    c.expect("thank_you", "j8", "gareth.lomax@nhs.net",
             "interview Thu 9 Apr 14:00-14:45 BST (booked in GMT, ICS in UTC); address in the "
             "booking text; never thanked; the rejection of Apr 16 does not cancel a thank-you "
             "owed; overdue since Apr 10 14:45")
    c.expect("thank_you", "j10a", nadia.email,
             "informal ward visit Fri 10 Apr 'half two' (60 min by default) took place; her only "
             "thanks came before it; overdue since Apr 11 15:30")
    c.expect("thank_you", "j13", marcus.email,
             "panelist at the Tue 14 Apr 11:00-12:00 interview; only Claire was thanked (new "
             "thread) and Priya's note is not to him; overdue since Apr 15 12:00")
    c.expect("callback", "j16a", tom.email,
             "'you'll hear from me within the next couple of weeks' (Wed 25 Mar, so Wed 8 Apr); "
             "nothing from Medora (nor its Workday) since; due end of Fri 10 Apr, not yet "
             "stale",
             promised="2026-04-08")
    c.expect("thank_you", "j22", bev.email,
             "Teams 'catch up' Mon 13 Apr 13:00-13:30 with the ward manager took place; she "
             "thanked the agency consultant, not Bev; overdue since Apr 14 13:30")

    c.forbid("j5a", denise.email,
             "thanked by the one note of Wed 8 Apr 17:55 to Lorna and Denise")
    c.forbid("j3", nhsjobs.email,
             "automated sender: its 'we aim to let all candidates know by Monday 13 April' is no "
             "person's promise")
    c.forbid("j8", trac.email, "automated Trac booking sender and ICS organizer")
    c.forbid("j13", claire.email,
             "thanked in a new thread the same evening (Apr 14 19:05)")
    c.forbid("j13", room2[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    c.forbid("j12a", priya.email,
             "coordinator who did not sit on the panel; 'early next week' (from Wed 15 Apr) runs "
             "to Mon-Wed 20-22 Apr, so with the grace nothing is due before Fri 24 Apr")
    c.forbid("j19a", jess.email,
             "'a decision's being made on Monday (20th) – I'll ring you Monday': Monday has "
             "passed but two business days of grace run to the end of Wed 22 Apr; she was not at "
             "the Teams call")
    c.forbid("j20", bev.email,
             "this ward visit (Wed 8 Apr) was cancelled by ICS CANCEL; the call that took place is "
             "the separate Teams invite")
    c.forbid("j23a", alison.email,
             "call moved from Fri 17 Apr to Thu 23 Apr 10:00 ('Thursday works'); still ahead")
    c.forbid("j24a", tasha.email, "coffee on Sat 11 Apr thanked the same afternoon")
    c.forbid("hca1", joanne.email,
             "HCA interviews on her own ward where she is on the panel (hiring side); her current "
             "employer, though also on nhs.net")
    c.forbid("hca1", dev.email, "fellow panelist at her own ward's HCA interviews, not job search")
    c.forbid("gp2", gp.email,
             "GP surgery (also on nhs.net), not job search; the Thursday call is still ahead")

    c.summary = SUMMARY
    return c


SUMMARY = (
    "Kirsty Fairclough is a band 5 staff nurse on a general surgical ward at Medlock Vale "
    "General (Medlock Vale Hospitals NHS Foundation Trust) and is applying for band 6 posts. The "
    "mailbox runs from early March to Tuesday 21 April 2026, 19:40 BST, across the UK change to "
    "summer time on 29 March: Saltersgate and Dene's Trac booking was made in GMT for a BST slot, "
    "with an ICS in UTC. Her current trust, both prospective trusts and her GP write from "
    "firstname.lastname@nhs.net, so the domain says nothing about who wrote. Pennine Moss "
    "(informal visit in March, NHS Jobs notices, a panel of three on 8 April) got one thank-you "
    "note to two of its panelists: the practice educator, whose address is only in the ward "
    "manager's text, is still owed, and the ward manager's 'I'll ring you by Thursday 16th' has "
    "lapsed. Saltersgate rejected her by an automated notice after an interview she never thanked "
    "the ward manager for, and an informal visit to another of its wards went unthanked. "
    "Cedarbrook Healthcare (private) set up the interview through a coordinator who did not "
    "attend; one panelist was thanked in a new thread, and the coordinator's 'early next week' is "
    "still open. Medora Health promised news 'within the next couple of weeks' and went quiet. "
    "The agency consultant writes short, chatty mails and relays Ashgrove Park's news: a ward "
    "visit cancelled by ICS, a Teams 'catch up' held instead (the ward manager never thanked), and "
    "'a decision's being made on Monday' that is still inside its grace. A hospice manager "
    "referred by a friend moved their call to after now. Noise: HCA interviews on her own ward "
    "(she is on the panel), rota and shift-swap mail (one partly in Tagalog), her GP's 'will "
    "telephone you on Thursday', the council, the gym, family, the union bulletin, a CPD webinar "
    "on band 6 interviews, job alerts and receipts.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
