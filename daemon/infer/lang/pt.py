"""Portuguese: dates, thanks, quoting, and the words of a hiring process in Brazil and Portugal.
They say some things differently ("processo seletivo" and "candidatura", "te dou um retorno" and
"dar-lhe-emos uma resposta", "bate-papo", "Att." and "Com os melhores cumprimentos", "contato"
and "contacto"); both are here. Mail from a phone often drops accents: where the word without
its accent is not an English one ("reuniao", "sabado"), both spellings are listed.

Everything here is matched against all mail, most of it English and some Spanish: no phrase is
an English word or a short word Spanish or English uses in another sense ("a", "para", "com",
"sim", "vaga" alone, "set", "out", "dez").
"""

from types import MappingProxyType

from daemon.infer.lang import Words

# the pronoun before a verb of news said to the reader: "te aviso", "lhe daremos", "vos
# informaremos"
_TO_YOU = r"(?:te|lhe|lhes|vos)"
_NEWS = r"(?:retorno|resposta|posição|posicao|posicionamento|feedback|devolutiva|notícias|noticias)"
_GIVE = r"(?:dou|damos|dá|da|dão|darei|daremos|dará|darão|daria|daríamos)"
# a job opening: "a vaga", "nossas vagas", "vaga para"; not Spanish "una idea vaga"
_VAGA = (
    r"(?:a|na|da|à|pela|para a|nesta|nessa|desta|dessa|esta|essa|sua|nossa|uma|umas|nova|as|nas|"
    r"das|nossas|novas|algumas|duas|três) vagas?|"
    r"vagas? (?:para|em aberto|abertas?|disponíve(?:l|is))"
)
# "contato" (Brazil) and "contacto" (Portugal)
_CONTACT = r"conta(?:c)?to"
_DIA = r"(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?|sábado|sabado"
# when, said first, of something one sends or answers in the present: "Amanhã envio-lhe o
# certificado", "Na semana que vem eu te passo o feedback", "Até sexta-feira envio-lhe"
_WHEN_FIRST = (
    r"(?:amanhã|(?:ainda )?hoje|(?:ainda )?(?:esta|nesta) semana|(?:n[ao] )?(?:início d[ao] )?"
    r"semana que vem|(?:na )?próxima semana|n[ao] (?:"
    + _DIA
    + r")|até (?:[ao] )?(?:"
    + _DIA
    + r"|dia \d+|[ao] (?:fim|final) d[aoe] [^,.!?\n]{1,20}?|(?:o|ao) fim d[aoe] [^,.!?\n]{1,20}?))"
)
_SEND_NOW = (
    r"(?:envio|mando|passo|devolvo|confirmo|retorno|falo|aviso|entro em conta(?:c)?to|dou um "
    r"retorno|respondo)"
)

