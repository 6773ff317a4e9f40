# The parent's conference report: the form, check your answers, and the PDF.
# English is the source language.

report-nav-link = Write your report for the conference
report-title = Write down what you want the conference to hear
report-easy-read-guide = Easy read, with pictures: [writing your views for the meeting](easy:writing-your-views).
report-lead = Many parents find it hard to say everything they mean on the day. Writing it down first helps. At the end, you can download your report as a PDF to print or bring with you. Or we can email it to the conference chair for you.
report-description = Write down what you want your child protection conference to hear. Then download it as a PDF, or have it sent to the conference chair.
report-shared-with-conference = Everyone at the conference may read your report. This can include a partner or ex-partner. Do not write an address or phone number you want to keep private.
report-nothing-saved = This website does not save what you write. If you close this page or leave it for a long time, your words will be lost. Keep this page open until you have your PDF.
report-shared-device = If other people use this phone or computer, the PDF you download may stay in its downloads folder. [Staying safe online](page:staying-safe-online) explains how to remove it.
report-write-what-you-can = You do not have to answer every question. Write as much or as little as you like, in your own words. You need to write something in at least one of: strengths, worries, support, or next steps.

report-section-about = About you and your child
report-section-about-intro = This tells the conference who wrote the report.
report-section-strengths = Strengths
report-section-strengths-intro = What is good in your family. Conferences look at strengths as well as worries.
report-section-worries = Worries
report-section-worries-intro = What you think about the worries that have been raised.
report-section-support = Support you need
report-section-support-intro = Help that would make a real difference to you and your child.
report-section-next-steps = Next steps
report-section-next-steps-intro = What you would like to happen after the conference.
report-section-taking-part = Taking part in the conference
report-section-taking-part-intro = Questions you want to ask, and help you need to take part. This part is optional.

report-parent-name-label = Your name
report-parent-name-hint = As you would like it written on your report.
report-relationship-label = Your relationship to the child or children
report-relationship-hint = For example, mum, dad, grandparent, carer.
report-children-label = The child or children this report is about
report-children-hint = Their first names are enough.
report-date-legend = Date of the conference
report-date-hint = For example, 27 3 2027. It is on your invitation letter.
# A question a person may skip, on the questions page: its label, then the word "optional".
form-optional-label = { $label } (optional)
form-date-day = Day
form-date-month = Month
form-date-year = Year

report-going-well-label = What is going well for your child?
report-going-well-hint = For example, school, health, friendships, routines, things your child enjoys.
report-family-does-well-label = What does your family do well?
report-family-does-well-hint = For example, how you care for your child, people who help you, changes you have already made.
report-needs-to-change-label = What do you think needs to change so your child is safe and well?
report-needs-to-change-hint = Say what you agree with, in your own words.
report-disagree-with-label = Is there anything in the worries or reports that you disagree with, or think is wrong?
report-disagree-with-hint = Say what it is, and why. The conference should hear your side.
report-help-needed-label = What help would make a difference?
report-help-needed-hint = For example, help with housing, money, health, parenting, childcare, or someone to talk to.
report-how-help-would-work-label = How would that help you and your child?
report-how-help-would-work-hint = Say what would be different if you had it.
report-what-should-happen-label = What would you like to happen after the conference?
report-what-should-happen-hint = For example, what the plan should include, or what you hope the conference decides.
report-who-could-do-what-label = What could you, your family and the professionals each do?
report-who-could-do-what-hint = Say who could do what, and by when, if you can.
report-questions-label = Questions you want to ask at the conference
report-questions-hint = Writing them down means you will not forget them on the day.
report-attending-label = Are you planning to go to the conference?
report-attending-yes = Yes
report-attending-no = No
report-attending-not-sure = I am not sure yet
report-help-legend = Help you need to take part
report-help-legend-hint = Tick all that apply.
report-need-interpreter-label = An interpreter
report-interpreter-language-label = Which language?
report-need-advocate-label = An advocate (someone to help you say what you think)
report-need-access-help-label = Help with access, for example a ramp, a hearing loop, or breaks
report-help-to-take-part-label = Anything else that would help you take part
report-help-to-take-part-hint = For example, easy-read papers, extra time to read, or meeting the chair before.

