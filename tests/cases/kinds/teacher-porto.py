#!/usr/bin/env python3
"""teacher-porto: Inês Carvalho Sousa, a secondary-school teacher in Porto moving into
instructional design / edtech.  A sealed case, written blind (tests/cases/BRIEF.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt

LIS = "Europe/Lisbon"
DUB = "Europe/Dublin"
SAO = "America/Sao_Paulo"

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"

WD_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
         "sábado", "domingo"]
WD_PT_SHORT = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]
MONTHS_BR_SHORT = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.",
                   "out.", "nov.", "dez."]


def pdf(*lines):
    return make_pdf(list(lines))


CV_LINES = (
    "Ines Carvalho Sousa",
    "Porto, Portugal | +351 913 482 765 | ines.carvalho.sousa@example.pt",
    "Portfolio: inescsousa.example.pt",
    "",
    "EXPERIENCE",
    "2014-present  Teacher of English and Portuguese (secondary), Escola Secundaria das Fontainhas, Porto",
    "  - Led the school's move to Moodle (2020-21); trained 40+ colleagues in blended learning",
    "  - Designed self-paced units for Years 10-12 (H5P, Genially, Google Forms)",
    "  - Member of the school's digital development team (PADDE), 2021-present",
    "2012-2014  Teacher of English, Agrupamento de Escolas de Valongo",
    "",
    "EDUCATION AND TRAINING",
    "2025  Certificate in Instructional Design and Online Learning (120 h)",
    "2012  Professional Master's in Teaching English and Portuguese, Universidade do Porto",
    "2009  Licenciatura in Modern Languages and Literatures, Universidade do Porto",
    "",
    "LANGUAGES  Portuguese (native), English (C2), Spanish (B2)",
)


def build():
    now = dt.datetime(2026, 3, 31, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    user = {"name": "Inês Carvalho Sousa", "emails": ["ines.carvalho.sousa@example.pt"],
            "phone": "+351 913 482 765", "timezone": LIS}
    case = Case(
        "teacher-porto",
        "Secondary-school teacher in Porto moving into instructional design and edtech; "
        "Portuguese, Brazilian and English mail, late February to Tuesday 31 March 2026",
        user, now, "")
    me = Person("Inês Carvalho Sousa", "ines.carvalho.sousa@example.pt", tz=LIS,
                style="webmail", msgid_domain="example.pt", locale="pt")
    case.me = me

    # ------------------------------------------------------------------ helpers
    def quote_block(replier, parent):
        ps = parent.sender
        t = parent.date.astimezone(replier.tz)
        if replier.style == "outlook":
            to = "; ".join(p.shown() for p in parent.to)
            cc = "; ".join(p.shown() for p in parent.cc)
            if replier.locale == "en":
                head = ("From: %s\nSent: %s, %s %d, %d %s\nTo: %s\n%sSubject: %s"
                        % (ps.shown(), t.strftime("%A"), t.strftime("%B"), t.day, t.year,
                           clock12(t), to, "Cc: %s\n" % cc if cc else "", parent.subject))
            else:
                head = ("De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\n%sAssunto: %s"
                        % (ps.shown(), WD_PT[t.weekday()], t.day, MONTHS_PT[t.month - 1],
                           t.year, t.strftime("%H:%M"), to, "Cc: %s\n" % cc if cc else "",
                           parent.subject))
            return "________________________________\n" + head + "\n\n" + parent.text
        if replier.style == "webmail":
            head = "Em %s %02d/%02d/%d às %s, %s escreveu:" % (
                WD_PT_SHORT[t.weekday()], t.day, t.month, t.year, t.strftime("%H:%M"),
                ps.shown())
        elif replier.locale == "br":
            head = "Em %s %d de %s de %d às %s, %s escreveu:" % (
                WD_PT_SHORT[t.weekday()], t.day, MONTHS_BR_SHORT[t.month - 1], t.year,
                t.strftime("%H:%M"), ps.shown())
        elif replier.locale == "pt":
            head = "%s escreveu no dia %s, %d/%02d/%d à(s) %s:" % (
                ps.shown(), WD_PT[t.weekday()].split("-")[0], t.day, t.month, t.year,
                t.strftime("%H:%M"))
        else:
            head = "On %s, %d %s %d at %s, %s wrote:" % (
                t.strftime("%a"), t.day, t.strftime("%b"), t.year, t.strftime("%H:%M"),
                ps.shown())
        quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line))
                           if line else ">" for line in parent.text.rstrip("\n").split("\n"))
        return head + "\n" + quoted + "\n"

    def say(key, sender, to, when, body, parent=None, subject=None, sig=None, quote=True,
            **kw):
        text = body.strip("\n") + "\n"
        s = sender.sig if sig is None else sig
        if s:
            text += "\n" + s.strip("\n") + "\n"
        if quote and parent:
            text += "\n" + quote_block(sender, case.by_key[parent])
        return case.add(key, sender, to, when, text, parent=parent, subject=subject,
                        sig=False, quote=False, **kw)

    at = case.at

    def atz(s, tz):
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))

    SIG_PT = "Inês Carvalho Sousa\nTelemóvel: +351 913 482 765"
    SIG_EN = ("Inês Carvalho Sousa\nTeacher of English & Portuguese · Instructional design "
              "portfolio: inescsousa.example.pt\n+351 913 482 765")
    IPHONE = "Enviado do meu iPhone"

    # ================================================================== PEOPLE
    # Corrib Learning (Dublin, remote)
    aoife = Person("Aoife Brennan", "aoife.brennan@corriblearning.ie", tz=DUB, style="gmail",
                   locale="en", sig="Aoife Brennan\nTalent Partner | Corrib Learning\n"
                   "+353 1 555 0187 | corriblearning.ie")
    niamh = Person("Niamh Gallagher", "niamh.gallagher@corriblearning.ie", tz=DUB,
                   style="gmail", locale="en")
    ciaran = Person("Ciarán Doyle", "ciaran.doyle@corriblearning.ie", tz=DUB, style="gmail",
                    locale="en")
    greenhouse = Person("Corrib Learning", "no-reply@us.greenhouse-mail.io", tz=DUB,
                        style="auto", auto=True, msgid_domain="us.greenhouse-mail.io")
    goodtime = Person("Corrib Learning", "no-reply@goodtime.io", tz=DUB, style="auto",
                      auto=True)
    # Tagus Bay International School (Parede, Lisbon)
    sofia = Person("Sofia Antunes", "sofia.antunes@tagusbay-is.pt", tz=LIS, style="outlook",
                   locale="en", region="eurprd04",
                   sig="Sofia Antunes\nHR Officer\nTagus Bay International School\n"
                   "Rua das Acácias 12, 2775-105 Parede, Portugal\nT +351 214 555 310")
    helen = Person("Helen Marsh", "helen.marsh@tagusbay-is.pt", tz=LIS, style="outlook",
                   locale="en", region="eurprd04",
                   sig="Helen Marsh\nHead of Secondary\nTagus Bay International School")
    tomas = Person("Tomás Reis", "tomas.reis@tagusbay-is.pt", tz=LIS, style="outlook",
                   locale="en", region="eurprd04")
    # Trilha Educação (São Paulo)
    camila = Person("Camila Rocha", "camila.rocha@trilhaedu.com.br", tz=SAO, style="gmail",
                    locale="br", sig="Camila Rocha\nTalent Acquisition | Trilha Educação\n"
                    "+55 11 95555-0143")
    camila_cal = Person("Camila Rocha", "camila.rocha@trilhaedu.com.br", tz=SAO, style="gcal",
                        locale="br")
    # Fundação Aurora para a Educação (Porto)
    carla = Person("Carla Neves", "carla.neves@fundacaoaurora.org.pt", tz=LIS, style="outlook",
                   locale="pt", region="eurprd06",
                   sig="Carla Neves\nAssistente de Direção\nFundação Aurora para a Educação\n"
                   "Rua de Cedofeita 411, 4050-181 Porto\nTel.: +351 222 555 071")
    leonor = Person("Leonor Saraiva", "leonor.saraiva@fundacaoaurora.org.pt", tz=LIS,
                    style="outlook", locale="pt", region="eurprd06",
                    sig="Leonor Saraiva\nDiretora de Programas\nFundação Aurora para a Educação")
    vasco = Person("Vasco Pimentel", "vasco.pimentel@fundacaoaurora.org.pt", tz=LIS,
                   style="outlook", locale="pt", region="eurprd06")
    recrutamento = Person("Recrutamento – Fundação Aurora",
                          "recrutamento@fundacaoaurora.org.pt", tz=LIS, style="outlook")
    # Pirilampo Learning (Lisbon)
    goncalo = Person("Gonçalo Ferraz", "goncalo.ferraz@pirilampo-learning.pt", tz=LIS,
                     style="outlook", locale="pt", region="eurprd08",
                     sig="Gonçalo Ferraz\nLearning Product Lead\nPirilampo Learning · Lisboa\n"
                     "+351 21 555 0489")
    sara = Person("Sara Lemos", "sara.lemos@pirilampo-learning.pt", tz=LIS, style="outlook",
                  locale="pt", region="eurprd08",
                  sig="Sara Lemos\nPeople & Culture\nPirilampo Learning\npirilampo-learning.pt")
    # Aprende+ (Braga)
    nuno = Person("Nuno Barros", "nuno.barros@aprendemais.pt", tz=LIS, style="outlook",
                  locale="pt", region="eurprd02",
                  sig="Nuno Barros\nTalent Acquisition Specialist\nAprende+ | Braga\n"
                  "+351 253 555 118")
    mariana = ("Mariana Cunha", "mariana.cunha@aprendemais.pt")
    # ISETP
    miguel = Person("Miguel Ataíde", "miguel.ataide@isetp.pt", tz=LIS, style="outlook",
                    locale="pt", region="eurprd05",
                    sig="Miguel Ataíde\nProfessor Adjunto | Coordenador do Gabinete de Ensino "
                    "a Distância\nInstituto Superior de Educação e Tecnologia do Porto\n"
                    "Rua do Amial 650, 4200-055 Porto · Ext. 2417")
    # Grupo Atlântida via SmartRecruiters
    smartr = Person("Grupo Atlântida", "no-reply@smartrecruiters.com", tz=LIS, style="auto",
                    auto=True)
    # Vértice Talent (agency)
    marta = Person("Marta Pinheiro", "marta.pinheiro@verticetalent.pt", tz=LIS,
                   style="outlook", locale="pt", region="eurprd03",
                   sig="Marta Pinheiro\nSenior Consultant – Education & Training\n"
                   "Vértice Talent | Porto\nAv. da Boavista 1837, 6.º, 4100-133 Porto\n"
                   "M +351 936 555 204 | www.verticetalent.pt")
    # Mosaico Digital
    teresa = Person("Teresa Vilaça", "teresa.vilaca@mosaicodigital.pt", tz=LIS, style="gmail",
                    locale="pt")
    # Granito Software / Joana
    joana = Person("Joana Mendes", "joana.mendes.prof@gmail.com", tz=LIS, style="gmail",
                   locale="pt")
    filipa = Person("Filipa Moura", "filipa.moura@granitosoftware.pt", tz=LIS, style="gmail",
                    locale="pt", sig="Filipa Moura\nHead of Learning · Granito Software\n"
                    "+351 220 555 612")
    # Universidade Atlântica do Norte
    hugo = Person("Hugo Pestana", "hugo.pestana@uatlanticanorte.pt", tz=LIS, style="outlook",
                  locale="pt", region="eurprd07",
                  sig="Hugo Pestana\nCoordenador da Unidade de Ensino a Distância\n"
                  "Universidade Atlântica do Norte\nTel. +351 226 555 380 (ext. 5120)")
    # Referees
    graca = Person("Graça Barbosa", "gracabarbosa55@sapo.pt", tz=LIS, style="webmail",
                   msgid_domain="sapo.pt")
    # School (current job)
    paulo = Person("Paulo Rebelo", "paulo.rebelo@esfontainhas.edu.pt", tz=LIS, style="gmail",
                   locale="pt", sig="Paulo Rebelo\nSubdiretor\nEscola Secundária das Fontainhas")
    anacris = ("Ana Cristina Matos", "anacristina.matos@esfontainhas.edu.pt")
    armando = Person("Armando Queirós", "armando.queiros@esfontainhas.edu.pt", tz=LIS,
                     style="gmail", locale="pt")
    direcao = Person("Direção – ES Fontainhas", "direcao@esfontainhas.edu.pt", tz=LIS,
                     style="gmail", locale="pt")
    docentes = Person("Docentes ES Fontainhas", "docentes@esfontainhas.edu.pt", tz=LIS)
    luisa = Person("Luísa Fonseca", "luisa.fonseca@esfontainhas.edu.pt", tz=LIS,
                   style="gmail", locale="pt")
    luisa_cal = Person("Luísa Fonseca", "luisa.fonseca@esfontainhas.edu.pt", tz=LIS,
                       style="gcal", locale="pt")
    linguas = Person("Departamento de Línguas", "dep.linguas@esfontainhas.edu.pt", tz=LIS)
    inovar = Person("Inovar Alunos – ES Fontainhas", "inovar-noreply@esfontainhas.edu.pt",
                    tz=LIS, style="auto", auto=True)
    # Friends and family
    rita = Person("Rita Amaral", "ritinha.amaral@gmail.com", tz=LIS, style="gmail", locale="pt")
    mae = Person("Fátima Carvalho", "fatima.carvalho1958@sapo.pt", tz=LIS, style="webmail",
                 msgid_domain="sapo.pt")
    pedro = Person("Pedro Sousa", "pedro.m.sousa@gmail.com", tz=LIS, style="gmail", locale="pt")
    catarina = Person("Catarina Carvalho", "catarina.carvalho.lx@gmail.com", tz=LIS,
                      style="gmail", locale="pt")
    clube = Person("FC Arca d'Água – Futebol de Formação", "formacao@fcarcadagua.pt", tz=LIS,
                   style="gmail", locale="pt")
    madalena = Person("Madalena Freitas", "madalena.freitas.cat@gmail.com", tz=LIS,
                      style="gmail", locale="pt")
    paroquia = Person("Paróquia da Senhora da Luz do Bonfim", "paroquia.sluzbonfim@gmail.com",
                      tz=LIS, style="gmail", locale="pt")
    escola_duarte = Person("Helena Vieira", "helena.vieira@ebcampo24agosto.pt", tz=LIS,
                           style="gmail", locale="pt")
    # Services
    ctt = Person("CTT", "notificacoes@ctt.pt", tz=LIS, style="auto", auto=True)
    edp = Person("EDP", "nao-responder@edp.pt", tz=LIS, style="auto", auto=True)
    dentista = Person("Clínica Dentária Sorriso das Antas", "marcacoes@sorrisodasantas.pt",
                      tz=LIS, style="webmail")
    ldw = Person("Learning Design Weekly", "hello@learningdesignweekly.com", tz="Europe/London",
                 style="auto", auto=True)
    edurede = Person("Educação em Rede", "newsletter@educacaoemrede.pt", tz=LIS, style="auto",
                     auto=True)
    vagas = Person("VagasJá", "alertas@vagasja.pt", tz=LIS, style="auto", auto=True)
    ada = Person("Academia Digital Aberta", "noreply@academiadigitalaberta.pt", tz=LIS,
                 style="auto", auto=True)
    financas = Person("Portal das Finanças", "naoresponder@at.gov.pt", tz=LIS, style="auto",
                      auto=True)
    livraria = Person("Livraria Página a Página", "encomendas@pagina-a-pagina.pt", tz=LIS,
                      style="auto", auto=True)
    cp = Person("CP – Comboios de Portugal", "noreply@cp.pt", tz=LIS, style="auto", auto=True)

    # ==================================================================
    # JOB SEARCH
    # ==================================================================

    # ---------------------------------------------------------- Corrib Learning
    say("c1a", greenhouse, [me], "2026-02-23 21:14", """Hi Inês,

