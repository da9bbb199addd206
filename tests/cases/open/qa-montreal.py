#!/usr/bin/env python3
"""qa-montreal: Sébastien Tremblay-Roy, QA analyst in Montréal, looking for a QA lead or
SDET role.  Much of the mail is in French (Quebec habits), some in English, some bilingual.

casekit quotes replies the English (or German) way only; French clients write "Le jeu.
12 mars 2026 à 14:05, X a écrit :" (Gmail, webmail), "Le 13 mars 2026 à 16:12, X a écrit :"
(iPhone) or "De : / Envoyé : / À : / Objet :" (Outlook), and Outlook in French prefixes
replies with "RE : ".  This module writes those quotes and subjects itself and hands
casekit the finished text (quote=False, sig=False).
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt

NAME = "qa-montreal"
TZ = "America/Toronto"

WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_FR_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MO_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"]
MO_FR_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
               "oct.", "nov.", "déc."]


def _quoted(text):
    return "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                     for line in text.rstrip("\n").split("\n"))


def fr_quote(kind, replier, parent):
    t = parent.date.astimezone(replier.tz)
    ps = parent.sender
    if kind == "gfr":      # Gmail / webmail with a French interface
        head = "Le %s %d %s %d à %s, %s a écrit :" % (
            WD_FR_SHORT[t.weekday()], t.day, MO_FR_SHORT[t.month - 1], t.year,
            t.strftime("%H:%M"), ps.shown())
        return head + "\n" + _quoted(parent.text) + "\n"
    if kind == "ifr":      # iPhone Mail in French
        head = "Le %d %s %d à %s, %s a écrit :" % (
            t.day, MO_FR[t.month - 1], t.year, t.strftime("%H:%M"), ps.shown())
        return head + "\n\n" + _quoted(parent.text) + "\n"
    if kind == "ofr":      # Outlook in French
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        head = "De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n%sObjet : %s" % (
            ps.shown(), WD_FR[t.weekday()], t.day, MO_FR[t.month - 1], t.year,
            t.strftime("%H:%M"), to, "Cc : %s\n" % cc if cc else "", parent.subject)
        return "________________________________\n" + head + "\n\n" + parent.text
    raise ValueError(kind)


def base_subject(s):
    changed = True
    while changed:
        changed = False
        for p in ("Re: ", "RE: ", "RE : ", "Re : ", "TR : ", "TR: ", "Fwd: ", "FW: "):
            if s.startswith(p):
                s = s[len(p):]
                changed = True
    return s


def build():
    me = Person("Sébastien Tremblay-Roy", "sebastien.tremblay-roy@example.ca", TZ, "webmail",
                sig="Sébastien Tremblay-Roy\nAnalyste AQ | QA Analyst\n514 555-0187",
                locale="fr")
    now = dt.datetime(2026, 3, 25, 10, 15, tzinfo=me.tz)
    case = Case(
        NAME,
        "QA analyst in Montréal looking for a QA lead or SDET role; French, English and "
        "bilingual mail, Quebec date and time habits",
        {"name": "Sébastien Tremblay-Roy", "emails": [me.email], "phone": "+1 514 555 0187",
         "timezone": TZ},
        now, "")
    case.me = me
    QS = {}   # email -> quoting style: gfr, ifr, ofr, or en (casekit's own)

    def P(name, email, tz=TZ, style="gmail", sig=None, q="en", **kw):
        p = Person(name, email, tz, style, sig=sig, **kw)
        QS[id(p)] = q
        return p
    QS[id(me)] = "gfr"

    def M(key, sender, to, when, body, parent=None, subject=None, q=None, prefix=None,
          sig=True, **kw):
        q = q or QS.get(id(sender), "en")
        if parent is not None and subject is None:
            p = case.by_key[parent]
            if prefix is None:
                prefix = ("RE : " if q == "ofr" else "RE: ") if sender.style == "outlook" else "Re: "
            subject = prefix + base_subject(p.subject)
        if parent is not None and q != "en" and kw.get("quote", True):
            date = case.at(when, sender) if isinstance(when, str) else when
            text = body.strip("\n") + "\n"
            if sig and sender.sig:
                text += "\n" + sender.sig.strip("\n") + "\n"
            text += "\n" + fr_quote(q, sender, case.by_key[parent])
            kw["quote"] = False
            return case.add(key, sender, to, date, text, parent=parent, subject=subject,
                            sig=False, **kw)
        return case.add(key, sender, to, when, body, parent=parent, subject=subject, sig=sig,
                        **kw)

    at = case.at
    T = lambda s, p=None: at(s, p)

    def pdf(name, lines):
        return (name, "application/pdf", make_pdf(lines))

    CV = pdf("CV_Sebastien_Tremblay-Roy_2026.pdf", [
        "Sebastien Tremblay-Roy", "Analyste AQ / QA Analyst - Montreal - 514 555-0187",
        "sebastien.tremblay-roy@example.ca", "",
        "Nordivia (2021-): QA analyst, billing platform; Playwright, Pact, pytest, CI",
        "Logiciels Beauport (2018-2021): testeur logiciel",
        "Polytechnique (B.Ing. logiciel, 2018); ISTQB Foundation"])

    # ======================================================================
    # Job search
    # ======================================================================

    # ---- Studio Lumenfeu (Montréal game studio) ---------------------------------------
    chloe = P("Chloé Gagnon", "chloe.gagnon@lumenfeu.com", q="gfr", sig=(
        "Chloé Gagnon\nConseillère principale, acquisition de talents\nStudio Lumenfeu\n"
        "5445, avenue de Gaspé, bureau 800, Montréal (Québec)  H2T 3B2\nC. 514 555-0134"))
    genevieve = P("Geneviève Lapointe", "genevieve.lapointe@lumenfeu.com", q="gfr")
    ryan = P("Ryan O'Neill", "ryan.oneill@lumenfeu.com")

    M("lf1", chloe, [me], "2026-02-17 09:12", """
Bonjour Sébastien,

Je me permets de vous écrire suite à votre candidature pour le poste de Responsable assurance qualité au studio. Votre parcours chez Nordivia, en particulier l'automatisation des campagnes de régression, a retenu notre attention.

Auriez-vous une vingtaine de minutes pour un premier appel téléphonique cette semaine? Je suis disponible mercredi 18 février à 11 h ou vendredi 20 février à 9 h 30.

Au plaisir,
""", subject="Poste de Responsable AQ – Studio Lumenfeu")
    M("lf2", me, [chloe], "2026-02-17 12:40", """
Bonjour Chloé,

Merci pour votre message! Vendredi 9 h 30, c'est parfait pour moi. Vous pouvez me joindre au 514 555-0187.

Bonne journée,
""", parent="lf1")
    M("lf3", chloe, [me], "2026-02-17 13:05", """
Parfait, c'est noté! Je vous appelle vendredi à 9 h 30.

Chloé
""", parent="lf2", sig=False)
    case.meeting("lf1", T("2026-02-20 09:30"), None, met=[chloe.email],
                 what="phone screen with the recruiter")
    case.thread("lf1", True, "interview", "Studio Lumenfeu",
                "recruiter phone screen Fri Feb 20 9 h 30 (slot picked from two, no end "
                "stated); no note after it, and whatever was owed fell stale on Mar 6: in "
                "neither list")

    M("lc1", chloe, [me], "2026-03-06 15:20", """
Bonjour Sébastien,

Suite à nos textos de ce matin, je vous confirme votre entrevue pour le poste de Responsable assurance qualité :

Date : jeudi 12 mars 2026
Heure : de 14 h à 15 h 30
Lieu : Studio Lumenfeu, 5445, avenue de Gaspé, bureau 800 (réception au 8e étage)

Vous rencontrerez :
- Geneviève Lapointe, directrice assurance qualité (genevieve.lapointe@lumenfeu.com)
- Ryan O'Neill, producteur exécutif (ryan.oneill@lumenfeu.com)

La première partie portera sur votre expérience en gestion d'équipe, la deuxième sur un cas pratique (plan de test pour une mise à jour en direct d'un de nos jeux). Ryan est anglophone, la rencontre se déroulera donc en partie en anglais.

Je ne serai pas présente, mais n'hésitez pas à m'écrire si vous avez des questions d'ici là. Geneviève viendra vous chercher à la réception.

Bonne fin de semaine!
""", subject="Confirmation d'entrevue – Responsable assurance qualité")
    M("lc2", me, [chloe], "2026-03-06 17:02", """
Bonjour Chloé,

C'est noté pour jeudi 14 h, merci! Je serai là quelques minutes d'avance.

Bonne fin de semaine à vous aussi,
""", parent="lc1")
    M("lc3", me, [chloe], "2026-03-12 19:05", """
Bonjour Chloé,

Un petit mot pour vous dire que la rencontre de cet après-midi avec Geneviève et Ryan s'est très bien déroulée. Le cas pratique sur la mise à jour en direct m'a beaucoup plu, et ça confirme mon intérêt pour le poste.

Merci encore d'avoir organisé le tout. Au plaisir d'avoir de vos nouvelles,
""", parent="lc2")
    M("lc4", chloe, [me], "2026-03-13 11:30", """
Bonjour Sébastien,

Merci pour votre message, ça fait plaisir à lire! Geneviève et Ryan ont eux aussi apprécié la rencontre.

Pour être transparente avec vous : ils rencontrent encore deux candidats en début de semaine prochaine. Je vous reviens d'ici le vendredi 20 mars au plus tard avec des nouvelles sur la suite.

Bonne fin de semaine,
Chloé
""", parent="lc3", sig=False)
    case.meeting("lc1", T("2026-03-12 14:00"), T("2026-03-12 15:30"),
                 met=[genevieve.email, ryan.email], thanks={ryan.email: "ly1"},
                 what="on-site interview; recruiter not present")
    case.promise("lc1", "lc4", chloe.email, "2026-03-20")
    case.thread("lc1", True, "interview", "Studio Lumenfeu",
                "French confirmation, no ICS: Thu Mar 12 14 h-15 h 30 on site with Geneviève "
                "Lapointe and Ryan O'Neill (addresses only in the text); the recruiter says she "
                "will not attend; Ryan thanked in English in a new thread, Geneviève never; "
                "recruiter's 'je vous reviens d'ici le vendredi 20 mars' then silence")
    case.expect("thank_you", "lc1", genevieve.email,
                "interviewer at the Thu Mar 12 14 h-15 h 30 on-site, named with her address in "
                "the French confirmation; only Ryan was thanked; overdue since Mar 13 15:30")
    case.expect("callback", "lc1", chloe.email,
                "'Je vous reviens d'ici le vendredi 20 mars au plus tard'; nothing from "
                "lumenfeu.com since; due end of Tue Mar 24", promised="2026-03-20")
    case.forbid("lc1", ryan.email,
                "thanked by the English note of Thu Mar 12 18:20 in its own thread")

    M("ly1", me, [ryan], "2026-03-12 18:20", """
Hi Ryan,

Thank you for taking the time to meet with me this afternoon, and for rolling with the switches between French and English while Geneviève and I got going.

Our discussion about live-ops releases stuck with me. A few reasons I think I'd be a good fit for the QA Lead role:

- I built and run the regression suite behind Nordivia's weekly release train (40+ automated smoke flows in Playwright).
- I coordinate five testers across two time zones, including an external vendor team.
- I'm used to turning a vague patch note into a risk-based test plan in an afternoon, which is more or less what we did in the case study.

I'm very interested in the role and will check in with Chloé next week about next steps. Thanks again for your time.

Best regards,
""", subject="Thank you – QA Lead interview today")
    M("ly2", ryan, [me], "2026-03-12 21:47", """
Thanks Sébastien, appreciated. I enjoyed it too, especially the case study. Chloé will reach out about next steps.

Ryan

Sent from my iPhone
""", parent="ly1")
    case.thread("ly1", True, "interview", "Studio Lumenfeu",
                "Sébastien's thank-you to Ryan the evening of the interview; Ryan's short reply "
                "came before the recruiter's promise")

    # ---- Kestrel Pay (Toronto fintech, remote) ----------------------------------------
    gh = P("Kestrel Pay", "no-reply@us.greenhouse-mail.io", style="auto", auto=True)
    aaron = P("Aaron Whitfield", "aaron.whitfield@kestrelpay.com", sig=(
        "Aaron Whitfield\nSenior Technical Recruiter | Kestrel Pay\n(416) 555-0172"))
    hannah = P("Hannah Kowalczyk", "hannah.kowalczyk@kestrelpay.com", sig=(
        "Hannah Kowalczyk\nEngineering Manager, Payments Platform\nKestrel Pay"))
    marcus = P("Marcus Oyelaran", "marcus.oyelaran@kestrelpay.com")
    goodtime = P("Kestrel Pay Recruiting", "no-reply@goodtime.io", style="auto", auto=True)

    ack = """
