#!/usr/bin/env python3
"""Sealed case: a registered electrician in Auckland looking for a bigger firm or a
site-supervisor role.  Written blind, from the rules and the brief only."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt

NAME = "tradesperson-auckland"
AKL = "Pacific/Auckland"

IPHONE = "\n\nSent from my iPhone"
BEN_SIG = "Ben Tipene\nRegistered Electrician (EW 213377)\n021 555 0183"


def build():
    ben = Person("Ben Tipene", "ben.tipene@example.net", tz=AKL, style="webmail",
                 msgid_domain="example.net")
    case = Case(
        NAME,
        "Registered electrician in Auckland moving up to a bigger firm or a site-supervisor "
        "role; small-business employers on personal mail, an agency, a council ATS, a large "
        "contractor's HR team, across the end of NZ daylight time",
        {"name": "Ben Tipene", "emails": ["ben.tipene@example.net"],
         "phone": "+64 21 555 0183", "timezone": AKL},
        dt.datetime(2026, 4, 15, 19, 40, tzinfo=ZoneInfo(AKL)),
        "")
    case.me = ben
    at = case.at

    def P(name, email, style="gmail", sig=None, tz=AKL, auto=False, msgid_domain=None,
          region="ausprd01"):
        return Person(name, email, tz=tz, style=style, sig=sig, auto=auto,
                      msgid_domain=msgid_domain, region=region)

    # ------------------------------------------------------------------ people
    priya = P("Priya Natarajan", "priya.natarajan@harbourline.co.nz", "outlook",
              "Kind regards,\nPriya\n\nPriya Natarajan\nHR Advisor | Harbourline Electrical Group\n"
              "P 09 555 2740 | M 027 555 8812\nHarbourline House, 61 Kiln Street, Penrose, Auckland 1061")
    stuart = P("Stuart McKenzie", "stuart.mckenzie@harbourline.co.nz", "outlook")
    dean = P("Dean Ropata", "dean.ropata@harbourline.co.nz", "outlook")
    hl_room = ("PEN-Meeting Room 2 (8)", "pen-meetingroom2@harbourline.co.nz")
    smartr = P("Harbourline Electrical Group", "noreply@smartrecruiters.com", "auto", auto=True)

    courtney = P("Courtney Hale", "courtney@ironbarktrades.co.nz", "gmail",
                 "Courtney Hale\nSenior Consultant - Trades & Construction\nIronbark Recruitment\n"
                 "M 022 555 3419 | courtney@ironbarktrades.co.nz\nironbarktrades.co.nz")
    courtney_cal = P("Courtney Hale", "courtney@ironbarktrades.co.nz", "gcal")
    calendly = P("Calendly", "notifications@calendly.com", "auto", auto=True)
    hemi = P("Hemi Walker", "hemi.walker@totarabs.co.nz", "outlook")

    dave = P("Dave Kerr", "dkelectrical.akl@gmail.com", "gmail")
    russell = P("Russell Tane", "r.tane@xtra.co.nz", "webmail", msgid_domain="xtra.co.nz")
    mitch = P("Mitch Rangi", "rangielectrical@gmail.com", "gmail")
    grant = P("Grant Fisher", "grant@fisherelectrical.co.nz", "outlook",
              "Grant Fisher\nDirector\nFisher Electrical Services Ltd\n027 555 4470 | fisherelectrical.co.nz")

    workday = P("Waitematā City Council", "waitematacity@myworkday.com", "auto", auto=True)
    leanne = P("Leanne Duffy", "leanne.duffy@waitematacity.govt.nz", "outlook",
               "Ngā mihi,\n\nLeanne Duffy\nRecruitment Advisor | People & Capability\n"
               "Waitematā City Council | Te Kaunihera o Waitematā\nDDI 09 555 4021\n"
               "Civic Centre, 12 Harbour Terrace, Auckland")
    aroha = P("Aroha Kingi", "aroha.kingi@waitematacity.govt.nz", "outlook")
    sam = P("Sam Petelo", "sam.petelo@waitematacity.govt.nz", "outlook")
    council_room = ("CIV-L3-Manuka Room", "civ-l3-manuka@waitematacity.govt.nz")

    fiona = P("Fiona Blake", "fiona.blake@kaimaied.co.nz", "outlook",
              "Regards,\nFiona\n\nFiona Blake | Operations Manager\nKaimai Electrical & Data Ltd\n"
              "Tauranga | Auckland\nM 027 555 6402")
    raj = P("Raj Patel", "raj.patel@kaimaied.co.nz", "outlook")

    chloe = P("Chloe Barker", "chloe.barker@bellfieldgroup.com.au", "outlook",
              "Kind regards,\n\nChloe Barker\nPeople & Culture Coordinator\nBellfield Group | "
              "Kahurangi Construction\n+61 7 5550 1842",
              tz="Australia/Brisbane")
    wiremu = P("Wiremu Hohaia", "wiremu.hohaia@kahurangi.co.nz", "outlook")

    goodtime = P("Velocity Electrical Talent Team", "no-reply@goodtime.io", "auto", auto=True)
    jess = P("Jess Moana", "jess.moana@velocityelectrical.co.nz", "gmail",
             "Ngā mihi,\nJess\n\nJess Moana\nTalent Acquisition Partner | Velocity Electrical\n"
             "021 555 6690")
    hamish = P("Hamish Grieve", "hamish.grieve@velocityelectrical.co.nz", "gmail")

    sione = P("Sione Faleolo", "sione.faleolo88@gmail.com", "gmail")
    tom = P("Tom Hadfield", "tom.hadfield@lendrum.co.nz", "outlook",
            "Tom Hadfield\nSite Manager | Lendrum Construction\n027 555 2198")
    megan = P("Megan Tait", "megan.tait@kestrelconstruction.co.nz", "outlook",
              "Megan Tait\nElectrical Services Manager\nKestrel Construction Ltd\n"
              "DDI 09 555 3307 | M 021 555 8120")
    brightsparks = P("Bright Sparks Electrical", "office@brightsparkselectrical.co.nz", "outlook",
                     auto=True)

    # noise
    gary = P("Gary Muir", "gary@kaurielectrical.co.nz", "gmail",
             "Gary Muir\nKauri Electrical Ltd\n027 555 1906")
    gary_cal = P("Gary Muir", "gary@kaurielectrical.co.nz", "gcal")
    kahu = P("Kahu Herewini", "kahu.herewini03@gmail.com", "gmail")
    liam = ("Liam Ashby", "liam.ashby07@gmail.com")
    mum = P("Ngaire Tipene", "ngaire.tipene@xtra.co.nz", "webmail", msgid_domain="xtra.co.nz")
    nan = P("Hine Tipene", "nanhine.tipene@gmail.com", "gmail")
    tia = P("Tia Tipene-Cole", "tia.tc@gmail.com", "gmail")
    physio_bk = P("Eastside Physio", "bookings@eastsidephysio.co.nz", "auto", auto=True)
    jono = P("Jono Reid", "jono@eastsidephysio.co.nz", "gmail",
             "Jono Reid\nPhysiotherapist | Eastside Physio\n09 555 7731")
    rovers = P("Tamaki Rovers RFC", "news@tamakirovers.org.nz", "auto", auto=True)
    treasurer = P("Lisa Fonoti", "treasurer@tamakirovers.org.nz", "gmail",
                  "Lisa Fonoti\nTreasurer, Tamaki Rovers RFC")
    dion = P("Dion Mahe", "dion.mahe@gmail.com", "gmail")
    trove = P("Trove", "no-reply@trove.co.nz", "auto", auto=True)
    autocheck = P("AutoCheck Testing Stations", "reminders@autochecktesting.co.nz", "auto", auto=True)
    ird = P("Inland Revenue", "no-reply@ird.govt.nz", "auto", auto=True)
    tradejobs = P("TradeJobs NZ", "alerts@tradejobs.co.nz", "auto", auto=True)
    electrade = P("ElecTrade NZ", "bulletin@electrade.org.nz", "auto", auto=True)
    sparkline = P("Sparkline Electrical Wholesale", "accounts@sparkline.co.nz", "auto", auto=True)
    toolshed = P("ToolShed Direct", "orders@toolsheddirect.co.nz", "auto", auto=True)
    kowhai = P("Kōwhai Energy", "billing@kowhaienergy.co.nz", "auto", auto=True)

    cv = ("Ben_Tipene_CV_2026.pdf", "application/pdf", make_pdf([
        "Ben Tipene - Registered Electrician",
        "021 555 0183 | ben.tipene@example.net | East Auckland",
        "EWRB registered electrician since 2020 (EW 213377); practising licence current",
        "Kauri Electrical Ltd, 2019-present: residential new builds, light commercial fit-outs,",
        "switchboard upgrades, RCD and periodic testing; runs small jobs and mentors an apprentice",
        "Apprenticeship: Kauri Electrical Ltd / MITO-style block courses, 2015-2019",
        "Site Safe passport current; first aid certificate (2025); full licence, class 2",
        "Referees available on request"]))

    # ================================================================== JOB SEARCH
    # ---- Harbourline Electrical Group: ATS acknowledgement
    case.add("hl_ack", smartr, [ben], "2026-03-11 21:52",
             "Hi Ben,\n\nThanks for applying for Site Supervisor - Electrical (Auckland Commercial) "
             "at Harbourline Electrical Group.\n\nWe've received your application and our People "
             "team will review it against the requirements of the role. If your experience is a "
             "good match, someone from the team will contact you about next steps.\n\nYou can "
             "check the status of your application at any time in your candidate portal.\n\n"
             "Harbourline Electrical Group\nPowered by SmartRecruiters",
             subject="Thanks for applying to Harbourline Electrical Group",
             html=html_of("Hi Ben,\n\nThanks for applying for <b>Site Supervisor - Electrical "
                          "(Auckland Commercial)</b> at Harbourline Electrical Group.\n\nWe've "
                          "received your application and our People team will review it against "
                          "the requirements of the role. If your experience is a good match, "
                          "someone from the team will contact you about next steps.\n\n"
                          "Harbourline Electrical Group\nPowered by SmartRecruiters")
             .replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>"),
             html_only=True, headers=AUTO)
    case.thread("hl_ack", True, "application", "Harbourline Electrical Group",
                "SmartRecruiters acknowledgement; no person, no date")

    # ---- Harbourline phone screen: slots offered, one picked
    case.add("hl_ps1", priya, [ben], "2026-03-19 11:02",
             "Hi Ben,\n\nThank you for applying for our Site Supervisor - Electrical role. I'd like "
             "to set up a 20-minute phone call to talk through your experience and what you're "
             "looking for next.\n\nWould any of these times suit?\n\n"
             "- Monday 23/3 at 12.30pm\n- Tuesday 24/3 at 7.30am\n- Tuesday 24/3 at 4.00pm\n\n"
             "Just reply with the one that works best and the best number to reach you on.",
             subject="Site Supervisor - Electrical | Harbourline | quick phone chat")
    case.add("hl_ps2", ben, [priya], "2026-03-19 12:24",
             "Hi Priya\n\nTues 7.30am would be best for me, I'm on site from 8. Mobile is "
             "021 555 0183.\n\nBen" + IPHONE, parent="hl_ps1")
    case.add("hl_ps3", priya, [ben], "2026-03-19 13:10",
             "Perfect - I'll call you on 021 555 0183 at 7.30am on Tuesday 24 March. Talk then!",
             parent="hl_ps2")
    case.add("hl_ps4", ben, [priya], "2026-03-24 08:03",
             "Hi Priya,\n\nThanks for the call this morning and for explaining how the supervisor "
             "role works alongside the project managers. It sounds like the kind of step up I'm "
             "after and I'm keen to go further in the process.\n\nCheers,\n" + BEN_SIG,
             parent="hl_ps3")
    case.thread("hl_ps1", True, "interview", "Harbourline Electrical Group",
                "phone screen Tue 24 Mar 07:30-07:50 NZDT (slot picked from three); thanked in "
                "the thread at 08:03; stale by now anyway")
    case.meeting("hl_ps1", at("2026-03-24 07:30"), at("2026-03-24 07:50"),
                 met=[priya.email], thanks={priya.email: "hl_ps4"}, what="phone screen")

    # ---- Harbourline panel interview (Outlook invite, NZST after the clocks go back)
    hl_desc = ("Hi Ben,\n\nThank you for your time on the phone last week. We'd like to invite you "
               "to an interview for the Site Supervisor - Electrical role.\n\n"
               "When: Tuesday 7 April, 10.00am - 11.00am\n"
               "Where: Harbourline House, 61 Kiln Street, Penrose - visitor parks are out the front\n"
               "Panel: Stuart McKenzie (Operations Manager - Auckland) and Dean Ropata "
               "(Senior Site Supervisor)\n\n"
               "Please sign in at reception when you arrive and Dean will come down to collect "
               "you. Bring photo ID, your practising licence and your Site Safe card. Dean will "
               "take you through a short practical scenario (reading a set of services drawings) "
               "as part of the hour.\n\n"
               "Heads up that daylight saving ends on Sunday 5 April - the time above is NZ "
               "standard time, after the clocks go back.\n\n"
               "Please accept the invite so the panel knows you're coming.")
    hl_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "hl-interview"),
                      stamp=at("2026-04-01 09:41"), start=at("2026-04-07 10:00"),
                      end=at("2026-04-07 11:00"),
                      summary="Interview - Ben Tipene - Site Supervisor (Electrical)",
                      organizer=priya,
                      attendees=[(ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (stuart, "ACCEPTED", "INDIVIDUAL"),
                                 (dean, "ACCEPTED", "INDIVIDUAL"),
                                 (hl_room, "ACCEPTED", "ROOM")],
                      tzid="New Zealand Standard Time",
                      location="PEN-Meeting Room 2 (8); Harbourline House, 61 Kiln Street, Penrose",
                      description=hl_desc, prodid="Microsoft Exchange Server 2010",
                      extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    case.add("hl_iv1", priya, [ben], "2026-04-01 09:41", hl_desc,
             subject="Interview - Ben Tipene - Site Supervisor (Electrical)",
             ics=hl_ics, ics_mode="outlook", sig=False)
    case.add("hl_iv2", ben, [priya], "2026-04-01 12:15",
             "Thanks Priya, all accepted. See you Tuesday.\n\nBen" + IPHONE, parent="hl_iv1")
    case.add("hl_iv3", priya, [ben], "2026-04-07 14:20",
             "Hi Ben,\n\nThanks for coming in this morning - Stuart and Dean enjoyed meeting you.\n\n"
             "Just so you know where things are at: the panel has two more candidates to see "
             "this week, and we aim to let every candidate know the outcome by Friday 10 April.\n\n"
             "If anything comes up in the meantime, give me a call.",
             parent="hl_iv2")
    case.add("hl_iv4", ben, [priya], "2026-04-07 19:02",
             "Hi Priya,\n\nThanks for letting me know, and thanks for organising everything today, "
             "it all ran smoothly. Look forward to hearing how it goes.\n\nCheers,\n" + BEN_SIG,
             parent="hl_iv3")
    case.thread("hl_iv1", True, "interview", "Harbourline Electrical Group",
                "Outlook invite (New Zealand Standard Time, sent in NZDT) for Tue 7 Apr 10:00-11:00 "
                "NZST with Stuart and Dean plus a room; Priya arranged it and did not attend. "
                "Stuart thanked in a new thread; Dean never; Priya's 'we aim to let every "
                "candidate know by Friday 10 April' unanswered; Ben's reply to Priya came before "
                "the window ended")
    case.meeting("hl_iv1", at("2026-04-07 10:00"), at("2026-04-07 11:00"),
                 met=[stuart.email, dean.email], thanks={stuart.email: "hl_ty1"},
                 what="panel interview")
    case.promise("hl_iv1", "hl_iv3", priya.email, "2026-04-10")

    case.add("hl_ty1", ben, [stuart], "2026-04-07 18:40",
             "Hi Stuart,\n\nThank you for taking the time to meet with me this morning about the "
             "Site Supervisor role. I enjoyed hearing about the hospital and school projects "
             "coming up and how Harbourline runs its sites.\n\n"
             "A few reasons I think I'd be a good fit:\n"
             "- Six years registered, across residential, light commercial and switchboard work, "
             "so I can talk to every trade on site\n"
             "- I already run small jobs and look after an apprentice, so planning the day and "
             "checking other people's work is normal for me\n"
             "- I'm strong on paperwork - CoCs, ESCs and test sheets are always done before I "
             "leave a job\n\n"
             "I'm really keen on the role. I'll touch base with Priya at the end of next week if "
             "I haven't heard by then.\n\nThanks again for your time.\n\n"
             "Ben Tipene\n021 555 0183\nben.tipene@example.net",
             subject="Thank you - Site Supervisor interview this morning")
    case.thread("hl_ty1", True, "interview", "Harbourline Electrical Group",
                "Ben's thank-you to Stuart in a new thread the same evening; no reply")

    # ---- Ironbark Recruitment (agency) and the Totara interview it set up
    case.add("ib1", courtney, [ben], "2026-03-03 16:48",
             "Hi Ben,\n\nI'm Courtney from Ironbark Recruitment - we look after trades and "
             "construction roles around Auckland. I came across your profile on TradeJobs and "
             "your mix of commercial fit-outs and switchboard upgrades caught my eye.\n\n"
             "I'm working on a few supervisor and leading hand roles with commercial electrical "
             "contractors at the moment. Keen for a quick catch-up call? Grab a 15 min slot that "
             "suits here: https://calendly.com/courtney-ironbark/15min\n\nCheers,",
             subject="Supervisor / leading hand roles - Auckland commercial")
    cal_ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "calendly-ib"),
                       stamp=at("2026-03-03 19:27"), start=at("2026-03-05 16:15"),
                       end=at("2026-03-05 16:30"),
                       summary="15 Minute Catch-up between Courtney Hale and Ben Tipene",
                       organizer=courtney, attendees=[(ben, "ACCEPTED", "INDIVIDUAL")],
                       tzid=AKL, location="+64 21 555 0183",
                       description="Event Name: 15 Minute Catch-up\n\nCourtney will call you on "
                                   "the number you provided.\n\nNeed to make changes to this "
                                   "event?\nCancel: https://calendly.com/cancellations/"
                                   + digest(NAME, "cal-c", n=24) + "\nReschedule: "
                                   "https://calendly.com/reschedulings/" + digest(NAME, "cal-r", n=24),
                       prodid="-//Calendly//Calendly Event//EN")
    case.add("ib_cal", calendly, [ben], "2026-03-03 19:28",
             "Hi Ben Tipene,\n\nYour 15 Minute Catch-up with Courtney Hale at 4:15pm (New Zealand "
             "Time) on Thursday, March 5, 2026 is scheduled.\n\n"
             "Event: 15 Minute Catch-up\nInvitee: Ben Tipene\nInvitee Email: ben.tipene@example.net\n"
             "Event Date/Time: 4:15pm - Thursday, March 5, 2026 (New Zealand Time)\n"
             "Location: Courtney will call you on +64 21 555 0183\n\n"
             "Cancel | Reschedule\n\nPowered by Calendly.com",
             subject="Confirmed: 15 Minute Catch-up with Courtney Hale on Thursday, March 5, 2026",
             ics=cal_ics, ics_mode="attach", headers=AUTO)
    case.thread("ib_cal", True, "recruiter", "Ironbark Recruitment",
                "Calendly booking of the 15-min catch-up call Thu 5 Mar 16:15-16:30 NZDT; "
                "Courtney thanked later (Mar 10); stale anyway")
    case.meeting("ib_cal", at("2026-03-05 16:15"), at("2026-03-05 16:30"),
                 met=[courtney.email], thanks={courtney.email: "ib4"}, what="agency call")
    case.add("ib2", ben, [courtney], "2026-03-03 19:33",
             "Hi Courtney, yeah keen to hear more. Booked Thurs 4.15.\n\nBen" + IPHONE, parent="ib1")
    case.add("ib3", courtney, [ben], "2026-03-10 10:05",
             "Hi Ben,\n\nGreat to chat on Thursday. As discussed, I've put you forward to my client "
             "Totara Building Services for their Electrical Site Supervisor role out in East "
             "Tāmaki - they do mid-size commercial and education builds, so right up your alley.\n\n"
             "I'll let you know as soon as I hear.\n\nCheers,", parent="ib2")
    case.add("ib4", ben, [courtney], "2026-03-10 12:41",
             "Good as, thanks Courtney. Fingers crossed.\n\nBen" + IPHONE, parent="ib3")
    case.add("ib5", courtney, [ben], "2026-03-25 15:10",
             "Hi Ben,\n\nGood news - Totara want to meet you! Hemi Walker, their Electrical "
             "Manager, would like to catch up at their office on Thursday 2 April at 7.30am, "
             "before the day gets going. I'll send a calendar invite through.\n\n"
             "FYI Hemi is seeing a couple of others for this one, so worth bringing your A-game. "
             "Photos of a few recent boards you've done would go down well.\n\nCheers,",
             parent="ib4")
    case.add("ib6", ben, [courtney], "2026-03-25 17:55",
             "Thurs 2nd 7.30 works. I'll bring some photos on the tablet.\n\nBen" + IPHONE,
             parent="ib5")
    case.add("ib7", courtney, [ben], "2026-04-02 12:10",
             "Hi Ben,\n\nJust got off the phone with Hemi - he enjoyed meeting you this morning and "
             "liked the switchboard photos. He's got two other candidates to see after Easter, so "
             "he's said he'll come back to me by Wednesday 8th, and I'll be in touch as soon as I "
             "hear anything.\n\nHave a good Easter!", parent="ib6")
    case.add("ib8", ben, [courtney], "2026-04-02 12:46",
             "Thanks Courtney and thanks for setting it up. Good yarn with Hemi, seems like a solid "
             "outfit. Have a good break.\n\nBen" + IPHONE, parent="ib7")
    case.add("ib9", courtney, [ben], "2026-04-09 11:30",
             "Hi Ben,\n\nQuick update on Totara - Hemi's been flat out and still has one more person "
             "to see on Monday, so he's now expecting to make a call early next week. Not the "
             "answer you were after yet, but you're definitely still in the mix.\n\n"
             "I'll be in touch as soon as I know more.\n\nCheers,", parent="ib8")
    case.add("ib10", ben, [courtney], "2026-04-09 12:05",
             "No worries, appreciate the update.\n\nBen" + IPHONE, parent="ib9")
    case.thread("ib1", True, "recruiter", "Ironbark Recruitment",
                "agency recruiter; 'he'll come back to me by Wednesday 8th' (Apr 2) answered by "
                "her update of Thu Apr 9, which moves it to 'early next week' (window still open "
                "at now); Hemi is seeing other candidates")
    case.promise("ib1", "ib7", courtney.email, "2026-04-08", answered_by="ib9")
    case.promise("ib1", "ib9", courtney.email, "2026-04-15")

    tot_desc = ("Interview with Hemi Walker (Electrical Manager, Totara Building Services) for the "
                "Electrical Site Supervisor role.\n\nAddress: Totara Building Services, 27 Ormiston "
                "Road, East Tāmaki - ask at reception for Hemi.\n\nI won't be there on the day - "
                "call me on 022 555 3419 if you're running late.\n\nCourtney")
    tot_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "totara"),
                       stamp=at("2026-03-25 18:20"), start=at("2026-04-02 07:30"),
                       end=at("2026-04-02 08:30"),
                       summary="Totara BS - Electrical Site Supervisor interview (Ben Tipene)",
                       organizer=courtney_cal,
                       attendees=[(courtney_cal, "ACCEPTED", "INDIVIDUAL"),
                                  (ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (hemi, "ACCEPTED", "INDIVIDUAL")],
                       tzid=AKL, location="Totara Building Services, 27 Ormiston Road, East Tāmaki",
                       description=tot_desc)
    case.add("tot1", courtney_cal, [ben], "2026-03-25 18:20",
             "Totara BS - Electrical Site Supervisor interview (Ben Tipene)\n"
             "Thursday 2 Apr 2026 ⋅ 7:30am – 8:30am\nNew Zealand Time - Auckland\n\n"
             "Location\nTotara Building Services, 27 Ormiston Road, East Tāmaki\n\n"
             + tot_desc + "\n\nGuests\nCourtney Hale - organiser\nHemi Walker\n"
             "ben.tipene@example.net\n\nReply for ben.tipene@example.net\nYes | No | Maybe | "
             "More options\n\nInvitation from Google Calendar\n\nYou are receiving this email "
             "because you are an attendee on the event.",
             subject="Invitation: Totara BS - Electrical Site Supervisor interview (Ben Tipene) @ "
                     "Thu 2 Apr 2026 7:30am - 8:30am (NZDT) (ben.tipene@example.net)",
             ics=tot_ics, ics_mode="google", headers=GCAL, reply_to=courtney)
    case.thread("tot1", True, "interview", "Totara Building Services",
                "Google Calendar invite from the agency recruiter for Thu 2 Apr 07:30-08:30 NZDT "
                "with Hemi; Courtney organised it and did not attend; Hemi never thanked (Ben "
                "thanked only Courtney)")
    case.meeting("tot1", at("2026-04-02 07:30"), at("2026-04-02 08:30"), met=[hemi.email],
                 what="client interview")

    # ---- DK Electrical: paid trial day (gmail, phone-typed)
    case.add("dk1", ben, [dave], "2026-03-27 20:15",
             "Hi Dave,\n\nSaw your ad on TradeJobs for a registered sparky. I've been registered six "
             "years, mostly residential new builds and light commercial, currently with Kauri "
             "Electrical in East Auckland. I'm looking for a bigger team where I can step up to "
             "running jobs. CV attached.\n\n" + BEN_SIG,
             subject="Registered electrician - your ad on TradeJobs", attachments=[cv])
    case.add("dk2", dave, [ben], "2026-03-30 19:48",
             "Hi Ben thanks for ur email, good CV. Best way is come do a paid trial day with us and "
             "see how u go. We're on a 12 unit job in Hobsonville at the moment. Thurs 9th any "
             "good? 7am start, finish around 3.30. $45/hr for the day\n\nDave" + IPHONE,
             parent="dk1")
    case.add("dk3", ben, [dave], "2026-03-30 21:10",
             "Hi Dave, thanks heaps. Thurs 9th is good, I'll book the day off. What's the site "
             "address and do I need anything apart from tools and PPE?\n\nBen" + IPHONE,
             parent="dk2")
    case.add("dk4", dave, [ben], "2026-03-31 06:12",
             "14 Kotuku Lane Hobsonville, park on the street, site gate on the left. Just tools, "
             "PPE and site safe card. Ask for me or Tipu\n\nDave" + IPHONE, parent="dk3")
    case.add("dk5", ben, [dave], "2026-04-10 07:05",
             "Morning Dave, I think I left my clamp meter (black Fluke in a red pouch) in the smoko "
             "container yesterday. Could you hang on to it and I'll swing past Monday after work "
             "to grab it?\n\nBen" + IPHONE, parent="dk4")
    case.add("dk6", dave, [ben], "2026-04-10 12:31",
             "Yep got it, its in the container. Grab it whenever, gate code is 4512\n\nDave" + IPHONE,
             parent="dk5")
    case.thread("dk1", True, "interview", "DK Electrical",
                "paid trial day on site Thu 9 Apr 07:00-15:30 with Dave; only a 'thanks heaps' "
                "before it; the mail after it is about a forgotten clamp meter, no thanks")
    case.meeting("dk1", at("2026-04-09 07:00"), at("2026-04-09 15:30"), met=[dave.email],
                 what="paid trial day")

    # ---- Tane & Sons Electrical: yard visit (xtra.co.nz)
    case.add("ts1", russell, [ben], "2026-04-01 20:32",
             "Kia ora Ben,\n\nMy nephew Kahu reckons your the best sparky he has worked with so "
             "thought I would flick you a line. We are Tane & Sons Electrical, been going 22 years "
             "out of Wiri, mainly industrial and commercial maintenance. Work is picking up and I "
             "need someone who can run a crew of 3 or 4.\n\nIf your interested come down and have "
             "a look round the yard and we can have a yarn. Saturday mornings are best for me.\n\n"
             "Regards\nRussell Tane\nTane & Sons Electrical Ltd\n09 555 6123 / 027 555 9081",
             subject="Crew leader - Tane & Sons Electrical")
    case.add("ts2", ben, [russell], "2026-04-02 06:10",
             "Kia ora Russell,\n\nThanks for getting in touch, I'd be keen. This Saturday is Easter "
             "so would Sat 11th work instead?\n\nBen Tipene\n021 555 0183", parent="ts1")
    case.add("ts3", russell, [ben], "2026-04-02 18:45",
             "Sat 11th 8.30 is good. 31 Kahika Rd Wiri, the yard with the blue gates.\n\nRussell",
             parent="ts2")
    case.add("ts4", ben, [russell], "2026-04-11 12:50",
             "Hi Russell,\n\nThank you for showing me round the yard this morning and for the yarn "
             "about the maintenance contracts. The cool store and factory work is a good fit with "
             "what I've been doing on the commercial side, and I like that the crew stays together "
             "job to job.\n\nI'm definitely interested. Happy to come back and meet Jarrod or the "
             "crew any time.\n\nThanks again,\n" + BEN_SIG, parent="ts3")
    case.add("ts5", russell, [ben], "2026-04-11 16:20",
             "No worries Ben, good to meet you. I'll have a talk with Jarrod (my son, he runs the "
             "office side) and give you a ring Tuesday.\n\nRussell", parent="ts4")
    case.thread("ts1", True, "interview", "Tane & Sons Electrical Ltd",
                "yard visit Sat 11 Apr 08:30 (no end given) with the owner; thanked in the thread at "
                "12:50; 'give you a ring Tuesday' (Apr 14) is inside its grace at now")
    case.meeting("ts1", at("2026-04-11 08:30"), None, met=[russell.email],
                 thanks={russell.email: "ts4"}, what="yard visit")
    case.promise("ts1", "ts5", russell.email, "2026-04-14")

    # ---- Rangi Electrical: "Tues arvo?" "Sweet as"
    case.add("rg1", mitch, [ben], "2026-04-02 17:55",
             "Hey Ben, Mitch here from Rangi Electrical. Got your CV thru TradeJobs. We're a team "
             "of 9 doing mostly schools and commercial fitouts, need a leading hand who can run "
             "jobs without me holding their hand. Pay's good for the right guy.\n\nKeen for a chat "
             "on the phone? Tues arvo?\n\nMitch\n021 555 7734",
             subject="Leading hand - Rangi Electrical")
    case.add("rg2", ben, [mitch], "2026-04-02 18:21", "Sweet as" + IPHONE, parent="rg1")
    case.thread("rg1", True, "interview", "Rangi Electrical",
                "phone call agreed in two words for Tue 7 Apr in the afternoon (no time, no end); "
                "no mail since; any afternoon reading makes the thank-you due and not stale")
    case.meeting("rg1", at("2026-04-07 14:00"), None, met=[mitch.email], what="phone call")

    # ---- Fisher Electrical Services: referral coffee, then an offer
    case.add("fe1", grant, [ben], "2026-03-26 16:30",
             "Hi Ben,\n\nGrant Fisher here - I got your details from Paul on the trade counter at "
             "Sparkline. He reckons you're a good operator and might be open to a move.\n\n"
             "We're after a leading hand to run our residential new-build crew, and as we grow it "
             "could turn into a supervisor role. Fancy a coffee early next week before work? I'm "
             "usually at Gusto on Ti Rakau Drive from 6.30.",
             subject="Coffee? - leading hand, Fisher Electrical")
    case.add("fe2", ben, [grant], "2026-03-26 19:15",
             "Hi Grant,\n\nThanks for reaching out, and good of Paul to put my name forward. Tuesday "
             "31st at 6.45 at Gusto works for me if that suits?\n\nBen Tipene\n021 555 0183",
             parent="fe1")
    case.add("fe3", grant, [ben], "2026-03-27 07:02", "Tues 6.45 it is. See you there.",
             parent="fe2", sig=False)
    case.add("fe4", ben, [grant], "2026-03-31 17:40",
             "Hi Grant,\n\nThanks for the coffee this morning and for talking me through how you "
             "run the crews and the builders you work with. It was good to hear where you want to "
             "take the business.\n\nI'm keen - running a new-build crew is the step I've been "
             "working towards.\n\nThanks again,\n" + BEN_SIG, parent="fe3")
    case.add("fe5", grant, [ben], "2026-03-31 20:05",
             "Thanks Ben, enjoyed it too. I'll talk it over with my business partner Leon and get "
             "back to you by the end of next week.", parent="fe4")
    offer_pdf = ("Fisher_Electrical_Letter_of_Offer_B_Tipene.pdf", "application/pdf", make_pdf([
        "Fisher Electrical Services Ltd - Letter of Offer",
        "8 April 2026",
        "Dear Ben,",
        "We are pleased to offer you the position of Leading Hand - Residential.",
        "Rate: $46.00 per hour, 45 hours per week. Company van, phone and tool allowance.",
        "Start date: by agreement. Trial period: 90 days.",
        "This offer is subject to a signed individual employment agreement.",
        "Grant Fisher, Director"]))
    case.add("fe6", grant, [ben], "2026-04-08 16:45",
             "Hi Ben,\n\nLeon and I have talked it through and we'd like to offer you the Leading "
             "Hand role running the residential crew. Letter of offer attached - $46/hr, company "
             "van, phone and tool allowance.\n\nHave a read and give me a call if you've got any "
             "questions. Would be good to know where you're at by Friday 17th.",
             parent="fe5", attachments=[offer_pdf])
    case.add("fe7", ben, [grant], "2026-04-08 20:30",
             "Hi Grant,\n\nThanks very much for the offer, I really appreciate it. I've got a couple "
             "of other things on the go that I need to wrap up first - I'll come back to you by "
             "Friday 17th.\n\nBen Tipene\n021 555 0183", parent="fe6")
    case.thread("fe1", True, "offer", "Fisher Electrical Services Ltd",
                "referral coffee Tue 31 Mar 06:45 (no end) thanked the same day; 'get back to you "
                "by the end of next week' answered early by a written offer on Wed 8 Apr")
    case.meeting("fe1", at("2026-03-31 06:45"), None, met=[grant.email],
                 thanks={grant.email: "fe4"}, what="coffee")
    case.promise("fe1", "fe5", grant.email, "2026-04-10", ended_by="fe6")

    # ---- Waitematā City Council: Workday acknowledgement, interview, decision promise
    case.add("wcc_ack", workday, [ben], "2026-03-08 21:16",
             "Kia ora Ben,\n\nThank you for applying for the position of Electrical Maintenance "
             "Supervisor - Community Facilities (JR-04417) with Waitematā City Council.\n\n"
             "Applications close on 15 March 2026. We will be in touch once shortlisting is "
             "complete. You can track your application by signing in to your candidate home "
             "page.\n\nNgā mihi,\nPeople & Capability\nWaitematā City Council",
             subject="Thank you for applying - Electrical Maintenance Supervisor (JR-04417)",
             html=html_of("Kia ora Ben,\n\nThank you for applying for the position of Electrical "
                          "Maintenance Supervisor - Community Facilities (JR-04417) with Waitematā "
                          "City Council.\n\nApplications close on 15 March 2026. We will be in "
                          "touch once shortlisting is complete.\n\nNgā mihi,\nPeople & Capability"),
             html_only=True, headers=AUTO)
    case.thread("wcc_ack", True, "application", "Waitematā City Council",
                "Workday acknowledgement; no date for news")
    wcc_desc = ("Interview - Electrical Maintenance Supervisor (JR-04417)\n\nCandidate: Ben Tipene\n"
                "Panel: Aroha Kingi (Facilities Operations Manager), Sam Petelo (Senior Electrical "
                "Engineer)\nPlease report to the Level 1 reception, Civic Centre, 12 Harbour Terrace.")
    wcc_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "wcc"), stamp=at("2026-03-12 14:22"),
                       start=at("2026-03-19 10:00"), end=at("2026-03-19 11:00"),
                       summary="Interview - Electrical Maintenance Supervisor - Ben Tipene",
                       organizer=leanne,
                       attendees=[(ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (aroha, "ACCEPTED", "INDIVIDUAL"),
                                  (sam, "ACCEPTED", "INDIVIDUAL"),
                                  (council_room, "ACCEPTED", "ROOM")],
                       tzid="New Zealand Standard Time", location="CIV-L3-Manuka Room",
                       description=wcc_desc, prodid="Microsoft Exchange Server 2010",
                       extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    case.add("wcc1", leanne, [ben], "2026-03-12 14:22",
             "Kia ora Ben,\n\nThank you for your application for the Electrical Maintenance "
             "Supervisor - Community Facilities role. We'd like to invite you to an interview.\n\n"
             "Date: Thursday 19 March 2026\nTime: 10.00am - 11.00am\n"
             "Location: Manuka Room, Level 3, Civic Centre, 12 Harbour Terrace\n\n"
             "Your interview panel will be Aroha Kingi, Facilities Operations Manager, and Sam "
             "Petelo, Senior Electrical Engineer. I've attached a calendar invitation.\n\n"
             "Please bring photo ID and your practising licence, and reply to confirm you can "
             "attend.",
             subject="Interview invitation - Electrical Maintenance Supervisor (JR-04417)",
             ics=wcc_ics, ics_mode="outlook")
    case.add("wcc2", ben, [leanne], "2026-03-12 19:05",
             "Kia ora Leanne,\n\nThanks for the invite - 10am Thursday 19th works for me. I'll see "
             "you then.\n\n" + BEN_SIG, parent="wcc1")
    case.add("wcc3", ben, [aroha, sam], "2026-03-19 16:30",
             "Kia ora Aroha and Sam,\n\nThank you both for your time this morning. I appreciated "
             "hearing about the maintenance backlog across the pools and libraries, and the plan "
             "to bring more of the reactive work in-house.\n\nI'm very keen on the role and think "
             "my testing, switchboard and people experience would be a good match.\n\n"
             "Ngā mihi,\n" + BEN_SIG, parent="wcc1", cc=[leanne])
    case.add("wcc4", leanne, [ben], "2026-03-23 10:15",
             "Kia ora Ben,\n\nThanks for your kind note to the panel. Just to let you know where "
             "things are at: a decision will be made at the panel's moderation meeting on Thursday "
             "26 March, and all candidates will be advised of the outcome by Tuesday 31 March.",
             parent="wcc3")
    case.thread("wcc1", True, "interview", "Waitematā City Council",
                "panel interview Thu 19 Mar 10:00-11:00 NZDT, both panelists thanked with one note "
                "(stale anyway); Leanne's passive 'will be advised ... by Tuesday 31 March' never "
                "kept: callback due end of Thu 2 Apr, not yet stale")
    case.meeting("wcc1", at("2026-03-19 10:00"), at("2026-03-19 11:00"),
                 met=[aroha.email, sam.email], thanks={aroha.email: "wcc3", sam.email: "wcc3"},
                 what="council panel")
    case.promise("wcc1", "wcc4", leanne.email, "2026-03-31")

    # ---- Kaimai Electrical & Data: Teams interview, rejection, never thanked
    teams_url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + digest(NAME, "teams", n=40)
    kd_text = ("Hi Ben,\n\nThank you for applying for our Site Supervisor (Electrical & Data) role "
               "in Auckland.\n\nThis email confirms your video interview with me on Wednesday 8 "
               "April from 4.00pm to 4.45pm (NZ time). Raj Patel, one of our Project Managers, will "
               "also join us.\n\nThe Teams link is below - you can join from your phone or laptop.\n\n"
               "________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Click here to join the meeting <" + teams_url + ">\n"
               "Meeting ID: 428 611 903 775\nPasscode: Kx7pQ2\n"
               "________________________________________________________________________________")
    kd_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "kaimai"), stamp=at("2026-04-02 10:30"),
                      start=at("2026-04-08 16:00"), end=at("2026-04-08 16:45"),
                      summary="Ben Tipene - Site Supervisor video interview",
                      organizer=fiona,
                      attendees=[(ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (raj, "ACCEPTED", "INDIVIDUAL")],
                      tzid="New Zealand Standard Time", location="Microsoft Teams Meeting",
                      description=kd_text, prodid="Microsoft Exchange Server 2010",
                      extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams_url,
                             "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    case.add("kd1", fiona, [ben], "2026-04-02 10:30", kd_text,
             subject="Ben Tipene - Site Supervisor video interview",
             ics=kd_ics, ics_mode="outlook")
    case.add("kd2", ben, [fiona], "2026-04-02 13:02",
             "Hi Fiona, thanks - confirmed for Wednesday 8 April at 4pm.\n\nBen" + IPHONE,
             parent="kd1")
    case.add("kd3", fiona, [ben], "2026-04-08 13:50",
             "Hi Ben,\n\nHeads up - Raj has been called out to a site issue in Hamilton so it'll "
             "just be me this afternoon. Same link.", parent="kd2")
    case.add("kd4", fiona, [ben], "2026-04-13 09:20",
             "Hi Ben,\n\nWe've now finished our interviews for the Site Supervisor role. After a lot "
             "of thought we've offered it to a candidate with more structured cabling and data "
             "experience - it was a close call, and your site and testing background came through "
             "well.\n\nWith your permission I'd like to keep your details on file, as we expect to "
             "open another supervisor role in Auckland later in the year. All the best.",
             parent="kd3")
    case.thread("kd1", True, "rejection", "Kaimai Electrical & Data Ltd",
                "Teams video interview Wed 8 Apr 16:00-16:45 NZST ('this email confirms your video "
                "interview with me'); Raj sent apologies that afternoon and did not attend; "
                "rejection Mon 13 Apr; Fiona never thanked")
    case.meeting("kd1", at("2026-04-08 16:00"), at("2026-04-08 16:45"), met=[fiona.email],
                 what="video interview")

    # ---- Kahurangi Construction: Zoom in Brisbane time, moved to after now
    zoom_url = "https://bellfieldgroup.zoom.us/j/84512237790?pwd=" + b64id(NAME, "zoom", n=22)

    def zoom_desc(when):
        return ("Chloe Barker is inviting you to a scheduled Zoom meeting.\n\nTopic: Kahurangi "
                "Construction - Site Supervisor (Services) - Ben Tipene / Wiremu Hohaia\nTime: "
                + when + " Brisbane\n\nJoin Zoom Meeting\n" + zoom_url +
                "\n\nMeeting ID: 845 1223 7790\nPasscode: 552014")

    kh_ics1 = make_ics(method="REQUEST", uid=uid_uuid(NAME, "kahurangi"),
                       stamp=at("2026-04-09 12:40", chloe),
                       start=at("2026-04-14 11:30", chloe), end=at("2026-04-14 12:15", chloe),
                       summary="Kahurangi Construction - Site Supervisor (Services) - Ben Tipene",
                       organizer=chloe,
                       attendees=[(ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (wiremu, "ACCEPTED", "INDIVIDUAL")],
                       tzid="Australia/Brisbane", location=zoom_url,
                       description=zoom_desc("Apr 14, 2026 11:30 AM"),
                       prodid="-//zoom.us//iCalendar Event//EN")
    case.add("kh1", chloe, [ben], "2026-04-09 12:40",
             "Hi Ben,\n\nThanks for your application for the Site Supervisor (Services) role with "
             "Kahurangi Construction, part of the Bellfield Group. Wiremu Hohaia, our Construction "
             "Manager in Auckland, would like to meet you over Zoom.\n\n"
             "We've locked in Tuesday 14 April, 11:30am AEST (1:30pm NZST), for 45 minutes. The "
             "Zoom details are in the attached invite. I've cc'd Wiremu.\n\n"
             "Please let me know if the time doesn't work.",
             subject="Kahurangi Construction - Site Supervisor (Services) - Zoom interview",
             cc=[wiremu], ics=kh_ics1, ics_mode="attach")
    case.add("kh2", ben, [chloe], "2026-04-09 19:30",
             "Hi Chloe,\n\nThanks for that - 1.30pm NZ time on Tuesday suits me. Look forward to "
             "talking with Wiremu.\n\n" + BEN_SIG, parent="kh1", cc=[wiremu])
    case.add("kh3", chloe, [ben], "2026-04-13 10:05",
             "Hi Ben,\n\nApologies for the late change - Wiremu has been pulled into a client "
             "meeting on Tuesday. Would you be able to do Friday 17 April at the same time "
             "(11:30am AEST / 1:30pm NZST) instead?", parent="kh2", cc=[wiremu])
    case.add("kh4", ben, [chloe], "2026-04-13 12:25", "Friday works" + IPHONE, parent="kh3",
             cc=[wiremu])
    kh_ics2 = make_ics(method="REQUEST", uid=uid_uuid(NAME, "kahurangi"),
                       stamp=at("2026-04-13 10:40", chloe),
                       start=at("2026-04-17 11:30", chloe), end=at("2026-04-17 12:15", chloe),
                       summary="Kahurangi Construction - Site Supervisor (Services) - Ben Tipene",
                       organizer=chloe,
                       attendees=[(ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (wiremu, "ACCEPTED", "INDIVIDUAL")],
                       tzid="Australia/Brisbane", location=zoom_url,
                       description=zoom_desc("Apr 17, 2026 11:30 AM"), sequence=1,
                       prodid="-//zoom.us//iCalendar Event//EN")
    case.add("kh5", chloe, [ben], "2026-04-13 10:40",
             "Great, thanks Ben - updated invite attached for Friday.", parent="kh4", cc=[wiremu],
             ics=kh_ics2, ics_mode="attach")
    case.thread("kh1", True, "interview", "Kahurangi Construction",
                "Zoom interview set for Tue 14 Apr 11:30 AEST (13:30 NZST), moved on Apr 13 "
                "('Friday works') to Fri 17 Apr, still ahead at now; HR coordinator in Brisbane")
    case.meeting("kh1", at("2026-04-14 11:30", chloe), at("2026-04-14 12:15", chloe),
                 met=[wiremu.email], status="moved", what="zoom (original)")
    case.meeting("kh1", at("2026-04-17 11:30", chloe), at("2026-04-17 12:15", chloe),
                 met=[wiremu.email], status="scheduled", what="zoom (moved)")

    # ---- Velocity Electrical: GoodTime confirmation, cancellation, 'couple of weeks'
    gt_text = ("Hi Ben,\n\nYour interview with Velocity Electrical is confirmed.\n\n"
               "Position: Project Supervisor\n"
               "When: Thursday, 26 March 2026, 2:00 PM - 3:00 PM (NZDT)\n"
               "Where: Velocity Electrical, 9 Carbine Road, Mt Wellington, Auckland\n"
               "Interviewer: Hamish Grieve, Construction Manager\n\n"
               "Questions? Reply to this email to reach Jess Moana, Talent Acquisition Partner.\n\n"
               "Need to reschedule? Use the link in your candidate portal.\n\nSent via GoodTime")
    case.add("vg1", goodtime, [ben], "2026-03-20 09:12", gt_text,
             subject="Interview Confirmed: Project Supervisor - Velocity Electrical - Thu, 26 Mar, "
                     "2:00 PM NZDT",
             html=html_of(gt_text), html_only=True, reply_to=jess, headers=AUTO)
    case.thread("vg1", True, "interview", "Velocity Electrical",
                "GoodTime confirmation with no ICS naming the interviewer; interview cancelled "
                "on Mar 24")
    case.meeting("vg1", at("2026-03-26 14:00"), at("2026-03-26 15:00"), met=[hamish.email],
                 status="cancelled", what="cancelled interview")
    gc_text = ("Hi Ben,\n\nYour interview for Project Supervisor with Velocity Electrical on "
               "Thursday, 26 March 2026 at 2:00 PM (NZDT) has been cancelled.\n\n"
               "If you have any questions, please contact the recruiting team.\n\nSent via GoodTime")
    case.add("vg2", goodtime, [ben], "2026-03-24 15:52", gc_text,
             subject="Interview Cancelled: Project Supervisor - Velocity Electrical",
             html=html_of(gc_text), html_only=True, reply_to=jess, headers=AUTO)
    case.thread("vg2", True, "interview", "Velocity Electrical", "GoodTime cancellation notice")
    case.add("vj1", jess, [ben], "2026-03-24 15:35",
             "Hi Ben,\n\nI'm sorry to be writing with this. Our client has pushed back the start of "
             "the Onehunga hospital wing project that the Project Supervisor role was created for, "
             "so we've had to cancel Thursday's interview with Hamish for now. You'll get an "
             "automated cancellation from GoodTime shortly.\n\nWe should know within the next "
             "couple of weeks whether the role is going ahead in its current form, and I'll be in "
             "touch either way. Hamish (cc'd) asked me to pass on his apologies.",
             subject="Project Supervisor - change of plans", cc=[hamish])
    case.add("vj2", ben, [jess], "2026-03-24 18:10",
             "Hi Jess,\n\nNo worries, thanks for letting me know. I'm still keen if it goes ahead, "
             "so keep me posted.\n\n" + BEN_SIG, parent="vj1")
    case.thread("vj1", True, "interview", "Velocity Electrical",
                "recruiter cancels the Thu 26 Mar interview; 'we should know within the next couple "
                "of weeks ... I'll be in touch either way' (Tue 24 Mar, window to Tue 7 Apr); "
                "nothing from Velocity since")
    case.promise("vj1", "vj1", jess.email, "2026-04-07")

    # ---- Lendrum Construction: intro from a rugby mate, a no-show coffee
    case.add("ld1", sione, [ben, tom], "2026-03-31 21:10",
             "Hey Ben, hey Tom\n\nTom - this is Ben, the sparky I was telling you about from the "
             "Rovers. Good bugger, hard worker, and keen to step up to supervising.\n\nBen - Tom's a "
             "site manager at Lendrum, they're always after good services people.\n\nI'll leave you "
             "two to sort it out.\n\nChur\nSione",
             subject="Ben Tipene <> Tom Hadfield (Lendrum)")
    case.add("ld2", tom, [ben], "2026-04-01 06:50",
             "Thanks Sione.\n\nBen - good to e-meet you. A mate of yours says good things, so happy "
             "to grab a coffee and talk about what we look for in services supervisors. Fri 10th "
             "7am at the Pantry on Carbine Rd? I'm on the Mt Wellington job that week.",
             parent="ld1", cc=[sione])
    case.add("ld3", ben, [tom], "2026-04-01 07:30",
             "Thanks Tom (and cheers Sione). Fri 10th 7am at the Pantry works, see you there.\n\n"
             "Ben Tipene\n021 555 0183", parent="ld2", cc=[sione])
    case.add("ld4", ben, [tom], "2026-04-10 07:35",
             "Hi Tom, I'm at the Pantry - no rush, just checking we're still on?\n\nBen" + IPHONE,
             parent="ld3")
    case.add("ld5", tom, [ben], "2026-04-10 11:15",
             "Ben, mate, I'm really sorry - we had a concrete pour brought forward and I completely "
             "forgot about our coffee. My bad.\n\nCan we try again - Wed 22nd, same time, same "
             "place? Coffee's on me.", parent="ld4")
    case.add("ld6", ben, [tom], "2026-04-10 12:05",
             "No stress Tom, these things happen. Wed 22nd 7am works, see you then.\n\nBen" + IPHONE,
             parent="ld5")
    case.thread("ld1", True, "networking", "Lendrum Construction",
                "intro by a rugby mate; coffee Fri 10 Apr 07:00 was a no-show by Tom; rebooked for "
                "Wed 22 Apr 07:00, still ahead")
    case.meeting("ld1", at("2026-04-10 07:00"), None, met=[tom.email], status="noshow",
                 what="coffee (no-show)")
    case.meeting("ld1", at("2026-04-22 07:00"), None, met=[tom.email], status="scheduled",
                 what="coffee (rebooked)")

    # ---- Kestrel Construction: a quarter of an hour on someone's field
    case.add("ks1", ben, [megan], "2026-04-09 20:15",
             "Hi Megan,\n\nI read your piece in this month's ElecTrade NZ bulletin about moving from "
             "the tools into supervision. I'm a registered electrician (six years) trying to make "
             "that same step, and I'd really value 15 minutes of your time to hear how you did it "
             "and what you look for in a services supervisor.\n\nHappy to work around you - a phone "
             "call at lunchtime would be ideal.\n\nKind regards,\n" + BEN_SIG,
             subject="15 minutes of your time? Moving from the tools into site supervision")
    case.add("ks2", megan, [ben], "2026-04-10 08:12",
             "Hi Ben,\n\nHappy to help. Monday 13th at 12.15 - I'll call you on the number below.",
             parent="ks1")
    case.add("ks3", ben, [megan], "2026-04-13 19:20",
             "Hi Megan,\n\nThank you for taking the time to talk today - really useful, especially "
             "what you said about getting a few programmes under my belt and doing the SiteSafe "
             "supervisor course before applying for the bigger roles.\n\nI'll book the course this "
             "month.\n\nThanks again,\n" + BEN_SIG, parent="ks2")
    case.add("ks4", megan, [ben], "2026-04-14 07:45",
             "No worries Ben, I enjoyed the chat. I'll dig out the details of our services "
             "supervisor cadet programme and send them through by Friday.", parent="ks3")
    case.thread("ks1", True, "networking", "Kestrel Construction",
                "15-minute call Mon 13 Apr 12:15 that Ben asked for; thanked that evening; 'send "
                "them through by Friday' (Apr 17) still ahead")
    case.meeting("ks1", at("2026-04-13 12:15"), at("2026-04-13 12:30"), met=[megan.email],
                 thanks={megan.email: "ks3"}, what="informational call")
    case.promise("ks1", "ks4", megan.email, "2026-04-17")

    # ---- Bright Sparks Electrical: application and an auto-reply with a 'promise'
    case.add("bs1", ben, [brightsparks], "2026-04-07 20:45",
             "Hello,\n\nI'd like to apply for the leading hand / supervisor position advertised on "
             "your website. I'm a registered electrician with six years' experience in residential "
             "and light commercial work and I currently run small jobs and mentor an apprentice. "
             "My CV is attached.\n\nKind regards,\n" + BEN_SIG,
             subject="Application - Leading Hand / Supervisor", attachments=[cv])
    case.add("bs2", brightsparks, [ben], "2026-04-07 20:45",
             "Thanks for your email.\n\nOur office is open Monday to Friday, 7.30am - 4.00pm. We aim "
             "to reply to all emails within 3 working days.\n\nFor urgent after-hours faults please "
             "call 0800 555 274.\n\nBright Sparks Electrical Ltd",
             subject="Automatic reply: Application - Leading Hand / Supervisor", parent="bs1",
             quote=False, headers={"Auto-Submitted": "auto-replied",
                                   "X-Auto-Response-Suppress": "All"})
    case.thread("bs1", True, "application", "Bright Sparks Electrical Ltd",
                "emailed application; only an Outlook auto-reply ('within 3 working days', i.e. "
                "by Fri 10 Apr) from the office mailbox: automated, not a person's promise")
    case.promise("bs1", "bs2", brightsparks.email, "2026-04-10", job=False)

    # ================================================================== NOISE
    # ---- current job: Kauri Electrical
    case.add("kr1", gary, [ben], "2026-03-15 18:30",
             "Jobs this week:\nMon-Wed - Pakuranga shops fitout, you and Kahu\nThu - RCD testing at "
             "Howick rest home (take the new tester)\nFri - Whitford new build, pre-line\n\n"
             "Toolbox meeting Mon 7am at the yard, dont be late this time lol",
             subject="Jobs w/c 16 March", sig=False)
    case.add("kr2", ben, [gary], "2026-03-15 19:02",
             "All good. Kahu's got his block course Weds though, so I'm one down at Pakuranga.\n\nBen",
             parent="kr1")
    case.add("kr3", gary, [ben], "2026-03-15 19:40",
             "Yep forgot. Take Josh on Weds.", parent="kr2", sig=False)
    case.thread("kr1", False, None, "Kauri Electrical Ltd", "current job: weekly job list from the boss")
    case.meeting("kr1", at("2026-03-16 07:00"), at("2026-03-16 07:30"), met=[gary.email],
                 job=False, what="toolbox meeting")

    case.add("kr4", gary, [ben], "2026-03-23 17:05",
             "Ben can you have a look at this kids CV. Thinking we get him in for a chat next week, "
             "you and me?\n\n---------- Forwarded message ---------\nFrom: Liam Ashby "
             "<liam.ashby07@gmail.com>\nDate: Sun, 22 Mar 2026 at 8:14 PM\nSubject: Apprenticeship "
             "application\nTo: <gary@kaurielectrical.co.nz>\n\nHi Gary, I'm finishing my pre-trade "
             "electrical course at MIT in April and I'm looking for an apprenticeship. I have a "
             "full licence and my own car. My CV is attached. Thank you for your time.\nLiam Ashby",
             subject="Fwd: Apprenticeship application", sig=False)
    case.add("kr5", ben, [gary], "2026-03-23 19:20",
             "Looks keen. Happy to sit in. Wed arvo is best for me next week.\n\nBen", parent="kr4")
    case.thread("kr4", False, None, "Kauri Electrical Ltd",
                "current job: the boss forwards an apprentice applicant's CV; Ben is on the hiring side")

    ap_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "apprentice"),
                      stamp=at("2026-03-24 07:15"), start=at("2026-04-01 12:30"),
                      end=at("2026-04-01 13:15"), summary="Apprentice interview - Liam Ashby",
                      organizer=gary_cal,
                      attendees=[(gary_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (liam, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=AKL, location="Kauri Electrical yard, 6 Vanguard Place, East Tāmaki",
                      description="1st year apprentice position. Ben to take him through the "
                                  "practical questions + workshop walk round.")
    case.add("kr6", gary_cal, [ben], "2026-03-24 07:15",
             "Apprentice interview - Liam Ashby\nWednesday 1 Apr 2026 ⋅ 12:30pm – 1:15pm\n"
             "New Zealand Time - Auckland\n\nLocation\nKauri Electrical yard, 6 Vanguard Place, "
             "East Tāmaki\n\n1st year apprentice position. Ben to take him through the practical "
             "questions + workshop walk round.\n\nGuests\nGary Muir - organiser\n"
             "ben.tipene@example.net\nliam.ashby07@gmail.com\n\nInvitation from Google Calendar",
             subject="Invitation: Apprentice interview - Liam Ashby @ Wed 1 Apr 2026 12:30pm - "
                     "1:15pm (NZDT) (ben.tipene@example.net)",
             ics=ap_ics, ics_mode="google", headers=GCAL, reply_to=gary)
    case.add("kr7", gary, [ben], "2026-04-01 14:10",
             "Good kid. Reckon we offer him the spot?", parent="kr6", sig=False)
    case.add("kr8", ben, [gary], "2026-04-01 14:32",
             "Yeah, he asked good questions and didn't bluff on the ones he didn't know. Do it.\n\nBen",
             parent="kr7")
    case.thread("kr6", False, None, "Kauri Electrical Ltd",
                "current job: apprentice interview Wed 1 Apr where Ben is an interviewer, not a "
                "candidate")
    case.meeting("kr6", at("2026-04-01 12:30"), at("2026-04-01 13:15"),
                 met=[liam[1], gary.email], job=False, what="apprentice interview (hiring side)")

    case.add("kr9", gary, [ben], "2026-03-26 12:15",
             "Yard's shut Good Friday through Easter Monday, back Tues 7th. Josh is on call for "
             "the weekend.\n\nAnyone wanting leave in April get it in the book by Monday.",
             subject="Easter", sig=False)
    case.add("kr10", ben, [gary], "2026-03-26 18:40",
             "I'll need Tues 7th and Thurs 9th off - some personal stuff to sort. Will put it in "
             "the book.\n\nBen", parent="kr9")
    case.add("kr11", gary, [ben], "2026-03-26 19:05", "All good", parent="kr10", sig=False)
    case.thread("kr9", False, None, "Kauri Electrical Ltd", "current job: Easter hours and leave")

    case.add("kh_1", kahu, [ben], "2026-03-16 20:34",
             "Hey Ben sorry to bug u. Got my log book check with the assessor on the 27th, could u "
             "have a look at my switchboard section before then? Also still confused on the max "
             "demand calcs, the one for the 3 bedroom house\n\nKahu",
             subject="log book + max demand")
    case.add("kh_2", ben, [kahu], "2026-03-16 21:05",
             "Yep bring it in tomorrow and we'll go through it at smoko.\n\nFor max demand - do it "
             "the long way from the table first (lighting, socket outlets, range, HWC), then check "
             "it against the rule of thumb. Don't forget the HWC is a full load on its own. We'll "
             "do the 3 bed one together.\n\nBen", parent="kh_1")
    case.add("kh_3", kahu, [ben], "2026-03-16 21:12", "Thanks heaps bro", parent="kh_2")
    case.thread("kh_1", False, None, "Kauri Electrical Ltd",
                "current job: the apprentice Ben mentors asks for help")

    case.add("kh_4", kahu, [ben], "2026-04-08 17:48",
             "Passed my block course theory!! 86%. Uncle Russ said he flicked u an email, hope "
             "thats ok haha\n\nKahu",
             subject="PASSED")
    case.add("kh_5", ben, [kahu], "2026-04-08 18:20",
             "Mean as Kahu, proud of you. Told you the calcs would click. Next one's the practical, "
             "we'll start prepping in May.\n\n(And yeah all good re your uncle.)\n\nBen",
             parent="kh_4")
    case.thread("kh_4", False, None, "Kauri Electrical Ltd", "current job: apprentice's exam result")

    # ---- physio (a non-job promise)
    ph_ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "physio"), stamp=at("2026-03-27 10:15"),
                      start=at("2026-03-31 17:15"), end=at("2026-03-31 17:45"),
                      summary="Physio appointment - Jono Reid", organizer=physio_bk,
                      tzid=AKL, location="Eastside Physio, 3/210 Pakuranga Road",
                      description="Initial assessment - right shoulder (ACC). Please arrive 5 minutes "
                                  "early.", prodid="-//Eastside Physio//Online Bookings//EN")
    case.add("ph1", physio_bk, [ben], "2026-03-27 10:15",
             "Hi Ben,\n\nYour appointment is confirmed:\n\nTuesday 31 March 2026, 5:15pm - 5:45pm\n"
             "Practitioner: Jono Reid\nLocation: Eastside Physio, 3/210 Pakuranga Road\n\n"
             "Please bring your ACC claim number if you have one. To cancel or change, give us 24 "
             "hours' notice.\n\nEastside Physio",
             subject="Appointment confirmation - Tue 31 Mar, 5:15pm",
             ics=ph_ics, ics_mode="publish", headers=AUTO)
    case.thread("ph1", False, None, "Eastside Physio", "physio booking with an ICS")
    case.meeting("ph1", at("2026-03-31 17:15"), at("2026-03-31 17:45"), met=[jono.email],
                 job=False, what="physio")
    ex_pdf = ("Shoulder_programme_wk1-2.pdf", "application/pdf", make_pdf([
        "Eastside Physio - Home exercise programme",
        "Ben Tipene - right AC joint",
        "1. Pendulum swings - 3 x 30 seconds, twice daily",
        "2. Isometric external rotation - 5 x 10 second holds",
        "3. Scapular setting - 10 reps, 3 times daily",
        "No overhead lifting or contact training until review"]))
    case.add("ph2", jono, [ben], "2026-03-31 19:40",
             "Hi Ben,\n\nGood to see you today. As discussed I've referred you for an ultrasound on "
             "the right shoulder - Horizon Radiology will be in touch to book it. Once the report is "
             "through I'll give you a call by Friday 10 April to go over it and adjust the "
             "programme.\n\nExercises attached. No tackling till then!",
             subject="Your shoulder - next steps", attachments=[ex_pdf])
    case.add("ph3", ben, [jono], "2026-03-31 20:02",
             "Thanks Jono, will do the exercises.\n\nBen" + IPHONE, parent="ph2")
    case.thread("ph2", False, None, "Eastside Physio",
                "physio's 'I'll give you a call by Friday 10 April' - not job search")
    case.promise("ph2", "ph2", jono.email, "2026-04-10", job=False)

    # ---- family
    case.add("fm1", mum, [ben], "2026-03-22 15:20",
             "Hi Ben\n\nAre you and Mel coming for lunch Easter Sunday? Aunty Pare and the kids will "
             "be here. Can you bring a salad.\n\nAlso the outside light by the back door has stopped "
             "working again, can you have a look when your here.\n\nLove Mum",
             subject="Easter Sunday")
    case.add("fm2", ben, [mum], "2026-03-22 17:45",
             "Hi Mum, yep we'll be there. Mel's doing her potato salad. I'll look at the light, "
             "probably the sensor again.\n\nBen", parent="fm1")
    case.add("fm3", mum, [ben], "2026-03-22 18:10",
             "Lovely. 12 o'clock. Don't forget the clocks go back that morning!\n\nMum", parent="fm2")
    case.thread("fm1", False, None, None, "family: Easter lunch")
    case.meeting("fm1", at("2026-04-05 12:00"), at("2026-04-05 15:00"), met=[mum.email],
                 job=False, what="family lunch")
    case.add("fm4", mum, [ben], "2026-04-10 09:30",
             "Did you get the photos from Sunday? Nan wants the one of all the mokos printed for "
             "her wall.\n\nMum", subject="Photos")
    case.add("fm5", ben, [mum], "2026-04-10 12:30",
             "Yeah got them. I'll get it printed at the Warehouse on Saturday and drop it round.\n\nBen",
             parent="fm4")
    case.thread("fm4", False, None, None, "family: photos")

    case.add("nn1", nan, [ben], "2026-03-14 09:05",
             "Kia ora e taku mokopuna,\n\nHari huritau ki a koe! Ka nui te aroha o tō kuia ki a koe. "
             "Haere mai ki te kai ā te Rātapu, ka tunu ahau i te parāoa rewena.\n\nNā tō kuia,\nNan",
             subject="Hari huritau!")
    case.add("nn2", ben, [nan], "2026-03-14 11:30",
             "Kia ora Nan, ngā mihi nui! Ka kite ā te Rātapu. Love you.\n\nBen", parent="nn1")
    case.thread("nn1", False, None, None, "family: birthday wishes from Nan in te reo Māori")
    case.meeting("nn1", at("2026-03-15 12:00"), None, met=[nan.email], job=False,
                 what="Sunday lunch")

    case.add("ti1", tia, [ben], "2026-03-17 19:10",
             "Ben our hot water's gone lukewarm, Matt reckons its the element. Any chance you could "
             "look at it this wkend? Will feed you",
             subject="hot water help!!")
    case.add("ti2", ben, [tia], "2026-03-17 19:40",
             "Prob the element or the thermostat. Sat morning ok? Turn it off at the board till "
             "then so it's not cooking itself.\n\nBen", parent="ti1")
    case.add("ti3", tia, [ben], "2026-03-17 20:02", "Legend. Sat 10ish", parent="ti2")
    case.add("ti4", ben, [tia], "2026-03-21 15:20",
             "Element's done, it was cooked. Parts were $68 from Sparkline, don't worry about it. "
             "Give it a couple of hours to heat up.\n\nBen", parent="ti3")
    case.add("ti5", tia, [ben], "2026-03-21 16:05",
             "Thank you!! You're the best. Matt says he owes you a beer", parent="ti4")
    case.thread("ti1", False, None, None, "family: sister's hot water cylinder")
    case.meeting("ti1", at("2026-03-21 10:00"), None, met=[tia.email], job=False,
                 what="family favour")

    # ---- rugby club
    rov1 = ("ROVERS ROUNDUP - March 2026\n\nSeason launch: Friday 13 March, 6pm at the clubrooms. "
            "Sausage sizzle and jersey handout.\n\nRound 1 draw (Sat 21 March): Prems v Ponsonby "
            "(home), Prem Reserves v Marist (away), U85kg v Grammar TEC (home).\n\nVolunteers "
            "wanted for the canteen roster - see Lisa.\n\nGo the Rovers!")
    case.add("rv1", rovers, [ben], "2026-03-05 18:00", rov1,
             subject="Rovers Roundup - season launch & Round 1 draw",
             html=html_of(rov1), headers=bulk_headers("<roundup.tamakirovers.org.nz>",
                                                      "https://tamakirovers.org.nz/unsub?u=btipene"))
    case.thread("rv1", False, None, "Tamaki Rovers RFC", "rugby club newsletter")
    rov2 = ("ROVERS ROUNDUP - April 2026\n\nResults Rd 3: Prems 27 - 19 Marist, Prem Reserves 12 - 31 "
            "Grammar TEC.\n\nClub day Saturday 18 April - all grades at home, old boys' lunch at "
            "12. Bring the whānau.\n\nInjured list: get well soon to Ben T (shoulder) and Viliami "
            "(ankle).")
    case.add("rv2", rovers, [ben], "2026-04-09 18:00", rov2,
             subject="Rovers Roundup - Rd 3 results & club day",
             html=html_of(rov2), headers=bulk_headers("<roundup.tamakirovers.org.nz>",
                                                      "https://tamakirovers.org.nz/unsub?u=btipene"))
    case.thread("rv2", False, None, "Tamaki Rovers RFC", "rugby club newsletter")

    case.add("rv3", treasurer, [ben], "2026-03-16 12:00",
             "Kia ora Ben,\n\nJust a reminder that 2026 senior subs ($220) are due by 31 March. Bank "
             "account 12-3011-0555012-00, ref your surname + SUBS.\n\nThanks!",
             subject="2026 subs reminder")
    case.add("rv4", ben, [treasurer], "2026-03-18 20:10",
             "Hi Lisa, paid today, ref TIPENE SUBS.\n\nBen", parent="rv3")
    case.add("rv5", treasurer, [ben], "2026-03-19 07:30", "Got it, thanks Ben!", parent="rv4",
             sig=False)
    case.thread("rv3", False, None, "Tamaki Rovers RFC", "club subs")

    case.add("rv6", dion, [ben], "2026-04-08 21:00",
             "Prem Res v Ponsonby Sat 11th, meet 1.30 at the clubrooms, KO 2.45 Cornwall Park #2.\n\n"
             "Ben you're at 6 if the shoulder's right? Let me know by Thurs.\n\nDion",
             subject="Sat team")
    case.add("rv7", ben, [dion], "2026-04-09 06:05",
             "Can't make it mate, shoulder's still munted. Physio reckons a couple more weeks. I'll "
             "come down and run water.\n\nBen" + IPHONE, parent="rv6")
    case.add("rv8", dion, [ben], "2026-04-09 07:15", "No worries bro, heal up", parent="rv7")
    case.thread("rv6", False, None, "Tamaki Rovers RFC", "team manager: Saturday's game")
    case.meeting("rv6", at("2026-04-11 13:30"), at("2026-04-11 16:30"), met=[dion.email],
                 job=False, what="rugby game")

    # ---- marketplace
    t1 = ("Hi btipene_sparky,\n\nYou have a new question on your listing: Aluminium ute canopy - "
          "Hilux 2016 double cab\n\nQ: would you take $800 cash? can pick up Sunday\n\n"
          "Answer this question on Trove. Answers are visible to all members.\n\nThe Trove team")
    case.add("tv1", trove, [ben], "2026-03-21 08:40", t1,
             subject="New question on your listing: Aluminium ute canopy - Hilux 2016 double cab",
             html=html_of(t1), headers=AUTO)
    case.thread("tv1", False, None, "Trove", "online marketplace question")
    t2 = ("Congratulations btipene_sparky, your item sold!\n\nAluminium ute canopy - Hilux 2016 "
          "double cab\nSale price: $950 (Buy Now)\nBuyer: kiwi_dave77\n\nContact the buyer to "
          "arrange payment and pick-up within 7 days.\n\nThe Trove team")
    case.add("tv2", trove, [ben], "2026-03-23 13:02", t2,
             subject="Sold! Aluminium ute canopy - Hilux 2016 double cab", html=html_of(t2),
             html_only=True, headers=AUTO)
    case.thread("tv2", False, None, "Trove", "online marketplace: item sold")
    t3 = ("An item on your watchlist closes in 12 hours:\n\n6m fibreglass extension ladder - "
          "industrial rated\nCurrent bid: $210 (7 bids)\nCloses: Fri 3 Apr, 9:15pm\n\nThe Trove team")
    case.add("tv3", trove, [ben], "2026-04-03 09:15", t3,
             subject="Closing soon: 6m fibreglass extension ladder - industrial rated",
             html=html_of(t3), html_only=True, headers=AUTO)
    case.thread("tv3", False, None, "Trove", "online marketplace watchlist")

    # ---- vehicle, tax, bills, suppliers
    w = ("Kia ora Ben,\n\nThe warrant of fitness for your vehicle HRX412 (Toyota Hilux) expires on "
         "21/04/2026.\n\nBook online or just drop in - most WoF inspections take about 30 minutes.\n\n"
         "AutoCheck Testing Stations - Mt Wellington")
    case.add("wof1", autocheck, [ben], "2026-03-30 08:00", w,
             subject="Reminder: WoF for HRX412 due 21/04/2026", html=html_of(w), html_only=True,
             headers=AUTO)
    case.thread("wof1", False, None, "AutoCheck Testing Stations", "vehicle WoF reminder")
    ir = ("Tēnā koe Ben,\n\nYou have a new letter in myIR: Your income tax summary.\n\n"
          "Log in to myIR to read it. For your security, we don't include personal details in "
          "emails.\n\nNgā mihi\nInland Revenue | Te Tari Taake")
    case.add("ird1", ird, [ben], "2026-04-08 10:02", ir,
             subject="You have a new letter in myIR", html=html_of(ir), html_only=True, headers=AUTO)
    case.thread("ird1", False, None, "Inland Revenue", "tax department notice")
    kb = ("Hi Ben,\n\nYour Kōwhai Energy bill for 14 Feb - 15 Mar is ready.\n\nAmount due: $187.40\n"
          "Due date: 2 April 2026\n\nIt will be paid by direct debit on the due date.\n\nKōwhai Energy")
    case.add("kw1", kowhai, [ben], "2026-03-19 06:30", kb,
             subject="Your Kōwhai Energy bill is ready", html=html_of(kb), html_only=True, headers=AUTO)
    case.thread("kw1", False, None, "Kōwhai Energy", "power bill")

    inv1 = ("Sparkline_INV-288143.pdf", "application/pdf", make_pdf([
        "Sparkline Electrical Wholesale - Tax Invoice INV-288143",
        "Account: TIPENE B (cash sale)   Date: 21/03/2026",
        "1 x HWC element 3kW 240V screw-in            $48.70",
        "1 x HWC thermostat 250mm                     $19.30",
        "Total incl GST                               $68.00"]))
    case.add("sp1", sparkline, [ben], "2026-03-21 08:22",
             "Thanks for shopping at Sparkline East Tāmaki. Your tax invoice INV-288143 is "
             "attached.\n\nSparkline Electrical Wholesale", subject="Tax invoice INV-288143",
             attachments=[inv1], headers=AUTO)
    case.thread("sp1", False, None, "Sparkline Electrical Wholesale", "tool/parts receipt")
    inv2 = ("Sparkline_INV-291077.pdf", "application/pdf", make_pdf([
        "Sparkline Electrical Wholesale - Tax Invoice INV-291077",
        "Account: TIPENE B (cash sale)   Date: 11/04/2026",
        "1 x Insulated screwdriver set 7pc            $89.00",
        "1 x Cable stripper 0.2-6mm                   $42.50",
        "Total incl GST                              $131.50"]))
    case.add("sp2", sparkline, [ben], "2026-04-11 10:40",
             "Thanks for shopping at Sparkline East Tāmaki. Your tax invoice INV-291077 is "
             "attached.\n\nSparkline Electrical Wholesale", subject="Tax invoice INV-291077",
             attachments=[inv2], headers=AUTO)
    case.thread("sp2", False, None, "Sparkline Electrical Wholesale", "tool receipt")
    o1 = ("Kia ora Ben,\n\nThanks for your order #TS-104472.\n\n1 x 18V brushless impact driver "
          "(skin only) - $279.00\n1 x 18V 5.0Ah battery - $189.00\nShipping: Free\nTotal: $468.00\n\n"
          "We'll let you know when it's on its way.\n\nToolShed Direct")
    case.add("tsd1", toolshed, [ben], "2026-03-29 21:14", o1,
             subject="Order confirmed #TS-104472", html=html_of(o1), headers=AUTO)
    case.thread("tsd1", False, None, "ToolShed Direct", "tool order")
    o2 = ("Good news - your order #TS-104472 is on its way with NZ Couriers.\n\nTracking: "
          "NZC84412903\nExpected delivery: 1-2 working days.\n\nToolShed Direct")
    case.add("tsd2", toolshed, [ben], "2026-03-31 11:03", o2,
             subject="Your order #TS-104472 has shipped", html=html_of(o2), html_only=True,
             headers=AUTO)
    case.thread("tsd2", False, None, "ToolShed Direct", "shipping notice")

    # ---- job-board alerts and an industry bulletin (full of job words, owing nothing)
    def alert(key, when, jobs):
        text = ("New jobs matching your alert: 'electrician supervisor' in Auckland\n\n"
                + "\n\n".join(jobs) +
                "\n\nApply now - employers are reviewing applications.\n\nManage your alerts at "
                "tradejobs.co.nz/alerts\nTradeJobs NZ")
        case.add(key, tradejobs, [ben], when, text,
                 subject="%d new jobs for 'electrician supervisor' in Auckland" % len(jobs),
                 html=html_of(text), headers=bulk_headers("<alerts.tradejobs.co.nz>",
                                                          "https://tradejobs.co.nz/alerts/unsub"))
        case.thread(key, False, None, "TradeJobs NZ", "job-board alert")

    alert("ja1", "2026-03-09 06:00", [
        "Electrical Site Supervisor - Commercial | North Shore | $95k-$110k + vehicle",
        "Leading Hand Electrician | East Tāmaki | $42-$48/hr",
        "Electrical Maintenance Supervisor - Community Facilities | Waitematā City Council",
        "Registered Electrician - Residential | Hobsonville | DK Electrical"])
    alert("ja2", "2026-03-23 06:00", [
        "Leading Hand - Schools & Commercial | Rangi Electrical | Central Auckland",
        "Project Supervisor - Electrical | Velocity Electrical | Mt Wellington",
        "Services Coordinator | Tier 1 builder | CBD | interviews this week"])
    alert("ja3", "2026-04-13 06:00", [
        "Site Supervisor (Services) | Kahurangi Construction | Auckland",
        "Electrical Supervisor - Industrial | Wiri | $100k+",
        "Electrical Foreman - Data Centre | West Auckland | immediate start",
        "Maintenance Electrician - Cool Stores | South Auckland"])
    eb = ("ElecTrade NZ Bulletin - April 2026\n\n- AS/NZS 3000 amendment: what changes for RCD "
          "protection on 1 July\n- From the tools to the site office: Megan Tait (Kestrel "
          "Construction) on moving into supervision\n- CPD: evening courses in Penrose and Albany\n"
          "- Jobs board: 46 new supervisor and leading hand roles this month")
    case.add("et1", electrade, [ben], "2026-04-01 07:00", eb,
             subject="ElecTrade NZ Bulletin - April 2026", html=html_of(eb),
             headers=bulk_headers("<bulletin.electrade.org.nz>",
                                  "https://electrade.org.nz/bulletin/unsubscribe"))
    case.thread("et1", False, None, "ElecTrade NZ", "industry newsletter")

    # ---- a few more everyday threads
    rov0 = ("ROVERS ROUNDUP - mid-March\n\nGreat turnout at the season launch, thanks to everyone who "
            "helped on the barbecue.\n\nTraining: Tues & Thurs 6pm under lights. Senior trials wrap "
            "up this week; teams named Friday.\n\nSponsors' night tickets on sale now.")
    case.add("rv0", rovers, [ben], "2026-03-17 18:00", rov0,
             subject="Rovers Roundup - trials & training", html=html_of(rov0),
             headers=bulk_headers("<roundup.tamakirovers.org.nz>",
                                  "https://tamakirovers.org.nz/unsub?u=btipene"))
    case.thread("rv0", False, None, "Tamaki Rovers RFC", "rugby club newsletter")

    case.add("kr12", gary, [ben], "2026-04-02 09:40",
             "Lady at 42 Ranui Rd rang, says the kitchen RCD keeps tripping since we did the board. "
             "Can you swing past after Pakuranga and have a look? Probably the oven again.",
             subject="42 Ranui Rd - RCD tripping", sig=False)
    case.add("kr13", ben, [gary], "2026-04-02 16:55",
             "Been. Oven element's leaking to earth, nothing to do with the board. Told her to get "
             "the oven guy in, left a note on the job sheet.\n\nBen", parent="kr12")
    case.add("kr14", gary, [ben], "2026-04-02 17:20", "Good one", parent="kr13", sig=False)
    case.thread("kr12", False, None, "Kauri Electrical Ltd", "current job: callback to a client")

    case.add("fm6", mum, [ben], "2026-04-10 12:48",
             "Thanks love. Get two, one for Aunty Pare.\n\nMum", parent="fm5")
    case.add("kh_6", kahu, [ben], "2026-04-08 18:31", "Cheers bro!!", parent="kh_5")

    t4 = ("kiwi_dave77 sent you a message about Aluminium ute canopy - Hilux 2016 double cab:\n\n"
          "\"Paid $950 just now. Can I grab it Wednesday after 5? Will bring a mate to lift\"\n\n"
          "Reply on Trove. For your safety, keep communication on Trove.\n\nThe Trove team")
    case.add("tv4", trove, [ben], "2026-03-23 19:12", t4,
             subject="New message from kiwi_dave77", html=html_of(t4), headers=AUTO)
    case.thread("tv4", False, None, "Trove", "online marketplace: buyer's message")

    mel = P("Mel Harris", "mel.k.harris@gmail.com", "gmail")
    case.add("ml1", mel, [ben], "2026-04-06 10:15",
             "Rego for the Hilux is due end of the month too, and the WoF. Can you sort both when "
             "you take it in? Also we're out of dishwasher tabs xx",
             subject="ute stuff")
    case.add("ml2", ben, [mel], "2026-04-06 10:40",
             "Yep will do both. Booked the WoF for Sat 18th. Tabs noted xx", parent="ml1")
    case.thread("ml1", False, None, None, "partner: vehicle rego and errands")

    wb = ("Kia ora Ben,\n\nYour WoF inspection is booked:\n\nSaturday 18/04/2026 at 8:00am\n"
          "Vehicle: HRX412 (Toyota Hilux)\nAutoCheck Mt Wellington, 40 Carbine Road\n\nAllow about "
          "30 minutes. Reply CANCEL to cancel.\n\nAutoCheck Testing Stations")
    case.add("wof2", autocheck, [ben], "2026-04-06 10:33", wb,
             subject="Booking confirmed: WoF inspection Sat 18/04/2026 8:00am", html=html_of(wb),
             html_only=True, headers=AUTO)
    case.thread("wof2", False, None, "AutoCheck Testing Stations", "WoF booking")
    case.meeting("wof2", at("2026-04-18 08:00"), at("2026-04-18 08:30"), met=[], status="scheduled",
                 job=False, what="WoF inspection")

    # ================================================================== LABELS
    case.expect("thank_you", "hl_iv1", dean.email,
                "panelist at the Tue 7 Apr 10:00-11:00 NZST interview; only Stuart was thanked "
                "(new thread); overdue since Apr 8 11:00")
    case.expect("callback", "hl_iv1", priya.email,
                "'we aim to let every candidate know the outcome by Friday 10 April'; nothing from "
                "Harbourline since; due end of Tue 14 Apr", promised="2026-04-10")
    case.expect("thank_you", "tot1", hemi.email,
                "client interview Thu 2 Apr 07:30-08:30 NZDT took place; Ben thanked only the "
                "agency recruiter; overdue since Apr 3, stale only from Apr 16 09:30 NZST")
    case.expect("thank_you", "dk1", dave.email,
                "paid trial day Thu 9 Apr 07:00-15:30; the only 'thanks' came before it and the "
                "later mail is about a clamp meter; overdue since Apr 10 15:30")
    case.expect("thank_you", "rg1", mitch.email,
                "phone call agreed as 'Tues arvo?' / 'Sweet as' for Tue 7 Apr afternoon; no thanks "
                "since; due and not stale for any afternoon time")
    case.expect("callback", "wcc1", leanne.email,
                "'all candidates will be advised of the outcome by Tuesday 31 March'; nothing from "
                "the council since; due end of Thu 2 Apr, stale only from Apr 16 23:00",
                promised="2026-03-31")
    case.expect("thank_you", "kd1", fiona.email,
                "video interview Wed 8 Apr 16:00-16:45 took place; never thanked; the rejection of "
                "Apr 13 does not cancel a thank-you owed; overdue since Apr 9 16:45")
    case.expect("callback", "vj1", jess.email,
                "'we should know within the next couple of weeks' (Tue 24 Mar, to Tue 7 Apr); "
                "nothing from Velocity since; due end of Thu 9 Apr", promised="2026-04-07")

    case.forbid("hl_iv1", stuart.email,
                "thanked the same evening by the note in a new thread")
    case.forbid("hl_ty1", stuart.email, "this is the thank-you itself; nothing else owed to him")
    case.forbid("ib1", courtney.email,
                "'by Wednesday 8th' was answered by her update of Apr 9; the new 'early next week' "
                "window has not ended; her own call was thanked and is stale")
    case.forbid("tot1", courtney.email,
                "she organised the invite and said she would not be there: not met")
    case.forbid("ts1", russell.email,
                "yard visit thanked in the thread; 'give you a ring Tuesday' (Apr 14) is inside "
                "its grace until the end of Thu Apr 16")
    case.forbid("fe1", grant.email,
                "coffee thanked the same day; the offer of Apr 8 came before his promised date")
    case.forbid("wcc1", aroha.email,
                "panelist thanked with Sam in one note on Mar 19 (and stale); the decision "
                "promise was Leanne's")
    case.forbid("kd1", raj.email, "in the invite but sent apologies and did not attend: not met")
    case.forbid("kh1", wiremu.email,
                "Zoom moved from Tue 14 Apr to Fri 17 Apr 13:30 NZST: still ahead at now")
    case.forbid("vj1", hamish.email,
                "his interview was cancelled; the 'couple of weeks' promise was Jess's")
    case.forbid("ld1", tom.email,
                "coffee Fri 10 Apr was a no-show on his side; rebooked for Wed 22 Apr")
    case.forbid("ks1", megan.email,
                "call thanked that evening; 'send them through by Friday' (Apr 17) still ahead")
    case.forbid("bs1", brightsparks.email,
                "Outlook auto-reply ('within 3 working days'): automated, not a person's promise")
    case.forbid("kr6", liam[1],
                "apprentice interview at Ben's current job where Ben is an interviewer")
    case.forbid("ph2", jono.email,
                "physio's 'call you by Friday 10 April': health, not job search")

    case.summary = SUMMARY
    return case


SUMMARY = ('Ben Tipene, a registered electrician six years out of his apprenticeship, works for a small East Auckland contractor (Kauri Electrical), mentors its apprentice, and wants to move to a larger firm or a site-supervisor role. The mailbox runs from 3 March to Wednesday 15 April 2026, 19:40 NZST, across the end of New Zealand daylight time on 5 April (+13:00 to +12:00) and the Easter break; an Outlook invite written in NZDT names its zone "New Zealand Standard Time" for a slot after the change. Harbourline Electrical Group (SmartRecruiters, then an HR advisor) takes him from a phone screen picked from three slots to a two-person panel where only Stuart got a note, in a new thread; Priya\'s \'we aim to let every candidate know by Friday 10 April\' went quiet. An agency recruiter (Ironbark) sends a Google invite she does not attend for a client interview with Totara\'s Hemi, never thanked, and keeps her own \'by Wednesday 8th\' with an update. Small employers write from gmail.com and xtra.co.nz: a paid trial day thanked only beforehand, a yard visit thanked the same day with a \'ring you Tuesday\' still in its grace, a phone call agreed as \'Tues arvo?\' / \'Sweet as\', and a referral coffee that led to a written offer. Waitematā City Council (Workday) interviewed him in March and its passive \'all candidates will be advised by Tuesday 31 March\' lapsed; Kaimai Electrical & Data\'s Teams interview (one panelist sent apologies) ended in a rejection with the thank-you still owed; Velocity Electrical\'s GoodTime interview was cancelled with \'within the next couple of weeks\' never kept; Kahurangi Construction\'s Zoom, set in Brisbane time, moved past now with \'Friday works\'; a rugby mate\'s intro led to a no-show coffee; a 15-minute call he asked for was thanked; an emailed application drew only an auto-reply. Noise: his boss and apprentice (including an apprentice interview where Ben is on the hiring side), a physio\'s \'call you by Friday 10 April\', family (his nan writes in te reo Māori), the rugby club, an online marketplace, tool-supplier receipts, a WoF reminder, Inland Revenue, a power bill, job-board alerts and an industry bulletin. 56 threads (21 job search), 135 messages, `now` = `2026-04-15T19:40:00+12:00`.')

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
