# Cyfieithiad Cymraeg, wedi'i ddrafftio gan dîm y prosiect (nid gan gyfieithydd cymwys eto). Mae cyfieithydd cymwys yn ei wirio. Dywedwch wrthym am unrhyw beth sy'n aneglur: gweler README.md, "Translations".
# Welsh translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Hawdd ei ddeall: pob tudalen o'r canllaw eto, un syniad ym mhob neges, ar gyfer rhiant ag anabledd dysgu.
# Dim mwy na 15 gair mewn brawddeg; gair anodd mewn **print trwm** gyda'i ystyr wrth ei ymyl.


## Page: start-here

easy-start-here-title = Dechrau yma
easy-start-here-summary = Mae'r dudalen hon yn dweud beth sy'n digwydd. Mae'n dweud beth gallwch chi ei wneud nawr.
easy-start-here-letter = Mae gennych chi lythyr am **gynhadledd amddiffyn plant**. Cyfarfod am gadw eich plentyn yn ddiogel yw hwn.
easy-start-here-who = Byddwch chi, eich teulu a gweithwyr o'r cyngor yn cyfarfod. Y cyngor yw { $council }. Byddwch chi'n siarad gyda'ch gilydd.
easy-start-here-not-court = Nid llys yw'r cyfarfod. Dydy e ddim yn gallu mynd â'ch plentyn i ffwrdd.
easy-start-here-feelings = Mae'n normal teimlo'n ofnus, yn flin neu'n ddryslyd. Mae'r hyn rydych chi'n ei ddweud yn bwysig o hyd.
easy-start-here-you-read = Darllenwch eich llythyr. Gwiriwch y diwrnod, yr amser a'r lle.
easy-start-here-you-ask = Dywedwch wrth eich [gweithiwr cymdeithasol](glossary:social-worker) pa help sydd ei angen arnoch chi.
easy-start-here-tonight-heading = Beth galla i ei wneud nawr?
easy-start-here-reports = Darllenwch yr adroddiadau rydych chi'n eu cael. Heb gael dim? Gofynnwch i'ch gweithiwr cymdeithasol.
easy-start-here-write = Ysgrifennwch beth rydych chi eisiau ei ddweud. Ysgrifennwch eich cwestiynau.
easy-start-here-someone = Meddyliwch am rywun rydych chi'n ymddiried ynddo. Gallen nhw ddod gyda chi.
easy-start-here-childcare = Dewch o hyd i rywun i edrych ar ôl plant ifanc ar y diwrnod.
easy-start-here-tell-your-social-worker-heading = Beth ddylwn i ei ddweud wrth fy ngweithiwr cymdeithasol?
easy-start-here-interpreter = Dywedwch os oes angen **cyfieithydd ar y pryd** arnoch chi. Rhywun sy'n siarad eich iaith chi yw hwn.
easy-start-here-reading = Dywedwch os yw darllen yn anodd i chi. Gallwch chi ofyn am bapurau hawdd eu deall.
easy-start-here-access = Dywedwch os oes gennych chi anabledd. Dywedwch pa help sydd ei angen arnoch chi.
easy-start-here-unsafe = Dywedwch os oes rhywun yn y cyfarfod sy'n gwneud i chi deimlo'n anniogel.
easy-start-here-danger = Ydych chi neu eich plentyn mewn perygl nawr? Ffoniwch 999.
easy-start-here-private = Oes rhywun arall yn defnyddio eich ffôn? Darllenwch am [gadw'n ddiogel ar-lein](page:staying-safe-online).

## Page: what-is-a-conference

easy-what-is-a-conference-title = Beth yw cynhadledd amddiffyn plant?
easy-what-is-a-conference-summary = Mae'r dudalen hon yn dweud beth yw pwrpas y cyfarfod.
easy-what-is-a-conference-meeting = Cyfarfod am eich plentyn yw **cynhadledd amddiffyn plant**.
easy-what-is-a-conference-why = Mae'n digwydd pan fydd gweithwyr yn meddwl y gallai eich plentyn gael niwed difrifol.
easy-what-is-a-conference-law = Mae'r gyfraith yn dweud bod rhaid i'r cyngor wirio pan allai plentyn gael niwed.
easy-what-is-a-conference-checks = Yn gyntaf, mae gweithiwr cymdeithasol yn ymweld â chi gartref. Maen nhw'n siarad â'ch plant.
easy-what-is-a-conference-who-told = Dywedodd rhywun wrth y cyngor eu bod nhw'n poeni. **Atgyfeiriad** yw'r enw ar hyn.
easy-what-is-a-conference-secret = Gall cymydog ofyn am gadw ei enw'n gyfrinach. Wedyn fyddwch chi ddim yn cael gwybod pwy ydyn nhw.
easy-what-is-a-conference-worker-name = Ai gweithiwr a ddywedodd wrth y cyngor? Yna gallwch chi gael gwybod eu henw fel arfer.
easy-what-is-a-conference-you-not-court = Nid llys yw'r cyfarfod. Dydy e ddim yn gallu mynd â'ch plentyn i ffwrdd.
easy-what-is-a-conference-you-fast = Dylai'r cyfarfod cyntaf ddigwydd o fewn 15 diwrnod gwaith. Mae hynny tua 3 wythnos.
easy-what-is-a-conference-what-it-does-heading = Beth sy'n digwydd yn y cyfarfod?
easy-what-is-a-conference-share = Mae pobl yn rhannu'r hyn maen nhw'n ei wybod am eich plentyn.
easy-what-is-a-conference-strengths = Maen nhw'n siarad am beth sy'n dda yn eich teulu.
easy-what-is-a-conference-plan = Maen nhw'n penderfynu a oes angen cynllun ar eich plentyn i'w gadw'n ddiogel.
easy-what-is-a-conference-plan-england = Yn Lloegr, **cynllun amddiffyn plentyn** yw'r enw arno.
easy-what-is-a-conference-plan-wales = Yng Nghymru, **cynllun amddiffyn, gofal a chymorth** yw'r enw arno.
easy-what-is-a-conference-register-wales = Yng Nghymru, mae enw eich plentyn hefyd yn mynd ar restr. **Y gofrestr amddiffyn plant** yw hon.
easy-what-is-a-conference-what-it-cannot-do-heading = Beth na all y cyfarfod ei wneud?
easy-what-is-a-conference-cannot-live = Dydy e ddim yn penderfynu ble mae eich plentyn yn byw.
easy-what-is-a-conference-away = Dim ond llys neu'r heddlu sy'n gallu symud eich plentyn. Neu gallwch chi gytuno i hynny.
easy-what-is-a-conference-advice = Os bydd unrhyw un yn sôn am symud eich plentyn, gofynnwch i gyfreithiwr am gyngor ar unwaith.
easy-what-is-a-conference-all-children = Mae'r cyfarfod yn siarad am bob plentyn sy'n byw yn eich cartref.

## Page: before-the-conference

easy-before-the-conference-title = Paratoi ar gyfer y cyfarfod
easy-before-the-conference-summary = Mae'r dudalen hon yn dweud sut i baratoi.
easy-before-the-conference-letter = Byddwch chi'n cael llythyr. Mae'n dweud y diwrnod, yr amser a'r lle.
easy-before-the-conference-reports = Mae gweithwyr yn ysgrifennu adroddiadau. Dylech chi eu cael cyn y cyfarfod.
easy-before-the-conference-reports-when = Dylech chi eu cael { $reports-initial-days ->
        [zero] { $reports-initial-days } diwrnod gwaith
        [one] { $reports-initial-days } diwrnod gwaith
        [two] { $reports-initial-days } ddiwrnod gwaith
        [few] { $reports-initial-days } diwrnod gwaith
        [many] { $reports-initial-days } diwrnod gwaith
       *[other] { $reports-initial-days } diwrnod gwaith
    } cyn y cyfarfod cyntaf.
easy-before-the-conference-reports-wrong = Oes rhywbeth yn anghywir mewn adroddiad? Dywedwch wrth eich gweithiwr cymdeithasol cyn y cyfarfod.
easy-before-the-conference-police = Efallai bydd yr heddlu yn dod. Efallai byddwch chi'n clywed beth maen nhw'n ei wybod am y tro cyntaf.
easy-before-the-conference-chair = Y **cadeirydd** yw'r person sy'n arwain y cyfarfod. Mae'r cadeirydd yn cwrdd â chi'n gyntaf.
easy-before-the-conference-online = Gall y cyfarfod fod mewn ystafell neu ar alwad fideo.
easy-before-the-conference-you-write = Ysgrifennwch beth rydych chi eisiau ei ddweud. Gallwch chi ddefnyddio [ein ffurflen](easy:writing-your-views).
easy-before-the-conference-you-help = Gofynnwch am help os yw darllen yn anodd i chi.
easy-before-the-conference-help-to-understand-heading = Pa help galla i ofyn amdano?
easy-before-the-conference-easy-read = Gallwch chi ofyn am bapurau hawdd eu deall.
easy-before-the-conference-read-with = Gallwch chi ofyn i rywun ddarllen yr adroddiadau gyda chi.
easy-before-the-conference-time = Gallwch chi ofyn am fwy o amser ac am seibiannau.
easy-before-the-conference-advocate = Gallwch chi ofyn am **eiriolwr**. Rhywun sy'n eich helpu chi i ddweud eich barn yw hwn.
easy-before-the-conference-questions-heading = Beth gallwn i ei ofyn?
easy-before-the-conference-ask-worry = Gallech chi ofyn: am beth rydych chi'n poeni?
easy-before-the-conference-ask-change = Gallech chi ofyn: beth sydd angen newid?
easy-before-the-conference-ask-help = Gallech chi ofyn: pa help gallwch chi ei roi i fy nheulu?

## Page: writing-your-views

easy-writing-your-views-title = Ysgrifennu eich barn ar gyfer y cyfarfod
easy-writing-your-views-summary = Mae'r dudalen hon yn eich helpu chi i ysgrifennu eich barn cyn y cyfarfod.
easy-writing-your-views-why = Gallwch chi ysgrifennu beth rydych chi'n ei feddwl. Mae gweithwyr yn ei ddarllen yn y cyfarfod.
easy-writing-your-views-choice = Does dim rhaid i chi ysgrifennu dim byd. Mae ychydig o nodiadau'n iawn hefyd.
easy-writing-your-views-help = Gall rhywun rydych chi'n ymddiried ynddo eich helpu chi i ysgrifennu. Gall eich gweithiwr cymdeithasol helpu hefyd.
easy-writing-your-views-you-form = Defnyddiwch y ffurflen adroddiad ar y wefan hon. Mae'n gofyn cwestiynau hawdd.
easy-writing-your-views-you-nothing-kept = Dydy'r wefan hon ddim yn cadw'r hyn rydych chi'n ei ysgrifennu.
easy-writing-your-views-what-to-write-heading = Am beth gallwn i ysgrifennu?
easy-writing-your-views-good = Pethau da: beth mae eich teulu'n ei wneud yn dda?
easy-writing-your-views-worries = Pryderon: beth sydd angen newid er mwyn i'ch plentyn fod yn ddiogel?
easy-writing-your-views-support = Help: pa help sydd ei angen ar eich teulu?
easy-writing-your-views-next = Nesaf: beth ddylai ddigwydd ar ôl y cyfarfod?
easy-writing-your-views-when-you-finish-heading = Pan fydda i'n gorffen, beth ddylwn i ei wneud?
easy-writing-your-views-pdf = Gallwch chi ei gadw fel ffeil. Gallwch chi ei argraffu.
easy-writing-your-views-send = Gallwch chi ei anfon at y cadeirydd cyn y cyfarfod.
easy-writing-your-views-private = Dilëwch y ffeil os oes rhywun arall yn defnyddio eich ffôn.

## Page: who-will-be-there

easy-who-will-be-there-title = Pwy fydd yn y cyfarfod?
easy-who-will-be-there-summary = Mae'r dudalen hon yn dweud pwy sy'n dod i'r cyfarfod.
easy-who-will-be-there-chair = Y **cadeirydd** sy'n arwain y cyfarfod. Mae'r cadeirydd yn gwneud yn siŵr ei fod yn deg.
easy-who-will-be-there-minutes = Mae rhywun yn ysgrifennu beth mae pobl yn ei ddweud. **Cofnodion** yw'r enw ar hyn.
easy-who-will-be-there-social-worker = Mae eich gweithiwr cymdeithasol yn dod. Maen nhw'n ysgrifennu adroddiad.
easy-who-will-be-there-health = Efallai bydd nyrs neu feddyg yn dod.
easy-who-will-be-there-school = Efallai bydd athro neu athrawes yn dod.
easy-who-will-be-there-police = Efallai bydd yr heddlu yn dod.
easy-who-will-be-there-family = Efallai bydd rhiant arall eich plentyn yn dod. Efallai bydd teulu arall yn dod hefyd.
easy-who-will-be-there-you-names = Ar y dechrau, mae pawb yn dweud pwy ydyn nhw.
easy-who-will-be-there-you-tell = Oes rhywun nad ydych chi eisiau iddo fod yno? Dywedwch wrth eich gweithiwr cymdeithasol yn fuan.
easy-who-will-be-there-not-safe-heading = Beth os nad ydw i'n teimlo'n ddiogel gyda rhywun?
easy-who-will-be-there-ex = Efallai nad ydych chi eisiau bod gyda chyn-bartner. Dywedwch wrth y cadeirydd.
easy-who-will-be-there-decide = Y cadeirydd sy'n penderfynu pwy sy'n dod. Gall y cadeirydd siarad â chi ar eich pen eich hun.
easy-who-will-be-there-address = Oes rhywun na ddylai wybod eich cyfeiriad? Dywedwch wrth y cadeirydd cyn y cyfarfod.

## Page: your-family

easy-your-family-title = Rhieni eraill a'ch teulu
easy-your-family-summary = Mae'r dudalen hon yn sôn am eich teulu yn y cyfarfod.
easy-your-family-other-parent = Fel arfer, mae rhiant arall eich plentyn yn cael gwahoddiad i ddod.
easy-your-family-apart = Does dim rhaid i chi eistedd yn yr un ystafell os nad yw'n ddiogel.
easy-your-family-pr = Mae **cyfrifoldeb rhiant** yn golygu hawliau cyfreithiol rhiant.
easy-your-family-mother = Fel arfer, mae'r fam enedigol yn ei gael nes bod y plentyn yn 18 oed.
easy-your-family-partner = Efallai bydd partner sy'n byw gyda'ch plentyn yn cael gwahoddiad i ddod.
easy-your-family-you-help = Gall neiniau a theidiau, modrybedd a ffrindiau helpu eich plentyn.
easy-your-family-you-ask = Oes rhywun yn y teulu eisiau siarad? Gofynnwch i'r cadeirydd.
easy-your-family-family-meeting-heading = Beth yw cyfarfod teulu?
easy-your-family-fgc = Cyfarfod i'ch teulu a'ch ffrindiau yw **cynhadledd grŵp teulu**.
easy-your-family-fgc-plan = Mae eich teulu'n gwneud ei gynllun ei hun i gadw eich plentyn yn ddiogel.
easy-your-family-fgc-agree = Ydy'r cynllun yn cadw eich plentyn yn ddiogel? Yna mae gweithwyr fel arfer yn cytuno iddo.

## Page: bringing-someone

easy-bringing-someone-title = Ga i ddod â rhywun gyda fi?
easy-bringing-someone-summary = Mae'r dudalen hon yn dweud pwy all ddod gyda chi.
easy-bringing-someone-who = Cewch. Gallwch chi ddod â ffrind neu rywun o'ch teulu.
easy-bringing-someone-trust = Byddan nhw'n clywed pethau preifat. Dewiswch rywun rydych chi'n ymddiried ynddo.
easy-bringing-someone-tell = Dywedwch wrth eich gweithiwr cymdeithasol pwy fydd yn dod gyda chi.
easy-bringing-someone-advocate = Mae **eiriolwr** yn eich helpu chi i ddweud beth rydych chi'n ei feddwl. Gofynnwch a oes un yn agos atoch chi.
easy-bringing-someone-you-bring = Gallwch chi ddod â rhywun rydych chi'n ymddiried ynddo.
easy-bringing-someone-you-advice = Gallwch chi gael cyngor cyfreithiol cyn y cyfarfod.
easy-bringing-someone-solicitor-heading = Ga i ddod â chyfreithiwr?
easy-bringing-someone-solicitor = Cewch. Arbenigwr ar y gyfraith yw **cyfreithiwr**. Gall wrando a'ch cefnogi chi.
easy-bringing-someone-solicitor-cannot = Fel arfer, dydy'r cyfreithiwr ddim yn gallu siarad ar eich rhan yn y cyfarfod.
easy-bringing-someone-legal-aid = Arian i dalu cyfreithiwr yw **cymorth cyfreithiol**. Efallai gallwch chi ei gael.
easy-bringing-someone-letter = Gawsoch chi lythyr cyn achos llys? Ffoniwch gyfreithiwr ar unwaith.

## Page: help-to-take-part

easy-help-to-take-part-title = Help i gymryd rhan
easy-help-to-take-part-summary = Mae'r dudalen hon am help i bobl anabl a phobl sy'n siarad iaith arall.
easy-help-to-take-part-law = Mae'r gyfraith yn dweud bod rhaid i weithwyr helpu pobl anabl i gymryd rhan.
easy-help-to-take-part-room = Gallwch chi ofyn am ystafell heb risiau.
easy-help-to-take-part-hearing = Gallwch chi ofyn am gyfieithydd iaith arwyddion neu ddolen sain.
easy-help-to-take-part-papers = Gallwch chi ofyn am bapurau hawdd eu deall neu mewn print bras.
easy-help-to-take-part-breaks = Gallwch chi ofyn am seibiannau, neu am gyfarfod byrrach.
easy-help-to-take-part-video = Gallwch chi ofyn am ymuno ar alwad fideo neu ar y ffôn.
easy-help-to-take-part-you-early = Dywedwch wrth eich gweithiwr cymdeithasol beth sydd ei angen arnoch chi. Gwnewch hyn mor gynnar ag y gallwch chi.
easy-help-to-take-part-you-free = Mae cyfieithydd ar y pryd am ddim.
easy-help-to-take-part-interpreter-heading = Beth os oes angen iaith arall arna i?
easy-help-to-take-part-interpreter = Gallwch chi gael **cyfieithydd ar y pryd** yn y cyfarfod. Mae'n siarad eich iaith chi.
easy-help-to-take-part-not-family = Ddylai neb ofyn i'ch teulu a'ch plant wneud hyn.
easy-help-to-take-part-translate = Gallwch chi ofyn am adroddiadau yn eich iaith chi.
easy-help-to-take-part-welsh = Yng Nghymru, gallwch chi ofyn am gael y cyfarfod yn Gymraeg.

## Page: your-childs-part

easy-your-childs-part-title = Fydd fy mhlentyn yn cymryd rhan?
easy-your-childs-part-summary = Mae'r dudalen hon yn dweud sut gall eich plentyn ddweud ei farn.
easy-your-childs-part-attend = Yn aml, mae plant hŷn yn cael gwahoddiad i ddod. Mae'n dibynnu ar eu hoed.
easy-your-childs-part-young = Fel arfer, dydy babanod a phlant ifanc ddim yn dod.
easy-your-childs-part-advocate = Efallai bydd gan eich plentyn **eiriolwr**. Rhywun sy'n siarad dros eich plentyn yw hwn.
easy-your-childs-part-letter = Gall eich plentyn ysgrifennu llythyr neu dynnu llun.
easy-your-childs-part-recording = Gall eich plentyn wneud recordiad llais neu fideo.
easy-your-childs-part-you-matter = Mae barn eich plentyn yn bwysig.
easy-your-childs-part-you-talk = Siaradwch â'ch gweithiwr cymdeithasol am beth sydd orau i'ch plentyn.
easy-your-childs-part-leave = Efallai nad yw eich plentyn eisiau i chi fod yno. Yna efallai bydd y cadeirydd yn gofyn i chi adael am ychydig.

## Page: practical-questions

easy-practical-questions-title = Beth i ddod gyda chi a chwestiynau eraill
easy-practical-questions-summary = Mae'r dudalen hon yn ateb cwestiynau bob dydd am y diwrnod.
easy-practical-questions-bring-letter = Dewch â'ch llythyr am y cyfarfod.
easy-practical-questions-bring-reports = Dewch â'r adroddiadau, a'ch nodiadau eich hun.
easy-practical-questions-bring-pen = Dewch â beiro a phapur.
easy-practical-questions-travel = Ydy teithio'n costio gormod? Gofynnwch i'ch gweithiwr cymdeithasol am help.
easy-practical-questions-work = Gall y cyfarfod gymryd ychydig oriau. Gofynnwch i'r gwaith am y bore neu'r prynhawn i ffwrdd.
easy-practical-questions-late = Ydych chi'n hwyr? Ffoniwch y rhif ar eich llythyr.
easy-practical-questions-you-early = Ceisiwch gyrraedd yn gynnar.
easy-practical-questions-you-private = Ewch â'ch papurau adref. Maen nhw'n breifat.
easy-practical-questions-baby = Fel arfer, dydy plant ifanc ddim yn dod. Gofynnwch i'r cadeirydd am fabi ifanc.
easy-practical-questions-record = Peidiwch â recordio'r cyfarfod heb ofyn i'r cadeirydd yn gyntaf.
easy-practical-questions-share = Peidiwch byth â rhannu'r papurau ar-lein.

## Page: on-the-day

easy-on-the-day-title = Beth sy'n digwydd ar y diwrnod?
easy-on-the-day-summary = Mae'r dudalen hon yn dweud beth sy'n digwydd yn y cyfarfod.
easy-on-the-day-chair-first = Mae'r cadeirydd yn cwrdd â chi'n gyntaf. Mae'n dweud sut mae'r cyfarfod yn gweithio.
easy-on-the-day-names = Mae pawb yn dweud pwy ydyn nhw.
easy-on-the-day-social-worker = Mae'r gweithiwr cymdeithasol yn dweud pam mae'r cyfarfod yn digwydd.
easy-on-the-day-reports = Mae pob gweithiwr yn dweud beth sydd yn ei adroddiad.
easy-on-the-day-you = Rydych chi'n dweud beth rydych chi'n ei feddwl. Gallwch chi ddweud beth rydych chi'n cytuno ag e.
easy-on-the-day-decide = Yna mae'r cyfarfod yn penderfynu a oes angen cynllun ar eich plentyn.
easy-on-the-day-you-break = Gallwch chi ofyn am seibiant ar unrhyw adeg.
easy-on-the-day-you-ask = Gofynnwch i'r cadeirydd esbonio gair nad ydych chi'n ei wybod.
easy-on-the-day-how-long-heading = Faint o amser mae'n ei gymryd?
easy-on-the-day-length = Mae llawer o gyfarfodydd yn cymryd tua 2 awr. Mae rhai'n cymryd mwy o amser.
easy-on-the-day-leave = Efallai bydd y cadeirydd yn gofyn i chi adael yr ystafell am ychydig.
easy-on-the-day-upset = Mae'n normal teimlo'n ofidus. Mae'n iawn cael seibiant.

## Page: the-decision

easy-the-decision-title = Beth gall y cyfarfod ei benderfynu?
easy-the-decision-summary = Mae'r dudalen hon yn sôn am y penderfyniad.
easy-the-decision-question = Mae'r cyfarfod yn penderfynu a oes angen cynllun ar eich plentyn i'w gadw'n ddiogel.
easy-the-decision-name-england = Yn Lloegr, **cynllun amddiffyn plentyn** yw'r enw arno.
easy-the-decision-name-wales = Yng Nghymru, **cynllun amddiffyn, gofal a chymorth** yw'r enw arno.
easy-the-decision-register = Yng Nghymru, mae enw eich plentyn yn mynd ar **y gofrestr amddiffyn plant**. Rhestr yw hon.
easy-the-decision-plan = Mae'r cynllun yn dweud beth sydd angen digwydd. Mae'n dweud pwy sy'n ei wneud, ac erbyn pryd.
easy-the-decision-key-worker = Mae gweithiwr cymdeithasol yn cael ei enwi i arwain y cynllun. Bydd yn cadw mewn cysylltiad â chi.
easy-the-decision-no-plan = Efallai nad oes angen cynllun ar eich plentyn. Efallai bydd eich teulu'n dal i gael help.
easy-the-decision-you-disagree = Gallwch chi ddweud nad ydych chi'n cytuno. Gofynnwch i hynny gael ei ysgrifennu.
easy-the-decision-you-work = Daliwch ati i weithio gyda'r gweithwyr. Mae'n helpu eich plentyn.
easy-the-decision-kinds-of-harm-heading = Pa fathau o niwed sydd?
easy-the-decision-category = Mae'r cyfarfod yn dweud pa fath o niwed mae'n poeni amdano.
easy-the-decision-four = Yn Lloegr mae 4 math: cam-drin corfforol, emosiynol a rhywiol, ac esgeulustod.
easy-the-decision-five = Yng Nghymru mae 5 math: cam-drin corfforol, emosiynol, rhywiol ac ariannol, ac esgeulustod.
easy-the-decision-neglect = Mae **esgeulustod** yn golygu nad yw plentyn yn cael y gofal sydd ei angen arno.

## Page: after-the-conference

easy-after-the-conference-title = Beth sy'n digwydd ar ôl y cyfarfod?
easy-after-the-conference-summary = Mae'r dudalen hon yn dweud beth sy'n digwydd nesaf.
easy-after-the-conference-minutes = Rydych chi'n cael y **cofnodion**. Dyma'r cofnod ysgrifenedig o'r cyfarfod.
easy-after-the-conference-minutes-when = Dylen nhw ddod o fewn { $minutes-days ->
        [zero] { $minutes-days } diwrnod gwaith
        [one] { $minutes-days } diwrnod gwaith
        [two] { $minutes-days } ddiwrnod gwaith
        [few] { $minutes-days } diwrnod gwaith
        [many] { $minutes-days } diwrnod gwaith
       *[other] { $minutes-days } diwrnod gwaith
    }.
easy-after-the-conference-minutes-wrong = Oes rhywbeth yn anghywir yn y cofnodion? Ysgrifennwch at y cadeirydd.
easy-after-the-conference-core-group = Os oes cynllun, mae grŵp bach yn cyfarfod. **Y grŵp craidd** yw hwn.
easy-after-the-conference-core-group-first = Mae'r grŵp yn cyfarfod gyntaf o fewn { $core-group-days ->
        [zero] { $core-group-days } diwrnod gwaith
        [one] { $core-group-days } diwrnod gwaith
        [two] { $core-group-days } ddiwrnod gwaith
        [few] { $core-group-days } diwrnod gwaith
        [many] { $core-group-days } diwrnod gwaith
       *[other] { $core-group-days } diwrnod gwaith
    }.
