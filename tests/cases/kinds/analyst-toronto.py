#!/usr/bin/env python3
"""analyst-toronto: Priyanka Sharma, a data analyst laid off from a Toronto bank, looking for an
analytics manager role. Labels the KINDS.md follow-ups (application, networking, ask_for_address,
own_promise, out-of-office replies) beside thank_you and callback."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403
import datetime as dt
from zoneinfo import ZoneInfo

TOR = ZoneInfo("America/Toronto")
TZ = "America/Toronto"


def T(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TOR)


RESUME = make_pdf([
    "Priyanka Sharma",
    "Toronto, ON | 416-555-0187 | priyanka.sharma@example.ca",
    "Analytics leader: credit risk, customer and pricing analytics",
    "",
    "Dominion Lakeshore Bank, Toronto - Senior Manager, Customer & Risk Analytics, 2019-2026",
    "  Led a team of seven analysts and data scientists; churn early-warning program",
    "  Tableau to Power BI migration for 400 users; model monitoring framework",
    "Dominion Lakeshore Bank - Senior Analyst, Credit Risk, 2014-2019",
    "Ontario Teachers' Credit Co-op - Data Analyst, 2010-2014",
    "",
    "M.Sc. Statistics, University of Toronto; B.Math, University of Waterloo",
    "SQL, Python, R, Power BI, Tableau, Snowflake, SAS",
])
COVER = make_pdf([
    "Priyanka Sharma - Cover letter",
    "Manager, Business Intelligence - Larchmont Capital",
    "",
    "Dear Ms. Kelly,",
    "I am writing to express my interest in the Manager, Business Intelligence role.",
    "At Dominion Lakeshore Bank I led the move from legacy reporting to Power BI,",
    "retired 160 static reports, and built a self-serve layer used by 400 people.",
    "I would welcome the chance to bring that experience to Larchmont Capital.",
    "Sincerely, Priyanka Sharma",
])
KPI_PACK = make_pdf([
    "Collections Operations - KPI pack (anonymized sample)",
    "1. Roll rates by delinquency bucket, 13-month trend",
    "2. Right-party contact rate by channel and hour",
    "3. Promise-to-pay kept rate; cure rate at 30/60/90 days",
    "4. Agent productivity vs. quality score",
    "5. Forecast vs. actual charge-offs, with variance commentary",
    "All figures rescaled; no customer or bank data.",
])


def resume():
    return ("Priyanka_Sharma_Resume_2026.pdf", "application/pdf", RESUME)


def build():
    user = {"name": "Priyanka Sharma", "emails": ["priyanka.sharma@example.ca"],
            "phone": "+1 416 555 0187", "timezone": TZ}
    now = T("2026-03-24 09:30")
    summary = ""  # set below
    case = Case("analyst-toronto",
                "Laid-off Toronto bank analyst seeking analytics manager roles: agency recruiters with "
                "March Break out-of-office replies, applications emailed to meetup contacts, "
                "informational calls, a panel with an unnamed-address colleague, a Montréal employer "
                "writing partly in French",
                user, now, summary)
    me = Person("Priyanka Sharma", "priyanka.sharma@example.ca", tz=TZ, style="webmail",
                sig="Priyanka Sharma\nToronto, ON | 416-555-0187\nlinkedin.com/in/priyanka-sharma-analytics",
                msgid_domain="mail.example.ca")
    case.me = me

    def P(name, email, style="gmail", sig=None, tz=TZ, **kw):
        return Person(name, email, tz=tz, style=style, sig=sig, **kw)

    def add(key, sender, to, when, body, **kw):
        return case.add(key, sender, to, T(when), body, **kw)

    OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

    # ------------------------------------------------------------------ people
    megan = P("Megan Doyle", "megan.doyle@talentbridge.ca", "outlook",
              "Megan Doyle\nSenior Consultant, Finance & Analytics\nTalentbridge Partners\n"
              "T 416-555-0133 | M 647-555-0190\ntalentbridge.ca")
    daniel = P("Daniel Mensah", "dmensah@bayviewsearch.ca", "gmail",
               "--\nDaniel Mensah | Principal, Data & Analytics\nBayview Search Partners | 647-555-0148")
    olivia = P("Olivia Chen", "olivia.chen@harbourlinestaffing.com", "outlook",
               "Olivia Chen\nSenior Recruiter | Finance & Analytics\nHarbourline Staffing\n"
               "Direct: 416-555-0172\nwww.harbourlinestaffing.com")
    arjun = P("Arjun Nair", "arjun@keystonerecruitment.ca", "gmail")
    rahul = P("Rahul Mehta", "rahul.mehta@kestrelinsurance.ca", "outlook")
    siobhan = P("Siobhan Kelly", "skelly@larchmontcapital.com", "outlook")
    trevor = P("Trevor Baptiste", "trevor.baptiste@fernhillenergy.ca", "gmail")
    marc = P("Marc Lefebvre", "marc.lefebvre@ridgewaytelecom.ca", "outlook",
             "Marc Lefebvre\nSenior Director, Customer Analytics | Ridgeway Telecom\nT 416-555-0124")
    jessica = P("Jessica Park", "jessica.park@ridgewaytelecom.ca", "outlook",
                "Jessica Park (she/her)\nTalent Acquisition Partner | Ridgeway Telecom\nM 647-555-0181")
    camille = P("Camille Gagnon", "camille.gagnon@velocelogistique.ca", "outlook",
                "Camille Gagnon\nConseillère principale, Acquisition de talents | "
                "Senior Talent Acquisition Advisor\nVéloce Logistique inc.\n"
                "1250, boul. René-Lévesque Ouest, Montréal (Québec)\n514-555-0163")
    etienne = P("Étienne Roy", "etienne.roy@velocelogistique.ca", "outlook",
                "Étienne Roy\nDirecteur, Analytique | Director, Analytics\nVéloce Logistique inc.")
    hannah = P("Hannah Brooks", "hannah.brooks@aldergrovelogistics.com", "gmail",
               "Hannah Brooks\nTalent Acquisition Specialist\nAldergrove Logistics | 905-555-0127")
    hannah_cal = P("Hannah Brooks", "hannah.brooks@aldergrovelogistics.com", "gcal")
    lisa = P("Lisa Marchetti", "lisa.marchetti@dvhn.ca", "outlook",
             "Lisa Marchetti\nHuman Resources Advisor, Talent Acquisition\nDon Valley Health Network\n"
             "416-555-0138 ext. 4402")
    amir = P("Dr. Amir Karimi", "amir.karimi@dvhn.ca", "outlook")
    owen = P("Owen Sinclair", "owen.sinclair@lakeviewfoods.ca", "gmail",
             "Owen Sinclair\nDirector, Commercial Analytics\nLakeview Foods Co. | Mississauga, ON")
    kevin = P("Kevin Wong", "kevin.wong@cedarvalecu.ca", "outlook",
              "Kevin Wong\nSenior Manager, Member Analytics\nCedarvale Credit Union\n905-555-0110")
    aisha = P("Aisha Rahman", "aisha.rahman@queenswaypay.com", "gmail")
    grace = P("Grace Liu", "grace.liu@elmsteadwealth.com", "gmail",
              "Grace Liu | VP, Data & Analytics | Elmstead Wealth")
    meera = P("Meera Joshi", "meera.joshi84@gmail.com", "gmail")
    nikhil = P("Nikhil Banerjee", "nikhil.banerjee@sunwardgroup.ca", "outlook",
               "Nikhil Banerjee\nDirector, Data Science\nSunward Retail Group")
    calendly = P("Calendly", "no-reply@calendly.com", "auto", tz="UTC")
    ops = P("Ontario Public Service Careers | Carrières FPO", "do-not-reply@gojobs.gov.on.ca", "auto")
    workday = P("Larchmont Capital", "larchmontcapital@myworkday.com", "auto", tz="UTC")
    greenhouse = P("Fernhill Energy", "no-reply@us.greenhouse-mail.io", "auto", tz="UTC")
    lever = P("Aldergrove Logistics", "no-reply@hire.lever.co", "auto", tz="UTC")
    smartr = P("Véloce Logistique", "noreply@smartrecruiters.com", "auto", tz="UTC")
    icims = P("Don Valley Health Network Careers", "dvhn-careers@talent.icims.com", "auto")
    meetup = P("Meetup", "info@meetup.com", "auto", tz="UTC")

    # noise people
    svc = P("Service Canada", "noreply-nepasrepondre@servicecanada.gc.ca", "auto")
    scotia = P("Scotiabank", "scotiabank@scotiabank.com", "auto")
    rogers = P("Rogers", "noreply@notifications.rogers.com", "auto")
    dave = P("Dave Kowalski", "dkowalski.hockey@gmail.com", "gmail")
    jen = P("Jen Morrison", "jen.morrison77@gmail.com", "gmail")
    parents = P("Leaside Flames U11A Parents", "leaside-u11a-parents@googlegroups.com", "auto")
    lha = P("Leaside Hockey Association", "registrar@leasidehockey.ca", "auto")
    vikram = P("Vikram Sharma", "vikram.sharma@example.com", "webmail", msgid_domain="example.com")
    dunfield = P("Dunfield Property Management", "notices@dunfieldpm.ca", "auto")
    gordon = P("Gordon Reid", "gordon.reid@sympatico.ca", "webmail", msgid_domain="sympatico.ca")
    lena = P("Lena Petrova", "lena.petrova@outlook.com", "outlook")
    sam = P("Sam Whitfield", "swhitfield@rogers.com", "webmail", msgid_domain="rogers.com")
    dental = P("Leaside Family Dental", "appointments@leasidefamilydental.ca", "auto")
    li_alerts = P("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "auto", tz="UTC")
    li = P("LinkedIn", "notifications-noreply@linkedin.com", "auto", tz="UTC")
    jobbank = P("Job Bank | Guichet-Emplois", "noreply-nepasrepondre@jobbank.gc.ca", "auto")
    ledger = P("The Analytics Ledger", "analyticsledger@substack.com", "auto", tz="UTC")
    anjali = P("Anjali Kapoor", "anjali.kapoor@gmail.com", "gmail")
    deepa = P("Deepa Iyer", "deepa.iyer@hotmail.com", "outlook")
    school = P("Maplehurst Public School", "news@maplehurstps.ca", "auto")
    dlbhr = P("DLB HR Services", "hrservices@dlbank.ca", "outlook")
    presto = P("PRESTO", "no-reply@prestocard.ca", "auto")
    indigo = P("Indigo", "orders@indigo.ca", "auto")
    portal = P("Leaside Medical Centre (Patient Portal)", "no-reply@mypatientportal.ca", "auto")

    # ================================================================== JOB SEARCH

    # ---- J1 Talentbridge (Megan): call thanked, own promise kept, promise moved by out-of-office
    add("j1a", megan, [me], "2026-02-23 10:12", """Hi Priyanka,

I hope you don't mind the cold email - I came across your profile on LinkedIn and your background in credit risk and customer analytics at Dominion Lakeshore stood out.

I'm working on an exclusive search for an Analytics Manager with a mid-size property & casualty insurer here in Toronto. The role leads a team of five (two analysts, two data scientists, one BI developer) and reports to the VP, Pricing & Analytics. Hybrid, three days a week at Yonge & Eglinton.

Would you be open to a short call to hear more? If so, feel free to send a copy of your résumé and a couple of times that suit.

