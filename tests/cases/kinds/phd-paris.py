#!/usr/bin/env python3
"""phd-paris: Camille Laurent, finishing a chemistry PhD in Paris, looking for industry R&D
in France, Germany and Switzerland (and one postdoc). Labelled blind (tests/cases/BRIEF.md)."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403
from casekit import Case, Person, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, \
    uid_google, uid_outlook, uid_uuid, run
from zoneinfo import ZoneInfo

NAME = "phd-paris"
PARIS = ZoneInfo("Europe/Paris")


def T(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


SIG_EN = """--
Camille Laurent
PhD candidate, organic chemistry (photoredox catalysis)
LSCM - Université de Paris-Bièvre
+33 6 52 48 17 09 | camille.laurent@example.fr"""

SIG_FR = """--
Camille Laurent
Doctorante en chimie organique - LSCM, Université de Paris-Bièvre
06 52 48 17 09"""

CV = make_pdf([
    "Camille Laurent",
    "camille.laurent@example.fr  |  +33 6 52 48 17 09  |  Paris",
    "PhD in organic chemistry (defence planned June 2026), Universite de Paris-Bievre",
    "Thesis: visible-light photoredox C-N couplings, flow photochemistry, scale-up to 50 g",
    "MSc / Diplome d'ingenieur, Ecole de Chimie de Bievre (2022)",
    "Internship: process development, 6 months (2021)",
    "Skills: HPLC, GC-MS, NMR, DoE, flow reactors, Python for kinetics",
    "Languages: French (native), English (C1), German (B1)",
])
CV_EN = ("CV_Camille_Laurent_2026.pdf", "application/pdf", CV)
CV_FR = ("CV_Camille_LAURENT.pdf", "application/pdf", CV)
LM_FR = ("Lettre_motivation_C_Laurent.pdf", "application/pdf", make_pdf([
    "Camille Laurent - lettre de motivation",
    "Objet : candidature au poste d'ingenieure R&D",
    "Madame, Monsieur,",
    "Doctorante en troisieme annee, je souhaite rejoindre une equipe R&D industrielle.",
]))


def build():
    now = T("2026-03-25 09:30")
    case = Case(
        NAME,
        "Chemistry PhD student in Paris applying to industry R&D in France, Germany and "
        "Switzerland and to one postdoc, mostly in French, around her thesis defence",
        {"name": "Camille Laurent", "emails": ["camille.laurent@example.fr"],
         "phone": "+33 6 52 48 17 09", "timezone": "Europe/Paris"},
        now,
        "",
    )
    me = Person("Camille Laurent", "camille.laurent@example.fr", tz="Europe/Paris",
                style="webmail", locale="fr", msgid_domain="example.fr")
    case.me = me
    add = case.add

    # ------------------------------------------------------------------ people
    # lab / university (current job, not job search)
    bernard = Person("Bernard Dubreuil", "bernard.dubreuil@u-bievre.fr", tz="Europe/Paris",
                     style="webmail", msgid_domain="u-bievre.fr",
                     sig="--\nBernard Dubreuil\nProfesseur - LSCM, UMR 8342\nUniversité de Paris-Bièvre\n01 44 27 61 30")
    hugo = Person("Hugo Lefèvre", "hugo.lefevre@u-bievre.fr", tz="Europe/Paris",
                  style="webmail", msgid_domain="u-bievre.fr")
    lea = Person("Léa Nguyen", "lea.nguyen@u-bievre.fr", tz="Europe/Paris", style="webmail",
                 msgid_domain="u-bievre.fr")
    ed = Person("Sandrine Pottier", "ed612@u-bievre.fr", tz="Europe/Paris", style="outlook",
                region="eurprd04",
                sig="Sandrine Pottier\nGestionnaire - École doctorale 612 Chimie & Matériaux\n"
                    "Bât. C, bureau 214 - 01 44 27 60 02")
    kruger = Person("Matthias Krüger", "m.krueger@chemie.uni-hohenstein.de", tz="Europe/Berlin",
                    style="outlook", locale="de", region="eurprd07",
                    sig="Prof. Dr. Matthias Krüger\nInstitut für Organische Chemie\n"
                        "Universität Hohenstein")
    rmn = Person("Plateforme RMN", "rmn-lscm@u-bievre.fr", tz="Europe/Paris", style="auto",
                 auto=True)
    ines = Person("Inès Benali", "ines.benali@etu.u-bievre.fr", tz="Europe/Paris",
                  style="webmail", msgid_domain="etu.u-bievre.fr")
    securite = Person("Service Prévention & Sécurité", "prevention@u-bievre.fr",
                      tz="Europe/Paris", style="auto", auto=True)
    bu = Person("BU Sciences Paris-Bièvre", "ne-pas-repondre@bu.u-bievre.fr",
                tz="Europe/Paris", style="auto", auto=True)

    # family, friends
    maman = Person("Françoise Laurent", "francoise.laurent56@orange.fr", tz="Europe/Paris",
                   style="webmail", msgid_domain="orange.fr")
    juliette = Person("Juliette Laurent", "juju.laurent@gmail.com", tz="Europe/Paris",
                      style="gmail")
    sarah = Person("Sarah Benhamou", "sarah.benhamou@gmail.com", tz="Europe/Paris", style="gmail")
    alexis = Person("Alexis Tremblay", "alexis.tremblay@videotron.ca", tz="America/Toronto",
                    style="webmail", msgid_domain="videotron.ca")

    # services
    bank = Person("Banque Lutèce", "no-reply@banque-lutece.fr", tz="Europe/Paris", style="auto",
                  auto=True)
    immo = Person("Gobelins Immobilier", "gestion@gobelins-immo.fr", tz="Europe/Paris",
                  style="auto", auto=True)
    fibra = Person("Fibra", "facture@fibra-telecom.fr", tz="Europe/Paris", style="auto",
                   auto=True)
    rail = Person("Rail Connect", "no-reply@railconnect.fr", tz="Europe/Paris", style="auto",
                  auto=True)
    alpexp = Person("Alpes Express", "noreply@alpes-express.com", tz="Europe/Paris",
                    style="auto", auto=True)
    dentiste = Person("Cabinet dentaire Pasteur", "secretariat@dentaire-pasteur.fr",
                      tz="Europe/Paris", style="webmail", msgid_domain="dentaire-pasteur.fr")
    grimpe = Person("Grimpe 13", "bureau@grimpe13.org", tz="Europe/Paris", style="auto",
                    auto=True)
    journal = Person("Organic Process Letters", "onbehalfof@editorialflow.com",
                     tz="America/New_York", style="auto", auto=True)
    jco = Person("JCO 2026", "inscriptions@jco2026.fr", tz="Europe/Paris", style="auto",
                 auto=True)
    chemweek = Person("ChemWeek Digest", "digest@chemweek-news.com", tz="Europe/London",
                      style="auto", auto=True)
    librairie = Person("Librairie du Quartier Latin", "commandes@librairie-ql.fr",
                       tz="Europe/Paris", style="auto", auto=True)
    impots = Person("impots.gouv", "ne-pas-repondre@dgfip.finances.gouv.fr", tz="Europe/Paris",
                    style="auto", auto=True)
    mutuelle = Person("Mutuelle MIEP", "noreply@mutuelle-miep.fr", tz="Europe/Paris",
                      style="auto", auto=True)
    apec = Person("Apec", "alertes@diffusion.apec.fr", tz="Europe/Paris", style="auto",
                  auto=True)
    abg = Person("ABG - Intelligence Agency", "newsletter@abg.asso.fr", tz="Europe/Paris",
                 style="auto", auto=True)

    # job search
    sr = Person("Helvaris Talent Acquisition", "no-reply@smartrecruiters.com",
                tz="Europe/Zurich", style="auto", auto=True, msgid_domain="smartrecruiters.com")
    nina = Person("Nina Brunner", "nina.brunner@helvaris.ch", tz="Europe/Zurich",
                  style="outlook", region="eurprd02",
                  sig="Nina Brunner\nTalent Acquisition Partner, R&D\nHelvaris AG | "
                      "Klybeckstrasse 190 | 4057 Basel\nT +41 61 555 24 18")
    markus = Person("Markus Vogt", "markus.vogt@helvaris.ch", tz="Europe/Zurich",
                    style="outlook", region="eurprd02")
    aisha = Person("Aisha Rahman", "aisha.rahman@helvaris.ch", tz="Europe/Zurich",
                   style="outlook", region="eurprd02",
                   sig="Dr. Aisha Rahman\nSenior Scientist, Analytical Development\nHelvaris AG")

    sophie = Person("MARCHAND Sophie", "sophie.marchand@orvane.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd06",
                    sig="Sophie MARCHAND\nChargée de recrutement\nORVANE Specialties - "
                        "Site de Saint-Fons\n04 72 55 18 60")
    julien = Person("FERRAND Julien", "julien.ferrand@orvane.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd06",
                    sig="Julien FERRAND\nResponsable R&D Procédés\nORVANE Specialties\n"
                        "06 71 22 48 90")

    personio = Person("Kettler Polymere GmbH", "no-reply@kettler-polymere.jobs.personio.de",
                      tz="Europe/Berlin", style="auto", auto=True,
                      msgid_domain="personio.de")
    katharina = Person("Wendt, Katharina", "katharina.wendt@kettler-polymere.de",
                       tz="Europe/Berlin", style="outlook", locale="de", region="eurprd03",
                       sig="Best regards / Mit freundlichen Grüßen\n\nKatharina Wendt\n"
                           "HR Business Partner R&D\nKettler Polymere GmbH\n"
                           "Industriestraße 41 | 67063 Ludwigshafen\nTel. +49 621 555 3307")
    henrik = Person("Albers, Henrik Dr.", "henrik.albers@kettler-polymere.de",
                    tz="Europe/Berlin", style="outlook", locale="de", region="eurprd03",
                    sig="Dr. Henrik Albers\nHead of Application Lab Additives\n"
                        "Kettler Polymere GmbH")

    antoine = Person("Antoine Roussel", "antoine@lumisyn.com", tz="Europe/Paris", style="gmail",
                     sig="Antoine Roussel\nCEO & co-fondateur - Lumisyn\n07 83 14 55 20")
    priya = Person("Priya Natarajan", "priya@lumisyn.com", tz="Europe/Paris", style="gmail",
                   sig="Priya Natarajan | CTO | Lumisyn\nlumisyn.com")

    workday = Person("Sorell Pharma Careers", "sorellpharma@myworkday.com", tz="Europe/London",
                     style="auto", auto=True, msgid_domain="myworkday.com")
    laura = Person("Laura Bianchi", "laura.bianchi@sorellpharma.com", tz="Europe/London",
                   style="outlook", region="eurprd05",
                   sig="Laura Bianchi\nTalent Acquisition Lead, R&D (UK & France)\n"
                       "Sorell Pharma\nM: +44 7700 900 418")
    owen = Person("Owen Fletcher", "owen.fletcher@sorellpharma.com", tz="Europe/Paris",
                  style="outlook", region="eurprd05",
                  sig="Owen Fletcher\nDirector, Process Chemistry\nSorell Pharma - "
                      "Saint-Quentin-en-Yvelines")
    goodtime = Person("Sorell Pharma Recruiting", "no-reply@goodtime.io", tz="America/New_York",
                      style="auto", auto=True, msgid_domain="goodtime.io")

    thomas = Person("Thomas Giraud", "thomas.giraud@verlaine-talents.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd06",
                    sig="Thomas GIRAUD\nConsultant senior - Chimie & Matériaux\n"
                        "VERLAINE Talents\n06 45 90 12 77 | www.verlaine-talents.fr")
    helene = Person("Hélène Vasseur", "helene.vasseur@ambrelle.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd01")
    pascal = Person("Pascal Rochat", "pascal.rochat@alpenchem.ch", tz="Europe/Zurich",
                    style="outlook", region="eurprd02")
    elodie = Person("Élodie Marchetti", "elodie.marchetti@roquelle.com", tz="Europe/Paris",
                    style="gmail")
    tobias = Person("Tobias Kälin", "tobias.kaelin@rheintal-bio.ch", tz="Europe/Zurich",
                    style="outlook", region="eurprd02",
                    sig="Dr. Tobias Kälin\nGroup Leader Process Research\n"
                        "Rheintal Biotech AG, Basel\n+41 61 555 80 12")
    annika = Person("Annika Sommerfeld", "annika.sommerfeld@uni-talheim.de", tz="Europe/Berlin",
                    style="webmail", msgid_domain="uni-talheim.de",
                    sig="--\nProf. Dr. Annika Sommerfeld\nInstitut für Nachhaltige Synthese\n"
                        "Universität Talheim\n+49 7071 555 2290")
    jana = Person("Petersen, Jana", "jana.petersen@nordhafen-chemicals.de", tz="Europe/Berlin",
                  style="outlook", locale="de", region="eurprd03",
                  sig="Jana Petersen\nTalent Acquisition\nNordhafen Chemicals GmbH, Hamburg")
    felix = Person("Brandt, Felix Dr.", "felix.brandt@nordhafen-chemicals.de",
                   tz="Europe/Berlin", style="outlook", locale="de", region="eurprd03")
    mathieu = Person("Mathieu Carrère", "mathieu@vauclair-bio.fr", tz="Europe/Paris",
                     style="gmail")
    marion = Person("Marion AUBERT", "marion.aubert@florenza-aromes.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd06",
                    sig="Marion AUBERT\nRessources Humaines\nFLORENZA Arômes - Grasse")

    # ================================================================== JOB SEARCH

    # ---- Helvaris (Basel): portal, assessment day with a case study ----------
    add("hv_ack", sr, [me], "2026-02-19 16:02",
        "Dear Camille,\n\nThank you for your interest in Helvaris and for applying for the "
        "position Process Development Scientist (f/m/d) - Basel (ID 3317904).\n\nOur team is "
        "now reviewing your profile. If your background matches what we are looking for, a "
        "member of our Talent Acquisition team will contact you.\n\nKind regards,\nHelvaris "
        "Talent Acquisition\n\nThis is an automated message, please do not reply.",
        subject="Your application: Process Development Scientist (f/m/d) - Basel",
        headers=AUTO, sig=False)
    case.thread("hv_ack", True, "application", "Helvaris AG",
                "SmartRecruiters acknowledgement of a portal application; nothing owed")

    add("hv1", nina, [me], "2026-02-26 10:12",
        "Dear Camille,\n\nThank you for your application for our Process Development "
        "Scientist opening in Basel. Markus Vogt, who heads Process R&D, read your CV with "
        "great interest and we would like to invite you to an assessment day at our Klybeck "
        "site.\n\nThe morning is built around a small case study: you get a scale-up problem "
        "from one of our projects, some time to prepare on your own, and then present your "
        "approach to two members of the team. No need to prepare anything beforehand.\n\n"
        "We can offer Thursday, 12 March or Tuesday, 17 March, in both cases from 09:00 to "
        "about 12:30. We will of course reimburse your train ticket from Paris.\n\nWhich day "
        "would suit you better?", subject="Helvaris - Process Development Scientist - "
        "assessment day in Basel")
    add("hv2", me, [nina], "2026-02-26 18:40",
        "Dear Nina,\n\nThank you very much for the invitation, I am delighted. Thursday 12 "
        "March would suit me best (on the 17th I teach a practical class in the afternoon "
        "and could not be back in time).\n\nBest regards,\nCamille\n\n" + SIG_EN, parent="hv1")
    add("hv3", nina, [me], "2026-02-27 09:05",
        "Dear Camille,\n\nWonderful, Thursday 12 March it is. Here is how the morning will "
        "look:\n\n08:45  arrival at the main reception, Building 3 (please bring an ID)\n"
        "09:00  welcome and case briefing with me\n09:15  preparation time on your own "
        "(laptop provided)\n10:30  presentation and discussion with Dr. Markus Vogt (Head of "
        "Process R&D) and Dr. Aisha Rahman (Senior Scientist, Analytical Development)\n"
        "11:30  tour of the kilo-lab and lunch with Lukas from the kilo-lab team\n12:30  end\n\n"
        "You will receive the calendar invitation from our recruiting system in a moment. "
        "Just keep your tickets for the reimbursement.\n\nSee you in Basel!", parent="hv2")
    add("hv4", nina, [me], "2026-03-11 15:20",
        "Hi Camille,\n\nJust a short reminder for tomorrow: the reception is at the "
        "Klybeckstrasse entrance, and they will ask for your ID. From Basel SBB, tram 8 "
        "gets you there in fifteen minutes.\n\nSafe travels!", parent="hv3")
    add("hv5", me, [nina], "2026-03-11 18:02",
        "Thanks Nina, all noted. See you tomorrow at 8:45!\n\nCamille", parent="hv4")

    sr_desc = ("Assessment day - Process Development Scientist (f/m/d)\n\n"
               "Candidate: Camille Laurent\n\n"
               "09:00 Welcome and case briefing - Nina Brunner (nina.brunner@helvaris.ch)\n"
               "09:15 Case study preparation (candidate alone)\n"
               "10:30 Case presentation - Dr. Markus Vogt (markus.vogt@helvaris.ch), "
               "Dr. Aisha Rahman (aisha.rahman@helvaris.ch)\n"
               "11:30 Kilo-lab tour and lunch\n\n"
               "Location: Helvaris AG, Klybeckstrasse 190, Building 3, 4057 Basel")
    sr_ics = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "sr-ics"), stamp=T("2026-02-27 09:11"),
        start=T("2026-03-12 09:00"), end=T("2026-03-12 12:30"),
        summary="Helvaris - Assessment day: Camille Laurent", organizer=sr,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (nina, "ACCEPTED", "INDIVIDUAL"),
                   (markus, "ACCEPTED", "INDIVIDUAL"), (aisha, "ACCEPTED", "INDIVIDUAL"),
                   (("Basel Bau 3 - Meeting Room Rhine", "basel-b3-rhine@helvaris.ch"),
                    "ACCEPTED", "ROOM")],
        location="Helvaris AG, Klybeckstrasse 190, Building 3, Basel",
        description=sr_desc, prodid="-//SmartRecruiters//Interview Scheduler 2.0//EN")
    add("hv_inv", sr, [me], "2026-02-27 09:11",
        "Hello Camille,\n\nYou have been invited to the following event:\n\nHelvaris - "
        "Assessment day: Camille Laurent\nThursday, 12 March 2026, 09:00 - 12:30 (CET)\n\n"
        + sr_desc + "\n\nPlease use the buttons in your calendar to confirm.\n\n"
        "Powered by SmartRecruiters", subject="Invitation: Helvaris - Assessment day: Camille "
        "Laurent - Thu 12 Mar 2026 09:00 (CET)", ics=sr_ics, headers=AUTO, sig=False)
    case.meeting("hv_inv", T("2026-03-12 09:00"), T("2026-03-12 12:30"),
                 met=[nina.email, markus.email, aisha.email],
                 thanks={nina.email: "hv6", markus.email: "hvt1", aisha.email: "hvt1"},
                 unknown=["Lukas (kilo-lab)"], arranged_by=nina.email,
                 what="assessment day with case study")
    case.thread("hv_inv", True, "interview", "Helvaris AG",
                "SmartRecruiters invite (no-reply organizer, room in the attendees) for the "
                "assessment day Thu 12 Mar 09:00-12:30; Nina ran the briefing, Markus and "
                "Aisha the case presentation; Lukas (lunch) has no address, and Camille wrote "
                "to Nina that evening")

    add("hvt1", me, [markus, aisha], "2026-03-12 19:05",
        "Dear Dr. Vogt, dear Dr. Rahman,\n\nThank you both for this morning, and for the time "
        "you spent going through my approach to the hydrogenation scale-up with me. I left "
        "Basel with a much clearer picture of the work in Process R&D.\n\nA few things I kept "
        "thinking about on the train:\n- the exotherm question: my calorimetry work on "
        "photoredox steps in flow is very close to what you described for the kilo-lab;\n"
        "- impurity tracking: I would be glad to work alongside Analytical Development from "
        "the first route-scouting steps, as you suggested, Dr. Rahman;\n- I am comfortable "
        "moving between the bench and a 20 L reactor, which is what the role needs.\n\n"
        "I am very interested in joining the team, and will be in touch with Nina in the "
        "coming days.\n\nWith kind regards,\nCamille Laurent\n\n" + SIG_EN,
        subject="Thank you - case study presentation, 12 March")
    add("hvt2", aisha, [me], "2026-03-12 21:02",
        "Dear Camille,\n\nThank you for your kind message. It was a pleasure; your "
        "reasoning on the impurity profile was one of the clearest we have heard.\n\n"
        "Best regards,\nAisha", parent="hvt1", cc=[markus])
    case.thread("hvt1", True, "interview", "Helvaris AG",
                "one thank-you note to both panelists, sent the evening of the assessment; "
                "Aisha answered (before Nina's promise)")

    add("hv6", me, [nina], "2026-03-12 19:20",
        "Dear Nina,\n\nThank you for organising today so smoothly, and for the briefing, which "
        "made the case much less intimidating. I have written to Dr. Vogt and Dr. Rahman. I "
        "also had a lovely lunch with Lukas from the kilo-lab but did not catch his surname: "
        "could you pass on my thanks to him, or let me know how to reach him?\n\nBest "
        "regards,\nCamille\n\n" + SIG_EN, parent="hv5")
    add("hv7", nina, [me], "2026-03-13 10:40",
        "Dear Camille,\n\nThank you, it was a pleasure to have you with us. I have passed "
        "your message on to Lukas, who was very pleased.\n\nAs for next steps: the hiring "
        "team will meet on Thursday 19 March to review all finalists together, and you will "
        "hear from me by Friday 20 March at the latest.\n\nEnjoy your weekend,",
        parent="hv6")
    case.promise("hv1", "hv7", nina.email, "2026-03-20")
    case.thread("hv1", True, "interview", "Helvaris AG",
                "Nina's thread: slots offered, 12 March picked; a 'thanks' before the day; "
                "Camille's thank-you and request about Lukas the same evening; on 13 Mar Nina "
                "ties the decision to the panel of Thu 19 Mar and promises word by Fri 20 "
                "Mar; nothing from Helvaris since")

    # ---- Orvane (Saint-Fons plant): site visit ------------------------------
    add("or1", sophie, [me], "2026-03-02 11:48",
        "Bonjour Madame Laurent,\n\nNous avons bien reçu votre candidature au poste "
        "d'Ingénieur(e) R&D Procédés H/F pour notre site de Saint-Fons, et votre profil a "
        "retenu toute l'attention de notre équipe.\n\nNous souhaiterions vous recevoir sur "
        "site pour une journée de découverte : visite de l'atelier pilote et entretien avec "
        "le responsable R&D. Deux dates sont possibles : le jeudi 19 mars ou le vendredi 20 "
        "mars, de 10h à 15h environ.\n\nPourriez-vous m'indiquer celle qui vous convient ?\n\n"
        "Bien cordialement,", subject="Candidature Ingénieur(e) R&D Procédés H/F - "
        "Saint-Fons - journée sur site")
    add("or2", me, [sophie], "2026-03-02 21:14",
        "Bonjour Madame Marchand,\n\nJe vous remercie pour votre message. Le jeudi 19 mars me "
        "conviendrait parfaitement.\n\nBien cordialement,\nCamille Laurent\n\n" + SIG_FR,
        parent="or1")
    add("or3", sophie, [me], "2026-03-03 09:36",
        "Bonjour Madame Laurent,\n\nC'est noté pour le jeudi 19/03. Voici le déroulé prévu :\n\n"
        "- 10h00 : accueil sécurité au poste de garde (avec Marc, notre animateur HSE)\n"
        "- 10h30 : visite de l'atelier pilote avec Nadia Haddad, responsable de l'atelier\n"
        "- 12h00 : déjeuner au restaurant d'entreprise\n"
        "- 13h30 - 15h00 : entretien avec Julien Ferrand, responsable R&D Procédés "
        "(julien.ferrand@orvane.fr, en copie de ce mail)\n\nL'adresse : 12 rue Prosper Monnet, "
        "69190 Saint-Fons. Une navette part de la gare de Vénissieux. Vos frais de transport "
        "seront remboursés sur présentation des justificatifs.\n\nBien cordialement,",
        parent="or2", cc=[julien], prefix="RE : ")
    add("or4", julien, [me], "2026-03-17 17:55",
        "Bonjour Madame Laurent,\n\nAu plaisir de vous accueillir jeudi. Petit point pratique : "
        "prévoyez des chaussures fermées et, si possible, des lunettes plutôt que des lentilles "
        "dans l'atelier. Les EPI vous seront fournis sur place.\n\nCordialement,",
        parent="or3", cc=[sophie], prefix="RE : ")
    add("or5", me, [julien], "2026-03-17 21:30",
        "Bonjour Monsieur Ferrand,\n\nMerci pour ces précisions, c'est noté. À jeudi !\n\n"
        "Camille Laurent", parent="or4", cc=[sophie])
    add("or6", sophie, [me], "2026-03-20 10:15",
        "Bonjour Madame Laurent,\n\nJ'espère que votre retour s'est bien passé. Pour le "
        "remboursement de vos frais, pourriez-vous m'envoyer une copie de vos billets de train "
        "(aller et retour) ? Je transmettrai au service comptable.\n\nBien cordialement,",
        parent="or5", prefix="RE : ")
    case.meeting("or1", T("2026-03-19 10:00"), T("2026-03-19 15:00"), met=[julien.email],
                 unknown=["Nadia Haddad", "Marc (HSE)"], arranged_by=sophie.email,
                 what="site visit at the Saint-Fons plant and interview")
    case.thread("or1", True, "interview", "Orvane Specialties",
                "site visit Thu 19 Mar 10:00-15:00 (two dates offered, Thursday picked); "
                "Julien interviewed her (address in the text and cc); Nadia and Marc have no "
                "address; Sophie arranged it and did not attend; Camille has written nothing "
                "since the visit (only a pre-visit 'merci' to Julien)")

    add("tr1", rail, [me], "2026-03-06 20:41",
        "Bonjour Camille,\n\nMerci pour votre achat. Voici votre e-billet.\n\nAller : jeudi 19 "
        "mars 2026 - Paris Gare de Lyon 07h00 > Lyon Part-Dieu 08h56 - voiture 14, place 82\n"
        "Retour : jeudi 19 mars 2026 - Lyon Part-Dieu 17h04 > Paris Gare de Lyon 19h00 - "
        "voiture 3, place 47\n\nTotal payé : 118,00 EUR\nRéférence dossier : QXLMPT\n\n"
        "Bon voyage avec Rail Connect.",
        subject="Votre e-billet Paris > Lyon du 19/03/2026", headers=AUTO, sig=False,
        attachments=[("ebillet_QXLMPT.pdf", "application/pdf",
                      make_pdf(["E-billet Rail Connect", "Dossier QXLMPT", "19/03/2026"]))])
    case.thread("tr1", False, None, "Rail Connect", "train e-ticket for the Lyon trip")
    add("tr2", alpexp, [me], "2026-02-27 13:20",
        "Votre réservation est confirmée.\n\nAller : mercredi 11.03.2026, Paris Gare de Lyon "
        "18:22 - Basel SBB 21:26, voiture 12, place 61\nRetour : jeudi 12.03.2026, Basel SBB "
        "14:34 - Paris Gare de Lyon 17:38, voiture 15, place 24\n\nPrix : "
        "146,00 EUR\n\nAlpes Express vous souhaite un agréable voyage.",
        subject="Confirmation de votre voyage Paris - Bâle", headers=AUTO, sig=False)
    case.thread("tr2", False, None, "Alpes Express", "train booking for the Basel day")

    # ---- Kettler Polymere (Ludwigshafen): Teams interview, OOO ---------------
    add("kt_ack", personio, [me], "2026-02-17 09:31",
        "Dear Ms. Laurent,\n\nthank you for your application as R&D Chemist Polymer Additives "
        "(m/w/d) and for your interest in Kettler Polymere.\n\nWe have received your documents "
        "and will get back to you as soon as possible.\n\nKind regards\nYour Kettler Polymere "
        "recruiting team\n\n(This e-mail was generated automatically.)",
        subject="Your application as R&D Chemist Polymer Additives (m/w/d)", headers=AUTO,
        sig=False)
    case.thread("kt_ack", True, "application", "Kettler Polymere GmbH",
                "Personio acknowledgement (automated)")

    kt_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "kt"), stamp=T("2026-02-24 13:47"),
        start=T("2026-03-05 14:00"), end=T("2026-03-05 15:00"),
        summary="Video interview R&D Chemist Polymer Additives (m/w/d) - Ms. Laurent",
        organizer=katharina,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (henrik, "ACCEPTED", "INDIVIDUAL")],
        tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
        description="Dear Ms. Laurent, please find the Teams link below. Dr. Henrik Albers "
                    "will lead the interview; I will join for the first minutes.\n"
                    "Microsoft Teams meeting - Join: https://teams.microsoft.com/l/meetup-join/"
                    "19%3ameeting_kettler",
        prodid="Microsoft Exchange Server 2010")
    add("kt1", katharina, [me], "2026-02-24 13:47",
        "Dear Ms. Laurent,\n\nthank you for your application. We would like to get to know "
        "you and invite you to a video interview via MS Teams on Thursday, 05.03.2026 from "
        "14:00 to 15:00.\n\nThe interview will be led by Dr. Henrik Albers, Head of our "
        "Application Lab Additives. I will join for the first minutes to introduce Kettler "
        "and the position.\n\nPlease let us know if the date does not fit.\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "Meeting ID: 381 552 940 117\nPasscode: Kp7xQ2",
        subject="Video interview R&D Chemist Polymer Additives (m/w/d) - Ms. Laurent",
        ics=kt_ics, ics_mode="outlook")
    add("kt2", me, [katharina], "2026-02-24 19:12",
        "Dear Ms. Wendt,\n\nThank you for the invitation. Thursday 05.03. at 14:00 is perfect "
        "for me; I have accepted the Teams meeting.\n\nKind regards,\nCamille Laurent\n\n"
        + SIG_EN, parent="kt1")
    add("kt3", me, [katharina], "2026-03-05 17:30",
        "Dear Ms. Wendt,\n\nThank you for setting up this afternoon's interview and for your "
        "clear introduction to Kettler and the Additives business. The conversation with "
        "Dr. Albers confirmed my interest in the position.\n\nPlease do not hesitate to "
        "contact me if you need further documents (certificates, references).\n\nKind "
        "regards,\nCamille Laurent\n\n" + SIG_EN, parent="kt2")
    add("kt4", katharina, [me], "2026-03-06 09:20",
        "Dear Ms. Laurent,\n\nthank you for your nice feedback. We are conducting further "
        "interviews this week and next week and will give you a feedback until 19.03.2026 at "
        "the latest.\n\nHave a nice weekend!", parent="kt3")
    add("kt5", me, [katharina], "2026-03-16 20:05",
        "Dear Ms. Wendt,\n\nA short update, in case it helps with planning: the date of my "
        "PhD defence is now set for Friday 12.06.2026, so I would be available to start from "
        "1 July.\n\nKind regards,\nCamille Laurent\n\n" + SIG_EN, parent="kt4")
    add("kt6", katharina, [me], "2026-03-16 20:06",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 25.03.2026 nicht im "
        "Büro und ab Donnerstag, 26.03.2026 wieder erreichbar. Ihre E-Mail wird nicht "
        "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
        "bewerbung@kettler-polymere.de.\n\nThank you for your message. I am out of the office "
        "until 25.03.2026 inclusive and will be back on Thursday, 26.03.2026. Your e-mail "
        "will not be forwarded. For urgent matters please contact "
        "bewerbung@kettler-polymere.de.",
        subject="Automatische Antwort: Video interview R&D Chemist Polymer Additives (m/w/d) "
        "- Ms. Laurent", parent="kt5", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.meeting("kt1", T("2026-03-05 14:00"), T("2026-03-05 15:00"),
                 met=[henrik.email, katharina.email],
                 thanks={henrik.email: "kth1", katharina.email: "kt3"},
                 what="Teams interview")
    case.promise("kt1", "kt4", katharina.email, "2026-03-19", back="2026-03-26")
    case.thread("kt1", True, "interview", "Kettler Polymere GmbH",
                "Outlook/Teams invite (W. Europe Standard Time) for Thu 05.03. 14:00-15:00 "
                "with Dr. Albers, Katharina joined the start; both thanked; 'feedback until "
                "19.03.2026'; Camille's update of 16 Mar drew an out-of-office back on "
                "Thu 26.03., so the callback counts from 26 Mar")
    add("kth1", me, [henrik], "2026-03-05 17:45",
        "Dear Dr. Albers,\n\nThank you very much for our conversation this afternoon. I "
        "enjoyed discussing the stabiliser formulations and the way your lab works directly "
        "with customers on application tests.\n\nWhat I would bring to the team:\n- hands-on "
        "experience of radical chemistry and its analytics (EPR, HPLC-MS);\n- three years "
        "of designing experiments with limited material;\n- good German for the lab, which "
        "I will keep improving.\n\nI am very motivated by the position and look forward to "
        "hearing from Ms. Wendt.\n\nKind regards,\nCamille Laurent\n\n" + SIG_EN,
        subject="Thank you - interview 05.03.")
    add("kth2", henrik, [me], "2026-03-05 19:10",
        "Dear Ms. Laurent,\n\nthank you for your kind words, it was a pleasure on my side as "
        "well. Ms. Wendt will get in touch with you regarding the next steps.\n\nBest "
        "regards\nHenrik Albers", parent="kth1", sig=False)
    case.thread("kth1", True, "interview", "Kettler Polymere GmbH",
                "thank-you to Dr. Albers in a new thread, answered the same evening")

    # ---- Lumisyn (Paris 13e): emailed application, visit, note to the CTO ---
    add("lu1", me, [antoine], "2026-02-20 08:50",
        "Bonjour Monsieur Roussel,\n\nDoctorante en troisième année au LSCM (soutenance prévue "
        "en juin), je travaille sur la catalyse photoredox en flux, et je suis avec beaucoup "
        "d'intérêt le développement de Lumisyn depuis votre présentation au salon Chimie & "
        "Innovation de novembre.\n\nJe me permets de vous adresser ma candidature pour un "
        "poste de chimiste R&D au sein de votre équipe. Vous trouverez mon CV en pièce "
        "jointe.\n\nJe serais ravie de venir vous présenter mes travaux.\n\nBien cordialement,"
        "\nCamille Laurent\n\n" + SIG_FR,
        subject="Candidature - chimiste R&D photocatalyse", attachments=[CV_FR])
    add("lu2", antoine, [me], "2026-02-23 13:02",
        "Bonjour Camille,\n\nMerci pour votre message, et désolé pour le délai : nous bouclons "
        "une levée de fonds. Vos travaux en flux nous intéressent beaucoup.\n\nLe plus simple "
        "serait que vous passiez nous voir au labo. Je vous propose lundi 16 mars à 14h30, "
        "mardi 17 à 10h ou jeudi 19 à 16h. Dites-moi ce qui vous arrange.\n\nBien à vous,",
        parent="lu1")
    add("lu3", me, [antoine], "2026-02-23 18:30",
        "Bonjour Antoine,\n\nLundi 16 à 14h30, ce serait parfait pour moi.\n\nBien à vous,\n"
        "Camille", parent="lu2")
    add("lu4", antoine, [me], "2026-02-24 08:12",
        "Top, c'est calé. Priya Natarajan, notre CTO (priya@lumisyn.com), sera là aussi : "
        "elle est arrivée de Manchester cet hiver et son français est encore en rodage, donc "
        "on basculera en anglais pour la partie technique.\n\nAdresse : 27 rue du Chevaleret, "
        "75013, interphone Lumisyn, 3e étage. Venez avec quelques slides si vous voulez, on "
        "a un écran.\n\nA lundi 16 !", parent="lu3", sig=False)
    case.application("lu1", "lu1", antoine.email, answered_by="lu2")
    case.meeting("lu1", T("2026-03-16 14:30"), None, met=[antoine.email, priya.email],
                 thanks={priya.email: "lut1"}, what="visit and interview at the lab")
    case.thread("lu1", True, "interview", "Lumisyn",
                "application by email to the CEO (answered), visit Mon 16 Mar 14:30 agreed "
                "from three slots, no end time given; Priya's address is in Antoine's text; "
                "Camille thanked only Priya, in a new thread")
    add("lut1", me, [priya], "2026-03-16 19:40",
        "Dear Priya,\n\nThank you for this afternoon, and for taking me through the reactor "
        "prototypes yourself. Seeing the LED arrays you designed for the continuous set-up "
        "was the highlight of my day.\n\nI left with the feeling that my flow work would "
        "translate quite directly to your pilot unit, and I would love to be part of the "
        "next scale-up step.\n\nBest wishes,\nCamille\n\n" + SIG_EN,
        subject="Thank you - this afternoon at Lumisyn")
    add("lut2", priya, [me], "2026-03-17 08:55",
        "Hi Camille,\n\nThanks for the lovely note! Antoine and I enjoyed it too. We'll sit "
        "down with the team and come back to you before the end of March.\n\nPriya",
        parent="lut1", sig=False)
    case.promise("lut1", "lut2", priya.email, "2026-03-31")
    case.thread("lut1", True, "interview", "Lumisyn",
                "thank-you to Priya in a new thread; her 'before the end of March' is still "
                "open")

    # ---- Sorell Pharma: portal, recruiter in London, GoodTime, rejection ----
    add("so_ack", workday, [me], "2026-02-24 22:04",
        "Dear Camille,\n\nThank you for applying to Sorell Pharma for the role Scientist, "
        "Process Chemistry (R-2026-0412).\n\nYou can check the status of your application at "
        "any time on our careers site.\n\nBest regards,\nSorell Pharma Talent Acquisition",
        subject="Thank you for applying to Sorell Pharma - Scientist, Process Chemistry "
        "(R-2026-0412)", headers=AUTO, sig=False,
        html=html_of("Dear Camille,\n\nThank you for applying to Sorell Pharma for the role "
                     "Scientist, Process Chemistry (R-2026-0412)."), html_only=False)
    case.thread("so_ack", True, "application", "Sorell Pharma",
                "Workday acknowledgement of the portal application")

    add("so1", laura, [me], "2026-03-04 11:15",
        "Hi Camille,\n\nI'm Laura and I look after R&D recruitment for our sites in the UK "
        "and France. Owen Fletcher (owen.fletcher@sorellpharma.com), who leads Process "
        "Chemistry at Saint-Quentin-en-Yvelines, would like an hour with you over Teams to "
        "talk about your thesis and the Scientist role.\n\nWould any of these work?\n"
        "- Wed 11 March, 14:00-15:00\n- Fri 13 March, 09:00-10:00\n- Mon 16 March, "
        "15:00-16:00\n\nAll times are UK time, so add an hour for Paris.\n\nBest,",
        subject="Scientist, Process Chemistry - a conversation with Owen")
    add("so2", me, [laura], "2026-03-04 19:02",
        "Hi Laura,\n\nThank you for reaching out! Friday 13 March at 09:00 UK time (10:00 in "
        "Paris) works very well for me.\n\nBest regards,\nCamille\n\n" + SIG_EN, parent="so1")
    add("so3", laura, [me], "2026-03-05 09:30",
        "Perfect, that's booked. You'll get a confirmation with the Teams link from our "
        "scheduling tool shortly. I've copied Owen so you have each other's details.\n\nBest,",
        parent="so2", cc=[owen])
    add("so4", owen, [me], "2026-03-12 16:20",
        "Hello Camille,\n\nLooking forward to our conversation tomorrow. If it's easy, bring "
        "two or three slides on the flow work from your thesis; we can screen-share.\n\nBest,"
        "\nOwen", parent="so3", cc=[laura], sig=False)
    add("so5", me, [owen], "2026-03-12 17:02",
        "Thanks Owen, I'll have a few slides ready. Speak tomorrow!\n\nCamille",
        parent="so4", cc=[laura])
    add("so6", laura, [me], "2026-03-16 12:05",
        "Hi Camille,\n\nThanks for making the time for Owen on Friday. We're speaking with "
        "two more candidates this week and we aim to let everyone know where they stand by "
        "Friday 27 March.\n\nBest,", parent="so5")
    add("so7", laura, [me], "2026-03-20 14:30",
        "Hi Camille,\n\nI wanted to let you know personally that the team has decided to go "
        "ahead with another candidate, whose experience with GMP scale-up is a little closer "
        "to what the site needs right now. It was a close call, and Owen specifically "
        "mentioned how much he liked your presentation.\n\nI'd really like to keep in touch: "
        "we expect more Process Chemistry roles later in the year.\n\nWith best wishes,",
        parent="so6")
    add("so8", me, [laura], "2026-03-20 18:10",
        "Hi Laura,\n\nThank you for letting me know, and for doing it personally; I "
        "appreciate it. I would be very glad to be considered for future Process Chemistry "
        "openings.\n\nBest regards,\nCamille\n\n" + SIG_EN, parent="so7")
    case.meeting("so1", T("2026-03-13 10:00"), T("2026-03-13 11:00"), met=[owen.email],
                 what="Teams interview with the hiring manager")
    case.promise("so1", "so6", laura.email, "2026-03-27", ended_by="so7")
    case.thread("so1", True, "rejection", "Sorell Pharma",
                "slots offered in UK time, Fri 13 Mar 09:00 UK = 10:00 Paris picked; Owen "
                "copied, 'thanks' to him only before the interview, never after; Laura (not "
                "at the interview) mentioned other candidates and promised news by Fri 27 "
                "Mar, then rejected on Fri 20 Mar")
    add("so_gt", goodtime, [me], "2026-03-05 09:41",
        "Hi Camille,\n\nYour interview for Scientist, Process Chemistry at Sorell Pharma is "
        "confirmed.\n\nWhen: Friday, March 13, 2026, 10:00 AM - 11:00 AM (CET)\n"
        "Where: Microsoft Teams (link below)\nInterviewer: Owen Fletcher, Director, Process "
        "Chemistry\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3asorell-4471\n\n"
        "Need to reschedule? Reply to your recruiter.\n\nSent by GoodTime on behalf of Sorell "
        "Pharma",
        subject="Interview Confirmed: Scientist, Process Chemistry - Sorell Pharma",
        headers=AUTO, sig=False,
        html=html_of("Hi Camille,\n\nYour interview for Scientist, Process Chemistry at "
                     "Sorell Pharma is confirmed.\n\nWhen: Friday, March 13, 2026, 10:00 AM "
                     "- 11:00 AM (CET)\nInterviewer: Owen Fletcher, Director, Process "
                     "Chemistry"))
    case.thread("so_gt", True, "interview", "Sorell Pharma",
                "GoodTime confirmation without ICS, names the interviewer without address")

    # ---- Verlaine Talents (agency): phone call, 'je vous rappelle jeudi' -----
    add("vt1", thomas, [me], "2026-03-05 09:40",
        "Bonjour Madame Laurent,\n\nJe me permets de vous contacter suite à la lecture de "
        "votre profil LinkedIn. J'accompagne actuellement un groupe industriel de la chimie "
        "de spécialité, basé près de Strasbourg, qui recherche un(e) Ingénieur(e) R&D "
        "Formulation.\n\nAuriez-vous vingt minutes pour un échange téléphonique en début de "
        "semaine prochaine ?\n\nBien à vous,",
        subject="Opportunité Ingénieur(e) R&D Formulation - Bas-Rhin (H/F)")
    add("vt2", me, [thomas], "2026-03-05 21:30",
        "Bonjour Monsieur Giraud,\n\nVolontiers. Lundi 9 mars à 11h, cela vous irait ? Vous "
        "pouvez me joindre au 06 52 48 17 09.\n\nBien cordialement,\nCamille Laurent",
        parent="vt1")
    add("vt3", thomas, [me], "2026-03-06 08:05",
        "C'est noté, je vous appelle lundi à 11h.\n\nBonne journée,", parent="vt2")
    add("vt4", thomas, [me], "2026-03-09 12:25",
        "Bonjour Camille,\n\nRavi de notre échange de ce matin. Comme convenu, vous trouverez "
        "la fiche de poste en pièce jointe.\n\nJe présente votre profil à mon client cette "
        "semaine et je vous rappelle jeudi pour vous faire un retour.\n\nBien à vous,",
        parent="vt3",
        attachments=[("FDP_Ingenieur_RD_Formulation.pdf", "application/pdf",
                      make_pdf(["Fiche de poste", "Ingenieur(e) R&D Formulation H/F",
                                "Bas-Rhin - CDI - cadre"]))])
    add("vt5", me, [thomas], "2026-03-09 13:10",
        "Bonjour Thomas,\n\nBien reçu, la fiche de poste correspond tout à fait à ce que je "
        "cherche. J'attends votre appel jeudi.\n\nBonne journée,\nCamille", parent="vt4")
    case.meeting("vt1", T("2026-03-09 11:00"), None, met=[thomas.email],
                 what="phone call with the agency consultant")
    case.promise("vt1", "vt4", thomas.email, "2026-03-12")
    case.thread("vt1", True, "recruiter", "Verlaine Talents",
                "agency consultant; phone call Mon 9 Mar 11:00 (no end given); 'je vous "
                "rappelle jeudi' (Thu 12 Mar); nothing from Verlaine since")

    # ---- Ambrelle: application to a named person, answered only by an OOO ---
    add("am1", me, [helene], "2026-03-09 08:40",
        "Madame,\n\nÉlodie Marchetti, avec qui j'ai eu la chance d'échanger la semaine "
        "dernière, m'a suggéré de prendre contact avec vous.\n\nDoctorante en chimie organique "
        "(soutenance prévue le 12 juin), je souhaite m'orienter vers la formulation, et le "
        "travail de votre équipe sur les actifs d'origine biosourcée correspond exactement à "
        "ce que je recherche. Je me permets donc de vous adresser ma candidature pour un "
        "poste d'ingénieure R&D au sein de votre direction.\n\nVous trouverez ci-joint mon CV "
        "et une lettre de motivation. Je reste à votre disposition pour un échange.\n\n"
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
        "Camille Laurent\n\n" + SIG_FR,
        subject="Candidature - ingénieure R&D formulation (de la part d'Élodie Marchetti)",
        attachments=[CV_FR, LM_FR])
    add("am2", helene, [me], "2026-03-09 08:41",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 16 mars inclus, avec un accès limité à "
        "mes e-mails. Je prendrai connaissance de votre message à mon retour.\n\nCordialement,"
        "\nHélène Vasseur\nDirectrice R&D Formulation - Ambrelle",
        subject="Réponse automatique : Candidature - ingénieure R&D formulation (de la part "
        "d'Élodie Marchetti)", parent="am1", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.application("am1", "am1", helene.email)
    case.thread("am1", True, "application", "Ambrelle",
                "application with CV by email on Mon 9 Mar; the only answer is an "
                "out-of-office; nobody from Ambrelle has written since")

    # ---- Alpenchem: application a week ago, not due yet --------------------
    add("al1", me, [pascal], "2026-03-17 22:15",
        "Monsieur,\n\nJe vous adresse ma candidature pour le poste d'Ingénieure Développement "
        "Procédés (réf. PD-2603) publié sur votre site, sur le conseil de Léa Nguyen, "
        "doctorante dans mon laboratoire, qui a effectué son stage de master à Monthey.\n\n"
        "Ma thèse porte sur le passage en flux de réactions photoredox et leur montée en "
        "échelle, ce qui rejoint directement les missions décrites dans l'annonce.\n\n"
        "Vous trouverez mon CV en pièce jointe. Je serais heureuse de vous en dire plus lors "
        "d'un entretien.\n\nAvec mes meilleures salutations,\nCamille Laurent\n\n" + SIG_FR,
        subject="Candidature Ingénieure Développement Procédés - réf. PD-2603",
        attachments=[CV_FR])
    case.application("al1", "al1", pascal.email)
    case.thread("al1", True, "application", "Alpenchem SA",
                "application with CV by email on Tue 17 Mar; no answer yet; its follow-up "
                "falls due only at the end of Thu 26 Mar")

    # ---- Élodie: café with an alumna (networking) --------------------------
    add("el1", me, [elodie], "2026-02-25 21:40",
        "Bonjour Élodie,\n\nJe me permets de t'écrire après avoir trouvé ton profil dans "
        "l'annuaire des anciens de l'ECB (promo 2022 pour moi). Je termine ma thèse en "
        "chimie organique et je commence à regarder du côté des ingrédients et de la "
        "formulation ; ton parcours chez Roquelle m'a beaucoup parlé.\n\nAurais-tu une demi-"
        "heure pour prendre un café dans les semaines qui viennent ? Je suis à Paris et "
        "très flexible.\n\nBelle soirée,\nCamille", subject="Ancienne de l'ECB - un café ?")
    add("el2", elodie, [me], "2026-02-26 12:14",
        "Hello Camille !\n\nAvec plaisir, ça me rappelle ma fin de thèse... Mercredi 4 mars à "
        "18h au Pavillon, juste en face de la gare de Lyon ? J'ai un train à 19h30 donc on "
        "aura une bonne heure.\n\nÉlodie", parent="el1")
    add("el3", me, [elodie], "2026-02-26 13:02",
        "Parfait, merci beaucoup ! À mercredi 18h au Pavillon.\n\nCamille", parent="el2")
    add("el4", me, [elodie], "2026-03-04 22:10",
        "Coucou Élodie,\n\nMerci encore pour ce café et pour le temps que tu m'as consacré "
        "avant ton train. Tes conseils sur la manière de présenter la thèse (\"parler "
        "résultats, pas publications\") vont m'être très utiles.\n\nBon retour à Lille !\n"
        "Camille", parent="el3")
    add("el5", elodie, [me], "2026-03-06 08:31",
        "Avec grand plaisir ! Comme promis, voici le contact d'Hélène Vasseur, directrice "
        "R&D formulation chez Ambrelle : helene.vasseur@ambrelle.fr. Tu peux te recommander "
        "de moi, je l'ai prévenue.\n\nBon courage pour la rédaction, et tiens-moi au courant !"
        "\n\nÉlodie", parent="el4")
    case.meeting("el1", T("2026-03-04 18:00"), T("2026-03-04 19:00"), met=[elodie.email],
                 networking=True, what="coffee with an alumna")
    case.thread("el1", True, "networking", "Roquelle Ingrédients",
                "coffee with an alumna Wed 4 Mar 18:00 (an hour); 'merci' before and after; "
                "her reply of Fri 6 Mar is the last exchange, so the next touch fell due at "
                "the end of Fri 20 Mar")

    # ---- Tobias (Basel): introduced by the supervisor, networking call -------
    add("tb1", tobias, [me], "2026-03-12 08:05",
        "Dear Camille,\n\nBernard and I go back to our postdoc years in Zurich, and he tells "
        "me you are finishing a very nice thesis on photoredox C-N couplings and are now "
        "looking at industry. I'd be happy to tell you how we work in process research here "
        "in Basel, and what the move from academia looked like for me.\n\nCould we talk on "
        "Tuesday? I have a window from 17:30 to 18:00.\n\nBest wishes,", cc=[bernard],
        subject="Hello from Basel - via Bernard")
    add("tb2", me, [tobias], "2026-03-12 12:40",
        "Dear Tobias,\n\nThat is very kind of you, and of Bernard! Tuesday 17:30 suits me "
        "perfectly. Shall I call you, or would you prefer Teams?\n\nBest regards,\nCamille\n\n"
        + SIG_EN, parent="tb1", cc=[bernard])
    add("tb3", tobias, [me], "2026-03-12 13:05",
        "Teams is easiest, link below. Talk on Tuesday!\n\nhttps://teams.microsoft.com/l/"
        "meetup-join/19%3arheintal-kaelin\n\nTobias", parent="tb2", sig=False)
    add("tb4", me, [tobias], "2026-03-17 20:15",
        "Dear Tobias,\n\nThank you so much for your time this evening. Your account of the "
        "first year in process research, and the point about solvent selection being a "
        "negotiation with three departments at once, gave me a lot to think about.\n\nAs "
        "promised, I will send you the preprint of our flow paper by Friday.\n\nBest wishes,"
        "\nCamille\n\n" + SIG_EN, parent="tb3")
    add("tb5", tobias, [me], "2026-03-18 07:50",
        "My pleasure, Camille. Good luck with the writing, and with Helvaris; do keep me "
        "posted.\n\nTobias", parent="tb4", sig=False)
    add("tb6", me, [tobias], "2026-03-19 21:30",
        "Dear Tobias,\n\nHere is the preprint as promised (submitted to Org. Process Lett., "
        "currently in revision). Section 3 has the residence-time study we talked about.\n\n"
        "Best,\nCamille", parent="tb5",
        attachments=[("Laurent_flow_photoredox_preprint.pdf", "application/pdf",
                      make_pdf(["Preprint - continuous photoredox amination",
                                "C. Laurent, H. Lefevre, B. Dubreuil"]))])
    add("tb7", tobias, [me], "2026-03-20 08:10",
        "Got it, I'll read it on the train this weekend.\n\nT.", parent="tb6", sig=False)
    case.meeting("tb1", T("2026-03-17 17:30"), T("2026-03-17 18:00"), met=[tobias.email],
                 thanks={tobias.email: "tb4"}, networking=True,
                 what="introduction call with a process chemist in Basel")
    case.own_promise("tb1", "tb4", tobias.email, "2026-03-20", kept_by="tb6")
    case.thread("tb1", True, "networking", "Rheintal Biotech AG",
                "introduction by her supervisor (cc, not on the call); Teams call Tue 17 Mar "
                "17:30-18:00, thanked that evening; her promise of the preprint 'by Friday' "
                "kept on Thu 19 Mar; last exchange Fri 20 Mar")

    # ---- Postdoc (Universität Talheim) -------------------------------------
    add("pd1", me, [annika], "2026-02-16 09:10",
        "Dear Professor Sommerfeld,\n\nI am writing to apply for the postdoctoral position "
        "in sustainable photoredox and electrochemical synthesis advertised on your group's "
        "website (ref. SO-PD-2026).\n\nI am in the final year of my PhD with Prof. Bernard "
        "Dubreuil in Paris, where I have developed visible-light C-N couplings and moved "
        "them to continuous flow at the 50 g scale. Your recent work on paired "
        "electrolysis is exactly the direction I would like to take next.\n\nPlease find "
        "attached my CV and a cover letter. My defence is planned for June 2026.\n\nYours "
        "sincerely,\nCamille Laurent\n\n" + SIG_EN,
        subject="Application - postdoctoral position SO-PD-2026 (photoredox / "
        "electrosynthesis)", attachments=[CV_EN, ("Cover_letter_Laurent.pdf",
                                                   "application/pdf",
                                                   make_pdf(["Cover letter", "Camille Laurent"]))])
    add("pd2", annika, [me], "2026-02-18 11:30",
        "Dear Ms Laurent,\n\nThank you for your application, which I read with great "
        "interest. Would you be available for a Zoom interview on Monday, 2 March, at "
        "15:00 (CET)?\n\nBest regards,\nAnnika Sommerfeld", parent="pd1", sig=False)
    add("pd3", me, [annika], "2026-02-18 14:05",
        "Dear Professor Sommerfeld,\n\nYes, Monday 2 March at 15:00 suits me very well.\n\n"
        "Kind regards,\nCamille Laurent", parent="pd2")
    add("pd4", annika, [me], "2026-02-19 08:44",
        "Dear Ms Laurent,\n\nThis email confirms our Zoom interview on Monday, 2 March, from "
        "15:00 to 16:00 (CET). Please prepare a 15-minute presentation of your thesis work.\n\n"
        "https://uni-talheim.zoom.us/j/6618042257\nMeeting ID: 661 804 2257, Passcode: "
        "cat2026\n\nBest regards,", parent="pd3")
    add("pd5", me, [annika], "2026-03-02 18:30",
        "Dear Professor Sommerfeld,\n\nThank you for this afternoon's conversation and for "
        "your questions on the flow set-up. The way your group couples electrochemistry with "
        "photoredox steps is what I would most like to learn next, and I hope my scale-up "
        "experience could be useful to the team.\n\nKind regards,\nCamille Laurent\n\n"
        + SIG_EN, parent="pd4")
    add("pd6", annika, [me], "2026-03-10 14:20",
        "Dear Camille,\n\nThank you again for the interview. My group and I would like to "
        "move you to the final step. Could you send me a two-page research proposal along "
        "the lines we discussed, and the names and contact details of two referees?\n\nThe "
        "fellowship committee of our Graduate School meets on 15 April, and you will have "
        "our decision by Friday 17 April.\n\nBest wishes,", parent="pd5")
    add("pd7", me, [annika], "2026-03-11 08:45",
        "Dear Annika,\n\nThat is wonderful news. I am presenting at our group retreat until "
        "Wednesday, so I will send you the proposal and my referees' details by Friday 20 "
        "March.\n\nBest wishes,\nCamille\n\n" + SIG_EN, parent="pd6")
    case.application("pd1", "pd1", annika.email, answered_by="pd2")
    case.meeting("pd1", T("2026-03-02 15:00"), T("2026-03-02 16:00"), met=[annika.email],
                 thanks={annika.email: "pd5"}, what="Zoom interview for the postdoc")
    case.promise("pd1", "pd6", annika.email, "2026-04-17")
    case.own_promise("pd1", "pd7", annika.email, "2026-03-20")
    case.thread("pd1", True, "interview", "Universität Talheim",
                "postdoc: application by email (answered), Zoom interview Mon 2 Mar "
                "confirmed in words and thanked; committee on 15 Apr, decision by 17 Apr; "
                "Camille promised the proposal and referees by Fri 20 Mar and has not sent "
                "them")

    # ---- Nordhafen: interview cancelled ------------------------------------
    nh_uid = uid_outlook(NAME, "nh")
    nh_kw = dict(uid=nh_uid, start=T("2026-03-17 10:00"), end=T("2026-03-17 11:00"),
                 summary="Video interview Laboratory Head Coatings (m/w/d) - Camille Laurent",
                 organizer=jana,
                 attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                            (felix, "ACCEPTED", "INDIVIDUAL")],
                 tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
                 prodid="Microsoft Exchange Server 2010")
    add("nh1", jana, [me], "2026-03-09 15:22",
        "Dear Ms. Laurent,\n\nfollowing your application via our career portal, we would "
        "like to invite you to a first video interview with Dr. Felix Brandt, Head of Coatings "
        "R&D, on Tuesday, 17.03.2026, 10:00-11:00.\n\nThe Teams link is in the invitation.",
        subject="Video interview Laboratory Head Coatings (m/w/d) - Camille Laurent",
        ics=make_ics(method="REQUEST", stamp=T("2026-03-09 15:22"), **nh_kw),
        ics_mode="outlook")
    add("nh2", me, [jana], "2026-03-09 19:48",
        "Dear Ms. Petersen,\n\nThank you for the invitation, I have accepted it and look "
        "forward to speaking with Dr. Brandt on 17.03.\n\nKind regards,\nCamille Laurent\n\n"
        + SIG_EN, parent="nh1")
    case.meeting("nh1", T("2026-03-17 10:00"), T("2026-03-17 11:00"), met=[felix.email],
                 status="cancelled", what="video interview, cancelled")
    case.thread("nh1", True, "interview", "Nordhafen Chemicals GmbH",
                "Outlook invite for Tue 17.03. 10:00-11:00 with Dr. Brandt; cancelled the day "
                "before (separate thread)")
    add("nh3", jana, [me], "2026-03-16 16:40",
        "Dear Ms. Laurent,\n\nunfortunately we have to cancel tomorrow's interview: due to an "
        "internal reorganisation, the position has been put on hold. We are very sorry for "
        "the short notice. Should the position be reopened, we will contact you again.",
        subject="Abgesagt: Video interview Laboratory Head Coatings (m/w/d) - Camille Laurent",
        ics=make_ics(method="CANCEL", stamp=T("2026-03-16 16:40"), sequence=1,
                     status="CANCELLED", **nh_kw), ics_mode="outlook")
    case.thread("nh3", True, "interview", "Nordhafen Chemicals GmbH",
                "ICS CANCEL of the 17.03. interview, position on hold")

    # ---- Vauclair Biotech: no-show, moved to a day after now ----------------
    vc_uid = uid_google(NAME, "vc")
    vc_desc = ("Comme évoqué sur LinkedIn : premier échange sur le poste de chimiste "
               "formulation (CDI, Évry).\nRejoindre avec Google Meet : "
               "https://meet.google.com/vbx-qmsk-tra")
    add("vc1", mathieu, [me], "2026-03-13 17:02",
        "Mathieu Carrère vous a invité à un événement.\n\nCamille / Mathieu (Vauclair "
        "Biotech) - échange\nven. 20 mars 2026 11:00 - 11:45 (CET)\n\n" + vc_desc +
        "\n\nInvitation de Google Agenda", subject="Invitation: Camille / Mathieu (Vauclair "
        "Biotech) - échange @ ven. 20 mars 2026 11:00 - 11:45 (CET) "
        "(camille.laurent@example.fr)", headers=GCAL, sig=False,
        ics=make_ics(method="REQUEST", uid=vc_uid, stamp=T("2026-03-13 17:02"),
                     start=T("2026-03-20 11:00"), end=T("2026-03-20 11:45"),
                     summary="Camille / Mathieu (Vauclair Biotech) - échange",
                     organizer=mathieu, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                                   (mathieu, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Europe/Paris", description=vc_desc))
    add("vc2", mathieu, [me], "2026-03-20 11:38",
        "Camille, toutes mes excuses : on a eu une panne sur le lyophilisateur et je n'ai pas "
        "vu l'heure passer. Je suis vraiment désolé de vous avoir fait attendre sur le Meet.\n\n"
        "Est-ce qu'on peut refaire ça jeudi prochain, le 26, même heure ?\n\nMathieu",
        parent="vc1")
    add("vc3", me, [mathieu], "2026-03-20 12:02", "Jeudi, parfait.\n\nCamille", parent="vc2")
    case.meeting("vc1", T("2026-03-20 11:00"), T("2026-03-20 11:45"), met=[mathieu.email],
                 status="noshow", what="Meet call; the organiser did not show up")
    case.thread("vc1", True, "interview", "Vauclair Biotech",
                "Google Meet Fri 20 Mar 11:00 with the founder, who did not show up; moved "
                "to Thu 26 Mar in a two-word reply")
    add("vc4", mathieu, [me], "2026-03-20 12:09",
        "Mathieu Carrère a modifié cet événement.\n\nCamille / Mathieu (Vauclair Biotech) - "
        "échange\njeu. 26 mars 2026 11:00 - 11:45 (CET)\n\n" + vc_desc,
        subject="Invitation mise à jour: Camille / Mathieu (Vauclair Biotech) - échange @ "
        "jeu. 26 mars 2026 11:00 - 11:45 (CET) (camille.laurent@example.fr)", headers=GCAL,
        sig=False,
        ics=make_ics(method="REQUEST", uid=vc_uid, stamp=T("2026-03-20 12:09"), sequence=1,
                     start=T("2026-03-26 11:00"), end=T("2026-03-26 11:45"),
                     summary="Camille / Mathieu (Vauclair Biotech) - échange",
                     organizer=mathieu, attendees=[(me, "ACCEPTED", "INDIVIDUAL"),
                                                   (mathieu, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Europe/Paris", description=vc_desc))
    case.meeting("vc4", T("2026-03-26 11:00"), T("2026-03-26 11:45"), met=[mathieu.email],
                 status="scheduled", what="the rescheduled call, after now")
    case.thread("vc4", True, "interview", "Vauclair Biotech",
                "updated Google invite: Thu 26 Mar 11:00-11:45, after now")

    # ---- Florenza Arômes: old application, rejected -------------------------
    add("fl1", me, [marion], "2026-02-10 10:05",
        "Madame,\n\nSuite à l'offre parue sur le site de l'ABG, je vous adresse ma candidature "
        "au poste de Chimiste analytique R&D (réf. FA-118). Vous trouverez mon CV et ma "
        "lettre de motivation en pièces jointes.\n\nBien cordialement,\nCamille Laurent\n\n"
        + SIG_FR, subject="Candidature - Chimiste analytique R&D (réf. FA-118)",
        attachments=[CV_FR, LM_FR])
    add("fl2", marion, [me], "2026-02-11 14:22",
        "Bonjour Madame Laurent,\n\nNous accusons bonne réception de votre candidature, que "
        "nous avons transmise au responsable du laboratoire. Nous reviendrons vers vous dès "
        "que possible.\n\nCordialement,", parent="fl1", prefix="RE : ")
    add("fl3", marion, [me], "2026-03-03 16:48",
        "Bonjour Madame Laurent,\n\nNous vous remercions de l'intérêt que vous portez à "
        "Florenza Arômes. Après une étude attentive de votre dossier, nous sommes au regret "
        "de ne pas pouvoir donner une suite favorable à votre candidature, le poste "
        "requérant une expérience confirmée en analyse sensorielle.\n\nNous conservons votre "
        "CV et ne manquerons pas de revenir vers vous si une opportunité correspondant à "
        "votre profil se présentait.\n\nNous vous souhaitons pleine réussite.\n\n"
        "Cordialement,", parent="fl2", prefix="RE : ")
    case.application("fl1", "fl1", marion.email, answered_by="fl2")
    case.thread("fl1", True, "rejection", "Florenza Arômes",
                "application by email in February, acknowledged by a person, rejected 3 Mar")

    # ================================================================== NOISE

    # lab seminar (Zimbra invite)
    sem_desc = ("Séminaire LSCM\nPr. Claire Wendling (Université de Strasbourg) : "
                "\"Photochimie en flux : du laboratoire au pilote\"\nSalle 305, bâtiment C")
    add("sem1", hugo, [me, lea, bernard], "2026-03-03 10:20",
        "Bonjour à tous,\n\nPetit rappel : séminaire de Claire Wendling mardi prochain 10/03 à "
        "11h, salle 305. Elle reste déjeuner avec nous, dites-moi qui vient !\n\nHugo",
        subject="Séminaire LSCM - Pr. Claire Wendling - mar. 10/03 11h",
        ics=make_ics(method="REQUEST", uid=uid_uuid(NAME, "sem"), stamp=T("2026-03-03 10:20"),
                     start=T("2026-03-10 11:00"), end=T("2026-03-10 12:00"),
                     summary="Séminaire LSCM - Claire Wendling", organizer=hugo,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (lea, "NEEDS-ACTION", "INDIVIDUAL"),
                                (bernard, "ACCEPTED", "INDIVIDUAL"),
                                (("Salle 305 bât. C", "salle305c@u-bievre.fr"), "ACCEPTED",
                                 "ROOM")],
                     tzid="Europe/Paris", location="Salle 305, bât. C", description=sem_desc,
                     prodid="-//Zimbra//Zimbra Calendar 9.0//FR"), ics_mode="attach")
    add("sem2", me, [hugo], "2026-03-03 11:02", "Moi ! Et je peux aller la chercher à la "
        "gare si besoin.\n\nCam", parent="sem1")
    add("sem3", hugo, [me], "2026-03-03 11:15", "Top, merci ! Elle arrive gare de l'Est "
        "à 9h42, je te transfère son numéro.", parent="sem2")
    case.meeting("sem1", T("2026-03-10 11:00"), T("2026-03-10 12:00"), job=False,
                 what="lab seminar")
    case.thread("sem1", False, None, "LSCM", "lab seminar, not job search")

    # supervisor: manuscript meeting, chapter promises both ways
    add("sv1", bernard, [me], "2026-03-06 13:10",
        "Camille,\n\nOn fait un point sur le manuscrit mardi 10 à 14h dans mon bureau ? "
        "Apporte le plan détaillé du chapitre 3 et les figures de la partie cinétique.\n\nB.",
        subject="Point manuscrit", sig=False)
    add("sv2", me, [bernard], "2026-03-06 13:40", "Ok pour mardi 14h, je t'amène tout ça.\n\n"
        "Camille", parent="sv1")
    add("sv3", bernard, [me], "2026-03-10 17:35",
        "Merci pour la discussion de cet après-midi. Le chapitre 3 est en bonne voie. Je te "
        "fais mes retours détaillés d'ici lundi 16, et on fixera la date d'envoi aux "
        "rapporteurs ensuite.\n\nB.", parent="sv2", sig=False)
    add("sv4", bernard, [me], "2026-03-15 23:10",
        "Voilà mes commentaires sur le chap. 3 (PDF annoté). Désolé pour le dimanche soir. "
        "Globalement très bien, attention à la discussion des rendements quantiques.",
        parent="sv3", sig=False,
        attachments=[("Chap3_Laurent_commentaires_BD.pdf", "application/pdf",
                      make_pdf(["Chapitre 3 - commentaires BD"]))])
    add("sv5", me, [bernard], "2026-03-16 08:20",
        "Merci beaucoup ! Je m'y mets. Je t'envoie le chapitre 4 vendredi 20 au plus tard.\n\n"
        "Camille", parent="sv4")
    add("sv6", me, [bernard], "2026-03-20 19:45",
        "Voici le chapitre 4 (version 1). La partie flux est encore un peu longue, je sais.\n\n"
        "Bon week-end,\nCamille", parent="sv5",
        attachments=[("Chap4_Laurent_v1.pdf", "application/pdf",
                      make_pdf(["Chapitre 4 - Photoredox en flux", "version 1"]))])
    case.meeting("sv1", T("2026-03-10 14:00"), None, job=False, met=[bernard.email],
                 what="thesis progress meeting with the supervisor")
    case.promise("sv1", "sv3", bernard.email, "2026-03-16", job=False)
    case.own_promise("sv1", "sv5", bernard.email, "2026-03-20", kept_by="sv6", job=False)
    case.thread("sv1", False, None, "LSCM",
                "thesis meeting with her supervisor Tue 10 Mar 14:00 (current job); his "
                "'d'ici lundi 16' kept, her chapter 4 'vendredi 20' kept")

    # doctoral school: defence date
    add("ed1", me, [ed], "2026-02-12 10:30",
        "Bonjour Madame Pottier,\n\nJe souhaiterais réserver une salle pour ma soutenance de "
        "thèse, envisagée le vendredi 12 juin 2026 à 14h (directeur : Pr. Bernard Dubreuil). "
        "Pourriez-vous me dire si l'amphithéâtre Curie est disponible ?\n\nBien cordialement,"
        "\nCamille Laurent\nDoctorante ED 612", subject="Réservation salle - soutenance "
        "C. Laurent - 12 juin")
    add("ed2", ed, [me], "2026-02-13 09:15",
        "Bonjour,\n\nL'amphithéâtre Curie est pré-réservé pour vous le 12/06 de 13h30 à 18h. "
        "La réservation sera confirmée après réception des deux rapports ; nous vous "
        "confirmerons définitivement d'ici le 31 mars.\n\nCordialement,", parent="ed1")
    add("ed3", ed, [me], "2026-03-18 11:02",
        "Bonjour,\n\nPour rappel, le manuscrit doit être transmis aux rapporteurs au plus "
        "tard le 24 avril pour une soutenance le 12 juin, et le formulaire de composition du "
        "jury signé par votre directeur doit nous parvenir avant le 3 avril.\n\n"
        "Cordialement,", parent="ed2")
    case.promise("ed1", "ed2", ed.email, "2026-03-31", job=False)
    case.thread("ed1", False, None, "École doctorale 612",
                "defence room for Fri 12 June; confirmation promised by 31 Mar (not job search)")

    add("kr1", me, [kruger], "2026-02-20 16:00",
        "Dear Professor Krüger,\n\nThank you again for agreeing to review my thesis. Would "
        "Friday 12 June 2026, 14:00, suit you for the defence in Paris? The doctoral school "
        "can cover your travel.\n\nKind regards,\nCamille Laurent", subject="PhD defence "
        "C. Laurent - date")
    add("kr2", kruger, [me], "2026-02-21 09:12",
        "Dear Ms. Laurent,\n\n12 June works for me. I would need the manuscript by the end of "
        "April to write my report in time.\n\nBest regards,\nM. Krüger", parent="kr1",
        sig=False)
    add("kr3", me, [kruger], "2026-02-21 10:30",
        "Dear Professor Krüger,\n\nWonderful, many thanks. You will have the manuscript "
        "before 24 April.\n\nKind regards,\nCamille Laurent", parent="kr2")
    case.own_promise("kr1", "kr3", kruger.email, "2026-04-24", job=False)
    case.thread("kr1", False, None, "Universität Hohenstein",
                "external examiner agrees to the defence date; not job search")

    # M2 intern candidate: Camille on the hiring side
    add("in1", ines, [me], "2026-03-09 18:20",
        "Bonjour Madame Laurent,\n\nÉtudiante en M1 de chimie moléculaire, je suis très "
        "intéressée par le sujet de stage de M2 \"Photocatalyse en flux\" que vous "
        "co-encadrez avec le Pr. Dubreuil. Vous trouverez mon CV ci-joint.\n\nBien "
        "cordialement,\nInès Benali", subject="Candidature stage M2 - photocatalyse en flux",
        attachments=[("CV_Ines_Benali.pdf", "application/pdf",
                      make_pdf(["Ines Benali", "M1 chimie moleculaire"]))])
    add("in2", me, [ines], "2026-03-10 09:15",
        "Bonjour Inès,\n\nMerci pour votre candidature. Pouvons-nous échanger en visio "
        "mercredi 18 mars à 14h (une demi-heure, trois quarts d'heure au plus) ? Voici le "
        "lien : https://rendez-vous.renater.fr/lscm-stage-m2\n\nBien cordialement,\nCamille "
        "Laurent", parent="in1")
    add("in3", ines, [me], "2026-03-10 10:02", "Bonjour,\n\nC'est parfait, à mercredi 14h.\n\n"
        "Inès Benali", parent="in2")
    add("in4", ines, [me], "2026-03-18 16:30",
        "Bonjour Madame Laurent,\n\nMerci beaucoup pour le temps que vous m'avez accordé cet "
        "après-midi et pour la présentation du projet. Je suis plus motivée que jamais !\n\n"
        "Bien cordialement,\nInès", parent="in3")
    add("in5", me, [ines], "2026-03-19 08:05",
        "Bonjour Inès,\n\nMerci pour votre message. Je vous donne une réponse d'ici la fin de "
        "la semaine prochaine, après discussion avec le Pr. Dubreuil.\n\nBien cordialement,\n"
        "Camille Laurent", parent="in4")
    case.meeting("in1", T("2026-03-18 14:00"), T("2026-03-18 14:45"), job=False,
                 met=[ines.email], what="Camille interviews an M2 internship candidate")
    case.own_promise("in1", "in5", ines.email, "2026-03-27", job=False)
    case.thread("in1", False, None, "LSCM",
                "Camille interviews a master's student for an internship in her lab (hiring "
                "side, current job); her answer is promised by Fri 27 Mar")

    add("pot1", lea, [me, hugo], "2026-03-16 12:30",
        "Hello la team,\n\nYann soutient vendredi 27 à 14h (amphi Lavoisier), et le pot suit "
        "au labo. Je fais une cagnotte pour son cadeau : 10 euros chacun, ça vous va ? On "
        "pensait à un vrai appareil photo argentique, il n'arrête pas d'en parler.\n\nLéa",
        subject="Soutenance de Yann + pot + cadeau")
    add("pot2", hugo, [lea], "2026-03-16 12:41", "Carrément, je suis chaud. Je m'occupe des "
        "bières ?", parent="pot1", cc=[me])
    add("pot3", me, [lea, hugo], "2026-03-16 13:05",
        "Ok pour moi aussi ! Je fais un gâteau (le fameux au citron). Léa, je te fais le "
        "virement ce soir.", parent="pot2")
    case.thread("pot1", False, None, "LSCM", "lab mates organising a defence party")

    add("rmn1", rmn, [me], "2026-03-13 18:00",
        "Planning RMN 400 MHz - semaine 12 (16/03 - 20/03)\n\nVos créneaux :\n- lundi 16/03 "
        "09h00-10h00\n- mercredi 18/03 10h00-11h00\n\nMerci d'annuler les créneaux non "
        "utilisés 24 h à l'avance sur le planning en ligne.",
        subject="[RMN-LSCM] Vos réservations semaine 12", headers=AUTO, sig=False)
    case.thread("rmn1", False, None, "LSCM", "NMR booking notice")

    add("sec1", securite, [me], "2026-02-23 09:00",
        "Bonjour,\n\nVotre habilitation \"Risque chimique - niveau 2\" arrive à échéance le "
        "30/04/2026. Merci de vous inscrire à une session de recyclage (prochaines dates : "
        "02/04, 16/04) via l'intranet.\n\nService Prévention & Sécurité",
        subject="Recyclage formation risque chimique", headers=AUTO, sig=False)
    case.thread("sec1", False, None, "Université de Paris-Bièvre", "safety training reminder")

    add("bu1", bu, [me], "2026-03-19 07:00",
        "Bonjour,\n\nLes documents suivants arrivent à échéance le 26/03/2026 :\n- March's "
        "Advanced Organic Chemistry, 8e éd.\n- Flow Chemistry: Fundamentals\n\nVous pouvez "
        "les prolonger depuis votre compte lecteur.",
        subject="Rappel : documents à rendre", headers=AUTO, sig=False)
    case.thread("bu1", False, None, "BU Sciences", "library reminder")

    # job-board alerts: full of job words, owing nothing
    add("ap1", apec, [me], "2026-03-02 06:30",
        "Vos nouvelles offres pour \"ingénieur R&D chimie\"\n\n- Ingénieur R&D Procédés H/F - "
        "Rhône (69) - CDI - 45-52 k€\n- Chargé(e) de projets formulation - Eure-et-Loir (28) "
        "- CDI\n- Ingénieur développement analytique - Val-de-Marne (94) - CDI\n- Chef de "
        "projet R&D polymères - Oise (60) - CDI - 50-58 k€\n\nPostulez dès maintenant ! Plus "
        "de 30 nouvelles offres correspondent à votre recherche.\n\nGérer mes alertes",
        subject="Apec - 12 nouvelles offres : ingénieur R&D chimie", headers=dict(
            bulk_headers("<alertes.apec.fr>", "https://www.apec.fr/alertes/desinscription"),
            **AUTO), sig=False,
        html=html_of("Vos nouvelles offres pour \"ingénieur R&D chimie\"\n\nPostulez dès "
                     "maintenant !"))
    case.thread("ap1", False, None, "Apec", "job-board alert")
    add("ap2", apec, [me], "2026-03-16 06:30",
        "Vos nouvelles offres pour \"ingénieur R&D chimie\"\n\n- Ingénieur procédés "
        "photochimie H/F - Isère (38) - CDI\n- Responsable laboratoire application - "
        "Hauts-de-Seine (92) - CDI\n- Ingénieur R&D junior - docteur accepté - Loiret (45)\n\n"
        "Entretien d'embauche : nos 5 conseils pour réussir votre premier entretien en "
        "visio.\n\nGérer mes alertes",
        subject="Apec - 9 nouvelles offres : ingénieur R&D chimie", headers=dict(
            bulk_headers("<alertes.apec.fr>", "https://www.apec.fr/alertes/desinscription"),
            **AUTO), sig=False)
    case.thread("ap2", False, None, "Apec", "job-board alert")
    add("abg1", abg, [me], "2026-03-05 08:00",
        "Offres d'emploi pour docteurs - Chimie\n\n* Postdoc - Électrosynthèse organique - "
        "Lyon - 24 mois - candidature avant le 31/03\n* Ingénieur de recherche - Catalyse "
        "homogène - Lacq - CDI\n* R&D Scientist (PhD) - Basel, Switzerland - permanent\n\n"
        "Doctoriales 2026 : inscrivez-vous avant le 20 mars !",
        subject="ABG - Vos offres de la semaine (chimie)", headers=dict(
            bulk_headers("<offres.abg.asso.fr>", "https://www.abg.asso.fr/fr/desabonnement"),
            **AUTO), sig=False)
    case.thread("abg1", False, None, "ABG", "job-board alert")
    add("abg2", abg, [me], "2026-03-19 08:00",
        "Offres d'emploi pour docteurs - Chimie\n\n* Chef de projet innovation - Cosmétique - "
        "Île-de-France - CDI\n* Process Chemist - Ludwigshafen, Germany - unbefristet\n* "
        "Postdoc - Photocatalyse - Grenoble - 18 mois\n\nPostulez directement depuis votre "
        "espace ABG.", subject="ABG - Vos offres de la semaine (chimie)", headers=dict(
            bulk_headers("<offres.abg.asso.fr>", "https://www.abg.asso.fr/fr/desabonnement"),
            **AUTO), sig=False)
    case.thread("abg2", False, None, "ABG", "job-board alert")

    # bills, receipts
    add("bk1", bank, [me], "2026-03-04 05:12",
        "Bonjour,\n\nVotre relevé de compte de février 2026 est disponible dans votre espace "
        "client.\n\nBanque Lutèce - ceci est un message automatique.",
        subject="Votre relevé de compte est disponible", headers=AUTO, sig=False,
        html=html_of("Votre relevé de compte de février 2026 est disponible."), html_only=True)
    case.thread("bk1", False, None, "Banque Lutèce", "bank statement notice")
    add("im1", immo, [me], "2026-02-25 07:00",
        "Madame,\n\nVeuillez trouver ci-joint votre avis d'échéance pour le mois de mars 2026 : "
        "loyer 842,00 EUR, provisions sur charges 95,00 EUR, total 937,00 EUR, prélevé le "
        "05/03.\n\nGobelins Immobilier - service gestion locative",
        subject="Avis d'échéance - mars 2026 - 18 rue Jeanne d'Arc, apt 4B", headers=AUTO,
        sig=False, attachments=[("avis_echeance_202603.pdf", "application/pdf",
                                 make_pdf(["Avis d'echeance mars 2026"]))])
    case.thread("im1", False, None, "Gobelins Immobilier", "rent notice")
    add("im2", immo, [me], "2026-03-20 07:00",
        "Madame,\n\nVotre quittance de loyer pour mars 2026 est disponible en pièce jointe.\n\n"
        "Gobelins Immobilier", subject="Quittance de loyer - mars 2026", headers=AUTO,
        sig=False, attachments=[("quittance_202603.pdf", "application/pdf",
                                 make_pdf(["Quittance mars 2026"]))])
    case.thread("im2", False, None, "Gobelins Immobilier", "rent receipt")
    add("fi1", fibra, [me], "2026-03-08 04:40",
        "Bonjour Camille,\n\nVotre facture Fibra de mars est disponible : 29,99 EUR, prélevés "
        "le 12/03/2026.\n\nL'équipe Fibra", subject="Votre facture Fibra de mars 2026",
        headers=AUTO, sig=False,
        html=html_of("Bonjour Camille,\n\nVotre facture Fibra de mars est disponible : 29,99 "
                     "EUR."), html_only=True)
    case.thread("fi1", False, None, "Fibra", "internet bill")
    add("lq1", librairie, [me], "2026-03-11 15:30",
        "Bonjour,\n\nVotre commande n° LQL-558213 a été expédiée : \"Réussir son entretien "
        "d'embauche en anglais\", \"Le guide du jeune docteur en entreprise\".\n\nLivraison "
        "prévue le 13/03 en point relais.", subject="Votre commande LQL-558213 a été expédiée",
        headers=AUTO, sig=False)
    case.thread("lq1", False, None, "Librairie du Quartier Latin", "book order shipped")
    add("mu1", mutuelle, [me], "2026-03-18 09:10",
        "Un remboursement de 38,40 EUR a été effectué sur votre compte (soins du 16/03/2026, "
        "Cabinet dentaire Pasteur).", subject="Nouveau remboursement", headers=AUTO, sig=False)
    case.thread("mu1", False, None, "Mutuelle MIEP", "health insurance refund")
    add("imp1", impots, [me], "2026-03-17 10:00",
        "Madame,\n\nLe service de déclaration en ligne de vos revenus 2025 ouvrira le 9 avril "
        "2026. Vous serez informée de la date limite correspondant à votre département.\n\n"
        "La Direction générale des Finances publiques", subject="Déclaration des revenus "
        "2025 : ouverture du service en ligne", headers=AUTO, sig=False)
    case.thread("imp1", False, None, "DGFiP", "tax notice")

    # dentist: appointment and a callback promise, not job search
    add("dt1", dentiste, [me], "2026-03-09 12:00",
        "Bonjour Madame Laurent,\n\nNous vous confirmons votre rendez-vous avec le Dr Azoulay "
        "le lundi 16 mars 2026 à 8h30.\n\nCabinet dentaire Pasteur - 01 45 35 22 10",
        subject="Confirmation de rendez-vous - lundi 16 mars 8h30", sig=False,
        ics=make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dt"), stamp=T("2026-03-09 12:00"),
                     start=T("2026-03-16 08:30"), end=T("2026-03-16 09:00"),
                     summary="RDV Dr Azoulay - Cabinet dentaire Pasteur", organizer=dentiste,
                     tzid="Europe/Paris", location="14 bd Pasteur, 75015 Paris",
                     prodid="-//Cabinet Pasteur//Agenda//FR"), ics_mode="publish")
    add("dt2", dentiste, [me], "2026-03-16 14:20",
        "Bonjour Madame Laurent,\n\nSuite à votre rendez-vous de ce matin, le Dr Azoulay vous "
        "appellera d'ici jeudi 19 pour vous présenter le devis de la couronne et la prise en "
        "charge par votre mutuelle.\n\nCabinet dentaire Pasteur", parent="dt1", sig=False)
    case.meeting("dt1", T("2026-03-16 08:30"), T("2026-03-16 09:00"), job=False,
                 met=[dentiste.email], what="dentist")
    case.promise("dt1", "dt2", dentiste.email, "2026-03-19", job=False)
    case.thread("dt1", False, None, "Cabinet dentaire Pasteur",
                "dentist appointment (ICS PUBLISH) and a 'we'll call by Thursday' about a quote")

    # family and friends
    add("mm1", maman, [me], "2026-03-07 10:14",
        "Coucou ma chérie,\n\nTu rentres à Vannes pour Pâques ? Ton père voudrait savoir pour "
        "réserver le restaurant le dimanche. Et ta soutenance, c'est toujours le 12 juin ? On "
        "a regardé les trains.\n\nGros bisous\nMaman", subject="Pâques")
    add("mm2", me, [maman], "2026-03-07 22:50",
        "Coucou Maman,\n\nOui je pense rentrer le samedi 4 avril, je vous confirme dès que "
        "j'ai mon billet. Soutenance toujours le 12 juin, c'est presque officiel ! Je t'appelle "
        "dimanche, promis, là je croule sous la rédaction.\n\nBisous\nCamille", parent="mm1")
    add("mm3", maman, [me], "2026-03-15 19:30",
        "Merci pour l'appel ma chérie, ça nous a fait plaisir. Je t'envoie demain les photos "
        "de l'anniversaire de mamie.\nBisous", parent="mm2")
    add("mm4", maman, [me], "2026-03-16 18:02", "Les voilà ! Bisous", parent="mm3",
        attachments=[("IMG_2291.jpg", "image/jpeg", b"\xff\xd8\xff\xe0JFIF-placeholder\xff\xd9")])
    case.own_promise("mm1", "mm2", maman.email, "2026-03-08", job=False)
    case.promise("mm1", "mm3", maman.email, "2026-03-16", job=False)
    case.thread("mm1", False, None, None, "her mother, Easter plans")

    add("ju1", juliette, [me], "2026-03-11 12:47",
        "Cam !! Les 60 ans de papa c'est le 18 avril. On lui offre quoi ? J'avais pensé au "
        "week-end en baie de Somme, ~400 balles à 3 avec Théo.\n\nEnvoyé de mon iPhone",
        subject="60 ans papa")
    add("ju2", me, [juliette], "2026-03-11 21:15",
        "Trop bien l'idée de la baie de Somme ! Je suis ok pour ma part, dis-moi combien je "
        "te vire. Par contre je ne peux pas m'occuper de la résa avant la fin du mois, la "
        "rédac me tue.", parent="ju1")
    add("ju3", juliette, [me], "2026-03-12 08:02", "Je m'en occupe t'inquiète. 135 chacun.\n\n"
        "Envoyé de mon iPhone", parent="ju2")
    case.thread("ju1", False, None, None, "her sister, a present for their father")

    add("ev1", sarah, [me, juliette], "2026-03-02 20:10",
        "Les filles,\n\nEVJF de Manon : on part sur le week-end du 16-17 mai à Biarritz. "
        "Gîte trouvé (6 places), ça ferait 110 € par personne hors transport. Répondez-moi "
        "avant dimanche svp, je dois verser l'acompte lundi !\n\nSarah", subject="EVJF Manon - "
        "on valide ?")
    add("ev2", me, [sarah], "2026-03-03 07:55",
        "Validé pour moi !! Je prends le train du vendredi soir.", parent="ev1",
        cc=[juliette])
    add("ev3", sarah, [me, juliette], "2026-03-09 19:30",
        "Acompte versé, gîte réservé. Je crée une cagnotte pour le reste, lien bientôt. "
        "Manon ne se doute de rien hihi", parent="ev2")
    case.thread("ev1", False, None, None, "friends planning a hen weekend")

    add("ax1", alexis, [me], "2026-03-14 16:20",
        "Salut Camille!\n\nPis, la thèse, ça avance? Ici il fait encore -12 mais on a eu la "
        "cabane à sucre la fin de semaine passée, c'était malade. Si jamais tu veux faire un "
        "postdoc à Montréal, je connais du monde à l'UdeM, dis-moi!\n\nAlexis",
        subject="Nouvelles de Montréal")
    add("ax2", me, [alexis], "2026-03-15 10:40",
        "Salut Alexis !\n\nÇa avance, douloureusement, mais ça avance : soutenance le 12 juin. "
        "Je regarde surtout l'industrie, mais je garde ton offre en tête (et la cabane à "
        "sucre aussi). Gros bisous à Maude.", parent="ax1")
    case.thread("ax1", False, None, None, "a friend in Montreal")

    add("gr1", grimpe, [me], "2026-03-10 12:00",
        "Bonjour à tous,\n\nLa sortie Fontainebleau du dimanche 29 mars est confirmée "
        "(départ 8h30 porte d'Orléans, covoiturage). Créneaux du mardi soir décalés à 20h "
        "pendant les travaux du gymnase.\n\nLe bureau de Grimpe 13",
        subject="[Grimpe 13] Sortie Bleau + horaires", headers=dict(
            bulk_headers("<membres.grimpe13.org>", "https://grimpe13.org/listes/unsub"),
            **AUTO), sig=False)
    case.thread("gr1", False, None, "Grimpe 13", "climbing club newsletter")

    # publication and conference
    add("jr1", journal, [me, hugo, bernard], "2026-03-06 15:12",
        "Dear Ms. Laurent,\n\nManuscript ID OPL-2026-00311, \"Continuous photoredox amination "
        "of aryl bromides at decagram scale\".\n\nThe reviewers have recommended minor "
        "revision. Please submit your revised manuscript by 10 April 2026 together with a "
        "point-by-point response.\n\nSincerely,\nEditorial Office, Organic Process Letters",
        subject="OPL-2026-00311: Decision on your manuscript", headers=AUTO, sig=False)
    case.thread("jr1", False, None, "Organic Process Letters", "journal decision: minor revision")
    add("co1", hugo, [me], "2026-03-06 17:40",
        "Minor revision !!! Je prends le reviewer 2 (les questions sur la GC), tu prends le "
        "1 ? On se fait une réunion mardi après le séminaire pour caler la réponse.",
        subject="Révisions OPL", sig=False)
    add("co2", me, [hugo], "2026-03-06 18:15",
        "Yesss ! Ok pour le reviewer 1. Mardi après le déj avec Claire, parfait.", parent="co1")
    add("co3", hugo, [me], "2026-03-18 10:20",
        "J'ai mis ma partie de la réponse sur le drive. Dis-moi si ça te va, on envoie à "
        "Bernard la semaine prochaine.", parent="co2")
    case.thread("co1", False, None, "LSCM", "co-author on the revision")
    add("jc1", jco, [me], "2026-02-16 11:00",
        "Bonjour Camille Laurent,\n\nVotre inscription aux Journées de Chimie Organique 2026 "
        "(Palaiseau, 8-10 juin) est confirmée. Tarif doctorant : 120 EUR. Votre communication "
        "par affiche P-112 est acceptée.\n\nFacture jointe.",
        subject="JCO 2026 - confirmation d'inscription", headers=AUTO, sig=False,
        attachments=[("facture_JCO2026_0388.pdf", "application/pdf",
                      make_pdf(["Facture JCO 2026 - 120 EUR"]))])
    case.thread("jc1", False, None, "JCO 2026", "conference registration")
    add("cw1", chemweek, [me], "2026-03-09 07:00",
        "This week: the race to electrify chemical plants; Europe's specialty chemicals "
        "hiring outlook; what interviewers at big pharma really ask process chemists; why "
        "Basel keeps winning R&D investment.\n\nRead more on chemweek-news.com",
        subject="ChemWeek Digest - electrified plants, hiring outlook",
        headers=dict(bulk_headers("<digest.chemweek-news.com>",
                                  "https://chemweek-news.com/unsubscribe"), **AUTO), sig=False,
        html=html_of("This week: the race to electrify chemical plants; Europe's specialty "
                     "chemicals hiring outlook."), html_only=True)
    case.thread("cw1", False, None, "ChemWeek Digest", "newsletter")
    add("cw2", chemweek, [me], "2026-03-23 07:00",
        "This week: green hydrogen for ammonia, a year on; flow chemistry moves into GMP "
        "plants; salary survey: what PhD chemists earn in Germany and Switzerland.\n\nRead "
        "more on chemweek-news.com",
        subject="ChemWeek Digest - flow goes GMP, salary survey",
        headers=dict(bulk_headers("<digest.chemweek-news.com>",
                                  "https://chemweek-news.com/unsubscribe"), **AUTO), sig=False,
        html=html_of("This week: green hydrogen for ammonia, a year on; flow chemistry moves "
                     "into GMP plants."), html_only=True)
    case.thread("cw2", False, None, "ChemWeek Digest", "newsletter")

    # ================================================================== LABELS
    case.expect("callback", "hv1", nina.email,
                "the hiring team met Thu 19 Mar and Nina promised word 'by Friday 20 March at "
                "the latest'; nothing from Helvaris since; due end of Tue 24 Mar",
                promised="2026-03-20")
    case.expect("callback", "vt1", thomas.email,
                "'je vous rappelle jeudi' (Thu 12 Mar) after the call of Mon 9 Mar; no word "
                "from Verlaine since; due end of Mon 16 Mar, not yet stale",
                promised="2026-03-12")
    case.expect("thank_you", "or1", julien.email,
                "interviewed her at the plant on Thu 19 Mar (13:30-15:00, visit until 15:00); "
                "only a 'merci' before the visit; overdue since Fri 20 Mar 15:00")
    case.expect("ask_for_address", "or1", sophie.email,
                "Nadia Haddad (pilot plant) and Marc (HSE) were met at the visit with no "
                "address anywhere; Sophie arranged it and Camille has not written to her since")
    case.expect("thank_you", "lu1", antoine.email,
                "visit Mon 16 Mar 14:30 (60 min by default) with Antoine and Priya; only "
                "Priya was thanked; overdue since Tue 17 Mar 15:30")
    case.expect("thank_you", "so1", owen.email,
                "Teams interview Fri 13 Mar 10:00-11:00 Paris; her 'thanks' came the day "
                "before; the rejection of 20 Mar ends the callback but not this thank-you; "
                "stale only from 27 Mar 13:00")
    case.expect("application", "am1", helene.email,
                "CV sent to a named person on Mon 9 Mar; the only answer is an out-of-office "
                "(not a person writing); due end of Wed 18 Mar (7 business days)")
    case.expect("networking", "el1", elodie.email,
                "coffee Wed 4 Mar; last exchange her reply of Fri 6 Mar; 14 days passed at "
                "the end of Fri 20 Mar")
    case.expect("own_promise", "pd1", annika.email,
                "Camille wrote 'I will send you the proposal and my referees' details by "
                "Friday 20 March' and has not written to her since")

    case.forbid("hv_inv", aisha.email,
                "thanked by the one note to both panelists on the evening of 12 Mar")
    case.forbid("hv_inv", sr.email, "automated scheduler sender (SmartRecruiters no-reply)")
    case.forbid("hv_inv", "basel-b3-rhine@helvaris.ch", "a meeting room in the invite")
    case.forbid("kt1", katharina.email,
                "'feedback until 19.03.2026' would be due end of Mon 23 Mar, but her "
                "out-of-office returns on Thu 26.03., so the follow-up counts from 26 Mar; "
                "she was thanked on 5 Mar")
    case.forbid("lu1", priya.email,
                "thanked in a new thread the evening of the visit")
    case.forbid("lut1", priya.email,
                "'come back to you before the end of March' is still open")
    case.forbid("so1", laura.email,
                "the rejection of Fri 20 Mar ends her 'by Friday 27 March'; she was not at "
                "the interview")
    case.forbid("so_gt", goodtime.email, "automated scheduler sender (GoodTime no-reply)")
    case.forbid("al1", pascal.email,
                "applied on Tue 17 Mar: the follow-up falls due only at the end of Thu 26 Mar")
    case.forbid("tb1", tobias.email,
                "call thanked the same evening, her preprint promise kept on 19 Mar, last "
                "exchange Fri 20 Mar: the next touch is due only at the end of Fri 3 Apr")
    case.forbid("tb1", bernard.email,
                "her supervisor, the introducer: he was not on the call and promised nothing")
    case.forbid("nh1", felix.email, "interview cancelled the day before (ICS CANCEL)")
    case.forbid("vc1", mathieu.email,
                "he did not show up on 20 Mar; the call is moved to Thu 26 Mar, after now")
    case.forbid("in1", ines.email,
                "Camille interviewed this student for an internship in her lab: hiring side, "
                "not her job search")
    case.forbid("dt1", dentiste.email,
                "dentist's 'will call you by Thursday 19' is not job search")
    case.forbid("sv1", bernard.email,
                "thesis meeting with her supervisor (current job); both chapter promises kept")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Camille Laurent, 29, is finishing a chemistry PhD at a Paris lab (defence set for Friday "
    "12 June 2026) and looks for industry R&D in France, Germany and Switzerland, plus one "
    "postdoc. The mailbox runs from mid-February to Wednesday 25 March 2026, 09:30 CET, in "
    "French (vous with companies, tu with lab mates and an alumna), English with the Swiss, "
    "British and German employers (German date habits: '05.03.', 'until 19.03.2026'). A "
    "Basel assessment day with a case study booked through SmartRecruiters was thanked with "
    "one note to both panelists and one to the recruiter, whose promise tied to a panel "
    "meeting has lapsed; a plant visit near Lyon met two people without addresses and was "
    "never thanked; a Paris start-up's CEO was left out of the thank-you sent to its CTO; a "
    "London recruiter booked an interview in UK time and rejected Camille before her own "
    "date, the interviewer still unthanked; an agency consultant's 'je vous rappelle jeudi' "
    "went silent; a German HR partner's out-of-office moves her callback past now; a CV sent "
    "on an alumna's advice drew only an out-of-office; the alumna's café is due a touch; the "
    "postdoc PI is owed a proposal Camille promised. Also a cancelled interview, a no-show "
    "moved to the next day, an application too recent to chase, and noise: supervisor and "
    "seminar mail, a student she interviews for an internship, the doctoral school, Apec and "
    "ABG alerts, family, friends, bills and a dentist.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