Hi Sébastien,

Thanks for your interest in Kestrel Pay! We've received your application for SDET, Payments Platform (Remote – Canada), and our team will review it shortly.

If your experience looks like a match, someone from our Talent team will reach out about next steps. In the meantime, you can read more about how we build at kestrelpay.com/engineering.

Best,
The Kestrel Pay Talent Team

Please do not reply to this email; this mailbox is not monitored.
"""
    M("kg1", gh, [me], "2026-02-23 22:14", ack, subject="Thank you for applying to Kestrel Pay",
      html=html_of(ack), headers=AUTO)
    case.thread("kg1", True, "application", "Kestrel Pay",
                "Greenhouse acknowledgement from a no-reply address; no date promised")
    case.forbid("kg1", gh.email, "automated ATS acknowledgement (no-reply@us.greenhouse-mail.io)")

    M("ka1", aaron, [me], "2026-03-03 10:40", """
Hi Sébastien,

Thanks for applying for our SDET role on the Payments Platform team. Your background in API and end-to-end automation caught my eye, and I'd love to set up an intro call to tell you more about the team and hear what you're looking for.

Would you have 30 minutes on Thursday (March 5)? I could do 11:00 or 2:30 ET.

Cheers,
""", subject="Kestrel Pay – SDET, Payments Platform")
    M("ka2", me, [aaron], "2026-03-03 12:15", """
Hi Aaron,

Thursday at 2:30 ET works for me. You can reach me at 514 555-0187, or send a link if you prefer video.

Looking forward to it,
""", parent="ka1")
    M("ka3", me, [aaron], "2026-03-05 16:05", """
Hi Aaron,

Thank you for the call this afternoon. It was helpful to hear how the Payments Platform team splits testing between developers and SDETs; that's exactly the kind of setup I'd like to help build.

I'm happy to move forward and look forward to hearing about next steps.

Best,
""", parent="ka2")
    M("ka4", aaron, [me], "2026-03-06 09:30", """
Hi Sébastien,

Great chatting yesterday, and thanks for the note. Good news: the team would like to move you forward to the technical panel. You'll get a scheduling email from GoodTime shortly. The panel is 90 minutes over Zoom with Hannah Kowalczyk (Engineering Manager) and Marcus Oyelaran (Staff SDET).

Let me know if anything comes up.

Aaron
""", parent="ka3", sig=False)
    M("ka5", aaron, [me], "2026-03-19 15:10", """
Hi Sébastien,

Quick update after yesterday's panel: Hannah and Marcus both shared positive feedback. We have one more candidate finishing the loop this week. Our hiring committee meets on Monday, March 23, and I'll have an update for you by end of day Tuesday, March 24.

Thanks for your patience,
Aaron
""", parent="ka4", sig=False)
    M("ka6", me, [aaron], "2026-03-19 15:40", """
Hi Aaron,

Thanks for the update, good to hear! I'll wait for your news next week.

Sébastien
""", parent="ka5", sig=False)
    case.meeting("ka1", T("2026-03-05 14:30"), T("2026-03-05 15:00"), met=[aaron.email],
                 thanks={aaron.email: "ka3"}, what="recruiter intro call")
    case.promise("ka1", "ka5", aaron.email, "2026-03-24")
    case.thread("ka1", True, "interview", "Kestrel Pay",
                "intro call Thu Mar 5 14:30-15:00 ET, thanked at 16:05; after the panel the "
                "recruiter ties his update to a hiring committee on Mon Mar 23: 'by end of day "
                "Tuesday, March 24'")
    case.forbid("ka1", aaron.email,
                "'update by end of day Tuesday, March 24': the window closed at midnight but "
                "the two business days of grace run to the end of Thu Mar 26")

    gt_text = """
Hi Sébastien,

Your interview with Kestrel Pay has been scheduled. Please find the details below and in the attached calendar invitation.

Position: SDET, Payments Platform
Date: Wednesday, March 18, 2026
Time: 1:00 PM – 2:30 PM Eastern Time (ET)
Location: Zoom – https://kestrelpay.zoom.us/j/84410293377

Schedule:
1:00 PM – 1:45 PM   Test design & automation – Marcus Oyelaran, Staff SDET
1:45 PM – 2:30 PM   Team fit & ways of working – Hannah Kowalczyk, Engineering Manager

Need to reschedule? Reply to this email and your recruiter, Aaron Whitfield, will help.

Powered by GoodTime
"""
    gt_ics = make_ics(
        method="REQUEST", uid=uid_uuid("kestrel-panel"), stamp=T("2026-03-06 14:02"),
        start=T("2026-03-18 13:00"), end=T("2026-03-18 14:30"), tzid=TZ,
        summary="Kestrel Pay Interview: Sébastien Tremblay-Roy – SDET, Payments Platform",
        organizer=goodtime,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (marcus, "ACCEPTED", "INDIVIDUAL"),
                   (hannah, "ACCEPTED", "INDIVIDUAL"),
                   (("TOR-12 Ossington (6)", "tor-12-ossington@kestrelpay.com"), "ACCEPTED",
                    "ROOM")],
        location="https://kestrelpay.zoom.us/j/84410293377",
        description="SDET, Payments Platform – technical panel\n1:00-1:45 Marcus Oyelaran "
                    "(test design & automation)\n1:45-2:30 Hannah Kowalczyk (team fit)",
        prodid="-//GoodTime.io//Scheduling 4.0//EN")
    M("kt1", goodtime, [me], "2026-03-06 14:02", gt_text, reply_to=aaron,
      subject="Interview Confirmation: SDET, Payments Platform – Kestrel Pay",
      html=html_of(gt_text), ics=gt_ics, ics_mode="attach", headers=AUTO)
    case.meeting("kt1", T("2026-03-18 13:00"), T("2026-03-18 14:30"),
                 met=[hannah.email, marcus.email],
                 thanks={hannah.email: "kk1", marcus.email: "kk1"}, what="technical panel")
    case.thread("kt1", True, "interview", "Kestrel Pay",
                "GoodTime confirmation with ICS (meeting room in the attendees): Wed Mar 18 "
                "13:00-14:30 ET, Marcus then Hannah; both thanked in one note")
    case.forbid("kt1", marcus.email,
                "panelist thanked by the single note to Hannah and Marcus on Wed Mar 18 16:45 "
                "(one note satisfies each addressee; the lint may flag it)")
    case.forbid("kt1", goodtime.email, "automated scheduler sender and ICS organizer")

    M("kk1", me, [hannah, marcus], "2026-03-18 16:45", """
Hi Hannah, hi Marcus,

Thank you both for your time this afternoon. I enjoyed the back-and-forth on contract tests versus end-to-end coverage, and Marcus's question about flaky tests in the payment retry flow is one I'll keep chewing on.

Three reasons I believe I'd fit the Payments Platform team:
- I've owned a Playwright + Pact suite in CI end to end, from flaky-test triage to reporting.
- I prefer working inside a dev team rather than acting as a separate QA gate.
- I've coached two junior testers into automation roles at Nordivia.

I'm very interested in the position and will check in with Aaron on next steps next week.

All the best,
""", subject="Thank you – SDET panel this afternoon")
    M("kk2", hannah, [me], "2026-03-18 19:02", """
Thanks Sébastien, nice note, and it was a pleasure on our side too. Aaron will be in touch with next steps.

Hannah
""", parent="kk1", cc=[marcus])
    case.thread("kk1", True, "interview", "Kestrel Pay",
                "one thank-you addressed to both panelists; Hannah's reply-all")

    # ---- Banque Hochelaga ---------------------------------------------------------
    wd = P("Banque Hochelaga", "banquehochelaga@myworkday.com", style="auto", auto=True)
    nathalie = P("Nathalie Bergeron", "nathalie.bergeron@banquehochelaga.ca", style="outlook",
                 q="ofr", sig=(
                     "Nathalie Bergeron\nGestionnaire, Assurance qualité et automatisation\n"
                     "Technologies de l'information | Banque Hochelaga\n"
                     "1000, rue De La Gauchetière Ouest, Montréal (Québec)\n514 555-0166"))
    kevin = P("Kevin Nguyen", "kevin.nguyen@banquehochelaga.ca", style="outlook")

    wd_text = """
(English follows)

Bonjour Sébastien,

Nous vous remercions de l'intérêt que vous portez à la Banque Hochelaga. Nous avons bien reçu votre candidature pour le poste Analyste principal(e), automatisation des tests (R-04417).

Notre équipe d'acquisition de talents analysera votre dossier. Si votre profil correspond aux exigences du poste, une personne de notre équipe communiquera avec vous.

Vous pouvez suivre l'état de votre candidature en tout temps dans votre compte candidat.

Acquisition de talents
Banque Hochelaga

* * *

Hello Sébastien,

Thank you for your interest in Banque Hochelaga. We have received your application for the position Senior Test Automation Analyst (R-04417).

Our Talent Acquisition team will review your file. If your profile matches the requirements, someone from our team will contact you.

You can check the status of your application at any time in your candidate account.

Talent Acquisition
Banque Hochelaga

Ceci est un message automatisé, veuillez ne pas y répondre. / This is an automated message, please do not reply.
"""
    M("hw1", wd, [me], "2026-02-12 08:03", wd_text,
      subject="Accusé de réception de votre candidature / Application received – R-04417",
      html=html_of(wd_text), html_only=True, headers=AUTO)
    case.thread("hw1", True, "application", "Banque Hochelaga",
                "bilingual Workday acknowledgement (French first, 'English follows'), HTML only")

    M("hn1", nathalie, [me], "2026-03-04 13:45", """
Bonjour Sébastien,

Suite à l'analyse de votre candidature pour le poste d'analyste principal(e), automatisation des tests, j'aimerais vous rencontrer en entrevue virtuelle sur Teams.

Je vous propose le mardi 17 mars à 10 h, pour une durée d'environ une heure. Kevin Nguyen, chef d'équipe Automatisation, se joindra à moi.

Pourriez-vous me confirmer votre disponibilité? Je vous enverrai ensuite l'invitation Teams.

Cordialement,
""", subject="Entrevue – Analyste principal(e), automatisation des tests (R-04417)")
    M("hn2", me, [nathalie], "2026-03-04 18:30", """
Bonjour Nathalie,

Merci pour votre message. Je confirme ma disponibilité pour le mardi 17 mars à 10 h.

Au plaisir de vous rencontrer, vous et M. Nguyen.

Cordialement,
""", parent="hn1")
    M("hn3", nathalie, [me], "2026-03-13 16:12", """
Bonjour Sébastien,

Je suis désolée, un imprévu m'oblige à déplacer notre rencontre de mardi prochain. Est-ce que le jeudi 26 mars, à la même heure (10 h), vous conviendrait? Kevin est aussi disponible à ce moment-là.

Je vous enverrai une invitation mise à jour dès que vous me confirmez.

Merci de votre compréhension,
""", parent="hn2")
    M("hn4", me, [nathalie], "2026-03-13 17:48", """
Jeudi me convient.

Envoyé de mon iPhone
""", parent="hn3", q="ifr", sig=False)
    M("hn5", nathalie, [me], "2026-03-16 08:37", """
Parfait, merci Sébastien! L'invitation mise à jour suit.

