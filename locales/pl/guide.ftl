# Polskie tłumaczenie przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Sprawdza je wykwalifikowany tłumacz. Prosimy o informację o wszystkim, co jest niejasne: zob. README.md, „Translations”.
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

### Przewodnik dla rodziców, po polsku. Tłumaczenie pliku locales/en/guide.ftl:
### te same identyfikatory, te same zmienne ($council, $nation, liczby dni,
### tygodni i miesięcy, $conference-phone, $conference-decisions) i te same
### selektory. Terminy: locales/pl/TERMS.md. Forma zwracania się: „Państwo”.
###
### Polish guide for parents. Same ids, variables and selectors as
### locales/en/guide.ftl; see that file for what each variable is.


## The six parts of the guide, as headings in the contents list.

part-start = Od tego zacznij
part-before = Przed konferencją
part-on-the-day = W dniu konferencji
part-after = Po konferencji
part-your-rights = Państwa prawa
part-help = Pomoc


## Page: start-here

guide-start-here-title = Od tego zacznij
guide-start-here-summary = Co się dzieje i co mogą Państwo zrobić dziś wieczorem, żeby się przygotować.

guide-start-here-happening-heading = Co się dzieje?
guide-start-here-happening-text = Zaproszono Państwa na [konferencję w sprawie ochrony dziecka](glossary:child-protection-conference). To spotkanie o tym, jak zapewnić Państwa dziecku bezpieczeństwo.
guide-start-here-happening-who = Będą w nim uczestniczyć Państwo, Państwa rodzina oraz specjaliści z rady { $council } i z innych służb. Wszyscy razem porozmawiają o tym, co idzie dobrze, co budzi obawy i co powinno się stać dalej.
guide-start-here-not-court = Konferencja to nie sąd. Nie decyduje o tym, gdzie mieszka Państwa dziecko.
guide-start-here-not-taken = Konferencja nie może odebrać Państwu dziecka. [Kiedy dziecko może zamieszkać poza domem](page:what-is-a-conference).
guide-start-here-feelings = Strach, złość albo zagubienie są czymś normalnym. Wielu rodziców tak się czuje. Mimo to mogą Państwo wziąć udział w spotkaniu, a to, co Państwo powiedzą, ma znaczenie.

guide-start-here-tonight-heading = Co mogę zrobić dziś wieczorem?
guide-start-here-tonight-letter = Proszę przeczytać zaproszenie. Proszę sprawdzić datę, godzinę i miejsce.
guide-start-here-tonight-reports = Proszę przeczytać raporty, które Państwo dostali. Jeśli Państwo ich nie mają, proszę poprosić o nie [pracownika socjalnego](glossary:social-worker).
guide-start-here-tonight-write = Proszę zapisać, co chcą Państwo powiedzieć, i wszystkie swoje pytania. Pomoże w tym strona [Przygotowanie](page:before-the-conference).
guide-start-here-tonight-someone = Proszę pomyśleć o zaufanej osobie, która mogłaby pójść z Państwem. [Kogo można zabrać ze sobą](page:bringing-someone).
guide-start-here-tonight-childcare = W razie potrzeby proszę zorganizować opiekę nad dziećmi. Niemowlęta i małe dzieci zwykle nie przychodzą na spotkanie.
guide-start-here-tonight-rest = Proszę spróbować coś zjeść i się wyspać. Łatwiej będzie Państwu jasno myśleć.

guide-start-here-tell-heading = Co powiedzieć pracownikowi socjalnemu?
guide-start-here-tell-text = Proszę jak najszybciej powiedzieć pracownikowi socjalnemu, jeśli:
guide-start-here-tell-interpreter = potrzebują Państwo [tłumacza](glossary:interpreter), bo angielski nie jest Państwa pierwszym językiem
guide-start-here-tell-reading = czytanie lub rozumienie sprawia Państwu trudność albo mają Państwo niepełnosprawność intelektualną
guide-start-here-tell-access = mają Państwo niepełnosprawność lub problem ze zdrowiem i potrzebują, żeby coś zostało zrobione inaczej
guide-start-here-tell-cannot-go = nie mogą Państwo przyjść na spotkanie
guide-start-here-tell-someone = na spotkaniu będzie ktoś, przy kim nie czują się Państwo bezpiecznie

guide-start-here-more-heading = Gdzie mogę przeczytać więcej?
guide-start-here-more-text = Ten przewodnik ma krótkie części. Proszę przeczytać te, których Państwo potrzebują. Nie trzeba czytać wszystkiego dziś wieczorem.
guide-start-here-more-what = [Czym jest konferencja w sprawie ochrony dziecka?](page:what-is-a-conference)
guide-start-here-more-before = [Przygotowanie do konferencji](page:before-the-conference)
guide-start-here-more-who = [Kto będzie na konferencji?](page:who-will-be-there)
guide-start-here-more-family = [Drugi rodzic, partnerzy i dalsza rodzina](page:your-family)
guide-start-here-more-access = [Pomoc w udziale: niepełnosprawność, język i tłumacze](page:help-to-take-part)
guide-start-here-more-practical = [Sprawy praktyczne: co zabrać, dojazd i nagrywanie](page:practical-questions)
guide-start-here-more-day = [Co dzieje się w dniu konferencji?](page:on-the-day)
guide-start-here-more-decision = [Co może postanowić konferencja?](page:the-decision)
guide-start-here-more-words = [Słowa i ich znaczenie](page:glossary)
guide-start-here-more-help = [Pomoc i kontakty](page:help-and-contacts)
guide-start-here-private = Jeśli ktoś inny korzysta z Państwa telefonu, proszę przeczytać, [jak zachować bezpieczeństwo w internecie](page:staying-safe-online).
guide-start-here-danger = Jeśli Państwu lub Państwa dziecku w tej chwili grozi niebezpieczeństwo, proszę zadzwonić pod 999.


## Page: what-is-a-conference

guide-what-is-a-conference-title = Czym jest konferencja w sprawie ochrony dziecka?
guide-what-is-a-conference-summary = Czym jest to spotkanie, dlaczego się odbywa oraz co może, a czego nie może postanowić.

guide-what-is-a-conference-meeting-heading = Czym jest to spotkanie?
guide-what-is-a-conference-meeting-text = [Konferencja w sprawie ochrony dziecka](glossary:child-protection-conference) to oficjalne spotkanie w sprawie Państwa dziecka. Odbywa się, gdy [służby do spraw dzieci](glossary:children-services) obawiają się, że dziecku może grozić [poważna krzywda](glossary:significant-harm).
guide-what-is-a-conference-meeting-harm = Poważna krzywda to krzywda na tyle duża, że naprawdę wpływa na życie dziecka. Może to być krzywda, która już się stała, albo taka, która może się stać.
guide-what-is-a-conference-meeting-who = Spotykają się Państwo, Państwa rodzina i specjaliści, którzy z Państwem pracują. Czasem bierze w tym udział także dziecko.
guide-what-is-a-conference-meeting-about = Razem przyglądają się Państwo sytuacji rodziny. Rozmawiają Państwo o bezpieczeństwie, zdrowiu i rozwoju dziecka, teraz i w przyszłości.
guide-what-is-a-conference-meeting-names = Ludzie mogą mówić „konferencja”, „case conference” albo „CP conference”. Wszystkie te nazwy oznaczają to samo spotkanie.

guide-what-is-a-conference-why-heading = Dlaczego odbywa się to spotkanie?
guide-what-is-a-conference-why-law = Zgodnie z prawem służby do spraw dzieci muszą sprawdzić sytuację, gdy uważają, że dziecko może doznać poważnej krzywdy. Na przykład ktoś mógł im powiedzieć, że dziecko doznaje przemocy albo jest [zaniedbywane](glossary:neglect).
guide-what-is-a-conference-why-enquiries = To sprawdzanie nazywa się [postępowaniem wyjaśniającym z art. 47](glossary:section-47-enquiry) (Section 47 enquiries). Nazwa pochodzi od artykułu 47 ustawy Children Act 1989 (ustawa o dzieciach). Niektórzy nazywają to dochodzeniem w sprawie ochrony dziecka.
guide-what-is-a-conference-why-now = Wiedzą Państwo, że sprawdzano bezpieczeństwo i dobro Państwa dziecka. Po tym sprawdzeniu służby do spraw dzieci uznały, że potrzebna jest konferencja.
guide-what-is-a-conference-why-initial = Pierwsza konferencja w sprawie Państwa dziecka nazywa się po angielsku [initial conference](glossary:initial-conference) (pierwsza konferencja).

guide-what-is-a-conference-enquiries-heading = Co się dzieje w czasie postępowania z art. 47?
guide-what-is-a-conference-enquiries-strategy = Najpierw specjaliści odbywają [naradę strategiczną](glossary:strategy-discussion). Służby do spraw dzieci, policja i służba zdrowia rozmawiają o obawach. Decydują, czy rozpocząć postępowanie z art. 47.
guide-what-is-a-conference-enquiries-strategy-parents = Rodzice zwykle nie biorą udziału w naradzie strategicznej. Potem powinni Państwo usłyszeć, co postanowiono, chyba że naraziłoby to dziecko na niebezpieczeństwo.
guide-what-is-a-conference-enquiries-shared = Dbanie o bezpieczeństwo dzieci to wspólna praca. Policja, służby do spraw dzieci, lekarze, szkoły i inne służby mają ustalone procedury. Muszą ich przestrzegać, dzielić się informacjami i współpracować.
guide-what-is-a-conference-enquiries-visit = [Pracownik socjalny](glossary:social-worker) odwiedzi Państwa w domu. Zobaczy dziecko, o które się martwi, oraz jego braci i siostry.
guide-what-is-a-conference-enquiries-alone = Pracownik socjalny zwykle chce porozmawiać z każdym dzieckiem osobno.
guide-what-is-a-conference-enquiries-upset = Takie sprawdzanie jest trudne dla większości rodzin. Specjaliści starannie je planują, żeby było jak najmniej przykre.
guide-what-is-a-conference-enquiries-rights = Pracownik socjalny powinien powiedzieć Państwu o Państwa prawach. Powinien informować Państwa na bieżąco i na każdym etapie pytać o Państwa zdanie. Powinien być wobec Państwa otwarty i szczery.
guide-what-is-a-conference-enquiries-private = Informacje zebrane w czasie tego sprawdzania są [poufne](glossary:confidential). Oznacza to, że dostają te informacje tylko osoby, które muszą je znać.

guide-what-is-a-conference-referral-heading = Kto powiadomił służby do spraw dzieci?
guide-what-is-a-conference-referral-text = Gdy ktoś mówi służbom do spraw dzieci, że martwi się o dziecko, nazywa się to [zgłoszeniem](glossary:referral). Zgłoszenie może pochodzić od:
guide-what-is-a-conference-referral-professional = specjalisty, na przykład nauczyciela, lekarza albo pielęgniarki środowiskowej (health visitor)
guide-what-is-a-conference-referral-public = sąsiada, znajomego albo krewnego
guide-what-is-a-conference-referral-parent = rodzica
guide-what-is-a-conference-referral-child = samego dziecka
guide-what-is-a-conference-referral-secret = Osoba prywatna może poprosić, żeby nie ujawniać jej nazwiska. Wtedy służby do spraw dzieci nie mogą Państwu powiedzieć, kto to był.
guide-what-is-a-conference-referral-professional-name = Jeśli zgłoszenie zrobił specjalista, zwykle nie ma powodu, żeby nie podać Państwu jego nazwiska.

guide-what-is-a-conference-outcomes-heading = Co może się stać po postępowaniu wyjaśniającym?
guide-what-is-a-conference-outcomes-text = Są trzy główne możliwości:
guide-what-is-a-conference-outcomes-close = Służby do spraw dzieci nie widzą powodu do obaw. Zamykają sprawę.
guide-what-is-a-conference-outcomes-help = Uznano, że dziecku nie grozi poważna krzywda. Ale jakaś pomoc mogłaby być dobra dla Państwa rodziny. Ta pomoc zależy od Państwa wyboru. Nie muszą Państwo jej przyjąć, ale może ona poprawić sytuację.
guide-what-is-a-conference-outcomes-risk = Dziecku może grozić poważna krzywda. Pracownik socjalny będzie chciał współpracować z Państwem, żeby dziecko było bezpieczniejsze. W zależności od sytuacji może zostać zwołana konferencja.
guide-what-is-a-conference-outcomes-duty = Pracownik socjalny może uznać, że dziecku grozi poważna krzywda. Wtedy ma obowiązek chronić dziecko i ma do tego uprawnienia.
guide-what-is-a-conference-outcomes-court = Sądy pilnują, jak te uprawnienia są używane. Państwo i Państwa dziecko mają prawo do reprezentacji i prawo do kwestionowania decyzji. Pracownik socjalny powinien wyjaśnić Państwu Państwa prawa.
guide-what-is-a-conference-outcomes-partnership = Nawet gdy specjaliści się martwią, powinni pracować razem z Państwem jako rodziną, a nie z pominięciem Państwa.

guide-what-is-a-conference-does-heading = Co robi konferencja?
guide-what-is-a-conference-does-text = Na konferencji uczestnicy:
guide-what-is-a-conference-does-share = mówią, co wiedzą o zdrowiu, bezpieczeństwie i dobru Państwa dziecka
guide-what-is-a-conference-does-strengths = przyglądają się mocnym stronom Państwa rodziny
guide-what-is-a-conference-does-problems = przyglądają się problemom, które może mieć Państwa rodzina
guide-what-is-a-conference-does-risk = zastanawiają się, jak duże jest ryzyko dla dziecka, jeśli w ogóle jest
guide-what-is-a-conference-does-harm = decydują, czy dziecko doznaje poważnej krzywdy albo czy prawdopodobnie jej dozna
guide-what-is-a-conference-does-change = ustalają, co trzeba zmienić, jeśli w ogóle coś, żeby dziecko było bezpieczne
guide-what-is-a-conference-does-support = zastanawiają się, jakiej pomocy potrzebuje Państwa rodzina i kto mógłby jej udzielić
guide-what-is-a-conference-does-plan = decydują, czy dziecko potrzebuje { $nation ->
        [wales] [planu ochrony, opieki i wsparcia](glossary:care-and-support-protection-plan)
       *[england] [planu ochrony dziecka](glossary:child-protection-plan)
    }
guide-what-is-a-conference-does-actions = mówią, co powinno się stać dalej

guide-what-is-a-conference-can-heading = Co może postanowić konferencja?
guide-what-is-a-conference-can-plan = Najważniejsza decyzja dotyczy tego, czy Państwa dziecko potrzebuje { $nation ->
        [wales] planu ochrony, opieki i wsparcia
       *[england] planu ochrony dziecka
    }.
guide-what-is-a-conference-can-also = Jeśli dziecko potrzebuje planu, konferencja także:
guide-what-is-a-conference-can-also-category = ustala [kategorię](glossary:category-of-harm), czyli rodzaj krzywdy, której się obawia
guide-what-is-a-conference-can-also-worker = { $nation ->
    [wales] wyznacza pracownika socjalnego, który będzie koordynował plan
   *[england] wyznacza głównego pracownika socjalnego (w niektórych radach nazywa się go teraz głównym specjalistą prowadzącym, lead practitioner)
}
guide-what-is-a-conference-can-also-core = ustala, kto będzie w [grupie podstawowej](glossary:core-group) (core group)
guide-what-is-a-conference-can-also-review = wyznacza datę pierwszej [konferencji przeglądowej](glossary:review-conference)
guide-what-is-a-conference-can-criteria = Są ścisłe zasady, kiedy dziecko potrzebuje planu. [Przewodniczący](glossary:independent-chair), który prowadzi spotkanie, wyjaśni je Państwu.
guide-what-is-a-conference-can-recommend = Konferencja może też zaproponować usługi, które pomogą Państwa rodzinie i zadbają o dobro dziecka.
guide-what-is-a-conference-can-wales = W Walii nazwisko dziecka zostałoby też wpisane do [rejestru ochrony dzieci](glossary:child-protection-register).
guide-what-is-a-conference-can-more = [Więcej o decyzji](page:the-decision).

guide-what-is-a-conference-cannot-heading = Czego konferencja nie może postanowić?
guide-what-is-a-conference-cannot-court = To nie jest sąd. Konferencja nie wydaje orzeczeń sądowych.
guide-what-is-a-conference-cannot-live = Nie decyduje, gdzie mieszka Państwa dziecko.
guide-what-is-a-conference-cannot-legal = Nie decyduje, czy rada skieruje sprawę do sądu.
guide-what-is-a-conference-cannot-honest = W niektórych rodzinach sytuacja się nie poprawia, nawet gdy jest plan. Wtedy rada może rozważyć skierowanie sprawy do sądu. To osobne postępowanie i otrzymaliby Państwo wtedy własną poradę prawną.

guide-what-is-a-conference-away-heading = Czy mogą mi zabrać dziecko?
guide-what-is-a-conference-away-text = Konferencja nie może odebrać Państwu dziecka. Dziecko może zostać zabrane spod opieki rodzica tylko w jeden z tych sposobów:
guide-what-is-a-conference-away-agree = jeśli rodzice się na to zgodzą
guide-what-is-a-conference-away-court = jeśli sąd rodzinny wyda takie postanowienie
guide-what-is-a-conference-away-police = w nagłym wypadku, jeśli policja użyje swoich uprawnień, żeby zapewnić dziecku bezpieczeństwo na czas do 72 godzin
guide-what-is-a-conference-away-rare = Takie nagłe działania zdarzają się rzadko. Jeśli ktoś mówi o zabraniu dziecka, proszę od razu zasięgnąć porady prawnej. [O poradzie prawnej](page:bringing-someone).

guide-what-is-a-conference-kinds-heading = Czy są różne rodzaje konferencji?
guide-what-is-a-conference-kinds-initial = [Pierwsza konferencja](glossary:initial-conference) (initial conference) odbywa się po postępowaniu wyjaśniającym z art. 47.
guide-what-is-a-conference-kinds-review = [Konferencja przeglądowa](glossary:review-conference) sprawdza, jak działa plan. Decyduje, czy dziecko nadal go potrzebuje.
guide-what-is-a-conference-kinds-transfer = [Konferencja po przeprowadzce](glossary:transfer-in-conference) (transfer-in) odbywa się, gdy dziecko, które ma plan, przeprowadza się na stałe na teren innej rady. Nowa rada powinna ją zorganizować w ciągu 15 [dni roboczych](glossary:working-days) od dnia, w którym dowie się o przeprowadzce.
guide-what-is-a-conference-kinds-unborn = [Konferencja przed urodzeniem dziecka](glossary:pre-birth-conference) odbywa się, zanim dziecko się urodzi.

