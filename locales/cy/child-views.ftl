# Cyfieithiad Cymraeg, wedi'i ddrafftio gan dîm y prosiect (nid gan gyfieithydd cymwys eto). Mae cyfieithydd cymwys yn ei wirio. Dywedwch wrthym am unrhyw beth sy'n aneglur: gweler README.md, "Translations".
# Welsh translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Barn plentyn: y tri thŷ, un sgrin ar y tro, yna gwirio, PDF neu anfon.
# Geiriau i blant tua 7 i 15 oed: byr, cynnes, syml. Rydyn ni'n dweud "chi" wrth y plentyn (gweler TERMS.md).

child-views-title = Fy marn i ar gyfer y cyfarfod
child-views-description = Gall plentyn a'r person sy'n ei helpu ysgrifennu barn y plentyn ar gyfer cynhadledd amddiffyn plant, un cam bach ar y tro. Yna gallan nhw ei hargraffu neu ei hanfon at y cadeirydd.
child-views-lead = Bydd cyfarfod amdanoch chi a'ch teulu. Mae'r bobl yno eisiau gwybod beth rydych chi'n ei feddwl. Dyma eich cyfle chi i ddweud wrthyn nhw, yn eich geiriau eich hun.
child-views-intro-helpers = Os ydych chi'n helpu plentyn, darllenwch [sut i helpu plentyn i roi ei farn](page:helping-a-child) yn gyntaf.
child-views-intro-nothing-saved = Dydy'r wefan hon ddim yn cadw dim byd rydych chi'n ei ysgrifennu. Pan fyddwch chi'n cau'r dudalen hon, bydd eich geiriau wedi mynd. Cadwch hi ar agor nes bydd eich PDF gennych chi.
child-views-error-summary = Mae angen trwsio rhywbeth
child-views-continue = Nesaf
child-views-unsafe-link = Os nad ydych chi'n teimlo'n ddiogel nawr

child-views-who-heading = Pwy sy'n llenwi hwn?
child-views-who-intro = Does dim ateb anghywir.
child-views-who-label = Pwy sy'n ysgrifennu?
child-views-who-child-alone = Rydw i'n ysgrifennu hwn ar fy mhen fy hun
child-views-who-with-helper = Rydw i'n ysgrifennu hwn gyda rhywun yn fy helpu
child-views-who-helper-wrote = Mae rhywun sy'n helpu yn ysgrifennu beth mae'r plentyn yn ei ddweud
child-views-error-who-missing = Dewiswch pwy sy'n ysgrifennu

child-views-helper-heading = Pwy sy'n helpu?
child-views-helper-intro = Ewch heibio'r cam hwn os nad oes neb yn helpu.
child-views-helper-name-label = Enw'r person sy'n helpu
child-views-helper-name-hint = Enw'r oedolyn sy'n helpu.
child-views-helper-role-label = Y person sy'n helpu yw
child-views-role-advocate = Eiriolwr
child-views-role-parent = Mam, tad neu riant arall
child-views-role-carer = Gofalwr neu ofalwr maeth
child-views-role-social-worker = Gweithiwr cymdeithasol
child-views-role-other = Rhywun arall

child-views-child-heading = Amdanoch chi
child-views-child-intro = Er mwyn i'r bobl yn y cyfarfod wybod mai eich geiriau chi yw'r rhain.
child-views-child-name-label = Eich enw cyntaf
child-views-child-age-label = Faint yw eich oed chi?
child-views-child-age-hint = Er enghraifft, 9.
child-views-error-child-name-missing = Ysgrifennwch eich enw cyntaf

child-views-meeting-heading = Pryd mae'r cyfarfod?
child-views-meeting-intro = Ewch heibio'r cam hwn os nad ydych chi'n gwybod.
child-views-date-legend = Dyddiad y cyfarfod
child-views-date-hint = Er enghraifft, 14 3 2026.
child-views-error-date-incomplete = Ysgrifennwch ddiwrnod, mis a blwyddyn y cyfarfod, neu gadewch y tri yn wag
child-views-error-date-invalid = Dydy'r dyddiad hwnnw ddim yn bodoli. Gwiriwch y diwrnod a'r mis
child-views-error-date-year = Ysgrifennwch y flwyddyn gyda phedwar rhif, er enghraifft 2026

child-views-pictures-hint = Dewiswch gymaint ag y mynnwch chi, neu ddim un.

child-views-good-heading = Fy nhŷ pethau da
child-views-good-intro = Meddyliwch am y pethau da yn eich bywyd. Mawr neu fach, maen nhw i gyd yn cyfrif.
child-views-good-pictures-legend = Beth sy'n dda?
child-views-good-pictures-summary = Pethau da a ddewisais i
child-views-good-family = Fy nheulu
child-views-good-friends = Fy ffrindiau
child-views-good-school = Yr ysgol
child-views-good-playing = Chwarae a chael hwyl
child-views-good-home = Fy nghartref
child-views-good-things-label = Beth sy'n dda yn fy mywyd i
child-views-good-things-hint = Gallwch chi ysgrifennu cymaint neu gyn lleied ag y mynnwch chi.

child-views-helps-heading = Fy nhŷ pethau da: pwy sy'n fy helpu i
child-views-helps-intro = Pobl sy'n garedig wrthoch chi, neu bobl y gallwch chi siarad â nhw.
child-views-who-helps-label = Pwy sy'n fy helpu i
child-views-who-helps-hint = Er enghraifft, athro neu athrawes, ffrind, mam-gu neu nain, tad-cu neu daid.

child-views-likes-heading = Fy nhŷ pethau da: beth rydw i'n hoffi ei wneud
child-views-likes-intro = Pethau sy'n gwneud i chi wenu.
child-views-likes-doing-label = Beth rydw i'n hoffi ei wneud
child-views-likes-doing-hint = Er enghraifft, gemau, chwaraeon, tynnu lluniau, cerddoriaeth, anifeiliaid.

