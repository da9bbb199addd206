#!/usr/bin/env python3
"""returner-edinburgh: Fiona McAllister, a chartered accountant returning to work in Edinburgh
after six years caring for her children and her mother.  `now` is Tuesday 31 March 2026,
10:00 BST (the UK moved to summer time on Sunday 29 March)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

LON = "Europe/London"


def outlook(name, email, sig=None, region="eurprd03"):
    return Person(name, email, tz=LON, style="outlook", sig=sig, region=region)


def gws(name, email, sig=None):
    return Person(name, email, tz=LON, style="gmail", sig=sig)


def auto(name, email, tz=LON):
    return Person(name, email, tz=tz, style="auto", auto=True)


SUMMARY = (
    "Fiona McAllister, 44, is a chartered accountant (CA) who left practice six years ago to look "
    "after her two children and her mother, who is now in a care home, and is returning to work "
    "in Edinburgh. Her mailbox runs from mid-February to Tuesday 31 March 2026, 10:00 BST, two days "
    "after the clocks went forward, and just before the schools break up for Easter. Forth & Clyde "
    "Bank's returner programme takes her from a Workday acknowledgement to an assessment day whose "
    "itinerary (in the mail text and a PDF) names the assessors; the competency interviewer was "
    "swapped two days before, one note thanked the two presentation assessors together, the "
    "programme lead was thanked in her own thread and promised news only 'after the Easter break', "
    "and the replacement interviewer was never thanked. Pentland Assurance used a one-way recorded "
    "video (nobody met) and then missed its own 'by Friday 20 March'. A LinkedIn message (forwarded "
    "to her husband) led to a phone call with Scotia Renewables' talent partner, who promised an "
    "update by Monday 23rd and went quiet. Coffees with two former colleagues led to introductions: "
    "Struan cc'd Euan at Leith Harbour Distillery (a video call she never thanked him for), and "
    "Lorna, whom she thanked only before their coffee, introduced her to Heriot Wealth (a meeting "
    "still ahead). A charity finance director wanted 'a wee chat' by phone, was thanked the same "
    "day, and then had her assistant pass on a promise tied to a committee, which lapsed. A "
    "recruitment consultant at Marchmont Search sends Outlook invites in 'GMT Standard Time', mentions "
    "his other candidates, and got her a panel at Granton Housing Association that moved from Monday "
    "to Tuesday; one panellist joined late and another left early, and only the HR partner who "
    "organised it was thanked. Calton Hill Investment Management turned her down in very gentle "
    "words after an interview she never thanked the interviewer for. Noise: her children's school, "
    "the PTA (she is treasurer: committee meetings, the Easter Fayre float, an independent "
    "examination), the care home (a fall, a care review, an invoice), her sister and husband, a book "
    "club, church, council tax, Tesco, the gym, an orthodontist, s1jobs and Indeed alerts and a "
    "returners' network newsletter full of job words.")


def build():
    me = Person("Fiona McAllister", "fiona.mcallister@example.co.uk", tz=LON, style="webmail",
                sig="Fiona McAllister CA\n07700 900418")
    case = Case(
        "returner-edinburgh",
        "Edinburgh CA returning after a six-year career break: bank returnship assessment day, "
        "agency panel, charity 'wee chat', coffees and introductions; now Tue 31 Mar 2026 10:00 BST",
        {"name": "Fiona McAllister", "emails": [me.email], "phone": "+44 7700 900418",
         "timezone": LON},
        None, SUMMARY)
    case.me = me
    case.now = case.at("2026-03-31 10:00")
    at = case.at
    A = case.add

    # ------------------------------------------------------------------ people
    # Forth & Clyde Bank
    workday = auto("Forth & Clyde Bank", "forthclydebank@myworkday.com")
    hannah = outlook("Hannah Forsyth", "hannah.forsyth@forthclydebank.co.uk",
                     "Hannah Forsyth\nEarly & Returner Careers | Talent Acquisition\n"
                     "Forth & Clyde Bank plc\nT: 0141 496 0732 | M: 07700 900561", "eurprd07")
    morag = outlook("Morag Henderson", "morag.henderson@forthclydebank.co.uk",
                    "Morag Henderson\nReturner Programme Lead\nForth & Clyde Bank plc\n"
                    "0131 496 0215", "eurprd07")
    gordon = outlook("Gordon Baird", "gordon.baird@forthclydebank.co.uk",
                     "Gordon Baird | Head of Financial Control | Forth & Clyde Bank plc",
                     "eurprd07")
    priya = outlook("Priya Nair", "priya.nair@forthclydebank.co.uk", None, "eurprd07")
    ALASDAIR = "alasdair.reid@forthclydebank.co.uk"
    STEPHEN = "stephen.cairns@forthclydebank.co.uk"
    # Pentland Assurance
    claire = outlook("Claire Dunbar", "claire.dunbar@pentlandassurance.co.uk",
                     "Claire Dunbar\nTalent Partner, Finance & Actuarial\nPentland Assurance\n"
                     "0131 496 0377", "eurprd02")
    spotlight = auto("Spotlight Interviews", "no-reply@spotlight-interviews.com", tz="UTC")
    NEIL = "neil.ogilvie@pentlandassurance.co.uk"
    # Scotia Renewables
    li_ross = auto("Ross Galbraith via LinkedIn", "messages-noreply@linkedin.com")
    ross = gws("Ross Galbraith", "ross.galbraith@scotiarenewables.com",
               "Ross Galbraith\nTalent Acquisition Partner | Scotia Renewables\n07700 900316")
    graeme = gws("Graeme McAllister", "graeme.mcallister@gmail.com")
    # former colleagues and introductions
    struan = outlook("Struan Dalgleish", "struan.dalgleish@lammermuirfoods.co.uk",
                     "Struan Dalgleish\nFinance Director\nLammermuir Foods Ltd\n"
                     "T: 0131 496 0588", "eurprd05")
    euan = gws("Euan Fraser", "euan.fraser@leithharbourdistillery.com",
               "Euan Fraser | Head of Finance | Leith Harbour Distillery\nm. 07700 900874")
    lorna = outlook("Lorna Paterson", "lorna.paterson@abercornadvisory.co.uk",
                    "Lorna Paterson CA\nDirector | Abercorn Advisory\n0131 496 0641", "eurprd04")
    rhona = outlook("Rhona Sinclair", "rhona.sinclair@heriotwealth.co.uk",
                    "Rhona Sinclair\nChief Operating Officer\nHeriot Wealth Partners\n"
                    "12 Melville Street, Edinburgh\n0131 496 0720", "eurprd04")
    ailsa = gws("Ailsa Crawford", "ailsa.crawford@comebackscotland.org.uk",
                "Ailsa Crawford\nProgramme Coordinator, Comeback Scotland\n"
                "Supporting professionals back to work after a career break")
    # Harbour Light Scotland (charity)
    isobel = outlook("Isobel Kerr", "isobel.kerr@harbourlight.org.uk",
                     "Isobel Kerr FCCA\nDirector of Finance & Resources\nHarbour Light Scotland\n"
                     "0131 496 0459\nScottish Charity No. SC049117", "eurprd06")
    mhairi = outlook("Mhairi Stewart", "mhairi.stewart@harbourlight.org.uk",
                     "Mhairi Stewart\nExecutive Assistant to the Director of Finance & Resources\n"
                     "Harbour Light Scotland | 0131 496 0460\nScottish Charity No. SC049117",
                     "eurprd06")
    # Marchmont Search and Granton Housing Association
    callum = outlook("Callum Rae", "callum.rae@marchmontsearch.co.uk",
                     "Callum Rae\nSenior Consultant – Accountancy & Finance\nMarchmont Search\n"
                     "D: 0131 496 0903 | M: 07700 900227\nwww.marchmontsearch.co.uk", "eurprd08")
    aileen = outlook("Aileen Shaw", "aileen.shaw@grantonha.org.uk",
                     "Aileen Shaw\nHR Business Partner\nGranton Housing Association\n"
                     "Waterfront House, 3 Granton Square, Edinburgh\n0131 496 0812", "eurprd01")
    ELAINE = "elaine.cowan@grantonha.org.uk"
    DOUGLAS = "douglas.petrie@grantonha.org.uk"
    ROOM = ("Granton HA – Boardroom (1st floor)", "boardroom.waterfront@grantonha.org.uk")
    # Calton Hill Investment Management
    kirsten = outlook("Kirsten Boyd", "kirsten.boyd@caltonhillim.com",
                      "Kirsten Boyd\nHR Manager\nCalton Hill Investment Management\n"
                      "14 Regent Terrace, Edinburgh\nT: 0131 496 0164", "eurprd09")
    HUGH = "hugh.lamont@caltonhillim.com"
    myjob = auto("myjobscotland", "noreply@myjobscotland.gov.uk")

    # noise
    school = auto("Dean Park Primary School", "admin@deanparkprimary.org.uk")
    booking = auto("Parents' Evening Booking", "noreply@parentsbooking.co.uk")
    sandra = outlook("Sandra Muir", "sandra.muir@ravelstonlodge.co.uk",
                     "Sandra Muir RGN\nDeputy Manager, Ravelston Lodge Care Home\n0131 496 0933",
                     "eurprd03")
    lesley = outlook("Lesley Gow", "lesley.gow@ravelstonlodge.co.uk",
                     "Lesley Gow\nHome Manager, Ravelston Lodge Care Home\n0131 496 0930",
                     "eurprd03")
    rl_accounts = auto("Ravelston Lodge Accounts", "accounts@ravelstonlodge.co.uk")
    catriona = Person("Catriona Ross", "catriona.ross73@gmail.com", tz=LON, style="gmail")
    alison = Person("Alison Grieve", "alison.grieve@gmail.com", tz=LON, style="gmail")
    kate = Person("Kate Lennie", "kate.lennie@hotmail.co.uk", tz=LON, style="outlook",
                  region="eurprd01")
    mairi = Person("Mairi Fleming", "mairi.fleming@gmail.com", tz=LON, style="gmail")
    council = auto("The City of Edinburgh Council", "noreply@edinburgh.gov.uk")
    tesco = auto("Tesco.com", "no-reply@tesco.com")
    gym = auto("Meadowbank Fitness", "no-reply@meadowbankfitness.co.uk")
    church_news = auto("St Serf's Parish Church", "notices@stserfsparish.org.uk")
    moira = gws("Moira Laing", "office@stserfsparish.org.uk",
                "Moira Laing\nChurch Office, St Serf's Parish Church\n(Tues & Thurs mornings)")
    gillian = Person("Gillian Moffat", "gillian.moffat@gmail.com", tz=LON, style="gmail")
    gillian_cal = Person("Gillian Moffat", "gillian.moffat@gmail.com", tz=LON, style="gcal")
    ravi = Person("Ravi Sharma", "ravi.sharma.edin@gmail.com", tz=LON, style="gmail")
    donna = Person("Donna Hughes", "donnahughes@icloud.com", tz=LON, style="webmail",
                   msgid_domain="icloud.com")
    bill = Person("Bill Gourlay", "bill.gourlay@btinternet.com", tz=LON, style="webmail",
                  msgid_domain="btinternet.com")
    s1jobs = auto("s1jobs", "jobalerts@s1jobs.com")
    indeed = auto("Indeed", "alert@indeed.com")
    comeback = auto("Comeback Scotland", "news@comebackscotland.org.uk")
    linkedin = auto("LinkedIn", "notifications-noreply@linkedin.com")
    li_dawn = auto("Dawn Fairbairn via LinkedIn", "messages-noreply@linkedin.com")
    icas = auto("ICAS Member Services", "memberservices@icas.com")
    energy = auto("Fettle Energy", "hello@fettle.energy")
    scotrail = auto("ScotRail", "noreply@scotrail.co.uk")
    ortho = auto("Stockbridge Orthodontics", "reminders@stockbridgeortho.co.uk")

    iphone = "\n\nSent from my iPhone"

    # =================================================================== JOB SEARCH
    # ---- Forth & Clyde Bank: Workday acknowledgement
    wd_text = """Dear Fiona,

