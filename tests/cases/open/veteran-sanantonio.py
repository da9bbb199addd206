#!/usr/bin/env python3
"""Labelled case: a retiring Army logistics NCO in San Antonio moving into supply-chain and
operations management (federal, defense contractors, a grocery DC, a veterans' mentoring
program, a hiring expo).  Written blind, from CASES.md, DOMAIN.md and BRIEF.md only."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
from casekit import DAY  # noqa: F401

NAME = "veteran-sanantonio"
CT = "America/Chicago"
ET = "America/New_York"
MT = "America/Denver"

SUMMARY = (
    "Daniel R. Espinoza is a U.S. Army Master Sergeant, a logistics NCO retiring on 31 May 2026 "
    "after twenty years, living in base housing at Fort Sam Houston in San Antonio "
    "(America/Chicago) and looking for supply-chain and operations management work. The "
    "mailbox runs from 12 February to Wednesday 25 March 2026, 07:30 CDT, across the US change "
    "to daylight time on 8 March (a Calendly booking and an Outlook invitation written in CST "
    "for slots in CDT). A federal panel interview at the Defense Supply Readiness Agency was "
    "set up by an HR specialist who did not attend; the Teams invitation names the three "
    "panelists only in its description; one note thanked two of them and asked them to pass "
    "thanks to the third, and the HR specialist's passive 'a selection decision will be made "
    "by Thursday, 19 March' went unanswered. Ridgeback Federal Solutions (Lever) interviewed "
    "him with two people, set up by a coordinator who stayed off the call; only the director "
    "was thanked, and his 'NLT Friday 20 March' (with two more candidates to see) lapsed. "
    "Cordillera Defense Services met him at a hiring expo, screened him through Calendly "
    "(thanked in the recruiter's own thread) and moved the hiring manager's Zoom to the day "
    "after now. Hacienda Markets made an offer after an onsite where only the DC manager was "
    "thanked; Mission Valley Distribution moved a Zoom earlier, then rejected him without a "
    "thank-you ever sent. Through the Guidon Partners mentoring program his mentor's "
    "Calendly session went unthanked, an introduced Navy veteran's call was thanked only "
    "beforehand, another contact no-showed and rescheduled, and the coordinator's 'the week of "
    "March 9' list never came; a friend-of-a-friend hiring manager promised to call Wednesday "
    "and did not write. A lunch with an old friend was thanked, a coffee was cancelled by ICS. "
    "Noise: he sits on a hiring panel at his own unit, retirement ceremony and out-processing, "
    "VA and C&P appointments, base housing move-out and a mover who promised a call, TRICARE, "
    "his kids' schools, church and Knights of Columbus (partly Spanish), his mother in "
    "Spanish, the gym, Amazon, a unit reunion, job-board alerts and the grocery chain's own "
    "weekly ad.")


def build():
    now = dt.datetime(2026, 3, 25, 7, 30, tzinfo=ZoneInfo(CT))
    case = Case(
        NAME,
        "Retiring Army logistics NCO in San Antonio: federal panel, two defense contractors, a "
        "grocery DC offer, a veterans' mentoring program, across the March DST change",
        {"name": "Daniel Espinoza", "emails": ["daniel.espinoza@example.com"],
         "phone": "+1 210 555 0143", "timezone": CT},
        now, SUMMARY)

    me = Person("Daniel Espinoza", "daniel.espinoza@example.com", CT, "webmail",
                sig="Daniel R. Espinoza\nMSG, U.S. Army (retiring 31 May 2026)\n"
                    "(210) 555-0143 | daniel.espinoza@example.com")
    case.me = me
    A = case.add
    C = lambda s: case.at(s)                                # noqa: E731
    at = lambda s, tz: case.at(s, Person("", "x@x", tz))    # noqa: E731

    def pdf_resume():
        return ("Espinoza_Daniel_Resume_2026.pdf", "application/pdf", make_pdf([
            "Daniel R. Espinoza",
            "San Antonio, TX | (210) 555-0143 | daniel.espinoza@example.com",
            "Supply Chain & Operations Manager | 20 years U.S. Army logistics | Secret clearance",
            "Support Operations NCOIC, sustainment brigade: 1,100-line SSA, $48M inventory, 99.2% accuracy",
            "Army Prepositioned Stock draw, Camp Arifjan: 2,300 pieces of equipment issued in 21 days",
            "Led 38 soldiers and civilians; warehouse, fuel, ammunition and transportation sections",
            "B.S. Business Administration (Logistics); Lean Six Sigma Green Belt; APICS CSCP (in progress)",
        ]))

    # ==================================================================================
    # People
    # ==================================================================================
    fedapply = Person("FedApply", "no-reply@fedapply.gov", ET, "auto", auto=True)
    yolanda = Person("Pruitt, Yolanda M CIV DSRA", "yolanda.m.pruitt.civ@dsra.mil", CT, "outlook",
                     sig="Respectfully,\n\nYolanda M. Pruitt\nHuman Resources Specialist "
                         "(Recruitment & Placement)\nDefense Supply Readiness Agency - Civilian "
                         "Personnel Office\nDSN 421-5517 | Comm (210) 555-0178",
                     region="namprd09")
    beck = Person("Beck, Harold J CIV DSRA", "harold.j.beck.civ@dsra.mil", CT, "outlook",
                  sig="v/r,\nHal Beck\nSupervisory Logistics Management Specialist\n"
                      "DSRA Distribution Operations Division\nComm (210) 555-0164",
                  region="namprd09")
    NGATA = "teresa.l.ngata.civ@dsra.mil"
    MABRY = "curtis.w.mabry.civ@dsra.mil"
    ngata = Person("Ngata, Teresa L CIV DSRA", NGATA, CT, "outlook")
    mabry = Person("Mabry, Curtis W CIV DSRA", MABRY, CT, "outlook")

    lever = Person("Ridgeback Federal Solutions", "no-reply@hire.lever.co", ET, "auto", auto=True)
    lever_bri = Person("Brianna Ortiz", "no-reply@hire.lever.co", ET, "auto", auto=True)
    tasha = Person("Tasha Greene", "tasha.greene@ridgebackfed.com", ET, "gmail",
                   sig="Tasha Greene\nSenior Technical Recruiter | Ridgeback Federal Solutions\n"
                       "Chantilly, VA | (703) 555-0126")
    brianna = Person("Brianna Ortiz", "brianna.ortiz@ridgebackfed.com", ET, "gmail",
                     sig="Brianna Ortiz\nRecruiting Coordinator | Ridgeback Federal Solutions\n"
                         "(703) 555-0131")
    marcus = Person("Marcus Fielder", "marcus.fielder@ridgebackfed.com", ET, "gmail")
    angela = Person("Angela Soto", "angela.soto@ridgebackfed.com", ET, "gmail")

    calendly = Person("Calendly", "no-reply@calendly.com", CT, "auto", auto=True)
    renee = Person("Renee Whitaker", "renee.whitaker@cordilleradefense.com", CT, "gmail",
                   sig="Renee Whitaker\nTalent Acquisition Partner\nCordillera Defense Services\n"
                       "c: (210) 555-0152")
    paul = Person("Paul Decker", "paul.decker@cordilleradefense.com", MT, "gmail")

    expo = Person("VetHire Events", "noreply@vethireevents.com", CT, "auto", auto=True)

    icims = Person("Hacienda Markets Careers", "careers-noreply@haciendamarkets.icims.com", CT,
                   "auto", auto=True)
    lupe = Person("Guadalupe Trevino", "lupe.trevino@haciendamarkets.com", CT, "outlook",
                  sig="Lupe Treviño\nHR Business Partner - Perishables Distribution Center\n"
                      "Hacienda Markets, Inc.\nO: (210) 555-0109 | M: (210) 555-0188")
    rick = Person("Rick Salinas", "rick.salinas@haciendamarkets.com", CT, "outlook")
    jolene = Person("Jolene Pfeiffer", "jolene.pfeiffer@haciendamarkets.com", CT, "outlook")

    brent = Person("Brent Kowalski", "brent.kowalski@missionvalleydist.com", CT, "gmail",
                   sig="Brent Kowalski\nRegional Operations Director\nMission Valley Distribution\n"
                       "(210) 555-0135")
    tamara = Person("Ruiz, Tamara", "tamara.ruiz@missionvalleydist.com", CT, "outlook",
                    sig="Tamara Ruiz, SHRM-CP\nHuman Resources Manager\nMission Valley Distribution")

    alicia = Person("Alicia Brandt", "alicia.brandt@guidonpartners.org", CT, "gmail",
                    sig="Alicia Brandt\nProgram Coordinator, South Texas\nGuidon Partners - "
                        "Veteran Career Mentorship\n(214) 555-0117")
    greg = Person("Greg Hollis", "greg.hollis@brazoshomesupply.com", CT, "gmail",
                  sig="Greg Hollis\nVP, Distribution Operations\nBrazos Home Supply")
    keisha = Person("Monroe, Keisha", "keisha.monroe@tejascoldchain.com", CT, "outlook",
                    sig="Keisha Monroe\nSenior Manager, Network Planning\nTejas Cold Chain\n"
                        "(210) 555-0170")
    nate = Person("Nate Pham", "nate.pham@bexarmedsupply.com", CT, "gmail",
                  sig="Nate Pham\nSupply Chain Manager | Bexar Medical Supply")
    walt = Person("Jennings, Walter", "walt.jennings@mesquiteaero.com", CT, "outlook",
                  sig="Walt Jennings\nDirector of Materiel\nMesquite Aerospace Services | Port "
                      "San Antonio\n(210) 555-0144")
    tony = Person("Tony Reyes", "tony.reyes.tx@gmail.com", CT, "gmail")
    marisol = Person("Marisol Vega", "marisol.vega@alamorail.com", CT, "gmail",
                     sig="Marisol Vega\nDirector, Yard Operations\nAlamo Rail Logistics\n"
                         "(210) 555-0193")
    marisol_cal = Person("Marisol Vega", "marisol.vega@alamorail.com", CT, "gcal")

    # current job (the Army) and life
    whitlock = Person("Whitlock, Kendra L MAJ USARMY 412 SB (USA)",
                      "kendra.l.whitlock.mil@army.mil", CT, "outlook",
                      sig="KENDRA L. WHITLOCK\nMAJ, LG\nSPO, 412th Sustainment Brigade\n"
                          "DSN 471-2290")
    ramirez = Person("Ramirez, Hector CW3 USARMY 412 SB (USA)", "hector.ramirez4.mil@army.mil",
                     CT, "outlook")
    hughes = Person("Hughes, Darnell R 1SG USARMY 412 SB (USA)", "darnell.r.hughes.mil@army.mil",
                    CT, "outlook", sig="1SG Darnell R. Hughes\nHHC, 412th Sustainment Brigade")
    carrillo = Person("Carrillo, Luis CIV USARMY IMCOM (USA)", "luis.carrillo2.civ@army.mil", CT,
                      "outlook", sig="Luis Carrillo\nTransition Services Specialist\n"
                                     "Installation Out-Processing, JBSA-Fort Sam Houston")
    va = Person("VA Appointments", "no-reply@va.gov", CT, "auto", auto=True)
    lsme = Person("Brittany Cole", "scheduling@lsmedeval.com", CT, "outlook",
                  sig="Brittany Cole | Scheduling Coordinator\nLone Star Medical Evaluations\n"
                      "Contracted VA Examination Provider\n(210) 555-0128")
    housing = Person("Veronica Salazar", "vsalazar@alamofamilyhousing.com", CT, "outlook",
                     sig="Veronica Salazar\nResident Services Specialist\nAlamo Family Housing - "
                         "Fort Sam Houston\n(210) 555-0102")
    dennis = Person("Dennis Mwangi", "dennis.mwangi@guardianrelo.com", CT, "gmail",
                    sig="Dennis Mwangi\nMove Coordinator | Guardian Relocation\n(210) 555-0161")
    hargrove = Person("Hargrove, Melissa", "melissa.hargrove@nbisd.org", CT, "outlook",
                      sig="Melissa Hargrove\n7th Grade Science | Loma Verde Middle School\n"
                          "North Bexar ISD")
    lasbrisas = Person("Las Brisas Elementary", "news@lasbrisas.nbisd.org", CT, "auto", auto=True)
    lorena = Person("Lorena Espinoza", "lorena.espinoza82@gmail.com", CT, "gmail")
    mama = Person("Irma Espinoza", "irma.espinoza52@yahoo.com", CT, "webmail",
                  msgid_domain="mail.yahoo.com")
    tricare = Person("TRICARE East", "no-reply@tricare-east-benefits.com", CT, "auto", auto=True)
    parish = Person("Our Lady of the Valley Parish", "boletin@olvparish.org", CT, "auto", auto=True)
    gilbert = Person("Gilbert Saenz", "gsaenz.kofc@gmail.com", CT, "gmail")
    gym = Person("Alamo Iron CrossFit", "coach@alamoironcf.com", CT, "auto", auto=True)
    amazon = Person("Amazon.com", "auto-confirm@amazon.com", "America/Los_Angeles", "auto",
                    auto=True)
    amazon_ship = Person("Amazon.com", "shipment-tracking@amazon.com", "America/Los_Angeles",
                         "auto", auto=True)
    benavides = Person("Ernesto Benavides", "ebenavides1sg@gmail.com", CT, "gmail")
    ray = Person("Ray Villanueva", "rayvillanueva.tx@gmail.com", CT, "gmail")
    bank = Person("Frontier Service Members Bank", "alerts@frontiersmb.com", CT, "auto", auto=True)
    loadout = Person("The Loadout", "newsletter@theloadout.news", ET, "auto", auto=True)
    cleared = Person("ClearedCareers Job Alerts", "alerts@clearedcareers.com", ET, "auto",
                     auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com",
                      "America/Los_Angeles", "auto", auto=True)
    power = Person("Alamo Power & Light", "billing@alamopower.com", CT, "auto", auto=True)
    coach = Person("Coach Rudy Olivares", "rudy.olivares.baseball@gmail.com", CT, "gmail")
    ford = Person("Northside Ford Service", "service@northsidefordsa.com", CT, "auto", auto=True)
    hacienda_ads = Person("Hacienda Markets", "deals@email.haciendamarkets.com", CT, "auto",
                          auto=True)

    # ==================================================================================
    # Federal application A: Defense Supply Readiness Agency (panel interview)
    # ==================================================================================
    t = """Application Received