guide-what-is-a-conference-fast-heading = Dlaczego to dzieje się tak szybko?
guide-what-is-a-conference-fast-text = Pierwsza konferencja powinna się odbyć w ciągu 15 [dni roboczych](glossary:working-days) od narady strategicznej. To około trzech tygodni.
guide-what-is-a-conference-fast-why = Dzieje się to szybko, żeby obawy o dziecko zostały omówione bez zwłoki. Nie oznacza to, że decyzja już zapadła.

guide-what-is-a-conference-children-heading = Czy będzie mowa o wszystkich moich dzieciach?
guide-what-is-a-conference-children-text = Tak. Konferencja przygląda się każdemu dziecku, które mieszka w Państwa domu, nawet jeśli obawy dotyczą jednego dziecka.
guide-what-is-a-conference-children-each = Dla każdego dziecka podejmuje osobną decyzję. Jedno dziecko może potrzebować planu, a drugie nie.

guide-what-is-a-conference-unborn-heading = Czy konferencja może się odbyć przed urodzeniem dziecka?
guide-what-is-a-conference-unborn-text = Tak. Jeśli specjaliści martwią się o dziecko, które jeszcze się nie urodziło, mogą zwołać konferencję przed urodzeniem dziecka.
guide-what-is-a-conference-unborn-plan = Ustala się na niej, jak zapewnić dziecku bezpieczeństwo i opiekę po porodzie. Omawia się też, jakiego wsparcia potrzebują Państwo w czasie ciąży.
guide-what-is-a-conference-unborn-midwife = Na konferencję powinna zostać zaproszona Państwa położna.

guide-what-is-a-conference-rules-heading = Kto ustala zasady?
guide-what-is-a-conference-rules-national = { $nation ->
    [wales] W Walii główną ustawą jest [Social Services and Well-being (Wales) Act 2014](glossary:social-services-wellbeing-act) (walijska ustawa o usługach społecznych i dobrostanie). Wytyczne rządu Walii nazywają się [Working Together to Safeguard People](glossary:working-together-to-safeguard-people).
   *[england] W Anglii wytyczne rządu nazywają się [Working Together to Safeguard Children](glossary:working-together). Najnowsza wersja jest z 2023 roku.
}
guide-what-is-a-conference-rules-procedures = { $nation ->
    [wales] Każda służba w Walii przestrzega procedur [Wales Safeguarding Procedures](glossary:wales-safeguarding-procedures). Opisują one każdy krok, także konferencje.
   *[england] Wytyczne Working Together pomagają służbom współpracować i stawiać dziecko w centrum uwagi. Główną ustawą jest Children Act 1989 (ustawa o dzieciach).
}
guide-what-is-a-conference-rules-local = W każdym rejonie rada, policja, służba zdrowia i inni uzgadniają też lokalne procedury. Proszę zapytać pracownika socjalnego, gdzie można je przeczytać.
guide-what-is-a-conference-rules-ask = Trudno zrozumieć wszystko naraz. Jeśli coś jest niejasne, proszę pytać. Specjaliści są przyzwyczajeni do pytań. Jeśli nie znają odpowiedzi, powinni znaleźć kogoś, kto ją zna.
guide-what-is-a-conference-rules-easy-read = Niektóre rady mają ulotkę o konferencjach w wersji łatwej do czytania. Proszę zapytać, czy taka jest.


## Page: before-the-conference

guide-before-the-conference-title = Przygotowanie do konferencji
guide-before-the-conference-summary = Co się dzieje przed spotkaniem i jak mogą się Państwo do niego przygotować.

guide-before-the-conference-invitation-heading = Co będzie w zaproszeniu?
guide-before-the-conference-invitation-text = Zwykle najpierw [pracownik socjalny](glossary:social-worker) poda Państwu datę, godzinę i miejsce. Potem dostaną Państwo zaproszenie, które potwierdza te informacje.
guide-before-the-conference-invitation-check = Proszę sprawdzić datę i godzinę. Jeśli nie mogą Państwo przyjść, proszę jak najszybciej powiedzieć o tym pracownikowi socjalnemu. [Co zrobić, jeśli nie mogą Państwo przyjść](page:if-you-cannot-go).

guide-before-the-conference-reports-heading = Czy zobaczę raporty przed spotkaniem?
guide-before-the-conference-reports-text = Tak. Każdy specjalista, który przychodzi na konferencję, jest proszony o napisanie raportu. Powinien go Państwu pokazać przed spotkaniem.
guide-before-the-conference-reports-timing = Rada { $council }: raporty powinni Państwo dostać na { $reports-initial-days ->
        [one] [{ $reports-initial-days } dzień roboczy](glossary:working-days)
        [few] [{ $reports-initial-days } dni robocze](glossary:working-days)
        [many] [{ $reports-initial-days } dni roboczych](glossary:working-days)
       *[other] [{ $reports-initial-days } dnia roboczego](glossary:working-days)
    } przed [pierwszą konferencją](glossary:initial-conference). Przed [konferencją przeglądową](glossary:review-conference) powinni je Państwo dostać na { $reports-review-days ->
        [one] { $reports-review-days } dzień roboczy
        [few] { $reports-review-days } dni robocze
        [many] { $reports-review-days } dni roboczych
       *[other] { $reports-review-days } dnia roboczego
    } przed spotkaniem.
guide-before-the-conference-reports-read = Jeśli to możliwe, proszę je przeczytać. Mogą Państwo poprosić o pomoc zaufaną osobę. Proszę zaznaczyć wszystko, co jest nieprawdą albo czego Państwo nie rozumieją.
guide-before-the-conference-reports-missing = Jeśli nie dostali Państwo raportów, proszę powiedzieć o tym pracownikowi socjalnemu. [Przewodniczący](glossary:independent-chair) też sprawdzi to z Państwem przed rozpoczęciem spotkania.
guide-before-the-conference-reports-wrong = Jeśli w raporcie jest błąd, proszę przed spotkaniem powiedzieć o tym autorowi raportu albo pracownikowi socjalnemu. Mogą Państwo też powiedzieć przewodniczącemu. [Jak poprawić błędy](page:your-records).

guide-before-the-conference-police-heading = A informacje od policji?
guide-before-the-conference-police-text = Policja jest zwykle zapraszana na pierwszą konferencję. Musi przekazać, co wie o ważnych dorosłych w życiu i rodzinie dziecka. Mogą to być też informacje o przestępstwach, za które te osoby zostały skazane.
guide-before-the-conference-police-timing = Informacji od policji zwykle nie przekazuje się Państwu przed spotkaniem. Mogą je Państwo usłyszeć po raz pierwszy na konferencji.
guide-before-the-conference-police-leave = Czasem mogą Państwo zostać poproszeni o wyjście z sali, gdy przekazywane są niektóre informacje. [Dlaczego tak się może zdarzyć](page:on-the-day).

guide-before-the-conference-chair-heading = Czy mogę porozmawiać z przewodniczącym przed spotkaniem?
guide-before-the-conference-chair-text = Tak. Przewodniczący to osoba, która prowadzi spotkanie. Zwykle spotyka się z Państwem tuż przed jego rozpoczęciem.
guide-before-the-conference-chair-what = Przewodniczący przywita Państwa i sprawdzi, czy dostali Państwo raporty. Wyjaśni, jak będzie przebiegać spotkanie. Porozmawia z Państwem o tym, jak najlepiej mogą Państwo wziąć w nim udział.
guide-before-the-conference-chair-details = Przewodniczący może też poprosić o sprawdzenie danych rodziny, na przykład imion, nazwisk i dat urodzenia.
guide-before-the-conference-chair-early = Mogą Państwo zostać poproszeni, żeby przyjść w tym celu wcześniej. Proszę postarać się przyjść o wskazanej godzinie. Spotkanie zaczyna się punktualnie, więc jeśli się Państwo spóźnią, będą mieli Państwo mniej czasu z przewodniczącym.
guide-before-the-conference-chair-sooner = Mogą Państwo też poprosić o rozmowę z przewodniczącym przed dniem konferencji, żeby przekazać swoje zdanie. Proszę zapytać pracownika socjalnego, jak to zrobić.

guide-before-the-conference-venue-heading = Gdzie odbędzie się spotkanie?
guide-before-the-conference-venue-text = Wiele konferencji odbywa się w miejscowym biurze [służb do spraw dzieci](glossary:children-services). Niektóre odbywają się w innym budynku. Miejsce będzie podane w zaproszeniu.

guide-before-the-conference-online-heading = Czy spotkanie będzie na miejscu czy przez internet?
guide-before-the-conference-online-text = Konferencja może odbyć się w sali, przez internet w formie wideo albo w obu tych formach naraz. Taka mieszana forma to [spotkanie hybrydowe](glossary:hybrid-meeting).
guide-before-the-conference-online-hybrid = W niektórych spotkaniach hybrydowych przychodzą Państwo osobiście, razem z pracownikiem socjalnym i przewodniczącym. Inni specjaliści łączą się przez wideo. Jeśli mają Państwo [tłumacza](glossary:interpreter) albo [rzecznika](glossary:advocate) (osobę, która pomaga wyrazić zdanie), oni też mogą być z Państwem w sali.
guide-before-the-conference-online-ask = W zaproszeniu powinno być napisane, w jakiej formie odbędzie się spotkanie. Jeśli potrzebują Państwo pomocy, żeby połączyć się przez internet, proszę powiedzieć o tym pracownikowi socjalnemu przed dniem spotkania.

guide-before-the-conference-childcare-heading = Kto zajmie się moimi dziećmi?
guide-before-the-conference-childcare-text = Niemowlęta i małe dzieci zwykle nie przychodzą na konferencję. Zwykle potrzebny będzie ktoś, kto się nimi zajmie, gdy Państwo będą na spotkaniu.
guide-before-the-conference-childcare-baby = Czy mają Państwo małe niemowlę, na przykład karmione piersią? Wtedy proszę przed dniem spotkania zapytać przewodniczącego, co jest możliwe.
guide-before-the-conference-childcare-help = Jeśli trudno zorganizować opiekę nad dziećmi, proszę powiedzieć o tym pracownikowi socjalnemu. Być może będzie mógł pomóc.

guide-before-the-conference-interpreters-heading = Co, jeśli angielski nie jest moim pierwszym językiem?
guide-before-the-conference-interpreters-text = Na spotkaniu może być tłumacz. Jest bezpłatny. Proszę jak najwcześniej powiedzieć pracownikowi socjalnemu, w jakim języku Państwo mówią.
guide-before-the-conference-interpreters-formats = Mogą Państwo też poprosić o informacje w swoim języku. Albo o inną formę, na przykład nagranie do odsłuchania.
guide-before-the-conference-interpreters-more = { $nation ->
    [wales] Na stronie [Pomoc w udziale](page:help-to-take-part) jest więcej informacji, także o języku migowym i o języku walijskim.
   *[england] Na stronie [Pomoc w udziale](page:help-to-take-part) jest więcej informacji, także o języku migowym i pętlach indukcyjnych dla osób słabosłyszących.
}
guide-before-the-conference-learning-heading = Co, jeśli czytanie lub rozumienie sprawia mi trudność?
guide-before-the-conference-learning-text = Proszę powiedzieć pracownikowi socjalnemu, jeśli mają Państwo trudności w uczeniu się. Proszę też powiedzieć o wszystkim, co utrudnia Państwu czytanie, słyszenie, mówienie lub rozumienie.
guide-before-the-conference-learning-changes = Pracownik powinien sprawdzić, jakiej pomocy może udzielić, żeby mogli Państwo wziąć udział. Mogą Państwo poprosić o:
guide-before-the-conference-learning-easy-read = informacje w wersji łatwej do czytania, z krótkimi słowami i obrazkami
guide-before-the-conference-learning-read-aloud = kogoś, kto przeczyta z Państwem raporty przed dniem spotkania
guide-before-the-conference-learning-time = więcej czasu na odpowiedzi na pytania i przerwy, gdy będą Państwo ich potrzebować
guide-before-the-conference-learning-words = wyjaśnianie słów w prosty sposób
guide-before-the-conference-learning-advocate = rzecznika, który pomoże Państwu powiedzieć, co Państwo myślą
guide-before-the-conference-learning-other = Jeśli cokolwiek innego mogłoby Państwu przeszkodzić w przyjściu lub w zrozumieniu, proszę powiedzieć o tym pracownikowi socjalnemu. Proszę zapytać, jakie wsparcie może zaproponować.

guide-before-the-conference-prepare-heading = Jak przygotować się do mówienia?
guide-before-the-conference-prepare-nervous = Wielu rodziców mówi, że na konferencji bardzo się denerwowali. Nie powiedzieli wszystkiego, co chcieli. Wcześniejsze przygotowanie może pomóc.
guide-before-the-conference-prepare-chance = Na spotkaniu mogą Państwo opowiedzieć, jak wygląda sytuacja w domu. Mogą Państwo powiedzieć, co myślą o tym, co mówią inni. Zostaną Państwo zapytani, co powinno się stać dalej i jakiej pomocy Państwo potrzebują.
guide-before-the-conference-prepare-write = Mogą Państwo zapisać, co chcieliby Państwo powiedzieć. Specjaliści piszą raporty i niektórzy rodzice też to robią. Pracownik socjalny może Państwu w tym pomóc.
guide-before-the-conference-prepare-form = Niektóre rady mają formularz dla rodziców. Niektóre proszą, żeby to, co Państwo napiszą, wysłać przewodniczącemu przed spotkaniem. Proszę zapytać pracownika socjalnego. Mogą też Państwo napisać swój raport na tej stronie internetowej i pobrać go, żeby go wydrukować lub wysłać.
guide-before-the-conference-prepare-notes = Jeśli nie chcą Państwo pisać raportu, to nic złego. Mogą Państwo zabrać kilka notatek, które przypomną, co chcą Państwo powiedzieć.
guide-before-the-conference-prepare-think = Warto pomyśleć o tych sprawach:
guide-before-the-conference-prepare-strengths = Mocne strony: co jest dobrego w Państwa rodzinie? Co Państwu dobrze wychodzi?
guide-before-the-conference-prepare-good-things = Dobre rzeczy: co chcieliby Państwo, żeby specjaliści wiedzieli o Państwu i Państwa rodzinie?
guide-before-the-conference-prepare-worries = Obawy: co trzeba zmienić, jeśli w ogóle coś, żeby dziecko było bezpieczne?
guide-before-the-conference-prepare-help = Pomoc: czy Państwa rodzina potrzebuje więcej pomocy lub usług? Jak by to pomogło?
guide-before-the-conference-prepare-next = Dalsze kroki: co powinno się stać po konferencji? Co mogliby zrobić Państwo albo inni, żeby sytuacja się poprawiła?

guide-before-the-conference-questions-heading = Jakie pytania mogę zadać?
guide-before-the-conference-questions-text = Na spotkaniu mogą Państwo zadawać pytania. Na przykład:
guide-before-the-conference-questions-worry = Czego dokładnie się Państwo obawiają?
guide-before-the-conference-questions-change = Co musi się zmienić, żeby mieli Państwo mniej obaw?
guide-before-the-conference-questions-help = Jakiej pomocy mogą Państwo udzielić mojej rodzinie?
guide-before-the-conference-questions-better = Co się stanie, jeśli sytuacja się poprawi?
guide-before-the-conference-questions-contact = Do kogo mam się zwrócić, jeśli czegoś nie rozumiem?
guide-before-the-conference-questions-minutes = Kiedy dostanę pisemny zapis tego spotkania?
guide-before-the-conference-questions-break = Czy mogę zrobić przerwę, jeśli będę jej potrzebować?
guide-before-the-conference-questions-bring = Proszę zapisać pytania i zabrać je ze sobą.
guide-before-the-conference-practical = Na stronie [Sprawy praktyczne](page:practical-questions) jest mowa o tym, co zabrać, o kosztach dojazdu, wolnym w pracy i nagrywaniu.

guide-before-the-conference-private-heading = Co, jeśli chcę, żeby coś pozostało prywatne?
guide-before-the-conference-private-text = Może Państwo nie chcą, żeby partner lub partnerka wiedzieli coś o Państwa przeszłości. Jeśli tak, proszę powiedzieć o tym pracownikowi socjalnemu przed konferencją.
guide-before-the-conference-private-address = Może muszą Państwo ukryć swój adres lub numer telefonu przed kimś na spotkaniu. Jeśli tak, proszę powiedzieć o tym przewodniczącemu przed rozpoczęciem. [Więcej o tym, czym się dzielimy](page:confidentiality).
## Page: who-will-be-there

guide-who-will-be-there-title = Kto będzie na konferencji?
guide-who-will-be-there-summary = Kto przychodzi na spotkanie, co robi i co zrobić, jeśli nie chcą Państwo, żeby ktoś tam był.
guide-who-will-be-there-chair-heading = Kto prowadzi spotkanie?
guide-who-will-be-there-chair-text = Spotkanie prowadzi [niezależny przewodniczący](glossary:independent-chair). Zwykle jest to starszy menedżer z rady, który nie zajmuje się sprawą Państwa dziecka. Jego zadaniem jest dopilnowanie, żeby spotkanie było sprawiedliwe i żeby każdy został wysłuchany.
guide-who-will-be-there-chair-names = Rady różnie nazywają przewodniczącego, na przykład conference chair albo child protection chair.
guide-who-will-be-there-chair-iro = Niektóre rady proszą [niezależnego urzędnika sprawdzającego plany](glossary:independent-reviewing-officer) (Independent Reviewing Officer) o prowadzenie konferencji. Jednak jego główne zadanie według prawa jest inne: sprawdza plany dzieci, które są pod opieką rady.

guide-who-will-be-there-minutes-heading = Kto robi notatki?
guide-who-will-be-there-minutes-text = Protokolant zapisuje, co zostało powiedziane i postanowione. Jego notatki nazywają się [protokołem](glossary:minutes) (minutes). Nie bierze udziału w rozmowie.

