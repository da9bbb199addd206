#!/usr/bin/env python3
"""Sealed case: mechanic-houston (Luis Ortega, master technician moving to fleet management)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "mechanic-houston"
CHI = "America/Chicago"
PHX = "America/Phoenix"
IPHONE = "\n\nSent from my iPhone"
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

SUMMARY = (
    "Luis Ortega, 41, ASE master technician at a Houston Chevrolet dealership, looking for a "
    "fleet maintenance supervisor or service manager job (trucking, a county fleet, rental "
    "cars, waste haulers)."
)

RESUME_PDF = make_pdf([
    "Luis A. Ortega",
    "Houston, TX 77076  |  832-555-0167  |  luis.ortega77@example.com",
    "ASE Master Automobile Technician (A1-A8) + L1 Advanced Engine Performance",
    "Class A CDL  |  EPA 609  |  GM World Class Technician",
    "",
    "EXPERIENCE",
    "Almeda Motors Chevrolet, Houston TX - Master Technician / Shop Team Lead, 2015-present",
    "  - Lead a team of 6 technicians; dispatch, quality checks, comeback tracking",
    "  - Duramax diesel and medium duty Silverado 4500HD/5500HD repair",
    "  - Cut warranty comebacks 31% in 2024 with a root-cause log",
    "Northline Chevrolet, Houston TX - Technician, 2009-2015",
    "Gulfgate Tire & Lube - Lube Tech / Tire Tech, 2005-2009",
    "",
    "EDUCATION",
    "San Jacinto College - Automotive Technology, A.A.S.",
])
RESUME_DOCX = (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"word/document.xml"
               + b"\x00" * 64 + b"Luis Ortega resume 2026" + b"PK\x05\x06" + b"\x00" * 18)
JAYLEN_PDF = make_pdf([
    "Jaylen Brooks",
    "Houston, TX  |  jaylen.brooks04@gmail.com",
    "Universal Technical Institute - Automotive Technology, 2025",
    "Express Lube, Pasadena TX - Lube Technician, 2024-present",
])


def build():
    now = dt.datetime(2026, 4, 15, 7, 40, tzinfo=ZoneInfo(CHI))
    me = Person("Luis Ortega", "luis.ortega77@example.com", tz=CHI, style="webmail",
                msgid_domain="example.com")
    case = Case(NAME,
                "Houston master tech moving to fleet management: trucking, county, rental and "
                "waste-hauler searches amid dealership, family and union mail",
                {"name": "Luis Ortega", "emails": [me.email], "phone": "+1 832 555 0167",
                 "timezone": CHI},
                now, SUMMARY)
    case.me = me
    T = case.at
    SIG = "Luis Ortega\n832-555-0167"

    def P(name, email, style="outlook", sig=None, tz=CHI, **kw):
        return Person(name, email, tz=tz, style=style, sig=sig, **kw)

    # ------------------------------------------------------------------ people
    tamika = P("Tamika Reeves", "tamika.reeves@gcfreightways.com", sig=(
        "Tamika Reeves\nTalent Acquisition Coordinator\nGulf Coast Freightways, Inc.\n"
        "O: 281-555-0193 | M: 713-555-0126\ngcfreightways.com"))
    curtis = P("Curtis Whitfield", "curtis.whitfield@gcfreightways.com")
    icims = P("Gulf Coast Freightways Careers", "no-reply@gcfreightways.icims.com", style="auto",
              auto=True)
    govjobs = P("Gulf Bay County Human Resources", "noreply@governmentjobs.com", style="auto",
                auto=True)
    keisha = P("Keisha Grant", "keisha.grant@gulfbaycountytx.gov", sig=(
        "Keisha Grant\nHR Analyst II | Recruitment & Selection\nGulf Bay County Human Resources\n"
        "(713) 555-0181"))
    denise = P("Denise Castillo", "denise.castillo@gulfbaycountytx.gov", sig=(
        "Denise Castillo\nFleet Services Manager\nGulf Bay County Fleet Services Division\n"
        "(713) 555-0185"))
    greg = P("Greg Pruitt", "greg.pruitt@gulfbaycountytx.gov")
    alfonso = P("Alfonso Reyna", "alfonso.reyna@gulfbaycountytx.gov")
    room = ("GBC Fleet Admin - Conf Rm 2", "fleetadmin.conf2@gulfbaycountytx.gov")
    jenna = P("Jenna Pak", "jenna.pak@coastwayrental.com", style="gmail", tz=PHX, sig=(
        "Jenna Pak | Talent Acquisition Partner\nCoastway Car Rental | Scottsdale, AZ\n"
        "480-555-0172"))
    mark = P("Mark Delgado", "mark.delgado@coastwayrental.com", tz=PHX, sig=(
        "Mark Delgado\nRegional Fleet Director - Gulf & Southwest\nCoastway Car Rental\n"
        "c. 480-555-0119"))
    jerome = P("Jerome Tate", "jerome.tate@pinnaclefleet.com", style="gmail")
    crystal = P("Crystal Nguyen", "crystal.nguyen@bayoutechstaffing.com", style="gmail", sig=(
        "Crystal Nguyen\nSr. Technical Recruiter\nBayou Technical Staffing\n"
        "c: 346-555-0107 | o: 713-555-0190\n\"Putting Houston's techs to work since 2009\""))
    daryl = P("Daryl Fontenot", "daryl.fontenot@tejastanklines.com")
    rosa = P("Rosa Villarreal", "rosa.villarreal@shipchanneldrayage.com", sig=(
        "Rosa Villarreal\nDirector of Operations\nShip Channel Drayage LLC\n"
        "1919 Old Hwy 146, La Porte TX 77571\n281-555-0161"))
    tony = P("Tony Huynh", "tony.huynh@shipchanneldrayage.com")
    beto = P("Beto Ramos", "beto.ramos78@gmail.com", style="gmail")
    marisol = P("Marisol Treviño", "mtrevino@texanaggregate.com", style="gmail", sig=(
        "Marisol Treviño\nFleet Superintendent | Texan Aggregate Hauling\n(281) 555-0150"))
    shawn = P("Shawn Becker", "shawn.becker@kestrelenergy.com", sig=(
        "Shawn Becker\nFleet Manager, Gulf Region\nKestrel Energy Services\n713-555-0148"))
    nicole = P("Nicole Armstrong", "nicole.armstrong@rylandleasing.com", style="gmail", sig=(
        "Nicole Armstrong\nTalent Acquisition Partner - Texas\nRyland Truck Leasing\n"
        "972-555-0136"))
    travis = ("Travis Kolb", "travis.kolb@rylandleasing.com")
    darnell = P("Darnell Hughes", "darnell.hughes@bayportbev.com", sig=(
        "Darnell Hughes\nFleet Operations Manager\nBayport Beverage Distributors\n281-555-0177"))
    yolanda = P("Yolanda Pierce", "ypierce@sterlingwaste.com", sig=(
        "Yolanda Pierce, SHRM-CP\nHR Generalist\nSterling Waste & Recycling - Gulf Coast Region\n"
        "713-555-0168"))
    kyle = P("Kyle Brandt", "kyle.brandt@apextalentgroup.com", style="gmail", sig=(
        "Kyle Brandt\nTechnical Recruiter | Apex Talent Group\n(832) 555-0104"))

    mom = P("Carmen Ortega", "carmen.ortega55@yahoo.com", style="yahoo")
    ana = P("Ana Ortega", "anaortega.hou@gmail.com", style="gmail")
    vero = P("Veronica Ortega", "vero.ortega.salas@gmail.com", style="gmail")
    joel = P("Joel Salas", "joelsalas.mty@hotmail.com", tz="America/Monterrey")
    teacher = P("Rebecca Lindgren", "rlindgren@braysbayouisd.org", sig=(
        "Rebecca Lindgren\nMath 7 / Pre-AP Math 7\nWestbury Heights Middle School\n"
        "713-555-0140 ext. 2231"))
    schoolnews = P("Westbury Heights MS", "news@braysbayouisd.org", style="auto")
    clinic = P("WorkWell Occupational Health", "appointments@workwell-occhealth.com", style="auto")
    clinic_r = P("WorkWell Occupational Health", "results@workwell-occhealth.com", style="auto")
    rick = P("Rick Lawson", "rlawson@almedamotors.com", sig=(
        "Rick Lawson\nService Manager\nAlmeda Motors Chevrolet\n713-555-0101"))
    deshawn = P("Deshawn Mills", "dmills@almedamotors.com", sig="Deshawn Mills\nParts Manager\nAlmeda Motors Chevrolet")
    kayla = P("Kayla Simmons", "ksimmons@almedamotors.com", sig=(
        "Kayla Simmons | Service Advisor\nAlmeda Motors Chevrolet\n713-555-0109"))
    dms = P("Almeda Motors Service Reports", "noreply@almedamotors.com", style="auto")
    ase = P("ASE", "no-reply@ase-certs.org", style="auto")
    fleetworks = P("FleetWorks Jobs", "alerts@fleetworksjobs.com", style="auto")
    hireline = P("HireLine", "jobs-noreply@hireline.com", style="auto")
    lodge = P("Lodge 1124 Job Board", "jobboard@lodge1124.org", style="auto")
    lodge_news = P("Machinists Lodge 1124", "news@lodge1124.org", style="auto")
    power = P("Bayou Power & Light", "ebill@bayoupower.com", style="auto")
    danny = P("Danny Ruiz", "danny.ruiz@toolpromobile.com", style="gmail")
    gear = P("Gear Depot", "orders@geardepot.com", style="auto")
    cu = P("Texas Gulf Credit Union", "alerts@txgulfcu.org", style="auto")
    fmi = P("Fleet Maintenance Insider", "newsletter@fleetmaintinsider.com", style="auto")
    prolink = P("ProLink", "notifications@prolink.com", style="auto")
    coach = P("Adriana Cavazos", "adriana.cavazos@gmail.com", style="gmail")
    liga = P("Liga de Softbol Northside", "ligasoftbolnorthside@gmail.com", style="gmail")

    add = case.add

    # ================================================================== JOB SEARCH

    # ---- Gulf Coast Freightways: portal acknowledgement
    t = ("Dear Luis,\n\nThank you for your interest in Gulf Coast Freightways! We have received "
         "your application for Fleet Maintenance Supervisor - Channelview Terminal "
         "(Req #2611).\n\nOur Talent Acquisition team reviews every application. If your "
         "qualifications match the needs of the position, a member of our team will contact "
         "you. You can check the status of your application at any time by logging in to our "
         "careers portal.\n\nPlease do not reply to this message; this mailbox is not "
         "monitored.\n\nGulf Coast Freightways | Moving Texas Since 1978\nEqual Opportunity "
         "Employer - Minorities/Females/Veterans/Disability")
    add("gcf_ack", icims, [me], "2026-03-20 21:14", t, html=html_of(t), html_only=True,
        subject="Thank you for applying: Fleet Maintenance Supervisor (Req #2611)", headers=AUTO)
    case.thread("gcf_ack", True, "application", "Gulf Coast Freightways",
                "iCIMS acknowledgement of a portal application; no person to write to")
    case.forbid("gcf_ack", icims.email, "automated iCIMS acknowledgement (no-reply sender)")

    # ---- Gulf Coast Freightways: phone screen, then shop walk-through + ride-along
    add("gcf1", tamika, [me], "2026-03-26 10:05", (
        "Good morning Luis,\n\nI'm the talent acquisition coordinator for Gulf Coast "
        "Freightways. I came across your submission for our Fleet Maintenance Supervisor opening "
        "at the Channelview terminal and would like to set up a brief phone conversation, "
        "roughly 20 minutes, to go over the position and your background.\n\nWould any of these "
        "work for you?\n\n  - Mon 3/30 at 11:30 AM\n  - Tue 3/31 at 12:15 PM\n  - Tue 3/31 at "
        "4:30 PM\n\nAll times Central. I'll call the number on your profile unless you tell me "
        "otherwise.\n\nBest,"),
        subject="Fleet Maintenance Supervisor - Channelview Terminal")
    add("gcf2", me, [tamika], "2026-03-26 19:48", (
        "Hi Tamika, tuesday 12:15 is good, thats my lunch break so I can step out of the shop. "
        "Number on my profile is right (832-555-0167).\n\nLuis" + IPHONE), parent="gcf1")
    add("gcf3", tamika, [me], "2026-03-27 08:10", (
        "Perfect - you're on my calendar for Tuesday, March 31 at 12:15 PM. I'll call your cell "
        "then.\n\nHave a good weekend,"), parent="gcf2")
    add("gcf4", me, [tamika], "2026-03-31 18:02", (
        "Tamika,\n\nThank you for taking the time to call me today. I enjoyed hearing about the "
        "Channelview shop and the plan to bring the trailer PM work back in-house instead of "
        "sending it out.\n\nAfter 17 years on the dealership side I'm ready to run a shop floor, "
        "and a 200-tractor operation with its own wash bay and tire shop is exactly the kind of "
        "place I want to do it. Let me know what you need from me for the next step.\n\n"
        "Luis Ortega\nASE Master Technician (A1-A8), L1\n832-555-0167"), parent="gcf3")
    add("gcf5", tamika, [me], "2026-04-01 09:30", (
        "Hi Luis,\n\nI enjoyed it as well. I'm sitting down with Curtis Whitfield, our Director "
        "of Fleet Maintenance, Thursday afternoon, and I'll reach back out by Friday with next "
        "steps.\n\nBest,"), parent="gcf4")
    add("gcf6", tamika, [me], "2026-04-02 14:20", (
        "Hi Luis,\n\nGood news - Curtis would like to have you out to Channelview. Rather than "
        "a sit-down interview, he likes to do a shop walk-through and a short ride-along, so you "
        "can see how we work and he can see how you think on the floor.\n\n"
        "When: Monday, April 13, 9:00 - 11:30 AM\n"
        "Where: Gulf Coast Freightways - Channelview Terminal, 16400 Market Street, Channelview "
        "TX 77530 (check in at the guard shack)\n"
        "Who: Curtis Whitfield, Director of Fleet Maintenance "
        "(curtis.whitfield@gcfreightways.com), for the shop walk-through; then Ray Dupree, our "
        "day-shift shop foreman, takes you out on a PM / road-call ride-along for the second "
        "half.\n\nPlease wear steel- or composite-toe boots; we provide glasses and a vest. I'm at "
        "our Laredo yard all that week, so I won't be there myself, but Curtis is expecting "
        "you.\n\nLet me know if that works.\n\nBest,"), parent="gcf5")
    add("gcf7", me, [tamika], "2026-04-02 20:31", (
        "Monday the 13th works, see you there. Thanks Tamika" + IPHONE), parent="gcf6")
    add("gcf8", curtis, [me], "2026-04-10 15:52", (
        "Luis,\n\nTamika passed your info along. See you Monday 9am. Tell the guard you're here "
        "for me and park in visitor row by the wash bay. If you have copies of your ASE certs "
        "handy bring them.\n\nCurtis Whitfield\nDirector of Fleet Maintenance\nGulf Coast "
        "Freightways\nc 281-555-0114" + IPHONE), parent="gcf7", cc=[tamika])
    case.thread("gcf1", True, "interview", "Gulf Coast Freightways",
                "phone screen with Tamika Tue Mar 31 12:15-12:35, thanked that evening; her "
                "'by Friday' kept on Thu Apr 2; shop walk-through + ride-along Mon Apr 13 "
                "9:00-11:30 with Curtis Whitfield (address in Tamika's text and his own mail) "
                "and foreman Ray Dupree (no address anywhere); Tamika arranged it and was not "
                "there; nothing sent since")
    case.promise("gcf1", "gcf3", tamika.email, "2026-03-31", answered_by="gcf5")
    case.promise("gcf1", "gcf5", tamika.email, "2026-04-03", answered_by="gcf6")
    case.meeting("gcf1", T("2026-03-31 12:15"), T("2026-03-31 12:35"), met=[tamika.email],
                 thanks={tamika.email: "gcf4"}, what="phone screen")
    case.meeting("gcf1", T("2026-04-13 09:00"), T("2026-04-13 11:30"), met=[curtis.email],
                 unknown=["Ray Dupree"], arranged_by=tamika.email,
                 what="shop walk-through and ride-along")
    case.expect("thank_you", "gcf1", curtis.email,
                "shop walk-through Mon Apr 13 9:00-11:30 with Curtis took place; nothing sent "
                "to him since; draft due 13:30, overdue since Apr 14 11:30")
    case.expect("ask_for_address", "gcf1", tamika.email,
                "foreman Ray Dupree ran the ride-along on Apr 13 but his address is nowhere in "
                "the mailbox; Tamika arranged the visit and Luis has not written to her since it "
                "began (his 'Thanks Tamika' was on Apr 2)")

    # ---- Gulf Bay County: portal mail
    t = ("Dear Luis Ortega,\n\nThank you for applying for the position of Fleet Services "
         "Supervisor (Job #26-0147) with Gulf Bay County.\n\nYour application has been received "
         "and will be reviewed by Human Resources to determine whether you meet the minimum "
         "qualifications. Applicants who are referred to the hiring department will be "
         "contacted directly if selected for further consideration.\n\nYou may check the status "
         "of your application by logging in to your account.\n\nThis is an automated message. "
         "Please do not reply.")
    add("gbc_ack", govjobs, [me], "2026-03-06 22:03", t, html=html_of(t), html_only=True,
        subject="Application Received: Fleet Services Supervisor (#26-0147)", headers=AUTO)
    case.thread("gbc_ack", True, "application", "Gulf Bay County",
                "portal acknowledgement from GovernmentJobs")
    case.forbid("gbc_ack", govjobs.email, "automated portal acknowledgement (noreply sender)")
    t = ("Dear Luis Ortega,\n\nThe status of your application for Fleet Services Supervisor "
         "(#26-0147) has been updated.\n\nNew status: Referred to Hiring Department\n\nLog in to "
         "your account to view your application history.\n\nGulf Bay County Human Resources")
    add("gbc_status", govjobs, [me], "2026-03-24 10:00", t, html=html_of(t), html_only=True,
        subject="Application Status Update: Fleet Services Supervisor (#26-0147)", headers=AUTO)
    case.thread("gbc_status", True, "application", "Gulf Bay County",
                "portal status update, automated")

    # ---- Gulf Bay County: oral board scheduling by e-mail
    add("gbc_inv1", keisha, [me], "2026-03-27 14:40", (
        "Mr. Ortega,\n\nBased on the review of your application and supplemental "
        "questionnaire, you have been selected to participate in an oral board for the position "
        "of Fleet Services Supervisor (Job #26-0147), Gulf Bay County Fleet Services "
        "Division.\n\nOral boards will be held in person on Thursday, April 9, 2026 at the "
        "Fleet Services Administration Building, 4700 Harrisburg Blvd, 2nd floor. The following "
        "start times are open:\n\n    9:00 AM\n    10:45 AM\n    1:30 PM\n\nPlease reply to "
        "this email with your preferred time no later than Wednesday, April 1. Times are "
        "assigned in the order replies are received.\n\nThe board will consist of Denise "
        "Castillo, Fleet Services Manager; Greg Pruitt, Assistant Fleet Manager; and Alfonso "
        "Reyna, Shop Superintendent, Central Garage. I will serve as facilitator: I open the "
        "session, read each structured question and keep time, and the panel members rate the "
        "responses. Plan for 90 minutes.\n\nPlease bring a valid driver's license and copies of "
        "any certifications listed on your application.\n\nRespectfully,"),
        subject="Oral Board - Fleet Services Supervisor (#26-0147)")
    add("gbc_inv2", me, [keisha], "2026-03-29 21:10", (
        "Ms. Grant,\n\nI would like the 1:30 PM time on Thursday April 9 please. Thank you for "
        "the opportunity.\n\n" + SIG), parent="gbc_inv1")
    add("gbc_inv3", me, [keisha], "2026-04-09 16:45", (
        "Ms. Grant,\n\nThank you for setting up today's oral board and for keeping everything "
        "on schedule. I appreciated the chance to talk about how I would handle PM compliance "
        "and parts availability for the county's fleet.\n\nAs you asked at the end, I will get "
        "you copies of my ASE certificates and my Texas driving record (MVR) by Monday.\n\n"
        "Respectfully,\n" + SIG), parent="gbc_inv1")
    add("gbc_inv4", keisha, [me], "2026-04-10 10:12", (
        "Thank you, Mr. Ortega.\n\nOnce all boards are complete, the panel will forward its "
        "recommendation to the Fleet Services Director on April 16, and every candidate will be "
        "notified of the outcome by Friday, April 24.\n\nRespectfully,"), parent="gbc_inv3")
    case.thread("gbc_inv1", True, "interview", "Gulf Bay County",
                "oral board set up by Keisha (facilitator); after it Luis thanked her and "
                "promised his ASE certificates and MVR 'by Monday' (Apr 13), never sent; her "
                "'notified by Friday, April 24' is still open")
    case.own_promise("gbc_inv1", "gbc_inv3", keisha.email, "2026-04-13")
    case.promise("gbc_inv1", "gbc_inv4", keisha.email, "2026-04-24")
    case.expect("own_promise", "gbc_inv1", keisha.email,
                "Luis wrote on Apr 9 he would send his ASE certificates and MVR 'by Monday' "
                "(Apr 13); nothing sent to Keisha since; due at the end of Apr 13")

    # ---- Gulf Bay County: Outlook invitation for the oral board
    desc = ("Oral board interview - Fleet Services Supervisor (Job #26-0147)\n\n"
            "Candidate: Luis Ortega\nFacilitator: Keisha Grant, HR\n"
            "Panel: Denise Castillo, Greg Pruitt, Alfonso Reyna\n\n"
            "1:30  Opening and ground rules (K. Grant)\n1:35  Structured questions 1-8 "
            "(read by facilitator; panel rates)\n2:45  Candidate questions\n3:00  Adjourn\n\n"
            "Panel members: rating sheets and the candidate's application packet will be in "
            "the room.")
    ics = make_ics(method="REQUEST", uid=uid_outlook("gbc", "oral board", "ortega"),
                   stamp=T("2026-03-30 08:55"), start=T("2026-04-09 13:30"),
                   end=T("2026-04-09 15:00"),
                   summary="Oral Board - Fleet Services Supervisor #26-0147 - L. Ortega",
                   organizer=keisha,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (denise, "ACCEPTED", "INDIVIDUAL"),
                              (greg, "ACCEPTED", "INDIVIDUAL"),
                              (alfonso, "TENTATIVE", "INDIVIDUAL"),
                              (room, "ACCEPTED", "ROOM")],
                   tzid="Central Standard Time",
                   location="Fleet Services Admin Bldg - Conf Rm 2 (2nd Floor), 4700 Harrisburg Blvd",
                   description=desc, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    add("gbc_pan1", keisha, [me], "2026-03-30 08:55", desc, sig=False, ics=ics,
        ics_mode="outlook", cc=[denise, greg, alfonso],
        subject="Oral Board - Fleet Services Supervisor #26-0147 - L. Ortega")
    ics_r = make_ics(method="REPLY", uid=uid_outlook("gbc", "oral board", "ortega"),
                     stamp=T("2026-03-30 12:20"), start=T("2026-04-09 13:30"),
                     end=T("2026-04-09 15:00"),
                     summary="Oral Board - Fleet Services Supervisor #26-0147 - L. Ortega",
                     organizer=keisha, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="America/Chicago", prodid="-//Example Webmail//Calendar 4.2//EN")
    add("gbc_pan2", me, [keisha], "2026-03-30 12:20",
        "Luis Ortega has accepted this invitation.", parent="gbc_pan1", quote=False, ics=ics_r,
        ics_mode="attach",
        subject="Accepted: Oral Board - Fleet Services Supervisor #26-0147 - L. Ortega")
    case.thread("gbc_pan1", True, "interview", "Gulf Bay County",
                "Outlook invitation, Thu Apr 9 13:30-15:00 (Central Standard Time); panel "
                "Denise, Greg, Alfonso, facilitator Keisha (organizer, runs the questions), a "
                "conference room; Keisha thanked in her thread, Denise and Greg by one note, "
                "Alfonso never")
    case.meeting("gbc_pan1", T("2026-04-09 13:30"), T("2026-04-09 15:00"),
                 met=[keisha.email, denise.email, greg.email, alfonso.email],
                 thanks={keisha.email: "gbc_inv3", denise.email: "gbc_th1",
                         greg.email: "gbc_th1"}, what="oral board")
    case.expect("thank_you", "gbc_pan1", alfonso.email,
                "on the Apr 9 oral board; Luis's note went to Denise and Greg and his other "
                "thanks to Keisha; overdue since Apr 10 15:00")
    case.forbid("gbc_pan1", denise.email,
                "thanked by the joint note to Denise and Greg on the evening of Apr 9")
    case.forbid("gbc_pan1", room[1], "a conference room (CUTYPE=ROOM), not a person")

    add("gbc_th1", me, [denise, greg], "2026-04-09 20:05", (
        "Ms. Castillo, Mr. Pruitt,\n\nThank you both for your time on the board this afternoon. "
        "Hearing how the division is trying to get the refuse packers and the sheriff's units "
        "onto one PM schedule made me even more interested in the job.\n\nA few things I'd "
        "bring:\n- 17 years of hands-on diagnosis, ASE Master plus L1, and a Class A CDL\n"
        "- Six years leading a team of six techs: dispatch, quality checks, comeback tracking\n"
        "- The root-cause log I started at Almeda cut our warranty comebacks by about a third; "
        "the same tracking would work on the packers Mr. Pruitt asked about\n\nI'm very "
        "interested in this position and in serving the county.\n\nRespectfully,\n" + SIG),
        subject="Thank you - Fleet Services Supervisor oral board")
    add("gbc_th2", denise, [me], "2026-04-10 07:15", (
        "Mr. Ortega - thank you for the note, and for your time yesterday. Keisha will be in "
        "touch with all candidates once the boards wrap up."), parent="gbc_th1", cc=[greg])
    case.thread("gbc_th1", True, "interview", "Gulf Bay County",
                "Luis's thank-you to two of the panelists in a new thread; Denise answered")

    # ---- Coastway Car Rental: recruiter, then Zoom with the regional director
    add("cw_j1", jenna, [me], "2026-03-16 09:40", (
        "Hi Luis,\n\nI'm on the talent team at Coastway Car Rental. We're opening a Regional "
        "Fleet Maintenance Manager seat for our Houston market (IAH, Hobby and four neighborhood "
        "branches, roughly 2,600 cars), and your GM dealership background and ASE Master status "
        "caught my eye.\n\nWould you be open to a conversation with Mark Delgado, our Regional "
        "Fleet Director? If so, send me a current resume and a couple of windows that work next "
        "week.\n\nThanks!\nJenna"), subject="Regional Fleet Maintenance Manager - Houston")
    add("cw_j2", me, [jenna], "2026-03-17 21:22", (
        "Hi Jenna,\n\nYes I'm interested, resume is attached. Mornings before 8, my lunch hour "
        "(12-1) or anytime Wednesday are easiest since I'm on the flat rate floor the rest of "
        "the day.\n\n" + SIG), parent="cw_j1",
        attachments=[("Luis_Ortega_Resume_2026.pdf", "application/pdf", RESUME_PDF)])
    add("cw_j3", jenna, [me], "2026-03-18 10:05", (
        "Got it, thank you! Mark has Wednesday 3/25 at 8:00 AM Arizona time open - that's "
        "10:00 AM for you in Houston (we don't do daylight saving out here, so it's a two-hour "
        "gap right now). He'll send you a Zoom invite directly. Plan on about 45 minutes.\n\n"
        "Jenna"), parent="cw_j2", sig=False)
    add("cw_j4", me, [jenna], "2026-03-18 12:31", (
        "10am my time on the 25th is good. Thx" + IPHONE), parent="cw_j3")
    case.thread("cw_j1", True, "recruiter", "Coastway Car Rental",
                "Jenna asked for a résumé (answered the next day) and set up the Zoom with Mark; "
                "she did not attend")
    case.application("cw_j1", "cw_j2", jenna.email, answered_by="cw_j3")
    case.forbid("cw_j1", jenna.email,
                "recruiter who arranged the Zoom and did not attend; the résumé she asked for "
                "was answered the next day; no promise of hers")

    zoom = ("Luis - looking forward to it. Mark\n\n"
            "Join Zoom Meeting\nhttps://coastwayrental.zoom.us/j/84733105621?pwd=cW9hc3R3YXk\n\n"
            "Meeting ID: 847 3310 5621\nPasscode: 604918\n\nOne tap mobile\n"
            "+13462487799,,84733105621# US (Houston)")
    ics = make_ics(method="REQUEST", uid=uid_outlook("coastway", "delgado", "ortega"),
                   stamp=T("2026-03-18 13:02"),
                   start=T("2026-03-25 10:00"), end=T("2026-03-25 10:45"),
                   summary="Coastway | Regional Fleet Maint Mgr - Houston | L. Ortega / M. Delgado",
                   organizer=mark, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="US Mountain Standard Time", location="Zoom", description=zoom,
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    add("cw_m1", mark, [me], "2026-03-18 11:02", zoom, sig=False, ics=ics, ics_mode="outlook",
        subject="Coastway | Regional Fleet Maint Mgr - Houston | L. Ortega / M. Delgado")
    add("cw_m2", me, [mark], "2026-03-25 13:40", (
        "Mark,\n\nThank you for the time this morning. I liked hearing how you want the Houston "
        "shops to turn cars faster without sending more work to outside vendors.\n\nWhy I think "
        "I fit:\n- I already do the recall and warranty side on GM product every day\n- I've "
        "been dispatching and checking the work of six techs for six years\n- I track comebacks "
        "to the root cause, which is what keeps cars on the rental line and not in the shop\n\n"
        "I'm very interested. I'll check back with you after your interviews wrap up.\n\n"
        "Luis Ortega\n832-555-0167"), parent="cw_m1")
    add("cw_m3", mark, [me], "2026-03-26 08:12", (
        "Luis - appreciate the note. Straight with you: we've got two more candidates to talk "
        "to this week and one early next week, then I sit down with our VP. I'll have a "
        "decision for you by end of next week (4/3) one way or the other.\n\nMark"),
        parent="cw_m2", sig=False)
    case.thread("cw_m1", True, "interview", "Coastway Car Rental",
                "Zoom invite written in Arizona time (8:00 MST = 10:00 CDT) on Wed Mar 25, "
                "thanked that afternoon; Mark promised a decision 'by end of next week (4/3)', "
                "mentioning other candidates; nothing from Coastway since")
    case.meeting("cw_m1", T("2026-03-25 10:00"), T("2026-03-25 10:45"), met=[mark.email],
                 thanks={mark.email: "cw_m2"}, what="Zoom interview")
    case.promise("cw_m1", "cw_m3", mark.email, "2026-04-03")
    case.expect("callback", "cw_m1", mark.email,
                "'I'll have a decision for you by end of next week (4/3)'; nothing from Coastway "
                "since; due end of Tue Apr 7, stale only from Apr 21",
                promised="2026-04-03")

    # ---- Pinnacle Fleet Solutions: phone call, rejection, no thank-you
    add("pin1", jerome, [me], "2026-03-27 11:20", (
        "Luis,\n\nRuben Salinas at the Lodge 1124 hall gave me your resume for our service "
        "manager opening at the Pasadena shop. We run the maintenance for a few municipal and "
        "utility fleets on contract, about 40 techs across 3 sites.\n\nWant to talk? I can call "
        "you Thursday the 2nd around 2pm if that works.\n\nJerome Tate\nArea Service Manager\n"
        "Pinnacle Fleet Solutions\n713-555-0139"),
        subject="Service Manager - Pinnacle Fleet Solutions (Pasadena)")
    add("pin2", me, [jerome], "2026-03-27 12:48", (
        "Jerome, thursday at 2 works. Thanks for reaching out, talk to you then. My cell is "
        "832-555-0167" + IPHONE), parent="pin1")
    add("pin3", jerome, [me], "2026-04-03 08:35", (
        "Good talking yesterday Luis. I've got one more guy coming in Tuesday; after that I'll "
        "let you know by Friday the 10th either way.\n\nJT"), parent="pin2")
    add("pin4", jerome, [me], "2026-04-08 16:05", (
        "Luis,\n\nI wanted to tell you directly: we decided to go with a candidate who has "
        "already run a contract shop. It was a close call and I liked how you talked about "
        "developing a team. I'll hang on to your info, and if something opens up at our Conroe "
        "site I'll reach out.\n\nBest of luck,\nJerome"), parent="pin3")
    case.thread("pin1", True, "rejection", "Pinnacle Fleet Solutions",
                "phone call Thu Apr 2 at 2pm (no end given); only a 'thanks' before it; "
                "rejection Apr 8 ended the 'by Friday the 10th' callback")
    case.promise("pin1", "pin1", jerome.email, "2026-04-02", answered_by="pin3")
    case.promise("pin1", "pin3", jerome.email, "2026-04-10", ended_by="pin4")
    case.meeting("pin1", T("2026-04-02 14:00"), None, met=[jerome.email], what="phone interview")
    case.expect("thank_you", "pin1", jerome.email,
                "phone interview Thu Apr 2 14:00 (60 min by default) took place; the only "
                "thanks came before it; the Apr 8 rejection ends the callback, not the "
                "thank-you; overdue since Apr 3 15:00")

    # ---- Bayou Technical Staffing: recruiter, résumé, client call
    add("bts1", crystal, [me], "2026-03-10 09:12", (
        "Hi Luis!\n\nI'm a recruiter with Bayou Technical Staffing - we place diesel and "
        "automotive techs and shop leadership all over Houston. I saw your profile on "
        "FleetWorks and I have a couple of clients looking for someone with your background to "
        "lead a shop.\n\nDo you have 15 minutes Thursday or Friday for a quick call?\n\n"
        "Crystal"), subject="Shop lead / fleet supervisor roles - 15 min?")
    add("bts2", me, [crystal], "2026-03-10 12:40", (
        "Crystal- friday at lunch works, 12:15? Im at the shop till 6 so lunch is best. "
        "832-555-0167" + IPHONE), parent="bts1")
    add("bts3", crystal, [me], "2026-03-10 13:02", (
        "Friday 12:15 it is! I'll call you :)"), parent="bts2", sig=False)
    add("bts4", crystal, [me], "2026-03-13 19:30", (
        "Great chatting today! Can you send me an updated resume in Word format? Put the diesel "
        "work and the team lead stuff near the top - my clients skim."), parent="bts3")
    add("bts5", me, [crystal], "2026-03-13 21:02", (
        "Thank you for the call today Crystal. I'll clean up the resume this weekend and get it "
        "to you by Monday.\n\nLuis"), parent="bts4")
    add("bts6", me, [crystal], "2026-03-15 20:47", (
        "Here you go, updated resume in word. Let me know if you need anything else\n\nLuis"),
        parent="bts5",
        attachments=[("Luis Ortega Resume 2026.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      RESUME_DOCX)])
    add("bts7", crystal, [me], "2026-03-17 10:14", (
        "Got it, looks so much better!! I'm submitting you to two clients today - a rental "
        "company and a waste hauler. I should hear something back within a week or so."),
        parent="bts6")
    add("bts8", crystal, [me], "2026-03-23 16:40", (
        "Quick update: the rental company filled their spot internally :( The waste hauler is "
        "still reviewing. They're slow but they're interested."), parent="bts7")
    add("bts9", crystal, [me], "2026-04-06 11:05", (
        "Good news!! Lone Star Disposal wants to talk to you for their Fleet Maintenance Lead "
        "(contract-to-hire, 140 trucks, Pasadena yard). Their operations manager Dwayne Mercer "
        "(dwayne.mercer@lonestardisposal.com) will call you Tuesday 4/14 at 3:00 PM, plan on "
        "30 min. Does that work?"), parent="bts8")
    add("bts10", me, [crystal], "2026-04-06 12:22", (
        "Yes 4/14 at 3 works. Ill step out to my truck for it" + IPHONE), parent="bts9")
    add("bts11", crystal, [me], "2026-04-14 17:05", (
        "How did it go with Dwayne?? He texted me he'd get me feedback by Friday."),
        parent="bts10", sig=False)
    add("bts12", me, [crystal], "2026-04-14 21:10", (
        "It went good I think. He asked alot about DOT annual inspections and how I would set "
        "PM intervals for the packers. Sounds like their last lead left kind of sudden. Let me "
        "know what he says" + IPHONE), parent="bts11")
    case.thread("bts1", True, "recruiter", "Bayou Technical Staffing",
                "intake call Fri Mar 13 12:15 thanked that night; résumé promised 'by Monday' "
                "and sent Sunday; client call with Dwayne Mercer (Lone Star Disposal, address "
                "in Crystal's text) Tue Apr 14 15:00-15:30, never thanked; 'feedback by Friday' "
                "(Apr 17) still open")
    case.promise("bts1", "bts3", crystal.email, "2026-03-13", answered_by="bts4")
    case.promise("bts1", "bts7", crystal.email, "2026-03-24", answered_by="bts8")
    case.promise("bts1", "bts9", crystal.email, "2026-04-14", answered_by="bts11")
    case.promise("bts1", "bts11", crystal.email, "2026-04-17")
    case.own_promise("bts1", "bts5", crystal.email, "2026-03-16", kept_by="bts6")
    case.application("bts1", "bts6", crystal.email, answered_by="bts7")
    case.meeting("bts1", T("2026-03-13 12:15"), None, met=[crystal.email],
                 thanks={crystal.email: "bts5"}, what="recruiter call")
    case.meeting("bts1", T("2026-04-14 15:00"), T("2026-04-14 15:30"),
                 met=["dwayne.mercer@lonestardisposal.com"], what="client phone interview")
    case.expect("thank_you", "bts1", "dwayne.mercer@lonestardisposal.com",
                "phone interview Tue Apr 14 15:00-15:30 with Dwayne took place; Luis only "
                "reported back to Crystal; draft due 17:30 Apr 14 (overdue from 15:30 Apr 15)")
    case.forbid("bts1", crystal.email,
                "her call was thanked, the résumé promise kept, the résumé answered; her "
                "'feedback by Friday' (Apr 17) is still ahead")

    # ---- Tejas Tank Lines: the tip, then a résumé sent to a person, out-of-office only
    add("btf1", me, [beto], "2026-03-24 20:05", (
        "Beto mira, Tejas Tank Lines esta buscando shop supervisor en Baytown. Tu conoces a "
        "alguien ahi?\n\n---------- Forwarded message ---------\nFrom: Lodge 1124 Job Board "
        "<jobboard@lodge1124.org>\nDate: Mon, Mar 23, 2026 at 6:00 AM\nSubject: Lodge 1124 Job "
        "Board - week of March 23\nTo: Luis Ortega <luis.ortega77@example.com>\n\n"
        "SHOP SUPERVISOR - Tejas Tank Lines, Baytown terminal. Tanker fleet, 110 tractors. "
        "Days. Must have 5+ yrs heavy/medium duty, supervisory experience preferred, Class A a "
        "plus. Union shop.\n\nDIESEL TECH II - Harbor Crane & Rigging, La Porte. Nights, "
        "$36/hr."), subject="Fwd: Lodge 1124 Job Board - week of March 23")
    add("btf2", beto, [me], "2026-03-24 21:30", (
        "Simon, habla con Ruben Salinas en el hall, el conoce al maintenance manager de Tejas, "
        "un tal Daryl Fontenot. Dile que vas de parte mia.\n\nY el sabado que? carne asada en "
        "casa de mi suegra, trae a Ana y los ninos"), parent="btf1")
    add("btf3", me, [beto], "2026-03-24 22:02", (
        "Va, manana paso al hall. Sabado ahi estamos" + IPHONE), parent="btf2")
    case.thread("btf1", True, "networking", "Tejas Tank Lines",
                "Luis forwards a union job-board posting to a friend, who points him to the "
                "hall's business rep; no meeting, nothing owed")
    case.meeting("btf1", T("2026-03-28 13:00"), None, job=False, what="carne asada (social)")

    add("tej1", me, [daryl], "2026-03-26 20:15", (
        "Mr. Fontenot,\n\nRuben Salinas at Lodge 1124 told me you are looking for a shop "
        "supervisor for the Baytown terminal, and I would like to be considered for the "
        "position. My resume is attached.\n\nQuick background: 17 years as a GM dealership "
        "technician, the last 9 as ASE Master (A1-A8 + L1) and shop team lead over 6 techs. I "
        "do a lot of Duramax and medium duty 4500/5500 work and I run our shop's comeback and "
        "warranty tracking. I hold a Class A CDL and I'm studying for my T-series.\n\nI can talk "
        "any day before 8 AM or after 5:30 PM. Cell 832-555-0167.\n\nRespectfully,\n"
        "Luis Ortega"), subject="Shop Supervisor - Baytown terminal (referred by Ruben Salinas)",
        attachments=[("Luis_Ortega_Resume_2026.pdf", "application/pdf", RESUME_PDF)])
    add("tej2", daryl, [me], case.at("2026-03-26 20:15") + dt.timedelta(seconds=14), (
        "I am out of the office through Monday, March 30 at a fleet conference in Louisville "
        "with limited access to email. I will respond when I return. For urgent shop or "
        "road-call matters please call Baytown dispatch at 281-555-0155.\n\nDaryl Fontenot\n"
        "Maintenance Manager - Baytown\nTejas Tank Lines"), parent="tej1", quote=False,
        subject="Automatic reply: Shop Supervisor - Baytown terminal (referred by Ruben Salinas)",
        headers=OOO)
    case.thread("tej1", True, "application", "Tejas Tank Lines",
                "résumé e-mailed to the maintenance manager Thu Mar 26; the only answer is his "
                "out-of-office; nothing since")
    case.application("tej1", "tej1", daryl.email)
    case.expect("application", "tej1", daryl.email,
                "résumé sent to Daryl Thu Mar 26; only an automatic out-of-office reply came "
                "back, which is not a person writing; 7 business days ran out at the end of "
                "Mon Apr 6")

    # ---- Ship Channel Drayage: application, yard walk-through, references, out-of-office
    add("scd1", me, [rosa], "2026-03-19 21:40", (
        "Ms. Villarreal,\n\nI'm interested in the Maintenance Manager position Ship Channel "
        "Drayage posted on FleetWorks (Job ID FW-88213). My resume is attached. I've spent 17 "
        "years as a dealership technician, the last 6 leading a team, and I'm looking to bring "
        "that to a fleet.\n\nThank you for your consideration,\nLuis Ortega\n832-555-0167"),
        subject="Maintenance Manager position - Luis Ortega",
        attachments=[("Luis_Ortega_Resume_2026.pdf", "application/pdf", RESUME_PDF)])
    add("scd2", rosa, [me], "2026-03-23 07:32", (
        "Luis,\n\nThanks for sending your resume. We're a 60-truck drayage outfit pulling "
        "containers out of Barbours Cut and Bayport. Can you come by the yard Monday 3/30 at "
        "7:00 AM? I'd like you to walk the shop with me and with our lead mechanic, Tony Huynh "
        "(copied here). It takes about an hour."), parent="scd1", cc=[tony])
    add("scd3", me, [rosa], "2026-03-23 12:10", (
        "7 AM monday works. I have to be at the dealership by 8:30 so I'll need to head out a "
        "little after 8. See you both then" + IPHONE), parent="scd2", cc=[tony])
    add("scd4", me, [rosa], "2026-03-30 12:50", (
        "Rosa, Tony,\n\nThank you both for showing me around the yard this morning. Seeing the "
        "chassis line and the way Tony tracks brake and tire defects off the driver DVIRs, I "
        "think I can help you get more of the roadside out-of-service problems caught in the "
        "shop first.\n\nI'd like to be part of what you're building.\n\nLuis Ortega\n"
        "832-555-0167"), parent="scd3", cc=[tony])
    add("scd5", rosa, [me], "2026-03-31 09:15", (
        "Luis, good meeting you. I'm going to talk it over with our owner, Mr. Garza. Can you "
        "send me three references, at least one a supervisor? We'll make a decision by Friday "
        "April 10.\n\nRosa"), parent="scd4", sig=False)
    add("scd6", me, [rosa], "2026-03-31 19:40", (
        "Will do. I'll have them to you by next Wednesday (4/8), I want to give my old service "
        "director a heads up first." + IPHONE), parent="scd5")
    add("scd7", me, [rosa], "2026-04-08 19:22", (
        "Rosa,\n\nHere are my references:\n\n1. Gary Whitmore - former Service Director, Almeda "
        "Motors Chevrolet (retired 2024), my supervisor for 9 years - 281-555-0122\n"
        "2. Shawn Becker - Fleet Manager, Kestrel Energy Services (my service manager at "
        "Northline Chevrolet 2009-2015) - 713-555-0148\n3. Ruben Salinas - Business "
        "Representative, Lodge 1124 - 713-555-0177\n\nAll three know you may call.\n\n"
        "Luis Ortega\n832-555-0167"), parent="scd6")
    add("scd8", rosa, [me], case.at("2026-04-08 19:22") + dt.timedelta(seconds=9), (
        "I'm out of the office Thursday 4/9 through Monday 4/13 with no access to email and "
        "will be back Tuesday, April 14. For dispatch call 281-555-0160; for shop issues call "
        "Tony Huynh at 281-555-0163."), parent="scd7", quote=False, sig=False,
        subject="Automatic reply: Re: Maintenance Manager position - Luis Ortega", headers=OOO)
    case.thread("scd1", True, "interview", "Ship Channel Drayage LLC",
                "résumé Mar 19 answered Mar 23; yard walk-through Mon Mar 30 7:00-8:00 with "
                "Rosa and Tony, both thanked by one note; Rosa: 'decision by Friday April 10'; "
                "references promised by 4/8 and sent 4/8; her out-of-office says back Tue Apr 14")
    case.application("scd1", "scd1", rosa.email, answered_by="scd2")
    case.meeting("scd1", T("2026-03-30 07:00"), T("2026-03-30 08:00"),
                 met=[rosa.email, tony.email],
                 thanks={rosa.email: "scd4", tony.email: "scd4"}, what="yard walk-through")
    case.promise("scd1", "scd5", rosa.email, "2026-04-10", back="2026-04-14")
    case.own_promise("scd1", "scd6", rosa.email, "2026-04-08", kept_by="scd7")
    case.forbid("scd1", rosa.email,
                "'decision by Friday April 10' has passed, but her out-of-office says she is "
                "back Tue Apr 14, so the callback counts from then and is due only at the end of "
                "Thu Apr 16; the references Luis promised went out on Apr 8; walk-through thanked")
    case.forbid("scd1", tony.email, "thanked by the note of Mar 30 (cc), promised nothing")

    # ---- networking breakfast through a friend
    add("mar1", beto, [me, marisol], "2026-03-16 20:12", (
        "Mari, te presento a mi compa Luis Ortega, the best tech at Almeda Chevy, trying to "
        "move into fleet management. Luis, Marisol runs the shop at Texan Aggregate, 90 dump "
        "trucks y se la sabe toda. Los dejo para que platiquen.\n\n-Beto"),
        subject="Luis <> Marisol (fleet stuff)")
    add("mar2", marisol, [beto, me], "2026-03-16 21:05", (
        "Beto, gracias! Luis, nice to meet you (virtually). Happy to share what I know. "
        "Breakfast tacos Saturday the 21st at 8, El Jarocho on Airline? I'm usually at the yard "
        "by 10 on Saturdays so that works great for me."), parent="mar1")
    add("mar3", me, [marisol, beto], "2026-03-17 06:20", (
        "Saturday 8am El Jarocho, I'll be there. Beto thanks for the intro bro" + IPHONE),
        parent="mar2")
    add("mar4", me, [marisol], "2026-03-21 13:15", (
        "Marisol,\n\nThank you for breakfast this morning and for being so open about how you "
        "run things at Texan Aggregate. The way you split the PMs between the night crew and "
        "the road guys, and what you said about learning to say no to operations, gave me a "
        "lot to think about.\n\nI'm going to get the Class A renewed and start on the T-series "
        "like you said.\n\nLuis Ortega\n832-555-0167"), parent="mar3")
    add("mar5", marisol, [me], "2026-03-22 18:40", (
        "De nada Luis, it was fun talking shop. Get that Class A renewed and the T-series on "
        "your resume and you'll be in good shape. I'll keep my ears open for you."),
        parent="mar4")
    case.thread("mar1", True, "networking", "Texan Aggregate Hauling",
                "introduction by a friend; breakfast Sat Mar 21 8:00 (no end given), thanked "
                "that afternoon; her reply Mar 22 is the last exchange")
    case.meeting("mar1", T("2026-03-21 08:00"), None, met=[marisol.email], networking=True,
                 thanks={marisol.email: "mar4"}, what="breakfast")
    case.expect("networking", "mar1", marisol.email,
                "breakfast Mar 21 thanked; last exchange her reply of Sun Mar 22; the 14-day "
                "touch fell due at the end of Apr 5")
    case.forbid("mar1", beto.email, "the friend who made the introduction; not at the breakfast, "
                "promised nothing")

    # ---- networking call with a former boss
    add("kes1", me, [shawn], "2026-04-01 21:05", (
        "Shawn,\n\nHope all is well man, long time since the Northline days. I'm trying to make "
        "the jump from the dealership to the fleet side and I'd really value your take on it. "
        "Could I steal 15 minutes sometime next week? Phone is fine.\n\nLuis Ortega\n"
        "832-555-0167"), subject="15 min sometime?")
    add("kes2", shawn, [me], "2026-04-02 07:45", (
        "Luis! Good to hear from you. Sure thing. Wednesday the 8th after 6 works best, call my "
        "cell."), parent="kes1")
    add("kes3", me, [shawn], "2026-04-02 12:15", (
        "Wed 6:15 then, talk to you then" + IPHONE), parent="kes2")
    add("kes4", me, [shawn], "2026-04-08 21:30", (
        "Shawn, thank you for taking the time tonight. The tip about getting the EPA 609 and my "
        "CDL endorsements current before I apply anywhere else, and about asking every shop "
        "what their uptime number is, was gold. I'll let you know how it goes.\n\nLuis"),
        parent="kes3")
    add("kes5", shawn, [me], "2026-04-09 06:50", (
        "Anytime brother. Send me your resume when it's ready and I'll pass it to our Houston "
        "ops guy."), parent="kes4", sig=False)
    case.thread("kes1", True, "networking", "Kestrel Energy Services",
                "Luis asks a former boss for 15 minutes; call Wed Apr 8 18:15 (no end), thanked "
                "that night, his reply Apr 9")
    case.meeting("kes1", T("2026-04-08 18:15"), None, met=[shawn.email], networking=True,
                 thanks={shawn.email: "kes4"}, what="informational call")
    case.forbid("kes1", shawn.email,
                "call thanked the same night; last exchange Apr 9, so the networking touch is "
                "due only at the end of Apr 23")

    # ---- Ryland Truck Leasing: interview moved later, still ahead
    add("ry1", nicole, [me], "2026-04-03 10:30", (
        "Hi Luis,\n\nThanks for applying to the Service Manager role at our Northwest Houston "
        "branch. Travis Kolb, the branch manager (travis.kolb@rylandleasing.com), would like to "
        "meet you in person. He has Tuesday, April 14 at 4:30 PM at the branch (12850 Northwest "
        "Fwy). Does that work? You'll get a calendar invite from me once it's set.\n\nBest,\n"
        "Nicole"), subject="Service Manager, Northwest Houston - next step")
    add("ry2", me, [nicole], "2026-04-03 19:55", (
        "Hi Nicole, Tuesday 4/14 at 4:30 works, I'll leave work a little early. See you then.\n\n"
        + SIG), parent="ry1")
    add("ry3", nicole, [me], "2026-04-10 13:48", (
        "Hi Luis - Travis just found out he has to be in Dallas on Tuesday for a DOT audit at "
        "our Irving branch. Could we push to Thursday, April 16, same time (4:30)? Sorry for "
        "the shuffle!\n\nNicole"), parent="ry2", sig=False)
    add("ry4", me, [nicole], "2026-04-10 17:02", "Thursday works." + IPHONE, parent="ry3")
    case.thread("ry1", True, "interview", "Ryland Truck Leasing",
                "in-person interview with the branch manager set for Tue Apr 14 16:30, moved "
                "to Thu Apr 16 16:30 by a two-word reply; still ahead at now")
    case.meeting("ry1", T("2026-04-14 16:30"), T("2026-04-14 17:30"),
                 met=[travis[1]], status="moved", what="interview (original slot)")
    case.meeting("ry1", T("2026-04-16 16:30"), T("2026-04-16 17:30"),
                 met=[travis[1]], status="scheduled", what="interview (moved)")
    case.forbid("ry1", travis[1], "interview moved from Tue Apr 14 to Thu Apr 16 16:30, still "
                "in the future at now")

    def ry_invite(key, when, start, seq, subject):
        ics = make_ics(method="REQUEST", uid=uid_google("ryland", "kolb", "ortega"),
                       stamp=T(when), start=T(start), end=T(start) + dt.timedelta(hours=1),
                       summary="Service Manager interview - Luis Ortega / Travis Kolb",
                       organizer=nicole,
                       attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (travis, "ACCEPTED", "INDIVIDUAL")],
                       tzid="America/Chicago",
                       location="Ryland Truck Leasing - NW Houston, 12850 Northwest Fwy, Houston TX 77040",
                       description="In-person interview with Travis Kolb, Branch Manager. Please "
                                   "check in at the service counter.", sequence=seq)
        t = ("You have been invited to the following event.\n\nService Manager interview - "
             "Luis Ortega / Travis Kolb\nWhen: %s\nWhere: Ryland Truck Leasing - NW Houston, "
             "12850 Northwest Fwy\nGuests: Nicole Armstrong (organizer), Travis Kolb, Luis "
             "Ortega\n\nInvitation from Google Calendar" % subject.split(" @ ")[1]
             .rsplit(" (", 1)[0])
        add(key, nicole, [me], when, t, sig=False, html=html_of(t), ics=ics,
            subject=subject, headers=GCAL)
    ry_invite("ry_inv1", "2026-04-06 09:02", "2026-04-14 16:30", 0,
              "Invitation: Service Manager interview - Luis Ortega / Travis Kolb @ Tue Apr 14, "
              "2026 4:30pm - 5:30pm (CDT) (luis.ortega77@example.com)")
    case.thread("ry_inv1", True, "interview", "Ryland Truck Leasing",
                "Google Calendar invitation for the original Tue Apr 14 slot")
    ry_invite("ry_inv2", "2026-04-10 17:30", "2026-04-16 16:30", 1,
              "Updated invitation: Service Manager interview - Luis Ortega / Travis Kolb @ Thu "
              "Apr 16, 2026 4:30pm - 5:30pm (CDT) (luis.ortega77@example.com)")
    case.thread("ry_inv2", True, "interview", "Ryland Truck Leasing",
                "updated invitation for Thu Apr 16, ahead at now")

    # ---- Bayport Beverage: Teams interview, cancelled (filled internally)
    teams = ("Luis - got your resume through our careers page. Here is the Teams link for "
             "Monday evening; we'll go over the night shift setup at the Bayport DC and the "
             "route trucks. -Darnell\n\n" + "_" * 60 + "\nMicrosoft Teams meeting\nJoin on "
             "your computer, mobile app or room device\nClick here to join the meeting\n"
             "Meeting ID: 245 771 903 118\nPasscode: q7Xb2d\nDownload Teams | Join on the web\n"
             + "_" * 60)
    bp_uid = uid_outlook("bayport", "hughes", "ortega")
    ics = make_ics(method="REQUEST", uid=bp_uid, stamp=T("2026-03-31 15:10"),
                   start=T("2026-04-06 18:00"), end=T("2026-04-06 18:45"),
                   summary="Teams interview - Fleet Supervisor (Nights) - Luis Ortega",
                   organizer=darnell, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Microsoft Teams Meeting",
                   description=teams, prodid="Microsoft Exchange Server 2010")
    add("bp1", darnell, [me], "2026-03-31 15:10", teams, sig=False, ics=ics, ics_mode="outlook",
        subject="Teams interview - Fleet Supervisor (Nights) - Luis Ortega")
    ics_r = make_ics(method="REPLY", uid=bp_uid, stamp=T("2026-03-31 20:12"),
                     start=T("2026-04-06 18:00"), end=T("2026-04-06 18:45"),
                     summary="Teams interview - Fleet Supervisor (Nights) - Luis Ortega",
                     organizer=darnell, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="America/Chicago", prodid="-//Example Webmail//Calendar 4.2//EN")
    add("bp2", me, [darnell], "2026-03-31 20:12", "Luis Ortega has accepted this invitation.",
        parent="bp1", quote=False, ics=ics_r, ics_mode="attach",
        subject="Accepted: Teams interview - Fleet Supervisor (Nights) - Luis Ortega")
    case.thread("bp1", True, "interview", "Bayport Beverage Distributors",
                "Teams interview Mon Apr 6 18:00-18:45, cancelled on Apr 3 (ICS CANCEL in its "
                "own thread): filled internally")
    case.meeting("bp1", T("2026-04-06 18:00"), T("2026-04-06 18:45"), met=[darnell.email],
                 status="cancelled", what="Teams interview")
    case.forbid("bp1", darnell.email, "the Apr 6 interview was cancelled on Apr 3 and never "
                "took place; the role was filled internally")
    t = ("Luis, sorry for the short notice. We've decided to fill the night supervisor role "
         "internally, so I'm cancelling Monday. I appreciate your interest and will keep your "
         "resume on hand for the next opening.\n\nDarnell")
    ics = make_ics(method="CANCEL", uid=bp_uid, stamp=T("2026-04-03 11:26"),
                   start=T("2026-04-06 18:00"), end=T("2026-04-06 18:45"),
                   summary="Canceled: Teams interview - Fleet Supervisor (Nights) - Luis Ortega",
                   organizer=darnell, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Microsoft Teams Meeting",
                   description=t, sequence=1, status="CANCELLED",
                   prodid="Microsoft Exchange Server 2010")
    add("bp_c1", darnell, [me], "2026-04-03 11:26", t, sig=False, ics=ics, ics_mode="outlook",
        subject="Canceled: Teams interview - Fleet Supervisor (Nights) - Luis Ortega",
        headers={"Importance": "High"})
    case.thread("bp_c1", True, "rejection", "Bayport Beverage Distributors",
                "cancellation (ICS CANCEL), role filled internally")

    # ---- Sterling Waste: phone screen, 'within the next two weeks', silence
    add("st1", yolanda, [me], "2026-03-19 10:22", (
        "Luis,\n\nThank you for your interest in Sterling Waste & Recycling. I have your "
        "application for Fleet Maintenance Supervisor at our East Houston hauling facility and "
        "would like to schedule a phone screen. Are you available Monday, March 23 at 12:30 PM? "
        "The call will take about 30 minutes.\n\nRegards,"),
        subject="Fleet Maintenance Supervisor - East Houston - Phone Screen")
    add("st2", me, [yolanda], "2026-03-19 12:05", (
        "Yes mam, monday 12:30 is fine. Best number is my cell 832-555-0167" + IPHONE),
        parent="st1")
    add("st3", yolanda, [me], "2026-03-23 15:10", (
        "Luis,\n\nThank you for speaking with me today. Our hiring manager, Phil Grady, is at "
        "our Beaumont facility through the end of the week. A decision on which candidates move "
        "forward to the in-person interview will be made within the next two weeks, and I will "
        "contact you either way.\n\nRegards,"), parent="st2")
    add("st4", me, [yolanda], "2026-03-23 21:00", (
        "Yolanda,\n\nThank you for the call today and for explaining how the East Houston shop "
        "is set up between the roll-off and the front-load side. I look forward to hearing "
        "from you.\n\n" + SIG), parent="st3")
    case.thread("st1", True, "interview", "Sterling Waste & Recycling",
                "phone screen Mon Mar 23 12:30-13:00, thanked that night; 'a decision ... will "
                "be made within the next two weeks' (to Apr 6); nothing since")
    case.meeting("st1", T("2026-03-23 12:30"), T("2026-03-23 13:00"), met=[yolanda.email],
                 thanks={yolanda.email: "st4"}, what="phone screen")
    case.promise("st1", "st3", yolanda.email, "2026-04-06")
    case.expect("callback", "st1", yolanda.email,
                "'a decision ... will be made within the next two weeks' from Mon Mar 23 (to "
                "Mon Apr 6; Fri Apr 3 gives the same answer); no word from Sterling; due end of "
                "Wed Apr 8", promised="2026-04-06")

    # ---- Apex Talent: a recruiter for a role Luis does not want
    add("ap1", kyle, [me], "2026-03-04 11:18", (
        "Hi Luis,\n\nCame across your profile and wanted to reach out. I'm working on a Diesel "
        "Technician opening with a national fleet leasing company in Katy - $38/hr, 4x10s, lots "
        "of OT available, full benefits.\n\nWould you be interested in learning more?"),
        subject="Diesel Tech opportunity - $38/hr + OT - Katy")
    add("ap2", me, [kyle], "2026-03-04 20:40", (
        "Hi Kyle, appreciate it but I'm only looking at supervisor / manager roles right now. "
        "If you get something like that let me know\n\nLuis"), parent="ap1")
    add("ap3", kyle, [me], "2026-03-05 08:03", "Understood! I'll keep you in mind.",
        parent="ap2")
    case.thread("ap1", True, "recruiter", "Apex Talent Group",
                "cold recruiter message for a technician role; Luis declines; nothing owed")

    # ================================================================== NOT JOB SEARCH

    # ---- family
    add("mom1", mom, [me], "2026-03-18 19:30", (
        "Mijo, el domingo 29 le hacemos la comida a tu abuelita, cumple 88. Yo hago el mole y "
        "tu tia Lupe trae el pastel. Llegan a la 1? Dile a Ana que traiga el arroz.\n\n"
        "Bendiciones,\nMama"), subject="cumpleaños de tu abuelita")
    add("mom2", me, [mom], "2026-03-18 21:15", (
        "Si ma, ahi estaremos a la 1. Ana dice que si trae el arroz. Te llamo el sabado para "
        "ver si necesitas algo de la tienda." + IPHONE), parent="mom1")
    add("mom3", mom, [me], "2026-03-19 07:02", (
        "Gracias mijo. Ah, y tu papa dice que le revises la troca, hace un ruido cuando frena. "
        "Te quiero"), parent="mom2")
    case.thread("mom1", False, None, None,
                "his mother, in Spanish; Luis promises to call her Saturday (family)")
    case.own_promise("mom1", "mom2", mom.email, "2026-03-28", job=False)
    case.meeting("mom1", T("2026-03-29 13:00"), None, job=False, what="family lunch")
    case.forbid("mom1", mom.email, "his mother: 'te llamo el sabado' is a promise to family, "
                "never labelled")
    add("mom4", mom, [me, ana], "2026-04-12 16:20", (
        "Aqui estan las fotos de la comida de tu abuelita. Que bonita salio con todos sus "
        "nietos. Besos"), subject="fotos",
        attachments=[("IMG_4471.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 200 + b"\xff\xd9")])
    case.thread("mom4", False, None, None, "photos from his mother")

    add("ana1", ana, [me], "2026-03-05 14:22", (
        "Can u get Sofi from practice today? I have to stay late for inventory. 6:15 at the "
        "fields behind the rec center"), subject="Sofi practice")
    add("ana2", me, [ana], "2026-03-05 14:51", (
        "Yes I got her. Leaving the shop at 5:45" + IPHONE), parent="ana1")
    add("ana3", ana, [me], "2026-03-05 14:53", "thank u!! ❤️", parent="ana2", quote=False)
    case.thread("ana1", False, None, None, "his wife, a school pickup")

    pb = ("Bayou Power & Light\n\nYour bill is ready.\n\nAccount ending 4418\nAmount due: "
          "$212.47\nDue date: April 21, 2026\n\nSign in to view your bill or set up AutoPay.")
    add("pow1", power, [me], "2026-03-31 05:12", pb, html=html_of(pb), html_only=True,
        subject="Your Bayou Power & Light bill is ready", headers=AUTO)
    case.thread("pow1", False, None, None, "utility e-bill")
    add("ana4", ana, [me], "2026-04-01 12:10", (
        "Luis the light bill went up AGAIN $212!! Did u ever look at the AC??\n\n"
        "---------- Forwarded message ---------\nFrom: Bayou Power & Light <ebill@bayoupower.com>"
        "\nDate: Tue, Mar 31, 2026 at 5:12 AM\nSubject: Your Bayou Power & Light bill is ready"
        "\n\nAccount ending 4418\nAmount due: $212.47\nDue date: April 21, 2026"),
        subject="Fwd: Your Bayou Power & Light bill is ready")
    add("ana5", me, [ana], "2026-04-01 12:44", (
        "Ill check the AC filter and the drain line this weekend. Its the attic unit, it was "
        "icing up last summer too" + IPHONE), parent="ana4")
    case.thread("ana4", False, None, None, "his wife forwards the power bill")
    case.own_promise("ana4", "ana5", ana.email, "2026-04-05", job=False)

    add("vero1", vero, [me], "2026-03-02 19:44", (
        "Hermano! Ya tenemos fecha para la quince de Dani: sabado 13 de junio en el salon Las "
        "Palmas en Pasadena. Dani quiere que tu y Ana sean padrinos de pastel. Que dicen?? "
        "Diganme que si porfa"), subject="Quince de Dani")
    add("vero2", me, [vero], "2026-03-02 21:03", (
        "Claro que si hermana, con mucho gusto. Ana ya esta viendo pasteles jaja" + IPHONE),
        parent="vero1")
    add("vero3", vero, [me], "2026-03-02 21:10", (
        "Ayyy gracias!! Dani esta feliz. Luego les paso los detalles del salon"), parent="vero2")
    case.thread("vero1", False, None, None, "his sister, a family party in June")

    add("joel1", joel, [me], "2026-04-06 20:30", (
        "Primo que onda. Ya compramos los boletos, llegamos a Houston el 18/04 en el camion de "
        "las 6 de la manana a la central de la Main y nos regresamos el 26/04. Nos puedes "
        "recoger? Somos 4 con la Ximena.\n\nSaludos a Ana y a los ninos\nJoel"),
        subject="Visita en abril")
    add("joel2", me, [joel], "2026-04-06 21:48", (
        "Claro primo, ahi estare el sabado 18 temprano. Mandame el numero del camion cuando lo "
        "tengas." + IPHONE), parent="joel1")
    case.thread("joel1", False, None, None, "cousin in Monterrey, dates day-first (18/04)")
    case.own_promise("joel1", "joel2", joel.email, "2026-04-18", job=False)

    add("beto1", beto, [me], "2026-04-11 10:05", (
        "Compa tengo 4 boletos para Astros vs Rangers el viernes 4/17, 7:10. Te late? Los "
        "ninos van a querer ir"), subject="Astros viernes")
    add("beto2", me, [beto], "2026-04-11 13:30", (
        "Ay no puedo bro, llega mi primo de Monterrey el sabado temprano y tengo que madrugar. "
        "La proxima!" + IPHONE), parent="beto1")
    case.thread("beto1", False, None, None, "friend, baseball tickets")

    # ---- school, kids
    add("sch1", teacher, [me, ana], "2026-03-09 15:50", (
        "Mr. and Mrs. Ortega,\n\nI'd like to meet with you about Marcos's progress in Math 7. "
        "His last two quiz grades were below 70 and he has three missing assignments. Could "
        "you come in Thursday 3/12 at 3:45 PM? We can meet in the conference room by the front "
        "office.\n\nThank you,"), subject="Marcos - Math 7")
    add("sch2", me, [teacher, ana], "2026-03-09 20:30", (
        "Ms. Lindgren,\n\nThursday 3:45 works, my wife and I will both be there. Thank you for "
        "letting us know.\n\nLuis Ortega"), parent="sch1")
    add("sch3", teacher, [me, ana], "2026-03-12 17:20", (
        "Thank you both for coming in. As discussed, Marcos will attend morning tutorials on "
        "Tuesdays and Thursdays, and I'll send you an update on his progress by Friday 3/27."),
        parent="sch2")
    add("sch4", teacher, [me, ana], "2026-03-26 16:02", (
        "Update: Marcos has come to every tutorial and scored an 86 on Tuesday's quiz. All "
        "missing work is turned in. Please tell him I'm proud of him!"), parent="sch3")
    add("sch5", me, [teacher, ana], "2026-03-26 19:11", (
        "Great news, thank you Ms. Lindgren. We told him at dinner, he was smiling the whole "
        "time.\n\nLuis"), parent="sch4")
    case.thread("sch1", False, None, None,
                "parent-teacher conference Thu Mar 12 15:45-16:15 and the teacher's update, kept")
    case.meeting("sch1", T("2026-03-12 15:45"), T("2026-03-12 16:15"),
                 met=[teacher.email], job=False, what="parent-teacher conference")
    case.promise("sch1", "sch3", teacher.email, "2026-03-27", job=False)

    t = ("WILDCAT WEEKLY - April 10, 2026\n\n- STAAR testing: Math 7 on Tuesday 4/21. Please make "
         "sure students get a good night's sleep.\n- Spring Band Concert Thursday 4/23, 6:30 PM, "
         "cafeteria.\n- Yearbooks on sale through 4/30.\n- Parent-Teacher Organization meeting "
         "Monday 4/20 at 6 PM in the library.")
    add("schn", schoolnews, [me], "2026-04-10 15:00", t, html=html_of(t),
        subject="Wildcat Weekly - April 10",
        headers=bulk_headers("<wildcat-weekly.braysbayouisd.org>",
                             "https://braysbayouisd.org/unsubscribe"))
    case.thread("schn", False, None, None, "school newsletter")

    add("coach1", coach, [me], "2026-04-02 18:22", (
        "Hi parents! Practice moves to THURSDAY this week because the field lights are being "
        "fixed. Same time 6-7:30. Game Saturday 9am at Field 4, white jerseys. Snacks: the "
        "Ortega family 😊\n\nCoach Adriana"), subject="U12 Dynamo - practice change + snacks")
    case.thread("coach1", False, None, None, "daughter's soccer coach")

    t = ("LIGA DE SOFTBOL NORTHSIDE - Temporada Primavera 2026\n\nJornada 1: domingo 5 de abril\n"
         "Jornada 2: domingo 12 de abril\nJornada 3: domingo 19 de abril\n\nLos Mecanicos vs "
         "Halcones, 10:00 am, Campo 2 (Parque Moody). Cuota de $40 por jugador antes del 5 de "
         "abril.")
    add("liga1", liga, [me], "2026-03-25 22:15", t, subject="Calendario Primavera 2026",
        headers=bulk_headers("<equipos.ligasoftbolnorthside.org>",
                             "https://ligasoftbolnorthside.org/baja"))
    case.thread("liga1", False, None, None, "softball league schedule, Spanish")
    t = ("Por la lluvia, la jornada del domingo 12 de abril se reprograma para el sabado 2 de "
         "mayo, mismo horario. Los Mecanicos vs Halcones sigue en Campo 2.")
    add("liga2", liga, [me], "2026-04-11 20:40", t, subject="Juegos reprogramados - lluvia",
        headers=bulk_headers("<equipos.ligasoftbolnorthside.org>",
                             "https://ligasoftbolnorthside.org/baja"))
    case.thread("liga2", False, None, None, "softball rain-out notice")

    # ---- DOT physical
    ics = make_ics(method="PUBLISH", uid=uid_uuid("workwell", "ortega", "dot"),
                   stamp=T("2026-03-11 09:30"), start=T("2026-03-14 09:00"),
                   end=T("2026-03-14 09:45"), summary="DOT Physical - WorkWell North Houston",
                   organizer=clinic, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   tzid="America/Chicago",
                   location="WorkWell Occupational Health, 9420 North Fwy Ste 120",
                   prodid="-//WorkWell//Scheduler 3.1//EN")
    t = ("Hello Luis,\n\nYour appointment is confirmed.\n\nService: DOT Physical (CDL Medical "
         "Exam)\nDate: Saturday, March 14, 2026\nTime: 9:00 AM\nLocation: WorkWell North "
         "Houston, 9420 North Fwy Ste 120\n\nPlease arrive 15 minutes early with your driver's "
         "license, glasses or hearing aids if you use them, and a list of your medications. "
         "Reply C to confirm or call 713-555-0155 to reschedule.")
    add("cl1", clinic, [me], "2026-03-11 09:30", t, html=html_of(t), ics=ics, ics_mode="publish",
        subject="Appointment Confirmation - DOT Physical - Sat, Mar 14, 9:00 AM", headers=AUTO)
    case.thread("cl1", False, None, None, "DOT physical appointment (ICS PUBLISH)")
    case.meeting("cl1", T("2026-03-14 09:00"), T("2026-03-14 09:45"), job=False,
                 what="DOT physical")
    case.forbid("cl1", clinic.email, "a medical appointment, not job search")
    t = ("Thank you for visiting WorkWell North Houston.\n\nYour Medical Examiner's Certificate "
         "(Form MCSA-5876) is attached and is valid for 2 years. Please give a copy to your "
         "employer.\n\nIf any urinalysis result needs follow-up, a provider will review it with "
         "you by phone within 5 business days.")
    add("cl2", clinic_r, [me], "2026-03-14 11:48", t, html=html_of(t),
        subject="Your WorkWell visit summary", headers=AUTO,
        attachments=[("MCSA-5876_Ortega.pdf", "application/pdf",
                      make_pdf(["Medical Examiner's Certificate", "Luis A. Ortega",
                                "Expires 03/14/2028"]))])
    case.thread("cl2", False, None, None, "visit summary and medical certificate")
    case.promise("cl2", "cl2", clinic_r.email, "2026-03-20", job=False)

    # ---- current job: Almeda Motors Chevrolet
    ics = make_ics(method="REQUEST", uid=uid_outlook("almeda", "safety", "lifts"),
                   stamp=T("2026-03-02 16:40"), start=T("2026-03-03 07:30"),
                   end=T("2026-03-03 08:00"), summary="Shop safety mtg - new lift inspections",
                   organizer=rick,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Hector Salinas", "hsalinas@almedamotors.com"), "NEEDS-ACTION",
                               "INDIVIDUAL"),
                              (("Service Techs", "servicetechs@almedamotors.com"), "NEEDS-ACTION",
                               "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Shop - bay 12",
                   description="Rotary inspector walked the lifts Friday. Going over the "
                               "lockout tags and the new daily checklist. Coffee and kolaches.",
                   prodid="Microsoft Exchange Server 2010")
    add("al_s1", rick, [me], "2026-03-02 16:40",
        "Rotary inspector walked the lifts Friday. Going over the lockout tags and the new daily "
        "checklist. Coffee and kolaches.", sig=False, ics=ics, ics_mode="outlook",
        subject="Shop safety mtg - new lift inspections")
    case.thread("al_s1", False, None, None, "safety meeting at his current job")
    case.meeting("al_s1", T("2026-03-03 07:30"), T("2026-03-03 08:00"), job=False,
                 what="shop safety meeting")

    for key, day, wk, hrs, eff in (("al_r1", "2026-03-09 05:00", "3/7/2026", "61.4", "128%"),
                                   ("al_r2", "2026-04-06 05:00", "4/4/2026", "57.9", "121%")):
        t = ("Weekly Technician Efficiency Report\nWeek ending %s\n\nTech: 4471 ORTEGA, LUIS\n"
             "Flagged hours: %s\nClock hours: 47.8\nEfficiency: %s\nComebacks: 0\n\nThis report "
             "was generated automatically by the dealer management system." % (wk, hrs, eff))
        add(key, dms, [me], day, t, html=html_of(t), html_only=True,
            subject="Weekly Technician Efficiency Report - week ending %s" % wk, headers=AUTO)
        case.thread(key, False, None, None, "automated flat-rate report from work")

    add("al_i1", rick, [me], "2026-04-07 10:15", (
        "Luis,\n\nCan you sit in on an interview Friday at 11? Kid from UTI, Jaylen Brooks, "
        "applied for the lube tech opening. Resume attached (his email is "
        "jaylen.brooks04@gmail.com if you need it). I want your read on his hands-on stuff. "
        "I'll send an invite."), subject="Lube tech interview Fri",
        attachments=[("Jaylen_Brooks_Resume.pdf", "application/pdf", JAYLEN_PDF)])
    add("al_i2", me, [rick], "2026-04-07 12:02", (
        "Yeah I can do it. Ill have Hector cover my bay for the half hour" + IPHONE),
        parent="al_i1")
    ics = make_ics(method="REQUEST", uid=uid_outlook("almeda", "lube tech", "brooks"),
                   stamp=T("2026-04-07 12:30"), start=T("2026-04-10 11:00"),
                   end=T("2026-04-10 11:30"), summary="Interview - Lube Tech - Jaylen Brooks",
                   organizer=rick, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Service Manager office",
                   description="Candidate: Jaylen Brooks (UTI 2025). Luis to do the hands-on "
                               "walkaround in bay 3.",
                   prodid="Microsoft Exchange Server 2010")
    add("al_i3", rick, [me], "2026-04-07 12:30", "Candidate: Jaylen Brooks (UTI 2025). Luis to do "
        "the hands-on walkaround in bay 3.", sig=False, ics=ics, ics_mode="outlook",
        parent="al_i2", quote=False, subject="Interview - Lube Tech - Jaylen Brooks")
    add("al_i4", rick, [me], "2026-04-10 14:20", (
        "Thanks for sitting in. I'm going to make him an offer, he can start the 20th on "
        "lube/tire under you."), parent="al_i3", sig=False)
    case.thread("al_i1", False, None, None,
                "Luis sits in on a lube-tech interview at his own dealership (hiring side)")
    case.meeting("al_i1", T("2026-04-10 11:00"), T("2026-04-10 11:30"), met=[rick.email],
                 job=False, what="interview of a candidate at his current job")
    case.forbid("al_i1", rick.email, "his own service manager; Luis was on the hiring side of "
                "this interview, not job search")

    add("al_p1", deshawn, [me], "2026-04-13 10:47", (
        "Luis, transfer case for the Tahoe on RO 418822 is on national backorder. GM says ETA "
        "Thursday 4/16. I'll call you when it lands so you can get it back on the lift. "
        "Customer has been calling Kayla every day."),
        subject="RO 418822 - Tahoe transfer case backorder", cc=[kayla])
    add("al_p2", me, [deshawn], "2026-04-13 11:20", (
        "Ok. Call me the minute it hits the dock. Tell Kayla to offer the customer a loaner"
        + IPHONE), parent="al_p1", cc=[kayla])
    add("al_p3", kayla, [me, deshawn], "2026-04-13 11:31", (
        "Already done, he's in a Malibu. I'll follow up with him Thursday once parts confirms."),
        parent="al_p2")
    case.thread("al_p1", False, None, None,
                "parts backorder at his current job; 'I'll call you when it lands', ETA Thu 4/16")
    case.promise("al_p1", "al_p1", deshawn.email, "2026-04-16", job=False)
    case.promise("al_p1", "al_p3", kayla.email, "2026-04-16", job=False)
    case.forbid("al_p1", deshawn.email, "a parts ETA at his current job, not job search")

    add("al_c1", kayla, [me], "2026-03-31 08:12", (
        "Luis, Mr. Hargrove is back with the 2019 Silverado 2500HD, P0201 injector code again 3 "
        "weeks after we did the #1 injector. He has an appointment Thursday 7:30am. Can you "
        "take it first thing? I told him we'd call him by noon with a diagnosis."),
        subject="Comeback - 2019 Silverado 2500HD - RO 417903")
    add("al_c2", me, [kayla], "2026-03-31 09:02", (
        "Yeah put it on my schedule first thing thurs. Probably the harness, I saw chafing by "
        "the valve cover last time. Ill follow up with you once I scope it" + IPHONE),
        parent="al_c1")
    add("al_c3", kayla, [me], "2026-04-02 12:40", (
        "Customer approved the harness repair, parts ordered. Thx Luis!"), parent="al_c2",
        sig=False)
    case.thread("al_c1", False, None, None, "a comeback repair at his current job")
    case.promise("al_c1", "al_c1", kayla.email, "2026-04-02", job=False)

    add("tp1", danny, [me], "2026-03-24 16:30", (
        "Luis - weekly on your account is $45, balance $1,212.80. I'll be at Almeda Thursday "
        "around 10 with your torque wrench back from calibration.\n\nDanny\nToolPro Mobile"),
        subject="torque wrench + weekly")
    add("tp2", me, [danny], "2026-03-24 17:05", (
        "Ok leave it with Hector if I'm out on a road test" + IPHONE), parent="tp1")
    case.thread("tp1", False, None, None, "his tool-truck dealer")
    case.promise("tp1", "tp1", danny.email, "2026-03-26", job=False)

    # ---- certification
    t = ("Luis,\n\nYour ASE certifications A1, A4, A5 and A8 expire on June 30, 2026. "
         "Recertification tests are available year-round at secure test centers. Schedule "
         "early to keep your Master Technician status.\n\nASE - National Institute for "
         "Automotive Service Excellence")
    add("ase1", ase, [me], "2026-03-03 09:00", t, html=html_of(t), html_only=True,
        subject="Your ASE certifications expire June 30, 2026", headers=AUTO)
    case.thread("ase1", False, None, None, "certification reminder")
    t = ("Your test appointment is confirmed.\n\nTest: L1 Advanced Engine Performance "
         "(Recertification)\nDate: Saturday, April 25, 2026\nTime: 8:00 AM CDT\nTest center: "
         "Houston North, 250 N Sam Houston Pkwy E Ste 310\nConfirmation #: 7742-0913-5581\n\n"
         "Bring one valid government-issued photo ID. Arrive 30 minutes early.")
    add("ase2", ase, [me], "2026-03-27 22:41", t, html=html_of(t), html_only=True,
        subject="Test appointment confirmed: L1 Advanced Engine Performance - Apr 25, 2026",
        headers=AUTO)
    case.thread("ase2", False, None, None, "ASE test appointment Apr 25")
    case.meeting("ase2", T("2026-04-25 08:00"), None, status="scheduled", job=False,
                 what="ASE test")

    # ---- job boards and union mail (owe nothing)
    alerts = [
        ("fw1", "2026-03-02 06:30", "5 new jobs for \"fleet maintenance supervisor\" near Houston, TX",
         "Fleet Maintenance Supervisor - Lone Star Disposal - Pasadena, TX - $72K-$85K\n"
         "Shop Foreman - Sunbelt Crane Services - Baytown, TX\nService Manager - Ryland Truck "
         "Leasing - Houston, TX\nFleet Manager - Harris Bay Transit - Houston, TX\nDiesel "
         "Mechanic Lead - Gulf Coast Freightways - Channelview, TX\n\nApply now - employers are "
         "reviewing applications this week!"),
        ("fw2", "2026-03-16 06:30", "New: Maintenance Manager at Ship Channel Drayage and 7 more",
         "Maintenance Manager - Ship Channel Drayage LLC - La Porte, TX - Posted 2 days ago\n"
         "Fleet Maintenance Supervisor - Sterling Waste & Recycling - Houston, TX\nFleet Services "
         "Supervisor - Gulf Bay County - Houston, TX - $68,412-$81,900\nShop Supervisor - Tejas "
         "Tank Lines - Baytown, TX\n\nYour profile is 80% complete. Add certifications to stand "
         "out to recruiters."),
        ("fw3", "2026-04-13 06:30", "Jobs you may have missed: Service Manager, Fleet Supervisor",
         "Service Manager - Pinnacle Fleet Solutions - Conroe, TX\nFleet Supervisor (Nights) - "
         "Bayport Beverage Distributors - Pasadena, TX - Filled\nRegional Fleet Maintenance "
         "Manager - Coastway Car Rental - Houston, TX\n\nFollow up on your applications: "
         "employers are 3x more likely to call back candidates who follow up."),
    ]
    for key, when, subj, body in alerts:
        t = "Hi Luis,\n\n" + body + "\n\nManage alerts | Unsubscribe\nFleetWorks Jobs, Dallas TX"
        add(key, fleetworks, [me], when, t, html=html_of(t), subject=subj,
            headers=dict(bulk_headers("<alerts.fleetworksjobs.com>",
                                      "https://fleetworksjobs.com/u/alerts"), **AUTO))
        case.thread(key, False, None, None, "job-board alert")
    t = ("Recommended for you\n\nFleet Maintenance Manager - Harris Bay Transit - Houston, TX\n"
         "Automotive Service Manager - Bellaire Ford - Bellaire, TX\nFleet Shop Supervisor - "
         "Metro Uniform Services - Houston, TX\n\nOne-click apply with your HireLine profile. "
         "Schedule an interview directly from the app!")
    add("hl1", hireline, [me], "2026-03-30 07:15", t, html=html_of(t), html_only=True,
        subject="Luis, 3 new service manager jobs match your search",
        headers=dict(bulk_headers("<recs.hireline.com>", "https://hireline.com/unsub"), **AUTO))
    case.thread("hl1", False, None, None, "job-board alert")
    t = ("LODGE 1124 JOB BOARD - week of March 23\n\nSHOP SUPERVISOR - Tejas Tank Lines, Baytown "
         "terminal. Tanker fleet, 110 tractors. Days. Must have 5+ yrs heavy/medium duty, "
         "supervisory experience preferred, Class A a plus. Union shop.\n\nDIESEL TECH II - Harbor "
         "Crane & Rigging, La Porte. Nights, $36/hr.\n\nMembers: see Brother Ruben Salinas at "
         "the hall for referrals. Dues must be current.")
    add("lj1", lodge, [me], "2026-03-23 06:00", t, subject="Lodge 1124 Job Board - week of March 23",
        headers=bulk_headers("<jobboard.lodge1124.org>", "https://lodge1124.org/lists/jobboard"))
    case.thread("lj1", False, None, None, "union job board posting list")
    t = ("GENERAL MEMBERSHIP MEETING\nTuesday, April 14, 7:00 PM, Lodge Hall, 2102 Navigation "
         "Blvd\n\nAgenda: contract update, apprenticeship program, scholarship applications "
         "(due May 1). Food served at 6:30.\n\nIn solidarity,\nMachinists Lodge 1124")
    add("ln1", lodge_news, [me], "2026-04-06 08:00", t,
        subject="Lodge 1124 - General Membership Meeting April 14",
        headers=bulk_headers("<members.lodge1124.org>", "https://lodge1124.org/lists/members"))
    case.thread("ln1", False, None, None, "union meeting notice")
    case.meeting("ln1", T("2026-04-14 19:00"), T("2026-04-14 21:00"), status="announced",
                 job=False, what="union membership meeting (announcement)")

    # ---- receipts, bank, newsletters, social
    t = ("Your order has shipped!\n\nOrder #GD-5584120\n- Mechanix M-Pact gloves, XL (2) "
         "$49.98\n- Milwaukee M12 LED underhood light $89.00\n\nCarrier: UPS, arriving Saturday, "
         "April 11.")
    add("gear1", gear, [me], "2026-04-09 14:05", t, html=html_of(t), html_only=True,
        subject="Your Gear Depot order has shipped", headers=AUTO)
    case.thread("gear1", False, None, None, "order shipped")
    t = ("Your March statement for Share Draft ****2290 is ready to view in online banking.\n\n"
         "Texas Gulf Credit Union")
    add("cu1", cu, [me], "2026-03-20 06:00", t, html=html_of(t), html_only=True,
        subject="Your eStatement is ready", headers=AUTO)
    case.thread("cu1", False, None, None, "credit union statement")
    for key, when, subj, body in (
            ("fmi1", "2026-03-10 05:45", "PM compliance: why your intervals are wrong",
             "This week: moving from mileage-based to engine-hour PMs; what a 95% PM compliance "
             "number hides; and a shop supervisor's checklist for the first 90 days."),
            ("fmi2", "2026-04-07 05:45", "Technician shortage: what fleets are paying in 2026",
             "This week: a salary survey of 1,100 fleet shops; how one waste hauler cut road "
             "calls 22%; and five interview questions to ask a fleet maintenance candidate.")):
        t = body + "\n\nRead more at fleetmaintinsider.com\nYou are receiving this because you "\
            "subscribed. Unsubscribe."
        add(key, fmi, [me], when, t, html=html_of(t), subject=subj,
            headers=bulk_headers("<weekly.fleetmaintinsider.com>",
                                 "https://fleetmaintinsider.com/unsub"))
        case.thread(key, False, None, None, "trade newsletter")
    for key, when, subj, body in (
            ("pl1", "2026-03-26 18:00", "You appeared in 9 searches this week",
             "Recruiters at staffing firms and transportation companies searched for people like "
             "you. Update your headline to get noticed."),
            ("pl2", "2026-04-09 18:00", "Crystal Nguyen and 3 others viewed your profile",
             "See who's looking at your profile. Try Premium free for one month.")):
        t = "Luis,\n\n" + body + "\n\nProLink Corporation"
        add(key, prolink, [me], when, t, html=html_of(t), html_only=True, subject=subj,
            headers=AUTO)
        case.thread(key, False, None, None, "professional network notification")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
