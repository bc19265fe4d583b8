# The late parcel — English.

late-parcel-title = The late parcel
late-parcel-summary = A courier is two days late and an upset customer tells your page's followers not to buy from you.
late-parcel-brand = Kyma Home
late-parcel-brand-about = Handmade ceramics and home goods, shipped across Greece from our workshop in Volos.

late-parcel-briefing-situation = You run the Facebook page of Kyma Home, a small online shop. Orders are packed in the workshop and handed to a courier that promises delivery in one to three days.
late-parcel-briefing-call = Nikos Andreou ordered a set of bowls on Monday. The courier collected it the same day, but on day three it had still not arrived. When you phoned the courier, they said the parcel would come two days late "because of workload". You called Nikos to explain; he was annoyed and hung up.
late-parcel-briefing-post = He has not received the parcel yet, and he has just posted on your page. The thread is public: every follower can read it, and most of them will never comment.
late-parcel-briefing-task = You have five minutes of page time. Reply, message, move the talk to phone or e-mail, escalate, pause the scheduled posts — whatever you judge right. The clock runs; complaints left waiting make the room angrier.

late-parcel-customer = Nikos Andreou
late-parcel-onlooker-gift = Maria Lambrou
late-parcel-onlooker-sceptic = Giorgos T.
late-parcel-onlooker-late = Sofia Karra
late-parcel-supporter = Eleni Vasileiou
late-parcel-colleague = Dimitra (co-owner)

late-parcel-complaint = Ordered a bowl set from Kyma Home on Monday, "delivery in 1–3 days". Today is day four and nothing. When I called, they told me the courier is "busy". Totally unprofessional, and they treat customers like fools. Save yourselves the trouble and don't buy here.
late-parcel-colleague-update = Just spoke to the courier again: Nikos's parcel (order #4821) is at their Larissa depot and goes out on Thursday's first round, before 12:00. They admit the delay is on their side, but the customer chose us, not them.
late-parcel-onlooker-asks-1 = Is this true? I was about to order a wedding gift from them for next week.
late-parcel-onlooker-asks-2 = Hmm, I have an order with them too. Should I be worried?
late-parcel-supporter-1 = I've bought from Kyma three times and they were always lovely. Hope you get your bowls soon, Nikos.
late-parcel-supporter-2 = Honestly the nicest shop I've ordered from. Couriers are a mess everywhere lately.
late-parcel-customer-again = Still nothing from you? Says it all. They read everything and answer nothing.
late-parcel-pile-on-1 = Same thing happened to my sister with another shop. Silence is the worst answer.
late-parcel-pile-on-2 = A page that sells all day but can't answer one customer. Noted.
late-parcel-pile-on-3 = Over an hour and no reply from the shop? Not a great look.
late-parcel-screenshot = Kyma Home just DELETED a customer's complaint about a late parcel. Luckily I took a screenshot. Here's what they don't want you to read ⬇️
late-parcel-hidden-noticed = Funny, my comment is now hidden for everyone but me. Is that how you handle criticism?
late-parcel-blocked-return = My friend Nikos complained about a late parcel and Kyma Home blocked him. Think twice before you order from them.
late-parcel-customer-calmer = OK. Thanks for answering properly. I'll wait for Thursday, but please make it right.
late-parcel-customer-angrier = So it's everyone's fault except yours. Unbelievable. I'm never ordering again.
late-parcel-promo = ✨ Flash weekend! 20% off every ceramic piece until Sunday. Fast delivery to your door!
late-parcel-promo-backlash = "Fast delivery"? There's a customer upstairs waiting four days for his parcel. Read the room.
late-parcel-copycat = Wait, so if I complain publicly I get a voucher too? My order last month was a day late.

late-parcel-fact-delivery = The parcel is at the courier's Larissa depot and will be delivered on Thursday before 12:00.
late-parcel-fact-order = Nikos's order number is #4821.
late-parcel-fact-cause = The courier blamed workload; the shop chose the courier, so the customer sees only the shop.
late-parcel-cues-delivery = thursday thu 12:00 noon midday depot larissa
late-parcel-cues-order = 4821
late-parcel-cues-cause = courier depot

late-parcel-template-stock = We apologise for any inconvenience caused.
late-parcel-template-looking = Thank you for your feedback. Our team is looking into it.
