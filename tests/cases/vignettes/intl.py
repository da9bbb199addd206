#!/usr/bin/env python3
"""Vignettes about meetings, set `intl`: 32 tiny mailboxes in French (France, Québec,
Belgium, Switzerland), Spanish (Spain, Mexico, Argentina, Colombia), German (Germany,
Austria, Switzerland) and Portuguese (Brazil, Portugal).

Each builder returns a casekit `Case`: one to three threads about one meeting (whether it
took place, when, with whom, what kind, which side the user was on), at most two short
noise threads, and one to four labels.  Labels follow CASES.md and KINDS.md under the
default rules; every meeting, promise, application and promise of the user's is recorded
as a fact so that casekit.check_labels can recompute them.

Two local adaptations of the casekit machinery, both confined to this module:

* casekit recognises a thank-you note by the English word "thank".  The users here thank
  people in their own language, so each user Person carries `thank_words` (merci,
  gracias, danke, obrigad(o|a), ...) and the check also accepts those words, for messages
  sent by these users only.
* Replies quote their parent the way a French, Spanish, German or Portuguese mail client
  does ("Le mar. 10 mars 2026 à 14:32, ... a écrit :", "De : ... Envoyé : ..."), and
  Outlook subjects get the local reply prefix ("RE : ", "AW: ").

Python standard library and casekit only; every run writes byte-identical files.
"""
import datetime as dt
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import casekit
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...

HERE = os.path.dirname(os.path.abspath(__file__))  # casekit's own HERE came with the import

# --------------------------------------------------------------------------
# Zones the invitations below are written in (IANA and Windows names)
# --------------------------------------------------------------------------

for _iana in ("Europe/Brussels", "Europe/Zurich", "Europe/Vienna", "Europe/Madrid"):
    if _iana not in casekit.VTIMEZONES:
        casekit._eu_zone(_iana, "+0100", "+0200", "CET", "CEST", None)
for _iana, _off, _name, _win in (("America/Argentina/Buenos_Aires", "-0300", "-03",
                                  "Argentina Standard Time"),
                                 ("America/Argentina/Cordoba", "-0300", "-03", None),
                                 ("America/Bogota", "-0500", "-05", "SA Pacific Standard Time"),
                                 ("America/Recife", "-0300", "-03", None)):
    if _iana not in casekit.VTIMEZONES:
        casekit._fixed_zone(_iana, _off, _name, _win)

# --------------------------------------------------------------------------
# Thank-you words in the users' languages (see the module docstring)
# --------------------------------------------------------------------------

THANKS = {
    "fr": ("merci", "remerci"),
    "es": ("gracias", "agradec", "agradezc"),
    "de": ("danke", "dank ", "dank,", "dank!", "dank.", "bedanke"),
    "pt": ("obrigad", "agradeç", "agradec"),
}

if not getattr(casekit.thanks_text, "_intl", False):
    _english_thanks = casekit.thanks_text

    def _thanks_text(m):
        if _english_thanks(m):
            return True
        words = getattr(m.sender, "thank_words", ())
        if not words:
            return False
        own = m.text.split("\n>")[0].split("________________________________")[0].lower()
        return any(w in own for w in words)

    _thanks_text._intl = True
    casekit.thanks_text = _thanks_text


def T(s):
    """A message body written indented in the source."""
    return textwrap.dedent(s).strip("\n") + "\n"


def D(y, mo, d, h, mi, tz):
    return dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz) if isinstance(tz, str) else tz)


def user(name, email, tz, phone, locale, style="webmail", sig=None):
    p = Person(name, email, tz, style=style, sig=sig, locale=locale,
               msgid_domain=email.split("@")[1])
    p.thank_words = THANKS[locale.split("-")[0]]
    p.phone = phone
    return p


# --------------------------------------------------------------------------
# Local quoting and reply prefixes
# --------------------------------------------------------------------------

WD = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
WD_SHORT = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
MON = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
}
MON_SHORT = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
           "nov.", "dez."],
}
REPLY_PREFIXES = ("Re: ", "RE: ", "RE : ", "Re : ", "AW: ", "Aw: ", "RES: ", "Res: ")


def month_name(lang, locale, t):
    if locale == "de-AT" and t.month == 1:
        return "Jänner"
    return MON[lang][t.month - 1]


class VCase(Case):
    """A Case whose replies quote and prefix subjects the way local mail clients do."""

    def add(self, key, sender, to, when, body, *, subject=None, parent=None, prefix=None,
            **kw):
        if subject is None and parent is not None:
            base = self.by_key[parent].subject
            stripped = True
            while stripped:
                stripped = False
                for p in REPLY_PREFIXES:
                    if base.startswith(p):
                        base, stripped = base[len(p):], True
            if prefix is None:
                lang = sender.locale.split("-")[0]
                prefix = "Re: "
                if sender.style == "outlook":
                    prefix = {"fr": "RE : ", "de": "AW: "}.get(lang, "RE: ")
            subject = prefix + base
        return Case.add(self, key, sender, to, when, body, subject=subject, parent=parent,
                        **kw)

    def _quote(self, replier, parent, when):
        loc = replier.locale
        lang = loc.split("-")[0]
        if lang not in WD:
            return Case._quote(self, replier, parent, when)
        ps = parent.sender
        t = parent.date.astimezone(replier.tz)
        hm = t.strftime("%H:%M")
        if replier.style == "outlook":
            to = "; ".join(p.shown() for p in parent.to)
            cc = "; ".join(p.shown() for p in parent.cc)
            lab = {"fr": ("De : ", "Envoyé : ", "À : ", "Cc : ", "Objet : "),
                   "es": ("De: ", "Enviado: ", "Para: ", "CC: ", "Asunto: "),
                   "pt": ("De: ", "Enviado: ", "Para: ", "Cc: ", "Assunto: "),
                   "de": ("Von: ", "Gesendet: ", "An: ", "Cc: ", "Betreff: ")}[lang]
            wd, mon = WD[lang][t.weekday()], month_name(lang, loc, t)
            sent = {"fr": "%s %d %s %d %s" % (wd, t.day, mon, t.year, hm),
                    "es": "%s, %d de %s de %d %s" % (wd, t.day, mon, t.year, hm),
                    "pt": "%s, %d de %s de %d %s" % (wd, t.day, mon, t.year, hm),
                    "de": "%s, %d. %s %d %s" % (wd, t.day, mon, t.year, hm)}[lang]
            head = "%s%s\n%s%s\n%s%s\n%s%s%s" % (
                lab[0], ps.shown(), lab[1], sent, lab[2], to,
                "%s%s\n" % (lab[3], cc) if cc else "", lab[4], parent.subject)
            return "________________________________\n" + head + "\n\n" + parent.text
        name = ps.name or ps.email
        if replier.style == "webmail":
            head = {"fr": "Le %s à %s, %s a écrit :" % (t.strftime("%d/%m/%Y"), hm, name),
                    "es": "El %s a las %s, %s escribió:" % (t.strftime("%d/%m/%Y"), hm, name),
                    "pt": "Em %s %s, %s escreveu:" % (t.strftime("%d/%m/%Y"), hm, name),
                    "de": "Am %s um %s schrieb %s:" % (t.strftime("%d.%m.%y"), hm, name)}[lang]
        else:
            wds = WD_SHORT[lang][t.weekday()]
            if lang == "fr":
                head = "Le %s %d %s %d à %s, %s a écrit :" % (
                    wds, t.day, MON_SHORT["fr"][t.month - 1], t.year, hm, ps.shown())
            elif lang == "es":
                head = "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
                    wds, t.day, MON_SHORT["es"][t.month - 1], t.year, hm, name, ps.email)
            elif loc == "pt-PT":
                head = "%s escreveu no dia %s, %s à(s) %s:" % (
                    ps.shown(), WD["pt"][t.weekday()].split("-")[0], t.strftime("%d/%m/%Y"), hm)
            elif lang == "pt":
                head = "Em %s, %d de %s de %d às %s, %s escreveu:" % (
                    wds, t.day, MON_SHORT["pt"][t.month - 1], t.year, hm, ps.shown())
            else:
                head = "Am %s, %d. %s %d um %s Uhr schrieb %s:" % (
                    wds, t.day, month_name("de", loc, t), t.year, hm, ps.shown())
        quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line))
                           if line else ">" for line in parent.text.rstrip("\n").split("\n"))
        return head + "\n" + quoted + "\n"


def new_case(name, description, summary, me, now):
    c = VCase(name, description,
              {"name": me.name, "emails": [me.email], "phone": me.phone,
               "timezone": me.tz.key},
              now, summary)
    c.me = me
    return c


def cv_pdf(name, lines):
    return (name, "application/pdf", make_pdf(lines))


OUTLOOK = "Microsoft Exchange Server 2010"


# ==========================================================================
# French
# ==========================================================================

def v01_fr_notes_apres_entretien():
    """France (Paris). Held as planned, known from the user's own debrief to a friend; a
    second interviewer named with his address only in the recruiter's text; the recruiter
    arranged it and was not there; the director thanked in the thread the same evening."""
    tz = "Europe/Paris"
    me = user("Camille Roussel", "camille.roussel@example.fr", tz, "06 71 42 18 95", "fr",
              sig="Camille Roussel\n06 71 42 18 95")
    yanis = Person("Yanis Belkacem", "yanis.belkacem@ostral-energies.fr", tz, style="outlook",
                   locale="fr", region="eurprd06",
                   sig="Yanis Belkacem\nChargé de recrutement\nOstral Énergies\n"
                       "42 rue de Châteaudun – 75009 Paris\nTél. : 01 84 60 27 13")
    helene = Person("Hélène Marchetti", "helene.marchetti@ostral-energies.fr", tz,
                    style="outlook", locale="fr", region="eurprd06")
    thomas = "thomas.girard@ostral-energies.fr"
    lea = Person("Léa Fontaine", "lea.fontaine@example.org", tz, style="gmail", locale="fr")
    c = new_case(
        "intl-01-fr-notes-apres-entretien",
        "Paris: interview held as planned, known from the user's debrief to a friend; "
        "the second interviewer is named only in the recruiter's text",
        "Camille Roussel, chef de produit, interviews at Ostral Énergies on Tuesday 10 March "
        "2026 at 14h00 with the marketing director and the head of acquisition, whose "
        "address only the recruiter's mail gives. Her note to a friend at 15h40 says it "
        "happened; she thanks the director in the thread that evening. now is the next "
        "morning.",
        me, D(2026, 3, 11, 9, 30, tz))

    c.add("a1", yanis, [me], "2026-03-03 11:20", T("""
        Bonjour Camille,

        Suite à notre échange téléphonique de vendredi, j'ai le plaisir de vous proposer un
        entretien avec l'équipe marketing le mardi 10 mars à 14h00, dans nos locaux du 42 rue
        de Châteaudun (3e étage, demandez Ostral à l'accueil). Comptez une petite heure.

        Vous serez reçue par Hélène Marchetti, directrice marketing (en copie), et par Thomas
        Girard, responsable acquisition (thomas.girard@ostral-energies.fr). Je ne serai pas
        présent à l'entretien, mais je reste votre interlocuteur pour toute question
        pratique.

        Merci de me confirmer votre venue.

        Bien cordialement,
        """), subject="Ostral Énergies – entretien pour le poste de Chef de produit offres B2B",
          cc=[helene])
    c.add("a2", me, [yanis], "2026-03-03 12:05", T("""
        Bonjour Yanis,

        C'est noté pour le mardi 10 mars à 14h, je serai présente rue de Châteaudun.
        Merci pour votre retour rapide.

        Bonne fin de journée,
        """), parent="a1")
    c.add("b1", me, [lea], "2026-03-10 15:40", T("""
        Coucou Léa,

        Je sors tout juste de chez Ostral, ça a duré pile une heure. Hélène, la directrice
        marketing, est très directe : elle m'a fait pitcher une offre B2B au tableau blanc,
        j'ai un peu transpiré mais je crois que c'est passé. Thomas, le responsable
        acquisition, était plus réservé, il m'a surtout cuisinée sur le CRM et le scoring des
        leads. Ils voient encore deux personnes la semaine prochaine.

        Je t'appelle ce soir pour te raconter ?
        Bises,
        Camille
        """), subject="entretien Ostral : debrief à chaud", sig=False)
    c.add("b2", lea, [me], "2026-03-10 16:02", T("""
        Trop bien !!! Le coup du tableau blanc, c'est un bon signe, ils ne font pas ça avec
        les gens qui ne les intéressent pas. Appelle-moi après 20h, je couche les petits
        avant.
        Léa
        """), parent="b1")
    c.add("a3", me, [helene], "2026-03-10 18:10", T("""
        Bonjour Madame Marchetti,

        Je tenais à vous remercier pour le temps que vous m'avez accordé cet après-midi. La
        mise en situation sur l'offre B2B m'a donné une idée très concrète des enjeux de
        l'équipe, et elle m'a confortée dans l'envie de vous rejoindre :

        - j'ai lancé deux offres PME chez mon employeur actuel, de la tarification au
          kit commercial ;
        - je travaille au quotidien avec les équipes acquisition sur le scoring des leads ;
        - le passage au modèle à l'abonnement dont vous avez parlé est exactement le
          chantier que j'ai mené l'an dernier.

        Je reste à votre disposition pour tout complément, et vous remercie encore pour cet
        échange.

        Bien cordialement,
        """), parent="a1")

    c.thread("a1", True, "interview", "Ostral Énergies",
             "interview Tue 10 Mar 14:00-15:00 with Hélène Marchetti (cc) and Thomas Girard "
             "(address in the text); Yanis arranged it and was not there; Hélène thanked "
             "in the thread at 18:10")
    c.thread("b1", False, None, None,
             "the user's debrief to a friend at 15:40: the interview took place, with both")
    start, end = D(2026, 3, 10, 14, 0, tz), D(2026, 3, 10, 15, 0, tz)
    c.meeting("a1", start, end, met=[helene.email, thomas], thanks={helene.email: "a3"})
    c.expect("thank_you", "a1", thomas,
             "met at the interview of Tue 10 Mar 14:00-15:00 (the debrief names him); his "
             "address is in Yanis's mail; not thanked; due from 17:00, overdue at 15:00 today")
    c.forbid("a1", helene.email, "thanked in the thread at 18:10 the same day")
    c.forbid("a1", yanis.email, "the recruiter who arranged it said he would not be there; "
             "he promised nothing")
    return c


def v02_fr_recrutement_gele():
    """France (Lyon). Cancelled by them the evening before in indirect words (a hiring
    freeze), with a Google Calendar cancellation in its own thread."""
    tz = "Europe/Paris"
    me = user("Inès Bouaziz", "ines.bouaziz@example.fr", tz, "07 58 22 14 60", "fr",
              style="gmail", sig="Inès Bouaziz\n07 58 22 14 60")
    sandrine = Person("Sandrine Lefèvre", "sandrine.lefevre@perrault-logistique.fr", tz,
                      style="gmail", locale="fr",
                      sig="Sandrine Lefèvre\nResponsable RH – Perrault Logistique\n"
                          "04 72 55 38 10")
    sandrine_cal = Person("Sandrine Lefèvre", sandrine.email, tz, style="gcal", locale="fr")
    olivier = Person("Olivier Bastide", "olivier.bastide@perrault-logistique.fr", tz)
    c = new_case(
        "intl-02-fr-recrutement-gele",
        "Lyon: interview cancelled the evening before because the company froze hiring; "
        "Google Calendar cancellation in its own thread",
        "Inès Bouaziz, logistics supervisor, is invited by Perrault Logistique to meet the "
        "site director on Thursday 5 March 2026 at 10h30 in Saint-Priest. On Wednesday "
        "evening the HR manager writes that management has frozen hiring and the interview "
        "will not take place; Google Calendar sends the cancellation. now is the following "
        "Monday.",
        me, D(2026, 3, 9, 9, 0, tz))

    c.add("a1", sandrine, [me], "2026-02-26 17:45", T("""
        Bonjour Madame Bouaziz,

        Votre candidature au poste de Responsable d'exploitation de notre entrepôt de
        Saint-Priest a retenu toute notre attention.

        Je vous propose de rencontrer M. Olivier Bastide, directeur du site, le jeudi 5 mars
        à 10h30, directement sur la plateforme (12 rue des Frères-Lumière, 69800
        Saint-Priest). Je vous envoie l'invitation dans la foulée ; présentez-vous au poste
        de garde avec une pièce d'identité, des chaussures de sécurité vous seront prêtées
        pour la visite.

        Bien cordialement,
        """), subject="Votre candidature – Responsable d'exploitation entrepôt (Saint-Priest)")
    c.add("a2", me, [sandrine], "2026-02-27 08:12", T("""
        Bonjour Madame Lefèvre,

        Je vous confirme ma présence le jeudi 5 mars à 10h30 à Saint-Priest. Merci pour
        votre retour rapide, je me réjouis de découvrir la plateforme.

        Bien cordialement,
        """), parent="a1")
    invite_start, invite_end = D(2026, 3, 5, 10, 30, tz), D(2026, 3, 5, 11, 30, tz)
    uid = uid_google("intl-02", "entretien")
    ics = make_ics(method="REQUEST", uid=uid, stamp=D(2026, 2, 27, 9, 2, tz),
                   start=invite_start, end=invite_end, tzid="Europe/Paris",
                   summary="Entretien – Responsable d'exploitation (I. Bouaziz)",
                   organizer=sandrine_cal,
                   attendees=[(sandrine_cal, "ACCEPTED", "INDIVIDUAL"),
                              (olivier, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Perrault Logistique, 12 rue des Frères-Lumière, 69800 Saint-Priest",
                   description="Entretien avec Olivier Bastide, directeur de site. Visite de "
                               "l'entrepôt à la suite.")
    c.add("b1", sandrine_cal, [me], "2026-02-27 09:02", T("""
        Vous avez été invité à l'événement suivant.

        Entretien – Responsable d'exploitation (I. Bouaziz)
        Quand       jeudi 5 mars 2026 ⋅ 10:30 – 11:30 (heure normale d'Europe centrale - Paris)
        Où          Perrault Logistique, 12 rue des Frères-Lumière, 69800 Saint-Priest
        Invités     Sandrine Lefèvre - organisateur
                    olivier.bastide@perrault-logistique.fr
                    ines.bouaziz@example.fr

        Entretien avec Olivier Bastide, directeur de site. Visite de l'entrepôt à la suite.

        Invitation de Google Agenda
        Vous recevez cet e-mail, car vous êtes invité à cet événement.
        """), subject="Invitation: Entretien – Responsable d'exploitation (I. Bouaziz) @ "
                      "jeu. 5 mars 2026 10:30 - 11:30 (CET) (ines.bouaziz@example.fr)",
          ics=ics, headers=GCAL)
    c.add("a3", sandrine, [me], "2026-03-04 18:12", T("""
        Madame Bouaziz,

        Je reviens vers vous avec une nouvelle que j'aurais préféré ne pas avoir à vous
        annoncer : la direction a décidé hier de geler les recrutements sur le site de
        Saint-Priest, dans l'attente d'une réorganisation de nos flux. L'entretien de demain
        avec M. Bastide n'aura donc pas lieu.

        Je suis sincèrement désolée de ce contretemps, d'autant que votre profil nous
        plaisait beaucoup. Je conserve votre dossier et ne manquerai pas de revenir vers
        vous si le poste venait à être rouvert.

        Bien cordialement,
        """), parent="a2")
    cancel = make_ics(method="CANCEL", uid=uid, stamp=D(2026, 3, 4, 18, 14, tz),
                      start=invite_start, end=invite_end, tzid="Europe/Paris",
                      summary="Entretien – Responsable d'exploitation (I. Bouaziz)",
                      organizer=sandrine_cal,
                      attendees=[(olivier, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "ACCEPTED", "INDIVIDUAL")],
                      sequence=1, status="CANCELLED")
    c.add("c1", sandrine_cal, [me], "2026-03-04 18:14", T("""
        Cet événement a été annulé et supprimé de votre agenda.

        Entretien – Responsable d'exploitation (I. Bouaziz)
        Quand       jeudi 5 mars 2026 ⋅ 10:30 – 11:30 (heure normale d'Europe centrale - Paris)
        Invités     Sandrine Lefèvre - organisateur
                    olivier.bastide@perrault-logistique.fr
                    ines.bouaziz@example.fr

        Invitation de Google Agenda
        """), subject="Événement annulé : Entretien – Responsable d'exploitation "
                      "(I. Bouaziz) @ jeu. 5 mars 2026 10:30 - 11:30 (CET) "
                      "(ines.bouaziz@example.fr)",
          ics=cancel, headers=GCAL)
    c.add("a4", me, [sandrine], "2026-03-05 08:30", T("""
        Bonjour Madame Lefèvre,

        Merci de m'avoir prévenue, et de l'avoir fait avec autant d'égards, même si c'est
        une déception. Je reste très intéressée par Perrault Logistique : n'hésitez pas à me
        recontacter si le poste rouvre.

        Bien cordialement,
        """), parent="a3")

    c.thread("a1", True, "interview", "Perrault Logistique",
             "interview proposed for Thu 5 Mar 10:30; on Wed 4 Mar 18:12 Sandrine writes that "
             "hiring is frozen and it will not take place; no date for any news")
    c.thread("b1", True, "interview", "Perrault Logistique",
             "Google Calendar invitation, Thu 5 Mar 10:30-11:30 with Olivier Bastide")
    c.thread("c1", True, "interview", "Perrault Logistique",
             "Google Calendar cancellation of the same event, Wed 4 Mar 18:14")
    c.meeting("b1", invite_start, invite_end, met=[olivier.email], status="cancelled")
    c.forbid("b1", olivier.email, "interview cancelled the evening before (hiring freeze); "
             "it never took place")
    c.forbid("a1", sandrine.email, "she cancelled it; 'si le poste venait à être rouvert' "
             "names no date, so nothing is owed")
    c.forbid("c1", sandrine.email, "the cancellation notice of the same interview")
    return c


def v03_qc_entrevue_deplacee_deux_fois():
    """Québec (Montréal). Moved twice, later each time: once by them in words ('Mercredi
    13 h 30 me convient'), once by the user; the final slot comes as a new Outlook
    invitation and takes place across the switch to daylight time."""
    tz = "America/Toronto"
    me = user("Félix Bergeron", "felix.bergeron@example.ca", tz, "514 555-0187", "fr-CA",
              style="gmail", sig="Félix Bergeron\n514 555-0187")
    me_ = me
    marie = Person("Marie-Ève Tremblay", "me.tremblay@laurentidemedia.ca", tz,
                   style="outlook", locale="fr-CA", region="namprd20",
                   sig="Marie-Ève Tremblay\nConseillère en acquisition de talents\n"
                       "Laurentide Média\n514 555-0130, poste 2214")
    jf = Person("Jean-François Gagnon", "jf.gagnon@laurentidemedia.ca", tz, style="outlook",
                locale="fr-CA")
    room = ("Salle Saint-Laurent", "salle.saint-laurent@laurentidemedia.ca")
    c = new_case(
        "intl-03-qc-entrevue-deplacee-deux-fois",
        "Montréal: an interview moved twice (by them, then by the user) before it takes "
        "place; only the final slot counts",
        "Félix Bergeron, journalist, is offered an entrevue at Laurentide Média on Tuesday 3 "
        "March 2026 at 10 h. The recruiter moves it to Wednesday 13 h 30, then Félix asks to "
        "move it again; it takes place on Friday 6 March at 9 h with the recruiter and the "
        "director, booked by a new Outlook invitation. Nobody is thanked. now is Monday 9 "
        "March, after the switch to daylight time.",
        me, D(2026, 3, 9, 8, 30, tz))

    c.add("a1", marie, [me], "2026-02-25 15:10", T("""
        Bonjour Félix,

        Merci pour ton intérêt pour le poste de chef de pupitre numérique! Ton portfolio a
        beaucoup plu à l'équipe. Est-ce que tu serais disponible pour une entrevue le mardi
        3 mars à 10 h? Ce serait avec Jean-François Gagnon, directeur des contenus
        numériques, et moi-même, à nos bureaux de l'avenue De Gaspé (ou sur Teams si tu
        préfères). Prévois environ une heure.

        Au plaisir,
        """), subject="Entrevue – Chef de pupitre numérique")
    c.add("a2", me, [marie], "2026-02-25 16:02", T("""
        Bonjour Marie-Ève,

        Mardi 3 mars à 10 h, c'est parfait pour moi. Je vais aller vous rencontrer sur place.

        Bonne fin de journée!
        """), parent="a1")
    c.add("a3", marie, [me], "2026-02-27 11:40", T("""
        Bonjour Félix,

        Petit changement : Jean-François a un imprévu mardi matin (son comité de direction a
        été déplacé). Est-ce que mercredi 4 mars à 13 h 30 pourrait fonctionner pour toi?

        Désolée pour le remue-ménage,
        """), parent="a2")
    c.add("a4", me, [marie], "2026-02-27 12:15", T("""
        Mercredi 13 h 30 me convient.
        """), parent="a3")
    c.add("a5", me, [marie], "2026-03-02 19:48", T("""
        Bonjour Marie-Ève,

        Je suis vraiment désolé de te faire ça à mon tour : l'opération de ma fille a été
        devancée à mercredi après-midi et je tiens à être avec elle. Est-ce qu'on pourrait
        décaler plus tard dans la semaine? Je suis libre jeudi après-midi et vendredi en
        avant-midi.
        """), parent="a4")
    c.add("a6", marie, [me], "2026-03-03 09:05", T("""
        Aucun souci, ça arrive! J'espère que tout se passera bien pour ta fille.

        Vendredi 6 mars à 9 h, ça irait? Je t'envoie une nouvelle invitation avec
        Jean-François.
        """), parent="a5")
    c.add("a7", me, [marie], "2026-03-03 09:20", T("""
        Vendredi 9 h, parfait. Merci de ta souplesse!
        """), parent="a6")
    start, end = D(2026, 3, 6, 9, 0, tz), D(2026, 3, 6, 10, 0, tz)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-03", "entrevue"),
                   stamp=D(2026, 3, 3, 9, 31, tz), start=start, end=end,
                   tzid="Eastern Standard Time", prodid=OUTLOOK,
                   summary="Entrevue – Félix Bergeron – Chef de pupitre numérique",
                   organizer=marie,
                   attendees=[(jf, "ACCEPTED", "INDIVIDUAL"),
                              (me_, "NEEDS-ACTION", "INDIVIDUAL"),
                              (room, "ACCEPTED", "ROOM")],
                   location="Salle Saint-Laurent",
                   description="Rencontre en personne, 5455 avenue De Gaspé, bureau 800. "
                               "Se présenter à la réception du 8e étage.")
    c.add("b1", marie, [me], "2026-03-03 09:31", T("""
        Rencontre en personne – 5455, avenue De Gaspé, bureau 800.
        Se présenter à la réception du 8e étage.

        Avec Jean-François Gagnon et Marie-Ève Tremblay.
        """), subject="Entrevue – Félix Bergeron – Chef de pupitre numérique",
          cc=[jf], ics=ics, ics_mode="outlook")

    c.thread("a1", True, "interview", "Laurentide Média",
             "entrevue offered for Tue 3 Mar 10:00, moved by them to Wed 4 Mar 13:30, then by "
             "the user to Fri 6 Mar 9:00")
    c.thread("b1", True, "interview", "Laurentide Média",
             "Outlook invitation for the final slot, Fri 6 Mar 9:00-10:00 EST, with "
             "Jean-François Gagnon and Marie-Ève Tremblay; a room in the attendees")
    c.meeting("a1", D(2026, 3, 3, 10, 0, tz), None, met=[jf.email, marie.email],
              status="moved")
    c.meeting("a1", D(2026, 3, 4, 13, 30, tz), None, met=[jf.email, marie.email],
              status="moved")
    c.meeting("b1", start, end, met=[jf.email, marie.email])
    c.expect("thank_you", "b1", jf.email,
             "the entrevue took place on Fri 6 Mar 9:00-10:00 (after two moves); not thanked; "
             "overdue since Sat 10:00")
    c.expect("thank_you", "b1", marie.email,
             "she sat in the entrevue as well ('et moi-même'); not thanked; overdue since "
             "Sat 10:00")
    return c


def v04_be_lapin_teams():
    """Belgium (Bruxelles). A no-show by them on Teams; the HR partner apologises and
    promises a new date 'endéans les 48 heures', keeps it, and the new meeting is still
    ahead."""
    tz = "Europe/Brussels"
    me = user("Amandine Delvaux", "amandine.delvaux@example.be", tz, "0477 31 52 08", "fr",
              sig="Amandine Delvaux\nGSM : 0477 31 52 08")
    nathalie = Person("Nathalie Dewulf", "nathalie.dewulf@vandenbroeck.be", tz,
                      style="outlook", locale="fr", region="eurprd02",
                      sig="Nathalie Dewulf\nHR Business Partner\nAteliers Vandenbroeck SA\n"
                          "Rue des Goujons 58 – 1070 Anderlecht\nT +32 2 555 41 90")
    pieter = Person("Pieter Claes", "pieter.claes@vandenbroeck.be", tz, style="outlook")
    c = new_case(
        "intl-04-be-lapin-teams",
        "Brussels: the interviewer never joins the Teams call; a new date is promised "
        "within 48 hours, given the next day, and still ahead",
        "Amandine Delvaux, méthodes engineer, waits alone on Teams on Tuesday 17 March 2026 "
        "at 10h for the technical manager of Ateliers Vandenbroeck, who was called to a "
        "breakdown. HR apologises, promises a new date 'endéans les 48 heures', proposes "
        "Monday 23 March on site the next day. now is Friday 20 March.",
        me, D(2026, 3, 20, 10, 0, tz))

    start, end = D(2026, 3, 17, 10, 0, tz), D(2026, 3, 17, 10, 45, tz)
    teams = T("""
        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, application mobile ou appareil de salle
        Cliquez ici pour participer à la réunion
        ID de réunion : 348 992 615 207
        Code secret : 7xQ2bF
        Télécharger Teams | Rejoindre sur le web
        ________________________________________________________________________________
        """)
    intro = T("""
        Bonjour Madame Delvaux,

        Comme convenu par téléphone, voici l'invitation pour votre entretien avec Pieter
        Claes, responsable technique de notre site d'Anderlecht, ce mardi 17/03 de 10h00 à
        10h45 via Teams. Je n'y participerai pas moi-même ; Pieter vous présentera l'atelier
        et les projets d'industrialisation en cours.

        Bien à vous,
        Nathalie Dewulf
        """)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-04", "teams"),
                   stamp=D(2026, 3, 12, 14, 20, tz), start=start, end=end,
                   tzid="Romance Standard Time", prodid=OUTLOOK,
                   summary="Entretien Teams – Amandine Delvaux / Pieter Claes (Ingénieure "
                           "méthodes)",
                   organizer=nathalie,
                   attendees=[(pieter, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Réunion Microsoft Teams", description=intro + "\n" + teams)
    c.add("a1", nathalie, [me], "2026-03-12 14:20", intro + "\n" + teams,
          subject="Entretien Teams – Amandine Delvaux / Pieter Claes (Ingénieure méthodes)",
          cc=[pieter], ics=ics, ics_mode="outlook", sig=False)
    c.add("a2", me, [nathalie], "2026-03-17 10:18", T("""
        Bonjour Madame Dewulf,

        Je suis connectée sur Teams depuis 9h57 mais personne ne m'a encore rejointe. Le
        lien est-il toujours le bon ? Je reste dans la salle d'attente jusqu'à 10h45, et
        joignable sur mon GSM au 0477 31 52 08.

        Bien à vous,
        """), parent="a1", cc=[pieter])
    c.add("a3", nathalie, [me], "2026-03-17 11:32", T("""
        Madame Delvaux,

        Je suis confuse. Pieter a été appelé en urgence sur une panne de ligne ce matin et
        n'a pas pu se libérer ; son message ne m'est parvenu qu'après 10h30. Toutes nos
        excuses pour ce rendez-vous manqué, ce n'est pas l'image que nous voulons donner.

        Je lui demande de nouvelles disponibilités et je reviens vers vous endéans les 48
        heures avec une nouvelle date.

        Bien à vous,
        """), parent="a2")
    c.add("a4", me, [nathalie], "2026-03-17 12:05", T("""
        Bonjour Madame Dewulf,

        Pas de souci, ce sont des choses qui arrivent dans un atelier. J'attends votre
        proposition.

        Bien à vous,
        """), parent="a3")
    c.add("a5", nathalie, [me], "2026-03-18 16:10", T("""
        Madame Delvaux,

        Pieter vous propose le lundi 23 mars à 14h00, cette fois sur site à Anderlecht
        (rue des Goujons 58, accueil du bâtiment B) : vous pourrez en profiter pour voir
        l'atelier. Cela vous convient-il ?

        Bien à vous,
        """), parent="a4")
    c.add("a6", me, [nathalie], "2026-03-18 16:40", T("""
        Lundi 23 à 14h, c'est parfait. À lundi !
        """), parent="a5")

    c.thread("a1", True, "interview", "Ateliers Vandenbroeck",
             "Teams interview Tue 17 Mar 10:00-10:45 with Pieter Claes: he never joined; "
             "'endéans les 48 heures' kept on Wed 18 Mar with Mon 23 Mar 14:00 on site")
    c.meeting("a1", start, end, met=[pieter.email], status="no-show")
    c.meeting("a1", D(2026, 3, 23, 14, 0, tz), None, met=[pieter.email], status="scheduled")
    c.promise("a1", "a3", nathalie.email, "2026-03-19", answered_by="a5")
    c.forbid("a1", pieter.email, "he never joined the Teams call of Tue 17 Mar; the new "
             "interview is Mon 23 Mar 14:00, still ahead")
    c.forbid("a1", nathalie.email, "'endéans les 48 heures' kept: the new date came on Wed 18 "
             "Mar; she was not to take part in the interview")
    return c


def v05_be_cafe_namur():
    """Belgium (Namur). A networking coffee through an introduction, thanked the same
    day; two weeks after the last exchange the first networking touch is due."""
    tz = "Europe/Brussels"
    me = user("Julien Massart", "julien.massart@example.be", tz, "0496 12 87 40", "fr",
              style="gmail", sig="Julien Massart\n0496 12 87 40")
    greg = Person("Grégory Hanquet", "gregory.hanquet@mosane-consult.be", tz, style="outlook",
                  locale="fr", region="eurprd02",
                  sig="Grégory Hanquet\nAssocié – Mosane Consult\n081 55 20 47")
    sophie = Person("Sophie Lambotte", "sophie.lambotte@walinsight.be", tz, style="gmail",
                    locale="fr", sig="Sophie Lambotte\nHead of Data – Wal-Insight")
    c = new_case(
        "intl-05-be-cafe-namur",
        "Namur: a networking coffee through an introduction, thanked the same day; the "
        "first networking touch falls due two weeks after her reply",
        "Julien Massart, a controller retraining in data analysis, is introduced by a "
        "former colleague to the head of data of Wal-Insight. They have coffee on Thursday "
        "5 March 2026 at 8h30; he thanks her at lunchtime, she answers that evening. now is "
        "Friday 20 March, the morning after the two weeks are up.",
        me, D(2026, 3, 20, 10, 15, tz))

    c.add("a1", greg, [sophie, me], "2026-03-02 09:14", T("""
        Hello Sophie, hello Julien,

        Comme promis, je vous mets en contact.

        Sophie, Julien a passé huit ans avec moi chez Mosane comme contrôleur de gestion et
        il termine une formation en data analyse. Il aimerait comprendre à quoi ressemble
        concrètement le métier dans une boîte comme la tienne.

        Julien, Sophie dirige l'équipe data chez Wal-Insight depuis trois ans, et elle est
        toujours de bon conseil.

        Je vous laisse voir ensemble. À tantôt,
        Greg
        """), subject="Mise en relation : Julien Massart <> Sophie Lambotte", sig=False)
    c.add("a2", sophie, [greg, me], "2026-03-02 11:02", T("""
        Merci Greg !

        Julien, ravie. Je suis à Namur jeudi matin : un café vers 8h30 au Comptoir, place
        d'Armes ? On peut compter une petite heure, je file ensuite chez un client.
        """), parent="a1")
    c.add("a3", me, [sophie, greg], "2026-03-02 12:30", T("""
        Bonjour Sophie,

        Jeudi 8h30 au Comptoir, c'est noté, je prends la table du fond. Et merci Greg pour
        le coup de pouce !
        """), parent="a2")
    c.add("a4", me, [sophie], "2026-03-05 12:40", T("""
        Bonjour Sophie,

        Un grand merci pour ce café ce matin et pour le temps que tu m'as consacré. Tes
        conseils m'ont beaucoup éclairé, surtout deux :
        - montrer un vrai projet de bout en bout plutôt que trois notebooks ;
        - passer par les meetups Data Namur pour rencontrer les équipes.

        Je m'inscris au prochain meetup, et je te tiendrai au courant de mon projet sur les
        données de mobilité du TEC.

        Bonne fin de semaine,
        """), parent="a3")
    c.add("a5", sophie, [me], "2026-03-05 18:02", T("""
        Avec plaisir Julien, c'était chouette. Tiens-moi au courant pour le projet, et
        n'hésite pas si tu bloques sur quelque chose.
        """), parent="a4")

    c.thread("a1", True, "networking", "Wal-Insight",
             "introduction by a former colleague; coffee Thu 5 Mar 8:30 (one hour), thanked "
             "at 12:40; Sophie's reply at 18:02 is the last exchange")
    start = D(2026, 3, 5, 8, 30, tz)
    c.meeting("a1", start, start + dt.timedelta(hours=1), met=[sophie.email],
              thanks={sophie.email: "a4"}, networking=True)
    c.expect("networking", "a1", sophie.email,
             "networking coffee Thu 5 Mar, thanked the same day; her reply that evening was "
             "the last exchange; 14 days later the first touch is due (from Fri 20 Mar 00:00)")
    c.forbid("a1", greg.email, "the former colleague who introduced them; he was not at "
             "the coffee and promised nothing")
    return c


def v06_ch_panel_note_commune():
    """Suisse romande (Lausanne). A panel of three: the two men thanked by one joint note,
    the HR manager thanked in a new thread the next morning, whose reply promises an answer
    by a date that has not come."""
    tz = "Europe/Zurich"
    me = user("Aurélie Bonvin", "aurelie.bonvin@example.ch", tz, "079 412 56 30", "fr",
              sig="Aurélie Bonvin\nNatel 079 412 56 30")
    valerie = Person("Valérie Pittet", "valerie.pittet@alpinvest.ch", tz, style="outlook",
                     locale="fr", region="eurprd03",
                     sig="Valérie Pittet\nResponsable des ressources humaines\n"
                         "Alpinvest Gestion SA\nAvenue de la Gare 9 – 1003 Lausanne\n"
                         "T +41 21 555 18 62")
    raphael = Person("Raphaël Chappuis", "raphael.chappuis@alpinvest.ch", tz, style="outlook")
    nicolas = Person("Nicolas Favre", "nicolas.favre@alpinvest.ch", tz, style="outlook")
    room = ("Salle Dents-du-Midi", "salle.dentsdumidi@alpinvest.ch")
    c = new_case(
        "intl-06-ch-panel-note-commune",
        "Lausanne: a panel of three, two thanked with one joint note and the third in a new "
        "thread; her promised answer date has not come",
        "Aurélie Bonvin, senior controller, meets the CFO, the head of management control "
        "and the HR manager of Alpinvest Gestion on Wednesday 11 March 2026, 14h00-15h30. "
        "That evening she thanks the two men in one note; the next morning she thanks the "
        "HR manager in a new thread, who answers 'd'ici au vendredi 20 mars'. now is Monday "
        "16 March.",
        me, D(2026, 3, 16, 8, 0, tz))

    start, end = D(2026, 3, 11, 14, 0, tz), D(2026, 3, 11, 15, 30, tz)
    desc = T("""
        Madame,

        Suite à notre entretien téléphonique, je vous confirme votre entretien du mercredi
        11.03.2026 de 14h00 à 15h30 dans nos bureaux, avenue de la Gare 9, 1003 Lausanne
        (4e étage). Vous rencontrerez M. Raphaël Chappuis, directeur financier, M. Nicolas
        Favre, responsable du contrôle de gestion, et moi-même.

        Meilleures salutations,
        Valérie Pittet
        """)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-06", "panel"),
                   stamp=D(2026, 3, 4, 10, 5, tz), start=start, end=end,
                   tzid="W. Europe Standard Time", prodid=OUTLOOK,
                   summary="Entretien – Contrôleuse de gestion senior – Mme Aurélie Bonvin",
                   organizer=valerie,
                   attendees=[(raphael, "ACCEPTED", "INDIVIDUAL"),
                              (nicolas, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (room, "ACCEPTED", "ROOM")],
                   location="Salle Dents-du-Midi, avenue de la Gare 9, Lausanne",
                   description=desc)
    c.add("a1", valerie, [me], "2026-03-04 10:05", desc,
          subject="Entretien – Contrôleuse de gestion senior – Mme Aurélie Bonvin",
          cc=[raphael, nicolas], ics=ics, ics_mode="outlook", sig=False)
    c.add("a2", me, [valerie], "2026-03-04 11:20", T("""
        Madame Pittet,

        Je vous confirme ma présence le mercredi 11 mars à 14h00 et me réjouis de cette
        rencontre.

        Avec mes meilleures salutations,
        """), parent="a1")
    c.add("b1", me, [raphael, nicolas], "2026-03-11 18:25", T("""
        Messieurs,

        Je vous remercie tous deux pour l'entretien de cet après-midi et pour la franchise de
        vos questions sur la clôture trimestrielle. Notre échange m'a confirmé que je pourrais
        apporter rapidement :
        - une clôture mensuelle ramenée à cinq jours ouvrables, comme chez mon employeur
          actuel ;
        - la consolidation des trois entités sous un même référentiel ;
        - un reporting de gestion lisible pour le conseil d'administration.

        Je reste à votre disposition et me réjouis de la suite.

        Avec mes meilleures salutations,
        """), subject="Entretien de cet après-midi")
    c.add("c1", me, [valerie], "2026-03-12 08:40", T("""
        Madame Pittet,

        Je souhaitais vous remercier pour l'organisation de l'entretien d'hier et pour votre
        accueil chaleureux. La présentation de la culture de la maison m'a particulièrement
        parlé.

        Avec mes meilleures salutations,
        """), subject="Merci pour l'organisation de mercredi")
    c.add("c2", valerie, [me], "2026-03-12 11:15", T("""
        Madame Bonvin,

        Merci pour votre message. Nous voyons encore deux personnes la semaine prochaine et
        nous vous donnerons une réponse d'ici au vendredi 20 mars au plus tard.

        Meilleures salutations,
        """), parent="c1")

    c.thread("a1", True, "interview", "Alpinvest Gestion SA",
             "Outlook invitation: panel Wed 11 Mar 14:00-15:30 with Raphaël Chappuis, "
             "Nicolas Favre and Valérie Pittet (a room in the attendees)")
    c.thread("b1", True, "interview", "Alpinvest Gestion SA",
             "one thank-you note to Raphaël and Nicolas together, Wed 11 Mar 18:25")
    c.thread("c1", True, "interview", "Alpinvest Gestion SA",
             "thank-you to Valérie in a new thread Thu 12 Mar 08:40; answer promised "
             "'d'ici au vendredi 20 mars'")
    c.meeting("a1", start, end, met=[raphael.email, nicolas.email, valerie.email],
              thanks={raphael.email: "b1", nicolas.email: "b1", valerie.email: "c1"})
    c.promise("c1", "c2", valerie.email, "2026-03-20")
    c.forbid("a1", raphael.email, "thanked by the joint note of Wed 11 Mar 18:25 to him and "
             "Nicolas (one note satisfies each; the lint may flag it)")
    c.forbid("a1", nicolas.email, "thanked by the same joint note of Wed 11 Mar 18:25")
    c.forbid("c1", valerie.email, "she sat on the panel and was thanked here on Thu 12 Mar; "
             "'d'ici au vendredi 20 mars' has not come yet")
    return c


def v07_fr_visio_remplacant():
    """France (Nantes). Three slots offered, the user picks one; on the day the lead
    developer is ill and a colleague, named with his address, takes the call; the
    recruiter who arranged it is not on it."""
    tz = "Europe/Paris"
    me = user("Baptiste Le Goff", "baptiste.legoff@example.fr", tz, "06 33 90 14 72", "fr",
              style="gmail",
              sig="Baptiste Le Goff\n06 33 90 14 72\nlinkedin.com/in/baptiste-legoff")
    elodie = Person("Élodie Marchand", "elodie.marchand@ondine-sante.fr", tz, style="gmail",
                    locale="fr", sig="Élodie Marchand\nTalent Acquisition – Ondine Santé\n"
                                     "02 40 55 71 36")
    elodie_cal = Person("Élodie Marchand", elodie.email, tz, style="gcal", locale="fr")
    mathilde = Person("Mathilde Arnaud", "mathilde.arnaud@ondine-sante.fr", tz)
    karim = "karim.haddad@ondine-sante.fr"
    c = new_case(
        "intl-07-fr-visio-remplacant",
        "Nantes: the user picks one of three slots; on the day a substitute takes the "
        "call in place of the sick interviewer",
        "Baptiste Le Goff, back-end developer, picks Tuesday 10 March 2026 at 16h from three "
        "slots Ondine Santé's recruiter offers for a 45-minute video interview with the "
        "lead developer. That morning the recruiter writes that the lead is ill and Karim "
        "Haddad will take the call; she is not on it. Nothing is sent afterwards. now is "
        "Wednesday morning.",
        me, D(2026, 3, 11, 10, 0, tz))

    c.add("a1", elodie, [me], "2026-03-04 16:30", T("""
        Bonjour Baptiste,

        Suite à notre échange de la semaine dernière, je te propose un entretien technique
        d'environ 45 minutes avec Mathilde Arnaud, notre lead dev back-end, en visio. Voici
        trois créneaux possibles :
        - lundi 9 mars à 11h
        - mardi 10 mars à 16h
        - jeudi 12 mars à 9h30

        Dis-moi ce qui t'arrange le mieux et je t'envoie l'invitation.

        Belle journée,
        """), subject="Ondine Santé – entretien technique (Développeur back-end)")
    c.add("a2", me, [elodie], "2026-03-04 17:05", T("""
        Bonjour Élodie,

        Mardi 10 mars à 16h me convient parfaitement.

        Bonne soirée,
        """), parent="a1")
    start, end = D(2026, 3, 10, 16, 0, tz), D(2026, 3, 10, 16, 45, tz)
    ics = make_ics(method="REQUEST", uid=uid_google("intl-07", "tech"),
                   stamp=D(2026, 3, 5, 9, 12, tz), start=start, end=end, tzid="Europe/Paris",
                   summary="Entretien technique – Baptiste Le Goff", organizer=elodie_cal,
                   attendees=[(elodie_cal, "ACCEPTED", "INDIVIDUAL"),
                              (mathilde, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://meet.google.com/kvd-qpzr-ush",
                   description="Entretien technique avec Mathilde Arnaud (lead dev back-end)."
                               "\nGoogle Meet : https://meet.google.com/kvd-qpzr-ush")
    c.add("b1", elodie_cal, [me], "2026-03-05 09:12", T("""
        Vous avez été invité à l'événement suivant.

        Entretien technique – Baptiste Le Goff
        Quand       mardi 10 mars 2026 ⋅ 16:00 – 16:45 (heure normale d'Europe centrale - Paris)
        Participer avec Google Meet   meet.google.com/kvd-qpzr-ush
        Invités     Élodie Marchand - organisateur
                    mathilde.arnaud@ondine-sante.fr
                    baptiste.legoff@example.fr

        Entretien technique avec Mathilde Arnaud (lead dev back-end).

        Invitation de Google Agenda
        """), subject="Invitation: Entretien technique – Baptiste Le Goff @ mar. 10 mars 2026 "
                      "16:00 - 16:45 (CET) (baptiste.legoff@example.fr)",
          ics=ics, headers=GCAL)
    c.add("a3", elodie, [me], "2026-03-10 11:02", T("""
        Bonjour Baptiste,

        Petit changement pour cet après-midi : Mathilde est souffrante et ne pourra pas
        assurer l'entretien. Karim Haddad (karim.haddad@ondine-sante.fr), développeur senior
        dans son équipe, le mènera à sa place : même heure, même lien Meet. Il connaît le
        poste par cœur, tu es entre de bonnes mains.

        De mon côté je ne serai pas de l'appel, mais n'hésite pas si besoin.
        """), parent="a2")
    c.add("a4", me, [elodie], "2026-03-10 11:20", T("""
        Bien reçu, merci pour l'info, et bon rétablissement à Mathilde.
        """), parent="a3")

    c.thread("a1", True, "interview", "Ondine Santé",
             "three slots offered, Tue 10 Mar 16:00 picked; on the day Karim Haddad (address "
             "in the text) replaces the sick Mathilde Arnaud; Élodie not on the call")
    c.thread("b1", True, "interview", "Ondine Santé",
             "Google Calendar invitation naming Mathilde Arnaud only")
    c.meeting("a1", start, end, met=[karim])
    c.expect("thank_you", "a1", karim,
             "he took the video interview of Tue 10 Mar 16:00-16:45 in Mathilde's place; "
             "not thanked; due since 18:45, overdue at 16:45 today")
    c.forbid("b1", mathilde.email, "invited, but ill on the day: she did not take part")
    c.forbid("a1", elodie.email, "the recruiter offered the slots and announced the "
             "substitute; she was not on the call")
    return c


def v08_qc_cote_embauche():
    """Québec (Québec). The user on the hiring side: she interviews a candidate for her
    own employer, in the same words a candidate's interview uses ('Entrevue –'); the
    candidate thanks her; nothing in it is her job search."""
    tz = "America/Toronto"
    me = user("Geneviève Lavoie", "genevieve.lavoie@example.ca", tz, "418 555-0143", "fr-CA",
              sig="Geneviève Lavoie\n418 555-0143")
    chantal = Person("Chantal Bouchard", "chantal.bouchard@navcharlevoix.ca", tz,
                     style="outlook", locale="fr-CA", region="namprd13",
                     sig="Chantal Bouchard, CRHA\nConseillère ressources humaines\n"
                         "Navigation Charlevoix inc.\n418 555-0190, poste 31")
    maxime = Person("Maxime Pelletier", "maxime.pelletier@example.net", tz, style="gmail",
                    locale="fr-CA")
    c = new_case(
        "intl-08-qc-cote-embauche",
        "Québec City: the user interviews a candidate for her own employer; his thank-you "
        "and her promise to HR are not her job search",
        "Geneviève Lavoie leads the BI team at Navigation Charlevoix and is quietly looking "
        "elsewhere. On Thursday 12 March 2026 she interviews a candidate for an analyst "
        "post at her own company, booked by her HR colleague with the subject 'Entrevue – "
        "candidat Analyste BI'. The candidate thanks her that afternoon; she sends HR her "
        "grid on Friday as promised. now is Monday 16 March.",
        me, D(2026, 3, 16, 9, 0, tz))

    start, end = D(2026, 3, 12, 13, 30, tz), D(2026, 3, 12, 14, 30, tz)
    desc = T("""
        Bonjour Geneviève,

        Voici le bloc pour l'entrevue de Maxime Pelletier (CV en pièce jointe). Tu mènes la
        partie technique, je m'occupe des questions RH. J'aurais besoin de ta grille
        d'évaluation d'ici vendredi, si possible.

        Merci!
        Chantal
        """)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-08", "entrevue-candidat"),
                   stamp=D(2026, 3, 4, 9, 40, tz), start=start, end=end,
                   tzid="Eastern Standard Time", prodid=OUTLOOK,
                   summary="Entrevue – candidat Analyste BI – Maxime Pelletier",
                   organizer=chantal,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Salle Île-aux-Coudres", "salle.iac@navcharlevoix.ca"),
                               "ACCEPTED", "ROOM")],
                   location="Salle Île-aux-Coudres (2e étage)", description=desc)
    c.add("a1", chantal, [me], "2026-03-04 09:40", desc,
          subject="Entrevue – candidat Analyste BI – Maxime Pelletier", ics=ics,
          ics_mode="outlook", sig=False,
          attachments=[cv_pdf("CV_Maxime_Pelletier.pdf",
                              ["Maxime Pelletier", "Analyste de donnees",
                               "maxime.pelletier@example.net - 581 555-0172",
                               "Experience: Desjardins (stage), Videotron (4 ans)"])])
    c.add("a2", me, [chantal], "2026-03-04 10:02", T("""
        Salut Chantal,

        Parfait, je bloque le jeudi 12. Je te retourne ma grille vendredi au plus tard.

        Geneviève
        """), parent="a1", sig=False)
    c.add("b1", maxime, [me], "2026-03-12 16:47", T("""
        Bonjour Madame Lavoie,

        Je tiens à vous remercier pour l'entrevue de cet après-midi et pour le temps que vous
        avez pris pour me présenter l'entrepôt de données de Navigation Charlevoix. Le cas
        pratique sur les taux de remplissage des traversées m'a beaucoup plu.

        Au plaisir de poursuivre la discussion,

        Maxime Pelletier
        581 555-0172
        """), subject="Merci – entrevue Analyste BI")
    c.add("b2", me, [maxime], "2026-03-13 09:05", T("""
        Bonjour Maxime,

        Merci pour votre message, c'était un plaisir. Chantal Bouchard, aux ressources
        humaines, vous donnera des nouvelles pour la suite du processus.

        Bonne journée,
        """), parent="b1")
    c.add("a3", me, [chantal], "2026-03-13 10:40", T("""
        Salut Chantal,

        Voici ma grille pour Maxime Pelletier : 4/5 en technique, très bon sur SQL et Power
        BI, un peu court sur la modélisation. Je le verrais en deuxième ronde avec Patrick.

        Geneviève
        """), parent="a2", sig=False,
          attachments=[("Grille_Pelletier.pdf", "application/pdf",
                        make_pdf(["Grille d'evaluation - Analyste BI",
                                  "Candidat: Maxime Pelletier", "Technique: 4/5",
                                  "Communication: 4/5"]))])

    c.thread("a1", False, None, "Navigation Charlevoix inc.",
             "the user's own employer: HR books her to interview a candidate Thu 12 Mar "
             "13:30-14:30; she promises her grid by Friday and sends it Fri 13 Mar")
    c.thread("b1", False, None, None,
             "the candidate's thank-you to the user (interviewer) and her short reply")
    c.meeting("a1", start, end, met=[maxime.email, chantal.email], job=False,
              what="the user interviews a candidate for her own employer")
    c.own_promise("a1", "a2", chantal.email, "2026-03-13", kept_by="a3", job=False)
    c.forbid("b1", maxime.email, "she interviewed him for her own employer: not her job "
             "search; his thank-you needs no thank-you back")
    c.forbid("a1", chantal.email, "HR colleague at the user's current job; the grid promised "
             "by Friday went on Fri 13 Mar")
    return c


# ==========================================================================
# Spanish
# ==========================================================================

def v09_es_hueco_sin_confirmar():
    """Spain (Madrid). Two slots offered, the user picks the later one, nobody confirms
    and no meeting takes place; the recruiter promises news 'esta semana' and goes
    quiet."""
    tz = "Europe/Madrid"
    me = user("Alba Serrano Ortega", "alba.serrano@example.es", tz, "612 48 93 07", "es",
              style="gmail", sig="Alba Serrano Ortega\n612 48 93 07")
    sergio = Person("Sergio Navarro", "sergio.navarro@grupoalmadraba.es", tz, style="gmail",
                    locale="es", sig="Sergio Navarro\nTalent Acquisition · Grupo Almadraba\n"
                                     "+34 915 55 82 40")
    irene = "irene.vidal@grupoalmadraba.es"
    shop = Person("Libros del Retiro", "no-reply@librosdelretiro.es", tz, style="auto",
                  locale="es", auto=True)
    c = new_case(
        "intl-09-es-hueco-sin-confirmar",
        "Madrid: the user picks one of two slots, nobody confirms, no interview; the "
        "recruiter's 'esta semana te digo algo' has lapsed",
        "Alba Serrano, demand planner, is offered Thursday 5 or Friday 6 March 2026 for an "
        "interview with Grupo Almadraba's head of supply chain; she answers that Friday "
        "suits her better, asks the day before whether it stands, and hears nothing until "
        "Monday, when the recruiter apologises and promises new dates this week. Nothing "
        "more comes. now is Thursday 19 March.",
        me, D(2026, 3, 19, 9, 30, tz))

    c.add("a1", sergio, [me], "2026-03-04 13:22", T("""
        Hola Alba:

        ¡Gracias por la llamada del lunes! Como te comenté, el siguiente paso sería una
        entrevista con Irene Vidal (irene.vidal@grupoalmadraba.es), que lleva Supply Chain.
        ¿Te vendría bien el jueves 5 a las 10:00 o el viernes 6 a las 12:30? Sería en
        nuestras oficinas de Méndez Álvaro, una horita más o menos.

        Un saludo,
        """), subject="Almadraba – Planner de demanda / siguiente paso")
    c.add("a2", me, [sergio], "2026-03-04 14:05", T("""
        Hola Sergio:

        El viernes a las 12:30 me viene mejor, el jueves lo tengo complicado.

        Quedo pendiente de la confirmación. Un saludo,
        """), parent="a1")
    c.add("a3", me, [sergio], "2026-03-05 18:40", T("""
        Hola Sergio, ¿sigue en pie lo de mañana a las 12:30? No me ha llegado ninguna
        convocatoria y quería confirmarlo antes de organizarme. ¡Gracias!
        """), parent="a2")
    c.add("a4", sergio, [me], "2026-03-09 09:48", T("""
        Hola Alba,

        Mil perdones por no contestarte: la semana pasada se nos juntó todo con el cierre
        del trimestre y a Irene le fue imposible hacer hueco. No quiero dejarte colgada:
        esta semana te digo algo con fechas nuevas.

        Un saludo,
        """), parent="a3")
    c.add("a5", me, [sergio], "2026-03-09 10:30", T("""
        Sin problema, Sergio. Quedo atenta.
        """), parent="a4")
    c.add("n1", shop, [me], "2026-03-14 12:03", T("""
        Hola, Alba:

        Tu pedido n.º 48213 ya está en camino.

        1 × «La península de las casas vacías» – 23,90 €
        Envío estándar (2-3 días laborables): gratis

        Puedes seguir el envío desde tu cuenta.

        Libros del Retiro · Este correo se ha enviado automáticamente, no respondas.
        """), subject="Tu pedido 48213 ha salido del almacén", headers=AUTO,
          html=html_of("Tu pedido n.º 48213 ya está en camino."))

    c.thread("a1", True, "interview", "Grupo Almadraba",
             "two slots offered; the user picks Fri 6 Mar 12:30, never confirmed, no "
             "interview; 'esta semana te digo algo' (Mon 9 Mar) lapsed with no word")
    c.thread("n1", False, None, "Libros del Retiro", "bookshop shipping notice")
    c.meeting("a1", D(2026, 3, 6, 12, 30, tz), None, met=[irene], status="unconfirmed")
    c.promise("a1", "a4", sergio.email, "2026-03-13")
    c.expect("callback", "a1", sergio.email,
             "'esta semana te digo algo' on Mon 9 Mar: the week ended Fri 13 Mar with no word; "
             "due from Wed 18 Mar 00:00", promised="2026-03-13")
    c.forbid("a1", irene, "the slot Alba picked was never confirmed and no interview took "
             "place")
    return c


def v10_es_retirada_candidato():
    """Spain (València). The user withdraws the evening before the interview (he has
    accepted another offer); Outlook sends the cancellation next morning."""
    tz = "Europe/Madrid"
    me = user("Vicent Ribes Llopis", "vicent.ribes@example.es", tz, "654 21 08 39", "es",
              sig="Vicent Ribes\n654 21 08 39")
    lucia = Person("Lucía Cambra", "lcambra@navieraturia.es", tz, style="outlook",
                   locale="es", region="eurprd07",
                   sig="Lucía Cambra\nTécnica de Selección | Naviera Turia\n"
                       "Muelle de la Aduana s/n · 46024 València\nT. 963 55 21 70")
    pau = Person("Pau Soler", "psoler@navieraturia.es", tz, style="outlook")
    c = new_case(
        "intl-10-es-retirada-candidato",
        "València: the user withdraws the evening before the interview; an Outlook "
        "cancellation follows; nothing is owed",
        "Vicent Ribes, port operations coordinator, has an interview at Naviera Turia on "
        "Tuesday 24 February 2026 at 11:00. On Monday evening he withdraws: he accepted "
        "another offer. HR wishes him luck and cancels the meeting. now is Thursday 26 "
        "February.",
        me, D(2026, 2, 26, 10, 0, tz))

    start, end = D(2026, 2, 24, 11, 0, tz), D(2026, 2, 24, 12, 0, tz)
    uid = uid_outlook("intl-10", "entrevista")
    desc = T("""
        Buenos días, Vicent:

        Te confirmo la entrevista con Pau Soler, jefe de Operaciones Portuarias, el martes 24
        de febrero a las 11:00 en nuestras oficinas del Muelle de la Aduana (Tinglado 4,
        2.ª planta). Yo también estaré.

        Un saludo,
        Lucía
        """)
    ics = make_ics(method="REQUEST", uid=uid, stamp=D(2026, 2, 18, 12, 10, tz), start=start,
                   end=end, tzid="Romance Standard Time", prodid=OUTLOOK,
                   summary="Entrevista: Vicent Ribes – Coordinador de Operaciones",
                   organizer=lucia,
                   attendees=[(pau, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Muelle de la Aduana, Tinglado 4, 2.ª planta", description=desc)
    c.add("a1", lucia, [me], "2026-02-18 12:10", desc,
          subject="Entrevista: Vicent Ribes – Coordinador de Operaciones", cc=[pau],
          ics=ics, ics_mode="outlook", sig=False)
    c.add("a2", me, [lucia], "2026-02-23 19:05", T("""
        Hola, Lucía:

        Os escribo con un poco de pena: tengo que retirarme del proceso. Ayer acepté una
        oferta de otra empresa que me pedía respuesta antes del lunes, y no me parece justo
        que Pau y tú reservéis la mañana para nada.

        Gracias por el trato durante todo el proceso. Ojalá coincidamos en otra ocasión.

        Un abrazo,
        """), parent="a1", cc=[pau])
    c.add("a3", lucia, [me], "2026-02-24 08:15", T("""
        Hola Vicent,

        Gracias por avisar con tiempo, de verdad se agradece. ¡Mucha suerte en la nueva
        etapa!

        Un saludo,
        """), parent="a2")
    cancel = make_ics(method="CANCEL", uid=uid, stamp=D(2026, 2, 24, 8, 17, tz), start=start,
                      end=end, tzid="Romance Standard Time", prodid=OUTLOOK,
                      summary="Entrevista: Vicent Ribes – Coordinador de Operaciones",
                      organizer=lucia,
                      attendees=[(pau, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      sequence=1, status="CANCELLED")
    c.add("b1", lucia, [me], "2026-02-24 08:17", T("""
        El candidato ha retirado su candidatura.
        """), subject="Cancelado: Entrevista: Vicent Ribes – Coordinador de Operaciones",
          cc=[pau], ics=cancel, ics_mode="outlook", sig=False,
          headers={"Importance": "high"})

    c.thread("a1", True, "interview", "Naviera Turia",
             "interview Tue 24 Feb 11:00 with Pau Soler and Lucía Cambra; the user withdrew "
             "on Mon 23 Feb 19:05 (accepted another offer)")
    c.thread("b1", True, "interview", "Naviera Turia",
             "Outlook cancellation of the interview, Tue 24 Feb 08:17")
    c.meeting("a1", start, end, met=[pau.email, lucia.email], status="cancelled")
    c.forbid("a1", pau.email, "the user withdrew the evening before; the interview never "
             "took place")
    c.forbid("a1", lucia.email, "the interview was called off by the user and cancelled by "
             "her; nothing was promised")
    return c


def v11_mx_panel_en_texto():
    """Mexico (CDMX). A panel named only in the coordinator's text, with addresses; the
    coordinator is not in it; one interviewer thanked in a new thread; the committee's
    answer 'a más tardar el viernes 6 de marzo' never comes."""
    tz = "America/Mexico_City"
    me = user("Diego Hernández Salazar", "diego.hdz.salazar@example.mx", tz, "55 3184 2276",
              "es-MX", style="gmail", sig="Diego Hernández Salazar\nCel. 55 3184 2276")
    karla = Person("Karla Domínguez Ortiz", "kdominguez@tezontle.com.mx", tz, style="outlook",
                   locale="es-MX", region="namprd19",
                   sig="Karla Domínguez Ortiz\nEjecutiva de Reclutamiento\nGrupo Tezontle\n"
                       "Tel. 55 5555 0418 ext. 2203")
    arturo = Person("Arturo Villaseñor", "avillasenor@tezontle.com.mx", tz, style="outlook",
                    locale="es-MX", region="namprd19",
                    sig="Lic. Arturo Villaseñor\nGerente de Finanzas | Grupo Tezontle")
    monica = "mrios@tezontle.com.mx"
    c = new_case(
        "intl-11-mx-panel-en-texto",
        "Mexico City: two interviewers named with addresses only in the coordinator's "
        "text; one thanked in a new thread; the committee's answer date has passed",
        "Diego Hernández, financial analyst, is interviewed by the finance manager and the "
        "comptroller of Grupo Tezontle on Thursday 26 February 2026, 10:00 hrs, 90 "
        "minutes, as the recruiting coordinator's confirmation lists them. He thanks the "
        "manager in a new thread; the coordinator promises an answer 'a más tardar el "
        "viernes 6 de marzo' and goes silent. now is Wednesday 11 March.",
        me, D(2026, 3, 11, 12, 0, tz))

    c.add("a1", karla, [me], "2026-02-20 17:35", T("""
        Estimado Diego:

        Por medio del presente le confirmo su entrevista para la vacante de Analista
        Financiero Sr.:

        Fecha: jueves 26 de febrero de 2026
        Hora: 10:00 hrs (hora del centro)
        Lugar: Av. Insurgentes Sur 1602, piso 11, col. Crédito Constructor, Benito Juárez
        Duración aproximada: 90 minutos

        Lo entrevistarán:
        - Lic. Arturo Villaseñor, Gerente de Finanzas (avillasenor@tezontle.com.mx)
        - C.P. Mónica Ríos, Contralora (mrios@tezontle.com.mx)

        Favor de presentarse 10 minutos antes con una identificación oficial en la
        recepción de planta baja. Quedo a sus órdenes para cualquier duda.

        Saludos cordiales,
        """), subject="Confirmación de entrevista – Analista Financiero Sr. – Grupo Tezontle")
    c.add("a2", me, [karla], "2026-02-20 18:02", T("""
        Buenas tardes, Karla:

        Muchas gracias por la confirmación. Ahí estaré el jueves 26 a las 10:00 hrs.

        Saludos cordiales,
        """), parent="a1")
    c.add("b1", me, [arturo], "2026-02-26 15:10", T("""
        Estimado Lic. Villaseñor:

        Le agradezco mucho el tiempo que me dedicó esta mañana. Me quedo con la plática
        sobre la migración del cierre contable a SAP S/4HANA; creo que puedo aportar
        justamente ahí:

        - coordiné el cierre mensual de tres subsidiarias en mi empleo actual;
        - participé en la migración a S/4HANA de un grupo de distribución en 2024;
        - domino la conciliación intercompañías que mencionó la C.P. Ríos.

        Quedo atento y a sus órdenes.

        Saludos cordiales,
        """), subject="Agradecimiento – entrevista Analista Financiero Sr.")
    c.add("b2", arturo, [me], "2026-02-26 18:40", T("""
        Gracias a usted, Diego. Karla le dará seguimiento al proceso.
        """), parent="b1")
    c.add("a3", karla, [me], "2026-03-02 12:20", T("""
        Estimado Diego:

        Le comento que el comité de contratación se reúne el jueves 5 de marzo para revisar
        a los finalistas; le daremos respuesta a más tardar el viernes 6 de marzo.

        Saludos cordiales,
        """), parent="a2")
    c.add("a4", me, [karla], "2026-03-02 12:45", T("""
        Gracias, Karla. Quedo en espera.
        """), parent="a3")

    c.thread("a1", True, "interview", "Grupo Tezontle",
             "confirmation naming the panel with addresses: Arturo Villaseñor and Mónica "
             "Ríos, Thu 26 Feb 10:00-11:30; Karla arranged it, not in it; answer promised "
             "'a más tardar el viernes 6 de marzo', none came")
    c.thread("b1", True, "interview", "Grupo Tezontle",
             "thank-you to Arturo in a new thread the same afternoon, and his reply")
    start = D(2026, 2, 26, 10, 0, tz)
    c.meeting("a1", start, start + dt.timedelta(minutes=90), met=[arturo.email, monica],
              thanks={arturo.email: "b1"})
    c.promise("a1", "a3", karla.email, "2026-03-06")
    c.expect("thank_you", "a1", monica,
             "on the panel of Thu 26 Feb 10:00-11:30 (address in Karla's confirmation); only "
             "Arturo was thanked; overdue since Feb 27, not yet stale")
    c.expect("callback", "a1", karla.email,
             "'le daremos respuesta a más tardar el viernes 6 de marzo'; nothing from "
             "Tezontle since; due from Wed 11 Mar 00:00", promised="2026-03-06")
    c.forbid("b1", arturo.email, "thanked in a new thread the same afternoon; he promised "
             "nothing dated")
    return c


def v12_mx_sin_luz():
    """Mexico (Guadalajara). The user misses the call (a power cut), apologises, and the
    interviewer reschedules in two lines; the second call takes place and is not thanked;
    the assistant who booked the first call was never on either."""
    tz = "America/Mexico_City"
    me = user("Valeria Ochoa Navarro", "valeria.ochoa@example.mx", tz, "33 1942 6608", "es-MX",
              sig="Valeria Ochoa N.\n33 1942 6608")
    fernanda = Person("Fernanda Iñiguez", "fernanda.iniguez@agavedigital.mx", tz,
                      style="gmail", locale="es-MX",
                      sig="Fernanda Iñiguez\nAsistente de Dirección | Agave Digital\n"
                          "33 3615 0290 ext. 104")
    rodrigo = Person("Rodrigo Márquez", "rodrigo.marquez@agavedigital.mx", tz, style="gmail",
                     locale="es-MX", sig="Rodrigo Márquez\nDirector de Producto")
    c = new_case(
        "intl-12-mx-sin-luz",
        "Guadalajara: the user misses a video call because of a power cut; rescheduled in "
        "a two-line exchange; the second call took place",
        "Valeria Ochoa, product owner, has a Zoom call with Agave Digital's head of product "
        "on Friday 6 March 2026 at 12:00, booked by his assistant. A power cut keeps her "
        "off it; she apologises from her phone, he offers Tuesday 10 March at 17:00, and "
        "that call takes place. Nothing is sent after it. now is Wednesday morning.",
        me, D(2026, 3, 11, 9, 0, tz))

    c.add("a1", fernanda, [me], "2026-03-04 10:15", T("""
        Buen día, Valeria:

        De parte del Ing. Rodrigo Márquez, le confirmo la videollamada para la posición de
        Product Owner el viernes 6 de marzo a las 12:00 hrs (hora del centro), por Zoom:

        https://agavedigital.zoom.us/j/86140275519
        ID de reunión: 861 4027 5519 – Código: 220615

        La llamada será únicamente con el Ing. Márquez y durará alrededor de 45 minutos.

        Saludos,
        """), subject="Videollamada con Rodrigo Márquez – Product Owner", cc=[rodrigo])
    c.add("a2", me, [fernanda], "2026-03-04 10:40", T("""
        Buen día, Fernanda. Confirmo, ahí estaré. Gracias.
        """), parent="a1")
    c.add("a3", me, [rodrigo], "2026-03-06 12:58", T("""
        Ing. Márquez:

        Una disculpa enorme. Se fue la luz en toda mi colonia desde las 11:40 y no tuve
        forma de conectarme a la llamada; el módem sigue sin prender y le escribo desde el
        celular con datos. Entiendo si ya no es posible, pero si tuviera un espacio la
        próxima semana me encantaría reagendar.

        Valeria
        Enviado desde mi iPhone
        """), parent="a1", cc=[fernanda], sig=False)
    c.add("a4", rodrigo, [me], "2026-03-06 14:22", T("""
        Valeria, no se preocupe, son cosas que pasan. ¿Le queda el martes 10 a las 17:00?
        Mismo enlace.
        """), parent="a3")
    c.add("a5", me, [rodrigo], "2026-03-06 14:35", T("""
        Perfecto, el martes 10 a las 17:00 me conecto. De nuevo, una disculpa.
        """), parent="a4")

    c.thread("a1", True, "interview", "Agave Digital",
             "Zoom call Fri 6 Mar 12:00 missed by the user (power cut); moved to Tue 10 Mar "
             "17:00-17:45 and held; nothing since")
    c.meeting("a1", D(2026, 3, 6, 12, 0, tz), D(2026, 3, 6, 12, 45, tz),
              met=[rodrigo.email], status="missed")
    start = D(2026, 3, 10, 17, 0, tz)
    c.meeting("a1", start, start + dt.timedelta(minutes=45), met=[rodrigo.email])
    c.expect("thank_you", "a1", rodrigo.email,
             "the rescheduled call of Tue 10 Mar 17:00-17:45 took place; no thanks since (the "
             "apology came before it); due since 19:45, overdue at 17:45 today")
    c.forbid("a1", fernanda.email, "his assistant booked the first call; she was on "
             "neither call and promised nothing")
    return c


def v13_ar_cafe_voseo():
    """Argentina (Buenos Aires). A networking coffee set up by an ex-colleague, in voseo;
    it took place (an agreed time and nothing after) and is not yet thanked."""
    tz = "America/Argentina/Buenos_Aires"
    me = user("Tomás Iglesias", "tomas.iglesias@example.com.ar", tz, "+54 9 11 5834-2170",
              "es-AR", style="gmail", sig="Tomás Iglesias\n+54 9 11 5834-2170")
    caro = Person("Carolina Méndez", "carolina.mendez@pamparetail.com.ar", tz, style="gmail",
                  locale="es-AR")
    fede = Person("Federico Lanusse", "federico.lanusse@nandupagos.com", tz, style="gmail",
                  locale="es-AR", sig="Fede Lanusse\nEngineering Manager · Ñandú Pagos")
    c = new_case(
        "intl-13-ar-cafe-voseo",
        "Buenos Aires: a networking coffee agreed in voseo through an ex-colleague; it "
        "took place and nobody has been thanked",
        "Tomás Iglesias, platform engineer, is introduced by a former colleague to an "
        "engineering manager at Ñandú Pagos, who proposes a coffee on Wednesday 15 April "
        "2026 at 9 in a bar in Palermo. Tomás confirms; nothing is written after. now is "
        "Thursday afternoon.",
        me, D(2026, 4, 16, 15, 30, tz))

    c.add("a1", caro, [fede], "2026-04-09 10:12", T("""
        Fede, ¿cómo andás? Te presento a Tomás (en copia), que laburó conmigo cuatro años en
        Pampa en el equipo de plataforma. Está con ganas de pasarse a algo de fintech y le
        dije que nadie le iba a explicar mejor que vos cómo es laburar en pagos.

        Tomás, Fede es EM en Ñandú y un genio, aprovechalo.

        Los dejo que arreglen entre ustedes. ¡Abrazo!
        Caro
        """), subject="Presentación: Tomás Iglesias / Fede Lanusse", cc=[me])
    c.add("a2", fede, [caro, me], "2026-04-09 12:30", T("""
        ¡Gracias Caro!

        Tomás, un gusto. ¿Te va un café el miércoles 15 a las 9 en el bar de Güemes y
        Scalabrini Ortiz, antes de que entre a la oficina? Tengo hasta las 10.
        """), parent="a1")
    c.add("a3", me, [fede, caro], "2026-04-09 13:02", T("""
        ¡Buenísimo, Fede! Miércoles 15 a las 9 ahí estoy.
        Caro, gracias por el puente 🙌
        """), parent="a2")

    c.thread("a1", True, "networking", "Ñandú Pagos",
             "introduction by an ex-colleague; coffee Wed 15 Apr 9:00-10:00 agreed and held "
             "(nothing after)")
    start = D(2026, 4, 15, 9, 0, tz)
    c.meeting("a1", start, start + dt.timedelta(hours=1), met=[fede.email], networking=True)
    c.expect("thank_you", "a1", fede.email,
             "networking coffee Wed 15 Apr 9:00-10:00 took place; nothing sent since; due "
             "from 12:00, overdue since Thu 10:00")
    c.forbid("a1", caro.email, "she introduced them; not at the coffee, and thanked before "
             "it anyway")
    return c


def v14_ar_busqueda_congelada():
    """Argentina (Córdoba). An application by e-mail with a CV, answered with an
    interview; on the morning of the interview HR writes that the search is frozen;
    Google cancels the event."""
    tz = "America/Argentina/Cordoba"
    me = user("Agustina Ferreyra", "agustina.ferreyra@example.com.ar", tz, "351 627-4418",
              "es-AR", sig="Agustina Ferreyra\nCel. 351 627-4418")
    flor = Person("Florencia Pereyra", "florencia.pereyra@sierrasagro.com.ar", tz,
                  style="gmail", locale="es-AR",
                  sig="Florencia Pereyra\nAnalista de RR.HH. · Sierras Agro S.A.\n"
                      "(0351) 555-0177")
    flor_cal = Person("Florencia Pereyra", flor.email, tz, style="gcal", locale="es-AR")
    martin = Person("Martín Bustos", "martin.bustos@sierrasagro.com.ar", tz)
    c = new_case(
        "intl-14-ar-busqueda-congelada",
        "Córdoba: on the morning of the interview HR writes that the search is frozen; "
        "Google cancels the event; the e-mailed application had been answered",
        "Agustina Ferreyra, commercial analyst, sends her CV to Sierras Agro's HR analyst, "
        "who books an interview with the sales manager for Tuesday 3 March 2026 at 15 hs. "
        "That morning HR writes that 'la búsqueda queda congelada' and Google Calendar "
        "cancels it. now is Thursday 5 March.",
        me, D(2026, 3, 5, 10, 0, tz))

    c.add("a1", me, [flor], "2026-02-23 09:40", T("""
        Hola Florencia, ¿cómo estás?

        Te escribo por la búsqueda de Analista Comercial Sr. que publicaron en LinkedIn. Hace
        seis años que trabajo en el área comercial de una cerealera de Río Cuarto y me
        interesa mucho dar el paso a Sierras Agro. Te adjunto mi CV.

        ¡Quedo atenta!
        """), subject="Postulación – Analista Comercial Sr. (aviso de LinkedIn)",
          attachments=[cv_pdf("CV_Agustina_Ferreyra.pdf",
                              ["Agustina Ferreyra", "Analista comercial",
                               "agustina.ferreyra@example.com.ar - 351 627-4418",
                               "Cerealera del Sur (2020-2026)"])])
    c.add("a2", flor, [me], "2026-02-25 16:05", T("""
        Hola Agustina, ¡gracias por escribir! Tu perfil nos interesa mucho.

        ¿Podés el martes 3 de marzo a las 15 hs para una entrevista con Martín Bustos,
        nuestro gerente comercial? Sería en la planta de Ruta 9 km 695, o por Meet si te
        queda lejos.
        """), parent="a1")
    c.add("a3", me, [flor], "2026-02-25 16:30", T("""
        ¡Hola Flor! Sí, el martes 3 a las 15 hs me viene perfecto, voy a la planta.
        """), parent="a2")
    start, end = D(2026, 3, 3, 15, 0, tz), D(2026, 3, 3, 16, 0, tz)
    uid = uid_google("intl-14", "entrevista")
    ics = make_ics(method="REQUEST", uid=uid, stamp=D(2026, 2, 25, 16, 48, tz), start=start,
                   end=end, tzid="America/Argentina/Cordoba",
                   summary="Entrevista Agustina Ferreyra – Analista Comercial Sr.",
                   organizer=flor_cal,
                   attendees=[(flor_cal, "ACCEPTED", "INDIVIDUAL"),
                              (martin, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Sierras Agro – Ruta 9 km 695, Córdoba")
    c.add("b1", flor_cal, [me], "2026-02-25 16:48", T("""
        Te invitaron al siguiente evento.

        Entrevista Agustina Ferreyra – Analista Comercial Sr.
        Cuándo      martes, 3 de marzo de 2026 ⋅ 15:00 – 16:00 (hora estándar de Argentina)
        Dónde       Sierras Agro – Ruta 9 km 695, Córdoba
        Invitados   Florencia Pereyra - organizador
                    martin.bustos@sierrasagro.com.ar
                    agustina.ferreyra@example.com.ar

        Invitación de Google Calendar
        """), subject="Invitación: Entrevista Agustina Ferreyra – Analista Comercial Sr. @ "
                      "mar 3 de mar de 2026 15:00 - 16:00 (ART) "
                      "(agustina.ferreyra@example.com.ar)",
          ics=ics, headers=GCAL)
    c.add("a4", flor, [me], "2026-03-03 09:12", T("""
        Agustina, buen día.

        Te escribo con una mala noticia, y perdón por el aviso tan sobre la hora: anoche nos
        informaron desde la dirección que la búsqueda queda congelada hasta nuevo aviso, por
        un tema de presupuesto. Así que la entrevista de hoy con Martín queda suspendida.

        Lo lamento muchísimo, de verdad. Tu CV queda en nuestra base y, si se reactiva, sos
        la primera a la que llamo.
        """), parent="a3")
    cancel = make_ics(method="CANCEL", uid=uid, stamp=D(2026, 3, 3, 9, 15, tz), start=start,
                      end=end, tzid="America/Argentina/Cordoba",
                      summary="Entrevista Agustina Ferreyra – Analista Comercial Sr.",
                      organizer=flor_cal,
                      attendees=[(martin, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "ACCEPTED", "INDIVIDUAL")],
                      sequence=1, status="CANCELLED")
    c.add("c1", flor_cal, [me], "2026-03-03 09:15", T("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista Agustina Ferreyra – Analista Comercial Sr.
        Cuándo      martes, 3 de marzo de 2026 ⋅ 15:00 – 16:00 (hora estándar de Argentina)

        Invitación de Google Calendar
        """), subject="Evento cancelado: Entrevista Agustina Ferreyra – Analista Comercial "
                      "Sr. @ mar 3 de mar de 2026 15:00 - 16:00 (ART) "
                      "(agustina.ferreyra@example.com.ar)",
          ics=cancel, headers=GCAL)
    c.add("a5", me, [flor], "2026-03-03 10:02", T("""
        Hola Flor, qué lástima. Gracias por avisarme igual, y ojalá se reactive. ¡Saludos!
        """), parent="a4")

    c.thread("a1", True, "interview", "Sierras Agro S.A.",
             "application with a CV Mon 23 Feb, answered Wed 25 Feb with an interview Tue 3 "
             "Mar 15:00; cancelled that morning ('la búsqueda queda congelada')")
    c.thread("b1", True, "interview", "Sierras Agro S.A.",
             "Google Calendar invitation with Martín Bustos")
    c.thread("c1", True, "interview", "Sierras Agro S.A.",
             "Google Calendar cancellation, Tue 3 Mar 09:15")
    c.application("a1", "a1", flor.email, answered_by="a2")
    c.meeting("b1", start, end, met=[martin.email], status="cancelled")
    c.forbid("b1", martin.email, "interview cancelled on the morning itself: the search was "
             "frozen; it never took place")
    c.forbid("a1", flor.email, "her reply answered the application; she then cancelled the "
             "interview and named no date for any news")
    return c


def v15_co_se_sumo_lider():
    """Colombia (Bogotá). A Teams interview (English boilerplate of a multinational's
    Outlook); the manager invites a team lead the day before, with her address; he is
    thanked after his 'fue un gusto conversar con usted hoy', she is not."""
    tz = "America/Bogota"
    me = user("Laura Camila Rincón", "lauracamila.rincon@example.co", tz, "310 555 8841",
              "es-CO", style="gmail", sig="Laura Camila Rincón\nCel. 310 555 8841")
    andres = Person("Andrés Cárdenas", "acardenas@segurosmontebello.com.co", tz,
                    style="outlook", locale="es-CO", region="namprd12",
                    sig="Andrés Cárdenas Posada\nGerente de Analítica\nSeguros Montebello "
                        "S.A.\nPBX 601 555 0190 ext. 4412")
    juliana = "jrestrepo@segurosmontebello.com.co"
    c = new_case(
        "intl-15-co-se-sumo-lider",
        "Bogotá: the manager adds a team lead to the interview the day before; he is "
        "thanked in the thread, she is not",
        "Laura Camila Rincón, data scientist, has a Teams interview with Seguros "
        "Montebello's analytics manager on Wednesday 11 March 2026 at 9:00 a.m. The day "
        "before he writes that the data engineering lead will join. After the call he "
        "writes 'fue un gusto conversar con usted hoy'; Laura thanks him alone. now is "
        "Thursday afternoon.",
        me, D(2026, 3, 12, 14, 0, tz))

    start, end = D(2026, 3, 11, 9, 0, tz), D(2026, 3, 11, 10, 0, tz)
    body = T("""
        Cordial saludo, Laura Camila:

        Como lo conversamos por teléfono, le envío la invitación para la entrevista técnica
        del miércoles 11 de marzo a las 9:00 a.m. (hora Colombia) por Teams.

        Quedo atento.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 291 554 870 336
        Passcode: Hq7Lw3
        Download Teams | Join on the web
        Learn More | Meeting options
        ________________________________________________________________________________
        """)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-15", "entrevista"),
                   stamp=D(2026, 3, 9, 8, 30, tz), start=start, end=end,
                   tzid="SA Pacific Standard Time", prodid=OUTLOOK,
                   summary="Entrevista – Científica de Datos – Laura Camila Rincón",
                   organizer=andres, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Microsoft Teams Meeting", description=body)
    c.add("a1", andres, [me], "2026-03-09 08:30", body,
          subject="Entrevista – Científica de Datos – Laura Camila Rincón", ics=ics,
          ics_mode="outlook", sig=False)
    c.add("a2", me, [andres], "2026-03-09 09:10", T("""
        Buenos días, Andrés. Confirmo mi asistencia. Quedo muy atenta.
        """), parent="a1")
    c.add("a3", andres, [me], "2026-03-10 17:20", T("""
        Laura Camila, buenas tardes:

        Le cuento que me tomé la libertad de invitar a la entrevista de mañana a Juliana
        Restrepo (jrestrepo@segurosmontebello.com.co), líder de Ingeniería de Datos; ella
        trabajaría muy de cerca con usted y quería conocerla. El enlace es el mismo.

        Cordialmente,
        """), parent="a2")
    c.add("a4", andres, [me], "2026-03-11 11:02", T("""
        Laura Camila, fue un gusto conversar con usted hoy. Juliana y yo quedamos con muy
        buena impresión de su caso de detección de fraude. Le estaremos contando sobre el
        siguiente paso.

        Cordialmente,
        """), parent="a3")
    c.add("a5", me, [andres], "2026-03-11 12:15", T("""
        Andrés, buenas tardes:

        Muchas gracias a usted por el espacio y por la conversación de esta mañana. Me quedo
        con ganas de trabajar en el modelo de siniestralidad que me describió; creo que la
        experiencia que tengo con datos de reclamaciones puede servir desde el primer día.

        Quedo atenta a los siguientes pasos.

        Cordialmente,
        """), parent="a4")

    c.thread("a1", True, "interview", "Seguros Montebello S.A.",
             "Teams interview Wed 11 Mar 9:00-10:00 a.m.; Juliana Restrepo added the day "
             "before (address in the text); Andrés thanked at 12:15")
    c.meeting("a1", start, end, met=[andres.email, juliana], thanks={andres.email: "a5"})
    c.expect("thank_you", "a1", juliana,
             "she joined the interview of Wed 11 Mar 9:00-10:00 at Andrés's invitation; not "
             "thanked; overdue since Thu 10:00")
    c.forbid("a1", andres.email, "thanked in the thread at 12:15 the same day; 'le estaremos "
             "contando' names no date")
    return c


def v16_co_feria_de_empleo():
    """Colombia (Medellín). A conversation at a job fair stand with a recruiter, who
    writes afterwards; the fair organiser's automated registration; a webinar with
    hundreds of attendees whose host mails the recording."""
    tz = "America/Bogota"
    me = user("Santiago Zapata Gómez", "santiago.zapata@example.co", tz, "300 555 2193",
              "es-CO", sig="Santiago Zapata Gómez\nIngeniero industrial\n300 555 2193")
    feria = Person("Feria de Empleo Medellín Innova", "noreply@feriaempleomedellin.co", tz,
                   style="auto", locale="es-CO", auto=True)
    natalia = Person("Natalia Ospina", "natalia.ospina@textilesaburra.com.co", tz,
                     style="outlook", locale="es-CO", region="namprd12",
                     sig="Natalia Ospina Vélez\nAnalista de Talento Humano\nTextiles del "
                         "Valle de Aburrá S.A.S.\nCel. 315 555 0472")
    camilo = Person("Camilo Arango", "camilo.arango@rumbocarrera.co", tz, style="gmail",
                    locale="es-CO", sig="Camilo Arango\nRumbo Carrera – Mentoría profesional")
    c = new_case(
        "intl-16-co-feria-de-empleo",
        "Medellín: a talk at a job fair stand, followed by the recruiter's mail; the fair's "
        "automated notice and a mass webinar owe nothing",
        "Santiago Zapata, industrial engineer, registers for a job fair on Thursday 16 April "
        "2026 and talks at the Textiles del Valle de Aburrá stand with an HR analyst, who "
        "writes that evening 'fue un gusto conversar con usted esta mañana'. Two days "
        "before he attended a webinar on salary negotiation with hundreds of others. now "
        "is Monday 20 April.",
        me, D(2026, 4, 20, 9, 0, tz))

    c.add("f1", feria, [me], "2026-04-13 08:10", T("""
        Hola Santiago:

        Su inscripción a la Feria de Empleo Medellín Innova 2026 quedó confirmada.

        Fecha: jueves 16 de abril de 2026
        Horario: 9:00 a.m. a 5:00 p.m.
        Lugar: Plaza Mayor, pabellón Azul
        Código de ingreso: FEM-2026-18834

        Lleve varias copias impresas de su hoja de vida. Más de 60 empresas tendrán stand.

        Este es un mensaje automático; por favor no responda a este correo.
        """), subject="Confirmación de inscripción – Feria de Empleo Medellín Innova 2026",
          headers=AUTO, html=html_of("Su inscripción quedó confirmada. Código FEM-2026-18834."))
    c.add("w1", camilo, [me], "2026-04-14 19:40", T("""
        Hola, Santiago:

        Gracias por acompañarnos esta noche en el webinar «Cómo negociar su salario sin
        miedo», junto con otras 340 personas. Aquí está la grabación y la presentación:

        https://rumbocarrera.co/webinars/negociar-salario-2026

        Si quiere más, el 5 de mayo abrimos un taller de cuatro sesiones.

        Un saludo,
        """), subject="Grabación del webinar: Cómo negociar su salario sin miedo",
          headers=bulk_headers("<webinars.rumbocarrera.co>",
                               "https://rumbocarrera.co/baja"))
    c.add("n1", natalia, [me], "2026-04-16 18:05", T("""
        Buenas tardes, Santiago:

        Fue un gusto conversar con usted esta mañana en nuestro stand de la feria. Tal como
        le comenté, le comparto el enlace de la vacante de Analista de Planeación de la
        Producción para que se postule:

        https://textilesaburra.com.co/trabaja-con-nosotros/ap-2026-14

        Cualquier inquietud, con gusto.

        Cordialmente,
        """), subject="Feria de Empleo – Textiles Aburrá / vacante Analista de Planeación")

    c.thread("f1", True, "networking", "Feria de Empleo Medellín Innova",
             "automated registration for the job fair of Thu 16 Apr")
    c.thread("w1", True, "networking", "Rumbo Carrera",
             "mass webinar Tue 14 Apr evening (340 attendees), recording sent by the host")
    c.thread("n1", True, "networking", "Textiles del Valle de Aburrá S.A.S.",
             "talk at the company's stand on the morning of Thu 16 Apr; Natalia writes that "
             "evening with the opening's link")
    c.meeting("w1", D(2026, 4, 14, 18, 0, tz), D(2026, 4, 14, 19, 15, tz), met=[],
              what="webinar, no one met one-to-one")
    c.meeting("n1", D(2026, 4, 16, 10, 30, tz), None, met=[natalia.email], networking=True,
              what="conversation at the job fair stand (some time that morning)")
    c.expect("thank_you", "n1", natalia.email,
             "a real conversation at her stand on the morning of Thu 16 Apr about an opening; "
             "she wrote that evening; no thanks sent; overdue by Fri whatever the hour")
    c.forbid("f1", feria.email, "the fair organiser's automated registration notice")
    c.forbid("w1", camilo.email, "the host of a webinar with 340 attendees: a group event "
             "with no one met one-to-one, nothing owed")
    return c


# ==========================================================================
# German
# ==========================================================================

def v17_de_kurzfristig_abgesagt():
    """Germany (Hamburg). The interviewer calls it off on the morning itself and offers a
    later date, which the user accepts; the new interview is still ahead; the recruiter
    who booked it was never to attend."""
    tz = "Europe/Berlin"
    me = user("Jonas Albers", "jonas.albers@example.de", tz, "0151 2274 9931", "de",
              sig="Jonas Albers\nMobil: 0151 2274 9931")
    jan = Person("Jan Petersen", "jan.petersen@elbkontor-logistik.de", tz, style="outlook",
                 locale="de", region="eurprd08",
                 sig="Jan Petersen\nRecruiting | Elbkontor Logistik GmbH\nAm Sandtorkai 48, "
                     "20457 Hamburg\nTel. +49 40 555 812-34")
    wiebke = Person("Dr. Wiebke Hansen", "wiebke.hansen@elbkontor-logistik.de", tz,
                    style="outlook", locale="de", region="eurprd08",
                    sig="Dr. Wiebke Hansen\nBereichsleitung Kontraktlogistik\nElbkontor "
                        "Logistik GmbH\nMobil +49 172 555 3390")
    c = new_case(
        "intl-17-de-kurzfristig-abgesagt",
        "Hamburg: the interviewer cancels on the morning itself and offers a later date; "
        "the new interview is still ahead",
        "Jonas Albers, dispatch team lead, is invited by Elbkontor Logistik's recruiter to "
        "an interview with the head of contract logistics on Monday 20 April 2026 at 10:00. "
        "At 07:48 that day she cancels (an emergency at a customer's) and offers Thursday 23 "
        "April at 14:00; he accepts. now is Tuesday 21 April.",
        me, D(2026, 4, 21, 9, 0, tz))

    start, end = D(2026, 4, 20, 10, 0, tz), D(2026, 4, 20, 11, 0, tz)
    desc = T("""
        Sehr geehrter Herr Albers,

        wie telefonisch besprochen lade ich Sie hiermit zum Vorstellungsgespräch mit Frau
        Dr. Wiebke Hansen, Bereichsleiterin Kontraktlogistik, ein:

        Montag, 20.04.2026, 10:00 – 11:00 Uhr
        Elbkontor Logistik GmbH, Am Sandtorkai 48, 20457 Hamburg, 3. OG

        Ich selbst bin bei dem Gespräch nicht dabei, stehe Ihnen aber für Rückfragen gern zur
        Verfügung.

        Mit freundlichen Grüßen
        Jan Petersen
        """)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-17", "vg"),
                   stamp=D(2026, 4, 14, 11, 5, tz), start=start, end=end,
                   tzid="W. Europe Standard Time", prodid=OUTLOOK,
                   summary="Vorstellungsgespräch Jonas Albers – Teamleitung Disposition",
                   organizer=jan,
                   attendees=[(wiebke, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Am Sandtorkai 48, 3. OG, Besprechungsraum Kehrwieder",
                   description=desc)
    c.add("a1", jan, [me], "2026-04-14 11:05", desc,
          subject="Vorstellungsgespräch Jonas Albers – Teamleitung Disposition", cc=[wiebke],
          ics=ics, ics_mode="outlook", sig=False)
    c.add("a2", me, [jan], "2026-04-14 11:40", T("""
        Sehr geehrter Herr Petersen,

        vielen Dank für die Einladung, den Termin am 20.04. um 10:00 Uhr nehme ich gern wahr.

        Mit freundlichen Grüßen
        """), parent="a1")
    c.add("a3", wiebke, [me], "2026-04-20 07:48", T("""
        Sehr geehrter Herr Albers,

        leider muss ich unser Gespräch heute kurzfristig absagen – bei einem Kunden in
        Billbrook brennt es im wahrsten Sinne des Wortes, ich muss dort vor Ort sein. Es tut
        mir sehr leid, zumal Sie sich den Vormittag freigehalten haben.

        Könnten Sie alternativ am Donnerstag, 23.04., um 14:00 Uhr? Gleicher Ort.

        Mit freundlichen Grüßen
        """), parent="a2", cc=[jan])
    c.add("a4", me, [wiebke], "2026-04-20 08:20", T("""
        Sehr geehrte Frau Dr. Hansen,

        kein Problem, ich hoffe, es ist niemand zu Schaden gekommen. Donnerstag, 14:00 Uhr
        passt mir gut.

        Mit freundlichen Grüßen
        """), parent="a3", cc=[jan])

    c.thread("a1", True, "interview", "Elbkontor Logistik GmbH",
             "interview Mon 20 Apr 10:00 cancelled by Dr. Hansen at 07:48 that day; moved in "
             "words to Thu 23 Apr 14:00; Jan booked it and was not to attend")
    c.meeting("a1", start, end, met=[wiebke.email], status="cancelled")
    c.meeting("a1", D(2026, 4, 23, 14, 0, tz), None, met=[wiebke.email], status="scheduled")
    c.forbid("a1", wiebke.email, "she called off Monday's interview that morning; the new "
             "one is Thu 23 Apr 14:00, still ahead")
    c.forbid("a1", jan.email, "the recruiter booked it and said he would not attend; he "
             "promised nothing")
    return c


def v18_de_kennenlernen_startup():
    """Germany (Berlin). A 'Kennenlernen' video call with a start-up founder, in du; the
    CTO was invited but stuck at a customer's; the founder is thanked in a new thread and
    answers 'wir melden uns bis Ende nächster Woche', then goes quiet."""
    tz = "Europe/Berlin"
    me = user("Mira Schulte", "mira.schulte@example.de", tz, "0176 4419 2085", "de",
              style="gmail", sig="Mira Schulte\n0176 4419 2085")
    niklas = Person("Niklas Roth", "niklas@feldwerk.io", tz, style="gmail", locale="de",
                    sig="Niklas Roth\nGründer & CEO · Feldwerk Robotics GmbH")
    niklas_cal = Person("Niklas Roth", niklas.email, tz, style="gcal", locale="de")
    lena = Person("Lena Hartmann", "lena@feldwerk.io", tz)
    c = new_case(
        "intl-18-de-kennenlernen-startup",
        "Berlin: a start-up 'Kennenlernen' call in du; the invited CTO did not come; the "
        "founder's 'bis Ende nächster Woche' has lapsed",
        "Mira Schulte, product manager, has a 45-minute Google Meet 'Kennenlernen' with the "
        "founder of Feldwerk Robotics on Tuesday 3 March 2026 at 17:00; the CTO, also "
        "invited, is held up at a customer's. Mira thanks the founder in a new thread that "
        "evening; he answers that they will be in touch by the end of next week, and does "
        "not write again. now is Wednesday 18 March.",
        me, D(2026, 3, 18, 11, 0, tz))

    start, end = D(2026, 3, 3, 17, 0, tz), D(2026, 3, 3, 17, 45, tz)
    desc = ("Hi Mira, wie besprochen ein lockeres Kennenlernen per Meet – Lena (unsere CTO) "
            "und ich. Keine Vorbereitung nötig.\nhttps://meet.google.com/fwr-kbnq-zte")
    ics = make_ics(method="REQUEST", uid=uid_google("intl-18", "kennenlernen"),
                   stamp=D(2026, 2, 26, 14, 22, tz), start=start, end=end,
                   tzid="Europe/Berlin", summary="Kennenlernen Mira x Feldwerk",
                   organizer=niklas_cal,
                   attendees=[(niklas_cal, "ACCEPTED", "INDIVIDUAL"),
                              (lena, "NEEDS-ACTION", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://meet.google.com/fwr-kbnq-zte", description=desc)
    c.add("a1", niklas_cal, [me], "2026-02-26 14:22", T("""
        Du wurdest zu folgendem Termin eingeladen.

        Kennenlernen Mira x Feldwerk
        Wann        Dienstag, 3. März 2026 ⋅ 17:00 – 17:45 (Mitteleuropäische Normalzeit - Berlin)
        Mit Google Meet teilnehmen   meet.google.com/fwr-kbnq-zte
        Gäste       Niklas Roth - Organisator
                    lena@feldwerk.io
                    mira.schulte@example.de

        Hi Mira, wie besprochen ein lockeres Kennenlernen per Meet – Lena (unsere CTO) und
        ich. Keine Vorbereitung nötig.

        Einladung von Google Kalender
        """), subject="Einladung: Kennenlernen Mira x Feldwerk @ Di. 3. März 2026 17:00 - "
                      "17:45 (MEZ) (mira.schulte@example.de)",
          ics=ics, headers=GCAL)
    c.add("b1", me, [niklas], "2026-03-03 20:10", T("""
        Hallo Niklas,

        danke dir für das offene Gespräch heute! Die Geschichte vom ersten Feldtest in der
        Uckermark hat mir gezeigt, wie nah ihr an den Betrieben dran seid. Drei Dinge, die
        ich mitbringen würde:

        - fünf Jahre Produktarbeit für Landmaschinen-Software, inklusive Feldtests;
        - Erfahrung mit Hardware-Roadmaps, die an Ernteperioden hängen;
        - ein Netzwerk zu Lohnunternehmern in Brandenburg.

        Schade, dass Lena nicht dabei sein konnte – ich freue mich, sie hoffentlich in der
        nächsten Runde kennenzulernen.

        Viele Grüße
        """), subject="Danke für das Gespräch heute")
    c.add("b2", niklas, [me], "2026-03-04 09:15", T("""
        Hi Mira,

        gerne, hat mir auch Spaß gemacht! Sorry nochmal, dass Lena spontan nicht konnte –
        der Kundentermin in Hannover hat sich gezogen.

        Wir sprechen diese und nächste Woche noch mit zwei, drei Leuten und melden uns bis
        Ende nächster Woche bei dir, wie es weitergeht.

        Beste Grüße
        """), parent="b1")

    c.thread("a1", True, "interview", "Feldwerk Robotics GmbH",
             "Google Calendar invitation: Kennenlernen Tue 3 Mar 17:00-17:45 with Niklas Roth "
             "and Lena Hartmann (Lena did not come)")
    c.thread("b1", True, "interview", "Feldwerk Robotics GmbH",
             "thank-you to Niklas in a new thread that evening; his 'bis Ende nächster "
             "Woche' (Fri 13 Mar) lapsed with no word")
    c.meeting("a1", start, end, met=[niklas.email], thanks={niklas.email: "b1"})
    c.promise("b1", "b2", niklas.email, "2026-03-13")
    c.expect("callback", "b1", niklas.email,
             "'wir melden uns bis Ende nächster Woche' (said Wed 4 Mar: Fri 13 Mar); nothing "
             "from Feldwerk since; due from Wed 18 Mar 00:00", promised="2026-03-13")
    c.forbid("a1", lena.email, "invited, but held up at a customer's: she did not take part")
    return c


def v19_de_interviewerin():
    """Germany (München). The user on the hiring side: her HR colleague books her as
    interviewer ('Vorstellungsgespräch Herr Tobias Lang'); the candidate thanks her and
    asks when he will hear; her answers are her employer's business."""
    tz = "Europe/Berlin"
    me = user("Anja Kellermann", "anja.kellermann@example.de", tz, "0160 9182 4437", "de",
              sig="Anja Kellermann\n0160 9182 4437")
    steffi = Person("Stefanie Huber", "stefanie.huber@isarwerk-med.de", tz, style="outlook",
                    locale="de", region="eurprd09")
    tobias = Person("Tobias Lang", "t.lang.muc@example.com", tz, style="gmail", locale="de")
    c = new_case(
        "intl-19-de-interviewerin",
        "Munich: the user interviews a candidate for her own employer; his thank-you and "
        "the feedback dates are not her job search",
        "Anja Kellermann heads a controlling team at Isarwerk Medizintechnik and is looking "
        "for a new post herself. On Thursday 12 March 2026 she interviews a candidate for "
        "her team, booked by HR as 'Vorstellungsgespräch'. The candidate thanks her that "
        "afternoon and asks when he will hear; she answers 'bis Ende nächster Woche' on "
        "HR's behalf; she sends HR her feedback on Friday as promised. now is Monday 16 "
        "March.",
        me, D(2026, 3, 16, 8, 30, tz))

    start, end = D(2026, 3, 12, 10, 0, tz), D(2026, 3, 12, 11, 0, tz)
    desc = T("""
        Hallo Anja,

        anbei der Termin für das Vorstellungsgespräch mit Herrn Lang (Senior Controller).
        Lebenslauf und Anschreiben hängen an. Du übernimmst den fachlichen Teil, ich den
        Rest. Magst du mir bis Freitag kurz dein Feedback schicken?

        Danke und Gruß
        Steffi
        """)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-19", "vg-lang"),
                   stamp=D(2026, 3, 9, 14, 5, tz), start=start, end=end,
                   tzid="W. Europe Standard Time", prodid=OUTLOOK,
                   summary="Vorstellungsgespräch Herr Tobias Lang (Senior Controller)",
                   organizer=steffi,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Raum Zugspitze", "raum.zugspitze@isarwerk-med.de"),
                               "ACCEPTED", "ROOM")],
                   location="Raum Zugspitze (2. OG)", description=desc)
    c.add("a1", steffi, [me], "2026-03-09 14:05", desc,
          subject="Vorstellungsgespräch Herr Tobias Lang (Senior Controller)", ics=ics,
          ics_mode="outlook", sig=False,
          attachments=[cv_pdf("Lebenslauf_Tobias_Lang.pdf",
                              ["Tobias Lang", "Controller", "t.lang.muc@example.com",
                               "Berufserfahrung: 8 Jahre Konzerncontrolling"])])
    c.add("a2", me, [steffi], "2026-03-09 14:30", T("""
        Hallo Steffi,

        passt, ich bin dabei. Feedback bekommst du bis Freitag.

        LG Anja
        """), parent="a1", sig=False)
    c.add("b1", tobias, [me], "2026-03-12 15:20", T("""
        Sehr geehrte Frau Kellermann,

        herzlichen Dank für das angenehme und spannende Gespräch heute Vormittag. Die
        Einblicke in Ihr Projekt zur Einführung der rollierenden Forecasts haben mein
        Interesse an der Stelle noch verstärkt.

        Darf ich fragen, bis wann ich mit einer Rückmeldung rechnen kann?

        Mit freundlichen Grüßen
        Tobias Lang
        0171 5530 882
        """), subject="Vielen Dank für das Gespräch heute")
    c.add("b2", me, [tobias], "2026-03-12 17:05", T("""
        Sehr geehrter Herr Lang,

        vielen Dank für Ihre Nachricht. Sie erhalten bis Ende nächster Woche eine Rückmeldung
        von Frau Huber aus unserer Personalabteilung.

        Mit freundlichen Grüßen
        Anja Kellermann
        """), parent="b1", sig=False)
    c.add("a3", me, [steffi], "2026-03-13 09:40", T("""
        Hallo Steffi,

        hier mein Feedback zu Herrn Lang: fachlich stark (Konzernabschluss, SAP CO), im
        Gespräch etwas zurückhaltend. Ich würde ihn gern in die zweite Runde nehmen.

        LG Anja
        """), parent="a2", sig=False)

    c.thread("a1", False, None, "Isarwerk Medizintechnik GmbH",
             "the user's own employer: HR books her to interview a candidate Thu 12 Mar "
             "10:00-11:00; feedback promised by Friday, sent Fri 13 Mar")
    c.thread("b1", False, None, None,
             "the candidate thanks the user (interviewer) and asks when he will hear; she "
             "answers for HR: 'bis Ende nächster Woche'")
    c.meeting("a1", start, end, met=[tobias.email, steffi.email], job=False,
              what="the user interviews a candidate for her own employer")
    c.own_promise("a1", "a2", steffi.email, "2026-03-13", kept_by="a3", job=False)
    c.own_promise("b1", "b2", tobias.email, "2026-03-20", job=False)
    c.forbid("b1", tobias.email, "she interviewed him for her own employer: neither his "
             "thanks nor her 'bis Ende nächster Woche' belongs to her job search")
    c.forbid("a1", steffi.email, "HR colleague at the current job; the feedback promised by "
             "Friday went on Fri 13 Mar")
    return c


def v20_at_vorgezogen():
    """Austria (Wien). Moved earlier at their request ('Dienstag, 14:00 Uhr passt mir'),
    in words only, the interviewer in copy; the outdated invitation still shows the later
    slot; held and not thanked."""
    tz = "Europe/Vienna"
    me = user("Lukas Pichler", "lukas.pichler@example.at", tz, "0664 381 27 90", "de-AT",
              style="gmail", sig="Lukas Pichler\n+43 664 381 27 90")
    sabine = Person("Sabine Gruber", "sabine.gruber@wienerwald-vers.at", tz, style="outlook",
                    locale="de-AT", region="eurprd05",
                    sig="Sabine Gruber\nRecruiting-Assistenz\nWienerwald Versicherung AG\n"
                        "Wiedner Hauptstraße 52, 1040 Wien\nT +43 1 50 566-2213")
    katharina = Person("Mag. Katharina Hofer", "katharina.hofer@wienerwald-vers.at", tz,
                       style="outlook", locale="de-AT")
    c = new_case(
        "intl-20-at-vorgezogen",
        "Vienna: an interview moved earlier in words, the interviewer in copy; the old "
        "invitation still shows the later slot; held, not thanked",
        "Lukas Pichler, claims handler, is invited to Wienerwald Versicherung on Thursday "
        "19 March 2026 at 9:30 by the recruiting assistant, with an Outlook invitation. "
        "Because the head of claims travels from the 18th, the assistant asks to bring it "
        "forward to Tuesday 17 March, 14:00; he agrees and it takes place. now is Wednesday "
        "18 March, before the old slot.",
        me, D(2026, 3, 18, 9, 0, tz))

    c.add("a1", sabine, [me], "2026-03-09 09:20", T("""
        Sehr geehrter Herr Pichler,

        wir freuen uns, Sie zu einem persönlichen Gespräch mit Frau Mag. Katharina Hofer,
        Leiterin Schadenmanagement, einzuladen. Als Termin hätten wir Donnerstag, den 19.
        März 2026, um 9:30 Uhr in unserer Zentrale vorgesehen. Die Einladung folgt separat.

        Mit freundlichen Grüßen
        """), subject="Ihre Bewerbung als Sachbearbeiter Schadenregulierung – Einladung zum "
                      "Gespräch")
    c.add("a2", me, [sabine], "2026-03-09 10:05", T("""
        Sehr geehrte Frau Gruber,

        vielen Dank, den Termin am 19. März um 9:30 Uhr nehme ich sehr gerne wahr.

        Mit freundlichen Grüßen
        """), parent="a1")
    old_start, old_end = D(2026, 3, 19, 9, 30, tz), D(2026, 3, 19, 10, 30, tz)
    ics = make_ics(method="REQUEST", uid=uid_outlook("intl-20", "gespraech"),
                   stamp=D(2026, 3, 9, 10, 30, tz), start=old_start, end=old_end,
                   tzid="W. Europe Standard Time", prodid=OUTLOOK,
                   summary="Bewerbungsgespräch Hr. Pichler / Fr. Mag. Hofer",
                   organizer=sabine,
                   attendees=[(katharina, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Zentrale, Wiedner Hauptstraße 52, 1040 Wien, Empfang EG")
    c.add("b1", sabine, [me], "2026-03-09 10:30", T("""
        Bewerbungsgespräch mit Frau Mag. Katharina Hofer, Leiterin Schadenmanagement.
        Bitte melden Sie sich beim Empfang im Erdgeschoss.
        """), subject="Bewerbungsgespräch Hr. Pichler / Fr. Mag. Hofer", ics=ics,
          ics_mode="outlook", sig=False)
    c.add("a3", sabine, [me], "2026-03-12 15:40", T("""
        Sehr geehrter Herr Pichler,

        Frau Mag. Hofer (in Kopie) ist ab 18. März auf Dienstreise. Wäre es Ihnen möglich,
        das Gespräch auf Dienstag, 17. März, 14:00 Uhr vorzuziehen? Der Ort bleibt gleich.

        Mit freundlichen Grüßen
        """), parent="a2", cc=[katharina])
    c.add("a4", me, [sabine], "2026-03-12 16:02", T("""
        Sehr geehrte Frau Gruber,

        Dienstag, 14:00 Uhr passt mir.

        Mit freundlichen Grüßen
        """), parent="a3", cc=[katharina])
    c.add("a5", sabine, [me], "2026-03-12 16:20", T("""
        Sehr geehrter Herr Pichler,

        fein, dann sehen wir Sie am Dienstag um 14:00 Uhr. Frau Mag. Hofer hat den Termin
        bereits eingetragen.

        Mit freundlichen Grüßen
        """), parent="a4")

    c.thread("a1", True, "interview", "Wienerwald Versicherung AG",
             "invitation for Thu 19 Mar 9:30, brought forward in words to Tue 17 Mar 14:00 "
             "(Mag. Hofer in copy); held; nothing since")
    c.thread("b1", True, "interview", "Wienerwald Versicherung AG",
             "the original Outlook invitation, still for Thu 19 Mar 9:30 (never updated)")
    c.meeting("b1", old_start, old_end, met=[katharina.email], status="moved")
    c.meeting("a1", D(2026, 3, 17, 14, 0, tz), None, met=[katharina.email])
    c.expect("thank_you", "a1", katharina.email,
             "the interview was brought forward to Tue 17 Mar 14:00 and held; not thanked; "
             "due since 17:00, overdue at 15:00 today (the Thursday slot in the invitation "
             "is void)")
    c.forbid("a1", sabine.email, "the assistant arranged and moved the interview; she was "
             "not in it and promised nothing")
    return c


def v21_at_sprechstunde_schule():
    """Austria (Graz). Not the job search: a talk with the child's teacher ('danke für das
    Gespräch', a promise 'bis Freitag, 8. Mai'), with a doctor's appointment and a flat
    handover as noise."""
    tz = "Europe/Vienna"
    me = user("Eva Lechner", "eva.lechner@example.at", tz, "0676 522 18 43", "de-AT",
              sig="Eva Lechner\n0676 522 18 43")
    koller = Person("Martina Koller", "martina.koller@vs-graz-gries.at", tz, style="webmail",
                    locale="de-AT", msgid_domain="vs-graz-gries.at",
                    sig="Dipl.-Päd. Martina Koller\nKlassenlehrerin 2b\nVolksschule Graz-Gries")
    praxis = Person("Ordination Dr. Pölzl", "ordination@dr-poelzl.at", tz, style="auto",
                    locale="de-AT")
    hv = Person("Hausverwaltung Fuchs", "office@hv-fuchs.at", tz, style="outlook",
                locale="de-AT", region="eurprd05",
                sig="Mag. Bernhard Fuchs\nHausverwaltung Fuchs GmbH\nGriesgasse 12, 8020 Graz\n"
                    "T 0316 555 270")
    c = new_case(
        "intl-21-at-sprechstunde-schule",
        "Graz: a meeting with the child's teacher in interview-like words, a doctor's "
        "appointment and a flat handover; nothing here is the job search",
        "Eva Lechner, a bookkeeper between jobs, asks her son's teacher for a talk; they "
        "meet on Thursday 23 April 2026 at 11:15 in the teacher's office hour; Eva thanks "
        "her that afternoon and the teacher promises to say by Friday 8 May whether the boy "
        "joins a reading group. Noise: a GP appointment confirmation and the handover of "
        "her old flat with the property manager, who promises the deposit by 30 April. now "
        "is Monday 27 April.",
        me, D(2026, 4, 27, 10, 0, tz))

    c.add("a1", me, [koller], "2026-04-17 19:30", T("""
        Liebe Frau Koller,

        Jakob erzählt in letzter Zeit, dass ihm das Lesen im Unterricht schwerfällt, und zu
        Hause mag er kaum mehr ein Buch angreifen. Hätten Sie in den nächsten Tagen Zeit für
        ein kurzes Gespräch?

        Liebe Grüße
        """), subject="Sprechstunde – Jakob Lechner (2b)")
    c.add("a2", koller, [me], "2026-04-20 13:10", T("""
        Liebe Frau Lechner,

        danke für Ihre Nachricht. Gerne können wir uns zu Jakobs Lesefortschritt austauschen:
        Wie wäre es mit Donnerstag, 23. April, um 11:15 Uhr in meiner Sprechstunde
        (Klassenzimmer 2b, 1. Stock)? Wir haben eine Schulstunde Zeit.

        Liebe Grüße
        """), parent="a1")
    c.add("a3", me, [koller], "2026-04-20 14:02", T("""
        Donnerstag um 11:15 passt mir gut, bis dann!
        """), parent="a2")
    c.add("a4", me, [koller], "2026-04-23 15:00", T("""
        Liebe Frau Koller,

        danke nochmals für das Gespräch heute – die Leseübungen mit den Silbenkarten
        probieren wir gleich am Wochenende aus.

        Liebe Grüße
        """), parent="a3")
    c.add("a5", koller, [me], "2026-04-23 17:45", T("""
        Liebe Frau Lechner,

        sehr gerne! Ich gebe Ihnen bis Freitag, 8. Mai, Bescheid, ob Jakob ab Juni in die
        Lesefördergruppe kommt.

        Liebe Grüße
        """), parent="a4")
    appt = D(2026, 4, 24, 8, 40, tz)
    pub = make_ics(method="PUBLISH", uid="termin-%s@dr-poelzl.at" % digest("intl-21", "gp", n=12),
                   stamp=D(2026, 4, 21, 9, 5, tz), start=appt,
                   end=appt + dt.timedelta(minutes=20), tzid="W. Europe Standard Time",
                   summary="Termin Ordination Dr. Pölzl", organizer=praxis,
                   location="Annenstraße 40, 8020 Graz",
                   prodid="-//Ordinationsplaner//Terminservice 3.1//DE")
    c.add("d1", praxis, [me], "2026-04-21 09:05", T("""
        Sehr geehrte Frau Lechner,

        hiermit bestätigen wir Ihren Termin:

        Freitag, 24.04.2026, 08:40 Uhr
        Ordination Dr. Reinhard Pölzl, Allgemeinmedizin, Annenstraße 40, 8020 Graz

        Bitte bringen Sie Ihre e-card mit. Absagen bitte bis spätestens 24 Stunden vorher.

        Ihr Ordinationsteam
        """), subject="Terminbestätigung Fr., 24.04.2026, 08:40 Uhr", headers=AUTO, ics=pub,
          ics_mode="publish")
    c.add("h1", hv, [me], "2026-04-22 16:30", T("""
        Sehr geehrte Frau Lechner,

        danke für die reibungslose Übergabe der Wohnung Top 7 gestern. Wie besprochen
        überweisen wir Ihnen die Kaution nach Abzug der Betriebskosten-Nachzahlung bis
        30. April auf Ihr Konto.

        Mit freundlichen Grüßen
        """), subject="Wohnungsübergabe Griesgasse 12/7 – Kaution")

    c.thread("a1", False, None, "Volksschule Graz-Gries",
             "a talk with the son's teacher Thu 23 Apr 11:15-12:05, thanked by the user; the "
             "teacher's 'bis Freitag, 8. Mai' is school business")
    c.thread("d1", False, None, "Ordination Dr. Pölzl",
             "GP appointment confirmation, Fri 24 Apr 08:40 (ICS PUBLISH)")
    c.thread("h1", False, None, "Hausverwaltung Fuchs GmbH",
             "flat handover Tue 21 Apr; deposit promised by 30 Apr")
    c.meeting("a1", D(2026, 4, 23, 11, 15, tz), D(2026, 4, 23, 12, 5, tz),
              met=[koller.email], job=False, what="parent-teacher talk")
    c.promise("a1", "a5", koller.email, "2026-05-08", job=False)
    c.meeting("d1", appt, appt + dt.timedelta(minutes=20), met=[], job=False,
              what="doctor's appointment")
    c.meeting("h1", D(2026, 4, 21, 16, 0, tz), None, met=[hv.email], job=False,
              what="flat handover")
    c.promise("h1", "h1", hv.email, "2026-04-30", job=False)
    c.forbid("a1", koller.email, "the son's teacher: a parent's talk, not a job interview; "
             "her 'bis Freitag, 8. Mai' is school business (and not yet due)")
    c.forbid("d1", praxis.email, "a doctor's appointment confirmation (automated)")
    c.forbid("h1", hv.email, "the property manager of her old flat: a handover and a "
             "deposit, not job search")
    return c


def v22_ch_vertretung_ohne_adresse():
    """Swiss German (Zürich / Basel). A global company's scheduler confirms in English;
    on the day the interviewer is ill and a colleague whose address appears nowhere takes
    the call; the user should ask the HR coordinator for it."""
    tz = "Europe/Zurich"
    me = user("Nadia Keller", "nadia.keller@example.ch", tz, "079 581 22 46", "de-CH",
              style="gmail", sig="Nadia Keller\n079 581 22 46")
    corinne = Person("Corinne Steiner", "corinne.steiner@rheinfels-pharma.ch", tz,
                     style="outlook", locale="de-CH", region="eurprd03",
                     sig="Corinne Steiner\nHR Coordinator\nRheinfels Pharma AG\n"
                         "Grenzacherstrasse 140, 4058 Basel\nT +41 61 555 43 17")
    goodtime = Person("Rheinfels Pharma Recruiting", "no-reply@goodtime.io", tz, style="auto",
                      auto=True)
    meier = Person("Stefan Meier", "stefan.meier@rheinfels-pharma.ch", tz)
    c = new_case(
        "intl-22-ch-vertretung-ohne-adresse",
        "Zurich/Basel: an English scheduler's confirmation; on the day a colleague with no "
        "address anywhere replaces the sick interviewer; ask HR for it",
        "Nadia Keller, regulatory affairs specialist, is booked by Rheinfels Pharma's HR "
        "coordinator for a Teams interview with the head of regulatory CMC on Thursday 26 "
        "March 2026, 14.00-15.00; the scheduling tool confirms in English. That morning HR "
        "writes that he is ill and 'Frau Dr. Brunner' will take the call; no address for "
        "her appears anywhere. now is Friday morning.",
        me, D(2026, 3, 27, 9, 0, tz))

    c.add("a1", corinne, [me], "2026-03-17 10:20", T("""
        Grüezi Frau Keller

        Vielen Dank für das angenehme Telefonat. Wie besprochen erhalten Sie in Kürze eine
        automatische Terminbestätigung unseres Planungstools – auf Englisch, wir sind ein
        internationales Unternehmen. Das Gespräch führt Herr Stefan Meier, Head of
        Regulatory CMC.

        Freundliche Grüsse
        """), subject="Rheinfels Pharma – Interview Regulatory Affairs Specialist")
    c.add("a2", me, [corinne], "2026-03-17 10:45", T("""
        Grüezi Frau Steiner

        Besten Dank, ich freue mich auf das Gespräch.

        Freundliche Grüsse
        """), parent="a1")
    start, end = D(2026, 3, 26, 14, 0, tz), D(2026, 3, 26, 15, 0, tz)
    ics = make_ics(method="REQUEST", uid=uid_uuid("intl-22", "goodtime"),
                   stamp=D(2026, 3, 17, 10, 31, tz), start=start, end=end,
                   summary="Interview: Nadia Keller – Regulatory Affairs Specialist",
                   organizer=goodtime,
                   attendees=[(meier, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Microsoft Teams",
                   description="Interviewer: Stefan Meier, Head of Regulatory CMC. Join via "
                               "the Teams link in your confirmation e-mail.",
                   prodid="-//GoodTime//Interview Scheduling//EN")
    c.add("b1", goodtime, [me], "2026-03-17 10:31", T("""
        Hi Nadia,

        Your interview for Regulatory Affairs Specialist (Req. 2026-0311) at Rheinfels
        Pharma is confirmed.

        When: Thursday, March 26, 2026, 14:00 – 15:00 (Central European Time – Zurich)
        Where: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_RhP26
        Interviewer: Stefan Meier, Head of Regulatory CMC (stefan.meier@rheinfels-pharma.ch)

        Need to reschedule? Please contact your recruiting coordinator.

        This message was sent by GoodTime on behalf of Rheinfels Pharma. Please do not reply.
        """), subject="Interview Confirmation: Regulatory Affairs Specialist – Rheinfels "
                      "Pharma",
          ics=ics, ics_mode="attach", headers=AUTO)
    c.add("a3", corinne, [me], "2026-03-26 11:05", T("""
        Grüezi Frau Keller

        Leider ist Herr Meier heute krank. Damit Sie den Termin nicht verlieren, übernimmt
        Frau Dr. Brunner aus seinem Team das Gespräch um 14.00 Uhr, gleicher Teams-Link. Sie
        kennt die Stelle bestens.

        Freundliche Grüsse
        """), parent="a2")
    c.add("a4", me, [corinne], "2026-03-26 11:20", T("""
        Grüezi Frau Steiner

        Alles klar, danke für die Info. Gute Besserung an Herrn Meier!

        Freundliche Grüsse
        """), parent="a3")

    c.thread("a1", True, "interview", "Rheinfels Pharma AG",
             "HR coordinator's thread; on Thu 26 Mar she announces Frau Dr. Brunner (no "
             "address anywhere) in place of the sick Stefan Meier; the user's last mail to "
             "her was before the interview")
    c.thread("b1", True, "interview", "Rheinfels Pharma AG",
             "GoodTime confirmation in English: Thu 26 Mar 14:00-15:00, interviewer Stefan "
             "Meier")
    c.meeting("a1", start, end, met=[], unknown=["Dr. Brunner"], arranged_by=corinne.email)
    c.expect("ask_for_address", "a1", corinne.email,
             "Dr. Brunner took the interview of Thu 26 Mar 14:00-15:00 but her address is "
             "nowhere; Corinne arranged it and has not been written to since; due since "
             "17:00")
    c.forbid("b1", meier.email, "the scheduled interviewer was ill; Dr. Brunner took the "
             "call in his place")
    c.forbid("b1", goodtime.email, "automated scheduler sender and ICS organizer")
    return c


def v23_ch_informationsgespraech():
    """Swiss German (Bern). An informational phone call set up by a professor, thanked the
    same morning; the contact's later mail with a link resets the clock; the first
    networking touch falls due two weeks after it; a colleague she names was never met."""
    tz = "Europe/Zurich"
    me = user("Simon Gerber", "simon.gerber@example.ch", tz, "076 334 90 12", "de-CH",
              sig="Simon Gerber\nNatel 076 334 90 12")
    ursula = Person("Ursula Baumann", "ursula.baumann@fh-aare.ch", tz, style="outlook",
                    locale="de-CH", region="eurprd03",
                    sig="Prof. Dr. Ursula Baumann\nFachhochschule Aare | Institut für Energie "
                        "und Umwelt")
    andrea = Person("Andrea Wyss", "andrea.wyss@aarekraft.ch", tz, style="outlook",
                    locale="de-CH", region="eurprd03",
                    sig="Andrea Wyss\nLeiterin Nachhaltigkeit\nAarekraft AG\n"
                        "Viktoriaplatz 2, 3013 Bern\nT +41 31 555 72 40")
    reto = "reto.gasser@aarekraft.ch"
    c = new_case(
        "intl-23-ch-informationsgespraech",
        "Bern: an informational call thanked the same day; the contact's later mail resets "
        "the clock; the first networking touch is due two weeks after it",
        "Simon Gerber, finishing a master's in sustainable energy management, is introduced "
        "by his professor to the head of sustainability at Aarekraft. They talk on the phone "
        "on Friday 6 March 2026 at 8.00 for half an hour; he thanks her that morning; on "
        "Monday 9 March she sends him a guide and names a colleague. now is Tuesday 24 "
        "March.",
        me, D(2026, 3, 24, 14, 0, tz))

    c.add("a1", ursula, [andrea], "2026-03-02 08:50", T("""
        Liebe Andrea

        Wie am Alumni-Anlass angekündigt, stelle ich dir Simon Gerber vor (in Kopie), der bei
        uns gerade den MAS in nachhaltigem Energiemanagement abschliesst. Er möchte sich ein
        Bild davon machen, wie ein Energieversorger die Nachhaltigkeitsberichterstattung
        konkret organisiert – ich habe ihm gesagt, dass du dafür die Richtige bist.

        Herzliche Grüsse
        Ursula
        """), subject="Kontakt: Simon Gerber (MAS Nachhaltigkeit)", cc=[me])
    c.add("a2", andrea, [me], "2026-03-02 13:15", T("""
        Grüezi Herr Gerber

        Sehr gerne. Wie wäre ein Telefonat am Freitag, 6. März, um 8.00 Uhr? Eine halbe
        Stunde sollte reichen. Sie erreichen mich unter 031 555 72 40.

        Freundliche Grüsse
        """), parent="a1", cc=[ursula])
    c.add("a3", me, [andrea], "2026-03-02 14:00", T("""
        Grüezi Frau Wyss

        Freitag, 8.00 Uhr passt bestens, ich rufe Sie an. Und herzlichen Dank, Ursula, für
        die Vermittlung!

        Freundliche Grüsse
        """), parent="a2", cc=[ursula])
    c.add("a4", me, [andrea], "2026-03-06 10:30", T("""
        Grüezi Frau Wyss

        Herzlichen Dank für das aufschlussreiche Gespräch heute Morgen. Besonders Ihr Hinweis,
        dass die ESRS-Datenpunkte bei Aarekraft direkt aus dem Anlagen-Monitoring kommen,
        hat mir gezeigt, wo ich mein Profil noch schärfen muss.

        Freundliche Grüsse
        """), parent="a3")
    c.add("a5", andrea, [me], "2026-03-09 16:40", T("""
        Grüezi Herr Gerber

        Gern geschehen. Hier noch der Link zum Branchenleitfaden, von dem ich sprach:
        https://www.strom-leitfaden.ch/nachhaltigkeit/esrs-2025.pdf

        Mein Kollege Reto Gasser (reto.gasser@aarekraft.ch) betreut bei uns die
        Klimabilanz; er könnte für Sie auch interessant sein.

        Viel Erfolg beim Abschluss!
        Freundliche Grüsse
        """), parent="a4")

    c.thread("a1", True, "networking", "Aarekraft AG",
             "introduction by a professor; phone call Fri 6 Mar 8:00-8:30, thanked at 10:30; "
             "Andrea's mail of Mon 9 Mar is the last exchange; she names Reto Gasser")
    c.meeting("a1", D(2026, 3, 6, 8, 0, tz), D(2026, 3, 6, 8, 30, tz), met=[andrea.email],
              thanks={andrea.email: "a4"}, networking=True)
    c.expect("networking", "a1", andrea.email,
             "informational call Fri 6 Mar, thanked the same morning; her mail of Mon 9 Mar "
             "was the last exchange; the first touch fell due at the start of Tue 24 Mar")
    c.forbid("a1", reto, "a colleague she suggested; never met, so neither a thank-you nor "
             "a touch is owed")
    c.forbid("a1", ursula.email, "the professor who introduced them; not on the call")
    return c


def v24_at_krank_abgesagt():
    """Austria (Linz). The user calls off the interview at dawn on the day, ill; HR
    cancels the Outlook meeting and will find a new date 'sobald' (no day named); an
    employer's online information evening for 120 people as noise."""
    tz = "Europe/Vienna"
    me = user("Florian Eder", "florian.eder@example.at", tz, "0699 1724 5583", "de-AT",
              sig="Florian Eder\nTel. 0699 1724 5583")
    verena = Person("Verena Mayr", "verena.mayr@traunstahl.at", tz, style="outlook",
                    locale="de-AT", region="eurprd05",
                    sig="Mag. (FH) Verena Mayr\nPersonalentwicklung & Recruiting\n"
                        "Traunstahl GmbH\nIndustriezeile 88, 4020 Linz\nT +43 732 555 61-140")
    harald = Person("DI Harald Wimmer", "harald.wimmer@traunstahl.at", tz, style="outlook")
    julia = Person("Julia Reiter", "julia.reiter@donautal-chemie.at", tz, style="outlook",
                   locale="de-AT", region="eurprd05",
                   sig="Julia Reiter\nEmployer Branding | Donautal Chemie AG")
    c = new_case(
        "intl-24-at-krank-abgesagt",
        "Linz: the user cancels the interview on the morning itself because he is ill; an "
        "Outlook cancellation follows; an online information evening owes nothing",
        "Florian Eder, maintenance planner, has an interview at Traunstahl on Tuesday 21 "
        "April 2026 at 10:00. At 06:52 he writes that he has a high fever; HR wishes him a "
        "quick recovery, cancels the meeting and will propose a date once the manager's "
        "calendar allows. The week before he attended an employer's online information "
        "evening with 120 others. now is Thursday 23 April.",
        me, D(2026, 4, 23, 10, 0, tz))

    start, end = D(2026, 4, 21, 10, 0, tz), D(2026, 4, 21, 11, 0, tz)
    uid = uid_outlook("intl-24", "gespraech")
    desc = T("""
        Sehr geehrter Herr Eder,

        wie telefonisch vereinbart, lade ich Sie zum Bewerbungsgespräch mit Herrn DI Harald
        Wimmer, Leiter Instandhaltung, und mir ein. Treffpunkt ist der Portier bei Tor 3,
        Industriezeile 88, 4020 Linz. Bitte planen Sie eine Stunde ein.

        Mit freundlichen Grüßen
        Verena Mayr
        """)
    ics = make_ics(method="REQUEST", uid=uid, stamp=D(2026, 4, 15, 9, 0, tz), start=start,
                   end=end, tzid="W. Europe Standard Time", prodid=OUTLOOK,
                   summary="Bewerbungsgespräch Instandhaltungsplaner – Hr. Eder",
                   organizer=verena,
                   attendees=[(harald, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Traunstahl, Tor 3, Industriezeile 88, 4020 Linz", description=desc)
    c.add("a1", verena, [me], "2026-04-15 09:00", desc,
          subject="Bewerbungsgespräch Instandhaltungsplaner – Hr. Eder", cc=[harald], ics=ics,
          ics_mode="outlook", sig=False)
    c.add("a2", me, [verena], "2026-04-21 06:52", T("""
        Sehr geehrte Frau Mag. Mayr,

        es tut mir sehr leid, aber ich muss den heutigen Termin absagen: Ich habe seit gestern
        Abend hohes Fieber und liege flach, der Arzt hat mich bis Donnerstag krankgeschrieben.
        Ich möchte Herrn DI Wimmer weder anstecken noch in diesem Zustand ins Gespräch gehen.

        Wäre es möglich, einen neuen Termin zu finden? Ab nächster Woche bin ich jederzeit
        verfügbar.

        Mit freundlichen Grüßen
        Florian Eder
        Gesendet von meinem Smartphone
        """), parent="a1", sig=False)
    c.add("a3", verena, [me], "2026-04-21 08:10", T("""
        Sehr geehrter Herr Eder,

        danke für Ihre rasche Nachricht – gute Besserung! Ich kläre mit Herrn DI Wimmer
        einen Ersatztermin ab und melde mich, sobald ich seinen Kalender kenne. Er ist
        allerdings in den nächsten Wochen viel auf Montage.

        Mit freundlichen Grüßen
        """), parent="a2")
    cancel = make_ics(method="CANCEL", uid=uid, stamp=D(2026, 4, 21, 8, 12, tz), start=start,
                      end=end, tzid="W. Europe Standard Time", prodid=OUTLOOK,
                      summary="Bewerbungsgespräch Instandhaltungsplaner – Hr. Eder",
                      organizer=verena,
                      attendees=[(harald, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "ACCEPTED", "INDIVIDUAL")],
                      sequence=1, status="CANCELLED")
    c.add("b1", verena, [me], "2026-04-21 08:12", T("""
        Der Termin entfällt krankheitsbedingt, ein neuer Termin folgt.
        """), subject="Abgesagt: Bewerbungsgespräch Instandhaltungsplaner – Hr. Eder",
          cc=[harald], ics=cancel, ics_mode="outlook", sig=False)
    c.add("w1", julia, [me], "2026-04-17 09:30", T("""
        Sehr geehrter Herr Eder,

        danke, dass Sie gestern bei unserer Online-Infoveranstaltung zum Traineeprogramm
        Technik 2026 dabei waren – gemeinsam mit rund 120 Interessierten. Die Präsentation
        finden Sie im Anhang, die Bewerbungsfrist läuft bis 31. Mai.

        Mit freundlichen Grüßen
        """), subject="Ihre Teilnahme: Online-Infoveranstaltung Traineeprogramm Technik 2026",
          attachments=[("Traineeprogramm_Technik_2026.pdf", "application/pdf",
                        make_pdf(["Traineeprogramm Technik 2026", "Donautal Chemie AG",
                                  "Bewerbungsfrist: 31. Mai 2026"]))])

    c.thread("a1", True, "interview", "Traunstahl GmbH",
             "interview Tue 21 Apr 10:00 with DI Wimmer and Mag. Mayr; the user cancelled "
             "at 06:52 (fever); a new date 'sobald' his calendar allows, no day named")
    c.thread("b1", True, "interview", "Traunstahl GmbH",
             "Outlook cancellation, Tue 21 Apr 08:12")
    c.thread("w1", True, "networking", "Donautal Chemie AG",
             "online information evening Thu 16 Apr 17:00 with about 120 attendees; the "
             "host's follow-up with the slides")
    c.meeting("a1", start, end, met=[harald.email, verena.email], status="cancelled")
    c.meeting("w1", D(2026, 4, 16, 17, 0, tz), D(2026, 4, 16, 18, 0, tz), met=[],
              what="online information evening, no one met one-to-one")
    c.forbid("a1", harald.email, "the user called in sick that morning; the interview did "
             "not take place and no new date is set")
    c.forbid("a1", verena.email, "she cancelled the meeting and will come back 'sobald' the "
             "manager's calendar allows: no day or window named")
    c.forbid("w1", julia.email, "an online information evening for about 120 people: a "
             "group event with no one met one-to-one; nothing owed")
    return c


# ==========================================================================
# Portuguese
# ==========================================================================

def v25_br_so_o_convite():
    """Brazil (São Paulo). Held as planned, known only from an ATS scheduling notice that
    names the interviewer and her address; nothing after."""
    tz = "America/Sao_Paulo"
    me = user("Rafael Nogueira", "rafael.nogueira@example.com.br", tz, "(11) 98734-5521",
              "pt-BR", style="gmail", sig="Rafael Nogueira\n(11) 98734-5521")
    gupy = Person("Cacau Paulista via Gupy", "no-reply@gupy.io", tz, style="auto", auto=True,
                  locale="pt-BR")
    patricia = "patricia.albuquerque@cacaupaulista.com.br"
    banco = Person("Banco Ipê", "nao-responda@bancoipe.com.br", tz, style="auto", auto=True,
                   locale="pt-BR")
    c = new_case(
        "intl-25-br-so-o-convite",
        "São Paulo: an interview known only from the ATS notice naming the interviewer; "
        "nothing after it, so it took place and is owed a thank-you",
        "Rafael Nogueira, controller, gets an automatic scheduling notice from the ATS: an "
        "online interview with Cacau Paulista's head of controlling on Tuesday 10 March 2026, "
        "14h-15h (horário de Brasília), her address in the text. Nothing follows. now is "
        "Wednesday morning.",
        me, D(2026, 3, 11, 9, 30, tz))

    start, end = D(2026, 3, 10, 14, 0, tz), D(2026, 3, 10, 15, 0, tz)
    text = T("""
        Olá, Rafael!

        Sua entrevista com a Cacau Paulista foi agendada.

        Vaga: Analista de Controladoria Pleno
        Data: terça-feira, 10/03/2026
        Horário: 14h00 às 15h00 (horário de Brasília)
        Formato: online – Google Meet
        Link: https://meet.google.com/cpa-rtxq-mvz
        Entrevistadora: Patrícia Albuquerque – Gerente de Controladoria
        (patricia.albuquerque@cacaupaulista.com.br)

        Em caso de imprevisto, fale diretamente com a pessoa entrevistadora pelo e-mail acima.

        Boa sorte!
        Esta é uma mensagem automática, por favor não responda.
        """)
    ics = make_ics(method="REQUEST", uid=uid_uuid("intl-25", "gupy"),
                   stamp=D(2026, 3, 5, 16, 40, tz), start=start, end=end,
                   tzid="America/Sao_Paulo",
                   summary="Entrevista – Analista de Controladoria Pleno | Cacau Paulista",
                   organizer=gupy, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://meet.google.com/cpa-rtxq-mvz",
                   description="Entrevistadora: Patrícia Albuquerque "
                               "(patricia.albuquerque@cacaupaulista.com.br)",
                   prodid="-//Gupy//Agendamento//PT")
    c.add("a1", gupy, [me], "2026-03-05 16:40", text,
          subject="Entrevista agendada – Analista de Controladoria Pleno | Cacau Paulista",
          html=html_of(text), ics=ics, ics_mode="attach", headers=AUTO)
    c.add("n1", banco, [me], "2026-03-08 07:00", T("""
        Olá, Rafael.

        A fatura do seu cartão Ipê Platinum final 4471 já está disponível.
        Valor: R$ 1.284,37 – Vencimento: 15/03/2026

        Pague pelo app ou pelo código de barras no PDF.

        Banco Ipê – mensagem automática, não responda.
        """), subject="Sua fatura de março está disponível", headers=AUTO,
          html=html_of("A fatura do seu cartão Ipê Platinum final 4471 já está disponível."))

    c.thread("a1", True, "interview", "Cacau Paulista",
             "ATS notice only: online interview Tue 10 Mar 14:00-15:00 with Patrícia "
             "Albuquerque (address in the text); nothing after")
    c.thread("n1", False, None, "Banco Ipê", "credit card statement")
    c.meeting("a1", start, end, met=[patricia])
    c.expect("thank_you", "a1", patricia,
             "the interview of Tue 10 Mar 14:00-15:00 was booked and nothing called it off; "
             "not thanked; due since 17:00, overdue at 15:00 today")
    c.forbid("a1", gupy.email, "automated ATS sender (no-reply) and ICS organizer")
    return c


def v26_br_cafe_agradeceu_antes():
    """Brazil (Belo Horizonte). A networking coffee through a friend; the user's only
    'obrigada' went the evening before the coffee, so the thank-you is still owed."""
    tz = "America/Sao_Paulo"
    me = user("Bianca Moreira", "bianca.moreira@example.com.br", tz, "(31) 99641-2087",
              "pt-BR", sig="Bianca Moreira\nUX Designer\n(31) 99641-2087")
    thiago = Person("Thiago Lessa", "thiago.lessa@example.com", tz, style="gmail",
                    locale="pt-BR")
    camila = Person("Camila Duarte", "camila.duarte@serraazul.tech", tz, style="gmail",
                    locale="pt-BR", sig="Camila Duarte\nHead de Design · Serra Azul")
    c = new_case(
        "intl-26-br-cafe-agradeceu-antes",
        "Belo Horizonte: a networking coffee where the only thanks was sent the evening "
        "before; after it nothing, so the thank-you is owed",
        "Bianca Moreira, UX designer moving from an agency to product, is introduced by a "
        "friend to Serra Azul's head of design. They meet for coffee on Thursday 7 May 2026 "
        "at 8h30 in Savassi; the evening before, Bianca confirms and thanks her 'desde "
        "já'. Nothing is written after the coffee. now is Friday afternoon.",
        me, D(2026, 5, 8, 14, 0, tz))

    c.add("a1", thiago, [camila], "2026-05-04 11:20", T("""
        Oi Camila! Tudo bem?

        Queria te apresentar a Bianca (em cópia), que trabalhou comigo na agência por três
        anos e é uma das melhores designers que conheço. Ela tá querendo migrar pra produto
        e eu lembrei na hora de você.

        Bianca, a Camila lidera o time de design da Serra Azul. Deixo vocês duas se falarem!

        Abs,
        Thiago
        """), subject="Apresentando: Bianca (UX) ↔ Camila (Serra Azul)", cc=[me])
    c.add("a2", camila, [thiago, me], "2026-05-04 15:02", T("""
        Oi Thiago, obrigada pela ponte!

        Bianca, prazer! Topa um café na quinta (7), às 8h30, no Café com Letras da Savassi?
        Tenho até umas 9h30.
        """), parent="a1")
    c.add("a3", me, [camila, thiago], "2026-05-04 15:30", T("""
        Oi Camila, topo sim! Quinta às 8h30 no Café com Letras.
        Valeu, Thiago!
        """), parent="a2")
    c.add("a4", me, [camila], "2026-05-06 21:10", T("""
        Oi Camila, só confirmando amanhã às 8h30. Obrigada desde já por topar esse café, sei
        que sua agenda é corrida!
        """), parent="a3")
    c.add("a5", camila, [me], "2026-05-06 21:40", T("""
        Confirmadíssimo! Até amanhã 😊
        """), parent="a4", sig=False)

    c.thread("a1", True, "networking", "Serra Azul",
             "introduction by a friend; coffee Thu 7 May 8:30-9:30; the only thanks was sent "
             "the evening before; nothing after")
    start = D(2026, 5, 7, 8, 30, tz)
    c.meeting("a1", start, start + dt.timedelta(hours=1), met=[camila.email], networking=True)
    c.expect("thank_you", "a1", camila.email,
             "networking coffee Thu 7 May 8:30-9:30 took place; the 'obrigada desde já' of "
             "Wed evening came before it and does not count; overdue since Fri 09:30")
    c.forbid("a1", thiago.email, "the friend who introduced them; not at the coffee")
    return c


def v27_br_remarcada_e_recusa():
    """Brazil (Porto Alegre). Moved in words ('Quinta às 15h funciona'); held; the
    recruiter promises news 'até terça (24)' and sends a rejection first; the interviewer
    was never thanked, so the thank-you stays owed."""
    tz = "America/Sao_Paulo"
    me = user("Gustavo Becker", "gustavo.becker@example.com.br", tz, "(51) 99218-7740",
              "pt-BR", style="gmail", sig="Gustavo Becker\n(51) 99218-7740")
    aline = Person("Aline Schmitt", "aline.schmitt@minuanologistica.com.br", tz,
                   style="gmail", locale="pt-BR",
                   sig="Aline Schmitt\nTech Recruiter · Minuano Logística")
    eduardo = Person("Eduardo Kunz", "eduardo.kunz@minuanologistica.com.br", tz,
                     style="outlook", locale="pt-BR", region="namprd13",
                     sig="Eduardo Kunz\nCoordenador de TI\nMinuano Logística\n"
                         "(51) 3555-0920")
    c = new_case(
        "intl-27-br-remarcada-e-recusa",
        "Porto Alegre: a technical interview moved in words and held; a rejection ends the "
        "recruiter's promise but not the thank-you owed to the interviewer",
        "Gustavo Becker, back-end developer, is booked for a technical interview at Minuano "
        "Logística on Tuesday 17 March 2026 at 10h; the IT coordinator moves it to Thursday "
        "19 at 15h and it takes place. The recruiter, who was not in it, promises news by "
        "Tuesday 24 and rejects him on Friday 20. He never thanked the coordinator. now is "
        "Monday 23 March.",
        me, D(2026, 3, 23, 10, 0, tz))

    c.add("a1", aline, [me], "2026-03-10 10:00", T("""
        Oi Gustavo, tudo bem?

        Conforme conversamos, a entrevista técnica com o Eduardo Kunz
        (eduardo.kunz@minuanologistica.com.br), coordenador de TI, ficou para terça-feira que
        vem, 17/03, às 10h, online. O Eduardo vai te mandar o link do Teams. Eu não participo
        dessa etapa.

        Qualquer coisa, me chama!
        Abs,
        """), subject="Minuano | Entrevista técnica – Desenvolvedor Back-end")
    c.add("a2", me, [aline], "2026-03-10 10:25", T("""
        Oi Aline, combinado! Terça 17 às 10h.
        """), parent="a1")
    c.add("a3", eduardo, [me], "2026-03-16 17:45", T("""
        Olá Gustavo, tudo certo?

        Surgiu uma reunião de diretoria amanhã de manhã que não consigo remarcar. Podemos
        passar nossa conversa para quinta-feira (19) às 15h? Mesmo link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ2ZmNiYjQt
        """), parent="a2", cc=[aline])
    c.add("a4", me, [eduardo], "2026-03-16 18:02", T("""
        Olá Eduardo! Quinta às 15h funciona, sem problemas.
        """), parent="a3", cc=[aline])
    c.add("a5", aline, [me], "2026-03-19 17:10", T("""
        Oi Gustavo! O Eduardo comentou que a conversa foi ótima. Estamos fechando as
        entrevistas esta semana e te dou um retorno até terça (24).
        """), parent="a4")
    c.add("a6", aline, [me], "2026-03-20 16:30", T("""
        Oi Gustavo, tudo bem?

        Passando pra te dar um retorno antes do combinado: o Eduardo gostou muito da sua
        conversa, mas optamos por seguir com outro candidato que já trabalhou com o nosso
        ERP. Sei que não é a notícia que você esperava.

        Vou manter seu perfil no nosso banco de talentos e te chamo se abrir outra vaga
        parecida.

        Abs,
        """), parent="a5")

    c.thread("a1", True, "rejection", "Minuano Logística",
             "technical interview Tue 17 Mar 10:00 moved in words to Thu 19 Mar 15:00 and "
             "held; Aline's 'retorno até terça (24)' ended by her rejection Fri 20 Mar; "
             "Eduardo never thanked")
    c.meeting("a1", D(2026, 3, 17, 10, 0, tz), None, met=[eduardo.email], status="moved")
    c.meeting("a1", D(2026, 3, 19, 15, 0, tz), None, met=[eduardo.email])
    c.promise("a1", "a5", aline.email, "2026-03-24", ended_by="a6")
    c.expect("thank_you", "a1", eduardo.email,
             "the interview moved to Thu 19 Mar 15:00 took place; never thanked; the "
             "rejection of Fri 20 Mar does not cancel a thank-you owed; overdue since Fri "
             "16:00")
    c.forbid("a1", aline.email, "her 'retorno até terça (24)' was ended by her rejection on "
             "Fri 20 Mar; she was not in the interview")
    return c


def v28_br_painel_nota_conjunta():
    """Brazil (Recife). A panel of three in a Google invitation: one invited director did
    not come, the two present are thanked by one joint note; the recruiter who booked it
    did not take part."""
    tz = "America/Recife"
    me = user("Larissa Cavalcanti", "larissa.cavalcanti@example.com.br", tz,
              "(81) 99873-1046", "pt-BR", sig="Larissa Cavalcanti\n(81) 99873-1046")
    priscila = Person("Priscila Barros", "priscila.barros@marealtaseguros.com.br", tz,
                      style="gcal", locale="pt-BR")
    henrique = Person("Henrique Tavares", "henrique.tavares@marealtaseguros.com.br", tz,
                      style="gmail", locale="pt-BR",
                      sig="Henrique Tavares\nGerente de Produto · Maré Alta Seguros")
    debora = Person("Débora Lins", "debora.lins@marealtaseguros.com.br", tz)
    renato = Person("Renato Freitas", "renato.freitas@marealtaseguros.com.br", tz)
    c = new_case(
        "intl-28-br-painel-nota-conjunta",
        "Recife: a panel where one invited director did not come; the two present are "
        "thanked by one joint note; the recruiter did not take part",
        "Larissa Cavalcanti, product owner, is invited by Maré Alta Seguros's recruiter to a "
        "panel on Wednesday 22 April 2026, 10h-11h30, with the product manager, the tech "
        "lead and the operations director. The director is held up in a board meeting. "
        "That afternoon Larissa thanks the two who were there in one note; the product "
        "manager answers. now is Friday 24 April.",
        me, D(2026, 4, 24, 10, 0, tz))

    start, end = D(2026, 4, 22, 10, 0, tz), D(2026, 4, 22, 11, 30, tz)
    desc = ("Painel com Henrique Tavares (Produto), Débora Lins (Tecnologia) e Renato Freitas "
            "(Operações). Endereço: Rua da Aurora, 325 – 9º andar, Boa Vista, Recife. A "
            "Priscila não participa da entrevista; na recepção, procure pela Débora.")
    ics = make_ics(method="REQUEST", uid=uid_google("intl-28", "painel"),
                   stamp=D(2026, 4, 17, 10, 30, tz), start=start, end=end,
                   tzid="America/Recife",
                   summary="Entrevista | Larissa Cavalcanti – Product Owner",
                   organizer=priscila,
                   attendees=[(priscila, "ACCEPTED", "INDIVIDUAL"),
                              (henrique, "ACCEPTED", "INDIVIDUAL"),
                              (debora, "ACCEPTED", "INDIVIDUAL"),
                              (renato, "TENTATIVE", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Rua da Aurora, 325 – 9º andar, Boa Vista, Recife",
                   description=desc)
    c.add("a1", priscila, [me], "2026-04-17 10:30", T("""
        Você foi convidado para o seguinte evento.

        Entrevista | Larissa Cavalcanti – Product Owner
        Quando      quarta-feira, 22 de abril de 2026 ⋅ 10:00 – 11:30 (Horário Padrão de Brasília)
        Onde        Rua da Aurora, 325 – 9º andar, Boa Vista, Recife
        Convidados  Priscila Barros - organizador
                    henrique.tavares@marealtaseguros.com.br
                    debora.lins@marealtaseguros.com.br
                    renato.freitas@marealtaseguros.com.br
                    larissa.cavalcanti@example.com.br

        Painel com Henrique Tavares (Produto), Débora Lins (Tecnologia) e Renato Freitas
        (Operações). A Priscila não participa da entrevista; na recepção, procure pela Débora.

        Convite do Google Agenda
        """), subject="Convite: Entrevista | Larissa Cavalcanti – Product Owner @ qua. 22 de "
                      "abr. de 2026 10:00 - 11:30 (BRT) (larissa.cavalcanti@example.com.br)",
          ics=ics, headers=GCAL)
    c.add("b1", me, [henrique, debora], "2026-04-22 16:20", T("""
        Olá, Henrique e Débora,

        Obrigada pela conversa desta manhã e pelo tempo que vocês dedicaram a me apresentar
        o produto de seguro residencial. Saí de lá ainda mais animada com a vaga:

        - conduzi a discovery de um app de sinistros com 200 mil usuários;
        - trabalho há três anos com times de squad como o de vocês;
        - conheço bem a regulação da SUSEP para produtos digitais.

        Pena que o Renato não conseguiu participar; fico à disposição caso ele queira
        conversar depois.

        Um abraço,
        """), subject="Obrigada pela conversa de hoje")
    c.add("b2", henrique, [me], "2026-04-22 17:05", T("""
        Larissa, nós que agradecemos! O Renato ficou preso numa reunião de diretoria e pediu
        desculpas. A Priscila vai te dar notícias sobre a próxima etapa.

        Abraço,
        """), parent="b1")

    c.thread("a1", True, "interview", "Maré Alta Seguros",
             "Google Calendar invitation: panel Wed 22 Apr 10:00-11:30 with Henrique, Débora "
             "and Renato (Renato did not come); Priscila organised it and did not take part")
    c.thread("b1", True, "interview", "Maré Alta Seguros",
             "one thank-you note to Henrique and Débora together, and Henrique's reply")
    c.meeting("a1", start, end, met=[henrique.email, debora.email],
              thanks={henrique.email: "b1", debora.email: "b1"})
    c.forbid("a1", henrique.email, "thanked by the joint note of Wed 22 Apr 16:20 to him and "
             "Débora (one note satisfies each; the lint may flag it)")
    c.forbid("a1", debora.email, "thanked by the same joint note")
    c.forbid("a1", renato.email, "invited, but held up in a board meeting: he was not there")
    c.forbid("a1", priscila.email, "the recruiter organised it and did not take part; no "
             "dated promise")
    return c


def v29_pt_cancelada_reagendar():
    """Portugal (Lisboa). An Outlook cancellation in its own thread the day before, then
    HR's apology promising to reschedule 'até ao final da próxima semana'; nothing came."""
    tz = "Europe/Lisbon"
    me = user("Joana Rebelo", "joana.rebelo@example.pt", tz, "913 482 056", "pt-PT",
              style="gmail", sig="Joana Rebelo\nTlm. 913 482 056")
    sofia = Person("Sofia Antunes", "sofia.antunes@tejocapital.pt", tz, style="outlook",
                   locale="pt-PT", region="eurprd01",
                   sig="Sofia Antunes\nTécnica de Recursos Humanos\nTejo Capital Partners\n"
                       "Av. da Liberdade, 190 – 4.º, 1250-147 Lisboa\nT. +351 21 555 0362")
    paulo = Person("Paulo Mendonça", "paulo.mendonca@tejocapital.pt", tz, style="outlook")
    c = new_case(
        "intl-29-pt-cancelada-reagendar",
        "Lisbon: interview cancelled the day before (Outlook cancellation in its own "
        "thread); HR's promise to reschedule by the end of next week lapsed",
        "Joana Rebelo, investment analyst, is invited to Tejo Capital Partners for Tuesday 3 "
        "March 2026 at 10h00 with the CFO. On Monday morning an Outlook cancellation "
        "arrives, then HR apologises: the CFO must be in Porto; they will be in touch to "
        "reschedule 'até ao final da próxima semana'. Nothing more comes. now is Thursday "
        "19 March.",
        me, D(2026, 3, 19, 10, 0, tz))

    start, end = D(2026, 3, 3, 10, 0, tz), D(2026, 3, 3, 11, 0, tz)
    uid = uid_outlook("intl-29", "entrevista")
    desc = T("""
        Cara Joana,

        Na sequência da nossa conversa telefónica, envio o convite para a entrevista com o
        Dr. Paulo Mendonça, Diretor Financeiro, na terça-feira, dia 3 de março, às 10h00,
        nas nossas instalações (Av. da Liberdade, 190 – 4.º andar).

        Com os melhores cumprimentos,
        Sofia Antunes
        """)
    ics = make_ics(method="REQUEST", uid=uid, stamp=D(2026, 2, 25, 15, 30, tz), start=start,
                   end=end, tzid="GMT Standard Time", prodid=OUTLOOK,
                   summary="Entrevista – Analista de Investimentos – Joana Rebelo",
                   organizer=sofia,
                   attendees=[(paulo, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Sala Tejo", "sala.tejo@tejocapital.pt"), "ACCEPTED", "ROOM")],
                   location="Sala Tejo, Av. da Liberdade, 190 – 4.º", description=desc)
    c.add("a1", sofia, [me], "2026-02-25 15:30", desc,
          subject="Entrevista – Analista de Investimentos – Joana Rebelo", cc=[paulo],
          ics=ics, ics_mode="outlook", sig=False)
    cancel = make_ics(method="CANCEL", uid=uid, stamp=D(2026, 3, 2, 9, 10, tz), start=start,
                      end=end, tzid="GMT Standard Time", prodid=OUTLOOK,
                      summary="Entrevista – Analista de Investimentos – Joana Rebelo",
                      organizer=sofia,
                      attendees=[(paulo, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "ACCEPTED", "INDIVIDUAL")],
                      sequence=1, status="CANCELLED")
    c.add("b1", sofia, [me], "2026-03-02 09:10", T("""
        Esta reunião foi cancelada.
        """), subject="Cancelado: Entrevista – Analista de Investimentos – Joana Rebelo",
          cc=[paulo], ics=cancel, ics_mode="outlook", sig=False)
    c.add("a2", sofia, [me], "2026-03-02 09:40", T("""
        Cara Joana,

        Terá recebido há pouco o cancelamento da entrevista de amanhã; peço desculpa pela
        forma abrupta. Por motivos internos, o Dr. Paulo Mendonça teve de se deslocar ao
        Porto esta semana e não conseguimos manter a data. Entraremos em contacto até ao
        final da próxima semana para reagendar.

        Com os melhores cumprimentos,
        """), parent="a1")
    c.add("a3", me, [sofia], "2026-03-02 10:05", T("""
        Cara Dra. Sofia Antunes,

        Compreendo perfeitamente. Fico a aguardar o vosso contacto.

        Com os melhores cumprimentos,
        """), parent="a2")

    c.thread("a1", True, "interview", "Tejo Capital Partners",
             "interview Tue 3 Mar 10:00 with Dr. Paulo Mendonça, cancelled Mon 2 Mar; "
             "'entraremos em contacto até ao final da próxima semana' (Fri 13 Mar) lapsed")
    c.thread("b1", True, "interview", "Tejo Capital Partners",
             "Outlook cancellation, Mon 2 Mar 09:10")
    c.meeting("a1", start, end, met=[paulo.email], status="cancelled")
    c.promise("a1", "a2", sofia.email, "2026-03-13")
    c.expect("callback", "a1", sofia.email,
             "'entraremos em contacto até ao final da próxima semana para reagendar' (said "
             "Mon 2 Mar: Fri 13 Mar); nothing since; due from Wed 18 Mar 00:00",
             promised="2026-03-13")
    c.forbid("a1", paulo.email, "the interview was cancelled the day before; it never took "
             "place")
    return c


def v30_pt_entrevistadores_sem_email():
    """Portugal (Porto / Famalicão). An agency consultant arranges an interview at her
    client; the two interviewers are named with titles but no address appears anywhere;
    she was not there; the user should ask her for their addresses."""
    tz = "Europe/Lisbon"
    me = user("Ricardo Sousa Pinto", "ricardo.spinto@example.pt", tz, "936 215 840", "pt-PT",
              sig="Ricardo Sousa Pinto\nTelemóvel: 936 215 840")
    mariana = Person("Mariana Lopes", "mariana.lopes@talentia.pt", tz, style="outlook",
                     locale="pt-PT", region="eurprd01",
                     sig="Mariana Lopes\nConsultora Sénior | Talentia Recrutamento "
                         "Especializado\n+351 22 555 0184")
    c = new_case(
        "intl-30-pt-entrevistadores-sem-email",
        "Porto: an agency arranges an interview at its client; the two interviewers' "
        "addresses appear nowhere; ask the consultant for them",
        "Ricardo Sousa Pinto, production manager, is sent by a recruitment agency to its "
        "client, a metalworks in Vila Nova de Famalicão, on Tuesday 12 May 2026 at 15h00, "
        "about an hour and a half with a plant tour. He meets the industrial director and "
        "the HR director, named only with their titles. The consultant asks the next "
        "morning how it went. now is Wednesday 13 May, 11h00.",
        me, D(2026, 5, 13, 11, 0, tz))

    c.add("a1", mariana, [me], "2026-05-07 17:20", T("""
        Caro Ricardo,

        Conforme falámos ao telefone, confirmo a entrevista no nosso cliente, a Metalúrgica
        do Ave, na próxima terça-feira, dia 12 de maio, às 15h00, nas instalações da empresa
        em Vila Nova de Famalicão (Rua da Indústria, 410, Lousado).

        Será recebido pelo Eng.º Rui Pacheco, Diretor Industrial, e pela Dra. Inês Carvalho,
        Diretora de Recursos Humanos. Conte com cerca de hora e meia, incluindo uma visita à
        fábrica. Leve sapatos fechados.

        Eu não estarei presente, mas fico a aguardar notícias suas.

        Com os melhores cumprimentos,
        """), subject="Entrevista no cliente – Diretor de Produção (Vila Nova de Famalicão)")
    c.add("a2", me, [mariana], "2026-05-07 17:55", T("""
        Cara Mariana,

        Muito obrigado. Lá estarei na terça às 15h00.

        Cumprimentos,
        """), parent="a1")
    c.add("a3", mariana, [me], "2026-05-13 09:10", T("""
        Bom dia Ricardo,

        Então, como correu ontem? Ligue-me quando tiver um minuto, gostava de ouvir a sua
        impressão antes de falar com o cliente.

        Cumprimentos,
        """), parent="a2")

    c.thread("a1", True, "interview", "Talentia Recrutamento Especializado",
             "agency consultant arranges an interview at Metalúrgica do Ave Tue 12 May "
             "15:00-16:30 with Eng.º Rui Pacheco and Dra. Inês Carvalho (no addresses "
             "anywhere); she was not there; nothing from the user since the interview")
    start = D(2026, 5, 12, 15, 0, tz)
    c.meeting("a1", start, start + dt.timedelta(minutes=90), met=[],
              unknown=["Eng.º Rui Pacheco", "Dra. Inês Carvalho"],
              arranged_by=mariana.email)
    c.expect("ask_for_address", "a1", mariana.email,
             "he met Eng.º Rui Pacheco and Dra. Inês Carvalho on Tue 12 May 15:00-16:30 but "
             "neither address appears anywhere; Mariana arranged it and has not been written "
             "to since; due since 18:30")
    return c


def v31_pt_seguimento_referencias():
    """Portugal (Coimbra / Cantanhede). The interviewer's follow-up refers to the meeting
    and copies the director who joined at the end; the user thanks him alone and promises
    her references by Wednesday, which passes."""
    tz = "Europe/Lisbon"
    me = user("Catarina Marques", "catarina.marques@example.pt", tz, "967 104 332", "pt-PT",
              style="gmail", sig="Catarina Marques\n967 104 332")
    nuno = Person("Nuno Seabra", "nuno.seabra@mondegobio.pt", tz, style="outlook",
                  locale="pt-PT", region="eurprd01",
                  sig="Nuno Seabra, PhD\nResponsável de Qualidade\nMondego BioSciences, Lda.\n"
                      "Biocant Park, Núcleo 4, Lote 2 – 3060-197 Cantanhede\n"
                      "T. +351 231 555 418")
    marta = Person("Marta Sampaio", "marta.sampaio@mondegobio.pt", tz, style="outlook")
    c = new_case(
        "intl-31-pt-seguimento-referencias",
        "Cantanhede: a follow-up refers to the interview and copies a director who joined "
        "at the end; the user thanks only the interviewer and misses her own Wednesday "
        "promise",
        "Catarina Marques, quality technician, is interviewed by Mondego BioSciences' head of "
        "quality on Monday 9 March 2026 at 10h00; the technical director joins for the end. "
        "That afternoon he sends the GMP manual 'como falámos na reunião desta manhã', with "
        "the director in copy. Catarina thanks him alone and promises her two referees' "
        "contacts 'até quarta-feira, dia 11'. Nothing more goes out. now is Thursday 12 "
        "March.",
        me, D(2026, 3, 12, 10, 0, tz))

    c.add("a1", nuno, [me], "2026-03-04 12:00", T("""
        Cara Catarina Marques,

        Gostaria de a convidar para uma entrevista para a função de Técnica de Garantia da
        Qualidade na segunda-feira, dia 9 de março, às 10h00, nas nossas instalações no
        Biocant Park. Prevemos cerca de uma hora.

        Com os melhores cumprimentos,
        """), subject="Entrevista – Técnica de Garantia da Qualidade")
    c.add("a2", me, [nuno], "2026-03-04 12:40", T("""
        Caro Dr. Nuno Seabra,

        Agradeço o convite. Confirmo a minha presença na segunda-feira, dia 9, às 10h00.

        Com os melhores cumprimentos,
        """), parent="a1")
    c.add("a3", nuno, [me], "2026-03-09 16:05", T("""
        Cara Catarina,

        Como falámos na reunião desta manhã, envio em anexo a versão resumida do nosso
        manual de procedimentos de BPF, para que possa ter uma ideia mais concreta do
        sistema. A Eng.ª Marta Sampaio, que se juntou a nós no final, fica em cópia.

        Fico a aguardar os contactos das duas referências que mencionou.

        Com os melhores cumprimentos,
        """), parent="a2", cc=[marta],
          attachments=[("Manual_BPF_resumo.pdf", "application/pdf",
                        make_pdf(["Mondego BioSciences - Manual de BPF (resumo)",
                                  "Versao 7.2 - uso interno"]))])
    c.add("a4", me, [nuno], "2026-03-09 18:30", T("""
        Caro Dr. Nuno Seabra,

        Muito obrigada pela conversa desta manhã e pelo envio do manual, que vou ler com
        atenção. Saí da reunião com vontade de contribuir para a certificação da nova linha
        de enchimento:

        - trabalhei quatro anos com auditorias do Infarmed;
        - implementei o sistema de CAPA no meu atual laboratório;
        - conheço bem a validação de equipamentos em sala limpa.

        Envio-lhe os contactos das duas referências até quarta-feira, dia 11, assim que
        ambas me confirmarem que posso partilhar os dados.

        Com os melhores cumprimentos,
        """), parent="a3")

    c.thread("a1", True, "interview", "Mondego BioSciences, Lda.",
             "interview Mon 9 Mar 10:00-11:00 with Nuno Seabra; Eng.ª Marta Sampaio joined at "
             "the end (in copy of his follow-up); the user thanked Nuno alone and promised "
             "the references by Wed 11 Mar")
    c.meeting("a1", D(2026, 3, 9, 10, 0, tz), D(2026, 3, 9, 11, 0, tz),
              met=[nuno.email, marta.email], thanks={nuno.email: "a4"})
    c.own_promise("a1", "a4", nuno.email, "2026-03-11")
    c.expect("thank_you", "a1", marta.email,
             "she joined the interview of Mon 9 Mar for its end (his follow-up says so and "
             "copies her); only Nuno was thanked; overdue since Tue 11:00")
    c.expect("own_promise", "a1", nuno.email,
             "'envio-lhe os contactos das duas referências até quarta-feira, dia 11': "
             "nothing sent to him since; due from Thu 12 Mar 00:00")
    return c


def v32_br_dinamica_de_grupo():
    """Brazil (Campinas). A trainee programme's group assessment ('dinâmica de grupo')
    run by two people named with addresses: an interview stage, so both are owed a
    thank-you; a parents' meeting at school and a career webinar as noise."""
    tz = "America/Sao_Paulo"
    me = user("Felipe Andrade", "felipe.andrade@example.com.br", tz, "(19) 99127-3384",
              "pt-BR", sig="Felipe Andrade\n(19) 99127-3384")
    vanessa = Person("Vanessa Prado", "vanessa.prado@coopjequitiba.com.br", tz, style="gmail",
                     locale="pt-BR",
                     sig="Vanessa Prado\nAnalista de R&S | Cooperativa Jequitibá\n"
                         "(19) 3555-0142")
    marcos = "marcos.teles@coopjequitiba.com.br"
    sandra = Person("Sandra Vilela", "sandra.vilela@colegiobarao.com.br", tz, style="gmail",
                    locale="pt-BR",
                    sig="Profa. Sandra Vilela\nCoordenação Pedagógica – Fundamental I\n"
                        "Colégio Barão")
    luciana = Person("Luciana Mota", "luciana@carreiraemfoco.com.br", tz, style="gmail",
                     locale="pt-BR", sig="Luciana Mota\nCarreira em Foco")
    c = new_case(
        "intl-32-br-dinamica-de-grupo",
        "Campinas: a trainee group assessment run by two named people is an interview stage "
        "and owes each a thank-you; a parents' meeting and a webinar owe nothing",
        "Felipe Andrade, a recent agronomy graduate, is called to the 'dinâmica de grupo' of "
        "Cooperativa Jequitibá's trainee programme on Thursday 7 May 2026, 9h-12h, run by "
        "the recruiter and the programme coordinator (both addresses in the call); results "
        "are promised by Friday 15 May. Noise: a parents' meeting at his daughter's school "
        "and a career webinar. now is Friday 8 May, 08:30.",
        me, D(2026, 5, 8, 8, 30, tz))

    c.add("a1", vanessa, [me], "2026-05-05 11:00", T("""
        Olá, Felipe!

        Parabéns! Você foi aprovado na etapa de testes online e está convocado para a
        dinâmica de grupo presencial do Programa de Trainee 2026:

        Data: quinta-feira, 7 de maio
        Horário: das 9h às 12h
        Local: Sede Jequitibá – Rod. Dom Pedro I, km 131, Campinas (auditório 2)

        A dinâmica será conduzida por mim e pelo Marcos Teles
        (marcos.teles@coopjequitiba.com.br), coordenador do programa. Serão 12 candidatos
        por turma. O resultado desta etapa sai até sexta-feira, 15 de maio.

        Por favor, confirme sua presença respondendo a este e-mail.

        Abraços,
        """), subject="Programa de Trainee 2026 – Convocação para dinâmica de grupo")
    c.add("a2", me, [vanessa], "2026-05-05 11:40", T("""
        Olá Vanessa! Presença confirmada para quinta às 9h. Obrigado pela oportunidade!
        """), parent="a1")
    c.add("r1", sandra, [me], "2026-04-29 18:20", T("""
        Senhores pais e responsáveis do 3º ano B,

        Lembramos que a reunião de pais do 1º bimestre será na quarta-feira, 6 de maio, das
        19h às 20h30, na sala 12. Serão entregues os boletins e apresentado o projeto de
        leitura do semestre.

        Contamos com a presença de todos!
        """), subject="Reunião de pais – 3º ano B – quarta, 6/5, 19h")
    c.add("w1", luciana, [me], "2026-05-04 21:15", T("""
        Oi, Felipe!

        Obrigada por participar hoje do webinar «Como se destacar em processos de trainee»,
        com mais de 500 inscritos! Aqui está a gravação: https://carreiraemfoco.com.br/gravacoes/trainee-2026

        Até a próxima,
        """), subject="Gravação: Como se destacar em processos de trainee",
          headers=bulk_headers("<webinars.carreiraemfoco.com.br>",
                               "https://carreiraemfoco.com.br/descadastrar"))

    c.thread("a1", True, "interview", "Cooperativa Jequitibá",
             "call to the group assessment Thu 7 May 9:00-12:00 run by Vanessa Prado and "
             "Marcos Teles (addresses in the text); results promised by Fri 15 May; the only "
             "thanks came before it")
    c.thread("r1", False, None, "Colégio Barão",
             "parents' meeting at the daughter's school, Wed 6 May 19:00-20:30")
    c.thread("w1", True, "networking", "Carreira em Foco",
             "career webinar Mon 4 May evening with 500 registrants; recording sent")
    c.meeting("a1", D(2026, 5, 7, 9, 0, tz), D(2026, 5, 7, 12, 0, tz),
              met=[vanessa.email, marcos], what="group assessment (dinâmica de grupo)")
    c.promise("a1", "a1", vanessa.email, "2026-05-15")
    c.meeting("r1", D(2026, 5, 6, 19, 0, tz), D(2026, 5, 6, 20, 30, tz), met=[sandra.email],
              job=False, what="parents' meeting")
    c.meeting("w1", D(2026, 5, 4, 19, 0, tz), D(2026, 5, 4, 20, 0, tz), met=[],
              what="webinar, no one met one-to-one")
    c.expect("thank_you", "a1", vanessa.email,
             "she ran the group assessment of Thu 7 May 9:00-12:00, an interview stage; the "
             "'obrigado pela oportunidade' came before it; due since 14:00")
    c.expect("thank_you", "a1", marcos,
             "he ran the group assessment with Vanessa (address in her call); not thanked; "
             "due since 14:00")
    c.forbid("r1", sandra.email, "a parents' meeting at the daughter's school, not job "
             "search")
    c.forbid("w1", luciana.email, "host of a webinar with 500 registrants: a group event "
             "with no one met one-to-one, nothing owed")
    return c


BUILDERS = [
    v01_fr_notes_apres_entretien, v02_fr_recrutement_gele,
    v03_qc_entrevue_deplacee_deux_fois, v04_be_lapin_teams, v05_be_cafe_namur,
    v06_ch_panel_note_commune, v07_fr_visio_remplacant, v08_qc_cote_embauche,
    v09_es_hueco_sin_confirmar, v10_es_retirada_candidato, v11_mx_panel_en_texto,
    v12_mx_sin_luz, v13_ar_cafe_voseo, v14_ar_busqueda_congelada, v15_co_se_sumo_lider,
    v16_co_feria_de_empleo,
    v17_de_kurzfristig_abgesagt, v18_de_kennenlernen_startup, v19_de_interviewerin,
    v20_at_vorgezogen, v21_at_sprechstunde_schule, v22_ch_vertretung_ohne_adresse,
    v23_ch_informationsgespraech, v24_at_krank_abgesagt,
    v25_br_so_o_convite, v26_br_cafe_agradeceu_antes, v27_br_remarcada_e_recusa,
    v28_br_painel_nota_conjunta, v29_pt_cancelada_reagendar, v30_pt_entrevistadores_sem_email,
    v31_pt_seguimento_referencias, v32_br_dinamica_de_grupo,
]

if __name__ == "__main__":
    out = os.path.join(HERE, "intl")
    os.makedirs(out, exist_ok=True)
    sys.exit(max(run(b, out) for b in BUILDERS))
