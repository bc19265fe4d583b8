# Il pacco in ritardo — italiano.

late-parcel-title = Il pacco in ritardo
late-parcel-summary = Il corriere è in ritardo di due giorni e un cliente furioso invita i follower della tua pagina a non comprare più da te.
late-parcel-brand = Kyma Home
late-parcel-brand-about = Ceramiche fatte a mano e oggetti per la casa, spediti in tutta Italia dal nostro laboratorio di Caltagirone.

late-parcel-briefing-situation = Gestisci la pagina Facebook di Kyma Home, un piccolo negozio online. Gli ordini vengono imballati in laboratorio e affidati a un corriere che promette la consegna in uno-tre giorni.
late-parcel-briefing-call = Lunedì Luca Ferraro ha ordinato un set di ciotole. Il corriere ha ritirato il pacco il giorno stesso, ma al terzo giorno non era ancora arrivato. Quando hai chiamato il corriere, ti hanno detto che il pacco sarebbe arrivato con due giorni di ritardo «per il carico di lavoro». Hai telefonato a Luca per spiegargli la situazione: era seccato e ha riattaccato.
late-parcel-briefing-post = Il pacco non gli è ancora arrivato e lui ha appena scritto un post sulla tua pagina. La discussione è pubblica: tutti i follower possono leggerla, e la maggior parte non commenterà mai.
late-parcel-briefing-task = Hai cinque minuti sulla pagina. Rispondi, scrivi in privato, sposta la conversazione al telefono o via e-mail, coinvolgi il comitato di crisi, metti in pausa i post programmati: decidi tu cosa è giusto fare. Il tempo scorre, e ogni reclamo lasciato in sospeso fa salire la tensione.

late-parcel-customer = Luca Ferraro
late-parcel-onlooker-gift = Giulia Marchetti
late-parcel-onlooker-sceptic = Stefano R.
late-parcel-onlooker-late = Chiara Conti
late-parcel-supporter = Francesca Greco
late-parcel-colleague = Daniela (socia)

late-parcel-complaint = Lunedì ho ordinato un set di ciotole da Kyma Home, "consegna in 1–3 giorni". Siamo al quarto giorno e ancora niente. Li chiamo e mi sento dire che il corriere è "pieno di lavoro". Zero professionalità, e trattano i clienti come dei fessi. Risparmiatevi il nervoso e non comprate qui.
late-parcel-colleague-update = Ho appena risentito il corriere: il pacco di Luca (ordine #4821) è nel loro deposito di Catania e parte giovedì con il primo giro di consegne, prima delle 12:00. Ammettono che il ritardo è colpa loro, ma il cliente ha scelto noi, non loro.
late-parcel-onlooker-asks-1 = Ma è vero? Stavo per ordinare da loro un regalo di nozze per la settimana prossima.
late-parcel-onlooker-asks-2 = Mmm, anch'io ho un ordine in corso con loro. Devo preoccuparmi?
late-parcel-supporter-1 = Ho comprato da Kyma tre volte e sono sempre stati gentilissimi. Spero che le ciotole ti arrivino presto, Luca.
late-parcel-supporter-2 = Sinceramente è il negozio più carino da cui abbia mai ordinato. Ultimamente i corrieri sono un disastro ovunque.
late-parcel-customer-again = Ancora niente da parte vostra? Questo dice tutto. Leggono tutto e non rispondono a niente.
late-parcel-pile-on-1 = A mia sorella è successa la stessa cosa con un altro negozio. Il silenzio è la risposta peggiore.
late-parcel-pile-on-2 = Una pagina che vende tutto il giorno ma non riesce a rispondere a un cliente. Ne prendo nota.
late-parcel-pile-on-3 = Più di un'ora e il negozio ancora non risponde? Non una bella figura.
late-parcel-screenshot = Kyma Home ha appena CANCELLATO il reclamo di un cliente per un pacco in ritardo. Per fortuna avevo fatto lo screenshot. Ecco cosa non vogliono farvi leggere ⬇️
late-parcel-hidden-noticed = Strano, adesso il mio commento è nascosto a tutti tranne che a me. È così che gestite le critiche?
late-parcel-blocked-return = Il mio amico Luca si è lamentato per un pacco in ritardo e Kyma Home l'ha bloccato. Pensateci due volte prima di ordinare da loro.
late-parcel-customer-calmer = Ok. Grazie per avermi risposto come si deve. Aspetto giovedì, ma per favore fate in modo che vada tutto a posto.
late-parcel-customer-angrier = Quindi è colpa di tutti tranne che vostra. Incredibile. Da voi non ordino mai più.
late-parcel-promo = ✨ Weekend lampo! 20% di sconto su tutte le ceramiche fino a domenica. Consegna veloce direttamente a casa tua!
late-parcel-promo-backlash = "Consegna veloce"? Qui sopra c'è un cliente che aspetta il suo pacco da quattro giorni. Scegliete meglio il momento.
late-parcel-copycat = Aspetta, quindi se mi lamento in pubblico ricevo anch'io un buono? Il mio ordine del mese scorso è arrivato con un giorno di ritardo.

late-parcel-fact-delivery = Il pacco è nel deposito del corriere a Catania e verrà consegnato giovedì prima delle 12:00.
late-parcel-fact-order = Il numero d'ordine di Luca è #4821.
late-parcel-fact-cause = Il corriere ha dato la colpa al carico di lavoro; ma il corriere l'ha scelto il negozio, quindi il cliente vede solo il negozio.
late-parcel-cues-delivery = giovedì gio 12:00 mezzogiorno mezzodì deposito catania
late-parcel-cues-order = 4821
late-parcel-cues-cause = corriere deposito

late-parcel-template-stock = Ci scusiamo per l'eventuale disagio arrecato.
late-parcel-template-looking = Grazie per la segnalazione. Il nostro team sta verificando.