easy-after-the-conference-visits = Mae'r gweithiwr cymdeithasol yn ymweld â'ch cartref. Dydy rhai ymweliadau ddim wedi'u trefnu o flaen llaw.
easy-after-the-conference-you-ask = Gofynnwch os nad ydych chi'n deall y cynllun.
easy-after-the-conference-you-move = Ydych chi'n symud tŷ? Dywedwch wrth eich gweithiwr cymdeithasol yn gyntaf.
easy-after-the-conference-next-meeting-heading = Pryd mae'r cyfarfod mawr nesaf?
easy-after-the-conference-review = Bydd cyfarfod arall o fewn { $first-review-months ->
        [zero] { $first-review-months } mis
        [one] { $first-review-months } mis
        [two] { $first-review-months } fis
        [few] { $first-review-months } mis
        [many] { $first-review-months } mis
       *[other] { $first-review-months } mis
    }. Mae'n gwirio'r cynllun.
easy-after-the-conference-end = Mae'r cynllun yn dod i ben pan fydd eich plentyn yn ddiogel.
easy-after-the-conference-how-long = Mae'r rhan fwyaf o gynlluniau'n para llai na 2 flynedd.

## Page: dates

easy-dates-title = Eich dyddiadau: beth maen nhw'n ei olygu
easy-dates-summary = Mae'r dudalen hon yn esbonio'r dyddiadau cyn ac ar ôl y cyfarfod.
easy-dates-what = Mae ein tudalen dyddiadau yn dangos beth ddylai ddigwydd, ac erbyn pryd.
easy-dates-find = Chwiliwch am ddiwrnod y cyfarfod ar eich llythyr.
easy-dates-type = Teipiwch y diwrnod hwnnw ar y dudalen dyddiadau. Dywedwch ai hwn yw'r cyfarfod cyntaf.
easy-dates-reports = Adroddiadau: dylech chi eu cael cyn y cyfarfod.
easy-dates-chair = Gall y cadeirydd gwrdd â chi ychydig cyn i'r cyfarfod ddechrau.
easy-dates-core-group = Os oes cynllun, mae'r **grŵp craidd** yn cyfarfod yn fuan wedyn. Rydych chi'n rhan ohono.
easy-dates-minutes = Mae'r **cofnodion** yn dod ar ôl y cyfarfod. Dyma'r cofnod ysgrifenedig o'r cyfarfod.
easy-dates-review = Mae cyfarfod adolygu yn gwirio'r cynllun rai misoedd wedyn.
easy-dates-you-by = Mae dyddiad sy'n dechrau gydag ‘erbyn’ yn golygu'r diwrnod olaf. Gall fod yn gynt.
easy-dates-you-ask = Ydy dyddiad wedi mynd heibio heb i ddim ddigwydd? Gofynnwch i'ch gweithiwr cymdeithasol.
easy-dates-you-private = Dydy'r wefan hon ddim yn cadw'r dyddiad rydych chi'n ei deipio.
easy-dates-standard = Dydy'r dudalen dyddiadau ddim yn hawdd ei deall. Gall rhywun rydych chi'n ymddiried ynddo eich helpu.
easy-dates-calendar = Gallwch chi roi'r dyddiadau yng nghalendr eich ffôn.

