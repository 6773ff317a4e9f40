# Cyfieithiad Cymraeg, wedi'i ddrafftio gan dîm y prosiect (nid gan gyfieithydd cymwys eto). Mae cyfieithydd cymwys yn ei wirio. Dywedwch wrthym am unrhyw beth sy'n aneglur: gweler README.md, "Translations".
# Welsh translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Geiriau o gwmpas y canllaw: pennawd, troedyn, llywio, baneri, tudalennau gwall.

site-name = Canllaw i'r gynhadledd amddiffyn plant
language-name = Cymraeg
language-picker-label = Iaith
skip-link = Neidio i'r prif gynnwys

exit-this-page = Gadael y dudalen hon
exit-this-page-hint = , i adael y wefan hon yn gyflym
exit-this-page-hint-shortcut = , neu pwyswch y fysell Shift 3 gwaith, i adael y wefan hon yn gyflym
exit-this-page-region = Gadael y wefan hon yn gyflym

example-banner-tag = Enghraifft
example-banner-text = Gwefan enghreifftiol yw hon. Dydy'r cyngor, y rhifau ffôn a'r amserlenni ddim yn rhai go iawn.

# Ar frig pob tudalen nad yw yn Saesneg: mae'r cyfieithiadau'n ddrafftiau nes bydd cyfieithydd cymwys wedi'u gwirio.
translation-draft-notice = Tîm y canllaw hwn a gyfieithodd y dudalen hon. Mae cyfieithydd cymwys yn dal i'w gwirio. Os nad yw rhywbeth yn glir, dywedwch wrthym: ffoniwch { $conference-phone } neu gofynnwch i'ch gweithiwr cymdeithasol.
translation-draft-english-link = Darllen y dudalen hon yn Saesneg

footer-heading = Dolenni cymorth
# Ar dudalennau ffurflen, uwchben dolenni'r troedyn.
form-step = Cam { $step } o { $steps }
form-back = Yn ôl
form-leaving-loses-words = Os byddwch chi'n dilyn dolen sy'n mynd â chi oddi ar y dudalen hon, bydd yr hyn rydych chi wedi'i ysgrifennu yma yn cael ei golli. Dydy'r wefan hon ddim yn ei gadw.
footer-staying-safe = Cadw'n ddiogel ar-lein
footer-help = Help a chysylltiadau
footer-glossary = Esbonio geiriau
footer-accessibility = Datganiad hygyrchedd
footer-council = { $council } sy'n darparu'r canllaw hwn. Mae'n esbonio beth sy'n digwydd fel arfer. Gall eich gweithiwr cymdeithasol neu gadeirydd y gynhadledd ddweud wrthych chi beth fydd yn digwydd i'ch teulu chi.
footer-privacy = Dydy'r wefan hon ddim yn cadw'r hyn rydych chi'n ei ddarllen nac yn ei ysgrifennu. Mae'n defnyddio un cwci yn unig, i gofio pa iaith rydych chi wedi'i dewis.

pagination-label = Tudalennau'r canllaw hwn
pagination-previous = Blaenorol
pagination-next = Nesaf
contents-heading = Pob tudalen yn y canllaw hwn
contents-easy-read = Mae pob tudalen ar gael hefyd mewn fersiwn hawdd ei ddeall, gyda lluniau: tudalennau hawdd eu deall
contents-standard = Mae pob tudalen ar gael hefyd mewn fersiwn arferol: tudalennau arferol
twin-link-easy-read = Hawdd ei Ddeall
twin-link-standard = Fersiwn arferol
easy-for-you-heading = Beth mae hyn yn ei olygu i chi
guide-links-label = Mwy o'r canllaw hwn
guide-links-all-pages = Pob tudalen
guide-links-report = Ysgrifennu eich adroddiad

warning-prefix = Rhybudd:

contacts-council = Cyngor
contacts-children-services-phone = Gwasanaethau plant (oriau swyddfa)
contacts-out-of-hours-phone = Y tu allan i oriau swyddfa (gyda'r nos, penwythnosau, gwyliau banc)
contacts-conference-team-phone = Tîm y gynhadledd amddiffyn plant
contacts-conference-team-email = E-bost tîm y gynhadledd
contacts-website = Tudalen we'r cyngor
contacts-complaints = Sut i gwyno
contacts-complaints-phone = Ffôn cwynion
contacts-complaints-email = E-bost cwynion

timescales-caption = { $council }: pryd mae pethau'n digwydd
timescales-column-what = Beth sy'n digwydd
timescales-column-when = Pryd
timescales-reports-initial-what = Rydych chi'n cael yr adroddiadau ar gyfer cynhadledd gyntaf (gychwynnol)
timescales-reports-initial-when = { $reports-initial-days ->
    [zero] O leiaf { $reports-initial-days } diwrnod gwaith cyn y gynhadledd
    [one] O leiaf { $reports-initial-days } diwrnod gwaith cyn y gynhadledd
    [two] O leiaf { $reports-initial-days } ddiwrnod gwaith cyn y gynhadledd
    [few] O leiaf { $reports-initial-days } diwrnod gwaith cyn y gynhadledd
    [many] O leiaf { $reports-initial-days } diwrnod gwaith cyn y gynhadledd
   *[other] O leiaf { $reports-initial-days } diwrnod gwaith cyn y gynhadledd
}
timescales-reports-review-what = Rydych chi'n cael yr adroddiadau ar gyfer cynhadledd adolygu
timescales-reports-review-when = { $reports-review-days ->
    [zero] O leiaf { $reports-review-days } diwrnod gwaith cyn y gynhadledd
    [one] O leiaf { $reports-review-days } diwrnod gwaith cyn y gynhadledd
    [two] O leiaf { $reports-review-days } ddiwrnod gwaith cyn y gynhadledd
    [few] O leiaf { $reports-review-days } diwrnod gwaith cyn y gynhadledd
    [many] O leiaf { $reports-review-days } diwrnod gwaith cyn y gynhadledd
   *[other] O leiaf { $reports-review-days } diwrnod gwaith cyn y gynhadledd
}
timescales-core-group-first-what = Cyfarfod cyntaf y grŵp craidd
timescales-core-group-first-when = { $core-group-days ->
    [zero] O fewn { $core-group-days } diwrnod gwaith ar ôl y gynhadledd
    [one] O fewn { $core-group-days } diwrnod gwaith ar ôl y gynhadledd
    [two] O fewn { $core-group-days } ddiwrnod gwaith ar ôl y gynhadledd
    [few] O fewn { $core-group-days } diwrnod gwaith ar ôl y gynhadledd
    [many] O fewn { $core-group-days } diwrnod gwaith ar ôl y gynhadledd
   *[other] O fewn { $core-group-days } diwrnod gwaith ar ôl y gynhadledd
}
timescales-core-group-every-what = Cyfarfodydd y grŵp craidd wedi hynny
timescales-core-group-every-when = { $core-group-weeks ->
    [zero] O leiaf bob { $core-group-weeks } wythnos
    [one] O leiaf unwaith bob wythnos
    [two] O leiaf bob { $core-group-weeks } wythnos
    [few] O leiaf bob { $core-group-weeks } wythnos
    [many] O leiaf bob { $core-group-weeks } wythnos
   *[other] O leiaf bob { $core-group-weeks } wythnos
}
timescales-minutes-what = Rydych chi'n cael cofnodion y gynhadledd (y cofnod ysgrifenedig o'r cyfarfod)
timescales-minutes-when = { $minutes-days ->
    [zero] O fewn { $minutes-days } diwrnod gwaith
    [one] O fewn { $minutes-days } diwrnod gwaith
    [two] O fewn { $minutes-days } ddiwrnod gwaith
    [few] O fewn { $minutes-days } diwrnod gwaith
    [many] O fewn { $minutes-days } diwrnod gwaith
   *[other] O fewn { $minutes-days } diwrnod gwaith
}
timescales-first-review-what = Y gynhadledd adolygu gyntaf
timescales-first-review-when = { $first-review-months ->
    [zero] O fewn { $first-review-months } mis i'r gynhadledd gyntaf
    [one] O fewn { $first-review-months } mis i'r gynhadledd gyntaf
    [two] O fewn { $first-review-months } fis i'r gynhadledd gyntaf
    [few] O fewn { $first-review-months } mis i'r gynhadledd gyntaf
    [many] O fewn { $first-review-months } mis i'r gynhadledd gyntaf
   *[other] O fewn { $first-review-months } mis i'r gynhadledd gyntaf
}
timescales-later-reviews-what = Cynadleddau adolygu wedi hynny
timescales-later-reviews-when = { $later-review-months ->
    [zero] O leiaf bob { $later-review-months } mis tra bydd y cynllun yn parhau
    [one] O leiaf unwaith bob mis tra bydd y cynllun yn parhau
    [two] O leiaf bob { $later-review-months } fis tra bydd y cynllun yn parhau
    [few] O leiaf bob { $later-review-months } mis tra bydd y cynllun yn parhau
    [many] O leiaf bob { $later-review-months } mis tra bydd y cynllun yn parhau
   *[other] O leiaf bob { $later-review-months } mis tra bydd y cynllun yn parhau
}

