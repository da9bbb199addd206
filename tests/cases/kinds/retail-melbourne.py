#!/usr/bin/env python3
"""Sealed case: retail-melbourne (Jess Nguyen, store manager moving into corporate retail)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

NAME = "retail-melbourne"
MEL = "Australia/Melbourne"
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH_PRODID = "Microsoft Exchange Server 2010"


def build():
    now_s = "2026-04-15 10:30"
    me = Person("Jess Nguyen", "jess.nguyen@example.com.au", MEL, "webmail",
                sig="Jess Nguyen\nM 0412 555 318\nlinkedin.com/in/jessnguyen-retail",
                msgid_domain="mail.example.com.au")
    summary = (
        "Jess Nguyen, 29, manages a Banksia Living homewares store in Melbourne's north and is "
        "trying to move into corporate retail: merchandise planning, area management, customer "
        "experience. The mailbox runs from late February to Wednesday 15 April 2026, 10:30 AEST, "
        "across the end of daylight saving on 5 April (AEDT +11 to AEST +10) and the Easter "
        "long weekend; invitations come in NZ and Singapore time as well. A recruitment agency "
        "consultant places her with a client first left unnamed and later named, an assessment "
        "centre for a graduate-style leadership intake names its assessors without addresses, a "
        "former area manager puts in a word after a coffee, and Seek, Workday and Lever notices "
        "run beside the personal mail. Noise: rosters, casual interviews she runs herself, a "
        "supplier catch-up, her area manager's one-on-one, footy club, a Vietnamese-speaking "
        "mum, bills, receipts, newsletters and job alerts.")
    case = Case(NAME, "Store manager in Melbourne moving into corporate retail roles; agency, "
                "assessment centre, referrals and direct applications, mid-April 2026",
                {"name": "Jess Nguyen", "emails": [me.email], "phone": "+61 412 555 318",
                 "timezone": MEL},
                None, summary)
    case.me = me
    case.now = case.at(now_s)
    T = case.at

    # ---------------------------------------------------------------- people
    brodie = Person("Brodie Kavanagh", "brodie.kavanagh@hawthornpeople.com.au", MEL, "outlook",
                    region="ausprd01",
                    sig="Brodie Kavanagh\nSenior Consultant | Retail & Consumer\nHawthorn People\n"
                        "M 0433 555 207 | T (03) 9555 4410\nLevel 4, 520 Collins Street, "
                        "Melbourne VIC 3000\nhawthornpeople.com.au")
    hp_news = Person("Hawthorn People", "news@hawthornpeople.com.au", MEL, "auto", auto=True)
    mia = Person("Mia Lombardi", "mia.lombardi@kestrelhome.com.au", MEL, "outlook",
                 region="ausprd01",
                 sig="Mia Lombardi | Talent Acquisition Coordinator\nKestrel Home\n"
                     "88 Church Street, Richmond VIC 3121")
    naomi = Person("Naomi Fitzgerald", "naomi.fitzgerald@kestrelhome.com.au", MEL, "outlook",
                   region="ausprd01",
                   sig="Naomi Fitzgerald\nHead of Merchandise Planning\nKestrel Home\n"
                       "P (03) 9555 0188")
    tom = ("Tom Aherne", "tom.aherne@kestrelhome.com.au")
    kroom = ("RIC L3 Boardroom (12)", "ric-l3-boardroom@kestrelhome.com.au")
    workday = Person("Greengate Careers", "greengate@myworkday.com", "Australia/Sydney", "auto",
                     auto=True, msgid_domain="myworkday.com")
    ashleigh = Person("Ashleigh Tran", "ashleigh.tran@greengate.com.au", "Australia/Sydney",
                      "outlook", region="ausprd01",
                      sig="Ashleigh Tran (she/her)\nEarly Careers Coordinator | Talent Acquisition\n"
                          "Greengate Supermarkets\n"
                          "M 0422 555 960\nGadigal Country, 1 Bligh Lane, Sydney NSW 2000")
    seek = Person("SEEK", "noreply@seek.com.au", MEL, "auto", auto=True)
    seek_alerts = Person("SEEK Job Mail", "jobmail@s.seek.com.au", MEL, "auto", auto=True)
    kiri = Person("Kiri Walker", "kiri.walker@mossvale.com", "Pacific/Auckland", "outlook",
                  region="ausprd01",
                  sig="Kiri Walker\nTalent Partner – AU/NZ\nMossvale Energy\n"
                      "+64 21 555 0834 | Level 6, 22 Fanshawe Street, Auckland")
    lachlan = Person("Lachlan Price", "lachlan.price@mossvale.com", MEL, "outlook",
                     region="ausprd01",
                     sig="Lachlan Price\nHead of Customer Experience (AU)\nMossvale Energy")
    marnie = Person("Marnie Hollis", "marnie.hollis@summitandstone.com.au", MEL, "gmail",
                    sig="Marnie Hollis\nHead of Retail Operations\nSummit & Stone Outdoor\n"
                        "0417 555 662")
    weiling = Person("Wei Ling Koh", "weiling.koh@lumierebeauty.com", "Asia/Singapore", "outlook",
                     region="apcprd06",
                     sig="Wei Ling Koh\nHR Business Partner, APAC\nLumière Beauty Pte. Ltd.\n"
                         "+65 6555 2190")
    sophie = ("Sophie Tan", "sophie.tan@lumierebeauty.com")
    dean = Person("Dean Okoro", "dean.okoro@tallowood.com.au", MEL, "outlook", region="ausprd01",
                  sig="Dean Okoro\nGeneral Manager, Store Operations – VIC/TAS\nTallowood & Co.\n"
                      "M 0409 555 731")
    sharon = Person("Sharon Kelleher", "sharon.kelleher62@gmail.com", MEL, "gmail")
    tash = Person("Tash Bui", "tash.bui91@gmail.com", MEL, "gmail")
    tanya = Person("Tanya Ross", "tanya.ross@birchwoodpharmacy.com.au", MEL, "outlook",
                   region="ausprd01")
    lorna = Person("Lorna Beattie", "lorna@fernleighgardens.com.au", MEL, "gmail",
                   sig="Lorna Beattie\nRetail Operations Manager\nFernleigh Garden Centres\n"
                       "(03) 5955 4102")
    lever = Person("Cotton Road", "no-reply@hire.lever.co", MEL, "auto", auto=True,
                   msgid_domain="hire.lever.co")
    gemma = Person("Gemma Walsh", "gemma.walsh@cottonroad.com.au", MEL, "gmail",
                   sig="Gemma Walsh\nState Manager VIC\nCotton Road\nm. 0438 555 019")
    anthony = Person("Anthony Reyes", "anthony.reyes@baysidecellars.com.au", MEL, "outlook",
                     region="ausprd01",
                     sig="Anthony Reyes\nGeneral Manager – Customer\nBayside Cellars\n"
                         "(03) 9555 7321")
    ravi = Person("Ravi Menon", "ravi.menon@harvestlane.com.au", MEL, "gmail",
                  sig="Ravi Menon\nPlanning Manager, Fresh & Pantry | Harvest Lane")
    carolyn = Person("Carolyn Pike", "carolyn.pike@rowemutual.com.au", MEL, "outlook",
                     region="ausprd01",
                     sig="Carolyn Pike\nHead of Customer Experience\nRowe Mutual\n"
                         "T 03 9555 6600 | M 0419 555 284")
    # current job, store, personal
    greg = Person("Greg Lambert", "greg.lambert@banksialiving.com.au", MEL, "outlook",
                  region="ausprd01",
                  sig="Greg Lambert\nArea Manager – Victoria North\nBanksia Living\nM 0400 555 612")
    dylan = Person("Dylan Fraser", "dylanfraser.bl@gmail.com", MEL, "gmail")
    zoe = Person("Zoe Pham", "zoepham.05@gmail.com", MEL, "gmail")
    corey = Person("Corey Blaikie", "corey@coastallinen.com.au", MEL, "outlook", region="ausprd01",
                   sig="Corey Blaikie\nState Account Manager VIC/TAS\nCoastal Linen Co.\n"
                       "0418 555 447")
    rosterhq = Person("RosterHQ", "no-reply@rosterhq.com.au", MEL, "auto", auto=True)
    payroll = Person("Banksia Living Payroll", "payroll-noreply@banksialiving.com.au", MEL,
                     "auto", auto=True)
    staff1 = Person("Priya S", "priya.sandhu03@gmail.com", MEL, "gmail")
    mum = Person("Lan Nguyen", "lan.nguyen1958@gmail.com", MEL, "gmail", locale="vi")
    khoa = Person("Khoa Nguyen", "khoa.nguyen.88@gmail.com", MEL, "gmail")
    ellie = Person("Ellie Marchetti", "ellie.marchetti@gmail.com", MEL, "gmail")
    bec = Person("Bec Hollings", "secretary@northcoteparkfc.org.au", MEL, "gmail",
                 sig="Bec Hollings\nClub Secretary | Northcote Park FC\n"
                     "Go the Parkers!")
    tipping = Person("Footy Tips HQ", "noreply@footytipshq.com.au", MEL, "auto", auto=True)
    gp = Person("Clifton Hill Family Medical", "reception@chfamilymedical.com.au", MEL, "auto",
                msgid_domain="hotdoc-mailer.com.au")
    renee = Person("Renee Calleja", "renee@nelsonproperty.com.au", MEL, "outlook",
                   region="ausprd01",
                   sig="Renee Calleja\nProperty Manager\nNelson Property Group\n(03) 9555 8840")
    ampstream = Person("Ampstream Energy", "billing@ampstream.com.au", MEL, "auto", auto=True)
    kite = Person("Kite Mobile", "noreply@kitemobile.com.au", MEL, "auto", auto=True)
    pagemark = Person("Pagemark Books", "orders@pagemarkbooks.com.au", MEL, "auto", auto=True)
    goodgrub = Person("GoodGrub", "receipts@goodgrub.com.au", MEL, "auto", auto=True)
    retailbrief = Person("The Retail Brief", "hello@retailbrief.com.au", MEL, "auto", auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", MEL, "auto",
                      auto=True)
    movestudio = Person("Move Studio Fitzroy", "bookings@movestudio.com.au", MEL, "auto", auto=True)
    yarra = Person("Yarra Institute Short Courses", "shortcourses@yarrainstitute.edu.au", MEL,
                   "auto", auto=True)

    add = case.add
    R = {}  # root keys

    def thread(root, job, cat, company, note):
        case.thread(root, job, cat, company, note)

    # ======================================================================
    # Hawthorn People (agency) -> Kestrel Home
    # ======================================================================
    add("hp1", brodie, [me], "2026-03-10 09:47",
        """Hi Jess,

Hope you don't mind me reaching out of the blue. I came across your profile while working on a brief for one of my clients and reckon you'd be a really interesting fit.

