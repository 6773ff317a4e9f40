# Cyfieithiad Cymraeg, wedi'i ddrafftio gan dîm y prosiect (nid gan gyfieithydd cymwys eto). Mae cyfieithydd cymwys yn ei wirio. Dywedwch wrthym am unrhyw beth sy'n aneglur: gweler README.md, "Translations".
# Welsh translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Adroddiad y rhiant ar gyfer y gynhadledd: y ffurflen, gwirio eich atebion, a'r PDF.

report-nav-link = Ysgrifennu eich adroddiad ar gyfer y gynhadledd
report-title = Ysgrifennwch beth rydych chi eisiau i'r gynhadledd ei glywed
report-easy-read-guide = Hawdd ei ddeall, gyda lluniau: [ysgrifennu eich barn ar gyfer y cyfarfod](easy:writing-your-views).
report-lead = Mae llawer o rieni'n ei chael hi'n anodd dweud popeth maen nhw'n ei olygu ar y diwrnod. Mae'n help ei ysgrifennu yn gyntaf. Ar y diwedd, gallwch chi lawrlwytho eich adroddiad fel PDF i'w argraffu neu i ddod ag ef gyda chi. Neu gallwn ni ei e-bostio at gadeirydd y gynhadledd i chi.
report-description = Ysgrifennwch beth rydych chi eisiau i'ch cynhadledd amddiffyn plant ei glywed. Yna lawrlwythwch e fel PDF, neu gofynnwch i ni ei anfon at gadeirydd y gynhadledd.
report-shared-with-conference = Gall pawb yn y gynhadledd ddarllen eich adroddiad. Gall hyn gynnwys partner neu gyn-bartner. Peidiwch ag ysgrifennu cyfeiriad neu rif ffôn rydych chi eisiau ei gadw'n breifat.
report-nothing-saved = Dydy'r wefan hon ddim yn cadw'r hyn rydych chi'n ei ysgrifennu. Os byddwch chi'n cau'r dudalen hon neu'n ei gadael am amser hir, bydd eich geiriau'n cael eu colli. Cadwch y dudalen hon ar agor nes bydd eich PDF gennych chi.
report-shared-device = Os bydd pobl eraill yn defnyddio'r ffôn neu'r cyfrifiadur hwn, gall y PDF rydych chi'n ei lawrlwytho aros yn ei ffolder lawrlwythiadau. Mae [Cadw'n ddiogel ar-lein](page:staying-safe-online) yn esbonio sut i'w dynnu oddi yno.
report-write-what-you-can = Does dim rhaid i chi ateb pob cwestiwn. Ysgrifennwch gymaint neu gyn lleied ag y mynnwch, yn eich geiriau eich hun. Mae angen i chi ysgrifennu rhywbeth mewn o leiaf un o'r rhain: cryfderau, pryderon, cymorth, neu'r camau nesaf.

report-section-about = Amdanoch chi a'ch plentyn
report-section-about-intro = Mae hyn yn dweud wrth y gynhadledd pwy ysgrifennodd yr adroddiad.
report-section-strengths = Cryfderau
report-section-strengths-intro = Beth sy'n dda yn eich teulu. Mae cynadleddau'n edrych ar gryfderau yn ogystal â phryderon.
report-section-worries = Pryderon
report-section-worries-intro = Beth rydych chi'n ei feddwl am y pryderon sydd wedi cael eu codi.
report-section-support = Y cymorth sydd ei angen arnoch chi
report-section-support-intro = Help a fyddai'n gwneud gwahaniaeth go iawn i chi a'ch plentyn.
report-section-next-steps = Y camau nesaf
report-section-next-steps-intro = Beth hoffech chi ei weld yn digwydd ar ôl y gynhadledd.
report-section-taking-part = Cymryd rhan yn y gynhadledd
report-section-taking-part-intro = Cwestiynau rydych chi eisiau eu gofyn, a help sydd ei angen arnoch chi i gymryd rhan. Does dim rhaid i chi lenwi'r rhan hon.

