#!/usr/bin/env python3
"""publicservice-ottawa: a bilingual policy analyst in Ottawa looking at federal public-service
jobs, think tanks and industry associations.  Written blind, from CASES.md and BRIEF.md only."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt

NAME = "publicservice-ottawa"
TZ = "America/Toronto"

SUMMARY = (
    "Élise Marchand, a bilingual EC-04 policy analyst at Innovation, Science and Economic "
    "Development Canada (ISED) in Ottawa, is looking for her next step: federal EC-05 processes, "
    "a few think tanks and two industry associations. The mailbox runs from 10 February to "
    "Thursday 26 March 2026, 09:15 EDT, across the change to daylight time on 8 March. "
    "GC Jobs writes in both official languages (application received, screened in, pool "
    "placement); ESDC takes her from a take-home exam through a Teams board of three (manager "
    "and peer thanked with one note, the HR advisor thanked in the reply that sent her referees) "
    "to reference checks, and the PSC's scheduler books her French oral test. Canadian "
    "Heritage's francophone manager met her 'le jeudi 12 mars à 14 h' and then wrote 'Je vous "
    "reviens d'ici vendredi' (20 March): Élise thanked only the senior analyst who sat in, so "
    "the manager is owed both a thank-you (hours from going stale) and a callback. ECCC's "
    "board is named only in the Outlook invitation's description; Élise thanked the chair and "
    "asked him to pass her thanks on, which leaves the other two owed. An informational coffee "
    "with an Infrastructure Canada director, found through her former professor, ended in "
    "'I'll get back to you by Friday with names' and silence. The Bytown Institute's panel "
    "agenda has its operations manager open and close the call; only the research director "
    "was thanked. A lunch with an association president was set up by her assistant, a "
    "Calendly 'conversation' with another association's VP went unthanked, a think tank "
    "rejected her after an interview she never thanked, a Vancouver recruiter missed a phone "
    "screen and promised new times 'on Monday', and another think tank's 'within the next "
    "couple of weeks' lapsed. An NRCan manager moved a chat to Friday ('Friday works'), and "
    "Health Canada cancelled its process. Noise: briefing notes and ATIP requests at ISED, a "
    "staffing board on which she is the peer assessor (the hiring side, with a candidate's "
    "forwarded thank-you), her condo's special assessment, a hockey pool, her parents in "
    "French, a book club, Service Canada, receipts, newsletters and job alerts.")


def build():
    now = dt.datetime(2026, 3, 26, 9, 15, tzinfo=ZoneInfo(TZ))
    case = Case(NAME,
                "Bilingual Ottawa policy analyst: federal EC-05 processes (GC Jobs, boards of "
                "three, SLE), think tanks and associations; noise from her current department",
                {"name": "Élise Marchand", "emails": ["elise.marchand@example.ca"],
                 "phone": "+1 613 555 0187", "timezone": TZ},
                now, SUMMARY)

    me = Person("Élise Marchand", "elise.marchand@example.ca", tz=TZ, style="webmail",
                sig="Élise Marchand\n613-555-0187")
    case.me = me
    A = case.at

    def P(name, email, style="outlook", sig=None, tz=TZ, **kw):
        return Person(name, email, tz=tz, style=style, sig=sig, **kw)

    # ------------------------------------------------------------------ people
    gcjobs = P("GC Jobs / Emplois GC", "no-reply-ne-pas-repondre@cfp-psc.gc.ca", style="auto",
               auto=True)
    gcalerts = P("GC Jobs Alerts / Alertes Emplois GC", "alertes-emplois.job-alerts@cfp-psc.gc.ca",
                 style="auto", auto=True)
    sle = P("CFP-PSC Évaluation de langue seconde / Second Language Evaluation",
            "ne-pas-repondre.els-sle.no-reply@cfp-psc.gc.ca", style="auto", auto=True)

    esdc_box = P("NC SSPB Dotation-Staffing GD (EDSC/ESDC)",
                 "NC-SSPB-DOTATION-STAFFING-GD@hrsdc-rhdcc.gc.ca")
    nathalie = P("Côté-Rivard, Nathalie (EDSC/ESDC)", "nathalie.cote-rivard@hrsdc-rhdcc.gc.ca",
                 sig="Nathalie Côté-Rivard\nHuman Resources Advisor | Conseillère en ressources "
                     "humaines\nStaffing and Recruitment | Dotation et recrutement\nEmployment and "
                     "Social Development Canada | Emploi et Développement social Canada\n"
                     "nathalie.cote-rivard@hrsdc-rhdcc.gc.ca | 819-555-0143")
    greg = P("Lindqvist, Greg (EDSC/ESDC)", "greg.lindqvist@hrsdc-rhdcc.gc.ca",
             sig="Greg Lindqvist\nManager, Labour Market Policy | Gestionnaire, Politique du "
                 "marché du travail\nEmployment and Social Development Canada | Emploi et "
                 "Développement social Canada\n819-555-0137")
    anjali = P("Desai, Anjali (EDSC/ESDC)", "anjali.desai@hrsdc-rhdcc.gc.ca")
    joanne = P("Joanne Whitfield", "joanne.whitfield@gmail.com", style="gmail")

    sylvie = P("Lavoie-Nadeau, Sylvie (PCH)", "sylvie.lavoie-nadeau@pch.gc.ca", locale="fr")
    karim = P("Haddad, Karim (PCH)", "karim.haddad@pch.gc.ca",
              sig="Karim Haddad\nSenior Policy Analyst | Analyste principal des politiques\n"
                  "Canadian Heritage | Patrimoine canadien\n819-555-0166")

    melanie = P("Girard, Mélanie (ECCC)", "melanie.girard@ec.gc.ca",
                sig="Mélanie Girard\nStaffing Assistant | Adjointe à la dotation\nHuman Resources "
                    "Branch | Direction générale des ressources humaines\nEnvironment and Climate "
                    "Change Canada | Environnement et Changement climatique Canada\n"
                    "melanie.girard@ec.gc.ca")
    robert = ("Thibodeau, Robert (ECCC)", "robert.thibodeau@ec.gc.ca")

    alain = P("Alain Desrosiers", "alain.desrosiers@videotron.ca", style="webmail",
              sig="--\nAlain Desrosiers\nProfesseur émérite / Professor Emeritus\nÉcole d'études "
                  "politiques / School of Political Studies")
    rajiv = P("Menon, Rajiv (INFC)", "rajiv.menon@infc.gc.ca")

    deb = P("Deb Halvorsen", "dhalvorsen@ccmc-cccm.ca", style="gmail")
    jasmine = P("Jasmine Oduya", "joduya@ccmc-cccm.ca", style="gmail",
                sig="Jasmine Oduya\nExecutive Assistant to the President\nCanadian Critical "
                    "Minerals Council | Conseil canadien des minéraux critiques\n613-555-0152")
    jasmine_cal = P("Jasmine Oduya", "joduya@ccmc-cccm.ca", style="gcal")

    leah = P("Leah Sorensen", "leah.sorensen@bytowninstitute.ca", style="gmail",
             sig="Leah Sorensen\nOperations & People Manager\nBytown Institute\n"
                 "613-555-0121 | bytowninstitute.ca")
    leah_cal = P("Leah Sorensen", "leah.sorensen@bytowninstitute.ca", style="gcal")
    martin = P("Martin Kowal", "martin.kowal@bytowninstitute.ca", style="gmail",
               sig="Martin Kowal, PhD\nResearch Director | Bytown Institute")
    catherine = ("Catherine Dubé", "catherine.dube@bytowninstitute.ca")
    lever = P("Bytown Institute", "no-reply@hire.lever.co", style="auto", auto=True)

    conf_careers = P("Confluence Policy Institute – Careers", "careers@confluencepolicy.ca")
    amanda = P("Amanda Leclair", "aleclair@confluencepolicy.ca",
               sig="Amanda Leclair\nOperations and HR Coordinator\nConfluence Policy Institute\n"
                   "180 Elgin Street, Suite 1100, Ottawa ON K2P 2K3\n613-555-0134")

    thomas = P("Thomas Brennan", "tbrennan@caafp-actaa.ca",
               sig="Thomas Brennan\nVice-President, Policy and Government Relations\nCanadian "
                   "Association of Agri-Food Processors | Association canadienne des "
                   "transformateurs agroalimentaires\n350 Sparks Street, Suite 900, Ottawa\n"
                   "613-555-0171 | tbrennan@caafp-actaa.ca")
    calendly = P("Calendly", "no-reply@calendly.com", style="auto", auto=True)

    michelle = P("Michelle Tanguay", "mtanguay@regulatoryfutures.ca", style="gmail")

    sam = P("Sam Whitford", "sam.whitford@digitalpolicyforum.ca", style="gmail",
            tz="America/Vancouver")
    greenhouse = P("Digital Policy Forum", "no-reply@greenhouse.io", style="auto", auto=True,
                   tz="America/Vancouver")

    owen = P("Fitzgerald, Owen (NRCan/RNCan)", "owen.fitzgerald@nrcan-rncan.gc.ca",
             sig="Owen Fitzgerald\nManager, Critical Minerals Policy | Gestionnaire, Politique "
                 "sur les minéraux critiques\nNatural Resources Canada | Ressources naturelles "
                 "Canada\n343-555-0190")
    jf = P("Roy, Jean-François (HC/SC)", "jean-francois.roy@hc-sc.gc.ca")
    lisa = ("Chen, Lisa (HC/SC)", "lisa.chen@hc-sc.gc.ca")

    # current job
    marcandre = P("Gagnon, Marc-André (ISED/ISDE)", "marc-andre.gagnon@ised-isde.gc.ca")
    kevin = P("Lachance, Kevin (ISED/ISDE)", "kevin.lachance@ised-isde.gc.ca")
    hui = P("Zhang, Hui (ISED/ISDE)", "hui.zhang@ised-isde.gc.ca")
    caroline = P("Dufresne, Caroline (ISED/ISDE)", "caroline.dufresne@ised-isde.gc.ca",
                 sig="Caroline Dufresne\nHR Advisor | Conseillère en RH\nISED Staffing | "
                     "Dotation ISDE\n343-555-0102")
    paul = P("Nguyen, Paul (ISED/ISDE)", "paul.nguyen@ised-isde.gc.ca")
    atip = P("AIPRP-ATIP (ISED/ISDE)", "aiprp-atip@ised-isde.gc.ca")
    dmo = P("Communications ISDE / ISED Communications", "communications@ised-isde.gc.ca")
    csps = P("École de la fonction publique du Canada / Canada School of Public Service",
             "no-reply-ne-pas-repondre@csps-efpc.gc.ca", style="auto", auto=True)

    # personal
    mom = P("Louise Marchand", "louise.marchand@videotron.ca", style="webmail", locale="fr")
    dad = P("Gilles Marchand", "gmarchand52@videotron.ca", style="webmail", locale="fr")
    camille = P("Camille Marchand", "camille.marchand@gmail.com", style="gmail")
    maya = P("Maya Greenberg", "mayagreenberg@gmail.com", style="gmail")
    dave = P("Dave Kowalski", "dkowalski.hockey@gmail.com", style="gmail")
    raj = P("Raj Patel", "raj.patel.ott@gmail.com", style="gmail")
    steph = P("Stéphanie Bouchard", "steph.bouchard@hotmail.com", style="outlook",
              region="namprd04")
    manon = P("Manon Thériault", "manon.theriault@gmail.com", style="gmail")
    lise = P("Lise Arsenault", "lise.arsenault@rogers.com", style="webmail")
    sandra = P("Sandra Pelletier", "spelletier@capitalcondomgmt.ca",
               sig="Sandra Pelletier, RCM\nCondominium Manager – CCC No. 412\nCapital "
                   "Condominium Management Inc.\n613-555-0175 ext. 3")
    mgmt_office = P("CCC 412 Management Office", "ccc412@capitalcondomgmt.ca")
    passport = P("Service Canada – Programme de passeport / Passport Program",
                 "ne-pas-repondre-no-reply@servicecanada.gc.ca", style="auto", auto=True)
    cra = P("Agence du revenu du Canada / Canada Revenue Agency",
            "notifications-ne-pas-repondre@cra-arc.gc.ca", style="auto", auto=True)
    dentist = P("Clinique dentaire Westboro", "rendezvous@cliniquewestboro.ca", style="auto",
                auto=True)
    hydro = P("Capital Hydro", "ebilling@capitalhydro.ca", style="auto", auto=True)
    grocer = P("Marché Frais", "commandes@marchefrais.ca", style="auto", auto=True)
    books = P("Librairie Rideau", "commandes@librairierideau.ca", style="auto", auto=True)
    transit = P("Capital Transit Card", "noreply@capitaltransitcard.ca", style="auto", auto=True)
    wire = P("The Policy Wire", "newsletter@thepolicywire.ca", style="auto", auto=True)
    daily = P("Capital Daily Brief", "brief@capitaldaily.ca", style="auto", auto=True)
    policyjobs = P("PolicyJobs.ca", "alerts@policyjobs.ca", style="auto", auto=True)
    npworks = P("NonprofitWorks", "digest@nonprofitworks.ca", style="auto", auto=True)

    def pdf(name, *lines):
        return (name, "application/pdf", make_pdf(list(lines)))

    cv = pdf("Elise_Marchand_CV_2026.pdf", "Elise Marchand", "Policy Analyst (EC-04), ISED",
             "613-555-0187 | elise.marchand@example.ca", "",
             "2021-present  Policy Analyst, Skills and Innovation Policy, ISED",
             "2019-2021     Junior Policy Analyst, Strategic Policy, ISED",
             "MA Public and International Affairs, University of Ottawa",
             "Second language: French CBC (C/B/C)")

    def stamp(s):
        return A(s)

    # ================================================================== JOB SEARCH
    # ---------------------------------------------------------------- GC Jobs notices
    case.add("gcj_app", gcjobs, [me], "2026-02-10 21:14",
             "*** Le français suit l'anglais ***\n\n"
             "Dear Élise Marchand,\n\n"
             "This is to confirm that your application for the following selection process "
             "has been received:\n\n"
             "Process number: 26-ECC-EA-NCR-591027\n"
             "Position: Policy Analyst (EC-05)\n"
             "Organization: Environment and Climate Change Canada\n"
             "Closing date: 2026-02-13 23:59 (Pacific Time)\n\n"
             "You can view the status of your application at any time by signing in to your "
             "GC Jobs account. Communication for this process will be sent by email; please "
             "check your inbox and your junk mail folder regularly.\n\n"
             "Please do not reply to this message.\n\n"
             "------------------------------------------------------------\n\n"
             "Madame Élise Marchand,\n\n"
             "Nous confirmons la réception de votre candidature pour le processus de sélection "
             "suivant :\n\n"
             "Numéro de processus : 26-ECC-EA-NCR-591027\n"
             "Poste : Analyste des politiques (EC-05)\n"
             "Organisation : Environnement et Changement climatique Canada\n"
             "Date de clôture : 2026-02-13 23 h 59 (heure du Pacifique)\n\n"
             "Vous pouvez consulter l'état de votre candidature en tout temps en ouvrant une "
             "session dans votre compte Emplois GC. Les communications relatives à ce processus "
             "seront envoyées par courriel; veuillez vérifier régulièrement votre boîte de "
             "réception et votre dossier de courrier indésirable.\n\n"
             "Veuillez ne pas répondre à ce message.",
             subject="GC Jobs – Application received / Emplois GC – Candidature reçue – "
                     "26-ECC-EA-NCR-591027", headers=AUTO)

    case.add("gcj_screen", gcjobs, [me], "2026-02-19 14:02",
             "*** Le français suit l'anglais ***\n\n"
             "Dear Élise Marchand,\n\n"
             "Selection process: 26-CSD-EA-NCR-584213 – Policy Analyst (EC-05) – Employment and "
             "Social Development Canada\n\n"
             "We are pleased to inform you that, following the review of your application, you "
             "meet the essential qualifications assessed at the screening stage and will be "
             "considered further in this selection process.\n\n"
             "The next step is a written examination. The hiring organization will contact you "
             "directly with the details.\n\n"
             "This message was sent from an unmonitored mailbox. Please do not reply.\n\n"
             "------------------------------------------------------------\n\n"
             "Madame Élise Marchand,\n\n"
             "Processus de sélection : 26-CSD-EA-NCR-584213 – Analyste des politiques (EC-05) – "
             "Emploi et Développement social Canada\n\n"
             "Nous avons le plaisir de vous informer qu'à la suite de l'examen de votre "
             "candidature, vous possédez les qualifications essentielles évaluées à l'étape de "
             "la présélection et votre candidature sera considérée pour la suite du "
             "processus.\n\n"
             "La prochaine étape est un examen écrit. L'organisation d'embauche communiquera "
             "directement avec vous pour vous en donner les détails.\n\n"
             "Ce message provient d'une boîte aux lettres non surveillée. Veuillez ne pas y "
             "répondre.",
             subject="Emplois GC / GC Jobs – Message concernant le processus / Message regarding "
                     "process 26-CSD-EA-NCR-584213", headers=AUTO)

    case.add("gcj_pool", gcjobs, [me], "2026-02-27 16:40",
             "*** Le français suit l'anglais ***\n\n"
             "Dear Élise Marchand,\n\n"
             "Selection process: 25-STC-EA-NCR-417730 – Economist / Policy Analyst (EC-04) – "
             "Statistics Canada\n\n"
             "We are pleased to inform you that you have been found qualified for the above "
             "position and that your name has been placed in a pool of qualified candidates. "
             "This pool may be used to staff similar positions at Statistics Canada and in other "
             "federal organizations, with various linguistic profiles and tenures.\n\n"
             "Please note that placement in a pool does not guarantee an appointment. Your name "
             "will remain in the pool until 2027-02-26, unless the pool is extended or you are "
             "appointed from it. Keep your contact information up to date in your GC Jobs "
             "account.\n\n"
             "Please do not reply to this message.\n\n"
             "------------------------------------------------------------\n\n"
             "Madame Élise Marchand,\n\n"
             "Processus de sélection : 25-STC-EA-NCR-417730 – Économiste / Analyste des "
             "politiques (EC-04) – Statistique Canada\n\n"
             "Nous avons le plaisir de vous informer que vous avez été jugée qualifiée pour le "
             "poste ci-dessus et que votre nom a été inscrit dans un bassin de candidates et "
             "candidats qualifiés. Ce bassin pourrait servir à doter des postes semblables à "
             "Statistique Canada et dans d'autres organisations fédérales.\n\n"
             "Veuillez noter que l'inscription dans un bassin ne garantit pas une nomination. "
             "Votre nom demeurera dans le bassin jusqu'au 2027-02-26, à moins que le bassin ne "
             "soit prolongé ou que vous ne soyez nommée à partir de celui-ci.\n\n"
             "Veuillez ne pas répondre à ce message.",
             subject="Emplois GC / GC Jobs – Inscription dans un bassin / Pool placement – "
                     "25-STC-EA-NCR-417730", headers=AUTO)

    # ---------------------------------------------------------------- ESDC written exam
    case.add("esdc_exam1", esdc_box, [me], "2026-02-24 10:31",
             "(Le français suit)\n\n"
             "Good morning,\n\n"
             "Further to your application to selection process 26-CSD-EA-NCR-584213 – Policy "
             "Analyst (EC-05), you are invited to write a written exam. The exam will be sent to "
             "you by email on Tuesday, 2026-03-03 at 09:00 (Eastern Time). You will have three (3) "
             "hours to complete it and return it to this mailbox by 12:00 (noon).\n\n"
             "The exam will assess the following qualifications:\n"
             "K1 – Knowledge of the Government of Canada's labour market programs\n"
             "A1 – Ability to analyze and synthesize information\n"
             "C1 – Written communication\n\n"
             "Please confirm by reply email, no later than 2026-02-26, that you will write the "
             "exam, and indicate your official language of choice. If you require accommodation "
             "measures, please let us know at the same time.\n\n"
             "Candidates will also be contacted by the Public Service Commission to schedule a "
             "second language evaluation, if required.\n\n"
             "Regards,\n\n"
             "Staffing Team | Labour Market Policy Directorate\n"
             "Employment and Social Development Canada\n\n"
             "---\n\n"
             "Bonjour,\n\n"
             "À la suite de votre candidature au processus de sélection 26-CSD-EA-NCR-584213 – "
             "Analyste des politiques (EC-05), vous êtes invitée à faire un examen écrit. "
             "L'examen vous sera envoyé par courriel le mardi 2026-03-03 à 9 h (heure de l'Est). "
             "Vous disposerez de trois (3) heures pour le remplir et le retourner à cette boîte "
             "avant 12 h (midi).\n\n"
             "Veuillez confirmer par courriel, au plus tard le 2026-02-26, que vous ferez "
             "l'examen, et indiquer votre langue officielle de choix.\n\n"
             "Cordialement,\n\n"
             "Équipe de dotation | Direction de la politique du marché du travail\n"
             "Emploi et Développement social Canada",
             subject="Invitation à l'examen écrit / Invitation to written exam – "
                     "26-CSD-EA-NCR-584213")
    case.add("esdc_exam2", me, [esdc_box], "2026-02-24 12:15",
             "Good afternoon,\n\n"
             "I confirm that I will write the exam on 2026-03-03 at 09:00, in English. I do not "
             "require any accommodation measures.\n\n"
             "Best regards,", parent="esdc_exam1")
    case.add("esdc_exam3", esdc_box, [me], "2026-03-03 09:00",
             "Good morning / Bonjour,\n\n"
             "Please find attached the written exam for process 26-CSD-EA-NCR-584213. Please "
             "return your answers to this mailbox by 12:00 (noon) Eastern Time today. Late "
             "submissions will not be accepted.\n\n"
             "Veuillez trouver ci-joint l'examen écrit. Veuillez retourner vos réponses à cette "
             "boîte avant 12 h (midi), heure de l'Est, aujourd'hui.\n\n"
             "Staffing Team / Équipe de dotation",
             parent="esdc_exam2",
             attachments=[pdf("EC05_Examen_Exam_584213.pdf",
                              "Written Exam / Examen ecrit - 26-CSD-EA-NCR-584213",
                              "Question 1 (A1): Read the attached briefing material and prepare",
                              "a two-page note to the Director General on sectoral workforce",
                              "pilots. Question 2 (K1, C1): ...")])
    case.add("esdc_exam4", me, [esdc_box], "2026-03-03 11:47",
             "Good morning,\n\n"
             "Please find attached my answers to the written exam for process "
             "26-CSD-EA-NCR-584213. I confirm that this is my own work.\n\n"
             "Regards,", parent="esdc_exam3",
             attachments=[pdf("Marchand_E_reponses_answers_584213.pdf",
                              "Elise Marchand - Answers - 26-CSD-EA-NCR-584213",
                              "Question 1: Memorandum to the Director General ...")])
    case.add("esdc_exam5", esdc_box, [me], A("2026-03-03 11:47") + dt.timedelta(seconds=40),
             "Votre courriel a bien été reçu. Cette boîte est surveillée pendant les heures de "
             "bureau.\n\n"
             "Your email has been received. This mailbox is monitored during business hours.",
             parent="esdc_exam4", quote=False,
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ---------------------------------------------------------------- ESDC interview
    case.add("esdc_inv1", nathalie, [me], "2026-03-09 11:20",
             "(Le français suit)\n\n"
             "Good morning Élise,\n\n"
             "Congratulations! You have been successful at the written exam stage of the above "
             "process, and we would like to invite you to an interview. It will be held on MS "
             "Teams and will last about 90 minutes, including 20 minutes of preparation time.\n\n"
             "Please let me know which of the following slots you prefer (all times Eastern):\n"
             "- Monday, 2026-03-16, 09:30\n"
             "- Tuesday, 2026-03-17, 13:30\n"
             "- Wednesday, 2026-03-18, 10:00\n\n"
             "The assessment board will be composed of Greg Lindqvist, Manager, Labour Market "
             "Policy; Anjali Desai, Senior Policy Analyst; and myself. Reference checks will be "
             "conducted at a later stage for candidates who are successful at the interview.\n\n"
             "Kind regards / Cordialement,\n\n"
             "---\n\n"
             "Bonjour Élise,\n\n"
             "Félicitations! Vous avez réussi l'examen écrit et nous aimerions vous convier à une "
             "entrevue sur MS Teams d'une durée d'environ 90 minutes, incluant 20 minutes de "
             "préparation. Veuillez m'indiquer la plage qui vous convient parmi celles "
             "ci-dessus. Le jury sera composé de Greg Lindqvist, gestionnaire, Politique du "
             "marché du travail, d'Anjali Desai, analyste principale des politiques, et de "
             "moi-même.",
             subject="Invitation to interview / Invitation à une entrevue – 26-CSD-EA-NCR-584213 "
                     "– Policy Analyst (EC-05)")
    case.add("esdc_inv2", me, [nathalie], "2026-03-09 12:02",
             "Good afternoon Nathalie,\n\n"
             "Thank you, that's wonderful news! Tuesday, March 17 at 13:30 would suit me best.\n\n"
             "Best regards,", parent="esdc_inv1")
    case.add("esdc_inv3", nathalie, [me], "2026-03-09 14:40",
             "Noted – you're confirmed for Tuesday 2026-03-17 at 13:30. You'll receive a Teams "
             "invitation shortly. At 13:30 I'll email you the questions so you can prepare for "
             "20 minutes, and the board will join the call at 13:50.\n\n"
             "N.", parent="esdc_inv2", sig=False)

    teams_esdc = ("________________________________________________________________________________\n"
                  "Microsoft Teams meeting\n"
                  "Join on your computer, mobile app or room device\n"
                  "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/"
                  "19%3ameeting_ZmE3YjI0NTkt%40thread.v2/0>\n"
                  "Meeting ID: 254 118 903 226\nPasscode: x7Vq2R\n"
                  "Dial in by phone\n+1 613-555-0100,,418273605# Canada, Ottawa-Hull\n"
                  "Phone conference ID: 418 273 605#\n"
                  "________________________________________________________________________________")
    esdc_desc = ("Bonjour Élise / Good afternoon Élise,\n\n"
                 "Voici le lien pour votre entrevue. / Here is the link for your interview.\n"
                 "13:30 – préparation / preparation (20 min); 13:50 – jury / board.\n\n"
                 + teams_esdc)
    case.add("esdc_ics", nathalie, [me, greg, anjali], "2026-03-09 14:52", esdc_desc,
             subject="Entrevue / Interview – EC-05 – 26-CSD-EA-NCR-584213 – Élise Marchand",
             sig=False,
             ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "esdc"),
                          stamp=A("2026-03-09 14:52"), start=A("2026-03-17 13:30"),
                          end=A("2026-03-17 15:00"),
                          summary="Entrevue / Interview – EC-05 – 26-CSD-EA-NCR-584213 – Élise "
                                  "Marchand",
                          organizer=nathalie, tzid="Eastern Standard Time",
                          attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (greg, "ACCEPTED", "INDIVIDUAL"),
                                     (anjali, "ACCEPTED", "INDIVIDUAL")],
                          location="Microsoft Teams Meeting", description=esdc_desc,
                          prodid="Microsoft Exchange Server 2010"),
             ics_mode="outlook")

    case.add("esdc_ty1", me, [greg, anjali], "2026-03-17 18:40",
             "Dear Greg and Anjali,\n\n"
             "Thank you both for taking the time to meet with me this afternoon. I enjoyed the "
             "discussion, especially your question on how we would measure outcomes for the "
             "sectoral workforce pilots – it is exactly the kind of work I'd like to be doing.\n\n"
             "A few reasons I believe I'd be a good fit for the team:\n"
             "- seven years of policy work at ISED, including two Cabinet documents on "
             "workforce and skills;\n"
             "- I'm at ease turning data into advice: I led the analysis behind last year's "
             "labour shortages deck for our Deputy Minister;\n"
             "- I'm fully bilingual and used to drafting in both official languages on tight "
             "timelines.\n\n"
             "I remain very interested in the position and look forward to hearing about next "
             "steps from Nathalie. Thank you again for your time and consideration.\n\n"
             "Best regards,",
             subject="Thank you – EC-05 interview this afternoon")
    case.add("esdc_ty2", greg, [me], "2026-03-18 08:52",
             "Good morning Élise,\n\n"
             "Thanks for the note – Anjali and I enjoyed the conversation too. Nathalie will be "
             "in touch about next steps.\n\nGreg", parent="esdc_ty1")

    case.add("esdc_ref1", nathalie, [me], "2026-03-19 10:05",
             "(Le français suit)\n\n"
             "Good morning Élise,\n\n"
             "I'm pleased to let you know that you were successful at the interview stage of "
             "process 26-CSD-EA-NCR-584213. As a next step, the board will conduct reference "
             "checks.\n\n"
             "Please send me the names, titles and contact information (email and telephone) of "
             "two referees who have supervised your work in the last three years, one of whom "
             "should be your current supervisor, by end of day 2026-03-20.\n\n"
             "---\n\n"
             "Bonjour Élise,\n\n"
             "J'ai le plaisir de vous informer que vous avez réussi l'étape de l'entrevue. Le "
             "jury procédera maintenant à la vérification des références. Veuillez me faire "
             "parvenir le nom, le titre et les coordonnées de deux répondants d'ici la fin de la "
             "journée le 2026-03-20.",
             subject="Vérification des références / Reference check – 26-CSD-EA-NCR-584213")
    case.add("esdc_ref2", me, [nathalie], "2026-03-19 12:30",
             "Hi Nathalie,\n\n"
             "Thank you for the good news – that's great to hear. My two referees are:\n\n"
             "1. Marc-André Gagnon, Director, Skills and Innovation Policy, ISED (my current "
             "supervisor)\n"
             "   marc-andre.gagnon@ised-isde.gc.ca | 343-555-0161\n"
             "2. Joanne Whitfield, former Manager, Strategic Policy, ISED (supervised me from 2021 "
             "to 2024; now retired)\n"
             "   joanne.whitfield@gmail.com | 613-555-0119\n\n"
             "Both know to expect your call. Let me know if you need anything else.\n\n"
             "Best,", parent="esdc_ref1")
    case.add("esdc_ref3", nathalie, [me], "2026-03-19 14:02",
             "Well received, Élise. We'll reach out to your referees over the coming days.\n\n"
             "For your information, the results of this process will be communicated to all "
             "candidates by 2026-04-03.\n\nNathalie", parent="esdc_ref2", sig=False)

    case.add("joanne1", joanne, [me], "2026-03-20 19:22",
             "Hi Élise!\n\n"
             "Got a very polite email from a Nathalie at ESDC this afternoon with a reference "
             "questionnaire – eight questions, looks like they're serious about you :) I'm up at "
             "the cottage this weekend but I'll fill it out and have it back to her by Monday.\n\n"
             "You deserve this one. Fingers crossed!\n\nJ.\n\nSent from my iPad",
             subject="ESDC reference")
    case.add("joanne2", me, [joanne], "2026-03-20 21:05",
             "Joanne, thank you so much – I really appreciate you doing this, and on a cottage "
             "weekend no less. Enjoy the last of the snow. Coffee's on me when you're back in "
             "town!\n\nÉ.", parent="joanne1", sig=False)

    # ---------------------------------------------------------------- PSC second language test
    sle_text = ("*** Le français suit l'anglais ***\n\n"
                "Your Second Language Evaluation appointment has been booked.\n\n"
                "Test: Test of Oral Proficiency – French\n"
                "Requested by: Employment and Social Development Canada – 26-CSD-EA-NCR-584213\n"
                "Date: 2026-03-11\n"
                "Time: 09:00 to 09:40 (Eastern Time)\n"
                "Format: by telephone. The assessor will call you at 613-555-0187 at the "
                "scheduled time.\n\n"
                "Please have photo identification at hand. To reschedule, use the link in your "
                "account at least 48 hours in advance. Your results will be posted to your "
                "account within 10 business days of the test.\n\n"
                "This is an automated message. Please do not reply.\n\n"
                "---\n\n"
                "Votre rendez-vous d'évaluation de langue seconde a été réservé.\n\n"
                "Test : Test de compétence orale – français\n"
                "Date : 2026-03-11\n"
                "Heure : de 9 h à 9 h 40 (heure de l'Est)\n"
                "Format : par téléphone. L'évaluatrice ou l'évaluateur vous appellera au "
                "613-555-0187 à l'heure prévue.\n\n"
                "Vos résultats seront affichés dans votre compte dans les 10 jours ouvrables "
                "suivant le test.\n\n"
                "Ceci est un message automatisé. Veuillez ne pas y répondre.")
    case.add("sle1", sle, [me], "2026-03-02 08:03", sle_text,
             subject="Confirmation – Test de compétence orale / Oral Proficiency Test – "
                     "2026-03-11 09:00 (HE/ET)", headers=AUTO,
             ics=make_ics(method="REQUEST", uid=uid_uuid(NAME, "sle"),
                          stamp=A("2026-03-02 08:03"), start=A("2026-03-11 09:00"),
                          end=A("2026-03-11 09:40"),
                          summary="Test de competence orale / Oral Proficiency Test (SLE-ELS)",
                          organizer=Person("CFP-PSC SLE-ELS Scheduler", sle.email),
                          tzid=TZ,
                          attendees=[(("Elise Marchand", me.email), "NEEDS-ACTION",
                                      "INDIVIDUAL")],
                          location="Par telephone / By telephone",
                          description="Requested by / Demande par : EDSC-ESDC "
                                      "26-CSD-EA-NCR-584213",
                          prodid="-//Public Service Commission of Canada//SLE Scheduler 3.2//EN"),
             ics_mode="attach")

    # ---------------------------------------------------------------- Canadian Heritage (French)
    case.add("pch1", sylvie, [me], "2026-03-04 10:12",
             "Bonjour Madame Marchand,\n\n"
             "Je vous remercie d'avoir répondu à notre appel de manifestations d'intérêt pour un "
             "poste d'analyste des politiques (EC-05) à la Direction des politiques des "
             "industries culturelles.\n\n"
             "J'aimerais vous rencontrer pour une discussion d'environ une heure le jeudi 12 mars "
             "à 14 h, à nos bureaux du 15, rue Eddy, à Gatineau (12e étage, salle 12-117). Mon "
             "collègue Karim Haddad (karim.haddad@pch.gc.ca), analyste principal de l'équipe, se "
             "joindra à nous. Il s'agit d'une rencontre plutôt informelle : nous voulons surtout "
             "en savoir plus sur votre parcours et vous présenter les dossiers de l'équipe.\n\n"
             "Vous pouvez, bien entendu, vous exprimer dans la langue officielle de votre "
             "choix.\n\n"
             "Merci de me confirmer votre disponibilité.\n\n"
             "Cordialement,\n\n"
             "Sylvie Lavoie-Nadeau\n"
             "Gestionnaire, Politiques des industries culturelles | Manager, Cultural Industries "
             "Policy\n"
             "Patrimoine canadien | Canadian Heritage\n"
             "15, rue Eddy, Gatineau (Québec) K1A 0M5\n"
             "819-555-0178 | sylvie.lavoie-nadeau@pch.gc.ca",
             subject="Analyste des politiques (EC-05) – rencontre / Policy Analyst (EC-05) – "
                     "meeting")
    case.add("pch2", me, [sylvie], "2026-03-04 11:48",
             "Bonjour Madame Lavoie-Nadeau,\n\n"
             "Merci beaucoup de votre message. Je vous confirme avec plaisir ma présence le "
             "jeudi 12 mars à 14 h au 15, rue Eddy. Je suis à l'aise dans les deux langues; nous "
             "pourrons passer de l'une à l'autre selon ce qui convient à M. Haddad et à "
             "vous.\n\n"
             "Au plaisir de vous rencontrer,", parent="pch1")
    case.add("pch3", sylvie, [me], "2026-03-04 13:05",
             "Parfait, c'est noté. Présentez-vous à l'accueil au rez-de-chaussée; quelqu'un "
             "viendra vous chercher.\n\nS.", parent="pch2")
    case.add("pch4", sylvie, [me], "2026-03-16 16:22",
             "Bonjour Élise,\n\n"
             "Merci de votre intérêt et du temps que vous nous avez accordé jeudi dernier. Karim "
             "et moi avons beaucoup apprécié notre échange.\n\n"
             "Nous terminons cette semaine nos rencontres avec deux autres candidates. Je vous "
             "reviens d'ici vendredi.\n\n"
             "Bonne soirée,\n\nSylvie", parent="pch3")

    case.add("karim1", me, [karim], "2026-03-12 17:55",
             "Hi Karim,\n\n"
             "Thank you for your time this afternoon, and for walking me through the Canada "
             "Music Fund renewal – I hadn't realized how much of that work runs through the "
             "provinces. It was also reassuring to hear how the team splits files between the "
             "two languages.\n\n"
             "If it's useful, the ISED consultation summary I mentioned is public; I'd be happy "
             "to send you the link.\n\n"
             "Best regards,",
             subject="Thank you for this afternoon")
    case.add("karim2", karim, [me], "2026-03-13 08:47",
             "Hi Élise – my pleasure, I enjoyed it. Yes, please do send the link. Sylvie is "
             "running the process, so she'll be the one in touch about next steps.\n\n"
             "All the best,", parent="karim1")

    # ---------------------------------------------------------------- ECCC
    case.add("eccc1", melanie, [me], "2026-03-10 10:44",
             "(Le français suit / French follows)\n\n"
             "Good morning,\n\n"
             "Further to your application to process 26-ECC-EA-NCR-591027 – Policy Analyst "
             "(EC-05), Clean Fuels Policy, you are invited to an interview on 2026-03-19 at 09:30 "
             "(Eastern Time). The interview will last about 90 minutes and will be held "
             "virtually on MS Teams; you will receive a separate calendar invitation with the "
             "link.\n\n"
             "The assessment board will be composed of:\n"
             "- Robert Thibodeau, Manager, Clean Fuels Policy (chairperson)\n"
             "- Hannah Kirby, Senior Policy Analyst\n"
             "- Fatima Benali, Human Resources Advisor\n\n"
             "Please confirm receipt of this email and your official language for the interview "
             "by 2026-03-12.\n\n"
             "---\n\n"
             "Bonjour,\n\n"
             "À la suite de votre candidature au processus 26-ECC-EA-NCR-591027, vous êtes "
             "convoquée à une entrevue le 2026-03-19 à 9 h 30 (heure de l'Est), d'une durée "
             "d'environ 90 minutes, sur MS Teams. Le jury sera composé de Robert Thibodeau "
             "(président), Hannah Kirby et Fatima Benali. Veuillez confirmer la réception de ce "
             "courriel d'ici le 2026-03-12.\n\n"
             "Thank you / Merci,",
             subject="Convocation à une entrevue / Invitation to an interview – "
                     "26-ECC-EA-NCR-591027")
    case.add("eccc2", me, [melanie], "2026-03-10 12:11",
             "Bonjour Mélanie,\n\n"
             "I confirm receipt, and I'll be there on 2026-03-19 at 09:30. I'd like to do the "
             "interview in English, but I'm happy to switch to French for part of it if the "
             "board wishes.\n\n"
             "Best regards,", parent="eccc1")
    case.add("eccc3", melanie, [me], "2026-03-20 10:20",
             "Good morning Élise,\n\n"
             "Robert asked me to let you know that the board is finishing its assessments and "
             "that results should be communicated to candidates by Friday, March 27.\n\n"
             "Have a nice weekend,\nMélanie", parent="eccc2", sig=False)

    eccc_desc = ("Interview / Entrevue – 26-ECC-EA-NCR-591027 – Policy Analyst (EC-05), Clean "
                 "Fuels Policy\n\n"
                 "Board / Jury :\n"
                 "Robert Thibodeau (robert.thibodeau@ec.gc.ca) – chair / président\n"
                 "Hannah Kirby (hannah.kirby@ec.gc.ca)\n"
                 "Fatima Benali (fatima.benali@ec.gc.ca) – HR / RH\n\n"
                 "The board will join from boardroom PVM 7-045; the candidate joins by Teams. / "
                 "Le jury sera dans la salle PVM 7-045; la candidate se joint par Teams.\n\n"
                 "________________________________________________________________________________\n"
                 "Microsoft Teams meeting\n"
                 "Join on your computer, mobile app or room device\n"
                 "Meeting ID: 271 604 885 190\nPasscode: Hq9mT4\n"
                 "________________________________________________________________________________")
    case.add("eccc_ics", melanie, [me], "2026-03-10 10:51", eccc_desc,
             subject="Entrevue / Interview – EC-05 Clean Fuels – E. Marchand", sig=False,
             ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "eccc"),
                          stamp=A("2026-03-10 10:51"), start=A("2026-03-19 09:30"),
                          end=A("2026-03-19 11:00"),
                          summary="Entrevue / Interview – EC-05 Clean Fuels – E. Marchand",
                          organizer=melanie,
                          attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (("ECCC PVM 7-045 Salle de conférence / Boardroom",
                                       "ecccpvm7045@ec.gc.ca"), "ACCEPTED", "ROOM")],
                          location="Microsoft Teams Meeting; ECCC PVM 7-045",
                          description=eccc_desc, prodid="Microsoft Exchange Server 2010"),
             ics_mode="outlook")
    case.add("eccc_ty", me, [P(*robert)], "2026-03-19 15:10",
             "Dear Mr. Thibodeau,\n\n"
             "Thank you for this morning's interview and for the board's time. I particularly "
             "enjoyed our exchange on how the credit market under the Clean Fuel Regulations "
             "could be monitored after 2030.\n\n"
             "Why I think I could contribute to your team:\n"
             "- regulatory and economic analysis experience from ISED's clean technology files;\n"
             "- a track record of briefing senior management quickly and clearly;\n"
             "- comfort working across both official languages.\n\n"
             "I would be grateful if you could pass on my thanks to Hannah and Fatima as well. I "
             "look forward to hearing from the board.\n\n"
             "Kind regards,",
             subject="Thank you – EC-05 interview this morning")

    # ---------------------------------------------------------------- Infrastructure Canada coffee
    case.add("infc1", alain, [me, rajiv], "2026-02-26 09:40",
             "Rajiv, Élise,\n\n"
             "I've been meaning to connect the two of you for a while.\n\n"
             "Rajiv – Élise was in my graduate seminar on fiscal federalism a few years back and "
             "wrote one of the best papers I've read on infrastructure transfers. She's been at "
             "ISED since, on skills and innovation policy, and is starting to think about her "
             "next move. I told her you were the person to ask about how Infrastructure Canada "
             "really works.\n\n"
             "Élise – Rajiv is Director of Economic Analysis at INFC and was my TA back when he "
             "still had hair. He's generous with his time; don't be shy.\n\n"
             "I'll let you two take it from here.\n\nAlain",
             subject="Introduction: Élise Marchand / Rajiv Menon")
    case.add("infc2", me, [alain, rajiv], "2026-02-26 12:03",
             "Alain, thank you for the introduction – and for the kind words!\n\n"
             "Rajiv, very nice to e-meet you. Would you have a quarter of an hour in the coming "
             "weeks? I'd love to hear how your team thinks about long-term infrastructure "
             "outcomes, and where policy analysts tend to land in the department. Happy to work "
             "around your schedule, by phone or in person.\n\n"
             "Best,", parent="infc1")
    case.add("infc3", rajiv, [me], "2026-02-27 07:15",
             "Hi Élise (Alain to bcc),\n\n"
             "Happy to. I'm on leave the first two weeks of March – would Wednesday, March 18 at "
             "4:00 work? There's a Bridgehead at Kent and Albert. I can give you more than 15 "
             "minutes if you're buying the coffee.\n\n"
             "Rajiv\n\n"
             "Rajiv Menon\nDirector, Economic Analysis | Directeur, Analyse économique\n"
             "Infrastructure Canada\nrajiv.menon@infc.gc.ca | 613-555-0129",
             parent="infc2")
    case.add("infc4", me, [rajiv], "2026-02-27 08:30",
             "Deal – Wednesday, March 18 at 4:00 at the Bridgehead on Kent. The coffee's on "
             "me.\n\nSee you then,", parent="infc3")
    case.add("infc_ty1", me, [rajiv], "2026-03-18 19:45",
             "Hi Rajiv,\n\n"
             "Thank you for the coffee and the conversation this afternoon, and for being so "
             "candid about the reorganization. Your point about learning the program side before "
             "moving into a policy shop really stuck with me.\n\n"
             "I'll take you up on the offer to read the housing infrastructure fund evaluation, "
             "and I'll let you know what I make of it within the next two weeks.\n\n"
             "With thanks again for your time,",
             subject="Thank you – coffee today")
    case.add("infc_ty2", rajiv, [me], "2026-03-19 07:58",
             "My pleasure, Élise. Let me check with a couple of people in our Policy and Results "
             "branch who may have something coming up this spring – I'll get back to you by "
             "Friday with names.\n\nR.\n\nGet Outlook for iOS", parent="infc_ty1")

    # ---------------------------------------------------------------- association lunch
    case.add("ccmc1", me, [deb], "2026-02-17 20:30",
             "Dear Ms. Halvorsen,\n\n"
             "We spoke briefly after your remarks at last Thursday's Policy Forum breakfast – I'm "
             "the ISED analyst who asked about workforce shortages in the north. I'd love to "
             "continue the conversation over lunch in the coming weeks, if you have the time. I'm "
             "thinking about where I could be most useful in the next stage of my career, and the "
             "Council's policy work is high on my list.\n\n"
             "Best regards,",
             subject="Following up from the Policy Forum breakfast")
    case.add("ccmc2", deb, [me], "2026-02-18 08:05",
             "Hi Élise – call me Deb! Happy to. Between us, we're thinking about adding a policy "
             "director this spring, so the timing's good. Jasmine (cc'd) runs my calendar and "
             "will find us a date.\n\nDeb\n\nSent from my iPhone", parent="ccmc1",
             cc=[jasmine])
    case.add("ccmc3", jasmine, [me], "2026-02-18 10:12",
             "Hi Élise,\n\n"
             "Deb's next open lunch is Friday, March 20 at 12:00. Would Play Food & Wine on York "
             "Street work for you? I'll send a calendar invitation once confirmed.",
             parent="ccmc2", cc=[deb])
    case.add("ccmc4", me, [jasmine], "2026-02-18 10:40",
             "Hi Jasmine,\n\nFriday, March 20 at noon at Play is perfect. Thanks!",
             parent="ccmc3", cc=[deb])
    ccmc_desc = "Lunch – reservation under Halvorsen, 2 people."
    case.add("ccmc_cal", jasmine_cal, [me, deb], "2026-02-18 11:02",
             "You have been invited to the following event.\n\n"
             "Lunch – Deb Halvorsen / Élise Marchand\n"
             "When: Friday Mar 20, 2026 12pm – 1:15pm (Eastern Time - Toronto)\n"
             "Where: Play Food & Wine, 1 York St, Ottawa, ON\n"
             "Calendar: elise.marchand@example.ca\n"
             "Who:\n"
             "  * Jasmine Oduya – organizer\n"
             "  * Deb Halvorsen\n"
             "  * elise.marchand@example.ca\n\n"
             + ccmc_desc + "\n\n"
             "Going (elise.marchand@example.ca)?   Yes - Maybe - No    more options »\n\n"
             "Invitation from Google Calendar\n\n"
             "You are receiving this email because you are an attendee of the event.",
             subject="Invitation: Lunch – Deb Halvorsen / Élise Marchand @ Fri Mar 20, 2026 "
                     "12pm - 1:15pm (EDT) (elise.marchand@example.ca)",
             headers=GCAL,
             ics=make_ics(method="REQUEST", uid=uid_google(NAME, "ccmc"),
                          stamp=A("2026-02-18 11:02"), start=A("2026-03-20 12:00"),
                          end=A("2026-03-20 13:15"),
                          summary="Lunch – Deb Halvorsen / Élise Marchand",
                          organizer=jasmine_cal, tzid=TZ,
                          attendees=[(deb, "ACCEPTED", "INDIVIDUAL"),
                                     (me, "NEEDS-ACTION", "INDIVIDUAL")],
                          location="Play Food & Wine, 1 York St, Ottawa, ON",
                          description=ccmc_desc))

    # ---------------------------------------------------------------- Bytown Institute
    case.add("byt1", leah, [me], "2026-03-03 14:20",
             "Hi Élise,\n\n"
             "Thanks for applying for the Senior Policy Researcher role at the Bytown Institute. "
             "We had a strong response, and we'd like to invite you to a 30-minute introductory "
             "call with Martin Kowal, our Research Director. You'll get a scheduling email from "
             "Lever in a moment – please pick whichever slot works for you.\n\n"
             "We aim to let every candidate know by Friday, March 13 whether they're moving on to "
             "the next stage.\n\nBest,\nLeah",
             subject="Bytown Institute – Senior Policy Researcher")
    lever_text = ("Hi Élise,\n\n"
                  "Your interview for Senior Policy Researcher at Bytown Institute is confirmed.\n\n"
                  "When: Monday, March 9, 2026, 10:00 AM – 10:30 AM (Eastern Time - Toronto)\n"
                  "Where: Phone call – Martin will call you at 613-555-0187\n"
                  "Interviewer: Martin Kowal, Research Director (martin.kowal@bytowninstitute.ca)\n\n"
                  "Need to reschedule? Reply to this email and Leah Sorensen will help.\n\n"
                  "Powered by Lever")
    case.add("byt_lev", lever, [me], "2026-03-03 14:58", lever_text,
             subject="Your interview with Bytown Institute is confirmed", reply_to=leah,
             html=html_of(lever_text), html_only=True, headers=AUTO)
    case.add("byt2", me, [leah], "2026-03-03 15:02",
             "Hi Leah,\n\nThanks very much – I've booked Monday, March 9 at 10:00 through Lever. "
             "Looking forward to speaking with Martin.\n\nBest,", parent="byt1")
    case.add("byt_ty1", me, [martin], "2026-03-09 11:40",
             "Hi Martin,\n\n"
             "Thank you for the call this morning. I enjoyed hearing about the Institute's work "
             "on federal-provincial fiscal arrangements, and your question about how I'd handle "
             "a politically awkward finding is one I'll keep thinking about.\n\n"
             "I'd welcome the chance to continue the conversation.\n\n"
             "Best regards,",
             subject="Thank you – this morning's call")
    case.add("byt_ty2", martin, [me], "2026-03-10 09:12",
             "Hi Élise, thanks for the note – I enjoyed it too. Leah will be in touch shortly.\n\n"
             "Martin", parent="byt_ty1", sig=False)
    case.add("byt5", leah, [me], "2026-03-12 11:30",
             "Hi Élise,\n\n"
             "Good news – we'd like you to come back for a panel conversation with Martin and our "
             "President, Catherine Dubé, on Tuesday, March 24 from 1:00 to 2:15 pm on Zoom. "
             "Ahead of it, please prepare a two-page brief on one of the topics in the attached "
             "list, due by end of day Friday, March 20; you'll present it for ten minutes at the "
             "start of the panel.\n\n"
             "To be transparent, we're inviting two other candidates to this stage.\n\n"
             "I'll send a Zoom invitation with the agenda.",
             parent="byt2",
             attachments=[pdf("Bytown_brief_topics.pdf", "Bytown Institute - Brief topics",
                              "1. Fiscal capacity of mid-sized cities",
                              "2. Federal skills transfers after 2027",
                              "3. Regulatory cooperation in critical minerals")])
    zoom_desc = ("Leah Sorensen is inviting you to a scheduled Zoom meeting.\n\n"
                 "Join Zoom Meeting\nhttps://us02web.zoom.us/j/83355501234?pwd=QnRvd24yNA\n"
                 "Meeting ID: 833 5550 1234\nPasscode: 240324\n\n"
                 "Agenda\n"
                 "1:00  Welcome, introductions and format – Leah Sorensen\n"
                 "1:05  Your presentation of the brief (10 min)\n"
                 "1:15  Discussion with Martin Kowal (Research Director) and Catherine Dubé "
                 "(President)\n"
                 "2:00  Your questions on the role, compensation and benefits – Leah Sorensen\n"
                 "2:15  End")
    case.add("byt_zoom", leah_cal, [me, martin, P(*catherine)], "2026-03-12 11:42",
             "You have been invited to the following event.\n\n"
             "Bytown Institute – Panel conversation (Élise Marchand)\n"
             "When: Tuesday Mar 24, 2026 1pm – 2:15pm (Eastern Time - Toronto)\n"
             "Joining info: Join Zoom Meeting\n"
             "Who:\n  * Leah Sorensen – organizer\n  * Martin Kowal\n  * Catherine Dubé\n"
             "  * elise.marchand@example.ca\n\n"
             + zoom_desc + "\n\nInvitation from Google Calendar",
             subject="Invitation: Bytown Institute – Panel conversation (Élise Marchand) @ Tue "
                     "Mar 24, 2026 1pm - 2:15pm (EDT) (elise.marchand@example.ca)",
             headers=GCAL,
             ics=make_ics(method="REQUEST", uid=uid_google(NAME, "bytown-panel"),
                          stamp=A("2026-03-12 11:42"), start=A("2026-03-24 13:00"),
                          end=A("2026-03-24 14:15"),
                          summary="Bytown Institute – Panel conversation (Élise Marchand)",
                          organizer=leah_cal, tzid=TZ,
                          attendees=[(martin, "ACCEPTED", "INDIVIDUAL"),
                                     (catherine, "ACCEPTED", "INDIVIDUAL"),
                                     (me, "NEEDS-ACTION", "INDIVIDUAL")],
                          location="https://us02web.zoom.us/j/83355501234?pwd=QnRvd24yNA",
                          description=zoom_desc))
    case.add("byt6", me, [leah], "2026-03-12 12:05",
             "Hi Leah,\n\nWonderful – Tuesday the 24th at 1:00 works, and I'll have the brief to "
             "you by Friday the 20th.\n\nBest,", parent="byt5")
    case.add("byt7", me, [leah], "2026-03-20 16:48",
             "Hi Leah,\n\n"
             "Please find attached my brief on the fiscal capacity of mid-sized cities to "
             "maintain federally funded infrastructure. Thanks, and see you Tuesday!\n\nÉlise",
             parent="byt6", sig=False,
             attachments=[pdf("Marchand_Bytown_brief.pdf",
                              "Who maintains what we build? - E. Marchand",
                              "Mid-sized cities and the infrastructure maintenance gap")])
    case.add("byt8", leah, [me], "2026-03-20 17:10",
             "Got it, thanks Élise! See you Tuesday.\n\nL.", parent="byt7", sig=False)
    case.add("byt_ty3", me, [martin], "2026-03-24 17:20",
             "Dear Martin,\n\n"
             "Thank you for this afternoon's panel, and for the thoughtful questions on my "
             "brief. Talking through the maintenance-gap numbers with you made me even keener on "
             "the role.\n\n"
             "What I would bring to the Institute:\n"
             "- seven years inside government, so I know how federal analysts will read our work;\n"
             "- quantitative work that holds up to scrutiny;\n"
             "- bilingual writing for both specialist and general audiences.\n\n"
             "I'll keep an eye out for news next week, and thank you again for your time and "
             "consideration.\n\n"
             "Best regards,",
             subject="Thank you – panel conversation today")
    case.add("byt_ty4", martin, [me], "2026-03-25 08:40",
             "Thanks Élise. Nice job on the brief – Catherine was impressed with the numbers. "
             "She and I are meeting Friday to make a decision, and you'll hear from us early next "
             "week.\n\nMartin", parent="byt_ty3", sig=False)

    # ---------------------------------------------------------------- Confluence Policy Institute
    case.add("conf1", me, [conf_careers], "2026-02-27 21:10",
             "Dear Hiring Committee,\n\n"
             "Please find attached my CV and cover letter for the Senior Research Associate "
             "position (Ottawa) posted on your website.\n\n"
             "I'm a policy analyst at ISED with seven years of experience on skills, innovation "
             "and labour market files, and I've long followed the Institute's work on "
             "intergovernmental finance.\n\n"
             "Sincerely,",
             subject="Application – Senior Research Associate (Ottawa) – Élise Marchand",
             attachments=[cv, pdf("Elise_Marchand_cover_letter_Confluence.pdf",
                                  "Elise Marchand - Cover letter",
                                  "Senior Research Associate, Confluence Policy Institute")])
    case.add("conf2", amanda, [me], "2026-03-02 09:35",
             "Dear Élise,\n\n"
             "Thank you for your application for the Senior Research Associate position and for "
             "your interest in the Confluence Policy Institute.\n\n"
             "We received a large number of applications and our selection committee is now "
             "reviewing them. We will contact shortlisted candidates within the next couple of "
             "weeks.\n\n"
             "Kind regards,", parent="conf1")

    # ---------------------------------------------------------------- CAAFP (Calendly)
    case.add("caafp1", thomas, [me], "2026-03-13 09:20",
             "Good morning Élise,\n\n"
             "Your name came up twice in the last month – once from our board chair, who heard "
             "you speak at the Food Processing Skills Summit, and once from a former colleague of "
             "yours now at AAFC. We're quietly looking for a Senior Policy Advisor to lead our "
             "labour and skills file, and I'd like to have a conversation about whether it might "
             "interest you.\n\n"
             "If you're open to it, grab 45 minutes on my calendar here: "
             "https://calendly.com/tbrennan-caafp/45min\n\n"
             "Best,",
             subject="Senior Policy Advisor role – a conversation?")
    cal_text = ("Hi Élise Marchand,\n\n"
                "A new event has been scheduled.\n\n"
                "Event Type: Senior Policy Advisor – conversation (45 min)\n"
                "Invitee: Élise Marchand\n"
                "Invitee Email: elise.marchand@example.ca\n"
                "Event Host: Thomas Brennan\n"
                "Event Date/Time: 15:00 - Monday, 23 March 2026 (Eastern Time - US & Canada)\n"
                "Location: Zoom. Details will be provided in the calendar invitation.\n\n"
                "Need to make changes to this event?\nCancel | Reschedule\n\n"
                "Powered by Calendly.com")
    case.add("caafp_cal", calendly, [me], "2026-03-13 12:38", cal_text,
             subject="Confirmed: Senior Policy Advisor – conversation with Thomas Brennan on "
                     "Monday, March 23, 2026",
             html=html_of(cal_text), headers=AUTO,
             ics=make_ics(method="REQUEST", uid=uid_uuid(NAME, "calendly"),
                          stamp=A("2026-03-13 12:38"), start=A("2026-03-23 15:00"),
                          end=A("2026-03-23 15:45"),
                          summary="Senior Policy Advisor - conversation (Elise Marchand and "
                                  "Thomas Brennan)",
                          organizer=thomas,
                          attendees=[(("Elise Marchand", me.email), "ACCEPTED", "INDIVIDUAL")],
                          location="https://us06web.zoom.us/j/86120043377",
                          description="Event Name: Senior Policy Advisor - conversation\n"
                                      "Location: Zoom",
                          prodid="-//Calendly//Calendly Scheduling//EN"),
             ics_mode="attach")
    case.add("caafp2", me, [thomas], "2026-03-13 12:40",
             "Hi Thomas,\n\n"
             "Thanks for reaching out – I'm flattered, and yes, I'd be glad to talk. I've booked "
             "Monday, March 23 at 3:00.\n\n"
             "Best regards,", parent="caafp1")
    case.add("caafp3", thomas, [me], "2026-03-23 16:32",
             "Élise – great talking with you this afternoon. As promised, the draft job "
             "description is attached; it's still rough around the edges. We're hoping to have a "
             "short list in front of the board by mid-April.\n\nThomas",
             parent="caafp2", sig=False,
             attachments=[pdf("CAAFP_Senior_Policy_Advisor_DRAFT.pdf",
                              "Senior Policy Advisor - Labour and Skills (DRAFT)",
                              "Canadian Association of Agri-Food Processors")])

    # ---------------------------------------------------------------- Regulatory Futures (rejection)
    case.add("rfi1", me, [michelle], "2026-02-20 17:55",
             "Dear Ms. Tanguay,\n\n"
             "I'm writing to apply for the Policy Analyst position posted on PolicyJobs.ca. My CV "
             "is attached. I've spent the last seven years at ISED, most recently on the "
             "regulatory side of our innovation programs, and the Institute's work on "
             "regulatory experimentation is close to my heart.\n\n"
             "Sincerely,",
             subject="Policy Analyst position – Élise Marchand", attachments=[cv])
    case.add("rfi2", michelle, [me], "2026-03-05 10:02",
             "Hi Élise,\n\n"
             "Thank you for your patience. I'd like to meet you in person: this email confirms "
             "your interview with me on Friday, March 13 from 10:00 to 11:00 at our office (99 "
             "Bank Street, Suite 700 – buzz 714 at the street door). We'll talk about your "
             "experience, and I'll ask you to walk me through a regulatory file you've worked "
             "on.\n\n"
             "If the time no longer works, just let me know.\n\n"
             "Michelle\n\n"
             "Michelle Tanguay\nExecutive Director | Directrice générale\n"
             "Regulatory Futures Institute\n613-555-0148", parent="rfi1")
    case.add("rfi3", me, [michelle], "2026-03-05 10:30",
             "Hi Michelle,\n\nPerfect, I'll be there Friday at 10. Thank you!\n\nÉlise",
             parent="rfi2", sig=False)
    case.add("rfi4", michelle, [me], "2026-03-17 15:40",
             "Hi Élise,\n\n"
             "Thank you again for coming in on Friday. I enjoyed our conversation, and this "
             "wasn't an easy decision. In the end, we've decided to move forward with a candidate "
             "whose background is more squarely in health regulation.\n\n"
             "I'd like to keep in touch – we expect to have more roles as our federal work grows, "
             "and I'd be glad to hear from you.\n\n"
             "All the best,\nMichelle", parent="rfi3")

    # ---------------------------------------------------------------- Digital Policy Forum (no-show)
    gh_text = ("Hi Élise,\n\n"
               "Thank you for your interest in the Policy Analyst role at Digital Policy Forum! "
               "Your phone interview is confirmed:\n\n"
               "Wednesday, March 18, 2026\n"
               "11:00 AM – 11:30 AM Pacific Time (US & Canada)\n\n"
               "Interviewer: Sam Whitford, Talent Partner\n"
               "Sam will call you at +1 613-555-0187.\n\n"
               "If you have any questions, reply to this email to reach Sam.\n\n"
               "Digital Policy Forum · Vancouver · Ottawa")
    case.add("dpf1", greenhouse, [me], "2026-03-11 10:15", gh_text,
             subject="Interview Confirmation: Policy Analyst – Digital Policy Forum",
             reply_to=sam, html=html_of(gh_text), headers=AUTO,
             ics=make_ics(method="REQUEST", uid=uid_uuid(NAME, "greenhouse"),
                          stamp=A("2026-03-11 13:15"),
                          start=case.at("2026-03-18 11:00", sam),
                          end=case.at("2026-03-18 11:30", sam),
                          summary="Phone interview: Elise Marchand - Policy Analyst (Digital "
                                  "Policy Forum)",
                          organizer=sam, tzid="America/Vancouver",
                          attendees=[(("Elise Marchand", me.email), "NEEDS-ACTION",
                                      "INDIVIDUAL")],
                          location="Phone: +1 613-555-0187",
                          prodid="-//Greenhouse Software//Interview Scheduler//EN"),
             ics_mode="attach")
    case.add("dpf2", me, [sam], "2026-03-18 14:26",
             "Hi Sam,\n\n"
             "I've been by my phone since 2:00 Eastern (11:00 your time) and haven't received a "
             "call – just checking whether we're still on, or whether something came up. I'm free "
             "until 3:30 Eastern if that helps.\n\n"
             "Best,", parent="dpf1")
    case.add("dpf3", sam, [me], "2026-03-19 09:04",
             "Hi Élise,\n\n"
             "I'm so sorry about yesterday – our all-hands ran over and I completely missed our "
             "call. That's on me. I'll send you new times on Monday; we can do it by Zoom if "
             "that's easier.\n\n"
             "Apologies again,\nSam\n\n"
             "Sam Whitford (she/her)\nTalent Partner | Digital Policy Forum\nVancouver, BC",
             parent="dpf2")

    # ---------------------------------------------------------------- NRCan (moved)
    case.add("nrc1", owen, [me], "2026-03-17 16:05",
             "Hi Élise,\n\n"
             "We haven't met – I manage the critical minerals policy team at NRCan. Priya Shah "
             "on my team tells me you two worked together on the supply chain roundtables, and "
             "she had very good things to say about you.\n\n"
             "I have an EC-05 assignment opportunity opening up this spring and would like to "
             "tell you about it. Could we talk on Monday? 11:00 would suit me – 30 minutes, by "
             "phone or Teams, your choice.\n\nOwen",
             subject="Quick chat?")
    case.add("nrc2", me, [owen], "2026-03-17 18:30",
             "Hi Owen,\n\n"
             "Lovely to hear from you – and from Priya, indirectly! Monday at 11:00 works. Phone "
             "is easiest for me: 613-555-0187.\n\nBest,", parent="nrc1")
    case.add("nrc3", owen, [me], "2026-03-20 15:10",
             "Élise – apologies, a DM briefing just landed on Monday morning. Could we push to "
             "Friday the 27th, same time?\n\nOwen", parent="nrc2", sig=False)
    case.add("nrc4", me, [owen], "2026-03-20 15:32", "Friday works.", parent="nrc3")

    # ---------------------------------------------------------------- Health Canada (cancelled)
    hc_desc = ("Bonjour Élise / Hello Élise,\n\n"
               "À la suite de votre candidature au processus 26-HCS-EA-NCR-588104, voici "
               "l'invitation à votre entrevue en personne. / Further to your application to "
               "process 26-HCS-EA-NCR-588104, here is the invitation to your in-person "
               "interview.\n\n"
               "Jury / Board: Lisa Chen, gestionnaire / Manager; Jean-François Roy, conseiller "
               "en RH / HR Advisor.\n"
               "Lieu / Location: Immeuble Jeanne-Mance, 200, promenade Eglantine, salle / room "
               "1203. Please arrive 15 minutes early with photo ID.")
    case.add("hc_ics", jf, [me, P(*lisa)], "2026-03-06 09:12", hc_desc,
             subject="Entrevue / Interview – Analyste des politiques / Policy Analyst (EC-04/05) "
                     "– 26-HCS-EA-NCR-588104",
             ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "hc"),
                          stamp=A("2026-03-06 09:12"), start=A("2026-03-18 10:00"),
                          end=A("2026-03-18 11:30"),
                          summary="Entrevue / Interview – EC-04/05 – 26-HCS-EA-NCR-588104 – "
                                  "É. Marchand",
                          organizer=jf, tzid="Eastern Standard Time",
                          attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (lisa, "ACCEPTED", "INDIVIDUAL"),
                                     (("HC Jeanne-Mance 1203 (12)", "hc-jm-1203@hc-sc.gc.ca"),
                                      "ACCEPTED", "ROOM")],
                          location="Jeanne-Mance 1203", description=hc_desc,
                          prodid="Microsoft Exchange Server 2010"),
             ics_mode="outlook")
    hc_cancel = ("Bonjour / Hello,\n\n"
                 "Le processus de sélection 26-HCS-EA-NCR-588104 a été annulé en raison d'un "
                 "changement des besoins opérationnels; votre entrevue n'aura donc pas lieu. "
                 "Nous vous remercions de votre intérêt.\n\n"
                 "Selection process 26-HCS-EA-NCR-588104 has been cancelled due to a change in "
                 "operational requirements; your interview will therefore not take place. We "
                 "thank you for your interest.\n\n"
                 "Jean-François Roy\nConseiller en RH / HR Advisor\nSanté Canada / Health Canada")
    case.add("hc_cancel", jf, [me, P(*lisa)], "2026-03-13 16:47", hc_cancel,
             subject="Annulé / Canceled: Entrevue / Interview – Analyste des politiques / Policy "
                     "Analyst (EC-04/05) – 26-HCS-EA-NCR-588104",
             ics=make_ics(method="CANCEL", uid=uid_outlook(NAME, "hc"),
                          stamp=A("2026-03-13 16:47"), start=A("2026-03-18 10:00"),
                          end=A("2026-03-18 11:30"),
                          summary="Annulé / Canceled: Entrevue / Interview – EC-04/05 – "
                                  "26-HCS-EA-NCR-588104 – É. Marchand",
                          organizer=jf, tzid="Eastern Standard Time",
                          attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (lisa, "ACCEPTED", "INDIVIDUAL")],
                          location="Jeanne-Mance 1203", sequence=1, status="CANCELLED",
                          prodid="Microsoft Exchange Server 2010"),
             ics_mode="outlook")

    # ================================================================== NOISE
    # ---------------------------------------------------------------- current job (ISED)
    case.add("bn1", kevin, [me], "2026-03-09 08:47",
             "Élise – draft v2 attached. I folded in your comments from Friday except the one on "
             "export controls, which Legal wants to see first. Could you take a last look at the "
             "background section before 2 pm? M-A wants it in the ADM's queue today.\n\nKevin",
             subject="BN – MIN – Semiconductor supply chain roundtable (for information) – v2",
             attachments=[pdf("BN_MIN_Semiconductor_Roundtable_v2.pdf",
                              "PROTECTED A - BRIEFING NOTE TO THE MINISTER",
                              "Semiconductor supply chain roundtable (for information)")])
    case.add("bn2", me, [kevin], "2026-03-09 11:05",
             "Kevin – looks good. Two things: in para 4 the dollar figure should be the 2024-25 "
             "one (we updated it in December), and I'd cut the last sentence of the "
             "considerations, which reads like advice rather than information. Otherwise good to "
             "go.\n\nÉ.", parent="bn1", sig=False)
    case.add("bn3", kevin, [me], "2026-03-09 13:52",
             "Done, both. Sending to M-A now. Merci!", parent="bn2")
    case.add("bn4", marcandre, [me, kevin], "2026-03-09 16:20",
             "Approved with minor edits – into the ADM queue. Good work, both of you.\n\nM-A",
             parent="bn3")

    case.add("atip1", atip, [me], "2026-03-05 14:10",
             "Bonjour, Hello,\n\n"
             "The ATIP Office has received a request under the Access to Information Act for:\n"
             "\"All briefing notes, emails and meeting notes related to the Advanced "
             "Manufacturing Skills Roundtable held in Toronto on November 18, 2025.\"\n\n"
             "As an identified OPI, please search your records (including Teams chats and shared "
             "drives) and provide any relevant records, or a nil return, together with a signed "
             "retrieval certificate by 2026-03-13.\n\n"
             "Le Bureau de l'AIPRP a reçu une demande en vertu de la Loi sur l'accès à "
             "l'information. Veuillez fournir les documents pertinents, ou une réponse néant, "
             "avec un certificat de récupération signé d'ici le 2026-03-13.\n\n"
             "ATIP Office | Bureau de l'AIPRP\nISED | ISDE",
             subject="AIPRP/ATIP – Demande de récupération / Retrieval request – A-2025-01187 – "
                     "Réponse requise / Response required: 2026-03-13")
    case.add("atip2", me, [atip], "2026-03-12 15:30",
             "Hello,\n\n"
             "Attached are my signed retrieval certificate and 14 pages of records (emails and my "
             "notes from the roundtable). Nothing relevant in Teams.\n\n"
             "Regards,\nÉlise Marchand, Skills and Innovation Policy", parent="atip1", sig=False,
             attachments=[pdf("A-2025-01187_Marchand_records.pdf", "A-2025-01187",
                              "Retrieval certificate - E. Marchand - 14 pages")])
    case.add("atip3", atip, [me], "2026-03-12 16:02",
             "Reçu – merci. / Received – thank you.\n\nATIP Office | Bureau de l'AIPRP",
             parent="atip2")
    case.add("atip4", atip, [me], "2026-03-20 10:15",
             "Bonjour, Hello,\n\n"
             "The ATIP Office is processing request A-2025-01302. Please review the attached 22 "
             "pages and provide your severance recommendations, with justification, by "
             "2026-03-27. If you anticipate a delay, please let us know as soon as possible.\n\n"
             "Veuillez examiner les 22 pages ci-jointes et fournir vos recommandations d'ici le "
             "2026-03-27.\n\nATIP Office | Bureau de l'AIPRP",
             subject="Consultation – A-2025-01302 – Recommandations requises / Recommendations "
                     "required: 2026-03-27",
             attachments=[pdf("A-2025-01302_review_package.pdf", "A-2025-01302",
                              "Review package - 22 pages")])

    case.add("brd1", caroline, [paul, me], "2026-03-12 11:20",
             "Hi Paul and Élise,\n\n"
             "Attached are the interview questions, the rating guide and the schedule for "
             "Tuesday's board. Three candidates: 09:00, 10:00 and 11:00. Please review the "
             "expected answers before Tuesday and flag anything that doesn't work.\n\n"
             "Reminder that the package is Protected B – please don't print it at home.\n\n"
             "Thanks,\nCaroline",
             subject="EC-04 Junior Policy Analyst – trousse du jury / board package",
             attachments=[pdf("EC04_board_package_PROTECTED_B.pdf", "PROTECTED B",
                              "EC-04 Junior Policy Analyst - board package")])
    case.add("brd2", me, [caroline], "2026-03-12 14:05",
             "Hi Caroline,\n\n"
             "The expected answer for Q3 refers to the 2023 Skills Strategy; I think it should be "
             "the 2025 refresh. Otherwise it all looks good to me.\n\nÉ.",
             parent="brd1", cc=[paul], sig=False)
    case.add("brd3", caroline, [me], "2026-03-12 15:11",
             "Good catch – fixed in v2 (attached). Paul and I will do the consensus notes right "
             "after the last candidate, and I'll circulate the consolidated rating by Friday, "
             "2026-03-20.", parent="brd2", cc=[paul],
             attachments=[pdf("EC04_board_package_v2_PROTECTED_B.pdf", "PROTECTED B",
                              "EC-04 Junior Policy Analyst - board package v2")])
    brd_desc = ("Jury d'entrevue / Interview board – 26-ISD-IA-NCR-590311\n"
                "Candidates / Candidats : 09:00 J. Fitzpatrick; 10:00 M. Osei; 11:00 P. Gill\n"
                "Board / Jury : Paul Nguyen (chair / président), Élise Marchand (peer assessor / "
                "évaluatrice), Caroline Dufresne (HR / RH)")
    case.add("brd_ics", caroline, [paul, me], "2026-03-12 11:25", brd_desc,
             subject="Jury d'entrevue / Interview board – EC-04 Junior Policy Analyst "
                     "(26-ISD-IA-NCR-590311)", sig=False,
             ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "ised-board"),
                          stamp=A("2026-03-12 11:25"), start=A("2026-03-17 09:00"),
                          end=A("2026-03-17 12:00"),
                          summary="Jury d'entrevue / Interview board – EC-04 Junior Policy "
                                  "Analyst",
                          organizer=caroline, tzid="Eastern Standard Time",
                          attendees=[(paul, "ACCEPTED", "INDIVIDUAL"),
                                     (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (("ISED 235 Queen 8E-812", "ised.235q.8e812@ised-isde.gc.ca"),
                                      "ACCEPTED", "ROOM")],
                          location="235 Queen, 8E-812", description=brd_desc,
                          prodid="Microsoft Exchange Server 2010"),
             ics_mode="outlook")
    case.add("brd_fw", caroline, [paul, me], "2026-03-18 09:30",
             "Hi both,\n\n"
             "FYI – Jordan Fitzpatrick (jordan.fitzpatrick@gmail.com), our 09:00 candidate, sent "
             "the note below. As per our practice, please don't reply directly; I'll acknowledge "
             "it on the board's behalf.\n\n"
             "Caroline\n\n"
             "-----Original Message-----\n"
             "From: Jordan Fitzpatrick <jordan.fitzpatrick@gmail.com>\n"
             "Sent: Tuesday, March 17, 2026 4:12 PM\n"
             "To: Dufresne, Caroline (ISED/ISDE) <caroline.dufresne@ised-isde.gc.ca>\n"
             "Subject: Thank you – EC-04 interview\n\n"
             "Dear Ms. Dufresne,\n\n"
             "Thank you for this morning's interview. Could you please pass my thanks on to Mr. "
             "Nguyen and Ms. Marchand as well? I enjoyed the question on skills programming and "
             "remain very interested in the position.\n\n"
             "Sincerely,\nJordan Fitzpatrick\n613-555-0111",
             subject="FW: Thank you – EC-04 interview", sig=False)
    case.add("bil_ics", marcandre, [me], "2026-03-16 08:05",
             "Quick check-in before the ADM's planning retreat; bring your workplan.",
             subject="Bilatérale / Bilateral – Élise / Marc-André",
             ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "bilateral"),
                          stamp=A("2026-03-16 08:05"), start=A("2026-03-23 14:00"),
                          end=A("2026-03-23 14:30"),
                          summary="Bilatérale / Bilateral – Élise / Marc-André",
                          organizer=marcandre, tzid="Eastern Standard Time",
                          attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                          location="8E-830",
                          description="Quick check-in before the ADM's planning retreat; bring "
                                      "your workplan.",
                          prodid="Microsoft Exchange Server 2010"),
             ics_mode="outlook")
    case.add("deck1", hui, [me], "2026-03-24 15:40",
             "Hi Élise,\n\nCould you look over the attached deck on skills data gaps for the ADM? "
             "Comments by noon tomorrow if at all possible – sorry for the short turnaround.\n\n"
             "Hui",
             subject="Deck for ADM – skills data gaps – comments?",
             attachments=[pdf("Skills_data_gaps_ADM_deck_v3.pdf", "Skills data gaps",
                              "Deck for the ADM - v3")])
    case.add("deck2", me, [hui], "2026-03-25 11:02",
             "Hi Hui,\n\nComments in track changes. The main one: the axis on slide 7 is "
             "mislabelled (it's thousands of vacancies, not percent). Nice deck otherwise.\n\nÉ.",
             parent="deck1", sig=False)
    dm_text = ("(Le français suit)\n\n"
               "Dear colleagues,\n\n"
               "The results of the latest Public Service Employee Survey are now available for "
               "our department. Thank you to everyone who took the time to respond. Over the "
               "coming weeks, each sector will hold discussions on what the results tell us and "
               "where we should focus...\n\n"
               "Chers et chères collègues,\n\n"
               "Les résultats du plus récent Sondage auprès des fonctionnaires fédéraux sont "
               "maintenant disponibles...")
    case.add("dm1", dmo, [me], "2026-03-11 12:00", dm_text,
             subject="Message de la sous-ministre : résultats du SAFF / Deputy Minister's "
                     "message: PSES results", html=html_of(dm_text), html_only=True,
             headers={"Precedence": "bulk"})
    csps_text = ("Bonjour Élise Marchand / Hello Élise Marchand,\n\n"
                 "Ceci est un rappel : vous devez terminer le cours obligatoire Fondements des "
                 "valeurs et de l'éthique (C255) d'ici le 2026-03-31.\n\n"
                 "This is a reminder that you must complete the mandatory course Values and "
                 "Ethics Foundations (C255) by 2026-03-31.\n\n"
                 "GCcampus")
    case.add("csps1", csps, [me], "2026-03-02 06:00", csps_text,
             subject="Rappel : formation obligatoire / Reminder: mandatory training (C255)",
             html=html_of(csps_text), html_only=True, headers=AUTO)

    # ---------------------------------------------------------------- condo
    case.add("condo1", sandra, [me], "2026-03-02 17:30",
             "Dear Owners,\n\n"
             "At its meeting of February 24, the Board of Directors approved a special "
             "assessment of $418,000 to fund the replacement of the parking garage membrane, as "
             "recommended in the 2025 reserve fund study. Each unit's share is based on its "
             "proportionate common interest; your statement is attached.\n\n"
             "An owners' information session will be held on Thursday, March 12 at 7:00 p.m. in "
             "the party room (and on Zoom) to answer your questions.\n\n"
             "Regards,",
             subject="Notice of Special Assessment – CCC No. 412 / Avis de cotisation spéciale",
             attachments=[pdf("CCC412_Special_Assessment_Unit1204.pdf",
                              "CCC No. 412 - Special Assessment",
                              "Unit 1204 - proportionate share: $7,912.40")])
    case.add("condo2", me, [sandra], "2026-03-03 21:10",
             "Hi Sandra,\n\n"
             "Unit 1204 here. The statement shows $7,912.40 for my unit – can owners pay in "
             "instalments, or is it one lump sum due April 1?\n\n"
             "Thanks,\nÉlise Marchand, Unit 1204", parent="condo1", sig=False)
    case.add("condo3", sandra, [me], "2026-03-04 10:20",
             "Hi Élise,\n\n"
             "The board is considering an instalment option and will discuss it at the "
             "information session on March 12. They will confirm the final payment schedule to "
             "all owners by March 31.\n\nRegards,", parent="condo2")
    case.add("condo4", sandra, [me], "2026-03-13 09:05",
             "Dear Owners,\n\n"
             "Thank you to everyone who attended last night's information session. The slides and "
             "a summary of the questions raised are attached. As a reminder, the board will "
             "confirm the payment schedule by the end of the month.\n\nRegards,",
             subject="Special assessment – information session slides and summary",
             attachments=[pdf("CCC412_info_session_2026-03-12.pdf",
                              "CCC No. 412 - Owners' information session",
                              "March 12, 2026 - slides and summary")])
    case.add("water1", mgmt_office, [me], "2026-03-16 11:00",
             "Please be advised that the domestic water supply in Tower B will be shut off on "
             "Thursday, March 19 from 9:00 a.m. to 1:00 p.m. for valve replacement.\n\n"
             "Veuillez noter que l'eau sera coupée dans la tour B le jeudi 19 mars de 9 h à "
             "13 h.\n\nManagement Office / Bureau de gestion",
             subject="Water shut-off – Thursday, March 19 / Coupure d'eau – jeudi 19 mars")

    # ---------------------------------------------------------------- hockey pool
    case.add("hockey1", dave, [me, raj, steph], "2026-03-02 08:15",
             "Morning degenerates,\n\n"
             "Week 21 standings:\n"
             "1. Steph – 1,204\n2. Dave – 1,187 (it's my pool, I'm allowed)\n3. Marc-O – 1,150\n"
             "4. Élise – 1,139\n...\n11. Raj – 902\n\n"
             "Élise climbing with a goalie on IR, respect. Raj, I have no words.\n\nDave",
             subject="Pool update – week 21 standings 🏒")
    case.add("hockey2", raj, [dave, me, steph], "2026-03-02 09:40", "Rigged.",
             parent="hockey1")
    case.add("hockey3", me, [dave, raj, steph], "2026-03-02 12:30",
             "4th with my goalie on IR. I'll take it. Raj, it's not rigged, you drafted three "
             "Leafs.", parent="hockey2", sig=False)
    case.add("hockey4", dave, [me, raj, steph], "2026-03-09 07:55",
             "Reminder: trade deadline for the pool is Friday at 3 pm, same as the real one. "
             "Swaps by email to me only, and no, Raj, you can't trade your whole roster for "
             "Steph's.\n\nDave", subject="Pool trade deadline Friday")
    case.add("hockey5", steph, [dave, me, raj], "2026-03-09 08:30",
             "I'm not trading with anyone, I'm winning 😎", parent="hockey4")
    case.add("hockey6", dave, [me, raj, steph], "2026-03-23 08:20",
             "Week 24: Steph still up top, Élise now 3rd (!!), Raj now 12th out of 11 somehow.\n\n"
             "Full sheet: https://docs.google.com/spreadsheets/d/1HkyPool2526\n\nDave",
             subject="Pool update – week 24")
    case.add("hockey7", me, [dave, raj, steph], "2026-03-23 12:10",
             "3rd!! The comeback is real.", parent="hockey6", sig=False)

    # ---------------------------------------------------------------- family
    case.add("mom1", mom, [me], "2026-03-01 19:40",
             "Allô ma chouette,\n\n"
             "Ton père et moi, on pensait faire un souper dimanche prochain, le 8, avec Camille "
             "et les enfants. Tu viendrais? Je fais un pâté chinois.\n\n"
             "Bisous,\nMaman", subject="Souper dimanche prochain?")
    case.add("mom2", me, [mom], "2026-03-01 20:15",
             "Oui, avec plaisir! J'apporte le dessert. J'arrive vers 16 h.\n\nxx É",
             parent="mom1", sig=False)
    case.add("mom3", mom, [me], "2026-03-02 07:50",
             "Parfait! Ton père dit d'apporter le chargeur de iPad qu'il t'avait prêté.\n\n"
             "Bisous", parent="mom2")
    case.add("dad1", dad, [me], "2026-03-18 20:12",
             "Salut Élise,\n\n"
             "Mon iPad dit qu'il faut faire une mise à jour mais ça marche pas. Je t'appelle "
             "jeudi soir pour que tu m'expliques.\n\n"
             "Papa\n\nEnvoyé de mon iPad",
             subject="iPad qui marche plus")
    case.add("dad2", me, [dad], "2026-03-18 21:00",
             "Pas de problème papa, je suis à la maison après 19 h jeudi. Branche-le en "
             "attendant!\n\nÉ.", parent="dad1", sig=False)
    case.add("cam1", camille, [me, mom], "2026-03-15 18:22",
             "Les photos de la fête à Zoé sont ici 🎂 https://photos.app.goo.gl/zoe7ans\n\n"
             "Elle parle encore de ton cadeau!\n\nCam",
             subject="Photos de la fête à Zoé")
    case.add("cam2", me, [camille, mom], "2026-03-15 19:05",
             "Trop mignonne avec son gâteau licorne 😍 Merci d'avoir partagé!", parent="cam1",
             sig=False)

    # ---------------------------------------------------------------- friends and book club
    case.add("maya1", maya, [me], "2026-03-10 12:14",
             "Drinks Friday? I need to hear about the job hunt. Lowertown Brewery at 5:30?\n\nM",
             subject="Friday?")
    case.add("maya2", me, [maya], "2026-03-10 12:40",
             "YES. 5:30 works – I'll grab a table if I'm there first. Lots to tell.",
             parent="maya1", sig=False)
    case.add("maya3", maya, [me], "2026-03-13 22:50",
             "That was so fun!! Good luck with all the interviews next week, you've got this 💪",
             parent="maya2")
    case.add("book1", manon, [me, lise], "2026-03-06 11:00",
             "Hi all,\n\n"
             "Next book club is Tuesday, March 24 at 7 pm at my place (14 Fairmont, apt 3). We're "
             "discussing The Salt Archive – finish it or at least pretend to.\n\n"
             "Ideas for April welcome!\n\nManon",
             subject="Book club – March 24 at my place + April pick")
    case.add("book2", lise, [manon, me], "2026-03-06 13:20",
             "I'll bring wine. For April I vote for something short, I'm drowning at work.",
             parent="book1")
    case.add("book3", me, [manon, lise], "2026-03-07 09:10",
             "Count me in, I'll bring cheese. Halfway through – no spoilers please!",
             parent="book2", sig=False)
    case.add("book4", manon, [me, lise], "2026-03-25 08:05",
             "Thanks for coming last night, everyone! April pick is Nous étions le sel de la "
             "mer; next meeting Tuesday, May 5 at Lise's.\n\nManon", parent="book3")

    # ---------------------------------------------------------------- government services
    pass_text = ("*** Le français suit l'anglais ***\n\n"
                 "We have received your passport application (file 2026-PP-7731904). Standard "
                 "processing time for applications submitted in person is 20 business days, "
                 "not including mailing time. We will contact you if we need more "
                 "information.\n\n"
                 "Nous avons reçu votre demande de passeport (dossier 2026-PP-7731904). Le délai "
                 "de traitement standard est de 20 jours ouvrables, sans compter le temps "
                 "d'envoi postal.\n\n"
                 "Do not reply to this message. / Ne répondez pas à ce message.")
    case.add("pass1", passport, [me], "2026-02-24 13:40", pass_text,
             subject="Passport application received / Demande de passeport reçue",
             html=html_of(pass_text), headers=AUTO)
    pass2_text = ("Your passport has been printed and mailed to the address in your application. "
                  "Please allow up to 10 business days for delivery.\n\n"
                  "Votre passeport a été imprimé et posté à l'adresse indiquée dans votre "
                  "demande.")
    case.add("pass2", passport, [me], "2026-03-19 05:31", pass2_text,
             subject="Your passport is on its way / Votre passeport est en route",
             html=html_of(pass2_text), headers=AUTO)
    cra_text = ("You have new mail in My Account. Sign in to view it.\n\n"
                "Vous avez du nouveau courrier dans Mon dossier. Ouvrez une session pour le "
                "consulter.\n\n"
                "For security reasons, this email does not contain personal information.")
    case.add("cra1", cra, [me], "2026-03-16 06:12", cra_text,
             subject="New mail in My Account / Nouveau courrier dans Mon dossier",
             html=html_of(cra_text), html_only=True, headers=AUTO)
    dent_text = ("Bonjour Élise,\n\n"
                 "Rappel de votre rendez-vous de nettoyage le mardi 31 mars à 8 h avec Sophie "
                 "(hygiéniste).\n\n"
                 "Reminder of your cleaning appointment on Tuesday, March 31 at 8:00 a.m.\n\n"
                 "Clinique dentaire Westboro – 613-555-0108")
    case.add("dent1", dentist, [me], "2026-03-17 10:00", dent_text,
             subject="Rappel de rendez-vous / Appointment reminder – 2026-03-31 08:00",
             headers=AUTO,
             ics=make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dentist"),
                          stamp=A("2026-03-17 10:00"), start=A("2026-03-31 08:00"),
                          end=A("2026-03-31 09:00"),
                          summary="Nettoyage / Cleaning - Clinique dentaire Westboro",
                          organizer=dentist, tzid=TZ,
                          location="Clinique dentaire Westboro, 301 Richmond Rd",
                          prodid="-//Dentrix Ascend//Appointment Reminder//EN"),
             ics_mode="publish")

    # ---------------------------------------------------------------- receipts
    def receipt(key, who, when, subject, text):
        case.add(key, who, [me], when, text, subject=subject, html=html_of(text),
                 html_only=True, headers=AUTO)

    receipt("rcpt_books", books, "2026-03-03 19:22",
            "Confirmation de commande / Order confirmation #40417",
            "Merci pour votre commande! / Thank you for your order!\n\n"
            "1 × The Salt Archive (paperback) – 24,95 $\nTaxes: 1,25 $\nTotal: 26,20 $\n\n"
            "Ramassage en magasin / In-store pickup: 2-3 business days.")
    receipt("rcpt_hydro", hydro, "2026-03-06 04:10",
            "Your Capital Hydro e-bill is ready",
            "Your bill for February 2026 is ready.\n\nAmount due: $87.42\nDue date: "
            "2026-03-27\n\nPre-authorized payment will be withdrawn on the due date.")
    receipt("rcpt_grocer", grocer, "2026-03-14 10:48",
            "Votre commande est en route / Your order is on its way",
            "Commande / Order #MF-228814\nLivraison / Delivery: aujourd'hui 12 h – 13 h\n"
            "Total: 142,67 $")
    receipt("rcpt_transit", transit, "2026-03-20 06:02",
            "Autoload receipt", "Autoload of $40.00 completed on card ending 3391.\n"
            "New balance: $52.15")

    # ---------------------------------------------------------------- newsletters and job alerts
    def bulk(key, who, when, subject, text, list_id, unsub):
        case.add(key, who, [me], when, text, subject=subject, html=html_of(text),
                 html_only=True, headers=dict(bulk_headers(list_id, unsub), **AUTO))

    bulk("nl_wire1", wire, "2026-03-05 06:30", "The Policy Wire – week of March 2",
         "This week: why every department is suddenly hiring 'AI policy' analysts; the "
         "interprovincial trade file gets another deadline; and five questions with a former "
         "Clerk on what makes a good briefing note.\n\nRead online | Unsubscribe",
         "<weekly.thepolicywire.ca>", "https://thepolicywire.ca/unsubscribe?u=em2207")
    bulk("nl_wire2", wire, "2026-03-19 06:30", "The Policy Wire – week of March 16",
         "This week: the spring staffing rush in Ottawa – interview boards, pools and how long "
         "it really takes to get an offer; plus a think tank roundup.\n\nRead online | "
         "Unsubscribe",
         "<weekly.thepolicywire.ca>", "https://thepolicywire.ca/unsubscribe?u=em2207")
    bulk("nl_daily", daily, "2026-03-24 06:00", "Capital Daily Brief: LRT, budget lock-up, "
         "and a sunny week",
         "Good morning. Stage 2 LRT testing continues; the federal budget lock-up is set for "
         "next month; and the tulips are early this year.\n\nUnsubscribe",
         "<brief.capitaldaily.ca>", "https://capitaldaily.ca/u/em2207")
    bulk("alert_gcj1", gcalerts, "2026-03-04 05:00",
         "Alerte emploi / Job alert: 9 nouvelles possibilités / 9 new opportunities",
         "Your job alert 'policy analyst – NCR' / Votre alerte 'analyste des politiques – RCN'\n\n"
         "- Policy Analyst (EC-04), Transport Canada – closing 2026-03-18\n"
         "- Senior Policy Analyst (EC-06), Finance Canada – closing 2026-03-20\n"
         "- Economist (EC-05), Bank of Canada – closing 2026-03-23\n"
         "- ... and 6 more\n\n"
         "Applications are accepted online only. Candidates will be contacted if selected for "
         "further consideration.",
         "<alerts.cfp-psc.gc.ca>", "https://emploisfp-psjobs.cfp-psc.gc.ca/alerts")
    bulk("alert_gcj2", gcalerts, "2026-03-18 05:00",
         "Alerte emploi / Job alert: 4 nouvelles possibilités / 4 new opportunities",
         "Your job alert 'policy analyst – NCR'\n\n"
         "- Policy Analyst (EC-05), Canadian Heritage – inventory, ongoing\n"
         "- Senior Analyst (EC-06), Privy Council Office – closing 2026-04-01\n"
         "- ... and 2 more\n\nYou will be contacted if selected for an interview.",
         "<alerts.cfp-psc.gc.ca>", "https://emploisfp-psjobs.cfp-psc.gc.ca/alerts")
    bulk("alert_pj", policyjobs, "2026-03-11 07:15", "6 new policy roles for you",
         "Based on your profile:\n\n- Senior Policy Advisor, a national business association "
         "(Ottawa)\n- Research Associate, a Toronto think tank (hybrid)\n- Manager, Government "
         "Relations, a health charity\n- ...\n\nApply in one click. Employers usually respond "
         "within two weeks.",
         "<alerts.policyjobs.ca>", "https://policyjobs.ca/alerts/stop?u=em2207")
    bulk("alert_npw", npworks, "2026-03-25 07:00", "Your weekly digest: 11 jobs in Ottawa",
         "New this week: Policy Lead, Director of Research, Interview Coordinator (!), and "
         "more. Interviews for several roles start next week.",
         "<digest.nonprofitworks.ca>", "https://nonprofitworks.ca/unsub?u=em2207")

    # ================================================================== FACTS
    M = case.meeting
    M("esdc_ics", A("2026-03-17 13:30"), A("2026-03-17 15:00"),
      met=[greg.email, anjali.email, nathalie.email],
      thanks={greg.email: "esdc_ty1", anjali.email: "esdc_ty1", nathalie.email: "esdc_ref2"},
      what="ESDC board of three on Teams")
    M("sle1", A("2026-03-11 09:00"), A("2026-03-11 09:40"), met=[],
      what="PSC oral test by phone; assessor unnamed")
    M("pch1", A("2026-03-12 14:00"), A("2026-03-12 15:00"),
      met=[sylvie.email, karim.email], thanks={karim.email: "karim1"},
      what="Canadian Heritage meeting at 15 Eddy")
    M("eccc_ics", A("2026-03-19 09:30"), A("2026-03-19 11:00"),
      met=["robert.thibodeau@ec.gc.ca", "hannah.kirby@ec.gc.ca", "fatima.benali@ec.gc.ca"],
      thanks={"robert.thibodeau@ec.gc.ca": "eccc_ty"}, what="ECCC board")
    M("infc1", A("2026-03-18 16:00"), None, met=[rajiv.email],
      thanks={rajiv.email: "infc_ty1"}, what="coffee with INFC director")
    M("ccmc_cal", A("2026-03-20 12:00"), A("2026-03-20 13:15"), met=[deb.email],
      what="lunch with CCMC president")
    M("byt_lev", A("2026-03-09 10:00"), A("2026-03-09 10:30"), met=[martin.email],
      thanks={martin.email: "byt_ty1"}, what="Bytown phone screen")
    M("byt_zoom", A("2026-03-24 13:00"), A("2026-03-24 14:15"),
      met=[martin.email, "catherine.dube@bytowninstitute.ca", leah.email],
      thanks={martin.email: "byt_ty3"}, what="Bytown panel on Zoom")
    M("caafp_cal", A("2026-03-23 15:00"), A("2026-03-23 15:45"), met=[thomas.email],
      what="CAAFP conversation (Calendly)")
    M("rfi1", A("2026-03-13 10:00"), A("2026-03-13 11:00"), met=[michelle.email],
      what="Regulatory Futures interview in person")
    M("dpf1", A("2026-03-18 14:00"), A("2026-03-18 14:30"), met=[], status="noshow",
      what="DPF phone screen; the recruiter never called")
    M("nrc1", A("2026-03-23 11:00"), A("2026-03-23 11:30"), met=[owen.email], status="moved",
      what="NRCan chat, moved")
    M("nrc1", A("2026-03-27 11:00"), A("2026-03-27 11:30"), met=[owen.email],
      status="scheduled", what="NRCan chat, new time")
    M("hc_ics", A("2026-03-18 10:00"), A("2026-03-18 11:30"), met=["lisa.chen@hc-sc.gc.ca"],
      status="cancelled", what="Health Canada interview, process cancelled")
    # not job search
    M("brd_ics", A("2026-03-17 09:00"), A("2026-03-17 12:00"), job=False,
      what="ISED board where Élise is the peer assessor")
    M("bil_ics", A("2026-03-23 14:00"), A("2026-03-23 14:30"), job=False, what="bilateral")
    M("condo1", A("2026-03-12 19:00"), A("2026-03-12 20:30"), job=False,
      what="condo information session")
    M("mom1", A("2026-03-08 16:00"), None, job=False, what="family dinner")
    M("maya1", A("2026-03-13 17:30"), None, job=False, what="drinks with Maya")
    M("book1", A("2026-03-24 19:00"), A("2026-03-24 21:00"), job=False, what="book club")
    M("book1", A("2026-05-05 19:00"), None, job=False, status="scheduled",
      what="next book club")
    M("dent1", A("2026-03-31 08:00"), A("2026-03-31 09:00"), job=False, status="scheduled",
      what="dentist")

    R = case.promise
    R("esdc_ref1", "esdc_ref3", nathalie.email, "2026-04-03")
    R("pch1", "pch4", sylvie.email, "2026-03-20")
    R("eccc1", "eccc3", melanie.email, "2026-03-27")
    R("infc_ty1", "infc_ty2", rajiv.email, "2026-03-20")
    R("byt1", "byt1", leah.email, "2026-03-13", answered_by="byt5")
    R("byt_ty3", "byt_ty4", martin.email, "2026-04-01")
    R("conf1", "conf2", amanda.email, "2026-03-16")
    R("caafp1", "caafp3", thomas.email, "2026-04-15")
    R("dpf1", "dpf3", sam.email, "2026-03-23")
    # not a follow-up the user is owed: a referee's promise to ESDC, automated notices,
    # her own department's board, her condo, her father
    R("joanne1", "joanne1", joanne.email, "2026-03-23", job=False)
    R("sle1", "sle1", sle.email, "2026-03-25", job=False)
    R("pass1", "pass1", passport.email, "2026-03-24", job=False)
    R("brd1", "brd3", caroline.email, "2026-03-20", job=False)
    R("condo1", "condo3", sandra.email, "2026-03-31", job=False)
    R("dad1", "dad1", dad.email, "2026-03-19", job=False)

    # ================================================================== THREADS
    T = case.thread
    T("gcj_app", True, "application", "Environment and Climate Change Canada",
      "GC Jobs acknowledgement (bilingual, no-reply) for 26-ECC-EA-NCR-591027")
    T("gcj_screen", True, "application", "Employment and Social Development Canada",
      "GC Jobs: screened in for 26-CSD-EA-NCR-584213; undated 'the hiring organization will "
      "contact you'")
    T("gcj_pool", True, "application", "Statistics Canada",
      "GC Jobs: found qualified and placed in an EC-04 pool; automated, nothing owed")
    T("esdc_exam1", True, "application", "Employment and Social Development Canada",
      "take-home written exam 2026-03-03 09:00-12:00 sent and returned by email; no meeting; "
      "auto-reply from the staffing mailbox")
    T("esdc_inv1", True, "interview", "Employment and Social Development Canada",
      "three slots offered, Tue 2026-03-17 13:30 picked in the reply; board named without "
      "addresses")
    T("esdc_ics", True, "interview", "Employment and Social Development Canada",
      "Outlook/Teams invite (Eastern Standard Time) Tue Mar 17 13:30-15:00 with Greg, Anjali "
      "and Nathalie (organizer, HR on the board); Greg and Anjali thanked by one note, Nathalie "
      "by 'Thank you for the good news' in the reference reply")
    T("esdc_ty1", True, "interview", "Employment and Social Development Canada",
      "one thank-you note to two panelists on Mar 17 18:40; Greg answers, no date")
    T("esdc_ref1", True, "interview", "Employment and Social Development Canada",
      "reference check request; Élise thanks Nathalie and names referees; 'results ... "
      "communicated to all candidates by 2026-04-03' still ahead")
    T("joanne1", True, "interview", "Employment and Social Development Canada",
      "referee (retired former manager, gmail) will return ESDC's questionnaire 'by Monday': a "
      "promise to ESDC, not to Élise")
    T("sle1", True, "interview", "Public Service Commission of Canada",
      "automated SLE booking with ICS, oral test by phone 2026-03-11 09:00-09:40, assessor "
      "unnamed; 'results within 10 business days' is automated")
    T("pch1", True, "interview", "Canadian Heritage",
      "French: meeting 'le jeudi 12 mars à 14 h' (about an hour) with Sylvie and Karim "
      "(address in the text); Karim thanked in a new thread, Sylvie never; Mon Mar 16 'Je "
      "vous reviens d'ici vendredi' (Mar 20), no word since")
    T("karim1", True, "interview", "Canadian Heritage",
      "thank-you to Karim the same evening; his reply (Mar 13) predates Sylvie's promise")
    T("eccc1", True, "interview", "Environment and Climate Change Canada",
      "staffing assistant convenes the Mar 19 09:30 interview, board named without addresses; "
      "on Mar 20 she relays the chair's 'results by Friday, March 27' (ahead)")
    T("eccc_ics", True, "interview", "Environment and Climate Change Canada",
      "Outlook invite (UTC) organized by the staffing assistant, who is not on the board; "
      "board and addresses only in the description, plus a room; only the chair was thanked")
    T("eccc_ty", True, "interview", "Environment and Climate Change Canada",
      "thank-you to the chair only, asking him to pass thanks to Hannah and Fatima (no reply)")
    T("infc1", True, "networking", "Infrastructure Canada",
      "introduction by her former professor; 'a quarter of an hour' asked; coffee Wed Mar 18 "
      "16:00 agreed in words, no end time")
    T("infc_ty1", True, "networking", "Infrastructure Canada",
      "thank-you after the coffee; the director replies 'I'll get back to you by Friday with "
      "names' (Mar 20) and goes silent")
    T("ccmc1", True, "networking", "Canadian Critical Minerals Council",
      "networking lunch asked for after a breakfast talk ('we're thinking about adding a "
      "policy director'); the EA proposes Fri Mar 20 at noon; 'Thanks!' only before")
    T("ccmc_cal", True, "networking", "Canadian Critical Minerals Council",
      "Google Calendar invite sent by the EA (organizer, not at the lunch): lunch with the "
      "president Fri Mar 20 12:00-13:15; never thanked")
    T("byt1", True, "interview", "Bytown Institute",
      "Leah's 'we aim to let every candidate know by Friday, March 13' kept on Mar 12 (panel "
      "invite, two other candidates); brief sent Mar 20 with a 'Thanks' before the panel")
    T("byt_lev", True, "interview", "Bytown Institute",
      "Lever confirmation (HTML only, no ICS) naming the interviewer and his address; phone "
      "screen Mon Mar 9 10:00-10:30, thanked")
    T("byt_ty1", True, "interview", "Bytown Institute", "thank-you after the phone screen")
    T("byt_zoom", True, "interview", "Bytown Institute",
      "Zoom panel Tue Mar 24 13:00-14:15; agenda has Leah (organizer) open and close the call; "
      "only Martin thanked")
    T("byt_ty3", True, "interview", "Bytown Institute",
      "thank-you to Martin; his reply: decision Friday, 'you'll hear from us early next week'")
    T("conf1", True, "application", "Confluence Policy Institute",
      "application by email; coordinator's 'we will contact shortlisted candidates within the "
      "next couple of weeks' (Mar 2), nothing since")
    T("caafp1", True, "recruiter", "Canadian Association of Agri-Food Processors",
      "VP reaches out, 'a conversation?', Calendly link; after the call sends the draft JD and "
      "'short list ... by mid-April'")
    T("caafp_cal", True, "interview", "Canadian Association of Agri-Food Processors",
      "Calendly confirmation with ICS: Mon Mar 23 15:00-15:45 with Thomas; never thanked")
    T("rfi1", True, "rejection", "Regulatory Futures Institute",
      "'this email confirms your interview with me on Friday, March 13 from 10:00 to 11:00'; "
      "gentle rejection Mar 17; the interview was never thanked")
    T("dpf1", True, "interview", "Digital Policy Forum",
      "Greenhouse confirmation in Pacific time (11:00 PT = 14:00 ET); recruiter never called; "
      "'I'll send you new times on Monday' (Mar 23), nothing since")
    T("nrc1", True, "networking", "Natural Resources Canada",
      "'Priya ... had very good things to say about you. Could we talk on Monday?'; moved to "
      "Fri Mar 27 11:00, 'Friday works.'")
    T("hc_ics", True, "interview", "Health Canada",
      "Outlook invite for Wed Mar 18 10:00 with the manager and a room")
    T("hc_cancel", True, "interview", "Health Canada",
      "ICS CANCEL: the selection process was cancelled")
    T("bn1", False, None, "Innovation, Science and Economic Development Canada",
      "briefing note drafting at her current job")
    T("atip1", False, None, "Innovation, Science and Economic Development Canada",
      "ATIP retrieval request at her current job")
    T("atip4", False, None, "Innovation, Science and Economic Development Canada",
      "ATIP consultation; the deadline is hers, not a promise to her")
    T("brd1", False, None, "Innovation, Science and Economic Development Canada",
      "staffing board package: Élise is the peer assessor (hiring side); 'consolidated rating "
      "by Friday, 2026-03-20'")
    T("brd_ics", False, None, "Innovation, Science and Economic Development Canada",
      "Outlook invite for the board she sits on, Tue Mar 17 09:00-12:00")
    T("brd_fw", False, None, "Innovation, Science and Economic Development Canada",
      "HR forwards a candidate's thank-you to the board; do not reply directly")
    T("bil_ics", False, None, "Innovation, Science and Economic Development Canada",
      "bilateral with her director Mon Mar 23")
    T("deck1", False, None, "Innovation, Science and Economic Development Canada",
      "colleague's deck for comments")
    T("dm1", False, None, "Innovation, Science and Economic Development Canada",
      "Deputy Minister's all-staff message")
    T("csps1", False, None, "Canada School of Public Service", "mandatory training reminder")
    T("condo1", False, None, "Capital Condominium Management",
      "special assessment; information session Mar 12; board to confirm schedule by Mar 31")
    T("condo4", False, None, "Capital Condominium Management", "info session slides")
    T("water1", False, None, "Capital Condominium Management", "water shut-off notice")
    T("hockey1", False, None, None, "hockey pool standings")
    T("hockey4", False, None, None, "hockey pool trade deadline")
    T("hockey6", False, None, None, "hockey pool standings")
    T("mom1", False, None, None, "mother, in French: Sunday dinner on Mar 8")
    T("dad1", False, None, None, "father, in French: 'Je t'appelle jeudi soir'")
    T("cam1", False, None, None, "sister's photos")
    T("maya1", False, None, None, "friend: drinks Fri Mar 13, asks about the job hunt")
    T("book1", False, None, None, "book club Tue Mar 24; next on May 5")
    T("pass1", False, None, "Service Canada",
      "passport application received; '20 business days' (automated)")
    T("pass2", False, None, "Service Canada", "passport mailed")
    T("cra1", False, None, "Canada Revenue Agency", "My Account notification")
    T("dent1", False, None, "Clinique dentaire Westboro", "dentist reminder with ICS PUBLISH")
    T("rcpt_books", False, None, "Librairie Rideau", "receipt")
    T("rcpt_hydro", False, None, "Capital Hydro", "bill")
    T("rcpt_grocer", False, None, "Marché Frais", "receipt")
    T("rcpt_transit", False, None, "Capital Transit Card", "receipt")
    T("nl_wire1", False, None, "The Policy Wire", "newsletter")
    T("nl_wire2", False, None, "The Policy Wire", "newsletter about staffing")
    T("nl_daily", False, None, "Capital Daily Brief", "newsletter")
    T("alert_gcj1", False, None, "GC Jobs", "job alert")
    T("alert_gcj2", False, None, "GC Jobs", "job alert")
    T("alert_pj", False, None, "PolicyJobs.ca", "job alert")
    T("alert_npw", False, None, "NonprofitWorks", "job alert")

    # ================================================================== LABELS
    E = case.expect
    E("thank_you", "pch1", sylvie.email,
      "met Thu Mar 12 14:00-15:00 ('le jeudi 12 mars à 14 h', about an hour); only Karim was "
      "thanked; overdue since Mar 13 15:00, stale only from Mar 26 17:00")
    E("callback", "pch1", sylvie.email,
      "Mon Mar 16 'Je vous reviens d'ici vendredi' = Fri Mar 20; nothing from pch.gc.ca since; "
      "due end of Tue Mar 24", promised="2026-03-20")
    E("thank_you", "eccc_ics", "hannah.kirby@ec.gc.ca",
      "on the Mar 19 board (address only in the invite's description); the note to the chair "
      "asking him to pass on thanks was not sent to her; overdue since Mar 20 11:00")
    E("thank_you", "eccc_ics", "fatima.benali@ec.gc.ca",
      "HR advisor on the Mar 19 board (address only in the description); not thanked; "
      "overdue since Mar 20 11:00")
    E("callback", "infc_ty1", rajiv.email,
      "'I'll get back to you by Friday with names' (Thu Mar 19, so Fri Mar 20); nothing from "
      "infc.gc.ca since; due end of Tue Mar 24", promised="2026-03-20")
    E("thank_you", "ccmc_cal", deb.email,
      "lunch Fri Mar 20 12:00-13:15 (this invite) took place; the only 'Thanks!' (cc to her) "
      "was on Feb 18; nothing after the lunch; overdue since Mar 21 13:15")
    E("thank_you", "byt_zoom", "catherine.dube@bytowninstitute.ca",
      "panelist on Tue Mar 24 13:00-14:15; only Martin was thanked; overdue since Mar 25 14:15")
    E("thank_you", "byt_zoom", leah.email,
      "organizer who ran the opening and the closing Q&A of the panel (agenda); her 'Thanks' "
      "on Mar 20 came before the panel; overdue since Mar 25 14:15")
    E("callback", "conf1", amanda.email,
      "'within the next couple of weeks' from Mon Mar 2 = Mar 16 (three weeks, Mar 23, gives "
      "the same answer); nothing since; due end of Wed Mar 18", promised="2026-03-16")
    E("thank_you", "caafp_cal", thomas.email,
      "Calendly conversation Mon Mar 23 15:00-15:45 took place; no note (his follow-up mail "
      "does not count); overdue since Mar 24 15:45")
    E("thank_you", "rfi1", michelle.email,
      "interview Fri Mar 13 10:00-11:00 never thanked; the rejection of Mar 17 ends callbacks, "
      "not the thank-you; overdue since Mar 14 11:00, stale only from Mar 27 13:00")
    E("callback", "dpf1", sam.email,
      "after missing the call, 'I'll send you new times on Monday' (Mar 23); nothing since; "
      "due end of Wed Mar 25", promised="2026-03-23")

    F = case.forbid
    F("esdc_ics", anjali.email,
      "panelist thanked by the joint note to Greg and Anjali on Mar 17 18:40")
    F("esdc_ics", nathalie.email,
      "HR advisor on the board, thanked in her Mar 19 reply with the referees ('Thank you for "
      "the good news'); 'results by 2026-04-03' still ahead")
    F("gcj_pool", gcjobs.email, "automated GC Jobs notice (pool placement); nothing to answer")
    F("sle1", sle.email,
      "automated SLE scheduler; the assessor was never named; 'within 10 business days' is "
      "automated")
    F("pch1", karim.email, "sat in on Mar 12 and was thanked in a new thread that evening")
    F("eccc_ics", melanie.email,
      "staffing assistant who sent the invite; not on the board (not met); her relay of "
      "'results by Friday, March 27' is still ahead")
    F("eccc_ics", "robert.thibodeau@ec.gc.ca", "board chair thanked on Mar 19 15:10")
    F("infc1", alain.email,
      "the referrer, a retired professor: not at the coffee and promised nothing (thanked Feb 26)")
    F("ccmc_cal", jasmine.email,
      "EA who arranged the lunch and sent the invite; she was not at the lunch")
    F("caafp_cal", calendly.email, "automated scheduler sender (no-reply@calendly.com)")
    F("byt_zoom", martin.email,
      "thanked on Mar 24 17:20; 'you'll hear from us early next week' (Mar 30-Apr 1) is ahead")
    F("nrc1", owen.email,
      "chat moved from Mon Mar 23 11:00 to Fri Mar 27 11:00 ('Friday works.'): still ahead")
    F("hc_ics", "lisa.chen@hc-sc.gc.ca",
      "interview of Mar 18 cancelled on Mar 13 with the process (ICS CANCEL)")
    F("joanne1", joanne.email,
      "her referee: 'have it back to her by Monday' is a promise to ESDC, not to Élise, from "
      "someone outside the hiring organisation")
    F("brd_ics", paul.email,
      "interview board at her current department where Élise is the peer assessor (hiring "
      "side): no thank-you owed")
    F("brd_fw", "jordan.fitzpatrick@gmail.com",
      "a candidate she assessed; HR asked the board not to reply; not her job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
