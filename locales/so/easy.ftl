# Turjumaad Soomaali ah, oo ay diyaarisay kooxda mashruuca (weli ma hubin turjumaan aqoon leh). Turjumaan aqoon leh ayaa hadda hubinaya. Wixii aan caddayn noo sheeg: eeg README.md, "Translations".
# Somali translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Easy read: every page of the guide again, one idea per message, for a parent with a learning
# disability. One sentence has at most 15 words; a hard word is in **bold** with its meaning next to it.
# The structure (which picture goes with which message) is in src/content/easy_pages.rs.


## Page: start-here

easy-start-here-title = Halkan ka bilow
easy-start-here-summary = Boggan wuxuu sheegayaa waxa dhacaya. Wuxuu sheegayaa waxa aad hadda samayn karto.
easy-start-here-letter = Waxaad heshay warqad ku saabsan **shirka ilaalinta ilmaha**. Waa shir ku saabsan badbaadada ilmahaaga.
easy-start-here-who = Adiga, qoyskaaga iyo shaqaale ka socda { $council } ayaa kulmaya. Waad wada hadlaysaan.
easy-start-here-not-court = Shirku maaha maxkamad. Kaama qaadi karo ilmahaaga.
easy-start-here-feelings = Waa caadi inaad cabsato, xanaaqdo ama wareerto. Waxaad sheegto weli waa muhiim.
easy-start-here-you-read = Akhri warqaddaada. Hubi maalinta, waqtiga iyo goobta.
easy-start-here-you-ask = U sheeg [hawlwadeenkaaga bulshada](glossary:social-worker) caawimada aad u baahan tahay.
easy-start-here-tonight-heading = Maxaan hadda samayn karaa?
easy-start-here-reports = Akhri warbixinnada aad hesho. Haddii aadan waxba helin, weydii hawlwadeenkaaga bulshada.
easy-start-here-write = Qor waxa aad rabto inaad sheegto. Qor su'aalahaaga.
easy-start-here-someone = Ka fikir qof aad aaminto. Wuu kula iman karaa.
easy-start-here-childcare = Hel qof ilaaliya carruurta yaryar maalinta shirka.
easy-start-here-tell-your-social-worker-heading = Maxaan u sheegaa hawlwadeenka bulshada?
easy-start-here-interpreter = U sheeg haddii aad u baahan tahay **turjubaan**. Waa qof ku hadla luqaddaada.
easy-start-here-reading = U sheeg haddii akhrisku kugu adag yahay. Waxaad codsan kartaa akhris fudud.
easy-start-here-access = U sheeg haddii aad qabto naafonimo (disability). Sheeg caawimada aad u baahan tahay.
easy-start-here-unsafe = U sheeg haddii qof shirka joogaa kaa dhigo inaadan nabad dareemin.
easy-start-here-danger = Haddii adiga ama ilmahaagu hadda khatar ku jirtaan, wac 999.
easy-start-here-private = Qof kale ma isticmaalaa telefoonkaaga? Akhri [ammaanka internetka](page:staying-safe-online).

## Page: what-is-a-conference

easy-what-is-a-conference-title = Waa maxay shirka ilaalinta ilmaha?
easy-what-is-a-conference-summary = Boggan wuxuu sheegayaa waxa shirku u jiro.
easy-what-is-a-conference-meeting = **Shirka ilaalinta ilmaha** waa shir ku saabsan ilmahaaga.
easy-what-is-a-conference-why = Wuxuu dhacaa marka shaqaaluhu u maleeyaan in ilmahaaga si culus wax loo yeeli karo.
easy-what-is-a-conference-law = Sharcigu wuxuu leeyahay golaha deegaanka waa inuu hubiyaa marka ilmo wax loo yeeli karo.
easy-what-is-a-conference-checks = Marka hore hawlwadeen bulsho ayaa gurigaaga kuu yimaada. Wuxuu la hadlaa carruurtaada.
easy-what-is-a-conference-who-told = Qof ayaa golaha deegaanka u sheegay inuu walwalsan yahay. Tan waxaa la yiraahdaa **gudbin** (referral).
easy-what-is-a-conference-secret = Deris ayaa codsan kara in magaciisa sir laga dhigo. Markaa laguuma sheego.
easy-what-is-a-conference-worker-name = Haddii shaqaale u sheegay golaha deegaanka, badanaa waad ogaan kartaa magaciisa.
easy-what-is-a-conference-you-not-court = Shirku maaha maxkamad. Kaama qaadi karo ilmahaaga.
easy-what-is-a-conference-you-fast = Shirka koowaad waxaa la filayaa inuu dhaco 15 maalmood oo shaqo gudahood. Taasi waa ku dhawaad 3 toddobaad.
easy-what-is-a-conference-what-it-does-heading = Maxaa ka dhaca shirka?
easy-what-is-a-conference-share = Dadku waxay wadaagaan waxa ay ka ogyihiin ilmahaaga.
easy-what-is-a-conference-strengths = Waxay ka hadlaan waxa wanaagsan ee qoyskaaga.
easy-what-is-a-conference-plan = Waxay go'aamiyaan haddii ilmahaagu u baahan yahay qorshe lagu ilaaliyo.
easy-what-is-a-conference-plan-england = England waxaa lagu magacaabaa **qorshaha ilaalinta ilmaha** (child protection plan).
easy-what-is-a-conference-plan-wales = Wales waxaa lagu magacaabaa **qorshaha ilaalinta daryeelka iyo taageerada** (care and support protection plan).
easy-what-is-a-conference-register-wales = Gudaha Wales, magaca ilmahaaga waxaa sidoo kale la geliyaa liis. Waa **diiwaanka ilaalinta carruurta**.
easy-what-is-a-conference-what-it-cannot-do-heading = Maxaan shirku samayn karin?
easy-what-is-a-conference-cannot-live = Ma go'aamiyo meesha ilmahaagu ku noolaado.
easy-what-is-a-conference-away = Maxkamad ama booliis oo keliya ayaa ilmahaaga meel kale u wareejin kara. Ama adigu waad ogolaan kartaa.
easy-what-is-a-conference-advice = Haddii qof ka hadlo in ilmahaaga la wareejiyo, isla markiiba hel talo sharci.
easy-what-is-a-conference-all-children = Shirku wuxuu ka hadlaa ilmo kasta oo gurigaaga ku nool.

