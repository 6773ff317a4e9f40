# Turjumaad Soomaali ah, oo ay diyaarisay kooxda mashruuca (weli ma aysan samayn turjubaan aqoon u leh). Turjubaan aqoon u leh ayaa hubinaya. Wax kasta oo aan caddayn noo sheeg: eeg README.md, "Translations".
# Somali translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

### Somali translation of the parents' guide (guide.ftl). Terms: locales/so/TERMS.md.


## The six parts of the guide, as headings in the contents list.

part-start = Halkan ka bilow
part-before = Shirka ka hor
part-on-the-day = Maalinta shirka
part-after = Shirka kadib
part-your-rights = Xuquuqdaada
part-help = Caawimaad


## Page: start-here

guide-start-here-title = Halkan ka bilow
guide-start-here-summary = Waxa dhacaya, iyo waxa aad caawa samayn karto si aad isugu diyaariso.

guide-start-here-happening-heading = Maxaa dhacaya?
guide-start-here-happening-text = Waxaa lagaa codsaday inaad timaado [shirka ilaalinta ilmaha](glossary:child-protection-conference) (Child Protection Conference). Waa shir ku saabsan sidii ilmahaaga loo ilaalin lahaa.
guide-start-here-happening-who = Adiga, qoyskaaga iyo shaqaale xirfad leh oo ka yimid golaha { $council } iyo adeegyo kale ayaa wada hadli doona. Waxaad ka hadli doontaan waxa si fiican u socda, waxa laga walwalsan yahay, iyo waxa xiga ee loo baahan yahay.
guide-start-here-not-court = Shirku maaha maxkamad. Ma go'aamiyo meesha ilmahaagu ku noolaanayo.
guide-start-here-not-taken = Shirku ilmahaaga kaama qaadi karo. [Akhri goorta ilmo lagu daryeeli karo meel ka baxsan gurigiisa](page:what-is-a-conference).
guide-start-here-feelings = Waa caadi inaad dareento cabsi, caro ama jahwareer. Waalid badan ayaa sidan dareema. Weli waad ka qayb qaadan kartaa, waxa aad sheegtona muhiim buu yahay.

guide-start-here-tonight-heading = Maxaan caawa samayn karaa?
guide-start-here-tonight-letter = Akhri warqadda casuumaadda. Hubi taariikhda, waqtiga iyo goobta.
guide-start-here-tonight-reports = Akhri warbixinnada laguu soo diray. Haddii aan midna lagu siin, ka codso [hawlwadeenkaaga bulshada](glossary:social-worker).
guide-start-here-tonight-write = Qor waxa aad rabto inaad sheegto iyo su'aal kasta oo aad qabto. [Isu diyaarinta](page:before-the-conference) ayaa ku caawin karta.
guide-start-here-tonight-someone = Ka fikir qof aad aaminto oo kula iman kara. [Akhri sida qof lagula iman karo](page:bringing-someone).
guide-start-here-tonight-childcare = Diyaari qof daryeela carruurta haddii aad u baahan tahay. Dhallaanka iyo carruurta yaryar badanaa ma yimaadaan shirka.
guide-start-here-tonight-rest = Isku day inaad wax cunto oo aad seexato. Si cad ayaad u fikiri doontaa.

guide-start-here-tell-heading = Maxaan u sheegaa hawlwadeenka bulshada?
guide-start-here-tell-text = Sida ugu dhakhsaha badan ugu sheeg hawlwadeenkaaga bulshada haddii:
guide-start-here-tell-interpreter = aad u baahan tahay [turjubaan](glossary:interpreter), maxaa yeelay Ingiriisigu maaha luqaddaada koowaad
guide-start-here-tell-reading = ay kugu adag tahay akhriska ama fahamka, ama aad leedahay caqabad xagga barashada ah (learning disability)
guide-start-here-tell-access = aad qabto naafo ama xaalad caafimaad, oo aad u baahan tahay in wax si kale laguu sameeyo
guide-start-here-tell-cannot-go = aadan iman karin shirka
guide-start-here-tell-someone = uu jiro qof aadan ammaan ku dareemin inaad shirka la joogto

guide-start-here-more-heading = Halkee wax badan ka akhrin karaa?
guide-start-here-more-text = Hagahani wuxuu u qaybsan yahay qaybo gaagaaban. Akhri qaybaha aad u baahan tahay. Uma baahnid inaad caawa dhammaan akhrido.
guide-start-here-more-what = [Waa maxay shirka ilaalinta ilmaha?](page:what-is-a-conference)
guide-start-here-more-before = [Isu diyaarinta shirka](page:before-the-conference)
guide-start-here-more-who = [Yaa shirka joogi doona?](page:who-will-be-there)
guide-start-here-more-family = [Waalidiinta kale, lammaanayaasha iyo qoyska ballaaran](page:your-family)
guide-start-here-more-access = [Caawimaad aad ku qayb qaadato: naafonimo, luqad iyo turjubaanno](page:help-to-take-part)
guide-start-here-more-practical = [Su'aalo wax ku ool ah: waxa la keeno, safarka iyo duubista](page:practical-questions)
guide-start-here-more-day = [Maxaa dhaca maalinta shirka?](page:on-the-day)
guide-start-here-more-decision = [Maxuu shirku go'aamin karaa?](page:the-decision)
guide-start-here-more-words = [Erayada iyo macnahooda](page:glossary)
guide-start-here-more-help = [Caawimaad iyo meelaha la la xiriiro](page:help-and-contacts)
guide-start-here-private = Haddii qof kale isticmaalo taleefankaaga, akhri [sida aad ugu nabad gasho internetka](page:staying-safe-online).
guide-start-here-danger = Haddii adiga ama ilmahaagu hadda khatar ku jirtaan, wac 999.


## Page: what-is-a-conference

guide-what-is-a-conference-title = Waa maxay shirka ilaalinta ilmaha?
guide-what-is-a-conference-summary = Waxa uu yahay shirku, sababta loo qabanayo, iyo waxa uu go'aamin karo iyo waxa uusan go'aamin karin.

guide-what-is-a-conference-meeting-heading = Waa maxay shirkani?
guide-what-is-a-conference-meeting-text = [Shirka ilaalinta ilmaha](glossary:child-protection-conference) waa shir rasmi ah oo ku saabsan ilmahaaga. Waxa la qabtaa marka [adeegyada carruurta](glossary:children-services) ay ka walwalsan yihiin in ilmahaagu khatar ugu jiri karo [waxyeello culus](glossary:significant-harm).
guide-what-is-a-conference-meeting-harm = Waxyeello culus waxa loola jeedaa waxyeello aad u daran oo isbeddel dhab ah ku keenta ilmahaaga. Waxay noqon kartaa waxyeello dhacday, ama waxyeello dhici karta.
guide-what-is-a-conference-meeting-who = Adiga, qoyskaaga iyo shaqaalaha xirfadda leh ee idinla shaqeeya ayaa wada kulmaya. Mararka qaarkood ilmahaaguna wuu ka qayb qaataa.
guide-what-is-a-conference-meeting-about = Waxaad si wadajir ah u eegaysaan xaaladda qoyskaaga. Waxaad ka hadlaysaan badbaadada, caafimaadka iyo koritaanka ilmahaaga, hadda iyo mustaqbalka.
guide-what-is-a-conference-meeting-names = Dadku waxay u yeeri karaan "shir" (conference), "shirka kiiska" (case conference) ama "shirka CP" (CP conference). Dhammaantood waa isla shirkaas.

guide-what-is-a-conference-why-heading = Maxaa loo qabanayaa?
guide-what-is-a-conference-why-law = Sharci ahaan, adeegyada carruurta waa inay baaraan marka ay u malaynayaan in ilmo si culus loo waxyeelayn karo. Tusaale ahaan, qof ayaa u sheegi kara in ilmo xadgudub lagu samaynayo ama [la dayacayo](glossary:neglect).
guide-what-is-a-conference-why-enquiries = Baaritaannadan waxaa la yiraahdaa [baaritaannada Qodobka 47](glossary:section-47-enquiry) (Section 47 enquiries). Magacu wuxuu ka yimid Qodobka 47 ee sharci la yiraahdo Children Act 1989 (Sharciga Carruurta 1989). Dadka qaar waxay ugu yeeraan baaritaan ilaalinta ilmaha.
guide-what-is-a-conference-why-now = Waad ogaan doontaa in la sameeyay baaritaanno ku saabsan badbaadada iyo fayoobaanta ilmahaaga. Baaritaannadaas kadib, adeegyada carruurta waxay go'aansadeen in shir loo baahan yahay.
guide-what-is-a-conference-why-initial = Shirka ugu horreeya ee ku saabsan ilmahaaga waxaa la yiraahdaa [shirka koowaad](glossary:initial-conference).

guide-what-is-a-conference-enquiries-heading = Maxaa dhaca inta lagu jiro baaritaannada Qodobka 47?
guide-what-is-a-conference-enquiries-strategy = Marka hore, shaqaalaha xirfadda leh waxay yeeshaan [wada-hadal qorshayn](glossary:strategy-discussion) (strategy discussion). Adeegyada carruurta, booliska iyo adeegyada caafimaadka ayaa ka hadla walwalka. Waxay go'aamiyaan in la bilaabo baaritaannada Qodobka 47 iyo in kale.
guide-what-is-a-conference-enquiries-strategy-parents = Waalidiintu badanaa kama qayb qaataan wada-hadalka qorshaynta. Waa in markaas kadib laguu sheegaa waxa la go'aamiyay, haddii aysan taasi ilmahaaga khatar gelin.
guide-what-is-a-conference-enquiries-shared = Ilaalinta carruurtu waa shaqo la wadaago. Booliska, adeegyada carruurta, dhakhaatiirta, dugsiyada iyo adeegyada kale dhammaantood waxay leeyihiin habab go'an. Waa inay raacaan, macluumaadka wadaagaan oo ay wada shaqeeyaan.
guide-what-is-a-conference-enquiries-visit = [Hawlwadeen bulsho](glossary:social-worker) ayaa gurigaaga kuu iman doona. Wuxuu arki doonaa ilmaha laga walwalsan yahay, iyo walaalihiis, haddii uu leeyahay.
guide-what-is-a-conference-enquiries-alone = Hawlwadeenka bulshadu badanaa wuxuu rabi doonaa inuu ilmo kasta kaligiis la hadlo.
guide-what-is-a-conference-enquiries-upset = Baaritaannada noocan oo kale ah waxay walwal geliyaan qoysaska badankood. Shaqaalaha xirfadda leh si taxaddar leh ayay u qorsheeyaan si walwalku u yaraado intii karaankooda ah.
guide-what-is-a-conference-enquiries-rights = Hawlwadeenkaaga bulshadu waa inuu kuu sheegaa xuquuqdaada. Waa inuu wararka kula socodsiiyaa oo tallaabo kasta ku weydiiyaa waxa aad u malaynayso. Waa inuu kula noqdaa qof furan oo daacad ah.
guide-what-is-a-conference-enquiries-private = Waxa la ogaado waxaa loo hayaa si [sir ah](glossary:confidential). Taas macnaheedu waa in lala wadaago oo keliya dadka u baahan inay ogaadaan.

guide-what-is-a-conference-referral-heading = Yaa u sheegay adeegyada carruurta?
guide-what-is-a-conference-referral-text = Marka qof u sheego adeegyada carruurta inuu ka walwalsan yahay ilmo, tan waxaa la yiraahdaa [gudbin](glossary:referral) (referral). Gudbintu waxay ka iman kartaa:
guide-what-is-a-conference-referral-professional = qof xirfad leh, sida macallin, dhakhtar ama kalkaalisada caafimaadka guryaha (health visitor)
guide-what-is-a-conference-referral-public = deris, saaxiib ama qaraabo
guide-what-is-a-conference-referral-parent = waalid
guide-what-is-a-conference-referral-child = ilmaha laftiisa
guide-what-is-a-conference-referral-secret = Qof ka mid ah dadweynaha ayaa codsan kara in magaciisa sir laga dhigo. Haddii uu sidaas sameeyo, adeegyada carruurtu kuuma sheegi karaan cidda uu ahaa.
guide-what-is-a-conference-referral-professional-name = Haddii qof xirfad leh sameeyay gudbinta, badanaa ma jirto sabab aan magaciisa laguugu sheegi karin.

guide-what-is-a-conference-outcomes-heading = Maxaa dhici kara baaritaannada kadib?
guide-what-is-a-conference-outcomes-text = Waxaa jira saddex arrimood oo waaweyn oo dhici kara:
guide-what-is-a-conference-outcomes-close = Adeegyada carruurtu ma helaan sabab walwal ah. Kiiska way xiraan.
guide-what-is-a-conference-outcomes-help = Looma malaynayo in ilmahaagu khatar ugu jiro waxyeello culus. Laakiin caawimaad qaar ayaa u fiicnaan karta qoyskaaga. Caawimaaddan adiga ayaa dooranaya. Uma baahnid inaad aqbasho, laakiin waxay wax ka hagaajin kartaa.
guide-what-is-a-conference-outcomes-risk = Ilmahaagu waxaa laga yaabaa inuu khatar ugu jiro waxyeello culus. Hawlwadeenka bulshadu wuxuu rabi doonaa inuu kula shaqeeyo si ilmahaagu ammaan u ahaado. Iyadoo ku xiran xaaladda, shir ayaa la qabsan karaa.
guide-what-is-a-conference-outcomes-duty = Hawlwadeen bulsho ayaa u malayn kara in ilmo khatar ugu jiro waxyeello culus. Markaas waxaa waajib ku ah inuu ilmaha ilaaliyo, wuxuuna leeyahay awood uu ku sameeyo.
guide-what-is-a-conference-outcomes-court = Maxkamaduhu way ilaaliyaan awoodahaas. Adiga iyo ilmahaagu waxaad xaq u leedihiin in lagu matalo iyo inaad ka doodaan go'aannada. Hawlwadeenkaaga bulshadu waa inuu kuu sharxaa xuquuqdaada.
guide-what-is-a-conference-outcomes-partnership = Xataa marka ay walwalsan yihiin, shaqaalaha xirfadda leh waa inay idinla shaqeeyaan idinkoo qoys ah, ee aysan idinka reebin.

guide-what-is-a-conference-does-heading = Maxuu shirku qabtaa?
guide-what-is-a-conference-does-text = Shirka, dadku waxay:
guide-what-is-a-conference-does-share = wadaagaan waxa ay ka ogyihiin caafimaadka, badbaadada iyo fayoobaanta ilmahaaga
guide-what-is-a-conference-does-strengths = eegaan waxyaabaha wanaagsan ee qoyskaaga ku jira
guide-what-is-a-conference-does-problems = eegaan dhibaato kasta oo qoyskaagu la kulmi karo
guide-what-is-a-conference-does-risk = ka fikiraan inta ay le'eg tahay khatarta ilmahaaga ku jirta, haddii ay jirto
guide-what-is-a-conference-does-harm = go'aamiyaan in ilmahaagu uu la kulmayo, ama ay u badan tahay inuu la kulmo, waxyeello culus
guide-what-is-a-conference-does-change = ogaadaan waxa u baahan inay isbeddelaan, haddii ay jiraan, si ilmahaagu ammaan u ahaado
guide-what-is-a-conference-does-support = eegaan caawimaadda qoyskaagu u baahan yahay, iyo cidda bixin karta
guide-what-is-a-conference-does-plan = go'aamiyaan in ilmahaagu u baahan yahay { $nation ->
        [wales] [qorshaha ilaalinta daryeelka iyo taageerada](glossary:care-and-support-protection-plan)
       *[england] [qorshaha ilaalinta ilmaha](glossary:child-protection-plan)
    }
guide-what-is-a-conference-does-actions = sheegaan waxa xiga ee ay tahay inay dhacaan

guide-what-is-a-conference-can-heading = Maxuu shirku go'aamin karaa?
guide-what-is-a-conference-can-plan = Go'aanka ugu weyn waa in ilmahaagu u baahan yahay { $nation ->
        [wales] qorshaha ilaalinta daryeelka iyo taageerada
       *[england] qorshaha ilaalinta ilmaha
    } iyo in kale.
