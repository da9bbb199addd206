#!/usr/bin/env python3
"""Sealed case: Greg Kowalczyk, CPA, laid-off assistant controller looking for a controller
role in Chicago through staffing agencies, contract-to-hire recruiters and his network."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

CHI = "America/Chicago"
MS_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EX_PRODID = "Microsoft Exchange Server 2010"

GREG_SIG = """Best regards,

Gregory J. Kowalczyk, CPA
Downers Grove, IL
Mobile: (630) 555-0147
greg.kowalczyk@outlook.com
"""

RESUME = make_pdf([
    "Gregory J. Kowalczyk, CPA",
    "Downers Grove, IL | (630) 555-0147 | greg.kowalczyk@outlook.com",
    "",
    "Assistant Controller, Hollis Precision Components, Elk Grove Village, IL, 2014-2026",
    "- Led the monthly close and consolidation of three manufacturing entities ($240M revenue)",
    "- Owned standard cost accounting, inventory reserves and the annual external audit",
    "- Led the finance workstream of a 2022 ERP conversion (Epicor to NetSuite)",
    "Accounting Manager, Hollis Precision Components, 2009-2014",
    "Senior Accountant, Ferrante Brothers Foods, 2001-2009",
    "Audit Senior, Baird & Lindqvist LLP, 1995-2001",
    "B.S. Accountancy, St. Casimir College, 1995. Certified Public Accountant, Illinois",
])


def build():
    now_s = "2026-04-15 10:00"
    case = Case(
        "accountant-chicago",
        "Laid-off assistant controller (CPA) in the Chicago suburbs looking for a controller "
        "role through agencies, contract-to-hire recruiters and his network",
        {"name": "Gregory Kowalczyk", "emails": ["greg.kowalczyk@outlook.com"],
         "phone": "+1 630 555 0147", "timezone": CHI},
        None, "")
    me = Person("Gregory Kowalczyk", "greg.kowalczyk@outlook.com", CHI, "outlook", GREG_SIG)
    case.me = me
    case.now = case.at(now_s)
    at = case.at

    def P(name, email, style="outlook", sig=None, tz=CHI, **kw):
        return Person(name, email, tz, style, sig, **kw)

    def A(name, email, domain=None):
        return Person(name, email, CHI, "auto", None, auto=True, msgid_domain=domain)

    resume = ("Kowalczyk_Gregory_Resume_2026.pdf", "application/pdf", RESUME)

    # ------------------------------------------------------------------ people
    brittany = P("Brittany Schultz", "bschultz@callowaystaffing.com", sig=(
        "Brittany Schultz | Senior Recruiter, Finance & Accounting\n"
        "Calloway Finance & Accounting Staffing\n"
        "D: 312.555.0183 | bschultz@callowaystaffing.com\n"
        "222 W. Adams St., Suite 1900, Chicago, IL 60606"))
    marcus = P("Marcus Webb", "mwebb@callowaystaffing.com", sig=(
        "Marcus Webb\nManaging Recruiter – Manufacturing & Distribution\n"
        "Calloway Finance & Accounting Staffing\nO: 312.555.0191 | C: 773.555.0138"))
    tasha = P("Tasha Morgan", "tmorgan@callowaystaffing.com", sig=(
        "Tasha Morgan\nContract Services Recruiter | Calloway Finance & Accounting Staffing\n"
        "312.555.0174"))
    dave = P("Dave Lindgren", "dave@keystoneinterim.com", "gmail", sig=(
        "--\nDave Lindgren | Partner\nKeystone Interim Partners\n"
        "Interim & contract-to-hire finance leadership\nm. 630.555.0162"))
    ashley = P("Ashley Romero", "aromero@northfieldpkg.com", sig=(
        "Ashley Romero\nTalent Acquisition Partner\nNorthfield Packaging, Inc.\n"
        "2100 Waukegan Rd, Northbrook, IL 60062 | 847.555.0144"))
    kevin = P("Kevin O'Donnell", "kodonnell@northfieldpkg.com")
    workday_nf = A("Northfield Packaging", "northfieldpkg@myworkday.com", "myworkday.com")
    patricia = P("Patricia Ocampo", "pocampo@duravent.com", sig=(
        "Patricia Ocampo\nTalent Acquisition Manager | Duravent Industries\n"
        "630.555.0152 | pocampo@duravent.com"))
    richard = P("Richard Haas", "rhaas@duravent.com", sig=(
        "Richard Haas\nChief Financial Officer\nDuravent Industries, Inc."))
    elena = P("Elena Marchetti", "emarchetti@duravent.com")
    tom = P("Tom Brandt", "tbrandt@duravent.com")
    room = ("ITA-2F Boardroom (14) AV", "ita-2f-boardroom@duravent.com")
    donna = P("Donna Reyes", "dreyes@halvorsenplastics.com", sig=(
        "Donna Reyes\nExecutive Assistant to the CFO\nHalvorsen Plastics, Inc.\n847.555.0120"))
    mark = P("Mark Dunleavy", "mdunleavy@halvorsenplastics.com", sig=(
        "Mark Dunleavy | Chief Financial Officer\nHalvorsen Plastics, Inc. | Elgin, IL\n"
        "847.555.0121"))
    sharon = P("Sharon Ekberg", "sharon.ekberg@tollwaylogistics.com", "gmail")
    don = P("Don Schaefer", "dschaefer@prairieharvest.coop", sig=(
        "Don Schaefer\nCFO & General Manager\nPrairie Harvest Cooperative\n"
        "Mendota, IL | 815.555.0133"))
    icims = A("Riverbend Foods Careers", "no-reply@talent.icims.com", "talent.icims.com")
    sandra = P("Sandra Kim", "sandra.kim@riverbendfoods.com", "gmail", sig=(
        "Sandra Kim\nSenior Recruiter, Corporate Functions\nRiverbend Foods\n"
        "(708) 555-0129"))
    karen = P("Karen Whitfield", "kwhitfield@stcasimir.edu", "gmail", sig=(
        "Karen Whitfield\nAssociate Director, Alumni Career Network\nSt. Casimir College\n"
        "312.555.0117"))
    janet = P("Janet Pruitt", "jpruitt@lakesidemercy.org", sig=(
        "Janet Pruitt, CPA\nVice President & Controller\nLakeside Mercy Health System\n"
        "630.555.0186"))
    kimberly = P("Kimberly Dorsey", "kdorsey@orlandfasteners.com", sig=(
        "Kimberly Dorsey | HR Generalist\nOrland Fasteners Corp. | 708.555.0148"))
    monica = P("Monica Tate", "monica.tate@crestlinecomponents.com", "gmail",
               tz="America/New_York", sig=(
        "Monica Tate\nTalent Partner | Crestline Components\nCharlotte, NC | 704.555.0155"))
    greenhouse = A("Crestline Components", "no-reply@greenhouse.io", "greenhouse.io")
    workday_lv = A("Lakeview Foods Talent Acquisition", "lakeviewfoods@myworkday.com",
                   "myworkday.com")
    diane = P("Diane Kowalczyk", "dianekowalczyk@comcast.net", "webmail")
    ron = P("Ron Terhune", "ron.terhune@gmail.com", "gmail")
    debra = P("Debra Wojcik", "dwojcik@hollisprecision.com", sig=(
        "Debra Wojcik, SPHR\nHR Manager | Hollis Precision Components\n"
        "1100 Touhy Ave., Elk Grove Village, IL 60007 | 847.555.0110"))
    cobra = A("BenefitBridge COBRA Services", "noreply@benefitbridge.com")
    paytrack = A("PayTrack Employee Self Service", "no-reply@paytrack-ess.com")
    ides = A("Illinois Department of Employment Security", "noreply@ides.illinois.gov")
    bursar = A("Bradwell University Student Accounts", "studentaccounts@bradwell.edu")
    katie = P("Katie Kowalczyk", "katiekowalczyk04@gmail.com", "gmail")
    maria = P("Maria Delgado", "mdelgado@bradwell.edu", sig=(
        "Maria Delgado\nAssociate Director, Office of Student Financial Aid\n"
        "Bradwell University | 414.555.0176"))
    lisa = P("Lisa Hoffmann", "lhoffmann@prairiemgmt.com", sig=(
        "Lisa Hoffmann, CMCA\nCommunity Manager – Fox Run Homeowners Association\n"
        "Prairie Management Group | 630.555.0108"))
    barbara = P("Barbara Nowicki", "bnowicki@stflorianparish.org", "gmail")
    parish = A("St. Florian Parish / Parafia św. Floriana", "bulletin@stflorianparish.org")
    aga = Person("Agnieszka Kowalczyk", "aga.kowalczyk@wp.pl", "Europe/Warsaw", "webmail",
                 locale="pl")
    silver = A("Silver Harbor Health Plans", "news@silverharborhealth.com")
    linda = P("Linda Moreno", "lindamoreno62@yahoo.com", "webmail")
    steve = P("Steve Pawlak", "spawlak23@gmail.com", "gmail")
    jim = P("Jim Krause", "jimkrause.hawks@gmail.com", "gmail")
    tony = P("Tony Russo", "trusso@russoplumbing.net", "webmail")
    rich_k = P("Rich Kaminski", "rkaminski77@gmail.com", "gmail")
    gridiron = A("GridironHQ", "notifications@gridironhq.com")
    aicpa = A("AICPA & CIMA", "newsletters@aicpa-cima.com")
    zoom = A("Illinois CPA Society", "no-reply@zoom.us", "zoom.us")
    finjobs = A("FinJobs Chicago", "alerts@finjobschicago.com")
    prolink = A("ProLink Jobs", "jobs-noreply@prolink.com")
    doctor = A("DuPage Family Medicine", "appointments@dupagefamilymed.com")
    phil = P("Phil Duda", "philduda71@gmail.com", "gmail")
    gas = A("Northern Lakes Gas", "ebill@northernlakesgas.com")

    add = case.add

    # ================================================================== JOB SEARCH

    # ---- Calloway (1): Brittany, phone screen, hand-over to Marcus
    add("c1a", brittany, [me], "2026-02-24 09:15", """Hi Greg,

I came across your profile in our candidate portal and wanted to reach out. I'm a senior recruiter on Calloway's finance & accounting team, and we're seeing a lot of demand right now for controllers and assistant controllers with manufacturing backgrounds in the Chicago area – several of our clients are open to contract-to-hire as well as direct hire.

Would you have some time this week to connect so I can learn more about what you're looking for?

Thanks so much!""", subject="Controller opportunities – Calloway Finance & Accounting Staffing")
    add("c1b", me, [brittany], "2026-02-24 13:40", """Dear Ms. Schultz,

Thank you for reaching out regarding controller opportunities with Calloway's clients. I would welcome the chance to speak with you.

By way of background, until last month I was Assistant Controller at Hollis Precision Components in Elk Grove Village, where for the past eleven years I oversaw the monthly close and consolidation of three manufacturing entities, our standard cost accounting, and the annual audit. My position was eliminated in February as part of a corporate restructuring. I hold an active Illinois CPA license and began my career in assurance at a regional firm.

I am primarily interested in Controller or Corporate Controller roles in the Chicago area, ideally with manufacturers or distributors, and I am open to a contract-to-hire arrangement with the right organization. My resume is attached for your reference.

I am available on weekdays between 8:00 a.m. and 5:00 p.m. Central; please let me know what time suits you.""",
        parent="c1a", attachments=[resume])
    add("c1c", brittany, [me], "2026-02-25 08:50", """Thanks so much Greg, this is really helpful! I'll give you a ring Thursday at 10:30 – does that work? I'll use the cell number on your resume.""",
        parent="c1b")
    add("c1d", me, [brittany], "2026-02-25 09:30", """Brittany,

Thursday, February 26 at 10:30 a.m. works well for me. I will watch for your call on my mobile.""",
        parent="c1c")
    add("c1e", me, [brittany], "2026-02-26 13:15", """Brittany,

Thank you for your time on the phone this morning and for the candid overview of the market. I appreciated your perspective on how clients are using contract-to-hire arrangements for controller searches, and I was encouraged by the range of companies you mentioned.

As we discussed, my priorities are a controller role with a manufacturer or distributor within a reasonable commute of Downers Grove, and a team where I can be hands-on with the close and the audit. I would be glad to be considered for either direct-hire or contract-to-hire positions.

Please do not hesitate to contact me if any additional information would be helpful.""",
        parent="c1d")
    add("c1f", brittany, [me], "2026-03-03 10:20", """Hi Greg,