Dear Daniel Espinoza,

Thank you for applying to the following announcement:

Position: Logistics Management Specialist
Series/Grade: GS-0346-12
Announcement number: DSRA-26-11873-MP
Agency: Defense Supply Readiness Agency
Location: San Antonio, TX

Your application was received on Sunday, February 15, 2026. Once the announcement closes, the
Human Resources office will review applications against the qualification requirements and
you will be notified of your status.

You can track the status of your application at any time by signing in to FedApply and
selecting Applications.

This is an automated message. Please do not reply to this email."""
    A("fedA_recv", fedapply, [me], "2026-02-15 22:41", t,
      subject="Application Received: Logistics Management Specialist - DSRA-26-11873-MP",
      html=html_of(t, "FedApply"), html_only=True, headers=AUTO)

    t = """Your application status has been updated

Announcement: DSRA-26-11873-MP
Position: Logistics Management Specialist, GS-0346-12
New status: Referred

You were found among the best qualified applicants and your application has been referred to
the hiring manager for further consideration. If you are selected for an interview, the
hiring agency will contact you directly.

Hiring managers typically make selections within 30 to 45 days of receiving a referral
certificate. Being referred does not guarantee an interview or a job offer.

This is an automated message. Please do not reply to this email."""
    A("fedA_ref", fedapply, [me], "2026-03-02 15:03", t,
      subject="Application Status Update: DSRA-26-11873-MP - Referred",
      html=html_of(t, "FedApply"), html_only=True, headers=AUTO)

    A("fedA_sched1", yolanda, [me], "2026-03-04 10:22", """Mr. Espinoza,

You have been selected for a structured interview for the Logistics Management Specialist,
GS-0346-12, position under announcement DSRA-26-11873-MP.

The interview panel is available at the following times (all times Central):

   Wednesday, 11 March 2026, 1300-1400
   Thursday, 12 March 2026, 0900-1000
   Friday, 13 March 2026, 1000-1100

Please reply with your first and second choice NLT 1200, Friday, 6 March 2026. Interviews
are conducted by Microsoft Teams and last approximately 60 minutes. Once a time is
confirmed you will receive a meeting request from me with the link.

Please note that DSRA is unable to reimburse travel or other expenses for interviews.
""", subject="Interview Availability - Logistics Management Specialist, GS-0346-12 "
             "(DSRA-26-11873-MP)")
    A("fedA_sched2", me, [yolanda], "2026-03-04 18:47", """Ms. Pruitt,

Thank you for the opportunity. My availability:

1st choice: Thursday, 12 March, 0900-1000
2nd choice: Wednesday, 11 March, 1300-1400

I can be reached at (210) 555-0143 if anything changes.

Very respectfully,
""", parent="fedA_sched1")
    A("fedA_sched3", yolanda, [me], "2026-03-05 08:15", """Mr. Espinoza,

You are confirmed for Thursday, 12 March 2026 at 0900 Central. The Teams meeting request will
follow in a separate email. Please have a government-issued photo ID available; the panel
chair will ask you to show it on camera at the start.
""", parent="fedA_sched2")

    panel_desc = (
        "Structured interview for Logistics Management Specialist, GS-0346-12 "
        "(DSRA-26-11873-MP).\n\n"
        "Candidate: Daniel R. Espinoza\n\n"
        "Interview panel:\n"
        "- Mr. Harold J. Beck, Supervisory Logistics Management Specialist (Panel Chair) - "
        "harold.j.beck.civ@dsra.mil\n"
        "- Ms. Teresa L. Ngata, Lead Inventory Management Specialist - " + NGATA + "\n"
        "- Mr. Curtis W. Mabry, SGM (Ret.), Logistics Operations Officer - " + MABRY + "\n\n"
        "HR will not attend. Mr. Beck will open the meeting, verify identification and read "
        "the standard questions; each panelist rates independently.\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        "https://dod.teams.microsoft.us/l/meetup-join/19%3ameeting_NzQ1YmE4OTQt@thread.v2/0\n"
        "Meeting ID: 284 611 903 552\nPasscode: Vq7kLm\n"
        "Or call in (audio only): +1 410-555-0199,,738204116#\n"
        "________________________________________________________________________________")
    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "dsra-panel"),
                   stamp=C("2026-03-05 08:31"), start=C("2026-03-12 09:00"),
                   end=C("2026-03-12 10:00"),
                   summary="Structured Interview - Espinoza, D. - LMS GS-0346-12 "
                           "(DSRA-26-11873-MP)",
                   organizer=yolanda, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Microsoft Teams Meeting",
                   description=panel_desc, prodid="Microsoft Exchange Server 2010")
    A("fedA_inv", yolanda, [me], "2026-03-05 08:31", panel_desc, sig=False, ics=ics,
      ics_mode="outlook",
      subject="Structured Interview - Espinoza, D. - LMS GS-0346-12 (DSRA-26-11873-MP)")
    A("fedA_inv2", beck, [me], "2026-03-12 08:46", """Mr. Espinoza,

The panel is set up in the conference room and the Teams link is live, so join at 0900 as
planned. If the audio gives you any trouble, call the room directly at (210) 555-0191.
Copying Ms. Ngata and Mr. Mabry so they have your number as well.
""", parent="fedA_inv", cc=[ngata, mabry, yolanda], quote=True)

    A("fedA_ty1", me, [beck, ngata], "2026-03-12 15:20", """Mr. Beck, Ms. Ngata,

Thank you both for your time this morning and for a well-run interview. I appreciated the
questions on re-warehousing and on how the division handles excess turn-ins; it gave me a
clear picture of the work.

Three reasons I believe I can help your team from day one:
- Twenty years in Army supply, the last six running a 1,100-line SSA with 99.2% inventory
  accuracy through two command inspections.
- GCSS-Army and DLA interface experience, including clearing a 400-document backlog of
  unmatched receipts in 30 days.
- I am used to leading mixed military and civilian workforces and to writing the SOPs that
  keep them consistent.

Please pass my thanks to Mr. Mabry as well. I will check in with Ms. Pruitt next week, and
you can reach me at (210) 555-0143 any time.

Thank you again for your time and consideration.

Very respectfully,
""", subject="Thank you - LMS panel interview, 12 March (DSRA-26-11873-MP)")
    A("fedA_ty2", beck, [me], "2026-03-12 17:45", """Mr. Espinoza,

Received, and thank you for the note. Enjoyed the conversation. HR will be in touch with all
candidates once the process runs its course.
""", parent="fedA_ty1")

    A("fedA_sched4", me, [yolanda], "2026-03-12 16:05", """Ms. Pruitt,

The interview this morning went smoothly on my end. Thank you for coordinating it. Do you
have an estimate of when a selection will be made?

Very respectfully,
""", parent="fedA_sched3")
    A("fedA_sched5", yolanda, [me], "2026-03-13 09:40", """Mr. Espinoza,

Mr. Beck asked me to pass along his thanks for your time. The panel's recommendations go to
the selecting official on Monday, 16 March, and a selection decision will be made by
Thursday, 19 March. HR will notify every interviewed candidate by email once the
certificate is returned to our office.
""", parent="fedA_sched4")

    # ==================================================================================
    # Federal application B: Joint Medical Logistics Activity (not referred)
    # ==================================================================================
    t = """Application Received

Dear Daniel Espinoza,

Thank you for applying to the following announcement:

Position: Inventory Management Specialist
Series/Grade: GS-2010-11
Announcement number: JMLA-26-0417-DE
Agency: Joint Medical Logistics Activity
Location: Fort Sam Houston, TX

Your application was received on Thursday, February 12, 2026. You will be notified as your
application moves through the hiring process.

This is an automated message. Please do not reply to this email."""
    A("fedB_recv", fedapply, [me], "2026-02-12 21:07", t,
      subject="Application Received: Inventory Management Specialist - JMLA-26-0417-DE",
      html=html_of(t, "FedApply"), html_only=True, headers=AUTO)
    t = """Your application status has been updated

Announcement: JMLA-26-0417-DE
Position: Inventory Management Specialist, GS-2010-11
New status: Not Referred

Your application was reviewed and you were found eligible and qualified for this position.
However, you were not among the best qualified candidates referred to the hiring manager.

We appreciate your interest in federal employment and encourage you to apply for future
announcements. You may view other opportunities by signing in to FedApply.

This is an automated message. Please do not reply to this email."""
    A("fedB_nr", fedapply, [me], "2026-03-13 11:26", t,
      subject="Application Status Update: JMLA-26-0417-DE - Not Referred",
      html=html_of(t, "FedApply"), html_only=True, headers=AUTO)

    # ==================================================================================
    # Ridgeback Federal Solutions (Lever)
    # ==================================================================================
    t = """Hi Daniel,

Thank you for applying for Logistics Program Manager - Army Prepositioned Stock (APS-5) at
Ridgeback Federal Solutions. We've received your application and our talent team reviews
every submission.

If your background is a match for the role, we'll reach out within the next two weeks.

Thanks again for your interest in Ridgeback.

The Ridgeback Federal Solutions Talent Team

You are receiving this email because you applied on jobs.lever.co/ridgebackfed. Please do
not reply to this message."""
    A("rb_ack", lever, [me], "2026-02-18 21:15", t,
      subject="Thanks for applying to Ridgeback Federal Solutions",
      html=html_of(t), html_only=True, headers=AUTO)

    A("rb_t1", tasha, [me], "2026-02-24 11:05", """Hi Daniel,

I'm a recruiter with Ridgeback Federal Solutions, and I just read through your application for
our Logistics Program Manager (APS-5) role. Your time running an APS draw in Kuwait jumped out
at me.

Do you have 30 minutes for a quick conversation Thursday 2/26 or Friday 2/27? I have 11:00 AM
or 2:30 PM ET open both days.

Best,
""", subject="Logistics Program Manager (APS) - quick conversation?")
    A("rb_t2", me, [tasha], "2026-02-24 19:30", """Ms. Greene,

Friday 2/27 at 1100 ET (1000 my time) works. Best number is (210) 555-0143.

v/r,
""", parent="rb_t1")
    A("rb_t3", tasha, [me], "2026-02-25 08:10", """Perfect, you're on my calendar for Friday. I'll call you then!
""", parent="rb_t2", sig=False)
    A("rb_t4", me, [tasha], "2026-02-27 11:22", """Tasha,

Thank you for the call this morning and for walking me through the APS-5 contract. As
promised, my resume is attached; the Camp Arifjan draw is the second bullet under the 2019-2021
assignment.

Let me know if the hiring manager needs anything else from me.

Very respectfully,
""", parent="rb_t3", attachments=[pdf_resume()])
    A("rb_t5", tasha, [me], "2026-02-27 15:40", """Thanks Daniel! Got it. I'm sharing your resume with Marcus Fielder, our Director of
Logistics Programs, today. I'll get back to you by the end of next week on next steps.

Have a good weekend,
Tasha
""", parent="rb_t4", sig=False)
    A("rb_t6", tasha, [me], "2026-03-05 10:12", """Hi Daniel,

Good news - Marcus would like to interview you. Our recruiting coordinator, Brianna Ortiz, will
reach out through Lever in the next few days with times.

Talk soon,
""", parent="rb_t5")

    t = """Hi Daniel,