## Page: if-things-do-not-improve

easy-if-things-do-not-improve-title = Beth os nad yw pethau'n gwella?
easy-if-things-do-not-improve-summary = Mae'r dudalen hon yn dweud beth sy'n digwydd os nad yw pethau'n newid.
easy-if-things-do-not-improve-review = Mae'r grŵp yn gwirio'r cynllun. Maen nhw'n dweud wrthych chi beth sy'n dal i'w poeni.
easy-if-things-do-not-improve-backup = Mae gan rai cynlluniau gynllun wrth gefn. Gofynnwch i'ch gweithiwr cymdeithasol amdano.
easy-if-things-do-not-improve-letter = Efallai bydd y cyngor yn anfon llythyr cyn achos llys. Mae rhai'n ei alw'n llythyr PLO.
easy-if-things-do-not-improve-meeting = Mae'r llythyr yn gofyn i chi ddod i gyfarfod. Ewch i'r cyfarfod, ac ewch â chyfreithiwr gyda chi.
easy-if-things-do-not-improve-free = Rydych chi'n cael cyfreithiwr am ddim ar yr adeg hon.
easy-if-things-do-not-improve-you-solicitor = Wedi cael llythyr cyn achos llys? Ffoniwch gyfreithiwr ar unwaith.
easy-if-things-do-not-improve-you-keep = Daliwch ati i fynd i gyfarfodydd. Mae'n dangos bod eich plentyn yn bwysig i chi.
easy-if-things-do-not-improve-family = Efallai bydd eich teulu a'ch ffrindiau yn gallu helpu.
easy-if-things-do-not-improve-court = Os bydd y cyngor yn mynd i'r llys, y llys sy'n penderfynu. Nid y cyngor.

