# Crisis Drill — interface, English.

language-name = English
app-title = Crisis Drill

## Menu
menu-subtitle = Practise social-media crises before they happen.
menu-language = Language
menu-scenario = Scenario
menu-trainee = Your name
menu-trainee-hint = Optional, shown on the debrief
menu-mode = Mode
mode-practice = Practice (live hints)
mode-assessment = Assessment (no hints)
menu-start = Start briefing
menu-quit = Quit
menu-keys = Keys: Tab to move, Enter to choose, Esc to go back.
difficulty-introductory = Introductory
difficulty-intermediate = Intermediate
difficulty-advanced = Advanced
menu-duration = { $minutes } min
menu-data-problems = Some data files have problems:

## Briefing
briefing-title = Briefing
briefing-facts = What you know
briefing-rules = This drill checks
briefing-begin = Begin the drill
briefing-back = Back to menu

## Drill
drill-clock = Time left { $left }
drill-paused = PAUSED
drill-pause = Pause
drill-resume = Resume
drill-finish = End the drill now
drill-reach = Reach
drill-anger = Anger
drill-reach-value = { $reach } people
drill-followers = { $count } followers
drill-waiting = waiting { $time }
drill-answered = answered
drill-ago = { $time } ago
drill-likes = { $count ->
    [one] 1 reaction
   *[other] { $count } reactions
}
drill-reply = Reply
drill-delete = Delete
drill-hide = Hide
drill-block = Block author
drill-hidden-label = Hidden from the public
drill-deleted-label = Deleted
drill-blocked-label = blocked
drill-composer = Composer
drill-composer-to = Replying to { $name }
drill-composer-none = Choose a post to reply to, or a person to write to.
drill-composer-hint = Write your reply… (Ctrl+Enter sends)
drill-send-public = Post reply
drill-send-private = Send private message
drill-inbox = Inbox
drill-inbox-empty = No messages.
drill-message-to = Message { $name }
drill-move-phone = Call by phone
drill-move-email = Continue by e-mail
drill-escalate = Escalate to the crisis committee
drill-escalate-hint = What should the committee know?
drill-compensate = Offer compensation
drill-compensate-hint = What do you offer? (e.g. free shipping on the next order)
drill-compensate-private = Offer in private
drill-compensate-public = Offer in public
drill-scheduled = Scheduled posts
drill-scheduled-at = goes out at { $time }
drill-scheduled-paused = paused
drill-scheduled-published = published
drill-pause-scheduled = Pause all scheduled posts
drill-people = People
drill-speed = Speed ×{ $speed }
drill-rejected = Could not do that: { $reason }
drill-hint-title = Hint
drill-keys = Keys: Space pause · Tab next field · Ctrl+Enter send · F1..F9 choose post · Esc menu

hint-hostile = This sounds angry or sarcastic: “{ $words }”. Stay calm — everyone is watching.
hint-blame = This sounds like blaming someone else: “{ $words }”. The customer sees only you.
hint-no-empathy = Open by acknowledging how the customer feels.
hint-no-specifics = Give a concrete, true detail: a day, a time, an order number.
hint-canned = This reads like a stock reply. Make it personal.
hint-good = Calm, owns the problem and shows understanding. Good.

reason-ended = the drill is over
reason-empty-text = the text is empty
reason-unknown-post = that post does not exist or was deleted
reason-unknown-user = that person is not in this scenario

who-you = You
who-brand = Page

## Debrief
debrief-title = Debrief
debrief-overall = Overall { $score }/100 — grade { $grade }
debrief-skills = Skills
debrief-strengths = What you did well
debrief-improvements = What to improve
debrief-timeline = Minute by minute
debrief-meters = Reach at the end: { $reach } people · anger { $anger }/100 (peak { $peak })
debrief-evidence = Your words
debrief-rule = Rule { $rule }
debrief-again = Play again
debrief-menu = Back to menu
debrief-trainee = Trainee: { $name }
debrief-none = Nothing here.

skill-calm = Calm tone
skill-responsibility = Responsibility
skill-transparency = Transparency
skill-responsiveness = Responsiveness
skill-empathy = Empathy
skill-specifics = Specifics
skill-closure = Closure
skill-personal = Personal touch
skill-judgement = Crisis judgement

