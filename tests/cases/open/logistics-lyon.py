#!/usr/bin/env python3
"""Sealed case: Julien Moreau, supply-chain manager in Lyon looking for a director role.

Written blind from CASES.md, DOMAIN.md, the public README, BRIEF.md and casekit.py.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

SEP = "_" * 32

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                  "oct.", "nov.", "déc."]
PREFIXES = ("Re: ", "RE: ", "RE : ", "Re : ", "TR : ", "TR: ", "Fwd: ", "AW: ")

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d>
ID de la réunion : %s
Code secret : %s
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d>
Meeting ID: %s
Passcode: %s
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"


def base_subject(s):
    changed = True
    while changed:
        changed = False
        for p in PREFIXES:
            if s.startswith(p):
                s = s[len(p):]
                changed = True
    return s


def fr_quote(replier, parent):
    t = parent.date.astimezone(replier.tz)
    ps = parent.sender
    hm = t.strftime("%H:%M")
    if replier.style == "outlook":
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        head = ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n%sObjet : %s"
                % (ps.shown(), FR_DAYS[t.weekday()], t.day, FR_MONTHS[t.month - 1], t.year, hm,
                   to, "Cc : %s\n" % cc if cc else "", parent.subject))
        return SEP + "\n" + head + "\n\n" + parent.text
    if replier.style == "gmail":
        head = "Le %s %d %s %d à %s, %s a écrit :" % (
            FR_DAYS_ABBR[t.weekday()], t.day, FR_MONTHS_ABBR[t.month - 1], t.year, hm, ps.shown())
    else:
        head = "Le %d %s %d à %s, %s a écrit :" % (
            t.day, FR_MONTHS_ABBR[t.month - 1], t.year, hm, ps.shown())
    quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                       for line in parent.text.rstrip("\n").split("\n"))
    return head + "\n" + quoted + "\n"


def build():
    me = Person("Julien Moreau", "julien.moreau@example.fr", tz="Europe/Paris", style="webmail",
                locale="fr", msgid_domain="example.fr")
    now_tz = me.tz
    import datetime as _dt
    now = _dt.datetime(2026, 4, 16, 10, 0, tzinfo=now_tz)

    summary = (
        "Julien Moreau, 45, runs supply chain at Vercors Emballages (Saint-Priest) and is looking "
        "for a director role, mostly in French with chasseurs de têtes who set up meetings with "
        "their clients and do not attend, plus a Dutch, a US and a Geneva company in English. "
        "The mailbox runs from early March to Thursday 16 April 2026, 10:00 CEST, across the "
        "US (8 March) and European (29 March) clock changes and the Easter weekend. Job threads: "
        "a cabinet-arranged meeting with a CEO whose address the consultant gave in her mail "
        "(consultant promises news 'sous quinzaine'); a hospital 'jury' with members named "
        "without addresses and a committee decision promised by a date; a Geneva visit thanked "
        "by one English note to both people met, then a promise relayed by an assistant; a Dutch "
        "Teams panel where only one panelist was thanked (the other got a 'thanks' before the "
        "call); a US GoodTime confirmation with no ICS naming the interviewer, followed by a "
        "gentle rejection; a lunch with a former boss and a 'quart d'heure' call, neither thanked "
        "afterwards; a headhunter's 'je reviens vers vous d'ici la fin de semaine' and an "
        "in-house recruiter's 'semaine du 6 avril', both silent; a client meeting cancelled; a "
        "consultant who missed her call and moved it past now; an introduction call still "
        "ahead; Teams invites in 'Romance Standard Time' and 'W. Europe Standard Time'; APEC "
        "coaching by no-reply mail. Noise: the current employer (Julien interviews a candidate "
        "for his team), URSSAF/Cesu, impots.gouv, EDF, the collège (Pronote and a teacher's kept "
        "promise), a cycling club, family, friends, receipts (one in Dutch), LinkedIn/APEC/"
        "Cadremploi alerts and newsletters.")
    c = Case("logistics-lyon",
             "Lyon supply-chain manager seeking a director role, French and English mail, "
             "cabinets, jury, Geneva, Rotterdam, US; mid-April 2026",
             {"name": "Julien Moreau",
              "emails": ["julien.moreau@example.fr", "julien.moreau@vercors-emballages.fr"],
              "phone": "+33 6 39 98 41 27", "timezone": "Europe/Paris"},
             now, summary)
    c.me = me

    def T(s, p=None):
        return c.at(s, p)

    def prefix_for(sender):
        if sender.style == "outlook":
            return "RE : " if sender.locale == "fr" else "RE: "
        return "Re: "

    def send(key, sender, to, when, body, subject=None, parent=None, cc=(), quote=True,
             prefix=None, **kw):
        qflag = False
        if parent is not None:
            pm = c.by_key[parent]
            if subject is None:
                subject = (prefix or prefix_for(sender)) + base_subject(pm.subject)
            if quote and (sender is me or sender.locale == "fr"):
                body = body.rstrip("\n") + "\n\n" + fr_quote(sender, pm)
            else:
                qflag = quote
        return c.add(key, sender, to, when, body, subject=subject, parent=parent, cc=cc,
                     quote=qflag, sig=False, **kw)

    def pdf(name, lines):
        return (name, "application/pdf", make_pdf(lines))

    CV = pdf("CV_Julien_Moreau_2026.pdf", [
        "Julien Moreau - Supply Chain Director",
        "Lyon - +33 6 39 98 41 27 - julien.moreau@example.fr",
        "2019-today  Head of Supply Chain, Vercors Emballages (4 plants, 140 people)",
        "2013-2019   Logistics & Planning Manager, Sucreries du Val de Saone",
        "2008-2013   S&OP Lead, Alpes Composants",
        "MSc Supply Chain Management, Lyon - APICS CPIM",
        "French (native), English (fluent), Spanish (working)"])

    # ------------------------------------------------------------------ people
    sophie = Person("Sophie Garnier", "sophie.garnier@altair-executive.fr", "Europe/Paris",
                    "outlook", locale="fr", region="eurprd04")
    karine = Person("Karine Dubois", "karine.dubois@ch-valdesaone.fr", "Europe/Paris",
                    "webmail", locale="fr", msgid_domain="zimbra.ch-valdesaone.fr")
    recrut_ch = Person("CH Val de Saône - Recrutement", "recrutement@ch-valdesaone.fr",
                       "Europe/Paris", "webmail", locale="fr",
                       msgid_domain="zimbra.ch-valdesaone.fr")
    celine = Person("Céline Baud", "celine.baud@lemanis.ch", "Europe/Zurich", "outlook",
                    locale="fr", region="eurprd06")
    richard = Person("Richard Hale", "richard.hale@lemanis.ch", "Europe/Zurich", "outlook",
                     locale="en", region="eurprd06")
    monique = Person("Monique Favre", "monique.favre@lemanis.ch", "Europe/Zurich", "outlook",
                     locale="fr", region="eurprd06")
    femke = Person("Femke Bakker", "femke.bakker@noordhaven.nl", "Europe/Amsterdam", "outlook",
                   locale="en", region="eurprd09")
    pieter = Person("Pieter de Vries", "pieter.devries@noordhaven.nl", "Europe/Amsterdam",
                    "outlook", locale="en", region="eurprd09")
    sanne = Person("Sanne Jansen", "sanne.jansen@noordhaven.nl", "Europe/Amsterdam", "outlook",
                   locale="en", region="eurprd09")
    greenhouse = Person("Calloway Industrial", "no-reply@us.greenhouse-mail.io",
                        "America/New_York", "auto", auto=True,
                        msgid_domain="us.greenhouse-mail.io")
    jessica = Person("Jessica Tran", "jessica.tran@callowayindustrial.com", "America/New_York",
                     "gmail", locale="en")
    goodtime = Person("Calloway Industrial Talent Team", "no-reply@goodtime.io",
                      "America/New_York", "auto", auto=True, msgid_domain="mail.goodtime.io")
    bernard = Person("Bernard Chevalier", "bernard.chevalier@fonderies-rivoire.fr",
                     "Europe/Paris", "webmail", locale="fr", msgid_domain="fonderies-rivoire.fr")
    helene = Person("Hélène Roche", "helene.roche@rhonecargo.fr", "Europe/Paris", "outlook",
                    locale="fr", region="eurprd03")
    thomas = Person("Thomas Roux", "thomas.roux@kestrel-partners.fr", "Europe/Paris", "outlook",
                    locale="fr", region="eurprd07")
    herve = Person("Hervé Lambert", "herve.lambert@lambert-associes.fr", "Europe/Paris", "gmail",
                   locale="fr")
    marion = Person("Marion Chabert", "marion.chabert@dauphin-rh.fr", "Europe/Paris", "gmail",
                    locale="fr")
    laura = Person("Laura Petit", "laura.petit@solvane.com", "Europe/Paris", "outlook",
                   locale="fr", region="eurprd05")
    workday = Person("Groupe Solvane", "solvane@myworkday.com", "Europe/Paris", "auto", auto=True,
                     msgid_domain="myworkday.com")
    anneso = Person("Anne-Sophie Mercier", "annesophie.mercier@laboratoires-corbiere.fr",
                    "Europe/Paris", "outlook", locale="fr", region="eurprd02")
    apec = Person("Apec", "ne-pas-repondre@apec.fr", "Europe/Paris", "auto", auto=True,
                  msgid_domain="mail.apec.fr")
    smartr = Person("Transalp Distribution", "noreply@smartrecruiters.com", "Europe/Paris",
                    "auto", auto=True, msgid_domain="smartrecruiters.com")
    li_msgs = Person("LinkedIn", "messages-noreply@linkedin.com", "Europe/Paris", "auto",
                     auto=True, msgid_domain="linkedin.com")
    li_jobs = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "Europe/Paris",
                     "auto", auto=True, msgid_domain="linkedin.com")
    li_notif = Person("LinkedIn", "notifications-noreply@linkedin.com", "Europe/Paris", "auto",
                      auto=True, msgid_domain="linkedin.com")
    apec_alert = Person("Apec - Offres", "alertes-offres@apec.fr", "Europe/Paris", "auto",
                        auto=True, msgid_domain="mail.apec.fr")
    cadremploi = Person("Cadremploi", "alertes@cadremploi.fr", "Europe/Paris", "auto", auto=True,
                        msgid_domain="cadremploi.fr")

    workme = Person("Julien Moreau", "julien.moreau@vercors-emballages.fr", "Europe/Paris",
                    "outlook", locale="fr", region="eurprd02")
    karim = Person("Karim Haddad", "karim.haddad69@gmail.com", "Europe/Paris", "gmail",
                   locale="fr")
    cse = Person("CSE Vercors Emballages", "cse@vercors-emballages.fr", "Europe/Paris", "auto",
                 auto=True, msgid_domain="vercors-emballages.fr")
    aurelie = Person("Aurélie Moreau", "aurelie.moreau.lyon@gmail.com", "Europe/Paris", "gmail",
                     locale="fr")
    maman = Person("Jacqueline Moreau", "jacqueline.moreau43@orange.fr", "Europe/Paris",
                   "webmail", locale="fr", msgid_domain="orange.fr")
    olivier = Person("Olivier Moreau", "olivier.moreau.74@gmail.com", "Europe/Paris", "gmail",
                     locale="fr")
    girard = Person("Sandrine Girard", "sandrine.girard@ac-lyon.fr", "Europe/Paris", "webmail",
                    locale="fr", msgid_domain="ac-lyon.fr")
    pronote = Person("PRONOTE - Collège Jean-Moulin", "ne-pas-repondre@index-education.net",
                     "Europe/Paris", "auto", auto=True, msgid_domain="index-education.net")
    vcmo = Person("VC Monts d'Or", "bureau@vc-montsdor.fr", "Europe/Paris", "auto", auto=True,
                  msgid_domain="vc-montsdor.fr")
    fred = Person("Fred Lacroix", "fred.lacroix@free.fr", "Europe/Paris", "webmail",
                  locale="fr", msgid_domain="free.fr")
    pascal = Person("Pascal Bouvier", "pascal.bouvier69@laposte.net", "Europe/Paris", "webmail",
                    locale="fr", msgid_domain="laposte.net")
    emilie = Person("Émilie Fabre", "emilie.fabre@gmail.com", "Europe/Paris", "gmail",
                    locale="fr")
    emilie_cal = Person("Émilie Fabre", "emilie.fabre@gmail.com", "Europe/Paris", "gcal",
                        locale="fr")
    edf = Person("EDF", "noreply@edf.fr", "Europe/Paris", "auto", auto=True,
                 msgid_domain="edf.fr")
    dgfip = Person("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr", "Europe/Paris",
                   "auto", auto=True, msgid_domain="dgfip.finances.gouv.fr")
    cesu = Person("Urssaf service Cesu", "ne-pas-repondre@cesu.urssaf.fr", "Europe/Paris",
                  "auto", auto=True, msgid_domain="urssaf.fr")
    bank = Person("Banque Rhodanienne", "noreply@banque-rhodanienne.fr", "Europe/Paris", "auto",
                  auto=True, msgid_domain="banque-rhodanienne.fr")
    mutuelle = Person("Mutuelle Rhône-Alpes Santé", "ne-pas-repondre@mras-sante.fr",
                      "Europe/Paris", "auto", auto=True, msgid_domain="mras-sante.fr")
    syndic = Person("Cabinet Ravier Gestion", "copropriete@ravier-gestion.fr", "Europe/Paris",
                    "outlook", locale="fr", region="eurprd01")
    doctolib = Person("Doctolib", "no-reply@doctolib.fr", "Europe/Paris", "auto", auto=True,
                      msgid_domain="doctolib.fr")
    sncf = Person("SNCF Connect", "ne-pas-repondre@sncf-connect.com", "Europe/Paris", "auto",
                  auto=True, msgid_domain="sncf-connect.com")
    decath = Person("Decathlon", "noreply@decathlon.fr", "Europe/Paris", "auto", auto=True,
                    msgid_domain="decathlon.fr")
    fietsshop = Person("Fietsonderdelen Direct", "info@fietsonderdelendirect.nl",
                       "Europe/Amsterdam", "auto", auto=True,
                       msgid_domain="fietsonderdelendirect.nl")
    scm = Person("Supply Chain Magazine", "newsletter@supplychain-mag.fr", "Europe/Paris",
                 "auto", auto=True, msgid_domain="supplychain-mag.fr")
    fnf = Person("Freight & Flow Weekly", "editors@freightandflow.com", "Europe/London", "auto",
                 auto=True, msgid_domain="freightandflow.com")
    progres = Person("Le Progrès", "newsletter@leprogres.fr", "Europe/Paris", "auto", auto=True,
                     msgid_domain="leprogres.fr")

    SIG = "Julien Moreau\n06 39 98 41 27"
    SIG_INTL = "Julien Moreau\n+33 6 39 98 41 27"

    # ================================================================== JOB SEARCH
    # ---- Altaïr Executive / Groupe Sérac -----------------------------------
    SOPHIE_SIG = """Sophie Garnier
Consultante Associée
ALTAÏR EXECUTIVE – Search & Leadership
12, quai Sarrail – 69006 Lyon
Tél. : +33 4 65 71 52 16 | Mob. : +33 6 39 98 07 44
www.altair-executive.fr

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."""
    send("ser1", sophie, [me], "2026-03-30 11:42", """Bonjour Julien,

Comme je vous l'avais laissé entendre la semaine dernière, j'ai présenté votre parcours à Marc Lefebvre, Directeur Général de Groupe Sérac. Il a été très sensible à votre expérience de transformation S&OP et souhaite vous rencontrer rapidement.

Il me propose deux créneaux, dans leurs locaux de Villefranche-sur-Saône :
- mardi 7 avril à 14h30
- mercredi 8 avril à 9h00

Pourriez-vous me dire lequel vous convient le mieux ? Je me charge de confirmer auprès de son assistante.

Bien cordialement,

""" + SOPHIE_SIG, subject="Groupe Sérac – Direction Supply Chain : proposition de rencontre")
    send("ser2", me, [sophie], "2026-03-30 13:05", """Bonjour Sophie,

Merci pour ce retour, c'est une très bonne nouvelle.
Le mardi 7 avril à 14h30 me convient parfaitement.

Bien cordialement,
""" + SIG, parent="ser1")
    send("ser3", sophie, [me], "2026-03-31 09:18", """Bonjour Julien,

C'est confirmé pour le mardi 7 avril à 14h30. Vous serez reçu par :
- Marc Lefebvre, Directeur Général – marc.lefebvre@groupe-serac.fr
- Nathalie Perrin, DRH Groupe

Comptez environ 1h30. Adresse : Groupe Sérac, 245 avenue de l'Europe, 69400 Villefranche-sur-Saône (parking visiteurs à gauche de l'accueil).

Je ne serai pas présente, mais n'hésitez pas à m'appeler en sortant pour un premier débrief. Je vous joins la fiche de poste mise à jour.

Bien cordialement,

""" + SOPHIE_SIG, parent="ser2", attachments=[pdf("Fiche de poste - Directeur Supply Chain - Groupe Serac.pdf", [
        "Groupe Serac - Directeur Supply Chain (H/F)",
        "Rattachement : Directeur General - Membre du Comite de Direction",
        "Perimetre : 3 usines, 2 entrepots, 180 personnes",
        "Missions : schema directeur logistique, S&OP, achats transport",
        "Localisation : Villefranche-sur-Saone (69)"])])
    send("ser4", me, [sophie], "2026-04-07 16:35", """Bonjour Sophie,

Je sors à l'instant de mon rendez-vous avec M. Lefebvre et Mme Perrin. Échange dense et très ouvert, notamment sur le schéma directeur logistique et le projet d'entrepôt à Mâcon.
Je suis joignable ce soir après 18h ou demain matin pour en parler.

Bien cordialement,
Julien

Envoyé depuis mon mobile""", parent="ser3")
    send("ser5", sophie, [me], "2026-04-08 12:47", """Bonjour Julien,

Désolée de ne pas avoir pu vous rappeler hier soir. J'ai eu Marc Lefebvre au téléphone ce matin : son retour est très positif, il a apprécié votre approche pragmatique et votre connaissance du terrain.

Pour être transparente avec vous, il rencontre encore deux autres candidats, l'un cette semaine, l'autre en début de semaine prochaine. Il me fera part de sa décision ensuite et je reviens vers vous sous quinzaine au plus tard.

Bien cordialement,

""" + SOPHIE_SIG, parent="ser4")
    send("ser6", me, [sophie], "2026-04-08 18:20", """Bonjour Sophie,

Merci pour ce retour et pour votre transparence. Je reste dans l'attente de vos nouvelles.

Bien cordialement,
""" + SIG, parent="ser5")
    c.thread("ser1", True, "interview", "Groupe Sérac",
             "Altaïr Executive (Sophie Garnier) set up a meeting with Groupe Sérac's CEO Tue 7 Apr "
             "14:30-16:00 (about 1h30) and did not attend; CEO's address given in her mail, the "
             "DRH named without one; no thank-you to the CEO; 'sous quinzaine' promised 8 Apr, "
             "two other candidates still being seen")
    c.meeting("ser1", T("2026-04-07 14:30"), T("2026-04-07 16:00"),
              met=["marc.lefebvre@groupe-serac.fr"], what="meeting with CEO at Groupe Sérac")
    c.promise("ser1", "ser5", sophie.email, "2026-04-22")
    c.expect("thank_you", "ser1", "marc.lefebvre@groupe-serac.fr",
             "met Tue 7 Apr 14:30-16:00 at Villefranche; address given by the consultant; Julien "
             "only debriefed the consultant; overdue since 8 Apr 16:00")
    c.forbid("ser1", sophie.email,
             "the consultant arranged the meeting and did not attend; her 'sous quinzaine' of "
             "8 Apr runs to about 22 Apr")

    # ---- Centre Hospitalier du Val de Saône (jury) ------------------------
    send("chack", recrut_ch, [me], "2026-03-09 10:02", """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Directeur(trice) des achats et de la logistique (réf. 2026-DAL-04) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier sera examiné avec attention par la commission de présélection. Si votre candidature est retenue, vous serez contacté(e) pour un entretien.

La Direction des ressources humaines
Centre Hospitalier du Val de Saône""",
         subject="Accusé de réception – Directeur(trice) des achats et de la logistique – réf. 2026-DAL-04")
    c.thread("chack", True, "application", "Centre Hospitalier du Val de Saône",
             "acknowledgement from the HR mailbox; nothing dated")

    KARINE_SIG = """Karine Dubois
Gestionnaire recrutement – Direction des ressources humaines
Centre Hospitalier du Val de Saône
Montée de l'Hôpital – 01600 Trévoux
Tél. : 04 65 71 31 62"""
    send("ch1", karine, [me], "2026-03-17 14:26", """Monsieur,

Nous avons le plaisir de vous informer que votre candidature au poste de Directeur des achats et de la logistique (réf. 2026-DAL-04) a été retenue par la commission de présélection.

Vous êtes invité à vous présenter devant le jury de recrutement le :

mercredi 1er avril 2026 à 14h00
Bâtiment administratif, 1er étage, salle du Conseil de surveillance

L'audition durera 40 minutes : une présentation de 10 minutes de votre part sur le thème « La fonction logistique d'un établissement de santé à l'horizon 2030 », suivie de 30 minutes d'échanges avec le jury.

Le jury sera composé de :
- M. Philippe Audran, Directeur général adjoint, président du jury ;
- Mme Véronique Lemaire, Directrice des finances et du contrôle de gestion ;
- Dr Jacques Morel, Président de la Commission médicale d'établissement ;
- M. Franck Besson, Cadre supérieur de santé, pôle logistique.

Nous vous remercions de bien vouloir confirmer votre présence par retour de courriel avant le vendredi 20 mars.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

""" + KARINE_SIG, subject="Convocation – entretien de recrutement – Directeur des achats et de la logistique",
         attachments=[pdf("Convocation_jury_DAL-04_MOREAU.pdf", [
             "Centre Hospitalier du Val de Saone - Convocation",
             "Poste : Directeur des achats et de la logistique (ref. 2026-DAL-04)",
             "Candidat : M. Julien MOREAU",
             "Date : mercredi 1er avril 2026 a 14h00",
             "Lieu : Batiment administratif, salle du Conseil de surveillance",
             "Piece a presenter : piece d'identite"])])
    send("ch2", me, [karine], "2026-03-17 18:40", """Madame,

Je vous remercie pour cette convocation et vous confirme ma présence le mercredi 1er avril 2026 à 14h00 devant le jury.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

""" + SIG, parent="ch1")
    send("ch3", karine, [me], "2026-04-02 11:15", """Monsieur,

Nous vous remercions de votre participation aux auditions du 1er avril.

Le jury a désormais entendu l'ensemble des candidats retenus. Ses avis seront examinés par la commission de recrutement, qui se réunira le mardi 7 avril ; la décision définitive sera communiquée à chacun des candidats au plus tard le jeudi 9 avril 2026.

Bien cordialement,

""" + KARINE_SIG, parent="ch2", quote=False)
    c.thread("ch1", True, "interview", "Centre Hospitalier du Val de Saône",
             "jury Wed 1 Apr 14:00-14:40; members named without addresses; decision 'au plus "
             "tard le jeudi 9 avril' after the committee of 7 Apr; no word since")
    c.meeting("ch1", T("2026-04-01 14:00"), T("2026-04-01 14:40"), met=[],
              what="jury (members without addresses; stale anyway)")
    c.promise("ch1", "ch3", karine.email, "2026-04-09")
    c.expect("callback", "ch1", karine.email,
             "'la décision ... sera communiquée ... au plus tard le jeudi 9 avril' (passive, "
             "after the committee of 7 Apr); nothing from the hospital since; due end of Mon 13 Apr",
             promised="2026-04-09")

    # ---- Lemanis Commodities (Geneva) --------------------------------------
    CELINE_SIG = """Céline Baud
HR Business Partner
Lemanis Commodities SA
Rue du Rhône 80 – 1204 Genève
T +41 22 555 38 10"""
    send("lem1", celine, [me], "2026-03-24 16:05", """Bonjour Monsieur Moreau,

Je vous remercie pour votre candidature au poste de Head of Supply Chain Operations, que nous avons lue avec beaucoup d'intérêt.

Richard Hale, notre Chief Operating Officer, souhaiterait vous rencontrer dans nos bureaux de Genève. Il sera présent le jeudi 9 avril en matinée ; la rencontre durerait environ deux heures, dont une partie sous forme d'étude de cas. Je précise que Richard est britannique : l'entretien se déroulera en anglais.

Cette date vous conviendrait-elle ? Vos frais de déplacement depuis Lyon seront bien entendu pris en charge.

Meilleures salutations,

""" + CELINE_SIG, subject="Lemanis – Head of Supply Chain Operations")
    send("lem2", me, [celine], "2026-03-24 19:30", """Bonjour Madame Baud,

Je vous remercie pour votre message. Le jeudi 9 avril en matinée me convient tout à fait ; je peux être à Genève dès 9h30.

Meilleures salutations,
""" + SIG_INTL, parent="lem1")
    c.thread("lem1", True, "interview", "Lemanis Commodities SA",
             "HR proposes a Geneva visit on Thu 9 Apr morning; accepted")

    lem_desc = """Quand : jeudi 9 avril 2026 10:00-12:00 (UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne.
Où : Lemanis Commodities SA, Rue du Rhône 80, 1204 Genève – 5e étage, salle Salève

Bonjour Monsieur Moreau,

Voici l'invitation pour votre venue du jeudi 9 avril.

Programme :
10h00 – 11h00 : entretien avec Richard Hale, Chief Operating Officer (en anglais)
11h00 – 12h00 : étude de cas « réseau de stockage Europe », avec Richard Hale et moi-même

Merci de vous présenter à la réception du 5e étage.

Meilleures salutations,
Céline Baud"""
    lem_ics = make_ics(
        method="REQUEST", uid=uid_outlook("lemanis", "visit"), stamp=T("2026-03-25 08:50", celine),
        start=T("2026-04-09 10:00", celine), end=T("2026-04-09 12:00", celine),
        summary="Rencontre – Head of Supply Chain Operations – Julien Moreau", organizer=celine,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (richard, "ACCEPTED", "INDIVIDUAL"),
                   (("GVA-5 Salève (8 pers.)", "gva-5-saleve@lemanis.ch"), "ACCEPTED", "ROOM")],
        tzid="W. Europe Standard Time",
        location="Lemanis Commodities SA, Rue du Rhône 80, 1204 Genève – 5e étage, salle Salève",
        description=lem_desc, prodid=OUTLOOK_PRODID,
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    send("leminv", celine, [me], "2026-03-25 08:50", lem_desc,
         subject="Rencontre – Head of Supply Chain Operations – Julien Moreau",
         cc=[richard], ics=lem_ics, ics_mode="outlook")
    send("leminv2", me, [celine], "2026-03-25 12:10", """Bonjour Madame Baud,

Bien reçu, merci. C'est noté dans mon agenda pour le jeudi 9 avril à 10h00.

Meilleures salutations,
""" + SIG_INTL, parent="leminv")
    c.thread("leminv", True, "interview", "Lemanis Commodities SA",
             "Outlook invite (W. Europe Standard Time) Thu 9 Apr 10:00-12:00 in Geneva with the "
             "COO and the HR partner (agenda in the description), plus a meeting room; both "
             "thanked by one English note in a new thread the same evening")
    c.meeting("leminv", T("2026-04-09 10:00", celine), T("2026-04-09 12:00", celine),
              met=[richard.email, celine.email],
              thanks={richard.email: "lemty", celine.email: "lemty"}, what="Geneva visit")

    send("lemty", me, [richard, celine], "2026-04-09 19:10", """Dear Richard, dear Céline,

Thank you both for this morning in Geneva and for the time you gave me, including the case study, which I enjoyed more than I expected to.

Three points I left convinced of:
- the storage network redesign you described is very close to the hub consolidation I led at Vercors Emballages (three warehouses into one, service level held at 98.5%);
- I have run S&OP across sites in four countries, in French and in English;
- I am used to balancing commercial timelines against plant constraints, which seems to be the daily reality of the role.

I remain very interested in the position. I will leave you some time and get back in touch at the end of next week if I have not heard from you by then.

With my thanks again,
Julien Moreau
+33 6 39 98 41 27 – julien.moreau@example.fr""", subject="Thank you – Geneva, 9 April")
    send("lemmon", monique, [me], "2026-04-10 09:20", """Bonjour Monsieur Moreau,

Monsieur Hale, actuellement en déplacement à Singapour, m'a chargée de vous remercier pour votre message. Il souhaite s'entretenir avec notre Directeur général avant de revenir vers vous, ce qu'il fera au plus tard le mercredi 15 avril.

Avec mes meilleures salutations,

Monique Favre
Assistante de direction – Office of the COO
Lemanis Commodities SA
T +41 22 555 38 02""", parent="lemty", cc=[richard, celine])
    c.thread("lemty", True, "interview", "Lemanis Commodities SA",
             "one thank-you note to both people met; the COO's assistant relays that he will come "
             "back 'au plus tard le mercredi 15 avril': inside the grace at now")
    c.promise("lemty", "lemmon", monique.email, "2026-04-15")
    c.forbid("leminv", richard.email,
             "met Thu 9 Apr; thanked by the note of 9 Apr 19:10 to him and Céline")
    c.forbid("leminv", celine.email,
             "met Thu 9 Apr; thanked by the same note of 9 Apr 19:10 (one note satisfies each "
             "addressee)")
    c.forbid("lemty", monique.email,
             "promise relayed by the assistant 'au plus tard le mercredi 15 avril': window ended "
             "at midnight, the grace runs to the end of Fri 17 Apr")

    # ---- Noordhaven Logistics (Rotterdam) ----------------------------------
    FEMKE_SIG = """Kind regards,

Femke Bakker
Talent Acquisition Partner | Noordhaven Logistics B.V.
Waalhaven Zuidzijde 21, 3089 JH Rotterdam
+31 10 555 0142"""
    send("noo1", femke, [me], "2026-03-26 10:14", """Hi Julien,

I hope you don't mind me reaching out directly. I'm a Talent Acquisition Partner at Noordhaven Logistics, and I came across your profile while looking for someone to lead our supply chain for continental Europe. The role reports to Pieter de Vries, our VP Operations Europe, and can be based in Lyon with regular time in Rotterdam.

Pieter and Sanne Jansen (HR Director Benelux) would like to have a first video conversation with you. Pieter is travelling until after Easter, so the earliest options are:

- Tuesday 14 April, 15:00-16:00 CEST
- Wednesday 15 April, 09:30-10:30 CEST
- Thursday 16 April, 14:00-15:00 CEST

Let me know which one suits you and I'll send a Teams invite. I won't join the call myself.

""" + FEMKE_SIG, subject="Director Supply Chain Europe – a conversation?")
    send("noo2", me, [femke], "2026-03-26 21:05", """Hi Femke,

Thank you for reaching out, the role sounds very interesting. Tuesday 14 April at 15:00 CEST works best for me.

Best regards,
""" + SIG_INTL, parent="noo1")
    send("noof", femke, [me], "2026-04-15 11:20", """Hi Julien,

Thanks for your time with Pieter and Sanne yesterday, I hear it was a good conversation. We are meeting two more candidates this week and aim to let everyone know where they stand by the end of next week.

""" + FEMKE_SIG, parent="noo2")
    c.thread("noo1", True, "recruiter", "Noordhaven Logistics B.V.",
             "sourcing mail offering three slots; Tue 14 Apr 15:00 picked; after the call the "
             "coordinator (not on it) aims to tell every candidate 'by the end of next week'")
    c.promise("noo1", "noof", femke.email, "2026-04-24")
    c.forbid("noo1", femke.email,
             "she organised the call and did not attend; 'by the end of next week' (Fri 24 Apr) "
             "is still open")

    noo_desc = ("Dear Julien,\n\nPlease find below the Teams link for your conversation with "
                "Noordhaven Logistics.\n\nInterviewers: Pieter de Vries (VP Operations Europe) "
                "and Sanne Jansen (HR Director Benelux).\nI have organised this meeting and will "
                "not attend.\n\nKind regards,\nFemke\n\n"
                + TEAMS_EN % ("NzQ1ZjE2YjQtODkwMC00", "5c1e7d2a-9b1f-4f0e-a3d3-0d9b2f1e8c41",
                              "361 227 804 519", "Rq8vB3"))
    noo_ics = make_ics(
        method="REQUEST", uid=uid_outlook("noordhaven", "panel"), stamp=T("2026-03-27 09:02", femke),
        start=T("2026-04-14 15:00", femke), end=T("2026-04-14 16:00", femke),
        summary="Noordhaven – Director Supply Chain Europe – Julien Moreau", organizer=femke,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (pieter, "ACCEPTED", "INDIVIDUAL"),
                   (sanne, "ACCEPTED", "INDIVIDUAL")],
        tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
        description=noo_desc, prodid=EXCHANGE_PRODID,
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    send("nooinv", femke, [me, pieter, sanne], "2026-03-27 09:02", noo_desc,
         subject="Noordhaven – Director Supply Chain Europe – Julien Moreau",
         ics=noo_ics, ics_mode="outlook")
    send("noos1", sanne, [me], "2026-04-10 11:30", """Hi Julien,

Ahead of Tuesday, please find attached the full role profile and a map of our European network, so we can use the hour for conversation rather than presentation.

Kind regards / Met vriendelijke groet,

Sanne Jansen
HR Director Benelux
Noordhaven Logistics B.V.
M +31 6 5555 0187""", parent="nooinv", attachments=[pdf("Role profile - Director Supply Chain Europe.pdf", [
        "Noordhaven Logistics - Director Supply Chain Europe",
        "Reports to: VP Operations Europe",
        "Scope: 9 sites (NL, BE, DE, FR, ES), cold chain and ambient",
        "Location: Lyon or Rotterdam, 40% travel"])])
    send("noos2", me, [sanne], "2026-04-10 14:02", """Hi Sanne,

Thanks, that's very helpful. I'll go through it over the weekend. Looking forward to speaking with you and Pieter on Tuesday.

Best regards,
Julien""", parent="noos1")
    c.thread("nooinv", True, "interview", "Noordhaven Logistics B.V.",
             "Teams invite (W. Europe Standard Time) Tue 14 Apr 15:00-16:00 with two panelists; "
             "the HR panelist got a 'thanks' before the call only; the VP was thanked in a new "
             "thread")
    c.meeting("nooinv", T("2026-04-14 15:00"), T("2026-04-14 16:00"),
              met=[pieter.email, sanne.email], thanks={pieter.email: "nooty"},
              what="Teams panel")
    c.expect("thank_you", "nooinv", sanne.email,
             "panelist on Tue 14 Apr 15:00-16:00; Julien's only 'thanks' to her came on 10 Apr, before the "
             "call; the note of 14 Apr went to Pieter alone; overdue since 15 Apr 16:00")
    c.forbid("nooinv", pieter.email, "thanked by the new-thread note of Tue 14 Apr 20:35")

    send("nooty", me, [pieter], "2026-04-14 20:35", """Dear Pieter,

Thank you for taking the time to speak with me this afternoon, at the end of what sounded like a long stretch of travel.

Three things from our conversation make me think I could be useful to Noordhaven:
- the cold-chain consolidation you described in Venlo is close to the multi-site S&OP I set up at Vercors Emballages;
- I have negotiated with 3PLs in France, Benelux and Spain and know where those contracts tend to go wrong;
- I have led a team of 60 through an ERP change without losing service levels.

I am very interested in the role and will check in with Femke at the end of next week if I have not heard before then.

Kind regards,
Julien Moreau
+33 6 39 98 41 27 | julien.moreau@example.fr""", subject="Thank you – our conversation today")
    send("noop", pieter, [me], "2026-04-15 08:05", """Thanks Julien, good talking to you too. Femke will be in touch about next steps.

Pieter

Sent from Outlook for iOS""", parent="nooty")
    c.thread("nooty", True, "interview", "Noordhaven Logistics B.V.",
             "thank-you to the VP in a new thread; his short reply promises nothing dated")

    # ---- Calloway Industrial (US) -----------------------------------------
    ack_txt = """Hi Julien,

Thanks for your interest in the VP Supply Chain, EMEA role at Calloway Industrial! We've received your application and our team will review it. If your experience is a match for what we're looking for, someone from our team will be in touch.

Best,
The Calloway Industrial Talent Team

Please do not reply to this email. This mailbox is not monitored."""
    send("calack", greenhouse, [me], "2026-03-12 10:40", ack_txt,
         subject="Thank you for applying to Calloway Industrial", html=html_of(ack_txt),
         headers=AUTO)
    c.thread("calack", True, "application", "Calloway Industrial",
             "Greenhouse acknowledgement from a no-reply address")

    JESS_SIG = """Jessica Tran
Senior Talent Acquisition Partner | Calloway Industrial
Columbus, OH | +1 614 555 0139"""
    send("cal1", jessica, [me], "2026-03-17 10:12", """Hi Julien,

Thanks for applying for our VP Supply Chain, EMEA opening. I'm the recruiter supporting the search and I'd love to set up a 30-minute intro call to learn more about your background and walk you through the role (it sits with our Lyon plant and covers our four European sites).

Would this Friday, March 20 work? I could do 11:00 AM or 1:00 PM Eastern.

Best,
Jessica

""" + JESS_SIG, subject="Calloway Industrial – VP Supply Chain, EMEA")
    send("cal2", me, [jessica], "2026-03-17 18:20", """Hi Jessica,

Thank you for your message. Friday at 11:00 AM Eastern works well for me, which is 4:00 PM here in Lyon. You can reach me on +33 6 39 98 41 27.

Best regards,
Julien Moreau""", parent="cal1")
    send("cal3", jessica, [me], "2026-03-17 13:45", """Great, Friday 3/20 at 11:00 AM ET it is. I'll call your mobile. Talk soon!

Jessica

Sent from my iPhone""", parent="cal2")
    send("calty", me, [jessica], "2026-03-20 17:05", """Hi Jessica,

Thank you for the call this afternoon and for such a clear picture of the role and of the Lyon site. The plan to bring the four European plants onto a single planning process is exactly the kind of project I have enjoyed most in my career.

I would be glad to meet Mark whenever suits him.

Best regards,
Julien Moreau
+33 6 39 98 41 27""", parent="cal3")
    send("cal4", jessica, [me], "2026-04-03 11:30", """Hi Julien,

Good news: Mark Sullivan, our SVP Global Operations, would like to meet you for a 60-minute video interview. You'll get an email from GoodTime shortly with times to pick from.

Have a nice Easter weekend!
Jessica

""" + JESS_SIG, parent="calty")
    send("cal5", me, [jessica], "2026-04-03 18:10", """Thanks Jessica, great news. I'll look out for it.

Julien""", parent="cal4")
    send("cal6", jessica, [me], "2026-04-15 10:20", """Hi Julien,

I wanted to reach out personally. Thank you again for your time with Mark on Monday; he enjoyed the conversation, as I did ours back in March.

After a lot of discussion, the team has decided to move forward with another candidate whose experience in heavy-equipment aftermarket logistics is a closer match for where the business is right now. It was a difficult call and it is no reflection on the quality of your background.

I'd like to keep in touch for future roles in Europe, if that's okay with you.

All the best,
Jessica

""" + JESS_SIG, parent="cal5")
    c.thread("cal1", True, "rejection", "Calloway Industrial",
             "recruiter phone screen Fri 20 Mar 11:00 EDT = 16:00 CET (30 min), thanked the same "
             "day; rejection on Wed 15 Apr after the SVP interview")
    c.meeting("cal1", T("2026-03-20 11:00", jessica), T("2026-03-20 11:30", jessica),
              met=[jessica.email], thanks={jessica.email: "calty"}, what="phone screen")
    c.forbid("cal1", jessica.email,
             "phone screen of Fri 20 Mar thanked in the thread that day; her rejection of 15 Apr "
             "ends the thread's follow-ups")

    gt_txt = """Hi Julien,

Your interview with Calloway Industrial is confirmed.

Role: VP Supply Chain, EMEA
When: Monday, April 13, 2026, 9:00 AM - 10:00 AM EDT
Your time zone: 3:00 PM - 4:00 PM CEST (Europe/Paris)
Where: Zoom - https://callowayindustrial.zoom.us/j/84120557316?pwd=Y2FsbG93YXkxMjM0

Interviewer:
Mark Sullivan, SVP Global Operations - mark.sullivan@callowayindustrial.com

Need to reschedule? https://app.goodtime.io/candidate/r/7f3c9a21e4

Good luck!
Calloway Industrial Talent Team

Scheduling powered by GoodTime"""
    send("gt1", goodtime, [me], "2026-04-07 09:12", gt_txt,
         subject="Interview Confirmed: Calloway Industrial – VP Supply Chain, EMEA",
         html=html_of(gt_txt), headers=AUTO)
    c.thread("gt1", True, "interview", "Calloway Industrial",
             "GoodTime confirmation without ICS naming the interviewer and his address; video "
             "interview Mon 13 Apr 9:00-10:00 EDT (15:00-16:00 CEST); never thanked; rejection "
             "came on 15 Apr in the recruiter's thread")
    c.meeting("gt1", T("2026-04-13 09:00", jessica), T("2026-04-13 10:00", jessica),
              met=["mark.sullivan@callowayindustrial.com"], what="SVP interview")
    c.expect("thank_you", "gt1", "mark.sullivan@callowayindustrial.com",
             "interview Mon 13 Apr 15:00-16:00 CEST took place; no note to Mark; the rejection "
             "of 15 Apr does not cancel a thank-you owed; overdue since 14 Apr 16:00")
    c.forbid("gt1", goodtime.email, "automated scheduler sender (no-reply@goodtime.io)")

    # ---- Former boss: lunch -------------------------------------------------
    send("ber1", me, [bernard], "2026-04-01 08:45", """Salut Bernard,

J'espère que tout va bien à Rivoire et que la nouvelle ligne de moulage tient ses promesses.

Je réfléchis sérieusement à la suite de mon parcours et j'aimerais beaucoup avoir ton regard : tu me connais mieux que personne côté opérations. Est-ce que tu aurais un créneau pour déjeuner dans les semaines qui viennent ? Je m'adapte à ton agenda.

Amitiés,
Julien""", subject="Un déjeuner ?")
    send("ber2", bernard, [me], "2026-04-01 12:20", """Bonjour Julien,
Avec plaisir ! Vendredi 10 avril, 12h30, au Bistrot des Terreaux ? Je réserve.
Bernard

Envoyé de mon iPhone""", parent="ber1")
    send("ber3", me, [bernard], "2026-04-01 12:48", """Parfait, merci Bernard ! Vendredi 10, 12h30, c'est noté.
Julien""", parent="ber2")
    send("ber4", bernard, [me], "2026-04-10 15:40", """Julien,

Ravi de ce déjeuner, ça m'a fait plaisir de te retrouver en forme et avec des idées claires sur ce que tu veux.

Comme promis, voici les coordonnées d'Hélène Roche, DG de Rhône Cargo Services : helene.roche@rhonecargo.fr. Je lui ai parlé de toi tout à l'heure, elle cherche quelqu'un pour structurer sa supply chain et devrait te contacter directement.

Bien à toi,
Bernard

Bernard Chevalier
Directeur Général – Fonderies Rivoire
04 65 71 20 88""", parent="ber3", quote=False)
    c.thread("ber1", True, "networking", "Fonderies Rivoire",
             "lunch with a former boss Fri 10 Apr 12:30 (no end stated); Julien's 'merci' came "
             "before it; Bernard's mail after the lunch is unanswered")
    c.meeting("ber1", T("2026-04-10 12:30"), None, met=[bernard.email], what="lunch")
    c.expect("thank_you", "ber1", bernard.email,
             "lunch Fri 10 Apr 12:30 (60 min by default) took place; his follow-up with an "
             "introduction is unanswered; overdue since 11 Apr 13:30")

    # ---- Hélène Roche (introduced) ----------------------------------------
    send("hel1", helene, [me], "2026-04-13 17:05", """Bonjour Monsieur Moreau,

Bernard Chevalier m'a dit le plus grand bien de vous lors d'un échange vendredi. Nous lançons chez Rhône Cargo Services un projet de structuration de notre supply chain (nouvelle plateforme à Saint-Priest, reprise d'un transporteur en Isère) et je serais heureuse d'en parler avec vous.

Pourrions-nous nous appeler lundi prochain, le 20 avril ? Je suis disponible à 11h ou à 14h30.

Bien cordialement,

Hélène Roche
Directrice Générale
Rhône Cargo Services
06 39 98 63 10""", subject="De la part de Bernard Chevalier")
    send("hel2", me, [helene], "2026-04-13 21:15", """Bonjour Madame Roche,

Merci beaucoup pour votre message, Bernard m'avait prévenu. Avec plaisir : lundi 20 avril à 11h me convient très bien.

Bien cordialement,
""" + SIG, parent="hel1")
    send("hel3", helene, [me], "2026-04-14 08:10", """Parfait, je vous appelle lundi à 11h.
Bonne journée,
Hélène Roche

Envoyé de mon iPhone""", parent="hel2", quote=False)
    c.thread("hel1", True, "networking", "Rhône Cargo Services",
             "introduced by the former boss; call agreed for Mon 20 Apr 11:00, after now")
    c.meeting("hel1", T("2026-04-20 11:00"), None, met=[helene.email], status="scheduled")
    c.forbid("hel1", helene.email, "call on Mon 20 Apr 11:00 is still in the future at now")

    # ---- Kestrel Partners (headhunter) -------------------------------------
    THOMAS_SIG = """Thomas Roux
Associé
KESTREL PARTNERS – Executive Search
04 65 71 44 90 – 06 39 98 22 57"""
    send("kes1", thomas, [me], "2026-03-25 09:30", """Bonjour Monsieur Moreau,

Je me permets de vous contacter suite à nos messages sur LinkedIn. Kestrel Partners accompagne une ETI industrielle familiale (environ 900 personnes, trois sites dans le Nord-Isère) dans le recrutement de son futur Directeur Supply Chain, membre du comité de direction.

Votre parcours correspond de très près à ce que recherche notre client. Je vous propose un premier échange en visio, lundi 30 mars en fin de journée si cela vous convient, afin de vous présenter le contexte et de mieux comprendre vos attentes.

Bien cordialement,

""" + THOMAS_SIG, subject="Directeur Supply Chain – ETI industrielle (Nord-Isère) – confidentiel")
    send("kes2", me, [thomas], "2026-03-25 12:30", """Bonjour Monsieur Roux,

Votre message m'intéresse. Lundi 30 mars à 18h me conviendrait, en visio.

Bien cordialement,
""" + SIG, parent="kes1")
    send("kes3", me, [thomas], "2026-03-31 08:40", """Bonjour Thomas,

Merci pour notre échange d'hier soir ; le contexte de votre client me parle beaucoup, en particulier la mutualisation des flux entre les trois sites.

Comme convenu, vous trouverez ci-joint mon CV à jour ainsi qu'une courte note sur mes principales réalisations.

Bien cordialement,
""" + SIG, parent="kes2", attachments=[CV, pdf("Julien_Moreau_realisations.pdf", [
        "Julien Moreau - Principales realisations",
        "Consolidation de 3 entrepots en 1 hub (2021-2024), -14% de couts logistiques",
        "Deploiement S&OP multi-sites (4 pays)",
        "Migration ERP sans degradation du taux de service (98,5%)"])])
    send("kes4", thomas, [me], "2026-04-01 10:05", """Bonjour Julien,

Bien reçu, merci. Je présente votre dossier au Président de notre client demain, en même temps que deux autres profils. Je reviens vers vous d'ici la fin de semaine pour vous dire s'il souhaite vous rencontrer.

Bien cordialement,

""" + THOMAS_SIG, parent="kes3")
    c.thread("kes1", True, "recruiter", "Kestrel Partners",
             "headhunter for an undisclosed client; visio on 30 Mar (in its own invite thread); "
             "'je reviens vers vous d'ici la fin de semaine' on Wed 1 Apr; silent since")
    c.promise("kes1", "kes4", thomas.email, "2026-04-03")
    c.expect("callback", "kes1", thomas.email,
             "'d'ici la fin de semaine' said Wed 1 Apr (Fri 3 Apr); no word since; due end of "
             "Tue 7 Apr (end of Wed 8 Apr counting Easter Monday as a holiday), not yet stale",
             promised="2026-04-03")

    kes_desc = ("Bonjour Julien,\n\nComme convenu, voici le lien pour notre échange de lundi.\n\n"
                "Thomas\n\n" + TEAMS_FR % ("ZGE3YjM0ZTItMWQ1Yy00", "8a0f2c4e-11d9-4b7a-9e55-3c6d0b7a2f19",
                                           "348 552 107 914", "7Gh2Xq"))
    kes_ics = make_ics(
        method="REQUEST", uid=uid_outlook("kestrel", "visio"), stamp=T("2026-03-25 14:02"),
        start=T("2026-03-30 18:00"), end=T("2026-03-30 18:45"),
        summary="Échange Julien Moreau / Kestrel Partners", organizer=thomas,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="Romance Standard Time",
        location="Réunion Microsoft Teams", description=kes_desc, prodid=OUTLOOK_PRODID,
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    send("kesinv", thomas, [me], "2026-03-25 14:02", kes_desc,
         subject="Échange Julien Moreau / Kestrel Partners", ics=kes_ics, ics_mode="outlook")
    c.thread("kesinv", True, "recruiter", "Kestrel Partners",
             "Teams invite (Romance Standard Time) Mon 30 Mar 18:00-18:45 with the headhunter; "
             "thank-you would be stale at now either way")
    c.meeting("kesinv", T("2026-03-30 18:00"), T("2026-03-30 18:45"), met=[thomas.email],
              what="headhunter visio (stale)")

    # ---- Lambert & Associés / Maison Berthier (cancelled) ------------------
    send("lam1", herve, [me], "2026-03-16 11:20", """Bonjour Monsieur Moreau,

Votre nom m'a été donné par un ancien collègue à vous, Philippe Garcin, avec qui j'ai travaillé il y a quelques années. Je mène actuellement une mission pour une belle entreprise familiale de l'agroalimentaire basée dans l'Ain, qui recherche son Directeur Supply Chain.

Seriez-vous ouvert à en discuter ? Si oui, pourriez-vous me transmettre votre CV ?

Cordialement,

Hervé Lambert
Lambert & Associés – Conseil en recrutement de cadres dirigeants
06 39 98 70 31""", subject="Opportunité – Direction Supply Chain – groupe agroalimentaire (Ain)")
    send("lam2", me, [herve], "2026-03-16 19:02", """Bonjour Monsieur Lambert,

Merci pour votre message. Je suis effectivement ouvert à ce type d'opportunité ; vous trouverez mon CV en pièce jointe.

Bien cordialement,
""" + SIG, parent="lam1", attachments=[CV])
    send("lam3", herve, [me], "2026-03-18 09:05", """Bonjour,

Merci pour votre CV, très intéressant. Je le présente au client en fin de semaine et vous confirme d'ici le mardi 24 mars s'il souhaite vous rencontrer.

Cordialement,
Hervé Lambert""", parent="lam2")
    send("lam4", herve, [me], "2026-03-23 17:40", """Bonjour Monsieur Moreau,

Bonne nouvelle : mon client, Maison Berthier, souhaite vous rencontrer. Antoine Berthier, le PDG, vous propose le jeudi 2 avril à 10h00 au siège, 8 route de Lyon à Bourg-en-Bresse. Je ne serai pas présent à ce premier entretien ; en cas d'imprévu le jour même, voici son adresse : antoine.berthier@maison-berthier.fr.

Pouvez-vous me confirmer ?

Cordialement,
Hervé Lambert
06 39 98 70 31""", parent="lam3")
    send("lam5", me, [herve], "2026-03-23 20:10", """Bonjour Monsieur Lambert,

C'est noté, je serai à Bourg-en-Bresse le jeudi 2 avril à 10h00.

Bien cordialement,
""" + SIG, parent="lam4")
    send("lam6", herve, [me], "2026-03-31 18:25", """Bonjour Monsieur Moreau,

Je viens d'avoir Antoine Berthier au téléphone. Pour des raisons internes (un projet de rapprochement avec un autre groupe), Maison Berthier a décidé de suspendre ce recrutement jusqu'à nouvel ordre. Le rendez-vous de jeudi est donc annulé ; je suis sincèrement désolé pour ce contretemps.

Je ne manquerai pas de revenir vers vous si la mission reprend.

Cordialement,
Hervé Lambert""", parent="lam5")
    send("lam7", me, [herve], "2026-03-31 21:00", """Bonjour Monsieur Lambert,

Merci de m'avoir prévenu rapidement. Je reste à votre disposition si le projet redémarre.

Bien cordialement,
""" + SIG, parent="lam6")
    c.thread("lam1", True, "recruiter", "Maison Berthier",
             "headhunter kept his 'd'ici le mardi 24 mars' (wrote 23 Mar); meeting with the CEO "
             "Thu 2 Apr 10:00 cancelled on 31 Mar (recruitment suspended)")
    c.promise("lam1", "lam3", herve.email, "2026-03-24", answered_by="lam4")
    c.meeting("lam1", T("2026-04-02 10:00"), None, met=["antoine.berthier@maison-berthier.fr"],
              status="cancelled", what="cancelled meeting with the CEO")
    c.forbid("lam1", "antoine.berthier@maison-berthier.fr",
             "the meeting of Thu 2 Apr was cancelled on 31 Mar; they never met")

    # ---- Dauphin RH (no-show, moved) ---------------------------------------
    send("dau1", marion, [me], "2026-04-09 16:40", """Bonjour Julien,

Je suis consultante chez Dauphin RH, cabinet spécialisé dans les métiers de la supply chain. Je travaille actuellement sur un poste de Directeur Logistique pour un distributeur spécialisé basé dans l'Est lyonnais, et votre profil a retenu mon attention.

Auriez-vous un moment pour un appel mardi 14 avril à 9h ?

Belle journée,

Marion Chabert
Consultante Senior – Dauphin RH
06 39 98 55 14""", subject="Opportunité Directeur Logistique – Est lyonnais")
    send("dau2", me, [marion], "2026-04-09 19:20", """Bonjour Marion,

Volontiers, mardi 9h me va bien. Vous pouvez me joindre au 06 39 98 41 27.

Bien cordialement,
Julien Moreau""", parent="dau1")
    send("dau3", marion, [me], "2026-04-14 11:40", """Bonjour Julien,

Toutes mes excuses pour ce matin : une urgence chez un client m'a complètement accaparée et je n'ai pas pu vous appeler à 9h comme prévu. Je suis confuse.

Pourrions-nous reprogrammer ? Je vous propose vendredi 17 avril à 8h30 ou lundi 20 avril à 18h.

Encore désolée,
Marion""", parent="dau2")
    send("dau4", me, [marion], "2026-04-14 12:15", """Vendredi 8h30, parfait.

Julien""", parent="dau3")
    c.thread("dau1", True, "recruiter", "Dauphin RH",
             "call Tue 14 Apr 9:00 missed by the consultant (no-show); moved to Fri 17 Apr 8:30")
    c.meeting("dau1", T("2026-04-14 09:00"), None, met=[], status="cancelled",
              what="no-show by the consultant")
    c.meeting("dau1", T("2026-04-17 08:30"), None, met=[marion.email], status="scheduled")
    c.forbid("dau1", marion.email,
             "she missed the call of Tue 14 Apr; it was moved to Fri 17 Apr 8:30, after now")

    # ---- Groupe Solvane -------------------------------------------------------
    wd_txt = """Bonjour Julien,

Nous vous remercions de l'intérêt que vous portez au Groupe Solvane et accusons bonne réception de votre candidature au poste de Directeur Supply Chain Europe du Sud (R-0007731).

Notre équipe Talent Acquisition étudie actuellement les candidatures reçues. Vous pouvez suivre l'avancement de votre dossier depuis votre espace candidat.

Cordialement,
L'équipe Recrutement – Groupe Solvane

Ce message est généré automatiquement, merci de ne pas y répondre."""
    send("solack", workday, [me], "2026-03-10 14:03", wd_txt,
         subject="Groupe Solvane – Confirmation de réception de votre candidature",
         html=html_of(wd_txt), html_only=True, headers=AUTO)
    c.thread("solack", True, "application", "Groupe Solvane", "Workday acknowledgement")

    LAURA_SIG = """Laura Petit
Talent Acquisition Manager – Groupe Solvane
10 avenue Tony Garnier – 69007 Lyon
+33 4 65 71 80 23"""
    send("sol1", laura, [me], "2026-03-19 11:02", """Bonjour Monsieur Moreau,

Je suis en charge du recrutement pour le poste de Directeur Supply Chain Europe du Sud auquel vous avez postulé. Votre profil a retenu notre attention et je vous propose un premier échange téléphonique d'une trentaine de minutes.

Voici mes disponibilités :
- mardi 24 mars à 14h00
- jeudi 26 mars à 9h30
- vendredi 27 mars à 11h00

Je vous remercie de m'indiquer le créneau qui vous convient.

Bien cordialement,

""" + LAURA_SIG, subject="Groupe Solvane – Directeur Supply Chain Europe du Sud")
    send("sol2", me, [laura], "2026-03-19 12:30", """Bonjour Madame Petit,

Je vous remercie pour votre message. Le vendredi 27 mars à 11h00 me convient parfaitement.

Bien cordialement,
""" + SIG, parent="sol1")
    send("sol3", laura, [me], "2026-03-19 14:15", """Bonjour,

C'est noté, je vous appellerai le vendredi 27 mars à 11h00 sur votre portable.

Bien cordialement,
""" + LAURA_SIG, parent="sol2")
    send("sol4", me, [laura], "2026-03-27 12:05", """Bonjour Madame Petit,

Merci pour cet échange très clair de ce matin. Comme évoqué, je vous confirme mon intérêt pour le poste, en particulier pour le chantier d'harmonisation des plans de production entre Pont-de-Claix et Tarragone.

Bien cordialement,
""" + SIG, parent="sol3")
    send("sol5", laura, [me], "2026-03-27 16:40", """Bonjour Monsieur Moreau,

Merci à vous pour ce moment d'échange. Je fais le point la semaine prochaine avec Stéphane Vidal, le manager du poste, et je vous ferai un retour dans la semaine du 6 avril.

Bien cordialement,

""" + LAURA_SIG, parent="sol4")
    c.thread("sol1", True, "interview", "Groupe Solvane",
             "three slots offered, Fri 27 Mar 11:00 picked; phone screen (30 min) thanked in "
             "French the same day (stale either way); 'un retour dans la semaine du 6 avril', "
             "then silence")
    c.meeting("sol1", T("2026-03-27 11:00"), T("2026-03-27 11:30"), met=[laura.email],
              what="phone screen (stale)")
    c.promise("sol1", "sol5", laura.email, "2026-04-10")
    c.expect("callback", "sol1", laura.email,
             "'un retour dans la semaine du 6 avril' (window ends Fri 10 Apr, or Sun 12: same "
             "due date); nothing from Solvane since; due end of Tue 14 Apr",
             promised="2026-04-10")

    # ---- Laboratoires Corbière: a quarter of an hour -----------------------
    send("cor1", me, [anneso], "2026-04-07 08:20", """Madame,

Je me permets de vous écrire sur les conseils de Jean-Marc Ferrand, avec qui j'ai travaillé plusieurs années et qui vous connaît bien.

Après une quinzaine d'années dans la supply chain industrielle (emballage, agroalimentaire), je m'intéresse de près au secteur pharmaceutique, en particulier aux contraintes de sérialisation et de distribution sous température dirigée. Accepteriez-vous de m'accorder un quart d'heure au téléphone pour me donner votre regard sur le métier ? Je ne vous solliciterai pas pour un poste : c'est votre point de vue qui m'intéresse.

Je m'adapte bien entendu à vos disponibilités.

Bien cordialement,
""" + SIG, subject="Un quart d'heure de votre temps ? – supply chain pharmaceutique")
    send("cor2", anneso, [me], "2026-04-08 19:02", """Bonjour Monsieur Moreau,

Jean-Marc m'avait parlé de vous. Volontiers : je vous propose mardi 14 avril à 8h30, avant mon comité de direction. Je vous appellerai au numéro indiqué.

Bien cordialement,

Anne-Sophie Mercier
Directrice Supply Chain – Laboratoires Corbière""", parent="cor1")
    send("cor3", me, [anneso], "2026-04-08 20:30", """Bonjour Madame Mercier,

Mardi 14 avril à 8h30, c'est parfait. Merci beaucoup.

Bien cordialement,
Julien Moreau""", parent="cor2")
    send("cor4", anneso, [me], "2026-04-14 11:25", """Bonjour Monsieur Moreau,

Comme évoqué ce matin, vous trouverez en pièce jointe la synthèse sectorielle que je citais sur la distribution pharmaceutique sous température dirigée. Le guide des bonnes pratiques de distribution en gros est, lui, en accès libre.

Bonne continuation dans vos démarches,

Anne-Sophie Mercier
Directrice Supply Chain – Laboratoires Corbière""", parent="cor3", quote=False,
         attachments=[pdf("Synthese - distribution pharma sous temperature dirigee.pdf", [
             "Distribution pharmaceutique sous temperature dirigee - synthese 2025",
             "1. Cadre reglementaire (BPDG)", "2. Chaine du froid 2-8 C et 15-25 C",
             "3. Serialisation et tracabilite", "4. Modeles logistiques"])])
    c.thread("cor1", True, "networking", "Laboratoires Corbière",
             "Julien asks a supply-chain director for 'un quart d'heure'; phone call Tue 14 Apr "
             "8:30 (15 min); her follow-up with a document is unanswered; only a pre-call 'merci'")
    c.meeting("cor1", T("2026-04-14 08:30"), T("2026-04-14 08:45"), met=[anneso.email],
              what="quarter-hour call")
    c.expect("thank_you", "cor1", anneso.email,
             "networking call Tue 14 Apr 8:30 took place ('comme évoqué ce matin'); nothing sent "
             "to her since; overdue since 15 Apr (8:45 or 9:30 by the default length)")

    # ---- APEC coaching ---------------------------------------------------------
    apec_txt = """Bonjour Julien Moreau,

Nous vous confirmons votre rendez-vous « Faire le point sur votre projet professionnel » avec Isabelle Marchand, consultante Apec.

Date : vendredi 10 avril 2026
Heure : de 9h30 à 10h30
Modalité : entretien en visioconférence (le lien vous sera envoyé la veille)

Pour modifier ou annuler votre rendez-vous, connectez-vous à votre espace personnel sur apec.fr.

L'équipe Apec

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre."""
    send("apec1", apec, [me], "2026-04-02 10:15", apec_txt,
         subject="Votre rendez-vous Apec est confirmé", html=html_of(apec_txt), html_only=True,
         headers=AUTO)
    c.thread("apec1", True, "networking", "Apec",
             "no-reply confirmation of a coaching session Fri 10 Apr 9:30-10:30; the consultant "
             "is named without an address")
    c.meeting("apec1", T("2026-04-10 09:30"), T("2026-04-10 10:30"), met=[],
              what="APEC coaching (no address for the consultant)")
    c.forbid("apec1", apec.email,
             "automated sender; the consultant met has no address anywhere in the thread")
    apec2_txt = """Bonjour Julien Moreau,

Votre rendez-vous avec Isabelle Marchand, consultante Apec, a lieu demain, vendredi 10 avril 2026 à 9h30.

Pour rejoindre la visioconférence : https://visio.apec.fr/rdv/4f8e2c71

Nous vous conseillons de vous connecter quelques minutes avant l'heure prévue.

L'équipe Apec"""
    send("apec2", apec, [me], "2026-04-09 17:00", apec2_txt,
         subject="Rappel : votre rendez-vous Apec demain à 9h30", html=html_of(apec2_txt),
         html_only=True, headers=AUTO)
    c.thread("apec2", True, "networking", "Apec",
             "reminder with the video link for the same session (recorded in the first thread)")

    # ---- Transalp Distribution (SmartRecruiters) ---------------------------
    tra1_txt = """Bonjour Julien,

Merci d'avoir postulé au poste de Responsable des Opérations Logistiques Régionales chez Transalp Distribution. Nous avons bien reçu votre candidature et l'étudierons avec attention.

Cordialement,
L'équipe Talent Acquisition – Transalp Distribution"""
    send("tra1", smartr, [me], "2026-03-06 09:30", tra1_txt,
         subject="Votre candidature chez Transalp Distribution", html=html_of(tra1_txt),
         headers=AUTO)
    c.thread("tra1", True, "application", "Transalp Distribution",
             "SmartRecruiters acknowledgement")
    tra2_txt = """Bonjour Julien,

Nous vous remercions pour l'intérêt que vous avez porté à Transalp Distribution et au poste de Responsable des Opérations Logistiques Régionales.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable, d'autres profils correspondant plus étroitement aux besoins actuels du poste.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talent Acquisition – Transalp Distribution"""
    send("tra2", smartr, [me], "2026-04-02 16:10", tra2_txt,
         subject="Transalp Distribution – suite donnée à votre candidature", html=html_of(tra2_txt),
         headers=AUTO)
    c.thread("tra2", True, "rejection", "Transalp Distribution",
             "automated rejection; no meeting took place")

    # ---- LinkedIn InMail ---------------------------------------------------------
    li_txt = """Nadia Benali vous a envoyé un message

Nadia Benali
Talent Acquisition Lead chez Hexaflow Logistics

« Bonjour Julien, je recrute un(e) Directeur(trice) des Opérations pour notre nouvelle plateforme de Villefranche. Votre expérience S&OP m'intéresse beaucoup. Seriez-vous ouvert à un échange dans les prochaines semaines ? »

Répondre : https://www.linkedin.com/messaging/thread/2-ODc4MzQ1

Vous recevez des notifications de messages. Se désabonner : https://www.linkedin.com/comm/psettings/email"""
    send("limsg", li_msgs, [me], "2026-04-13 07:55", li_txt,
         subject="Nadia Benali vous a envoyé un message", html=html_of(li_txt), headers=AUTO)
    c.thread("limsg", True, "recruiter", "Hexaflow Logistics",
             "InMail notification from LinkedIn; no address for the sender, nothing dated")

    # ================================================================== NOISE
    # ---- current employer -------------------------------------------------------
    send("work1", workme, [me], "2026-04-03 17:48", """Pour l'agenda perso (mon Outlook pro ne se synchronise plus sur le téléphone).

-----Message d'origine-----
De : Amandine Roux <amandine.roux@vercors-emballages.fr>
Envoyé : vendredi 3 avril 2026 16:12
À : Julien Moreau <julien.moreau@vercors-emballages.fr>; Karim Haddad <karim.haddad@vercors-emballages.fr>
Objet : Entretien – Léa Martin – Responsable Approvisionnements

Bonjour Julien, bonjour Karim,

Je vous cale le 2e entretien de Léa Martin (candidate au poste de Responsable Approvisionnements, en remplacement de Sandrine) mercredi 8 avril de 10h à 11h sur Teams. Elle a eu un très bon premier tour avec moi ; son CV est en pièce jointe.

Julien, peux-tu me faire ton retour d'ici jeudi soir, que je puisse lui répondre avant le week-end ?

Bonne fin de journée,
Amandine

Amandine Roux
Chargée de recrutement & développement RH
Vercors Emballages – Saint-Priest
04 65 71 63 40""", subject="TR : Entretien – Léa Martin – Responsable Approvisionnements",
         attachments=[pdf("CV_Lea_Martin.pdf", [
             "Lea Martin - Acheteuse / Approvisionneuse", "Grenoble",
             "2019-2026 Approvisionneuse senior, Dauphine Plasturgie",
             "Master Achats Industriels"])])
    c.thread("work1", False, None, "Vercors Emballages",
             "Julien forwards from his work address an interview he runs for his own team "
             "(Wed 8 Apr 10:00-11:00, Teams); he is the interviewer")
    c.meeting("work1", T("2026-04-08 10:00"), T("2026-04-08 11:00"),
              met=["amandine.roux@vercors-emballages.fr"], job=False,
              what="Julien interviews a candidate at his current employer")
    c.forbid("work1", "amandine.roux@vercors-emballages.fr",
             "current employer's HR: Julien interviews a candidate for his own team; not his "
             "job search")

    send("work2", karim, [me, Person("Sandrine Lopez", "sandrine.lopez.38@gmail.com"),
                          Person("Yann Perrot", "yperrot@hotmail.fr")], "2026-03-16 20:14",
         """Salut à tous,

Pour le départ en retraite de Gérard on organise un pot surprise le vendredi 27 mars à partir de 18h au Comptoir de la Gare à Saint-Priest. J'écris sur vos adresses perso pour que ça ne tombe pas dans sa boîte pro...

Cagnotte pour le cadeau (un vélo électrique, il en parle depuis 2 ans) : https://www.leetchi.com/c/depart-gerard-vercors

Motus et bouche cousue !
Karim""", subject="Pot de départ de Gérard – vendredi 27 mars (chut !)")
    send("work2b", me, [karim], "2026-03-16 21:30", """Super idée Karim, je serai là. J'ai mis ma participation dans la cagnotte.
Julien""", parent="work2")
    send("work2c", karim, [me], "2026-03-26 12:40", """Petit rappel pour demain 18h ! Gérard croit qu'on fait un point budget avec le DAF, ne vendez pas la mèche 😉
Karim""", parent="work2b", quote=False)
    c.thread("work2", False, None, None,
             "colleagues' retirement drinks Fri 27 Mar 18:00, organised from personal addresses")
    c.meeting("work2", T("2026-03-27 18:00"), None, met=[karim.email], job=False,
              what="retirement drinks")

    cse_txt = """La lettre du CSE – avril 2026

- Billetterie : Walibi, Musée des Confluences, cinémas Pathé à tarif réduit
- Chèques vacances : commandes jusqu'au 30 avril
- Sortie famille au Pal le samedi 13 juin : inscriptions ouvertes

Vos élus CSE – Vercors Emballages"""
    send("work3", cse, [me], "2026-04-01 07:30", cse_txt, subject="La lettre du CSE – avril 2026",
         html=html_of(cse_txt), html_only=True,
         headers=bulk_headers("<lettre.cse.vercors-emballages.fr>",
                              "https://cse.vercors-emballages.fr/desinscription"))
    c.thread("work3", False, None, "CSE Vercors Emballages", "works council newsletter")

    # ---- family ---------------------------------------------------------------------
    send("pq1", maman, [me], "2026-03-23 09:12", """Bonjour mon grand,

Est ce que vous venez a Annecy pour Pâques ? Olivier et les enfants arrivent le samedi, ce serait bien que tout le monde soit là pour le dimanche midi. Je fais le gigot.

Dis moi vite pour que je prépare les chambres.

Bisous à tous
Maman""", subject="Pâques")
    send("pq2", me, [maman], "2026-03-23 19:40", """Bonsoir Maman,

Oui, on vient ! On partira samedi en fin de matinée et on rentrera lundi après-midi. Chloé demande s'il y aura la chasse aux œufs dans le jardin comme l'an dernier.

Bisous,
Julien""", parent="pq1", cc=[aurelie])
    send("pq3", maman, [me], "2026-03-24 08:05", """Bien sur qu'il y aura la chasse aux oeufs !! Je suis contente. Dis a Aurélie de ne rien apporter, j'ai tout prévu.
Maman""", parent="pq2", quote=False)
    send("pq4", aurelie, [me], "2026-03-24 08:31", """Je vais quand même prendre un dessert, tu connais ta mère 😄""",
         parent="pq3", quote=False)
    c.thread("pq1", False, None, None, "family Easter plans")

    send("or1", aurelie, [me], "2026-03-10 13:02", """Tu peux récupérer Chloé chez l'orthodontiste jeudi à 17h30 ? Je suis coincée en réunion jusqu'à 18h30. C'est au cabinet de la Croix-Rousse, pas celui de Caluire.

Bisous""", subject="Ortho jeudi")
    send("or2", me, [aurelie], "2026-03-10 13:20", """Ok je m'en occupe, je partirai du bureau à 17h.""",
         parent="or1")
    c.thread("or1", False, None, None, "daughter's orthodontist pick-up Thu 12 Mar 17:30")
    c.meeting("or1", T("2026-03-12 17:30"), None, met=[], job=False, what="orthodontist")

    send("va1", aurelie, [me], "2026-03-19 21:48", """Regarde cette maison dans la Drôme pour les 2 premières semaines d'août, piscine + 4 chambres, pas trop loin de Dieulefit. Dispo du 1er au 15.
https://www.gites-de-france.com/fr/auvergne-rhone-alpes/drome/gite-26G4412

Qu'est-ce que tu en penses ? Il faudrait réserver vite.""", subject="Vacances été")
    send("va2", me, [aurelie], "2026-03-20 07:55", """Elle a l'air top. Par contre je préférerais qu'on attende un peu pour les dates, selon comment ça évolue côté boulot je ne sais pas si je pourrai prendre deux semaines en août. On en parle ce soir ?""",
         parent="va1")
    send("va3", aurelie, [me], "2026-03-20 08:20", """Ok. Je demande s'ils acceptent une option sans acompte jusqu'à fin avril.""",
         parent="va2")
    send("va4", aurelie, [me], "2026-03-23 18:02", """Option posée jusqu'au 30 avril, sans frais 👍""",
         parent="va3", quote=False)
    c.thread("va1", False, None, None, "summer holiday rental")

    send("ol1", olivier, [me], "2026-03-05 22:10", """Salut frérot,

Pour les 70 ans de Maman en mai, Céline et moi on pensait lui offrir un week-end à Évian avec soins au spa. Ça fait dans les 600 € en tout. Tu es partant pour partager en deux ?

Olivier""", subject="Cadeau 70 ans Maman")
    send("ol2", me, [olivier], "2026-03-06 08:30", """Salut Olivier,

Très bonne idée, partant. Dis-moi quand tu réserves et je te fais un virement.

Julien""", parent="ol1")
    send("ol3", olivier, [me], "2026-03-11 19:44", """C'est réservé pour le week-end du 23-24 mai. Ta part : 310 €. RIB en pj, pas de stress.

Olivier""", parent="ol2", quote=False,
         attachments=[pdf("RIB_Olivier_Moreau.pdf", ["Releve d'identite bancaire",
                                                     "Titulaire : M. Olivier Moreau",
                                                     "IBAN : FR76 0000 0000 0000 0000 0000 000"])])
    c.thread("ol1", False, None, None, "brother: joint birthday present for their mother")

    send("ge1", aurelie, [me], "2026-04-09 07:12", """Bonne chance à Genève ! Tu vas les bluffer.
Envoie-moi un message en sortant.

Envoyé de mon iPhone""", subject="Genève")
    send("ge2", me, [aurelie], "2026-04-09 12:40", """Ça s'est bien passé je crois, étude de cas un peu corsée mais intéressante. Je prends le train de 14h, je te raconte ce soir.""",
         parent="ge1")
    c.thread("ge1", False, None, None,
             "wife wishes luck for the Geneva visit; family mail, not job search")

    # ---- school ---------------------------------------------------------------------
    pr1_txt = """Collège Jean-Moulin – Caluire-et-Cuire

Le bulletin du 2e trimestre de MOREAU Lucas (4e B) est disponible dans votre Espace Parents.

Connectez-vous à PRONOTE pour le consulter.

Ce message vous est envoyé automatiquement par PRONOTE, merci de ne pas y répondre."""
    send("pr1", pronote, [me], "2026-03-20 18:02", pr1_txt,
         subject="PRONOTE – Nouveau bulletin disponible", html=html_of(pr1_txt), headers=AUTO)
    c.thread("pr1", False, None, "Collège Jean-Moulin", "Pronote notification")
    pr2_txt = """Collège Jean-Moulin – Caluire-et-Cuire

Nouvelle information de la vie scolaire : sortie pédagogique des 3e au Mémorial de Montluc le jeudi 23 avril. Une autorisation parentale est à signer en ligne avant le 17 avril.

Connectez-vous à PRONOTE pour la consulter.

Ce message vous est envoyé automatiquement par PRONOTE, merci de ne pas y répondre."""
    send("pr2", pronote, [me], "2026-04-07 12:31", pr2_txt,
         subject="PRONOTE – Nouvelle information", html=html_of(pr2_txt), headers=AUTO)
    c.thread("pr2", False, None, "Collège Jean-Moulin", "Pronote notification")

    send("gi1", me, [girard], "2026-03-30 21:05", """Madame Girard,

Nous avons vu le bulletin de Lucas et sommes un peu inquiets de sa moyenne en mathématiques (8,5). Y aurait-il un dispositif de soutien au collège qui pourrait l'aider d'ici la fin de l'année ?

Bien cordialement,
Julien Moreau, papa de Lucas (4e B)""", subject="Lucas Moreau – 4e B – mathématiques")
    send("gi2", girard, [me], "2026-03-31 17:48", """Bonjour Monsieur Moreau,

Merci pour votre message. J'en parle à l'équipe pédagogique lors du conseil de jeudi et je vous recontacte d'ici le vendredi 3 avril.

Cordialement,
S. Girard
Professeure principale de 4e B""", parent="gi1")
    send("gi3", girard, [me], "2026-04-02 18:15", """Bonjour Monsieur Moreau,

Comme convenu : Lucas peut rejoindre le dispositif « Devoirs faits » le mardi et le jeudi de 16h à 17h à partir de la rentrée des vacances de printemps. M. Benoît, son professeur de mathématiques, lui proposera aussi des exercices de remise à niveau.

Cordialement,
S. Girard""", parent="gi2", quote=False)
    send("gi4", me, [girard], "2026-04-02 20:30", """Madame Girard,

Merci beaucoup pour votre retour rapide, nous l'inscrivons.

Bien cordialement,
Julien Moreau""", parent="gi3")
    c.thread("gi1", False, None, "Collège Jean-Moulin",
             "teacher promised to call back by Fri 3 Apr and wrote on 2 Apr")
    c.promise("gi1", "gi2", girard.email, "2026-04-03", answered_by="gi3", job=False)
    c.forbid("gi1", girard.email,
             "the children's school, not job search; her 'd'ici le vendredi 3 avril' was kept "
             "on 2 Apr")

    # ---- cycling club and friends ---------------------------------------------------
    vc1_txt = """VC MONTS D'OR – INFOS CLUB

Sorties du week-end :
- Samedi 7 mars : groupe 2, boucle des Monts d'Or, 65 km, départ 8h30 parking de la mairie
- Dimanche 8 mars : groupe 1, Saint-Germain – Col du Mont Verdun, 90 km, départ 8h

Assemblée générale : vendredi 13 mars à 19h30, salle Jean-Jaurès. Renouvellement du bureau.

Pensez à renouveler votre licence FFC si ce n'est pas fait !

Sportivement,
Le bureau"""
    send("vc1", vcmo, [me], "2026-03-04 20:00", vc1_txt, subject="Infos club – sorties et AG",
         html=html_of(vc1_txt),
         headers=bulk_headers("<infos.vc-montsdor.fr>", "https://vc-montsdor.fr/newsletter/off"))
    c.thread("vc1", False, None, "VC Monts d'Or", "club newsletter")
    vc2_txt = """VC MONTS D'OR – PROGRAMME D'AVRIL

- Dimanche 12 avril : sortie Beaujolais (Fleurie – col du Fût d'Avenas), 110 km, départ 8h
- Samedi 18 avril : atelier mécanique au local, 14h
- Dimanche 26 avril : sortie famille, 40 km, pique-nique à Neuville

Maillots 2026 : les commandes sont arrivées, à récupérer au local.

Le bureau"""
    send("vc2", vcmo, [me], "2026-04-02 20:00", vc2_txt, subject="Programme d'avril",
         html=html_of(vc2_txt),
         headers=bulk_headers("<infos.vc-montsdor.fr>", "https://vc-montsdor.fr/newsletter/off"))
    c.thread("vc2", False, None, "VC Monts d'Or", "club newsletter")

    send("fr1", fred, [me, pascal], "2026-03-12 12:31", """Salut les gars,

Les inscriptions pour l'Ardéchoise ouvrent samedi. On part sur la Volcanique (210 bornes) ou on reste raisonables avec les Boutières ? Moi je dis Volcanique, on n'a pas 20 ans mais on n'en a pas 70 non plus.

Fred""", subject="Ardéchoise 2026 – on s'inscrit ?")
    send("fr2", pascal, [me, fred], "2026-03-12 18:02", """Volcanique ok pour moi si on fait des sorties longues en avril-mai. Julien t'en penses quoi ?""",
         parent="fr1")
    send("fr3", me, [fred, pascal], "2026-03-12 21:15", """Partant pour la Volcanique ! Je m'inscris samedi. Par contre je risque d'être un peu moins dispo les dimanches d'avril, on verra.""",
         parent="fr2")
    send("fr4", fred, [me, pascal], "2026-03-14 10:20", """Inscrits tous les trois, dossards 2214, 2215, 2216. Pas de retour en arrière possible 🚴""",
         parent="fr3", quote=False)
    send("fr5", pascal, [me, fred], "2026-04-10 19:30", """Sortie Beaujolais dimanche avec le club, vous venez ? Rdv 7h45 à la mairie.""",
         parent="fr4", quote=False)
    send("fr6", me, [fred, pascal], "2026-04-10 21:02", """J'en suis, à dimanche 7h45.""",
         parent="fr5", quote=False)
    c.thread("fr1", False, None, None, "cycling friends: sportive registration and Sunday ride")
    c.meeting("fr1", T("2026-04-12 07:45"), None, met=[], job=False, what="club ride")

    din_txt = """Émilie Fabre vous a invité à un évènement.

Dîner chez les Fabre
Quand : sam. 28 mars 2026 20:00 – 23:30 (heure normale d'Europe centrale - Paris)
Où : 14 rue d'Austerlitz, 69004 Lyon
Participants : Émilie Fabre (organisateur), julien.moreau@example.fr, aurelie.moreau.lyon@gmail.com, Nicolas Fabre

Invitation de Google Agenda"""
    din_ics = make_ics(
        method="REQUEST", uid=uid_google("fabre", "diner"), stamp=T("2026-03-18 13:22"),
        start=T("2026-03-28 20:00"), end=T("2026-03-28 23:30"), summary="Dîner chez les Fabre",
        organizer=emilie_cal,
        attendees=[(emilie_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (aurelie, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Nicolas Fabre", "nico.fabre@gmail.com"), "ACCEPTED", "INDIVIDUAL")],
        tzid="Europe/Paris", location="14 rue d'Austerlitz, 69004 Lyon")
    send("din1", emilie_cal, [me, aurelie], "2026-03-18 13:22", din_txt,
         subject="Invitation: Dîner chez les Fabre @ sam. 28 mars 2026 20:00 - 23:30 (CET) (julien.moreau@example.fr)",
         ics=din_ics, ics_mode="google", headers=GCAL, html=html_of(din_txt))
    send("din2", me, [emilie], "2026-03-18 19:50", """Avec grand plaisir, on apporte le vin ! On viendra avec Lucas et Chloé si ça ne vous dérange pas.
Julien""", parent="din1")
    send("din3", emilie, [me], "2026-03-18 20:10", """Bien sûr, les enfants seront ravis de se retrouver. À samedi !""",
         parent="din2")
    c.thread("din1", False, None, None, "friends' dinner Sat 28 Mar, Google Calendar invite")
    c.meeting("din1", T("2026-03-28 20:00"), T("2026-03-28 23:30"), met=[], job=False,
              what="dinner with friends")

    # ---- bills, admin, receipts -----------------------------------------------------
    edf_txt = """Bonjour Julien MOREAU,

Votre facture d'électricité du 17/03/2026 est disponible dans votre Espace Client.

Montant : 142,38 €
Date de prélèvement : 31/03/2026
Référence client : 6 042 718 355

Consulter ma facture : https://particulier.edf.fr/fr/accueil/espace-client.html

EDF – Ne pas répondre à ce message."""
    send("edf1", edf, [me], "2026-03-18 06:40", edf_txt,
         subject="Votre facture EDF est disponible", html=html_of(edf_txt), html_only=True,
         headers=AUTO)
    c.thread("edf1", False, None, "EDF", "electricity bill")
    edf2_txt = """Bonjour Julien MOREAU,

Votre compteur Linky nous a transmis votre consommation de mars : 412 kWh, soit 6 % de moins qu'en mars 2025.

Suivez votre consommation jour par jour dans l'application EDF & MOI.

EDF – Ne pas répondre à ce message."""
    send("edf2", edf, [me], "2026-04-05 07:15", edf2_txt, subject="Votre consommation de mars",
         html=html_of(edf2_txt), html_only=True, headers=AUTO)
    c.thread("edf2", False, None, "EDF", "consumption statement")

    imp1_txt = """Bonjour,

Le service de déclaration en ligne des revenus 2025 est ouvert. Pour le département du Rhône, vous avez jusqu'au jeudi 28 mai 2026 à 23h59 pour déclarer.

Connectez-vous à votre espace particulier sur impots.gouv.fr pour vérifier et compléter votre déclaration pré-remplie.

La Direction générale des Finances publiques

Ceci est un message automatique, merci de ne pas y répondre."""
    send("imp1", dgfip, [me], "2026-04-09 09:00", imp1_txt,
         subject="Déclaration des revenus 2025 : le service est ouvert", html=html_of(imp1_txt),
         headers=AUTO)
    c.thread("imp1", False, None, "DGFiP", "tax return opening notice")
    imp2_txt = """Bonjour,

Un nouveau message a été déposé dans votre messagerie sécurisée le 03/03/2026.

Pour le consulter, connectez-vous à votre espace particulier sur impots.gouv.fr, rubrique « Messagerie sécurisée ».

La Direction générale des Finances publiques"""
    send("imp2", dgfip, [me], "2026-03-03 14:22", imp2_txt,
         subject="Nouveau message dans votre messagerie sécurisée", html=html_of(imp2_txt),
         headers=AUTO)
    c.thread("imp2", False, None, "DGFiP", "secure message notice")

    cesu_txt = """Bonjour,

Votre attestation fiscale 2025 est disponible dans votre espace employeur Cesu. Elle récapitule les sommes versées à votre salarié(e) et vous permet de bénéficier du crédit d'impôt pour l'emploi d'un salarié à domicile.

Le montant a été transmis automatiquement à l'administration fiscale.

Le service Cesu – Urssaf"""
    send("cesu1", cesu, [me], "2026-03-04 10:05", cesu_txt,
         subject="Votre attestation fiscale 2025 est disponible", html=html_of(cesu_txt),
         html_only=True, headers=AUTO)
    c.thread("cesu1", False, None, "Urssaf", "Cesu tax certificate")

    bk_txt = """Bonjour M. Moreau,

Votre relevé de compte de mars 2026 est disponible dans votre espace client.

Banque Rhodanienne – Ce courriel est envoyé automatiquement."""
    send("bk1", bank, [me], "2026-04-01 06:10", bk_txt, subject="Votre e-relevé de mars est disponible",
         html=html_of(bk_txt), html_only=True, headers=AUTO)
    c.thread("bk1", False, None, "Banque Rhodanienne", "bank statement")

    mu_txt = """Bonjour,

Nous avons procédé à un remboursement de 38,40 € concernant les soins du 24/03/2026 (orthodontie – Chloé MOREAU). Le virement apparaîtra sur votre compte sous quelques jours.

Votre mutuelle Rhône-Alpes Santé"""
    send("mu1", mutuelle, [me], "2026-04-01 11:00", mu_txt, subject="Un remboursement vient d'être effectué",
         html=html_of(mu_txt), headers=AUTO)
    c.thread("mu1", False, None, "Mutuelle Rhône-Alpes Santé", "health-insurance refund")

    send("sy1", syndic, [me], "2026-03-20 15:30", """Madame, Monsieur,

Vous trouverez ci-joint la convocation à l'assemblée générale ordinaire de la copropriété « Le Clos des Tilleuls », qui se tiendra le mardi 21 avril 2026 à 18h30 dans la salle polyvalente de la résidence, ainsi que les documents annexes (comptes 2025, budget prévisionnel, devis de ravalement).

Si vous ne pouvez pas être présent, vous pouvez donner pouvoir à un autre copropriétaire au moyen du formulaire joint.

Cordialement,

Service Copropriété
Cabinet Ravier Gestion
04 65 71 09 12""", subject="Convocation AG ordinaire – Le Clos des Tilleuls – 21 avril 2026",
         attachments=[pdf("Convocation_AG_2026_Clos_des_Tilleuls.pdf", [
             "Copropriete Le Clos des Tilleuls - Assemblee generale ordinaire",
             "Mardi 21 avril 2026 a 18h30 - salle polyvalente",
             "1. Approbation des comptes 2025", "2. Budget previsionnel 2026",
             "3. Ravalement de facade - devis"])])
    c.thread("sy1", False, None, "Cabinet Ravier Gestion", "condominium general meeting notice")
    c.meeting("sy1", T("2026-04-21 18:30"), None, met=[], status="scheduled", job=False,
              what="condominium AGM")

    dl_txt = """Bonjour Julien,

Votre rendez-vous est confirmé.

Mme Élodie Marchetti – Masseur-kinésithérapeute
Mercredi 22 avril 2026 à 12h30
8 Grande Rue, 69300 Caluire-et-Cuire

En cas d'empêchement, pensez à annuler votre rendez-vous au moins 24h à l'avance.

L'équipe Doctolib"""
    send("dl1", doctolib, [me], "2026-04-11 10:48", dl_txt,
         subject="Votre rendez-vous du mercredi 22 avril 2026 est confirmé", html=html_of(dl_txt),
         headers=AUTO)
    c.thread("dl1", False, None, "Doctolib", "physiotherapist appointment Wed 22 Apr")
    c.meeting("dl1", T("2026-04-22 12:30"), None, met=[], status="scheduled", job=False,
              what="physiotherapist")

    sn_txt = """Bonjour Julien,

Merci pour votre commande. Voici le récapitulatif de votre voyage :

Aller – jeudi 09/04/2026
TER Léman Express – Lyon Part-Dieu 06:42 → Genève Cornavin 08:40
Retour – jeudi 09/04/2026
Lyon Part-Dieu 16:20 ← Genève Cornavin 14:16

Passager : Julien MOREAU – Tarif Normal
Total payé : 56,20 €
Référence de commande : QZK4T7

Vos e-billets sont disponibles dans l'application SNCF Connect.

SNCF Connect"""
    send("sn1", sncf, [me], "2026-04-03 09:34", sn_txt,
         subject="Confirmation de votre commande – Lyon → Genève – 09/04/2026", html=html_of(sn_txt),
         headers=AUTO)
    c.thread("sn1", False, None, "SNCF Connect", "train tickets for the Geneva trip (receipt)")

    de_txt = """Bonjour Julien,

Bonne nouvelle, votre commande n° 2638 1047 52 a été expédiée !

- Cuissard long RC500 – taille L
- Chambres à air 700x25 (x2)

Livraison estimée : mardi 24 mars en point relais.

L'équipe Decathlon"""
    send("de1", decath, [me], "2026-03-21 16:05", de_txt, subject="Votre commande a été expédiée",
         html=html_of(de_txt), html_only=True, headers=AUTO)
    c.thread("de1", False, None, "Decathlon", "shipping notice")

    fi_txt = """Beste Julien,

Bedankt voor je bestelling bij Fietsonderdelen Direct!

Bestelnummer: NL-48213
- Shimano Ultegra ketting CN-HG701, 11-speed
- Continental Grand Prix 5000 buitenband 700x28 (2x)

Totaal: € 112,85 (incl. btw)
Verzending naar Frankrijk: 3-5 werkdagen.

Met sportieve groet,
Team Fietsonderdelen Direct"""
    send("fi1", fietsshop, [me], "2026-03-14 11:22", fi_txt,
         subject="Bedankt voor je bestelling NL-48213", html=html_of(fi_txt), headers=AUTO)
    c.thread("fi1", False, None, "Fietsonderdelen Direct", "bike parts order, in Dutch")

    # ---- alerts and newsletters -----------------------------------------------------
    LI_ALERT_HDR = bulk_headers("<jobalerts.linkedin.com>",
                                "https://www.linkedin.com/comm/jobs/alerts/unsubscribe")
    for key, when, n, jobs in [
            ("lia1", "2026-03-09 07:05", 12, [
                "Directeur Supply Chain H/F – Groupe agroalimentaire – Lyon – Candidature simplifiée",
                "Head of Logistics EMEA – Villeurbanne – Postulez maintenant",
                "Responsable S&OP – Vaulx-en-Velin – Recrutement actif"]),
            ("lia2", "2026-03-23 07:05", 9, [
                "Directeur des Opérations Logistiques – Saint-Priest – 8 candidats",
                "Supply Chain Director France – Lyon – Entretiens en cours",
                "Directeur Logistique H/F – Ain – Nouvelle offre"]),
            ("lia3", "2026-04-06 07:05", 15, [
                "VP Supply Chain Europe – Genève – Candidature simplifiée",
                "Directeur Supply Chain – Grenoble – Recrute activement",
                "Responsable Plateforme Logistique – Corbas"]),
            ("lia4", "2026-04-13 07:05", 7, [
                "Directeur Industriel & Supply Chain – Villefranche-sur-Saône",
                "Head of Planning – Lyon 7e – Postulez maintenant",
                "Directeur Achats et Logistique – Centre hospitalier – Bourg-en-Bresse"])]:
        txt = ("Votre alerte emploi « directeur supply chain » – Lyon et périphérie\n\n"
               "%d nouvelles offres correspondent à votre recherche :\n\n%s\n\n"
               "Voir toutes les offres : https://www.linkedin.com/jobs/search/?alertId=8841207\n\n"
               "Vous recevez cet e-mail car vous avez créé une alerte emploi. Gérer vos alertes.")
        txt = txt % (n, "\n".join("- " + j for j in jobs))
        send(key, li_jobs, [me], when, txt,
             subject="« directeur supply chain » : %d nouvelles offres à Lyon" % n,
             html=html_of(txt), headers=LI_ALERT_HDR)
        c.thread(key, False, None, "LinkedIn", "job alert: job words, owes nothing")

    liv_txt = """Julien, vous êtes apparu(e) dans 27 recherches cette semaine.

Les recruteurs de Groupe Solvane, Hexaflow Logistics et 3 autres entreprises ont consulté votre profil.

Passez à Premium pour voir qui a consulté votre profil : https://www.linkedin.com/premium/

LinkedIn"""
    send("liv1", li_notif, [me], "2026-04-01 08:12", liv_txt,
         subject="Vous êtes apparu(e) dans 27 recherches cette semaine", html=html_of(liv_txt),
         headers=bulk_headers("<notifications.linkedin.com>",
                              "https://www.linkedin.com/comm/psettings/email-unsubscribe"))
    c.thread("liv1", False, None, "LinkedIn", "profile views notification")

    APEC_HDR = bulk_headers("<alertes-offres.apec.fr>", "https://www.apec.fr/desabonnement")
    for key, when, offers in [
            ("apa1", "2026-03-17 06:30", [
                "Directeur Supply Chain (H/F) – Rhône – 90-110 k€",
                "Responsable Logistique Europe (H/F) – Isère – 70-85 k€",
                "Directeur d'exploitation entrepôt (H/F) – Lyon – 75 k€"]),
            ("apa2", "2026-03-31 06:30", [
                "Directeur des Achats et de la Logistique (H/F) – Ain – Fonction publique hospitalière",
                "Head of Supply Chain (H/F) – Genève / Lyon – selon profil"]),
            ("apa3", "2026-04-14 06:30", [
                "Directeur Supply Chain Groupe (H/F) – Saône-et-Loire – 100-120 k€",
                "Directeur Logistique (H/F) – Est lyonnais – 85 k€",
                "Supply Chain Manager (H/F) – Villeurbanne – 65 k€"])]:
        txt = ("Bonjour Julien,\n\n%d nouvelles offres correspondent à votre recherche "
               "« Directeur logistique – Auvergne-Rhône-Alpes » :\n\n%s\n\n"
               "Postulez directement depuis votre espace Apec.\n\nL'équipe Apec")
        txt = txt % (len(offers), "\n".join("- " + o for o in offers))
        send(key, apec_alert, [me], when, txt,
             subject="%d nouvelles offres pour votre recherche « Directeur logistique »" % len(offers),
             html=html_of(txt), html_only=True, headers=APEC_HDR)
        c.thread(key, False, None, "Apec", "job alert: job words, owes nothing")

    ce_txt = """Vos offres du jour – Cadremploi

Directeur Supply Chain H/F – Industrie – Lyon (69) – Postuler en 1 clic
Directeur des Opérations H/F – Transport – Saint-Priest (69) – Nouveau
Responsable Supply Chain Europe H/F – Chimie – Pont-de-Claix (38)

Toutes les offres : https://www.cadremploi.fr/emploi/liste_offres

Vous recevez ce mail car vous êtes inscrit aux alertes Cadremploi."""
    send("ce1", cadremploi, [me], "2026-03-25 06:45", ce_txt, subject="Vos offres du jour",
         html=html_of(ce_txt),
         headers=bulk_headers("<alertes.cadremploi.fr>", "https://www.cadremploi.fr/desinscription"))
    c.thread("ce1", False, None, "Cadremploi", "job alert")

    scm_txt = """SUPPLY CHAIN MAGAZINE – LA NEWSLETTER

- Nominations : un nouveau directeur supply chain chez un grand nom de la cosmétique lyonnaise
- Entretien avec la DG d'un logisticien : « Nous recrutons 300 personnes en 2026 »
- Entrepôts : la région lyonnaise reste le premier marché hors Île-de-France
- Dossier : S&OP, pourquoi tant de projets échouent

Lire la newsletter en ligne : https://www.supplychain-mag.fr/newsletter"""
    send("scm1", scm, [me], "2026-03-12 08:00", scm_txt,
         subject="Nominations, entrepôts lyonnais, S&OP : la newsletter de la semaine",
         html=html_of(scm_txt),
         headers=bulk_headers("<newsletter.supplychain-mag.fr>",
                              "https://www.supplychain-mag.fr/desinscription"))
    c.thread("scm1", False, None, "Supply Chain Magazine", "trade newsletter")

    fnf_txt = """FREIGHT & FLOW WEEKLY

- Interview: the COO who rebuilt a European cold chain in 18 months
- Hiring: 3PLs race to recruit warehouse directors as nearshoring picks up
- Rotterdam volumes up 4% in Q1
- Opinion: your S&OP process is a meeting, not a plan

Read online: https://freightandflow.com/weekly/2026-14

You are receiving this because you subscribed at freightandflow.com."""
    send("fnf1", fnf, [me], "2026-04-07 07:00", fnf_txt,
         subject="Cold chain rebuilds, the hiring race, and Rotterdam's Q1",
         html=html_of(fnf_txt),
         headers=bulk_headers("<weekly.freightandflow.com>", "https://freightandflow.com/unsubscribe"))
    c.thread("fnf1", False, None, "Freight & Flow Weekly", "English trade newsletter")

    lp_txt = """LE PROGRÈS – L'ESSENTIEL DU JOUR

- Lyon : le chantier du tram T10 entre dans sa dernière phase
- Caluire : la piscine municipale rouvre après travaux
- OL : le point avant le déplacement à Marseille
- Météo : douceur printanière sur le Rhône

Lire l'édition : https://www.leprogres.fr"""
    send("lp1", progres, [me], "2026-03-26 06:00", lp_txt, subject="L'essentiel du jour",
         html=html_of(lp_txt),
         headers=bulk_headers("<newsletter.leprogres.fr>", "https://www.leprogres.fr/desinscription"))
    c.thread("lp1", False, None, "Le Progrès", "local newspaper newsletter")

    return c


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
