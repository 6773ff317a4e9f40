### English source of the guide.
###
### This file holds every word of the parents' guide to child protection
### conferences, in English. It is the source that every other language is
### translated from. The order of pages and blocks lives in
### src/content/pages.rs, which refers to these messages by id only.
###
### Who reads this: a worried parent, often on a phone, often the night before
### the meeting. Some readers have a learning disability. Some are still
### learning English. Keep sentences short, words plain and the tone calm.
###
### Every message is formatted with these arguments from the council's
### configuration (never write one council's figures into the text):
###   $council               the council's name
###   $nation                "england" or "wales"
###   $reports-initial-days  working days before an initial conference that reports are shared
###   $reports-review-days   working days before a review conference that reports are shared
###   $core-group-days       working days after the conference for the first core group
###   $core-group-weeks      core groups meet at least every this many weeks
###   $minutes-days          working days within which the minutes are sent
###   $first-review-months   months until the first review conference
###   $later-review-months   months between later review conferences
###   $conference-phone      the number to ring about a conference
###   $conference-decisions  England only: what this council's complaints procedure can
###                          look at ("can-be-challenged", "process-only" or "not-set")
###
### Terms cannot be given message arguments in Fluent (named arguments must be
### literals), so England/Wales words and plurals are written as selectors
### inside each message.
###
### Inline links understood by the renderer (no other markup):
###   [words shown](glossary:ANCHOR)   a term in the glossary
###   [words shown](page:SLUG)         another page of the guide


## The six parts of the guide, as headings in the contents list.

part-start = Start here
part-before = Before the conference
part-on-the-day = On the day
part-after = After the conference
part-your-rights = Your rights
part-help = Help


## Page: start-here

guide-start-here-title = Start here
guide-start-here-summary = What is happening, and what you can do tonight to get ready.

guide-start-here-happening-heading = What is happening?
guide-start-here-happening-text = You have been asked to come to a [child protection conference](glossary:child-protection-conference). This is a meeting about keeping your child safe.
guide-start-here-happening-who = You, your family and professionals from { $council } and other services will talk together. You will talk about what is going well, what the worries are, and what needs to happen next.
guide-start-here-not-court = The conference is not a court. It does not decide where your child lives.
guide-start-here-not-taken = A conference cannot take your child away. [Read when a child can be cared for away from home](page:what-is-a-conference).
guide-start-here-feelings = It is normal to feel scared, angry or confused. Many parents feel like this. You can still take part, and what you say matters.

guide-start-here-tonight-heading = What can I do tonight?
guide-start-here-tonight-letter = Read your invitation. Check the date, the time and the place.
guide-start-here-tonight-reports = Read the reports you have been sent. If you have none, ask your [social worker](glossary:social-worker) for them.
guide-start-here-tonight-write = Write down what you want to say and any questions. [Getting ready](page:before-the-conference) can help you.
guide-start-here-tonight-someone = Think about someone you trust who could come with you. [Read about bringing someone](page:bringing-someone).
guide-start-here-tonight-childcare = Arrange childcare if you need it. Babies and young children do not usually come to the meeting.
guide-start-here-tonight-rest = Try to eat something and get some sleep. You will think more clearly.

guide-start-here-tell-heading = What should I tell my social worker?
guide-start-here-tell-text = Tell your social worker as soon as you can if:
guide-start-here-tell-interpreter = you need an [interpreter](glossary:interpreter), because English is not your first language
guide-start-here-tell-reading = you find reading or understanding hard, or have a learning disability
guide-start-here-tell-access = you have a disability or a health condition, and need something done differently
guide-start-here-tell-cannot-go = you cannot go to the meeting
guide-start-here-tell-someone = there is someone you do not feel safe with at the meeting

guide-start-here-more-heading = Where can I read more?
guide-start-here-more-text = This guide is in short parts. Read the parts you need. You do not have to read it all tonight.
guide-start-here-more-what = [What is a child protection conference?](page:what-is-a-conference)
guide-start-here-more-before = [Getting ready for the conference](page:before-the-conference)
guide-start-here-more-who = [Who will be at the conference?](page:who-will-be-there)
guide-start-here-more-family = [Other parents, partners and the wider family](page:your-family)
guide-start-here-more-access = [Help to take part: disability, language and interpreters](page:help-to-take-part)
guide-start-here-more-practical = [Practical questions: what to bring, travel and recording](page:practical-questions)
guide-start-here-more-day = [What happens on the day?](page:on-the-day)
guide-start-here-more-decision = [What can the conference decide?](page:the-decision)
guide-start-here-more-words = [Words and what they mean](page:glossary)
guide-start-here-more-help = [Help and contacts](page:help-and-contacts)
guide-start-here-private = If someone else uses your phone, read [staying safe online](page:staying-safe-online).
guide-start-here-danger = If you or your child are in danger right now, call 999.


## Page: what-is-a-conference

guide-what-is-a-conference-title = What is a child protection conference?
guide-what-is-a-conference-summary = What the meeting is, why it is being held, and what it can and cannot decide.