finding-fast-answer = You answered the complaint within a minute.
finding-unanswered-complaint = A complaint was left without an answer.
finding-unanswered-question = A question was left without an answer.
finding-hostile = This reply is not calm; it will inflame the thread.
finding-calm-throughout = Every reply stayed calm and polite.
finding-owned-it = You took responsibility for the problem.
finding-blame = This reply shifts the blame; the customer sees only you.
finding-no-ownership = No reply owned the problem for the business.
finding-deleted = You deleted a post: it has been seen and screenshotted, and deleting it makes things worse.
finding-hidden = You hid a post; its author notices and onlookers read it as censorship.
finding-blocked = You blocked a user; they come back angrier somewhere else.
finding-kept-visible = You left the criticism visible and answered it in the open.
finding-understanding = You opened by acknowledging the customer's experience.
finding-understanding-late = You acknowledged the customer's experience, but not in your first answer.
finding-no-understanding = Your first answer did not acknowledge how the customer feels.
finding-specifics-fact = You explained with a concrete, true detail from the facts.
finding-specifics = You gave a concrete detail.
finding-vague = No reply gave a concrete detail (a day, a time, an order number).
finding-thanks = You thanked the customer.
finding-no-thanks = You did not thank the customer for the feedback.
finding-commitment = You committed to fixing the cause or improving.
finding-no-commitment = You did not commit to improving or fixing the cause.
finding-canned = This reply is canned: a stock apology or a copy of another reply.
finding-personal = Your replies were personal, not pasted.
finding-promo-published = A scheduled promotion went out in the middle of the storm.
finding-paused = You paused the scheduled posts while the crisis was on.
finding-public-compensation = You offered compensation in public; others will ask for the same.
finding-private-compensation = You offered compensation in private, after apologising in public.
finding-compensation-before-apology = You offered compensation before apologising in public.
finding-escalated = You escalated to the crisis committee.

why-list-apology = apology
why-list-empathy = acknowledges feelings
why-list-thanks = thanks
why-list-ownership = owns the problem
why-list-excuses = excuse
why-list-customer_blame = blames the customer
why-list-insults = insult
why-list-sarcasm = sarcasm
why-list-impatience = impatience
why-list-condescension = condescension
why-list-threats = threat
why-list-commitment = commitment
why-list-weekdays = weekday
why-list-months = date
why-list-deadlines = deadline
why-rule-capitals = capitals for emphasis
why-rule-capitals-ratio = written in capitals
why-rule-angry-exclamation = angry exclamation marks
why-rule-hostile-emoji = mocking or angry emoji
why-rule-third-party = blames a third party
why-rule-denied-ownership = denies responsibility
why-rule-scare-quotes = word in scare quotes
why-rule-accuses-customer = accuses the customer
why-list-past_apology = earlier apology
why-list-blame_targets = third party
why-list-blame_cues = cause
why-list-positive = warm word
why-list-stock_apologies = stock apology
why-list-policy = policy wording
why-rule-clock-time = clock time
why-rule-date = date
why-rule-amount = amount
why-rule-reference-number = reference number
why-rule-language-pattern = concrete detail
why-rule-stock-apology = stock apology
why-rule-copy = copy of an earlier reply

action-reply = replied
action-message = sent a private message
action-move = moved the talk to another channel
action-delete = deleted a post
action-hide = hid a post
action-block = blocked a user
action-escalate = escalated
action-pause = paused scheduled posts
action-compensate = offered compensation
action-wait = waited

## The rules of the trade
rule-R1 = Never delete criticism
rule-R2 = Answer fast; leave nothing unanswered
rule-R3 = Stay calm and polite
rule-R4 = Take responsibility; blame no one
rule-R5 = Open with understanding
rule-R6 = Explain with true, concrete details
rule-R7 = Close with thanks and a commitment
rule-R8 = Personal answers, nothing canned
rule-R9 = Pause promotions during a crisis
rule-R10 = Compensate in private, after a public apology
rule-R11 = Take sensitive matters private
rule-R12 = Tell real problems from noise
rule-R13 = Escalate what matters early
rule-R14 = Don't block; don't flee
rule-R15 = Be prepared
rule-R16 = Answer good comments too
rule-R17 = Everyone is watching
rule-R18 = Evaluate after the crisis