Best regards,""", subject="Analytics Manager opportunity – P&C insurer (Toronto, hybrid)")
    add("j1b", me, [megan], "2026-02-23 20:41", """Hi Megan,

Thanks for reaching out - the timing is good, and the role sounds interesting. My résumé is attached.

Thursday morning next week would suit me best, any time before noon.

Best,""", parent="j1a", attachments=[resume()])
    add("j1c", megan, [me], "2026-02-24 09:05", """Hi Priyanka,

Thanks for sending that over so quickly. Let's say Thursday, March 5 at 11:00 a.m. for about 30 minutes - I'll call your cell (416-555-0187).

Talk then,
Megan""", parent="j1b", sig=False)
    add("j1d", me, [megan], "2026-02-24 12:30", "Thursday works. Talk then!\n\nPriyanka",
        parent="j1c", sig=False)
    add("j1e", megan, [me], "2026-03-05 11:48", """Hi Priyanka,

Great speaking with you this morning. You're very close to the profile the client described, especially the work you did standing up the model-monitoring team.

Next steps: I'm presenting a shortlist to the VP next week and will come back to you with their feedback by the end of next week. Before I do, could you confirm your salary expectations (base and target bonus)? The client's range has some flexibility for the right person.

Thanks,
Megan""", parent="j1d", sig=False)
    add("j1f", me, [megan], "2026-03-05 14:20", """Hi Megan,

Thank you for the call this morning, and for the detail on how the team is structured - it helps a lot.

I'd like to check a couple of benchmarks before I give you a number, so I'll confirm my salary expectations by Wednesday.

Best,""", parent="j1e")
    add("j1g", me, [megan], "2026-03-11 08:52", """Hi Megan,

As promised, here are my salary expectations for the Analytics Manager role: a base of $128,000 to $135,000, plus the standard bonus for the level. I'm flexible on the mix if the total lands in that range.

Let me know if you need anything else before you present to the client.

Best,""", parent="j1f", quote=False)
    add("j1h", megan, [me], "2026-03-11 08:53", """Thank you for your email.

I am out of the office for March Break and will return on Monday, March 23. I'll have limited access to email while I'm away.

If your matter is urgent, please call our main line at 416-555-0100.

Megan Doyle
Talentbridge Partners""", parent="j1g", quote=False, sig=False, headers=OOO,
        subject="Automatic reply: Re: Analytics Manager opportunity – P&C insurer (Toronto, hybrid)")

    # ---- J2 Bayview (Daniel): résumé answered, Calendly call thanked, references promised and not sent
    add("j2a", daniel, [me], "2026-03-04 13:20", """Hi Priyanka,

Daniel Mensah here, from Bayview Search Partners - we connected on LinkedIn a few weeks ago.

I'm running a confidential search for a Manager, Analytics & Insights at a national retailer (head office in Toronto). Loyalty data, promo effectiveness, a team of four. I think your pricing and customer analytics background maps really well.

If you're open to it, could you send me your latest résumé? Happy to walk you through the details on a call.

Cheers,
Daniel""", subject="Manager, Analytics & Insights – national retailer (confidential)")
    add("j2b", me, [daniel], "2026-03-04 19:05", """Hi Daniel,

Thanks for getting in touch - I'm definitely open to it. I've attached my résumé. Monday afternoon would be a good time to talk if that suits you.

Best,""", parent="j2a", attachments=[resume()])
    add("j2c", daniel, [me], "2026-03-05 08:40", """Thanks Priyanka, got it. Grab any slot Monday afternoon here and I'll call you: calendly.com/dmensah-bayview/30min

Daniel""", parent="j2b")
    s, e = T("2026-03-09 16:00"), T("2026-03-09 16:30")
    cal_text = """Hi Priyanka Sharma,

A new event has been scheduled.

Event Type:
30 Minute Meeting

Invitee:
Priyanka Sharma
priyanka.sharma@example.ca

Event Date/Time:
4:00pm - 4:30pm, Monday, March 9, 2026 (Eastern Time - US & Canada)

Location:
Daniel Mensah will call you at +1 416-555-0187

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3f1c9a8e-52d4-4b1e-9f0a-7d2c11e0b6a4
Reschedule: https://calendly.com/reschedulings/3f1c9a8e-52d4-4b1e-9f0a-7d2c11e0b6a4

Powered by Calendly.com"""
    add("j28a", calendly, [me], "2026-03-05 09:14", cal_text,
        subject="Confirmed: 30 Minute Meeting with Daniel Mensah on Monday, March 9, 2026",
        html=html_of(cal_text), headers=AUTO,
        ics=make_ics(method="REQUEST", uid=uid_uuid("cal-daniel"), stamp=T("2026-03-05 09:14"),
                     start=s, end=e, summary="30 Minute Meeting between Daniel Mensah and Priyanka Sharma",
                     organizer=daniel, attendees=[(daniel, "ACCEPTED", "INDIVIDUAL"),
                                                  (me, "ACCEPTED", "INDIVIDUAL")],
                     location="Daniel Mensah will call you at +1 416-555-0187",
                     description="Event Name: 30 Minute Meeting\n\nNeed to make changes to this event?",
                     prodid="-//Calendly//Calendly Scheduling//EN"), ics_mode="attach")
    add("j2d", me, [daniel], "2026-03-09 17:35", """Hi Daniel,

Thanks for the call this afternoon - the role sounds like a strong fit, particularly the loyalty and promo work, which is very close to what I led at DLB.

As you asked, I'll send you two references - my former director and a peer from the risk team - by Friday.

Best,""", parent="j2c")
    add("j2e", daniel, [me], "2026-03-10 09:15", """Great chatting yesterday. I submitted you to the client first thing this morning - will let you know as soon as I hear back.

Daniel""", parent="j2d")
    add("j2f", daniel, [me], "2026-03-18 11:05", """Hi Priyanka - hope the week's going well. The client is reviewing the shortlist now. When you get a moment, could you send over those two references? They'll want them before a first interview.

Thanks,
Daniel""", parent="j2e")

    # ---- J3 Harbourline (Olivia): client interview with people named only
    add("j3a", olivia, [me], "2026-02-27 10:30", """Good morning Priyanka,

I'm a recruiter with Harbourline Staffing, specializing in finance and analytics roles. I'm currently working with a national grocery retailer on an Analytics Manager position (merchandising and supply chain analytics, team of six, hybrid out of North York).

Based on your experience at Dominion Lakeshore Bank I think you could be a great match. If you're interested, please send me an updated résumé and I'll share more about the client.

Kind regards,""", subject="Analytics Manager – national grocery client")
    add("j3b", me, [olivia], "2026-02-27 13:10", """Hi Olivia,

Thank you for thinking of me. I'm very interested, and I'd like to be considered for the Analytics Manager role. My résumé is attached - happy to answer any questions.

Best regards,""", parent="j3a", attachments=[resume()])
    add("j3c", olivia, [me], "2026-03-02 15:22", """Hi Priyanka,

Great news - I presented your résumé to the client and they would like to meet you in person.

Date: Wednesday, March 11
Time: 2:00 - 3:00 p.m.
Location: their head office, 4950 Yonge St, 12th floor (check in at reception and ask for Lindsay)

You'll be meeting Paul Desjardins, VP Finance, and Lindsay Kerr, HR Business Partner. Paul will focus on the team's priorities for the next year; Lindsay will cover culture and the process.

Could you confirm that works for you?

Thanks,
Olivia""", parent="j3b", sig=False)
    add("j3d", me, [olivia], "2026-03-02 16:05", """Hi Olivia,

That works - thank you for setting it up. I'll be there Wednesday the 11th at 2.

Priyanka""", parent="j3c", sig=False)
    add("j3e", olivia, [me], "2026-03-12 09:10", """Hi Priyanka,

Paul and Lindsay both said they enjoyed meeting you yesterday - Paul especially liked your example on forecasting shrink. To be transparent, they're still seeing two other candidates, so it may take a little while before they make a decision. I'll keep you posted as soon as I hear anything.

Best,
Olivia""", parent="j3d")

    # ---- J4 Keystone (Arjun): résumé answered, client interview still ahead
    add("j4a", arjun, [me], "2026-03-16 11:02", """Hi Priyanka,

Hope you're well. I'm a partner at Keystone Recruitment and I'm helping a Toronto-based pension administrator hire a Senior Manager, Reporting & Analytics: regulatory reporting plus a modernisation of their BI stack (moving to Power BI and Snowflake).

Your time at Dominion Lakeshore looks very relevant. Would you be interested? If so, send me your CV and we can go from there.

Regards,
Arjun Nair
Keystone Recruitment | 416-555-0119""",
        subject="Senior Manager, Reporting & Analytics – pension administrator (Toronto)")
    add("j4b", me, [arjun], "2026-03-17 09:30", """Hi Arjun,

Thanks for reaching out. Yes, I'm interested - please find my résumé attached. I'd like to be considered for the Senior Manager, Reporting & Analytics role.

Best,""", parent="j4a", attachments=[resume()])
    add("j4c", arjun, [me], "2026-03-18 10:15", """Thanks Priyanka. I shared your CV with the client yesterday afternoon and they'd like to meet you. They have two windows:

- Thursday, March 26 at 10:00 a.m.
- Friday, March 27 at 1:30 p.m.

It would be at their office (100 King St W, 31st floor) with Fiona Walsh, Director of Data & Reporting. About an hour.

Let me know which suits.

Arjun""", parent="j4b")
    add("j4d", me, [arjun], "2026-03-18 12:02", "Thursday the 26th at 10 works for me.\n\nThanks,\nPriyanka",
        parent="j4c", sig=False)
    add("j4e", arjun, [me], "2026-03-18 16:40", """Confirmed with the client for Thursday, March 26, 10:00-11:00. I'll send you a few prep notes and the building details separately.

Arjun""", parent="j4d")

    # ---- J5 Kestrel (Rahul): application after the meetup, conference out-of-office, nothing since
    add("j5a", me, [rahul], "2026-03-03 07:55", """Hi Rahul,

It was great to meet you at the Toronto Analytics Leaders meetup last Thursday - I enjoyed hearing how you're rebuilding the claims analytics team around triage models.

I'd like to be considered for the Analytics Manager, Claims role you mentioned. For the past six years I've led credit risk and customer analytics teams at Dominion Lakeshore Bank, most recently a team of seven analysts and data scientists; much of that work (model monitoring, fraud flags, operational dashboards) carries straight over to claims.

My résumé is attached. I'd welcome the chance to talk whenever suits you.

Best regards,""", subject="Analytics Manager, Claims – following up from Toronto Analytics Leaders",
        attachments=[resume()])
    add("j5b", rahul, [me], "2026-03-03 07:56", """I'm attending the Insurance Analytics Summit in Calgary and will be back in the office on Friday, March 6. I'll reply to your message when I return.

For urgent claims analytics requests, please call the team line at 416-555-0151.

Rahul Mehta
Director, Claims Analytics | Kestrel Insurance""", parent="j5a", quote=False, sig=False, headers=OOO,
        subject="Automatic reply: Analytics Manager, Claims – following up from Toronto Analytics Leaders")

    # ---- J6 Larchmont (Siobhan): application with cover letter; only a Workday acknowledgement
    add("j6a", me, [siobhan], "2026-03-05 20:15", """Dear Siobhan,