I wanted to let you know that I'm moving over to lead our new healthcare revenue cycle desk starting next week, so I'm handing you off to my colleague Marcus Webb (cc'd), who covers our manufacturing and distribution clients across Chicagoland. Marcus has my notes from our call and your resume, and honestly he's the best person on our team for the roles you're targeting.

It was a pleasure working with you, and best of luck!""", parent="c1e", cc=[marcus])
    add("c1g", marcus, [me], "2026-03-03 11:05", """Hi Greg,

Great to e-meet you, and thanks for the intro, Brittany. I've gone through Brittany's notes and your resume – the multi-entity close and standard cost experience is exactly what our manufacturing clients keep asking for. I'll reach out as soon as I have something that lines up with what you're looking for.

Talk soon,""", parent="c1f", cc=[brittany])
    add("c1h", me, [marcus], "2026-03-03 14:30", """Brittany and Marcus,

Brittany, thank you for your help over the past week and best wishes with the new healthcare desk.

Marcus, I look forward to working with you. For your records, my preferred commute radius is roughly 35 miles from Downers Grove, and my target base compensation is in the $150,000 to $170,000 range, with flexibility for the right role.""",
        parent="c1g", cc=[brittany])

    # ---- Calloway (2): Marcus, contract-to-hire role
    add("c2a", marcus, [me], "2026-03-24 10:05", """Good morning Greg,

Hope you're doing well. I have something that I think fits you very well: a family-owned specialty bakery manufacturer in Elk Grove Village is looking for a Controller on a contract-to-hire basis (roughly 4 months on contract, then conversion). The role reports to the CFO, manages a team of five, and they're in the middle of tightening up their standard costing and inventory reserves ahead of a lender audit. Contract rate is $80-85/hr, and they're targeting $160-170K base on conversion.

Would you be around tomorrow afternoon? I can call you at 3:00 and walk you through it.""",
        subject="Contract-to-hire Controller – food manufacturer, Elk Grove Village")
    add("c2b", me, [marcus], "2026-03-24 11:20", """Marcus,

This opportunity sounds very interesting, particularly given my background in standard costing and lender reporting at Hollis. Tomorrow, March 25 at 3:00 p.m. works well for me; my mobile number is (630) 555-0147.

In the meantime, I would appreciate it if you could send along a copy of the job description if the client has provided one.""",
        parent="c2a")
    add("c2c", me, [marcus], "2026-03-25 17:10", """Marcus,

Thank you for taking the time this afternoon to walk me through the Elk Grove Village opportunity. The client's situation, a lender audit approaching and a costing model that has not kept pace with the product mix, is very similar to what I addressed at Hollis in 2019, and I would be glad to be submitted.

As you suggested, I have attached an updated version of my resume that places the inventory reserve and costing work more prominently. I confirm that I am comfortable with the contract rate you described and with the four-month conversion period.""",
        parent="c2b", attachments=[resume])
    add("c2d", marcus, [me], "2026-04-01 11:30", """Hi Greg,

Quick update: I submitted you to the client on Monday with a strong write-up. Their CFO is reviewing this week along with two other candidates from our desk and one from another firm. I expect to hear back from them by Wednesday the 8th, and I'll update you as soon as I do.

Thanks for your patience,""", parent="c2c")

    # ---- Calloway (3): Tasha, interim month-end close assignment
    add("c3a", tasha, [me], "2026-04-09 14:00", """Hi Greg,

I'm on Calloway's contract services team (I sit right next to Marcus). I have a Schaumburg distributor that needs an experienced interim to cover their month-end close for about 12 weeks starting April 27 while their controller is out on leave. It's a hands-on seat: close calendar, account reconciliations, flux review, and supporting the Q2 review with their auditors. Pay is $72/hr, W-2 through Calloway.

Would you be open to something like that while your permanent search continues? Happy to share more details.""",
        subject="Interim month-end close support – Schaumburg – 12 weeks")
    add("c3b", me, [tasha], "2026-04-10 08:30", """Tasha,

I appreciate you thinking of me for this assignment. In principle, I would be open to a 12-week interim engagement, provided the schedule leaves some flexibility for interviews that are already in progress.

Before committing, I would like to understand the expected weekly hours, whether any portion of the work may be performed remotely, and which ERP system the client uses. I would also be glad to review the close calendar if the client is able to share it.""",
        parent="c3a")
    add("c3c", tasha, [me], "2026-04-10 09:15", """Great, Greg! They're on Microsoft Dynamics GP. Hours are 8-5, onsite Monday to Thursday and remote Fridays, and they're fine with you stepping out for interviews as long as the close calendar is covered.

Let me give you a ring Thursday morning to go through the rest – would 8:30 work?""",
        parent="c3b")
    add("c3d", me, [tasha], "2026-04-10 09:40", """Tasha,

Thursday, April 16 at 8:30 a.m. is fine. I will expect your call on my mobile.""",
        parent="c3c")

    # ---- Keystone Interim Partners: Dave, Cardinal Supply call moved twice
    add("k1", dave, [me], "2026-03-16 09:40", """Hi Greg,

Dave Lindgren here with Keystone Interim Partners - we place interim and contract-to-hire finance leaders around Chicagoland. Your background at Hollis caught my eye (multi-entity close, standard cost, audit lead).

I have a client, a PE-backed industrial distributor in Bolingbrook, looking for a Controller on a 6 month contract-to-hire basis. $70-75/hr on contract, $150-165K base on conversion. Their current controller left abruptly and the sponsor wants someone steady in the seat before their Q2 bank covenant reporting.

Any chance you're open to that kind of structure? Happy to tell you more over the phone.

Dave""", subject="Interim-to-perm Controller – PE-backed distributor (Bolingbrook)")
    add("k2", me, [dave], "2026-03-16 11:02", """Dave,

Thank you for your note. Yes, I am open to a contract-to-hire structure, and covenant reporting for a sponsor-backed company is familiar territory for me: at Hollis I prepared the quarterly compliance certificates for our lenders for eight years.

I would be glad to learn more about the client and the role. I am available most of this week.""",
        parent="k1")
    add("k3", dave, [me], "2026-03-16 11:30", """Great. I'll give you a ring tomorrow around 11 if that works - same number as on your Linkedin?""",
        parent="k2")
    add("k4", me, [dave], "2026-03-16 11:48", """Dave,

Tomorrow, March 17 at 11:00 a.m. works well. Yes, (630) 555-0147 is my mobile.""", parent="k3")
    add("k5", me, [dave], "2026-03-17 14:20", """Dave,

Thank you for the conversation this morning and for the detailed background on the client. The situation you described, a lean team and a sponsor that expects a dependable monthly package, is a good match for how I have worked, and I would like to be considered.

As requested, I have attached my resume. I am comfortable with the contract rate and the six-month term you outlined.""",
        parent="k4", attachments=[resume])
    add("k6", dave, [me], "2026-03-17 15:05", """Got it, thx Greg. Sending you over to the client today. They move fast - I should hear back by Tuesday the 24th whether they want to meet.""",
        parent="k5")
    add("k7", dave, [me], "2026-03-23 16:20", """Good news - they want to talk. Client is Cardinal Supply Co. Laura Pierce, their VP Finance (laura.pierce@cardinalsupplyco.com), will call you Thursday 4/9 at 10am. Sorry it's that far out, she's out the next two weeks between spring break and their quarter close. She'll call your cell.

Let me know that works and I'll confirm with her.""", parent="k6")
    add("k8", me, [dave], "2026-03-23 17:05", """Dave,

That is good news. Thursday, April 9 at 10:00 a.m. is confirmed on my calendar, and I will be available on my mobile. Please let Ms. Pierce know that I look forward to speaking with her.""",
        parent="k7")
    add("k9", dave, [me], "2026-04-06 08:50", """Hey Greg - Laura just had a board call land on Thursday morning. Can we push to Tues 4/14 at 2pm? Same deal, she'll call you.""",
        parent="k8")
    add("k10", me, [dave], "2026-04-06 09:25", """Dave,

Tuesday, April 14 at 2:00 p.m. works for me.""", parent="k9")
    add("k11", dave, [me], "2026-04-09 13:15", """Change again (the good kind) - Laura's board call got moved and she'd rather not wait till Tuesday. Can you do Mon 4/13 at 11 instead?""",
        parent="k10")
    add("k12", me, [dave], "2026-04-09 13:40", """Monday works.""", parent="k11")
    add("k13", dave, [me], "2026-04-13 15:10", """How'd it go w/ Laura? She pinged me that it went well on her end. FYI she is seeing one more candidate Thursday and told me she'd have feedback to me by Friday. I'll let you know as soon as I hear.""",
        parent="k12")
    add("k14", me, [dave], "2026-04-13 17:00", """Dave,

I believe the conversation went well. Ms. Pierce and I spent most of the hour on their NetSuite rollout and the inventory valuation issues that came out of last year's audit, and she described the first ninety days in some detail, which I took as a positive sign. She also asked whether I would be able to start by early May, and I told her that I could.

I will look forward to hearing her feedback.""", parent="k13")

    # ---- Northfield Packaging: Workday, phone screen, Teams interview, rejection
    add("n1", workday_nf, [me], "2026-03-01 21:47", """Northfield Packaging

Dear Gregory,

Thank you for applying for the Controller position (R-2026-0113) at Northfield Packaging. We have received your application and our talent acquisition team will review your qualifications. If your background is a match for the role, a member of our team will contact you about next steps.

You can check the status of your application at any time by signing in to your candidate home page.

Sincerely,
Northfield Packaging Talent Acquisition

This is an automated message. Please do not reply to this email.""",
        subject="Thank you for applying to Northfield Packaging",
        html=html_of("""Northfield Packaging

Dear Gregory,

Thank you for applying for the Controller position (R-2026-0113) at Northfield Packaging. We have received your application and our talent acquisition team will review your qualifications. If your background is a match for the role, a member of our team will contact you about next steps.

You can check the status of your application at any time by signing in to your candidate home page.

Sincerely,
Northfield Packaging Talent Acquisition

This is an automated message. Please do not reply to this email."""), html_only=True, headers=AUTO)
    add("n2", ashley, [me], "2026-03-25 09:40", """Hi Greg,

Thank you for your interest in the Controller role at Northfield Packaging. I've reviewed your application and would like to set up an initial phone conversation to learn more about your background and share more about the position.

Would Monday, 3/30 at 2:00 pm work for you? If so, I'll give you a call at 630-555-0147.

Best,""", subject="Northfield Packaging – Controller (R-2026-0113): phone conversation")
    add("n3", me, [ashley], "2026-03-25 10:15", """Dear Ms. Romero,

Thank you for reaching out. Monday, March 30 at 2:00 p.m. works well for me, and (630) 555-0147 is the correct number.

I look forward to speaking with you and learning more about the Controller position.""", parent="n2")
    add("n4", me, [ashley], "2026-03-30 15:40", """Ashley,

Thank you for the conversation this afternoon and for the helpful overview of the Controller role and Northfield's growth plans. I was especially interested to hear about the new Kenosha converting line and the work ahead on product-level margin reporting, which is an area where I believe I could contribute quickly.

I remain very interested in the position and would welcome the opportunity to continue the conversation with Mr. O'Donnell.""",
        parent="n3")
    add("n5", ashley, [me], "2026-03-31 09:10", """Hi Greg,

Thanks again for taking the time yesterday. Kevin O'Donnell, our VP of Finance, would like to meet with you over Teams early next week – you'll see an invitation from him shortly.

Best,""", parent="n4")
    kevin_uid = uid_outlook("northfield", "kevin", "teams")
    kevin_desc = """Greg – looking forward to our conversation. – Kevin

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 284 117 903 552
Passcode: Xq7bN2
Download Teams | Join on the web
Or call in (audio only)
+1 872-555-0190,,418220653#   United States, Chicago
Phone Conference ID: 418 220 653#
________________________________________________________________________________"""
    add("n6", kevin, [me], "2026-04-01 08:30", kevin_desc,
        subject="Conversation – G. Kowalczyk / K. O'Donnell",
        ics=make_ics(method="REQUEST", uid=kevin_uid, stamp=at("2026-04-01 08:30"),
                     start=at("2026-04-06 10:00"), end=at("2026-04-06 11:00"),
                     summary="Conversation – G. Kowalczyk / K. O'Donnell",
                     organizer=kevin, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central Standard Time", location="Microsoft Teams Meeting",
                     description=kevin_desc, prodid=EX_PRODID,
                     extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                            "X-MICROSOFT-CDO-IMPORTANCE:1")),
        ics_mode="outlook")
    add("n7", me, [kevin], "2026-04-01 09:02", """Mr. O'Donnell,

I have accepted your invitation for Monday, April 6 at 10:00 a.m. and look forward to speaking with you.""",
        parent="n6", subject="Accepted: Conversation – G. Kowalczyk / K. O'Donnell",
        ics=make_ics(method="REPLY", uid=kevin_uid, stamp=at("2026-04-01 09:02"),
                     start=at("2026-04-06 10:00"), end=at("2026-04-06 11:00"),
                     summary="Conversation – G. Kowalczyk / K. O'Donnell",
                     organizer=kevin, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Central Standard Time", prodid=MS_PRODID),
        ics_mode="outlook")
    add("n8", ashley, [me], "2026-04-06 15:00", """Hi Greg,

Kevin mentioned that he enjoyed your conversation this morning. We have one more interview to complete this week, and we expect to make a decision by Friday, April 10. I'll be in touch either way.

Best,""", parent="n5")
    add("n9", ashley, [me], "2026-04-09 14:30", """Hi Greg,

I wanted to reach out personally rather than have you hear through our system. After a lot of discussion, the team has decided to move forward with another candidate whose background is more closely aligned with our flexible film operations. This was not an easy decision, and both Kevin and I were impressed with your experience and the thoughtful way you approached our conversations.

With your permission, we would like to keep your information on file for future finance openings. I wish you all the best in your search.

Warm regards,""", parent="n8")
    add("n10", me, [ashley], "2026-04-09 16:45", """Ashley,

Thank you for letting me know personally; I appreciate the courtesy. While I am disappointed, I understand the importance of direct operational experience in flexible film, and I enjoyed learning about Northfield.

Yes, please keep my information on file. I would welcome consideration for future finance openings at Northfield.""",
        parent="n9")

    # ---- Duravent Industries: phone screen, onsite panel (Outlook, room resource)
    add("d1", patricia, [me], "2026-03-18 10:00", """Hi Greg,

Thank you for applying for our Controller position in Itasca. I'd like to schedule a 30-minute introductory phone call to talk through your background and the role. Are you available this Friday, March 20 at 11:00 am? I'll call you at the number on your resume.

Kind regards,""", subject="Duravent Industries – Controller opportunity")
    add("d2", me, [patricia], "2026-03-18 10:40", """Dear Ms. Ocampo,

Thank you for your message. Friday, March 20 at 11:00 a.m. suits me, and I look forward to your call at (630) 555-0147.""",
        parent="d1")
    add("d3", me, [patricia], "2026-03-20 14:05", """Patricia,

Thank you for speaking with me this morning. I enjoyed learning about Duravent's product lines and the plans to bring the Juarez facility onto the same chart of accounts, a project very similar to the entity integration I led at Hollis.

I am very interested in the Controller position and would welcome the opportunity to meet Mr. Haas and the team.""",
        parent="d2")
    add("d4", patricia, [me], "2026-03-20 16:10", """Thank you, Greg – I enjoyed our conversation as well. I'll be sharing my notes with Richard Haas, our CFO, on Monday, and I'll reach out by Tuesday the 31st with next steps.

Have a great weekend,""", parent="d3")
    add("d5", patricia, [me], "2026-03-30 10:45", """Hi Greg,

Good news: Richard would like you to come on site for a panel interview on Wednesday, April 8, 9:00–11:30 am at our Itasca headquarters (900 N. Arlington Heights Rd.). You'd meet with Richard, Elena Marchetti (VP Operations) and Tom Brandt (Director, FP&A), followed by a short plant walk-through.

Please confirm and I'll send a calendar invitation with the details.

Kind regards,""", parent="d4")
    add("d6", me, [patricia], "2026-03-30 11:30", """Patricia,

That is welcome news. I confirm that I will be available on Wednesday, April 8 from 9:00 to 11:30 a.m. at your Itasca headquarters. Please let me know if there is anything I should prepare in advance or bring with me.""",
        parent="d5")
    panel_uid = uid_outlook("duravent", "panel", "controller")
    panel_desc = """Hi Greg,

Please find the details for your onsite interview below.

Location: Duravent Industries headquarters, 900 N. Arlington Heights Rd., Itasca, IL – 2nd floor Boardroom. Visitor parking is at the north entrance; please check in with reception in the main lobby about 10 minutes early.

Agenda
9:00 – 10:30  Panel interview: Richard Haas (Chief Financial Officer), Elena Marchetti (VP Operations), Tom Brandt (Director, FP&A)
10:30 – 11:30  Plant walk-through with Elena Marchetti

I will be out of the office on April 8; reception will escort you to the Boardroom. Please call me at 630.555.0152 with any questions beforehand.

Patricia Ocampo
Talent Acquisition Manager"""
    add("d7", patricia, [me], "2026-03-31 09:00", panel_desc,
        subject="Onsite Interview – Controller – Greg Kowalczyk", sig=False,
        ics=make_ics(method="REQUEST", uid=panel_uid, stamp=at("2026-03-31 09:00"),
                     start=at("2026-04-08 09:00"), end=at("2026-04-08 11:30"),
                     summary="Onsite Interview – Controller – Greg Kowalczyk",
                     organizer=patricia,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (richard, "ACCEPTED", "INDIVIDUAL"),
                                (elena, "ACCEPTED", "INDIVIDUAL"),
                                (tom, "TENTATIVE", "INDIVIDUAL"),
                                (room, "ACCEPTED", "RESOURCE")],
                     tzid="Central Standard Time",
                     location="ITA-2F Boardroom (14) AV; 900 N. Arlington Heights Rd., Itasca",
                     description=panel_desc, prodid=EX_PRODID,
                     extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",)),
        ics_mode="outlook")
    add("d8", me, [patricia], "2026-03-31 09:20", """Patricia,

I have accepted the invitation for Wednesday, April 8 and will plan to arrive by 8:50 a.m.""",
        parent="d7", subject="Accepted: Onsite Interview – Controller – Greg Kowalczyk",
        ics=make_ics(method="REPLY", uid=panel_uid, stamp=at("2026-03-31 09:20"),
                     start=at("2026-04-08 09:00"), end=at("2026-04-08 11:30"),
                     summary="Onsite Interview – Controller – Greg Kowalczyk",
                     organizer=patricia, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Central Standard Time", prodid=MS_PRODID),
        ics_mode="outlook")
    add("d9", me, [richard], "2026-04-08 17:40", """Dear Mr. Haas,

Thank you for the time you and your colleagues spent with me this morning. I appreciated the candor of our discussion about the standard cost roll-forward and the timing of the Juarez integration, and I left Itasca with a clear picture of what the first year in the role would require.

I believe I could contribute in three areas in particular:

- Close and consolidation: I reduced Hollis's monthly close from eleven to six business days across three entities.
- Costing: I rebuilt our standard cost model in 2019, which reduced annual inventory write-downs by roughly 40 percent.
- Audit and lenders: I managed the external audit and lender reporting for eight consecutive years without a material weakness or a covenant issue.

I remain very interested in the Controller position and look forward to hearing about next steps. Thank you again for your consideration.""",
        subject="Thank you – Controller panel interview")
    add("d10", richard, [me], "2026-04-09 08:40", """Greg,

Thank you for the thoughtful note. I enjoyed the conversation, especially your questions about the standard cost roll-forward – that is exactly the conversation we need to be having internally. Patricia will be in touch on next steps.

Best,""", parent="d9")
    add("d11", me, [tom], "2026-04-09 07:05", """Dear Mr. Brandt,

Thank you for taking part in yesterday's panel interview. I particularly enjoyed our exchange about the forecasting cadence between FP&A and the plant controllers; the way you described the monthly handoff of actuals to your team is very much the kind of partnership I would want to build as Controller.

I am very interested in the position and would look forward to working closely with you and your team.""",
        subject="Thank you for Wednesday's conversation")
    add("d12", patricia, [me], "2026-04-09 10:20", """Hi Greg,

Thank you for coming in yesterday – I heard very positive things from the panel. The panel is meeting on Tuesday, April 14 to compare notes on all of the finalists, and I'll reach out to you by Friday, April 17 with an update.

Kind regards,""", parent="d6")
    add("d13", me, [patricia], "2026-04-09 11:00", """Patricia,

Thank you for the update and for coordinating everything so smoothly. Reception took good care of me, and I enjoyed meeting the team. I look forward to hearing from you.""",
        parent="d12")

    # ---- Halvorsen Plastics: CFO interview, "a decision by end of month"
    add("h1", donna, [me], "2026-03-12 10:30", """Dear Mr. Kowalczyk,

Mark Dunleavy, our Chief Financial Officer, would like to invite you to meet with him in person regarding the Controller position. Would Thursday, March 19 at 9:30 a.m. at our Elgin office (1450 Big Timber Road) be convenient for you? Please plan on approximately 90 minutes.

Kindly confirm at your earliest convenience.

Sincerely,""", subject="Halvorsen Plastics – Controller position")
    add("h2", me, [donna], "2026-03-12 11:10", """Dear Ms. Reyes,

Thank you for your message. I would be pleased to meet with Mr. Dunleavy on Thursday, March 19 at 9:30 a.m. at your Elgin office. Please let me know if there is anything I should bring.""",
        parent="h1")
    add("h3", donna, [me], "2026-03-13 09:05", """Dear Mr. Kowalczyk,

Thank you for confirming. Visitor parking is in front of the main building; please check in with the receptionist, who will let Mark know you have arrived. There is nothing you need to bring other than a copy of your resume.

Sincerely,""", parent="h2")
    add("h4", me, [mark], "2026-03-19 15:30", """Dear Mr. Dunleavy,

Thank you for meeting with me this morning and for the tour of the molding floor. I appreciated your frankness about the inventory reserve question and the pressure the new resin contracts are putting on margins, and I enjoyed our discussion of how the Controller role could support you in the conversations with your bank.

My experience at Hollis, rebuilding a standard cost model and managing lender reporting through a difficult pricing cycle, maps closely to the priorities you described. I am very interested in the position and would welcome the opportunity to continue our conversation.""",
        subject="Thank you – Controller interview this morning")
    add("h5", mark, [me], "2026-03-20 08:05", """Greg,

Thanks for the note, and for coming out to Elgin. You gave me a lot to think about on the reserve question.

To be candid with you, we have two more candidates coming in next week, and then I'll sit down with our CEO. A decision will be made by end of month, and I'll make sure you hear either way.

Mark""", parent="h4")

    # ---- Tollway Logistics: a quarter hour with a former audit colleague
    add("t1", me, [sharon], "2026-03-26 19:20", """Dear Sharon,

I hope this finds you well. It has been a few years since we last crossed paths at the Illinois CPA Society dinner, and I have followed your move to Tollway Logistics with interest.

I am writing because my position at Hollis was eliminated in February, and I am now exploring controller opportunities in the Chicago area. Having made the move from manufacturing into logistics yourself, you would have a valuable perspective on how the finance function differs in a 3PL environment and on whether my background would translate.

Would you be able to spare a quarter of an hour for a phone call in the coming week or so? I would be grateful for any time you can offer.""",
        subject="A quarter hour of your time?")
    add("t2", sharon, [me], "2026-03-27 07:12", """Greg! So sorry to hear about Hollis, their loss. Of course. Call me Tuesday (3/31) at 4:30, my cell is 773-555-0169.

-S

Sent from my iPhone""", parent="t1", sig=False)
    add("t3", me, [sharon], "2026-03-27 08:30", """Sharon,

Tuesday, March 31 at 4:30 p.m. is perfect; I will call your cell.""", parent="t2")
    add("t4", me, [sharon], "2026-03-31 19:05", """Sharon,

Thank you for making time for me this afternoon, and for being so generous with your advice. Your description of how working capital and customer billing disputes drive the close at a 3PL was eye-opening, and I will take your suggestion to brush up on revenue recognition for multi-element logistics contracts.

It was also very good to catch up after all these years.""", parent="t3")
    add("t5", sharon, [me], "2026-04-01 07:48", """Really good to catch up Greg. I did some digging this morning - it looks like we may be backfilling our Corporate Controller role after all (Dan is moving into the treasury job). Let me talk to Jen Alvarez, our VP of HR, and I'll get back to you by Friday the 10th, one way or the other.

Sent from my iPhone""", parent="t4", sig=False)

    # ---- Prairie Harvest Cooperative: "a conversation", call never thanked
    add("p1", don, [me], "2026-04-02 14:10", """Mr. Kowalczyk,

I came across your profile on the Illinois CPA Society job board. Our controller of 22 years is retiring at the end of June, and the board has asked me to find a successor who understands cost accounting and can grow into the job of running the accounting side of a $300 million grain and agronomy cooperative.

I'd like to have a conversation with you about it. I'll give you a ring Tuesday morning, say 9:30, unless you tell me otherwise.""",
        subject="Controller role at Prairie Harvest – a conversation")
    add("p2", me, [don], "2026-04-02 15:05", """Mr. Schaefer,

Thank you for reaching out; the role sounds very interesting. Tuesday, April 7 at 9:30 a.m. suits me, and the best number to reach me is (630) 555-0147.

I look forward to our conversation.""", parent="p1")
    add("p3", me, [don], "2026-04-07 11:15", """Don,

As discussed this morning, attached please find my list of professional references and a copy of my Illinois CPA license verification. Ron Terhune, my former CFO at Hollis, is expecting your call, and he is usually easiest to reach in the late morning.

I have also noted your suggestion to look at the cooperative's most recent annual report and patronage allocation, and I will do so this week.""",
        parent="p2", attachments=[
            ("Kowalczyk_References.pdf", "application/pdf", make_pdf([
                "Gregory J. Kowalczyk, CPA - Professional References",
                "Ron Terhune, former CFO, Hollis Precision Components, (847) 555-0163",
                "Sharon Ekberg, CFO, Tollway Logistics, (773) 555-0169",
                "Paul Ferrante, former Controller, Ferrante Brothers Foods, (708) 555-0171"])),
            ("IL_CPA_License_Verification.pdf", "application/pdf", make_pdf([
                "Illinois Department of Financial and Professional Regulation",
                "License lookup: Gregory J. Kowalczyk - Licensed CPA - Active",
                "Expiration: 09/30/2027"]))])
    add("p4", don, [me], "2026-04-08 08:20", """Got these, Greg. Our board finance committee meets on the 21st and I'll be putting a short list in front of them. You'll hear from me the week after.""",
        parent="p3", sig=False)

    # ---- Riverbend Foods: iCIMS acknowledgement, phone call thanked
    add("r1", icims, [me], "2026-03-23 20:14", """Riverbend Foods

Hi Gregory,

Thank you for applying for the Controller (Req 2026-0417) position at Riverbend Foods. Your application has been received, and our recruiting team will review it shortly. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.

You can log in to the Riverbend Foods career portal to update your profile or withdraw your application at any time.

Riverbend Foods Talent Acquisition
Please do not reply to this message; this mailbox is not monitored.""",
        subject="Thank you for applying to Riverbend Foods – Controller (Req 2026-0417)",
        html=html_of("""Riverbend Foods

Hi Gregory,

Thank you for applying for the Controller (Req 2026-0417) position at Riverbend Foods. Your application has been received, and our recruiting team will review it shortly. Due to the volume of applications we receive, we may not be able to respond to every applicant individually.

You can log in to the Riverbend Foods career portal to update your profile or withdraw your application at any time.

Riverbend Foods Talent Acquisition
Please do not reply to this message; this mailbox is not monitored."""),
        html_only=True, headers=AUTO)
    add("r2", sandra, [me], "2026-04-06 11:25", """Hi Greg,

Thanks for your interest in our Controller opening in Cicero. I've had a chance to look through your resume and I'd like to set up a brief phone call to walk through your background and tell you more about the team.

Would Friday, April 10 at 1:00 pm work? If so I'll ring your cell at that time.

Thanks!""", subject="Riverbend Foods – Controller (Req 2026-0417)")
    add("r3", me, [sandra], "2026-04-06 12:10", """Ms. Kim,

Thank you for reaching out. Friday, April 10 at 1:00 p.m. suits me well, and the best number is (630) 555-0147. I look forward to speaking with you.""",
        parent="r2")
    add("r4", me, [sandra], "2026-04-10 15:50", """Sandra,

Thank you for the phone conversation this afternoon. I enjoyed learning about Riverbend's co-manufacturing business and the plans to bring the Cicero and Joliet plants onto a single costing model, which is work I have done before and genuinely enjoy.

I am very interested in the Controller position and would welcome the chance to speak with Mr. Hendricks.""",
        parent="r3")
    add("r5", sandra, [me], "2026-04-10 16:30", """Thanks Greg, I enjoyed it too! I'm speaking with a few more candidates early next week and will share my notes with Paul Hendricks, our VP Finance. I'll be in touch by Tuesday either way.""",
        parent="r4")

    # ---- St. Casimir alumni network: coffee, thanked only beforehand
    add("a1", karen, [me, janet], "2026-03-30 10:05", """Hi Greg and Janet,

I'm delighted to introduce the two of you through the St. Casimir Alumni Career Network.

Janet ('98), Greg ('95) is a CPA and until recently was assistant controller at Hollis Precision Components. He's exploring controller roles in the western suburbs and would value your perspective on the market and on making the jump to a controller seat.

Greg, Janet is VP & Controller at Lakeside Mercy Health System in Oak Brook and has been one of our most generous alumni mentors.

I'll let you two take it from here!""", subject="Introduction: Greg Kowalczyk ('95) <> Janet Pruitt ('98)")
    add("a2", janet, [me], "2026-03-31 12:40", """Thanks, Karen!

Greg, nice to meet you virtually. Happy to get together for coffee. I could do Tuesday 4/7 at 7:30 am or Thursday 4/9 at 8:00 am at the Blue Heron Café on 22nd Street in Oak Brook, just down from our office. Let me know what works.""",
        parent="a1", cc=[karen])
    add("a3", me, [janet], "2026-04-01 08:15", """Dear Janet,

Thank you for your kind reply. Thursday, April 9 at 8:00 a.m. at the Blue Heron Café works well for me, and I look forward to meeting you.

Karen, thank you very much for the introduction.""", parent="a2", cc=[karen])
    add("a4", me, [janet], "2026-04-08 16:30", """Janet,

Thank you again for making time for me tomorrow morning. I look forward to meeting you at 8:00 a.m. at the Blue Heron Café; should anything change, my mobile is (630) 555-0147.""",
        parent="a3")
    add("a5", janet, [me], "2026-04-10 09:10", """Greg,

I enjoyed our conversation yesterday. As promised, here is Bill Kessler's contact: he's the CFO at Westbrook Senior Living and mentioned last month that he's going to need a controller this summer. bill.kessler@westbrookliving.com. Tell him I sent you.

Good luck!""", parent="a4")

    # ---- Orland Fasteners: Teams phone screen, then cancelled (position on hold)
    orland_uid = uid_outlook("orland", "screen")
    orland_desc = """Hi Greg,

Following your application for our Controller position, please accept this invitation for a 30-minute phone screen with me. I will call you at (630) 555-0147; the Teams details below are a backup.

Kimberly Dorsey, HR Generalist

________________________________________________________________________________
Microsoft Teams meeting
Meeting ID: 219 804 556 107
Passcode: 9fTq3P
________________________________________________________________________________"""
    add("o1", kimberly, [me], "2026-03-26 14:00", orland_desc, sig=False,
        subject="Phone Screen – Controller – Greg Kowalczyk",
        ics=make_ics(method="REQUEST", uid=orland_uid, stamp=at("2026-03-26 14:00"),
                     start=at("2026-04-02 14:00"), end=at("2026-04-02 14:30"),
                     summary="Phone Screen – Controller – Greg Kowalczyk",
                     organizer=kimberly, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central Standard Time", location="Microsoft Teams Meeting",
                     description=orland_desc, prodid=EX_PRODID),
        ics_mode="outlook")
    add("o2", me, [kimberly], "2026-03-26 15:30", """Ms. Dorsey,

I have accepted your invitation for Thursday, April 2 at 2:00 p.m. and look forward to speaking with you.""",
        parent="o1", subject="Accepted: Phone Screen – Controller – Greg Kowalczyk",
        ics=make_ics(method="REPLY", uid=orland_uid, stamp=at("2026-03-26 15:30"),
                     start=at("2026-04-02 14:00"), end=at("2026-04-02 14:30"),
                     summary="Phone Screen – Controller – Greg Kowalczyk",
                     organizer=kimberly, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Central Standard Time", prodid=MS_PRODID),
        ics_mode="outlook")
    cancel_text = """Greg,

I'm sorry to cancel on short notice. The Controller position has been placed on hold pending a review by our new ownership group, so I need to cancel Thursday's phone screen. I'll reach out if the search reopens."""
    add("o3", kimberly, [me], "2026-03-31 16:20", cancel_text, sig=True,
        subject="Canceled: Phone Screen – Controller – Greg Kowalczyk",
        ics=make_ics(method="CANCEL", uid=orland_uid, stamp=at("2026-03-31 16:20"),
                     start=at("2026-04-02 14:00"), end=at("2026-04-02 14:30"),
                     summary="Canceled: Phone Screen – Controller – Greg Kowalczyk",
                     organizer=kimberly, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central Standard Time", location="Microsoft Teams Meeting",
                     description=cancel_text, prodid=EX_PRODID, sequence=1,
                     status="CANCELLED"),
        ics_mode="outlook")
    add("o4", me, [kimberly], "2026-03-31 17:00", """Kimberly,

I understand, and I appreciate you letting me know. Should the search reopen, I would be glad to be considered.""",
        parent="o3")

    # ---- Crestline Components: slots in Eastern time, Greenhouse confirmation (ahead)
    add("cr1", monica, [me], "2026-04-10 10:15", """Hi Greg,

I'm the talent partner supporting the launch of our new Chicago-area plant in Romeoville, and I'd love to introduce you to Alan Reyes, our CFO, for the Controller role. Alan would like to meet over Zoom for about an hour. Could you do one of the following?

- Wed 4/15, 2:00 PM ET
- Thu 4/16, 11:00 AM ET
- Fri 4/17, 9:30 AM ET

Once you pick, you'll receive a confirmation from our scheduling system (Greenhouse) with the Zoom link.

Thanks!""", subject="Crestline Components – Controller (Chicago)")
    add("cr2", me, [monica], "2026-04-10 12:05", """Ms. Tate,

Thank you for reaching out. Thursday, April 16 at 11:00 a.m. Eastern (10:00 a.m. Central) works best for me, and I look forward to speaking with Mr. Reyes.""",
        parent="cr1")
    add("cr3", monica, [me], "2026-04-10 13:30", """Perfect – you're all set for Thursday. Keep an eye out for the calendar confirmation from our system with the Zoom details.""",
        parent="cr2")
    gh_text = """Hi Gregory,

Your interview for the Controller position at Crestline Components has been scheduled.

When: Thursday, April 16, 2026, 11:00 AM - 12:00 PM Eastern Time (US & Canada)
Where: Zoom - https://crestline.zoom.us/j/93177204418

Interviewer:
Alan Reyes, Chief Financial Officer - alan.reyes@crestlinecomponents.com

If you need to reschedule, please reply to Monica Tate at monica.tate@crestlinecomponents.com.

Best of luck,
The Crestline Components Recruiting Team"""
    add("cr4", greenhouse, [me], "2026-04-13 10:02", gh_text,
        subject="Interview Confirmation: Controller at Crestline Components",
        reply_to=monica, headers=AUTO,
        ics=make_ics(method="REQUEST", uid="greenhouse-" + uid_uuid("crestline", "alan"),
                     stamp=at("2026-04-13 10:02"),
                     start=at("2026-04-16 10:00"), end=at("2026-04-16 11:00"),
                     summary="Interview: Gregory Kowalczyk <> Alan Reyes (Crestline Components)",
                     organizer=monica,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("Alan Reyes", "alan.reyes@crestlinecomponents.com"),
                                 "ACCEPTED", "INDIVIDUAL")],
                     tzid="America/New_York", location="https://crestline.zoom.us/j/93177204418",
                     description="Controller interview with Alan Reyes (CFO). Zoom: "
                                 "https://crestline.zoom.us/j/93177204418",
                     prodid="-//Greenhouse Software//Interview Scheduling//EN"),
        ics_mode="attach")

    # ---- Lakeview Foods: Workday acknowledgement and rejection, no interview
    lv_ack = """Lakeview Foods

Dear Gregory Kowalczyk,

Thank you for your interest in Lakeview Foods. We have received your application for Plant Controller (JR-04471), and our team is reviewing it now. We will reach out if your qualifications match our needs.

Lakeview Foods Talent Acquisition
This email was sent from an unmonitored mailbox."""
    add("l1", workday_lv, [me], "2026-03-09 07:58", lv_ack,
        subject="Application received: Plant Controller (JR-04471)",
        html=html_of(lv_ack), html_only=True, headers=AUTO)
    lv_rej = """Lakeview Foods

Dear Gregory Kowalczyk,

Thank you for your interest in the Plant Controller (JR-04471) position and for the time you invested in applying. After careful review, we have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time.

We encourage you to continue to visit our careers site and apply for future openings that match your skills.

Sincerely,
Lakeview Foods Talent Acquisition
This email was sent from an unmonitored mailbox."""
    add("l2", workday_lv, [me], "2026-04-01 06:30", lv_rej,
        subject="Update on your application: Plant Controller (JR-04471)",
        html=html_of(lv_rej), html_only=True, headers=AUTO)

    # ---- Diane forwards a lead from her cousin
    add("e1", diane, [me], "2026-03-22 18:40", """Honey, see below from Rick. Worth a shot?

---------- Forwarded message ---------
From: Rick Sobczak <rsobczak62@gmail.com>
Date: Sun, Mar 22, 2026 at 4:12 PM
Subject: Greg
To: Diane Kowalczyk <dianekowalczyk@comcast.net>

Di, tell Greg our controller Walt is retiring this summer. HR hasn't posted anything yet but Walt said Greg can reach out to him directly at walt.brenner@elmhursttool.com. Small shop, about 140 people, good owners. Tell him I said hi.

Rick""", subject="Fwd: Greg", sig=False)
    add("e2", me, [diane], "2026-03-22 19:05", """Di,

Definitely worth a shot. I'll write to Walt tomorrow morning, and please tell Rick I owe him a beer at the Fourth of July party.

Love,
Greg""", parent="e1", sig=False)

    # ---- Ron Terhune agrees to be a reference
    add("rt1", me, [ron], "2026-03-10 10:10", """Dear Ron,

I hope retirement continues to treat you well and that the new boat is ready for the season.

As you may have heard, my position at Hollis was eliminated in February, and I am now actively searching for a controller role. I would be honored if you would be willing to serve as a reference. You know my work better than anyone, particularly the costing project and our years with the lenders.

If you are willing, I will let you know whenever a company is likely to call, so you are not caught off guard.""",
        subject="A favor to ask")
    add("rt2", ron, [me], "2026-03-10 12:47", """Greg, absolutely, it would be my pleasure. Hollis made a mistake and I told Frank as much. Give my cell (847-555-0163) to anyone who asks. Mornings are best, I'm on the water most afternoons once it warms up.

Ron""", parent="rt1")
    add("rt3", me, [ron], "2026-03-10 14:05", """Ron,

Thank you, that means a great deal. I will keep you posted.""", parent="rt2")

    # ================================================================== NOISE

    # ---- Former employer HR: separation, severance, benefits review
    add("hp1", debra, [me], "2026-02-23 09:30", """Greg,

As we discussed last Friday, attached is your Separation Agreement and General Release. Please review it carefully; you have 21 days to consider the agreement and, once signed, 7 days to revoke it. You are welcome to consult an attorney.

A summary of what happens next:
- Your medical, dental and vision coverage continues through February 28. COBRA election materials will be mailed and emailed by BenefitBridge, our administrator.
- Your final regular paycheck, including accrued PTO, will be paid on the next scheduled pay date.
- Outplacement support is available for 90 days; details are in Exhibit B.

Please let me know if you have any questions about the separation or your benefits.

Regards,""", subject="Separation Agreement and Release – G. Kowalczyk",
        attachments=[("Separation_Agreement_Kowalczyk.pdf", "application/pdf", make_pdf([
            "Separation Agreement and General Release",
            "Hollis Precision Components, Inc. and Gregory J. Kowalczyk",
            "Separation date: February 20, 2026",
            "Severance: 16 weeks of base salary, paid in a lump sum",
            "Exhibit A: Benefits continuation; Exhibit B: Outplacement services"]))])
    add("hp2", me, [debra], "2026-02-25 08:45", """Debra,

Thank you for sending the agreement. I have read it through and have a few questions before I sign:

1. When will the severance lump sum be paid once the revocation period has passed?
2. Will my 2025 bonus, which was approved in January, be paid separately or is it considered part of the severance?
3. Does the agreement affect the vesting of my 401(k) match for 2026?
4. Whom should I contact at the outplacement firm?

I appreciate your help with all of this.""", parent="hp1")
    add("hp3", debra, [me], "2026-02-26 14:20", """Greg,

Good questions. In order:
1. Once the revocation period has passed, payroll will pay the severance lump sum on the March 13 pay date.
2. The 2025 bonus is separate and was paid on February 13; it is not part of the severance.
3. The match vests per the plan document; you are fully vested given your years of service.
4. Bridgepoint Career Transition: your consultant is Alan Whitaker, awhitaker@bridgepointct.com.

I'd also like to set up a short benefits review call to walk through COBRA and your HSA – I'll send an invite.

Regards,""", parent="hp2")
    add("hp4", me, [debra], "2026-03-02 09:10", """Debra,

Please find attached the signed Separation Agreement and General Release.""",
        parent="hp3", attachments=[("Separation_Agreement_Kowalczyk_signed.pdf",
                                    "application/pdf", make_pdf([
                                        "Separation Agreement and General Release - signed",
                                        "Signed: Gregory J. Kowalczyk, March 1, 2026"]))])
    add("hp5", debra, [me], "2026-03-02 10:02", """Received, thank you Greg. I've forwarded it to payroll.""",
        parent="hp4", sig=False)
    ben_uid = uid_outlook("hollis", "benefits")
    ben_desc = """Greg – a 30-minute call to review your benefits after separation: COBRA election and premiums, HSA balance and the final 401(k) contribution. I'll call your cell; the Teams link is below if you'd prefer video.

________________________________________________________________________________
Microsoft Teams meeting
Meeting ID: 257 660 311 948
Passcode: wR4x7K
________________________________________________________________________________"""
    add("hb1", debra, [me], "2026-03-04 11:00", ben_desc, sig=False,
        subject="Separation benefits review – G. Kowalczyk",
        ics=make_ics(method="REQUEST", uid=ben_uid, stamp=at("2026-03-04 11:00"),
                     start=at("2026-03-05 10:00"), end=at("2026-03-05 10:30"),
                     summary="Separation benefits review – G. Kowalczyk",
                     organizer=debra, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central Standard Time", location="Microsoft Teams Meeting",
                     description=ben_desc, prodid=EX_PRODID),
        ics_mode="outlook")
    add("hb2", me, [debra], "2026-03-05 11:05", """Debra,

Thank you for walking me through the benefits this morning. One follow-up: could you confirm whether the company's final HSA contribution for the first quarter will be deposited before the account moves to the post-employment fee schedule?""",
        parent="hb1")
    add("hb3", debra, [me], "2026-03-05 13:20", """Greg, yes – the Q1 HSA contribution posted on March 2, so it's already in your account. The post-employment fees start in April.

Regards,""", parent="hb2")
    cobra_text = """BenefitBridge COBRA Services

IMPORTANT: COBRA Continuation Coverage Election Notice

Dear Gregory Kowalczyk,

You are receiving this notice because you recently lost coverage under the Hollis Precision Components, Inc. group health plan due to a qualifying event: termination of employment on 02/20/2026.

You and your covered dependents may elect to continue medical, dental and vision coverage for up to 18 months. Your election period ends 60 days from the date of this notice. Premium amounts for each coverage tier are listed in the attached notice available in your member portal.

To elect coverage, log in to the BenefitBridge member portal or call Member Services.

This is an automated message; please do not reply."""
    add("hp6", cobra, [me], "2026-03-10 06:15", cobra_text,
        subject="Important: Your COBRA Continuation Coverage Election Notice",
        html=html_of(cobra_text), html_only=True, headers=AUTO)
    pay_text = """PayTrack Employee Self Service

Your pay statement for the pay date 03/13/2026 from Hollis Precision Components, Inc. is now available.

Sign in to PayTrack to view or download your statement and your year-end forms.

Please do not reply to this message."""
    add("hp7", paytrack, [me], "2026-03-13 05:30", pay_text,
        subject="Your pay statement is available",
        html=html_of(pay_text), html_only=True, headers=AUTO)

    # ---- IDES
    ides1 = """Illinois Department of Employment Security

Reminder: It is time to certify for your unemployment insurance benefits.

Claimant: GREGORY KOWALCZYK
Certification period: 03/01/2026 - 03/14/2026

When you certify, you will be asked about your work search activities, any offers of work you received, and any earnings. Keep a record of your work search contacts, including employer names, dates and the positions you applied for.

Certify online through your IDES account or by phone using Tele-Serve.

Do not reply to this email."""
    add("id1", ides, [me], "2026-03-16 07:00", ides1,
        subject="Reminder: Certify for your unemployment benefits",
        html=html_of(ides1), html_only=True, headers=AUTO)
    ides2 = ides1.replace("03/01/2026 - 03/14/2026", "03/15/2026 - 03/28/2026")
    add("id2", ides, [me], "2026-03-30 07:00", ides2,
        subject="Reminder: Certify for your unemployment benefits (03/15 - 03/28)",
        html=html_of(ides2), html_only=True, headers=AUTO)

    # ---- Katie's tuition and financial aid
    eb = """Bradwell University - Student Accounts

Your eBill is ready.

Student: Katherine Kowalczyk (ID 0091873)
Statement date: 03/02/2026
Amount due: $6,842.50
Due date: 03/15/2026 (Payment plan installment 4 of 5)

Authorized payers can view the statement and make a payment in the Bradwell Pay portal. Please do not reply to this email."""
    add("dt1", bursar, [me], "2026-03-02 06:00", eb,
        subject="Your Bradwell University eBill is ready",
        html=html_of(eb), html_only=True, headers=AUTO)
    add("dt2", katie, [me], "2026-03-11 12:34", """hey dad, so i talked to the financial aid lady today (ms delgado) and she said because of the layoff you can file a "special circumstances appeal" and they might bump up my grant for next year?? you need to send them your severance letter and 2025 w2 I think. the form is on the portal under forms > appeals.

sorry, i know this is a lot rn

K""", subject="financial aid thing", sig=False)
    add("dt3", me, [katie], "2026-03-11 18:20", """Katie,

That's good to know, and don't apologize. I'll fill out the form this weekend and send it in with the paperwork. Focus on your midterms.

Love,
Dad""", parent="dt2", sig=False)
    add("dt4", katie, [me], "2026-03-11 18:41", """ok thx!! love u""", parent="dt3", sig=False)
    add("fa1", me, [maria], "2026-03-17 09:30", """Dear Ms. Delgado,

I am writing on behalf of my daughter, Katherine Kowalczyk (ID 0091873), to submit a special circumstances appeal for the 2026-2027 academic year. My position was eliminated on February 20, 2026, and our household income for 2026 will be substantially lower than the 2024 income reported on the FAFSA.

Attached please find the completed appeal form, a copy of my separation letter, and my 2025 W-2. Please let me know if any additional documentation is required.

Thank you for your consideration.""",
        subject="Special circumstances appeal – Katherine Kowalczyk (ID 0091873)",
        attachments=[("Appeal_Form_Kowalczyk.pdf", "application/pdf", make_pdf([
            "Bradwell University - Special Circumstances Appeal 2026-2027",
            "Student: Katherine Kowalczyk, ID 0091873",
            "Reason: parent job loss, February 20, 2026"]))])
    add("fa2", maria, [me], "2026-03-20 15:00", """Dear Mr. Kowalczyk,

Thank you for submitting Katherine's special circumstances appeal. I have confirmed that your documentation is complete. Appeals are reviewed by our committee within ten business days, and you will be notified of the outcome by April 3.

Sincerely,""", parent="fa1")
    add("fa3", maria, [me], "2026-04-02 11:20", """Dear Mr. Kowalczyk,

I am pleased to let you know that the committee has approved Katherine's appeal. Her revised 2026-2027 award, which includes an additional $4,200 Bradwell Grant, is now posted in the student portal.

Sincerely,""", parent="fa2")
    add("fa4", me, [maria], "2026-04-02 12:05", """Dear Ms. Delgado,

Thank you very much for the prompt review and for the good news. It makes a real difference for our family this year.""",
        parent="fa3")

    # ---- HOA
    hoa_notice = """Dear Fox Run Homeowner,

Notice is hereby given that the 2026 Annual Meeting of the Fox Run Homeowners Association will be held on Tuesday, April 21, 2026 at 7:00 p.m. at the Fox Run Clubhouse, 1400 Fox Run Drive.

Agenda: election of two directors, approval of the 2026 budget (including the proposed pond aeration project), and the landscaping contract renewal.

A quorum of 25% of homeowners is required. If you cannot attend, please complete the enclosed proxy and return it to Prairie Management Group.

On behalf of the Board of Directors,"""
    add("ho1", lisa, [me], "2026-03-04 13:00", hoa_notice,
        subject="Fox Run HOA – Notice of 2026 Annual Meeting (April 21)",
        attachments=[("FoxRun_2026_Annual_Meeting_Proxy.pdf", "application/pdf", make_pdf([
            "Fox Run Homeowners Association - Proxy for the 2026 Annual Meeting",
            "Tuesday, April 21, 2026, 7:00 p.m., Fox Run Clubhouse"]))])
    add("ho2", lisa, [me], "2026-04-14 09:00", """Dear Fox Run Homeowners,

A friendly reminder that the Annual Meeting is next Tuesday, April 21 at 7:00 p.m. at the Clubhouse. We are still short of a quorum – if you will not attend, please return your proxy by Monday, April 20.

Thank you,""", parent="ho1")
    add("ho3", me, [lisa], "2026-03-16 20:15", """Dear Ms. Hoffmann,

I would like to submit an architectural review request to replace the wood privacy fence along the rear lot line of 1418 Fox Run Court with a 6-foot cedar fence in the same location and of the same height and style. The contractor's drawing and the plat of survey are attached.

Please let me know if the committee requires anything further.""",
        subject="Architectural request – fence replacement, 1418 Fox Run Court",
        attachments=[("Fence_Plan_1418_FoxRunCt.pdf", "application/pdf", make_pdf([
            "Fence replacement - 1418 Fox Run Court",
            "6 ft cedar privacy fence, rear lot line, same location"]))])
    add("ho4", lisa, [me], "2026-03-17 10:30", """Dear Mr. Kowalczyk,

Thank you for your request; the package is complete. The Architectural Review Committee meets on Tuesday, March 24, and you will have a decision from us by Friday, March 27.

Best regards,""", parent="ho3")
    add("ho5", lisa, [me], "2026-03-25 14:10", """Dear Mr. Kowalczyk,

The Architectural Review Committee approved your fence replacement request at last night's meeting. The approval letter is attached; please keep a copy for your contractor.

Best regards,""", parent="ho4",
        attachments=[("ARC_Approval_1418_FoxRunCt.pdf", "application/pdf", make_pdf([
            "Fox Run HOA - Architectural Review Committee",
            "Request approved: fence replacement, 1418 Fox Run Court"]))])
    add("ho6", me, [lisa], "2026-03-25 15:00", """Ms. Hoffmann,

Thank you for the quick turnaround. I will pass the letter along to the contractor.""",
        parent="ho5")

    # ---- St. Florian Parish
    add("ch1", barbara, [me], "2026-03-06 17:45", """Dear ushers and lectors,

Attached is the schedule for April and May, including Holy Week and Easter. Please look it over and let me know by March 15 if you need to swap – it's much easier to fix now than the Saturday before!

Easter Sunday is April 5 this year, so we need everyone we can get for the 7:30 (Polish), 9:00 and 11:00 Masses.

God bless,
Barbara Nowicki
Liturgical Ministries Coordinator""", subject="Usher & Lector Schedule – April/May", sig=False,
        attachments=[("Ushers_Lectors_AprMay2026.pdf", "application/pdf", make_pdf([
            "St. Florian Parish - Ushers & Lectors, April-May 2026",
            "Easter Sunday, April 5: 9:00 Mass ushers - G. Kowalczyk, S. Mazur, T. Lis"]))])
    add("ch2", me, [barbara], "2026-03-07 09:20", """Barbara,

I see that I am scheduled to usher at the 9:00 a.m. Mass on Easter Sunday. Our daughter will be home that weekend and we are planning to attend the 11:00 a.m. Mass as a family. Would it be possible to move me to the 11:00 a.m. slot, or to swap with someone who is scheduled there?

I am happy to take an extra Sunday in May in return.""", parent="ch1")
    add("ch3", barbara, [me], "2026-03-07 13:02", """No problem at all Greg, I switched you with Stan Mazur (he prefers the early one anyway). I'll put you down for May 17 too, bless you!

Barbara""", parent="ch2", sig=False)
    bul = """St. Florian Parish / Parafia św. Floriana
Palm Sunday / Niedziela Palmowa – March 29, 2026

HOLY WEEK SCHEDULE
Holy Thursday, April 2: Mass of the Lord's Supper 7:00 p.m. (bilingual)
Good Friday, April 3: Stations of the Cross 12:00 p.m.; Liturgy 7:00 p.m.
Holy Saturday, April 4: Blessing of Easter baskets / Święcenie pokarmów: 9:00 a.m. - 2:00 p.m., every half hour
Easter Sunday, April 5: 7:30 (po polsku), 9:00, 11:00

OGŁOSZENIA
W Wielką Sobotę święcenie pokarmów co pół godziny od 9:00 do 14:00. Prosimy o punktualność.
Spowiedź wielkanocna: poniedziałek i wtorek w Wielkim Tygodniu, 18:00 - 20:00.

Parish Finance Council: the 2025 annual financial report is available in the vestibule.

To unsubscribe from the weekly bulletin, use the link at the bottom of this email."""
    add("ch4", parish, [me], "2026-03-28 08:00", bul,
        subject="Biuletyn / Weekly Bulletin – Palm Sunday 2026",
        html=html_of(bul), html_only=True,
        headers=bulk_headers("<bulletin.stflorianparish.org>",
                             "https://stflorianparish.org/bulletin/unsubscribe"))

    # ---- Cousin in Poland (Polish)
    add("pl1", aga, [me], "2026-04-03 20:30", """Kochany Grzesiu,

Z okazji Świąt Wielkanocnych życzymy Tobie, Diane, Katie i cioci Helenie dużo zdrowia, spokoju i radości. Mama mówi, że ciocia Helena źle się czuła w zimie – jak się teraz czuje?

U nas wszystko dobrze, Tomek w końcu zdał egzamin na prawo jazdy (za trzecim razem!). Słyszałam od Marka, że straciłeś pracę – bardzo mi przykro. Jestem pewna, że szybko znajdziesz coś jeszcze lepszego.

Wesołego Alleluja!
Ściskam mocno,
Aga""", subject="Wesołych Świąt!", sig=False)
    add("pl2", me, [aga], "2026-04-04 10:15", """Droga Aga,

Dziękuję bardzo! Wesołych Świąt to you, Paweł, and the boys. Mom is much better now; she had a rough February with bronchitis but she's back to her card club and asking about all of you. Congratulations to Tomek – third time is the charm, as we say here.

Yes, the job news is true, but I have several good conversations going and I'm optimistic. Katie comes home tonight for Easter; we will send photos of the święconka.

Ściskam,
Grzegorz""", parent="pl1", sig=False)

    # ---- Mother's Medicare plan newsletters, and Linda
    sh1 = """Silver Harbor Health Plans – Medicare Advantage

Helen, your spring wellness update is here

This newsletter is sent to Helen Kowalczyk's authorized representative on file.

- It's time for your Annual Wellness Visit: schedule an appointment with your primary care provider at no cost to you.
- Your 2026 benefits at a glance: $0 preventive care, dental and vision allowances, and the OTC card balance that resets each quarter.
- Medication reminders: 90-day supplies through mail order can lower your copays.
- Join a free Medicare 101 meeting at your local library this spring.

Silver Harbor Health Plans is an HMO plan with a Medicare contract. Enrollment depends on contract renewal. To unsubscribe, click here."""
    add("sh1", silver, [me], "2026-03-05 07:30", sh1,
        subject="Helen, your spring wellness update is here", html=html_of(sh1), html_only=True,
        headers=bulk_headers("<members.silverharborhealth.com>",
                             "https://silverharborhealth.com/u/members"))
    sh2 = """Silver Harbor Health Plans – Medicare Advantage

Your OTC card has been reloaded for Q2

This newsletter is sent to Helen Kowalczyk's authorized representative on file.

Your quarterly over-the-counter allowance of $75 is ready to use at participating pharmacies. Unused balances do not roll over.

Also this month: how to prepare for a telehealth appointment, and a reminder that your plan covers rides to medical appointments.

Silver Harbor Health Plans is an HMO plan with a Medicare contract. To unsubscribe, click here."""
    add("sh2", silver, [me], "2026-04-07 07:30", sh2,
        subject="Your OTC card has been reloaded for Q2", html=html_of(sh2), html_only=True,
        headers=bulk_headers("<members.silverharborhealth.com>",
                             "https://silverharborhealth.com/u/members"))
    add("li1", linda, [me], "2026-03-28 10:05", """Greg,

Mom called me upset because Walgreens told her the new inhaler isn't covered and it's $180. Can you log into her Silver Harbor account (you're the rep on it, not me) and see if there's a prior authorization or something? She's down to maybe a week.

Also are you and Di coming Sunday after Easter or for dinner on the day?

Linda""", subject="Mom's inhaler", sig=False)
    add("li2", me, [linda], "2026-03-28 13:40", """Linda,

I logged in. The inhaler is a Tier 4 drug on her plan, and Dr. Patel's office needs to submit a coverage determination. I called them and they will fax it today; Silver Harbor has 72 hours to decide. I'll let Mom know.

We will come for dinner on Easter Sunday after the 11:00 Mass.

Greg""", parent="li1", sig=False)
    add("li3", linda, [me], "2026-03-28 14:02", """You're a lifesaver. See you Sunday the 5th.

Sent from Yahoo Mail for iPhone""", parent="li2", sig=False)

    # ---- Fantasy football (off-season)
    add("ff1", steve, [me, jim, tony, rich_k], "2026-03-09 20:10", """Gents,

Off-season business for the Cul-de-Sac Dynasty League:

1. Keeper declarations are due April 30 in the app. Max 3 keepers, round cost goes up one each year.
2. 2026 dues are $150, Venmo me by June 1. Last year's payout: Jim $900 (ugh), Greg $450, Rich $150.
3. Rookie draft will be in August, date TBD, probably the Saturday before the Bears' first preseason game.

Also - Tony, you still owe me $50 from the Super Bowl squares.

Commish""", subject="CDL 2026 – keepers, dues, rookie draft", sig=False)
    add("ff2", jim, [me, steve, tony, rich_k], "2026-03-09 21:02", """Can we PLEASE vote on going to PPR this year. It's 2026 guys.""",
        parent="ff1", sig=False)
    add("ff3", me, [steve, jim, tony, rich_k], "2026-03-10 07:45", """Gentlemen,

I second Jim's motion on PPR, and I will send my dues this week, since the accountant in the group should set a good example. Steve, please note that the league's books for 2025 reconcile to the penny; I checked.

Greg""", parent="ff2", sig=False)
    gh = """GridironHQ

Rich Kaminski (The Kaminski Kommanders) has proposed a trade in Cul-de-Sac Dynasty League:

You receive: 2026 Rookie Pick 1.04
You give: Puka Nacua (WR)

Review the trade in the app. Offers expire in 48 hours.

Manage notifications in Settings."""
    add("ff4", gridiron, [me], "2026-04-11 21:14", gh, subject="New trade offer in Cul-de-Sac Dynasty League",
        html=html_of(gh), html_only=True,
        headers=bulk_headers("<notify.gridironhq.com>", "https://gridironhq.com/settings/notify"))

    # ---- AICPA newsletters, ICPAS webinar (Zoom)
    ai1 = """AICPA & CIMA | CPE Express

This week in CPE
- Revenue recognition: five common ASC 606 issues in manufacturing contracts (2 CPE credits)
- Ethics for CPAs in Illinois: satisfy your four-hour requirement before September 30
- New: Controller's Toolkit - close automation and internal control over financial reporting

Member spotlight: how one controller cut the monthly close to four days.

You are receiving this email as an AICPA member. Manage your preferences or unsubscribe."""
    add("ai1", aicpa, [me], "2026-03-10 06:00", ai1,
        subject="CPE Express: ASC 606 in manufacturing, Illinois ethics credits",
        html=html_of(ai1), html_only=True,
        headers=bulk_headers("<cpe-express.aicpa-cima.com>", "https://aicpa-cima.com/prefs"))
    ai2 = """AICPA & CIMA | Journal of Accountancy Weekly

- Tax season: what the latest IRS guidance on 1099-K thresholds means for clients
- Career: how to prepare for a controller or CFO interview, and the questions to ask
- Technology: AI in the close process - where it helps and where it does not
- CPE webinar: Lease accounting three years on (1.5 credits)

You are receiving this email as an AICPA member. Manage your preferences or unsubscribe."""
    add("ai2", aicpa, [me], "2026-03-26 06:00", ai2,
        subject="JofA Weekly: the controller interview, AI in the close",
        html=html_of(ai2), html_only=True,
        headers=bulk_headers("<jofa-weekly.aicpa-cima.com>", "https://aicpa-cima.com/prefs"))
    ai3 = """AICPA & CIMA | CPE Express

Spring CPE sale: 25% off self-study courses through April 30.
- Inventory costing and valuation refresher (4 credits)
- Leading a finance team through an ERP implementation (3 credits)
- Internal controls for private companies (2 credits)

Reminder: your CPE reporting period for Illinois ends September 30, 2027.

You are receiving this email as an AICPA member. Manage your preferences or unsubscribe."""
    add("ai3", aicpa, [me], "2026-04-14 06:00", ai3,
        subject="Spring CPE sale: 25% off self-study through April 30",
        html=html_of(ai3), html_only=True,
        headers=bulk_headers("<cpe-express.aicpa-cima.com>", "https://aicpa-cima.com/prefs"))
    zoom_text = """Hi Gregory Kowalczyk,

Thank you for registering for "Lease Accounting Update 2026 (1.0 CPE)".

Date & Time: Apr 2, 2026 12:00 PM Central Time (US and Canada)

Join from a PC, Mac, iPad, iPhone or Android device:
https://icpas.zoom.us/w/98822014473

Add to calendar: use the attached file.

You can cancel your registration at any time.

Illinois CPA Society"""
    add("zm1", zoom, [me], "2026-03-27 09:12", zoom_text,
        subject="Illinois CPA Society: Lease Accounting Update 2026 (1.0 CPE) Confirmation",
        headers=AUTO,
        ics=make_ics(method="PUBLISH", uid=uid_uuid("icpas", "lease-webinar"),
                     stamp=at("2026-03-27 09:12"), start=at("2026-04-02 12:00"),
                     end=at("2026-04-02 13:00"),
                     summary="Lease Accounting Update 2026 (1.0 CPE)",
                     organizer=Person("Illinois CPA Society", "no-reply@zoom.us"),
                     tzid="America/Chicago", location="https://icpas.zoom.us/w/98822014473",
                     description="Illinois CPA Society webinar. Join: "
                                 "https://icpas.zoom.us/w/98822014473",
                     prodid="-//Zoom Video Communications//Zoom Webinar//EN"),
        ics_mode="attach")

    # ---- Job alerts
    def finjobs_alert(key, when, subject, jobs):
        body = ("FinJobs Chicago - new jobs matching \"Controller\" within 35 miles of "
                "Downers Grove, IL\n\n" + "\n\n".join(jobs) +
                "\n\nApply in one click with your FinJobs profile. Recruiters are viewing "
                "profiles like yours: update your resume to stay at the top of search results."
                "\n\nYou are receiving this job alert because you subscribed. Unsubscribe "
                "or edit this alert.")
        add(key, finjobs, [me], when, body, subject=subject, html=html_of(body),
            html_only=True,
            headers=bulk_headers("<alerts.finjobschicago.com>",
                                 "https://finjobschicago.com/alerts/unsubscribe"))
    finjobs_alert("fj1", "2026-02-27 06:45", "7 new Controller jobs near Downers Grove, IL", [
        "Controller - Manufacturing | Addison, IL | $145K-$165K\nOnsite. Interview process: two rounds. Easy apply.",
        "Assistant Controller | Oak Brook, IL | $120K-$135K\nHybrid. The hiring manager is reviewing applications this week.",
        "Plant Controller | Bedford Park, IL | Contract-to-hire\nPosted by a staffing agency. Apply now."])
    finjobs_alert("fj2", "2026-03-24 06:45", "5 new Controller jobs near Downers Grove, IL", [
        "Corporate Controller | Lisle, IL | $170K-$190K\nPrivate equity-backed. Interviews start next week.",
        "Controller | Naperville, IL | $150K\nDistribution. Phone screen with the recruiter, then onsite.",
        "Interim Controller (6 months) | Chicago, IL\nImmediate start. Apply today."])
    finjobs_alert("fj3", "2026-04-07 06:45", "6 new Controller jobs near Downers Grove, IL", [
        "Division Controller | Itasca, IL | $155K-$170K\nManufacturing. Recruiter: reply to schedule a call.",
        "Controller | Elk Grove Village, IL | $140K-$160K\nFood manufacturing. Interviewing now.",
        "Senior Accounting Manager | Downers Grove, IL | $125K\nHybrid, 3 days onsite."])
    pl1 = """ProLink Jobs

Jobs you may be interested in, Gregory

Controller - Westmont, IL - Posted 2 days ago - 43 applicants
Director of Accounting - Oak Brook, IL - Promoted - Be an early applicant
Controller (Manufacturing) - Wood Dale, IL - Actively recruiting

Your profile was viewed by 4 recruiters this week. Turn on Open to Work to let them know you're available for interviews.

Unsubscribe | Help"""
    add("pj1", prolink, [me], "2026-03-17 18:00", pl1,
        subject="Gregory, new Controller jobs in the Chicago area", html=html_of(pl1),
        html_only=True,
        headers=bulk_headers("<jobs.prolink.com>", "https://prolink.com/alerts/unsubscribe"))
    pl2 = pl1.replace("Westmont", "Bolingbrook").replace("43 applicants", "12 applicants").replace(
        "Wood Dale", "Itasca").replace("4 recruiters", "7 recruiters")
    add("pj2", prolink, [me], "2026-04-14 18:00", pl2,
        subject="Gregory, 3 new jobs match your preferences", html=html_of(pl2),
        html_only=True,
        headers=bulk_headers("<jobs.prolink.com>", "https://prolink.com/alerts/unsubscribe"))

    # ---- Doctor (ICS PUBLISH), friend, gas bill
    doc_text = """DuPage Family Medicine

Appointment confirmation

Patient: Gregory Kowalczyk
Provider: Anita Shah, MD
Date: Friday, April 3, 2026, 8:15 AM
Type: Annual physical (fasting labs - nothing to eat after midnight)
Location: 2100 Ogden Ave, Suite 300, Downers Grove, IL

To cancel or reschedule, call (630) 555-0100 at least 24 hours in advance.
This is an automated message."""
    add("dr1", doctor, [me], "2026-03-27 16:00", doc_text,
        subject="Appointment confirmation: Fri, Apr 3, 8:15 AM", headers=AUTO,
        ics=make_ics(method="PUBLISH", uid=uid_uuid("dupage", "physical"),
                     stamp=at("2026-03-27 16:00"), start=at("2026-04-03 08:15"),
                     end=at("2026-04-03 09:00"), summary="Annual physical - Dr. Shah",
                     organizer=Person("DuPage Family Medicine", "appointments@dupagefamilymed.com"),
                     location="2100 Ogden Ave, Suite 300, Downers Grove, IL",
                     prodid="-//DuPage Family Medicine//Patient Reminders//EN"),
        ics_mode="publish")
    add("ph1", phil, [me], "2026-03-14 11:20", """Kowal - my brother in law has 4 bleacher seats for the home opener and only 2 takers. You in? Misery loves company, and neither of us has to ask for the afternoon off anymore lol

Phil""", subject="Opening Day?", sig=False)
    add("ph2", me, [phil], "2026-03-14 12:05", """Phil,

Count me in, and put me down for the first round. How is the search going on your end? I heard Hollis let two more people go in the plant office last week.

Greg""", parent="ph1", sig=False)
    add("ph3", phil, [me], "2026-03-14 12:31", """Slow. Lots of "we'll keep your resume on file." See you at Murphy's before the game.""",
        parent="ph2", sig=False)
    gb = """Northern Lakes Gas

Your bill is ready

Account ending in 4471
Service address: 1418 Fox Run Ct, Downers Grove, IL
Amount due: $148.36
Due date: 04/08/2026

Pay online or enroll in AutoPay. Please do not reply to this email."""
    add("gb1", gas, [me], "2026-03-18 05:20", gb, subject="Your Northern Lakes Gas bill is ready",
        html=html_of(gb), html_only=True, headers=AUTO)

    # ================================================================== FACTS
    F = lambda s: at(s)
    # meetings
    case.meeting("c1a", F("2026-02-26 10:30"), None, met=["bschultz@callowaystaffing.com"],
                 thanks={"bschultz@callowaystaffing.com": "c1e"}, what="Calloway phone screen")
    case.meeting("c2a", F("2026-03-25 15:00"), None, met=["mwebb@callowaystaffing.com"],
                 thanks={"mwebb@callowaystaffing.com": "c2c"}, what="Calloway call")
    case.meeting("c3a", F("2026-04-16 08:30"), None, met=["tmorgan@callowaystaffing.com"],
                 status="scheduled", what="Calloway interim call")
    case.meeting("k1", F("2026-03-17 11:00"), None, met=["dave@keystoneinterim.com"],
                 thanks={"dave@keystoneinterim.com": "k5"}, what="Keystone call")
    case.meeting("k1", F("2026-04-09 10:00"), None, met=["laura.pierce@cardinalsupplyco.com"],
                 status="moved", what="Cardinal call, first slot")
    case.meeting("k1", F("2026-04-14 14:00"), None, met=["laura.pierce@cardinalsupplyco.com"],
                 status="moved", what="Cardinal call, second slot")
    case.meeting("k1", F("2026-04-13 11:00"), None, met=["laura.pierce@cardinalsupplyco.com"],
                 what="Cardinal call, held")
    case.meeting("n2", F("2026-03-30 14:00"), None, met=["aromero@northfieldpkg.com"],
                 thanks={"aromero@northfieldpkg.com": "n4"}, what="Northfield phone screen")
    case.meeting("n6", F("2026-04-06 10:00"), F("2026-04-06 11:00"),
                 met=["kodonnell@northfieldpkg.com"], what="Northfield Teams interview")
    case.meeting("d1", F("2026-03-20 11:00"), F("2026-03-20 11:30"),
                 met=["pocampo@duravent.com"], thanks={"pocampo@duravent.com": "d3"},
                 what="Duravent phone screen")
    case.meeting("d7", F("2026-04-08 09:00"), F("2026-04-08 11:30"),
                 met=["rhaas@duravent.com", "emarchetti@duravent.com", "tbrandt@duravent.com"],
                 thanks={"rhaas@duravent.com": "d9", "tbrandt@duravent.com": "d11"},
                 what="Duravent onsite panel")
    case.meeting("h1", F("2026-03-19 09:30"), F("2026-03-19 11:00"),
                 met=["mdunleavy@halvorsenplastics.com"],
                 thanks={"mdunleavy@halvorsenplastics.com": "h4"}, what="Halvorsen CFO")
    case.meeting("t1", F("2026-03-31 16:30"), None, met=["sharon.ekberg@tollwaylogistics.com"],
                 thanks={"sharon.ekberg@tollwaylogistics.com": "t4"}, what="Tollway call")
    case.meeting("p1", F("2026-04-07 09:30"), None, met=["dschaefer@prairieharvest.coop"],
                 what="Prairie Harvest call")
    case.meeting("r2", F("2026-04-10 13:00"), None, met=["sandra.kim@riverbendfoods.com"],
                 thanks={"sandra.kim@riverbendfoods.com": "r4"}, what="Riverbend call")
    case.meeting("a1", F("2026-04-09 08:00"), None, met=["jpruitt@lakesidemercy.org"],
                 what="alumni coffee")
    case.meeting("o1", F("2026-04-02 14:00"), F("2026-04-02 14:30"),
                 met=["kdorsey@orlandfasteners.com"], status="cancelled", what="Orland screen")
    case.meeting("cr1", F("2026-04-16 10:00"), F("2026-04-16 11:00"),
                 met=["alan.reyes@crestlinecomponents.com"], status="scheduled",
                 what="Crestline Zoom")
    case.meeting("hb1", F("2026-03-05 10:00"), F("2026-03-05 10:30"),
                 met=["dwojcik@hollisprecision.com"], job=False, what="benefits review")
    case.meeting("ho1", F("2026-04-21 19:00"), None, status="scheduled", job=False,
                 what="HOA annual meeting")
    case.meeting("zm1", F("2026-04-02 12:00"), F("2026-04-02 13:00"), job=False,
                 what="ICPAS webinar")
    case.meeting("dr1", F("2026-04-03 08:15"), F("2026-04-03 09:00"), job=False,
                 what="physical")

    # promises
    case.promise("hp1", "hp3", "dwojcik@hollisprecision.com", "2026-03-13", job=False)
    case.promise("k1", "k6", "dave@keystoneinterim.com", "2026-03-24", answered_by="k7")
    case.promise("ho3", "ho4", "lhoffmann@prairiemgmt.com", "2026-03-27", job=False)
    case.promise("h4", "h5", "mdunleavy@halvorsenplastics.com", "2026-03-31")
    case.promise("d1", "d4", "pocampo@duravent.com", "2026-03-31", answered_by="d5")
    case.promise("fa1", "fa2", "mdelgado@bradwell.edu", "2026-04-03", job=False)
    case.promise("c2a", "c2d", "mwebb@callowaystaffing.com", "2026-04-08", answered_by="c3a")
    case.promise("t1", "t5", "sharon.ekberg@tollwaylogistics.com", "2026-04-10")
    case.promise("n2", "n8", "aromero@northfieldpkg.com", "2026-04-10", ended_by="n9")
    case.promise("r2", "r5", "sandra.kim@riverbendfoods.com", "2026-04-14")
    case.promise("d1", "d12", "pocampo@duravent.com", "2026-04-17")
    case.promise("k1", "k13", "dave@keystoneinterim.com", "2026-04-17")
    case.promise("p1", "p4", "dschaefer@prairieharvest.coop", "2026-05-01")

    # ================================================================== THREADS
    T = case.thread
    T("c1a", True, "recruiter", "Calloway Finance & Accounting Staffing",
      "agency recruiter Brittany: phone screen Thu Feb 26 10:30 (no end stated), thanked the same "
      "day; on Mar 3 she hands Greg over to her colleague Marcus Webb; nothing promised")
    T("c2a", True, "recruiter", "Calloway Finance & Accounting Staffing",
      "Marcus: call Wed Mar 25 15:00, thanked 17:10; Apr 1 'I expect to hear back from them by "
      "Wednesday the 8th' - Marcus never wrote again, but his colleague Tasha (same agency) wrote "
      "on Apr 9, which settles it under the rules")
    T("c3a", True, "recruiter", "Calloway Finance & Accounting Staffing",
      "Tasha (same agency): interim assignment; call agreed for Thu Apr 16 08:30, still ahead")
    T("k1", True, "interview", "Keystone Interim Partners",
      "contract-to-hire recruiter Dave: call Tue Mar 17 11:00 thanked; 'by Tuesday the 24th' kept "
      "on Mar 23; client call with Laura Pierce (address in Dave's text) set for Thu Apr 9 10:00, "
      "moved to Tue Apr 14 14:00, then moved earlier to Mon Apr 13 11:00 ('Monday works') and "
      "held; Laura never thanked; Dave's 'feedback by Friday' (Apr 17) still open")
    T("n1", True, "application", "Northfield Packaging",
      "Workday acknowledgement (automated sender)")
    T("n2", True, "rejection", "Northfield Packaging",
      "phone screen Mon Mar 30 14:00 with Ashley, thanked 15:40; 'a decision by Friday, April 10' "
      "ended by her gentle rejection on Thu Apr 9")
    T("n6", True, "interview", "Northfield Packaging",
      "Outlook/Teams invite titled only 'Conversation': VP Finance Kevin O'Donnell, Mon Apr 6 "
      "10:00-11:00; never thanked; the rejection of Apr 9 does not cancel the thank-you owed")
    T("d1", True, "interview", "Duravent Industries",
      "Patricia: 30-minute phone screen Fri Mar 20 11:00, thanked; 'by Tuesday the 31st' kept on "
      "Mar 30 with the panel invitation; after the panel 'I'll reach out by Friday, April 17' "
      "(still open)")
    T("d7", True, "interview", "Duravent Industries",
      "Outlook invite (Central Standard Time) from Patricia, who is not on site, for the onsite "
      "panel Wed Apr 8 09:00-11:30 with Richard Haas, Elena Marchetti and Tom Brandt; the "
      "boardroom is a RESOURCE attendee; Richard and Tom thanked in new threads, Elena never")
    T("d9", True, "interview", "Duravent Industries",
      "Greg's thank-you to CFO Richard Haas the evening of the panel; Richard's reply")
    T("d11", True, "interview", "Duravent Industries",
      "Greg's separate thank-you to Tom Brandt on Apr 9")
    T("h1", True, "interview", "Halvorsen Plastics",
      "CFO's assistant schedules an in-person interview Thu Mar 19 09:30 (~90 minutes); she does "
      "not attend")
    T("h4", True, "interview", "Halvorsen Plastics",
      "Greg's thank-you to CFO Mark Dunleavy; his reply: other candidates next week, 'a decision "
      "will be made by end of month' (Mar 31); nothing from Halvorsen since")
    T("t1", True, "networking", "Tollway Logistics",
      "a quarter hour with a former audit colleague, now at Tollway: call Tue Mar 31 16:30, "
      "thanked that evening; 'I'll get back to you by Friday the 10th' and no word since")
    T("p1", True, "interview", "Prairie Harvest Cooperative",
      "'a conversation': call Tue Apr 7 09:30 (no end stated); Greg's follow-up with references "
      "does not thank; Don's 'you'll hear from me the week after' the 21st is far ahead")
    T("r1", True, "application", "Riverbend Foods", "iCIMS acknowledgement (automated sender)")
    T("r2", True, "interview", "Riverbend Foods",
      "phone call Fri Apr 10 13:00, thanked 15:50; 'in touch by Tuesday' (Apr 14) has passed but "
      "the grace runs to the end of Thu Apr 16")
    T("a1", True, "networking", "Lakeside Mercy Health System",
      "alumni network introduction; coffee Thu Apr 9 08:00 picked from two slots; the only "
      "thanks to Janet was sent the day before; her Apr 10 mail is not a thank-you from Greg")
    T("o1", True, "interview", "Orland Fasteners",
      "Teams phone screen Thu Apr 2 14:00-14:30, accepted")
    T("o3", True, "interview", "Orland Fasteners",
      "Outlook CANCEL of the Apr 2 phone screen (position on hold)")
    T("cr1", True, "interview", "Crestline Components",
      "slots offered in Eastern time; Greg picks Thu Apr 16 11:00 ET (10:00 Central)")
    T("cr4", True, "interview", "Crestline Components",
      "Greenhouse confirmation (no-reply sender, ICS in America/New_York) naming the CFO "
      "interviewer Alan Reyes with his address; interview still ahead")
    T("l1", True, "application", "Lakeview Foods", "Workday acknowledgement")
    T("l2", True, "rejection", "Lakeview Foods", "Workday rejection, no interview")
    T("e1", True, "networking", "Elmhurst Tool & Gauge",
      "wife forwards her cousin's lead; no meeting, nothing owed")
    T("rt1", True, "networking", None, "former CFO agrees to be a reference; nothing owed")
    T("hp1", False, None, "Hollis Precision Components",
      "former employer's HR: separation agreement, severance timing (payroll pays on Mar 13)")
    T("hb1", False, None, "Hollis Precision Components",
      "former employer's HR: separation benefits review meeting Thu Mar 5 (Teams); not job search")
    T("hp6", False, None, "BenefitBridge", "COBRA election notice")
    T("hp7", False, None, "PayTrack", "final pay statement notice")
    T("id1", False, None, "Illinois Department of Employment Security", "certification reminder")
    T("id2", False, None, "Illinois Department of Employment Security", "certification reminder")
    T("dt1", False, None, "Bradwell University", "daughter's tuition eBill")
    T("dt2", False, None, None, "daughter about the financial aid appeal")
    T("fa1", False, None, "Bradwell University",
      "financial aid appeal; 'notified by April 3', kept on Apr 2")
    T("ho1", False, None, "Fox Run Homeowners Association",
      "HOA annual meeting Tue Apr 21 19:00, reminder on Apr 14")
    T("ho3", False, None, "Fox Run Homeowners Association",
      "fence request; 'decision by Friday, March 27', approved Mar 25")
    T("ch1", False, None, "St. Florian Parish", "usher schedule, Easter swap")
    T("ch4", False, None, "St. Florian Parish", "bilingual parish bulletin")
    T("pl1", False, None, None, "cousin in Poland, Easter wishes in Polish")
    T("sh1", False, None, "Silver Harbor Health Plans", "mother's Medicare plan newsletter")
    T("sh2", False, None, "Silver Harbor Health Plans", "mother's Medicare plan newsletter")
    T("li1", False, None, None, "sister about their mother's inhaler coverage")
    T("ff1", False, None, None, "fantasy football league, off-season business")
    T("ff4", False, None, "GridironHQ", "fantasy app trade notification")
    T("ai1", False, None, "AICPA & CIMA", "CPE newsletter")
    T("ai2", False, None, "AICPA & CIMA", "CPE newsletter")
    T("ai3", False, None, "AICPA & CIMA", "CPE newsletter")
    T("zm1", False, None, "Illinois CPA Society", "Zoom webinar registration, Apr 2")
    T("fj1", False, None, "FinJobs Chicago", "job alert")
    T("fj2", False, None, "FinJobs Chicago", "job alert")
    T("fj3", False, None, "FinJobs Chicago", "job alert")
    T("pj1", False, None, "ProLink", "job alert")
    T("pj2", False, None, "ProLink", "job alert")
    T("dr1", False, None, "DuPage Family Medicine", "physical Fri Apr 3 (ICS PUBLISH)")
    T("ph1", False, None, None, "friend, baseball opener")
    T("gb1", False, None, "Northern Lakes Gas", "gas bill")

    # ================================================================== LABELS
    case.expect("thank_you", "n6", "kodonnell@northfieldpkg.com",
                "Teams interview Mon Apr 6 10:00-11:00 took place and was never thanked; the "
                "rejection of Apr 9 ends callbacks, not a thank-you owed; overdue since Apr 7 11:00")
    case.expect("callback", "h4", "mdunleavy@halvorsenplastics.com",
                "'A decision will be made by end of month' (Mar 31); nothing from Halvorsen "
                "since; due end of Thu Apr 2, not stale until Apr 16", promised="2026-03-31")
    case.expect("thank_you", "a1", "jpruitt@lakesidemercy.org",
                "alumni coffee Thu Apr 9 08:00 (60 min by default) took place; the only thanks was "
                "sent the day before; overdue since Apr 10 09:00")
    case.expect("thank_you", "k1", "laura.pierce@cardinalsupplyco.com",
                "call moved twice (Apr 9 -> Apr 14 -> earlier, Mon Apr 13 11:00) and held; "
                "address in Dave's text; never thanked; overdue since Apr 14 12:00")
    case.expect("thank_you", "d7", "emarchetti@duravent.com",
                "panelist at the Wed Apr 8 onsite; only Richard and Tom were thanked; overdue "
                "since Apr 9 11:30")
    case.expect("callback", "t1", "sharon.ekberg@tollwaylogistics.com",
                "'I'll get back to you by Friday the 10th'; nothing from Tollway since; due end "
                "of Tue Apr 14", promised="2026-04-10")
    case.expect("thank_you", "p1", "dschaefer@prairieharvest.coop",
                "call Tue Apr 7 09:30 (no end stated) took place; the follow-up with references "
                "does not thank him; overdue since Apr 8 10:30")

    case.forbid("c2a", "mwebb@callowaystaffing.com",
                "'by Wednesday the 8th' passed without word from Marcus, but his colleague Tasha "
                "at the same agency wrote on Apr 9, which settles it; his call was thanked")
    case.forbid("c1a", "bschultz@callowaystaffing.com",
                "handed Greg over to Marcus; her phone screen was thanked on Feb 26; nothing promised")
    case.forbid("n2", "aromero@northfieldpkg.com",
                "phone screen thanked on Mar 30; her 'decision by Friday, April 10' was ended by "
                "her rejection on Apr 9")
    case.forbid("n1", "northfieldpkg@myworkday.com", "automated Workday sender")
    case.forbid("d7", "ita-2f-boardroom@duravent.com",
                "a conference room (CUTYPE=RESOURCE) in the invite, not a person")
    case.forbid("d7", "rhaas@duravent.com",
                "panelist thanked in a new thread the evening of the panel")
    case.forbid("d1", "pocampo@duravent.com",
                "phone screen thanked; 'by Tuesday the 31st' kept; 'by Friday, April 17' still "
                "open; she was not at the panel")
    case.forbid("h1", "dreyes@halvorsenplastics.com",
                "the CFO's assistant scheduled the interview and did not attend; promised nothing")
    case.forbid("a1", "kwhitfield@stcasimir.edu",
                "alumni network staff who made the introduction; not at the coffee")
    case.forbid("r2", "sandra.kim@riverbendfoods.com",
                "call thanked the same afternoon; 'by Tuesday' (Apr 14) is inside the grace "
                "until the end of Thu Apr 16")
    case.forbid("k1", "dave@keystoneinterim.com",
                "his call was thanked on Mar 17; his 'by Tuesday the 24th' was kept; 'feedback "
                "by Friday' (Apr 17) still open; he was not on the client call")
    case.forbid("hb1", "dwojcik@hollisprecision.com",
                "former employer's HR benefits review meeting: not job search")
    case.forbid("cr4", "alan.reyes@crestlinecomponents.com",
                "interview on Thu Apr 16 10:00 Central is still ahead")
    case.forbid("c3a", "tmorgan@callowaystaffing.com",
                "call on Thu Apr 16 08:30 is still ahead")
    case.forbid("o1", "kdorsey@orlandfasteners.com",
                "phone screen cancelled on Mar 31 (ICS CANCEL); it never took place")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