## Page: before-the-conference

easy-before-the-conference-title = U diyaargarowga shirka
easy-before-the-conference-summary = Boggan wuxuu sheegayaa sida aad isugu diyaariso.
easy-before-the-conference-letter = Waxaad heli doontaa warqad. Waxay sheegaysaa maalinta, waqtiga iyo goobta.
easy-before-the-conference-reports = Shaqaaluhu waxay qoraan warbixinno. Waa in lagu siiyaa ka hor shirka.
easy-before-the-conference-reports-when = Warbixinnada waa in lagu siiyaa { $reports-initial-days ->
        [one] { $reports-initial-days } maalin shaqo
       *[other] { $reports-initial-days } maalmood oo shaqo
    } ka hor shirka koowaad.
easy-before-the-conference-reports-wrong = Warbixin wax khaldan ma ku jiraa? U sheeg hawlwadeenkaaga bulshada ka hor shirka.
easy-before-the-conference-police = Booliisku way iman karaan. Waxaa laga yaabaa inaad markii ugu horraysay maqasho waxa ay ogyihiin.
easy-before-the-conference-chair = **Guddoomiyaha** waa qofka maamula shirka. Marka hore ayuu kula kulmaa.
easy-before-the-conference-online = Shirku wuxuu noqon karaa qol gudihiis ama wicitaan fiidiyow ah.
easy-before-the-conference-you-write = Qor waxa aad rabto inaad sheegto. Waxaad isticmaali kartaa [foomkayaga](easy:writing-your-views).
easy-before-the-conference-you-help = Caawimo codso haddii akhrisku kugu adag yahay.
easy-before-the-conference-help-to-understand-heading = Caawimadee ayaan codsan karaa?
easy-before-the-conference-easy-read = Waxaad codsan kartaa waraaqo akhris fudud ah.
easy-before-the-conference-read-with = Waxaad qof ka codsan kartaa inuu warbixinnada kula akhriyo.
easy-before-the-conference-time = Waxaad codsan kartaa waqti dheeraad ah iyo nasasho.
easy-before-the-conference-advocate = Waxaad codsan kartaa **u-doode**. Waa qof kaa caawiya inaad codkaaga sheegto.
easy-before-the-conference-questions-heading = Maxaan weydiin karaa?
easy-before-the-conference-ask-worry = Waxaad weydiin kartaa: maxaad ka walwalsan tihiin?
easy-before-the-conference-ask-change = Waxaad weydiin kartaa: maxaa u baahan inuu isbeddelo?
easy-before-the-conference-ask-help = Waxaad weydiin kartaa: caawimadee ayaad siin kartaan qoyskayga?

## Page: writing-your-views

easy-writing-your-views-title = Qorista aragtidaada ee shirka
easy-writing-your-views-summary = Boggan wuxuu kaa caawinayaa inaad qorto waxa aad u malaynayso ka hor shirka.
easy-writing-your-views-why = Waxaad qori kartaa waxa aad u malaynayso. Shaqaaluhu waxay ku akhriyaan shirka.
easy-writing-your-views-choice = Uma baahnid inaad wax qorto. Qoraallo yar sidoo kale waa ku filan yihiin.
easy-writing-your-views-help = Qof aad aaminto ayaa kaa caawin kara qoraalka. Hawlwadeenkaaga bulshada sidoo kale wuu ku caawin karaa.
easy-writing-your-views-you-form = Isticmaal foomka warbixinta ee websaydhkan. Wuxuu weydiiyaa su'aalo fudud.
easy-writing-your-views-you-nothing-kept = Websaydhkan ma kaydiyo waxaad qorto.
easy-writing-your-views-what-to-write-heading = Maxaan ka qori karaa?
easy-writing-your-views-good = Waxyaabo wanaagsan: maxay qoyskaagu si fiican u sameeyaan?
easy-writing-your-views-worries = Walwal: maxaa u baahan inuu isbeddelo si ilmahaagu ammaan u ahaado?
easy-writing-your-views-support = Caawimo: caawimadee ayuu qoyskaagu u baahan yahay?
easy-writing-your-views-next = Waxa xiga: maxaa habboon inuu dhaco shirka kadib?
easy-writing-your-views-when-you-finish-heading = Markaan dhammeeyo, maxaan sameeyaa?
easy-writing-your-views-pdf = Waxaad u kaydin kartaa fayl ahaan. Waad daabici kartaa.
easy-writing-your-views-send = Waxaad u diri kartaa guddoomiyaha ka hor shirka.
easy-writing-your-views-private = Tirtir faylka haddii qof kale isticmaalo telefoonkaaga.

## Page: who-will-be-there

