# Easy read: every page of the guide again, one idea per message, for a parent with a learning
# disability. One sentence has at most 15 words; a hard word is in **bold** with its meaning next to it.
# The structure (which picture goes with which message) is in src/content/easy_pages.rs.


## Page: start-here

easy-start-here-title = Start here
easy-start-here-summary = This page says what is happening. It says what you can do now.
easy-start-here-letter = You have a letter about a **child protection conference**. This is a meeting about keeping your child safe.
easy-start-here-who = You, your family and workers from { $council } will meet. You will talk together.
easy-start-here-not-court = The meeting is not a court. It cannot take your child away.
easy-start-here-feelings = It is normal to feel scared, angry or mixed up. What you say still matters.
easy-start-here-you-read = Read your letter. Check the day, the time and the place.
easy-start-here-you-ask = Tell your [social worker](glossary:social-worker) what help you need.
easy-start-here-tonight-heading = What can I do now?
easy-start-here-reports = Read the reports you get. Ask your social worker if you have none.
easy-start-here-write = Write down what you want to say. Write down your questions.
easy-start-here-someone = Think of someone you trust. They could come with you.
easy-start-here-childcare = Find someone to look after young children on the day.
easy-start-here-tell-your-social-worker-heading = What should I tell my social worker?
easy-start-here-interpreter = Tell them if you need an **interpreter**. This is someone who speaks your language.
easy-start-here-reading = Tell them if reading is hard for you. You can ask for easy read.
easy-start-here-access = Tell them if you have a disability. Say what help you need.
easy-start-here-unsafe = Tell them if someone at the meeting makes you feel unsafe.
easy-start-here-danger = If you or your child are in danger now, call 999.
easy-start-here-private = Does someone else use your phone? Read [staying safe online](page:staying-safe-online).

## Page: what-is-a-conference

easy-what-is-a-conference-title = What is a child protection conference?
easy-what-is-a-conference-summary = This page says what the meeting is for.
easy-what-is-a-conference-meeting = A **child protection conference** is a meeting about your child.
easy-what-is-a-conference-why = It happens when workers think your child could be seriously hurt.
easy-what-is-a-conference-law = The law says the council must check when a child may be hurt.
easy-what-is-a-conference-checks = First a social worker visits you at home. They talk to your children.
easy-what-is-a-conference-who-told = Someone told the council they were worried. This is called a **referral**.
easy-what-is-a-conference-secret = A neighbour can ask to keep their name secret. Then you are not told.
easy-what-is-a-conference-worker-name = If a worker told the council, you can usually know their name.
easy-what-is-a-conference-you-not-court = The meeting is not a court. It cannot take your child away.
easy-what-is-a-conference-you-fast = The first meeting should happen within 15 working days. That is about 3 weeks.
easy-what-is-a-conference-what-it-does-heading = What happens at the meeting?
easy-what-is-a-conference-share = People share what they know about your child.
easy-what-is-a-conference-strengths = They talk about what is good in your family.
easy-what-is-a-conference-plan = They decide if your child needs a plan to keep them safe.
easy-what-is-a-conference-plan-england = In England it is called a **child protection plan**.
easy-what-is-a-conference-plan-wales = In Wales it is called a **care and support protection plan**.
easy-what-is-a-conference-register-wales = In Wales, your child's name also goes on a list. This is the **child protection register**.
easy-what-is-a-conference-what-it-cannot-do-heading = What can the meeting not do?
easy-what-is-a-conference-cannot-live = It does not decide where your child lives.
easy-what-is-a-conference-away = Only a court or the police can move your child. Or you can agree to it.
easy-what-is-a-conference-advice = If anyone talks about moving your child, get legal advice straight away.
easy-what-is-a-conference-all-children = The meeting talks about every child who lives in your home.

## Page: before-the-conference

easy-before-the-conference-title = Getting ready for the meeting
easy-before-the-conference-summary = This page says how to get ready.
easy-before-the-conference-letter = You will get a letter. It says the day, the time and the place.
easy-before-the-conference-reports = Workers write reports. You should get them before the meeting.
easy-before-the-conference-reports-when = You should get them { $reports-initial-days ->
        [one] { $reports-initial-days } working day
       *[other] { $reports-initial-days } working days
    } before the first meeting.
easy-before-the-conference-reports-wrong = Is something in a report wrong? Tell your social worker before the meeting.
easy-before-the-conference-police = The police may come. You may hear what they know for the first time.
easy-before-the-conference-chair = The **chair** is the person who runs the meeting. They meet you first.
easy-before-the-conference-online = The meeting can be in a room or on a video call.
easy-before-the-conference-you-write = Write down what you want to say. You can use [our form](easy:writing-your-views).
easy-before-the-conference-you-help = Ask for help if reading is hard for you.
easy-before-the-conference-help-to-understand-heading = What help can I ask for?
easy-before-the-conference-easy-read = You can ask for papers in easy read.
easy-before-the-conference-read-with = You can ask someone to read the reports with you.
easy-before-the-conference-time = You can ask for more time and for breaks.
easy-before-the-conference-advocate = You can ask for an **advocate**. This is someone who helps you speak up.
easy-before-the-conference-questions-heading = What could I ask?
easy-before-the-conference-ask-worry = You could ask: what are you worried about?
easy-before-the-conference-ask-change = You could ask: what needs to change?
easy-before-the-conference-ask-help = You could ask: what help can you give my family?

## Page: writing-your-views

easy-writing-your-views-title = Writing your views for the meeting
easy-writing-your-views-summary = This page helps you write what you think before the meeting.
easy-writing-your-views-why = You can write down what you think. Workers read it at the meeting.
easy-writing-your-views-choice = You do not have to write anything. A few notes are fine too.
easy-writing-your-views-help = Someone you trust can help you write. Your social worker can help too.
easy-writing-your-views-you-form = Use the report form on this website. It asks easy questions.
easy-writing-your-views-you-nothing-kept = This website does not keep what you write.
easy-writing-your-views-what-to-write-heading = What could I write about?
easy-writing-your-views-good = Good things: what does your family do well?
easy-writing-your-views-worries = Worries: what needs to change so your child is safe?
easy-writing-your-views-support = Help: what help does your family need?
easy-writing-your-views-next = Next: what should happen after the meeting?
easy-writing-your-views-when-you-finish-heading = When I finish, what do I do?
easy-writing-your-views-pdf = You can save it as a file. You can print it.
easy-writing-your-views-send = You can send it to the chair before the meeting.
easy-writing-your-views-private = Delete the file if someone else uses your phone.

## Page: who-will-be-there

easy-who-will-be-there-title = Who will be at the meeting?
easy-who-will-be-there-summary = This page says who comes to the meeting.
easy-who-will-be-there-chair = The **chair** runs the meeting. They make sure it is fair.
easy-who-will-be-there-minutes = Someone writes down what people say. This is called the **minutes**.
easy-who-will-be-there-social-worker = Your social worker comes. They write a report.
easy-who-will-be-there-health = A nurse or doctor may come.
easy-who-will-be-there-school = A teacher may come.
easy-who-will-be-there-police = The police may come.
easy-who-will-be-there-family = Your child's other parent may come. Other family may come too.
easy-who-will-be-there-you-names = At the start, everyone says who they are.
easy-who-will-be-there-you-tell = Do you not want someone there? Tell your social worker soon.
easy-who-will-be-there-not-safe-heading = What if I do not feel safe with someone?
easy-who-will-be-there-ex = You may not want to be with an ex-partner. Tell the chair.
easy-who-will-be-there-decide = The chair decides who comes. They can talk to you on your own.
easy-who-will-be-there-address = Must someone not know your address? Tell the chair before the meeting.