It was a pleasure talking with you at the Toronto Analytics Leaders meetup last week. You mentioned that your team is looking for a Manager, Business Intelligence to lead the move off legacy reporting, and I'd be very glad to be considered for it.

I've attached my résumé and a short cover letter. In brief: I've run BI and analytics teams of up to seven people, led a Tableau-to-Power BI migration for 400 users, and I'm comfortable owning both the roadmap and the stakeholder side.

I hope we can speak soon.

Kind regards,""", subject="Manager, Business Intelligence – Priyanka Sharma",
        attachments=[resume(), ("Priyanka_Sharma_Cover_Letter_Larchmont.pdf", "application/pdf", COVER)])
    wd = """Dear Priyanka,

Thank you for your interest in Larchmont Capital. We have received your application for Manager, Business Intelligence (R-2291), submitted on 2026-03-06.

Our Talent Acquisition team is reviewing applications. If your qualifications match the requirements of the role, a member of our team will contact you.

You can check the status of your application at any time by signing in to your candidate home.

Larchmont Capital Talent Acquisition

This is an automated message. Please do not reply to this email."""
    add("j19a", workday, [me], "2026-03-06 10:02", wd,
        subject="Thank you for applying – Manager, Business Intelligence (R-2291)",
        html=html_of(wd, "Larchmont Capital"), html_only=True, headers=AUTO)

    # ---- J7 Fernhill (Trevor): application ended by an automated Greenhouse rejection
    add("j7a", me, [trevor], "2026-03-04 08:30", """Hi Trevor,

Thanks again for the conversation at the meetup on Thursday - your description of the intraday forecasting work was one of the highlights of the evening.

As you suggested, I'm sending my résumé for the Analytics Manager role on your trading analytics team. I'd be glad to be considered, and happy to walk you through any of the projects on it.

All the best,""", subject="Résumé – Analytics Manager, Trading Analytics", attachments=[resume()])
    gh1 = """Hi Priyanka,

Thank you for your interest in the Analytics Manager, Trading Analytics position at Fernhill Energy. Trevor Baptiste has submitted your profile as a referral, and our recruiting team will review it shortly.

If there's a match, we'll be in touch about next steps.

Best,
Fernhill Energy Talent Team"""
    add("j20a", greenhouse, [me], "2026-03-04 14:12", gh1,
        subject="Thank you for your interest in Fernhill Energy", html=html_of(gh1), headers=AUTO)
    gh2 = """Hi Priyanka,

Thank you for your interest in the Analytics Manager, Trading Analytics role and for the time you put into applying.

After careful review, we've decided not to move forward with your application at this time. We'll keep your profile on file and encourage you to apply for future openings that match your background.

We wish you the very best in your search.

Fernhill Energy Talent Team"""
    add("j21a", greenhouse, [me], "2026-03-11 16:30", gh2,
        subject="Update on your application – Fernhill Energy", html=html_of(gh2), headers=AUTO)

    # ---- J8 Ridgeway (Marc): application answered by Marc himself
    add("j8a", me, [marc], "2026-03-02 09:10", """Hi Marc,

It was good to reconnect at Toronto Analytics Leaders on Thursday - I hadn't realised you'd moved over to Ridgeway.

Following up on our conversation, I would like to be considered for the Manager, Customer Analytics role. Churn and customer lifetime value were the core of my last two years at Dominion Lakeshore, and I'd love to bring that to a telecom setting.

My résumé is attached. Looking forward to hearing from you.

Best,""", subject="Manager, Customer Analytics – résumé", attachments=[resume()])
    add("j8b", marc, [me], "2026-03-03 11:47", """Hi Priyanka,

Good to hear from you, and thanks for sending this along so quickly. I've passed your résumé to Jessica Park on our talent acquisition team. She'll reach out to set up time with me and one of my colleagues.

Marc""", parent="j8a")
    add("j8c", me, [marc], "2026-03-03 12:30", "Thank you, Marc - I'll keep an eye out for Jessica's email.\n\nPriyanka",
        parent="j8b", sig=False)

    # ---- J9 Ridgeway panel (Jessica arranges; Nadia named only)
    add("j9a", jessica, [me], "2026-03-05 14:05", """Hi Priyanka,

Marc Lefebvre passed along your résumé for the Manager, Customer Analytics role, and we'd like to invite you to a 60-minute interview with Marc and his colleague Nadia Haddad, who leads our data platforms team.

Could you let me know which of these times works for you (all Eastern)?

• Tuesday, March 17 - 10:00 a.m.
• Wednesday, March 18 - 3:00 p.m.
• Thursday, March 19 - 1:00 p.m.

The interview will be at our office at 333 Bloor St E, with a Teams option if you prefer.

Best regards,""", subject="Ridgeway Telecom – Manager, Customer Analytics – next steps")
    add("j9b", me, [jessica], "2026-03-05 16:20", """Hi Jessica,

Thank you for the invitation. Thursday, March 19 at 1:00 p.m. works best for me, in person.

Best regards,""", parent="j9a")
    s, e = T("2026-03-19 13:00"), T("2026-03-19 14:00")
    room = ("RT-TOR 14.02 Humber (8)", "rt-tor-1402-humber@ridgewaytelecom.ca")
    add("j9c", jessica, [me], "2026-03-06 09:30", """Hi Priyanka,

Perfect - you're confirmed for Thursday, March 19, 1:00-2:00 p.m. The calendar invitation is attached. Please check in at the main reception on the ground floor and they'll bring you up to the 14th floor.

Agenda:
• 1:00 - introductions (Marc)
• 1:10 - customer analytics case discussion (Marc and Nadia)
• 1:45 - your questions

Let me know if you need anything before then.

Jessica""", parent="j9b", sig=False,
        ics=make_ics(method="REQUEST", uid=uid_outlook("ridgeway-panel"), stamp=T("2026-03-06 09:28"),
                     start=s, end=e, summary="Interview – Priyanka Sharma – Manager, Customer Analytics",
                     organizer=jessica, tzid="Eastern Standard Time",
                     attendees=[(marc, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (room, "ACCEPTED", "ROOM")],
                     location="RT-TOR 14.02 Humber (8); Microsoft Teams Meeting",
                     description="Interview for Manager, Customer Analytics (REQ-8812).\n"
                                 "Interviewers: Marc Lefebvre, Nadia Haddad.\n"
                                 "Microsoft Teams meeting - Meeting ID: 231 774 509 118",
                     prodid="Microsoft Exchange Server 2010"), ics_mode="attach")

    # ---- J26 thank-you to Marc (new thread), with a promise of a one-pager by Friday
    add("j26a", me, [marc], "2026-03-19 16:45", """Hi Marc,

Thank you for your time this afternoon. I enjoyed the case discussion, especially the question of how to act on churn scores without flooding the retention team.

A few reasons I think I'd be a good fit:
• I built and ran the churn early-warning program at Dominion Lakeshore, from the model to the front-line playbook.
• I've managed mixed teams of analysts and data scientists and grown two of them into leads.
• I'm used to working with a platforms team like Nadia's on data contracts and model monitoring.

As I mentioned, I'll send you a one-page summary of the early-warning dashboard rollout by Friday.

Thanks again,""", subject="Thank you – Customer Analytics interview")
    add("j26b", marc, [me], "2026-03-20 08:12", """Thanks Priyanka, good to see you again yesterday. Looking forward to the summary.

Marc""", parent="j26a", sig=False)

    # ---- J10 Véloce (Montréal): portal, bilingual coordinator, Julie's address given in the text
    sr = """Bonjour Priyanka,

Merci de l'intérêt que vous portez au poste de gestionnaire, Analytique chez Véloce Logistique. Nous avons bien reçu votre candidature et notre équipe l'examinera attentivement.

Hello Priyanka,

Thank you for your interest in the Analytics Manager position at Véloce Logistique. We have received your application and our team will review it carefully.

L'équipe Talent | Talent Team
Véloce Logistique inc.

Ce courriel a été envoyé automatiquement. / This email was sent automatically."""
    add("j23a", smartr, [me], "2026-03-02 21:40", sr,
        subject="Merci d'avoir postulé chez Véloce / Thank you for applying to Véloce",
        html=html_of(sr), headers=AUTO)
    add("j10a", camille, [me], "2026-03-10 10:20", """Bonjour Priyanka,

(English follows)

Merci pour votre candidature au poste de gestionnaire, Analytique. Nous aimerions vous rencontrer en vidéoconférence (Teams) pour une entrevue de 60 minutes avec Étienne Roy, directeur, Analytique (etienne.roy@velocelogistique.ca), et Julie Bérubé, gestionnaire, Ingénierie des données (julie.berube@velocelogistique.ca). Seriez-vous disponible le jeudi 19 mars à 14 h ou le vendredi 20 mars à 10 h (heure de l'Est)?

---

Hi Priyanka,

Thank you for applying for the Analytics Manager position. We would like to invite you to a 60-minute video interview (Teams) with Étienne Roy, Director, Analytics (etienne.roy@velocelogistique.ca), and Julie Bérubé, Manager, Data Engineering (julie.berube@velocelogistique.ca). Would Thursday, March 19 at 2 p.m. or Friday, March 20 at 10 a.m. (Eastern) work for you? The interview will be mostly in English; Étienne may switch to French for a few minutes, no need to worry about it.

Cordialement / Kind regards,""", subject="Véloce – Gestionnaire, Analytique / Analytics Manager – entrevue")
    add("j10b", me, [camille], "2026-03-10 12:05", """Bonjour Camille,

Merci! Friday, March 20 at 10 a.m. works best for me (I have another commitment Thursday afternoon).

Au plaisir,
Priyanka""", parent="j10a", sig=False)
    s, e = T("2026-03-20 10:00"), T("2026-03-20 11:00")
    add("j10c", camille, [me], "2026-03-11 09:00", """Bonjour Priyanka,

Voici l'invitation Teams pour le vendredi 20 mars, de 10 h à 11 h (heure de l'Est). Julie Bérubé se joindra à la rencontre depuis le calendrier d'Étienne.

Here is the Teams invitation for Friday, March 20, 10:00-11:00 a.m. Eastern. Julie Bérubé will join from Étienne's calendar.

Bonne journée,
Camille
________________________________________________________________________________
Réunion Microsoft Teams / Microsoft Teams meeting
Participer à partir de votre ordinateur ou de l'application mobile
Cliquez ici pour participer à la réunion
ID de la réunion / Meeting ID: 264 118 903 551
Code secret / Passcode: Xq7pVt""", parent="j10b", sig=False, quote=False,
        subject="Entrevue / Interview – Priyanka Sharma – Gestionnaire, Analytique",
        ics=make_ics(method="REQUEST", uid=uid_outlook("veloce-entrevue"), stamp=T("2026-03-11 08:58"),
                     start=s, end=e, summary="Entrevue / Interview – Priyanka Sharma – Gestionnaire, Analytique",
                     organizer=camille, tzid="Eastern Standard Time",
                     attendees=[(etienne, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Réunion Microsoft Teams / Microsoft Teams Meeting",
                     description="Entrevue avec Étienne Roy et Julie Bérubé. / "
                                 "Interview with Étienne Roy and Julie Bérubé.",
                     prodid="Microsoft Exchange Server 2010"), ics_mode="outlook")
    add("j10d", camille, [me], "2026-03-20 15:30", """Bonjour Priyanka,

