# Turjumaad Soomaali ah, oo ay diyaarisay kooxda mashruuca (weli ma hubin turjumaan aqoon leh). Turjumaan aqoon leh ayaa hadda hubinaya. Wixii aan caddayn noo sheeg: eeg README.md, "Translations".
# Somali translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# The parent's conference report: the form, check your answers, and the PDF.

report-nav-link = Qor warbixintaada shirka
report-title = Qor waxa aad rabto in shirku maqlo
report-easy-read-guide = Akhris fudud, oo sawirro leh: [sida aad u qorto aragtidaada shirka](easy:writing-your-views).
report-lead = Waalidiin badan way ku adag tahay inay maalinta shirka sheegaan wax kasta oo ay ula jeedaan. Haddii aad marka hore qorto, way ku caawinaysaa. Dhammaadka, warbixintaada waxaad u soo dejisan kartaa PDF ahaan, si aad u daabacdo ama ula timaaddo. Ama waxaan adiga kuu diri karnaa guddoomiyaha shirka, iimayl ahaan.
report-description = Qor waxa aad rabto in shirka ilaalinta ilmahaagu maqlo. Kadib u soo deji PDF ahaan, ama u dir guddoomiyaha shirka.
report-shared-with-conference = Qof kasta oo shirka jooga ayaa akhrin kara warbixintaada. Waxaa ka mid noqon kara lammaanahaaga ama lammaanahaagii hore. Ha qorin cinwaan ama lambar telefoon oo aad rabto inuu sir ahaado.
report-nothing-saved = Websaydhkan ma kaydiyo waxaad qorto. Haddii aad xirto boggan ama aad ka tagto muddo dheer, erayadaadu way lumi doonaan. Boggan furan ku hay ilaa aad ka hesho PDF-kaaga.
report-shared-device = Haddii dad kale isticmaalaan telefoonkan ama kombiyuutarkan, PDF-ka aad soo dejiso wuxuu ku hari karaa galka soo dejinta (downloads). [Ammaanka internetka](page:staying-safe-online) ayaa sharxaya sida looga saaro.
report-write-what-you-can = Uma baahnid inaad su'aal kasta ka jawaabto. Qor wax badan ama wax yar, sidaad rabto, erayadaada. Waa inaad wax ku qortaa ugu yaraan mid ka mid ah: waxyaabaha wanaagsan, walwalka, taageerada, ama tallaabooyinka xiga.

report-section-about = Adiga iyo ilmahaaga
report-section-about-intro = Tani waxay shirka u sheegaysaa qofka qoray warbixinta.
report-section-strengths = Waxyaabaha wanaagsan
report-section-strengths-intro = Waxa wanaagsan ee qoyskaaga. Shirarku waxay eegaan waxyaabaha wanaagsan iyo walwalka labadaba.
report-section-worries = Walwalka
report-section-worries-intro = Waxa aad ka qabto walwalka la soo qaaday.
report-section-support = Taageerada aad u baahan tahay
report-section-support-intro = Caawimo dhab ahaan wax ka beddeli lahayd adiga iyo ilmahaaga.
report-section-next-steps = Tallaabooyinka xiga
report-section-next-steps-intro = Waxa aad jeclaan lahayd inay dhacaan shirka kadib.
report-section-taking-part = Ka qaybgalka shirka
report-section-taking-part-intro = Su'aalaha aad rabto inaad weydiiso, iyo caawimada aad u baahan tahay si aad uga qaybgasho. Qaybtan qasab maaha.

report-parent-name-label = Magacaaga
report-parent-name-hint = Sida aad jeclaan lahayd in loogu qoro warbixintaada.
report-relationship-label = Xiriirka aad la leedahay ilmaha ama carruurta
report-relationship-hint = Tusaale ahaan, hooyo, aabbe, ayeeyo ama awoowe, daryeele.
report-children-label = Ilmaha ama carruurta ay warbixintani ku saabsan tahay
report-children-hint = Magacyadooda koowaad ayaa ku filan.
report-date-legend = Taariikhda shirka
report-date-hint = Tusaale ahaan, 27 3 2027. Waxay ku qoran tahay warqadda casuumaadda.
# A question a person may skip, on the questions page: its label, then the word "optional".
form-optional-label = { $label } (haddii aad rabto)
form-date-day = Maalin
form-date-month = Bil
form-date-year = Sannad

