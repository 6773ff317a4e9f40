# Cyfieithiad Cymraeg, wedi'i ddrafftio gan dîm y prosiect (nid gan gyfieithydd cymwys eto). Mae cyfieithydd cymwys yn ei wirio. Dywedwch wrthym am unrhyw beth sy'n aneglur: gweler README.md, "Translations".
# Welsh translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

### Welsh translation of the guide. Terms: see locales/cy/TERMS.md.
### The arguments, links and selectors are the same as in locales/en/guide.ftl;
### read that file's comments for what each one means.


## Chwe rhan y canllaw, fel penawdau yn y rhestr gynnwys.
## The six parts of the guide, as headings in the contents list.

part-start = Dechrau yma
part-before = Cyn y gynhadledd
part-on-the-day = Ar y diwrnod
part-after = Ar ôl y gynhadledd
part-your-rights = Eich hawliau
part-help = Cymorth


## Page: start-here

guide-start-here-title = Dechrau yma
guide-start-here-summary = Beth sy'n digwydd, a beth allwch chi ei wneud heno i baratoi.

guide-start-here-happening-heading = Beth sy'n digwydd?
guide-start-here-happening-text = Rydych chi wedi cael gwahoddiad i [gynhadledd amddiffyn plant](glossary:child-protection-conference). Cyfarfod yw hwn am gadw eich plentyn yn ddiogel.
guide-start-here-happening-who = Byddwch chi, eich teulu a gweithwyr proffesiynol o'r cyngor ({ $council }) a gwasanaethau eraill yn siarad gyda'ch gilydd. Byddwch yn siarad am beth sy'n mynd yn dda, beth yw'r pryderon, a beth sydd angen digwydd nesaf.
guide-start-here-not-court = Nid llys yw'r gynhadledd. Nid yw'n penderfynu ble mae eich plentyn yn byw.
guide-start-here-not-taken = Ni all cynhadledd fynd â'ch plentyn oddi arnoch chi. [Darllenwch pryd y gall plentyn gael gofal i ffwrdd o'i gartref](page:what-is-a-conference).
guide-start-here-feelings = Mae'n normal teimlo'n ofnus, yn ddig neu'n ddryslyd. Mae llawer o rieni'n teimlo fel hyn. Gallwch chi gymryd rhan o hyd, ac mae beth rydych chi'n ei ddweud yn bwysig.

guide-start-here-tonight-heading = Beth alla i ei wneud heno?
guide-start-here-tonight-letter = Darllenwch eich gwahoddiad. Gwiriwch y dyddiad, yr amser a'r lle.
guide-start-here-tonight-reports = Darllenwch yr adroddiadau sydd wedi cael eu hanfon atoch chi. Os nad oes gennych chi rai, gofynnwch amdanyn nhw i'ch [gweithiwr cymdeithasol](glossary:social-worker).
guide-start-here-tonight-write = Ysgrifennwch beth rydych chi eisiau ei ddweud, ac unrhyw gwestiynau. Mae [Paratoi](page:before-the-conference) yn gallu eich helpu chi.
guide-start-here-tonight-someone = Meddyliwch am rywun rydych chi'n ymddiried ynddo a allai ddod gyda chi. [Darllenwch am ddod â rhywun gyda chi](page:bringing-someone).
guide-start-here-tonight-childcare = Trefnwch ofal plant os oes angen. Fel arfer, nid yw babanod a phlant ifanc yn dod i'r cyfarfod.
guide-start-here-tonight-rest = Ceisiwch fwyta rhywbeth a chysgu. Byddwch chi'n meddwl yn gliriach.

guide-start-here-tell-heading = Beth ddylwn i ei ddweud wrth fy ngweithiwr cymdeithasol?
guide-start-here-tell-text = Dywedwch wrth eich gweithiwr cymdeithasol cyn gynted ag y gallwch chi:
guide-start-here-tell-interpreter = os oes angen [cyfieithydd ar y pryd](glossary:interpreter) arnoch chi, am nad Saesneg yw eich iaith gyntaf
guide-start-here-tell-reading = os yw darllen neu ddeall yn anodd i chi, neu os oes gennych chi anabledd dysgu
guide-start-here-tell-access = os oes gennych chi anabledd neu gyflwr iechyd, a bod angen gwneud rhywbeth yn wahanol
guide-start-here-tell-cannot-go = os na allwch chi fynd i'r cyfarfod
guide-start-here-tell-someone = os oes rhywun yn y cyfarfod nad ydych chi'n teimlo'n ddiogel gyda nhw

