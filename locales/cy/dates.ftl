# Cyfieithiad Cymraeg, wedi'i ddrafftio gan dîm y prosiect (nid gan gyfieithydd cymwys eto). Mae cyfieithydd cymwys yn ei wirio. Dywedwch wrthym am unrhyw beth sy'n aneglur: gweler README.md, "Translations".
# Welsh translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# "Eich dyddiadau": dyddiad y gynhadledd i mewn, pob dyddiad sy'n dilyn allan, a ffeil calendr.
# $date yw dyddiad cyfan gyda'r diwrnod ("dydd Mawrth 3 Mawrth 2026"); $date_on yw'r un dyddiad
# ar ôl "ar" mewn brawddeg ("ddydd Mawrth 3 Mawrth 2026").

dates-nav-link = Cyfrifo eich dyddiadau
dates-title = Cyfrifo eich dyddiadau
dates-description = Teipiwch ddyddiad eich cynhadledd amddiffyn plant. Gwelwch y dyddiadau sy'n dod ar ei hôl, a'u rhoi yn eich calendr.
dates-lead = Teipiwch ddyddiad y gynhadledd. Byddwn ni'n dangos i chi beth ddylai ddigwydd, ac erbyn pryd, yn eu trefn.
dates-easy-read-guide = Hawdd ei ddeall, gyda lluniau: [beth mae eich dyddiadau'n ei olygu](easy:dates).
dates-nothing-saved = Dydy'r wefan hon ddim yn cadw'r dyddiad rydych chi'n ei deipio. Os bydd rhywun arall yn defnyddio'r ffôn hwn, caewch y dudalen pan fyddwch chi wedi gorffen.
dates-section-heading = Eich cynhadledd
dates-section-intro = Mae'r dyddiad ar y llythyr a oedd yn eich gwahodd chi.
dates-date-legend = Dyddiad y gynhadledd
dates-date-hint = Er enghraifft, 5 3 2026.
dates-kind-label = Pa gynhadledd yw hi?
dates-kind-initial = Y gynhadledd gyntaf (cynhadledd gychwynnol)
dates-kind-review = Cynhadledd adolygu
dates-continue = Dangos fy nyddiadau
dates-error-summary-title = Mae problem
dates-error-date-missing = Rhowch ddyddiad y gynhadledd
dates-error-date-incomplete = Rhaid i ddyddiad y gynhadledd gynnwys diwrnod, mis a blwyddyn
dates-error-date-invalid = Rhaid i ddyddiad y gynhadledd fod yn ddyddiad go iawn
dates-error-date-year = Ysgrifennwch y flwyddyn gyda phedwar rhif, fel 2026
dates-error-kind-missing = Dewiswch pa gynhadledd yw hi
dates-file-name = fy-nyddiadau

dates-result-title = Eich dyddiadau
dates-result-for-initial = Ar gyfer cynhadledd gyntaf { $date_on }.
dates-result-for-review = Ar gyfer cynhadledd adolygu { $date_on }.
dates-result-by = Mae dyddiad sy'n dechrau gydag ‘erbyn’ yn golygu'r diwrnod olaf y dylai rhywbeth ddigwydd. Gall ddigwydd yn gynt.
dates-result-timescales = Mae'r dyddiadau hyn yn defnyddio amserlenni'r cyngor: { $council }. Dydy penwythnosau a gwyliau banc ddim yn cyfrif fel diwrnodau gwaith.
dates-result-none = Allwn ni ddim cyfrifo dyddiadau mor bell â hynny ymlaen. Gwiriwch flwyddyn y gynhadledd.
dates-by = Erbyn { $date }
dates-on = Dyddiad: { $date }

dates-reports-what = Dylech chi fod wedi cael yr adroddiadau
dates-reports-meaning = Mae'r gweithiwr cymdeithasol ac eraill yn ysgrifennu adroddiadau ar gyfer y gynhadledd. Dylech chi gael cyfle i'w darllen cyn iddi ddechrau.
dates-reports-if-not = Os nad ydych chi wedi'u cael, gofynnwch i'ch gweithiwr cymdeithasol neu i gadeirydd y gynhadledd. Gallwch chi ofyn am fwy o amser i'w darllen.
dates-chair-what = Gallwch chi gwrdd â'r cadeirydd yn gyntaf
dates-chair-meaning = Y cadeirydd sy'n arwain y gynhadledd. Dylai'r cadeirydd gynnig eich gweld chi cyn iddi ddechrau, i esbonio beth fydd yn digwydd.
dates-chair-if-not = Os nad oes neb yn cynnig hyn, gofynnwch i dîm y gynhadledd pan fyddwch chi'n cyrraedd. Gallwch chi ddod â rhywun gyda chi i'ch cefnogi.
dates-conference-what = Y gynhadledd
dates-conference-meaning = Y cyfarfod lle mae pawb yn siarad am ddiogelwch eich plentyn ac yn penderfynu beth sy'n digwydd nesaf.
dates-conference-if-not = Os bydd y dyddiad yn newid, dylech chi gael llythyr newydd. Os na allwch chi fynd, dywedwch wrth dîm y gynhadledd cyn gynted ag y gallwch chi.
dates-first-core-group-what = Cyfarfod cyntaf y grŵp craidd
dates-first-core-group-meaning = Os oes gan eich plentyn gynllun, mae grŵp bach yn cyfarfod i'w roi ar waith. Rydych chi'n rhan o'r grŵp hwnnw.
dates-first-core-group-if-not = Os nad ydych chi wedi clywed dim amdano, gofynnwch i'ch gweithiwr cymdeithasol pryd bydd e.
dates-next-core-group-what = Cyfarfod nesaf y grŵp craidd
dates-next-core-group-meaning = { $core-group-weeks ->
    [zero] Tra bydd cynllun, dylai'r grŵp craidd gyfarfod o leiaf bob { $core-group-weeks } wythnos.
    [one] Tra bydd cynllun, dylai'r grŵp craidd gyfarfod o leiaf unwaith bob wythnos.
    [two] Tra bydd cynllun, dylai'r grŵp craidd gyfarfod o leiaf bob { $core-group-weeks } wythnos.
    [few] Tra bydd cynllun, dylai'r grŵp craidd gyfarfod o leiaf bob { $core-group-weeks } wythnos.
    [many] Tra bydd cynllun, dylai'r grŵp craidd gyfarfod o leiaf bob { $core-group-weeks } wythnos.
   *[other] Tra bydd cynllun, dylai'r grŵp craidd gyfarfod o leiaf bob { $core-group-weeks } wythnos.
}
dates-next-core-group-if-not = Os bydd y cyfarfodydd yn stopio, gofynnwch i'ch gweithiwr cymdeithasol pam. Gallwch chi hefyd ddweud wrth gadeirydd y gynhadledd.
dates-minutes-what = Dylech chi fod wedi cael y cofnodion
dates-minutes-meaning = Y cofnodion yw'r cofnod ysgrifenedig o'r gynhadledd. Gwiriwch eu bod yn dweud beth gafodd ei ddweud go iawn.
dates-minutes-if-not = Os nad ydyn nhw wedi dod, gofynnwch i dîm y gynhadledd. Os oes rhywbeth ynddyn nhw sy'n anghywir, ysgrifennwch a dweud hynny.
dates-first-review-what = Y gynhadledd adolygu gyntaf
dates-first-review-meaning = Os oes gan eich plentyn gynllun, mae cynhadledd adolygu yn edrych ar sut mae'n mynd.
dates-first-review-if-not = Os nad ydych chi wedi cael llythyr amdani, gofynnwch i'ch gweithiwr cymdeithasol neu i dîm y gynhadledd.
dates-next-review-what = Y gynhadledd adolygu nesaf
dates-next-review-meaning = { $later-review-months ->
    [zero] Os oes angen y cynllun o hyd, bydd adolygiad arall o leiaf bob { $later-review-months } mis.
    [one] Os oes angen y cynllun o hyd, bydd adolygiad arall o leiaf unwaith bob mis.
    [two] Os oes angen y cynllun o hyd, bydd adolygiad arall o leiaf bob { $later-review-months } fis.
    [few] Os oes angen y cynllun o hyd, bydd adolygiad arall o leiaf bob { $later-review-months } mis.
    [many] Os oes angen y cynllun o hyd, bydd adolygiad arall o leiaf bob { $later-review-months } mis.
   *[other] Os oes angen y cynllun o hyd, bydd adolygiad arall o leiaf bob { $later-review-months } mis.
}
dates-next-review-if-not = Os nad ydych chi wedi clywed amdani, gofynnwch i'ch gweithiwr cymdeithasol neu i dîm y gynhadledd.

dates-calendar-heading = Ychwanegu at fy nghalendr
dates-calendar-text = Lawrlwythwch ffeil calendr gyda'r dyddiadau hyn. Mae'r rhan fwyaf o ffonau a chyfrifiaduron yn ei hagor yn eu calendr.
dates-calendar-named-label = Dweud beth yw pwrpas pob dyddiad yn y teitl
dates-calendar-named-hint = Mae ffonau'n aml yn dangos teitlau'r calendr ar y sgrin pan fydd hi wedi'i chloi. Os byddwch chi'n gadael y blwch hwn heb ei dicio, bydd y teitlau'n aros yn syml, fel ‘Cyfarfod’.
dates-calendar-button = Lawrlwytho ffeil calendr
dates-reports-plain-title = Papurau i'w darllen
dates-reports-named-title = Disgwyl adroddiadau'r gynhadledd
dates-chair-plain-title = Cyrraedd yn gynnar i'r cyfarfod
dates-chair-named-title = Cwrdd â chadeirydd y gynhadledd
dates-conference-plain-title = Cyfarfod
dates-conference-named-title = Cynhadledd amddiffyn plant
dates-core-group-plain-title = Cyfarfod dilynol
dates-first-core-group-named-title = Cyfarfod cyntaf y grŵp craidd
dates-next-core-group-named-title = Cyfarfod y grŵp craidd
dates-minutes-plain-title = Disgwyl nodiadau
dates-minutes-named-title = Disgwyl cofnodion y gynhadledd
dates-review-plain-title = Cyfarfod adolygu
dates-first-review-named-title = Cynhadledd adolygu gyntaf
dates-next-review-named-title = Cynhadledd adolygu nesaf
dates-report-heading = Ychwanegu'r dyddiadau hyn at eich adroddiad
dates-report-text = Gall eich adroddiad ar gyfer y gynhadledd restru'r dyddiadau hyn ar y diwedd, fel eich bod chi a'r cadeirydd yn gweld yr un dyddiadau. Mae'r botwm yn agor yr adroddiad gyda'r dyddiad hwn wedi'i lenwi. Os ydych chi eisoes wedi dechrau eich adroddiad, ewch yn ôl ato yn lle hynny. Yn ei ran olaf, ticiwch ‘Ie, ychwanegwch y dyddiadau at ddiwedd fy adroddiad’.
dates-report-button = Ychwanegu'r dyddiadau at fy adroddiad
dates-print-heading = Argraffu'r dyddiadau hyn
dates-print-text = Defnyddiwch fotwm argraffu eich porwr. Dim ond y dyddiadau sydd ar y dudalen wedi'i hargraffu.
dates-change-button = Newid y dyddiad