report-going-well-label = Maxaa si fiican ugu socda ilmahaaga?
report-going-well-hint = Tusaale ahaan, dugsiga, caafimaadka, saaxiibbada, nidaamka maalinlaha ah, waxyaabaha ilmahaagu ku raaxaysto.
report-family-does-well-label = Maxay qoyskaagu si fiican u sameeyaan?
report-family-does-well-hint = Tusaale ahaan, sida aad u daryeesho ilmahaaga, dadka ku caawiya, isbeddellada aad horey u samaysay.
report-needs-to-change-label = Maxaad u malaynaysaa inay tahay inuu isbeddelo si ilmahaagu ammaan u ahaado oo uu u fiicnaado?
report-needs-to-change-hint = Sheeg waxa aad ku raacsan tahay, erayadaada.
report-disagree-with-label = Ma jiraa wax walwalka ama warbixinnada ku jira oo aadan ku raacsanayn, ama aad u malaynayso inuu khalad yahay?
report-disagree-with-hint = Sheeg waxa uu yahay, iyo sababta. Shirku waa inuu maqlaa dhinacaaga.
report-help-needed-label = Caawimadee ayaa wax ka beddeli lahayd?
report-help-needed-hint = Tusaale ahaan, caawimo guri, lacag, caafimaad, barbaarinta carruurta, xannaanada carruurta, ama qof aad la hadasho.
report-how-help-would-work-label = Sidee taasi u caawin lahayd adiga iyo ilmahaaga?
report-how-help-would-work-hint = Sheeg waxa ka duwanaan lahaa haddii aad heli lahayd.
report-what-should-happen-label = Maxaad jeclaan lahayd inay dhacdo shirka kadib?
report-what-should-happen-hint = Tusaale ahaan, waxa ay tahay inuu qorshuhu ka koobnaado, ama waxa aad rajaynayso inuu shirku go'aamiyo.
report-who-could-do-what-label = Maxay mid walba samayn karaan: adiga, qoyskaaga iyo xirfadlayaasha?
report-who-could-do-what-hint = Sheeg qofka samayn kara shay kasta, iyo goorta ugu dambaysa, haddii aad awoodo.
report-questions-label = Su'aalaha aad rabto inaad shirka ku weydiiso
report-questions-hint = Haddii aad qorto, ma illoobi doontid maalinta shirka.
report-attending-label = Ma qorsheynaysaa inaad shirka tagto?
report-attending-yes = Haa
report-attending-no = Maya
report-attending-not-sure = Weli ma hubo
report-help-legend = Caawimada aad u baahan tahay si aad uga qaybgasho
report-help-legend-hint = Calaamadee dhammaan kuwa khuseeya.
report-need-interpreter-label = Turjubaan
report-interpreter-language-label = Luqaddee?
report-need-advocate-label = U-doode (advocate: qof kaa caawiya inaad sheegto waxa aad u malaynayso)
report-need-access-help-label = Caawimo ku saabsan gelitaanka, tusaale ahaan jid janjeera (ramp), qalabka maqalka (hearing loop), ama nasasho
report-help-to-take-part-label = Wax kale oo kaa caawin lahaa inaad ka qaybgasho
report-help-to-take-part-hint = Tusaale ahaan, waraaqo akhris fudud ah, waqti dheeraad ah oo aad wax ku akhrido, ama inaad guddoomiyaha la kulanto ka hor.

## Your dates, added to the report (worked out as on the "Work out your dates" page)
report-section-dates = Taariikhahaaga
report-section-dates-intro = Taariikhda shirka ayaan ka xisaabin karnaa waxa ay tahay inay dhacaan shirka kadib iyo goorta ugu dambaysa. Taariikhuhu waxay galayaan dhammaadka warbixintaada, si adiga iyo guddoomiyuhu aad u aragtaan isla taariikhaha. Qaybtan qasab maaha.
report-kind-label = Waa shirkee?
report-kind-initial = Shirka koowaad (initial conference)
report-kind-review = Shirka dib-u-eegista (review conference)
report-dates-legend = Taariikhahaaga ku dar warbixinta
report-dates-legend-hint = Waxaan u baahannahay taariikhda shirka, oo ku jirta qaybta koowaad ee foomkan, iyo nooca shirka.
report-include-dates-label = Haa, taariikhaha ku dar dhammaadka warbixintayda
report-error-dates-need-date = Qor taariikhda shirka, si aan u xisaabinno taariikhahaaga
report-error-dates-need-kind = Dooro nooca shirka, si aan u xisaabinno taariikhahaaga

