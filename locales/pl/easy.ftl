# Tłumaczenie na język polski przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Wykwalifikowany tłumacz je sprawdza. Jeśli coś jest niejasne, prosimy o informację: zobacz README.md, „Translations”.
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

# Wersja łatwa do czytania: każda strona przewodnika jeszcze raz, jedna myśl w jednej wiadomości.
# Jedno zdanie ma najwyżej 15 słów; trudne słowo jest **pogrubione**, a obok jest jego znaczenie.
# Easy read: every page of the guide again, one idea per message, for a parent with a learning
# disability. One sentence has at most 15 words; a hard word is in **bold** with its meaning next to it.


## Strona: start-here

easy-start-here-title = Od czego zacząć
easy-start-here-summary = Ta strona mówi, co się dzieje. Mówi też, co mogą Państwo zrobić teraz.
easy-start-here-letter = Dostali Państwo list o **konferencji w sprawie ochrony dziecka**. To spotkanie o tym, jak chronić Państwa dziecko.
easy-start-here-who = Spotkają się Państwo, Państwa rodzina i pracownicy z rady { $council }. Wszyscy będą razem rozmawiać.
easy-start-here-not-court = To spotkanie nie jest sądem. Nie może zabrać Państwu dziecka.
easy-start-here-feelings = To normalne, że czują się Państwo przestraszeni, źli albo zagubieni. To, co Państwo powiedzą, nadal jest ważne.
easy-start-here-you-read = Proszę przeczytać list. Proszę sprawdzić dzień, godzinę i miejsce.
easy-start-here-you-ask = Proszę powiedzieć [pracownikowi socjalnemu](glossary:social-worker), jakiej pomocy Państwo potrzebują.
easy-start-here-tonight-heading = Co mogę zrobić teraz?
easy-start-here-reports = Proszę przeczytać raporty, które Państwo dostaną. Jeśli ich nie ma, proszę zapytać pracownika socjalnego.
easy-start-here-write = Proszę zapisać, co chcą Państwo powiedzieć. Proszę zapisać swoje pytania.
easy-start-here-someone = Proszę pomyśleć o kimś, komu Państwo ufają. Ta osoba może z Państwem przyjść.
easy-start-here-childcare = Proszę znaleźć kogoś, kto zajmie się małymi dziećmi w dniu spotkania.
easy-start-here-tell-your-social-worker-heading = Co powiedzieć pracownikowi socjalnemu?
easy-start-here-interpreter = Proszę powiedzieć, jeśli potrzebują Państwo **tłumacza ustnego**. To osoba, która tłumaczy rozmowę na Państwa język.
easy-start-here-reading = Proszę powiedzieć, jeśli czytanie jest dla Państwa trudne. Mogą Państwo poprosić o wersję łatwą do czytania.
easy-start-here-access = Proszę powiedzieć, jeśli mają Państwo niepełnosprawność. Proszę powiedzieć, jakiej pomocy Państwo potrzebują.
easy-start-here-unsafe = Proszę powiedzieć, jeśli ktoś na spotkaniu sprawia, że nie czują się Państwo bezpiecznie.
easy-start-here-danger = Jeśli Państwo albo Państwa dziecko są teraz w niebezpieczeństwie, proszę dzwonić pod 999.
easy-start-here-private = Czy ktoś jeszcze korzysta z Państwa telefonu? Proszę przeczytać [o bezpieczeństwie w internecie](page:staying-safe-online).

## Strona: what-is-a-conference

easy-what-is-a-conference-title = Co to jest konferencja w sprawie ochrony dziecka?
easy-what-is-a-conference-summary = Ta strona mówi, po co jest to spotkanie.
easy-what-is-a-conference-meeting = **Konferencja w sprawie ochrony dziecka** to spotkanie o Państwa dziecku.
easy-what-is-a-conference-why = Odbywa się, gdy pracownicy uważają, że dziecku może stać się poważna krzywda.
easy-what-is-a-conference-law = Prawo mówi, że rada musi to sprawdzić, gdy dziecku może dziać się krzywda.
easy-what-is-a-conference-checks = Najpierw pracownik socjalny odwiedza Państwa w domu. Rozmawia z Państwa dziećmi.
easy-what-is-a-conference-who-told = Ktoś powiedział radzie, że się martwi. To się nazywa **zgłoszenie**.
easy-what-is-a-conference-secret = Sąsiad może poprosić, żeby jego nazwisko było tajne. Wtedy Państwo go nie poznają.
easy-what-is-a-conference-worker-name = Jeśli zgłosił to pracownik jakiejś służby, zwykle mogą Państwo poznać jego nazwisko.
easy-what-is-a-conference-you-not-court = To spotkanie nie jest sądem. Nie może zabrać Państwu dziecka.
easy-what-is-a-conference-you-fast = Pierwsze spotkanie powinno się odbyć w ciągu 15 dni roboczych. To około 3 tygodni.
easy-what-is-a-conference-what-it-does-heading = Co się dzieje na spotkaniu?
easy-what-is-a-conference-share = Ludzie mówią, co wiedzą o Państwa dziecku.
easy-what-is-a-conference-strengths = Rozmawiają o tym, co jest dobre w Państwa rodzinie.
easy-what-is-a-conference-plan = Decydują, czy dziecko potrzebuje planu, który zapewni mu bezpieczeństwo.
easy-what-is-a-conference-plan-england = W Anglii to się nazywa **plan ochrony dziecka** (child protection plan).
easy-what-is-a-conference-plan-wales = W Walii to się nazywa **plan ochrony, opieki i wsparcia** (care and support protection plan).
easy-what-is-a-conference-register-wales = W Walii imię i nazwisko dziecka trafia też na listę. To **rejestr ochrony dzieci**.
easy-what-is-a-conference-what-it-cannot-do-heading = Czego to spotkanie nie może zrobić?
easy-what-is-a-conference-cannot-live = Spotkanie nie decyduje, gdzie mieszka Państwa dziecko.
easy-what-is-a-conference-away = Tylko sąd albo policja mogą zabrać dziecko z domu. Albo Państwo mogą się na to zgodzić.
easy-what-is-a-conference-advice = Jeśli ktoś mówi o zabraniu dziecka z domu, proszę od razu zasięgnąć porady prawnej.
easy-what-is-a-conference-all-children = Na spotkaniu mówi się o każdym dziecku, które mieszka w Państwa domu.