easy-who-will-be-there-title = Yaa joogi doona shirka?
easy-who-will-be-there-summary = Boggan wuxuu sheegayaa cidda shirka timaadda.
easy-who-will-be-there-chair = **Guddoomiyaha** ayaa maamula shirka. Wuxuu hubiyaa inuu shirku caddaalad yahay.
easy-who-will-be-there-minutes = Qof ayaa qora waxa dadku sheegaan. Tan waxaa la yiraahdaa **diiwaanka shirka** (minutes).
easy-who-will-be-there-social-worker = Hawlwadeenkaaga bulshada ayaa imanaya. Wuxuu qoraa warbixin.
easy-who-will-be-there-health = Kalkaaliye caafimaad ama dhakhtar ayaa iman kara.
easy-who-will-be-there-school = Macallin ayaa iman kara.
easy-who-will-be-there-police = Booliisku way iman karaan.
easy-who-will-be-there-family = Waalidka kale ee ilmahaaga ayaa iman kara. Qoys kale sidoo kale way iman karaan.
easy-who-will-be-there-you-names = Bilowga, qof walba wuxuu sheegaa cidda uu yahay.
easy-who-will-be-there-you-tell = Ma jiraa qof aadan rabin inuu joogo? Dhakhso u sheeg hawlwadeenkaaga bulshada.
easy-who-will-be-there-not-safe-heading = Ka waran haddii aanan nabad dareemin marka qof kale joogo?
easy-who-will-be-there-ex = Waxaa laga yaabaa inaadan rabin inaad la joogto lammaanahaagii hore. U sheeg guddoomiyaha.
easy-who-will-be-there-decide = Guddoomiyaha ayaa go'aamiya cidda timaadda. Wuu kula hadli karaa adiga keligaa.
easy-who-will-be-there-address = Ma jiraa qof aan la doonayn inuu ogaado cinwaankaaga? U sheeg guddoomiyaha ka hor shirka.

## Page: your-family

easy-your-family-title = Waalidiinta kale iyo qoyskaaga
easy-your-family-summary = Boggan wuxuu ku saabsan yahay qoyskaaga, iyo qaybta ay ku leeyihiin shirka.
easy-your-family-other-parent = Waalidka kale ee ilmahaaga badanaa waxaa laga codsadaa inuu yimaado.
easy-your-family-apart = Uma baahnid inaad isku qol ku fadhiisataan haddii aysan ammaan ahayn.
easy-your-family-pr = **Mas'uuliyadda waalidnimada** (parental responsibility) waxay la macno tahay xuquuqda sharciga ah ee waalidka.
easy-your-family-mother = Hooyada dhashay badanaa way leedahay, ilaa ilmuhu 18 jir ka gaaro.
easy-your-family-partner = Lammaane la nool ilmahaaga waxaa laga codsan karaa inuu yimaado.
easy-your-family-you-help = Ayeeyooyinka, awoowayaasha, eedooyinka, habaryarrada iyo saaxiibbada ayaa caawin kara ilmahaaga.
easy-your-family-you-ask = Weydii guddoomiyaha haddii qof qoyska ka mid ah uu rabo inuu hadlo.
easy-your-family-family-meeting-heading = Waa maxay kulanka qoyska?
easy-your-family-fgc = **Shirka qoyska** (family group conference) waa kulan loogu talagalay qoyskaaga iyo saaxiibbadaa.
easy-your-family-fgc-plan = Qoyskaagu wuxuu sameeyaa qorshe u gaar ah oo lagu ilaaliyo ilmahaaga.
easy-your-family-fgc-agree = Haddii qorshuhu ilmahaaga ilaaliyo, shaqaaluhu badanaa way oggolaadaan.

## Page: bringing-someone

easy-bringing-someone-title = Ma keeni karaa qof ila socda?
easy-bringing-someone-summary = Boggan wuxuu sheegayaa cidda aad keeni karto.
easy-bringing-someone-who = Haa. Waxaad keeni kartaa saaxiib ama qof qoyskaaga ka mid ah.
easy-bringing-someone-trust = Waxay maqli doonaan waxyaabo gaar ah. Dooro qof aad aaminto.
easy-bringing-someone-tell = U sheeg hawlwadeenkaaga bulshada cidda aad keenayso.
easy-bringing-someone-advocate = **U-doode** ayaa kaa caawiya inaad sheegto waxa aad u malaynayso. Weydii haddii mid kuu dhow jiro.
easy-bringing-someone-you-bring = Waxaad keeni kartaa qof aad aaminto.
easy-bringing-someone-you-advice = Waxaad heli kartaa talo sharci ka hor shirka.
easy-bringing-someone-solicitor-heading = Ma keeni karaa qareen?
easy-bringing-someone-solicitor = Haa. **Qareen** waa qof sharciga yaqaan. Wuu ku dhegaysan karaa oo ku taageeri karaa.
easy-bringing-someone-solicitor-cannot = Inta badan, kuma hadli karo magacaaga shirka dhexdiisa.
easy-bringing-someone-legal-aid = **Gargaarka sharciga** (legal aid) waa lacag lagu bixiyo qareen. Waxaa laga yaabaa inaad hesho.
easy-bringing-someone-letter = Ma heshay warqad ka hor maxkamadda? Isla markiiba wac qareen.

## Page: help-to-take-part