form-limit-hint = Waxaad qori kartaa ilaa { $max } xaraf.
form-count-left = Xarfaha haray
form-count-over = Xarfaha ka badan xadka

report-continue = U gudub si aad u hubiso jawaabahaaga

form-error-title-prefix = Khalad:
report-error-summary-title = Dhibaato ayaa jirta
form-error-prefix = Khalad:
report-error-parent-name-missing = Qor magacaaga
report-error-children-missing = Qor magaca ilmaha ama carruurta ay warbixintani ku saabsan tahay
report-error-nothing-written = Wax ku qor ugu yaraan mid ka mid ah: waxyaabaha wanaagsan, walwalka, taageerada aad u baahan tahay, ama tallaabooyinka xiga
form-error-too-long = "{ $label }" waa inuu ahaado { $max } xaraf ama ka yar. Waxaad ka badisay { $over } xaraf, markaa wax yar ka gaabi. Erayadaadu weli halkan way yaallaan.
report-error-date-incomplete = Taariikhda shirku waa inay leedahay maalin, bil iyo sannad
report-error-date-invalid = Taariikhda shirku waa inay noqotaa taariikh jirta oo sax ah, tusaale ahaan 27 3 2027 ama 27 Maarso 2027
report-error-date-year = Sannadka shirka ku qor 4 lambar, tusaale ahaan 2027
form-error-choice-unknown = Dooro mid ka mid ah jawaabaha la muujiyey

check-title = Hubi warbixintaada
check-lead = Warbixintaada dhammaanteed akhri. Qayb kasta waad beddeli kartaa ka hor inta aadan soo dejin.
check-change = Beddel
check-not-answered = Lagama jawaabin
check-yes = Haa
# $form is the form's address: "report" for the parent's report, "child-views" for a child's views.
check-download-heading = { $form ->
    [child-views] Soo deji aragtiyada
   *[other] Soo deji warbixintaada
}
check-download-text = { $form ->
    [child-views] Aragtiyadu waxay u soo degayaan fayl PDF ah. Waad daabici kartaa, shirka ula tegi kartaa, ama u diri kartaa guddoomiyaha shirka. Websaydhkan waxba kuma kaydsana.
   *[other] Warbixintaadu waxay u soo degaysaa fayl PDF ah. Waad daabici kartaa, shirka ula iman kartaa, ama u diri kartaa guddoomiyaha shirka. Websaydhkan waxba kuma kaydsana.
}
check-download-button = Soo deji PDF
check-unprintable-heading = Xarfaha qaar lama daabici doono
check-unprintable-text = PDF-ku ma muujin karo xarfaha qaar, markaa mid kasta wuxuu u muuqan doonaa sidan: { $marker }. Haddii ay muhiim yihiin, waxaad ku qori kartaa erayo.
check-unprintable-in = Gudaha "{ $label }": { $characters }

pdf-title = Warbixinta waalidka ee shirka ilaalinta ilmaha
pdf-council = Golaha deegaanka
pdf-conference-date = Taariikhda shirka
pdf-written-by = Waxaa qoray
pdf-relationship = Xiriirka ilmaha
pdf-about = Ku saabsan
pdf-footer = Sir ah
# The running header on every page after the first, after the report's title.
pdf-running-header-date = Shirka: { $date }
pdf-running-header-reference = Tixraaca { $reference }
pdf-page-number = Bogga {"{"}page{"}"} ee {"{"}pages{"}"}
pdf-date-not-given = Lama sheegin
pdf-help-needed = Caawimada loo baahan yahay si looga qaybgalo
pdf-file-name = warbixinta-shirka
pdf-dates-heading = Taariikhaha laga xisaabiyey taariikhda shirka
pdf-dates-how = Sida taariikhahan loo xisaabiyey
pdf-dates-intro = Waxaa laga xisaabiyey waqtiyada uu dejiyey golaha deegaanka: { $council }. Taariikhda ay ku horreyso "Ugu dambayn" waa maalinta ugu dambaysa ee ay tahay in arrintu dhacdo. Dhammaadka toddobaadka iyo fasaxyada dadweynaha laguma tiriyo maalmaha shaqada.

