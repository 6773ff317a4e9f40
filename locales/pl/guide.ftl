# Polskie tłumaczenie przygotowane przez zespół projektu (jeszcze nie przez wykwalifikowanego tłumacza). Sprawdza je wykwalifikowany tłumacz. Prosimy o informację o wszystkim, co jest niejasne: zob. README.md, „Translations".
# Polish translation, drafted by the project team (not yet by a qualified translator). A qualified translator is checking it. Tell us about anything unclear: see README.md, "Translations".

### Przewodnik dla rodziców, po polsku. Tłumaczenie pliku locales/en/guide.ftl:
### te same identyfikatory, te same zmienne ($council, $nation, liczby dni,
### tygodni i miesięcy, $conference-phone, $conference-decisions) i te same
### selektory. Terminy: locales/pl/TERMS.md. Forma zwracania się: „Państwo".
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
guide-start-here-tell-access = mają Państwo niepełnosprawność lub problem ze zdrowiem i potrzebują, żeby coś zrobić inaczej
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
guide-start-here-danger = Jeśli Państwu lub Państwa dziecku grozi niebezpieczeństwo teraz, proszę zadzwonić pod 999.


## Page: what-is-a-conference

guide-what-is-a-conference-title = Czym jest konferencja w sprawie ochrony dziecka?
guide-what-is-a-conference-summary = Czym jest to spotkanie, dlaczego się odbywa oraz co może, a czego nie może postanowić.

guide-what-is-a-conference-meeting-heading = Czym jest to spotkanie?
guide-what-is-a-conference-meeting-text = [Konferencja w sprawie ochrony dziecka](glossary:child-protection-conference) to oficjalne spotkanie w sprawie Państwa dziecka. Odbywa się, gdy [służby do spraw dzieci](glossary:children-services) obawiają się, że dziecku może grozić [poważna krzywda](glossary:significant-harm).
guide-what-is-a-conference-meeting-harm = Poważna krzywda to krzywda na tyle duża, że naprawdę wpływa na życie dziecka. Może to być krzywda, która już się stała, albo taka, która może się stać.
guide-what-is-a-conference-meeting-who = Spotykają się Państwo, Państwa rodzina i specjaliści, którzy z Państwem pracują. Czasem bierze w tym udział także dziecko.
guide-what-is-a-conference-meeting-about = Razem przyglądają się Państwo sytuacji rodziny. Rozmawiają Państwo o bezpieczeństwie, zdrowiu i rozwoju dziecka, teraz i w przyszłości.
guide-what-is-a-conference-meeting-names = Ludzie mogą mówić „konferencja", „case conference" albo „CP conference". Wszystkie te nazwy oznaczają to samo spotkanie.

guide-what-is-a-conference-why-heading = Dlaczego odbywa się to spotkanie?
guide-what-is-a-conference-why-law = Zgodnie z prawem służby do spraw dzieci muszą sprawdzić sytuację, gdy uważają, że dziecko może doznać poważnej krzywdy. Na przykład ktoś mógł im powiedzieć, że dziecko doznaje przemocy albo jest [zaniedbywane](glossary:neglect).
guide-what-is-a-conference-why-enquiries = To sprawdzanie nazywa się [postępowaniem wyjaśniającym z art. 47](glossary:section-47-enquiry) (Section 47 enquiries). Nazwa pochodzi od artykułu 47 ustawy Children Act 1989 (ustawa o dzieciach). Niektórzy nazywają to dochodzeniem w sprawie ochrony dziecka.
guide-what-is-a-conference-why-now = Wiedzą Państwo, że sprawdzano bezpieczeństwo i dobro Państwa dziecka. Po tym sprawdzeniu służby do spraw dzieci uznały, że potrzebna jest konferencja.
guide-what-is-a-conference-why-initial = Pierwsza konferencja w sprawie Państwa dziecka nazywa się [pierwszą konferencją](glossary:initial-conference) (initial conference).

guide-what-is-a-conference-enquiries-heading = Co się dzieje w czasie postępowania z art. 47?
guide-what-is-a-conference-enquiries-strategy = Najpierw specjaliści odbywają [naradę strategiczną](glossary:strategy-discussion). Służby do spraw dzieci, policja i służba zdrowia rozmawiają o obawach. Decydują, czy rozpocząć postępowanie z art. 47.
guide-what-is-a-conference-enquiries-strategy-parents = Rodzice zwykle nie biorą udziału w naradzie strategicznej. Potem powinni Państwo usłyszeć, co postanowiono, chyba że naraziłoby to dziecko na niebezpieczeństwo.
guide-what-is-a-conference-enquiries-shared = Dbanie o bezpieczeństwo dzieci to wspólna praca. Policja, służby do spraw dzieci, lekarze, szkoły i inne służby mają ustalone procedury. Muszą ich przestrzegać, dzielić się informacjami i współpracować.
guide-what-is-a-conference-enquiries-visit = [Pracownik socjalny](glossary:social-worker) odwiedzi Państwa w domu. Zobaczy dziecko, o które się martwi, oraz jego braci i siostry.
guide-what-is-a-conference-enquiries-alone = Pracownik socjalny zwykle chce porozmawiać z każdym dzieckiem osobno.
guide-what-is-a-conference-enquiries-upset = Takie sprawdzanie jest trudne dla większości rodzin. Specjaliści starannie je planują, żeby było jak najmniej przykre.
guide-what-is-a-conference-enquiries-rights = Pracownik socjalny powinien powiedzieć Państwu o Państwa prawach. Powinien informować Państwa na bieżąco i na każdym etapie pytać o Państwa zdanie. Powinien być wobec Państwa otwarty i szczery.
guide-what-is-a-conference-enquiries-private = To, czego się dowiedzą, jest [poufne](glossary:confidential). Oznacza to, że dostają te informacje tylko osoby, które muszą je znać.

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
guide-what-is-a-conference-outcomes-court = Sądy pilnują, jak te uprawnienia są używane. Państwo i Państwa dziecko mają prawo do przedstawiciela i prawo do kwestionowania decyzji. Pracownik socjalny powinien wyjaśnić Państwu Państwa prawa.
guide-what-is-a-conference-outcomes-partnership = Nawet gdy specjaliści się martwią, powinni pracować razem z Państwem jako rodziną, a nie za Państwa plecami.

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
guide-what-is-a-conference-kinds-transfer = [Konferencja po przeprowadzce](glossary:transfer-in-conference) (transfer-in) odbywa się, gdy dziecko, które ma plan, przeprowadza się na stałe na teren innej rady. Nowa rada powinna ją zorganizować w ciągu 15 [dni roboczych](glossary:working-days) od dowiedzenia się o przeprowadzce.
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

