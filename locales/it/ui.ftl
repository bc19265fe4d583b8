# Crisis Drill — interfaccia, italiano.

language-name = Italiano
app-title = Crisis Drill

## Menu
menu-subtitle = Allenati a gestire le crisi sui social prima che succedano davvero.
menu-language = Lingua
menu-scenario = Scenario
menu-trainee = Il tuo nome
menu-trainee-hint = Facoltativo, compare nel debriefing
menu-mode = Modalità
mode-practice = Allenamento (suggerimenti in tempo reale)
mode-assessment = Valutazione (senza suggerimenti)
menu-start = Inizia il briefing
menu-quit = Esci
menu-keys = Tasti: Tab per spostarti, Invio per scegliere, Esc per tornare indietro.
difficulty-introductory = Base
difficulty-intermediate = Intermedio
difficulty-advanced = Avanzato
menu-duration = { $minutes } min
menu-data-problems = Alcuni file di dati presentano problemi:

## Briefing
briefing-title = Briefing
briefing-facts = Cosa sai
briefing-rules = Cosa valuta questa esercitazione
briefing-begin = Inizia l'esercitazione
briefing-back = Torna al menu

## Esercitazione
drill-clock = Tempo rimasto: { $left }
drill-paused = IN PAUSA
drill-pause = Pausa
drill-resume = Riprendi
drill-finish = Termina subito l'esercitazione
drill-reach = Copertura
drill-anger = Rabbia
drill-reach-value = { $reach } persone
drill-followers = { $count } follower
drill-waiting = in attesa da { $time }
drill-answered = risposto
drill-ago = { $time } fa
drill-likes = { $count ->
    [one] 1 reazione
   *[other] { $count } reazioni
}
drill-reply = Rispondi
drill-delete = Elimina
drill-hide = Nascondi
drill-block = Blocca autore
drill-hidden-label = Nascosto al pubblico
drill-deleted-label = Eliminato
drill-blocked-label = bloccato
drill-composer = Scrivi
drill-composer-to = Stai rispondendo a { $name }
drill-composer-none = Scegli un post a cui rispondere o una persona a cui scrivere.
drill-composer-hint = Scrivi la tua risposta… (Ctrl+Invio per inviare)
drill-send-public = Pubblica risposta
drill-send-private = Invia messaggio privato
drill-inbox = Posta in arrivo
drill-inbox-empty = Nessun messaggio.
drill-message-to = Scrivi a { $name }
drill-move-phone = Chiama al telefono
drill-move-email = Prosegui via e-mail
drill-escalate = Coinvolgi il comitato di crisi
drill-escalate-hint = Cosa deve sapere il comitato?
drill-compensate = Offri una compensazione
drill-compensate-hint = Cosa offri? (es. spedizione gratuita sul prossimo ordine)
drill-compensate-private = Offri in privato
drill-compensate-public = Offri in pubblico
drill-scheduled = Post programmati
drill-scheduled-at = pubblicazione alle { $time }
drill-scheduled-paused = in pausa
drill-scheduled-published = pubblicato
drill-pause-scheduled = Metti in pausa tutti i post programmati
drill-people = Persone
drill-speed = Velocità ×{ $speed }
drill-rejected = Azione non riuscita: { $reason }
drill-hint-title = Suggerimento
drill-keys = Tasti: Spazio pausa · Tab campo successivo · Ctrl+Invio invia · F1..F9 scegli post · Esc menu

hint-hostile = Sembra un tono arrabbiato o sarcastico: «{ $words }». Mantieni la calma: ti stanno guardando tutti.
hint-blame = Sembra che tu stia dando la colpa a qualcun altro: «{ $words }». Il cliente vede solo te.
hint-no-empathy = Inizia riconoscendo come si sente il cliente.
hint-no-specifics = Aggiungi un dettaglio concreto e vero: un giorno, un orario, un numero d'ordine.
hint-canned = Sembra una risposta preconfezionata. Rendila più personale.
hint-good = Tono calmo, ti fai carico del problema e mostri comprensione. Ottimo.

reason-ended = l'esercitazione è terminata
reason-empty-text = il testo è vuoto
reason-unknown-post = il post non esiste o è stato eliminato
reason-unknown-user = questa persona non fa parte dello scenario

who-you = Tu
who-brand = Pagina

## Debriefing
debrief-title = Debriefing
debrief-overall = Punteggio complessivo { $score }/100 — voto { $grade }
debrief-skills = Competenze
debrief-strengths = Cosa hai fatto bene
debrief-improvements = Cosa migliorare
debrief-timeline = Minuto per minuto
debrief-meters = Copertura finale: { $reach } persone · rabbia { $anger }/100 (picco { $peak })
debrief-evidence = Le tue parole
debrief-rule = Regola { $rule }
debrief-again = Gioca di nuovo
debrief-menu = Torna al menu
debrief-trainee = Partecipante: { $name }
debrief-none = Niente da segnalare.

skill-calm = Tono calmo
skill-responsibility = Responsabilità
skill-transparency = Trasparenza
skill-responsiveness = Tempestività
skill-empathy = Empatia
skill-specifics = Concretezza
skill-closure = Chiusura
skill-personal = Tocco personale
skill-judgement = Capacità di giudizio