Bonne semaine,
""", parent="hn4")
    case.thread("hn1", True, "interview", "Banque Hochelaga",
                "French: Teams interview proposed for Tue Mar 17 10 h, moved by the manager to "
                "Thu Mar 26 10 h and accepted from the phone in three words ('Jeudi me "
                "convient.')")
    case.forbid("hn1", nathalie.email,
                "the interview was moved from Tue Mar 17 to Thu Mar 26 10 h ('Jeudi me "
                "convient.'), still ahead at now; nothing promised")

    teams = """
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour rejoindre la réunion
ID de la réunion : 261 884 530 112
Code secret : hQ7tX2
Pour les organisateurs : Options de réunion
________________________________________________________________________________
"""
    hsum = "Entrevue – Sébastien Tremblay-Roy | Analyste principal(e), automatisation des tests"
    hi1_text = "Bonjour Sébastien,\n\nVoici l'invitation pour notre entrevue du mardi 17 mars. Au plaisir!\n" + teams
    hi1_ics = make_ics(
        method="REQUEST", uid=uid_outlook("hochelaga-interview"), stamp=T("2026-03-05 08:50"),
        start=T("2026-03-17 10:00"), end=T("2026-03-17 11:00"), tzid="Eastern Standard Time",
        summary=hsum, organizer=nathalie,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (kevin, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Réunion Microsoft Teams", description=hi1_text.strip(),
        prodid="Microsoft Exchange Server 2010",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    M("hi1", nathalie, [me, kevin], "2026-03-05 08:50", hi1_text, subject=hsum, sig=False,
      ics=hi1_ics, ics_mode="outlook", html=html_of(hi1_text))
    case.meeting("hi1", T("2026-03-17 10:00"), T("2026-03-17 11:00"), status="moved",
                 met=[nathalie.email, kevin.email], what="Teams interview, moved to Mar 26")
    case.thread("hi1", True, "interview", "Banque Hochelaga",
                "Outlook/Teams invite (\"Eastern Standard Time\") for Tue Mar 17 10 h-11 h with "
                "Kevin Nguyen; superseded by the update in its own thread (same UID)")
    case.forbid("hi1", kevin.email,
                "the Mar 17 invite was replaced by the Mar 26 update (same UID, SEQUENCE 1); "
                "no interview took place on Mar 17")

    hu1_text = "Bonjour Sébastien,\n\nVoici l'invitation mise à jour pour le jeudi 26 mars à 10 h.\n" + teams
    hu1_ics = make_ics(
        method="REQUEST", uid=uid_outlook("hochelaga-interview"), stamp=T("2026-03-16 08:35"),
        start=T("2026-03-26 10:00"), end=T("2026-03-26 11:00"), tzid="Eastern Standard Time",
        summary=hsum, organizer=nathalie, sequence=1,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (kevin, "ACCEPTED", "INDIVIDUAL")],
        location="Réunion Microsoft Teams", description=hu1_text.strip(),
        prodid="Microsoft Exchange Server 2010",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    M("hu1", nathalie, [me, kevin], "2026-03-16 08:35", hu1_text, subject=hsum, sig=False,
      ics=hu1_ics, ics_mode="outlook", html=html_of(hu1_text))
    case.meeting("hu1", T("2026-03-26 10:00"), T("2026-03-26 11:00"), status="scheduled",
                 met=[nathalie.email, kevin.email], what="Teams interview (moved)")
    case.thread("hu1", True, "interview", "Banque Hochelaga",
                "updated Teams invite: Thu Mar 26 10 h-11 h, still ahead at now")

    # ---- Médiqo: the test technique -------------------------------------------------
    marcandre = P("Marc-André Dubé", "marc-andre.dube@mediqo.ca", q="gfr", sig=(
        "Marc-André Dubé\nPartenaire d'affaires, talents\nMédiqo\n438 555-0119"))
    M("mq1", marcandre, [me], "2026-03-09 10:05", """
Bonjour Sébastien,

Merci de l'intérêt que vous portez au poste de SDET chez Médiqo! Votre profil a été retenu pour la prochaine étape du processus : un test technique.

Vous trouverez les consignes en pièce jointe. Le test prend environ 3 heures : un plan de test pour notre module de prise de rendez-vous, et quelques tests automatisés (Cypress ou Playwright, à votre choix) sur une application de démonstration.

Merci de nous retourner le test technique au plus tard le mercredi 18 mars à 17 h. Vous pouvez déposer votre code dans un dépôt GitHub privé et m'envoyer le lien.

N'hésitez pas si vous avez des questions.

Bonne journée,
""", subject="Médiqo – Test technique (SDET)",
      attachments=[pdf("Mediqo_test_technique_SDET.pdf", [
          "Mediqo - Test technique SDET", "1. Plan de test: module de prise de rendez-vous",
          "2. Tests automatises (Cypress ou Playwright) sur demo.mediqo.ca",
          "3. Rapport de bogues (max. 1 page)", "A remettre au plus tard le 18 mars, 17 h"])])
    M("mq2", me, [marcandre], "2026-03-09 12:30", """
Bonjour Marc-André,

Bien reçu, merci! Je vous le retourne d'ici mercredi le 18 au plus tard.

Bonne journée,
""", parent="mq1")
    M("mqa", me, [marcandre], "2026-03-12 22:05", """
Bonjour Marc-André,

Petite question sur le test technique : pour la partie automatisée, est-ce que je peux écrire les tests Playwright en TypeScript plutôt qu'en JavaScript? Et l'application de démo, est-ce qu'elle se remet à zéro entre deux exécutions?

Merci,
""", parent="mq2")
    M("mqc", marcandre, [me], "2026-03-13 09:20", """
Bonjour Sébastien,

Oui, TypeScript est parfait, le choix est libre. Pour l'application de démo, les données se réinitialisent chaque nuit à 2 h; prévoyez donc des tests qui créent leurs propres rendez-vous.

Bon test!
Marc-André
""", parent="mqa", sig=False)
    M("mq3", me, [marcandre], "2026-03-17 21:40", """
Bonjour Marc-André,

Voici mon test technique : https://github.com/sebtr-qa/mediqo-test-technique (je vous ai donné accès au dépôt privé).

Le plan de test est dans PLAN_DE_TEST.md et les tests Playwright roulent avec « npm test ». J'ai aussi noté trois bogues trouvés dans l'application de démo, dans BOGUES.md.

Au plaisir d'en discuter,
""", parent="mqc")
    M("mq4", marcandre, [me], "2026-03-18 08:55", """
Bonjour Sébastien,

Bien reçu, merci! Je transmets le tout à l'équipe technique pour correction et je vous reviens avec la suite.

Bonne journée,
Marc-André
""", parent="mq3", sig=False)
    case.thread("mq1", True, "application", "Médiqo",
                "test technique to send back 'au plus tard le mercredi 18 mars à 17 h' (asked of "
                "Sébastien); sent Tue Mar 17; receipt on Mar 18 promises no date")
    case.forbid("mq1", marcandre.email,
                "the Mar 18 deadline was an ask of Sébastien, met on Mar 17; the recruiter's "
                "'je vous reviens avec la suite' has no day or window; no meeting")

    # ---- Coffee with a former colleague (Traxio) ------------------------------------
    max_ = P("Maxime Pelletier", "maxime.pelletier@traxio.ca", q="gfr", sig=(
        "Maxime Pelletier\nGestionnaire, Assurance qualité | Traxio\n514 555-0151"))
    M("mx1", me, [max_], "2026-03-09 20:15", """
Salut Max,

Ça fait une éternité! J'espère que tout roule chez Traxio.

Petite confidence : je commence à regarder ailleurs, idéalement pour un poste de lead AQ ou de SDET. Ça te dirait d'aller prendre un café un de ces matins? J'aimerais beaucoup avoir ton avis sur le marché en ce moment, et savoir comment vous avez structuré l'équipe AQ de ton côté.

C'est moi qui invite, évidemment.

Seb
""", subject="Café un de ces matins?", sig=False)
    M("mx2", max_, [me], "2026-03-10 07:48", """
Salut Seb!

Avec plaisir! Jeudi le 19 à 8 h, au Café Névé sur Rachel? Je dois être au bureau pour 9 h 30.

Max

Envoyé de mon iPhone
""", parent="mx1", q="ifr", sig=False)
    M("mx3", me, [max_], "2026-03-10 08:20", """
Parfait, à jeudi 8 h au Névé! Merci Max.

Seb
""", parent="mx2", sig=False)
    M("mx4", max_, [me], "2026-03-19 13:30", """
Salut Seb,

Content de t'avoir vu ce matin, ça fait du bien de jaser AQ avec quelqu'un qui comprend!

Comme promis, voici le lien vers notre affichage SDET : traxio.ca/carrieres/sdet-2026. Tu peux mettre mon nom comme référence interne dans le formulaire.

Aussi, j'ai glissé ton nom à Vincent Bélanger, le CTO de Parcours (covoiturage corporatif). Ils cherchent quelqu'un pour bâtir leur AQ à partir de zéro. Il devrait t'écrire.

À+
""", parent="mx3")
    case.meeting("mx1", T("2026-03-19 08:00"), None, met=[max_.email],
                 what="coffee with a former colleague")
    case.thread("mx1", True, "networking", "Traxio",
                "café Thu Mar 19 8 h (no end stated), asked for by Sébastien; only a 'Merci "
                "Max' before it; Max's follow-up with a posting and an intro went unanswered")
    case.expect("thank_you", "mx1", max_.email,
                "coffee Thu Mar 19 8 h (60 min by default) took place; the only thanks came "
                "before it; overdue since Mar 20 09:00")

    # ---- Recrutement Alto (agency) -------------------------------------------------
    isabelle = P("Isabelle Fortin", "ifortin@recrutementalto.com", style="outlook", q="ofr",
                 sig=("Isabelle Fortin\nConseillère principale en recrutement TI\n"
                      "Recrutement Alto\n1250, boul. René-Lévesque Ouest, bureau 2200, Montréal\n"
                      "514 555-0128 | www.recrutementalto.com"))
    M("al1", isabelle, [me], "2026-03-02 11:20", """
Bonjour Sébastien,

J'ai vu votre profil sur LinkedIn et je me permets de vous contacter au sujet d'un mandat que je pilote pour un client du secteur de l'assurance de dommages.

Le poste : Lead assurance qualité, équipe de 6 testeurs (manuel et automatisé), mode hybride (2 jours/semaine au bureau du centre-ville). Salaire de 95 000 $ à 110 000 $ selon l'expérience, plus boni annuel.

Si le défi vous intéresse, pourriez-vous me faire parvenir votre CV à jour (idéalement en format Word)? Je pourrai alors vous présenter au client.

Au plaisir d'échanger,
""", subject="Opportunité – Lead AQ (secteur assurance) – hybride Montréal")
    M("al2", me, [isabelle], "2026-03-02 19:05", """
Bonjour Isabelle,

Merci d'avoir pensé à moi, le poste m'intéresse. Vous trouverez mon CV ci-joint; je n'ai malheureusement que la version PDF sous la main, j'espère que ça convient.

Vous pouvez me présenter au client.

Cordialement,
""", parent="al1", attachments=[CV])
    M("al3", isabelle, [me], "2026-03-04 09:40", """
Bonjour Sébastien,

Bien reçu, le PDF fera l'affaire!

J'ai présenté votre candidature au client ce matin. Ils font le tri des profils cette semaine et la semaine prochaine : je vous reviens d'ici la fin de la semaine prochaine avec leur retour.

Bonne journée,
""", parent="al2")
    case.promise("al1", "al3", isabelle.email, "2026-03-13")
    case.thread("al1", True, "recruiter", "Recrutement Alto",
                "agency recruiter submits him to an insurance client; 'je vous reviens d'ici la "
                "fin de la semaine prochaine' (said Wed Mar 4) and nothing since")
    case.expect("callback", "al1", isabelle.email,
                "'je vous reviens d'ici la fin de la semaine prochaine' on Wed Mar 4: window "
                "ends Fri Mar 13 (a Sunday reading gives the same due date); due end of Tue "
                "Mar 17, not yet stale", promised="2026-03-13")

    # ---- Synapse Talent (agency) ---------------------------------------------------
    jordan = P("Jordan Lévesque", "jordan@synapsetalent.ca", sig=(
        "Jordan Lévesque\nSenior Talent Consultant | Synapse Talent\n514 555-0190"))
    M("sy1", jordan, [me], "2026-03-10 13:25", """
Hi Sébastien,

Jordan from Synapse Talent here. I'm working on an SDET contract-to-perm role with one of our aerospace clients in Saint-Laurent: Python/pytest, hardware-in-the-loop test benches, 6-month contract then conversion. Hybrid, 3 days on site.

Your automation background looks like a strong fit. Would you be OK with me submitting your profile? If yes, just confirm your hourly rate expectations and availability.

Thanks!
""", subject="SDET contract-to-perm – aerospace client (Saint-Laurent)")
    M("sy2", me, [jordan], "2026-03-10 18:40", """
Hi Jordan,

Sounds interesting. Yes, you can submit my profile. I'm targeting 60–65 $/h on contract, and I'd need to give three weeks' notice at my current job.

Best,
""", parent="sy1")
    M("sy3", jordan, [me], "2026-03-11 09:05", """
Perfect, submitted this morning. The hiring manager goes through submissions on Wednesdays, so I should have feedback for you by Thursday, March 19 at the latest.

Jordan
""", parent="sy2", sig=False)
    M("sy4", jordan, [me], "2026-03-18 16:30", """
Bonjour Sébastien,

Petite mise à jour, comme promis : le client a finalement décidé d'aller de l'avant avec des candidats qui ont déjà de l'expérience en certification avionique (DO-178C). Ils ont bien aimé ton profil en automatisation, mais c'était un critère non négociable pour eux.

Désolé pour la mauvaise nouvelle. Je garde ton CV bien au chaud et je te fais signe dès que j'ai un mandat qui colle mieux.

