#!/usr/bin/env python3
"""Sealed case pilot-dallas: Marcus Reyes, an airline first officer based at DFW, looking at
other carriers and a corporate flight department (see pilot-dallas.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

NAME = "pilot-dallas"
CHI = "America/Chicago"
PHX = "America/Phoenix"
DEN = "America/Denver"
NYC = "America/New_York"

IPHONE = {"X-Mailer": "iPhone Mail (23E246)"}


def phone(body):
    return body.strip("\n") + "\n\nSent from my iPhone"


def iq(case, key, tz):
    """The way iPhone Mail quotes the message it answers."""
    p = case.by_key[key]
    t = p.date.astimezone(tz)
    head = "On %s %d, %d, at %s, %s wrote:" % (t.strftime("%b"), t.day, t.year, clock12(t),
                                               p.sender.shown())
    out = []
    for line in [head, ""] + p.text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n\n" + "\n".join(out)


def pdf(name, lines):
    return (name, "application/pdf", make_pdf(lines))


def build():
    me = Person("Marcus Reyes", "m.reyes@example.com", CHI, style="webmail")
    now = dt.datetime(2026, 4, 22, 7, 45, tzinfo=ZoneInfo(CHI))
    case = Case(
        NAME,
        "CRJ900 first officer at DFW applying to other airlines and a corporate flight "
        "department; an offer, an interview day of three parts, noise from his own airline",
        {"name": "Marcus Reyes", "emails": ["m.reyes@example.com"], "phone": "+1 817 555 0163",
         "timezone": CHI},
        now,
        "")
    case.me = me
    tz = me.tz
    at = case.at

    SIG = ("Marcus Reyes\nATP/CFII, CL-65 type\n817-555-0163 | m.reyes@example.com")
    SHORT = "Marcus Reyes\n817-555-0163"

    RESUME = pdf("Reyes_Marcus_Resume_2026.pdf", [
        "MARCUS REYES",
        "Irving, TX | 817-555-0163 | m.reyes@example.com",
        "ATP (AMEL), CFII, CL-65 type rating, FAA First Class Medical",
        "Total 6,840 | Turbine 5,410 | PIC 1,620 | Multi-engine 5,600 | Night 1,150",
        "First Officer, CRJ900 - Cimarron Airlines, DFW (2017 - present)",
        "Captain, King Air 350 - Lone Star Air Charter, Part 135, Addison TX (2013 - 2017)",
        "Flight Instructor (CFI/CFII) - Arlington Municipal (2010 - 2013)",
        "B.S. Aviation Science, University of North Texas"])

    # ------------------------------------------------------------------ people
    wd_bb = Person("Bluebonnet Airways", "bluebonnet@myworkday.com", CHI, style="auto",
                   auto=True, msgid_domain="myworkday.com")
    kelsey = Person("Kelsey Munoz", "kelsey.munoz@flybluebonnet.com", CHI, style="outlook",
                    sig="Kelsey Munoz\nPilot Recruitment Coordinator | Bluebonnet Airways\n"
                        "O: 512-555-0139\nkelsey.munoz@flybluebonnet.com")
    renee = Person("Renee Castillo", "renee.castillo@flybluebonnet.com", CHI, style="outlook")
    hale = Person("Brian Hale", "brian.hale@flybluebonnet.com", CHI, style="outlook")
    albers = Person("Chris Albers", "chris.albers@flybluebonnet.com", CHI, style="outlook")
    tamika = Person("Tamika Lewis", "tamika.lewis@flybluebonnet.com", CHI, style="outlook",
                    sig="Tamika Lewis\nNew Hire Onboarding Specialist | Bluebonnet Airways\n"
                        "512-555-0158")
    clearpath = Person("ClearPath Screening", "no-reply@clearpathscreening.com", CHI,
                       style="auto", auto=True)

    ray = Person("Ray Dominguez", "raydom737@gmail.com", CHI, style="gmail")
    aerohire = Person("Gulfline Airways via AeroHire", "no-reply@aerohire.io", CHI,
                      style="auto", auto=True)
    kim = Person("Kimberly Alvarado", "kimberly.alvarado@gulflineair.com", CHI, style="gmail",
                 sig="--\nKimberly Alvarado\nPilot Recruitment | Gulfline Airways\n"
                     "713-555-0126")

    icims = Person("Caprock Airlines", "no-reply@icims.com", CHI, style="auto", auto=True)
    shannon = Person("Shannon Pruitt", "shannon.pruitt@caprockair.com", CHI, style="outlook")
    calendly = Person("Calendly", "no-reply@calendly.com", CHI, style="auto", auto=True)

    danielle = Person("Danielle Yazzie", "danielle.yazzie@saguaroair.com", PHX, style="outlook")

    glenn = Person("Glenn Whitaker", "glenn.whitaker@caddoenergy.com", CHI, style="outlook",
                   sig="Glenn Whitaker\nDirector of Aviation\nCaddo Energy Partners | "
                       "Dallas Love Field\n214-555-0187")
    teresa = Person("Teresa Gómez", "teresa.gomez@caddoenergy.com", CHI, style="outlook",
                    sig="Teresa Gómez\nAviation Department Coordinator\nCaddo Energy Partners\n"
                        "214-555-0190")

    scott = Person("Scott Lindgren", "scott.lindgren@harwellind.com", CHI, style="outlook")

    jolene = Person("Jolene Harker", "jolene.harker@lodestarcargo.com", NYC, style="gmail")
    expo = Person("Metroplex Aviation Career Expo", "noreply@mace-expo.org", CHI, style="auto",
                  auto=True)

    greenhouse = Person("Juniper Air", "no-reply@us.greenhouse-mail.io", DEN, style="auto",
                        auto=True)
    tessa = Person("Tessa Moreno", "tessa.moreno@juniperair.com", DEN, style="outlook",
                   sig="Tessa Moreno\nTalent Acquisition Partner, Flight Operations\n"
                       "Juniper Air | 720-555-0133")

    dale = Person("Dale Whitcomb", "dale.whitcomb@ridgelinejets.com", CHI, style="gmail",
                  sig="Dale Whitcomb\nDirector of Flight Operations | Ridgeline Aviation\n"
                      "972-555-0148")
    dale_cal = Person("Dale Whitcomb", "dale.whitcomb@ridgelinejets.com", CHI, style="gcal")

    crewtrac = Person("CrewTrac", "noreply@crewtrac.cimarronair.com", CHI, style="auto",
                      auto=True)
    sched = Person("DFW Crew Scheduling", "crew.scheduling@cimarronair.com", CHI,
                   style="outlook")
    training = Person("Cimarron Training Scheduling", "training.scheduling@cimarronair.com",
                      CHI, style="outlook")
    petrakis = Person("Alan Petrakis", "alan.petrakis@cimarronair.com", CHI, style="outlook")
    salazar = Person("Rick Salazar", "rick.salazar@cimarronair.com", CHI, style="outlook")
    brenda = Person("Brenda Kowalski", "brenda.kowalski@cimarronair.com", CHI, style="outlook")
    lambert = Person("Teri Lambert", "teri.lambert@cimarronair.com", CHI, style="outlook")
    payroll = Person("Cimarron Airlines Payroll", "payroll-noreply@cimarronair.com", CHI,
                     style="auto", auto=True)
    flightops = Person("Cimarron Flight Operations", "flightops.bulletins@cimarronair.com", CHI,
                       style="auto", auto=True)
    kyle = Person("Kyle Brennan", "kyle.brennan@cimarronpilots.org", CHI, style="gmail",
                  sig="Kyle Brennan\nGrievance Chair, Cimarron Pilots Association\n"
                      "214-555-0176")
    cpa = Person("CPA Communications", "communications@cimarronpilots.org", CHI, style="auto",
                 auto=True)

    ana = Person("Ana Reyes", "ana.reyes.tx@gmail.com", CHI, style="gmail")
    mom = Person("Lupe Reyes", "lupereyes1958@yahoo.com", "America/Chicago", style="webmail",
                 msgid_domain="mail.yahoo.com")
    luis = Person("Luis Ortega", "luis.ortega79@gmail.com", CHI, style="gmail")
    coach = Person("Dave Hargrove", "coachdave.thunder12u@gmail.com", CHI, style="gmail")
    parents = Person("Thunder 12U Parents", "thunder12u-parents@googlegroups.com", CHI)
    kristy = Person("Kristy Vaughn", "kristy.vaughn@gmail.com", CHI, style="gmail")
    rosterhq = Person("RosterHQ", "notifications@rosterhq.com", CHI, style="auto", auto=True)
    pam = Person("Pam Whitley", "pam.whitley@crestlinecm.com", CHI, style="outlook",
                 sig="Pam Whitley, CMCA\nCommunity Manager, Hollow Creek Estates\n"
                     "Crestline Community Management\n972-555-0119")
    hoa = Person("Hollow Creek Estates HOA", "notices@crestlinecm.com", CHI, style="auto",
                 auto=True)
    recall = Person("Tamarack Motors Owner Services", "recalls@owners.tamarackmotors.com", CHI,
                    style="auto", auto=True)
    dealer = Person("Grapevine Tamarack Service", "service@grapevinetamarack.com", CHI,
                    style="auto", auto=True)
    ame = Person("Lakeside Aviation Medicine", "appointments@lakesideavmed.com", CHI,
                 style="auto", auto=True)
    skychart = Person("SkyChart Pro", "billing@skychartpro.com", CHI, style="auto", auto=True)
    aviator = Person("Aviator Supply Co.", "orders@aviatorsupply.com", CHI, style="auto",
                     auto=True)
    energy = Person("Bluestem Energy", "ebill@bluestemenergy.com", CHI, style="auto", auto=True)
    bank = Person("Trinity Federal Credit Union", "estatements@trinityfcu.org", CHI,
                  style="auto", auto=True)
    crewroom = Person("The Crew Room Weekly", "newsletter@thecrewroom.news", CHI, style="auto",
                      auto=True)
    fcj = Person("FlightCrew Jobs", "alerts@flightcrewjobs.com", CHI, style="auto", auto=True)
    school = Person("Riverchase Middle School", "noreply@riverchasems.org", CHI, style="auto",
                    auto=True)

    def mine_phone(key, to, when, body, parent, **kw):
        return case.add(key, me, to, when, phone(body) + iq(case, parent, tz), parent=parent,
                        quote=False, headers=IPHONE, **kw)

    # ================================================================== BLUEBONNET
    t = "Thank you for applying – First Officer (A220/737) – R-26-0412"
    txt = """Hi Marcus,

Thank you for applying for the First Officer (A220/737) position, job requisition R-26-0412, at Bluebonnet Airways.

Our Pilot Talent Acquisition team reviews every application against our minimum qualifications. If your background matches an upcoming interview cycle, you will receive an invitation in Workday. You can check the status of your application at any time from Candidate Home.

Please do not reply to this message; this mailbox is not monitored.