## Strona: before-the-conference

easy-before-the-conference-title = Przygotowanie do spotkania
easy-before-the-conference-summary = Ta strona mówi, jak się przygotować.
easy-before-the-conference-letter = Dostaną Państwo list. Jest w nim dzień, godzina i miejsce.
easy-before-the-conference-reports = Pracownicy piszą raporty. Powinni je Państwo dostać przed spotkaniem.
easy-before-the-conference-reports-when = Powinni je Państwo dostać { $reports-initial-days ->
        [one] { $reports-initial-days } dzień roboczy
        [few] { $reports-initial-days } dni robocze
        [many] { $reports-initial-days } dni roboczych
       *[other] { $reports-initial-days } dnia roboczego
    } przed pierwszym spotkaniem.
easy-before-the-conference-reports-wrong = Czy coś w raporcie jest nieprawdą? Proszę powiedzieć pracownikowi socjalnemu przed spotkaniem.
easy-before-the-conference-police = Może przyjść policja. Mogą Państwo pierwszy raz usłyszeć, co ona wie.
easy-before-the-conference-chair = **Przewodniczący** to osoba, która prowadzi spotkanie. Najpierw spotyka się z Państwem.
easy-before-the-conference-online = Spotkanie może być w sali albo online, przez połączenie wideo.
easy-before-the-conference-you-write = Proszę zapisać, co chcą Państwo powiedzieć. Można użyć [naszego formularza](easy:writing-your-views).
easy-before-the-conference-you-help = Proszę poprosić o pomoc, jeśli czytanie jest dla Państwa trudne.
easy-before-the-conference-help-to-understand-heading = O jaką pomoc mogę poprosić?
easy-before-the-conference-easy-read = Mogą Państwo poprosić o dokumenty w wersji łatwej do czytania.
easy-before-the-conference-read-with = Mogą Państwo poprosić kogoś, żeby przeczytał z Państwem raporty.
easy-before-the-conference-time = Mogą Państwo poprosić o więcej czasu i o przerwy.
easy-before-the-conference-advocate = Mogą Państwo poprosić o **rzecznika** (advocate). To osoba, która pomaga Państwu zabrać głos.
easy-before-the-conference-questions-heading = O co mogę zapytać?
easy-before-the-conference-ask-worry = Można zapytać: czym się Państwo martwią?
easy-before-the-conference-ask-change = Można zapytać: co musi się zmienić?
easy-before-the-conference-ask-help = Można zapytać: jaką pomoc mogą Państwo dać mojej rodzinie?

## Strona: writing-your-views

easy-writing-your-views-title = Jak zapisać swoje zdanie na spotkanie
easy-writing-your-views-summary = Ta strona pomaga zapisać przed spotkaniem, co Państwo myślą.
easy-writing-your-views-why = Mogą Państwo zapisać, co myślą. Pracownicy przeczytają to na spotkaniu.
easy-writing-your-views-choice = Nie muszą Państwo nic pisać. Kilka notatek też wystarczy.
easy-writing-your-views-help = Może Państwu pomóc ktoś, komu Państwo ufają. Pracownik socjalny też może pomóc.
easy-writing-your-views-you-form = Proszę użyć formularza raportu na tej stronie. Zadaje proste pytania.
easy-writing-your-views-you-nothing-kept = Ta strona nie zapisuje tego, co Państwo piszą.
easy-writing-your-views-what-to-write-heading = O czym mogę napisać?
easy-writing-your-views-good = Dobre rzeczy: co Państwa rodzina robi dobrze?
easy-writing-your-views-worries = Obawy: co musi się zmienić, żeby dziecko było bezpieczne?
easy-writing-your-views-support = Pomoc: jakiej pomocy potrzebuje Państwa rodzina?
easy-writing-your-views-next = Dalej: co powinno się stać po spotkaniu?
easy-writing-your-views-when-you-finish-heading = Co zrobić, kiedy skończę?
easy-writing-your-views-pdf = Mogą Państwo zapisać to jako plik. Mogą Państwo to wydrukować.
easy-writing-your-views-send = Mogą Państwo wysłać to przewodniczącemu przed spotkaniem.
easy-writing-your-views-private = Jeśli ktoś jeszcze korzysta z Państwa telefonu, proszę usunąć plik.

## Strona: who-will-be-there

easy-who-will-be-there-title = Kto będzie na spotkaniu?
easy-who-will-be-there-summary = Ta strona mówi, kto przychodzi na spotkanie.
easy-who-will-be-there-chair = **Przewodniczący** prowadzi spotkanie. Pilnuje, żeby było sprawiedliwe.
easy-who-will-be-there-minutes = Ktoś zapisuje, co mówią ludzie. To się nazywa **protokół**.
easy-who-will-be-there-social-worker = Przychodzi Państwa pracownik socjalny. Pisze raport.
easy-who-will-be-there-health = Może przyjść pielęgniarka albo lekarz.
easy-who-will-be-there-school = Może przyjść nauczyciel.
easy-who-will-be-there-police = Może przyjść policja.
easy-who-will-be-there-family = Może przyjść drugi rodzic dziecka. Mogą przyjść też inni członkowie rodziny.
easy-who-will-be-there-you-names = Na początku każdy mówi, kim jest.
easy-who-will-be-there-you-tell = Nie chcą Państwo, żeby ktoś tam był? Proszę szybko powiedzieć pracownikowi socjalnemu.
easy-who-will-be-there-not-safe-heading = Co zrobić, jeśli nie czuję się bezpiecznie przy kimś?
easy-who-will-be-there-ex = Mogą Państwo nie chcieć być z byłym partnerem. Proszę powiedzieć przewodniczącemu.
easy-who-will-be-there-decide = Przewodniczący decyduje, kto przychodzi. Może porozmawiać z Państwem osobno.
easy-who-will-be-there-address = Ktoś nie może znać Państwa adresu? Proszę powiedzieć przewodniczącemu przed spotkaniem.

## Strona: your-family

easy-your-family-title = Drugi rodzic i Państwa rodzina
easy-your-family-summary = Ta strona mówi, kto z Państwa rodziny może być na spotkaniu.
easy-your-family-other-parent = Drugi rodzic dziecka zwykle też jest zapraszany.
easy-your-family-apart = Nie muszą Państwo siedzieć w tej samej sali, jeśli to nie jest bezpieczne.
easy-your-family-pr = **Władza rodzicielska** (parental responsibility) to prawa rodzica według prawa.
easy-your-family-mother = Matka, która urodziła dziecko, zwykle ma ją do 18. urodzin dziecka.
easy-your-family-partner = Partner, który mieszka z dzieckiem, może być zaproszony.
easy-your-family-you-help = Dziadkowie, ciocie i przyjaciele mogą pomóc Państwa dziecku.
easy-your-family-you-ask = Proszę zapytać przewodniczącego, jeśli ktoś z rodziny chce zabrać głos.
easy-your-family-family-meeting-heading = Co to jest narada rodzinna?
easy-your-family-fgc = **Narada rodzinna** (family group conference) to spotkanie Państwa rodziny i przyjaciół.
easy-your-family-fgc-plan = Państwa rodzina robi własny plan, żeby dziecko było bezpieczne.
easy-your-family-fgc-agree = Jeśli ten plan chroni dziecko, pracownicy zwykle się na niego zgadzają.

## Strona: bringing-someone

easy-bringing-someone-title = Czy mogę kogoś ze sobą przyprowadzić?
easy-bringing-someone-summary = Ta strona mówi, kogo mogą Państwo przyprowadzić.
easy-bringing-someone-who = Tak. Mogą Państwo przyprowadzić przyjaciela albo kogoś z rodziny.
easy-bringing-someone-trust = Ta osoba usłyszy prywatne sprawy. Proszę wybrać kogoś, komu Państwo ufają.
easy-bringing-someone-tell = Proszę powiedzieć pracownikowi socjalnemu, kogo Państwo przyprowadzą.
easy-bringing-someone-advocate = **Rzecznik** (advocate) pomaga Państwu powiedzieć, co Państwo myślą. Proszę zapytać, czy jest ktoś taki w okolicy.
easy-bringing-someone-you-bring = Mogą Państwo przyprowadzić kogoś, komu ufają.
easy-bringing-someone-you-advice = Mogą Państwo zasięgnąć porady prawnej przed spotkaniem.
easy-bringing-someone-solicitor-heading = Czy mogę przyprowadzić prawnika?
easy-bringing-someone-solicitor = Tak. **Solicitor** to prawnik. Może słuchać i Państwa wspierać.
easy-bringing-someone-solicitor-cannot = Zwykle nie może mówić za Państwa na spotkaniu.
easy-bringing-someone-legal-aid = **Bezpłatna pomoc prawna** (legal aid) to pieniądze na opłacenie prawnika. Mogą je Państwo dostać.
easy-bringing-someone-letter = Dostali Państwo list przed sprawą w sądzie? Proszę od razu zadzwonić do prawnika.

## Strona: help-to-take-part