guide-who-will-be-there-social-worker-heading = Co robi pracownik socjalny?
guide-who-will-be-there-social-worker-text = Na spotkaniu będzie [pracownik socjalny](glossary:social-worker) Państwa dziecka. Może przyjść też jego przełożony.
guide-who-will-be-there-social-worker-report = Pracownik socjalny pisze raport o tym, dlaczego zwołano konferencję. W raporcie powinno być Państwa zdanie o obawach.

guide-who-will-be-there-others-heading = Kto jeszcze może przyjść?
guide-who-will-be-there-others-text = Zaprasza się specjalistów, którzy znają Państwa dziecko lub rodzinę. Mogą to być:
guide-who-will-be-there-others-health = pielęgniarka środowiskowa (health visitor) albo pielęgniarka szkolna
guide-who-will-be-there-others-doctor = lekarz, na przykład Państwa lekarz rodzinny (GP) albo lekarz ze szpitala
guide-who-will-be-there-others-school = nauczyciel albo pracownik żłobka lub przedszkola
guide-who-will-be-there-others-education = pracownik, który pomaga, gdy dzieci nie chodzą do szkoły (education welfare officer)
guide-who-will-be-there-others-police = policja
guide-who-will-be-there-others-probation = [kurator sądowy](glossary:probation-officer) (probation officer), jeśli ma go ktoś dorosły z Państwa rodziny
guide-who-will-be-there-others-housing = ktoś z wydziału mieszkaniowego
guide-who-will-be-there-others-services = inne służby, które znają Państwa rodzinę lub z Państwem pracują
guide-who-will-be-there-family = Mogą zostać zaproszeni inni członkowie rodziny. Także każdy inny, kto ma [władzę rodzicielską](glossary:parental-responsibility) (parental responsibility) nad Państwa dzieckiem. [Drugi rodzic, partnerzy i dalsza rodzina](page:your-family).
guide-who-will-be-there-advocates = Może też być [rzecznik](glossary:advocate) (osoba, która pomaga Państwu lub dziecku wyrazić zdanie) oraz [tłumacz](glossary:interpreter), jeśli jest potrzebny.
guide-who-will-be-there-strangers = Mogą Państwo nie znać wszystkich. Niektórzy przychodzą, bo dużo wiedzą na jakiś temat. Inni mogą w przyszłości pomagać Państwa rodzinie.
guide-who-will-be-there-introductions = Na początku wszyscy powiedzą, kim są i dlaczego przyszli.

guide-who-will-be-there-absent-heading = Co, jeśli specjalista nie może przyjść?
guide-who-will-be-there-absent-text = Jeśli specjalista nie może przyjść, może zamiast tego przysłać pisemny raport. Przewodniczący dopilnuje, żeby raport został przedstawiony na spotkaniu. Państwo też powinni go zobaczyć.

guide-who-will-be-there-not-want-heading = Co, jeśli nie chcę, żeby ktoś tam był?
guide-who-will-be-there-not-want-text = Proszę jak najszybciej porozmawiać z pracownikiem socjalnym. Może chodzić o członka rodziny albo o specjalistę.
guide-who-will-be-there-not-want-chair = Ostateczną decyzję o tym, kto przychodzi na spotkanie, podejmuje przewodniczący.
guide-who-will-be-there-not-want-ex = Mogą Państwo nie chcieć być w jednej sali z byłym partnerem lub byłą partnerką. Może to wynikać z przemocy domowej. Proszę powiedzieć o tym pracownikowi socjalnemu albo przewodniczącemu. Przewodniczący może zdecydować, że wysłucha Państwa osobno.
guide-who-will-be-there-not-want-address = Może się zdarzyć, że muszą Państwo ukryć swój adres lub numer telefonu przed kimś na spotkaniu. Jeśli tak, proszę powiedzieć o tym przewodniczącemu, zanim spotkanie się zacznie.
## Page: bringing-someone

guide-bringing-someone-title = Czy mogę kogoś ze sobą zabrać?
guide-bringing-someone-summary = Kogo mogą Państwo zabrać dla wsparcia, co ta osoba może robić na spotkaniu i gdzie uzyskać poradę prawną.

guide-bringing-someone-who-heading = Kogo mogę zabrać?
guide-bringing-someone-who-text = Mogą Państwo zabrać kogoś, kto Państwa wesprze. Może to być krewny, znajomy albo inna wybrana przez Państwa osoba.
guide-bringing-someone-who-help = Ta osoba może pomóc Państwu się uspokoić. Może pomóc Państwu wziąć udział i wyjaśnić Państwa zdanie.
guide-bringing-someone-who-trust = Będzie mowa o prywatnych sprawach Państwa, dziecka i rodziny. Dlatego proszę wybrać zaufaną osobę, która zachowa je dla siebie.
guide-bringing-someone-who-child = W niektórych rejonach [przewodniczący](glossary:independent-chair) sprawdza, czy dziecku nie przeszkadza, że ta osoba usłyszy o nim różne rzeczy. Jeśli dziecku to przeszkadza, przewodniczący może poprosić o wybranie kogoś innego.
guide-bringing-someone-who-tell = Przed dniem spotkania proszę powiedzieć [pracownikowi socjalnemu](glossary:social-worker), kogo Państwo zabiorą.
guide-bringing-someone-advocate-heading = Kto to jest rzecznik?
guide-bringing-someone-advocate-text = [Rzecznik](glossary:advocate) (advocate) to osoba, która pomaga Państwu powiedzieć, co Państwo myślą, i pilnuje, żeby Państwa wysłuchano. To nie jest adwokat.
guide-bringing-someone-advocate-kinds = Rzecznikiem może być znajomy lub osoba, która Państwa wspiera. W niektórych rejonach są też przeszkoleni rzecznicy dla rodziców.
guide-bringing-someone-advocate-ask = Proszę zapytać pracownika socjalnego, czy w pobliżu działa służba rzeczników. Na stronie [Pomoc i kontakty](page:help-and-contacts) opisano, jakie są rodzaje pomocy.

guide-bringing-someone-cannot-heading = Czy jest ktoś, kogo nie mogę zabrać?
guide-bringing-someone-cannot-text = O tym, kto przychodzi na spotkanie, decyduje przewodniczący. Może się nie zgodzić na jakąś osobę, na przykład gdyby to nie było bezpieczne. W niektórych rejonach pyta też, czy dziecku to nie przeszkadza.
guide-bringing-someone-cannot-check = Jeśli nie są Państwo pewni, proszę zapytać pracownika socjalnego przed dniem spotkania.

guide-bringing-someone-solicitor-heading = Czy mogę zabrać prawnika?
guide-bringing-someone-solicitor-text = Tak. Mogą Państwo zabrać [prawnika](glossary:solicitor) (solicitor). Ale konferencja nie jest sądem, więc prawnik jest tam jako osoba wspierająca.
guide-bringing-someone-solicitor-can = Na spotkaniu prawnik może:
guide-bringing-someone-solicitor-can-listen = słuchać, co jest mówione, i obserwować, jak prowadzone jest spotkanie
guide-bringing-someone-solicitor-can-support = wspierać Państwa
guide-bringing-someone-solicitor-can-private = porozmawiać z Państwem na osobności w czasie przerwy
guide-bringing-someone-solicitor-cannot = W większości przypadków prawnik nie może:
guide-bringing-someone-solicitor-cannot-speak = mówić na spotkaniu w Państwa imieniu
guide-bringing-someone-solicitor-cannot-discuss = brać udziału w dyskusji
guide-bringing-someone-solicitor-cannot-decide = brać udziału w podejmowaniu decyzji
guide-bringing-someone-solicitor-minutes = Możliwe, że prawnik już reprezentuje Państwa w [postępowaniu sądowym w sprawie opieki nad dzieckiem](glossary:care-proceedings) (care proceedings). Jeśli przyjdzie na konferencję, może dostać własny egzemplarz [protokołu](glossary:minutes).
guide-bringing-someone-advice-heading = Gdzie mogę uzyskać poradę prawną?
guide-bringing-someone-advice-text = Mogą Państwo uzyskać poradę prawną przed konferencją. Może ona pomóc zrozumieć Państwa prawa.
guide-bringing-someone-advice-where = Niektóre organizacje charytatywne udzielają rodzicom bezpłatnych porad. Niektórzy prawnicy specjalizują się w prawie dotyczącym dzieci i rodzin. Na stronie [Pomoc i kontakty](page:help-and-contacts) są nazwy niektórych krajowych organizacji.
guide-bringing-someone-pay-heading = Czy trzeba będzie zapłacić prawnikowi?
guide-bringing-someone-pay-text = Być może nie. [Bezpłatna pomoc prawna](glossary:legal-aid) (legal aid) może pokryć koszt porady prawnika i jego udziału razem z Państwem w konferencji.
guide-bringing-someone-pay-tests = Żeby ją dostać, trzeba spełnić dwa warunki. Kryterium finansowe (means test) sprawdza Państwa dochody i oszczędności. Kryterium zasadności (merits test) sprawdza, czy pomoc prawnika zmieniłaby w Państwa sprawie wystarczająco dużo.
guide-bringing-someone-pay-benefits = Jeśli dostają Państwo niektóre zasiłki, na przykład Universal Credit, zwykle spełniają Państwo część kryterium finansowego dotyczącą dochodów. Oszczędności i tak są sprawdzane.
guide-bringing-someone-pay-letter = Inaczej jest, jeśli dostaną Państwo [pismo przed wszczęciem postępowania](glossary:letter-before-proceedings) (letter before proceedings). Wtedy bezpłatna pomoc prawna pokrywa koszt prawnika bez względu na dochody, jeśli są Państwo rodzicem albo mają władzę rodzicielską.
guide-bringing-someone-pay-ask = Prawnik może sprawdzić, czy mogą Państwo dostać bezpłatną pomoc prawną. Proszę o to zapytać, zanim zacznie dla Państwa pracować.

guide-bringing-someone-find-heading = Jak znaleźć prawnika?
guide-bringing-someone-find-text = Proszę wybrać prawnika, który specjalizuje się w prawie dotyczącym dzieci. Na stronie „Find a Solicitor” organizacji Law Society można go wyszukać.
guide-bringing-someone-find-accredited = Proszę szukać prawnika z akredytacją Children Law przyznaną przez Law Society. Oznacza ona, że ma on specjalną wiedzę w tej dziedzinie prawa.
guide-bringing-someone-find-legal-aid = Nie każdy prawnik prowadzi sprawy w ramach bezpłatnej pomocy prawnej. Proszę o to zapytać przy pierwszym kontakcie.
guide-bringing-someone-find-letter = Jeśli dostali Państwo pismo przed wszczęciem postępowania, proszę od razu skontaktować się z prawnikiem. Proszę zabrać to pismo ze sobą. [Co oznacza to pismo](page:if-things-do-not-improve).


## Page: your-childs-part

guide-your-childs-part-title = Czy moje dziecko weźmie udział?
guide-your-childs-part-summary = Czy dziecko przyjdzie na spotkanie i jak można wysłuchać jego zdania.

guide-your-childs-part-attend-heading = Czy moje dziecko przyjdzie na spotkanie?
guide-your-childs-part-attend-text = To zależy od wieku dziecka i od tego, ile rozumie. Dzieci, które są na tyle duże, żeby rozumieć, często są zapraszane.
guide-your-childs-part-attend-part = Dziecko może być na całym spotkaniu albo tylko na jego części. Albo jego zdanie może zostać przekazane w inny sposób.
guide-your-childs-part-attend-best = Udział w spotkaniu nie zawsze jest najlepszy dla dziecka. Proszę porozmawiać z [pracownikiem socjalnym](glossary:social-worker) o tym, co jest dobre dla Państwa dziecka.
guide-your-childs-part-attend-young = Niemowlęta i małe dzieci zwykle nie przychodzą na konferencje.

guide-your-childs-part-advocate-heading = Czy moje dziecko może mieć rzecznika?
guide-your-childs-part-advocate-text = Tak. Wiele rad proponuje starszym dzieciom [rzecznika](glossary:advocate) (advocate), czyli osobę, która pomaga dziecku wyrazić zdanie. W niektórych rejonach proponuje się go dzieciom w wieku 11 lat i starszym.
guide-your-childs-part-advocate-contact = Rzecznik może skontaktować się z Państwem przed spotkaniem. Może:
guide-your-childs-part-advocate-support = pomóc dziecku przyjść na spotkanie
guide-your-childs-part-advocate-instead = przyjść zamiast dziecka i mówić w jego imieniu
guide-your-childs-part-advocate-pass = spotkać się z dzieckiem, a potem przekazać [przewodniczącemu](glossary:independent-chair), czego dziecko chce i co czuje
guide-your-childs-part-advocate-decide = W niektórych rejonach dziecko i przewodniczący wspólnie decydują, czy zdanie lub raport dziecka zostaną przekazane innym.

guide-your-childs-part-other-heading = Jak jeszcze dziecko może wyrazić swoje zdanie?
guide-your-childs-part-other-text = Dziecko nie musi być w sali, żeby zostać wysłuchane. Może:
guide-your-childs-part-other-letter = napisać list
guide-your-childs-part-other-drawing = narysować obrazek
guide-your-childs-part-other-recording = nagrać głos albo film
guide-your-childs-part-other-speak = poprosić pracownika socjalnego lub rzecznika, żeby mówił w jego imieniu
guide-your-childs-part-other-chair = spotkać się z przewodniczącym sam na sam
guide-your-childs-part-other-matter = Zdanie dziecka ma znaczenie. Konferencja powinna je wziąć pod uwagę, gdy podejmuje decyzję.

guide-your-childs-part-wishes-heading = Co, jeśli moje dziecko nie chce mnie na spotkaniu?
guide-your-childs-part-wishes-text = Czasem dziecko nie chce, żeby rodzic był na spotkaniu. Wtedy przewodniczący może poprosić Państwa o wyjście na część spotkania. Mimo to usłyszą Państwo decyzję. [Więcej](page:if-you-cannot-go).

guide-your-childs-part-later-heading = Czy moje dziecko będzie brało udział w tym, co będzie się działo dalej?
guide-your-childs-part-later-text = Jeśli dziecko ma plan, może brać udział w niektórych późniejszych spotkaniach, czyli spotkaniach [grupy podstawowej](glossary:core-group). Zależy to od wieku dziecka i tego, ile rozumie.


## Page: your-family

guide-your-family-title = Drugi rodzic, partnerzy i dalsza rodzina
guide-your-family-summary = Kto z rodziny jest zapraszany, co oznacza władza rodzicielska i jak może pomóc dalsza rodzina.

guide-your-family-parents-heading = Czy drugi rodzic mojego dziecka zostanie zaproszony?
guide-your-family-parents-text = Zwykle tak. Zazwyczaj zaprasza się rodziców i wszystkie osoby z [władzą rodzicielską](glossary:parental-responsibility) (parental responsibility), nawet jeśli nie mieszkają z dzieckiem.
guide-your-family-parents-apart = Jeśli mieszkają Państwo osobno od drugiego rodzica, zaproszeni mogą zostać oboje rodzice. Nie muszą Państwo być w jednej sali, jeśli nie jest to dla Państwa bezpieczne.
guide-your-family-parents-separate = Proszę powiedzieć o tym pracownikowi socjalnemu albo przewodniczącemu przed dniem spotkania. Przewodniczący może zorganizować osobną rozmowę z Państwem. [Kto będzie na konferencji](page:who-will-be-there).

guide-your-family-pr-heading = Co to jest władza rodzicielska?
guide-your-family-pr-text = To prawa i obowiązki rodzica według prawa. Osoby, które ją mają, mogą podejmować ważne decyzje dotyczące dziecka, na przykład o szkole albo o leczeniu.
guide-your-family-pr-mother = Matka, która urodziła dziecko, ma władzę rodzicielską do 18. roku życia dziecka. Traci ją wcześniej tylko wtedy, gdy dziecko zostanie adoptowane albo gdy sąd wyda postanowienie o rodzicielstwie (parental order) po urodzeniu dziecka przez matkę zastępczą.
guide-your-family-pr-married = Ojciec albo drugi rodzic zwykle ma tę władzę, jeśli w chwili urodzenia dziecka był w związku małżeńskim z matką. Związek partnerski (civil partnership) liczy się tak samo jak małżeństwo.
guide-your-family-pr-certificate = Ojciec ma ją także wtedy, gdy jest wpisany do aktu urodzenia, jeśli urodzenie zarejestrowano od grudnia 2003 roku.
guide-your-family-pr-others = Inne osoby, na przykład ojczym lub macocha, mogą ją uzyskać na podstawie podpisanej umowy albo od sądu. Ojczym lub macocha nie dostają jej tylko dlatego, że poślubili rodzica.
guide-your-family-pr-unsure = Jeśli nie są Państwo pewni, kto ma władzę rodzicielską, proszę zapytać pracownika socjalnego albo prawnika.

guide-your-family-partners-heading = A partnerzy, ojczymowie i macochy?
guide-your-family-partners-text = Partner lub partnerka albo ojczym lub macocha, którzy mieszkają z dzieckiem, też mogą zostać zaproszeni, nawet bez władzy rodzicielskiej.
guide-your-family-partners-private = Niektóre sprawy z Państwa przeszłości mogą pozostać nieznane partnerowi lub partnerce. [Czym się dzielimy](page:confidentiality).

guide-your-family-wider-heading = Czy dalsza rodzina może pomóc?
guide-your-family-wider-text = Tak. Dziadkowie, ciocie, wujkowie i bliscy przyjaciele mogą być dla dziecka dużą pomocą. Specjaliści powinni się zastanowić, kto z rodziny i przyjaciół mógłby Państwa wspierać.
guide-your-family-wider-conference = Inni członkowie rodziny mogą zostać zaproszeni na konferencję albo zapytani o zdanie. Proszę powiedzieć przewodniczącemu, jeśli ktoś z rodziny chce zostać wysłuchany.
guide-your-family-wider-plan = Plan może obejmować pomoc dalszej rodziny. Na przykład babcia lub dziadek może pomagać odprowadzać dziecko do szkoły.