Bluebonnet Airways | Pilot Talent Acquisition
Candidate Home: https://flybluebonnet.wd5.myworkdayjobs.com/Pilots/userHome"""
    case.add("bb_app", wd_bb, [me], "2026-03-03 22:14", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("bb_app", True, "application", "Bluebonnet Airways",
                "Workday acknowledgement of a portal application; no person to write to")

    t = "Action required: schedule your pilot interview – R-26-0412"
    txt = """Hello Marcus,

Congratulations! You have been selected to attend a Bluebonnet Airways pilot interview day for the First Officer (A220/737) position.

Please sign in to Workday and choose one of the available interview dates within 72 hours. Interview days are held at our Flight Training Center in Austin, TX and begin at 6:30 AM.

Complete your scheduling task: https://flybluebonnet.wd5.myworkdayjobs.com/Pilots/userHome/tasks

This is an automated message from Workday. Replies are not monitored."""
    case.add("bb_sched", wd_bb, [me], "2026-03-24 10:02", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("bb_sched", True, "interview", "Bluebonnet Airways",
                "Workday self-scheduling task for the interview day")

    t = "Interview Confirmed: Tuesday, April 14, 2026 – Bluebonnet Airways Pilot Interview"
    txt = """Hi Marcus,

Your interview day is confirmed.

Position: First Officer (A220/737) – R-26-0412
Date: Tuesday, April 14, 2026
Check-in: 6:30 AM CDT
Location: Bluebonnet Airways Flight Training Center, 4200 Hangar Loop, Austin, TX 78719

A member of our Pilot Recruitment team will send your itinerary and travel details before your interview. To request a different date, withdraw your selection from Candidate Home at least 5 days in advance.

Bluebonnet Airways Pilot Talent Acquisition
(Automated notification – please do not reply.)"""
    case.add("bb_conf", wd_bb, [me], "2026-03-24 19:47", txt, subject=t, html=html_of(txt, t),
             html_only=True, headers=AUTO)
    case.thread("bb_conf", True, "interview", "Bluebonnet Airways",
                "Workday confirmation of the 4/14 interview day, no ICS, no interviewers named")

    SIMPROFILE = pdf("A220_Sim_Eval_Profile.pdf", [
        "BLUEBONNET AIRWAYS - A220 CANDIDATE SIMULATOR PROFILE",
        "KAUS RWY 18L, wind 200/12, visibility 1 SM BR, OVC004",
        "1. Normal takeoff, radar vectors, level off 5,000",
        "2. Return for takeoff, V1 engine failure, single-engine climb",
        "3. Hand-flown single-engine ILS 18L to minimums",
        "4. Missed approach, engine restored, visual to landing",
        "Candidates alternate PF/PM. Automation use at evaluator discretion."])
    txt = """Good morning Marcus,

We're looking forward to having you at the Flight Training Center on Tuesday, April 14. Here is how the day will run (all times Central):

0630        Check-in at the FTC lobby, bring photo ID
0700-0900   Simulator evaluation, A220 full flight simulator (Bay 3). Your evaluator will be Capt. Ostrowski from our Standards department, and you'll be paired with another candidate. The profile is attached; nothing else to prepare.
0915-0945   Badge photo and paperwork
1000-1100   Technical interview
            Capt. Dana Whitfield, A220 Fleet Captain - dana.whitfield@flybluebonnet.com
            F/O Chris Albers, Pilot Hiring Team - chris.albers@flybluebonnet.com
1100-1230   Lunch and FTC tour
1300-1400   HR panel
            Renee Castillo, Manager, Pilot Talent Acquisition - renee.castillo@flybluebonnet.com
            Capt. Brian Hale, Chief Pilot DFW - brian.hale@flybluebonnet.com

Please bring your logbooks (or a printed summary of your electronic logbook), ATP and medical certificates, passport, and the signed Candidate Authorization form from Workday. Business attire for the day; there are lockers if you want to change for the sim.

I'll send your positive-space travel and hotel confirmation by Thursday, April 9. Call or text me at 512-555-0139 if anything comes up.

Best,"""
    case.add("bb_ag1", kelsey, [me], "2026-04-06 10:30", txt,
             subject="Your Bluebonnet interview day – Tuesday 4/14 – itinerary",
             attachments=[SIMPROFILE])
    mine_phone("bb_ag2", [kelsey], "2026-04-06 12:48",
               "Got it Kelsey, profile looks straightforward. I'll have everything with me. "
               "See you on the 14th.", "bb_ag1")
    case.add("bb_ag3", kelsey, [me], "2026-04-07 15:10", """Hi Marcus,

Here's your travel for the interview:

Mon 4/13  BB 1182  DFW-AUS  dep 6:15 PM  positive space, confirmation QX7R2M
Hotel: Aloft Austin Airport, 1 night, confirmation 88214530 (direct bill)
Tue 4/14  BB 1497  AUS-DFW  dep 6:55 PM  positive space, confirmation QX7R2M

The Aloft shuttle leaves for the FTC at 6:10 AM. Safe travels!""", parent="bb_ag2")
    case.add("bb_ag4", me, [kelsey], "2026-04-15 09:20", """Kelsey,

Thank you for setting up such a smooth day yesterday, from the travel to the schedule. Everyone I met made me feel welcome.

One favor: Capt. Ostrowski ran my sim evaluation and I'd like to send him a short note. Would you be able to share his email address, or forward a note to him if that's easier?

Best regards,
""" + SHORT, parent="bb_ag3")
    case.add("bb_ag5", kelsey, [me], "2026-04-16 08:05", """Hi Marcus,

So glad it went well! Our Standards captains don't give out their email to candidates, but I walked your message over to Capt. Ostrowski this morning, and he said to tell you "nice job on the single-engine ILS."

Kelsey""", parent="bb_ag4", sig=False)
    case.thread("bb_ag1", True, "interview", "Bluebonnet Airways",
                "interview day Tue 4/14: sim 07:00-09:00 (Capt. Ostrowski, no address), "
                "technical 10:00-11:00 (Whitfield, Albers), HR panel 13:00-14:00 (Castillo, "
                "Hale); Kelsey's 'travel by Thursday 4/9' kept on 4/7; Marcus asked her for "
                "Ostrowski's address on 4/15")

    case.add("bb_hr1", me, [renee, hale], "2026-04-14 21:40", """Renee and Capt. Hale,

Thank you both for the time you gave me this afternoon, and for the candid conversation about life on the line at Bluebonnet and at the DFW base.

A few things I hope came across:
- Nine years of Part 121 flying at Cimarron, with a clean training record and 4,900 hours in the CRJ900
- Four years as a King Air captain in Part 135, so I'm used to owning the whole trip, not just my seat
- I live fifteen minutes from DFW and want to build the rest of my career there

I'm very interested in joining Bluebonnet. Thank you again for your time and consideration.

""" + SIG, subject="Thank you – HR panel this afternoon")
    case.add("bb_hr2", renee, [me], "2026-04-15 08:40", """Marcus,

Thank you for the thoughtful note. It was a pleasure to meet you, and you'll hear from us soon.

Renee Castillo
Manager, Pilot Talent Acquisition
Bluebonnet Airways""", parent="bb_hr1", cc=[hale])
    case.thread("bb_hr1", True, "interview", "Bluebonnet Airways",
                "one thank-you to both HR panelists the evening of the interview; Renee's "
                "reply names no date")

    case.add("bb_ca1", me, [albers], "2026-04-14 22:05", """Chris,

Thank you for sitting in on my technical interview today, and for the quick word in the hallway beforehand. It settled the nerves. Strange to be on opposite sides of the table after all those turns together at Cimarron.

Hope to be flying with you again soon.

Marcus
817-555-0163""", subject="Thanks for today")
    case.add("bb_ca2", albers, [me], "2026-04-14 22:48", phone(
        "Good seeing you bud. You did fine in there, Whitfield asks everybody the hard ones. "
        "Can't say anything official, you'll hear from Renee.") + iq(case, "bb_ca1", tz),
             parent="bb_ca1", quote=False, headers=IPHONE)
    case.thread("bb_ca1", True, "interview", "Bluebonnet Airways",
                "thank-you to F/O Albers in a new thread the evening of the interview")

    OFFER = pdf("Reyes_Conditional_Offer_Bluebonnet.pdf", [
        "BLUEBONNET AIRWAYS - CONDITIONAL OFFER OF EMPLOYMENT",
        "Candidate: Marcus Reyes    Position: First Officer",
        "Tentative class date: Monday, May 18, 2026 - A220 New Hire Indoc, Austin FTC",
        "Starting pay: First Officer, Year 1, per the current pilot agreement",
        "This offer is contingent upon a satisfactory background check, a negative",
        "pre-employment drug test, PRIA records review and a valid First Class Medical.",
        "Signature: ______________________   Date: ____________"])
    SIGNED = pdf("Reyes_Offer_Signed.pdf", [
        "BLUEBONNET AIRWAYS - CONDITIONAL OFFER OF EMPLOYMENT",
        "Candidate: Marcus Reyes    Position: First Officer",
        "Accepted and signed: Marcus Reyes    Date: 04/16/2026"])
    case.add("bb_of1", renee, [me], "2026-04-16 09:30", """Dear Marcus,

On behalf of Bluebonnet Airways, I am delighted to extend you a conditional offer of employment as a First Officer. Your offer letter is attached.

This offer is contingent upon:
- a satisfactory background check, including a 10-year employment and address history
- a negative pre-employment drug test
- a satisfactory review of your records under the Pilot Records Improvement Act (PRIA)
- a valid FAA First Class Medical Certificate

Your tentative class date is Monday, May 18, 2026 (A220 New Hire Indoc, Austin FTC). Class dates are confirmed once all contingencies have cleared.

Please sign and return the attached letter by Monday, April 20. Tamika Lewis on our onboarding team will contact you about the background check and the PRIA paperwork.

Congratulations, and welcome to Bluebonnet.

Renee Castillo
Manager, Pilot Talent Acquisition
Bluebonnet Airways
512-555-0172""", subject="Conditional Offer of Employment – First Officer – Marcus Reyes",
             attachments=[OFFER])
    mine_phone("bb_of2", [renee], "2026-04-16 10:02",
               "Renee - thank you! Very happy to accept. Signed letter attached.", "bb_of1",
               attachments=[SIGNED])
    case.add("bb_of3", renee, [me], "2026-04-16 11:15", """Wonderful news, Marcus. We have your signed letter. Tamika will be in touch later today.

Renee""", parent="bb_of2")
    case.thread("bb_of1", True, "offer", "Bluebonnet Airways",
                "conditional offer 4/16 (class date 5/18), accepted the same morning")

    case.add("bb_on1", tamika, [me], "2026-04-16 15:00", """Hi Marcus,

Welcome! I'm your onboarding specialist and I'll get you from offer to class date. To start your background check and PRIA review, I need the following from you:

1. PRIA consent forms (attached), signed and dated on both pages
2. Employment and address history for the last 10 years (template attached)
3. Copies of your ATP certificate, First Class Medical and passport
4. A signed training records release for Cimarron Airlines

You'll also get an email from ClearPath Screening with a link to authorize the background check; please complete that as soon as you can.

Once everything clears I'll send your class confirmation and your travel for indoc.""",
             subject="New Hire Onboarding – PRIA and background documents",
             attachments=[pdf("PRIA_Consent_Forms.pdf", [
                 "PILOT RECORDS IMPROVEMENT ACT - CONSENT AND RELEASE",
                 "I authorize the release of my records to Bluebonnet Airways.",
                 "Pilot name: ______________  Certificate no.: ______________",
                 "Signature: ______________  Date: ______________"]),
                 pdf("Employment_History_Template.pdf", [
                     "10-YEAR EMPLOYMENT AND ADDRESS HISTORY",
                     "Employer / From / To / Position / Reason for leaving",
                     "Address / From / To"])])
    mine_phone("bb_on2", [tamika], "2026-04-17 06:10",
               "Hi Tamika, got it all. I start a 4-day in the morning, so I'll have everything "
               "signed and back to you by Monday 4/20. The ClearPath link is done.\n\nMarcus",
               "bb_on1")
    case.thread("bb_on1", True, "offer", "Bluebonnet Airways",
                "onboarding paperwork; Marcus promised everything back by Mon 4/20 and has "
                "not written to Tamika since")

    t = "Action required: background screening authorization for Bluebonnet Airways"
    txt = """Hello Marcus Reyes,

Bluebonnet Airways has asked ClearPath Screening to complete a pre-employment background screening for you.

To begin, please review the disclosures and give your authorization using the secure link below. The link expires in 5 days.

Start now: https://portal.clearpathscreening.com/a/7K2Q-4418-BBA

Reference: BBA-2026-041677

This message was sent from an unattended mailbox. For help, visit support.clearpathscreening.com."""
    case.add("bb_bg", clearpath, [me], "2026-04-16 16:05", txt, subject=t,
             html=html_of(txt, t), headers=AUTO)
    case.thread("bb_bg", True, "offer", "ClearPath Screening",
                "automated background check authorization for the Bluebonnet offer")

    case.meeting("bb_ag1", at("2026-04-14 07:00"), at("2026-04-14 09:00"), met=[],
                 unknown=["Capt. Ostrowski"], arranged_by=kelsey.email,
                 what="Bluebonnet simulator evaluation")
    case.meeting("bb_ag1", at("2026-04-14 10:00"), at("2026-04-14 11:00"),
                 met=["dana.whitfield@flybluebonnet.com", albers.email],
                 thanks={albers.email: "bb_ca1"}, what="Bluebonnet technical interview")
    case.meeting("bb_ag1", at("2026-04-14 13:00"), at("2026-04-14 14:00"),
                 met=[renee.email, hale.email],
                 thanks={renee.email: "bb_hr1", hale.email: "bb_hr1"},
                 what="Bluebonnet HR panel")
    case.promise("bb_ag1", "bb_ag1", kelsey.email, "2026-04-09", answered_by="bb_ag3")
    case.own_promise("bb_on1", "bb_on2", to=tamika.email, last_day="2026-04-20")

    # ================================================================== GULFLINE
    case.add("gl_r1", ray, [me], "2026-03-05 07:12", """Qué onda Marcus,

Word came down yesterday, Gulfline is opening FO hiring again. E175 and 737, bases IAH and DFW. They're pushing internal referrals hard this round.

Put your app in on AeroHire, then shoot me your resume and the app ID and I'll do the referral. DFW base is growing, you'd be commuting 20 min instead of 20 years lol

Ray""", subject="Gulfline's hiring again")
    case.add("gl_r2", me, [ray], "2026-03-05 21:40", """Ray,

You're the man. App is in, AeroHire ID GA-FO-118377. Resume attached.

Means a lot that you'd put your name on it. Tell Carla hi.

Marcus""", parent="gl_r1", attachments=[RESUME])
    case.add("gl_r3", ray, [me], "2026-03-06 13:05", """Done, referral is in the system under your app ID. Kim Alvarado in recruiting is good people, she'll probably reach out. No idea on timing, the committee moves at its own speed.

R""", parent="gl_r2")
    mine_phone("gl_r4", [ray], "2026-03-06 14:20",
               "Gracias primo. First round at the Flying Saucer is on me.", "gl_r3")
    case.thread("gl_r1", True, "networking", "Gulfline Airways",
                "captain friend (personal Gmail) refers Marcus; résumé sent to him and "
                "answered the next day; he promised nothing dated")
    case.application("gl_r1", "gl_r2", to=ray.email, answered_by="gl_r3")

    t = "Application received – Gulfline Airways – First Officer (E175/737)"
    txt = """Hi Marcus,

Your application for First Officer (E175/737) at Gulfline Airways has been received.

Application ID: GA-FO-118377
Submitted: March 5, 2026 8:53 PM CST

Gulfline's pilot recruitment team will review your application. Keep your AeroHire profile current, including flight times and certificates, so recruiters see your latest information.

AeroHire - pilot hiring, simplified
You are receiving this email because you applied through AeroHire. Do not reply."""
    case.add("gl_ack", aerohire, [me], "2026-03-05 20:55", txt, subject=t,
             html=html_of(txt, t), html_only=True, headers=AUTO)
    case.thread("gl_ack", True, "application", "Gulfline Airways",
                "pilot-hiring portal acknowledgement from a no-reply address")

    t = "Your AeroHire pilot profile is complete"
    txt = """Nice work, Marcus!

Your AeroHire pilot profile is 100% complete. Complete profiles are 3x more likely to be reviewed by airline recruiters.

Applications in progress: 1
  Gulfline Airways - First Officer (E175/737) - Under review

Tip: update your flight times after every trip so your totals are always current.

AeroHire | Manage notifications: https://aerohire.io/settings/notifications"""
    case.add("gl_prof", aerohire, [me], "2026-03-12 09:30", txt, subject=t,
             html=html_of(txt, t), html_only=True, headers=AUTO)
    case.thread("gl_prof", True, "application", "Gulfline Airways",
                "portal notice, automated")

    case.add("gl_s1", kim, [me], "2026-03-23 11:05", """Hi Marcus,

I'm Kimberly Alvarado with Gulfline's pilot recruitment team. Capt. Dominguez flagged your application, and I'd like to set up a 30-minute phone conversation to go over your background and our E175 and 737 paths.

Would any of these work? All times Central:
- Thursday 3/26, 10:00 AM
- Thursday 3/26, 2:30 PM
- Friday 3/27, 9:00 AM

Kim""", subject="Gulfline Airways – First Officer – phone conversation")
    mine_phone("gl_s2", [kim], "2026-03-23 13:32",
               "Hi Kim, Friday 3/27 at 9 works. Best number is 817-555-0163.\n\nMarcus",
               "gl_s1")
    case.add("gl_s3", kim, [me], "2026-03-24 08:50",
             "You're set for Friday at 9:00 AM Central. I'll call your cell.\n\nKim",
             parent="gl_s2")
    case.add("gl_s4", me, [kim], "2026-03-27 11:15", """Hi Kim,

Thank you for the call this morning and for walking me through the E175-to-737 path and the plans for the DFW base. It was good to hear how the committee looks at training records.

As we discussed, I'll send over my flight time breakdown (PIC, SIC, turbine and night, by aircraft) by Monday.

Best,
""" + SHORT, parent="gl_s3")
    case.add("gl_s5", me, [kim], "2026-03-29 20:40", """Kim,

Attached is the flight time breakdown I mentioned, current through March 28.

""" + SHORT, parent="gl_s4", quote=False, attachments=[pdf("Reyes_Flight_Time_Summary.pdf", [
        "MARCUS REYES - FLIGHT TIME SUMMARY (through 03/28/2026)",
        "Total 6,840 | Turbine 5,410 | Multi 5,600 | Night 1,150 | Instrument (actual) 610",
        "CRJ900 SIC 4,900 (Cimarron Airlines)",
        "King Air 350 PIC 1,320 (Part 135)",
        "Single-engine piston 620 (instruction given 1,100 of total)"])])
    case.add("gl_s6", kim, [me], "2026-03-30 10:05", """Hi Marcus,

Got it, this is exactly what the committee needs. Your file is now with our Pilot Selection Committee, which meets on April 8. We'll let you know either way by Friday, April 10.

Kim""", parent="gl_s5")
    case.thread("gl_s1", True, "interview", "Gulfline Airways",
                "phone screen Fri 3/27 09:00-09:30 picked from three slots, thanked the same "
                "morning; Marcus's 'breakdown by Monday' kept on 3/29; Kim's 'either way by "
                "Friday, April 10' passed with no word from Gulfline")
    case.meeting("gl_s1", at("2026-03-27 09:00"), at("2026-03-27 09:30"), met=[kim.email],
                 thanks={kim.email: "gl_s4"}, what="Gulfline phone screen")
    case.own_promise("gl_s1", "gl_s4", to=kim.email, last_day="2026-03-30", kept_by="gl_s5")
    case.promise("gl_s1", "gl_s6", kim.email, "2026-04-10")
    case.expect("callback", "gl_s1", kim.email,
                "'We'll let you know either way by Friday, April 10'; nothing from Gulfline "
                "since; due end of Tue 4/14, not yet stale", promised="2026-04-10")

    # ================================================================== CAPROCK
    t = "Caprock Airlines – We received your application"
    txt = """Dear Marcus,

Thank you for applying for the position of First Officer - CRJ/E175 (Requisition 2026-118) at Caprock Airlines.

We have received your application and it is being reviewed. Due to the volume of applications, only candidates selected to move forward will be contacted.

Sincerely,
Caprock Airlines Talent Acquisition

Please do not reply to this email. This mailbox is not monitored."""
    case.add("cr_ack", icims, [me], "2026-03-10 16:30", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("cr_ack", True, "application", "Caprock Airlines",
                "iCIMS acknowledgement, automated")

    case.add("cr1", shannon, [me], "2026-03-31 08:40", """Hi Marcus,

Thanks for applying to fly with Caprock. Your Part 135 captain time stood out to our team, and I'd like to set up a short screening call before our selection board meets.

Please grab a 20-minute slot on my calendar this week: https://calendly.com/shannon-pruitt-caprock/pilot-screen

Shannon Pruitt
Pilot Recruitment Manager | Caprock Airlines
806-555-0110""", subject="Caprock Airlines – First Officer screening call")
    mine_phone("cr2", [shannon], "2026-03-31 12:15", "Booked Thursday at 1. Talk then.", "cr1")
    case.add("cr3", me, [shannon], "2026-04-02 14:05", """Shannon,

Thank you for the call this afternoon. I enjoyed hearing how Caprock is building out the Lubbock and Midland flying, and your description of the captain upgrade timeline was helpful.

Three reasons I think I'd fit:
- 4,900 hours in the CRJ900 and a clean checkride history
- Four years of King Air captain time, much of it in West Texas weather
- I'm ready to commute or relocate for the right seat

I look forward to hearing from you, and thank you again for your time.

""" + SIG, parent="cr2")
    case.add("cr4", shannon, [me], "2026-04-06 11:20", """Hi Marcus,

Thanks for the kind note. Our selection board goes through the April applicant pool on Monday the 13th. A decision on who will be invited to the May interview days will be made by Wednesday, April 15, and every candidate will be notified by email either way.

Shannon""", parent="cr3")
    case.thread("cr1", True, "interview", "Caprock Airlines",
                "screening call booked by Calendly and thanked the same afternoon; 'a decision "
                "... will be made by Wednesday, April 15' passed with no word")

    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "cr-cal"),
                   stamp=at("2026-03-31 12:14"), start=at("2026-04-02 13:00"),
                   end=at("2026-04-02 13:20"),
                   summary="Pilot Screening Call (20 min) - Marcus Reyes and Shannon Pruitt",
                   organizer=shannon, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   tzid="America/Chicago", prodid="-//Calendly//Calendly//EN",
                   location="Shannon will call you at +1 817-555-0163",
                   description="Event Name: Pilot Screening Call (20 min)\n\nNeed to make "
                               "changes to this event?\nCancel: https://calendly.com/"
                               "cancellations/5b21c0d4\nReschedule: https://calendly.com/"
                               "reschedulings/5b21c0d4")
    txt = """Hi Marcus Reyes,

A new event has been scheduled.

Event Type:
Pilot Screening Call (20 min)

Invitee:
Marcus Reyes

Invitee Email:
m.reyes@example.com

Event Date/Time:
01:00pm - 01:20pm (Central Time - US & Canada) on Thursday, April 2, 2026

Location:
Shannon will call you at +1 817-555-0163

Host:
Shannon Pruitt (shannon.pruitt@caprockair.com)

Cancel or reschedule: https://calendly.com/cancellations/5b21c0d4

Powered by Calendly.com"""
    case.add("cr_cal", calendly, [me], "2026-03-31 12:14", txt,
             subject="Confirmed: Pilot Screening Call (20 min) with Shannon Pruitt on "
                     "Thursday, April 2, 2026",
             html=html_of(txt), ics=ics, ics_mode="attach", headers=AUTO)
    case.thread("cr_cal", True, "interview", "Caprock Airlines",
                "Calendly confirmation for Thu 4/2 13:00-13:20, from no-reply@calendly.com")
    case.meeting("cr_cal", at("2026-04-02 13:00"), at("2026-04-02 13:20"),
                 met=[shannon.email], thanks={shannon.email: "cr3"},
                 what="Caprock screening call")
    case.promise("cr1", "cr4", shannon.email, "2026-04-15")
    case.expect("callback", "cr1", shannon.email,
                "'A decision ... will be made by Wednesday, April 15' (passive, from Shannon); "
                "nothing from Caprock since; due end of Fri 4/17", promised="2026-04-15")

    # ================================================================== SAGUARO
    case.add("sg1", danielle, [me], "2026-04-01 07:45", """Hello Marcus,

Thank you for your interest in Saguaro Airlines. We'd like to invite you to a virtual interview for our First Officer position on Thursday, April 9 at 10:00 AM Arizona time (MST). The panel will be Capt. Mike Trujillo, our Assistant Chief Pilot, and me; plan on about an hour.

Please reply to confirm, and I'll send a Teams invitation.

Danielle Yazzie
Pilot Recruitment | Saguaro Airlines
602-555-0187""", subject="Saguaro Airlines – virtual interview invitation")
    mine_phone("sg2", [danielle], "2026-04-01 10:20",
               "Confirmed for 4/9. 10am Arizona is noon Central for me, right?", "sg1")
    case.add("sg3", danielle, [me], "2026-04-02 08:05", """That's right. Arizona doesn't change its clocks, so we're two hours behind you until November. The Teams invite is on its way.

Danielle""", parent="sg2")
    case.add("sg4", me, [danielle], "2026-04-09 14:10", """Hi Danielle,

Thank you for your time today and for putting the interview together. I really enjoyed learning about Saguaro's growth in Phoenix and Tucson.

Please also pass my thanks along to Capt. Trujillo. His questions about high density altitude operations were the best part of the hour.

Best regards,
""" + SHORT, parent="sg3")
    case.add("sg5", danielle, [me], "2026-04-09 15:30", """Hi Marcus,

I will! We're finishing up this round of interviews and expect to make decisions by Friday, April 17.

Danielle""", parent="sg4")
    case.add("sg6", danielle, [me], "2026-04-15 11:45", """Hi Marcus,

Thank you again for interviewing with Saguaro. After a lot of discussion, we won't be moving forward with your candidacy in this round. It was a very competitive group, and this isn't a reflection of your flying.

You're welcome to reapply after six months, and I hope you will.

Wishing you all the best,
Danielle""", parent="sg5")
    mine_phone("sg7", [danielle], "2026-04-15 16:20",
               "Understood Danielle. Appreciate you letting me know personally, and thanks "
               "again.", "sg6")
    case.thread("sg1", True, "rejection", "Saguaro Airlines",
                "video interview Thu 4/9 10:00 MST; Danielle thanked the same afternoon (asked "
                "to pass thanks to Capt. Trujillo); rejection 4/15 before her 'by Friday, "
                "April 17'")

    TRUJILLO = ("Mike Trujillo", "mike.trujillo@saguaroair.com")
    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "sg-inv"),
                   stamp=at("2026-04-02 08:20", danielle), start=at("2026-04-09 10:00", danielle),
                   end=at("2026-04-09 11:00", danielle),
                   summary="Saguaro Airlines – Virtual Interview – Marcus Reyes",
                   organizer=danielle,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (TRUJILLO, "ACCEPTED", "INDIVIDUAL")],
                   tzid="US Mountain Standard Time",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                   location="Microsoft Teams Meeting",
                   description="First Officer interview. Panel: Capt. Mike Trujillo (Assistant "
                               "Chief Pilot) and Danielle Yazzie (Pilot Recruitment). Please "
                               "have your logbook handy.")
    case.add("sg_inv", danielle, [me, Person(*TRUJILLO)], "2026-04-02 08:20", """When: Thursday, April 9, 2026 10:00 AM-11:00 AM (UTC-07:00) Arizona
Where: Microsoft Teams Meeting

Marcus, looking forward to visiting with you. The panel is Capt. Mike Trujillo (Assistant Chief Pilot, PHX) and me. Please have your logbook handy; we may ask about specific entries.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 283 114 590 226
Passcode: 7hQ2mN
________________________________________________________________________________""",
             subject="Saguaro Airlines – Virtual Interview – Marcus Reyes", sig=False, ics=ics,
             ics_mode="outlook")
    case.thread("sg_inv", True, "interview", "Saguaro Airlines",
                "Teams invite in Arizona time (US Mountain Standard Time); Capt. Trujillo is "
                "an attendee and was never written to")
    case.meeting("sg_inv", at("2026-04-09 10:00", danielle), at("2026-04-09 11:00", danielle),
                 met=[danielle.email, TRUJILLO[1]], thanks={danielle.email: "sg4"},
                 what="Saguaro video interview")
    case.promise("sg1", "sg5", danielle.email, "2026-04-17", ended_by="sg6")
    case.expect("thank_you", "sg_inv", TRUJILLO[1],
                "panelist at the 4/9 video interview (12:00-13:00 CDT); only Danielle was "
                "thanked, asked to pass it on; the rejection does not cancel it; overdue since "
                "4/10 13:00, stale only from 4/23 15:00")
    case.forbid("sg1", danielle.email,
                "thanked on 4/9 the same afternoon; her 'decisions by Friday, April 17' ended "
                "by the rejection of 4/15")

    # ================================================================== CADDO ENERGY
    case.add("cd1", me, [glenn], "2026-03-18 20:45", """Mr. Whitaker,

I saw Caddo Energy's posting on FlightCrew Jobs for a Challenger 350 First Officer based at Love Field, and I would like to be considered for the position. My résumé is attached.

I'm a First Officer on the CRJ900 at Cimarron Airlines with 6,840 hours total, and before the airline I flew four years as a King Air 350 captain in Part 135, where I handled trip planning, catering and passengers myself. I'm looking for a flight department where that kind of ownership matters, and I live twenty minutes from DAL.

I'd welcome the chance to talk whenever it suits you.

Respectfully,
""" + SIG, subject="Challenger 350 First Officer – Marcus Reyes", attachments=[RESUME])
    case.add("cd2", glenn, [me], "2026-03-20 07:50", """Marcus,

Thanks for reaching out. Airline discipline plus 135 experience is the combination I look for. Let's visit by phone next week. I've copied Teresa, who keeps my calendar; she'll find us a time.""",
             parent="cd1", cc=[teresa])
    case.add("cd3", teresa, [me], "2026-03-20 09:30", """Good morning Marcus,

Glenn has Tuesday 3/24 at 3:00 PM or Wednesday 3/25 at 10:00 AM open. Which works better for you? He'll call your cell.""", parent="cd2", cc=[glenn])
    mine_phone("cd4", [teresa], "2026-03-20 12:10",
               "Wednesday 10am is perfect. Cell is 817-555-0163.", "cd3", cc=[glenn])
    case.add("cd5", me, [glenn], "2026-03-25 11:40", """Glenn,

Thank you for the call this morning. I appreciated the straight talk about the schedule; knowing the Challenger flies about 350 hours a year and that the crew does its own trip planning makes the job very clear.

I'm very interested, and I'd be glad to come out to the hangar whenever it's convenient.

Regards,
""" + SHORT, parent="cd2")
    case.add("cd6", glenn, [me], "2026-04-08 08:15", """Marcus,

We'd like to have you out to the hangar to meet our chief pilot and see the operation. Teresa will send an invite for Friday the 17th at 10. Plan on staying for lunch.""", parent="cd5")
    mine_phone("cd7", [glenn], "2026-04-08 09:02",
               "Friday the 17th at 10 works, Glenn. Looking forward to it.", "cd6")
    case.add("cd8", glenn, [me], "2026-04-17 15:40", phone("""Marcus,

Good visit today. Capt. Sayers liked that you asked how we track maintenance. We've got two more candidates coming through next week, and I expect we'll make a decision by Friday, May 1.

Glenn""") + iq(case, "cd7", tz), parent="cd7", quote=False, sig=False, headers=IPHONE)
    mine_phone("cd9", [glenn], "2026-04-17 16:05",
               "Sounds good Glenn. I'm on a 4-day starting in the morning, but my cell stays "
               "on: 817-555-0163.", "cd8")
    case.thread("cd1", True, "interview", "Caddo Energy Partners",
                "résumé to the Director of Aviation (answered 3/20); phone call Wed 3/25 10:00 "
                "(no end) thanked at 11:40; after the 4/17 hangar visit Glenn mentions two "
                "more candidates and 'a decision by Friday, May 1' (window open); Marcus's "
                "reply does not thank him")
    case.application("cd1", "cd1", to=glenn.email, answered_by="cd2")
    case.meeting("cd1", at("2026-03-25 10:00"), None, met=[glenn.email],
                 thanks={glenn.email: "cd5"}, what="Caddo phone call")
    case.promise("cd1", "cd8", glenn.email, "2026-05-01")

    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "cd-inv"),
                   stamp=at("2026-04-09 10:12"), start=at("2026-04-17 10:00"),
                   end=at("2026-04-17 12:30"),
                   summary="Caddo Aviation – Hangar Visit: Marcus Reyes", organizer=teresa,
                   attendees=[(glenn, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                   location="Caddo Energy Hangar 4, 7920 Aviation Pl, Dallas Love Field",
                   description="10:00 Hangar tour and interview with Glenn Whitaker (Director "
                               "of Aviation) and Capt. Sayers (Chief Pilot)\n11:30 Lunch at "
                               "the FBO cafe")
    case.add("cdi1", teresa, [me, glenn], "2026-04-09 10:12", """When: Friday, April 17, 2026 10:00 AM-12:30 PM (UTC-06:00) Central Time (US & Canada)
Where: Caddo Energy Hangar 4, 7920 Aviation Pl, Dallas Love Field

Marcus,

10:00  Hangar tour and interview with Glenn Whitaker, Director of Aviation, and our Chief Pilot, Capt. Sayers
11:30  Lunch at the FBO cafe

Park in the visitor spaces on the east side of the hangar and ring the bell at the glass door. I'll meet you there.""",
             subject="Caddo Aviation – Hangar Visit: Marcus Reyes", ics=ics, ics_mode="outlook")
    case.add("cdi2", me, [teresa], "2026-04-16 20:30", """Thanks Teresa, confirmed for tomorrow at 10. I'll use the visitor spaces on the east side.

Marcus""", parent="cdi1", cc=[glenn])
    case.thread("cdi1", True, "interview", "Caddo Energy Partners",
                "Outlook invite for Fri 4/17 10:00-12:30 with Glenn and the Chief Pilot, "
                "'Capt. Sayers' (no address anywhere); arranged by Teresa; the only 'thanks' "
                "came the evening before")
    case.meeting("cdi1", at("2026-04-17 10:00"), at("2026-04-17 12:30"), met=[glenn.email],
                 unknown=["Capt. Sayers"], arranged_by=teresa.email,
                 what="Caddo hangar visit and interview")
    case.expect("thank_you", "cdi1", glenn.email,
                "hangar visit and interview Fri 4/17 10:00-12:30 took place; the only thanks "
                "came the night before; his note afterwards got a reply without thanks; "
                "overdue since 4/18 12:30")
    case.expect("ask_for_address", "cdi1", teresa.email,
                "Chief Pilot 'Capt. Sayers' was met on 4/17 but his address is nowhere; Teresa "
                "arranged the visit and Marcus has not written to her since it began")

    # ================================================================== HARWELL
    case.add("hw1", me, [scott], "2026-04-08 21:30", """Mr. Lindgren,

Tom Becker at Meacham Jet Center mentioned that Harwell's flight department is adding a G450 first officer this summer, and suggested I reach out to you directly. I would like to be considered for the position; my résumé is attached.

Briefly: 6,840 hours total, nine years on the CRJ900 at Cimarron Airlines out of DFW, and four years as a King Air 350 captain in charter before that. I live in Irving, about half an hour from Meacham.

I'd be grateful for a few minutes of your time, by phone or in person.

Respectfully,
""" + SIG, subject="G450 First Officer – Tom Becker suggested I write", attachments=[RESUME])
    case.add("hw2", scott, [me], "2026-04-08 21:31", """I am flying through Sunday, April 12 with limited access to email. For scheduling or anything urgent, please contact Jan Pierce at jan.pierce@harwellind.com or 817-555-0144.

Scott Lindgren
Chief Pilot, Harwell Industries Aviation""", parent="hw1", prefix="Automatic reply: ",
             quote=False, headers={"Auto-Submitted": "auto-replied",
                                   "X-Auto-Response-Suppress": "All"})
    case.thread("hw1", True, "application", "Harwell Industries",
                "résumé sent to the chief pilot on Wed 4/8; only an out-of-office came back")
    case.application("hw1", "hw1", to=scott.email)
    case.expect("application", "hw1", scott.email,
                "résumé and 'I would like to be considered' sent Wed 4/8; only an "
                "out-of-office reply since; 7 business days ran out at the end of Fri 4/17")

    # ================================================================== LODESTAR / EXPO
    t = "You're registered: Metroplex Aviation Career Expo – Saturday, April 4, 2026"
    txt = """Hi Marcus,

You're registered for the Metroplex Aviation Career Expo!

Saturday, April 4, 2026, 9:00 AM - 3:00 PM
Hyatt Regency DFW, Grand Ballroom (Terminal C)

Your registration type: Pilot - ATP
Bring printed résumés. Exhibitors may contact registered pilots ahead of the event to book meet & greets.

Parking: validated in the Terminal C garage for registered attendees.

See you there,
The MACE Team

You are receiving this because you registered at mace-expo.org. Replies are not read."""
    case.add("ex1", expo, [me], "2026-03-20 14:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("ex1", True, "networking", "Metroplex Aviation Career Expo",
                "job fair registration, automated")
    case.meeting("ex1", at("2026-04-04 09:00"), at("2026-04-04 15:00"), met=[],
                 what="career expo (only the Lodestar meet & greet involved someone)")

    t = "Thanks for coming to MACE 2026 – tell us how we did"
    txt = """Thank you for attending the Metroplex Aviation Career Expo on April 4!

More than 1,400 pilots, mechanics and dispatchers met with 38 employers this year. Help us make next year better with a 2-minute survey: https://mace-expo.org/survey/2026

Exhibitor contact list (PDF) and seminar slides are on the attendee page.

The MACE Team"""
    case.add("ex2", expo, [me], "2026-04-06 09:00", txt, subject=t, html=html_of(txt, t),
             headers=dict(AUTO, **bulk_headers("<attendees.mace-expo.org>",
                                               "https://mace-expo.org/unsub?u=77120")))
    case.thread("ex2", True, "networking", "Metroplex Aviation Career Expo",
                "post-event survey, automated")

    case.add("ld1", jolene, [me], "2026-03-31 09:05", """Hi Marcus,

I saw your name on the pilot registration list for the Metroplex Aviation Career Expo this Saturday. Lodestar is holding short meet & greets at booth 214 for pilots with 2,500+ hours, and I've put you down for 10:40 AM Central (15 minutes).

No need to prepare anything. Just come by the booth, and bring a résumé if you have one handy.

See you Saturday,
Jolene Harker
Pilot Recruiting | Lodestar Air Cargo
502-555-0161""", subject="Lodestar Air Cargo – meet & greet at the Metroplex Expo, Sat 4/4")
    mine_phone("ld2", [jolene], "2026-03-31 11:02", "I'll be there, see you Saturday.", "ld1")
    case.add("ld3", me, [jolene], "2026-04-05 21:15", """Jolene,

Thank you for taking the time to talk with me at the Expo yesterday. Hearing how Lodestar's 767 crews bid their schedules, and that DFW is becoming a crew base, made the cargo side a lot more concrete for me.

As you suggested, my résumé is attached. I'd like to be considered for the 767 First Officer openings when the next hiring window opens.

Best regards,
""" + SIG, parent="ld2", attachments=[RESUME])
    case.add("ld4", jolene, [me], "2026-04-06 10:12", """Hi Marcus,

Great meeting you too! I've added your résumé to your file and tagged it for the hiring team. Our next interview window opens in June, so keep an eye on the careers page.

Enjoy the rest of your spring,
Jolene""", parent="ld3")
    case.thread("ld1", True, "networking", "Lodestar Air Cargo",
                "15-minute meet & greet at the job fair Sat 4/4 10:40; thanked with résumé "
                "Sun 4/5, answered Mon 4/6; nothing between them since")
    case.meeting("ld1", at("2026-04-04 10:40"), at("2026-04-04 10:55"), met=[jolene.email],
                 thanks={jolene.email: "ld3"}, networking=True,
                 what="Lodestar meet & greet at the expo")
    case.application("ld1", "ld3", to=jolene.email, answered_by="ld4")
    case.expect("networking", "ld1", jolene.email,
                "meet & greet 4/4 thanked 4/5; last exchange her reply of Mon 4/6, so the "
                "14-day touch fell due at the end of Mon 4/20")

    # ================================================================== JUNIPER
    t = "Thank you for applying to Juniper Air"
    txt = """Hi Marcus,

Thanks for your interest in Juniper Air! We received your application for First Officer - A320 (Denver/Dallas).

Our Flight Operations talent team reviews applications on a rolling basis. If your experience is a fit, someone from our team will reach out about next steps.

Best,
Juniper Air Talent Acquisition

This is an automated message sent via Greenhouse. Please do not reply."""
    case.add("jp_ack", greenhouse, [me], "2026-03-26 13:40", txt, subject=t,
             html=html_of(txt, t), headers=AUTO)
    case.thread("jp_ack", True, "application", "Juniper Air",
                "Greenhouse acknowledgement, automated")

    case.add("jp1", tessa, [me], "2026-04-07 14:20", """Hi Marcus,

Thanks for applying to Juniper Air. We'd like to invite you to a video interview with our Denver Chief Pilot, Capt. Moreland, and me.

Are you available Thursday, April 16 at 9:00 AM Mountain? Plan on about 75 minutes.""",
             subject="Juniper Air – First Officer interview")
    mine_phone("jp2", [tessa], "2026-04-07 16:05",
               "Yes, Thursday 4/16 at 9 Mountain works (10 Central on my end).", "jp1")
    case.add("jp3", tessa, [me], "2026-04-13 09:10", """Hi Marcus,

Capt. Moreland has been pulled onto a line trip this Thursday. Could we move your interview to Tuesday, April 28, same time (9:00 AM Mountain)? Sorry for the shuffle.""",
             parent="jp2")
    mine_phone("jp4", [tessa], "2026-04-13 10:44", "28th works.", "jp3")
    case.add("jp5", tessa, [me], "2026-04-13 10:02", "Thank you! Updated invite is on its way.",
             parent="jp4")
    case.thread("jp1", True, "interview", "Juniper Air",
                "video interview set for Thu 4/16 9:00 MT, moved by Juniper to Tue 4/28 9:00 "
                "MT in a two-word reply; still ahead")
    case.forbid("jp1", tessa.email,
                "interview moved from Thu 4/16 to Tue 4/28 9:00 MT (10:00 CDT), still in the "
                "future at now")

    JUID = uid_outlook(NAME, "jp-inv")
    jdesc = ("Video interview, First Officer. Interviewers: Capt. Moreland (Chief Pilot, DEN) "
             "and Tessa Moreno (Talent Acquisition).\nJoin Zoom Meeting: "
             "https://juniperair.zoom.us/j/83355120417")
    ics = make_ics(method="REQUEST", uid=JUID, stamp=at("2026-04-08 08:30", tessa),
                   start=at("2026-04-16 09:00", tessa), end=at("2026-04-16 10:15", tessa),
                   summary="Juniper Air – First Officer Video Interview – Marcus Reyes",
                   organizer=tessa, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Mountain Standard Time",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                   location="Zoom", description=jdesc)
    case.add("jpi1", tessa, [me], "2026-04-08 08:30", """When: Thursday, April 16, 2026 9:00 AM-10:15 AM (UTC-07:00) Mountain Time (US & Canada)
Where: Zoom

Interviewers: Capt. Moreland (Chief Pilot, DEN) and Tessa Moreno.

Join Zoom Meeting
https://juniperair.zoom.us/j/83355120417
Meeting ID: 833 5512 0417""",
             subject="Juniper Air – First Officer Video Interview – Marcus Reyes", sig=False,
             ics=ics, ics_mode="outlook")
    case.thread("jpi1", True, "interview", "Juniper Air",
                "original invite for Thu 4/16 9:00-10:15 MT, superseded")
    ics = make_ics(method="REQUEST", uid=JUID, stamp=at("2026-04-13 10:05", tessa),
                   start=at("2026-04-28 09:00", tessa), end=at("2026-04-28 10:15", tessa),
                   summary="Juniper Air – First Officer Video Interview – Marcus Reyes",
                   organizer=tessa, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Mountain Standard Time", sequence=1,
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                   location="Zoom", description=jdesc)
    case.add("jpi2", tessa, [me], "2026-04-13 10:05", """When: Tuesday, April 28, 2026 9:00 AM-10:15 AM (UTC-07:00) Mountain Time (US & Canada)
Where: Zoom

Moved from Thursday 4/16 at Capt. Moreland's request.

Join Zoom Meeting
https://juniperair.zoom.us/j/83355120417
Meeting ID: 833 5512 0417""",
             subject="Updated: Juniper Air – First Officer Video Interview – Marcus Reyes",
             sig=False, ics=ics, ics_mode="outlook")
    case.thread("jpi2", True, "interview", "Juniper Air",
                "updated invite (same UID, SEQUENCE 1) for Tue 4/28 9:00-10:15 MT")
    case.meeting("jpi1", at("2026-04-16 09:00", tessa), at("2026-04-16 10:15", tessa),
                 met=[tessa.email], status="moved", what="Juniper interview, original time")
    case.meeting("jpi2", at("2026-04-28 09:00", tessa), at("2026-04-28 10:15", tessa),
                 met=[tessa.email], status="scheduled", what="Juniper interview, new time")

    # ================================================================== RIDGELINE
    case.add("rl1", me, [dale], "2026-03-12 19:15", """Dale,

We met briefly at the Texas business aviation safety stand-down in Addison last fall, when you mentioned Ridgeline was adding Phenom 300 crews. I'd like to be considered if that's still in the works; my résumé is attached.

I'm a CRJ900 First Officer at Cimarron with 6,840 hours, including four years as a King Air 350 captain in Part 135.

Best,
Marcus Reyes
817-555-0163 | m.reyes@example.com""", subject="Phenom 300 pilot – Marcus Reyes",
             attachments=[RESUME])
    case.add("rl2", dale, [me], "2026-03-16 08:30", """Marcus, good to hear from you, and yes, I remember the conversation. We're adding two crews at the Addison base. Can you do a Zoom on Monday 3/30 at 4pm? I'll send an invite.""",
             parent="rl1")
    mine_phone("rl3", [dale], "2026-03-16 09:15", "Monday 3/30 at 4 works. Talk then.", "rl2")
    case.add("rl4", dale, [me], "2026-03-27 15:20", """Marcus,

I hate to do this, but I have to cancel Monday. Our owners froze new crew hiring for the second quarter after the fleet plan changed, so I don't have a seat to offer right now. I'll keep your résumé and reach out if that changes.

Sorry for the short notice.""", parent="rl3")
    mine_phone("rl5", [dale], "2026-03-27 17:48",
               "Understood Dale, appreciate the heads-up. Keep me in mind if things open back "
               "up.", "rl4")
    case.thread("rl1", True, "rejection", "Ridgeline Aviation",
                "résumé 3/12 answered 3/16; Zoom for Mon 3/30 cancelled on 3/27 by a hiring "
                "freeze")
    case.application("rl1", "rl1", to=dale.email, answered_by="rl2")
    case.forbid("rl1", dale.email,
                "the Zoom of Mon 3/30 was cancelled on 3/27 (hiring freeze); the résumé had "
                "been answered; nothing is owed")

    RUID = uid_google(NAME, "rl-inv")
    rsum = "Ridgeline – Marcus Reyes (Phenom 300)"
    ics = make_ics(method="REQUEST", uid=RUID, stamp=at("2026-03-16 09:40"),
                   start=at("2026-03-30 16:00"), end=at("2026-03-30 16:45"), summary=rsum,
                   organizer=dale_cal, attendees=[(dale_cal, "ACCEPTED", "INDIVIDUAL"),
                                                  (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="America/Chicago", location="https://us06web.zoom.us/j/86120337719",
                   description="Intro call about the Phenom 300 crew positions at Addison.")
    case.add("rli1", dale_cal, [me], "2026-03-16 09:40", """Ridgeline – Marcus Reyes (Phenom 300)
Monday Mar 30, 2026 ⋅ 4pm – 4:45pm
Central Time - Chicago

Join Zoom Meeting
https://us06web.zoom.us/j/86120337719

Guests
Dale Whitcomb - organizer
m.reyes@example.com

Reply for m.reyes@example.com: Yes / No / Maybe

Invitation from Google Calendar""",
             subject="Invitation: %s @ Mon Mar 30, 2026 4pm - 4:45pm (CDT) (m.reyes@example.com)"
                     % rsum, ics=ics, headers=dict(GCAL))
    case.thread("rli1", True, "interview", "Ridgeline Aviation",
                "Google Calendar invite for the Zoom of Mon 3/30 16:00-16:45")
    ics = make_ics(method="CANCEL", uid=RUID, stamp=at("2026-03-27 15:22"),
                   start=at("2026-03-30 16:00"), end=at("2026-03-30 16:45"), summary=rsum,
                   organizer=dale_cal, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="America/Chicago", sequence=1, status="CANCELLED")
    case.add("rli2", dale_cal, [me], "2026-03-27 15:22", """This event has been canceled and removed from your calendar.

%s
Monday Mar 30, 2026 ⋅ 4pm – 4:45pm
Central Time - Chicago

Organizer
Dale Whitcomb

Invitation from Google Calendar""" % rsum,
             subject="Canceled event: %s @ Mon Mar 30, 2026 4pm - 4:45pm (CDT) "
                     "(m.reyes@example.com)" % rsum, ics=ics, headers=dict(GCAL))
    case.thread("rli2", True, "interview", "Ridgeline Aviation", "ICS CANCEL for the 3/30 Zoom")
    case.meeting("rli1", at("2026-03-30 16:00"), at("2026-03-30 16:45"), met=[dale.email],
                 status="cancelled", what="Ridgeline Zoom")

    # labels for Bluebonnet and the automated senders
    case.expect("thank_you", "bb_ag1", "dana.whitfield@flybluebonnet.com",
                "ran the technical interview Tue 4/14 10:00-11:00; Albers and the HR panel "
                "were thanked, she never was; the offer does not cancel it; overdue since "
                "4/15 11:00")
    case.expect("own_promise", "bb_on1", tamika.email,
                "Marcus: 'I'll have everything signed and back to you by Monday 4/20'; "
                "nothing sent to Tamika since; due at the end of 4/20")
    case.forbid("bb_ag1", hale.email,
                "HR panelist thanked by the one note to Renee and him on 4/14 21:40 (satisfies "
                "each addressee)")
    case.forbid("bb_ag1", albers.email,
                "technical interviewer thanked in a new thread ('Thanks for today') on 4/14")
    case.forbid("bb_ag1", kelsey.email,
                "coordinator, not met; her 'travel by Thursday, April 9' was kept on 4/7; "
                "Marcus already asked her for Capt. Ostrowski's address on 4/15")
    case.forbid("bb_of1", renee.email,
                "her offer was accepted the same morning; she was thanked for the panel; "
                "nothing is owed in the offer thread")
    case.forbid("bb_conf", wd_bb.email, "Workday notification sender, automated")
    case.forbid("gl_r1", ray.email,
                "the referring friend: not met, answered the résumé, promised nothing dated")
    case.forbid("gl_ack", aerohire.email, "pilot-hiring portal no-reply sender")
    case.forbid("cr_cal", calendly.email, "Calendly no-reply sender of the booking")

    # ================================================================== CIMARRON (current job)
    txt = """TRIP TRADE APPROVED

Request ID: TT-26-03-44812
Type: Two-way trade
You give: TRP 3318  13MAR-15MAR  DFW-MEM-DFW-GRR-DFW  Credit 16:42
You get:  TRP 3902  20MAR-22MAR  DFW-LIT-DFW-SAT-DFW  Credit 15:58
With: F/O D. Okonkwo (EMP 40117)

Your line in CrewTrac has been updated. Verify your schedule before reporting.

This is an automated CrewTrac message. Do not reply."""
    case.add("tt1", crewtrac, [me], "2026-03-09 06:02", txt,
             subject="Trade Approved: TRP 3318 / 13MAR", headers=AUTO)
    case.thread("tt1", False, None, "Cimarron Airlines", "trip trade at the current airline")

    txt = """DROP APPROVED

Request ID: TT-26-04-51907
Type: Drop to open time
You drop: TRP 4417  13APR-15APR  DFW-AUS-DFW-TUL-DFW-ICT-DFW  Credit 17:10
Pay adjustment: -17:10 credit, applied to the APR bid period

Your line in CrewTrac has been updated. Verify your schedule before reporting.

This is an automated CrewTrac message. Do not reply."""
    case.add("tt2", crewtrac, [me], "2026-04-10 05:48", txt,
             subject="Drop Approved: TRP 4417 / 13APR", headers=AUTO)
    case.thread("tt2", False, None, "Cimarron Airlines",
                "trip dropped to free the interview day")

    case.add("cs1", sched, [me], "2026-03-27 21:40", """F/O Reyes,

Per Section 25.F of the pilot agreement, you have been junior assigned TRP 4702 on 28MAR (previously a day off).

Report: 1305L DFW
Release: 2350L DFW
Legs: DFW-OKC-DFW-ABI-DFW

Please acknowledge receipt in CrewTrac or by reply to this email.

DFW Crew Scheduling
Cimarron Airlines | 972-555-0100""", subject="Junior Assignment – F/O Reyes – 28MAR")
    mine_phone("cs2", [sched], "2026-03-27 21:58", "Ack. F/O Reyes, EMP 38841.", "cs1")
    case.thread("cs1", False, None, "Cimarron Airlines", "junior assignment on a day off")

    JA = pdf("JA_notice_and_register_28MAR.pdf", [
        "CIMARRON AIRLINES - PAY REGISTER EXTRACT - F/O REYES EMP 38841",
        "28MAR TRP 4702 JA   Credit 6:51   Rate: 100% (straight)",
        "Expected per Section 25.F.5: 150%"])
    case.add("un1", me, [kyle], "2026-03-30 20:10", """Kyle,

I was junior assigned TRP 4702 on my day off, 3/28. The pay register shows it at straight rate instead of the 150% in Section 25.F.5. The JA notice and the register are attached.

Can you file a pay claim for me?

Marcus Reyes
F/O, EMP 38841
817-555-0163""", subject="Pay claim – JA on 28MAR paid at straight rate", attachments=[JA])
    case.add("un2", kyle, [me], "2026-04-02 11:30", """Marcus,

Got it, and you're right, a JA on a day off pays 150%. I filed the claim this morning (PC-26-0211). I'll have an answer from Crew Comp by Wednesday 4/8; they've been paying these without a fight lately.""",
             parent="un1")
    case.thread("un1", False, None, "Cimarron Pilots Association",
                "union pay claim at the current airline; 'answer by Wednesday 4/8' lapsed")
    case.promise("un1", "un2", kyle.email, "2026-04-08", job=False)
    case.forbid("un1", kyle.email,
                "union rep's 'answer by Wednesday 4/8' is about a pay claim at Marcus's current "
                "airline, not the job search")

    txt = """MEC UPDATE - APRIL 10, 2026

Section 6 negotiations: the April session in Irving closed on Thursday. The committees reached tentative agreement on Section 12 (Hotels) and Section 19 (Uniforms). Scheduling and compensation remain open; the next session is set for May 12-15.

Reserve rules: the MEC reminds pilots that short-call reserves may not be assigned more than two consecutive early reports without a 12-hour rest period (Section 25.K).

Pay claims: Crew Comp has a backlog after the March bid. File claims within 30 days of the pay register.

In unity,
Cimarron Pilots Association"""
    case.add("cpa1", cpa, [me], "2026-04-10 16:00", txt,
             subject="MEC Update – Section 6 negotiations, April session", html=html_of(txt),
             headers=bulk_headers("<mec-update.cimarronpilots.org>",
                                  "https://cimarronpilots.org/unsub?m=38841"))
    case.thread("cpa1", False, None, "Cimarron Pilots Association", "union newsletter")

    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "cim-pc"),
                   stamp=at("2026-03-16 10:00"), start=at("2026-04-01 13:00"),
                   end=at("2026-04-01 17:00"),
                   summary="CRJ900 Recurrent PC – Capt. Salazar / F/O Reyes",
                   organizer=training,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (salazar, "ACCEPTED", "INDIVIDUAL"),
                              (petrakis, "ACCEPTED", "INDIVIDUAL"),
                              (("CTC CRJ900 FFS 2", "ctc-ffs2@cimarronair.com"), "ACCEPTED",
                               "RESOURCE")],
                   tzid="Central Standard Time",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                   location="Cimarron Training Center – CRJ900 FFS 2",
                   description="Proficiency check. Instructor/evaluator: Capt. Alan Petrakis. "
                               "Brief 1300, sim 1330-1630, debrief 1630.")
    case.add("pc1", training, [me, salazar, petrakis], "2026-03-16 10:00", """When: Wednesday, April 1, 2026 1:00 PM-5:00 PM (UTC-06:00) Central Time (US & Canada)
Where: Cimarron Training Center – CRJ900 FFS 2

Recurrent PC for Capt. R. Salazar and F/O M. Reyes. Instructor/evaluator: Capt. Alan Petrakis.
Brief 1300, sim 1330-1630, debrief 1630.

Recurrent ground school is Tuesday 3/31, 0800-1600, CTC Room 114 (no separate invite). Bring your iPad with current manuals.

Cimarron Training Scheduling""", subject="CRJ900 Recurrent PC – Capt. Salazar / F/O Reyes",
             ics=ics, ics_mode="outlook")
    case.add("pc2", petrakis, [me, salazar], "2026-04-01 19:40", """Rick, Marcus,

Good session today. Both PCs are complete and signed off in the training record. The V1 cut and the no-flap approach were solid; the only debrief item was callouts on the go-around, which we covered.

See you both next year.

Alan Petrakis
Sim Instructor / Check Airman
Cimarron Training Center""", parent="pc1")
    case.thread("pc1", False, None, "Cimarron Airlines",
                "recurrent ground school 3/31 and proficiency check 4/1 at the current airline")
    case.meeting("pc1", at("2026-03-31 08:00"), at("2026-03-31 16:00"), job=False,
                 what="recurrent ground school")
    case.meeting("pc1", at("2026-04-01 13:00"), at("2026-04-01 17:00"),
                 met=[petrakis.email, salazar.email], job=False, what="recurrent PC")
    case.forbid("pc1", petrakis.email,
                "the check airman of his recurrent simulator check at his current airline: "
                "training, not a job interview")

    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "cim-panel"),
                   stamp=at("2026-03-30 09:00"), start=at("2026-04-07 08:00"),
                   end=at("2026-04-07 12:00"),
                   summary="Pilot Interview Panel – Line Pilot Interviewer", organizer=brenda,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (lambert, "ACCEPTED", "INDIVIDUAL"),
                              (("HQ 3 Red River", "hq3-redriver@cimarronair.com"), "ACCEPTED",
                               "ROOM")],
                   tzid="Central Standard Time",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                   location="HQ 3rd floor – Red River conference room",
                   description="Candidates: 8:15 J. Whitlow, 9:30 S. Park, 10:45 A. Gutierrez")
    case.add("pn1", brenda, [me, lambert], "2026-03-30 09:00", """When: Tuesday, April 7, 2026 8:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada)
Where: HQ 3rd floor – Red River conference room

Hi Marcus,

Thank you for volunteering as a line pilot interviewer! You'll be paired with Capt. Teri Lambert. Candidates:
 8:15  J. Whitlow (regional FO, E175)
 9:30  S. Park (CFI, 1,500 hrs)
10:45  A. Gutierrez (military, C-130)

Scoresheets and the question bank are in the Panel Portal. Coffee and breakfast tacos in the room.

Brenda Kowalski
Pilot Recruitment | Cimarron Airlines""", subject="Pilot Interview Panel – Tue 4/7",
             ics=ics, ics_mode="outlook")
    case.add("pn2", brenda, [me], "2026-04-07 14:30", """Marcus, thanks for giving up a morning off! Please get your three scoresheets into the Panel Portal by Thursday 4/9 so the committee has them for Friday.

Brenda""", parent="pn1")
    mine_phone("pn3", [brenda], "2026-04-07 15:02",
               "Will do, all three will be in by Thursday.", "pn2")
    case.add("pn4", me, [brenda], "2026-04-08 21:50", """Brenda,

All three scoresheets are in the portal. Good group, Gutierrez in particular.

Marcus""", parent="pn3")
    case.thread("pn1", False, None, "Cimarron Airlines",
                "Marcus interviews pilot candidates for his current airline (hiring side)")
    case.meeting("pn1", at("2026-04-07 08:00"), at("2026-04-07 12:00"),
                 met=[brenda.email, lambert.email], job=False, what="peer interview panel")
    case.own_promise("pn1", "pn3", to=brenda.email, last_day="2026-04-09", kept_by="pn4",
                     job=False)
    case.forbid("pn1", brenda.email,
                "Marcus sat on his own airline's interview panel: the hiring side, not his job "
                "search (and his scoresheets went in on 4/8)")

    t = "Your pay statement is available"
    txt = """Your pay statement for the period ending 04/15/2026 is now available in Employee Self Service.

Sign in at https://ess.cimarronair.com to view or download it.

This is an automated message from Cimarron Airlines Payroll. Do not reply."""
    case.add("pay", payroll, [me], "2026-04-15 04:00", txt, subject=t, headers=AUTO)
    case.thread("pay", False, None, "Cimarron Airlines", "pay statement notice")

    txt = """FLIGHT OPERATIONS BULLETIN 26-07
Effective: 20MAR2026

Subject: Spring convective season - DFW procedures

1. SWAP routes: expect published Severe Weather Avoidance Plan reroutes out of DFW from 1800Z-0300Z on days with a convective SIGMET within 100 NM.
2. Ground stops: do not leave the gate during a DFW ground stop without a wheels-up time from the ramp tower.
3. Hail: report any hail encounter to Maintenance Control before the next flight, regardless of visible damage.

Questions: Flight Standards, ext. 4410.

Cimarron Airlines Flight Operations"""
    case.add("fob", flightops, [me], "2026-03-18 09:00", txt,
             subject="FOB 26-07: Spring convective season – DFW procedures", headers=AUTO)
    case.thread("fob", False, None, "Cimarron Airlines", "flight operations bulletin")

    # ================================================================== FAMILY AND FRIENDS
    case.add("an1", ana, [me], "2026-03-13 12:10", """Can you take Isa to Dr. Patel on Tues 3/24 at 4? I have the quarterly review that afternoon and can't move it 😬""",
             subject="Isa ortho 3/24")
    mine_phone("an2", [ana], "2026-03-13 12:40",
               "I'm on reserve that day. If they don't call me, yes.", "an1")
    case.add("an3", ana, [me], "2026-03-13 12:42", "ok ❤️", parent="an2", quote=False)
    case.thread("an1", False, None, None, "wife: daughter's orthodontist appointment")
    case.meeting("an1", at("2026-03-24 16:00"), None, job=False, what="orthodontist")

    case.add("an4", ana, [me], "2026-04-03 13:05", """Pam from the HOA management company called about the fence request. Did you send it??""",
             subject="fence")
    mine_phone("an5", [ana], "2026-04-03 17:45",
               "Yes, emailed it to her this afternoon with Raul's drawing.", "an4")
    case.thread("an4", False, None, None, "wife: HOA fence request")

    case.add("an6", ana, [me], "2026-04-14 19:20", "How'd it go??? Call me when you land",
             subject="today")
    mine_phone("an7", [ana], "2026-04-14 20:02",
               "Landed. Went well I think, sim was smooth. Calling you from the car", "an6")
    case.thread("an6", False, None, None, "wife, the evening of the interview day")

    case.add("an8", me, [ana], "2026-04-16 09:41", phone(
        "They offered!! Conditional, class date May 18. Call you at lunch"),
        subject="!!!", headers=IPHONE)
    case.add("an9", ana, [me], "2026-04-16 09:44",
             "AHHHH!!! So proud of you. Joe T's tonight, I'll tell Isa after school ❤️",
             parent="an8")
    case.thread("an8", False, None, None, "Marcus tells his wife about the offer")

    case.add("mo1", mom, [me], "2026-03-29 16:20", """Mijo,

¿Van a venir a San Antonio para Pascua? Tu tía Chayo va a hacer tamales y Beto trae la carne asada. Dime si llegan el sábado o el domingo para preparar las camas.

Te quiero,
Mamá""", subject="Pascua")
    case.add("mo2", me, [mom], "2026-03-29 21:10", """Hola Ma,

Sí vamos. Salimos el sábado después de la feria de aviación, como a las 2, y regresamos el domingo en la noche porque Isa tiene escuela el lunes. Isa quiere ayudar con los tamales.

Un abrazo,
Marcus""", parent="mo1")
    case.add("mo3", mom, [me], "2026-03-30 08:15",
             "Qué bueno mijo. Te llamo el jueves para ver qué traen. Maneja con cuidado.",
             parent="mo2")
    case.thread("mo1", False, None, None, "mother, in Spanish: Easter in San Antonio")
    case.promise("mo1", "mo3", mom.email, "2026-04-02", job=False)

    case.add("mo4", mom, [me], "2026-04-17 07:30", """¡Felicidades mijo! Ana me contó lo de Bluebonnet. Estoy tan orgullosa de ti. Tu papá estaría feliz.

Cuídate mucho en ese viaje.
Mamá""", subject="¡Felicidades!")
    case.add("mo5", me, [mom], "2026-04-17 21:10", """Gracias Ma. Todavía falta el background check, pero ya casi. Te quiero.

Marcus""", parent="mo4")
    case.thread("mo4", False, None, None, "mother congratulates him, in Spanish")

    case.add("lu1", luis, [me], "2026-03-24 19:00", """Fishing report says the stripers are stacking up on the dam side at Texoma. You off the weekend of 4/25-26? I'll get Capt. Joe for a half day.

L""", subject="Texoma")
    mine_phone("lu2", [luis], "2026-03-24 21:15",
               "Off that whole weekend. Sunday the 26th is better, Isa has practice Saturday.",
               "lu1")
    case.add("lu3", luis, [me], "2026-03-25 07:30",
             "Sunday it is. I'll book Joe by Friday and send you the details.", parent="lu2")
    case.add("lu4", luis, [me], "2026-03-27 18:00", """Booked. Capt. Joe Darnell, 5:30 AM at Highport Marina, Sunday 4/26. Bring the good cooler, not the one with the broken latch.""",
             parent="lu3")
    case.thread("lu1", False, None, None, "friend: fishing trip on Sunday 4/26")
    case.promise("lu1", "lu3", luis.email, "2026-03-27", job=False)
    case.meeting("lu1", at("2026-04-26 05:30"), at("2026-04-26 11:30"), status="scheduled",
                 job=False, what="fishing trip")

    # ---- softball
    t = "Game reminder: Thunder 12U vs. Flower Mound Fury – Sat, Mar 21, 9:00 AM"
    txt = """Coppell Thunder 12U

GAME: vs. Flower Mound Fury
Saturday, March 21, 2026 at 9:00 AM (arrive 8:15 AM)
Andy Brown Park East, Field 4
Uniform: Red jerseys, black pants

Availability: Isabel Reyes - Not set. Tap to respond: https://rosterhq.com/t/44120/e/990031

You're receiving this because you're a family member on Coppell Thunder 12U in RosterHQ."""
    case.add("sb1", rosterhq, [me], "2026-03-19 18:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("sb1", False, None, "Coppell Thunder 12U", "softball game reminder")
    case.meeting("sb1", at("2026-03-21 09:00"), at("2026-03-21 10:30"), job=False,
                 what="softball game")

    LIST = {"List-Id": "<thunder12u-parents.googlegroups.com>",
            "Mailing-list": "list thunder12u-parents@googlegroups.com"}
    case.add("sn1", kristy, [parents], "2026-03-22 15:10", """Hi Thunder families!

Snack sign-up for the spring season is open. One family per Saturday, snacks plus a drink for 12 girls (and the coaches, who pretend they don't want any). Reply to me with the date you want and I'll fill in the sheet.

3/28, 4/4, 4/11, 4/18 (tourney, two games), 4/25, 5/2

Kristy (Maddie's mom)""", subject="Spring snack sign-up", headers=LIST)
    case.add("sn2", me, [kristy], "2026-03-22 16:02",
             "Kristy, put the Reyes family down for 4/11 please.\n\nMarcus", parent="sn1")
    case.thread("sn1", False, None, "Coppell Thunder 12U", "team snack sign-up")

    t = "Picture Day: Saturday, April 11 at 8:30 AM"
    txt = """Coppell Thunder 12U

EVENT: Team & individual photos
Saturday, April 11, 2026 at 8:30 AM
Andy Brown Park East, pavilion
Full uniform, hair pulled back. Order forms at the pavilion or online: https://rosterhq.com/t/44120/photos

You're receiving this because you're a family member on Coppell Thunder 12U in RosterHQ."""
    case.add("sb2", rosterhq, [me], "2026-04-08 18:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("sb2", False, None, "Coppell Thunder 12U", "softball picture day")
    case.meeting("sb2", at("2026-04-11 08:30"), at("2026-04-11 09:15"), job=False,
                 what="picture day")

    case.add("tn1", coach, [parents], "2026-04-14 18:00", """Thunder parents,

Spring Classic this weekend. First game is Saturday 4/18 at 8:00 AM, Field 3 at Andy Brown Park. The forecast has storms rolling through Friday night, so I'll let y'all know by Thursday night whether we're playing or if the tourney gets pushed to Sunday.

Coach Dave""", subject="Spring Classic this weekend – weather", headers=LIST)
    case.add("tn2", ana, [parents], "2026-04-14 18:40",
             "Isa will be there either way. Marcus is flying this weekend so it's me and the "
             "cooler 😂", parent="tn1", headers=LIST)
    case.add("tn3", coach, [parents], "2026-04-16 20:45", """We're ON for Saturday. Warmups at 7:15, white jerseys.

Coach Dave""", parent="tn2", quote=False, headers=LIST)
    case.thread("tn1", False, None, "Coppell Thunder 12U",
                "coach's 'let y'all know by Thursday night', kept; a tournament Sat 4/18")
    case.promise("tn1", "tn1", coach.email, "2026-04-16", job=False)
    case.meeting("tn1", at("2026-04-18 08:00"), at("2026-04-18 09:30"), job=False,
                 what="softball tournament")

    # ---- HOA
    t = "Hollow Creek Estates – Q2 2026 assessment statement"
    txt = """Hollow Creek Estates Homeowners Association

Account: HCE-1417-WB
Property: 1417 Willow Bend Ct

Q2 2026 assessment: $285.00
Due: April 1, 2026. Late after April 30, 2026.

Pay online at https://crestlinecm.com/pay or by mail to the address on your coupon.

Crestline Community Management, on behalf of the Board of Directors"""
    case.add("hd", hoa, [me], "2026-03-02 08:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("hd", False, None, "Hollow Creek Estates HOA", "HOA dues statement")

    case.add("hf1", me, [pam], "2026-04-03 17:30", """Hi Pam,

Attached is our Architectural Review request to replace the back fence at 1417 Willow Bend Ct, with the contractor's drawing. It's a 6' board-on-board cedar fence on the same line as the existing one, stained to match the neighbors.

Let me know if you need anything else.

""" + SHORT, subject="ARC request – fence replacement, 1417 Willow Bend Ct",
             attachments=[pdf("ARC_Fence_1417_Willow_Bend.pdf", [
                 "ARCHITECTURAL REVIEW REQUEST - HOLLOW CREEK ESTATES",
                 "Owner: Marcus and Ana Reyes, 1417 Willow Bend Ct",
                 "Project: replace rear fence, 6 ft board-on-board cedar, existing line",
                 "Contractor: Raul Mendez Fence Co.  Stain: semi-transparent cedar"])])
    case.add("hf2", pam, [me], "2026-04-06 10:00", """Hi Mr. Reyes,

Your Architectural Review application has been received and is complete. It will be reviewed by the Architectural Review Committee at the Board meeting on Thursday, April 16, and you will be notified of the decision in writing by April 20.

Please do not begin work until you have written approval.""", parent="hf1")
    case.thread("hf1", False, None, "Hollow Creek Estates HOA",
                "fence request; 'you will be notified ... by April 20' lapsed without word")
    case.promise("hf1", "hf2", pam.email, "2026-04-20", job=False)
    case.forbid("hf1", pam.email,
                "HOA's passive 'notified of the decision in writing by April 20' is not job "
                "search (and two business days have not passed anyway)")

    t = "Notice of Board of Directors Meeting – Thursday, April 16, 2026, 7:00 PM"
    txt = """Hollow Creek Estates Homeowners Association

NOTICE OF BOARD OF DIRECTORS MEETING
Thursday, April 16, 2026 at 7:00 PM
Hollow Creek Clubhouse, 900 Hollow Creek Dr

Agenda
1. Call to order
2. Financial report, Q1
3. Architectural Review Committee: 3 applications
4. Pool opening and lifeguard contract
5. Homeowner forum (3 minutes per speaker)

Crestline Community Management, on behalf of the Board of Directors"""
    case.add("hb", hoa, [me], "2026-04-09 09:00", txt, subject=t, html=html_of(txt, t),
             headers=dict(AUTO, **bulk_headers("<board.hollowcreek.crestlinecm.com>",
                                               "https://crestlinecm.com/unsub?a=HCE-1417")))
    case.thread("hb", False, None, "Hollow Creek Estates HOA", "HOA board meeting notice")
    case.meeting("hb", at("2026-04-16 19:00"), None, job=False, what="HOA board meeting")

    # ---- car
    t = "Important Safety Recall 26V-118 – 2022 Tamarack Summit"
    txt = """Dear Marcus Reyes,

Tamarack Motors has decided that a defect relating to motor vehicle safety exists in certain 2021-2023 Tamarack Summit vehicles, including your vehicle (VIN ending 48812).

The low-pressure fuel pump may fail, which can cause the engine to stall while driving and increase the risk of a crash.

What to do: contact your Tamarack dealer to schedule a free fuel pump replacement. The repair takes about 3 hours.

Tamarack Motors Owner Services
This mailbox does not accept replies."""
    case.add("rc", recall, [me], "2026-03-26 11:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("rc", False, None, "Tamarack Motors", "vehicle safety recall")

    ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dealer"), stamp=at("2026-04-10 11:20"),
                   start=at("2026-04-25 08:00"), end=at("2026-04-25 11:00"),
                   summary="Service appointment – Recall 26V-118 – Grapevine Tamarack",
                   organizer=dealer, tzid="America/Chicago",
                   prodid="-//Grapevine Tamarack//Service Scheduler//EN",
                   location="Grapevine Tamarack Service, 2100 William D Tate Ave, Grapevine TX")
    t = "Appointment confirmed: Sat, Apr 25, 2026 at 8:00 AM"
    txt = """Hi Marcus,

Your service appointment is confirmed.

Date: Saturday, April 25, 2026
Time: 8:00 AM (drop-off)
Vehicle: 2022 Tamarack Summit
Services: Safety Recall 26V-118 (fuel pump), multi-point inspection

Complimentary shuttle available within 10 miles. Reply C to confirm or R to reschedule by text at 817-555-0131.

Grapevine Tamarack Service"""
    case.add("dl", dealer, [me], "2026-04-10 11:20", txt, subject=t, html=html_of(txt, t),
             ics=ics, ics_mode="publish", headers=AUTO)
    case.thread("dl", False, None, "Grapevine Tamarack", "dealer appointment for the recall")
    case.meeting("dl", at("2026-04-25 08:00"), at("2026-04-25 11:00"), status="scheduled",
                 job=False, what="recall repair")

    # ---- medical
    ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "ame"), stamp=at("2026-03-12 07:00"),
                   start=at("2026-03-19 08:30"), end=at("2026-03-19 09:15"),
                   summary="FAA Medical Exam (First Class) – Dr. Helen Marsh",
                   organizer=ame, tzid="America/Chicago",
                   prodid="-//Lakeside Aviation Medicine//Appointments//EN",
                   location="Lakeside Aviation Medicine, 4301 W Airport Fwy, Suite 210, Irving TX")
    t = "Appointment reminder: FAA Medical Exam – Thursday, March 19, 8:30 AM"
    txt = """Hello Marcus,

This is a reminder of your upcoming appointment:

FAA Medical Exam (First Class) with Dr. Helen Marsh, Senior AME
Thursday, March 19, 2026 at 8:30 AM
4301 W Airport Fwy, Suite 210, Irving TX

Please complete FAA MedXPress before your visit and bring your confirmation number, a photo ID and your glasses or contacts.

To reschedule, call 972-555-0166 at least 24 hours ahead.

Lakeside Aviation Medicine"""
    case.add("am", ame, [me], "2026-03-12 07:00", txt, subject=t, html=html_of(txt, t),
             ics=ics, ics_mode="publish", headers=AUTO)
    case.thread("am", False, None, "Lakeside Aviation Medicine", "FAA medical appointment")
    case.meeting("am", at("2026-03-19 08:30"), at("2026-03-19 09:15"), job=False,
                 what="FAA medical")

    # ---- receipts and bills
    t = "Receipt: SkyChart Pro Performance Plus – annual renewal"
    txt = """Thanks for renewing, Marcus.

SkyChart Pro Performance Plus (annual)     $199.99
Sales tax                                    $16.50
Total charged to Visa ending 3318          $216.49

Renewal date: March 15, 2026
Next renewal: March 15, 2027

Manage your subscription at https://skychartpro.com/account"""
    case.add("sk", skychart, [me], "2026-03-15 03:12", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("sk", False, None, "SkyChart Pro", "subscription receipt")

    t = "Your order AS-448120 has shipped"
    txt = """Good news, Marcus! Your order is on the way.

Order AS-448120
- Gel ear seal kit for ANR headset (1)
- Tactical flashlight, red/white LED (1)
- Kneeboard, tri-fold (1)

Carrier: UPS, tracking 1Z7W49E40332188201
Estimated delivery: Monday, April 6

Aviator Supply Co."""
    case.add("av", aviator, [me], "2026-04-02 15:30", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("av", False, None, "Aviator Supply Co.", "order shipped")

    t = "Your Bluestem Energy bill is ready"
    txt = """Hi Marcus,

Your bill for service at 1417 Willow Bend Ct is ready.

Amount due: $142.87
Due date: May 8, 2026
Usage: 1,012 kWh (March 19 - April 18)

AutoPay is on: we'll draft your account ending 0921 on the due date.

Bluestem Energy"""
    case.add("en", energy, [me], "2026-04-21 18:30", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("en", False, None, "Bluestem Energy", "electricity bill")

    t = "Your March e-statement is ready"
    txt = """Your March 2026 e-statement for Share Draft Checking (ending 0921) is ready to view in online banking.

Sign in at https://online.trinityfcu.org

Trinity Federal Credit Union will never ask for your password by email."""
    case.add("bk", bank, [me], "2026-04-03 06:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("bk", False, None, "Trinity Federal Credit Union", "bank statement notice")

    # ---- newsletters and job alerts
    t = "The Crew Room Weekly: spring hiring heats up"
    txt = """THE CREW ROOM WEEKLY - March 16, 2026

HIRING BOARD
- Bluebonnet Airways posted three interview days for April and says class dates run into June.
- Gulfline Airways reopened First Officer hiring for E175 and 737, with a push on internal referrals.
- Caprock Airlines is targeting May interview days for CRJ/E175 First Officers.
- Juniper Air is adding A320 crews at DEN and DFW.

INTERVIEW CORNER
Bring a printed logbook summary even if you fly with an electronic logbook. Panels still ask to see it.

SIM TIP
On the V1 cut, say the memory items out loud. Evaluators grade what they hear.

Forwarded this? Subscribe at thecrewroom.news"""
    case.add("cr_n1", crewroom, [me], "2026-03-16 06:00", txt, subject=t, html=html_of(txt, t),
             headers=bulk_headers("<weekly.thecrewroom.news>",
                                  "https://thecrewroom.news/unsub?u=m41x"))
    case.thread("cr_n1", False, None, "The Crew Room", "pilot hiring newsletter")

    t = "The Crew Room Weekly: class dates into June"
    txt = """THE CREW ROOM WEEKLY - April 13, 2026

HIRING BOARD
- Bluebonnet Airways: conditional offers going out within days of interview; new-hire classes scheduled through June.
- Saguaro Airlines closed its April interview round.
- Lodestar Air Cargo opens its next 767 window in June.
- Corporate: several DFW-area flight departments adding large-cabin SIC seats this summer.

INTERVIEW CORNER
Send a thank-you to every person on the panel. Recruiters notice who does.

Forwarded this? Subscribe at thecrewroom.news"""
    case.add("cr_n2", crewroom, [me], "2026-04-13 06:00", txt, subject=t, html=html_of(txt, t),
             headers=bulk_headers("<weekly.thecrewroom.news>",
                                  "https://thecrewroom.news/unsub?u=m41x"))
    case.thread("cr_n2", False, None, "The Crew Room", "pilot hiring newsletter")

    t = "12 new jobs match \"First Officer – Texas\""
    txt = """Your FlightCrew Jobs alert: First Officer - Texas

Challenger 350 First Officer - Caddo Energy Partners - Dallas Love Field (DAL)
  Corporate, Part 91. 3,000 TT, type preferred. Apply now!
First Officer - E175 - Gulfline Airways - Houston (IAH) / Dallas (DFW)
  Part 121. Interviews within 14 days of application.
First Officer - CRJ/E175 - Caprock Airlines - Lubbock (LBB)
  Part 121. Sign-on bonus. Apply by 3/31.
SIC - Citation Latitude - Lone Star Air Charter - Addison (ADS)
  Part 135. 1,500 TT.
...and 8 more

View all: https://flightcrewjobs.com/alerts/55102
Unsubscribe: https://flightcrewjobs.com/alerts/55102/off"""
    case.add("fj1", fcj, [me], "2026-03-17 07:00", txt, subject=t, html=html_of(txt, t),
             headers=bulk_headers("<alerts.flightcrewjobs.com>",
                                  "https://flightcrewjobs.com/alerts/55102/off"))
    case.thread("fj1", False, None, "FlightCrew Jobs", "job-board alert")

    t = "9 new jobs match \"First Officer – Texas\""
    txt = """Your FlightCrew Jobs alert: First Officer - Texas

First Officer - A220 - Bluebonnet Airways - Austin (AUS) / Dallas (DFW)
  Part 121. Interview days in May. Apply now!
G650 SIC - Private flight department - Fort Worth (FTW)
  Part 91. 4,000 TT, international experience.
First Officer - 767 - Lodestar Air Cargo - Louisville (SDF) / DFW
  Part 121. Next interview window: June.
...and 6 more

View all: https://flightcrewjobs.com/alerts/55102
Unsubscribe: https://flightcrewjobs.com/alerts/55102/off"""
    case.add("fj2", fcj, [me], "2026-04-14 07:00", txt, subject=t, html=html_of(txt, t),
             headers=bulk_headers("<alerts.flightcrewjobs.com>",
                                  "https://flightcrewjobs.com/alerts/55102/off"))
    case.thread("fj2", False, None, "FlightCrew Jobs", "job-board alert")

    t = "STAAR testing April 14-15: no early pickups"
    txt = """Riverchase Middle School families,

STAAR testing for 6th-8th grade is Tuesday, April 14 and Wednesday, April 15. Please make sure your student arrives by 7:50 AM, has a charged Chromebook and a snack.

To protect testing, there will be no early pickups before 12:30 PM on either day.

Thank you,
Riverchase Middle School Administration"""
    case.add("sc", school, [me], "2026-04-01 15:00", txt, subject=t, html=html_of(txt, t),
             headers=AUTO)
    case.thread("sc", False, None, "Riverchase Middle School", "school notice")

    case.summary = (
        "Marcus Reyes, 41, flies the CRJ900 as a first officer for Cimarron Airlines at DFW and "
        "is applying to other carriers and to corporate flight departments. The mailbox runs "
        "from early March to Wednesday 22 April 2026, 07:45 CDT. Bluebonnet Airways takes him "
        "through Workday to an interview day in Austin on 14 April: a simulator evaluation "
        "with a Standards captain known only as 'Capt. Ostrowski' (Marcus asked the "
        "coordinator for his address the next day), a technical interview where only the first "
        "officer was thanked, and an HR panel thanked with one note to both; a conditional "
        "offer pending a background check follows on 16 April, and Marcus promises the "
        "onboarding specialist his PRIA paperwork 'by Monday 4/20', then leaves on a four-day "
        "trip without sending it. Gulfline's recruiter, reached through a captain friend's "
        "referral, promised word 'either way by Friday, April 10'; Caprock's said in the "
        "passive that a decision 'will be made by Wednesday, April 15'; neither wrote again. "
        "Saguaro's video interview was set in Arizona time and ended in a gentle rejection; "
        "Marcus thanked the recruiter and asked her to pass his thanks to the captain. A "
        "corporate flight department at Love Field (Caddo Energy) had a phone call and then a "
        "hangar visit with the Director of Aviation and a chief pilot named only as "
        "'Capt. Sayers'; the director, who mentions two other candidates, was thanked only "
        "the evening before. A résumé to Harwell's chief pilot drew only an out-of-office; a "
        "job-fair meet & greet with Lodestar's recruiter was thanked and has gone quiet for "
        "two weeks; Juniper moved its interview past now; Ridgeline cancelled for a hiring "
        "freeze. Noise: crew scheduling and trip trades, a recurrent simulator check, a union "
        "pay claim, a morning on his own airline's interview panel, his daughter's softball, "
        "the HOA, a car recall, his mother in Spanish. %d threads, %d messages, now = "
        "2026-04-22T07:45:00-05:00." % (len(case.threads), len(case.msgs)))
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