child-views-worries-heading = Fy nhŷ pryderon
child-views-worries-intro = Mae'n iawn cael pryderon. Gall dweud wrth rywun helpu.
child-views-worry-pictures-legend = Sut rydw i'n teimlo?
child-views-worry-pictures-summary = Teimladau a ddewisais i
child-views-feel-worried = Yn poeni
child-views-feel-sad = Yn drist
child-views-feel-scared = Yn ofnus
child-views-feel-angry = Yn flin
child-views-worries-label = Beth sy'n fy mhoeni i
child-views-worries-hint = Unrhyw beth sy'n gwneud i chi deimlo'n ddrwg: gartref, yn yr ysgol neu yn rhywle arall.

child-views-change-heading = Fy nhŷ pryderon: beth hoffwn i ei newid
child-views-change-intro = Petaech chi'n gallu newid un peth, neu lawer o bethau.
child-views-wish-change-label = Beth hoffwn i ei newid
child-views-wish-change-hint = Ysgrifennwch e yn union fel byddech chi'n ei ddweud.

child-views-dreams-heading = Fy nhŷ breuddwydion
child-views-dreams-intro = Dychmygwch fod pethau yn union fel rydych chi eisiau iddyn nhw fod.
child-views-dream-pictures-legend = Yn fy mreuddwyd…
child-views-dream-pictures-summary = Breuddwydion a ddewisais i
child-views-dream-happy = Rydw i'n teimlo'n hapus
child-views-dream-safe = Rydw i'n teimlo'n ddiogel
child-views-dream-together = Mae fy nheulu'n dod ymlaen yn dda
child-views-dream-listened = Mae pobl yn gwrando arna i
child-views-dreams-label = Sut hoffwn i i bethau fod
child-views-dreams-hint = Beth fyddai'n wahanol? Pwy fyddai yno?

child-views-know-heading = Beth rydw i eisiau i'r cyfarfod ei wybod
child-views-know-intro = Bydd yr oedolion yn y cyfarfod yn darllen hwn.
child-views-want-known-label = Beth rydw i eisiau i'r bobl yn y cyfarfod ei wybod
child-views-want-known-hint = Unrhyw beth o gwbl sy'n bwysig yn eich barn chi.
child-views-error-nothing-written = Dewiswch neu ysgrifennwch rywbeth yn un o'r tai, neu ysgrifennwch rywbeth yma

child-views-taking-part-heading = Sut rydw i eisiau cymryd rhan
child-views-taking-part-intro = Chi sy'n cael dewis. Gallwch chi newid eich meddwl wedyn hefyd.
child-views-take-part-label = Sut rydych chi eisiau cymryd rhan yn y cyfarfod?
child-views-take-part-go = Rydw i eisiau mynd i'r cyfarfod
child-views-take-part-some = Rydw i eisiau mynd i ran ohono
child-views-take-part-advocate = Rydw i eisiau i fy eiriolwr siarad drosta i
child-views-take-part-write = Rydw i eisiau ysgrifennu neu dynnu llun yn lle hynny
child-views-take-part-not = Dydw i ddim eisiau cymryd rhan
child-views-who-with-me-label = Pwy hoffwn i ei gael gyda fi?
child-views-who-with-me-hint = Rhywun rydych chi'n ymddiried ynddo, fel eiriolwr (rhywun sy'n eich helpu i ddweud eich barn), athro neu athrawes, neu rywun yn eich teulu.

child-views-check-title = Gwirio eich atebion
child-views-check-lead = Darllenwch y cyfan gyda'ch gilydd. Gallwch chi newid unrhyw beth rydych chi eisiau.
child-views-drawing-label = Ychwanegu llun o ddarlun (dewisol)
child-views-drawing-hint = Llun JPEG neu PNG, hyd at 5 MB. Mae'n mynd yn y PDF. Rydyn ni'n tynnu allan y manylion cudd mae ffôn yn eu hychwanegu at lun, fel ble cafodd ei dynnu.
child-views-drawing-heading = Fy narlun i
child-views-drawing-description = Darlun gan y plentyn, wedi'i ychwanegu fel llun.
drawing-problem-title = Doedd dim modd ychwanegu'r darlun
drawing-error-wrong-type = Rhaid i'r ffeil fod yn llun ar ffurf JPEG neu PNG. Dewiswch ffeil arall, neu ei gadael allan
drawing-error-too-large = Mae'r ffeil yn fwy na 5 MB. Dewiswch lun llai, neu ei adael allan
drawing-error-too-many-pixels = Mae'r llun yn rhy fawr i'w agor. Tynnwch lun newydd, neu dewiswch un llai
drawing-error-damaged = Doedd dim modd agor y ffeil. Efallai ei bod wedi'i difrodi. Dewiswch ffeil arall, neu ei gadael allan

child-views-pdf-title = Fy marn i ar gyfer y gynhadledd
child-views-pdf-footer = Barn plentyn ar gyfer cynhadledd amddiffyn plant – geiriau'r plentyn ei hun yw'r rhain
child-views-pdf-child = Plentyn
child-views-pdf-age = Oed
child-views-pdf-how = Sut cafodd hwn ei ysgrifennu
child-views-pdf-helper = Person a helpodd
child-views-pdf-helper-role = Rôl y person a helpodd
child-views-pdf-date = Dyddiad y gynhadledd
child-views-pdf-date-missing = Ddim yn hysbys eto
child-views-pdf-council = Cyngor
child-views-file-name = fy-marn
child-views-mail-subject = Barn plentyn ar gyfer cynhadledd amddiffyn plant – cyfeirnod { $reference }