Thanks for applying for the Instructional Designer (Remote, EU) role at Corrib Learning!

Our team will review your application over the coming weeks, and we'll be in touch if your experience is a good match for what we're looking for. In the meantime, you can read more about how we build learning at corriblearning.ie/how-we-work.

Best wishes,
The Corrib Learning Talent Team

Please do not reply to this email: this mailbox is not monitored.
""", subject="Thank you for applying to Corrib Learning", headers=AUTO,
        html=html_of("Hi Inês,\n\nThanks for applying for the Instructional Designer (Remote, EU) "
                     "role at Corrib Learning!\n\nOur team will review your application over the "
                     "coming weeks, and we'll be in touch if your experience is a good match for "
                     "what we're looking for.\n\nBest wishes,\nThe Corrib Learning Talent Team"))
    case.thread("c1a", True, "application", "Corrib Learning",
                "Greenhouse acknowledgement of the portal application of Mon 23 Feb; no person "
                "to write to")

    say("c2a", aoife, [me], "2026-03-02 11:32", """Hi Inês,

I hope you're well! I'm the Talent Partner at Corrib Learning, and I've just been reading your application for our Instructional Designer role. I loved the self-paced units you built for your Year 11s, and the way you trained colleagues through the move to Moodle – the team were keen for me to reach out.

Would you be free for a 30-minute call with me this week? It's an informal first chat: a bit about you, a bit about Corrib and the role, and whatever questions you have. I could do any of these (Irish time, which I think is the same as Lisbon?):

- Wednesday 4 March, 4:00pm
- Thursday 5 March, 5:00pm
- Friday 6 March, 12:30pm

If none of those suit, just let me know and we'll find something else.

Kind regards,
""", subject="Corrib Learning – Instructional Designer (Remote, EU)")
    say("c2b", me, [aoife], "2026-03-02 20:47", """Hi Aoife,

Thank you for getting in touch – I'd be very glad to talk. Thursday 5 March at 5pm suits me best (and yes, Lisbon and Dublin keep the same clock all year round).

The best number to reach me on is +351 913 482 765.

Kind regards,
Inês
""", parent="c2a", sig="")
    say("c2c", aoife, [me], "2026-03-03 09:05", """Perfect – I'll ring you on Thursday at 5pm. Talk then!

Aoife
""", parent="c2b", sig="")
    say("c2d", me, [aoife], "2026-03-05 18:52", """Hi Aoife,

Thank you for the call this afternoon, and for taking the time to explain how the learning design team works alongside the product squads. It was reassuring to hear that you value classroom experience: designing for twenty-eight fifteen-year-olds at 8:30 on a Monday is a good school for designing for busy adults.

I'm looking forward to the design task, and I'm happy to answer anything else in the meantime.

Best regards,
""", parent="c2c", sig=SIG_EN)
    say("c2e", aoife, [me], "2026-03-06 10:20", """Hi Inês,

It was great to chat yesterday – thanks for being so open about why you want to make the move.

As promised, here's the design task (brief attached). In short: pick one of the three topics in the brief and design a 10-minute microlearning module for new team leads. We'd like a storyboard plus either one fully built screen or a short clickable prototype, in whatever tool you're comfortable with. Most people spend 4–6 hours on it; please don't spend more than that!

Would Friday 13 March work as a deadline? If school makes that tricky, just say and we'll move it.

Kind regards,
""", parent="c2d", attachments=[("Corrib_ID_Design_Task_Brief.pdf", "application/pdf",
                                 pdf("Corrib Learning - Instructional Designer design task",
                                     "Design a 10-minute microlearning module for new team leads.",
                                     "Topics: 1) Giving feedback that lands 2) Running a good 1:1",
                                     "3) Saying no to scope creep",
                                     "Deliverables: storyboard + one built screen or prototype.",
                                     "Time guide: 4-6 hours."))])
    say("c2f", me, [aoife], "2026-03-06 21:05", """Hi Aoife,

Thanks for the brief – it looks like a fun one, and I already have a favourite topic. Friday 13 March works for me: I'll have the storyboard and the prototype with you by then.

Best,
Inês
""", parent="c2e", sig="")
    say("c2g", me, [aoife], "2026-03-12 22:38", """Hi Aoife,

Please find attached my storyboard for the design task. I chose "Giving feedback that lands", and built the opening scenario and the branching practice screen as a prototype in Articulate Rise:

https://rise.articulate.com/share/k2V8qLm0-ICSousa-feedback

