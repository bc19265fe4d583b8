# Crisis Drill — διεπαφή, ελληνικά.

language-name = Ελληνικά
app-title = Crisis Drill

## Μενού
menu-subtitle = Εξασκηθείτε στη διαχείριση κρίσεων στα social media πριν τις ζήσετε στην πράξη.
menu-language = Γλώσσα
menu-scenario = Σενάριο
menu-trainee = Το όνομά σας
menu-trainee-hint = Προαιρετικό· εμφανίζεται στον απολογισμό
menu-mode = Λειτουργία
mode-practice = Εξάσκηση (υποδείξεις σε πραγματικό χρόνο)
mode-assessment = Αξιολόγηση (χωρίς υποδείξεις)
menu-start = Έναρξη ενημέρωσης
menu-quit = Έξοδος
menu-keys = Πλήκτρα: Tab για μετακίνηση, Enter για επιλογή, Esc για επιστροφή.
difficulty-introductory = Εισαγωγικό
difficulty-intermediate = Μεσαίο
difficulty-advanced = Προχωρημένο
menu-duration = { $minutes } λεπ.
menu-data-problems = Ορισμένα αρχεία δεδομένων έχουν προβλήματα:

## Ενημέρωση
briefing-title = Ενημέρωση
briefing-facts = Τι γνωρίζετε
briefing-rules = Τι ελέγχει αυτή η άσκηση
briefing-begin = Έναρξη άσκησης
briefing-back = Επιστροφή στο μενού

## Άσκηση
drill-clock = Χρόνος που απομένει: { $left }
drill-paused = ΣΕ ΠΑΥΣΗ
drill-pause = Παύση
drill-resume = Συνέχεια
drill-finish = Άμεσος τερματισμός άσκησης
drill-reach = Απήχηση
drill-anger = Θυμός
drill-reach-value = { $reach } άτομα
drill-followers = { $count } ακόλουθοι
drill-waiting = σε αναμονή εδώ και { $time }
drill-answered = απαντήθηκε
drill-ago = πριν από { $time }
drill-likes = { $count ->
    [one] 1 αντίδραση
   *[other] { $count } αντιδράσεις
}
drill-reply = Απάντηση
drill-delete = Διαγραφή
drill-hide = Απόκρυψη
drill-block = Αποκλεισμός συντάκτη
drill-hidden-label = Κρυφό από το κοινό
drill-deleted-label = Διαγράφηκε
drill-blocked-label = αποκλείστηκε
drill-composer = Σύνταξη
drill-composer-to = Απάντηση προς: { $name }
drill-composer-none = Επιλέξτε μια ανάρτηση για να απαντήσετε ή ένα άτομο για να του γράψετε.
drill-composer-hint = Γράψτε την απάντησή σας… (Ctrl+Enter για αποστολή)
drill-send-public = Δημοσίευση απάντησης
drill-send-private = Αποστολή προσωπικού μηνύματος
drill-inbox = Εισερχόμενα
drill-inbox-empty = Δεν υπάρχουν μηνύματα.
drill-message-to = Μήνυμα προς: { $name }
drill-move-phone = Τηλεφωνική επικοινωνία
drill-move-email = Συνέχεια μέσω e-mail
drill-escalate = Παραπομπή στην επιτροπή διαχείρισης κρίσεων
drill-escalate-hint = Τι πρέπει να γνωρίζει η επιτροπή;
drill-compensate = Προσφορά αποζημίωσης
drill-compensate-hint = Τι προσφέρετε; (π.χ. δωρεάν μεταφορικά στην επόμενη παραγγελία)
drill-compensate-private = Προσφορά σε προσωπικό μήνυμα
drill-compensate-public = Δημόσια προσφορά
drill-scheduled = Προγραμματισμένες αναρτήσεις
drill-scheduled-at = δημοσιεύεται στις { $time }
drill-scheduled-paused = σε παύση
drill-scheduled-published = δημοσιεύτηκε
drill-pause-scheduled = Παύση όλων των προγραμματισμένων αναρτήσεων
drill-people = Άτομα
drill-speed = Ταχύτητα ×{ $speed }
drill-rejected = Η ενέργεια δεν ήταν δυνατή: { $reason }
drill-hint-title = Υπόδειξη
drill-keys = Πλήκτρα: Space παύση · Tab επόμενο πεδίο · Ctrl+Enter αποστολή · F1..F9 επιλογή ανάρτησης · Esc μενού

hint-hostile = Αυτό ακούγεται θυμωμένο ή ειρωνικό: «{ $words }». Μείνετε ψύχραιμοι — σας παρακολουθούν όλοι.
hint-blame = Αυτό ακούγεται σαν να ρίχνετε την ευθύνη σε άλλον: «{ $words }». Ο πελάτης βλέπει μόνο εσάς.
hint-no-empathy = Ξεκινήστε δείχνοντας ότι καταλαβαίνετε πώς νιώθει ο πελάτης.
hint-no-specifics = Δώστε μια συγκεκριμένη, αληθινή πληροφορία: μια μέρα, μια ώρα, έναν αριθμό παραγγελίας.
hint-canned = Μοιάζει με τυποποιημένη απάντηση. Κάντε την πιο προσωπική.
hint-good = Ψύχραιμο ύφος, αναλαμβάνετε το πρόβλημα και δείχνετε κατανόηση. Πολύ καλά.

