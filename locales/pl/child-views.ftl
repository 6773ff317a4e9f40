# Tłumaczenie na język polski przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Wykwalifikowany tłumacz je sprawdza. Jeśli coś jest niejasne, prosimy o informację: zobacz README.md, „Translations”.
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Zdanie dziecka: trzy domki, jeden ekran naraz, potem sprawdzenie, PDF albo wysłanie.
# Słowa dla dzieci w wieku około 7–15 lat: krótko, ciepło, prosto. Mówimy do dziecka „ty”.
# A child's views: the three houses, one screen at a time, then check, PDF or send.

child-views-title = Co myślę – na spotkanie
child-views-description = Dziecko i osoba, która mu pomaga, mogą krok po kroku zapisać, co dziecko myśli, na konferencję w sprawie ochrony dziecka. Potem można to wydrukować albo wysłać do przewodniczącego konferencji.
child-views-lead = Będzie spotkanie o tobie i twojej rodzinie. Ludzie na tym spotkaniu chcą wiedzieć, co myślisz. Tutaj możesz im to powiedzieć, swoimi słowami.
child-views-intro-helpers = Jeśli pomagasz dziecku, najpierw przeczytaj, [jak pomóc dziecku powiedzieć, co myśli](page:helping-a-child).
child-views-intro-nothing-saved = Ta strona nie zapisuje niczego, co piszesz. Kiedy zamkniesz stronę, twoje słowa znikną. Nie zamykaj jej, dopóki nie masz pliku PDF.
child-views-error-summary = Coś trzeba poprawić
child-views-continue = Dalej
child-views-unsafe-link = Jeśli teraz nie czujesz się bezpiecznie

child-views-who-heading = Kto to wypełnia?
child-views-who-intro = Tu nie ma złej odpowiedzi.
child-views-who-label = Kto pisze?
child-views-who-child-alone = Piszę to samodzielnie
child-views-who-with-helper = Piszę to, a ktoś mi pomaga
child-views-who-helper-wrote = Osoba pomagająca zapisuje to, co mówi dziecko
child-views-error-who-missing = Wybierz, kto pisze

child-views-helper-heading = Kto pomaga?
child-views-helper-intro = Pomiń ten krok, jeśli nikt nie pomaga.
child-views-helper-name-label = Imię osoby pomagającej
child-views-helper-name-hint = Imię dorosłej osoby, która pomaga.
child-views-helper-role-label = Osoba pomagająca to
child-views-role-advocate = Rzecznik (advocate) – osoba, która pomaga dziecku wyrazić zdanie
child-views-role-parent = Mama, tata albo inny rodzic
child-views-role-carer = Opiekun albo rodzic zastępczy
child-views-role-social-worker = Pracownik socjalny
child-views-role-other = Ktoś inny

child-views-child-heading = O tobie
child-views-child-intro = Żeby ludzie na spotkaniu wiedzieli, że to twoje słowa.
child-views-child-name-label = Twoje imię
child-views-child-age-label = Ile masz lat?
child-views-child-age-hint = Na przykład 9.
child-views-error-child-name-missing = Wpisz swoje imię

child-views-meeting-heading = Kiedy jest spotkanie?
child-views-meeting-intro = Pomiń ten krok, jeśli nie wiesz.
child-views-date-legend = Data spotkania
child-views-date-hint = Na przykład 14 3 2026.
child-views-error-date-incomplete = Wpisz dzień, miesiąc i rok spotkania albo zostaw wszystkie trzy pola puste
child-views-error-date-invalid = Takiej daty nie ma. Sprawdź dzień i miesiąc
child-views-error-date-year = Wpisz rok czterema cyframi, na przykład 2026

child-views-pictures-hint = Wybierz tyle, ile chcesz, albo nic.

child-views-good-heading = Mój domek dobrych rzeczy
child-views-good-intro = Pomyśl o dobrych rzeczach w swoim życiu. Duże czy małe – wszystkie się liczą.
child-views-good-pictures-legend = Co jest dobre?
child-views-good-pictures-summary = Dobre rzeczy, które wybieram
child-views-good-family = Moja rodzina
child-views-good-friends = Moi przyjaciele
child-views-good-school = Szkoła
child-views-good-playing = Zabawa i dobre chwile
child-views-good-home = Mój dom
child-views-good-things-label = Co jest dobre w moim życiu
child-views-good-things-hint = Możesz napisać dużo albo mało, jak chcesz.

child-views-helps-heading = Mój domek dobrych rzeczy: kto mi pomaga
child-views-helps-intro = Ludzie, którzy są dla ciebie mili albo z którymi możesz porozmawiać.
child-views-who-helps-label = Kto mi pomaga
child-views-who-helps-hint = Na przykład nauczyciel, przyjaciel, babcia albo dziadek.

child-views-likes-heading = Mój domek dobrych rzeczy: co lubię robić
child-views-likes-intro = Rzeczy, przy których się uśmiechasz.
child-views-likes-doing-label = Co lubię robić
child-views-likes-doing-hint = Na przykład gry, sport, rysowanie, muzyka, zwierzęta.