guide-your-family-fgc-heading = Co to jest rodzinna narada?
guide-your-family-fgc-text = [Rodzinna narada](glossary:family-group-conference) (family group conference) to spotkanie dla Państwa rodziny i przyjaciół. Razem układają Państwo własny plan, który pomoże zapewnić dziecku bezpieczeństwo.
guide-your-family-fgc-how = Niezależny koordynator pomaga wszystkim się przygotować. Specjaliści wyjaśniają, czego się obawiają. Potem rodzina ma czas tylko dla siebie, żeby ułożyć plan.
guide-your-family-fgc-agree = Jeśli plan zapewnia dziecku bezpieczeństwo, specjaliści zwykle go akceptują.
guide-your-family-fgc-ask = Wiele rad proponuje rodzinne narady. Proszę zapytać pracownika socjalnego, czy taka narada mogłaby pomóc Państwa rodzinie.


## Page: help-to-take-part

guide-help-to-take-part-title = Pomoc w udziale: niepełnosprawność, język i tłumacze
guide-help-to-take-part-summary = O jaką pomoc mogą Państwo poprosić, jeśli mają Państwo niepełnosprawność, są osobą głuchą lub chorą albo potrzebują innego języka.

guide-help-to-take-part-adjustments-heading = Co, jeśli mam niepełnosprawność lub problem ze zdrowiem?
guide-help-to-take-part-adjustments-text = Służby muszą wprowadzić [rozsądne dostosowania](glossary:reasonable-adjustments) (reasonable adjustments), żeby osoby z niepełnosprawnością mogły wziąć udział. Wymaga tego prawo: Equality Act 2010 (ustawa o równości).
guide-help-to-take-part-adjustments-ask = Proszę jak najwcześniej powiedzieć pracownikowi socjalnemu, czego Państwo potrzebują. Mogą Państwo poprosić o:
guide-help-to-take-part-adjustments-access = salę, do której łatwo się dostać, na przykład bez schodów
guide-help-to-take-part-adjustments-bsl = tłumacza brytyjskiego języka migowego (BSL) albo tłumacza, który sam jest osobą głuchą (Deaf interpreter)
guide-help-to-take-part-adjustments-loop = pętlę indukcyjną i o to, żeby ludzie mówili, patrząc w Państwa stronę
guide-help-to-take-part-adjustments-papers = dokumenty dużym drukiem, w wersji łatwej do czytania albo w innej formie
guide-help-to-take-part-adjustments-breaks = przerwy albo krótsze spotkanie, jeśli się Państwo zmęczą lub źle poczują
guide-help-to-take-part-adjustments-online = udział przez wideo lub telefon, jeśli trudno jest Państwu dojechać
guide-help-to-take-part-adjustments-mental = Jeśli mają Państwo problemy ze zdrowiem psychicznym, też mogą Państwo poprosić o pomoc. Na przykład o wcześniejsze spotkanie z przewodniczącym albo o obecność osoby wspierającej.
guide-help-to-take-part-adjustments-learning = Jeśli czytanie lub rozumienie sprawia Państwu trudność, na stronie [Przygotowanie](page:before-the-conference) jest więcej rodzajów pomocy, o które można poprosić.
guide-help-to-take-part-adjustments-not = Jeśli nie dostaną Państwo potrzebnej pomocy, proszę powiedzieć o tym przewodniczącemu. Mogą Państwo też [złożyć skargę](page:complaints).

guide-help-to-take-part-interpreter-heading = Co, jeśli potrzebuję tłumacza?
guide-help-to-take-part-interpreter-text = Na spotkaniu może być zawodowy [tłumacz](glossary:interpreter), bezpłatnie. Nie powinno się prosić Państwa rodziny ani dzieci o tłumaczenie.
guide-help-to-take-part-interpreter-tell = Proszę powiedzieć o tym pracownikowi socjalnemu wcześnie, żeby był czas na zorganizowanie tłumacza. Proszę podać język i dialekt, którym Państwo mówią.
guide-help-to-take-part-interpreter-different = Jeśli to potrzebne, mogą Państwo poprosić o innego tłumacza. Na przykład mogą Państwo chcieć tłumacza określonej płci. Albo kogoś, kto nie jest związany z Państwa społecznością.
guide-help-to-take-part-interpreter-translated = Mogą Państwo też poprosić o przetłumaczenie raportów i protokołu albo o odczytanie ich Państwu w Państwa języku.

guide-help-to-take-part-welsh-heading = Czy konferencja może się odbyć po walijsku?
guide-help-to-take-part-welsh-text = Tak. W Walii mogą Państwo poprosić, żeby konferencja odbyła się po walijsku. Służby powinny zaproponować język walijski, nawet jeśli Państwo o to nie poproszą.
guide-help-to-take-part-welsh-papers = Protokół pisze się w języku konferencji. Mogą Państwo poprosić o protokół w drugim języku, jeśli Państwo wolą. Mogą Państwo też poprosić o listy i dokumenty po walijsku.
guide-help-to-take-part-welsh-tell = Proszę powiedzieć pracownikowi socjalnemu albo [koordynatorowi konferencji](glossary:conference-coordinator), w jakim języku chcą Państwo rozmawiać.


## Page: practical-questions

guide-practical-questions-title = Sprawy praktyczne: co zabrać, dojazd i nagrywanie
guide-practical-questions-summary = Co zabrać, jak dojechać, wolne w pracy, spóźnienie, niemowlęta i nagrywanie spotkania.

guide-practical-questions-bring-heading = Co warto zabrać?
guide-practical-questions-bring-text = Warto zabrać:
guide-practical-questions-bring-letter = zaproszenie z godziną, miejscem i numerem telefonu
guide-practical-questions-bring-reports = raporty z Państwa notatkami
guide-practical-questions-bring-report = własny raport lub notatki, jeśli Państwo je napisali
guide-practical-questions-bring-questions = zapisane pytania
guide-practical-questions-bring-pen = długopis i kartkę, żeby zapisywać, co zostało powiedziane
guide-practical-questions-bring-needs = coś do picia i leki, których mogą Państwo potrzebować
guide-practical-questions-bring-private = Proszę trzymać dokumenty przy sobie i zabrać je potem do domu. Są prywatne.

guide-practical-questions-travel-heading = Co, jeśli nie stać mnie na dojazd?
guide-practical-questions-travel-text = Proszę jak najwcześniej powiedzieć o tym pracownikowi socjalnemu. Być może będzie mógł pomóc z dojazdem.
guide-practical-questions-travel-online = Mogą Państwo też zapytać, czy można wziąć udział przez wideo lub telefon.

guide-practical-questions-work-heading = A wolne w pracy?
guide-practical-questions-work-text = Jeśli Państwo pracują, proszę poprosić o wolne, gdy tylko poznają Państwo datę. Konferencja może trwać kilka godzin, więc najlepiej poprosić o całe przedpołudnie albo popołudnie.
guide-practical-questions-work-change = Jeśli ta data jest dla Państwa bardzo trudna, proszę od razu powiedzieć o tym pracownikowi socjalnemu. Czasem można ją zmienić, ale nie zawsze.

guide-practical-questions-late-heading = Co, jeśli się spóźnię?
guide-practical-questions-late-text = Proszę zadzwonić pod numer z zaproszenia i powiedzieć, o której Państwo dotrą. Spotkanie zwykle zaczyna się punktualnie, więc proszę postarać się przyjść wcześniej.
guide-practical-questions-late-missed = Jeśli ominie Państwa część spotkania, proszę poprosić przewodniczącego, żeby przekazał, o czym mówiono.

guide-practical-questions-baby-heading = Czy mogę przyjść z niemowlęciem?
guide-practical-questions-baby-text = Niemowlęta i małe dzieci zwykle nie przychodzą na spotkanie. Jeśli to możliwe, proszę zorganizować opiekę nad dzieckiem.
guide-practical-questions-baby-ask = Jeśli mają Państwo małe niemowlę, na przykład karmione piersią, proszę zapytać przewodniczącego przed dniem spotkania. Przewodniczący decyduje, co jest możliwe.
guide-practical-questions-baby-help = Jeśli trudno zorganizować opiekę nad dziećmi, proszę powiedzieć o tym pracownikowi socjalnemu. Być może będzie mógł pomóc.

guide-practical-questions-record-heading = Czy mogę nagrywać spotkanie?
guide-practical-questions-record-text = Jeśli chcą Państwo nagrywać spotkanie, proszę zapytać przewodniczącego przed dniem spotkania. Proszę nie nagrywać bez pytania. W każdym rejonie są własne zasady nagrywania.
guide-practical-questions-record-notes = Zawsze mogą Państwo robić własne notatki. Dostaną Państwo też [protokół](glossary:minutes), czyli pisemny zapis spotkania.
guide-practical-questions-record-share = Proszę nigdy nie udostępniać nagrania ani dokumentów w internecie. Są prywatne, a ich udostępnienie mogłoby zaszkodzić prywatności dziecka.


## Page: on-the-day

guide-on-the-day-title = Co dzieje się w dniu konferencji?
guide-on-the-day-summary = Jak przebiega spotkanie krok po kroku i co mogą Państwo zrobić, jeśli jest trudno.

guide-on-the-day-before-heading = Co się dzieje przed rozpoczęciem?
guide-on-the-day-before-text = Zwykle najpierw spotyka się z Państwem [przewodniczący](glossary:independent-chair). Wyjaśnia, jak będzie przebiegać spotkanie, i sprawdza, czy widzieli Państwo raporty. [Więcej o spotkaniu z przewodniczącym](page:before-the-conference).

guide-on-the-day-order-heading = Co się dzieje na spotkaniu?
guide-on-the-day-order-text = Każda konferencja jest trochę inna. Większość przebiega mniej więcej tak:
guide-on-the-day-step-register = Przewodniczący zapisuje, kto jest obecny.
guide-on-the-day-step-arrangements = Przewodniczący mówi na przykład o wyjściach ewakuacyjnych, toaletach i przerwach.
guide-on-the-day-step-introductions = Każdy mówi, kim jest i dlaczego przyszedł.
guide-on-the-day-step-details = Przewodniczący sprawdza dane Państwa rodziny. W niektórych miejscach są one zapisane na tablicy z przodu sali.
guide-on-the-day-step-purpose = Przewodniczący wyjaśnia, po co jest spotkanie i jak będzie przebiegać.
guide-on-the-day-step-social-worker = [Pracownik socjalny](glossary:social-worker) wyjaśnia, co doprowadziło do konferencji.
guide-on-the-day-step-reports = Każdy specjalista przedstawia najważniejsze punkty swojego raportu. Mówi też o mocnych stronach Państwa rodziny i o zagrożeniach, które widzi.
guide-on-the-day-step-you = Zostaną Państwo zapytani, co Państwo myślą. Mogą Państwo powiedzieć, z czym się Państwo zgadzają, a z czym nie.
guide-on-the-day-step-summary = Przewodniczący podsumowuje, co działa dobrze, czego ludzie się obawiają i co musi się stać.
guide-on-the-day-step-decision = Każdy specjalista mówi, czy jego zdaniem dziecko potrzebuje { $nation ->
        [wales] [planu ochrony, opieki i wsparcia](glossary:care-and-support-protection-plan)
       *[england] [planu ochrony dziecka](glossary:child-protection-plan)
    }. Potem zapada decyzja i zostaje Państwu wyjaśniona.
guide-on-the-day-step-plan = Jeśli jest plan, uczestnicy uzgadniają jego zarys. Uzgadniają też, kto będzie w [grupie podstawowej](glossary:core-group) i kiedy odbędzie się pierwsza konferencja przeglądowa.
guide-on-the-day-step-no-plan = Jeśli planu nie ma, uczestnicy rozmawiają o innej pomocy dla Państwa rodziny.
guide-on-the-day-clear = Na końcu powinni Państwo wiedzieć, co trzeba zmienić, jeśli w ogóle coś. Jeśli nie są Państwo pewni, proszę zapytać przewodniczącego przed wyjściem.
guide-on-the-day-views = O zdanie będą Państwo pytani przez całe spotkanie, nie tylko w jednym momencie. Jeśli chcą Państwo coś powiedzieć, proszę dać znać przewodniczącemu.
guide-on-the-day-written = Jeśli zapisali Państwo, co chcą Państwo powiedzieć, mogą to Państwo przeczytać na głos. Albo poprosić, żeby to przekazano innym.

guide-on-the-day-length-heading = Jak długo to potrwa?
guide-on-the-day-length-text = To zależy. Wiele konferencji trwa około dwóch godzin, niektóre dłużej. Proszę zapytać przewodniczącego, ile może potrwać Państwa konferencja.

guide-on-the-day-breaks-heading = Czy mogę zrobić przerwę?
guide-on-the-day-breaks-text = Tak. Proszę powiedzieć przewodniczącemu, jeśli potrzebują Państwo krótkiej przerwy. Mogą Państwo też poprosić o czas na rozmowę na osobności z [prawnikiem](glossary:solicitor) albo osobą wspierającą. Spotkanie zwykle jest wtedy przerywane.

guide-on-the-day-leave-heading = Czy mogą mnie poprosić o wyjście z sali?
guide-on-the-day-leave-text = Zwykle będą Państwo obecni przez większą część spotkania. Ale przewodniczący może poprosić Państwa o wyjście na krótko, a potem zaprosić z powrotem.
guide-on-the-day-leave-why = Specjaliści czasem potrzebują czasu tylko dla siebie, żeby przekazać sobie ważne informacje i je przemyśleć. Mogą też potrzebować porady prawnej.
guide-on-the-day-leave-reasons = Przewodniczący może poprosić rodzica lub członka rodziny o wyjście na jakiś czas. W rzadkich przypadkach może poprosić kogoś, żeby nie przychodził. Może się tak stać, gdy:
guide-on-the-day-leave-child-interest = są poważne powody, by sądzić, że obecność tej osoby nie byłaby dobra dla dziecka
guide-on-the-day-leave-violence = istnieje ryzyko przemocy na spotkaniu
guide-on-the-day-leave-child-wish = dziecko nie chce, żeby ta osoba była obecna
guide-on-the-day-leave-family-info = trzeba przekazać prywatne informacje o innym członku rodziny, a inni nie powinni ich słyszeć
guide-on-the-day-leave-ex-partner = rodzic nie chce być w jednej sali z byłym partnerem lub byłą partnerką, a przewodniczący się na to zgadza
guide-on-the-day-leave-referrer = informacje pokazałyby, kto dokonał [zgłoszenia](glossary:referral)
guide-on-the-day-leave-law = prawo albo zasady zawodowe mówią, że informacji nie wolno Państwu przekazać
guide-on-the-day-leave-investigation = nadal trwa dochodzenie, na przykład policyjne, a przekazanie informacji mogłoby mu zaszkodzić
guide-on-the-day-leave-after = Mimo to usłyszą Państwo decyzję. [Jak Państwa zdanie nadal może zostać wysłuchane](page:if-you-cannot-go).
guide-on-the-day-leave-safety = Jeśli martwią się Państwo o swoje bezpieczeństwo na spotkaniu, proszę powiedzieć o tym przewodniczącemu przed dniem spotkania. Przewodniczący może to zaplanować, na przykład tak, żeby wysłuchać każdej osoby osobno.

guide-on-the-day-upset-heading = Co, jeśli się zdenerwuję?
guide-on-the-day-upset-text = To normalne, że czują się Państwo zdenerwowani, źli albo przestraszeni. Osoby na spotkaniu o tym wiedzą.
guide-on-the-day-upset-try = Jeśli to będzie za dużo, mogą Państwo:
guide-on-the-day-upset-break = poprosić o przerwę
guide-on-the-day-upset-repeat = poprosić o powtórzenie pytania wolniej
guide-on-the-day-upset-explain = poprosić przewodniczącego o wyjaśnienie słowa
guide-on-the-day-upset-supporter = poprosić o pomoc osobę wspierającą
guide-on-the-day-upset-notes = spojrzeć do swoich notatek
guide-on-the-day-upset-ok = Przerwa to nic złego. Może pomóc Państwu powiedzieć to, co chcą Państwo powiedzieć.

guide-on-the-day-signs-heading = Co to jest Signs of Safety?
guide-on-the-day-signs-text = Niektóre rady stosują sposób pracy nazywany [Signs of Safety](glossary:signs-of-safety) („Znaki bezpieczeństwa”). Skupia się on na dziecku i jego bezpieczeństwie. Oznacza też współpracę z Państwa rodziną.
guide-on-the-day-signs-questions = Na takich spotkaniach często rozmawia się o trzech pytaniach:
guide-on-the-day-signs-well = Co działa dobrze?
guide-on-the-day-signs-worried = Czego się obawiamy?
guide-on-the-day-signs-happen = Co musi się stać?
guide-on-the-day-signs-plan = Plan może nazywać się planem bezpieczeństwa (safety plan). Tworzy się w nim sieć bezpieczeństwa: osoby wokół dziecka, które pomagają zapewnić mu bezpieczeństwo. Wszyscy uzgadniają zasady, których rodzina i ta sieć będą się trzymać.
guide-on-the-day-signs-ask = Pracownik socjalny może powiedzieć Państwu, czy rada { $council } pracuje w ten sposób.


## Page: the-decision

guide-the-decision-title = Co może postanowić konferencja?
guide-the-decision-summary = Czy dziecko potrzebuje planu, co to oznacza i co mogą Państwo zrobić, jeśli się Państwo z tym nie zgadzają.

guide-the-decision-outcomes-heading = Jakie decyzje są możliwe?
guide-the-decision-outcomes-text = Konferencja decyduje, czy dziecku nadal grozi [poważna krzywda](glossary:significant-harm). Możliwe są dwie decyzje:
guide-the-decision-outcomes-plan = Dziecko potrzebuje { $nation ->
        [wales] [planu ochrony, opieki i wsparcia](glossary:care-and-support-protection-plan)
       *[england] [planu ochrony dziecka](glossary:child-protection-plan)
    }.
guide-the-decision-outcomes-no-plan = Dziecko nie potrzebuje { $nation ->
        [wales] planu ochrony, opieki i wsparcia
       *[england] planu ochrony dziecka
    }. Państwa rodzinie nadal może zostać zaproponowana pomoc albo sprawa może się na tym zakończyć.
guide-the-decision-wales-register = W Walii dziecko, które ma [plan ochrony, opieki i wsparcia](glossary:care-and-support-protection-plan), zostaje wpisane do [rejestru ochrony dzieci](glossary:child-protection-register). Jego nazwisko zostaje wykreślone, gdy plan się kończy.
guide-the-decision-england-register = Mogą Państwo usłyszeć, że dziecko jest „on the register” („w rejestrze”) albo „on the at risk register” („w rejestrze dzieci zagrożonych”). W Anglii oznacza to, że dziecko ma plan ochrony dziecka.