## Page: if-you-cannot-go

easy-if-you-cannot-go-title = Beth os na alla i fynd?
easy-if-you-cannot-go-summary = Mae'r dudalen hon yn dweud sut gallwch chi ddweud eich barn o hyd.
easy-if-you-cannot-go-why = Mae'n well mynd os gallwch chi. Gallwch chi roi eich ochr chi.
easy-if-you-cannot-go-tell = Ddim yn gallu mynd? Dywedwch wrth eich gweithiwr cymdeithasol cyn gynted ag y gallwch chi.
easy-if-you-cannot-go-letter = Gallwch chi ysgrifennu llythyr at y cadeirydd.
easy-if-you-cannot-go-video = Gallwch chi ofyn am ymuno ar alwad fideo neu ar y ffôn.
easy-if-you-cannot-go-meet-chair = Gallwch chi ofyn am siarad â'r cadeirydd cyn y cyfarfod.
easy-if-you-cannot-go-you-say = Gallwch chi ddweud eich barn o hyd.
easy-if-you-cannot-go-you-told = Bydd rhywun yn dweud wrthych chi beth gafodd ei benderfynu.
easy-if-you-cannot-go-decision = Dylai'r cadeirydd ysgrifennu atoch chi am y penderfyniad.

## Page: confidentiality