Thank you for applying for Returner Programme 2026: Finance & Risk (R-0031187) at Forth & Clyde Bank.

We have received your application and our Early & Returner Careers team will review it once the programme closes on 1 March 2026. You can track the status of your application at any time by signing in to your candidate home.

Returner Programme 2026 is a 16-week paid placement for people who have taken a career break of two years or more. Placements start in June and are part-time friendly.

Kind regards,
Early & Returner Careers
Forth & Clyde Bank plc

This is an automated message. Please do not reply to this email."""
    A("wd_ack", workday, [me], "2026-02-17 21:05", wd_text,
      subject="Thank you for applying – Returner Programme 2026: Finance & Risk (R-0031187)",
      html=html_of(wd_text, "Forth & Clyde Bank Careers"), html_only=True, headers=AUTO)

    # ---- Forth & Clyde Bank: assessment day invitation, itinerary, reminder
    itinerary = [
        "FORTH & CLYDE BANK - RETURNER PROGRAMME 2026",
        "Assessment Day - Finance & Risk stream",
        "Thursday 19 March 2026, Level 4, 9 Fountainbridge Square, Edinburgh EH3 9QA",
        "",
        "09.15  Arrival and registration (Level 4 reception)",
        "09.30  Welcome and programme overview",
        "       Morag Henderson, Returner Programme Lead (morag.henderson@forthclydebank.co.uk)",
        "10.00  Case study preparation (individual, 45 minutes; laptop provided)",
        "10.45  Case study presentation and questions (30 minutes)",
        "       Gordon Baird, Head of Financial Control (gordon.baird@forthclydebank.co.uk)",
        "       Priya Nair, Senior Manager, Regulatory Reporting (priya.nair@forthclydebank.co.uk)",
        "11.30  Break",
        "11.45  Competency-based interview (45 minutes)",
        "       Stephen Cairns, Director, Finance Change (stephen.cairns@forthclydebank.co.uk)",
        "12.30  Lunch with members of the 2025 returner cohort (informal - not assessed)",
        "13.30  Group exercise (observed by Morag Henderson and Gordon Baird)",
        "14.45  Questions and close - Morag Henderson",
        "15.30  Finish",
    ]
    A("bk_inv", hannah, [me], "2026-03-05 10:12", """Dear Fiona,

I'm delighted to let you know that, following review of your application, we would like to invite you to the Returner Programme 2026 Assessment Day for the Finance & Risk stream.

Your itinerary is below and attached as a PDF. Please read it carefully - timings are tight in the morning.

-------------------------------------------------------------
%s
-------------------------------------------------------------

Please bring photo ID and arrive by 09.15 so we can get you signed in. Lunch is provided; if you have any dietary requirements or need any adjustments on the day, just let me know.

I'm based in our Glasgow office and won't be there myself on the 19th, but Morag will look after you from the moment you arrive.

Could you confirm your attendance by replying to this email by Friday 13 March?

Best wishes,
Hannah""" % "\n".join(itinerary),
      subject="Returner Programme 2026 – Assessment Day invitation, Thursday 19 March",
      attachments=[("Assessment_Day_Itinerary_19March2026.pdf", "application/pdf",
                    make_pdf([l for l in itinerary if l]))])
    A("bk_inv_r1", me, [hannah], "2026-03-05 13:40", """Dear Hannah,

Thank you so much - I'd be delighted to attend on Thursday 19 March, and I'll be there for 09.15.

No dietary requirements. One small question: is there parking at Fountainbridge Square, or would I be better getting the tram?

Kind regards,
Fiona""", parent="bk_inv")
    A("bk_inv_r2", hannah, [me], "2026-03-06 09:05", """Hi Fiona,

Lovely, you're confirmed. There's no visitor parking on site I'm afraid - the Fountainbridge car park on Gilmore Park is the closest, or the tram to Haymarket is about ten minutes' walk.

Best wishes,
Hannah""", parent="bk_inv_r1")
    A("bk_inv_r3", hannah, [me], "2026-03-17 12:30", """Hi Fiona,

Just a quick reminder that we look forward to seeing you on Thursday.

One change to your itinerary: Stephen has had to take leave at short notice, so your competency-based interview at 11.45 will now be with Alasdair Reid, Director, Finance Transformation (alasdair.reid@forthclydebank.co.uk). Alasdair will also sit in on the group exercise in the afternoon. Everything else is exactly as per the PDF.

Good luck!
Hannah""", parent="bk_inv_r2")
    A("bk_inv_r4", me, [hannah], "2026-03-17 13:02", """Hi Hannah,

Many thanks for letting me know - noted about Alasdair. See you (well, Morag!) on Thursday.

Fiona""", parent="bk_inv_r3", sig=False)

    # one note to the two presentation assessors, in a new thread
    A("bk_note", me, [gordon, priya], "2026-03-19 20:40", """Dear Gordon and Priya,

Thank you both for your time this morning and for such a thoughtful discussion of the case study. Your question on how I'd approach the first month-end in a team I hadn't worked with before has stayed with me all afternoon - I think I undersold how much of my practice years were spent doing exactly that, so I'd simply add that I've picked up new client ledgers under deadline many times and enjoyed it.

It was also reassuring to hear how the programme supports returners in the first few weeks. I'd love the chance to join the Financial Control team in June.

With thanks again, and kind regards,""",
      subject="Thank you – Returner Programme assessment day")
    A("bk_note_r1", gordon, [me], "2026-03-20 08:15", """Hi Fiona,

That's very kind of you, thank you. You handled the provisioning question really well, for what it's worth. Best of luck with the rest of the process.

Gordon""", parent="bk_note")

    # the programme lead's follow-up: "after the Easter break"
    A("bk_morag", morag, [me], "2026-03-20 16:05", """Dear Fiona,

Thank you for coming along yesterday and for throwing yourself into every part of the day - the group exercise in particular was a lively one!

Our assessors meet next week to bring their scores together, and with the schools about to break up we'll be in touch after the Easter break with outcomes for everyone who attended. In the meantime, if you have any questions at all, Hannah or I are very happy to help.

Warm regards,
Morag""", subject="Returner Programme 2026 – thank you for Thursday")
    A("bk_morag_r1", me, [morag], "2026-03-20 19:15", """Dear Morag,

Many thanks for your note - and thank you for making the day so welcoming. I was more nervous walking in than I've been in years, and by lunchtime I'd forgotten to be. The lunch with last year's returners was a lovely touch.

I'll look forward to hearing from you after Easter.

Kind regards,""", parent="bk_morag")

    # ---- Pentland Assurance: one-way video (Spotlight) and a missed promise
    A("pt_claire", claire, [me], "2026-03-11 11:30", """Hi Fiona,

Thanks for your application for our Finance Business Partner (Returner Route) role - we really enjoyed reading it.

The next step is a short recorded video interview. You'll receive an invitation from our platform, Spotlight, later today: five questions, up to three minutes per answer, and you can complete it any time before the deadline on Sunday. There's a practice question first so you can check your camera and sound.

Any problems, just give me a shout.

Best wishes,
Claire""", subject="Finance Business Partner (Returner Route) – next step")
    A("pt_claire_r1", me, [claire], "2026-03-11 12:10", """Hi Claire,

Many thanks - I'll look out for it and get it done over the weekend.

Best wishes,
Fiona""", parent="pt_claire", sig=False)
    spot_text = """Hi Fiona,

Pentland Assurance has invited you to complete a video interview for the role of Finance Business Partner (Returner Route).

What to expect
- 1 practice question (not shared with the employer)
- 5 interview questions
- 30 seconds to think and up to 3 minutes to record each answer
- About 25 minutes in total

Please complete your interview by: March 15, 2026 11:59 PM (GMT)

Your recorded answers will be reviewed by the hiring team: Neil Ogilvie, Head of FP&A (neil.ogilvie@pentlandassurance.co.uk), and Claire Dunbar, Talent Partner.

Start your interview: https://app.spotlight-interviews.com/i/pentland/7Hq2xK9w

Need help? Visit our candidate help centre at https://help.spotlight-interviews.com. Please do not reply to this email - this mailbox is not monitored.

Spotlight Interviews, on behalf of Pentland Assurance"""
    A("pt_spot", spotlight, [me], at("2026-03-11 14:02"), spot_text,
      subject="Pentland Assurance has invited you to a video interview",
      html=html_of(spot_text, "Your video interview"), html_only=True, headers=AUTO)
    done_text = """Hi Fiona,

Thank you - your video interview for Finance Business Partner (Returner Route) at Pentland Assurance has been submitted successfully on March 14, 2026 at 8:38 PM (GMT).

Your answers have been sent to the hiring team. Pentland Assurance will contact you directly about next steps.

Spotlight Interviews"""
    A("pt_done", spotlight, [me], at("2026-03-14 20:41"), done_text,
      subject="Your video interview has been submitted – Pentland Assurance",
      html=html_of(done_text, "Interview submitted"), html_only=True, headers=AUTO)
    A("pt_claire_r2", claire, [me], "2026-03-16 10:05", """Hi Fiona,

Just to say thank you for completing your video interview over the weekend.

Neil and I are reviewing all of the recordings this week, and we aim to let every candidate know by Friday 20 March whether they're being invited to the final stage.

Best wishes,
Claire""", parent="pt_claire_r1")

    # ---- Scotia Renewables: LinkedIn message, forwarded to her husband
    li_text = """Ross Galbraith sent you a new message

Ross Galbraith
Talent Acquisition Partner at Scotia Renewables

"Hi Fiona, I came across your profile through the Comeback Scotland returner list and wondered if you'd be open to a conversation. We're looking for a Group Reporting Accountant, three days a week, hybrid from our Edinburgh office at Quartermile. Your group consolidation background looks a really good fit. If it's easier, drop me an email at ross.galbraith@scotiarenewables.com and we can take it from there. Best, Ross"

Reply: https://www.linkedin.com/messaging/thread/2-MzQ1ZmE3/

You are receiving Messages emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
This email was intended for Fiona McAllister (Chartered Accountant (ICAS) | Returning to finance)."""
    A("li_ross", li_ross, [me], "2026-03-02 09:14", li_text,
      subject="Ross Galbraith sent you a new message",
      html=html_of(li_text, "LinkedIn"), headers=AUTO)
    A("li_ross_fwd", me, [graeme], "2026-03-02 21:30", """What do you reckon? Three days a week would be ideal, and Quartermile is one bus from the school. x