Jordan
""", parent="sy3", sig=False)
    M("sy5", me, [jordan], "2026-03-18 20:10", """
Merci pour le suivi rapide, Jordan. Dommage, mais je comprends. Oui, garde-moi en tête!

Sébastien
""", parent="sy4", sig=False)
    case.promise("sy1", "sy3", jordan.email, "2026-03-19", ended_by="sy4")
    case.thread("sy1", True, "rejection", "Synapse Talent",
                "agency: 'feedback by Thursday, March 19'; the client's no came on Wed Mar 18, "
                "in French")
    case.forbid("sy1", jordan.email,
                "the gentle rejection of Wed Mar 18 ends the 'by Thursday, March 19' callback, "
                "which would otherwise be due end of Mon Mar 23; no meeting took place")

    # ---- Cortexia (Montréal AI startup) ---------------------------------------------
    elodie = P("Élodie Marchand", "elodie@cortexia.ai", style="gcal")
    sam = P("Sam Rivard", "sam@cortexia.ai", sig="Sam Rivard\nPeople & Culture Lead\nCortexia")
    cx_desc = "Quick intro chat re: QA at Cortexia.\n\nJoin with Google Meet: meet.google.com/qxv-hdbm-rto"
    cx_text = """
You have been invited to the following event.

Sébastien / Élodie – intro
Monday Mar 16, 2026 ⋅ 3pm – 3:45pm
Eastern Time - Toronto

Join with Google Meet
meet.google.com/qxv-hdbm-rto

Quick intro chat re: QA at Cortexia.

Organizer
Élodie Marchand
elodie@cortexia.ai

Guests
Élodie Marchand - organizer
sebastien.tremblay-roy@example.ca

Reply for sebastien.tremblay-roy@example.ca: Yes / No / Maybe / More options

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
"""
    cx_ics = make_ics(
        method="REQUEST", uid=uid_google("cortexia-intro"), stamp=T("2026-03-10 16:02"),
        start=T("2026-03-16 15:00"), end=T("2026-03-16 15:45"), tzid=TZ,
        summary="Sébastien / Élodie – intro", organizer=elodie,
        attendees=[(elodie, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/qxv-hdbm-rto", description=cx_desc)
    M("cx1", elodie, [me], "2026-03-10 16:02", cx_text, sig=False,
      subject="Invitation: Sébastien / Élodie – intro @ Mon Mar 16, 2026 3pm - 3:45pm (EDT) "
              "(sebastien.tremblay-roy@example.ca)",
      html=html_of(cx_text), ics=cx_ics, ics_mode="google", headers=GCAL)
    M("cx2", me, [elodie], "2026-03-10 17:30", """
Hi Élodie,

Thanks for the invite, Monday at 3 works for me. See you then!

Sébastien
""", parent="cx1", sig=False)
    case.meeting("cx1", T("2026-03-16 15:00"), T("2026-03-16 15:45"), met=[elodie.email],
                 what="video intro with the head of engineering")
    case.thread("cx1", True, "interview", "Cortexia",
                "Google Calendar invite whose title ('Sébastien / Élodie – intro') and one-line "
                "description are the only hint; Meet call Mon Mar 16 15:00-15:45; the only "
                "thanks came before it; rejection followed in another thread")
    case.expect("thank_you", "cx1", elodie.email,
                "video call Mon Mar 16 15:00-15:45 took place; 'Thanks for the invite' was sent "
                "before it; the rejection of Mar 20 does not cancel a thank-you owed; overdue "
                "since Mar 17 15:45")

    M("cr1", sam, [me], "2026-03-20 11:05", """
Hi Sébastien,

Thank you for your interest in Cortexia and for the time you spent with Élodie earlier this week.

After a lot of discussion, we've decided to move forward with another candidate whose experience with ML model evaluation is closer to what the team needs right now. It was a close call, and it's not a reflection on the quality of your background.

We'd be glad to keep your profile on file for future QA openings, which we expect later this year.

Warm regards,
""", subject="Your candidacy – QA Lead at Cortexia")
    M("cr2", me, [sam], "2026-03-20 13:40", """
Hi Sam,

Thanks for letting me know so quickly, I appreciate it. Please do keep my profile in mind for future QA roles.

Best regards,
""", parent="cr1")
    case.thread("cr1", True, "rejection", "Cortexia",
                "gentle rejection from People & Culture; Sébastien thanked Sam, not Élodie")
    case.forbid("cr1", sam.email,
                "sent the rejection; was not at the call and promised nothing (and was thanked "
                "anyway)")

    # ---- Lumio Health: a quarter of an hour, booked through Calendly -----------------
    karen = P("Karen Mitchell", "karen.mitchell@lumiohealth.com", sig=(
        "Karen Mitchell\nDirector, Quality Engineering\nLumio Health"))
    calendly = P("Calendly", "no-reply@calendly.com", style="auto", auto=True)
    M("ln1", me, [karen], "2026-03-12 21:10", """
Hi Karen,

We haven't met. I'm a QA analyst in Montréal, and I've been following your posts on how Lumio moved its manual testers into an SDET career track. I'm now looking at QA lead and SDET roles myself, and I'd be grateful for a quarter of an hour of your time to hear how you structured that transition, whenever suits you in the next couple of weeks.

No worries at all if your schedule is too full.

Best regards,
""", subject="A quarter of an hour on SDET career paths?")
    M("ln2", karen, [me], "2026-03-13 12:02", """
Hi Sébastien,

Happy to help! Grab any 15-minute slot that works for you here: calendly.com/karen-mitchell-lumio/15min

Karen
""", parent="ln1", sig=False)
    M("ln3", me, [karen], "2026-03-24 17:05", """
Hi Karen,

Thank you for taking the time to talk with me this afternoon. The idea of pairing each new SDET with a developer for their first quarter is one I'll carry into my next role, wherever it is.

If it's all right with you, I'll let you know how the search turns out in a few weeks.

Thanks again,
""", parent="ln2")
    case.thread("ln1", True, "networking", "Lumio Health",
                "cold request for 'a quarter of an hour'; she sends her Calendly link; thanked "
                "here an hour after the call")

    cal_text = """
Hi Sébastien Tremblay-Roy,

A new event has been scheduled.

Event Type:
15 Minute Chat

Invitee:
Sébastien Tremblay-Roy

Invitee Email:
sebastien.tremblay-roy@example.ca

Event Date/Time:
4:00pm - 4:15pm (Eastern Time - US & Canada) on Tuesday, March 24, 2026

Location:
This is a Google Meet web conference. Join now

Host:
Karen Mitchell (karen.mitchell@lumiohealth.com)

Need to make changes to this event?
Cancel  Reschedule

Powered by Calendly.com
"""
    cal_ics = make_ics(
        method="REQUEST", uid=uid_uuid("calendly-karen"), stamp=T("2026-03-13 12:21"),
        start=T("2026-03-24 16:00"), end=T("2026-03-24 16:15"),
        summary="15 Minute Chat between Karen Mitchell and Sébastien Tremblay-Roy",
        organizer=karen,
        attendees=[(karen, "ACCEPTED", "INDIVIDUAL"), (me, "ACCEPTED", "INDIVIDUAL")],
        location="Google Meet (instructions in description)",
        description="Event Name: 15 Minute Chat\nNeed to make changes to this event?\n"
                    "Powered by Calendly.com",
        prodid="-//Calendly//Calendly//EN")
    M("lk1", calendly, [me], "2026-03-13 12:21", cal_text,
      subject="Confirmed: 15 Minute Chat with Karen Mitchell on Tuesday, March 24, 2026",
      html=html_of(cal_text), ics=cal_ics, ics_mode="attach", headers=AUTO)
    case.meeting("lk1", T("2026-03-24 16:00"), T("2026-03-24 16:15"), met=[karen.email],
                 thanks={karen.email: "ln3"}, what="15-minute networking call")
    case.thread("lk1", True, "networking", "Lumio Health",
                "Calendly confirmation with ICS: Tue Mar 24 16:00-16:15 ET; took place")
    case.forbid("lk1", karen.email,
                "15-minute call Tue Mar 24 16:00-16:15 thanked at 17:05 the same day, in the "
                "thread where she offered the link; nothing promised")

    # ---- Parcours: 'Maxime m'a parlé de toi, on se parle lundi?' --------------------
    vincent = P("Vincent Bélanger", "vincent@parcours.io", q="gfr", sig=(
        "Vincent Bélanger\nCTO et cofondateur | Parcours\nparcours.io"))
    M("pc1", vincent, [me], "2026-03-19 17:45", """
Salut Sébastien,

Maxime Pelletier m'a dit beaucoup de bien de toi ce matin (il ne tarit pas d'éloges, je te préviens!). Chez Parcours, on est 14 développeurs et zéro testeur, et ça commence à paraître dans nos mises en production.

J'aimerais bien qu'on jase de ce qu'une pratique AQ pourrait avoir l'air chez nous. Est-ce qu'on pourrait se parler lundi? Je suis libre à 16 h.

Vincent
""", subject="Maxime m'a parlé de toi", sig=False)
    M("pc2", me, [vincent], "2026-03-19 19:10", """
Bonjour Vincent,

Merci pour ton message (et merci à Max!). Lundi 16 h, c'est parfait. Tu peux m'appeler au 514 555-0187, ou m'envoyer un lien Meet si tu préfères la vidéo.

Au plaisir,
""", parent="pc1")
    M("pc3", vincent, [me], "2026-03-20 08:30", """
Parfait, je t'appelle lundi à 16 h!

Envoyé de mon iPhone
""", parent="pc2", q="ifr", sig=False)
    M("pc4", vincent, [me], "2026-03-23 17:20", """
Salut Sébastien,

Merci pour l'appel, c'était vraiment intéressant. J'en parle à Laurence, mon associée, et je te reviens d'ici vendredi pour organiser une deuxième rencontre avec elle.

Bonne soirée,
""", parent="pc3")
    case.meeting("pc1", T("2026-03-23 16:00"), None, met=[vincent.email],
                 what="phone call with a startup CTO, no end stated")
    case.promise("pc1", "pc4", vincent.email, "2026-03-27")
    case.thread("pc1", True, "interview", "Parcours",
                "a referral from Max: 'on pourrait se parler lundi?' (no 'entrevue' anywhere); "
                "call Mon Mar 23 16 h with no end; Vincent's 'je te reviens d'ici vendredi' "
                "(Mar 27) is still open")
    case.expect("thank_you", "pc1", vincent.email,
                "phone call Mon Mar 23 16 h (60 min by default) took place; the only thanks "
                "came before it; overdue since Tue Mar 24 17:00 (his promise for Friday is not "
                "due)")

    # ---- Groupe Vélocité: cancelled ---------------------------------------------------
    sophie = P("Sophie Ouellet", "sophie.ouellet@groupevelocite.com", style="outlook", q="ofr",
               sig="Sophie Ouellet\nConseillère en acquisition de talents | Groupe Vélocité\n"
                   "450 555-0177")
    patrick = P("Patrick Gauthier", "patrick.gauthier@groupevelocite.com", style="outlook")
    room = ("Salle Montmorency (8)", "salle.montmorency@groupevelocite.com")
    vsum = "Entrevue – Analyste AQ senior – Sébastien Tremblay-Roy"
    v1_text = """
Bonjour Sébastien,

Nous aimerions vous rencontrer pour le poste d'analyste AQ senior. Voici une invitation pour une entrevue avec Patrick Gauthier, directeur TI, le vendredi 20 mars de 13 h 30 à 14 h 30, à nos bureaux de Laval (3030, boul. Le Carrefour, 4e étage).

Le stationnement est gratuit pour les visiteurs à l'arrière de l'édifice. N'hésitez pas à me faire signe si le moment ne vous convient pas.

Cordialement,

Sophie Ouellet
Conseillère en acquisition de talents | Groupe Vélocité
450 555-0177
"""
    v_uid = uid_outlook("velocite-interview")
    v1_ics = make_ics(
        method="REQUEST", uid=v_uid, stamp=T("2026-03-09 11:00"),
        start=T("2026-03-20 13:30"), end=T("2026-03-20 14:30"), tzid="Eastern Standard Time",
        summary=vsum, organizer=sophie,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (patrick, "ACCEPTED", "INDIVIDUAL"),
                   (room, "ACCEPTED", "ROOM")],
        location="Salle Montmorency (8); 3030, boul. Le Carrefour, Laval",
        description=v1_text.strip(), prodid="Microsoft Exchange Server 2010",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    M("vl1", sophie, [me, patrick], "2026-03-09 11:00", v1_text, subject=vsum, sig=False,
      ics=v1_ics, ics_mode="outlook", html=html_of(v1_text))
    M("vl2", me, [sophie], "2026-03-09 13:15", """