easy-confidentiality-title = Pwy fydd yn gwybod am hyn?
easy-confidentiality-summary = Mae'r dudalen hon yn sôn am wybodaeth breifat.
easy-confidentiality-confidential = Mae'r hyn mae pobl yn ei ddweud yn **gyfrinachol**. Mae hynny'n golygu mai dim ond pobl sydd angen gwybod sy'n cael gwybod.
easy-confidentiality-why = Mae gweithwyr yn rhannu gwybodaeth i gadw eich plentyn yn ddiogel.
easy-confidentiality-minutes = Mae'r cofnodion yn mynd atoch chi ac at y gweithwyr sydd eu hangen arnyn nhw.
easy-confidentiality-supporter = Bydd unrhyw un sy'n dod gyda chi yn clywed pethau preifat.
easy-confidentiality-you-keep = Cadwch eich papurau yn rhywle diogel.
easy-confidentiality-you-past = Eisiau cadw rhywbeth rhag eich partner? Dywedwch wrth eich gweithiwr cyn y cyfarfod.
easy-confidentiality-address = Oes rhywun na ddylai wybod eich cyfeiriad? Dywedwch wrth y cadeirydd yn gyntaf.
easy-confidentiality-past = Mae'r rhan fwyaf o'ch gorffennol yn aros yn breifat.