easy-help-to-take-part-title = Pomoc w udziale w spotkaniu
easy-help-to-take-part-summary = Ta strona mówi o pomocy dla osób z niepełnosprawnością albo mówiących w innym języku.
easy-help-to-take-part-law = Prawo mówi, że pracownicy muszą pomóc osobom z niepełnosprawnością wziąć udział.
easy-help-to-take-part-room = Mogą Państwo poprosić o salę bez schodów.
easy-help-to-take-part-hearing = Mogą Państwo poprosić o tłumacza języka migowego albo o pętlę indukcyjną.
easy-help-to-take-part-papers = Mogą Państwo poprosić o dokumenty w wersji łatwej do czytania albo dużym drukiem.
easy-help-to-take-part-breaks = Mogą Państwo poprosić o przerwy albo o krótsze spotkanie.
easy-help-to-take-part-video = Mogą Państwo poprosić, żeby połączyć się przez wideo albo przez telefon.
easy-help-to-take-part-you-early = Proszę jak najwcześniej powiedzieć pracownikowi socjalnemu, czego Państwo potrzebują.
easy-help-to-take-part-you-free = Tłumacz ustny jest bezpłatny.
easy-help-to-take-part-interpreter-heading = Co zrobić, jeśli potrzebuję innego języka?
easy-help-to-take-part-interpreter = Na spotkaniu może być **tłumacz ustny**. Tłumaczy rozmowę na Państwa język i z Państwa języka.
easy-help-to-take-part-not-family = Nie należy prosić o tłumaczenie Państwa rodziny ani dzieci.
easy-help-to-take-part-translate = Mogą Państwo poprosić o raporty w swoim języku.
easy-help-to-take-part-welsh = W Walii mogą Państwo poprosić o spotkanie po walijsku.

## Strona: your-childs-part

easy-your-childs-part-title = Czy moje dziecko weźmie udział?
easy-your-childs-part-summary = Ta strona mówi, jak dziecko może powiedzieć, co myśli.
easy-your-childs-part-attend = Starsze dzieci często są zapraszane. To zależy od ich wieku.
easy-your-childs-part-young = Niemowlęta i małe dzieci zwykle nie przychodzą.
easy-your-childs-part-advocate = Dziecko może mieć **rzecznika** (advocate). To osoba, która mówi w jego imieniu.
easy-your-childs-part-letter = Dziecko może napisać list albo narysować obrazek.
easy-your-childs-part-recording = Dziecko może nagrać swój głos albo film.
easy-your-childs-part-you-matter = Zdanie Państwa dziecka jest ważne.
easy-your-childs-part-you-talk = Proszę porozmawiać z pracownikiem socjalnym o tym, co jest najlepsze dla dziecka.
easy-your-childs-part-leave = Dziecko może nie chcieć, żeby Państwo tam byli. Wtedy przewodniczący może poprosić Państwa, żeby wyszli na chwilę.

## Strona: practical-questions

easy-practical-questions-title = Co przynieść i inne pytania
easy-practical-questions-summary = Ta strona odpowiada na codzienne pytania o dzień spotkania.
easy-practical-questions-bring-letter = Proszę przynieść list o spotkaniu.
easy-practical-questions-bring-reports = Proszę przynieść raporty i swoje notatki.
easy-practical-questions-bring-pen = Proszę przynieść długopis i papier.
easy-practical-questions-travel = Dojazd jest za drogi? Proszę poprosić pracownika socjalnego o pomoc.
easy-practical-questions-work = Spotkanie może trwać kilka godzin. Proszę poprosić w pracy o wolne rano albo po południu.
easy-practical-questions-late = Spóźnią się Państwo? Proszę zadzwonić pod numer z listu.
easy-practical-questions-you-early = Proszę postarać się przyjść wcześniej.
easy-practical-questions-you-private = Proszę zabrać dokumenty do domu. Są prywatne.
easy-practical-questions-baby = Małe dzieci zwykle nie przychodzą. O małe niemowlę proszę zapytać przewodniczącego.
easy-practical-questions-record = Proszę nie nagrywać spotkania bez wcześniejszego zapytania przewodniczącego.
easy-practical-questions-share = Nigdy nie wolno udostępniać dokumentów w internecie.

## Strona: on-the-day

easy-on-the-day-title = Co się dzieje w dniu spotkania?
easy-on-the-day-summary = Ta strona mówi, co się dzieje na spotkaniu.
easy-on-the-day-chair-first = Przewodniczący najpierw spotyka się z Państwem. Mówi, jak przebiega spotkanie.
easy-on-the-day-names = Każdy mówi, kim jest.
easy-on-the-day-social-worker = Pracownik socjalny mówi, dlaczego odbywa się spotkanie.
easy-on-the-day-reports = Każdy pracownik mówi, co jest w jego raporcie.
easy-on-the-day-you = Państwo mówią, co myślą. Mogą Państwo powiedzieć, z czym się Państwo zgadzają.
easy-on-the-day-decide = Potem spotkanie decyduje, czy dziecko potrzebuje planu.
easy-on-the-day-you-break = W każdej chwili mogą Państwo poprosić o przerwę.
easy-on-the-day-you-ask = Proszę poprosić przewodniczącego, żeby wyjaśnił słowo, którego Państwo nie znają.
easy-on-the-day-how-long-heading = Ile to trwa?
easy-on-the-day-length = Wiele spotkań trwa około 2 godzin. Niektóre trwają dłużej.
easy-on-the-day-leave = Przewodniczący może poprosić Państwa, żeby na krótko wyszli z sali.
easy-on-the-day-upset = To normalne, że czują się Państwo zdenerwowani. Można zrobić przerwę.