report-parent-name-label = Eich enw
report-parent-name-hint = Fel yr hoffech chi iddo gael ei ysgrifennu ar eich adroddiad.
report-relationship-label = Eich perthynas â'r plentyn neu'r plant
report-relationship-hint = Er enghraifft, mam, tad, mam-gu neu nain, tad-cu neu daid, gofalwr.
report-children-label = Y plentyn neu'r plant y mae'r adroddiad hwn amdanyn nhw
report-children-hint = Mae eu henwau cyntaf yn ddigon.
report-date-legend = Dyddiad y gynhadledd
report-date-hint = Er enghraifft, 27 3 2027. Mae ar eich llythyr gwahodd.
# Cwestiwn y gall rhywun ei hepgor: ei label, yna'r gair "dewisol".
form-optional-label = { $label } (dewisol)
form-date-day = Diwrnod
form-date-month = Mis
form-date-year = Blwyddyn

report-going-well-label = Beth sy'n mynd yn dda i'ch plentyn?
report-going-well-hint = Er enghraifft, yr ysgol, iechyd, ffrindiau, trefn bob dydd, pethau mae eich plentyn yn eu mwynhau.
report-family-does-well-label = Beth mae eich teulu'n ei wneud yn dda?
report-family-does-well-hint = Er enghraifft, sut rydych chi'n gofalu am eich plentyn, pobl sy'n eich helpu chi, newidiadau rydych chi wedi'u gwneud yn barod.
report-needs-to-change-label = Beth sydd angen newid, yn eich barn chi, er mwyn i'ch plentyn fod yn ddiogel ac yn iach?
report-needs-to-change-hint = Dywedwch beth rydych chi'n cytuno ag e, yn eich geiriau eich hun.
report-disagree-with-label = Oes unrhyw beth yn y pryderon neu'r adroddiadau nad ydych chi'n cytuno ag e, neu sy'n anghywir yn eich barn chi?
report-disagree-with-hint = Dywedwch beth yw e, a pham. Dylai'r gynhadledd glywed eich ochr chi.
report-help-needed-label = Pa help fyddai'n gwneud gwahaniaeth?
report-help-needed-hint = Er enghraifft, help gyda thai, arian, iechyd, magu plant, gofal plant, neu rywun i siarad ag e.
report-how-help-would-work-label = Sut byddai hynny o help i chi ac i'ch plentyn?
report-how-help-would-work-hint = Dywedwch beth fyddai'n wahanol petai'r help hwnnw gennych chi.
report-what-should-happen-label = Beth hoffech chi ei weld yn digwydd ar ôl y gynhadledd?
report-what-should-happen-hint = Er enghraifft, beth ddylai fod yn y cynllun, neu beth rydych chi'n gobeithio y bydd y gynhadledd yn ei benderfynu.
report-who-could-do-what-label = Beth allai pob un ei wneud: chi, eich teulu a'r gweithwyr proffesiynol?
report-who-could-do-what-hint = Dywedwch pwy allai wneud beth, ac erbyn pryd, os gallwch chi.
report-questions-label = Cwestiynau rydych chi eisiau eu gofyn yn y gynhadledd
report-questions-hint = Os byddwch chi'n eu hysgrifennu, fyddwch chi ddim yn eu hanghofio ar y diwrnod.
report-attending-label = Ydych chi'n bwriadu mynd i'r gynhadledd?
report-attending-yes = Ydw
report-attending-no = Nac ydw
report-attending-not-sure = Dydw i ddim yn siŵr eto
report-help-legend = Help sydd ei angen arnoch chi i gymryd rhan
report-help-legend-hint = Ticiwch bob un sy'n berthnasol.
report-need-interpreter-label = Cyfieithydd ar y pryd
report-interpreter-language-label = Pa iaith?
report-need-advocate-label = Eiriolwr (rhywun i'ch helpu chi i ddweud beth rydych chi'n ei feddwl)
report-need-access-help-label = Help gyda mynediad, er enghraifft ramp, dolen sain, neu seibiannau
report-help-to-take-part-label = Unrhyw beth arall a fyddai'n eich helpu chi i gymryd rhan
report-help-to-take-part-hint = Er enghraifft, papurau hawdd eu deall, amser ychwanegol i ddarllen, neu gwrdd â'r cadeirydd o flaen llaw.