## Page: your-records

easy-your-records-title = Cywiro camgymeriadau
easy-your-records-summary = Mae'r dudalen hon yn dweud sut i gywiro camgymeriadau mewn papurau.
easy-your-records-read = Darllenwch yr adroddiadau pan fyddwch chi'n eu cael.
easy-your-records-mark = Marciwch unrhyw beth sy'n anghywir.
easy-your-records-tell = Dywedwch wrth y person a'i hysgrifennodd. Gofynnwch iddyn nhw ei gywiro.
easy-your-records-minutes = Ydy'r cofnodion yn anghywir? Ysgrifennwch at y cadeirydd. Dywedwch beth ddylai newid.
easy-your-records-wales-time = Yng Nghymru, gwnewch hyn o fewn 10 diwrnod gwaith.
easy-your-records-file = Gallwch chi ofyn i'r cyngor am eich ffeil. Fel arfer, mae am ddim.
easy-your-records-you-copy = Cadwch gopi o'r hyn rydych chi'n ei anfon.
easy-your-records-you-view = Dylai eich barn chi gael ei hysgrifennu hefyd.

## Page: what-to-expect

easy-what-to-expect-title = Beth dylai gweithwyr ei wneud
easy-what-to-expect-summary = Mae'r dudalen hon yn dweud sut dylai gweithwyr eich trin chi.
easy-what-to-expect-listened = Dylai gweithwyr wrando arnoch chi.
easy-what-to-expect-respect = Dylen nhw eich trin chi gyda pharch.
easy-what-to-expect-honest = Dylen nhw ddweud yn onest wrthych chi beth yw'r pryderon.
easy-what-to-expect-explain = Dylen nhw esbonio pethau mewn geiriau rydych chi'n eu deall.
easy-what-to-expect-reports = Dylech chi gael adroddiadau { $reports-initial-days ->
        [zero] { $reports-initial-days } diwrnod gwaith
        [one] { $reports-initial-days } diwrnod gwaith
        [two] { $reports-initial-days } ddiwrnod gwaith
        [few] { $reports-initial-days } diwrnod gwaith
        [many] { $reports-initial-days } diwrnod gwaith
       *[other] { $reports-initial-days } diwrnod gwaith
    } cyn y cyfarfod cyntaf.
