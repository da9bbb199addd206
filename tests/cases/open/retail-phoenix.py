#!/usr/bin/env python3
"""retail-phoenix: an assistant store manager at a big-box retailer in Phoenix (no daylight
saving) looking for a store-manager or district role in retail, grocery or hospitality.

Written blind, from CASES.md, DOMAIN.md, the public cases' README and casekit only.
"""
import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

PHX = "America/Phoenix"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
DEN = "America/Denver"

SUMMARY = (
    "Danielle 'Dani' Ruvalcaba is the assistant store manager of Arroyo Home & Garden #4417 "
    "in north Phoenix and is looking for a store-manager or district role in retail, grocery "
    "or hospitality. Arizona keeps MST all year, so Texas moves from one to two hours ahead of "
    "her on 8 March 2026 and California from one hour behind to the same clock; the mailbox "
    "runs from mid-February to Tuesday 31 March 2026, 12:15 MST.")


def gcal_text(organizer, title, when, who, description, meet=None):
    lines = ["%s has invited you to the following event." % organizer, "", title, "",
             "When", when, ""]
    if meet:
        lines += ["Joining info", "Join with Google Meet", meet, ""]
    lines += ["Calendar", "dani.ruvalcaba@example.net", "", "Who"]
    lines += ["\u2022 " + w for w in who]
    lines += ["", description, "",
              "View all guest info  https://calendar.google.com/calendar/event?action=VIEW",
              "",
              "Reply for dani.ruvalcaba@example.net",
              "Yes    No    Maybe    More options  https://calendar.google.com/calendar/",
              "",
              "Invitation from Google Calendar",
              "",
              "You are receiving this email because you are an attendee on the event. To stop "
              "receiving future updates for this event, decline this event.",
              "",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP."]
    return "\n".join(lines)


def build():
    user = {"name": "Danielle Ruvalcaba", "emails": ["dani.ruvalcaba@example.net"],
            "phone": "+1 602 555 0139", "timezone": PHX}
    now = dt.datetime(2026, 3, 31, 12, 15, tzinfo=ZoneInfo(PHX))
    c = Case("retail-phoenix",
             "Assistant store manager in Phoenix (no DST) seeking a store-manager or district "
             "role; ATS, chatbot and personal-address hiring mail across the March 2026 US "
             "clock change",
             user, now, SUMMARY)
    me = Person("Dani Ruvalcaba", "dani.ruvalcaba@example.net", tz=PHX, style="webmail",
                msgid_domain="example.net")
    c.me = me
    at = c.at

    # ------------------------------------------------------------------ people
    # Sunridge Markets (grocery, San Antonio)
    sr_workday = Person("Sunridge Markets", "sunridgemarkets@myworkday.com", tz=CHI,
                        style="auto", auto=True, msgid_domain="myworkday.com")
    tamara = Person("Tamara Jensen", "tamara.jensen@sunridgemarkets.com", tz=CHI, style="outlook",
                    sig="Tamara Jensen\nTalent Acquisition Partner \u2013 Store Leadership\n"
                        "Sunridge Markets | San Antonio, TX\nO 210-555-0164")
    brenda = Person("Brenda Castillo", "brenda.castillo@sunridgemarkets.com", tz=CHI,
                    style="outlook",
                    sig="Brenda Castillo\nExecutive Assistant to Greg Holloway, Regional "
                        "Director \u2013 AZ/NM\nSunridge Markets\n210-555-0147")
    brenda_cal = Person("Brenda Castillo", "brenda.castillo@sunridgemarkets.com", tz=CHI,
                        style="outlook")
    greg = Person("Greg Holloway", "greg.holloway@sunridgemarkets.com", tz=CHI, style="outlook")
    monica_addr = ("Monica Reyes", "monica.reyes@sunridgemarkets.com")
    # Poppy Lane Markets (grocery, Pleasanton CA)
    indeed_apply = Person("Indeed Apply", "indeedapply@indeed.com", tz=CHI, style="auto",
                          auto=True, msgid_domain="indeed.com")
    jenna = Person("Jenna Whitfield", "jenna.whitfield@poppylanemarkets.com", tz=LAX,
                   style="gmail",
                   sig="Jenna Whitfield\nSenior Recruiter, Field Leadership\nPoppy Lane Markets\n"
                       "(925) 555-0183")
    # Pinnacle Outfitters (sporting goods, Salt Lake City; the DM lives in Phoenix)
    sheila = Person("Sheila Ortiz", "sheila.ortiz88@gmail.com", tz=PHX, style="gmail")
    ray = Person("Ray Delgado", "rdelgado1974@gmail.com", tz=PHX, style="gmail")
    stacy = Person("Stacy Nguyen", "stacy.nguyen@pinnacleoutfitters.com", tz=DEN, style="outlook",
                   sig="Stacy Nguyen | HR Coordinator \u2013 Southwest Region\nPinnacle Outfitters"
                       " | 2250 S. 300 W., Salt Lake City, UT 84115\n801-555-0126")
    stacy_cal = Person("Stacy Nguyen", "stacy.nguyen@pinnacleoutfitters.com", tz=DEN,
                       style="outlook")
    carla_addr = ("Carla Medina", "carla.medina@pinnacleoutfitters.com")
    ray_work = ("Ray Delgado", "ray.delgado@pinnacleoutfitters.com")
    # Bright Basket Grocery (Sacramento; Arizona TA partner)
    olivia_bb = Person("Olivia | Bright Basket Careers", "olivia@paradox.ai", tz=PHX,
                       style="auto", auto=True, msgid_domain="paradox.ai")
    renee = Person("Renee Foster", "renee.foster@brightbasket.com", tz=PHX, style="gmail",
                   sig="Renee Foster\nTalent Acquisition Partner \u2013 Arizona\nBright Basket "
                       "Grocery\n(480) 555-0155")
    andre = Person("Andre Wallace", "andre.wallace@brightbasket.com", tz=PHX, style="gmail")
    keisha = Person("Keisha Boone", "keisha.boone@brightbasket.com", tz=PHX, style="gmail")
    # Maker's Mercantile (crafts, Plano TX)
    smartr = Person("Maker's Mercantile", "noreply@smartrecruiters.com", tz=CHI, style="auto",
                    auto=True, msgid_domain="smartrecruiters.com")
    heather = Person("Heather Simms", "heather.simms@makersmercantile.com", tz=CHI,
                     style="gmail",
                     sig="Heather Simms\nTalent Acquisition Specialist | Maker's Mercantile\n"
                         "Store Support Center, Plano TX\n972-555-0133")
    heather_cal = Person("Heather Simms", "heather.simms@makersmercantile.com", tz=CHI,
                         style="gcal")
    tonya_addr = ("Tonya Bishop", "tonya.bishop@makersmercantile.com")
    # Big Sky Travel Plazas (Fort Worth)
    luis = Person("Luis Garza", "luis.garza@bigskyplazas.com", tz=CHI, style="outlook",
                  sig="Luis Garza\nHR Manager \u2013 Western Region\nBig Sky Travel Plazas | 4100 "
                      "Amon Carter Blvd, Fort Worth, TX 76155\n817-555-0122")
    wade = Person("Wade Pruitt", "wade.pruitt@bigskyplazas.com", tz=CHI, style="outlook")
    # Desert Willow Resort & Spa (Scottsdale)
    icims = Person("Desert Willow Resort & Spa", "no-reply@icims.com", tz=PHX, style="auto",
                   auto=True, msgid_domain="icims.com")
    sandra = Person("Sandra Ruiz", "sandra.ruiz@desertwillowresort.com", tz=PHX, style="outlook",
                    sig="Sandra Ruiz\nDirector of Retail Operations\nDesert Willow Resort & Spa")
    amber = Person("Amber Kowalski", "amber.kowalski@desertwillowresort.com", tz=PHX,
                   style="outlook",
                   sig="Amber Kowalski\nHR Coordinator | Desert Willow Resort & Spa\n480-555-0161")
    # Mercado del Sol (family grocery chain; the director writes from Yahoo)
    rosa = Person("Rosa Villanueva", "rosavillanueva62@yahoo.com", tz=PHX, style="webmail",
                  msgid_domain="mail.yahoo.com")
    # Sonoran Home Furnishings, through Indeed's relay
    kyle = Person("Kyle Brandt", "kylebrandt-5c2e9a71@indeedemail.com", tz=PHX, style="auto",
                  msgid_domain="indeed.com")
    indeed = Person("Indeed", "no-reply@indeed.com", tz=CHI, style="auto", auto=True,
                    msgid_domain="indeed.com")
    # Networking
    lauren = Person("Lauren Kessler", "lauren.kessler@sonoranskyhotels.com", tz=PHX,
                    style="outlook",
                    sig="Lauren Kessler\nDirector of Operations | Sonoran Sky Hotel \u2013 "
                        "Camelback\n602-555-0191")
    mike_cal = Person("Mike Tran", "mike.tran@coppercountrygrocers.com", tz=PHX, style="gcal")
    mike = Person("Mike Tran", "mike.tran@coppercountrygrocers.com", tz=PHX, style="gmail")
    harvest = Person("Harvest Hill Foods", "harvesthill@myworkday.com", tz=DEN, style="auto",
                     auto=True, msgid_domain="myworkday.com")

    # Current job and the rest of life
    tom = Person("Tom Bauer", "tom.bauer@arroyohg.com", tz=PHX, style="outlook")
    denise = Person("Denise Carver", "denise.carver@arroyohg.com", tz=PHX, style="outlook",
                    sig="Denise Carver\nDistrict Manager \u2013 Phoenix North\nArroyo Home & "
                        "Garden\n602-555-0110")
    derrick = Person("Derrick Olsen", "derrick.olsen@arroyohg.com", tz=PHX, style="outlook",
                     sig="Derrick Olsen\nRegional Asset Protection Manager\nArroyo Home & Garden"
                         " | Southwest Region\n602-555-0118")
    derrick_cal = Person("Derrick Olsen", "derrick.olsen@arroyohg.com", tz=PHX, style="outlook")
    myshift = Person("Arroyo MyShift", "noreply@myshift.arroyohg.com", tz=PHX, style="auto",
                     auto=True)
    arroyo_wd = Person("Arroyo Home & Garden", "arroyohg@myworkday.com", tz=PHX, style="auto",
                       auto=True, msgid_domain="myworkday.com")
    olivia_ar = Person("Olivia | Arroyo Careers", "olivia@paradox.ai", tz=PHX, style="auto",
                       auto=True, msgid_domain="paradox.ai")
    jayden = Person("Jayden Morales", "jaydenmorales07@gmail.com", tz=PHX, style="gmail")
    erin = Person("Erin Sandoval", "erin.sandoval.az@gmail.com", tz=PHX, style="gmail")
    league = Person("North Valley Youth Soccer", "info@nvysoccer.org", tz=PHX, style="auto",
                    auto=True)
    shop_auto = Person("Valley Auto & Transmission", "appointments@valleyautotrans.com", tz=PHX,
                       style="auto", auto=True)
    manny = Person("Manny Ochoa", "manny@valleyautotrans.com", tz=PHX, style="gmail",
                   sig="Manny Ochoa\nService Advisor\nValley Auto & Transmission\n"
                       "3302 W. Bell Rd, Phoenix AZ 85053 | 602-555-0170")
    parish = Person("St. Anne Catholic Church", "bulletin@stannephx.org", tz=PHX, style="auto",
                    auto=True)
    gloria = Person("Gloria Acosta", "gloria.acosta55@hotmail.com", tz=PHX, style="outlook")
    power = Person("Desert Valley Power", "ebill@desertvalleypower.com", tz=PHX, style="auto",
                   auto=True)
    fiber = Person("Saguaro Fiber", "billing@saguarofiber.net", tz=PHX, style="auto", auto=True)
    pharmacy = Person("CareWell Pharmacy", "no-reply@carewellrx.com", tz=CHI, style="auto",
                      auto=True)
    storeops = Person("Store Ops Weekly", "newsletter@storeopsweekly.com", tz="America/New_York",
                      style="auto", auto=True)
    grocer = Person("The Grocery Leader", "brief@thegroceryleader.com", tz="America/New_York",
                    style="auto", auto=True)
    indeed_alert = Person("Indeed", "alert@indeed.com", tz=CHI, style="auto", auto=True,
                          msgid_domain="indeed.com")
    hospjobs = Person("HospitalityJobs Southwest", "alerts@hospitalityjobs-sw.com", tz=PHX,
                      style="auto", auto=True)
    mom = Person("Lupe Ruvalcaba", "lupe.ruvalcaba@hotmail.com", tz=PHX, style="outlook")
    vanessa = Person("Vanessa Price", "vprice.dfw@gmail.com", tz=CHI, style="gmail")
    school = Person("Desert Sage Elementary", "noreply@desertsageelementary.org", tz=PHX,
                    style="auto", auto=True)
    sportsline = Person("Sportsline Outlet", "orders@sportslineoutlet.com", tz="America/New_York",
                        style="auto", auto=True)
    cu = Person("Canyon State Credit Union", "alerts@canyonstatecu.org", tz=PHX, style="auto",
                auto=True)

    DANI = "Dani Ruvalcaba\n602-555-0139"
    DANI_FULL = ("Danielle (Dani) Ruvalcaba\nAssistant Store Manager, Arroyo Home & Garden #4417\n"
                 "602-555-0139 | dani.ruvalcaba@example.net")

    # ================================================================== JOB SEARCH

    # ---------------------------------------------------------- Sunridge Markets
    t = "Thank you for applying to Sunridge Markets"
    body = """Hi Danielle,

Thank you for your interest in Sunridge Markets! We have received your application for:

Store Director - Gilbert, AZ (New Store)
Requisition: R-24817

Our talent acquisition team carefully reviews every application. If your background is a match for the role, a member of our team will be in touch. You can check the status of your application at any time by signing in to your Candidate Home account.

We're glad you're considering a career with Sunridge, where every neighbor is family.

Sunridge Markets Talent Acquisition

This is an automated message. Please do not reply to this email."""
    c.add("sr_ack", sr_workday, [me], "2026-02-22 19:14", body, subject=t,
          html=html_of(body, t), html_only=True, headers=AUTO)
    c.thread("sr_ack", True, "application", "Sunridge Markets",
             "Workday acknowledgement for Store Director - Gilbert (R-24817); automated, nothing owed")

    c.add("sr_t1", tamara, [me], "2026-03-02 08:14", """Hi Danielle,

Thank you for applying for our Store Director opening at the new Gilbert store (Val Vista & Williams Field), which is scheduled to open in late summer. Your background running a high-volume big-box store caught my eye, and I'd like to set up a 30-minute phone screen.

Would any of these work? All times are Central:
- Thursday 3/5 at 11:00 AM or 2:00 PM
- Friday 3/6 at 9:30 AM

If none of those fit, send me a couple of options that do.

Best,""", subject="Store Director \u2013 Gilbert (new store) \u2013 quick call?")
    c.add("sr_t2", me, [tamara], "2026-03-02 19:40", """Hi Tamara,

Thanks for reaching out! Thursday 3/5 at 11:00 Central works great - that's 10 am Arizona time for me. Best number is my cell, 602-555-0139.

Looking forward to it,
Dani""", parent="sr_t1")
    c.add("sr_t3", tamara, [me], "2026-03-03 07:58",
          "Perfect, you're on my calendar for Thursday at 11 CST / 10 AZ. I'll call your cell.",
          parent="sr_t2")
    c.add("sr_t4", me, [tamara], "2026-03-05 12:50", """Hi Tamara,

Thank you for the call this morning. I enjoyed hearing about the Gilbert opening and how Sunridge builds the whole store team before grand opening - hiring and training a brand-new crew is the part of this job I like best.

I would welcome the chance to meet Greg and keep the conversation going.

Best,
""" + DANI, parent="sr_t3")
    c.add("sr_t5", tamara, [me], "2026-03-05 15:22", """Hi Dani,

Thank you - I enjoyed it too. I'm sending your profile over to Greg Holloway, our Regional Director for Arizona and New Mexico. He's tied up with a store opening in Las Cruces next week so it will be a little bit, but his assistant, Brenda Castillo, will reach out to get something on his calendar by Friday the 20th.

Have a great weekend,""", parent="sr_t4")
    c.meeting("sr_t1", at("2026-03-05 10:00"), at("2026-03-05 10:30"),
              met=[tamara.email], thanks={tamara.email: "sr_t4"}, what="Sunridge phone screen")
    c.promise("sr_t1", "sr_t5", tamara.email, "2026-03-20", answered_by="sr_b1")
    c.thread("sr_t1", True, "recruiter", "Sunridge Markets",
             "phone screen Thu Mar 5 10:00-10:30 MST (11 CST), thanked in the thread at 12:50; "
             "'Brenda will reach out ... by Friday the 20th' kept by Brenda's mail of Tue Mar 17")
    c.forbid("sr_t1", tamara.email,
             "phone screen Thu Mar 5 thanked in this thread the same day; her 'by Friday the 20th' "
             "was kept when Brenda wrote on Tue Mar 17")

    c.add("sr_b1", brenda, [me], "2026-03-17 10:02", """Good morning Danielle,

Tamara Jensen passed along your information. Greg Holloway would like to meet with you by video (Microsoft Teams) for about 45 minutes to discuss the Store Director role in Gilbert. He has the following openings, all Central Time:

Tuesday, March 24 - 1:00 PM
Thursday, March 26 - 11:00 AM
Friday, March 27 - 8:30 AM

Please let me know which one works best and I will send a Teams invitation.

Thank you,""", subject="Video Interview \u2013 Greg Holloway / Danielle Ruvalcaba")
    c.add("sr_b2", me, [brenda], "2026-03-17 09:31", """Hi Brenda,

Thursday, March 26 at 11:00 AM Central works best for me. Just to double-check: that's 9:00 AM here in Arizona, right? We don't change our clocks, so I'm two hours behind you until November.

Thank you,
""" + DANI, parent="sr_b1")
    c.add("sr_b3", brenda, [me], "2026-03-17 13:44", """Hi Danielle,

That's correct - 11:00 AM Central / 9:00 AM Arizona on Thursday the 26th. The Teams invitation will come from me shortly.

Thank you,""", parent="sr_b2")
    c.add("sr_b4", me, [brenda], "2026-03-26 13:52", """Hi Brenda,

Thank you for coordinating this morning's call with Greg and Monica. The Teams link worked without a hitch on my end, and I appreciate how quickly you got it on his calendar.

Best,
Dani""", parent="sr_b3")
    c.thread("sr_b1", True, "interview", "Sunridge Markets",
             "Greg's assistant offers three Central-time slots; Dani picks Thu Mar 26 11:00 CDT "
             "(9:00 MST); after the interview Dani thanks Brenda, who arranged it and was not on it")

    inv_title = "Sunridge Markets \u2013 Store Director Interview: Danielle Ruvalcaba / Greg Holloway"
    inv_desc = """Interview for Store Director - Gilbert, AZ (Store #612, opening August 2026)

Interviewers:
Greg Holloway, Regional Director - AZ/NM
Monica Reyes, HR Business Partner - Southwest (monica.reyes@sunridgemarkets.com)

Please join 5 minutes early to test your audio and video.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTBhYzkt>
Meeting ID: 284 551 930 117
Passcode: Yx7Kp2
Need help? <https://aka.ms/JoinTeamsMeeting>
________________________________________________________________________________"""
    ics = make_ics(method="REQUEST", uid=uid_outlook("sunridge", "greg"),
                   stamp=at("2026-03-17 13:52", brenda), start=at("2026-03-26 11:00", brenda),
                   end=at("2026-03-26 11:45", brenda), summary=inv_title, organizer=brenda_cal,
                   attendees=[(greg, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Central Standard Time", location="Microsoft Teams Meeting",
                   description=inv_desc, prodid="Microsoft Exchange Server 2010",
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    c.add("sr_inv", brenda_cal, [me], "2026-03-17 13:52", inv_desc, subject=inv_title,
          cc=[greg], ics=ics, ics_mode="outlook", sig=False)
    ics_acc = make_ics(method="REPLY", uid=uid_outlook("sunridge", "greg"),
                       stamp=at("2026-03-17 13:05"), start=at("2026-03-26 11:00", brenda),
                       end=at("2026-03-26 11:45", brenda), summary=inv_title,
                       organizer=brenda_cal, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                       tzid="Central Standard Time", prodid="-//Example Webmail//Calendar 4.2//EN")
    c.add("sr_inv_acc", me, [brenda_cal], "2026-03-17 13:05",
          "Dani Ruvalcaba has accepted this invitation.", parent="sr_inv",
          subject="Accepted: " + inv_title, ics=ics_acc, ics_mode="attach", quote=False)
    c.meeting("sr_inv", at("2026-03-26 09:00"), at("2026-03-26 09:45"),
              met=[greg.email, monica_addr[1]], thanks={greg.email: "sr_g1"},
              what="Sunridge regional director interview (Teams)")
    c.thread("sr_inv", True, "interview", "Sunridge Markets",
             "Teams invite in 'Central Standard Time': Thu Mar 26 11:00-11:45 CDT = 09:00-09:45 MST; "
             "organiser Brenda (assistant, not on the call); Monica Reyes named with her address "
             "only in the description; Greg thanked in a new thread, Monica never")
    c.expect("thank_you", "sr_inv", monica_addr[1],
             "interviewer named (with address) only in the Teams description; the Thu Mar 26 "
             "09:00-09:45 MST interview took place; only Greg was thanked (and Brenda, who was not "
             "on it); overdue since Fri Mar 27 09:45")
    c.forbid("sr_inv", greg.email,
             "thanked in a new thread ('Thank you - Store Director conversation this morning') at "
             "13:40 the same day; his 'by Friday 4/10' is still ahead")
    c.forbid("sr_inv", brenda.email,
             "the assistant who organised the Teams meeting; she was not on the call and promised "
             "nothing dated (Dani thanked her anyway)")

    c.add("sr_g1", me, [greg], "2026-03-26 13:40", """Hi Greg,

Thank you for taking the time to talk with me this morning about the Gilbert store. Hearing that you want the opening team hired and trained six weeks before the doors open made me even more excited about the role.

A few reasons I think I'd be a strong fit:
- I'm second-in-command of a $68M-a-year store with 140 associates, and I led our last two remodels while keeping sales on plan.
- Last fall I hired and onboarded 45 seasonal associates using group interviews much like the ones you described.
- Our store has had the lowest shrink in the district two years running, which matters even more in a brand-new building.

I'm very interested in helping open Gilbert, and I'll check in with Tamara the week after next if I haven't heard anything by then. Thanks again for your time and consideration.

""" + DANI_FULL, subject="Thank you \u2013 Store Director conversation this morning")
    c.add("sr_g2", greg, [me], "2026-03-27 07:12", """Dani,

Thanks for the note and for your time yesterday, enjoyed the conversation. We're still talking with a couple of other candidates this week and next. Monica will come back to you by Friday 4/10 either way.

Greg

Greg Holloway
Regional Director - AZ/NM | Sunridge Markets
Sent from Outlook for iOS""", parent="sr_g1")
    c.promise("sr_g1", "sr_g2", greg.email, "2026-04-10")
    c.thread("sr_g1", True, "interview", "Sunridge Markets",
             "Dani's thank-you to Greg in a new thread; his reply mentions other candidates and "
             "promises word from Monica 'by Friday 4/10' (still ahead at now)")

    # ---------------------------------------------------------- Poppy Lane Markets
    t = "Your application has been submitted: District Manager \u2013 Arizona"
    body = """Indeed

Application submitted

District Manager - Arizona
Poppy Lane Markets - Phoenix, AZ

The following items were sent to Poppy Lane Markets. Good luck!
- Application
- Resume: Danielle_Ruvalcaba_Resume_2026.pdf

Next steps
The employer or job advertiser may reach out to you about your application.

Track your applications in My Jobs.

Jobs you may be interested in:
Store Manager - natural foods market - Scottsdale, AZ
District Manager, Retail - Glendale, AZ

(c) 2026 Indeed - Do not reply to this email."""
    c.add("pl_ack", indeed_apply, [me], "2026-03-09 22:36", body, subject=t,
          html=html_of(body, t), html_only=True, headers=AUTO)
    c.thread("pl_ack", True, "application", "Poppy Lane Markets",
             "Indeed Apply confirmation; automated, nothing owed")

    c.add("pl_1", jenna, [me], "2026-03-17 10:20", """Hi Danielle,

I'm the recruiter supporting our District Manager search for Arizona. We're opening four stores in the Phoenix area over the next 18 months, and the DM will build that district from the ground up. Your application stood out, especially the remodel work.

Would Monday 3/23 at 9:00 a.m. Pacific work for a 30-minute phone conversation? If not, Tuesday afternoon is wide open.

Thanks,
Jenna""", subject="Poppy Lane Markets \u2013 District Manager (Arizona)")
    c.add("pl_2", me, [jenna], "2026-03-17 18:02", """Hi Jenna,

Monday the 23rd at 9:00 Pacific works for me. Since you all sprang forward last weekend, that's 9:00 here in Phoenix too, which makes it easy! My cell is 602-555-0139.

Dani""", parent="pl_1")
    c.add("pl_3", jenna, [me], "2026-03-18 08:03",
          "Ha, perfect - we're on the same clock until November. Talk Monday!\n\nJenna",
          parent="pl_2", sig=False)
    c.add("pl_4", me, [jenna], "2026-03-23 10:48", """Hi Jenna,

Thank you for the call this morning. It was great to learn more about the Arizona expansion and that the DM will have a say in the sites and in picking the first four store managers.

Building a district from scratch is exactly the challenge I'm looking for, and I'd love to talk with Mark whenever his schedule allows.

Best,
""" + DANI, parent="pl_3")
    c.add("pl_5", jenna, [me], "2026-03-23 15:41", """Hi Dani,

Thank you, I enjoyed it! Mark is on the road doing store visits all week, but I'll reach out Thursday with next steps once I've had a chance to catch him.

Jenna""", parent="pl_4")
    c.meeting("pl_1", at("2026-03-23 09:00"), at("2026-03-23 09:30"),
              met=[jenna.email], thanks={jenna.email: "pl_4"}, what="Poppy Lane phone screen")
    c.promise("pl_1", "pl_5", jenna.email, "2026-03-26")
    c.thread("pl_1", True, "recruiter", "Poppy Lane Markets",
             "phone screen Mon Mar 23 09:00 PDT = 09:00 MST (after the clock change), thanked in "
             "the thread; 'I'll reach out Thursday' (Mar 26) and nothing from Poppy Lane since")
    c.expect("callback", "pl_1", jenna.email,
             "'I'll reach out Thursday with next steps' (Thu Mar 26, no time); nothing from "
             "poppylanemarkets.com since; due at the end of Mon Mar 30", promised="2026-03-26")

    # ---------------------------------------------------------- Pinnacle Outfitters
    c.add("pn_s1", sheila, [me], "2026-03-13 21:22", """girl guess who I ran into at the gym, my old DM Ray Delgado. he has an SM spot opening at the Chandler Pinnacle and I told him he NEEDS to talk to you. gave him your email + cell, hope thats ok!! hes a good guy, kinda old school. expect a text or an email from him""",
          subject="ray @ pinnacle")
    c.add("pn_s2", me, [sheila], "2026-03-13 22:05",
          "Sheila!! Thank you, that's awesome, and of course it's ok. I owe you a margarita \U0001F379",
          parent="pn_s1")
    c.thread("pn_s1", True, "networking", "Pinnacle Outfitters",
             "a friend passes Dani's details to Ray Delgado; no meeting with Sheila, nothing owed")

    c.add("pn_r1", ray, [me], "2026-03-15 20:41", """Hi Dani Sheila Ortiz gave me ur info. I have a store mgr opening at our Chandler store (#231, Chandler Blvd & 54th St) can u meet me there Thurs between 2 and 4, we'll walk the store and talk

Ray Delgado
District Manager, Pinnacle Outfitters
480-555-0178

Sent from my iPhone""", subject="SM opening Chandler")
    c.add("pn_r2", me, [ray], "2026-03-15 21:28", """Hi Ray,

Thanks so much for reaching out, and for the Sheila connection! Thursday works - I'll plan to be there at 2:00. Should I ask for you at the front?

""" + DANI, parent="pn_r1")
    c.add("pn_r3", ray, [me], "2026-03-16 05:52", "yes service desk, see u thurs\n\nSent from my iPhone",
          parent="pn_r2")
    c.add("pn_r4", ray, [me], "2026-03-19 17:48",
          "good meeting u today Dani. passing ur resume to Stacy in HR so she can set up next round w me and Carla\n\nSent from my iPhone",
          parent="pn_r3")
    c.add("pn_r5", me, [ray], "2026-03-19 20:12",
          "Sounds good, Ray. I'll keep an eye out for Stacy's email. Have a good night!\n\nDani",
          parent="pn_r4")
    c.meeting("pn_r1", at("2026-03-19 14:00"), at("2026-03-19 16:00"), met=[ray.email],
              what="Pinnacle store walk with the DM")
    c.thread("pn_r1", True, "interview", "Pinnacle Outfitters",
             "district manager writing from personal Gmail: 'walk the store' Thu Mar 19 between 2 "
             "and 4 took place (his 'good meeting u today'); the only thanks came before it; her "
             "reply that evening thanks nobody")
    c.expect("thank_you", "pn_r1", ray.email,
             "store walk Thu Mar 19 14:00-16:00 took place; the only 'thanks' (Mar 15) came before "
             "it and her evening reply does not thank him; overdue since Fri Mar 20 16:00")

    c.add("pn_h1", stacy, [me], "2026-03-23 09:05", """Hi Danielle,

Ray Delgado enjoyed walking the Chandler store with you last week and asked me to set up the next step: a panel interview with Ray and Carla Medina, our Regional HR Manager (carla.medina@pinnacleoutfitters.com).

Panels are held at our district office: 1840 W. Baseline Rd, Suite 210, Tempe, AZ 85283.

Would Monday, March 30 from 1:00-2:30 p.m. Arizona time work for you? (That's 2:00-3:30 Mountain for those of us in Salt Lake.) Please bring a copy of your resume and a recent P&L you're comfortable walking through, with any confidential numbers removed.

Thank you,""", subject="Pinnacle Outfitters \u2013 Store Manager, Chandler #231 \u2013 Next Steps")
    c.add("pn_h2", me, [stacy], "2026-03-23 12:06", """Hi Stacy,

Monday, March 30 at 1:00 Arizona time works for me. I'll bring both.

Thank you,
""" + DANI, parent="pn_h1")
    c.add("pn_h3", stacy, [me], "2026-03-26 14:31", """Hi Danielle,

I'm sorry to do this - Carla has had a conflict come up on Monday. Would the following Monday, April 6, at the same time (1:00-2:30 p.m. Arizona) work instead? Same location.

Apologies for the shuffle,""", parent="pn_h2")
    c.add("pn_h4", me, [stacy], "2026-03-26 16:02", "April 6 works.\n\nDani", parent="pn_h3")
    c.thread("pn_h1", True, "interview", "Pinnacle Outfitters",
             "HR coordinator sets a panel for Mon Mar 30 13:00-14:30 MST (14:00 MDT), then moves it "
             "to the following Monday, Apr 6; Dani agrees in three words")

    p_title = "Panel Interview \u2013 Danielle Ruvalcaba \u2013 Store Manager, Chandler #231"
    p_desc = """Panel interview - Store Manager, Chandler #231
Panel: Ray Delgado (District Manager), Carla Medina (Regional HR Manager)
Location: Pinnacle Outfitters District Office, 1840 W. Baseline Rd, Suite 210, Tempe AZ 85283
Please check in at the front desk on the 2nd floor."""
    room = ("TEM District Office - Conf Rm 210", "tem-conf210@pinnacleoutfitters.com")
    ics1 = make_ics(method="REQUEST", uid=uid_outlook("pinnacle", "panel"),
                    stamp=at("2026-03-23 13:20", stacy), start=at("2026-03-30 14:00", stacy),
                    end=at("2026-03-30 15:30", stacy), summary=p_title, organizer=stacy_cal,
                    attendees=[(ray_work, "ACCEPTED", "INDIVIDUAL"),
                               (carla_addr, "ACCEPTED", "INDIVIDUAL"),
                               (me, "NEEDS-ACTION", "INDIVIDUAL"),
                               (room, "ACCEPTED", "ROOM")],
                    tzid="Mountain Standard Time", location="TEM District Office - Conf Rm 210",
                    description=p_desc, prodid="Microsoft Exchange Server 2010",
                    extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    c.add("pn_i1", stacy_cal, [me], "2026-03-23 13:20", p_desc, subject=p_title,
          cc=[Person(*ray_work), Person(*carla_addr)], ics=ics1, ics_mode="outlook")
    ics2 = make_ics(method="REQUEST", uid=uid_outlook("pinnacle", "panel"),
                    stamp=at("2026-03-27 08:10", stacy), start=at("2026-04-06 14:00", stacy),
                    end=at("2026-04-06 15:30", stacy), summary=p_title, organizer=stacy_cal,
                    attendees=[(ray_work, "ACCEPTED", "INDIVIDUAL"),
                               (carla_addr, "ACCEPTED", "INDIVIDUAL"),
                               (me, "NEEDS-ACTION", "INDIVIDUAL"),
                               (room, "ACCEPTED", "ROOM")],
                    tzid="Mountain Standard Time", location="TEM District Office - Conf Rm 210",
                    description="Moved to Monday 4/6 (same time) at Carla's request.\n\n" + p_desc,
                    sequence=1, prodid="Microsoft Exchange Server 2010",
                    extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    c.add("pn_i2", stacy_cal, [me], "2026-03-27 08:10",
          "Moved to Monday 4/6 (same time) at Carla's request.\n\n" + p_desc,
          subject="Updated: " + p_title, parent="pn_i1", quote=False,
          cc=[Person(*ray_work), Person(*carla_addr)], ics=ics2, ics_mode="outlook")
    c.meeting("pn_i1", at("2026-03-30 13:00"), at("2026-03-30 14:30"),
              met=[carla_addr[1], ray_work[1]], status="moved", what="Pinnacle panel (original)")
    c.meeting("pn_i1", at("2026-04-06 13:00"), at("2026-04-06 14:30"),
              met=[carla_addr[1], ray_work[1]], status="scheduled", what="Pinnacle panel (moved)")
    c.thread("pn_i1", True, "interview", "Pinnacle Outfitters",
             "Outlook invites in 'Mountain Standard Time' (MDT): panel first Mon Mar 30 14:00-15:30 "
             "MDT = 13:00-14:30 MST, then SEQUENCE 1 for Mon Apr 6; Ray appears here under his work "
             "address; room resource in the attendees")
    c.forbid("pn_i1", carla_addr[1],
             "the panel of Mon Mar 30 was moved to Mon Apr 6 13:00 MST; it has not taken place")

    # ---------------------------------------------------------- Bright Basket Grocery
    t = "Dani, let's get your Bright Basket interview on the calendar!"
    body = """Hi Dani! \U0001F44B

It's Olivia, Bright Basket's virtual recruiting assistant. Thanks for your interest in the Store Manager - Phoenix Metro position!

Great news: you're invited to our Store Leadership Hiring Event at the Tempe Lakeside Hotel. Tap below to choose the time that works best for you:

- Saturday, March 21 - 9:00 AM
- Saturday, March 21 - 1:00 PM
- Sunday, March 22 - 10:00 AM

[Schedule my interview]

Questions? Just reply to this email or text me at (480) 555-0100 and I'll do my best to help.

Olivia
Bright Basket Recruiting Assistant"""
    c.add("bb_o1", olivia_bb, [me], "2026-03-10 14:03", body, subject=t,
          html=html_of(body, t), html_only=True, headers=AUTO)
    t2 = "You're confirmed! Bright Basket Hiring Event \u2013 Sat, March 21 at 9:00 AM"
    body = """You're all set, Dani! \U0001F389

Event: Bright Basket Store Leadership Hiring Event
Position: Store Manager - Phoenix Metro
Date: Saturday, March 21, 2026
Time: 9:00 AM - 11:00 AM (Arizona time)
Location: Tempe Lakeside Hotel, Palo Verde Room (2nd floor), 1100 E. Lakeshore Dr, Tempe, AZ 85281

What to expect: a group interview with other store leadership candidates, followed by short one-on-one conversations with members of our district leadership team. Business casual attire. Please bring a copy of your resume.

Need to reschedule? Reply RESCHEDULE or use the link below.

Olivia
Bright Basket Recruiting Assistant"""
    ics = make_ics(method="REQUEST", uid=uid_uuid("brightbasket", "event", "dani"),
                   stamp=at("2026-03-11 06:31"), start=at("2026-03-21 09:00"),
                   end=at("2026-03-21 11:00"),
                   summary="Bright Basket Store Leadership Hiring Event \u2013 Group Interview",
                   organizer=olivia_bb, attendees=[(me, "ACCEPTED", "INDIVIDUAL")], tzid=PHX,
                   location="Tempe Lakeside Hotel, Palo Verde Room (2nd floor), 1100 E. "
                            "Lakeshore Dr, Tempe, AZ 85281",
                   description="Group interview for Store Manager - Phoenix Metro, followed by "
                               "one-on-ones with district leadership. Bring a copy of your resume.",
                   prodid="-//Paradox//Olivia Scheduling//EN")
    c.add("bb_o2", olivia_bb, [me], "2026-03-11 06:31", body, subject=t2, parent="bb_o1",
          html=html_of(body, t2), html_only=True, headers=AUTO, ics=ics, ics_mode="attach")
    t3 = "Reminder: Bright Basket Hiring Event tomorrow at 9:00 AM"
    body = """See you tomorrow, Dani!

Bright Basket Store Leadership Hiring Event
Saturday, March 21 at 9:00 AM (Arizona time)
Tempe Lakeside Hotel, Palo Verde Room

Parking is free in the north garage. Look for the Bright Basket sign-in table outside the Palo Verde Room and check in with our team.

Running late or can't make it? Reply to this email and I'll help you find a new time.

Olivia"""
    c.add("bb_o3", olivia_bb, [me], "2026-03-20 09:00", body, subject=t3, parent="bb_o2",
          html=html_of(body, t3), html_only=True, headers=AUTO)
    c.meeting("bb_o1", at("2026-03-21 09:00"), at("2026-03-21 11:00"),
              met=[andre.email, keisha.email, renee.email],
              thanks={andre.email: "bb_t1", keisha.email: "bb_t1", renee.email: "bb_r2"},
              what="Bright Basket hiring event group interview")
    c.thread("bb_o1", True, "interview", "Bright Basket Grocery",
             "Paradox 'Olivia' chatbot: slot invitation, confirmation with ICS (Sat Mar 21 09:00-11:00 "
             "MST, group interview) and a reminder; automated sender")
    c.forbid("bb_o1", olivia_bb.email,
             "Paradox 'Olivia' scheduling assistant: an automated sender (it also writes for "
             "Dani's own employer)")

    c.add("bb_r1", renee, [me], "2026-03-21 15:48", """Hi Dani,

Thank you for spending your Saturday morning with us at the Tempe Lakeside Hotel! It was great to see so much store leadership talent in one room.

During the group session and one-on-ones you met with Andre Wallace, our District Leader for the East Valley, and Keisha Boone, Store Manager of our Mesa store at Power & McKellips. A few candidates asked how to reach them, so here they are:

Andre Wallace - andre.wallace@brightbasket.com
Keisha Boone - keisha.boone@brightbasket.com

Our leadership team will review everyone's interviews this week, and we aim to let every candidate know by Monday, March 30 whether we'll be moving forward to a store visit.

Have a wonderful weekend!""", subject="Thank you for attending the Bright Basket Hiring Event")
    c.add("bb_r2", me, [renee], "2026-03-22 16:05", """Hi Renee,

Thank you for organizing yesterday, and for sharing Andre's and Keisha's emails - I've just sent them a note. I enjoyed the event and look forward to hearing about next steps.

""" + DANI, parent="bb_r1")
    c.promise("bb_r1", "bb_r1", renee.email, "2026-03-30")
    c.thread("bb_r1", True, "interview", "Bright Basket Grocery",
             "TA partner's mail after the event names the two leaders with addresses and says 'we "
             "aim to let every candidate know by Monday, March 30'; Dani thanks her in the thread")
    c.forbid("bb_r1", renee.email,
             "'we aim to let every candidate know by Monday, March 30': the day has passed but two "
             "business days of grace run to the end of Wed Apr 1; she was thanked on Mar 22")
    c.forbid("bb_r1", keisha.email,
             "thanked by Dani's note of Sun Mar 22 to Andre with Keisha in Cc (one note satisfies "
             "each addressee; the lint may flag it)")

    c.add("bb_t1", me, [andre], "2026-03-22 15:58", """Andre and Keisha,

Thank you both for your time at Saturday's hiring event. I know a Saturday morning away from the stores is no small thing, and I appreciated how candid you were about what the first year of a new Bright Basket location looks like.

Why I believe I'd be a good fit for the Phoenix Metro store manager role:
- Six years in big-box store leadership, the last three as assistant store manager of a high-volume store.
- I've hired seasonal teams of 40+ through group interviews like Saturday's, so I know how much work goes into them.
- Fresh would be new to me, but I run our 12,000 sq ft garden center, which lives and dies by perishable shrink.

I'm very interested in the role and will follow up with Renee after the 30th if I haven't heard. Thank you again for your time and consideration.

""" + DANI_FULL, subject="Thank you \u2013 Saturday's hiring event in Tempe", cc=[keisha])
    c.thread("bb_t1", True, "interview", "Bright Basket Grocery",
             "one thank-you note to Andre with Keisha in Cc, the day after the event")

    # ---------------------------------------------------------- Maker's Mercantile
    t = "Thanks for applying to Maker's Mercantile!"
    body = """Hi Danielle,

Thank you for applying for Store Manager - Scottsdale (Scottsdale Rd & Shea) at Maker's Mercantile. We've received your application and our team is reviewing it now.

If your experience is a fit, someone from our talent team will reach out about next steps. In the meantime, you can view your application status in your SmartRecruiters candidate portal.

Happy making!
The Maker's Mercantile Talent Team"""
    c.add("mm_ack", smartr, [me], "2026-03-04 16:20", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.thread("mm_ack", True, "application", "Maker's Mercantile",
             "SmartRecruiters acknowledgement; automated, nothing owed")

    c.add("mm_1", heather, [me], "2026-03-18 09:12", """Hi Danielle,

Thanks for your interest in leading our Scottsdale store! I'd love to get you in front of Tonya Bishop, our District Manager for Arizona, for a virtual interview (Google Meet, about 45 minutes).

Tonya has these times open - I've listed them in Arizona time to make it easy:
Tues 3/24 - 9:00 am or 10:30 am
Wed 3/25 - 1:00 pm

Which works best?

Heather""", subject="Maker's Mercantile \u2013 Store Manager, Scottsdale")
    c.add("mm_2", me, [heather], "2026-03-18 10:40",
          "Hi Heather, Tuesday 3/24 at 9:00 am Arizona time please. Thanks! Dani",
          parent="mm_1")
    c.add("mm_3", heather, [me], "2026-03-18 13:02", """You got it! The calendar invite will come from me. I'll hop on for the first 10 minutes to walk you through the role and the Scottsdale store, then hand you off to Tonya.

Heather""", parent="mm_2")
    c.add("mm_4", me, [heather], "2026-03-24 10:35", """Hi Heather,

Thank you for setting up this morning's interview and for the overview of the Scottsdale store at the start - it helped to know about the remodel before talking with Tonya. I enjoyed the conversation and I'm very interested in the role.

Best,
""" + DANI, parent="mm_3")
    c.add("mm_5", heather, [me], "2026-03-24 14:05", """Thanks so much, Dani! Tonya is wrapping up her last interviews this week, and we'll have an answer for you by Wednesday, April 1.

Heather""", parent="mm_4")
    c.add("mm_6", heather, [me], "2026-03-27 15:32", """Hi Dani,

Thank you again for taking the time to meet with Tonya this week. It was a difficult decision, and she has decided to move forward with another candidate whose background lines up a little more closely with where the Scottsdale store is right now.

This isn't a reflection of your leadership - Tonya mentioned how much she liked your approach to scheduling. We'd love to keep your resume on file and reach out as new Arizona stores come up later this year.

Wishing you all the best,
Heather""", parent="mm_5")
    c.promise("mm_1", "mm_5", heather.email, "2026-04-01", ended_by="mm_6")
    c.thread("mm_1", True, "rejection", "Maker's Mercantile",
             "recruiter offers Tonya's slots in Arizona time; Dani thanks Heather (who ran the first "
             "10 minutes) after the interview; 'answer by Wednesday, April 1' ended by a gentle "
             "rejection on Fri Mar 27")
    c.forbid("mm_1", heather.email,
             "she ran the first part of the interview and was thanked on Tue Mar 24; the rejection "
             "of Fri Mar 27 ended her 'by Wednesday, April 1'")

    mm_title = ("Maker's Mercantile \u2013 Store Manager (Scottsdale) \u2013 Dani Ruvalcaba / "
                "Tonya Bishop")
    mm_desc = """Agenda (times Central):
11:00-11:10  Welcome, role overview and the Scottsdale remodel - Heather Simms
11:10-11:45  Interview - Tonya Bishop, District Manager, Arizona

Join with Google Meet: https://meet.google.com/wzk-qpdr-ebx"""
    ics = make_ics(method="REQUEST", uid=uid_google("makers", "tonya"),
                   stamp=at("2026-03-18 13:05", heather), start=at("2026-03-24 11:00", heather),
                   end=at("2026-03-24 11:45", heather), summary=mm_title, organizer=heather_cal,
                   attendees=[(heather_cal, "ACCEPTED", "INDIVIDUAL"),
                              (tonya_addr, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=CHI, location="Google Meet", description=mm_desc)
    subj = ("Invitation: %s @ Tue Mar 24, 2026 11am - 11:45am (CDT) (dani.ruvalcaba@example.net)"
            % mm_title)
    c.add("mm_inv", heather_cal, [me], "2026-03-18 13:05",
          gcal_text("Heather Simms", mm_title,
                    "Tuesday Mar 24, 2026 11am \u2013 11:45am (Central Time - Chicago)",
                    ["Heather Simms - organizer", "Tonya Bishop", "dani.ruvalcaba@example.net"],
                    mm_desc, "meet.google.com/wzk-qpdr-ebx"),
          subject=subj, ics=ics, ics_mode="google", headers=GCAL)
    c.meeting("mm_inv", at("2026-03-24 09:00"), at("2026-03-24 09:45"),
              met=[heather.email, tonya_addr[1]], thanks={heather.email: "mm_4"},
              what="Maker's Mercantile interview")
    c.thread("mm_inv", True, "interview", "Maker's Mercantile",
             "Google Calendar invite, Tue Mar 24 11:00-11:45 CDT = 09:00-09:45 MST; agenda: Heather "
             "10 min, then Tonya; Tonya's address only in the ICS")
    c.expect("thank_you", "mm_inv", tonya_addr[1],
             "interviewer on Tue Mar 24 09:00-09:45 MST; never thanked (only Heather was); the "
             "rejection of Mar 27 ends callbacks, not a thank-you owed; overdue since Mar 25 09:45")

    # ---------------------------------------------------------- Big Sky Travel Plazas
    c.add("bs_1", luis, [me], "2026-03-03 14:20", """Hello Danielle,

Thank you for your interest in the General Manager position at our Buckeye travel plaza. We would like to schedule a Zoom interview with Wade Pruitt, Director of Operations - West (wade.pruitt@bigskyplazas.com), and me.

Are you available Monday, March 9 at 9:00 AM MST? Please note Texas moves to daylight time on Sunday the 8th, so that will be 11:00 AM for us.

Regards,""", subject="General Manager \u2013 Buckeye Travel Plaza (I-10 Exit 114) | Interview",
          cc=[wade])
    c.add("bs_2", me, [luis], "2026-03-03 18:15", """Hi Luis,

Monday 3/9 at 9 MST works for me - and thank you for doing the time zone math. Arizona confuses everyone twice a year.

Best,
""" + DANI, parent="bs_1", cc=[wade])
    c.add("bs_3", luis, [me], "2026-03-04 08:30", """Danielle,

This email confirms your Zoom interview with Wade Pruitt and me on Monday, March 9, 2026 from 9:00 to 10:00 AM MST (11:00 AM-12:00 PM CDT).

Join Zoom Meeting
https://bigskyplazas.zoom.us/j/83315570214?pwd=Rk9vT2xjQ2hmUlp3
Meeting ID: 833 1557 0214
Passcode: 557021

Regards,""", parent="bs_2", cc=[wade])
    c.add("bs_4", me, [luis], "2026-03-09 11:20", """Hi Luis,

Thank you for the interview this morning. I appreciated hearing how the Buckeye plaza balances the fuel island, the c-store and the restaurant partners - it's a bigger operation than most people realize, and that is exactly what appeals to me.

I'm very interested in the GM role and look forward to hearing from you.

Best regards,
""" + DANI, parent="bs_3")
    c.add("bs_5", luis, [me], "2026-03-09 15:10", """Danielle,

Thank you. Our finalist review is this Thursday, March 12, and a decision will be made by Friday, March 13. I will be in touch either way.

Regards,""", parent="bs_4")
    c.meeting("bs_1", at("2026-03-09 09:00"), at("2026-03-09 10:00"),
              met=[luis.email, wade.email], thanks={luis.email: "bs_4", wade.email: "bs_w1"},
              what="Big Sky Zoom interview")
    c.promise("bs_1", "bs_5", luis.email, "2026-03-13")
    c.thread("bs_1", True, "interview", "Big Sky Travel Plazas",
             "Zoom interview Mon Mar 9 09:00-10:00 MST, set before the Texas clock change ('this "
             "email confirms'); both interviewers thanked that day; 'a decision will be made by "
             "Friday, March 13' after a Thursday finalist review, then silence")
    c.expect("callback", "bs_1", luis.email,
             "passive promise 'a decision will be made by Friday, March 13'; nothing from "
             "bigskyplazas.com since; due at the end of Tue Mar 17, stale only from Apr 1",
             promised="2026-03-13")
    c.forbid("bs_1", wade.email,
             "interviewer thanked in his own thread on Mar 9; the dated promise is Luis's, so a "
             "chaser goes to Luis")
    c.add("bs_w1", me, [wade], "2026-03-09 11:34", """Hi Wade,

Thank you for meeting with me this morning. Your story about keeping the Buckeye plaza open through last summer's monsoon outages stuck with me.

A few reasons I think I'd be a good fit for the GM role:
- I run a 24-hour receiving operation today, so overnight trucks and vendor check-ins are second nature.
- I've cut overtime 11% at my store by rebuilding the schedule around traffic counts.
- I hire, train and keep hourly teams - our 90-day retention is the best in the district.

I'm very interested in the role and will look for Luis's update after your review. Thanks again for your time.

""" + DANI_FULL, subject="Thank you \u2013 General Manager interview (Buckeye)")
    c.thread("bs_w1", True, "interview", "Big Sky Travel Plazas",
             "Dani's separate thank-you to the second interviewer; no reply")

    # ---------------------------------------------------------- Desert Willow Resort & Spa
    t = "Thank you for applying \u2013 Retail Operations Manager"
    body = """Dear Danielle,

Thank you for applying for the Retail Operations Manager position (Req 2026-0412) at Desert Willow Resort & Spa.

Our Talent Acquisition team will review your qualifications. If your experience matches our needs, we will contact you to discuss next steps.

Warm regards,
Desert Willow Resort & Spa Talent Acquisition

Please do not reply to this message. This mailbox is not monitored."""
    c.add("dw_ack", icims, [me], "2026-02-26 20:05", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.thread("dw_ack", True, "application", "Desert Willow Resort & Spa",
             "iCIMS acknowledgement; automated, nothing owed")
    t = "Interview Confirmation \u2013 Retail Operations Manager (2026-0412)"
    body = """Dear Danielle,

This message confirms your interview for the Retail Operations Manager position at Desert Willow Resort & Spa.

Date: Friday, March 13, 2026
Time: 10:00 AM - 11:00 AM (Arizona Time)
Location: Desert Willow Resort & Spa - Human Resources Office (lower level, Building C)
7700 E. Palo Verde Canyon Rd, Scottsdale, AZ 85255

You will meet with:
Sandra Ruiz, Director of Retail Operations - sandra.ruiz@desertwillowresort.com
Paul Okafor, Boutique Manager

Please arrive 10 minutes early and check in at the Security desk for a visitor badge. Complimentary valet is available for interview guests.

If you need to reschedule, please contact Amber Kowalski, HR Coordinator, at amber.kowalski@desertwillowresort.com or 480-555-0161.

This is an automated message from our applicant tracking system."""
    c.add("dw_conf", icims, [me], "2026-03-09 16:44", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.meeting("dw_conf", at("2026-03-13 10:00"), at("2026-03-13 11:00"),
              met=[sandra.email], thanks={sandra.email: "dw_s1"},
              what="Desert Willow onsite interview")
    c.thread("dw_conf", True, "interview", "Desert Willow Resort & Spa",
             "iCIMS confirmation without ICS naming the interviewers (Sandra with address, Paul "
             "without); onsite Fri Mar 13 10:00-11:00; Sandra thanked the same day")
    c.add("dw_s1", me, [sandra], "2026-03-13 15:30", """Dear Sandra,

Thank you for meeting with me this morning and for the walk through the boutiques. Seeing how the resort treats retail as part of the guest experience - not an afterthought - made me even more interested in the Retail Operations Manager role.

Why I think I'd be a strong fit:
- I oversee merchandising, inventory and about 60 associates on my shifts in a 140-person store.
- I've led two store remodels on time and on budget.
- I'm bilingual (English/Spanish), which I understand matters with your team and your guests.

Please pass my thanks to Paul as well. I look forward to hearing about next steps.

""" + DANI_FULL, subject="Thank you \u2013 Retail Operations Manager interview")
    c.add("dw_s2", sandra, [me], "2026-03-13 17:12", """Dani,

Thank you for the lovely note, and for coming out today. Paul and I both enjoyed meeting you.""",
          parent="dw_s1")
    c.thread("dw_s1", True, "interview", "Desert Willow Resort & Spa",
             "Dani's thank-you to Sandra in a new thread; Sandra replies the same evening")
    c.add("dw_a1", amber, [me], "2026-03-16 10:30", """Hi Danielle,

Sandra asked me to let you know that she is finishing second interviews this week and will come back to you by Friday, March 20, either way.

Thank you for your patience!""", subject="Retail Operations Manager \u2013 update")
    c.add("dw_a2", me, [amber], "2026-03-16 13:15",
          "Thanks for the update, Amber - I appreciate it!\n\nDani", parent="dw_a1")
    c.promise("dw_a1", "dw_a1", amber.email, "2026-03-20")
    c.thread("dw_a1", True, "interview", "Desert Willow Resort & Spa",
             "third-party promise: the HR coordinator writes that Sandra 'will come back to you by "
             "Friday, March 20'; nothing from the resort since")
    c.expect("callback", "dw_a1", amber.email,
             "'Sandra asked me to let you know ... she will come back to you by Friday, March 20', "
             "written by Amber; nothing from desertwillowresort.com since; due at the end of Tue "
             "Mar 24", promised="2026-03-20")

    # ---------------------------------------------------------- Mercado del Sol
    c.add("ms_1", rosa, [me], "2026-03-04 21:10", """Hola Dani, Padre Tomás at St. Anne's told me you are looking for a new store. We're opening our 9th store at 35th Ave & Southern in June and I need a manager who knows how to run a big building. ¿Podemos almorzar el martes 10/3? 11:30 at Carolina's on Mohave, my treat. Rosa Villanueva, Mercado del Sol

Sent from Yahoo Mail for iPhone""", subject="Mercado del Sol - store manager")
    c.add("ms_2", me, [rosa], "2026-03-05 06:40", """¡Hola Rosa! Thank you for thinking of me - Padre Tomás is too kind. Tuesday 3/10 at 11:30 at Carolina's works perfectly. ¡Nos vemos!

""" + DANI, parent="ms_1")
    c.add("ms_3", me, [rosa], "2026-03-10 19:45", """Rosa,

Thank you so much for lunch today, and for the story of how your parents opened the first Mercado on Buckeye Road. Muchas gracias por la confianza. I would be honored to help open the 35th Ave store, and I'm happy to come walk one of your current stores whenever it's convenient.

Con cariño,
Dani""", parent="ms_2")
    c.add("ms_4", rosa, [me], "2026-03-11 07:02", """Gracias a ti mija. Let me sit down with Ernesto on the numbers and we'll talk again after Semana Santa. Saludos a tu mamá

Sent from Yahoo Mail for iPhone""", parent="ms_3")
    c.meeting("ms_1", at("2026-03-10 11:30"), None, met=[rosa.email],
              thanks={rosa.email: "ms_3"}, what="Mercado del Sol lunch")
    c.thread("ms_1", True, "networking", "Mercado del Sol",
             "owner's daughter writes from Yahoo, half in Spanish, day-first date 'martes 10/3'; "
             "lunch Tue Mar 10 11:30 (no end) thanked that evening; 'we'll talk again after Semana "
             "Santa' names no deadline")
    c.forbid("ms_1", rosa.email,
             "lunch Tue Mar 10 thanked that evening; 'we'll talk again after Semana Santa' sets no "
             "deadline (and Holy Week is not over)")

    # ---------------------------------------------------------- Sonoran Home Furnishings (Indeed)
    c.add("sh_1", kyle, [me], "2026-03-20 11:14", """Hi Danielle,

Thanks for applying to the Store Manager position at our Peoria showroom. I'd like to do a quick video interview through Indeed. Are you free Wednesday 3/25 at 4:00 PM? I'll send the invite through Indeed once you confirm.

Kyle Brandt
Owner, Sonoran Home Furnishings

--
Reply directly to this email or on Indeed to respond to Kyle. Indeed will forward your reply.
Sonoran Home Furnishings - Store Manager - Peoria, AZ""",
          subject="Store Manager \u2013 Sonoran Home Furnishings (Peoria)")
    c.add("sh_2", me, [kyle], "2026-03-20 12:30",
          "Hi Kyle, Wednesday 3/25 at 4:00 works for me. Looking forward to talking with you. - Dani Ruvalcaba, 602-555-0139",
          parent="sh_1")
    c.add("sh_3", me, [kyle], "2026-03-25 16:24", """Hi Kyle,

I've been in the Indeed video room since 3:55 and haven't seen you join yet. I'll stay on until 4:30 - if something came up at the showroom, no problem, I'm happy to find another time.

""" + DANI, parent="sh_2")
    c.meeting("sh_1", at("2026-03-25 16:00"), None, met=[kyle.email], status="noshow",
              what="Sonoran Home Furnishings video interview (employer never joined)")
    c.thread("sh_1", True, "interview", "Sonoran Home Furnishings",
             "employer messages through Indeed's relay; video interview Wed Mar 25 16:00 MST; Kyle "
             "never joined (Dani's note at 16:24) and has not answered")
    c.forbid("sh_1", kyle.email,
             "Kyle never joined the Wed Mar 25 video interview, so no meeting took place; he "
             "promised nothing dated")

    t = "Interview confirmed: Sonoran Home Furnishings \u2013 Wed, Mar 25, 4:00 PM MST"
    body = """Indeed

Your interview is confirmed

Sonoran Home Furnishings
Store Manager - Peoria, AZ

Wednesday, March 25, 2026
4:00 PM - 4:30 PM MST
Video interview on Indeed

Join from your computer or phone a few minutes early. No downloads needed.
[Join interview]

Need to reschedule? Message the employer from your Indeed account.

(c) 2026 Indeed"""
    ics = make_ics(method="REQUEST", uid=uid_uuid("indeed", "sonoran", "dani"),
                   stamp=at("2026-03-20 14:02", indeed), start=at("2026-03-25 16:00"),
                   end=at("2026-03-25 16:30"),
                   summary="Video interview: Sonoran Home Furnishings - Store Manager",
                   organizer=indeed, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://www.indeed.com/interview/join/7f3c2a91",
                   description="Video interview with Sonoran Home Furnishings for Store Manager "
                               "(Peoria, AZ). Join: https://www.indeed.com/interview/join/7f3c2a91",
                   prodid="-//Indeed//Indeed Interview//EN")
    c.add("sh_c1", indeed, [me], "2026-03-20 14:02", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO, ics=ics, ics_mode="attach")
    t = "Starting in 1 hour: your interview with Sonoran Home Furnishings"
    body = """Indeed

Your video interview with Sonoran Home Furnishings starts in 1 hour.

Wednesday, March 25, 2026 at 4:00 PM MST
[Join interview]

Tip: test your camera and microphone before you join."""
    c.add("sh_c2", indeed, [me], "2026-03-25 16:00", body, subject=t, parent="sh_c1",
          html=html_of(body, t), html_only=True, headers=AUTO)
    c.thread("sh_c1", True, "interview", "Sonoran Home Furnishings",
             "Indeed Interview confirmation (ICS in UTC) and reminder; automated")

    # ---------------------------------------------------------- networking: hotel ops
    c.add("lk_1", me, [lauren], "2026-03-19 21:05", """Hi Lauren,

Brittany Hale (we worked together at Arroyo #4417) told me you made the jump from big-box retail to hotel operations a few years ago, and she thought you wouldn't mind if I reached out.

I've been an assistant store manager for three years and I'm starting to think about my next step - possibly in hospitality. Could I borrow 15 minutes of your time sometime in the next couple of weeks to hear how you made the move and what you wish you'd known?

I'm flexible before 9 am and after 6 pm most days.

Thank you,
""" + DANI, subject="Brittany Hale suggested I reach out \u2013 15 minutes?")
    c.add("lk_2", lauren, [me], "2026-03-20 06:47", """Hi Dani,

Of course - any friend of Brittany's. This week is slammed with a group in-house, but Wednesday early could work. 7:30? I'll call your cell.

Lauren""", parent="lk_1")
    c.add("lk_3", me, [lauren], "2026-03-20 12:10",
          "Wednesday at 7:30 is perfect - thank you, Lauren! I'll have my phone on me.\n\nDani",
          parent="lk_2")
    c.meeting("lk_1", at("2026-03-25 07:30"), None, met=[lauren.email],
              what="informational call with a hotel director of operations")
    c.thread("lk_1", True, "networking", "Sonoran Sky Hotels",
             "Dani asks for 15 minutes on moving into hospitality; call Wed Mar 25 07:30 (no end); "
             "thanked only before it; 'in the next couple of weeks' is Dani's own request")
    c.expect("thank_you", "lk_1", lauren.email,
             "informational call Wed Mar 25 07:30 took place; the only 'thank you' (Mar 20) came "
             "before it; overdue since Mar 26 (08:30 with the 60-minute default)")

    # ---------------------------------------------------------- networking: former DM's catch-up
    mk_title = "Dani / Mike catch-up"
    mk_desc = ("Long overdue. Want to hear how things are going at 4417 and tell you what we're "
               "building in the East Valley. I'll call your cell. -M")
    ics = make_ics(method="REQUEST", uid=uid_google("copper", "catchup"),
                   stamp=at("2026-03-23 20:14"), start=at("2026-03-27 17:30"),
                   end=at("2026-03-27 18:00"), summary=mk_title, organizer=mike_cal,
                   attendees=[(mike_cal, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid=PHX, description=mk_desc)
    c.add("mk_1", mike_cal, [me], "2026-03-23 20:14",
          gcal_text("Mike Tran", mk_title,
                    "Friday Mar 27, 2026 5:30pm \u2013 6pm (Mountain Standard Time - Phoenix)",
                    ["Mike Tran - organizer", "dani.ruvalcaba@example.net"], mk_desc),
          subject="Invitation: %s @ Fri Mar 27, 2026 5:30pm - 6pm (MST) "
                  "(dani.ruvalcaba@example.net)" % mk_title,
          ics=ics, ics_mode="google", headers=GCAL)
    c.add("mk_2", me, [mike], "2026-03-24 06:12",
          "Mike! So good to hear from you. Friday at 5:30 works, I'm off at 5. Talk then!\n\nDani",
          parent="mk_1", quote=False)
    c.meeting("mk_1", at("2026-03-27 17:30"), at("2026-03-27 18:00"), met=[mike.email],
              what="catch-up call with former DM, now at Copper Country Grocers")
    c.thread("mk_1", True, "networking", "Copper Country Grocers",
             "Google Calendar 'catch-up' from her former DM; only the description hints at a role "
             "('what we're building in the East Valley'); call Fri Mar 27 17:30-18:00 MST, never "
             "thanked")
    c.expect("thank_you", "mk_1", mike.email,
             "catch-up call Fri Mar 27 17:30-18:00 took place; her only message came before it "
             "and thanks nobody; overdue since Sat Mar 28 18:00")

    # ---------------------------------------------------------- Harvest Hill Foods (Workday)
    t = "We've received your application \u2013 District Manager, Phoenix East (JR-10388)"
    body = """Hello Danielle,

Thank you for applying to Harvest Hill Foods! This email confirms that we received your application for District Manager, Phoenix East (JR-10388).

Our recruiting team will review your qualifications, and if there is a match, a recruiter will contact you within the next couple of weeks.

Thank you,
Harvest Hill Foods Talent Acquisition

This mailbox is not monitored."""
    c.add("hh_1", harvest, [me], "2026-02-18 10:12", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.thread("hh_1", True, "application", "Harvest Hill Foods",
             "Workday acknowledgement; 'a recruiter will contact you within the next couple of "
             "weeks' comes from an automated sender, not a person")
    t = "Update on your application \u2013 District Manager, Phoenix East (JR-10388)"
    body = """Hello Danielle,

Thank you for your interest in the District Manager, Phoenix East role and for the time you put into your application.

After careful review, we have decided to move forward with other candidates whose qualifications more closely match the needs of this position. We know this isn't the news you were hoping for.

We encourage you to keep an eye on our careers site and apply to future openings that match your experience.

Best wishes,
Harvest Hill Foods Talent Acquisition"""
    c.add("hh_2", harvest, [me], "2026-03-12 09:30", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.thread("hh_2", True, "rejection", "Harvest Hill Foods",
             "automated rejection; no meeting ever took place")

    # ================================================================== NOT JOB SEARCH

    # ---- current job: schedule app, payslip
    def shift_post(key, when, week, rows):
        t = "Your schedule for %s is posted" % week
        body = ("Hi Danielle,\n\nYour schedule for %s at Store #4417 has been posted.\n\n%s\n\n"
                "Open the MyShift app to request swaps or time off. Swaps must be approved by a "
                "salaried manager.\n\nArroyo MyShift" % (week, "\n".join(rows)))
        c.add(key, myshift, [me], when, body, subject=t, html=html_of(body, t), html_only=True,
              headers=AUTO)
        c.thread(key, False, None, "Arroyo Home & Garden", "workforce app notice at her current job")
    shift_post("ms_wk1", "2026-03-06 16:00", "Mar 9 - Mar 15",
               ["Mon 3/9   OFF", "Tue 3/10  6:00 AM - 3:00 PM", "Wed 3/11  6:00 AM - 3:00 PM",
                "Thu 3/12  1:00 PM - 10:00 PM", "Fri 3/13  1:00 PM - 10:00 PM",
                "Sat 3/14  6:00 AM - 3:00 PM", "Sun 3/15  OFF"])
    shift_post("ms_wk3", "2026-03-20 16:00", "Mar 23 - Mar 29",
               ["Mon 3/23  10:00 AM - 7:00 PM", "Tue 3/24  11:00 AM - 8:00 PM",
                "Wed 3/25  10:00 AM - 7:00 PM", "Thu 3/26  12:00 PM - 9:00 PM",
                "Fri 3/27  7:00 AM - 4:00 PM", "Sat 3/28  6:00 AM - 3:00 PM", "Sun 3/29  OFF"])
    t = "Shift swap approved: Sat 3/28"
    body = """Hi Danielle,

Your shift swap request has been approved by Tom Bauer.

Sat 3/28: 6:00 AM - 3:00 PM  ->  1:00 PM - 10:00 PM (swapped with Marcus Reed)

Arroyo MyShift"""
    c.add("ms_swap", myshift, [me], "2026-03-25 08:10", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.thread("ms_swap", False, None, "Arroyo Home & Garden", "shift swap so she can make Saturday's game")
    t = "Your payslip is available"
    body = """Hello Danielle,

Your payslip for the pay period ending 03/07/2026 is now available in Workday.

Sign in to Workday to view or download it.

Arroyo Home & Garden Payroll"""
    c.add("ar_pay", arroyo_wd, [me], "2026-03-13 05:30", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.thread("ar_pay", False, None, "Arroyo Home & Garden", "payroll notice from her employer's Workday")

    # ---- current job: the store manager asks for a close
    c.add("tb_1", tom, [me], "2026-03-12 18:40",
          "Dani can you close Sat 3/14 instead of open? Marcus called out for the weekend & I need a key holder til 10. I'll give you Sun off.\n\nSent from my iPhone",
          subject="Sat close")
    c.add("tb_2", me, [tom], "2026-03-12 19:02",
          "Yes I can close Sat. Can you make sure receiving knows the 6am truck is theirs? I won't be there to check it in.\n\nDani",
          parent="tb_1")
    c.add("tb_3", tom, [me], "2026-03-12 19:15", "Done. thx\n\nSent from my iPhone", parent="tb_2")
    c.thread("tb_1", False, None, "Arroyo Home & Garden", "schedule change from her store manager")

    # ---- current job: loss-prevention meeting
    lp_title = "Store 4417 \u2013 Shrink Review / Q1 Audit Prep"
    lp_desc = ("Review P2 shrink results, the top 25 shrink SKUs and the cycle count schedule ahead "
               "of the April audit. Please bring the ORC incident log and the lockup key log.")
    ics = make_ics(method="REQUEST", uid=uid_outlook("arroyo", "lp", "4417"),
                   stamp=at("2026-03-16 08:05"), start=at("2026-03-18 14:00"),
                   end=at("2026-03-18 15:00"), summary=lp_title, organizer=derrick_cal,
                   attendees=[(tom, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("PHX-4417 Training Room", "room4417-training@arroyohg.com"),
                               "ACCEPTED", "ROOM")],
                   tzid="US Mountain Standard Time", location="PHX-4417 Training Room",
                   description=lp_desc, prodid="Microsoft Exchange Server 2010")
    c.add("lp_1", derrick_cal, [me], "2026-03-16 08:05", lp_desc, subject=lp_title, cc=[tom],
          ics=ics, ics_mode="outlook")
    c.add("lp_2", derrick, [me], "2026-03-19 07:30", """Tom / Dani,

Thanks for the time yesterday. Action items:
- Dani: refresh the high-theft lockup planogram (razors, batteries, power tools) by 3/27
- Tom: move the cycle count for Aisle 14 to before the audit
- Me: send the updated ORC reporting form

We'll regroup after the audit.""", parent="lp_1", cc=[tom])
    c.add("lp_3", me, [derrick], "2026-03-19 09:12",
          "Will do - lockup planogram will be done by Friday the 27th.\n\nDani",
          parent="lp_2", cc=[tom])
    c.meeting("lp_1", at("2026-03-18 14:00"), at("2026-03-18 15:00"),
              met=[derrick.email, tom.email], job=False, what="loss-prevention meeting at her store")
    c.thread("lp_1", False, None, "Arroyo Home & Garden",
             "loss-prevention meeting at her current store (Outlook invite, 'US Mountain Standard "
             "Time', room resource); action items afterwards")
    c.forbid("lp_1", derrick.email,
             "shrink review at her current job, not job search; nothing is owed to him")

    # ---- current job: her own DM walks the store
    c.add("dc_1", denise, [tom, me], "2026-03-23 07:15", """Tom / Dani -

I'll be in Thursday 3/26 at 1:00 to walk the store before the spring reset. Please make sure the garden center endcaps and the seasonal pad are set. I'd also like to see the updated lockup.""",
          subject="Thursday visit \u2013 spring reset walk")
    c.add("dc_2", me, [denise], "2026-03-23 07:52",
          "Sounds good, we'll be ready. Garden center will be set by Wednesday close.\n\nDani",
          parent="dc_1", cc=[tom])
    c.add("dc_3", denise, [tom, me], "2026-03-26 16:40", """Great walk today - the store looks sharp. Thank you both for pushing the team on the reset. Let's keep the pad full through Easter.

D""", parent="dc_2", sig=False)
    c.meeting("dc_1", at("2026-03-26 13:00"), None, met=[denise.email, tom.email], job=False,
              what="DM store walk at her current store")
    c.thread("dc_1", False, None, "Arroyo Home & Garden",
             "her own district manager walks her store Thu Mar 26 13:00 before the spring reset")
    c.forbid("dc_1", denise.email,
             "a store walk with her own district manager at her current job, not a job interview")

    # ---- current job: she is the hiring manager for cashiers
    t = "New interview scheduled: Cashier (Part-Time) \u2013 Store #4417"
    body = """Hi Dani,

Jayden Morales has scheduled an interview with you.

Position: Cashier (Part-Time) - Store #4417
When: Friday, March 27, 2026 at 3:00 PM MST (20 minutes)
Where: Store #4417 - Front-end office
Candidate: Jayden Morales - jaydenmorales07@gmail.com - (623) 555-0112

Interview guide and scorecard are in the hiring manager app. Please complete the scorecard within 24 hours of the interview.

Olivia
Arroyo Careers Assistant"""
    c.add("oa_1", olivia_ar, [me], "2026-03-24 11:20", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.meeting("oa_1", at("2026-03-27 15:00"), at("2026-03-27 15:20"),
              met=["jaydenmorales07@gmail.com"], job=False,
              what="Dani interviews a cashier applicant at her store")
    c.thread("oa_1", False, None, "Arroyo Home & Garden",
             "Paradox notice to Dani as hiring manager: cashier applicant interview Fri Mar 27 15:00")
    c.forbid("oa_1", "jaydenmorales07@gmail.com",
             "Dani interviewed him for a cashier job at her own store; she is the hiring side")
    t = "Interview canceled: Brianna Lopez \u2013 Cashier (Part-Time)"
    body = """Hi Dani,

Brianna Lopez canceled her interview for Cashier (Part-Time) - Store #4417, scheduled for Thursday, March 26 at 4:00 PM MST.

I've invited Brianna to pick a new time. You'll get a confirmation if she does.

Olivia
Arroyo Careers Assistant"""
    c.add("oa_2", olivia_ar, [me], "2026-03-25 19:02", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.meeting("oa_2", at("2026-03-26 16:00"), None, met=[], status="cancelled", job=False,
              what="cancelled cashier applicant interview")
    c.thread("oa_2", False, None, "Arroyo Home & Garden",
             "applicant cancelled her cashier interview; Dani is the hiring side")
    c.add("jm_1", me, [jayden], "2026-03-30 10:05", """Hi Jayden,

Thank you for coming in on Friday. I'd like to offer you the part-time cashier position at Arroyo Home & Garden #4417, starting at $16.25/hour.

New-hire orientation is this Saturday, 4/4, from 8:00 to 12:00 in the store training room. Please bring two forms of ID for your I-9.

Welcome to the team!
Dani Ruvalcaba
Assistant Store Manager, Arroyo #4417""", subject="Cashier position \u2013 Arroyo Home & Garden #4417")
    c.add("jm_2", jayden, [me], "2026-03-30 10:41",
          "omg yes!! thank you so much Ms. Ruvalcaba, I'll be there Saturday with my ID",
          parent="jm_1")
    c.meeting("jm_1", at("2026-04-04 08:00"), at("2026-04-04 12:00"), status="scheduled",
              job=False, what="new-hire orientation she runs")
    c.thread("jm_1", False, None, "Arroyo Home & Garden",
             "Dani offers the applicant a cashier job; he accepts (she is the employer here)")

    # ---- kids' soccer
    c.add("sc_1", league, [me], "2026-03-02 12:00", """North Valley Youth Soccer - Spring 2026

Hi Storm families,

Spring games start Saturday, March 7! Full schedules are posted on the team app. Picture day is Saturday, March 21 at Reach 11 - your coach will send your team's time slot.

Reminder: all players need shin guards at every practice and game. No exceptions.

See you on the fields!
NVYS Board""", subject="Spring season kicks off Saturday + picture day",
          headers=bulk_headers("<families.nvysoccer.org>", "https://nvysoccer.org/unsubscribe"))
    c.thread("sc_1", False, None, "North Valley Youth Soccer", "league newsletter")
    c.add("sc_2", erin, [me], "2026-03-25 19:30", """Hi Storm families!

League moved Saturday's game vs. the Cactus Wrens to 8:00 AM at Reach 11, Field 14 (NOT 10:30 at Paradise Valley Park). Please have the girls there by 7:30 for warm-ups.

Snack this week: Ruvalcaba family \U0001F34A

Erin""", subject="Sat game moved to 8am + field change")
    c.add("sc_3", me, [erin], "2026-03-25 20:02",
          "Got it! We'll bring orange slices and waters. Sofia is so excited.\n\nDani",
          parent="sc_2")
    c.add("sc_4", erin, [me], "2026-03-25 20:15", "You're the best!! \U0001F64C", parent="sc_3")
    c.meeting("sc_2", at("2026-03-28 08:00"), None, job=False, what="U10 soccer game")
    c.thread("sc_2", False, None, "North Valley Youth Soccer",
             "team manager moves Saturday's game; snack duty")

    # ---- car repair
    t = "Appointment confirmed: Mon, Mar 23 at 7:00 AM"
    body = """Hi Danielle,

Your appointment at Valley Auto & Transmission is confirmed.

Vehicle: 2017 Honda Pilot
Service: Brake inspection - grinding noise from rear
Drop-off: Monday, March 23, 2026 at 7:00 AM

Need a ride? Our shuttle runs within 5 miles from 7:00 to 9:00 AM.

Valley Auto & Transmission
3302 W. Bell Rd, Phoenix AZ 85053 - 602-555-0170"""
    c.add("va_1", shop_auto, [me], "2026-03-20 17:00", body, subject=t, html=html_of(body, t),
          html_only=True, headers=AUTO)
    c.meeting("va_1", at("2026-03-23 07:00"), at("2026-03-23 07:15"), job=False,
              what="car drop-off")
    c.thread("va_1", False, None, "Valley Auto & Transmission", "repair appointment confirmation")
    c.add("va_2", manny, [me], "2026-03-23 11:42", """Hi Danielle,

Front pads are at 2mm and the right rear rotor is warped, that's your grinding noise. Estimate for front pads + both rear rotors and pads is $684.12 (attached on the portal).

We had to order the rotor, it should be here Wednesday. We'll call you by Wednesday when it's in and the car is ready.""", subject="Your 2017 Honda Pilot \u2013 estimate")
    c.add("va_3", me, [manny], "2026-03-23 12:30",
          "Go ahead with the brakes and rotors. Thanks Manny.\n\nDani", parent="va_2")
    c.add("va_4", me, [manny], "2026-03-26 12:05", """Hi Manny,

Any word on the rotor? I didn't get a call yesterday. I'm borrowing my mom's car and need to give it back by Saturday if possible.

Dani
602-555-0139""", parent="va_3")
    c.promise("va_2", "va_2", manny.email, "2026-03-25", job=False)
    c.thread("va_2", False, None, "Valley Auto & Transmission",
             "service advisor's 'we'll call you by Wednesday' missed; Dani chased Thursday")
    c.forbid("va_2", manny.email,
             "the repair shop's 'we'll call you by Wednesday' is not job search; no follow-up draft")

    # ---- church
    c.add("ch_1", parish, [me], "2026-03-19 10:00", """This Week at St. Anne

- Parish Potluck: Sunday, March 29, right after the 10:30 Mass in the parish hall. Sign up with Gloria Acosta to bring a dish!
- Stations of the Cross: Fridays at 6:00 PM during Lent
- Holy Week schedule: Palm Sunday 3/29, Holy Thursday 4/2 at 7:00 PM, Good Friday 4/3 at 3:00 PM, Easter Vigil 4/4 at 7:30 PM
- St. Vincent de Paul food drive: canned goods in the narthex bins

Misas en español: domingos a la 1:00 PM.""", subject="This Week at St. Anne \u2013 Potluck Sunday 3/29",
          headers=bulk_headers("<bulletin.stannephx.org>", "https://stannephx.org/unsubscribe"))
    c.thread("ch_1", False, None, "St. Anne Catholic Church", "parish bulletin")
    c.add("ch_2", gloria, [me], "2026-03-23 20:10", """Hola Dani!

Thank you for signing up for the potluck. ¿Podrías traer arroz para unas 25 personas? Please come at 11:45 to help set up in the parish hall; we eat right after the 10:30 Mass, como a las 12.

Bendiciones,
Gloria""", subject="Potluck domingo 29")
    c.add("ch_3", me, [gloria], "2026-03-23 21:02",
          "¡Claro que sí, Gloria! Arroz for 25, and I'll be there at 11:45.\n\nDani",
          parent="ch_2")
    c.add("ch_4", gloria, [me], "2026-03-29 18:20",
          "Mil gracias Dani, el arroz se acabó primero \U0001F604 Dios te bendiga.", parent="ch_3")
    c.meeting("ch_2", at("2026-03-29 12:00"), None, met=[gloria.email], job=False,
              what="parish potluck")
    c.thread("ch_2", False, None, "St. Anne Catholic Church",
             "potluck sign-up with the hospitality volunteer, half in Spanish")

    # ---- bills, receipts, pharmacy
    def notice(key, sender, when, subject, body, company, note, extra=None):
        hdr = dict(AUTO)
        if extra:
            hdr.update(extra)
        c.add(key, sender, [me], when, body, subject=subject, html=html_of(body, subject),
              html_only=True, headers=hdr)
        c.thread(key, False, None, company, note)

    notice("pw_1", power, "2026-02-24 06:15", "Your February bill is ready",
           "Hi Danielle,\n\nYour Desert Valley Power bill is ready.\n\nAmount due: $142.87\nDue date: "
           "March 16, 2026\nAccount ending in 8830\n\nAutoPay is on. We'll draft your bank account on "
           "the due date.\n\nDesert Valley Power", "Desert Valley Power", "utility bill")
    notice("pw_2", power, "2026-03-24 06:15", "Your March bill is ready",
           "Hi Danielle,\n\nYour Desert Valley Power bill is ready.\n\nAmount due: $131.04\nDue date: "
           "April 14, 2026\nAccount ending in 8830\n\nSummer time-of-use pricing starts May 1. Shift "
           "laundry and dishes to off-peak hours to save.\n\nDesert Valley Power",
           "Desert Valley Power", "utility bill with a due date; nothing to follow up")
    notice("sf_1", fiber, "2026-03-03 04:00", "Your Saguaro Fiber statement is ready",
           "Your statement for account 40-2281-7 is ready.\n\nBalance: $79.99\nAutoPay date: March 18, "
           "2026\n\nThanks for being a Saguaro Fiber customer.", "Saguaro Fiber", "internet bill")
    notice("rx_1", pharmacy, "2026-03-12 14:22", "Your prescription is ready for pickup",
           "Hi Danielle,\n\nYour prescription (Rx ending in 4412) is ready for pickup at CareWell "
           "Pharmacy #2291, 7th St & Bell Rd.\n\nWe'll hold it for 10 days. Pharmacy hours: 8 AM - "
           "9 PM.\n\nCareWell Pharmacy", "CareWell Pharmacy", "refill ready")
    notice("rx_2", pharmacy, "2026-03-26 09:05", "Time to refill: Rx ending in 4412",
           "Hi Danielle,\n\nOur records show it's almost time to refill your prescription (Rx ending "
           "in 4412). Reply-free refills: tap below or call 602-555-0144.\n\n[Refill now]\n\n"
           "CareWell Pharmacy", "CareWell Pharmacy", "refill reminder")
    notice("so_1", sportsline, "2026-03-10 13:48", "Your order has shipped! #SL-4410982",
           "Good news, Danielle - your order is on its way.\n\n1 x Youth Firm Ground Soccer Cleats, "
           "Pink/Black, Size 3\n1 x Shin Guards, Youth M\n\nTotal: $58.47\nEstimated delivery: "
           "Thursday, March 12\n\nTrack your package in your account.", "Sportsline Outlet",
           "order receipt")
    notice("cu_1", cu, "2026-03-05 08:00", "Your February eStatement is available",
           "Your February 2026 eStatement for Share Draft ***6120 is now available in online "
           "banking.\n\nCanyon State Credit Union", "Canyon State Credit Union", "bank notice")
    notice("es_1", school, "2026-03-16 15:30", "Welcome back! Early release Wednesday 3/18",
           "Dear Desert Sage families,\n\nWelcome back from spring break! A reminder that Wednesday, "
           "March 18 is an early release day: dismissal at 12:30 PM. The after-school program runs "
           "as normal.\n\nAzMERIT practice sessions for grades 3-5 begin next week.\n\nMrs. Kaplan, "
           "Principal", "Desert Sage Elementary", "school newsletter",
           extra=bulk_headers("<families.desertsageelementary.org>",
                              "https://desertsageelementary.org/unsubscribe"))

    # ---- newsletters and job alerts (job words, nothing owed)
    def bulk(key, sender, when, subject, body, company, note, list_id, unsub):
        c.add(key, sender, [me], when, body, subject=subject, html=html_of(body, subject),
              html_only=True, headers=dict(AUTO, **bulk_headers(list_id, unsub)))
        c.thread(key, False, None, company, note)

    bulk("nl_1", storeops, "2026-03-03 06:00", "Hiring events are back: 5 interview questions for seasonal hires",
         "STORE OPS WEEKLY - March 3, 2026\n\n1. Hiring events are back. Big-box chains are "
         "returning to group interviews for spring. Five questions that separate a good cashier "
         "from a great one.\n\n2. Following up with candidates: stores that call back within 48 "
         "hours fill roles 30% faster.\n\n3. Shrink watch: self-checkout and the ORC playbook.\n\n"
         "We'll be back next Tuesday.", "Store Ops Weekly", "retail newsletter full of hiring words",
         "<weekly.storeopsweekly.com>", "https://storeopsweekly.com/u")
    bulk("nl_2", storeops, "2026-03-17 06:00", "District managers: walk the store like a customer",
         "STORE OPS WEEKLY - March 17, 2026\n\n1. The 20-minute store walk: what great district "
         "managers look at first.\n\n2. Interviewing for store managers: why the best DMs ask "
         "candidates to walk the floor with them.\n\n3. Daylight saving and your labor model: "
         "Arizona and Hawaii stores, take note.\n\nForward this to a DM who needs it.", "Store Ops Weekly",
         "retail newsletter", "<weekly.storeopsweekly.com>", "https://storeopsweekly.com/u")
    bulk("nl_3", storeops, "2026-03-31 06:00", "Spring reset season: 7 mistakes that cost you sales",
         "STORE OPS WEEKLY - March 31, 2026\n\n1. Spring reset mistakes: from empty pads to "
         "missing signage.\n\n2. Thank-you notes still matter: what hiring managers say about "
         "candidates who follow up.\n\n3. Promotions: how assistant managers make the jump to "
         "store manager.\n\nNext issue: April 7.", "Store Ops Weekly", "retail newsletter",
         "<weekly.storeopsweekly.com>", "https://storeopsweekly.com/u")
    bulk("gl_1", grocer, "2026-03-12 05:30", "Grocers race to staff new Phoenix stores",
         "THE GROCERY LEADER BRIEF\n\nPhoenix is the hottest grocery market in the country: at "
         "least five regional chains plan openings in the East Valley this year, and all of them "
         "are hiring store directors and district managers.\n\nAlso: fresh shrink benchmarks, "
         "and why Texas grocers are moving west.", "The Grocery Leader", "grocery newsletter",
         "<brief.thegroceryleader.com>", "https://thegroceryleader.com/unsubscribe")
    bulk("ja_1", indeed_alert, "2026-03-02 07:00", "15 new Store Manager jobs in Phoenix, AZ",
         "Store Manager - Phoenix, AZ\n\nStore Manager - Bright Basket - Tempe, AZ - $78,000 - "
         "$92,000 a year\nStore Director - Sunridge Markets - Gilbert, AZ\nGeneral Manager - "
         "travel center - Buckeye, AZ\nStore Manager - furniture showroom - Peoria, AZ\n\nSee all "
         "15 jobs\n\nYou're receiving this job alert because you subscribed on Indeed.",
         "Indeed", "job alert: job words, nothing owed", "<alerts.indeed.com>",
         "https://www.indeed.com/alerts/unsubscribe")
    bulk("ja_2", indeed_alert, "2026-03-16 07:00", "District Manager jobs near Phoenix, AZ",
         "District Manager - Phoenix, AZ\n\nDistrict Manager - Arizona - Poppy Lane Markets - "
         "Phoenix, AZ\nDistrict Manager, Retail - Glendale, AZ - Easily apply\nArea Manager - "
         "grocery - Mesa, AZ\n\nSee all 9 jobs", "Indeed", "job alert", "<alerts.indeed.com>",
         "https://www.indeed.com/alerts/unsubscribe")
    bulk("ja_3", indeed_alert, "2026-03-30 07:00", "12 new Store Manager jobs in Phoenix, AZ",
         "Store Manager - Phoenix, AZ\n\nStore Manager - Scottsdale - craft retailer - Urgently "
         "hiring\nStore Manager - sporting goods - Chandler, AZ\nAssistant General Manager - resort "
         "retail - Scottsdale, AZ\n\nSee all 12 jobs", "Indeed", "job alert", "<alerts.indeed.com>",
         "https://www.indeed.com/alerts/unsubscribe")
    bulk("hj_1", hospjobs, "2026-03-11 08:00", "New in Scottsdale: Retail Operations Manager, Front Office Manager",
         "HospitalityJobs Southwest - Weekly\n\nRetail Operations Manager - luxury resort - "
         "Scottsdale, AZ\nFront Office Manager - Camelback corridor hotel - Phoenix, AZ\nOutlets "
         "Manager - golf resort - Tempe, AZ\n\nApply today - interviews happening now!",
         "HospitalityJobs Southwest", "hospitality job alert", "<weekly.hospitalityjobs-sw.com>",
         "https://hospitalityjobs-sw.com/unsubscribe")

    # ---- family
    c.add("fm_1", mom, [me], "2026-02-26 09:20", """Mija, ¿vienen el domingo a comer? Tu tía Chela viene de Tucson. Dile a los niños que hice tamales de elote.

Te quiero,
Mamá""", subject="domingo")
    c.add("fm_2", me, [mom], "2026-02-26 10:05",
          "Sí mamá, llegamos como a la 1. Los niños están felices. ¿Llevo algo?\n\nDani",
          parent="fm_1")
    c.meeting("fm_1", at("2026-03-01 13:00"), None, job=False, what="Sunday lunch at her mother's")
    c.thread("fm_1", False, None, None, "her mother, in Spanish: Sunday lunch (Mar 1) with the family")
    c.add("fm_3", mom, [me], "2026-03-22 08:15", """Mija, ¿cómo te fue en la entrevista del sábado? Estoy rezando por ti. Padre Tomás también preguntó.

Mamá""", subject="¿cómo te fue?")
    c.add("fm_4", me, [mom], "2026-03-22 09:40",
          "Bien mamá, creo que me fue bien. Eran como 30 personas. Te cuento el domingo. Gracias por las oraciones \u2764\ufe0f",
          parent="fm_3")
    c.thread("fm_3", False, None, None, "her mother asks about the hiring event, in Spanish; family, not job mail")
    c.add("vp_1", vanessa, [me], "2026-03-14 09:40", """Happy early birthday to Mateo!! package should get there Tuesday, don't let him open it early lol

also reminder we sprang forward so I'm 2 hrs ahead of you now, call me after 8 YOUR time not mine \U0001F602""",
          subject="Mateo's bday")
    c.add("vp_2", me, [vanessa], "2026-03-14 22:30",
          "Thank you tia V!! He's going to lose it. I'll call tomorrow after 8 my time, promise \U0001F602",
          parent="vp_1")
    c.thread("vp_1", False, None, None, "her sister in Dallas; mentions the clock change")

    # -------------------------------------------------------------- sanity
    return c


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