## Page: your-family

easy-your-family-title = Other parents and your family
easy-your-family-summary = This page is about your family at the meeting.
easy-your-family-other-parent = Your child's other parent is usually asked to come.
easy-your-family-apart = You do not have to sit in the same room if it is not safe.
easy-your-family-pr = **Parental responsibility** means the legal rights of a parent.
easy-your-family-mother = The birth mother usually has it until the child is 18.
easy-your-family-partner = A partner who lives with your child may be asked to come.
easy-your-family-you-help = Grandparents, aunts and friends can help your child.
easy-your-family-you-ask = Ask the chair if a family member wants to speak.
easy-your-family-family-meeting-heading = What is a family meeting?
easy-your-family-fgc = A **family group conference** is a meeting for your family and friends.
easy-your-family-fgc-plan = Your family makes its own plan to keep your child safe.
easy-your-family-fgc-agree = If the plan keeps your child safe, workers usually agree to it.

## Page: bringing-someone

easy-bringing-someone-title = Can I bring someone with me?
easy-bringing-someone-summary = This page says who you can bring.
easy-bringing-someone-who = Yes. You can bring a friend or someone from your family.
easy-bringing-someone-trust = They will hear private things. Choose someone you trust.
easy-bringing-someone-tell = Tell your social worker who you are bringing.
easy-bringing-someone-advocate = An **advocate** helps you say what you think. Ask if there is one near you.
easy-bringing-someone-you-bring = You can bring someone you trust.
easy-bringing-someone-you-advice = You can get legal advice before the meeting.
easy-bringing-someone-solicitor-heading = Can I bring a solicitor?
easy-bringing-someone-solicitor = Yes. A **solicitor** is a lawyer. They can listen and support you.
easy-bringing-someone-solicitor-cannot = Most of the time, they cannot speak for you in the meeting.
easy-bringing-someone-legal-aid = **Legal aid** is money to pay a solicitor. You may get it.
easy-bringing-someone-letter = Did you get a letter before court? Call a solicitor straight away.

## Page: help-to-take-part

easy-help-to-take-part-title = Help to take part
easy-help-to-take-part-summary = This page is about help if you have a disability or speak another language.
easy-help-to-take-part-law = The law says workers must help disabled people take part.
easy-help-to-take-part-room = You can ask for a room without steps.
easy-help-to-take-part-hearing = You can ask for a sign language interpreter or a hearing loop.
easy-help-to-take-part-papers = You can ask for papers in easy read or large print.
easy-help-to-take-part-breaks = You can ask for breaks, or a shorter meeting.
easy-help-to-take-part-video = You can ask to join on a video call or the phone.
easy-help-to-take-part-you-early = Tell your social worker what you need, as early as you can.
easy-help-to-take-part-you-free = An interpreter is free.
easy-help-to-take-part-interpreter-heading = What if I need another language?
easy-help-to-take-part-interpreter = You can have an **interpreter** at the meeting. They speak your language.
easy-help-to-take-part-not-family = Your family and children should not be asked to do this.
easy-help-to-take-part-translate = You can ask for reports in your language.
easy-help-to-take-part-welsh = In Wales, you can ask for the meeting in Welsh.

## Page: your-childs-part

easy-your-childs-part-title = Will my child take part?
easy-your-childs-part-summary = This page says how your child can have a say.
easy-your-childs-part-attend = Older children are often asked to come. It depends on their age.
easy-your-childs-part-young = Babies and young children do not usually come.
easy-your-childs-part-advocate = Your child may have an **advocate**. This is someone who speaks up for them.
easy-your-childs-part-letter = Your child can write a letter or draw a picture.
easy-your-childs-part-recording = Your child can make a voice or video recording.
easy-your-childs-part-you-matter = Your child's views matter.
easy-your-childs-part-you-talk = Talk to your social worker about what is best for your child.
easy-your-childs-part-leave = Your child may not want you there. Then the chair may ask you to leave for a while.

