# A child's views: the three houses, one screen at a time, then check, PDF or send.
# English is the source language. Words for children aged about 7 to 15: short, warm, plain.

child-views-title = My views for the meeting
child-views-description = A child and the person helping them can write down the child's views for a child protection conference, one small step at a time, then print them or send them to the chair.
child-views-lead = There is going to be a meeting about you and your family. The people there want to know what you think. This is your chance to tell them, in your own words.
child-views-intro-helpers = If you are helping a child, read [how to help a child give their views](page:helping-a-child) first.
child-views-intro-nothing-saved = This website does not keep anything you write. When you close this page, your words are gone. Keep it open until you have your PDF.
child-views-error-summary = Something needs fixing
child-views-continue = Next
child-views-unsafe-link = If you feel unsafe now

child-views-who-heading = Who is filling this in?
child-views-who-intro = There is no wrong answer.
child-views-who-label = Who is writing?
child-views-who-child-alone = I am writing this on my own
child-views-who-with-helper = I am writing this with someone helping me
child-views-who-helper-wrote = A helper is writing down what the child says
child-views-error-who-missing = Choose who is writing

child-views-helper-heading = Who is helping?
child-views-helper-intro = Skip this step if nobody is helping.
child-views-helper-name-label = Helper's name
child-views-helper-name-hint = The name of the grown-up who is helping.
child-views-helper-role-label = The helper is
child-views-role-advocate = An advocate
child-views-role-parent = A mum, dad or other parent
child-views-role-carer = A carer or foster carer
child-views-role-social-worker = A social worker
child-views-role-other = Someone else

child-views-child-heading = About you
child-views-child-intro = So the people at the meeting know these are your words.
child-views-child-name-label = Your first name
child-views-child-age-label = How old are you?
child-views-child-age-hint = For example, 9.
child-views-error-child-name-missing = Write your first name

child-views-meeting-heading = When is the meeting?
child-views-meeting-intro = Skip this step if you do not know.
child-views-date-legend = Date of the meeting
child-views-date-hint = For example, 14 3 2026.
child-views-error-date-incomplete = Write the day, the month and the year of the meeting, or leave all three empty
child-views-error-date-invalid = That date does not exist. Check the day and the month
child-views-error-date-year = Write the year with four numbers, for example 2026

child-views-pictures-hint = Pick as many as you like, or none.

child-views-good-heading = My house of good things
child-views-good-intro = Think about the good things in your life. Big or small, they all count.
child-views-good-pictures-legend = What is good?
child-views-good-pictures-summary = Good things I picked
child-views-good-family = My family
child-views-good-friends = My friends
child-views-good-school = School
child-views-good-playing = Playing and having fun
child-views-good-home = My home
child-views-good-things-label = What is good in my life
child-views-good-things-hint = You can write as much or as little as you want.

child-views-helps-heading = My house of good things: who helps me
child-views-helps-intro = People who are kind to you, or who you can talk to.
child-views-who-helps-label = Who helps me
child-views-who-helps-hint = For example, a teacher, a friend, a grandparent.

child-views-likes-heading = My house of good things: what I like doing
child-views-likes-intro = Things that make you smile.
child-views-likes-doing-label = What I like doing
child-views-likes-doing-hint = For example, games, sport, drawing, music, animals.

child-views-worries-heading = My house of worries
child-views-worries-intro = It is OK to have worries. Telling someone can help.
child-views-worry-pictures-legend = How do I feel?
child-views-worry-pictures-summary = Feelings I picked
child-views-feel-worried = Worried
child-views-feel-sad = Sad
child-views-feel-scared = Scared
child-views-feel-angry = Angry
child-views-worries-label = What worries me
child-views-worries-hint = Anything that makes you feel bad, at home, at school or anywhere.

child-views-change-heading = My house of worries: what I wish would change
child-views-change-intro = If you could change one thing, or lots of things.
child-views-wish-change-label = What I wish would change
child-views-wish-change-hint = Write it just the way you would say it.

child-views-dreams-heading = My house of dreams
child-views-dreams-intro = Imagine things are just how you want them to be.
child-views-dream-pictures-legend = In my dream…
child-views-dream-pictures-summary = Dreams I picked
child-views-dream-happy = I feel happy
child-views-dream-safe = I feel safe
child-views-dream-together = My family gets on
child-views-dream-listened = People listen to me
child-views-dreams-label = How I would like things to be
child-views-dreams-hint = What would be different? Who would be there?

child-views-know-heading = What I want the meeting to know
child-views-know-intro = The grown-ups at the meeting will read this.
child-views-want-known-label = What I want the people at the meeting to know
child-views-want-known-hint = Anything at all that you think is important.
child-views-error-nothing-written = Pick or write something in one of the houses, or write something here

child-views-taking-part-heading = How I want to take part
child-views-taking-part-intro = You can choose. You can change your mind later, too.
child-views-take-part-label = How do you want to take part in the meeting?
child-views-take-part-go = I want to go to the meeting
child-views-take-part-some = I want to go for part of it
child-views-take-part-advocate = I want my advocate to speak for me
child-views-take-part-write = I want to write or draw something instead
child-views-take-part-not = I do not want to take part
child-views-who-with-me-label = Who would I like with me?
child-views-who-with-me-hint = A person you trust, like an advocate, a teacher or someone in your family.

child-views-check-title = Check your answers
child-views-check-lead = Read it all through together. You can change anything you like.
child-views-drawing-label = Add a photo of a drawing (optional)
child-views-drawing-hint = A JPEG or PNG photo, up to 5 MB. It goes in the PDF. We take out the hidden details a phone adds to a photo, like where it was taken.
child-views-drawing-heading = My drawing
child-views-drawing-description = A drawing by the child, added as a photo.
drawing-problem-title = The drawing could not be added
drawing-error-wrong-type = The file must be a photo in JPEG or PNG format. Choose another file, or leave it out
drawing-error-too-large = The file is bigger than 5 MB. Choose a smaller photo, or leave it out
drawing-error-too-many-pixels = The photo is too big to open. Take a new photo, or choose a smaller one
drawing-error-damaged = The file could not be opened. It may be damaged. Choose another file, or leave it out

child-views-pdf-title = My views for the conference
child-views-pdf-footer = A child's views for a child protection conference – the words are the child's own
child-views-pdf-child = Child
child-views-pdf-age = Age
child-views-pdf-how = How this was written
child-views-pdf-helper = Helper
child-views-pdf-helper-role = Helper's role
child-views-pdf-date = Date of the conference
child-views-pdf-date-missing = Not known yet
child-views-pdf-council = Council
child-views-file-name = my-views
child-views-mail-subject = A child's views for a child protection conference – reference { $reference }