not-found-title = Heb ddod o hyd i'r dudalen
not-found-text = Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Os gwnaethoch chi deipio'r cyfeiriad, gwiriwch ei fod yn gywir. Os gwnaethoch chi ddilyn dolen, efallai bod y dudalen wedi symud.
not-found-start-link = Mynd i ddechrau'r canllaw

server-error-title = Mae'n ddrwg gennym, aeth rhywbeth o'i le
server-error-text = Problem gyda'n gwefan ni yw hon, nid gydag unrhyw beth wnaethoch chi. Rhowch gynnig arall arni ymhen ychydig funudau.

error-bad-form-title = Mae'n ddrwg gennym, doedden ni ddim yn gallu darllen eich atebion
error-bad-form-text = Aeth rhywbeth o'i le gyda'r ffurflen. Ewch yn ôl yn eich porwr: dylai eich atebion fod yno o hyd. Yna rhowch gynnig arall arni.
error-cross-site-title = Dim ond o'r wefan hon y mae modd anfon y ffurflen hon
error-cross-site-text = Er mwyn eich diogelwch, dim ond atebion sy'n cael eu hanfon o dudalennau'r canllaw hwn rydyn ni'n eu derbyn. Ewch yn ôl i'r canllaw a rhowch gynnig arall arni o'r fan honno.
error-too-large-title = Mae'n ddrwg gennym, roedd hynny'n ormod i ni ei ddarllen
error-too-large-text = Mae'r hyn a anfonwyd yn fwy nag y gall unrhyw adroddiad fod. Ewch yn ôl yn eich porwr: dylai eich atebion fod yno o hyd. Os oes ateb hir iawn, gwnewch e'n fyrrach, yna rhowch gynnig arall arni.
error-method-title = Mae'n ddrwg gennym, nid yw'r cyfeiriad hwn yn gweithio felly
error-method-text = Mae'r cyfeiriad hwn ar gyfer ffurflen, neu ar gyfer darllen, ond nid ar gyfer yr hyn y gofynnodd eich porwr amdano. Ewch i ddechrau'r canllaw a rhowch gynnig arall arni o'r fan honno.
error-timeout-title = Mae'n ddrwg gennym, roedd hynny'n rhy hir
error-timeout-text = Wnaeth ein gwefan ni ddim gorffen mewn pryd. Ewch yn ôl yn eich porwr: dylai eich atebion fod yno o hyd. Rhowch gynnig arall arni ymhen ychydig funudau.

# "3 Rhagfyr 2026". $month yw'r neges month-N.
date-long = { $day } { $month } { $year }
# "dydd Iau 3 Rhagfyr 2026": $weekday yw neges weekday-N, $date yw date-long.
date-long-weekday = { $weekday } { $date }
# Y dyddiad ar ôl "ar" yng nghanol brawddeg: treiglad meddal adferfol, heb "ar" ("ddydd Iau 3 Rhagfyr 2026").
date-long-weekday-on = { $weekday_number ->
    [1] ddydd Llun
    [2] ddydd Mawrth
    [3] ddydd Mercher
    [4] ddydd Iau
    [5] ddydd Gwener
    [6] ddydd Sadwrn
   *[7] ddydd Sul
} { $date }
weekday-1 = dydd Llun
weekday-2 = dydd Mawrth
weekday-3 = dydd Mercher
weekday-4 = dydd Iau
weekday-5 = dydd Gwener
weekday-6 = dydd Sadwrn
weekday-7 = dydd Sul
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