easy-help-to-take-part-title = Caawimo si aad uga qaybgasho
easy-help-to-take-part-summary = Boggan wuxuu ku saabsan yahay caawimo haddii aad naafonimo qabto ama luqad kale ku hadasho.
easy-help-to-take-part-law = Sharcigu wuxuu leeyahay shaqaaluhu waa inay caawiyaan dadka naafada ah si ay uga qaybgalaan.
easy-help-to-take-part-room = Waxaad codsan kartaa qol aan jaranjaro lahayn.
easy-help-to-take-part-hearing = Waxaad codsan kartaa turjubaan luqadda calaamadaha ama qalabka maqalka (hearing loop).
easy-help-to-take-part-papers = Waxaad codsan kartaa waraaqo akhris fudud ah ama far waaweyn ku qoran.
easy-help-to-take-part-breaks = Waxaad codsan kartaa nasasho, ama shir ka gaaban.
easy-help-to-take-part-video = Waxaad codsan kartaa inaad ku soo biirto wicitaan fiidiyow ama telefoon.
easy-help-to-take-part-you-early = U sheeg hawlwadeenkaaga bulshada waxa aad u baahan tahay, sida ugu dhakhsaha badan.
easy-help-to-take-part-you-free = Turjubaanku waa bilaash.
easy-help-to-take-part-interpreter-heading = Ka waran haddii aan u baahdo luqad kale?
easy-help-to-take-part-interpreter = Shirka waxaad ku yeelan kartaa **turjubaan**. Wuxuu ku hadlaa luqaddaada.
easy-help-to-take-part-not-family = Qoyskaaga iyo carruurtaada waa in aan laga codsan inay kuu turjumaan.
easy-help-to-take-part-translate = Waxaad codsan kartaa warbixinno ku qoran luqaddaada.
easy-help-to-take-part-welsh = Gudaha Wales, waxaad codsan kartaa in shirku ku dhaco luqadda Welsh-ka.

## Page: your-childs-part

easy-your-childs-part-title = Ilmahaygu ma ka qaybgali doonaa?
easy-your-childs-part-summary = Boggan wuxuu sheegayaa sida ilmahaagu u yeelan karo cod.
easy-your-childs-part-attend = Carruurta waaweyn badanaa waxaa laga codsadaa inay yimaadaan. Waxay ku xiran tahay da'dooda.
easy-your-childs-part-young = Dhallaanka iyo carruurta yaryar badanaa ma yimaadaan.
easy-your-childs-part-advocate = Ilmahaagu wuxuu yeelan karaa **u-doode**. Waa qof u hadla ilmaha.
easy-your-childs-part-letter = Ilmahaagu wuxuu qori karaa warqad ama sawiri karaa sawir.
easy-your-childs-part-recording = Ilmahaagu wuxuu samayn karaa cod ama fiidiyow la duubay.
easy-your-childs-part-you-matter = Aragtida ilmahaagu waa muhiim.
easy-your-childs-part-you-talk = Kala hadal hawlwadeenkaaga bulshada waxa ugu fiican ilmahaaga.
easy-your-childs-part-leave = Ilmahaagu waxaa laga yaabaa inuusan rabin inaad joogto. Markaa guddoomiyuhu wuxuu kaa codsan karaa inaad baxdo muddo yar.

## Page: practical-questions

easy-practical-questions-title = Waxa aad keenayso iyo su'aalo kale
easy-practical-questions-summary = Boggan wuxuu ka jawaabayaa su'aalo caadi ah oo ku saabsan maalinta shirka.
easy-practical-questions-bring-letter = Keen warqaddaada ku saabsan shirka.
easy-practical-questions-bring-reports = Keen warbixinnada, iyo qoraalladaada.
easy-practical-questions-bring-pen = Keen qalin iyo warqad.
easy-practical-questions-travel = Socdaalku ma aad buu qaali kuugu yahay? Weydii hawlwadeenkaaga bulshada caawimo.
easy-practical-questions-work = Shirku wuxuu qaadan karaa dhowr saacadood. Shaqada ka codso fasax subaxa ama galabta.
easy-practical-questions-late = Ma daahaysaa? Wac lambarka ku qoran warqaddaada.
easy-practical-questions-you-early = Isku day inaad goor hore timaaddo.
easy-practical-questions-you-private = Waraaqahaaga guriga la gee. Waa sir.
easy-practical-questions-baby = Carruurta yaryar badanaa ma yimaadaan. Weydii guddoomiyaha haddii aad leedahay ilmo yar oo dhallaan ah.
easy-practical-questions-record = Ha duubin shirka adigoon marka hore weydiin guddoomiyaha.
easy-practical-questions-share = Waligaa waraaqaha ha ku wadaagin internetka.

## Page: on-the-day

easy-on-the-day-title = Maxaa dhaca maalinta shirka?
easy-on-the-day-summary = Boggan wuxuu sheegayaa waxa ka dhaca shirka.
easy-on-the-day-chair-first = Guddoomiyaha ayaa marka hore kula kulma. Wuxuu sheegaa sida shirku u shaqeeyo.
easy-on-the-day-names = Qof walba wuxuu sheegaa cidda uu yahay.
easy-on-the-day-social-worker = Hawlwadeenka bulshada ayaa sheega sababta shirku u dhacayo.
easy-on-the-day-reports = Shaqaale kasta wuxuu sheegaa waxa ku jira warbixintiisa.
easy-on-the-day-you = Adigu waxaad sheegtaa waxa aad u malaynayso. Waxaad sheegi kartaa waxa aad ku raacsan tahay.
easy-on-the-day-decide = Kadib shirku wuxuu go'aamiyaa haddii ilmahaagu u baahan yahay qorshe.
easy-on-the-day-you-break = Waxaad codsan kartaa nasasho waqti kasta.
easy-on-the-day-you-ask = Guddoomiyaha ka codso inuu kuu sharxo eray aadan aqoon.
easy-on-the-day-how-long-heading = Intee buu qaataa?
easy-on-the-day-length = Shirar badan waxay qaataan ku dhawaad 2 saacadood. Qaar ayaa ka badan.
easy-on-the-day-leave = Guddoomiyaha ayaa kaa codsan kara inaad qolka ka baxdo muddo gaaban.
easy-on-the-day-upset = Waa caadi inaad niyad-xumaato. Waa caadi inaad nasasho qaadato.

