"""Spanish: dates, thanks, quoting, and the words of a Spanish-language hiring process (Mexico,
Spain and Latin America). They say some things differently ("platicar" and "charlar", "te marco"
and "te llamo", "¿te late?", "¿te provoca?" and "¿te apetece?", "hoja de vida" and
"currículum"); all are here. Mail from a phone often drops accents: where the word without its
accent is not an English one ("postulacion"; "reunion" is), both spellings are listed.

Everything here is matched against all mail, most of it English: no phrase is an English word
or a short Spanish word that English uses ("me", "te", "una", "son", "sale", "once", "red",
"genial", "vale", "dale").
"""

from types import MappingProxyType

from daemon.infer.lang import Words

# the pronoun before a verb of news said to the reader: "te aviso", "le confirmaremos", "les
# escribiremos"; a verb in the present is a promise only where it is one ("te aviso el viernes",
# not "te aviso que ..."; "te escribo para ..." is no promise at all)
_TO_YOU = r"(?:te|le|les|los|las)"
_DAY = r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
# when, said first, of something one sends or answers in the present: "Mañana te mando el
# portfolio", "El jueves te confirmo si acepto", "Esta semana le hago llegar la carta oferta"
_WHEN_FIRST = (
    r"(?:mañana|hoy(?: mismo)?|esta (?:misma )?semana|(?:la )?(?:próxima|siguiente) semana|"
    r"(?:el|este) " + _DAY + r"|antes de(?:l| que)? [^,.!?\n]{1,30}?|a (?:principios|comienzos|"
    r"finales|más tardar) de [^,.!?\n]{1,30}?|como (?:muy )?tarde [^,.!?\n]{1,20}?|"
    r"en (?:un par de días|los próximos días|\d+ (?:horas|días)))"
)
# the present of sending or answering, after "te", "le": "te mando", "le envío"
_SEND_NOW = r"(?:envío|mando|paso|hago llegar|devuelvo|confirmo|respondo|escribo|comunico)"