## Strona: the-decision

easy-the-decision-title = Co może zdecydować spotkanie?
easy-the-decision-summary = Ta strona mówi o decyzji.
easy-the-decision-question = Spotkanie decyduje, czy dziecko potrzebuje planu, który zapewni mu bezpieczeństwo.
easy-the-decision-name-england = W Anglii to się nazywa **plan ochrony dziecka** (child protection plan).
easy-the-decision-name-wales = W Walii to się nazywa **plan ochrony, opieki i wsparcia** (care and support protection plan).
easy-the-decision-register = W Walii imię i nazwisko dziecka trafia do **rejestru ochrony dzieci**. To jest lista.
easy-the-decision-plan = Plan mówi, co musi się stać. Mówi, kto to zrobi i do kiedy.
easy-the-decision-key-worker = Jeden pracownik socjalny prowadzi plan. Jest z Państwem w kontakcie.
easy-the-decision-no-plan = Dziecko może nie potrzebować planu. Rodzina może i tak dostać pomoc.
easy-the-decision-you-disagree = Mogą Państwo powiedzieć, że się Państwo nie zgadzają. Proszę poprosić, żeby to zapisano.
easy-the-decision-you-work = Proszę dalej współpracować z pracownikami. To pomaga dziecku.
easy-the-decision-kinds-of-harm-heading = Jakie są rodzaje krzywdy?
easy-the-decision-category = Spotkanie mówi, jakiego rodzaju krzywdy się obawia.
easy-the-decision-four = W Anglii są 4 rodzaje: przemoc fizyczna, emocjonalna, seksualna i zaniedbanie.
easy-the-decision-five = W Walii jest 5 rodzajów: przemoc fizyczna, emocjonalna, seksualna, finansowa i zaniedbanie.
easy-the-decision-neglect = **Zaniedbanie** oznacza, że dziecko nie dostaje opieki, której potrzebuje.

## Strona: after-the-conference

easy-after-the-conference-title = Co się dzieje po spotkaniu?
easy-after-the-conference-summary = Ta strona mówi, co będzie dalej.
easy-after-the-conference-minutes = Dostaną Państwo **protokół**. To pisemny zapis spotkania.
easy-after-the-conference-minutes-when = Powinien przyjść w ciągu { $minutes-days ->
        [one] { $minutes-days } dnia roboczego
        [few] { $minutes-days } dni roboczych
        [many] { $minutes-days } dni roboczych
       *[other] { $minutes-days } dnia roboczego
    }.
easy-after-the-conference-minutes-wrong = Czy coś w protokole jest nieprawdą? Proszę napisać do przewodniczącego.
easy-after-the-conference-core-group = Jeśli jest plan, spotyka się mała grupa. To **grupa podstawowa** (core group).
easy-after-the-conference-core-group-first = Grupa podstawowa pierwszy raz spotyka się w ciągu { $core-group-days ->
        [one] { $core-group-days } dnia roboczego
        [few] { $core-group-days } dni roboczych
        [many] { $core-group-days } dni roboczych
       *[other] { $core-group-days } dnia roboczego
    }.
easy-after-the-conference-visits = Pracownik socjalny odwiedza Państwa dom. Niektóre wizyty nie są zapowiedziane.
easy-after-the-conference-you-ask = Proszę pytać, jeśli nie rozumieją Państwo planu.
easy-after-the-conference-you-move = Przeprowadzają się Państwo? Proszę najpierw powiedzieć pracownikowi socjalnemu.
easy-after-the-conference-next-meeting-heading = Kiedy jest następne duże spotkanie?
easy-after-the-conference-review = Kolejne spotkanie jest w ciągu { $first-review-months ->
        [one] { $first-review-months } miesiąca
        [few] { $first-review-months } miesięcy
        [many] { $first-review-months } miesięcy
       *[other] { $first-review-months } miesiąca
    }. Sprawdza ono plan.
easy-after-the-conference-end = Plan się kończy, kiedy dziecko jest bezpieczne.
easy-after-the-conference-how-long = Większość planów trwa krócej niż 2 lata.

## Strona: dates

easy-dates-title = Państwa daty: co oznaczają
easy-dates-summary = Ta strona wyjaśnia daty przed spotkaniem i po nim.
easy-dates-what = Nasza strona z datami pokazuje, co powinno się stać i do kiedy.
easy-dates-find = Proszę znaleźć dzień spotkania w liście.
easy-dates-type = Proszę wpisać ten dzień na stronie z datami. Proszę zaznaczyć, czy to pierwsze spotkanie.
easy-dates-reports = Raporty: powinni je Państwo dostać przed spotkaniem.
easy-dates-chair = Przewodniczący może spotkać się z Państwem tuż przed początkiem spotkania.
easy-dates-core-group = Jeśli jest plan, wkrótce potem spotyka się **grupa podstawowa**. Państwo do niej należą.
easy-dates-minutes = **Protokół** przychodzi po spotkaniu. To pisemny zapis spotkania.
easy-dates-review = Spotkanie przeglądowe sprawdza plan kilka miesięcy później.
easy-dates-you-by = Data ze słowem „najpóźniej” to ostatni dzień. Może to być wcześniej.
easy-dates-you-ask = Data minęła i nic się nie stało? Proszę zapytać pracownika socjalnego.
easy-dates-you-private = Ta strona nie zapisuje daty, którą Państwo wpisują.
easy-dates-standard = Strona z datami nie jest w wersji łatwej do czytania. Może pomóc ktoś, komu Państwo ufają.
easy-dates-calendar = Mogą Państwo dodać daty do kalendarza w telefonie.