Brianna Ortiz from Ridgeback Federal Solutions has invited you to share your availability for
a 60-minute interview for Logistics Program Manager - Army Prepositioned Stock (APS-5).

Please select all times that work for you over the next two weeks:
https://hire.lever.co/interview-availability/3f9c1a77-5b2e-4d0c-9a4e-ridgebackfed

Times are shown in your local time zone.

Thanks,
Brianna Ortiz
Recruiting Coordinator, Ridgeback Federal Solutions"""
    A("rb_avail", lever_bri, [me], "2026-03-09 09:30", t,
      subject="Share your availability: Ridgeback Federal Solutions interview",
      html=html_of(t), html_only=True, headers=AUTO, reply_to=brianna)

    A("rb_c1", brianna, [me], "2026-03-10 14:02", """Hi Daniel,

Thanks for sending your availability! Your interview is confirmed:

Logistics Program Manager - Army Prepositioned Stock (APS-5)
Monday, March 16, 2026
2:00 PM - 3:00 PM EDT (1:00 PM - 2:00 PM your time, Central)
Zoom: https://ridgebackfed.zoom.us/j/91836624075?pwd=QkRpb2xWbE5aYzZ1
Meeting ID: 918 3662 4075 | Passcode: 442817

You'll be meeting with:
- Marcus Fielder, Director, Logistics Programs (marcus.fielder@ridgebackfed.com)
- Angela Soto, Deputy Program Manager, APS-5 (angela.soto@ridgebackfed.com)

I've copied them here. I'm your point of contact for scheduling, but I won't be on the call
myself. If anything comes up, reply to this email or call me at (703) 555-0131.

Best,

--
Sent via Lever on behalf of Brianna Ortiz
""", subject="Interview Confirmation: Logistics Program Manager (APS-5) - Ridgeback Federal "
             "Solutions", cc=[marcus, angela])
    A("rb_c2", me, [brianna], "2026-03-10 19:40", """Ms. Ortiz,

Confirmed for Monday, 16 March at 1300 Central. Thank you for setting it up.

v/r,
""", parent="rb_c1")
    A("rb_c3", me, [brianna], "2026-03-16 16:30", """Ms. Ortiz,

Thank you for coordinating today's interview - the Zoom link worked and we started right on
time. If Mr. Fielder or Ms. Soto need references or my DD-214 worksheet, I can send them the
same day.

Very respectfully,
""", parent="rb_c2")

    A("rb_ty1", me, [marcus], "2026-03-16 17:40", """Mr. Fielder,

Thank you for taking the time to interview me this afternoon for the Logistics Program
Manager position on APS-5. Hearing how the team is rebuilding the maintenance-cycle schedule
made the role very concrete.

Why I think I fit:
- I have run an APS draw end to end: 2,300 pieces of equipment issued in 21 days at Camp
  Arifjan, with no property-book losses.
- I know the Army side of the customer: AWCF, the property book, and the reports a
  contracting officer's representative actually reads.
- I build teams that keep working when I'm not in the room; my last two sections passed
  Command Supply Discipline inspections with zero findings.

I'm very interested in the role and will follow up with you next week. Thank you again for
your time and consideration.

Very respectfully,
""", subject="Thank you - Logistics Program Manager (APS-5) interview")
    A("rb_ty2", marcus, [me], "2026-03-17 08:05", """Dan,

Roger, and thanks for the note. Good conversation yesterday; the Arifjan draw is exactly the
kind of thing we need on this contract.

Straight talk: we have two more candidates to see this week, Wednesday and Thursday. I'll
have an answer for you NLT Friday 20 March.

v/r
Marcus

Sent from my iPhone
""", parent="rb_ty1", sig=False)

    # ==================================================================================
    # Hiring expo and Cordillera Defense Services (Calendly, Zoom)
    # ==================================================================================
    t = """You're registered!

Alamo City Military & Veteran Hiring Expo
Thursday, March 5, 2026 | 10:00 AM - 2:00 PM CST
Alamo Exhibition Hall, Hall B - 1800 Coliseum Rd, San Antonio, TX 78219

Daniel Espinoza, show this QR code at check-in: VHE-SAT-0305-11482

Tips from our team:
- Bring 20 copies of your resume and a pen.
- Dress for the job you want; business casual at a minimum.
- 60+ employers are registered, including federal agencies, defense contractors,
  distribution and logistics companies, and law enforcement.
- Transitioning service members: bring your DD-214 or retirement orders if you have them.

See the employer list: https://vethireevents.com/events/sat-0305/employers

VetHire Events | You registered at vethireevents.com"""
    A("hf_reg", expo, [me], "2026-02-19 12:44", t,
      subject="Registration confirmed: Alamo City Military & Veteran Hiring Expo - Thu, Mar 5",
      html=html_of(t), html_only=True, headers=AUTO)
    t = """Thank you for attending the Alamo City Military & Veteran Hiring Expo!

Over 900 job seekers met with 64 employers on Thursday. Employers often follow up in the
first two weeks, so keep an eye on your inbox (and your spam folder).

Tell us how we did - the survey takes 2 minutes:
https://vethireevents.com/survey/sat-0305

Next expo: Fort Cavazos / Killeen, Thursday, April 16, 2026.

Unsubscribe: https://vethireevents.com/unsubscribe"""
    A("hf_survey", expo, [me], "2026-03-06 09:00", t,
      subject="Thanks for coming to the Hiring Expo - 2-minute survey",
      html=html_of(t), html_only=True,
      headers=bulk_headers("<attendees.vethireevents.com>",
                           "https://vethireevents.com/unsubscribe"))

    A("cd_e1", renee, [me], "2026-03-06 10:15", """Hi Daniel,

Great meeting you at our booth at the Veterans Hiring Expo yesterday! As promised, here's a
bit more on the Site Logistics Manager role on our Camp Bullis sustainment contract: about 40
people across warehouse, motor pool and fuel, reporting to our Army programs lead.

If you're still interested, grab 30 minutes on my calendar and we'll talk through it:
https://calendly.com/renee-cordillera/30min

Best,
""", subject="Great meeting you at the Veterans Hiring Expo")

    cal_desc = ("Event Name: 30 Minute Meeting\n\nJoin by phone: Renee Whitaker will call "
                "Daniel Espinoza at +1 210-555-0143\n\nNeed to make changes to this event?\n"
                "Cancel: https://calendly.com/cancellations/6b1f0e2a-9d43-4c4b\nReschedule: "
                "https://calendly.com/reschedulings/6b1f0e2a-9d43-4c4b\n\nPowered by Calendly.com")
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "calendly-renee"),
                   stamp=C("2026-03-06 19:48"), start=C("2026-03-12 14:00"),
                   end=C("2026-03-12 14:30"), summary="Daniel Espinoza and Renee Whitaker",
                   organizer=renee, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   location="Phone call: Renee Whitaker will call +1 210-555-0143",
                   description=cal_desc, prodid="-//Calendly//Calendly Calendar 1.0//EN")
    t = """Hi Daniel Espinoza,

Your 30 Minute Meeting with Renee Whitaker at 02:00pm (Central Time - US & Canada) on
Thursday, March 12, 2026 is scheduled.

Event Type:
30 Minute Meeting

Host:
Renee Whitaker

Event Date/Time:
02:00pm - 02:30pm, Thursday, March 12, 2026 (Central Time - US & Canada)

Location:
Renee Whitaker will call you at +1 210-555-0143

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6b1f0e2a-9d43-4c4b
Reschedule: https://calendly.com/reschedulings/6b1f0e2a-9d43-4c4b

Powered by Calendly.com"""
    A("cd_cal", calendly, [me], "2026-03-06 19:48", t,
      subject="Confirmed: 30 Minute Meeting with Renee Whitaker on Thursday, March 12, 2026",
      html=html_of(t), ics=ics, ics_mode="attach", headers=AUTO)

    A("cd_e2", me, [renee], "2026-03-06 19:55", """Ms. Whitaker,

Booked for Thursday, 12 March at 1400. Thanks for the time at the booth yesterday; my
resume is attached so you have it ahead of the call.

Very respectfully,
""", parent="cd_e1", attachments=[pdf_resume()])
    A("cd_e3", renee, [me], "2026-03-13 09:30", """Daniel,

Really enjoyed our call yesterday. I've submitted you to the hiring manager, Paul Decker (Lt
Col, USAF ret.), who runs our Army sustainment portfolio out of Colorado Springs. You should
hear from me within the next couple of weeks either way.

Have a great weekend,
""", parent="cd_e2")
    A("cd_e4", me, [renee], "2026-03-13 12:10", """Renee,

Thank you for the call yesterday and for putting me in front of Mr. Decker. The Camp Bullis
contract is a good fit for where I want to land after retirement, and my family is staying in
San Antonio.

I'll keep an eye out for your note.

v/r,
""", parent="cd_e3")
    A("cd_e5", renee, [me], "2026-03-20 11:00", """Daniel,

Paul wants to talk! Could you do a Zoom on Wednesday 3/25 at 1:00 PM Mountain (2:00 PM your
time)? Plan on about an hour; he'll want to hear about the APS work and how you'd staff a
night shift at the Bullis warehouse.

Thanks,
""", parent="cd_e4")
    A("cd_e6", me, [renee], "2026-03-20 12:41", """Renee,

Roger, Wednesday 25 MAR at 1300 MT / 1400 Central works. I'll watch for the Zoom link.

v/r,
""", parent="cd_e5")
    A("cd_e7", renee, [me], "2026-03-23 13:30", """Hi Daniel,

Small change, sorry: Paul has to be at Fort Carson all day Wednesday. Can we push to
Thursday 3/26, same time (1:00 PM Mountain / 2:00 PM Central)? Copying Paul
(paul.decker@cordilleradefense.com) so you have each other.

Zoom: https://cordilleradefense.zoom.us/j/85520193374
Meeting ID: 855 2019 3374 | Passcode: bullis26

Renee
""", parent="cd_e6", cc=[paul], sig=False)
    A("cd_e8", me, [renee, paul], "2026-03-23 14:02", """Thursday works.

Sent from my iPhone
""", parent="cd_e7", sig=False, quote=True)

    # ==================================================================================
    # Hacienda Markets (grocery DC): phone screen, onsite, offer
    # ==================================================================================
    t = """Dear Daniel,

Thank you for applying for Operations Manager - Perishables Distribution Center (Nights),
Requisition 2026-4471, at Hacienda Markets.

Our talent acquisition team is reviewing applications. If your qualifications match the
needs of the position, a member of our team will contact you.

Did you know? Hacienda Markets is proud to be a Military Friendly(R) employer, and more than
1,200 of our partners are veterans or military spouses.

Sincerely,
Hacienda Markets Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""
    A("hm_ack", icims, [me], "2026-02-20 16:32", t,
      subject="Thank you for applying - Operations Manager, Perishables DC (Req 2026-4471)",
      html=html_of(t, "Hacienda Markets Careers"), html_only=True, headers=AUTO)

    A("hm1", lupe, [me], "2026-03-02 09:05", """Good morning Daniel,

I'm the HR Business Partner for our Perishables Distribution Center in Schertz, and I'd like
to set up a 30-minute phone conversation about the Operations Manager (Nights) opening.

Would Tuesday 3/3 at 10:00 a.m. or Wednesday 3/4 at 2:00 p.m. work for you?

Thank you,
""", subject="Operations Manager conversation - Perishables DC")
    A("hm2", me, [lupe], "2026-03-02 12:40", """Ms. Treviño,

Wednesday 3/4 at 1400 works best for me. I'll be on (210) 555-0143.

v/r,
""", parent="hm1")
    A("hm3", lupe, [me], "2026-03-02 14:10", """Great, I have you down for Wednesday at 2:00. Talk to you then.
""", parent="hm2", sig=False)
    A("hm4", me, [lupe], "2026-03-04 16:15", """Ms. Treviño,

Thank you for the conversation this afternoon. The night-shift receiving problem you
described (trucks stacking up between 2300 and 0200) is the kind of flow problem I've spent
twenty years on, and I'd welcome the chance to see the building.

Very respectfully,
""", parent="hm3")
    A("hm5", lupe, [me], "2026-03-10 10:20", """Hi Daniel,

Rick would like to bring you in. Here are the details:

Thursday, March 19, 8:00 - 10:00 a.m.
Hacienda Markets Perishables DC, 4400 Hacienda Pkwy, Schertz, TX 78154 (Gate 2)

You'll meet with Rick Salinas, DC General Manager, and Jolene Pfeiffer, Director of Night
Operations (both copied here), and do a walk of the dock, the cooler and the freezer. Wear
closed-toe shoes and bring a jacket - the freezer side runs at -10 F. Security at Gate 2 will
badge you in and walk you up to Rick's office.

We're interviewing a small group and we aim to let every candidate know by Friday, March 27.

