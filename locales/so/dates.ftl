# Turjumaad Soomaali ah, oo ay diyaarisay kooxda mashruuca (weli ma hubin turjumaan aqoon leh). Turjumaan aqoon leh ayaa hadda hubinaya. Wixii aan caddayn noo sheeg: eeg README.md, "Translations".
# Somali translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# "Your dates": the conference date in, every date that follows out, and a calendar file.
# $date is a whole date with its weekday ("Tuesday 3 March 2026"); $date_on is the same date
# after "on" in a sentence (date-long-weekday-on: "on Tuesday 3 March 2026"). The timescales come from
# the council's profile, like the guide's.

dates-nav-link = Xisaabi taariikhahaaga
dates-title = Xisaabi taariikhahaaga
dates-description = Qor taariikhda shirka ilaalinta ilmaha. Arag taariikhaha ka dambeeya, oo ku dar kalandarkaaga.
dates-lead = Qor taariikhda shirka. Waxaan ku tusi doonnaa waxa ay tahay inay dhacaan iyo goorta ugu dambaysa, siday u kala horreeyaan.
dates-easy-read-guide = Akhris fudud, oo sawirro leh: [waxa taariikhahaagu ka dhigan yihiin](easy:dates).
dates-nothing-saved = Websaydhkan ma kaydiyo taariikhda aad qorto. Haddii qof kale isticmaalo telefoonkan, xir boggan marka aad dhammayso.
dates-section-heading = Shirkaaga
dates-section-intro = Taariikhdu waxay ku qoran tahay warqadda lagugu casuumay.
dates-date-legend = Taariikhda shirka
dates-date-hint = Tusaale ahaan, 5 3 2026.
dates-kind-label = Waa shirkee?
dates-kind-initial = Shirka koowaad (initial conference)
dates-kind-review = Shirka dib-u-eegista (review conference)
dates-continue = I tus taariikhahayga
dates-error-summary-title = Dhibaato ayaa jirta
dates-error-date-missing = Qor taariikhda shirka
dates-error-date-incomplete = Taariikhda shirku waa inay leedahay maalin, bil iyo sannad
dates-error-date-invalid = Taariikhda shirku waa inay noqotaa taariikh jirta oo sax ah
dates-error-date-year = Sannadka ku qor afar lambar, sida 2026
dates-error-kind-missing = Dooro nooca shirka
dates-file-name = taariikhahayga

dates-result-title = Taariikhahaaga
dates-result-for-initial = Taariikhaha shirka koowaad ee dhacaya { $date_on }.
dates-result-for-review = Taariikhaha shirka dib-u-eegista ee dhacaya { $date_on }.
dates-result-by = Taariikhda ay ku horreyso "Ugu dambayn" waa maalinta ugu dambaysa ee ay tahay in arrintu dhacdo. Way ka hor dhici kartaa.
dates-result-timescales = Taariikhahan waxay raacaan waqtiyada uu dejiyey golaha deegaanka: { $council }. Dhammaadka toddobaadka iyo fasaxyada dadweynaha laguma tiriyo maalmaha shaqada.
dates-result-none = Ma xisaabin karno taariikho intaas le'eg mustaqbalka. Hubi sannadka shirka.
dates-by = Ugu dambayn { $date }
dates-on = Maalinta { $date }