## Page: the-decision

easy-the-decision-title = Maxay shirku go'aamin karaa?
easy-the-decision-summary = Boggan wuxuu ku saabsan yahay go'aanka.
easy-the-decision-question = Shirku wuxuu go'aamiyaa haddii ilmahaagu u baahan yahay qorshe lagu ilaaliyo.
easy-the-decision-name-england = England waxaa lagu magacaabaa **qorshaha ilaalinta ilmaha** (child protection plan).
easy-the-decision-name-wales = Wales waxaa lagu magacaabaa **qorshaha ilaalinta daryeelka iyo taageerada** (care and support protection plan).
easy-the-decision-register = Gudaha Wales, magaca ilmahaaga waxaa la geliyaa **diiwaanka ilaalinta carruurta**. Taasi waa liis.
easy-the-decision-plan = Qorshuhu wuxuu sheegaa waxa u baahan inay dhacaan. Wuxuu sheegaa cidda samaynaysa, iyo goorta ugu dambaysa.
easy-the-decision-key-worker = Hawlwadeen bulsho ayaa loo magacaabaa inuu hoggaamiyo qorshaha. Wuu kula xiriiraa.
easy-the-decision-no-plan = Ilmahaagu waxaa laga yaabaa inuusan u baahnayn qorshe. Qoyskaagu weli wuu heli karaa caawimo.
easy-the-decision-you-disagree = Waxaad sheegi kartaa inaadan ku raacsanayn. Codso in taas la qoro.
easy-the-decision-you-work = Sii wad inaad la shaqayso shaqaalaha. Taasi waxay caawisaa ilmahaaga.
easy-the-decision-kinds-of-harm-heading = Noocyadee waxyeello ah ayaa jira?
easy-the-decision-category = Shirku wuxuu sheegaa nooca waxyeellada uu ka walwalsan yahay.
easy-the-decision-four = England waxaa jira 4 nooc: jidh ahaaneed, dareen ahaaneed, galmo iyo dayacaad.
easy-the-decision-five = Wales waxaa jira 5 nooc: jidh ahaaneed, dareen ahaaneed, galmo, dhaqaale iyo dayacaad.
easy-the-decision-neglect = **Dayacaad** (neglect) waxay la macno tahay in ilmuhu uusan helin daryeelka uu u baahan yahay.

## Page: after-the-conference

easy-after-the-conference-title = Maxaa dhaca shirka kadib?
easy-after-the-conference-summary = Boggan wuxuu sheegayaa waxa xiga.
easy-after-the-conference-minutes = Waxaad helaysaa **diiwaanka shirka** (minutes). Waa waxa laga qoray shirka.
easy-after-the-conference-minutes-when = Waa inuu yimaadaa muddo { $minutes-days ->
        [one] { $minutes-days } maalin shaqo
       *[other] { $minutes-days } maalmood oo shaqo
    } gudahood.
easy-after-the-conference-minutes-wrong = Diiwaanka shirka wax khaldan ma ku jiraa? U qor guddoomiyaha.
easy-after-the-conference-core-group = Haddii qorshe jiro, koox yar ayaa kulanta. Tan waa **kooxda asaasiga ah** (core group).
easy-after-the-conference-core-group-first = Kooxdu waxay marka ugu horraysa kulantaa { $core-group-days ->
        [one] { $core-group-days } maalin shaqo
       *[other] { $core-group-days } maalmood oo shaqo
    } gudahood, shirka kadib.
easy-after-the-conference-visits = Hawlwadeenka bulshada ayaa gurigaaga soo booqda. Booqashooyinka qaar lama sii qorsheeyo.
easy-after-the-conference-you-ask = Weydii haddii aadan fahmin qorshaha.
easy-after-the-conference-you-move = Ma guuraysaa? Marka hore u sheeg hawlwadeenkaaga bulshada.
easy-after-the-conference-next-meeting-heading = Goorma ayuu yahay shirka weyn ee xiga?
easy-after-the-conference-review = Shir kale ayaa dhaca muddo { $first-review-months ->
        [one] { $first-review-months } bil
       *[other] { $first-review-months } bilood
    } gudahood. Wuxuu hubiyaa qorshaha.
easy-after-the-conference-end = Qorshuhu wuu dhammaadaa marka ilmahaagu ammaan yahay.
easy-after-the-conference-how-long = Qorshayaasha badankood waxay socdaan wax ka yar 2 sannadood.

## Page: dates

easy-dates-title = Taariikhahaaga: waxa ay ka dhigan yihiin
easy-dates-summary = Boggan wuxuu sharxayaa taariikhaha ka hor iyo kadib shirka.
easy-dates-what = Boggayaga taariikhaha ayaa muujiya waxa ay tahay inay dhacaan, iyo goorta ugu dambaysa.
easy-dates-find = Maalinta shirka ka hel warqaddaada.
easy-dates-type = Maalintaas ku qor bogga taariikhaha. Sheeg haddii uu yahay shirka koowaad.
easy-dates-reports = Warbixinnada: waa in lagu siiyaa ka hor shirka.
easy-dates-chair = Guddoomiyaha ayaa kula kulmi kara wax yar ka hor inta uusan shirku bilaabmin.
easy-dates-core-group = Haddii qorshe jiro, **kooxda asaasiga ah** (core group) ayaa kulanta wax yar kadib. Adiga ayaa ku jira.
easy-dates-minutes = **Diiwaanka shirka** (minutes) ayaa yimaada shirka kadib. Waa waxa laga qoray shirka.
easy-dates-review = Shir dib-u-eegis ah ayaa hubiya qorshaha dhowr bilood kadib.
easy-dates-you-by = Taariikhda ay ku horreyso "Ugu dambayn" waa maalinta ugu dambaysa. Way ka hor dhici kartaa.
easy-dates-you-ask = Taariikh ma dhaaftay oo waxba ma dhicin? Weydii hawlwadeenkaaga bulshada.
easy-dates-you-private = Websaydhkan ma kaydiyo taariikhda aad qorto.
easy-dates-standard = Bogga taariikhaha kuma qorna akhris fudud. Qof aad aaminto ayaa kaa caawin kara.
easy-dates-calendar = Taariikhaha waxaad ku dari kartaa kalandarka telefoonkaaga.