## Page: practical-questions

easy-practical-questions-title = What to bring and other questions
easy-practical-questions-summary = This page answers everyday questions about the day.
easy-practical-questions-bring-letter = Bring your letter about the meeting.
easy-practical-questions-bring-reports = Bring the reports, and your own notes.
easy-practical-questions-bring-pen = Bring a pen and paper.
easy-practical-questions-travel = Is travel too costly? Ask your social worker for help.
easy-practical-questions-work = The meeting can take a few hours. Ask work for the morning or afternoon off.
easy-practical-questions-late = Running late? Phone the number on your letter.
easy-practical-questions-you-early = Try to get there early.
easy-practical-questions-you-private = Take your papers home. They are private.
easy-practical-questions-baby = Young children do not usually come. Ask the chair about a young baby.
easy-practical-questions-record = Do not record the meeting without asking the chair first.
easy-practical-questions-share = Never share the papers online.

## Page: on-the-day

easy-on-the-day-title = What happens on the day?
easy-on-the-day-summary = This page says what happens in the meeting.
easy-on-the-day-chair-first = The chair meets you first. They say how the meeting works.
easy-on-the-day-names = Everyone says who they are.
easy-on-the-day-social-worker = The social worker says why the meeting is happening.
easy-on-the-day-reports = Each worker says what is in their report.
easy-on-the-day-you = You say what you think. You can say what you agree with.
easy-on-the-day-decide = Then the meeting decides if your child needs a plan.
easy-on-the-day-you-break = You can ask for a break at any time.
easy-on-the-day-you-ask = Ask the chair to explain a word you do not know.
easy-on-the-day-how-long-heading = How long does it take?
easy-on-the-day-length = Many meetings take about 2 hours. Some take longer.
easy-on-the-day-leave = The chair may ask you to leave the room for a short time.
easy-on-the-day-upset = It is normal to feel upset. Taking a break is fine.

## Page: the-decision

easy-the-decision-title = What can the meeting decide?
easy-the-decision-summary = This page is about the decision.
easy-the-decision-question = The meeting decides if your child needs a plan to keep them safe.
easy-the-decision-name-england = In England it is called a **child protection plan**.
easy-the-decision-name-wales = In Wales it is called a **care and support protection plan**.
easy-the-decision-register = In Wales, your child's name goes on the **child protection register**. That is a list.
easy-the-decision-plan = The plan says what needs to happen. It says who does it, and by when.
easy-the-decision-key-worker = A social worker is named to lead the plan. They keep in touch with you.
easy-the-decision-no-plan = Your child may not need a plan. Your family may still get help.
easy-the-decision-you-disagree = You can say you disagree. Ask for it to be written down.
easy-the-decision-you-work = Keep working with the workers. It helps your child.
easy-the-decision-kinds-of-harm-heading = What kinds of harm are there?
easy-the-decision-category = The meeting says what kind of harm it is worried about.
easy-the-decision-four = In England there are 4 kinds: physical, emotional, sexual and neglect.
easy-the-decision-five = In Wales there are 5 kinds: physical, emotional, sexual, financial and neglect.
easy-the-decision-neglect = **Neglect** means a child does not get the care they need.

## Page: after-the-conference

easy-after-the-conference-title = What happens after the meeting?
easy-after-the-conference-summary = This page says what happens next.
easy-after-the-conference-minutes = You get the **minutes**. This is the written record of the meeting.
easy-after-the-conference-minutes-when = They should come within { $minutes-days ->
        [one] { $minutes-days } working day
       *[other] { $minutes-days } working days
    }.
easy-after-the-conference-minutes-wrong = Is something wrong in the minutes? Write to the chair.
easy-after-the-conference-core-group = If there is a plan, a small group meets. This is the **core group**.
easy-after-the-conference-core-group-first = The group first meets within { $core-group-days ->
        [one] { $core-group-days } working day
       *[other] { $core-group-days } working days
    }.