WORDS = Words(
    code="es",
    function_words=(
        "ahora al como con cuando cómo de del el en entonces es esta este estimada estimado "
        "estoy está gracias hasta hay hola la las le les lo los mi mis muy más nos para pero "
        "por puedo pues que quedo quiero qué saludos se su sus sí también te tu un una usted "
        "ustedes y ya yo"
    ),
    markers=(
        r"usted",
        r"gracias",
        r"hola",
        r"para",
        r"por favor",
        r"muy",
        r"estás",
        r"qué",
        r"también",
        r"saludos",
        r"estoy",
        r"quedo",
    ),
    months=MappingProxyType(
        {
            "enero": 1,
            "febrero": 2,
            "marzo": 3,
            "abril": 4,
            "mayo": 5,
            "junio": 6,
            "julio": 7,
            "agosto": 8,
            "septiembre": 9,
            "setiembre": 9,
            "octubre": 10,
            "noviembre": 11,
            "diciembre": 12,
            "ene": 1,
            "abr": 4,
            "dic": 12,
            # "13 de marzo": the scanner reads "day month", so the "de" goes with the month
            # (only a single space, as written; no English text has "de marzo")
            "de enero": 1,
            "de febrero": 2,
            "de marzo": 3,
            "de abril": 4,
            "de mayo": 5,
            "de junio": 6,
            "de julio": 7,
            "de agosto": 8,
            "de septiembre": 9,
            "de setiembre": 9,
            "de octubre": 10,
            "de noviembre": 11,
            "de diciembre": 12,
            "de ene": 1,
            "de feb": 2,
            "de mar": 3,
            "de abr": 4,
            "de may": 5,
            "de jun": 6,
            "de jul": 7,
            "de ago": 8,
            "de sep": 9,
            "de sept": 9,
            "de oct": 10,
            "de nov": 11,
            "de dic": 12,
        }
    ),
    weekdays=MappingProxyType(
        {
            "lunes": 0,
            "martes": 1,
            "miércoles": 2,
            "miercoles": 2,
            "jueves": 3,
            "viernes": 4,
            "sábado": 5,
            "sabado": 5,
            "domingo": 6,
            # short forms of calendars ("mié, 11 mar"); "mar", "vie" and "dom" are English
            # words or names, and "mar" is March already
            "mié": 2,
            "jue": 3,
            "sáb": 5,
        }
    ),
    day_parts=MappingProxyType(
        {
            "por la mañana": 9,
            "en la mañana": 9,
            "temprano": 9,
            "al mediodía": 12,
            "a mediodía": 12,
            "por la tarde": 14,
            "en la tarde": 14,
            "por la noche": 19,
            "en la noche": 19,
        }
    ),
    # "mayo" is also mayonnaise, "ene" and "dic" are too short to be sure of: dates only
    # capitalised or with a day number
    needs_capital=frozenset({"mayo", "ene", "dic"}),
    reply_prefixes=("rv", "re", "rta", "resp"),
    notice_subjects=(r"entrevista (?:confirmada|programada|agendada)", r"nuevo evento"),
    role_nouns=(r"puesto", r"posición", r"vacante", r"cargo", r"rol"),
    client_words=(r"(?:mi|nuestro) cliente",),
    organisation_words=(
        r"grupo",
        r"banco",
        r"seguros",
        r"universidad",
        r"colegio",
        r"salud",
        r"s\.?a\.?s?",
    ),
    agency_names=(r"talento", r"selección", r"reclutamiento", r"headhunters?"),
    calendar_prefixes=(
        r"invitación",
        r"invitación actualizada",
        r"evento (?:cancelado|actualizado)",
        r"aceptad[oa](?: provisionalmente)?",
        r"rechazad[oa]",
        r"provisional",
        r"cancelad[oa]",
        r"actualizad[oa]",
        r"nueva hora propuesta",
    ),
    quote_headers=(
        r"el .{3,200}escribió",
        r"-{2,} ?(?:mensaje original|mensaje reenviado) ?-{2,}",
        r"inicio del mensaje reenviado",
        # Outlook's header block: "De: ...", then "Enviado el: ..." (or "Fecha:" and "Para:")
        r"de: .{1,200}\nenviado(?: el)?: .{1,200}",
        r"de: .{1,200}\nfecha: .{1,200}\npara: .{1,200}",
    ),
    sign_offs=(
        r"saludos(?: cordiales| afectuosos)?",
        r"(?:un|muchos) saludos?(?: cordial| afectuoso| fuerte)?",
        r"un (?:cordial|afectuoso|fuerte) saludo",
        r"atentamente",
        r"cordialmente",
        r"(?:un )?abrazo",
        r"slds",
        r"gracias y saludos",
        r"quedo (?:atent[oa]|pendiente|a (?:tus|sus|la) (?:órdenes|orden|espera))"
        r"(?: (?:a|de) (?:tus|sus) (?:comentarios|noticias)| (?:a|de) (?:tu|su) respuesta)?",
        r"quedo a la espera(?: de (?:tus|sus) (?:comentarios|noticias)| de (?:tu|su) respuesta)?",
        r"sin otro particular",
        r"hasta pronto",
    ),
    thanks=(
        r"gracias",
        r"muchas gracias",
        r"muchísimas gracias",
        r"mil gracias",
        r"(?:te|le|les|os) agradezco",
        # "Quería agradecerle el tiempo", "quiero agradecerte"
        r"agradecer(?:te|le|les|os)",
        r"agradecemos",
        r"agradecid[oa]s?",
        r"agradecimiento(?:s)?",
        r"fue un gusto (?:platicar|hablar|conversar|conocerte|conocerle|charlar)",
    ),
    job_words=(
        r"entrevista(?:s)?(?: de trabajo| laboral| técnica| telefónica)?",
        r"entrevistador(?:a|es|as)?",
        r"postulación",
        r"postulacion",
        r"postulaciones",
        r"postular(?:te|se|me)?",
        r"(?:te|me|se) postul(?:aste|é|e|ó|o)",
        r"postulante(?:s)?",
        r"candidatura(?:s)?",
        r"candidat[oa]s?",
        r"vacante(?:s)?",
        r"reclutador(?:a|es|as)?",
        r"reclutamiento",
        r"selección de personal",
        r"proceso de (?:selección|seleccion|reclutamiento|contratación)",
        r"currículum(?: vitae)?",
        r"curriculum vitae",
        r"hoja de vida",
        r"carta de (?:presentación|motivación)",
        r"oferta (?:de (?:trabajo|empleo)|laboral)",
        r"bolsa de (?:trabajo|empleo)",
        r"pretensiones salariales",
        r"pretensión salarial",
        r"expectativas? salarial(?:es)?",
        r"prueba(?:s)? técnica(?:s)?",
        r"(?:prueba|pruebas|evaluación|examen) psicométric[oa]s?",
        r"fecha de (?:ingreso|incorporación)",
        r"referencias laborales",
        r"adquisición de talento",
        r"atracción de talento",
    ),
    weak_job_words=(
        r"puesto(?:s)?",
        r"empleo(?:s)?",
        r"oportunidad(?:es)? (?:laboral(?:es)?|profesional(?:es)?)",
        r"posición",
        r"perfil profesional",
        r"(?:próximos|siguientes) pasos",
        r"(?:unirte|sumarte|incorporarte) (?:a nuestro|al) equipo",
    ),
    title_heads=(
        r"analista",
        r"desarrollador(?:a)?",
        r"programador(?:a)?",
        r"ingenier[oa]",
        r"gerente",
        r"directora",
        r"coordinador(?:a)?",
        r"jef[ea] de [\w]+",
        r"especialista",
        r"consultor(?:a)?",
        r"asesor(?:a)?",
        r"arquitect[oa]",
        r"contador(?:a)?",
        r"técnic[oa]",
        r"enfermer[oa]",
        r"docente",
        r"diseñador(?:a)?",
        r"ejecutiv[oa] de [\w]+",
        r"practicante",
        r"becari[oa]",
    ),
    recruiting_titles=(
        r"reclutador(?:a)?",
        r"reclutamiento(?: y selección)?",
        r"selección de personal",
        r"(?:atracción|adquisición) de talento",
        r"consultor(?:a)? de (?:selección|reclutamiento|talento)",
        r"especialista en (?:reclutamiento|selección|atracción de talento)",
    ),
    hr_titles=(
        r"recursos humanos",
        r"rrhh",
        r"rr\.hh",
        r"capital humano",
        r"talento humano",
        r"gestión de personas",
        r"gerente de (?:recursos humanos|rrhh|capital humano|talento)",
    ),
    coordinator_titles=(
        r"coordinador(?:a)? de (?:reclutamiento|selección|talento|recursos humanos|entrevistas)",
        r"asistente de (?:recursos humanos|reclutamiento)",
    ),
    assistant_titles=(
        r"asistente (?:de dirección|ejecutiv[oa])",
        r"secretari[oa] de dirección",
    ),
    career_talk=(
        r"(?:tu|su) (?:trayectoria|carrera|experiencia profesional|currículum|cv)",
        r"(?:tu|su) perfil",
        # a request for a short conversation on someone's field
        r"(?:un cuarto de hora|unos (?:minutos|15 minutos)|(?:15|quince|20|veinte) minutos)"
        r"(?: de tu tiempo| de su tiempo)? (?:para|y) (?:platicar|hablar|conversar|charlar)",
        r"búsqueda de (?:trabajo|empleo)",
        r"busqueda de (?:trabajo|empleo)",
        r"(?:suerte|éxito|exito|ánimo)s? (?:en|con) (?:tu|su|la) búsqueda",
        r"buscando (?:trabajo|empleo|chamba|nuevas oportunidades|un nuevo reto)",
        r"(?:nuevo|próximo|siguiente) reto (?:profesional|laboral)",
        r"cambio de (?:carrera|trabajo|empleo|rubro|sector)",
        r"transición (?:de carrera|profesional|laboral)",
        r"reconversión profesional",
        # "quiere pasarse a producto", "busca migrar hacia datos"
        r"(?:quiere|quiero|quisiera|busca|buscando|pensando en) (?:migrar|pasarse|pasar|"
        r"cambiarse|moverse) (?:a|al|hacia|para) (?:el |la |los )?[\w-]+",
        r"(?:me|nos) (?:habló|habló muy bien|recomendó|comentó) de (?:ti|usted)",
        # "Toni Reyes me ha hablado de usted": the same, said in the perfect
        r"(?:me|nos) (?:ha|han) (?:hablado|recomendado|comentado)(?: muy bien)? de (?:ti|usted)",
        r"(?:me|nos) (?:pasó|compartió|dio) (?:tu|su) (?:contacto|correo|cv|nombre)",
        r"abiert[oa] a (?:nuevas )?oportunidades",
        r"(?:consejos|orientación) (?:profesional(?:es)?|de carrera)",
        r"mentor[íi]as?",
        r"mentor(?:a|as|es)?",
        r"pedir(?:te|le) (?:un )?consejo",
        r"(?:empezando|comenzando|empezado) a (?:mirar|buscar|explorar) (?:otras )?(?:opciones|"
        r"oportunidades)",
        r"(?:acompañando|apoyando|asesorando|representando) a (?:un|una|nuestro|nuestra) "
        r"(?:cliente|empresa cliente)",
        r"estamos contratando",
        r"estamos buscando (?:a )?(?:un|una|alguien|personas?)",
        r"nuestro cliente (?:busca|está buscando|requiere|necesita)",
        r"(?:en nombre de|para) (?:un|una|nuestro|nuestra) (?:cliente|empresa cliente)",
    ),
    introductions=(
        r"(?:te|le|les|os) presento a",
        r"(?:te|le|les|os) (?:pongo|pondré|quiero poner) en contacto",
        r"poner(?:te|le|les|los|os) en contacto",
        r"presentar(?:te|le|les|os) a",
        r"(?:me|nos) (?:habló|recomendó) de (?:ti|usted)",
        r"(?:me|nos) (?:ha|han) (?:hablado|recomendado)(?: muy bien)? de (?:ti|usted)",
    ),
    social_meetings=(
        r"un café",
        r"tomar(?:nos)? un café",
        r"cafecito",
        r"un tinto",
        r"tintico",
        r"desayuno",
        r"desayunar",
        r"almuerzo",
        r"almorzar",
        r"comer juntos",
        r"cenar",
        r"unas? cervezas?",
        r"unas chelas",
        r"unos tragos",
        r"unas copas",
    ),
    meeting_nouns=(
        r"dinámica(?:s)? de grupo",
        r"entrevista(?:s)?",
        r"llamada(?:s)?",
        r"videollamada(?:s)?",
        r"llamada telefónica",
        r"reunión",
        r"reuniones",
        r"videoconferencia",
        r"cita",
        r"plática",
        r"platica",
        r"platicar",
        r"charla",
        r"charlar",
        r"conversación",
        r"conversar",
        r"visita",
        r"sesión",
        r"encuentro",
        r"desayuno",
        r"almuerzo",
        r"un café",
        r"cafecito",
        r"(?:te|le) (?:marco|llamo|marcaré|llamaré)",
        r"marcarte",
        r"llamarte",
        r"agendar",
        r"conectar(?:me|te|nos)",
        r"un tinto",
        r"vernos",
        r"reunirnos",
        r"día de prueba",
    ),
    proposal_cues=(
        rf"{_TO_YOU} (?:queda|quedaría|acomoda|acomodaría|funciona|funcionaría|viene|vendría|"
        r"parece|parecería|late|sirve|serviría)",
        r"(?:estás|estarías|está|estaría|están|estarían) (?:disponibles?|libres?)",
        r"(?:tienes|tendrías|tiene|tendría|tienen|tendrían) (?:\w+ )?(?:disponibilidad|tiempo|"
        r"chance|espacio|oportunidad)",
        r"(?:podríamos|podemos|puedes|podrías|pudiéramos|pudieras|podría|pudiera) (?:\w+ ){0,2}"
        r"(?:agendar|platicar|hablar|vernos|reunirnos|conversar|charlar|tener|hacer|coordinar|"
        r"programar|conectarnos|llamarte|marcarte)",
        r"qué (?:tal|te parece|le parece|les parece|opinas)",
        r"(?:te|le|les|os) (?:provoca|provocaría|apetece|apetecería|iría bien|va bien)",
        r"(?:te|le|les) propon(?:go|emos)",
        r"propon(?:go|emos)",
        r"sugier(?:o|en)",
        r"(?:tu|su) disponibilidad",
        r"(?:las |los )?siguientes (?:opciones|horarios|fechas|espacios)",
        r"(?:alguna|alguno|cualquiera) de (?:estas|estos|las siguientes|los siguientes)",
        r"(?:cuándo|qué día|qué horario|a qué hora) (?:te|le|les) (?:queda|acomoda|viene|funciona)",
        r"(?:me gustaría|quisiera|quisiéramos|nos gustaría) (?:\w+ ){0,2}(?:agendar|invitarte|"
        r"invitarle|platicar|conversar|conocerte|conocerle|hablar|charlar)",
    ),
    accept_cues=(
        r"perfect[oa]",
        r"excelente",
        r"¡genial",
        r"estupendo",
        r"súper",
        r"buenísimo",
        r"de acuerdo",
        r"de lujo",
        r"órale",
        r"me parece (?:bien|perfecto|excelente|genial|muy bien|estupendo)",
        r"me (?:queda|acomoda|funciona|viene|late) (?:bien|perfecto|muy bien|de maravilla)",
        r"(?:claro|por supuesto)(?: que sí)?",
        r"con (?:mucho )?gusto",
        r"confirmo (?:mi|nuestra) (?:asistencia|participación|presencia)",
        r"(?:allí|ahí|alli|ahi) estaré",
        r"(?<!entre\s)(?<!en\s)(?<!por\s)(?<!de\s)(?<!para\s)sí",
        r"nos vemos",
        r"(?:ahí|allí|allá) (?:nos vemos|estaré|estaremos)",
        r"cuenta conmigo",
        r"¡hecho",
        r"listo",
        r"va que va",
        r"quedamos (?:así|entonces|en eso)",
        r"(?:te|le|los|las) espero",
        r"(?:lo|la) (?:agendo|agendé|agendamos)",
    ),
    confirm_cues=(
        r"confirm(?:o|amos|é)",
        r"(?:te|le|lo|la|los) agend(?:o|amos)",
        r"confirmad[oa]s?",
        r"(?:queda|quedó|está|ha sido|fue) (?:confirmad|agendad|programad)[oa]",
        r"agend(?:é|amos|ada|ado)",
        r"(?:se llevará|se llevara) a cabo",
        # "Le convocamos a una jornada de evaluación el miércoles 18": a summons with its time
        r"(?:le|te|les|os) convoc(?:amos|o)",
        r"(?:queda|quedas|queda usted) convocad[oa]",
        r"tendrá lugar",
        r"se realizará",
        rf"{_TO_YOU} (?:envío|mando|envié|mandé|llegará|enviaré|mandaré) (?:la|una) invitación",
    ),
    decline_cues=(
        r"no (?:puedo|podré|podría|podremos|podemos)",
        r"no (?:voy|vamos) a poder",
        r"no me (?:queda|acomoda|funciona|es posible|será posible)",
        r"no (?:estaré|estoy|estaremos) disponibles?",
        r"no tengo disponibilidad",
        r"tengo (?:un|otro) compromiso",
        r"no alcanzo",
    ),
    cancel_cues=(
        r"cancel(?:ar|ada|ado|amos|ación|arla|arlo|arse|o|é|aron|ó)",
        r"(?:tenemos|tengo|debo|debemos) que cancelar",
        r"no (?:voy|vamos) a poder (?:conectarme|conectarnos|asistir|llegar|estar|hacerla|hacerlo)",
        r"ya no (?:se )?(?:llevará a cabo|realizará|podremos (?:vernos|reunirnos|platicar))",
    ),
    missed_cues=(
        r"(?:perdón|perdon|disculpa|disculpe|lo siento|una disculpa|mil disculpas)[^.]{0,40}"
        r"(?:no (?:pude|pudimos) (?:conectarme|conectarnos|entrar|llegar|asistir)|se me pasó|"
        r"olvidé|me olvidé)",
        r"no (?:te|le|los) (?:vi|vimos) (?:en la (?:llamada|reunión|videollamada)|conectad[oa])",
        r"no (?:te conectaste|se conectó|se presentó|te presentaste)",
        r"(?:te|le|los) (?:estuve|estuvimos) esperando",
        r"no (?:pude|pudimos) (?:llamarte|llamarle|llamarla|llamarlo|llamarles)",
        r"nadie se (?:ha )?(?:conectado|unido|presentado)",
        r"(?:entrevista|llamada|reunión|cita|videollamada) (?:perdida|fallida|que no se dio)",
        r"no (?:pudo|pudieron) (?:conectarse|asistir|llegar|liberarse|entrar)",
        r"(?:estoy|estuve|estaba) conectad[oa] [^.]{0,30}desde",
        # "te estamos esperando en el Teams desde las 9:30", "me conecté cuando ya no había nadie"
        r"(?:te|le|los|las|lo|la) (?:estamos|estoy|estábamos|estaba) esperando [^.?!]{0,30}desde",
        r"ya no (?:había|quedaba) nadie",
        r"(?:tuviste|tuvo|tuvieron) (?:algún|algun) problema con el (?:enlace|link|acceso)",
    ),
    move_cues=(
        r"reprogram(?:ar|ada|ado|amos|emos|arla|arlo|ación|o|é)",
        r"reagend(?:ar|ada|ado|amos|emos|arla|arlo|o|é)",
        r"cambiar (?:la|el) (?:hora|horario|fecha|día)",
        r"mover(?:la|lo) (?:a|al|para)",
        r"recorrer(?:la|lo)",
        r"pospon(?:er|erla|erlo|emos)",
        r"pospuest[oa]",
        r"aplaz(?:ar|arla|arlo|ada|ado|amos)",
        r"adelantar(?:la|lo)",
        r"(?:otra|nueva) fecha",
        r"(?:otro|nuevo) horario",
        r"en su lugar",
        r"(?:a la|en la) misma hora",
    ),
    not_joining=(
        r"no (?:estaré|voy a estar|participaré) (?:presente|en la (?:llamada|entrevista|reunión))",
        r"yo no (?:estaré|participaré)",
        r"sin mí",
        r"en nombre de",
        r"de parte de",
    ),
    joining=(
        r"conmigo",
        r"yo mism[oa]",
        r"(?:te|le) (?:llamo|llamaré|marco|marcaré)",
        r"estaré (?:presente|en la (?:llamada|entrevista|reunión))",
        r"(?:platicar|hablar|conversar|charlar) contigo",
        r"conocerte",
        r"conocerle",
    ),
    participants_before=(
        r"(?:conocerás|vas a conocer|conocerá|va a conocer)",
        r"(?:te reunirás|se reunirá|hablarás|platicarás|conversarás) con",
        r"(?:entrevista|videoentrevista|llamada|reunión|plática|videollamada|charla|conversación)"
        r"(?: \w+){0,2} con",
        r"(?:será|serán|estarás|hablarás) con",
        # "La entrevista será conmigo y con Paulo Antúnez"
        r"(?:será|serán|va a ser) conmigo y con",
        r"(?:será|serás|serán) recibid[oa]s? por",
        r"(?:integrantes|miembros|personas|compañer[oa]s|colegas|diseñador[ae]s|ingenier[oa]s|"
        r"desarrollador[ae]s|líderes|gerentes|analistas) del equipo",
        r"(?:el )?panel(?: de entrevista| entrevistador)?(?: estará (?:conformado|integrado) por)?"
        r" ?:",
        r"entrevistadores ?:",
        # "El tribunal estará formado por:", "la comisión está compuesta por"
        r"(?:el |la )?(?:tribunal|comisión|comité|jurado)(?: de selección)? (?:estará|está|será) "
        r"(?:formad|compuest|integrad|conformad)[oa] por",
        # "Lo entrevistarán:" and a list
        r"(?:lo|la|los|las|te|le) (?:entrevistará|entrevistarán|recibirá|recibirán) ?:",
        # "Te entrevista: Ing. Ramiro Castañeda", a label line
        r"(?:te|le|lo|la) (?:entrevista|entrevistan|recibe|reciben) ?:",
        # "la entrevista de las 2:00 p.m. la realizará el Ing. Esteban Vargas (evargas@…)"
        r"(?:la|lo) (?:realizará|realizarán|conducirá|conducirán|llevará a cabo|llevarán a cabo)",
        # "En caseta pregunta por el Ing. Ibarra": the one asked for at the door is the host
        r"pregunt(?:a|e|en) por",
        r"(?:junto|acompañad[oa]) (?:con|de)",
        # "invitar a la entrevista de mañana a Juliana Restrepo"
        r"invit(?:ar|é|amos) a la (?:entrevista|reunión|llamada|videollamada)(?: [\w-]+){0,3} a",
    ),
    participants_after=(
        r"(?:te|le) (?:entrevistará|entrevistarán|llamará|llamarán|marcará|recibirá|recibirán|"
        r"atenderá|atenderán)",
        r"(?:estará|estarán) (?:presentes?|en la (?:llamada|entrevista|reunión))",
        r"(?:se unirá|se unirán|participará|participarán)",
        # "Ana Paula Reyes ... quiere conocerte en una comida informal"
        r"(?:quiere|quisiera|le gustaría|desea) (?:conocerte|conocerle|conocerla|conocerlo|"
        r"platicar contigo|hablar contigo|entrevistarte)",
        # a stand-in, or one more: "Juliana Restrepo ... se sumará", "la reemplazará"
        r"(?:se sumará|se sumarán|(?:la|lo) (?:reemplazará|sustituirá|cubrirá)|hará la entrevista)",
    ),
    commitments=(
        # the present of calling or writing: "Mañana te llamo", "Te decimos algo el viernes"
        # (not "te aviso que la entrevista será el jueves": telling now)
        r"(?:te|le|les|os)(?= (?:llamo|llamamos|escribo|escribimos|contacto|contactamos|"
        r"(?:decimos|digo) algo)\b)",
        r"(?:voy|vamos) a",
        r"(?:se|te|le|les|nos|él|ella|ellos|ellas|quien|que) (?:va|van) a",
        r"(?:me|nos) comprometemos",
        # the present said of what one will do: "Se lo envío el lunes 23 como muy tarde"
        # (with a deadline said: "te envío la invitación para el viernes" sends it now)
        r"(?:se (?:lo|la|los|las)|te(?: lo| la| los| las)?|le|les)(?= (?:envío|mando|paso|hago "
        r"llegar)\b[^.!?\n]{0,80}\b(?:a más tardar|a mas tardar|como muy tarde|como "
        r"máximo|no más tarde|antes del?)\b)",
        r"me comprometo",
        r"(?:esperamos|espero|planeamos|pensamos|estimamos|prevemos|buscamos|intentaremos)",
        # the day said first: "Mañana te mando el portfolio", "El jueves te confirmo si ..."
        _WHEN_FIRST + r"(?=(?: [\w-]+){0,4}? (?:te|le|les|os|me) " + _SEND_NOW + r"\b)",
        # ... or right after what is sent, not after what it is for: "Te envío las referencias
        # el lunes sin falta" (not "te envío la invitación para conversar el viernes")
        r"(?:te|le|les|os)(?= " + _SEND_NOW + r"\b(?:(?!\bpara\b|\bpor\b)[^.!?\n]){0,60}?"
        r"\b(?:el " + _DAY + r"|mañana|esta semana|la (?:próxima|siguiente) semana|en \d+ (?:horas|"
        r"días)|como tarde)\b)",
    ),
    news_events=(
        r"(?:llamo|llamamos|escribo|escribimos|aviso|avisamos|decimos|digo|contacto|contactamos)\b",
        r"(?:darte|darle|darles|dar) (?:una )?(?:respuesta|noticias|retroalimentación|"
        r"seguimiento|feedback)",
        r"(?:avisarte|avisarle|avisarles|contactarte|contactarle|contactarlos|escribirte|"
        r"escribirle|escribirles|llamarte|llamarle|marcarte|marcarle|informarte|informarle|"
        r"informarles|confirmarte|confirmarle|comentarte|comentarle|responderte|responderle|"
        r"compartirte|compartirle)",
        r"ponernos en contacto",
        # after "se lo", "te" (the commitments): "se lo envío el lunes", "te mando los datos"
        r"(?:envío|mando|paso|hago llegar|enviaré|mandaré|pasaré|haré llegar)(?= (?:el|la|los|las|"
        r"mi|mis|un|una|unos|unas|esto|eso|todo|ambos|ambas|hoy|mañana|antes|a más)\b)",
        r"tener (?:una )?(?:respuesta|noticias|decisión)",
        # after the day said first (the commitments): "te confirmo si", "te respondo sobre"
        r"(?:confirmo|respondo|comunico|escribo)(?= (?:si|sobre|la|el|a|para|con)\b)",
        r"(?:devuelvo)(?= (?:el|la|los|las|mi|mis)\b)",
        r"tomar (?:una|la) decisión",
        r"decidir",
    ),
    passive_news=(
        r"(?:tendrás|tendrá|tendrán|recibirás|recibirá|recibirán) "
        r"(?:una |nuestra |la |el |nuestro )?"
        r"(?:respuesta|noticias|retroalimentación|decisión|propuesta|feedback)",
        rf"{_TO_YOU} (?:avisaré|avisaremos|confirmaré|confirmaremos|escribiré|escribiremos|"
        r"llamaré|llamaremos|marcaré|marcaremos|contactaré|contactaremos|informaré|informaremos|"
        r"comentaré|comentaremos|responderé|responderemos|daré|daremos|haré saber|haremos saber)",
        rf"{_TO_YOU} avis(?:o|amos)(?! que)",
        rf"{_TO_YOU} (?:cuento|contamos|contaré|contaremos)(?! que)",
        # "te comparto la retroalimentación el viernes"; not "te comparto mi CV"
        rf"{_TO_YOU} (?:compartiré|compartiremos)",
        rf"{_TO_YOU} (?:comparto|compartimos) (?:\w+ ){{0,3}}(?:retroalimentación|feedback|"
        r"comentarios|resultados|decisión|respuesta)",
        rf"{_TO_YOU} (?:marco|llamo|contacto|contactamos)(?! (?:para|porque|por))",
        rf"{_TO_YOU} confirm(?:o|amos)(?= (?:a más tardar|a mas tardar|antes|durante|en (?:el "
        r"transcurso|los próximos|las próximas|cuanto)|la próxima|la siguiente|el próximo|"
        r"mañana|esta semana|hoy|el " + _DAY + r"|el " + r"\d))",
        rf"{_TO_YOU} (?:doy|damos|da|dan) (?:una )?(?:respuesta|noticias|"
        r"retroalimentación|feedback)",
        rf"{_TO_YOU} (?:tengo|tendré|tendremos) (?:noticias|respuesta|una respuesta)",
        rf"{_TO_YOU} (?:mantendré|mantendremos|mantengo|mantenemos) (?:al tanto|informad[oa]s?)",
        rf"{_TO_YOU} (?:estaré|estaremos|estará|estarán) (?:avisando|informando|contactando|"
        r"escribiendo|llamando|marcando|comentando)",
        # "le estará dando una respuesta a más tardar el viernes"
        rf"{_TO_YOU} (?:estaré|estaremos|estará|estarán) (?:dando|enviando|mandando|"
        r"compartiendo) (?:una |la |su |nuestra )?(?:respuesta|decisión|retroalimentación|"
        r"noticias|feedback)",
        # "te escribo la próxima semana para contarte": the present for the near future
        rf"{_TO_YOU} (?:escribo|escribimos)(?! (?:para|porque|por|desde|con|en nombre))",
        r"(?:nos|me) (?:pondremos|pondré|ponemos|pongo) en contacto",
        r"estaremos en contacto",
        r"(?:tendrás|tendrá|tendrán|recibirás|recibirá|recibirán) (?:noticias|respuesta|"
        r"una respuesta|retroalimentación|nuestra respuesta)",
        r"(?:serás|será|serán) (?:contactad|notificad|informad)[oa]s?",
        r"se (?:les |te |le )?(?:informará|notificará|contactará|comunicará)",
        r"(?:la|una) decisión(?: final| definitiva)? (?:se tomará|será tomada|se comunicará|"
        r"será comunicada|estará lista|se dará)",
        r"(?:los|el) resultados?(?: finales| final)? (?:se comunicarán|se comunicará|serán "
        r"comunicados|será comunicado)",
    ),
    from_meeting=(
        r"(?:después de|tras|luego de) (?:tu|su|la|nuestra|el|nuestro) (?:[\w-]+ ){0,2}"
        r"(?:entrevista|reunión|llamada|conversación|charla)",
    ),
    lengths=(r"horas", r"días", r"dias", r"semanas", r"meses", r"una semana"),
    asks_of_you=(
        r"por favor",
        r"favor de",
        r"(?:me|nos) (?:podrías|puedes|podría|puede|pudieras|pudiera|podrían|pueden)",
        r"(?:podrías|pudieras)",
        r"(?:avísame|avisame|avísanos|confírmame|confirmame|confírmanos|indícame|indicame|"
        r"indícanos|envíame|enviame|envíanos|mándame|mandame|mándanos|compárteme|comparteme|"
        r"compártenos|hazme saber|déjame saber|dejame saber)",
        r"(?:te|le) (?:pido|pedimos|agradecería|agradeceríamos|solicito|solicitamos)",
        r"(?:necesito|necesitamos) que",
        r"deberás",
        r"es necesario que",
        r"quedo (?:atent[oa]|pendiente|a la espera)",
    ),
    no_news_means_no=(
        r"si no (?:has|ha|han) (?:recibido|tenido) (?:noticias|respuesta)",
        r"si no (?:te|le|les) (?:contactamos|hemos contactado|respondemos)",
        r"(?:solo|sólo|únicamente) (?:se contactará|contactaremos|nos pondremos en contacto) "
        r"(?:a|con) (?:los|las) (?:candidat[oa]s|perfiles|postulantes)",
    ),
    rejections=(
        r"no (?:has|ha) sido seleccionad[oa]",
        r"no (?:continuarás|continuará|continuaremos|seguirás|seguirá|avanzarás|avanzará) "
        r"(?:en el proceso|con tu (?:candidatura|postulación)|a la siguiente etapa)",
        r"(?:decidimos|hemos decidido) (?:continuar|avanzar|seguir)(?: adelante)? con "
        r"(?:otr[oa]s? |un |una )?(?:candidat[oa]s?|perfil(?:es)?|postulantes?)",
        # "guardaremos tu CV para futuras posiciones": kept on file, not taken now
        r"(?:guardar|conservar)(?:emos|é) (?:tu|su) (?:cv|currículum|curriculum|perfil|candidatura)"
        r"(?: en nuestr[oa] (?:cartera|base de datos|banco de talento))? para "
        r"(?:futuras|próximas|proximas|otras)",
        # "decidimos continuar con otra persona cuyo recorrido se ajusta más"
        r"(?:decidimos|hemos decidido|optamos por) (?:continuar|avanzar|seguir|quedarnos) con "
        r"(?:otra persona|alguien más|alguien cuyo)",
        r"(?:otr[oa]s?) (?:candidat[oa]s?|perfiles|postulantes) (?:que se ajustan|más ajustad)",
        r"lamentablemente[^.]{0,80}(?:no (?:has|ha|fue|fuiste|continuar|avanzar|seguir)|otr[oa]s? "
        r"(?:candidat|perfil))",
        r"lamentamos (?:informarte|informarle|comunicarte|comunicarle)",
        r"(?:tu|su) perfil no (?:se ajusta|coincide|cumple)",
        r"(?:la vacante|la posición|el puesto) (?:ha sido|fue) cubiert[oa]",
        # "en esta oportunidad el proceso continuará con un candidato cuyo perfil se ajusta más",
        # "sus datos quedarán en nuestra base para futuras oportunidades"
        r"(?:el proceso|la selección) (?:continuará|continúa|seguirá|sigue) con "
        r"(?:otr[oa]s? |un |una )?(?:candidat[oa]s?|perfil(?:es)?|postulantes?|persona)",
        r"(?:sus|tus) datos (?:quedarán|quedan|permanecerán) (?:registrados )?en nuestra base "
        r"(?:de datos )?para (?:futuras|próximas|otras)",
    ),
    offers=(
        r"(?:nos complace|tenemos el gusto de|es un gusto) (?:ofrecerte|ofrecerle|hacerte llegar"
        r"|extenderte)",
        r"carta (?:oferta|de oferta)",
        r"oferta (?:formal|laboral formal)",
        r"ofrecerte el puesto",
    ),
    hiring_side=(
        r"(?:tu|su) (?:retroalimentación|evaluación) (?:sobre|de) (?:el|la|los|las) candidat",
        r"evaluar a (?:el|la|los|las) candidat[oa]s?",
        r"(?:rúbrica|formato|guía) de (?:evaluación|entrevista)",
        r"entrevistar a (?:los|las|nuestr[oa]s) candidat[oa]s",
        r"terna de candidatos",
        r"(?:la )?entrevista (?:del|de la|de los|de las|con el|con la) "
        r"(?:candidat|postulante|aspirante)",
    ),
    candidate_side=(
        r"(?:tu|su) interés en",
        r"(?:para|de) (?:conocerte|conocerle)",
        r"(?:invitarte|invitarle) a",
        r"has sido (?:seleccionad|preseleccionad)[oa]",
    ),
    advice_sought=(
        r"(?:me podrías|me podría|podrías|podría) (?:aconsejar|orientar|guiar)",
        r"(?:tus|sus) consejos",
        r"asistí a (?:tu|su) (?:charla|conferencia|taller|ponencia|presentación)",
    ),
    to_a_candidate=(
        r"(?:tu|su) (?:postulación|postulacion|candidatura|currículum|curriculum|cv|entrevista)",
        r"(?:te|le) postulaste",
        r"(?:por|de) postularte",
    ),
    errands=(
        r"(?:tu|su) (?:factura|pedido|compra|recibo|reservación|paquete|suscripción)",
        r"factura electrónica",
        r"estado de cuenta",
        r"número de (?:pedido|guía|rastreo|seguimiento)",
        r"cita (?:médica|con el (?:doctor|dentista|médico))",
        r"consultorio",
        r"darte de baja",
        r"darse de baja",
        r"cancelar (?:la )?suscripción",
        r"pago (?:recibido|pendiente|vencido)",
        r"domiciliación",
        r"pase de abordar",
        r"tarjeta de embarque",
    ),
    logistics=(
        r"paquetería",
        r"recolección",
        r"entrega a domicilio",
        r"instalación",
        r"reparación",
        r"mudanza",
    ),
    other_interviews=(
        r"entrevista (?:de prensa|de salida|consular|de visa|para (?:la|el|un|una) (?:radio|revista"
        r"|periódico|podcast|programa|tesis|investigación|estudio))",
        r"junta de padres",
    ),
    press_context=(
        r"periodista",
        r"reporter[oa]",
        r"prensa",
        r"medios de comunicación",
        r"revista",
        r"periódico",
        r"nota periodística",
    ),
    hiring_context=(
        r"candidat[oa]s?",
        r"postulantes?",
        r"currículum",
        r"vacantes?",
        r"reclutamiento",
        r"contratación",
        r"sueldo",
        r"salario",
        r"fecha de ingreso",
    ),
    internal_work=(
        r"reunión (?:semanal|de equipo|mensual|diaria)",
        r"junta semanal",
        r"guardia",
        r"cierre de mes",
        r"(?:reporte|informe) semanal",
        r"cambio de turno",
        # a project's work with its client: "Revisión de diseño – App Banco Cima (sprint 6)"
        r"revisi[oó]n de (?:diseño|avance|entregables|sprint)",
        r"status semanal",
        r"entregables?",
        r"comentarios consolidados",
    ),
    # before a day: "a más tardar el viernes", "antes del jueves", "para el próximo lunes"
    deadline_words=(
        r"a m[aá]s tardar(?: el| este| el próximo| el proximo)?",
        r"no m[aá]s tarde del?",
        r"antes del?(?: próximo| proximo)?",
        r"hasta el(?: próximo| proximo)?",
        r"para el(?: próximo| proximo)?",
    ),
    week_of=(r"(?:en |durante )?la semana del",),
    periods=(
        (
            r"(?:a |para )?(?:finales|fines|final|fin) de la (?:próxima|proxima|siguiente) semana"
            r"|(?:a |para )?(?:finales|fines|final|fin) de la semana (?:que viene|entrante)",
            "end_of_next_week",
        ),
        (
            r"(?:a |al )?(?:principios|inicios|inicio|principio|comienzos) de la (?:próxima|"
            r"proxima|siguiente) semana",
            "early_next_week",
        ),
        (
            r"(?:durante |en el transcurso de |para |en )?la (?:próxima|proxima|siguiente) semana"
            r"|(?:durante |para )?la semana (?:que viene|entrante)",
            "next_week",
        ),
        (
            r"(?:durante |en el transcurso de |en )?esta (?:misma )?semana|(?:a |para )?(?:finales|"
            r"fines|final|fin) de (?:esta|la presente) semana",
            "this_week",
        ),
        (
            r"(?:en|dentro de|durante) (?:las )?(?:próximas|proximas|siguientes) (?:dos|2) semanas"
            r"|(?:en|dentro de) (?:(?:dos|2) semanas|(?:quince|15) días)|en un par de semanas",
            "two_weeks",
        ),
        (
            r"(?:en|dentro de|durante) (?:las )?(?:próximas|proximas|siguientes) (?:tres|3) semanas"
            r"|(?:en|dentro de) (?:tres|3) semanas",
            "three_weeks",
        ),
        (r"(?:en|dentro de) (?:una|1) semana", "one_week"),
        (
            r"(?:en|durante|dentro de) (?:los )?(?:próximos|proximos|siguientes) días|(?:en|dentro "
            r"de) (?:unos|pocos|unos pocos|un par de) días",
            "few_days",
        ),
        (
            r"(?:a |para )?(?:finales|fines|final|fin) del (?:próximo|proximo|siguiente) mes|(?:a "
            r"|para )?(?:finales|fin) del mes (?:que viene|entrante)",
            "end_of_next_month",
        ),
        (r"(?:a |para )?mediados de(?:l| este) mes", "mid_month"),
        (r"(?:a |para )?(?:finales|fines|final|fin) de (?:este )?mes", "end_of_month"),
        (r"(?:el|durante el) (?:próximo|proximo|siguiente) mes|el mes que viene", "next_month"),
        # "mañana" is also the morning: not "por la mañana", "esta mañana", "pasado mañana"
        (
            r"(?<!la\s)(?<!las\s)(?<!esta\s)(?<!pasado\s)(?<!una\s)(?<!cada\s)(?<!toda\s)mañana",
            "tomorrow",
        ),
    ),
    applying=(
        r"(?:me gustaría|quisiera|quiero|deseo) (?:postularme|postular|aplicar|presentar mi "
        r"candidatura|ser considerad[oa])",
        r"(?:adjunto|le adjunto|te adjunto|les adjunto|envío|le envío|te envío) (?:mi )?(?:hoja de "
        r"vida|cv|currículum|curriculum|candidatura|postulación)",
        r"me postulo",
        r"postularme (?:a|para|al)",
    ),
    resume_files=(
        r"cv",
        r"hoja de vida",
        r"currículum",
        r"curriculum",
        r"carta de presentación",
        r"carta de presentacion",
    ),
    auto_reply_subjects=(
        r"respuesta automática",
        r"respuesta automatica",
        r"fuera de la oficina",
        r"fuera de oficina",
        r"ausente",
        r"de vacaciones",
    ),
    out_of_office=(
        r"fuera de (?:la )?oficina",
        r"de vacaciones",
        r"ausente (?:hasta|del|desde)",
        r"(?:estaré|estare) de (?:regreso|vuelta) (?:el|a partir del)",
        r"de regreso el",
        r"a mi regreso",
        r"(?:acceso limitado|sin acceso) (?:al|a mi) correo",
    ),
    phone_calls=(r"(?:le|te|lo|la) (?:llamo|llamaré|llamaremos|marco)", r"llamarle", r"llamarte"),
)