WORDS = Words(
    code="pt",
    function_words=(
        "agora ao as até com da das de do dos em então essa esse estou está eu foi gostaria "
        "isso já mais mas muito na no não nós obrigada obrigado olá os ou para pela pelo por "
        "quando que se seu sua são também tenho um uma você vocês é "
        # how mail opens and closes, and the days it names: short notes say little else
        "prezada prezado prezados caro cara oi atenciosamente cordialmente cumprimentos "
        "abraço abraços hoje amanhã aguardo fico vou dia"
    ),
    markers=(
        r"obrigad[oa]",
        r"você",
        r"olá",
        r"não",
        r"também",
        r"para",
        r"estou",
        r"até",
        r"às",
        r"atenciosamente",
        r"abraços?",
        r"cumprimentos",
        r"tudo bem",
    ),
    months=MappingProxyType(
        {
            "janeiro": 1,
            "fevereiro": 2,
            "março": 3,
            "abril": 4,
            "maio": 5,
            "junho": 6,
            "julho": 7,
            "agosto": 8,
            "setembro": 9,
            "outubro": 10,
            "novembro": 11,
            "dezembro": 12,
            "fev": 2,
            # "8 de abril": the scanner reads "day month", so the "de" goes with the month
            "de janeiro": 1,
            "de fevereiro": 2,
            "de março": 3,
            "de marco": 3,
            "de abril": 4,
            "de maio": 5,
            "de junho": 6,
            "de julho": 7,
            "de agosto": 8,
            "de setembro": 9,
            "de outubro": 10,
            "de novembro": 11,
            "de dezembro": 12,
            # calendars shorten them: "qua., 8 de abr. de 2026"; "set", "out" and "dez" are
            # words ("dez" is ten) and are only read after "de" and a day
            "de jan": 1,
            "de fev": 2,
            "de mar": 3,
            "de abr": 4,
            "de mai": 5,
            "de jun": 6,
            "de jul": 7,
            "de ago": 8,
            "de set": 9,
            "de out": 10,
            "de nov": 11,
            "de dez": 12,
        }
    ),
    weekdays=MappingProxyType(
        {
            "segunda-feira": 0,
            "terça-feira": 1,
            "terca-feira": 1,
            "quarta-feira": 2,
            "quinta-feira": 3,
            "sexta-feira": 4,
            # said without "-feira" ("até sexta", "pode ser terça?"); they are ordinals too
            # ("segunda etapa"): not_days below says where they are
            "segunda": 0,
            "terça": 1,
            "terca": 1,
            "quarta": 2,
            "quinta": 3,
            "sexta": 4,
            "sábado": 5,
            "sabado": 5,
            "domingo": 6,
            # calendars' short forms ("qua., 8 de abr."); "sex" and "dom" are other words
            "seg": 0,
            "qua": 2,
            "qui": 3,
            "sáb": 5,
        }
    ),
    # the ordinals that are also weekdays, before what they count: "segunda etapa", "quinta
    # fase", "segunda via"
    not_days=(
        r"(?:segunda|terça|terca|quarta|quinta|sexta) (?:etapa|fase|rodada|entrevista|vez|"
        r"parte|opção|opcao|via|chamada|conversa|reunião|série|serie|edição|"
        r"classe|geração|turma|colocad[oa]|maior|melhor|pessoa|candidat[oa]|posição|lugar|"
        r"semana|linha|página|pergunta|questão|tentativa)",
        r"(?:em|na|a|da|uma) (?:segunda|terça|quarta|quinta|sexta) (?:instância|mão)",
    ),
    day_parts=MappingProxyType(
        {
            "de manhã": 9,
            "pela manhã": 9,
            "na parte da manhã": 9,
            "ao meio-dia": 12,
            "ao meio dia": 12,
            "à tarde": 14,
            "de tarde": 14,
            "pela tarde": 14,
            "na parte da tarde": 14,
            "à noite": 19,
            "de noite": 19,
        }
    ),
    needs_capital=frozenset({"seg", "qua", "qui"}),
    reply_prefixes=("enc", "res", "rsp"),
    notice_subjects=(r"entrevista (?:confirmada|agendada|marcada)", r"novo evento"),
    role_nouns=(r"vaga", r"cargo", r"posição", r"função"),
    client_words=(r"(?:meu|nosso|minha|nossa) cliente",),
    organisation_words=(
        r"grupo",
        r"banco",
        r"seguros",
        r"universidade",
        r"colégio",
        r"saúde",
        r"consultoria",
        r"ltda",
    ),
    agency_names=(r"talentos", r"recrutamento", r"seleção", r"headhunters?"),
    calendar_prefixes=(
        r"convite",
        r"convite atualizado",
        r"evento (?:cancelado|atualizado)",
        r"aceit[oa](?: provisoriamente)?",
        r"recusad[oa]",
        r"provisório",
        r"cancelad[oa]",
        r"atualizad[oa]",
        r"novo horário proposto",
    ),
    quote_headers=(
        r"(?:em|no dia) .{3,200}escreveu",
        r"-{2,} ?(?:mensagem original|mensagem encaminhada) ?-{2,}",
        r"início da mensagem encaminhada",
        # Outlook's header block: "De: ...", then "Enviado em: ..." (or "Data:" and "Para:")
        r"de: .{1,200}\nenviad[oa](?: em)?: .{1,200}",
        r"de: .{1,200}\ndata: .{1,200}\npara: .{1,200}",
    ),
    sign_offs=(
        r"cumprimentos",
        r"(?:com os )?(?:melhores|cordiais) cumprimentos",
        r"atenciosamente",
        r"att",
        r"atte",
        r"abraços?",
        r"(?:um|grande|um grande|forte) abraço",
        r"abs",
        r"beijinhos",
        r"bjs",
        r"cordialmente",
        r"saudações",
        r"grat[oa]",
        r"obrigad[oa] e (?:um )?abraço",
        r"fico (?:no aguardo|a aguardar|à disposição|a disposição)"
        r"(?: (?:do|de) (?:seu|teu|vosso) (?:retorno|contato|contacto))?",
    ),
    thanks=(
        r"obrigad[oa]",
        r"muito obrigad[oa]",
        r"agradeço",
        # "Gostaria de agradecer pela conversa", "queria te agradecer"
        r"(?:gostaria|queria|quero) (?:de )?(?:te |lhe |lhes )?agradecer",
        r"agradecemos",
        r"agradecid[oa]s?",
        r"grat[oa] (?:pela|pelo)",
        r"valeu",
        r"foi um prazer (?:conversar|falar|te conhecer|conhecê-l[oa]|conhecer você)",
    ),
    job_words=(
        r"entrevista(?:s)?(?: de emprego| técnica| comportamental| por telefone)?",
        r"entrevistador(?:a|es|as)?",
        r"candidatura(?:s)?",
        r"candidat[oa]s?",
        r"candidatar(?:-se|-me|-te)?",
        r"(?:me|se|te) candidat(?:ei|ou|aste)",
        r"processo seletivo",
        r"processo de (?:seleção|selecao|recrutamento|contratação)",
        r"recrutador(?:a|es|as)?",
        r"recrutamento(?: e seleção)?",
        r"currículo(?:s)?",
        r"curriculum vitae",
        r"carta de apresentação",
        r"vagas? (?:de (?:emprego|trabalho|estágio)|em aberto)",
        r"pretensão salarial",
        r"(?:teste|desafio|case) técnico",
        r"dinâmica de grupo",
        r"(?:aquisição|atração) de talentos",
        r"banco de talentos",
        r"(?:regime|contratação|contrato) (?:clt|pj)",
    ),
    weak_job_words=(
        # not "vaga" alone: Spanish "una idea vaga"
        _VAGA,
        # not "cargo" alone: Spanish says "a cargo de" and "cargo a tu tarjeta"
        r"(?:o|do|ao|pelo|seu|teu|esse|nesse|desse|novo|nosso|os|dos|nossos) cargos?",
        r"posição",
        r"emprego(?:s)?",
        r"oportunidade(?:s)? (?:de trabalho|profissional|profissionais)",
        r"perfil profissional",
        r"(?:próximas|proximas) etapas",
        r"(?:próximos|proximos) passos",
        r"(?:fazer parte|integrar) d[oa] (?:nosso|nossa) (?:time|equipe)",
        r"estágio",
    ),
    title_heads=(
        r"analista",
        r"desenvolvedor(?:a)?",
        r"programador(?:a)?",
        r"engenheir[oa]",
        r"gerente",
        r"diretor(?:a)?",
        r"coordenador(?:a)?",
        r"especialista",
        r"consultor(?:a)?",
        r"assessor(?:a)?",
        r"arquitet[oa]",
        r"contador(?:a)?",
        r"técnic[oa]",
        r"enfermeir[oa]",
        r"professora",
        r"estagiári[oa]",
        r"gestor(?:a)?",
        r"líder de [\w]+",
    ),
    recruiting_titles=(
        r"recrutador(?:a)?",
        r"recrutamento(?: e seleção)?",
        r"(?:atração|aquisição) de talentos",
        r"consultor(?:a)? de (?:recrutamento|seleção|talentos)",
        r"analista de (?:recrutamento|r&s)",
        r"especialista em (?:recrutamento|aquisição de talentos|atração de talentos)",
    ),
    hr_titles=(
        r"recursos humanos",
        r"(?:analista|gerente|coordenador(?:a)?|departamento|equipe|time|setor|diretor(?:a)?) "
        r"de rh",
        r"gestão de pessoas",
        r"gente e gestão",
        r"departamento pessoal",
        r"capital humano",
    ),
    coordinator_titles=(
        r"coordenador(?:a)? de (?:recrutamento|seleção|talentos|rh|recursos humanos|entrevistas)",
        r"assistente de (?:rh|recursos humanos|recrutamento)",
    ),
    assistant_titles=(
        r"assistente executiv[oa]",
        r"secretári[oa] executiv[oa]",
        r"secretária da (?:diretoria|presidência)",
    ),
    career_talk=(
        r"(?:sua|tua) (?:trajetória|carreira|experiência profissional)",
        r"(?:seu|teu) (?:perfil|currículo)",
        # "Vi o teu portefólio no Behance": the word of design work (a fund's is "carteira")
        r"(?:seu|teu) portef[óo]lio",
        # a request for a short conversation on someone's field
        r"(?:uns|alguns|(?:15|quinze|20|vinte|30|trinta)) minutos(?: do seu tempo| do teu tempo)?"
        r" (?:para|pra) (?:conversar|bater um papo|trocar uma ideia|falar)",
        r"busca (?:de|por) (?:emprego|trabalho|recolocação)",
        r"recolocação",
        r"(?:boa sorte|sucesso|força) (?:na|com a) (?:sua |tua )?(?:procura|busca)",
        r"procurando (?:emprego|trabalho|novas oportunidades|um novo desafio)",
        r"(?:novo|próximo) desafio(?: profissional)?",
        r"transição de carreira",
        # "Ela tá querendo migrar pra produto": a move into another field, wished for
        r"(?:querendo|quer|quero|queria|pensando em|planejando|deseja|desejando) "
        r"(?:migrar|mudar|transitar|passar) (?:pra|para) (?:a |o )?(?:área|produto|[\w-]+)",
        # "Poderia dispensar-me 15 minutos", "ouvir a sua perspetiva", "preparar a transição da sala
        # de aula para esta área", "percurso para o design instrucional"
        r"(?:dispensar|conceder|ceder|reservar)(?:-me|-nos| me| nos)? (?:uns |alguns )?"
        r"(?:\d+|dez|quinze|vinte|trinta) minutos",
        r"(?:ouvir|conhecer|saber) (?:a )?(?:sua|tua) (?:perspetiva|perspectiva|opinião|visão)",
        r"(?:preparar|fazer|planear|planejar) a (?:minha )?transição",
        r"percurso (?:profissional|para)",
        r"(?:mudança|mudar) de (?:carreira|área)",
        r"abert[oa] a (?:novas )?oportunidades",
        # how a company hires, asked of someone there: "as dicas de como a Onda contrata"
        r"como (?:a|o) [A-ZÀ-Ú]?\w+ contrata",
        r"(?:mercado|cenário) de (?:design|tecnologia|produto|trabalho|tech)",
        r"mentorias?",
        r"mentor(?:a|as|es)?",
        r"(?:me|nos) (?:falou|falaram|indicou|recomendou) (?:muito bem )?(?:de )?(?:você|vc)",
        # a referral offered: "se abrir algo no time passo teu nome na hora"
        r"passo (?:o )?(?:teu|seu) nome",
        r"(?:te|lhe) indico",
        r"(?:me|nos) passou (?:seu|teu|o seu) (?:contato|contacto|e-mail|email|cv|currículo)",
        r"trocar uma ideia",
        r"estamos contratando",
        r"estamos (?:buscando|procurando) (?:um|uma|alguém|pessoas?)",
        r"(?:meu|nosso|minha|nossa) cliente (?:busca|está buscando|procura|precisa)",
        r"em nome de (?:um|uma|nosso|nossa) cliente",
    ),
    introductions=(
        r"(?:te|lhe|vos) apresento (?:a|o)",
        r"(?:queria|quero|gostaria de) (?:te |lhe |vos )?apresentar",
        r"apresentar vocês",
        r"(?:colocar|pôr|por) vocês em (?:contato|contacto)",
        r"pôr-vos em (?:contato|contacto)",
        r"(?:me|nos) (?:falou|falaram|indicou|recomendou) (?:muito bem )?(?:de )?(?:você|vc)",
    ),
    social_meetings=(
        r"um café",
        r"tomar um café",
        r"cafezinho",
        r"café da manhã",
        r"pequeno-almoço",
        r"almoço",
        r"almoçar",
        r"jantar",
        r"umas? cervej(?:a|inha)s?",
        r"um chope",
    ),
    meeting_nouns=(
        r"entrevista(?:s)?",
        # a selection day: "convocado para a dinâmica de grupo presencial"
        r"dinâmica(?:s)? de grupo",
        r"chamada(?:s)?",
        r"videochamada(?:s)?",
        r"ligação",
        r"telefonema",
        r"reunião",
        r"reuniao",
        r"reuniões",
        r"videoconferência",
        r"conversa",
        r"conversar",
        r"bate-papo",
        r"bate papo",
        r"papo",
        r"visita",
        r"encontro",
        r"sessão",
        r"um café",
        r"cafezinho",
        r"almoço",
        r"(?:te|lhe) ligo",
        r"te ligar",
        r"ligar-(?:te|lhe)",
        r"agendar",
        # not "marcar" alone: Spanish dials a number with it
        r"marcar (?:uma|um|a|o|nossa|nosso) (?:call|conversa|reunião|entrevista|horário|papo|"
        r"bate-papo|café|chamada|videochamada)",
        r"nos (?:vermos|encontrarmos|falarmos|falar|encontrar)",
    ),
    proposal_cues=(
        r"pode ser(?! que)",
        r"podemos (?:\w+ ){0,2}(?:marcar|agendar|conversar|falar|nos falar|nos ver|nos encontrar|"
        r"fazer|bater)",
        r"(?:poderíamos|poderia|conseguiria|consegue|consegues) (?:\w+ ){0,2}(?:marcar|agendar|"
        r"conversar|falar|participar|fazer)",
        r"(?:está|estaria|estás|estarias|estão|estariam) (?:disponíve(?:l|is)|livres?)",
        r"(?:tem|teria|tens|terias|têm|teriam) (?:\w+ )?(?:disponibilidade|tempo|um tempinho)",
        r"que tal",
        r"(?:fica|ficaria|funciona|funcionaria) (?:bem |bom )?(?:pra|para) (?:você|vc|ti|si)",
        r"(?:te|lhe) (?:atende|atenderia|convém|conviria|serve|serviria)",
        r"(?:sugiro|sugerimos|proponho|propomos)",
        r"(?:sua|tua) disponibilidade",
        r"(?:os |as )?seguintes (?:opções|horários|datas)",
        r"(?:qual|algum|alguma) (?:desses|destes|dessas|destas) (?:horários|opções|datas|dias)",
        r"(?:gostaria|gostaríamos|queria|queríamos) de (?:\w+ ){0,2}(?:marcar|agendar|conversar|"
        r"te conhecer|conhecê-l[oa]|bater um papo|convidar)",
        r"vamos marcar",
        r"bora marcar",
    ),
    accept_cues=(
        r"fechado",
        r"confirmad[ií]ssim[oa]",
        r"combinado",
        r"beleza",
        r"topo",
        r"perfeito",
        r"ótimo",
        r"excelente",
        r"com certeza",
        r"claro(?: que sim)?",
        r"pode ser",
        r"de acordo",
        r"(?:fica|ficou|está|tá|ta) (?:ótimo|otimo|bom|perfeito|combinado|fechado|ok)",
        r"(?:funciona|serve) (?:pra|para) mim",
        r"me (?:atende|serve)",
        r"confirmo (?:a )?(?:minha )?(?:presença|participação)",
        r"(?:lá|la) estarei",
        r"estarei lá",
        r"até lá",
        r"nos vemos",
        r"a gente se vê",
        r"(?:pode )?contar comigo",
        r"(?:está|fica) marcado",
    ),
    confirm_cues=(
        r"confirm(?:o|amos|ei)",
        r"confirmad[oa]s?",
        r"(?:está|fica|ficou|foi|ficará) (?:confirmad|agendad|marcad)[oa]",
        r"agend(?:ei|amos|ad[oa])",
        r"(?:será|vai ser) realizad[oa]",
        r"(?:te|lhe) convoc(?:amos|o)",
        rf"{_TO_YOU} (?:envio|mando|enviei|mandei|enviarei|mandarei|chegará) (?:o|um) convite",
        r"convite enviado",
        r"(?:está|fica|ficou) (?:fechado|combinado)",
        # "só confirmando amanhã às 8h30"
        r"(?:só |apenas )?confirmando",
    ),
    decline_cues=(
        r"não (?:posso|poderei|poderia|podemos|consigo|conseguirei|conseguiria)",
        r"não (?:vou|vamos) (?:poder|conseguir)",
        r"não (?:fica bom|funciona|dá|da) (?:pra|para) mim",
        r"não (?:estarei|estou|estaremos) disponíve(?:l|is)",
        r"não tenho disponibilidade",
        r"tenho (?:um|outro) compromisso",
    ),
    cancel_cues=(
        r"cancel(?:ar|ada|ado|amos|amento|á-la|á-lo|ou|ei|o)",
        r"(?:precisamos|preciso|teremos|tenho|temos) (?:de |que )cancelar",
        r"desmarc(?:ar|ada|ado|amos|ou)",
        r"desmarquei",
    ),
    missed_cues=(
        r"(?:desculpa|desculpe|perdão|perdao|me desculpe|lamento)[^.]{0,40}(?:não (?:consegui|"
        r"pude) (?:entrar|participar|comparecer|me conectar|ligar)|esqueci)",
        r"não (?:te|o|a) (?:vi|vimos) na (?:chamada|reunião|call|videochamada)",
        r"você não (?:entrou|apareceu|compareceu|se conectou)",
        r"(?:ficamos|fiquei) (?:te )?esperando",
        r"ninguém (?:entrou|apareceu|se conectou)",
        r"não (?:pôde|conseguiu|puderam|conseguiram) (?:participar|entrar|comparecer|se liberar)",
        r"(?:estou|estava|fiquei) (?:conectad[oa]|na sala) [^.]{0,30}desde",
        r"(?:estamos|estou|estávamos|estava) (?:te |a |o )?(?:esperando|à (?:sua|tua) espera)"
        r" [^.?!]{0,30}desde",
        r"(?:já não|não) havia (?:mais )?ninguém",
        r"(?:reunião|entrevista|conversa|chamada) (?:perdida|que não aconteceu)",
    ),
    move_cues=(
        r"remarc(?:ar|ada|ado|amos|armos|o|ei|á-la|á-lo)",
        r"reagend(?:ar|ada|ado|amos|armos|o|ei|á-la|á-lo)",
        r"mudar (?:o|a) (?:horário|data|dia|hora)",
        r"adi(?:ar|ada|ado|amos|á-la|á-lo)",
        r"antecip(?:ar|á-la|á-lo)",
        r"(?:outra|nova) data",
        r"(?:outro|novo) horário",
        r"no mesmo horário",
    ),
    not_joining=(
        r"não (?:estarei|vou estar|participarei|vou participar) (?:presente|na (?:chamada|"
        r"entrevista|reunião|call|conversa))",
        r"eu não (?:estarei|participarei|vou participar)",
        r"sem mim",
        r"em nome de",
        r"da parte de",
    ),
    joining=(
        r"comigo",
        r"por mim",
        r"eu mesm[oa]",
        r"(?:te|lhe) (?:ligo|ligarei)",
        r"estarei (?:presente|na (?:chamada|entrevista|reunião|call|conversa))",
        r"conversar com você",
        r"te conhecer",
        r"conhecê-l[oa]",
    ),
    participants_before=(
        r"(?:você )?(?:vai conhecer|conhecerá|irá conhecer)",
        r"(?:vai|irá|vais) (?:conversar|falar) com",
        # "na receção, pergunte pela Dra. Helena Matos": the one asked for is the host
        r"pergunt(?:e|a|em) (?:por|pela|pelo)",
        r"(?:entrevista|chamada|reunião|conversa|bate-papo|videochamada)(?: \w+){0,2} com",
        r"(?:será|serão) com",
        # "A conversa será comigo e com o Paulo Antunes"
        r"(?:será|serão|vai ser) comigo e com",
        # "Será recebido pelo Eng.º Rui Pacheco ... e pela Dra. Inês Carvalho"
        r"(?:será|serás|serão) recebid[oa]s? (?:pel[oa]s?|por)",
        # "A dinâmica será conduzida por mim e pelo Marcos Teles"
        r"(?:conduzid|realizad|aplicad|facilitad)[oa]s? (?:por|pel[oa]s?)",
        r"(?:o )?painel(?: de entrevista)? ?:",
        r"entrevistadores ?:",
        # "O júri será composto por:", "a banca é composta por"
        r"(?:o |a )?(?:júri|banca|comissão|comité|painel)(?: de seleção| de selecção)? (?:será|é|"
        r"vai ser) (?:compost|constituíd|formad)[oa] (?:por|pel[oa]s?)",
        r"(?:o|a|os|as|te) (?:entrevistará|entrevistarão|receberá|receberão) ?:",
        r"(?:junto com|acompanhad[oa] (?:de|por))",
    ),
    participants_after=(
        r"(?:vai|irá|vão|irão) te entrevistar",
        r"(?:te|o|a) entrevistará",
        r"(?:estará|estarão) (?:presentes?|na (?:chamada|entrevista|reunião|call|conversa))",
        r"(?:vai|vão|irá|irão) participar",
        r"participar(?:á|ão)",
        r"(?:quer|quer muito|gostaria de) (?:te conhecer|conhecê-l[oa]|conversar com você|"
        r"te entrevistar)",
        # a stand-in, or one more: "vai substituí-la", "vai se juntar a nós"
        r"(?:vai|irá) (?:substituí-l[oa]|conduzir a entrevista|se juntar)",
        r"(?:também )?participará",
    ),
    commitments=(
        # the present of calling or writing: "Amanhã te ligo", "te falo na segunda"
        # (not "te aviso que a entrevista será na quinta": telling now)
        rf"{_TO_YOU}(?= (?:ligo|ligamos|escrevo|escrevemos)\b)",
        r"(?:vou|vamos|vai|vão|irei|iremos|irá|irão)",
        r"a gente vai",
        r"(?:fico|ficamos|ficou) de",
        r"(?:me|nos) comprometo|nos comprometemos",
        r"(?:esperamos|espero|pretendemos|pretendo|planejamos|devemos|devo|deveremos|conto|"
        r"contamos)",
        # the present said of what one will do, with a deadline: "te envio o portfólio até
        # sexta", "te dou um retorno até quarta" (not "te envio em anexo")
        rf"{_TO_YOU}(?= (?:envio|mando|passo|dou|damos|retorno|retornamos)\b[^.!?\n]{{0,80}}"
        r"(?<!\w)(?:até|no máximo|o mais tardar|antes d[aoe])(?!\w))",
        # the present, its pronoun after it, for a thing sent by a day: "Envio-lhe os
        # contactos até quarta-feira" (European Portuguese); the pronoun is the event below
        r"(?:envio|enviamos|mando|mandamos|passo|remeto)(?=-(?:lhe|lhes|te|vos)\b)",
        # the day said first: "Amanhã envio-lhe", "Na semana que vem eu te passo o feedback",
        # "Semana que vem entro em contato"
        _WHEN_FIRST + r"(?=,? (?:(?:eu|a gente) )?(?:te |lhe |lhes |vos )?" + _SEND_NOW + r"\b)",
        # "Envio o contrato assinado até sexta", "Confirmo a minha data de entrada até dia 9":
        # the verb commits, what is sent is the event below
        r"(?:envio|mando|devolvo|confirmo)(?= (?:o|a|os|as|meu|minha)\b[^.!?\n]{0,60}\baté\b)",
    ),
    news_events=(
        r"(?:ligo|ligamos|falo|falamos|aviso|avisamos|escrevo|escrevemos)\b",
        rf"(?:{_TO_YOU} )?(?:dar|darmos|dou|damos|dá) (?:um |uma |o |a |nosso |nossa |algum )?"
        + _NEWS,
        rf"dar-(?:te|lhe|vos) (?:um |uma |o |a )?{_NEWS}",
        rf"(?:{_TO_YOU} )?(?:retornar|avisar|informar|responder|confirmar|ligar|escrever|"
        r"contatar|contactar)",
        r"(?:retorno|retornamos)",
        r"(?:avisá|informá|contatá|contactá|respondê)-l[oa]s?",
        rf"entrar em {_CONTACT}",
        r"ter (?:uma |um |a |o )?(?:resposta|decisão|retorno|notícias|posição|devolutiva)",
        r"tomar (?:uma|a) decisão",
        r"decidir",
        # the user's own: "vou te mandar as referências até sexta"
        rf"(?:{_TO_YOU} )?(?:enviar|mandar|passar|envio|mando|passo)(?= (?:o|a|os|as|um|uma|"
        r"meu|minha|meus|minhas|isso|tudo|ainda|hoje|amanhã|até)\b)",
        r"(?<=-)(?:lhe|lhes|te|vos)(?=[^.!?\n]{0,80}\b(?:até|antes d[eoa]|no máximo|o mais "
        r"tardar)\b)",
        # after the day said first (the commitments)
        r"(?<=-)(?:lhe|lhes|te|vos)\b",
        r"(?:(?<=envio\s)|(?<=mando\s)|(?<=devolvo\s)|(?<=confirmo\s))(?:o|a|os|as|meu|minha)\b"
        r"(?=[^.!?\n]{0,60}\baté\b)",
        r"(?:devolvo|confirmo|respondo)(?=(?:-lhe)? (?:o|a|os|as|se|sobre|meu|minha)\b)",
        r"(?:entro em conta(?:c)?to|dou um retorno|falo|aviso)\b",
    ),
    passive_news=(
        r"(?:terá|terás|receberá|receberás|vai ter|vai receber) (?:uma |um |o |a |nossa |nosso )?"
        r"(?:resposta|retorno|notícias|devolutiva|feedback|proposta|decisão)",
        rf"{_TO_YOU} {_GIVE} (?:um |uma |o |a |nosso |nossa |algum |alguma )?{_NEWS}",
        rf"{_TO_YOU} (?:retorno|retornamos|retornarei|retornaremos|retornará|retornarão)"
        r"(?! (?:o|a) (?:ligação|contato|contacto|e-mail|email))",
        rf"{_TO_YOU} (?:aviso|avisamos|falo|falamos)(?! (?:que|se|sobre a|para|pra))",
        rf"{_TO_YOU} (?:avisarei|avisaremos|avisará|avisarão|informarei|informaremos|"
        r"informará|informarão|confirmarei|confirmaremos|confirmará|responderei|"
        r"responderemos|escreverei|escreveremos|contatarei|contataremos|contactarei|"
        r"contactaremos|ligarei|ligaremos|ligará|falarei|falaremos)",
        rf"{_TO_YOU} (?:ligo|ligamos)(?! (?:para|pra|porque|agora))",
        rf"{_TO_YOU} (?:confirmo|confirmamos)(?= (?:até|amanhã|ainda|hoje|na próxima|na semana"
        r"|no máximo|o mais tardar|esta semana|nesta semana|em breve|na (?:segunda|terça|quarta|"
        r"quinta|sexta)|no sábado)\b)",
        rf"{_TO_YOU} (?:mantenho|manteremos|manterei|mantemos) (?:informad[oa]s?|a par)",
        r"(?:daremos|darei|dará|darão)(?:-(?:te|lhe|vos))? (?:um |uma |o |a |nosso |nossa )?"
        + _NEWS,
        rf"dar-(?:te|lhe|vos)-(?:emos|ei|á|ão) (?:um |uma |o |a |nosso |nossa )?{_NEWS}",
        r"(?:informá|contatá|contactá|avisá)-l[oa]s?-(?:emos|ei)",
        # the present, with its pronoun after it, for a thing sent by a day: "Envio-lhe os
        # contactos até quarta-feira" (European Portuguese)
        r"(?:envio|enviamos|mando|mandamos|passo|remeto)-(?:lhe|lhes|te|vos)"
        r"(?=[^.!?\n]{0,80}\b(?:até|antes d[eoa]|no máximo|o mais tardar)\b)",
        # "O resultado desta etapa sai até sexta-feira": news said as coming out
        r"(?:o|os) resultados? (?:\w+ ){0,3}(?:sai|sairá|sairão|saem|vai sair)",
        rf"(?:entraremos|entrarei|entrará|entrarão) em {_CONTACT}",
        r"(?:retornaremos|retornarei)",
        # "retornamos até sexta": the present for what will be done, with a day said
        r"retornamos(?= (?:até|amanhã|ainda|hoje|na próxima|na semana|em breve|no máximo|o mais "
        r"tardar|nos próximos)\b)",
        rf"(?:você|vc|o senhor|a senhora) (?:terá|receberá|vai ter|vai receber|recebe|tem) "
        rf"(?:um |uma |o |a |nosso |nossa )?{_NEWS}",
        rf"(?:terá|terás|receberá|receberás) (?:um |uma |o |a |nosso |nossa )?{_NEWS}",
        r"(?:será|serás|serão|vai ser) (?:contatad|contactad|notificad|informad|avisad)[oa]s?",
        # "a decisão final será comunicada a todos até ao dia 20 de março"
        r"(?:a|uma) (?:decisão|resposta)(?: final| definitiva)? (?:será (?:tomada|comunicada|"
        r"enviada|dada)|sairá|deve sair|deverá sair|vai sair)",
        r"(?:os|o) resultados?(?: finais| final)? (?:será|serão) "
        r"(?:comunicad|divulgad|enviad)[oa]s?",
        r"(?:o|um) (?:retorno|resultado|feedback) (?:sairá|será enviado|será dado|deve sair|"
        r"vai sair)",
    ),
    from_meeting=(
        r"(?:depois d[aoe]|após(?: [ao])?) (?:sua |seu |nossa |nosso |tua |teu )?(?:[\w-]+ ){0,2}"
        r"(?:entrevista|reunião|chamada|conversa|call)",
    ),
    lengths=(r"horas", r"dias", r"dias úteis", r"semanas", r"meses", r"uma semana"),
    asks_of_you=(
        r"por favor",
        r"por gentileza",
        r"(?:você |vc )?(?:poderia|poderias|podes|consegue|conseguiria)(?: me| nos)? (?:enviar|"
        r"mandar|confirmar|responder|informar|avisar|dizer|passar|retornar)",
        r"(?:me|nos) (?:envie|mande|confirme|avise|informe|diga|passe|envia|manda|confirma|"
        r"avisa|informa|diz|passa|retorne|retorna)",
        r"(?:peço|pedimos|solicito|solicitamos) que",
        r"(?:agradeço|agradeceria|agradeceríamos|agradecemos) se",
        r"(?:preciso|precisamos) que",
        r"é necessário que",
        # not "deverá" alone: "a decisão deverá sair até sexta" is news to come
        r"você deverá",
        r"fico (?:no aguardo|a aguardar)",
        r"aguardo (?:o |a )?(?:seu|sua|teu|tua) (?:retorno|resposta|confirmação)",
    ),
    no_news_means_no=(
        r"(?:caso|se) não (?:receba|recebas|tenha recebido|receber|tiver|tenha) (?:nenhum |um |"
        r"qualquer )?(?:retorno|resposta|contato|contacto|notícias)",
        r"caso não (?:seja|sejas) (?:contatad|contactad)[oa]",
        rf"(?:caso|se) não (?:entrarmos|entremos) em {_CONTACT}",
        r"(?:somente|apenas|só) (?:os|as) (?:candidat[oa]s|perfis) (?:selecionad|aprovad)",
    ),
    rejections=(
        r"infelizmente[^.]{0,80}(?:seguimos|seguiremos|optamos|decidimos|não (?:foi|foste|vamos|"
        r"iremos|seguir|avançar|prosseguir|dar(?:emos)? continuidade)|outr[oa]s? (?:candidat|"
        r"perfil|perfis))",
        r"(?:decidimos|optamos por|resolvemos) (?:seguir|prosseguir|avançar|continuar) com "
        r"(?:outr[oa]s? )?(?:candidat[oa]s?|perf(?:il|is)|pessoa|profissional)",
        r"seguimos com (?:outr[oa]s? )(?:candidat[oa]s?|perfil|perfis|pessoa|profissional)",
        r"não (?:daremos|vamos dar|iremos dar) (?:continuidade|sequência|seguimento)",
        r"lamentamos (?:informar|comunicar)",
        r"(?:a|esta|essa) vaga (?:já )?foi preenchida",
        r"(?:seu|teu) perfil não (?:está alinhado|se enquadra|atende|corresponde)",
        r"não (?:foi|foste) (?:selecionad|aprovad)[oa]",
    ),
    offers=(
        r"(?:temos o prazer|temos a satisfação|é com (?:grande )?(?:prazer|satisfação|alegria)"
        r"|ficamos felizes|gostaríamos) (?:de |em )?(?:te |lhe )?(?:oferecer|fazer uma proposta)",
        r"carta(?:-| )(?:oferta|proposta)",
        r"proposta formal",
        r"oferecer(?:-lhe|-te)? a (?:vaga|posição)",
    ),
    hiring_side=(
        r"(?:seu|sua) (?:feedback|avaliação) (?:sobre|d[oa]s?) (?:o |a )?candidat",
        r"avaliar (?:os|as|o|a) candidat[oa]s?",
        r"(?:roteiro|formulário|guia) de (?:avaliação|entrevista)",
        r"entrevistar (?:os|as|nossos|nossas) candidat[oa]s",
        r"entrevista (?:do|da|dos|das|com o|com a) (?:candidat|postulante)",
    ),
    candidate_side=(
        r"(?:seu|teu) interesse (?:na|no|em|pela|pelo)",
        r"(?:para|de) (?:te conhecer|conhecê-l[oa])",
        r"(?:te|lhe) convidar (?:para|a)",
        r"convidá-l[oa]",
        r"(?:você )?foi (?:selecionad|pré-selecionad|aprovad)[oa]",
    ),
    advice_sought=(
        r"(?:poderia|podes|pode|você poderia)(?: me)? (?:aconselhar|orientar)",
        r"(?:os seus|seus|os teus|teus) conselhos",
        r"assisti (?:à|a) (?:sua|tua) (?:palestra|comunicação|apresentação|aula|oficina)",
    ),
    to_a_candidate=(
        r"(?:sua|tua) (?:candidatura|inscrição|entrevista)",
        r"(?:seu|teu) (?:currículo|cv)",
        r"você se candidatou",
        r"(?:por|de) se candidatar",
    ),
    errands=(
        r"(?:sua|seu|tua|teu) (?:fatura|pedido|compra|recibo|reserva|encomenda|assinatura)",
        r"nota fiscal",
        r"boleto",
        r"extrato",
        r"(?:número do pedido|código de rastreio|código de rastreamento)",
        r"consulta (?:médica|com o (?:médico|dentista))",
        r"cancelar (?:a )?assinatura",
        r"pagamento (?:recebido|pendente|em atraso)",
        r"cartão de embarque",
        r"débito automático",
        r"segunda via",
    ),
    logistics=(r"transportadora", r"entrega (?:agendada|prevista)", r"coleta", r"instalação"),
    other_interviews=(
        r"entrevista (?:para (?:a|o|um|uma) (?:rádio|revista|jornal|podcast|programa|tese|"
        r"pesquisa|dissertação|tcc)|de desligamento|consular|de visto|à imprensa)",
        r"reunião de pais",
    ),
    press_context=(r"jornalista", r"repórter", r"imprensa", r"reportagem", r"revista", r"jornal"),
    hiring_context=(
        r"candidat[oa]s?",
        r"currículo",
        _VAGA,
        r"recrutamento",
        r"contratação",
        r"salário",
        r"remuneração",
        r"data de início",
    ),
    internal_work=(
        r"reunião (?:semanal|de equipe|mensal|diária|de alinhamento)",
        r"plantão",
        r"fechamento (?:do mês|mensal)",
        r"relatório semanal",
        r"troca de turno",
        r"entregáve(?:l|is)",
        r"status semanal",
    ),
    # before a day: "até sexta", "até o dia 08/04", "no máximo até quarta", "antes de segunda"
    deadline_words=(
        r"(?:no máximo |o mais tardar )?até(?: [ao]| à| ao)?(?: dia| próxima| próximo)?",
        r"antes d[aeo](?: dia| próxima| próximo)?",
        r"o mais tardar(?: [ao]| na| no)?",
    ),
    week_of=(r"(?:na |durante a )?semana d[eo](?: dia)?",),
    periods=(
        (
            r"(?:no |ao |até o |para o )?(?:final|fim) da (?:próxima|proxima) semana"
            r"|(?:no |ao |até o |para o )?(?:final|fim) da semana que vem",
            "end_of_next_week",
        ),
        (
            r"(?:no |ao )?(?:início|inicio|começo|comeco|princípio) da (?:próxima|proxima) semana"
            r"|(?:no |ao )?(?:início|inicio|começo|comeco) da semana que vem",
            "early_next_week",
        ),
        (
            r"(?:na |durante a |ao longo da |para a )?(?:próxima|proxima) semana"
            r"|(?:na |durante a |para a )?semana que vem",
            "next_week",
        ),
        (
            r"(?:ainda |durante |ao longo d)?(?:esta|essa|nesta|nessa) semana|(?:até o |ao |no )"
            r"(?:final|fim) (?:desta|dessa|da) semana",
            "this_week",
        ),
        (
            r"(?:nas|dentro das) (?:próximas|proximas) (?:duas|2) semanas|(?:em|dentro de) "
            r"(?:duas|2) semanas|(?:em|dentro de) (?:quinze|15) dias",
            "two_weeks",
        ),
        (
            r"(?:nas|dentro das) (?:próximas|proximas) (?:três|tres|3) semanas|(?:em|dentro de) "
            r"(?:três|tres|3) semanas",
            "three_weeks",
        ),
        (r"(?:em|dentro de) (?:uma|1) semana", "one_week"),
        (
            r"(?:nos|dentro dos) (?:próximos|proximos) dias|(?:em|dentro de) (?:alguns|poucos) "
            r"dias",
            "few_days",
        ),
        (
            r"(?:no |ao |até o |para o )?(?:final|fim) do (?:próximo|proximo) mês|(?:no |ao |até o "
            r"|para o )?(?:final|fim) do mês que vem",
            "end_of_next_month",
        ),
        (r"(?:em |até )?meados d(?:o|este|esse) mês", "mid_month"),
        (
            r"(?:no |ao |até o |para o )?(?:final|fim) d(?:o|este|esse) mês",
            "end_of_month",
        ),
        (r"(?:no )?(?:próximo|proximo) mês|(?:no )?mês que vem", "next_month"),
        (r"(?:ainda )?hoje", "today"),
        (r"amanhã|amanha", "tomorrow"),
    ),
    applying=(
        r"(?:gostaria de|quero|queria|desejo) (?:me candidatar|candidatar-me|ser considerad[oa]|"
        r"participar do processo)",
        r"(?:segue|seguem|envio|te envio|lhe envio|anexo|em anexo)(?: o| a)?(?: meu| minha)? "
        r"(?:currículo|curriculo|cv|candidatura)",
        r"me candidato",
        r"candidatar-me (?:a|para|à)",
    ),
    resume_files=(r"currículo", r"curriculo", r"cv", r"carta de apresentação"),
    auto_reply_subjects=(
        r"resposta automática",
        r"resposta automatica",
        r"ausente do escritório",
        r"fora do escritório",
        r"ausência",
        r"(?:em|de) férias",
    ),
    out_of_office=(
        r"fora do escritório",
        r"(?:estou|estarei|encontro-me) (?:de|em) férias",
        r"de férias até",
        r"ausente (?:do escritório|até|entre|de)",
        r"(?:retornarei|estarei de volta|regresso)(?: ao escritório)? (?:em|no dia|dia|na|a "
        r"partir d[eoa])",
        r"(?:acesso limitado|sem acesso) (?:ao|a) (?:e-mail|email|correio)",
        r"licença[- ]maternidade",
    ),
    phone_calls=(r"(?:te|lhe) (?:ligo|ligarei|ligaremos)", r"te ligar", r"ligar-(?:te|lhe)"),
)