---------- Forwarded message ---------
From: Ross Galbraith via LinkedIn <messages-noreply@linkedin.com>
Date: Mon, 2 Mar 2026 at 09:14
Subject: Ross Galbraith sent you a new message
To: Fiona McAllister <fiona.mcallister@example.co.uk>

""" + li_text, subject="Fwd: Ross Galbraith sent you a new message", parent="li_ross",
      quote=False, sig=False)
    A("li_ross_fwd_r1", graeme, [me], "2026-03-02 21:52",
      "Go for it! Sounds made for you. Email him tomorrow before you talk yourself out of it G x"
      + iphone, parent="li_ross_fwd")

    cv = make_pdf(["Fiona McAllister CA",
                   "Edinburgh | 07700 900418 | fiona.mcallister@example.co.uk",
                   "",
                   "Chartered Accountant (ICAS), 2006",
                   "2014-2020  Senior Manager, Group Reporting, Baxter Lennox LLP, Edinburgh",
                   "2009-2014  Manager, Audit & Assurance, Baxter Lennox LLP",
                   "2020-2026  Career break: caring for my children and my mother",
                   "2022-      Treasurer (volunteer), Dean Park Primary PTA",
                   "2025       Comeback Scotland returner programme; IFRS update course"])
    A("sc_1", me, [ross], "2026-03-03 10:05", """Dear Ross,

Thank you for your message on LinkedIn - I'd very much like to hear more about the Group Reporting Accountant role.

By way of a quick introduction: I qualified with ICAS and spent eleven years at Baxter Lennox, latterly running group reporting and consolidations for a portfolio of listed and PE-backed clients. I stepped away in 2020 to care for my children and my mum, and I'm now ready to return - three days a week would suit me very well. My CV is attached.

I'm generally free during school hours if a call would be helpful.

Kind regards,""", subject="Group Reporting Accountant (3 days) – Fiona McAllister",
      attachments=[("Fiona_McAllister_CV_2026.pdf", "application/pdf", cv)])
    A("sc_2", ross, [me], "2026-03-04 08:50", """Hi Fiona,

Thanks for getting in touch so quickly, and for the CV - it's a strong one.

Let's have a chat. Could you do Monday 9th at 2pm or Tuesday 10th at 11.30? It'll be a phone call, about half an hour, just to talk through the role and what you're looking for.

Cheers,
Ross""", parent="sc_1")
    A("sc_3", me, [ross], "2026-03-04 09:30", """Hi Ross,

Tuesday 10th at 11.30 would be ideal. My mobile is 07700 900418.

Kind regards,
Fiona""", parent="sc_2", sig=False)
    A("sc_4", ross, [me], "2026-03-04 10:02", """Perfect, I'll call you then.

Ross""", parent="sc_3")
    A("sc_5", me, [ross], "2026-03-10 15:20", """Hi Ross,

Thank you for the call this morning - I really enjoyed hearing about the team and the plans for the new onshore portfolio. The mix of consolidation work and helping to build out the reporting for the new sites sounds exactly like the kind of role I've been hoping to come back to.

I look forward to hearing what Fraser thinks.

Kind regards,""", parent="sc_4")
    A("sc_6", ross, [me], "2026-03-11 09:40", """Hi Fiona,

Thanks - I enjoyed it too. I've passed your CV to Fraser Lindsay, our Group Financial Controller. He's away until the 18th, so I'll update you by Monday 23rd March at the latest once he's had a proper look.

Cheers,
Ross""", parent="sc_5")

    # ---- Struan: coffee with a former colleague
    A("st_1", me, [struan], "2026-02-23 21:10", """Hi Struan,

Long time no see! I hope you're well and that Lammermuir is treating you kindly - I saw the news about the new plant in Dunbar.

I'm finally starting to think about going back to work after six years at home, and I'd love to pick your brains about what's changed out there. Would you have time for a coffee sometime in the next couple of weeks? My treat.

Best,
Fiona""", subject="Long time no see – coffee?", sig=False)
    A("st_2", struan, [me], "2026-02-24 07:55", """Fiona! Great to hear from you - and about time, the profession needs you back.

How about Tuesday 3rd, 8.15, at the Cairn Café on Broughton Street? I'm in the office for nine so that works nicely.

S""", parent="st_1", sig=False)
    A("st_3", me, [struan], "2026-02-24 09:20", """Tuesday 3rd at quarter past eight - perfect. I'll be the one looking slightly terrified.

F""", parent="st_2", sig=False)
    A("st_4", me, [struan], "2026-03-03 11:45", """Hi Struan,

Thank you so much for this morning - for the coffee, the pep talk and the reality check in equal measure. I came away with a much clearer idea of where to aim, and you've convinced me that part-time in industry is a real possibility rather than a pipe dream.

Kind regards,""", parent="st_3")
    A("st_5", struan, [me], "2026-03-03 13:20", """My pleasure. Leave it with me - I've someone in mind I'd like you to meet.

S""", parent="st_4", sig=False)

    # ---- Intro: Struan cc's Euan at Leith Harbour Distillery
    A("eu_1", struan, [me], "2026-03-04 17:05", """Fiona, Euan,

As promised yesterday, an introduction.

Fiona - I've cc'd Euan, who runs finance at Leith Harbour Distillery. They're growing fast and Euan has been muttering about needing someone experienced on group reporting and the bank covenants, possibly part-time.

Euan - Fiona and I worked together at Baxter Lennox for years; she ran group reporting on some of our most awkward clients and is the most unflappable person I know at a year-end. She's returning after a career break and I'd hire her in a heartbeat.

I'll leave you both to it.

Struan""", subject="Intro: Fiona McAllister / Euan Fraser (Leith Harbour Distillery)",
      cc=[euan])
    A("eu_2", euan, [me], "2026-03-05 08:30", """Thanks Struan, much appreciated.

Fiona - lovely to e-meet you. Struan doesn't hand out compliments lightly! I'm on Islay for a fortnight from Monday (cask audit, not a holiday, honestly), but I'd love a video call when I'm back. How about Tuesday 17th at 4pm, for half an hour?

Euan""", parent="eu_1", cc=[struan])
    A("eu_3", me, [euan], "2026-03-05 10:10", """Thank you, Struan, for putting us in touch.

Euan - Tuesday 17th at 4pm suits me perfectly. I'll look out for a link, and I hope the cask audit is as arduous as it sounds.

Kind regards,""", parent="eu_2", cc=[struan])
    A("eu_4", euan, [me], "2026-03-16 17:45", """Hi Fiona,

All set for tomorrow at 4 - here's the link: https://meet.google.com/ghk-pqrs-tuv

Euan""", parent="eu_3")

    # ---- Lorna: coffee with a former colleague (thanked only beforehand)
    A("lo_1", me, [lorna], "2026-03-09 20:30", """Hi Lorna,

I hope you're keeping well - I still think of you every time I see a Brexit-era VAT return. I'm starting to look at going back to work after my career break and would love to hear how things are at Abercorn and what you're seeing in the market.

Any chance of a coffee in the next few weeks? I'm flexible around school hours.

Fiona""", subject="Coffee sometime?", sig=False)
    A("lo_2", lorna, [me], "2026-03-10 12:15", """Fiona, how lovely! Yes please. I'm chained to a due diligence job until the 20th - would Friday 20th at 11.30 work, at Söderberg in Stockbridge?

L""", parent="lo_1", sig=False)
    A("lo_3", me, [lorna], "2026-03-10 13:05", """Friday 20th at 11.30 is perfect. Thank you so much for making the time, Lorna - it really means a lot.

Fiona""", parent="lo_2", sig=False)
    A("lo_4", lorna, [me], "2026-03-10 13:30", """Don't be daft! See you then x

Sent from Outlook for iOS""", parent="lo_3", sig=False)

    # ---- Intro: Lorna to Rhona at Heriot Wealth (meeting still ahead)
    A("rh_1", lorna, [me], "2026-03-23 09:10", """Rhona, Fiona,

Following on from Friday's coffee, I promised I'd connect you two.

Rhona - Fiona is a CA and an old colleague from my Baxter Lennox days; she's coming back after a career break and is exactly the kind of calm, thorough finance person you were describing last month.

Fiona - Rhona is COO at Heriot Wealth and is building out their finance function. I think you'd get on famously.

Over to you both!
Lorna""", subject="Intro – Fiona McAllister / Rhona Sinclair (Heriot Wealth)", cc=[rhona])
    A("rh_2", rhona, [me], "2026-03-24 08:40", """Dear Fiona,

Lovely to meet you, virtually at least, and thank you Lorna.

Would you like to come in for a coffee and a chat at our office on Melville Street? I'm away the week before Easter, but Tuesday 7th April at 10am would work well for me.

Kind regards,
Rhona""", parent="rh_1", cc=[lorna])
    A("rh_3", me, [rhona], "2026-03-24 10:15", """Dear Rhona,

Tuesday 7th April at 10am would suit me very well - I'll see you at Melville Street.

Kind regards,""", parent="rh_2")
    A("rh_4", rhona, [me], "2026-03-24 10:40", """Great - in the diary. See you on the 7th.

Rhona""", parent="rh_3", sig=False)

    # ---- Comeback Scotland: a name passed on
    A("ai_1", ailsa, [me], "2026-03-13 14:20", """Hi Fiona,

I hope you don't mind - I've passed your name on to Isobel Kerr, Director of Finance at Harbour Light Scotland. She's looking for a finance manager, ideally four days, and when she described what she needed I thought of you straight away. She may get in touch with you directly.

Good luck with the bank assessment day next week!

Ailsa""", subject="Harbour Light Scotland – passed your name on")
    A("ai_2", me, [ailsa], "2026-03-13 16:00", """Hi Ailsa,

Not at all - thank you! That's really kind of you to think of me.

Fiona""", parent="ai_1", sig=False)

    # ---- Harbour Light Scotland: a wee chat by phone
    A("hl_1", isobel, [me], "2026-03-16 11:05", """Dear Fiona,

Ailsa Crawford at Comeback Scotland kindly passed on your details, and I hope you don't mind me getting in touch out of the blue.

We're looking for a Finance Manager to join our small team (four days a week, flexible hours), and from what Ailsa tells me your background could be a great fit. Would you be up for a wee chat by phone next week? Nothing formal - just a chance to tell you a bit about us and hear what you're looking for. Monday 23rd or Tuesday 24th, mornings, would suit me best.

With best wishes,
Isobel""", subject="Finance Manager – a wee chat?")
    A("hl_2", me, [isobel], "2026-03-16 13:30", """Dear Isobel,

How lovely to hear from you, and thank you for getting in touch. I'd be delighted to have a chat. Monday 23rd would be lovely - any time from half nine, once I've done the school run.

Kind regards,""", parent="hl_1")
    A("hl_3", isobel, [me], "2026-03-16 15:10", """Half nine on Monday it is. I'll ring you on 07700 900418.