## Page: if-things-do-not-improve

easy-if-things-do-not-improve-title = Ka waran haddii aysan wax fiicnaan?
easy-if-things-do-not-improve-summary = Boggan wuxuu sheegayaa waxa dhaca haddii aysan wax isbeddelin.
easy-if-things-do-not-improve-review = Kooxdu waxay hubisaa qorshaha. Waxay kuu sheegaan waxa weli ka walwaliya.
easy-if-things-do-not-improve-backup = Qorshayaasha qaar waxay leeyihiin qorshe kale oo kaydsan. Weydii hawlwadeenkaaga bulshada.
easy-if-things-do-not-improve-letter = Golaha deegaanka wuxuu soo diri karaa warqad ka hor maxkamadda. Qaar waxay u yaqaannaan warqadda PLO.
easy-if-things-do-not-improve-meeting = Warqaddu waxay kugu casuumaysaa kulan. Tag kulanka, oo qareen kaxee.
easy-if-things-do-not-improve-free = Marxaladdan, qareen waxaad u helaysaa bilaash.
easy-if-things-do-not-improve-you-solicitor = Ma heshay warqad ka hor maxkamadda? Isla markiiba wac qareen.
easy-if-things-do-not-improve-you-keep = Sii wad inaad kulannada tagto. Waxay muujinaysaa inaad ilmahaaga u danaynayso.
easy-if-things-do-not-improve-family = Qoyskaaga iyo saaxiibbadaa ayaa laga yaabaa inay caawin karaan.
easy-if-things-do-not-improve-court = Haddii golaha deegaanku maxkamad aado, maxkamadda ayaa go'aamisa. Golaha deegaanku ma go'aamiyo.

## Page: if-you-cannot-go

easy-if-you-cannot-go-title = Ka waran haddii aanan tegi karin?
easy-if-you-cannot-go-summary = Boggan wuxuu sheegayaa sida aad weli cod u yeelan karto.
easy-if-you-cannot-go-why = Waxaa fiican inaad tagto haddii aad awoodo. Waxaad sheegi kartaa dhinacaaga.
easy-if-you-cannot-go-tell = Ma tegi kartid? U sheeg hawlwadeenkaaga bulshada sida ugu dhakhsaha badan.
easy-if-you-cannot-go-letter = Waxaad warqad u qori kartaa guddoomiyaha.
easy-if-you-cannot-go-video = Waxaad codsan kartaa inaad ku soo biirto wicitaan fiidiyow ama telefoon.
easy-if-you-cannot-go-meet-chair = Waxaad codsan kartaa inaad la hadasho guddoomiyaha ka hor shirka.
easy-if-you-cannot-go-you-say = Weli waad sheegi kartaa aragtidaada.
easy-if-you-cannot-go-you-told = Qof ayaa kuu sheegi doona waxa la go'aamiyey.
easy-if-you-cannot-go-decision = Guddoomiyuhu waa inuu kuu qoraa go'aanka.

## Page: confidentiality

easy-confidentiality-title = Yaa ogaan doona arrintan?
easy-confidentiality-summary = Boggan wuxuu ku saabsan yahay macluumaadka gaarka ah.
easy-confidentiality-confidential = Waxa dadku sheegaan waa **sir** (confidential). Taasi waxay la macno tahay in loo sheego oo keliya dadka u baahan inay ogaadaan.
easy-confidentiality-why = Shaqaaluhu waxay wadaagaan macluumaad si ilmahaaga loo ilaaliyo.
easy-confidentiality-minutes = Diiwaanka shirka waxaa la siiyaa adiga iyo shaqaalaha u baahan.
easy-confidentiality-supporter = Qof kasta oo aad keento wuxuu maqli doonaa waxyaabo gaar ah.
easy-confidentiality-you-keep = Waraaqahaaga meel ammaan ah dhig.
easy-confidentiality-you-past = Ma rabtaa in wax laga qariyo lammaanahaaga? U sheeg hawlwadeenka bulshada ka hor shirka.
easy-confidentiality-address = Ma jiraa qof aan la doonayn inuu ogaado cinwaankaaga? Marka hore u sheeg guddoomiyaha.
easy-confidentiality-past = Taariikhdaada hore badankeedu way sir ahaanaysaa.

## Page: your-records

easy-your-records-title = Saxidda khaladaadka
easy-your-records-summary = Boggan wuxuu sheegayaa sida loo saxo khaladaadka waraaqaha ku jira.
easy-your-records-read = Akhri warbixinnada marka aad hesho.
easy-your-records-mark = Calaamadee wax kasta oo khaldan.
easy-your-records-tell = U sheeg qofkii qoray. Ka codso inuu saxo.
easy-your-records-minutes = Diiwaanka shirka ma khaldan yahay? U qor guddoomiyaha. Sheeg waxa ay tahay in la beddelo.
easy-your-records-wales-time = Gudaha Wales, tan samee muddo 10 maalmood oo shaqo gudahood.
easy-your-records-file = Waxaad golaha deegaanka ka codsan kartaa faylkaaga. Badanaa waa bilaash.
easy-your-records-you-copy = Nuqul ka hay waxa aad dirto.
easy-your-records-you-view = Aragtidaada sidoo kale waa in la qoraa.