## Strona: if-things-do-not-improve

easy-if-things-do-not-improve-title = Co jeśli nie będzie lepiej?
easy-if-things-do-not-improve-summary = Ta strona mówi, co się dzieje, jeśli nic się nie zmienia.
easy-if-things-do-not-improve-review = Grupa sprawdza plan. Mówi Państwu, co nadal ją martwi.
easy-if-things-do-not-improve-backup = Niektóre plany mają plan awaryjny. Proszę zapytać o niego pracownika socjalnego.
easy-if-things-do-not-improve-letter = Rada może wysłać list przed sprawą w sądzie. Niektórzy mówią na niego „list PLO”.
easy-if-things-do-not-improve-meeting = List zaprasza Państwa na spotkanie. Proszę pójść i zabrać prawnika.
easy-if-things-do-not-improve-free = Na tym etapie dostają Państwo prawnika za darmo.
easy-if-things-do-not-improve-you-solicitor = Dostali Państwo list przed sprawą w sądzie? Proszę od razu zadzwonić do prawnika.
easy-if-things-do-not-improve-you-keep = Proszę dalej chodzić na spotkania. To pokazuje, że dbają Państwo o dziecko.
easy-if-things-do-not-improve-family = Rodzina i przyjaciele mogą być w stanie pomóc.
easy-if-things-do-not-improve-court = Jeśli rada pójdzie do sądu, decyduje sąd. Rada nie decyduje.

## Strona: if-you-cannot-go

easy-if-you-cannot-go-title = Co jeśli nie mogę przyjść?
easy-if-you-cannot-go-summary = Ta strona mówi, jak mimo to mogą Państwo zabrać głos.
easy-if-you-cannot-go-why = Najlepiej przyjść, jeśli to możliwe. Mogą Państwo przedstawić swoją wersję.
easy-if-you-cannot-go-tell = Nie mogą Państwo przyjść? Proszę jak najszybciej powiedzieć pracownikowi socjalnemu.
easy-if-you-cannot-go-letter = Mogą Państwo napisać list do przewodniczącego.
easy-if-you-cannot-go-video = Mogą Państwo poprosić, żeby połączyć się przez wideo albo przez telefon.
easy-if-you-cannot-go-meet-chair = Mogą Państwo poprosić o rozmowę z przewodniczącym przed spotkaniem.
easy-if-you-cannot-go-you-say = Nadal mogą Państwo powiedzieć, co myślą.
easy-if-you-cannot-go-you-told = Ktoś powie Państwu, co zdecydowano.
easy-if-you-cannot-go-decision = Przewodniczący powinien napisać do Państwa o decyzji.

## Strona: confidentiality

easy-confidentiality-title = Kto się o tym dowie?
easy-confidentiality-summary = Ta strona mówi o prywatnych informacjach.
easy-confidentiality-confidential = To, co ludzie mówią, jest **poufne**. To znaczy, że dowiadują się tylko osoby, które muszą wiedzieć.
easy-confidentiality-why = Pracownicy dzielą się informacjami, żeby chronić Państwa dziecko.
easy-confidentiality-minutes = Protokół dostają Państwo i pracownicy, którzy go potrzebują.
easy-confidentiality-supporter = Każda osoba, którą Państwo przyprowadzą, usłyszy prywatne sprawy.
easy-confidentiality-you-keep = Proszę trzymać dokumenty w bezpiecznym miejscu.
easy-confidentiality-you-past = Partner ma się o czymś nie dowiedzieć? Proszę powiedzieć pracownikowi przed spotkaniem.
easy-confidentiality-address = Ktoś nie może znać Państwa adresu? Proszę najpierw powiedzieć przewodniczącemu.
easy-confidentiality-past = Większość Państwa przeszłości pozostaje prywatna.

## Strona: your-records

easy-your-records-title = Poprawianie błędów
easy-your-records-summary = Ta strona mówi, jak poprawić błędy w dokumentach.
easy-your-records-read = Proszę przeczytać raporty, kiedy je Państwo dostaną.
easy-your-records-mark = Proszę zaznaczyć wszystko, co jest nieprawdą.
easy-your-records-tell = Proszę powiedzieć osobie, która to napisała. Proszę poprosić, żeby to poprawiła.
easy-your-records-minutes = Błąd w protokole? Proszę napisać do przewodniczącego. Proszę napisać, co trzeba zmienić.
easy-your-records-wales-time = W Walii trzeba to zrobić w ciągu 10 dni roboczych.
easy-your-records-file = Mogą Państwo poprosić radę o swoje akta. Zwykle jest to bezpłatne.
easy-your-records-you-copy = Proszę zachować kopię tego, co Państwo wysyłają.
easy-your-records-you-view = Państwa zdanie też powinno zostać zapisane.

## Strona: what-to-expect