## Eich dyddiadau, wedi'u hychwanegu at yr adroddiad (wedi'u cyfrifo fel ar y dudalen "Cyfrifo eich dyddiadau")
report-section-dates = Eich dyddiadau
report-section-dates-intro = Gallwn ni gyfrifo beth ddylai ddigwydd, ac erbyn pryd, ar ôl y gynhadledd, o'i dyddiad. Mae'r dyddiadau'n mynd ar ddiwedd eich adroddiad, fel eich bod chi a'r cadeirydd yn gweld yr un dyddiadau. Does dim rhaid i chi lenwi'r rhan hon.
report-kind-label = Pa gynhadledd yw hi?
report-kind-initial = Y gynhadledd gyntaf (cynhadledd gychwynnol)
report-kind-review = Cynhadledd adolygu
report-dates-legend = Ychwanegu eich dyddiadau at yr adroddiad
report-dates-legend-hint = Mae angen dyddiad y gynhadledd arnon ni, yn rhan gyntaf y ffurflen hon, a pha gynhadledd yw hi.
report-include-dates-label = Ie, ychwanegwch y dyddiadau at ddiwedd fy adroddiad
report-error-dates-need-date = Rhowch ddyddiad y gynhadledd, er mwyn i ni allu cyfrifo eich dyddiadau
report-error-dates-need-kind = Dewiswch pa gynhadledd yw hi, er mwyn i ni allu cyfrifo eich dyddiadau

form-limit-hint = Gallwch chi ysgrifennu hyd at { $max } nod.
form-count-left = Nodau ar ôl
form-count-over = Nodau dros y terfyn

report-continue = Ymlaen i wirio eich atebion

form-error-title-prefix = Gwall:
report-error-summary-title = Mae problem
form-error-prefix = Gwall:
report-error-parent-name-missing = Rhowch eich enw
report-error-children-missing = Rhowch enw'r plentyn neu'r plant y mae'r adroddiad hwn amdanyn nhw
report-error-nothing-written = Ysgrifennwch rywbeth mewn o leiaf un o'r rhain: cryfderau, pryderon, y cymorth sydd ei angen arnoch chi, neu'r camau nesaf
form-error-too-long = Rhaid i ‘{ $label }’ fod yn { $max } nod neu lai. Mae gennych chi { $over } nod yn ormod, felly gwnewch e ychydig yn fyrrach. Mae eich geiriau yma o hyd.
report-error-date-incomplete = Rhaid i ddyddiad y gynhadledd gynnwys diwrnod, mis a blwyddyn
report-error-date-invalid = Rhaid i ddyddiad y gynhadledd fod yn ddyddiad go iawn, er enghraifft 27 3 2027 neu 27 Mawrth 2027
report-error-date-year = Rhowch flwyddyn y gynhadledd gyda 4 rhif, er enghraifft 2027
form-error-choice-unknown = Dewiswch un o'r atebion sydd i'w gweld