guide-the-decision-categories-heading = Jakie są rodzaje krzywdy?
guide-the-decision-categories-text = Jeśli dziecko potrzebuje planu, konferencja mówi, jakiego rodzaju krzywdy się obawia. Nazywa się to [kategorią](glossary:category-of-harm).
guide-the-decision-categories-list = { $nation ->
    [wales] W Walii jest pięć kategorii:
   *[england] W Anglii są cztery kategorie:
}
guide-the-decision-categories-physical = [przemoc fizyczna](glossary:physical-abuse)
guide-the-decision-categories-emotional = { $nation ->
    [wales] [przemoc emocjonalna lub psychiczna](glossary:emotional-abuse)
   *[england] [przemoc emocjonalna](glossary:emotional-abuse)
}
guide-the-decision-categories-sexual = [wykorzystywanie seksualne](glossary:sexual-abuse)
guide-the-decision-categories-financial = [przemoc finansowa](glossary:financial-abuse)
guide-the-decision-categories-neglect = [zaniedbanie](glossary:neglect)
guide-the-decision-categories-more = Dziecko może być w więcej niż jednej kategorii. [Przewodniczący](glossary:independent-chair) powinien wyjaśnić, dlaczego wybrano każdą z nich.
guide-the-decision-categories-wales = W Walii nazywa się to kategorią wpisu do rejestru. Mogą Państwo złożyć skargę, jeśli nie przestrzegano procedur i miało to wpływ na tę kategorię. [O skargach](page:complaints).

guide-the-decision-plan-heading = Co to jest { $nation ->
        [wales] plan ochrony, opieki i wsparcia
       *[england] plan ochrony dziecka
    }?
guide-the-decision-plan-text = To plan, który ma zapewnić dziecku bezpieczeństwo. Wymienia, co musi się stać, kto to zrobi i do kiedy.
guide-the-decision-plan-should = Plan powinien:
guide-the-decision-plan-likely = ocenić, jak bardzo prawdopodobne jest, że dziecko dozna krzywdy, i jak je chronić
guide-the-decision-plan-aims = wyznaczyć cele krótko- i długoterminowe, żeby zmniejszyć ryzyko i poprawić dobro dziecka
guide-the-decision-plan-who = jasno określić, kto za co odpowiada
guide-the-decision-plan-check = mówić, jak wszyscy będą sprawdzać postępy
guide-the-decision-plan-shared = Niektóre działania są dla Państwa. Inne dla specjalistów. Wszyscy pomagają przygotować plan.
guide-the-decision-plan-outline = Konferencja uzgadnia zarys planu. Szczegóły ustala później [grupa podstawowa](glossary:core-group). [Co dzieje się dalej](page:after-the-conference).

guide-the-decision-no-plan-heading = Co, jeśli dziecko nie potrzebuje planu?
guide-the-decision-no-plan-text = Sprawa może się na tym zakończyć. Albo uczestnicy spotkania mogą znaleźć pomoc, która byłaby dobra dla dziecka i rodziny.
guide-the-decision-no-plan-cin = { $nation ->
    [wales] W Walii tę pomoc można opisać w [planie opieki i wsparcia](glossary:care-and-support-plan).
   *[england] Tę pomoc można opisać w [planie dla dziecka w potrzebie](glossary:child-in-need-plan) (Child in Need plan, czasem CIN plan).
}
guide-the-decision-no-plan-meet = Co jakiś czas specjaliści będą się z Państwem spotykać, żeby porozmawiać, jak idzie. Plan jest regularnie sprawdzany na nowo.

guide-the-decision-disagree-heading = Co, jeśli się nie zgadzam?
guide-the-decision-disagree-text = Na spotkaniu mogą Państwo powiedzieć, że się Państwo nie zgadzają. Proszę poprosić, żeby Państwa zdanie zapisano w [protokole](glossary:minutes).
guide-the-decision-disagree-recorded = Brak zgody nie zatrzymuje planu. Ale Państwa zdanie zostanie zapisane, a później mogą Państwo [złożyć skargę](page:complaints).
guide-the-decision-disagree-work = Zwykle dla dziecka lepiej jest, jeśli Państwo nadal współpracują ze specjalistami, kiedy skarga jest rozpatrywana.

guide-the-decision-key-worker-heading = Kto będzie moją główną osobą do kontaktu?
guide-the-decision-key-worker-text = { $nation ->
    [wales] Jeśli jest plan, konferencja wyznacza [pracownika socjalnego](glossary:social-worker), który będzie go koordynował. Ta osoba jest Państwa [pracownikiem prowadzącym](glossary:key-worker) (key worker).
   *[england] Jeśli jest plan, konferencja wyznacza głównego [pracownika socjalnego](glossary:social-worker). Niektóre rady mówią teraz „lead practitioner” (główny specjalista prowadzący). Ta osoba jest Państwa [pracownikiem prowadzącym](glossary:key-worker) (key worker).
}
guide-the-decision-key-worker-job = Pracownik prowadzący pilnuje, żeby plan był realizowany. Kieruje grupą podstawową i utrzymuje z Państwem kontakt.


## Page: after-the-conference

guide-after-the-conference-title = Co się dzieje po konferencji?
guide-after-the-conference-summary = Pisemny zapis, grupa podstawowa, wizyty, konferencje przeglądowe i zakończenie planu.

guide-after-the-conference-minutes-heading = Czy dostanę pisemny zapis spotkania?
guide-after-the-conference-minutes-text = Tak. Dostaną Państwo [protokół](glossary:minutes). Podsumowuje on najważniejsze rzeczy, które zostały powiedziane i postanowione.
guide-after-the-conference-minutes-timing = Rada { $council } powinna przesłać go Państwu w ciągu { $minutes-days ->
        [one] [{ $minutes-days } dnia roboczego](glossary:working-days)
        [few] [{ $minutes-days } dni roboczych](glossary:working-days)
        [many] [{ $minutes-days } dni roboczych](glossary:working-days)
       *[other] [{ $minutes-days } dnia roboczego](glossary:working-days)
    } od konferencji.
guide-after-the-conference-minutes-letter = [Przewodniczący](glossary:independent-chair) może też do Państwa napisać, żeby potwierdzić decyzje i zalecenia.
guide-after-the-conference-minutes-confidential = Niektóre części mogą zostać usunięte z Państwa egzemplarza, jeśli są [poufne](glossary:confidential).
guide-after-the-conference-minutes-wrong = Proszę przeczytać protokół. Jeśli coś jest nieprawdą, proszę napisać o tym do przewodniczącego. { $nation ->
        [wales] W Walii proszę przesłać uwagi w ciągu 10 [dni roboczych](glossary:working-days) od otrzymania protokołu.
       *[england] Proszę to zrobić jak najszybciej. Rada powie Państwu, czy jest na to termin.
    }
guide-after-the-conference-minutes-keep = Proszę przechowywać protokół w bezpiecznym i prywatnym miejscu. [Jak poprawić błędy w protokole i w aktach](page:your-records).
guide-after-the-conference-core-group-heading = Co to jest grupa podstawowa?
guide-after-the-conference-core-group-text = Jeśli dziecko ma { $nation ->
        [wales] [plan ochrony, opieki i wsparcia](glossary:care-and-support-protection-plan)
       *[england] [plan ochrony dziecka](glossary:child-protection-plan)
    }, pracuje nad nim razem z Państwem mała grupa. Nazywa się ona [grupą podstawową](glossary:core-group) (core group).

guide-after-the-conference-core-group-job = Jej zadaniem jest dopilnowanie, żeby plan był realizowany, i sprawdzanie, jak idzie.
guide-after-the-conference-core-group-members = W grupie podstawowej prawdopodobnie będą:
guide-after-the-conference-core-group-you = Państwo oraz inni rodzice lub opiekunowie
guide-after-the-conference-core-group-key-worker = Państwa [pracownik prowadzący](glossary:key-worker), który jest pracownikiem socjalnym
guide-after-the-conference-core-group-school = nauczyciel albo pracownik żłobka lub przedszkola
guide-after-the-conference-core-group-health = pielęgniarka środowiskowa (health visitor) albo pielęgniarka szkolna
guide-after-the-conference-core-group-others = inni specjaliści, którzy często widują Państwa rodzinę
guide-after-the-conference-core-group-child = Państwa dziecko, jeśli jest wystarczająco duże i wystarczająco dużo rozumie

guide-after-the-conference-meetings-heading = Kiedy spotyka się grupa podstawowa?
guide-after-the-conference-meetings-first = Data pierwszego spotkania jest ustalana na konferencji. Powinno się ono odbyć w ciągu { $core-group-days ->
        [one] { $core-group-days } dnia roboczego
        [few] { $core-group-days } dni roboczych
        [many] { $core-group-days } dni roboczych
       *[other] { $core-group-days } dnia roboczego
    } od konferencji.
guide-after-the-conference-meetings-detail = Na tym pierwszym spotkaniu grupa ustala szczegóły planu.
guide-after-the-conference-meetings-often = Potem grupa podstawowa spotyka się co najmniej { $core-group-weeks ->
        [one] raz w tygodniu
        [few] raz na { $core-group-weeks } tygodnie
        [many] raz na { $core-group-weeks } tygodni
       *[other] raz na { $core-group-weeks } tygodnia
    }.
guide-after-the-conference-meetings-what = Na każdym spotkaniu razem przeglądają Państwo plan. Rozmawiają Państwo o tym, co poszło dobrze i co jeszcze musi się stać.

guide-after-the-conference-plan-heading = Co będzie w planie?
guide-after-the-conference-plan-text = Plan mówi:
guide-after-the-conference-plan-what = co trzeba zrobić
guide-after-the-conference-plan-who = kto to zrobi
guide-after-the-conference-plan-where = gdzie to się odbędzie
guide-after-the-conference-plan-when = do kiedy trzeba to zrobić
guide-after-the-conference-plan-ask = Jeśli czegoś w planie Państwo nie rozumieją, proszę zapytać. Powinni Państwo wiedzieć, o co są Państwo proszeni.

guide-after-the-conference-visits-heading = Czy pracownik socjalny będzie przychodził?
guide-after-the-conference-visits-text = Tak. Dopóki dziecko ma plan, pracownik socjalny będzie odwiedzał Państwa dom, żeby sprawdzić, jak wygląda sytuacja.
guide-after-the-conference-visits-kinds = Niektóre wizyty będą z Państwem umówione. Inne mogą być [niezapowiedziane](glossary:unannounced-visit). Oznacza to, że pracownik socjalny przychodzi bez uprzedzenia.
guide-after-the-conference-visits-child = Zwykle będzie chciał zobaczyć dziecko. Czasem porozmawia z dzieckiem sam na sam.

guide-after-the-conference-reviews-heading = Kiedy będzie następna konferencja?
guide-after-the-conference-reviews-text = [Konferencja przeglądowa](glossary:review-conference) sprawdza, jak działa plan. Decyduje, czy dziecko nadal potrzebuje planu.
guide-after-the-conference-reviews-first = Pierwsza konferencja przeglądowa odbywa się w ciągu { $first-review-months ->
        [one] { $first-review-months } miesiąca
        [few] { $first-review-months } miesięcy
        [many] { $first-review-months } miesięcy
       *[other] { $first-review-months } miesiąca
    } od [pierwszej konferencji](glossary:initial-conference).
guide-after-the-conference-reviews-later = Potem, dopóki dziecko ma plan, konferencja przeglądowa odbywa się co najmniej { $later-review-months ->
        [one] raz w miesiącu
        [few] raz na { $later-review-months } miesiące
        [many] raz na { $later-review-months } miesięcy
       *[other] raz na { $later-review-months } miesiąca
    }.
guide-after-the-conference-reviews-reports = Raporty powinni Państwo dostać na { $reports-review-days ->
        [one] { $reports-review-days } dzień roboczy
        [few] { $reports-review-days } dni robocze
        [many] { $reports-review-days } dni roboczych
       *[other] { $reports-review-days } dnia roboczego
    } przed każdą konferencją przeglądową.

guide-after-the-conference-ending-heading = Kiedy plan się kończy?
guide-after-the-conference-ending-text = Plan kończy się, gdy:
guide-after-the-conference-ending-safe = konferencja przeglądowa uzna, że dziecku nie grozi już [poważna krzywda](glossary:significant-harm)
guide-after-the-conference-ending-moved = rodzina przeprowadza się na stałe na teren innej rady, a nowa rada przejmuje sprawę
guide-after-the-conference-ending-eighteen = dziecko kończy 18 lat (blisko jego urodzin powinna odbyć się konferencja przeglądowa, na której plan może się zakończyć)
guide-after-the-conference-ending-abroad = dziecko na stałe wyjeżdża z Wielkiej Brytanii
guide-after-the-conference-ending-died = Niestety plan kończy się także wtedy, gdy dziecko umrze.
guide-after-the-conference-ending-wales = W Walii nazwisko dziecka zostaje wykreślone z [rejestru ochrony dzieci](glossary:child-protection-register), gdy plan się kończy.
guide-after-the-conference-ending-support = Gdy plan się kończy, nadal może zostać Państwu zaproponowana pomoc.

guide-after-the-conference-how-long-heading = Jak długo zwykle trwają plany?
guide-after-the-conference-how-long-text = Większość planów trwa nie dłużej niż dwa lata. Do tego czasu sytuacja zwykle zmienia się na tyle, że dziecko jest bezpieczne.
guide-after-the-conference-how-long-court = W niewielu rodzinach sytuacja się nie poprawia. Wtedy rada może poprosić sąd o zajęcie się sprawą. [Co się dzieje, jeśli sytuacja się nie poprawia](page:if-things-do-not-improve).

guide-after-the-conference-moving-heading = Co, jeśli przeprowadzimy się w inne miejsce?
guide-after-the-conference-moving-text = Proszę powiedzieć pracownikowi socjalnemu przed przeprowadzką.
guide-after-the-conference-moving-transfer = Jeśli przeprowadzą się Państwo na stałe na teren innej rady, nowa rada powinna zwołać [konferencję po przeprowadzce](glossary:transfer-in-conference) (transfer-in). Powinna się ona odbyć w ciągu 15 [dni roboczych](glossary:working-days) od dnia, w którym nowa rada dowie się o przeprowadzce. Ta konferencja zdecyduje, czy dziecko nadal potrzebuje planu.

guide-after-the-conference-feedback-heading = Czy mogę powiedzieć, co myślę o konferencji?
guide-after-the-conference-feedback-text = Wiele rad pyta rodziców i dzieci, co myślą o swojej konferencji. Może to być formularz albo ankieta internetowa. Mogą Państwo poprosić o pomoc w jej wypełnieniu.
guide-after-the-conference-feedback-private = Państwa odpowiedzi są prywatne i pomagają ulepszać usługi. Opublikowane wyniki nie pokażą, kim Państwo są.


## Page: if-things-do-not-improve

guide-if-things-do-not-improve-title = Co, jeśli sytuacja się nie poprawia?
guide-if-things-do-not-improve-summary = Plany awaryjne, etap przed sądem, pismo przed wszczęciem postępowania i jak szybko dostać pomoc prawną.

guide-if-things-do-not-improve-review-heading = Co się dzieje, jeśli plan nie działa?
guide-if-things-do-not-improve-review-text = [Grupa podstawowa](glossary:core-group) i konferencje przeglądowe sprawdzają, jak działa plan. Jeśli nic się nie zmienia, powinny powiedzieć Państwu, co nadal budzi obawy.
guide-if-things-do-not-improve-review-help = Proszę zapytać, co by pomogło. Plan można zmienić, a Państwo mogą poprosić o inne wsparcie.
guide-if-things-do-not-improve-contingency = Niektóre plany mają [plan awaryjny](glossary:contingency-plan) (contingency plan). To plan zapasowy. Mówi, co się stanie, jeśli sytuacja się pogorszy albo główny plan nie zadziała.
guide-if-things-do-not-improve-contingency-ask = Proszę zapytać pracownika socjalnego, czy plan dziecka ma taki plan awaryjny i co w nim jest.

guide-if-things-do-not-improve-pre-heading = Co to jest etap przedsądowy?
guide-if-things-do-not-improve-pre-text = Rada może zacząć rozważać, czy poprosić sąd o decyzję w sprawie dziecka. Jeśli tak, zwykle najpierw rozpoczyna [etap przedsądowy](glossary:pre-proceedings) (pre-proceedings).
guide-if-things-do-not-improve-pre-letter = Dostaną Państwo [pismo przed wszczęciem postępowania](glossary:letter-before-proceedings) (letter before proceedings). Niektórzy nazywają je „PLO letter”. PLO to skrót od Public Law Outline, czyli zasad dla takich spraw.
guide-if-things-do-not-improve-pre-says = W piśmie jest napisane, czego obawia się rada i co musi się zmienić. Pismo zaprasza Państwa na spotkanie z radą.
guide-if-things-do-not-improve-pre-chance = To szansa, żeby wprowadzić zmiany i uniknąć sądu. Proszę przyjść na to spotkanie i zabrać ze sobą prawnika.
guide-if-things-do-not-improve-pre-emergency = W nagłym wypadku rada może skierować sprawę do sądu bez tego etapu.

guide-if-things-do-not-improve-legal-heading = Czy mogę dostać bezpłatną pomoc prawną?
guide-if-things-do-not-improve-legal-text = Tak. Jeśli są Państwo rodzicem albo mają władzę rodzicielską, na tym etapie bezpłatna pomoc prawna (legal aid) pokrywa koszt prawnika. Nie ma znaczenia, ile Państwo zarabiają.
guide-if-things-do-not-improve-legal-fast = Gdy tylko dostaną Państwo to pismo, proszę skontaktować się z prawnikiem, który specjalizuje się w prawie dotyczącym dzieci. [Jak znaleźć prawnika](page:bringing-someone).

guide-if-things-do-not-improve-family-heading = Czy moja rodzina może pomóc?
guide-if-things-do-not-improve-family-text = Tak. Rada powinna sprawdzić, kto z Państwa rodziny i przyjaciół mógłby pomóc. [Rodzinna narada](glossary:family-group-conference) to jeden ze sposobów, żeby przygotować plan rodzinny.
guide-if-things-do-not-improve-family-care = Może się zdarzyć, że dziecko nie może bezpiecznie zostać w domu. Wtedy rada powinna najpierw pomyśleć o rodzinie lub przyjaciołach, którzy mogliby się nim zająć.