easy-what-to-expect-title = Co powinni robić pracownicy
easy-what-to-expect-summary = Ta strona mówi, jak pracownicy powinni Państwa traktować.
easy-what-to-expect-listened = Pracownicy powinni Państwa słuchać.
easy-what-to-expect-respect = Powinni traktować Państwa z szacunkiem.
easy-what-to-expect-honest = Powinni uczciwie powiedzieć, czym się martwią.
easy-what-to-expect-explain = Powinni wyjaśniać sprawy słowami, które Państwo rozumieją.
easy-what-to-expect-reports = Powinni Państwo dostać raporty { $reports-initial-days ->
        [one] { $reports-initial-days } dzień roboczy
        [few] { $reports-initial-days } dni robocze
        [many] { $reports-initial-days } dni roboczych
       *[other] { $reports-initial-days } dnia roboczego
    } przed pierwszym spotkaniem.
easy-what-to-expect-do = Powinni robić to, co obiecują.
easy-what-to-expect-you-perfect = Nikt nie oczekuje, że będą Państwo idealni.
easy-what-to-expect-you-tell = Ktoś źle Państwa traktuje? Mogą Państwo [złożyć skargę](page:complaints).
easy-what-to-expect-what-they-ask-heading = Czego pracownicy będą ode mnie oczekiwać?
easy-what-to-expect-see = Proszę pozwolić im zobaczyć dziecko, także w domu.
easy-what-to-expect-plan = Proszę robić to, co w planie jest dla Państwa.
easy-what-to-expect-ask = Proszę mówić im, kiedy czegoś Państwo nie rozumieją.

## Strona: complaints

easy-complaints-title = Co jeśli się nie zgadzam?
easy-complaints-summary = Ta strona mówi, co zrobić, jeśli nie są Państwo zadowoleni.
easy-complaints-say = Proszę powiedzieć na spotkaniu, że się Państwo nie zgadzają.
easy-complaints-minutes = Proszę poprosić, żeby Państwa zdanie zapisano w protokole.
easy-complaints-talk = Najpierw proszę porozmawiać z przewodniczącym albo z pracownikiem socjalnym.
easy-complaints-complain = Mogą Państwo złożyć **skargę**. To znaczy powiedzieć radzie, że nie są Państwo zadowoleni.
easy-complaints-england = W Anglii każda rada ma własne zasady składania skarg.
easy-complaints-wales = W Walii zasady dla całego kraju mówią, na co można się skarżyć.
easy-complaints-plan-goes-on = Skarga nie zatrzymuje planu.
easy-complaints-you-soon = Proszę złożyć skargę jak najszybciej. Może być termin na jej złożenie.
easy-complaints-you-work = Proszę dalej współpracować z pracownikami, kiedy czekają Państwo na odpowiedź.
easy-complaints-ombudsman = Nadal nie są Państwo zadowoleni? Sprawę może zbadać **rzecznik praw obywatelskich** (Ombudsman). To nic nie kosztuje.

## Strona: glossary

easy-glossary-title = Trudne słowa
easy-glossary-summary = Ta strona mówi, co znaczą niektóre trudne słowa.
easy-glossary-intro = Pracownicy mogą używać tych słów. Przy każdym słowie jest jego znaczenie.
easy-glossary-child-protection-conference-heading = Konferencja w sprawie ochrony dziecka
easy-glossary-conference = Spotkanie o tym, jak chronić dziecko.
easy-glossary-independent-chair-heading = Przewodniczący
easy-glossary-chair = Osoba, która prowadzi spotkanie. Pilnuje, żeby było sprawiedliwe.
easy-glossary-social-worker-heading = Pracownik socjalny
easy-glossary-social-worker = Pracownik rady, który pomaga chronić dzieci.
easy-glossary-minutes-heading = Protokół (minutes)
easy-glossary-minutes = Pisemny zapis tego, co powiedziano na spotkaniu.
easy-glossary-core-group-heading = Grupa podstawowa (core group)
easy-glossary-core-group = Mała grupa, która spotyka się, żeby wprowadzić plan w życie. Państwo do niej należą.
easy-glossary-advocate-heading = Rzecznik (advocate)
easy-glossary-advocate = Osoba, która pomaga powiedzieć, co Państwo myślą.
easy-glossary-interpreter-heading = Tłumacz ustny
easy-glossary-interpreter = Osoba, która mówi w Państwa języku to, co mówią inni.
easy-glossary-solicitor-heading = Prawnik (solicitor)
easy-glossary-solicitor = Prawnik. Może udzielić Państwu porady prawnej.
easy-glossary-legal-aid-heading = Bezpłatna pomoc prawna (legal aid)
easy-glossary-legal-aid = Pieniądze na opłacenie prawnika.
easy-glossary-working-days-heading = Dni robocze
easy-glossary-working-days = Od poniedziałku do piątku. Dni świąteczne (bank holidays) się nie liczą.
easy-glossary-you-ask = Proszę poprosić przewodniczącego, żeby wyjaśnił każde słowo, którego Państwo nie znają.

## Strona: help-and-contacts

