# Turjumaad Soomaali ah, oo ay diyaarisay kooxda mashruuca (weli ma hubin turjumaan aqoon leh). Turjumaan aqoon leh ayaa hadda hubinaya. Wixii aan caddayn noo sheeg: eeg README.md, "Translations".
# Somali translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# A child's views: the three houses, one screen at a time, then check, PDF or send.
# Words for children aged about 7 to 15: short, warm, plain.

child-views-title = Aragtiyadayda shirka
child-views-description = Ilmo iyo qofka caawinaya ayaa qori kara aragtiyada ilmaha ee shirka ilaalinta ilmaha, tallaabo yar tallaabo yar, kadibna daabici kara ama u diri kara guddoomiyaha.
child-views-lead = Shir ayaa dhici doona oo ku saabsan adiga iyo qoyskaaga. Dadka halkaas jooga waxay rabaan inay ogaadaan waxa aad u malaynayso. Tani waa fursaddaada inaad u sheegto, erayadaada.
child-views-intro-helpers = Haddii aad caawinayso ilmo, marka hore akhri [sida loo caawiyo ilmo si uu aragtidiisa u sheego](page:helping-a-child).
child-views-intro-nothing-saved = Websaydhkan ma kaydiyo waxaad qorto. Marka aad xirto boggan, erayadaadu way lumayaan. Boggan furan ku hay ilaa aad ka hesho PDF-kaaga.
child-views-error-summary = Wax baa u baahan in la saxo
child-views-continue = Kan xiga
child-views-unsafe-link = Haddii aadan hadda nabad dareemayn

child-views-who-heading = Yaa buuxinaya foomkan?
child-views-who-intro = Jawaab khaldan ma jirto.
child-views-who-label = Yaa qoraya?
child-views-who-child-alone = Anigu keligay ayaan qorayaa
child-views-who-with-helper = Waxaan qorayaa anigoo qof i caawinayo
child-views-who-helper-wrote = Qof caawiye ah ayaa qoraya waxa ilmuhu sheegayo
child-views-error-who-missing = Dooro qofka qoraya

child-views-helper-heading = Yaa caawinaya?
child-views-helper-intro = Ka bood tallaabadan haddii aan qofna caawinayn.
child-views-helper-name-label = Magaca caawiyaha
child-views-helper-name-hint = Magaca qofka weyn ee caawinaya.
child-views-helper-role-label = Caawiyuhu waa
child-views-role-advocate = U-doode (advocate): qof kaa caawiya inaad aragtidaada sheegto
child-views-role-parent = Hooyo, aabbe ama waalid kale
child-views-role-carer = Daryeele ama waalid korsade (foster carer)
child-views-role-social-worker = Hawlwadeen bulsho (social worker)
child-views-role-other = Qof kale

child-views-child-heading = Adiga
child-views-child-intro = Si dadka shirka joogaa u ogaadaan inay kuwani yihiin erayadaada.
child-views-child-name-label = Magacaaga koowaad
child-views-child-age-label = Immisa jir baad tahay?
child-views-child-age-hint = Tusaale ahaan, 9.
child-views-error-child-name-missing = Qor magacaaga koowaad

child-views-meeting-heading = Goorma ayuu shirku yahay?
child-views-meeting-intro = Ka bood tallaabadan haddii aadan ogeyn.
child-views-date-legend = Taariikhda shirka
child-views-date-hint = Tusaale ahaan, 14 3 2026.
child-views-error-date-incomplete = Qor maalinta, bisha iyo sannadka shirka, ama saddexdaba faaruq ka dhaaf
child-views-error-date-invalid = Taariikhdaas ma jirto. Hubi maalinta iyo bisha
child-views-error-date-year = Sannadka ku qor afar lambar, tusaale ahaan 2026

child-views-pictures-hint = Dooro inta aad rabto, ama midna ha dooran.

child-views-good-heading = Gurigayga waxyaabaha wanaagsan
child-views-good-intro = Ka fikir waxyaabaha wanaagsan ee noloshaada. Kuwa waaweyn iyo kuwa yaryar, dhammaan way muhiim yihiin.
child-views-good-pictures-legend = Maxaa wanaagsan?
child-views-good-pictures-summary = Waxyaabaha wanaagsan ee aan doortay
child-views-good-family = Qoyskayga
child-views-good-friends = Saaxiibbaday
child-views-good-school = Dugsiga
child-views-good-playing = Ciyaarta iyo madadaalada
child-views-good-home = Gurigayga
child-views-good-things-label = Waxa wanaagsan ee noloshayda
child-views-good-things-hint = Waxaad qori kartaa wax badan ama wax yar, sidaad rabto.

child-views-helps-heading = Gurigayga waxyaabaha wanaagsan: cidda i caawisa
child-views-helps-intro = Dadka kuu naxariista, ama aad la hadli karto.
child-views-who-helps-label = Cidda i caawisa
child-views-who-helps-hint = Tusaale ahaan, macallin, saaxiib, ayeeyo ama awoowe.

child-views-likes-heading = Gurigayga waxyaabaha wanaagsan: waxa aan jeclahay inaan sameeyo
child-views-likes-intro = Waxyaabaha ku dhoolla-caddeeya.
child-views-likes-doing-label = Waxa aan jeclahay inaan sameeyo
child-views-likes-doing-hint = Tusaale ahaan, ciyaaro, isboorti, sawir-gacmeed, muusig, xayawaan.

