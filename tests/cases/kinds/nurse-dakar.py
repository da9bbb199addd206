#!/usr/bin/env python3
"""Sealed case: Aminata Diop, a nurse in Dakar (GMT), looking at Dakar clinics and hospitals,
a Québec recruitment programme (Montréal time) and a Geneva NGO.  Written blind."""

import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "nurse-dakar"
DAKAR = ZoneInfo("Africa/Dakar")
MTL = ZoneInfo("America/Toronto")
GVA = ZoneInfo("Europe/Zurich")

# Dakar keeps GMT all year; Outlook calls it "Greenwich Standard Time".
VTIMEZONES.setdefault("Africa/Dakar", ("Africa/Dakar", [
    ("STANDARD", "+0000", "+0000", "GMT", "19700101T000000", None)]))
VTIMEZONES.setdefault("Greenwich Standard Time", ("Africa/Dakar", [
    ("STANDARD", "+0000", "+0000", None, "19700101T000000", None)]))

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_WD_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def T(y, mo, d, h, mi, tz=DAKAR):
    return dt.datetime(y, mo, d, h, mi, tzinfo=tz)


def base_subject(s):
    return re.sub(r"^((re|tr|fwd|aw)\s?:\s*)+", "", s, flags=re.I)


def quote_fr(replier, parent):
    t = parent.date.astimezone(replier.tz)
    ps = parent.sender
    if replier.style == "outlook":
        cc = "; ".join(p.shown() for p in parent.cc)
        head = ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n%sObjet : %s"
                % (ps.shown(), FR_WD[t.weekday()], t.day, FR_MONTHS[t.month - 1], t.year,
                   t.strftime("%H:%M"), "; ".join(p.shown() for p in parent.to),
                   "Cc : %s\n" % cc if cc else "", parent.subject))
        return "________________________________\n" + head + "\n\n" + parent.text
    if replier.style == "webmail":
        head = "Le %02d/%02d/%d à %s, %s a écrit :" % (t.day, t.month, t.year,
                                                      t.strftime("%H:%M"), ps.shown())
    else:
        head = "Le %s %d %s %d à %s, %s a écrit :" % (
            FR_WD_SHORT[t.weekday()], t.day, FR_MONTHS[t.month - 1], t.year,
            t.strftime("%H:%M"), ps.shown())
    quoted = "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">"
                       for l in parent.text.rstrip("\n").split("\n"))
    return head + "\n" + quoted + "\n"


EN_SIG = """Aminata Diop
Registered Nurse (Infirmière d'État)
Dakar, Senegal | +221 77 614 28 09"""

TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour rejoindre la réunion <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
ID de la réunion : %s
Code secret : %s
Télécharger Teams | Rejoindre sur le web
Pour en savoir plus | Options de réunion
________________________________________________________________________________"""


def build():
    now = T(2026, 4, 1, 10, 30)
    case = Case(
        NAME,
        "Aminata Diop, nurse in Dakar (GMT): Dakar clinics and hospitals, a Québec recruitment "
        "programme interviewing on Teams in Montréal time, a Geneva NGO; French, some English "
        "and Wolof",
        {"name": "Aminata Diop", "emails": ["aminata.diop@example.net"],
         "phone": "+221 77 614 28 09", "timezone": "Africa/Dakar"},
        now,
        "",
    )
    me = Person("Aminata Diop", "aminata.diop@example.net", tz="Africa/Dakar", style="webmail",
                msgid_domain="example.net", locale="fr",
                sig="Aminata DIOP\nInfirmière d'État\nTél. : +221 77 614 28 09")
    case.me = me

    def add(key, sender, to, when, body, parent=None, lang="fr", sig=True, quote=True,
            subject=None, prefix=None, **kw):
        text = body.strip("\n") + "\n"
        if sig is True and sender.sig:
            text += "\n" + sender.sig.strip("\n") + "\n"
        elif isinstance(sig, str):
            text += "\n" + sig.strip("\n") + "\n"
        if parent is not None:
            p = case.by_key[parent]
            if subject is None:
                if prefix is None:
                    prefix = "Re: "
                    if sender.style == "outlook":
                        prefix = "RE : " if lang == "fr" else "RE: "
                subject = prefix + base_subject(p.subject)
            if quote:
                text += "\n" + (quote_fr(sender, p) if lang == "fr" else case._quote(sender, p, None))
        return case.add(key, sender, to, when, text, subject=subject, parent=parent,
                        quote=False, sig=False, **kw)

    def pdf(*lines):
        return make_pdf(list(lines))

    CV = ("CV_Aminata_DIOP.pdf", "application/pdf", pdf(
        "Aminata DIOP - Infirmiere d'Etat", "Liberte 6, Dakar - +221 77 614 28 09 - aminata.diop@example.net",
        "2021-     Infirmiere, medecine generale et urgences, Polyclinique Ouest-Foire, Dakar",
        "2016-2021 Infirmiere, service de pediatrie, Hopital Regional de Kaolack-Sud",
        "2023      Formation en hemodialyse (3 mois)", "2016      Diplome d'Etat d'infirmier, ISFSD Dakar",
        "Langues : francais, wolof, anglais (B2)"))
    LM = ("Lettre_de_motivation_A_DIOP.pdf", "application/pdf", pdf(
        "Aminata DIOP", "Lettre de motivation", "Madame, Monsieur,",
        "Infirmiere d'Etat depuis 2016, je souhaite mettre mon experience au service de votre equipe."))

    # ------------------------------------------------------------------ people
    gen = Person("Geneviève Tremblay", "genevieve.tremblay@horizonsoins.ca", tz="America/Toronto",
                 style="outlook", locale="fr", region="namprd04",
                 sig="Geneviève Tremblay\nConseillère en recrutement international\n"
                     "Horizon Soins Québec | Programme de recrutement international\n"
                     "514 555-0187, poste 2214\nhorizonsoins.ca")
    mcg = Person("Marie-Claude Gagnon", "marie-claude.gagnon@horizonsoins.ca", tz="America/Toronto",
                 style="outlook", region="namprd04")
    sr = Person("Horizon Soins Québec", "no-reply@smartrecruiters.com", style="auto",
                msgid_domain="smartrecruiters.com")
    laura = Person("Laura Meier", "laura.meier@gnp-health.org", tz="Europe/Zurich", style="outlook",
                   region="eurprd05",
                   sig="Laura Meier\nTalent Acquisition Partner\nGlobal Nursing Partnership\n"
                       "Rue de Lausanne 64, 1202 Geneva, Switzerland\nT +41 22 555 43 18")
    claire = Person("Claire Dubois-Favre", "claire.dubois-favre@gnp-health.org", tz="Europe/Zurich",
                    style="outlook", region="eurprd05",
                    sig="Claire Dubois-Favre\nHead of Nursing Education Programmes\n"
                        "Global Nursing Partnership | Geneva\nT +41 22 555 43 02")
    awa = Person("Awa Kane", "awa.kane@gnp-health.org", tz="Africa/Dakar", style="outlook",
                 region="eurprd05")
    gh = Person("Global Nursing Partnership", "no-reply@greenhouse.io", style="auto",
                msgid_domain="greenhouse.io")
    khady = Person("Khady Ndiaye", "khady.ndiaye@baobabsante.sn", tz="Africa/Dakar", style="gmail",
                   sig="Khady NDIAYE\nResponsable des Ressources Humaines\nClinique Baobab Santé\n"
                       "Sacré-Cœur 3, Villa n° 9512 – Dakar\nTél. : +221 33 869 41 20")
    sarr = Person("Fatou Sarr", "fatou.sarr@baobabsante.sn", tz="Africa/Dakar", style="gmail")
    cisse = Person("Mamadou Cissé", "mamadou.cisse@ch-lesmamelles.sn", tz="Africa/Dakar",
                   style="webmail", msgid_domain="ch-lesmamelles.sn",
                   sig="Mamadou CISSÉ\nChef du Bureau du Personnel\nCentre Hospitalier Les Mamelles\n"
                       "Route de la Corniche Ouest – BP 45 210 Dakar\nTél. : 33 820 17 45")
    rokhaya = Person("Rokhaya Mbaye", "rokhaya.mbaye@hpatlantique.sn", tz="Africa/Dakar",
                     style="gmail",
                     sig="Ndèye Rokhaya MBAYE\nCoordinatrice des soins infirmiers\n"
                         "Hôpital Privé Atlantique – Ouakam, Dakar\n+221 33 860 77 02")
    rokhaya_cal = Person("Rokhaya Mbaye", "rokhaya.mbaye@hpatlantique.sn", tz="Africa/Dakar",
                         style="gcal")
    gueye = Person("Ibrahima Gueye", "gueye.ibrahima@yahoo.fr", tz="Africa/Dakar", style="webmail",
                   msgid_domain="mail.yahoo.com")
    mensah = Person("Kwame Mensah", "k.mensah@almadiesclinic.com", tz="Africa/Dakar", style="gmail",
                    sig="Dr Kwame Mensah, MD\nMedical Director\nAlmadies International Clinic\n"
                        "Route des Almadies, Dakar | +221 33 820 55 61")
    diagne = Person("Ndèye Astou Diagne", "na.diagne@fsme.sn", tz="Africa/Dakar", style="outlook",
                    region="eurprd07")
    mbengue = Person("Cheikh Tidiane Mbengue", "ct.mbengue@talentsante-afrique.com",
                     tz="Africa/Dakar", style="gmail",
                     sig="Cheikh Tidiane MBENGUE\nConsultant senior – Santé & Pharmacie\n"
                         "Talents Santé Afrique\nImmeuble Kër Yaay, Rue Carnot – Dakar\n"
                         "+221 77 555 38 21 | talentsante-afrique.com")
    gaye = Person("Seynabou Gaye", "s.gaye@hemodialyse-niayes.sn", tz="Africa/Dakar", style="gmail")
    ndour = Person("Pape Malick Ndour", "pm.ndour@santeplus-assistance.sn", tz="Africa/Dakar",
                   style="outlook", region="eurprd04",
                   sig="Pape Malick NDOUR\nChargé des Ressources Humaines\nSanté Plus Assistance\n"
                       "Zone de Captage, Dakar | +221 33 859 22 10")
    isabelle = Person("Isabelle Côté", "isabelle.cote@gsleserables.ca", tz="America/Toronto",
                      style="outlook", region="namprd20",
                      sig="Isabelle Côté, CRHA\nConseillère principale, acquisition de talents\n"
                          "Groupe Santé Les Érables\n450 555-0142")
    # current job
    thiaw = Person("Adama Thiaw", "adama.thiaw@polyclinique-ouestfoire.sn", tz="Africa/Dakar",
                   style="outlook", region="eurprd06",
                   sig="Adama THIAW\nSurveillante des services de soins\nPolyclinique Ouest-Foire")
    dr_sy = Person("Dr Cheikh Ahmed Tidiane Sy", "cat.sy@polyclinique-ouestfoire.sn", tz="Africa/Dakar",
                   style="outlook", region="eurprd06")
    direction = Person("Direction Polyclinique Ouest-Foire", "direction@polyclinique-ouestfoire.sn",
                       tz="Africa/Dakar", style="outlook", region="eurprd06")
    staff_list = Person("Personnel soignant", "personnel-soignant@polyclinique-ouestfoire.sn")
    mamediarra = Person("Mame Diarra Fall", "mamediarra.fall@gmail.com", tz="Africa/Dakar")
    kine = Person("Rama Seck", "rama.seck88@gmail.com", tz="Africa/Dakar")
    # family and friends
    moussa = Person("Moussa Diop", "moussa.diop.thies@gmail.com", tz="Africa/Dakar")
    fatou = Person("Fatou Diop", "fatoudiop.sn@gmail.com", tz="Africa/Dakar")
    coumba = Person("Coumba Ndoye", "coumbandoye21@gmail.com", tz="Africa/Dakar")
    tata = Person("Mariama Diop", "mariamadiop.tata@yahoo.fr", tz="Africa/Dakar", style="webmail",
                  msgid_domain="mail.yahoo.com")
    oumar = Person("Oumar Diop", "oumar.diop1961@gmail.com", tz="Africa/Dakar")
    nfs = Person("Ndèye Fatou Sow", "nfsow.inf@hotmail.com", tz="America/Toronto", style="outlook",
                 region="namprd02")
    adja = Person("Adja Sylla", "adjasylla.tontine@gmail.com", tz="Africa/Dakar")
    bineta = Person("Bineta Sow", "binetasow.sf@gmail.com", tz="Africa/Dakar")
    khadija = Person("Khadija Ba", "khadija.ba.dkr@gmail.com", tz="Africa/Dakar")
    awa_n = Person("Ndèye Awa Touré", "ndeyeawa.toure@gmail.com", tz="Africa/Dakar")
    landlord = Person("El Hadji Mbodj", "elhadji.mbodj.immo@gmail.com", tz="Africa/Dakar")
    # services
    orange = Person("Orange", "no-reply@orange.sn", style="auto", tz="Africa/Dakar")
    om = Person("Orange Money", "orangemoney@orange.sn", style="auto", tz="Africa/Dakar")
    bank = Person("Crédit Sahélien", "alertes@credit-sahelien.sn", style="auto", tz="Africa/Dakar")
    lettre = Person("Soins Infirmiers Afrique", "lettre@soins-afrique.info", style="auto")
    senjobs = Person("SenJobs Santé", "alertes@senjobs-sante.com", style="auto", tz="Africa/Dakar")
    clini = Person("CliniSkills Academy", "no-reply@cliniskills.academy", style="auto")
    ordre = Person("Secrétariat de l'Ordre", "secretariat@ordre-infirmiers.sn", tz="Africa/Dakar",
                   style="webmail", msgid_domain="ordre-infirmiers.sn")
    jsisf = Person("JSISF 2026", "inscriptions@jsisf-dakar.org", style="auto", tz="Africa/Dakar")
    shop = Person("Sandaga Online", "commandes@sandaga-online.sn", style="auto", tz="Africa/Dakar")
    labo = Person("Laboratoire Les Cocotiers", "accueil@labo-cocotiers.sn", tz="Africa/Dakar",
                  style="webmail", msgid_domain="labo-cocotiers.sn")
    cardio = Person("Secrétariat Dr Sall", "secretariat@cardio-sall.sn", tz="Africa/Dakar",
                    style="webmail", msgid_domain="cardio-sall.sn")
    legal = Person("Rendez-vous Légalisation", "no-reply@rdv-legalisation.sn", style="auto",
                   tz="Africa/Dakar")

    # ==================================================================
    # Horizon Soins Québec – international recruitment programme (Teams)
    # ==================================================================
    sr_text = """Bonjour Aminata,