easy-help-and-contacts-title = Pomoc i kontakty
easy-help-and-contacts-summary = Ta strona mówi, kto może Państwu pomóc.
easy-help-and-contacts-danger = Jeśli Państwo albo Państwa dziecko są teraz w niebezpieczeństwie, proszę dzwonić pod 999.
easy-help-and-contacts-social-worker = Najpierw proszę zadzwonić do swojego pracownika socjalnego.
easy-help-and-contacts-advocacy = **Rzecznik** (advocate) może pomóc Państwu zabrać głos. Proszę zapytać, czy jest ktoś taki w okolicy.
easy-help-and-contacts-abuse = Służby pomocy ofiarom przemocy domowej pomagają, jeśli ktoś Państwa krzywdzi albo straszy.
easy-help-and-contacts-gp = Lekarz rodzinny może pomóc, jeśli jest Państwu ciężko.
easy-help-and-contacts-frg = Family Rights Group daje bezpłatne porady w Anglii. Telefon: 0808 801 0366.
easy-help-and-contacts-childline = Dzieci mogą zawsze dzwonić do Childline pod numer 0800 1111.
easy-help-and-contacts-you-talk = Proszę porozmawiać z kimś, komu Państwo ufają.
easy-help-and-contacts-you-formats = Proszę poprosić radę o dokumenty w wersji łatwej do czytania albo w swoim języku.

## Strona: staying-safe-online

easy-staying-safe-online-title = Bezpieczeństwo w internecie
easy-staying-safe-online-summary = Ta strona mówi, jak czytać tak, żeby nikt się o tym nie dowiedział.
easy-staying-safe-online-danger = Jeśli są Państwo teraz w niebezpieczeństwie, proszę dzwonić pod 999.
easy-staying-safe-online-exit = Proszę nacisnąć przycisk „Wyjdź z tej strony”. Szybko zamyka tę stronę.
easy-staying-safe-online-history = Telefon zapisuje listę stron, które Państwo oglądali. To się nazywa historia.
easy-staying-safe-online-private = Przeglądanie prywatne (incognito) sprawia, że telefon nie zapisuje tej listy.
easy-staying-safe-online-downloads = Proszę usuwać zapisane pliki, kiedy nie są już potrzebne.
easy-staying-safe-online-you-close = Proszę zamknąć tę stronę, kiedy Państwo skończą.
easy-staying-safe-online-you-screen = Jeśli to możliwe, proszę czytać tam, gdzie nikt nie patrzy.

## Strona: accessibility

easy-accessibility-title = Czy ta strona jest łatwa w użyciu?
easy-accessibility-summary = Ta strona mówi, jak łatwo korzystać z tej strony internetowej.
easy-accessibility-phone = Każdą stronę można czytać na małym telefonie.
easy-accessibility-easy-read = Każda strona przewodnika jest też w wersji łatwej do czytania, tak jak ta.
easy-accessibility-problems = Niektóre rzeczy jeszcze nie działają dobrze. Program do czytania na głos może źle czytać plik PDF.
easy-accessibility-english = Na razie ta strona internetowa jest tylko po angielsku.
easy-accessibility-tell = Znaleźli Państwo problem? Proszę powiedzieć radzie: { $council }.
easy-accessibility-you-tell = Proszę nam napisać, która strona była trudna w użyciu.

easy-helping-a-child-title = Jak pomóc dziecku powiedzieć, co myśli
easy-helping-a-child-summary = Ta strona jest dla dorosłego, który pomaga dziecku wypełnić „Co myślę”.
easy-helping-a-child-sit = Proszę usiąść z dzieckiem w cichym miejscu. Proszę się nie spieszyć.
easy-helping-a-child-houses = „Co myślę” ma trzy domki. Dobre rzeczy. Zmartwienia. Marzenia.
easy-helping-a-child-listen = Proszę zadawać otwarte pytania. Potem proszę słuchać.
easy-helping-a-child-words = Proszę zapisywać własne słowa dziecka. Proszę ich nie zmieniać.
easy-helping-a-child-advocate = Wiele dzieci może dostać **rzecznika**: osobę, która pomaga dziecku powiedzieć, co myśli. Proszę zapytać pracownika socjalnego.
easy-helping-a-child-unsafe = Czy ktoś krzywdzi dziecko? Proszę powiedzieć pracownikowi socjalnemu albo policji. W nagłym wypadku proszę dzwonić pod 999.

# Ta strona mówi do dziecka, dlatego „ty” (jak w child-views.ftl).
easy-feeling-unsafe-title = Jeśli teraz nie czujesz się bezpiecznie
easy-feeling-unsafe-summary = Co zrobić, jeśli się boisz albo nie czujesz się bezpiecznie.
easy-feeling-unsafe-999 = Jesteś teraz w niebezpieczeństwie? Zadzwoń pod 999.
easy-feeling-unsafe-childline = Zadzwoń do **Childline**, telefonu zaufania dla dzieci: 0800 1111. To nic nie kosztuje. O każdej porze.
easy-feeling-unsafe-adult = Powiedz dorosłemu, któremu ufasz.
easy-feeling-unsafe-not-your-fault = To nigdy nie jest twoja wina, jeśli ktoś cię krzywdzi.
easy-helping-a-child-you-read = Na końcu proszę przeczytać dziecku wszystko jeszcze raz.
easy-feeling-unsafe-you-exit = Żeby szybko wyjść z tej strony, naciśnij „Wyjdź z tej strony”.
