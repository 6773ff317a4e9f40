# "Your dates": the conference date in, every date that follows out, and a calendar file.
# $date is a whole date with its weekday ("Tuesday 3 March 2026"); $date_on is the same date
# after "on" in a sentence (date-long-weekday-on: "on Tuesday 3 March 2026"). The timescales come from
# the council's profile, like the guide's.

dates-nav-link = Work out your dates
dates-title = Work out your dates
dates-description = Type in the date of your child protection conference. See the dates that follow it, and put them in your calendar.
dates-lead = Type in the date of the conference. We will show you what should happen by when, in order.
dates-easy-read-guide = Easy read, with pictures: [what your dates mean](easy:dates).
dates-nothing-saved = This website does not keep the date you type. If someone else uses this phone, close the page when you have finished.
dates-section-heading = Your conference
dates-section-intro = The date is on the letter that invited you.
dates-date-legend = Date of the conference
dates-date-hint = For example, 5 3 2026.
dates-kind-label = Which conference is it?
dates-kind-initial = The first conference (an initial conference)
dates-kind-review = A review conference
dates-continue = Show my dates
dates-error-summary-title = There is a problem
dates-error-date-missing = Enter the date of the conference
dates-error-date-incomplete = The date of the conference must have a day, a month and a year
dates-error-date-invalid = The date of the conference must be a real date
dates-error-date-year = Write the year with four numbers, like 2026
dates-error-kind-missing = Choose which conference it is
dates-file-name = my-dates

dates-result-title = Your dates
dates-result-for-initial = For a first conference { $date_on }.
dates-result-for-review = For a review conference { $date_on }.
dates-result-by = A date that starts with "by" is the latest day it should happen. It can happen sooner.
dates-result-timescales = These dates use the timescales of { $council }. Weekends and bank holidays do not count as working days.
dates-result-none = We cannot work out dates that far ahead. Check the year of the conference.
dates-by = By { $date }
dates-on = On { $date }

dates-reports-what = You should have the reports
dates-reports-meaning = The social worker and others write reports for the conference. You should get to read them before it starts.
dates-reports-if-not = If you have not had them, ask your social worker or the conference chair. You can ask for more time to read them.
dates-chair-what = You can meet the chair first
dates-chair-meaning = The chair runs the conference. They should offer to see you before it starts, to explain what will happen.
dates-chair-if-not = If nobody offers this, ask the conference team when you arrive. You can bring someone to support you.
dates-conference-what = The conference
dates-conference-meaning = The meeting where everyone talks about your child's safety and decides what happens next.
dates-conference-if-not = If the date changes, you should get a new letter. If you cannot go, tell the conference team as soon as you can.
dates-first-core-group-what = The first core group meeting
dates-first-core-group-meaning = If your child has a plan, a small group meets to put it into action. You are part of that group.
dates-first-core-group-if-not = If you have heard nothing about it, ask your social worker when it will be.
dates-next-core-group-what = The next core group meeting
dates-next-core-group-meaning = { $core-group-weeks ->
    [one] While there is a plan, the core group should meet at least every week.
   *[other] While there is a plan, the core group should meet at least every { $core-group-weeks } weeks.
}
dates-next-core-group-if-not = If meetings stop, ask your social worker why. You can also tell the conference chair.
dates-minutes-what = You should have the minutes
dates-minutes-meaning = The minutes are the written record of the conference. Check that they say what was really said.
dates-minutes-if-not = If they have not come, ask the conference team. If something in them is wrong, write and say so.
dates-first-review-what = The first review conference
dates-first-review-meaning = If your child has a plan, a review conference looks at how it is going.
dates-first-review-if-not = If you have not had a letter about it, ask your social worker or the conference team.
dates-next-review-what = The next review conference
dates-next-review-meaning = { $later-review-months ->
    [one] If the plan is still needed, there is another review at least every month.
   *[other] If the plan is still needed, there is another review at least every { $later-review-months } months.
}
dates-next-review-if-not = If you have not heard about it, ask your social worker or the conference team.

dates-calendar-heading = Add to my calendar
dates-calendar-text = Download a calendar file with these dates. Most phones and computers open it in their calendar.
dates-calendar-named-label = Say what each date is for in the title
dates-calendar-named-hint = Phones often show calendar titles on the locked screen. If you leave this box unticked, the titles stay plain, like "Meeting".
dates-calendar-button = Download calendar file
dates-reports-plain-title = Papers to read
dates-reports-named-title = Conference reports due
dates-chair-plain-title = Arrive early for meeting
dates-chair-named-title = Meet the conference chair
dates-conference-plain-title = Meeting
dates-conference-named-title = Child protection conference
dates-core-group-plain-title = Follow-up meeting
dates-first-core-group-named-title = First core group meeting
dates-next-core-group-named-title = Core group meeting
dates-minutes-plain-title = Notes due
dates-minutes-named-title = Conference minutes due
dates-review-plain-title = Review meeting
dates-first-review-named-title = First review conference
dates-next-review-named-title = Next review conference
dates-report-heading = Add these dates to your report
dates-report-text = Your report for the conference can list these dates at the end, so you and the chair see the same dates. The button opens the report with this date filled in. If you have already started your report, go back to it instead. In its last part, tick "Yes, add the dates to the end of my report".
dates-report-button = Add the dates to my report
dates-print-heading = Print these dates
dates-print-text = Use your browser's print button. The printed page shows only the dates.
dates-change-button = Change the date