reason-ended = η άσκηση έχει τελειώσει
reason-empty-text = το κείμενο είναι κενό
reason-unknown-post = η ανάρτηση δεν υπάρχει ή έχει διαγραφεί
reason-unknown-user = το άτομο αυτό δεν συμμετέχει στο σενάριο

who-you = Εσείς
who-brand = Σελίδα

## Απολογισμός
debrief-title = Απολογισμός
debrief-overall = Συνολική βαθμολογία { $score }/100 — βαθμός { $grade }
debrief-skills = Δεξιότητες
debrief-strengths = Τι κάνατε καλά
debrief-improvements = Τι μπορείτε να βελτιώσετε
debrief-timeline = Λεπτό προς λεπτό
debrief-meters = Απήχηση στο τέλος: { $reach } άτομα · θυμός { $anger }/100 (μέγιστο { $peak })
debrief-evidence = Τα λόγια σας
debrief-rule = Κανόνας { $rule }
debrief-again = Ξανά από την αρχή
debrief-menu = Επιστροφή στο μενού
debrief-trainee = Εκπαιδευόμενος/η: { $name }
debrief-none = Δεν υπάρχει τίποτα εδώ.

skill-calm = Ψύχραιμο ύφος
skill-responsibility = Ανάληψη ευθύνης
skill-transparency = Διαφάνεια
skill-responsiveness = Ταχύτητα απόκρισης
skill-empathy = Ενσυναίσθηση
skill-specifics = Συγκεκριμένα στοιχεία
skill-closure = Κλείσιμο
skill-personal = Προσωπική πινελιά
skill-judgement = Ορθή κρίση

finding-fast-answer = Απαντήσατε στο παράπονο μέσα σε ένα λεπτό.
finding-unanswered-complaint = Ένα παράπονο έμεινε αναπάντητο.
finding-unanswered-question = Μια ερώτηση έμεινε αναπάντητη.
finding-hostile = Αυτή η απάντηση δεν είναι ψύχραιμη· θα φουντώσει τη συζήτηση.
finding-calm-throughout = Όλες οι απαντήσεις σας ήταν ψύχραιμες και ευγενικές.
finding-owned-it = Αναλάβατε την ευθύνη για το πρόβλημα.
finding-blame = Αυτή η απάντηση μεταθέτει την ευθύνη· ο πελάτης βλέπει μόνο εσάς.
finding-no-ownership = Καμία απάντηση δεν ανέλαβε το πρόβλημα εκ μέρους της επιχείρησης.
finding-deleted = Διαγράψατε μια ανάρτηση: την είχαν ήδη δει και είχαν τραβήξει screenshot, και η διαγραφή κάνει τα πράγματα χειρότερα.
finding-hidden = Κρύψατε μια ανάρτηση· ο συντάκτης της το αντιλαμβάνεται και οι υπόλοιποι το βλέπουν ως λογοκρισία.
finding-blocked = Αποκλείσατε έναν χρήστη· θα επανέλθει πιο θυμωμένος κάπου αλλού.
finding-kept-visible = Αφήσατε την κριτική ορατή και απαντήσατε δημόσια.
finding-understanding = Ξεκινήσατε αναγνωρίζοντας την εμπειρία του πελάτη.
finding-understanding-late = Αναγνωρίσατε την εμπειρία του πελάτη, αλλά όχι στην πρώτη σας απάντηση.
finding-no-understanding = Η πρώτη σας απάντηση δεν έδειξε ότι καταλαβαίνετε πώς νιώθει ο πελάτης.
finding-specifics-fact = Δώσατε εξηγήσεις με μια συγκεκριμένη, αληθινή πληροφορία από τα δεδομένα.
finding-specifics = Δώσατε μια συγκεκριμένη πληροφορία.
finding-vague = Καμία απάντηση δεν έδωσε συγκεκριμένη πληροφορία (μέρα, ώρα, αριθμό παραγγελίας).
finding-thanks = Ευχαριστήσατε τον πελάτη.
finding-no-thanks = Δεν ευχαριστήσατε τον πελάτη για το σχόλιό του.
finding-commitment = Δεσμευτήκατε να διορθώσετε την αιτία ή να βελτιωθείτε.
finding-no-commitment = Δεν δεσμευτήκατε να βελτιωθείτε ή να διορθώσετε την αιτία.
finding-canned = Αυτή η απάντηση είναι τυποποιημένη: μια συγγνώμη της σειράς ή αντίγραφο άλλης απάντησης.
finding-personal = Οι απαντήσεις σας ήταν προσωπικές, όχι copy-paste.
finding-promo-published = Μια προγραμματισμένη προωθητική ανάρτηση δημοσιεύτηκε εν μέσω θύελλας.
finding-paused = Βάλατε σε παύση τις προγραμματισμένες αναρτήσεις όσο διαρκούσε η κρίση.
finding-public-compensation = Προσφέρατε αποζημίωση δημόσια· θα ζητήσουν το ίδιο και άλλοι.
finding-private-compensation = Προσφέρατε αποζημίωση ιδιωτικά, αφού πρώτα ζητήσατε δημόσια συγγνώμη.
finding-compensation-before-apology = Προσφέρατε αποζημίωση πριν ζητήσετε δημόσια συγγνώμη.
finding-escalated = Παραπέμψατε το θέμα στην επιτροπή διαχείρισης κρίσεων.