They're a national homewares retailer (I can't name them just yet, the search is confidential at this stage) and they're building out their merchandise planning team at their Melbourne support office. They've said they're open to someone from the store side who understands how stock actually moves on the floor, which is rare for a planning team, so I thought of you straight away given your time running a large-format store.

Rough shape of it:
- Merchandise Planner, Living & Dining categories
- Permanent full time, hybrid (3 days in office, inner east)
- Package in the high 90s plus super and bonus

Would you be open to a confidential chat this week? If so, it'd help to have an up to date CV first.

Cheers,""",
        subject="Confidential – Merchandise Planner opportunity (homewares)")
    cv = make_pdf(["Jess Nguyen", "Store Manager, Banksia Living Northland (2022 - present)",
                   "Assistant Store Manager, Banksia Living Doncaster (2019 - 2022)",
                   "Retail Supervisor, Myer-style department store (2016 - 2019)",
                   "Certificate IV in Retail Management; Short course: Merchandise Planning",
                   "M 0412 555 318  jess.nguyen@example.com.au"])
    add("hp2", me, [brodie], "2026-03-10 21:12",
        """Hi Brodie,

Thanks for getting in touch - yes, definitely open to a chat. Planning is exactly the direction I've been trying to head in, so the timing is good.

My CV is attached. It's a bit store-heavy (obviously) but I've added the open-to-buy and range review work I've been doing with our planning team over the last 18 months.

I'm on the floor most days but can usually duck out for a call in the arvo.

Kind regards,""",
        parent="hp1", attachments=[("Jess_Nguyen_CV_2026.pdf", "application/pdf", cv)])
    add("hp3", brodie, [me], "2026-03-11 08:31",
        """Morning Jess,

Got it, thanks - that range review piece is exactly the kind of thing they'll want to hear about.

Would Thursday arvo suit for a call? I'm free from 2:30. I'll brief you properly on the client and the team then.

Brodie

Sent from my iPhone""",
        parent="hp2", sig=False)
    add("hp4", me, [brodie], "2026-03-11 12:05",
        """2:30 Thurs works. Best number is 0412 555 318.

Jess""",
        parent="hp3", sig=False)
    add("hp5", brodie, [me], "2026-03-24 16:40",
        """Hi Jess,

Good news! Client has reviewed your CV and wants to meet you. I can now tell you it's Kestrel Home - as we discussed on the phone, they're rebuilding the planning team after a restructure last year.

You'd be meeting Naomi Fitzgerald (Head of Merchandise Planning, she'd be your manager) and one of her senior planners. They've asked for Thursday 2 April at 10am at their support office, 88 Church St Richmond. Allow about an hour. Mia from their talent team will send you a calendar invite with all the details.

Expect a mix of behavioural questions and a bit of a numbers conversation - sell-through, weeks cover, that sort of thing. Nothing you don't already do every Monday morning.

Can you let me know that time works before I confirm back to them?

Thanks,
Brodie""",
        parent="hp4", sig=True)
    add("hp6", me, [brodie], "2026-03-24 19:58",
        """Hi Brodie - fantastic, thanks! Thurs 2/4 at 10 is fine, I'll swap my day off. Locked in.

Jess
Sent from my iPhone""",
        parent="hp5", sig=False)
    add("hp7", brodie, [me], "2026-04-02 18:05",
        """Jess,

Just off the phone with Naomi and she was really positive - she said you were the first candidate who actually talked about what the planning numbers mean for the store team. Big tick.

Straight up, they've got one more person to see next week (an internal) so it's not a done deal, but she told me they want to make a call by Thursday the 9th. I'll let you know as soon as I hear anything.

In the meantime could you send me two referees? Ideally a current or recent manager. Naomi will want to speak to them quickly if it goes your way.

Have a great Easter,
Brodie""",
        parent="hp6")
    add("hp8", me, [brodie], "2026-04-03 09:20",
        """Thanks Brodie, that's really great to hear!

Will do - I'll get you two referees by Wednesday. I just need to give my old area manager a heads up first, I don't want her getting a call out of nowhere.

Happy Easter to you too.

Jess""",
        parent="hp7", sig=False)
    add("hp9", me, [brodie], "2026-04-08 07:55",
        """Hi Brodie,

As promised, my two referees:

1. Sharon Kelleher - my area manager at Banksia Living 2021-2025 (now at Tallowood & Co.). 0402 555 196
2. Raj Pillai - State Planning Manager, Banksia Living (we worked together on the range reviews). 0411 555 853

Both know they may get a call. Let me know if you need anything else.

Cheers,""",
        parent="hp8")
    add("hp10", brodie, [me], "2026-04-08 07:55",
        """Thanks for your email.

I'm out of the office from Wednesday 8 April, returning Tuesday 14 April, with limited access to email.

For anything urgent please call the Hawthorn People office on (03) 9555 4410 and the team will help.

Brodie Kavanagh
Senior Consultant | Retail & Consumer""",
        subject="Automatic reply: Re: Confidential – Merchandise Planner opportunity (homewares)",
        parent="hp9", quote=False, sig=False, headers=OOO)
    R["hp"] = "hp1"
    thread("hp1", True, "recruiter", "Hawthorn People",
           "agency consultant; CV sent 10/3 and answered next morning; phone call Thu 12/3 14:30 "
           "(no end, 60 min), thanked 3/4; client named as Kestrel Home 24/3; after the 2/4 "
           "interview: 'they want to make a call by Thursday the 9th', another candidate next week; "
           "Jess promised referees 'by Wednesday' (8/4) and sent them 8/4 07:55; out-of-office "
           "returning Tue 14/4, so the callback counts from 14/4: due end of Thu 16/4")
    case.application("hp1", "hp2", brodie.email, answered_by="hp3")
    case.meeting("hp1", T("2026-03-12 14:30"), None, met=[brodie.email],
                 thanks={brodie.email: "hp8"}, what="agency phone call")
    case.promise("hp1", "hp7", brodie.email, "2026-04-09", back="2026-04-14")
    case.own_promise("hp1", "hp8", brodie.email, "2026-04-08", kept_by="hp9")

    # Kestrel invite (Outlook, from the coordinator, who does not attend)
    k_start, k_end = T("2026-04-02 10:00"), T("2026-04-02 11:00")
    k_desc = ("Hi Jess,\n\nLooking forward to welcoming you to Kestrel Home. You'll be meeting "
              "Naomi Fitzgerald (Head of Merchandise Planning) and Tom Aherne (Senior Merchandise "
              "Planner, Living).\n\nPlease come to Level 3 reception at 88 Church Street, "
              "Richmond and ask for Naomi. There's 2P street parking on Church St or Richmond "
              "station is a 6 minute walk.\n\nKind regards,\nMia")
    ics_k = make_ics(method="REQUEST", uid=uid_outlook(NAME, "kestrel"),
                     stamp=T("2026-03-25 11:14").astimezone(UTC), start=k_start, end=k_end,
                     summary="Kestrel Home | Merchandise Planner – Jess Nguyen",
                     organizer=mia,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (naomi, "ACCEPTED", "INDIVIDUAL"),
                                (tom, "ACCEPTED", "INDIVIDUAL"),
                                (kroom, "ACCEPTED", "ROOM")],
                     tzid="AUS Eastern Standard Time", location="RIC L3 Boardroom (12)",
                     description=k_desc, prodid=OUTLOOK_PRODID)
    add("k1", mia, [me], "2026-03-25 11:14", k_desc.replace("\\n", "\n"),
        subject="Kestrel Home | Merchandise Planner – Jess Nguyen", ics=ics_k,
        ics_mode="outlook", cc=[naomi], sig=False,
        html=html_of(k_desc))
    ics_k_reply = make_ics(method="REPLY", uid=uid_outlook(NAME, "kestrel"),
                           stamp=T("2026-03-25 12:40").astimezone(UTC), start=k_start, end=k_end,
                           summary="Kestrel Home | Merchandise Planner – Jess Nguyen",
                           organizer=mia, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                           tzid="AUS Eastern Standard Time",
                           prodid="-//Example Webmail//Calendar 4.2//EN")
    add("k2", me, [mia], "2026-03-25 12:40",
        "Jess Nguyen has accepted this invitation.",
        subject="Accepted: Kestrel Home | Merchandise Planner – Jess Nguyen", parent="k1",
        quote=False, sig=False, ics=ics_k_reply, ics_mode="attach")
    thread("k1", True, "interview", "Kestrel Home",
           "Outlook invite from the coordinator (organizer, not attending) for Thu 2/4 10:00-11:00 "
           "AEDT; Naomi and Tom attend, a boardroom as ROOM; Naomi thanked in a new thread, Tom "
           "never thanked")
    case.meeting("k1", k_start, k_end, met=[naomi.email, tom[1]],
                 thanks={naomi.email: "kn1"}, what="Kestrel interview")
    add("kn1", me, [naomi], "2026-04-02 15:42",
        """Dear Naomi,

Thank you for taking the time to meet with me this morning - I really enjoyed hearing how the planning team is being rebuilt and where you want to take the Living categories.

A few things that stuck with me after we spoke:
- The gap you described between the weekly trade report and what stores actually do with it is something I deal with every Monday from the other side.
- I've already been doing informal open-to-buy reviews with our state planner, so the numbers side wouldn't be a cold start.
- I'd love to bring the store voice into range reviews earlier.

I'm genuinely keen on the role and would be happy to provide anything else that helps.

Kind regards,""",
        subject="Thank you – Merchandise Planner conversation this morning")
    add("kn2", naomi, [me], "2026-04-02 19:10",
        """Hi Jess,

Thanks so much for the note, and for coming in. Brodie will keep you posted on next steps.

Naomi""",
        parent="kn1")
    thread("kn1", True, "interview", "Kestrel Home",
           "new-thread thank-you to Naomi, same afternoon; her reply names no date")

    add("hpn", hp_news, [me], "2026-03-19 07:00",
        """RETAIL & CONSUMER MARKET UPDATE - MARCH

Hiring intentions are holding up across retail support offices, with planning, buying and e-commerce roles the most in demand. Store leadership salaries rose 3.1% year on year.

Featured roles: Area Manager (Apparel, VIC), Planning Analyst (Grocery, NSW), Customer Experience Lead (Utilities, VIC/NZ).

Thinking about your next move? Book a career conversation with one of our consultants.

You are receiving this because you registered with Hawthorn People. Unsubscribe any time.""",
        subject="Retail & Consumer Market Update – March 2026",
        headers=bulk_headers("<market-update.hawthornpeople.com.au>",
                             "https://hawthornpeople.com.au/unsubscribe?u=jn5531"),
        html=html_of("Retail & Consumer Market Update - March 2026"))
    thread("hpn", False, None, "Hawthorn People", "agency newsletter; owes nothing")

    # ======================================================================
    # Greengate Supermarkets – Emerging Leaders Program (assessment centre)
    # ======================================================================
    gw1_txt = """Hi Jess,