dates-reports-what = Warbixinnada waa in lagu siiyay
dates-reports-meaning = Hawlwadeenka bulshada iyo dad kale ayaa warbixinno u qora shirka. Waa in lagu siiyaa si aad u akhrido ka hor inta uusan shirku bilaabmin.
dates-reports-if-not = Haddii aadan helin, weydii hawlwadeenkaaga bulshada ama guddoomiyaha shirka. Waxaad codsan kartaa waqti dheeraad ah si aad u akhrido.
dates-chair-what = Waxaad marka hore la kulmi kartaa guddoomiyaha
dates-chair-meaning = Guddoomiyuhu wuxuu maamulaa shirka. Waa inuu kuu soo jeediyaa inuu kula kulmo ka hor inta uusan shirku bilaabmin, si uu kuugu sharxo waxa dhici doona.
dates-chair-if-not = Haddii aan qofna tan kuu soo jeedin, weydii kooxda shirka marka aad timaaddo. Waxaad keeni kartaa qof ku taageera.
dates-conference-what = Shirka
dates-conference-meaning = Shirka qof walba uu kaga hadlo badbaadada ilmahaaga, oo lagu go'aamiyo waxa xiga.
dates-conference-if-not = Haddii taariikhdu isbeddesho, waa in laguu soo diraa warqad cusub. Haddii aadan tegi karin, u sheeg kooxda shirka sida ugu dhakhsaha badan.
dates-first-core-group-what = Kulanka koowaad ee kooxda asaasiga ah
dates-first-core-group-meaning = Haddii ilmahaagu leeyahay qorshe, koox yar ayaa kulmaysa si ay u fuliso. Adiga ayaa ka mid ah kooxdaas.
dates-first-core-group-if-not = Haddii aadan waxba ka maqlin, weydii hawlwadeenkaaga bulshada goorta uu dhici doono.
dates-next-core-group-what = Kulanka xiga ee kooxda asaasiga ah
dates-next-core-group-meaning = { $core-group-weeks ->
    [one] Inta qorshuhu jiro, kooxda asaasiga ahi waa inay kulantaa ugu yaraan toddobaad kasta.
   *[other] Inta qorshuhu jiro, kooxda asaasiga ahi waa inay kulantaa ugu yaraan { $core-group-weeks } toddobaadba mar.
}
dates-next-core-group-if-not = Haddii kulannadu joogsadaan, weydii hawlwadeenkaaga bulshada sababta. Waxaad sidoo kale u sheegi kartaa guddoomiyaha shirka.
dates-minutes-what = Diiwaanka qoran ee shirka (minutes) waa in lagu siiyay
dates-minutes-meaning = Diiwaanka qoran ee shirka (minutes) waa waxa laga qoro shirka. Hubi inuu qorayo waxa runtii la yiri.
dates-minutes-if-not = Haddii uusan iman, weydii kooxda shirka. Haddii wax ku jira uu khalad yahay, qor oo sheeg.
dates-first-review-what = Shirka dib-u-eegista ee koowaad
dates-first-review-meaning = Haddii ilmahaagu leeyahay qorshe, shirka dib-u-eegista ayaa eega sida uu u socdo.
dates-first-review-if-not = Haddii aadan helin warqad ku saabsan, weydii hawlwadeenkaaga bulshada ama kooxda shirka.
dates-next-review-what = Shirka dib-u-eegista ee xiga
dates-next-review-meaning = { $later-review-months ->
    [one] Haddii qorshaha weli loo baahan yahay, shir dib-u-eegis kale ayaa dhaca ugu yaraan bil kasta.
   *[other] Haddii qorshaha weli loo baahan yahay, shir dib-u-eegis kale ayaa dhaca ugu yaraan { $later-review-months } biloodba mar.
}
dates-next-review-if-not = Haddii aadan waxba ka maqlin, weydii hawlwadeenkaaga bulshada ama kooxda shirka.

dates-calendar-heading = Ku dar kalandarkayga
dates-calendar-text = Soo deji fayl kalandar ah oo leh taariikhahan. Telefoonnada iyo kombiyuutarrada intooda badan waxay ku furaan kalandarkooda.
dates-calendar-named-label = Cinwaanka ku qor waxa taariikh kastaa u tahay
dates-calendar-named-hint = Telefoonnadu badanaa waxay cinwaannada kalandarka ku muujiyaan shaashadda xiran. Haddii aad sanduuqan uga tagto calaamad la'aan, cinwaannadu waxay ahaanayaan kuwo caadi ah, sida "Kulan".
dates-calendar-button = Soo deji faylka kalandarka
dates-reports-plain-title = Waraaqo la akhrinayo
dates-reports-named-title = Warbixinnada shirka oo la filayo
dates-chair-plain-title = Goor hore u tag kulanka
dates-chair-named-title = La kulan guddoomiyaha shirka
dates-conference-plain-title = Kulan
dates-conference-named-title = Shirka ilaalinta ilmaha
dates-core-group-plain-title = Kulan dabagal ah
dates-first-core-group-named-title = Kulanka koowaad ee kooxda asaasiga ah
dates-next-core-group-named-title = Kulanka kooxda asaasiga ah
dates-minutes-plain-title = Qoraallo la filayo
dates-minutes-named-title = Diiwaanka qoran ee shirka oo la filayo
dates-review-plain-title = Kulan dib-u-eegis
dates-first-review-named-title = Shirka dib-u-eegista ee koowaad
dates-next-review-named-title = Shirka dib-u-eegista ee xiga
dates-report-heading = Taariikhahan ku dar warbixintaada
dates-report-text = Warbixintaada shirka dhammaadkeeda waxaa lagu qori karaa taariikhahan, si adiga iyo guddoomiyuhu aad u aragtaan isla taariikhaha. Badhanku wuxuu furayaa warbixinta iyadoo taariikhdan horey loogu qoray. Haddii aad horey u bilowday warbixintaada, intaa beddelkeeda dib ugu noqo. Qaybteeda ugu dambaysa, calaamadee "Haa, taariikhaha ku dar dhammaadka warbixintayda".
dates-report-button = Taariikhaha ku dar warbixintayda
dates-print-heading = Daabac taariikhahan
dates-print-text = Isticmaal badhanka daabacaadda ee browser-kaaga. Bogga la daabacay wuxuu muujinayaa taariikhaha oo keliya.
dates-change-button = Beddel taariikhda