guide-if-things-do-not-improve-court-heading = Co, jeśli rada skieruje sprawę do sądu?
guide-if-things-do-not-improve-court-text = Nazywa się to [postępowaniem sądowym w sprawie opieki nad dzieckiem](glossary:care-proceedings) (care proceedings). Decyzję podejmuje sąd, nie rada.
guide-if-things-do-not-improve-court-aid = Rodzice i wszystkie osoby z władzą rodzicielską dostają bezpłatną pomoc prawną w tym postępowaniu, bez względu na dochody.
guide-if-things-do-not-improve-court-keep = Jeśli to możliwe, proszę nadal przychodzić na spotkania i współpracować ze specjalistami. Pokazuje to, co robią Państwo dla dziecka.


## Page: if-you-cannot-go

guide-if-you-cannot-go-title = Co, jeśli nie mogę przyjść albo mnie nie zaproszono?
guide-if-you-cannot-go-summary = Jak Państwa zdanie nadal może zostać wysłuchane, jeśli ominie Państwa całe spotkanie lub jego część.
guide-if-you-cannot-go-why-heading = Dlaczego warto przyjść, jeśli mogę?
guide-if-you-cannot-go-why-text = Są Państwo bardzo ważną częścią konferencji. Jeśli Państwo przyjdą, sami usłyszą Państwo, jakie są obawy. Mogą Państwo przedstawić swoją wersję i mieć wpływ na to, co się stanie.
guide-if-you-cannot-go-why-hard = Przyjście może wydawać się zbyt trudne albo mogą Państwo nie chcieć przyjść. Jeśli tak, proszę porozmawiać z [pracownikiem socjalnym](glossary:social-worker). Być może będzie mógł to Państwu ułatwić.
guide-if-you-cannot-go-cannot-heading = Co, jeśli nie mogę przyjść?
guide-if-you-cannot-go-cannot-text = Proszę jak najszybciej powiedzieć o tym pracownikowi socjalnemu. Nadal mogą Państwo wyrazić swoje zdanie. Mogą Państwo:
guide-if-you-cannot-go-cannot-letter = napisać list do [przewodniczącego](glossary:independent-chair) albo do [koordynatora konferencji](glossary:conference-coordinator) i poprosić, żeby przekazano go uczestnikom
guide-if-you-cannot-go-cannot-report = przesłać swoje zdanie na piśmie, jeśli je Państwo zapisali
guide-if-you-cannot-go-cannot-social-worker = powiedzieć swoje zdanie pracownikowi socjalnemu, żeby mógł je zapisać w swoim raporcie
guide-if-you-cannot-go-cannot-chair = poprosić o rozmowę z przewodniczącym przed spotkaniem
guide-if-you-cannot-go-cannot-online = zapytać, czy mogą Państwo połączyć się przez telefon lub wideo

guide-if-you-cannot-go-not-invited-heading = Co, jeśli mnie nie zaproszono?
guide-if-you-cannot-go-not-invited-text = W rzadkich przypadkach przewodniczący decyduje, że rodzic nie powinien przychodzić. Może to być dlatego, że przewodniczący uważa, że przy tym rodzicu spotkanie nie mogłoby przebiegać właściwie. Inne powody są na stronie [Co dzieje się w dniu konferencji](page:on-the-day).
guide-if-you-cannot-go-not-invited-views = Państwa zdanie nadal się liczy. Mogą Państwo napisać list albo poprosić o spotkanie z przewodniczącym sam na sam.

guide-if-you-cannot-go-part-heading = Co, jeśli poproszą mnie o wyjście na część spotkania?
guide-if-you-cannot-go-part-text = Zwykle zostaną Państwo zaproszeni z powrotem, gdy ta część się skończy. Nie usłyszą Państwo prywatnych informacji, ale mimo to usłyszą Państwo decyzję.

guide-if-you-cannot-go-decision-heading = Jak się dowiem, co postanowiono?
guide-if-you-cannot-go-decision-text = Jeśli są Państwo na spotkaniu, usłyszą Państwo decyzję na miejscu. Jeśli Państwa nie było albo byli Państwo tylko na części spotkania:
guide-if-you-cannot-go-decision-chair = przewodniczący może przekazać Państwu decyzję na końcu spotkania
guide-if-you-cannot-go-decision-contact = albo ktoś z konferencji, często pracownik socjalny, skontaktuje się z Państwem lub odwiedzi Państwa, żeby ją przekazać
guide-if-you-cannot-go-decision-letter = Przewodniczący powinien też napisać do Państwa, żeby potwierdzić decyzje. Dostaną Państwo [protokół](glossary:minutes), bez części, które są [poufne](glossary:confidential).


## Page: confidentiality

guide-confidentiality-title = Kto się o tym dowie?
guide-confidentiality-summary = Czym się dzielimy, kto to widzi i jak chronione są prywatne informacje.

guide-confidentiality-why-heading = Dlaczego informacje o mojej rodzinie są przekazywane innym?
guide-confidentiality-why-text = Na konferencji specjaliści przekazują sobie informacje o Państwu i Państwa rodzinie. Robią to, żeby zrozumieć, czy dziecko jest bezpieczne i jak się ma, i żeby ustalić, jak pomóc.

guide-confidentiality-who-heading = Kto widzi te informacje?
guide-confidentiality-who-text = Wszystko, co zostaje przekazane, jest [poufne](glossary:confidential). Dowiadują się tylko osoby, które muszą wiedzieć, żeby pomóc Państwu i dziecku.
guide-confidentiality-who-reminder = [Przewodniczący](glossary:independent-chair) przypomni wszystkim na spotkaniu, że jest ono poufne.
guide-confidentiality-who-minutes = [Protokół](glossary:minutes) też jest poufny. Dostają go Państwo i specjaliści, którzy go potrzebują.
guide-confidentiality-who-supporter = Jeśli zabiorą Państwo kogoś ze sobą, ta osoba usłyszy prywatne sprawy. Dlatego proszę wybrać kogoś, komu Państwo ufają.
guide-confidentiality-who-care = Proszę uważać, komu pokazują Państwo raporty i protokół. Proszę przechowywać je w bezpiecznym miejscu.

guide-confidentiality-past-heading = A moja przeszłość?
guide-confidentiality-past-text = Większość spraw z Państwa przeszłości to Państwa prywatna sprawa. Nie powinno być potrzeby ich ujawniać.
guide-confidentiality-past-risk = Inaczej jest, jeśli dorosły w rodzinie był skazany za przestępstwo wobec dziecka. Inaczej jest też, jeśli uważa się, że dorosły stanowi zagrożenie dla dzieci.
guide-confidentiality-past-risk-told = Wtedy drugi rodzic lub opiekun zwykle zostanie o tym poinformowany, żeby mógł chronić dziecko. [Pracownik socjalny](glossary:social-worker) zwykle najpierw porozmawia z tą osobą.
guide-confidentiality-past-tell = Może Państwo nie chcą, żeby partner lub partnerka wiedzieli coś o Państwa przeszłości. Jeśli tak, proszę powiedzieć o tym specjaliście, który z Państwem pracuje. Proszę to zrobić przed konferencją.

guide-confidentiality-address-heading = Co, jeśli ktoś nie może wiedzieć, gdzie mieszkam?
guide-confidentiality-address-text = Może trzeba ukryć Państwa adres lub numer telefonu przed kimś na spotkaniu. Może to być były partner lub była partnerka. Jeśli tak, proszę powiedzieć o tym przewodniczącemu przed rozpoczęciem konferencji.
guide-confidentiality-referrer-heading = Czy mogę się dowiedzieć, kto dokonał zgłoszenia?
guide-confidentiality-referrer-text = Osoba prywatna może poprosić, żeby nie ujawniać jej nazwiska. Wtedy nie dowiedzą się Państwo, kto to był. Jeśli [zgłoszenia](glossary:referral) dokonał specjalista, zwykle można Państwu powiedzieć, kto to był.

guide-confidentiality-leave-heading = Dlaczego mogą mnie poprosić o wyjście z sali?
guide-confidentiality-leave-text = Czasem trzeba przekazać prywatne informacje o kimś innym, na przykład o innym członku rodziny. Albo policja może mieć informacje, których nie może jeszcze Państwu przekazać. Wtedy przewodniczący może poprosić Państwa o wyjście na krótko. [Więcej](page:on-the-day).


## Page: what-to-expect

guide-what-to-expect-title = Czego mogę oczekiwać od specjalistów?
guide-what-to-expect-summary = Jak specjaliści powinni Państwa traktować i o co będą Państwa prosić.

guide-what-to-expect-from-them-heading = Jak specjaliści powinni mnie traktować?
guide-what-to-expect-from-them-text = Specjaliści chcą współpracować z Państwem i Państwa rodziną. Mogą Państwo oczekiwać, że:
guide-what-to-expect-from-them-listened = zostaną Państwo wysłuchani
guide-what-to-expect-from-them-respect = będą Państwo traktowani z szacunkiem, bez względu na pochodzenie, niepełnosprawność, płeć, wiek, religię czy orientację seksualną
guide-what-to-expect-from-them-honest = usłyszą Państwo szczerze, jakie są obawy i co musi się zmienić, żeby były mniejsze
guide-what-to-expect-from-them-explained = wszystko zostanie wyjaśnione słowami, które Państwo rozumieją
guide-what-to-expect-from-them-involved = będą Państwo na bieżąco informowani i włączani w decyzje
guide-what-to-expect-from-them-reports = dostaną Państwo raporty na { $reports-initial-days ->
        [one] [{ $reports-initial-days } dzień roboczy](glossary:working-days)
        [few] [{ $reports-initial-days } dni robocze](glossary:working-days)
        [many] [{ $reports-initial-days } dni roboczych](glossary:working-days)
       *[other] [{ $reports-initial-days } dnia roboczego](glossary:working-days)
    } przed [pierwszą konferencją](glossary:initial-conference) i na { $reports-review-days ->
        [one] { $reports-review-days } dzień roboczy
        [few] { $reports-review-days } dni robocze
        [many] { $reports-review-days } dni roboczych
       *[other] { $reports-review-days } dnia roboczego
    } przed konferencją przeglądową
guide-what-to-expect-from-them-minutes = dostaną Państwo [protokół](glossary:minutes) w ciągu { $minutes-days ->
        [one] { $minutes-days } dnia roboczego
        [few] { $minutes-days } dni roboczych
        [many] { $minutes-days } dni roboczych
       *[other] { $minutes-days } dnia roboczego
    } od konferencji
guide-what-to-expect-from-them-help = dostaną Państwo pomoc, którą zaproponowano, w uzgodnionym czasie
guide-what-to-expect-from-them-reliable = specjaliści zrobią to, co obiecali
guide-what-to-expect-from-them-interpreter = będą Państwo mieli [tłumacza](glossary:interpreter), jeśli go Państwo potrzebują
guide-what-to-expect-from-them-private = Państwa prywatne informacje pozostaną [poufne](glossary:confidential)
guide-what-to-expect-from-them-tell = Jeśli uważają Państwo, że tak nie jest, proszę powiedzieć o tym [pracownikowi socjalnemu](glossary:social-worker) albo [przewodniczącemu](glossary:independent-chair). Mogą Państwo też [złożyć skargę](page:complaints).
guide-what-to-expect-from-you-heading = Czego specjaliści będą oczekiwać ode mnie?
guide-what-to-expect-from-you-text = Specjaliści poproszą Państwa, żeby:
guide-what-to-expect-from-you-work = współpracowali z nimi, żeby dziecko było bezpieczne
guide-what-to-expect-from-you-meetings = przychodzili na spotkania albo mówili, jeśli nie mogą Państwo przyjść
guide-what-to-expect-from-you-plan = robili to, co według planu mają zrobić Państwo
guide-what-to-expect-from-you-see = pozwalali im widzieć dziecko, także w domu
guide-what-to-expect-from-you-honest = byli wobec nich szczerzy i mówili im, jeśli coś się zmieni
guide-what-to-expect-from-you-ask = mówili im, kiedy czegoś Państwo nie rozumieją
guide-what-to-expect-from-you-perfect = Nikt nie oczekuje, że będą Państwo idealni. Specjaliści chcą widzieć, że sytuacja dziecka się poprawia.

guide-what-to-expect-why-heading = Dlaczego tak pracują?
guide-what-to-expect-why-text = Ich pierwszym zadaniem jest zapewnienie dzieciom bezpieczeństwa. Starają się to robić, współpracując z rodzicami.
guide-what-to-expect-why-better = Z ich doświadczenia wynika, że bliska współpraca z rodzinami daje lepsze wyniki dla wszystkich.


## Page: your-records

guide-your-records-title = Wgląd do akt i poprawianie błędów
guide-your-records-summary = Jak doprowadzić do poprawienia błędów w raportach i protokole oraz jak zobaczyć, co rada o Państwu napisała.

guide-your-records-reports-heading = Co, jeśli raport zawiera błędy?
guide-your-records-reports-text = Proszę przeczytać raporty, gdy tylko je Państwo dostaną. Proszę zaznaczyć wszystko, co jest nieprawdą, czego brakuje albo co jest niesprawiedliwe.
guide-your-records-reports-before = Przed spotkaniem proszę powiedzieć o tym autorowi raportu albo pracownikowi socjalnemu. Proszę poprosić o poprawienie nieprawdziwych faktów.
guide-your-records-reports-chair = Mogą Państwo też powiedzieć o tym [przewodniczącemu](glossary:independent-chair) na początku spotkania. Proszę poprosić, żeby Państwa zdanie zapisano w [protokole](glossary:minutes).
guide-your-records-reports-opinion = Raport może zawierać opinię specjalisty, z którą się Państwo nie zgadzają. Specjalista może jej nie zmienić, ale Państwa zdanie też powinno zostać zapisane.

guide-your-records-minutes-heading = Co, jeśli protokół zawiera błędy?
guide-your-records-minutes-text = Proszę przeczytać protokół, gdy przyjdzie. Jeśli coś jest nieprawdą, proszę napisać do przewodniczącego, co należy zmienić.
guide-your-records-minutes-time = { $nation ->
    [wales] W Walii proszę przesłać uwagi w ciągu 10 [dni roboczych](glossary:working-days) od otrzymania protokołu.
   *[england] Proszę to zrobić jak najszybciej. Rada powie Państwu, czy jest na to termin.
}
guide-your-records-minutes-keep = Proszę zachować kopię tego, co Państwo wysyłają. Jeśli protokół nie zostanie zmieniony, proszę poprosić, żeby Państwa uwagi zostały do niego dołączone.

guide-your-records-file-heading = Czy mogę zobaczyć swoje akta?
guide-your-records-file-text = Tak. Mogą Państwo poprosić radę o kopię informacji, które ma o Państwu. Nazywa się to [wnioskiem o dostęp do danych osobowych](glossary:subject-access-request) (subject access request).
guide-your-records-file-how = Proszę napisać do rady albo użyć formularza na jej stronie internetowej. Proszę napisać, czego Państwo chcą, na przykład swoich akt ze służb do spraw dzieci.
guide-your-records-file-time = Rada zwykle ma miesiąc na odpowiedź. Zwykle jest to bezpłatne.
guide-your-records-file-hidden = Niektóre części mogą być zaczernione. Mogą to być informacje o innych osobach albo informacje, które mogłyby kogoś narazić na niebezpieczeństwo.
guide-your-records-file-child = Jeśli mają Państwo władzę rodzicielską, zwykle mogą Państwo poprosić też o akta dziecka. Starsze dziecko może zostać zapytane, czy się zgadza.
guide-your-records-file-correct = Jeśli Państwa dane osobowe są nieprawdziwe, mogą Państwo poprosić radę o ich poprawienie. Takie prawo dają Państwu przepisy o ochronie danych osobowych.
guide-your-records-file-ico = Jeśli odpowiedź rady Państwa nie zadowala, mogą Państwo złożyć skargę do Information Commissioner's Office (brytyjskiego urzędu ochrony danych).


## Page: complaints

guide-complaints-title = Co, jeśli się nie zgadzam albo coś mi się nie podoba?
guide-complaints-summary = Jak zakwestionować sposób prowadzenia konferencji albo jej decyzję. I kto może się tym zająć po radzie.

guide-complaints-meeting-heading = Co mogę zrobić na spotkaniu?
guide-complaints-meeting-text = Jeśli się Państwo nie zgadzają, proszę powiedzieć o tym na spotkaniu. Proszę poprosić, żeby Państwa zdanie zapisano w [protokole](glossary:minutes).
guide-complaints-meeting-report = Przed spotkaniem mogą Państwo zapisać, dlaczego się Państwo nie zgadzają. Przewodniczący może to przeczytać i może to zostać dołączone do protokołu.

guide-complaints-first-heading = Z kim najpierw porozmawiać?
guide-complaints-first-text = Proszę porozmawiać z [przewodniczącym](glossary:independent-chair) albo z [pracownikiem socjalnym](glossary:social-worker). Mogą omówić z Państwem sprawę. Mogą też dać Państwu kopię procedury skargowej.
guide-complaints-first-sorted = Niektóre problemy można rozwiązać w ten sposób.

guide-complaints-conference-heading = Czy mogę złożyć skargę na konferencję?
guide-complaints-conference-text = { $nation ->
    [wales] Tak. W Walii zasady [Wales Safeguarding Procedures](glossary:wales-safeguarding-procedures) (walijskie procedury ochrony) mówią, na co można złożyć skargę.
   *[england] Tak. W Anglii każda rada ma własną procedurę skarg na konferencje.
}

guide-complaints-conference-writing = Jeśli to możliwe, proszę złożyć skargę na piśmie. Rada powie Państwu, do kogo ją wysłać.

guide-complaints-wales-process = Mogą Państwo złożyć skargę na to, jak prowadzono konferencję, na przykład jeśli nie przestrzegano procedur.
guide-complaints-wales-decision = Mogą Państwo też złożyć skargę na decyzję o wpisaniu dziecka do [rejestru ochrony dzieci](glossary:child-protection-register) albo o jego wykreśleniu. Ale tylko wtedy, gdy nie przestrzegano procedur i miało to wpływ na decyzję.
guide-complaints-wales-category = To samo dotyczy [kategorii krzywdy](glossary:category-of-harm) (category of registration), czyli rodzaju krzywdy zapisanego w rejestrze.
guide-complaints-wales-start = Żeby złożyć skargę, proszę porozmawiać z pracownikiem socjalnym dziecka albo z przewodniczącym. Powiedzą Państwu, do kogo napisać.

