# Crisis Drill — interfaz, español.

language-name = Español
app-title = Crisis Drill

## Menú
menu-subtitle = Practica la gestión de crisis en redes sociales antes de que te toque vivirlas.
menu-language = Idioma
menu-scenario = Escenario
menu-trainee = Tu nombre
menu-trainee-hint = Opcional; aparece en el análisis final
menu-mode = Modo
mode-practice = Práctica (pistas en directo)
mode-assessment = Evaluación (sin pistas)
menu-start = Empezar el briefing
menu-quit = Salir
menu-keys = Teclas: Tab para moverte, Intro para elegir, Esc para volver.
difficulty-introductory = Inicial
difficulty-intermediate = Intermedio
difficulty-advanced = Avanzado
menu-duration = { $minutes } min
menu-data-problems = Algunos archivos de datos tienen problemas:

## Briefing
briefing-title = Briefing
briefing-facts = Lo que sabes
briefing-rules = Qué evalúa este simulacro
briefing-begin = Empezar el simulacro
briefing-back = Volver al menú

## Simulacro
drill-clock = Tiempo restante: { $left }
drill-paused = EN PAUSA
drill-pause = Pausar
drill-resume = Reanudar
drill-finish = Terminar el simulacro ahora
drill-reach = Alcance
drill-anger = Enfado
drill-reach-value = { $reach } personas
drill-followers = { $count } seguidores
drill-waiting = en espera desde hace { $time }
drill-answered = respondido
drill-ago = hace { $time }
drill-likes = { $count ->
    [one] 1 reacción
   *[other] { $count } reacciones
}
drill-reply = Responder
drill-delete = Eliminar
drill-hide = Ocultar
drill-block = Bloquear al autor
drill-hidden-label = Oculto al público
drill-deleted-label = Eliminado
drill-blocked-label = bloqueado
drill-composer = Redactar
drill-composer-to = Respondiendo a { $name }
drill-composer-none = Elige una publicación a la que responder o una persona a la que escribir.
drill-composer-hint = Escribe tu respuesta… (Ctrl+Intro para enviar)
drill-send-public = Publicar respuesta
drill-send-private = Enviar mensaje privado
drill-inbox = Bandeja de entrada
drill-inbox-empty = No hay mensajes.
drill-message-to = Escribir a { $name }
drill-move-phone = Llamar por teléfono
drill-move-email = Seguir por correo electrónico
drill-escalate = Elevar al comité de crisis
drill-escalate-hint = ¿Qué debe saber el comité?
drill-compensate = Ofrecer una compensación
drill-compensate-hint = ¿Qué ofreces? (p. ej., envío gratis en el próximo pedido)
drill-compensate-private = Ofrecer en privado
drill-compensate-public = Ofrecer en público
drill-scheduled = Publicaciones programadas
drill-scheduled-at = se publica a las { $time }
drill-scheduled-paused = en pausa
drill-scheduled-published = publicada
drill-pause-scheduled = Pausar todas las publicaciones programadas
drill-people = Personas
drill-speed = Velocidad ×{ $speed }
drill-rejected = No se ha podido hacer: { $reason }
drill-hint-title = Pista
drill-keys = Teclas: Espacio pausa · Tab siguiente campo · Ctrl+Intro enviar · F1..F9 elegir publicación · Esc menú

hint-hostile = Esto suena enfadado o sarcástico: «{ $words }». Mantén la calma: te está mirando todo el mundo.
hint-blame = Esto suena a echarle la culpa a otro: «{ $words }». El cliente solo te ve a ti.
hint-no-empathy = Empieza reconociendo cómo se siente el cliente.
hint-no-specifics = Da un dato concreto y real: un día, una hora, un número de pedido.
hint-canned = Suena a respuesta enlatada. Hazla más personal.
hint-good = Tono sereno, asumes el problema y muestras comprensión. ¡Bien hecho!

reason-ended = el simulacro ha terminado
reason-empty-text = el texto está vacío
reason-unknown-post = esa publicación no existe o se ha eliminado
reason-unknown-user = esa persona no forma parte de este escenario

who-you = Tú
who-brand = Página

## Análisis final
debrief-title = Análisis final
debrief-overall = Puntuación global { $score }/100 — nota { $grade }
debrief-skills = Habilidades
debrief-strengths = Lo que hiciste bien
debrief-improvements = Qué puedes mejorar
debrief-timeline = Minuto a minuto
debrief-meters = Alcance final: { $reach } personas · enfado { $anger }/100 (máximo { $peak })
debrief-evidence = Tus palabras
debrief-rule = Regla { $rule }
debrief-again = Jugar otra vez
debrief-menu = Volver al menú
debrief-trainee = Participante: { $name }
debrief-none = No hay nada aquí.

skill-calm = Tono sereno
skill-responsibility = Responsabilidad
skill-transparency = Transparencia
skill-responsiveness = Rapidez de respuesta
skill-empathy = Empatía
skill-specifics = Concreción
skill-closure = Cierre
skill-personal = Toque personal
skill-judgement = Criterio ante la crisis