Thank you for applying for the 2026 Emerging Leaders Program (Store to Support Office stream) - Melbourne.

We have received your application. Our Early Careers team reviews every application and will be in touch about next steps.

Kind regards,
Greengate Early Careers

This is an automated message from Workday. Please do not reply."""
    add("gw1", workday, [me], "2026-03-02 22:41", gw1_txt,
        subject="Greengate Supermarkets: Application received – Emerging Leaders Program 2026",
        html=html_of(gw1_txt), html_only=True, headers=AUTO)
    thread("gw1", True, "application", "Greengate Supermarkets",
           "Workday acknowledgement of a portal application; no person to write to")
    gw2_txt = """Hi Jess,

Good news - you've progressed to the next stage of the 2026 Emerging Leaders Program.

Please complete the online assessment (situational judgement and numerical reasoning, about 40 minutes) within 5 days using the link below. You can save and return at any time.

Start assessment

Greengate Early Careers
This is an automated message from Workday. Please do not reply."""
    add("gw2", workday, [me], "2026-03-05 12:02", gw2_txt,
        subject="Action required: Online assessment – Emerging Leaders Program 2026",
        html=html_of(gw2_txt), html_only=True, headers=AUTO)
    thread("gw2", True, "application", "Greengate Supermarkets",
           "Workday request to sit an online assessment; owes nothing")

    add("ac1", ashleigh, [me], "2026-03-17 10:12",
        """Hi Jess,

Congratulations! Based on your online assessment results, we'd love to invite you to our Melbourne Assessment Centre for the 2026 Emerging Leaders Program.

The assessment centre is a half day at our Store Support Centre (Tooronga Road, Glen Iris) and includes:
- Welcome and program overview
- Group exercise (a store trading scenario, in teams of five)
- A 30 minute one-on-one interview
- Site tour and Q&A with current Emerging Leaders

We have two sessions available:
- Tuesday 7 April, 1:00pm - 4:30pm
- Wednesday 8 April, 9:00am - 12:30pm

Please reply with your preferred session and I'll lock it in. Spots are limited so sooner is better!

Warm regards,""",
        subject="Invitation: Emerging Leaders Program – Melbourne Assessment Centre")
    add("ac2", me, [ashleigh], "2026-03-17 19:26",
        """Hi Ashleigh,

Thanks so much - I'm really pleased to be invited. The Wednesday 8 April morning session would suit me best please.

Kind regards,""",
        parent="ac1")
    ac_start, ac_end = T("2026-04-08 09:00"), T("2026-04-08 12:30")
    ac_desc = ("Greengate Emerging Leaders Program 2026 - Melbourne Assessment Centre\n\n"
               "Store Support Centre, 1 Tooronga Road, Glen Iris. Please sign in at ground floor "
               "reception from 8:45am with photo ID.\n\nAgenda\n9:00 Welcome (Leonie from "
               "Talent)\n9:20 Group exercise - observed by our assessors\n10:40 One-on-one "
               "interview: Marcus Webb, State Operations Manager VIC/TAS, and Priyanka Desai, "
               "Regional Manager Melbourne East\n11:30 Site tour and Q&A\n12:30 Close\n\nDress "
               "is smart casual. Morning tea provided.")
    ics_ac = make_ics(method="REQUEST", uid=uid_outlook(NAME, "greengate-ac"),
                      stamp=T("2026-03-18 09:05").astimezone(UTC), start=ac_start, end=ac_end,
                      summary="Greengate ELP Assessment Centre – Melbourne (Session 2)",
                      organizer=ashleigh, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time",
                      location="Greengate Store Support Centre, 1 Tooronga Rd, Glen Iris VIC",
                      description=ac_desc, prodid=EXCH_PRODID)
    add("ac3", ashleigh, [me], "2026-03-18 09:05",
        """Hi Jess,

You're locked in for Session 2 - Wednesday 8 April, 9:00am - 12:30pm (Melbourne time - and just a heads up that daylight saving finishes the weekend before, so double check your phone alarm!). I've sent a calendar hold with the agenda.

For your one-on-one you'll be chatting with Marcus Webb, our State Operations Manager for VIC/TAS, and Priyanka Desai, Regional Manager for Melbourne East. They're both ex-store managers so they'll enjoy hearing about Northland.

I'm based in our Sydney office so I won't be there on the day myself, but Leonie from our Talent team will look after you.

You'll also get a confirmation from Workday shortly.

Warm regards,""",
        parent="ac2", ics=ics_ac, ics_mode="attach")
    add("ac4", ashleigh, [me], "2026-04-07 14:30",
        """Hi Jess,

Just a quick reminder about tomorrow's assessment centre at Glen Iris - 9:00am start, please arrive from 8:45. Visitor parking is off Tooronga Rd behind the loading dock (follow the blue signs), or it's a short walk from Tooronga station.

Bring photo ID, and something to write with for the group exercise.

See you (virtually)!
Ashleigh""",
        parent="ac3", sig=False)
    add("ac5", ashleigh, [me], "2026-04-09 11:48",
        """Hi Jess,

Thank you for coming along to the assessment centre yesterday - Marcus and Priyanka both mentioned what a great energy the group had, and we really appreciate the time you gave us.

Our assessors are calibrating over the next week and we aim to let every candidate know the outcome by Friday 24 April. Successful candidates will then be invited to a final conversation with our Head of Retail Talent.

If you have any questions in the meantime, feel free to reach out.

Warm regards,""",
        parent="ac4")
    thread("ac1", True, "interview", "Greengate Supermarkets",
           "assessment centre: two sessions offered, Wed 8/4 09:00-12:30 AEST picked; Ashleigh "
           "arranged it from Sydney and did not attend; the one-on-one was with Marcus Webb and "
           "Priyanka Desai, whose addresses appear nowhere; no message from Jess to Ashleigh since; "
           "'we aim to let every candidate know ... by Friday 24 April' still ahead")
    case.meeting("ac1", ac_start, ac_end, met=[], unknown=["Marcus Webb", "Priyanka Desai"],
                 arranged_by=ashleigh.email, what="assessment centre")
    case.promise("ac1", "ac5", ashleigh.email, "2026-04-24")
    gw3_txt = """Hi Jess,

Your booking is confirmed:

Emerging Leaders Program 2026 - Melbourne Assessment Centre
Wednesday, 8 April 2026, 9:00 AM - 12:30 PM (AEST)
Greengate Store Support Centre, 1 Tooronga Road, Glen Iris VIC 3146

To view or manage your booking, sign in to your candidate home page.

Greengate Early Careers
This is an automated message from Workday. Please do not reply."""
    add("gw3", workday, [me], "2026-03-18 09:11", gw3_txt,
        subject="Booking confirmed: Assessment Centre – Wed 8 Apr 2026",
        html=html_of(gw3_txt), html_only=True, headers=AUTO)
    thread("gw3", True, "interview", "Greengate Supermarkets",
           "Workday booking confirmation for the assessment centre, no ICS")

    # ======================================================================
    # Summit & Stone – Area Manager (callback due)
    # ======================================================================
    sk_txt = """Your application was successfully submitted

Area Manager – Melbourne Metro
Summit & Stone Outdoor
Melbourne VIC

Submitted on 12 March 2026

What happens next? The employer will review your application. If they'd like to progress it, they'll contact you directly.

Track your applications in SEEK."""
    add("sk1", seek, [me], "2026-03-12 20:46", sk_txt,
        subject="Your application for Area Manager – Melbourne Metro was successfully submitted",
        html=html_of(sk_txt), html_only=True, headers=AUTO)
    thread("sk1", True, "application", "Summit & Stone Outdoor",
           "SEEK submission receipt; portal application")
    add("ss1", marnie, [me], "2026-03-19 13:05",
        """Hi Jess,

Thanks for applying for our Area Manager role through Seek - I've had a read of your CV and would love to have a conversation about it.

Would any of these work for a 45 min Zoom?
- Tue 24/3, 11am
- Thu 26/3, 2pm
- Fri 27/3, 9:30am

I'll be joined by nobody scary, it's just me for this round :)

Marnie""",
        subject="Area Manager – Melbourne Metro: a conversation?")
    add("ss2", me, [marnie], "2026-03-19 21:30",
        """Hi Marnie,

Lovely to hear from you. Thursday 26/3 at 2pm works well for me.

Kind regards,""",
        parent="ss1")
    add("ss3", marnie, [me], "2026-03-20 08:12",
        """Great - Thursday 26 March, 2:00 to 2:45pm it is. Here's the link:

https://summitandstone.zoom.us/j/84455519023?pwd=Z2x1YUpqS0
Meeting ID: 844 5551 9023
Passcode: 613207

See you then!
Marnie""",
        parent="ss2", sig=False)
    add("ss4", me, [marnie], "2026-03-26 18:22",
        """Hi Marnie,

Thank you for the conversation this afternoon. It was great to hear how you're thinking about the metro stores as a cluster rather than ten separate P&Ls, and how much of the Area Manager role is coaching store managers through the quiet months.

Why I think I'd be a good fit:
- I've run a $14m store through two fit-outs without losing trade
- Two of my 2ICs have gone on to run their own stores
- I'm an outdoors person myself (ask me about the Overland Track)

I'm really keen on this one. Thanks again for your time.

Kind regards,""",
        parent="ss3")
    add("ss5", marnie, [me], "2026-03-27 09:40",
        """Thanks Jess, really enjoyed it too.

I'm seeing two more people on Monday and then I'll sit down with our GM. I'll be in touch by Wednesday 1 April either way.

Have a good weekend
Marnie""",
        parent="ss4", sig=False)
    thread("ss1", True, "interview", "Summit & Stone Outdoor",
           "three slots offered, Thu 26/3 14:00-14:45 Zoom picked; thanked that evening; "
           "'I'll be in touch by Wednesday 1 April either way', two more candidates Monday; "
           "nothing from Summit & Stone since: callback due end of Fri 3/4")
    case.meeting("ss1", T("2026-03-26 14:00"), T("2026-03-26 14:45"), met=[marnie.email],
                 thanks={marnie.email: "ss4"}, what="Summit & Stone Zoom")
    case.promise("ss1", "ss5", marnie.email, "2026-04-01")

    # ======================================================================
    # Mossvale Energy – Customer Experience Lead (NZ time), own promise
    # ======================================================================
    mk_txt = """Your application was successfully submitted

Customer Experience Lead
Mossvale Energy
Melbourne VIC (Hybrid)

Submitted on 16 March 2026

The employer will review your application and contact you directly if you're shortlisted.

Track your applications in SEEK."""
    add("mk1", seek, [me], "2026-03-16 22:03", mk_txt,
        subject="Your application for Customer Experience Lead was successfully submitted",
        html=html_of(mk_txt), html_only=True, headers=AUTO)
    thread("mk1", True, "application", "Mossvale Energy",
           "SEEK submission receipt; portal application, no person named")
    add("mv1", kiri, [me], "2026-03-20 13:15",
        """Kia ora Jess,

