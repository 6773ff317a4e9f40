# Tłumaczenie na język polski przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Wykwalifikowany tłumacz je sprawdza. Jeśli coś jest niejasne, prosimy o informację: zobacz README.md, „Translations”.
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Słowa wokół przewodnika: nagłówek, stopka, nawigacja, banery, strony błędów.
# Words around the guide: header, footer, navigation, banners, error pages.

site-name = Przewodnik po konferencji w sprawie ochrony dziecka
language-name = Polski
language-picker-label = Język
skip-link = Przejdź do głównej treści

exit-this-page = Wyjdź z tej strony
exit-this-page-hint = , aby szybko opuścić tę stronę
exit-this-page-hint-shortcut = , albo proszę nacisnąć 3 razy klawisz Shift, aby szybko opuścić tę stronę
exit-this-page-region = Szybkie opuszczenie tej strony

example-banner-tag = Przykład
example-banner-text = To jest wersja pokazowa. Rada (council), numery telefonów i terminy są zmyślone.

# Na górze każdej strony, która nie jest po angielsku: tłumaczenia są wersjami roboczymi,
# dopóki nie sprawdzi ich wykwalifikowany tłumacz.
translation-draft-notice = Tę stronę przetłumaczył zespół, który prowadzi ten przewodnik. Wykwalifikowany tłumacz wciąż ją sprawdza. Jeśli coś jest niejasne, prosimy o informację: proszę zadzwonić pod numer { $conference-phone } albo zapytać swojego pracownika socjalnego.
translation-draft-english-link = Ta strona po angielsku

footer-heading = Przydatne linki
# Na stronach formularzy, tuż nad linkami w stopce.
form-step = Krok { $step } z { $steps }
form-back = Wstecz
form-leaving-loses-words = Jeśli klikną Państwo link prowadzący poza tę stronę, to, co Państwo tu napisali, zniknie. Ta strona tego nie zapisuje.
footer-staying-safe = Bezpieczeństwo w internecie
footer-help = Pomoc i kontakty
footer-glossary = Objaśnienia słów
footer-accessibility = Deklaracja dostępności
footer-council = Ten przewodnik udostępnia rada { $council }. Wyjaśnia, co zwykle się dzieje. Co stanie się w przypadku Państwa rodziny, powie Państwu pracownik socjalny albo przewodniczący konferencji.
footer-privacy = Ta strona nie zapisuje tego, co Państwo czytają ani piszą, i nie używa plików cookie.

pagination-label = Strony tego przewodnika
pagination-previous = Poprzednia
pagination-next = Następna
contents-heading = Wszystkie strony tego przewodnika
contents-easy-read = Każda strona jest też w wersji łatwej do czytania, z obrazkami: strony w wersji łatwej do czytania
contents-standard = Każda strona jest też w zwykłej wersji: strony w zwykłej wersji
twin-link-easy-read = Wersja łatwa do czytania
twin-link-standard = Zwykła wersja
easy-for-you-heading = Co to oznacza dla Państwa
guide-links-label = Więcej w tym przewodniku
guide-links-all-pages = Wszystkie strony
guide-links-report = Proszę napisać swój raport

warning-prefix = Uwaga:

contacts-council = Rada (council)
contacts-children-services-phone = Służby do spraw dzieci (w godzinach pracy biura)
contacts-out-of-hours-phone = Poza godzinami pracy (wieczory, weekendy, dni świąteczne)
contacts-conference-team-phone = Zespół konferencji w sprawie ochrony dziecka
contacts-conference-team-email = E-mail zespołu konferencji
contacts-website = Strona internetowa rady
contacts-complaints = Jak złożyć skargę
contacts-complaints-phone = Telefon w sprawie skarg
contacts-complaints-email = E-mail w sprawie skarg

timescales-caption = { $council }: kiedy co się dzieje
timescales-column-what = Co się dzieje
timescales-column-when = Kiedy
timescales-reports-initial-what = Otrzymują Państwo raporty przed pierwszą (wstępną) konferencją
timescales-reports-initial-when = { $reports-initial-days ->
    [one] Co najmniej { $reports-initial-days } dzień roboczy przed konferencją
    [few] Co najmniej { $reports-initial-days } dni robocze przed konferencją
    [many] Co najmniej { $reports-initial-days } dni roboczych przed konferencją
   *[other] Co najmniej { $reports-initial-days } dnia roboczego przed konferencją
}
timescales-reports-review-what = Otrzymują Państwo raporty przed konferencją przeglądową
timescales-reports-review-when = { $reports-review-days ->
    [one] Co najmniej { $reports-review-days } dzień roboczy przed konferencją
    [few] Co najmniej { $reports-review-days } dni robocze przed konferencją
    [many] Co najmniej { $reports-review-days } dni roboczych przed konferencją
   *[other] Co najmniej { $reports-review-days } dnia roboczego przed konferencją
}
timescales-core-group-first-what = Pierwsze spotkanie grupy podstawowej
timescales-core-group-first-when = { $core-group-days ->
    [one] W ciągu { $core-group-days } dnia roboczego od konferencji
    [few] W ciągu { $core-group-days } dni roboczych od konferencji
    [many] W ciągu { $core-group-days } dni roboczych od konferencji
   *[other] W ciągu { $core-group-days } dnia roboczego od konferencji
}
timescales-core-group-every-what = Kolejne spotkania grupy podstawowej
timescales-core-group-every-when = { $core-group-weeks ->
    [one] Co najmniej raz w tygodniu
    [few] Co najmniej co { $core-group-weeks } tygodnie
    [many] Co najmniej co { $core-group-weeks } tygodni
   *[other] Co najmniej co { $core-group-weeks } tygodnia
}
timescales-minutes-what = Otrzymują Państwo protokół (pisemny zapis) konferencji
timescales-minutes-when = { $minutes-days ->
    [one] W ciągu { $minutes-days } dnia roboczego
    [few] W ciągu { $minutes-days } dni roboczych
    [many] W ciągu { $minutes-days } dni roboczych
   *[other] W ciągu { $minutes-days } dnia roboczego
}
timescales-first-review-what = Pierwsza konferencja przeglądowa
timescales-first-review-when = { $first-review-months ->
    [one] W ciągu { $first-review-months } miesiąca od pierwszej konferencji
    [few] W ciągu { $first-review-months } miesięcy od pierwszej konferencji
    [many] W ciągu { $first-review-months } miesięcy od pierwszej konferencji
   *[other] W ciągu { $first-review-months } miesiąca od pierwszej konferencji
}
timescales-later-reviews-what = Kolejne konferencje przeglądowe
timescales-later-reviews-when = { $later-review-months ->
    [one] Co najmniej raz w miesiącu, dopóki obowiązuje plan
    [few] Co najmniej co { $later-review-months } miesiące, dopóki obowiązuje plan
    [many] Co najmniej co { $later-review-months } miesięcy, dopóki obowiązuje plan
   *[other] Co najmniej co { $later-review-months } miesiąca, dopóki obowiązuje plan
}

not-found-title = Nie znaleziono strony
not-found-text = Nie udało się nam znaleźć tej strony. Jeśli wpisali Państwo adres ręcznie, proszę sprawdzić, czy jest poprawny. Jeśli kliknęli Państwo link, mogła zostać przeniesiona.
not-found-start-link = Na początek przewodnika

server-error-title = Przepraszamy, coś poszło nie tak
server-error-text = To problem z naszą stroną, a nie z czymkolwiek, co Państwo zrobili. Proszę spróbować ponownie za kilka minut.

error-bad-form-title = Przepraszamy, nie udało się odczytać Państwa odpowiedzi
error-bad-form-text = Coś poszło nie tak z formularzem. Proszę cofnąć się w przeglądarce: Państwa odpowiedzi powinny tam nadal być. Potem proszę spróbować ponownie.
error-cross-site-title = Ten formularz można wysłać tylko ze stron tego przewodnika
error-cross-site-text = Dla Państwa bezpieczeństwa przyjmujemy tylko odpowiedzi wysłane ze stron tego przewodnika. Proszę wrócić do przewodnika i spróbować ponownie stamtąd.
error-too-large-title = Przepraszamy, tego było za dużo, żebyśmy mogli to odczytać
error-too-large-text = To, co zostało wysłane, jest większe, niż może być jakikolwiek raport. Proszę cofnąć się w przeglądarce: Państwa odpowiedzi powinny tam nadal być. Jeśli któraś odpowiedź jest bardzo długa, proszę ją skrócić, a potem spróbować ponownie.
error-method-title = Przepraszamy, ten adres tak nie działa
error-method-text = Ten adres służy do wysyłania formularza albo do czytania, ale nie do tego, o co poprosiła Państwa przeglądarka. Proszę przejść na początek przewodnika i spróbować ponownie stamtąd.
error-timeout-title = Przepraszamy, to trwało za długo
error-timeout-text = Nasza strona nie zdążyła na czas. Proszę cofnąć się w przeglądarce: Państwa odpowiedzi powinny tam nadal być. Proszę spróbować ponownie za kilka minut.

# „10 grudnia 2026”: $month_number (1–12) wybiera nazwę miesiąca w dopełniaczu.
# "3 December 2026". $month is the month-N message; $month_number (1 to 12) chooses the genitive.
date-long = { $month_number ->
    [1] { $day } stycznia { $year }
    [2] { $day } lutego { $year }
    [3] { $day } marca { $year }
    [4] { $day } kwietnia { $year }
    [5] { $day } maja { $year }
    [6] { $day } czerwca { $year }
    [7] { $day } lipca { $year }
    [8] { $day } sierpnia { $year }
    [9] { $day } września { $year }
    [10] { $day } października { $year }
    [11] { $day } listopada { $year }
   *[12] { $day } grudnia { $year }
}
# „czwartek, 10 grudnia 2026”: $weekday to wiadomość weekday-N, $date to date-long.
# "Thursday 3 December 2026": $weekday is a weekday-N message, $date is date-long.
date-long-weekday = { $weekday }, { $date }
# Ta sama data po „w” w środku zdania („pierwsza konferencja w czwartek 10 grudnia 2026”).
# The same date after "on" in the middle of a sentence; $weekday_number is 1 (Monday) to 7 (Sunday).
date-long-weekday-on = { $weekday_number ->
    [1] w poniedziałek { $date }
    [2] we wtorek { $date }
    [3] w środę { $date }
    [4] w czwartek { $date }
    [5] w piątek { $date }
    [6] w sobotę { $date }
   *[7] w niedzielę { $date }
}
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