Merci d'avoir pris le temps de rencontrer Étienne et Julie ce matin. Étienne m'a demandé de vous dire qu'une décision sera prise d'ici le vendredi 27 mars; nous communiquerons avec vous à ce moment-là.

Thank you for taking the time to meet Étienne and Julie this morning. Étienne asked me to let you know that a decision will be made by Friday, March 27, and we'll be in touch then.

Bon week-end,
Camille""", parent="j10c", sig=False, quote=False)

    # ---- J27 thank-you to Étienne (new thread), references promised by Wednesday 25 March
    add("j27a", me, [etienne], "2026-03-20 13:10", """Bonjour Étienne,

Thank you for this morning's conversation - and for your patience with my rusty French! I came away even more interested in the role, particularly the plan to bring the Montréal and Toronto analytics teams onto a single demand-forecasting platform.

Why I think I'd be a good fit:
• I led a forecasting and reporting team through a similar consolidation at Dominion Lakeshore.
• I'm used to leading a team split across two cities.
• I care about the people side: my last team had the lowest turnover in the department.

As discussed, I'll send you my two references by Wednesday, March 25.

Merci encore,""", subject="Merci – Analytics Manager interview")
    add("j27b", etienne, [me], "2026-03-20 13:52", "Merci Priyanka, au plaisir de vous lire. Bonne fin de semaine!\n\nÉtienne",
        parent="j27a", sig=False)

    # ---- J11 Aldergrove (Hannah): Lever ack, phone screen thanked, sample sent, OOO, callback due
    lv = """Hi Priyanka,

Thanks for applying to the Analytics Manager, Network Planning role at Aldergrove Logistics. Our team will review your application and reach out if there's a fit.

Best,
The Aldergrove Logistics Talent Team

Sent via Lever"""
    add("j22a", lever, [me], "2026-02-20 11:30", lv,
        subject="Thank you for your application to Aldergrove Logistics", html=html_of(lv), headers=AUTO)
    add("j11a", hannah, [me], "2026-02-25 14:10", """Hi Priyanka,

Thanks for applying for the Analytics Manager, Network Planning role at Aldergrove! I'd love to set up a 30-minute phone screen to learn more about you and share more about the team.

Would Friday, March 6 at 10:00 a.m. work? If not, let me know a couple of times that do.

Thanks,""", subject="Aldergrove Logistics – Analytics Manager, Network Planning")
    add("j11b", me, [hannah], "2026-02-25 15:00", """Hi Hannah,

Friday, March 6 at 10 works well. Looking forward to it.

Priyanka""", parent="j11a", sig=False)
    s, e = T("2026-03-06 10:00"), T("2026-03-06 10:30")
    gtext = """Hannah Brooks has invited you to an event.

Aldergrove – Phone screen (Analytics Manager, Network Planning)
Friday Mar 6, 2026 ⋅ 10am – 10:30am
Eastern Time - Toronto

Hannah will call you at 416-555-0187.

Guests
Hannah Brooks - organizer
priyanka.sharma@example.ca

View all guest info: https://calendar.google.com/calendar/event?action=VIEW&eid=NWE0Zm

Reply for priyanka.sharma@example.ca: Yes / No / Maybe

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event."""
    add("j11inv", hannah_cal, [me], "2026-02-25 15:32", gtext,
        subject="Invitation: Aldergrove – Phone screen (Analytics Manager, Network Planning) @ "
                "Fri Mar 6, 2026 10am - 10:30am (EST) (priyanka.sharma@example.ca)",
        html=html_of(gtext), headers=dict(GCAL, **{"Reply-To": hannah.email}),
        ics=make_ics(method="REQUEST", uid=uid_google("aldergrove-screen"), stamp=T("2026-02-25 15:32"),
                     start=s, end=e, tzid="America/Toronto",
                     summary="Aldergrove – Phone screen (Analytics Manager, Network Planning)",
                     organizer=hannah, attendees=[(hannah, "ACCEPTED", "INDIVIDUAL"),
                                                  (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     description="Hannah will call you at 416-555-0187."))
    add("j11d", me, [hannah], "2026-03-06 11:40", """Hi Hannah,

Thank you for the call this morning - I really enjoyed hearing how the network planning team works with operations, and it confirmed my interest in the role.

I mentioned the KPI pack I built for our collections operation; I'll send you an anonymized sample by Tuesday so you can share it with the hiring manager.

Best regards,""", parent="j11a")
    add("j11e", hannah, [me], "2026-03-06 14:05", """Thanks Priyanka! It was great chatting. The sample would be really helpful.

We're finishing first-round calls this week and next, and I'll be in touch by Wednesday, March 11 with next steps.

Have a great weekend,
Hannah""", parent="j11d", sig=False)
    add("j11f", me, [hannah], "2026-03-10 08:45", """Hi Hannah,

As promised, attached is the anonymized KPI pack (six pages, all figures rescaled). I'd be happy to walk the hiring manager through it.

Best,""", parent="j11e",
        attachments=[("KPI_pack_sample_anonymized.pdf", "application/pdf", KPI_PACK)])
    add("j11g", hannah, [me], "2026-03-10 08:46", """Hi, thanks for your email!

I'm out of the office Tuesday, March 10 and Wednesday, March 11 and will be back on Thursday, March 12. Replies will be slower until then.

Hannah""", parent="j11f", quote=False, sig=False, headers={"Auto-Submitted": "auto-replied"},
        subject="Out of office – back Thursday, March 12")

    # ---- J12 Don Valley Health Network (Lisa, Dr. Karimi): one note to two, committee promise
    ic = """Dear Priyanka Sharma,

Thank you for applying for the position of Manager, Decision Support Analytics (Requisition 2026-0418) at Don Valley Health Network.

We have received your application. Our Talent Acquisition team will review all applications, and candidates selected for an interview will be contacted directly.

Don Valley Health Network - Talent Acquisition
Please do not reply to this message; this mailbox is not monitored."""
    add("j24a", icims, [me], "2026-02-17 19:05", ic,
        subject="Thank you for applying – Manager, Decision Support Analytics (2026-0418)",
        html=html_of(ic), html_only=True, headers=AUTO)
    add("j12a", lisa, [me], "2026-02-24 11:20", """Dear Priyanka,

Thank you for your interest in the Manager, Decision Support Analytics position with Don Valley Health Network. We are pleased to invite you to an in-person interview:

Date: 2026-03-09 (Monday)
Time: 2:00 p.m. - 3:00 p.m.
Location: Don Mills Campus, 1450 Don Mills Road, Administration Building, Room 3B

Your interview panel will be:
• Dr. Amir Karimi, Director, Decision Support (amir.karimi@dvhn.ca)
• Lisa Marchetti, Human Resources Advisor

Please bring a list of three professional references. Kindly confirm your attendance by replying to this email.

Regards,""", subject="Interview invitation – Manager, Decision Support Analytics (Req. 2026-0418)")
    add("j12b", me, [lisa], "2026-02-24 13:00", """Dear Lisa,

Thank you for the invitation. I confirm my attendance on Monday, March 9 at 2:00 p.m., and I'll bring my references.

Kind regards,""", parent="j12a")
    add("j12c", me, [lisa, amir], "2026-03-09 17:20", """Dear Lisa and Dr. Karimi,

Thank you both for meeting with me this afternoon. I appreciated the candid picture of where decision support stands today and where the network wants it to be in two years.

What I would bring:
• Experience consolidating scattered reporting into one governed platform (400 users at Dominion Lakeshore).
• A track record of building analyst teams that clinicians and executives trust.
• Comfort with privacy-sensitive data and the controls that go with it.

I'm very interested in the role and would be glad to provide anything else you need.

Kind regards,""", parent="j12b")
    add("j12d", lisa, [me], "2026-03-10 09:40", """Dear Priyanka,

Thank you for your note. The hiring committee meets on Thursday, March 12, and we aim to let every candidate know the outcome by Monday, March 16.

Regards,
Lisa""", parent="j12c", cc=[amir], sig=False)

    # ---- J13 Lakeview Foods (Owen): a "conversation", never thanked, gentle rejection
    add("j13a", owen, [me], "2026-03-09 15:10", """Hi Priyanka,

Your background in pricing and customer analytics at Dominion Lakeshore caught my eye. I lead commercial analytics at Lakeview Foods and I'm building out the team this spring.

Would you be open to a 45-minute conversation about where we're headed? I could do Wed 3/11 at 4 pm or Thu 3/12 at 11 am.

Best,""", subject="Commercial Analytics lead – a conversation?")
    add("j13b", me, [owen], "2026-03-09 18:30", """Hi Owen,

Thanks for reaching out - I'd be glad to talk. Thursday at 11 works for me.

Best,""", parent="j13a")
    add("j13c", owen, [me], "2026-03-10 08:05", """Great - here's the Zoom for Thursday 11:00-11:45:
https://lakeviewfoods.zoom.us/j/83512290471?pwd=bFZyQ2h0
Passcode: 552183

Talk then,
Owen""", parent="j13b", sig=False)
    add("j13d", owen, [me], "2026-03-18 10:20", """Hi Priyanka,

I appreciated you making time last Thursday - I enjoyed our conversation.

After a lot of thought, we've decided to go with someone whose background is closer to CPG trade promotion, which is where the team needs the most help this year. It was a close call, and I'd be glad to stay in touch as the team grows.

All the best with your search,""", parent="j13c")

    # ---- J14 Kevin Wong: catch-up call, thanked, touch due
    add("j14a", me, [kevin], "2026-02-24 19:20", """Hi Kevin,

Hope all is well at Cedarvale! As you may have heard, my role at DLB was eliminated in the January restructuring, so I'm out looking.

Would you have 20-30 minutes some time next week for a catch-up? I'd love to hear how you've found the move to the credit union side.

Priyanka""", subject="Catch-up?", sig=False)
    add("j14b", kevin, [me], "2026-02-25 08:10", """Hi Priyanka,

So sorry to hear about the cuts at DLB - that whole team was excellent. Of course, happy to catch up. Does Monday, March 2 at 12:30 work? I'll call your cell; half an hour should be plenty.

Kevin""", parent="j14a")
    add("j14c", me, [kevin], "2026-02-25 08:40", "Monday at 12:30 is perfect. Talk then!\n\nP",
        parent="j14b", sig=False)
    add("j14d", me, [kevin], "2026-03-02 15:10", """Hi Kevin,

Thank you for making time for me today - it was so good to catch up. Your point about credit unions valuing analysts who can explain a model to a board was really useful, and I'm going to rework my résumé summary with that in mind.

Say hi to the team for me.

Priyanka""", parent="j14b", sig=False)
    add("j14e", kevin, [me], "2026-03-02 17:45", """Anytime, Priyanka. I'll keep my ears open and send anything relevant your way. Good luck!

Kevin""", parent="j14d", sig=False)

    # ---- J15 Aisha Rahman: coffee moved from Wed to Thu, thanked, touch due
    add("j15a", aisha, [me], "2026-02-26 12:30", """Hey Priyanka! Just heard from Farah about the layoffs at DLB - ugh, I'm so sorry. Let me buy you a coffee and you can pick my brain. Wednesday March 4, 8am at Balzac's in the Distillery? I can tell you what the risk analytics team looks like over here.

A