guide-complaints-england-text = { $conference-decisions ->
    [can-be-challenged] W radzie { $council } mogą Państwo poprosić o ponowne rozpatrzenie decyzji konferencji. Mogą Państwo też złożyć skargę na to, jak prowadzono konferencję.
    [process-only] W radzie { $council } mogą Państwo złożyć skargę na to, jak prowadzono konferencję. W skardze nie można prosić o ponowne rozpatrzenie samej decyzji.
   *[not-set] Niektóre rady pozwalają zakwestionować decyzję konferencji. Inne sprawdzają tylko, jak prowadzono konferencję. Proszę zapytać radę { $council }, na co pozwala jej procedura.
}
guide-complaints-england-ask = Pracownik socjalny albo przewodniczący może dać Państwu kopię procedury.

guide-complaints-change-heading = Czy skarga zmieni decyzję?
guide-complaints-change-text = Sama skarga nie. Decyzja pozostaje w mocy, a plan jest realizowany dalej, kiedy skarga jest rozpatrywana.
guide-complaints-change-outcome = Jeśli skarga zostanie uznana, może się odbyć nowa konferencja z innym przewodniczącym. Albo następna konferencja przeglądowa może się odbyć wcześniej.

guide-complaints-services-heading = Co, jeśli mam zastrzeżenia do służb do spraw dzieci?
guide-complaints-services-text = Mogą Państwo złożyć skargę na to, jak postępowały [służby do spraw dzieci](glossary:children-services), na przykład jeśli nie traktowano Państwa z szacunkiem. Proszę zapisać, co się stało i co Państwa zdaniem powinno się zmienić.

guide-complaints-professional-heading = Co, jeśli mam zastrzeżenia do jednego specjalisty?
guide-complaints-professional-text = Każda instytucja, na przykład szkoła, szpital albo policja, ma własną procedurę skargową. Proszę zapytać ją o szczegóły.

guide-complaints-time-heading = Czy jest termin?
guide-complaints-time-text = Na złożenie skargi często jest termin. Proszę postarać się złożyć skargę jak najszybciej. Rada powie Państwu, jakie ma terminy.

guide-complaints-still-heading = Co, jeśli nadal mam zastrzeżenia?
guide-complaints-still-text = Może się zdarzyć, że po procedurze skargowej rady nadal są Państwo niezadowoleni. Wtedy mogą Państwo poprosić [Ombudsmana (rzecznika praw obywatelskich)](glossary:ombudsman), żeby się tym zajął. Jest to bezpłatne.
guide-complaints-still-who = { $nation ->
    [wales] W Walii jest to Public Services Ombudsman for Wales. Jego strona internetowa to ombudsman.wales.
   *[england] W Anglii jest to Local Government and Social Care Ombudsman. Jego strona internetowa to lgo.org.uk.
}
guide-complaints-still-first = Ombudsman zwykle oczekuje, że najpierw złożą Państwo skargę do rady i dadzą jej czas na odpowiedź.
guide-complaints-still-advice = W każdej chwili mogą Państwo też uzyskać [poradę prawną](page:bringing-someone).

guide-complaints-contacts = Link do skarg w radzie jest na stronie [Pomoc i kontakty](page:help-and-contacts).


## Page: glossary

guide-glossary-title = Słowa i ich znaczenie
guide-glossary-summary = Proste wyjaśnienia słów, które mogą Państwo usłyszeć przed konferencją, w jej trakcie i po niej.

glossary-advocate-term = Rzecznik (advocate)
glossary-advocate-definition = Osoba, która pomaga Państwu lub dziecku powiedzieć, co myślicie, i pilnuje, żeby Państwa wysłuchano. Może to być przeszkolony pracownik albo wybrana przez Państwa osoba wspierająca. To nie jest adwokat.

glossary-care-and-support-protection-plan-term = Plan ochrony, opieki i wsparcia (care and support protection plan)
glossary-care-and-support-protection-plan-definition = Nazwa używana w Walii dla planu, który ma chronić dziecko przed poważną krzywdą. Dziecko, które ma taki plan, jest wpisane do rejestru ochrony dzieci.

glossary-care-and-support-plan-term = Plan opieki i wsparcia (care and support plan)
glossary-care-and-support-plan-definition = W Walii plan pomocy dla dziecka i rodziny, które potrzebują opieki i wsparcia. Tworzy się go na podstawie ustawy Social Services and Well-being (Wales) Act 2014.

glossary-care-proceedings-term = Postępowanie sądowe w sprawie opieki nad dzieckiem (care proceedings)
glossary-care-proceedings-definition = Sprawa sądowa, w której rada prosi sędziego o decyzję w sprawie opieki nad dzieckiem. Jest to coś innego niż konferencja.

glossary-category-of-harm-term = Kategoria krzywdy (category of harm)
glossary-category-of-harm-definition = { $nation ->
    [wales] Rodzaj krzywdy, której obawia się konferencja. W Walii nazywa się to kategorią wpisu do rejestru. Jest ich pięć: przemoc fizyczna, przemoc emocjonalna lub psychiczna, wykorzystywanie seksualne, przemoc finansowa i zaniedbanie.
   *[england] Rodzaj krzywdy, której obawia się konferencja. W Anglii są cztery: przemoc fizyczna, przemoc emocjonalna, wykorzystywanie seksualne i zaniedbanie.
}

glossary-child-in-need-plan-term = Plan dla dziecka w potrzebie (Child in Need plan)
glossary-child-in-need-plan-definition = W Anglii plan pomocy dla dziecka i rodziny. Może powstać, gdy dziecko nie potrzebuje planu ochrony dziecka. W Walii podobną rolę pełni plan opieki i wsparcia.

glossary-child-protection-conference-term = Konferencja w sprawie ochrony dziecka (child protection conference)
glossary-child-protection-conference-definition = Oficjalne spotkanie rodziców, specjalistów, a czasem także dziecka. Omawia się na nim obawy i decyduje, czy dziecko potrzebuje planu, który zapewni mu bezpieczeństwo.

glossary-child-protection-plan-term = Plan ochrony dziecka (child protection plan)
glossary-child-protection-plan-definition = Pisemny plan, który ma chronić dziecko przed poważną krzywdą. Mówi, co musi się stać, kto to zrobi i do kiedy.

glossary-child-protection-register-term = Rejestr ochrony dzieci (child protection register)
glossary-child-protection-register-definition = W Walii lista dzieci, które mają plan ochrony, opieki i wsparcia. W Anglii ludzie mogą mówić „on the register” („w rejestrze”), gdy dziecko ma plan ochrony dziecka.