Nous vous remercions de l'intérêt que vous portez au Programme de recrutement international d'infirmières et d'infirmiers 2026 d'Horizon Soins Québec.

Votre candidature (numéro de référence HSQ-INT-2026-03187) a bien été reçue. Une conseillère ou un conseiller en recrutement communiquera avec vous dans les prochaines semaines si votre profil correspond aux besoins de nos établissements partenaires.

Vous pouvez suivre l'état de votre dossier en tout temps dans votre espace candidat.

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre : cette adresse n'est pas surveillée.

L'équipe du Recrutement international
Horizon Soins Québec
"""
    add("q_ack", sr, [me], T(2026, 2, 23, 14, 7),
        sr_text, subject="Horizon Soins Québec – Confirmation de réception de votre candidature",
        html=html_of(sr_text, "Confirmation de réception"), html_only=True, headers=AUTO)

    add("q1", gen, [me], T(2026, 3, 10, 11, 12, MTL), """Bonjour Aminata,

Je suis conseillère en recrutement international chez Horizon Soins Québec. Votre dossier a retenu notre attention et j'aimerais vous rencontrer en entrevue virtuelle sur Teams (environ une heure).

Mme Marie-Claude Gagnon, conseillère en soins infirmiers, se joindra à nous pour la partie clinique (mises en situation). De mon côté, je vous présenterai le programme : francisation, stage d'intégration, démarches auprès de l'OIIQ, logement à l'arrivée, etc.

Voici mes disponibilités, en heure de Montréal :
- mardi 17 mars, 9 h
- jeudi 19 mars, 10 h
- vendredi 20 mars, 13 h 30

Attention au décalage : nous sommes passés à l'heure avancée dimanche dernier, il y a donc maintenant 4 heures de différence avec Dakar (10 h ici = 14 h chez vous).

Pouvez-vous me confirmer le moment qui vous convient le mieux? Je vous enverrai ensuite l'invitation Teams.

Au plaisir,
""", subject="Programme de recrutement international – entrevue (HSQ-INT-2026-03187)")

    add("q2", me, [gen], T(2026, 3, 10, 18, 40), """Bonjour Madame Tremblay,

Merci beaucoup pour votre courriel, c'est une très bonne nouvelle pour moi.

Le jeudi 19 mars à 10 h (heure de Montréal), soit 14 h à Dakar, me convient parfaitement. Le vendredi 20 sera probablement jour de Korité chez nous, je préfère donc l'éviter.

J'attends votre invitation Teams.

Bien cordialement,
""", parent="q1")

    add("q3", gen, [me], T(2026, 3, 11, 9, 5, MTL), """Bonjour Aminata,

Parfait, c'est noté pour le jeudi 19 mars à 10 h, heure de l'Est. L'invitation Teams suit dans un courriel séparé; Marie-Claude y est incluse.

Bonne fête de Korité à l'avance!

Geneviève
""", parent="q2", sig=False)

    q_uid = uid_outlook(NAME, "hsq-teams")
    q_start, q_end = T(2026, 3, 19, 10, 0, MTL), T(2026, 3, 19, 11, 0, MTL)
    q_body = """Bonjour Aminata,

Voici l'invitation pour notre entrevue du jeudi 19 mars, 10 h à 11 h (heure de Montréal), soit 14 h à 15 h à Dakar.

Participeront :
- Geneviève Tremblay, conseillère en recrutement international (présentation du programme, questions générales)
- Marie-Claude Gagnon, conseillère en soins infirmiers (mises en situation cliniques)

Ayez à portée de main une pièce d'identité et votre diplôme : nous vous demanderons de les montrer à la caméra.

""" + TEAMS_FR % ("ZTQ4NzY1OWEtYjI3Ni00ZjQ1", "248 913 605 772", "p8Vq3Z")
    add("q_inv", gen, [me, mcg], T(2026, 3, 11, 9, 20, MTL), q_body, sig=False,
        subject="Entrevue – Programme de recrutement international 2026 – Aminata Diop",
        ics=make_ics(method="REQUEST", uid=q_uid, stamp=T(2026, 3, 11, 9, 20, MTL),
                     start=q_start, end=q_end, tzid="Eastern Standard Time",
                     summary="Entrevue – Programme de recrutement international 2026 – Aminata Diop",
                     organizer=gen,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (mcg, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Réunion Microsoft Teams", description=q_body,
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                     extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                            "X-MICROSOFT-CDO-IMPORTANCE:1"]),
        ics_mode="outlook")
    add("q_inv2", me, [gen], T(2026, 3, 11, 14, 2), """Bonjour Madame Tremblay,

Bien reçu, j'ai accepté l'invitation. Je me connecterai depuis Dakar à 14 h, heure locale.

Bonne journée,
""", parent="q_inv", quote=False)
    add("q_inv3", gen, [me], T(2026, 3, 18, 14, 30, MTL), """Bonjour Aminata,

Petit rappel pour notre entrevue de demain, 10 h à Montréal (14 h à Dakar). Le lien Teams est dans l'invitation. Si la connexion fait des siennes, on pourra basculer sur WhatsApp vidéo au besoin.

À demain!
Geneviève
""", parent="q_inv2", sig=False)

    add("q4", gen, [me], T(2026, 3, 19, 12, 2, MTL), """Bonjour Aminata,

Merci encore pour votre disponibilité ce matin, malgré le décalage horaire. Marie-Claude et moi avons bien apprécié notre échange.

Nous terminons les entrevues pour cette cohorte cette semaine et la semaine prochaine : nous rencontrons encore quelques candidates et candidats. Je vous reviens avec une réponse d'ici la fin de la semaine prochaine.

D'ici là, n'hésitez pas si vous avez des questions.

Au plaisir,
""", parent="q3")

    # ==================================================================
    # Global Nursing Partnership (Geneva NGO) – Zoom interview in English
    # ==================================================================
    gh_text = """Dear Aminata,

Thank you for applying for the Nurse Trainer – West Africa Programme (Dakar-based) position at Global Nursing Partnership.

We have received your application and our team will review it carefully. We aim to review all applications within two weeks of the closing date (March 8, 2026). If your profile matches the requirements of the role, a member of our Talent Acquisition team will contact you.

Please note that this mailbox is not monitored.

Kind regards,
Talent Acquisition Team
Global Nursing Partnership
"""
    add("g_ack", gh, [me], T(2026, 3, 2, 16, 44), gh_text,
        subject="Thank you for applying to Global Nursing Partnership",
        html=html_of(gh_text, "Global Nursing Partnership"), html_only=True, headers=AUTO)

    g_uid = uid_outlook(NAME, "gnp-zoom")
    g_start, g_end = T(2026, 3, 26, 10, 0, GVA), T(2026, 3, 26, 11, 0, GVA)
    g_body = """Dear Aminata,

Thank you for your application for the position of Nurse Trainer – West Africa Programme (Dakar-based). We would like to invite you to a video interview on Zoom on Thursday 26 March 2026, 10:00–11:00 Geneva time (09:00–10:00 in Dakar).

Agenda
10:00–10:10  Welcome, GNP and our recruitment process (myself)
10:10–10:50  Interview with Claire Dubois-Favre, Head of Nursing Education Programmes (claire.dubois-favre@gnp-health.org), and Awa Kane, Regional Nursing Lead, Dakar office (awa.kane@gnp-health.org)
10:50–11:00  Your questions

The interview will be mostly in English, with some questions in French, as the role is bilingual. If this time does not suit you, just let me know and I will propose another slot.

Join Zoom Meeting
https://gnp-health.zoom.us/j/86421937502?pwd=bVh2QXN0eUpLd3FtT0R6
Meeting ID: 864 2193 7502
Passcode: 417305

Best regards,
"""
    add("g1", laura, [me], T(2026, 3, 12, 10, 15, GVA), g_body,
        subject="Interview – Nurse Trainer, West Africa Programme – Aminata Diop",
        ics=make_ics(method="REQUEST", uid=g_uid, stamp=T(2026, 3, 12, 10, 15, GVA),
                     start=g_start, end=g_end, tzid="W. Europe Standard Time",
                     summary="Interview – Nurse Trainer, West Africa Programme – Aminata Diop",
                     organizer=laura,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (claire, "ACCEPTED", "INDIVIDUAL"),
                                (awa, "ACCEPTED", "INDIVIDUAL")],
                     location="https://gnp-health.zoom.us/j/86421937502",
                     description=g_body + laura.sig,
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_mode="outlook")
    add("g2", me, [laura], T(2026, 3, 12, 13, 30), """Dear Ms Meier,

Thank you for the invitation. I confirm that I will attend the interview on Thursday 26 March at 10:00 Geneva time (09:00 in Dakar), and I have accepted the calendar invitation.

I look forward to speaking with Ms Dubois-Favre and Ms Kane.

Kind regards,
""", parent="g1", lang="en", sig=EN_SIG)
    add("g3", laura, [me], T(2026, 3, 25, 16, 20, GVA), """Dear Aminata,

Just a quick reminder of your interview tomorrow at 10:00 Geneva time – 09:00 for you in Dakar (we are still one hour ahead of you until Sunday). The Zoom link is in the invitation.

If you have any connection problems, call me on +41 22 555 43 18.

Best regards,
Laura
""", parent="g2", lang="en", sig=False)

    add("gt1", me, [claire], T(2026, 3, 26, 18, 45), """Dear Claire, dear Awa,

Thank you both for taking the time to speak with me this morning. I enjoyed our discussion of the training needs in the district health posts, and especially your question about supervising community nurses at a distance.

Our conversation confirmed my wish to join the West Africa Programme:
- I have trained and supervised fourteen junior nurses and aides-soignants at my current clinic over the past three years;
- I have led the hand-hygiene and infection-prevention audits for two departments, in French and in Wolof;
- I am ready to travel in the region and to report to Geneva in English.

Thank you again for your time and consideration.

Kind regards,
""", subject="Thank you – Nurse Trainer interview (West Africa Programme)", cc=[awa], sig=EN_SIG)
    add("gt2", claire, [me], T(2026, 3, 27, 9, 30, GVA), """Dear Aminata,

Thank you for your kind note – Awa and I enjoyed the conversation too.

Could you send us the names and contact details of two professional referees, ideally including a current or recent supervisor? Our selection panel meets on Tuesday 31 March, and we aim to let every candidate know the outcome by Thursday 2 April.

Best wishes,
Claire
""", parent="gt1", lang="en", cc=[awa])
    add("gt3", me, [claire], T(2026, 3, 27, 12, 10), """Dear Claire,

Of course. I will send you the names and contact details of two referees by Monday.

Best regards,
Aminata
""", parent="gt2", lang="en", sig=False, cc=[awa])
    add("gt4", me, [claire], T(2026, 3, 30, 9, 5), """Dear Claire,

As promised, here are my two referees:

1. Mme Ndèye Coumba Faye, head nurse (infirmière-major) of the paediatric ward, Hôpital Régional de Kaolack-Sud – my supervisor from 2016 to 2021. +221 77 555 12 84, ncfaye.infirmiere@gmail.com (she prefers French).
2. Dr Cheikh Ahmed Tidiane Sy, head of the general medicine department, Polyclinique Ouest-Foire – my current head of department. +221 77 555 90 33.

Both have agreed to be contacted.

Best regards,
""", parent="gt3", lang="en", sig=EN_SIG, cc=[awa])

    # ==================================================================
    # Clinique Baobab Santé – in person, head nurse and doctor
    # ==================================================================
    add("b1", me, [khady], T(2026, 2, 23, 9, 14), """Madame la Responsable des Ressources Humaines,

Suite à votre annonce parue sur SenJobs Santé le 18/02/2026, j'ai l'honneur de vous présenter ma candidature au poste d'infirmière au service de médecine interne de la Clinique Baobab Santé.

Infirmière d'État depuis 2016, j'ai exercé cinq ans en pédiatrie à l'Hôpital Régional de Kaolack-Sud, puis, depuis 2021, en médecine générale et aux urgences de la Polyclinique Ouest-Foire.

Vous trouverez ci-joint mon CV et ma lettre de motivation. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.
""", subject="Candidature – Poste d'infirmière, service de médecine interne", attachments=[CV, LM])
    add("b2", khady, [me], T(2026, 3, 2, 11, 40), """Bonjour Madame Diop,

Nous accusons réception de votre candidature et vous en remercions.

Votre dossier a été présélectionné. Compte tenu du mois de Ramadan, les entretiens se tiendront après la Korité : vous recevrez votre convocation dans la semaine du 16 mars.

Cordialement,
""", parent="b1")
    add("b3", khady, [me], T(2026, 3, 16, 10, 5), """Bonjour Madame Diop,

Comme annoncé, nous avons le plaisir de vous convier à un entretien le mercredi 25/03/2026 à 10h00, dans nos locaux (Sacré-Cœur 3, villa n° 9512, 1er étage, bureau de la Direction des soins).

Le jury sera composé de Mme Fatou Sarr, infirmière-major du service de médecine interne (en copie de ce message), et du Dr Ousmane Ba, médecin-chef de la clinique.

Merci de vous munir d'une pièce d'identité, des originaux de vos diplômes et d'une copie légalisée de votre attestation d'inscription à l'Ordre, et de nous confirmer votre présence par retour de courriel.

Cordialement,
""", parent="b2", cc=[sarr])
    add("b4", me, [khady], T(2026, 3, 16, 13, 22), """Bonjour Madame Ndiaye,

Merci pour cette convocation. Je vous confirme ma présence le mercredi 25/03 à 10h00.

Pour l'attestation de l'Ordre, la copie légalisée me sera remise à la mairie mercredi : je vous la ferai parvenir par courriel d'ici jeudi 19/03, et j'apporterai l'original le jour de l'entretien.

Bien cordialement,
""", parent="b3", cc=[sarr])
    add("b5", me, [khady], T(2026, 3, 18, 17, 40), """Bonjour Madame Ndiaye,

Comme promis, veuillez trouver ci-joint la copie légalisée de mon attestation d'inscription à l'Ordre.

Bonne soirée et bonne fin de Ramadan,
""", parent="b4", quote=False, attachments=[
        ("Attestation_Ordre_legalisee_A_DIOP.pdf", "application/pdf",
         pdf("ATTESTATION D'INSCRIPTION AU TABLEAU", "Mme Aminata DIOP, infirmiere d'Etat",
             "Copie certifiee conforme - Mairie de Dakar-Plateau, 18/03/2026"))])
    add("b6", khady, [me], T(2026, 3, 19, 9, 12), """Bien reçu, merci Madame Diop. À mercredi 25 à 10h.

Bonne fête de Korité !

Khady Ndiaye
RH – Clinique Baobab Santé
""", parent="b5", sig=False)

    # ==================================================================
    # Centre Hospitalier Les Mamelles – rejection before its own date
    # ==================================================================
    add("m1", me, [cisse], T(2026, 2, 26, 8, 50), """Monsieur le Chef du Bureau du Personnel,

Je me permets de vous adresser ma candidature spontanée pour un poste d'infirmière d'État, de préférence aux urgences ou en médecine.

Diplômée de l'ISFSD en 2016, j'ai travaillé cinq ans en pédiatrie à Kaolack avant de rejoindre la Polyclinique Ouest-Foire à Dakar, où j'assure les gardes aux urgences depuis 2021.

Vous trouverez ci-joint mon CV et ma lettre de motivation.

Dans l'attente de votre réponse, je vous prie d'agréer, Monsieur, l'expression de mes salutations respectueuses.
""", subject="Candidature spontanée – Infirmière d'État (urgences / médecine)", attachments=[CV, LM])
    add("m2", cisse, [me], T(2026, 3, 4, 12, 30), """Madame,

Nous accusons réception de votre dossier de candidature, enregistré sous le numéro 2026/117.

La commission de recrutement se réunira le 18/03/2026 pour examiner l'ensemble des candidatures reçues. Une réponse vous sera communiquée au plus tard le 27/03/2026.

Veuillez agréer, Madame, nos salutations distinguées.
""", parent="m1")
    add("m3", cisse, [me], T(2026, 3, 24, 15, 10), """Madame,

Suite à la réunion de la commission de recrutement du 18/03/2026, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour cette session. Le nombre de postes ouverts était limité et de nombreux dossiers de qualité nous sont parvenus.

Votre dossier sera conservé dans notre fichier pendant un an, et nous ne manquerons pas de vous recontacter si un poste correspondant à votre profil venait à se libérer.

Vous trouverez ci-joint le courrier officiel.

Nous vous souhaitons plein succès dans vos démarches.
""", parent="m2", quote=False, attachments=[
        ("Reponse_candidature_2026-117.pdf", "application/pdf",
         pdf("CENTRE HOSPITALIER LES MAMELLES", "Bureau du Personnel - Ref. CHLM/BP/2026/0412",
             "Dakar, le 24/03/2026", "Objet : reponse a votre candidature n. 2026/117",
             "Madame, nous avons le regret de vous informer que votre candidature",
             "n'a pas ete retenue a l'issue de la commission du 18/03/2026."))])
    add("m4", me, [cisse], T(2026, 3, 24, 20, 10), """Monsieur Cissé,

Merci de m'avoir informée de la décision de la commission.

Je reste très intéressée par votre établissement et serais heureuse d'être recontactée si un poste s'ouvre, notamment aux urgences.

Bien cordialement,
""", parent="m3")

    # ==================================================================
    # Hôpital Privé Atlantique – skills test, moved to after now
    # ==================================================================
    add("h1", me, [rokhaya], T(2026, 3, 17, 9, 30), """Bonjour Madame Mbaye,

Sur les conseils de ma collègue Mame Diarra Fall, qui a fait un remplacement chez vous l'an dernier, je me permets de vous adresser ma candidature pour l'un des postes d'infirmier(e) polyvalent(e) que vous avez publiés.

Je travaille depuis 2021 à la Polyclinique Ouest-Foire (médecine générale et urgences), après cinq ans en pédiatrie à Kaolack.

Vous trouverez mon CV en pièce jointe.

Bien cordialement,
""", subject="Candidature – Infirmière polyvalente / Aminata DIOP", attachments=[CV])
    add("h2", rokhaya, [me], T(2026, 3, 19, 12, 5), """Bonjour Aminata,

Merci pour votre candidature. Nous recrutons actuellement trois infirmier(e)s polyvalent(e)s.