Thanks for your application for the Customer Experience Lead role. Lachlan Price, our Head of CX for Australia, and I would like to set up a Teams interview with you.

We're across two time zones so I've put both below. Could you let me know which suits?

- Mon 30 March, 4:00pm NZDT (2:00pm AEDT)
- Tue 31 March, 12:00pm NZDT (10:00am AEDT)

It'll be about an hour. Teams invite to follow once we've picked a time.

Ngā mihi,""",
        subject="Customer Experience Lead – interview times")
    add("mv2", me, [kiri], "2026-03-20 18:44",
        """Hi Kiri,

Thanks for getting in touch! Tuesday 31 March at 10am my time (12pm yours) would be perfect.

Kind regards,""",
        parent="mv1")
    mv_start, mv_end = T("2026-03-31 10:00"), T("2026-03-31 11:00")
    mv_desc = ("Interview for Customer Experience Lead (AU) with Kiri Walker (Talent) and "
               "Lachlan Price (Head of CX).\n\n________________________________________________"
               "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Meeting ID: 421 555 883 019\nPasscode: q7RcV2")
    ics_mv = make_ics(method="REQUEST", uid=uid_outlook(NAME, "mossvale"),
                      stamp=T("2026-03-23 09:02").astimezone(UTC), start=mv_start, end=mv_end,
                      summary="Jess Nguyen / Mossvale – CX Lead",
                      organizer=kiri, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                                 (lachlan, "ACCEPTED", "INDIVIDUAL")],
                      tzid="New Zealand Standard Time", location="Microsoft Teams Meeting",
                      description=mv_desc, prodid=OUTLOOK_PRODID)
    add("mvi", kiri, [me, lachlan], "2026-03-23 11:02", mv_desc,
        subject="Jess Nguyen / Mossvale – CX Lead", ics=ics_mv, ics_mode="outlook", sig=False)
    thread("mvi", True, "interview", "Mossvale Energy",
           "Teams invite written in NZ time (12:00-13:00 NZDT = 10:00-11:00 AEDT Tue 31/3); "
           "Kiri and Lachlan both met and both thanked")
    case.meeting("mvi", mv_start, mv_end, met=[kiri.email, lachlan.email],
                 thanks={kiri.email: "mv3", lachlan.email: "ml1"}, what="Mossvale Teams")
    add("mv3", me, [kiri], "2026-03-31 13:25",
        """Hi Kiri,

Thank you for organising this morning and for your questions - I appreciated you explaining how the AU and NZ teams share the complaints backlog. It's made me even more interested in the role.

Kind regards,""",
        parent="mv2")
    add("mv4", kiri, [me], "2026-04-01 15:50",
        """Kia ora Jess,

Thanks for the lovely note. We're wrapping up interviews this week and a decision will be made by Friday 17 April - I'll be in touch then either way.

Ngā mihi,""",
        parent="mv3")
    thread("mv1", True, "interview", "Mossvale Energy",
           "Kiri offered two slots in NZDT and AEDT, Tue 31/3 picked; Kiri thanked in this thread; "
           "'a decision will be made by Friday 17 April' is still ahead")
    case.promise("mv1", "mv4", kiri.email, "2026-04-17")
    add("ml1", me, [lachlan], "2026-03-31 14:08",
        """Hi Lachlan,

Thank you for your time on Teams this morning. I really enjoyed the conversation about bringing the front-line view into the customer journey work, and it was good to hear you see retail experience as a strength for the role rather than a gap.

Following on from your question about the complaint-handling revamp at Northland: I'll clean out the customer details and send you the journey map we built by Friday week, 10 April.

Kind regards,""",
        subject="Thanks for this morning – Customer Experience Lead")
    add("ml2", lachlan, [me], "2026-03-31 16:30",
        """Hi Jess,

Appreciate the note. That would be great to see - no rush, whenever it's ready.

Cheers
Lachlan""",
        parent="ml1", sig=False)
    thread("ml1", True, "interview", "Mossvale Energy",
           "new-thread thank-you to Lachlan, with Jess's own promise to send the journey map 'by "
           "Friday week, 10 April'; nothing sent to Lachlan since: own promise due end of Fri 10/4")
    case.own_promise("ml1", "ml1", lachlan.email, "2026-04-10")

    # ======================================================================
    # Lumière Beauty – Singapore time; rejection after an unthanked interview
    # ======================================================================
    add("lb1", weiling, [me], "2026-03-30 12:20",
        """Dear Jess,

Thank you for your interest in the Customer Experience Manager, Australia role at Lumière Beauty. Our Regional CX Director, Sophie Tan, would like to have a video conversation with you.

Sophie is based in Singapore. Could you let me know if one of these would work (all Singapore time, GMT+8)?

- Tuesday 7 April, 1:00pm - 1:45pm
- Wednesday 8 April, 4:00pm - 4:45pm

I will send a Teams invitation once confirmed.

Best regards,""",
        subject="Customer Experience Manager (Australia) – video conversation with Sophie Tan")
    add("lb2", me, [weiling], "2026-03-30 20:05",
        """Dear Wei Ling,