## Page: what-to-expect

easy-what-to-expect-title = Waxa ay tahay inay shaqaaluhu sameeyaan
easy-what-to-expect-summary = Boggan wuxuu sheegayaa sida ay tahay inay shaqaaluhu kula dhaqmaan.
easy-what-to-expect-listened = Shaqaaluhu waa inay ku dhegaystaan.
easy-what-to-expect-respect = Waa inay kula dhaqmaan si ixtiraam leh.
easy-what-to-expect-honest = Waa inay si daacad ah kuugu sheegaan waxa walwalku yahay.
easy-what-to-expect-explain = Waa inay wax kuugu sharxaan erayo aad fahmayso.
easy-what-to-expect-reports = Warbixinnada waa in lagu siiyaa { $reports-initial-days ->
        [one] { $reports-initial-days } maalin shaqo
       *[other] { $reports-initial-days } maalmood oo shaqo
    } ka hor shirka koowaad.
easy-what-to-expect-do = Waa inay sameeyaan waxa ay yiraahdaan way samayn doonaan.
easy-what-to-expect-you-perfect = Qofna kama filayo inaad noqoto qof aan khalad lahayn.
easy-what-to-expect-you-tell = Si fiican lagulama dhaqmin? Waxaad gudbin kartaa [cabasho](page:complaints).
easy-what-to-expect-what-they-ask-heading = Maxay shaqaaluhu iga codsan doonaan?
easy-what-to-expect-see = U oggolow inay arkaan ilmahaaga, guriga sidoo kale.
easy-what-to-expect-plan = Samee waxyaabaha qorshaha ku jira ee adiga laguu qoray.
easy-what-to-expect-ask = U sheeg marka aadan wax fahmin.

## Page: complaints