Thank you,
""", parent="hm4", cc=[rick, jolene])
    A("hm6", me, [lupe], "2026-03-10 13:05", """Ms. Treviño,

Roger, I'll be at Gate 2 by 0745 on Thursday, 19 March. Closed-toe boots and a jacket, got it.

Very respectfully,
""", parent="hm5")

    A("hm_ty1", me, [rick], "2026-03-19 15:30", """Mr. Salinas,

Thank you for your time this morning and for the walk through the building. Watching the
dock at shift change told me more than any job description could, and I appreciated your
candor about the turnover on nights.

What I would bring to the Operations Manager role:
- Twenty years of running 24-hour supply operations with rotating crews.
- A record of cutting dwell time; my last warehouse went from 3 days to under 1 on inbound
  receipts.
- Bilingual (English/Spanish) leadership, which matters on your night crew.

I'm very interested and will touch base with Ms. Treviño next week. Thank you again for your
consideration.

Very respectfully,
""", subject="Thank you - Operations Manager interview and DC tour")
    A("hm_ty2", rick, [me], "2026-03-20 06:15", """Daniel - appreciate the note. Jolene and I compared notes last night. Lupe will be in touch.

Rick

Get Outlook for iOS
""", parent="hm_ty1", sig=False, quote=True)

    offer_pdf = ("Espinoza_D_Conditional_Offer_Req2026-4471.pdf", "application/pdf", make_pdf([
        "Hacienda Markets, Inc. - Conditional Offer of Employment",
        "March 23, 2026",
        "Daniel R. Espinoza, San Antonio, TX",
        "Position: Operations Manager - Perishables Distribution Center (Nights)",
        "Reports to: Jolene Pfeiffer, Director of Night Operations",
        "Base salary: $96,500 per year; annual bonus target 12%",
        "Start date: Monday, June 8, 2026 (after your retirement from the U.S. Army)",
        "Contingent on background check and drug screen.",
        "Please sign and return by Friday, March 27, 2026.",
    ]))
    A("hm7", lupe, [me], "2026-03-23 16:45", """Daniel,

I'm pleased to extend you a conditional offer for Operations Manager - Perishables
Distribution Center (Nights). The details are in the attached letter: salary, bonus, and a
June 8 start date so you can finish out your retirement.

Please let me know your decision by Friday, 3/27. I'm happy to set up a call with Rick or
Jolene if you have questions before then.

P.D. Rick dice que los del turno de noche ya te quieren. ¡Felicidades!
""", parent="hm6", attachments=[offer_pdf])
    A("hm8", me, [lupe], "2026-03-23 20:10", """Ms. Treviño,

Thank you - I'm honored. I'm reviewing the letter with my wife tonight and will have an
answer for you NLT Friday.

¡Muchas gracias!

Very respectfully,
""", parent="hm7")

    A("hm_fwd1", me, [lorena], "2026-03-23 16:58", """Babe. Look at this.

Sent from my iPhone

---------- Forwarded message ---------
From: Guadalupe Trevino <lupe.trevino@haciendamarkets.com>
Date: Mon, Mar 23, 2026 at 4:45 PM
Subject: RE: Operations Manager conversation - Perishables DC
To: Daniel Espinoza <daniel.espinoza@example.com>

Daniel,

I'm pleased to extend you a conditional offer for Operations Manager - Perishables
Distribution Center (Nights). The details are in the attached letter: salary, bonus, and a
June 8 start date so you can finish out your retirement.

Please let me know your decision by Friday, 3/27.
""", subject="Fwd: Operations Manager conversation - Perishables DC", sig=False,
      attachments=[offer_pdf])
    A("hm_fwd2", lorena, [me], "2026-03-23 17:20", """BABE!!! 🎉 Congrats!! But nights?? Mateo has baseball every Saturday morning. Let's talk
tonight after the kids are down. Also Ridgeback said Friday right? did they ever write back

Lo
""", parent="hm_fwd1", quote=False)

    # ==================================================================================
    # Mission Valley Distribution: moved earlier, Zoom, rejection
    # ==================================================================================
    A("mv1", brent, [me], "2026-03-10 15:12", """Daniel,

Your resume came across my desk from our Indeed posting for Warehouse Operations Manager at
our Leon Valley facility. I like the 24/7 operations background.

Could you do a Zoom on Thursday 3/19 at 10:00 AM?
""", subject="Warehouse Operations Manager - Mission Valley Distribution")
    A("mv2", me, [brent], "2026-03-10 20:05", """Mr. Kowalski,

Thursday, 19 March at 1000 works. Thank you for reaching out; I look forward to it.

v/r,
""", parent="mv1")
    A("mv3", brent, [me], "2026-03-16 08:40", """Daniel, Thursday got slammed - we have a DOT audit. Could we move up to Wednesday 3/18,
same time?

Sent from my iPhone
""", parent="mv2", sig=False)
    A("mv4", me, [brent], "2026-03-16 09:02", """Wednesday works.
""", parent="mv3", sig=False)
    A("mv5", brent, [me], "2026-03-16 11:30", """Daniel,

This email confirms your video interview with me on Wednesday, March 18 from 10:00 to 10:45
AM Central. We plan to make a decision by the end of next week.

Brent Kowalski is inviting you to a scheduled Zoom meeting.

Topic: Espinoza - Warehouse Ops Mgr
Time: Mar 18, 2026 10:00 AM Central Time (US and Canada)

Join Zoom Meeting
https://missionvalleydist.zoom.us/j/6621048837?pwd=cGx1TnJzZ0xwQ2l3

Meeting ID: 662 104 8837
Passcode: 318318

One tap mobile
+13462487799,,6621048837#,,,,*318318# US (Houston)
""", parent="mv4")
    A("mv_rej", tamara, [me], "2026-03-23 10:05", """Dear Daniel,

Thank you for taking the time to speak with Brent last week about our Warehouse Operations
Manager opening, and for your interest in Mission Valley Distribution.

After careful consideration, we have decided to move forward with another candidate whose
experience more closely matches the needs of the Leon Valley facility at this time. This was
not an easy decision; your leadership background stood out, and we would welcome your
application for future openings.

We wish you the very best in your transition and thank you for your service.

Sincerely,
""", subject="Your candidacy - Warehouse Operations Manager")

    # ==================================================================================
    # Guidon Partners: mentor, intros, program coordinator
    # ==================================================================================
    A("gp1", alicia, [me, greg], "2026-02-12 10:00", """Daniel, Greg,

Welcome to Guidon Partners! I'm pleased to introduce you as mentee and mentor for our
spring cohort.

Daniel is a Master Sergeant retiring this May after 20 years in Army logistics, most recently
as Support Operations NCOIC for a sustainment brigade here in San Antonio. He's aiming at
operations and supply-chain management in the private sector or federal service.

Greg is VP of Distribution Operations at Brazos Home Supply and a retired Navy Supply Corps
commander. He has mentored with us since 2021.

The program asks for one call a month for six months. Greg, I'll leave it to you to set up
the first one.

Best,
""", subject="Welcome to Guidon Partners - meet your mentor, Greg Hollis")
    A("gp2", greg, [alicia, me], "2026-02-12 13:10", """Alicia, thanks for the match!

Daniel, welcome aboard. Let's get a kickoff call on the books - send me a couple of evening
times next week and I'll call you.

Greg
""", parent="gp1", sig=False)
    A("gp3", me, [greg, alicia], "2026-02-12 19:30", """Ms. Brandt, thank you.

Commander Hollis, good to meet you, sir. I can do Tuesday 17 FEB at 1800 or Wednesday 18 FEB
at 1200.

Very respectfully,
""", parent="gp2")
    A("gp4", greg, [me], "2026-02-13 07:30", """Tuesday 1800 it is. And it's Greg - I retired a long time ago. I'll call your cell.
""", parent="gp3", sig=False)
    A("gp5", me, [greg], "2026-02-18 06:10", """Greg,

Thank you for the time last night. My action items, so you can hold me to them:

1. Rewrite the resume in civilian terms (no acronyms) NLT 27 FEB.
2. Pick two target industries: grocery/food distribution and defense logistics.
3. Ask three people in those industries for 15-minute conversations.

v/r,
""", parent="gp4")
    A("gp6", greg, [me], "2026-02-18 12:20", """Good list. For our monthlies, just grab time on my Calendly so you don't have to chase me:
https://calendly.com/ghollis/guidon-mentor

Greg
""", parent="gp5", sig=False)

    A("gpn1", alicia, [me, nate], "2026-02-26 11:30", """Daniel, Nate,

Connecting two 92-series soldiers! Nate Pham left the Army as a Staff Sergeant in 2019 and is
now Supply Chain Manager at Bexar Medical Supply. Daniel is retiring in May and is
interested in medical and healthcare distribution. I'll let you two find a time.

Best,
""", subject="Intro: Daniel Espinoza / Nate Pham (Bexar Medical Supply)")
    A("gpn2", nate, [me, alicia], "2026-02-27 08:05", """Thanks Alicia!

Dan - fellow 92Y here, happy to help. March is nuts for me (we have an FDA audit), but could
we do a lunch-hour call Friday 3/20 at noon? I'll call you.

Nate
""", parent="gpn1", sig=False)
    A("gpn3", me, [nate, alicia], "2026-02-27 12:15", """Nate,

Roger, 1200 on Friday 20 MAR. My cell is (210) 555-0143.

Ms. Brandt, thank you for the connection.

v/r,
""", parent="gpn2")
    A("gpn4", nate, [me], "2026-03-20 14:30", """Dan, I'm so sorry - I got pulled into a recall meeting right at noon and missed our call
completely. Can we try Tuesday 3/31 at noon? I'll call you for real this time.

Nate
""", parent="gpn3", sig=False)
    A("gpn5", me, [nate], "2026-03-20 15:05", """No worries, Nate, recalls don't wait. 31 MAR at 1200 works. Talk then.

Dan
""", parent="gpn4", sig=False)

    A("gpa1", alicia, [me], "2026-03-02 09:00", """Hi Daniel,

Hard to believe it's been a month! Two quick things:

1. Please complete the mentee 30-day check-in form NLT 13 MAR:
   https://guidonpartners.org/forms/mentee-checkin
2. Our South Texas employer partner list is being refreshed. I'll send you the updated list,
   with the hiring contacts who've asked to hear from transitioning logisticians, the week
   of March 9.

How are things going with Greg?

Best,
""", subject="Guidon Partners - 30-day check-in + employer partner list")
    A("gpa2", me, [alicia], "2026-03-02 21:15", """Ms. Brandt,

Roger, will do. Check-in form submitted tonight. Greg has been outstanding; we set three
action items at kickoff and I've closed out two of them.

Looking forward to the partner list.

v/r,
""", parent="gpa1")

    mentor_desc = ("Event Name: Guidon Mentor Session (45 min)\n\nLocation: This is a Zoom web "
                   "conference.\nhttps://us06web.zoom.us/j/83412776520?pwd=R2lkb24yMDI2\n\n"
                   "Please share anything that will help prepare for our meeting.: Resume "
                   "feedback, how to talk about APS in a civilian interview\n\nNeed to make "
                   "changes to this event?\nCancel: https://calendly.com/cancellations/"
                   "a4c7e91d-2b60\nReschedule: https://calendly.com/reschedulings/a4c7e91d-2b60"
                   "\n\nPowered by Calendly.com")
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "calendly-greg"),
                   stamp=C("2026-03-04 20:31"), start=C("2026-03-11 18:00"),
                   end=C("2026-03-11 18:45"), summary="Greg Hollis and Daniel Espinoza",
                   organizer=greg, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   location="https://us06web.zoom.us/j/83412776520?pwd=R2lkb24yMDI2",
                   description=mentor_desc, prodid="-//Calendly//Calendly Calendar 1.0//EN")
    t = """Hi Daniel Espinoza,

Your Guidon Mentor Session (45 min) with Greg Hollis at 06:00pm (Central Time - US &
Canada) on Wednesday, March 11, 2026 is scheduled.

Event Type:
Guidon Mentor Session (45 min)

Host:
Greg Hollis

Event Date/Time:
06:00pm - 06:45pm, Wednesday, March 11, 2026 (Central Time - US & Canada)

Location:
This is a Zoom web conference.
https://us06web.zoom.us/j/83412776520?pwd=R2lkb24yMDI2

Your answers:
Please share anything that will help prepare for our meeting.
Resume feedback, how to talk about APS in a civilian interview

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/a4c7e91d-2b60
Reschedule: https://calendly.com/reschedulings/a4c7e91d-2b60

Powered by Calendly.com"""
    A("gp_cal", calendly, [me], "2026-03-04 20:31", t,
      subject="Confirmed: Guidon Mentor Session (45 min) with Greg Hollis on Wednesday, "
              "March 11, 2026",
      html=html_of(t), ics=ics, ics_mode="attach", headers=AUTO)

    A("gpk1", greg, [keisha, me], "2026-03-09 07:45", """Keisha, meet Dan Espinoza - retiring Army Master Sergeant, 20 years in logistics, and one