check-title = Gwirio eich adroddiad
check-lead = Darllenwch eich adroddiad drwyddo. Gallwch chi newid unrhyw ran ohono cyn i chi ei lawrlwytho.
check-change = Newid
check-not-answered = Heb ei ateb
check-yes = Ie
# $form yw cyfeiriad y ffurflen: "report" ar gyfer adroddiad y rhiant, "child-views" ar gyfer barn plentyn.
check-download-heading = { $form ->
    [child-views] Lawrlwytho'r farn
   *[other] Lawrlwytho eich adroddiad
}
check-download-text = { $form ->
    [child-views] Bydd y farn yn cael ei lawrlwytho fel ffeil PDF. Gallwch chi ei hargraffu, mynd â hi i'r cyfarfod, neu ei hanfon at gadeirydd y gynhadledd. Does dim byd yn cael ei gadw ar y wefan hon.
   *[other] Bydd eich adroddiad yn cael ei lawrlwytho fel ffeil PDF. Gallwch chi ei argraffu, dod ag ef i'r gynhadledd, neu ei anfon at gadeirydd y gynhadledd. Does dim byd yn cael ei gadw ar y wefan hon.
}
check-download-button = Lawrlwytho'r PDF
check-unprintable-heading = Fydd rhai nodau ddim yn argraffu
check-unprintable-text = Dydy'r PDF ddim yn gallu dangos rhai nodau, felly bydd { $marker } yn ymddangos yn lle pob un. Os ydyn nhw'n bwysig, gallech chi eu hysgrifennu mewn geiriau.
check-unprintable-in = Yn ‘{ $label }’: { $characters }

pdf-title = Adroddiad y rhiant ar gyfer y gynhadledd amddiffyn plant
pdf-council = Cyngor
pdf-conference-date = Dyddiad y gynhadledd
pdf-written-by = Wedi'i ysgrifennu gan
pdf-relationship = Perthynas â'r plentyn
pdf-about = Am
pdf-footer = Cyfrinachol
# Y pennawd ar bob tudalen ar ôl y gyntaf, ar ôl teitl yr adroddiad.
pdf-running-header-date = Cynhadledd: { $date }
pdf-running-header-reference = Cyfeirnod { $reference }
pdf-page-number = Tudalen {"{"}page{"}"} o {"{"}pages{"}"}
pdf-date-not-given = Heb ei roi
pdf-help-needed = Help sydd ei angen i gymryd rhan
pdf-file-name = adroddiad-cynhadledd
pdf-dates-heading = Dyddiadau wedi'u cyfrifo o ddyddiad y gynhadledd
pdf-dates-how = Sut cafodd y dyddiadau hyn eu cyfrifo
pdf-dates-intro = Wedi'u cyfrifo o amserlenni'r cyngor: { $council }. Mae dyddiad sy'n dechrau gydag ‘erbyn’ yn golygu'r diwrnod olaf y dylai rhywbeth ddigwydd. Dydy penwythnosau a gwyliau banc ddim yn cyfrif fel diwrnodau gwaith.

check-send-heading = Neu anfonwch e at gadeirydd y gynhadledd
check-send-text-hidden-address = Gallwn ni e-bostio eich adroddiad fel PDF at gadeirydd y gynhadledd yn y cyngor ({ $council }). Y cadeirydd sy'n arwain y gynhadledd ac sy'n rhannu'r adroddiadau gyda'r bobl a fydd yno.
check-send-text-shown-address = Gallwn ni e-bostio eich adroddiad fel PDF at gadeirydd y gynhadledd yn y cyngor ({ $council }), yn { $address }. Y cadeirydd sy'n arwain y gynhadledd ac sy'n rhannu'r adroddiadau gyda'r bobl a fydd yno.
check-send-privacy = Does dim byd yn cael ei gadw ar y wefan hon ar ôl iddo gael ei anfon.
check-send-button = Anfon at gadeirydd y gynhadledd
check-honeypot-label = Gadewch y blwch hwn yn wag