guide-what-is-a-conference-can-also = Haddii ilmahaagu u baahan yahay qorshe, shirku sidoo kale:
guide-what-is-a-conference-can-also-category = wuxuu go'aamiyaa [nooca waxyeellada](glossary:category-of-harm) (category), taas oo ah nooca waxyeello ee laga walwalsan yahay
guide-what-is-a-conference-can-also-worker = { $nation ->
    [wales] wuxuu magacaabaa hawlwadeenka bulshada ee isku dubbaridi doona qorshaha
   *[england] wuxuu magacaabaa hawlwadeenka bulshada ee hogaaminaya (lead social worker), kaas oo golayaasha qaarkood hadda ugu yeeraan lead practitioner
}
guide-what-is-a-conference-can-also-core = wuxuu isku raacaa cidda ka mid noqon doonta [kooxda asaasiga ah](glossary:core-group) (core group)
guide-what-is-a-conference-can-also-review = wuxuu dejiyaa taariikhda [shirka dib-u-eegista](glossary:review-conference) ee ugu horreeya
guide-what-is-a-conference-can-criteria = Waxaa jira xeerar adag oo ku saabsan goorta ilmo u baahan yahay qorshe. [Guddoomiyaha](glossary:independent-chair) shirka, oo maamula shirka, ayaa kuu sharxi doona.
guide-what-is-a-conference-can-recommend = Shirku wuxuu kaloo soo jeedin karaa adeegyo caawiya qoyskaaga oo ilmahaaga ka dhiga mid fayow.
guide-what-is-a-conference-can-wales = Gudaha Wales, magaca ilmahaaga waxaa kaloo la gelin lahaa [diiwaanka ilaalinta carruurta](glossary:child-protection-register).
guide-what-is-a-conference-can-more = [Wax badan ka akhri go'aanka](page:the-decision).

guide-what-is-a-conference-cannot-heading = Maxaa aanu shirku go'aamin karin?
guide-what-is-a-conference-cannot-court = Maaha maxkamad. Ma soo saaro amarro maxkamadeed.
guide-what-is-a-conference-cannot-live = Ma go'aamiyo meesha ilmahaagu ku noolaanayo.
guide-what-is-a-conference-cannot-legal = Ma go'aamiyo in goluhu maxkamad aado iyo in kale.
guide-what-is-a-conference-cannot-honest = Qoysaska qaarkood, arrimuhu ma hagaagaan, xataa marka qorshe jiro. Markaas goluhu wuxuu ka fikiri karaa inuu maxkamad aado. Taasi waa hab kale oo gooni ah, waxaadna heli lahayd talo sharci oo adiga kuu gaar ah.

guide-what-is-a-conference-away-heading = Ma la iga qaadi karaa ilmahayga?
guide-what-is-a-conference-away-text = Shirku ilmahaaga kaama qaadi karo. Ilmo waxaa laga saari karaa daryeelka waalidkiis oo keliya mid ka mid ah siyaabahan:
guide-what-is-a-conference-away-agree = haddii waalidiintu ogolaadaan
guide-what-is-a-conference-away-court = haddii maxkamadda qoysku amar soo saarto
guide-what-is-a-conference-away-police = xaalad degdeg ah, haddii booliisku adeegsado awoodahooda si ay ilmo u ilaaliyaan ilaa 72 saacadood
guide-what-is-a-conference-away-rare = Tallaabooyinka degdegga ah ee noocan oo kale ah waa dhif. Haddii qof ka hadlo in ilmahaaga meel kale loo wareejiyo, isla markiiba hel talo sharci. [Wax ka akhri talada sharciga](page:bringing-someone).

guide-what-is-a-conference-kinds-heading = Ma jiraan noocyo kala duwan oo shir ah?
guide-what-is-a-conference-kinds-initial = [Shirka koowaad](glossary:initial-conference) waa kan ugu horreeya. Waxaa la qabtaa baaritaannada Qodobka 47 kadib.
guide-what-is-a-conference-kinds-review = [Shirka dib-u-eegista](glossary:review-conference) wuxuu eegaa sida qorshuhu u socdo. Wuxuu go'aamiyaa in ilmahaagu weli u baahan yahay qorshe iyo in kale.
guide-what-is-a-conference-kinds-transfer = [Shirka wareejinta](glossary:transfer-in-conference) (transfer-in conference) waxa la qabtaa marka ilmo qorshe leh uu si joogto ah ugu guuro deegaanka gole cusub. Golaha cusub waxaa la filayaa inuu qabto 15 [maalmood oo shaqo](glossary:working-days) gudahood laga bilaabo marka uu ogaado guurista.
guide-what-is-a-conference-kinds-unborn = [Shirka ka hor dhalashada](glossary:pre-birth-conference) waxa la qabtaa ka hor inta aan ilmo dhalan.

guide-what-is-a-conference-fast-heading = Maxay sidan u degdeg u tahay?
guide-what-is-a-conference-fast-text = Shirka koowaad waxaa la filayaa in la qabto 15 [maalmood oo shaqo](glossary:working-days) gudahood laga bilaabo wada-hadalka qorshaynta. Taasi waa qiyaastii saddex toddobaad.
guide-what-is-a-conference-fast-why = Waa degdeg si walwalka ku saabsan ilmo loo eego dib u dhac la'aan. Macnaheedu maaha in go'aan horay loo gaaray.

guide-what-is-a-conference-children-heading = Ma laga hadli doonaa dhammaan carruurtayda?
guide-what-is-a-conference-children-text = Haa. Shirku wuxuu eegaa ilmo kasta oo gurigaaga ku nool, xataa haddii walwalku ku saabsan yahay hal ilmo.
guide-what-is-a-conference-children-each = Shirku ilmo kasta go'aan gooni ah ayuu ka gaaraa. Ilmo ayaa u baahan kara qorshe, halka mid kale aanu u baahnayn.

guide-what-is-a-conference-unborn-heading = Shir ma la qaban karaa ka hor inta aan ilmo dhalan?
guide-what-is-a-conference-unborn-text = Haa. Haddii shaqaalaha xirfadda leh ay ka walwalsan yihiin ilmo aan weli dhalan, waxay qaban karaan shirka ka hor dhalashada.
guide-what-is-a-conference-unborn-plan = Wuxuu qorsheeyaa sida ilmaha loo ilaalin doono oo loo daryeeli doono dhalashada kadib. Wuxuu kaloo eegaa taageerada aad u baahan tahay inta aad uurka leedahay.
guide-what-is-a-conference-unborn-midwife = Umulisadaada (midwife) waa in lagu casuumaa shirka.

guide-what-is-a-conference-rules-heading = Yaa dejiya xeerarka?
guide-what-is-a-conference-rules-national = { $nation ->
    [wales] Gudaha Wales, sharciga ugu weyn waa [Social Services and Well-being (Wales) Act 2014](glossary:social-services-wellbeing-act) (Sharciga Adeegyada Bulshada iyo Fayoobaanta ee Wales 2014). Hagaha Dawladda Wales waxaa la yiraahdaa [Working Together to Safeguard People](glossary:working-together-to-safeguard-people).
   *[england] Gudaha England, hagaha dawladda waxaa la yiraahdaa [Working Together to Safeguard Children](glossary:working-together). Nuqulka ugu dambeeyay waa 2023.
}
guide-what-is-a-conference-rules-procedures = { $nation ->
    [wales] Adeeg kasta oo Wales ku yaal wuxuu raacaa [Wales Safeguarding Procedures](glossary:wales-safeguarding-procedures) (Hababka Ilaalinta ee Wales). Waxay dejiyaan tallaabo kasta, oo ay ku jiraan shirarka.
   *[england] Working Together wuxuu adeegyada ka caawiyaa inay wada shaqeeyaan oo ilmaha udub dhexaad ka dhigaan. Sharciga ugu weyn waa Children Act 1989 (Sharciga Carruurta 1989).
}
guide-what-is-a-conference-rules-local = Aag kasta, golaha, booliska, adeegyada caafimaadka iyo kuwo kale waxay sidoo kale isku raacaan habab deegaanka u gaar ah. Weydii hawlwadeenkaaga bulshada meesha aad ka akhrin karto.
guide-what-is-a-conference-rules-ask = Way adag tahay in wax walba hal mar la fahmo. Haddii wax aan caddayn, weydii. Shaqaalaha xirfadda leh su'aalaha way u caadaysan yihiin. Haddii aysan garanayn jawaabta, waa inay helaan qof garanaya.
guide-what-is-a-conference-rules-easy-read = Golayaasha qaar waxay leeyihiin buug-yare akhris fudud ah oo ku saabsan shirarka. Weydii haddii mid jiro.


## Page: before-the-conference

guide-before-the-conference-title = Isu diyaarinta shirka
guide-before-the-conference-summary = Waxa dhaca shirka ka hor, iyo sida aad isugu diyaarin karto.

guide-before-the-conference-invitation-heading = Maxay warqadda casuumaaddu ii sheegi doontaa?
guide-before-the-conference-invitation-text = [Hawlwadeenkaaga bulshada](glossary:social-worker) ayaa badanaa marka hore kuu sheegi doona taariikhda, waqtiga iyo goobta. Kadib waxaad heli doontaa warqad casuumaad ah oo xaqiijinaysa faahfaahinta.
guide-before-the-conference-invitation-check = Hubi taariikhda iyo waqtiga. Haddii aadan iman karin, sida ugu dhakhsaha badan u sheeg hawlwadeenkaaga bulshada. [Akhri waxa la sameeyo haddii aadan iman karin](page:if-you-cannot-go).

guide-before-the-conference-reports-heading = Miyaan arki doonaa warbixinnada shirka ka hor?
guide-before-the-conference-reports-text = Haa. Qof kasta oo xirfad leh oo shirka imanaya waxaa laga codsadaa inuu qoro warbixin. Waa inuu kula wadaagaa shirka ka hor.
guide-before-the-conference-reports-timing = Golaha { $council }, warbixinnada waa in lagu siiyaa { $reports-initial-days ->
        [one] [{ $reports-initial-days } maalin shaqo](glossary:working-days)
       *[other] [{ $reports-initial-days } maalmood oo shaqo](glossary:working-days)
    } ka hor [shirka koowaad](glossary:initial-conference). Marka uu yahay [shirka dib-u-eegista](glossary:review-conference), waa in lagu siiyaa { $reports-review-days ->
        [one] { $reports-review-days } maalin shaqo
       *[other] { $reports-review-days } maalmood oo shaqo
    } ka hor.
guide-before-the-conference-reports-read = Akhri haddii aad awoodo. Waxaad weydiisan kartaa qof aad aaminto inuu ku caawiyo. Calaamadee wax kasta oo khaldan, ama aadan fahmin.
guide-before-the-conference-reports-missing = Haddii aadan helin warbixinnada, u sheeg hawlwadeenkaaga bulshada. [Guddoomiyaha](glossary:independent-chair) shirka ayaa sidoo kale tan kula hubin doona ka hor inta uusan shirku bilaabmin.
guide-before-the-conference-reports-wrong = Haddii warbixin ay qalad ku jiro, u sheeg qofka qoray, ama hawlwadeenkaaga bulshada, shirka ka hor. Waxaad kaloo u sheegi kartaa guddoomiyaha. [Akhri sida qaladaadka loo saxo](page:your-records).

guide-before-the-conference-police-heading = Ka warran macluumaadka booliska?
guide-before-the-conference-police-text = Booliska badanaa waa lagu casuumaa shirka koowaad. Waa inay sheegaan waxa ay ka ogyihiin dadka waaweyn ee muhiimka u ah nolosha iyo qoyska ilmahaaga. Tan waxaa ku jiri kara dambi kasta oo lagu xukumay.
guide-before-the-conference-police-timing = Macluumaadka booliska badanaa laguma wadaago shirka ka hor. Waxaa laga yaabaa inaad markii ugu horreysay ku maqasho shirka.
guide-before-the-conference-police-leave = Mararka qaarkood waxaa lagaa codsan karaa inaad qolka ka baxdo inta macluumaad qaar la wadaagayo. [Akhri sababta ay tani u dhici karto](page:on-the-day).

guide-before-the-conference-chair-heading = Miyaan la hadli karaa guddoomiyaha ka hor shirka?
guide-before-the-conference-chair-text = Haa. Guddoomiyuhu waa qofka maamula shirka. Badanaa wuu kula kulmaa wax yar ka hor inta uusan bilaabmin.
guide-before-the-conference-chair-what = Guddoomiyuhu wuu ku soo dhaweyn doonaa oo wuu hubin doonaa inaad heshay warbixinnada. Wuxuu kuu sharxi doonaa sida shirku u socon doono. Wuxuu kaala hadli doonaa sida ugu fiican ee aad uga qayb qaadan karto.
guide-before-the-conference-chair-details = Guddoomiyuhu wuxuu kaloo kaa codsan karaa inaad hubiso xogta qoyskaaga, sida magacyada iyo taariikhaha dhalashada.
guide-before-the-conference-chair-early = Waxaa lagaa codsan karaa inaad timaado waqtiga bilowga ka hor arrintan awgeed. Isku day inaad timaado waqtiga lagugu sheego. Shirku waqtigiisa ayuu bilaabmaa, haddii aad daahdana waqti ka yar ayaad guddoomiyaha la yeelan doontaa.
guide-before-the-conference-chair-sooner = Waxaad kaloo codsan kartaa inaad la hadasho guddoomiyaha maalinta shirka ka hor, si aad ugu sheegto aragtidaada. Weydii hawlwadeenkaaga bulshada sida tan loo sameeyo.

guide-before-the-conference-venue-heading = Xaggee lagu qaban doonaa?
guide-before-the-conference-venue-text = Shirar badan waxaa lagu qabtaa xafiis deegaanka ku yaal oo ah [adeegyada carruurta](glossary:children-services). Qaar waxaa lagu qabtaa dhisme kale. Warqadda casuumaaddu waxay kuu sheegi doontaa meesha.

guide-before-the-conference-online-heading = Ma fool ka fool buu noqon doonaa mise online?
guide-before-the-conference-online-text = Shirku wuxuu noqon karaa qol dhexdiis, online oo muuqaal (video) ah, ama labadaba isku dhafan. Isku-dhafka waxaa la yiraahdaa [kulan isku-dhafan](glossary:hybrid-meeting) (hybrid meeting).
guide-before-the-conference-online-hybrid = Kulamada isku-dhafan qaarkood, adiga ayaa fool ka fool u imanaya oo la joogaya hawlwadeenkaaga bulshada iyo guddoomiyaha. Shaqaalaha kale ee xirfadda leh waxay ku soo biiraan muuqaal. Haddii aad leedahay [turjubaan](glossary:interpreter) ama [u-doode](glossary:advocate) (advocate: qof kaa caawiya inaad sheegto aragtidaada), iyaguna waxay kula joogi karaan qolka.
guide-before-the-conference-online-ask = Warqadda casuumaaddu waa inay sheegtaa sida shirkaagu u dhici doono. Haddii aad u baahan tahay caawimaad si aad online ugu soo biirto, u sheeg hawlwadeenkaaga bulshada maalinta shirka ka hor.

guide-before-the-conference-childcare-heading = Yaa eegi doona carruurtayda?
guide-before-the-conference-childcare-text = Dhallaanka iyo carruurta yaryar badanaa ma yimaadaan shirka. Badanaa waxaad u baahan doontaa qof eega inta aad halkaas joogto.
guide-before-the-conference-childcare-baby = Ma leedahay dhallaan yar, tusaale ahaan mid aad naas nuujiso? Markaas maalinta shirka ka hor weydii guddoomiyaha waxa suurtagal ah.
guide-before-the-conference-childcare-help = Haddii ay adag tahay in la helo qof daryeela carruurta, u sheeg hawlwadeenkaaga bulshada. Waxaa laga yaabaa inuu ku caawin karo.

guide-before-the-conference-interpreters-heading = Ka warran haddii Ingiriisigu aanu ahayn luqaddayda koowaad?
guide-before-the-conference-interpreters-text = Waxaad yeelan kartaa turjubaan shirka. Waa bilaash. U sheeg hawlwadeenkaaga bulshada luqadda aad ku hadasho, sida ugu horreysa ee aad awoodo.
guide-before-the-conference-interpreters-formats = Waxaad kaloo codsan kartaa macluumaad luqaddaada ku qoran. Ama codso qaab kale, sida cod duuban oo aad dhegaysato.
guide-before-the-conference-interpreters-more = { $nation ->
    [wales] [Caawimaad aad ku qayb qaadato](page:help-to-take-part) ayaa wax badan sharaxda, oo ay ku jiraan luqadda calaamadaha iyo luqadda Welsh-ka.
   *[england] [Caawimaad aad ku qayb qaadato](page:help-to-take-part) ayaa wax badan sharaxda, oo ay ku jiraan luqadda calaamadaha iyo qalabka maqalka (hearing loop).
}
guide-before-the-conference-learning-heading = Ka warran haddii akhriska ama fahamku igu adag yihiin?
guide-before-the-conference-learning-text = U sheeg hawlwadeenkaaga bulshada haddii aad qabto dhibaatooyin waxbarasho. Sidoo kale u sheeg wax kasta oo adkeeya akhriska, maqalka, hadalka ama fahamka.
guide-before-the-conference-learning-changes = Waa inay eegaan caawimaadda ay ku siin karaan, si aad uga qayb qaadato. Waxaad codsan kartaa:
guide-before-the-conference-learning-easy-read = macluumaad akhris fudud ah, oo leh erayo gaagaaban iyo sawirro
guide-before-the-conference-learning-read-aloud = qof kula akhriya warbixinnada maalinta shirka ka hor
guide-before-the-conference-learning-time = waqti dheeri ah oo aad su'aalaha ku jawaabto, iyo nasasho marka aad u baahato
guide-before-the-conference-learning-words = in erayada si fudud laguugu sharxo
guide-before-the-conference-learning-advocate = u-doode ku caawiya inaad sheegto waxa aad u malaynayso
guide-before-the-conference-learning-other = Haddii ay jiraan wax kale oo kaa celin kara imaanshaha ama fahamka, u sheeg hawlwadeenkaaga bulshada. Weydii taageerada ay ku siin karaan.

guide-before-the-conference-prepare-heading = Sideen isugu diyaarin karaa inaan hadlo?
guide-before-the-conference-prepare-nervous = Waalidiin badan ayaa sheega inay aad uga welwelsanaayeen shirkooda. Ma aysan sheegin inta ay rabeen. Isu diyaarinta hore ayaa caawin karta.
guide-before-the-conference-prepare-chance = Shirka waxaad dadka u sheegi kartaa sida arrimuhu gurigaaga u yihiin. Waxaad sheegi kartaa waxa aad ka qabto waxa dadka kale sheegaan. Waxaa lagu weydiin doonaa waxa ay tahay inuu dhaco marka xigta, iyo caawimaadda aad u baahan tahay.
guide-before-the-conference-prepare-write = Waxaad qori kartaa waxa aad rabto inaad sheegto. Shaqaalaha xirfadda leh waxay qoraan warbixinno, waalidiinta qaarna sidoo kale way qoraan. Hawlwadeenkaaga bulshada ayaa kaa caawin kara arrintan.
guide-before-the-conference-prepare-form = Golayaasha qaar waxay leeyihiin foom loogu talagalay waalidiinta. Qaar waxay kaa codsadaan inaad waxa aad qorto u dirto guddoomiyaha shirka ka hor. Weydii hawlwadeenkaaga bulshada. Waxaad kaloo warbixintaada ku qori kartaa websaydkan oo aad soo dejisan kartaa si aad u daabacdo ama u dirto.
guide-before-the-conference-prepare-notes = Haddii aadan rabin inaad warbixin qorto, waa caadi. Waxaad keeni kartaa xoogaa qoraal ah oo kuu xasuusiya waxa aad sheegayso.
guide-before-the-conference-prepare-think = Waxaa ku caawin kara inaad ka fikirto waxyaabahan:
guide-before-the-conference-prepare-strengths = Waxyaabaha wanaagsan: maxaa wanaagsan qoyskaaga? Maxaad si fiican u samaysaa?
guide-before-the-conference-prepare-good-things = Arrimaha fiican: maxaad rabtaa in shaqaalaha xirfadda leh ay kaa ogaadaan adiga iyo qoyskaaga?
guide-before-the-conference-prepare-worries = Walwalka: maxaa u baahan inuu isbeddelo, haddii ay jirto, si ilmahaagu ammaan u ahaado?
guide-before-the-conference-prepare-help = Caawimaad: qoyskaagu ma u baahan yahay caawimaad ama adeegyo dheeri ah? Sidee bay taasi u caawin lahayd?
guide-before-the-conference-prepare-next = Tallaabooyinka xiga: maxaa ay tahay inuu dhaco shirka kadib? Maxaad adiga, ama dadka kale, samayn kartaan si arrimuhu u fiicnaadaan?

guide-before-the-conference-questions-heading = Su'aalo noocee ah ayaan weydiin karaa?
guide-before-the-conference-questions-text = Shirka waxaad ku weydiin kartaa su'aalo. Waxaa laga yaabaa inaad rabto inaad weydiiso:
guide-before-the-conference-questions-worry = Maxaad si sax ah uga walwalsan tihiin?
guide-before-the-conference-questions-change = Maxaa u baahan inuu isbeddelo si walwalkiinnu u yaraado?
guide-before-the-conference-questions-help = Caawimaad noocee ah ayaad qoyskayga siin kartaan?
guide-before-the-conference-questions-better = Maxaa dhici doona haddii arrimuhu fiicnaadaan?
guide-before-the-conference-questions-contact = Yaan la xiriiraa haddii aanan wax fahmin?
guide-before-the-conference-questions-minutes = Goorma ayaan heli doonaa diiwaanka qoran ee shirkan?
guide-before-the-conference-questions-break = Ma qaadan karaa nasasho haddii aan u baahdo?
guide-before-the-conference-questions-bring = Qor su'aalahaaga oo kula soo qaado shirka.
guide-before-the-conference-practical = [Su'aalo wax ku ool ah](page:practical-questions) waxay ka hadlaysaa waxa la keeno, kharashka safarka, fasaxa shaqada iyo duubista.

guide-before-the-conference-private-heading = Ka warran haddii ay jiraan wax aan rabo in sir ahaadaan?
guide-before-the-conference-private-text = Waxaa laga yaabaa inaadan rabin in lammaanahaagu ogaado wax ku saabsan waayahaagii hore. Haddii ay sidaas tahay, u sheeg hawlwadeenkaaga bulshada shirka ka hor.
guide-before-the-conference-private-address = Waxaa laga yaabaa inaad u baahato inaad cinwaankaaga ama lambarka taleefankaaga ka qariso qof shirka jooga. Haddii ay sidaas tahay, u sheeg guddoomiyaha ka hor inta uusan bilaabmin. [Wax badan ka akhri waxa la wadaago](page:confidentiality).
## Page: who-will-be-there

guide-who-will-be-there-title = Yaa shirka joogi doona?
guide-who-will-be-there-summary = Cidda shirka timaadda, waxa ay qabtaan, iyo waxa dhaca haddii aadan rabin in qof halkaas joogo.
guide-who-will-be-there-chair-heading = Yaa maamula shirka?
guide-who-will-be-there-chair-text = [Guddoomiye madax-bannaan](glossary:independent-chair) ayaa maamula shirka. Badanaa waa maamule sare oo golaha ka tirsan oo aan wax qayb ah ku lahayn maaraynta kiiska ilmahaaga. Shaqadiisu waa inuu hubiyo in shirku caddaalad yahay oo qof walba la dhegaysto.
guide-who-will-be-there-chair-names = Golayaashu magacyo kala duwan ayay u isticmaalaan guddoomiyaha, sida guddoomiyaha shirka (conference chair) ama guddoomiyaha ilaalinta ilmaha (child protection chair).
guide-who-will-be-there-chair-iro = Golayaasha qaar waxay codsadaan in [Sarkaalka Dib-u-eegista ee Madax-bannaan](glossary:independent-reviewing-officer) (Independent Reviewing Officer) uu guddoomiyo shirarka. Laakiin shaqada sharci ee ugu weyn ee sarkaalkaasi waa mid kale: inuu hubiyo qorshayaasha carruurta daryeelka (in care) ku jira.

guide-who-will-be-there-minutes-heading = Yaa wax qora?
guide-who-will-be-there-minutes-text = Qof qoraa ah (minute taker) ayaa qora waxa la sheego iyo waxa la go'aamiyo. Qoraalladiisa waxaa la yiraahdaa [diiwaanka qoran ee shirka](glossary:minutes) (minutes). Kama qayb qaato wada-hadalka.

guide-who-will-be-there-social-worker-heading = Maxuu qabtaa hawlwadeenka bulshadu?
guide-who-will-be-there-social-worker-text = [Hawlwadeenka bulshada](glossary:social-worker) ee ilmahaaga ayaa joogi doona. Maamulihiisuna wuu iman karaa.
guide-who-will-be-there-social-worker-report = Hawlwadeenka bulshadu wuxuu qoraa warbixin ku saabsan sababta shirka loo qabanayo. Warbixintiisu waa inay ku jirtaa aragtidaada ku saabsan walwalka.

guide-who-will-be-there-others-heading = Yaa kale oo iman kara?
guide-who-will-be-there-others-text = Waxaa la casuumaa shaqaalaha xirfadda leh ee yaqaan ilmahaaga ama qoyskaaga. Waxaa ka mid noqon kara:
guide-who-will-be-there-others-health = kalkaalisada caafimaadka guryaha (health visitor) ama kalkaalisada dugsiga
guide-who-will-be-there-others-doctor = dhakhtar, sida dhakhtarkaaga qoyska (GP) ama dhakhtar isbitaal
guide-who-will-be-there-others-school = macallin ama shaqaale xanaanada carruurta (nursery)
guide-who-will-be-there-others-education = sarkaalka daryeelka waxbarashada (education welfare officer), kaas oo caawiya marka carruurtu dugsiga ka maqnaadaan
guide-who-will-be-there-others-police = booliska
guide-who-will-be-there-others-probation = [sarkaalka kormeerka dambiilayaasha](glossary:probation-officer) (probation officer), haddii qof weyn oo qoyskaaga ka mid ah uu leeyahay mid
guide-who-will-be-there-others-housing = qof ka socda waaxda guryaha
guide-who-will-be-there-others-services = adeegyo kale oo yaqaan qoyskaaga ama kula shaqeeya
guide-who-will-be-there-family = Xubno kale oo qoyska ah ayaa la casuumi karaa. Sidoo kale qof kasta oo kale oo leh [mas'uuliyadda waalidnimada](glossary:parental-responsibility) (parental responsibility) ee ilmahaaga. [Akhri wax ku saabsan waalidiinta kale, lammaanayaasha iyo qoyska ballaaran](page:your-family).
guide-who-will-be-there-advocates = Waxaa kaloo jiri kara [u-doode](glossary:advocate) (qof kaa caawiya inaad sheegto waxa aad u malaynayso) adiga ama ilmahaaga u gaar ah, iyo [turjubaan](glossary:interpreter) haddii loo baahdo.
guide-who-will-be-there-strangers = Waxaa laga yaabaa inaadan qof walba aqoon. Dadka qaar waxay u yimaadaan maxaa yeelay wax badan ayay ka yaqaanaan hal mawduuc. Qaar kale waxay qoyskaaga caawin karaan mustaqbalka.
guide-who-will-be-there-introductions = Bilowga, qof walba wuxuu sheegi doonaa cidda uu yahay iyo sababta uu halkaas u joogo.

guide-who-will-be-there-absent-heading = Ka warran haddii qof xirfad leh uusan iman karin?
guide-who-will-be-there-absent-text = Haddii qof xirfad leh uusan iman karin, wuxuu soo diri karaa warbixin qoran beddelkeeda. Guddoomiyuhu wuxuu hubin doonaa in shirku maqlo. Adigana waa in lagu tusaa.

guide-who-will-be-there-not-want-heading = Ka warran haddii aanan rabin in qof halkaas joogo?
guide-who-will-be-there-not-want-text = La hadal hawlwadeenkaaga bulshada sida ugu dhakhsaha badan. Wuxuu noqon karaa xubin qoyska ka mid ah ama qof xirfad leh.
guide-who-will-be-there-not-want-chair = Guddoomiyaha ayaa gaara go'aanka kama dambaysta ah ee ku saabsan cidda shirka timaadda.
guide-who-will-be-there-not-want-ex = Waxaa laga yaabaa inaadan rabin inaad qol la wadaagto lammaane hore. Tani waxay noqon kartaa xadgudub qoys (domestic abuse) awgeed. U sheeg hawlwadeenkaaga bulshada ama guddoomiyaha. Guddoomiyuhu wuxuu go'aansan karaa inuu gooni kaaga dhegaysto.
guide-who-will-be-there-not-want-address = Waxaa laga yaabaa inaad u baahato inaad cinwaankaaga ama lambarka taleefankaaga ka qariso qof shirka jooga. Haddii ay sidaas tahay, u sheeg guddoomiyaha ka hor inta uusan bilaabmin.
## Page: bringing-someone

guide-bringing-someone-title = Ma keeni karaa qof ila socda?
guide-bringing-someone-summary = Cidda aad keeni karto si ay kuu taageerto, waxa ay halkaas ku samayn karaan, iyo meesha aad ka heli karto talo sharci.

guide-bringing-someone-who-heading = Yaan keeni karaa?
guide-bringing-someone-who-text = Waxaad keeni kartaa qof ku taageera. Wuxuu noqon karaa qaraabo, saaxiib, ama qof kale oo aad doorato.
guide-bringing-someone-who-help = Wuxuu kaa caawin karaa inaad degganaato. Wuxuu kaa caawin karaa inaad ka qayb qaadato oo aad sharaxdo aragtidaada.
guide-bringing-someone-who-trust = Dadku waxay ka hadli doonaan arrimo gaar ah oo ku saabsan adiga, ilmahaaga iyo qoyskaaga. Markaa dooro qof aad ku kalsoon tahay inuu sir ahaan u hayo.
guide-bringing-someone-who-child = Meelaha qaar, [guddoomiyaha](glossary:independent-chair) ayaa hubiya in ilmahaagu aanu ka xumaanayn in qofkani maqlo arrimihiisa. Haddii ilmahaagu ka xumaado, guddoomiyuhu wuxuu kaa codsan karaa inaad qof kale doorato.
guide-bringing-someone-who-tell = U sheeg [hawlwadeenkaaga bulshada](glossary:social-worker) maalinta shirka ka hor cidda aad keenayso.
guide-bringing-someone-advocate-heading = Waa maxay u-doode (advocate)?
guide-bringing-someone-advocate-text = [U-doode](glossary:advocate) waa qof kaa caawiya inaad sheegto waxa aad u malaynayso, oo hubiya in lagu dhegaysto.
guide-bringing-someone-advocate-kinds = U-doodaha wuxuu noqon karaa saaxiib ama qof ku taageera. Meelaha qaar, waxaa kaloo jira u-doodayaal loo tababaray waalidiinta.
guide-bringing-someone-advocate-ask = Weydii hawlwadeenkaaga bulshada haddii uu jiro adeeg u-doodid ah oo kuu dhow. [Caawimaad iyo meelaha la la xiriiro](page:help-and-contacts) ayaa sharaxda noocyada caawimaadda jira.

guide-bringing-someone-cannot-heading = Ma jiraa qof aanan keeni karin?
guide-bringing-someone-cannot-text = Guddoomiyaha ayaa go'aamiya cidda shirka timaadda. Wuxuu u diidi karaa qof, tusaale ahaan haddii aysan ammaan ahayn. Meelaha qaar, wuxuu kaloo weydiiyaa in ilmahaagu ka xumaanayo.
guide-bringing-someone-cannot-check = Haddii aadan hubin, weydii hawlwadeenkaaga bulshada maalinta shirka ka hor.

guide-bringing-someone-solicitor-heading = Ma keeni karaa qareen?
guide-bringing-someone-solicitor-text = Haa. Waxaad keeni kartaa [qareen](glossary:solicitor) (solicitor). Laakiin shirku maaha maxkamad, markaa qareenkaagu wuxuu halkaas u joogaa inuu ku taageero.
guide-bringing-someone-solicitor-can = Shirka, qareenkaagu wuxuu awoodaa:
guide-bringing-someone-solicitor-can-listen = inuu dhegaysto waxa la sheego oo uu daawado sida shirka loo maamulo
guide-bringing-someone-solicitor-can-support = inuu ku taageero
guide-bringing-someone-solicitor-can-private = inuu si gaar ah kuula hadlo inta nasashada lagu jiro
guide-bringing-someone-solicitor-cannot = Inta badan, qareenkaagu ma awoodo:
guide-bringing-someone-solicitor-cannot-speak = inuu kaaga hadlo shirka
guide-bringing-someone-solicitor-cannot-discuss = inuu ka qayb galo wada-hadalka
guide-bringing-someone-solicitor-cannot-decide = inuu ka qayb qaato go'aanka
guide-bringing-someone-solicitor-minutes = Qareenkaagu waxaa laga yaabaa inuu horay kuugu matalayo [dacwadaha daryeelka](glossary:care-proceedings) (care proceedings). Haddii uu shirka yimaado, wuxuu heli karaa nuqul u gaar ah oo [diiwaanka qoran ee shirka](glossary:minutes) ah.
guide-bringing-someone-advice-heading = Xaggee ka heli karaa talo sharci?
guide-bringing-someone-advice-text = Waxaad heli kartaa talo sharci shirka ka hor. Waxay kaa caawin kartaa inaad fahanto xuquuqdaada.
guide-bringing-someone-advice-where = Hay'adaha samafalka qaar waxay waalidiinta siiyaan talo bilaash ah. Qareennada qaar waxay khubaro ku yihiin sharciga carruurta iyo qoysaska. [Caawimaad iyo meelaha la la xiriiro](page:help-and-contacts) ayaa magacaabaysa adeegyo heer qaran ah.
guide-bringing-someone-pay-heading = Lacagta qareenka ma aniga ayaa bixinaya?
guide-bringing-someone-pay-text = Laga yaabee inaadan bixin. [Kaalmada sharciga](glossary:legal-aid) (legal aid) ayaa bixin karta talada qareenka, iyo inuu kula yimaado shirka.
guide-bringing-someone-pay-tests = Si aad u hesho, waa inaad gudubto laba imtixaan. Imtixaanka dhaqaalaha (means test) wuxuu eegaa dakhligaaga iyo kaydkaaga. Imtixaanka mudnaanta (merits test) wuxuu eegaa in caawimaadda qareenku ay isbeddel ku filan ku samayn lahayd kiiskaaga.
guide-bringing-someone-pay-benefits = Haddii aad hesho gargaarro dawladeed qaarkood, sida Universal Credit, badanaa waad gudubtaa qaybta dakhliga ee imtixaanka dhaqaalaha. Kaydkaaga weli waa la hubiyaa.
guide-bringing-someone-pay-letter = Way ka duwan tahay haddii aad hesho [warqadda dacwadaha ka hor](glossary:letter-before-proceedings) (letter before proceedings). Markaas kaalmada sharcigu waxay bixisaa qareen dakhligaagu wuxuu doono ha ahaadee, haddii aad tahay waalid ama aad leedahay mas'uuliyadda waalidnimada.
guide-bringing-someone-pay-ask = Qareen ayaa hubin kara inaad heli karto kaalmada sharciga. Weydii arrintan ka hor inta uusan shaqo kuu bilaabin.

guide-bringing-someone-find-heading = Sideen ku helaa qareen?
guide-bringing-someone-find-text = Dooro qareen ku takhasusay sharciga carruurta. Websaydka "Find a Solicitor" ee Law Society ayaa kuu ogolaanaya inaad mid raadiso.
guide-bringing-someone-find-accredited = Raadi qareen haysta aqoonsiga Children Law ee Law Society. Wuxuu muujinayaa inuu aqoon gaar ah u leeyahay qaybtan sharciga.
guide-bringing-someone-find-legal-aid = Qareen kasta ma qabto shaqada kaalmada sharciga. Weydii marka ugu horreysa ee aad la xiriirto.
guide-bringing-someone-find-letter = Haddii aad heshay warqadda dacwadaha ka hor, isla markiiba la xiriir qareen. Warqadda qaado marka aad u tagayso. [Akhri waxa warqaddu ka dhigan tahay](page:if-things-do-not-improve).


## Page: your-childs-part

guide-your-childs-part-title = Ilmahaygu ma ka qayb qaadan doonaa?
guide-your-childs-part-summary = In ilmahaagu shirka imanayo iyo in kale, iyo sida aragtidiisa loo maqli karo.

guide-your-childs-part-attend-heading = Ilmahaygu ma iman doonaa shirka?
guide-your-childs-part-attend-text = Waxay ku xiran tahay da'da ilmahaaga iyo inta uu fahmo. Carruurta da'doodu u oggolaanayso inay fahmaan badanaa waa la casuumaa.
guide-your-childs-part-attend-part = Ilmahaagu wuxuu iman karaa shirka oo dhan, ama qayb keliya. Ama aragtidiisa si kale ayaa loo gudbin karaa.
guide-your-childs-part-attend-best = Imaanshuhu had iyo jeer uma fiicna ilmaha. La hadal [hawlwadeenkaaga bulshada](glossary:social-worker) waxa ku habboon ilmahaaga.
guide-your-childs-part-attend-young = Dhallaanka iyo carruurta yaryar badanaa ma yimaadaan shirarka.

guide-your-childs-part-advocate-heading = Ilmahaygu ma yeelan karaa u-doode?
guide-your-childs-part-advocate-text = Haa. Golayaal badan waxay carruurta waaweyn siiyaan [u-doode](glossary:advocate) (advocate): qof madax-bannaan oo ilmaha ka caawiya inuu sheego waxa uu u malaynayo. Meelaha qaar, tan waxaa la siiyaa carruurta da'doodu tahay 11 ama ka weyn.
guide-your-childs-part-advocate-contact = U-doodahu wuxuu kula soo xiriiri karaa shirka ka hor. Wuxuu awoodaa:
guide-your-childs-part-advocate-support = inuu ilmahaaga ka caawiyo inuu shirka yimaado
guide-your-childs-part-advocate-instead = inuu yimaado ilmahaaga beddelkiisa, oo uu u hadlo
guide-your-childs-part-advocate-pass = inuu la kulmo ilmahaaga, kadibna u sheego [guddoomiyaha](glossary:independent-chair) waxa ilmahaagu rabo iyo waxa uu dareemayo
guide-your-childs-part-advocate-decide = Meelaha qaar, ilmahaaga iyo guddoomiyaha ayaa wada go'aamiya in aragtida ama warbixinta ilmahaaga la wadaago iyo in kale.

guide-your-childs-part-other-heading = Sidee kale ayuu ilmahaygu u sheegan karaa rayigiisa?
guide-your-childs-part-other-text = Ilmahaagu uma baahna inuu qolka joogo si loo maqlo. Wuxuu awoodaa inuu:
guide-your-childs-part-other-letter = qoro warqad
guide-your-childs-part-other-drawing = sawiro sawir
guide-your-childs-part-other-recording = sameeyo cod ama muuqaal duuban
guide-your-childs-part-other-speak = ka codsado hawlwadeenka bulshada ama u-doodaha inay u hadlaan
guide-your-childs-part-other-chair = kaligiis la kulmo guddoomiyaha
guide-your-childs-part-other-matter = Aragtida ilmahaagu waa muhiim. Shirku waa inuu ka fikiraa marka uu go'aankiisa gaarayo.

guide-your-childs-part-wishes-heading = Ka warran haddii ilmahaygu aanu rabin inaan halkaas joogo?
guide-your-childs-part-wishes-text = Mararka qaarkood ilmo ma rabo in waalid shirka joogo. Markaas guddoomiyuhu wuxuu kaa codsan karaa inaad ka baxdo qayb ka mid ah. Weli waa laguu sheegi doonaa go'aanka. [Wax badan ka akhri](page:if-you-cannot-go).

guide-your-childs-part-later-heading = Ilmahaygu ma ka qayb noqon doonaa waxa xiga?
guide-your-childs-part-later-text = Haddii ilmahaagu leeyahay qorshe, wuxuu ka qayb geli karaa kulamo dambe qaarkood, oo loo yaqaan [kooxda asaasiga ah](glossary:core-group) (core group). Tani waxay ku xiran tahay da'diisa iyo inta uu fahmo.


## Page: your-family

guide-your-family-title = Waalidiinta kale, lammaanayaasha iyo qoyska ballaaran
guide-your-family-summary = Cidda qoyskaaga laga casuumo, waxa mas'uuliyadda waalidnimadu ka dhigan tahay, iyo sida qoyska ballaaran u caawin karo.

guide-your-family-parents-heading = Waalidka kale ee ilmahayga ma la casuumi doonaa?
guide-your-family-parents-text = Badanaa, haa. Waalidiinta iyo qof kasta oo leh [mas'uuliyadda waalidnimada](glossary:parental-responsibility) (parental responsibility) caadi ahaan waa la casuumaa, xataa haddii aysan ilmaha la noolayn.
guide-your-family-parents-apart = Haddii adiga iyo waalidka kale aad kala nooshihiin, labadiinnaba waa laydin casuumi karaa. Uma baahnid inaad isku qol joogtaan haddii aysan taasi adiga ammaan kuu ahayn.
guide-your-family-parents-separate = U sheeg hawlwadeenkaaga bulshada ama guddoomiyaha maalinta shirka ka hor. Guddoomiyuhu wuxuu diyaarin karaa inuu gooni kaaga dhegaysto. [Wax badan ka akhri cidda joogi doonta](page:who-will-be-there).

guide-your-family-pr-heading = Waa maxay mas'uuliyadda waalidnimadu?
guide-your-family-pr-text = Waxay ka dhigan tahay xuquuqda iyo waajibaadka sharci ee waalidka. Dadka leh waxay ilmaha u gaari karaan go'aanno waaweyn, sida dugsiga ama daryeelka caafimaadka.
guide-your-family-pr-mother = Hooyada dhashay waxay leedahay mas'uuliyadda waalidnimada ilaa ilmuhu ka gaaro 18 sano. Waxay ka hor dhammaataa oo keliya haddii ilmaha la korsado (adoption), ama haddii maxkamad ay samayso amar waalidnimo (parental order) kadib uur-qaadis beddel ah (surrogacy).
guide-your-family-pr-married = Aabbe ama waalid labaad badanaa wuu leeyahay haddii uu la qabay hooyada dhashay markii ilmuhu dhashay. Iskaashiga madaniga ah (civil partnership) wuxuu u dhigmaa guur.
guide-your-family-pr-certificate = Aabbe sidoo kale wuu leeyahay mas'uuliyaddan haddii magaciisu ku qoran yahay shahaadada dhalashada, marka dhalashada la diiwaangeliyay laga bilaabo Desembar 2003.
guide-your-family-pr-others = Dad kale, sida waalid-ku-tallaal (step-parent), waxay ku heli karaan heshiis la saxiixay ama maxkamad. Waalid-ku-tallaalku kuma helo oo keliya inuu guursado waalid.
guide-your-family-pr-unsure = Haddii aadan hubin cidda leh mas'uuliyadda waalidnimada, weydii hawlwadeenkaaga bulshada ama qareen.

guide-your-family-partners-heading = Ka warran lammaanayaasha iyo waalid-ku-tallaalka?
guide-your-family-partners-text = Lammaane ama waalid-ku-tallaal oo ilmaha la nool ayaa sidoo kale la casuumi karaa, xataa haddii uusan lahayn mas'uuliyadda waalidnimada.
guide-your-family-partners-private = Waxyaabaha qaar ee ku saabsan waayahaagii hore waa laga qarin karaa lammaanahaaga. [Akhri waxa la wadaago](page:confidentiality).

guide-your-family-wider-heading = Qoyska ballaaran ma caawin karaa?
guide-your-family-wider-text = Haa. Ayeeyooyinka iyo awoowayaasha, eedooyinka, habaryarooyinka, adeerrada, abtiyaasha iyo saaxiibada dhow waxay caawimaad weyn u noqon karaan ilmaha. Shaqaalaha xirfadda leh waa inay ka fikiraan cidda qoyskaaga iyo saaxiibadaa ka mid ah ee ku taageeri karta.
guide-your-family-wider-conference = Xubno kale oo qoyska ah ayaa lagu casuumi karaa shirka, ama la weydiin karaa aragtidooda. Weydii guddoomiyaha haddii qof qoyskaaga ka mid ah uu rabo in la maqlo.
guide-your-family-wider-plan = Qorshuhu wuxuu ku dari karaa caawimaad ka timaadda qoyskaaga ballaaran. Tusaale ahaan, ayeeyo ama awoowe ayaa ka caawin kara geynta iyo keenista dugsiga.

guide-your-family-fgc-heading = Waa maxay shirka qoyska (family group conference)?
guide-your-family-fgc-text = [Shirka qoyska](glossary:family-group-conference) (family group conference) waa kulan loogu talagalay qoyskaaga iyo saaxiibadaa. Si wadajir ah, waxaad samaysaan qorshe idinka idiin gaar ah oo caawiya in ilmahaaga la ilaaliyo.
guide-your-family-fgc-how = Isku-duwe madax-bannaan ayaa qof walba ka caawiya inuu isu diyaariyo. Shaqaalaha xirfadda leh waxay sharxaan walwalka. Kadib qoyskaagu wuxuu helaa waqti gaar ah oo uu ku sameeyo qorshaha.
guide-your-family-fgc-agree = Haddii qorshuhu ilmaha ilaaliyo, shaqaalaha xirfadda leh badanaa way oggolaadaan.
guide-your-family-fgc-ask = Golayaal badan ayaa bixiya shirarka qoyska. Weydii hawlwadeenkaaga bulshada haddii mid uu caawin karo qoyskaaga.


## Page: help-to-take-part

guide-help-to-take-part-title = Caawimaad aad ku qayb qaadato: naafonimo, luqad iyo turjubaanno
guide-help-to-take-part-summary = Caawimaadda aad codsan karto haddii aad naafo tahay, aad dhego la' tahay (Deaf) ama aad jiran tahay, ama haddii aad u baahan tahay luqad kale.

guide-help-to-take-part-adjustments-heading = Ka warran haddii aan qabo naafo ama xaalad caafimaad?
guide-help-to-take-part-adjustments-text = Adeegyadu waa inay sameeyaan [isbeddello macquul ah](glossary:reasonable-adjustments) (reasonable adjustments) si dadka naafada ahi uga qayb qaataan. Tani waa sharciga, sida ku qoran Equality Act 2010 (Sharciga Sinnaanta 2010).
guide-help-to-take-part-adjustments-ask = U sheeg hawlwadeenkaaga bulshada waxa aad u baahan tahay, sida ugu horreysa ee aad awoodo. Waxaad codsan kartaa:
guide-help-to-take-part-adjustments-access = qol aad si fudud u geli karto, tusaale ahaan jaranjaro la'aan
guide-help-to-take-part-adjustments-bsl = turjubaan luqadda calaamadaha Ingiriiska (British Sign Language), ama turjubaan dhego la' (Deaf interpreter)
guide-help-to-take-part-adjustments-loop = qalabka maqalka (hearing loop), iyo in dadku ku soo jeestaan marka ay hadlayaan
guide-help-to-take-part-adjustments-papers = waraaqo far waaweyn ku qoran, akhris fudud ah ama qaab kale ah
guide-help-to-take-part-adjustments-breaks = nasasho, ama shir ka gaaban, haddii aad daalto ama aad xanuunsato
guide-help-to-take-part-adjustments-online = inaad ku soo biirto muuqaal ama taleefan, haddii imaanshuhu adag yahay
guide-help-to-take-part-adjustments-mental = Haddii aad qabto xaalad caafimaadka maskaxda ah, sidoo kale waxaad codsan kartaa caawimaad. Tusaale ahaan, waxaad codsan kartaa inaad marka hore la kulanto guddoomiyaha, ama inaad yeelato qof ku taageera oo kula jooga.
guide-help-to-take-part-adjustments-learning = Haddii akhriska ama fahamku kugu adag yihiin, [Isu diyaarinta](page:before-the-conference) ayaa liis garaysa caawimaad kale oo aad codsan karto.
guide-help-to-take-part-adjustments-not = Haddii aadan helin caawimaadda aad u baahan tahay, u sheeg guddoomiyaha. Waxaad kaloo [gudbin kartaa cabasho](page:complaints).

guide-help-to-take-part-interpreter-heading = Ka warran haddii aan u baahdo turjubaan?
guide-help-to-take-part-interpreter-text = Waxaad shirka ku yeelan kartaa [turjubaan](glossary:interpreter) xirfad leh, bilaash. Qoyskaaga iyo carruurtaada waa inaan laga codsan inay turjumaan.
guide-help-to-take-part-interpreter-tell = Goor hore u sheeg hawlwadeenkaaga bulshada, si waqti loogu helo diyaarintiisa. Sheeg luqadda iyo lahjadda aad ku hadasho.
guide-help-to-take-part-interpreter-different = Waxaad codsan kartaa turjubaan kale haddii aad u baahato. Tusaale ahaan, waxaa laga yaabaa inaad rabto turjubaan nin ah ama mid naag ah. Ama waxaa laga yaabaa inaad rabto qof aan xiriir la lahayn bulshadaada.
guide-help-to-take-part-interpreter-translated = Waxaad kaloo codsan kartaa in warbixinnada iyo diiwaanka qoran ee shirka la turjumo, ama luqaddaada laguugu akhriyo.

guide-help-to-take-part-welsh-heading = Shirka ma lagu qaban karaa luqadda Welsh-ka?
guide-help-to-take-part-welsh-text = Haa. Gudaha Wales, waxaad codsan kartaa in shirka lagu qabto luqadda Welsh-ka. Adeegyadu waa inay kuu soo bandhigaan Welsh-ka adigoon codsan.
guide-help-to-take-part-welsh-papers = Diiwaanka qoran ee shirka waxaa lagu qoraa luqadda shirka. Waxaad ku codsan kartaa luqadda kale haddii aad doorbidayso. Waxaad kaloo codsan kartaa warqado iyo dukumentiyo Welsh ah.
guide-help-to-take-part-welsh-tell = U sheeg hawlwadeenkaaga bulshada ama [isku-duwaha shirka](glossary:conference-coordinator) (conference coordinator) luqadda aad rabto inaad isticmaasho.


## Page: practical-questions

guide-practical-questions-title = Su'aalo wax ku ool ah: waxa la keeno, safarka iyo duubista
guide-practical-questions-summary = Waxa la keeno, sida loo yimaado, fasaxa shaqada, daahitaanka, dhallaanka, iyo duubista shirka.

guide-practical-questions-bring-heading = Maxaan keenaa?
guide-practical-questions-bring-text = Waxaa ku caawin kara inaad keento:
guide-practical-questions-bring-letter = warqadda casuumaadda, oo leh waqtiga, goobta iyo lambar taleefan
guide-practical-questions-bring-reports = warbixinnada, oo ay ku qoran yihiin qoraalladaadu
guide-practical-questions-bring-report = warbixintaada ama qoraalladaada, haddii aad wax qortay
guide-practical-questions-bring-questions = su'aalahaaga, oo qoran
guide-practical-questions-bring-pen = qalin iyo warqad, si aad u qorto waxa la sheego
guide-practical-questions-bring-needs = cabbitaan, iyo daawo kasta oo aad u baahan karto
guide-practical-questions-bring-private = Waraaqahaaga had iyo jeer ku hay agtaada, kadibna guriga dib ula noqo. Waa sir.

guide-practical-questions-travel-heading = Ka warran haddii aanan awoodin kharashka imaanshaha?
guide-practical-questions-travel-text = U sheeg hawlwadeenkaaga bulshada sida ugu horreysa ee aad awoodo. Waxaa laga yaabaa inuu kaa caawin karo safarka.
guide-practical-questions-travel-online = Waxaad kaloo weydiin kartaa haddii aad ku soo biiri karto muuqaal ama taleefan.

guide-practical-questions-work-heading = Ka warran fasaxa shaqada?
guide-practical-questions-work-text = Haddii aad shaqayso, codso fasax isla marka aad ogaato taariikhda. Shirku wuxuu qaadan karaa dhowr saacadood, markaa codso subax ama galab dhan.
guide-practical-questions-work-change = Haddii taariikhdu aad kugu adag tahay, isla markiiba u sheeg hawlwadeenkaaga bulshada. Waxaa suurtagal ah in la beddelo, laakiin had iyo jeer maaha.

guide-practical-questions-late-heading = Ka warran haddii aan daahayo?
guide-practical-questions-late-text = Wac lambarka ku qoran warqadda casuumaadda oo sheeg goorta aad imanayso. Shirku badanaa waqtigiisa ayuu bilaabmaa, markaa isku day inaad goor hore timaado.
guide-practical-questions-late-missed = Haddii aad seegto qayb ka mid ah shirka, ka codso guddoomiyaha inuu kuu sheego waxa la sheegay.

guide-practical-questions-baby-heading = Ma keeni karaa dhallaankayga?
guide-practical-questions-baby-text = Dhallaanka iyo carruurta yaryar badanaa ma yimaadaan shirka. Diyaari qof daryeela haddii aad awoodo.
guide-practical-questions-baby-ask = Haddii aad leedahay dhallaan yar, tusaale ahaan mid aad naas nuujiso, weydii guddoomiyaha maalinta shirka ka hor. Guddoomiyaha ayaa go'aamiya waxa suurtagal ah.
guide-practical-questions-baby-help = Haddii ay adag tahay in la helo qof daryeela carruurta, u sheeg hawlwadeenkaaga bulshada. Waxaa laga yaabaa inuu ku caawin karo.

guide-practical-questions-record-heading = Ma duubi karaa shirka?
guide-practical-questions-record-text = Weydii guddoomiyaha maalinta shirka ka hor haddii aad rabto inaad duubto shirka. Ha duubin adigoon weydiin. Aag kastaa wuxuu leeyahay xeerar u gaar ah oo ku saabsan duubista.
guide-practical-questions-record-notes = Had iyo jeer waxaad qori kartaa qoraalladaada. Waxaad kaloo heli doontaa [diiwaanka qoran ee shirka](glossary:minutes).
guide-practical-questions-record-share = Weligaa ha ku wadaagin internetka cod duuban ama waraaqaha. Waa sir, wadaagiddooduna waxay waxyeelayn kartaa sirta ilmahaaga.


## Page: on-the-day

guide-on-the-day-title = Maxaa dhaca maalinta shirka?
guide-on-the-day-summary = Sida shirku u socdo, tallaabo tallaabo, iyo waxa aad samayn karto haddii ay kugu adkaato.

guide-on-the-day-before-heading = Maxaa dhaca ka hor inta uusan bilaabmin?
guide-on-the-day-before-text = [Guddoomiyaha](glossary:independent-chair) ayaa badanaa marka hore kula kulma. Wuxuu sharxaa sida shirku u socon doono oo wuu hubiyaa inaad aragtay warbixinnada. [Wax badan ka akhri la kulanka guddoomiyaha](page:before-the-conference).

guide-on-the-day-order-heading = Maxaa ka dhaca shirka?
guide-on-the-day-order-text = Shir kastaa wax yar ayuu ka duwan yahay. Badankoodu waxay raacaan kala horreyn sidan oo kale ah:
guide-on-the-day-step-register = Guddoomiyuhu wuxuu qoraa cidda joogta.
guide-on-the-day-step-arrangements = Guddoomiyuhu wuxuu sharxaa waxyaabaha sida albaabada laga baxo marka dab kaco, musqulaha iyo nasashada.
guide-on-the-day-step-introductions = Qof walba wuxuu sheegaa cidda uu yahay iyo sababta uu halkaas u joogo.
guide-on-the-day-step-details = Guddoomiyuhu wuxuu hubiyaa xogta qoyskaaga. Meelaha qaar, kuwan waxaa lagu qoraa looxa hore.
guide-on-the-day-step-purpose = Guddoomiyuhu wuxuu sharxaa waxa shirku u jiro iyo sida uu u socon doono.
guide-on-the-day-step-social-worker = [Hawlwadeenka bulshada](glossary:social-worker) ayaa sharxa waxa keenay shirka.
guide-on-the-day-step-reports = Qof kasta oo xirfad leh wuxuu sheegaa qodobbada ugu muhiimsan ee warbixintiisa. Tan waxaa ku jira waxyaabaha wanaagsan ee qoyskaaga iyo khataraha uu arko.
guide-on-the-day-step-you = Waxaa lagu weydiiyaa waxa aad u malaynayso. Waxaad sheegi kartaa waxa aad ku raacsan tahay iyo waxa aadan ku raacsanayn.
guide-on-the-day-step-summary = Guddoomiyuhu wuxuu soo koobaa waxa si fiican u shaqaynaya, waxa dadku ka walwalsan yihiin, iyo waxa u baahan inuu dhaco.
guide-on-the-day-step-decision = Qof kasta oo xirfad leh wuxuu sheegaa inuu u malaynayo in ilmahaagu u baahan yahay { $nation ->
        [wales] [qorshaha ilaalinta daryeelka iyo taageerada](glossary:care-and-support-protection-plan)
       *[england] [qorshaha ilaalinta ilmaha](glossary:child-protection-plan)
    } iyo in kale. Kadib go'aanka ayaa la gaaraa oo laguu sharxaa.
guide-on-the-day-step-plan = Haddii qorshe jiro, shirku wuxuu isku raacaa qaabkiisa guud. Wuxuu kaloo isku raacaa cidda ka mid noqon doonta [kooxda asaasiga ah](glossary:core-group) (core group), iyo goorta dib-u-eegista koowaad ay dhici doonto.
guide-on-the-day-step-no-plan = Haddii aan qorshe jirin, shirku wuxuu ka hadlaa caawimaad kale oo qoyskaaga loogu talagalay.
guide-on-the-day-clear = Dhammaadka, waxaa habboon inaad ogaato waxa u baahan inuu isbeddelo, haddii ay jirto. Haddii aadan hubin, weydii guddoomiyaha ka hor inta aadan bixin.
guide-on-the-day-views = Aragtidaada waa lagu weydiin doonaa shirka oo dhan, ee maaha hal mar oo keliya. Haddii aad rabto inaad hadasho, u sheeg guddoomiyaha.
guide-on-the-day-written = Haddii aad qortay waxa aad rabto inaad sheegto, waad akhrin kartaa. Ama waxaad codsan kartaa in la wadaago.

guide-on-the-day-length-heading = Intee buu qaadan doonaa?
guide-on-the-day-length-text = Way kala duwan tahay. Shirar badan waxay qaataan qiyaastii laba saacadood, qaarna way ka badan yihiin. Weydii guddoomiyaha inta uu kuwaagu qaadan karo.

guide-on-the-day-breaks-heading = Ma qaadan karaa nasasho?
guide-on-the-day-breaks-text = Haa. U sheeg guddoomiyaha haddii aad u baahato nasasho gaaban. Waxaad kaloo codsan kartaa waqti aad si gaar ah ula hadasho [qareenkaaga](glossary:solicitor) ama qofka ku taageera. Shirku badanaa wuu joogsadaa inta aad sidaas samaynayso.

guide-on-the-day-leave-heading = Ma la iga codsan karaa inaan qolka ka baxo?
guide-on-the-day-leave-text = Badanaa waxaad joogi doontaa inta badan shirka. Laakiin guddoomiyuhu wuxuu kaa codsan karaa inaad ka baxdo muddo gaaban, kadibna dib kuu soo casuumo.
guide-on-the-day-leave-why = Shaqaalaha xirfadda leh mararka qaar waxay u baahan yihiin waqti ay keligood ku wadaagaan oo ay ka fikiraan macluumaad muhiim ah. Waxaa kaloo laga yaabaa inay u baahdaan talo sharci.
guide-on-the-day-leave-reasons = Guddoomiyuhu wuxuu ka codsan karaa waalid ama xubin qoyska ka mid ah inuu muddo ka baxo. Xaalado dhif ah, wuxuu ka codsan karaa qof inuusan iman. Tani waxay dhici kartaa marka:
guide-on-the-day-leave-child-interest = ay jiraan sababo wanaagsan oo loo malaynayo in joogitaanka qofkaasi aanu u fiicnayn ilmaha
guide-on-the-day-leave-violence = ay jirto khatar ah in rabshad ka dhacdo shirka
guide-on-the-day-leave-child-wish = ilmuhu uusan rabin in qofkaasi joogo
guide-on-the-day-leave-family-info = ay tahay in la wadaago macluumaad gaar ah oo ku saabsan xubin kale oo qoyska ah, dadka kalena aysan maqlin
guide-on-the-day-leave-ex-partner = waalid uusan rabin inuu qol la joogo lammaane hore, guddoomiyuhuna oggolaado
guide-on-the-day-leave-referrer = macluumaadku uu muujinayo cidda samaysay [gudbinta](glossary:referral)
guide-on-the-day-leave-law = sharciga, ama xeerarka xirfadda, ay sheegaan in macluumaadka aan lagula wadaagin
guide-on-the-day-leave-investigation = baaritaan, sida mid booliska, uu weli socdo, wadaagidda macluumaadkuna ay waxyeelayn karto
guide-on-the-day-leave-after = Weli waa laguu sheegi doonaa go'aanka. [Akhri sida aragtidaada weli loo maqli karo](page:if-you-cannot-go).
guide-on-the-day-leave-safety = Haddii aad ka walwalsan tahay badbaadadaada shirka, u sheeg guddoomiyaha maalinta shirka ka hor. Guddoomiyuhu wuu u qorshayn karaa arrintan, tusaale ahaan inuu dadka gooni gooni u dhegaysto.

guide-on-the-day-upset-heading = Ka warran haddii aan ka xumaado?
guide-on-the-day-upset-text = Waa caadi inaad dareento murugo, caro ama cabsi. Dadka shirka jooga way ogyihiin tan.
guide-on-the-day-upset-try = Haddii ay kugu batto, waxaad awoodaa inaad:
guide-on-the-day-upset-break = codsato nasasho
guide-on-the-day-upset-repeat = codsato in su'aal lagu celiyo, si tartiib ah
guide-on-the-day-upset-explain = ka codsato guddoomiyaha inuu kuu sharxo eray
guide-on-the-day-upset-supporter = ka codsato qofka ku taageera inuu ku caawiyo
guide-on-the-day-upset-notes = eegto qoraalladaada
guide-on-the-day-upset-ok = Nasasho qaadashadu waa caadi. Waxay kaa caawin kartaa inaad sheegto waxa aad rabto inaad sheegto.

guide-on-the-day-signs-heading = Waa maxay Signs of Safety?
guide-on-the-day-signs-text = Golayaasha qaar waxay isticmaalaan hab shaqo oo la yiraahdo [Signs of Safety](glossary:signs-of-safety) (Calaamadaha Badbaadada). Wuxuu diiradda saaraa ilmahaaga iyo badbaadadiisa. Wuxuu kaloo ka dhigan yahay in lala wada shaqeeyo qoyskaaga.
guide-on-the-day-signs-questions = Shirarkan, dadku badanaa waxay ka hadlaan saddex su'aalood:
guide-on-the-day-signs-well = Maxaa si fiican u shaqaynaya?
guide-on-the-day-signs-worried = Maxaan ka walwalsannahay?
guide-on-the-day-signs-happen = Maxaa u baahan inuu dhaco?
guide-on-the-day-signs-plan = Qorshaha waxaa la oran karaa qorshaha badbaadada (safety plan). Wuxuu dejiyaa shabakad badbaado: dad ilmahaaga ku xeeran oo caawiya in la ilaaliyo. Qof walba wuxuu isku raacaa xeerar qaar oo qoysku iyo shabakaddu ay ku dhegganaan doonaan.
guide-on-the-day-signs-ask = Hawlwadeenkaaga bulshada ayaa kuu sheegi kara haddii { $council } ay sidan u shaqayso.


## Page: the-decision

guide-the-decision-title = Maxuu shirku go'aamin karaa?
guide-the-decision-summary = In ilmahaagu u baahan yahay qorshe iyo in kale, waxa taasi ka dhigan tahay, iyo waxa aad samayn karto haddii aadan ku raacsanayn.

guide-the-decision-outcomes-heading = Waa maxay go'aannada suurtagalka ah?
guide-the-decision-outcomes-text = Shirku wuxuu go'aamiyaa in ilmahaagu weli khatar ugu jiro [waxyeello culus](glossary:significant-harm) iyo in kale. Waxaa jira laba go'aan oo suurtagal ah:
guide-the-decision-outcomes-plan = Ilmahaagu wuxuu u baahan yahay { $nation ->
        [wales] [qorshaha ilaalinta daryeelka iyo taageerada](glossary:care-and-support-protection-plan)
       *[england] [qorshaha ilaalinta ilmaha](glossary:child-protection-plan)
    }.
guide-the-decision-outcomes-no-plan = Ilmahaagu uma baahna { $nation ->
        [wales] qorshaha ilaalinta daryeelka iyo taageerada
       *[england] qorshaha ilaalinta ilmaha
    }. Qoyskaaga weli waxaa loo soo bandhigi karaa caawimaad, ama waxaa dhici karta in aan tallaabo dambe la qaadin.
guide-the-decision-wales-register = Gudaha Wales, ilmo leh [qorshaha ilaalinta daryeelka iyo taageerada](glossary:care-and-support-protection-plan) waxaa la geliyaa [diiwaanka ilaalinta carruurta](glossary:child-protection-register). Magaciisa waa laga saaraa marka qorshuhu dhammaado.
guide-the-decision-england-register = Waxaa laga yaabaa inaad maqasho dad oranaya ilmuhu wuxuu ku jiraa "diiwaanka" (on the register) ama "diiwaanka khatarta" (at risk register). Gudaha England, tani waxay ka dhigan tahay in ilmuhu leeyahay qorshaha ilaalinta ilmaha.

guide-the-decision-categories-heading = Noocee waxyeello ah ayaa jira?
guide-the-decision-categories-text = Haddii ilmahaagu u baahan yahay qorshe, shirku wuxuu sheegaa nooca waxyeello ee uu ka walwalsan yahay. Tan waxaa la yiraahdaa [nooca waxyeellada](glossary:category-of-harm) (category).
guide-the-decision-categories-list = { $nation ->
    [wales] Gudaha Wales, waxaa jira shan nooc:
   *[england] Gudaha England, waxaa jira afar nooc:
}
guide-the-decision-categories-physical = [xadgudub jidh ahaaneed](glossary:physical-abuse)
guide-the-decision-categories-emotional = { $nation ->
    [wales] [xadgudub dareen ahaaneed ama nafsi ah](glossary:emotional-abuse)
   *[england] [xadgudub dareen ahaaneed](glossary:emotional-abuse)
}
guide-the-decision-categories-sexual = [xadgudub galmo](glossary:sexual-abuse)
guide-the-decision-categories-financial = [xadgudub dhaqaale](glossary:financial-abuse)
guide-the-decision-categories-neglect = [dayacaad](glossary:neglect)
guide-the-decision-categories-more = Ilmahaagu wuxuu ku jiri karaa wax ka badan hal nooc. [Guddoomiyaha](glossary:independent-chair) waa inuu sharxaa sababta mid kasta loo doortay.
guide-the-decision-categories-wales = Gudaha Wales, tan waxaa la yiraahdaa nooca diiwaangelinta (category of registration). Waxaad gudbin kartaa cabasho haddii aan la raacin hababka, taasina ay saamaysay. [Wax ka akhri cabashooyinka](page:complaints).

guide-the-decision-plan-heading = Waa maxay { $nation ->
        [wales] qorshaha ilaalinta daryeelka iyo taageerada
       *[england] qorshaha ilaalinta ilmaha
    }?
guide-the-decision-plan-text = Waa qorshe lagu ilaalinayo ilmahaaga. Wuxuu liis garaynayaa waxa u baahan inuu dhaco, cidda samayn doonta, iyo goorta ay tahay in la sameeyo.
guide-the-decision-plan-should = Qorshuhu waa inuu:
guide-the-decision-plan-likely = eegaa inta ay u badan tahay in ilmahaaga la waxyeeleeyo, iyo sida loo ilaaliyo
guide-the-decision-plan-aims = dejiyaa yoolal muddo gaaban iyo muddo dheer ah, si khatarta loo yareeyo oo fayoobaanta ilmahaaga loo caawiyo
guide-the-decision-plan-who = caddeeyaa cidda mas'uulka ka ah shay kasta
guide-the-decision-plan-check = sheegaa sida qof walba u hubin doono horumarka
guide-the-decision-plan-shared = Tallaabooyinka qaar adiga ayay kuu yihiin. Qaar kale waxay u yihiin shaqaalaha xirfadda leh. Qof walba wuxuu ka caawiyaa samaynta qorshaha.
guide-the-decision-plan-outline = Shirku wuxuu isku raacaa qaabka guud. Faahfaahinta waxaa goor dambe sameeya [kooxda asaasiga ah](glossary:core-group) (core group). [Akhri waxa xiga](page:after-the-conference).

guide-the-decision-no-plan-heading = Ka warran haddii ilmahaygu aanu u baahnayn qorshe?
guide-the-decision-no-plan-text = Waxaa dhici karta in aan tallaabo dambe la qaadin. Ama shirku wuxuu heli karaa caawimaad u fiican ilmahaaga iyo qoyskaaga.
guide-the-decision-no-plan-cin = { $nation ->
    [wales] Gudaha Wales, caawimaaddan waxaa lagu qori karaa [qorshaha daryeelka iyo taageerada](glossary:care-and-support-plan) (care and support plan).
   *[england] Caawimaaddan waxaa lagu qori karaa [qorshaha Ilmaha Baahan](glossary:child-in-need-plan) (Child in Need plan), oo mararka qaar la yiraahdo qorshaha CIN.
}
guide-the-decision-no-plan-meet = Marba mar, shaqaalaha xirfadda leh ayaa kula kulmi doona si aad uga hadashaan sida ay u socoto. Qorshaha si joogto ah ayaa dib loo eegaa.

guide-the-decision-disagree-heading = Ka warran haddii aanan ku raacsanayn?
guide-the-decision-disagree-text = Shirka waxaad ka sheegi kartaa inaadan ku raacsanayn. Codso in aragtidaada lagu qoro [diiwaanka qoran ee shirka](glossary:minutes).
guide-the-decision-disagree-recorded = Diidmadaadu ma joojiso qorshaha. Laakiin aragtidaada waa la diiwaangelin doonaa, waxaadna goor dambe [gudbin kartaa cabasho](page:complaints).
guide-the-decision-disagree-work = Badanaa waxay ilmahaaga u fiican tahay inaad sii wado la shaqaynta shaqaalaha xirfadda leh inta cabashada la eegayo.

guide-the-decision-key-worker-heading = Yaa noqon doona qofka ugu muhiimsan ee aan la xiriiro?
guide-the-decision-key-worker-text = { $nation ->
    [wales] Haddii qorshe jiro, shirku wuxuu magacaabaa [hawlwadeenka bulshada](glossary:social-worker) ee isku dubbaridi doona. Qofkani waa [hawlwadeenkaaga muhiimka ah](glossary:key-worker) (key worker).
   *[england] Haddii qorshe jiro, shirku wuxuu magacaabaa [hawlwadeenka bulshada](glossary:social-worker) ee hogaaminaya. Golayaasha qaar hadda waxay yiraahdaan lead practitioner. Qofkani waa [hawlwadeenkaaga muhiimka ah](glossary:key-worker) (key worker).
}
guide-the-decision-key-worker-job = Hawlwadeenkaaga muhiimka ahi wuxuu hubiyaa in qorshuhu dhaco. Wuxuu hogaamiyaa kooxda asaasiga ah oo wuu kula xiriiraa.


## Page: after-the-conference

guide-after-the-conference-title = Maxaa dhaca shirka kadib?
guide-after-the-conference-summary = Diiwaanka qoran, kooxda asaasiga ah, booqashooyinka, shirarka dib-u-eegista iyo sida qorshe u dhammaado.

guide-after-the-conference-minutes-heading = Miyaan heli doonaa diiwaan qoran oo shirka ah?
guide-after-the-conference-minutes-text = Haa. Waxaa laguu soo diri doonaa [diiwaanka qoran ee shirka](glossary:minutes) (minutes). Wuxuu soo koobayaa arrimaha ugu muhiimsan ee la sheegay iyo waxa la go'aamiyay.
guide-after-the-conference-minutes-timing = { $council } waa inay kuu soo dirtaa { $minutes-days ->
        [one] [{ $minutes-days } maalin shaqo](glossary:working-days)
       *[other] [{ $minutes-days } maalmood oo shaqo](glossary:working-days)
    } gudahood laga bilaabo shirka.
guide-after-the-conference-minutes-letter = [Guddoomiyaha](glossary:independent-chair) ayaa sidoo kale kuu soo qori kara warqad xaqiijinaysa go'aannada iyo talooyinka.
guide-after-the-conference-minutes-confidential = Qaybaha qaar waxaa laga yaabaa in laga saaro nuqulkaaga haddii ay yihiin [sir](glossary:confidential).
guide-after-the-conference-minutes-wrong = Akhri diiwaanka qoran ee shirka. Haddii wax khaldan yihiin, guddoomiyaha si qoraal ah ugu sheeg. { $nation ->
        [wales] Gudaha Wales, soo dir faallooyinkaaga 10 [maalmood oo shaqo](glossary:working-days) gudahood laga bilaabo marka aad hesho diiwaanka qoran ee shirka.
       *[england] Tan samee sida ugu dhakhsaha badan. Goluhu wuxuu kuu sheegi doonaa haddii uu jiro waqti xad ah.
    }
guide-after-the-conference-minutes-keep = Diiwaanka qoran ee shirka ku kaydi meel ammaan ah oo gaar ah. [Wax badan ka akhri saxidda qaladaadka](page:your-records).
guide-after-the-conference-core-group-heading = Waa maxay kooxda asaasiga ahi?
guide-after-the-conference-core-group-text = Haddii ilmahaagu leeyahay { $nation ->
        [wales] [qorshaha ilaalinta daryeelka iyo taageerada](glossary:care-and-support-protection-plan)
       *[england] [qorshaha ilaalinta ilmaha](glossary:child-protection-plan)
    }, koox yar ayaa kula shaqeysa. Tan waxaa la yiraahdaa [kooxda asaasiga ah](glossary:core-group) (core group).

guide-after-the-conference-core-group-job = Shaqadeedu waa inay hubiso in qorshuhu dhaco, iyo inay eegto sida arrimuhu u socdaan.
guide-after-the-conference-core-group-members = Kooxda asaasiga ah waxaa u badan inay ku jiraan:
guide-after-the-conference-core-group-you = adiga, iyo waalidiin ama daryeelayaal kale oo jira
guide-after-the-conference-core-group-key-worker = [hawlwadeenkaaga muhiimka ah](glossary:key-worker) (key worker), oo ah hawlwadeen bulsho
guide-after-the-conference-core-group-school = macallin ama shaqaale xanaanada carruurta (nursery)
guide-after-the-conference-core-group-health = kalkaalisada caafimaadka guryaha (health visitor) ama kalkaalisada dugsiga
guide-after-the-conference-core-group-others = shaqaale kale oo xirfad leh oo inta badan arka qoyskaaga
guide-after-the-conference-core-group-child = ilmahaaga, haddii uu da' ahaan ku filan yahay oo uu fahmo wax ku filan

guide-after-the-conference-meetings-heading = Goorma ayay kooxda asaasiga ahi kulantaa?
guide-after-the-conference-meetings-first = Taariikhda kulanka koowaad waxaa lagu heshiiyaa shirka. Waxaa la filayaa inuu dhaco { $core-group-days ->
        [one] { $core-group-days } maalin shaqo
       *[other] { $core-group-days } maalmood oo shaqo
    } gudahood laga bilaabo shirka.
guide-after-the-conference-meetings-detail = Kulankaas koowaad, kooxdu waxay si faahfaahsan u dejisaa qorshaha.
guide-after-the-conference-meetings-often = Intaas kadib, kooxda asaasiga ahi waxay kulantaa ugu yaraan { $core-group-weeks ->
        [one] toddobaad kasta
       *[other] { $core-group-weeks } toddobaadba mar
    }.
guide-after-the-conference-meetings-what = Kulan kasta, waxaad si wadajir ah u eegaysaan qorshaha. Waxaad ka hadlaysaan waxa si fiican u dhacay iyo waxa weli u baahan inuu dhaco.

guide-after-the-conference-plan-heading = Maxuu qorshuhu sheegi doonaa?
guide-after-the-conference-plan-text = Qorshuhu wuxuu sheegaa:
guide-after-the-conference-plan-what = waxa u baahan in la sameeyo
guide-after-the-conference-plan-who = cidda samayn doonta
guide-after-the-conference-plan-where = meesha uu ka dhici doono
guide-after-the-conference-plan-when = goorta ay tahay in la dhammeeyo
guide-after-the-conference-plan-ask = Haddii aadan fahmin wax qorshaha ku jira, weydii. Waa in laguu caddeeyaa waxa lagaa codsanayo inaad samayso.

guide-after-the-conference-visits-heading = Hawlwadeenka bulshadu ma i soo booqan doonaa?
guide-after-the-conference-visits-text = Haa. Inta ilmahaagu qorshe leeyahay, hawlwadeenka bulshadu wuxuu soo booqan doonaa gurigaaga si uu u eego sida arrimuhu yihiin.
guide-after-the-conference-visits-kinds = Booqashooyinka qaar waa lala ballamin doonaa adiga. Qaar kale waxay noqon karaan [booqasho aan la sii sheegin](glossary:unannounced-visit) (unannounced). Tani waxay ka dhigan tahay in hawlwadeenka bulshadu yimaado isagoon marka hore kuu sheegin.
guide-after-the-conference-visits-child = Badanaa wuxuu rabi doonaa inuu arko ilmahaaga. Mararka qaar wuxuu ilmahaaga la hadli doonaa isagoo keligiis ah.

guide-after-the-conference-reviews-heading = Goorma ayuu yahay shirka xiga?
guide-after-the-conference-reviews-text = [Shirka dib-u-eegista](glossary:review-conference) wuxuu eegaa sida qorshuhu u socdo. Wuxuu go'aamiyaa in ilmahaagu weli u baahan yahay qorshe iyo in kale.
guide-after-the-conference-reviews-first = Dib-u-eegista koowaad waxaa la qabtaa { $first-review-months ->
        [one] { $first-review-months } bil
       *[other] { $first-review-months } bilood
    } gudahood laga bilaabo [shirka koowaad](glossary:initial-conference).
guide-after-the-conference-reviews-later = Intaas kadib, waxaa jira dib-u-eegis ugu yaraan { $later-review-months ->
        [one] bil kasta
       *[other] { $later-review-months } biloodba mar
    } inta ilmahaagu qorshe leeyahay.
guide-after-the-conference-reviews-reports = Warbixinnada waa in lagu siiyaa { $reports-review-days ->
        [one] { $reports-review-days } maalin shaqo
       *[other] { $reports-review-days } maalmood oo shaqo
    } ka hor dib-u-eegis kasta.

guide-after-the-conference-ending-heading = Goorma ayuu qorshe dhammaadaa?
guide-after-the-conference-ending-text = Qorshe wuxuu dhammaadaa marka:
guide-after-the-conference-ending-safe = shir dib-u-eegis ah uu go'aamiyo in ilmahaagu aanu hadda khatar ugu jirin [waxyeello culus](glossary:significant-harm)
guide-after-the-conference-ending-moved = qoyskaagu si joogto ah ugu guuro deegaanka gole kale, golaha cusubna uu la wareego
guide-after-the-conference-ending-eighteen = ilmahaagu gaaro 18 sano (waa in dib-u-eegis la qabtaa waqti ku dhow maalinta dhalashadiisa, markaas oo qorshuhu dhammaan karo)
guide-after-the-conference-ending-abroad = ilmahaagu si joogto ah uga baxo UK (Boqortooyada Midowday)
guide-after-the-conference-ending-died = Nasiib darro, qorshe sidoo kale wuu dhammaadaa haddii ilmo dhinto.
guide-after-the-conference-ending-wales = Gudaha Wales, magaca ilmahaaga waa laga saaraa [diiwaanka ilaalinta carruurta](glossary:child-protection-register) marka qorshuhu dhammaado.
guide-after-the-conference-ending-support = Marka qorshe dhammaado, weli waxaa laguu soo bandhigi karaa caawimaad qaar.

guide-after-the-conference-how-long-heading = Intee bay qorshayaashu badanaa socdaan?
guide-after-the-conference-how-long-text = Qorshayaasha badankood kama badna laba sano. Waqtigaas, badanaa arrimuhu si ku filan ayay isu beddelaan si ilmuhu ammaan u ahaado.
guide-after-the-conference-how-long-court = Qoysas tiro yar, arrimuhu ma hagaagaan. Markaas goluhu wuxuu ka codsan karaa maxkamad inay soo gasho. [Akhri waxa dhaca haddii arrimuhu aanay hagaagin](page:if-things-do-not-improve).

guide-after-the-conference-moving-heading = Ka warran haddii aan u guurno aag cusub?
guide-after-the-conference-moving-text = U sheeg hawlwadeenkaaga bulshada ka hor inta aadan guurin.
guide-after-the-conference-moving-transfer = Haddii aad si joogto ah ugu guurto deegaanka gole kale, golaha cusub waxaa la filayaa inuu qabto [shirka wareejinta](glossary:transfer-in-conference) (transfer-in conference). Shirkaas waxaa la filayaa inuu dhaco 15 [maalmood oo shaqo](glossary:working-days) gudahood laga bilaabo marka golaha cusubi ogaado guurista. Shirku wuxuu go'aamin doonaa in ilmahaagu weli u baahan yahay qorshe iyo in kale.

guide-after-the-conference-feedback-heading = Ma sheegi karaa waxa aan ka qabo shirka?
guide-after-the-conference-feedback-text = Golayaal badan ayaa waalidiinta iyo carruurta weydiiya waxa ay ka qabaan shirkooda. Tani waxay noqon kartaa foom ama sahan online ah. Waxaad codsan kartaa caawimaad aad ku buuxiso.
guide-after-the-conference-feedback-private = Jawaabahaaga si sir ah ayaa loo hayaa, waxayna caawiyaan hagaajinta adeegyada. Natiijooyinka la daabaco ma muujin doonaan cidda aad tahay.


## Page: if-things-do-not-improve

guide-if-things-do-not-improve-title = Ka warran haddii arrimuhu aanay hagaagin?
guide-if-things-do-not-improve-summary = Qorshayaasha kaydka ah, marxaladda maxkamadda ka horreysa, warqadda dacwadaha ka hor, iyo sida dhakhso loo helo caawimaad sharci.

guide-if-things-do-not-improve-review-heading = Maxaa dhaca haddii qorshuhu aanu shaqaynayn?
guide-if-things-do-not-improve-review-text = [Kooxda asaasiga ah](glossary:core-group) iyo shirarka dib-u-eegista ayaa eega sida qorshuhu u socdo. Haddii arrimuhu aanay isbeddelayn, waa inay kuu sheegaan waxa ay weli ka walwalsan yihiin.
guide-if-things-do-not-improve-review-help = Weydii waxa caawin lahaa. Qorshuhu wuu isbeddeli karaa, waxaadna codsan kartaa taageero ka duwan.
guide-if-things-do-not-improve-contingency = Qorshayaasha qaar waxay leeyihiin [qorshe kayd ah](glossary:contingency-plan) (contingency plan). Kani waa qorshe beddel ah. Wuxuu sheegaa waxa dhici doona haddii arrimuhu sii xumaadaan, ama haddii qorshaha ugu weyn uusan shaqayn.
guide-if-things-do-not-improve-contingency-ask = Weydii hawlwadeenkaaga bulshada haddii qorshaha ilmahaagu leeyahay mid, iyo waxa uu sheegayo.

guide-if-things-do-not-improve-pre-heading = Waa maxay marxaladda dacwadaha ka horreysa?
guide-if-things-do-not-improve-pre-text = Goluhu wuxuu bilaabi karaa inuu ka fikiro inuu maxkamad ka codsado inay go'aan ka gaarto ilmahaaga. Haddii ay sidaas tahay, badanaa wuxuu marka hore bilaabaa marxaladda [dacwadaha ka horreysa](glossary:pre-proceedings) (pre-proceedings).
guide-if-things-do-not-improve-pre-letter = Waxaad heli doontaa [warqadda dacwadaha ka hor](glossary:letter-before-proceedings) (letter before proceedings). Dadka qaar waxay ugu yeeraan warqadda PLO. PLO waxay u taagan tahay Public Law Outline, oo ah xeerarka kiisaskan.
guide-if-things-do-not-improve-pre-says = Warqaddu waxay sheegaysaa waxa goluhu ka walwalsan yahay iyo waxa u baahan inuu isbeddelo. Waxay kuu casuumaysaa kulan aad la yeelanayso golaha.
guide-if-things-do-not-improve-pre-chance = Tani waa fursad aad wax ku beddesho oo aad kaga fogaato maxkamad. Tag kulanka, qareenna la tag.
guide-if-things-do-not-improve-pre-emergency = Xaalad degdeg ah, goluhu wuxuu maxkamad aadi karaa isagoon marin marxaladdan.

guide-if-things-do-not-improve-legal-heading = Ma heli karaa caawimaad sharci oo bilaash ah?
guide-if-things-do-not-improve-legal-text = Haa. Haddii aad tahay waalid ama aad leedahay mas'uuliyadda waalidnimada, kaalmada sharcigu (legal aid) waxay marxaladdan bixisaa qareen. Dakhligaagu wax kama beddelo.
guide-if-things-do-not-improve-legal-fast = La xiriir qareen ku takhasusay sharciga carruurta isla marka aad hesho warqadda. [Akhri sida loo helo](page:bringing-someone).

guide-if-things-do-not-improve-family-heading = Qoyskaygu ma caawin karaa?
guide-if-things-do-not-improve-family-text = Haa. Goluhu waa inuu eegaa cidda qoyskaaga iyo saaxiibadaa ka mid ah ee caawin karta. [Shirka qoyska](glossary:family-group-conference) (family group conference) waa hal hab oo lagu sameeyo qorshe qoys.
guide-if-things-do-not-improve-family-care = Waxaa dhici karta in ilmo aanu si ammaan ah guriga ugu sii joogi karin. Markaas goluhu waa inuu marka hore ka fikiraa qoys ama saaxiibo daryeeli kara.

guide-if-things-do-not-improve-court-heading = Ka warran haddii goluhu maxkamad aado?
guide-if-things-do-not-improve-court-text = Tan waxaa la yiraahdaa [dacwadaha daryeelka](glossary:care-proceedings) (care proceedings). Maxkamadda ayaa go'aamisa, ee maaha golaha.
guide-if-things-do-not-improve-court-aid = Waalidiinta, iyo qof kasta oo leh mas'uuliyadda waalidnimada, waxay helaan kaalmada sharciga ee dacwadaha daryeelka, dakhligoodu wuxuu doono ha ahaadee.
guide-if-things-do-not-improve-court-keep = Sii wad imaanshaha kulamada iyo la shaqaynta shaqaalaha xirfadda leh haddii aad awoodo. Waxay muujinaysaa waxa aad ilmahaaga u samaynayso.


## Page: if-you-cannot-go

guide-if-you-cannot-go-title = Ka warran haddii aanan iman karin, ama aan lay casuumin?
guide-if-you-cannot-go-summary = Sida aragtidaada weli loo maqli karo haddii aad seegto shirka oo dhan ama qayb ka mid ah.
guide-if-you-cannot-go-why-heading = Maxay muhiim u tahay inaan tago haddii aan awoodo?
guide-if-you-cannot-go-why-text = Adigu waxaad tahay qayb aad muhiim ugu ah shirka. Haddii aad timaaddo, walwalka si toos ah ayaad u maqlaysaa. Waxaad sheegi kartaa dhinacaaga oo aad qaabayn kartaa waxa dhaca.
guide-if-you-cannot-go-why-hard = Imaanshuhu waxaa laga yaabaa inuu aad kugu adkaado, ama waxaa laga yaabaa inaadan rabin inaad timaaddo. Haddii ay sidaas tahay, la hadal [hawlwadeenkaaga bulshada](glossary:social-worker). Waxaa laga yaabaa inuu kuu fududayn karo.
guide-if-you-cannot-go-cannot-heading = Ka warran haddii aanan iman karin?
guide-if-you-cannot-go-cannot-text = U sheeg hawlwadeenkaaga bulshada sida ugu dhakhsaha badan. Weli waad sheegan kartaa rayigaaga. Waxaad awoodaa inaad:
guide-if-you-cannot-go-cannot-letter = warqad u qorto [guddoomiyaha](glossary:independent-chair) ama [isku-duwaha shirka](glossary:conference-coordinator), oo aad codsato in la wadaago
guide-if-you-cannot-go-cannot-report = soo dirto aragtidaada qoran, haddii aad qortay
guide-if-you-cannot-go-cannot-social-worker = u sheegto hawlwadeenkaaga bulshada aragtidaada, si ay ugu jirto warbixintiisa
guide-if-you-cannot-go-cannot-chair = codsato inaad la hadasho guddoomiyaha shirka ka hor
guide-if-you-cannot-go-cannot-online = weydiiso haddii aad ku soo biiri karto taleefan ama muuqaal

guide-if-you-cannot-go-not-invited-heading = Ka warran haddii aan lay casuumin?
guide-if-you-cannot-go-not-invited-text = Xaalado dhif ah, guddoomiyuhu wuxuu go'aamiyaa in waalid aanu iman. Tani waxay noqon kartaa maxaa yeelay guddoomiyuhu wuxuu u malaynayaa in shirku aanu si habboon u socon karin haddii waalidkaasi joogo. [Maxaa dhaca maalinta shirka](page:on-the-day) ayaa sheegaysa sababaha kale.
guide-if-you-cannot-go-not-invited-views = Aragtidaadu weli waa muhiim. Waxaad qori kartaa warqad, ama codsan kartaa inaad kaligaa la kulanto guddoomiyaha.

guide-if-you-cannot-go-part-heading = Ka warran haddii la iga codsado inaan ka baxo qayb ka mid ah?
guide-if-you-cannot-go-part-text = Badanaa dib ayaa laguugu yeeri doonaa marka qaybtaas dhammaato. Ma maqli doontid macluumaadka gaarka ah, laakiin weli waa laguu sheegi doonaa go'aanka.

guide-if-you-cannot-go-decision-heading = Sideen ku ogaan doonaa waxa la go'aamiyay?
guide-if-you-cannot-go-decision-text = Haddii aad joogto, go'aanka waxaad ku maqli doontaa shirka. Haddii aadan joogin, ama aad qayb keliya joogtay:
guide-if-you-cannot-go-decision-chair = guddoomiyuhu wuxuu kuu sheegi karaa go'aanka dhammaadka shirka
guide-if-you-cannot-go-decision-contact = ama qof ka socda shirka, badanaa hawlwadeenkaaga bulshada, ayaa kula soo xiriiri doona ama ku soo booqan doona si uu kuu sheego
guide-if-you-cannot-go-decision-letter = Guddoomiyuhu waa inuu sidoo kale kuu soo qoraa warqad xaqiijinaysa go'aannada. Waxaad heli doontaa [diiwaanka qoran ee shirka](glossary:minutes), marka laga reebo qaybaha [sirta ah](glossary:confidential).


## Page: confidentiality

guide-confidentiality-title = Yaa ogaan doona arrintan?
guide-confidentiality-summary = Waxa la wadaago, cidda aragta, iyo sida macluumaadka gaarka ah loo ilaaliyo.

guide-confidentiality-why-heading = Maxaa macluumaadka qoyskayga loo wadaagaa?
guide-confidentiality-why-text = Shirka, shaqaalaha xirfadda leh waxay wadaagaan macluumaad ku saabsan adiga iyo qoyskaaga. Waxay tan u sameeyaan si ay u fahmaan badbaadada iyo fayoobaanta ilmahaaga, oo ay u ogaadaan sida loo caawiyo.

guide-confidentiality-who-heading = Yaa arka macluumaadka?
guide-confidentiality-who-text = Wax kasta oo la wadaago waa [sir](glossary:confidential). Waxaa loo sheegaa oo keliya dadka u baahan inay ogaadaan, si ay u caawiyaan adiga iyo ilmahaaga.
guide-confidentiality-who-reminder = [Guddoomiyaha](glossary:independent-chair) ayaa qof walba oo shirka jooga xusuusin doona inuu sir yahay.
guide-confidentiality-who-minutes = [Diiwaanka qoran ee shirka](glossary:minutes) sidoo kale waa sir. Waxaa la siiyaa adiga iyo shaqaalaha xirfadda leh ee u baahan.
guide-confidentiality-who-supporter = Haddii aad keento qof kula socda, wuxuu maqli doonaa arrimo gaar ah. Markaa dooro qof aad aaminto.
guide-confidentiality-who-care = Ka taxaddar cidda aad tusto warbixinnada iyo diiwaanka qoran ee shirka. Ku kaydi meel ammaan ah.

guide-confidentiality-past-heading = Ka warran waayahaygii hore?
guide-confidentiality-past-text = Waxyaabaha badankood ee ku saabsan waayahaagii hore waa arrimahaaga gaarka ah. Waa in aan loo baahnayn in la wadaago.
guide-confidentiality-past-risk = Way ka duwan tahay haddii qof weyn oo qoyska ka mid ah lagu xukumay dambi ka dhan ah ilmo. Sidoo kale way ka duwan tahay haddii qof weyn loo malaynayo inuu khatar ku yahay carruurta.
guide-confidentiality-past-risk-told = Markaas waalidka kale ama daryeelaha badanaa waa loo sheegi doonaa, si uu u ilaaliyo ilmaha. [Hawlwadeenka bulshada](glossary:social-worker) ayaa badanaa marka hore la hadli lahaa qofka.
guide-confidentiality-past-tell = Waxaa laga yaabaa inaadan rabin in lammaanahaagu ogaado wax ku saabsan waayahaagii hore. Haddii ay sidaas tahay, u sheeg qofka xirfadda leh ee kula shaqeeya. Tan samee shirka ka hor.

guide-confidentiality-address-heading = Ka warran haddii aan qof loo oggolayn inuu ogaado meesha aan ku noolahay?
guide-confidentiality-address-text = Cinwaankaaga ama lambarka taleefankaaga waxaa laga yaabaa in loo baahdo in laga qariyo qof shirka jooga. Kani wuxuu noqon karaa lammaane hore. Haddii ay sidaas tahay, u sheeg guddoomiyaha ka hor inta uusan shirku bilaabmin.
guide-confidentiality-referrer-heading = Ma ogaan karaa cidda samaysay gudbinta?
guide-confidentiality-referrer-text = Qof ka mid ah dadweynaha ayaa codsan kara in magaciisa sir laga dhigo. Markaas laguuma sheegi doono. Haddii qof xirfad leh sameeyay [gudbinta](glossary:referral), badanaa waa laguu sheegi karaa cidda uu ahaa.

guide-confidentiality-leave-heading = Maxaa la iga codsan karaa inaan qolka ka baxo?
guide-confidentiality-leave-text = Mararka qaar waa in la wadaago macluumaad gaar ah oo ku saabsan qof kale, sida xubin kale oo qoyska ah. Ama booliisku waxay hayn karaan macluumaad aysan weli kula wadaagi karin. Markaas guddoomiyuhu wuxuu kaa codsan karaa inaad muddo gaaban ka baxdo. [Wax badan ka akhri](page:on-the-day).


## Page: what-to-expect

guide-what-to-expect-title = Maxaan ka filan karaa shaqaalaha xirfadda leh?
guide-what-to-expect-summary = Sida ay tahay in shaqaalaha xirfadda leh kula dhaqmaan, iyo waxa ay kaa codsan doonaan.

guide-what-to-expect-from-them-heading = Sidee ay tahay in shaqaalaha xirfadda leh ila dhaqmaan?
guide-what-to-expect-from-them-text = Shaqaalaha xirfadda leh waxay rabaan inay la shaqeeyaan adiga iyo qoyskaaga. Waxaad filan kartaa:
guide-what-to-expect-from-them-listened = in lagu dhegaysto
guide-what-to-expect-from-them-respect = in laguula dhaqmo si ixtiraam leh, isirkaaga, naafonimadaada, jinsigaaga, da'daada, diintaada ama jihada galmadaadu waxay doonaan ha ahaadeene
guide-what-to-expect-from-them-honest = in si daacad ah laguugu sheego waxa walwalku yahay, iyo waxa u baahan inuu isbeddelo si walwalku u yaraado
guide-what-to-expect-from-them-explained = in wax laguugu sharxo erayo aad fahmayso
guide-what-to-expect-from-them-involved = in wararka lagula socodsiiyo, oo laguu qayb geliyo go'aannada
guide-what-to-expect-from-them-reports = inaad hesho warbixinnada { $reports-initial-days ->
        [one] [{ $reports-initial-days } maalin shaqo](glossary:working-days)
       *[other] [{ $reports-initial-days } maalmood oo shaqo](glossary:working-days)
    } ka hor [shirka koowaad](glossary:initial-conference), iyo { $reports-review-days ->
        [one] { $reports-review-days } maalin shaqo
       *[other] { $reports-review-days } maalmood oo shaqo
    } ka hor dib-u-eegis
guide-what-to-expect-from-them-minutes = inaad hesho [diiwaanka qoran ee shirka](glossary:minutes) { $minutes-days ->
        [one] { $minutes-days } maalin shaqo
       *[other] { $minutes-days } maalmood oo shaqo
    } gudahood laga bilaabo shirka
guide-what-to-expect-from-them-help = inaad hesho caawimaadda laguu soo bandhigay, waqtiga lagu heshiiyay gudihiis
guide-what-to-expect-from-them-reliable = inaad aragto shaqaalaha xirfadda leh oo samaynaya waxa ay sheegeen inay samayn doonaan
guide-what-to-expect-from-them-interpreter = inaad yeelato [turjubaan](glossary:interpreter) haddii aad u baahato
guide-what-to-expect-from-them-private = in macluumaadkaaga gaarka ah loo hayo si [sir ah](glossary:confidential)
guide-what-to-expect-from-them-tell = Haddii aad dareento in tani aanay dhacayn, u sheeg [hawlwadeenkaaga bulshada](glossary:social-worker) ama [guddoomiyaha](glossary:independent-chair). Waxaad kaloo [gudbin kartaa cabasho](page:complaints).
guide-what-to-expect-from-you-heading = Maxay shaqaalaha xirfadda leh iga filan doonaan?
guide-what-to-expect-from-you-text = Shaqaalaha xirfadda leh waxay kaa codsan doonaan inaad:
guide-what-to-expect-from-you-work = la shaqayso si ilmahaaga loo ilaaliyo
guide-what-to-expect-from-you-meetings = timaaddo kulamada, ama u sheegto haddii aadan iman karin
guide-what-to-expect-from-you-plan = samayso waxyaabaha qorshaha ku jira ee adiga kuu gaarka ah
guide-what-to-expect-from-you-see = u oggolaato inay arkaan ilmahaaga, oo ay ku jirto guriga
guide-what-to-expect-from-you-honest = runta u sheegto oo aad daacad la ahaato, oo aad u sheegto haddii arrimuhu isbeddelaan
guide-what-to-expect-from-you-ask = u sheegto marka aadan wax fahmin
guide-what-to-expect-from-you-perfect = Qofna kama filayo inaad noqoto qof dhammaystiran. Waxay rabaan inay arkaan arrimaha ilmahaaga oo fiicnaanaya.

guide-what-to-expect-why-heading = Maxay sidan ugu shaqeeyaan?
guide-what-to-expect-why-text = Shaqadooda koowaad waa inay carruurta ilaaliyaan. Waxay isku dayaan inay tan ku sameeyaan la shaqaynta waalidiinta.
guide-what-to-expect-why-better = Waayo-aragnimadooda, si dhow ula shaqaynta qoysaska waxay keentaa natiijooyin ka fiican qof walba.


## Page: your-records

guide-your-records-title = Arkidda faylkaaga iyo saxidda qaladaadka
guide-your-records-summary = Sida loo saxo qaladaadka warbixinnada iyo diiwaanka qoran ee shirka, iyo sida aad u aragto waxa goluhu kaa qoray.

guide-your-records-reports-heading = Ka warran haddii warbixin khaldan tahay?
guide-your-records-reports-text = Akhri warbixinnada isla marka aad hesho. Calaamadee wax kasta oo khaldan, ka maqan ama aan caddaalad ahayn.
guide-your-records-reports-before = U sheeg qofka qoray warbixinta, ama hawlwadeenkaaga bulshada, shirka ka hor. Ka codso inay saxaan xaqiiqooyinka khaldan.
guide-your-records-reports-chair = Waxaad kaloo u sheegi kartaa [guddoomiyaha](glossary:independent-chair) bilowga shirka. Codso in aragtidaada lagu qoro [diiwaanka qoran ee shirka](glossary:minutes).
guide-your-records-reports-opinion = Warbixin ayaa laga yaabaa inay sheegto ra'yiga qof xirfad leh oo aadan ku raacsanayn. Waxaa laga yaabaa inaanu beddelin, laakiin aragtidaada sidoo kale waa in la diiwaangeliyaa.

guide-your-records-minutes-heading = Ka warran haddii diiwaanka qoran ee shirku khaldan yahay?
guide-your-records-minutes-text = Akhri diiwaanka qoran ee shirka marka uu yimaado. Haddii wax khaldan yihiin, u qor guddoomiyaha oo sheeg waxa ay tahay in la beddelo.
guide-your-records-minutes-time = { $nation ->
    [wales] Gudaha Wales, soo dir faallooyinkaaga 10 [maalmood oo shaqo](glossary:working-days) gudahood laga bilaabo marka aad hesho diiwaanka qoran ee shirka.
   *[england] Tan samee sida ugu dhakhsaha badan. Goluhu wuxuu kuu sheegi doonaa haddii uu jiro waqti xad ah.
}
guide-your-records-minutes-keep = Nuqul ka kaydso waxa aad dirto. Haddii diiwaanka qoran ee shirka aan la beddelin, codso in faallooyinkaaga lala kaydiyo.

guide-your-records-file-heading = Ma arki karaa faylkayga?
guide-your-records-file-text = Haa. Waxaad golaha ka codsan kartaa nuqul ka mid ah macluumaadka uu kaa hayo. Tan waxaa la yiraahdaa [codsiga helitaanka xogta qofka](glossary:subject-access-request) (subject access request).
guide-your-records-file-how = U qor golaha, ama isticmaal foomka ku yaal websaydkiisa. Sheeg waxa aad rabto, tusaale ahaan diiwaannadaada adeegyada carruurta.
guide-your-records-file-time = Goluhu badanaa wuxuu haystaa hal bil uu kaga jawaabo. Badanaa waa bilaash.
guide-your-records-file-hidden = Qaybaha qaar waxaa laga yaabaa in la madoobeeyo. Tani waxay noqon kartaa macluumaad ku saabsan dad kale, ama macluumaad qof khatar gelin kara.
guide-your-records-file-child = Haddii aad leedahay mas'uuliyadda waalidnimada, badanaa waxaad sidoo kale codsan kartaa diiwaannada ilmahaaga. Ilmo weyn waxaa la weydiin karaa inuu oggol yahay.
guide-your-records-file-correct = Haddii macluumaadkaaga shakhsiga ahi khaldan yahay, waxaad golaha ka codsan kartaa inuu saxo. Tani waa xaqaaga sida ku qoran sharciga ilaalinta xogta.
guide-your-records-file-ico = Haddii aadan ku qanacsanayn jawaabta golaha, waxaad cabasho u gudbin kartaa Information Commissioner's Office (Xafiiska Guddiga Macluumaadka).


## Page: complaints

guide-complaints-title = Ka warran haddii aanan ku raacsanayn ama aanan faraxsanayn?
guide-complaints-summary = Sida looga doodo qaabka shirka loo maamulay, ama waxa uu go'aamiyay. Iyo cidda eegi karta golaha kadib.

guide-complaints-meeting-heading = Maxaan shirka ku samayn karaa?
guide-complaints-meeting-text = Haddii aadan ku raacsanayn, ka sheeg shirka. Codso in aragtidaada lagu qoro [diiwaanka qoran ee shirka](glossary:minutes).
guide-complaints-meeting-report = Shirka ka hor, waxaad qori kartaa sababta aadan ugu raacsanayn. Guddoomiyuhu wuu akhrin karaa, waxaana lagu lifaaqi karaa diiwaanka qoran ee shirka.

guide-complaints-first-heading = Yaan marka hore la hadlaa?
guide-complaints-first-text = La hadal [guddoomiyaha](glossary:independent-chair) ama [hawlwadeenkaaga bulshada](glossary:social-worker). Way kaala hadli karaan arrinta. Waxay kaloo ku siin karaan nuqul ka mid ah habka cabashooyinka.
guide-complaints-first-sorted = Dhibaatooyinka qaar sidan ayaa lagu xallin karaa.

guide-complaints-conference-heading = Ma ka caban karaa shirka?
guide-complaints-conference-text = { $nation ->
    [wales] Haa. Gudaha Wales, [Wales Safeguarding Procedures](glossary:wales-safeguarding-procedures) (Hababka Ilaalinta ee Wales) ayaa sheegaya waxa aad ka caban karto.
   *[england] Haa. Gudaha England, gole kastaa wuxuu leeyahay hab u gaar ah oo lagu gudbiyo cabashooyinka ku saabsan shirarka.
}

guide-complaints-conference-writing = Haddii aad awoodo, cabashadaada qoraal ku gudbi. Goluhu wuxuu kuu sheegi doonaa cidda aad u dirayso.

guide-complaints-wales-process = Waxaad ka caban kartaa sida shirka loo maamulay, tusaale ahaan haddii aan la raacin hababka.
guide-complaints-wales-decision = Waxaad kaloo ka caban kartaa go'aanka lagu geliyay ilmahaaga [diiwaanka ilaalinta carruurta](glossary:child-protection-register), ama lagaga saaray. Laakiin oo keliya haddii aan la raacin hababka, taasina ay saamaysay go'aanka.
guide-complaints-wales-category = Sidaas oo kale ayay u tahay [nooca diiwaangelinta](glossary:category-of-harm) (category of registration), oo ah nooca waxyeellada la diiwaangeliyay.
guide-complaints-wales-start = Si aad u bilowdo cabasho, la hadal hawlwadeenka bulshada ee ilmahaaga ama guddoomiyaha. Waxay kuu sheegi karaan cidda aad u qorayso.

guide-complaints-england-text = { $conference-decisions ->
    [can-be-challenged] Golaha { $council }, waxaad codsan kartaa in go'aanka shirka dib loo eego. Waxaad kaloo ka caban kartaa sida shirka loo maamulay.
    [process-only] Golaha { $council }, waxaad ka caban kartaa sida shirka loo maamulay. Cabasho laguma codsan karo in go'aanka laftiisa dib loo eego.
   *[not-set] Golayaasha qaar waxay kuu oggolaadaan inaad ka doodo go'aanka shirka. Qaar kale waxay eegaan oo keliya sida shirka loo maamulay. Weydii { $council } waxa habkiisu oggol yahay.
}
guide-complaints-england-ask = Hawlwadeenkaaga bulshada ama guddoomiyaha ayaa ku siin kara nuqul ka mid ah habka.

guide-complaints-change-heading = Cabashadu ma beddeli doontaa go'aanka?
guide-complaints-change-text = Kaligeed ma beddesho. Go'aanku wuu sii jiraa, qorshuhuna wuu sii socdaa, inta cabashadaada la eegayo.
guide-complaints-change-outcome = Haddii cabashadaada la aqbalo, waxaa dhici kara shir cusub oo leh guddoomiye kale. Ama shirka dib-u-eegista ee xiga ayaa laga yaabaa in la soo dedejiyo.

guide-complaints-services-heading = Ka warran haddii aanan ku faraxsanayn adeegyada carruurta?
guide-complaints-services-text = Waxaad ka caban kartaa sida [adeegyada carruurta](glossary:children-services) u dhaqmeen, tusaale ahaan haddii aan laguula dhaqmin si ixtiraam leh. Qor waxa dhacay iyo waxa aad rabto in la beddelo.

guide-complaints-professional-heading = Ka warran haddii aanan ku faraxsanayn hal qof oo xirfad leh?
guide-complaints-professional-text = Adeeg kasta, sida dugsi, isbitaal ama booliska, wuxuu leeyahay hab cabasho oo u gaar ah. Weydii faahfaahinta.

guide-complaints-time-heading = Ma jiraa waqti xad ah?
guide-complaints-time-text = Cabashooyinku badanaa waxay leeyihiin waqti xad ah. Isku day inaad cabashada gudbiso sida ugu dhakhsaha badan. Goluhu wuxuu kuu sheegi doonaa waqtiyadiisa xadka ah.

guide-complaints-still-heading = Ka warran haddii aanan weli faraxsanayn?
guide-complaints-still-text = Waxaa laga yaabaa inaadan weli faraxsanayn xataa kadib habka cabashooyinka golaha. Markaas waxaad ka codsan kartaa [garyaqaanka dadweynaha](glossary:ombudsman) (ombudsman) inuu eego. Waa bilaash.
guide-complaints-still-who = { $nation ->
    [wales] Gudaha Wales, kani waa Public Services Ombudsman for Wales. Websaydkiisu waa ombudsman.wales.
   *[england] Gudaha England, kani waa Local Government and Social Care Ombudsman. Websaydkiisu waa lgo.org.uk.
}
guide-complaints-still-first = Ombudsman-ku badanaa wuxuu kaa filayaa inaad marka hore cabasho u gudbiso golaha, oo aad siiso waqti uu ku jawaabo.
guide-complaints-still-advice = Waxaad kaloo heli kartaa [talo sharci](page:bringing-someone) waqti kasta.

guide-complaints-contacts = Xiriirka cabashooyinka golaha wuxuu ku yaal bogga [caawimaadda iyo meelaha la la xiriiro](page:help-and-contacts).


## Page: glossary

guide-glossary-title = Erayada iyo macnahooda
guide-glossary-summary = Macnaha fudud ee erayada aad maqli karto shirka ka hor, inta lagu jiro iyo kadib.

glossary-advocate-term = U-doode (Advocate)
glossary-advocate-definition = Qof kaa caawiya adiga, ama ilmahaaga, inaad sheegtaan waxa aad u malaynaysaan, oo hubiya in laydin dhegaysto. Wuxuu noqon karaa shaqaale tababaran, ama qof ku taageera oo aad doorato.

glossary-care-and-support-protection-plan-term = Qorshaha ilaalinta daryeelka iyo taageerada (Care and support protection plan)
glossary-care-and-support-protection-plan-definition = Magaca Wales loogu yeero qorshe lagu ilaalinayo ilmo si uusan u gaarin waxyeello culus. Ilmaha leh qorshahan magaciisu wuxuu ku jiraa diiwaanka ilaalinta carruurta.

glossary-care-and-support-plan-term = Qorshaha daryeelka iyo taageerada (Care and support plan)
glossary-care-and-support-plan-definition = Gudaha Wales, qorshe caawimaad oo loogu talagalay ilmo iyo qoys u baahan daryeel iyo taageero. Waxaa lagu sameeyaa Social Services and Well-being (Wales) Act 2014 (Sharciga Adeegyada Bulshada iyo Fayoobaanta ee Wales 2014).

glossary-care-proceedings-term = Dacwadaha daryeelka (Care proceedings)
glossary-care-proceedings-definition = Dacwad maxkamadeed oo goluhu ka codsado garsoore inuu go'aan ka gaaro daryeelka ilmo. Waa ka gooni shirka.

glossary-category-of-harm-term = Nooca waxyeellada (Category of harm)
glossary-category-of-harm-definition = { $nation ->
    [wales] Nooca waxyeello ee shirku ka walwalsan yahay. Gudaha Wales, waxaa la yiraahdaa nooca diiwaangelinta (category of registration). Waa shan: xadgudub jidh ahaaneed, dareen ahaaneed ama nafsi ah, galmo iyo dhaqaale, iyo dayacaad.
   *[england] Nooca waxyeello ee shirku ka walwalsan yahay. Gudaha England, waa afar: xadgudub jidh ahaaneed, xadgudub dareen ahaaneed, xadgudub galmo iyo dayacaad.
}

glossary-child-in-need-plan-term = Qorshaha Ilmaha Baahan (Child in Need plan)
glossary-child-in-need-plan-definition = Gudaha England, qorshe caawimaad oo loogu talagalay ilmo iyo qoyskiisa. Waxaa la samayn karaa marka ilmuhu aanu u baahnayn qorshaha ilaalinta ilmaha. Gudaha Wales, qorshaha daryeelka iyo taageerada ayaa qabta shaqo la mid ah.

glossary-child-protection-conference-term = Shirka ilaalinta ilmaha (Child protection conference)
glossary-child-protection-conference-definition = Shir rasmi ah oo ay yeeshaan waalidiinta, shaqaalaha xirfadda leh iyo mararka qaar ilmaha. Wuxuu eegaa walwalka oo wuxuu go'aamiyaa in ilmuhu u baahan yahay qorshe lagu ilaaliyo.

glossary-child-protection-plan-term = Qorshaha ilaalinta ilmaha (Child protection plan)
glossary-child-protection-plan-definition = Qorshe qoran oo ilmo looga ilaalinayo waxyeello culus. Wuxuu sheegaa waxa u baahan inuu dhaco, cidda samayn doonta, iyo goorta ay tahay in la sameeyo.

glossary-child-protection-register-term = Diiwaanka ilaalinta carruurta (Child protection register)
glossary-child-protection-register-definition = Gudaha Wales, liiska carruurta leh qorshaha ilaalinta daryeelka iyo taageerada. Gudaha England, dadku waxay oran karaan "ku jira diiwaanka" (on the register) iyagoo ula jeeda in ilmuhu leeyahay qorshaha ilaalinta ilmaha.

glossary-children-services-term = Adeegyada carruurta (Children's services)
glossary-children-services-definition = Qaybta golaha ee caawisa ilaalinta carruurta oo taageerta qoysaska. Hawlwadeennada bulshadu halkaas ayay ka shaqeeyaan.

glossary-conference-coordinator-term = Isku-duwaha shirka (Conference coordinator)
glossary-conference-coordinator-definition = Shaqaale golaha ka tirsan oo diyaariya shirarka. Wuxuu diraa casuumaadaha iyo waraaqaha. Golayaasha qaar magac kale ayay u isticmaalaan shaqadan.

glossary-confidential-term = Sir (Confidential)
glossary-confidential-definition = Gaar ah. Macluumaadka sirta ah waxaa lala wadaagaa oo keliya dadka u baahan inay ogaadaan.


glossary-core-group-term = Kooxda asaasiga ah (Core group)
glossary-core-group-definition = Koox yar, oo adiga ku jirto, oo inta badan kulanta. Waxay fulisaa qorshaha oo waxay eegtaa sida uu u socdo.

glossary-contingency-plan-term = Qorshe kayd ah (Contingency plan)
glossary-contingency-plan-definition = Qorshe beddel ah. Wuxuu sheegaa waxa dhici doona haddii qorshaha ugu weyn uusan shaqayn, ama haddii arrimuhu isbeddelaan.

glossary-emotional-abuse-term = { $nation ->
    [wales] Xadgudub dareen ahaaneed ama nafsi ah (Emotional or psychological abuse)
   *[england] Xadgudub dareen ahaaneed (Emotional abuse)
}
glossary-emotional-abuse-definition = Waxyeello loo geysto dareenka ilmaha, tusaale ahaan in inta badan la cabsi geliyo, la iska indho tiro ama la dareensiiyo inuusan qiimo lahayn. Waxaa ku jiri kara inuu arko ama maqlo rabshad guriga ka dhacda.

glossary-family-group-conference-term = Shirka qoyska (Family group conference)
glossary-family-group-conference-definition = Kulan ay qoyskaaga iyo saaxiibadaa ku sameeyaan qorshe iyaga u gaar ah oo caawiya ilaalinta ilmo. Isku-duwe madax-bannaan ayaa caawiya diyaarintiisa.

glossary-financial-abuse-term = Xadgudub dhaqaale (Financial abuse)
glossary-financial-abuse-definition = Gudaha Wales, mid ka mid ah noocyada waxyeellada. Waxay ka dhigan tahay in la qaato ama si khaldan loo isticmaalo lacagta ama alaabta ilmo, tusaale ahaan in la iibiyo waxyaabihiisa.

glossary-hybrid-meeting-term = Kulan isku-dhafan (Hybrid meeting)
glossary-hybrid-meeting-definition = Kulan dadka qaar qolka joogaan, qaar kalena ku soo biiraan muuqaal (video).

glossary-independent-chair-term = Guddoomiye madax-bannaan (Independent chair)
glossary-independent-chair-definition = Qofka maamula shirka. Badanaa waa maamule sare oo golaha ka tirsan oo aan wax qayb ah ku lahayn maaraynta kiiska ilmahaaga. Wuxuu hubiyaa in shirku caddaalad yahay.

glossary-independent-reviewing-officer-term = Sarkaalka Dib-u-eegista ee Madax-bannaan (Independent Reviewing Officer)
glossary-independent-reviewing-officer-definition = Sarkaal golaha ka tirsan oo shaqadiisa sharci tahay inuu hubiyo qorshayaasha carruurta daryeelka (in care) ku jira. Golayaasha qaar waxay sidoo kale saraakiishan ka codsadaan inay guddoomiyaan shirarka.

glossary-initial-conference-term = Shirka koowaad (Initial conference)
glossary-initial-conference-definition = Shirka ilaalinta ilmaha ee ugu horreeya ee ku saabsan ilmo. Waxaa la qabtaa baaritaannada Qodobka 47 kadib.

glossary-interpreter-term = Turjubaan (Interpreter)
glossary-interpreter-definition = Qof luqaddaada kuugu sheega waxa dadka kale sheegaan, oo Ingiriisi ku sheega waxa aad sheegto. Lacag kama bixisid.

glossary-key-worker-term = Hawlwadeenka muhiimka ah (Key worker)
glossary-key-worker-definition = { $nation ->
    [wales] Hawlwadeenka bulshada ee isku dubbarida qorshaha oo ah qofka ugu muhiimsan ee aad la xiriirto. Gudaha Wales, waxaa loo yaqaan isku-duwaha qorshaha ilaalinta daryeelka iyo taageerada (care and support protection plan co-ordinator).
   *[england] Hawlwadeenka bulshada ee hogaamiya qorshaha oo ah qofka ugu muhiimsan ee aad la xiriirto. Gudaha England, waxaa loo yaqaan hawlwadeenka bulshada ee hogaaminaya (lead social worker). Golayaasha qaar hadda waxay yiraahdaan lead practitioner.
}

glossary-legal-aid-term = Kaalmada sharciga (Legal aid)
glossary-legal-aid-definition = Lacag dawladeed oo lagu bixiyo caawimaadda sharciga, dadka u qalma. Badanaa waa inaad gudubto imtixaanka dhaqaalaha (means test) iyo imtixaanka mudnaanta (merits test). Warqadda dacwadaha ka hor kadib, waalidiintu way helaan dakhligoodu wuxuu doono ha ahaadee.

glossary-letter-before-proceedings-term = Warqadda dacwadaha ka hor (Letter before proceedings)
glossary-letter-before-proceedings-definition = Warqad ka timaadda golaha oo sheegaysa inuu ka fikirayo inuu maxkamad aado. Waxay sheegaysaa waxa ay tahay inuu isbeddelo, oo waxay kuu casuumaysaa kulan. Dadka qaar waxay ugu yeeraan warqadda PLO.

glossary-minutes-term = Diiwaanka qoran ee shirka (Minutes)
glossary-minutes-definition = Diiwaanka qoran ee kulan. Wuxuu soo koobaa arrimaha ugu muhiimsan ee la sheegay iyo go'aannada la gaaray.

glossary-neglect-term = Dayacaad (Neglect)
glossary-neglect-definition = Marka baahiyaha aasaasiga ah ee ilmo aan la buuxin mar kasta iyo mar kale. Baahiyaha waxaa ka mid ah cunto, diirimaad, badbaado, daryeel caafimaad iyo jacayl.

glossary-ombudsman-term = Garyaqaanka dadweynaha (Ombudsman)
glossary-ombudsman-definition = Xafiis madax-bannaan oo baara cabashooyinka ku saabsan adeegyada dadweynaha, bilaash. { $nation ->
    [wales] Gudaha Wales, waa Public Services Ombudsman for Wales.
   *[england] Gudaha England, cabashooyinka ku saabsan golayaasha waxay u socdaan Local Government and Social Care Ombudsman.
}

glossary-parental-responsibility-term = Mas'uuliyadda waalidnimada (Parental responsibility)
glossary-parental-responsibility-definition = Xuquuqda iyo waajibaadka sharci ee waalid u leeyahay ilmo. Hooyada dhashay way leedahay, haddii aysan ku dhammaan korsasho (adoption), ama amar waalidnimo (parental order) kadib uur-qaadis beddel ah (surrogacy). Aabbayaal badan, iyo dad kale qaarkood, sidoo kale way leeyihiin.

glossary-physical-abuse-term = Xadgudub jidh ahaaneed (Physical abuse)
glossary-physical-abuse-definition = In jidhka ilmo la dhaawaco, tusaale ahaan garaacid, ruxid, gubid ama sumayn.

glossary-pre-birth-conference-term = Shirka ka hor dhalashada (Pre-birth conference)
glossary-pre-birth-conference-definition = Shirka ilaalinta ilmaha oo la qabto ka hor inta aan ilmo dhalan. Wuxuu qorsheeyaa sida ilmaha loo ilaalin doono dhalashada kadib.

glossary-pre-proceedings-term = Marxaladda dacwadaha ka horreysa (Pre-proceedings)
glossary-pre-proceedings-definition = Marxaladda ka horreysa marka goluhu ka codsado maxkamad inay go'aan ka gaarto ilmo. Waxay ku bilaabataa warqadda dacwadaha ka hor, oo sheegaysa waxa ay tahay inuu isbeddelo.

glossary-probation-officer-term = Sarkaalka kormeerka dambiilayaasha (Probation officer)
glossary-probation-officer-definition = Qof kormeera qof ciqaab ku haysta bulshada dhexdeeda, ama kadib marka uu xabsiga ka soo baxo.


glossary-referral-term = Gudbin (Referral)
glossary-referral-definition = Marka qof u sheego adeegyada carruurta inuu ka walwalsan yahay ilmo.

glossary-reasonable-adjustments-term = Isbeddello macquul ah (Reasonable adjustments)
glossary-reasonable-adjustments-definition = Isbeddello ay adeegyadu waajib ku tahay inay sameeyaan si dadka naafada ahi u isticmaali karaan. Equality Act 2010 (Sharciga Sinnaanta 2010) ayaa sidaas leh. Tusaalooyin waa jid janjeera (ramp), qalabka maqalka (hearing loop) ama waraaqo akhris fudud ah.

glossary-review-conference-term = Shirka dib-u-eegista (Review conference)
glossary-review-conference-definition = Shir dambe oo eega sida qorshuhu u socdo. Wuxuu go'aamiyaa in ilmuhu weli u baahan yahay qorshe iyo in kale.

glossary-section-47-enquiry-term = Baaritaanka Qodobka 47 (Section 47 enquiry)
glossary-section-47-enquiry-definition = Baaritaanno ay adeegyada carruurtu sharci ahaan waajib ku tahay inay sameeyaan, marka ilmo khatar ugu jiri karo waxyeello culus. Magacu wuxuu ka yimid Qodobka 47 ee Children Act 1989 (Sharciga Carruurta 1989).

glossary-sexual-abuse-term = Xadgudub galmo (Sexual abuse)
glossary-sexual-abuse-definition = In ilmo lagu qasbo ama lagu dhiiri geliyo inuu ka qayb galo falal galmo, ama inuu eego waxyaabo galmo ah. Waxay sidoo kale ka dhici kartaa internetka.

glossary-significant-harm-term = Waxyeello culus (Significant harm)
glossary-significant-harm-definition = Waxyeello aad u daran oo isbeddel dhab ah ku keenta caafimaadka ama koritaanka ilmo. Waxay noqon kartaa waxyeello dhacday, ama mid dhici karta.

glossary-signs-of-safety-term = Signs of Safety (Calaamadaha Badbaadada)
glossary-signs-of-safety-definition = Hab shaqo oo golayaasha qaar isticmaalaan. Wuxuu weydiiyaa waxa si fiican u shaqaynaya, waxa dadku ka walwalsan yihiin, iyo waxa u baahan inuu dhaco.

glossary-social-services-wellbeing-act-term = Social Services and Well-being (Wales) Act 2014 (Sharciga Adeegyada Bulshada iyo Fayoobaanta ee Wales 2014)
glossary-social-services-wellbeing-act-definition = Sharciga ugu weyn ee adeegyada bulshada ee Wales, oo ay ku jirto ilaalinta carruurta. Waa mid ka mid ah sababaha Wales u isticmaasho erayo qaar oo kala duwan.

glossary-social-worker-term = Hawlwadeenka bulshada (Social worker)
glossary-social-worker-definition = Qof xirfad leh oo tababaran oo la shaqeeya carruurta iyo qoysaska. Hawlwadeenka bulshada ee ilmahaaga ayaa hogaamiya shaqada lagu ilaalinayo ilmahaaga. Dadka qaar waxay ugu yeeraan "shaqaalaha bulshada".

glossary-solicitor-term = Qareen (Solicitor)
glossary-solicitor-definition = Qareen ku siin kara talo sharci. Shirka, qareenku wuxuu u joogaa inuu ku taageero, ee maaha inuu kaaga hadlo.

glossary-strategy-discussion-term = Wada-hadalka qorshaynta (Strategy discussion)
glossary-strategy-discussion-definition = Wada-hadal dhexmara adeegyada carruurta, booliska, adeegyada caafimaadka iyo kuwo kale, marka ay ka walwalsan yihiin ilmo. Waxay go'aamiyaan in la bilaabo baaritaannada Qodobka 47 iyo in kale. Waalidiintu badanaa kama qayb qaataan.

glossary-subject-access-request-term = Codsiga helitaanka xogta qofka (Subject access request)
glossary-subject-access-request-definition = Codsi aad ku aragto macluumaadka shakhsiga ah ee hay'ad kaa hayso. Golayaashu badanaa waa inay ku jawaabaan hal bil gudaheed. Badanaa waa bilaash.

glossary-transfer-in-conference-term = Shirka wareejinta (Transfer-in conference)
glossary-transfer-in-conference-definition = Shir uu qabto gole cusub marka ilmo qorshe leh uu si joogto ah ugu guuro halkaas. Waxaa la filayaa inuu dhaco 15 maalmood oo shaqo gudahood laga bilaabo marka golaha cusubi ogaado guurista.

glossary-unannounced-visit-term = Booqasho aan la sii sheegin (Unannounced visit)
glossary-unannounced-visit-definition = Booqasho gurigaaga uu ku yimaado qof xirfad leh, isagoon marka hore kuu sheegin.

glossary-wales-safeguarding-procedures-term = Wales Safeguarding Procedures (Hababka Ilaalinta ee Wales)
glossary-wales-safeguarding-procedures-definition = Tallaabooyinka adeeg kasta oo Wales ah uu raaco si uu u ilaaliyo carruurta iyo dadka waaweyn ee khatarta ku jira. Waxaa ku jira sida shirarku u shaqeeyaan.

glossary-working-days-term = Maalmaha shaqada (Working days)
glossary-working-days-definition = Isniin ilaa Jimco. Dhammaadka toddobaadka iyo fasaxyada dadweynaha (bank holidays) laguma tiriyo.

glossary-working-together-term = Working Together to Safeguard Children (Wada Shaqaynta Ilaalinta Carruurta)
glossary-working-together-definition = Hagaha dawladda ee England ee ku saabsan sida adeegyadu u wada shaqeeyaan si ay carruurta u ilaaliyaan. Waaxda Waxbarashada (Department for Education) ayaa daabacda. Nuqulka ugu dambeeyay waa 2023.

glossary-working-together-to-safeguard-people-term = Working Together to Safeguard People (Wada Shaqaynta Ilaalinta Dadka)
glossary-working-together-to-safeguard-people-definition = Hagaha Dawladda Wales ee ku saabsan ilaalinta carruurta iyo dadka waaweyn. Wuxuu la socdaa Social Services and Well-being (Wales) Act 2014.
## Page: help-and-contacts

guide-help-and-contacts-title = Caawimaad iyo meelaha la la xiriiro
guide-help-and-contacts-summary = Sida loola xiriiro { $council }, inta ay arrimuhu qaataan, iyo meelo kale oo caawimaad laga helo.
guide-help-and-contacts-danger = Haddii adiga ama ilmahaagu hadda khatar ku jirtaan, wac 999.

guide-help-and-contacts-council-heading = Sideen ula xiriiraa golaha?
guide-help-and-contacts-council-text = [Hawlwadeenkaaga bulshada](glossary:social-worker) ayaa badanaa ah qofka ugu horreeya ee la la xiriiro. Kuwani waa macluumaadka xiriirka ee { $council }, oo ay ku jirto sida cabasho loo gudbiyo.

guide-help-and-contacts-timescales-heading = Intee bay arrimuhu qaataan?
guide-help-and-contacts-timescales-text = Kuwani waa waqtiyada ay { $council } u shaqayso. [Maalmaha shaqada](glossary:working-days) waa Isniin ilaa Jimco, fasaxyada dadweynaha (bank holidays) laguma tiriyo.

guide-help-and-contacts-support-heading = Xaggee kale ka heli karaa caawimaad?
guide-help-and-contacts-support-text = Waxaa jira noocyo kale oo caawimaad ah. Hawlwadeenkaaga bulshada, dhakhtarkaaga qoyska (GP) ama kalkaalisada caafimaadka guryaha (health visitor) ayaa kuu sheegi kara waxa kuu dhow.
guide-help-and-contacts-support-advocacy = U-doodid waalidiinta: qof kaa caawiya inaad fahanto waxa dhacaya oo aad sheegto waxa aad u malaynayso.
guide-help-and-contacts-support-child-advocacy = U-doodid carruurta: qof ka caawiya ilmahaaga inuu rayigiisa sheego.
guide-help-and-contacts-support-abuse = Adeegyada xadgudubka qoyska (domestic abuse): caawimaad bilaash ah oo sir ah haddii qof wax ku yeelayo ama ku cabsi gelinayo.
guide-help-and-contacts-support-health = Dhakhtarkaaga qoyska (GP): caawimaad ku saabsan caafimaadkaaga iyo sida aad ula qabsanayso.

guide-help-and-contacts-national-heading = Adeegyada heer qaran ee caawin kara waa kuwee?
guide-help-and-contacts-national-text = Adeegyadan ayaa caawin kara. Mid kasta macluumaadkiisa waxaan ka hubinnay websaydkiisa.
guide-help-and-contacts-national-frg = Family Rights Group: talo bilaash ah oo sir ah oo loogu talagalay qoysaska England ee ay adeegyada carruurtu la xiriiraan (ee kiis kula jira). Wac 0808 801 0366, Isniin ilaa Jimco, 9.30 subaxnimo ilaa 3 galabnimo.
guide-help-and-contacts-national-coram = Coram Child Law Advice: talo iyo macluumaad ku saabsan sharciga carruurta iyo qoyska ee England, childlawadvice.org.uk.
guide-help-and-contacts-national-childline = Childline, loogu talagalay carruurta iyo dhallinyarada: waxay wici karaan 0800 1111 waqti kasta.
guide-help-and-contacts-national-citizens-advice = Citizens Advice: macluumaad ku saabsan shirarka ilaalinta ilmaha iyo cabashooyinka, citizensadvice.org.uk.
guide-help-and-contacts-national-solicitor = Websaydka "Find a Solicitor" ee Law Society: ka raadi qareen ku takhasusay sharciga carruurta.
guide-help-and-contacts-national-ombudsman = { $nation ->
    [wales] Public Services Ombudsman for Wales: cabashooyinka aanu goluhu saxin, ombudsman.wales.
   *[england] Local Government and Social Care Ombudsman: cabashooyinka aanu goluhu saxin, lgo.org.uk.
}

guide-help-and-contacts-format-heading = Ka warran haddii aan tan ugu baahdo luqad ama qaab kale?
guide-help-and-contacts-format-text = Golaha ka codso macluumaad luqaddaada ku qoran, akhris fudud ah, ama cod duuban. Haddii aadan tan akhrin karin, qofna uusan kuu akhrin karin, la xiriir golaha. Macluumaadka xiriirku kor ayay ku qoran yihiin.
guide-help-and-contacts-yourself-heading = Sideen naftayda u daryeeli karaa?
guide-help-and-contacts-yourself-text = Tani waa waqti adag. La hadal qof aad aaminto. Haddii ay kugu adkaato inaad la qabsato, la hadal dhakhtarkaaga qoyska (GP).
guide-help-and-contacts-yourself-urgent = Haddii aad dareento inaad naftaada waxyeelayn karto, wac 999 ama tag qaybta gurmadka degdegga ah ee isbitaalka (A&E).


## Page: staying-safe-online

guide-staying-safe-online-title = Sida aad ugu nabad gasho internetka
guide-staying-safe-online-summary = Sida aad akhriskaaga sir uga dhigto haddii qof kale arki karo taleefankaaga ama kombiyuutarkaaga.

guide-staying-safe-online-danger = Haddii aad hadda khatar ku jirto, wac 999.

guide-staying-safe-online-exit-heading = Sideen dhakhso uga baxaa websaydkan?
guide-staying-safe-online-exit-text = Riix badhanka "Ka bax boggan". Isla markiiba wuxuu kuu qaadayaa websayd kale.
guide-staying-safe-online-exit-shift = Kiiboodhka, waxaad kaloo riixi kartaa furaha Shift saddex jeer. Tani waxay shaqaysaa oo keliya marka browser-kaagu socodsiiyo JavaScript. Taleefannada badankoodu ma laha furaha Shift, markaa isticmaal badhanka.
guide-staying-safe-online-exit-history = Badhanku wuxuu tirtiraa erayada warbixintaada ka hor inta uusan bixin. Ma tirtiro taariikhdaada (history). Qof riixa Back (Dib u noqo) wuxuu weli arki karaa bogagga websaydkan ee aad furtay. Back wuxuu kaloo soo jeedin karaa inuu mar kale diro erayada warbixintaada, kadibna tuso. Si aad tan u joojiso, xir tab-ka markaad baxdo kadib. Qaybta xigta ayaa sharxaysa sida taariikhdaada loo tirtiro.

guide-staying-safe-online-history-heading = Qof ma arki karaa bogagga aan eegay?
guide-staying-safe-online-history-text = Browser-kaagu wuxuu hayaa liiska bogagga aad booqato. Tan waxaa la yiraahdaa taariikhdaada (history). Waxaad bogag ka tirtiri kartaa meesha dejinta (settings) ee browser-kaaga.
guide-staying-safe-online-history-some = Tirtiridda taariikhdaada oo dhan waxay u muuqan kartaa wax aan caadi ahayn qof hubiya. Waxaad tirtiri kartaa oo keliya bogagga websaydkan.
guide-staying-safe-online-history-private = Daalacashada gaarka ah (private browsing) waxay browser-kaaga ka joojisaa inuu taariikhdaada ku kaydiyo qalabkan. Browser-yada qaar waxay ugu yeeraan incognito mode.

guide-staying-safe-online-shared-heading = Ka warran haddii aan la wadaago taleefan ama tablet?
guide-staying-safe-online-shared-text = Dad kale ayaa arki kara taariikhdaada, tab-yada furan ama waxyaabaha aad soo dejisay (downloads). Xir tab-ka marka aad dhammayso.
guide-staying-safe-online-shared-tabs = Browser-yada qaar waxay mar kale furaan tab-yadaadii hore marka ay bilaabmaan. Hubi in tab-yadaadu xiran yihiin.
guide-staying-safe-online-shared-accounts = Haddii aad la wadaagto iimayl ama akoon kale, qof kale ayaa arki kara fariimaha ku saabsan shirka.

guide-staying-safe-online-downloads-heading = Ka warran faylasha aan kaydiyo?
guide-staying-safe-online-downloads-text = Haddii aad kaydiso PDF-ka warbixintaada, wuxuu geli karaa galka Downloads. Dadka kale ee isticmaala qalabka ayaa halkaas ka heli kara.
guide-staying-safe-online-downloads-delete = Marka aadan u baahnayn fayl, tirtir. Hubi galka Downloads iyo qashin-qubka (recycle bin).
guide-staying-safe-online-downloads-photos = Sawirrada shaashadda (screenshots) iyo sawirrada warqadaha waxay ku kaydsamaan sawirradaada. Tirtir haddii aad u baahato.

guide-staying-safe-online-shoulder-heading = Ka warran haddii qof arki karo shaashaddayda?
guide-staying-safe-online-shoulder-text = Isku day inaad ku akhrido meel gaar ah. Shaashadda ka leexi dadka kale, ama iftiinkeeda yaree.


## Page: accessibility

guide-accessibility-title = Bayaanka helitaanka (accessibility)
guide-accessibility-summary = Sida ay u fudud tahay isticmaalka websaydkan, waxa aan weli si fiican u shaqaynayn, iyo sida dhibaato loo soo sheego.

guide-accessibility-intro-heading = Yaa maamula websaydkan?
guide-accessibility-intro-text = Websaydkan waxaa maamusha { $council }. Waxaan rabnaa in dad badan intii suurtagal ah ay isticmaali karaan.
guide-accessibility-intro-can = Tusaale ahaan, waa inay kuu suurtagashaa inaad:
guide-accessibility-can-zoom = inaad weynayso ilaa 400% iyadoon qoraalku shaashadda ka bixin
guide-accessibility-can-phone = inaad bog kasta ku akhrido shaashadda taleefan yar
guide-accessibility-can-no-script = inaad bog kasta isticmaasho adigoo JavaScript damiyay
guide-accessibility-can-exit = inaad dhakhso uga baxdo badhanka "Ka bax boggan", ama adigoo riixaya furaha Shift 3 jeer
guide-accessibility-intro-plain = Sidoo kale erayada waxaan ka dhignay kuwo fudud intii aan awoodnay.

guide-accessibility-status-heading = Intee buu websaydkan u fudud yahay in la helo?
guide-accessibility-status-text = Websaydkan qayb ahaan ayuu buuxiyaa Web Content Accessibility Guidelines (WCAG), nooca 2.2, heerka AA. Dhibaatooyinka hoos ayay ku qoran yihiin.

guide-accessibility-known-heading = Maxaa aan weli si fiican u shaqaynayn?
guide-accessibility-known-pdf = PDF-ka warbixintaadu waa la calaamadeeyay (tagged), markaa akhristayaasha shaashaddu (screen readers) si habsami ah ayay u akhrin karaan. Laguma tijaabin akhriste shaashad kasta. Bogga "Hubi warbixintaada" ayaa muujinaya isla erayada.
guide-accessibility-known-language = Hagahu wuxuu ku qoran yahay Ingiriisi, Welsh, Boolish iyo Soomaali, bog kastana sidoo kale waa akhris fudud. Kooxdayada ayaa turjuntay bogagga Welsh, Boolish iyo Soomaali, turjubaan aqoon u leh ayaana weli hubinaya.
guide-accessibility-known-welsh = Ilaa bogagga Welsh-ka la hubiyo, bogga Ingiriisiga ayaa ah kan lagu kalsoonaado. Weli waxaad codsan kartaa in shirkaaga iyo waraaqihiisa lagu qabto Welsh.

guide-accessibility-tested-heading = Sidee websaydkan loo tijaabiyay?
guide-accessibility-tested-text = Bog kasta waxaa hubiya qalab toos u shaqeeya oo la barbar dhigaya WCAG 2.2 heerka AA. Waxaan kaloo hubinaa in bog kastaa ku habboon yahay shaashad 320 pixel ballaceedu yahay, oo uu shaqeeyo JavaScript la'aan.
guide-accessibility-tested-not = Weli ma aysan hubin dad naafo ah ama khabiir ku takhasusay helitaanka.
guide-accessibility-tested-date = Bayaankan waxaa la diyaariyay Desembar 2026. Waa in sannad kasta dib loo eegaa.

guide-accessibility-report-heading = Sideen dhibaato u soo sheegaa?
guide-accessibility-report-text = Haddii aad hesho dhibaato, ama aad u baahato macluumaad qaab kale ah, la xiriir { $council }. Macluumaadka xiriirku waxay ku yaalliin bogga [caawimaadda iyo meelaha la la xiriiro](page:help-and-contacts).
guide-accessibility-report-what = Noo sheeg boggii uu ahaa iyo waxa khaldamay.

guide-accessibility-enforce-heading = Ka warran haddii aanan ku qanacsanayn jawaabta?
guide-accessibility-enforce-text = Equality and Human Rights Commission (EHRC) (Guddiga Sinnaanta iyo Xuquuqda Aadanaha) ayaa hubiya in websaydyada dadweynuhu raacaan xeerarka helitaanka.
guide-accessibility-enforce-rules = Xeerarkani waa Public Sector Bodies Accessibility Regulations 2018.
guide-accessibility-enforce-eass = Haddii aadan ku qanacsanayn sida aan uga jawaabno cabashadaada, la xiriir Equality Advisory and Support Service (EASS).

# Helping a child give their views (for advocates, parents and carers)
guide-helping-a-child-title = Sida ilmo looga caawiyo inuu sheego aragtidiisa
guide-helping-a-child-summary = Sida "Aragtiyadayda" loola isticmaalo ilmo, sida wax loo weydiiyo adigoon jawaab u hoggaamin, iyo waxa ku dhaca waxa uu sheego.
guide-helping-a-child-intro = [Aragtiyadayda](page:child-views) waxay ilmo u oggolaanaysaa inuu aragtidiisa erayo ku qoro si loogu gudbiyo shirka. Waxaad la fadhiisan kartaa oo caawin kartaa, taleefan, tablet ama kombiyuutar. Waxay u socotaa tallaabo yar tallaabo yar.
guide-helping-a-child-using-heading = Sida loola isticmaalo ilmo
guide-helping-a-child-using-quiet = Hel meel deggan oo gaar ah iyo waqti ku filan. Nus saac badanaa waa ku filan yahay.
guide-helping-a-child-using-explain = U sheeg ilmaha waxa shirku u jiro, iyo in aragtidiisu muhiim tahay. U sheeg inuusan waajib ku ahayn inuu wax walba ka jawaabo.
guide-helping-a-child-using-houses = Mar saddexda guri: waxyaabaha fiican, walwalka iyo riyooyinka. Carruurta yaryar waxay taaban karaan sawirro halkii ay wax qori lahaayeen.
guide-helping-a-child-using-breaks = Joogso oo nasasho qaado haddii ilmuhu xumaado ama daalo. Waxba lama kaydiyo, markaa soo deji PDF-ka ka hor inta aadan muddo dheer joojin.
guide-helping-a-child-using-check = Bogga ugu dambeeya dhammaan dib ugu akhri. U oggolow ilmaha inuu beddelo wax kasta oo uu rabo.
guide-helping-a-child-asking-heading = Weydiin adigoon jawaab u hoggaamin
guide-helping-a-child-asking-open = Weydii su'aalo furan, sida "Maxaa guriga ku fiican?" halkii aad ka oran lahayd "Gurigu ma fiican yahay?".
guide-helping-a-child-asking-words = Qor erayada ilmaha laftiisa, xataa haddii aysan ahayn sida adigu u oran lahayd. Ha hagaajin.
guide-helping-a-child-asking-silence = Sii waqti uu ku fikiro. Aamusnaan yar waa caadi.
guide-helping-a-child-asking-no-answer = Waa caadi in ilmuhu ka boodo su'aal ama yiraahdo "Ma aqaan".
guide-helping-a-child-asking-feelings = Aragtidaada ha ku darin. Haddii aad rabto inaad wax ku darto, adigu u sheeg guddoomiyaha.
guide-helping-a-child-happens-heading = Waxa ku dhaca aragtida ilmaha
guide-helping-a-child-happens-text = Aragtida waxaad u soo dejisan kartaa PDF ahaan, ama u diri kartaa guddoomiyaha shirka. PDF-ku wuxuu sheegayaa cidda erayada qortay iyo sida.
guide-helping-a-child-happens-nothing-kept = Websaydkani waxba ma hayo. Ma kaydiyo erayada ama sawirka.
guide-helping-a-child-happens-shared = Guddoomiyuhu wuxuu aragtida ilmaha la wadaagi karaa qof walba oo shirka jooga, oo ay ku jiraan waalidiinta ilmaha. U sheeg ilmaha tan ka hor inta uusan ilmuhu bilaabin.
guide-helping-a-child-advocate-heading = Xaqa ilmuhu u leeyahay u-doode
guide-helping-a-child-advocate-text = Carruur badan ayaa yeelan kara u-doode (advocate). U-doodaha waa qof madax-bannaan oo ilmo ka caawiya inuu sheego waxa uu u malaynayo. Wuxuu ilmaha u hadli karaa shirka.
guide-helping-a-child-advocate-ask = Weydii hawlwadeenka bulshada ama guddoomiyaha shirka sida mid loo helo.
guide-helping-a-child-worried-heading = Haddii ilmo kuu sheego wax walwal leh
guide-helping-a-child-worried-text = Haddii ilmo yiraahdo wax baa la i yeelayaa ama ammaan ma ihi, ha iska hayn. U sheeg hawlwadeenka bulshada ama booliska. Xaalad degdeg ah, wac 999.
guide-helping-a-child-start = [Ilmaha la bilow "Aragtiyadayda"](page:child-views)

# If you feel unsafe now (linked from every screen of "My views")
guide-feeling-unsafe-title = Haddii aad hadda dareemayso inaadan ammaan ahayn
guide-feeling-unsafe-summary = Waxa la sameeyo haddii aad hadda dareemayso inaadan ammaan ahayn ama aad baqayso.
guide-feeling-unsafe-danger = Haddii aad hadda khatar ku jirto, wac 999.
guide-feeling-unsafe-childline = Waxaad Childline kala hadli kartaa wax kasta. Wac 0800 1111, waqti kasta, habeen iyo maalin. Waa bilaash.
guide-feeling-unsafe-adult = U sheeg qof weyn oo aad aaminto. Wuxuu noqon karaa macallin, u-doodahaaga (qofka kaa caawiya inaad sheegto waxa aad u malaynayso), hawlwadeenkaaga bulshada ama qof qoyskaaga ka mid ah.
guide-feeling-unsafe-not-your-fault = Weligaa eeddaadu maaha haddii qof wax ku yeelo.
guide-feeling-unsafe-back = Si aad dhakhso uga baxdo websaydkan, isticmaal "Ka bax boggan".

guide-your-childs-part-views-tool = Ilmahaagu wuxuu kaloo isticmaali karaa [Aragtiyadayda](page:child-views) si uu u qoro ama u doorto sawirro ku saabsan waxa uu u malaynayo. Adiga ama u-doodaha ayaa caawin kara. Akhri [sida ilmo looga caawiyo inuu sheego aragtidiisa](page:helping-a-child).
guide-start-here-more-child-views = [Aragtiyadayda: ilmahaagu ha buuxiyo](page:child-views)
