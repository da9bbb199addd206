#!/usr/bin/env python3
"""Sealed case: a coffee shop shift lead in Portland, Oregon, looking for a step up
(assistant store manager, café manager, roastery operations). Written blind."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
import datetime as dt

PT = "America/Los_Angeles"
NAME = "barista-portland"


def resume_pdf():
    return make_pdf([
        "Jesse Alvarado",
        "Portland, OR  |  (503) 555-0163  |  jesse.alvarado@example.net",
        "",
        "EXPERIENCE",
        "Shift Lead, Fernhill Coffee Co., SE Division St, Portland (2024 - present)",
        "  - Run opening and closing crews of 4-6; weekly ordering and par levels",
        "  - Cut milk waste 18% with a new par sheet and FIFO labeling",
        "  - Train new baristas on espresso calibration and POS",
        "Barista, Oak & Ember Coffee, NE Killingsworth (2021 - 2024)",
        "  - High-volume bar (600+ drinks/day), wholesale pickup orders",
        "",
        "EDUCATION",
        "Rose City Community College - Small Business Management (in progress)",
        "Oregon Food Handler Card; SCA Barista Skills Foundation",
    ])


def build():
    me = Person("Jesse Alvarado", "jesse.alvarado@example.net", PT, "webmail",
                msgid_domain="example.net")
    now = dt.datetime(2026, 4, 22, 9, 40, tzinfo=me.tz)
    case = Case(
        NAME,
        "Coffee shift lead in Portland looking for an assistant manager, café manager or "
        "roastery operations job; hourly-job mail, bots and small-café owners",
        {"name": "Jesse Alvarado", "emails": ["jesse.alvarado@example.net"],
         "phone": "+1 503 555 0163", "timezone": PT},
        now,
        "Portland coffee shift lead moving up; hourly-job bots, small-café owners, a DM who "
        "calls, a paid trial shift, his own café's hiring, band and family noise.")
    case.me = me
    SIG = "Jesse Alvarado\n(503) 555-0163"
    SIG_FULL = "Jesse Alvarado\n(503) 555-0163 | jesse.alvarado@example.net"
    RESUME = ("Jesse_Alvarado_Resume.pdf", "application/pdf", resume_pdf())
    iphone = "Sent from my iPhone"

    def P(name, email, style="gmail", sig=None, tz=PT, **kw):
        return Person(name, email, tz, style, sig=sig, **kw)

    def auto(name, email, domain=None):
        return Person(name, email, PT, "auto", auto=True,
                      msgid_domain=domain or email.split("@")[1])

    def gcal(p):
        return Person(p.name, p.email, PT, "gcal")

    # ------------------------------------------------------------------ people
    # Ridgeline Coffee Roasters
    hannah = P("Hannah Lindgren", "hannah.lindgren@ridgelinecoffee.com", sig=(
        "Hannah Lindgren (she/her)\nTalent Partner | Ridgeline Coffee Roasters\n"
        "2240 NW Front Ave, Portland, OR 97209\nc: 503-555-0129"))
    oscar = P("Oscar Delgado", "oscar.delgado@ridgelinecoffee.com", sig=(
        "Oscar Delgado\nProduction Manager\nRidgeline Coffee Roasters"))
    wren = P("Wren Matsuda", "wren.matsuda@ridgelinecoffee.com")
    workday = auto("Ridgeline Coffee Roasters", "ridgelinecoffee@myworkday.com")
    # Bridgetown Coffee
    olivia = auto("Olivia | Bridgetown Coffee Careers", "noreply@paradox.ai")
    darnell = P("Darnell Hughes", "darnell.hughes@bridgetowncoffee.com", "webmail", iphone,
                msgid_domain="bridgetowncoffee.com")
    tasha = P("Tasha Greene", "tasha.greene@bridgetowncoffee.com", "outlook",
              "Tasha Greene\nStore Manager – Belmont\nBridgetown Coffee\n503.555.0117")
    lorraine = P("Lorraine Pham", "lorraine.pham@bridgetowncoffee.com", "outlook", (
        "Lorraine Pham\nDirector of Operations\nBridgetown Coffee | 1120 SE Grand Ave, "
        "Portland OR 97214\no 503.555.0102"))
    # Little Bird Café
    ana = P("Ana Beltrán", "ana@littlebirdpdx.com", "webmail", iphone,
            msgid_domain="littlebirdpdx.com")
    # The Alder Hotel
    icims = auto("The Alder Hotel", "no-reply@icims.com")
    brianna = P("Brianna Cole", "bcole@thealderhotel.com", "outlook", (
        "Brianna Cole\nHuman Resources Coordinator\nThe Alder Hotel | 615 SW Alder St, "
        "Portland, OR 97205\nT 503.555.0110 ext. 214"))
    martin = P("Martin Osei", "martin.osei@thealderhotel.com", "outlook")
    alder_room = ("Alder - Mezzanine Boardroom", "mezz.boardroom@thealderhotel.com")
    # Foundry Roast Works, via a bandmate
    theo = P("Theo Park", "theo.park.drums@gmail.com")
    gabe = P("Gabe Ruiz", "gabe@foundryroastworks.com", sig=(
        "Gabe Ruiz\nHead of Production | Foundry Roast Works\n1015 SE Water Ave, Portland"))
    # Tidepool Coffee
    claire = P("Claire Nakamura", "claire@tidepoolcoffee.com")
    # Café Tres Ríos
    rosa = P("Rosa Villalobos", "rosa@cafetresrios.com", sig=(
        "Rosa Villalobos\nCafé Tres Ríos · 6230 SE Foster Rd · (503) 555-0188"))
    # Crumb & Kettle
    relay = Person("Dominic Reyes via Indeed", "reply-7c41e9a2f0b84d1e@indeedemail.com", PT,
                   "auto", auto=True, msgid_domain="indeed.com")
    dominic = P("Dominic Reyes", "dominic@crumbandkettle.com", sig=(
        "Dominic Reyes\nGeneral Manager | Crumb & Kettle Bakery Café\n"
        "3128 SE Milwaukie Ave · 503-555-0177"))
    # Marigold Market (talent team in Boise)
    smartr = auto("Marigold Market", "noreply@smartrecruiters.com")
    jocelyn = P("Jocelyn Albright", "jocelyn.albright@marigoldmarket.com", "outlook", (
        "Jocelyn Albright\nTalent Acquisition Partner – Retail\nMarigold Market\n"
        "208.555.0163"), tz="America/Boise")
    # Perk Up Espresso
    cody = P("Cody Brandt", "cody.brandt@perkupespresso.com", sig=(
        "Cody Brandt\nArea Manager – East County\nPerk Up Espresso\n(503) 555-0191"))
    # Good Neighbor Coffee
    priscilla = P("Priscilla Huang", "priscilla@goodneighborcoffee.co", sig=(
        "Priscilla Huang\nOwner, Good Neighbor Coffee\nAlberta · Kenton · Montavilla"))
    # Lantern Coffee Bar
    tessa = P("Tessa Morrow", "tessa@lanterncoffeebar.com")
    calendly = auto("Calendly", "no-reply@calendly.com")
    # Hollow Oak Café
    meg = P("Meg Sorensen", "meg@hollowoakcafe.com")
    # Rosewood Bakehouse
    naomi = P("Naomi Fairbanks", "naomi@rosewoodbakehouse.com")
    # Kettle & Crow
    felix = P("Felix Amato", "felix@kettleandcrow.com", sig=(
        "Felix Amato\nOwner, Kettle & Crow Coffee\n(971) 555-0146"))
    mira = P("Mira Solano", "mirasolano.pdx@gmail.com", sig=iphone)
    # Basalt Coffee Co., via his instructor
    dana = P("Dana Whitfield", "dwhitfield@rosecitycc.edu", "outlook", (
        "Dana Whitfield, MBA\nInstructor, Business & Management\n"
        "Rose City Community College | Southeast Campus"))
    luis = P("Luis Ortega", "luis@basaltcoffee.com", sig=(
        "Luis Ortega\nOperations Manager, Basalt Coffee Co."))
    # Fernhill (current job)
    kayla = P("Kayla Brooks", "kayla@fernhillcoffee.com")
    shiftpal = auto("ShiftPal", "notifications@shiftpal.app")
    # Noise
    indeed = auto("Indeed", "alert@indeed.com")
    snag = auto("Snagajob", "alerts@snagajob.com")
    pourboard = auto("PourBoard Jobs", "digest@pourboard.co")
    tenanthub = auto("Hawthorne Property Group", "notifications@tenanthub.com")
    renee = P("Renee Calloway", "rcalloway@hawthorneproperty.com", "outlook", (
        "Renee Calloway\nProperty Manager\nHawthorne Property Group\n503-555-0150"))
    kai = P("Kai Nakoa", "kai.nakoa@gmail.com")
    bree = P("Bree Sullivan", "breesully@gmail.com", sig=iphone)
    splitly = auto("Splitly", "receipts@splitly.app")
    nora = P("Nora Quist", "noraquist@gmail.com")
    jules = P("Jules Okoye", "booking@knotroompdx.com", sig="Jules Okoye\nBooking · The Knot Room\n"
              "2218 N Lombard St")
    gatherly = auto("Gatherly", "invites@gatherly.com")
    marisol = P("Marisol Alvarado-Reyes", "marisol.alvarado.r@gmail.com")
    mom = Person("Lupe Alvarado", "lupealvarado58@yahoo.com", PT, "webmail",
                 msgid_domain="yahoo.com", sig="Enviado desde Yahoo Mail para iPhone")
    canvas = auto("Rose City CC Canvas", "notifications@instructure.com")
    bikeshop = P("Spoke & Sprocket Cycles", "service@spokeandsprocket.com")
    power = auto("Cascade Power & Light", "ebill@cascadepower.com")
    fiber = auto("Elevate Fiber", "billing@elevatefiber.net")
    dentist = auto("Division Street Dental", "appointments@divisionstreetdental.com")
    grind = auto("The Daily Grind", "newsletter@dailygrind.coffee")
    cu = auto("Riverbend Credit Union", "alerts@riverbendcu.org")
    marcus = P("Marcus Tran", "mtran.pdx@gmail.com")

    add = case.add
    at = case.at
    OOO = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

    def gcal_text(title, when, where, desc, guests, organizer):
        return ("%s\n%s\nPacific Time - Los Angeles\n\nLocation\n%s\n\n%s\n\nOrganizer\n%s\n%s\n\n"
                "Guests\n%s\n\nView all guest info https://calendar.google.com/calendar/event?"
                "action=VIEW\n\nReply for jesse.alvarado@example.net\nYes  No  Maybe  More options"
                "\n\nInvitation from Google Calendar\n\nYou are receiving this email because you "
                "are an attendee on the event. To stop receiving future updates for this event, "
                "decline this event.\n"
                % (title, when, where, desc, organizer.name, organizer.email,
                   "\n".join(guests)))

    # ================================================================ JOB SEARCH
    # ---------------- Bridgetown Coffee: bot, hiring event, a DM who calls
    add("bt_ack", olivia, [me], "2026-03-03 14:22",
        "Hi Jesse! 👋\n\nI'm Olivia, Bridgetown Coffee's virtual hiring assistant. Thanks for "
        "applying for Assistant Store Manager – Portland Metro (Req #BC-2291). I've passed "
        "your info along to the district team.\n\nKeep an eye on your texts and email – if "
        "there's a fit, I'll reach out with next steps, like an invite to one of our hiring "
        "events.\n\nWant to check your status anytime? Text STATUS to (503) 555-0100.\n\n"
        "– Olivia\nBridgetown Coffee Talent Team\n\nThis mailbox is not monitored. Reply STOP "
        "to any text to opt out.",
        subject="Thanks for applying to Bridgetown Coffee, Jesse!", headers=AUTO)
    add("bt_invite", olivia, [me], "2026-03-05 10:02",
        "Hi Jesse, great news – the Portland district team would like to meet you! ☕\n\n"
        "We're hosting an in-person hiring event:\n📍 Bridgetown Coffee Support Center, 1120 SE "
        "Grand Ave, Portland (2nd floor training room)\n📅 Saturday, March 14 · 10:00 AM – "
        "2:00 PM\n\nPick a time that works for you here: https://bridgetown.paradox.ai/e/9QK2mX"
        "\n\nBring a copy of your resume and wear something comfortable – there may be a quick "
        "bar walk-through.\n\n– Olivia",
        subject="You're invited: Bridgetown Coffee Hiring Event – Sat, March 14",
        parent="bt_ack", quote=False, headers=AUTO)
    add("bt_conf", olivia, [me], "2026-03-06 08:15",
        "You're confirmed, Jesse! ✅\n\nBridgetown Coffee Hiring Event\nSaturday, March 14, "
        "2026 at 11:00 AM\n1120 SE Grand Ave, Portland, OR 97214 – check in at the front desk, "
        "2nd floor\n\nYou'll meet with members of our Portland district leadership team, "
        "including District Manager Darnell Hughes. Plan on about an hour.\n\nNeed to "
        "reschedule? Reply RESCHEDULE or use https://bridgetown.paradox.ai/r/9QK2mX\n\n"
        "– Olivia",
        subject="Confirmed: Bridgetown Coffee Hiring Event, Sat 3/14 at 11:00 AM",
        parent="bt_invite", quote=False, headers=AUTO)
    add("bt_remind", olivia, [me], "2026-03-13 09:00",
        "Hi Jesse, just a reminder that we'll see you tomorrow, Saturday 3/14 at 11:00 AM, at "
        "1120 SE Grand Ave. Street parking is free before noon on Saturdays. Good luck! 🍀\n\n"
        "– Olivia",
        subject="Reminder: see you tomorrow at 11:00 AM", parent="bt_conf", quote=False,
        headers=AUTO)
    case.thread("bt_ack", True, "interview", "Bridgetown Coffee",
                "Paradox 'Olivia' bot: application ack, hiring event invite, confirmation Sat "
                "Mar 14 11:00 (met DM Darnell Hughes, thanked in his own thread), reminder")
    case.meeting("bt_ack", at("2026-03-14 11:00"), at("2026-03-14 12:00"),
                 met=["darnell.hughes@bridgetowncoffee.com"],
                 thanks={"darnell.hughes@bridgetowncoffee.com": "u_bt_thanks"},
                 what="group hiring event")

    add("u_bt_thanks", me, [darnell], "2026-03-14 19:32",
        "Hi Darnell,\n\nThank you for taking the time to talk with me at the hiring event this "
        "morning. I liked hearing how you're thinking about the drive-thru stores out in "
        "Gresham, and the way you described the ASM job (half on bar, half on the numbers) is "
        "exactly the next step I've been working toward.\n\nAs you asked, I've attached my "
        "resume. My cell is the best way to reach me; I open most weekdays, so afternoons are "
        "easiest.\n\nHave a good rest of your weekend,\n" + SIG,
        subject="Thank you – Saturday hiring event", attachments=[RESUME])
    case.application("u_bt_thanks", "u_bt_thanks", "darnell.hughes@bridgetowncoffee.com",
                     answered_by="d_promise")
    add("d_promise", darnell, [me], "2026-03-16 07:12",
        "Got it thx. Good meeting u Sat. Ill call u this week re next steps\n\nD",
        parent="u_bt_thanks")
    case.promise("u_bt_thanks", "d_promise", "darnell.hughes@bridgetowncoffee.com",
                 "2026-03-20", answered_by="d_tried")
    add("d_tried", darnell, [me], "2026-03-19 10:48",
        "Tried u twice this am. Call me back when ur free 503.555.0148\n-D",
        parent="d_promise")
    add("d_setup", darnell, [me], "2026-03-23 08:31",
        "Jesse – per our call Fri. Set u up w/ Tasha Greene (cc'd), she runs our Belmont "
        "store. Thurs 3/26 @ 3pm, 3350 SE Belmont. Ask for her at the bar.\n\nTasha – this is "
        "the guy from Sat I told u about.\n\nD",
        parent="d_tried", cc=[tasha])
    add("t_reply", tasha, [darnell, me], "2026-03-23 09:40",
        "Hi Jesse, nice to e-meet you! Thursday at 3 works on my end. We'll grab a table in "
        "the back once the lunch rush clears out.\n\nTasha",
        parent="d_setup")
    add("u_bt_tasha_ok", me, [tasha], "2026-03-23 12:15",
        "Sounds great – see you Thursday at 3, Tasha.\n\nJesse", parent="t_reply",
        cc=[darnell])
    add("u_bt_tasha_thanks", me, [tasha], "2026-03-26 18:30",
        "Hi Tasha,\n\nThank you for sitting down with me this afternoon, especially right "
        "after your delivery showed up short. I appreciated you walking me through how you "
        "handle 6 a.m. call-outs and how you think about labor on slow Tuesdays – that's the "
        "part of the job I want to get better at, and it was useful to hear it from someone "
        "running a store like Belmont.\n\nHope the rest of your close goes smoothly.\n\n" + SIG,
        parent="t_reply")
    add("d_lorraine", darnell, [me], "2026-04-02 07:55",
        "Tasha was a fan. Want u to meet Lorraine Pham, our director of ops, before we talk "
        "offer. She'll send u a Teams invite. Heads up she's big on labor %, come ready.\n\nD",
        parent="u_bt_tasha_ok")
    add("d_callme", darnell, [me], "2026-04-20 10:05",
        "Jesse tried u this am, no luck. Call me today if u can.\nD", parent="d_lorraine")
    case.thread("u_bt_thanks", True, "interview", "Bridgetown Coffee",
                "thanks + resume to DM after the event; 'call u this week' kept by his Mar 19 "
                "mail; sit-down with SM Tasha Thu Mar 26 15:00 (thanked that evening); "
                "Apr 2 handoff to Lorraine; Apr 20 'call me today'")
    case.meeting("u_bt_thanks", at("2026-03-26 15:00"), None,
                 met=["tasha.greene@bridgetowncoffee.com"],
                 thanks={"tasha.greene@bridgetowncoffee.com": "u_bt_tasha_thanks"},
                 what="store manager sit-down")

    lo_start, lo_end = at("2026-04-14 16:00"), at("2026-04-14 16:30")
    lo_desc = ("Hi Jesse – Darnell speaks highly of you. I'd like to spend 30 minutes getting "
               "to know you and talking through the Assistant Store Manager role for our SE "
               "Portland stores. We'll meet on Teams; the link is below.\n\nLorraine")
    add("lo_inv", lorraine, [me], "2026-04-08 13:10",
        lo_desc + "\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, "
        "mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/"
        "l/meetup-join/19%3ameeting_NzE0ZDk2YjEtZmRm%40thread.v2/0>\nMeeting ID: 284 551 903 "
        "117\nPasscode: Zt7qKp\nCall in (audio only)\n+1 971-555-0134,,620118442#   United "
        "States, Portland\nPhone Conference ID: 620 118 442#\n" + "_" * 80,
        subject="Jesse Alvarado / Lorraine Pham – Assistant Store Manager conversation",
        sig=False,
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "lorraine"),
                     stamp=at("2026-04-08 13:10"), start=lo_start, end=lo_end,
                     summary="Jesse Alvarado / Lorraine Pham – Assistant Store Manager "
                             "conversation",
                     organizer=lorraine,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Pacific Standard Time", location="Microsoft Teams Meeting",
                     description=lo_desc, prodid="Microsoft Exchange Server 2010",
                     extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                            "X-MICROSOFT-CDO-IMPORTANCE:1"]),
        ics_mode="outlook")
    case.thread("lo_inv", True, "interview", "Bridgetown Coffee",
                "Teams invite: Tue Apr 14 16:00-16:30 with the director of operations "
                "(Windows zone name); she was thanked in a new thread")
    case.meeting("lo_inv", lo_start, lo_end, met=["lorraine.pham@bridgetowncoffee.com"],
                 thanks={"lorraine.pham@bridgetowncoffee.com": "u_lo_thanks"},
                 what="Teams conversation")
    add("u_lo_thanks", me, [lorraine], "2026-04-14 18:05",
        "Hi Lorraine,\n\nThank you for making time for me this afternoon, at the end of what "
        "sounded like a long day of store visits. Your question about how I'd get Belmont's "
        "labor back under 24% without cutting the morning peak has stuck with me, and I "
        "enjoyed thinking it through with you.\n\nA few reasons I think I'd do well as an "
        "ASM:\n- I already build the weekly schedule and place the orders for a team of nine "
        "at Fernhill.\n- I've trained most of our current baristas, including two who now run "
        "shifts.\n- I like the numbers side: I track waste and ticket times every week because "
        "I want to, not because I have to.\n\nI'm very interested in joining Bridgetown, and "
        "I'll look forward to hearing about next steps.\n\nBest,\n" + SIG_FULL,
        subject="Thank you for today's conversation")
    add("lo_reply", lorraine, [me], "2026-04-15 07:50",
        "Hi Jesse,\n\nThanks for the thoughtful note – I enjoyed our conversation too. Darnell "
        "and I are sitting down Thursday to go over our finalists for the SE stores, and "
        "you'll hear from one of us by Friday.\n\nHave a great day,\nLorraine",
        parent="u_lo_thanks")
    case.promise("u_lo_thanks", "lo_reply", "lorraine.pham@bridgetowncoffee.com",
                 "2026-04-17", answered_by="d_callme")
    case.thread("u_lo_thanks", True, "interview", "Bridgetown Coffee",
                "thank-you to Lorraine Apr 14 18:05; her reply: 'you'll hear from one of us by "
                "Friday' (Apr 17); Darnell (same domain) wrote on Mon Apr 20 asking for a call")

    # ---------------- Ridgeline Coffee Roasters: Workday, recruiter, onsite
    wd_text = ("Hi Jesse,\n\nThank you for your interest in the Roastery Operations "
               "Coordinator (JR-0417) position at Ridgeline Coffee Roasters. We have received "
               "your application and our Talent team will review your qualifications.\n\nYou "
               "can check the status of your application at any time by signing in to your "
               "Candidate Home account: https://ridgelinecoffee.wd5.myworkdayjobs.com/"
               "Ridgeline_Careers/userHome\n\nWarm regards,\nRidgeline Coffee Roasters Talent "
               "Acquisition\n\nThis is an automated message. Please do not reply.")
    add("rl_wd", workday, [me], "2026-03-09 11:47", wd_text,
        subject="Thank you for applying to Ridgeline Coffee Roasters",
        html=html_of(wd_text, "Ridgeline Coffee Roasters"), html_only=True, headers=AUTO)
    case.thread("rl_wd", True, "application", "Ridgeline Coffee Roasters",
                "Workday acknowledgement, automated")

    add("h_slots", hannah, [me], "2026-03-16 09:05",
        "Hi Jesse,\n\nThanks for applying for our Roastery Operations Coordinator opening! "
        "I'm the talent partner supporting our production team, and I'd love to set up a "
        "30-minute phone conversation to learn more about you and share more about the "
        "role.\n\nWould any of these work? (all Pacific)\n• Thursday 3/19 – 10:00 AM\n"
        "• Thursday 3/19 – 1:30 PM\n• Friday 3/20 – 9:00 AM\n\nIf none of those fit around your "
        "shifts, just say so and we'll find something else.\n\nBest,",
        subject="Ridgeline Coffee – Roastery Operations Coordinator")
    add("u_rl_pick", me, [hannah], "2026-03-16 12:40",
        "Hi Hannah,\n\nThursday at 1:30 works great for me – I'm off bar by 1 that day. The "
        "best number is (503) 555-0163.\n\nLooking forward to it,\nJesse", parent="h_slots")
    add("h_conf", hannah, [me], "2026-03-17 08:50",
        "Perfect! You're on my calendar for Thursday 3/19 at 1:30 PM. I'll call you at "
        "(503) 555-0163 – plan on about 30 minutes. Talk soon!\n\nHannah",
        parent="u_rl_pick", sig=False)
    add("u_rl_thanks", me, [hannah], "2026-03-19 15:05",
        "Hi Hannah,\n\nThanks again for the call this afternoon. It helped a lot to hear how the "
        "coordinator sits between the roasting floor and the wholesale team – the green coffee "
        "receiving and the production calendar sound right up my alley after two years of "
        "ordering for a busy café.\n\nI'm excited about the role and glad to answer anything "
        "else that comes up.\n\n" + SIG, parent="h_conf")
    add("h_early", hannah, [me], "2026-03-19 16:40",
        "Thank you, Jesse – really enjoyed chatting! I'm going to share my notes with Oscar, "
        "our production manager, and I'll be in touch early next week about next steps.\n\n"
        "Hannah", parent="u_rl_thanks", sig=False)
    case.promise("h_slots", "h_early", "hannah.lindgren@ridgelinecoffee.com", "2026-03-25",
                 answered_by="h_onsite")
    add("h_onsite", hannah, [me], "2026-03-24 10:20",
        "Hi Jesse,\n\nGood news – Oscar would love to bring you in for an onsite at our NW "
        "roastery. Would Thursday, April 9 from 9 to 11 AM work? You'd spend time with Oscar "
        "and with Wren Matsuda, our lead roaster, and there'll be a short cupping at the end, "
        "so don't wear your favorite shirt :)\n\nOnce you confirm I'll send a calendar invite "
        "with the details.\n\nBest,", parent="h_early")
    add("u_rl_onsite_ok", me, [hannah], "2026-03-24 13:05",
        "That works! I've already asked Kayla for the morning off. Looking forward to meeting "
        "Oscar and Wren on the 9th.\n\nJesse", parent="h_onsite")
    add("h_refs", hannah, [me], "2026-04-10 11:30",
        "Hi Jesse,\n\nThanks for coming in yesterday – Oscar and Wren both enjoyed meeting you, "
        "and Wren says you held your own at the cupping table!\n\nAs a next step, could you "
        "send me two professional references? Ideally at least one is a current or former "
        "supervisor.\n\nWe're wrapping up final interviews next week and expect to make a "
        "decision by Friday, April 24.\n\nBest,", parent="u_rl_onsite_ok")
    case.promise("h_slots", "h_refs", "hannah.lindgren@ridgelinecoffee.com", "2026-04-24")
    add("u_rl_refs", me, [hannah], "2026-04-13 13:10",
        "Hi Hannah,\n\nAbsolutely. One of them will be my old GM at Oak & Ember, where I worked "
        "before Fernhill, and I'd like to give her a heads-up before anyone calls – so I'll "
        "send both references over by Thursday.\n\nJesse", parent="h_refs")
    case.own_promise("h_slots", "u_rl_refs", "hannah.lindgren@ridgelinecoffee.com",
                     "2026-04-16")
    case.thread("h_slots", True, "interview", "Ridgeline Coffee Roasters",
                "talent partner: three slots, Thu Mar 19 13:30 picked, phone screen thanked "
                "the same day; 'early next week' kept Mar 24 (onsite set); Apr 10 asks for two "
                "references, decision 'by Friday, April 24'; Jesse: 'I'll send both references "
                "over by Thursday' (Apr 16) and has not written since")
    case.meeting("h_slots", at("2026-03-19 13:30"), at("2026-03-19 14:00"),
                 met=["hannah.lindgren@ridgelinecoffee.com"],
                 thanks={"hannah.lindgren@ridgelinecoffee.com": "u_rl_thanks"},
                 what="phone screen")

    rl_start, rl_end = at("2026-04-09 09:00"), at("2026-04-09 11:00")
    rl_title = "Onsite Interview – Jesse Alvarado (Roastery Operations Coordinator)"
    rl_desc = ("Agenda:\n9:00 – Roastery tour + production walk-through with Wren Matsuda "
               "(Lead Roaster)\n9:45 – Conversation with Oscar Delgado (Production Manager)\n"
               "10:30 – Cupping + Q&A with Oscar and Wren\n\nPark in the gravel lot on the north "
               "side and come in through the green door; the front office will buzz you in. "
               "Closed-toe shoes, please. Hannah isn't on site that morning – if you're running "
               "late, text her at 503-555-0129.")
    rl_where = "Ridgeline Coffee Roasters – NW Roastery, 2240 NW Front Ave, Portland, OR 97209"
    hannah_cal = gcal(hannah)
    add("rl_inv", hannah_cal, [me], "2026-03-25 09:10",
        gcal_text(rl_title, "Thursday Apr 9, 2026 ⋅ 9am – 11am", rl_where, rl_desc,
                  ["Oscar Delgado", "Wren Matsuda", "jesse.alvarado@example.net",
                   "NW Roastery - Cupping Lab"], hannah),
        subject="Invitation: %s @ Thu Apr 9, 2026 9am - 11am (PDT) "
                "(jesse.alvarado@example.net)" % rl_title,
        headers=GCAL,
        ics=make_ics(method="REQUEST", uid=uid_google(NAME, "ridgeline-onsite"),
                     stamp=at("2026-03-25 09:10"), start=rl_start, end=rl_end,
                     summary=rl_title, organizer=hannah,
                     attendees=[(oscar, "ACCEPTED", "INDIVIDUAL"),
                                (wren, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("NW Roastery - Cupping Lab",
                                  "c_1889d2k4v0cup7lab@resource.calendar.google.com"),
                                 "ACCEPTED", "ROOM")],
                     tzid=PT, location=rl_where, description=rl_desc))
    case.thread("rl_inv", True, "interview", "Ridgeline Coffee Roasters",
                "Google Calendar invite from the talent partner (not attending) for the onsite "
                "Thu Apr 9 09:00-11:00 with Oscar Delgado and Wren Matsuda (ICS attendees, "
                "plus a room); Oscar thanked in a new thread, Wren never")
    case.meeting("rl_inv", rl_start, rl_end,
                 met=["oscar.delgado@ridgelinecoffee.com", "wren.matsuda@ridgelinecoffee.com"],
                 thanks={"oscar.delgado@ridgelinecoffee.com": "u_rl_oscar"},
                 what="onsite")

    add("u_rl_oscar", me, [oscar], "2026-04-09 18:40",
        "Hi Oscar,\n\nThank you for having me at the roastery this morning. Watching the "
        "Loring run through the walk-through and hearing you talk about building the week "
        "around wholesale cutoffs made the coordinator job feel very real.\n\nWhy I think I'd "
        "be a good fit:\n- I've done the ordering and par levels for a high-volume café for "
        "two years, so I know what it's like on the receiving end of a late delivery.\n"
        "- I'm comfortable with spreadsheets and I'm learning QuickBooks in my business class "
        "at Rose City CC.\n- I want to move toward production for the long haul, not just for "
        "this job.\n\nThe cupping was a highlight – Wren made it look easy. I'm very interested "
        "in the role and will be glad to send anything else that helps.\n\nBest,\n" + SIG_FULL,
        subject="Thank you – roastery visit today")
    add("o_reply", oscar, [me], "2026-04-10 08:15",
        "Jesse – appreciate the note. You asked good questions about green receiving, which "
        "most people skip. Hannah will keep you posted on timing.\n\nOscar",
        parent="u_rl_oscar")
    case.thread("u_rl_oscar", True, "interview", "Ridgeline Coffee Roasters",
                "thank-you to the production manager the evening of the onsite; his short "
                "reply, no date")

    # ---------------- Little Bird Café: owner writes from her phone; paid trial shift
    add("a_first", ana, [me], "2026-03-28 10:12",
        "hi jesse! saw ur application on indeed for the manager spot. can u come by tues "
        "around 2? we're at 4417 N Williams, the one w the yellow door\n\n-ana",
        subject="cafe manager job")
    add("u_lb_yes", me, [ana], "2026-03-28 10:40",
        "Hi Ana! Tuesday at 2 works great. See you then.\n\nJesse", parent="a_first")
    add("u_lb_thanks", me, [ana], "2026-03-31 17:15",
        "Hi Ana,\n\nThanks so much for showing me around today, and for the cortado – that "
        "Ethiopian you're pulling right now is lovely. I left really excited about the idea of "
        "running the floor at Little Bird, especially the plan to start doing the weekend "
        "pastry pop-ups.\n\n" + SIG, parent="u_lb_yes")
    add("a_trial", ana, [me], "2026-04-06 08:40",
        "ok so!! want to do a paid working interview? sat 4/11 7-11am, ill pay u $20/hr. ur on "
        "bar w Sam for the rush. bring ur own apron lol", parent="u_lb_thanks")
    add("u_lb_trial_yes", me, [ana], "2026-04-06 09:05",
        "Yes! Count me in for Saturday 7–11. Apron is already in my bag.\n\nJesse",
        parent="a_trial")
    add("u_lb_trial_thanks", me, [ana], "2026-04-11 13:30",
        "Hey Ana,\n\nThank you for having me in this morning! That Saturday rush is no joke. "
        "Sam was great to work next to, and I loved seeing how the regulars treat the place "
        "like their living room. I'd be really happy to help keep it that way.\n\nJesse",
        parent="u_lb_trial_yes")
    add("a_promise", ana, [me], "2026-04-12 20:05",
        "u did great!! everyone liked u. gonna talk it over w tomás this week, will let u know "
        "by fri for sure 🙂", parent="u_lb_trial_thanks")
    case.promise("a_first", "a_promise", "ana@littlebirdpdx.com", "2026-04-17")
    case.thread("a_first", True, "interview", "Little Bird Café",
                "owner texts-style mail: 'can u come by tues around 2' (Tue Mar 31 14:00, "
                "thanked); paid working interview Sat Apr 11 07:00-11:00 (thanked; barista Sam "
                "has no address, the arranger is Ana herself, written to since); her promise "
                "'will let u know by fri' (Apr 17), silence since")
    case.meeting("a_first", at("2026-03-31 14:00"), None, met=["ana@littlebirdpdx.com"],
                 thanks={"ana@littlebirdpdx.com": "u_lb_thanks"}, what="walk-through chat")
    case.meeting("a_first", at("2026-04-11 07:00"), at("2026-04-11 11:00"),
                 met=["ana@littlebirdpdx.com"], unknown=["Sam"],
                 arranged_by="ana@littlebirdpdx.com",
                 thanks={"ana@littlebirdpdx.com": "u_lb_trial_thanks"},
                 what="paid working interview")

    # ---------------- The Alder Hotel: iCIMS, HR coordinator, Outlook invite
    ic_text = ("Dear Jesse,\n\nThank you for applying for the Café & Lobby Bar Manager "
               "position (Req 2026-0143) at The Alder Hotel. Your application has been "
               "received and is being reviewed by our Human Resources team.\n\nIf your "
               "qualifications match our needs, a member of our team will contact you.\n\n"
               "Sincerely,\nThe Alder Hotel Human Resources\n\nPlease do not reply to this "
               "message; this mailbox is not monitored.")
    add("al_icims", icims, [me], "2026-03-27 21:02", ic_text,
        subject="Your application: Café & Lobby Bar Manager (Req 2026-0143)",
        html=html_of(ic_text, "The Alder Hotel Careers"), html_only=True, headers=AUTO)
    case.thread("al_icims", True, "application", "The Alder Hotel",
                "iCIMS acknowledgement, automated")

    add("b_sched", brianna, [me], "2026-04-06 10:15",
        "Good morning Jesse,\n\nThank you for your interest in the Café & Lobby Bar Manager "
        "position at The Alder Hotel. I'd like to schedule you for an in-person interview with "
        "our Director of Food & Beverage, Martin Osei (martin.osei@thealderhotel.com), and our "
        "Executive Chef, Renata Silva.\n\nWe have two openings on Thursday, April 16: 10:00 AM "
        "or 2:00 PM. The interview will last about an hour. Please let me know which time you "
        "prefer and I will send a calendar invitation.\n\nKind regards,",
        subject="Interview – Café & Lobby Bar Manager")
    add("u_al_pick", me, [brianna], "2026-04-06 12:30",
        "Hi Brianna,\n\nThe 10:00 AM slot on Thursday, April 16 would be perfect. I'm looking "
        "forward to meeting Mr. Osei and Chef Silva.\n\nBest,\n" + SIG, parent="b_sched")
    case.thread("b_sched", True, "interview", "The Alder Hotel",
                "HR coordinator offers Thu Apr 16 10:00 or 14:00 with the F&B director (address "
                "in the text) and the executive chef (no address anywhere); 10:00 picked")

    al_start, al_end = at("2026-04-16 10:00"), at("2026-04-16 11:00")
    al_desc = ("Jesse,\n\nPlease see the details for your interview below. When you arrive, "
               "let the front desk know you are here for an interview and someone will bring "
               "you up to the mezzanine.\n\nInterviewers:\nMartin Osei – Director of Food & "
               "Beverage\nRenata Silva – Executive Chef\n\nThe hotel garage on SW 10th "
               "validates for two hours.\n\nBrianna")
    add("b_inv", brianna, [me], "2026-04-07 08:10", al_desc,
        subject="Interview: Jesse Alvarado – Café & Lobby Bar Manager", sig=False,
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "alder"),
                     stamp=at("2026-04-07 08:10"), start=al_start, end=al_end,
                     summary="Interview: Jesse Alvarado – Café & Lobby Bar Manager",
                     organizer=brianna,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (martin, "ACCEPTED", "INDIVIDUAL"),
                                (alder_room, "ACCEPTED", "ROOM")],
                     tzid="Pacific Standard Time",
                     location="The Alder Hotel – Mezzanine Boardroom",
                     description=al_desc, prodid="Microsoft Exchange Server 2010",
                     extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]),
        ics_mode="outlook")
    add("u_al_accept", me, [brianna], "2026-04-07 08:35",
        "Jesse Alvarado has accepted this invitation.\n\nSee you on the 16th!",
        parent="b_inv", prefix="Accepted: ", quote=False)
    case.thread("b_inv", True, "interview", "The Alder Hotel",
                "Outlook invite (Pacific Standard Time) from the HR coordinator, who does not "
                "attend: Thu Apr 16 10:00-11:00 with Martin Osei (ICS) and Chef Renata Silva "
                "(named only); Martin thanked in a new thread that also 'passes along' thanks to "
                "the chef; no mail to Brianna since the interview")
    case.meeting("b_inv", al_start, al_end, met=["martin.osei@thealderhotel.com"],
                 unknown=["Renata Silva"], arranged_by="bcole@thealderhotel.com",
                 thanks={"martin.osei@thealderhotel.com": "u_al_martin"}, what="interview")
    add("u_al_martin", me, [martin], "2026-04-16 14:20",
        "Dear Martin,\n\nThank you for meeting with me this morning and for the tour of the "
        "lobby bar. Hearing how the space turns over from coffee service to cocktails at 4 "
        "o'clock, and what you need from the person running both, gave me a clear picture of "
        "the job.\n\nWhy I believe I'd be a strong fit:\n- Two years leading shifts and "
        "training baristas in a café that does 400+ tickets on a Saturday\n- Hands-on with "
        "ordering, inventory and scheduling, which I'd bring straight to the café side\n- "
        "OLCC service permit already in hand, so I can support the bar from day one\n\nI'm "
        "genuinely excited about The Alder and would welcome the chance to keep the "
        "conversation going. Please pass along my thanks to Chef Silva as well.\n\nWarm "
        "regards,\n" + SIG_FULL,
        subject="Thank you – Café & Lobby Bar Manager interview")
    case.thread("u_al_martin", True, "interview", "The Alder Hotel",
                "thank-you to the F&B director, afternoon of the interview; no reply")

    # ---------------- Foundry Roast Works: intro from a bandmate, networking coffee
    add("t_intro", theo, [gabe, me], "2026-03-20 21:15",
        "Gabe, meet Jesse – he plays bass in my band and has been running the bar at Fernhill "
        "for a few years. He's trying to get off the café floor and into the roasting / "
        "production side and I told him you're the person to talk to.\n\nJesse, meet Gabe – "
        "head of production at Foundry, mentor to half the roasters in town, and the reason I "
        "drink my coffee black now.\n\nI'll let you two take it from here 🤙\n\nTheo",
        subject="intro: Jesse <> Gabe (Foundry)")
    add("g_reply", gabe, [me], "2026-03-21 08:02",
        "Thanks Theo (moving you to bcc).\n\nJesse – happy to. I'm at the roastery most "
        "mornings before 10. How's Wednesday 3/25 at 8:30? We've got a little bar up front, "
        "coffee's on me.", parent="t_intro", bcc=[theo])
    add("u_fd_yes", me, [gabe], "2026-03-21 10:30",
        "Wednesday at 8:30 is perfect. See you at the roastery!\n\nJesse", parent="g_reply")
    case.thread("t_intro", True, "networking", "Foundry Roast Works",
                "bandmate's intro; coffee at the roastery Wed Mar 25 08:30 (no end given); "
                "thanked in a new thread, Gabe replied Mar 27; no exchange since")
    case.meeting("t_intro", at("2026-03-25 08:30"), None, met=["gabe@foundryroastworks.com"],
                 thanks={"gabe@foundryroastworks.com": "u_fd_thanks"}, networking=True,
                 what="networking coffee")
    add("u_fd_thanks", me, [gabe], "2026-03-25 19:50",
        "Hi Gabe,\n\nThanks for the coffee and for walking me through the production floor "
        "this morning. The way you build the roast schedule backwards from the wholesale "
        "cutoffs was the most useful thing anyone's explained to me about the roasting side, "
        "and I'm going to take your advice and sign up for the Roasting Foundations course "
        "this summer.\n\n" + SIG,
        subject="Thanks for this morning")
    add("g_thx_reply", gabe, [me], "2026-03-27 07:45",
        "Glad it was useful. Roasting Foundations is worth it – ask for Keiko if you take it "
        "at the Bridgeport lab. Keep me posted on how the search goes, and I'll ping you if "
        "anything opens up on our production side.\n\nG", parent="u_fd_thanks", sig=False)
    case.thread("u_fd_thanks", True, "networking", "Foundry Roast Works",
                "thank-you for the coffee, same evening; Gabe's reply Fri Mar 27, nothing dated")

    # ---------------- Tidepool Coffee: résumé sent straight to the owner
    add("u_tp_app", me, [claire], "2026-04-08 21:47",
        "Hi Claire,\n\nI saw your Instagram post that Tidepool is looking for a café manager "
        "for the Sellwood shop, and I'd like to be considered for the role. I've been a shift "
        "lead at Fernhill Coffee on SE Division for the past two years, where I run the "
        "opening crew, do the weekly ordering and train new hires. Before that I spent three "
        "years on bar at Oak & Ember.\n\nMy resume is attached. I'm glad to do a trial shift "
        "whenever it suits you, and I'm free most afternoons after 2.\n\n" + SIG,
        subject="Café manager position – Jesse Alvarado", attachments=[RESUME])
    case.application("u_tp_app", "u_tp_app", "claire@tidepoolcoffee.com")
    add("c_ooo", claire, [me], "2026-04-08 21:48",
        "Hi there! I'm in Chicago for the Specialty Coffee Expo and back in the shop Monday, "
        "April 13. I'll be slow on email until then. For wholesale orders please write "
        "orders@tidepoolcoffee.com.\n\n– Claire",
        subject="Out of office: back Monday 4/13", parent="u_tp_app", quote=False,
        headers=OOO)
    case.thread("u_tp_app", True, "application", "Tidepool Coffee",
                "application with resume to the owner Wed Apr 8; only an out-of-office "
                "auto-reply (back Apr 13) came back")

    # ---------------- Café Tres Ríos: partly Spanish, gentle no
    add("u_tr_app", me, [rosa], "2026-03-30 14:10",
        "Hola Rosa,\n\nI stopped by on Saturday and saw the \"Se busca gerente\" sign in your "
        "window – I'd love to be considered for the manager position. Mi español es más de "
        "cocina que de oficina (my abuela would agree), but I can take orders and talk with "
        "your regulars in Spanish without a problem.\n\nQuick background: four years in "
        "coffee, two as a shift lead at Fernhill on Division, where I handle ordering, the "
        "schedule for a team of nine, and opening/closing. My resume is attached.\n\n"
        "Gracias,\n" + SIG,
        subject="Gerente / café manager – Jesse Alvarado", attachments=[RESUME])
    add("r_reply", rosa, [me], "2026-04-01 09:30",
        "¡Hola Jesse!\n\nMuchas gracias por escribirnos y por pasar por el café. Fíjate que ya "
        "encontramos a alguien para el puesto de gerente – my cousin's daughter is moving up "
        "from Salem to take it, so it's a family thing, lo siento.\n\nBut I liked your email a "
        "lot. If you ever want weekend shifts on the bar, we always need good people on "
        "Saturdays and Sundays. Y ven a tomar un cafecito cuando quieras, invito yo.\n\nUn "
        "abrazo,\nRosa", parent="u_tr_app")
    case.application("u_tr_app", "u_tr_app", "rosa@cafetresrios.com", answered_by="r_reply",
                     ended_by="r_reply")
    case.thread("u_tr_app", True, "rejection", "Café Tres Ríos",
                "application with resume Mar 30 (partly Spanish); owner's answer Apr 1: "
                "position already filled (family), offers weekend bar shifts")

    # ---------------- Crumb & Kettle: Indeed relay, then a phone call
    add("ck_relay", relay, [me], "2026-04-13 09:12",
        "Dominic Reyes from Crumb & Kettle Bakery Café sent you a message about Café Manager – "
        "Portland, OR 97202\n\n\"Hi Jesse, thanks for applying to our café manager opening. "
        "Your Fernhill experience caught my eye. Are you around for a phone call later this "
        "week? Easiest if you email me directly at dominic@crumbandkettle.com and we'll find "
        "a time. – Dominic\"\n\nReply to this message\nReplies go to the employer through "
        "Indeed. Never share sensitive personal information such as your Social Security "
        "number or bank details.\n\nIndeed · 6433 Champion Grandview Way, Austin, TX 78750",
        subject="New message from Crumb & Kettle Bakery Café about Café Manager",
        headers=AUTO)
    case.thread("ck_relay", True, "application", "Crumb & Kettle Bakery Café",
                "employer message through the Indeed relay, asking Jesse to write to the "
                "manager's own address")
    add("u_ck_first", me, [dominic], "2026-04-13 12:30",
        "Hi Dominic,\n\nJesse Alvarado here – got your message on Indeed about the café "
        "manager opening. I'd be glad to talk. I'm free Thursday after 2 or any time Friday "
        "afternoon; my cell is (503) 555-0163.\n\nJesse",
        subject="Café Manager – Jesse Alvarado (from Indeed)")
    add("dm_time", dominic, [me], "2026-04-14 08:30",
        "Hi Jesse – Friday at 3:30 works. I'll call you at that number. Should be pretty "
        "quick.", parent="u_ck_first")
    add("u_ck_pre", me, [dominic], "2026-04-14 09:02",
        "Great, thanks – talk Friday!\n\nJesse", parent="dm_time")
    add("u_ck_card", me, [dominic], "2026-04-17 17:05",
        "Hi Dominic,\n\nAs we discussed on the phone, here's a scan of my food handler card "
        "(good through 2027) and my availability for a working interview:\n\n- Mon 4/20: after "
        "1 PM\n- Wed 4/22: after 1 PM\n- Sat 4/25: until 5 PM\n\nJesse\n(503) 555-0163",
        parent="u_ck_pre",
        attachments=[("food_handler_card.pdf", "application/pdf", make_pdf([
            "Oregon Food Handler Card", "Name: Jesse Alvarado", "Card No. OR-FH-2291845",
            "Issued 05/14/2024  Expires 05/14/2027"]))])
    add("dm_later", dominic, [me], "2026-04-20 11:40",
        "Got it. I've got two more people to talk to this week and I'll circle back once "
        "I've seen everyone.\n\nD", parent="u_ck_card", sig=False)
    case.thread("u_ck_first", True, "interview", "Crumb & Kettle Bakery Café",
                "phone call Fri Apr 17 15:30 (no end stated); a 'thanks – talk Friday!' before "
                "it; afterwards only the food handler card and availability, no thank-you; "
                "Dominic mentions two other candidates, nothing dated")
    case.meeting("u_ck_first", at("2026-04-17 15:30"), None,
                 met=["dominic@crumbandkettle.com"], what="phone call")

    # ---------------- Marigold Market: SmartRecruiters, TA partner in Boise
    sr_text = ("Hi Jesse,\n\nThanks for applying to Café & Coffee Bar Manager – Hawthorne at "
               "Marigold Market! We're reviewing applications and will be in touch if your "
               "experience is a match.\n\nIn the meantime, you can track your application "
               "status in your SmartRecruiters candidate portal.\n\nCheers,\nThe Marigold "
               "Market Talent Team")
    add("mg_sr", smartr, [me], "2026-03-18 10:15", sr_text,
        subject="Thanks for applying to Marigold Market!",
        html=html_of(sr_text, "Marigold Market"), html_only=True, headers=AUTO)
    case.thread("mg_sr", True, "application", "Marigold Market",
                "SmartRecruiters acknowledgement, automated")
    add("j_avail", jocelyn, [me], "2026-03-27 12:00",
        "Hi Jesse,\n\nThank you for applying for the Café & Coffee Bar Manager role at our "
        "Hawthorne store. I'm on the Talent Acquisition team, based out of our Boise office, "
        "and I'd like to set up a 45-minute video interview with you next week.\n\nCould you "
        "send me a few windows that work for you between Tuesday 3/31 and Friday 4/3?\n\n"
        "Thanks,\nJocelyn",
        subject="Café & Coffee Bar Manager (Hawthorne) – next steps")
    add("u_mg_avail", me, [jocelyn], "2026-03-27 13:20",
        "Hi Jocelyn,\n\nNext week I'm free Thursday 4/2 any time after noon, or Friday 4/3 "
        "before 11 AM (Pacific).\n\nBest,\nJesse Alvarado", parent="j_avail")
    add("j_conf", jocelyn, [me], "2026-03-30 09:05",
        "Hi Jesse,\n\nThis email confirms your video interview with me on Thursday, April 2 "
        "from 2:00 to 2:45 PM Mountain Time.\n\nZoom: https://marigoldmarket.zoom.us/j/"
        "84120559317?pwd=bWdtQ3JhZkx2\nMeeting ID: 841 2055 9317 · Passcode: 620845\n\nWe'll "
        "talk through your experience, the café program at Hawthorne, and a couple of "
        "scenario questions. Feel free to have your resume handy.\n\nBest,\nJocelyn",
        parent="u_mg_avail")
    add("u_mg_conf", me, [jocelyn], "2026-03-30 09:30",
        "Got it – see you Thursday.\n\nJesse", parent="j_conf")
    add("u_mg_thanks", me, [jocelyn], "2026-04-02 15:30",
        "Hi Jocelyn,\n\nThank you for the interview this afternoon. I enjoyed hearing how the "
        "Hawthorne café works alongside the deli counter, and the scenario about the broken "
        "espresso machine on a Saturday felt very familiar.\n\nI'd love to bring my ordering "
        "and training experience to the coffee bar, and I'm very interested in the role.\n\n"
        + SIG_FULL, parent="u_mg_conf")
    add("j_promise", jocelyn, [me], "2026-04-03 10:10",
        "Hi Jesse,\n\nThank you for the kind note, I enjoyed our conversation! We're finishing "
        "first-round interviews with a few other candidates this week. Our hiring committee "
        "meets on Wednesday the 8th, and a decision will be made by Friday, April 10. I'll "
        "reach out to you either way.\n\nHave a great weekend,\nJocelyn",
        parent="u_mg_thanks")
    case.promise("j_avail", "j_promise", "jocelyn.albright@marigoldmarket.com", "2026-04-10")
    case.thread("j_avail", True, "interview", "Marigold Market",
                "TA partner in Boise; 'this email confirms your video interview ... from 2:00 "
                "to 2:45 PM Mountain Time' (13:00-13:45 Pacific) Thu Apr 2, thanked the same "
                "day; committee Apr 8, 'a decision will be made by Friday, April 10'; nothing "
                "from Marigold since")
    case.meeting("j_avail", at("2026-04-02 13:00"), at("2026-04-02 13:45"),
                 met=["jocelyn.albright@marigoldmarket.com"],
                 thanks={"jocelyn.albright@marigoldmarket.com": "u_mg_thanks"},
                 what="video interview")

    # ---------------- Perk Up Espresso: interview, thanks, offer
    pu_start, pu_end = at("2026-04-07 14:00"), at("2026-04-07 14:45")
    pu_title = "Perk Up Espresso – Assistant Manager interview (Jesse Alvarado)"
    pu_desc = ("Hi Jesse – thanks for applying through Snagajob! We'll meet at our East County "
               "office, upstairs from the Gresham / 181st store. Use the side door by the "
               "drive-thru exit and text me when you're here. – Cody")
    pu_where = "Perk Up Espresso, 1840 NE 181st Ave, Gresham, OR 97230"
    cody_cal = gcal(cody)
    add("pu_inv", cody_cal, [me], "2026-04-02 10:40",
        gcal_text(pu_title, "Tuesday Apr 7, 2026 ⋅ 2pm – 2:45pm", pu_where, pu_desc,
                  ["Cody Brandt - organizer", "jesse.alvarado@example.net"], cody),
        subject="Invitation: %s @ Tue Apr 7, 2026 2pm - 2:45pm (PDT) "
                "(jesse.alvarado@example.net)" % pu_title,
        headers=GCAL,
        ics=make_ics(method="REQUEST", uid=uid_google(NAME, "perkup"),
                     stamp=at("2026-04-02 10:40"), start=pu_start, end=pu_end,
                     summary=pu_title, organizer=cody,
                     attendees=[(cody, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid=PT, location=pu_where, description=pu_desc))
    case.thread("pu_inv", True, "interview", "Perk Up Espresso",
                "Google Calendar invite, interview Tue Apr 7 14:00-14:45 with the area manager; "
                "thanked in a new thread")
    case.meeting("pu_inv", pu_start, pu_end, met=["cody.brandt@perkupespresso.com"],
                 thanks={"cody.brandt@perkupespresso.com": "u_pu_thanks"}, what="interview")
    add("u_pu_thanks", me, [cody], "2026-04-07 17:20",
        "Hi Cody,\n\nThank you for taking the time to meet with me this afternoon. It was "
        "great to see how the drive-thru line is run – the headset setup and the two-window "
        "system are clever, and I can see why your ticket times are so low.\n\nI'd bring "
        "solid shift-lead experience, a habit of tracking waste every week, and a lot of "
        "patience for 6 a.m. rushes.\n\n" + SIG_FULL,
        subject="Thank you – Assistant Manager interview")
    add("c_reply", cody, [me], "2026-04-08 08:05",
        "Thanks Jesse, great meeting you too. We'll let you know by next Wednesday either "
        "way.", parent="u_pu_thanks")
    case.promise("u_pu_thanks", "c_reply", "cody.brandt@perkupespresso.com", "2026-04-15",
                 ended_by="pu_offer")
    case.thread("u_pu_thanks", True, "interview", "Perk Up Espresso",
                "thank-you the evening of the interview; 'we'll let you know by next "
                "Wednesday' (Apr 15), answered early by the offer of Apr 14")
    add("pu_offer", cody, [me], "2026-04-14 15:30",
        "Hi Jesse,\n\nI'm happy to offer you the Assistant Manager position at our Gresham / "
        "181st store! The attached letter has the details: $21.50/hr, quarterly bonus, and "
        "full benefits after 60 days. We'd love for you to start Monday, May 4.\n\nPlease let "
        "me know by Monday 4/20 whether you accept. Any questions at all, call or text me.",
        subject="Offer – Assistant Manager, Perk Up Espresso",
        attachments=[("PerkUp_Offer_Letter_Alvarado.pdf", "application/pdf", make_pdf([
            "Perk Up Espresso - Offer of Employment", "April 14, 2026", "Dear Jesse Alvarado,",
            "We are pleased to offer you the position of Assistant Manager,",
            "Gresham / 181st, at $21.50 per hour plus quarterly bonus eligibility.",
            "Start date: Monday, May 4, 2026.",
            "Please sign and return by April 20, 2026.", "Cody Brandt, Area Manager"]))])
    add("u_pu_offer_reply", me, [cody], "2026-04-15 10:20",
        "Hi Cody,\n\nThank you so much for the offer – I'm really grateful, and I enjoyed "
        "meeting the team. I'm wrapping up a couple of other conversations this week, so "
        "would it be okay if I get back to you with my answer by Friday, April 24?\n\nBest,\n"
        + SIG, parent="pu_offer")
    case.own_promise("pu_offer", "u_pu_offer_reply", "cody.brandt@perkupespresso.com",
                     "2026-04-24")
    add("c_ok", cody, [me], "2026-04-15 12:10",
        "No problem, Friday 4/24 works. Call me if anything in the letter needs explaining.",
        parent="u_pu_offer_reply")
    case.thread("pu_offer", True, "offer", "Perk Up Espresso",
                "written offer Apr 14 (PDF); Jesse asks to answer 'by Friday, April 24', "
                "Cody agrees")

    # ---------------- Good Neighbor Coffee: meeting moved later
    add("p_first", priscilla, [me], "2026-04-09 11:50",
        "Hi Jesse,\n\nI came across your resume on Indeed and I think you'd be a great match "
        "for the café manager opening at our Alberta shop. Could you come in Monday the 20th "
        "at 10 to meet me and Andre, our ops lead? We're at 2904 NE Alberta St.",
        subject="Café manager – Good Neighbor Coffee (Alberta)")
    add("u_gn_yes", me, [priscilla], "2026-04-09 15:20",
        "Hi Priscilla,\n\nMonday the 20th at 10 works for me. See you and Andre then!\n\n" + SIG,
        parent="p_first")
    add("p_move", priscilla, [me], "2026-04-17 09:30",
        "Hi Jesse – so sorry, our espresso tech can only come Monday morning and I need to be "
        "there. Could we push to Thursday 4/23, same time?\n\nP", parent="u_gn_yes", sig=False)
    add("u_gn_thu", me, [priscilla], "2026-04-17 10:02", "Thursday works.\n\nJesse",
        parent="p_move")
    case.thread("p_first", True, "interview", "Good Neighbor Coffee",
                "owner found the resume on Indeed; Mon Apr 20 10:00 moved to Thu Apr 23 10:00 "
                "('Thursday works'), still ahead")
    case.meeting("p_first", at("2026-04-20 10:00"), None,
                 met=["priscilla@goodneighborcoffee.co"], status="moved", what="moved")
    case.meeting("p_first", at("2026-04-23 10:00"), None,
                 met=["priscilla@goodneighborcoffee.co"], status="scheduled", what="ahead")

    # ---------------- Lantern Coffee Bar: Calendly booking, then cancelled
    add("tm_link", tessa, [me], "2026-04-03 10:30",
        "Hi Jesse!\n\nThanks for applying on Snagajob. We'd love to chat – grab any 30-minute "
        "slot over the next couple weeks that works for you here: "
        "https://calendly.com/tessa-lantern/cafe-manager-interview\n\nTessa Morrow\nGeneral "
        "Manager, Lantern Coffee Bar\n7415 SE Milwaukie Ave",
        subject="Lantern Coffee Bar – café manager")
    add("u_ln_booked", me, [tessa], "2026-04-03 12:50",
        "Hi Tessa, booked Tuesday the 14th at 11. Looking forward to it!\n\nJesse",
        parent="tm_link")
    case.thread("tm_link", True, "interview", "Lantern Coffee Bar",
                "GM sends a Calendly link; Jesse books Tue Apr 14 11:00; cancelled Apr 13 "
                "(internal promotion)")
    ln_start, ln_end = at("2026-04-14 11:00"), at("2026-04-14 11:30")
    ln_uid = uid_uuid(NAME, "lantern")
    add("cal_conf", calendly, [me], "2026-04-03 12:44",
        "Hi Jesse Alvarado,\n\nYour Café Manager Interview with Tessa Morrow at 11:00am - "
        "11:30am (Pacific Time - US & Canada) on Tuesday, April 14, 2026 is scheduled.\n\n"
        "Event Type:\nCafé Manager Interview\n\nLocation:\nLantern Coffee Bar, 7415 SE Milwaukie "
        "Ave, Portland, OR\n\nInvitee Time Zone:\nPacific Time - US & Canada\n\nNeed to make "
        "changes to this event?\nCancel: https://calendly.com/cancellations/7b1e2c90\n"
        "Reschedule: https://calendly.com/reschedulings/7b1e2c90\n\nPowered by Calendly.com",
        subject="Confirmed: Café Manager Interview with Tessa Morrow on Tuesday, April 14, 2026",
        headers=AUTO,
        ics=make_ics(method="REQUEST", uid=ln_uid, stamp=at("2026-04-03 12:44"),
                     start=ln_start, end=ln_end, summary="Café Manager Interview "
                     "(Tessa Morrow and Jesse Alvarado)", organizer=tessa,
                     attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     location="Lantern Coffee Bar, 7415 SE Milwaukie Ave, Portland, OR",
                     prodid="-//Calendly//Calendly Scheduler//EN"),
        ics_mode="attach")
    case.thread("cal_conf", True, "interview", "Lantern Coffee Bar",
                "Calendly confirmation with ICS, no-reply sender, organizer Tessa")
    case.meeting("cal_conf", ln_start, ln_end, met=["tessa@lanterncoffeebar.com"],
                 status="cancelled", what="cancelled")
    add("cal_cancel", calendly, [me], "2026-04-13 16:45",
        "Hi Jesse Alvarado,\n\nTessa Morrow has canceled the event below.\n\nEvent Type:\nCafé "
        "Manager Interview\n\nDate/Time:\n11:00am - 11:30am (Pacific Time - US & Canada), "
        "Tuesday, April 14, 2026\n\nCancellation reason:\n\"Hi Jesse – so sorry for the late "
        "notice. We decided to promote one of our shift leads into the role, so I'm canceling "
        "our interview. Best of luck out there!\"\n\nPowered by Calendly.com",
        subject="Canceled: Café Manager Interview with Tessa Morrow on Tuesday, April 14, 2026",
        headers=AUTO,
        ics=make_ics(method="CANCEL", uid=ln_uid, stamp=at("2026-04-13 16:45"),
                     start=ln_start, end=ln_end, summary="Café Manager Interview "
                     "(Tessa Morrow and Jesse Alvarado)", organizer=tessa,
                     attendees=[(me, "ACCEPTED", "INDIVIDUAL")], sequence=1,
                     status="CANCELLED", prodid="-//Calendly//Calendly Scheduler//EN"),
        ics_mode="attach")
    case.thread("cal_cancel", True, "rejection", "Lantern Coffee Bar",
                "Calendly cancellation (ICS CANCEL) with the host's reason: role filled "
                "internally")

    # ---------------- Hollow Oak Café: the owner doesn't show
    add("m_first", meg, [me], "2026-04-07 11:20",
        "hi Jesse, Meg here, I own Hollow Oak. Ella at the counter passed along your resume. "
        "Can you stop by Monday 4/13 at 11 so we can chat? Just ask for me.\n\nMeg Sorensen\n"
        "Hollow Oak Café · 5521 NE 42nd Ave",
        subject="Hollow Oak – manager job")
    add("u_ho_yes", me, [meg], "2026-04-07 12:02",
        "Hi Meg – Monday at 11 works. I'll ask for you at the counter.\n\n" + SIG,
        parent="m_first")
    add("u_ho_waited", me, [meg], "2026-04-13 12:05",
        "Hi Meg,\n\nI came by at 11 for our chat, but Ella said you'd had to head out. I hung "
        "around until about 11:40. No problem at all – I'm happy to come back whenever suits "
        "you this week.\n\nJesse", parent="u_ho_yes")
    add("m_sorry", meg, [me], "2026-04-13 14:30",
        "Jesse I am SO sorry. The school called, my son was throwing up and I bolted without "
        "telling anyone. Let me look at the schedule and get back to you by Wednesday with a "
        "couple of times. Really sorry again.\n\nMeg", parent="u_ho_waited")
    case.promise("m_first", "m_sorry", "meg@hollowoakcafe.com", "2026-04-15",
                 answered_by="u_ho_check")
    add("u_ho_check", me, [meg], "2026-04-16 12:40",
        "Hi Meg,\n\nHope your son's feeling better! Just checking in on a new time to meet – "
        "Friday afternoon or most of next week before 3 would work on my end.\n\nJesse",
        parent="m_sorry")
    case.thread("m_first", True, "interview", "Hollow Oak Café",
                "owner set Mon Apr 13 11:00 and did not show; her 'get back to you by "
                "Wednesday' (Apr 15) was chased by Jesse on Thu Apr 16, after the window and "
                "inside the grace; no reply yet")
    case.meeting("m_first", at("2026-04-13 11:00"), None, met=["meg@hollowoakcafe.com"],
                 status="noshow", what="owner no-show")

    # ---------------- Rosewood Bakehouse: a 'chat' invite, then a gentle no
    rw_start, rw_end = at("2026-04-10 10:00"), at("2026-04-10 10:45")
    rw_title = "Jesse A. / Naomi – coffee program chat"
    rw_desc = ("Great talking on the phone today! Come by the bakery and we'll sit down about "
               "the coffee program lead role – I'll show you the bar and the new grinder "
               "nobody here knows how to dial in yet. Park on SE 13th. I'm hoping to make a "
               "decision by the end of next week. – Naomi")
    rw_where = "Rosewood Bakehouse, 4620 SE 13th Ave, Portland, OR 97202"
    naomi_cal = gcal(naomi)
    add("rw_inv", naomi_cal, [me], "2026-04-06 16:20",
        gcal_text(rw_title, "Friday Apr 10, 2026 ⋅ 10am – 10:45am", rw_where, rw_desc,
                  ["Naomi Fairbanks - organizer", "jesse.alvarado@example.net"], naomi),
        subject="Invitation: %s @ Fri Apr 10, 2026 10am - 10:45am (PDT) "
                "(jesse.alvarado@example.net)" % rw_title,
        headers=GCAL,
        ics=make_ics(method="REQUEST", uid=uid_google(NAME, "rosewood"),
                     stamp=at("2026-04-06 16:20"), start=rw_start, end=rw_end,
                     summary=rw_title, organizer=naomi,
                     attendees=[(naomi, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid=PT, location=rw_where, description=rw_desc))
    case.promise("rw_inv", "rw_inv", "naomi@rosewoodbakehouse.com", "2026-04-17",
                 ended_by="rw_rej")
    case.thread("rw_inv", True, "interview", "Rosewood Bakehouse",
                "the invite is the only mail about the meeting ('coffee program chat', Fri "
                "Apr 10 10:00-10:45); never thanked")
    case.meeting("rw_inv", rw_start, rw_end, met=["naomi@rosewoodbakehouse.com"],
                 what="interview called a chat")
    add("rw_rej", naomi, [me], "2026-04-15 09:40",
        "Hi Jesse,\n\nI wanted to tell you myself rather than leave you hanging: we've decided "
        "to go with someone who has a lot of wholesale bakery experience, which turned out to "
        "matter more for us than I expected. It was honestly a hard call.\n\nYou clearly know "
        "your way around a bar (the grinder has never been happier). I'd be glad to keep your "
        "info in case the role opens up again.\n\nAll the best,\nNaomi Fairbanks\nOwner, "
        "Rosewood Bakehouse",
        subject="Coffee program lead")
    case.thread("rw_rej", True, "rejection", "Rosewood Bakehouse",
                "gentle rejection Apr 15, before her 'end of next week'")

    # ---------------- Kettle & Crow: 'a friend says good things', Monday call
    add("f_first", felix, [me], "2026-04-15 11:30",
        "Hi Jesse,\n\nMira Solano (she worked with you at Fernhill a couple years back, now "
        "she roasts for us) says good things about you. We're opening a second Kettle & Crow "
        "out in St. Johns this summer and I need someone to run the place day to day – "
        "ordering, hiring, the whole deal.\n\nCould we talk on Monday? Phone is fine.",
        subject="Mira says you're the guy", cc=[mira])
    add("mira_r", mira, [felix, me], "2026-04-15 12:40",
        "Felix!! told you he'd be perfect. Jesse say yes and then buy me a drink 😜",
        parent="f_first")
    add("u_kc_reply", me, [felix], "2026-04-15 13:55",
        "Hi Felix,\n\nGreat to hear from you, and thanks to Mira for the kind words. I'd love "
        "to talk Monday – I'm free any time before 3. I've attached my resume so you have a "
        "sense of my background before we chat.\n\n" + SIG,
        parent="f_first", cc=[mira], attachments=[RESUME])
    case.application("f_first", "u_kc_reply", "felix@kettleandcrow.com", answered_by="f_time")
    add("f_time", felix, [me], "2026-04-16 08:20",
        "Perfect, I'll call you Monday at 1. Talk then.", parent="u_kc_reply")
    case.thread("f_first", True, "interview", "Kettle & Crow Coffee",
                "owner writes on a friend's word (she is cc'd); resume sent; call Mon Apr 20 "
                "13:00 (no end), never thanked")
    case.meeting("f_first", at("2026-04-20 13:00"), None, met=["felix@kettleandcrow.com"],
                 what="phone call about running the new shop")

    # ---------------- Basalt Coffee Co.: instructor's intro, informational call
    add("d_intro", dana, [luis, me], "2026-04-08 10:00",
        "Luis and Jesse,\n\nI'm connecting the two of you as I mentioned in class. Luis took my "
        "Small Business Management course a few years ago and now runs operations at Basalt "
        "Coffee Co. Jesse is in this term's section, has been a café shift lead for several "
        "years, and is interested in the production and operations side of specialty "
        "coffee.\n\nLuis, I think Jesse would benefit from fifteen or twenty minutes of your "
        "perspective on how you made the move from café to roastery operations.\n\nBest "
        "regards,\nDana",
        subject="Introduction: Jesse Alvarado / Luis Ortega (Basalt Coffee)")
    add("l_reply", luis, [dana, me], "2026-04-09 07:30",
        "Thanks Dana! Jesse – happy to. Does Monday 4/13 at 4 work? Send me your cell and I'll "
        "call you, 20 min or so.", parent="d_intro")
    add("u_bs_yes", me, [luis], "2026-04-09 09:15",
        "Hi Luis,\n\nMonday at 4 works – my cell is (503) 555-0163. Thank you both for setting "
        "this up!\n\nJesse", parent="l_reply", cc=[dana])
    add("u_bs_thanks", me, [luis], "2026-04-13 19:45",
        "Hi Luis,\n\nThank you for the call this afternoon. Your point about learning to read a "
        "roast profile before applying for coordinator jobs was exactly the kind of advice I "
        "was hoping for, and I've already looked up the cupping nights you mentioned.\n\nI'll "
        "send you the par sheet template I built for Fernhill's weekly order by Friday – I'd "
        "love your eyes on it.\n\n" + SIG, parent="u_bs_yes")
    case.own_promise("d_intro", "u_bs_thanks", "luis@basaltcoffee.com", "2026-04-17",
                     kept_by="u_bs_sop")
    add("l_reply2", luis, [me], "2026-04-14 08:55",
        "Anytime. Yes, send it over – always curious how cafés handle par levels. Good luck "
        "with the search.", parent="u_bs_thanks")
    add("u_bs_sop", me, [luis], "2026-04-17 20:10",
        "Hi Luis,\n\nHere's the par sheet, as promised. The first tab is the weekly order, the "
        "second is the milk and alt-milk tracker that cut our waste last fall.\n\nJesse",
        parent="l_reply2",
        attachments=[("Fernhill_par_sheet_template.pdf", "application/pdf", make_pdf([
            "Weekly Par Sheet - Template", "Item / Par / On hand / Order",
            "Whole milk (gal) / 36 / __ / __", "Oat milk (cs) / 6 / __ / __",
            "12oz hot cups (sleeve) / 20 / __ / __"]))])
    add("l_got", luis, [me], "2026-04-18 09:00",
        "Got it, thanks! Cleaner than ours, honestly. I'll send you a couple of notes when I "
        "get a chance.", parent="u_bs_sop")
    case.thread("d_intro", True, "networking", "Basalt Coffee Co.",
                "instructor's intro; 20-minute call Mon Apr 13 16:00, thanked that evening "
                "with a promise of a par sheet 'by Friday', kept Apr 17; Luis replied Apr 18")
    case.meeting("d_intro", at("2026-04-13 16:00"), at("2026-04-13 16:20"),
                 met=["luis@basaltcoffee.com"],
                 thanks={"luis@basaltcoffee.com": "u_bs_thanks"}, networking=True,
                 what="informational call")

    # ================================================================ CURRENT JOB
    kayla_cal = gcal(kayla)
    fh_start, fh_end = at("2026-04-06 18:00"), at("2026-04-06 19:30")
    fh_title = "Fernhill all-staff + latte art throwdown"
    fh_desc = ("Quick all-staff after close: spring menu, the new oat milk vendor, summer "
               "schedule requests. Then throwdown – winner picks the playlist for a month. "
               "Pizza's on us.")
    add("fh_staff", kayla_cal, [me], "2026-03-30 21:00",
        gcal_text(fh_title, "Monday Apr 6, 2026 ⋅ 6pm – 7:30pm",
                  "Fernhill Coffee Co., 3417 SE Division St", fh_desc,
                  ["Kayla Brooks - organizer", "jesse.alvarado@example.net",
                   "Fernhill staff"], kayla),
        subject="Invitation: %s @ Mon Apr 6, 2026 6pm - 7:30pm (PDT) "
                "(jesse.alvarado@example.net)" % fh_title,
        headers=GCAL,
        ics=make_ics(method="REQUEST", uid=uid_google(NAME, "fernhill-staff"),
                     stamp=at("2026-03-30 21:00"), start=fh_start, end=fh_end,
                     summary=fh_title, organizer=kayla,
                     attendees=[(kayla, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("Fernhill staff", "staff@fernhillcoffee.com"), "NEEDS-ACTION",
                                 "GROUP")],
                     tzid=PT, location="Fernhill Coffee Co., 3417 SE Division St",
                     description=fh_desc))
    case.thread("fh_staff", False, None, "Fernhill Coffee Co.",
                "staff meeting at his current café, Mon Apr 6")
    case.meeting("fh_staff", fh_start, fh_end, met=["kayla@fernhillcoffee.com"], job=False,
                 what="staff meeting")

    add("k_maddie", kayla, [me], "2026-04-13 10:05",
        "Hey! Can you sit in on this interview Thurs at 3? She's got a year at a drive-thru "
        "place and I want your read on her bar skills. Forwarding her email below.\n\n"
        "---------- Forwarded message ---------\nFrom: Maddie Chen "
        "<maddie.chen.pdx@gmail.com>\nDate: Sat, Apr 11, 2026 at 4:52 PM\nSubject: Barista "
        "position\nTo: <kayla@fernhillcoffee.com>\n\nHi Kayla,\n\nI saw the hiring sign in your "
        "window and dropped off my resume on Friday. I've been a barista at a drive-thru in "
        "Milwaukie for about a year and I'd love to learn more about specialty coffee. I'm "
        "available most days after 1.\n\nThank you!\nMaddie Chen\n(971) 555-0112",
        subject="Fwd: Barista position")
    add("u_fh_maddie_ok", me, [kayla], "2026-04-13 10:40",
        "Yep, I'm on till 2 Thursday so I'll stick around. Want me to have her pull a couple "
        "shots?", parent="k_maddie")
    add("k_yes", kayla, [me], "2026-04-13 11:02",
        "yes pls! and have her steam for a 12oz oat latte, that's where people fall apart lol",
        parent="u_fh_maddie_ok")
    add("u_fh_notes", me, [kayla], "2026-04-16 17:40",
        "Notes on Maddie:\n- Shots were a little fast (22s) but she noticed on her own and "
        "tightened the grind, which I liked\n- Oat milk texture was decent, pour needs work\n"
        "- Friendly, looked customers in the eye, a bit slow on the POS\n\nI'd bring her in "
        "for a stage shift. Could see her on weekend mornings.", parent="k_yes")
    add("k_notes_r", kayla, [me], "2026-04-16 19:02",
        "Agree. I'll set up a stage for next week. Appreciate you!", parent="u_fh_notes")
    case.thread("k_maddie", False, None, "Fernhill Coffee Co.",
                "his manager asks him to sit in on a barista candidate's interview Thu Apr 16 "
                "15:00 (candidate's address in the forwarded mail); he is on the hiring side")
    case.meeting("k_maddie", at("2026-04-16 15:00"), None,
                 met=["maddie.chen.pdx@gmail.com", "kayla@fernhillcoffee.com"], job=False,
                 what="Jesse interviews a barista at his current job")

    add("k_cover", kayla, [me], "2026-04-15 16:20",
        "Hey, Jordan's out Sat 4/18 for a wedding. Any chance you can take the 2-close? Let "
        "me know by Friday so I can post it otherwise.", subject="sat 4/18 close??")
    add("u_fh_cover", me, [kayla], "2026-04-15 21:05",
        "I've got band stuff Saturday night, let me see if I can move rehearsal. I'll let you "
        "know by Friday.", parent="k_cover")
    case.own_promise("k_cover", "u_fh_cover", "kayla@fernhillcoffee.com", "2026-04-17",
                     job=False, kept_by="u_fh_notes")
    case.thread("k_cover", False, None, "Fernhill Coffee Co.",
                "shift cover at his current café; his 'I'll let you know by Friday' is about "
                "his current job, not the search")

    for key, when, week in (("fh_sched1", "2026-04-03 16:00", "Apr 6 – Apr 12"),
                            ("fh_sched2", "2026-04-17 16:05", "Apr 20 – Apr 26")):
        txt = ("Hi Jesse,\n\nFernhill Coffee Co. has published the schedule for %s.\n\nYour "
               "shifts:\n%s\n\nOpen the ShiftPal app to swap or drop a shift.\n\nYou're "
               "receiving this because notifications are on for Fernhill Coffee Co." % (
                   week, "Mon 5:30a–2:00p · Tue 5:30a–2:00p · Thu 5:30a–2:00p · Fri 6:00a–"
                   "2:30p · Sun 7:00a–3:00p" if key == "fh_sched1" else
                   "Tue 5:30a–2:00p · Wed 5:30a–1:00p · Thu 5:30a–2:00p · Fri 6:00a–2:30p"))
        add(key, shiftpal, [me], when, txt,
            subject="Your schedule for %s is posted" % week, headers=AUTO)
        case.thread(key, False, None, "ShiftPal", "shift schedule notification")

    # ================================================================ NOISE
    alerts = [
        ("ia1", indeed, "2026-03-02 06:00", "assistant store manager jobs in Portland, OR – 14 "
         "new jobs",
         "14 new jobs for assistant store manager in Portland, OR\n\nAssistant Store Manager\n"
         "Bridgetown Coffee – Portland, OR\n$22 – $25 an hour · Full-time\nEasily apply\n\n"
         "Assistant Manager – Drive Thru\nPerk Up Espresso – Gresham, OR\n$20.50 – $22 an hour"
         "\n\nCafé Manager\nLittle Bird Café – Portland, OR 97227\nResponsive employer\n\nSee all "
         "jobs: https://www.indeed.com/jobs?q=assistant+store+manager&l=Portland%2C+OR\n\n"
         "Unsubscribe from this job alert.", "<alert.indeed.com>",
         "https://www.indeed.com/alert/unsubscribe"),
        ("ia2", indeed, "2026-03-23 06:00", "10+ new café manager jobs near Portland, OR",
         "Café Manager\nCrumb & Kettle Bakery Café – Portland, OR 97202\nHiring multiple "
         "candidates\n\nCafé & Coffee Bar Manager – Hawthorne\nMarigold Market – Portland, OR\n"
         "Full-time · Benefits\n\nCoffee Program Lead\nRosewood Bakehouse – Portland, OR\n\n"
         "Manager in Training\nGrind Line Coffee – Beaverton, OR\n\nView all 12 jobs\n\n"
         "Unsubscribe from this job alert.", "<alert.indeed.com>",
         "https://www.indeed.com/alert/unsubscribe"),
        ("ia3", indeed, "2026-04-21 06:00", "roastery production jobs in Portland, OR – 6 new "
         "jobs",
         "Production Roaster\nFoundry Roast Works – Portland, OR 97214\n\nRoastery Operations "
         "Coordinator\nRidgeline Coffee Roasters – Portland, OR 97209\n\nPackaging Associate – "
         "Coffee\nNorthgate Foods – Tualatin, OR\n$19 an hour\n\nWarehouse Lead, Green Coffee\n"
         "Basalt Coffee Co. – Portland, OR\n\nSee all jobs\n\nUnsubscribe from this job alert.",
         "<alert.indeed.com>", "https://www.indeed.com/alert/unsubscribe"),
        ("sa1", snag, "2026-03-17 07:30", "New jobs matching \"shift lead\" near 97214",
         "Hi Jesse, here are today's matches:\n\nShift Lead – Lantern Coffee Bar (1.8 mi)\n"
         "Barista Trainer – Stumptown Road Coffee Co. (2.4 mi)\nAssistant Manager – Perk Up "
         "Espresso (11.2 mi)\nCafé Supervisor – The Alder Hotel (2.9 mi)\n\nApply in one "
         "tap with your Snagajob profile.\n\nManage alerts: https://www.snagajob.com/alerts",
         "<jobs.snagajob.com>", "https://www.snagajob.com/alerts/unsubscribe"),
        ("sa2", snag, "2026-04-14 07:30", "7 new hourly jobs near you – apply today",
         "Hi Jesse,\n\nKitchen & café jobs hiring now near 97214:\n\nLead Barista – Good "
         "Neighbor Coffee (3.1 mi) – $19–$21/hr\nCafé Manager – Hollow Oak Café (4.0 mi)\n"
         "Front of House Manager – Pearl Street Eatery (2.7 mi)\n\nEmployers are viewing "
         "profiles this week – make sure yours is up to date!\n\nManage alerts: "
         "https://www.snagajob.com/alerts", "<jobs.snagajob.com>",
         "https://www.snagajob.com/alerts/unsubscribe"),
        ("pb1", pourboard, "2026-03-12 08:00", "PourBoard weekly: 9 coffee jobs in the PNW",
         "This week on PourBoard:\n\n• Green Coffee Buyer (Seattle) – apply by 3/20\n• Head "
         "Roaster – Foundry Roast Works (Portland)\n• Café Manager – Tidepool Coffee (Portland, "
         "Sellwood)\n• Wholesale Account Rep – Ridgeline Coffee Roasters\n• Barista, part time – "
         "Café Tres Ríos\n\nPosting a job? First listing is free for shops under 3 locations.\n\n"
         "You're getting this because you joined PourBoard. Unsubscribe anytime.",
         "<weekly.pourboard.co>", "https://pourboard.co/unsubscribe"),
    ]
    for key, who, when, subj, body, lid, unsub in alerts:
        add(key, who, [me], when, body, subject=subj, headers=bulk_headers(lid, unsub),
            html=html_of(body, subj))
        case.thread(key, False, None, who.name, "job-board alert, owes nothing")

    # rent and the house
    add("th1", tenanthub, [me], "2026-03-28 09:00",
        "Hi Jesse,\n\nThis is a friendly reminder that your rent portion of $950.00 for 3412 SE "
        "34th Ave is due on 04/01/2026. Payments made after 04/05 will incur a $75 late fee.\n"
        "\nPay online: https://tenanthub.com/pay\n\nHawthorne Property Group",
        subject="Rent reminder: $950.00 due 04/01/2026", headers=AUTO)
    case.thread("th1", False, None, "Hawthorne Property Group", "rent reminder")
    add("th2", tenanthub, [me], "2026-04-01 07:14",
        "Payment received. Thank you!\n\nAmount: $950.00\nProperty: 3412 SE 34th Ave\n"
        "Confirmation #: TH-88231907\n\nHawthorne Property Group",
        subject="Payment received – $950.00", headers=AUTO)
    case.thread("th2", False, None, "Hawthorne Property Group", "rent receipt")

    add("u_sink", me, [renee], "2026-03-30 08:10",
        "Hi Renee,\n\nThe kitchen sink at 3412 SE 34th is leaking under the cabinet again – "
        "there's a bucket catching it for now. Could someone take a look? Any weekday morning "
        "works, one of us is usually home.\n\nJesse Alvarado (unit tenant)",
        subject="Kitchen sink leak – 3412 SE 34th Ave")
    add("re_sink", renee, [me], "2026-03-31 09:15",
        "Hi Jesse,\n\nI've scheduled Pipeline Plumbing to come out Thursday 4/2 between 9 and "
        "noon. Please make sure the area under the sink is cleared.\n\nThank you,",
        parent="u_sink")
    case.promise("u_sink", "re_sink", "rcalloway@hawthorneproperty.com", "2026-04-02",
                 job=False)
    add("u_sink_done", me, [renee], "2026-04-02 13:00",
        "Plumber came by this morning, all fixed. Thanks Renee!", parent="re_sink")
    case.thread("u_sink", False, None, "Hawthorne Property Group",
                "maintenance request, plumber visit kept")

    add("rm1", kai, [me, bree], "2026-03-03 19:10",
        "yo. lease renewal letter is on the fridge, rent goes up $45 a month in may. also "
        "the dishwasher is doing the grinding thing again. house meeting sunday night?",
        subject="rent going up + dishwasher")
    add("rm1b", bree, [kai, me], "2026-03-03 20:02",
        "ugh. sunday works, i'm home after 6. i'll make soup", parent="rm1")
    add("u_rm1", me, [kai, bree], "2026-03-03 21:30",
        "I'm in. I close Saturday but Sunday night is free. Soup > dishwasher talk",
        parent="rm1b")
    add("rm1c", kai, [me, bree], "2026-03-04 08:12",
        "cool. 7pm. bring opinions about the recycling situation", parent="u_rm1")
    case.thread("rm1", False, None, None, "roommates")
    add("rm2", bree, [me, kai], "2026-04-18 11:20",
        "ok who ate my leftover pad see ew. there was a NOTE on it", subject="the pad see ew")
    add("u_rm2", me, [bree, kai], "2026-04-18 11:41",
        "Guilty. Got home at 11 after rehearsal and it was calling my name. Replacing it "
        "tonight, Thai Peacock ok?", parent="rm2")
    add("rm2b", kai, [me, bree], "2026-04-18 12:03", "lmaooo the NOTE", parent="u_rm2")
    case.thread("rm2", False, None, None, "roommates")

    for key, when, subj, body in (
            ("sp1", "2026-03-04 09:30", "Bree Sullivan requested $41.67",
             "Bree Sullivan requested $41.67 from you\n\n\"⚡ cascade power feb\"\n\nPay or "
             "decline in the Splitly app.\n\nSplitly, Inc."),
            ("sp2", "2026-04-04 23:18", "You paid Kai Nakoa $25.00",
             "You paid Kai Nakoa $25.00\n\n\"🍕 + 🍺 after the show\"\n\nTransaction ID "
             "4417729031\nSplitly, Inc."),
            ("sp3", "2026-04-18 10:02", "You paid Bree Sullivan $26.66",
             "You paid Bree Sullivan $26.66\n\n\"elevate fiber april\"\n\nTransaction ID "
             "4481102267\nSplitly, Inc.")):
        add(key, splitly, [me], when, body, subject=subj, headers=AUTO)
        case.thread(key, False, None, "Splitly", "payment receipt")

    # the band
    add("bd1", nora, [theo, me], "2026-03-05 20:30",
        "Practice this week? I can do Wed or Thu after 8. Also we need to lock the setlist for "
        "the Knot Room thing if that actually happens, I want to open with Low Tide",
        subject="practice + setlist")
    add("bd1b", theo, [nora, me], "2026-03-05 21:04", "thu works. wed I have my kid",
        parent="bd1")
    add("u_bd1", me, [nora, theo], "2026-03-05 22:15",
        "Thu after 8 works for me. Agree on Low Tide first, but then we need something faster "
        "second or we lose the room.", parent="bd1b")
    add("bd1c", nora, [theo, me], "2026-03-06 09:11",
        "ok Thursday 8:30 at the space. bring the new bridge idea", parent="u_bd1")
    case.thread("bd1", False, None, None, "band practice")

    add("u_bk", me, [jules], "2026-04-03 14:00",
        "Hey Jules,\n\nCedar Hollows here (Jesse, bass). We played your Tuesday night back in "
        "January with Pale Harbor. Any chance you have a Saturday open in late April? We've "
        "got 45 minutes of new stuff and can bring 40-ish people.\n\nJesse",
        subject="Cedar Hollows – any Saturdays in late April?")
    add("jb1", jules, [me], "2026-04-06 12:00",
        "Hey Jesse, penciling you in for Sat 4/25, opening for Rain City Static around 9. I'll "
        "confirm by Friday once I hear back from their agent.", parent="u_bk")
    case.promise("u_bk", "jb1", "booking@knotroompdx.com", "2026-04-10", job=False)
    add("jb2", jules, [me], "2026-04-09 15:00",
        "Confirmed! 4/25, load in 8pm, 45 min set, $150 guarantee + door split over 60. Send "
        "me a band photo and a two-line blurb for the poster.", parent="jb1")
    add("u_bk2", me, [jules], "2026-04-09 18:00",
        "Amazing, we're stoked. Blurb:\n\n\"Cedar Hollows are a Portland four-piece making "
        "slow-burning rock for rainy nights. New EP this summer.\"\n\nPhoto's in the Drive "
        "folder: https://drive.example.com/cedarhollows/press", parent="jb2")
    case.thread("u_bk", False, None, "The Knot Room", "booking a gig, Sat Apr 25")

    add("theo_demo", theo, [nora, me], "2026-04-12 23:40",
        "rough mix of Low Tide from sunday. bass is a little buried in the chorus, I'll fix "
        "it. https://drive.example.com/cedarhollows/lowtide_rough3.wav",
        subject="low tide rough mix")
    add("theo_demo_b", nora, [theo, me], "2026-04-13 08:20",
        "omg the harmony in the last chorus. yes. more bass pls", parent="theo_demo")
    case.thread("theo_demo", False, None, None, "band demo")

    # family
    add("mom1", mom, [me], "2026-03-10 19:20",
        "Mijo, ¿ya viste la invitación del baby shower de tu hermana? Es el domingo 26 de "
        "abril en casa de tu tía Irma. ¿Puedes pedirle las sillas plegables a tu tío Beto? "
        "Él ya sabe.\n\nY cómete algo que no sea café por favor.\n\nTe quiero,\nMamá",
        subject="baby shower de Marisol")
    add("u_mom1", me, [mom], "2026-03-11 07:45",
        "Hola ma! Sí, ya la vi. Le pido las sillas al tío Beto este fin. Y sí como, te lo "
        "prometo 😂\n\nTe quiero,\nJesse", parent="mom1")
    add("mom1b", mom, [me], "2026-03-11 09:02",
        "Ok mijo. Tu papá dice que le lleves la bocina para la música.", parent="u_mom1")
    case.thread("mom1", False, None, None, "mother, in Spanish, about the baby shower")

    gath = ("Marisol & Andrés's Baby Shower 🍼\n\nSunday, April 26, 2026\n1:00 PM – 4:00 PM\n"
            "Irma's house, 8811 SE Harold St, Portland\n\nHosted by Irma Alvarado\n\n"
            "\"Come celebrate baby girl with tamales, games and too much cake! Registry is on "
            "the event page. No need to bring anything but yourselves (and maybe a folding "
            "chair).\"\n\nRSVP: https://gatherly.com/e/marisol-shower")
    add("gath", gatherly, [me], "2026-03-11 12:00", gath,
        subject="You're invited: Marisol & Andrés's Baby Shower", headers=AUTO,
        html=html_of(gath, "Gatherly"))
    case.thread("gath", False, None, "Gatherly", "baby shower invitation, Sun Apr 26")
    case.meeting("gath", at("2026-04-26 13:00"), at("2026-04-26 16:00"), job=False,
                 status="scheduled", what="family event")
    add("ms1", marisol, [me], "2026-04-19 10:30",
        "hey baby bro, mom says you're bringing the speaker? also PLEASE don't let tío Beto "
        "near the aux. love u",
        subject="shower stuff")
    add("u_ms1", me, [marisol], "2026-04-19 11:12",
        "Speaker's coming, and I'll guard the aux with my life. How are you feeling?",
        parent="ms1")
    case.thread("ms1", False, None, None, "sister")

    # school
    add("cv1", canvas, [me], "2026-03-20 18:00",
        "BA 150: Small Business Management\n\nAssignment due soon: Week 6 Reflection – Pricing "
        "and Margins\nDue: Mar 23 at 11:59pm\n\nView assignment: https://rosecitycc.instructure"
        ".com/courses/20411/assignments/188203\n\nUpdate your notification preferences.",
        subject="Assignment due soon: Week 6 Reflection – Pricing and Margins", headers=AUTO)
    case.thread("cv1", False, None, "Rose City Community College", "Canvas notification")
    add("cv2", canvas, [me], "2026-04-13 17:00",
        "BA 150: Small Business Management\n\nNew announcement from Dana Whitfield:\n\n"
        "\"Midterm business plans\"\n\nThank you all for turning in your business plans. I'll "
        "have written feedback back to you by Monday, April 20. Next week's guest speaker "
        "runs a food cart pod on Division, so come with questions.\n\nView announcement: "
        "https://rosecitycc.instructure.com/courses/20411/discussion_topics/90133",
        subject="Midterm business plans: BA 150", headers=AUTO)
    case.promise("cv2", "cv2", "notifications@instructure.com", "2026-04-20", job=False)
    case.thread("cv2", False, None, "Rose City Community College",
                "class announcement: feedback by Monday Apr 20 (school, not job search)")

    # errands and bills
    add("bike1", bikeshop, [me], "2026-04-04 11:00",
        "Hi Jesse,\n\nYour bike is ready for pickup! Work order #20418: tune-up, new chain, "
        "rear brake pads. Total $118.40.\n\nWe're open Tue–Sat 10–6, Sun 11–4.\n\nSpoke & "
        "Sprocket Cycles\n2210 SE Clinton St", subject="Your repair is ready – WO #20418")
    add("u_bike1", me, [bikeshop], "2026-04-04 11:25",
        "Awesome, could I grab it tomorrow around noon?", parent="bike1")
    add("bike1b", bikeshop, [me], "2026-04-04 12:10",
        "Yep, see you Sunday! – Ray", parent="u_bike1")
    case.thread("bike1", False, None, "Spoke & Sprocket Cycles", "bike repair pickup")

    add("cpl", power, [me], "2026-03-09 05:30",
        "Your Cascade Power & Light bill is ready.\n\nAccount ending 4471\nAmount due: $124.98\n"
        "Due date: 03/27/2026\n\nView and pay: https://my.cascadepower.com\n\nThis is an "
        "automated message.", subject="Your March bill is ready", headers=AUTO)
    case.thread("cpl", False, None, "Cascade Power & Light", "utility bill")
    add("fib", fiber, [me], "2026-04-05 06:10",
        "Hi Jesse, your Elevate Fiber statement is ready.\n\nPlan: Fiber 500\nAmount due: "
        "$79.99 (autopay on 04/15)\n\nQuestions? elevatefiber.net/help",
        subject="Your Elevate Fiber statement", headers=AUTO)
    case.thread("fib", False, None, "Elevate Fiber", "internet bill")

    dn_start, dn_end = at("2026-04-24 08:00"), at("2026-04-24 09:00")
    add("dn", dentist, [me], "2026-04-20 09:00",
        "Hi Jesse,\n\nThis is a reminder of your appointment at Division Street Dental:\n\n"
        "Friday, April 24, 2026 at 8:00 AM\nCleaning & exam with Dr. Patel\n3920 SE Division "
        "St, Suite 200\n\nPlease arrive 10 minutes early. Reply C to confirm or call "
        "503-555-0139 to reschedule.",
        subject="Appointment reminder – Fri 4/24 8:00 AM", headers=AUTO,
        ics=make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dentist"),
                     stamp=at("2026-04-20 09:00"), start=dn_start, end=dn_end,
                     summary="Dental cleaning & exam – Division Street Dental",
                     organizer=dentist, tzid=PT,
                     location="3920 SE Division St, Suite 200, Portland, OR",
                     prodid="-//SmileBook//Reminders 3.1//EN"),
        ics_mode="publish")
    case.thread("dn", False, None, "Division Street Dental", "dentist reminder, Fri Apr 24")
    case.meeting("dn", dn_start, dn_end, job=False, status="scheduled", what="dentist")

    for key, when, subj, body in (
            ("dg1", "2026-03-24 06:00", "The Daily Grind: tariffs, oat milk wars, and who's "
             "hiring",
             "Good morning, coffee people.\n\n☕ Green prices: the C market slid again last "
             "week, but importers say don't expect your costs to drop before fall.\n🥛 Oat milk "
             "wars: two big brands cut wholesale prices in the Northwest.\n📋 Who's hiring: "
             "roasteries in Portland and Seattle are posting production roles ahead of "
             "summer – our job board has 40+ listings.\n\nSee you tomorrow,\nThe Daily Grind"),
            ("dg2", "2026-04-22 06:00", "The Daily Grind: the case for the 8oz cortado",
             "Good morning.\n\n☕ Why cafés are shrinking their menus (and making more money).\n"
             "🏆 Regional barista comp results from Tacoma.\n💼 Career corner: what roastery "
             "managers actually look for in a café-to-production switch.\n\nSee you tomorrow,\n"
             "The Daily Grind")):
        add(key, grind, [me], when, body, subject=subj,
            headers=bulk_headers("<daily.dailygrind.coffee>",
                                 "https://dailygrind.coffee/unsubscribe"),
            html=html_of(body, subj))
        case.thread(key, False, None, "The Daily Grind", "industry newsletter")

    add("cu1", cu, [me], "2026-04-03 04:00",
        "Your March eStatement for Checking ****2290 is ready to view in online banking.\n\n"
        "Riverbend Credit Union will never ask for your password by email.",
        subject="Your eStatement is ready", headers=AUTO)
    case.thread("cu1", False, None, "Riverbend Credit Union", "bank statement")

    add("mt1", marcus, [me], "2026-03-26 20:10",
        "yo I got 2 tix to the blazers friday, section 112. you in? it's been forever",
        subject="blazers fri?")
    add("u_mt1", me, [marcus], "2026-03-26 21:02",
        "Dude yes. I open Saturday so I'm leaving at the buzzer though", parent="mt1")
    add("mt1b", marcus, [me], "2026-03-26 21:15",
        "deal. meet at the max stop at 6:30", parent="u_mt1")
    case.thread("mt1", False, None, None, "friend")

    # ================================================================ LABELS
    case.expect("thank_you", "rl_inv", "wren.matsuda@ridgelinecoffee.com",
                "onsite Thu Apr 9 09:00-11:00 took place; Wren ran the tour and the cupping "
                "(ICS attendee); only Oscar got a note, which just mentions her; due 13:00 that "
                "day, overdue since Apr 10")
    case.expect("own_promise", "h_slots", "hannah.lindgren@ridgelinecoffee.com",
                "'I'll send both references over by Thursday' (Mon Apr 13): nothing sent to "
                "Hannah since; due at the end of Thu Apr 16")
    case.expect("callback", "a_first", "ana@littlebirdpdx.com",
                "'will let u know by fri for sure' (Sun Apr 12, after the paid trial shift); "
                "nothing from Little Bird since; due at the end of Tue Apr 21",
                promised="2026-04-17")
    case.expect("ask_for_address", "b_inv", "bcole@thealderhotel.com",
                "Chef Renata Silva interviewed him Thu Apr 16 10:00-11:00 but her address is "
                "nowhere; the coordinator who set it up has not been written to since; due "
                "13:00 that day")
    case.expect("networking", "t_intro", "gabe@foundryroastworks.com",
                "networking coffee Wed Mar 25, thanked; last exchange Gabe's reply Fri Mar 27; "
                "next touch due at the end of Fri Apr 10")
    case.expect("application", "u_tp_app", "claire@tidepoolcoffee.com",
                "resume sent to the owner Wed Apr 8; only an out-of-office auto-reply since; "
                "7 business days end Fri Apr 17")
    case.expect("thank_you", "u_ck_first", "dominic@crumbandkettle.com",
                "phone call Fri Apr 17 15:30 (60 min by default) took place; the 'thanks – talk "
                "Friday!' came before it and the later mail only sends a card and availability; "
                "due 18:30 Apr 17")
    case.expect("callback", "j_avail", "jocelyn.albright@marigoldmarket.com",
                "'a decision will be made by Friday, April 10'; nothing from Marigold since; "
                "due at the end of Tue Apr 14, not yet stale", promised="2026-04-10")
    case.expect("thank_you", "rw_inv", "naomi@rosewoodbakehouse.com",
                "the 'coffee program chat' Fri Apr 10 10:00-10:45 was an interview and took "
                "place; never thanked; her rejection of Apr 15 does not cancel the thank-you")
    case.expect("thank_you", "f_first", "felix@kettleandcrow.com",
                "call Mon Apr 20 13:00 (60 min by default) about running his new shop took "
                "place; no note since; due 16:00 Apr 20")

    case.forbid("rl_inv", "oscar.delgado@ridgelinecoffee.com",
                "onsite thanked in a new thread the same evening")
    case.forbid("rl_wd", "ridgelinecoffee@myworkday.com",
                "Workday acknowledgement, an automated sender; a portal application names "
                "no one to follow up with")
    case.forbid("u_lo_thanks", "lorraine.pham@bridgetowncoffee.com",
                "thanked Apr 14; her 'you'll hear from one of us by Friday' (Apr 17) is settled "
                "by Darnell's mail from the same company on Mon Apr 20")
    case.forbid("bt_ack", "noreply@paradox.ai",
                "hiring-event scheduler bot (Paradox), not a person")
    case.forbid("b_inv", "martin.osei@thealderhotel.com",
                "thanked in a new thread the afternoon of the interview")
    case.forbid("t_intro", "theo.park.drums@gmail.com",
                "the bandmate who made the intro; not at the coffee, promised nothing")
    case.forbid("u_tr_app", "rosa@cafetresrios.com",
                "application answered two days later: the job went to family (a rejection)")
    case.forbid("k_maddie", "maddie.chen.pdx@gmail.com",
                "a barista candidate Jesse interviewed for his current café; he is on the "
                "hiring side")
    case.forbid("d_intro", "luis@basaltcoffee.com",
                "informational call thanked the same evening; Jesse's own par-sheet promise kept "
                "Fri Apr 17; last exchange Apr 18, so the next touch is due only at the end of "
                "May 2")
    case.forbid("p_first", "priscilla@goodneighborcoffee.co",
                "Mon Apr 20 meeting moved to Thu Apr 23 10:00, still ahead")
    case.forbid("tm_link", "tessa@lanterncoffeebar.com",
                "Calendly interview Tue Apr 14 cancelled by her the day before; never took "
                "place")
    case.forbid("m_first", "meg@hollowoakcafe.com",
                "she missed the Mon Apr 13 meeting (no-show, nothing to thank for); her 'by "
                "Wednesday' was already chased by Jesse on Thu Apr 16")
    case.forbid("pu_offer", "cody.brandt@perkupespresso.com",
                "offer received; interview thanked Apr 7; Jesse's own answer is promised by "
                "Fri Apr 24, not yet due")
    case.forbid("k_cover", "kayla@fernhillcoffee.com",
                "'I'll let you know by Friday' is about covering a shift at his current job, "
                "not the job search (and he has written to her since, on Apr 16)")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