Thank you for reaching out. Tuesday 7 April at 1pm Singapore time suits me (that's 3pm for me in Melbourne once our clocks go back).

Kind regards,""",
        parent="lb1")
    lb_start, lb_end = T("2026-04-07 15:00"), T("2026-04-07 15:45")
    lb_desc = ("Video conversation: Customer Experience Manager, Australia.\nInterviewer: Sophie "
               "Tan, Regional CX Director APAC.\n(Wei Ling will not be joining.)\n\n"
               "Microsoft Teams meeting\nMeeting ID: 389 555 102 774\nPasscode: Lb8mX3")
    ics_lb = make_ics(method="REQUEST", uid=uid_outlook(NAME, "lumiere"),
                      stamp=T("2026-03-31 10:02").astimezone(UTC), start=lb_start, end=lb_end,
                      summary="Lumière – Jess Nguyen – CX Manager AU",
                      organizer=weiling, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                                    (sophie, "ACCEPTED", "INDIVIDUAL")],
                      tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
                      description=lb_desc, prodid=OUTLOOK_PRODID)
    add("lbi", weiling, [me], "2026-03-31 07:02", lb_desc,
        subject="Lumière – Jess Nguyen – CX Manager AU", ics=ics_lb, ics_mode="outlook",
        sig=False)
    thread("lbi", True, "interview", "Lumière Beauty",
           "Teams invite in Singapore time, Tue 7/4 13:00-13:45 SGT = 15:00-15:45 AEST; only "
           "Sophie attended (address in the invite); she was never thanked")
    case.meeting("lbi", lb_start, lb_end, met=[sophie[1]], what="Lumière video")
    add("lb3", weiling, [me], "2026-04-08 10:15",
        """Dear Jess,

Thank you for speaking with Sophie yesterday. She is meeting the other shortlisted candidates this week and we will come back to you by Tuesday 14 April.

Best regards,""",
        parent="lb2")
    add("lb4", weiling, [me], "2026-04-10 16:40",
        """Dear Jess,

Thank you again for your time and interest in Lumière Beauty.

Sophie enjoyed your conversation very much. After a lot of consideration, we have decided to move forward with a candidate whose background is a closer match to the regional brand side of the role. This was a difficult decision.

We would be glad to keep your details on file for future CX roles in Australia, if you are happy for us to do so.

Wishing you all the best,""",
        parent="lb3")
    add("lb5", me, [weiling], "2026-04-10 20:12",
        """Dear Wei Ling,

Thanks for letting me know, and for being so clear about it. I'm disappointed but I understand. Yes please, do keep my details on file - I'd love to be considered for anything CX-related in Australia.

Kind regards,""",
        parent="lb4")
    thread("lb1", True, "rejection", "Lumière Beauty",
           "Wei Ling arranged the interview and did not attend; 'we will come back to you by "
           "Tuesday 14 April' ended by the rejection of Fri 10/4; Jess's reply thanks Wei Ling only")
    case.promise("lb1", "lb3", weiling.email, "2026-04-14", ended_by="lb4")

    # ======================================================================
    # Sharon (former area manager) coffee -> Dean at Tallowood
    # ======================================================================
    add("sh1", me, [sharon], "2026-03-23 20:31",
        """Hi Sharon!

Long time no see - hope the new gig is treating you well, I keep hearing good things.

I'm finally doing the thing I always said I'd do and looking at area manager and support office roles. Would you be up for a coffee sometime? I'd love to pick your brain on how you made the jump, and honestly you're the person whose advice I trust most on this.

My shout of course.

Jess x""",
        subject="Coffee soon?", sig=False)
    add("sh2", sharon, [me], "2026-03-24 06:52",
        """Jess!! About time!!

Would love to. Friday 27th works for me before work - say 7.45 at Patricia on Little Bourke? I've got a 9am in the city so I can do till about 8.45.

S

Sent from my iPhone""",
        parent="sh1")
    add("sh3", me, [sharon], "2026-03-24 07:30",
        """Perfect, see you Friday 7.45. I'll be the one who looks like she's been doing Easter stock takes.

J""",
        parent="sh2", sig=False)
    thread("sh1", True, "networking", "Tallowood & Co.",
           "coffee with her former area manager, Fri 27/3 07:45-08:45 AEDT, agreed in words; "
           "thanked in a new thread; last exchange Fri 27/3, so the first touch falls due end of "
           "Fri 10/4 and nothing has passed between them since")
    case.meeting("sh1", T("2026-03-27 07:45"), T("2026-03-27 08:45"), met=[sharon.email],
                 thanks={sharon.email: "st1"}, networking=True, what="coffee with Sharon")
    add("st1", me, [sharon], "2026-03-27 10:05",
        """Hi Sharon,

Thank you so much for this morning. I came away with a much clearer head - especially your point that area managers get hired for how they grow other managers, not how good their own store numbers are. I'm going to rework my CV around that.

And thanks for offering to mention me to Dean. No pressure at all, but I'd really appreciate it.

Next coffee's definitely on me too.

Jess""",
        subject="Thank you for this morning!", sig=False)
    add("st2", sharon, [me], "2026-03-27 18:47",
        """Pleasure love. You're more ready than you think.

Leave it with me re Dean - I'll put a word in. He's a good egg.

S x""",
        parent="st1")
    thread("st1", True, "networking", "Tallowood & Co.",
           "new-thread thank-you to Sharon after the coffee; her reply (undated) offers to put a "
           "word in")
    add("dn1", dean, [me], "2026-03-31 14:22",
        """Hi Jess,

Sharon Kelleher passed on your details and spoke very highly of you - she says you ran the best-presented store in her area for three years running.

We're about to recruit an Area Manager for our south-east Melbourne stores (six doors, Chadstone to Frankston) and I'd like to have a chat before it goes to market. Not a formal interview, more a chance for both of us to see if it's worth taking further.

Could you do 20-30 minutes by phone next week? I'm fairly flexible Wednesday to Friday.

Regards,""",
        subject="Sharon Kelleher suggested we talk")
    add("dn2", me, [dean], "2026-04-01 08:15",
        """Hi Dean,

Thanks so much for reaching out - Sharon's very generous! I'd love to have a chat.

Thursday 9 April would be ideal for me, any time between 12 and 2. Does 12:30 work?

Kind regards,""",
        parent="dn1")
    add("dn3", dean, [me], "2026-04-01 11:40",
        """Jess, Thursday 9th at 12.30 suits. Give me a ring on my mobile (below) when you're ready.

Dean""",
        parent="dn2")
    add("dn4", me, [dean], "2026-04-09 09:02",
        """Hi Dean, thanks again for making the time today. I'll ring you at 12:30.

Jess""",
        parent="dn3", sig=False)
    thread("dn1", True, "interview", "Tallowood & Co.",
           "referral from Sharon: 'not a formal interview' about the Area Manager role; Jess rang "
           "Dean Thu 9/4 12:30 (no end, 60 min); her only thanks came that morning before the call")
    case.meeting("dn1", T("2026-04-09 12:30"), None, met=[dean.email], what="call with Dean")

    # ======================================================================
    # Birchwood Pharmacy – application to a person, out-of-office
    # ======================================================================
    add("tb1", tash, [me], "2026-03-27 17:58",
        """saw this and thought of you!! Kylie from my netball knows the planning manager, apparently she's lovely and prefers people just email her directly instead of going through the website. Her email's in the ad.

x

---------- Forwarded message ---------
From: Birchwood Pharmacy Group <careers@birchwoodpharmacy.com.au>
Date: Thu, 26 Mar 2026 at 4:02 pm
Subject: We're hiring: Assistant Merchandise Planner
To: <tash.bui91@gmail.com>

Assistant Merchandise Planner - Support Office, Mulgrave

Join our planning team and help put the right products in 140 pharmacies. You'll support category planners across health, beauty and seasonal, build weekly trade reports and work with store teams on allocation.

Store experience highly regarded.

To apply, send your CV and a short cover note to Tanya Ross, Planning Manager: tanya.ross@birchwoodpharmacy.com.au""",
        subject="Fwd: We're hiring: Assistant Merchandise Planner")
    add("tb2", me, [tash], "2026-03-27 21:10",
        """omg thank you!! That sounds perfect actually. Will send something over the weekend. Owe you a marg xx""",
        parent="tb1", sig=False)
    thread("tb1", True, "application", "Birchwood Pharmacy Group",
           "a friend forwards an ad naming the planning manager's address; owes nothing itself")
    add("bw1", me, [tanya], "2026-03-30 20:05",
        """Dear Tanya,

Please find attached my application for the Assistant Merchandise Planner role at Birchwood's support office.

I've managed Banksia Living's Northland store for the past four years, and for the last 18 months I've worked closely with our state planning manager on weekly open-to-buy reviews, range reviews and allocation for our seasonal categories. I'd love to bring that store-side understanding of how allocation decisions land on the shop floor to your team.

I'd welcome the chance to talk about the role.

Kind regards,""",
        subject="Application – Assistant Merchandise Planner (Jess Nguyen)",
        attachments=[("Jess_Nguyen_CV_2026.pdf", "application/pdf", cv)])
    add("bw2", tanya, [me], "2026-03-30 20:05",
        """Hi,

Thanks for your email. I'm on leave until Tuesday 7 April and won't be checking emails.

For urgent planning matters please contact Deb Kaur on deb.kaur@birchwoodpharmacy.com.au.

Tanya Ross
Planning Manager | Birchwood Pharmacy Group""",
        subject="Automatic reply: Application – Assistant Merchandise Planner (Jess Nguyen)",
        parent="bw1", quote=False, sig=False, headers=OOO)
    thread("bw1", True, "application", "Birchwood Pharmacy Group",
           "application with CV emailed to Tanya Mon 30/3; only her out-of-office answered "
           "(back Tue 7/4); no person from Birchwood has written since: follow-up due end of "
           "Wed 8/4 (7 business days)")
    case.application("bw1", "bw1", tanya.email)

    # ======================================================================
    # Fernleigh Garden Centres – emailed application, gentle rejection
    # ======================================================================
    add("fg1", me, [lorna], "2026-03-04 21:40",
        """Hi Lorna,

I saw your post on the Fernleigh Facebook page about a Retail Operations Coordinator role and I would like to be considered for it. My CV is attached.

I'm currently a store manager with Banksia Living and I've been a Fernleigh customer for years (my balcony is mostly your fault).

Kind regards,""",
        subject="Retail Operations Coordinator role",
        attachments=[("Jess_Nguyen_CV.pdf", "application/pdf", cv)])
    add("fg2", lorna, [me], "2026-03-12 15:18",
        """Hi Jess,

Thanks for getting in touch and for being such a loyal customer - that made my day!

We had a huge response to the post and in the end we've gone with someone who's already been doing ops for us part time. I'm sorry it's not better news. Your CV is really impressive though and I'd encourage you to keep an eye on our socials for anything in the future.

All the best,""",
        parent="fg1")
    add("fg3", me, [lorna], "2026-03-12 19:02",
        """Thanks Lorna, I appreciate you letting me know personally. All the best with the new hire!

Jess""",
        parent="fg2", sig=False)
    thread("fg1", True, "rejection", "Fernleigh Garden Centres",
           "application emailed to Lorna 4/3; she declined 12/3; ended")
    case.application("fg1", "fg1", lorna.email, answered_by="fg2")

    # ======================================================================
    # Cotton Road – Lever notices; interview moved later, still ahead
    # ======================================================================
    lv1_txt = """Hi Jess,

Thanks for applying to Cotton Road! We've received your application for Area Manager - Victoria and our team will review it shortly.

Best,
The Cotton Road Talent Team

Powered by Lever"""
    add("lv1", lever, [me], "2026-04-01 21:15", lv1_txt,
        subject="Thanks for applying to Cotton Road", html=html_of(lv1_txt), html_only=True,
        headers=AUTO)
    thread("lv1", True, "application", "Cotton Road",
           "Lever acknowledgement of a portal application")
    lv2_txt = """Hi Jess,

Your interview for Area Manager - Victoria at Cotton Road is confirmed.

When: Tuesday, April 14, 2026 at 11:00 AM AEST (45 minutes)
Where: Cotton Road Head Office, 210 Gertrude Street, Fitzroy VIC 3065
Interviewer: Gemma Walsh, State Manager VIC (gemma.walsh@cottonroad.com.au)

If you need to reschedule, please reply to your interviewer directly.

Good luck!
The Cotton Road Talent Team

Powered by Lever"""
    add("lv2", lever, [me], "2026-04-07 10:30", lv2_txt,
        subject="Interview confirmed: Area Manager - Victoria at Cotton Road",
        html=html_of(lv2_txt), html_only=True, headers=AUTO)
    thread("lv2", True, "interview", "Cotton Road",
           "Lever confirmation (no ICS) for Tue 14/4 11:00 naming Gemma with her address; moved "
           "to Fri 17/4 in Gemma's own thread, so nothing took place on the 14th")
    case.meeting("lv2", T("2026-04-14 11:00"), T("2026-04-14 11:45"), met=[gemma.email],
                 status="moved", what="Cotton Road (moved)")
    add("cr1", gemma, [me], "2026-04-10 08:50",
        """Hi Jess,

Gemma from Cotton Road here - I'm meant to be seeing you Tuesday at 11. Something's come up with a store opening that day and I'd rather give you my full attention than half of it.

Could we push to Friday 17/4, same time, same place? Really sorry about the shuffle.

Gemma""",
        subject="Tuesday's interview – could we move it?")
    add("cr2", me, [gemma], "2026-04-10 09:37",
        """Friday works!

Jess
Sent from my iPhone""",
        parent="cr1", sig=False)
    add("cr3", gemma, [me], "2026-04-10 10:02",
        """Legend, see you Friday 17th at 11. Just ask for me at reception.

G""",
        parent="cr2", sig=False)
    thread("cr1", True, "interview", "Cotton Road",
           "interview moved from Tue 14/4 to Fri 17/4 11:00 by a two-word reply; still ahead")
    case.meeting("cr1", T("2026-04-17 11:00"), T("2026-04-17 11:45"), met=[gemma.email],
                 status="scheduled", what="Cotton Road")

    # ======================================================================
    # Bayside Cellars – invite then cancellation
    # ======================================================================
    bc_start, bc_end = T("2026-04-09 11:00"), T("2026-04-09 11:45")
    bc_desc = ("Hi Jess - looking forward to chatting about the Customer Experience Manager role. "
               "I'll call you on Teams.\n\nAnthony")
    ics_bc = make_ics(method="REQUEST", uid=uid_outlook(NAME, "bayside"),
                      stamp=T("2026-04-02 16:20").astimezone(UTC), start=bc_start, end=bc_end,
                      summary="Chat – Customer Experience Manager (Jess Nguyen)",
                      organizer=anthony, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time", location="Microsoft Teams Meeting",
                      description=bc_desc, prodid=OUTLOOK_PRODID)
    add("bc1", anthony, [me], "2026-04-02 16:20", bc_desc,
        subject="Chat – Customer Experience Manager (Jess Nguyen)", ics=ics_bc,
        ics_mode="outlook", sig=False)
    thread("bc1", True, "interview", "Bayside Cellars",
           "Outlook invite for Thu 9/4 11:00-11:45, cancelled on 8/4 (own thread)")
    case.meeting("bc1", bc_start, bc_end, met=[anthony.email], status="cancelled",
                 what="Bayside Cellars (cancelled)")
    ics_bcx = make_ics(method="CANCEL", uid=uid_outlook(NAME, "bayside"),
                       stamp=T("2026-04-08 13:05").astimezone(UTC), start=bc_start, end=bc_end,
                       summary="Canceled: Chat – Customer Experience Manager (Jess Nguyen)",
                       organizer=anthony, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                       tzid="AUS Eastern Standard Time", sequence=1, status="CANCELLED",
                       prodid=OUTLOOK_PRODID)
    add("bc2", anthony, [me], "2026-04-08 13:05",
        """Jess, apologies - we've had to put the CX Manager role on hold while we work through a restructure of the customer team. I'm cancelling tomorrow's chat for now. If it comes back I'll be in touch, you were on the shortlist.

Anthony""",
        subject="Canceled: Chat – Customer Experience Manager (Jess Nguyen)", ics=ics_bcx,
        ics_mode="outlook", sig=False, headers={"Importance": "High"})
    thread("bc2", True, "interview", "Bayside Cellars",
           "ICS CANCEL: role on hold, undated 'if it comes back I'll be in touch'")

    # ======================================================================
    # Harvest Lane – 15 minutes on planning; no-show, redo ahead
    # ======================================================================
    add("hl1", me, [ravi], "2026-04-02 20:50",
        """Hi Ravi,

We haven't met - I'm a store manager at Banksia Living and I've been reading your posts about fresh forecasting on LinkedIn (the one about bananas and public holidays was brilliant).

I'm trying to move from stores into planning and I'd be really grateful for 15 minutes of your time to hear what a planning week actually looks like at Harvest Lane. Happy to work around you, early mornings are fine.

Kind regards,""",
        subject="15 minutes on life in planning?")
    add("hl2", ravi, [me], "2026-04-03 10:12",
        """Hi Jess, happy to! Bananas are my specialist subject.

How's Tue 7/4 at 8:15? I'll send a Meet link.

Ravi""",
        parent="hl1", sig=False)
    rv_start, rv_end = T("2026-04-07 08:15"), T("2026-04-07 08:30")
    ics_rv = make_ics(method="REQUEST", uid=uid_google(NAME, "ravi"),
                      stamp=T("2026-04-03 10:15").astimezone(UTC), start=rv_start, end=rv_end,
                      summary="Jess / Ravi – planning chat",
                      organizer=ravi, attendees=[(ravi, "ACCEPTED", "INDIVIDUAL"),
                                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=MEL, location="https://meet.google.com/vqe-mbzk-rts",
                      description="Join with Google Meet: https://meet.google.com/vqe-mbzk-rts")
    add("hli", ravi, [me], "2026-04-03 10:15",
        """Ravi Menon has invited you to an event.

Jess / Ravi – planning chat
Tuesday 7 Apr 2026 ⋅ 8:15am – 8:30am (Australian Eastern Standard Time - Melbourne)
Join with Google Meet: meet.google.com/vqe-mbzk-rts

Reply for jess.nguyen@example.com.au: Yes / No / Maybe""",
        subject="Invitation: Jess / Ravi – planning chat @ Tue 7 Apr 2026 8:15am - 8:30am "
                "(AEST) (jess.nguyen@example.com.au)",
        ics=ics_rv, ics_mode="google", headers=GCAL, sig=False)
    thread("hli", True, "networking", "Harvest Lane",
           "Google invite for Tue 7/4 08:15-08:30; Ravi never joined")
    case.meeting("hli", rv_start, rv_end, met=[ravi.email], status="noshow", networking=True,
                 what="Ravi no-show")
    add("hl3", ravi, [me], "2026-04-07 09:04",
        """Jess I'm so sorry - got pulled into a trade meeting at 8 and it ran over, totally blew it. Can we redo Thursday 16th, same time? I promise to actually turn up.

Ravi

Sent from my Pixel""",
        parent="hl2", sig=False)
    add("hl4", me, [ravi], "2026-04-07 09:40",
        """No worries at all, it's that time of year! Thurs 16th 8:15 is fine.

Jess""",
        parent="hl3", sig=False)
    thread("hl1", True, "networking", "Harvest Lane",
           "cold ask for 15 minutes on planning; Ravi missed the Tue 7/4 call and moved it to "
           "Thu 16/4 08:15, still ahead")
    case.meeting("hl1", T("2026-04-16 08:15"), T("2026-04-16 08:30"), met=[ravi.email],
                 status="scheduled", networking=True, what="Ravi redo")

    # ======================================================================
    # Carolyn Pike – mentoring lunch, thanked and touched again
    # ======================================================================
    add("cp1", carolyn, [me], "2026-03-18 12:40",
        """Hi Jess,

The Women in Retail Leadership program has matched us for the autumn mentoring round - I'm delighted, I started on a shop floor myself a long time ago.

Shall we start with lunch? I could do next Wednesday 25th, 12.30, somewhere near Collins St. I'll book Higher Ground unless you have a better idea.

Best,
Carolyn""",
        subject="Mentoring – lunch next week?", sig=False)
    add("cp2", me, [carolyn], "2026-03-18 19:15",
        """Hi Carolyn,

I'm so glad we were matched! Wednesday 25th at 12.30 at Higher Ground sounds great - see you there.

Kind regards,""",
        parent="cp1")
    add("cp3", me, [carolyn], "2026-03-25 20:40",
        """Hi Carolyn,

Thank you for lunch today and for being so generous with your time and stories. Your advice about treating customer experience as "operations with empathy" is going straight on a post-it on my monitor.

I'll read the Forrester piece you mentioned and let you know what I think.

Kind regards,""",
        parent="cp2")
    add("cp4", carolyn, [me], "2026-03-26 08:05",
        """My pleasure Jess, I enjoyed it. Keep me posted on how the applications go.

Carolyn""",
        parent="cp3", sig=False)
    thread("cp1", True, "networking", "Rowe Mutual",
           "mentoring lunch Wed 25/3 12:30 (no end, 60 min), thanked that evening; Jess touched "
           "again on 8/4 in a new thread and Carolyn replied 9/4, so the next touch is not due "
           "until 24/4")
    case.meeting("cp1", T("2026-03-25 12:30"), None, met=[carolyn.email],
                 thanks={carolyn.email: "cp3"}, networking=True, what="Carolyn lunch")
    add("cq1", me, [carolyn], "2026-04-08 21:05",
        """Hi Carolyn,

I finally read that Forrester report on CX and frontline staff - the bit about effort scores dropping when staff are allowed to fix things without escalating was exactly what we saw at Northland when I gave the team a $50 goodwill limit.

Hope Easter was restful. I've got a couple of interviews in the mix, will let you know how they land.

Jess""",
        subject="That CX report you mentioned", sig=False)
    add("cq2", carolyn, [me], "2026-04-09 07:48",
        """Love that you tested it in real life - that's a great interview story, use it!

Fingers crossed for you.
C""",
        parent="cq1", sig=False)
    thread("cq1", True, "networking", "Rowe Mutual",
           "Jess's touch after the mentoring lunch; Carolyn replied next morning")

    # ======================================================================
    # Current job (Banksia Living): area manager, casual interviews, supplier, team
    # ======================================================================
    g_start, g_end = T("2026-04-07 14:00"), T("2026-04-07 14:30")
    ics_g = make_ics(method="REQUEST", uid=uid_outlook(NAME, "greg-1on1"),
                     stamp=T("2026-03-31 17:10").astimezone(UTC), start=g_start, end=g_end,
                     summary="Catch up – Jess / Greg (post-Easter trade)",
                     organizer=greg, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="AUS Eastern Standard Time", location="Northland store office",
                     description="Quick catch up on Easter trade, markdowns and Q4 targets.",
                     prodid=OUTLOOK_PRODID)
    add("gl1", greg, [me], "2026-03-31 17:10",
        "Quick catch up on Easter trade, markdowns and Q4 targets.",
        subject="Catch up – Jess / Greg (post-Easter trade)", ics=ics_g, ics_mode="outlook",
        sig=False)
    add("gl2", greg, [me], "2026-04-08 08:20",
        """Hi Jess,

Thanks for the catch up yesterday, good session. Can you send me the winter markdown plan for Northland by end of week? Want to get it to Raj before the state meeting.

Greg""",
        parent="gl1")
    add("gl3", me, [greg], "2026-04-08 12:10",
        """No worries Greg, I'll have it to you by Friday.

Jess""",
        parent="gl2", sig=False)
    add("gl4", me, [greg], "2026-04-10 15:45",
        """Hi Greg,

Markdown plan attached. Main calls are the throw rugs (too deep) and outdoor dining (clear by end of May).

Jess""",
        parent="gl3", sig=False,
        attachments=[("Northland_Winter_Markdown_Plan.pdf", "application/pdf",
                      make_pdf(["Northland - Winter markdown plan", "Throws -30% wk 2",
                                "Outdoor dining -40% clear by 31/5"]))])
    thread("gl1", False, None, "Banksia Living",
           "her current area manager's one-on-one Tue 7/4 and a work request she met on 10/4; "
           "current job, not job search")
    case.meeting("gl1", g_start, g_end, met=[greg.email], job=False, what="1:1 with Greg")
    case.own_promise("gl1", "gl3", greg.email, "2026-04-10", kept_by="gl4", job=False)

    add("dy1", dylan, [me], "2026-03-20 16:33",
        """Hey Jess

I've lined up 4 for the casual interviews next Saturday (28th) - 2 from the Seek ad and 2 walk ins. Can you do 10 till 12 in the office? I'll sit in on the first two then I need to get back on the floor for the delivery.

Candidates:
10:00 Zoe Pham
10:30 Marcus T
11:00 Amira Haddad
11:30 Josh (surname on his resume, its in the folder)

D""",
        subject="casual interviews sat", sig=False)
    add("dy2", me, [dylan], "2026-03-20 19:01",
        """Legend, thanks Dylan. 10-12 works, I'll swap my Sat shift around. Can you print the interview guide?

J""",
        parent="dy1", sig=False)
    add("dy3", dylan, [me], "2026-03-21 09:14",
        """done 👍""",
        parent="dy2", sig=False)
    thread("dy1", False, None, "Banksia Living",
           "casual interviews Jess runs at her store Sat 28/3; she is the interviewer")
    case.meeting("dy1", T("2026-03-28 10:00"), T("2026-03-28 12:00"), job=False,
                 what="casual interviews (Jess interviewing)")

    add("zp1", zoe, [me], "2026-03-28 14:20",
        """Hi Jess,

Thank you so much for the interview this morning! I really enjoyed hearing about the team and I'm super keen on the weekend shifts. I'm available Fri nights and all day Sat/Sun during semester.

Thanks again,
Zoe Pham
0468 555 213""",
        subject="Thank you - casual sales assistant interview")
    add("zp2", me, [zoe], "2026-03-28 17:05",
        """Hi Zoe,

Thanks for coming in, it was great to meet you. I'm finishing the other interviews today and I'll let you know by Wednesday either way.

Jess Nguyen
Store Manager, Banksia Living Northland""",
        parent="zp1", sig=False)
    add("zp3", me, [zoe], "2026-04-01 10:30",
        """Hi Zoe,

Good news - I'd love to offer you a casual role with us! Dylan will be in touch about your induction and first shifts, probably starting the Saturday after Easter.

Welcome to the team!
Jess""",
        parent="zp2", sig=False)
    add("zp4", zoe, [me], "2026-04-01 12:02",
        """OMG yay!! Thank you so much, I can't wait 😊

Zoe""",
        parent="zp3", sig=False)
    thread("zp1", False, None, "Banksia Living",
           "a casual applicant Jess interviewed thanks her; Jess's 'by Wednesday' promise kept "
           "1/4; hiring side of her current job")
    case.own_promise("zp1", "zp2", zoe.email, "2026-04-01", kept_by="zp3", job=False)

    add("cl1", corey, [me], "2026-03-16 11:02",
        """Hi Jess,

Hope trade's been kind. Are you free for a catch up this week to walk through the winter bedding range? I can bring samples of the new flannelette and the waffle throws. Thursday morning at the store?

Cheers,""",
        subject="Winter range catch up")
    add("cl2", me, [corey], "2026-03-16 13:45",
        """Hi Corey, Thursday 19th at 10 in store works. Come to the back dock, we've got a delivery at 9.

Jess""",
        parent="cl1", sig=False)
    add("cl3", corey, [me], "2026-03-19 15:20",
        """Thanks for your time this morning Jess. As discussed I'll get the updated pricing for the flannelette sets across by next Friday (27th).

Cheers,""",
        parent="cl2")
    add("cl4", corey, [me], "2026-03-26 10:11",
        """Hi Jess, updated pricing attached as promised. Let me know if you want to lock in quantities before the end of the month.

Cheers,""",
        parent="cl3",
        attachments=[("CoastalLinen_Winter26_Pricing.pdf", "application/pdf",
                      make_pdf(["Coastal Linen Co. - Winter 2026 pricing",
                                "Flannelette sheet set Q $39.00 cost"]))])
    thread("cl1", False, None, "Coastal Linen Co.",
           "supplier catch-up at her store Thu 19/3 and a pricing promise kept; current job")
    case.meeting("cl1", T("2026-03-19 10:00"), None, met=[corey.email], job=False,
                 what="supplier catch-up")
    case.promise("cl1", "cl3", corey.email, "2026-03-27", job=False)

    add("tm1", me, [staff1, dylan], "2026-03-30 21:15",
        """Hi team,

Quick one - team meeting this Thursday 2/4 at 7am before open to run through Easter trade, the long weekend roster and the new click & collect process. Brekkie's on me (Banjo's).