of the sharpest mentees I've had through Guidon Partners. He's looking hard at cold chain and
food distribution.

Dan, Keisha runs network planning at Tejas Cold Chain and came up as a Navy logistics
specialist before her MBA. Nobody knows the South Texas reefer lanes better.

I'll let you two take it from here.

Greg
""", subject="Intro: Dan Espinoza <> Keisha Monroe (Tejas Cold Chain)", sig=False)
    A("gpk2", keisha, [me], "2026-03-09 10:20", """Thanks Greg (moving you to bcc).

Dan, happy to talk. How about Monday 16 March at 11:30? I'll call your cell - what's the best
number?
""", parent="gpk1")
    A("gpk3", me, [keisha], "2026-03-09 12:05", """Keisha,

Thank you for making time. 1130 on Monday, 16 MAR works; best number is (210) 555-0143.

v/r,
""", parent="gpk2")

    # ==================================================================================
    # Mesquite Aerospace Services: friend of a friend, promised call
    # ==================================================================================
    A("ms1", walt, [me], "2026-03-11 16:40", """Mr. Espinoza,

Ray Villanueva and I go back to our Lackland days, and he tells me you're the best supply NCO
he ever worked with. I run materiel for our MRO hangars at Port San Antonio and I have a
Materials Manager seat opening up this summer.

Could we talk Monday 3/16, around 3 pm? Phone is fine.
""", subject="Friend of Ray Villanueva - could we talk Monday?")
    A("ms2", me, [walt], "2026-03-11 20:00", """Mr. Jennings,

Roger, Monday 16 March at 1500 works. Ray is a good man; I'd follow him anywhere. I'll be on
(210) 555-0143.

Very respectfully,
""", parent="ms1")
    A("ms3", me, [walt], "2026-03-16 18:20", """Mr. Jennings,

Thank you for the call this afternoon. The way you described the hangar parts cage (a shelf
of AOG parts nobody can find at 0200) sounds a lot like a motor pool the week before a
rotation, and I'd enjoy fixing it.

My resume is attached so you can pass it along.

Very respectfully,
""", parent="ms1", attachments=[pdf_resume()])
    A("ms4", walt, [me], "2026-03-17 07:15", """Dan,

Likewise, good talk. I'm going to walk your resume over to our GM, Sandra Kim, and I'll call
you Wednesday to talk next steps.

Walt
""", parent="ms3", sig=False)

    # ==================================================================================
    # Tony Reyes: lunch (networking), thanked
    # ==================================================================================
    A("tr1", tony, [me], "2026-03-17 12:30", """Primo! Heard you're getting out for real this time. Let me buy you lunch Friday, Taco Cabana
on Rittiman at 1130? I'll tell you about the ops supervisor jobs at our DC, Trinity
Fulfillment is hiring like crazy.

T
""", subject="lunch friday?")
    A("tr2", me, [tony], "2026-03-17 13:02", """Roger that. 1130 Friday. You're buying lol
""", parent="tr1", sig=False)
    A("tr3", me, [tony], "2026-03-20 17:45", """Tony, thanks for lunch today bro, and for the straight scoop on Trinity. Resume attached
like you said, please pass it to your site lead. I owe you one.

Dan
""", parent="tr2", sig=False, attachments=[pdf_resume()])
    A("tr4", tony, [me], "2026-03-20 21:02", """Got it, sent it to Cheryl (site lead). Good seeing you brother.
""", parent="tr3", sig=False)

    # ==================================================================================
    # Alamo Rail Logistics: coffee, cancelled
    # ==================================================================================
    A("ar1", marisol, [me], "2026-03-12 09:10", """Hi Daniel,

I saw your post in the Army Sustainment Veterans group on LinkedIn. I run yard operations for
Alamo Rail Logistics (transload and rail-served warehousing on the east side), and I'm always
looking for people who can run a 24-hour operation.

Any chance you'd want to grab coffee next week? Early morning works best for me.

Best,
""", subject="Coffee next week? (Alamo Rail - yard ops)")
    A("ar2", me, [marisol], "2026-03-12 12:30", """Ms. Vega,

Thanks for reaching out. Early works for me too: how about Tuesday, 17 MAR at 0730 at Local
Coffee on Blanco?

v/r,
""", parent="ar1")
    ics_inv = make_ics(method="REQUEST", uid=uid_google(NAME, "alamo-rail-coffee"),
                       stamp=C("2026-03-12 13:05"), start=C("2026-03-17 07:30"),
                       end=C("2026-03-17 08:15"),
                       summary="Coffee - Dan Espinoza / Marisol Vega",
                       organizer=marisol_cal,
                       attendees=[(marisol_cal, "ACCEPTED", "INDIVIDUAL"),
                                  (me, "NEEDS-ACTION", "INDIVIDUAL")],
                       tzid=CT, location="Local Coffee, 14855 Blanco Rd, San Antonio, TX 78216")
    A("ar_inv", marisol_cal, [me], "2026-03-12 13:05", """Marisol Vega has invited you to an event

Coffee - Dan Espinoza / Marisol Vega
Tuesday Mar 17, 2026 ⋅ 7:30am – 8:15am (Central Time - Chicago)

Local Coffee, 14855 Blanco Rd, San Antonio, TX 78216

Organizer: Marisol Vega (marisol.vega@alamorail.com)
Guests: daniel.espinoza@example.com

Reply for daniel.espinoza@example.com: Yes / No / Maybe / More options

Invitation from Google Calendar
""", sig=False, ics=ics_inv, ics_mode="google", headers=GCAL,
      subject="Invitation: Coffee - Dan Espinoza / Marisol Vega @ Tue Mar 17, 2026 7:30am - "
              "8:15am (CDT) (daniel.espinoza@example.com)")
    A("ar3", marisol, [me], "2026-03-16 19:40", """Daniel, I'm so sorry - I have to cancel tomorrow morning. We had a derailment in the Laredo
yard this afternoon and I'm flying down tonight. I'll reach back out once I'm home and things
settle down.

Marisol
""", parent="ar2", sig=False)
    ics_cx = make_ics(method="CANCEL", uid=uid_google(NAME, "alamo-rail-coffee"),
                      stamp=C("2026-03-16 19:41"), start=C("2026-03-17 07:30"),
                      end=C("2026-03-17 08:15"),
                      summary="Coffee - Dan Espinoza / Marisol Vega",
                      organizer=marisol_cal,
                      attendees=[(marisol_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "ACCEPTED", "INDIVIDUAL")],
                      tzid=CT, location="Local Coffee, 14855 Blanco Rd, San Antonio, TX 78216",
                      sequence=1, status="CANCELLED")
    A("ar_cx", marisol_cal, [me], "2026-03-16 19:41", """This event has been canceled with a note:
"Family-sized derailment in Laredo, so sorry! Will reschedule."

Coffee - Dan Espinoza / Marisol Vega
Tuesday Mar 17, 2026 ⋅ 7:30am – 8:15am (Central Time - Chicago)

Organizer: Marisol Vega (marisol.vega@alamorail.com)

Invitation from Google Calendar
""", sig=False, ics=ics_cx, ics_mode="google", headers=GCAL,
      subject="Canceled event with note: Coffee - Dan Espinoza / Marisol Vega @ Tue Mar 17, "
              "2026 7:30am - 8:15am (CDT) (daniel.espinoza@example.com)")

    # ==================================================================================
    # Current job: the Army (he interviews candidates), retirement, out-processing
    # ==================================================================================
    room = ("BLDG 2264 RM 114 (Conf Rm) - 412 SB", "bldg2264.rm114.conf@army.mil")
    unit_desc = ("MSG E - sending to your personal since you're on PTDY this week and can't "
                 "get on the network. Please still make this one.\n\n"
                 "Panel: MAJ Whitlock (chair), CW3 Ramirez, MSG Espinoza\n"
                 "Vacancy: Supply Technician, GS-2005-07 (brigade SSA)\n"
                 "Candidates:\n  1300 - Alvarez, R.\n  1400 - Dupree, K.\n  1500 - Holt, J. "
                 "(SPC, ret.)\n\nUse the standard question set from CPAC. Rating sheets to me "
                 "NLT 1600 Fri 13 MAR.")
    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "unit-panel"),
                   stamp=C("2026-03-09 07:12"), start=C("2026-03-12 13:00"),
                   end=C("2026-03-12 16:00"),
                   summary="Interview Panel - Supply Technician (GS-2005-07)",
                   organizer=whitlock,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (ramirez, "ACCEPTED", "INDIVIDUAL"),
                              (room, "ACCEPTED", "ROOM")],
                   tzid="Central Standard Time", location="BLDG 2264 RM 114 (Conf Rm) - 412 SB",
                   description=unit_desc, prodid="Microsoft Exchange Server 2010")
    A("u_panel", whitlock, [me], "2026-03-09 07:12", unit_desc, sig=False, ics=ics,
      ics_mode="outlook", cc=[ramirez],
      subject="Interview Panel - Supply Technician (GS-2005-07)")
    A("u_rate1", whitlock, [me], "2026-03-12 16:20", """MSG E,

Thanks for sitting the board this afternoon, good calibration on Dupree. Rating sheets to me
NLT 1600 tomorrow; scan and send to this address is fine.

V/R
""", subject="Supply Tech panel - rating sheets NLT 13 MAR")
    A("u_rate2", me, [whitlock], "2026-03-13 10:05", """Ma'am,

Roger, will do. All three sheets scanned and attached. My ranking: Dupree, Holt, Alvarez.

v/r,
MSG Espinoza
""", parent="u_rate1", sig=False, attachments=[("Espinoza_ratings_2005-07.pdf",
                                                "application/pdf", make_pdf([
      "Interview Rating Sheets - Supply Technician GS-2005-07",
      "Rater: MSG Daniel R. Espinoza",
      "Dupree, K.: 4.6 / 5",
      "Holt, J.: 4.2 / 5",
      "Alvarez, R.: 3.8 / 5"]))])

    A("u_ret1", hughes, [me], "2026-03-04 14:35", """MSG Espinoza,

Your retirement ceremony is locked in: 30 APR 26, 1000 hrs, Brigade HQ (BLDG 2264) courtyard,
rain site the chapel. CSM Ortega will host.

I need from you:
- Bio (one page) NLT 27 MAR
- Guest list with DoD ID holders marked NLT 3 APR (gate access)
- Whether you want the flag flown over the HQ presented

Roger?
""", subject="Retirement ceremony - MSG Espinoza - 30 APR 26")
    A("u_ret2", me, [hughes], "2026-03-04 19:10", """1SG,

Roger. Bio attached as a first draft, red pen welcome. Guest list to follow by 3 APR; figure
around 45 people, with my mother and two tias coming in from El Paso. And yes on the flag.

v/r,
MSG Espinoza
""", parent="u_ret1", sig=False)
    A("u_ret3", hughes, [me], "2026-03-05 06:40", """Got it. Bio looks good, I'll run it by the CSM. Roger on the flag.
""", parent="u_ret2", sig=False)

    A("u_out", carrillo, [me], "2026-03-18 09:45", """MSG Espinoza,

Your final out-processing appointment is scheduled:

Date: 9 APR 26
Time: 0730 hrs
Location: BLDG 367, Room 12 (Installation Out-Processing)

Bring: retirement orders with all amendments, completed clearing papers (housing, CIF,
library, finance), and your CAC. Appointments start on time; late arrivals will be
rescheduled.
""", subject="Final Out-Processing Appointment - 9 APR 26")

    # ==================================================================================
    # Life: VA, C&P, housing, mover, schools, family, church, gym, shopping, reunion, alerts
    # ==================================================================================
    ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "va-audiology"),
                   stamp=C("2026-03-03 08:00"), start=C("2026-03-10 08:30"),
                   end=C("2026-03-10 09:30"), summary="VA Appointment: Audiology",
                   organizer=va, tzid=CT,
                   location="North Central Federal Clinic, 17440 Henderson Pass, San Antonio, "
                            "TX 78232",
                   prodid="-//VA//VA Online Scheduling//EN")
    t = """Appointment reminder

You have an upcoming VA appointment:

Tuesday, March 10, 2026 at 8:30 a.m. CT
Audiology and Speech Pathology
North Central Federal Clinic, 17440 Henderson Pass, San Antonio, TX 78232

Please arrive 15 minutes early to check in. To cancel or reschedule, call 210-555-0100 or
use VA Online Scheduling. Add this appointment to your calendar with the attached file.

Do not reply to this email. For medical emergencies, call 911."""
    A("va1", va, [me], "2026-03-03 08:00", t, subject="VA appointment reminder: Tue, Mar 10",
      html=html_of(t), ics=ics, ics_mode="publish", headers=AUTO)

    A("cp1", lsme, [me], "2026-03-11 11:20", """Daniel Espinoza,