child-views-worries-heading = Gurigayga walwalka
child-views-worries-intro = Waa caadi inaad walwal qabto. Inaad qof u sheegto way ku caawin kartaa.
child-views-worry-pictures-legend = Sideen dareemayaa?
child-views-worry-pictures-summary = Dareenada aan doortay
child-views-feel-worried = Walwalsan
child-views-feel-sad = Murugaysan
child-views-feel-scared = Cabsanaya
child-views-feel-angry = Xanaaqsan
child-views-worries-label = Waxa i walwaliya
child-views-worries-hint = Wax kasta oo kaa dhiga inaad xun dareento, guriga, dugsiga ama meel kasta.

child-views-change-heading = Gurigayga walwalka: waxa aan jeclaan lahaa inay isbeddelaan
child-views-change-intro = Haddii aad beddeli karto hal shay, ama waxyaabo badan.
child-views-wish-change-label = Waxa aan jeclaan lahaa inay isbeddelaan
child-views-wish-change-hint = U qor sida aad u sheegi lahayd.

child-views-dreams-heading = Gurigayga riyooyinka
child-views-dreams-intro = Ka fikir in wax walba ay yihiin sida aad rabto.
child-views-dream-pictures-legend = Riyadayda dhexdeeda…
child-views-dream-pictures-summary = Riyooyinka aan doortay
child-views-dream-happy = Waan faraxsanahay
child-views-dream-safe = Waan nabad qabaa
child-views-dream-together = Qoyskaygu way is-fahmaan
child-views-dream-listened = Dadku way i dhegaystaan
child-views-dreams-label = Sida aan jeclaan lahaa inay wax noqdaan
child-views-dreams-hint = Maxaa ka duwanaan lahaa? Yaa joogi lahaa?

child-views-know-heading = Waxa aan rabo in shirku ogaado
child-views-know-intro = Dadka waaweyn ee shirka jooga ayaa akhrin doona tan.
child-views-want-known-label = Waxa aan rabo in dadka shirka joogaa ogaadaan
child-views-want-known-hint = Wax kasta oo aad u malaynayso inay muhiim yihiin.
child-views-error-nothing-written = Wax ka dooro ama wax ku qor guri ka mid ah guryaha, ama halkan wax ku qor

child-views-taking-part-heading = Sida aan rabo inaan uga qaybgalo
child-views-taking-part-intro = Adiga ayaa dooran kara. Goor dambe waad beddeli kartaa go'aankaaga, sidoo kale.
child-views-take-part-label = Sidee baad rabtaa inaad shirka uga qaybgasho?
child-views-take-part-go = Waxaan rabaa inaan shirka tago
child-views-take-part-some = Waxaan rabaa inaan qayb ka mid ah tago
child-views-take-part-advocate = Waxaan rabaa in u-doodahaygu (advocate) ii hadlo
child-views-take-part-write = Waxaan rabaa inaan taa beddelkeeda wax qoro ama sawiro
child-views-take-part-not = Ma rabo inaan ka qaybgalo
child-views-who-with-me-label = Yaan jeclaan lahaa inuu ila joogo?
child-views-who-with-me-hint = Qof aad aaminto, sida u-doode, macallin ama qof qoyskaaga ka mid ah.

child-views-check-title = Hubi jawaabahaaga
child-views-check-lead = Wada akhriya dhammaan. Wax kasta oo aad rabto waad beddeli kartaa.
child-views-drawing-label = Ku dar sawir (photo) sawir-gacmeed ah (haddii aad rabto)
child-views-drawing-hint = Sawir JPEG ama PNG ah, ilaa 5 MB. Wuxuu gelayaa PDF-ka. Waxaan ka saaraynaa faahfaahinta qarsoon ee telefoonku ku daro sawirka, sida meesha laga qaaday.
child-views-drawing-heading = Sawir-gacmeedkayga
child-views-drawing-description = Sawir-gacmeed uu ilmuhu sameeyey, oo lagu daray sawir ahaan.
drawing-problem-title = Sawir-gacmeedka lama dari karin
drawing-error-wrong-type = Faylku waa inuu noqdaa sawir JPEG ama PNG ah. Dooro fayl kale, ama ka tag
drawing-error-too-large = Faylku wuu ka weyn yahay 5 MB. Dooro sawir ka yar, ama ka tag
drawing-error-too-many-pixels = Sawirku aad buu u weyn yahay in la furo. Qaad sawir cusub, ama dooro mid ka yar
drawing-error-damaged = Faylka lama furi karin. Waxaa laga yaabaa inuu khalkhalsan yahay. Dooro fayl kale, ama ka tag

child-views-pdf-title = Aragtiyadayda shirka
child-views-pdf-footer = Aragtiyada ilmo ee shirka ilaalinta ilmaha – erayadu waa kuwa ilmaha laftiisa
child-views-pdf-child = Ilmaha
child-views-pdf-age = Da'da
child-views-pdf-how = Sida tan loo qoray
child-views-pdf-helper = Caawiyaha
child-views-pdf-helper-role = Doorka caawiyaha
child-views-pdf-date = Taariikhda shirka
child-views-pdf-date-missing = Weli lama oga
child-views-pdf-council = Golaha deegaanka
child-views-file-name = aragtiyadayda
child-views-mail-subject = Aragtiyada ilmo ee shirka ilaalinta ilmaha – tixraaca { $reference }
