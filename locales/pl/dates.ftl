# Tłumaczenie na język polski przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Wykwalifikowany tłumacz je sprawdza. Jeśli coś jest niejasne, prosimy o informację: zobacz README.md, „Translations”.
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# „Państwa daty”: podaje się datę konferencji, a strona pokazuje wszystkie kolejne daty i plik kalendarza.
# $date to pełna data z dniem tygodnia; $date_on to ta sama data po „w” w zdaniu.
# "Your dates": the conference date in, every date that follows out, and a calendar file.

dates-nav-link = Obliczanie dat
dates-title = Obliczanie Państwa dat
dates-description = Proszę wpisać datę konferencji w sprawie ochrony dziecka. Zobaczą Państwo daty, które po niej następują, i mogą Państwo dodać je do swojego kalendarza.
dates-lead = Proszę wpisać datę konferencji. Pokażemy Państwu po kolei, co i do kiedy powinno się wydarzyć.
dates-easy-read-guide = Wersja łatwa do czytania, z obrazkami: [co oznaczają Państwa daty](easy:dates).
dates-nothing-saved = Ta strona nie zapisuje daty, którą Państwo wpisują. Jeśli z tego telefonu korzysta ktoś jeszcze, proszę zamknąć stronę po skończeniu.
dates-section-heading = Państwa konferencja
dates-section-intro = Data jest w liście z zaproszeniem, który Państwo otrzymali.
dates-date-legend = Data konferencji
dates-date-hint = Na przykład 5 3 2026.
dates-kind-label = Która to konferencja?
dates-kind-initial = Pierwsza konferencja (konferencja wstępna)
dates-kind-review = Konferencja przeglądowa
dates-continue = Pokaż moje daty
dates-error-summary-title = Wystąpił problem
dates-error-date-missing = Proszę wpisać datę konferencji
dates-error-date-incomplete = Data konferencji musi zawierać dzień, miesiąc i rok
dates-error-date-invalid = Data konferencji musi być prawdziwą datą
dates-error-date-year = Proszę wpisać rok czterema cyframi, na przykład 2026
dates-error-kind-missing = Proszę wybrać, która to konferencja
dates-file-name = moje-daty

dates-result-title = Państwa daty
dates-result-for-initial = Dla pierwszej konferencji { $date_on }.
dates-result-for-review = Dla konferencji przeglądowej { $date_on }.
dates-result-by = Data ze słowem „najpóźniej” to ostatni dzień, w którym coś powinno się wydarzyć. Może wydarzyć się wcześniej.
dates-result-timescales = Te daty są obliczone według terminów, które stosuje rada: { $council }. Weekendy i dni ustawowo wolne od pracy (bank holidays) nie liczą się jako dni robocze.
dates-result-none = Nie umiemy obliczyć dat tak daleko w przyszłość. Proszę sprawdzić rok konferencji.
dates-by = Najpóźniej: { $date }
dates-on = Data: { $date }

dates-reports-what = Powinni Państwo mieć już raporty
dates-reports-meaning = Pracownik socjalny i inne osoby piszą raporty na konferencję. Powinni Państwo móc je przeczytać, zanim konferencja się zacznie.
dates-reports-if-not = Jeśli ich Państwo nie otrzymali, proszę zapytać pracownika socjalnego albo przewodniczącego konferencji. Mogą Państwo poprosić o więcej czasu na ich przeczytanie.
dates-chair-what = Mogą Państwo najpierw spotkać się z przewodniczącym
dates-chair-meaning = Przewodniczący prowadzi konferencję. Powinien zaproponować spotkanie z Państwem przed jej rozpoczęciem, żeby wyjaśnić, co się będzie działo.
dates-chair-if-not = Jeśli nikt tego Państwu nie zaproponuje, proszę zapytać zespół konferencji po przyjściu. Mogą Państwo przyprowadzić kogoś, kto Państwa wesprze.
dates-conference-what = Konferencja
dates-conference-meaning = Spotkanie, na którym wszyscy rozmawiają o bezpieczeństwie Państwa dziecka i decydują, co będzie dalej.
dates-conference-if-not = Jeśli data się zmieni, powinni Państwo dostać nowy list. Jeśli nie mogą Państwo przyjść, proszę jak najszybciej powiedzieć o tym zespołowi konferencji.
dates-first-core-group-what = Pierwsze spotkanie grupy podstawowej
dates-first-core-group-meaning = Jeśli Państwa dziecko ma plan, mała grupa osób spotyka się, żeby wprowadzić go w życie. Państwo też należą do tej grupy.
dates-first-core-group-if-not = Jeśli nic o nim Państwo nie słyszeli, proszę zapytać pracownika socjalnego, kiedy się odbędzie.
dates-next-core-group-what = Następne spotkanie grupy podstawowej
dates-next-core-group-meaning = { $core-group-weeks ->
    [one] Dopóki obowiązuje plan, grupa podstawowa powinna spotykać się co najmniej raz w tygodniu.
    [few] Dopóki obowiązuje plan, grupa podstawowa powinna spotykać się co najmniej raz na { $core-group-weeks } tygodnie.
    [many] Dopóki obowiązuje plan, grupa podstawowa powinna spotykać się co najmniej raz na { $core-group-weeks } tygodni.
   *[other] Dopóki obowiązuje plan, grupa podstawowa powinna spotykać się co najmniej raz na { $core-group-weeks } tygodnia.
}
dates-next-core-group-if-not = Jeśli spotkania przestaną się odbywać, proszę zapytać pracownika socjalnego dlaczego. Mogą Państwo też powiedzieć o tym przewodniczącemu konferencji.
dates-minutes-what = Powinni Państwo mieć już protokół
dates-minutes-meaning = Protokół to pisemny zapis konferencji. Proszę sprawdzić, czy jest w nim to, co naprawdę zostało powiedziane.
dates-minutes-if-not = Jeśli protokół nie przyszedł, proszę zapytać zespół konferencji. Jeśli coś w nim się nie zgadza, proszę o tym napisać.
dates-first-review-what = Pierwsza konferencja przeglądowa
dates-first-review-meaning = Jeśli Państwa dziecko ma plan, konferencja przeglądowa sprawdza, jak idzie jego realizacja.
dates-first-review-if-not = Jeśli nie otrzymali Państwo listu w tej sprawie, proszę zapytać pracownika socjalnego albo zespół konferencji.
dates-next-review-what = Następna konferencja przeglądowa
dates-next-review-meaning = { $later-review-months ->
    [one] Jeśli plan jest nadal potrzebny, kolejne konferencje przeglądowe odbywają się co najmniej raz w miesiącu.
    [few] Jeśli plan jest nadal potrzebny, kolejne konferencje przeglądowe odbywają się co najmniej raz na { $later-review-months } miesiące.
    [many] Jeśli plan jest nadal potrzebny, kolejne konferencje przeglądowe odbywają się co najmniej raz na { $later-review-months } miesięcy.
   *[other] Jeśli plan jest nadal potrzebny, kolejne konferencje przeglądowe odbywają się co najmniej raz na { $later-review-months } miesiąca.
}
dates-next-review-if-not = Jeśli nic o niej Państwo nie słyszeli, proszę zapytać pracownika socjalnego albo zespół konferencji.

dates-calendar-heading = Dodaj do mojego kalendarza
dates-calendar-text = Mogą Państwo pobrać plik kalendarza z tymi datami. Większość telefonów i komputerów otwiera go w swoim kalendarzu.
dates-calendar-named-label = Tytuły z opisem, czego dotyczy każda data
dates-calendar-named-hint = Telefony często pokazują tytuły z kalendarza na zablokowanym ekranie. Jeśli zostawią Państwo to pole niezaznaczone, tytuły będą ogólne, na przykład „Spotkanie”.
dates-calendar-button = Pobierz plik kalendarza
dates-reports-plain-title = Dokumenty do przeczytania
dates-reports-named-title = Termin raportów na konferencję
dates-chair-plain-title = Przyjdź wcześniej na spotkanie
dates-chair-named-title = Spotkanie z przewodniczącym konferencji
dates-conference-plain-title = Spotkanie
dates-conference-named-title = Konferencja w sprawie ochrony dziecka
dates-core-group-plain-title = Kolejne spotkanie
dates-first-core-group-named-title = Pierwsze spotkanie grupy podstawowej
dates-next-core-group-named-title = Spotkanie grupy podstawowej
dates-minutes-plain-title = Termin notatek
dates-minutes-named-title = Termin protokołu z konferencji
dates-review-plain-title = Spotkanie przeglądowe
dates-first-review-named-title = Pierwsza konferencja przeglądowa
dates-next-review-named-title = Następna konferencja przeglądowa
dates-report-heading = Dodanie tych dat do raportu
dates-report-text = Państwa raport na konferencję może mieć te daty na końcu. Dzięki temu Państwo i przewodniczący widzą te same daty. Przycisk otwiera raport z już wpisaną tą datą. Jeśli zaczęli już Państwo pisać raport, proszę zamiast tego do niego wrócić. W jego ostatniej części proszę zaznaczyć „Tak, proszę dodać daty na końcu mojego raportu”.
dates-report-button = Dodaj daty do mojego raportu
dates-print-heading = Drukowanie tych dat
dates-print-text = Proszę użyć przycisku drukowania w przeglądarce. Na wydruku będą tylko daty.
dates-change-button = Zmień datę