easy-complaints-title = Ka waran haddii aanan ku raacsanayn?
easy-complaints-summary = Boggan wuxuu sheegayaa waxa aad samayso haddii aadan faraxsanayn.
easy-complaints-say = Shirka ka sheeg inaadan ku raacsanayn.
easy-complaints-minutes = Codso in aragtidaada lagu qoro diiwaanka shirka.
easy-complaints-talk = Marka hore la hadal guddoomiyaha ama hawlwadeenkaaga bulshada.
easy-complaints-complain = Waxaad gudbin kartaa **cabasho**. Taasi waxay la macno tahay inaad golaha deegaanka u sheegto inaadan faraxsanayn.
easy-complaints-england = Gudaha England, gole deegaan kastaa wuxuu leeyahay xeerar u gaar ah oo ku saabsan cabashooyinka.
easy-complaints-wales = Gudaha Wales, xeerar dalka oo dhan ah ayaa sheega waxa aad ka cabasho gudbin karto.
easy-complaints-plan-goes-on = Cabashadu ma joojiso qorshaha.
easy-complaints-you-soon = Cabasho gudbi sida ugu dhakhsaha badan. Waxaa laga yaabaa inay jirto muddo xaddidan.
easy-complaints-you-work = Sii la shaqee shaqaalaha inta aad sugayso.
easy-complaints-ombudsman = Weli ma faraxsanid? **Ombudsman** (hay'ad madax-bannaan oo cabashooyinka eegta) ayaa eegi karta. Waa bilaash.

## Page: glossary

easy-glossary-title = Erayo adag
easy-glossary-summary = Boggan wuxuu sheegayaa macnaha erayo adag qaarkood.
easy-glossary-intro = Shaqaaluhu waxay isticmaali karaan erayadan. Eray kasta macnihiisu wuu ku xigaa.
easy-glossary-child-protection-conference-heading = Shirka ilaalinta ilmaha
easy-glossary-conference = Shir ku saabsan badbaadada ilmo.
easy-glossary-independent-chair-heading = Guddoomiyaha
easy-glossary-chair = Qofka maamula shirka. Wuxuu hubiyaa inuu shirku caddaalad yahay.
easy-glossary-social-worker-heading = Hawlwadeenka bulshada
easy-glossary-social-worker = Qof ka tirsan golaha deegaanka oo caawiya badbaadada carruurta.
easy-glossary-minutes-heading = Diiwaanka shirka (minutes)
easy-glossary-minutes = Diiwaanka qoran ee waxa lagu yiri shirka.
easy-glossary-core-group-heading = Kooxda asaasiga ah (core group)
easy-glossary-core-group = Koox yar oo kulanta si qorshaha loo fuliyo. Adiga ayaa ku jira.
easy-glossary-advocate-heading = U-doode (advocate)
easy-glossary-advocate = Qof kaa caawiya inaad sheegto waxa aad u malaynayso.
easy-glossary-interpreter-heading = Turjubaan
easy-glossary-interpreter = Qof kuugu sheega luqaddaada waxa dadku yiraahdaan.
easy-glossary-solicitor-heading = Qareen (solicitor)
easy-glossary-solicitor = Qof sharciga yaqaan. Wuxuu ku siin karaa talo sharci.
easy-glossary-legal-aid-heading = Gargaarka sharciga (legal aid)
easy-glossary-legal-aid = Lacag lagu bixiyo qareen.
easy-glossary-working-days-heading = Maalmaha shaqada
easy-glossary-working-days = Isniin ilaa Jimco. Fasaxyada dadweynaha laguma tiriyo.
easy-glossary-you-ask = Guddoomiyaha ka codso inuu kuu sharxo eray kasta oo aadan aqoon.

## Page: help-and-contacts

easy-help-and-contacts-title = Caawimo iyo xiriir
easy-help-and-contacts-summary = Boggan wuxuu sheegayaa cidda ku caawin karta.
easy-help-and-contacts-danger = Haddii adiga ama ilmahaagu hadda khatar ku jirtaan, wac 999.
easy-help-and-contacts-social-worker = Hawlwadeenkaaga bulshada waa qofka ugu horreeya ee la wacayo.
easy-help-and-contacts-advocacy = U-doode ayaa kaa caawin kara inaad codkaaga sheegto. Weydii haddii mid kuu dhow jiro.
easy-help-and-contacts-abuse = Adeegyada xadgudubka qoyska ayaa ku caawiya haddii qof wax ku yeelo ama ku cabsi geliyo.
easy-help-and-contacts-gp = Dhakhtarkaagu wuxuu kaa caawin karaa sida aad ula qabsanayso xaaladda.
easy-help-and-contacts-frg = Family Rights Group waxay England ku bixisaa talo bilaash ah. Wac 0808 801 0366.
easy-help-and-contacts-childline = Carruurtu waxay wici karaan Childline 0800 1111 waqti kasta.
easy-help-and-contacts-you-talk = La hadal qof aad aaminto.
easy-help-and-contacts-you-formats = Golaha deegaanka ka codso waraaqo akhris fudud ah ama luqaddaada ku qoran.

## Page: staying-safe-online

easy-staying-safe-online-title = Ammaanka internetka
easy-staying-safe-online-summary = Boggan wuxuu sheegayaa sida aad u ilaaliso in akhriskaagu sir ahaado.
easy-staying-safe-online-danger = Haddii aad hadda khatar ku jirto, wac 999.
easy-staying-safe-online-exit = Riix badhanka "Ka bax boggan". Wuxuu kaa saaraa websaydhkan si dhakhso ah.
easy-staying-safe-online-history = Telefoonkaagu wuxuu hayaa liiska bogagga aad eegtay. Tan waxaa la yiraahdaa taariikhda (history).
easy-staying-safe-online-private = Daalacashada gaarka ah (private browsing) waxay telefoonkaaga ka joojisaa inuu liiskaas hayo.
easy-staying-safe-online-downloads = Tirtir faylasha aad kaydisay marka aadan u baahnayn.
easy-staying-safe-online-you-close = Xir boggan marka aad dhammayso.
easy-staying-safe-online-you-screen = Haddii aad awoodo, ku akhri meel gaar ah.

## Page: accessibility

easy-accessibility-title = Websaydhkan ma sahlan yahay in la isticmaalo?
easy-accessibility-summary = Boggan wuxuu sheegayaa sida ay u sahlan tahay isticmaalka websaydhkan.
easy-accessibility-phone = Bog kasta waxaad ku akhrin kartaa telefoon yar.
easy-accessibility-easy-read = Bog kasta oo hagaha ah wuxuu sidoo kale ku jiraa akhris fudud, sida kan.
easy-accessibility-problems = Waxyaabaha qaar weli si fiican uma shaqeeyaan. PDF-ka waxaa laga yaabaa inaan si fiican cod ahaan loogu akhrin.
easy-accessibility-english = Websaydhkan waxaad ku akhrin kartaa Ingiriisi, Welsh, Polish iyo Soomaali. Turjumaadaha weli waa la hubinayaa.
easy-accessibility-tell = Dhibaato ma aragtay? U sheeg golaha deegaanka: { $council }.
easy-accessibility-you-tell = Noo sheeg bogga ay adkayd in la isticmaalo.

easy-helping-a-child-title = Ka caawinta ilmo inuu sheego waxa uu u malaynayo
easy-helping-a-child-summary = Boggan waxaa loogu talagalay qof weyn oo ilmo ka caawinaya isticmaalka "Aragtiyadayda".
easy-helping-a-child-sit = La fadhiiso ilmaha meel deggan. Ha degdegin.
easy-helping-a-child-houses = "Aragtiyadayda" waxay leedahay saddex guri. Waxyaabo wanaagsan. Walwal. Riyooyin.
easy-helping-a-child-listen = Weydii su'aalo furan. Kadib dhegayso.
easy-helping-a-child-words = Qor erayada ilmaha laftiisa. Ha beddelin.
easy-helping-a-child-advocate = Carruur badan ayaa yeelan kara **u-doode**. Waa qof ka caawiya ilmaha inuu sheego waxa uu u malaynayo. Weydii hawlwadeenka bulshada.
easy-helping-a-child-unsafe = Ilmaha wax ma la yeelayaa? U sheeg hawlwadeenka bulshada ama booliiska. Xaalad degdeg ah, wac 999.

easy-feeling-unsafe-title = Haddii aadan hadda nabad dareemayn
easy-feeling-unsafe-summary = Waxa aad samayso haddii aad cabsi dareento ama aadan nabad dareemayn.
easy-feeling-unsafe-999 = Hadda khatar ma ku jirtaa? Wac 999.
easy-feeling-unsafe-childline = Wac Childline 0800 1111. Waa bilaash. Waqti kasta.
easy-feeling-unsafe-adult = U sheeg qof weyn oo aad aaminto.
easy-feeling-unsafe-not-your-fault = Marnaba eedaada maaha haddii qof wax ku yeelo.
easy-helping-a-child-you-read = Dhammaadka, dhammaan dib ugu akhri ilmaha.
easy-feeling-unsafe-you-exit = Si aad websaydhkan uga baxdo si dhakhso ah, riix "Ka bax boggan".