Your Compensation & Pension (C&P) examination has been scheduled on behalf of the Department
of Veterans Affairs:

Wednesday 4/1/2026 at 9:00 AM
Lone Star Medical Evaluations, 8520 Fredericksburg Rd, Suite 300, San Antonio, TX 78229
Exams: General medical, audiology, musculoskeletal (knees, lumbar spine)

Please reply to confirm. Missing a scheduled exam can delay your claim.
""", subject="C&P Exam Scheduled - Espinoza, Daniel - 04/01/2026")
    A("cp2", me, [lsme], "2026-03-11 12:02", """Confirmed. I'll bring my ID and a copy of my medical records.

Daniel Espinoza
""", parent="cp1", sig=False)
    A("cp3", lsme, [me], "2026-03-11 14:15", """Thank you, you're all set. Please arrive 20 minutes early.
""", parent="cp2")

    A("hs1", housing, [me], "2026-03-02 10:40", """Good morning MSG Espinoza,

We have received your 30-day notice to vacate 214 Patch Rd, with a move-out date of 9 April
2026. Congratulations on your retirement!

Your pre-move-out inspection can be held on Tuesday 3/31 at 2:00 PM or Tuesday 4/7 at 9:00
AM. Please let me know which works. The move-out checklist is attached to your resident
portal.
""", subject="Notice to Vacate Received - 214 Patch Rd - Pre-Move-Out Inspection")
    A("hs2", me, [housing], "2026-03-02 17:25", """Ms. Salazar,

7 APR at 0900, please. Thank you.

MSG Espinoza
""", parent="hs1", sig=False)
    A("hs3", housing, [me], "2026-03-03 08:05", """You're booked for Tuesday 4/7 at 9:00 AM. The inspector will meet you at the front door.
""", parent="hs2")

    A("mvr1", dennis, [me], "2026-03-16 13:50", """Hi Daniel,

I'm your move coordinator for your local household goods move (retirement, Fort Sam Houston
to Helotes). Tentative dates:

Pack: Wednesday 4/8
Load and deliver: Thursday 4/9

I'll call you by Friday 3/20 to confirm the crew size and set up the pre-move survey.
""", subject="Your local move - tentative pack/load dates")
    A("mvr2", me, [dennis], "2026-03-16 19:30", """Dennis,

Roger. Best number is (210) 555-0143; afternoons are easiest. Heads up that 4/9 is also my
final out-processing day, so my wife will be at the house for the load.

Dan
""", parent="mvr1", sig=False)

    A("sc1", hargrove, [lorena, me], "2026-03-03 15:10", """Dear Mr. and Mrs. Espinoza,

Spring parent-teacher conferences are coming up. I have the following 20-minute slots open
on Thursday, 3/12: 3:40, 4:00 and 4:20 p.m. Mateo is doing well overall; I'd like to talk
about his science fair project plan and a couple of missing labs.

Please reply with your preferred time.
""", subject="Spring conference - Mateo Espinoza")
    A("sc2", lorena, [hargrove, me], "2026-03-03 18:40", """Hi Mrs. Hargrove, 4:00 please. Thank you!

Lorena
""", parent="sc1", sig=False)
    A("sc3", hargrove, [lorena, me], "2026-03-04 07:15", """You're booked for 4:00 - 4:20 on Thursday 3/12 in Room 214. See you then!
""", parent="sc2")
    A("sc4", me, [hargrove, lorena], "2026-03-04 12:30", """Mrs. Hargrove,

I'll be there in person too. Thank you, ma'am.

Daniel Espinoza
""", parent="sc3", sig=False)

    t = """Las Brisas Lion Pride - Week of March 9

- Spring Break is March 16-20. No school; campus closed.
- 4th grade field trip to the Witte Museum is Thursday, April 2. Permission slips and $12 due
  to homeroom teachers by Friday, March 27.
- Yearbook orders close March 31.
- STAAR testing dates are posted on the district calendar.

Thank you for all you do, Lion families!"""
    A("ls1", lasbrisas, [me, lorena], "2026-03-06 15:00", t,
      subject="Las Brisas Lion Pride - Week of March 9", html=html_of(t), html_only=True,
      headers=bulk_headers("<families.lasbrisas.nbisd.org>",
                           "https://lasbrisas.nbisd.org/unsubscribe"))

    t = """Your TRICARE coverage is changing

Our records show your sponsor status will change from active duty to retired on June 1, 2026.

Action needed: To keep TRICARE Prime after retirement, you must enroll within 90 days of
your retirement date. Retiree enrollment fees apply. If you do nothing, your family will be
covered under TRICARE Select.

Log in to your account to compare plans and enroll.

This mailbox is not monitored."""
    A("tri1", tricare, [me], "2026-03-09 10:00", t,
      subject="Action needed: your TRICARE coverage after retirement", html=html_of(t),
      html_only=True, headers=AUTO)

    t = """Boletín / Bulletin - IV Domingo de Cuaresma / 4th Sunday of Lent

Misas / Masses: Sáb 5:30 p.m. | Dom 8:00 a.m. (español), 10:00 a.m., 12:00 p.m. (bilingüe)

Via Crucis / Stations of the Cross: viernes a las 7:00 p.m. / Fridays at 7:00 p.m.

Fish Fry de los Caballeros de Colón: todos los viernes de Cuaresma, 5:00-7:30 p.m., en el
salón parroquial. $12 adultos / $6 niños.

Confesiones / Reconciliation: Saturday 3:30-5:00 p.m.

Easter Triduum schedule coming next week."""
    A("ch1", parish, [me], "2026-03-14 06:00", t,
      subject="Boletín / Bulletin - IV Domingo de Cuaresma", html=html_of(t), html_only=True,
      headers=bulk_headers("<boletin.olvparish.org>", "https://olvparish.org/unsubscribe"))

    A("kc1", gilbert, [me], "2026-02-20 20:15", """Hermanos,

Fish fry volunteer sign-ups for the Fridays of Lent. We need 6 men per shift: 4:00-5:30 setup
and prep, 5:30-7:30 fryers and serving. Reply with your Friday and shift.

Vivat Jesus,
Gilbert Saenz, Grand Knight
Council 10923
""", subject="Fish fry volunteers - Fridays of Lent")
    A("kc2", me, [gilbert], "2026-02-21 08:40", """Gilbert, put me down for Friday 13 MAR, 1730-1930 on the fryers. Mateo can bus tables.

Dan
""", parent="kc1", sig=False)
    A("kc3", gilbert, [me], "2026-02-21 10:02", """Gracias hermano, you're on the board.
""", parent="kc2", sig=False)

    t = """Coach's Corner

Daylight saving time starts this Sunday, March 8! Starting Monday 3/9 the 5:30 AM class
moves to 5:45 AM for the rest of March.

Saturday Hero WOD: "DT" in honor of USAF SSgt Timothy P. Davis. Partner option available.

Murph 2026 registration is open: Memorial Day, 7:00 AM. Vest optional, grit required.

See you in the box,
Coach Andre"""
    A("gym1", gym, [me], "2026-03-06 18:30", t,
      subject="Coach's Corner: DST schedule change + Murph registration", html=html_of(t),
      html_only=True, headers=bulk_headers("<members.alamoironcf.com>",
                                           "https://alamoironcf.com/unsubscribe"))

    t = """Hello Daniel,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #112-4830917-5521046
Arriving Thursday, March 5
- Men's Slim Fit Non-Iron Dress Shirt, White, 16.5 x 34/35 (Qty 2)
- Leather Padfolio with Notepad, Brown (Qty 1)

Order total: $89.47"""
    A("amz1", amazon, [me], "2026-03-01 20:11", t,
      subject="Your Amazon.com order #112-4830917-5521046", html=html_of(t), html_only=True,
      headers=AUTO)
    t = """Your package is on the way.

Order #112-7705213-0041897
Moving Boxes, Medium, 25-Pack with Packing Tape
Arriving tomorrow by 10 PM