check-send-heading = Ama u dir guddoomiyaha shirka
check-send-text-hidden-address = Warbixintaada waxaan PDF ahaan iimayl ugu diri karnaa guddoomiyaha shirka ee golaha deegaanka: { $council }. Guddoomiyuhu wuxuu hoggaamiyaa shirka, oo warbixinnada wuxuu la wadaagaa dadka shirka imanaya.
check-send-text-shown-address = Warbixintaada waxaan PDF ahaan iimayl ugu diri karnaa guddoomiyaha shirka ee golaha deegaanka: { $council }, cinwaankan: { $address }. Guddoomiyuhu wuxuu hoggaamiyaa shirka, oo warbixinnada wuxuu la wadaagaa dadka shirka imanaya.
check-send-privacy = Marka la diro kadib, websaydhkan waxba kuma kaydsana.
check-send-button = U dir guddoomiyaha shirka
check-honeypot-label = Sanduuqan faaruq ka dhaaf

send-problem-try-later-title = Warbixintaada weli lama dirin
send-problem-try-later-text = Hadda ma aanu gaari karin nidaamka iimaylka ee golaha deegaanka. Waxaad qortay waxba kama lumin: dhammaan weli boggan way ku yaallaan. Waxaad mar kale isku dayi kartaa inaad dirto dhowr daqiiqo kadib, ama hadda soo deji PDF-ka oo adigu dir.
send-problem-cannot-send-title = Ma aanu diri karin warbixintaada
send-problem-cannot-send-text = Nidaamka iimaylka ee golaha deegaanka ma aqbalin. Waxaad qortay waxba kama lumin: dhammaan weli boggan way ku yaallaan. Fadlan hadda soo deji PDF-ka oo adigu dir.
send-problem-too-many-title = Fadlan sug ka hor inta aadan mar kale dirin
send-problem-too-many-text = Dhowr warbixinood ayaa saacaddii la soo dhaafay laga soo diray xiriirkaaga internetka. Sidaa darteed websaydhkani wuu sugayaa ka hor inta uusan dirin kuwo kale. Waxaad qortay waxba kama lumin: dhammaan weli boggan way ku yaallaan. Hadda soo deji PDF-ka oo adigu dir, ama mar dambe isku day.
send-problem-pdf-too-many-title = Fadlan sug hal daqiiqo
send-problem-pdf-too-many-text = PDF-yo badan ayaa daqiiqaddii la soo dhaafay laga sameeyey xiriirkaaga internetka. Sug hal daqiiqo, kadibna mar kale riix "Soo deji PDF". Waxaad qortay waxba kama lumin: dhammaan weli boggan way ku yaallaan.
send-problem-pdf-failed-title = Ma aanu samayn karin PDF-kaaga
send-problem-pdf-failed-text = Wax baa ka khaldamay dhinacayaga. Waxaad qortay waxba kama lumin: dhammaan weli boggan way ku yaallaan. Fadlan mar kale isku day dhowr daqiiqo kadib.
send-problem-reference = Haddii aad arrintan ka wacdo golaha deegaanka, waxaad siin kartaa tixraacan: { $reference }
send-yourself-heading = Sida aad adigu u dirto
send-yourself-download = Ku soo deji PDF-ka badhanka boggan ku yaal, oo ku kaydi telefoonkaaga.
send-yourself-email-chair = Iimayl ugu dir guddoomiyaha shirka cinwaankan: { $address }.
send-yourself-social-worker = U dir hawlwadeenkaaga bulshada, oo ka codso inuu siiyo guddoomiyaha shirka.
send-yourself-bring = Ama daabac, ama ku hay telefoonkaaga, oo shirka la imow.
send-yourself-phone = Haddii aadan hubin inuu gaaray, wac golaha deegaanka: { $council }, lambarka { $conference-phone }.