If you can't make it let me know and I'll catch you up separately.

Jess""",
        subject="Team meeting Thurs 7am – Easter", sig=False)
    add("tm2", staff1, [me], "2026-03-30 21:48",
        """Hey Jess, I've got a uni prac on Thursday morning sorry!! Can you fill me in on Friday?

Priya""",
        parent="tm1", sig=False)
    add("tm3", me, [staff1], "2026-03-31 07:10",
        """All good Priya, I'll run you through it Friday arvo.""",
        parent="tm2", sig=False)
    thread("tm1", False, None, "Banksia Living",
           "store team meeting before open; current job")
    case.meeting("tm1", T("2026-04-02 07:00"), T("2026-04-02 07:45"), job=False,
                 what="store team meeting")

    for i, (wc, sent) in enumerate([("16/03/2026", "2026-03-13 17:00"),
                                    ("30/03/2026", "2026-03-27 17:00"),
                                    ("13/04/2026", "2026-04-10 17:00")]):
        txt = ("Your roster for Banksia Living Northland, week commencing %s, has been "
               "published.\n\nShifts: 5 | Hours: 38.0\n\nOpen the RosterHQ app to view or swap "
               "shifts." % wc)
        add("ro%d" % i, rosterhq, [me], sent, txt,
            subject="Roster published – week commencing %s" % wc, html=html_of(txt),
            html_only=True, headers=AUTO)
        thread("ro%d" % i, False, None, "RosterHQ", "roster notice")
    txt = ("Your payslip for the period ending 29/03/2026 is now available in Employee "
           "Self Service.\n\nThis mailbox is not monitored.")
    add("pay1", payroll, [me], "2026-04-01 06:00", txt,
        subject="Your payslip is ready", headers=AUTO)
    thread("pay1", False, None, "Banksia Living", "payslip notice")

    # ======================================================================
    # Family and friends
    # ======================================================================
    add("mu1", mum, [me], "2026-03-06 19:22",
        """Con ơi,

Chủ nhật này con có về ăn cơm không? Mẹ nấu bún bò. Khoa với Linh cũng về.

Nhớ mang cái hộp nhựa lần trước về cho mẹ nha.

Mẹ""",
        subject="Chủ nhật", sig=False)
    add("mu2", me, [mum], "2026-03-06 21:03",
        """Dạ con về mẹ ơi, khoảng 12 giờ. Con nhớ mang hộp rồi 😂

Love you""",
        parent="mu1", sig=False)
    thread("mu1", False, None, None, "mum, Sunday lunch, in Vietnamese")
    add("mu3", mum, [me], "2026-03-30 10:05",
        """Con ơi, Chủ nhật Phục Sinh đi lễ 9 giờ ở nhà thờ Richmond rồi về nhà Khoa ăn trưa. Con có đi làm không?

Mẹ""",
        subject="Lễ Phục Sinh", sig=False)
    add("mu4", me, [mum], "2026-03-30 20:40",
        """Con làm ca sáng Thứ Bảy thôi mẹ, Chủ nhật con đi lễ với mẹ được. Con đón mẹ lúc 8 giờ 30 nha.

Also mum I have a big interview on Thursday, pray for me ok 🙏""",
        parent="mu3", sig=False)
    add("mu5", mum, [me], "2026-03-30 21:15",
        """Mẹ cầu nguyện cho con. Con giỏi lắm. Good luck!!!

Mẹ""",
        parent="mu4", sig=False)
    thread("mu3", False, None, None, "mum, Easter mass and lunch, Vietnamese and English")
    add("kh1", khoa, [me], "2026-03-31 12:33",
        """Oi. Easter Monday - Pies v Dees at the G? I've got a spare, Linh's working. 3.20 bounce.

K""",
        subject="Easter Monday", sig=False)
    add("kh2", me, [khoa], "2026-03-31 18:02",
        """YES. I'm off Monday for once. I'll meet you at the Punt Rd end. Not wearing black and white tho""",
        parent="kh1", sig=False)
    add("kh3", khoa, [me], "2026-03-31 18:10",
        """traitor. see u there""",
        parent="kh2", sig=False)
    thread("kh1", False, None, None, "brother, footy on Easter Monday")
    add("el1", ellie, [me, tash], "2026-03-09 11:45",
        """Ladies!!! Sunday brunch for my birthday - 22nd, 10am, Industry Beans Fitzroy. No gifts (I mean it, Tash). Just come hungry.

El xx""",
        subject="Birthday brunch 🥳", sig=False)
    add("el2", tash, [ellie, me], "2026-03-09 12:10",
        """I'm getting you a gift and you can't stop me. IN 🙌""",
        parent="el1", sig=False)
    add("el3", me, [ellie, tash], "2026-03-09 13:02",
        """I'm in! Might be 10 min late, I'm doing the Sunday open. Save me a seat xx""",
        parent="el2", sig=False)
    thread("el1", False, None, None, "friends, birthday brunch")

    # footy club
    txt = ("Hi Parkers,\n\nSeason launch is Saturday 21 March at the clubrooms from 6pm. Senior "
           "women, reserves and under 18s will be presented their jumpers.\n\nWe still need "
           "canteen volunteers for home games - please add yourself to the spreadsheet.\n\n"
           "Memberships close 31 March.\n\nGo Parkers!\nBec")
    add("fc1", bec, [me], "2026-03-03 19:00", txt, subject="Season launch + canteen roster",
        sig=False, headers=bulk_headers("<members.northcoteparkfc.org.au>",
                                        "https://northcoteparkfc.org.au/unsub"))
    thread("fc1", False, None, "Northcote Park FC", "footy club members' newsletter")
    add("fc2", bec, [me], "2026-03-24 20:15",
        """Hi all,

Thanks to everyone who put their hand up for goal umpiring in the women's comp this year. I'm waiting on the fixture from the league and I'll confirm the roster by Friday.

Bec""",
        subject="Goal umpire roster – women's comp",
        cc=[Person("Mick Farrugia", "president@northcoteparkfc.org.au", MEL, "gmail")])
    add("fc3", me, [bec], "2026-03-24 21:00",
        """Hey Bec, happy to do any home game except Rd 2 (working). Jess""",
        parent="fc2", sig=False)
    add("fc4", bec, [me], "2026-03-27 17:45",
        """Roster's attached - you're on Rd 1 and Rd 4 at home. Cheers Jess!

Bec""",
        parent="fc3",
        attachments=[("GoalUmpires_Women_2026.pdf", "application/pdf",
                      make_pdf(["NPFC goal umpires 2026", "Rd 1 J Nguyen / K Ross",
                                "Rd 4 J Nguyen / T Mills"]))])
    thread("fc2", False, None, "Northcote Park FC",
           "club secretary's 'confirm the roster by Friday', kept 27/3; not job search")
    case.promise("fc2", "fc2", bec.email, "2026-03-27", job=False)
    tip_txt = ("Round 4 results are in!\n\nYour tips: 6/9 | Season: 24/36\nLadder position: "
               "11th of 23 in 'Nguyen Family & Friends'\n\nKhoa N is on top of your comp with "
               "29.\n\nRound 5 tips lock Thursday 7:20pm.")
    add("tip1", tipping, [me], "2026-04-06 22:30", tip_txt,
        subject="Round 4: you tipped 6 of 9", html=html_of(tip_txt), html_only=True,
        headers=bulk_headers("<results.footytipshq.com.au>", "https://footytipshq.com.au/u"))
    thread("tip1", False, None, "Footy Tips HQ", "tipping comp results")

    # ======================================================================
    # Health, home, bills, receipts, newsletters, alerts
    # ======================================================================
    gp_start, gp_end = T("2026-04-13 08:00"), T("2026-04-13 08:15")
    ics_gp = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "gp"),
                      stamp=T("2026-04-01 09:00").astimezone(UTC), start=gp_start, end=gp_end,
                      summary="Appointment: Dr Sarah Kwan", organizer=gp,
                      tzid=MEL, location="Clifton Hill Family Medical, 112 Queens Pde",
                      prodid="-//HotDoc//Appointments//EN")
    add("gp1", gp, [me], "2026-04-01 09:00",
        """Hi Jess,

Your appointment is confirmed.

Dr Sarah Kwan
Monday 13 April 2026, 8:00am
Clifton Hill Family Medical, 112 Queens Parade, Clifton Hill

Please arrive 5 minutes early. To cancel or reschedule, please give us at least 24 hours' notice.""",
        subject="Appointment confirmed – Mon 13 Apr, 8:00am", ics=ics_gp, ics_mode="publish",
        sig=False)
    thread("gp1", False, None, "Clifton Hill Family Medical", "GP appointment, ICS PUBLISH")
    case.meeting("gp1", gp_start, gp_end, job=False, what="GP")

    add("re1", renee, [me], "2026-04-06 10:30",
        """Hi Jess,

This is a reminder that a routine inspection of 4/27 Hotham St, Collingwood is scheduled for Tuesday 21 April between 10am and 12pm. You don't need to be home.

Kind regards,""",
        subject="Routine inspection – 4/27 Hotham St")
    add("re2", me, [renee], "2026-04-06 19:12",
        """Hi Renee,

No problem. While I have you - the dishwasher is still leaking from the door seal (I reported it in February). Any update from the owner?

Thanks,
Jess""",
        parent="re1", sig=False)
    add("re3", renee, [me], "2026-04-07 09:05",
        """Hi Jess, apologies, that one slipped. I've chased the owner and will come back to you by Thursday.""",
        parent="re2")
    add("re4", renee, [me], "2026-04-09 14:22",
        """Hi Jess, owner has approved a replacement. Our plumber will call you to arrange a time.""",
        parent="re3")
    thread("re1", False, None, "Nelson Property Group",
           "property manager's 'by Thursday' (9/4), kept the same day; not job search")
    case.promise("re1", "re3", renee.email, "2026-04-09", job=False)

    txt = ("Your bill is ready\n\nAccount 4410 5582 | 4/27 Hotham St Collingwood\n"
           "Amount due: $187.42 | Due date: 20/04/2026\n\nPay by direct debit or BPAY.")
    add("am1", ampstream, [me], "2026-04-03 06:10", txt, subject="Your Ampstream bill is ready",
        html=html_of(txt), html_only=True, headers=AUTO)
    thread("am1", False, None, "Ampstream Energy", "electricity bill")
    txt = ("Hi Jess, your Kite Mobile bill for March is $45.00 and will be direct debited on "
           "18/03/2026. You used 21.4GB of 40GB.")
    add("ki1", kite, [me], "2026-03-11 08:00", txt, subject="Your Kite Mobile bill",
        headers=AUTO)
    thread("ki1", False, None, "Kite Mobile", "mobile bill")
    txt = ("Thanks for your order #PB-210388\n\n1 x Retail Analytics: A Practical Guide - $59.99\n"
           "1 x Tomorrow, and Tomorrow, and Tomorrow - $24.99\nShipping: $8.95\nTotal: $93.93")
    add("pb1", pagemark, [me], "2026-03-14 15:22", txt, subject="Order confirmed #PB-210388",
        html=html_of(txt), html_only=True, headers=AUTO)
    thread("pb1", False, None, "Pagemark Books", "book order receipt")
    txt = "Good news! Your order #PB-210388 has shipped with Australia Post. Tracking: 33PBX2210388"
    add("pb2", pagemark, [me], "2026-03-16 11:40", txt, subject="Your order has shipped",
        headers=AUTO)
    thread("pb2", False, None, "Pagemark Books", "shipping notice")
    txt = ("Thanks for ordering with GoodGrub, Jess!\n\nPho Hung Vuong, Footscray\n2 x Pho "
           "tai $17.50\n1 x Spring rolls $9.00\nDelivery $4.99\nTotal $48.99")
    add("gg1", goodgrub, [me], "2026-04-04 19:02", txt, subject="Your GoodGrub receipt",
        html=html_of(txt), html_only=True, headers=AUTO)
    thread("gg1", False, None, "GoodGrub", "food delivery receipt")
    txt = ("Your booking is confirmed: Reformer Intermediate with Nat, Saturday 11 April, 7:30am. "
           "Late cancellations (under 12 hours) are charged the full class.")
    add("ms1", movestudio, [me], "2026-04-09 20:15", txt, subject="Booking confirmed – Reformer "
        "Intermediate", headers=AUTO)
    thread("ms1", False, None, "Move Studio Fitzroy", "pilates class booking")
    txt = ("Week 4: Open-to-buy and in-season management\n\nThis week's module walks through "
           "building an OTB from a sales plan, and how planners and store teams negotiate "
           "in-season changes. Live Q&A with the course convenor Thursday 7pm.\n\nThe quiz "
           "closes Sunday 11:59pm.")
    add("yi1", yarra, [me], "2026-03-23 08:00", txt,
        subject="Intro to Merchandise Planning – Week 4 is open", html=html_of(txt),
        html_only=True, headers=AUTO)
    thread("yi1", False, None, "Yarra Institute", "online short course module notice")
    txt = ("Congratulations Jess! You've completed Intro to Merchandise Planning (online short "
           "course). Your certificate of completion is attached to your learner profile.")
    add("yi2", yarra, [me], "2026-04-13 09:00", txt,
        subject="Your certificate – Intro to Merchandise Planning", headers=AUTO)
    thread("yi2", False, None, "Yarra Institute", "short course completion")

    for i, (when, body) in enumerate([
        ("2026-03-05 06:30",
         "THE RETAIL BRIEF\n\nWhy support offices are hiring store managers again. Three "
         "retailers told us their best planners came off the shop floor. Plus: the interview "
         "question every area manager should be ready for, and what a 'customer experience lead' "
         "actually does all day.\n\nJobs board: 214 new retail roles this week."),
        ("2026-04-09 06:30",
         "THE RETAIL BRIEF\n\nEaster trade wrap: chocolate up, homewares flat. How to run a "
         "catch-up with your area manager that isn't just a numbers review. Meeting-free "
         "Fridays at one support office.\n\nJobs board: 187 new retail roles this week.")]):
        add("rb%d" % i, retailbrief, [me], when, body,
            subject=["Store managers to support office: the quiet pipeline",
                     "Easter wrap + the one-on-one that actually helps"][i],
            html=html_of(body), html_only=True,
            headers=bulk_headers("<weekly.retailbrief.com.au>",
                                 "https://retailbrief.com.au/unsubscribe"))
        thread("rb%d" % i, False, None, "The Retail Brief", "newsletter with job words")
    for i, (when, roles) in enumerate([
        ("2026-03-17 07:15", "Merchandise Planner - Kestrel Home - Richmond VIC\n"
                             "Assistant Planner - Birchwood Pharmacy Group - Mulgrave VIC\n"
                             "Area Manager - Summit & Stone Outdoor - Melbourne VIC"),
        ("2026-04-14 07:15", "Area Manager South East - Tallowood & Co. - Melbourne VIC\n"
                             "Customer Experience Manager - Bayside Cellars - Brighton VIC\n"
                             "Planning Analyst - Harvest Lane - Port Melbourne VIC")]):
        body = ("New jobs for 'merchandise planner OR area manager' in Melbourne VIC\n\n" + roles
                + "\n\nApply now with your SEEK Profile. Manage your job mail.")
        add("sa%d" % i, seek_alerts, [me], when, body,
            subject=["3 new jobs for merchandise planner OR area manager",
                     "New: Area Manager South East and 2 more jobs"][i],
            html=html_of(body), html_only=True,
            headers=bulk_headers("<jobmail.seek.com.au>", "https://www.seek.com.au/jobmail/unsub"))
        thread("sa%d" % i, False, None, "SEEK", "job alert; owes nothing")
    for i, when in enumerate(["2026-03-26 18:00", "2026-04-11 18:00"]):
        body = ("Jess, new jobs match your preferences.\n\nCustomer Experience Lead - Mossvale "
                "Energy - Melbourne (Hybrid)\nInterview in 1 step - Easy Apply\nArea Manager - "
                "Cotton Road - Victoria\nRegional Operations Manager - a national grocer\n\n"
                "See all jobs")
        add("li%d" % i, linkedin, [me], when, body,
            subject=["Customer Experience Lead at Mossvale Energy and more",
                     "Area Manager at Cotton Road: you'd be a top applicant"][i],
            html=html_of(body), html_only=True, headers=AUTO)
        thread("li%d" % i, False, None, "LinkedIn", "job alert; owes nothing")

    # ======================================================================
    # Labels
    # ======================================================================
    case.expect("thank_you", "k1", tom[1],
                "Kestrel interview Thu 2/4 10:00-11:00 AEDT; Tom is an ICS attendee; only Naomi "
                "was thanked (new thread); overdue since Fri 3/4 11:00, stale only from Thu 16/4")
    case.expect("callback", "ss1", marnie.email,
                "'I'll be in touch by Wednesday 1 April either way'; nothing from Summit & Stone "
                "since; due end of Fri 3/4 (end of Wed 8/4 even skipping Easter), not stale",
                promised="2026-04-01")
    case.expect("thank_you", "lbi", sophie[1],
                "video interview Tue 7/4 15:00-15:45 AEST (13:00 SGT) took place; the rejection "
                "of 10/4 does not cancel the thank-you; Jess thanked only Wei Ling")
    case.expect("ask_for_address", "ac1", ashleigh.email,
                "assessment centre Wed 8/4 held; the interviewers Marcus Webb and Priyanka "
                "Desai have no address anywhere; Ashleigh arranged it and Jess has not written "
                "to her since")
    case.expect("networking", "sh1", sharon.email,
                "coffee Fri 27/3; last exchange her reply that evening; first touch due end of "
                "Fri 10/4 and no mail between them since")
    case.expect("own_promise", "ml1", lachlan.email,
                "Jess promised the journey map 'by Friday week, 10 April'; nothing sent to "
                "Lachlan since; due end of Fri 10/4")
    case.expect("application", "bw1", tanya.email,
                "CV and application emailed to Tanya Mon 30/3; only an out-of-office came back; "
                "due end of Wed 8/4 (7 business days)")
    case.expect("thank_you", "dn1", dean.email,
                "phone call Thu 9/4 12:30 (60 min default) took place; the only thanks was "
                "that morning before the call; overdue since Fri 10/4 13:30")

    case.forbid("k1", mia.email,
                "coordinator and ICS organizer who sent the invite; not at the interview")
    case.forbid("k1", naomi.email, "thanked in a new thread at 15:42 the same afternoon")
    case.forbid("k1", kroom[1], "a meeting room (CUTYPE=ROOM), not a person")
    case.forbid("hp1", brodie.email,
                "'make a call by Thursday the 9th' but his out-of-office returns Tue 14/4, so "
                "the callback is due only at the end of Thu 16/4; the referees promise was kept "
                "8/4; the CV was answered 11/3")
    case.forbid("mv1", kiri.email,
                "thanked 31/3; 'a decision will be made by Friday 17 April' is still ahead")
    case.forbid("lb1", weiling.email,
                "arranged the interview and did not attend; the rejection of 10/4 ended 'by "
                "Tuesday 14 April'")
    case.forbid("cr1", gemma.email, "interview moved from Tue 14/4 to Fri 17/4, still ahead")
    case.forbid("bc1", anthony.email, "the 9/4 chat was cancelled by ICS CANCEL on 8/4")
    case.forbid("hl1", ravi.email,
                "Ravi did not turn up on 7/4; the redo is Thu 16/4, still ahead")
    case.forbid("cp1", carolyn.email,
                "lunch thanked 25/3; Jess touched again 8/4 and Carolyn replied 9/4: next touch "
                "due 24/4")
    case.forbid("fg1", lorna.email, "application answered by a gentle rejection on 12/3")
    case.forbid("zp1", zoe.email,
                "a casual applicant Jess interviewed at her own store; hiring side, not her "
                "job search")
    case.forbid("gl1", greg.email,
                "her current area manager's one-on-one and a work promise she kept; not job "
                "search")
    case.forbid("mk1", seek.email, "SEEK's automated submission receipt; portal application")
    case.forbid("gw3", workday.email, "Workday's automated booking confirmation")
    case.forbid("fc2", bec.email, "footy club secretary; not job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