send-problem-try-later-title = Dydy eich adroddiad ddim wedi cael ei anfon eto
send-problem-try-later-text = Doedden ni ddim yn gallu cysylltu â system e-bost y cyngor ar hyn o bryd. Dydy dim byd rydych chi wedi'i ysgrifennu wedi'i golli: mae'r cyfan ar y dudalen hon o hyd. Gallwch chi geisio ei anfon eto ymhen ychydig funudau, neu lawrlwytho'r PDF nawr a'i anfon eich hun.
send-problem-cannot-send-title = Doedden ni ddim yn gallu anfon eich adroddiad
send-problem-cannot-send-text = Wnaeth system e-bost y cyngor ddim ei dderbyn. Dydy dim byd rydych chi wedi'i ysgrifennu wedi'i golli: mae'r cyfan ar y dudalen hon o hyd. Lawrlwythwch y PDF nawr a'i anfon eich hun.
send-problem-too-many-title = Arhoswch cyn anfon eto
send-problem-too-many-text = Mae sawl adroddiad wedi cael eu hanfon o'ch cysylltiad rhyngrwyd chi yn yr awr ddiwethaf. Felly mae'r wefan hon yn aros cyn anfon rhagor. Dydy dim byd rydych chi wedi'i ysgrifennu wedi'i golli: mae'r cyfan ar y dudalen hon o hyd. Lawrlwythwch y PDF nawr a'i anfon eich hun, neu rhowch gynnig arall arni yn nes ymlaen.
send-problem-pdf-too-many-title = Arhoswch funud
send-problem-pdf-too-many-text = Mae llawer o ffeiliau PDF wedi cael eu gwneud o'ch cysylltiad rhyngrwyd chi yn y funud ddiwethaf. Arhoswch funud, yna pwyswch ‘Lawrlwytho'r PDF’ eto. Dydy dim byd rydych chi wedi'i ysgrifennu wedi'i golli: mae'r cyfan ar y dudalen hon o hyd.
send-problem-pdf-failed-title = Doedden ni ddim yn gallu gwneud eich PDF
send-problem-pdf-failed-text = Aeth rhywbeth o'i le ar ein hochr ni. Dydy dim byd rydych chi wedi'i ysgrifennu wedi'i golli: mae'r cyfan ar y dudalen hon o hyd. Rhowch gynnig arall arni ymhen ychydig funudau.
send-problem-reference = Os byddwch chi'n ffonio'r cyngor am hyn, gallwch chi roi'r cyfeirnod hwn iddyn nhw: { $reference }
send-yourself-heading = Sut i'w anfon eich hun
send-yourself-download = Lawrlwythwch y PDF gyda'r botwm ar y dudalen hon a'i gadw ar eich ffôn.
send-yourself-email-chair = E-bostiwch e at gadeirydd y gynhadledd yn { $address }.
send-yourself-social-worker = Anfonwch e at eich gweithiwr cymdeithasol a gofynnwch iddyn nhw ei roi i gadeirydd y gynhadledd.
send-yourself-bring = Neu argraffwch e, neu cadwch e ar eich ffôn, a dewch ag ef gyda chi i'r gynhadledd.
send-yourself-phone = Os nad ydych chi'n siŵr ei fod wedi cyrraedd, ffoniwch y cyngor ({ $council }) ar { $conference-phone }.