easy-after-the-conference-visits = The social worker visits your home. Some visits are not planned.
easy-after-the-conference-you-ask = Ask if you do not understand the plan.
easy-after-the-conference-you-move = Moving home? Tell your social worker first.
easy-after-the-conference-next-meeting-heading = When is the next big meeting?
easy-after-the-conference-review = There is another meeting within { $first-review-months ->
        [one] { $first-review-months } month
       *[other] { $first-review-months } months
    }. It checks the plan.
easy-after-the-conference-end = The plan ends when your child is safe.
easy-after-the-conference-how-long = Most plans last less than 2 years.

## Page: dates

easy-dates-title = Your dates: what they mean
easy-dates-summary = This page explains the dates before and after the meeting.
easy-dates-what = Our dates page shows what should happen, and by when.
easy-dates-find = Find the day of the meeting on your letter.
easy-dates-type = Type that day into the dates page. Say if it is the first meeting.
easy-dates-reports = Reports: you should get them before the meeting.
easy-dates-chair = The chair can meet you just before the meeting starts.
easy-dates-core-group = If there is a plan, the **core group** meets soon after. You are in it.
easy-dates-minutes = The **minutes** come after the meeting. They are the written record.
easy-dates-review = A review meeting checks the plan some months later.
easy-dates-you-by = A date that starts with by is the latest day. It can be sooner.
easy-dates-you-ask = A date has passed and nothing happened? Ask your social worker.
easy-dates-you-private = This website does not keep the date you type.
easy-dates-standard = The dates page is not in easy read. Someone you trust can help you.
easy-dates-calendar = You can put the dates in your phone's calendar.

## Page: if-things-do-not-improve

easy-if-things-do-not-improve-title = What if things do not get better?
easy-if-things-do-not-improve-summary = This page says what happens if things do not change.
easy-if-things-do-not-improve-review = The group checks the plan. They tell you what still worries them.
easy-if-things-do-not-improve-backup = Some plans have a back-up plan. Ask your social worker about it.
easy-if-things-do-not-improve-letter = The council may send a letter before court. Some call it a PLO letter.
easy-if-things-do-not-improve-meeting = The letter asks you to a meeting. Go, and take a solicitor.
easy-if-things-do-not-improve-free = You get a solicitor for free at this stage.
easy-if-things-do-not-improve-you-solicitor = Got a letter before court? Call a solicitor straight away.
easy-if-things-do-not-improve-you-keep = Keep going to meetings. It shows you care for your child.
easy-if-things-do-not-improve-family = Your family and friends may be able to help.
easy-if-things-do-not-improve-court = If the council goes to court, the court decides. The council does not.

## Page: if-you-cannot-go

easy-if-you-cannot-go-title = What if I cannot go?
easy-if-you-cannot-go-summary = This page says how you can still have a say.
easy-if-you-cannot-go-why = It is best to go if you can. You can give your side.
easy-if-you-cannot-go-tell = Cannot go? Tell your social worker as soon as you can.
easy-if-you-cannot-go-letter = You can write a letter to the chair.
easy-if-you-cannot-go-video = You can ask to join on a video call or the phone.
easy-if-you-cannot-go-meet-chair = You can ask to talk to the chair before the meeting.
easy-if-you-cannot-go-you-say = You can still have your say.
easy-if-you-cannot-go-you-told = Someone will tell you what was decided.
easy-if-you-cannot-go-decision = The chair should write to you about the decision.

## Page: confidentiality