## Your dates, added to the report (worked out as on the "Work out your dates" page)
report-section-dates = Your dates
report-section-dates-intro = We can work out what should happen by when after the conference, from its date. The dates go at the end of your report, so you and the chair see the same dates. This part is optional.
report-kind-label = Which conference is it?
report-kind-initial = The first conference (an initial conference)
report-kind-review = A review conference
report-dates-legend = Add your dates to the report
report-dates-legend-hint = We need the date of the conference, in the first part of this form, and which conference it is.
report-include-dates-label = Yes, add the dates to the end of my report
report-error-dates-need-date = Enter the date of the conference, so we can work out your dates
report-error-dates-need-kind = Choose which conference it is, so we can work out your dates

form-limit-hint = You can write up to { $max } characters.
form-count-left = Characters left
form-count-over = Characters over the limit

report-continue = Continue to check your answers

form-error-title-prefix = Error:
report-error-summary-title = There is a problem
form-error-prefix = Error:
report-error-parent-name-missing = Enter your name
report-error-children-missing = Enter the name of the child or children this report is about
report-error-nothing-written = Write something in at least one of: strengths, worries, support you need, or next steps
form-error-too-long = “{ $label }” must be { $max } characters or fewer. You have { $over } too many, so shorten it a little. Your words are still here.
report-error-date-incomplete = The date of the conference must have a day, a month and a year
report-error-date-invalid = The date of the conference must be a real date, for example 27 3 2027 or 27 March 2027
report-error-date-year = Enter the year of the conference with 4 numbers, for example 2027
form-error-choice-unknown = Choose one of the answers shown

check-title = Check your report
check-lead = Read your report through. You can change any part of it before you download it.
check-change = Change
check-not-answered = Not answered
check-yes = Yes
# $form is the form's address: "report" for the parent's report, "child-views" for a child's views.
check-download-heading = { $form ->
    [child-views] Download the views
   *[other] Download your report
}
check-download-text = { $form ->
    [child-views] The views will download as a PDF file. You can print them, take them to the meeting, or send them to the conference chair. Nothing is kept on this website.
   *[other] Your report will download as a PDF file. You can print it, bring it to the conference, or send it to the conference chair. Nothing is kept on this website.
}
check-download-button = Download PDF
check-unprintable-heading = Some characters will not print
check-unprintable-text = The PDF cannot show some characters, so each one will appear as { $marker } instead. If they matter, you could write them in words.
check-unprintable-in = In “{ $label }”: { $characters }

pdf-title = Parent's report for the child protection conference
pdf-council = Council
pdf-conference-date = Date of the conference
pdf-written-by = Written by
pdf-relationship = Relationship to the child
pdf-about = About
pdf-footer = Confidential
# The running header on every page after the first, after the report's title.
pdf-running-header-date = Conference on { $date }
pdf-running-header-reference = Reference { $reference }
pdf-page-number = Page {"{"}page{"}"} of {"{"}pages{"}"}
pdf-date-not-given = Not given
pdf-help-needed = Help needed to take part
pdf-file-name = conference-report
pdf-dates-heading = Dates worked out from the conference date
pdf-dates-how = How these dates were worked out
pdf-dates-intro = Worked out from the timescales of { $council }. A date that starts with "by" is the latest day it should happen. Weekends and bank holidays are not counted as working days.

check-send-heading = Or send it to the conference chair
check-send-text-hidden-address = We can email your report as a PDF to the conference chair at { $council }. The chair leads the conference and shares reports with the people who will be there.
check-send-text-shown-address = We can email your report as a PDF to the conference chair at { $council }, at { $address }. The chair leads the conference and shares reports with the people who will be there.
check-send-privacy = Nothing is kept on this website after it is sent.
check-send-button = Send to the conference chair
check-honeypot-label = Leave this box empty