sent-title = { $form ->
    [child-views] Mae'r farn wedi cael ei hanfon
   *[other] Mae eich adroddiad wedi cael ei anfon
}
sent-reference = Eich cyfeirnod yw
sent-next-heading = Beth sy'n digwydd nesaf
sent-next-chair = { $form ->
    [child-views] Bydd cadeirydd y gynhadledd yn y cyngor ({ $council }) yn cael y farn drwy e-bost, fel PDF. Bydd y cadeirydd yn ei darllen cyn y cyfarfod ac yn ei rhannu gyda'r bobl a fydd yno.
   *[other] Bydd cadeirydd y gynhadledd yn y cyngor ({ $council }) yn cael eich adroddiad drwy e-bost, fel PDF. Bydd y cadeirydd yn ei ddarllen cyn y gynhadledd ac yn ei rannu gyda'r bobl a fydd yno.
}
sent-next-keep = { $form ->
    [child-views] Cadwch y cyfeirnod. Os byddwch chi'n ffonio'r cyngor ({ $council }) ar { $conference-phone }, rhowch y cyfeirnod iddyn nhw. Mae'n eu helpu i ddod o hyd i'r farn.
   *[other] Cadwch eich cyfeirnod. Os byddwch chi'n ffonio'r cyngor ({ $council }) ar { $conference-phone }, rhowch y cyfeirnod iddyn nhw. Mae'n eu helpu i ddod o hyd i'ch adroddiad.
}
sent-next-not-kept = { $form ->
    [child-views] Dydy'r farn ddim yn cael ei chadw ar y wefan hon. Os ydych chi eisiau copi, lawrlwythwch e nawr.
   *[other] Dydy eich adroddiad ddim yn cael ei gadw ar y wefan hon. Os ydych chi eisiau eich copi eich hun, lawrlwythwch e nawr.
}
sent-copy-button = Lawrlwytho eich copi eich hun (PDF)
sent-next-safety = Os bydd pobl eraill yn defnyddio'r ffôn hwn, caewch y dudalen hon pan fyddwch chi wedi gorffen.

mail-sender-name = Gwasanaeth adroddiadau
mail-subject = Adroddiad cynhadledd – cyfeirnod { $reference }
mail-body =
    Helo,

    { $form ->
        [child-views] Mae barn plentyn ar gyfer cynhadledd y plentyn wedi'i hatodi. Ysgrifennodd y plentyn hi ar ein gwefan, neu fe wnaeth rhywun a oedd yn helpu'r plentyn, a gofynnwyd i ni ei hanfon atoch chi. Mae'r PDF yn dweud pwy a'i hysgrifennodd. Mae'n ffeil PDF.
       *[other] Ysgrifennodd rhiant yr adroddiad sydd wedi'i atodi ar ein gwefan, ar gyfer cynhadledd eu plentyn, a gofynnodd i ni ei anfon atoch chi. Mae'n ffeil PDF.
    }

    Cyfeirnod: { $reference }

    Does neb yn darllen atebion i'r cyfeiriad hwn. { $form ->
        [child-views] Dydy'r farn ddim yn cael ei chadw ar y wefan: yr e-bost hwn yw'r unig gopi a anfonwyd gennym ni.
       *[other] Dydy'r adroddiad ddim yn cael ei gadw ar y wefan: yr e-bost hwn yw'r unig gopi a anfonwyd gennym ni.
    }

# Iaith y PDF, a ddywedir yn yr e-bost pan nad yw'n Saesneg. $language yw cod yr iaith.
# The PDF's language, said in the email when it is not English: $language is the language code.
mail-written-in = { $form ->
        [child-views] Mae barn y plentyn wedi'i hysgrifennu
       *[other] Mae'r adroddiad wedi'i ysgrifennu
    } { $language ->
        [cy] yn Gymraeg
        [pl] yn Bwyleg
        [so] yn Somalieg
       *[other] yn Saesneg
    }, gyda phob pennawd yn Saesneg hefyd.

## Cyfeiriad PDF neu anfon ffurflen wedi'i agor o'r hanes neu o dab wedi'i gadw
form-address-title = Does dim byd wedi cael ei anfon
form-address-nothing-sent = Dim ond o'r botymau ar y ffurflen mae'r cyfeiriad hwn yn gweithio. Wnaeth ei agor eto ddim anfon unrhyw beth na gwneud PDF.
form-address-not-kept = Dydy'r wefan hon ddim yn cadw'r hyn rydych chi'n ei ysgrifennu, felly dydy hi ddim yn gallu dangos eich geiriau eto. Os gwnaethoch chi anfon eich adroddiad o'r blaen, mae'r adroddiad gan gadeirydd y gynhadledd yn barod.