why-list-apology = συγγνώμη
why-list-empathy = αναγνωρίζει τα συναισθήματα
why-list-thanks = ευχαριστίες
why-list-ownership = αναλαμβάνει το πρόβλημα
why-list-excuses = δικαιολογία
why-list-customer_blame = ρίχνει το φταίξιμο στον πελάτη
why-list-insults = προσβολή
why-list-sarcasm = ειρωνεία
why-list-impatience = ανυπομονησία
why-list-condescension = υποτιμητικό ύφος
why-list-threats = απειλή
why-list-commitment = δέσμευση
why-list-weekdays = ημέρα της εβδομάδας
why-list-months = ημερομηνία
why-list-deadlines = προθεσμία
why-rule-capitals = κεφαλαία για έμφαση
why-rule-capitals-ratio = γραμμένο με κεφαλαία
why-rule-angry-exclamation = θυμωμένα θαυμαστικά
why-rule-hostile-emoji = κοροϊδευτικά ή θυμωμένα emoji
why-rule-third-party = ρίχνει την ευθύνη σε τρίτο
why-rule-denied-ownership = αρνείται την ευθύνη
why-rule-scare-quotes = λέξη σε ειρωνικά εισαγωγικά
why-rule-accuses-customer = κατηγορεί τον πελάτη
why-list-past_apology = προηγούμενη συγγνώμη
why-list-blame_targets = τρίτος
why-list-blame_cues = αιτία
why-list-positive = θερμή λέξη
why-list-stock_apologies = τυποποιημένη συγγνώμη
why-list-policy = διατύπωση πολιτικής
why-rule-clock-time = ώρα
why-rule-date = ημερομηνία
why-rule-amount = ποσό
why-rule-reference-number = αριθμός αναφοράς
why-rule-language-pattern = συγκεκριμένο στοιχείο
why-rule-stock-apology = συγγνώμη της σειράς
why-rule-copy = αντίγραφο προηγούμενης απάντησης

action-reply = απαντήσατε
action-message = στείλατε προσωπικό μήνυμα
action-move = μεταφέρατε τη συζήτηση σε άλλο κανάλι
action-delete = διαγράψατε μια ανάρτηση
action-hide = κρύψατε μια ανάρτηση
action-block = αποκλείσατε έναν χρήστη
action-escalate = παραπέμψατε το θέμα
action-pause = βάλατε σε παύση τις προγραμματισμένες αναρτήσεις
action-compensate = προσφέρατε αποζημίωση
action-wait = περιμένατε

## Οι κανόνες του επαγγέλματος
rule-R1 = Ποτέ διαγραφή κριτικής
rule-R2 = Απαντήστε γρήγορα, τίποτα αναπάντητο
rule-R3 = Μείνετε ψύχραιμοι και ευγενικοί
rule-R4 = Αναλάβετε την ευθύνη, μη ρίχνετε ευθύνες
rule-R5 = Ξεκινήστε με κατανόηση
rule-R6 = Εξηγήστε με αληθινά, συγκεκριμένα στοιχεία
rule-R7 = Κλείστε με ευχαριστώ και δέσμευση
rule-R8 = Προσωπικές απαντήσεις, όχι έτοιμες φράσεις
rule-R9 = Παύση προωθήσεων κατά την κρίση
rule-R10 = Αποζημίωση ιδιωτικά, μετά από δημόσια συγγνώμη
rule-R11 = Τα ευαίσθητα θέματα σε ιδιωτικό κανάλι
rule-R12 = Ξεχωρίστε τα πραγματικά προβλήματα από τον θόρυβο
rule-R13 = Κλιμακώστε έγκαιρα ό,τι έχει σημασία
rule-R14 = Μη μπλοκάρετε, μην εξαφανίζεστε
rule-R15 = Να είστε προετοιμασμένοι
rule-R16 = Απαντήστε και στα καλά σχόλια
rule-R17 = Όλοι παρακολουθούν
rule-R18 = Αξιολόγηση μετά την κρίση