easy-what-to-expect-do = Dylen nhw wneud yr hyn maen nhw'n dweud y byddan nhw'n ei wneud.
easy-what-to-expect-you-perfect = Does neb yn disgwyl i chi fod yn berffaith.
easy-what-to-expect-you-tell = Heb gael eich trin yn dda? Gallwch chi [gwyno](page:complaints).
easy-what-to-expect-what-they-ask-heading = Beth fydd gweithwyr yn ei ofyn gen i?
easy-what-to-expect-see = Gadewch iddyn nhw weld eich plentyn, gartref hefyd.
easy-what-to-expect-plan = Gwnewch y pethau yn y cynllun sydd ar eich cyfer chi.
easy-what-to-expect-ask = Dywedwch wrthyn nhw pan nad ydych chi'n deall.

## Page: complaints

easy-complaints-title = Beth os nad ydw i'n cytuno?
easy-complaints-summary = Mae'r dudalen hon yn dweud beth i'w wneud os nad ydych chi'n hapus.
easy-complaints-say = Dywedwch yn y cyfarfod nad ydych chi'n cytuno.
easy-complaints-minutes = Gofynnwch i'ch barn gael ei hysgrifennu yn y cofnodion.
easy-complaints-talk = Siaradwch â'r cadeirydd neu â'ch gweithiwr cymdeithasol yn gyntaf.
easy-complaints-complain = Gallwch chi wneud **cwyn**. Mae hynny'n golygu dweud wrth y cyngor nad ydych chi'n hapus.
easy-complaints-england = Yn Lloegr, mae gan bob cyngor ei reolau ei hun ar gyfer cwynion.
easy-complaints-wales = Yng Nghymru, mae rheolau cenedlaethol yn dweud am beth gallwch chi gwyno.
easy-complaints-plan-goes-on = Dydy cwyn ddim yn stopio'r cynllun.
easy-complaints-you-soon = Cwynwch cyn gynted ag y gallwch chi. Efallai bod terfyn amser.
easy-complaints-you-work = Daliwch ati i weithio gyda'r gweithwyr tra byddwch chi'n aros.
easy-complaints-ombudsman = Dal ddim yn hapus? Gall **ombwdsmon** edrych arno. Mae hyn am ddim.

## Page: glossary

easy-glossary-title = Geiriau anodd
easy-glossary-summary = Mae'r dudalen hon yn dweud beth mae rhai geiriau anodd yn ei olygu.
easy-glossary-intro = Efallai bydd gweithwyr yn defnyddio'r geiriau hyn. Mae ystyr pob gair wrth ei ymyl.
easy-glossary-child-protection-conference-heading = Cynhadledd amddiffyn plant
easy-glossary-conference = Cyfarfod am gadw plentyn yn ddiogel.
easy-glossary-independent-chair-heading = Cadeirydd
easy-glossary-chair = Y person sy'n arwain y cyfarfod. Mae'n gwneud yn siŵr ei fod yn deg.
easy-glossary-social-worker-heading = Gweithiwr cymdeithasol
easy-glossary-social-worker = Gweithiwr o'r cyngor sy'n helpu i gadw plant yn ddiogel.
easy-glossary-minutes-heading = Cofnodion
easy-glossary-minutes = Y cofnod ysgrifenedig o beth gafodd ei ddweud yn y cyfarfod.
easy-glossary-core-group-heading = Grŵp craidd
easy-glossary-core-group = Grŵp bach sy'n cyfarfod i wneud i'r cynllun ddigwydd. Rydych chi'n rhan ohono.
easy-glossary-advocate-heading = Eiriolwr
easy-glossary-advocate = Rhywun sy'n eich helpu chi i ddweud beth rydych chi'n ei feddwl.
easy-glossary-interpreter-heading = Cyfieithydd ar y pryd
easy-glossary-interpreter = Rhywun sy'n dweud beth mae pobl yn ei ddweud yn eich iaith chi.
easy-glossary-solicitor-heading = Cyfreithiwr
easy-glossary-solicitor = Arbenigwr ar y gyfraith. Gall roi cyngor i chi am y gyfraith.
easy-glossary-legal-aid-heading = Cymorth cyfreithiol
easy-glossary-legal-aid = Arian i dalu am gyfreithiwr.
easy-glossary-working-days-heading = Diwrnodau gwaith
easy-glossary-working-days = Dydd Llun i ddydd Gwener. Dydy gwyliau banc ddim yn cyfrif.
easy-glossary-you-ask = Gofynnwch i'r cadeirydd esbonio unrhyw air nad ydych chi'n ei wybod.