child-views-worries-heading = Mój domek zmartwień
child-views-worries-intro = To normalne, że masz zmartwienia. Może pomóc, jeśli komuś o nich powiesz.
child-views-worry-pictures-legend = Jak się czuję?
child-views-worry-pictures-summary = Uczucia, które wybieram
child-views-feel-worried = Martwię się
child-views-feel-sad = Jest mi smutno
child-views-feel-scared = Boję się
child-views-feel-angry = Jestem zły lub zła
child-views-worries-label = Co mnie martwi
child-views-worries-hint = Wszystko, przez co czujesz się źle – w domu, w szkole albo gdziekolwiek.

child-views-change-heading = Mój domek zmartwień: co chcę zmienić
child-views-change-intro = Gdyby można było zmienić jedną rzecz albo dużo rzeczy.
child-views-wish-change-label = Co chcę, żeby się zmieniło
child-views-wish-change-hint = Napisz to tak, jak byś to powiedział lub powiedziała.

child-views-dreams-heading = Mój domek marzeń
child-views-dreams-intro = Wyobraź sobie, że wszystko jest dokładnie tak, jak chcesz.
child-views-dream-pictures-legend = W moim marzeniu…
child-views-dream-pictures-summary = Marzenia, które wybieram
child-views-dream-happy = Jestem szczęśliwy lub szczęśliwa
child-views-dream-safe = Czuję się bezpiecznie
child-views-dream-together = W mojej rodzinie wszyscy dobrze się dogadują
child-views-dream-listened = Ludzie mnie słuchają
child-views-dreams-label = Jak chcę, żeby było
child-views-dreams-hint = Co byłoby inaczej? Kto byłby z tobą?

child-views-know-heading = Co chcę powiedzieć na spotkaniu
child-views-know-intro = Dorośli na spotkaniu to przeczytają.
child-views-want-known-label = Co chcę, żeby wiedzieli ludzie na spotkaniu
child-views-want-known-hint = Cokolwiek, co uważasz za ważne.
child-views-error-nothing-written = Wybierz albo napisz coś w jednym z domków albo napisz coś tutaj

child-views-taking-part-heading = Jak chcę wziąć udział
child-views-taking-part-intro = Możesz wybrać. Potem możesz też zmienić zdanie.
child-views-take-part-label = Jak chcesz wziąć udział w spotkaniu?
child-views-take-part-go = Chcę przyjść na spotkanie
child-views-take-part-some = Chcę być na części spotkania
child-views-take-part-advocate = Chcę, żeby mój rzecznik mówił za mnie
child-views-take-part-write = Zamiast tego chcę coś napisać albo narysować
child-views-take-part-not = Nie chcę brać udziału
child-views-who-with-me-label = Kogo chcę mieć przy sobie?
child-views-who-with-me-hint = Osobę, której ufasz, na przykład rzecznika, nauczyciela albo kogoś z rodziny.

child-views-check-title = Sprawdź odpowiedzi
child-views-check-lead = Przeczytajcie wszystko razem. Możesz zmienić, co tylko chcesz.
child-views-drawing-label = Dodaj zdjęcie rysunku (nieobowiązkowe)
child-views-drawing-hint = Zdjęcie JPEG albo PNG, najwyżej 5 MB. Trafi do pliku PDF. Usuwamy ukryte informacje, które telefon dodaje do zdjęcia, na przykład miejsce, gdzie zrobiono zdjęcie.
child-views-drawing-heading = Mój rysunek
child-views-drawing-description = Rysunek dziecka, dodany jako zdjęcie.
drawing-problem-title = Nie udało się dodać rysunku
drawing-error-wrong-type = Plik musi być zdjęciem w formacie JPEG albo PNG. Wybierz inny plik albo go pomiń
drawing-error-too-large = Plik jest większy niż 5 MB. Wybierz mniejsze zdjęcie albo je pomiń
drawing-error-too-many-pixels = Zdjęcie jest za duże, żeby je otworzyć. Zrób nowe zdjęcie albo wybierz mniejsze
drawing-error-damaged = Nie udało się otworzyć pliku. Może być uszkodzony. Wybierz inny plik albo go pomiń

child-views-pdf-title = Co myślę – na konferencję
child-views-pdf-footer = Zdanie dziecka na konferencję w sprawie ochrony dziecka – to są własne słowa dziecka
child-views-pdf-child = Dziecko
child-views-pdf-age = Wiek
child-views-pdf-how = Jak to zostało napisane
child-views-pdf-helper = Osoba pomagająca
child-views-pdf-helper-role = Kim jest osoba pomagająca
child-views-pdf-date = Data konferencji
child-views-pdf-date-missing = Jeszcze nieznana
child-views-pdf-council = Rada (council)
child-views-file-name = co-mysle
child-views-mail-subject = Zdanie dziecka na konferencję w sprawie ochrony dziecka – numer referencyjny { $reference }