Bonjour Sophie,

Merci pour l'invitation, j'y serai. Au plaisir de rencontrer M. Gauthier.

Cordialement,
""", parent="vl1")
    case.meeting("vl1", T("2026-03-20 13:30"), T("2026-03-20 14:30"), status="cancelled",
                 met=[patrick.email], what="on-site interview, cancelled")
    case.thread("vl1", True, "interview", "Groupe Vélocité",
                "Outlook invite for Fri Mar 20 13 h 30-14 h 30 in Laval with Patrick Gauthier "
                "and a room; cancelled on Mar 18 in its own thread")
    case.forbid("vl1", patrick.email,
                "the Fri Mar 20 interview was cancelled on Wed Mar 18 (ICS CANCEL, posting "
                "frozen); it never took place")

    v2_text = """
Bonjour Sébastien,

Je suis vraiment désolée de vous annoncer que nous devons annuler votre entrevue de vendredi : suite à une réorganisation interne, l'affichage du poste d'analyste AQ senior est suspendu pour le moment.

Si le poste est rouvert, je communiquerai avec vous en priorité.

Encore toutes nos excuses,
Sophie
"""
    v2_ics = make_ics(
        method="CANCEL", uid=v_uid, stamp=T("2026-03-18 09:30"),
        start=T("2026-03-20 13:30"), end=T("2026-03-20 14:30"), tzid="Eastern Standard Time",
        summary="Annulé : " + vsum, organizer=sophie, sequence=1, status="CANCELLED",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (patrick, "NEEDS-ACTION", "INDIVIDUAL"),
                   (room, "NEEDS-ACTION", "ROOM")],
        location="Salle Montmorency (8); 3030, boul. Le Carrefour, Laval",
        description=v2_text.strip(), prodid="Microsoft Exchange Server 2010")
    M("vc1", sophie, [me, patrick], "2026-03-18 09:30", v2_text, subject="Annulé : " + vsum,
      sig=False, ics=v2_ics, ics_mode="outlook", html=html_of(v2_text))
    M("vc2", me, [sophie], "2026-03-18 12:02", """
Bonjour Sophie,

Merci de m'avoir prévenu. C'est dommage, mais je comprends la situation. N'hésitez pas à me recontacter si le poste est rouvert.

Cordialement,
""", parent="vc1")
    case.thread("vc1", True, "interview", "Groupe Vélocité",
                "ICS CANCEL for the Mar 20 interview; the reopening is promised with no date")

    # ---- Federal public service (bilingual) -------------------------------------------
    mecaron = P("Caron, Marie-Ève (BMS/SMO)", "marie-eve.caron@smo-bms.gc.ca", style="outlook",
                sig=("Marie-Ève Caron\nConseillère en ressources humaines | Human Resources "
                     "Advisor\nBureau de la modernisation des services | Service Modernization "
                     "Office\nGouvernement du Canada | Government of Canada\n"
                     "Tél. | Tel. : 819-555-0143"))
    M("gc1", mecaron, [me], "2026-03-02 14:00", """
(English follows)

Bonjour M. Tremblay-Roy,

Nous accusons réception de votre candidature au processus de sélection 26-BMS-EA-0117, Chef d'équipe, assurance de la qualité (CS-03), Bureau de la modernisation des services, Montréal (Québec).

La présélection des candidatures est en cours. Une décision relative à la présélection vous sera communiquée par courriel d'ici le 20/03/2026.

Veuillez noter que toutes les communications relatives à ce processus se feront par courriel. Nous vous remercions de votre intérêt.

* * *

Hello Mr. Tremblay-Roy,

We acknowledge receipt of your application to selection process 26-SMO-EA-0117, Quality Assurance Team Lead (CS-03), Service Modernization Office, Montréal, Quebec.

Screening of applications is under way. A screening decision will be communicated to you by email by 2026-03-20.

Please note that all communication related to this process will be by email. Thank you for your interest.
""", subject="Processus 26-BMS-EA-0117 – Chef d'équipe, assurance de la qualité (CS-03) / "
             "Process 26-SMO-EA-0117 – Quality Assurance Team Lead (CS-03)")
    M("gc2", mecaron, [me], "2026-03-19 10:30", """
(English follows)

Bonjour M. Tremblay-Roy,

Nous avons le plaisir de vous informer que votre candidature a été retenue à l'étape de la présélection. La prochaine étape est un examen écrit en ligne, qui devra être complété entre le 30 mars et le 3 avril 2026. Les instructions et le lien vous parviendront par courriel.

Veuillez confirmer votre participation en répondant à ce courriel d'ici le 24 mars 2026.

* * *

Hello Mr. Tremblay-Roy,

We are pleased to inform you that you have been screened in. The next step is an online written exam, to be completed between March 30 and April 3, 2026. Instructions and the link will be sent to you by email.

Please confirm your participation by replying to this email by March 24, 2026.
""", parent="gc1")
    M("gc3", me, [mecaron], "2026-03-19 20:45", """
Bonjour Mme Caron,

Je confirme ma participation à l'examen écrit en ligne.

Cordialement,
""", parent="gc2")
    case.promise("gc1", "gc1", mecaron.email, "2026-03-20", answered_by="gc2")
    case.thread("gc1", True, "application", "Bureau de la modernisation des services / "
                "Service Modernization Office",
                "bilingual federal process (French first, 'English follows'); passive promise "
                "'une décision ... vous sera communiquée d'ici le 20/03/2026' / 'by 2026-03-20', "
                "kept on Mar 19; the asks of him (confirm by Mar 24, exam Mar 30-Apr 3) are "
                "his to meet")
    case.forbid("gc1", mecaron.email,
                "the passive 'decision ... by 20/03/2026' was kept on Thu Mar 19 (screened in); "
                "the 'confirm by March 24' was asked of Sébastien and he did so")

    # ---- Quantix Labs (Austin) ------------------------------------------------------
    tyler = P("Tyler Briggs", "tyler.briggs@quantixlabs.com", tz="America/Chicago", sig=(
        "Tyler Briggs\nSenior Recruiter, Quantix Labs\nAustin, TX"))
    M("qx1", tyler, [me], "2026-02-25 10:12", """
Hi Sébastien,

Hope you're well! I'm a recruiter with Quantix Labs, and we're growing our quality engineering team in Austin. Your Playwright and API testing experience looks like a great match for a Senior SDET position (US$140–160K, full relocation and visa support).

Open to a quick chat this week?

Best,
""", subject="Senior SDET opportunity – Austin, TX (relocation covered)")
    M("qx2", me, [tyler], "2026-02-25 19:30", """
Hi Tyler,

Thanks for reaching out. I'm staying in Montréal for family reasons, so I'll pass on relocation, but I'd be glad to hear about remote roles open to Canada in the future.

Best regards,
""", parent="qx1")
    case.thread("qx1", True, "recruiter", "Quantix Labs",
                "cold recruiter message for an Austin role; declined; nothing owed")

    # ---- Orbe Interactive (Paris group, Montréal studio) -------------------------------
    julien = P("Julien Mercier", "julien.mercier@orbe-interactive.com", tz="Europe/Paris",
               style="outlook", region="eurprd04", q="ofr", sig=(
                   "Julien Mercier\nDirecteur Qualité Groupe\nOrbe Interactive – 12 rue de "
                   "Paradis, 75010 Paris\n+33 1 84 60 55 21"))
    karine = P("Karine Lavoie", "karine.lavoie@orbe-interactive.com", q="gfr", sig=(
        "Karine Lavoie\nConseillère RH, studio de Montréal\nOrbe Interactive"))
    M("ob1", julien, [me], at("2026-03-10 17:20", julien), """
Bonjour Sébastien,

Karine Lavoie, qui gère le recrutement de notre studio de Montréal (en copie), m'a transmis votre candidature pour le poste de Lead QA. Je supervise la qualité pour l'ensemble des studios du groupe depuis Paris et j'aimerais faire votre connaissance.

Je vous propose un échange en visio d'une trentaine de minutes le mercredi 18 mars à 15h, heure de Paris. Voici le lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_orbe-jmercier

Bien cordialement,
""", subject="Orbe Interactive – Lead QA, studio de Montréal", cc=[karine])
    M("ob2", me, [julien], "2026-03-10 14:05", """
Bonjour Julien,

Merci pour votre message. Avec plaisir : c'est noté pour le mercredi 18 mars à 15 h, heure de Paris.

Au plaisir d'échanger avec vous,
""", parent="ob1", cc=[karine])
    M("ob3", karine, [me], "2026-03-11 09:10", """
Bonjour Sébastien,

Je vous souhaite une belle rencontre avec Julien! N'hésitez pas à m'écrire si vous avez des questions sur le studio de Montréal ou sur les conditions du poste.

Karine
""", parent="ob2")
    # 15 h in Paris (CET, Europe is not on summer time until Mar 29) is 10 h in Montréal (EDT).
    case.meeting("ob1", at("2026-03-18 15:00", julien), at("2026-03-18 15:30", julien),
                 met=[julien.email], what="video call with the group QA director in Paris")
    case.thread("ob1", True, "interview", "Orbe Interactive",
                "'échange en visio d'une trentaine de minutes le mercredi 18 mars à 15h, heure "
                "de Paris' = 10 h-10 h 30 in Montréal (5 hours that week, not 6); HR "
                "coordinator in CC; never thanked")
    case.expect("thank_you", "ob1", julien.email,
                "video call Wed Mar 18 15 h Paris (10 h-10 h 30 EDT) took place; no note since; "
                "overdue since Mar 19 10:30 EDT")
    case.forbid("ob1", karine.email,
                "HR coordinator in CC: not on the call and promised nothing")

    # ---- Ledgerline (Toronto) ---------------------------------------------------------
    olivia = P("Olivia Chen", "olivia.chen@ledgerline.com", sig=(
        "Olivia Chen\nTalent Partner, Engineering\nLedgerline | Toronto"))
    M("lg1", olivia, [me], "2026-03-02 09:50", """
Hi Sébastien,

Thanks for applying to the QA Automation Lead role at Ledgerline! I'd like to set up a 30-minute video screen to walk through your background and the role.

Would Wednesday, March 4 at 11:30am ET work? Here's the Zoom link: https://ledgerline.zoom.us/j/91822001546

Best,
""", subject="Ledgerline | QA Automation Lead – quick video chat")
    M("lg2", me, [olivia], "2026-03-02 10:30", """
Hi Olivia,

Wednesday at 11:30 works for me. Talk then!

Best,
""", parent="lg1")
    M("lg3", me, [olivia], "2026-03-04 13:10", """
Hi Olivia,

Thank you for the conversation this morning. I liked hearing how Ledgerline runs its reconciliation tests against production-like data, and I'm keen to keep going in the process.

Best regards,
""", parent="lg2")
    M("lg4", olivia, [me], "2026-03-06 14:25", """
Thanks for the kind note, Sébastien!

Quick update: the hiring team is reviewing the shortlist next week, and a decision on who moves forward to the panel stage will be made by Monday, March 16. I'll keep you posted.

Have a great weekend,
""", parent="lg3")
    case.meeting("lg1", T("2026-03-04 11:30"), T("2026-03-04 12:00"), met=[olivia.email],
                 thanks={olivia.email: "lg3"}, what="recruiter video screen")
    case.promise("lg1", "lg4", olivia.email, "2026-03-16")
    case.thread("lg1", True, "interview", "Ledgerline",
                "video screen Wed Mar 4 11:30-12:00 ET, thanked at 13:10; passive promise "
                "'a decision ... will be made by Monday, March 16', then silence")
    case.expect("callback", "lg1", olivia.email,
                "'a decision on who moves forward ... will be made by Monday, March 16' (passive); "
                "nothing from ledgerline.com since; due end of Wed Mar 18",
                promised="2026-03-16")

    # ======================================================================
    # Not job search
    # ======================================================================

    # ---- Current job: Nordivia ---------------------------------------------------------
    francois = P("François Lemieux", "francois.lemieux@nordivia.com", style="outlook", q="ofr",
                 sig="François Lemieux\nDirecteur, Assurance qualité\nNordivia\n514 555-0102 "
                     "poste 214")
    owen = P("Owen Clarke", "owen.clarke@nordivia.com", style="outlook", sig=(
        "Owen Clarke\nDev Lead, Billing\nNordivia"))
    amelie = P("Amélie Girard", "amelie.girard@nordivia.com", style="outlook", q="ofr", sig=(
        "Amélie Girard\nCoordonnatrice, ressources humaines\nNordivia\n514 555-0102 poste 105"))
    melanie = P("Mélanie Côté", "melanie.cote@nordivia.com", style="outlook")
    nit = P("Nordivia TI", "no-reply@nordivia.com", style="auto", auto=True)
    lea = P("Léa Bouchard", "lea.bouchard03@gmail.com", q="gfr")

    sp_sum = "Revue de sprint – Équipe Facturation"
    sp_text = """