## Page: help-and-contacts

easy-help-and-contacts-title = Help a chysylltiadau
easy-help-and-contacts-summary = Mae'r dudalen hon yn dweud pwy all eich helpu chi.
easy-help-and-contacts-danger = Ydych chi neu eich plentyn mewn perygl nawr? Ffoniwch 999.
easy-help-and-contacts-social-worker = Eich gweithiwr cymdeithasol yw'r person cyntaf i'w ffonio.
easy-help-and-contacts-advocacy = Gall **eiriolwr** eich helpu chi i ddweud eich barn. Gofynnwch a oes un yn agos atoch chi.
easy-help-and-contacts-abuse = Mae gwasanaethau cam-drin domestig yn helpu os oes rhywun yn eich brifo neu'n eich dychryn.
easy-help-and-contacts-gp = Gall eich meddyg eich helpu gyda sut rydych chi'n ymdopi.
easy-help-and-contacts-frg = Mae Family Rights Group yn rhoi cyngor am ddim yn Lloegr. Ffoniwch 0808 801 0366.
easy-help-and-contacts-childline = Gall plant ffonio Childline ar 0800 1111 ar unrhyw adeg.
easy-help-and-contacts-you-talk = Siaradwch â rhywun rydych chi'n ymddiried ynddo.
easy-help-and-contacts-you-formats = Gofynnwch i'r cyngor am bapurau hawdd eu deall neu yn eich iaith chi.

## Page: staying-safe-online

easy-staying-safe-online-title = Cadw'n ddiogel ar-lein
easy-staying-safe-online-summary = Mae'r dudalen hon yn dweud sut i gadw'r hyn rydych chi'n ei ddarllen yn breifat.
easy-staying-safe-online-danger = Ydych chi mewn perygl nawr? Ffoniwch 999.
easy-staying-safe-online-exit = Pwyswch y botwm ‘Gadael y dudalen hon’. Mae'n gadael y wefan hon yn gyflym.
easy-staying-safe-online-history = Mae eich ffôn yn cadw rhestr o'r tudalennau rydych chi wedi edrych arnyn nhw. **Hanes** yw'r enw ar hyn.
easy-staying-safe-online-private = Mae pori preifat yn stopio eich ffôn rhag cadw'r rhestr honno.
easy-staying-safe-online-downloads = Dilëwch ffeiliau rydych chi wedi'u cadw pan nad oes eu hangen nhw arnoch chi.
easy-staying-safe-online-you-close = Caewch y dudalen hon pan fyddwch chi'n gorffen.
easy-staying-safe-online-you-screen = Darllenwch yn rhywle preifat os gallwch chi.

## Page: accessibility

easy-accessibility-title = Ydy'r wefan hon yn hawdd ei defnyddio?
easy-accessibility-summary = Mae'r dudalen hon yn dweud pa mor hawdd yw defnyddio'r wefan hon.
easy-accessibility-phone = Gallwch chi ddarllen pob tudalen ar ffôn bach.
easy-accessibility-easy-read = Mae pob tudalen o'r canllaw ar gael yn hawdd ei deall hefyd, fel hon.
easy-accessibility-problems = Dydy rhai pethau ddim yn gweithio'n dda eto. Efallai na fydd rhaglenni sy'n darllen yn uchel yn gweithio'n dda gyda'r PDF.
easy-accessibility-english = Gallwch chi ddarllen y wefan hon yn Saesneg, Cymraeg, Pwyleg a Somalieg. Mae'r cyfieithiadau'n dal i gael eu gwirio.
easy-accessibility-tell = Wedi dod o hyd i broblem? Dywedwch wrth y cyngor: { $council }.
easy-accessibility-you-tell = Dywedwch wrthym ni pa dudalen oedd yn anodd ei defnyddio.

easy-helping-a-child-title = Helpu plentyn i ddweud beth mae'n ei feddwl
easy-helping-a-child-summary = Mae'r dudalen hon ar gyfer oedolyn sy'n helpu plentyn i ddefnyddio ‘Fy marn i’.
easy-helping-a-child-sit = Eisteddwch gyda'r plentyn yn rhywle tawel. Cymerwch eich amser.
easy-helping-a-child-houses = Mae tri thŷ yn ‘Fy marn i’. Pethau da. Pryderon. Breuddwydion.
easy-helping-a-child-listen = Gofynnwch gwestiynau agored. Yna gwrandewch.
easy-helping-a-child-words = Ysgrifennwch eiriau'r plentyn ei hun. Peidiwch â'u newid.
easy-helping-a-child-advocate = Gall llawer o blant gael **eiriolwr**, sef rhywun sy'n eu helpu i ddweud eu barn. Gofynnwch i'r gweithiwr cymdeithasol.
easy-helping-a-child-unsafe = Ydy'r plentyn yn cael niwed? Dywedwch wrth y gweithiwr cymdeithasol neu'r heddlu. Mewn argyfwng, ffoniwch 999.

easy-feeling-unsafe-title = Os nad ydych chi'n teimlo'n ddiogel nawr
easy-feeling-unsafe-summary = Beth i'w wneud os ydych chi'n teimlo ofn neu'n teimlo'n anniogel.
easy-feeling-unsafe-999 = Mewn perygl nawr? Ffoniwch 999.
easy-feeling-unsafe-childline = Ffoniwch Childline ar 0800 1111. Mae am ddim. Unrhyw bryd.
easy-feeling-unsafe-adult = Dywedwch wrth oedolyn rydych chi'n ymddiried ynddo.
easy-feeling-unsafe-not-your-fault = Dydy hi byth yn fai arnoch chi os oes rhywun yn eich brifo.
easy-helping-a-child-you-read = Darllenwch y cyfan yn ôl i'r plentyn ar y diwedd.
easy-feeling-unsafe-you-exit = I adael y wefan hon yn gyflym, pwyswch ‘Gadael y dudalen hon’.