La première étape est un test de compétences pratiques : une mise en situation au centre de simulation (prise en charge d'un patient instable, calcul de doses, pose de voie veineuse sur mannequin), suivie d'un QCM. Il aura lieu le jeudi 26/03 de 8h30 à 11h30. Je vous envoie l'invitation dans l'agenda.

Bonne fête de Korité en avance !
""", parent="h1")

    h_uid = uid_google(NAME, "hpa-test")
    room = ("Centre de simulation – Bât. B (20)",
            "c_1887a3d2f0b44c5e@resource.calendar.google.com")

    def hpa_invite(key, when, start, end, seq, subject, head):
        desc = ("Test de compétences pratiques (mise en situation + QCM) pour les postes "
                "d'infirmier(e)s polyvalent(e)s. Se présenter à l'accueil du bâtiment B 15 minutes "
                "avant, avec une pièce d'identité et une blouse.")
        d_fr = "%s %d %s %d" % (FR_WD[start.weekday()], start.day, FR_MONTHS[start.month - 1],
                                start.year)
        text = """%s
Test de compétences pratiques – Infirmier(e)s polyvalent(e)s
%s ⋅ %s – %s
Heure moyenne de Greenwich

Lieu
Hôpital Privé Atlantique – Centre de simulation (bâtiment B), Ouakam

%s

Invités
Rokhaya Mbaye - organisateur
aminata.diop@example.net
Centre de simulation – Bât. B (20)

Afficher tous les détails de l'invitation

Répondre pour aminata.diop@example.net : Oui | Non | Peut-être | Plus d'options

Invitation de Google Agenda

Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications pour cet événement, refusez-le.
""" % (head, d_fr, start.strftime("%H:%M"), end.strftime("%H:%M"), desc)
        return add(key, rokhaya_cal, [me], when, text, subject=subject, sig=False,
                   headers=dict(GCAL, **{"Reply-To": "rokhaya.mbaye@hpatlantique.sn"}),
                   ics=make_ics(method="REQUEST", uid=h_uid, stamp=when, start=start, end=end,
                                summary="Test de compétences pratiques – Infirmier(e)s polyvalent(e)s",
                                organizer=rokhaya,
                                attendees=[(rokhaya, "ACCEPTED", "INDIVIDUAL"),
                                           (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                           (room, "ACCEPTED", "RESOURCE")],
                                location="Hôpital Privé Atlantique – Centre de simulation (bâtiment B), Ouakam",
                                description=desc, sequence=seq),
                   ics_mode="google")

    hpa_invite("hc1", T(2026, 3, 19, 12, 8), T(2026, 3, 26, 8, 30), T(2026, 3, 26, 11, 30), 0,
               "Invitation: Test de compétences pratiques – Infirmier(e)s polyvalent(e)s @ "
               "jeu. 26 mars 2026 08:30 - 11:30 (GMT) (aminata.diop@example.net)",
               "Vous avez été invité à l'événement suivant.")
    add("h3", me, [rokhaya], T(2026, 3, 19, 20, 15), """Bonjour Madame Mbaye,

Merci beaucoup pour votre retour rapide. C'est noté pour le jeudi 26/03 à 8h30, j'ai accepté l'invitation.

Bonne fête à vous aussi !
""", parent="h2")
    add("h4", rokhaya, [me], T(2026, 3, 23, 9, 40), """Bonjour Aminata,

Petit changement de programme : le centre de simulation sera occupé jeudi par une formation. Le test est reporté au jeudi 02/04/2026, même horaire (8h30-11h30). L'invitation a été mise à jour.

Désolée pour ce contretemps.
""", parent="h3")
    hpa_invite("hc2", T(2026, 3, 23, 9, 42), T(2026, 4, 2, 8, 30), T(2026, 4, 2, 11, 30), 1,
               "Invitation mise à jour : Test de compétences pratiques – Infirmier(e)s "
               "polyvalent(e)s @ jeu. 2 avr. 2026 08:30 - 11:30 (GMT) (aminata.diop@example.net)",
               "Cet événement a été modifié.\nModifié : date")
    add("h5", me, [rokhaya], T(2026, 3, 23, 12, 30), """Bonjour Madame Mbaye,

Pas de souci, c'est noté pour le jeudi 02/04 à 8h30.

Je vous envoie d'ici lundi 30/03 mon attestation de travail : mon employeur doit encore la signer.

Bonne journée,
""", parent="h4")
    add("h6", me, [rokhaya], T(2026, 3, 29, 19, 12), """Bonsoir Madame Mbaye,

Ci-joint mon attestation de travail, signée par la direction de la Polyclinique Ouest-Foire.

À jeudi,
""", parent="h5", quote=False, attachments=[
        ("Attestation_de_travail_A_DIOP.pdf", "application/pdf",
         pdf("POLYCLINIQUE OUEST-FOIRE", "ATTESTATION DE TRAVAIL",
             "Nous attestons que Mme Aminata DIOP est employee en qualite d'infirmiere d'Etat",
             "depuis le 01/09/2021.", "Dakar, le 27/03/2026"))])
    add("h7", rokhaya, [me], T(2026, 3, 30, 8, 15), """Bien reçu, merci Aminata. À jeudi 8h30 : présentez-vous à l'accueil du bâtiment B.

Rokhaya
""", parent="h6", sig=False)

    # ==================================================================
    # Introduction by her former teacher to a clinic director (networking)
    # ==================================================================
    add("i1", gueye, [mensah], T(2026, 3, 7, 10, 20), """Cher Kwame,

J'espère que tu vas bien, ainsi que toute la famille.

Comme promis lors de notre dernier déjeuner, je te mets en relation avec Aminata Diop, qui a été l'une de mes meilleures étudiantes à l'ISFSD (promotion 2016). Elle est aujourd'hui infirmière à la Polyclinique Ouest-Foire, après cinq belles années en pédiatrie à Kaolack. Elle réfléchit à la suite de sa carrière, ici ou à l'international, et je lui ai dit que personne ne connaissait mieux que toi le secteur des cliniques privées à Dakar.

Aminata, le Dr Mensah dirige la Clinique Internationale des Almadies. Il parle très bien français, mais il écrit plus volontiers en anglais : ce sera un bon exercice pour ton projet à Genève !

Je vous laisse voir ensemble.

Bien amicalement,
Ibrahima Gueye
Ancien formateur – ISFSD

Envoyé de Yahoo Mail sur Android
""", subject="Mise en relation : Aminata Diop (infirmière) – Dr Kwame Mensah", cc=[me], sig=False)
    add("i2", mensah, [gueye, me], T(2026, 3, 7, 18, 2), """Dear Ibrahima,

Many thanks for thinking of me – and for the lunch, which I still owe you.

Aminata, good to e-meet you. I'd be happy to have a coffee and tell you how things work on our side. Would Thursday 12 March at 5 pm suit you, at the clinic? Just ask for me at the reception. French is absolutely fine if you prefer.

Best,
Kwame
""", parent="i1", lang="en")
    add("i3", me, [mensah], T(2026, 3, 7, 21, 35), """Dear Dr Mensah,

Thank you very much for your quick reply. Thursday 12 March at 17:00 at the clinic is perfect; I will ask for you at the reception.

Cher Monsieur Gueye, un grand merci pour cette mise en relation, et pour vos mots beaucoup trop gentils.

Best regards,
Aminata Diop
""", parent="i2", lang="en", sig=False, cc=[gueye])
    add("i4", gueye, [me], T(2026, 3, 14, 11, 2), """Alors ma fille, comment s'est passée ta rencontre avec Kwame ? Il m'a appelé hier soir, il avait l'air content de votre échange.

Ibrahima

Envoyé de Yahoo Mail sur Android
""", parent="i3", sig=False)
    add("i5", me, [gueye], T(2026, 3, 14, 12, 30), """Bonjour Monsieur,

Très bien, alhamdoulillah ! Il m'a expliqué comment sa clinique recrute et m'a donné de bons conseils pour le dossier du Québec. Il a transmis mon CV à sa directrice des soins.

Encore merci, je vous tiens au courant.

Aminata
""", parent="i4", sig=False)

    add("it1", me, [mensah], T(2026, 3, 12, 21, 30), """Dear Dr Mensah,

Thank you for taking the time to meet me this afternoon, at the end of what was clearly a long day for you. I learned a lot about how private clinics in Dakar organise their nursing teams, and your advice on the Québec licensing process (open the OIIQ file early, keep certified copies of everything) was very practical.

As you suggested, I attach my CV for your Director of Nursing.

With my thanks again,
""", subject="Thank you for this afternoon", sig=EN_SIG, attachments=[CV])
    add("it2", mensah, [me], T(2026, 3, 13, 7, 50), """Dear Aminata,

It was a pleasure. I've forwarded your CV to Mrs Bintou Sy, our Director of Nursing; she will contact you directly if something opens up on her side. Good luck with the Québec file, and keep me posted.

Best,
Kwame

Sent from my iPhone
""", parent="it1", lang="en", sig=False)

    # ==================================================================
    # Fondation Santé Mère-Enfant – application, only an out-of-office
    # ==================================================================
    add("f1", me, [diagne], T(2026, 3, 16, 11, 20), """Madame Diagne,

Je souhaiterais être considérée pour le poste d'infirmière superviseure du programme Santé maternelle et néonatale (réf. FSME/2026/04), publié sur votre site le 09/03/2026.

Mes cinq années en pédiatrie à l'Hôpital Régional de Kaolack-Sud, où j'ai participé aux campagnes de vaccination et au suivi des nouveau-nés de faible poids, m'ont préparée à ce type de mission.

Vous trouverez ci-joint mon CV et ma lettre de motivation.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.
""", subject="Candidature – Infirmière superviseure, programme Santé maternelle et néonatale "
             "(réf. FSME/2026/04)", attachments=[CV, LM])
    add("f2", diagne, [me], T(2026, 3, 16, 11, 21), """Bonjour,

Je suis absente du bureau jusqu'au lundi 23/03/2026 inclus, avec un accès limité à mes courriels. Je traiterai votre message à mon retour.

Pour toute urgence, vous pouvez joindre le secrétariat de la Fondation au 33 825 64 10.

Cordialement,
Ndèye Astou Diagne
""", parent="f1", quote=False, sig=False,
        subject="Réponse automatique : Candidature – Infirmière superviseure, programme Santé "
                "maternelle et néonatale (réf. FSME/2026/04)",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ==================================================================
    # Talents Santé Afrique – agency recruiter who went quiet
    # ==================================================================
    add("t1", mbengue, [me], T(2026, 3, 4, 10, 30), """Bonjour Madame Diop,

Je me permets de vous contacter suite à la consultation de votre profil sur SenJobs Santé.

Talents Santé Afrique accompagne actuellement une clinique privée de la Petite-Côte (zone Saly–Mbour) dans le recrutement de deux infirmier(e)s, dont un(e) avec une expérience des urgences. Votre parcours à la Polyclinique Ouest-Foire pourrait correspondre.

Si ce poste vous intéresse, pourriez-vous me transmettre votre CV à jour ainsi que vos prétentions salariales ?

Bien cordialement,
""", subject="Opportunité – Infirmier(e) urgences – clinique privée (Petite-Côte)")
    add("t2", me, [mbengue], T(2026, 3, 5, 7, 45), """Bonjour Monsieur Mbengue,

Merci pour votre message. Le poste m'intéresse, même s'il implique de m'installer à Saly.

Veuillez trouver ci-joint mon CV à jour. Mes prétentions se situent autour de 450 000 FCFA net par mois, à discuter selon le logement.

Bien cordialement,
""", parent="t1", attachments=[CV])
    add("t3", mbengue, [me], T(2026, 3, 9, 16, 20), """Bonjour Madame Diop,

Bien reçu, merci. Je présente votre dossier au client et je reviens vers vous dès que j'ai leur retour.

Cordialement,
""", parent="t2")
    add("t4", mbengue, [me], T(2026, 3, 17, 11, 5), """Bonjour Madame Diop,

Bonne nouvelle : le client a retenu votre dossier pour la présélection. Vous êtes encore quatre candidates en lice pour les deux postes.

Avec la Korité, la directrice des soins finalise sa liste la semaine prochaine ; je vous reviens au plus tard le mardi 24 mars pour vous dire si un entretien est programmé.

Cordialement,
""", parent="t3")
    add("t5", me, [mbengue], T(2026, 3, 17, 13, 0), """Bonjour Monsieur Mbengue,

Merci pour cette bonne nouvelle ! J'attends votre retour.

Bonne fête de Korité à vous et à votre famille.

Envoyé de mon smartphone Samsung Galaxy.
""", parent="t4", sig=False)

    # ==================================================================
    # Centre d'Hémodialyse des Niayes – the user's own promise, not kept
    # ==================================================================
    add("d1", me, [gaye], T(2026, 3, 18, 10, 0), """Madame Gaye,

Le Dr Kane, néphrologue qui consulte à la Polyclinique Ouest-Foire, m'a appris que votre centre allait ouvrir une nouvelle salle d'hémodialyse. Je me permets donc de vous adresser ma candidature spontanée.

J'ai suivi en 2023 une formation de trois mois en hémodialyse et j'assure régulièrement la surveillance des patients dialysés hospitalisés chez nous.

Vous trouverez mon CV ci-joint.

Respectueusement,
""", subject="Candidature spontanée – infirmière (hémodialyse)", attachments=[CV])
    add("d2", gaye, [me], T(2026, 3, 24, 10, 5), """Bonjour Aminata,

Merci pour votre candidature, qui m'intéresse. Nous ouvrons effectivement une nouvelle salle en mai.

Pourriez-vous me faire parvenir une copie de votre attestation de formation en hémodialyse ? Nous pourrons ensuite convenir d'une rencontre.

Cordialement,
Seynabou Gaye
Infirmière-chef
Centre d'Hémodialyse des Niayes

Envoyé de mon iPhone
""", parent="d1", sig=False)
    add("d3", me, [gaye], T(2026, 3, 24, 22, 40), """Bonsoir Madame Gaye,

Merci beaucoup pour votre retour.

L'attestation est restée chez mes parents à Thiès ; mon frère doit me la ramener jeudi. Je vous l'envoie d'ici vendredi 27/03.

Bien cordialement,
""", parent="d2")

    # ==================================================================
    # Santé Plus Assistance – promise still inside its grace
    # ==================================================================
    add("s1", me, [ndour], T(2026, 3, 23, 8, 30), """Monsieur,

Suite à votre annonce du 16/03/2026 sur SenJobs Santé, je vous adresse ma candidature au poste d'infirmière d'évacuation sanitaire.

Les gardes aux urgences de la Polyclinique Ouest-Foire m'ont habituée à la prise en charge des patients instables et au travail avec les équipes du SAMU.

Veuillez trouver ci-joint mon CV et ma lettre de motivation.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.
""", subject="Candidature – Infirmière d'évacuation sanitaire (annonce du 16/03/2026)",
        attachments=[CV, LM])
    add("s2", ndour, [me], T(2026, 3, 26, 14, 45), """Bonjour Madame Diop,

Bien reçu votre dossier, merci.

Le Directeur médical étudie les candidatures ce week-end ; je vous reviens d'ici mardi 31/03 pour vous indiquer la suite.

Cordialement,
""", parent="s1")

    # ==================================================================
    # Groupe Santé Les Érables – Teams interview cancelled
    # ==================================================================
    e_uid = uid_outlook(NAME, "erables-teams")
    e_start, e_end = T(2026, 3, 25, 13, 0, MTL), T(2026, 3, 25, 13, 45, MTL)
    e_body = """Bonjour Aminata,

Nous avons reçu votre profil à la suite du salon virtuel de recrutement du 28 février. Je vous propose une courte entrevue Teams le mercredi 25 mars de 13 h à 13 h 45 (heure de Montréal), soit 17 h à Dakar, pour un poste d'infirmière en soins de longue durée à notre résidence de Longueuil.

Si le moment ne vous convient pas, répondez-moi simplement et on trouvera autre chose.

Au plaisir,
Isabelle Côté, CRHA
Conseillère principale, acquisition de talents
Groupe Santé Les Érables
450 555-0142

""" + TEAMS_FR % ("NmE2YjQxZDctOTc2MS00YTFk", "371 552 904 118", "Hq4tW9")
    add("e1", isabelle, [me], T(2026, 3, 17, 10, 30, MTL), e_body, sig=False,
        subject="Entrevue Teams – Infirmière, Résidence Les Érables de Longueuil – Aminata Diop",
        ics=make_ics(method="REQUEST", uid=e_uid, stamp=T(2026, 3, 17, 10, 30, MTL),
                     start=e_start, end=e_end, tzid="Eastern Standard Time",
                     summary="Entrevue Teams – Infirmière, Résidence Les Érables de Longueuil – Aminata Diop",
                     organizer=isabelle, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Réunion Microsoft Teams", description=e_body,
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_mode="outlook")
    add("e2", me, [isabelle], T(2026, 3, 17, 19, 0), """Bonjour Madame Côté,

Merci pour l'invitation. Le mercredi 25 mars à 13 h (heure de Montréal) me convient : je serai connectée à 17 h, heure de Dakar.

Au plaisir de vous parler,
""", parent="e1")
    e_cancel = """Bonjour Aminata,

Je dois malheureusement annuler notre entrevue de mercredi : le poste de Longueuil vient d'être comblé par une candidate déjà établie au Québec. Je suis désolée du court préavis.

Nous conservons votre profil pour nos prochains affichages et je n'hésiterai pas à vous écrire si un poste correspondant s'ouvre dans une de nos résidences.

Bonne continuation,
Isabelle
"""
    add("ec1", isabelle, [me], T(2026, 3, 23, 9, 15, MTL), e_cancel, sig=False,
        subject="Annulé : Entrevue Teams – Infirmière, Résidence Les Érables de Longueuil – Aminata Diop",
        ics=make_ics(method="CANCEL", uid=e_uid, stamp=T(2026, 3, 23, 9, 15, MTL),
                     start=e_start, end=e_end, tzid="Eastern Standard Time",
                     summary="Annulé : Entrevue Teams – Infirmière, Résidence Les Érables de Longueuil – Aminata Diop",
                     organizer=isabelle, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     location="Réunion Microsoft Teams", description=e_cancel, sequence=1,
                     status="CANCELLED",
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_mode="outlook")
    add("ec2", me, [isabelle], T(2026, 3, 23, 18, 5), """Bonjour Madame Côté,

Bien compris, merci de m'avoir prévenue. Je serais contente que vous gardiez mon profil pour un prochain poste.

Bonne continuation à vous aussi,
""", parent="ec1")

    # ==================================================================
    # Current job (Polyclinique Ouest-Foire): on the hiring side, shifts
    # ==================================================================
    j_uid = uid_outlook(NAME, "jury-aides")
    j_start, j_end = T(2026, 3, 27, 9, 0), T(2026, 3, 27, 13, 0)
    j_body = """Bonjour à tous,

Vous êtes désignés membres du jury pour les entretiens de recrutement des aides-soignant(e)s (2 postes, médecine et urgences).

Déroulé (entretien de 30 min + mise en situation de 10 min) :
09h00 Mme Astou Ba
09h40 M. Saliou Ndiaye
10h20 Mme Rama Diallo
11h00 Mme Ndèye Marie Gomis
11h40 M. Pape Demba Sow
12h20 Délibération

Aminata, tu prends la partie pratique (toilette, prise des constantes). La grille d'évaluation sera imprimée en salle.

Merci de confirmer.
"""
    add("w_jury", thiaw, [me, dr_sy], T(2026, 3, 16, 15, 0), j_body,
        subject="Jury – entretiens de recrutement aides-soignant(e)s – vendredi 27/03",
        ics=make_ics(method="REQUEST", uid=j_uid, stamp=T(2026, 3, 16, 15, 0), start=j_start,
                     end=j_end, tzid="Greenwich Standard Time",
                     summary="Jury – entretiens de recrutement aides-soignant(e)s",
                     organizer=thiaw,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (dr_sy, "ACCEPTED", "INDIVIDUAL"),
                                (("Salle de staff – 1er étage", "salle.staff@polyclinique-ouestfoire.sn"),
                                 "ACCEPTED", "ROOM")],
                     location="Salle de staff – 1er étage", description=j_body,
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_mode="outlook")
    add("w_jury2", me, [thiaw], T(2026, 3, 16, 16, 10), """Bien noté Madame Thiaw, je serai présente. Je prépare les cas pour la mise en situation.

Aminata
""", parent="w_jury", sig=False)

    add("w_note", direction, [staff_list], T(2026, 3, 9, 8, 30), """NOTE DE SERVICE N° 2026-014

Objet : audit hygiène des mains – mars 2026

Un audit de l'observance de l'hygiène des mains sera conduit dans tous les services du 16 au 27 mars 2026 par l'équipe opérationnelle d'hygiène.

Les surveillantes veilleront à la disponibilité des solutions hydro-alcooliques à chaque point de soins. Les résultats seront présentés au CLIN d'avril.

La Direction
""", subject="Note de service n° 2026-014 – Audit hygiène des mains", sig=False)

    add("w_swap1", mamediarra, [me], T(2026, 3, 2, 14, 0), """Aminata, tu peux me remplacer pour la garde de nuit du mardi 10/03 ? Mon mari rentre de mission ce soir-là. Je te rends ton samedi 21.

Mame Diarra
""", subject="Garde du 10/03", sig=False)
    add("w_swap2", me, [mamediarra], T(2026, 3, 2, 19, 40), """Ok pour le 10, pas de souci. Mais le 21 c'est le lendemain de la Korité, je serai à Thiès… Rends-moi plutôt le samedi 28, j'ai un baptême.
""", parent="w_swap1", sig=False)
    add("w_swap3", mamediarra, [me], T(2026, 3, 2, 20, 3), """Deal 🙏🏾 Je préviens Mme Thiaw.
""", parent="w_swap2", sig=False, quote=False)

    add("w_plan1", thiaw, [me, mamediarra, kine], T(2026, 3, 26, 16, 0), """Bonjour à toutes,

Ci-joint le planning des gardes du mois d'avril. Les échanges doivent m'être signalés au plus tard 48 h avant la garde.

Rappel : le 04/04 (fête de l'Indépendance) est assuré par l'équipe B.

Bonne fin de journée,
""", subject="Planning des gardes – avril 2026", attachments=[
        ("Planning_gardes_avril_2026.pdf", "application/pdf",
         pdf("PLANNING DES GARDES - AVRIL 2026", "Equipe A : A. Diop, M.D. Fall, R. Seck",
             "Nuits : 01, 05, 09, 13, 17, 21, 25, 29"))])
    add("w_plan2", kine, [thiaw, me, mamediarra], T(2026, 3, 26, 18, 20), """Bonsoir Madame Thiaw,

Je suis de nuit le 13 mais j'ai un examen ce jour-là. Aminata, tu peux prendre le 13 et je prends ton 17 ?

Rama
""", parent="w_plan1", sig=False)
    add("w_plan3", me, [kine, thiaw, mamediarra], T(2026, 3, 26, 20, 45), """Waaw Rama, ok pour échanger le 13 contre le 17.
""", parent="w_plan2", sig=False)

    # ==================================================================
    # Family, friends, tontine
    # ==================================================================
    add("k1", moussa, [me, fatou], T(2026, 3, 18, 20, 0), """Salut les filles,

Pour la Korité on se retrouve tous chez Maman à Thiès vendredi inch'Allah. Je passe prendre Aminata à Liberté 6 jeudi soir vers 20h, pour éviter les embouteillages du vendredi matin.

Fatou, tu peux faire le thiakry ?

Moussa
""", subject="Korité chez Maman", sig=False)
    add("k2", me, [moussa, fatou], T(2026, 3, 18, 21, 14), """Ok pour jeudi 20h mais pas avant : j'ai un entretien avec le Canada à 14h, sur Teams 😅
""", parent="k1", sig=False)
    add("k3", fatou, [moussa, me], T(2026, 3, 18, 22, 2), """Thiakry ok 👍🏾 Aminata bonne chance pour demain, Yalla na la Yalla dimbali !
""", parent="k2", sig=False)

    add("a1", me, [moussa], T(2026, 3, 24, 21, 50), """Moussa, tu peux passer à la maison de Thiès prendre mon attestation de formation en hémodialyse ? Chemise verte, dans l'armoire de ma chambre. J'en ai besoin avant vendredi pour un dossier.

Jërëjëf !
""", subject="Mon attestation à Thiès", sig=False)
    add("a2", moussa, [me], T(2026, 3, 25, 7, 30), """Ok je te l'amène jeudi soir inch'Allah.
""", parent="a1", sig=False)
    add("a3", moussa, [me], T(2026, 3, 27, 22, 15), """Désolé grande sœur, je n'ai pas pu passer à Thiès cette semaine, le chantier a pris tout mon temps. Je te l'amène dimanche soir sans faute.
""", parent="a2", sig=False)

    wa = """19/03/2026 21:02 - Fatou Sœur: Alors le Canada c'était comment ??
19/03/2026 21:05 - Aminata: Ça s'est bien passé je crois ! Deux dames, la recruteuse et une infirmière conseillère. Elles m'ont donné des cas cliniques, un patient diabétique qui chute la nuit, une famille qui refuse un soin...
19/03/2026 21:05 - Aminata: La recruteuse a dit réponse d'ici la fin de la semaine prochaine
19/03/2026 21:06 - Fatou Sœur: Inch'Allah 🤲🏾
19/03/2026 21:07 - Fatou Sœur: Tu leur as écrit un petit mail après ?
19/03/2026 21:09 - Aminata: Non... tu crois qu'il faut ? Ici on ne fait pas trop ça
19/03/2026 21:10 - Fatou Sœur: Au Canada oui je pense ! Demande à ta copine de Montréal
20/03/2026 09:14 - Fatou Sœur: Korité neekh ma grande sœur ! Baal ma ak 🙏🏾
20/03/2026 09:20 - Aminata: Baal ma ak yaw itam ! Bisous à Ibou
20/03/2026 14:33 - Fatou Sœur: <Médias omis>
20/03/2026 14:34 - Fatou Sœur: Maman avec son nouveau boubou 😍
"""
    add("wa1", me, [me], T(2026, 3, 20, 23, 10), "Discussion WhatsApp avec Fatou Sœur en pièce jointe.\n",
        subject="Discussion WhatsApp avec Fatou Sœur", sig=False,
        attachments=[("Discussion WhatsApp avec Fatou Sœur.txt", "text/plain", wa.encode("utf-8"))])

    add("n1", coumba, [me, moussa, tata], T(2026, 3, 23, 18, 30), """Salamaleykoum la famille,

Alhamdoulillah, notre petite fille est née le samedi 21/03, la maman et le bébé vont bien.

Le ngénte aura lieu le samedi 28/03 inch'Allah, à la maison aux Parcelles Assainies (Unité 15, villa 342). Le baptême est à 9h, le repas à partir de 13h.

Venez nombreux, ce sera une joie de vous recevoir !

Coumba & Modou
""", subject="Ngénte de notre fille – samedi 28/03", sig=False)
    add("n2", tata, [coumba, me, moussa], T(2026, 3, 23, 20, 5), """Barké Yalla ! Félicitations ma fille, que Dieu protège la petite. Je serai là avec ton oncle.

Tata Mariama
""", parent="n1", sig=False)
    add("n3", me, [coumba, moussa, tata], T(2026, 3, 23, 22, 10), """Félicitations ma chérie !! Je viendrai avec Maman, on sera là vers 10h. Quel prénom alors ? 😊
""", parent="n2", sig=False)
    add("n4", coumba, [me, moussa, tata], T(2026, 3, 24, 7, 48), """Jërëjëf ! Le prénom sera annoncé samedi comme il se doit 😉 Elle portera le nom de sa grand-mère.
""", parent="n3", sig=False)

    add("c1", nfs, [me], T(2026, 2, 20, 19, 10, MTL), """Salut ma belle !

Comment ça va à Dakar ? Ici il fait -22 avec le facteur vent, je rêve de la plage de Ngor 🥶

Tu as pu déposer ta candidature au programme Horizon ? Fais-le vite, la cohorte de septembre se remplit. Si tu as besoin, je te relis ta lettre.

Bisous
Ndèye Fatou
""", subject="Des nouvelles ?", sig=False)
    add("c2", me, [nfs], T(2026, 2, 21, 10, 5), """Salut Ndèye Fatou !

Ça va alhamdoulillah, on est en plein Ramadan donc un peu fatiguées aux gardes 😅

Je dépose lundi, j'attends encore la légalisation d'un diplôme au ministère. C'est toute une aventure, ces papiers !

Je t'embrasse, passe le bonjour à Alioune.
""", parent="c1", sig=False)
    add("c3", nfs, [me], T(2026, 3, 11, 18, 40, MTL), """Bravo !!! Une entrevue avec Horizon, c'est super 🎉

Deux conseils : ici les gens envoient souvent un petit mot de remerciement après une entrevue, c'est bien vu. Et quand ils disent « je vous reviens », ça peut prendre deux semaines, ne stresse pas 😂

Bonne chance ma chérie !
""", parent="c2", sig=False)
    add("c4", me, [nfs], T(2026, 3, 12, 7, 15), """Merci pour les conseils ma sœur ! C'est le jeudi 19 à 10h chez vous. Je te raconte.
""", parent="c3", sig=False)
    add("c5", nfs, [me], T(2026, 3, 29, 11, 0, MTL), """Alors, des nouvelles de la recruteuse ? La fin de la semaine est passée non ?
""", parent="c4", sig=False)
    add("c6", me, [nfs], T(2026, 3, 29, 20, 40), """Toujours rien… Je patiente encore un peu. Et j'ai un entretien à Genève qui s'est bien passé, inch'Allah ça va bouger !
""", parent="c5", sig=False)

    add("o1", oumar, [me], T(2026, 3, 11, 20, 30), """Salamaleykoum Aminata,

Na nga def ? J'espère que tu vas bien et que le travail ne te fatigue pas trop.

Ibou a fini sa formation d'aide-soignant en décembre. Il veut postuler à ta polyclinique et ailleurs. Tu peux regarder son CV et sa lettre ? Tu connais mieux que nous ce qu'ils attendent.

Que Dieu te garde,
Tonton Oumar
""", subject="CV de Ibou", sig=False, attachments=[
        ("CV_Ibrahima_DIOP.pdf", "application/pdf",
         pdf("Ibrahima DIOP", "Aide-soignant", "Formation : CFP Sante Thies, 2025"))])
    add("o2", me, [oumar], T(2026, 3, 14, 16, 0), """Malekoum salam Tonton,

Mangi fi rek, alhamdoulillah. Voici le CV d'Ibou corrigé : j'ai remis ses stages en premier et enlevé la photo. Sa lettre est bien, je l'ai juste raccourcie.

Par contre je fais partie du jury des entretiens à la polyclinique le 27/03, donc je ne pourrai pas l'aider là-bas. Qu'il postule plutôt dans les cliniques de Thiès et à l'hôpital régional.

Bises à Tata et à tout le monde,
Aminata
""", parent="o1", sig=False, attachments=[
        ("CV_Ibrahima_DIOP_corrige.pdf", "application/pdf",
         pdf("Ibrahima DIOP", "Aide-soignant diplome (CFP Sante Thies, 2025)",
             "Stages : Hopital regional de Thies, EHPAD Keur Seriñ"))])
    add("o3", oumar, [me], T(2026, 3, 15, 9, 0), """Jërëjëf ma fille. Yalla na la Yalla fay. Je lui transmets.
""", parent="o2", sig=False)

    add("tn1", adja, [me, bineta, khadija, awa_n], T(2026, 3, 5, 9, 15), """Salamaleykoum mes lionnes !

Petit rappel : la tontine de mars c'est ce samedi 07/03 à 17h chez Ndèye Awa à Liberté 5 (avant la rupture, on fera vite 😄). Cotisation : 25 000 F. C'est le tour de Khadija de prendre.

Celles qui ne peuvent pas venir, envoyez par Wave au 77 555 63 90 avant vendredi soir.

Adja
""", subject="Tontine des Lionnes – cotisation de mars", sig=False)
    add("tn2", me, [adja, bineta, khadija, awa_n], T(2026, 3, 5, 12, 40), """Waaw Adja, je serai là inch'Allah.
""", parent="tn1", sig=False)
    add("tn3", bineta, [adja, me, khadija, awa_n], T(2026, 3, 5, 13, 5), """Je suis de garde samedi, j'envoie par Wave ce soir.
""", parent="tn1", sig=False)
    add("tn4", adja, [bineta, me, khadija, awa_n], T(2026, 3, 6, 8, 20), """Bien reçu Bineta 👍🏾
""", parent="tn3", sig=False)
    add("tn5", adja, [me, bineta, khadija, awa_n], T(2026, 3, 30, 10, 5), """Salamaleykoum les lionnes,

Rappel : tontine d'avril le samedi 04/04 à 17h chez Khadija (Grand-Yoff). C'est le tour d'Aminata 🎉 Cotisation 25 000 F comme d'habitude.

Bonne fête de l'Indépendance en avance !
Adja
""", subject="Tontine d'avril – samedi 04/04 chez Khadija", sig=False)
    add("tn6", me, [adja, bineta, khadija, awa_n], T(2026, 3, 30, 21, 0), """Alhamdoulillah ! Ça tombe bien avec tous mes frais de dossiers (traductions, légalisations…) 😅 Je serai là.
""", parent="tn5", sig=False)

    add("n5", moussa, [coumba, me, tata], T(2026, 3, 24, 12, 15), """Félicitations Coumba et Modou ! Je passe samedi après la prière de Tisbaar, j'amène les boissons.

Moussa
""", parent="n4", sig=False)
    add("tn7", khadija, [adja, me, bineta, awa_n], T(2026, 3, 31, 8, 40), """Je vous attends samedi mes chéries, je prépare un bon thiéboudieune 😋
""", parent="tn6", sig=False)

    add("fk1", fatou, [me], T(2026, 3, 21, 19, 30), """Coucou grande sœur,

Voici les photos de la Korité chez Maman 😍 Maman a dit que tu travailles trop, repose-toi un peu.

Et dis-moi quand tu as des nouvelles du Canada !!

Fatou
""", subject="Photos Korité 📸", sig=False, attachments=[
        ("IMG_20260320_141203.jpg", "image/jpeg",
         bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x00" * 64 + bytes.fromhex("ffd9"))])
    add("fk2", me, [fatou], T(2026, 3, 21, 22, 5), """Elles sont trop belles ! Maman est magnifique dans son boubou. Toujours rien du Canada, la dame a dit fin de la semaine prochaine. Inch'Allah.

Bisous à Ibou
""", parent="fk1", sig=False)

    add("md1", mamediarra, [me], T(2026, 3, 20, 9, 2), """Korité neekh ma sœur ! Baal ma ak 🙏🏾 Que Dieu accepte nos prières et nos jeûnes.

Mame Diarra
""", subject="Korité neekh !", sig=False)
    add("md2", me, [mamediarra], T(2026, 3, 20, 11, 45), """Baal ma ak yaw itam ma sœur ! Amine. Bonne fête à toute la famille 🤲🏾
""", parent="md1", sig=False)

    add("l1", landlord, [me], T(2026, 3, 2, 9, 10), """Madame Diop,

Je vous rappelle le loyer du mois de mars (150 000 F), à régler avant le 05/03 comme convenu.

Cordialement,
El Hadji Mbodj
""", subject="Loyer de mars", sig=False)
    add("l2", me, [landlord], T(2026, 3, 2, 13, 15), """Bonjour El Hadji,

C'est fait par Wave ce matin, vous devriez avoir reçu la notification.

Bonne journée,
Aminata Diop
""", parent="l1", sig=False)

    # ==================================================================
    # Appointments and services
    # ==================================================================
    add("lab1", labo, [me], T(2026, 3, 26, 7, 55), """Madame Diop,

Nous vous confirmons la réalisation de votre prélèvement ce matin à 07h30 (dossier n° 26-03-1187 : NFS, glycémie à jeun, bilan lipidique, sérologies).

Vos résultats vous seront transmis par courriel au plus tard le lundi 30/03/2026. Vous pouvez aussi les retirer à l'accueil sur présentation du reçu.

Laboratoire d'Analyses Médicales Les Cocotiers
Mermoz, Dakar – 33 860 41 77
""", subject="Votre prélèvement du 26/03/2026 – dossier n° 26-03-1187", sig=False)

    add("cd1", cardio, [me], T(2026, 3, 18, 12, 0), """Madame,

Nous vous confirmons le rendez-vous de Mme Ndèye Sokhna DIOP avec le Dr Thierno Sall le mardi 24/03/2026 à 10h00, au cabinet (Point E, rue 3 x Canal IV).

Merci d'apporter le dernier ECG et les résultats des bilans récents. En cas d'empêchement, merci de prévenir au moins 24 h à l'avance.

Le secrétariat
Cabinet de Cardiologie du Dr Thierno Sall
""", subject="Confirmation de rendez-vous – Mme Ndèye Sokhna DIOP – 24/03/2026 à 10h00", sig=False)
    add("cd2", me, [cardio], T(2026, 3, 18, 13, 20), """Bonjour,

Bien noté, j'accompagnerai ma mère. Merci et bonne journée.

Aminata Diop
""", parent="cd1", sig=False)
    add("cd3", cardio, [me], T(2026, 3, 24, 15, 0), """Madame,

Suite à la consultation de ce matin, le Dr Sall a prescrit un Holter ECG de 24 h pour votre mère. Nous vous appellerons pour fixer la date de la pose, selon la disponibilité de l'appareil.

Le secrétariat
""", parent="cd2", sig=False)

    add("or1", me, [ordre], T(2026, 3, 9, 10, 30), """Bonjour,

Je souhaiterais obtenir une attestation d'inscription au tableau de l'Ordre, pour un dossier de candidature à l'étranger. Pouvez-vous m'indiquer la procédure et le délai ?

Je suis inscrite sous le numéro 2016-0731, cotisation 2026 réglée le 12/01.

Cordialement,
""", subject="Demande d'attestation d'inscription au tableau")
    add("or2", ordre, [me], T(2026, 3, 10, 11, 0), """Madame,

Votre attestation pourra être retirée au siège à partir du mardi 17/03/2026 (du lundi au vendredi, 8h-15h), sur présentation de votre carte d'identité et du reçu de cotisation 2026.

Le Secrétariat
""", parent="or1")

    add("or3", me, [ordre], T(2026, 3, 10, 15, 20), """Merci beaucoup pour cette réponse rapide. Je passerai le mardi 17/03.

Cordialement,
""", parent="or2")

    legal_text = """Madame Aminata DIOP,

Votre rendez-vous est confirmé.

Service : Légalisation de diplômes et actes d'état civil
Date : jeudi 26/02/2026 à 10:00
Lieu : Guichet n° 4, Place de l'Indépendance, Dakar
Référence : LEG-2026-0218-4471

Documents : originaux + une photocopie de chaque document, timbres fiscaux.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    add("lg1", legal, [me], T(2026, 2, 18, 16, 2), legal_text, subject="Confirmation de votre rendez-vous – LEG-2026-0218-4471",
        sig=False, html=html_of(legal_text), headers=AUTO)

    add("js1", jsisf, [me], T(2026, 3, 2, 10, 0), """Bonjour Aminata DIOP,

Votre inscription à la Journée scientifique des infirmiers et sages-femmes (JSISF 2026) est confirmée.

Thème : « Soins de qualité et sécurité du patient »
Date : samedi 14/03/2026, 08h30 – 17h00
Lieu : Auditorium de l'ISFSD, Dakar
Badge n° 0387

Le comité d'organisation
""", subject="JSISF 2026 – confirmation d'inscription", sig=False, headers=AUTO)
    add("js2", jsisf, [me], T(2026, 3, 16, 9, 30), """Bonjour,

Merci pour votre participation à la JSISF 2026 ! Les présentations et votre attestation de participation (8 h de formation continue) sont disponibles sur jsisf-dakar.org/espace-participant.

Rendez-vous en 2027.

Le comité d'organisation
""", subject="JSISF 2026 – supports et attestation de participation", sig=False,
        headers=dict(AUTO, **bulk_headers("<participants.jsisf-dakar.org>",
                                          "https://jsisf-dakar.org/desinscription")))

    # Orange, bank, shop
    def orange_bill(key, when, month, amount, due):
        text = """Bonjour Mme Aminata DIOP,

Votre facture Orange Fibre du mois de %s est disponible.

Numéro client : 3381 552 907
Montant : %s FCFA
Date limite de paiement : %s

Payez en toute simplicité avec Orange Money : composez #144# ou utilisez l'application Orange Max it.

Merci de votre fidélité,
Orange Sénégal
""" % (month, amount, due)
        add(key, orange, [me], when, text, subject="Votre facture Orange Fibre – %s" % month,
            sig=False, html=html_of(text, "Votre facture Orange"), headers=AUTO,
            attachments=[("Facture_Orange_%s.pdf" % month.replace(" ", "_"), "application/pdf",
                          pdf("ORANGE SENEGAL - FACTURE", "Client 3381 552 907",
                              "Montant : %s FCFA" % amount))])
    orange_bill("ob1", T(2026, 2, 18, 7, 2), "janvier 2026", "24 900", "05/03/2026")
    orange_bill("ob2", T(2026, 3, 18, 7, 5), "février 2026", "24 900", "05/04/2026")

    add("om1", om, [me], T(2026, 3, 10, 19, 22), """Transfert effectué.
Vous avez envoyé 50 000 FCFA à NDEYE SOKHNA DIOP (77 555 28 14).
Frais : 0 FCFA. Nouveau solde : 61 350 FCFA.
Réf. : CI260310.1922.B41877
""", subject="Orange Money – Confirmation de transfert", sig=False, headers=AUTO)
    add("om3", om, [me], T(2026, 3, 30, 19, 5), """Transfert reçu.
Vous avez reçu 25 000 FCFA de BINETA SOW (77 555 71 02).
Nouveau solde : 43 900 FCFA.
Réf. : CI260330.1905.A99310
""", subject="Orange Money – Transfert reçu", sig=False, headers=AUTO)
    add("om2", om, [me], T(2026, 3, 16, 8, 47), """Paiement marchand effectué.
Vous avez payé 38 500 FCFA à SANDAGA ONLINE.
Nouveau solde : 17 850 FCFA.
Réf. : MP260316.0847.C20551
""", subject="Orange Money – Paiement marchand", sig=False, headers=AUTO)

    b1 = """Chère cliente, cher client,

Un prélèvement de 12 500 FCFA (Assurance Santé Plus – échéance mars) a été effectué le 06/03/2026 sur votre compte n° ****4471.

Pour toute question, contactez votre agence Liberté 6 ou le 33 889 50 50.

Crédit Sahélien – Votre banque au quotidien
"""
    add("bk1", bank, [me], T(2026, 3, 6, 9, 0), b1, subject="Avis de prélèvement sur votre compte ****4471",
        sig=False, html=html_of(b1), html_only=True, headers=AUTO)
    b2 = """Chère cliente,

Votre nouvelle carte Visa Classic est disponible dans votre agence Liberté 6. Merci de vous présenter muni(e) de votre pièce d'identité. Votre ancienne carte reste valable jusqu'au 31/03/2026.

Crédit Sahélien
"""
    add("bk2", bank, [me], T(2026, 3, 25, 11, 30), b2, subject="Votre nouvelle carte est disponible",
        sig=False, html=html_of(b2), html_only=True, headers=AUTO)

    add("sh1", shop, [me], T(2026, 3, 16, 8, 48), """Bonjour Aminata,

Merci pour votre commande n° SO-48213 !

- Bazin riche, 5 m, couleur bleu roi – 32 000 FCFA
- Livraison Dakar (Liberté 6) – 3 500 FCFA
- Foulard assorti – 3 000 FCFA
Total payé (Orange Money) : 38 500 FCFA

Livraison prévue sous 48 h.

L'équipe Sandaga Online
""", subject="Confirmation de votre commande n° SO-48213", sig=False, headers=AUTO)
    add("sh2", shop, [me], T(2026, 3, 18, 15, 40), """Bonjour Aminata,

Votre commande n° SO-48213 a été livrée. Bonne fête de Korité !

Donnez-nous votre avis sur sandaga-online.sn/avis

L'équipe Sandaga Online
""", subject="Votre commande n° SO-48213 a été livrée", sig=False, headers=AUTO)

    # Newsletters and alerts
    for k, when, num, items in [
            ("nl1", T(2026, 2, 20, 6, 0), 84,
             "- Prévention des escarres : la méthode des 5 étapes\n- Paludisme grave de l'enfant : nouvelles recommandations\n- Offres d'emploi : 12 postes infirmiers cette semaine"),
            ("nl2", T(2026, 3, 6, 6, 0), 85,
             "- Hygiène des mains : pourquoi l'observance plafonne à 60 %\n- Témoignage : partir exercer au Québec, le parcours d'une infirmière sénégalaise\n- Agenda : JSISF 2026 le 14 mars"),
            ("nl3", T(2026, 3, 20, 6, 0), 86,
             "- Dossier : la dialyse au Sénégal, où en est-on ?\n- Fiche technique : pose de voie veineuse chez le nourrisson\n- Offres d'emploi : cliniques privées de Dakar et Thiès")]:
        text = """La Lettre de Soins Infirmiers Afrique – n° %d

Au sommaire cette semaine :
%s

Lire la lettre en ligne : https://soins-afrique.info/lettre/%d

Vous recevez cette lettre car vous êtes abonnée à Soins Infirmiers Afrique. Se désabonner : https://soins-afrique.info/desabonnement
""" % (num, items, num)
        add(k, lettre, [me], when, text, subject="La Lettre n° %d – Soins Infirmiers Afrique" % num,
            sig=False, html=html_of(text), headers=dict(AUTO, **bulk_headers(
                "<lettre.soins-afrique.info>", "https://soins-afrique.info/desabonnement")))

    for k, when, n, jobs in [
            ("ja1", T(2026, 2, 24, 18, 0), 4, [
                "Infirmier(e) – service de médecine interne – Clinique Baobab Santé – Dakar (Sacré-Cœur) – publiée le 18/02/2026",
                "Sage-femme d'État – Centre de santé de Yeumbeul – publiée le 20/02/2026",
                "Infirmier(e) de nuit – EHPAD privé – Saly – publiée le 21/02/2026",
                "Délégué(e) médical(e) – laboratoire pharmaceutique – Dakar – publiée le 23/02/2026"]),
            ("ja2", T(2026, 3, 10, 18, 0), 3, [
                "Infirmière superviseure – programme Santé maternelle – Fondation Santé Mère-Enfant – Dakar – publiée le 09/03/2026",
                "Infirmier(e) anesthésiste – Hôpital Régional de Thiès-Nord – publiée le 06/03/2026",
                "Infirmier(e) – urgences – clinique privée (via cabinet) – Petite-Côte – publiée le 04/03/2026"]),
            ("ja3", T(2026, 3, 24, 18, 0), 4, [
                "Infirmier(e) d'évacuation sanitaire – Santé Plus Assistance – Dakar – publiée le 16/03/2026",
                "Infirmier(e)s polyvalent(e)s (3 postes) – Hôpital Privé Atlantique – Ouakam – publiée le 12/03/2026",
                "Infirmier(e) en hémodialyse – centre privé – Cambérène – publiée le 22/03/2026",
                "Coordinateur(trice) de soins à domicile – Dakar – publiée le 23/03/2026"]),
            ("ja4", T(2026, 3, 31, 18, 0), 3, [
                "Infirmier(e) de bloc opératoire – clinique privée – Mbour – publiée le 27/03/2026",
                "Infirmier(e) scolaire – école internationale – Dakar (Almadies) – publiée le 30/03/2026",
                "Infirmier(e) – service de pédiatrie – Centre Hospitalier Les Mamelles – publiée le 30/03/2026"])]:
        text = "Bonjour Aminata,\n\n%d nouvelles offres correspondent à votre alerte « infirmier – Dakar et environs » :\n\n%s\n\nPostulez directement sur senjobs-sante.com. Bonne chance !\n\nGérer mes alertes : https://senjobs-sante.com/alertes\n" % (
            n, "\n\n".join("• " + j for j in jobs))
        add(k, senjobs, [me], when, text,
            subject="Alerte emploi : %d nouvelles offres « infirmier » à Dakar" % n, sig=False,
            html=html_of(text), headers=dict(AUTO, **bulk_headers(
                "<alertes.senjobs-sante.com>", "https://senjobs-sante.com/alertes/stop")))

    cs1 = """Congratulations, Aminata!

You have completed Advanced Wound Care (12 CPD hours). Your certificate is ready to download from your dashboard.

Keep learning: Critical Care Nursing Essentials starts on April 6.

The CliniSkills Academy team
"""
    add("cs1", clini, [me], T(2026, 3, 14, 10, 0), cs1,
        subject="Your certificate is ready – Advanced Wound Care", sig=False,
        html=html_of(cs1), html_only=True, headers=AUTO)
    cs2 = """Hi Aminata,

Only a few days left: get 30% off Critical Care Nursing Essentials (20 CPD hours, self-paced, English and French subtitles) with code ICU30.

Offer ends March 31.

The CliniSkills Academy team
Unsubscribe: https://cliniskills.academy/unsubscribe
"""
    add("cs2", clini, [me], T(2026, 3, 28, 10, 0), cs2,
        subject="30% off Critical Care Nursing Essentials – this week only", sig=False,
        html=html_of(cs2), html_only=True, headers=dict(AUTO, **bulk_headers(
            "<news.cliniskills.academy>", "https://cliniskills.academy/unsubscribe")))

    # ==================================================================
    # Threads
    # ==================================================================
    J = True
    case.thread("q_ack", J, "application", "Horizon Soins Québec",
                "SmartRecruiters acknowledgement of the portal application (no-reply); 'dans les "
                "prochaines semaines' from an automated sender is no promise")
    case.thread("q1", J, "interview", "Horizon Soins Québec",
                "Geneviève offers three slots in Montréal time (just after the DST change, 4 h ahead "
                "of Dakar); Aminata picks Thu 19 Mar 10:00 EDT = 14:00 GMT; after the interview "
                "Geneviève promises an answer 'd'ici la fin de la semaine prochaine' (Fri 27 Mar); "
                "nothing since; callback due end of Tue 31 Mar")
    case.thread("q_inv", J, "interview", "Horizon Soins Québec",
                "Outlook/Teams invite (Eastern Standard Time) for Thu 19 Mar 10:00-11:00 EDT, "
                "14:00-15:00 in Dakar, with Geneviève and Marie-Claude Gagnon; took place; Aminata "
                "never thanked either of them")
    case.thread("g_ack", J, "application", "Global Nursing Partnership",
                "Greenhouse acknowledgement (no-reply), 'within two weeks of the closing date' from an "
                "automated sender")
    case.thread("g1", J, "interview", "Global Nursing Partnership",
                "Outlook meeting request (W. Europe Standard Time), Zoom Thu 26 Mar 10:00-11:00 Geneva "
                "= 09:00-10:00 Dakar; Laura runs the first ten minutes (agenda), then Claire and Awa; "
                "Aminata's 'thank you' to Laura came before the interview")
    case.thread("gt1", J, "interview", "Global Nursing Partnership",
                "one thank-you note to Claire with Awa in Cc the same evening; Claire asks for referees "
                "and says the panel meets Tue 31 Mar, answer to all by Thu 2 Apr; Aminata promises the "
                "referees by Monday and sends them Mon 30 Mar")
    case.thread("b1", J, "interview", "Clinique Baobab Santé",
                "application by e-mail, answered; in-person interview Wed 25 Mar 10:00 (no end given) "
                "with the head nurse Fatou Sarr (Cc'd) and Dr Ousmane Ba (no address anywhere); "
                "arranged by Khady Ndiaye (HR); nothing sent since the interview")
    case.thread("m1", J, "rejection", "Centre Hospitalier Les Mamelles",
                "application answered; 'une réponse au plus tard le 27/03/2026'; rejection on Tue 24 Mar "
                "with a PDF letter; Aminata replied graciously")
    case.thread("h1", J, "interview", "Hôpital Privé Atlantique",
                "application answered; skills test set for Thu 26 Mar 08:30-11:30, moved to Thu 2 Apr "
                "(after now); Aminata promised her attestation de travail by Mon 30 Mar and sent it "
                "Sun 29 Mar")
    case.thread("hc1", J, "interview", "Hôpital Privé Atlantique",
                "Google Calendar invitation for the skills test on Thu 26 Mar (later moved), with a "
                "room resource")
    case.thread("hc2", J, "interview", "Hôpital Privé Atlantique",
                "Google Calendar update: the skills test moves to Thu 2 Apr 08:30-11:30")
    case.thread("i1", J, "networking", "Almadies International Clinic",
                "former teacher introduces Aminata to Dr Mensah (French, then English); coffee at the "
                "clinic Thu 12 Mar 17:00 (no end given); the teacher was not there")
    case.thread("it1", J, "networking", "Almadies International Clinic",
                "thank-you the same night with her CV; Mensah answers Fri 13 Mar, the last exchange")
    case.thread("f1", J, "application", "Fondation Santé Mère-Enfant",
                "application with CV to Ndèye Astou Diagne on Mon 16 Mar; only an out-of-office reply "
                "(Auto-Submitted: auto-replied); nothing since")
    case.thread("t1", J, "recruiter", "Talents Santé Afrique",
                "agency recruiter; CV sent; 'je vous reviens au plus tard le mardi 24 mars'; four "
                "candidates still in the running; no word since")
    case.thread("d1", J, "application", "Centre d'Hémodialyse des Niayes",
                "spontaneous application answered Tue 24 Mar; Aminata promised the hemodialysis "
                "certificate by Fri 27 Mar and has not written since")
    case.thread("s1", J, "application", "Santé Plus Assistance",
                "application answered Thu 26 Mar: 'je vous reviens d'ici mardi 31/03'")
    case.thread("e1", J, "interview", "Groupe Santé Les Érables",
                "Teams interview Wed 25 Mar 13:00 EDT (17:00 Dakar), accepted, then cancelled")
    case.thread("ec1", J, "rejection", "Groupe Santé Les Érables",
                "Outlook cancellation (ICS CANCEL) on Mon 23 Mar: the post was filled")
    N = False
    case.thread("w_jury", N, None, "Polyclinique Ouest-Foire",
                "current job: Aminata sits on the jury hiring aides-soignants, Fri 27 Mar 09:00-13:00 "
                "(Outlook invite, Greenwich Standard Time, with a room)")
    case.thread("w_note", N, None, "Polyclinique Ouest-Foire", "current job: service note")
    case.thread("w_swap1", N, None, None, "colleague swaps a night shift")
    case.thread("w_plan1", N, None, "Polyclinique Ouest-Foire", "current job: April shift rota")
    case.thread("k1", N, None, None, "family: Korité at their mother's in Thiès")
    case.thread("a1", N, None, None, "family: her brother is to bring her certificate from Thiès; "
                                     "he does not manage it")
    case.thread("wa1", N, None, None, "WhatsApp chat export with her sister, mailed to herself")
    case.thread("n1", N, None, None, "family: a cousin's baby naming ceremony (ngénte) Sat 28 Mar")
    case.thread("c1", N, None, None, "friend who is a nurse in Montréal")
    case.thread("o1", N, None, None, "her uncle asks her to correct her cousin's CV; she sends it back")
    case.thread("tn1", N, None, None, "tontine reminder, Sat 7 Mar")
    case.thread("fk1", N, None, None, "her sister's Korité photos")
    case.thread("md1", N, None, None, "a colleague's Korité greetings")
    case.thread("tn5", N, None, None, "tontine reminder, Sat 4 Apr")
    case.thread("l1", N, None, None, "landlord: March rent")
    case.thread("lab1", N, None, "Laboratoire Les Cocotiers",
                "blood test Thu 26 Mar; results promised by Mon 30 Mar (not job search)")
    case.thread("cd1", N, None, "Cabinet de Cardiologie du Dr Thierno Sall",
                "her mother's cardiology appointment Tue 24 Mar 10:00")
    case.thread("or1", N, None, "Ordre des infirmiers",
                "certificate of registration to collect from Tue 17 Mar")
    case.thread("lg1", N, None, None, "appointment to legalise diplomas, Thu 26 Feb")
    case.thread("js1", N, None, "JSISF 2026", "nursing conference registration, Sat 14 Mar")
    case.thread("js2", N, None, "JSISF 2026", "conference follow-up mailing")
    for k in ("ob1", "ob2"):
        case.thread(k, N, None, "Orange", "internet bill")
    for k in ("om1", "om2", "om3"):
        case.thread(k, N, None, "Orange Money", "mobile money receipt")
    for k in ("bk1", "bk2"):
        case.thread(k, N, None, "Crédit Sahélien", "bank notice")
    for k in ("sh1", "sh2"):
        case.thread(k, N, None, "Sandaga Online", "online order for Korité fabric")
    for k in ("nl1", "nl2", "nl3"):
        case.thread(k, N, None, "Soins Infirmiers Afrique", "newsletter")
    for k in ("ja1", "ja2", "ja3", "ja4"):
        case.thread(k, N, None, "SenJobs Santé", "job-board alert: job words, owes nothing")
    for k in ("cs1", "cs2"):
        case.thread(k, N, None, "CliniSkills Academy", "online course mail")

    # ==================================================================
    # Facts
    # ==================================================================
    E = lambda p: p.email
    # meetings
    case.meeting("q_inv", T(2026, 3, 19, 14, 0), T(2026, 3, 19, 15, 0), met=[E(gen), E(mcg)],
                 what="Teams interview, Horizon Soins Québec")
    case.meeting("g1", T(2026, 3, 26, 9, 0), T(2026, 3, 26, 10, 0),
                 met=[E(laura), E(claire), E(awa)], thanks={E(claire): "gt1", E(awa): "gt1"},
                 what="Zoom interview, GNP")
    case.meeting("b1", T(2026, 3, 25, 10, 0), None, met=[E(sarr)], unknown=["Dr Ousmane Ba"],
                 arranged_by=E(khady), what="in-person interview, Clinique Baobab Santé")
    case.meeting("h1", T(2026, 3, 26, 8, 30), T(2026, 3, 26, 11, 30), met=[E(rokhaya)],
                 status="moved", what="skills test (first date)")
    case.meeting("h1", T(2026, 4, 2, 8, 30), T(2026, 4, 2, 11, 30), met=[E(rokhaya)],
                 status="scheduled", what="skills test (new date)")
    case.meeting("i1", T(2026, 3, 12, 17, 0), None, met=[E(mensah)], thanks={E(mensah): "it1"},
                 networking=True, what="coffee with Dr Mensah")
    case.meeting("e1", T(2026, 3, 25, 17, 0), T(2026, 3, 25, 17, 45), met=[E(isabelle)],
                 status="cancelled", what="Teams interview, Les Érables")
    case.meeting("w_jury", T(2026, 3, 27, 9, 0), T(2026, 3, 27, 13, 0), job=False,
                 what="jury at her current job")
    case.meeting("cd1", T(2026, 3, 24, 10, 0), None, job=False, what="mother's cardiology visit")
    case.meeting("lab1", T(2026, 3, 26, 7, 30), None, job=False, what="blood test")
    case.meeting("tn1", T(2026, 3, 7, 17, 0), None, job=False, what="tontine")
    case.meeting("tn5", T(2026, 4, 4, 17, 0), None, job=False, status="scheduled", what="tontine")
    case.meeting("n1", T(2026, 3, 28, 9, 0), T(2026, 3, 28, 15, 0), job=False, what="ngénte")
    case.meeting("js1", T(2026, 3, 14, 8, 30), T(2026, 3, 14, 17, 0), job=False, what="conference")
    case.meeting("lg1", T(2026, 2, 26, 10, 0), None, job=False, what="legalisation appointment")
    # promises made to her
    case.promise("q1", "q4", E(gen), "2026-03-27")
    case.promise("b1", "b2", E(khady), "2026-03-20", answered_by="b3")
    case.promise("m1", "m2", E(cisse), "2026-03-27", ended_by="m3")
    case.promise("t1", "t4", E(mbengue), "2026-03-24")
    case.promise("s1", "s2", E(ndour), "2026-03-31")
    case.promise("gt1", "gt2", E(claire), "2026-04-02")
    case.promise("lab1", "lab1", E(labo), "2026-03-30", job=False)
    case.promise("a1", "a2", E(moussa), "2026-03-26", job=False)
    case.promise("a1", "a3", E(moussa), "2026-03-29", job=False)
    # applications she sent to a person
    case.application("b1", "b1", E(khady), answered_by="b2")
    case.application("m1", "m1", E(cisse), answered_by="m2")
    case.application("t1", "t2", E(mbengue), answered_by="t3")
    case.application("h1", "h1", E(rokhaya), answered_by="h2")
    case.application("it1", "it1", E(mensah), answered_by="it2")
    case.application("f1", "f1", E(diagne))
    case.application("d1", "d1", E(gaye), answered_by="d2")
    case.application("s1", "s1", E(ndour), answered_by="s2")
    # her own promises
    case.own_promise("b1", "b4", E(khady), "2026-03-19", kept_by="b5")
    case.own_promise("h1", "h5", E(rokhaya), "2026-03-30", kept_by="h6")
    case.own_promise("gt1", "gt3", E(claire), "2026-03-30", kept_by="gt4")
    case.own_promise("d1", "d3", E(gaye), "2026-03-27")

    # ==================================================================
    # Labels
    # ==================================================================
    case.expect("thank_you", "q_inv", E(gen),
                "Teams interview Thu 19 Mar 14:00-15:00 GMT (10:00 EDT) took place; Geneviève "
                "organised it and ran the programme part; Aminata never wrote to her afterwards; "
                "overdue since Fri 20 Mar 15:00, stale only from Thu 2 Apr 17:00")
    case.expect("thank_you", "q_inv", E(mcg),
                "panelist in the same interview (address only in the invitation); never thanked")
    case.expect("callback", "q1", E(gen),
                "'Je vous reviens avec une réponse d'ici la fin de la semaine prochaine' (said Thu "
                "19 Mar: Fri 27 Mar); nothing from horizonsoins.ca since; due end of Tue 31 Mar",
                promised="2026-03-27")
    case.expect("thank_you", "b1", E(sarr),
                "in-person interview Wed 25 Mar 10:00 (60 min by default) took place; the head nurse "
                "was Cc'd on the convocation; nothing sent to her since; overdue since Thu 26 Mar 11:00")
    case.expect("ask_for_address", "b1", E(khady),
                "Dr Ousmane Ba sat on the jury but his address appears nowhere; Khady arranged the "
                "interview and Aminata has not written to her since it began; due since Wed 25 Mar 13:00")
    case.expect("thank_you", "g1", E(laura),
                "Laura ran the first ten minutes of the Zoom interview (agenda); her only 'thank you' "
                "was sent on 12 Mar, before the interview; overdue since Fri 27 Mar 10:00")
    case.expect("networking", "i1", E(mensah),
                "coffee Thu 12 Mar 17:00 thanked that night; his reply of Fri 13 Mar 07:50 is the last "
                "exchange; touch due end of Fri 27 Mar")
    case.expect("application", "f1", E(diagne),
                "application with CV on Mon 16 Mar; only an automatic out-of-office came back; 7 "
                "business days end Wed 25 Mar")
    case.expect("callback", "t1", E(mbengue),
                "'je vous reviens au plus tard le mardi 24 mars'; nothing from Talents Santé Afrique "
                "since; due end of Thu 26 Mar", promised="2026-03-24")
    case.expect("own_promise", "d1", E(gaye),
                "Aminata wrote 'je vous l'envoie d'ici vendredi 27/03' (her hemodialysis certificate) "
                "and has not written to Mme Gaye since; due end of Fri 27 Mar")

    case.forbid("q_ack", E(sr), "automated ATS acknowledgement (no-reply@smartrecruiters.com)")
    case.forbid("g_ack", E(gh), "automated Greenhouse acknowledgement; its 'within two weeks' is no "
                                "person's promise")
    case.forbid("g1", E(claire), "interviewer thanked by the note of Thu 26 Mar 18:45")
    case.forbid("g1", E(awa), "interviewer thanked by the same note (she was in Cc; one note "
                              "satisfies each addressee, though the lint may flag it)")
    case.forbid("gt1", E(claire), "'by Thursday 2 April' has not passed; the referees Aminata "
                                  "promised by Monday were sent Mon 30 Mar")
    case.forbid("m1", E(cisse), "'au plus tard le 27/03/2026' passed, but the rejection of Tue 24 "
                                "Mar ended the callback and the application")
    case.forbid("h1", E(rokhaya), "the skills test was moved to Thu 2 Apr 08:30, still ahead; the "
                                  "attestation promised by Mon 30 Mar was sent Sun 29 Mar")
    case.forbid("hc1", E(rokhaya), "the test of Thu 26 Mar in this invitation was moved to Thu 2 "
                                   "Apr; it did not take place")
    case.forbid("i1", E(gueye), "the former teacher who made the introduction: not at the coffee, "
                                "promised nothing, thanked in the thread")
    case.forbid("s1", E(ndour), "'d'ici mardi 31/03' passed only at midnight; the grace runs to "
                                "the end of Thu 2 Apr")
    case.forbid("e1", E(isabelle), "the Teams interview of Wed 25 Mar was cancelled on Mon 23 Mar "
                                   "(post filled); it never took place")
    case.forbid("w_jury", E(thiaw), "the jury is at her current job, where Aminata interviews "
                                    "candidates; not her job search")
    case.forbid("lab1", E(labo), "laboratory results 'au plus tard le lundi 30/03': not job search")
    case.forbid("cd1", E(cardio), "her mother's medical appointment: not job search")
    case.forbid("o1", E(oumar), "the CV she sent back is her cousin's, corrected for her uncle: not "
                                "an application of hers")

    case.summary = SUMMARY
    return case


SUMMARY = ('Aminata Diop, 31, is an infirmière d\'État at the Polyclinique Ouest-Foire in Dakar (GMT all year) and is looking at Dakar clinics and hospitals, at Horizon Soins Québec\'s international recruitment programme and at a Geneva NGO. The mailbox runs from 18 February to Wednesday 1 April 2026, 10:30 GMT, through Ramadan and Korité (Friday 20 March), across Montréal\'s change to daylight time on 8 March (the recruiter\'s slots are now four hours behind Dakar) and Geneva\'s on 29 March. Horizon Soins\' Teams interview (Outlook invite in "Eastern Standard Time") was never thanked, and the recruiter\'s \'d\'ici la fin de la semaine prochaine\' has lapsed with no word. Clinique Baobab Santé\'s in-person jury, a head nurse (Cc\'d on the convocation) and a doctor whose address never appears, went unthanked too, so the HR manager who arranged it should be asked for the doctor\'s address. Global Nursing Partnership\'s Zoom interview was thanked by one note to its two interviewers but not to the HR partner who opened the call; its answer date is still ahead and Aminata kept her promise of referees. Her former teacher introduced her to a clinic director (coffee thanked in English, touch again now due); a foundation answered her application only with an out-of-office; an agency recruiter missed his \'au plus tard le mardi 24 mars\'; and she has not sent a dialysis centre the certificate she promised by Friday. Centre Hospitalier Les Mamelles rejected her before its own date, Hôpital Privé Atlantique moved its skills test (Google Calendar) past `now`, Groupe Santé Les Érables cancelled a Teams interview, and Santé Plus Assistance\'s \'d\'ici mardi 31/03\' is still inside its grace. Noise: she sits on a hiring jury at her own polyclinic, shift swaps, Orange bills and Orange Money, a bank, tontine reminders, a ngénte, Korité family mail in French and Wolof, a WhatsApp export, her mother\'s cardiologist, a laboratory, her uncle\'s request to fix her cousin\'s CV, newsletters and job alerts. 58 threads (19 job search), 129 messages, `now` = `2026-04-01T10:30:00+00:00`.')

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