Revue de sprint aux deux semaines : démo des fonctionnalités terminées, état des tests de régression (Seb), décisions pour le prochain sprint.
""" + teams
    sp_ics = make_ics(
        method="REQUEST", uid=uid_outlook("nordivia-sprint-review"), stamp=T("2026-02-06 15:12"),
        start=T("2026-02-10 14:00"), end=T("2026-02-10 15:00"), tzid="Eastern Standard Time",
        summary=sp_sum, organizer=francois, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (owen, "ACCEPTED", "INDIVIDUAL"),
                   (("Salle Mile-End (10)", "salle.mileend@nordivia.com"), "ACCEPTED", "ROOM")],
        location="Salle Mile-End (10); Réunion Microsoft Teams", description=sp_text.strip(),
        prodid="Microsoft Exchange Server 2010")
    M("ns1", francois, [me, owen], "2026-02-06 15:12", sp_text, subject=sp_sum, sig=False,
      ics=sp_ics, ics_mode="outlook", html=html_of(sp_text))
    for d in ("2026-02-10", "2026-02-24", "2026-03-10", "2026-03-24"):
        case.meeting("ns1", T(d + " 14:00"), T(d + " 15:00"), met=[francois.email, owen.email],
                     job=False, what="sprint review at his current job")
    case.thread("ns1", False, None, "Nordivia",
                "recurring sprint review at his current job (RRULE every second Tuesday)")

    M("np1", owen, [me], "2026-03-09 10:12", """
Hi Seb,

Feature freeze for 4.12 is Thursday. Could you send me the draft test plan for the new billing module by Wednesday EOD so the devs can review it before the freeze?

Thanks,
""", subject="Test plan – release 4.12 (billing module)", cc=[francois])
    M("np2", me, [owen], "2026-03-11 16:40", """
Hi Owen,

Here's the draft (attached). I flagged three risk areas: proration on mid-cycle plan changes, the QC/ON tax split, and the retry logic on failed card payments. Comments welcome directly in the doc.

Seb
""", parent="np1", cc=[francois], sig=False, attachments=[pdf("Plan_de_test_4.12_v1.pdf", [
        "Plan de test - release 4.12 (facturation)", "Risques: prorata, taxes QC/ON, relances",
        "Couverture: 42 cas, dont 18 automatises"])])
    M("np3", francois, [me, owen], "2026-03-11 17:05", """
Beau travail Seb. Peux-tu ajouter des cas de régression pour le changement de province en cours de cycle (TPS/TVQ vs TVH)? On s'est fait prendre l'an dernier.

F.
""", parent="np2", sig=False)
    M("np4", me, [francois, owen], "2026-03-12 08:30", """
C'est fait, la v2 est sur SharePoint (section 4.3).

Seb
""", parent="np3", sig=False)
    case.thread("np1", False, None, "Nordivia", "test plan for a release at his current job")

    M("ni1", owen, [me, francois], "2026-02-19 22:41", """
Heads up: the 4.11.2 release broke invoice PDFs for accounts with more than 50 line items. Hotfix 4.11.3 is building now. Seb, can you run the invoice smoke suite on staging first thing tomorrow?
""", subject="Prod incident – invoice PDFs (hotfix 4.11.3)")
    M("ni2", me, [owen, francois], "2026-02-20 08:05", """
Smoke suite passed on staging (63/63), including the 120-line invoice case I added last night. Good to go on my side.

Seb
""", parent="ni1", sig=False)
    case.thread("ni1", False, None, "Nordivia", "production incident at his current job")

    M("nc1", me, [francois], "2026-03-10 09:02", """
Bonjour François,

Est-ce que je pourrais prendre congé le vendredi 20 mars en après-midi? J'ai un rendez-vous personnel à Laval. Je mets à jour le calendrier d'équipe si c'est correct.

Merci,
Seb
""", subject="Congé – vendredi 20 mars PM", sig=False)
    M("nc2", francois, [me], "2026-03-10 09:40", """
Pas de problème, bon rendez-vous!

F.
""", parent="nc1", sig=False)
    case.thread("nc1", False, None, "Nordivia",
                "half day off asked from his manager for the (later cancelled) Laval interview")

    it_text = """
Votre mot de passe Nordivia expire dans 5 jours (le 2026-03-18).

Pour le changer, appuyez sur Ctrl+Alt+Suppr sur un poste de travail du bureau, ou rendez-vous sur https://motdepasse.nordivia.com.

Your Nordivia password expires in 5 days (2026-03-18). To change it, press Ctrl+Alt+Del on an office workstation or go to https://motdepasse.nordivia.com.

Ceci est un message automatisé. / This is an automated message.
"""
    M("nt1", nit, [me], "2026-03-13 06:00", it_text, subject="Expiration du mot de passe / "
      "Password expiry", headers=AUTO)
    case.thread("nt1", False, None, "Nordivia", "automated IT notice")

    ia_text = """
Bonjour Sébastien, bonjour François,

Voici l'invitation pour l'entrevue de Léa Bouchard, candidate au stage d'été en assurance qualité (Polytechnique Montréal, 3e année). Son CV est en pièce jointe.

Grille d'évaluation : SharePoint > RH > Stages 2026.

Merci!
Amélie
""" + teams
    ia_ics = make_ics(
        method="REQUEST", uid=uid_outlook("nordivia-stage-lea"), stamp=T("2026-03-11 10:20"),
        start=T("2026-03-17 13:00"), end=T("2026-03-17 13:45"), tzid="Eastern Standard Time",
        summary="Entrevue stage AQ été 2026 – Léa Bouchard", organizer=amelie,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (francois, "ACCEPTED", "INDIVIDUAL"),
                   (lea, "ACCEPTED", "INDIVIDUAL")],
        location="Réunion Microsoft Teams", description=ia_text.strip(),
        prodid="Microsoft Exchange Server 2010")
    M("nl1", amelie, [me, francois, lea], "2026-03-11 10:20", ia_text,
      subject="Entrevue stage AQ été 2026 – Léa Bouchard", sig=False, ics=ia_ics,
      ics_mode="outlook", html=html_of(ia_text),
      attachments=[pdf("CV_Lea_Bouchard.pdf", [
          "Lea Bouchard", "Etudiante, genie logiciel (3e annee)", "Projet: tests Cypress",
          "lea.bouchard03@gmail.com"])])
    M("nl2", amelie, [me, francois], "2026-03-17 14:10", """
Merci à vous deux pour l'entrevue de Léa! Pouvez-vous me remettre vos grilles d'évaluation d'ici jeudi midi? On aimerait faire une offre rapidement si elle est retenue.
""", parent="nl1")
    M("nl3", me, [amelie], "2026-03-18 11:25", """
Bonjour Amélie,

Ma grille est sur SharePoint. Très bonne candidate : curieuse, bonnes bases en Cypress, et elle a posé les meilleures questions de la journée. Je recommande.

Seb
""", parent="nl2", sig=False)
    case.meeting("nl1", T("2026-03-17 13:00"), T("2026-03-17 13:45"),
                 met=[francois.email, lea.email], job=False,
                 what="Sébastien interviews an intern candidate at his current job")
    case.thread("nl1", False, None, "Nordivia",
                "Sébastien on the hiring side: Teams interview of a summer intern candidate, "
                "Tue Mar 17 13 h-13 h 45; the HR coordinator asks him for his grid by Thursday")
    case.forbid("nl1", lea.email,
                "intern candidate Sébastien interviewed for his current employer; not his job "
                "search, no thank-you owed by him")

    M("nl4", lea, [me, francois], "2026-03-17 16:40", """
Bonjour M. Tremblay-Roy, bonjour M. Lemieux,

Merci beaucoup pour l'entrevue de cet après-midi. J'ai vraiment apprécié la discussion sur la stratégie de tests de régression de la plateforme de facturation, et ça m'a confirmé que c'est le genre de stage que je recherche.

N'hésitez pas si vous avez besoin d'autres informations de ma part.

Bonne fin de journée,
Léa Bouchard
Étudiante en génie logiciel, Polytechnique Montréal
""", subject="Merci pour l'entrevue – stage AQ", sig=False)
    case.thread("nl4", False, None, "Nordivia",
                "the intern candidate's thank-you to her interviewers (Sébastien among them)")

    cinq = """
Bonjour à tous,

Après 9 belles années chez Nordivia, Martine Dufresne nous quitte pour de nouveaux défis. Pour lui dire au revoir, on se retrouve au Bily Kun (354, av. du Mont-Royal Est) le jeudi 19 mars dès 17 h. Première tournée offerte par la compagnie!

Mélanie
Adjointe administrative | Nordivia
"""
    M("n57", melanie, [P("Tout le personnel", "tous@nordivia.com", style="outlook")],
      "2026-03-12 11:15", cinq, subject="5 à 7 de départ de Martine – jeudi 19 mars", sig=False)
    case.meeting("n57", T("2026-03-19 17:00"), None, met=[], job=False,
                 what="farewell drinks for a colleague")
    case.thread("n57", False, None, "Nordivia", "office farewell drinks")

    # ---- Family and friends -------------------------------------------------------------
    josiane = P("Josiane Paquette", "josiane.paquette@hotmail.com", q="gfr")
    cousin = P("Marie-Pier Roy", "mariepier.roy@outlook.com")
    tante = P("Francine Tremblay", "francine.tremblay56@gmail.com")
    M("bs1", josiane, [me, cousin, tante], "2026-03-03 20:30", """
Bonjour tout le monde!

Comme vous le savez, Audrey et Mathieu attendent leur petite fille pour la fin avril 💕 On organise un shower de bébé le samedi 28 mars à 14 h. L'endroit reste à confirmer (probablement chez ma mère à Rosemont), je vous reviens d'ici mercredi le 25 avec l'adresse exacte.