Track package: https://www.amazon.com/progress-tracker/package"""
    A("amz2", amazon_ship, [me], "2026-03-17 07:42", t,
      subject="Shipped: \"Moving Boxes, Medium, 25-Pack...\"", html=html_of(t),
      html_only=True, headers=AUTO)
    t = """Hello Daniel,

Thank you for shopping with us.

Order #112-9016644-2280319
Arriving Tuesday, March 24
- APICS CSCP Learning System Study Guide, 2026 Edition (Qty 1)

Order total: $64.99"""
    A("amz3", amazon, [me], "2026-03-21 21:34", t,
      subject="Your Amazon.com order #112-9016644-2280319", html=html_of(t), html_only=True,
      headers=AUTO)

    A("re1", benavides, [me, ray], "2026-02-23 19:05", """Wagonmasters!

It's been 14 years since we closed out that rotation. 528th QM Co (2009-2012) reunion:

Saturday 11 APR 26, 1500 hrs until whenever
Killeen, venue TBD (leaning Rooster's Smokehouse back room)
Spouses and kids welcome.

Reply all with a headcount NLT 20 MAR. Pass this to anybody I missed.

Top
""", subject="528th QM Co reunion - Sat 11 APR - Killeen")
    A("re2", ray, [benavides, me], "2026-02-23 20:31", """Hooah. Put me down for 2.

Ray
""", parent="re1", sig=False)
    A("re3", me, [benavides, ray], "2026-02-24 06:15", """Top,

Roger, count me in plus Lorena, maybe the kids. I'll bring the brisket.

v/r,
Dan
""", parent="re2", sig=False)
    A("re4", ray, [me], "2026-03-19 18:50", """Dan - Walt Jennings told me y'all talked Monday. He's good people, and he doesn't call
just anybody. See you on the 11th.

Ray
""", parent="re3", sig=False)
    A("re5", benavides, [me, ray], "2026-03-21 09:12", """Headcount is 34. Venue confirmed: Rooster's Smokehouse, back room, 1500. Bring your old
unit pics if you have them.

Top
""", parent="re3", sig=False)

    A("w1", lorena, [me], "2026-03-09 16:22", """Can you grab Sofia at 3 tomorrow? I have a late meeting. And don't forget Mateo's
conference is Thursday at 4.

Also the housing lady called about the carpet cleaning receipts.
""", subject="tomorrow", sig=False)
    A("w2", me, [lorena], "2026-03-09 16:40", """Got it. I'll grab her, I'm done at the VA by 0930 anyway. Love you.

Sent from my iPhone
""", parent="w1", sig=False)

    A("mom1", mama, [me], "2026-03-08 10:45", """Mijo,

¿Vienen a comer el domingo después de misa? Voy a hacer enchiladas y tu tía Chela trae el
pan. Dile a Lorena que no traiga nada.

Y ya me dijeron tus primas que van a venir a tu retiro en abril. ¡Qué orgullo!

Te quiero mucho,
Mamá
""", subject="domingo", sig=False)
    A("mom2", me, [mama], "2026-03-08 13:05", """Sí, Mamá, ahí estaremos como a la una. Los niños quieren tus enchiladas.

Te quiero,
Danny
""", parent="mom1", sig=False)

    t = """Your March statement is ready

Account ending in 4417 (Everyday Checking)
Statement period: Feb 1 - Feb 28, 2026

Log in to view your statement. Reminder: after your retirement, update your direct deposit
for retired pay through myPay so payments are not interrupted.

Frontier Service Members Bank will never ask for your password by email."""
    A("bk1", bank, [me], "2026-03-01 06:05", t, subject="Your statement is ready",
      html=html_of(t), html_only=True, headers=AUTO)

    t = """THE LOADOUT - supply chain, every Tuesday

This week:
- Warehouse hiring cools, except in cold chain: operations manager and DC supervisor
  openings in Texas are up 14% year over year.
- Why defense contractors keep recruiting retired NCOs for logistics program manager roles,
  and what the interviews look like.
- Five questions to ask in any operations manager interview.
- Job board: Distribution Center Manager (Dallas), Inventory Control Supervisor (Houston),
  Logistics Analyst (San Antonio, hybrid).

You're receiving The Loadout because you subscribed. Unsubscribe anytime."""
    A("nl1", loadout, [me], "2026-03-10 06:00", t,
      subject="The Loadout: cold chain keeps hiring + the NCO-to-PM pipeline", html=html_of(t),
      html_only=True, headers=bulk_headers("<weekly.theloadout.news>",
                                           "https://theloadout.news/unsubscribe"))

    for key, when, subj, lines in [
        ("cj1", "2026-03-04 07:00", "12 new cleared jobs near San Antonio, TX",
         ["Logistics Manager (Secret) - Cordillera Defense Services - Camp Bullis, TX",
          "Supply Chain Analyst II (Secret) - Ridgeback Federal Solutions - San Antonio, TX",
          "Property Book Specialist (Secret) - Sentinel Range Group - Fort Sam Houston, TX",
          "Warehouse Supervisor (Public Trust) - Northgate Federal - Lackland, TX"]),
        ("cj2", "2026-03-18 07:00", "9 new cleared jobs near San Antonio, TX",
         ["Logistics Program Manager (Secret) - Ridgeback Federal Solutions - Remote/Travel",
          "Material Coordinator (Secret) - Mesquite Aerospace Services - San Antonio, TX",
          "Fuel Operations Lead (Secret) - Sentinel Range Group - Fort Cavazos, TX"]),
    ]:
        t = ("Jobs matching your alert \"logistics manager, San Antonio, TX, Secret\"\n\n"
             + "\n".join("- " + l for l in lines)
             + "\n\nApply with one click using your ClearedCareers profile.\n\nManage alerts: "
               "https://clearedcareers.com/alerts")
        A(key, cleared, [me], when, t, subject=subj, html=html_of(t), html_only=True,
          headers=bulk_headers("<alerts.clearedcareers.com>",
                               "https://clearedcareers.com/alerts/unsubscribe"))

    t = """Operations Manager: 18 new jobs in San Antonio, Texas

Operations Manager - Trinity Fulfillment - San Antonio, TX - Actively recruiting
Distribution Center Operations Manager - Hacienda Markets - Schertz, TX - Promoted
Supply Chain Manager - Bexar Medical Supply - San Antonio, TX - Be an early applicant
Warehouse Operations Manager - Mission Valley Distribution - Leon Valley, TX

See all jobs

You're receiving Job Alert emails. Unsubscribe."""
    A("li1", linkedin, [me], "2026-03-15 05:18", t,
      subject="\"Operations Manager\": 18 new jobs in San Antonio, Texas", html=html_of(t),
      html_only=True, headers=bulk_headers("<jobalerts.linkedin.com>",
                                           "https://www.linkedin.com/jobs/alerts"))

    for key, when, lines in [
        ("fs1", "2026-02-23 06:30",
         ["Logistics Management Specialist, GS-0346-12 - Defense Supply Readiness Agency - "
          "San Antonio, TX - closes 03/02/2026",
          "Supply Technician, GS-2005-07 - Department of the Army - Fort Sam Houston, TX"]),
        ("fs2", "2026-03-16 06:30",
         ["Supervisory Logistics Management Specialist, GS-0346-13 - Defense Supply Readiness "
          "Agency - San Antonio, TX - closes 03/30/2026",
          "Inventory Management Specialist, GS-2010-09/11 - Department of Veterans Affairs - "
          "San Antonio, TX"]),
    ]:
        t = ("New announcements match your saved search \"Logistics - San Antonio, TX\".\n\n"
             + "\n".join("- " + l for l in lines)
             + "\n\nSign in to FedApply to view and apply.\n\nThis is an automated message. "
               "To stop these emails, edit your saved search.")
        A(key, fedapply, [me], when, t,
          subject="FedApply saved search: new announcements for \"Logistics - San Antonio, TX\"",
          html=html_of(t), html_only=True, headers=AUTO)

    t = """Your Alamo Power & Light bill is ready.

Account: ****0082 | Service address: 214 Patch Rd
Amount due: $187.36
Due date: April 1, 2026

Moving? Stop or transfer service at least 3 business days before your move."""
    A("ut1", power, [me], "2026-03-12 04:10", t, subject="Your March bill is ready",
      html=html_of(t), html_only=True, headers=AUTO)

    A("lg1", coach, [me, lorena], "2026-03-02 21:00", """Rangers 12U families,

Spring practice schedule:
- Tuesdays and Thursdays 5:30-7:00 pm, Field 4
- Saturdays 9:00 am, Field 2 (first game 3/28 vs. Stone Oak Storm)

Pictures are 3/21. Snack sign-up is on TeamSnap. Go Rangers!

Coach Rudy
""", subject="Rangers 12U - spring practice schedule", sig=False)

    t = """Hi Daniel,

Our records show your 2021 Ford F-150 is due for its 30,000-mile service. Schedule online or
call our service desk at 210-555-0120. Military and veteran customers save 10% on labor.

Northside Ford Service"""
    A("car1", ford, [me], "2026-03-18 10:00", t,
      subject="Daniel, your F-150 is due for service", html=html_of(t), html_only=True,
      headers=bulk_headers("<service.northsidefordsa.com>",
                           "https://northsidefordsa.com/unsubscribe"))

    t = """This week at Hacienda Markets

Brisket, whole packer: $2.97/lb
Hass avocados: 4 for $3
Bolillos, 6-count: $1.29
Digital coupon: $5 off a $50 purchase with your Hacienda Rewards card

Prices valid Wednesday 3/18 - Tuesday 3/24 at all San Antonio area stores."""
    A("ad1", hacienda_ads, [me], "2026-03-18 05:30", t,
      subject="Brisket $2.97/lb + your weekly digital coupons", html=html_of(t),
      html_only=True, headers=bulk_headers("<weeklyad.email.haciendamarkets.com>",
                                           "https://email.haciendamarkets.com/unsubscribe"))

    # ==================================================================================
    # Threads
    # ==================================================================================
    job, non = True, False
    T = case.thread
    T("fedA_recv", job, "application", "Defense Supply Readiness Agency",
      "FedApply acknowledgement for the GS-0346-12 announcement; automated")
    T("fedA_ref", job, "application", "Defense Supply Readiness Agency",
      "automated 'Referred' notice; 'typically 30 to 45 days' is a system boilerplate, not a "
      "promise by a person")
    T("fedA_sched1", job, "interview", "Defense Supply Readiness Agency",
      "HR specialist offers three panel slots, Daniel picks Thu 12 Mar 0900; after the panel "
      "she relays that 'a selection decision will be made by Thursday, 19 March'; nothing "
      "from dsra.mil since: callback due end of Mon 23 Mar")
    T("fedA_inv", job, "interview", "Defense Supply Readiness Agency",
      "Teams invitation sent 5 Mar (CST) for Thu 12 Mar 09:00-10:00 CDT, zone 'Central "
      "Standard Time'; the three panelists are named only in the description, the organizer "
      "(HR) does not attend; the chair's morning note copies the other two. Beck and Ngata "
      "thanked by one note; Mabry never")
    T("fedA_ty1", job, "interview", "Defense Supply Readiness Agency",
      "one thank-you to two panelists (asks them to pass thanks to Mabry); the chair's short "
      "reply, no date")
    T("fedB_recv", job, "application", "Joint Medical Logistics Activity",
      "FedApply acknowledgement; automated")
    T("fedB_nr", job, "rejection", "Joint Medical Logistics Activity",
      "automated 'Not Referred' notice")
    T("rb_ack", job, "application", "Ridgeback Federal Solutions",
      "Lever acknowledgement; its 'within the next two weeks' is automated")
    T("rb_t1", job, "recruiter", "Ridgeback Federal Solutions",
      "recruiter phone screen Fri 27 Feb 11:00 ET, thanked with the resume; 'by the end of "
      "next week' kept on 5 Mar")
    T("rb_avail", job, "interview", "Ridgeback Federal Solutions",
      "Lever availability request from the coordinator; automated")
    T("rb_c1", job, "interview", "Ridgeback Federal Solutions",
      "coordinator's confirmation (no ICS) for Mon 16 Mar 2-3 PM EDT with Fielder and Soto, "
      "copied; she does not attend. Daniel thanks her afterwards (not an interviewer); "
      "Fielder thanked in a new thread; Soto never")
    T("rb_ty1", job, "interview", "Ridgeback Federal Solutions",
      "thank-you to Fielder; his reply: two more candidates this week, 'an answer for you NLT "
      "Friday 20 March'; nothing since: callback due end of Tue 24 Mar")
    T("hf_reg", job, "networking", "VetHire Events",
      "hiring expo registration; the expo (Thu 5 Mar) names no one met")
    T("hf_survey", job, "networking", "VetHire Events", "post-expo survey, bulk")
    T("cd_e1", job, "recruiter", "Cordillera Defense Services",
      "recruiter met at the expo; Calendly screen 12 Mar thanked here on 13 Mar; 'within the "
      "next couple of weeks' kept on 20 Mar; hiring-manager Zoom moved from Wed 25 Mar to Thu "
      "26 Mar 1300 MT (agreed in 'Thursday works'), still ahead")
    T("cd_cal", job, "recruiter", "Cordillera Defense Services",
      "Calendly booking made Fri 6 Mar (CST) for Thu 12 Mar 2:00-2:30 pm CDT; held; thanked "
      "in the expo thread")
    T("hm_ack", job, "application", "Hacienda Markets",
      "iCIMS acknowledgement; automated")
    T("hm1", job, "offer", "Hacienda Markets",
      "phone screen Wed 4 Mar (thanked), onsite Thu 19 Mar 08:00-10:00 with Salinas and "
      "Pfeiffer (copied); Salinas thanked in a new thread, Pfeiffer never; conditional offer "
      "Mon 23 Mar (partly Spanish) ends the callback")
    T("hm_ty1", job, "interview", "Hacienda Markets",
      "thank-you to the DC general manager; his one-line reply")
    T("hm_fwd1", job, "offer", "Hacienda Markets",
      "Daniel forwards the offer to his wife; her reply")
    T("mv1", job, "interview", "Mission Valley Distribution",
      "Zoom moved earlier from Thu 19 Mar to Wed 18 Mar ('Wednesday works'); 'This email "
      "confirms your video interview with me ... 10:00 to 10:45'; held, never thanked")
    T("mv_rej", job, "rejection", "Mission Valley Distribution",
      "gentle rejection from HR on Mon 23 Mar, inside the 'end of next week' window")
    T("gp1", job, "networking", "Guidon Partners",
      "program welcome and mentor match; kickoff call Tue 17 Feb 1800 thanked next morning; "
      "mentor's Calendly link")
    T("gpn1", job, "networking", "Bexar Medical Supply",
      "coordinator's intro; call Fri 20 Mar noon was a no-show, rescheduled to Tue 31 Mar")
    T("gpa1", job, "networking", "Guidon Partners",
      "coordinator: 'I'll send you the updated list ... the week of March 9'; never came: "
      "callback due end of Tue 17 Mar")
    T("gp_cal", job, "networking", "Guidon Partners",
      "Calendly mentor session booked Wed 4 Mar (CST) for Wed 11 Mar 6:00-6:45 pm CDT; held, "
      "never thanked (stale only from the evening of 25 Mar)")
    T("gpk1", job, "networking", "Tejas Cold Chain",
      "mentor's intro; Keisha moves him to bcc; call Mon 16 Mar 11:30 (no end given); the "
      "only thanks came before it")
    T("ms1", job, "networking", "Mesquite Aerospace Services",
      "'Ray Villanueva says...' - call Mon 16 Mar 3 pm thanked that evening; 'I'll call you "
      "Wednesday'; nothing from mesquiteaero.com since (Ray's gmail note is not the company): "
      "callback due end of Fri 20 Mar")
    T("tr1", job, "networking", "Trinity Fulfillment",
      "old friend's lunch about openings, Fri 20 Mar 11:30; thanked that evening")
    T("ar1", job, "networking", "Alamo Rail Logistics",
      "coffee agreed for Tue 17 Mar 0730, cancelled by her the evening before")
    T("ar_inv", job, "networking", "Alamo Rail Logistics", "Google Calendar invitation for the "
      "coffee")
    T("ar_cx", job, "networking", "Alamo Rail Logistics", "Google Calendar cancellation (ICS "
      "CANCEL)")
    T("u_panel", non, None, "U.S. Army, 412th Sustainment Brigade",
      "Daniel sits on his unit's hiring panel for a civilian Supply Technician; not his job "
      "search")
    T("u_rate1", non, None, "U.S. Army, 412th Sustainment Brigade",
      "rating sheets for that panel; his deadline")
    T("u_ret1", non, None, "U.S. Army, 412th Sustainment Brigade", "retirement ceremony 30 APR")
    T("u_out", non, None, "U.S. Army, JBSA Installation Out-Processing",
      "final out-processing appointment 9 APR")
    T("va1", non, None, "Department of Veterans Affairs", "VA audiology appointment (ICS "
      "PUBLISH)")
    T("cp1", non, None, "Lone Star Medical Evaluations", "C&P exam 1 Apr")
    T("hs1", non, None, "Alamo Family Housing", "base housing move-out inspection 7 Apr")
    T("mvr1", non, None, "Guardian Relocation",
      "mover's 'I'll call you by Friday 3/20'; not job search")
    T("sc1", non, None, "Loma Verde Middle School", "parent-teacher conference Thu 12 Mar 4:00")
    T("ls1", non, None, "Las Brisas Elementary", "school newsletter")
    T("tri1", non, None, "TRICARE East", "retiree coverage notice")
    T("ch1", non, None, "Our Lady of the Valley Parish", "bilingual parish bulletin")
    T("kc1", non, None, "Knights of Columbus Council 10923", "fish fry volunteer shift")
    T("gym1", non, None, "Alamo Iron CrossFit", "gym newsletter (DST schedule)")
    T("amz1", non, None, "Amazon.com", "order confirmation")
    T("amz2", non, None, "Amazon.com", "shipping notice")
    T("amz3", non, None, "Amazon.com", "order confirmation")
    T("re1", non, None, "528th QM Co reunion",
      "unit reunion Sat 11 Apr; Ray mentions Walt from his gmail")
    T("w1", non, None, "family", "wife: school pickup")
    T("mom1", non, None, "family", "his mother, in Spanish")
    T("bk1", non, None, "Frontier Service Members Bank", "statement")
    T("nl1", non, None, "The Loadout", "supply-chain newsletter full of job words")
    T("cj1", non, None, "ClearedCareers", "job alert")
    T("cj2", non, None, "ClearedCareers", "job alert")
    T("li1", non, None, "LinkedIn", "job alert")
    T("fs1", non, None, "FedApply", "saved-search alert")
    T("fs2", non, None, "FedApply", "saved-search alert")
    T("ut1", non, None, "Alamo Power & Light", "utility bill")
    T("lg1", non, None, "Rangers 12U", "son's baseball schedule")
    T("car1", non, None, "Northside Ford", "service reminder")
    T("ad1", non, None, "Hacienda Markets",
      "the grocery chain's weekly ad (email.haciendamarkets.com), not the hiring team")

    # ==================================================================================
    # Facts: every meeting and every dated promise
    # ==================================================================================
    M = case.meeting
    P = case.promise
    M("fedA_inv", C("2026-03-12 09:00"), C("2026-03-12 10:00"),
      met=["harold.j.beck.civ@dsra.mil", NGATA, MABRY],
      thanks={"harold.j.beck.civ@dsra.mil": "fedA_ty1", NGATA: "fedA_ty1"})
    M("rb_t1", at("2026-02-27 11:00", ET), at("2026-02-27 11:30", ET),
      met=["tasha.greene@ridgebackfed.com"], thanks={"tasha.greene@ridgebackfed.com": "rb_t4"})
    M("rb_c1", C("2026-03-16 13:00"), C("2026-03-16 14:00"),
      met=["marcus.fielder@ridgebackfed.com", "angela.soto@ridgebackfed.com"],
      thanks={"marcus.fielder@ridgebackfed.com": "rb_ty1"})
    M("hf_reg", C("2026-03-05 10:00"), C("2026-03-05 14:00"), met=[])
    M("cd_cal", C("2026-03-12 14:00"), C("2026-03-12 14:30"),
      met=["renee.whitaker@cordilleradefense.com"],
      thanks={"renee.whitaker@cordilleradefense.com": "cd_e4"})
    M("cd_e1", at("2026-03-25 13:00", MT), at("2026-03-25 14:00", MT), status="moved",
      met=["paul.decker@cordilleradefense.com"])
    M("cd_e1", at("2026-03-26 13:00", MT), at("2026-03-26 14:00", MT), status="scheduled",
      met=["paul.decker@cordilleradefense.com"])
    M("hm1", C("2026-03-04 14:00"), C("2026-03-04 14:30"),
      met=["lupe.trevino@haciendamarkets.com"],
      thanks={"lupe.trevino@haciendamarkets.com": "hm4"})
    M("hm1", C("2026-03-19 08:00"), C("2026-03-19 10:00"),
      met=["rick.salinas@haciendamarkets.com", "jolene.pfeiffer@haciendamarkets.com"],
      thanks={"rick.salinas@haciendamarkets.com": "hm_ty1"})
    M("mv1", C("2026-03-19 10:00"), None, status="moved",
      met=["brent.kowalski@missionvalleydist.com"])
    M("mv1", C("2026-03-18 10:00"), C("2026-03-18 10:45"),
      met=["brent.kowalski@missionvalleydist.com"])
    M("gp1", C("2026-02-17 18:00"), None, met=["greg.hollis@brazoshomesupply.com"],
      thanks={"greg.hollis@brazoshomesupply.com": "gp5"})
    M("gp_cal", C("2026-03-11 18:00"), C("2026-03-11 18:45"),
      met=["greg.hollis@brazoshomesupply.com"])
    M("gpk1", C("2026-03-16 11:30"), None, met=["keisha.monroe@tejascoldchain.com"])
    M("gpn1", C("2026-03-20 12:00"), None, status="noshow", met=["nate.pham@bexarmedsupply.com"])
    M("gpn1", C("2026-03-31 12:00"), None, status="scheduled",
      met=["nate.pham@bexarmedsupply.com"])
    M("ms1", C("2026-03-16 15:00"), None, met=["walt.jennings@mesquiteaero.com"],
      thanks={"walt.jennings@mesquiteaero.com": "ms3"})
    M("tr1", C("2026-03-20 11:30"), None, met=["tony.reyes.tx@gmail.com"],
      thanks={"tony.reyes.tx@gmail.com": "tr3"})
    M("ar_inv", C("2026-03-17 07:30"), C("2026-03-17 08:15"), status="cancelled",
      met=["marisol.vega@alamorail.com"])
    # not job search
    M("u_panel", C("2026-03-12 13:00"), C("2026-03-12 16:00"), job=False)
    M("va1", C("2026-03-10 08:30"), C("2026-03-10 09:30"), job=False)
    M("cp1", C("2026-04-01 09:00"), None, status="scheduled", job=False)
    M("hs1", C("2026-04-07 09:00"), None, status="scheduled", job=False)
    M("sc1", C("2026-03-12 16:00"), C("2026-03-12 16:20"), job=False)
    M("u_ret1", C("2026-04-30 10:00"), None, status="scheduled", job=False)
    M("u_out", C("2026-04-09 07:30"), None, status="scheduled", job=False)
    M("re1", C("2026-04-11 15:00"), None, status="scheduled", job=False)

    P("rb_t1", "rb_t5", "tasha.greene@ridgebackfed.com", "2026-03-06", answered_by="rb_t6")
    P("fedA_sched1", "fedA_sched5", "yolanda.m.pruitt.civ@dsra.mil", "2026-03-19")
    P("rb_ty1", "rb_ty2", "marcus.fielder@ridgebackfed.com", "2026-03-20")
    P("cd_e1", "cd_e3", "renee.whitaker@cordilleradefense.com", "2026-03-27",
      answered_by="cd_e5")
    P("hm1", "hm5", "lupe.trevino@haciendamarkets.com", "2026-03-27", answered_by="hm7",
      ended_by="hm7")
    P("mv1", "mv5", "brent.kowalski@missionvalleydist.com", "2026-03-27", answered_by="mv_rej",
      ended_by="mv_rej")
    P("gpa1", "gpa1", "alicia.brandt@guidonpartners.org", "2026-03-13")
    P("ms1", "ms4", "walt.jennings@mesquiteaero.com", "2026-03-18")
    P("mvr1", "mvr1", "dennis.mwangi@guardianrelo.com", "2026-03-20", job=False)

    # ==================================================================================
    # Labels
    # ==================================================================================
    E = case.expect
    E("thank_you", "fedA_inv", MABRY,
      "panelist named (with address) only in the Teams invitation's description and copied "
      "on the chair's morning note; the thank-you went to Beck and Ngata and only asked them to "
      "'pass my thanks to Mr. Mabry'; overdue since Fri 13 Mar 10:00")
    E("callback", "fedA_sched1", "yolanda.m.pruitt.civ@dsra.mil",
      "'Mr. Beck asked me to pass along ... a selection decision will be made by Thursday, 19 "
      "March' (passive, relayed, tied to the selecting official's review); nothing from "
      "dsra.mil since: due end of Mon 23 Mar", promised="2026-03-19")
    E("thank_you", "rb_c1", "angela.soto@ridgebackfed.com",
      "second interviewer on the Mon 16 Mar Zoom (named and copied in the coordinator's "
      "confirmation, no ICS); only Fielder and the coordinator were thanked; overdue since "
      "Tue 17 Mar 14:00")
    E("callback", "rb_ty1", "marcus.fielder@ridgebackfed.com",
      "'I'll have an answer for you NLT Friday 20 March' (after two more candidates); nothing "
      "from ridgebackfed.com since: due end of Tue 24 Mar", promised="2026-03-20")
    E("thank_you", "hm1", "jolene.pfeiffer@haciendamarkets.com",
      "met at the Thu 19 Mar onsite (copied on the set-up mail); only Salinas was thanked; "
      "the offer of 23 Mar ends callbacks but not a thank-you owed; overdue since Fri 20 Mar "
      "10:00")
    E("thank_you", "mv1", "brent.kowalski@missionvalleydist.com",
      "Zoom moved earlier to Wed 18 Mar 10:00-10:45 and held; never thanked; the rejection of "
      "23 Mar does not cancel it; overdue since Thu 19 Mar 10:45")
    E("thank_you", "gpk1", "keisha.monroe@tejascoldchain.com",
      "informational call Mon 16 Mar 11:30 (no end stated: 60 min) took place; the only thanks "
      "was sent on 9 Mar, before it; overdue since Tue 17 Mar 12:30")
    E("callback", "ms1", "walt.jennings@mesquiteaero.com",
      "'I'll call you Wednesday' (18 Mar, no time); no mail from mesquiteaero.com since (Ray's "
      "gmail mention is not the company): due end of Fri 20 Mar", promised="2026-03-18")
    E("thank_you", "gp_cal", "greg.hollis@brazoshomesupply.com",
      "mentor session Wed 11 Mar 6:00-6:45 pm CDT, booked in CST before the DST change; held, "
      "never thanked (his kickoff was thanked in another thread in February); overdue since "
      "12 Mar, stale only from 25 Mar 20:45")
    E("callback", "gpa1", "alicia.brandt@guidonpartners.org",
      "'I'll send you the updated list ... the week of March 9'; nothing from "
      "guidonpartners.org since: due end of Tue 17 Mar, not yet stale", promised="2026-03-13")

    F = case.forbid
    F("fedA_inv", "yolanda.m.pruitt.civ@dsra.mil",
      "HR specialist who organised the Teams meeting; the description says 'HR will not "
      "attend' (her callback belongs to the scheduling thread)")
    F("fedA_inv", NGATA,
      "panelist thanked by the single note of Thu 12 Mar 15:20 to Beck and her")
    F("rb_c1", "brianna.ortiz@ridgebackfed.com",
      "recruiting coordinator who scheduled the interview and said she would not be on the "
      "call (Daniel thanked her anyway)")
    F("rb_ack", "no-reply@hire.lever.co",
      "automated Lever acknowledgement; its 'within the next two weeks' is not a person's "
      "promise, and the recruiter wrote on 24 Feb")
    F("hm1", "lupe.trevino@haciendamarkets.com",
      "the offer of Mon 23 Mar ended the 'let every candidate know by Friday, March 27' "
      "callback; 'your decision by Friday, 3/27' is Daniel's deadline; her phone screen was "
      "thanked on 4 Mar and she was not at the onsite")
    F("hm1", "rick.salinas@haciendamarkets.com",
      "onsite of Thu 19 Mar thanked in a new thread at 15:30 that day")
    F("cd_cal", "renee.whitaker@cordilleradefense.com",
      "Calendly phone screen Thu 12 Mar thanked on Fri 13 Mar in the recruiter's own thread; "
      "the 'thanks' of 6 Mar came before it")
    F("cd_e1", "paul.decker@cordilleradefense.com",
      "hiring-manager Zoom moved from Wed 25 Mar to Thu 26 Mar 1300 MT; still ahead at now")
    F("mv_rej", "tamara.ruiz@missionvalleydist.com",
      "HR manager who sent the rejection; not at the interview, promised nothing")
    F("gpk1", "greg.hollis@brazoshomesupply.com",
      "the mentor made the introduction and was moved to bcc; he was not on the 16 Mar call "
      "(his own session is owed in the Calendly thread)")
    F("gpn1", "nate.pham@bexarmedsupply.com",
      "no-show on Fri 20 Mar; the call was rescheduled to Tue 31 Mar, still ahead")
    F("ar_inv", "marisol.vega@alamorail.com",
      "coffee on Tue 17 Mar cancelled the evening before (ICS CANCEL); it never took place")
    F("u_panel", "kendra.l.whitlock.mil@army.mil",
      "Daniel is an interviewer on his own unit's hiring panel; not his job search")
    F("fedB_nr", "no-reply@fedapply.gov",
      "automated 'Not Referred' notice; nothing to thank or chase")
    F("tr1", "tony.reyes.tx@gmail.com",
      "networking lunch Fri 20 Mar thanked that evening in the thread")
    F("mvr1", "dennis.mwangi@guardianrelo.com",
      "the mover's 'I'll call you by Friday 3/20' lapsed, but a household move is not job "
      "search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