sent-title = { $form ->
    [child-views] Aragtiyada waa la diray
   *[other] Warbixintaada waa la diray
}
sent-reference = Tixraacaagu waa
sent-next-heading = Waxa xiga
sent-next-chair = { $form ->
    [child-views] Guddoomiyaha shirka ee golaha deegaanka ({ $council }) ayaa aragtiyada ku heli doona iimayl, PDF ahaan. Wuxuu akhrin doonaa ka hor shirka, oo la wadaagi doonaa dadka imanaya.
   *[other] Guddoomiyaha shirka ee golaha deegaanka ({ $council }) ayaa warbixintaada ku heli doona iimayl, PDF ahaan. Wuxuu akhrin doonaa ka hor shirka, oo la wadaagi doonaa dadka imanaya.
}
sent-next-keep = { $form ->
    [child-views] Hay tixraaca. Haddii aad wacdo golaha deegaanka ({ $council }), lambarka { $conference-phone }, sii tixraaca. Wuxuu ka caawiyaa inay helaan aragtiyada.
   *[other] Hay tixraacaaga. Haddii aad wacdo golaha deegaanka ({ $council }), lambarka { $conference-phone }, sii tixraaca. Wuxuu ka caawiyaa inay helaan warbixintaada.
}
sent-next-not-kept = { $form ->
    [child-views] Aragtiyada websaydhkan laguma kaydiyo. Haddii aad rabto nuqul, hadda soo deji.
   *[other] Warbixintaada websaydhkan laguma kaydiyo. Haddii aad rabto nuqul adiga kuu gaar ah, hadda soo deji.
}
sent-copy-button = Soo deji nuqulkaaga (PDF)
sent-next-safety = Haddii dad kale isticmaalaan telefoonkan, xir boggan marka aad dhammayso.

mail-sender-name = Adeegga warbixinnada
mail-subject = Warbixinta shirka – tixraaca { $reference }
mail-body =
    Salaan,

    { $form ->
        [child-views] Waxaa ku lifaaqan aragtiyada ilmo ee shirkiisa. Ilmaha ayaa ku qoray websaydhkayaga, ama qof caawinayay ayaa qoray, waxayna naga codsadeen inaan idiin soo dirno. PDF-ka ayaa sheegaya qofka qoray. Waa fayl PDF ah.
       *[other] Waalid ayaa websaydhkayaga ku qoray warbixinta ku lifaaqan, oo ku saabsan shirkiisa, wuxuuna naga codsaday inaan idiin soo dirno. Waa fayl PDF ah.
    }

    Tixraac: { $reference }

    Qofna ma akhriyo jawaabaha loo soo diro cinwaankan. { $form ->
        [child-views] Aragtiyada websaydhka laguma kaydiyo: iimaylkan waa nuqulka keliya ee aan dirnay.
       *[other] Warbixinta websaydhka laguma kaydiyo: iimaylkan waa nuqulka keliya ee aan dirnay.
    }

# Luqadda PDF-ka, oo lagu sheego iimaylka marka aanay af-Ingiriisi ahayn. $language waa koodka luqadda.
# The PDF's language, said in the email when it is not English: $language is the language code.
mail-written-in = { $form ->
        [child-views] Aragtiyada ilmaha
       *[other] Warbixinta
    } waxaa lagu qoray { $language ->
        [cy] af-Welsh (luqadda Wales)
        [pl] af-Boolish (luqadda Poland)
        [so] af-Soomaali
       *[other] af-Ingiriisi
    }, magaca qayb kastana waxaa sidoo kale lagu qoray af-Ingiriisi.

## A form's PDF or send address opened from the history or a saved tab
form-address-title = Waxba lama dirin
form-address-nothing-sent = Cinwaankani wuxuu ka shaqeeyaa oo keliya badhamada foomka. Markii aad mar kale furtay, waxba lama dirin, PDF-na lama samayn.
form-address-not-kept = Websaydhkan ma kaydiyo waxaad qorto, markaa mar kale ma tusi karo erayadaada. Haddii aad warbixintaada hore u dirtay, guddoomiyaha shirka ayaa horey u haysta.