guide-start-here-more-heading = Ble galla i ddarllen rhagor?
guide-start-here-more-text = Mae'r canllaw hwn mewn rhannau byr. Darllenwch y rhannau sydd eu hangen arnoch chi. Does dim rhaid i chi ddarllen y cyfan heno.
guide-start-here-more-what = [Beth yw cynhadledd amddiffyn plant?](page:what-is-a-conference)
guide-start-here-more-before = [Paratoi ar gyfer y gynhadledd](page:before-the-conference)
guide-start-here-more-who = [Pwy fydd yn y gynhadledd?](page:who-will-be-there)
guide-start-here-more-family = [Rhieni eraill, partneriaid a'r teulu ehangach](page:your-family)
guide-start-here-more-access = [Help i gymryd rhan: anabledd, iaith a chyfieithwyr](page:help-to-take-part)
guide-start-here-more-practical = [Cwestiynau ymarferol: beth i fynd gyda chi, teithio a recordio](page:practical-questions)
guide-start-here-more-day = [Beth sy'n digwydd ar y diwrnod?](page:on-the-day)
guide-start-here-more-decision = [Beth all y gynhadledd ei benderfynu?](page:the-decision)
guide-start-here-more-words = [Geiriau a'u hystyr](page:glossary)
guide-start-here-more-help = [Help a chysylltiadau](page:help-and-contacts)
guide-start-here-private = Os oes rhywun arall yn defnyddio eich ffôn, darllenwch am [gadw'n ddiogel ar-lein](page:staying-safe-online).
guide-start-here-danger = Os ydych chi neu eich plentyn mewn perygl nawr, ffoniwch 999.


## Page: what-is-a-conference

guide-what-is-a-conference-title = Beth yw cynhadledd amddiffyn plant?
guide-what-is-a-conference-summary = Beth yw'r cyfarfod, pam mae'n cael ei gynnal, a beth all ac na all ei benderfynu.

guide-what-is-a-conference-meeting-heading = Beth yw'r cyfarfod hwn?
guide-what-is-a-conference-meeting-text = Cyfarfod ffurfiol am eich plentyn yw [cynhadledd amddiffyn plant](glossary:child-protection-conference). Mae'n digwydd pan fydd [gwasanaethau plant](glossary:children-services) yn poeni y gallai eich plentyn fod mewn perygl o [niwed sylweddol](glossary:significant-harm).
guide-what-is-a-conference-meeting-harm = Ystyr niwed sylweddol yw niwed sy'n ddigon difrifol i wneud gwahaniaeth go iawn i'ch plentyn. Gall fod yn niwed sydd wedi digwydd, neu'n niwed a allai ddigwydd.
guide-what-is-a-conference-meeting-who = Rydych chi, eich teulu a'r gweithwyr proffesiynol sy'n gweithio gyda chi yn cyfarfod gyda'ch gilydd. Weithiau mae eich plentyn yn cymryd rhan hefyd.
guide-what-is-a-conference-meeting-about = Gyda'ch gilydd, rydych chi'n edrych ar sefyllfa eich teulu. Rydych chi'n siarad am ddiogelwch, iechyd a datblygiad eich plentyn, nawr ac yn y dyfodol.
guide-what-is-a-conference-meeting-names = Efallai y bydd pobl yn ei alw'n ‘gynhadledd’, yn ‘gynhadledd achos’ neu'n ‘gynhadledd CP’. Maen nhw i gyd yn golygu'r un cyfarfod.

guide-what-is-a-conference-why-heading = Pam mae'n cael ei gynnal?
guide-what-is-a-conference-why-law = Yn ôl y gyfraith, rhaid i wasanaethau plant edrych i mewn i'r mater pan fyddan nhw'n meddwl y gallai plentyn gael ei niweidio'n ddifrifol. Er enghraifft, efallai bod rhywun wedi dweud wrthyn nhw bod plentyn yn cael ei gam-drin neu ei [esgeuluso](glossary:neglect).
guide-what-is-a-conference-why-enquiries = [Ymholiadau Adran 47](glossary:section-47-enquiry) yw'r enw ar y gwiriadau hyn. Daw'r enw o Adran 47 o gyfraith o'r enw Children Act 1989 (Deddf Plant 1989). Mae rhai pobl yn eu galw'n ymchwiliad amddiffyn plant.
guide-what-is-a-conference-why-now = Byddwch chi'n gwybod bod gwiriadau wedi cael eu gwneud am ddiogelwch a lles eich plentyn. Ar ôl y gwiriadau hynny, penderfynodd gwasanaethau plant fod angen cynhadledd.
guide-what-is-a-conference-why-initial = Yr enw ar y gynhadledd gyntaf am eich plentyn yw'r [gynhadledd gychwynnol](glossary:initial-conference).

guide-what-is-a-conference-enquiries-heading = Beth sy'n digwydd yn ystod ymholiadau Adran 47?
guide-what-is-a-conference-enquiries-strategy = Yn gyntaf, mae gweithwyr proffesiynol yn cynnal [trafodaeth strategaeth](glossary:strategy-discussion). Mae gwasanaethau plant, yr heddlu a gwasanaethau iechyd yn siarad am y pryder. Maen nhw'n penderfynu a ddylid dechrau ymholiadau Adran 47.
guide-what-is-a-conference-enquiries-strategy-parents = Fel arfer, nid yw rhieni'n cymryd rhan yn y drafodaeth strategaeth. Dylen nhw ddweud wrthych chi wedyn beth gafodd ei benderfynu, oni bai y byddai hynny'n rhoi eich plentyn mewn perygl.
guide-what-is-a-conference-enquiries-shared = Mae cadw plant yn ddiogel yn waith sy'n cael ei rannu. Mae gan yr heddlu, gwasanaethau plant, meddygon, ysgolion a gwasanaethau eraill i gyd drefniadau penodol. Rhaid iddyn nhw eu dilyn, rhannu gwybodaeth a gweithio gyda'i gilydd.
guide-what-is-a-conference-enquiries-visit = Bydd [gweithiwr cymdeithasol](glossary:social-worker) yn ymweld â chi gartref. Bydd yn gweld y plentyn mae'n poeni amdano, ac unrhyw frodyr neu chwiorydd.
guide-what-is-a-conference-enquiries-alone = Fel arfer, bydd y gweithiwr cymdeithasol eisiau siarad â phob plentyn ar ei ben ei hun.
guide-what-is-a-conference-enquiries-upset = Mae ymholiadau fel hyn yn gofidio'r rhan fwyaf o deuluoedd. Mae gweithwyr proffesiynol yn eu cynllunio'n ofalus i wneud y gofid mor fach ag y gallan nhw.
guide-what-is-a-conference-enquiries-rights = Dylai eich gweithiwr cymdeithasol ddweud wrthych chi am eich hawliau. Dylai roi gwybod i chi beth sy'n digwydd, a gofyn beth rydych chi'n ei feddwl ar bob cam. Dylai fod yn agored ac yn onest gyda chi.
guide-what-is-a-conference-enquiries-private = Mae beth sy'n cael ei ddarganfod yn cael ei gadw'n [gyfrinachol](glossary:confidential). Mae hynny'n golygu mai dim ond gyda phobl sydd angen gwybod y caiff ei rannu.

guide-what-is-a-conference-referral-heading = Pwy ddywedodd wrth wasanaethau plant?
guide-what-is-a-conference-referral-text = Pan fydd rhywun yn dweud wrth wasanaethau plant eu bod yn poeni am blentyn, [atgyfeiriad](glossary:referral) yw'r enw ar hyn. Gall atgyfeiriad ddod gan:
guide-what-is-a-conference-referral-professional = weithiwr proffesiynol, fel athro, meddyg neu ymwelydd iechyd
guide-what-is-a-conference-referral-public = gymydog, ffrind neu berthynas
guide-what-is-a-conference-referral-parent = riant
guide-what-is-a-conference-referral-child = y plentyn ei hun
guide-what-is-a-conference-referral-secret = Gall aelod o'r cyhoedd ofyn i'w enw gael ei gadw'n gyfrinach. Os yw'n gwneud hynny, ni all gwasanaethau plant ddweud wrthych chi pwy oedd e.
guide-what-is-a-conference-referral-professional-name = Os gweithiwr proffesiynol wnaeth yr atgyfeiriad, fel arfer does dim rheswm pam na allwch chi gael gwybod ei enw.

guide-what-is-a-conference-outcomes-heading = Beth all ddigwydd ar ôl yr ymholiadau?
guide-what-is-a-conference-outcomes-text = Mae tri phrif beth a all ddigwydd:
guide-what-is-a-conference-outcomes-close = Nid yw gwasanaethau plant yn gweld rheswm i boeni. Maen nhw'n cau'r achos.
guide-what-is-a-conference-outcomes-help = Nid yw pobl yn meddwl bod eich plentyn mewn perygl o niwed sylweddol. Ond gallai rhywfaint o help fod yn dda i'ch teulu. Eich dewis chi yw'r help hwn. Does dim rhaid i chi ei dderbyn, ond efallai y bydd yn gwneud pethau'n well.
guide-what-is-a-conference-outcomes-risk = Efallai bod eich plentyn mewn perygl o niwed sylweddol. Bydd y gweithiwr cymdeithasol eisiau gweithio gyda chi i wneud eich plentyn yn fwy diogel. Yn dibynnu ar y sefyllfa, efallai y bydd cynhadledd yn cael ei galw.
guide-what-is-a-conference-outcomes-duty = Efallai y bydd gweithiwr cymdeithasol yn meddwl bod plentyn mewn perygl o niwed sylweddol. Os felly, mae ganddo ddyletswydd i amddiffyn y plentyn, a phwerau i wneud hyn.
guide-what-is-a-conference-outcomes-court = Mae'r llysoedd yn cadw golwg ar y pwerau hynny. Mae gennych chi a'ch plentyn hawl i gael rhywun i'ch cynrychioli ac i herio penderfyniadau. Dylai eich gweithiwr cymdeithasol egluro eich hawliau.
guide-what-is-a-conference-outcomes-partnership = Hyd yn oed pan fyddan nhw'n poeni, dylai gweithwyr proffesiynol weithio gyda chi fel teulu, nid o'ch cwmpas chi.

guide-what-is-a-conference-does-heading = Beth mae'r gynhadledd yn ei wneud?
guide-what-is-a-conference-does-text = Yn y gynhadledd, mae pobl yn:
guide-what-is-a-conference-does-share = rhannu beth maen nhw'n ei wybod am iechyd, diogelwch a lles eich plentyn
guide-what-is-a-conference-does-strengths = edrych ar gryfderau eich teulu
guide-what-is-a-conference-does-problems = edrych ar unrhyw broblemau a allai fod gan eich teulu
guide-what-is-a-conference-does-risk = meddwl faint o risg sydd i'ch plentyn, os oes risg o gwbl
guide-what-is-a-conference-does-harm = penderfynu a yw eich plentyn yn dioddef niwed sylweddol, neu'n debygol o'i ddioddef
guide-what-is-a-conference-does-change = gweithio allan beth sydd angen newid, os oes unrhyw beth, er mwyn i'ch plentyn fod yn ddiogel
guide-what-is-a-conference-does-support = edrych ar ba help sydd ei angen ar eich teulu, a phwy allai ei roi
guide-what-is-a-conference-does-plan = penderfynu a oes angen { $nation ->
        [wales] [cynllun amddiffyn, gofal a chymorth](glossary:care-and-support-protection-plan)
       *[england] [cynllun amddiffyn plentyn](glossary:child-protection-plan)
    } ar eich plentyn
guide-what-is-a-conference-does-actions = dweud beth ddylai ddigwydd nesaf

guide-what-is-a-conference-can-heading = Beth all y gynhadledd ei benderfynu?
guide-what-is-a-conference-can-plan = Y prif benderfyniad yw a oes angen { $nation ->
        [wales] cynllun amddiffyn, gofal a chymorth
       *[england] cynllun amddiffyn plentyn
    } ar eich plentyn.
guide-what-is-a-conference-can-also = Os oes angen cynllun ar eich plentyn, mae'r gynhadledd hefyd yn:
guide-what-is-a-conference-can-also-category = penderfynu ar y [categori](glossary:category-of-harm), sef y math o niwed mae'n poeni amdano
guide-what-is-a-conference-can-also-worker = { $nation ->
    [wales] enwi'r gweithiwr cymdeithasol a fydd yn cydlynu'r cynllun
   *[england] enwi'r prif weithiwr cymdeithasol (lead social worker); mae rhai cynghorau bellach yn ei alw'n brif ymarferydd (lead practitioner)
}
guide-what-is-a-conference-can-also-core = cytuno pwy fydd yn y [grŵp craidd](glossary:core-group)
guide-what-is-a-conference-can-also-review = pennu dyddiad y [gynhadledd adolygu](glossary:review-conference) gyntaf
guide-what-is-a-conference-can-criteria = Mae rheolau llym am bryd mae angen cynllun ar blentyn. Bydd y [cadeirydd](glossary:independent-chair), sy'n rhedeg y cyfarfod, yn eu hegluro i chi.
guide-what-is-a-conference-can-recommend = Gall y gynhadledd hefyd awgrymu gwasanaethau i helpu eich teulu a chadw eich plentyn yn iach.
guide-what-is-a-conference-can-wales = Yng Nghymru, byddai enw eich plentyn hefyd yn mynd ar y [gofrestr amddiffyn plant](glossary:child-protection-register).
guide-what-is-a-conference-can-more = [Darllenwch ragor am y penderfyniad](page:the-decision).

guide-what-is-a-conference-cannot-heading = Beth na all y gynhadledd ei benderfynu?
guide-what-is-a-conference-cannot-court = Nid llys yw hi. Nid yw'n gwneud gorchmynion llys.
guide-what-is-a-conference-cannot-live = Nid yw'n penderfynu ble mae eich plentyn yn byw.
guide-what-is-a-conference-cannot-legal = Nid yw'n penderfynu a yw'r cyngor yn mynd i'r llys.
guide-what-is-a-conference-cannot-honest = Mewn ychydig o deuluoedd, nid yw pethau'n gwella, hyd yn oed gyda chynllun. Yna efallai y bydd y cyngor yn ystyried mynd i'r llys. Proses ar wahân yw honno, a byddech chi'n cael eich cyngor cyfreithiol eich hun.

guide-what-is-a-conference-away-heading = All fy mhlentyn gael ei gymryd oddi arna i?
guide-what-is-a-conference-away-text = Ni all cynhadledd fynd â'ch plentyn oddi arnoch chi. Dim ond yn un o'r ffyrdd hyn y gall plentyn gael ei symud o ofal rhiant:
guide-what-is-a-conference-away-agree = os yw'r rhieni'n cytuno
guide-what-is-a-conference-away-court = os yw llys teulu yn gwneud gorchymyn
guide-what-is-a-conference-away-police = mewn argyfwng, os yw'r heddlu'n defnyddio eu pwerau i gadw plentyn yn ddiogel am hyd at 72 awr
guide-what-is-a-conference-away-rare = Anaml y mae camau brys fel hyn yn digwydd. Os oes unrhyw un yn sôn am symud eich plentyn, mynnwch gyngor cyfreithiol ar unwaith. [Darllenwch am gyngor cyfreithiol](page:bringing-someone).

guide-what-is-a-conference-kinds-heading = Oes gwahanol fathau o gynhadledd?
guide-what-is-a-conference-kinds-initial = Y [gynhadledd gychwynnol](glossary:initial-conference) yw'r un gyntaf. Mae'n cael ei chynnal ar ôl ymholiadau Adran 47.
guide-what-is-a-conference-kinds-review = Mae [cynhadledd adolygu](glossary:review-conference) yn gwirio sut mae cynllun yn mynd. Mae'n penderfynu a oes angen cynllun ar eich plentyn o hyd.
guide-what-is-a-conference-kinds-transfer = Mae [cynhadledd trosglwyddo i mewn](glossary:transfer-in-conference) yn digwydd pan fydd plentyn sydd â chynllun yn symud i ardal cyngor newydd yn barhaol. Dylai'r cyngor newydd ei chynnal o fewn 15 [diwrnod gwaith](glossary:working-days) ar ôl clywed am y symud.
guide-what-is-a-conference-kinds-unborn = Mae [cynhadledd cyn geni](glossary:pre-birth-conference) yn cael ei chynnal cyn i fabi gael ei eni.

guide-what-is-a-conference-fast-heading = Pam mae'n digwydd mor gyflym?
guide-what-is-a-conference-fast-text = Dylai'r gynhadledd gyntaf gael ei chynnal o fewn 15 [diwrnod gwaith](glossary:working-days) ar ôl y drafodaeth strategaeth. Mae hynny tua thair wythnos.
guide-what-is-a-conference-fast-why = Mae'n gyflym er mwyn edrych ar bryderon am blentyn heb oedi. Nid yw'n golygu bod penderfyniad wedi'i wneud yn barod.

guide-what-is-a-conference-children-heading = Fydd pobl yn siarad am fy holl blant?
guide-what-is-a-conference-children-text = Byddan. Mae'r gynhadledd yn edrych ar bob plentyn sy'n byw yn eich cartref, hyd yn oed os yw'r pryder am un plentyn.
guide-what-is-a-conference-children-each = Mae'n gwneud penderfyniad ar wahân ar gyfer pob plentyn. Efallai y bydd angen cynllun ar un plentyn ond nid ar un arall.

guide-what-is-a-conference-unborn-heading = All fod cynhadledd cyn i fabi gael ei eni?
guide-what-is-a-conference-unborn-text = Gall. Os yw gweithwyr proffesiynol yn poeni am fabi sydd heb ei eni eto, gallan nhw gynnal cynhadledd cyn geni.
guide-what-is-a-conference-unborn-plan = Mae'n cynllunio sut bydd y babi'n cael ei gadw'n ddiogel a chael gofal ar ôl yr enedigaeth. Mae hefyd yn edrych ar y cymorth sydd ei angen arnoch chi tra byddwch chi'n feichiog.
guide-what-is-a-conference-unborn-midwife = Dylai eich bydwraig gael gwahoddiad.

guide-what-is-a-conference-rules-heading = Pwy sy'n gwneud y rheolau?
guide-what-is-a-conference-rules-national = { $nation ->
    [wales] Yng Nghymru, y brif gyfraith yw [Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014](glossary:social-services-wellbeing-act). Enw canllawiau Llywodraeth Cymru yw [Gweithio Gyda'n Gilydd i Ddiogelu Pobl](glossary:working-together-to-safeguard-people).
   *[england] Yn Lloegr, enw canllawiau'r llywodraeth yw [Working Together to Safeguard Children](glossary:working-together). Mae'r fersiwn ddiweddaraf o 2023.
}
guide-what-is-a-conference-rules-procedures = { $nation ->
    [wales] Mae pob gwasanaeth yng Nghymru yn dilyn [Gweithdrefnau Diogelu Cymru](glossary:wales-safeguarding-procedures). Maen nhw'n nodi pob cam, gan gynnwys cynadleddau.
   *[england] Mae Working Together yn helpu gwasanaethau i weithio gyda'i gilydd a chadw'r plentyn yn y canol. Y brif gyfraith yw'r Children Act 1989 (Deddf Plant 1989).
}
guide-what-is-a-conference-rules-local = Ym mhob ardal, mae'r cyngor, yr heddlu, gwasanaethau iechyd ac eraill hefyd yn cytuno ar drefniadau lleol. Gofynnwch i'ch gweithiwr cymdeithasol ble gallwch chi eu darllen.
guide-what-is-a-conference-rules-ask = Mae'n anodd deall popeth ar unwaith. Os oes unrhyw beth yn aneglur, gofynnwch. Mae gweithwyr proffesiynol wedi arfer â chwestiynau. Os nad ydyn nhw'n gwybod yr ateb, dylen nhw ddod o hyd i rywun sy'n gwybod.
guide-what-is-a-conference-rules-easy-read = Mae gan rai cynghorau daflen hawdd ei deall am gynadleddau. Gofynnwch a oes un ar gael.


## Page: before-the-conference

guide-before-the-conference-title = Paratoi ar gyfer y gynhadledd
guide-before-the-conference-summary = Beth sy'n digwydd cyn y cyfarfod, a sut gallwch chi baratoi ar ei gyfer.

guide-before-the-conference-invitation-heading = Beth fydd y gwahoddiad yn ei ddweud wrtha i?
guide-before-the-conference-invitation-text = Fel arfer, bydd eich [gweithiwr cymdeithasol](glossary:social-worker) yn dweud wrthych chi am y dyddiad, yr amser a'r lle yn gyntaf. Yna byddwch chi'n cael gwahoddiad sy'n cadarnhau'r manylion.
guide-before-the-conference-invitation-check = Gwiriwch y dyddiad a'r amser. Os na allwch chi fynd, dywedwch wrth eich gweithiwr cymdeithasol cyn gynted ag y gallwch chi. [Darllenwch beth i'w wneud os na allwch chi fynd](page:if-you-cannot-go).

guide-before-the-conference-reports-heading = Fydda i'n gweld yr adroddiadau cyn y cyfarfod?
guide-before-the-conference-reports-text = Byddwch. Mae gofyn i bob gweithiwr proffesiynol sy'n dod i'r gynhadledd ysgrifennu adroddiad. Dylen nhw ei rannu gyda chi cyn y cyfarfod.
guide-before-the-conference-reports-timing = Yn y cyngor hwn ({ $council }), dylech chi gael yr adroddiadau { $reports-initial-days ->
        [zero] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
        [one] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
        [two] [{ $reports-initial-days } ddiwrnod gwaith](glossary:working-days)
        [few] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
        [many] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
       *[other] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
    } cyn [cynhadledd gychwynnol](glossary:initial-conference). Ar gyfer [cynhadledd adolygu](glossary:review-conference), dylech chi eu cael { $reports-review-days ->
        [zero] { $reports-review-days } diwrnod gwaith
        [one] { $reports-review-days } diwrnod gwaith
        [two] { $reports-review-days } ddiwrnod gwaith
        [few] { $reports-review-days } diwrnod gwaith
        [many] { $reports-review-days } diwrnod gwaith
       *[other] { $reports-review-days } diwrnod gwaith
    } cyn y gynhadledd.
guide-before-the-conference-reports-read = Darllenwch nhw os gallwch chi. Gallwch chi ofyn i rywun rydych chi'n ymddiried ynddo eich helpu. Marciwch unrhyw beth sy'n anghywir, neu nad ydych chi'n ei ddeall.
guide-before-the-conference-reports-missing = Os nad ydych chi wedi cael yr adroddiadau, dywedwch wrth eich gweithiwr cymdeithasol. Bydd y [cadeirydd](glossary:independent-chair) hefyd yn gwirio hyn gyda chi cyn i'r cyfarfod ddechrau.
guide-before-the-conference-reports-wrong = Os oes camgymeriad mewn adroddiad, dywedwch wrth y person a'i ysgrifennodd, neu wrth eich gweithiwr cymdeithasol, cyn y cyfarfod. Gallwch chi hefyd ddweud wrth y cadeirydd. [Darllenwch sut i gael cywiro camgymeriadau](page:your-records).

guide-before-the-conference-police-heading = Beth am wybodaeth gan yr heddlu?
guide-before-the-conference-police-text = Fel arfer, mae'r heddlu'n cael gwahoddiad i gynhadledd gychwynnol. Rhaid iddyn nhw rannu beth maen nhw'n ei wybod am yr oedolion pwysig ym mywyd a theulu eich plentyn. Gall hyn gynnwys unrhyw droseddau y cawson nhw eu cael yn euog ohonyn nhw.
guide-before-the-conference-police-timing = Fel arfer, nid yw gwybodaeth yr heddlu'n cael ei rhannu gyda chi cyn y cyfarfod. Efallai y byddwch chi'n ei chlywed am y tro cyntaf yn y gynhadledd.
guide-before-the-conference-police-leave = Weithiau efallai y bydd gofyn i chi adael yr ystafell tra bydd rhywfaint o wybodaeth yn cael ei rhannu. [Darllenwch pam gall hyn ddigwydd](page:on-the-day).

guide-before-the-conference-chair-heading = Alla i siarad â'r cadeirydd cyn y cyfarfod?
guide-before-the-conference-chair-text = Gallwch. Y cadeirydd yw'r person sy'n rhedeg y cyfarfod. Fel arfer, mae'n cwrdd â chi ychydig cyn i'r cyfarfod ddechrau.
guide-before-the-conference-chair-what = Bydd y cadeirydd yn eich croesawu ac yn gwirio eich bod wedi cael yr adroddiadau. Bydd yn egluro sut bydd y cyfarfod yn mynd. Bydd yn siarad am y ffordd orau i chi gymryd rhan.
guide-before-the-conference-chair-details = Efallai y bydd y cadeirydd hefyd yn gofyn i chi wirio manylion eich teulu, fel enwau a dyddiadau geni.
guide-before-the-conference-chair-early = Efallai y bydd gofyn i chi gyrraedd cyn yr amser dechrau ar gyfer hyn. Ceisiwch gyrraedd pan fydd gofyn i chi wneud. Mae'r cyfarfod yn dechrau ar amser, felly os ydych chi'n hwyr, bydd gennych chi lai o amser gyda'r cadeirydd.
guide-before-the-conference-chair-sooner = Gallwch chi hefyd ofyn am gael siarad â'r cadeirydd cyn y diwrnod, i rannu eich barn. Gofynnwch i'ch gweithiwr cymdeithasol sut i wneud hyn.

guide-before-the-conference-venue-heading = Ble bydd yn cael ei chynnal?
guide-before-the-conference-venue-text = Mae llawer o gynadleddau'n cael eu cynnal mewn swyddfa [gwasanaethau plant](glossary:children-services) leol. Mae rhai'n cael eu cynnal mewn adeilad arall. Bydd eich gwahoddiad yn dweud wrthych chi ble.

guide-before-the-conference-online-heading = Fydd hi wyneb yn wyneb neu ar-lein?
guide-before-the-conference-online-text = Gall cynhadledd fod mewn ystafell, ar-lein drwy fideo, neu'n gymysgedd o'r ddau. Yr enw ar gymysgedd yw [cyfarfod hybrid](glossary:hybrid-meeting).
guide-before-the-conference-online-hybrid = Mewn rhai cyfarfodydd hybrid, rydych chi'n mynd yno wyneb yn wyneb gyda'ch gweithiwr cymdeithasol a'r cadeirydd. Mae gweithwyr proffesiynol eraill yn ymuno drwy fideo. Os oes gennych chi [gyfieithydd ar y pryd](glossary:interpreter) neu [eiriolwr](glossary:advocate), efallai y byddan nhw yn yr ystafell gyda chi hefyd.
guide-before-the-conference-online-ask = Dylai eich gwahoddiad ddweud sut bydd eich cyfarfod yn digwydd. Os oes angen help arnoch chi i ymuno ar-lein, dywedwch wrth eich gweithiwr cymdeithasol cyn y diwrnod.

guide-before-the-conference-childcare-heading = Pwy fydd yn gofalu am fy mhlant?
guide-before-the-conference-childcare-text = Fel arfer, nid yw babanod a phlant ifanc yn dod i'r gynhadledd. Fel arfer, bydd angen rhywun arnoch chi i ofalu amdanyn nhw tra byddwch chi yno.
guide-before-the-conference-childcare-baby = Oes gennych chi fabi ifanc, er enghraifft un rydych chi'n ei fwydo o'r fron? Os felly, gofynnwch i'r cadeirydd cyn y diwrnod beth sy'n bosibl.
guide-before-the-conference-childcare-help = Os yw'n anodd trefnu gofal plant, dywedwch wrth eich gweithiwr cymdeithasol. Efallai y gallan nhw helpu.

guide-before-the-conference-interpreters-heading = Beth os nad Saesneg yw fy iaith gyntaf?
guide-before-the-conference-interpreters-text = Gallwch chi gael cyfieithydd ar y pryd yn y cyfarfod. Mae hyn am ddim. Dywedwch wrth eich gweithiwr cymdeithasol pa iaith rydych chi'n ei siarad, mor gynnar ag y gallwch chi.
guide-before-the-conference-interpreters-formats = Gallwch chi hefyd ofyn am wybodaeth yn eich iaith chi. Neu gofynnwch am fformat arall, fel recordiad i wrando arno.
guide-before-the-conference-interpreters-more = { $nation ->
    [wales] Mae [Help i gymryd rhan](page:help-to-take-part) yn egluro rhagor, gan gynnwys iaith arwyddion a'r Gymraeg.
   *[england] Mae [Help i gymryd rhan](page:help-to-take-part) yn egluro rhagor, gan gynnwys iaith arwyddion a dolenni sain.
}
guide-before-the-conference-learning-heading = Beth os yw darllen neu ddeall yn anodd i mi?
guide-before-the-conference-learning-text = Dywedwch wrth eich gweithiwr cymdeithasol os oes gennych chi anawsterau dysgu. Dywedwch wrthyn nhw hefyd am unrhyw beth sy'n ei gwneud hi'n anodd darllen, clywed, siarad neu ddeall.
guide-before-the-conference-learning-changes = Dylen nhw edrych ar ba help y gallan nhw ei roi, er mwyn i chi allu cymryd rhan. Gallech chi ofyn am:
guide-before-the-conference-learning-easy-read = wybodaeth hawdd ei deall, gyda geiriau byr a lluniau
guide-before-the-conference-learning-read-aloud = rywun i ddarllen yr adroddiadau gyda chi cyn y diwrnod
guide-before-the-conference-learning-time = ragor o amser i ateb cwestiynau, a seibiant pan fydd ei angen arnoch chi
guide-before-the-conference-learning-words = i bobl egluro geiriau mewn ffordd syml
guide-before-the-conference-learning-advocate = eiriolwr i'ch helpu i ddweud beth rydych chi'n ei feddwl
guide-before-the-conference-learning-other = Os gallai unrhyw beth arall eich atal rhag mynd neu ddeall, dywedwch wrth eich gweithiwr cymdeithasol. Gofynnwch pa gymorth y gallan nhw ei gynnig.

guide-before-the-conference-prepare-heading = Sut galla i baratoi i siarad?
guide-before-the-conference-prepare-nervous = Mae llawer o rieni'n dweud eu bod wedi teimlo'n nerfus iawn yn eu cynhadledd. Wnaethon nhw ddim dweud cymaint ag yr oedden nhw eisiau. Gall paratoi ymlaen llaw helpu.
guide-before-the-conference-prepare-chance = Yn y cyfarfod, gallwch chi ddweud wrth bobl sut mae pethau gartref. Gallwch chi ddweud beth rydych chi'n ei feddwl am beth mae pobl eraill yn ei ddweud. Bydd pobl yn gofyn i chi beth ddylai ddigwydd nesaf, a pha help sydd ei angen arnoch chi.
guide-before-the-conference-prepare-write = Gallwch chi ysgrifennu beth rydych chi eisiau ei ddweud. Mae gweithwyr proffesiynol yn ysgrifennu adroddiadau, ac mae rhai rhieni'n gwneud hefyd. Efallai y bydd eich gweithiwr cymdeithasol yn eich helpu gyda hyn.
guide-before-the-conference-prepare-form = Mae gan rai cynghorau ffurflen i rieni. Mae rhai'n gofyn i chi anfon beth rydych chi'n ei ysgrifennu at y cadeirydd cyn y cyfarfod. Gofynnwch i'ch gweithiwr cymdeithasol. Gallwch chi hefyd ysgrifennu eich adroddiad ar y wefan hon a'i lawrlwytho i'w argraffu neu ei anfon.
guide-before-the-conference-prepare-notes = Os nad ydych chi eisiau ysgrifennu adroddiad, mae hynny'n iawn. Gallech chi ddod ag ychydig o nodiadau i'ch atgoffa beth i'w ddweud.
guide-before-the-conference-prepare-think = Gall helpu i feddwl am y pethau hyn:
guide-before-the-conference-prepare-strengths = Cryfderau: beth sy'n dda am eich teulu? Beth rydych chi'n ei wneud yn dda?
guide-before-the-conference-prepare-good-things = Pethau da: beth rydych chi eisiau i weithwyr proffesiynol ei wybod amdanoch chi a'ch teulu?
guide-before-the-conference-prepare-worries = Pryderon: beth sydd angen newid, os oes unrhyw beth, er mwyn i'ch plentyn fod yn ddiogel?
guide-before-the-conference-prepare-help = Help: oes angen rhagor o help neu wasanaethau ar eich teulu? Sut byddai hynny'n helpu?
guide-before-the-conference-prepare-next = Camau nesaf: beth ddylai ddigwydd ar ôl y gynhadledd? Beth allech chi, neu bobl eraill, ei wneud i wneud pethau'n well?

guide-before-the-conference-questions-heading = Pa gwestiynau allwn i eu gofyn?
guide-before-the-conference-questions-text = Gallwch chi ofyn cwestiynau yn y cyfarfod. Efallai yr hoffech chi ofyn:
guide-before-the-conference-questions-worry = Am beth yn union rydych chi'n poeni?
guide-before-the-conference-questions-change = Beth sydd angen newid er mwyn i chi boeni llai?
guide-before-the-conference-questions-help = Pa help allwch chi ei roi i fy nheulu?
guide-before-the-conference-questions-better = Beth fydd yn digwydd os bydd pethau'n gwella?
guide-before-the-conference-questions-contact = Â phwy dylwn i gysylltu os nad ydw i'n deall rhywbeth?
guide-before-the-conference-questions-minutes = Pryd bydda i'n cael y cofnod ysgrifenedig o'r cyfarfod hwn?
guide-before-the-conference-questions-break = Alla i gael seibiant os bydd angen un arna i?
guide-before-the-conference-questions-bring = Ysgrifennwch eich cwestiynau a dewch â nhw gyda chi.
guide-before-the-conference-practical = Mae [Cwestiynau ymarferol](page:practical-questions) yn sôn am beth i fynd gyda chi, costau teithio, amser i ffwrdd o'r gwaith a recordio.

guide-before-the-conference-private-heading = Beth os oes rhywbeth rydw i eisiau ei gadw'n breifat?
guide-before-the-conference-private-text = Efallai nad ydych chi eisiau i'ch partner wybod rhywbeth am eich gorffennol. Os felly, dywedwch wrth eich gweithiwr cymdeithasol cyn y gynhadledd.
guide-before-the-conference-private-address = Efallai y bydd angen i chi gadw eich cyfeiriad neu eich rhif ffôn yn gyfrinach rhag rhywun yn y cyfarfod. Os felly, dywedwch wrth y cadeirydd cyn i'r cyfarfod ddechrau. [Darllenwch ragor am beth sy'n cael ei rannu](page:confidentiality).
## Page: who-will-be-there

guide-who-will-be-there-title = Pwy fydd yn y gynhadledd?
guide-who-will-be-there-summary = Pwy sy'n dod i'r cyfarfod, beth maen nhw'n ei wneud, a beth os nad ydych chi eisiau i rywun fod yno.
guide-who-will-be-there-chair-heading = Pwy sy'n rhedeg y cyfarfod?
guide-who-will-be-there-chair-text = Mae [cadeirydd annibynnol](glossary:independent-chair) yn rhedeg y cyfarfod. Fel arfer, uwch reolwr o'r cyngor yw hwn, nad oes ganddo ran yn y gwaith ar achos eich plentyn. Ei waith yw gwneud yn siŵr bod y cyfarfod yn deg a bod pawb yn cael eu clywed.
guide-who-will-be-there-chair-names = Mae cynghorau'n defnyddio enwau gwahanol ar y cadeirydd, fel cadeirydd y gynhadledd neu gadeirydd amddiffyn plant.
guide-who-will-be-there-chair-iro = Mae rhai cynghorau'n gofyn i [Swyddog Adolygu Annibynnol](glossary:independent-reviewing-officer) gadeirio cynadleddau. Ond mae prif waith cyfreithiol y swyddog hwnnw'n wahanol: gwirio cynlluniau plant mewn gofal.

guide-who-will-be-there-minutes-heading = Pwy sy'n ysgrifennu pethau i lawr?
guide-who-will-be-there-minutes-text = Mae cofnodwr yn ysgrifennu beth sy'n cael ei ddweud a'i benderfynu. [Cofnodion](glossary:minutes) yw'r enw ar ei nodiadau. Nid yw'n cymryd rhan yn y drafodaeth.

guide-who-will-be-there-social-worker-heading = Beth mae'r gweithiwr cymdeithasol yn ei wneud?
guide-who-will-be-there-social-worker-text = Bydd [gweithiwr cymdeithasol](glossary:social-worker) eich plentyn yno. Efallai y bydd ei reolwr yn dod hefyd.
guide-who-will-be-there-social-worker-report = Mae'r gweithiwr cymdeithasol yn ysgrifennu adroddiad am pam mae'r gynhadledd yn cael ei chynnal. Dylai ei adroddiad gynnwys eich barn chi am y pryderon.

guide-who-will-be-there-others-heading = Pwy arall allai ddod?
guide-who-will-be-there-others-text = Mae gweithwyr proffesiynol sy'n adnabod eich plentyn neu eich teulu yn cael gwahoddiad. Gallai'r rhain gynnwys:
guide-who-will-be-there-others-health = ymwelydd iechyd neu nyrs ysgol
guide-who-will-be-there-others-doctor = meddyg, fel eich meddyg teulu neu feddyg ysbyty
guide-who-will-be-there-others-school = athro neu weithiwr meithrinfa
guide-who-will-be-there-others-education = swyddog lles addysg, sy'n helpu pan fydd plant yn colli ysgol
guide-who-will-be-there-others-police = yr heddlu
guide-who-will-be-there-others-probation = [swyddog prawf](glossary:probation-officer), os oes gan oedolyn yn eich teulu un
guide-who-will-be-there-others-housing = rhywun o'r adran dai
guide-who-will-be-there-others-services = gwasanaethau eraill sy'n adnabod eich teulu neu'n gweithio gyda chi
guide-who-will-be-there-family = Efallai y bydd aelodau eraill o'r teulu'n cael gwahoddiad. Efallai y bydd unrhyw un arall sydd â [chyfrifoldeb rhiant](glossary:parental-responsibility) dros eich plentyn yn cael gwahoddiad hefyd. [Darllenwch am rieni eraill, partneriaid a'r teulu ehangach](page:your-family).
guide-who-will-be-there-advocates = Efallai y bydd [eiriolwr](glossary:advocate) yno hefyd i chi neu i'ch plentyn, a [chyfieithydd ar y pryd](glossary:interpreter) os oes angen un.
guide-who-will-be-there-strangers = Efallai na fyddwch chi'n adnabod pawb. Mae rhai pobl yn dod am eu bod yn gwybod llawer am un pwnc. Efallai y bydd eraill yn helpu eich teulu yn y dyfodol.
guide-who-will-be-there-introductions = Ar y dechrau, bydd pawb yn dweud pwy ydyn nhw a pham maen nhw yno.

guide-who-will-be-there-absent-heading = Beth os na all gweithiwr proffesiynol ddod?
guide-who-will-be-there-absent-text = Os na all gweithiwr proffesiynol ddod, gall anfon adroddiad ysgrifenedig yn lle hynny. Bydd y cadeirydd yn gwneud yn siŵr bod y cyfarfod yn ei glywed. Dylech chi ei weld hefyd.

guide-who-will-be-there-not-want-heading = Beth os nad ydw i eisiau i rywun fod yno?
guide-who-will-be-there-not-want-text = Siaradwch â'ch gweithiwr cymdeithasol cyn gynted ag y gallwch chi. Gallai fod yn aelod o'r teulu neu'n weithiwr proffesiynol.
guide-who-will-be-there-not-want-chair = Y cadeirydd sy'n gwneud y penderfyniad terfynol am bwy sy'n dod i'r cyfarfod.
guide-who-will-be-there-not-want-ex = Efallai nad ydych chi eisiau bod mewn ystafell gyda chyn-bartner. Gallai hyn fod oherwydd cam-drin domestig. Dywedwch wrth eich gweithiwr cymdeithasol neu wrth y cadeirydd. Gall y cadeirydd benderfynu eich clywed chi ar wahân.
guide-who-will-be-there-not-want-address = Efallai y bydd angen i chi gadw eich cyfeiriad neu eich rhif ffôn yn gyfrinach rhag rhywun yn y cyfarfod. Os felly, dywedwch wrth y cadeirydd cyn i'r cyfarfod ddechrau.
## Page: bringing-someone

guide-bringing-someone-title = Alla i ddod â rhywun gyda fi?
guide-bringing-someone-summary = Pwy allwch chi ddod â nhw i'ch cefnogi, beth allan nhw ei wneud yno, a ble i gael cyngor cyfreithiol.

guide-bringing-someone-who-heading = Pwy alla i ddod â nhw gyda fi?
guide-bringing-someone-who-text = Gallwch chi ddod â rhywun i'ch cefnogi. Gallai fod yn berthynas, yn ffrind, neu'n rhywun arall rydych chi'n ei ddewis.
guide-bringing-someone-who-help = Gallan nhw eich helpu i deimlo'n fwy tawel. Gallan nhw eich helpu i gymryd rhan ac i egluro eich barn.
guide-bringing-someone-who-trust = Bydd pobl yn siarad am bethau preifat amdanoch chi, eich plentyn a'ch teulu. Felly dewiswch rywun rydych chi'n ymddiried ynddo i'w cadw'n breifat.
guide-bringing-someone-who-child = Mewn rhai ardaloedd, mae'r [cadeirydd](glossary:independent-chair) yn gwirio nad oes ots gan eich plentyn fod y person hwn yn clywed amdano. Os oes ots gan eich plentyn, efallai y bydd y cadeirydd yn gofyn i chi ddewis rhywun arall.
guide-bringing-someone-who-tell = Cyn y diwrnod, dywedwch wrth eich [gweithiwr cymdeithasol](glossary:social-worker) pwy fydd yn dod gyda chi.
guide-bringing-someone-advocate-heading = Beth yw eiriolwr?
guide-bringing-someone-advocate-text = Mae [eiriolwr](glossary:advocate) yn rhywun sy'n eich helpu i ddweud beth rydych chi'n ei feddwl, ac yn gwneud yn siŵr bod pobl yn gwrando arnoch chi.
guide-bringing-someone-advocate-kinds = Gall eiriolwr fod yn ffrind neu'n rhywun sy'n eich cefnogi. Mewn rhai ardaloedd, mae eiriolwyr wedi'u hyfforddi ar gyfer rhieni hefyd.
guide-bringing-someone-advocate-ask = Gofynnwch i'ch gweithiwr cymdeithasol a oes gwasanaeth eirioli yn agos atoch chi. Mae [Help a chysylltiadau](page:help-and-contacts) yn egluro'r mathau o help sydd ar gael.

guide-bringing-someone-cannot-heading = Oes unrhyw un na alla i ddod â nhw gyda fi?
guide-bringing-someone-cannot-text = Y cadeirydd sy'n penderfynu pwy sy'n dod i'r cyfarfod. Efallai y bydd yn dweud na wrth rywun, er enghraifft os na fyddai'n ddiogel. Mewn rhai ardaloedd, mae hefyd yn gofyn a oes ots gan eich plentyn.
guide-bringing-someone-cannot-check = Os nad ydych chi'n siŵr, gofynnwch i'ch gweithiwr cymdeithasol cyn y diwrnod.

guide-bringing-someone-solicitor-heading = Alla i ddod â chyfreithiwr?
guide-bringing-someone-solicitor-text = Gallwch. Gallwch chi ddod â [chyfreithiwr](glossary:solicitor). Ond nid llys yw'r gynhadledd, felly mae eich cyfreithiwr yno i'ch cefnogi.
guide-bringing-someone-solicitor-can = Yn y cyfarfod, gall eich cyfreithiwr:
guide-bringing-someone-solicitor-can-listen = wrando ar beth sy'n cael ei ddweud a gwylio sut mae'r cyfarfod yn cael ei redeg
guide-bringing-someone-solicitor-can-support = eich cefnogi chi
guide-bringing-someone-solicitor-can-private = siarad â chi'n breifat yn ystod seibiant
guide-bringing-someone-solicitor-cannot = Yn y rhan fwyaf o achosion, ni all eich cyfreithiwr:
guide-bringing-someone-solicitor-cannot-speak = siarad ar eich rhan yn y cyfarfod
guide-bringing-someone-solicitor-cannot-discuss = ymuno yn y drafodaeth
guide-bringing-someone-solicitor-cannot-decide = gymryd rhan yn y penderfyniad
guide-bringing-someone-solicitor-minutes = Efallai bod eich cyfreithiwr eisoes yn gweithredu ar eich rhan mewn [achos gofal](glossary:care-proceedings). Os yw'n dod i'r gynhadledd, efallai y bydd yn cael ei gopi ei hun o'r [cofnodion](glossary:minutes).
guide-bringing-someone-advice-heading = Ble galla i gael cyngor cyfreithiol?
guide-bringing-someone-advice-text = Gallwch chi gael cyngor cyfreithiol cyn y gynhadledd. Gall eich helpu i ddeall eich hawliau.
guide-bringing-someone-advice-where = Mae rhai elusennau'n rhoi cyngor am ddim i rieni. Mae rhai cyfreithwyr yn arbenigwyr yn y gyfraith am blant a theuluoedd. Mae [Help a chysylltiadau](page:help-and-contacts) yn enwi rhai gwasanaethau cenedlaethol.
guide-bringing-someone-pay-heading = Fydd rhaid i mi dalu am gyfreithiwr?
guide-bringing-someone-pay-text = Efallai na fydd rhaid i chi. Gall [cymorth cyfreithiol](glossary:legal-aid) dalu am gyngor gan gyfreithiwr, ac iddo ddod i gynhadledd gyda chi.
guide-bringing-someone-pay-tests = I'w gael, rhaid i chi basio dau brawf. Mae'r prawf modd yn edrych ar eich incwm a'ch cynilion. Mae'r prawf teilyngdod yn edrych a fyddai help cyfreithiwr yn gwneud digon o wahaniaeth yn eich achos chi.
guide-bringing-someone-pay-benefits = Os ydych chi'n cael budd-daliadau penodol, fel Credyd Cynhwysol, fel arfer rydych chi'n pasio rhan incwm y prawf modd. Mae eich cynilion yn dal i gael eu gwirio.
guide-bringing-someone-pay-letter = Mae'n wahanol os ydych chi'n cael [llythyr cyn achos](glossary:letter-before-proceedings). Yna mae cymorth cyfreithiol yn talu am gyfreithiwr beth bynnag yw eich incwm, os ydych chi'n rhiant neu os oes gennych chi gyfrifoldeb rhiant.
guide-bringing-someone-pay-ask = Gall cyfreithiwr wirio a allwch chi gael cymorth cyfreithiol. Gofynnwch am hyn cyn iddo ddechrau gweithio i chi.

guide-bringing-someone-find-heading = Sut ydw i'n dod o hyd i gyfreithiwr?
guide-bringing-someone-find-text = Dewiswch gyfreithiwr sy'n arbenigo yn y gyfraith am blant. Gallwch chi chwilio am un ar wefan ‘Find a Solicitor’ y Law Society (Cymdeithas y Cyfreithwyr).
guide-bringing-someone-find-accredited = Chwiliwch am gyfreithiwr sydd ag achrediad Children Law y Law Society. Mae'n dangos bod ganddo wybodaeth arbennig am y maes hwn o'r gyfraith.
guide-bringing-someone-find-legal-aid = Nid yw pob cyfreithiwr yn gwneud gwaith cymorth cyfreithiol. Gofynnwch pan fyddwch chi'n cysylltu gyntaf.
guide-bringing-someone-find-letter = Os ydych chi wedi cael llythyr cyn achos, cysylltwch â chyfreithiwr ar unwaith. Ewch â'r llythyr gyda chi. [Darllenwch beth mae'r llythyr yn ei olygu](page:if-things-do-not-improve).


## Page: your-childs-part

guide-your-childs-part-title = Fydd fy mhlentyn yn cymryd rhan?
guide-your-childs-part-summary = A fydd eich plentyn yn dod i'r cyfarfod, a sut gall ei farn gael ei chlywed.

guide-your-childs-part-attend-heading = Fydd fy mhlentyn yn mynd i'r cyfarfod?
guide-your-childs-part-attend-text = Mae'n dibynnu ar oedran eich plentyn a faint mae'n ei ddeall. Yn aml, mae plant sy'n ddigon hen i ddeall yn cael gwahoddiad.
guide-your-childs-part-attend-part = Efallai y bydd eich plentyn yn dod i'r cyfarfod cyfan, neu i ran ohono yn unig. Neu efallai y bydd ei farn yn cael ei rhannu mewn ffordd arall.
guide-your-childs-part-attend-best = Nid mynd yw'r peth gorau i blentyn bob amser. Siaradwch â'ch [gweithiwr cymdeithasol](glossary:social-worker) am beth sy'n iawn i'ch plentyn.
guide-your-childs-part-attend-young = Fel arfer, nid yw babanod a phlant ifanc yn dod i gynadleddau.

guide-your-childs-part-advocate-heading = All fy mhlentyn gael eiriolwr?
guide-your-childs-part-advocate-text = Gall. Mae llawer o gynghorau'n cynnig [eiriolwr](glossary:advocate) i blant hŷn. Mewn rhai ardaloedd, mae hyn yn cael ei gynnig i blant 11 oed neu'n hŷn.
guide-your-childs-part-advocate-contact = Efallai y bydd yr eiriolwr yn cysylltu â chi cyn y cyfarfod. Gall:
guide-your-childs-part-advocate-support = helpu eich plentyn i ddod i'r cyfarfod
guide-your-childs-part-advocate-instead = ddod yn lle eich plentyn, a siarad ar ei ran
guide-your-childs-part-advocate-pass = gwrdd â'ch plentyn, yna dweud wrth y [cadeirydd](glossary:independent-chair) beth mae eich plentyn ei eisiau a sut mae'n teimlo
guide-your-childs-part-advocate-decide = Mewn rhai ardaloedd, mae eich plentyn a'r cadeirydd yn penderfynu gyda'i gilydd a fydd barn neu adroddiad eich plentyn yn cael ei rannu.

guide-your-childs-part-other-heading = Sut arall gall fy mhlentyn ddweud ei farn?
guide-your-childs-part-other-text = Does dim rhaid i'ch plentyn fod yn yr ystafell i gael ei glywed. Gallai:
guide-your-childs-part-other-letter = ysgrifennu llythyr
guide-your-childs-part-other-drawing = dynnu llun
guide-your-childs-part-other-recording = wneud recordiad llais neu fideo
guide-your-childs-part-other-speak = ofyn i'w weithiwr cymdeithasol neu ei eiriolwr siarad ar ei ran
guide-your-childs-part-other-chair = gwrdd â'r cadeirydd ar ei ben ei hun
guide-your-childs-part-other-matter = Mae barn eich plentyn yn bwysig. Dylai'r gynhadledd ei hystyried wrth wneud ei phenderfyniad.

guide-your-childs-part-wishes-heading = Beth os nad yw fy mhlentyn eisiau i mi fod yno?
guide-your-childs-part-wishes-text = Weithiau nid yw plentyn eisiau i riant fod yn y cyfarfod. Yna efallai y bydd y cadeirydd yn gofyn i chi adael am ran ohono. Byddwch chi'n dal i gael gwybod beth yw'r penderfyniad. [Darllenwch ragor](page:if-you-cannot-go).

guide-your-childs-part-later-heading = Fydd fy mhlentyn yn rhan o beth sy'n digwydd nesaf?
guide-your-childs-part-later-text = Os oes gan eich plentyn gynllun, efallai y bydd yn ymuno â rhai cyfarfodydd diweddarach, sef cyfarfodydd y [grŵp craidd](glossary:core-group). Mae hyn yn dibynnu ar ei oedran a faint mae'n ei ddeall.


## Page: your-family

guide-your-family-title = Rhieni eraill, partneriaid a'r teulu ehangach
guide-your-family-summary = Pwy yn eich teulu sy'n cael gwahoddiad, beth yw ystyr cyfrifoldeb rhiant, a sut gall y teulu ehangach helpu.

guide-your-family-parents-heading = Fydd rhiant arall fy mhlentyn yn cael gwahoddiad?
guide-your-family-parents-text = Fel arfer, bydd. Fel rheol, mae rhieni ac unrhyw un sydd â [chyfrifoldeb rhiant](glossary:parental-responsibility) yn cael gwahoddiad, hyd yn oed os nad ydyn nhw'n byw gyda'r plentyn.
guide-your-family-parents-apart = Os ydych chi a'r rhiant arall yn byw ar wahân, efallai y bydd y ddau ohonoch chi'n cael gwahoddiad. Does dim rhaid i chi fod yn yr un ystafell os nad yw hynny'n ddiogel i chi.
guide-your-family-parents-separate = Dywedwch wrth eich gweithiwr cymdeithasol neu wrth y cadeirydd cyn y diwrnod. Gall y cadeirydd drefnu i'ch clywed chi ar wahân. [Darllenwch ragor am bwy fydd yno](page:who-will-be-there).

guide-your-family-pr-heading = Beth yw cyfrifoldeb rhiant?
guide-your-family-pr-text = Mae'n golygu hawliau a dyletswyddau cyfreithiol rhiant. Gall pobl sydd ag e wneud penderfyniadau mawr ar ran plentyn, er enghraifft am ysgol neu ofal iechyd.
guide-your-family-pr-mother = Mae gan y fam enedigol gyfrifoldeb rhiant nes bod y plentyn yn 18 oed. Dim ond os yw'r plentyn yn cael ei fabwysiadu, neu os yw llys yn gwneud gorchymyn rhiant ar ôl benthyg croth, y mae'n dod i ben yn gynt.
guide-your-family-pr-married = Fel arfer, mae gan dad neu ail riant gyfrifoldeb rhiant os oedd yn briod â'r fam enedigol adeg yr enedigaeth. Mae partneriaeth sifil yn cyfrif yr un fath â phriodas.
guide-your-family-pr-certificate = Mae gan dad gyfrifoldeb rhiant hefyd os yw ei enw ar y dystysgrif geni, ar gyfer genedigaethau sydd wedi'u cofrestru ers mis Rhagfyr 2003.
guide-your-family-pr-others = Gall pobl eraill, fel llys-riant, ei gael drwy gytundeb wedi'i lofnodi neu gan lys. Nid yw llys-riant yn ei gael dim ond drwy briodi rhiant.
guide-your-family-pr-unsure = Os nad ydych chi'n siŵr pwy sydd â chyfrifoldeb rhiant, gofynnwch i'ch gweithiwr cymdeithasol neu i gyfreithiwr.

guide-your-family-partners-heading = Beth am bartneriaid a llys-rieni?
guide-your-family-partners-text = Efallai y bydd partner neu lys-riant sy'n byw gyda'r plentyn yn cael gwahoddiad hefyd, hyd yn oed heb gyfrifoldeb rhiant.
guide-your-family-partners-private = Gall rhai pethau am eich gorffennol aros yn breifat oddi wrth eich partner. [Darllenwch beth sy'n cael ei rannu](page:confidentiality).

guide-your-family-wider-heading = All y teulu ehangach helpu?
guide-your-family-wider-text = Gall. Gall neiniau a theidiau, modrybedd, ewythrod a ffrindiau agos fod yn help mawr i blentyn. Dylai gweithwyr proffesiynol feddwl pwy o blith eich teulu a'ch ffrindiau allai eich cefnogi.
guide-your-family-wider-conference = Efallai y bydd aelodau eraill o'r teulu'n cael gwahoddiad i'r gynhadledd, neu y bydd rhywun yn gofyn am eu barn. Os oes rhywun yn eich teulu eisiau cael ei glywed, gofynnwch i'r cadeirydd.
guide-your-family-wider-plan = Gall y cynllun gynnwys help gan eich teulu ehangach. Er enghraifft, efallai y bydd nain neu daid yn helpu i fynd â'r plant i'r ysgol.

guide-your-family-fgc-heading = Beth yw cynhadledd grŵp teulu?
guide-your-family-fgc-text = Mae [cynhadledd grŵp teulu](glossary:family-group-conference) yn gyfarfod i'ch teulu a'ch ffrindiau. Gyda'ch gilydd, rydych chi'n gwneud eich cynllun eich hun i helpu i gadw eich plentyn yn ddiogel.
guide-your-family-fgc-how = Mae cydlynydd annibynnol yn helpu pawb i baratoi. Mae gweithwyr proffesiynol yn egluro'r pryderon. Yna mae eich teulu'n cael amser preifat i wneud y cynllun.
guide-your-family-fgc-agree = Os yw'r cynllun yn cadw'r plentyn yn ddiogel, bydd gweithwyr proffesiynol fel arfer yn cytuno iddo.
guide-your-family-fgc-ask = Mae llawer o gynghorau'n cynnig cynadleddau grŵp teulu. Gofynnwch i'ch gweithiwr cymdeithasol a allai un helpu eich teulu.


## Page: help-to-take-part

guide-help-to-take-part-title = Help i gymryd rhan: anabledd, iaith a chyfieithwyr
guide-help-to-take-part-summary = Pa help allwch chi ofyn amdano os ydych chi'n anabl, yn Fyddar neu'n sâl, neu os oes angen iaith arall arnoch chi.

guide-help-to-take-part-adjustments-heading = Beth os oes gen i anabledd neu gyflwr iechyd?
guide-help-to-take-part-adjustments-text = Rhaid i wasanaethau wneud [addasiadau rhesymol](glossary:reasonable-adjustments) er mwyn i bobl anabl allu cymryd rhan. Dyma'r gyfraith, o dan yr Equality Act 2010 (Deddf Cydraddoldeb 2010).
guide-help-to-take-part-adjustments-ask = Dywedwch wrth eich gweithiwr cymdeithasol beth sydd ei angen arnoch chi, mor gynnar ag y gallwch chi. Gallech chi ofyn am:
guide-help-to-take-part-adjustments-access = ystafell y gallwch chi fynd i mewn iddi'n hawdd, er enghraifft heb risiau
guide-help-to-take-part-adjustments-bsl = gyfieithydd Iaith Arwyddion Prydain (BSL), neu gyfieithydd Byddar
guide-help-to-take-part-adjustments-loop = ddolen sain, a bod pobl yn edrych arnoch chi pan fyddan nhw'n siarad
guide-help-to-take-part-adjustments-papers = bapurau mewn print bras, fersiwn hawdd ei deall neu fformat arall
guide-help-to-take-part-adjustments-breaks = seibiannau, neu gyfarfod byrrach, os ydych chi'n blino neu'n teimlo'n sâl
guide-help-to-take-part-adjustments-online = gael ymuno drwy fideo neu dros y ffôn, os yw'n anodd cyrraedd yno
guide-help-to-take-part-adjustments-mental = Os oes gennych chi gyflwr iechyd meddwl, gallwch chi ofyn am help hefyd. Er enghraifft, gallech chi ofyn am gwrdd â'r cadeirydd yn gyntaf, neu am gael rhywun gyda chi i'ch cefnogi.
guide-help-to-take-part-adjustments-learning = Os yw darllen neu ddeall yn anodd i chi, mae [Paratoi](page:before-the-conference) yn rhestru rhagor o help y gallwch chi ofyn amdano.
guide-help-to-take-part-adjustments-not = Os nad ydych chi'n cael yr help sydd ei angen arnoch chi, dywedwch wrth y cadeirydd. Gallwch chi hefyd [gwyno](page:complaints).

guide-help-to-take-part-interpreter-heading = Beth os oes angen cyfieithydd arna i?
guide-help-to-take-part-interpreter-text = Gallwch chi gael [cyfieithydd ar y pryd](glossary:interpreter) proffesiynol yn y cyfarfod, am ddim. Ni ddylai neb ofyn i'ch teulu na'ch plant gyfieithu.
guide-help-to-take-part-interpreter-tell = Dywedwch wrth eich gweithiwr cymdeithasol yn gynnar, er mwyn cael amser i'w drefnu. Dywedwch pa iaith a pha dafodiaith rydych chi'n eu siarad.
guide-help-to-take-part-interpreter-different = Gallwch chi ofyn am gyfieithydd gwahanol os oes angen. Er enghraifft, efallai yr hoffech chi rywun o ryw arbennig. Neu efallai yr hoffech chi rywun heb gysylltiad â'ch cymuned.
guide-help-to-take-part-interpreter-translated = Gallwch chi hefyd ofyn i'r adroddiadau a'r cofnodion gael eu cyfieithu, neu eu darllen i chi yn eich iaith chi.

guide-help-to-take-part-welsh-heading = All y gynhadledd fod yn Gymraeg?
guide-help-to-take-part-welsh-text = Gall. Yng Nghymru, gallwch chi ofyn i'r gynhadledd gael ei chynnal yn Gymraeg. Dylai gwasanaethau gynnig y Gymraeg heb i chi orfod gofyn.
guide-help-to-take-part-welsh-papers = Mae'r cofnodion yn cael eu hysgrifennu yn iaith y gynhadledd. Gallwch chi ofyn amdanyn nhw yn yr iaith arall os yw'n well gennych chi. Gallwch chi ofyn am lythyrau a phapurau yn Gymraeg hefyd.
guide-help-to-take-part-welsh-tell = Dywedwch wrth eich gweithiwr cymdeithasol neu wrth [gydlynydd y gynhadledd](glossary:conference-coordinator) pa iaith rydych chi eisiau ei defnyddio.


## Page: practical-questions

guide-practical-questions-title = Cwestiynau ymarferol: beth i fynd gyda chi, teithio a recordio
guide-practical-questions-summary = Beth i fynd gyda chi, cyrraedd yno, amser i ffwrdd o'r gwaith, bod yn hwyr, babanod, a recordio'r cyfarfod.

guide-practical-questions-bring-heading = Beth ddylwn i fynd gyda fi?
guide-practical-questions-bring-text = Gall helpu i ddod â:
guide-practical-questions-bring-letter = eich gwahoddiad, gyda'r amser, y lle a rhif ffôn
guide-practical-questions-bring-reports = yr adroddiadau, gyda'ch nodiadau arnyn nhw
guide-practical-questions-bring-report = eich adroddiad neu eich nodiadau eich hun, os ydych chi wedi ysgrifennu rhai
guide-practical-questions-bring-questions = eich cwestiynau, wedi'u hysgrifennu
guide-practical-questions-bring-pen = beiro a phapur, i ysgrifennu beth sy'n cael ei ddweud
guide-practical-questions-bring-needs = diod, ac unrhyw feddyginiaeth y gallai fod ei hangen arnoch chi
guide-practical-questions-bring-private = Cadwch eich papurau gyda chi, ac ewch â nhw adref wedyn. Maen nhw'n breifat.

guide-practical-questions-travel-heading = Beth os nad ydw i'n gallu fforddio cyrraedd yno?
guide-practical-questions-travel-text = Dywedwch wrth eich gweithiwr cymdeithasol mor gynnar ag y gallwch chi. Efallai y gallan nhw helpu gyda theithio.
guide-practical-questions-travel-online = Gallwch chi hefyd ofyn a allwch chi ymuno drwy fideo neu dros y ffôn.

guide-practical-questions-work-heading = Beth am amser i ffwrdd o'r gwaith?
guide-practical-questions-work-text = Os ydych chi'n gweithio, gofynnwch am amser i ffwrdd cyn gynted ag y byddwch chi'n gwybod y dyddiad. Gall cynhadledd gymryd ychydig oriau, felly gofynnwch am fore neu brynhawn cyfan.
guide-practical-questions-work-change = Os yw'r dyddiad yn anodd iawn i chi, dywedwch wrth eich gweithiwr cymdeithasol ar unwaith. Efallai y bydd yn bosibl ei newid, ond nid bob amser.

guide-practical-questions-late-heading = Beth os ydw i'n hwyr?
guide-practical-questions-late-text = Ffoniwch y rhif ar eich gwahoddiad a dweud pryd byddwch chi'n cyrraedd. Fel arfer, mae'r cyfarfod yn dechrau ar amser, felly ceisiwch gyrraedd yn gynnar.
guide-practical-questions-late-missed = Os ydych chi'n colli rhan o'r cyfarfod, gofynnwch i'r cadeirydd ddweud wrthych chi beth gafodd ei ddweud.

guide-practical-questions-baby-heading = Alla i ddod â fy mabi?
guide-practical-questions-baby-text = Fel arfer, nid yw babanod a phlant ifanc yn dod i'r cyfarfod. Trefnwch ofal plant os gallwch chi.
guide-practical-questions-baby-ask = Os oes gennych chi fabi ifanc, er enghraifft un rydych chi'n ei fwydo o'r fron, gofynnwch i'r cadeirydd cyn y diwrnod. Y cadeirydd sy'n penderfynu beth sy'n bosibl.
guide-practical-questions-baby-help = Os yw'n anodd trefnu gofal plant, dywedwch wrth eich gweithiwr cymdeithasol. Efallai y gallan nhw helpu.

guide-practical-questions-record-heading = Alla i recordio'r cyfarfod?
guide-practical-questions-record-text = Gofynnwch i'r cadeirydd cyn y diwrnod os ydych chi eisiau recordio'r cyfarfod. Peidiwch â recordio heb ofyn. Mae gan bob ardal ei rheolau ei hun am recordio.
guide-practical-questions-record-notes = Gallwch chi ysgrifennu eich nodiadau eich hun bob amser. Byddwch chi hefyd yn cael y [cofnodion](glossary:minutes), sef y cofnod ysgrifenedig.
guide-practical-questions-record-share = Peidiwch byth â rhannu recordiad na'r papurau ar-lein. Maen nhw'n breifat, a gallai eu rhannu niweidio preifatrwydd eich plentyn.


## Page: on-the-day

guide-on-the-day-title = Beth sy'n digwydd ar y diwrnod?
guide-on-the-day-summary = Sut mae'r cyfarfod yn mynd, gam wrth gam, a beth allwch chi ei wneud os yw'n teimlo'n anodd.

guide-on-the-day-before-heading = Beth sy'n digwydd cyn iddo ddechrau?
guide-on-the-day-before-text = Fel arfer, mae'r [cadeirydd](glossary:independent-chair) yn cwrdd â chi yn gyntaf. Mae'n egluro sut bydd y cyfarfod yn mynd ac yn gwirio eich bod wedi gweld yr adroddiadau. [Darllenwch ragor am gwrdd â'r cadeirydd](page:before-the-conference).

guide-on-the-day-order-heading = Beth sy'n digwydd yn y cyfarfod?
guide-on-the-day-order-text = Mae pob cynhadledd ychydig yn wahanol. Mae'r rhan fwyaf yn dilyn trefn fel hyn:
guide-on-the-day-step-register = Mae'r cadeirydd yn ysgrifennu pwy sydd yno.
guide-on-the-day-step-arrangements = Mae'r cadeirydd yn egluro pethau fel allanfeydd tân, toiledau a seibiannau.
guide-on-the-day-step-introductions = Mae pawb yn dweud pwy ydyn nhw a pham maen nhw yno.
guide-on-the-day-step-details = Mae'r cadeirydd yn gwirio manylion eich teulu. Mewn rhai lleoedd, mae'r rhain yn cael eu hysgrifennu ar fwrdd yn y blaen.
guide-on-the-day-step-purpose = Mae'r cadeirydd yn egluro beth yw pwrpas y cyfarfod a sut bydd yn mynd.
guide-on-the-day-step-social-worker = Mae'r [gweithiwr cymdeithasol](glossary:social-worker) yn egluro beth arweiniodd at y gynhadledd.
guide-on-the-day-step-reports = Mae pob gweithiwr proffesiynol yn rhoi prif bwyntiau ei adroddiad. Mae hyn yn cynnwys cryfderau eich teulu a'r risgiau maen nhw'n eu gweld.
guide-on-the-day-step-you = Mae rhywun yn gofyn i chi beth rydych chi'n ei feddwl. Gallwch chi ddweud beth rydych chi'n cytuno ag e a beth nad ydych chi'n cytuno ag e.
guide-on-the-day-step-summary = Mae'r cadeirydd yn crynhoi beth sy'n gweithio'n dda, beth mae pobl yn poeni amdano, a beth sydd angen digwydd.
guide-on-the-day-step-decision = Mae pob gweithiwr proffesiynol yn dweud a yw'n meddwl bod angen { $nation ->
        [wales] [cynllun amddiffyn, gofal a chymorth](glossary:care-and-support-protection-plan)
       *[england] [cynllun amddiffyn plentyn](glossary:child-protection-plan)
    } ar eich plentyn. Yna mae'r penderfyniad yn cael ei wneud a'i egluro i chi.
guide-on-the-day-step-plan = Os oes cynllun, mae'r cyfarfod yn cytuno ar ei amlinelliad. Mae hefyd yn cytuno pwy fydd yn y [grŵp craidd](glossary:core-group), a phryd bydd yr adolygiad cyntaf.
guide-on-the-day-step-no-plan = Os nad oes cynllun, mae'r cyfarfod yn siarad am help arall i'ch teulu.
guide-on-the-day-clear = Erbyn y diwedd, dylech chi wybod beth sydd angen newid, os oes unrhyw beth. Os nad ydych chi'n siŵr, gofynnwch i'r cadeirydd cyn i chi adael.
guide-on-the-day-views = Bydd pobl yn gofyn am eich barn drwy gydol y cyfarfod, nid ar un adeg yn unig. Os ydych chi eisiau siarad, rhowch wybod i'r cadeirydd.
guide-on-the-day-written = Os ydych chi wedi ysgrifennu beth rydych chi eisiau ei ddweud, gallwch chi ei ddarllen yn uchel. Neu gallwch chi ofyn iddo gael ei rannu.

guide-on-the-day-length-heading = Faint o amser fydd yn ei gymryd?
guide-on-the-day-length-text = Mae'n amrywio. Mae llawer o gynadleddau'n cymryd tua dwy awr, ac mae rhai'n cymryd yn hirach. Gofynnwch i'r cadeirydd faint o amser mae eich un chi'n debygol o'i gymryd.

guide-on-the-day-breaks-heading = Alla i gael seibiant?
guide-on-the-day-breaks-text = Gallwch. Dywedwch wrth y cadeirydd os oes angen seibiant byr arnoch chi. Gallwch chi hefyd ofyn am amser i siarad yn breifat gyda'ch [cyfreithiwr](glossary:solicitor) neu'r person sy'n eich cefnogi. Fel arfer, mae'r cyfarfod yn stopio tra byddwch chi'n gwneud hynny.

guide-on-the-day-leave-heading = Allai rhywun ofyn i mi adael yr ystafell?
guide-on-the-day-leave-text = Fel arfer, byddwch chi yno am y rhan fwyaf o'r cyfarfod. Ond efallai y bydd y cadeirydd yn gofyn i chi adael am ychydig, ac yna'n eich gwahodd yn ôl.
guide-on-the-day-leave-why = Weithiau mae angen amser ar weithwyr proffesiynol ar eu pen eu hunain i rannu gwybodaeth bwysig a meddwl amdani. Efallai y bydd angen cyngor cyfreithiol arnyn nhw hefyd.
guide-on-the-day-leave-reasons = Efallai y bydd y cadeirydd yn gofyn i riant neu aelod o'r teulu adael am ychydig. Mewn achosion prin, efallai y bydd yn gofyn i rywun beidio â dod. Gall hyn ddigwydd:
guide-on-the-day-leave-child-interest = pan fydd rhesymau da dros feddwl na fyddai'n dda i'r plentyn fod y person hwnnw yno
guide-on-the-day-leave-violence = pan fydd risg o drais yn y cyfarfod
guide-on-the-day-leave-child-wish = pan nad yw'r plentyn eisiau i'r person hwnnw fod yno
guide-on-the-day-leave-family-info = pan fydd rhaid rhannu gwybodaeth breifat am aelod arall o'r teulu, ac na ddylai eraill ei chlywed
guide-on-the-day-leave-ex-partner = pan nad yw rhiant eisiau bod yn yr ystafell gyda chyn-bartner, a bod y cadeirydd yn cytuno
guide-on-the-day-leave-referrer = pan fyddai'r wybodaeth yn dangos pwy wnaeth yr [atgyfeiriad](glossary:referral)
guide-on-the-day-leave-law = pan fydd y gyfraith, neu reolau proffesiynol, yn dweud na ddylid rhannu'r wybodaeth gyda chi
guide-on-the-day-leave-investigation = pan fydd ymchwiliad, er enghraifft gan yr heddlu, yn dal i fynd ymlaen, ac y gallai rhannu gwybodaeth ei niweidio
guide-on-the-day-leave-after = Byddwch chi'n dal i gael gwybod beth yw'r penderfyniad. [Darllenwch sut gall eich barn gael ei chlywed o hyd](page:if-you-cannot-go).
guide-on-the-day-leave-safety = Os ydych chi'n poeni am eich diogelwch yn y cyfarfod, dywedwch wrth y cadeirydd cyn y diwrnod. Gall y cadeirydd gynllunio ar gyfer hyn, er enghraifft drwy glywed gan bobl ar wahân.

guide-on-the-day-upset-heading = Beth os ydw i'n ypsetio?
guide-on-the-day-upset-text = Mae'n normal teimlo'n ofidus, yn ddig neu'n ofnus. Mae'r bobl yn y cyfarfod yn gwybod hyn.
guide-on-the-day-upset-try = Os yw'n mynd yn ormod, gallwch chi:
guide-on-the-day-upset-break = ofyn am seibiant
guide-on-the-day-upset-repeat = ofyn i rywun ddweud cwestiwn eto, yn arafach
guide-on-the-day-upset-explain = ofyn i'r cadeirydd egluro gair
guide-on-the-day-upset-supporter = ofyn i'r person sy'n eich cefnogi eich helpu
guide-on-the-day-upset-notes = edrych ar eich nodiadau
guide-on-the-day-upset-ok = Mae'n iawn cael seibiant. Gall eich helpu i ddweud beth rydych chi eisiau ei ddweud.

guide-on-the-day-signs-heading = Beth yw Signs of Safety?
guide-on-the-day-signs-text = Mae rhai cynghorau'n defnyddio ffordd o weithio o'r enw [Signs of Safety](glossary:signs-of-safety) (Arwyddion Diogelwch). Mae'n cadw'r sylw ar eich plentyn a'i ddiogelwch. Mae hefyd yn golygu gweithio gyda'ch teulu.
guide-on-the-day-signs-questions = Yn y cyfarfodydd hyn, mae pobl yn aml yn siarad am dri chwestiwn:
guide-on-the-day-signs-well = Beth sy'n gweithio'n dda?
guide-on-the-day-signs-worried = Am beth rydyn ni'n poeni?
guide-on-the-day-signs-happen = Beth sydd angen digwydd?
guide-on-the-day-signs-plan = Efallai mai cynllun diogelwch yw enw'r cynllun. Mae'n creu rhwydwaith diogelwch: pobl o gwmpas eich plentyn sy'n helpu i'w gadw'n ddiogel. Mae pawb yn cytuno ar rai rheolau y bydd y teulu a'r rhwydwaith yn cadw atyn nhw.
guide-on-the-day-signs-ask = Gall eich gweithiwr cymdeithasol ddweud wrthych chi a yw'r cyngor ({ $council }) yn gweithio fel hyn.


## Page: the-decision

guide-the-decision-title = Beth all y gynhadledd ei benderfynu?
guide-the-decision-summary = A oes angen cynllun ar eich plentyn, beth mae hynny'n ei olygu, a beth allwch chi ei wneud os ydych chi'n anghytuno.

guide-the-decision-outcomes-heading = Beth yw'r penderfyniadau posibl?
guide-the-decision-outcomes-text = Mae'r gynhadledd yn penderfynu a yw eich plentyn yn dal mewn perygl o [niwed sylweddol](glossary:significant-harm). Mae dau benderfyniad posibl:
guide-the-decision-outcomes-plan = Mae angen { $nation ->
        [wales] [cynllun amddiffyn, gofal a chymorth](glossary:care-and-support-protection-plan)
       *[england] [cynllun amddiffyn plentyn](glossary:child-protection-plan)
    } ar eich plentyn.
guide-the-decision-outcomes-no-plan = Nid oes angen { $nation ->
        [wales] cynllun amddiffyn, gofal a chymorth
       *[england] cynllun amddiffyn plentyn
    } ar eich plentyn. Efallai y bydd help yn dal i gael ei gynnig i'ch teulu, neu efallai na fydd dim byd pellach yn digwydd.
guide-the-decision-wales-register = Yng Nghymru, mae plentyn sydd â [chynllun amddiffyn, gofal a chymorth](glossary:care-and-support-protection-plan) yn mynd ar y [gofrestr amddiffyn plant](glossary:child-protection-register). Mae ei enw'n dod oddi arni pan fydd y cynllun yn dod i ben.
guide-the-decision-england-register = Efallai y byddwch chi'n clywed pobl yn dweud bod plentyn ‘ar y gofrestr’ neu ar y ‘gofrestr risg’. Yn Lloegr, mae hyn yn golygu bod gan y plentyn gynllun amddiffyn plentyn.

guide-the-decision-categories-heading = Pa fathau o niwed sydd?
guide-the-decision-categories-text = Os oes angen cynllun ar eich plentyn, mae'r gynhadledd yn dweud pa fath o niwed mae'n poeni amdano. Yr enw ar hyn yw'r [categori](glossary:category-of-harm).
guide-the-decision-categories-list = { $nation ->
    [wales] Yng Nghymru, mae pum categori:
   *[england] Yn Lloegr, mae pedwar categori:
}
guide-the-decision-categories-physical = [cam-drin corfforol](glossary:physical-abuse)
guide-the-decision-categories-emotional = { $nation ->
    [wales] [cam-drin emosiynol neu seicolegol](glossary:emotional-abuse)
   *[england] [cam-drin emosiynol](glossary:emotional-abuse)
}
guide-the-decision-categories-sexual = [cam-drin rhywiol](glossary:sexual-abuse)
guide-the-decision-categories-financial = [cam-drin ariannol](glossary:financial-abuse)
guide-the-decision-categories-neglect = [esgeulustod](glossary:neglect)
guide-the-decision-categories-more = Efallai y bydd eich plentyn mewn mwy nag un categori. Dylai'r [cadeirydd](glossary:independent-chair) egluro pam cafodd pob un ei ddewis.
guide-the-decision-categories-wales = Yng Nghymru, categori cofrestru yw'r enw ar hyn. Gallwch chi gwyno os na chafodd y gweithdrefnau eu dilyn a bod hynny wedi effeithio arno. [Darllenwch am gwynion](page:complaints).

guide-the-decision-plan-heading = Beth yw { $nation ->
        [wales] cynllun amddiffyn, gofal a chymorth
       *[england] cynllun amddiffyn plentyn
    }?
guide-the-decision-plan-text = Cynllun i gadw eich plentyn yn ddiogel yw e. Mae'n rhestru beth sydd angen digwydd, pwy fydd yn ei wneud, ac erbyn pryd.
guide-the-decision-plan-should = Dylai'r cynllun:
guide-the-decision-plan-likely = edrych ar ba mor debygol yw hi y bydd eich plentyn yn cael ei niweidio, a sut i'w amddiffyn
guide-the-decision-plan-aims = osod nodau tymor byr a thymor hir, i leihau'r risg a helpu lles eich plentyn
guide-the-decision-plan-who = ei gwneud yn glir pwy sy'n gyfrifol am bob peth
guide-the-decision-plan-check = ddweud sut bydd pawb yn gwirio sut mae pethau'n mynd
guide-the-decision-plan-shared = Mae rhai camau ar eich cyfer chi. Mae eraill ar gyfer gweithwyr proffesiynol. Mae pawb yn helpu i wneud y cynllun.
guide-the-decision-plan-outline = Mae'r gynhadledd yn cytuno ar amlinelliad. Mae'r [grŵp craidd](glossary:core-group) yn gweithio allan y manylion wedyn. [Darllenwch beth sy'n digwydd nesaf](page:after-the-conference).

guide-the-decision-no-plan-heading = Beth os nad oes angen cynllun ar fy mhlentyn?
guide-the-decision-no-plan-text = Efallai na fydd dim byd pellach yn digwydd. Neu efallai y bydd y cyfarfod yn dod o hyd i help a fyddai'n dda i'ch plentyn a'ch teulu.
guide-the-decision-no-plan-cin = { $nation ->
    [wales] Yng Nghymru, efallai y bydd yr help hwn yn cael ei nodi mewn [cynllun gofal a chymorth](glossary:care-and-support-plan).
   *[england] Efallai y bydd yr help hwn yn cael ei nodi mewn [cynllun Plentyn mewn Angen](glossary:child-in-need-plan) (Child in Need plan), sydd weithiau'n cael ei alw'n gynllun CIN.
}
guide-the-decision-no-plan-meet = O bryd i'w gilydd, bydd y gweithwyr proffesiynol yn cwrdd â chi i siarad am sut mae'n mynd. Mae'r cynllun yn cael ei adolygu'n rheolaidd.

guide-the-decision-disagree-heading = Beth os nad ydw i'n cytuno?
guide-the-decision-disagree-text = Gallwch chi ddweud yn y cyfarfod eich bod yn anghytuno. Gofynnwch i'ch barn gael ei hysgrifennu yn y [cofnodion](glossary:minutes).
guide-the-decision-disagree-recorded = Nid yw anghytuno yn atal y cynllun. Ond bydd eich barn ar gofnod, a gallwch chi [gwyno](page:complaints) wedyn.
guide-the-decision-disagree-work = Fel arfer, mae'n helpu eich plentyn os ydych chi'n dal i weithio gyda gweithwyr proffesiynol tra bydd cwyn yn cael ei hystyried.

guide-the-decision-key-worker-heading = Pwy fydd fy mhrif gyswllt?
guide-the-decision-key-worker-text = { $nation ->
    [wales] Os oes cynllun, mae'r gynhadledd yn enwi'r [gweithiwr cymdeithasol](glossary:social-worker) a fydd yn ei gydlynu. Y person hwn yw eich [gweithiwr allweddol](glossary:key-worker).
   *[england] Os oes cynllun, mae'r gynhadledd yn enwi prif [weithiwr cymdeithasol](glossary:social-worker) (lead social worker). Mae rhai cynghorau bellach yn dweud prif ymarferydd (lead practitioner). Y person hwn yw eich [gweithiwr allweddol](glossary:key-worker).
}
guide-the-decision-key-worker-job = Mae eich gweithiwr allweddol yn gwneud yn siŵr bod y cynllun yn digwydd. Mae'n arwain y grŵp craidd ac yn cadw mewn cysylltiad â chi.


## Page: after-the-conference

guide-after-the-conference-title = Beth sy'n digwydd ar ôl y gynhadledd?
guide-after-the-conference-summary = Y cofnod ysgrifenedig, y grŵp craidd, ymweliadau, cyfarfodydd adolygu a sut mae cynllun yn dod i ben.

guide-after-the-conference-minutes-heading = Fydda i'n cael cofnod ysgrifenedig o'r cyfarfod?
guide-after-the-conference-minutes-text = Byddwch. Byddwch chi'n cael y [cofnodion](glossary:minutes). Maen nhw'n crynhoi'r prif bethau a gafodd eu dweud a'u penderfynu.
guide-after-the-conference-minutes-timing = Dylai'r cyngor ({ $council }) eu hanfon atoch chi o fewn { $minutes-days ->
        [zero] [{ $minutes-days } diwrnod gwaith](glossary:working-days)
        [one] [{ $minutes-days } diwrnod gwaith](glossary:working-days)
        [two] [{ $minutes-days } ddiwrnod gwaith](glossary:working-days)
        [few] [{ $minutes-days } diwrnod gwaith](glossary:working-days)
        [many] [{ $minutes-days } diwrnod gwaith](glossary:working-days)
       *[other] [{ $minutes-days } diwrnod gwaith](glossary:working-days)
    } ar ôl y gynhadledd.
guide-after-the-conference-minutes-letter = Efallai y bydd y [cadeirydd](glossary:independent-chair) hefyd yn ysgrifennu atoch chi i gadarnhau'r penderfyniadau a'r argymhellion.
guide-after-the-conference-minutes-confidential = Efallai y bydd rhai rhannau'n cael eu gadael allan o'ch copi chi os ydyn nhw'n [gyfrinachol](glossary:confidential).
guide-after-the-conference-minutes-wrong = Darllenwch y cofnodion. Os oes rhywbeth yn anghywir, dywedwch wrth y cadeirydd yn ysgrifenedig. { $nation ->
        [wales] Yng Nghymru, anfonwch eich sylwadau o fewn 10 [diwrnod gwaith](glossary:working-days) ar ôl cael y cofnodion.
       *[england] Gwnewch hyn cyn gynted ag y gallwch chi. Bydd eich cyngor yn dweud wrthych chi os oes terfyn amser.
    }
guide-after-the-conference-minutes-keep = Cadwch gofnodion y cyfarfod mewn lle diogel a phreifat. [Darllenwch ragor am gywiro camgymeriadau](page:your-records).
guide-after-the-conference-core-group-heading = Beth yw'r grŵp craidd?
guide-after-the-conference-core-group-text = Os oes gan eich plentyn { $nation ->
        [wales] [gynllun amddiffyn, gofal a chymorth](glossary:care-and-support-protection-plan)
       *[england] [gynllun amddiffyn plentyn](glossary:child-protection-plan)
    }, mae grŵp bach yn gweithio arno gyda chi. Yr enw ar hwn yw'r [grŵp craidd](glossary:core-group).

guide-after-the-conference-core-group-job = Ei waith yw gwneud yn siŵr bod y cynllun yn digwydd, a gwirio sut mae pethau'n mynd.
guide-after-the-conference-core-group-members = Mae'r grŵp craidd yn debygol o gynnwys:
guide-after-the-conference-core-group-you = chi, ac unrhyw rieni neu ofalwyr eraill
guide-after-the-conference-core-group-key-worker = eich [gweithiwr allweddol](glossary:key-worker), sy'n weithiwr cymdeithasol
guide-after-the-conference-core-group-school = athro neu weithiwr meithrinfa
guide-after-the-conference-core-group-health = ymwelydd iechyd neu nyrs ysgol
guide-after-the-conference-core-group-others = gweithwyr proffesiynol eraill sy'n gweld eich teulu'n aml
guide-after-the-conference-core-group-child = eich plentyn, os yw'n ddigon hen ac yn deall digon

guide-after-the-conference-meetings-heading = Pryd mae'r grŵp craidd yn cwrdd?
guide-after-the-conference-meetings-first = Mae dyddiad y cyfarfod cyntaf yn cael ei gytuno yn y gynhadledd. Dylai fod o fewn { $core-group-days ->
        [zero] { $core-group-days } diwrnod gwaith
        [one] { $core-group-days } diwrnod gwaith
        [two] { $core-group-days } ddiwrnod gwaith
        [few] { $core-group-days } diwrnod gwaith
        [many] { $core-group-days } diwrnod gwaith
       *[other] { $core-group-days } diwrnod gwaith
    } ar ôl y gynhadledd.
guide-after-the-conference-meetings-detail = Yn y cyfarfod cyntaf hwnnw, mae'r grŵp yn gweithio allan manylion y cynllun.
guide-after-the-conference-meetings-often = Ar ôl hynny, mae'r grŵp craidd yn cwrdd o leiaf { $core-group-weeks ->
        [zero] bob { $core-group-weeks } wythnos
        [one] unwaith yr wythnos
        [two] bob { $core-group-weeks } wythnos
        [few] bob { $core-group-weeks } wythnos
        [many] bob { $core-group-weeks } wythnos
       *[other] bob { $core-group-weeks } wythnos
    }.
guide-after-the-conference-meetings-what = Ym mhob cyfarfod, rydych chi'n edrych ar y cynllun gyda'ch gilydd. Rydych chi'n siarad am beth sydd wedi mynd yn dda a beth sydd angen digwydd o hyd.

guide-after-the-conference-plan-heading = Beth fydd y cynllun yn ei ddweud?
guide-after-the-conference-plan-text = Mae'r cynllun yn dweud:
guide-after-the-conference-plan-what = beth sydd angen ei wneud
guide-after-the-conference-plan-who = pwy fydd yn ei wneud
guide-after-the-conference-plan-where = ble bydd yn digwydd
guide-after-the-conference-plan-when = erbyn pryd mae angen ei wneud
guide-after-the-conference-plan-ask = Os nad ydych chi'n deall rhywbeth yn y cynllun, gofynnwch. Dylech chi wybod beth mae gofyn i chi ei wneud.

guide-after-the-conference-visits-heading = Fydd y gweithiwr cymdeithasol yn ymweld?
guide-after-the-conference-visits-text = Bydd. Tra bydd gan eich plentyn gynllun, bydd y gweithiwr cymdeithasol yn ymweld â'ch cartref i wirio sut mae pethau.
guide-after-the-conference-visits-kinds = Bydd rhai ymweliadau'n cael eu trefnu gyda chi. Efallai y bydd eraill yn [ddirybudd](glossary:unannounced-visit). Mae hyn yn golygu bod y gweithiwr cymdeithasol yn dod heb ddweud wrthych chi yn gyntaf.
guide-after-the-conference-visits-child = Fel arfer, bydd eisiau gweld eich plentyn. Weithiau bydd yn siarad â'ch plentyn ar ei ben ei hun.

guide-after-the-conference-reviews-heading = Pryd mae'r gynhadledd nesaf?
guide-after-the-conference-reviews-text = Mae [cynhadledd adolygu](glossary:review-conference) yn edrych ar sut mae'r cynllun yn mynd. Mae'n penderfynu a oes angen cynllun ar eich plentyn o hyd.
guide-after-the-conference-reviews-first = Mae'r adolygiad cyntaf yn cael ei gynnal o fewn { $first-review-months ->
        [zero] { $first-review-months } mis
        [one] { $first-review-months } mis
        [two] { $first-review-months } fis
        [few] { $first-review-months } mis
        [many] { $first-review-months } mis
       *[other] { $first-review-months } mis
    } ar ôl y [gynhadledd gychwynnol](glossary:initial-conference).
guide-after-the-conference-reviews-later = Ar ôl hynny, mae adolygiad o leiaf { $later-review-months ->
        [zero] bob { $later-review-months } mis
        [one] unwaith y mis
        [two] bob { $later-review-months } fis
        [few] bob { $later-review-months } mis
        [many] bob { $later-review-months } mis
       *[other] bob { $later-review-months } mis
    } tra bydd gan eich plentyn gynllun.
guide-after-the-conference-reviews-reports = Dylech chi gael yr adroddiadau { $reports-review-days ->
        [zero] { $reports-review-days } diwrnod gwaith
        [one] { $reports-review-days } diwrnod gwaith
        [two] { $reports-review-days } ddiwrnod gwaith
        [few] { $reports-review-days } diwrnod gwaith
        [many] { $reports-review-days } diwrnod gwaith
       *[other] { $reports-review-days } diwrnod gwaith
    } cyn pob adolygiad.

guide-after-the-conference-ending-heading = Pryd mae cynllun yn dod i ben?
guide-after-the-conference-ending-text = Mae cynllun yn dod i ben:
guide-after-the-conference-ending-safe = pan fydd cynhadledd adolygu'n penderfynu nad yw eich plentyn mewn perygl o [niwed sylweddol](glossary:significant-harm) mwyach
guide-after-the-conference-ending-moved = pan fydd eich teulu'n symud yn barhaol i ardal cyngor arall, a'r cyngor newydd yn cymryd drosodd
guide-after-the-conference-ending-eighteen = pan fydd eich plentyn yn troi'n 18 oed (dylai fod adolygiad yn agos at ei ben-blwydd, pan all y cynllun ddod i ben)
guide-after-the-conference-ending-abroad = pan fydd eich plentyn yn gadael y DU yn barhaol
guide-after-the-conference-ending-died = Yn drist iawn, mae cynllun hefyd yn dod i ben os yw plentyn yn marw.
guide-after-the-conference-ending-wales = Yng Nghymru, mae enw eich plentyn yn dod oddi ar y [gofrestr amddiffyn plant](glossary:child-protection-register) pan fydd y cynllun yn dod i ben.
guide-after-the-conference-ending-support = Pan fydd cynllun yn dod i ben, efallai y bydd rhywfaint o help yn dal i gael ei gynnig i chi.

guide-after-the-conference-how-long-heading = Am faint mae cynlluniau'n para fel arfer?
guide-after-the-conference-how-long-text = Nid yw'r rhan fwyaf o gynlluniau'n para mwy na dwy flynedd. Erbyn hynny, fel arfer mae pethau wedi newid digon i'r plentyn fod yn ddiogel.
guide-after-the-conference-how-long-court = Mewn nifer bach o deuluoedd, nid yw pethau'n gwella. Yna efallai y bydd y cyngor yn gofyn i lys gymryd rhan. [Darllenwch beth sy'n digwydd os nad yw pethau'n gwella](page:if-things-do-not-improve).

guide-after-the-conference-moving-heading = Beth os ydyn ni'n symud i ardal newydd?
guide-after-the-conference-moving-text = Dywedwch wrth eich gweithiwr cymdeithasol cyn i chi symud.
guide-after-the-conference-moving-transfer = Os ydych chi'n symud yn barhaol i ardal cyngor arall, dylai'r cyngor newydd gynnal [cynhadledd trosglwyddo i mewn](glossary:transfer-in-conference). Dylai hyn fod o fewn 15 [diwrnod gwaith](glossary:working-days) ar ôl iddo glywed am y symud. Bydd y gynhadledd honno'n penderfynu a oes angen cynllun ar eich plentyn o hyd.

guide-after-the-conference-feedback-heading = Alla i ddweud beth roeddwn i'n ei feddwl o'r gynhadledd?
guide-after-the-conference-feedback-text = Mae llawer o gynghorau'n gofyn i rieni a phlant beth roedden nhw'n ei feddwl o'u cynhadledd. Gallai hyn fod yn ffurflen neu'n arolwg ar-lein. Gallwch chi ofyn am help i'w llenwi.
guide-after-the-conference-feedback-private = Mae eich atebion yn cael eu cadw'n breifat ac yn helpu i wella gwasanaethau. Ni fydd unrhyw ganlyniadau sy'n cael eu cyhoeddi yn dangos pwy ydych chi.


## Page: if-things-do-not-improve

guide-if-things-do-not-improve-title = Beth os nad yw pethau'n gwella?
guide-if-things-do-not-improve-summary = Cynlluniau wrth gefn, y cam cyn y llys, y llythyr cyn achos, a sut i gael help cyfreithiol yn gyflym.

guide-if-things-do-not-improve-review-heading = Beth sy'n digwydd os nad yw'r cynllun yn gweithio?
guide-if-things-do-not-improve-review-text = Mae'r [grŵp craidd](glossary:core-group) a'r cynadleddau adolygu yn gwirio sut mae'r cynllun yn mynd. Os nad yw pethau'n newid, dylen nhw ddweud wrthych chi beth sy'n dal i'w poeni.
guide-if-things-do-not-improve-review-help = Gofynnwch beth fyddai'n helpu. Gall y cynllun newid, a gallwch chi ofyn am gymorth gwahanol.
guide-if-things-do-not-improve-contingency = Mae gan rai cynlluniau [gynllun wrth gefn](glossary:contingency-plan). Cynllun i'w ddefnyddio os oes angen yw hwn. Mae'n dweud beth fydd yn digwydd os bydd pethau'n gwaethygu, neu os nad yw'r prif gynllun yn gweithio.
guide-if-things-do-not-improve-contingency-ask = Gofynnwch i'ch gweithiwr cymdeithasol a oes un gan gynllun eich plentyn, a beth mae'n ei ddweud.

guide-if-things-do-not-improve-pre-heading = Beth yw'r cam cyn achos?
guide-if-things-do-not-improve-pre-text = Efallai y bydd y cyngor yn dechrau meddwl am ofyn i lys benderfynu am eich plentyn. Os felly, fel arfer mae'n dechrau'r cam [cyn achos](glossary:pre-proceedings) yn gyntaf.
guide-if-things-do-not-improve-pre-letter = Byddwch chi'n cael [llythyr cyn achos](glossary:letter-before-proceedings). Mae rhai pobl yn ei alw'n llythyr PLO. Ystyr PLO yw Public Law Outline, sef y rheolau ar gyfer yr achosion hyn.
guide-if-things-do-not-improve-pre-says = Mae'r llythyr yn dweud beth mae'r cyngor yn poeni amdano a beth sydd angen newid. Mae'n eich gwahodd i gyfarfod gyda'r cyngor.
guide-if-things-do-not-improve-pre-chance = Dyma gyfle i wneud newidiadau ac osgoi mynd i'r llys. Ewch i'r cyfarfod, ac ewch â chyfreithiwr gyda chi.
guide-if-things-do-not-improve-pre-emergency = Mewn argyfwng, gall y cyngor fynd i'r llys heb y cam hwn.

guide-if-things-do-not-improve-legal-heading = Alla i gael help cyfreithiol am ddim?
guide-if-things-do-not-improve-legal-text = Gallwch. Os ydych chi'n rhiant neu os oes gennych chi gyfrifoldeb rhiant, mae cymorth cyfreithiol yn talu am gyfreithiwr ar y cam hwn. Does dim ots faint rydych chi'n ei ennill.
guide-if-things-do-not-improve-legal-fast = Cysylltwch â chyfreithiwr sy'n arbenigo yn y gyfraith am blant cyn gynted ag y byddwch chi'n cael y llythyr. [Darllenwch sut i ddod o hyd i un](page:bringing-someone).

guide-if-things-do-not-improve-family-heading = All fy nheulu helpu?
guide-if-things-do-not-improve-family-text = Gall. Dylai'r cyngor edrych ar bwy o blith eich teulu a'ch ffrindiau allai helpu. Mae [cynhadledd grŵp teulu](glossary:family-group-conference) yn un ffordd o wneud cynllun teulu.
guide-if-things-do-not-improve-family-care = Efallai na fydd plentyn yn gallu aros gartref yn ddiogel. Yna dylai'r cyngor feddwl yn gyntaf am deulu neu ffrindiau a allai ofalu amdano.

guide-if-things-do-not-improve-court-heading = Beth os yw'r cyngor yn mynd i'r llys?
guide-if-things-do-not-improve-court-text = [Achos gofal](glossary:care-proceedings) yw'r enw ar hyn. Y llys sy'n penderfynu, nid y cyngor.
guide-if-things-do-not-improve-court-aid = Mae rhieni, ac unrhyw un sydd â chyfrifoldeb rhiant, yn cael cymorth cyfreithiol ar gyfer achos gofal, beth bynnag yw eu hincwm.
guide-if-things-do-not-improve-court-keep = Daliwch ati i fynd i gyfarfodydd a gweithio gyda gweithwyr proffesiynol os gallwch chi. Mae'n dangos beth rydych chi'n ei wneud dros eich plentyn.


## Page: if-you-cannot-go

guide-if-you-cannot-go-title = Beth os na alla i fynd, neu os nad ydw i wedi cael gwahoddiad?
guide-if-you-cannot-go-summary = Sut gall eich barn gael ei chlywed o hyd os ydych chi'n colli'r cyfarfod cyfan neu ran ohono.
guide-if-you-cannot-go-why-heading = Pam dylwn i fynd os galla i?
guide-if-you-cannot-go-why-text = Rydych chi'n rhan bwysig iawn o'r gynhadledd. Os ydych chi'n mynd, rydych chi'n clywed y pryderon eich hun. Gallwch chi roi eich ochr chi a helpu i lunio beth sy'n digwydd.
guide-if-you-cannot-go-why-hard = Efallai y bydd mynd yn teimlo'n rhy anodd, neu efallai nad ydych chi eisiau mynd. Os felly, siaradwch â'ch [gweithiwr cymdeithasol](glossary:social-worker). Efallai y gall ei wneud yn haws i chi.
guide-if-you-cannot-go-cannot-heading = Beth os na alla i fynd?
guide-if-you-cannot-go-cannot-text = Dywedwch wrth eich gweithiwr cymdeithasol cyn gynted ag y gallwch chi. Gallwch chi ddweud eich barn o hyd. Gallech chi:
guide-if-you-cannot-go-cannot-letter = ysgrifennu llythyr at y [cadeirydd](glossary:independent-chair) neu at [gydlynydd y gynhadledd](glossary:conference-coordinator), a gofyn iddo gael ei rannu
guide-if-you-cannot-go-cannot-report = anfon eich barn ysgrifenedig, os ydych chi wedi'i hysgrifennu
guide-if-you-cannot-go-cannot-social-worker = ddweud eich barn wrth eich gweithiwr cymdeithasol, er mwyn iddi fynd yn ei adroddiad
guide-if-you-cannot-go-cannot-chair = ofyn am gael siarad â'r cadeirydd cyn y cyfarfod
guide-if-you-cannot-go-cannot-online = ofyn a allwch chi ymuno dros y ffôn neu drwy fideo

guide-if-you-cannot-go-not-invited-heading = Beth os nad ydw i wedi cael gwahoddiad?
guide-if-you-cannot-go-not-invited-text = Mewn achosion prin, mae'r cadeirydd yn penderfynu na ddylai rhiant ddod. Gallai hyn fod am fod y cadeirydd yn meddwl na allai'r cyfarfod weithio'n iawn gyda'r rhiant hwnnw yno. Mae [Beth sy'n digwydd ar y diwrnod](page:on-the-day) yn rhoi'r rhesymau eraill.
guide-if-you-cannot-go-not-invited-views = Mae eich barn yn dal i gyfrif. Gallwch chi ysgrifennu llythyr, neu ofyn am gwrdd â'r cadeirydd ar eich pen eich hun.

guide-if-you-cannot-go-part-heading = Beth os oes gofyn i mi adael am ran ohono?
guide-if-you-cannot-go-part-text = Fel arfer, bydd gofyn i chi ddod yn ôl i mewn pan fydd y rhan honno drosodd. Fyddwch chi ddim yn clywed y wybodaeth breifat, ond byddwch chi'n dal i gael gwybod beth yw'r penderfyniad.

guide-if-you-cannot-go-decision-heading = Sut bydda i'n cael gwybod beth gafodd ei benderfynu?
guide-if-you-cannot-go-decision-text = Os ydych chi yno, byddwch chi'n clywed y penderfyniad yn y cyfarfod. Os nad oeddech chi yno, neu dim ond am ran ohono:
guide-if-you-cannot-go-decision-chair = efallai y bydd y cadeirydd yn dweud y penderfyniad wrthych chi ar ddiwedd y cyfarfod
guide-if-you-cannot-go-decision-contact = neu bydd rhywun o'r gynhadledd, eich gweithiwr cymdeithasol yn aml, yn cysylltu â chi neu'n ymweld â chi i ddweud wrthych chi
guide-if-you-cannot-go-decision-letter = Dylai'r cadeirydd hefyd ysgrifennu atoch chi i gadarnhau'r penderfyniadau. Byddwch chi'n cael y [cofnodion](glossary:minutes), heblaw am unrhyw rannau [cyfrinachol](glossary:confidential).


## Page: confidentiality

guide-confidentiality-title = Pwy fydd yn gwybod am hyn?
guide-confidentiality-summary = Beth sy'n cael ei rannu, pwy sy'n ei weld, a sut mae gwybodaeth breifat yn cael ei diogelu.

guide-confidentiality-why-heading = Pam mae gwybodaeth am fy nheulu'n cael ei rhannu?
guide-confidentiality-why-text = Yn y gynhadledd, mae gweithwyr proffesiynol yn rhannu gwybodaeth amdanoch chi a'ch teulu. Maen nhw'n gwneud hyn i ddeall diogelwch a lles eich plentyn, ac i weithio allan sut i helpu.

guide-confidentiality-who-heading = Pwy sy'n gweld y wybodaeth?
guide-confidentiality-who-text = Mae popeth sy'n cael ei rannu yn [gyfrinachol](glossary:confidential). Dim ond pobl sydd angen gwybod sy'n cael gwybod, er mwyn iddyn nhw allu eich helpu chi a'ch plentyn.
guide-confidentiality-who-reminder = Bydd y [cadeirydd](glossary:independent-chair) yn atgoffa pawb yn y cyfarfod ei fod yn gyfrinachol.
guide-confidentiality-who-minutes = Mae'r [cofnodion](glossary:minutes) yn gyfrinachol hefyd. Maen nhw'n mynd atoch chi ac at y gweithwyr proffesiynol sydd eu hangen arnyn nhw.
guide-confidentiality-who-supporter = Os ydych chi'n dod â rhywun gyda chi, bydd yn clywed pethau preifat. Felly dewiswch rywun rydych chi'n ymddiried ynddo.
guide-confidentiality-who-care = Byddwch yn ofalus i bwy rydych chi'n dangos yr adroddiadau a'r cofnodion. Cadwch nhw mewn lle diogel.

guide-confidentiality-past-heading = Beth am fy ngorffennol?
guide-confidentiality-past-text = Mae'r rhan fwyaf o bethau am eich gorffennol yn breifat i chi. Ni ddylai fod angen eu rhannu.
guide-confidentiality-past-risk = Mae'n wahanol os oes gan oedolyn yn y teulu euogfarn am drosedd yn erbyn plentyn. Mae hefyd yn wahanol os yw oedolyn yn cael ei ystyried yn risg i blant.
guide-confidentiality-past-risk-told = Yna bydd y rhiant neu'r gofalwr arall fel arfer yn cael gwybod, er mwyn iddo allu cadw'r plentyn yn ddiogel. Fel arfer, byddai'r [gweithiwr cymdeithasol](glossary:social-worker) yn siarad â'r person yn gyntaf.
guide-confidentiality-past-tell = Efallai nad ydych chi eisiau i'ch partner wybod rhywbeth am eich gorffennol. Os felly, dywedwch wrth y gweithiwr proffesiynol sy'n gweithio gyda chi. Gwnewch hyn cyn y gynhadledd.

guide-confidentiality-address-heading = Beth os na ddylai rhywun wybod ble rydw i'n byw?
guide-confidentiality-address-text = Efallai y bydd angen cadw eich cyfeiriad neu eich rhif ffôn yn gyfrinach rhag rhywun yn y cyfarfod. Gallai hwn fod yn gyn-bartner. Os felly, dywedwch wrth y cadeirydd cyn i'r gynhadledd ddechrau.
guide-confidentiality-referrer-heading = Alla i gael gwybod pwy wnaeth yr atgyfeiriad?
guide-confidentiality-referrer-text = Gall aelod o'r cyhoedd ofyn i'w enw gael ei gadw'n gyfrinach. Yna fyddwch chi ddim yn cael gwybod. Os gweithiwr proffesiynol wnaeth yr [atgyfeiriad](glossary:referral), fel arfer gallwch chi gael gwybod pwy oedd e.

guide-confidentiality-leave-heading = Pam gallai rhywun ofyn i mi adael yr ystafell?
guide-confidentiality-leave-text = Weithiau mae'n rhaid rhannu gwybodaeth breifat am rywun arall, fel aelod arall o'r teulu. Neu efallai bod gan yr heddlu wybodaeth na allan nhw ei rhannu gyda chi eto. Yna efallai y bydd y cadeirydd yn gofyn i chi fynd allan am ychydig. [Darllenwch ragor](page:on-the-day).


## Page: what-to-expect

guide-what-to-expect-title = Beth alla i ei ddisgwyl gan weithwyr proffesiynol?
guide-what-to-expect-summary = Sut dylai gweithwyr proffesiynol eich trin chi, a beth fyddan nhw'n gofyn i chi ei wneud.

guide-what-to-expect-from-them-heading = Sut dylai gweithwyr proffesiynol fy nhrin i?
guide-what-to-expect-from-them-text = Mae gweithwyr proffesiynol eisiau gweithio gyda chi a'ch teulu. Dylech chi ddisgwyl:
guide-what-to-expect-from-them-listened = i bobl wrando arnoch chi
guide-what-to-expect-from-them-respect = cael eich trin â pharch, beth bynnag yw eich hil, anabledd, rhywedd, oedran, crefydd neu gyfeiriadedd rhywiol
guide-what-to-expect-from-them-honest = cael gwybod yn onest beth yw'r pryderon, a beth sydd angen newid er mwyn iddyn nhw leihau
guide-what-to-expect-from-them-explained = cael egluro pethau mewn geiriau rydych chi'n eu deall
guide-what-to-expect-from-them-involved = cael gwybod y diweddaraf, a chael bod yn rhan o benderfyniadau
guide-what-to-expect-from-them-reports = cael yr adroddiadau { $reports-initial-days ->
        [zero] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
        [one] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
        [two] [{ $reports-initial-days } ddiwrnod gwaith](glossary:working-days)
        [few] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
        [many] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
       *[other] [{ $reports-initial-days } diwrnod gwaith](glossary:working-days)
    } cyn [cynhadledd gychwynnol](glossary:initial-conference), a { $reports-review-days ->
        [zero] { $reports-review-days } diwrnod gwaith
        [one] { $reports-review-days } diwrnod gwaith
        [two] { $reports-review-days } ddiwrnod gwaith
        [few] { $reports-review-days } diwrnod gwaith
        [many] { $reports-review-days } diwrnod gwaith
       *[other] { $reports-review-days } diwrnod gwaith
    } cyn adolygiad
guide-what-to-expect-from-them-minutes = cael y [cofnodion](glossary:minutes) o fewn { $minutes-days ->
        [zero] { $minutes-days } diwrnod gwaith
        [one] { $minutes-days } diwrnod gwaith
        [two] { $minutes-days } ddiwrnod gwaith
        [few] { $minutes-days } diwrnod gwaith
        [many] { $minutes-days } diwrnod gwaith
       *[other] { $minutes-days } diwrnod gwaith
    } ar ôl y gynhadledd
guide-what-to-expect-from-them-help = cael yr help a gafodd ei gynnig i chi, o fewn yr amser a gafodd ei gytuno
guide-what-to-expect-from-them-reliable = gweld gweithwyr proffesiynol yn gwneud beth maen nhw'n dweud y byddan nhw'n ei wneud
guide-what-to-expect-from-them-interpreter = cael [cyfieithydd ar y pryd](glossary:interpreter) os oes angen un arnoch chi
guide-what-to-expect-from-them-private = bod eich gwybodaeth breifat yn cael ei chadw'n [gyfrinachol](glossary:confidential)
guide-what-to-expect-from-them-tell = Os ydych chi'n teimlo nad yw hyn yn digwydd, dywedwch wrth eich [gweithiwr cymdeithasol](glossary:social-worker) neu wrth y [cadeirydd](glossary:independent-chair). Gallwch chi hefyd [gwyno](page:complaints).
guide-what-to-expect-from-you-heading = Beth fydd gweithwyr proffesiynol yn ei ddisgwyl gen i?
guide-what-to-expect-from-you-text = Bydd gweithwyr proffesiynol yn gofyn i chi:
guide-what-to-expect-from-you-work = weithio gyda nhw i gadw eich plentyn yn ddiogel
guide-what-to-expect-from-you-meetings = ddod i gyfarfodydd, neu ddweud wrthyn nhw os na allwch chi
guide-what-to-expect-from-you-plan = wneud y pethau yn y cynllun sydd ar eich cyfer chi
guide-what-to-expect-from-you-see = adael iddyn nhw weld eich plentyn, gan gynnwys gartref
guide-what-to-expect-from-you-honest = fod yn onest gyda nhw, a dweud wrthyn nhw os bydd pethau'n newid
guide-what-to-expect-from-you-ask = ddweud wrthyn nhw pan nad ydych chi'n deall rhywbeth
guide-what-to-expect-from-you-perfect = Does neb yn disgwyl i chi fod yn berffaith. Maen nhw eisiau gweld pethau'n gwella i'ch plentyn.

guide-what-to-expect-why-heading = Pam maen nhw'n gweithio fel hyn?
guide-what-to-expect-why-text = Eu gwaith cyntaf yw cadw plant yn ddiogel. Maen nhw'n ceisio gwneud hyn drwy weithio gyda rhieni.
guide-what-to-expect-why-better = Yn eu profiad nhw, mae gweithio'n agos gyda theuluoedd yn arwain at ganlyniadau gwell i bawb.


## Page: your-records

guide-your-records-title = Gweld eich ffeil a chywiro camgymeriadau
guide-your-records-summary = Sut i gael cywiro camgymeriadau mewn adroddiadau a chofnodion, a sut i weld beth mae'r cyngor wedi'i ysgrifennu amdanoch chi.

guide-your-records-reports-heading = Beth os yw adroddiad yn anghywir?
guide-your-records-reports-text = Darllenwch yr adroddiadau cyn gynted ag y byddwch chi'n eu cael. Marciwch unrhyw beth sy'n anghywir, ar goll neu'n annheg.
guide-your-records-reports-before = Dywedwch wrth y person a ysgrifennodd yr adroddiad, neu wrth eich gweithiwr cymdeithasol, cyn y cyfarfod. Gofynnwch iddyn nhw gywiro ffeithiau sy'n anghywir.
guide-your-records-reports-chair = Gallwch chi hefyd ddweud wrth y [cadeirydd](glossary:independent-chair) ar ddechrau'r cyfarfod. Gofynnwch i'ch barn gael ei hysgrifennu yn y [cofnodion](glossary:minutes).
guide-your-records-reports-opinion = Efallai y bydd adroddiad yn rhoi barn gweithiwr proffesiynol nad ydych chi'n cytuno â hi. Efallai na fydd yn ei newid, ond dylai eich barn chi gael ei chofnodi hefyd.

guide-your-records-minutes-heading = Beth os yw'r cofnodion yn anghywir?
guide-your-records-minutes-text = Darllenwch y cofnodion pan fyddan nhw'n cyrraedd. Os oes rhywbeth yn anghywir, ysgrifennwch at y cadeirydd a dweud beth ddylai gael ei newid.
guide-your-records-minutes-time = { $nation ->
    [wales] Yng Nghymru, anfonwch eich sylwadau o fewn 10 [diwrnod gwaith](glossary:working-days) ar ôl cael y cofnodion.
   *[england] Gwnewch hyn cyn gynted ag y gallwch chi. Bydd eich cyngor yn dweud wrthych chi os oes terfyn amser.
}
guide-your-records-minutes-keep = Cadwch gopi o beth rydych chi'n ei anfon. Os nad yw'r cofnodion yn cael eu newid, gofynnwch i'ch sylwadau gael eu cadw gyda nhw.

guide-your-records-file-heading = Alla i weld fy ffeil?
guide-your-records-file-text = Gallwch. Gallwch chi ofyn i'r cyngor am gopi o'r wybodaeth sydd ganddo amdanoch chi. [Cais gwrthrych am wybodaeth](glossary:subject-access-request) yw'r enw ar hyn.
guide-your-records-file-how = Ysgrifennwch at y cyngor, neu defnyddiwch y ffurflen ar ei wefan. Dywedwch beth rydych chi ei eisiau, er enghraifft eich ffeil gan wasanaethau plant (y wybodaeth sydd ganddyn nhw amdanoch chi).
guide-your-records-file-time = Fel arfer, mae gan y cyngor fis i ateb. Fel arfer, mae am ddim.
guide-your-records-file-hidden = Efallai y bydd rhai rhannau wedi'u cuddio â du. Gall hyn fod yn wybodaeth am bobl eraill, neu'n wybodaeth a allai roi rhywun mewn perygl.
guide-your-records-file-child = Os oes gennych chi gyfrifoldeb rhiant, fel arfer gallwch chi ofyn am ffeil eich plentyn hefyd (y wybodaeth sydd gan y cyngor am eich plentyn). Efallai y bydd plentyn hŷn yn cael ei holi a yw'n cytuno.
guide-your-records-file-correct = Os yw eich gwybodaeth bersonol yn anghywir, gallwch chi ofyn i'r cyngor ei chywiro. Dyma eich hawl o dan y gyfraith diogelu data.
guide-your-records-file-ico = Os nad ydych chi'n hapus gydag ateb y cyngor, gallwch chi gwyno wrth Swyddfa'r Comisiynydd Gwybodaeth (Information Commissioner's Office).


## Page: complaints

guide-complaints-title = Beth os ydw i'n anghytuno neu'n anhapus?
guide-complaints-summary = Sut i herio'r ffordd y cafodd y gynhadledd ei rhedeg, neu beth wnaeth hi ei benderfynu. A phwy all edrych arno ar ôl y cyngor.

guide-complaints-meeting-heading = Beth alla i ei wneud yn y cyfarfod?
guide-complaints-meeting-text = Os ydych chi'n anghytuno, dywedwch hynny yn y cyfarfod. Gofynnwch i'ch barn gael ei hysgrifennu yn y [cofnodion](glossary:minutes).
guide-complaints-meeting-report = Cyn y cyfarfod, gallwch chi ysgrifennu pam rydych chi'n anghytuno. Gall y cadeirydd ei ddarllen, a gall fynd gyda'r cofnodion.

guide-complaints-first-heading = Â phwy dylwn i siarad yn gyntaf?
guide-complaints-first-text = Siaradwch â'r [cadeirydd](glossary:independent-chair) neu â'ch [gweithiwr cymdeithasol](glossary:social-worker). Gallan nhw siarad am y peth gyda chi. Gallan nhw hefyd roi copi i chi o'r drefn gwyno.
guide-complaints-first-sorted = Gall rhai problemau gael eu datrys fel hyn.

guide-complaints-conference-heading = Alla i gwyno am y gynhadledd?
guide-complaints-conference-text = { $nation ->
    [wales] Gallwch. Yng Nghymru, mae [Gweithdrefnau Diogelu Cymru](glossary:wales-safeguarding-procedures) yn dweud am beth gallwch chi gwyno.
   *[england] Gallwch. Yn Lloegr, mae gan bob cyngor ei drefn ei hun ar gyfer cwynion am gynadleddau.
}

guide-complaints-conference-writing = Rhowch eich cwyn yn ysgrifenedig os gallwch chi. Bydd eich cyngor yn dweud wrthych chi at bwy i'w hanfon.

guide-complaints-wales-process = Gallwch chi gwyno am sut cafodd y gynhadledd ei rhedeg, er enghraifft os na chafodd y gweithdrefnau eu dilyn.
guide-complaints-wales-decision = Gallwch chi hefyd gwyno am y penderfyniad i roi eich plentyn ar y [gofrestr amddiffyn plant](glossary:child-protection-register), neu i'w dynnu oddi arni. Ond dim ond os na chafodd y gweithdrefnau eu dilyn, a bod hynny wedi effeithio ar y penderfyniad.
guide-complaints-wales-category = Mae'r un peth yn wir am y [categori cofrestru](glossary:category-of-harm), sef y math o niwed sy'n cael ei gofnodi.
guide-complaints-wales-start = I ddechrau cwyn, siaradwch â gweithiwr cymdeithasol eich plentyn neu â'r cadeirydd. Gallan nhw ddweud wrthych chi at bwy i ysgrifennu.

guide-complaints-england-text = { $conference-decisions ->
    [can-be-challenged] Yn y cyngor hwn ({ $council }), gallwch chi ofyn i rywun edrych eto ar benderfyniad cynhadledd. Gallwch chi hefyd gwyno am sut cafodd y gynhadledd ei rhedeg.
    [process-only] Yn y cyngor hwn ({ $council }), gallwch chi gwyno am sut cafodd y gynhadledd ei rhedeg. Allwch chi ddim defnyddio cwyn i ofyn i rywun edrych eto ar y penderfyniad ei hun.
   *[not-set] Mae rhai cynghorau'n gadael i chi herio penderfyniad cynhadledd. Dim ond edrych ar sut cafodd y gynhadledd ei rhedeg mae eraill. Gofynnwch i'r cyngor ({ $council }) beth mae ei drefn yn ei ganiatáu.
}
guide-complaints-england-ask = Gall eich gweithiwr cymdeithasol neu'r cadeirydd roi copi o'r drefn i chi.

guide-complaints-change-heading = Fydd cwyn yn newid y penderfyniad?
guide-complaints-change-text = Ddim ar ei phen ei hun. Mae'r penderfyniad yn sefyll, ac mae'r cynllun yn parhau, tra bydd eich cwyn yn cael ei hystyried.
guide-complaints-change-outcome = Os bydd eich cwyn yn cael ei chadarnhau, efallai y bydd cynhadledd newydd gyda chadeirydd gwahanol. Neu efallai y bydd y gynhadledd adolygu nesaf yn cael ei chynnal yn gynt.

guide-complaints-services-heading = Beth os ydw i'n anhapus gyda gwasanaethau plant?
guide-complaints-services-text = Gallwch chi gwyno am sut mae [gwasanaethau plant](glossary:children-services) wedi ymddwyn, er enghraifft os na chawsoch chi eich trin â pharch. Ysgrifennwch beth ddigwyddodd a beth rydych chi eisiau ei newid.

guide-complaints-professional-heading = Beth os ydw i'n anhapus gydag un gweithiwr proffesiynol?
guide-complaints-professional-text = Mae gan bob gwasanaeth, fel ysgol, ysbyty neu'r heddlu, ei drefn gwyno ei hun. Gofynnwch iddyn nhw am y manylion.

guide-complaints-time-heading = Oes terfyn amser?
guide-complaints-time-text = Yn aml, mae terfynau amser ar gyfer cwynion. Ceisiwch gwyno cyn gynted ag y gallwch chi. Bydd eich cyngor yn dweud wrthych chi beth yw ei derfynau amser.

guide-complaints-still-heading = Beth os ydw i'n dal yn anhapus?
guide-complaints-still-text = Efallai y byddwch chi'n dal yn anhapus ar ôl proses gwyno'r cyngor. Yna gallwch chi ofyn i [ombwdsmon](glossary:ombudsman) edrych arni. Mae hyn am ddim.
guide-complaints-still-who = { $nation ->
    [wales] Yng Nghymru, hwn yw Ombwdsmon Gwasanaethau Cyhoeddus Cymru (Public Services Ombudsman for Wales). Ei wefan yw ombudsman.wales.
   *[england] Yn Lloegr, hwn yw'r Local Government and Social Care Ombudsman. Ei wefan yw lgo.org.uk.
}
guide-complaints-still-first = Fel arfer, mae'r ombwdsmon yn disgwyl i chi gwyno wrth y cyngor yn gyntaf, a rhoi amser iddo ateb.
guide-complaints-still-advice = Gallwch chi hefyd gael [cyngor cyfreithiol](page:bringing-someone) ar unrhyw adeg.

guide-complaints-contacts = Mae dolen gwynion y cyngor ar y dudalen [help a chysylltiadau](page:help-and-contacts).


## Page: glossary

guide-glossary-title = Geiriau a'u hystyr
guide-glossary-summary = Ystyr syml geiriau y gallech chi eu clywed cyn, yn ystod ac ar ôl y gynhadledd.

glossary-advocate-term = Eiriolwr
glossary-advocate-definition = Rhywun sy'n eich helpu chi, neu eich plentyn, i ddweud beth rydych chi'n ei feddwl, ac sy'n gwneud yn siŵr bod pobl yn gwrando arnoch chi. Gall fod yn weithiwr wedi'i hyfforddi, neu'n rhywun rydych chi'n ei ddewis i'ch cefnogi.

glossary-care-and-support-protection-plan-term = Cynllun amddiffyn, gofal a chymorth
glossary-care-and-support-protection-plan-definition = Yr enw yng Nghymru ar gynllun i gadw plentyn yn ddiogel rhag niwed sylweddol. Mae enw plentyn sydd â'r cynllun hwn ar y gofrestr amddiffyn plant.

glossary-care-and-support-plan-term = Cynllun gofal a chymorth
glossary-care-and-support-plan-definition = Yng Nghymru, cynllun o help i blentyn a theulu sydd angen gofal a chymorth. Mae'n cael ei wneud o dan Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.

glossary-care-proceedings-term = Achos gofal
glossary-care-proceedings-definition = Achos llys pan fydd y cyngor yn gofyn i farnwr benderfynu am ofal plentyn. Mae ar wahân i gynhadledd.

glossary-category-of-harm-term = Categori niwed
glossary-category-of-harm-definition = { $nation ->
    [wales] Y math o niwed mae'r gynhadledd yn poeni amdano. Yng Nghymru, categori cofrestru yw'r enw arno. Mae pump: cam-drin corfforol, emosiynol neu seicolegol, rhywiol ac ariannol, ac esgeulustod.
   *[england] Y math o niwed mae'r gynhadledd yn poeni amdano. Yn Lloegr, mae pedwar: cam-drin corfforol, cam-drin emosiynol, cam-drin rhywiol ac esgeulustod.
}

glossary-child-in-need-plan-term = Cynllun Plentyn mewn Angen
glossary-child-in-need-plan-definition = Yn Lloegr, cynllun o help i blentyn a theulu (Child in Need plan). Gall gael ei wneud pan nad oes angen cynllun amddiffyn plentyn ar blentyn. Yng Nghymru, mae cynllun gofal a chymorth yn gwneud gwaith tebyg.

glossary-child-protection-conference-term = Cynhadledd amddiffyn plant
glossary-child-protection-conference-definition = Cyfarfod ffurfiol o rieni, gweithwyr proffesiynol ac weithiau'r plentyn. Mae'n edrych ar y pryderon ac yn penderfynu a oes angen cynllun ar y plentyn i'w gadw'n ddiogel.

glossary-child-protection-plan-term = Cynllun amddiffyn plentyn
glossary-child-protection-plan-definition = Cynllun ysgrifenedig i gadw plentyn yn ddiogel rhag niwed sylweddol. Mae'n dweud beth sydd angen digwydd, pwy fydd yn ei wneud, ac erbyn pryd.

glossary-child-protection-register-term = Cofrestr amddiffyn plant
glossary-child-protection-register-definition = Yng Nghymru, y rhestr o blant sydd â chynllun amddiffyn, gofal a chymorth. Yn Lloegr, efallai y bydd pobl yn dweud ‘ar y gofrestr’ i olygu bod gan blentyn gynllun amddiffyn plentyn.

glossary-children-services-term = Gwasanaethau plant
glossary-children-services-definition = Y rhan o'r cyngor sy'n helpu i gadw plant yn ddiogel ac yn cefnogi teuluoedd. Mae gweithwyr cymdeithasol yn gweithio yno.

glossary-conference-coordinator-term = Cydlynydd y gynhadledd
glossary-conference-coordinator-definition = Gweithiwr cyngor sy'n trefnu cynadleddau. Mae'n anfon y gwahoddiadau a'r papurau. Mae rhai cynghorau'n defnyddio enw arall ar y swydd hon.

glossary-confidential-term = Cyfrinachol
glossary-confidential-definition = Preifat. Dim ond gyda phobl sydd angen ei gwybod y mae gwybodaeth gyfrinachol yn cael ei rhannu.


glossary-core-group-term = Grŵp craidd
glossary-core-group-definition = Grŵp bach, sy'n eich cynnwys chi, sy'n cwrdd yn aml. Mae'n rhoi'r cynllun ar waith ac yn gwirio sut mae'n mynd.

glossary-contingency-plan-term = Cynllun wrth gefn
glossary-contingency-plan-definition = Cynllun rhag ofn. Mae'n dweud beth fydd yn digwydd os nad yw'r prif gynllun yn gweithio, neu os bydd pethau'n newid.

glossary-emotional-abuse-term = { $nation ->
    [wales] Cam-drin emosiynol neu seicolegol
   *[england] Cam-drin emosiynol
}
glossary-emotional-abuse-definition = Niwed i sut mae plentyn yn teimlo, er enghraifft cael ei ddychryn yn aml, cael ei anwybyddu neu gael ei wneud i deimlo'n ddiwerth. Gall gynnwys gweld neu glywed trais gartref.

glossary-family-group-conference-term = Cynhadledd grŵp teulu
glossary-family-group-conference-definition = Cyfarfod lle mae eich teulu a'ch ffrindiau'n gwneud eu cynllun eu hunain i helpu i gadw plentyn yn ddiogel. Mae cydlynydd annibynnol yn helpu i'w drefnu.

glossary-financial-abuse-term = Cam-drin ariannol
glossary-financial-abuse-definition = Yng Nghymru, un o'r categorïau niwed. Mae'n golygu cymryd neu gamddefnyddio arian neu eiddo plentyn, er enghraifft gwerthu ei bethau.

glossary-hybrid-meeting-term = Cyfarfod hybrid
glossary-hybrid-meeting-definition = Cyfarfod lle mae rhai pobl yn yr ystafell ac eraill yn ymuno drwy fideo.

glossary-independent-chair-term = Cadeirydd annibynnol
glossary-independent-chair-definition = Y person sy'n rhedeg y gynhadledd. Fel arfer, uwch reolwr o'r cyngor yw hwn, nad oes ganddo ran yn y gwaith ar achos eich plentyn. Mae'n gwneud yn siŵr bod y cyfarfod yn deg.

glossary-independent-reviewing-officer-term = Swyddog Adolygu Annibynnol
glossary-independent-reviewing-officer-definition = Swyddog cyngor sydd â'r gwaith cyfreithiol o wirio cynlluniau plant mewn gofal. Mae rhai cynghorau hefyd yn gofyn i'r swyddogion hyn gadeirio cynadleddau.

glossary-initial-conference-term = Cynhadledd gychwynnol
glossary-initial-conference-definition = Y gynhadledd amddiffyn plant gyntaf am blentyn. Mae'n cael ei chynnal ar ôl ymholiadau Adran 47.

glossary-interpreter-term = Cyfieithydd ar y pryd
glossary-interpreter-definition = Rhywun sy'n dweud yn eich iaith chi beth mae pobl eraill yn ei ddweud, ac yn dweud yn Saesneg beth rydych chi'n ei ddweud. Dydych chi ddim yn talu am hyn.

glossary-key-worker-term = Gweithiwr allweddol
glossary-key-worker-definition = { $nation ->
    [wales] Y gweithiwr cymdeithasol sy'n cydlynu'r cynllun ac sy'n brif gyswllt i chi. Yng Nghymru, yr enw arno yw cydlynydd y cynllun amddiffyn, gofal a chymorth.
   *[england] Y gweithiwr cymdeithasol sy'n arwain y cynllun ac sy'n brif gyswllt i chi. Yn Lloegr, yr enw arno yw'r prif weithiwr cymdeithasol (lead social worker). Mae rhai cynghorau bellach yn dweud prif ymarferydd (lead practitioner).
}

glossary-legal-aid-term = Cymorth cyfreithiol
glossary-legal-aid-definition = Arian gan y llywodraeth i dalu am help cyfreithiol, i bobl sy'n gymwys. Fel arfer, mae angen i chi basio prawf modd a phrawf teilyngdod. Ar ôl llythyr cyn achos, mae rhieni'n ei gael beth bynnag yw eu hincwm.

glossary-letter-before-proceedings-term = Llythyr cyn achos
glossary-letter-before-proceedings-definition = Llythyr gan y cyngor yn dweud ei fod yn ystyried mynd i'r llys. Mae'n dweud beth sy'n rhaid newid, ac yn eich gwahodd i gyfarfod. Mae rhai pobl yn ei alw'n llythyr PLO.

glossary-minutes-term = Cofnodion
glossary-minutes-definition = Y cofnod ysgrifenedig o gyfarfod. Maen nhw'n crynhoi'r prif bethau a gafodd eu dweud a'r penderfyniadau a gafodd eu gwneud.

glossary-neglect-term = Esgeulustod
glossary-neglect-definition = Pan nad yw anghenion sylfaenol plentyn yn cael eu diwallu dro ar ôl tro. Mae anghenion yn cynnwys bwyd, cynhesrwydd, diogelwch, gofal iechyd a chariad.

glossary-ombudsman-term = Ombwdsmon
glossary-ombudsman-definition = Swyddfa annibynnol sy'n ymchwilio i gwynion am wasanaethau cyhoeddus, am ddim. { $nation ->
    [wales] Yng Nghymru, hwn yw Ombwdsmon Gwasanaethau Cyhoeddus Cymru.
   *[england] Yn Lloegr, mae cwynion am gynghorau'n mynd at y Local Government and Social Care Ombudsman.
}

glossary-parental-responsibility-term = Cyfrifoldeb rhiant
glossary-parental-responsibility-definition = Yr hawliau a'r dyletswyddau cyfreithiol sydd gan riant dros blentyn. Mae gan y fam enedigol gyfrifoldeb rhiant, oni bai ei fod wedi dod i ben drwy fabwysiadu, neu drwy orchymyn rhiant ar ôl benthyg croth. Mae gan lawer o dadau, a rhai pobl eraill, gyfrifoldeb rhiant hefyd.

glossary-physical-abuse-term = Cam-drin corfforol
glossary-physical-abuse-definition = Brifo corff plentyn, er enghraifft drwy ei daro, ei ysgwyd, ei losgi neu ei wenwyno.

glossary-pre-birth-conference-term = Cynhadledd cyn geni
glossary-pre-birth-conference-definition = Cynhadledd amddiffyn plant sy'n cael ei chynnal cyn i fabi gael ei eni. Mae'n cynllunio sut i gadw'r babi'n ddiogel ar ôl yr enedigaeth.

glossary-pre-proceedings-term = Cyn achos
glossary-pre-proceedings-definition = Y cam cyn i'r cyngor ofyn i lys benderfynu am blentyn. Mae'n dechrau gyda llythyr cyn achos, sy'n dweud beth sy'n rhaid newid.

glossary-probation-officer-term = Swyddog prawf
glossary-probation-officer-definition = Rhywun sy'n goruchwylio person sy'n treulio dedfryd yn y gymuned, neu ar ôl iddo adael y carchar.


glossary-referral-term = Atgyfeiriad
glossary-referral-definition = Pan fydd rhywun yn dweud wrth wasanaethau plant ei fod yn poeni am blentyn.

glossary-reasonable-adjustments-term = Addasiadau rhesymol
glossary-reasonable-adjustments-definition = Newidiadau y mae'n rhaid i wasanaethau eu gwneud er mwyn i bobl anabl allu eu defnyddio. Mae'r Equality Act 2010 (Deddf Cydraddoldeb 2010) yn dweud hyn. Enghreifftiau yw ramp, dolen sain neu bapurau hawdd eu deall.

glossary-review-conference-term = Cynhadledd adolygu
glossary-review-conference-definition = Cynhadledd ddiweddarach sy'n gwirio sut mae'r cynllun yn mynd. Mae'n penderfynu a oes angen cynllun ar y plentyn o hyd.

glossary-section-47-enquiry-term = Ymholiad Adran 47
glossary-section-47-enquiry-definition = Gwiriadau y mae'n rhaid i wasanaethau plant eu gwneud, yn ôl y gyfraith, pan allai plentyn fod mewn perygl o niwed sylweddol. Daw'r enw o Adran 47 o'r Children Act 1989 (Deddf Plant 1989).

glossary-sexual-abuse-term = Cam-drin rhywiol
glossary-sexual-abuse-definition = Gorfodi neu annog plentyn i gymryd rhan mewn gweithredoedd rhywiol, neu i edrych ar bethau rhywiol. Gall ddigwydd ar-lein hefyd.

glossary-significant-harm-term = Niwed sylweddol
glossary-significant-harm-definition = Niwed sy'n ddigon difrifol i wneud gwahaniaeth go iawn i iechyd neu ddatblygiad plentyn. Gall fod yn niwed sydd wedi digwydd, neu a allai ddigwydd.

glossary-signs-of-safety-term = Signs of Safety (Arwyddion Diogelwch)
glossary-signs-of-safety-definition = Ffordd o weithio mae rhai cynghorau'n ei defnyddio. Mae'n gofyn beth sy'n gweithio'n dda, am beth mae pobl yn poeni, a beth sydd angen digwydd.

glossary-social-services-wellbeing-act-term = Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014
glossary-social-services-wellbeing-act-definition = Y brif gyfraith am wasanaethau cymdeithasol yng Nghymru, gan gynnwys cadw plant yn ddiogel. Dyma un rheswm pam mae Cymru'n defnyddio rhai geiriau gwahanol.

glossary-social-worker-term = Gweithiwr cymdeithasol
glossary-social-worker-definition = Gweithiwr proffesiynol wedi'i hyfforddi sy'n gweithio gyda phlant a theuluoedd. Gweithiwr cymdeithasol eich plentyn sy'n arwain y gwaith i gadw eich plentyn yn ddiogel.

glossary-solicitor-term = Cyfreithiwr
glossary-solicitor-definition = Rhywun sy'n gweithio ym maes y gyfraith ac sy'n gallu rhoi cyngor cyfreithiol i chi. Mewn cynhadledd, mae cyfreithiwr yno i'ch cefnogi chi, nid i siarad ar eich rhan.

glossary-strategy-discussion-term = Trafodaeth strategaeth
glossary-strategy-discussion-definition = Sgwrs rhwng gwasanaethau plant, yr heddlu, gwasanaethau iechyd ac eraill, pan fyddan nhw'n poeni am blentyn. Maen nhw'n penderfynu a ddylid dechrau ymholiadau Adran 47. Fel arfer, nid yw rhieni'n cymryd rhan.

glossary-subject-access-request-term = Cais gwrthrych am wybodaeth
glossary-subject-access-request-definition = Cais i weld y wybodaeth bersonol sydd gan sefydliad amdanoch chi (subject access request). Fel arfer, mae'n rhaid i gynghorau ateb o fewn mis. Fel arfer, mae am ddim.

glossary-transfer-in-conference-term = Cynhadledd trosglwyddo i mewn
glossary-transfer-in-conference-definition = Cynhadledd sy'n cael ei chynnal gan gyngor newydd pan fydd plentyn sydd â chynllun yn symud yno yn barhaol. Dylai ddigwydd o fewn 15 diwrnod gwaith ar ôl i'r cyngor newydd glywed am y symud.

glossary-unannounced-visit-term = Ymweliad dirybudd
glossary-unannounced-visit-definition = Ymweliad â'ch cartref gan weithiwr proffesiynol, heb ddweud wrthych chi yn gyntaf.

glossary-wales-safeguarding-procedures-term = Gweithdrefnau Diogelu Cymru
glossary-wales-safeguarding-procedures-definition = Y camau y mae pob gwasanaeth yng Nghymru yn eu dilyn i amddiffyn plant ac oedolion sy'n wynebu risg. Maen nhw'n cynnwys sut mae cynadleddau'n gweithio.

glossary-working-days-term = Diwrnodau gwaith
glossary-working-days-definition = Dydd Llun i ddydd Gwener. Nid yw penwythnosau a gwyliau banc yn cyfrif.

glossary-working-together-term = Working Together to Safeguard Children
glossary-working-together-definition = Canllawiau'r llywodraeth yn Lloegr am sut dylai gwasanaethau weithio gyda'i gilydd i gadw plant yn ddiogel. Yr Adran Addysg (Department for Education) sy'n eu cyhoeddi. Mae'r fersiwn ddiweddaraf o 2023.

glossary-working-together-to-safeguard-people-term = Gweithio Gyda'n Gilydd i Ddiogelu Pobl
glossary-working-together-to-safeguard-people-definition = Canllawiau Llywodraeth Cymru am gadw plant ac oedolion yn ddiogel. Maen nhw'n mynd gyda Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.
## Page: help-and-contacts

guide-help-and-contacts-title = Help a chysylltiadau
guide-help-and-contacts-summary = Sut i gysylltu â'r cyngor ({ $council }), faint o amser mae pethau'n ei gymryd, a ble arall i gael help.
guide-help-and-contacts-danger = Os ydych chi neu eich plentyn mewn perygl nawr, ffoniwch 999.

guide-help-and-contacts-council-heading = Sut ydw i'n cysylltu â'r cyngor?
guide-help-and-contacts-council-text = Fel arfer, eich [gweithiwr cymdeithasol](glossary:social-worker) yw'r person cyntaf i gysylltu ag e. Dyma fanylion cyswllt y cyngor ({ $council }), gan gynnwys sut i gwyno.

guide-help-and-contacts-timescales-heading = Faint o amser mae pethau'n ei gymryd?
guide-help-and-contacts-timescales-text = Dyma'r amserau mae'r cyngor ({ $council }) yn gweithio iddyn nhw. Ystyr [diwrnodau gwaith](glossary:working-days) yw dydd Llun i ddydd Gwener, heb gyfrif gwyliau banc.

guide-help-and-contacts-support-heading = Ble arall galla i gael help?
guide-help-and-contacts-support-text = Mae mathau eraill o help. Gall eich gweithiwr cymdeithasol, eich meddyg teulu neu eich ymwelydd iechyd ddweud wrthych chi beth sydd ar gael yn agos atoch chi.
guide-help-and-contacts-support-advocacy = Eiriolaeth i rieni: rhywun sy'n eich helpu i ddeall beth sy'n digwydd ac i ddweud beth rydych chi'n ei feddwl.
guide-help-and-contacts-support-child-advocacy = Eiriolaeth i blant: rhywun sy'n helpu eich plentyn i ddweud ei farn.
guide-help-and-contacts-support-abuse = Gwasanaethau cam-drin domestig: help am ddim a phreifat os oes rhywun yn eich brifo neu'n eich dychryn.
guide-help-and-contacts-support-health = Eich meddyg teulu: help gyda'ch iechyd eich hun a sut rydych chi'n ymdopi.

guide-help-and-contacts-national-heading = Pa wasanaethau cenedlaethol all helpu?
guide-help-and-contacts-national-text = Gall y gwasanaethau hyn helpu. Fe wnaethon ni wirio manylion pob un ar ei wefan ei hun.
guide-help-and-contacts-national-frg = Family Rights Group: cyngor am ddim a phreifat i deuluoedd yn Lloegr sy'n ymwneud â gwasanaethau plant. Ffoniwch 0808 801 0366, dydd Llun i ddydd Gwener, 9.30am i 3pm.
guide-help-and-contacts-national-coram = Coram Child Law Advice: cyngor a gwybodaeth am gyfraith plant a theuluoedd yn Lloegr, yn childlawadvice.org.uk.
guide-help-and-contacts-national-childline = Childline, i blant a phobl ifanc: gallan nhw ffonio 0800 1111 ar unrhyw adeg.
guide-help-and-contacts-national-citizens-advice = Cyngor ar Bopeth (Citizens Advice): gwybodaeth am gynadleddau amddiffyn plant a chwynion, yn citizensadvice.org.uk.
guide-help-and-contacts-national-solicitor = Gwefan ‘Find a Solicitor’ y Law Society (Cymdeithas y Cyfreithwyr): chwiliwch am gyfreithiwr sy'n arbenigo yn y gyfraith am blant.
guide-help-and-contacts-national-ombudsman = { $nation ->
    [wales] Ombwdsmon Gwasanaethau Cyhoeddus Cymru: ar gyfer cwynion nad yw'r cyngor wedi'u datrys, yn ombudsman.wales.
   *[england] Y Local Government and Social Care Ombudsman: ar gyfer cwynion nad yw'r cyngor wedi'u datrys, yn lgo.org.uk.
}

guide-help-and-contacts-format-heading = Beth os oes angen hyn arna i mewn iaith neu fformat arall?
guide-help-and-contacts-format-text = Gofynnwch i'r cyngor am wybodaeth yn eich iaith chi, mewn fersiwn hawdd ei deall, neu fel recordiad. Os na allwch chi ddarllen hwn, a does neb yn gallu ei ddarllen i chi, cysylltwch â'r cyngor. Mae'r manylion uchod.
guide-help-and-contacts-yourself-heading = Sut galla i ofalu amdanaf fy hun?
guide-help-and-contacts-yourself-text = Mae hwn yn gyfnod anodd. Siaradwch â rhywun rydych chi'n ymddiried ynddo. Os ydych chi'n cael trafferth ymdopi, siaradwch â'ch meddyg teulu.
guide-help-and-contacts-yourself-urgent = Os ydych chi'n teimlo y gallech chi niweidio eich hun, ffoniwch 999 neu ewch i adran achosion brys ysbyty.


## Page: staying-safe-online

guide-staying-safe-online-title = Cadw'n ddiogel ar-lein
guide-staying-safe-online-summary = Sut i gadw beth rydych chi'n ei ddarllen yn breifat os gallai rhywun arall weld eich ffôn neu eich cyfrifiadur.

guide-staying-safe-online-danger = Os ydych chi mewn perygl nawr, ffoniwch 999.

guide-staying-safe-online-exit-heading = Sut ydw i'n gadael y wefan hon yn gyflym?
guide-staying-safe-online-exit-text = Pwyswch y botwm ‘Gadael y dudalen hon’. Mae'n mynd â chi i wefan arall ar unwaith.
guide-staying-safe-online-exit-shift = Ar fysellfwrdd, gallwch chi hefyd bwyso'r fysell Shift dair gwaith. Dim ond pan fydd eich porwr (yr ap rydych chi'n ei ddefnyddio i fynd ar y we) yn rhedeg JavaScript mae hyn yn gweithio. Does gan y rhan fwyaf o ffonau ddim bysell Shift, felly defnyddiwch y botwm.
guide-staying-safe-online-exit-history = Mae'r botwm yn clirio'r geiriau yn eich adroddiad cyn gadael. Nid yw'n clirio eich hanes. Efallai y bydd rhywun sy'n pwyso Yn ôl yn dal i weld pa dudalennau ar y wefan hon wnaethoch chi eu hagor. Gall Yn ôl hefyd gynnig anfon geiriau eich adroddiad eto, ac yna eu dangos. I atal hyn, caewch y tab ar ôl i chi adael. Mae'r rhan nesaf yn egluro sut i glirio eich hanes.

guide-staying-safe-online-history-heading = All rhywun weld pa dudalennau rydw i wedi edrych arnyn nhw?
guide-staying-safe-online-history-text = Mae eich porwr yn cadw rhestr o'r tudalennau rydych chi'n ymweld â nhw. Eich hanes yw'r enw ar hyn. Gallwch chi ddileu tudalennau ohono yng ngosodiadau eich porwr.
guide-staying-safe-online-history-some = Gallai dileu eich holl hanes edrych yn anarferol i rywun sy'n gwirio. Gallech chi ddileu'r tudalennau o'r wefan hon yn unig.
guide-staying-safe-online-history-private = Mae pori preifat yn atal eich porwr rhag cadw eich hanes ar y ddyfais hon. Mae rhai porwyr yn ei alw'n fodd incognito.

guide-staying-safe-online-shared-heading = Beth os ydw i'n rhannu ffôn neu dabled?
guide-staying-safe-online-shared-text = Efallai y bydd pobl eraill yn gweld eich hanes, eich tabiau agored neu eich ffeiliau wedi'u lawrlwytho. Caewch y tab pan fyddwch chi wedi gorffen.
guide-staying-safe-online-shared-tabs = Mae rhai porwyr yn agor eich hen dabiau eto pan fyddan nhw'n dechrau. Gwiriwch fod eich tabiau wedi'u cau.
guide-staying-safe-online-shared-accounts = Os ydych chi'n rhannu cyfrif e-bost neu gyfrif arall, efallai y bydd rhywun arall yn gweld negeseuon am y gynhadledd.

guide-staying-safe-online-downloads-heading = Beth am ffeiliau rydw i'n eu cadw?
guide-staying-safe-online-downloads-text = Os ydych chi'n cadw PDF o'ch adroddiad, efallai y bydd yn mynd i'ch ffolder Downloads (Lawrlwythiadau). Gallai pobl eraill sy'n defnyddio'r ddyfais ddod o hyd iddo yno.
guide-staying-safe-online-downloads-delete = Pan nad oes angen ffeil arnoch chi mwyach, dilëwch hi. Gwiriwch y ffolder Downloads ac unrhyw fin ailgylchu.
guide-staying-safe-online-downloads-photos = Mae sgrinluniau a lluniau o lythyrau'n cael eu cadw yn eich lluniau. Dilëwch nhw os oes angen.

guide-staying-safe-online-shoulder-heading = Beth os gall rhywun weld fy sgrin?
guide-staying-safe-online-shoulder-text = Ceisiwch ddarllen mewn lle preifat. Trowch eich sgrin i ffwrdd oddi wrth bobl eraill, neu gwnewch hi'n dywyllach.


## Page: accessibility

guide-accessibility-title = Datganiad hygyrchedd
guide-accessibility-summary = Pa mor hawdd yw defnyddio'r wefan hon, beth sydd ddim yn gweithio'n dda eto, a sut i roi gwybod am broblem.

guide-accessibility-intro-heading = Pwy sy'n rhedeg y wefan hon?
guide-accessibility-intro-text = Y cyngor ({ $council }) sy'n rhedeg y wefan hon. Rydyn ni eisiau i gymaint o bobl â phosibl allu ei defnyddio.
guide-accessibility-intro-can = Er enghraifft, dylech chi allu:
guide-accessibility-can-zoom = chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin
guide-accessibility-can-phone = ddarllen pob tudalen ar sgrin ffôn bach
guide-accessibility-can-no-script = ddefnyddio pob tudalen gyda JavaScript wedi'i ddiffodd
guide-accessibility-can-exit = adael yn gyflym gyda'r botwm ‘Gadael y dudalen hon’, neu drwy bwyso'r fysell Shift 3 gwaith
guide-accessibility-intro-plain = Rydyn ni hefyd wedi gwneud y geiriau mor syml ag y gallwn ni.

guide-accessibility-status-heading = Pa mor hygyrch yw'r wefan hon?
guide-accessibility-status-text = Mae'r wefan hon yn bodloni'n rhannol y Web Content Accessibility Guidelines (WCAG, Canllawiau Hygyrchedd Cynnwys y We), fersiwn 2.2, lefel AA. Mae'r problemau wedi'u rhestru isod.

guide-accessibility-known-heading = Beth sydd ddim yn gweithio'n dda eto?
guide-accessibility-known-pdf = Mae PDF eich adroddiad wedi'i dagio, felly gall darllenwyr sgrin ei ddarllen yn y drefn gywir. Nid yw wedi cael ei brofi gyda phob darllenydd sgrin. Mae'r dudalen ‘Gwirio eich adroddiad’ yn dangos yr un geiriau.
guide-accessibility-known-language = Mae'r canllaw yn Saesneg, Cymraeg, Pwyleg a Somalieg, ac mae pob tudalen hefyd ar gael mewn fersiwn hawdd ei deall. Ein tîm ni gyfieithodd y tudalennau Cymraeg, Pwyleg a Somalieg, ac mae cyfieithydd cymwys yn dal i'w gwirio.
guide-accessibility-known-welsh = Nes bydd y tudalennau Cymraeg wedi cael eu gwirio, y dudalen Saesneg yw'r un i ddibynnu arni. Gallwch chi ofyn o hyd am gael eich cynhadledd a'i phapurau yn Gymraeg.

guide-accessibility-tested-heading = Sut cafodd y wefan hon ei phrofi?
guide-accessibility-tested-text = Mae pob tudalen yn cael ei gwirio gan offeryn awtomatig yn erbyn WCAG 2.2 lefel AA. Rydyn ni hefyd yn gwirio bod pob tudalen yn ffitio sgrin 320 picsel o led, a'i bod yn gweithio heb JavaScript.
guide-accessibility-tested-not = Nid yw wedi cael ei gwirio eto gan bobl anabl na chan arbenigwr hygyrchedd.
guide-accessibility-tested-date = Cafodd y datganiad hwn ei baratoi ym mis Rhagfyr 2026. Dylai gael ei adolygu bob blwyddyn.

guide-accessibility-report-heading = Sut ydw i'n rhoi gwybod am broblem?
guide-accessibility-report-text = Os ydych chi'n dod o hyd i broblem, neu os oes angen gwybodaeth mewn fformat arall arnoch chi, cysylltwch â'r cyngor ({ $council }). Mae'r manylion ar y dudalen [help a chysylltiadau](page:help-and-contacts).
guide-accessibility-report-what = Dywedwch wrthym pa dudalen oedd hi a beth aeth o'i le.

guide-accessibility-enforce-heading = Beth os nad ydw i'n hapus gyda'r ateb?
guide-accessibility-enforce-text = Mae'r Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) yn gwneud yn siŵr bod gwefannau cyhoeddus yn dilyn y rheolau hygyrchedd.
guide-accessibility-enforce-rules = Y rheolau hyn yw'r Public Sector Bodies Accessibility Regulations 2018 (Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus 2018).
guide-accessibility-enforce-eass = Os nad ydych chi'n hapus gyda sut rydyn ni'n ateb eich cwyn, cysylltwch â'r Equality Advisory and Support Service (EASS, Gwasanaeth Cynghori a Chymorth Cydraddoldeb).

# Helpu plentyn i roi ei farn (i eiriolwyr, rhieni a gofalwyr)
# Helping a child give their views (for advocates, parents and carers)
guide-helping-a-child-title = Helpu plentyn i roi ei farn
guide-helping-a-child-summary = Sut i ddefnyddio ‘Fy marn i’ gyda phlentyn, sut i ofyn heb arwain, a beth sy'n digwydd i beth mae'n ei ddweud.
guide-helping-a-child-intro = Mae [Fy marn i](page:child-views) yn gadael i blentyn roi ei farn mewn geiriau ar gyfer y gynhadledd. Gallwch chi eistedd gydag e a helpu, ar ffôn, tabled neu gyfrifiadur. Mae'n gweithio un cam bach ar y tro.
guide-helping-a-child-using-heading = Ei ddefnyddio gyda phlentyn
guide-helping-a-child-using-quiet = Dewch o hyd i le tawel, preifat a digon o amser. Yn aml, mae hanner awr yn hen ddigon.
guide-helping-a-child-using-explain = Dywedwch wrth y plentyn beth yw pwrpas y cyfarfod, a bod ei farn yn bwysig. Dywedwch nad oes rhaid iddo ateb popeth.
guide-helping-a-child-using-houses = Ewch drwy'r tri thŷ: pethau da, pryderon a breuddwydion. Gall plant iau dapio lluniau yn lle ysgrifennu.
guide-helping-a-child-using-breaks = Stopiwch am seibiant os yw'r plentyn yn ypsetio neu'n blino. Does dim byd yn cael ei gadw, felly lawrlwythwch y PDF cyn i chi stopio am amser hir.
guide-helping-a-child-using-check = Darllenwch y cyfan yn ôl ar y dudalen olaf. Gadewch i'r plentyn newid unrhyw beth mae ei eisiau.
guide-helping-a-child-asking-heading = Gofyn heb arwain
guide-helping-a-child-asking-open = Gofynnwch gwestiynau agored, fel “Beth sy'n dda gartref?” yn lle “Ydy gartref yn dda?”.
guide-helping-a-child-asking-words = Ysgrifennwch eiriau'r plentyn ei hun, hyd yn oed os nad dyna sut byddech chi'n ei ddweud. Peidiwch â'u tacluso.
guide-helping-a-child-asking-silence = Rhowch amser iddo feddwl. Mae eiliad dawel yn iawn.
guide-helping-a-child-asking-no-answer = Mae'n iawn i blentyn beidio ag ateb cwestiwn, neu ddweud “Dwi ddim yn gwybod”.
guide-helping-a-child-asking-feelings = Cadwch eich barn eich hun allan ohono. Os ydych chi eisiau ychwanegu rhywbeth, dywedwch wrth y cadeirydd eich hun.
guide-helping-a-child-happens-heading = Beth sy'n digwydd i farn y plentyn
guide-helping-a-child-happens-text = Gallwch chi lawrlwytho'r farn fel PDF, neu ei hanfon at gadeirydd y gynhadledd. Mae'r PDF yn dweud pwy ysgrifennodd y geiriau a sut.
guide-helping-a-child-happens-nothing-kept = Nid yw'r wefan hon yn cadw dim byd. Nid yw'n cadw'r geiriau na'r llun.
guide-helping-a-child-happens-shared = Efallai y bydd y cadeirydd yn rhannu barn y plentyn gyda phawb yn y gynhadledd, gan gynnwys rhieni'r plentyn. Dywedwch hyn wrth y plentyn cyn iddo ddechrau rhoi ei farn.
guide-helping-a-child-advocate-heading = Hawl y plentyn i gael eiriolwr
guide-helping-a-child-advocate-text = Gall llawer o blant gael eiriolwr. Mae eiriolwr yn rhywun annibynnol sy'n helpu plentyn i ddweud beth mae'n ei feddwl. Gall siarad ar ran y plentyn yn y cyfarfod.
guide-helping-a-child-advocate-ask = Gofynnwch i'r gweithiwr cymdeithasol neu i gadeirydd y gynhadledd sut i gael un.
guide-helping-a-child-worried-heading = Os yw plentyn yn dweud rhywbeth sy'n peri pryder wrthych chi
guide-helping-a-child-worried-text = Os yw plentyn yn dweud ei fod yn cael ei frifo neu nad yw'n ddiogel, peidiwch â'i gadw i chi'ch hun. Dywedwch wrth y gweithiwr cymdeithasol neu wrth yr heddlu. Mewn argyfwng, ffoniwch 999.
guide-helping-a-child-start = [Dechrau ‘Fy marn i’ gyda'r plentyn](page:child-views)

# Os ydych chi'n teimlo'n anniogel nawr (dolen o bob sgrin yn ‘Fy marn i’)
# If you feel unsafe now (linked from every screen of "My views")
guide-feeling-unsafe-title = Os ydych chi'n teimlo'n anniogel nawr
guide-feeling-unsafe-summary = Beth i'w wneud os ydych chi'n teimlo'n anniogel neu'n ofnus nawr.
guide-feeling-unsafe-danger = Os ydych chi mewn perygl nawr, ffoniwch 999.
guide-feeling-unsafe-childline = Gallwch chi siarad â Childline am unrhyw beth. Ffoniwch 0800 1111, ar unrhyw adeg, ddydd neu nos. Mae am ddim.
guide-feeling-unsafe-adult = Dywedwch wrth oedolyn rydych chi'n ymddiried ynddo. Gallai fod yn athro neu athrawes, eich eiriolwr (rhywun sy'n eich helpu i ddweud beth rydych chi'n ei feddwl), eich gweithiwr cymdeithasol neu rywun yn eich teulu.
guide-feeling-unsafe-not-your-fault = Nid eich bai chi yw e byth os yw rhywun yn eich brifo.
guide-feeling-unsafe-back = I adael y wefan hon yn gyflym, defnyddiwch ‘Gadael y dudalen hon’.

guide-your-childs-part-views-tool = Gall eich plentyn hefyd ddefnyddio [Fy marn i](page:child-views) i ysgrifennu neu ddewis lluniau am beth mae'n ei feddwl. Gallwch chi neu eiriolwr helpu. Darllenwch [sut i helpu plentyn i roi ei farn](page:helping-a-child).
guide-start-here-more-child-views = [Fy marn i: i'ch plentyn ei llenwi](page:child-views)