Page 2 of the PDF has a short note on the design decisions (why a branching scenario rather than a video, and how I'd measure whether it worked).

Kind regards,
""", parent="c2f", sig=SIG_EN, attachments=[
        ("Storyboard_Feedback_Microlearning_ICSousa.pdf", "application/pdf",
         pdf("Storyboard - Giving feedback that lands", "Ines Carvalho Sousa",
             "Screen 1: hook - a real feedback conversation gone wrong",
             "Screen 2-4: branching practice with consequences",
             "Screen 5: 3-line job aid to keep", "Design notes on page 2"))])
    say("c2h", aoife, [me], "2026-03-16 09:47", """Hi Inês,

Got it – thank you! Sorry for the slow reply, it's been a hectic week on our side. I've shared it with Niamh and the rest of the team, and I'll come back to you by the end of this week.

Aoife
""", parent="c2g", sig="")
    say("c2i", me, [aoife], "2026-03-17 08:15", """Hi Aoife,

One small thing I've just noticed: the prototype link I sent was set to expire after seven days, so I've generated a new one without an expiry date:

https://rise.articulate.com/share/q7Pz1Nc4-ICSousa-feedback-v2

Apologies for the extra email!

Inês
""", parent="c2h", sig="")
    say("c2j", aoife, [me], "2026-03-17 08:16", """Hi,

Thanks for your email. I'm out of the office for St Patrick's Day and will be back on Wednesday 18 March. I'll reply as soon as I can.

Beannachtaí,
Aoife
""", parent="c2i", subject="Out of office – back Wednesday 18 March", sig="", quote=False,
        headers={"Auto-Submitted": "auto-replied"})
    say("c2k", aoife, [me], "2026-03-18 12:02", """Hi Inês,

Thanks for the new link, and sorry again for the wait.

Good news: the team really liked your module – Niamh especially liked how you handled the consequences in the branching scenario. We'd love to invite you to the next stage, a one-hour panel interview on Zoom with Niamh Gallagher (Head of Learning Design) and Ciarán Doyle (Senior Learning Experience Designer). The first half is a walkthrough of your task, the second half is more of a conversation about how you like to work.

Our scheduling tool (GoodTime) will send you a link shortly so you can pick a time next week. Any questions in the meantime, just shout.

Kind regards,
""", parent="c2i")
    say("c2l", me, [aoife], "2026-03-18 21:30", """Hi Aoife,

That's lovely news – thank you! I've picked Thursday 26 March at 2pm in the scheduling tool (Thursday afternoons are my one free stretch in the school week).

Should I share my screen for the walkthrough, or would you prefer me to send the file to the panel beforehand?

Best,
Inês
""", parent="c2k", sig="")
    say("c2m", aoife, [me], "2026-03-19 09:10", """Hi Inês,

Screen share is perfect – no need to send anything beforehand. Good luck!

Aoife
""", parent="c2l", sig="")
    say("c2n", aoife, [me], "2026-03-27 10:15", """Hi Inês,

Thanks so much for making time yesterday – the panel really enjoyed talking with you.

Niamh asked me to let you know where things stand: the hiring panel meets on Wednesday 1 April to make a decision, and we'll come back to you by Friday 3 April at the latest. We're still speaking with a couple of other candidates this week, so thanks for bearing with us.

Have a lovely weekend,
""", parent="c2m")
    case.thread("c2a", True, "interview", "Corrib Learning",
                "phone screen Thu 5 Mar 17:00-17:30 agreed from three offered slots, thanked the "
                "same evening; design task promised by Fri 13 Mar and sent Thu 12 Mar; Aoife's "
                "'by the end of this week' (Fri 20 Mar, out of office on 17 Mar) answered by the "
                "panel invitation of Wed 18 Mar; her 'by Friday 3 April' (passed on from Niamh, "
                "panel meets Wed 1 Apr) is still ahead")
    case.meeting("c2a", at("2026-03-05 17:00"), at("2026-03-05 17:30"), met=[aoife.email],
                 thanks={aoife.email: "c2d"}, what="phone screen with Aoife")
    case.own_promise("c2a", "c2f", aoife.email, "2026-03-13", kept_by="c2g")
    case.promise("c2a", "c2h", aoife.email, "2026-03-20", answered_by="c2k", back="2026-03-18")
    case.promise("c2a", "c2n", aoife.email, "2026-04-03")

    say("c3x", goodtime, [me], "2026-03-18 12:06", """Hi Inês,

Corrib Learning would like to schedule your Panel Interview for the Instructional Designer (Remote, EU) position.

Please choose a time that works for you from the available slots:
https://app.goodtime.io/s/corrib/7f3a9c2e

Duration: 60 minutes
Format: Zoom video call

If none of the times work, reply to your recruiter, Aoife Brennan.

Powered by GoodTime
""", subject="Action requested: choose a time for your interview with Corrib Learning",
        headers=AUTO, html_only=True,
        html=html_of("Hi Inês,\n\nCorrib Learning would like to schedule your Panel Interview for "
                     "the Instructional Designer (Remote, EU) position.\n\nPlease choose a time "
                     "that works for you from the available slots:\n"
                     "https://app.goodtime.io/s/corrib/7f3a9c2e\n\nDuration: 60 minutes\n"
                     "Format: Zoom video call\n\nPowered by GoodTime"))
    case.thread("c3x", True, "interview", "Corrib Learning",
                "GoodTime scheduling link; automated, nothing owed")

    c3_desc = ("Panel Interview – Instructional Designer (Remote, EU)\n\n"
               "Interviewers:\n"
               "• Niamh Gallagher, Head of Learning Design (niamh.gallagher@corriblearning.ie)\n"
               "• Ciarán Doyle, Senior Learning Experience Designer "
               "(ciaran.doyle@corriblearning.ie)\n\n"
               "Agenda:\n"
               "14:00–14:30  Walkthrough of your design task (please share your screen)\n"
               "14:30–15:00  Conversation with the panel, and your questions\n\n"
               "Join Zoom: https://corriblearning.zoom.us/j/84120935517?pwd=Q0hYb3R2\n"
               "Meeting ID: 841 2093 5517  Passcode: 551902\n\n"
               "Need to reschedule? Contact Aoife Brennan (aoife.brennan@corriblearning.ie).")
    c3_ics = make_ics(
        method="REQUEST", uid=uid_uuid("teacher-porto", "corrib-panel"),
        stamp=at("2026-03-18 21:22"), start=at("2026-03-26 14:00"), end=at("2026-03-26 15:00"),
        summary="Corrib Learning – Panel Interview: Inês Carvalho Sousa",
        organizer=goodtime,
        attendees=[(niamh, "ACCEPTED", "INDIVIDUAL"), (ciaran, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Zoom – https://corriblearning.zoom.us/j/84120935517",
        description=c3_desc, prodid="-//GoodTime.io//Scheduling//EN")
    c3_text = ("Hi Inês,\n\nYour interview is confirmed. A calendar invitation is attached.\n\n"
               "Thursday, March 26, 2026\n2:00 PM – 3:00 PM (GMT, Europe/Dublin)\n\n"
               + c3_desc + "\n\nGood luck!\nThe Corrib Learning Talent Team\n\nPowered by GoodTime")
    say("c3a", goodtime, [me], "2026-03-18 21:22", c3_text,
        subject="Interview Confirmed: Instructional Designer (Remote, EU) - Corrib Learning - "
                "Thu, Mar 26, 2:00 PM GMT",
        headers=AUTO, html_only=True, html=html_of(c3_text), ics=c3_ics, ics_mode="attach")
    case.thread("c3a", True, "interview", "Corrib Learning",
                "GoodTime confirmation with ICS: Zoom panel Thu 26 Mar 14:00-15:00 with Niamh "
                "Gallagher and Ciarán Doyle (addresses in the description and attendee lines); "
                "both thanked by one note the same afternoon")
    case.meeting("c3a", at("2026-03-26 14:00"), at("2026-03-26 15:00"),
                 met=[niamh.email, ciaran.email],
                 thanks={niamh.email: "c4a", ciaran.email: "c4a"}, what="Corrib panel")

    say("c4a", me, [niamh, ciaran], "2026-03-26 17:20", """Dear Niamh and Ciarán,

Thank you both for your time this afternoon, and for such a generous conversation about the module – Ciarán's question about how I'd test the branching with real team leads has stayed with me, and I've already sketched an answer.

Leaving the call, three things stood out to me about why I'd fit the team:

- I've spent four years designing learning for colleagues who had no time for it, which is most of what corporate learning is.
- I start from the behaviour we want to change, and only then choose the format and the tool.
- I'm used to testing in front of a real audience every day, and to changing the plan by the next lesson.

I'm very keen on the role, and I'll be in touch with Aoife after the panel's decision next week. Thank you again for your time and consideration.

Best regards,
Inês Carvalho Sousa
+351 913 482 765 · ines.carvalho.sousa@example.pt
""", subject="Thank you – panel interview today", sig="")
    say("c4b", niamh, [me], "2026-03-26 18:05", """Hi Inês,

Thank you, that's really kind – we enjoyed it too. Aoife will be in touch about next steps.

Niamh

Sent from my iPhone
""", parent="c4a", cc=[ciaran], sig="")
    case.thread("c4a", True, "interview", "Corrib Learning",
                "one thank-you note to both panelists, Thu 26 Mar 17:20, new thread; Niamh's "
                "short reply")

    # ---------------------------------------------------------- Tagus Bay
    cv_en = ("CV_Ines_Carvalho_Sousa_EN.pdf", "application/pdf", pdf(*CV_LINES))
    say("t1a", me, [sofia], "2026-03-02 22:05", """Dear Ms Antunes,

Please find attached my application for the post of Digital Learning Coordinator advertised on your website (ref. TB-2026-07): my CV and a covering letter.

I have taught English and Portuguese at secondary level in Porto for fourteen years. Since 2020 I have also led my school's move to Moodle and trained more than forty colleagues in blended learning, and last year I completed a 120-hour certificate in instructional design. I would very much like to bring that experience to a school where digital learning is a role in its own right, rather than something done between lessons.

I would welcome the chance to discuss my application with you.

Yours sincerely,
""", subject="Application – Digital Learning Coordinator (ref. TB-2026-07)", sig=SIG_EN,
        attachments=[cv_en, ("Cover_letter_TB-2026-07_ICSousa.pdf", "application/pdf",
                             pdf("Cover letter - Digital Learning Coordinator (TB-2026-07)",
                                 "Ines Carvalho Sousa", "Porto, 2 March 2026"))])
    say("t1b", sofia, [me], "2026-03-10 15:42", """Dear Inês,

Thank you for your application for the post of Digital Learning Coordinator. I am pleased to invite you to the next stage of our process, which takes place at school and has two parts:

1. A demonstration lesson (40 minutes) with a Year 9 English class, observed by Helen Marsh, Head of Secondary (helen.marsh@tagusbay-is.pt), and Tomás Reis, Digital Learning Lead (tomas.reis@tagusbay-is.pt).
2. A conversation with Helen and Tomás (about 40 minutes).

We can offer Tuesday 24 March or Wednesday 25 March, starting at 10:00 on either day. Please let me know which you prefer, and I will send a calendar invitation and the lesson brief.

Kind regards,
""", parent="t1a")
    say("t1c", me, [sofia], "2026-03-10 21:18", """Dear Sofia,

Thank you very much for the invitation – I'm delighted to go forward. Tuesday 24 March at 10:00 would suit me best.

Kind regards,
Inês Carvalho Sousa
""", parent="t1b", sig="")
    say("t1d", sofia, [me], "2026-03-11 09:30", """Dear Inês,

Wonderful, Tuesday 24 March at 10:00 it is; the calendar invitation is on its way.

The lesson brief: the class (9C, 22 students) has been reading Lois Lowry's The Giver. Please plan a 40-minute lesson that shows how you would use digital tools to support the learning rather than replace it. Students have school Chromebooks and the room has an interactive panel; Tomás can help with any technical questions.

Please report to main reception at 09:40 and bring your Cartão de Cidadão. There is visitor parking on Rua das Acácias.

Kind regards,
""", parent="t1c")
    say("t1e", sofia, [me], "2026-03-24 12:40", """Dear Inês,

Thank you for coming to Tagus Bay this morning; I hope the journey back to Porto is a smooth one.

As part of our safer recruitment procedures, we ask all shortlisted candidates for two professional referees, one of whom should be your current or most recent line manager. Could you send me their names, roles, email addresses and telephone numbers?

Kind regards,
""", parent="t1d")
    say("t1f", me, [sofia], "2026-03-24 21:10", """Dear Sofia,

Of course. I'd like to let both referees know before passing on their details, so I will send you their names and contacts by Monday 30 March at the latest.

Kind regards,
Inês
""", parent="t1e", sig="")
    case.thread("t1a", True, "interview", "Tagus Bay International School",
                "application with CV to Sofia (HR) on Mon 2 Mar, answered on Tue 10 Mar with the "
                "demo-lesson invitation; Sofia asked for referees after the demo and Inês "
                "promised them 'by Monday 30 March at the latest'; nothing sent since")
    case.application("t1a", "t1a", sofia.email, answered_by="t1b")
    case.own_promise("t1a", "t1f", sofia.email, "2026-03-30")

    t2_desc = ("Demonstration lesson and conversation – Inês Carvalho Sousa, candidate for "
               "Digital Learning Coordinator (TB-2026-07)\n\n"
               "10:00–10:40  Demonstration lesson, 9C (observers: Helen Marsh, Tomás Reis) – "
               "S2.14 Innovation Lab\n"
               "10:50–11:30  Conversation with Helen Marsh and Tomás Reis – Head of Secondary's "
               "office\n\n"
               "Candidate to report to main reception at 09:40.")
    room = ("S2.14 Innovation Lab", "room.s214@tagusbay-is.pt")
    t2_ics = make_ics(
        method="REQUEST", uid=uid_outlook("teacher-porto", "tagus-demo"),
        stamp=at("2026-03-11 09:34"), start=at("2026-03-24 10:00"), end=at("2026-03-24 11:30"),
        summary="Demo lesson and conversation – Inês Carvalho Sousa (Digital Learning "
                "Coordinator)",
        organizer=sofia,
        attendees=[(helen, "NEEDS-ACTION", "INDIVIDUAL"), (tomas, "NEEDS-ACTION", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL"), (room, "ACCEPTED", "ROOM")],
        tzid="GMT Standard Time", location="S2.14 Innovation Lab (Secondary building)",
        description=t2_desc, prodid=OUTLOOK_PRODID)
    say("t2a", sofia, [me, helen, tomas], "2026-03-11 09:34", t2_desc + "\n", sig="",
        subject="Demo lesson and conversation – Inês Carvalho Sousa (Digital Learning "
                "Coordinator)", ics=t2_ics, ics_mode="outlook")
    say("t2b", tomas, [me], "2026-03-19 13:05", """Hi Inês,

Tomás here – I'll be one of the two people at the back of the room on Tuesday. A few practical things:

- The panel is a Promethean ActivPanel with a USB-C and an HDMI cable.
- The students' Chromebooks are managed through Google Workspace: Docs, Forms, Padlet, Kahoot and Mentimeter work out of the box; anything else needs to be allowed in advance.

If you'd like anything set up or allowed beforehand, send it to me by Friday and I'll have it ready.

See you on Tuesday!
Tomás

Tomás Reis
Digital Learning Lead | Tagus Bay International School

P.S. Se preferir, podemos falar em português – mas a aula é em inglês, claro 🙂
""", parent="t2a", sig="")
    say("t2c", me, [tomas], "2026-03-19 21:44", """Hi Tomás,

Thanks so much for this – very helpful. I'll use a Padlet board and a short Google Form as an exit ticket; here are the links in case they need to be allowed:

https://padlet.com/inescsousa/the-giver-memory-bank
https://forms.gle/Xk3mTg7bQp2LwN9a8

I'll bring my own USB-C adapter, just in case.

Até terça!
Inês
""", parent="t2b", sig="")
    case.thread("t2a", True, "interview", "Tagus Bay International School",
                "Outlook invite (GMT Standard Time) for the demo lesson and conversation Tue 24 "
                "Mar 10:00-11:30 with Helen Marsh and Tomás Reis, room S2.14 as a ROOM attendee; "
                "Tomás's technical note and Inês's 'Thanks' came before the demo; Tomás never "
                "thanked after it")
    case.meeting("t2a", at("2026-03-24 10:00"), at("2026-03-24 11:30"),
                 met=[helen.email, tomas.email], thanks={helen.email: "t3a"},
                 what="Tagus Bay demo lesson")

    say("t3a", me, [helen], "2026-03-24 20:30", """Dear Helen,

Thank you for welcoming me to Tagus Bay today, and for the time you and Tomás gave me after the lesson. 9C were a lovely group to teach, and I enjoyed hearing how you'd like digital learning to grow across the secondary school.

Our conversation confirmed how much I'd like to do this work:

- I've been doing an unofficial version of this job at my school for four years: Moodle, short training sessions for colleagues, and a lot of one-to-one help in the staff room.
- I design from the learning goal first and choose the tool last, as I hope the lesson showed.
- I'm comfortable working in both English and Portuguese, with students, staff and families.

I'd be very glad to continue the conversation, and I'll be in touch after your decision. Thank you again for your time and consideration.

Best regards,
Inês Carvalho Sousa
+351 913 482 765 · ines.carvalho.sousa@example.pt
""", subject="Thank you – demo lesson this morning", sig="")
    say("t3b", helen, [me], "2026-03-25 08:10", """Dear Inês,

Thank you for your kind note – and for a lesson the students are still talking about (the "memory bank" Padlet was a hit).

We have one more candidate teaching on Thursday, and our Principal is away until the weekend, so we will let all candidates know the outcome by Monday 30 March.

Warm regards,
""", parent="t3a")
    case.thread("t3a", True, "interview", "Tagus Bay International School",
                "thank-you to Helen in a new thread, Tue 24 Mar 20:30; her reply promises the "
                "outcome 'by Monday 30 March' and mentions another candidate")
    case.promise("t3a", "t3b", helen.email, "2026-03-30")

    # ---------------------------------------------------------- Trilha Educação
    say("b1a", camila, [me], "2026-02-24 10:12", """Oi, Inês, tudo bem?

Meu nome é Camila, sou do time de Talent Acquisition da Trilha Educação, uma edtech de São Paulo que desenvolve trilhas de formação continuada para professores da rede pública. Encontrei seu perfil no LinkedIn e achei sua trajetória super alinhada com uma vaga que estamos abrindo: Designer Instrucional Sênior, 100% remota.

A gente está justamente buscando alguém com vivência de sala de aula, e a contratação de profissionais em Portugal (como prestadora de serviços) já foi aprovada pela diretoria.

Você toparia um bate-papo de uns 45 minutos com a gente pra se conhecer melhor? Se sim, me passa alguns horários que funcionam pra você na semana que vem – lembrando que estamos 3 horas atrás de Lisboa.

Um abraço,
""", subject="Oportunidade: Designer Instrucional Sênior (remoto) | Trilha")
    say("b1b", me, [camila], "2026-02-25 21:40", """Olá Camila,

Muito obrigada pelo contacto – fiquei muito curiosa com o projeto da Trilha, que já conhecia de nome por causa dos vossos cursos sobre avaliação formativa.

Terei todo o gosto em conversar. Na próxima semana tenho as tardes de quarta e quinta livres a partir das 16h30 (hora de Lisboa), ou seja, a partir das 13h30 em Brasília.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""", parent="b1a", sig="")
    say("b1c", camila, [me], "2026-02-26 09:55", """Perfeito! Vamos marcar quarta, 4/3, às 14h de Brasília (17h aí). Vai participar também a Renata Figueiredo, nossa coordenadora de Design Instrucional. Já te mando o convite pelo Google Agenda com o link do Meet.

Até lá!
Camila
""", parent="b1b", sig="")
    say("b1d", camila, [me], "2026-03-05 11:20", """Oi, Inês!

Que bate-papo gostoso ontem, viu? A Renata saiu da call super animada com a sua experiência de formação de professores.

Próximos passos: vamos alinhar internamente com a diretoria pedagógica e te dou um retorno até quarta-feira, dia 18/03. Enquanto isso, se puder me mandar o link do seu portfólio (aquele que você comentou), seria ótimo pra gente compartilhar com o time.

Um beijo e bom fim de semana antecipado!
""", parent="b1c")
    say("b1e", me, [camila], "2026-03-05 22:03", """Olá Camila,

Muito obrigada – também gostei imenso da conversa, e de conhecer a Renata. Envio-lhe o link do portfólio até amanhã ao final do dia, juntamente com o guião de um módulo que fiz para a formação interna da escola.

Fico a aguardar notícias.

Um abraço,
Inês
""", parent="b1d", sig="")
    say("b1f", me, [camila], "2026-03-06 19:15", """Olá Camila,

Conforme prometido, aqui vai o portfólio: https://inescsousa.example.pt/portfolio

O guião de que lhe falei está na secção "Formação de professores" (módulo "Avaliar para aprender", 3 sessões assíncronas + 1 síncrona).

Um abraço e bom fim de semana,
Inês
""", parent="b1e", sig="")
    case.thread("b1a", True, "recruiter", "Trilha Educação",
                "Camila's outreach, the call set in Brasília time, her 'te dou um retorno até "
                "quarta-feira, dia 18/03' of Thu 5 Mar; Inês kept her own 'até amanhã' with the "
                "portfolio on Fri 6 Mar; nothing from Trilha since")
    case.promise("b1a", "b1d", camila.email, "2026-03-18")
    case.own_promise("b1a", "b1e", camila.email, "2026-03-06", kept_by="b1f")

    b2_ics = make_ics(
        method="REQUEST", uid=uid_google("teacher-porto", "trilha-call"),
        stamp=atz("2026-02-26 10:02", SAO), start=atz("2026-03-04 14:00", SAO),
        end=atz("2026-03-04 14:45", SAO),
        summary="Bate-papo Trilha | Inês Carvalho Sousa", organizer=camila,
        attendees=[(camila, "ACCEPTED", "INDIVIDUAL"),
                   (("Renata Figueiredo", "renata.figueiredo@trilhaedu.com.br"), "ACCEPTED",
                    "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="America/Sao_Paulo",
        description="Participar com o Google Meet: https://meet.google.com/xqv-pmbr-tcz",
        location="https://meet.google.com/xqv-pmbr-tcz", prodid=GOOGLE_PRODID)
    b2_text = """Você recebeu um convite para este evento.

Bate-papo Trilha | Inês Carvalho Sousa
Quarta-feira, 4 de março de 2026 ⋅ 14:00 – 14:45
Horário Padrão de Brasília

Participar com o Google Meet
https://meet.google.com/xqv-pmbr-tcz

Convidados
Camila Rocha - organizador
Renata Figueiredo
ines.carvalho.sousa@example.pt

Ver todos os detalhes do convidado

Convite do Google Agenda
Você está recebendo este e-mail porque é um convidado do evento.
"""
    say("b2a", camila_cal, [me], atz("2026-02-26 10:02", SAO), b2_text, sig="",
        subject="Convite: Bate-papo Trilha | Inês Carvalho Sousa @ qua., 4 de mar. de 2026 "
                "14:00 - 14:45 (BRT) (ines.carvalho.sousa@example.pt)",
        headers=GCAL, html=html_of(b2_text), ics=b2_ics, ics_mode="google")
    case.thread("b2a", True, "interview", "Trilha Educação",
                "Google Calendar invite: Meet call Wed 4 Mar 14:00-14:45 Brasília (17:00-17:45 "
                "Lisbon) with Camila and Renata Figueiredo; thanked only in Portuguese, and any "
                "thank-you is stale by now")
    case.meeting("b2a", at("2026-03-04 17:00"), at("2026-03-04 17:45"),
                 met=[camila.email, "renata.figueiredo@trilhaedu.com.br"],
                 what="Trilha conversation")

    # ---------------------------------------------------------- Fundação Aurora
    cv_pt = ("CV_Ines_Carvalho_Sousa.pdf", "application/pdf", pdf(*CV_LINES))
    say("a0a", me, [recrutamento], "2026-02-26 21:30", """Exmos. Senhores,

Venho por este meio apresentar a minha candidatura à função de Designer de Formação no âmbito do Programa Professores Digitais, conforme anúncio publicado no vosso sítio.

Sou professora de Inglês e Português no ensino secundário há catorze anos e, desde 2020, coordeno a formação interna da minha escola em ensino misto e Moodle, tendo formado mais de quarenta colegas. Em 2025 concluí uma formação de 120 horas em Design Instrucional e Aprendizagem Online. Acredito que a combinação entre a experiência de sala de aula e a formação de pares corresponde ao perfil que procuram.

Junto envio o meu curriculum vitae e uma carta de motivação, e fico ao dispor para qualquer esclarecimento.

Com os melhores cumprimentos,
Inês Carvalho Sousa
Telemóvel: 913 482 765
""", subject="Candidatura – Designer de Formação (Programa Professores Digitais)", sig="",
        attachments=[cv_pt, ("Carta_motivacao_ICSousa.pdf", "application/pdf",
                             pdf("Carta de motivacao - Designer de Formacao",
                                 "Ines Carvalho Sousa", "Porto, 26 de fevereiro de 2026"))])
    say("a0b", carla, [me], "2026-03-06 11:05", """Exma. Senhora
Professora Inês Carvalho Sousa,

Agradecemos o interesse manifestado na Fundação Aurora. Na sequência da análise da sua candidatura, temos o prazer de a convidar para uma entrevista por videoconferência com a Dr.ª Leonor Saraiva, Diretora de Programas (leonor.saraiva@fundacaoaurora.org.pt), e o Dr. Vasco Pimentel, Coordenador Pedagógico (vasco.pimentel@fundacaoaurora.org.pt).

Propomos quinta-feira, dia 12 de março, às 16h30, com a duração prevista de uma hora. Agradecemos que nos confirme a sua disponibilidade.

Com os melhores cumprimentos,
""", parent="a0a")
    say("a0c", me, [carla], "2026-03-06 20:12", """Cara Carla Neves,

Agradeço o convite, que aceito com muito gosto. Confirmo a minha disponibilidade para quinta-feira, dia 12 de março, às 16h30.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""", parent="a0b", sig="")
    say("a0d", carla, [me], "2026-03-09 10:20", """Cara Professora Inês Carvalho Sousa,

Fica então confirmada a entrevista de quinta-feira, 12/03, às 16h30. Segue a ligação para a reunião Zoom:

https://us06web.zoom.us/j/86555012297?pwd=QXVyb3JhMjY
ID da reunião: 865 5501 2297
Senha: Aurora26

Com os melhores cumprimentos,
""", parent="a0c")
    case.thread("a0a", True, "interview", "Fundação Aurora para a Educação",
                "application to the recruitment mailbox Thu 26 Feb, answered by Carla's "
                "invitation on Fri 6 Mar; Zoom interview Thu 12 Mar 16:30-17:30 with Leonor "
                "Saraiva and Vasco Pimentel (addresses in Carla's text); any thank-you is stale")
    case.application("a0a", "a0a", recrutamento.email, answered_by="a0b")
    case.meeting("a0a", at("2026-03-12 16:30"), at("2026-03-12 17:30"),
                 met=[leonor.email, vasco.email], what="Fundação Aurora interview")

    say("a1a", me, [leonor], "2026-03-12 21:15", """Cara Dr.ª Leonor Saraiva,

Queria agradecer-lhe, e também ao Dr. Vasco Pimentel, a conversa desta tarde e o tempo que me dedicaram. Saí da entrevista ainda mais entusiasmada com o Programa Professores Digitais: conheço bem, do lado da sala de aula, a diferença entre uma formação que se cumpre e uma formação que muda práticas.

Fico a aguardar notícias, com os melhores cumprimentos,

Inês Carvalho Sousa
Telemóvel: 913 482 765
""", subject="Entrevista de hoje – Designer de Formação", cc=[vasco], sig="")
    say("a1b", leonor, [me], "2026-03-13 09:40", """Cara Inês,

Obrigada eu pela disponibilidade e pela conversa, que foi muito interessante para ambos. Estamos ainda a entrevistar outros candidatos esta semana; a decisão final será comunicada a todos até ao dia 20 de março.

Com os melhores cumprimentos,
""", parent="a1a", cc=[vasco])
    case.thread("a1a", True, "interview", "Fundação Aurora para a Educação",
                "Inês's note after the interview; Leonor's reply of Fri 13 Mar: 'a decisão final "
                "será comunicada a todos até ao dia 20 de março' (passive); nothing from the "
                "Fundação since")
    case.promise("a1a", "a1b", leonor.email, "2026-03-20")

    # ---------------------------------------------------------- Pirilampo Learning
    say("p1a", me, [goncalo], "2026-03-09 22:10", """Caro Gonçalo Ferraz,

Vi no LinkedIn a sua publicação sobre a vaga de Learning Experience Designer na Pirilampo e gostaria de ser considerada para a função.

Sou professora de Inglês e Português no secundário há catorze anos e, nos últimos quatro, tenho desenhado percursos de autoaprendizagem no Moodle para os meus alunos e formação para colegas. A forma como a Pirilampo junta conteúdo curricular e jogo é exatamente o tipo de trabalho que quero fazer.

Envio em anexo o meu CV; o portfólio está em inescsousa.example.pt.

Com os melhores cumprimentos,
""", subject="Learning Experience Designer – candidatura", sig=SIG_PT, attachments=[cv_pt])
    say("p1b", goncalo, [me], "2026-03-11 13:02", """Olá Inês,

Obrigado pelo contacto e pelo CV – a combinação de sala de aula com Moodle e formação de pares é precisamente o que procuramos. Gostava de conversar consigo por Teams: sexta, 20/03, às 16h30? São 45 minutos.

Para contexto: estamos a falar com um grupo pequeno de pessoas e contamos fechar o processo até 3 de abril.

Abraço,
""", parent="p1a")
    say("p1c", me, [goncalo], "2026-03-11 21:00", """Olá Gonçalo,

Obrigada pela resposta rápida. Sexta, dia 20, às 16h30 está ótimo para mim.

Até lá,
Inês
""", parent="p1b", sig="")
    say("p1d", goncalo, [me], "2026-03-18 17:40", """Olá Inês, peço desculpa pela alteração em cima da hora, mas surgiu-me uma apresentação a um cliente na sexta à tarde. Podemos passar para segunda-feira, 23/03, à mesma hora?

Abraço,
G.

Obter o Outlook para iOS
""", parent="p1c", sig="")
    say("p1e", me, [goncalo], "2026-03-18 19:02", """Segunda serve.

Inês
""", parent="p1d", sig="")
    case.thread("p1a", True, "interview", "Pirilampo Learning",
                "application with CV to Gonçalo Mon 9 Mar, answered Wed 11 Mar with a Teams call "
                "for Fri 20 Mar and 'contamos fechar o processo até 3 de abril'; moved to Mon 23 "
                "Mar by a two-word reply")
    case.application("p1a", "p1a", goncalo.email, answered_by="p1b")
    case.promise("p1a", "p1b", goncalo.email, "2026-04-03", ended_by="p3a")

    TEAMS = """________________________________________________________________________________
Reunião do Microsoft Teams
Participe a partir do computador, da aplicação móvel ou do dispositivo da sala
Clique aqui para participar na reunião<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2OTgx%40thread.v2/0>
ID da Reunião: %s
Código de acesso: %s
Saiba mais<https://aka.ms/JoinTeamsMeeting> | Opções da reunião<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""
    p2_body = "Olá Inês, fica aqui o convite para a nossa conversa.\n\n" + \
        TEAMS.replace("%s", "392 118 450 77", 1).replace("%s", "7hQ2vM", 1)
    p2_uid = uid_outlook("teacher-porto", "pirilampo-call")
    p2_ics1 = make_ics(
        method="REQUEST", uid=p2_uid, stamp=at("2026-03-11 21:20"),
        start=at("2026-03-20 16:30"), end=at("2026-03-20 17:15"),
        summary="Conversa Pirilampo – Learning Experience Designer", organizer=goncalo,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="GMT Standard Time",
        location="Reunião do Microsoft Teams", description=p2_body, prodid=OUTLOOK_PRODID)
    say("p2a", goncalo, [me], "2026-03-11 21:20", p2_body, sig="",
        subject="Conversa Pirilampo – Learning Experience Designer", ics=p2_ics1,
        ics_mode="outlook")
    p2_body2 = "Passamos para segunda-feira, 23/03, à mesma hora. Obrigado pela flexibilidade!\n\n" \
        + TEAMS.replace("%s", "392 118 450 77", 1).replace("%s", "7hQ2vM", 1)
    p2_ics2 = make_ics(
        method="REQUEST", uid=p2_uid, stamp=at("2026-03-18 19:30"),
        start=at("2026-03-23 16:30"), end=at("2026-03-23 17:15"),
        summary="Conversa Pirilampo – Learning Experience Designer", organizer=goncalo,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="GMT Standard Time",
        location="Reunião do Microsoft Teams", description=p2_body2, sequence=1,
        prodid=OUTLOOK_PRODID)
    say("p2b", goncalo, [me], "2026-03-18 19:30", p2_body2, parent="p2a", sig="", quote=False,
        subject="Atualizado: Conversa Pirilampo – Learning Experience Designer", ics=p2_ics2,
        ics_mode="outlook")
    case.thread("p2a", True, "interview", "Pirilampo Learning",
                "Teams invite for Fri 20 Mar 16:30-17:15, updated (SEQUENCE 1) to Mon 23 Mar "
                "16:30-17:15; the call took place and Gonçalo was never thanked")
    case.meeting("p2a", at("2026-03-20 16:30"), at("2026-03-20 17:15"), met=[goncalo.email],
                 status="moved", what="Pirilampo call, first slot")
    case.meeting("p2a", at("2026-03-23 16:30"), at("2026-03-23 17:15"), met=[goncalo.email],
                 what="Pirilampo call")

    say("p3a", sara, [me], "2026-03-26 11:20", """Olá Inês,

Em nome da equipa da Pirilampo, obrigada pelo tempo e pelo interesse que dedicou ao nosso processo de recrutamento para Learning Experience Designer.

Depois de uma análise cuidada, decidimos avançar com uma candidata cujo percurso em produção de conteúdos digitais está, neste momento, mais próximo das necessidades imediatas da equipa. Não foi uma decisão fácil – o Gonçalo pediu-me que lhe dissesse que gostou muito da conversa de segunda-feira.

Se concordar, gostaríamos de manter o seu contacto para futuras oportunidades.

Desejamos-lhe as maiores felicidades,
""", subject="A sua candidatura – Learning Experience Designer | Pirilampo")
    case.thread("p3a", True, "rejection", "Pirilampo Learning",
                "gentle rejection from People & Culture, Thu 26 Mar, three days after the "
                "unthanked call")

    # ---------------------------------------------------------- Aprende+
    say("n0a", nuno, [me], "2026-03-13 10:45", """Bom dia Inês,

Obrigado pela sua candidatura, através do nosso site, para a posição de Designer Instrucional.

Gostaríamos de a conhecer melhor numa primeira entrevista (Teams, 45 minutos) com a nossa Head of Content, a Dr.ª Mariana Cunha. Teria disponibilidade na quarta-feira, 25 de março, às 11h00?

Cumprimentos,
""", subject="A sua candidatura – Designer Instrucional (Aprende+)")
    say("n0b", me, [nuno], "2026-03-13 20:30", """Boa noite Nuno,

Agradeço o contacto. Quarta-feira, dia 25, às 11h00 é possível – tenho esse tempo livre no horário da escola.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""", parent="n0a", sig="")
    say("n0c", nuno, [me], "2026-03-23 09:12", """Bom dia Inês,

Lamento ter de lhe escrever com esta notícia: por decisão da administração, o recrutamento para esta posição foi suspenso até ao final do semestre, pelo que a entrevista de quarta-feira fica sem efeito. Vai receber o cancelamento do convite dentro de momentos.

Peço desculpa pelo incómodo. Caso o processo seja retomado, entraremos em contacto consigo.

Cumprimentos,
""", parent="n0b")
    case.thread("n0a", True, "interview", "Aprende+",
                "after a website application, Nuno proposed an interview for Wed 25 Mar 11:00; "
                "on Mon 23 Mar the hiring was suspended and the interview called off, no date "
                "given for any news")

    n2_body = ("Entrevista – Designer Instrucional\nCandidata: Inês Carvalho Sousa\n"
               "Entrevistadora: Mariana Cunha (Head of Content)\n\n"
               + TEAMS.replace("%s", "318 640 227 91", 1).replace("%s", "Rb4kT9", 1))
    n2_uid = uid_outlook("teacher-porto", "aprende-interview")
    n2_att = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (mariana, "ACCEPTED", "INDIVIDUAL")]
    say("n2a", nuno, [me], "2026-03-16 14:10", n2_body, sig="",
        subject="Entrevista Aprende+ | Designer Instrucional – Inês Carvalho Sousa",
        ics=make_ics(method="REQUEST", uid=n2_uid, stamp=at("2026-03-16 14:10"),
                     start=at("2026-03-25 11:00"), end=at("2026-03-25 11:45"),
                     summary="Entrevista Aprende+ | Designer Instrucional – Inês Carvalho Sousa",
                     organizer=nuno, attendees=n2_att, tzid="GMT Standard Time",
                     location="Reunião do Microsoft Teams", description=n2_body,
                     prodid=OUTLOOK_PRODID),
        ics_mode="outlook")
    say("n2b", nuno, [me], "2026-03-23 09:14", "A reunião foi cancelada.\n", parent="n2a",
        sig="", quote=False,
        subject="Cancelado: Entrevista Aprende+ | Designer Instrucional – Inês Carvalho Sousa",
        ics=make_ics(method="CANCEL", uid=n2_uid, stamp=at("2026-03-23 09:14"),
                     start=at("2026-03-25 11:00"), end=at("2026-03-25 11:45"),
                     summary="Cancelado: Entrevista Aprende+ | Designer Instrucional – Inês "
                             "Carvalho Sousa",
                     organizer=nuno, attendees=n2_att, tzid="GMT Standard Time",
                     location="Reunião do Microsoft Teams", sequence=1, status="CANCELLED",
                     prodid=OUTLOOK_PRODID),
        ics_mode="outlook")
    case.thread("n2a", True, "interview", "Aprende+",
                "Teams invite for Wed 25 Mar 11:00-11:45 with Mariana Cunha, cancelled by an ICS "
                "CANCEL on Mon 23 Mar")
    case.meeting("n2a", at("2026-03-25 11:00"), at("2026-03-25 11:45"), met=[mariana[1]],
                 status="cancelled", what="Aprende+ interview")

    # ---------------------------------------------------------- ISETP
    say("i1a", me, [miguel], "2026-03-25 21:35", """Exmo. Senhor Professor Miguel Ataíde,

Tomei conhecimento, através da Prof.ª Graça Barbosa, antiga colega de departamento, de que o Gabinete de Ensino a Distância do ISETP vai reforçar a equipa com um técnico superior na área do design instrucional. Gostaria muito de ser considerada para essa função.

Sou professora de Inglês e Português no ensino secundário, no Porto, e há quatro anos que desenho cursos no Moodle e formação para colegas. Em 2025 concluí uma formação de 120 horas em Design Instrucional e Aprendizagem Online.

Junto envio o meu CV e fico ao dispor para uma conversa, se o considerar útil.

Com os melhores cumprimentos,
""", subject="Técnico Superior (Design Instrucional) – Gabinete de Ensino a Distância",
        sig=SIG_PT, attachments=[cv_pt])
    say("i1b", miguel, [me], "2026-03-26 16:05", """Cara Dr.ª Inês Carvalho Sousa,

Obrigado pelo seu email e pelo CV, que li com interesse. O procedimento concursal só deverá abrir em maio, mas teria todo o gosto em conhecê-la antes disso e em lhe mostrar o que fazemos.

Poderia passar pelo Gabinete na quinta-feira, 2 de abril, às 11h? Estamos no Edifício B, 2.º piso (sala B2.07).

Com os melhores cumprimentos,
""", parent="i1a")
    say("i1c", me, [miguel], "2026-03-26 20:48", """Caro Professor Miguel Ataíde,

Muito obrigada pela resposta e pela disponibilidade. Quinta-feira, 2 de abril, às 11h, na sala B2.07, fica combinado.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""", parent="i1b", sig="")
    case.thread("i1a", True, "application", "Instituto Superior de Educação e Tecnologia do Porto",
                "application with CV Wed 25 Mar, answered next day; a visit to the Gabinete is "
                "set for Thu 2 Apr 11:00, still ahead")
    case.application("i1a", "i1a", miguel.email, answered_by="i1b")
    case.meeting("i1a", at("2026-04-02 11:00"), None, met=[miguel.email], status="scheduled",
                 what="ISETP visit")

    # ---------------------------------------------------------- Grupo Atlântida
    r1_text = """Olá Inês,

Obrigado pelo seu interesse no Grupo Atlântida!

Recebemos a sua candidatura para Learning & Development Specialist (Porto) e a nossa equipa de recrutamento está a analisá-la. Se o seu perfil corresponder aos requisitos da função, entraremos em contacto consigo para os próximos passos.

Pode acompanhar o estado da sua candidatura na sua área pessoal:
https://jobs.smartrecruiters.com/GrupoAtlantida/candidate-portal

Com os melhores cumprimentos,
Equipa de Recrutamento do Grupo Atlântida

Esta mensagem foi enviada automaticamente. Por favor, não responda.
"""
    say("r1a", smartr, [me], "2026-03-01 16:22", r1_text, sig="",
        subject="Obrigado pela sua candidatura – Learning & Development Specialist (Porto)",
        headers=AUTO, html_only=True, html=html_of(r1_text))
    case.thread("r1a", True, "application", "Grupo Atlântida",
                "SmartRecruiters acknowledgement of a portal application; no person named")
    r2_text = """Olá Inês,

Agradecemos o tempo que dedicou à sua candidatura para Learning & Development Specialist (Porto).

Após uma análise cuidada, informamos que decidimos não avançar com a sua candidatura nesta fase. Guardaremos os seus dados na nossa base de talento e poderemos contactá-la caso surja uma oportunidade adequada ao seu perfil.

Desejamos-lhe o maior sucesso profissional.

Equipa de Recrutamento do Grupo Atlântida

Esta mensagem foi enviada automaticamente. Por favor, não responda.
"""
    say("r2a", smartr, [me], "2026-03-19 10:03", r2_text, sig="",
        subject="Atualização sobre a sua candidatura – Grupo Atlântida", headers=AUTO,
        html_only=True, html=html_of(r2_text))
    case.thread("r2a", True, "rejection", "Grupo Atlântida",
                "automated rejection of the portal application")

    # ---------------------------------------------------------- Vértice Talent
    say("v1a", marta, [me], "2026-03-03 12:40", """Exma. Senhora Professora Inês Sousa,

O meu nome é Marta Pinheiro e sou consultora na Vértice Talent, na área de Educação e Formação. Estou a conduzir, em regime de exclusividade, um processo de recrutamento para um cliente do setor segurador no Porto, que pretende reforçar a sua academia interna com um(a) Coordenador(a) de Formação e-Learning.

O seu perfil no LinkedIn chamou-me a atenção pela experiência em formação de professores e em Moodle. Teria disponibilidade para uma breve conversa telefónica (cerca de 20 minutos) esta semana, de preferência ao final do dia?

Com os melhores cumprimentos,
""", subject="Oportunidade – Coordenador(a) de Formação e-Learning | Porto")
    say("v1b", me, [marta], "2026-03-03 19:20", """Cara Dr.ª Marta Pinheiro,

Obrigada pelo contacto. Terei todo o gosto em conversar. Sexta-feira, dia 6, a partir das 18h, seria possível?

Com os melhores cumprimentos,
Inês Carvalho Sousa
913 482 765
""", parent="v1a", sig="")
    say("v1c", marta, [me], "2026-03-04 09:05", """Cara Inês,

Combinado: ligo-lhe na sexta-feira às 18h15 para o 913 482 765.

Cumprimentos,
Marta

Enviado do meu iPhone
""", parent="v1b", sig="")
    say("v1d", me, [marta], "2026-03-09 21:55", """Cara Marta,

Na sequência da nossa conversa telefónica de sexta-feira, envio em anexo o meu CV atualizado. Acrescentei, como sugeriu, uma linha sobre o número de colegas formados e as horas de formação certificada que dei.

Fico a aguardar notícias.

Com os melhores cumprimentos,
""", parent="v1c", sig=SIG_PT, attachments=[cv_pt])
    say("v1e", marta, [me], "2026-03-10 10:30", """Cara Inês,

Muito obrigada, recebido. Vou apresentar a sua candidatura ao cliente esta semana e conto dar-lhe notícias até ao final da próxima semana.

Cumprimentos,
""", parent="v1d")
    case.thread("v1a", True, "recruiter", "Vértice Talent",
                "agency outreach; phone call Fri 6 Mar 18:15 (no end given); CV sent to Marta Mon "
                "9 Mar, answered the next morning with 'notícias até ao final da próxima semana' "
                "(Fri 20 Mar), kept by the client-interview mail of Tue 17 Mar")
    case.meeting("v1a", at("2026-03-06 18:15"), None, met=[marta.email],
                 what="phone call with Marta")
    case.application("v1a", "v1d", marta.email, answered_by="v1e")
    case.promise("v1a", "v1e", marta.email, "2026-03-20", answered_by="v2a")

    say("v2a", marta, [me], "2026-03-17 13:10", """Cara Inês,

Boas notícias: o cliente gostou muito do seu perfil e gostaria de a conhecer pessoalmente. Posso agora revelar que se trata da Boavista Mútua – Companhia de Seguros. A entrevista será com a Dr.ª Paula Meireles, Diretora da Academia Boavista Mútua, e com o Eng. Rui Tavares, responsável de Transformação Digital.

Data: sexta-feira, 27 de março, às 17h30
Local: Edifício Boavista Mútua, Av. da Boavista 2520, 7.º piso (na receção, peça para chamarem a Dr.ª Paula Meireles)

Consegue confirmar?

Cumprimentos,
""", subject="Entrevista com o cliente – sexta-feira, 27/03, 17h30")
    say("v2b", me, [marta], "2026-03-17 20:05", """Cara Marta,

Que boa notícia! Confirmo a minha presença na sexta-feira, 27 de março, às 17h30. Há alguma coisa que deva preparar ou levar (portfólio impresso, por exemplo)?

Com os melhores cumprimentos,
Inês
""", parent="v2a", sig="")
    say("v2c", marta, [me], "2026-03-18 09:40", """Perfeito, Inês. Fica confirmado junto do cliente. Leve o portfólio no portátil, é quanto basta.

A Dr.ª Paula indicou-me que contam dar feedback a todos os candidatos até quarta-feira, 1 de abril; assim que souber alguma coisa, ligo-lhe.

Boa sorte!
Marta
""", parent="v2b", sig="")
    case.thread("v2a", True, "interview", "Vértice Talent",
                "client interview at Boavista Mútua Fri 27 Mar 17:30 (no end given) with Paula "
                "Meireles and Rui Tavares, whose addresses appear nowhere; arranged by Marta, "
                "who did not attend and has not heard from Inês since; feedback promised by Wed "
                "1 Apr")
    case.meeting("v2a", at("2026-03-27 17:30"), None, met=[],
                 unknown=["Paula Meireles", "Rui Tavares"], arranged_by=marta.email,
                 what="client interview at Boavista Mútua")
    case.promise("v2a", "v2c", marta.email, "2026-04-01")

    # ---------------------------------------------------------- Mosaico Digital
    say("m1a", me, [teresa], "2026-03-16 21:40", """Cara Dr.ª Teresa Vilaça,

Acompanho há algum tempo o trabalho da Mosaico Digital – em particular os cursos de literacia financeira que produziram para escolas – e gostaria de apresentar a minha candidatura espontânea para integrar a vossa equipa de design instrucional.

Sou professora de Inglês e Português no secundário e, há quatro anos, desenho percursos de aprendizagem no Moodle e formação para colegas. Em 2025 concluí uma formação de 120 horas em Design Instrucional e Aprendizagem Online. Junto envio o meu CV; o portfólio pode ser consultado em inescsousa.example.pt.

Teria todo o gosto em conversar consigo, se houver interesse.

Com os melhores cumprimentos,
""", subject="Candidatura espontânea – Design Instrucional", sig=SIG_PT, attachments=[cv_pt])
    say("m1b", teresa, [me], "2026-03-16 21:41", """Olá,

Estou ausente em formação até dia 23 de março, com acesso limitado ao email. Para assuntos urgentes, contacte geral@mosaicodigital.pt ou o 22 555 0931.

Obrigada,
Teresa Vilaça
""", parent="m1a", subject="Ausente até 23 de março", sig="", quote=False,
        headers={"Auto-Submitted": "auto-replied"})
    case.thread("m1a", True, "application", "Mosaico Digital",
                "unsolicited application with CV to Teresa Vilaça, Mon 16 Mar; only her "
                "out-of-office came back; no person has written since")
    case.application("m1a", "m1a", teresa.email)

    # ---------------------------------------------------------- Granito (intro)
    say("g1a", joana, [filipa], "2026-03-02 12:50", """Olá às duas!

Filipa, apresento-te a Inês Carvalho Sousa, com quem trabalhei seis anos na Fontainhas e que é, sem exagero, a melhor professora que conheço a pôr a tecnologia ao serviço das aulas (e não o contrário). Está a pensar dar o salto para o design instrucional e lembrei-me logo de ti e da Granito Academy.

Inês, a Filipa é Head of Learning na Granito Software; fomos colegas em Letras e é a pessoa mais generosa que conheço com o seu tempo.

Deixo-vos a combinar!
Beijinhos às duas,
Joana
""", subject="Apresentação: Inês Carvalho Sousa <> Filipa Moura (Granito)", cc=[me], sig="")
    say("g1b", filipa, [joana], "2026-03-02 18:22", """Olá Inês (e obrigada, Joana!),

Que bom receber esta apresentação. Conto-te com todo o gosto como é o dia a dia de uma equipa de learning numa empresa de software. Tomamos um café? Sábado de manhã costuma ser o meu melhor momento – dia 7, às 10h30, no Café Progresso?

Beijinho,
Filipa
""", parent="g1a", cc=[me], sig="")
    say("g1c", me, [filipa], "2026-03-02 21:05", """Olá Filipa,

Que simpatia, muito obrigada! Sábado, dia 7, às 10h30, no Progresso é perfeito.

Joana, obrigada – ficas a dever-me um jantar por me teres pintado tão bem no retrato 😄

Até sábado!
Inês
""", parent="g1b", cc=[joana], sig="")
    case.thread("g1a", True, "networking", "Granito Software",
                "introduction by Joana (former colleague, gmail) to Filipa Moura, Head of "
                "Learning; coffee Sat 7 Mar 10:30 (no end given); last exchange with Filipa "
                "Mon 9 Mar, so the first touch fell due at the end of Mon 23 Mar")
    case.meeting("g1a", at("2026-03-07 10:30"), None, met=[filipa.email], networking=True,
                 what="coffee with Filipa")

    say("g2a", me, [filipa], "2026-03-07 19:10", """Olá Filipa,

Obrigada pela manhã de hoje! Vim para casa com a cabeça cheia de ideias e com uma lista de leituras. Fiquei sobretudo a pensar no que disseste sobre começar pelos "momentos de verdade" de quem aprende, e não pelo conteúdo.

Se não te importares, mandas-me o link do artigo sobre onboarding de que falaste?

Beijinho e bom fim de semana,
Inês
""", subject="Obrigada pelo café!", sig="")
    say("g2b", filipa, [me], "2026-03-09 08:35", """Olá Inês!

Eu é que agradeço, foi uma manhã muito bem passada. Como prometido:

- o artigo sobre onboarding: https://granitosoftware.pt/blog/onboarding-que-fica
- o livro da Julie Dirksen, Design for How People Learn (o capítulo 4 é ouro)
- a comunidade Learning Designers PT no Slack, onde te podes apresentar em meu nome

Se abrir alguma coisa na Granito, és das primeiras a saber.

Beijinho,
F.
""", parent="g2a")
    case.thread("g2a", True, "networking", "Granito Software",
                "Inês's note after the coffee (Portuguese) and Filipa's reply with resources, Mon "
                "9 Mar 08:35")

    # ---------------------------------------------------------- Hugo (UAN)
    say("h1a", me, [hugo], "2026-03-16 22:05", """Caro Dr. Hugo Pestana,

Chamo-me Inês Carvalho Sousa e sou professora de Inglês e Português no ensino secundário, no Porto. Assisti à sua comunicação no encontro "Educação Digital em Rede", em Aveiro, em novembro, e fiquei com vontade de lhe fazer algumas perguntas sobre a forma como a UAN organiza a equipa de design instrucional.

Estou a preparar a transição da sala de aula para esta área e seria muito valioso ouvir a sua perspetiva. Poderia dispensar-me 15 minutos, por telefone ou videochamada, numa data que lhe seja conveniente?

Com os melhores cumprimentos,
""", subject="Pedido de 15 minutos – percurso para o design instrucional", sig=SIG_PT)
    say("h1b", hugo, [me], "2026-03-18 11:47", """Cara Inês Sousa,

Com todo o gosto. Sugiro quinta-feira, dia 26, às 18h30, por Teams – quinze minutos chegam, e se nos entusiasmarmos logo se vê. Deixo já a ligação:

https://teams.microsoft.com/l/meetup-join/19%3ameeting_UAN_EaD_2603%40thread.v2/0

Cumprimentos,
""", parent="h1a")
    say("h1c", me, [hugo], "2026-03-18 21:00", """Caro Dr. Hugo Pestana,

Muito obrigada! Quinta-feira, dia 26, às 18h30, fica combinado.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""", parent="h1b", sig="")
    case.thread("h1a", True, "networking", "Universidade Atlântica do Norte",
                "Inês asked for 15 minutes on his field; Teams call Thu 26 Mar 18:30-18:45 "
                "agreed in words; her 'Muito obrigada' came before it and nothing since; first "
                "touch not due until the end of Thu 9 Apr")
    case.meeting("h1a", at("2026-03-26 18:30"), at("2026-03-26 18:45"), met=[hugo.email],
                 networking=True, what="15 minutes with Hugo Pestana")

    # ---------------------------------------------------------- Referees
    say("rf1a", me, [graca], "2026-03-25 19:40", """Querida Graça,

Espero que esteja bem e a aproveitar a reforma como merece – a Joana contou-me que anda a fazer a Via Algarviana aos bocadinhos!

Tenho um pedido: estou a concorrer a um lugar de coordenadora de aprendizagem digital numa escola internacional em Lisboa, e pedem duas referências profissionais. Como foi minha coordenadora de departamento durante tantos anos, ninguém me conhece melhor a trabalhar. Posso indicar o seu nome e contacto?

Um beijinho grande,
Inês
""", subject="Um pedido (referência)", sig="")
    say("rf1b", graca, [me], "2026-03-26 10:15", """Minha querida Inês,

Claro que sim, e com muito orgulho! Pode dar o meu telemóvel, 916 555 027, e este email. Diga-lhes que respondo em inglês sem problema nenhum.

Boa sorte, e dê notícias!
Beijinhos,
Graça
""", parent="rf1a", sig="")
    case.thread("rf1a", True, "application", None,
                "Inês asks her retired former head of department to be a referee; yes")
    say("rf2a", me, [armando], "2026-03-27 19:30", """Caro Armando,

Peço desculpa por lhe escrever a uma sexta-feira à noite, e sobre um assunto pessoal.

Estou a concorrer a uma função de coordenação de aprendizagem digital numa escola internacional, e o processo pede uma referência do diretor atual. Seria possível indicar o seu nome? Compreendo perfeitamente se preferir conversarmos primeiro; estou na escola na segunda-feira para os conselhos de turma.

Com os melhores cumprimentos,
Inês
""", subject="Pedido pessoal – referência", sig="")
    case.thread("rf2a", True, "application", None,
                "Inês asks her current director to be a referee; no answer yet")

    # ==================================================================
    # NOT JOB SEARCH
    # ==================================================================

    # ---------------------------------------------------------- school: hiring jury
    say("s3a", paulo, [me], "2026-03-13 16:20", """Caras colegas,

Conforme despacho do Sr. Diretor, ficam designadas como membros do júri da contratação de escola para o Horário n.º 14 (grupo 330 – Inglês, 8 horas) a Prof.ª Inês Carvalho Sousa e a Prof.ª Ana Cristina Matos, sob a minha presidência.

As entrevistas de avaliação de competências realizam-se na quarta-feira, 18 de março, na sala de reuniões 2, pela seguinte ordem:

14h00 – candidata n.º 1
14h40 – candidato n.º 2
15h20 – candidata n.º 3
16h00 – candidata n.º 4

Em anexo seguem a grelha de avaliação aprovada e a lista ordenada dos candidatos.

Cumprimentos,
""", subject="Contratação de escola – Horário n.º 14 (grupo 330): júri e entrevistas",
        cc=[Person(*anacris)], attachments=[
            ("Grelha_entrevista_H14.pdf", "application/pdf",
             pdf("Grelha de avaliacao - entrevista", "Horario n. 14 - grupo 330"))])
    say("s3b", me, [paulo], "2026-03-14 10:02", """Olá Paulo,

Recebido, lá estarei. Podes enviar-me também os CVs dos quatro candidatos, para os ler com calma no fim de semana?

Obrigada,
Inês
""", parent="s3a", sig="")
    say("s3c", paulo, [me], "2026-03-16 08:50", """Inês, seguem em anexo. Não os reencaminhes, por favor – proteção de dados.

P.
""", parent="s3b", sig="", attachments=[
        ("CVs_candidatos_H14.pdf", "application/pdf",
         pdf("Curricula - candidatos Horario 14", "Documento reservado ao juri"))])
    say("s3d", paulo, [me], "2026-03-18 18:20", """Obrigado às duas pela tarde de entrevistas. A ata está na secretaria para assinarem amanhã; a lista final sai na plataforma até sexta.

P.
""", parent="s3c", cc=[Person(*anacris)], sig="")
    case.thread("s3a", False, None, "Escola Secundária das Fontainhas",
                "Inês sits on the jury interviewing candidates for a teaching post at her own "
                "school, Wed 18 Mar 14:00-16:40; she is the interviewer, not the candidate")
    case.meeting("s3a", at("2026-03-18 14:00"), at("2026-03-18 16:40"),
                 met=[paulo.email, anacris[1]], job=False, what="hiring jury at school")
    case.promise("s3a", "s3d", paulo.email, "2026-03-20", job=False)

    say("s4a", me, [paulo], "2026-03-12 19:05", """Olá Paulo,

Preciso de faltar na terça-feira, 24 de março, por motivos pessoais. Já combinei permutas com a Rita (10.º B, 2.º tempo) e com o Jorge (11.º C, 4.º tempo); a aula do 12.º A passa para quinta-feira, no 5.º tempo, com a sala 14 livre (já confirmei).

Segue o impresso preenchido em anexo.

Obrigada,
Inês
""", subject="Pedido de permuta – terça-feira, 24 de março", sig="", attachments=[
        ("Permuta_24-03_ICSousa.pdf", "application/pdf",
         pdf("Pedido de permuta de aulas", "Docente: Ines Carvalho Sousa", "Data: 24/03/2026"))])
    say("s4b", paulo, [me], "2026-03-13 08:15", """Autorizado. Entrega o original na secretaria.

P.

Enviado do meu telemóvel
""", parent="s4a", sig="")
    case.thread("s4a", False, None, "Escola Secundária das Fontainhas",
                "class swaps for the day of the Lisbon demo lesson; approved")

    conv_text = """Convocatória n.º 27/2025-26

Nos termos do Regulamento Interno, convocam-se os docentes para as reuniões de Conselho de Turma de avaliação do 2.º período, de acordo com o calendário em anexo. Excertos do calendário, sala de reuniões 1:

10.º B – sexta-feira, 27/03, 14h30–16h00
11.º A – sexta-feira, 27/03, 16h00–17h30
11.º C – segunda-feira, 30/03, 15h00–16h30
12.º A – terça-feira, 31/03, 14h30–16h00
12.º C – terça-feira, 31/03, 16h00–17h30

As classificações e os sumários devem estar lançados no Inovar até 48 horas antes de cada reunião. Os diretores de turma enviarão as sínteses descritivas até 26/03.

O Diretor
Armando Queirós
"""
    say("s5a", direcao, [docentes], "2026-03-16 17:30", conv_text, sig="",
        subject="Convocatória – Conselhos de Turma de avaliação do 2.º período",
        html=html_of(conv_text), attachments=[
            ("Calendario_CT_avaliacao_2P.pdf", "application/pdf",
             pdf("Calendario dos Conselhos de Turma - 2. periodo", "27, 30 e 31 de marco"))])
    case.thread("s5a", False, None, "Escola Secundária das Fontainhas",
                "grading meetings at the end of term; Inês sits on 10.º B (Fri 27 Mar), 11.º C "
                "(Mon 30 Mar) and 12.º A (Tue 31 Mar 14:30, still ahead)")
    case.meeting("s5a", at("2026-03-27 14:30"), at("2026-03-27 16:00"), job=False,
                 what="CT 10.º B")
    case.meeting("s5a", at("2026-03-30 15:00"), at("2026-03-30 16:30"), job=False,
                 what="CT 11.º C")
    case.meeting("s5a", at("2026-03-31 14:30"), at("2026-03-31 16:00"), job=False,
                 status="scheduled", what="CT 12.º A")

    sum1 = """Exma. Professora Inês Carvalho Sousa,

Existem sumários por registar no Inovar Alunos:

12.º A – Inglês – 18/03/2026 (2 tempos)
10.º B – Português – 20/03/2026 (1 tempo)

Regularize a situação com a maior brevidade possível.

Mensagem gerada automaticamente pelo Inovar Alunos. Não responda a este email.
"""
    say("s2a", inovar, [me], "2026-03-23 08:00", sum1, sig="",
        subject="Inovar Alunos – Sumários por registar", headers=AUTO, html_only=True,
        html=html_of(sum1))
    case.thread("s2a", False, None, "Escola Secundária das Fontainhas", "missing class records")
    sum2 = """Exma. Professora Inês Carvalho Sousa,

Existem sumários por registar no Inovar Alunos:

11.º C – Inglês – 26/03/2026 (1 tempo)

Regularize a situação com a maior brevidade possível.

Mensagem gerada automaticamente pelo Inovar Alunos. Não responda a este email.
"""
    say("s2b", inovar, [me], "2026-03-30 08:00", sum2, sig="",
        subject="Inovar Alunos – Sumários por registar", headers=AUTO, html_only=True,
        html=html_of(sum2))
    case.thread("s2b", False, None, "Escola Secundária das Fontainhas", "missing class records")

    dep_ics = make_ics(
        method="REQUEST", uid=uid_google("teacher-porto", "dep-linguas-0303"),
        stamp=at("2026-02-26 15:00"), start=at("2026-03-03 17:00"), end=at("2026-03-03 18:30"),
        summary="Reunião de Departamento de Línguas", organizer=luisa,
        attendees=[(luisa, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (linguas, "NEEDS-ACTION", "GROUP")],
        tzid=LIS, location="Biblioteca – sala de trabalho",
        description="Ordem de trabalhos: 1. Informações; 2. Provas de equivalência à "
                    "frequência; 3. Plano de formação do agrupamento; 4. Outros assuntos.",
        prodid=GOOGLE_PRODID)
    dep_text = """Foi convidado para o seguinte evento.

Reunião de Departamento de Línguas
terça-feira, 3 de março de 2026 ⋅ 17:00 – 18:30
Hora da Europa Ocidental - Lisboa
Biblioteca – sala de trabalho

Ordem de trabalhos: 1. Informações; 2. Provas de equivalência à frequência; 3. Plano de formação do agrupamento; 4. Outros assuntos.

Convidados
Luísa Fonseca - organizador
Departamento de Línguas

Convite do Google Calendar
"""
    say("l1a", luisa_cal, [me], "2026-02-26 15:00", dep_text, sig="",
        subject="Convite: Reunião de Departamento de Línguas @ ter., 3 de mar. de 2026 17:00 - "
                "18:30 (WET) (ines.carvalho.sousa@example.pt)",
        headers=GCAL, html=html_of(dep_text), ics=dep_ics, ics_mode="google")
    case.thread("l1a", False, None, "Escola Secundária das Fontainhas",
                "department meeting at school, Tue 3 Mar")
    case.meeting("l1a", at("2026-03-03 17:00"), at("2026-03-03 18:30"), met=[luisa.email],
                 job=False, what="department meeting")
    say("l1b", luisa, [linguas], "2026-03-02 14:10", """Caros colegas,

Em anexo seguem a ata da última reunião, para aprovação amanhã, e a proposta de matriz das provas de equivalência à frequência de Inglês (11.º ano). Peço que tragam sugestões.

Até amanhã,
Luísa
""", subject="Reunião de amanhã – documentos", sig="", attachments=[
        ("Ata_DL_fevereiro.pdf", "application/pdf", pdf("Ata - Departamento de Linguas",
                                                          "Reuniao de 3 de fevereiro de 2026"))])
    case.thread("l1b", False, None, "Escola Secundária das Fontainhas",
                "documents for the department meeting")

    # ---------------------------------------------------------- friends & family
    say("f6a", rita, [me], "2026-03-24 22:30", """Então??? Como correu a aula em Lisboa?! Conta tudo. E os meus meninos do 10.º B portaram-se bem na permuta? ahah

Beijo
Rita

Enviado do meu iPhone
""", subject="então???", sig="")
    say("f6b", me, [rita], "2026-03-25 07:55", """Correu bem, acho eu! Os miúdos de lá são uns queridos e a tecnologia funcionou toda (milagre). A Head of Secondary – lá é assim que se chama – já me disse que dão resposta até segunda. Vamos ver.

Jantar sexta para desanuviar?

Bjs
""", parent="f6a", sig="")
    say("f6c", rita, [me], "2026-03-25 12:40", """Sexta não posso, é o jantar de anos do meu sogro 🙄 Sábado? Digo-te até amanhã se o Zé consegue ficar com os miúdos.
""", parent="f6b", sig="", quote=False)
    say("f6d", rita, [me], "2026-03-26 20:15", """Sábado confirmado!! 20h30 lá em casa? Eu levo a sobremesa 🍰
""", parent="f6c", sig="", quote=False)
    say("f6e", me, [rita], "2026-03-26 21:02", """Combinado ❤️ traz também o Zé, claro
""", parent="f6d", sig="", quote=False)
    case.thread("f6a", False, None, None,
                "a friend and colleague asks how the Lisbon demo went; dinner on Sat 28 Mar")
    case.promise("f6a", "f6c", rita.email, "2026-03-26", job=False)
    case.meeting("f6a", at("2026-03-28 20:30"), None, met=[rita.email], job=False,
                 what="dinner with Rita")

    say("f7a", mae, [me], "2026-03-01 11:02", """Filha,

Então a Páscoa é cá em Braga como sempre? O teu pai quer saber se vocês vêm na quinta à noite ou só no sábado. O compasso passa cá no domingo de manhã, e a tia Lurdes também vem.

Beijinhos da mãe
""", subject="Páscoa", sig="")
    say("f7b", me, [mae], "2026-03-01 21:40", """Olá mãe!

Claro que é aí 🙂 Ainda não sei se vamos na quinta ou na sexta, depende de umas coisas da escola (e de outras que depois te conto). O Duarte já perguntou se o avô o leva à pesca outra vez.

Beijinhos
""", parent="f7a", sig="")
    say("f7c", mae, [me], "2026-03-30 10:12", """Então filha, já sabes quando chegam? O teu pai já comprou o cabrito.

Mãe
""", parent="f7b", sig="", quote=False)
    case.thread("f7a", False, None, None, "her mother about Easter in Braga")
    say("f8a", mae, [me], "2026-03-19 09:30", """Não te esqueças de ligar hoje ao teu pai, que é o Dia do Pai. E diz ao Duarte para lhe ligar também, que ele fica todo babado.

Beijinhos
""", subject="Hoje", sig="")
    case.thread("f8a", False, None, None, "Father's Day reminder from her mother")

    say("f9a", pedro, [me], "2026-03-23 13:10", """Amanhã levo eu o Duarte à escola e vou buscá-lo ao treino às 19h. Que horas é o comboio de volta?

Boa sorte!! 💪
""", subject="Amanhã", sig="")
    say("f9b", me, [pedro], "2026-03-23 13:45", """Alfa das 15h09 em Oriente, chego a Campanhã às 17h59 se não houver atrasos (vai haver 🙃). Obrigada ❤️
""", parent="f9a", sig=IPHONE, quote=False)
    case.thread("f9a", False, None, None, "her husband, logistics for the Lisbon day")

    say("f10a", me, [catarina], "2026-03-11 22:15", """Mana,

Tenho uma coisa em Parede no dia 24 de manhã (depois conto 🤞). Posso ficar aí na segunda à noite? Chego a Oriente por volta das 22h40.

Bjs
""", subject="Dia 23 em Lisboa", sig="")
    say("f10b", catarina, [me], "2026-03-12 08:02", """Claro!! O sofá-cama é teu. A Matilde vai ficar doida por ver a tia. Vou buscar-te a Oriente.

Bjs
""", parent="f10a", sig="")
    case.thread("f10a", False, None, None, "her sister in Lisbon, a bed for Monday night")

    # ---------------------------------------------------------- son's football club
    fc1 = """Caros pais e encarregados de educação,

Convocatória para o jogo de sábado, 21/02, contra o Académico de Paranhos (Campeonato Distrital Sub-11, Série 3):

Concentração: 9h15 no Campo da Arca d'Água
Início do jogo: 10h00
Equipamento: alternativo (azul)

Convocados: Afonso M., Duarte S., Gabriel P., Henrique C., Lourenço T., Martim R., Rodrigo F., Santiago A., Simão L., Tomás B., Vicente G.

Pedimos a todos que confirmem a presença até quinta-feira.

Saudações desportivas,
Mister Hélder
FC Arca d'Água – Futebol de Formação
"""
    say("fc1", clube, [clube], "2026-02-18 20:10", fc1, sig="",
        subject="Sub-11 | Convocatória – jogo de sábado (21/02) vs. Académico de Paranhos")
    case.thread("fc1", False, None, "FC Arca d'Água", "son's football club, match call-up")
    case.meeting("fc1", at("2026-02-21 10:00"), None, job=False, what="football match")
    fc2 = """Caros sócios,

Relembramos que a quota mensal de março (30,00 €) deve ser paga até dia 8, por transferência para o IBAN PT50 0035 0000 5555 0123 4567 8 ou na secretaria do clube (terças e quintas, das 18h às 20h). Indique sempre o nome do atleta no descritivo.

A Direção
"""
    say("fc2", clube, [clube], "2026-03-02 18:00", fc2, sig="",
        subject="Quotas de março – lembrete")
    case.thread("fc2", False, None, "FC Arca d'Água", "membership fee reminder")
    fc3 = """Caros pais,

O FC Arca d'Água vai participar no Torneio da Páscoa de Matosinhos (Sub-11), nos dias 1 e 2 de abril. As inscrições estão abertas até segunda-feira, 16/03 (15 € por atleta, inclui almoço e t-shirt).

O plano do torneio, com horários e transporte, será enviado até sexta-feira, 20 de março.

Saudações desportivas,
A Coordenação da Formação
"""
    say("fc3", clube, [clube], "2026-03-10 21:30", fc3, sig="",
        subject="Torneio da Páscoa – Sub-11 (inscrições)")
    say("fc3b", me, [clube], "2026-03-11 07:40", """Bom dia,

O Duarte Sousa (Sub-11) participa no torneio. A transferência dos 15 € segue hoje.

Cumprimentos,
Inês Carvalho Sousa (mãe)
""", parent="fc3", sig="")
    case.thread("fc3", False, None, "FC Arca d'Água",
                "Easter tournament sign-up; the club's plan 'até sexta-feira, 20 de março' "
                "came on Thu 19 Mar in its own thread")
    case.promise("fc3", "fc3", clube.email, "2026-03-20", job=False)
    case.own_promise("fc3", "fc3b", clube.email, "2026-03-11", job=False)
    fc4 = """Caros pais,

Segue o plano do Torneio da Páscoa de Matosinhos:

Quarta, 1/04 – concentração às 8h30 no clube; jogos às 10h00, 11h20 e 15h00
Quinta, 2/04 – fase final a partir das 9h30

O transporte é feito na carrinha do clube e em carros dos pais (precisamos de mais dois condutores – quem puder, responda a este email).

Saudações desportivas,
A Coordenação da Formação
"""
    say("fc4", clube, [clube], "2026-03-19 22:05", fc4, sig="",
        subject="Torneio da Páscoa – plano e horários")
    case.thread("fc4", False, None, "FC Arca d'Água", "tournament plan")
    fc5 = """Caros pais,

Devido ao estado do relvado, o jogo de amanhã (sábado, 28/03) contra o Leça do Balio foi adiado pela Associação. Mantém-se o treino de sexta-feira à hora habitual.

Saudações desportivas,
Mister Hélder
"""
    say("fc5", clube, [clube], "2026-03-27 16:45", fc5, sig="",
        subject="Sub-11 | Jogo de sábado adiado")
    case.thread("fc5", False, None, "FC Arca d'Água", "match postponed")

    # ---------------------------------------------------------- parish
    pa1 = """Caros pais dos meninos do 3.º ano,

A reunião de pais do 3.º ano de catequese será no sábado, 14 de março, às 16h00, no salão paroquial. Vamos falar da preparação para a Festa da Primeira Comunhão, da túnica e do retiro.

Quanto às datas da Festa, o Sr. Padre Albino ainda está a fechar o calendário com o Conselho Pastoral; envio-as a todos até ao final da próxima semana.

Um abraço em Cristo,
Madalena
(catequista do 3.º ano)
"""
    say("pa1", madalena, [madalena], "2026-03-02 21:00", pa1, sig="",
        subject="Catequese 3.º ano – reunião de pais (sábado, 14 de março)")
    case.thread("pa1", False, None, "Paróquia da Senhora da Luz do Bonfim",
                "catechism parents' meeting Sat 14 Mar; the catechist's 'envio-as até ao final "
                "da próxima semana' (Fri 13 Mar) was never kept")
    case.meeting("pa1", at("2026-03-14 16:00"), None, met=[madalena.email], job=False,
                 what="catechism parents' meeting")
    case.promise("pa1", "pa1", madalena.email, "2026-03-13", job=False)
    pa2 = """Caros paroquianos,

Horários da Semana Santa e Páscoa 2026:

Domingo de Ramos (29/03): bênção dos ramos às 10h30 no adro, seguida de Eucaristia
Quinta-feira Santa (2/04): Missa da Ceia do Senhor às 21h00
Sexta-feira Santa (3/04): Via-Sacra às 15h00; Celebração da Paixão às 21h00
Vigília Pascal (4/04): 21h30
Domingo de Páscoa (5/04): Eucaristias às 9h00 e 11h00; visita pascal a partir das 14h00

As inscrições para a visita pascal fazem-se no cartório até dia 1 de abril.

Paróquia da Senhora da Luz do Bonfim
"""
    say("pa2", paroquia, [paroquia], "2026-03-25 18:30", pa2, sig="",
        subject="Horários da Semana Santa e Páscoa 2026")
    case.thread("pa2", False, None, "Paróquia da Senhora da Luz do Bonfim", "Holy Week timetable")

    # ---------------------------------------------------------- son's school
    vis = """Exmos. Encarregados de Educação do 5.º C,

No dia 26 de março, a turma fará uma visita de estudo ao Centro de Ciência Viva de Vila do Conde, no âmbito de Ciências Naturais. A saída é às 9h00 e o regresso às 16h30. O custo é de 8 €, a entregar com a autorização assinada até sexta-feira, 20 de março.

Com os melhores cumprimentos,
Helena Vieira
Diretora de Turma do 5.º C
EB Campo 24 de Agosto
"""
    say("sd1", escola_duarte, [me], "2026-03-12 17:20", vis, sig="",
        subject="5.º C – Visita de estudo (26 de março) – autorização")
    say("sd1b", me, [escola_duarte], "2026-03-12 21:50", """Boa noite, Professora Helena,

Obrigada pela informação. O Duarte leva amanhã a autorização assinada e os 8 €.

Com os melhores cumprimentos,
Inês Carvalho Sousa
""", parent="sd1", sig="")
    case.thread("sd1", False, None, "EB Campo 24 de Agosto", "son's school trip permission")
    case.own_promise("sd1", "sd1b", escola_duarte.email, "2026-03-13", job=False)

    # ---------------------------------------------------------- services
    ctt1 = """O seu objeto RR845512907PT está em distribuição.

Remetente: Academia Digital Aberta
Entrega prevista: hoje, 10/03/2026, até às 19h00

Acompanhe o seu objeto em ctt.pt/seguir.
CTT – Correios de Portugal
"""
    say("ctt1", ctt, [me], "2026-03-10 09:12", ctt1, sig="",
        subject="O seu objeto RR845512907PT está em distribuição", headers=AUTO,
        html_only=True, html=html_of(ctt1))
    case.thread("ctt1", False, None, "CTT", "parcel out for delivery")
    ctt2 = """Não foi possível entregar o seu objeto RR845512907PT (aviso n.º 4410 0027 9915).

Pode levantá-lo na Loja CTT Paranhos a partir de amanhã, 11/03/2026, após as 12h00, até 20/03/2026. Leve o aviso e o seu documento de identificação.

CTT – Correios de Portugal
"""
    say("ctt2", ctt, [me], "2026-03-10 15:40", ctt2, sig="",
        subject="Objeto não entregue – RR845512907PT", headers=AUTO, html_only=True,
        html=html_of(ctt2))
    case.thread("ctt2", False, None, "CTT", "parcel not delivered, pick-up notice")
    ctt3 = """O seu objeto DA104582229PT foi entregue em 26/03/2026 às 11h48.

Remetente: Livraria Página a Página

CTT – Correios de Portugal
"""
    say("ctt3", ctt, [me], "2026-03-26 11:49", ctt3, sig="",
        subject="Objeto entregue – DA104582229PT", headers=AUTO, html_only=True,
        html=html_of(ctt3))
    case.thread("ctt3", False, None, "CTT", "book delivered")

    edp1 = """Olá Inês,

A sua fatura de eletricidade e gás natural de fevereiro já está disponível.

Valor: 87,43 €
Data de débito: 05/03/2026
N.º da fatura: FT 2026/0211874

Consulte o detalhe na app EDP ou em edp.pt/area-cliente.

Obrigado por ser cliente EDP.
"""
    say("edp1", edp, [me], "2026-02-18 08:30", edp1, sig="",
        subject="A sua fatura EDP de fevereiro está disponível", headers=AUTO, html_only=True,
        html=html_of(edp1))
    case.thread("edp1", False, None, "EDP", "electricity and gas bill")
    edp2 = edp1.replace("fevereiro", "março").replace("87,43", "94,10").replace(
        "05/03/2026", "06/04/2026").replace("0211874", "0347702")
    say("edp2", edp, [me], "2026-03-18 08:31", edp2, sig="",
        subject="A sua fatura EDP de março está disponível", headers=AUTO, html_only=True,
        html=html_of(edp2))
    case.thread("edp2", False, None, "EDP", "electricity and gas bill")

    dent_ics = make_ics(
        method="PUBLISH", uid=uid_uuid("teacher-porto", "dentista"),
        stamp=at("2026-03-06 11:00"), start=at("2026-03-19 17:40"), end=at("2026-03-19 18:10"),
        summary="Consulta – Duarte Sousa (Ortodontia)", organizer=dentista,
        tzid=LIS, location="Clínica Dentária Sorriso das Antas, Rua de Costa Cabral 812, Porto",
        prodid="-//Sorriso das Antas//Agenda//PT")
    dent1 = """Exma. Sra. D. Inês Carvalho Sousa,

Confirmamos a marcação da consulta de ortodontia do Duarte Sousa para quinta-feira, 19/03/2026, às 17h40, com a Dr.ª Sílvia Brandão.

Em caso de impossibilidade, agradecemos que nos avise com 24 horas de antecedência pelo 225 550 184.

Clínica Dentária Sorriso das Antas
"""
    say("de1", dentista, [me], "2026-03-06 11:00", dent1, sig="",
        subject="Confirmação de consulta – Duarte Sousa – 19/03/2026, 17h40", ics=dent_ics,
        ics_mode="publish")
    case.thread("de1", False, None, "Clínica Dentária Sorriso das Antas",
                "son's orthodontist appointment, ICS PUBLISH")
    case.meeting("de1", at("2026-03-19 17:40"), at("2026-03-19 18:10"),
                 met=[dentista.email], job=False, what="orthodontist")
    say("de2", dentista, [me], "2026-03-18 10:00", """Lembrete: o Duarte Sousa tem consulta amanhã, 19/03, às 17h40. Até amanhã!

Clínica Dentária Sorriso das Antas · 225 550 184
""", subject="Lembrete de consulta", sig="", headers=AUTO)
    case.thread("de2", False, None, "Clínica Dentária Sorriso das Antas", "reminder")

    # ---------------------------------------------------------- newsletters & alerts
    ldw_hdr = bulk_headers("<weekly.learningdesignweekly.com>",
                           "https://learningdesignweekly.com/u/7d1c9")
    ldw1 = """LEARNING DESIGN WEEKLY · Issue 212

This week:
- Scenario-based learning without the cringe: five rules from a decade of branching
- Tool watch: what's new in Articulate 360 and Genially this month
- Career corner: moving from teaching into L&D – which of your classroom skills translate, and how to say so in an interview

Jobs board: Learning Experience Designer (Remote, EU), Instructional Designer (Amsterdam), Senior LXD (Dublin, hybrid). Apply directly through the links on our site.

You're receiving this because you subscribed at learningdesignweekly.com. Unsubscribe any time.
"""
    say("ldw1", ldw, [me], "2026-02-19 07:00", ldw1, sig="",
        subject="Issue 212: Scenario-based learning without the cringe", headers=ldw_hdr,
        html=html_of(ldw1))
    case.thread("ldw1", False, None, "Learning Design Weekly", "newsletter")
    ldw2 = """LEARNING DESIGN WEEKLY · Issue 214

This week:
- Portfolio reviews: what hiring managers actually look at in the first 90 seconds
- Microlearning is not "short content": a field guide
- Career corner: the follow-up email after a portfolio task – when to send it and what to put in it

Jobs board: Instructional Designer (Remote, EU), Learning Technologist (Lisbon), L&D Specialist (Porto).

You're receiving this because you subscribed at learningdesignweekly.com. Unsubscribe any time.
"""
    say("ldw2", ldw, [me], "2026-03-05 07:00", ldw2, sig="",
        subject="Issue 214: What hiring managers look at in your portfolio", headers=ldw_hdr,
        html=html_of(ldw2))
    case.thread("ldw2", False, None, "Learning Design Weekly", "newsletter")
    ldw3 = """LEARNING DESIGN WEEKLY · Issue 216

This week:
- Designing for the second week: why onboarding programmes fade, and what to do about it
- Measuring behaviour change without a data team
- Career corner: "thank you for your time" – three interview thank-you notes, annotated

Jobs board: Senior Instructional Designer (Remote), Digital Learning Coordinator (international schools, Portugal), Learning Designer (Berlin).

You're receiving this because you subscribed at learningdesignweekly.com. Unsubscribe any time.
"""
    say("ldw3", ldw, [me], "2026-03-19 07:00", ldw3, sig="",
        subject="Issue 216: Designing for the second week", headers=ldw_hdr, html=html_of(ldw3))
    case.thread("ldw3", False, None, "Learning Design Weekly", "newsletter")
    edr = """Educação em Rede – newsletter de março

- Formação contínua: novas ações acreditadas sobre inteligência artificial na sala de aula (inscrições até 10 de abril)
- Entrevista: "O professor designer" – três docentes que desenham os seus próprios cursos online
- Agenda: encontro regional de Aveiro (9 de maio), chamada de comunicações aberta

Recebe esta newsletter porque se inscreveu em educacaoemrede.pt. Cancelar subscrição.
"""
    say("edr1", edurede, [me], "2026-03-09 18:00", edr, sig="",
        subject="Educação em Rede – março: IA na sala de aula, o professor designer",
        headers=bulk_headers("<news.educacaoemrede.pt>", "https://educacaoemrede.pt/cancelar"),
        html=html_of(edr))
    case.thread("edr1", False, None, "Educação em Rede", "newsletter")

    va_hdr = bulk_headers("<alertas.vagasja.pt>", "https://vagasja.pt/alertas/cancelar")
    va1 = """O seu alerta "designer instrucional" – Porto e remoto

7 novas ofertas:
- Designer Instrucional (m/f) – Centro de Formação Norte, Porto
- E-learning Content Developer – empresa de consultoria, Maia
- Técnico(a) de Formação – Grupo Atlântida, Porto
- Instructional Designer (English) – remote, EU
- Formador(a) de Inglês – escola de línguas, Matosinhos
- Learning Designer – startup de saúde, Lisboa (híbrido)
- Designer de Formação – IPSS, Gaia

Candidate-se já em vagasja.pt. Para deixar de receber este alerta, clique aqui.
"""
    say("va1", vagas, [me], "2026-02-20 08:15", va1, sig="",
        subject="7 novas ofertas para \"designer instrucional\"", headers=va_hdr,
        html_only=True, html=html_of(va1))
    case.thread("va1", False, None, "VagasJá", "job alert")
    va2 = """O seu alerta "designer instrucional" – Porto e remoto

5 novas ofertas:
- Designer Instrucional – Aprende+, Braga (candidatura no site da empresa)
- Coordenador(a) de Formação e-Learning – consultora de recrutamento, Porto
- Instructional Designer – remote (EU), Dublin-based company
- Gestor(a) de Formação – indústria, Paredes
- Técnico Superior de Ensino a Distância – ensino superior, Porto

Candidate-se já em vagasja.pt. Para deixar de receber este alerta, clique aqui.
"""
    say("va2", vagas, [me], "2026-03-06 08:15", va2, sig="",
        subject="5 novas ofertas para \"designer instrucional\"", headers=va_hdr,
        html_only=True, html=html_of(va2))
    case.thread("va2", False, None, "VagasJá", "job alert")
    va3 = """O seu alerta "designer instrucional" – Porto e remoto

4 novas ofertas:
- Learning Experience Designer – edtech, Lisboa
- Designer Instrucional Júnior – produtora de e-learning, Porto
- Formador(a) e-learning – centro de formação, Braga
- Digital Learning Specialist – banca, Porto

Candidate-se já em vagasja.pt. Para deixar de receber este alerta, clique aqui.
"""
    say("va3", vagas, [me], "2026-03-20 08:15", va3, sig="",
        subject="4 novas ofertas para \"designer instrucional\"", headers=va_hdr,
        html_only=True, html=html_of(va3))
    case.thread("va3", False, None, "VagasJá", "job alert")

    ada1 = """Parabéns, Inês!

Concluiu com aproveitamento o curso "Design Instrucional e Aprendizagem Online" (120 horas), com a classificação final de 18 valores.

O certificado digital está disponível na sua área pessoal, e a versão impressa seguirá por correio registado nos próximos dias.

Academia Digital Aberta
"""
    say("ada1", ada, [me], "2026-02-20 17:05", ada1, sig="",
        subject="Certificado de conclusão – Design Instrucional e Aprendizagem Online",
        headers=AUTO, html=html_of(ada1))
    case.thread("ada1", False, None, "Academia Digital Aberta", "course certificate")

    fin1 = """Caro(a) contribuinte,

Informamos que a entrega da declaração de IRS relativa aos rendimentos de 2025 decorre entre 1 de abril e 30 de junho de 2026. Pode confirmar previamente as suas despesas no e-Fatura até 15 de março e verificar se está abrangido(a) pelo IRS Automático.

Autoridade Tributária e Aduaneira
"""
    say("fin1", financas, [me], "2026-03-04 10:00", fin1, sig="",
        subject="IRS 2025 – datas de entrega e IRS Automático", headers=AUTO,
        html_only=True, html=html_of(fin1))
    case.thread("fin1", False, None, "Autoridade Tributária e Aduaneira", "tax notice")

    liv1 = """Olá Inês,

Obrigado pela sua encomenda n.º 40921.

1 × Design for How People Learn (2.ª ed.) – Julie Dirksen – 38,90 €
Portes: grátis

Total: 38,90 € (pago com MB WAY)

A encomenda será enviada por CTT Expresso nos próximos dias úteis.

Livraria Página a Página
"""
    say("liv1", livraria, [me], "2026-03-22 11:37", liv1, sig="",
        subject="Encomenda n.º 40921 confirmada", headers=AUTO, html_only=True,
        html=html_of(liv1))
    case.thread("liv1", False, None, "Livraria Página a Página", "book order receipt")

    cp1 = """Bilhete – Alfa Pendular

Segunda-feira, 23/03/2026
Porto Campanhã 19:39 → Lisboa Oriente 22:34
Carruagem 4, lugar 62 (Turística)

Terça-feira, 24/03/2026
Lisboa Oriente 15:09 → Porto Campanhã 17:59
Carruagem 3, lugar 18 (Turística)

Total: 59,20 €

Apresente este bilhete no telemóvel ou impresso. Boa viagem!
CP – Comboios de Portugal
"""
    say("cp1", cp, [me], "2026-03-12 22:41", cp1, sig="",
        subject="CP – Confirmação de compra – Porto Campanhã ⇄ Lisboa Oriente", headers=AUTO,
        html_only=True, html=html_of(cp1),
        attachments=[("Bilhete_CP_23-03.pdf", "application/pdf",
                      pdf("CP - Bilhete Alfa Pendular", "Porto Campanha - Lisboa Oriente",
                          "23/03/2026 19:39 and 24/03/2026 15:09"))])
    case.thread("cp1", False, None, "CP – Comboios de Portugal", "train tickets to Lisbon")

    # ==================================================================
    # LABELS
    # ==================================================================
    case.expect("thank_you", "t2a", tomas.email,
                "observer at the demo lesson and conversation Tue 24 Mar 10:00-11:30; the only "
                "'Thanks' to him (Thu 19 Mar) came before it, and the thank-you note went to "
                "Helen alone; overdue since Wed 25 Mar 11:30")
    case.expect("own_promise", "t1a", sofia.email,
                "Inês promised the referees' details 'by Monday 30 March at the latest' and has "
                "not written to Sofia since; due at the end of Mon 30 Mar")
    case.expect("callback", "b1a", camila.email,
                "'te dou um retorno até quarta-feira, dia 18/03'; nothing from Trilha since; due "
                "end of Fri 20 Mar, not stale until 4 Apr", promised="2026-03-18")
    case.expect("callback", "a1a", leonor.email,
                "'a decisão final será comunicada a todos até ao dia 20 de março' (passive); "
                "nothing from the Fundação since; due end of Tue 24 Mar", promised="2026-03-20")
    case.expect("ask_for_address", "v2a", marta.email,
                "client interview Fri 27 Mar 17:30 took place with Paula Meireles and Rui "
                "Tavares, whose addresses appear nowhere; Marta arranged it and Inês has not "
                "written to her since; due from 20:30 that evening")
    case.expect("application", "m1a", teresa.email,
                "CV sent Mon 16 Mar; only an out-of-office came back (not a person writing); "
                "7 business days ran out at the end of Wed 25 Mar")
    case.expect("networking", "g1a", filipa.email,
                "coffee Sat 7 Mar took place; last exchange Filipa's reply of Mon 9 Mar; first "
                "touch due at the end of Mon 23 Mar, not stale until 7 Apr")
    case.expect("thank_you", "p2a", goncalo.email,
                "Teams call moved to Mon 23 Mar 16:30-17:15 and held; never thanked; the "
                "rejection of Thu 26 Mar ends the callback but not the thank-you; overdue since "
                "Tue 24 Mar 17:15")
    case.expect("thank_you", "h1a", hugo.email,
                "the 15-minute Teams call Thu 26 Mar 18:30-18:45 took place; her 'Muito "
                "obrigada' was sent before it; overdue since Fri 27 Mar 18:45")

    case.forbid("t3a", helen.email,
                "thanked on Tue 24 Mar; her 'by Monday 30 March' has passed but the grace runs "
                "to the end of Wed 1 Apr")
    case.forbid("t2a", room[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    case.forbid("c3a", ciaran.email,
                "thanked by the one note to Niamh and Ciarán on Thu 26 Mar 17:20 (a note to "
                "several people satisfies each)")
    case.forbid("c3a", niamh.email, "thanked by the group note of Thu 26 Mar 17:20")
    case.forbid("c3a", goodtime.email, "automated scheduler sender and ICS organizer")
    case.forbid("c2a", aoife.email,
                "phone screen thanked on Mar 5; her 'by the end of this week' was answered by "
                "the invitation of Mar 18; 'by Friday 3 April' is still ahead; Inês's own "
                "promise of the task was kept")
    case.forbid("g1a", joana.email,
                "the colleague who made the introduction: not at the coffee, promised nothing")
    case.forbid("p3a", sara.email,
                "she sent the rejection; she was not at the interview and nothing is owed to her")
    case.forbid("n2a", mariana[1],
                "the interview was cancelled (ICS CANCEL on Mon 23 Mar) and never took place")
    case.forbid("i1a", miguel.email,
                "application answered the next day; the visit on Thu 2 Apr 11:00 is still ahead")
    case.forbid("r1a", smartr.email,
                "automated acknowledgement of a portal application; no person to follow up "
                "with")
    case.forbid("v1a", marta.email,
                "the CV was answered the next morning and 'notícias até ao final da próxima "
                "semana' was kept by the client-interview mail of Tue 17 Mar")
    case.forbid("s3a", paulo.email,
                "Inês was on the jury interviewing candidates at her own school: not her job "
                "search")
    case.forbid("pa1", madalena.email,
                "the catechist's unkept 'até ao final da próxima semana' is parish business, "
                "not job search")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Inês Carvalho Sousa, 38, teaches English and Portuguese at a secondary school in Porto and "
    "is moving into instructional design and edtech. The mailbox runs from mid-February to "
    "Tuesday 31 March 2026, 09:30 WEST, the first Tuesday of the Easter break (Portugal moved "
    "to summer time on 29 March), in European Portuguese, Brazilian Portuguese (a São Paulo "
    "edtech, in Brasília time) and English (an international school near Lisbon and a remote "
    "Dublin company). Tagus Bay International School had her teach a demo lesson observed by "
    "Helen Marsh and Tomás Reis: Helen was thanked in a new thread and her 'by Monday 30 March' "
    "is still inside its grace, Tomás only got a 'Thanks' before the lesson, and Inês's own "
    "promise to send referees to HR by Monday has lapsed. Corrib Learning took her through a "
    "thanked phone screen, a design task she delivered early, and a GoodTime Zoom panel whose "
    "two panelists shared one thank-you note; the recruiter's 'by Friday 3 April' is ahead. "
    "Trilha Educação and Fundação Aurora (a passive 'a decisão será comunicada até') both let "
    "their dates pass. An agency recruiter set up a client interview with two people whose "
    "addresses never appear; a former colleague's introduction led to a coffee with a Head of "
    "Learning that is now due a touch; a 15-minute call with a university e-learning "
    "coordinator and a Teams call with Pirilampo (moved, then followed by a rejection) were "
    "never thanked; an unsolicited CV got only an out-of-office. Aprende+ cancelled, ISETP's "
    "visit is ahead, Grupo Atlântida answered only through SmartRecruiters. Noise: she sits on "
    "her school's hiring jury, grading meetings and Inovar reminders, class swaps, the parish "
    "catechism, her son's football club, CTT, EDP, a dentist's ICS, newsletters and job alerts, "
    "family and friends.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