easy-confidentiality-title = Who will know about this?
easy-confidentiality-summary = This page is about private information.
easy-confidentiality-confidential = What people say is **confidential**. That means only people who need to know are told.
easy-confidentiality-why = Workers share information to keep your child safe.
easy-confidentiality-minutes = The minutes go to you and to the workers who need them.
easy-confidentiality-supporter = Anyone you bring will hear private things.
easy-confidentiality-you-keep = Keep your papers somewhere safe.
easy-confidentiality-you-past = Want something kept from your partner? Tell your worker before the meeting.
easy-confidentiality-address = Must someone not know your address? Tell the chair first.
easy-confidentiality-past = Most of your past stays private.

## Page: your-records

easy-your-records-title = Putting mistakes right
easy-your-records-summary = This page says how to fix mistakes in papers.
easy-your-records-read = Read the reports when you get them.
easy-your-records-mark = Mark anything that is wrong.
easy-your-records-tell = Tell the person who wrote it. Ask them to fix it.
easy-your-records-minutes = Minutes wrong? Write to the chair. Say what should change.
easy-your-records-wales-time = In Wales, do this within 10 working days.
easy-your-records-file = You can ask the council for your file. It is usually free.
easy-your-records-you-copy = Keep a copy of what you send.
easy-your-records-you-view = Your view should be written down too.

## Page: what-to-expect

easy-what-to-expect-title = What workers should do
easy-what-to-expect-summary = This page says how workers should treat you.
easy-what-to-expect-listened = Workers should listen to you.
easy-what-to-expect-respect = They should treat you with respect.
easy-what-to-expect-honest = They should tell you honestly what the worries are.
easy-what-to-expect-explain = They should explain things in words you understand.
easy-what-to-expect-reports = You should get reports { $reports-initial-days ->
        [one] { $reports-initial-days } working day
       *[other] { $reports-initial-days } working days
    } before the first meeting.
easy-what-to-expect-do = They should do what they say they will do.
easy-what-to-expect-you-perfect = Nobody expects you to be perfect.
easy-what-to-expect-you-tell = Not treated well? You can [complain](page:complaints).
easy-what-to-expect-what-they-ask-heading = What will workers ask of me?
easy-what-to-expect-see = Let them see your child, at home too.
easy-what-to-expect-plan = Do the things in the plan that are for you.
easy-what-to-expect-ask = Tell them when you do not understand.

## Page: complaints

easy-complaints-title = What if I disagree?
easy-complaints-summary = This page says what to do if you are not happy.
easy-complaints-say = Say at the meeting that you disagree.
easy-complaints-minutes = Ask for your view to be written in the minutes.
easy-complaints-talk = Talk to the chair or your social worker first.
easy-complaints-complain = You can make a **complaint**. That means telling the council you are not happy.
easy-complaints-england = In England, each council has its own rules for complaints.
easy-complaints-wales = In Wales, national rules say what you can complain about.
easy-complaints-plan-goes-on = A complaint does not stop the plan.
easy-complaints-you-soon = Complain as soon as you can. There may be a time limit.
easy-complaints-you-work = Keep working with the workers while you wait.
easy-complaints-ombudsman = Still not happy? An **ombudsman** can look at it. This is free.

## Page: glossary

easy-glossary-title = Hard words
easy-glossary-summary = This page says what some hard words mean.
easy-glossary-intro = Workers may use these words. Each word has its meaning next to it.
easy-glossary-child-protection-conference-heading = Child protection conference
easy-glossary-conference = A meeting about keeping a child safe.
easy-glossary-independent-chair-heading = Chair
easy-glossary-chair = The person who runs the meeting. They make sure it is fair.
easy-glossary-social-worker-heading = Social worker
easy-glossary-social-worker = A worker from the council who helps keep children safe.
easy-glossary-minutes-heading = Minutes
easy-glossary-minutes = The written record of what was said at the meeting.
easy-glossary-core-group-heading = Core group
easy-glossary-core-group = A small group who meet to make the plan happen. You are in it.
easy-glossary-advocate-heading = Advocate
easy-glossary-advocate = Someone who helps you say what you think.
easy-glossary-interpreter-heading = Interpreter
easy-glossary-interpreter = Someone who says what people say in your language.
easy-glossary-solicitor-heading = Solicitor
easy-glossary-solicitor = A lawyer. They can give you advice about the law.
easy-glossary-legal-aid-heading = Legal aid
easy-glossary-legal-aid = Money to pay for a solicitor.
easy-glossary-working-days-heading = Working days
easy-glossary-working-days = Monday to Friday. Bank holidays do not count.
easy-glossary-you-ask = Ask the chair to explain any word you do not know.

