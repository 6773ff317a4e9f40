# Turjumaad Soomaali ah, oo ay diyaarisay kooxda mashruuca (weli ma hubin turjumaan aqoon leh). Turjumaan aqoon leh ayaa hadda hubinaya. Wixii aan caddayn noo sheeg: eeg README.md, "Translations".
# Somali translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

site-name = Hagaha shirka ilaalinta ilmaha
language-name = Soomaali
language-picker-label = Luqadda
skip-link = U gudub qoraalka ugu muhiimsan

exit-this-page = Ka bax boggan
exit-this-page-hint = , si aad goobtan si dhakhso ah uga baxdo
exit-this-page-hint-shortcut = , ama riix furaha Shift 3 jeer, si aad goobtan si dhakhso ah uga baxdo
exit-this-page-region = Si dhakhso ah uga bax goobtan

example-banner-tag = Tusaale
example-banner-text = Tani waa tusaale. Golaha deegaanka, lambarrada telefoonka iyo waqtiyada waa kuwo la sameeyey, run maaha.

# At the top of every page that is not in English (never shown on English pages): the
# translations are drafts until a qualified translator has checked them.
translation-draft-notice = Boggan waxaa turjumay kooxda maamusha hagahan. Turjumaan aqoon leh ayaa weli hubinaya. Haddii wax aan caddayn jiraan, noo sheeg: wac { $conference-phone } ama weydii hawlwadeenkaaga bulshada.
translation-draft-english-link = Boggan ku akhri Ingiriisi

footer-heading = Xiriirro caawimo
# On form pages, just above the footer's links: without script nothing warns before leaving.
form-step = Tallaabada { $step } ee { $steps }
form-back = Dib u noqo
form-leaving-loses-words = Haddii aad riixdo xiriir kaa saaraya boggan, waxaad halkan ku qortay way lumi doonaan. Websaydhkan ma kaydiyo.
footer-staying-safe = Ammaanka internetka
footer-help = Caawimo iyo xiriir
footer-glossary = Erayada oo la sharxay
footer-accessibility = Bayaanka helitaanka (accessibility)
footer-council = Hagahan waxaa bixiya { $council }. Wuxuu sharxayaa waxa inta badan dhaca. Hawlwadeenkaaga bulshada ama guddoomiyaha shirka ayaa kuu sheegi kara waxa qoyskaaga u dhici doona.
footer-privacy = Goobtan ma kaydiso waxaad akhriday ama qortay. Cookie-ga keliya ee ay isticmaashaa wuxuu xasuustaa luqadda aad dooratay.

pagination-label = Bogagga hagahan
pagination-previous = Kii hore
pagination-next = Kan xiga
contents-heading = Dhammaan bogagga hagahan
contents-easy-read = Bog kasta wuxuu sidoo kale ku qoran yahay akhris fudud oo sawirro leh: bogagga akhriska fudud
contents-standard = Bog kasta wuxuu sidoo kale leeyahay qoraal caadi ah: bogagga caadiga ah
twin-link-easy-read = Akhris fudud
twin-link-standard = Qoraalka caadiga ah
easy-for-you-heading = Waxa ay tani adiga kuu ka dhigan tahay
guide-links-label = Wax kale oo hagahan ka mid ah
guide-links-all-pages = Dhammaan bogagga
guide-links-report = Qor warbixintaada

warning-prefix = Digniin:

contacts-council = Golaha deegaanka
contacts-children-services-phone = Adeegyada carruurta (saacadaha shaqada)
contacts-out-of-hours-phone = Saacadaha shaqada ka baxsan (fiidkii, dhammaadka toddobaadka, fasaxyada dadweynaha)
contacts-conference-team-phone = Kooxda shirka ilaalinta ilmaha
contacts-conference-team-email = Iimaylka kooxda shirka
contacts-website = Bogga internetka ee golaha
contacts-complaints = Sida cabasho loo gudbiyo
contacts-complaints-phone = Telefoonka cabashooyinka
contacts-complaints-email = Iimaylka cabashooyinka

