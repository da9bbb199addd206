#!/usr/bin/env python3
"""Vignettes, set en2: thirty small English mailboxes about one meeting each (whether it
took place, when, with whom, what kind, which side the user was on), written by people in
South Africa, Kenya, Ghana, the Philippines, Malaysia, Pakistan, Jamaica, New Zealand,
Scotland and the US South and Midwest.  Standard library and casekit only."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from casekit import *
import casekit
HERE = os.path.dirname(os.path.abspath(__file__))  # casekit's own HERE came in with *

# Zones the vignettes use that casekit does not carry (IANA name, and the Windows name
# Outlook would write where one exists).
casekit._fixed_zone("Africa/Nairobi", "+0300", "EAT", "E. Africa Standard Time")
casekit._fixed_zone("Africa/Accra", "+0000", "GMT", "Greenwich Standard Time")
casekit._fixed_zone("Asia/Manila", "+0800", "PST", None)
casekit._fixed_zone("Asia/Kuala_Lumpur", "+0800", "+08", None)
casekit._fixed_zone("Asia/Karachi", "+0500", "PKT", "Pakistan Standard Time")
casekit._fixed_zone("America/Jamaica", "-0500", "EST", "SA Pacific Standard Time")

EXCHANGE = "Microsoft Exchange Server 2010"
ACC, NEED, IND, ROOM = "ACCEPTED", "NEEDS-ACTION", "INDIVIDUAL", "ROOM"


def V(name, desc, who, email, phone, tz, now, sig=None):
    me = Person(who, email, tz, style="webmail",
                sig=sig if sig is not None else "%s\n%s" % (who, phone))
    c = Case(name, desc, {"name": who, "emails": [email], "phone": phone, "timezone": tz},
             None, desc)
    c.me = me
    c.now = c.at(now)
    return c, me


def T(c, s, p=None):
    return c.at(s, p)


def invite(c, key, org, to, when, start, end, summary, body, attendees, tzid=None,
           outlook=False, method="REQUEST", seq=0, uid=None, subject=None, parent=None,
           location=None, status="CONFIRMED", description=None, cc=()):
    """An invitation (or a cancellation) from `org`, Outlook or Google Calendar style."""
    uid = uid or (uid_outlook(c.name, key) if outlook else uid_google(c.name, key))
    stamp = T(c, when, org) if isinstance(when, str) else when
    ics = make_ics(method=method, uid=uid, stamp=stamp, start=start, end=end, summary=summary,
                   organizer=org, attendees=attendees, tzid=tzid, location=location,
                   description=description if description is not None else body,
                   sequence=seq, status=status,
                   prodid=EXCHANGE if outlook else "-//Google Inc//Google Calendar 70.9054//EN")
    return c.add(key, org, to, when, body, subject=subject, parent=parent, ics=ics, cc=cc,
                 ics_mode="outlook" if outlook else "google",
                 headers=None if outlook else dict(GCAL), quote=False)


# ---------------------------------------------------------------------------------------
# Held as planned
# ---------------------------------------------------------------------------------------

def v01_za_teams_invite_only():
    c, me = V("en2-01-teams-invite-nothing-after",
              "Johannesburg: an HR generalist's Teams invite for a competency-based interview she "
              "opens herself; nothing after it, so it took place and both are owed thanks",
              "Thandeka Mokoena", "thandeka.mokoena@example.co.za", "+27 82 555 0193",
              "Africa/Johannesburg", "2026-03-03 16:30")
    lerato = Person("Lerato Dlamini", "lerato.dlamini@khanyisalife.co.za", "Africa/Johannesburg",
                    style="outlook", region="eurprd04",
                    sig="Lerato Dlamini\nHR Generalist | Khanyisa Life\nT: +27 11 555 4410")
    pieter = Person("Pieter van Wyk", "pieter.vanwyk@khanyisalife.co.za", "Africa/Johannesburg",
                    style="outlook", region="eurprd04")
    st, en = T(c, "2026-03-03 10:00"), T(c, "2026-03-03 11:00")
    body = ("Good day Thandeka,\n\nAs discussed telephonically this morning, please find below the "
            "details of your competency-based interview for the Claims Analyst position. I will "
            "open with the HR questions and then hand over to Pieter van Wyk, our Claims "
            "Operations Manager, for the technical part.\n\nKindly have your ID book and "
            "certified qualifications ready to show on camera.\n\nKind regards\nLerato\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting\nMeeting ID: 372 118 904 55\nPasscode: Xk3pQ9")
    invite(c, "inv", lerato, [me], "2026-02-26 11:42", st, en,
           "Competency-based interview: Claims Analyst - T. Mokoena", body,
           [(pieter, ACC, IND), (me, NEED, IND)], tzid="South Africa Standard Time", outlook=True,
           subject="Competency-based interview: Claims Analyst - T. Mokoena",
           location="Microsoft Teams Meeting")
    c.add("acc", me, [lerato], "2026-02-26 13:05",
          "Dear Lerato\n\nThank you, I confirm Tuesday 3 March at 10:00. I will have my ID and "
          "certificates with me.\n\nRegards", parent="inv")
    c.thread("inv", True, "interview", "Khanyisa Life",
             "Teams interview Tue 3 Mar 10:00-11:00 SAST; Lerato runs the HR part, Pieter the "
             "technical part; nothing after the invite")
    c.meeting("inv", st, en, met=[lerato.email, pieter.email])
    c.expect("thank_you", "inv", pieter.email,
             "interview Tue 3 Mar 10:00-11:00 SAST took place (invite, nothing after); no note; "
             "due from 13:00")
    c.expect("thank_you", "inv", lerato.email,
             "the organiser ran the HR half of the interview herself, so she was met; due from 13:00")
    return c


def v02_ke_great_speaking():
    c, me = V("en2-02-great-speaking-with-you-today",
              "Nairobi: a hiring manager sets a phone call in two lines and writes 'great speaking "
              "with you today' after it; the referrer he copied was not on the call",
              "Wanjiru Kamau", "wanjiru.kamau@example.co.ke", "+254 722 555 318",
              "Africa/Nairobi", "2026-02-11 10:00")
    kevin = Person("Kevin Mwangi", "kevin.mwangi@tandaapay.co.ke", "Africa/Nairobi",
                   sig="Kevin\n--\nKevin Mwangi | Head of Product | Tandaa Pay\n+254 733 555 902")
    achieng = Person("Achieng Odhiambo", "achieng.odhiambo@tandaapay.co.ke", "Africa/Nairobi")
    c.add("a1", kevin, [me], "2026-02-09 09:12",
          "Hi Wanjiru,\n\nGot your CV from Achieng (copied). We're looking for a product analyst "
          "for the merchant side. Free for a quick call tomorrow 2pm? I'll ring you on the number "
          "on the CV.", cc=[achieng], subject="Product analyst - merchant payments")
    c.add("a2", me, [kevin], "2026-02-09 09:40", "Hi Kevin, yes 2pm works. Talk then.",
          parent="a1", cc=[achieng])
    c.add("a3", kevin, [me], "2026-02-10 15:40",
          "Wanjiru, great speaking with you today. As discussed I'll share the short case study "
          "with the team and revert by Friday on next steps.\n\nSent from my iPhone",
          parent="a2", sig=False)
    st = T(c, "2026-02-10 14:00")
    c.thread("a1", True, "interview", "Tandaa Pay",
             "phone call Tue 10 Feb 14:00 (no end given) with Kevin; his 'great speaking with you "
             "today' confirms it; promise 'by Friday' still open")
    c.meeting("a1", st, None, met=[kevin.email])
    c.promise("a1", "a3", kevin.email, "2026-02-13")
    c.expect("thank_you", "a1", kevin.email,
             "call Tue 10 Feb 14:00 (60 min by default) took place, confirmed by his mail; no note "
             "yet; due since 17:00 Tue, overdue from 15:00 Wed")
    c.forbid("a1", achieng.email,
             "the referrer, only copied; she was not on the call and promised nothing")
    return c


def v03_gh_formal_letter_notes():
    c, me = V("en2-03-formal-letter-user-notes",
              "Accra: a formal invitation letter names a two-person panel with addresses; the HR "
              "officer who wrote it does not sit on it; the user's own notes to her brother show it "
              "happened",
              "Efua Mensah", "efua.mensah@example.com.gh", "+233 24 555 7781",
              "Africa/Accra", "2026-03-12 19:00")
    comfort = Person("Comfort Addo", "comfort.addo@voltacocoa.com.gh", "Africa/Accra",
                     style="outlook", region="eurprd02",
                     sig="Mrs. Comfort Addo\nHuman Resource Officer\nVolta Cocoa Processing Ltd.\n"
                         "No. 14 Liberation Road, Airport Residential Area, Accra\nTel: 030 255 5120")
    kojo = Person("Kojo Mensah", "kojo.mensah77@gmail.com", "Africa/Accra")
    ofori = "kwame.ofori@voltacocoa.com.gh"
    abena = "abena.asantemensah@voltacocoa.com.gh"
    c.add("l1", comfort, [me], "2026-03-04 14:20",
          "Dear Ms. Mensah,\n\nINVITATION FOR INTERVIEW - ASSISTANT ACCOUNTANT\n\nWe refer to "
          "your application for the above position and are pleased to invite you for an "
          "interview scheduled for Thursday, 12th March, 2026 at 10:00am prompt at our Head "
          "Office.\n\nThe interview panel shall comprise:\n1. Mr. Kwame Ofori, Financial "
          "Controller (%s)\n2. Mrs. Abena Asante-Mensah, Head, Internal Audit (%s)\n\nKindly "
          "report to the front desk at least fifteen (15) minutes before the time, with the "
          "originals of your certificates and a valid Ghana Card.\n\nPlease confirm your "
          "availability by return mail.\n\nYours faithfully," % (ofori, abena),
          subject="INVITATION FOR INTERVIEW - ASSISTANT ACCOUNTANT")
    c.add("l2", me, [comfort], "2026-03-04 16:02",
          "Dear Mrs. Addo,\n\nThank you for your letter. I am pleased to confirm that I will "
          "attend the interview on Thursday, 12th March, 2026 at 10:00am.\n\nYours faithfully,",
          parent="l1")
    c.add("n1", me, [kojo], "2026-03-12 13:20",
          "Kojo,\n\nJust came out of the Volta Cocoa interview. Mr Ofori and Mrs Asante-Mensah "
          "were both there, they kept me almost one hour. Lots on IFRS 16 and on reconciliations, "
          "I think I did ok. Tell Maa I will call her in the evening.\n\nEfua",
          subject="came out of the interview")
    c.add("n2", kojo, [me], "2026-03-12 13:51", "Eiii well done! God is in control. Will tell her.",
          parent="n1")
    st = T(c, "2026-03-12 10:00")
    c.thread("l1", True, "interview", "Volta Cocoa Processing Ltd.",
             "panel Thu 12 Mar 10:00 (no end) named with addresses in the letter; HR officer not on it")
    c.thread("n1", False, None, None, "the user's notes to her brother after the interview")
    c.meeting("l1", st, None, met=[ofori, abena])
    c.expect("thank_you", "l1", ofori, "panelist at the Thu 12 Mar interview (her notes say both "
             "were there); no note; due from 13:00")
    c.expect("thank_you", "l1", abena, "second panelist named with her address in the letter; "
             "no note; due from 13:00")
    c.forbid("l1", comfort.email, "the HR officer arranged the interview but was not on the "
             "panel; she promised nothing dated")
    return c


def v04_ph_recruiter_refers():
    c, me = V("en2-04-recruiter-refers-to-the-chat",
              "Manila: an agency recruiter confirms a client's Zoom interview naming the "
              "interviewer's address, and next day writes that the interviewer enjoyed the chat",
              "Maria Angelica Santos", "gel.santos@example.com.ph", "+63 917 555 2046",
              "Asia/Manila", "2026-02-17 11:30", sig="Gel Santos\n0917 555 2046")
    jerome = Person("Jerome Dela Cruz", "jerome.delacruz@talentbridge.ph", "Asia/Manila",
                    sig="Jerome Dela Cruz\nSenior Recruitment Consultant\nTalentBridge Staffing "
                        "Inc.\n+63 2 8555 1170 | Viber 0998 555 4412")
    carmina = "carmina.reyes@northpointss.com"
    c.add("r1", jerome, [me], "2026-02-13 16:48",
          "Hi Ms. Gel,\n\nGood day! As discussed over the phone, your initial interview with our "
          "client Northpoint Shared Services is confirmed:\n\nDate: Feb 16 (Mon)\nTime: 3:00 PM PH "
          "time\nVia: Zoom (link below)\nInterviewer: Ms. Carmina Reyes, Finance Operations "
          "Manager - %s\n\nKindly be online 10 mins before and make sure your internet is stable "
          "po. https://zoom.us/j/8215550394\n\nThank you and good luck!" % carmina,
          subject="Interview Confirmation - AP Team Lead (Northpoint)")
    c.add("r2", me, [jerome], "2026-02-13 17:30", "Noted po, thank you Jerome!", parent="r1")
    c.add("r3", jerome, [me], "2026-02-17 10:05",
          "Hi Ms. Gel,\n\nMs. Reyes messaged me this morning, she enjoyed your chat yesterday "
          "and she's endorsing you to the final round with their Country Controller. I will send "
          "the schedule once they give me slots.\n\nKeep your line open po!", parent="r2")
    st = T(c, "2026-02-16 15:00")
    c.thread("r1", True, "recruiter", "TalentBridge Staffing Inc.",
             "agency confirms Zoom interview Mon 16 Feb 15:00 with the client's manager; next day "
             "says the interviewer enjoyed it; recruiter not on the call")
    c.meeting("r1", st, None, met=[carmina])
    c.expect("thank_you", "r1", carmina, "Zoom interview Mon 16 Feb 15:00 took place (the "
             "recruiter relays her reaction); address in the confirmation; no note yet")
    c.forbid("r1", jerome.email, "agency recruiter who arranged it and was not in it; promised "
             "no date ('once they give me slots')")
    return c


# ---------------------------------------------------------------------------------------
# Cancelled
# ---------------------------------------------------------------------------------------

def v05_scot_paused_search():
    c, me = V("en2-05-paused-the-search",
              "Glasgow: a hiring manager's Google Calendar invite, then the day before: 'we've "
              "paused the search... pull Thursday's chat' (no ICS cancel)",
              "Callum Fraser", "callum.fraser@example.co.uk", "+44 7700 900 418",
              "Europe/London", "2026-03-06 10:00")
    morag = Person("Morag Sinclair", "morag.sinclair@clydewind.co.uk", "Europe/London",
                   sig="Morag Sinclair\nHead of Control Systems, Clydewind Energy\n0141 555 0268")
    st, en = T(c, "2026-03-05 14:00"), T(c, "2026-03-05 15:00")
    invite(c, "i1", morag, [me], "2026-02-27 12:10", st, en, "Callum / Morag - SCADA engineer chat",
           "Invitation from Google Calendar\n\nCallum / Morag - SCADA engineer chat\nThursday 5 "
           "Mar 2026 14:00 - 15:00 (Greenwich Mean Time - London)\nGoogle Meet: "
           "meet.google.com/qvt-hsnb-kre\n\nOrganiser: morag.sinclair@clydewind.co.uk",
           [(morag, ACC, IND), (me, NEED, IND)], tzid="Europe/London",
           subject="Invitation: Callum / Morag - SCADA engineer chat @ Thu 5 Mar 2026 14:00 - "
                   "15:00 (GMT) (callum.fraser@example.co.uk)",
           description="Half an hour on the SCADA role, half an hour on your questions.")
    c.add("i2", morag, [me], "2026-03-04 17:48",
          "Callum,\n\nApologies for the late notice. We've paused the search for the SCADA role "
          "while next year's budget is looked at again, so I'm going to have to pull Thursday's "
          "chat. I'd rather tell you straight than waste your afternoon. If it opens up again "
          "you'll be the first person I call.\n\nMorag", parent="i1",
          subject="Re: Callum / Morag - SCADA engineer chat", quote=False)
    c.add("i3", me, [morag], "2026-03-04 19:15",
          "Hi Morag,\n\nUnderstood, and I appreciate the heads-up. Do keep me in mind if it comes "
          "back.\n\nAll the best,\nCallum", parent="i2")
    c.thread("i1", True, "interview", "Clydewind Energy",
             "video chat Thu 5 Mar 14:00 called off in words the day before (search paused)")
    c.meeting("i1", st, en, met=[morag.email], status="cancelled")
    c.forbid("i1", morag.email, "the chat was called off the evening before ('we've paused the "
             "search'); it never took place and nothing dated was promised")
    return c


def v06_jm_user_bows_out():
    c, me = V("en2-06-user-bows-out",
              "Kingston: the user tells the agency he will have to bow out of Thursday's "
              "interview, having taken another offer",
              "Andre Campbell", "andre.campbell@example.com.jm", "+1 876 555 0147",
              "America/Jamaica", "2026-02-20 09:00")
    tanisha = Person("Tanisha Brown", "tanisha@islandworks.com.jm", "America/Jamaica",
                     sig="Tanisha Brown\nRecruitment Consultant | IslandWorks Recruitment\n"
                         "876-555-0290 | New Kingston")
    courtney = "cgrant@bluemahoeins.com"
    c.add("t1", tanisha, [me], "2026-02-13 15:25",
          "Good afternoon Andre,\n\nGreat news - Blue Mahoe Insurance would like to meet you for "
          "the Systems Administrator post. Thursday Feb 19th at 10:00 a.m. at their Trafalgar "
          "Road office. You'll be meeting Courtney Grant, their IT Manager (%s).\n\nWear a jacket "
          "and bring two forms of ID for the security desk.\n\nRegards" % courtney,
          subject="Blue Mahoe - interview Thursday")
    c.add("t2", me, [tanisha], "2026-02-18 11:10",
          "Hi Tanisha,\n\nI'm sorry to do this at short notice but I'll have to bow out of "
          "Thursday. I accepted an offer from another company yesterday evening and it wouldn't be "
          "fair to Mr Grant to take up his morning.\n\nPlease pass on my apologies.\n\nAndre",
          parent="t1")
    c.add("t3", tanisha, [me], "2026-02-18 12:02",
          "Congrats Andre!! Sorry to lose you but I understand. I'll let Courtney know. Keep in "
          "touch.", parent="t2", sig=False)
    st = T(c, "2026-02-19 10:00")
    c.thread("t1", True, "recruiter", "IslandWorks Recruitment",
             "interview Thu 19 Feb 10:00 cancelled by the user the day before (took another offer)")
    c.meeting("t1", st, None, met=[courtney], status="cancelled")
    c.forbid("t1", courtney, "the user bowed out of the interview the day before; it never took place")
    c.forbid("t1", tanisha.email, "the recruiter was told and answered; no meeting, no dated promise")
    return c


def v07_za_cancel_on_the_day():
    c, me = V("en2-07-outlook-cancel-on-the-day",
              "Cape Town: an executive assistant's Outlook invite with the CFO, cancelled by an "
              "Outlook CANCEL at 07:12 on the day",
              "Ruan Botha", "ruan.botha@example.co.za", "+27 83 555 2671",
              "Africa/Johannesburg", "2026-03-23 10:00")
    zanele = Person("Zanele Khumalo", "zanele.khumalo@fynboscapital.co.za", "Africa/Johannesburg",
                    style="outlook", region="eurprd07",
                    sig="Zanele Khumalo\nExecutive Assistant to the CFO\nFynbos Capital | "
                        "Century City, Cape Town\n+27 21 555 8830")
    johan = Person("Johan Steyn", "johan.steyn@fynboscapital.co.za", "Africa/Johannesburg",
                   style="outlook")
    st, en = T(c, "2026-03-20 09:00"), T(c, "2026-03-20 10:00")
    uid = uid_outlook(c.name, "cfo-interview")
    invite(c, "c1", zanele, [me], "2026-03-16 08:50", st, en,
           "Interview: Group Financial Manager - R. Botha",
           "Dear Ruan\n\nMr Steyn would like to meet you in person for the Group Financial "
           "Manager role. Please report to reception on the 4th floor, Century City office "
           "park.\n\nKind regards\nZanele",
           [(johan, ACC, IND), (me, NEED, IND),
            (("CC 4th Floor Boardroom", "cc-boardroom4@fynboscapital.co.za"), ACC, ROOM)],
           tzid="South Africa Standard Time", outlook=True, uid=uid,
           subject="Interview: Group Financial Manager - R. Botha",
           location="CC 4th Floor Boardroom")
    invite(c, "c2", zanele, [me], "2026-03-20 07:12", st, en,
           "Canceled: Interview: Group Financial Manager - R. Botha",
           "Good morning Ruan\n\nUnfortunately Mr Steyn has been called into an urgent board "
           "matter this morning and cannot keep the interview. Apologies for the short notice. I "
           "will come back to you with a new date once his diary allows.\n\nKind regards\nZanele",
           [(johan, ACC, IND), (me, NEED, IND)], tzid="South Africa Standard Time", outlook=True,
           uid=uid, method="CANCEL", seq=1, status="CANCELLED", parent="c1",
           subject="Canceled: Interview: Group Financial Manager - R. Botha")
    c.thread("c1", True, "interview", "Fynbos Capital",
             "in-person interview Fri 20 Mar 09:00-10:00 cancelled by Outlook CANCEL at 07:12 the "
             "same morning; no new date given")
    c.meeting("c1", st, en, met=[johan.email], status="cancelled")
    c.forbid("c1", johan.email, "interview cancelled on the morning itself (METHOD:CANCEL); it "
             "never took place")
    c.forbid("c1", zanele.email, "the assistant who arranged and cancelled it; no meeting and no "
             "dated promise ('once his diary allows')")
    return c


# ---------------------------------------------------------------------------------------
# Moved
# ---------------------------------------------------------------------------------------

def v08_nz_moved_twice():
    c, me = V("en2-08-moved-twice",
              "Wellington: an agency moves an interview from Tuesday to Thursday, then back to "
              "Wednesday morning; only the Wednesday slot happened",
              "Mereana Walker", "mereana.walker@example.co.nz", "+64 21 555 0734",
              "Pacific/Auckland", "2026-03-11 16:00", sig="Mereana\n021 555 0734")
    hamish = Person("Hamish Reid", "hamish@kowhaitalent.co.nz", "Pacific/Auckland",
                    sig="Hamish Reid | Kowhai Talent\nSupply chain & logistics recruitment\n"
                        "04 555 2219 | 027 555 8810")
    liam = "liam.oconnor@harbourline.co.nz"
    c.add("h1", hamish, [me], "2026-03-03 13:20",
          "Kia ora Mereana,\n\nHarbourline Freight want to see you for the planning coordinator "
          "role - Tuesday 10 March, 11am, at their office on Customhouse Quay (level 3). You'll "
          "be with Liam O'Connor, their ops manager. His email is %s if you want to send "
          "anything through beforehand.\n\nCheers,\nHamish" % liam,
          subject="Harbourline Freight - interview")
    c.add("h2", hamish, [me], "2026-03-05 09:02",
          "Hi again - Liam's stuck in Christchurch on Tuesday now. Could you do Thursday 12th at "
          "2pm instead?", parent="h1", sig=False)
    c.add("h3", me, [hamish], "2026-03-05 09:30", "Thursday works, cheers.", parent="h2")
    c.add("h4", hamish, [me], "2026-03-09 16:45",
          "Sorry to mess you round again! Liam's back early and is away Thursday after all. Any "
          "chance of Wednesday 11th at 9.30am instead? Same place.", parent="h3", sig=False)
    c.add("h5", me, [hamish], "2026-03-09 17:10",
          "No worries, the earlier slot is actually better for me. Wednesday 9.30 it is.",
          parent="h4")
    s1, s2, s3 = T(c, "2026-03-10 11:00"), T(c, "2026-03-12 14:00"), T(c, "2026-03-11 09:30")
    c.thread("h1", True, "recruiter", "Kowhai Talent",
             "interview moved Tue 10 Mar 11:00 -> Thu 12 Mar 14:00 -> Wed 11 Mar 09:30 (held); "
             "moves agreed in short replies")
    c.meeting("h1", s1, None, met=[liam], status="moved")
    c.meeting("h1", s2, None, met=[liam], status="moved")
    c.meeting("h1", s3, None, met=[liam])
    c.expect("thank_you", "h1", liam, "only the last slot, Wed 11 Mar 09:30-10:30, happened; Liam's "
             "address is in the first mail; no note; due from 12:30")
    c.forbid("h1", hamish.email, "the agency recruiter arranged and moved it but was not in the "
             "interview")
    return c


def v09_my_pulled_forward():
    c, me = V("en2-09-pulled-forward-updated-invite",
              "Kuala Lumpur: an Outlook invite for Thursday is updated to Wednesday morning; at "
              "`now` the interview has happened although the first slot is still ahead",
              "Aisyah Rahman", "aisyah.rahman@example.com.my", "+60 12 555 4387",
              "Asia/Kuala_Lumpur", "2026-04-15 19:00")
    jason = Person("Jason Lim", "jason.lim@gemilanglogistik.com.my", "Asia/Kuala_Lumpur",
                   style="outlook", region="apcprd03",
                   sig="Jason Lim Wei Keat\nHead, Network Analytics\nGemilang Logistik Sdn Bhd\n"
                       "+60 3 5555 2201")
    kavitha = Person("Kavitha Subramaniam", "kavitha.s@gemilanglogistik.com.my",
                     "Asia/Kuala_Lumpur", style="outlook")
    uid = uid_outlook(c.name, "analyst")
    s1, e1 = T(c, "2026-04-16 15:00"), T(c, "2026-04-16 16:00")
    s2, e2 = T(c, "2026-04-15 10:00"), T(c, "2026-04-15 11:00")
    att = [(kavitha, ACC, IND), (me, NEED, IND)]
    invite(c, "j1", jason, [me], "2026-04-08 11:15", s1, e1, "Interview - Data Analyst (Aisyah)",
           "Hi Aisyah,\n\nSending the invite for our chat. Kavitha from my team will join for the "
           "SQL part in the second half.\n\nRegards\nJason\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\nMeeting ID: 419 552 078 31\nPasscode: 7hTq2m",
           att, tzid="Singapore Standard Time", outlook=True, uid=uid,
           subject="Interview - Data Analyst (Aisyah)", location="Microsoft Teams Meeting")
    invite(c, "j2", jason, [me], "2026-04-13 18:22", s2, e2, "Interview - Data Analyst (Aisyah)",
           "Hi Aisyah, sorry, I have to fly to Penang on Thursday. Hope ok to pull forward to Wed "
           "morning 10am? Same Teams link.\n\nJason", att, tzid="Singapore Standard Time",
           outlook=True, uid=uid, seq=1, parent="j1",
           subject="Updated: Interview - Data Analyst (Aisyah)", location="Microsoft Teams Meeting")
    c.add("j3", me, [jason], "2026-04-13 20:05", "Hi Jason, Wed 10am ok with me. See you then.",
          parent="j2")
    c.thread("j1", True, "interview", "Gemilang Logistik Sdn Bhd",
             "Teams interview moved earlier, Thu 16 Apr 15:00 -> Wed 15 Apr 10:00-11:00 (held), by "
             "an updated invite (SEQUENCE 1)")
    c.meeting("j1", s1, e1, met=[jason.email, kavitha.email], status="moved")
    c.meeting("j1", s2, e2, met=[jason.email, kavitha.email])
    c.expect("thank_you", "j1", jason.email, "interview pulled forward to Wed 15 Apr 10:00-11:00 "
             "and held; the old Thursday slot is void; no note; due from 13:00")
    c.expect("thank_you", "j1", kavitha.email, "attendee who ran the SQL half of the Wednesday "
             "interview; no note")
    return c


def v10_pk_rescheduled_later():
    c, me = V("en2-10-rescheduled-later-words-only",
              "Lahore: HR moves an interview a week later in words only (Ramazan timings); at "
              "`now` the old slot has passed and the new one is ahead",
              "Hamza Qureshi", "hamza.qureshi@example.com.pk", "+92 300 555 1842",
              "Asia/Karachi", "2026-03-04 12:00")
    ayesha = Person("Ayesha Malik", "ayesha.malik@ravitextiles.com.pk", "Asia/Karachi",
                    style="outlook", region="apcprd06",
                    sig="Regards,\nAyesha Malik\nAssistant Manager Talent Acquisition\nRavi "
                        "Textiles Ltd. | 42-B Gulberg III, Lahore\nUAN: 042-111-555-728")
    farooq = "farooq.sheikh@ravitextiles.com.pk"
    c.add("p1", ayesha, [me], "2026-02-23 10:30",
          "Dear Mr. Hamza,\n\nWith reference to your application for the post of Cost Accountant, "
          "you have been shortlisted for an interview on Tuesday 3rd March 2026 at 11:00 AM at our "
          "Head Office, Gulberg III. You will be interviewed by Mr. Farooq Sheikh, GM Finance "
          "(%s).\n\nPlease bring your original CNIC and degrees." % farooq,
          subject="Interview Call - Cost Accountant")
    c.add("p2", me, [ayesha], "2026-02-23 12:14",
          "Dear Ms. Ayesha,\n\nThank you. I will be there on 3rd March at 11:00 AM.\n\nRegards,",
          parent="p1")
    c.add("p3", ayesha, [me], "2026-02-27 13:05",
          "Dear Candidate,\n\nKindly note that due to Ramazan office timings your interview has "
          "been rescheduled to Tuesday 10th March 2026 at 10:00 AM, same venue. Inconvenience is "
          "regretted.", parent="p2")
    c.add("p4", me, [ayesha], "2026-02-27 14:40", "Noted with thanks. I will be there.",
          parent="p3")
    s1, s2 = T(c, "2026-03-03 11:00"), T(c, "2026-03-10 10:00")
    c.thread("p1", True, "interview", "Ravi Textiles Ltd.",
             "interview Tue 3 Mar 11:00 moved in words to Tue 10 Mar 10:00, still ahead at now")
    c.meeting("p1", s1, None, met=[farooq], status="moved")
    c.meeting("p1", s2, None, met=[farooq], status="scheduled")
    c.forbid("p1", farooq, "the 3 March slot was moved a week later; the interview is still "
             "ahead at now, so nothing is owed yet")
    c.forbid("p1", ayesha.email, "HR arranged and moved it; no meeting has taken place and "
             "nothing dated was promised")
    return c


# ---------------------------------------------------------------------------------------
# Offered slots; a proposal never confirmed
# ---------------------------------------------------------------------------------------

def v11_mw_slot_picked():
    c, me = V("en2-11-three-slots-one-picked",
              "Omaha: a credit union hiring manager offers three call slots, the user picks "
              "Thursday at 2:00; he copies the person who keeps his calendar",
              "Kelsey Johnson", "kelsey.johnson@example.com", "+1 402 555 0187",
              "America/Chicago", "2026-03-20 08:30", sig="Kelsey Johnson\n402-555-0187")
    dave = Person("Dave Kowalski", "dave.kowalski@pvcu.org", "America/Chicago", style="outlook",
                  sig="Dave Kowalski\nVP, Member Experience\nPlatte Valley Credit Union\n"
                      "402-555-0311")
    barb = Person("Barb Hollis", "barb.hollis@pvcu.org", "America/Chicago", style="outlook")
    c.add("d1", dave, [me], "2026-03-12 16:40",
          "Hi Kelsey,\n\nThanks for your interest in our Member Experience Lead opening. I'd like "
          "to set up a 45-minute phone conversation. Would any of these work?\n\n- Tue 3/17, "
          "9:00 am\n- Wed 3/18, 1:30 pm\n- Thu 3/19, 2:00 pm\n\nAll Central. I'll call your cell.",
          subject="Member Experience Lead - phone conversation")
    c.add("d2", me, [dave], "2026-03-12 19:05",
          "Hi Dave,\n\nThursday at 2:00 works best for me. My cell is 402-555-0187.\n\nKelsey",
          parent="d1")
    c.add("d3", dave, [me], "2026-03-13 07:58",
          "Perfect, talk to you Thursday. I've copied Barb, who keeps my calendar honest.",
          parent="d2", cc=[barb])
    st, en = T(c, "2026-03-19 14:00"), T(c, "2026-03-19 14:45")
    c.thread("d1", True, "interview", "Platte Valley Credit Union",
             "three slots offered, Thu 3/19 14:00-14:45 picked in the reply; phone call, no invite")
    c.meeting("d1", st, en, met=[dave.email])
    c.expect("thank_you", "d1", dave.email, "the picked slot, Thu 19 Mar 2:00-2:45 pm CT, took "
             "place (nothing moved it); no note; overdue from 2:45 pm Friday")
    c.forbid("d1", barb.email, "copied only to hold his calendar; she was not on the phone call")
    return c


def v12_south_coffee_never_confirmed():
    c, me = V("en2-12-coffee-never-confirmed",
              "Atlanta: a former colleague suggests coffee 'Tuesday or Wednesday morning'; the user "
              "says she'll check and nobody confirms: no meeting",
              "Jasmine Beaulieu", "jasmine.beaulieu@example.com", "+1 404 555 0162",
              "America/New_York", "2026-04-24 12:00", sig="Jas")
    tyler = Person("Tyler Wade", "tyler.wade@peachtreerobotics.com", "America/New_York",
                   sig="Tyler Wade\nDirector of Field Operations | Peachtree Robotics\n"
                       "678-555-0129")
    news = Person("Grace Fellowship", "news@gracefellowshipatl.org", "America/New_York",
                  style="auto")
    c.add("c1", tyler, [me], "2026-04-15 21:14",
          "Hey Jas!\n\nHeard through the grapevine you're looking. We're hiring a couple of field "
          "ops folks and I'd love to tell you about it. Want to grab coffee next week? I could do "
          "Tuesday or Wednesday morning at Chrome Yellow, 8-ish.\n\nT",
          subject="coffee next week?")
    c.add("c2", me, [tyler], "2026-04-16 07:32",
          "Hey Tyler! Yes please, either could work. Let me look at my calendar and holler back "
          "this weekend.\n\nJas", parent="c1")
    c.add("n1", news, [me], "2026-04-22 06:00",
          "This week at Grace Fellowship\n\n- Wednesday supper, 6pm in the fellowship hall\n- "
          "Youth car wash Saturday 9-1\n- Sign up to bring a dish for the spring potluck",
          subject="This week at Grace Fellowship", headers=bulk_headers(
              "<weekly.gracefellowshipatl.org>", "https://gracefellowshipatl.org/unsub"))
    c.thread("c1", True, "networking", "Peachtree Robotics",
             "coffee offered for Tue 21 or Wed 22 Apr; the user never picked a day: no meeting")
    c.thread("n1", False, None, None, "church newsletter")
    c.forbid("c1", tyler.email, "coffee proposed but never confirmed by either side; no meeting "
             "took place, so no thank-you and no networking touch")
    return c


# ---------------------------------------------------------------------------------------
# No-shows
# ---------------------------------------------------------------------------------------

def v13_ke_interviewer_no_show():
    c, me = V("en2-13-interviewer-no-show",
              "Nairobi: the interviewer never joins the Meet; the recruiter apologises and "
              "promises new slots by Wednesday, then goes quiet",
              "Faith Njeri", "faith.njeri@example.co.ke", "+254 711 555 640",
              "Africa/Nairobi", "2026-03-09 09:30")
    dorcas = Person("Dorcas Wambui", "dorcas.wambui@savannaagri.co.ke", "Africa/Nairobi",
                    sig="Dorcas Wambui\nTalent Partner, Savanna Agritech\n+254 720 555 114")
    peter = Person("Peter Otieno", "peter.otieno@savannaagri.co.ke", "Africa/Nairobi")
    st, en = T(c, "2026-03-02 10:00"), T(c, "2026-03-02 11:00")
    invite(c, "s1", dorcas, [me], "2026-02-25 15:30", st, en,
           "Faith Njeri <> Peter Otieno: technical interview",
           "Invitation from Google Calendar\n\nFaith Njeri <> Peter Otieno: technical interview\n"
           "Monday 2 Mar 2026 10:00 - 11:00 (East Africa Time)\nJoin with Google Meet: "
           "meet.google.com/bxe-rkqa-mtz",
           [(dorcas, ACC, IND), (peter, ACC, IND), (me, NEED, IND)], tzid="Africa/Nairobi",
           subject="Invitation: Faith Njeri <> Peter Otieno: technical interview @ Mon 2 Mar 2026 "
                   "10:00 - 11:00 (EAT) (faith.njeri@example.co.ke)",
           description="Peter (Lead Data Engineer) will run the interview. Dorcas is only holding "
                       "the slot and will not join.")
    c.add("s2", me, [dorcas], "2026-03-02 10:24",
          "Hi Dorcas,\n\nI've been on the Meet link since 9:55 but Peter hasn't joined yet. Is "
          "everything ok?\n\nFaith", parent="s1", subject="Re: Faith Njeri <> Peter Otieno: "
          "technical interview", quote=False)
    c.add("s3", dorcas, [me], "2026-03-02 11:40",
          "Hi Faith,\n\nSo sorry about this morning. Peter had a family emergency and I only "
          "found out after you'd written. We'll reschedule - I'll send you new slots by Wednesday."
          "\n\nApologies again.", parent="s2")
    c.thread("s1", True, "interview", "Savanna Agritech",
             "interviewer did not join the Meet on Mon 2 Mar; new slots promised 'by Wednesday' "
             "(4 Mar), never sent")
    c.meeting("s1", st, en, met=[peter.email], status="noshow")
    c.promise("s1", "s3", dorcas.email, "2026-03-04")
    c.expect("callback", "s1", dorcas.email, "'I'll send you new slots by Wednesday' (4 Mar); no "
             "word since; due at the end of Fri 6 Mar", promised="2026-03-04")
    c.forbid("s1", peter.email, "he never joined the call: nobody was met, so no thank-you")
    return c


def v14_jm_user_missed_call():
    c, me = V("en2-14-user-missed-the-call",
              "Montego Bay: a power cut makes the user miss a hiring manager's 2 pm phone "
              "interview; he offers Friday, still ahead at `now`",
              "Shanice Williams", "shanice.williams@example.com.jm", "+1 876 555 0381",
              "America/Jamaica", "2026-02-05 09:00")
    everton = Person("Everton Clarke", "everton.clarke@rockfortlogistics.com.jm",
                     "America/Jamaica", style="outlook",
                     sig="Everton Clarke\nDirector of Operations\nRockfort Logistics Ltd.\n"
                         "876-555-0444")
    c.add("e1", everton, [me], "2026-01-30 11:20",
          "Miss Williams,\n\nThank you for your application for Dispatch Supervisor. I would like "
          "to speak with you by phone on Tuesday February 3 at 2:00 p.m. I will call you on "
          "876-555-0381. Please confirm.", subject="Dispatch Supervisor - telephone interview")
    c.add("e2", me, [everton], "2026-01-30 12:02",
          "Good afternoon Mr. Clarke,\n\nConfirmed for Tuesday at 2:00 p.m. I look forward to "
          "your call.\n\nShanice Williams", parent="e1")
    c.add("e3", me, [everton], "2026-02-03 16:10",
          "Mr. Clarke,\n\nI am so sorry. JPS had the whole area off since noon and my phone died "
          "before it came back, so I missed your call at 2. I would be very grateful for "
          "another chance at any time that suits you.\n\nShanice Williams\n876-555-0381",
          parent="e2")
    c.add("e4", everton, [me], "2026-02-04 08:15",
          "Miss Williams,\n\nNo worries, these things happen. Let's try Friday the 6th at 10:30 "
          "a.m., same number.", parent="e3")
    s1, s2 = T(c, "2026-02-03 14:00"), T(c, "2026-02-06 10:30")
    c.thread("e1", True, "interview", "Rockfort Logistics Ltd.",
             "phone interview Tue 3 Feb 14:00 missed by the user (power cut); retry Fri 6 Feb 10:30")
    c.meeting("e1", s1, None, met=[everton.email], status="missed")
    c.meeting("e1", s2, None, met=[everton.email], status="scheduled")
    c.forbid("e1", everton.email, "the user missed Tuesday's call and apologised; the retry on "
             "Friday 6 Feb is still ahead at now")
    return c


# ---------------------------------------------------------------------------------------
# Who was there
# ---------------------------------------------------------------------------------------

def v15_gh_substitute():
    c, me = V("en2-15-substitute-interviewer",
              "Accra: HR writes that the named interviewer is indisposed and a senior engineer "
              "will conduct the Zoom interview in her stead",
              "Nana Yaw Owusu", "nanayaw.owusu@example.com.gh", "+233 20 555 3194",
              "Africa/Accra", "2026-02-17 16:00")
    esi = Person("Esi Quaye", "esi.quaye@densuwater.com.gh", "Africa/Accra", style="outlook",
                 region="eurprd01",
                 sig="Esi Quaye (Ms.)\nHR Executive, Densu Water Company Ltd.\n+233 30 255 6612")
    gifty = "gifty.boateng@densuwater.com.gh"
    samuel = "samuel.adjei@densuwater.com.gh"
    c.add("q1", esi, [me], "2026-02-10 10:05",
          "Dear Mr. Owusu,\n\nFollowing your application for the position of Process Engineer, "
          "we wish to invite you for a virtual interview on Tuesday, 17th February, 2026 at "
          "9:30am via Zoom. The interview will be conducted by Mrs. Gifty Boateng, Head of "
          "Engineering (%s).\n\nZoom: https://us06web.zoom.us/j/8455506021\n\nMr./Mrs. Boateng "
          "will admit you from the waiting room; I shall not be on the call.\n\nKind regards," % gifty,
          subject="Virtual Interview - Process Engineer")
    c.add("q2", esi, [me], "2026-02-16 17:05",
          "Dear Mr. Owusu,\n\nPlease be informed that Mrs. Boateng is indisposed. Mr. Samuel "
          "Adjei, Senior Process Engineer (%s), will conduct the interview in her stead. The "
          "time and the Zoom details remain unchanged.\n\nKind regards," % samuel, parent="q1")
    c.add("q3", me, [esi], "2026-02-16 18:20", "Dear Ms. Quaye,\n\nWell noted. Many thanks.\n\n"
          "Nana Yaw", parent="q2")
    st = T(c, "2026-02-17 09:30")
    c.thread("q1", True, "interview", "Densu Water Company Ltd.",
             "Zoom interview Tue 17 Feb 09:30 (no end); Mrs Boateng replaced by Mr Adjei the day "
             "before; HR not on the call")
    c.meeting("q1", st, None, met=[samuel])
    c.expect("thank_you", "q1", samuel, "the substitute interviewer conducted the Tue 17 Feb "
             "interview; no note; due from 12:30")
    c.forbid("q1", gifty, "named first but indisposed; she was replaced and not met")
    c.forbid("q1", esi.email, "HR arranged it and said she would not be on the call")
    return c


def v16_my_extra_joined():
    c, me = V("en2-16-extra-person-joined",
              "Kuala Lumpur: a hiring manager's own Teams call; afterwards he mentions that the "
              "data platform lead 'popped in halfway' and gives her address",
              "Tan Wei Ling", "weiling.tan@example.com.my", "+60 16 555 2209",
              "Asia/Kuala_Lumpur", "2026-02-10 09:00", sig="Wei Ling\n016-555 2209")
    ahmad = Person("Ahmad Faizal", "ahmad.faizal@terajupay.com.my", "Asia/Kuala_Lumpur",
                   style="outlook", region="apcprd02",
                   sig="Ahmad Faizal bin Osman\nEngineering Manager, Payments Core\nTeraju "
                       "Payments Sdn Bhd")
    nurul = "nurul.izzah@terajupay.com.my"
    st, en = T(c, "2026-02-09 14:30"), T(c, "2026-02-09 15:30")
    invite(c, "f1", ahmad, [me], "2026-02-04 10:40", st, en, "Wei Ling / Ahmad - backend role",
           "Hi Wei Ling, as spoken. Just a conversation on the backend role, no coding test.\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\nMeeting ID: 388 201 556 90\nPasscode: Rr8kLp",
           [(me, NEED, IND)], tzid="Singapore Standard Time", outlook=True,
           subject="Wei Ling / Ahmad - backend role", location="Microsoft Teams Meeting")
    c.add("f2", ahmad, [me], "2026-02-09 17:10",
          "Hi Wei Ling,\n\nHope you didn't mind Nurul popping in halfway - she leads the data "
          "platform team you'd work with most (%s). We'll update you on the next round after "
          "CNY, latest by Friday 20th.\n\nHappy CNY in advance!" % nurul, parent="f1",
          subject="RE: Wei Ling / Ahmad - backend role", quote=False)
    c.thread("f1", True, "interview", "Teraju Payments Sdn Bhd",
             "Teams call Mon 9 Feb 14:30-15:30; Nurul joined halfway (address in his mail after); "
             "promise 'latest by Friday 20th' still open")
    c.meeting("f1", st, en, met=[ahmad.email, nurul])
    c.promise("f1", "f2", ahmad.email, "2026-02-20")
    c.expect("thank_you", "f1", ahmad.email, "Teams interview Mon 9 Feb 14:30-15:30 held; no note; "
             "due since 17:30")
    c.expect("thank_you", "f1", nurul, "joined the call halfway, so she was met; her address is "
             "in his follow-up; no note")
    return c


def v17_scot_one_panelist_absent():
    c, me = V("en2-17-invited-but-absent",
              "Aberdeen: an Outlook panel of three; the hiring manager writes after that the "
              "operations director could not make it",
              "Eilidh MacLeod", "eilidh.macleod@example.co.uk", "+44 7700 900 562",
              "Europe/London", "2026-03-24 20:00")
    ross = Person("Ross Gilchrist", "ross.gilchrist@grampiansubsea.co.uk", "Europe/London",
                  style="outlook", region="eurprd06",
                  sig="Ross Gilchrist\nHead of HSE | Grampian Subsea Ltd\nDyce, Aberdeen AB21\n"
                      "01224 555 730")
    fiona = Person("Fiona Baird", "fiona.baird@grampiansubsea.co.uk", "Europe/London", style="outlook")
    alasdair = Person("Alasdair Munro", "alasdair.munro@grampiansubsea.co.uk", "Europe/London",
                      style="outlook")
    st, en = T(c, "2026-03-24 10:00"), T(c, "2026-03-24 11:00")
    invite(c, "g1", ross, [me], "2026-03-17 09:05", st, en,
           "Interview - HSE Advisor - Eilidh MacLeod",
           "Eilidh,\n\nInvite for Tuesday at our Dyce office. Panel is myself, Fiona Baird (Ops "
           "Director) and Alasdair Munro (HR). Ask for me at reception.\n\nRoss",
           [(fiona, ACC, IND), (alasdair, ACC, IND), (me, NEED, IND),
            (("Dyce - Cairngorm Room", "dyce-cairngorm@grampiansubsea.co.uk"), ACC, ROOM)],
           tzid="GMT Standard Time", outlook=True,
           subject="Interview - HSE Advisor - Eilidh MacLeod", location="Dyce - Cairngorm Room")
    c.add("g2", ross, [me], "2026-03-24 13:05",
          "Eilidh,\n\nThanks for coming through to Dyce this morning. Sorry again Fiona couldn't "
          "make it, she got dragged onto the Brent field call at the last minute. Alasdair and I "
          "will have a blether and come back to you by the end of next week.\n\nRoss",
          parent="g1", subject="RE: Interview - HSE Advisor - Eilidh MacLeod", quote=False,
          cc=[alasdair])
    c.thread("g1", True, "interview", "Grampian Subsea Ltd",
             "panel Tue 24 Mar 10:00-11:00; Fiona invited but absent; promise 'end of next week' "
             "(Fri 3 Apr) still open")
    c.meeting("g1", st, en, met=[ross.email, alasdair.email])
    c.promise("g1", "g2", ross.email, "2026-04-03")
    c.expect("thank_you", "g1", ross.email, "led the Tue 24 Mar panel; no note yet; due since 13:00")
    c.expect("thank_you", "g1", alasdair.email, "on the panel (Ross names him after); no note")
    c.forbid("g1", fiona.email, "invited, but Ross says she could not make it: not met")
    return c


def v18_pk_coordinator_not_in():
    c, me = V("en2-18-coordinator-not-in-it",
              "Karachi: a talent acquisition coordinator sends the Outlook invite and says he will "
              "not join; the panel of two is named in the description",
              "Mahnoor Siddiqui", "mahnoor.siddiqui@example.com.pk", "+92 321 555 0678",
              "Asia/Karachi", "2026-05-08 09:00")
    talha = Person("Talha Rizvi", "talha.rizvi@cliftonpharma.com.pk", "Asia/Karachi",
                   style="outlook", region="apcprd04",
                   sig="Talha Rizvi\nTalent Acquisition Coordinator\nClifton Pharmaceuticals (Pvt.) "
                       "Ltd.\nKorangi Industrial Area, Karachi")
    nadia = Person("Dr. Nadia Hussain", "nadia.hussain@cliftonpharma.com.pk", "Asia/Karachi",
                   style="outlook")
    usman = Person("Usman Ghani", "usman.ghani@cliftonpharma.com.pk", "Asia/Karachi", style="outlook")
    st, en = T(c, "2026-05-07 12:00"), T(c, "2026-05-07 13:00")
    invite(c, "k1", talha, [me], "2026-04-30 15:45", st, en,
           "Panel Interview - QA Officer - Ms. Mahnoor Siddiqui",
           "Dear Ms. Mahnoor,\n\nPlease find the invitation for your panel interview at our "
           "Korangi plant.\n\nPanel:\n- Dr. Nadia Hussain, Head of Quality Assurance\n- Mr. Usman "
           "Ghani, Plant Manager\n\nI will receive you at the gate but will not join the "
           "interview itself.\n\nBest regards,\nTalha",
           [(nadia, ACC, IND), (usman, ACC, IND), (me, NEED, IND)],
           tzid="Pakistan Standard Time", outlook=True,
           subject="Panel Interview - QA Officer - Ms. Mahnoor Siddiqui",
           location="Korangi Plant - Conference Room 2")
    c.add("k2", me, [talha], "2026-04-30 16:30",
          "Dear Mr. Talha,\n\nThank you, I have accepted the invitation. See you on Thursday.\n\n"
          "Regards,\nMahnoor", parent="k1")
    c.thread("k1", True, "interview", "Clifton Pharmaceuticals (Pvt.) Ltd.",
             "panel Thu 7 May 12:00-13:00 PKT; organiser is a coordinator who does not attend")
    c.meeting("k1", st, en, met=[nadia.email, usman.email])
    c.expect("thank_you", "k1", nadia.email, "panelist (invite attendee, named in the description) "
             "at the Thu 7 May interview; no note; overdue from 13:00 Fri")
    c.expect("thank_you", "k1", usman.email, "second panelist; no note")
    c.forbid("k1", talha.email, "the coordinator organised the invite but wrote that he would not "
             "join the interview")
    return c


def v19_nz_panel_in_text():
    c, me = V("en2-19-panel-named-in-text",
              "Christchurch: a council's people advisor names a three-person panel with addresses in "
              "the text only; the user thanked one panelist in a new thread",
              "Ngaire Thompson", "ngaire.thompson@example.co.nz", "+64 27 555 3381",
              "Pacific/Auckland", "2026-02-27 09:00", sig="Ngaire Thompson\n027 555 3381")
    kirsty = Person("Kirsty Burns", "kirsty.burns@rakaiadc.govt.nz", "Pacific/Auckland",
                    style="outlook", region="apcprd01",
                    sig="Kirsty Burns | People & Capability Advisor\nRakaia District Council\n"
                        "DDI 03 555 4107")
    grant = "grant.mitchell@rakaiadc.govt.nz"
    hana = Person("Hana Parata", "hana.parata@rakaiadc.govt.nz", "Pacific/Auckland", style="outlook")
    c.add("w1", kirsty, [me], "2026-02-19 11:30",
          "Kia ora Ngaire,\n\nThank you for applying for the Roading Asset Engineer role. We'd "
          "like to invite you to interview on Thursday 26 February, 1.30pm - 2.30pm, at the "
          "council chambers on Main South Road.\n\nYour panel will be:\n- Grant Mitchell, Roading "
          "Manager (%s)\n- Hana Parata, Senior Asset Engineer (%s)\n- myself\n\nWe aim to let "
          "every candidate know the outcome by Friday 6 March.\n\nNgā mihi," % (grant, hana.email),
          subject="Interview - Roading Asset Engineer")
    c.add("w2", me, [kirsty], "2026-02-19 12:40", "Kia ora Kirsty, that's great - I'll be there "
          "at 1.30 on the 26th.\n\nNgaire", parent="w1")
    c.add("t1", me, [hana], "2026-02-26 17:55",
          "Hi Hana,\n\nThank you for this afternoon, and for walking me through the bridge "
          "renewal programme - it was good to see a familiar face from the Waka Kotahi days. "
          "I'm keen on the role and happy to send through my Ashburton culvert report if it "
          "helps.\n\nNgaire", subject="Thanks for today")
    st, en = T(c, "2026-02-26 13:30"), T(c, "2026-02-26 14:30")
    c.thread("w1", True, "interview", "Rakaia District Council",
             "panel of three named with addresses in the text, no invite; Thu 26 Feb 13:30-14:30; "
             "'outcome by Friday 6 March' still open")
    c.thread("t1", True, "interview", "Rakaia District Council",
             "the user's new-thread thank-you to one panelist")
    c.meeting("w1", st, en, met=[grant, hana.email, kirsty.email], thanks={hana.email: "t1"})
    c.promise("w1", "w1", kirsty.email, "2026-03-06")
    c.expect("thank_you", "w1", grant, "panelist named with address in the invitation text; only "
             "Hana was thanked; due since 16:30 Thu")
    c.expect("thank_you", "w1", kirsty.email, "the advisor sat on the panel herself ('myself'); "
             "no note to her")
    c.forbid("w1", hana.email, "thanked in a new thread the same evening")
    return c


def v20_za_unknown_addresses():
    c, me = V("en2-20-no-address-for-anyone-met",
              "Durban: an agency recruiter sends the user to a client's office to meet the MD and "
              "the FD; neither address is anywhere, so ask the recruiter",
              "Sipho Ndlovu", "sipho.ndlovu@example.co.za", "+27 72 555 9013",
              "Africa/Johannesburg", "2026-04-15 17:00")
    candice = Person("Candice Pillay", "candice@umhlangatalent.co.za", "Africa/Johannesburg",
                     sig="Candice Pillay\nUmhlanga Talent Partners\nFinance & Accounting "
                         "Recruitment\n+27 31 555 6620 | +27 82 555 4471")
    c.add("u1", candice, [me], "2026-04-14 12:30",
          "Hi Sipho\n\nConfirmed for tomorrow 11:00 at the client's offices in La Lucia Ridge "
          "(Coastal Packaging, 3 Sunbird Close). You'll see Mr Dev Naidoo (MD) and their FD, Mrs "
          "Lindiwe Zulu. Park in visitors and sign in at the guard hut.\n\nShout if anything "
          "changes!\n\nC", subject="Coastal Packaging - tomorrow 11:00")
    c.add("u2", me, [candice], "2026-04-14 13:02", "Thanks Candice, all noted. I'll be there.",
          parent="u1")
    c.add("u3", candice, [me], "2026-04-15 14:30", "How did it go?? Call me when you're out x",
          parent="u2", sig=False)
    st = T(c, "2026-04-15 11:00")
    c.thread("u1", True, "recruiter", "Umhlanga Talent Partners",
             "interview Wed 15 Apr 11:00 (no end) with the client's MD and FD, whose addresses "
             "the mailbox never gives")
    c.meeting("u1", st, None, met=[], unknown=["Dev Naidoo", "Lindiwe Zulu"],
              arranged_by=candice.email)
    c.expect("ask_for_address", "u1", candice.email, "met the MD and the FD on Wed 15 Apr, but no "
             "address for either; the recruiter arranged it and the user has not written to her "
             "since; due from 14:00")
    return c


def v21_ph_ea_deputy_unknown():
    c, me = V("en2-21-ea-arranged-deputy-unknown",
              "Cebu: a company president's executive assistant sets a call with him and his VP; "
              "his address is given, hers never is",
              "Paolo Villanueva", "paolo.villanueva@example.com.ph", "+63 928 555 7130",
              "Asia/Manila", "2026-03-27 09:00", sig="Paolo Villanueva\n+63 928 555 7130")
    jocelyn = Person("Jocelyn Ramos", "jocelyn.ramos@visayasagri.com.ph", "Asia/Manila",
                     style="outlook", region="apcprd05",
                     sig="Jocelyn M. Ramos\nExecutive Assistant to the President\nVisayas Agri "
                         "Ventures Corp.\n(032) 555 8120 loc. 101")
    ramon = "ramon.aquino@visayasagri.com.ph"
    c.add("x1", jocelyn, [me], "2026-03-23 10:20",
          "Good morning Mr. Villanueva,\n\nSir Ramon Aquino would like to have a call with you on "
          "Thursday, March 26 at 4:00 PM to discuss the Plant Manager opening in our Danao mill. "
          "He will be joined by our VP for Operations, Ma'am Liza Gatdula. The Zoom details are "
          "below. Should you wish to send materials ahead, Sir Ramon's email is %s.\n\n"
          "Zoom: https://zoom.us/j/6105552871 / Passcode: VAV2026\n\nThank you and God bless." % ramon,
          subject="Call with Sir Ramon Aquino - March 26, 4PM")
    c.add("x2", me, [jocelyn], "2026-03-23 11:05",
          "Good morning Ms. Jocelyn,\n\nThank you, I confirm Thursday, March 26 at 4:00 PM.\n\n"
          "Respectfully,\nPaolo", parent="x1")
    st = T(c, "2026-03-26 16:00")
    c.thread("x1", True, "interview", "Visayas Agri Ventures Corp.",
             "Zoom Thu 26 Mar 16:00 (no end) with the president and his VP; arranged by his EA; the "
             "VP's address appears nowhere")
    c.meeting("x1", st, None, met=[ramon], unknown=["Liza Gatdula"], arranged_by=jocelyn.email)
    c.expect("thank_you", "x1", ramon, "met on the Thu 26 Mar call; his address is in the EA's "
             "mail; no note; overdue from 17:00 Fri")
    c.expect("ask_for_address", "x1", jocelyn.email, "the VP was on the call but her address is "
             "nowhere; the EA arranged it and has not been written to since")
    return c


# ---------------------------------------------------------------------------------------
# Which side of the table
# ---------------------------------------------------------------------------------------

def v22_mw_user_is_interviewer():
    c, me = V("en2-22-user-on-the-hiring-side",
              "Milwaukee: the user, a contract engineering manager, interviews a candidate for her "
              "client; the invite reads like any interview, and the candidate thanks her",
              "Megan Schultz", "megan.schultz@example.com", "+1 414 555 0176",
              "America/Chicago", "2026-04-15 09:00", sig="Megan Schultz\n414-555-0176")
    heather = Person("Heather Lindgren", "heather.lindgren@kmcontrols.com", "America/Chicago",
                     style="outlook",
                     sig="Heather Lindgren | Talent Acquisition\nKettle Moraine Controls\n"
                         "262-555-0140")
    raj = Person("Raj Patel", "raj.patel@kmcontrols.com", "America/Chicago", style="outlook")
    jordan = Person("Jordan Pierce", "jordanpierce.pe@gmail.com", "America/Chicago",
                    sig="Jordan Pierce, PE\n920-555-0133")
    st, en = T(c, "2026-04-14 13:00"), T(c, "2026-04-14 14:00")
    invite(c, "m1", heather, [me, raj], "2026-04-09 10:12", st, en,
           "Interview: Jordan Pierce - Controls Engineer II",
           "Hi Megan and Raj,\n\nYou're set to interview Jordan Pierce for the Controls Engineer "
           "II opening. Megan, please take PLC and commissioning; Raj, safety systems. Resume is in "
           "Workday. Scorecards in Workday by Thursday please.\n\nThanks!\nHeather",
           [(me, NEED, IND), (raj, ACC, IND),
            (("Waukesha - Conf Rm Lannon", "waukesha-lannon@kmcontrols.com"), ACC, ROOM)],
           tzid="Central Standard Time", outlook=True,
           subject="Interview: Jordan Pierce - Controls Engineer II",
           location="Waukesha - Conf Rm Lannon")
    c.add("m2", me, [heather], "2026-04-09 10:40", "Accepted. Thanks Heather.", parent="m1",
          quote=False, subject="Accepted: Interview: Jordan Pierce - Controls Engineer II")
    c.add("j1", jordan, [me], "2026-04-14 18:22",
          "Dear Ms. Schultz,\n\nThank you for taking the time to meet with me this afternoon. I "
          "enjoyed our conversation about commissioning the new packaging lines, and I'm even "
          "more interested in the Controls Engineer II role.\n\nBest regards,",
          subject="Thank you - Controls Engineer II interview")
    c.thread("m1", False, None, "Kettle Moraine Controls",
             "the user interviews a candidate for her client (hiring side); not her job search")
    c.thread("j1", False, None, None, "the candidate's thank-you to the user")
    c.meeting("m1", st, en, met=[raj.email], job=False)
    c.forbid("j1", jordan.email, "the user was the interviewer here; his thank-you owes her "
             "nothing and this is not her job search")
    c.forbid("m1", raj.email, "a co-interviewer at the user's own client, hiring side; no "
             "thank-you is owed")
    return c


def v23_ke_both_sides_same_day():
    c, me = V("en2-23-both-sides-same-day",
              "Nairobi: in the morning the user interviews a graduate trainee for her employer; in "
              "the afternoon she is interviewed herself, invited in almost the same words",
              "Mercy Chebet", "mercy.chebet@example.co.ke", "+254 745 555 219",
              "Africa/Nairobi", "2026-04-22 21:30")
    kelvin = Person("Kelvin Mutua", "kelvin.mutua@students.example.ac.ke", "Africa/Nairobi")
    grace = Person("Grace Wairimu", "grace.wairimu@lakeviewhealth.co.ke", "Africa/Nairobi",
                   style="outlook", region="eurprd03",
                   sig="Grace Wairimu\nHR Manager, Lakeview Hospital Group\nUpper Hill, Nairobi\n"
                       "+254 20 555 7710")
    s1, e1 = T(c, "2026-04-22 10:00"), T(c, "2026-04-22 10:45")
    s2, e2 = T(c, "2026-04-22 15:00"), T(c, "2026-04-22 16:00")
    c.add("h1", me, [kelvin], "2026-04-17 11:00",
          "Dear Kelvin,\n\nThank you for your application to the Mara Beverages Graduate Trainee "
          "Programme. You are invited for an interview on Wednesday 22nd April at 10:00am at our "
          "Industrial Area office. It will take about 45 minutes.\n\nKindly confirm.\n\nMercy "
          "Chebet\nHR Officer, Mara Beverages", subject="Interview invitation - Graduate Trainee")
    c.add("h2", kelvin, [me], "2026-04-17 12:30", "Dear Madam,\n\nI confirm. Thank you.\n\nKelvin",
          parent="h1")
    c.add("h3", kelvin, [me], "2026-04-22 13:15",
          "Dear Ms. Chebet,\n\nThank you for the interview this morning. I appreciated learning "
          "about the rotation through the bottling plant.\n\nRegards,\nKelvin Mutua", parent="h2")
    invite(c, "g1", grace, [me], "2026-04-16 09:40", s2, e2,
           "Interview invitation - HR Business Partner",
           "Dear Mercy,\n\nThank you for your application for the HR Business Partner role. You "
           "are invited for an interview with me on Wednesday 22nd April at 3:00pm on Teams.\n\n"
           "Kind regards,\nGrace",
           [(me, NEED, IND)], tzid="E. Africa Standard Time", outlook=True,
           subject="Interview invitation - HR Business Partner", location="Microsoft Teams Meeting")
    c.thread("h1", False, None, "Mara Beverages",
             "the user interviews a graduate trainee for her current employer (hiring side)")
    c.thread("g1", True, "interview", "Lakeview Hospital Group",
             "the user's own Teams interview Wed 22 Apr 15:00-16:00")
    c.meeting("h1", s1, e1, met=[kelvin.email], job=False)
    c.meeting("g1", s2, e2, met=[grace.email])
    c.expect("thank_you", "g1", grace.email, "the user was the candidate at 15:00-16:00; no note; "
             "due since 18:00")
    c.forbid("h1", kelvin.email, "the user interviewed him for her employer; his thank-you "
             "needs no follow-up and it is not her job search")
    return c


# ---------------------------------------------------------------------------------------
# Not the job search; group events
# ---------------------------------------------------------------------------------------

def v24_south_doctor_landlord():
    c, me = V("en2-24-doctor-and-landlord",
              "Birmingham, Alabama: a clinic's appointment notice and a landlord's walk-through "
              "with a 'by Friday' answer that never came: neither is the job search",
              "Darnell Hayes", "darnell.hayes@example.com", "+1 205 555 0148",
              "America/Chicago", "2026-04-15 10:00", sig="Darnell")
    clinic = Person("Magic City Family Medicine", "appointments@magiccityfm.com",
                    "America/Chicago", style="auto")
    loretta = Person("Loretta Sims", "loretta@vulcanpm.com", "America/Chicago",
                     sig="Loretta Sims\nProperty Manager, Vulcan Property Management\n205-555-0190")
    s1, e1 = T(c, "2026-04-13 08:15"), T(c, "2026-04-13 08:45")
    ics = make_ics(method="PUBLISH", uid=uid_uuid(c.name, "appt"), stamp=T(c, "2026-04-06 14:00"),
                   start=s1, end=e1, summary="Appointment: Dr. Okonkwo - annual physical",
                   organizer=clinic, location="Magic City Family Medicine, 2nd Ave N",
                   prodid="-//Magic City FM//Patient Portal//EN", tzid="America/Chicago")
    c.add("d1", clinic, [me], "2026-04-06 14:00",
          "Hi Darnell,\n\nYour appointment with Dr. Okonkwo is booked for Monday, April 13 at "
          "8:15 AM. Please arrive 15 minutes early and bring your insurance card.\n\nReply C to "
          "confirm by text, or call 205-555-0100 to reschedule.",
          subject="Appointment reminder - Magic City Family Medicine", ics=ics, ics_mode="publish",
          headers=dict(AUTO))
    c.add("l1", me, [loretta], "2026-04-03 12:10",
          "Hi Ms. Loretta, my lease is up May 31. Can we do the walk-through Tuesday after work? "
          "I'd like to renew if the rent stays the same.", subject="Unit 4B lease renewal")
    c.add("l2", loretta, [me], "2026-04-03 15:30", "Tuesday 5:30 is fine. See you then.",
          parent="l1")
    c.add("l3", loretta, [me], "2026-04-08 09:05",
          "Darnell, thanks for having the place so clean yesterday. I'll let you know by Friday "
          "whether the owner will renew at the same rent.", parent="l2")
    s2 = T(c, "2026-04-07 17:30")
    c.thread("d1", False, None, None, "clinic appointment (ICS PUBLISH)")
    c.thread("l1", False, None, None, "landlord walk-through Tue 7 Apr; 'by Friday' about the lease")
    c.meeting("d1", s1, e1, met=[], job=False)
    c.meeting("l1", s2, None, met=[loretta.email], job=False)
    c.promise("l1", "l3", loretta.email, "2026-04-10", job=False)
    c.forbid("l1", loretta.email, "a landlord, not the job search: neither the walk-through nor "
             "her lapsed 'by Friday' calls for a follow-up draft")
    c.forbid("d1", clinic.email, "a doctor's appointment notice from an automated sender")
    return c


def v25_scot_school_and_club():
    c, me = V("en2-25-parents-evening-and-curling-club",
              "Edinburgh: a parents' evening slot with the P5 teacher and a curling club committee "
              "meeting, with 'by Friday' promises; nothing job-related",
              "Iona Campbell", "iona.campbell@example.co.uk", "+44 7700 900 731",
              "Europe/London", "2026-03-23 10:00", sig="Iona")
    duncan = Person("Mrs Duncan", "a.duncan@marchmontps.org.uk", "Europe/London", style="outlook",
                    region="eurprd05")
    eck = Person("Alec Henderson", "secretary@corstorphinecurling.org.uk", "Europe/London",
                 sig="Alec Henderson\nHon. Secretary, Corstorphine Curling Club")
    c.add("s1", duncan, [me], "2026-03-13 15:40",
          "Dear Ms Campbell,\n\nThis is to confirm your parents' evening slot for Rory on Tuesday "
          "17 March at 4.40pm in the P5 classroom. Each slot is 10 minutes.\n\nKind regards,\n"
          "Mrs Duncan", subject="P5 parents' evening - Rory Campbell")
    c.add("s2", duncan, [me], "2026-03-18 08:20",
          "Dear Ms Campbell,\n\nThank you for coming in last night. As promised, I'll send home "
          "Rory's reading log and the spelling list by Friday.\n\nMrs Duncan", parent="s1")
    c.add("k1", eck, [me], "2026-03-12 21:02",
          "Dear all,\n\nCommittee meeting Wednesday 18th at 7.30pm in the clubroom above the "
          "rink. Agenda: the bonspiel in April, ice rental, subs. I'll get the minutes round by "
          "Friday.\n\nAlec", subject="Committee meeting Wed 18th")
    c.add("k2", me, [eck], "2026-03-12 21:30", "I'll be there. Iona", parent="k1")
    c.add("k3", eck, [me], "2026-03-20 22:15", "Minutes attached, shout if I've got anything "
          "wrong.\n\nAlec", parent="k2", attachments=[("minutes-18-march.pdf", "application/pdf",
          make_pdf(["Corstorphine Curling Club", "Committee minutes, 18 March 2026",
                    "Present: AH, IC, MR, DW", "1. Bonspiel 11 April: entries open"]))])
    s1, e1 = T(c, "2026-03-17 16:40"), T(c, "2026-03-17 16:50")
    s2 = T(c, "2026-03-18 19:30")
    c.thread("s1", False, None, None, "parents' evening at the child's school")
    c.thread("k1", False, None, None, "curling club committee meeting and minutes")
    c.meeting("s1", s1, e1, met=[duncan.email], job=False)
    c.meeting("k1", s2, None, met=[eck.email], job=False)
    c.promise("s1", "s2", duncan.email, "2026-03-20", job=False)
    c.promise("k1", "k1", eck.email, "2026-03-20", job=False, answered_by="k3")
    c.forbid("s1", duncan.email, "a parents' evening with a child's teacher, not an interview; "
             "her 'by Friday' is about the child, not a job")
    c.forbid("k1", eck.email, "a club committee meeting; not the job search")
    return c


def v26_my_webinar_and_job_fair():
    c, me = V("en2-26-webinar-and-job-fair",
              "Penang: a company's graduate info webinar and a job fair stand, each followed by a "
              "mass 'thank you for attending' mail: group events owe no thank-you",
              "Darren Ong", "darren.ong@example.com.my", "+60 11 5555 0824",
              "Asia/Kuala_Lumpur", "2026-03-10 10:00", sig="Darren Ong\n011-5555 0824")
    zoom = Person("Zoom", "no-reply@zoom.us", "Asia/Kuala_Lumpur", style="auto")
    farah = Person("Farah Yusof", "farah.yusof@kinabalusemi.com.my", "Asia/Kuala_Lumpur",
                   style="outlook", region="apcprd02",
                   sig="Farah Yusof\nCampus Recruitment Lead\nKinabalu Semiconductor Sdn Bhd")
    selat = Person("Selat Engineering Careers", "careers@selateng.com.my", "Asia/Kuala_Lumpur",
                   style="auto")
    s1, e1 = T(c, "2026-03-07 10:00"), T(c, "2026-03-07 11:30")
    s2, e2 = T(c, "2026-03-08 10:00"), T(c, "2026-03-08 17:00")
    c.add("z1", zoom, [me], "2026-03-02 20:14",
          "Hi Darren Ong,\n\nThank you for registering for \"Kinabalu Semiconductor Graduate "
          "Engineering Programme 2026 - Info Session\".\n\nDate & Time: Mar 7, 2026 10:00 AM "
          "Kuala Lumpur, Singapore\nPanelists: Farah Yusof and the Penang fab engineering team\n"
          "Join from PC, Mac, iPad or Android: https://kinabalusemi.zoom.us/w/92155507712",
          subject="Kinabalu Semiconductor Graduate Engineering Programme 2026 - Info Session "
                  "Confirmation", headers=dict(AUTO))
    c.add("z2", farah, [me], "2026-03-07 15:30",
          "Dear participants,\n\nThank you for attending our info session this morning - we had "
          "over 300 of you! The recording and slides are at kinabalusemi.com.my/gep. Applications "
          "close on 31 March via our careers portal.\n\nWarm regards,", parent="z1",
          subject="Thank you for attending - GEP 2026 Info Session", quote=False,
          headers=bulk_headers("<gep2026.kinabalusemi.com.my>", "https://kinabalusemi.com.my/unsub"))
    c.add("f1", selat, [me], "2026-03-09 11:00",
          "Hi there,\n\nThanks for stopping by the Selat Engineering booth at the MITEC Career "
          "Carnival on Sunday! Our open roles for fresh graduates are on selateng.com.my/careers. "
          "Apply there and our team will be in touch.\n\nSelat Engineering Talent Team",
          subject="Great meeting you at the Career Carnival!",
          headers=bulk_headers("<campus.selateng.com.my>", "https://selateng.com.my/unsub"),
          html=html_of("Hi there,\n\nThanks for stopping by the Selat Engineering booth!"))
    c.thread("z1", True, "recruiter", "Kinabalu Semiconductor Sdn Bhd",
             "Zoom webinar Sat 7 Mar 10:00-11:30 with 300 attendees; mass thank-you after")
    c.thread("f1", True, "recruiter", "Selat Engineering",
             "job fair stand Sun 8 Mar; a mass 'thanks for stopping by' from a careers address")
    c.meeting("z1", s1, e1, met=[])
    c.meeting("f1", s2, e2, met=[])
    c.forbid("z1", farah.email, "a webinar for hundreds, not a meeting with her: no one was met "
             "one to one, so no thank-you")
    c.forbid("f1", selat.email, "a shared careers mailbox sending a bulk note after a job fair; "
             "no person met, nothing owed")
    return c


# ---------------------------------------------------------------------------------------
# Networking vs interview
# ---------------------------------------------------------------------------------------

def v27_gh_coffee_touch_due():
    c, me = V("en2-27-coffee-then-touch-due",
              "Accra: a friend's introduction leads to a coffee, thanked in a new thread; the "
              "contact kept her promise; two weeks on, the first networking touch is due",
              "Akosua Frimpong", "akosua.frimpong@example.com.gh", "+233 55 555 2817",
              "Africa/Accra", "2026-03-23 09:00", sig="Akosua Frimpong\n055 555 2817")
    yaw = Person("Yaw Darko", "yaw.darko@gmail.com", "Africa/Accra", sig="Sent from my phone")
    adwoa = Person("Adwoa Mensah-Bonsu", "adwoa.mensahbonsu@kentetelecom.com.gh", "Africa/Accra",
                   style="outlook", region="eurprd02",
                   sig="Adwoa Mensah-Bonsu\nCountry HR Lead, Kente Telecom Ghana")
    c.add("i1", yaw, [me, adwoa], "2026-02-26 19:40",
          "Adwoa, meet Akosua - my old classmate from Legon, now 6 years in payroll and HR ops "
          "and looking to move into HRBP work. Akosua, Adwoa runs HR at Kente and knows everyone. "
          "I'll let the two of you take it from here.", subject="Intro: Akosua <> Adwoa")
    c.add("i2", adwoa, [me], "2026-02-27 08:15",
          "Thanks Yaw (to bcc). Akosua, happy to. Would Tuesday 3rd March, 8am at Cafe Kwae, "
          "Airport City work for you?", parent="i1")
    c.add("i3", me, [adwoa], "2026-02-27 09:02",
          "Good morning Adwoa,\n\nTuesday 8am at Cafe Kwae is perfect. See you then.\n\nAkosua",
          parent="i2")
    c.add("t1", me, [adwoa], "2026-03-03 12:10",
          "Dear Adwoa,\n\nThank you for the coffee and for an hour of your morning. Your advice on "
          "moving from payroll into business partnering gave me a clear plan, and I have already "
          "signed up for the CIPD level 5 intake you mentioned.\n\nWarm regards,",
          subject="Thank you for this morning")
    c.add("t2", adwoa, [me], "2026-03-04 09:30",
          "Akosua, it was a pleasure. I will send you the names of two people worth talking to "
          "by Friday.", parent="t1")
    c.add("t3", adwoa, [me], "2026-03-05 10:20",
          "As promised: Kofi Asamoah at Gold Coast Brewing and Selina Tetteh at PanAfrica "
          "Insurance. Mention my name.", parent="t2")
    st = T(c, "2026-03-03 08:00")
    c.thread("i1", True, "networking", "Kente Telecom Ghana",
             "friend's intro; coffee Tue 3 Mar 08:00 (no end) with Adwoa")
    c.thread("t1", True, "networking", "Kente Telecom Ghana",
             "thank-you in a new thread; her 'by Friday' kept on Thu 5 Mar")
    c.meeting("i1", st, None, met=[adwoa.email], networking=True, thanks={adwoa.email: "t1"})
    c.promise("t1", "t2", adwoa.email, "2026-03-06", answered_by="t3")
    c.expect("networking", "i1", adwoa.email, "networking coffee; last exchange her mail of Thu 5 "
             "Mar; the first touch fell due at the end of Thu 19 Mar")
    c.forbid("i1", yaw.email, "the friend who introduced them; he was not at the coffee")
    return c


def v28_pk_info_call_vs_interview():
    c, me = V("en2-28-info-call-and-interview",
              "Islamabad: a 15-minute informational call (thanked, touch not yet due) and an "
              "interview the next day (not thanked), in similar words",
              "Bilal Ahmed", "bilal.ahmed@example.com.pk", "+92 333 555 4109",
              "Asia/Karachi", "2026-04-16 10:00")
    zainab = Person("Zainab Tariq", "zainab.tariq@margallasoft.com", "Asia/Karachi",
                    sig="Zainab Tariq\nSenior Product Manager, Margalla Software")
    hassan = Person("Hassan Raza", "hassan.raza@potoharfintech.pk", "Asia/Karachi",
                    sig="Hassan Raza\nEngineering Manager | Potohar Fintech")
    c.add("z1", me, [zainab], "2026-04-09 21:30",
          "Dear Zainab,\n\nI'm a backend developer thinking of moving into product management, "
          "and a former colleague, Fahad, said you made the same move. Could I have 15 minutes of "
          "your time on your field sometime next week?\n\nRegards,\nBilal",
          subject="15 minutes on product management?")
    c.add("z2", zainab, [me], "2026-04-10 11:05",
          "Hi Bilal, sure. Monday 5pm? I'll call you on WhatsApp. Half an hour is fine.",
          parent="z1")
    c.add("z3", me, [zainab], "2026-04-13 20:10",
          "Dear Zainab,\n\nThank you for this evening's call. The way you described writing your "
          "first PRD for a payments feature was exactly what I needed to hear.\n\nRegards,\nBilal",
          parent="z2")
    c.add("z4", zainab, [me], "2026-04-14 08:45", "My pleasure Bilal, all the best!", parent="z3")
    s2, e2 = T(c, "2026-04-15 15:00"), T(c, "2026-04-15 16:00")
    invite(c, "p1", hassan, [me], "2026-04-10 16:20", s2, e2,
           "Bilal Ahmed - Backend Engineer interview",
           "Invitation from Google Calendar\n\nBilal Ahmed - Backend Engineer interview\nWednesday "
           "15 Apr 2026 3pm - 4pm (Pakistan Standard Time)\nmeet.google.com/wsx-pdkd-ahn",
           [(hassan, ACC, IND), (me, NEED, IND)], tzid="Pakistan Standard Time",
           subject="Invitation: Bilal Ahmed - Backend Engineer interview @ Wed 15 Apr 2026 3pm - "
                   "4pm (PKT) (bilal.ahmed@example.com.pk)",
           description="An hour with Hassan on system design and your last project.")
    s1, e1 = T(c, "2026-04-13 17:00"), T(c, "2026-04-13 17:30")
    c.thread("z1", True, "networking", "Margalla Software",
             "informational call Mon 13 Apr 17:00-17:30, thanked that evening; she replied Tue")
    c.thread("p1", True, "interview", "Potohar Fintech",
             "Google Meet interview Wed 15 Apr 15:00-16:00; no thank-you")
    c.meeting("z1", s1, e1, met=[zainab.email], networking=True, thanks={zainab.email: "z3"})
    c.meeting("p1", s2, e2, met=[hassan.email])
    c.expect("thank_you", "p1", hassan.email, "interview Wed 15 Apr 15:00-16:00 held; no note; "
             "overdue from 16:00 Thu")
    c.forbid("z1", zainab.email, "informational call thanked the same evening; her reply of Tue 14 "
             "Apr resets the networking clock to the end of Tue 28 Apr")
    return c


# ---------------------------------------------------------------------------------------
# Thank-yous already sent
# ---------------------------------------------------------------------------------------

def v29_nz_group_note_and_new_thread():
    c, me = V("en2-29-thanked-two-ways",
              "Auckland: a panel of three thanked with one note to two panelists in the thread and "
              "a new-thread note to the HR advisor next morning: nothing owed",
              "Sione Taufa", "sione.taufa@example.co.nz", "+64 22 555 0619",
              "Pacific/Auckland", "2026-03-16 09:00", sig="Sione Taufa\n022 555 0619")
    rachel = Person("Rachel Cho", "rachel.cho@haurakiferries.co.nz", "Pacific/Auckland",
                    sig="Rachel Cho | People Advisor | Hauraki Ferries")
    jess = Person("Jess Whitfield", "jess.whitfield@haurakiferries.co.nz", "Pacific/Auckland")
    manu = Person("Manu Tipene", "manu.tipene@haurakiferries.co.nz", "Pacific/Auckland")
    st, en = T(c, "2026-03-13 10:00"), T(c, "2026-03-13 11:00")
    invite(c, "h1", rachel, [me], "2026-03-06 14:00", st, en,
           "Sione Taufa - Marine Engineer interview",
           "Invitation from Google Calendar\n\nSione Taufa - Marine Engineer interview\nFriday 13 "
           "Mar 2026 10am - 11am (New Zealand Daylight Time)\nDowntown Ferry Terminal, level 2",
           [(rachel, ACC, IND), (jess, ACC, IND), (manu, ACC, IND), (me, NEED, IND)],
           tzid="Pacific/Auckland",
           subject="Invitation: Sione Taufa - Marine Engineer interview @ Fri 13 Mar 2026 10am - "
                   "11am (NZDT) (sione.taufa@example.co.nz)",
           description="Panel: Jess (Fleet Ops Manager), Manu (Chief Engineer) and Rachel (People). "
                       "We'll aim to let you know by Friday 20 March.")
    c.add("h2", me, [jess, manu], "2026-03-13 15:20",
          "Kia ora Jess and Manu,\n\nThank you both for your time this morning and for the tour "
          "of the engine room on the Koru. I'd love to bring my Volvo Penta experience to the "
          "fleet.\n\nNgā mihi,\nSione", parent="h1",
          subject="Re: Sione Taufa - Marine Engineer interview", quote=False)
    c.add("r1", me, [rachel], "2026-03-14 09:10",
          "Hi Rachel,\n\nThanks heaps for organising Friday and for sitting in. It was a good "
          "conversation and I'm keen.\n\nCheers,\nSione", subject="Thanks for Friday")
    c.thread("h1", True, "interview", "Hauraki Ferries",
             "panel Fri 13 Mar 10:00-11:00; one note to Jess and Manu in the thread; 'by Friday 20 "
             "March' still open")
    c.thread("r1", True, "interview", "Hauraki Ferries", "new-thread thank-you to the HR advisor")
    c.meeting("h1", st, en, met=[rachel.email, jess.email, manu.email],
              thanks={jess.email: "h2", manu.email: "h2", rachel.email: "r1"})
    c.promise("h1", "h1", rachel.email, "2026-03-20")
    c.forbid("h1", jess.email, "thanked by the joint note of Fri 13 Mar 15:20 (one note to two "
             "satisfies each; the lint may flag it)")
    c.forbid("h1", manu.email, "thanked by the same joint note")
    c.forbid("h1", rachel.email, "thanked in a new thread on Sat 14 Mar; her 'by Friday 20 March' "
             "is still open")
    return c


def v30_south_thanks_before_does_not_count():
    c, me = V("en2-30-thanks-before-does-not-count",
              "Baton Rouge: a founder's coffee, thanked only the night before; the co-founder's "
              "call the day before was thanked in its thread",
              "Caleb Thibodeaux", "caleb.thibodeaux@example.com", "+1 225 555 0193",
              "America/Chicago", "2026-02-10 19:00", sig="Caleb Thibodeaux\n225-555-0193")
    marcus = Person("Marcus Guidry", "marcus@bayoudata.co", "America/Chicago",
                    sig="Marcus Guidry\nCo-founder & CTO, Bayou Data Co.")
    renee = Person("Renee Landry", "renee@bayoudata.co", "America/Chicago",
                   sig="Renee\n--\nRenee Landry | Co-founder & CEO | Bayou Data Co.")
    c.add("a1", marcus, [me], "2026-02-05 10:30",
          "Caleb - we're hiring our first data engineer and your name came up twice this week. "
          "Got 30 min Monday at 3? Zoom: https://zoom.us/j/7715550233", subject="first data hire")
    c.add("a2", me, [marcus], "2026-02-05 11:10", "Monday at 3 works. Talk then.", parent="a1")
    c.add("a3", me, [marcus], "2026-02-09 17:05",
          "Marcus,\n\nThanks for the call this afternoon. The pipeline you sketched for the parish "
          "permit data is the kind of mess I like untangling.\n\nCaleb", parent="a2")
    c.add("a4", marcus, [me], "2026-02-09 17:40",
          "Likewise. Renee wants to meet you too, she'll reach out.", parent="a3", sig=False)
    c.add("b1", renee, [me], "2026-02-09 18:15",
          "Hi Caleb,\n\nMarcus says good things. Coffee tomorrow at 9 at Reve on Perkins? I'll "
          "be the one with the laptop covered in stickers.", subject="coffee tomorrow?")
    c.add("b2", me, [renee], "2026-02-09 20:30",
          "Hi Renee,\n\nThank you for making time so quickly, I'll see you at 9 tomorrow.\n\n"
          "Caleb", parent="b1")
    s1, e1 = T(c, "2026-02-09 15:00"), T(c, "2026-02-09 15:30")
    s2 = T(c, "2026-02-10 09:00")
    c.thread("a1", True, "interview", "Bayou Data Co.",
             "Zoom with the CTO Mon 9 Feb 15:00-15:30, thanked in the thread that evening")
    c.thread("b1", True, "interview", "Bayou Data Co.",
             "coffee with the CEO Tue 10 Feb 09:00 (no end) about the first data hire; the only "
             "thanks was sent the night before")
    c.meeting("a1", s1, e1, met=[marcus.email], thanks={marcus.email: "a3"})
    c.meeting("b1", s2, None, met=[renee.email])
    c.expect("thank_you", "b1", renee.email, "coffee Tue 10 Feb 9:00 (60 min by default) about the "
             "hire took place; the 'thank you' of Mon 20:30 came before it and does not count")
    c.forbid("a1", marcus.email, "his call was thanked in the same thread at 17:05 the same day")
    return c


BUILDERS = [v01_za_teams_invite_only, v02_ke_great_speaking, v03_gh_formal_letter_notes,
            v04_ph_recruiter_refers, v05_scot_paused_search, v06_jm_user_bows_out,
            v07_za_cancel_on_the_day, v08_nz_moved_twice, v09_my_pulled_forward,
            v10_pk_rescheduled_later, v11_mw_slot_picked, v12_south_coffee_never_confirmed,
            v13_ke_interviewer_no_show, v14_jm_user_missed_call, v15_gh_substitute,
            v16_my_extra_joined, v17_scot_one_panelist_absent, v18_pk_coordinator_not_in,
            v19_nz_panel_in_text, v20_za_unknown_addresses, v21_ph_ea_deputy_unknown,
            v22_mw_user_is_interviewer, v23_ke_both_sides_same_day, v24_south_doctor_landlord,
            v25_scot_school_and_club, v26_my_webinar_and_job_fair, v27_gh_coffee_touch_due,
            v28_pk_info_call_vs_interview, v29_nz_group_note_and_new_thread,
            v30_south_thanks_before_does_not_count]

if __name__ == "__main__":
    out = os.path.join(HERE, "en2")
    os.makedirs(out, exist_ok=True)
    sys.exit(max(run(b, out) for b in BUILDERS))