guide-what-is-a-conference-meeting-heading = What is this meeting?
guide-what-is-a-conference-meeting-text = A [child protection conference](glossary:child-protection-conference) is a formal meeting about your child. It happens when [children's services](glossary:children-services) are worried your child may be at risk of [significant harm](glossary:significant-harm).
guide-what-is-a-conference-meeting-harm = Significant harm means harm that is serious enough to make a real difference to your child. It can be harm that has happened, or harm that might happen.
guide-what-is-a-conference-meeting-who = You, your family and the professionals who work with you meet together. Sometimes your child takes part too.
guide-what-is-a-conference-meeting-about = Together, you look at your family's situation. You talk about your child's safety, health and development, now and in the future.
guide-what-is-a-conference-meeting-names = People may call it a "conference", a "case conference" or a "CP conference". They all mean the same meeting.

guide-what-is-a-conference-why-heading = Why is it being held?
guide-what-is-a-conference-why-law = By law, children's services must look into it when they think a child may be seriously harmed. For example, someone may have told them a child is being abused or [neglected](glossary:neglect).
guide-what-is-a-conference-why-enquiries = These checks are called [Section 47 enquiries](glossary:section-47-enquiry). The name comes from Section 47 of a law called the Children Act 1989. Some people call them a child protection investigation.
guide-what-is-a-conference-why-now = You will know that checks have been made about your child's safety and wellbeing. After those checks, children's services decided a conference was needed.
guide-what-is-a-conference-why-initial = The first conference about your child is called the [initial conference](glossary:initial-conference).

guide-what-is-a-conference-enquiries-heading = What happens during Section 47 enquiries?
guide-what-is-a-conference-enquiries-strategy = First, professionals hold a [strategy discussion](glossary:strategy-discussion). Children's services, the police and health services talk about the worry. They decide whether to start Section 47 enquiries.
guide-what-is-a-conference-enquiries-strategy-parents = Parents do not usually take part in the strategy discussion. You should be told afterwards what was decided, unless that would put your child at risk.
guide-what-is-a-conference-enquiries-shared = Keeping children safe is shared work. The police, children's services, doctors, schools and other services all have set procedures. They must follow them, share information and work together.
guide-what-is-a-conference-enquiries-visit = A [social worker](glossary:social-worker) will visit you at home. They will see the child they are worried about, and any brothers or sisters.
guide-what-is-a-conference-enquiries-alone = The social worker will usually want to talk to each child on their own.
guide-what-is-a-conference-enquiries-upset = Enquiries like this upset most families. Professionals plan them carefully to keep the upset as small as they can.
guide-what-is-a-conference-enquiries-rights = Your social worker should tell you about your rights. They should keep you informed and ask what you think at every step. They should be open and honest with you.
guide-what-is-a-conference-enquiries-private = What is found out is kept [confidential](glossary:confidential). That means it is only shared with people who need to know.

guide-what-is-a-conference-referral-heading = Who told children's services?
guide-what-is-a-conference-referral-text = When someone tells children's services they are worried about a child, this is called a [referral](glossary:referral). A referral can come from:
guide-what-is-a-conference-referral-professional = a professional, like a teacher, doctor or health visitor
guide-what-is-a-conference-referral-public = a neighbour, friend or relative
guide-what-is-a-conference-referral-parent = a parent
guide-what-is-a-conference-referral-child = the child themselves
guide-what-is-a-conference-referral-secret = A member of the public can ask for their name to be kept secret. If they do, children's services cannot tell you who it was.
guide-what-is-a-conference-referral-professional-name = If a professional made the referral, there is usually no reason why you cannot be told their name.

guide-what-is-a-conference-outcomes-heading = What can happen after the enquiries?
guide-what-is-a-conference-outcomes-text = There are three main things that can happen:
guide-what-is-a-conference-outcomes-close = Children's services find no reason to be worried. They close the case.
guide-what-is-a-conference-outcomes-help = Your child is not thought to be at risk of significant harm. But some help could be good for your family. This help is your choice. You do not have to accept it, but it may make things better.
guide-what-is-a-conference-outcomes-risk = Your child may be at risk of significant harm. The social worker will want to work with you to make your child safer. Depending on the situation, a conference may be called.
guide-what-is-a-conference-outcomes-duty = A social worker may think a child is at risk of significant harm. Then they have a duty to protect the child, and powers to do this.
guide-what-is-a-conference-outcomes-court = The courts keep a check on those powers. You and your child have the right to be represented and to challenge decisions. Your social worker should explain your rights.
guide-what-is-a-conference-outcomes-partnership = Even when they are worried, professionals should work with you as a family, not around you.

guide-what-is-a-conference-does-heading = What does the conference do?
guide-what-is-a-conference-does-text = At the conference, people:
guide-what-is-a-conference-does-share = share what they know about your child's health, safety and wellbeing
guide-what-is-a-conference-does-strengths = look at the strengths in your family
guide-what-is-a-conference-does-problems = look at any problems your family may be having
guide-what-is-a-conference-does-risk = think about how much risk there is to your child, if any
guide-what-is-a-conference-does-harm = decide whether your child is suffering, or likely to suffer, significant harm
guide-what-is-a-conference-does-change = work out what needs to change, if anything, so your child is safe
guide-what-is-a-conference-does-support = look at what help your family needs, and who could give it
guide-what-is-a-conference-does-plan = decide whether your child needs a { $nation ->
        [wales] [care and support protection plan](glossary:care-and-support-protection-plan)
       *[england] [child protection plan](glossary:child-protection-plan)
    }
guide-what-is-a-conference-does-actions = say what should happen next

guide-what-is-a-conference-can-heading = What can the conference decide?
guide-what-is-a-conference-can-plan = The main decision is whether your child needs a { $nation ->
        [wales] care and support protection plan
       *[england] child protection plan
    }.
guide-what-is-a-conference-can-also = If your child needs a plan, the conference also:
guide-what-is-a-conference-can-also-category = decides the [category](glossary:category-of-harm), which is the kind of harm it is worried about
guide-what-is-a-conference-can-also-worker = { $nation ->
    [wales] names the social worker who will co-ordinate the plan
   *[england] names the lead social worker, who some councils now call the lead practitioner
}
guide-what-is-a-conference-can-also-core = agrees who will be in the [core group](glossary:core-group)
guide-what-is-a-conference-can-also-review = sets the date of the first [review conference](glossary:review-conference)
guide-what-is-a-conference-can-criteria = There are strict rules about when a child needs a plan. The [chair](glossary:independent-chair), who runs the meeting, will explain them to you.
guide-what-is-a-conference-can-recommend = The conference can also suggest services to help your family and keep your child well.
guide-what-is-a-conference-can-wales = In Wales, your child's name would also go on the [child protection register](glossary:child-protection-register).
guide-what-is-a-conference-can-more = [Read more about the decision](page:the-decision).

guide-what-is-a-conference-cannot-heading = What can the conference not decide?
guide-what-is-a-conference-cannot-court = It is not a court. It does not make court orders.
guide-what-is-a-conference-cannot-live = It does not decide where your child lives.
guide-what-is-a-conference-cannot-legal = It does not decide whether the council goes to court.
guide-what-is-a-conference-cannot-honest = In a few families, things do not get better, even with a plan. Then the council may think about going to court. That is a separate process, and you would get your own legal advice.

guide-what-is-a-conference-away-heading = Can my child be taken away?
guide-what-is-a-conference-away-text = A conference cannot take your child away. A child can only be moved out of a parent's care in one of these ways:
guide-what-is-a-conference-away-agree = if the parents agree to it
guide-what-is-a-conference-away-court = if a family court makes an order
guide-what-is-a-conference-away-police = in an emergency, if the police use their powers to keep a child safe for up to 72 hours
guide-what-is-a-conference-away-rare = Emergency steps like these are rare. If anyone talks about moving your child, get legal advice straight away. [Read about legal advice](page:bringing-someone).

guide-what-is-a-conference-kinds-heading = Are there different kinds of conference?
guide-what-is-a-conference-kinds-initial = An [initial conference](glossary:initial-conference) is the first one. It is held after Section 47 enquiries.
guide-what-is-a-conference-kinds-review = A [review conference](glossary:review-conference) checks how a plan is going. It decides whether your child still needs one.
guide-what-is-a-conference-kinds-transfer = A [transfer-in conference](glossary:transfer-in-conference) happens when a child with a plan moves to a new council area for good. The new council should hold it within 15 [working days](glossary:working-days) of hearing about the move.
guide-what-is-a-conference-kinds-unborn = A [pre-birth conference](glossary:pre-birth-conference) is held before a baby is born.

guide-what-is-a-conference-fast-heading = Why is it happening so fast?
guide-what-is-a-conference-fast-text = The first conference should be held within 15 [working days](glossary:working-days) of the strategy discussion. That is about three weeks.
guide-what-is-a-conference-fast-why = It is quick so that worries about a child are looked at without delay. It does not mean a decision has already been made.

guide-what-is-a-conference-children-heading = Will all my children be talked about?
guide-what-is-a-conference-children-text = Yes. The conference looks at every child who lives in your home, even if the worry is about one child.
guide-what-is-a-conference-children-each = It makes a separate decision for each child. One child may need a plan when another does not.

guide-what-is-a-conference-unborn-heading = Can there be a conference before a baby is born?
guide-what-is-a-conference-unborn-text = Yes. If professionals are worried about a baby who is not born yet, they can hold a pre-birth conference.
guide-what-is-a-conference-unborn-plan = It plans how the baby will be kept safe and cared for after the birth. It also looks at the support you need while you are pregnant.
guide-what-is-a-conference-unborn-midwife = Your midwife should be invited.

guide-what-is-a-conference-rules-heading = Who makes the rules?
guide-what-is-a-conference-rules-national = { $nation ->
    [wales] In Wales, the main law is the [Social Services and Well-being (Wales) Act 2014](glossary:social-services-wellbeing-act). The Welsh Government's guidance is called [Working Together to Safeguard People](glossary:working-together-to-safeguard-people).
   *[england] In England, the government's guidance is called [Working Together to Safeguard Children](glossary:working-together). The latest version is from 2023.
}
guide-what-is-a-conference-rules-procedures = { $nation ->
    [wales] Every service in Wales follows the [Wales Safeguarding Procedures](glossary:wales-safeguarding-procedures). They set out each step, including conferences.
   *[england] Working Together helps services work together and keep the child at the centre. The main law is the Children Act 1989.
}
guide-what-is-a-conference-rules-local = In each area, the council, the police, health services and others also agree local procedures. Ask your social worker where you can read them.
guide-what-is-a-conference-rules-ask = It is hard to take everything in at once. If anything is unclear, ask. Professionals are used to questions. If they do not know the answer, they should find someone who does.
guide-what-is-a-conference-rules-easy-read = Some councils have an easy-read leaflet about conferences. Ask if there is one.


## Page: before-the-conference

guide-before-the-conference-title = Getting ready for the conference
guide-before-the-conference-summary = What happens before the meeting, and how you can get ready for it.

guide-before-the-conference-invitation-heading = What will the invitation tell me?
guide-before-the-conference-invitation-text = Your [social worker](glossary:social-worker) will usually tell you the date, time and place first. Then you will get an invitation that confirms the details.
guide-before-the-conference-invitation-check = Check the date and time. If you cannot go, tell your social worker as soon as you can. [Read what to do if you cannot go](page:if-you-cannot-go).

guide-before-the-conference-reports-heading = Will I see the reports before the meeting?
guide-before-the-conference-reports-text = Yes. Each professional coming to the conference is asked to write a report. They should share it with you before the meeting.
guide-before-the-conference-reports-timing = At { $council }, you should get the reports { $reports-initial-days ->
        [one] [{ $reports-initial-days } working day](glossary:working-days)
       *[other] [{ $reports-initial-days } working days](glossary:working-days)
    } before an [initial conference](glossary:initial-conference). For a [review conference](glossary:review-conference), you should get them { $reports-review-days ->
        [one] { $reports-review-days } working day
       *[other] { $reports-review-days } working days
    } before.
guide-before-the-conference-reports-read = Read them if you can. You can ask someone you trust to help. Mark anything that is wrong, or that you do not understand.
guide-before-the-conference-reports-missing = If you have not had the reports, tell your social worker. The [chair](glossary:independent-chair) will also check this with you before the meeting starts.
guide-before-the-conference-reports-wrong = If a report has a mistake, tell the person who wrote it, or your social worker, before the meeting. You can also tell the chair. [Read how to get mistakes put right](page:your-records).

guide-before-the-conference-police-heading = What about information from the police?
guide-before-the-conference-police-text = The police are usually invited to an initial conference. They must share what they know about the important adults in your child's life and family. This can include any crimes they were found guilty of.
guide-before-the-conference-police-timing = Police information is not usually shared with you before the meeting. You may hear it for the first time at the conference.
guide-before-the-conference-police-leave = Sometimes you may be asked to leave the room while some information is shared. [Read why this can happen](page:on-the-day).

guide-before-the-conference-chair-heading = Can I talk to the chair before the meeting?
guide-before-the-conference-chair-text = Yes. The chair is the person who runs the meeting. They usually meet you just before it starts.
guide-before-the-conference-chair-what = The chair will welcome you and check you have had the reports. They will explain how the meeting will go. They will talk about how you can best take part.
guide-before-the-conference-chair-details = The chair may also ask you to check your family's details, such as names and dates of birth.
guide-before-the-conference-chair-early = You may be asked to arrive before the start time for this. Try to get there when you are asked. The meeting starts on time, so if you are late you will have less time with the chair.
guide-before-the-conference-chair-sooner = You can also ask to speak to the chair before the day, to share your views. Ask your social worker how to do this.

guide-before-the-conference-venue-heading = Where will it be held?
guide-before-the-conference-venue-text = Many conferences are held at a local [children's services](glossary:children-services) office. Some are held in another building. Your invitation will tell you where.

guide-before-the-conference-online-heading = Will it be in person or online?
guide-before-the-conference-online-text = A conference can be in a room, online by video, or a mix of both. A mix is called a [hybrid meeting](glossary:hybrid-meeting).
guide-before-the-conference-online-hybrid = In some hybrid meetings, you go in person with your social worker and the chair. Other professionals join by video. If you have an [interpreter](glossary:interpreter) or an [advocate](glossary:advocate), they may be in the room with you too.
guide-before-the-conference-online-ask = Your invitation should say how your meeting will happen. If you need help to join online, tell your social worker before the day.

guide-before-the-conference-childcare-heading = Who will look after my children?
guide-before-the-conference-childcare-text = Babies and young children do not usually come to the conference. You will usually need someone to look after them while you are there.
guide-before-the-conference-childcare-baby = Do you have a young baby, for example one you are breastfeeding? Then ask the chair before the day what is possible.
guide-before-the-conference-childcare-help = If childcare is hard to arrange, tell your social worker. They may be able to help.

guide-before-the-conference-interpreters-heading = What if English is not my first language?
guide-before-the-conference-interpreters-text = You can have an interpreter at the meeting. This is free. Tell your social worker which language you speak, as early as you can.
guide-before-the-conference-interpreters-formats = You can also ask for information in your language. Or ask for another format, like a recording to listen to.
guide-before-the-conference-interpreters-more = { $nation ->
    [wales] [Help to take part](page:help-to-take-part) explains more, including sign language and the Welsh language.
   *[england] [Help to take part](page:help-to-take-part) explains more, including sign language and hearing loops.
}
guide-before-the-conference-learning-heading = What if I find reading or understanding hard?
guide-before-the-conference-learning-text = Tell your social worker if you have learning difficulties. Also tell them about anything that makes it hard to read, hear, speak or understand.
guide-before-the-conference-learning-changes = They should look at what help they can give, so you can take part. You could ask for:
guide-before-the-conference-learning-easy-read = information in easy-read, with short words and pictures
guide-before-the-conference-learning-read-aloud = someone to read the reports with you before the day
guide-before-the-conference-learning-time = more time to answer questions, and breaks when you need them
guide-before-the-conference-learning-words = words to be explained in a simple way
guide-before-the-conference-learning-advocate = an advocate to help you say what you think
guide-before-the-conference-learning-other = If anything else might stop you going or understanding, tell your social worker. Ask what support they can offer.

guide-before-the-conference-prepare-heading = How can I get ready to speak?
guide-before-the-conference-prepare-nervous = Many parents say they felt very nervous at their conference. They did not say as much as they wanted to. Getting ready beforehand can help.
guide-before-the-conference-prepare-chance = At the meeting you can tell people how things are at home. You can say what you think about what others say. You will be asked what should happen next, and what help you need.
guide-before-the-conference-prepare-write = You can write down what you want to say. Professionals write reports, and some parents do too. Your social worker may help you with this.
guide-before-the-conference-prepare-form = Some councils have a form for parents. Some ask you to send what you write to the chair before the meeting. Ask your social worker. You can also write your report on this website and download it to print or send.
guide-before-the-conference-prepare-notes = If you do not want to write a report, that is fine. You could bring a few notes to remind you what to say.
guide-before-the-conference-prepare-think = It can help to think about these things:
guide-before-the-conference-prepare-strengths = Strengths: what is good about your family? What do you do well?
guide-before-the-conference-prepare-good-things = Good things: what do you want professionals to know about you and your family?
guide-before-the-conference-prepare-worries = Worries: what, if anything, needs to change so your child is safe?
guide-before-the-conference-prepare-help = Help: does your family need more help or services? How would that help?
guide-before-the-conference-prepare-next = Next steps: what should happen after the conference? What could you, or others, do to make things better?

guide-before-the-conference-questions-heading = What questions could I ask?
guide-before-the-conference-questions-text = You can ask questions at the meeting. You might want to ask:
guide-before-the-conference-questions-worry = What exactly are you worried about?
guide-before-the-conference-questions-change = What needs to change for you to worry less?
guide-before-the-conference-questions-help = What help can you give my family?
guide-before-the-conference-questions-better = What will happen if things get better?
guide-before-the-conference-questions-contact = Who do I contact if I do not understand something?
guide-before-the-conference-questions-minutes = When will I get the written record of this meeting?
guide-before-the-conference-questions-break = Can I have a break if I need one?
guide-before-the-conference-questions-bring = Write your questions down and take them with you.
guide-before-the-conference-practical = [Practical questions](page:practical-questions) covers what to bring, travel costs, time off work and recording.

guide-before-the-conference-private-heading = What if there is something I want kept private?
guide-before-the-conference-private-text = You may not want your partner to know something about your past. If so, tell your social worker before the conference.
guide-before-the-conference-private-address = You may need to keep your address or phone number from someone at the meeting. If so, tell the chair before it starts. [Read more about what is shared](page:confidentiality).
## Page: who-will-be-there

guide-who-will-be-there-title = Who will be at the conference?
guide-who-will-be-there-summary = Who comes to the meeting, what they do, and what if you do not want someone there.
guide-who-will-be-there-chair-heading = Who runs the meeting?
guide-who-will-be-there-chair-text = An [independent chair](glossary:independent-chair) runs the meeting. This is usually a senior manager from the council who has no part in running your child's case. Their job is to make sure the meeting is fair and everyone is heard.
guide-who-will-be-there-chair-names = Councils use different names for the chair, such as conference chair or child protection chair.
guide-who-will-be-there-chair-iro = Some councils ask an [Independent Reviewing Officer](glossary:independent-reviewing-officer) to chair conferences. But that officer's main legal job is a different one: checking the plans of children in care.

guide-who-will-be-there-minutes-heading = Who writes things down?
guide-who-will-be-there-minutes-text = A minute taker writes down what is said and decided. Their notes are called the [minutes](glossary:minutes). They do not take part in the discussion.

guide-who-will-be-there-social-worker-heading = What does the social worker do?
guide-who-will-be-there-social-worker-text = Your child's [social worker](glossary:social-worker) will be there. Their manager may come too.
guide-who-will-be-there-social-worker-report = The social worker writes a report about why the conference is being held. Their report should include your views about the worries.

guide-who-will-be-there-others-heading = Who else might come?
guide-who-will-be-there-others-text = Professionals who know your child or your family are invited. They might include:
guide-who-will-be-there-others-health = a health visitor or school nurse
guide-who-will-be-there-others-doctor = a doctor, such as your GP or a hospital doctor
guide-who-will-be-there-others-school = a teacher or nursery worker
guide-who-will-be-there-others-education = an education welfare officer, who helps when children miss school
guide-who-will-be-there-others-police = the police
guide-who-will-be-there-others-probation = a [probation officer](glossary:probation-officer), if an adult in your family has one
guide-who-will-be-there-others-housing = someone from housing
guide-who-will-be-there-others-services = other services that know your family or work with you
guide-who-will-be-there-family = Other family members may be invited. So may anyone else with [parental responsibility](glossary:parental-responsibility) for your child. [Read about other parents, partners and the wider family](page:your-family).
guide-who-will-be-there-advocates = There may also be an [advocate](glossary:advocate) for you or your child, and an [interpreter](glossary:interpreter) if one is needed.
guide-who-will-be-there-strangers = You may not know everyone. Some people come because they know a lot about one subject. Others might help your family in the future.
guide-who-will-be-there-introductions = At the start, everyone will say who they are and why they are there.

guide-who-will-be-there-absent-heading = What if a professional cannot come?
guide-who-will-be-there-absent-text = If a professional cannot come, they can send a written report instead. The chair will make sure the meeting hears it. You should see it too.

guide-who-will-be-there-not-want-heading = What if I do not want someone to be there?
guide-who-will-be-there-not-want-text = Talk to your social worker as soon as you can. It might be a family member or a professional.
guide-who-will-be-there-not-want-chair = The chair makes the final decision about who comes to the meeting.
guide-who-will-be-there-not-want-ex = You may not want to be in a room with an ex-partner. This might be because of domestic abuse. Tell your social worker or the chair. The chair can decide to hear from you separately.
guide-who-will-be-there-not-want-address = You may need to keep your address or phone number from someone at the meeting. If so, tell the chair before it begins.
## Page: bringing-someone

guide-bringing-someone-title = Can I bring someone with me?
guide-bringing-someone-summary = Who you can bring for support, what they can do there, and where to get legal advice.

guide-bringing-someone-who-heading = Who can I bring?
guide-bringing-someone-who-text = You can bring someone to support you. It could be a relative, a friend, or another person you choose.
guide-bringing-someone-who-help = They can help you feel calmer. They can help you take part and explain your views.
guide-bringing-someone-who-trust = People will talk about private things about you, your child and your family. So choose someone you trust to keep them private.
guide-bringing-someone-who-child = In some areas, the [chair](glossary:independent-chair) checks that your child does not mind this person hearing about them. If your child does mind, the chair may ask you to choose someone else.
guide-bringing-someone-who-tell = Tell your [social worker](glossary:social-worker) before the day who you are bringing.
guide-bringing-someone-advocate-heading = What is an advocate?
guide-bringing-someone-advocate-text = An [advocate](glossary:advocate) is someone who helps you say what you think, and makes sure you are listened to.
guide-bringing-someone-advocate-kinds = An advocate can be a friend or supporter. In some areas, there are also trained advocates for parents.
guide-bringing-someone-advocate-ask = Ask your social worker if there is an advocacy service near you. [Help and contacts](page:help-and-contacts) explains the kinds of help there are.

guide-bringing-someone-cannot-heading = Is there anyone I cannot bring?
guide-bringing-someone-cannot-text = The chair decides who comes to the meeting. They might say no to someone, for example if it would not be safe. In some areas, they also ask whether your child minds.
guide-bringing-someone-cannot-check = If you are not sure, ask your social worker before the day.

guide-bringing-someone-solicitor-heading = Can I bring a solicitor?
guide-bringing-someone-solicitor-text = Yes. You can bring a [solicitor](glossary:solicitor). But the conference is not a court, so your solicitor is there as a supporter.
guide-bringing-someone-solicitor-can = At the meeting, your solicitor can:
guide-bringing-someone-solicitor-can-listen = listen to what is said and watch how the meeting is run
guide-bringing-someone-solicitor-can-support = support you
guide-bringing-someone-solicitor-can-private = talk to you in private during a break
guide-bringing-someone-solicitor-cannot = In most cases, your solicitor cannot:
guide-bringing-someone-solicitor-cannot-speak = speak for you in the meeting
guide-bringing-someone-solicitor-cannot-discuss = join in the discussion
guide-bringing-someone-solicitor-cannot-decide = take part in the decision
guide-bringing-someone-solicitor-minutes = Your solicitor may already act for you in [care proceedings](glossary:care-proceedings). If they come to the conference, they may get their own copy of the [minutes](glossary:minutes).
guide-bringing-someone-advice-heading = Where can I get legal advice?
guide-bringing-someone-advice-text = You can get legal advice before the conference. It can help you understand your rights.
guide-bringing-someone-advice-where = Some charities give free advice to parents. Some solicitors are experts in law about children and families. [Help and contacts](page:help-and-contacts) names some national services.
guide-bringing-someone-pay-heading = Will I have to pay for a solicitor?
guide-bringing-someone-pay-text = Maybe not. [Legal aid](glossary:legal-aid) can pay for advice from a solicitor, and for them to come to a conference with you.
guide-bringing-someone-pay-tests = To get it, you must pass two tests. The means test looks at your income and savings. The merits test looks at whether a solicitor's help would make enough difference in your case.
guide-bringing-someone-pay-benefits = If you get certain benefits, such as Universal Credit, you usually pass the income part of the means test. Your savings are still checked.
guide-bringing-someone-pay-letter = It is different if you get a [letter before proceedings](glossary:letter-before-proceedings). Then legal aid pays for a solicitor whatever your income, if you are a parent or have parental responsibility.
guide-bringing-someone-pay-ask = A solicitor can check if you can get legal aid. Ask about this before they start work for you.

guide-bringing-someone-find-heading = How do I find a solicitor?
guide-bringing-someone-find-text = Choose a solicitor who specialises in law about children. The Law Society's "Find a Solicitor" website lets you search for one.
guide-bringing-someone-find-accredited = Look for a solicitor with the Law Society's Children Law accreditation. It shows they have special knowledge of this area of law.
guide-bringing-someone-find-legal-aid = Not every solicitor does legal aid work. Ask when you first contact them.
guide-bringing-someone-find-letter = If you have had a letter before proceedings, contact a solicitor straight away. Take the letter with you. [Read what the letter means](page:if-things-do-not-improve).


## Page: your-childs-part

guide-your-childs-part-title = Will my child take part?
guide-your-childs-part-summary = Whether your child comes to the meeting, and how their views can be heard.

guide-your-childs-part-attend-heading = Will my child go to the meeting?
guide-your-childs-part-attend-text = It depends on your child's age and how much they understand. Children who are old enough to understand are often invited.
guide-your-childs-part-attend-part = Your child might come to all of the meeting, or just part of it. Or their views might be shared in another way.
guide-your-childs-part-attend-best = Going is not always best for a child. Talk to your [social worker](glossary:social-worker) about what is right for your child.
guide-your-childs-part-attend-young = Babies and young children do not usually come to conferences.

guide-your-childs-part-advocate-heading = Can my child have an advocate?
guide-your-childs-part-advocate-text = Yes. Many councils offer older children an [advocate](glossary:advocate). In some areas, this is offered to children aged 11 or over.
guide-your-childs-part-advocate-contact = The advocate may get in touch with you before the meeting. They can:
guide-your-childs-part-advocate-support = help your child come to the meeting
guide-your-childs-part-advocate-instead = come instead of your child, and speak for them
guide-your-childs-part-advocate-pass = meet your child, then tell the [chair](glossary:independent-chair) what your child wants and feels
guide-your-childs-part-advocate-decide = In some areas, your child and the chair decide together whether your child's views or report are shared.

guide-your-childs-part-other-heading = How else can my child have a say?
guide-your-childs-part-other-text = Your child does not need to be in the room to be heard. They could:
guide-your-childs-part-other-letter = write a letter
guide-your-childs-part-other-drawing = draw a picture
guide-your-childs-part-other-recording = make a voice or video recording
guide-your-childs-part-other-speak = ask their social worker or advocate to speak for them
guide-your-childs-part-other-chair = meet the chair on their own
guide-your-childs-part-other-matter = Your child's views matter. The conference should think about them when it makes its decision.

guide-your-childs-part-wishes-heading = What if my child does not want me there?
guide-your-childs-part-wishes-text = Sometimes a child does not want a parent at the meeting. The chair may then ask you to leave for part of it. You will still be told the decision. [Read more](page:if-you-cannot-go).

guide-your-childs-part-later-heading = Will my child be part of what happens next?
guide-your-childs-part-later-text = If your child has a plan, they may join some later meetings, called the [core group](glossary:core-group). This depends on their age and how much they understand.


## Page: your-family

guide-your-family-title = Other parents, partners and the wider family
guide-your-family-summary = Who in your family is invited, what parental responsibility means, and how the wider family can help.

guide-your-family-parents-heading = Will my child's other parent be invited?
guide-your-family-parents-text = Usually, yes. Parents and anyone with [parental responsibility](glossary:parental-responsibility) are normally invited, even if they do not live with the child.
guide-your-family-parents-apart = If you and the other parent live apart, you may both be invited. You do not have to be in the same room if that is not safe for you.
guide-your-family-parents-separate = Tell your social worker or the chair before the day. The chair can arrange to hear from you separately. [Read more about who will be there](page:who-will-be-there).

guide-your-family-pr-heading = What is parental responsibility?
guide-your-family-pr-text = It means the legal rights and duties of a parent. People who have it can make big decisions for a child, such as about school or health care.
guide-your-family-pr-mother = The birth mother has parental responsibility until the child is 18. It ends sooner only if the child is adopted, or if a court makes a parental order after a surrogacy.
guide-your-family-pr-married = A father or second parent usually has it if they were married to the birth mother at the birth. A civil partnership counts the same as a marriage.
guide-your-family-pr-certificate = A father also has it if he is named on the birth certificate, for births registered since December 2003.
guide-your-family-pr-others = Other people, such as a step-parent, can get it by a signed agreement or from a court. A step-parent does not get it just by marrying a parent.
guide-your-family-pr-unsure = If you are not sure who has parental responsibility, ask your social worker or a solicitor.

guide-your-family-partners-heading = What about partners and step-parents?
guide-your-family-partners-text = A partner or step-parent who lives with the child may also be invited, even without parental responsibility.
guide-your-family-partners-private = Some things about your past can stay private from your partner. [Read what is shared](page:confidentiality).

guide-your-family-wider-heading = Can the wider family help?
guide-your-family-wider-text = Yes. Grandparents, aunts, uncles and close friends can be a big help to a child. Professionals should think about who in your family and friends could support you.
guide-your-family-wider-conference = Other family members may be invited to the conference, or asked for their views. Ask the chair if someone in your family wants to be heard.
guide-your-family-wider-plan = The plan can include help from your wider family. For example, a grandparent might help with the school run.

guide-your-family-fgc-heading = What is a family group conference?
guide-your-family-fgc-text = A [family group conference](glossary:family-group-conference) is a meeting for your family and friends. Together, you make your own plan to help keep your child safe.
guide-your-family-fgc-how = An independent coordinator helps everyone to get ready. Professionals explain the worries. Then your family has private time to make the plan.
guide-your-family-fgc-agree = If the plan keeps the child safe, professionals will usually agree to it.
guide-your-family-fgc-ask = Many councils offer family group conferences. Ask your social worker if one could help your family.


## Page: help-to-take-part

guide-help-to-take-part-title = Help to take part: disability, language and interpreters
guide-help-to-take-part-summary = What help you can ask for if you are disabled, Deaf or unwell, or if you need another language.

guide-help-to-take-part-adjustments-heading = What if I have a disability or a health condition?
guide-help-to-take-part-adjustments-text = Services must make [reasonable adjustments](glossary:reasonable-adjustments) so that disabled people can take part. This is the law, under the Equality Act 2010.
guide-help-to-take-part-adjustments-ask = Tell your social worker what you need, as early as you can. You could ask for:
guide-help-to-take-part-adjustments-access = a room you can get into easily, for example without steps
guide-help-to-take-part-adjustments-bsl = a British Sign Language interpreter, or a Deaf interpreter
guide-help-to-take-part-adjustments-loop = a hearing loop, and for people to face you when they speak
guide-help-to-take-part-adjustments-papers = papers in large print, easy read or another format
guide-help-to-take-part-adjustments-breaks = breaks, or a shorter meeting, if you get tired or unwell
guide-help-to-take-part-adjustments-online = to join by video or phone, if getting there is hard
guide-help-to-take-part-adjustments-mental = If you have a mental health condition, you can ask for help too. For example, you could ask to meet the chair first, or to have a supporter with you.
guide-help-to-take-part-adjustments-learning = If you find reading or understanding hard, [Getting ready](page:before-the-conference) lists more help you can ask for.
guide-help-to-take-part-adjustments-not = If you do not get the help you need, tell the chair. You can also [complain](page:complaints).

guide-help-to-take-part-interpreter-heading = What if I need an interpreter?
guide-help-to-take-part-interpreter-text = You can have a professional [interpreter](glossary:interpreter) at the meeting, for free. Your family and children should not be asked to interpret.
guide-help-to-take-part-interpreter-tell = Tell your social worker early, so there is time to arrange it. Say which language and dialect you speak.
guide-help-to-take-part-interpreter-different = You can ask for a different interpreter if you need one. For example, you might want someone of a particular gender. Or you might want someone with no link to your community.
guide-help-to-take-part-interpreter-translated = You can also ask for the reports and minutes to be translated, or read to you in your language.

guide-help-to-take-part-welsh-heading = Can the conference be in Welsh?
guide-help-to-take-part-welsh-text = Yes. In Wales, you can ask for the conference to be held in Welsh. Services should offer Welsh without you having to ask.
guide-help-to-take-part-welsh-papers = The minutes are written in the language of the conference. You can ask for them in the other language if you prefer. You can ask for letters and papers in Welsh too.
guide-help-to-take-part-welsh-tell = Tell your social worker or the [conference coordinator](glossary:conference-coordinator) which language you want to use.


## Page: practical-questions

guide-practical-questions-title = Practical questions: what to bring, travel and recording
guide-practical-questions-summary = What to bring, getting there, time off work, running late, babies, and recording the meeting.

guide-practical-questions-bring-heading = What should I bring?
guide-practical-questions-bring-text = It can help to bring:
guide-practical-questions-bring-letter = your invitation, with the time, the place and a phone number
guide-practical-questions-bring-reports = the reports, with your notes on them
guide-practical-questions-bring-report = your own report or notes, if you wrote some
guide-practical-questions-bring-questions = your questions, written down
guide-practical-questions-bring-pen = a pen and paper, to write down what is said
guide-practical-questions-bring-needs = a drink, and any medicine you may need
guide-practical-questions-bring-private = Keep your papers with you, and take them home afterwards. They are private.

guide-practical-questions-travel-heading = What if I cannot afford to get there?
guide-practical-questions-travel-text = Tell your social worker as early as you can. They may be able to help with travel.
guide-practical-questions-travel-online = You can also ask if you can join by video or phone.

guide-practical-questions-work-heading = What about time off work?
guide-practical-questions-work-text = If you work, ask for time off as soon as you know the date. A conference can take a few hours, so ask for a whole morning or afternoon.
guide-practical-questions-work-change = If the date is very hard for you, tell your social worker straight away. It may be possible to change it, but not always.

guide-practical-questions-late-heading = What if I am running late?
guide-practical-questions-late-text = Phone the number on your invitation and say when you will get there. The meeting usually starts on time, so try to arrive early.
guide-practical-questions-late-missed = If you miss part of the meeting, ask the chair to tell you what was said.

guide-practical-questions-baby-heading = Can I bring my baby?
guide-practical-questions-baby-text = Babies and young children do not usually come to the meeting. Arrange childcare if you can.
guide-practical-questions-baby-ask = If you have a young baby, for example one you are breastfeeding, ask the chair before the day. The chair decides what is possible.
guide-practical-questions-baby-help = If childcare is hard to arrange, tell your social worker. They may be able to help.

guide-practical-questions-record-heading = Can I record the meeting?
guide-practical-questions-record-text = Ask the chair before the day if you want to record the meeting. Do not record without asking. Each area has its own rules about recording.
guide-practical-questions-record-notes = You can always write your own notes. You will also get the [minutes](glossary:minutes), which are the written record.
guide-practical-questions-record-share = Never share a recording or the papers online. They are private, and sharing them could harm your child's privacy.


## Page: on-the-day

guide-on-the-day-title = What happens on the day?
guide-on-the-day-summary = How the meeting runs, step by step, and what you can do if it feels hard.

guide-on-the-day-before-heading = What happens before it starts?
guide-on-the-day-before-text = The [chair](glossary:independent-chair) usually meets you first. They explain how the meeting will run and check you have seen the reports. [Read more about meeting the chair](page:before-the-conference).

guide-on-the-day-order-heading = What happens in the meeting?
guide-on-the-day-order-text = Every conference is a little different. Most follow an order like this:
guide-on-the-day-step-register = The chair writes down who is there.
guide-on-the-day-step-arrangements = The chair explains things like fire exits, toilets and breaks.
guide-on-the-day-step-introductions = Everyone says who they are and why they are there.
guide-on-the-day-step-details = The chair checks your family's details. In some places, these are written on a board at the front.
guide-on-the-day-step-purpose = The chair explains what the meeting is for and how it will run.
guide-on-the-day-step-social-worker = The [social worker](glossary:social-worker) explains what led to the conference.
guide-on-the-day-step-reports = Each professional gives the main points of their report. This includes your family's strengths and the risks they see.
guide-on-the-day-step-you = You are asked what you think. You can say what you agree with and what you do not.
guide-on-the-day-step-summary = The chair sums up what is working well, what people are worried about, and what needs to happen.
guide-on-the-day-step-decision = Each professional says whether they think your child needs a { $nation ->
        [wales] [care and support protection plan](glossary:care-and-support-protection-plan)
       *[england] [child protection plan](glossary:child-protection-plan)
    }. Then the decision is made and explained to you.
guide-on-the-day-step-plan = If there is a plan, the meeting agrees its outline. It also agrees who will be in the [core group](glossary:core-group), and when the first review will be.
guide-on-the-day-step-no-plan = If there is no plan, the meeting talks about other help for your family.
guide-on-the-day-clear = By the end, you should know what needs to change, if anything. If you are not sure, ask the chair before you leave.
guide-on-the-day-views = You will be asked for your views all through the meeting, not only at one point. If you want to speak, let the chair know.
guide-on-the-day-written = If you have written down what you want to say, you can read it out. Or you can ask for it to be shared.

guide-on-the-day-length-heading = How long will it take?
guide-on-the-day-length-text = It varies. Many conferences take around two hours, and some take longer. Ask the chair how long yours is likely to be.

guide-on-the-day-breaks-heading = Can I have a break?
guide-on-the-day-breaks-text = Yes. Tell the chair if you need a short break. You can also ask for time to talk in private with your [solicitor](glossary:solicitor) or supporter. The meeting usually stops while you do.

guide-on-the-day-leave-heading = Could I be asked to leave the room?
guide-on-the-day-leave-text = You will usually be there for most of the meeting. But the chair may ask you to leave for a short time, then invite you back.
guide-on-the-day-leave-why = Professionals sometimes need time on their own to share and think about key information. They may also need legal advice.
guide-on-the-day-leave-reasons = The chair may ask a parent or family member to leave for a while. In rare cases, they may ask someone not to come. This can happen when:
guide-on-the-day-leave-child-interest = there are good reasons to think that person being there would not be good for the child
guide-on-the-day-leave-violence = there is a risk of violence at the meeting
guide-on-the-day-leave-child-wish = the child does not want that person there
guide-on-the-day-leave-family-info = private information about another family member must be shared, and others should not hear it
guide-on-the-day-leave-ex-partner = a parent does not want to be in the room with an ex-partner, and the chair agrees
guide-on-the-day-leave-referrer = the information would show who made the [referral](glossary:referral)
guide-on-the-day-leave-law = the law, or professional rules, say the information must not be shared with you
guide-on-the-day-leave-investigation = an investigation, such as by the police, is still going on, and sharing information could harm it
guide-on-the-day-leave-after = You will still be told the decision. [Read how your views can still be heard](page:if-you-cannot-go).
guide-on-the-day-leave-safety = If you are worried about your safety at the meeting, tell the chair before the day. The chair can plan for this, for example by hearing from people separately.

guide-on-the-day-upset-heading = What if I get upset?
guide-on-the-day-upset-text = It is normal to feel upset, angry or scared. The people at the meeting know this.
guide-on-the-day-upset-try = If it gets too much, you can:
guide-on-the-day-upset-break = ask for a break
guide-on-the-day-upset-repeat = ask for a question to be said again, more slowly
guide-on-the-day-upset-explain = ask the chair to explain a word
guide-on-the-day-upset-supporter = ask your supporter to help you
guide-on-the-day-upset-notes = look at your notes
guide-on-the-day-upset-ok = Taking a break is fine. It can help you say what you want to say.

guide-on-the-day-signs-heading = What is Signs of Safety?
guide-on-the-day-signs-text = Some councils use a way of working called [Signs of Safety](glossary:signs-of-safety). It keeps the focus on your child and their safety. It also means working together with your family.
guide-on-the-day-signs-questions = In these meetings, people often talk about three questions:
guide-on-the-day-signs-well = What is working well?
guide-on-the-day-signs-worried = What are we worried about?
guide-on-the-day-signs-happen = What needs to happen?
guide-on-the-day-signs-plan = The plan may be called a safety plan. It sets up a safety network: people around your child who help keep them safe. Everyone agrees some rules that the family and the network will stick to.
guide-on-the-day-signs-ask = Your social worker can tell you if { $council } works this way.


## Page: the-decision

guide-the-decision-title = What can the conference decide?
guide-the-decision-summary = Whether your child needs a plan, what that means, and what you can do if you disagree.

guide-the-decision-outcomes-heading = What are the possible decisions?
guide-the-decision-outcomes-text = The conference decides whether your child is still at risk of [significant harm](glossary:significant-harm). There are two possible decisions:
guide-the-decision-outcomes-plan = Your child needs a { $nation ->
        [wales] [care and support protection plan](glossary:care-and-support-protection-plan)
       *[england] [child protection plan](glossary:child-protection-plan)
    }.
guide-the-decision-outcomes-no-plan = Your child does not need a { $nation ->
        [wales] care and support protection plan
       *[england] child protection plan
    }. Your family may still be offered help, or there may be no further action.
guide-the-decision-wales-register = In Wales, a child with a [care and support protection plan](glossary:care-and-support-protection-plan) goes on the [child protection register](glossary:child-protection-register). Their name comes off when the plan ends.
guide-the-decision-england-register = You may hear people say a child is "on the register" or on the "at risk register". In England, this means the child has a child protection plan.

guide-the-decision-categories-heading = What kinds of harm are there?
guide-the-decision-categories-text = If your child needs a plan, the conference says what kind of harm it is worried about. This is called the [category](glossary:category-of-harm).
guide-the-decision-categories-list = { $nation ->
    [wales] In Wales, there are five categories:
   *[england] In England, there are four categories:
}
guide-the-decision-categories-physical = [physical abuse](glossary:physical-abuse)
guide-the-decision-categories-emotional = { $nation ->
    [wales] [emotional or psychological abuse](glossary:emotional-abuse)
   *[england] [emotional abuse](glossary:emotional-abuse)
}
guide-the-decision-categories-sexual = [sexual abuse](glossary:sexual-abuse)
guide-the-decision-categories-financial = [financial abuse](glossary:financial-abuse)
guide-the-decision-categories-neglect = [neglect](glossary:neglect)
guide-the-decision-categories-more = Your child may be in more than one category. The [chair](glossary:independent-chair) should explain why each one was chosen.
guide-the-decision-categories-wales = In Wales, this is called the category of registration. You can complain if the procedures were not followed and that affected it. [Read about complaints](page:complaints).

guide-the-decision-plan-heading = What is a { $nation ->
        [wales] care and support protection plan
       *[england] child protection plan
    }?
guide-the-decision-plan-text = It is a plan to keep your child safe. It lists what needs to happen, who will do it, and by when.
guide-the-decision-plan-should = The plan should:
guide-the-decision-plan-likely = look at how likely it is that your child will be harmed, and how to protect them
guide-the-decision-plan-aims = set short-term and long-term goals, to lower the risk and help your child's wellbeing
guide-the-decision-plan-who = make clear who is responsible for each thing
guide-the-decision-plan-check = say how everyone will check progress
guide-the-decision-plan-shared = Some actions are for you. Others are for professionals. Everyone helps to make the plan.
guide-the-decision-plan-outline = The conference agrees an outline. The detail is worked out later by the [core group](glossary:core-group). [Read what happens next](page:after-the-conference).

guide-the-decision-no-plan-heading = What if my child does not need a plan?
guide-the-decision-no-plan-text = There may be no further action. Or the meeting may find help that would be good for your child and family.
guide-the-decision-no-plan-cin = { $nation ->
    [wales] In Wales, this help may be set out in a [care and support plan](glossary:care-and-support-plan).
   *[england] This help may be set out in a [Child in Need plan](glossary:child-in-need-plan), sometimes called a CIN plan.
}
guide-the-decision-no-plan-meet = Now and then, the professionals will meet you to talk about how it is going. The plan is looked at again regularly.

guide-the-decision-disagree-heading = What if I do not agree?
guide-the-decision-disagree-text = You can say at the meeting that you disagree. Ask for your views to be written in the [minutes](glossary:minutes).
guide-the-decision-disagree-recorded = Disagreeing does not stop the plan. But your views will be on record, and you can [complain](page:complaints) later.
guide-the-decision-disagree-work = It usually helps your child if you keep working with professionals while a complaint is looked at.

guide-the-decision-key-worker-heading = Who will be my main contact?
guide-the-decision-key-worker-text = { $nation ->
    [wales] If there is a plan, the conference names the [social worker](glossary:social-worker) who will co-ordinate it. This person is your [key worker](glossary:key-worker).
   *[england] If there is a plan, the conference names a lead [social worker](glossary:social-worker). Some councils now say lead practitioner. This person is your [key worker](glossary:key-worker).
}
guide-the-decision-key-worker-job = Your key worker makes sure the plan happens. They lead the core group and keep in touch with you.


## Page: after-the-conference

guide-after-the-conference-title = What happens after the conference?
guide-after-the-conference-summary = The written record, the core group, visits, review meetings and how a plan ends.

guide-after-the-conference-minutes-heading = Will I get a written record of the meeting?
guide-after-the-conference-minutes-text = Yes. You will be sent the [minutes](glossary:minutes). They sum up the main things that were said and decided.
guide-after-the-conference-minutes-timing = { $council } should send them to you within { $minutes-days ->
        [one] [{ $minutes-days } working day](glossary:working-days)
       *[other] [{ $minutes-days } working days](glossary:working-days)
    } of the conference.
guide-after-the-conference-minutes-letter = The [chair](glossary:independent-chair) may also write to you to confirm the decisions and recommendations.
guide-after-the-conference-minutes-confidential = Some parts may be left out of your copy if they are [confidential](glossary:confidential).
guide-after-the-conference-minutes-wrong = Read the minutes. If something is wrong, tell the chair in writing. { $nation ->
        [wales] In Wales, send your comments within 10 [working days](glossary:working-days) of getting the minutes.
       *[england] Do this as soon as you can. Your council will tell you if there is a time limit.
    }
guide-after-the-conference-minutes-keep = Keep the minutes somewhere safe and private. [Read more about putting mistakes right](page:your-records).
guide-after-the-conference-core-group-heading = What is the core group?
guide-after-the-conference-core-group-text = If your child has a { $nation ->
        [wales] [care and support protection plan](glossary:care-and-support-protection-plan)
       *[england] [child protection plan](glossary:child-protection-plan)
    }, a small group works on it with you. This is called the [core group](glossary:core-group).

guide-after-the-conference-core-group-job = Its job is to make sure the plan happens, and to check how things are going.
guide-after-the-conference-core-group-members = The core group is likely to include:
guide-after-the-conference-core-group-you = you, and any other parents or carers
guide-after-the-conference-core-group-key-worker = your [key worker](glossary:key-worker), who is a social worker
guide-after-the-conference-core-group-school = a teacher or nursery worker
guide-after-the-conference-core-group-health = a health visitor or school nurse
guide-after-the-conference-core-group-others = other professionals who see your family often
guide-after-the-conference-core-group-child = your child, if they are old enough and understand enough

guide-after-the-conference-meetings-heading = When does the core group meet?
guide-after-the-conference-meetings-first = The date of the first meeting is agreed at the conference. It should be within { $core-group-days ->
        [one] { $core-group-days } working day
       *[other] { $core-group-days } working days
    } of the conference.
guide-after-the-conference-meetings-detail = At that first meeting, the group works out the plan in detail.
guide-after-the-conference-meetings-often = After that, the core group meets at least every { $core-group-weeks ->
        [one] week
       *[other] { $core-group-weeks } weeks
    }.
guide-after-the-conference-meetings-what = At each meeting, you look at the plan together. You talk about what has gone well and what still needs to happen.

guide-after-the-conference-plan-heading = What will the plan say?
guide-after-the-conference-plan-text = The plan says:
guide-after-the-conference-plan-what = what needs to be done
guide-after-the-conference-plan-who = who will do it
guide-after-the-conference-plan-where = where it will happen
guide-after-the-conference-plan-when = when it needs to be done by
guide-after-the-conference-plan-ask = If you do not understand something in the plan, ask. You should know what you are being asked to do.

guide-after-the-conference-visits-heading = Will the social worker visit?
guide-after-the-conference-visits-text = Yes. While your child has a plan, the social worker will visit your home to check how things are.
guide-after-the-conference-visits-kinds = Some visits will be arranged with you. Others may be [unannounced](glossary:unannounced-visit). This means the social worker comes without telling you first.
guide-after-the-conference-visits-child = They will usually want to see your child. Sometimes they will talk to your child alone.

guide-after-the-conference-reviews-heading = When is the next conference?
guide-after-the-conference-reviews-text = A [review conference](glossary:review-conference) looks at how the plan is going. It decides if your child still needs a plan.
guide-after-the-conference-reviews-first = The first review is held within { $first-review-months ->
        [one] { $first-review-months } month
       *[other] { $first-review-months } months
    } of the [initial conference](glossary:initial-conference).
guide-after-the-conference-reviews-later = After that, there is a review at least every { $later-review-months ->
        [one] month
       *[other] { $later-review-months } months
    } while your child has a plan.
guide-after-the-conference-reviews-reports = You should get the reports { $reports-review-days ->
        [one] { $reports-review-days } working day
       *[other] { $reports-review-days } working days
    } before each review.

guide-after-the-conference-ending-heading = When does a plan end?
guide-after-the-conference-ending-text = A plan ends when:
guide-after-the-conference-ending-safe = a review conference decides your child is no longer at risk of [significant harm](glossary:significant-harm)
guide-after-the-conference-ending-moved = your family moves for good to another council area, and the new council takes over
guide-after-the-conference-ending-eighteen = your child turns 18 (there should be a review near their birthday, when the plan can end)
guide-after-the-conference-ending-abroad = your child leaves the UK for good
guide-after-the-conference-ending-died = Very sadly, a plan also ends if a child dies.
guide-after-the-conference-ending-wales = In Wales, your child's name comes off the [child protection register](glossary:child-protection-register) when the plan ends.
guide-after-the-conference-ending-support = When a plan ends, you may still be offered some help.

guide-after-the-conference-how-long-heading = How long do plans usually last?
guide-after-the-conference-how-long-text = Most plans last no more than two years. By then, things have usually changed enough for the child to be safe.
guide-after-the-conference-how-long-court = In a small number of families, things do not get better. Then the council may ask a court to get involved. [Read what happens if things do not get better](page:if-things-do-not-improve).

guide-after-the-conference-moving-heading = What if we move to a new area?
guide-after-the-conference-moving-text = Tell your social worker before you move.
guide-after-the-conference-moving-transfer = If you move for good to another council area, the new council should hold a [transfer-in conference](glossary:transfer-in-conference). This should be within 15 [working days](glossary:working-days) of it hearing about the move. It will decide if your child still needs a plan.

guide-after-the-conference-feedback-heading = Can I say what I thought of the conference?
guide-after-the-conference-feedback-text = Many councils ask parents and children what they thought of their conference. This might be a form or an online survey. You can ask for help to fill it in.
guide-after-the-conference-feedback-private = Your answers are kept private and help to make services better. Any published results will not show who you are.


## Page: if-things-do-not-improve

guide-if-things-do-not-improve-title = What if things do not get better?
guide-if-things-do-not-improve-summary = Back-up plans, the stage before court, the letter before proceedings, and how to get legal help quickly.

guide-if-things-do-not-improve-review-heading = What happens if the plan is not working?
guide-if-things-do-not-improve-review-text = The [core group](glossary:core-group) and the review conferences check how the plan is going. If things are not changing, they should tell you what still worries them.
guide-if-things-do-not-improve-review-help = Ask what would help. The plan can change, and you can ask for different support.
guide-if-things-do-not-improve-contingency = Some plans have a [contingency plan](glossary:contingency-plan). This is a back-up plan. It says what will happen if things get worse, or if the main plan does not work.
guide-if-things-do-not-improve-contingency-ask = Ask your social worker if your child's plan has one, and what it says.

guide-if-things-do-not-improve-pre-heading = What is the pre-proceedings stage?
guide-if-things-do-not-improve-pre-text = The council may start to think about asking a court to decide about your child. If so, it usually starts the [pre-proceedings](glossary:pre-proceedings) stage first.
guide-if-things-do-not-improve-pre-letter = You will get a [letter before proceedings](glossary:letter-before-proceedings). Some people call it a PLO letter. PLO stands for Public Law Outline, the rules for these cases.
guide-if-things-do-not-improve-pre-says = The letter says what the council is worried about and what needs to change. It invites you to a meeting with the council.
guide-if-things-do-not-improve-pre-chance = This is a chance to make changes and avoid going to court. Go to the meeting, and take a solicitor with you.
guide-if-things-do-not-improve-pre-emergency = In an emergency, the council can go to court without this stage.

guide-if-things-do-not-improve-legal-heading = Can I get free legal help?
guide-if-things-do-not-improve-legal-text = Yes. If you are a parent or have parental responsibility, legal aid pays for a solicitor at this stage. It does not matter what you earn.
guide-if-things-do-not-improve-legal-fast = Contact a solicitor who specialises in children law as soon as you get the letter. [Read how to find one](page:bringing-someone).

guide-if-things-do-not-improve-family-heading = Can my family help?
guide-if-things-do-not-improve-family-text = Yes. The council should look at who in your family and friends could help. A [family group conference](glossary:family-group-conference) is one way to make a family plan.
guide-if-things-do-not-improve-family-care = A child may not be able to stay at home safely. Then the council should think first about family or friends who could care for them.

guide-if-things-do-not-improve-court-heading = What if the council goes to court?
guide-if-things-do-not-improve-court-text = This is called [care proceedings](glossary:care-proceedings). The court decides, not the council.
guide-if-things-do-not-improve-court-aid = Parents, and anyone with parental responsibility, get legal aid for care proceedings, whatever their income.
guide-if-things-do-not-improve-court-keep = Keep going to meetings and working with professionals if you can. It shows what you are doing for your child.


## Page: if-you-cannot-go

guide-if-you-cannot-go-title = What if I cannot go, or am not invited?
guide-if-you-cannot-go-summary = How your views can still be heard if you miss all or part of the meeting.
guide-if-you-cannot-go-why-heading = Why should I go if I can?
guide-if-you-cannot-go-why-text = You are a very important part of the conference. If you go, you hear the worries for yourself. You can give your side and help shape what happens.
guide-if-you-cannot-go-why-hard = Going may feel too hard, or you may not want to go. If so, talk to your [social worker](glossary:social-worker). They may be able to make it easier for you.
guide-if-you-cannot-go-cannot-heading = What if I cannot go?
guide-if-you-cannot-go-cannot-text = Tell your social worker as soon as you can. You can still have your say. You could:
guide-if-you-cannot-go-cannot-letter = write a letter to the [chair](glossary:independent-chair) or the [conference coordinator](glossary:conference-coordinator), and ask for it to be shared
guide-if-you-cannot-go-cannot-report = send in your written views, if you have written them down
guide-if-you-cannot-go-cannot-social-worker = tell your social worker your views, so they can go in their report
guide-if-you-cannot-go-cannot-chair = ask to speak to the chair before the meeting
guide-if-you-cannot-go-cannot-online = ask if you can join by phone or video

guide-if-you-cannot-go-not-invited-heading = What if I am not invited?
guide-if-you-cannot-go-not-invited-text = In rare cases, the chair decides a parent should not come. This might be because the chair thinks the meeting could not work properly with that parent there. [What happens on the day](page:on-the-day) gives the other reasons.
guide-if-you-cannot-go-not-invited-views = Your views still count. You can write a letter, or ask to meet the chair on your own.

guide-if-you-cannot-go-part-heading = What if I am asked to leave for part of it?
guide-if-you-cannot-go-part-text = You will usually be asked back in when that part is over. You will not hear the private information, but you will still be told the decision.

guide-if-you-cannot-go-decision-heading = How will I find out what was decided?
guide-if-you-cannot-go-decision-text = If you are there, you will hear the decision at the meeting. If you were not there, or only for part of it:
guide-if-you-cannot-go-decision-chair = the chair may tell you the decision at the end of the meeting
guide-if-you-cannot-go-decision-contact = or someone from the conference, often your social worker, will contact or visit you to tell you
guide-if-you-cannot-go-decision-letter = The chair should also write to you to confirm the decisions. You will get the [minutes](glossary:minutes), apart from any [confidential](glossary:confidential) parts.


## Page: confidentiality

guide-confidentiality-title = Who will know about this?
guide-confidentiality-summary = What is shared, who sees it, and how private information is protected.

guide-confidentiality-why-heading = Why is information about my family shared?
guide-confidentiality-why-text = At the conference, professionals share information about you and your family. They do this to understand your child's safety and wellbeing, and to work out how to help.

guide-confidentiality-who-heading = Who sees the information?
guide-confidentiality-who-text = Everything shared is [confidential](glossary:confidential). Only people who need to know are told, so they can help you and your child.
guide-confidentiality-who-reminder = The [chair](glossary:independent-chair) will remind everyone at the meeting that it is confidential.
guide-confidentiality-who-minutes = The [minutes](glossary:minutes) are confidential too. They go to you and to the professionals who need them.
guide-confidentiality-who-supporter = If you bring someone with you, they will hear private things. So choose someone you trust.
guide-confidentiality-who-care = Be careful who you show the reports and minutes to. Keep them somewhere safe.

guide-confidentiality-past-heading = What about my past?
guide-confidentiality-past-text = Most things about your past are private to you. They should not need to be shared.
guide-confidentiality-past-risk = It is different if an adult in the family has a conviction for a crime against a child. It is also different if an adult is thought to be a risk to children.
guide-confidentiality-past-risk-told = Then the other parent or carer will usually be told, so they can keep the child safe. The [social worker](glossary:social-worker) would usually talk to the person first.
guide-confidentiality-past-tell = You may not want your partner to know something about your past. If so, tell the professional working with you. Do this before the conference.

guide-confidentiality-address-heading = What if someone must not know where I live?
guide-confidentiality-address-text = Your address or phone number may need to be kept secret from someone at the meeting. This might be an ex-partner. If so, tell the chair before the conference starts.
guide-confidentiality-referrer-heading = Can I find out who made the referral?
guide-confidentiality-referrer-text = A member of the public can ask for their name to be kept secret. Then you will not be told. If a professional made the [referral](glossary:referral), you can usually be told who it was.

guide-confidentiality-leave-heading = Why might I be asked to leave the room?
guide-confidentiality-leave-text = Sometimes private information about someone else must be shared, such as another family member. Or the police may have information they cannot share with you yet. Then the chair may ask you to step out for a short time. [Read more](page:on-the-day).


## Page: what-to-expect

guide-what-to-expect-title = What can I expect from professionals?
guide-what-to-expect-summary = How professionals should treat you, and what they will ask of you.

guide-what-to-expect-from-them-heading = How should professionals treat me?
guide-what-to-expect-from-them-text = Professionals want to work with you and your family. You should expect to:
guide-what-to-expect-from-them-listened = be listened to
guide-what-to-expect-from-them-respect = be treated with respect, whatever your race, disability, gender, age, religion or sexual orientation
guide-what-to-expect-from-them-honest = be told honestly what the worries are, and what needs to change for them to get smaller
guide-what-to-expect-from-them-explained = have things explained in words you understand
guide-what-to-expect-from-them-involved = be kept up to date, and involved in decisions
guide-what-to-expect-from-them-reports = get the reports { $reports-initial-days ->
        [one] [{ $reports-initial-days } working day](glossary:working-days)
       *[other] [{ $reports-initial-days } working days](glossary:working-days)
    } before an [initial conference](glossary:initial-conference), and { $reports-review-days ->
        [one] { $reports-review-days } working day
       *[other] { $reports-review-days } working days
    } before a review
guide-what-to-expect-from-them-minutes = get the [minutes](glossary:minutes) within { $minutes-days ->
        [one] { $minutes-days } working day
       *[other] { $minutes-days } working days
    } of the conference
guide-what-to-expect-from-them-help = get the help you were offered, in the time that was agreed
guide-what-to-expect-from-them-reliable = see professionals do what they say they will do
guide-what-to-expect-from-them-interpreter = have an [interpreter](glossary:interpreter) if you need one
guide-what-to-expect-from-them-private = have your private information kept [confidential](glossary:confidential)
guide-what-to-expect-from-them-tell = If you feel this is not happening, tell your [social worker](glossary:social-worker) or the [chair](glossary:independent-chair). You can also [complain](page:complaints).
guide-what-to-expect-from-you-heading = What will professionals expect from me?
guide-what-to-expect-from-you-text = Professionals will ask you to:
guide-what-to-expect-from-you-work = work with them to keep your child safe
guide-what-to-expect-from-you-meetings = come to meetings, or tell them if you cannot
guide-what-to-expect-from-you-plan = do the things in the plan that are for you
guide-what-to-expect-from-you-see = let them see your child, including at home
guide-what-to-expect-from-you-honest = be honest with them, and tell them if things change
guide-what-to-expect-from-you-ask = tell them when you do not understand something
guide-what-to-expect-from-you-perfect = Nobody expects you to be perfect. They want to see things getting better for your child.

guide-what-to-expect-why-heading = Why do they work this way?
guide-what-to-expect-why-text = Their first job is to keep children safe. They try to do this by working with parents.
guide-what-to-expect-why-better = In their experience, working closely with families leads to better results for everyone.


## Page: your-records

guide-your-records-title = Seeing your file and putting mistakes right
guide-your-records-summary = How to get mistakes in reports and minutes corrected, and how to see what the council has written about you.

guide-your-records-reports-heading = What if a report is wrong?
guide-your-records-reports-text = Read the reports as soon as you get them. Mark anything that is wrong, missing or unfair.
guide-your-records-reports-before = Tell the person who wrote the report, or your social worker, before the meeting. Ask them to correct facts that are wrong.
guide-your-records-reports-chair = You can also tell the [chair](glossary:independent-chair) at the start of the meeting. Ask for your view to be written in the [minutes](glossary:minutes).
guide-your-records-reports-opinion = A report may give a professional's opinion that you disagree with. They may not change it, but your view should be recorded too.

guide-your-records-minutes-heading = What if the minutes are wrong?
guide-your-records-minutes-text = Read the minutes when they arrive. If something is wrong, write to the chair and say what should be changed.
guide-your-records-minutes-time = { $nation ->
    [wales] In Wales, send your comments within 10 [working days](glossary:working-days) of getting the minutes.
   *[england] Do this as soon as you can. Your council will tell you if there is a time limit.
}
guide-your-records-minutes-keep = Keep a copy of what you send. If the minutes are not changed, ask for your comments to be kept with them.

guide-your-records-file-heading = Can I see my file?
guide-your-records-file-text = Yes. You can ask the council for a copy of the information it holds about you. This is called a [subject access request](glossary:subject-access-request).
guide-your-records-file-how = Write to the council, or use the form on its website. Say what you want, for example your records from children's services.
guide-your-records-file-time = The council usually has one month to reply. It is usually free.
guide-your-records-file-hidden = Some parts may be blacked out. This can be information about other people, or information that could put someone at risk.
guide-your-records-file-child = If you have parental responsibility, you can usually ask for your child's records too. An older child may be asked if they agree.
guide-your-records-file-correct = If your personal information is wrong, you can ask the council to correct it. This is your right under data protection law.
guide-your-records-file-ico = If you are unhappy with the council's answer, you can complain to the Information Commissioner's Office.


## Page: complaints

guide-complaints-title = What if I disagree or am unhappy?
guide-complaints-summary = How to challenge the way the conference was run, or what it decided. And who can look at it after the council.

guide-complaints-meeting-heading = What can I do at the meeting?
guide-complaints-meeting-text = If you disagree, say so at the meeting. Ask for your views to be written in the [minutes](glossary:minutes).
guide-complaints-meeting-report = Before the meeting, you can write down why you disagree. The chair can read it, and it can go with the minutes.

guide-complaints-first-heading = Who should I talk to first?
guide-complaints-first-text = Talk to the [chair](glossary:independent-chair) or your [social worker](glossary:social-worker). They can talk it through with you. They can also give you a copy of the complaints procedure.
guide-complaints-first-sorted = Some problems can be sorted out this way.

guide-complaints-conference-heading = Can I complain about the conference?
guide-complaints-conference-text = { $nation ->
    [wales] Yes. In Wales, the [Wales Safeguarding Procedures](glossary:wales-safeguarding-procedures) say what you can complain about.
   *[england] Yes. In England, each council has its own procedure for complaints about conferences.
}

guide-complaints-conference-writing = Put your complaint in writing if you can. Your council will tell you who to send it to.

guide-complaints-wales-process = You can complain about how the conference was run, for example if the procedures were not followed.
guide-complaints-wales-decision = You can also complain about the decision to put your child on the [child protection register](glossary:child-protection-register), or to remove them. But only if the procedures were not followed, and that affected the decision.
guide-complaints-wales-category = The same is true for the [category of registration](glossary:category-of-harm), which is the kind of harm recorded.
guide-complaints-wales-start = To start a complaint, talk to your child's social worker or the chair. They can tell you who to write to.

guide-complaints-england-text = { $conference-decisions ->
    [can-be-challenged] At { $council }, you can ask for a conference decision to be looked at again. You can also complain about how the conference was run.
    [process-only] At { $council }, you can complain about how the conference was run. A complaint cannot ask for the decision itself to be looked at again.
   *[not-set] Some councils let you challenge a conference decision. Others only look at how the conference was run. Ask { $council } what its procedure allows.
}
guide-complaints-england-ask = Your social worker or the chair can give you a copy of the procedure.

guide-complaints-change-heading = Will a complaint change the decision?
guide-complaints-change-text = Not by itself. The decision stands, and the plan carries on, while your complaint is looked at.
guide-complaints-change-outcome = If your complaint is upheld, there may be a new conference with a different chair. Or the next review conference may be held sooner.

guide-complaints-services-heading = What if I am unhappy with children's services?
guide-complaints-services-text = You can complain about how [children's services](glossary:children-services) have acted, for example if you were not treated with respect. Write down what happened and what you want to change.

guide-complaints-professional-heading = What if I am unhappy with one professional?
guide-complaints-professional-text = Each service, such as a school, hospital or the police, has its own complaints procedure. Ask them for the details.

guide-complaints-time-heading = Is there a time limit?
guide-complaints-time-text = Complaints often have time limits. Try to complain as soon as you can. Your council will tell you its time limits.

guide-complaints-still-heading = What if I am still unhappy?
guide-complaints-still-text = You may still be unhappy after the council's complaints process. Then you can ask an [ombudsman](glossary:ombudsman) to look at it. This is free.
guide-complaints-still-who = { $nation ->
    [wales] In Wales, this is the Public Services Ombudsman for Wales. Its website is ombudsman.wales.
   *[england] In England, this is the Local Government and Social Care Ombudsman. Its website is lgo.org.uk.
}
guide-complaints-still-first = The ombudsman usually expects you to complain to the council first, and to give it time to answer.
guide-complaints-still-advice = You can also get [legal advice](page:bringing-someone) at any time.

guide-complaints-contacts = The council's complaints link is on the [help and contacts](page:help-and-contacts) page.


## Page: glossary

guide-glossary-title = Words and what they mean
guide-glossary-summary = Plain meanings of words you may hear before, during and after the conference.

glossary-advocate-term = Advocate
glossary-advocate-definition = Someone who helps you, or your child, say what you think and makes sure you are listened to. It can be a trained worker, or a supporter you choose.

glossary-care-and-support-protection-plan-term = Care and support protection plan
glossary-care-and-support-protection-plan-definition = The name used in Wales for a plan to keep a child safe from significant harm. A child with this plan has their name on the child protection register.

glossary-care-and-support-plan-term = Care and support plan
glossary-care-and-support-plan-definition = In Wales, a plan of help for a child and family who need care and support. It is made under the Social Services and Well-being (Wales) Act 2014.

glossary-care-proceedings-term = Care proceedings
glossary-care-proceedings-definition = A court case where the council asks a judge to decide about a child's care. It is separate from a conference.

glossary-category-of-harm-term = Category of harm
glossary-category-of-harm-definition = { $nation ->
    [wales] The kind of harm the conference is worried about. In Wales, it is called the category of registration. There are five: physical, emotional or psychological, sexual and financial abuse, and neglect.
   *[england] The kind of harm the conference is worried about. In England, there are four: physical abuse, emotional abuse, sexual abuse and neglect.
}

glossary-child-in-need-plan-term = Child in Need plan
glossary-child-in-need-plan-definition = In England, a plan of help for a child and family. It may be made when a child does not need a child protection plan. In Wales, a care and support plan does a similar job.

glossary-child-protection-conference-term = Child protection conference
glossary-child-protection-conference-definition = A formal meeting of parents, professionals and sometimes the child. It looks at the worries and decides if the child needs a plan to keep them safe.

glossary-child-protection-plan-term = Child protection plan
glossary-child-protection-plan-definition = A written plan to keep a child safe from significant harm. It says what needs to happen, who will do it, and by when.

glossary-child-protection-register-term = Child protection register
glossary-child-protection-register-definition = In Wales, the list of children who have a care and support protection plan. In England, people may say "on the register" to mean a child has a child protection plan.

glossary-children-services-term = Children's services
glossary-children-services-definition = The part of the council that helps keep children safe and supports families. Social workers work there.

glossary-conference-coordinator-term = Conference coordinator
glossary-conference-coordinator-definition = A council worker who arranges conferences. They send out the invitations and papers. Some councils use another name for this job.

glossary-confidential-term = Confidential
glossary-confidential-definition = Private. Confidential information is only shared with people who need to know it.


glossary-core-group-term = Core group
glossary-core-group-definition = A small group, including you, that meets often. It carries out the plan and checks how it is going.

glossary-contingency-plan-term = Contingency plan
glossary-contingency-plan-definition = A back-up plan. It says what will happen if the main plan does not work, or if things change.

glossary-emotional-abuse-term = { $nation ->
    [wales] Emotional or psychological abuse
   *[england] Emotional abuse
}
glossary-emotional-abuse-definition = Harm to how a child feels, for example being often frightened, ignored or made to feel worthless. It can include seeing or hearing violence at home.

glossary-family-group-conference-term = Family group conference
glossary-family-group-conference-definition = A meeting where your family and friends make their own plan to help keep a child safe. An independent coordinator helps to set it up.

glossary-financial-abuse-term = Financial abuse
glossary-financial-abuse-definition = In Wales, one of the categories of harm. It means taking or misusing a child's money or belongings, for example selling their things.

glossary-hybrid-meeting-term = Hybrid meeting
glossary-hybrid-meeting-definition = A meeting where some people are in the room and others join by video.

glossary-independent-chair-term = Independent chair
glossary-independent-chair-definition = The person who runs the conference. This is usually a senior manager from the council who has no part in running your child's case. They make sure the meeting is fair.

glossary-independent-reviewing-officer-term = Independent Reviewing Officer
glossary-independent-reviewing-officer-definition = A council officer whose legal job is to check the plans of children in care. Some councils also ask these officers to chair conferences.

glossary-initial-conference-term = Initial conference
glossary-initial-conference-definition = The first child protection conference about a child. It is held after Section 47 enquiries.

glossary-interpreter-term = Interpreter
glossary-interpreter-definition = Someone who says in your language what others say, and says in English what you say. You do not pay for this.

glossary-key-worker-term = Key worker
glossary-key-worker-definition = { $nation ->
    [wales] The social worker who co-ordinates the plan and is your main contact. In Wales, they are called the care and support protection plan co-ordinator.
   *[england] The social worker who leads the plan and is your main contact. In England, they are called the lead social worker. Some councils now say lead practitioner.
}

glossary-legal-aid-term = Legal aid
glossary-legal-aid-definition = Government money to pay for legal help, for people who qualify. You usually need to pass a means test and a merits test. After a letter before proceedings, parents get it whatever their income.

glossary-letter-before-proceedings-term = Letter before proceedings
glossary-letter-before-proceedings-definition = A letter from the council saying it is thinking about going to court. It says what must change, and invites you to a meeting. Some people call it a PLO letter.

glossary-minutes-term = Minutes
glossary-minutes-definition = The written record of a meeting. They sum up the main things said and the decisions made.

glossary-neglect-term = Neglect
glossary-neglect-definition = When a child's basic needs are not met again and again. Needs include food, warmth, safety, health care and love.

glossary-ombudsman-term = Ombudsman
glossary-ombudsman-definition = An independent office that looks into complaints about public services, for free. { $nation ->
    [wales] In Wales, it is the Public Services Ombudsman for Wales.
   *[england] In England, complaints about councils go to the Local Government and Social Care Ombudsman.
}

glossary-parental-responsibility-term = Parental responsibility
glossary-parental-responsibility-definition = The legal rights and duties a parent has for a child. The birth mother has it, unless it ended by adoption, or by a parental order after surrogacy. Many fathers, and some other people, have it too.

glossary-physical-abuse-term = Physical abuse
glossary-physical-abuse-definition = Hurting a child's body, for example by hitting, shaking, burning or poisoning.

glossary-pre-birth-conference-term = Pre-birth conference
glossary-pre-birth-conference-definition = A child protection conference held before a baby is born. It plans how to keep the baby safe after the birth.

glossary-pre-proceedings-term = Pre-proceedings
glossary-pre-proceedings-definition = The stage before the council asks a court to decide about a child. It starts with a letter before proceedings, which says what must change.

glossary-probation-officer-term = Probation officer
glossary-probation-officer-definition = Someone who supervises a person serving a sentence in the community, or after they leave prison.


glossary-referral-term = Referral
glossary-referral-definition = When someone tells children's services they are worried about a child.

glossary-reasonable-adjustments-term = Reasonable adjustments
glossary-reasonable-adjustments-definition = Changes that services must make so disabled people can use them. The Equality Act 2010 says this. Examples are a ramp, a hearing loop or easy-read papers.

glossary-review-conference-term = Review conference
glossary-review-conference-definition = A later conference that checks how the plan is going. It decides if the child still needs a plan.

glossary-section-47-enquiry-term = Section 47 enquiry
glossary-section-47-enquiry-definition = Checks that children's services must make, by law, when a child may be at risk of significant harm. The name comes from Section 47 of the Children Act 1989.

glossary-sexual-abuse-term = Sexual abuse
glossary-sexual-abuse-definition = Making or encouraging a child to take part in sexual acts, or to look at sexual things. It can happen online too.

glossary-significant-harm-term = Significant harm
glossary-significant-harm-definition = Harm that is serious enough to make a real difference to a child's health or development. It can be harm that has happened, or that may happen.

glossary-signs-of-safety-term = Signs of Safety
glossary-signs-of-safety-definition = A way of working that some councils use. It asks what is working well, what people are worried about, and what needs to happen.

glossary-social-services-wellbeing-act-term = Social Services and Well-being (Wales) Act 2014
glossary-social-services-wellbeing-act-definition = The main law about social services in Wales, including keeping children safe. It is one reason why Wales uses some different words.

glossary-social-worker-term = Social worker
glossary-social-worker-definition = A trained professional who works with children and families. Your child's social worker leads the work to keep your child safe.

glossary-solicitor-term = Solicitor
glossary-solicitor-definition = A lawyer who can give you legal advice. At a conference, a solicitor is there to support you, not to speak for you.

glossary-strategy-discussion-term = Strategy discussion
glossary-strategy-discussion-definition = A talk between children's services, the police, health services and others, when they are worried about a child. They decide whether to start Section 47 enquiries. Parents do not usually take part.

glossary-subject-access-request-term = Subject access request
glossary-subject-access-request-definition = A request to see the personal information an organisation holds about you. Councils usually have to answer within one month. It is usually free.

glossary-transfer-in-conference-term = Transfer-in conference
glossary-transfer-in-conference-definition = A conference held by a new council when a child with a plan moves there for good. It should happen within 15 working days of the new council hearing about the move.

glossary-unannounced-visit-term = Unannounced visit
glossary-unannounced-visit-definition = A visit to your home by a professional, without telling you first.

glossary-wales-safeguarding-procedures-term = Wales Safeguarding Procedures
glossary-wales-safeguarding-procedures-definition = The steps every service in Wales follows to protect children and adults at risk. They include how conferences work.

glossary-working-days-term = Working days
glossary-working-days-definition = Monday to Friday. Weekends and bank holidays do not count.

glossary-working-together-term = Working Together to Safeguard Children
glossary-working-together-definition = The government's guidance in England about how services should work together to keep children safe. The Department for Education publishes it. The latest version is from 2023.

glossary-working-together-to-safeguard-people-term = Working Together to Safeguard People
glossary-working-together-to-safeguard-people-definition = The Welsh Government's guidance about keeping children and adults safe. It goes with the Social Services and Well-being (Wales) Act 2014.
## Page: help-and-contacts

guide-help-and-contacts-title = Help and contacts
guide-help-and-contacts-summary = How to contact { $council }, how long things take, and where else to get help.
guide-help-and-contacts-danger = If you or your child are in danger right now, call 999.

guide-help-and-contacts-council-heading = How do I contact the council?
guide-help-and-contacts-council-text = Your [social worker](glossary:social-worker) is usually the first person to contact. These are the contact details for { $council }, including how to complain.

guide-help-and-contacts-timescales-heading = How long do things take?
guide-help-and-contacts-timescales-text = These are the times { $council } works to. [Working days](glossary:working-days) are Monday to Friday, not counting bank holidays.

guide-help-and-contacts-support-heading = Where else can I get help?
guide-help-and-contacts-support-text = There are other kinds of help. Your social worker, GP or health visitor can tell you what is near you.
guide-help-and-contacts-support-advocacy = Advocacy for parents: someone who helps you understand what is happening and say what you think.
guide-help-and-contacts-support-child-advocacy = Advocacy for children: someone who helps your child have a say.
guide-help-and-contacts-support-abuse = Domestic abuse services: free, private help if someone is hurting or frightening you.
guide-help-and-contacts-support-health = Your GP: help with your own health and how you are coping.

guide-help-and-contacts-national-heading = Which national services can help?
guide-help-and-contacts-national-text = These services can help. We checked each one's details on its own website.
guide-help-and-contacts-national-frg = Family Rights Group: free, private advice for families in England involved with children's services. Call 0808 801 0366, Monday to Friday, 9.30am to 3pm.
guide-help-and-contacts-national-coram = Coram Child Law Advice: advice and information about child and family law in England, at childlawadvice.org.uk.
guide-help-and-contacts-national-childline = Childline, for children and young people: they can call 0800 1111 at any time.
guide-help-and-contacts-national-citizens-advice = Citizens Advice: information about child protection conferences and complaints, at citizensadvice.org.uk.
guide-help-and-contacts-national-solicitor = The Law Society's "Find a Solicitor" website: search for a solicitor who specialises in children law.
guide-help-and-contacts-national-ombudsman = { $nation ->
    [wales] The Public Services Ombudsman for Wales: for complaints the council has not put right, at ombudsman.wales.
   *[england] The Local Government and Social Care Ombudsman: for complaints the council has not put right, at lgo.org.uk.
}

guide-help-and-contacts-format-heading = What if I need this in another language or format?
guide-help-and-contacts-format-text = Ask the council for information in your language, in easy-read, or as a recording. If you cannot read this, and nobody can read it to you, contact the council. The details are above.
guide-help-and-contacts-yourself-heading = How can I look after myself?
guide-help-and-contacts-yourself-text = This is a hard time. Talk to someone you trust. If you are struggling to cope, talk to your GP.
guide-help-and-contacts-yourself-urgent = If you feel you might harm yourself, call 999 or go to a hospital emergency department.


## Page: staying-safe-online

guide-staying-safe-online-title = Staying safe online
guide-staying-safe-online-summary = How to keep your reading private if someone else might see your phone or computer.

guide-staying-safe-online-danger = If you are in danger right now, call 999.

guide-staying-safe-online-exit-heading = How do I leave this website quickly?
guide-staying-safe-online-exit-text = Press the "Exit this page" button. It takes you to another website straight away.
guide-staying-safe-online-exit-shift = On a keyboard, you can also press the Shift key three times. This only works when your browser runs JavaScript. Most phones have no Shift key, so use the button.
guide-staying-safe-online-exit-history = The button clears the words in your report before it leaves. It does not clear your history. Someone who presses Back may still see which pages of this website you opened. Back can also offer to send your report's words again, and then show them. To stop this, close the tab after you leave. The next part explains how to clear your history.

guide-staying-safe-online-history-heading = Can someone see which pages I looked at?
guide-staying-safe-online-history-text = Your browser keeps a list of the pages you visit. This is called your history. You can delete pages from it in your browser's settings.
guide-staying-safe-online-history-some = Deleting all your history might look unusual to someone who checks. You could delete only the pages from this website.
guide-staying-safe-online-history-private = Private browsing stops your browser saving your history on this device. Some browsers call it incognito mode.

guide-staying-safe-online-shared-heading = What if I share a phone or tablet?
guide-staying-safe-online-shared-text = Other people may see your history, your open tabs or your downloads. Close the tab when you have finished.
guide-staying-safe-online-shared-tabs = Some browsers open your old tabs again when they start. Check your tabs are closed.
guide-staying-safe-online-shared-accounts = If you share an email or other account, someone else may see messages about the conference.

guide-staying-safe-online-downloads-heading = What about files I save?
guide-staying-safe-online-downloads-text = If you save a PDF of your report, it may go into your Downloads folder. Others who use the device might find it there.
guide-staying-safe-online-downloads-delete = When you no longer need a file, delete it. Check the Downloads folder and any recycle bin.
guide-staying-safe-online-downloads-photos = Screenshots and photos of letters are saved in your photos. Delete them if you need to.

guide-staying-safe-online-shoulder-heading = What if someone can see my screen?
guide-staying-safe-online-shoulder-text = Try to read somewhere private. Turn your screen away from others, or make it darker.


## Page: accessibility

guide-accessibility-title = Accessibility statement
guide-accessibility-summary = How easy this website is to use, what does not work well yet, and how to report a problem.

guide-accessibility-intro-heading = Who runs this website?
guide-accessibility-intro-text = This website is run by { $council }. We want as many people as possible to be able to use it.
guide-accessibility-intro-can = For example, you should be able to:
guide-accessibility-can-zoom = zoom in up to 400% without the text spilling off the screen
guide-accessibility-can-phone = read every page on a small phone screen
guide-accessibility-can-no-script = use every page with JavaScript turned off
guide-accessibility-can-exit = leave quickly with the "Exit this page" button, or by pressing the Shift key 3 times
guide-accessibility-intro-plain = We have also made the words as simple as we can.

guide-accessibility-status-heading = How accessible is this website?
guide-accessibility-status-text = This website partly meets the Web Content Accessibility Guidelines (WCAG), version 2.2, level AA. The problems are listed below.

guide-accessibility-known-heading = What does not work well yet?
guide-accessibility-known-pdf = The PDF of your report is tagged, so screen readers can read it in order. It has not been tried with every screen reader. The "Check your report" page shows the same words.
guide-accessibility-known-language = The guide is in English, Welsh, Polish and Somali, and every page is also in easy read. Our team translated the Welsh, Polish and Somali pages, and a qualified translator is still checking them.
guide-accessibility-known-welsh = Until the Welsh pages have been checked, the English page is the one to rely on. You can still ask for your conference and its papers in Welsh.

guide-accessibility-tested-heading = How was this website tested?
guide-accessibility-tested-text = Every page is checked by an automated tool against WCAG 2.2 level AA. We also check that every page fits a screen 320 pixels wide, and works without JavaScript.
guide-accessibility-tested-not = It has not yet been checked by disabled people or by an accessibility expert.
guide-accessibility-tested-date = This statement was prepared in December 2026. It should be reviewed every year.

guide-accessibility-report-heading = How do I report a problem?
guide-accessibility-report-text = If you find a problem, or need information in another format, contact { $council }. The details are on the [help and contacts](page:help-and-contacts) page.
guide-accessibility-report-what = Tell us which page it was and what went wrong.

guide-accessibility-enforce-heading = What if I am not happy with the reply?
guide-accessibility-enforce-text = The Equality and Human Rights Commission (EHRC) makes sure public websites follow the accessibility rules.
guide-accessibility-enforce-rules = These rules are the Public Sector Bodies Accessibility Regulations 2018.
guide-accessibility-enforce-eass = If you are not happy with how we answer your complaint, contact the Equality Advisory and Support Service (EASS).

# Helping a child give their views (for advocates, parents and carers)
guide-helping-a-child-title = Helping a child give their views
guide-helping-a-child-summary = How to use “My views” with a child, how to ask without leading, and what happens to what they say.
guide-helping-a-child-intro = [My views](page:child-views) lets a child put their views into words for the conference. You can sit with them and help, on a phone, tablet or computer. It works one small step at a time.
guide-helping-a-child-using-heading = Using it with a child
guide-helping-a-child-using-quiet = Find a quiet, private place and enough time. Half an hour is often plenty.
guide-helping-a-child-using-explain = Tell the child what the meeting is for, and that their views matter. Say that they do not have to answer everything.
guide-helping-a-child-using-houses = Go through the three houses: good things, worries and dreams. Younger children can tap pictures instead of writing.
guide-helping-a-child-using-breaks = Stop for a break if the child gets upset or tired. Nothing is kept, so download the PDF before you stop for long.
guide-helping-a-child-using-check = Read it all back on the last page. Let the child change anything they want.
guide-helping-a-child-asking-heading = Asking without leading
guide-helping-a-child-asking-open = Ask open questions, like “What is good at home?” rather than “Is home good?”.
guide-helping-a-child-asking-words = Write down the child's own words, even if they are not how you would say it. Do not tidy them up.
guide-helping-a-child-asking-silence = Give them time to think. A quiet moment is fine.
guide-helping-a-child-asking-no-answer = It is fine for a child to skip a question or say “I don't know”.
guide-helping-a-child-asking-feelings = Keep your own views out of it. If you want to add something, tell the chair yourself.
guide-helping-a-child-happens-heading = What happens to the child's views
guide-helping-a-child-happens-text = You can download the views as a PDF, or send them to the conference chair. The PDF says who wrote the words down and how.
guide-helping-a-child-happens-nothing-kept = This website keeps nothing. It does not save the words or the drawing.
guide-helping-a-child-happens-shared = The chair may share the views with everyone at the conference, including the child's parents. Tell the child this before they start.
guide-helping-a-child-advocate-heading = The child's right to an advocate
guide-helping-a-child-advocate-text = Many children can have an advocate. An advocate is someone independent who helps a child say what they think. They can speak for the child at the meeting.
guide-helping-a-child-advocate-ask = Ask the social worker or the conference chair how to get one.
guide-helping-a-child-worried-heading = If a child tells you something worrying
guide-helping-a-child-worried-text = If a child says they are being hurt or are not safe, do not keep it to yourself. Tell the social worker or the police. In an emergency, call 999.
guide-helping-a-child-start = [Start “My views” with the child](page:child-views)

# If you feel unsafe now (linked from every screen of "My views")
guide-feeling-unsafe-title = If you feel unsafe now
guide-feeling-unsafe-summary = What to do if you feel unsafe or scared right now.
guide-feeling-unsafe-danger = If you are in danger now, call 999.
guide-feeling-unsafe-childline = You can talk to Childline about anything. Call 0800 1111, any time, day or night. It is free.
guide-feeling-unsafe-adult = Tell a grown-up you trust. This could be a teacher, your advocate, your social worker or someone in your family.
guide-feeling-unsafe-not-your-fault = It is never your fault if someone hurts you.
guide-feeling-unsafe-back = To leave this website quickly, use Exit this page.

guide-your-childs-part-views-tool = Your child can also use [My views](page:child-views) to write or pick pictures about what they think. You or an advocate can help. Read [how to help a child give their views](page:helping-a-child).
guide-start-here-more-child-views = [My views: for your child to fill in](page:child-views)
