# Words around the guide: header, footer, navigation, banners, error pages.
# English is the source language. Other languages copy these ids exactly; their files are
# drafts until a qualified translator has reviewed them, and say so at the top.

site-name = Child protection conference guide
language-name = English
language-picker-label = Language
skip-link = Skip to main content

exit-this-page = Exit this page
exit-this-page-hint = , to leave this site quickly
exit-this-page-hint-shortcut = , or press the Shift key 3 times, to leave this site quickly
exit-this-page-region = Leave this site quickly

example-banner-tag = Example
example-banner-text = This is a demonstration. The council, phone numbers and timescales are made up.

# At the top of every page that is not in English (never shown on English pages): the
# translations are drafts until a qualified translator has checked them.
translation-draft-notice = This page was translated by the team that runs this guide. A qualified translator is still checking it. If something is not clear, tell us: ring { $conference-phone } or ask your social worker.
translation-draft-english-link = Read this page in English

footer-heading = Support links
# On form pages, just above the footer's links: without script nothing warns before leaving.
form-step = Step { $step } of { $steps }
form-back = Back
form-leaving-loses-words = If you follow a link away from this page, what you have written here will be lost. This website does not keep it.
footer-staying-safe = Staying safe online
footer-help = Help and contacts
footer-glossary = Words explained
footer-accessibility = Accessibility statement
footer-council = This guide is provided by { $council }. It explains what usually happens. Your social worker or the conference chair can tell you what will happen for your family.
footer-privacy = This site does not keep what you read or write. Its only cookie remembers which language you chose.

pagination-label = Pages of this guide
pagination-previous = Previous
pagination-next = Next
contents-heading = All pages in this guide
contents-easy-read = Every page is also in easy read, with pictures: easy-read pages
contents-standard = Every page is also in a standard version: standard pages
twin-link-easy-read = Easy read
twin-link-standard = Standard version
easy-for-you-heading = What this means for you
guide-links-label = More from this guide
guide-links-all-pages = All pages
guide-links-report = Write your report

warning-prefix = Warning:

contacts-council = Council
contacts-children-services-phone = Children's services (office hours)
contacts-out-of-hours-phone = Out of hours (evenings, weekends, bank holidays)
contacts-conference-team-phone = Child protection conference team
contacts-conference-team-email = Conference team email
contacts-website = Council web page
contacts-complaints = How to complain
contacts-complaints-phone = Complaints phone
contacts-complaints-email = Complaints email

timescales-caption = { $council }: when things happen
timescales-column-what = What happens
timescales-column-when = When
timescales-reports-initial-what = You get the reports for a first (initial) conference
timescales-reports-initial-when = { $reports-initial-days ->
    [one] At least { $reports-initial-days } working day before it
   *[other] At least { $reports-initial-days } working days before it
}
timescales-reports-review-what = You get the reports for a review conference
timescales-reports-review-when = { $reports-review-days ->
    [one] At least { $reports-review-days } working day before it
   *[other] At least { $reports-review-days } working days before it
}
timescales-core-group-first-what = The first core group meeting
timescales-core-group-first-when = { $core-group-days ->
    [one] Within { $core-group-days } working day of the conference
   *[other] Within { $core-group-days } working days of the conference
}
timescales-core-group-every-what = Later core group meetings
timescales-core-group-every-when = { $core-group-weeks ->
    [one] At least every week
   *[other] At least every { $core-group-weeks } weeks
}
timescales-minutes-what = You get the minutes (the written record) of the conference
timescales-minutes-when = { $minutes-days ->
    [one] Within { $minutes-days } working day
   *[other] Within { $minutes-days } working days
}
timescales-first-review-what = The first review conference
timescales-first-review-when = { $first-review-months ->
    [one] Within { $first-review-months } month of the first conference
   *[other] Within { $first-review-months } months of the first conference
}
timescales-later-reviews-what = Later review conferences
timescales-later-reviews-when = { $later-review-months ->
    [one] At least every month while the plan lasts
   *[other] At least every { $later-review-months } months while the plan lasts
}

not-found-title = Page not found
not-found-text = We could not find that page. If you typed the address, check it is right. If you followed a link, the page may have moved.
not-found-start-link = Go to the start of the guide

server-error-title = Sorry, something went wrong
server-error-text = This is a problem with our website, not with anything you did. Please try again in a few minutes.

error-bad-form-title = Sorry, we could not read your answers
error-bad-form-text = Something went wrong with the form. Go back in your browser: your answers should still be there. Then try again.
error-cross-site-title = This form can only be sent from this website
error-cross-site-text = For your safety, we only accept answers sent from the pages of this guide. Go back to the guide and try again from there.
error-too-large-title = Sorry, that was too much for us to read
error-too-large-text = What was sent is bigger than any report can be. Go back in your browser: your answers should still be there. If an answer is very long, shorten it, then try again.
error-method-title = Sorry, this address does not work that way
error-method-text = This address is for a form, or for reading, but not for what your browser asked. Go to the start of the guide and try again from there.
error-timeout-title = Sorry, that took too long
error-timeout-text = Our website did not finish in time. Go back in your browser: your answers should still be there. Please try again in a few minutes.

# "3 December 2026". $month is the month-N message; $month_number (1 to 12) is there for
# languages whose month name changes after a day number (Polish genitive: "10 grudnia 2026").
date-long = { $day } { $month } { $year }
# "Thursday 3 December 2026": $weekday is a weekday-N message, $date is date-long.
# $weekday_number is 1 (Monday) to 7 (Sunday).
date-long-weekday = { $weekday } { $date }
# The same date after "on" in the middle of a sentence ("a first conference on Thursday 3
# December 2026"). Languages whose weekday changes after the word for "on" choose by
# $weekday_number: Welsh "ddydd Iau" (soft mutation), Polish "w czwartek", "we wtorek".
date-long-weekday-on = on { $weekday } { $date }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