finding-fast-answer = Hai risposto al reclamo entro un minuto.
finding-unanswered-complaint = Un reclamo è rimasto senza risposta.
finding-unanswered-question = Una domanda è rimasta senza risposta.
finding-hostile = Questa risposta non è calma: infiammerà la discussione.
finding-calm-throughout = Tutte le risposte sono rimaste calme ed educate.
finding-owned-it = Hai preso in carico il problema, assumendone la responsabilità.
finding-blame = Questa risposta scarica la colpa su altri; il cliente vede solo te.
finding-no-ownership = Nessuna risposta si è fatta carico del problema a nome dell'azienda.
finding-deleted = Hai eliminato un post: qualcuno l'aveva già visto e ne aveva fatto uno screenshot, e cancellarlo peggiora la situazione.
finding-hidden = Hai nascosto un post: l'autore se ne accorge e chi legge lo vive come censura.
finding-blocked = Hai bloccato un utente: tornerà ancora più arrabbiato da un'altra parte.
finding-kept-visible = Hai lasciato visibili le critiche e hai risposto apertamente.
finding-understanding = Hai esordito riconoscendo l'esperienza del cliente.
finding-understanding-late = Hai riconosciuto l'esperienza del cliente, ma non nella prima risposta.
finding-no-understanding = La tua prima risposta non ha riconosciuto come si sente il cliente.
finding-specifics-fact = Hai spiegato la situazione con un dettaglio concreto e vero, preso dai fatti.
finding-specifics = Hai fornito un dettaglio concreto.
finding-vague = Nessuna risposta conteneva un dettaglio concreto (un giorno, un orario, un numero d'ordine).
finding-thanks = Hai ringraziato il cliente.
finding-no-thanks = Non hai ringraziato il cliente per la segnalazione.
finding-commitment = Hai preso l'impegno di eliminare la causa o di migliorare.
finding-no-commitment = Non hai preso alcun impegno a migliorare o a eliminare la causa.
finding-canned = Questa risposta è preconfezionata: scuse di circostanza o la copia di un'altra risposta.
finding-personal = Le tue risposte erano personali, non copiate e incollate.
finding-promo-published = Una promozione programmata è uscita in piena bufera.
finding-paused = Hai messo in pausa i post programmati durante la crisi.
finding-public-compensation = Hai offerto una compensazione in pubblico: anche altri chiederanno lo stesso.
finding-private-compensation = Hai offerto una compensazione in privato, dopo aver chiesto scusa in pubblico.
finding-compensation-before-apology = Hai offerto una compensazione prima di chiedere scusa in pubblico.
finding-escalated = Hai coinvolto il comitato di crisi.

why-list-apology = scuse
why-list-empathy = riconosce le emozioni
why-list-thanks = ringraziamento
why-list-ownership = si fa carico del problema
why-list-excuses = giustificazione
why-list-customer_blame = incolpa il cliente
why-list-insults = insulto
why-list-sarcasm = sarcasmo
why-list-impatience = impazienza
why-list-condescension = tono di superiorità
why-list-threats = minaccia
why-list-commitment = impegno
why-list-weekdays = giorno della settimana
why-list-months = data
why-list-deadlines = scadenza
why-rule-capitals = maiuscole per enfatizzare
why-rule-capitals-ratio = scritto tutto in maiuscolo
why-rule-angry-exclamation = punti esclamativi rabbiosi
why-rule-hostile-emoji = emoji di scherno o di rabbia
why-rule-third-party = dà la colpa a terzi
why-rule-denied-ownership = nega la responsabilità
why-rule-scare-quotes = parola tra virgolette ironiche
why-rule-accuses-customer = accusa il cliente
why-list-past_apology = scuse già fatte
why-list-blame_targets = terzi
why-list-blame_cues = causa
why-list-positive = parola cordiale
why-list-stock_apologies = scuse di rito
why-list-policy = formula di policy
why-rule-clock-time = orario
why-rule-date = data
why-rule-amount = importo
why-rule-reference-number = numero di riferimento
why-rule-language-pattern = dettaglio concreto
why-rule-stock-apology = scuse di circostanza
why-rule-copy = copia di una risposta precedente

action-reply = hai risposto
action-message = hai inviato un messaggio privato
action-move = hai spostato la conversazione su un altro canale
action-delete = hai eliminato un post
action-hide = hai nascosto un post
action-block = hai bloccato un utente
action-escalate = hai coinvolto il comitato di crisi
action-pause = hai messo in pausa i post programmati
action-compensate = hai offerto una compensazione
action-wait = hai aspettato

## Le regole del mestiere
rule-R1 = Mai cancellare le critiche
rule-R2 = Rispondi presto, non lasciare nulla senza risposta
rule-R3 = Resta calmo ed educato
rule-R4 = Assumiti la responsabilità, non dare colpe
rule-R5 = Apri con comprensione
rule-R6 = Spiega con dettagli concreti e veri
rule-R7 = Chiudi ringraziando e con un impegno
rule-R8 = Risposte personali, niente frasi fatte
rule-R9 = Sospendi le promozioni durante la crisi
rule-R10 = Risarcisci in privato, dopo le scuse in pubblico
rule-R11 = Porta in privato le questioni delicate
rule-R12 = Distingui i problemi reali dal rumore
rule-R13 = Coinvolgi subito chi decide
rule-R14 = Non bloccare, non fuggire
rule-R15 = Fatti trovare pronto
rule-R16 = Rispondi anche ai commenti positivi
rule-R17 = Tutti stanno guardando
rule-R18 = Valuta dopo la crisi