Sent from my iPhone""", subject="coffee?")
    add("j15b", me, [aisha], "2026-02-26 18:02", "That's so kind - yes please! Wednesday the 4th at 8 works. See you there.\n\nP",
        parent="j15a", sig=False)
    add("j15c", aisha, [me], "2026-03-03 21:14", """Argh, an 8am exec meeting just landed on Wednesday. Can we do Thursday (March 5) instead, same time and place?

Sent from my iPhone""", parent="j15b")
    add("j15d", me, [aisha], "2026-03-03 21:30", "Thursday works!", parent="j15c", sig=False)
    add("j15e", me, [aisha], "2026-03-05 10:30", """Hi Aisha,

Thank you for the coffee this morning - and for the pep talk. It helped to hear how your team is set up and what Queensway Pay looks for in a manager. I'll take you up on the offer to look over my LinkedIn summary once I've rewritten it.

Thanks again,
Priyanka""", parent="j15d", sig=False)

    # ---- J16 Grace Liu: informational call, thanked, written to again on 18 March (new thread)
    add("j16a", me, [grace], "2026-02-20 09:15", """Hi Grace,

I hope you're well! As you may have heard, my role at DLB was eliminated in January's restructuring. I'm focusing my search on analytics manager roles and would really value your perspective on where the market is heading, given your move to the wealth side.

Would you have 30 minutes for a call? I'd be grateful for any time you can spare.

Best,
Priyanka""", subject="Advice on analytics leadership roles?", sig=False)
    add("j16b", grace, [me], "2026-02-20 12:40", """Priyanka - I was so sorry to hear. Of course. Does Friday the 27th at noon work? I'll call you.

G""", parent="j16a", sig=False)
    add("j16c", me, [grace], "2026-02-20 13:00", "Friday the 27th at noon is perfect. Thank you, Grace!\n\nP",
        parent="j16b", sig=False)
    add("j16d", me, [grace], "2026-02-27 14:05", """Hi Grace,

Thank you so much for your time and advice today. Your suggestion to lead with the team-building story rather than the models is going straight into my interview prep, and I've already reached out to two of the people you mentioned.

Thanks again,
Priyanka""", parent="j16b", sig=False)
    add("j16e", grace, [me], "2026-02-27 16:30", """My pleasure! Keep me posted on how it goes - you'll land somewhere great.

Grace""", parent="j16d")
    add("j16f", me, [grace], "2026-03-18 20:10", """Hi Grace,

A quick update, since your advice is already paying off: I have a panel interview with Ridgeway Telecom tomorrow afternoon for a Manager, Customer Analytics role, and I led with the team-building story in my first conversations there, as you suggested.

I also came across this piece on analytics operating models in wealth management and thought of you: https://www.analyticsledger.com/p/operating-models-wealth

Thank you again for being so generous with your time.

Priyanka""", subject="Quick update (and a thank-you)", sig=False)
    add("j16g", grace, [me], "2026-03-19 07:45", """That's wonderful news - good luck today! Thanks for the article, I'll read it on the train.

G""", parent="j16f", sig=False)

    # ---- J17 Nikhil via Meera: "could we talk on Monday?", thanks only before the call
    add("j17a", meera, [nikhil, me], "2026-03-11 21:05", """Hi both!

Nikhil - Priyanka and I go back to our U of T days. She's been leading customer and risk analytics at Dominion Lakeshore and is now looking for her next analytics leadership role. She's one of the sharpest people I know.

Priyanka - Nikhil heads up data science at Sunward Retail Group; we worked together at my last job. He knows everyone in retail analytics in this city.

I'll let you two take it from here!

Meera""", subject="Intro: Priyanka Sharma <> Nikhil Banerjee (Sunward)")
    add("j17b", me, [nikhil], "2026-03-11 22:10", """Thanks so much, Meera (moving you to bcc)!

Hi Nikhil, lovely to e-meet you. I'd really appreciate 20-30 minutes to hear how your team is set up at Sunward and how you see the retail analytics market right now. I'm flexible most days next week.

Best,""", parent="j17a", bcc=[meera])
    add("j17c", nikhil, [me], "2026-03-12 08:30", """Hi Priyanka,

Meera has been singing your praises for a while, so happy to connect. A friend of Meera's is a friend of mine - could we talk on Monday? Noon works well for me; my cell is 416-555-0166, or I can call you.

Nikhil""", parent="j17b", sig=False)
    add("j17d", me, [nikhil], "2026-03-12 09:15", "Thanks, Nikhil - Monday at noon works. I'll call you at 416-555-0166.\n\nPriyanka",
        parent="j17c", sig=False)

    # ---- J18 Ontario Public Service: portal only, bilingual acknowledgement
    opst = """Dear Priyanka Sharma,

Thank you for applying for the position of Manager, Health Data Analytics and Reporting (Job ID 231456) with the Ministry of Health. Your application was submitted on 2026-03-02 at 16:44.

Only applicants selected for an interview will be contacted. You can review your application at any time on the Ontario Public Service Careers website.

This is an automated message; please do not reply.

-----

Bonjour Priyanka Sharma,

Nous vous remercions d'avoir posé votre candidature au poste de gestionnaire, Analyse et rapports sur les données de santé (numéro d'emploi 231456) au ministère de la Santé. Votre candidature a été soumise le 2026-03-02 à 16 h 44.

Nous communiquerons uniquement avec les personnes retenues pour une entrevue. Vous pouvez consulter votre candidature en tout temps sur le site Carrières de la fonction publique de l'Ontario.

Ceci est un message automatique; veuillez ne pas y répondre."""
    add("j18a", ops, [me], "2026-03-02 16:45", opst,
        subject="Application received – Job ID 231456 / Candidature reçue – numéro d'emploi 231456",
        html=html_of(opst), headers=AUTO)

    # ---- J25 Meetup RSVP (the event where she met Rahul, Siobhan, Trevor and Marc)
    mt = """Priyanka, you're going!

Building analytics teams that last - panel + networking
Toronto Analytics Leaders

Thursday, February 26, 2026
6:30 PM to 9:00 PM EST

MaRS Discovery District, 101 College St, Toronto, ON

Add to calendar: https://www.meetup.com/toronto-analytics-leaders/events/305118842/ical/

See you there!
The Meetup team"""
    add("j25a", meetup, [me], "2026-02-20 13:00", mt,
        subject="You're going! Building analytics teams that last – Toronto Analytics Leaders",
        html=html_of(mt), headers=AUTO)

    # ================================================================== NOISE

    def notice(key, sender, when, subject, text, html_only=False, extra=None):
        h = dict(AUTO)
        h.update(extra or {})
        add(key, sender, [me], when, text, subject=subject, html=html_of(text, subject),
            html_only=html_only, headers=h)

    notice("n_ei1", svc, "2026-02-03 08:12",
           "Employment Insurance – Application submitted / Assurance-emploi – Demande soumise",
           """Your application for Employment Insurance (EI) benefits was submitted on 2026-02-02.
Confirmation number: 7731-0946-2208

Keep this number for your records. To view the status of your claim, sign in to My Service Canada Account.

-----

Votre demande de prestations d'assurance-emploi (AE) a été soumise le 2026-02-02.
Numéro de confirmation : 7731-0946-2208