On se cotise pour un gros cadeau (la poussette qu'ils veulent) : 30 $ par personne par virement Interac à josiane.paquette@hotmail.com.

Merci de me confirmer votre présence!
Josiane xx
""", subject="Shower de bébé pour Audrey 🍼 – samedi 28 mars")
    M("bs2", me, [josiane], "2026-03-03 21:15", """
Allô Josiane,

Je serai là avec plaisir! Je t'envoie mes 30 $ ce soir.

Sébastien
""", parent="bs1", sig=False)
    M("bs3", josiane, [me, cousin, tante], "2026-03-23 19:40", """
Allô la gang,

Petit rappel pour samedi 14 h! C'est confirmé chez ma mère : 5120, 8e Avenue, Rosemont (sonnez au 2e). Stationnement dans la ruelle.

Il manque encore 3 cotisations pour la poussette, vous savez qui vous êtes 😉

Josiane
""", parent="bs1", sig=False)
    case.promise("bs1", "bs1", josiane.email, "2026-03-25", answered_by="bs3", job=False)
    case.meeting("bs1", T("2026-03-28 14:00"), None, status="scheduled", job=False,
                 what="his sister's baby shower")
    case.thread("bs1", False, None, None,
                "his sister's baby shower, Sat Mar 28 14 h; a family friend's 'je vous reviens "
                "d'ici mercredi le 25 avec l'adresse', kept on Mar 23")

    interac = P("Interac", "notify@payments.interac.ca", style="auto", auto=True)
    M("ix1", interac, [me], "2026-03-03 21:22", """
Bonjour Sébastien Tremblay-Roy,

Votre virement de 30,00 $ (CAD) à Josiane Paquette a été déposé.

Message : Cadeau shower Audrey
Numéro de référence : CA1MRz7Tq4Kp

Ceci est un message automatisé. Veuillez ne pas y répondre.
""", subject="Virement INTERAC : Votre virement de 30,00 $ a été déposé", headers=AUTO)
    case.thread("ix1", False, None, "Interac", "e-Transfer notice")

    audrey = P("Audrey Tremblay-Roy", "audrey.tremblayroy@gmail.com", q="ifr")
    M("au1", audrey, [me], "2026-03-20 12:14", """
Seb! Maman m'a dit que tu passes des entrevues?? Pourquoi tu m'as rien dit 😤 Bonne chance en tout cas!!

Aussi, est-ce que t'as encore la chaise haute de grand-maman dans ton cabanon? Mathieu pourrait passer la chercher.

Envoyé de mon iPhone
""", subject="Chaise haute + entrevues??")
    M("au2", me, [audrey], "2026-03-20 19:02", """
Haha oui, quelques-unes, rien de sûr encore. Je te raconte samedi prochain.

Pour la chaise haute, je pense qu'elle est chez papa, pas chez moi. Je lui demande.

Seb
""", parent="au1", sig=False)
    M("au3", audrey, [me], "2026-03-20 19:30", """
Ok merci! Bisous 💕
""", parent="au2", sig=False)
    case.thread("au1", False, None, None, "his sister; mentions his interviews, owes nothing")

    lise = P("Lise Roy", "lise.roy58@videotron.ca", q="ifr")
    M("mo1", lise, [me], "2026-03-08 10:32", """
Allô mon grand,

On fait un souper pour les 60 ans de ton père dimanche prochain le 15 à 17 h 30. Ta sœur et Mathieu viennent aussi. Apporte ton vin préféré!

Bisous,
Maman
""", subject="Souper de fête de papa")
    M("mo2", me, [lise], "2026-03-08 12:50", """
J'y serai, maman! Je m'occupe du gâteau si tu veux (Première Moisson?).

Seb
""", parent="mo1", sig=False)
    M("mo3", lise, [me], "2026-03-08 13:05", """
Parfait, merci mon grand! Un au chocolat, c'est son préféré.

Envoyé de mon iPad
""", parent="mo2", sig=False)
    case.meeting("mo1", T("2026-03-15 17:30"), None, job=False, what="family dinner")
    case.thread("mo1", False, None, None, "family dinner Sun Mar 15")

    michel = P("Michel Tremblay", "michel.tremblay.qc@gmail.com", q="gfr")
    M("pa1", michel, [me], "2026-03-12 07:02", """
Salut Seb,

As-tu vu ça? Fais attention avec les studios de jeux vidéo, c'est pas stable ces temps-ci.

Papa

---------- Message transféré ---------
De : Le Fil Techno <infolettre@lefiltechno.ca>
Date : jeu. 12 mars 2026 à 06:00
Objet : Nouvelles compressions dans le jeu vidéo montréalais
À : <michel.tremblay.qc@gmail.com>

Nouvelles compressions dans le jeu vidéo montréalais

Un troisième studio de la métropole annonce des mises à pied depuis janvier : près de 80 postes sont touchés, surtout en assurance qualité et en production. L'industrie québécoise du jeu vidéo, qui emploie plus de 15 000 personnes, traverse une période de consolidation...

Lire la suite sur lefiltechno.ca
""", subject="TR : Nouvelles compressions dans le jeu vidéo montréalais")
    M("pa2", me, [michel], "2026-03-12 07:40", """
Oui, je l'ai vu. Inquiète-toi pas, je regarde aussi du côté des banques et des startups 😉

Seb
""", parent="pa1", sig=False)
    case.thread("pa1", False, None, None, "his father forwards a news item about game-studio layoffs")

    gab = P("Gabriel Morin", "gab.morin@gmail.com", q="gfr")
    emilie = P("Émilie Saint-Onge", "emilie.stonge@outlook.com")
    M("cb1", gab, [me, emilie], "2026-03-05 12:30", """
Salut les amis!

C'est le temps des sucres 🍁 Cabane à sucre le samedi 21 mars? Je pensais à l'Érablière Chez Ti-Père à Saint-Eustache, 11 h 30. Répondez avant dimanche que je réserve.

Gab
""", subject="Cabane à sucre – samedi 21 mars?")
    M("cb2", emilie, [gab, me], "2026-03-05 13:02", """
Go!! J'amène Jérôme.
""", parent="cb1", sig=False)
    M("cb3", me, [gab, emilie], "2026-03-05 18:45", """
Je suis in! Je peux conduire, j'ai 5 places.

Seb
""", parent="cb2", sig=False)
    M("cb4", gab, [me, emilie], "2026-03-19 21:10", """
Confirmé pour samedi 11 h 30, 6 personnes. On part de chez Seb à 10 h 30. Apportez du cash, ils prennent pas les cartes pour la tire!
""", parent="cb3", sig=False)
    case.meeting("cb1", T("2026-03-21 11:30"), None, job=False, what="sugar shack with friends")
    case.thread("cb1", False, None, None, "friends plan a cabane à sucre, Sat Mar 21")

    M("ch1", gab, [me], "2026-03-22 10:15", """
Yo Seb, mon boss m'a donné deux billets pour le Canadien mardi le 31 (contre Toronto!). Ça te tente? 19 h, on pourrait souper au Bâton Rouge avant.
""", subject="Billets CH mardi 31?", sig=False)
    M("ch2", me, [gab], "2026-03-22 11:02", """
Ben voyons, certain! Contre les Leafs en plus. Je te paie le souper.

Seb
""", parent="ch1", sig=False)
    M("ch3", gab, [me], "2026-03-22 11:05", """
Deal 🏒 Rendez-vous au Centre Bell, porte 4, vers 18 h 30.
""", parent="ch2", sig=False)
    case.meeting("ch1", T("2026-03-31 19:00"), None, status="scheduled", job=False,
                 what="hockey game with a friend")
    case.thread("ch1", False, None, None, "a friend offers Canadiens tickets for Tue Mar 31")

    steve = P("Steve Lavallée", "steve.lavallee.lhap@gmail.com", q="gfr")
    jp = P("Jean-Philippe Gagné", "jpgagne88@gmail.com", q="ifr")
    karim = P("Karim Benali", "karim.benali@hotmail.com")
    M("hk1", steve, [me, jp, karim], "2026-03-16 21:05", """
Salut la gang,

On joue dimanche 22 mars à 21 h 30 à l'aréna Saint-Louis (quart de finale!). Éric est blessé au genou, quelqu'un connaît un gardien de remplacement? Sinon je demande à la ligue.

Confirmez votre présence svp, faut être au moins 10.

Steve
""", subject="Quart de finale dimanche + gardien?")
    M("hk2", jp, [steve, me, karim], "2026-03-16 21:40", """
Présent. Mon beau-frère peut garder, je lui demande à soir.

Envoyé de mon iPhone
""", parent="hk1", sig=False)
    M("hk3", me, [steve, jp, karim], "2026-03-16 22:02", """
Présent aussi! J'amène les rondelles neuves.
""", parent="hk2", sig=False)
    M("hk4", karim, [steve, me, jp], "2026-03-17 07:15", """
Je serai là mais je vais arriver juste à temps, je finis à 21 h.
""", parent="hk3", sig=False)
    M("hk5", steve, [me, jp, karim], "2026-03-22 23:48", """
Belle victoire 4-2 les gars!! Merci au beau-frère de JP pour les arrêts en 3e. Demi-finale dimanche prochain 20 h, même aréna.
""", parent="hk4", sig=False)
    case.meeting("hk1", T("2026-03-22 21:30"), None, job=False, what="hockey playoff game")
    case.meeting("hk1", T("2026-03-29 20:00"), None, status="scheduled", job=False,
                 what="hockey semi-final")
    case.thread("hk1", False, None, "Ligue de hockey amicale du Plateau",
                "his beer-league hockey team")

    lhap = P("Ligue de hockey amicale du Plateau", "no-reply@lhap-hockey.ca", style="auto",
             auto=True)
    lh_text = """
LHAP – Horaire des séries 2026

Quarts de finale : dimanche 22 mars (aréna Saint-Louis, 19 h 30, 21 h 30, 23 h)
Demi-finales : dimanche 29 mars (18 h 30 et 20 h)
Finale : dimanche 5 avril, 20 h

Rappel : le chandail officiel est obligatoire en séries. Les équipes doivent avoir payé le solde de l'inscription (85 $ par joueur) avant le 22 mars.
"""
    M("lh1", lhap, [me], "2026-03-09 12:00", lh_text, subject="LHAP – Horaire des séries 2026",
      html=html_of(lh_text), headers=bulk_headers("<joueurs.lhap-hockey.ca>",
                                                  "https://lhap-hockey.ca/desabonnement"))
    case.thread("lh1", False, None, "Ligue de hockey amicale du Plateau",
                "league bulk mail with the playoff schedule")

    # ---- Appointments, bills, notices, receipts ------------------------------------------
    dent = P("Clinique dentaire Saint-Denis", "rendezvous@cliniquedentairestdenis.ca",
             style="auto", auto=True)
    d_text = """
Bonjour Sébastien,

Ceci est un rappel de votre rendez-vous de nettoyage avec Dre Hélène Morin le jeudi 26 mars 2026 à 7 h 45.

Clinique dentaire Saint-Denis
4380, rue Saint-Denis, Montréal
514 555-0111

Pour annuler ou déplacer votre rendez-vous, veuillez nous appeler au moins 48 heures à l'avance.
"""
    d_ics = make_ics(
        method="PUBLISH", uid=uid_uuid("dentist-sebastien"), stamp=T("2026-03-16 09:00"),
        start=T("2026-03-26 07:45"), end=T("2026-03-26 08:30"), tzid=TZ,
        summary="Rendez-vous – Clinique dentaire Saint-Denis", organizer=dent,
        location="4380, rue Saint-Denis, Montréal", prodid="-//Dentitek//Rappels 3.2//FR")
    M("dn1", dent, [me], "2026-03-16 09:00", d_text,
      subject="Rappel : rendez-vous le jeudi 26 mars 2026 à 7 h 45", ics=d_ics,
      ics_mode="publish", headers=AUTO)
    case.meeting("dn1", T("2026-03-26 07:45"), T("2026-03-26 08:30"), status="scheduled",
                 job=False, what="dentist")
    case.thread("dn1", False, None, "Clinique dentaire Saint-Denis", "dentist reminder with ICS")

    hq = P("Hydro-Québec", "espaceclient@hydroquebec.com", style="auto", auto=True)
    for key, when, amount, due, period in (
            ("hq1", "2026-02-16 05:31", "142,37", "2026-03-09", "du 2025-12-13 au 2026-02-12"),
            ("hq2", "2026-03-17 05:29", "168,52", "2026-04-07", "du 2026-02-13 au 2026-03-14")):
        txt = """
Bonjour Sébastien Tremblay-Roy,

Votre facture est maintenant disponible dans votre Espace client.

Période de consommation : %s
Montant à payer : %s $
Date d'échéance : %s

Le montant sera prélevé automatiquement de votre compte Desjardins à la date d'échéance.

Hydro-Québec
Ce courriel vous est envoyé automatiquement, veuillez ne pas y répondre.
""" % (period, amount, due)
        M(key, hq, [me], when, txt, subject="Votre facture Hydro-Québec est prête",
          html=html_of(txt), html_only=True, headers=AUTO)
        case.thread(key, False, None, "Hydro-Québec", "electricity bill, paid automatically")

    dj = P("Desjardins", "accesd@desjardins.com", style="auto", auto=True)
    for key, when, month in (("dj1", "2026-02-03 04:12", "janvier"),
                             ("dj2", "2026-03-03 04:09", "février")):
        txt = """
Bonjour,

Votre relevé de compte de %s 2026 est disponible dans AccèsD.

Pour le consulter, connectez-vous à AccèsD ou à l'application Services mobiles Desjardins, puis sélectionnez Relevés et documents.

Desjardins ne vous demandera jamais vos renseignements personnels par courriel ou texto.

Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
""" % month
        M(key, dj, [me], when, txt, subject="Votre relevé de compte est disponible",
          html=html_of(txt), html_only=True, headers=AUTO)
        case.thread(key, False, None, "Desjardins", "monthly statement notice")

    stm = P("Info-STM", "info@stm.info", style="auto", auto=True)
    stm1 = """
Ligne orange : fermeture entre Berri-UQAM et Lionel-Groulx

Les samedi 14 et dimanche 15 mars, le service sera interrompu entre les stations Berri-UQAM et Lionel-Groulx pour des travaux de remplacement de voies. Des navettes par autobus (ligne 420) seront offertes.

Planifiez vos déplacements sur stm.info.
"""
    M("st1", stm, [me], "2026-03-10 15:00", stm1,
      subject="Info-STM | Fermeture partielle de la ligne orange les 14 et 15 mars",
      html=html_of(stm1), headers=bulk_headers("<info.stm.info>", "https://stm.info/desabonnement"))
    case.thread("st1", False, None, "STM", "transit notice")
    stm2 = """
Bonjour,

Votre titre mensuel d'avril est maintenant en vente. Vous pouvez le recharger sur votre carte OPUS dès le 20 mars, en station ou avec l'application Chrono.

Rappel : à partir du 1er avril, la réduction pour les 65 ans et plus s'applique automatiquement.
"""
    M("st2", stm, [me], "2026-03-19 09:00", stm2,
      subject="Info-STM | Le titre mensuel d'avril est en vente",
      html=html_of(stm2), headers=bulk_headers("<info.stm.info>", "https://stm.info/desabonnement"))
    case.thread("st2", False, None, "STM", "transit notice")

    jb = P("Jobboom", "alertes@jobboom.com", style="auto", auto=True)
    jb1 = """
Bonjour Sébastien,

7 nouvelles offres correspondent à votre alerte « Analyste assurance qualité – Montréal » :

- Analyste AQ senior – Groupe Vélocité (Laval) – Postulez en un clic
- Testeur(se) logiciel – Intelia Solutions (Montréal) – Temps plein
- Responsable assurance qualité – Studio Lumenfeu (Montréal)
- Analyste en automatisation des tests – Coop Finance Plus (Lévis) – Hybride
- Conseiller(ère) AQ – Ville de Laval
- Analyste AQ, jeux mobiles – Pixel Nord (Québec)
- Spécialiste des tests de performance – Telcom Québec (Montréal)

Préparez votre prochaine entrevue : consultez nos 10 conseils pour réussir une entrevue virtuelle.

Modifier ou supprimer cette alerte dans votre compte Jobboom.
"""
    M("jb1", jb, [me], "2026-02-16 07:00", jb1,
      subject="Alerte-emploi : 7 nouvelles offres – Analyste assurance qualité – Montréal",
      html=html_of(jb1), headers=bulk_headers("<alertes.jobboom.com>",
                                              "https://www.jobboom.com/alertes/desabonner"))
    case.thread("jb1", False, None, "Jobboom", "job-board alert (owes nothing)")
    jb2 = """
Bonjour Sébastien,

4 nouvelles offres correspondent à votre alerte « Analyste assurance qualité – Montréal » :

- Lead AQ – Cabinet conseil en assurance (Montréal) – par Recrutement Alto
- SDET – Médiqo (Montréal) – Télétravail partiel
- Chef d'équipe, assurance de la qualité – Gouvernement du Canada (Montréal)
- Analyste AQ – Boutiques Éclat (Boucherville)

Les employeurs ont consulté votre profil 3 fois cette semaine.

Modifier ou supprimer cette alerte dans votre compte Jobboom.
"""
    M("jb2", jb, [me], "2026-03-16 07:00", jb2,
      subject="Alerte-emploi : 4 nouvelles offres – Analyste assurance qualité – Montréal",
      html=html_of(jb2), headers=bulk_headers("<alertes.jobboom.com>",
                                              "https://www.jobboom.com/alertes/desabonner"))
    case.thread("jb2", False, None, "Jobboom", "job-board alert (owes nothing)")

    li = P("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", style="auto", auto=True)
    li1 = """
Your job alert for SDET in Greater Montreal Metropolitan Area

14 new jobs match your preferences.

Senior SDET – Kestrel Pay – Canada (Remote) – Actively recruiting
Software Development Engineer in Test – Cortexia – Montreal, QC – Be an early applicant
QA Automation Lead – Ledgerline – Toronto, ON (Remote) – 23 applicants
SDET II – Nuance Mobility – Montreal, QC – Promoted

See all jobs

You're receiving Job Alert emails. Unsubscribe.
"""
    M("li1", li, [me], "2026-03-02 08:14", li1,
      subject="“SDET”: 14 new jobs in Greater Montreal Metropolitan Area",
      html=html_of(li1), headers=bulk_headers("<jobalerts.linkedin.com>",
                                              "https://www.linkedin.com/jobs/alerts/unsubscribe"))
    case.thread("li1", False, None, "LinkedIn", "job alert (owes nothing)")
    li2 = """
Your job alert for QA Lead in Greater Montreal Metropolitan Area

9 new jobs match your preferences.

QA Lead – Orbe Interactive – Montreal, QC – Your profile matches this job
Lead, Quality Assurance – Banque Hochelaga – Montreal, QC (Hybrid)
Quality Engineering Manager – Parcours – Montreal, QC – Be an early applicant
Responsable AQ – Studio Lumenfeu – Montreal, QC – 41 applicants

Prepare for your interview with LinkedIn Premium.

You're receiving Job Alert emails. Unsubscribe.
"""
    M("li2", li, [me], "2026-03-23 08:09", li2,
      subject="“QA Lead”: 9 new jobs in Greater Montreal Metropolitan Area",
      html=html_of(li2), headers=bulk_headers("<jobalerts.linkedin.com>",
                                              "https://www.linkedin.com/jobs/alerts/unsubscribe"))
    case.thread("li2", False, None, "LinkedIn", "job alert (owes nothing)")

    meetup = P("Meetup", "info@email.meetup.com", style="auto", auto=True)
    mu = """
QA Montréal | Assurance qualité Montréal

Nouvel événement : Tests de contrat avec Pact, retour d'expérience (en français)
Jeudi 2 avril 2026, 18 h 00 – 20 h 00
Espace Notman, 51, rue Sherbrooke Ouest

Pizza et bières offertes par nos commanditaires. 48 places restantes.

RSVP sur meetup.com/qa-montreal
"""
    M("mu1", meetup, [me], "2026-03-18 12:00", mu,
      subject="Nouvel événement : Tests de contrat avec Pact – QA Montréal",
      html=html_of(mu), headers=bulk_headers("<qa-montreal.email.meetup.com>",
                                             "https://www.meetup.com/account/comm/"))
    case.thread("mu1", False, None, "Meetup", "meetup announcement; no RSVP sent")

    rb = P("Renaud-Bray", "commandes@renaud-bray.com", style="auto", auto=True)
    rbt = """
Merci pour votre commande!

Commande n° RB-2209184 – 2026-02-28

1 x Tester les logiciels : guide pratique (3e éd.) – 54,95 $
1 x Carnet ligné, couverture rigide – 12,95 $

Sous-total : 67,90 $
TPS : 3,40 $  TVQ : 6,77 $
Total : 78,07 $

Votre commande sera prête pour la cueillette en succursale (Mont-Royal) d'ici 3 à 5 jours ouvrables.
"""
    M("rb1", rb, [me], "2026-02-28 14:22", rbt,
      subject="Confirmation de votre commande RB-2209184", html=html_of(rbt), headers=AUTO)
    case.thread("rb1", False, None, "Renaud-Bray", "bookstore receipt")

    amz = P("Amazon.ca", "shipment-tracking@amazon.ca", style="auto", auto=True)
    amt = """
Hello Sébastien,

Your package with "Logitech MX Keys S Keyboard" has shipped and is arriving Thursday, March 5.

Track your package: amazon.ca/orders

Order #702-4418823-1190637
"""
    M("az1", amz, [me], "2026-03-03 16:48", amt, subject="Your Amazon.ca order has shipped",
      html=html_of(amt), headers=AUTO)
    case.thread("az1", False, None, "Amazon.ca", "shipping notice")

    landlord = P("Gestion Immobilière Fabre", "gestion.fabre@outlook.com", style="outlook",
                 q="ofr", sig="Robert Nadeau\nGestion Immobilière Fabre\n514 555-0177")
    M("ll1", landlord, [me], "2026-02-20 10:05", """
Bonjour M. Tremblay-Roy,

Veuillez trouver ci-joint l'avis de modification du bail pour le logement situé au 4512, rue Fabre, app. 3. Le loyer passerait de 1 340 $ à 1 395 $ par mois à compter du 1er juillet 2026.

Tel que prévu par la loi, vous disposez d'un mois à compter de la réception de cet avis pour nous faire part de votre réponse.

Cordialement,
""", subject="Avis de modification du bail – 4512, rue Fabre, app. 3",
      attachments=[pdf("Avis_modification_bail_4512_Fabre.pdf", [
          "Avis de modification du bail", "4512, rue Fabre, app. 3, Montreal",
          "Loyer actuel: 1 340 $ - Nouveau loyer: 1 395 $ (1er juillet 2026)"])])
    M("ll2", me, [landlord], "2026-03-01 11:30", """
Bonjour M. Nadeau,

J'accepte le renouvellement du bail aux conditions indiquées. Pourriez-vous en profiter pour faire vérifier le calfeutrage de la fenêtre de la chambre avant l'hiver prochain?

Cordialement,
Sébastien Tremblay-Roy
""", parent="ll1", sig=False)
    case.thread("ll1", False, None, "Gestion Immobilière Fabre", "lease renewal notice")

    vt = P("Vidéotron", "facturation@videotron.com", style="auto", auto=True)
    vtt = """
Bonjour Sébastien,

Votre facture de mars est prête.

Internet Giga et Télé : 118,45 $ (taxes incluses)
Date limite de paiement : 2026-03-27

Consultez le détail de votre facture dans votre Espace client.

Ceci est un message automatique. Merci de ne pas y répondre.
"""
    M("vt1", vt, [me], "2026-03-06 06:40", vtt, subject="Votre facture Vidéotron est prête",
      html=html_of(vtt), html_only=True, headers=AUTO)
    case.thread("vt1", False, None, "Vidéotron", "internet bill")

    ws = P("Wealthsimple", "support@wealthsimple.com", style="auto", auto=True)
    wst = """
Hi Sébastien,

Your 2025 tax slips are ready. Your T5 and RL-3 for your Wealthsimple accounts are now available in the Documents tab of the app.

The filing deadline for most Canadians is April 30, 2026.

The Wealthsimple team
"""
    M("ws1", ws, [me], "2026-02-27 13:00", wst, subject="Your 2025 tax slips are ready",
      html=html_of(wst), headers=AUTO)
    case.thread("ws1", False, None, "Wealthsimple", "tax-slip notice")

    bixi = P("BIXI Montréal", "info@bixi.com", style="auto", auto=True)
    bx = """
La saison BIXI 2026 commence le 15 avril!

Renouvelez votre abonnement annuel avant le 31 mars et obtenez 15 % de rabais. Nouveauté cette année : 300 vélos électriques de plus et 40 nouvelles stations dans Rosemont et Villeray.
"""
    M("bx1", bixi, [me], "2026-03-11 10:00", bx, subject="La saison 2026 arrive : renouvelez et économisez 15 %",
      html=html_of(bx), html_only=True,
      headers=bulk_headers("<membres.bixi.com>", "https://bixi.com/desabonnement"))
    case.thread("bx1", False, None, "BIXI Montréal", "bike-share newsletter")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Sébastien Tremblay-Roy, 29, is a QA analyst at Nordivia, a Montréal billing-software "
    "company, looking for a QA lead or SDET role. The mailbox runs from early February to "
    "Wednesday 25 March 2026, 10:15 EDT, across Canada's change to daylight time on 8 March "
    "(Europe changes only on 29 March, so Paris is five hours ahead for the Orbe Interactive "
    "call, not six). Much of the mail is in French with Quebec habits ('jeudi 12 mars à 14 h', "
    "'15h', 'd'ici la fin de la semaine prochaine', 'je vous reviens d'ici le vendredi 20 "
    "mars'), some in English; a bank's Workday notice and a federal selection process are "
    "bilingual ('English follows'), with day-first and ISO dates. Studio Lumenfeu's recruiter "
    "confirms an on-site interview in French, naming the two interviewers with their addresses "
    "and saying she will not be there; Sébastien thanks the anglophone producer in English in "
    "a new thread but not the QA director, and the recruiter's 20 March promise lapses. "
    "Kestrel Pay (Toronto, remote) runs a GoodTime panel, thanked with one note to both "
    "panelists, and ties its answer to a hiring committee (still inside the grace). Banque "
    "Hochelaga moves its Teams interview to the day after now, accepted from his phone with "
    "'Jeudi me convient.', and re-sends the invite in a new thread; Groupe Vélocité cancels "
    "with an ICS CANCEL; Médiqo asks him to return a 'test technique' by 18 March (his "
    "deadline, not theirs). A coffee with a former colleague, a call with a startup CTO he was "
    "referred to ('Est-ce qu'on pourrait se parler lundi?'), a Google Meet intro whose invite "
    "title is the only hint, and a video call set in Paris time were never thanked; Cortexia's "
    "rejection does not cancel the thank-you owed. Two promises lapsed with no word (an "
    "agency's 'fin de la semaine prochaine', Ledgerline's passive 'a decision ... will be made "
    "by Monday, March 16'); an agency's rejection and a kept federal promise settle two others. "
    "At Nordivia he interviews a summer intern candidate himself. Noise: Hydro-Québec, "
    "Vidéotron and Desjardins notices, STM transit notices, Jobboom and LinkedIn alerts naming "
    "the same employers, his hockey league, his sister's baby shower, his parents, a cabane à "
    "sucre, a dentist's ICS, his landlord, receipts.")

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