glossary-children-services-term = Służby do spraw dzieci (children's services)
glossary-children-services-definition = Część rady, która pomaga zapewnić dzieciom bezpieczeństwo i wspiera rodziny. Pracują tam pracownicy socjalni.

glossary-conference-coordinator-term = Koordynator konferencji (conference coordinator)
glossary-conference-coordinator-definition = Pracownik rady, który organizuje konferencje. Wysyła zaproszenia i dokumenty. Niektóre rady inaczej nazywają to stanowisko.

glossary-confidential-term = Poufny (confidential)
glossary-confidential-definition = Prywatny. Poufne informacje przekazuje się tylko osobom, które muszą je znać.


glossary-core-group-term = Grupa podstawowa (core group)
glossary-core-group-definition = Mała grupa, do której należą także Państwo, i która często się spotyka. Realizuje plan i sprawdza, jak idzie.

glossary-contingency-plan-term = Plan awaryjny (contingency plan)
glossary-contingency-plan-definition = Plan zapasowy. Mówi, co się stanie, jeśli główny plan nie zadziała albo jeśli sytuacja się zmieni.

glossary-emotional-abuse-term = { $nation ->
    [wales] Przemoc emocjonalna lub psychiczna (emotional or psychological abuse)
   *[england] Przemoc emocjonalna (emotional abuse)
}
glossary-emotional-abuse-definition = Krzywda wyrządzona uczuciom dziecka, na przykład gdy dziecko jest często straszone, pomijane albo słyszy, że jest nic niewarte. Może to być też oglądanie lub słyszenie przemocy w domu.

glossary-family-group-conference-term = Rodzinna narada (family group conference)
glossary-family-group-conference-definition = Spotkanie, na którym rodzina i przyjaciele układają własny plan, żeby pomóc zapewnić dziecku bezpieczeństwo. Niezależny koordynator pomaga je zorganizować.

glossary-financial-abuse-term = Przemoc finansowa (financial abuse)
glossary-financial-abuse-definition = W Walii jedna z kategorii krzywdy. Oznacza zabieranie lub niewłaściwe wykorzystywanie pieniędzy lub rzeczy dziecka, na przykład sprzedawanie jego rzeczy.

glossary-hybrid-meeting-term = Spotkanie hybrydowe (hybrid meeting)
glossary-hybrid-meeting-definition = Spotkanie, na którym część osób jest w sali, a inni łączą się przez wideo.

glossary-independent-chair-term = Niezależny przewodniczący (independent chair)
glossary-independent-chair-definition = Osoba, która prowadzi konferencję. Zwykle jest to starszy menedżer z rady, który nie zajmuje się sprawą Państwa dziecka. Pilnuje, żeby spotkanie było sprawiedliwe.

glossary-independent-reviewing-officer-term = Niezależny urzędnik sprawdzający plany (Independent Reviewing Officer)
glossary-independent-reviewing-officer-definition = Urzędnik rady, którego zadaniem według prawa jest sprawdzanie planów dzieci pod opieką rady. Niektóre rady proszą go też o prowadzenie konferencji.

glossary-initial-conference-term = Pierwsza konferencja (initial conference)
glossary-initial-conference-definition = Pierwsza konferencja w sprawie ochrony danego dziecka. Odbywa się po postępowaniu wyjaśniającym z art. 47.

glossary-interpreter-term = Tłumacz (interpreter)
glossary-interpreter-definition = Osoba, która mówi w Państwa języku, co mówią inni, i mówi po angielsku, co mówią Państwo. Nie płacą Państwo za to.

glossary-key-worker-term = Pracownik prowadzący (key worker)
glossary-key-worker-definition = { $nation ->
    [wales] Pracownik socjalny, który koordynuje plan i jest Państwa główną osobą do kontaktu. W Walii nazywa się go koordynatorem planu ochrony, opieki i wsparcia (care and support protection plan co-ordinator).
   *[england] Pracownik socjalny, który kieruje planem i jest Państwa główną osobą do kontaktu. W Anglii nazywa się go głównym pracownikiem socjalnym (lead social worker). Niektóre rady mówią teraz „lead practitioner”.
}

glossary-legal-aid-term = Bezpłatna pomoc prawna (legal aid)
glossary-legal-aid-definition = Pieniądze od państwa na pomoc prawną dla osób, które spełniają warunki. Zwykle trzeba spełnić kryterium finansowe i kryterium zasadności. Po piśmie przed wszczęciem postępowania rodzice dostają ją bez względu na dochody.

glossary-letter-before-proceedings-term = Pismo przed wszczęciem postępowania (letter before proceedings)
glossary-letter-before-proceedings-definition = Pismo od rady, że rozważa skierowanie sprawy do sądu. Mówi, co musi się zmienić, i zaprasza Państwa na spotkanie. Niektórzy nazywają je „PLO letter”.

glossary-minutes-term = Protokół (minutes)
glossary-minutes-definition = Pisemny zapis spotkania. Podsumowuje najważniejsze rzeczy, które powiedziano, i podjęte decyzje.

glossary-neglect-term = Zaniedbanie (neglect)
glossary-neglect-definition = Sytuacja, w której podstawowe potrzeby dziecka wciąż nie są zaspokajane. Do potrzeb należą jedzenie, ciepło, bezpieczeństwo, opieka zdrowotna i miłość.

glossary-ombudsman-term = Ombudsman (rzecznik praw obywatelskich)
glossary-ombudsman-definition = Niezależny urząd, który bezpłatnie rozpatruje skargi na usługi publiczne. { $nation ->
    [wales] W Walii jest to Public Services Ombudsman for Wales.
   *[england] W Anglii skargi na rady trafiają do Local Government and Social Care Ombudsman.
}

glossary-parental-responsibility-term = Władza rodzicielska (parental responsibility)
glossary-parental-responsibility-definition = Prawa i obowiązki, które rodzic ma według prawa wobec dziecka. Ma ją matka, która urodziła dziecko, chyba że władza wygasła przez adopcję albo przez postanowienie o rodzicielstwie (parental order) po urodzeniu dziecka przez matkę zastępczą. Ma ją też wielu ojców i niektóre inne osoby.

glossary-physical-abuse-term = Przemoc fizyczna (physical abuse)
glossary-physical-abuse-definition = Krzywdzenie ciała dziecka, na przykład bicie, potrząsanie, poparzenie albo otrucie.

glossary-pre-birth-conference-term = Konferencja przed urodzeniem dziecka (pre-birth conference)
glossary-pre-birth-conference-definition = Konferencja w sprawie ochrony dziecka, która odbywa się, zanim dziecko się urodzi. Ustala się na niej, jak zapewnić dziecku bezpieczeństwo po porodzie.

glossary-pre-proceedings-term = Etap przedsądowy (pre-proceedings)
glossary-pre-proceedings-definition = Etap, zanim rada poprosi sąd o decyzję w sprawie dziecka. Zaczyna się od pisma przed wszczęciem postępowania, w którym jest napisane, co musi się zmienić.

glossary-probation-officer-term = Kurator sądowy (probation officer)
glossary-probation-officer-definition = Osoba, która nadzoruje kogoś, kto odbywa karę poza więzieniem albo wyszedł z więzienia.


glossary-referral-term = Zgłoszenie (referral)
glossary-referral-definition = Sytuacja, gdy ktoś mówi służbom do spraw dzieci, że martwi się o dziecko.

glossary-reasonable-adjustments-term = Rozsądne dostosowania (reasonable adjustments)
glossary-reasonable-adjustments-definition = Zmiany, które służby muszą wprowadzić, żeby osoby z niepełnosprawnością mogły z nich korzystać. Mówi o tym ustawa Equality Act 2010. Przykłady to podjazd, pętla indukcyjna albo dokumenty w wersji łatwej do czytania.

glossary-review-conference-term = Konferencja przeglądowa (review conference)
glossary-review-conference-definition = Późniejsza konferencja, która sprawdza, jak działa plan. Decyduje, czy dziecko nadal potrzebuje planu.

glossary-section-47-enquiry-term = Postępowanie wyjaśniające z art. 47 (Section 47 enquiry)
glossary-section-47-enquiry-definition = Sprawdzenie, które służby do spraw dzieci muszą przeprowadzić z mocy prawa, gdy dziecku może grozić poważna krzywda. Nazwa pochodzi od artykułu 47 ustawy Children Act 1989.

glossary-sexual-abuse-term = Wykorzystywanie seksualne (sexual abuse)
glossary-sexual-abuse-definition = Zmuszanie lub namawianie dziecka do udziału w czynnościach seksualnych albo do oglądania treści seksualnych. Może się to dziać także w internecie.

glossary-significant-harm-term = Poważna krzywda (significant harm)
glossary-significant-harm-definition = Krzywda na tyle poważna, że naprawdę wpływa na zdrowie lub rozwój dziecka. Może to być krzywda, która już się stała, albo taka, która może się stać.

glossary-signs-of-safety-term = Signs of Safety („Znaki bezpieczeństwa”)
glossary-signs-of-safety-definition = Sposób pracy, który stosują niektóre rady. Pyta się w nim, co działa dobrze, czego ludzie się obawiają i co musi się stać.

glossary-social-services-wellbeing-act-term = Social Services and Well-being (Wales) Act 2014 (walijska ustawa o usługach społecznych i dobrostanie)
glossary-social-services-wellbeing-act-definition = Główna ustawa o usługach społecznych w Walii, także o ochronie dzieci. To jeden z powodów, dla których w Walii używa się niektórych innych słów.

glossary-social-worker-term = Pracownik socjalny (social worker)
glossary-social-worker-definition = Przeszkolony specjalista, który pracuje z dziećmi i rodzinami. Pracownik socjalny Państwa dziecka kieruje działaniami, które mają zapewnić dziecku bezpieczeństwo.

glossary-solicitor-term = Prawnik (solicitor)
glossary-solicitor-definition = Prawnik, który może udzielić Państwu porady prawnej. Na konferencji prawnik jest po to, żeby Państwa wspierać, a nie mówić w Państwa imieniu.

glossary-strategy-discussion-term = Narada strategiczna (strategy discussion)
glossary-strategy-discussion-definition = Rozmowa między służbami do spraw dzieci, policją, służbą zdrowia i innymi, gdy martwią się o dziecko. Decydują, czy rozpocząć postępowanie wyjaśniające z art. 47. Rodzice zwykle w niej nie uczestniczą.

glossary-subject-access-request-term = Wniosek o dostęp do danych osobowych (subject access request)
glossary-subject-access-request-definition = Prośba o pokazanie danych osobowych, które organizacja ma o Państwu. Rady zwykle muszą odpowiedzieć w ciągu miesiąca. Zwykle jest to bezpłatne.

glossary-transfer-in-conference-term = Konferencja po przeprowadzce (transfer-in conference)
glossary-transfer-in-conference-definition = Konferencja, którą organizuje nowa rada, gdy dziecko z planem przeprowadza się na stałe na jej teren. Powinna się odbyć w ciągu 15 dni roboczych od dowiedzenia się przez nową radę o przeprowadzce.

glossary-unannounced-visit-term = Wizyta niezapowiedziana (unannounced visit)
glossary-unannounced-visit-definition = Wizyta specjalisty w Państwa domu bez wcześniejszego uprzedzenia.

glossary-wales-safeguarding-procedures-term = Wales Safeguarding Procedures (walijskie procedury ochrony)
glossary-wales-safeguarding-procedures-definition = Kroki, których przestrzega każda służba w Walii, żeby chronić dzieci i zagrożonych dorosłych. Obejmują też zasady działania konferencji.

glossary-working-days-term = Dni robocze (working days)
glossary-working-days-definition = Od poniedziałku do piątku. Weekendy i święta państwowe (bank holidays) się nie liczą.

glossary-working-together-term = Working Together to Safeguard Children (wytyczne o współpracy na rzecz ochrony dzieci)
glossary-working-together-definition = Wytyczne rządu w Anglii o tym, jak służby powinny współpracować, żeby zapewnić dzieciom bezpieczeństwo. Wydaje je Department for Education (ministerstwo edukacji). Najnowsza wersja jest z 2023 roku.

glossary-working-together-to-safeguard-people-term = Working Together to Safeguard People (wytyczne o współpracy na rzecz ochrony ludzi)
glossary-working-together-to-safeguard-people-definition = Wytyczne rządu Walii o zapewnianiu bezpieczeństwa dzieciom i dorosłym. Towarzyszą ustawie Social Services and Well-being (Wales) Act 2014.
## Page: help-and-contacts

guide-help-and-contacts-title = Pomoc i kontakty
guide-help-and-contacts-summary = Jak skontaktować się z radą { $council }, ile trwają poszczególne sprawy i gdzie jeszcze szukać pomocy.
guide-help-and-contacts-danger = Jeśli Państwu lub Państwa dziecku w tej chwili grozi niebezpieczeństwo, proszę zadzwonić pod 999.

guide-help-and-contacts-council-heading = Jak skontaktować się z radą?
guide-help-and-contacts-council-text = Zwykle najpierw kontaktują się Państwo z [pracownikiem socjalnym](glossary:social-worker). Oto dane kontaktowe rady { $council }, w tym informacja, jak złożyć skargę.

guide-help-and-contacts-timescales-heading = Ile trwają poszczególne sprawy?
guide-help-and-contacts-timescales-text = Oto terminy, których przestrzega rada { $council }. [Dni robocze](glossary:working-days) to dni od poniedziałku do piątku, bez świąt państwowych (bank holidays).

guide-help-and-contacts-support-heading = Gdzie jeszcze mogę uzyskać pomoc?
guide-help-and-contacts-support-text = Są też inne rodzaje pomocy. Pracownik socjalny, lekarz rodzinny (GP) albo pielęgniarka środowiskowa (health visitor) mogą powiedzieć, co jest w Państwa okolicy.
guide-help-and-contacts-support-advocacy = Rzecznicy dla rodziców (advocacy): osoby, które pomagają Państwu zrozumieć, co się dzieje, i powiedzieć, co Państwo myślą.
guide-help-and-contacts-support-child-advocacy = Rzecznicy dla dzieci: osoby, które pomagają dziecku wyrazić swoje zdanie.
guide-help-and-contacts-support-abuse = Pomoc w przypadku przemocy domowej: bezpłatna, poufna pomoc, jeśli ktoś Państwa krzywdzi lub straszy.
guide-help-and-contacts-support-health = Lekarz rodzinny (GP): pomoc w sprawie Państwa zdrowia i tego, jak sobie Państwo radzą.

guide-help-and-contacts-national-heading = Jakie organizacje krajowe mogą pomóc?
guide-help-and-contacts-national-text = Te organizacje mogą pomóc. Dane każdej z nich sprawdziliśmy na jej własnej stronie internetowej.
guide-help-and-contacts-national-frg = Family Rights Group: bezpłatne, poufne porady dla rodzin w Anglii, którymi zajmują się służby do spraw dzieci. Telefon 0808 801 0366, od poniedziałku do piątku, od 9:30 do 15:00.
guide-help-and-contacts-national-coram = Coram Child Law Advice: porady i informacje o prawie dotyczącym dzieci i rodzin w Anglii, na stronie childlawadvice.org.uk.
guide-help-and-contacts-national-childline = Childline, dla dzieci i młodzieży: mogą dzwonić pod 0800 1111 o każdej porze.
guide-help-and-contacts-national-citizens-advice = Citizens Advice: informacje o konferencjach w sprawie ochrony dziecka i o skargach, na stronie citizensadvice.org.uk.
guide-help-and-contacts-national-solicitor = Strona „Find a Solicitor” organizacji Law Society: wyszukiwarka prawników, którzy specjalizują się w prawie dotyczącym dzieci.
guide-help-and-contacts-national-ombudsman = { $nation ->
    [wales] Public Services Ombudsman for Wales: w sprawie skarg, których rada nie rozwiązała, na stronie ombudsman.wales.
   *[england] Local Government and Social Care Ombudsman: w sprawie skarg, których rada nie rozwiązała, na stronie lgo.org.uk.
}

guide-help-and-contacts-format-heading = Co, jeśli potrzebuję tego w innym języku lub formie?
guide-help-and-contacts-format-text = Proszę poprosić radę o informacje w swoim języku, w wersji łatwej do czytania albo w formie nagrania. Jeśli nie mogą Państwo tego przeczytać i nikt nie może tego Państwu przeczytać, proszę skontaktować się z radą. Dane kontaktowe są powyżej.
guide-help-and-contacts-yourself-heading = Jak mogę o siebie zadbać?
guide-help-and-contacts-yourself-text = To trudny czas. Proszę porozmawiać z kimś, komu Państwo ufają. Jeśli trudno Państwu sobie poradzić, proszę porozmawiać z lekarzem rodzinnym.
guide-help-and-contacts-yourself-urgent = Jeśli czują Państwo, że mogą sobie zrobić krzywdę, proszę zadzwonić pod 999 albo pójść na szpitalny oddział ratunkowy.


## Page: staying-safe-online

guide-staying-safe-online-title = Bezpieczeństwo w internecie
guide-staying-safe-online-summary = Jak czytać prywatnie, jeśli ktoś inny może zobaczyć Państwa telefon lub komputer.

guide-staying-safe-online-danger = Jeśli w tej chwili grozi Państwu niebezpieczeństwo, proszę zadzwonić pod 999.

guide-staying-safe-online-exit-heading = Jak szybko opuścić tę stronę?
guide-staying-safe-online-exit-text = Proszę nacisnąć przycisk „Wyjdź z tej strony”. Od razu przeniesie Państwa na inną stronę internetową.
guide-staying-safe-online-exit-shift = Na klawiaturze można też nacisnąć 3 razy klawisz Shift. Działa to tylko wtedy, gdy w przeglądarce jest włączony JavaScript. Większość telefonów nie ma klawisza Shift, więc proszę używać przycisku.
guide-staying-safe-online-exit-history = Przycisk usuwa słowa z Państwa raportu, zanim opuści stronę. Nie usuwa historii. Ktoś, kto naciśnie „Wstecz”, nadal może zobaczyć, które strony tej witryny Państwo otwierali. „Wstecz” może też zaproponować ponowne wysłanie słów z raportu, a potem je pokazać. Żeby temu zapobiec, proszę zamknąć kartę po wyjściu. W następnej części wyjaśniamy, jak usunąć historię.

guide-staying-safe-online-history-heading = Czy ktoś może zobaczyć, jakie strony oglądam?
guide-staying-safe-online-history-text = Przeglądarka zapisuje listę odwiedzanych stron. Nazywa się to historią. Można z niej usunąć strony w ustawieniach przeglądarki.
guide-staying-safe-online-history-some = Usunięcie całej historii może wydać się dziwne komuś, kto ją sprawdza. Mogą Państwo usunąć tylko strony z tej witryny.
guide-staying-safe-online-history-private = Przeglądanie prywatne sprawia, że przeglądarka nie zapisuje historii na tym urządzeniu. Niektóre przeglądarki nazywają to trybem incognito.

guide-staying-safe-online-shared-heading = Co, jeśli korzystam z telefonu lub tabletu razem z kimś innym?
guide-staying-safe-online-shared-text = Inne osoby mogą zobaczyć Państwa historię, otwarte karty albo pobrane pliki. Proszę zamknąć kartę, gdy Państwo skończą.
guide-staying-safe-online-shared-tabs = Niektóre przeglądarki po uruchomieniu ponownie otwierają stare karty. Proszę sprawdzić, czy karty są zamknięte.
guide-staying-safe-online-shared-accounts = Jeśli dzielą Państwo z kimś skrzynkę e-mail lub inne konto, ktoś inny może zobaczyć wiadomości o konferencji.

guide-staying-safe-online-downloads-heading = A zapisane pliki?
guide-staying-safe-online-downloads-text = Jeśli zapiszą Państwo raport jako PDF, może on trafić do folderu „Pobrane”. Inne osoby korzystające z urządzenia mogłyby go tam znaleźć.
guide-staying-safe-online-downloads-delete = Gdy plik nie będzie już potrzebny, proszę go usunąć. Proszę sprawdzić folder „Pobrane” i kosz.
guide-staying-safe-online-downloads-photos = Zrzuty ekranu i zdjęcia listów zapisują się w zdjęciach. W razie potrzeby proszę je usunąć.

guide-staying-safe-online-shoulder-heading = Co, jeśli ktoś widzi mój ekran?
guide-staying-safe-online-shoulder-text = Proszę czytać w prywatnym miejscu. Proszę odwrócić ekran od innych albo go przyciemnić.


## Page: accessibility

guide-accessibility-title = Deklaracja dostępności
guide-accessibility-summary = Jak łatwo korzystać z tej strony, co jeszcze nie działa dobrze i jak zgłosić problem.

guide-accessibility-intro-heading = Kto prowadzi tę stronę?
guide-accessibility-intro-text = Tę stronę prowadzi rada { $council }. Chcemy, żeby mogło z niej korzystać jak najwięcej osób.
guide-accessibility-intro-can = Na przykład powinni Państwo móc:
guide-accessibility-can-zoom = powiększyć stronę do 400%, a tekst nie wyjdzie poza ekran
guide-accessibility-can-phone = przeczytać każdą stronę na małym ekranie telefonu
guide-accessibility-can-no-script = korzystać z każdej strony przy wyłączonym JavaScript
guide-accessibility-can-exit = szybko wyjść przyciskiem „Wyjdź z tej strony” albo naciskając 3 razy klawisz Shift
guide-accessibility-intro-plain = Postaraliśmy się też, żeby słowa były jak najprostsze.

guide-accessibility-status-heading = Na ile ta strona jest dostępna?
guide-accessibility-status-text = Ta strona częściowo spełnia wytyczne Web Content Accessibility Guidelines (WCAG), wersja 2.2, poziom AA. Problemy są wymienione poniżej.

guide-accessibility-known-heading = Co jeszcze nie działa dobrze?
guide-accessibility-known-pdf = PDF z Państwa raportem ma znaczniki (tagged PDF), więc czytniki ekranu mogą go czytać we właściwej kolejności. Nie sprawdzono go z każdym czytnikiem ekranu. Te same słowa są na stronie „Sprawdzenie raportu”.
guide-accessibility-known-language = Przewodnik jest po angielsku, walijsku, polsku i somalijsku, a każda strona jest też w wersji łatwej do czytania. Strony po walijsku, polsku i somalijsku przetłumaczył nasz zespół, a wykwalifikowany tłumacz nadal je sprawdza.
guide-accessibility-known-welsh = Dopóki strony po walijsku nie zostaną sprawdzone, należy opierać się na stronie po angielsku. Mimo to mogą Państwo poprosić o konferencję i jej dokumenty po walijsku.

guide-accessibility-tested-heading = Jak sprawdzano tę stronę?
guide-accessibility-tested-text = Każdą stronę sprawdza automatyczne narzędzie według WCAG 2.2, poziom AA. Sprawdzamy też, czy każda strona mieści się na ekranie o szerokości 320 pikseli i działa bez JavaScript.
guide-accessibility-tested-not = Nie sprawdziły jej jeszcze osoby z niepełnosprawnościami ani ekspert do spraw dostępności.
guide-accessibility-tested-date = Tę deklarację przygotowano w grudniu 2026 roku. Należy ją przeglądać co roku.

guide-accessibility-report-heading = Jak zgłosić problem?
guide-accessibility-report-text = Jeśli znajdą Państwo problem albo potrzebują informacji w innej formie, proszę skontaktować się z radą { $council }. Dane kontaktowe są na stronie [Pomoc i kontakty](page:help-and-contacts).
guide-accessibility-report-what = Proszę napisać, której strony to dotyczy i co nie zadziałało.

guide-accessibility-enforce-heading = Co, jeśli odpowiedź mi nie odpowiada?
guide-accessibility-enforce-text = Equality and Human Rights Commission (EHRC, Komisja do spraw Równości i Praw Człowieka) pilnuje, żeby publiczne strony internetowe przestrzegały zasad dostępności.
guide-accessibility-enforce-rules = Te zasady to Public Sector Bodies Accessibility Regulations 2018 (przepisy o dostępności stron instytucji publicznych).
guide-accessibility-enforce-eass = Jeśli nie są Państwo zadowoleni z tego, jak odpowiedzieliśmy na skargę, proszę skontaktować się z Equality Advisory and Support Service (EASS).

# Helping a child give their views (for advocates, parents and carers)
guide-helping-a-child-title = Jak pomóc dziecku wyrazić zdanie
guide-helping-a-child-summary = Jak korzystać z „Co myślę” razem z dzieckiem, jak pytać, nie podsuwając odpowiedzi, i co się dzieje z tym, co dziecko powie.
guide-helping-a-child-intro = [Co myślę](page:child-views) pozwala dziecku ująć w słowa swoje zdanie na konferencję. Mogą Państwo usiąść z dzieckiem i pomóc, na telefonie, tablecie lub komputerze. Wszystko idzie małymi krokami.
guide-helping-a-child-using-heading = Jak korzystać z tego z dzieckiem
guide-helping-a-child-using-quiet = Proszę znaleźć ciche, prywatne miejsce i wystarczająco dużo czasu. Pół godziny często w zupełności wystarcza.
guide-helping-a-child-using-explain = Proszę powiedzieć dziecku, po co jest spotkanie i że jego zdanie ma znaczenie. Proszę powiedzieć, że nie musi odpowiadać na wszystko.
guide-helping-a-child-using-houses = Proszę przejść przez trzy domki: dobre rzeczy, zmartwienia i marzenia. Młodsze dzieci mogą zamiast pisać dotykać obrazków.
guide-helping-a-child-using-breaks = Jeśli dziecko się zdenerwuje lub zmęczy, proszę zrobić przerwę. Nic nie jest zapisywane, więc przed dłuższą przerwą proszę pobrać PDF.
guide-helping-a-child-using-check = Na ostatniej stronie proszę przeczytać wszystko jeszcze raz. Proszę pozwolić dziecku zmienić, co zechce.
guide-helping-a-child-asking-heading = Jak pytać, nie podsuwając odpowiedzi
guide-helping-a-child-asking-open = Proszę zadawać pytania otwarte, na przykład „Co jest dobrego w domu?”, a nie „Czy w domu jest dobrze?”.
guide-helping-a-child-asking-words = Proszę zapisywać własne słowa dziecka, nawet jeśli Państwo powiedzieliby to inaczej. Proszę ich nie poprawiać.
guide-helping-a-child-asking-silence = Proszę dać dziecku czas do namysłu. Chwila ciszy to nic złego.
guide-helping-a-child-asking-no-answer = Dziecko może pominąć pytanie albo powiedzieć „Nie wiem”. To nic złego.
guide-helping-a-child-asking-feelings = Proszę nie dodawać własnego zdania. Jeśli chcą Państwo coś dodać, proszę sami powiedzieć to przewodniczącemu.
guide-helping-a-child-happens-heading = Co się dzieje ze zdaniem dziecka
guide-helping-a-child-happens-text = Mogą Państwo pobrać zdanie dziecka jako PDF albo wysłać je przewodniczącemu konferencji. W PDF jest napisane, kto zapisał te słowa i w jaki sposób.
guide-helping-a-child-happens-nothing-kept = Ta strona niczego nie przechowuje. Nie zapisuje ani słów, ani rysunku.
guide-helping-a-child-happens-shared = Przewodniczący może przekazać to, co dziecko powie lub napisze, wszystkim uczestnikom konferencji, także rodzicom dziecka. Proszę powiedzieć o tym dziecku, zanim zacznie mówić lub pisać.
guide-helping-a-child-advocate-heading = Prawo dziecka do rzecznika
guide-helping-a-child-advocate-text = Wiele dzieci może dostać rzecznika. Rzecznik to niezależna osoba, która pomaga dziecku powiedzieć, co myśli. Może mówić w imieniu dziecka na spotkaniu.
guide-helping-a-child-advocate-ask = Proszę zapytać pracownika socjalnego albo przewodniczącego konferencji, jak go uzyskać.
guide-helping-a-child-worried-heading = Jeśli dziecko powie coś niepokojącego
guide-helping-a-child-worried-text = Jeśli dziecko mówi, że ktoś je krzywdzi albo że nie jest bezpieczne, proszę nie zachowywać tego dla siebie. Proszę powiedzieć pracownikowi socjalnemu albo policji. W nagłym wypadku proszę zadzwonić pod 999.
guide-helping-a-child-start = [Zacznij „Co myślę” z dzieckiem](page:child-views)

# If you feel unsafe now (linked from every screen of "My views")
guide-feeling-unsafe-title = Jeśli teraz nie czujesz się bezpiecznie
guide-feeling-unsafe-summary = Co zrobić, jeśli teraz nie czujesz się bezpiecznie albo się boisz.
guide-feeling-unsafe-danger = Jeśli teraz grozi ci niebezpieczeństwo, zadzwoń pod 999.
guide-feeling-unsafe-childline = Z Childline (to bezpłatny telefon zaufania dla dzieci) możesz porozmawiać o wszystkim. Zadzwoń pod 0800 1111, o każdej porze, w dzień i w nocy. To nic nie kosztuje.
guide-feeling-unsafe-adult = Powiedz dorosłemu, któremu ufasz. Może to być nauczyciel, twój rzecznik (osoba, która pomaga ci powiedzieć, co myślisz), twój pracownik socjalny albo ktoś z rodziny.
guide-feeling-unsafe-not-your-fault = To nigdy nie jest twoja wina, jeśli ktoś cię krzywdzi.
guide-feeling-unsafe-back = Żeby szybko wyjść z tej strony, naciśnij „Wyjdź z tej strony”.

guide-your-childs-part-views-tool = Dziecko może też skorzystać z formularza [Co myślę](page:child-views), żeby napisać albo wybrać obrazki o tym, co myśli. Mogą mu w tym pomóc Państwo albo rzecznik. [Jak pomóc dziecku wyrazić zdanie](page:helping-a-child).
guide-start-here-more-child-views = [Co myślę: dla Państwa dziecka do wypełnienia](page:child-views)