finding-fast-answer = Respondiste a la queja en menos de un minuto.
finding-unanswered-complaint = Una queja se quedó sin respuesta.
finding-unanswered-question = Una pregunta se quedó sin respuesta.
finding-hostile = Esta respuesta no es serena; va a caldear todavía más el hilo.
finding-calm-throughout = Todas tus respuestas fueron serenas y educadas.
finding-owned-it = Asumiste la responsabilidad del problema.
finding-blame = Esta respuesta echa balones fuera; el cliente solo te ve a ti.
finding-no-ownership = Ninguna respuesta asumió el problema en nombre de la empresa.
finding-deleted = Eliminaste una publicación: ya la había visto gente y alguien le hizo captura, así que borrarla empeora las cosas.
finding-hidden = Ocultaste una publicación; su autor se da cuenta y los demás lo interpretan como censura.
finding-blocked = Bloqueaste a un usuario; volverá aún más enfadado en otro sitio.
finding-kept-visible = Dejaste las críticas a la vista y las respondiste abiertamente.
finding-understanding = Empezaste reconociendo la experiencia del cliente.
finding-understanding-late = Reconociste la experiencia del cliente, pero no en tu primera respuesta.
finding-no-understanding = Tu primera respuesta no reconoció cómo se siente el cliente.
finding-specifics-fact = Lo explicaste con un dato concreto y real de los hechos.
finding-specifics = Diste un dato concreto.
finding-vague = Ninguna respuesta incluyó un dato concreto (un día, una hora, un número de pedido).
finding-thanks = Le diste las gracias al cliente.
finding-no-thanks = No le diste las gracias al cliente por su comentario.
finding-commitment = Te comprometiste a corregir la causa o a mejorar.
finding-no-commitment = No te comprometiste a mejorar ni a corregir la causa.
finding-canned = Esta respuesta es enlatada: una disculpa de manual o una copia de otra respuesta.
finding-personal = Tus respuestas fueron personales, no de copiar y pegar.
finding-promo-published = Una promoción programada se publicó en plena tormenta.
finding-paused = Pausaste las publicaciones programadas mientras duraba la crisis.
finding-public-compensation = Ofreciste una compensación en público; otros pedirán lo mismo.
finding-private-compensation = Ofreciste una compensación en privado, después de disculparte en público.
finding-compensation-before-apology = Ofreciste una compensación antes de disculparte en público.
finding-escalated = Elevaste el caso al comité de crisis.

why-list-apology = disculpa
why-list-empathy = reconoce los sentimientos
why-list-thanks = agradecimiento
why-list-ownership = asume el problema
why-list-excuses = excusa
why-list-customer_blame = culpa al cliente
why-list-insults = insulto
why-list-sarcasm = sarcasmo
why-list-impatience = impaciencia
why-list-condescension = condescendencia
why-list-threats = amenaza
why-list-commitment = compromiso
why-list-weekdays = día de la semana
why-list-months = fecha
why-list-deadlines = plazo
why-rule-capitals = mayúsculas para enfatizar
why-rule-capitals-ratio = escrito en mayúsculas
why-rule-angry-exclamation = exclamaciones airadas
why-rule-hostile-emoji = emojis burlones o de enfado
why-rule-third-party = culpa a un tercero
why-rule-denied-ownership = niega la responsabilidad
why-rule-scare-quotes = palabra entre comillas irónicas
why-rule-accuses-customer = acusa al cliente
why-list-past_apology = disculpa anterior
why-list-blame_targets = terceros
why-list-blame_cues = causa
why-list-positive = palabra cordial
why-list-stock_apologies = disculpa de plantilla
why-list-policy = fórmula de política
why-rule-clock-time = hora
why-rule-date = fecha
why-rule-amount = importe
why-rule-reference-number = número de referencia
why-rule-language-pattern = dato concreto
why-rule-stock-apology = disculpa de manual
why-rule-copy = copia de una respuesta anterior

action-reply = respondiste
action-message = enviaste un mensaje privado
action-move = pasaste la conversación a otro canal
action-delete = eliminaste una publicación
action-hide = ocultaste una publicación
action-block = bloqueaste a un usuario
action-escalate = elevaste el caso
action-pause = pausaste las publicaciones programadas
action-compensate = ofreciste una compensación
action-wait = esperaste

## Las reglas del oficio
rule-R1 = Nunca borres una crítica
rule-R2 = Responde rápido, no dejes nada sin respuesta
rule-R3 = Mantén la calma y la educación
rule-R4 = Asume la responsabilidad, no culpes a nadie
rule-R5 = Empieza mostrando comprensión
rule-R6 = Explica con datos concretos y ciertos
rule-R7 = Cierra agradeciendo y con un compromiso
rule-R8 = Respuestas personales, nada enlatado
rule-R9 = Pausa las promociones durante la crisis
rule-R10 = Compensa en privado, tras disculparte en público
rule-R11 = Lleva lo delicado a un canal privado
rule-R12 = Distingue los problemas reales del ruido
rule-R13 = Escala pronto lo importante
rule-R14 = No bloquees, no huyas
rule-R15 = Ten un plan preparado
rule-R16 = Responde también a los comentarios buenos
rule-R17 = Todo el mundo está mirando
rule-R18 = Evalúa después de la crisis
