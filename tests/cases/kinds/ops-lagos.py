#!/usr/bin/env python3
"""Sealed case ops-lagos: Chidinma Okeke, operations manager in Lagos, remote and local search."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import casekit
import datetime as dt

casekit._fixed_zone("Africa/Nairobi", "+0300", "EAT", "E. Africa Standard Time")
casekit._fixed_zone("Africa/Lagos", "+0100", "WAT", "W. Central Africa Standard Time")

NAME = "ops-lagos"
LAG = "Africa/Lagos"
NBO = "Africa/Nairobi"
LON = "Europe/London"
NYC = "America/New_York"

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def build():
    now = dt.datetime(2026, 4, 22, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    user = {"name": "Chidinma Okeke", "emails": ["chidinma.okeke@example.com"],
            "phone": "+234 803 555 0147", "timezone": LAG}
    summary = (
        "Chidinma Okeke, 34, runs operations at Haulr, a Lagos logistics startup, and is looking "
        "for remote operations roles with UK, US and Kenyan companies and at two Lagos firms. "
        "The mailbox runs from 9 March to Wednesday 22 April 2026, 09:30 WAT, across the UK "
        "change to summer time (a GMT screen in March, BST in April, when London and Lagos share "
        "a clock) and the US one; invitations come in EAT, BST and US Eastern, Nigerian, Kenyan "
        "and British mail writes dates day first, US mail month first. Job search comes through "
        "a Teams panel in Nairobi, a GoodTime confirmation, Lever and Calendly, an HR firm's batch "
        "assessment, a WhatsApp-forwarded advert, a church friend's referral, a former boss and "
        "an introduction to a fintech ops lead; two out-of-office replies matter. Noise: her "
        "current job's ops mail (reviews, calls, a candidate she interviews), family and church "
        "mail partly in Igbo, bank alerts, power tokens, estate dues, job-board alerts.")
    c = Case(NAME, "Lagos operations manager applying to remote UK/US/Kenyan roles and two Lagos firms",
             user, now, summary)

    me = Person("Chidinma Okeke", "chidinma.okeke@example.com", LAG, "webmail",
                sig="Chidinma Okeke\nOperations Manager | Lagos, Nigeria\n+234 803 555 0147",
                msgid_domain="mail.example.com")
    c.me = me
    MESIG = me.sig
    pdf = make_pdf(["Chidinma Okeke", "Operations Manager - Last-mile & Fleet",
                    "Lekki, Lagos | +234 803 555 0147 | chidinma.okeke@example.com",
                    "Haulr Logistics (2022 - present): Operations Manager, 3 hubs, 140 riders",
                    "Cut failed first-attempt deliveries from 18% to 7% in 9 months",
                    "Kobo Courier (2018 - 2022): Hub Lead, Ikeja",
                    "B.Sc. Industrial Engineering, University of Ibadan; APICS CSCP (2024)"])
    CV = [("Chidinma_Okeke_CV_2026.pdf", "application/pdf", pdf)]
    CV2 = [("CV - Chidinma Okeke (Ops Manager).pdf", "application/pdf", pdf)]

    def P(name, email, tz=LAG, style="gmail", sig=None, **kw):
        return Person(name, email, tz, style, sig=sig, **kw)

    def ics(method, uid, stamp, start, end, summary, organizer, attendees, **kw):
        return make_ics(method=method, uid=uid, stamp=stamp, start=start, end=end,
                        summary=summary, organizer=organizer, attendees=attendees, **kw)

    at = c.at
    ACC = "ACCEPTED"
    NA = "NEEDS-ACTION"
    IND = "INDIVIDUAL"

    # ======================================================================
    # People
    # ======================================================================
    # Mzigo Freight (Nairobi)
    wanjiru = P("Wanjiru Kamau", "wanjiru.kamau@mzigofreight.co.ke", NBO, "outlook", region="eurprd08",
                sig="Wanjiru Kamau\nTalent Acquisition Lead | Mzigo Freight Ltd\n"
                    "Mombasa Road, Nairobi | +254 722 555 318")
    brian = P("Brian Otieno", "brian.otieno@mzigofreight.co.ke", NBO, "outlook", region="eurprd08")
    achieng = P("Achieng Odhiambo", "achieng.odhiambo@mzigofreight.co.ke", NBO, "outlook",
                region="eurprd08")
    # Larkfield Logistics (UK)
    rosie = P("Rosie Hartley", "rosie.hartley@larkfield.co.uk", LON, "outlook", region="eurprd03",
              sig="Rosie Hartley | Talent Partner\nLarkfield Logistics Ltd\n"
                  "Unit 4, Magna Park, Lutterworth LE17 4XN\nM: +44 7700 900 412")
    tom = P("Tom Whitcombe", "tom.whitcombe@larkfield.co.uk", LON, "outlook", region="eurprd03",
            sig="Tom Whitcombe\nHead of Fulfilment, Larkfield Logistics\nSent from Outlook for iOS")
    priya = P("Priya Shah", "priya.shah@larkfield.co.uk", LON, "outlook", region="eurprd03",
              sig="Priya Shah\nOperations Director\nLarkfield Logistics Ltd")
    goodtime = P("Larkfield Logistics via GoodTime", "no-reply@goodtime.io", LON, "auto", auto=True)
    # Brightlane (US)
    kayla = P("Kayla Jennings", "kayla.jennings@brightlane.com", NYC, "gmail",
              sig="Kayla Jennings\nSenior Technical Recruiter | Brightlane Supply Co.\n"
                  "(617) 555-0193 | she/her")
    lever = P("Brightlane Supply Co.", "no-reply@hire.lever.co", NYC, "auto", auto=True)
    # Quayside Commerce (US)
    dev = P("Dev Malhotra", "dev@quaysidecommerce.com", NYC, "gmail",
            sig="Dev\n--\nDev Malhotra | VP Operations | Quayside Commerce\nBrooklyn, NY")
    calendly = P("Calendly", "no-reply@calendly.com", NYC, "auto", auto=True)
    # Sahel Cold Chain (Lagos)
    folake = P("Folake Adesanya", "folake.adesanya@sahelcoldchain.com.ng", LAG, "webmail",
               msgid_domain="mail.sahelcoldchain.com.ng",
               sig="Mrs. Folake Adesanya\nHR & Admin Manager\nSahel Cold Chain Ltd\n"
                   "Plot 12, Oregun Industrial Estate, Ikeja")
    cousin = P("Ugochi Nwachukwu", "ugochi.nwachukwu@gmail.com", LAG, "gmail")
    # Kobo Beverages (Lagos), via church friend
    ifeoma = P("Ifeoma Eze", "ifeomaeze.ph@gmail.com", LAG, "gmail")
    segun = P("Segun Alabi", "segun.alabi@kobobeverages.com", LAG, "outlook", region="eurprd06",
              sig="Segun Alabi\nHR Business Partner, Supply Chain\nKobo Beverages Plc\n"
                  "Agbara Industrial Estate, Ogun State\n0809 555 2210")
    # Bridgeview Talent Partners (HR firm)
    bv_assess = P("Bridgeview Assessments", "assessments@bridgeviewtalent.com", LAG, "outlook",
                  region="eurprd06")
    adaeze = P("Adaeze Nwosu", "adaeze.nwosu@bridgeviewtalent.com", LAG, "outlook", region="eurprd06",
               sig="Adaeze Nwosu\nSenior Consultant, Executive Search & Assessment\n"
                   "Bridgeview Talent Partners\n3rd Floor, 14 Idowu Taylor Street, Victoria Island\n"
                   "+234 1 555 0870")
    # Danfo Mobility (Lagos)
    bisi = P("Bisi Okafor", "bisi.okafor@danfomobility.com", LAG, "gmail",
             sig="Bisi Okafor\nPeople & Culture | Danfo Mobility\nwww.danfomobility.com")
    kunle = P("Kunle Bamidele", "kunle.bamidele@danfomobility.com", LAG, "gmail")
    # Networking
    ngozi = P("Ngozi Ibekwe", "ngozi.ibekwe@gmail.com", LON, "gmail")
    bola = P("Bola Martins", "bola.martins@paystride.co.uk", LON, "gmail",
             sig="Bola Martins\nHead of Payments Operations, Paystride\nSent from my iPhone")
    emeka = P("Emeka Obi", "emeka.obi@kargoline.africa", LAG, "gmail",
              sig="Emeka Obi\nCOO, Kargoline Africa\nSent from my BlackBerry-era thumbs on an iPhone")
    # TalentHive (recruitment agency, WhatsApp group)
    tobi = P("Tobi Adeleke", "tobi@talenthive.ng", LAG, "gmail",
             sig="Tobi Adeleke\nRecruitment Consultant | TalentHive\n0813 555 7702 (WhatsApp)")
    # Osprey Health Supply (US)
    megan = P("Megan Doyle", "megan.doyle@ospreyhealthsupply.com", NYC, "outlook", region="namprd04",
              sig="Megan Doyle\nTalent Acquisition Partner\nOsprey Health Supply | Boston, MA")
    chris = P("Chris Nolan", "chris.nolan@ospreyhealthsupply.com", NYC, "outlook", region="namprd04")
    # Fenwick & Hale (UK)
    hannah = P("Hannah Price", "hannah.price@fenwickhale.co.uk", LON, "outlook", region="eurprd02",
               sig="Hannah Price\nTalent Partner | Fenwick & Hale Distribution\n+44 1604 555 019")
    # Parcelwise (US)
    sam = P("Sam Carter", "sam.carter@parcelwise.com", NYC, "gmail")
    # Savanna Cargo (Kenya)
    njeri = P("Njeri Mwangi", "njeri.mwangi@savannacargo.co.ke", NBO, "gmail",
              sig="Njeri Mwangi | HR Officer\nSavanna Cargo Ltd, Embakasi, Nairobi")
    # Atlas Shipping (portal only)
    workday = P("Atlas Shipping Group", "atlasshipping@myworkday.com", LON, "auto", auto=True)

    # Current job: Haulr
    tunde = P("Tunde Okafor", "tunde@haulr.ng", LAG, "gmail",
              sig="Tunde\n\nTunde Okafor | CEO, Haulr\n+234 809 555 0100")
    funmi = P("Funmi Adeyemi", "funmi.adeyemi@haulr.ng", LAG, "gmail",
              sig="Funmi Adeyemi\nPeople Operations, Haulr")
    opscoord = P("Haulr Ops Coordination", "ops@haulr.ng", LAG, "outlook", region="eurprd06")
    yusuf = P("Yusuf Abdullahi", "yusuf.abdullahi92@gmail.com", LAG, "gmail")
    vendor = P("Kemi Lawson", "kemi@waybillapi.com", LAG, "gmail",
               sig="Kemi Lawson\nCustomer Success, Waybill API")
    # Family, church, friends
    mum = P("Mama Chidinma", "ngoziokeke58@yahoo.com", LAG, "webmail", msgid_domain="mail.yahoo.com")
    obinna = P("Obinna Okeke", "obinna.okeke@gmail.com", LAG, "gmail")
    tolu = P("Tolu Bankole", "tolubankole@gmail.com", LAG, "gmail")
    church = P("St. Jude's Anglican Church, Lekki", "info@stjudeslekki.org", LAG, "webmail",
               msgid_domain="stjudeslekki.org")
    choir = P("Deaconess Grace Oyelaran", "grace.oyelaran@stjudeslekki.org", LAG, "webmail",
              msgid_domain="stjudeslekki.org")
    # Services
    bank = P("Crestline Bank", "alerts@crestlinebank.ng", LAG, "auto", auto=True)
    bankstmt = P("Crestline Bank e-Statements", "estatement@crestlinebank.ng", LAG, "auto", auto=True)
    power = P("Lagos Metro Power", "noreply@lagosmetropower.com", LAG, "auto", auto=True)
    powerops = P("Lagos Metro Power Customer Care", "customercare@lagosmetropower.com", LAG, "auto",
                 auto=True)
    jobber = P("Jobberman Alerts", "alerts@jobberman.com", LAG, "auto", auto=True)
    linkedin = P("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", LAG, "auto", auto=True)
    freight = P("Freight Notes Africa", "newsletter@freightnotes.africa", LAG, "auto", auto=True)
    bukka = P("Bukka Express", "orders@bukkaexpress.ng", LAG, "auto", auto=True)
    zuma = P("Zuma Rides", "receipts@zumarides.com", LAG, "auto", auto=True)
    estate = P("Palmgrove Court Residents Association", "secretary.palmgrovecourt@gmail.com", LAG,
               "gmail")
    clinic = P("Lekki Haven Clinic", "appointments@lekkihaven.clinic", LAG, "auto", auto=True)
    coursera = P("Learnwell", "no-reply@learnwell.org", LAG, "auto", auto=True)
    starview = P("StarView TV", "billing@starviewtv.ng", LAG, "auto", auto=True)

    # ======================================================================
    # Mzigo Freight, Nairobi: panel over Teams
    # ======================================================================
    c.add("mz1", wanjiru, [me], "2026-04-01 12:40",
          "Good afternoon Chidinma,\n\n"
          "Thank you for your interest in the Regional Operations Manager (West Africa) position at "
          "Mzigo Freight. I am pleased to let you know that you have been shortlisted for a panel "
          "conversation with our Head of Operations and Finance.\n\n"
          "Kindly indicate which of the following works for you (all times are East Africa Time, "
          "GMT+3):\n\n"
          "  - Wednesday 8th April, 11:00 - 12:30\n"
          "  - Thursday 9th April, 10:00 - 11:30\n"
          "  - Friday 10th April, 14:00 - 15:30\n\n"
          "The session will be on Microsoft Teams. Please have a copy of your CV at hand.\n\n"
          "Kind regards,",
          subject="Mzigo Freight - Regional Operations Manager (West Africa): panel availability")
    c.add("mz2", me, [wanjiru], "2026-04-01 15:05",
          "Good afternoon Wanjiru,\n\n"
          "I trust this meets you well. Many thanks for the good news.\n\n"
          "Thursday 9th April, 10:00 EAT suits me best - that is 8:00am my time in Lagos, so no "
          "clash with my morning stand-up.\n\n"
          "Warm regards,", parent="mz1")
    c.add("mz3", wanjiru, [me], "2026-04-01 17:12",
          "Noted, Chidinma. Invite to follow shortly.\n\nRegards,\nWanjiru", parent="mz1", sig=False)

    mz_start = at("2026-04-09 10:00", wanjiru)
    mz_end = at("2026-04-09 11:30", wanjiru)
    mz_desc = ("Panel conversation - Regional Operations Manager (West Africa)\n\n"
               "Panel: Brian Otieno (Head of Operations), Achieng Odhiambo (Finance Business "
               "Partner), Wanjiru Kamau (Talent Acquisition).\n\n"
               "________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Meeting ID: 391 552 804 117\nPasscode: Kq7Lm2\n"
               "________________________________________________________________________________")
    mz_ics = ics("REQUEST", uid_outlook(NAME, "mzigo-panel"), at("2026-04-01 17:20", wanjiru),
                 mz_start, mz_end, "Panel: Chidinma Okeke - ROM West Africa", wanjiru,
                 [(brian, ACC, IND), (achieng, ACC, IND), (me, NA, IND),
                  (("NBO-Westlands 3rd Flr Boardroom", "nbo-westlands-boardroom3@mzigofreight.co.ke"),
                   ACC, "ROOM")],
                 tzid="E. Africa Standard Time", description=mz_desc,
                 location="Microsoft Teams Meeting; NBO-Westlands 3rd Flr Boardroom",
                 prodid=OUTLOOK_PRODID)
    c.add("mzi", wanjiru, [me], "2026-04-01 17:20",
          "Panel: Brian Otieno (Head of Operations), Achieng Odhiambo (Finance Business Partner), "
          "Wanjiru Kamau (Talent Acquisition).\n\n"
          "________________________________________________________________________________\n"
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
          "Click here to join the meeting\nMeeting ID: 391 552 804 117\nPasscode: Kq7Lm2\n",
          subject="Panel: Chidinma Okeke - ROM West Africa", sig=False, cc=[brian, achieng],
          ics=mz_ics, ics_mode="outlook")
    c.add("mzi2", me, [wanjiru], "2026-04-01 18:02",
          "Chidinma Okeke has accepted this meeting.\n", subject="Accepted: Panel: Chidinma Okeke - ROM West Africa",
          parent="mzi", sig=False, quote=False)
    # thank-you to Brian, in the invite thread, after the panel
    c.add("mzt_b", me, [brian], "2026-04-09 12:05",
          "Dear Brian,\n\n"
          "Thank you for the time you and the panel gave me this morning. Your question on how I "
          "would stand up a cross-border linehaul desk between Lagos and Accra has stayed with me "
          "- it is close to what I did when we opened our Ibadan route, and I would relish doing "
          "it at Mzigo's scale.\n\n"
          "A few reasons I believe I fit the West Africa role:\n"
          "- I run three hubs and 140 riders today, with on-time delivery at 93%.\n"
          "- I have negotiated with Nigerian customs brokers and know where shipments get stuck.\n"
          "- I like numbers: our failed-delivery rate fell from 18% to 7% on my watch.\n\n"
          "I remain very interested and will follow up with Wanjiru on the next steps.\n\n"
          "Best regards,", parent="mzi", subject="Re: Panel: Chidinma Okeke - ROM West Africa",
          quote=False)
    c.add("mz4", me, [wanjiru], "2026-04-09 10:50",
          "Dear Wanjiru,\n\n"
          "Thank you for putting the panel together and for your questions this morning - I "
          "enjoyed the conversation, Teams network wahala aside on my end for the first two "
          "minutes.\n\nBest regards,", parent="mz3")
    c.add("mz5", wanjiru, [me], "2026-04-09 14:20",
          "Dear Chidinma,\n\n"
          "Well done today, the panel enjoyed the discussion.\n\n"
          "As a next step, kindly share the names and contacts of two professional referees, one of "
          "whom should be a current or recent line manager.\n\n"
          "The panel will reconvene on Thursday 16th April to agree on a recommendation, and we "
          "shall communicate the outcome to you by Friday 17th April.\n\n"
          "Kind regards,", parent="mz4")
    c.add("mz6", me, [wanjiru], "2026-04-10 08:35",
          "Good morning Wanjiru,\n\n"
          "Noted with thanks. One of my referees is travelling and I want to confirm he is "
          "comfortable before I share his line, so I will send both referees' details by Tuesday, "
          "14th April.\n\nRegards,", parent="mz5")
    c.add("mz7", me, [wanjiru], "2026-04-14 09:10",
          "Dear Wanjiru,\n\nAs promised, please find my referees below:\n\n"
          "1. Mr. Tunde Okafor - CEO, Haulr (current line manager) - +234 809 555 0100\n"
          "2. Mrs. Yetunde Sowemimo - former Head of Operations, Kobo Courier - +234 802 555 3391\n\n"
          "Both are expecting a call or email.\n\nKind regards,", parent="mz6")
    c.add("mz8", wanjiru, [me], "2026-04-14 11:10",
          "Thank you for your email.\n\n"
          "I am out of office from Tuesday 14th April and will be back on Monday 27th April 2026, "
          "with limited access to email. For urgent recruitment matters kindly contact "
          "hr@mzigofreight.co.ke.\n\nAsante,\nWanjiru Kamau",
          parent="mz7", subject="Automatic reply: Re: Mzigo Freight - Regional Operations Manager "
          "(West Africa): panel availability", quote=False, sig=False,
          headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    c.thread("mz1", True, "interview", "Mzigo Freight Ltd",
             "panel Thu 9 Apr 10:00-11:30 EAT agreed by slot pick; Wanjiru thanked here; "
             "'outcome by Friday 17th April', but her out-of-office gives a return on Mon 27 Apr; "
             "user's own promise (referees by Tue 14 Apr) kept on the 14th")
    c.thread("mzi", True, "interview", "Mzigo Freight Ltd",
             "Teams invite (E. Africa Standard Time) with a room; Brian thanked in this thread; "
             "Achieng never thanked")
    c.meeting("mzi", mz_start, mz_end, met=[brian.email, achieng.email, wanjiru.email],
              thanks={brian.email: "mzt_b", wanjiru.email: "mz4"}, what="Mzigo panel")
    c.promise("mz1", "mz5", wanjiru.email, "2026-04-17", back="2026-04-27")
    c.own_promise("mz1", "mz6", wanjiru.email, "2026-04-14", kept_by="mz7")
    c.expect("thank_you", "mzi", achieng.email,
             "on the Teams panel Thu 9 Apr 08:00-09:30 WAT (attendee in the invite); only Brian "
             "and Wanjiru were thanked; overdue since 10 Apr 09:30")
    c.forbid("mzi", brian.email, "thanked in this thread at 12:05 the same day")
    c.forbid("mz1", wanjiru.email,
             "'by Friday 17th April' passed, but her out-of-office says she is back Mon 27 Apr, "
             "so the callback is counted from then; her own panel thanked; the user's referee "
             "promise kept on 14 Apr")

    # ======================================================================
    # Larkfield Logistics (UK): screen in GMT, panel in BST via GoodTime
    # ======================================================================
    c.add("lk1", rosie, [me], "2026-03-16 10:14",
          "Hi Chidinma,\n\n"
          "Hope you're well. I came across your profile after you applied for our Remote Operations "
          "Manager (Network Planning) role and I'd love to have an initial chat - nothing formal, "
          "just 30 minutes to talk through your background and what we're building.\n\n"
          "Would Thursday 19 March at 11:30 (UK time) work? My colleague Jamie from the planning "
          "team may dial in for the second half if his diary allows.\n\n"
          "Best,\nRosie", subject="Remote Ops Manager (Network Planning) - initial chat?", sig=True)
    c.add("lk2", me, [rosie], "2026-03-16 13:02",
          "Hello Rosie,\n\n"
          "Good to hear from you. Thursday 19th at 11:30 UK time works - that's 12:30 here in Lagos "
          "(we are an hour ahead of you until your clocks change). Kindly send the dial-in when "
          "convenient.\n\nRegards,", parent="lk1")
    c.add("lk3", rosie, [me], "2026-03-16 14:40",
          "Perfect - I'll just ring you on +234 803 555 0147 if that's ok? Speak Thursday.\n\nR",
          parent="lk2", sig=False)
    c.add("lk4", me, [rosie], "2026-03-19 15:20",
          "Hi Rosie,\n\n"
          "Thank you for the call earlier, and please pass my thanks to Jamie too - I didn't catch "
          "his surname or email, so if you're able to share it I'd like to drop him a short note. "
          "The bit about re-planning your Midlands routes around driver hours was fascinating.\n\n"
          "Best regards,", parent="lk3")
    c.add("lk5", rosie, [me], "2026-03-19 16:05",
          "Thanks Chidinma, likewise! I'll pass that on to Jamie. I'm catching up with the hiring "
          "team early next week, so you'll have feedback from me by Wednesday 25th at the latest.\n\n"
          "Rosie", parent="lk4", sig=False)
    c.add("lk6", rosie, [me], "2026-03-24 09:48",
          "Hi Chidinma,\n\n"
          "Good news - Tom and Priya would like to meet you for the next stage (about 75 minutes, "
          "on video, including a short case on a peak-season capacity problem). You'll get an "
          "email from GoodTime shortly with times to pick from.\n\n"
          "Speak soon,", parent="lk5")
    c.add("lk7", me, [rosie], "2026-03-24 11:15",
          "Wonderful news, Rosie. I'll look out for it.\n\nRegards,", parent="lk6")
    lk_start = at("2026-03-19 11:30", rosie)
    c.meeting("lk1", lk_start, lk_start + dt.timedelta(minutes=30), met=[rosie.email],
              thanks={rosie.email: "lk4"}, unknown=["Jamie (planning team)"],
              arranged_by=rosie.email, what="Larkfield phone screen")
    c.promise("lk1", "lk5", rosie.email, "2026-03-25", answered_by="lk6")
    c.thread("lk1", True, "interview", "Larkfield Logistics",
             "phone screen Thu 19 Mar 11:30-12:00 GMT (12:30 WAT) thanked in the thread; Jamie's "
             "address asked for in the same note; 'feedback by Wednesday 25th' kept on the 24th")
    c.forbid("lk1", rosie.email,
             "screen thanked on 19 Mar (and the note already asked her for Jamie's address); her "
             "'by Wednesday 25th' was kept on 24 Mar; she arranged the panel but did not sit on it")

    gt_body = (
        "Hi Chidinma,\n\n"
        "Your interview with Larkfield Logistics is confirmed.\n\n"
        "Role: Remote Operations Manager (Network Planning)\n"
        "When: Tuesday, 14 April 2026, 14:00 - 15:15 BST (British Summer Time)\n"
        "Where: Microsoft Teams - link below\n\n"
        "Your interviewers:\n"
        "  Tom Whitcombe, Head of Fulfilment - tom.whitcombe@larkfield.co.uk\n"
        "  Priya Shah, Operations Director - priya.shah@larkfield.co.uk\n\n"
        "Agenda: introductions (10 min), capacity case discussion led by Priya (35 min), "
        "competency questions with Tom (20 min), your questions (10 min).\n\n"
        "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_LkfD93\n\n"
        "Need to reschedule? Use the link in this email - please don't reply directly, this inbox "
        "is not monitored.\n\nPowered by GoodTime")
    c.add("gt1", goodtime, [me], "2026-03-26 16:22", gt_body,
          subject="Interview Confirmed: Larkfield Logistics - Tue, 14 Apr 2026, 14:00 BST",
          html=html_of(gt_body), html_only=True, headers=AUTO, sig=False,
          reply_to=P("Larkfield Recruiting", "no-reply@goodtime.io"))
    c.add("gt2", goodtime, [me], "2026-04-13 14:00",
          "Reminder: your interview with Larkfield Logistics is tomorrow, Tuesday 14 April, at "
          "14:00 BST with Tom Whitcombe and Priya Shah.\n\nPowered by GoodTime",
          parent="gt1", subject="Reminder: Interview with Larkfield Logistics tomorrow", sig=False,
          quote=False, headers=AUTO)
    c.add("pr1", priya, [me], "2026-04-10 17:30",
          "Hi Chidinma,\n\n"
          "Ahead of Tuesday, attached is a one-page brief for the case we'll discuss. No need to "
          "prepare slides - I'm more interested in how you think out loud. It should take no more "
          "than half an hour to read.\n\nKind regards,",
          subject="Pre-read for Tuesday", cc=[rosie],
          attachments=[("Larkfield_peak_capacity_brief.pdf", "application/pdf",
                        make_pdf(["Peak capacity case", "Three DCs, one carrier exit, Black Friday"]))])
    c.add("pr2", me, [priya], "2026-04-10 19:44",
          "Thanks Priya, received. See you Tuesday.\n\nChidinma\nSent from my iPhone",
          parent="pr1", sig=False)
    lk_p_start = at("2026-04-14 14:00", tom)
    lk_p_end = at("2026-04-14 15:15", tom)
    c.add("tw1", me, [tom], "2026-04-14 19:05",
          "Dear Tom,\n\n"
          "Thank you for your time this afternoon. I appreciated how candid you were about the "
          "pressure on the Daventry site over peak, and it made me more certain I want to help solve "
          "it.\n\n"
          "Why I think I could be useful to your team:\n"
          "- I plan capacity daily across three hubs with real volatility in demand.\n"
          "- I have run a carrier exit mid-quarter without losing a customer.\n"
          "- I build the dashboards myself, so I can see problems before they reach the floor.\n\n"
          "I mentioned our cross-dock redesign; I'll send you the short deck on it by Friday 24th "
          "April, once I have taken out the client names.\n\n"
          "Kind regards,", subject="Thank you - Remote Operations Manager interview")
    c.add("tw2", tom, [me], "2026-04-15 08:12",
          "Hi Chidinma,\n\n"
          "Lovely note, and the deck would be great. We've still got two more candidates to see "
          "this week, so we're hoping to make a decision by the end of next week and Rosie will be "
          "in touch either way.\n\nTom", parent="tw1")
    c.meeting("gt1", lk_p_start, lk_p_end, met=[tom.email, priya.email],
              thanks={tom.email: "tw1"}, what="Larkfield panel")
    c.promise("tw1", "tw2", tom.email, "2026-04-24")
    c.own_promise("tw1", "tw1", tom.email, "2026-04-24")
    c.thread("gt1", True, "interview", "Larkfield Logistics",
             "GoodTime confirmation, no ICS, names both interviewers with addresses; video "
             "interview Tue 14 Apr 14:00-15:15 BST (= WAT); Tom thanked in a new thread, Priya not")
    c.thread("pr1", True, "interview", "Larkfield Logistics",
             "Priya's pre-read; the user's 'Thanks' came four days before the interview")
    c.thread("tw1", True, "interview", "Larkfield Logistics",
             "thank-you to Tom in a new thread, with the user's promise of a deck by Fri 24 Apr; "
             "Tom: decision 'by the end of next week' (Fri 24 Apr), other candidates still to see")
    c.expect("thank_you", "gt1", priya.email,
             "interviewed her Tue 14 Apr 14:00-15:15 BST (she led the case); the only 'thanks' to "
             "her was on 10 Apr, before the meeting; overdue since 15 Apr 15:15")
    c.forbid("gt1", goodtime.email, "automated scheduler sender (no-reply@goodtime.io)")
    c.forbid("tw1", tom.email,
             "thanked on 14 Apr; his 'decision by the end of next week' (Fri 24 Apr) is still "
             "open, and so is the user's own 'deck by Friday 24th'")

    # ======================================================================
    # Brightlane Supply Co. (US): Lever, phone screen, 'within the next two weeks'
    # ======================================================================
    lv = ("Hi Chidinma,\n\n"
          "Thanks for applying to the Operations Manager, International Fulfillment (Remote) "
          "position at Brightlane Supply Co. Our team will review your application and reach out "
          "if there's a fit.\n\nBest,\nThe Brightlane Talent Team\n\n"
          "This message was sent from an unmonitored address.")
    c.add("lv1", lever, [me], "2026-03-17 22:41", lv,
          subject="Thanks for applying to Brightlane Supply Co.", html=html_of(lv), sig=False,
          headers=AUTO)
    c.thread("lv1", True, "application", "Brightlane Supply Co.",
             "Lever acknowledgement of a portal application")
    c.add("bl1", kayla, [me], "2026-03-20 10:05",
          "Hi Chidinma,\n\n"
          "Thanks for your interest in our Operations Manager, International Fulfillment role! I'd "
          "love to set up a 30 minute intro call to learn more about you.\n\n"
          "This email confirms our phone call on Thursday, 3/26 from 11:00 to 11:30 AM ET. I'll "
          "call you on WhatsApp at the number on your resume - let me know if a Zoom would be "
          "easier.\n\nTalk soon!", subject="Brightlane intro call - Thursday 3/26")
    c.add("bl2", me, [kayla], "2026-03-20 16:31",
          "Hello Kayla,\n\n"
          "That works well - 11:00am ET is 4:00pm here in Lagos. WhatsApp is fine; +234 803 555 "
          "0147.\n\nBest regards,", parent="bl1")
    bl_start = at("2026-03-26 11:00", kayla)
    c.add("bl3", me, [kayla], "2026-03-26 18:10",
          "Hi Kayla,\n\n"
          "Thank you for the conversation this afternoon and for being so patient when my power "
          "went off halfway through (the joys of Lagos - the generator kicked in within a minute!). "
          "I'm excited about how Brightlane is building out the Rotterdam and Lagos lanes.\n\n"
          "Best regards,", parent="bl2")
    c.add("bl4", kayla, [me], "2026-03-27 09:22",
          "Ha, no worries at all - happens to us with Zoom on a good day!\n\n"
          "I'm sharing your profile and my notes with Jordan and the hiring team today. You should "
          "hear back from me within the next two weeks on whether we'd like to move forward.\n\n"
          "Have a great weekend!", parent="bl3")
    c.meeting("bl1", bl_start, bl_start + dt.timedelta(minutes=30), met=[kayla.email],
              thanks={kayla.email: "bl3"}, what="Brightlane screen")
    c.promise("bl1", "bl4", kayla.email, "2026-04-10")
    c.thread("bl1", True, "recruiter", "Brightlane Supply Co.",
             "phone call Thu 26 Mar 11:00-11:30 ET confirmed in words, thanked; 'within the next "
             "two weeks' (from Fri 27 Mar: Fri 10 Apr); nothing from Brightlane since")
    c.expect("callback", "bl1", kayla.email,
             "'hear back from me within the next two weeks' said Fri 27 Mar (window to Fri 10 Apr); "
             "no word from Brightlane since; due end of Tue 14 Apr", promised="2026-04-10")

    # ======================================================================
    # Quayside Commerce (US): Calendly, own promise
    # ======================================================================
    c.add("qs1", dev, [me], "2026-04-13 09:02",
          "Hi Chidinma -\n\n"
          "Saw your application come through for our Ops Lead role (the Lagos 3PL experience "
          "jumped out - we're about to launch West Africa wholesale). Want to grab 30 min this "
          "week? Pick whatever suits: calendly.com/dev-quayside/30min\n\n"
          "Dev", subject="Quayside x Chidinma", sig=False)
    c.add("qs2", me, [dev], "2026-04-13 15:40",
          "Hi Dev,\n\n"
          "Thank you for reaching out. I've grabbed Thursday the 16th at 10am your time (3pm in "
          "Lagos). Looking forward.\n\nBest,", parent="qs1")
    qs_start = at("2026-04-16 10:00", dev)
    qs_end = at("2026-04-16 10:30", dev)
    cal_body = ("A new event has been scheduled.\n\n"
                "Event Type: 30 Minute Meeting\n"
                "Invitee: Chidinma Okeke\nInvitee Email: chidinma.okeke@example.com\n"
                "Event Date/Time: 03:00pm - 03:30pm (Thursday, April 16, 2026) (West Africa Time)\n"
                "Location: Google Meet (details in invitation)\n\n"
                "Host: Dev Malhotra\n\nPowered by Calendly.com")
    cal_ics = ics("REQUEST", uid_uuid(NAME, "calendly-qs"), at("2026-04-13 15:38", me),
                  qs_start, qs_end, "30 Minute Meeting between Dev Malhotra and Chidinma Okeke",
                  dev, [(dev, ACC, IND), (me, NA, IND)],
                  description="Event Name: 30 Minute Meeting\n\nNeed to make changes to this event?"
                              "\nCancel: https://calendly.com/cancellations/7f1c",
                  location="Google Meet", prodid="-//Calendly//Calendly//EN")
    c.add("cy1", calendly, [me], "2026-04-13 15:38", cal_body,
          subject="Confirmed: 30 Minute Meeting with Dev Malhotra on Thursday, April 16, 2026",
          html=html_of(cal_body), ics=cal_ics, ics_mode="attach", sig=False, headers=AUTO)
    c.add("qs3", me, [dev], "2026-04-16 18:15",
          "Hi Dev,\n\n"
          "Thank you for the easy conversation earlier - thirty minutes went very fast. Your plan "
          "to run wholesale out of a bonded warehouse in Apapa is sensible, and I'd happily help "
          "you avoid the mistakes I've seen with demurrage there.\n\n"
          "As I offered on the call, I'll send you the returns SOP template we use at Haulr (names "
          "scrubbed) by tomorrow, Friday.\n\nBest regards,", parent="qs2")
    c.meeting("qs1", qs_start, qs_end, met=[dev.email], thanks={dev.email: "qs3"},
              what="Quayside call")
    c.own_promise("qs1", "qs3", dev.email, "2026-04-17")
    c.thread("qs1", True, "interview", "Quayside Commerce",
             "30-minute Google Meet Thu 16 Apr 10:00 EDT (15:00 WAT) booked via Calendly; thanked "
             "the same evening; the user promised the SOP template 'by tomorrow, Friday' (17 Apr) "
             "and never sent it")
    c.thread("cy1", True, "interview", "Quayside Commerce",
             "Calendly confirmation with ICS, times given in West Africa Time")
    c.expect("own_promise", "qs1", dev.email,
             "the user promised the returns SOP template 'by tomorrow, Friday' (17 Apr) and has "
             "not written to Dev since; due end of 17 Apr")
    c.forbid("cy1", calendly.email, "automated scheduler sender (no-reply@calendly.com)")

    # ======================================================================
    # Sahel Cold Chain (Lagos): WhatsApp forward, CV by email, out-of-office
    # ======================================================================
    wa = ("Good evening sis, see this from my office WhatsApp group. Your kind of job o! Send your "
          "CV sharp sharp.\n\n"
          "---------- Forwarded message ---------\n"
          "From: Ugochi Nwachukwu <ugochi.nwachukwu@gmail.com>\n"
          "Date: Sun, 5 Apr 2026 at 19:48\n"
          "Subject: job\n\n"
          "*VACANCY!!!* \U0001F4E2\U0001F4E2\n"
          "A leading cold chain logistics company in Ikeja is urgently recruiting:\n"
          "*OPERATIONS MANAGER*\n"
          "- B.Sc in any discipline\n- 7+ yrs in logistics, 3 in management\n"
          "- Must know Lagos roads \U0001F602\n"
          "Interested and qualified candidates should send CV to "
          "folake.adesanya@sahelcoldchain.com.ng with the role as subject.\n"
          "Kindly share, you never know who needs it \U0001F64F\U0001F64F\n")
    c.add("wa1", cousin, [me], "2026-04-05 20:02", wa, subject="Fwd: job", sig=False)
    c.add("wa2", me, [cousin], "2026-04-05 21:15",
          "Ahh Ugo, thank you! Will send it tomorrow after church meeting. How is Chisom?\n\n"
          "Sent from my iPhone", parent="wa1", sig=False)
    c.own_promise("wa1", "wa2", cousin.email, "2026-04-06", job=False)
    c.thread("wa1", True, "application", "Sahel Cold Chain Ltd",
             "cousin forwards a WhatsApp advert naming the HR address")
    c.add("sh1", me, [folake], "2026-04-07 10:20",
          "Dear Mrs. Adesanya,\n\n"
          "Good day. I saw your vacancy for an Operations Manager circulating on WhatsApp and would "
          "like to be considered for the role.\n\n"
          "I have eight years in last-mile and hub operations in Lagos, the last four as Operations "
          "Manager at Haulr, where I run three hubs including a small temperature-controlled "
          "pharma lane. My CV is attached.\n\n"
          "I would welcome the chance to discuss how I can contribute.\n\nYours faithfully,",
          subject="OPERATIONS MANAGER", attachments=CV)
    c.add("sh2", folake, [me], "2026-04-07 10:20",
          "Good day,\n\n"
          "Thank you for your mail. I am currently on annual leave and will resume on Monday, 20th "
          "April 2026. Your mail will be attended to on my return.\n\n"
          "For urgent issues please call the front desk on 01-555-4120.\n\nBest regards,\n"
          "Folake Adesanya", parent="sh1", subject="Auto Reply: OPERATIONS MANAGER", sig=False,
          quote=False, headers={"Auto-Submitted": "auto-replied"})
    c.application("sh1", "sh1", folake.email)
    c.thread("sh1", True, "application", "Sahel Cold Chain Ltd",
             "CV emailed Tue 7 Apr; the only answer is an out-of-office (back Mon 20 Apr)")
    c.expect("application", "sh1", folake.email,
             "CV sent to a person Tue 7 Apr; only an auto-reply since, no one from Sahel has "
             "written; 7 business days ran out at the end of Thu 16 Apr")

    # ======================================================================
    # Kobo Beverages (Lagos): church friend referral
    # ======================================================================
    c.add("kb1", ifeoma, [segun], "2026-04-08 07:55",
          "Good morning Mr Segun,\n\n"
          "Trust you had a lovely Easter. As discussed after service on Sunday, I'm copying my "
          "sister in the Lord, Chidinma Okeke, who is the Ops Manager at Haulr. She's exactly the "
          "kind of person you described for your Supply Chain Ops Lead opening - organised to a "
          "fault and she doesn't take nonsense from transporters.\n\n"
          "Chidinma, over to you.\n\nGod bless,\nIfeoma\n\nSent from my iPhone",
          subject="Introduction - Chidinma Okeke (Ops)", cc=[me], sig=False)
    c.add("kb2", me, [segun], "2026-04-08 12:30",
          "Dear Mr. Alabi,\n\n"
          "Good afternoon, and thank you Ifeoma for the kind introduction (moving you to bcc).\n\n"
          "Please find attached my CV for the Supply Chain Operations Lead role. In brief: eight "
          "years in Lagos logistics, currently running three hubs and a 140-rider fleet, with a "
          "strong record on cost per drop and on-time delivery.\n\n"
          "I would be grateful if it could be considered, and I am available to speak at your "
          "convenience.\n\nYours sincerely,", parent="kb1", bcc=[ifeoma], attachments=CV2)
    c.add("kb3", segun, [me], "2026-04-09 16:47",
          "Dear Chidinma,\n\n"
          "Well received, thank you. I have forwarded your CV to the Head of Supply Chain for "
          "review. We should revert by end of next week on whether we will proceed to interview.\n\n"
          "Regards,", parent="kb2")
    c.application("kb1", "kb2", segun.email, answered_by="kb3")
    c.promise("kb1", "kb3", segun.email, "2026-04-17")
    c.thread("kb1", True, "application", "Kobo Beverages Plc",
             "church friend's introduction; CV sent Wed 8 Apr; 'revert by end of next week' said "
             "Thu 9 Apr (window to Fri 17 Apr); nothing since")
    c.expect("callback", "kb1", segun.email,
             "'we should revert by end of next week' (Thu 9 Apr: by Fri 17 Apr); no word from Kobo "
             "since; due end of Tue 21 Apr", promised="2026-04-17")
    c.add("if1", ifeoma, [me], "2026-04-12 13:40",
          "Sis, did you send the CV to Mr Segun? He asked me after second service today. Don't "
          "dull yourself o!\n\nSent from my iPhone", subject="Mr Segun", sig=False)
    c.add("if2", me, [ifeoma], "2026-04-12 15:22",
          "I did o, on Wednesday! He has acknowledged it. Thank you so much Ify, God bless you "
          "for thinking of me.\n\nSent from my iPhone", parent="if1", sig=False)
    c.thread("if1", True, "networking", "Kobo Beverages Plc",
             "the church friend checks the CV went to Kobo; personal address, no promise")
    c.forbid("kb1", ifeoma.email,
             "the church friend who made the introduction: not at the company, nothing promised, "
             "not met in a meeting")

    # ======================================================================
    # Bridgeview Talent Partners: batch online test, assessment centre
    # ======================================================================
    bv = ("Dear Candidate,\n\n"
          "RE: ONLINE ASSESSMENT - OPERATIONS MANAGER (CONFIDENTIAL CLIENT, FMCG)\n\n"
          "Following your application, we are pleased to invite you to the online assessment stage "
          "for the above role. The assessment comprises numerical reasoning, verbal reasoning and "
          "a situational judgement test, and takes about 75 minutes.\n\n"
          "Link: https://assess.bridgeviewtalent.com/c/OPM-0326\n"
          "Deadline for completion: Tuesday, 17th March 2026, 11:59pm (WAT)\n\n"
          "Kindly ensure a stable internet connection. Shortlisted candidates will be contacted by "
          "Friday, 27th March 2026.\n\n"
          "Please do not reply to this email with questions about your results.\n\n"
          "Best regards,\nAssessment Team\nBridgeview Talent Partners")
    c.add("bv1", bv_assess, [bv_assess], "2026-03-12 09:05", bv,
          subject="ONLINE ASSESSMENT INVITATION - OPERATIONS MANAGER (FMCG)", bcc=[me], sig=False)
    c.promise("bv1", "bv1", bv_assess.email, "2026-03-27", answered_by="ad1")
    c.thread("bv1", True, "application", "Bridgeview Talent Partners",
             "batch invitation to an online test, every candidate in bcc; 'shortlisted candidates "
             "will be contacted by Friday, 27th March' kept by Adaeze on 25 Mar")
    c.forbid("bv1", bv_assess.email,
             "batch mail to every candidate; its 'by Friday, 27th March' was kept on 25 Mar; an "
             "online test is not a meeting")
    c.add("ad1", adaeze, [me], "2026-03-25 14:30",
          "Dear Chidinma,\n\n"
          "Congratulations! Following your performance in the online assessment, you have been "
          "shortlisted for the assessment centre for the Operations Manager role with our client, "
          "a leading FMCG company in Lagos.\n\n"
          "Date: Thursday, 16th April 2026\n"
          "Time: 8:30am prompt; the day should end by 1:00pm\n"
          "Venue: Client's head office, 7 Oduduwa Crescent, Ikeja GRA\n\n"
          "The day will include a group case exercise, a written in-tray task and a panel "
          "interview with the client's Head of Supply Chain, Mr. Gbenga Lawal, and their HR "
          "Manager, Mrs. Chioma Obi. I will not be on site on the day; my colleague Tolu will "
          "receive candidates at the reception.\n\n"
          "Kindly confirm your attendance by replying to this email.\n\nBest regards,",
          subject="Shortlisted: Assessment Centre - Operations Manager (FMCG client)")
    c.add("ad2", me, [adaeze], "2026-03-26 08:05",
          "Dear Adaeze,\n\nThank you for this. I confirm that I will attend on Thursday 16th "
          "April.\n\nKind regards,", parent="ad1")
    c.add("ad3", adaeze, [me], "2026-04-14 10:12",
          "Dear Chidinma,\n\n"
          "Just a reminder of Thursday's assessment centre. Dress code is corporate, and kindly "
          "come with a valid ID and a calculator (phones will be collected during the in-tray "
          "task).\n\n"
          "Feedback will be communicated to all candidates within two weeks of the assessment.\n\n"
          "Best regards,", parent="ad2")
    bv_start = at("2026-04-16 08:30")
    bv_end = at("2026-04-16 13:00")
    c.meeting("ad1", bv_start, bv_end, met=[], unknown=["Gbenga Lawal", "Chioma Obi"],
              arranged_by=adaeze.email, what="assessment centre with panel")
    c.promise("ad1", "ad3", adaeze.email, "2026-04-30")
    c.thread("ad1", True, "interview", "Bridgeview Talent Partners",
             "assessment centre Thu 16 Apr 08:30-13:00 WAT with a panel interview by two client "
             "managers named without addresses; the consultant who arranged it was not there; "
             "feedback 'within two weeks of the assessment' (to 30 Apr); the user has not written since")
    c.expect("ask_for_address", "ad1", adaeze.email,
             "met Mr. Gbenga Lawal and Mrs. Chioma Obi at the panel on Thu 16 Apr, whose addresses "
             "appear nowhere; Adaeze arranged it and the user has not written to her since")

    # ======================================================================
    # Danfo Mobility (Lagos): interview, no thank-you, then rejection
    # ======================================================================
    c.add("df1", bisi, [me], "2026-04-07 11:02",
          "Hello Chidinma,\n\n"
          "Thank you for applying for the Fleet Operations Manager role on Jobberman. We would like "
          "to invite you to a virtual interview on Friday, 10th April 2026 at 2:00pm (WAT) on Google "
          "Meet.\n\n"
          "You will be speaking with Kunle Bamidele, our Head of Fleet "
          "(kunle.bamidele@danfomobility.com). I will send the calendar invite shortly but won't "
          "be on the call myself.\n\n"
          "We aim to give every candidate at this stage feedback by Friday, 17th April.\n\n"
          "Best,", subject="Interview invitation: Fleet Operations Manager - Danfo Mobility")
    c.add("df2", me, [bisi], "2026-04-07 12:18",
          "Hello Bisi,\n\nGood afternoon. Friday 2pm is fine. I will be there.\n\nRegards,",
          parent="df1")
    df_start = at("2026-04-10 14:00")
    df_end = at("2026-04-10 14:45")
    df_ics = ics("REQUEST", uid_google(NAME, "danfo"), at("2026-04-07 12:40"), df_start, df_end,
                 "Fleet Ops Manager interview - Chidinma Okeke", bisi,
                 [(bisi, ACC, IND), (kunle, ACC, IND), (me, NA, IND)],
                 tzid=None, location="https://meet.google.com/xqp-rtfa-kmd",
                 description="Interviewer: Kunle Bamidele\nJoin with Google Meet: "
                             "https://meet.google.com/xqp-rtfa-kmd")
    gbody = ("Fleet Ops Manager interview - Chidinma Okeke\n"
             "Friday Apr 10, 2026 2pm - 2:45pm (West Africa Standard Time - Lagos)\n\n"
             "Join with Google Meet\nmeet.google.com/xqp-rtfa-kmd\n\n"
             "Guests\nBisi Okafor - organizer\nKunle Bamidele\nchidinma.okeke@example.com\n\n"
             "Invitation from Google Calendar")
    c.add("dfi", bisi, [me, kunle], "2026-04-07 12:40", gbody,
          subject="Invitation: Fleet Ops Manager interview - Chidinma Okeke @ Fri Apr 10, 2026 "
                  "2pm - 2:45pm (WAT) (chidinma.okeke@example.com)",
          ics=df_ics, html=html_of(gbody), sig=False, headers=GCAL)
    c.add("df3", bisi, [me], "2026-04-14 15:30",
          "Dear Chidinma,\n\n"
          "Thank you for the time you invested in our process. After careful consideration we have "
          "decided to move forward with candidates whose experience sits closer to our current "
          "EV fleet needs.\n\n"
          "This was not an easy decision, and we would love to stay in touch as we grow.\n\n"
          "Warm regards,", parent="df2")
    c.meeting("dfi", df_start, df_end, met=[kunle.email], what="Danfo interview")
    c.promise("df1", "df1", bisi.email, "2026-04-17", ended_by="df3")
    c.thread("df1", True, "rejection", "Danfo Mobility",
             "interview set for Fri 10 Apr with Kunle (address in the text); Bisi not on the call; "
             "'feedback by Friday, 17th April' ended by the rejection on Tue 14 Apr")
    c.thread("dfi", True, "interview", "Danfo Mobility",
             "Google Calendar invite, Fri 10 Apr 14:00-14:45 WAT; Kunle never thanked")
    c.expect("thank_you", "dfi", kunle.email,
             "interviewed her Fri 10 Apr 14:00-14:45; no note since; the rejection on 14 Apr does "
             "not cancel a thank-you owed for a meeting that took place; overdue since 11 Apr")
    c.forbid("df1", bisi.email,
             "she arranged the interview but was not on it; the rejection of 14 Apr ended her "
             "'by Friday, 17th April'")

    # ======================================================================
    # Networking: Bola Martins (Paystride), introduced by a former colleague
    # ======================================================================
    c.add("bo1", ngozi, [bola, me], "2026-03-27 21:10",
          "Bola, meet Chidinma - we worked together at Kobo Courier back in the day and she ran the "
          "Ikeja hub like a Swiss watch. She's exploring ops roles with UK companies and I "
          "thought your journey from Lagos to Paystride would be useful to hear.\n\n"
          "Chidinma, meet Bola - payments ops at Paystride, and the reason I survived my first "
          "London winter.\n\nI'll leave you two to it!\nNgozi",
          subject="Intro: Chidinma <> Bola (ops in UK fintech)", sig=False)
    c.add("bo2", bola, [me], "2026-03-28 10:32",
          "Thanks Ngozi (to bcc)!\n\n"
          "Hi Chidinma, lovely to e-meet. Happy to share what I know. Could you do a quarter of an "
          "hour on Wednesday 1 April, 6pm? Handy that from Sunday London and Lagos are on the same "
          "clock, so it's 6pm for both of us. I'll send a Meet link.", parent="bo1")
    c.add("bo3", me, [bola], "2026-03-28 11:05",
          "Hi Bola,\n\nWednesday 6pm is perfect. Thank you, and thanks Ngozi!\n\nChidinma",
          parent="bo2", cc=[ngozi], sig=False)
    c.add("bo4", bola, [me], "2026-04-01 17:48",
          "meet.google.com/pbu-gqwe-hyx - I've asked Kwame from our vendor ops team to hop on too, "
          "he did the Accra-to-Manchester move last year.", parent="bo3", sig=False)
    bo_start = at("2026-04-01 18:00")
    bo_end = at("2026-04-01 18:45")
    c.add("bo5", me, [bola], "2026-04-01 21:20",
          "Hi Bola,\n\n"
          "Thank you so much for this evening - our 'quarter of an hour' became 45 minutes and I'm "
          "grateful for every one of them. The advice on translating Nigerian ops metrics for UK "
          "hiring managers was gold.\n\n"
          "Kindly share Kwame's email when you have a moment, I'd like to thank him directly as "
          "well.\n\nWarm regards,", parent="bo4")
    c.add("bo6", bola, [me], "2026-04-02 08:15",
          "My pleasure! Kwame's off on paternity leave from today, so I'll pass your thanks on "
          "myself. Keep me posted on how it goes.", parent="bo5")
    c.meeting("bo1", bo_start, bo_end, met=[bola.email], thanks={bola.email: "bo5"},
              networking=True, unknown=["Kwame (Paystride vendor ops)"], arranged_by=bola.email,
              what="networking call with Bola")
    c.thread("bo1", True, "networking", "Paystride",
             "introduction; Google Meet Wed 1 Apr 18:00-18:45 (BST = WAT); thanked that night, "
             "with the ask for Kwame's address; Bola's reply of 2 Apr is the last exchange")
    c.expect("networking", "bo1", bola.email,
             "networking call Wed 1 Apr; last exchange her reply on Thu 2 Apr; 14 days ran out "
             "at the end of Thu 16 Apr with nothing since")

    # ======================================================================
    # Networking: Emeka Obi (former boss) - phone call, later job lead resets the clock
    # ======================================================================
    c.add("em1", me, [emeka], "2026-03-20 19:40",
          "Good evening sir,\n\n"
          "I trust you and the family are well. I am quietly looking at regional operations roles "
          "and would value twenty minutes of your wisdom on how Kargoline hires for its hubs "
          "outside Nigeria - whenever your calendar allows.\n\nRegards,",
          subject="20 minutes of your time?")
    c.add("em2", emeka, [me], "2026-03-21 07:12",
          "Chidinma! Good to hear from you. Call me Wednesday 25th, 7pm - I land from Kigali at "
          "5.\n\nE.\nSent from my iPhone", parent="em1", sig=False)
    em_start = at("2026-03-25 19:00")
    c.add("em3", me, [emeka], "2026-03-25 22:10",
          "Sir, thank you for the call this evening and for the honest advice on Kenya versus "
          "Ghana. I have started on the one-page hub P&L you suggested.\n\nWith gratitude,",
          parent="em2")
    c.add("em4", emeka, [me], "2026-03-26 06:55",
          "Anytime. Keep pushing.", parent="em3", sig=False)
    c.meeting("em1", em_start, None, met=[emeka.email], thanks={emeka.email: "em3"},
              networking=True, what="phone call with Emeka")
    c.add("ej1", emeka, [me], "2026-04-15 13:05",
          "Saw this and thought of you. Their COO is a friend; use my name.\n\n"
          "---------- Forwarded message ---------\n"
          "From: Talent <careers@harmattanlogistics.com>\n"
          "Date: Wed, 15 Apr 2026 at 11:20\n"
          "Subject: Head of Operations - Accra hub\n\n"
          "We are hiring a Head of Operations for our new Accra cross-dock. Apply via our careers "
          "page.", subject="Fwd: Head of Operations - Accra hub", sig=False)
    c.add("ej2", me, [emeka], "2026-04-15 14:30",
          "Thank you sir! Accra is exciting - and I will mention your name.\n\nSent from my iPhone",
          parent="ej1", sig=False)
    c.thread("em1", True, "networking", "Kargoline Africa",
             "phone call Wed 25 Mar 19:00 (no end stated) with her former boss, thanked; his reply "
             "of 26 Mar is the last message in this thread")
    c.thread("ej1", True, "networking", "Kargoline Africa",
             "Emeka forwards an opening on Wed 15 Apr and she replies the same day")
    c.forbid("em1", emeka.email,
             "networking call 25 Mar; the exchange of 15 Apr in another thread resets the 14-day "
             "touch to the end of 29 Apr; thanked on 25 Mar")

    # ======================================================================
    # TalentHive recruiter (WhatsApp group): promise kept
    # ======================================================================
    c.add("th1", tobi, [me], "2026-03-16 11:30",
          "Good day Chidinma,\n\n"
          "I got your contact from the 'Naija Ops & Supply Chain Pros' WhatsApp group. I am "
          "handling a Logistics Operations Manager mandate for a fast-growing e-commerce client in "
          "Yaba (hybrid, competitive package).\n\n"
          "If interested, kindly send your updated CV and current/expected remuneration.\n\n"
          "Regards,", subject="Logistics Operations Manager role - Yaba (hybrid)")
    c.add("th2", me, [tobi], "2026-03-16 18:50",
          "Good evening Tobi,\n\n"
          "Thank you for thinking of me. Kindly find my CV attached. I'd prefer to share "
          "remuneration details on a call.\n\nRegards,", parent="th1", attachments=CV)
    c.add("th3", tobi, [me], "2026-03-17 09:14",
          "Well received. The client is reviewing a shortlist this week; I will revert on Monday "
          "after I speak with their COO.", parent="th2", sig=False)
    c.add("th4", tobi, [me], "2026-03-23 16:02",
          "Good afternoon Chidinma,\n\n"
          "As promised: the client has put the role on hold until after their funding round closes. "
          "I'll reach out as soon as it reopens. Apologies for the back and forth.\n\nRegards,",
          parent="th3")
    c.application("th1", "th2", tobi.email, answered_by="th3")
    c.promise("th1", "th3", tobi.email, "2026-03-23", answered_by="th4")
    c.thread("th1", True, "recruiter", "TalentHive",
             "agency recruiter from a WhatsApp group; CV sent; 'revert on Monday' kept on Mon 23 Mar "
             "(role on hold)")
    c.forbid("th1", tobi.email,
             "the CV was answered the next morning and his 'I will revert on Monday' was kept on "
             "23 Mar; no meeting")

    # ======================================================================
    # Osprey Health Supply (US): call moved to after now
    # ======================================================================
    c.add("os1", megan, [me], "2026-04-08 14:10",
          "Hi Chidinma,\n\n"
          "I'm reaching out about a Supply Operations Manager opening on our remote EMEA team. "
          "Would you have 45 minutes for a video conversation with me and Chris Nolan, our "
          "Director of Distribution? How about Monday, April 20 at 10:00 AM Eastern?\n\n"
          "Best,", subject="Osprey Health Supply - Supply Operations Manager conversation")
    c.add("os2", me, [megan], "2026-04-08 20:05",
          "Hello Megan,\n\nThank you for reaching out. Monday 20th at 10am Eastern (3pm Lagos) is "
          "fine by me.\n\nBest regards,", parent="os1")
    os_old = at("2026-04-20 10:00", megan)
    os_new = at("2026-04-23 10:00", megan)
    os_ics0 = ics("REQUEST", uid_outlook(NAME, "osprey"), at("2026-04-08 21:00", megan),
                  os_old, os_old + dt.timedelta(minutes=45),
                  "Osprey | Chidinma Okeke | Supply Ops Manager", megan,
                  [(chris, ACC, IND), (me, NA, IND)], tzid="Eastern Standard Time",
                  location="Microsoft Teams Meeting", prodid=OUTLOOK_PRODID,
                  description="Megan Doyle (TA) and Chris Nolan (Director of Distribution)")
    c.add("osi", megan, [me, chris], "2026-04-08 16:00",
          "Megan Doyle (TA) and Chris Nolan (Director of Distribution)\n\n"
          "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3aosp44\n",
          subject="Osprey | Chidinma Okeke | Supply Ops Manager", ics=os_ics0, ics_mode="outlook",
          sig=False)
    c.add("os3", megan, [me], "2026-04-17 11:40",
          "Hi Chidinma,\n\n"
          "Apologies - Chris has been pulled onto a site visit on Monday. Could we push our "
          "conversation to Thursday, April 23, same time (10:00 AM ET)?\n\nThanks so much,",
          parent="os2")
    c.add("os4", me, [megan], "2026-04-17 17:02",
          "Thursday works.\n\nSent from my iPhone", parent="os3", sig=False)
    os_ics1 = ics("REQUEST", uid_outlook(NAME, "osprey"), at("2026-04-17 11:20", megan),
                  os_new, os_new + dt.timedelta(minutes=45),
                  "Osprey | Chidinma Okeke | Supply Ops Manager", megan,
                  [(chris, ACC, IND), (me, NA, IND)], tzid="Eastern Standard Time",
                  location="Microsoft Teams Meeting", prodid=OUTLOOK_PRODID, sequence=1,
                  description="Moved to Thursday. Megan Doyle (TA) and Chris Nolan")
    c.add("osi2", megan, [me, chris], "2026-04-17 11:20",
          "Moved to Thursday. Megan Doyle (TA) and Chris Nolan\n",
          subject="Updated: Osprey | Chidinma Okeke | Supply Ops Manager", parent="osi",
          ics=os_ics1, ics_mode="outlook", sig=False, quote=False)
    c.meeting("os1", os_old, os_old + dt.timedelta(minutes=45), met=[megan.email, chris.email],
              status="moved", what="Osprey original")
    c.meeting("os1", os_new, os_new + dt.timedelta(minutes=45), met=[megan.email, chris.email],
              status="scheduled", what="Osprey moved")
    c.thread("os1", True, "interview", "Osprey Health Supply",
             "video conversation set in words for Mon 20 Apr 10:00 ET, moved on 17 Apr to Thu 23 "
             "Apr 10:00 ET (15:00 WAT) with a two-word reply; still ahead at now")
    c.thread("osi", True, "interview", "Osprey Health Supply",
             "Outlook invites (Eastern Standard Time), the update with SEQUENCE 1")
    c.forbid("os1", megan.email,
             "the call was moved from Mon 20 Apr to Thu 23 Apr 10:00 ET, after now; nothing has "
             "taken place")

    # ======================================================================
    # Fenwick & Hale (UK): CV emailed, call booked and cancelled
    # ======================================================================
    c.add("fh1", me, [hannah], "2026-03-30 11:05",
          "Dear Hannah,\n\n"
          "I hope this finds you well. I would like to be considered for the Remote Operations "
          "Analyst role advertised on your careers page last week. I currently manage hub "
          "operations for a Lagos delivery company and work daily in SQL and Looker.\n\n"
          "My CV is attached for your review.\n\nKind regards,",
          subject="Remote Operations Analyst - Chidinma Okeke", attachments=CV)
    c.add("fh2", hannah, [me], "2026-03-31 09:40",
          "Hi Chidinma,\n\n"
          "Thanks for getting in touch directly. I'd like to have a quick 30-minute call on Monday "
          "13 April at 10:00 (UK time). I'll send a Teams invite.\n\nHannah", parent="fh1", sig=False)
    fh_start = at("2026-04-13 10:00", hannah)
    fh_ics = ics("REQUEST", uid_outlook(NAME, "fenwick"), at("2026-03-31 09:45", hannah),
                 fh_start, fh_start + dt.timedelta(minutes=30),
                 "Chidinma Okeke / Fenwick & Hale - intro call", hannah, [(me, NA, IND)],
                 tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                 prodid=OUTLOOK_PRODID)
    c.add("fhi", hannah, [me], "2026-03-31 09:45",
          "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3afh21\n",
          subject="Chidinma Okeke / Fenwick & Hale - intro call", ics=fh_ics, ics_mode="outlook",
          sig=False)
    fh_cancel = ics("CANCEL", uid_outlook(NAME, "fenwick"), at("2026-04-09 16:30", hannah),
                    fh_start, fh_start + dt.timedelta(minutes=30),
                    "Canceled: Chidinma Okeke / Fenwick & Hale - intro call", hannah,
                    [(me, NA, IND)], tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                    prodid=OUTLOOK_PRODID, sequence=1, status="CANCELLED")
    c.add("fhc", hannah, [me], "2026-04-09 16:30",
          "Hi Chidinma, I'm so sorry - the analyst role has been paused while we go through a "
          "budget review, so I need to cancel Monday. I'll be in touch if it reopens.\n",
          subject="Canceled: Chidinma Okeke / Fenwick & Hale - intro call", parent="fhi",
          ics=fh_cancel, ics_mode="outlook", sig=False, quote=False, headers={"Importance": "High"})
    c.application("fh1", "fh1", hannah.email, answered_by="fh2")
    c.meeting("fhi", fh_start, fh_start + dt.timedelta(minutes=30), met=[hannah.email],
              status="cancelled", what="Fenwick call")
    c.thread("fh1", True, "application", "Fenwick & Hale Distribution",
             "CV emailed Mon 30 Mar, answered the next day with a call booking")
    c.thread("fhi", True, "interview", "Fenwick & Hale Distribution",
             "Teams invite for Mon 13 Apr 10:00 BST, cancelled on 9 Apr (role paused)")
    c.forbid("fhi", hannah.email, "the call of Mon 13 Apr was cancelled on 9 Apr; it never took place")

    # ======================================================================
    # Parcelwise (US): résumé sent recently
    # ======================================================================
    c.add("pw1", me, [sam], "2026-04-17 13:25",
          "Hi Sam,\n\n"
          "Following our exchange on LinkedIn, please find attached my resume for the Remote "
          "Operations Manager (EMEA) role. I'd bring hands-on experience running last-mile "
          "operations in one of the world's hardest delivery cities.\n\n"
          "Best regards,", subject="Remote Operations Manager (EMEA) - resume", attachments=CV)
    c.application("pw1", "pw1", sam.email)
    c.thread("pw1", True, "application", "Parcelwise",
             "résumé emailed Fri 17 Apr; no answer yet")
    c.forbid("pw1", sam.email,
             "résumé sent Fri 17 Apr: the 7 business days run to the end of Tue 28 Apr")

    # ======================================================================
    # Savanna Cargo (Kenya): CV emailed, gentle rejection
    # ======================================================================
    c.add("sv1", me, [njeri], "2026-04-07 15:15",
          "Dear Ms. Mwangi,\n\n"
          "I write to apply for the Operations Manager (Lagos gateway) position posted on "
          "BrighterMonday. I have attached my CV and would be glad to discuss it at your "
          "convenience.\n\nYours sincerely,",
          subject="Application: Operations Manager - Lagos gateway", attachments=CV)
    c.add("sv2", njeri, [me], "2026-04-15 10:40",
          "Dear Chidinma,\n\n"
          "Thank you for your interest in Savanna Cargo. We have since filled the Lagos gateway "
          "position internally. Your CV will be kept on file and we shall reach out should a "
          "suitable opening arise.\n\nWe wish you all the best.", parent="sv1")
    c.application("sv1", "sv1", njeri.email, answered_by="sv2", ended_by="sv2")
    c.thread("sv1", True, "rejection", "Savanna Cargo Ltd",
             "CV emailed Tue 7 Apr; position filled internally (15 Apr)")
    c.forbid("sv1", njeri.email,
             "the application was answered with a rejection on 15 Apr, which ends it; no meeting")

    # ======================================================================
    # Atlas Shipping (portal only)
    # ======================================================================
    at_body = ("Dear Chidinma Okeke,\n\n"
               "Thank you for applying for Regional Operations Lead, Africa (JR-20418). We have "
               "received your application and will review it carefully.\n\n"
               "You can track the status of your application in the candidate home.\n\n"
               "Kind regards,\nAtlas Shipping Group Talent Acquisition")
    c.add("aw1", workday, [me], "2026-04-02 13:11", at_body,
          subject="Atlas Shipping Group: Application received - Regional Operations Lead, Africa",
          html=html_of(at_body), html_only=True, sig=False, headers=AUTO)
    c.thread("aw1", True, "application", "Atlas Shipping Group",
             "Workday acknowledgement of a portal application; no person named")

    # ======================================================================
    # Current job: Haulr
    # ======================================================================
    c.add("hr1", tunde, [me], "2026-04-13 21:40",
          "Chidinma,\n\n"
          "Ikeja failed deliveries are back above 12% this week. Let's get on a call tomorrow 9am "
          "before the investors' update - bring the rider-level numbers. We need to follow up "
          "with the three merchants who escalated.\n\n"
          "On the extra dispatch headcount, I'll get back to you by Friday once I've seen the "
          "April burn.", subject="Follow up: Ikeja hub failed deliveries")
    c.add("hr2", me, [tunde], "2026-04-13 22:05",
          "Noted. 9am is fine. I'll send the revised SLA tracker with rider-level breakdown by "
          "Monday latest.\n\nSent from my iPhone", parent="hr1", sig=False)
    c.add("hr3", tunde, [me], "2026-04-17 18:20",
          "Headcount approved for two dispatch supervisors. Go ahead with Funmi.", parent="hr2",
          sig=False)
    c.add("hr4", me, [tunde], "2026-04-20 17:55",
          "Sir, revised SLA tracker attached - failed deliveries down to 9.8% since Wednesday's "
          "changes.\n\nRegards,", parent="hr3",
          attachments=[("Ikeja_SLA_tracker_wk16.pdf", "application/pdf",
                        make_pdf(["Ikeja SLA tracker, week 16", "Failed deliveries 9.8%"]))])
    c.meeting("hr1", at("2026-04-14 09:00"), None, met=[tunde.email], job=False,
              what="call with the CEO")
    c.promise("hr1", "hr1", tunde.email, "2026-04-17", answered_by="hr3", job=False)
    c.own_promise("hr1", "hr2", tunde.email, "2026-04-20", kept_by="hr4", job=False)
    c.thread("hr1", False, None, "Haulr",
             "current job: CEO's call and headcount; not job search")

    wk_start = at("2026-03-30 08:30")
    wk_ics = ics("REQUEST", uid_outlook(NAME, "haulr-weekly"), at("2026-03-26 17:00"),
                 wk_start, wk_start + HOUR, "Weekly Ops Review (hubs + fleet)", opscoord,
                 [(me, NA, IND), (tunde, ACC, IND), (funmi, ACC, IND)],
                 tzid="W. Central Africa Standard Time", rrule="FREQ=WEEKLY;BYDAY=MO",
                 location="Haulr HQ - Ops War Room / Google Meet", prodid=OUTLOOK_PRODID,
                 description="Agenda: SLA by hub, fleet uptime, open escalations, follow ups "
                             "from last week.")
    c.add("wk1", opscoord, [me, tunde, funmi], "2026-03-26 17:00",
          "Agenda: SLA by hub, fleet uptime, open escalations, follow ups from last week.\n"
          "Please come with your numbers updated by Sunday night.\n",
          subject="Weekly Ops Review (hubs + fleet)", ics=wk_ics, ics_mode="outlook", sig=False)
    for d in ("2026-03-30", "2026-04-06", "2026-04-13", "2026-04-20"):
        c.meeting("wk1", at(d + " 08:30"), at(d + " 09:30"), met=[tunde.email, funmi.email],
                  job=False, what="weekly ops review")
    c.thread("wk1", False, None, "Haulr", "current job: recurring Monday ops review")

    c.add("hc1", funmi, [me], "2026-04-18 10:05",
          "Hi Chidinma,\n\n"
          "Following Tunde's approval, here's the interview schedule for Dispatch Supervisor "
          "(Ikeja). Candidate 1: Yusuf Abdullahi (yusuf.abdullahi92@gmail.com), Monday 20th, "
          "14:00 - 14:40, in the small meeting room. I'll send the others once they confirm. CVs "
          "in the shared drive.\n\nThanks,",
          subject="Interview schedule: Dispatch Supervisor (Ikeja) candidates")
    hc_start = at("2026-04-20 14:00")
    hc_ics = ics("REQUEST", uid_google(NAME, "haulr-interview"), at("2026-04-18 10:10"), hc_start,
                 hc_start + dt.timedelta(minutes=40),
                 "Interview: Dispatch Supervisor - Yusuf Abdullahi", funmi,
                 [(funmi, ACC, IND), (me, NA, IND), (yusuf, ACC, IND)],
                 location="Haulr HQ - small meeting room",
                 description="Panel: Chidinma Okeke (Ops), Funmi Adeyemi (People)")
    c.add("hc2", funmi, [me, yusuf], "2026-04-18 10:10",
          "Interview: Dispatch Supervisor - Yusuf Abdullahi\nMon Apr 20, 2026 2pm - 2:40pm (WAT)\n"
          "Haulr HQ - small meeting room\n\nInvitation from Google Calendar",
          subject="Invitation: Interview: Dispatch Supervisor - Yusuf Abdullahi @ Mon Apr 20, 2026 "
                  "2pm - 2:40pm (WAT)", parent="hc1", ics=hc_ics, sig=False, quote=False,
          headers=GCAL)
    c.add("hc3", yusuf, [me, funmi], "2026-04-20 16:12",
          "Good afternoon ma,\n\nThank you for the opportunity to interview today. I am very "
          "interested in the role and I look forward to hearing from you.\n\nYours faithfully,\n"
          "Yusuf Abdullahi\n0706 555 8821", parent="hc2", sig=False, quote=False,
          subject="Re: Dispatch Supervisor interview")
    c.add("hc4", funmi, [me], "2026-04-20 16:40",
          "Chidi, kindly drop your scores for Yusuf in the sheet before you close. I liked his "
          "answer on rider discipline but he was vague on cash remittance. Candidate 2 confirmed "
          "for Thursday.", parent="hc3", sig=False)
    c.add("hc5", me, [funmi], "2026-04-20 18:02",
          "Done. 3.5/5 from me - strong on people, weak on numbers. Let's see Thursday's person "
          "before we decide.\n\nChidinma", parent="hc4", sig=False)
    c.meeting("hc1", hc_start, hc_start + dt.timedelta(minutes=40), met=[yusuf.email],
              job=False, what="user interviewing a candidate at her own job")
    c.meeting("hc1", at("2026-04-23 14:00"), None, met=[], status="scheduled", job=False,
              what="second candidate, Thursday")
    c.thread("hc1", False, None, "Haulr",
             "current job: the user interviews a dispatch supervisor candidate, who thanks her")
    c.forbid("hc1", yusuf.email,
             "the user was on the hiring side at her current job; not her job search")

    vd_start = at("2026-04-21 16:00")
    vd_ics = ics("REQUEST", uid_uuid(NAME, "waybill-zoom"), at("2026-04-20 12:00"), vd_start,
                 vd_start + dt.timedelta(minutes=30), "Haulr x Waybill API - downtime RCA call",
                 vendor, [(me, NA, IND), (vendor, ACC, IND)], prodid="-//Zoom Video Communications//Zoom//EN",
                 location="https://us06web.zoom.us/j/84422190033",
                 description="Root cause of Friday's label API outage and follow up actions.")
    c.add("vd1", vendor, [me], "2026-04-20 12:00",
          "Hi Chidinma,\n\nSorry again about Friday's outage. Sending a Zoom for tomorrow 4pm so our "
          "engineering lead can walk you through the RCA. We'll follow up with the credit note "
          "after the call.\n\nKemi", subject="Haulr x Waybill API - downtime RCA call",
          ics=vd_ics, ics_mode="attach", sig=False)
    c.add("vd2", me, [vendor], "2026-04-20 12:30",
          "Fine. Please make sure the engineering lead actually joins this time.\n\nChidinma",
          parent="vd1", sig=False)
    c.add("vd3", vendor, [me], "2026-04-21 17:10",
          "Hi Chidinma,\n\nAs discussed on the call, attached is the RCA summary. The credit note "
          "for 6 hours of downtime will reflect on your April invoice. We'll also follow up with "
          "the status-page webhook you asked for by next Friday.\n\nKemi", parent="vd2")
    c.promise("vd1", "vd3", vendor.email, "2026-05-01", job=False)
    c.meeting("vd1", vd_start, vd_start + dt.timedelta(minutes=30), met=[vendor.email], job=False,
              what="vendor call")
    c.thread("vd1", False, None, "Waybill API", "current job: vendor RCA call Tue 21 Apr")

    # ======================================================================
    # Family, church, friends
    # ======================================================================
    c.add("fm1", mum, [me], "2026-03-22 06:40",
          "Nne m, kedu? I hope you are resting well. Daddy went for his check up, the doctor said "
          "the BP is better now, chukwu dalu. Your brother said you are looking for new work, I "
          "am praying for you every morning. Call me when you close.\n\nMama",
          subject="Daddy check up", sig=False)
    c.add("fm2", me, [mum], "2026-03-22 20:15",
          "Mama, daalu! I'm happy to hear about Daddy. I will call you tomorrow evening. Nnukwu "
          "ihunanya.\n\nChidi", parent="fm1", sig=False)
    c.add("fm3", mum, [me], "2026-03-23 07:02", "Ok my daughter. God bless.", parent="fm2",
          sig=False)
    c.own_promise("fm1", "fm2", mum.email, "2026-03-23", kept_by="fm5", job=False)
    c.thread("fm1", False, None, None, "her mother, partly in Igbo")
    c.add("fm4", mum, [me], "2026-04-12 07:15",
          "Happy Sunday nne. Remember Aunty Chinelo's thanksgiving is next month in Enugu. Kedu "
          "maka ọrụ ọhụrụ? Any news from the oyinbo people?\n\nMama", subject="Sunday", sig=False)
    c.add("fm5", me, [mum], "2026-04-12 21:00",
          "Mama, I have had some interviews, still waiting. Pray for me. I will try to come for "
          "the thanksgiving.\n\nChidi", parent="fm4", sig=False)
    c.thread("fm4", False, None, None, "her mother asks about the job search (Igbo)")

    c.add("ob1", obinna, [me], "2026-04-06 19:30",
          "Sis, Mummy's drugs are finishing next week. The pharmacy says the amlodipine price has "
          "gone up again, it's now N18,500 for the month. Can you help with half?",
          subject="Mummy drugs", sig=False)
    c.add("ob2", me, [obinna], "2026-04-06 20:10",
          "Bros, no wahala. I'll send my half by Friday when salary enters.\n\nSent from my iPhone",
          parent="ob1", sig=False)
    c.add("ob3", me, [obinna], "2026-04-10 18:45",
          "Sent. Check your Crestline alert.\n\nSent from my iPhone", parent="ob2", sig=False)
    c.add("ob4", obinna, [me], "2026-04-10 19:02", "Received, thank you sis!", parent="ob3",
          sig=False)
    c.own_promise("ob1", "ob2", obinna.email, "2026-04-10", kept_by="ob3", job=False)
    c.thread("ob1", False, None, None, "brother: mother's medication money, promised and sent")

    c.add("ch1", church, [me], "2026-03-28 09:00",
          "Dear Brethren,\n\nHOLY WEEK & EASTER PROGRAMME\n\n"
          "Palm Sunday procession - 29th March, 7:30am\nMaundy Thursday service - 2nd April, 6pm\n"
          "Good Friday - 3rd April, 9am (Stations of the Cross)\nEaster Sunday - 5th April, 7am & "
          "9:30am\n\nThe Women's Fellowship will meet after the 9:30am service on Easter Sunday to "
          "follow up on the widows' outreach.\n\nRemain blessed,\nChurch Office",
          subject="Holy Week & Easter Programme 2026", sig=False,
          headers=bulk_headers("<members.stjudeslekki.org>", "https://stjudeslekki.org/unsub"))
    c.meeting("ch1", at("2026-04-05 11:30"), None, met=[], job=False,
              what="women's fellowship after the Easter service")
    c.thread("ch1", False, None, "St. Jude's Anglican Church, Lekki", "church bulletin")
    c.add("cr1", choir, [me], "2026-04-15 20:30",
          "Dear Choristers,\n\nPlease note that rehearsal this Saturday will hold at 4pm instead of "
          "5pm because of the wedding in the main church. Altos, kindly come with your new "
          "anthem sheets.\n\nThank you and God bless,\nDcns. Grace", subject="Choir rehearsal - "
          "change of time", sig=False)
    c.add("cr2", me, [choir], "2026-04-15 21:05", "Noted ma. I'll be there.\n\nChidinma",
          parent="cr1", sig=False)
    c.meeting("cr1", at("2026-04-18 16:00"), None, met=[], job=False, what="choir rehearsal")
    c.thread("cr1", False, None, "St. Jude's Anglican Church, Lekki", "choir rehearsal moved")

    c.add("tl1", tolu, [me, obinna], "2026-03-14 13:22",
          "My people!!! The date is 9th May \U0001F389\U0001F389 Aso-ebi is N45,000 (gele "
          "inclusive). Kindly pay latest 10th April so the tailor can start. Account details "
          "below. Love you both!\n\nTolu x", subject="OUR WEDDING - ASO EBI \U0001F48D", sig=False)
    c.add("tl2", me, [tolu], "2026-03-14 15:01",
          "Toluuuu! Congratulations again. Count me in, I'll pay before the end of the month.\n\n"
          "Sent from my iPhone", parent="tl1", sig=False)
    c.add("tl2b", me, [tolu], "2026-03-28 14:05",
          "Done! N45k sent just now, narration 'Aso ebi - Chidi'. Please tell the tailor my "
          "bust is not the same as last year o \U0001F602\n\nSent from my iPhone",
          parent="tl2", sig=False)
    c.add("tl3", tolu, [me], "2026-03-29 11:10", "Payment received babe, thank you!!",
          parent="tl2b", sig=False)
    c.own_promise("tl1", "tl2", tolu.email, "2026-03-31", kept_by="tl2b", job=False)
    c.thread("tl1", False, None, None, "friend's wedding aso-ebi")

    # ======================================================================
    # Services, alerts, newsletters
    # ======================================================================
    def bank_alert(key, when, amount, desc, bal):
        body = ("Crestline Bank Transaction Alert\n\n"
                "Account Number: 01******47\nTransaction Type: DEBIT\nAmount: NGN %s\n"
                "Description: %s\nDate: %s\nAvailable Balance: NGN %s\n\n"
                "If you did not authorise this transaction, call 0700-CRESTLINE immediately."
                % (amount, desc, when, bal))
        c.add(key, bank, [me], when, body, subject="Crestline Bank Debit Alert [NGN %s]" % amount,
              html=html_of(body), html_only=True, sig=False, headers=AUTO)
        c.thread(key, False, None, "Crestline Bank", "bank debit alert")

    bank_alert("bk1", "2026-03-28 14:02", "45,000.00", "TRF TO TOLU BANKOLE / ASO EBI", "612,480.55")
    bank_alert("bk2", "2026-04-10 18:40", "9,250.00", "TRF TO OBINNA OKEKE", "1,104,227.10")
    bank_alert("bk3", "2026-04-19 09:15", "20,000.00", "LAGOS METRO POWER TOKEN", "1,061,900.40")
    st = ("Dear Customer,\n\nYour Crestline Bank e-statement for March 2026 is attached. It is "
          "password protected with the last 6 digits of your BVN.\n\nCrestline Bank")
    c.add("bs1", bankstmt, [me], "2026-04-02 04:10", st, subject="Your March 2026 e-Statement",
          sig=False, headers=AUTO,
          attachments=[("Statement_Mar2026.pdf", "application/pdf",
                        make_pdf(["Crestline Bank", "Statement of account, March 2026"]))])
    c.thread("bs1", False, None, "Crestline Bank", "monthly e-statement")

    pw = ("Token Purchase Successful\n\nMeter No: 6212 8840 331\nAmount: NGN 20,000.00\n"
          "Units: 97.3 kWh (Band A)\nToken: 4471-0923-8812-5530-0914\n\nThank you for choosing "
          "Lagos Metro Power.")
    c.add("pt1", power, [me], "2026-04-19 09:16", pw, subject="Your prepaid token: 4471-0923-...",
          html=html_of(pw), sig=False, headers=AUTO)
    c.thread("pt1", False, None, "Lagos Metro Power", "prepaid electricity token receipt")
    po = ("PLANNED OUTAGE NOTICE\n\nDear Valued Customer,\n\nPlease be informed that there will be "
          "a planned outage on the Lekki Phase 1 feeder on Saturday, 11th April 2026 from 9:00am to "
          "4:00pm to allow for maintenance of the 15MVA transformer.\n\nWe regret any "
          "inconvenience.\n\nCustomer Care")
    c.add("po1", powerops, [me], "2026-04-08 16:00", po, subject="Planned Outage - Lekki Phase 1",
          sig=False, headers=dict(AUTO, **bulk_headers("<customers.lagosmetropower.com>",
                                                       "https://lagosmetropower.com/u")))
    c.thread("po1", False, None, "Lagos Metro Power", "planned power outage notice")

    def jobberman(key, when, n, roles):
        body = ("Hi Chidinma,\n\n%d new jobs match your alert 'Operations Manager - Lagos':\n\n%s\n\n"
                "Apply early - employers often close applications within a week.\n"
                "Follow up on your applications from your Jobberman dashboard.\n\n"
                "Manage alerts | Unsubscribe") % (n, "\n".join("- " + r for r in roles))
        c.add(key, jobber, [me], when, body, subject="%d new Operations Manager jobs for you" % n,
              html=html_of(body), sig=False,
              headers=dict(AUTO, **bulk_headers("<alerts.jobberman.com>",
                                                "https://www.jobberman.com/alerts/unsub")))
        c.thread(key, False, None, "Jobberman", "job-board alert")

    jobberman("jb1", "2026-03-17 07:00", 9,
              ["Operations Manager - Danfo Mobility - Lagos", "Head of Logistics - FMCG - Agbara",
               "Fleet Manager - Haulage company - Apapa", "Warehouse Operations Lead - Ikeja"])
    jobberman("jb2", "2026-04-14 07:00", 12,
              ["Supply Chain Manager - Kobo Beverages - Ogun", "Operations Manager - e-commerce - "
               "Yaba (interview within 2 weeks)", "Regional Ops Lead - Remote (Africa)",
               "Logistics Coordinator - Oil & Gas - Port Harcourt"])
    jobberman("jb3", "2026-03-31 07:00", 7,
              ["Operations Manager - Cold chain - Ikeja (urgent)", "Transport Manager - Lekki",
               "Operations Analyst - Fintech - Victoria Island"])
    li = ("Operations Manager in Remote\n\n"
          "Remote Operations Manager - Larkfield Logistics - United Kingdom (Remote)\n"
          "Operations Lead - Quayside Commerce - New York, United States (Remote)\n"
          "Head of Fulfilment Operations - Nairobi, Kenya (Hybrid)\n"
          "Be an early applicant. 25+ new jobs this week.\n\n"
          "You are receiving Job Alert emails. Unsubscribe.")
    c.add("li1", linkedin, [me], "2026-03-10 06:30", li,
          subject="\"operations manager\": Larkfield Logistics - Remote Operations Manager and more",
          html=html_of(li), html_only=True, sig=False,
          headers=dict(AUTO, **bulk_headers("<jobs.linkedin.com>", "https://www.linkedin.com/jobs/unsub")))
    c.thread("li1", False, None, "LinkedIn", "job alert")

    def newsletter(key, when, subj, body):
        c.add(key, freight, [me], when, body, subject=subj, html=html_of(body), sig=False,
              headers=bulk_headers("<weekly.freightnotes.africa>", "https://freightnotes.africa/u"))
        c.thread(key, False, None, "Freight Notes Africa", "newsletter")

    newsletter("nl1", "2026-03-13 08:00", "Freight Notes #112: Apapa gridlock is back",
               "This week: the call-up system, again; why your next interview for an ops role will "
               "ask about AfCFTA; and a follow up on last week's piece about rider insurance.\n\n"
               "Read online | Unsubscribe")
    newsletter("nl2", "2026-04-10 08:00", "Freight Notes #116: the cold chain gap",
               "Cold storage in Nigeria is short by an estimated 2 million tonnes. We spoke with "
               "three operations managers about what they'd do with a meeting with the minister.\n\n"
               "Read online | Unsubscribe")

    bk = ("Order #BX-448120 confirmed\n\n1x Jollof rice + chicken (large)\n1x Moi moi\n"
          "1x Zobo (50cl)\nSubtotal: NGN 8,400\nDelivery: NGN 1,200\nTotal: NGN 9,600\n\n"
          "Your rider Sunday is on the way.")
    c.add("bx1", bukka, [me], "2026-04-04 19:25", bk, subject="Your Bukka Express order is confirmed",
          html=html_of(bk), html_only=True, sig=False, headers=AUTO)
    c.thread("bx1", False, None, "Bukka Express", "food order receipt")
    zr = ("Thanks for riding with Zuma, Chidinma\n\nTrip: Admiralty Way, Lekki -> Oduduwa Crescent, "
          "Ikeja GRA\nThursday, 16 April 2026, 6:48am\nFare: NGN 14,750 (surge 1.4x)\nDriver: "
          "Ibrahim, Toyota Corolla (LND 442 XE)")
    c.add("zr1", zuma, [me], "2026-04-16 07:55", zr, subject="Your Thursday morning trip with Zuma",
          html=html_of(zr), html_only=True, sig=False, headers=AUTO)
    c.thread("zr1", False, None, "Zuma Rides", "ride receipt")

    c.add("es1", estate, [me], "2026-04-03 10:00",
          "Dear Residents,\n\nThis is to remind all residents that the Q2 service charge and "
          "security levy (N150,000 per flat) is due by 30th April. Kindly pay into the association "
          "account and send your teller to this email.\n\nAlso note the general meeting holds on "
          "Saturday 25th April at 5pm at the clubhouse.\n\nSecretary, PCRA",
          subject="Q2 service charge & general meeting", sig=False)
    c.meeting("es1", at("2026-04-25 17:00"), None, met=[], status="scheduled", job=False,
              what="residents' general meeting")
    c.thread("es1", False, None, "Palmgrove Court Residents Association", "estate dues")

    cl_start = at("2026-04-11 10:00")
    cl_ics = ics("PUBLISH", uid_uuid(NAME, "clinic"), at("2026-04-06 12:00"), cl_start,
                 cl_start + dt.timedelta(minutes=30), "Appointment: Dr. Adebanjo (GP review)",
                 clinic, [], location="Lekki Haven Clinic, Admiralty Road",
                 prodid="-//Lekki Haven Clinic//Booking//EN")
    c.add("cl1", clinic, [me], "2026-04-06 12:00",
          "Dear Chidinma Okeke,\n\nThis is to confirm your appointment with Dr. Adebanjo on "
          "Saturday, 11/04/2026 at 10:00am. Please arrive 15 minutes early with your HMO card.\n\n"
          "Lekki Haven Clinic", subject="Appointment confirmation - Sat 11/04/2026 10:00",
          ics=cl_ics, ics_mode="publish", sig=False, headers=AUTO)
    c.meeting("cl1", cl_start, cl_start + dt.timedelta(minutes=30), met=[], job=False,
              what="GP appointment")
    c.thread("cl1", False, None, "Lekki Haven Clinic", "GP appointment (ICS PUBLISH)")

    lw = ("Congratulations, Chidinma!\n\nYou have completed 'Supply Chain Analytics with Python' "
          "and earned your certificate.\n\nShare it on LinkedIn to let recruiters know.")
    c.add("lw1", coursera, [me], "2026-03-09 15:00", lw,
          subject="You earned a certificate: Supply Chain Analytics with Python",
          html=html_of(lw), sig=False, headers=AUTO)
    c.thread("lw1", False, None, "Learnwell", "course certificate")
    sv = ("Dear Subscriber,\n\nYour StarView Compact Plus subscription (IUC 7031448812) has been "
          "renewed for 30 days. Amount: NGN 19,000. Next renewal: 14/05/2026.")
    c.add("stv1", starview, [me], "2026-04-14 00:05", sv, subject="Subscription renewed",
          html=html_of(sv), html_only=True, sig=False, headers=AUTO)
    c.thread("stv1", False, None, "StarView TV", "TV subscription renewal")

    airline = P("Skyline Air Bookings", "bookings@skylineair.ng", LAG, "auto", auto=True)
    ab = ("Booking confirmed - PNR K7QX2M\n\nPassenger: MS CHIDINMA OKEKE\n"
          "LOS -> ENU  Fri 15/05/2026  07:40 - 08:45\nENU -> LOS  Sun 17/05/2026  17:10 - 18:15\n"
          "Fare: NGN 238,400 (incl. taxes)\n\nOnline check-in opens 24 hours before departure.")
    c.add("ab1", airline, [me], "2026-04-19 20:31", ab, subject="Your Skyline Air e-ticket (K7QX2M)",
          html=html_of(ab), html_only=True, sig=False, headers=AUTO)
    c.thread("ab1", False, None, "Skyline Air", "flight to Enugu for the family thanksgiving")
    hmo = P("Bluecross Care HMO", "care@bluecrosscare.ng", LAG, "outlook", region="eurprd06")
    c.add("hm1", hmo, [me], "2026-03-18 11:20",
          "Dear Enrollee,\n\nYour employer-sponsored plan (Haulr - Silver) has been renewed until "
          "31/03/2027. Your new e-card is attached. To change your primary care provider, kindly "
          "call our contact centre or reply to this mail with your enrollee ID.\n\nBluecross Care "
          "HMO", subject="Plan renewal - enrollee ID BCH/HLR/0047", sig=False,
          attachments=[("ecard.pdf", "application/pdf", make_pdf(["Bluecross Care HMO",
                                                                 "Enrollee: Chidinma Okeke"]))])
    c.thread("hm1", False, None, "Bluecross Care HMO", "health insurance renewal")

    return c


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