Conservez ce numéro. Pour consulter l'état de votre demande, ouvrez une session dans Mon dossier Service Canada.""")
    notice("n_ei2", svc, "2026-02-06 06:30",
           "Record of Employment available / Relevé d'emploi disponible",
           """A new Record of Employment (ROE) from DOMINION LAKESHORE BANK is available in My Service Canada Account.

Un nouveau relevé d'emploi (RE) de DOMINION LAKESHORE BANK est disponible dans Mon dossier Service Canada.""")
    notice("n_ei3", svc, "2026-02-18 06:30",
           "New message in My Service Canada Account / Nouveau message dans Mon dossier Service Canada",
           """You have a new message about your Employment Insurance claim. Sign in to My Service Canada Account to read it.

Vous avez un nouveau message concernant votre demande d'assurance-emploi. Ouvrez une session dans Mon dossier Service Canada pour le lire.""")
    notice("n_ei4", svc, "2026-02-24 06:30",
           "Direct deposit information updated / Renseignements sur le dépôt direct mis à jour",
           """Your direct deposit information for Employment Insurance payments was updated on 2026-02-23. If you did not make this change, call 1-800-206-7218.

Vos renseignements sur le dépôt direct pour les paiements d'assurance-emploi ont été mis à jour le 2026-02-23. Si vous n'avez pas fait ce changement, composez le 1-800-206-7218.""")
    notice("n_ei5", svc, "2026-03-06 06:30",
           "Reminder: complete your EI report / Rappel : remplissez votre déclaration d'AE",
           """Your EI report for the period 2026-02-22 to 2026-03-07 is now available. Complete it online or by phone (1-800-531-7555).

Votre déclaration d'AE pour la période du 2026-02-22 au 2026-03-07 est maintenant disponible. Remplissez-la en ligne ou par téléphone.""")
    notice("n_scotia1", scotia, "2026-02-27 07:02", "Scotia InfoAlert: Deposit",
           """A deposit of $1,214.00 from GOVT CANADA was made to your Scotia Chequing account ending in 4471 on Feb 27, 2026.

To change your InfoAlert settings, sign in to Scotia OnLine.""", html_only=True)
    notice("n_scotia2", scotia, "2026-03-04 05:15", "Your Scotiabank eStatement is ready",
           """Hi Priyanka,

Your eStatement for Scotia Momentum VISA Infinite ending in 0932 is ready to view in the Scotia app or Scotia OnLine.

Statement date: March 2, 2026
Minimum payment: $45.00

Scotiabank""", html_only=True)
    notice("n_rogers1", rogers, "2026-02-12 04:10", "Your Rogers bill is ready",
           """Hi Priyanka,

Your February bill is ready.

Account: 8 2371 4406 1
Amount due: $187.46
Due date: Mar 3, 2026

Your payment will be made by pre-authorized debit.

Rogers""", html_only=True)
    notice("n_rogers2", rogers, "2026-03-12 04:10", "Your Rogers bill is ready",
           """Hi Priyanka,

Your March bill is ready. It's $23.10 higher than last month because of a one-time data top-up.

Account: 8 2371 4406 1
Amount due: $210.56
Due date: Apr 2, 2026

Rogers""", html_only=True)

    # hockey
    add("n_h1a", dave, [parents], "2026-03-02 20:45", """Hi parents,

Barrie tournament details: first game Saturday 8:15 a.m. at Sadlon Arena, second at 2:40 p.m. Sunday games depend on results.

Please reply by Wednesday if your player can't make either day. I'll confirm the final roster by Friday.

Coach Dave""", subject="U11 A – Barrie tournament (March 14-15)")
    add("n_h1b", jen, [parents], "2026-03-02 21:30", """Noah's in for both days! We booked the Holiday Inn on Bryne Dr if anyone wants to carpool.

Jen""", parent="n_h1a")
    add("n_h1c", me, [parents], "2026-03-03 07:10", """Rohan's in for both days too. Vikram is driving up Saturday morning - we have room for one more.

Priyanka""", parent="n_h1b", sig=False)
    add("n_h1d", dave, [parents], "2026-03-06 19:55", """Roster's confirmed - all 15 skaters and both goalies. White jerseys Saturday, red Sunday. Go Flames!

Coach Dave""", parent="n_h1c", quote=False)
    notice("n_h2", lha, "2026-02-20 10:22", "Payment received – March Break Hockey Camp 2026",
           """Thank you for your payment.

Participant: Rohan Sharma
Program: March Break Hockey Camp (U11), March 16-20, 2026, Leaside Memorial Gardens
Amount paid: $395.00 (Visa ending 0932)

Leaside Hockey Association""")
    add("n_h3a", jen, [parents], "2026-03-19 20:15", """Hi Flames families!

Year-end party is Saturday April 4, 4-7pm, at our place (41 Parkhurst Blvd). Pizza's covered by the team fund - please reply with numbers so I can order, and let me know if you can bring a side or dessert.

Jen""", subject="Flames year-end party – Sat April 4")
    add("n_h3b", me, [jen], "2026-03-19 21:02", "Count us in - 3 of us. I can bring samosas!\n\nPriyanka",
        parent="n_h3a", sig=False)
    add("n_h3c", jen, [me], "2026-03-20 07:30", "Amazing!! Rohan will be thrilled, he keeps telling Noah about your samosas 😂\n\nJen",
        parent="n_h3b")
    add("n_v1a", vikram, [me], "2026-03-01 10:12", """Booked for the tournament. Two queens, Saturday night only.

---------- Forwarded message ---------
From: Holiday Inn Barrie <reservations@hibarrie.example.com>
Date: Sat, Feb 28, 2026 at 9:14 PM
Subject: Your booking confirmation – Holiday Inn Barrie
To: Vikram Sharma <vikram.sharma@example.com>

Thank you for booking with us, Vikram.
Confirmation number: 66104583
Check-in: Sat, Mar 14, 2026 (from 3:00 PM)
Check-out: Sun, Mar 15, 2026 (by 11:00 AM)
Room: 2 Queen Beds, Non-Smoking
Total: CAD 189.00 + taxes""", subject="Fwd: Your booking confirmation – Holiday Inn Barrie")
    add("n_v1b", me, [vikram], "2026-03-01 10:40", """Perfect, thanks hon. Can you also drop Rohan's skates at the sharpening place Tuesday?

P""", parent="n_v1a", sig=False)
    add("n_v2a", vikram, [me], "2026-03-19 11:30", """Can you take Rohan to the dentist at 4? Site visit in Vaughan ran long and I won't make it back.

V""", subject="Rohan dentist 4pm")
    add("n_v2b", me, [vikram], "2026-03-19 11:42", """Yes, I'll go straight there after the Ridgeway interview. Fingers crossed for me!

P""", parent="n_v2a", sig=False)

    # condo
    add("n_c1", dunfield, [me], "2026-02-24 16:00", """NOTICE TO ALL RESIDENTS - MTCC 1187

Domestic water shut-off: Tuesday, March 10, 2026, 9:00 a.m. to 1:00 p.m.

The domestic water supply to all suites will be shut off to replace a riser valve on the 9th floor. Please fill containers in advance and avoid using appliances during this period.

Dunfield Property Management on behalf of the Board of Directors""",
        subject="NOTICE: Domestic water shut-off – Tuesday, March 10",
        headers=dict(AUTO, **bulk_headers("<residents.dunfieldpm.ca>", "https://dunfieldpm.ca/unsubscribe")))
    s, e = T("2026-03-17 19:00"), T("2026-03-17 20:30")
    add("n_c2", gordon, [me, lena, sam], "2026-02-28 10:00", """Hi all,

Zoom invite for our March board meeting attached. Main items: reserve fund study, lobby carpet quotes, the water shut-off, and the AGM date.

https://us02web.zoom.us/j/81296605274?pwd=Z2Rjb3pX
Meeting ID: 812 9660 5274
Passcode: 1187

Gordon
President, MTCC 1187""", subject="MTCC 1187 Board of Directors – March meeting (Tue Mar 17, 7 pm)",
        ics=make_ics(method="REQUEST", uid=uid_uuid("condo-board-march"), stamp=T("2026-02-28 09:58"),
                     start=s, end=e, summary="MTCC 1187 Board of Directors – March meeting",
                     organizer=gordon, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                                  (lena, "NEEDS-ACTION", "INDIVIDUAL"),
                                                  (sam, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="https://us02web.zoom.us/j/81296605274?pwd=Z2Rjb3pX",
                     description="Join Zoom Meeting\nhttps://us02web.zoom.us/j/81296605274\n"
                                 "Meeting ID: 812 9660 5274\nPasscode: 1187",
                     prodid="-//zoom.us//iCalendar Event//EN"), ics_mode="attach")
    add("n_c3a", gordon, [me, lena, sam], "2026-03-18 09:05", """Thanks all for a productive meeting last night.

Action items:
- Lena: follow up on the lobby carpet quotes
- Sam: ask Dunfield for the revised reserve fund schedule
- Priyanka: draft minutes
- Me: book the party room for the AGM

Gordon""", subject="March board meeting – action items")
    add("n_c3b", me, [gordon, lena, sam], "2026-03-18 12:40", """Will do - I'll circulate the draft minutes by Friday.

Priyanka""", parent="n_c3a", sig=False)
    add("n_c3c", lena, [gordon, me, sam], "2026-03-18 13:05", """Thanks Gordon. Carpet quotes are in progress - two of the three vendors have been by.

Lena""", parent="n_c3b")

    s, e = T("2026-03-19 16:00"), T("2026-03-19 16:45")
    dtext = """Hello Priyanka,

This confirms the following appointment:

Patient: Rohan Sharma
Date: 19/03/2026
Time: 4:00 PM
Provider: Dr. Sandra Leung (hygiene and check-up)
Location: Leaside Family Dental, 1601 Bayview Ave, Toronto

Please call 416-555-0195 at least 24 hours in advance if you need to reschedule.

Leaside Family Dental"""
    add("n_dent", dental, [me], "2026-03-13 14:30", dtext,
        subject="Appointment confirmation – Rohan Sharma – 19/03/2026 4:00 PM", headers=AUTO,
        ics=make_ics(method="PUBLISH", uid=uid_uuid("dental-rohan"), stamp=T("2026-03-13 14:30"),
                     start=s, end=e, summary="Dental appointment - Rohan Sharma", organizer=dental,
                     location="Leaside Family Dental, 1601 Bayview Ave, Toronto",
                     prodid="-//Dentrix Ascend//Appointment//EN"), ics_mode="publish")

    lih = bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe")
    notice("n_li1", li_alerts, "2026-02-10 13:05",
           "“analytics manager”: 30+ new jobs in Greater Toronto Area",
           """Your job alert for analytics manager in Greater Toronto Area

Analytics Manager, Customer Insights - Harbourview Retail - Toronto, ON (Hybrid) - Be an early applicant
Manager, Data & Analytics - Trillium Mutual - Waterloo, ON - Easy Apply
Senior Manager, Analytics - Northern Crown Bank - Toronto, ON - 3 connections work here
Analytics Lead, Pricing - Coastline Insurance - Toronto, ON - Promoted

See all jobs on LinkedIn""", extra=lih)
    notice("n_li2", li_alerts, "2026-03-03 13:05",
           "“analytics manager”: Kestrel Insurance and 27 others are hiring",
           """Your job alert for analytics manager in Greater Toronto Area

Analytics Manager, Claims - Kestrel Insurance - Toronto, ON (Hybrid) - Actively recruiting
Manager, Customer Analytics - Ridgeway Telecom - Toronto, ON - Apply now
Analytics Manager - Beacon Grocers - North York, ON - Easy Apply
Manager, Reporting & Insights - City Transit Authority - Toronto, ON

See all jobs on LinkedIn""", extra=lih)
    notice("n_li3", li, "2026-03-09 14:40", "Priyanka, you appeared in 14 searches this week",
           """You appeared in 14 searches this week.

Top companies your searchers work at: Talentbridge Partners, Bayview Search Partners, Harbourline Staffing
Keywords your searchers used: analytics manager, power bi, credit risk

See all searches""", extra=bulk_headers("<notifications.linkedin.com>", "https://www.linkedin.com/psettings/"))
    notice("n_li4", li_alerts, "2026-03-17 13:05",
           "“manager, business intelligence”: 18 new jobs in Toronto",
           """Your job alert for manager, business intelligence in Toronto, Ontario, Canada

Manager, Business Intelligence - Larchmont Capital - Toronto, ON - Be an early applicant
BI Manager - Spadina Health Partners - Toronto, ON (On-site)
Manager, Enterprise Reporting - Province-wide Credit Union - Mississauga, ON - Easy Apply

See all jobs on LinkedIn""", extra=lih)
    notice("n_jb", jobbank, "2026-03-13 07:00",
           "Job Bank – Job alert: analytics manager / Guichet-Emplois – Alerte-emploi",
           """4 new jobs match your alert "analytics manager" (Toronto, ON).

- Manager, Data Analytics - Toronto (ON) - posted 2026-03-12
- Analytics Manager - Markham (ON) - posted 2026-03-12
- Business Intelligence Manager - Toronto (ON) - posted 2026-03-11
- Manager, Research and Analytics - Toronto (ON) - posted 2026-03-11

4 nouveaux emplois correspondent à votre alerte « analytics manager » (Toronto, ON).""",
           extra=bulk_headers("<alerts.jobbank.gc.ca>", "https://www.jobbank.gc.ca/alerts"))
    lh = bulk_headers("<analyticsledger.substack.com>", "https://analyticsledger.substack.com/action/unsubscribe")
    notice("n_news1", ledger, "2026-02-19 11:00", "The Analytics Ledger #112: Why your dashboards aren't used",
           """This week: the three reasons dashboards go unused, a reader question on hiring your first analytics engineer, and the job market for analytics managers in Canada (hint: slower, but not frozen).

Read in the app""", extra=lh)
    notice("n_news2", ledger, "2026-03-12 11:00", "The Analytics Ledger #115: Interviewing for analytics leadership",
           """This week: what panels actually ask analytics managers, how to talk about a layoff without apologising, and a chart on Toronto salary bands.

Read in the app""", extra=lh)

    # family and friends
    add("n_s1", anjali, [me], "2026-03-08 11:20", """Di, we need to book something for Mom's 70th on the 21st!! Can you handle the restaurant? I'll do the cake + call the aunties.""",
        subject="Mom's 70th!!")
    add("n_s2", me, [anjali], "2026-03-08 13:05", "On it. I'll book the restaurant by Wednesday - thinking Amaya on Bayview?",
        parent="n_s1", sig=False)
    add("n_s3", anjali, [me], "2026-03-08 13:30", "Perfect! 7pm-ish. 12 of us I think",
        parent="n_s2")
    add("n_s4", me, [anjali], "2026-03-10 19:45", "Booked: Amaya, Saturday March 21, 7:00 pm, table for 12. 🎉",
        parent="n_s3", sig=False)
    add("n_s5", anjali, [me], "2026-03-22 10:15", "Last night was perfect. Mom cried twice 😂 Send me your pics when you can!",
        parent="n_s4")
    add("n_s6", me, [anjali], "2026-03-22 11:00", "Will do! She looked so happy. ❤️", parent="n_s5", sig=False)
    add("n_d1", deepa, [me], "2026-03-13 17:40", """Brick Works loop Sunday 9am? Haven't seen you in forever.

D""", subject="Sunday walk?")
    add("n_d2", me, [deepa], "2026-03-13 20:10", "We're in Barrie all weekend for Rohan's tournament! Next Sunday?",
        parent="n_d1", sig=False)
    add("n_d3", deepa, [me], "2026-03-13 20:25", "Deal. 22nd, 9am, Brick Works parking lot.", parent="n_d2")
    notice("n_school", school, "2026-03-11 15:30", "Maplehurst Matters – March Break reminder",
           """Dear Maplehurst families,

A reminder that school is closed for March Break from Monday, March 16 to Friday, March 20. Classes resume on Monday, March 23.

Pizza lunch orders for April are open until March 27. Have a safe and restful break!

Ms. R. Alvarez, Principal""", extra=bulk_headers("<families.maplehurstps.ca>", "https://maplehurstps.ca/unsubscribe"))
    add("n_hr", dlbhr, [me], "2026-02-04 10:00", """Dear Priyanka,

As part of your separation package, your group health and dental coverage continues until 2026-04-30. Life and disability coverage ended on your last day of employment; conversion options are described in the attached guide.

Your final pay statement, including vacation payout, is available in Workday.

If you have questions, reply to this mailbox or call HR Services at 1-888-555-0102.

HR Services
Dominion Lakeshore Bank""", subject="Your benefits continuation and final pay")
    notice("n_presto", presto, "2026-02-25 09:12", "PRESTO Autoload confirmation",
           """Your Autoload of $40.00 to PRESTO card ending 3391 was successful on 2026-02-25.""")
    notice("n_indigo", indigo, "2026-03-02 13:40", "Your Indigo order has shipped",
           """Hi Priyanka,

Good news - your order #IND-40917733 is on its way.

Storytelling with Data - Cole Nussbaumer Knaflic - qty 1
The Manager's Path - Camille Fournier - qty 1

Track your package with Canada Post: 7023 8811 2290 4471""", html_only=True)
    notice("n_doc", portal, "2026-03-16 12:05", "New message from Dr. Helen Cho's office",
           """You have a new secure message from Leaside Medical Centre.

Your recent lab results have been reviewed by Dr. Cho. No follow-up is needed at this time.

Sign in to the patient portal to read the full message.""")
    notice("n_meetup2", meetup, "2026-03-20 12:00", "New event: Toronto Analytics Leaders – April speaker night",
           """Toronto Analytics Leaders just scheduled a new event.

April speaker night: Analytics in the age of copilots
Thursday, April 16, 2026, 6:30 PM
MaRS Discovery District

RSVP on Meetup""", extra=bulk_headers("<events.meetup.com>", "https://www.meetup.com/account/comms/"))

    # ================================================================== FACTS
    M = case.meeting
    M("j1a", T("2026-03-05 11:00"), T("2026-03-05 11:30"), met=[megan.email], thanks={megan.email: "j1f"},
      what="agency recruiter call")
    M("j28a", T("2026-03-09 16:00"), T("2026-03-09 16:30"), met=[daniel.email], thanks={daniel.email: "j2d"},
      what="agency recruiter call (Calendly)")
    M("j3a", T("2026-03-11 14:00"), T("2026-03-11 15:00"), met=[], unknown=["Paul Desjardins", "Lindsay Kerr"],
      arranged_by=olivia.email, what="client interview arranged by agency")
    M("j4a", T("2026-03-26 10:00"), T("2026-03-26 11:00"), met=[], status="scheduled", unknown=["Fiona Walsh"],
      arranged_by=arjun.email, what="client interview ahead")
    M("j9a", T("2026-03-19 13:00"), T("2026-03-19 14:00"), met=[marc.email], unknown=["Nadia Haddad"],
      arranged_by=jessica.email, thanks={marc.email: "j26a"}, what="Ridgeway panel")
    M("j10a", T("2026-03-20 10:00"), T("2026-03-20 11:00"), met=[etienne.email, "julie.berube@velocelogistique.ca"],
      thanks={etienne.email: "j27a"}, what="Véloce video interview")
    M("j11inv", T("2026-03-06 10:00"), T("2026-03-06 10:30"), met=[hannah.email], thanks={hannah.email: "j11d"},
      what="Aldergrove phone screen")
    M("j12a", T("2026-03-09 14:00"), T("2026-03-09 15:00"), met=[lisa.email, amir.email],
      thanks={lisa.email: "j12c", amir.email: "j12c"}, what="DVHN panel")
    M("j13a", T("2026-03-12 11:00"), T("2026-03-12 11:45"), met=[owen.email], what="Lakeview conversation")
    M("j14a", T("2026-03-02 12:30"), T("2026-03-02 13:00"), met=[kevin.email], thanks={kevin.email: "j14d"},
      networking=True, what="catch-up call")
    M("j15a", T("2026-03-04 08:00"), None, met=[aisha.email], status="moved", networking=True,
      what="coffee, moved to Thursday")
    M("j15a", T("2026-03-05 08:00"), None, met=[aisha.email], thanks={aisha.email: "j15e"}, networking=True,
      what="coffee")
    M("j16a", T("2026-02-27 12:00"), T("2026-02-27 12:30"), met=[grace.email], thanks={grace.email: "j16d"},
      networking=True, what="informational call")
    M("j17a", T("2026-03-16 12:00"), None, met=[nikhil.email], networking=True, what="intro call")
    M("j25a", T("2026-02-26 18:30"), T("2026-02-26 21:00"), met=[], networking=True, what="meetup")
    M("n_c2", T("2026-03-17 19:00"), T("2026-03-17 20:30"), met=[gordon.email, lena.email, sam.email], job=False,
      what="condo board")
    M("n_dent", T("2026-03-19 16:00"), T("2026-03-19 16:45"), met=[], job=False, what="dentist")
    M("n_s1", T("2026-03-21 19:00"), None, met=[anjali.email], job=False, what="family dinner")
    M("n_d1", T("2026-03-22 09:00"), None, met=[deepa.email], job=False, what="walk with a friend")
    M("n_h3a", T("2026-04-04 16:00"), T("2026-04-04 19:00"), met=[], status="scheduled", job=False,
      what="team party")

    case.promise("j1a", "j1e", megan.email, "2026-03-13", back="2026-03-23")
    case.promise("j11a", "j11e", hannah.email, "2026-03-11", back="2026-03-12")
    case.promise("j12a", "j12d", lisa.email, "2026-03-16")
    case.promise("j10a", "j10d", camille.email, "2026-03-27")
    case.promise("n_h1a", "n_h1a", dave.email, "2026-03-06", answered_by="n_h1d", job=False)

    A = case.application
    A("j1a", "j1b", megan.email, answered_by="j1c")
    A("j2a", "j2b", daniel.email, answered_by="j2c")
    A("j3a", "j3b", olivia.email, answered_by="j3c")
    A("j4a", "j4b", arjun.email, answered_by="j4c")
    A("j5a", "j5a", rahul.email)
    A("j6a", "j6a", siobhan.email)
    A("j7a", "j7a", trevor.email, ended_by="j21a")
    A("j8a", "j8a", marc.email, answered_by="j8b")

    O = case.own_promise
    O("j1a", "j1f", megan.email, "2026-03-11", kept_by="j1g")
    O("j2a", "j2d", daniel.email, "2026-03-13")
    O("j11a", "j11d", hannah.email, "2026-03-10", kept_by="j11f")
    O("j26a", "j26a", marc.email, "2026-03-20")
    O("j27a", "j27a", etienne.email, "2026-03-25")
    O("n_s1", "n_s2", anjali.email, "2026-03-11", kept_by="n_s4", job=False)
    O("n_c3a", "n_c3b", gordon.email, "2026-03-20", job=False)

    # ================================================================== THREADS
    th = case.thread
    th("j1a", True, "recruiter", "Talentbridge Partners",
       "agency recruiter; résumé sent Feb 23 and answered; call Thu Mar 5 11:00-11:30 thanked at 14:20; "
       "'feedback by the end of next week' (Fri Mar 13); Priyanka's 'salary expectations by Wednesday' kept "
       "Wed Mar 11; Megan's out-of-office (March Break, back Mon Mar 23) moves the callback to end of Wed Mar 25")
    th("j2a", True, "recruiter", "Bayview Search Partners",
       "agency recruiter; résumé sent Mar 4, answered Mar 5; call Mon Mar 9 thanked at 17:35 with a promise of "
       "two references 'by Friday' (Mar 13) never sent; Daniel asks for them again Mar 18")
    th("j28a", True, "recruiter", "Bayview Search Partners",
       "Calendly confirmation (no-reply sender, ICS) for the call with Daniel Mon Mar 9 16:00-16:30")
    th("j3a", True, "interview", "Harbourline Staffing",
       "agency recruiter; résumé Feb 27 answered Mar 2; client interview Wed Mar 11 14:00-15:00 with Paul "
       "Desjardins and Lindsay Kerr, named without addresses; Olivia mentions two other candidates; Priyanka has "
       "not written to Olivia since")
    th("j4a", True, "interview", "Keystone Recruitment",
       "agency recruiter; résumé Mar 17 answered Mar 18; client interview picked from two slots, "
       "Thu Mar 26 10:00, still ahead")
    th("j5a", True, "application", "Kestrel Insurance",
       "application with résumé to Rahul (met at the meetup) Tue Mar 3; only an out-of-office reply "
       "(conference, back Fri Mar 6); nothing since")
    th("j6a", True, "application", "Larchmont Capital",
       "application with résumé and cover letter to Siobhan Thu Mar 5; only a Workday acknowledgement since")
    th("j19a", True, "application", "Larchmont Capital",
       "Workday acknowledgement (automated, HTML only) of the application entered after the email to Siobhan")
    th("j7a", True, "application", "Fernhill Energy",
       "résumé to Trevor Wed Mar 4; Greenhouse acknowledgement and, Mar 11, a Greenhouse rejection")
    th("j20a", True, "application", "Fernhill Energy", "Greenhouse acknowledgement of Trevor's referral")
    th("j21a", True, "rejection", "Fernhill Energy", "Greenhouse rejection Wed Mar 11 (automated)")
    th("j8a", True, "application", "Ridgeway Telecom",
       "application with résumé to Marc Mon Mar 2; Marc answered Tue Mar 3 and passed it to Jessica")
    th("j9a", True, "interview", "Ridgeway Telecom",
       "Jessica offers three slots, Thursday Mar 19 13:00 picked; ICS attached (Windows zone, room); panel with "
       "Marc and Nadia Haddad, whose address appears nowhere; Priyanka has not written to Jessica since")
    th("j26a", True, "interview", "Ridgeway Telecom",
       "thank-you to Marc in a new thread Thu Mar 19 16:45 promising a one-page summary 'by Friday' (Mar 20), "
       "not sent; Marc's reply looks forward to it")
    th("j10a", True, "interview", "Véloce Logistique",
       "Montréal coordinator writing in French and English; interview Fri Mar 20 10:00-11:00 (Teams, Outlook "
       "invite in the thread) with Étienne Roy and Julie Bérubé, both addresses given in Camille's text; "
       "Étienne thanked in a new thread, Julie not; 'une décision sera prise d'ici le vendredi 27 mars'")
    th("j27a", True, "interview", "Véloce Logistique",
       "thank-you to Étienne Fri Mar 20 13:10 promising references by Wed Mar 25 (still open)")
    th("j23a", True, "application", "Véloce Logistique",
       "SmartRecruiters bilingual acknowledgement of the portal application")
    th("j11a", True, "interview", "Aldergrove Logistics",
       "phone screen Fri Mar 6 thanked at 11:40 with a promise of a sample by Tuesday, kept Tue Mar 10; Hannah's "
       "'in touch by Wednesday, March 11'; her out-of-office gives back Thu Mar 12, so the callback is due at the "
       "end of Mon Mar 16; nothing since")
    th("j11inv", True, "interview", "Aldergrove Logistics",
       "Google Calendar invitation for the phone screen Fri Mar 6 10:00-10:30")
    th("j22a", True, "application", "Aldergrove Logistics", "Lever acknowledgement of the portal application")
    th("j12a", True, "interview", "Don Valley Health Network",
       "interview Mon Mar 9 14:00-15:00 (date written 2026-03-09) with Lisa and Dr. Karimi; one thank-you to both; "
       "committee meets Thu Mar 12, 'we aim to let every candidate know the outcome by Monday, March 16'; silence")
    th("j24a", True, "application", "Don Valley Health Network", "iCIMS acknowledgement (HTML only)")
    th("j13a", True, "rejection", "Lakeview Foods Co.",
       "a 'conversation' Thu Mar 12 11:00-11:45 on Zoom, slot picked from two (written 3/12); never thanked; "
       "gentle rejection Wed Mar 18")
    th("j14a", True, "networking", "Cedarvale Credit Union",
       "catch-up call with former colleague Mon Mar 2 12:30-13:00, thanked, Kevin replied the same day; "
       "no exchange since")
    th("j15a", True, "networking", "Queensway Pay",
       "coffee moved from Wed Mar 4 to Thu Mar 5 08:00 ('Thursday works!'), thanked 10:30; no exchange since")
    th("j16a", True, "networking", "Elmstead Wealth",
       "informational call Fri Feb 27 12:00-12:30, thanked; written to again Mar 18 in a new thread, reply Mar 19")
    th("j16f", True, "networking", "Elmstead Wealth", "Priyanka's update to Grace Mar 18 and Grace's reply Mar 19")
    th("j17a", True, "networking", "Sunward Retail Group",
       "intro by a friend; 'could we talk on Monday?'; call Mon Mar 16 at noon (no end given); only a 'thanks' "
       "before the call")
    th("j18a", True, "application", "Ontario Public Service",
       "portal-only application (Job ID 231456), bilingual automated acknowledgement; no person to write to")
    th("j25a", True, "networking", "Toronto Analytics Leaders",
       "Meetup RSVP for the Feb 26 evening where she met Rahul, Siobhan, Trevor and Marc")

    for key, note in [
        ("n_ei1", "EI application submitted"), ("n_ei2", "ROE available"), ("n_ei3", "My Service Canada message"),
        ("n_ei4", "EI direct deposit notice"), ("n_ei5", "EI report reminder"), ("n_scotia1", "Scotiabank deposit alert"),
        ("n_scotia2", "Scotiabank eStatement"), ("n_rogers1", "Rogers bill"), ("n_rogers2", "Rogers bill"),
        ("n_h1a", "son's hockey team: tournament; coach's 'final roster by Friday' kept"),
        ("n_h2", "hockey camp receipt"), ("n_h3a", "hockey year-end party"),
        ("n_v1a", "husband forwards a hotel booking"), ("n_v2a", "husband: dentist pickup"),
        ("n_c1", "condo water shut-off notice"), ("n_c2", "condo board meeting invite (Zoom ICS)"),
        ("n_c3a", "condo board action items; her 'draft minutes by Friday' to the board"),
        ("n_dent", "son's dentist appointment (ICS PUBLISH, day-first date)"),
        ("n_li1", "LinkedIn job alert"), ("n_li2", "LinkedIn job alert"), ("n_li3", "LinkedIn searches"),
        ("n_li4", "LinkedIn job alert"), ("n_jb", "Job Bank alert (bilingual)"), ("n_news1", "newsletter"),
        ("n_news2", "newsletter"), ("n_s1", "sister: mother's 70th birthday dinner"), ("n_d1", "friend: walk"),
        ("n_school", "school newsletter"), ("n_hr", "former employer HR: benefits"), ("n_presto", "receipt"),
        ("n_indigo", "order shipped"), ("n_doc", "patient portal message"), ("n_meetup2", "Meetup new event")]:
        company = {"n_rogers1": "Rogers", "n_rogers2": "Rogers", "n_scotia1": "Scotiabank",
                   "n_scotia2": "Scotiabank", "n_hr": "Dominion Lakeshore Bank"}.get(key)
        th(key, False, None, company, note)

    # ================================================================== LABELS
    X = case.expect
    X("application", "j5a", rahul.email,
      "résumé emailed Tue Mar 3 after the meetup; the only answer is an out-of-office (not a person); "
      "7 business days end Thu Mar 12, due since Mar 13 00:00 (even counted from his return on Mar 6 it is due)")
    X("application", "j6a", siobhan.email,
      "résumé and cover letter emailed Thu Mar 5; only a Workday acknowledgement (automated) came back; "
      "due since the end of Mon Mar 16")
    X("networking", "j14a", kevin.email,
      "catch-up call Mon Mar 2, last exchange his reply that evening; 14 days ran out at the end of Mon Mar 16")
    X("networking", "j15a", aisha.email,
      "coffee Thu Mar 5 (moved from Wed), thanked the same morning, no exchange since; touch due end of Thu Mar 19")
    X("ask_for_address", "j9a", jessica.email,
      "panel Thu Mar 19 13:00-14:00 included Nadia Haddad, whose address appears nowhere; Jessica arranged it "
      "and Priyanka has not written to her since; due from 16:00 that day")
    X("ask_for_address", "j3a", olivia.email,
      "client interview Wed Mar 11 with Paul Desjardins and Lindsay Kerr, named without addresses; the agency "
      "recruiter arranged it and Priyanka has not written to her since; due from 17:00 that day")
    X("own_promise", "j2a", daniel.email,
      "'I'll send you two references ... by Friday' (Mar 9, so Fri Mar 13); no message to Daniel since, though "
      "he asked again on Mar 18; due end of Fri Mar 13")
    X("own_promise", "j26a", marc.email,
      "'I'll send you a one-page summary ... by Friday' in the thank-you of Thu Mar 19; nothing sent to Marc "
      "since; due end of Fri Mar 20")
    X("thank_you", "j10a", "julie.berube@velocelogistique.ca",
      "met at the interview Fri Mar 20 10:00-11:00; her address is in Camille's French/English text; only "
      "Étienne was thanked; overdue since Sat Mar 21 11:00")
    X("thank_you", "j17a", nikhil.email,
      "intro call Mon Mar 16 at noon (60 min by default) took place; the only 'thanks' came before it; "
      "overdue since Tue Mar 17 13:00 (the networking touch is not due until Mar 30)")
    X("thank_you", "j13a", owen.email,
      "Zoom conversation Thu Mar 12 11:00-11:45 never thanked; the rejection of Mar 18 leaves the thank-you "
      "owed; overdue since Mar 13 11:45, stale only from Mar 26 13:45")
    X("callback", "j11a", hannah.email,
      "'I'll be in touch by Wednesday, March 11'; her out-of-office gives back Thu Mar 12, so counted from Mar 12 "
      "plus two business days: due end of Mon Mar 16; the KPI pack Priyanka sent Mar 10 came before the window "
      "ended; nothing from Aldergrove since", promised="2026-03-11")
    X("callback", "j12a", lisa.email,
      "'we aim to let every candidate know the outcome by Monday, March 16' after the committee of Mar 12; "
      "nothing since; due end of Wed Mar 18", promised="2026-03-16")

    F = case.forbid
    F("j1a", megan.email,
      "'feedback by the end of next week' (Fri Mar 13) would be due end of Tue Mar 17, but her March Break "
      "out-of-office gives back Mon Mar 23, so the callback counts from Mar 23 and falls due only at the end of "
      "Wed Mar 25; the salary promise was kept on Wed Mar 11; the call was thanked")
    F("j16a", grace.email,
      "networking call Fri Feb 27 thanked; Priyanka wrote to her again Mar 18 (new thread) and Grace replied "
      "Mar 19, so the next touch is due only at the end of Apr 2")
    F("j8a", marc.email,
      "application of Mon Mar 2 answered by Marc himself on Tue Mar 3: no application follow-up")
    F("j10a", camille.email,
      "the coordinator gave Julie's address in her own mail, so no ask_for_address; she was not met; the "
      "'décision d'ici le vendredi 27 mars' is still open")
    F("j27a", etienne.email,
      "thanked in this thread Fri Mar 20; Priyanka's own promise 'references by Wednesday, March 25' is still open")
    F("j18a", ops.email,
      "portal-only application to the Ontario Public Service: the bilingual acknowledgement is automated and "
      "names no one to write to")
    F("j7a", trevor.email,
      "no person answered the emailed résumé, but the Greenhouse rejection of Wed Mar 11 ends the application "
      "before its follow-up (end of Fri Mar 13) fell due")
    F("j9a", room[1], "a meeting room (CUTYPE=ROOM) in the Outlook invite, not a person")
    F("j4a", arjun.email,
      "client interview Thu Mar 26 10:00 is still ahead; résumé answered on Mar 18; Arjun arranges, is not met")
    F("j28a", calendly.email, "automated scheduler sender (no-reply@calendly.com)")
    F("n_c3a", gordon.email,
      "condo board, not job search: her unkept 'draft minutes by Friday' is about her own life and the board "
      "meeting owes no thank-you")
    F("j17a", meera.email,
      "the friend who made the introduction: not at the call, promised nothing, and thanked on Mar 11")
    F("j12a", amir.email,
      "thanked by the one note to both panelists on Mon Mar 9; the committee promise was Lisa's, not his")

    case.summary = (
        "Priyanka Sharma, 41, was laid off from Dominion Lakeshore Bank in January and is looking for an "
        "analytics manager role in Toronto. The mailbox runs from 3 February to Tuesday 24 March 2026, 09:30 EDT "
        "(Canada moved to daylight time on 8 March; Ontario's March Break was 16-20 March). After a Toronto "
        "Analytics Leaders meetup she emails four applications: Ridgeway's hiring manager answers himself, "
        "Fernhill's ends in an automated Greenhouse rejection, Kestrel's gets only a conference out-of-office and "
        "Larchmont's only a Workday acknowledgement (both follow-ups due). Agency recruiters fill the rest: "
        "Talentbridge's promise of feedback is pushed past `now` by a March Break out-of-office, although "
        "Priyanka kept her own salary promise; Bayview still waits for the references she promised by Friday; "
        "Harbourline set up a client interview with two people named only, and Keystone's client interview is "
        "still ahead. Ridgeway's panel included Nadia, never given an address (ask the coordinator), and "
        "Priyanka's thank-you to Marc promised a one-pager she never sent. Véloce in Montréal writes in French "
        "and English and gives both interviewers' addresses; only Étienne was thanked. Aldergrove's recruiter "
        "promised news by 11 March and was out until the 12th; Don Valley Health Network tied its answer to a "
        "committee and went quiet; Lakeview Foods rejected her after a conversation she never thanked. Two "
        "catch-ups with former colleagues are due a second touch, a third contact was written to again, and a "
        "friend's introduction led to a call thanked only beforehand. The Ontario Public Service application "
        "went through the portal alone. Noise: EI notices, Scotiabank, Rogers, her son's hockey team, the condo "
        "board she is secretary of, family, a friend, LinkedIn and Job Bank alerts, newsletters.")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