timescales-caption = { $council }: goorta waxyaabuhu dhacaan
timescales-column-what = Waxa dhaca
timescales-column-when = Goorta
timescales-reports-initial-what = Waxaad helaysaa warbixinnada shirka koowaad (initial conference)
timescales-reports-initial-when = { $reports-initial-days ->
    [one] Ugu yaraan { $reports-initial-days } maalin shaqo ka hor shirka
   *[other] Ugu yaraan { $reports-initial-days } maalmood oo shaqo ka hor shirka
}
timescales-reports-review-what = Waxaad helaysaa warbixinnada shirka dib-u-eegista
timescales-reports-review-when = { $reports-review-days ->
    [one] Ugu yaraan { $reports-review-days } maalin shaqo ka hor shirka
   *[other] Ugu yaraan { $reports-review-days } maalmood oo shaqo ka hor shirka
}
timescales-core-group-first-what = Kulanka koowaad ee kooxda asaasiga ah (core group)
timescales-core-group-first-when = { $core-group-days ->
    [one] Muddo { $core-group-days } maalin shaqo gudaheed shirka kadib
   *[other] Muddo { $core-group-days } maalmood oo shaqo gudahood shirka kadib
}
timescales-core-group-every-what = Kulannada kooxda asaasiga ah ee xiga
timescales-core-group-every-when = { $core-group-weeks ->
    [one] Ugu yaraan toddobaad kasta
   *[other] Ugu yaraan { $core-group-weeks } toddobaadba mar
}
timescales-minutes-what = Waxaad helaysaa diiwaanka qoran ee shirka (minutes)
timescales-minutes-when = { $minutes-days ->
    [one] Muddo { $minutes-days } maalin shaqo gudaheed
   *[other] Muddo { $minutes-days } maalmood oo shaqo gudahood
}
timescales-first-review-what = Shirka dib-u-eegista ee koowaad
timescales-first-review-when = { $first-review-months ->
    [one] Muddo { $first-review-months } bil gudaheed laga bilaabo shirka koowaad
   *[other] Muddo { $first-review-months } bilood gudahood laga bilaabo shirka koowaad
}
timescales-later-reviews-what = Shirarka dib-u-eegista ee xiga
timescales-later-reviews-when = { $later-review-months ->
    [one] Ugu yaraan bil kasta inta qorshuhu socdo
   *[other] Ugu yaraan { $later-review-months } biloodba mar, inta qorshuhu socdo
}

not-found-title = Boggan lama helin
not-found-text = Ma aanu helin boggaas. Haddii aad adigu qortay cinwaanka, hubi inuu sax yahay. Haddii aad raacday xiriir, boggu waxaa laga yaabaa inuu meel kale u guuray.
not-found-start-link = Tag bilowga hagaha

server-error-title = Waan ka xunnahay, wax baa khaldamay
server-error-text = Tani waa dhibaato ka jirta websaydhkayaga, ee maaha wax aad adigu samaysay. Fadlan isku day mar kale dhowr daqiiqo kadib.

error-bad-form-title = Waan ka xunnahay, ma aanu akhrin karin jawaabahaaga
error-bad-form-text = Wax baa ka khaldamay foomka. Browser-kaaga dib ugu noqo: waxaa la filayaa in jawaabahaagu weli halkaas yaalliin. Kadibna mar kale isku day.
error-cross-site-title = Foomkan waxaa laga soo diri karaa oo keliya websaydhkan
error-cross-site-text = Ammaankaaga awgeed, waxaan aqbalnaa oo keliya jawaabaha laga soo diro bogagga hagahan. Dib ugu noqo hagaha oo halkaas mar kale ka isku day.
error-too-large-title = Waan ka xunnahay, taasi way ka badnayd wax aan akhrin karno
error-too-large-text = Waxa la soo diray ayaa ka weyn warbixin kasta oo suurtagal ah. Browser-kaaga dib ugu noqo: waxaa la filayaa in jawaabahaagu weli halkaas yaalliin. Haddii jawaab ay aad u dheer tahay, soo gaabi, kadibna mar kale isku day.
error-method-title = Waan ka xunnahay, cinwaankani sidaas uma shaqeeyo
error-method-text = Cinwaankan waxaa loogu talagalay foom ama akhris, laakiin looma talagalin waxa browser-kaagu codsaday. Tag bilowga hagaha oo halkaas mar kale ka isku day.
error-timeout-title = Waan ka xunnahay, taasi waqti badan ayay qaadatay
error-timeout-text = Websaydhkayagu kuma dhammayn waqtigii loo qabtay. Browser-kaaga dib ugu noqo: waxaa la filayaa in jawaabahaagu weli halkaas yaalliin. Fadlan isku day mar kale dhowr daqiiqo kadib.

# "3 December 2026". $month is the month-N message; $month_number (1 to 12) is there for
# languages whose month name changes after a day number (Polish genitive: "10 grudnia 2026").
date-long = { $day } { $month } { $year }
# "Thursday 3 December 2026": $weekday is a weekday-N message, $date is date-long.
# $weekday_number is 1 (Monday) to 7 (Sunday).
date-long-weekday = { $weekday }, { $date }
# The same date after "on" in the middle of a sentence. Somali uses the definite weekday
# ("Khamiista, 10 Desembar 2026"), chosen by $weekday_number.
date-long-weekday-on = { $weekday_number ->
    [1] Isniinta, { $date }
    [2] Talaadada, { $date }
    [3] Arbacada, { $date }
    [4] Khamiista, { $date }
    [5] Jimcaha, { $date }
    [6] Sabtida, { $date }
   *[7] Axadda, { $date }
}
weekday-1 = Isniin
weekday-2 = Talaado
weekday-3 = Arbaco
weekday-4 = Khamiis
weekday-5 = Jimco
weekday-6 = Sabti
weekday-7 = Axad
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = May
month-6 = Juun
month-7 = Luuliyo
month-8 = Ogosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar
