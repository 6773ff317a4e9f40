# Tłumaczenie na język polski przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Wykwalifikowany tłumacz je sprawdza. Jeśli coś jest niejasne, prosimy o informację: zobacz README.md, „Translations”.
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Raport rodzica na konferencję: formularz, sprawdzenie odpowiedzi i PDF.
# The parent's conference report: the form, check your answers, and the PDF.

report-nav-link = Raport na konferencję
report-title = Proszę zapisać, co chcą Państwo przekazać konferencji
report-easy-read-guide = Wersja łatwa do czytania, z obrazkami: [jak zapisać swoje zdanie na spotkanie](easy:writing-your-views).
report-lead = Wielu rodzicom trudno jest powiedzieć wszystko, co myślą, w dniu konferencji. Pomaga wcześniejsze zapisanie tego. Na końcu mogą Państwo pobrać swój raport jako plik PDF, żeby go wydrukować albo przynieść ze sobą. Możemy też wysłać go e-mailem do przewodniczącego konferencji w Państwa imieniu.
report-description = Proszę zapisać, co chcą Państwo przekazać konferencji w sprawie ochrony dziecka. Potem mogą Państwo pobrać to jako plik PDF albo wysłać do przewodniczącego konferencji.
report-shared-with-conference = Wszyscy uczestnicy konferencji mogą przeczytać Państwa raport. Może to być także partner lub były partner. Proszę nie wpisywać adresu ani numeru telefonu, który ma pozostać tajny.
report-nothing-saved = Ta strona nie zapisuje tego, co Państwo piszą. Jeśli zamkną Państwo tę stronę albo zostawią ją na długo, Państwa słowa przepadną. Proszę nie zamykać tej strony, dopóki nie będą Państwo mieli pliku PDF.
report-shared-device = Jeśli z tego telefonu lub komputera korzystają inne osoby, pobrany plik PDF może zostać w folderze pobranych plików. Strona [Bezpieczeństwo w internecie](page:staying-safe-online) wyjaśnia, jak go usunąć.
report-write-what-you-can = Nie trzeba odpowiadać na każde pytanie. Proszę pisać tyle, ile Państwo chcą, dużo lub mało, własnymi słowami. Trzeba coś napisać w co najmniej jednej części: mocne strony, obawy, wsparcie albo kolejne kroki.

report-section-about = O Państwu i dziecku
report-section-about-intro = Dzięki temu konferencja wie, kto napisał raport.
report-section-strengths = Mocne strony
report-section-strengths-intro = Co jest dobre w Państwa rodzinie. Konferencja bierze pod uwagę mocne strony, a nie tylko obawy.
report-section-worries = Obawy
report-section-worries-intro = Co Państwo myślą o obawach, które zostały zgłoszone.
report-section-support = Potrzebne wsparcie
report-section-support-intro = Pomoc, która naprawdę zmieniłaby coś na lepsze dla Państwa i dziecka.
report-section-next-steps = Kolejne kroki
report-section-next-steps-intro = Co chcieliby Państwo, żeby się wydarzyło po konferencji.
report-section-taking-part = Udział w konferencji
report-section-taking-part-intro = Pytania, które chcą Państwo zadać, i pomoc potrzebna, żeby wziąć udział. Ta część nie jest obowiązkowa.

report-parent-name-label = Imię i nazwisko
report-parent-name-hint = Tak, jak ma być zapisane w raporcie.
report-relationship-label = Kim Państwo są dla dziecka lub dzieci
report-relationship-hint = Na przykład mama, tata, babcia, dziadek, opiekun.
report-children-label = Dziecko lub dzieci, których dotyczy raport
report-children-hint = Wystarczą imiona.
report-date-legend = Data konferencji
report-date-hint = Na przykład 27 3 2027. Jest w liście z zaproszeniem.
# Pytanie, które można pominąć: jego etykieta, a potem słowo „nieobowiązkowe”.
form-optional-label = { $label } (nieobowiązkowe)
form-date-day = Dzień
form-date-month = Miesiąc
form-date-year = Rok

report-going-well-label = Co dobrze się układa w życiu Państwa dziecka?
report-going-well-hint = Na przykład szkoła, zdrowie, przyjaźnie, stały rytm dnia, rzeczy, które dziecko lubi.
report-family-does-well-label = Co Państwa rodzina robi dobrze?
report-family-does-well-hint = Na przykład jak Państwo opiekują się dzieckiem, kto Państwu pomaga, co Państwo już zmienili.
report-needs-to-change-label = Co Państwa zdaniem musi się zmienić, żeby dziecko było bezpieczne i miało się dobrze?
report-needs-to-change-hint = Proszę napisać własnymi słowami, z czym się Państwo zgadzają.
report-disagree-with-label = Czy w obawach lub raportach jest coś, z czym się Państwo nie zgadzają albo co uważają za nieprawdę?
report-disagree-with-hint = Proszę napisać, co to jest i dlaczego. Konferencja powinna wysłuchać Państwa wersji.
report-help-needed-label = Jaka pomoc zmieniłaby coś na lepsze?
report-help-needed-hint = Na przykład pomoc w sprawie mieszkania, pieniędzy, zdrowia, wychowania dzieci, opieki nad dziećmi albo ktoś, z kim można porozmawiać.
report-how-help-would-work-label = Jak by to pomogło Państwu i dziecku?
report-how-help-would-work-hint = Proszę napisać, co by się zmieniło, gdyby Państwo ją dostali.
report-what-should-happen-label = Co chcieliby Państwo, żeby wydarzyło się po konferencji?
report-what-should-happen-hint = Na przykład co powinno być w planie albo jakiej decyzji konferencji Państwo oczekują.
report-who-could-do-what-label = Co mogliby zrobić Państwo, Państwa rodzina i specjaliści?
report-who-could-do-what-hint = Jeśli to możliwe, proszę napisać, kto mógłby co zrobić i do kiedy.
report-questions-label = Pytania, które chcą Państwo zadać na konferencji
report-questions-hint = Jeśli je Państwo zapiszą, nie zapomną ich Państwo w dniu konferencji.
report-attending-label = Czy planują Państwo przyjść na konferencję?
report-attending-yes = Tak
report-attending-no = Nie
report-attending-not-sure = Jeszcze nie wiem
report-help-legend = Pomoc potrzebna do udziału w konferencji
report-help-legend-hint = Proszę zaznaczyć wszystko, co pasuje.
report-need-interpreter-label = Tłumacz ustny
report-interpreter-language-label = Jaki język?
report-need-advocate-label = Rzecznik (advocate) – osoba, która pomoże Państwu powiedzieć, co Państwo myślą
report-need-access-help-label = Pomoc w dostępie, na przykład podjazd dla wózka, pętla indukcyjna dla osób niedosłyszących albo przerwy
report-help-to-take-part-label = Cokolwiek innego, co pomogłoby Państwu wziąć udział
report-help-to-take-part-hint = Na przykład dokumenty w wersji łatwej do czytania, więcej czasu na czytanie albo wcześniejsze spotkanie z przewodniczącym.

## Państwa daty, dodane do raportu (obliczone tak jak na stronie „Obliczanie dat”)
## Your dates, added to the report (worked out as on the "Work out your dates" page)
report-section-dates = Państwa daty
report-section-dates-intro = Na podstawie daty konferencji możemy obliczyć, co i do kiedy powinno się wydarzyć po konferencji. Daty znajdą się na końcu Państwa raportu. Wtedy Państwo i przewodniczący widzą te same daty. Ta część nie jest obowiązkowa.
report-kind-label = Która to konferencja?
report-kind-initial = Pierwsza konferencja (konferencja wstępna)
report-kind-review = Konferencja przeglądowa
report-dates-legend = Czy dodać daty do raportu?
report-dates-legend-hint = Potrzebujemy daty konferencji (z pierwszej części tego formularza) i informacji, która to konferencja.
report-include-dates-label = Tak, proszę dodać daty na końcu mojego raportu
report-error-dates-need-date = Proszę wpisać datę konferencji, żebyśmy mogli obliczyć Państwa daty
report-error-dates-need-kind = Proszę wybrać, która to konferencja, żebyśmy mogli obliczyć Państwa daty

form-limit-hint = Maksymalna liczba znaków: { $max }.
form-count-left = Pozostało znaków
form-count-over = Znaki ponad limit

report-continue = Dalej: sprawdzenie odpowiedzi

form-error-title-prefix = Błąd:
report-error-summary-title = Wystąpił problem
form-error-prefix = Błąd:
report-error-parent-name-missing = Proszę wpisać swoje imię i nazwisko
report-error-children-missing = Proszę wpisać imię dziecka albo imiona dzieci, których dotyczy raport
report-error-nothing-written = Proszę coś napisać w co najmniej jednej części: mocne strony, obawy, potrzebne wsparcie albo kolejne kroki
form-error-too-long = { $over ->
    [one] Pole „{ $label }” może mieć najwyżej tyle znaków: { $max }. Jest o { $over } znak za dużo, więc proszę trochę skrócić tekst. Państwa słowa nadal tu są.
    [few] Pole „{ $label }” może mieć najwyżej tyle znaków: { $max }. Jest o { $over } znaki za dużo, więc proszę trochę skrócić tekst. Państwa słowa nadal tu są.
    [many] Pole „{ $label }” może mieć najwyżej tyle znaków: { $max }. Jest o { $over } znaków za dużo, więc proszę trochę skrócić tekst. Państwa słowa nadal tu są.
   *[other] Pole „{ $label }” może mieć najwyżej tyle znaków: { $max }. Jest o { $over } znaku za dużo, więc proszę trochę skrócić tekst. Państwa słowa nadal tu są.
}
report-error-date-incomplete = Data konferencji musi zawierać dzień, miesiąc i rok
report-error-date-invalid = Data konferencji musi być prawdziwą datą, na przykład 27 3 2027 albo 27 marca 2027
report-error-date-year = Proszę wpisać rok konferencji czterema cyframi, na przykład 2027
form-error-choice-unknown = Proszę wybrać jedną z podanych odpowiedzi

check-title = Sprawdzenie raportu
check-lead = Proszę przeczytać cały raport. Przed pobraniem mogą Państwo zmienić każdą jego część.
check-change = Zmień
check-not-answered = Brak odpowiedzi
check-yes = Tak
# $form to adres formularza: „report” dla raportu rodzica, „child-views” dla zdania dziecka.
check-download-heading = { $form ->
    [child-views] Pobieranie zdania dziecka
   *[other] Pobieranie raportu
}
check-download-text = { $form ->
    [child-views] Zdanie dziecka pobierze się jako plik PDF. Można je wydrukować, zabrać na spotkanie albo wysłać do przewodniczącego konferencji. Nic nie zostaje zapisane na tej stronie.
   *[other] Raport pobierze się jako plik PDF. Mogą go Państwo wydrukować, przynieść na konferencję albo wysłać do przewodniczącego konferencji. Nic nie zostaje zapisane na tej stronie.
}
check-download-button = Pobierz PDF
check-unprintable-heading = Niektóre znaki się nie wydrukują
check-unprintable-text = Plik PDF nie może pokazać niektórych znaków, więc w ich miejscu pojawi się { $marker }. Jeśli są ważne, można opisać je słowami.
check-unprintable-in = W polu „{ $label }”: { $characters }

pdf-title = Raport rodzica na konferencję w sprawie ochrony dziecka
pdf-council = Rada (council)
pdf-conference-date = Data konferencji
pdf-written-by = Autor
pdf-relationship = Kim jest dla dziecka
pdf-about = Dotyczy
pdf-footer = Poufne
# Nagłówek na każdej stronie po pierwszej, po tytule raportu.
pdf-running-header-date = Konferencja: { $date }
pdf-running-header-reference = Numer referencyjny { $reference }
pdf-page-number = Strona {"{"}page{"}"} z {"{"}pages{"}"}
pdf-date-not-given = Nie podano
pdf-help-needed = Pomoc potrzebna do udziału
pdf-file-name = raport-na-konferencje
pdf-dates-heading = Daty obliczone na podstawie daty konferencji
pdf-dates-how = Jak obliczono te daty
pdf-dates-intro = Obliczone według terminów, które stosuje rada { $council }. Data ze słowem „najpóźniej” to ostatni dzień, w którym coś powinno się wydarzyć. Weekendy i dni ustawowo wolne od pracy (bank holidays) nie są liczone jako dni robocze.

check-send-heading = Można też wysłać raport do przewodniczącego konferencji
check-send-text-hidden-address = Możemy wysłać Państwa raport jako plik PDF e-mailem do przewodniczącego konferencji w radzie { $council }. Przewodniczący prowadzi konferencję i przekazuje raporty osobom, które będą na niej obecne.
check-send-text-shown-address = Możemy wysłać Państwa raport jako plik PDF e-mailem do przewodniczącego konferencji w radzie { $council }, na adres { $address }. Przewodniczący prowadzi konferencję i przekazuje raporty osobom, które będą na niej obecne.
check-send-privacy = Po wysłaniu nic nie zostaje zapisane na tej stronie.
check-send-button = Wyślij do przewodniczącego konferencji
check-honeypot-label = Proszę zostawić to pole puste

send-problem-try-later-title = Państwa raport nie został jeszcze wysłany
send-problem-try-later-text = W tej chwili nie udało się nam połączyć z systemem poczty e-mail rady. Nic z tego, co Państwo napisali, nie przepadło: wszystko nadal jest na tej stronie. Mogą Państwo spróbować wysłać raport ponownie za kilka minut albo pobrać teraz plik PDF i wysłać go samodzielnie.
send-problem-cannot-send-title = Nie udało się nam wysłać Państwa raportu
send-problem-cannot-send-text = System poczty e-mail rady go nie przyjął. Nic z tego, co Państwo napisali, nie przepadło: wszystko nadal jest na tej stronie. Proszę teraz pobrać plik PDF i wysłać go samodzielnie.
send-problem-too-many-title = Proszę chwilę poczekać przed ponownym wysłaniem
send-problem-too-many-text = W ciągu ostatniej godziny z Państwa połączenia internetowego wysłano kilka raportów. Dlatego ta strona czeka, zanim wyśle kolejne. Nic z tego, co Państwo napisali, nie przepadło: wszystko nadal jest na tej stronie. Proszę teraz pobrać plik PDF i wysłać go samodzielnie albo spróbować ponownie później.
send-problem-pdf-too-many-title = Proszę poczekać minutę
send-problem-pdf-too-many-text = W ciągu ostatniej minuty z Państwa połączenia internetowego utworzono wiele plików PDF. Proszę poczekać minutę, a potem znowu nacisnąć „Pobierz PDF”. Nic z tego, co Państwo napisali, nie przepadło: wszystko nadal jest na tej stronie.
send-problem-pdf-failed-title = Nie udało się nam utworzyć pliku PDF
send-problem-pdf-failed-text = Coś poszło nie tak po naszej stronie. Nic z tego, co Państwo napisali, nie przepadło: wszystko nadal jest na tej stronie. Proszę spróbować ponownie za kilka minut.
send-problem-reference = Jeśli zadzwonią Państwo w tej sprawie do rady, mogą Państwo podać ten numer referencyjny: { $reference }
send-yourself-heading = Jak wysłać raport samodzielnie
send-yourself-download = Proszę pobrać plik PDF przyciskiem na tej stronie i zachować go w telefonie.
send-yourself-email-chair = Proszę wysłać go e-mailem do przewodniczącego konferencji na adres { $address }.
send-yourself-social-worker = Albo wysłać go do pracownika socjalnego i poprosić, żeby przekazał go przewodniczącemu konferencji.
send-yourself-bring = Albo wydrukować go lub zachować w telefonie i przynieść ze sobą na konferencję.
send-yourself-phone = Jeśli nie są Państwo pewni, czy dotarł, proszę zadzwonić do rady { $council } pod numer { $conference-phone }.

sent-title = { $form ->
    [child-views] Zdanie dziecka zostało wysłane
   *[other] Państwa raport został wysłany
}
sent-reference = Numer referencyjny to
sent-next-heading = Co będzie dalej
sent-next-chair = { $form ->
    [child-views] Przewodniczący konferencji w radzie { $council } dostanie zdanie dziecka e-mailem, jako plik PDF. Przeczyta je przed spotkaniem i przekaże osobom, które będą na nim obecne.
   *[other] Przewodniczący konferencji w radzie { $council } dostanie Państwa raport e-mailem, jako plik PDF. Przeczyta go przed konferencją i przekaże osobom, które będą na niej obecne.
}
sent-next-keep = { $form ->
    [child-views] Proszę zachować numer referencyjny. Jeśli zadzwonią Państwo do rady { $council } pod numer { $conference-phone }, proszę podać ten numer. Pomoże to znaleźć zdanie dziecka.
   *[other] Proszę zachować numer referencyjny. Jeśli zadzwonią Państwo do rady { $council } pod numer { $conference-phone }, proszę podać ten numer. Pomoże to znaleźć Państwa raport.
}
sent-next-not-kept = { $form ->
    [child-views] Zdanie dziecka nie jest zapisywane na tej stronie. Jeśli potrzebna jest kopia, proszę ją pobrać teraz.
   *[other] Państwa raport nie jest zapisywany na tej stronie. Jeśli chcą Państwo mieć własną kopię, proszę ją pobrać teraz.
}
sent-copy-button = Pobierz własną kopię (PDF)
sent-next-safety = Jeśli z tego telefonu korzystają inne osoby, proszę zamknąć tę stronę po skończeniu.

mail-sender-name = Usługa raportów
mail-subject = Raport na konferencję – numer referencyjny { $reference }
mail-body =
    Dzień dobry,

    { $form ->
        [child-views] W załączniku jest zdanie dziecka na jego konferencję. Dziecko zapisało je na naszej stronie internetowej albo zrobiła to osoba, która mu pomaga, i poproszono nas o wysłanie go do Państwa. W pliku PDF jest informacja, kto je zapisał. To jest plik PDF.
       *[other] Rodzic napisał załączony raport na swoją konferencję na naszej stronie internetowej i poprosił nas o wysłanie go do Państwa. To jest plik PDF.
    }

    Numer referencyjny: { $reference }

    Nikt nie czyta odpowiedzi wysłanych na ten adres. { $form ->
        [child-views] Zdanie dziecka nie jest zapisywane na stronie: ten e-mail to jedyna kopia, którą wysłaliśmy.
       *[other] Raport nie jest zapisywany na stronie: ten e-mail to jedyna kopia, którą wysłaliśmy.
    }

# Język pliku PDF, podany w e-mailu, gdy nie jest to angielski. $language to kod języka.
# The PDF's language, said in the email when it is not English: $language is the language code.
mail-written-in = { $form ->
        [child-views] Opinia dziecka jest napisana
       *[other] Raport jest napisany
    } { $language ->
        [cy] po walijsku
        [pl] po polsku
        [so] po somalijsku
       *[other] po angielsku
    }, a każdy nagłówek jest także po angielsku.

## Formularz PDF lub adres wysyłki otwarty z historii albo z zapisanej karty
## A form's PDF or send address opened from the history or a saved tab
form-address-title = Nic nie zostało wysłane
form-address-nothing-sent = Ten adres działa tylko po naciśnięciu przycisków w formularzu. Ponowne otwarcie go niczego nie wysłało i nie utworzyło pliku PDF.
form-address-not-kept = Ta strona nie zapisuje tego, co Państwo piszą, więc nie może znowu pokazać Państwa słów. Jeśli wysłali Państwo już raport wcześniej, przewodniczący konferencji już go ma.