Isobel""", parent="hl_2", sig=False)
    A("hl_4", me, [isobel], "2026-03-23 12:40", """Dear Isobel,

Many thanks for the chat this morning, and for being so generous with your time. Hearing about the move to the new housing-first projects, and the work you've done to get restricted funds reporting into shape, made me even keener - it's the sort of organisation I'd be proud to work for, and the finance challenges are ones I'd genuinely enjoy.

I'll look forward to hearing about next steps.

Kind regards,""", parent="hl_3")

    # the promise passed on by her assistant (third party), tied to a committee
    A("mh_1", mhairi, [me], "2026-03-24 11:20", """Dear Fiona,

Isobel asked me to drop you a line. She's tied up with our Finance & Audit Committee until Wednesday, but she will come back to you about next steps by Thursday 26th March.

Kind regards,
Mhairi""", subject="Message from Isobel Kerr – Finance Manager post")
    A("mh_2", me, [mhairi], "2026-03-24 12:05", """Dear Mhairi,

Many thanks for letting me know - much appreciated.

Kind regards,
Fiona""", parent="mh_1", sig=False)

    # ---- Marchmont Search: registration call (Outlook, GMT Standard Time)
    A("ca_1", callum, [me], "2026-02-26 11:30", """Hi Fiona,

I came across your profile on the Comeback Scotland returner board and wanted to introduce myself. I'm a consultant in Marchmont Search's Accountancy & Finance team and I specialise in part-time and flexible finance roles across Edinburgh and the Lothians - a lot of my clients are actively looking for experienced people coming back from a career break.

Would you be free for a 30-minute Teams call early next week so I can understand what you're after?

Kind regards,
Callum""", subject="Marchmont Search – introduction")
    A("ca_2", me, [callum], "2026-02-26 14:10", """Hi Callum,

Thanks for getting in touch - yes, that would be helpful. Tuesday 3rd, any time after half twelve, would suit me.

Kind regards,
Fiona""", parent="ca_1", sig=False)
    A("ca_3", callum, [me], "2026-02-26 15:02", """Great stuff - I'll send you an invite for 1pm on Tuesday.

Callum""", parent="ca_2", sig=False)
    reg_start, reg_end = at("2026-03-03 13:00"), at("2026-03-03 13:30")
    reg_desc = ("Fiona - a quick introductory call to talk through your experience, what you're "
                "looking for and which of my clients might be a fit. Callum\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                "Click here to join the meeting\nMeeting ID: 389 112 457 903\nPasscode: xY7kQ2\n"
                "________________________________________________________________________________")
    A("ca_inv", callum, [me], "2026-02-26 15:05", reg_desc,
      subject="Fiona McAllister / Callum Rae – introductory call", sig=False,
      ics=make_ics(method="REQUEST", uid=uid_outlook("marchmont", "reg", "fiona"),
                   stamp=at("2026-02-26 15:05"), start=reg_start, end=reg_end,
                   summary="Fiona McAllister / Callum Rae – introductory call",
                   organizer=callum, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                   description=reg_desc, prodid="Microsoft Exchange Server 2010"),
      ics_mode="outlook")
    A("ca_4", me, [callum], "2026-03-03 15:30", """Hi Callum,

Thank you for your time earlier - it was really useful to hear how the market has changed, and reassuring that a four-day week isn't an unreasonable ask.

Kind regards,""", parent="ca_3")
    A("ca_5", callum, [me], "2026-03-04 08:45", """Likewise, Fiona. I've a couple of clients in mind - I'll come back to you next week once I've spoken to them.

Callum""", parent="ca_4", sig=False)

    # ---- Marchmont Search / Granton Housing Association: the panel
    A("gr_1", callum, [me], "2026-03-12 10:20", """Hi Fiona,

Good news - Granton Housing Association would like to meet you for the Finance Business Partner role we discussed (four days, hybrid, £48-52k pro rata).

It's a panel interview at their office at Waterfront House on Monday 23rd March at 2pm, about an hour and a quarter. The panel is Elaine Cowan (Finance Director), Douglas Petrie (who chairs their Audit & Risk Committee) and Aileen Shaw (HR Business Partner). Aileen will send you a calendar invite directly.

To be upfront, I'm putting two other candidates forward as well, so it's worth preparing well - they'll want to hear about budget holders, the regulator's returns, and how you'd explain the numbers to a board of volunteers.

Kind regards,
Callum""", subject="Granton Housing Association – Finance Business Partner")
    A("gr_2", me, [callum], "2026-03-12 11:00", """Hi Callum,

Many thanks - delighted! Monday 23rd at 2pm is fine, and I'll start reading up on the regulator's returns.

Kind regards,
Fiona""", parent="gr_1", sig=False)
    A("gr_3", callum, [me], "2026-03-19 09:10", """Hi Fiona,

Elaine's been pulled into a board meeting on Monday afternoon - could we move your interview to Tuesday 24th at 2pm instead? Same venue, same panel. Aileen will send an updated invite once you confirm.

Callum""", parent="gr_2")
    A("gr_4", me, [callum], "2026-03-19 18:20", "Tuesday works." + iphone, parent="gr_3",
      sig=False)
    A("gr_5", callum, [me], "2026-03-19 18:35", """Brilliant, I'll let Aileen know.

Callum""", parent="gr_4", sig=False)
    A("gr_6", me, [callum], "2026-03-24 17:30", """Hi Callum,

Just out - I think it went well. Douglas Petrie joined at about quarter past two (his train was held outside Haymarket) and Elaine had to leave at twenty to three for her board pre-meet, so Aileen and Douglas took the last half hour between them. Lots on the Scottish Housing Regulator returns and their cost-of-living fund, and Elaine seemed pleased I'd read the last two sets of accounts.

Thank you for all your help getting me ready.

Fiona""", parent="gr_5", sig=False)
    A("gr_7", callum, [me], "2026-03-25 09:15", """Hi Fiona,

Great to hear. I spoke to Aileen this morning and the feedback so far is really positive. They're seeing the other two candidates on Thursday, and Elaine's told me they'll make a decision by Monday 30th. I'll ring you as soon as I hear anything.

Callum""", parent="gr_6", sig=False)

    gr_uid = uid_outlook("grantonha", "fbp", "fiona")
    gr_desc = ("Dear Fiona,\n\nThis confirms your interview for the post of Finance Business "
               "Partner.\n\nYour interview panel:\n"
               "- Elaine Cowan, Finance Director (elaine.cowan@grantonha.org.uk)\n"
               "- Douglas Petrie, Chair of the Audit & Risk Committee "
               "(douglas.petrie@grantonha.org.uk)\n"
               "- Aileen Shaw, HR Business Partner (aileen.shaw@grantonha.org.uk)\n\n"
               "Please report to reception on the ground floor. The interview will last around "
               "75 minutes, including 15 minutes for your questions.\n\n"
               "Callum Rae (Marchmont Search) is copied for information only and will not be "
               "attending.\n\nKind regards,\nAileen Shaw, HR Business Partner")

    def gr_ics(start, end, seq, stamp):
        return make_ics(method="REQUEST", uid=gr_uid, stamp=stamp, start=start, end=end,
                        summary="Interview: Finance Business Partner – Fiona McAllister",
                        organizer=aileen,
                        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                   (callum, "TENTATIVE", "INDIVIDUAL"),
                                   (ROOM, "ACCEPTED", "ROOM")],
                        tzid="GMT Standard Time",
                        location="Granton HA – Boardroom (1st floor); Waterfront House, "
                                 "3 Granton Square, Edinburgh EH5 1HZ",
                        description=gr_desc, sequence=seq,
                        prodid="Microsoft Exchange Server 2010")

    A("gi_1", aileen, [me], "2026-03-12 14:45", gr_desc,
      subject="Interview: Finance Business Partner – Fiona McAllister", cc=[callum], sig=False,
      ics=gr_ics(at("2026-03-23 14:00"), at("2026-03-23 15:15"), 0, at("2026-03-12 14:45")),
      ics_mode="outlook")
    A("gi_2", aileen, [me], "2026-03-20 10:05",
      "Updated to Tuesday 24 March, 2pm - 3.15pm, as agreed with Callum. Same venue and panel.\n\n"
      + gr_desc, parent="gi_1", prefix="Updated: ", cc=[callum], quote=False, sig=False,
      ics=gr_ics(at("2026-03-24 14:00"), at("2026-03-24 15:15"), 1, at("2026-03-20 10:05")),
      ics_mode="outlook")

    A("ga_1", me, [aileen], "2026-03-24 19:05", """Dear Aileen,

Thank you for your time this afternoon, and for organising everything so smoothly - especially moving things around to Tuesday.

I really enjoyed hearing about how the finance team works alongside the housing officers, and the plans for the cost-of-living fund. I'd relish the chance to bring my reporting experience to Granton and help make the numbers work for the board and the tenants alike.

With thanks again, and kind regards,""", subject="Thank you – Finance Business Partner interview")
    A("ga_2", aileen, [me], "2026-03-25 08:30", """Dear Fiona,

Thank you for your kind note - it was a pleasure to meet you. We'll be in touch via Callum.

Kind regards,
Aileen""", parent="ga_1", sig=False)

    # ---- Calton Hill Investment Management: interview, then a very gentle rejection
    A("ch_1", kirsten, [me], "2026-03-05 15:40", """Dear Fiona,

Thank you for your application for the role of Fund Accounting Manager (returners warmly welcomed). Hugh Lamont, our Head of Fund Accounting, would very much like to meet you.

Could you let me know which of the following would suit?
- Wednesday 18 March at 2pm
- Thursday 19 March at 10am
- Friday 20 March at 11.30am

Kind regards,
Kirsten""", subject="Fund Accounting Manager – invitation to interview")
    A("ch_2", me, [kirsten], "2026-03-06 09:15", """Dear Kirsten,

Many thanks for your email - I'm delighted. Wednesday 18 March at 2pm would suit me best.

Kind regards,""", parent="ch_1")
    A("ch_3", kirsten, [me], "2026-03-06 11:50", """Dear Fiona,

Lovely - that's confirmed for Wednesday 18 March, 2pm to 3pm, here at 14 Regent Terrace. You'll be meeting Hugh Lamont, Head of Fund Accounting (hugh.lamont@caltonhillim.com).

I'm in our Glasgow office that day so won't see you, I'm afraid, but Hugh's EA, Jenny, will meet you in reception and take you up.

Kind regards,
Kirsten""", parent="ch_2")
    A("ch_4", kirsten, [me], "2026-03-18 17:20", """Dear Fiona,

Thank you for coming in this afternoon. Hugh mentioned he enjoyed your conversation.

Hugh is seeing two further candidates this week, and we hope to have feedback to you by the end of next week.

Kind regards,
Kirsten""", parent="ch_3")
    A("ch_5", kirsten, [me], "2026-03-26 15:10", """Dear Fiona,

I'm sorry to be writing with news that isn't what you'd hoped for. Hugh has thought very carefully about all three conversations, and on this occasion he has decided to offer the role to another candidate whose recent experience of our particular fund administration systems was a slightly closer fit for where the team is right now.

I want to stress that this was a genuinely close call. Hugh was struck by the clarity of your thinking and your warmth, and he asked me to say that he hopes you'll consider us again - we expect to be recruiting into the team again later in the year, and I'd love to keep your details on file if you're happy for us to do so.

With very best wishes for your return to work,
Kirsten""", parent="ch_4")
    A("ch_6", me, [kirsten], "2026-03-26 20:30", """Dear Kirsten,

Thank you for letting me know, and for putting it so kindly. Of course I'm disappointed, but I'm glad it was close, and yes, please do keep my details on file - I'd be very interested in future roles in the team.

Kind regards,""", parent="ch_5")

    # ---- myjobscotland: Almond Valley Council (automated, window still open)
    mj_text = """Dear Fiona McAllister,

Application received

Thank you for your application for the following vacancy:

Job title: Senior Accountant (Part-time, 21 hours)
Employer: Almond Valley Council
Reference: AVC/FIN/0412
Closing date: 20/03/2026

Shortlisting will take place during the week commencing 23/03/2026, and all applicants will be contacted by Friday 3 April 2026 to let them know the outcome.

You can view your application at any time in My Applications.

Please do not reply to this email.

myjobscotland - jobs in Scottish local government"""
    A("mj_1", myjob, [me], "2026-03-13 22:14", mj_text,
      subject="Application received: Senior Accountant (Part-time) – AVC/FIN/0412",
      html=html_of(mj_text, "myjobscotland"), html_only=True, headers=AUTO)

    # =================================================================== NOISE
    # ---- school
    def bulletin(key, when, subject, text):
        A(key, school, [me], when, text, subject=subject, html=html_of(text, subject),
          html_only=True,
          headers=bulk_headers("<bulletin.deanparkprimary.org.uk>",
                               "https://deanparkprimary.org.uk/unsubscribe"))

    bulletin("sch_1", "2026-02-27 15:30", "Dean Park Primary – Weekly Bulletin, 27 February",
             """Dear Parents and Carers,

What a week! P4 have been busy with their Vikings topic and the longship in the corridor is nearly finished - thank you to everyone who sent in cardboard.

World Book Day is on Thursday 5 March. Children are welcome to come dressed as a favourite character, or simply bring a favourite book to share.

Parents' evening bookings are now open for P1-P7 (Tuesday 10 and Wednesday 11 March). Please book through the link sent by text.

The PTA Easter Fayre will take place on Friday 27 March after school. Donations of tombola prizes can be left at the office.

Have a lovely weekend,
Mrs A. Robertson
Head Teacher""")
    bulletin("sch_2", "2026-03-13 15:30", "Dean Park Primary – Weekly Bulletin, 13 March",
             """Dear Parents and Carers,

Thank you to everyone who came along to parents' evening this week - it was lovely to see so many of you.

P6 residential to Benmore: the final balance of £85 is due by Friday 20 March. Kit lists went home in bags today.

Sgoil Ghàidhlig: our Gaelic club meets on Wednesdays at lunchtime - fàilte oirbh uile, everyone welcome.

Reminder: the school will close for the Easter holidays at 2.30pm on Thursday 2 April and reopens on Monday 20 April.

Best wishes,
Mrs A. Robertson""")
    bulletin("sch_3", "2026-03-27 15:30", "Dean Park Primary – Weekly Bulletin, 27 March",
             """Dear Parents and Carers,

A huge thank you to the PTA for this afternoon's Easter Fayre - the chocolate tombola sold out in twenty minutes!

Term ends at 2.30pm on Thursday 2 April. Breakfast club will run as normal that morning.

We are recruiting for a part-time Clerical Assistant (21 hours per week, term time). Details are on the council's jobs portal; applications close on 17 April.

Wishing all our families a restful Easter break.

Mrs A. Robertson""")
    pe_text = """Your appointments are confirmed.

Dean Park Primary School - Parents' Evening, Tuesday 10 March 2026

Isla McAllister (P6D)
16:10 - 16:20  Mr P. Donnelly (Class Teacher), Room 12

Please arrive a few minutes early. If you can no longer attend, please cancel via the booking site so another family can use the slot.

Parents' Evening Booking"""
    A("sch_pe", booking, [me], "2026-03-01 20:45", pe_text,
      subject="Appointment confirmation – Dean Park Primary School, 10 March 2026",
      html=html_of(pe_text), html_only=True, headers=AUTO)

    # ---- the PTA (she is treasurer)
    pta_start, pta_end = at("2026-03-17 19:00"), at("2026-03-17 20:30")
    pta_desc = ("Agenda: 1. Apologies 2. Treasurer's report (Fiona) 3. Easter Fayre - stalls, "
                "float and card reader 4. Benmore residential subsidy 5. AOB. Tea and biscuits "
                "provided!")
    A("pta_inv", gillian_cal, [me], "2026-03-09 21:10",
      "Dean Park PTA Committee Meeting\nTuesday 17 Mar 2026 ⋅ 19:00 – 20:30 (Greenwich Mean "
      "Time)\nDean Park Primary - School Library\n\n" + pta_desc +
      "\n\nOrganiser: gillian.moffat@gmail.com\nGuests: Gillian Moffat, Fiona McAllister, "
      "Ravi Sharma, Donna Hughes\n\nView all guest info: https://calendar.google.com/calendar/"
      "event?action=VIEW\n\nInvitation from Google Calendar",
      subject="Invitation: Dean Park PTA Committee Meeting @ Tue 17 Mar 2026 19:00 - 20:30 "
              "(GMT) (fiona.mcallister@example.co.uk)",
      headers=GCAL,
      ics=make_ics(method="REQUEST", uid=uid_google("pta", "committee", "march"),
                   stamp=at("2026-03-09 21:10"), start=pta_start, end=pta_end,
                   summary="Dean Park PTA Committee Meeting", organizer=gillian,
                   attendees=[(gillian, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (ravi, "NEEDS-ACTION", "INDIVIDUAL"),
                              (donna, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Europe/London", location="Dean Park Primary - School Library",
                   description=pta_desc))
    A("fay_1", gillian, [me], "2026-03-23 20:15", """Hi Fiona,

Quick one about Friday's Fayre - how much float do you think we need for the stalls, and are you OK to bring the card reader? Last year we ran out of pound coins by half four!

Gillian x""", subject="Easter Fayre – float & card reader", cc=[ravi])
    A("fay_2", me, [gillian], "2026-03-23 21:40", """Hi Gillian,

I'll draw £150 in coins on Thursday - £60 in pound coins, the rest in 50p and 20p - split across the tombola, cakes and the raffle. I'll bring the card reader fully charged and the paying-in book so I can bank it all on Monday.

Ravi - could you keep a note of the raffle takings separately? It makes the reconciliation so much easier.

Fiona x""", parent="fay_1", cc=[ravi], sig=False)
    A("fay_3", ravi, [me], "2026-03-24 07:50", """Will do - thanks Fiona, you're a star.

Ravi""", parent="fay_2", cc=[gillian])
    A("ex_1", bill, [me], "2026-03-25 10:30", """Dear Fiona,

Thank you for the PTA's year-end papers. I'm happy to do the independent examination again this year. Could we meet at the school on Wednesday 1st April at 10 o'clock to go through the bank reconciliations and the Fayre takings? It shouldn't take more than an hour.

Regards,
Bill Gourlay""", subject="PTA accounts – independent examination")
    A("ex_2", me, [bill], "2026-03-25 12:15", """Dear Bill,

Wednesday 1st at 10 is perfect - thank you, as ever, for giving up your time. I'll have everything ready in the library.

Best wishes,
Fiona""", parent="ex_1", sig=False)

    # ---- care home
    A("cf_1", sandra, [me], "2026-03-09 09:40", """Dear Fiona,

Just to let you know that your mum had a wee fall in her room on Sunday evening. She was found quickly, there are no injuries that we can see and she was in good spirits at breakfast, but as a precaution Dr Aitken will see her when she visits on Wednesday.

I'll give you a ring by Friday to let you know what the doctor says.

Kind regards,
Sandra""", subject="Your mum – wee fall on Sunday")
    A("cf_2", me, [sandra], "2026-03-09 10:05", """Dear Sandra,

Thank you for letting me know. Poor Mum - I'll pop in after school pick-up tomorrow. Would it help if I brought in her slippers with the better grip?

Fiona""", parent="cf_1", sig=False)
    A("cf_3", sandra, [me], "2026-03-12 16:30", """Dear Fiona,

Dr Aitken saw your mum this afternoon and is happy with her - no sign of any injury. She's referred her to the falls physio as a precaution, and yes, the slippers with the better grip would be ideal.

Kind regards,
Sandra""", parent="cf_2")
    A("cf_4", me, [sandra], "2026-03-12 17:10", """Thank you Sandra, that's a relief. I'll bring them in on Saturday.

Fiona""", parent="cf_3", sig=False)
    cr_start, cr_end = at("2026-03-26 14:00"), at("2026-03-26 15:00")
    cr_desc = ("Six-monthly care review for Mrs Jean Drummond. Attending: Lesley Gow (Home "
               "Manager), Fiona McAllister, Catriona Ross (by phone). We will go over Jean's "
               "care plan, her recent fall and the physio referral.")
    A("cr_1", lesley, [me], "2026-03-16 12:00", cr_desc, cc=[catriona],
      subject="Care review – Mrs Jean Drummond", sig=False,
      ics=make_ics(method="REQUEST", uid=uid_outlook("ravelston", "review", "drummond"),
                   stamp=at("2026-03-16 12:00"), start=cr_start, end=cr_end,
                   summary="Care review – Mrs Jean Drummond", organizer=lesley,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (catriona, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="GMT Standard Time", location="Ravelston Lodge – family room",
                   description=cr_desc, prodid="Microsoft Exchange Server 2010"),
      ics_mode="outlook")
    A("cr_2", me, [lesley], "2026-03-16 14:20", """Dear Lesley,

Thursday 26th at 2pm is fine. Catriona will join by phone from Aberdeen.

Fiona""", parent="cr_1", cc=[catriona], sig=False)
    A("cr_3", lesley, [me], "2026-03-26 16:45", """Dear Fiona,

Thank you both for your time today. As discussed, I've updated Jean's care plan to include the physio exercises and the night-time checks; a copy is in her file in the family room.

Kind regards,
Lesley""", parent="cr_2", cc=[catriona])
    inv_text = """Dear Mrs McAllister,

Please find below your statement for March 2026 for Mrs Jean Drummond (Room 14).

Weekly fee (4 weeks):       £5,280.00
Hairdresser (2 visits):        £36.00
Chiropody:                     £28.00
Less Local Authority contribution: (£1,247.20)
Amount due:                 £4,096.80

Payment will be collected by Direct Debit on or shortly after 10 March 2026.

Ravelston Lodge Care Home - Accounts"""
    A("ci_1", rl_accounts, [me], "2026-03-02 08:00", inv_text,
      subject="Ravelston Lodge – statement for March 2026 (Mrs J. Drummond)", headers=AUTO)

    # ---- family and friends
    A("cat_1", catriona, [me], "2026-03-07 19:20", """Hiya,

Are you still OK for us to come down at Easter? We're thinking the Saturday (4th) on the train, back on the Monday. I'd like to take Mum out for lunch if she's up to it after the fall.

Any news from the bank yet?? Cx""", subject="Easter")
    A("cat_2", me, [catriona], "2026-03-07 20:05", """Of course! Rory's giving up his room, he doesn't know yet. Mum would love lunch out - the Orchard does a good soft menu.

I've got the assessment day on the 19th, eek. Six years since I did anything like it.

F x""", parent="cat_1", sig=False)
    A("cat_3", catriona, [me], "2026-03-07 20:11",
      "You'll be brilliant. Train tickets booked! x" + iphone, parent="cat_2")
    A("cat_4", catriona, [me], "2026-03-22 10:30", """Well??? How did the assessment day go? I was thinking of you all Thursday. x""",
      subject="Thursday!!")
    A("cat_5", me, [catriona], "2026-03-22 11:15", """Exhausting but actually quite good fun? The case study was fine, the group exercise was a bit Apprentice. They won't tell anyone anything until after Easter so I'm trying not to think about it. Also had an interview at an investment firm on Wednesday, and a housing association panel on Tuesday coming up.

Speak at the care review on Thursday x""", parent="cat_4", sig=False)
    A("gm_1", graeme, [me], "2026-03-10 12:45", """Rory's football has moved to Wednesday this week - can you do the pick-up at 5 from Meggetland? I'm in Glasgow till late.
G x""", subject="Rory football")
    A("gm_2", me, [graeme], "2026-03-10 13:10", "Yep, no problem. Parents' evening at 4.10 "
      "first so I'll just make it. x", parent="gm_1", sig=False)
    A("gm_3", graeme, [me], "2026-03-26 17:55", """Shall I pick up a fish supper on the way home? Don't think either of us is cooking tonight after the care review.
x""" + iphone, subject="Tea")
    A("gm_4", me, [graeme], "2026-03-26 18:02", "Yes please. Haddock for me, and the kids will "
      "want sausages. x", parent="gm_3", sig=False)
    A("mf_1", mairi, [me], "2026-03-11 08:50", """Coffee after drop-off tomorrow? I need to hear everything about this job hunt! xx""",
      subject="coffee tomorrow?")
    A("mf_2", me, [mairi], "2026-03-11 09:15", "Yes please! Half nine at Kilimanjaro? x",
      parent="mf_1", sig=False)
    A("mf_3", mairi, [me], "2026-03-11 09:20", "See you there xx" + iphone, parent="mf_2")

    # ---- book club
    A("bc_1", alison, [me], "2026-03-02 19:40", """Hi lovely ladies,

March book is The Bee Sting - yes, it's a doorstop, sorry! I'm hosting: Wednesday 25th, half seven at mine. Bring a bottle and your opinions.

Alison x""", subject="Book club – March", cc=[kate, mairi])
    A("bc_2", kate, [alison], "2026-03-02 20:30", """Count me in! Only 200 pages in and already stressed. K x""",
      parent="bc_1", cc=[me, mairi])
    A("bc_3", me, [alison], "2026-03-03 21:05", """I'll be there - I'll bring the cheese. F x""",
      parent="bc_2", cc=[kate, mairi], sig=False)
    A("bc_4", alison, [me], "2026-03-26 09:30", """Thanks all for last night - best argument we've had in ages! April is at Kate's with Small Things Like These, which is mercifully short.

A x""", parent="bc_3", cc=[kate, mairi])

    # ---- church
    cn_text = """St Serf's Parish Church - Notices for Sunday 8 March 2026 (Third Sunday in Lent)

Lent lunches continue in the hall on Wednesdays at 12.30 - soup and a roll, donations to Christian Aid.

The Kirk Session meets on Tuesday 10 March at 7.30pm.

Volunteers needed: the Guild is looking for a new treasurer from June. If you have a head for figures, please speak to Moira in the church office.

Easter flowers: please sign up for the Easter flower rota by emailing the office.

Rev. Dr Neil Anderson, Minister"""
    A("cn_1", church_news, [me], "2026-03-06 18:00", cn_text,
      subject="St Serf's – Notices for Sunday 8 March", html=html_of(cn_text),
      headers=bulk_headers("<notices.stserfsparish.org.uk>",
                           "https://stserfsparish.org.uk/notices/unsubscribe"))
    A("cfl_1", me, [moira], "2026-03-07 10:20", """Hi Moira,

I can do the flowers for Palm Sunday (29th) if that's still free. Yellow and white as usual?

Fiona""", subject="Easter flower rota", sig=False)
    A("cfl_2", moira, [me], "2026-03-10 10:15", """Thanks Fiona, you're down for Palm Sunday. Yellow and white is lovely - there's oasis in the vestry cupboard.

Moira""", parent="cfl_1")

    # ---- bills, receipts, services
    ct_text = """Council Tax Bill 2026/27

Account reference: 1049 8827 3
Property: Band E

Your Council Tax for 1 April 2026 to 31 March 2027 is £2,512.64, including Scottish Water charges.

As you pay by Direct Debit, 10 monthly instalments of £251.27 will be collected on the 1st of each month from 1 April 2026.

You can view your bill and manage your account online at www.edinburgh.gov.uk/counciltax.

The City of Edinburgh Council"""
    A("ct_1", council, [me], "2026-03-06 07:30", ct_text,
      subject="Your Council Tax bill for 2026/27 is ready to view",
      html=html_of(ct_text, "Council Tax"), html_only=True, headers=AUTO)

    def tesco_mail(key, when, subject, text):
        A(key, tesco, [me], when, text, subject=subject, html=html_of(text, "Tesco.com"),
          html_only=True, headers=AUTO)

    tesco_mail("te_1", "2026-03-05 18:12", "Your Tesco order confirmation",
               """Thanks for your order, Fiona.

Delivery: Saturday 7 March, 8am - 9am
Order number: 7731-2208-4456
Items: 43   Total: £118.62 (includes Clubcard Prices savings of £9.40)

You can amend your order until 11.45pm on Friday 6 March.

Tesco.com""")
    tesco_mail("te_2", "2026-03-21 07:05", "Your Tesco delivery today – substitutions",
               """Your delivery is on its way, arriving between 8am and 9am.

Substitutions
- Hovis Soft White Medium 800g -> Warburtons Toastie 800g
- Tesco Semi-Skimmed Milk 4 pints -> Tesco Semi-Skimmed Milk 2 pints x2

Unavailable
- Tunnock's Caramel Wafers 10 pack

If you don't want a substitute, just hand it back to your driver.

Tesco.com""")
    tesco_mail("te_3", "2026-03-30 21:40", "Your Tesco order confirmation",
               """Thanks for your order, Fiona.

Delivery: Thursday 2 April, 7pm - 8pm
Order number: 7731-2291-0087
Items: 51   Total: £142.35

Hot cross buns, Easter eggs and a leg of lamb - have a lovely Easter!

Tesco.com""")
    gb_start, gb_end = at("2026-03-28 09:15"), at("2026-03-28 10:00")
    gb_text = """Hi Fiona,

You're booked in!

Spin 45 with Kenny
Saturday 28 March 2026, 09:15 - 10:00
Studio 2, Meadowbank Fitness

Please arrive 5 minutes early. Cancel at least 6 hours before the class to avoid a no-show charge.

Meadowbank Fitness"""
    A("gb_1", gym, [me], "2026-03-26 21:02", gb_text,
      subject="Booking confirmed: Spin 45 – Sat 28 Mar, 09:15", headers=AUTO,
      ics=make_ics(method="PUBLISH", uid=uid_uuid("meadowbank", "spin", "0328"),
                   stamp=at("2026-03-26 21:02"), start=gb_start, end=gb_end,
                   summary="Spin 45 – Meadowbank Fitness", organizer=gym,
                   location="Studio 2, Meadowbank Fitness", tzid="Europe/London",
                   prodid="-//Meadowbank Fitness//Bookings//EN"),
      ics_mode="attach")
    gf_text = """Dear Fiona,

We're writing to let you know that from 1 April 2026 your Off-Peak membership will increase from £27.99 to £29.99 per month. This is the first change in two years and helps us keep investing in new equipment - including the new strength zone opening in May.

You don't need to do anything. If you'd like to change or freeze your membership, you can do so in the app.

Meadowbank Fitness"""
    A("gf_1", gym, [me], "2026-03-16 09:00", gf_text,
      subject="Changes to your membership from 1 April", html=html_of(gf_text),
      html_only=True,
      headers=bulk_headers("<members.meadowbankfitness.co.uk>",
                           "https://meadowbankfitness.co.uk/email-preferences"))
    en_text = """Hi Fiona,

Your February statement is ready.

Electricity: 312 kWh   £84.19
Gas: 1,104 kWh         £76.02
Total: £160.21

Your Direct Debit of £145 will be taken on 5 March. Your account is £38.40 in credit.

Fettle Energy"""
    A("en_1", energy, [me], "2026-03-02 06:30", en_text, subject="Your February statement",
      html=html_of(en_text), html_only=True, headers=AUTO)
    sr_text = """Your e-tickets are attached and in the app.

Edinburgh -> Aberdeen
Saturday 4 April 2026, departing Edinburgh Waverley 09:33
Return: Monday 6 April 2026, departing Aberdeen 16:40

1 Adult, 2 Child (Family & Friends Railcard)
Total: £61.90

ScotRail"""
    A("sr_1", scotrail, [me], "2026-03-27 20:15", sr_text,
      subject="Your ScotRail booking confirmation – TRN 4KX92P", html=html_of(sr_text),
      html_only=True, headers=AUTO)
    or_start, or_end = at("2026-04-02 08:50"), at("2026-04-02 09:10")
    or_text = """Dear Parent/Guardian,

This is a reminder of Rory McAllister's appointment:

Thursday 2 April 2026 at 8.50am with Dr S. Mackenzie (brace adjustment)

Stockbridge Orthodontics, 41 Raeburn Place. Please reply C to the text message to confirm, or call us on 0131 496 0999 to rearrange.

Stockbridge Orthodontics"""
    A("or_1", ortho, [me], "2026-03-26 10:00", or_text,
      subject="Appointment reminder – Rory McAllister, Thu 2 April", headers=AUTO)

    # ---- job boards, networks, professional body (owing nothing)
    def alert(key, sender, when, subject, text, list_id, unsub):
        A(key, sender, [me], when, text, subject=subject, html=html_of(text, subject),
          headers=bulk_headers(list_id, unsub))

    alert("s1_1", s1jobs, "2026-03-03 07:00", "12 new jobs for 'part time accountant' in Edinburgh",
          """New jobs matching your alert: part time accountant - Edinburgh (within 10 miles)

Management Accountant (Part Time, 3 days) - Lothian Print Group - Edinburgh - £38,000 pro rata
Interviews will be held w/c 16 March. Apply now with your CV.

Finance Manager - Returners Welcome - Cramond Care Trust - Edinburgh - £45,000-£50,000
Flexible hours. Immediate start. Quick apply.

Assistant Accountant (Maternity Cover) - Broughton Legal LLP - Edinburgh - Competitive

View all 12 jobs: https://www.s1jobs.com/alerts/88213

You're receiving this because you created a job alert on s1jobs.""",
          "<alerts.s1jobs.com>", "https://www.s1jobs.com/alerts/unsubscribe")
    alert("s1_2", s1jobs, "2026-03-17 07:00", "9 new jobs for 'part time accountant' in Edinburgh",
          """New jobs matching your alert: part time accountant - Edinburgh (within 10 miles)

Senior Accountant (Part-time, 21 hrs) - Almond Valley Council - Livingston - £47,120 pro rata
Closing date 20 March. Shortlisted applicants will be invited to interview.

Financial Controller (4 days) - Pentland Brewing Co. - Loanhead - £60,000 pro rata
We'll be in touch with all applicants within two weeks of the closing date.

View all 9 jobs: https://www.s1jobs.com/alerts/88213""",
          "<alerts.s1jobs.com>", "https://www.s1jobs.com/alerts/unsubscribe")
    alert("in_1", indeed, "2026-03-08 06:15", "Management Accountant jobs in Edinburgh – 15 new",
          """Fiona, here are new jobs for Management Accountant in Edinburgh

Management Accountant - Forth Ports Logistics - Edinburgh - Easily apply
Responded to 75% or more applications in the past 30 days, typically within 3 days.

Group Accountant (Hybrid) - Murrayfield Hotels - Edinburgh - £45,000 a year
Urgently hiring. Interview this week.

Finance Business Partner (Returner Route) - Pentland Assurance - Edinburgh
Applications reviewed on a rolling basis.

See all jobs: https://uk.indeed.com/jobs?q=management+accountant&l=Edinburgh""",
          "<alerts.indeed.com>", "https://uk.indeed.com/alerts/unsubscribe")
    alert("in_2", indeed, "2026-03-22 06:15", "Management Accountant jobs in Edinburgh – 11 new",
          """Fiona, here are new jobs for Management Accountant in Edinburgh

Part-Time Management Accountant - Leith Harbour Distillery - Edinburgh
New. Employer reviewing applications.

Finance Officer - Harbour Light Scotland - Edinburgh - £32,000 a year
Your application would be reviewed by the hiring manager. Interview dates to be confirmed.

See all jobs: https://uk.indeed.com/jobs?q=management+accountant&l=Edinburgh""",
          "<alerts.indeed.com>", "https://uk.indeed.com/alerts/unsubscribe")
    alert("cb_1", comeback, "2026-03-04 12:00", "Comeback Scotland – March newsletter",
          """Comeback Scotland - March 2026

RETURNER STORIES
"I was terrified at my first interview after eight years out. Then I realised I'd been managing a household budget, two teenagers and my dad's care - the panel loved it." - Karen, now a Finance Manager in Dundee.

FIVE INTERVIEW TIPS FOR RETURNERS
1. Own the gap in one confident sentence.
2. Always send a thank-you note within 24 hours.
3. If they say "we'll be in touch by Friday", it's fine to follow up the next week.
4. Prepare three examples from your break: organising, negotiating, managing money.
5. Ask what support the first 90 days will bring.

RETURNSHIPS OPEN NOW
- Forth & Clyde Bank Returner Programme (closes 1 March - extended!)
- Pentland Assurance Returner Route: Finance Business Partner
- Scottish public sector flexible roles on myjobscotland

WEBINAR: "Your CV after a career break" - Thursday 26 March, 12.30pm on Zoom. Register at comebackscotland.org.uk/events.

Comeback Scotland, supporting professionals back to work after a career break.""",
          "<news.comebackscotland.org.uk>", "https://comebackscotland.org.uk/unsubscribe")
    alert("cb_2", comeback, "2026-03-25 12:00", "Comeback Scotland – webinar tomorrow + new roles",
          """Don't forget: "Your CV after a career break" is tomorrow, Thursday 26 March, at 12.30pm on Zoom. Join: https://zoom.us/j/84412093317

NEW ROLES FROM OUR EMPLOYER PARTNERS
- Part-time Finance Business Partner, Granton Housing Association (via Marchmont Search)
- Finance Manager (4 days), Harbour Light Scotland - interviews in April
- Group Reporting Accountant (3 days), Scotia Renewables

We'll be in touch after Easter with our spring mentoring programme - applications open on 13 April.

Comeback Scotland""",
          "<news.comebackscotland.org.uk>", "https://comebackscotland.org.uk/unsubscribe")
    ls_text = """Fiona, you appeared in 14 searches this week.

Your profile was found by people from:
- Financial Services
- Recruitment & Staffing
- Renewable Energy

Searchers' job titles: Talent Acquisition Partner, Recruitment Consultant, Finance Director

Try Premium for free to see who's looking at your profile.

LinkedIn"""
    A("ls_1", linkedin, [me], "2026-03-09 06:40", ls_text,
      subject="You appeared in 14 searches this week", html=html_of(ls_text),
      headers=bulk_headers("<notifications.linkedin.com>",
                           "https://www.linkedin.com/comm/psettings/email-unsubscribe"))
    ld_text = """Dawn Fairbairn sent you a new message

Dawn Fairbairn
Career Coach for Returners | ICF accredited | Helping mums get their careers back

"Hi Fiona! Congratulations on taking the brave step back into the workplace. My 6-week Returner Confidence Bootcamp covers interview skills, salary negotiation and LinkedIn makeovers. Early-bird price ends Friday! Would you like to book a free discovery call?"

Reply: https://www.linkedin.com/messaging/thread/2-Yjk4MmQ0/"""
    A("ld_1", li_dawn, [me], "2026-03-19 07:25", ld_text,
      subject="Dawn Fairbairn sent you a new message", html=html_of(ld_text), headers=AUTO)
    ic_text = """Dear Fiona,

Your annual CPD declaration is due by 31 March 2026.

As a member returning to practice after a career break, you may be eligible for our Returning Members' Pathway, which offers reduced fees and a structured CPD plan. Our next online information session is on 15 April.

Log in to your ICAS account to complete your declaration.

ICAS Member Services"""
    A("ic_1", icas, [me], "2026-02-20 09:00", ic_text,
      subject="Your CPD declaration – due 31 March", html=html_of(ic_text), html_only=True,
      headers=bulk_headers("<members.icas.com>", "https://www.icas.com/email-preferences"))

    # =================================================================== THREADS
    T = case.thread
    T("wd_ack", True, "application", "Forth & Clyde Bank",
      "Workday acknowledgement of the returner programme application (no-reply); nothing owed")
    T("bk_inv", True, "interview", "Forth & Clyde Bank",
      "assessment day Thu 19 Mar 09:30-15:30; itinerary in text and PDF names Morag, Gordon, Priya "
      "and Stephen; the reminder of 17 Mar swaps Stephen for Alasdair; Hannah arranged it and was "
      "not there; Gordon and Priya thanked by one note, Morag in her own thread, Alasdair never")
    T("bk_note", True, "interview", "Forth & Clyde Bank",
      "Fiona's one thank-you note to Gordon and Priya on the evening of the assessment day; "
      "Gordon replied, no promise")
    T("bk_morag", True, "interview", "Forth & Clyde Bank",
      "programme lead: 'we'll be in touch after the Easter break' (no last day; Easter is still "
      "ahead at now); thanked in Fiona's reply")
    T("pt_claire", True, "interview", "Pentland Assurance",
      "talent partner: recorded video step, then 'we aim to let every candidate know by Friday "
      "20 March'; nothing from Pentland since")
    T("pt_spot", True, "interview", "Pentland Assurance",
      "Spotlight one-way video invitation (no-reply) naming the reviewer Neil Ogilvie; nobody met")
    T("pt_done", True, "interview", "Pentland Assurance",
      "Spotlight confirmation that the one-way video was submitted Sat 14 Mar")
    T("li_ross", True, "recruiter", "Scotia Renewables",
      "LinkedIn message notification from Ross (his address in the text), forwarded to her "
      "husband, who replied")
    T("sc_1", True, "interview", "Scotia Renewables",
      "phone call Tue 10 Mar 11:30-12:00 (slot picked from two), thanked the same afternoon; "
      "'I'll update you by Monday 23rd March at the latest'; no word since")
    T("st_1", True, "networking", "Lammermuir Foods",
      "coffee with former colleague Struan Tue 3 Mar 08:15, thanked that morning")
    T("eu_1", True, "networking", "Leith Harbour Distillery",
      "Struan's introduction, cc'ing Euan; video call Tue 17 Mar 16:00-16:30 agreed in the "
      "thread; the only thanks to Euan's address came on 5 Mar, before the call")
    T("lo_1", True, "networking", "Abercorn Advisory",
      "coffee with former colleague Lorna Fri 20 Mar 11:30; thanked only when it was arranged "
      "on 10 Mar")
    T("rh_1", True, "networking", "Heriot Wealth",
      "Lorna's introduction to Rhona; coffee at Heriot Wealth Tue 7 Apr 10:00, still ahead")
    T("ai_1", True, "networking", "Comeback Scotland",
      "returners' network coordinator passed Fiona's name to Harbour Light; thanked")
    T("hl_1", True, "networking", "Harbour Light Scotland",
      "'a wee chat' by phone Mon 23 Mar at half nine (no end given), thanked the same day")
    T("mh_1", True, "networking", "Harbour Light Scotland",
      "Isobel's assistant passes on her promise: back to Fiona by Thursday 26th March, after the "
      "Finance & Audit Committee; nothing from Harbour Light since")
    T("ca_1", True, "recruiter", "Marchmont Search",
      "agency consultant's introduction; Teams call Tue 3 Mar thanked; 'come back to you next "
      "week' kept by the Granton mail of Thu 12 Mar")
    T("ca_inv", True, "recruiter", "Marchmont Search",
      "Outlook/Teams invite (GMT Standard Time) for the registration call Tue 3 Mar 13:00-13:30")
    T("gr_1", True, "recruiter", "Marchmont Search",
      "Callum arranges the Granton panel (two other candidates), moves it Mon 23 -> Tue 24 "
      "('Tuesday works.'); Fiona's debrief; 'they'll make a decision by Monday 30th'")
    T("gi_1", True, "interview", "Granton Housing Association",
      "Aileen's Outlook invite (GMT Standard Time, room, Callum copied for information) naming "
      "the panel in the description; moved to Tue 24 Mar 14:00-15:15; Douglas joined late, Elaine "
      "left early; only Aileen thanked")
    T("ga_1", True, "interview", "Granton Housing Association",
      "Fiona's thank-you to Aileen in a new thread; Aileen replied")
    T("ch_1", True, "rejection", "Calton Hill Investment Management",
      "interview with Hugh Lamont Wed 18 Mar 14:00-15:00 (slot picked from three); HR promised "
      "feedback by the end of next week, and rejected her gently on Thu 26 Mar; Hugh never "
      "thanked")
    T("mj_1", True, "application", "Almond Valley Council",
      "myjobscotland acknowledgement (no-reply): applicants contacted by Fri 3 Apr")
    T("sch_1", False, None, "Dean Park Primary School", "school bulletin")
    T("sch_2", False, None, "Dean Park Primary School", "school bulletin, a line in Gaelic")
    T("sch_3", False, None, "Dean Park Primary School",
      "school bulletin, with a school vacancy in it")
    T("sch_pe", False, None, "Dean Park Primary School",
      "parents' evening appointment Tue 10 Mar 16:10-16:20 (not job search)")
    T("pta_inv", False, None, "Dean Park Primary PTA",
      "Google Calendar invite: PTA committee meeting Tue 17 Mar 19:00-20:30, Fiona is treasurer")
    T("fay_1", False, None, "Dean Park Primary PTA", "Easter Fayre float and card reader")
    T("ex_1", False, None, "Dean Park Primary PTA",
      "independent examiner of the PTA accounts; meeting Wed 1 Apr 10:00 still ahead")
    T("cf_1", False, None, "Ravelston Lodge Care Home",
      "her mother's fall; 'I'll give you a ring by Friday' kept by email Thu 12 Mar")
    T("cr_1", False, None, "Ravelston Lodge Care Home",
      "Outlook invite: six-monthly care review Thu 26 Mar 14:00-15:00, held")
    T("ci_1", False, None, "Ravelston Lodge Care Home", "care home statement")
    T("cat_1", False, None, None, "sister: Easter visit")
    T("cat_4", False, None, None, "sister asks about the assessment day")
    T("gm_1", False, None, None, "husband: football pick-up")
    T("gm_3", False, None, None, "husband: fish supper")
    T("mf_1", False, None, None, "friend's coffee Thu 12 Mar 09:30 (social)")
    T("bc_1", False, None, None, "book club Wed 25 Mar 19:30 at Alison's")
    T("cn_1", False, None, "St Serf's Parish Church", "church notices")
    T("cfl_1", False, None, "St Serf's Parish Church", "Easter flower rota")
    T("ct_1", False, None, "The City of Edinburgh Council", "council tax bill")
    T("te_1", False, None, "Tesco", "grocery order")
    T("te_2", False, None, "Tesco", "delivery substitutions")
    T("te_3", False, None, "Tesco", "grocery order")
    T("gb_1", False, None, "Meadowbank Fitness", "spin class Sat 28 Mar 09:15-10:00 (ICS)")
    T("gf_1", False, None, "Meadowbank Fitness", "membership price change")
    T("en_1", False, None, "Fettle Energy", "energy statement")
    T("sr_1", False, None, "ScotRail", "train tickets")
    T("or_1", False, None, "Stockbridge Orthodontics",
      "son's orthodontist Thu 2 Apr 08:50, still ahead")
    T("s1_1", False, None, "s1jobs", "job alert")
    T("s1_2", False, None, "s1jobs", "job alert")
    T("in_1", False, None, "Indeed", "job alert")
    T("in_2", False, None, "Indeed", "job alert")
    T("cb_1", False, None, "Comeback Scotland", "returners' newsletter full of job words")
    T("cb_2", False, None, "Comeback Scotland", "returners' newsletter: webinar and roles")
    T("ls_1", False, None, "LinkedIn", "profile search digest")
    T("ld_1", False, None, "LinkedIn", "career coach's sales message via LinkedIn")
    T("ic_1", False, None, "ICAS", "CPD declaration reminder")

    # =================================================================== FACTS
    M = case.meeting
    M("bk_inv", at("2026-03-19 09:30"), at("2026-03-19 15:30"),
      met=[morag.email, gordon.email, priya.email, ALASDAIR],
      thanks={gordon.email: "bk_note", priya.email: "bk_note", morag.email: "bk_morag_r1"},
      what="assessment day")
    M("pt_spot", at("2026-03-14 20:10"), at("2026-03-14 20:38"), met=[],
      what="one-way recorded video: nobody met")
    M("sc_1", at("2026-03-10 11:30"), at("2026-03-10 12:00"), met=[ross.email],
      thanks={ross.email: "sc_5"}, what="phone call")
    M("st_1", at("2026-03-03 08:15"), None, met=[struan.email], thanks={struan.email: "st_4"},
      what="coffee")
    M("eu_1", at("2026-03-17 16:00"), at("2026-03-17 16:30"), met=[euan.email],
      what="video call")
    M("lo_1", at("2026-03-20 11:30"), None, met=[lorna.email], what="coffee")
    M("rh_1", at("2026-04-07 10:00"), None, met=[rhona.email], status="scheduled",
      what="coffee at Heriot Wealth")
    M("hl_1", at("2026-03-23 09:30"), None, met=[isobel.email], thanks={isobel.email: "hl_4"},
      what="phone chat")
    M("ca_inv", reg_start, reg_end, met=[callum.email], thanks={callum.email: "ca_4"},
      what="registration call")
    M("gi_1", at("2026-03-23 14:00"), at("2026-03-23 15:15"), met=[], status="moved",
      what="panel, original slot")
    M("gi_1", at("2026-03-24 14:00"), at("2026-03-24 15:15"),
      met=[ELAINE, DOUGLAS, aileen.email], thanks={aileen.email: "ga_1"}, what="panel")
    M("ch_1", at("2026-03-18 14:00"), at("2026-03-18 15:00"), met=[HUGH], what="interview")
    # not job search
    M("sch_pe", at("2026-03-10 16:10"), at("2026-03-10 16:20"), met=[], job=False)
    M("pta_inv", pta_start, pta_end, met=[gillian.email, ravi.email, donna.email], job=False)
    M("ex_1", at("2026-04-01 10:00"), None, met=[bill.email], status="scheduled", job=False)
    M("cr_1", cr_start, cr_end, met=[lesley.email], job=False)
    M("mf_1", at("2026-03-12 09:30"), None, met=[mairi.email], job=False)
    M("bc_1", at("2026-03-25 19:30"), None, met=[alison.email, kate.email, mairi.email],
      job=False)
    M("gb_1", gb_start, gb_end, met=[], job=False)
    M("or_1", or_start, or_end, met=[], status="scheduled", job=False)

    P = case.promise
    P("pt_claire", "pt_claire_r2", claire.email, "2026-03-20")
    P("sc_1", "sc_6", ross.email, "2026-03-23")
    P("mh_1", "mh_1", mhairi.email, "2026-03-26")
    P("ca_1", "ca_5", callum.email, "2026-03-13", answered_by="gr_1")
    P("gr_1", "gr_7", callum.email, "2026-03-30")
    P("ch_1", "ch_4", kirsten.email, "2026-03-27", ended_by="ch_5")
    P("mj_1", "mj_1", myjob.email, "2026-04-03")
    P("cf_1", "cf_1", sandra.email, "2026-03-13", job=False)

    # =================================================================== LABELS
    E = case.expect
    E("thank_you", "bk_inv", ALASDAIR,
      "did the competency interview and observed the group exercise at the Thu 19 Mar assessment "
      "day, as the reminder of 17 Mar said; never thanked (the one note went to Gordon and Priya); "
      "overdue since Fri 20 Mar 15:30")
    E("callback", "pt_claire", claire.email,
      "'we aim to let every candidate know by Friday 20 March'; nothing from Pentland since "
      "(Spotlight's mails came before the promise); due end of Tue 24 Mar",
      promised="2026-03-20")
    E("callback", "sc_1", ross.email,
      "'I'll update you by Monday 23rd March at the latest'; no word since; due end of Wed 25 Mar",
      promised="2026-03-23")
    E("thank_you", "eu_1", euan.email,
      "video call Tue 17 Mar 16:00-16:30 took place; the reply that thanked Struan with Euan "
      "in To came on 5 Mar, before the call; overdue since Wed 18 Mar 16:30, stale only from the "
      "evening of Tue 31 Mar")
    E("thank_you", "lo_1", lorna.email,
      "coffee Fri 20 Mar 11:30 (60 min by default) took place; 'Thank you so much for making "
      "the time' was written on 10 Mar, before it; nothing to Lorna since; overdue since "
      "Sat 21 Mar 12:30")
    E("callback", "mh_1", mhairi.email,
      "promise passed on by Isobel's assistant: 'she will come back to you about next steps by "
      "Thursday 26th March'; nothing from Harbour Light since; due end of Mon 30 Mar; the draft "
      "goes to Mhairi, who wrote it and is the only address in this thread",
      promised="2026-03-26")
    E("thank_you", "gi_1", ELAINE,
      "on the Tue 24 Mar panel (address in the invite's description); she left at twenty to "
      "three but was met; only Aileen was thanked; overdue since Wed 25 Mar 15:15")
    E("thank_you", "gi_1", DOUGLAS,
      "on the Tue 24 Mar panel (address in the invite's description); joined at about quarter "
      "past two but was met; never thanked; overdue since Wed 25 Mar 15:15")
    E("thank_you", "ch_1", HUGH,
      "interview Wed 18 Mar 14:00-15:00 took place; the rejection of Thu 26 Mar ends callbacks "
      "but not a thank-you owed; Fiona's reply thanked only Kirsten; overdue since Thu 19 Mar "
      "15:00, stale only from late on Wed 1 Apr")

    F = case.forbid
    F("bk_inv", hannah.email,
      "sent the invitation and the reminder but said she would not be there on the day; not met, "
      "and promised nothing")
    F("bk_inv", STEPHEN,
      "named in the itinerary, but the reminder of 17 Mar replaced him with Alasdair; never met")
    F("bk_inv", priya.email,
      "presentation assessor, thanked by the one note to Gordon and Priya on Thu 19 Mar 20:40 "
      "(she never replied, which changes nothing)")
    F("bk_morag", morag.email,
      "'we'll be in touch after the Easter break' names no last day, and Easter has not even "
      "begun at now; she was thanked in Fiona's reply of Fri 20 Mar")
    F("pt_spot", NEIL,
      "reviewer of a one-way recorded video: nobody was met, so no thank-you is owed; the "
      "callback belongs to Claire's thread")
    F("hl_1", isobel.email,
      "the wee chat of Mon 23 Mar was thanked in this thread at 12:40 the same day; the promise "
      "came through Mhairi in another thread")
    F("gi_1", callum.email,
      "on the invite as an attendee, but 'copied for information only and will not be "
      "attending'; not on the panel")
    F("gi_1", aileen.email,
      "organised and sat on the panel; thanked in a new thread on Tue 24 Mar 19:05")
    F("gi_1", ROOM[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    F("gr_1", callum.email,
      "'they'll make a decision by Monday 30th': the day has passed but the grace runs to the end "
      "of Wed 1 Apr; he was not at the panel")
    F("ch_1", kirsten.email,
      "the gentle rejection of Thu 26 Mar came before her 'by the end of next week' ran out and "
      "ends it; she was in Glasgow that day, not met")
    F("eu_1", struan.email,
      "the referrer: not on the call with Euan, promised nothing dated, and was thanked (for the "
      "coffee on 3 Mar, for the intro on 5 Mar)")
    F("rh_1", rhona.email, "coffee at Heriot Wealth on Tue 7 Apr 10:00 is still ahead at now")
    F("mj_1", myjob.email,
      "automated acknowledgement; its 'contacted by Friday 3 April' has not yet arrived")
    F("pta_inv", gillian.email,
      "PTA committee meeting: volunteering as treasurer, not job search")
    F("cr_1", lesley.email,
      "her mother's care review at the care home, not job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