send-problem-try-later-title = Your report has not been sent yet
send-problem-try-later-text = We could not get through to the council's email system just now. Nothing you wrote is lost: it is all still on this page. You can try sending it again in a few minutes, or download the PDF now and send it yourself.
send-problem-cannot-send-title = We could not send your report
send-problem-cannot-send-text = The council's email system did not take it. Nothing you wrote is lost: it is all still on this page. Please download the PDF now and send it yourself.
send-problem-too-many-title = Please wait before you send again
send-problem-too-many-text = Several reports have been sent from your internet connection in the last hour. So this website is waiting before it sends more. Nothing you wrote is lost: it is all still on this page. Download the PDF now and send it yourself, or try again later.
send-problem-pdf-too-many-title = Please wait a minute
send-problem-pdf-too-many-text = Many PDFs have been made from your internet connection in the last minute. Wait a minute, then press “Download PDF” again. Nothing you wrote is lost: it is all still on this page.
send-problem-pdf-failed-title = We could not make your PDF
send-problem-pdf-failed-text = Something went wrong on our side. Nothing you wrote is lost: it is all still on this page. Please try again in a few minutes.
send-problem-reference = If you phone the council about this, you can give them this reference: { $reference }
send-yourself-heading = How to send it yourself
send-yourself-download = Download the PDF with the button on this page and keep it on your phone.
send-yourself-email-chair = Email it to the conference chair at { $address }.
send-yourself-social-worker = Send it to your social worker and ask them to give it to the conference chair.
send-yourself-bring = Or print it, or keep it on your phone, and bring it with you to the conference.
send-yourself-phone = If you are not sure it got there, phone { $council } on { $conference-phone }.

sent-title = { $form ->
    [child-views] The views have been sent
   *[other] Your report has been sent
}
sent-reference = Your reference is
sent-next-heading = What happens next
sent-next-chair = { $form ->
    [child-views] The conference chair at { $council } will get the views by email, as a PDF. They will read them before the meeting and share them with the people who will be there.
   *[other] The conference chair at { $council } will get your report by email, as a PDF. They will read it before the conference and share it with the people who will be there.
}
sent-next-keep = { $form ->
    [child-views] Keep the reference. If you phone { $council } on { $conference-phone }, give them the reference. It helps them find the views.
   *[other] Keep your reference. If you phone { $council } on { $conference-phone }, give them the reference. It helps them find your report.
}
sent-next-not-kept = { $form ->
    [child-views] The views are not kept on this website. If you want a copy, download it now.
   *[other] Your report is not kept on this website. If you want your own copy, download it now.
}
sent-copy-button = Download your own copy (PDF)
sent-next-safety = If other people use this phone, close this page when you have finished.

mail-sender-name = Report service
mail-subject = Conference report – reference { $reference }
mail-body =
    Hello,

    { $form ->
        [child-views] A child's views for their conference are attached. The child wrote them on our website, or someone helping them did, and asked us to send them to you. The PDF says who wrote them down. It is a PDF file.
       *[other] A parent wrote the attached report for their conference on our website and asked us to send it to you. It is a PDF file.
    }

    Reference: { $reference }

    Nobody reads replies to this address. { $form ->
        [child-views] The views are not kept on the website: this email is the only copy we sent.
       *[other] The report is not kept on the website: this email is the only copy we sent.
    }

# The PDF's language, said in the email when it is not English: $language is the code of the
# language the parent wrote in (its PDF has each heading in English underneath).
mail-written-in = { $form ->
        [child-views] The views are written in
       *[other] The report is written in
    } { $language ->
        [cy] Welsh
        [pl] Polish
        [so] Somali
       *[other] English
    }, with each heading in English as well.

## A form's PDF or send address opened from the history or a saved tab
form-address-title = Nothing was sent
form-address-nothing-sent = This address only works from the buttons on the form. Opening it again did not send anything or make a PDF.
form-address-not-kept = This website does not keep what you write, so it cannot show your words again. If you sent your report before, the conference chair already has it.