## Page: help-and-contacts

easy-help-and-contacts-title = Help and contacts
easy-help-and-contacts-summary = This page says who can help you.
easy-help-and-contacts-danger = If you or your child are in danger now, call 999.
easy-help-and-contacts-social-worker = Your social worker is the first person to call.
easy-help-and-contacts-advocacy = An advocate can help you speak up. Ask if there is one near you.
easy-help-and-contacts-abuse = Domestic abuse services help if someone hurts or frightens you.
easy-help-and-contacts-gp = Your doctor can help with how you are coping.
easy-help-and-contacts-frg = Family Rights Group gives free advice in England. Call 0808 801 0366.
easy-help-and-contacts-childline = Children can call Childline on 0800 1111 at any time.
easy-help-and-contacts-you-talk = Talk to someone you trust.
easy-help-and-contacts-you-formats = Ask the council for papers in easy read or your language.

## Page: staying-safe-online

easy-staying-safe-online-title = Staying safe online
easy-staying-safe-online-summary = This page says how to keep your reading private.
easy-staying-safe-online-danger = If you are in danger now, call 999.
easy-staying-safe-online-exit = Press the Exit this page button. It leaves this website fast.
easy-staying-safe-online-history = Your phone keeps a list of pages you looked at. This is called history.
easy-staying-safe-online-private = Private browsing stops your phone keeping that list.
easy-staying-safe-online-downloads = Delete files you saved when you do not need them.
easy-staying-safe-online-you-close = Close this page when you finish.
easy-staying-safe-online-you-screen = Read somewhere private if you can.

## Page: accessibility

easy-accessibility-title = Is this website easy to use?
easy-accessibility-summary = This page says how easy this website is to use.
easy-accessibility-phone = You can read every page on a small phone.
easy-accessibility-easy-read = Every page of the guide is also in easy read, like this one.
easy-accessibility-problems = Some things do not work well yet. The PDF may not read aloud well.
easy-accessibility-english = You can read this website in English, Welsh, Polish and Somali. The translations are still being checked.
easy-accessibility-tell = Found a problem? Tell { $council }.
easy-accessibility-you-tell = Tell us which page was hard to use.

easy-helping-a-child-title = Helping a child say what they think
easy-helping-a-child-summary = This page is for a grown-up who helps a child use My views.
easy-helping-a-child-sit = Sit with the child somewhere quiet. Take your time.
easy-helping-a-child-houses = My views has three houses. Good things. Worries. Dreams.
easy-helping-a-child-listen = Ask open questions. Then listen.
easy-helping-a-child-words = Write the child's own words. Do not change them.
easy-helping-a-child-advocate = Many children can have an advocate. Ask the social worker.
easy-helping-a-child-unsafe = Is the child being hurt? Tell the social worker or the police. In an emergency, call 999.

easy-feeling-unsafe-title = If you feel unsafe now
easy-feeling-unsafe-summary = What to do if you feel scared or unsafe.
easy-feeling-unsafe-999 = In danger now? Call 999.
easy-feeling-unsafe-childline = Call Childline on 0800 1111. It is free. Any time.
easy-feeling-unsafe-adult = Tell a grown-up you trust.
easy-feeling-unsafe-not-your-fault = It is never your fault if someone hurts you.
easy-helping-a-child-you-read = Read it all back to the child at the end.
easy-feeling-unsafe-you-exit = To leave this website fast, press Exit this page.
