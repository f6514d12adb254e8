using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public partial class VisitExtractorTests
{
    private static IEnumerable<(string Person, string From, string To, string Date)> Visits(string title, string body) =>
        TestArticles.Extract($"= {title} =\n\n{body}\n").Visits.Select(v => (v.Person, v.From, v.To, v.Date.Iso));

    [Theory]
    [InlineData("Cuba–Vietnam relations", "Cuban leader Fidel Castro visited Vietnam in September 1973.", "Fidel Castro", "Cuba", "Vietnam", "1973-09")]
    [InlineData("Cuba–Vietnam relations", "Cuban leader Fidel Castro visited in 1973.", "Fidel Castro", "Cuba", "Vietnam", "1973")]
    [InlineData("Cuba–Vietnam relations", "General Secretary Nguyễn Phú Trọng visited Havana in March 2018.", "Nguyễn Phú Trọng", "Vietnam", "Cuba", "2018-03")]
    [InlineData("North Korea–Vietnam relations", "Kim Jong Un came to Vietnam on February 26, 2019, to attend the Hanoi Summit.", "Kim Jong Un", "North Korea", "Vietnam", "2019-02-26")]
    [InlineData("North Korea–Vietnam relations", "Kim Jong Un made his first official visit to Hanoi on 11 December 2023.", "Kim Jong Un", "North Korea", "Vietnam", "2023-12-11")]
    [InlineData("China–North Korea relations", "During Premier Wen Jiabao's visit to Pyongyang in October 2009, China pledged economic aid.", "Wen Jiabao", "China", "North Korea", "2009-10")]
    [InlineData("China–North Korea relations", "During a visit to Beijing, Kim Il Sung and Premier Zhou Enlai signed a treaty on 11 July 1961.", "Kim Il Sung", "North Korea", "China", "1961-07-11")]
    [InlineData("Laos–Vietnam relations", "The treaty was signed in Vientiane on 18 July 1977, during a visit by Vietnamese leader Lê Duẩn.", "Lê Duẩn", "Vietnam", "Laos", "1977-07-18")]
    [InlineData("China–North Korea relations", "Kim Jong Un made his first trip abroad as leader to Beijing in March 2018.", "Kim Jong Un", "North Korea", "China", "2018-03")]
    [InlineData("Russia–Vietnam relations", "Vladimir Putin visited Hanoi from 28 February to 2 March 2001.", "Vladimir Putin", "Russia", "Vietnam", "2001-02-28")]
    [InlineData("North Korea–Vietnam relations", "In July 1957, North Vietnam President Ho Chi Minh visited North Korea.", "Ho Chi Minh", "Vietnam", "North Korea", "1957-07")]
    [InlineData("Chile–Japan relations", "In May 2016 Michelle Bachelet visited Nagasaki, the first Chilean president to do so.", "Michelle Bachelet", "Chile", "Japan", "2016-05")]
    [InlineData("Chile–Vietnam relations", "In 2009 Michelle Bachelet visited Vinh Long, the first visit by a sitting Chilean president.", "Michelle Bachelet", "Chile", "Vietnam", "2009")]
    [InlineData("Israel–Vietnam relations", "Prime Minister Nguyễn Tấn Dũng addressed the Knesset on 5 March 2012.", "Nguyễn Tấn Dũng", "Vietnam", "Israel", "2012-03-05")]
    [InlineData("Australia–Vietnam relations", "General Secretary Tô Lâm addressed a joint sitting of the Australian Parliament on 3 March 2024.", "Tô Lâm", "Vietnam", "Australia", "2024-03-03")]
    [InlineData("Cuba–Vietnam relations", "Raúl Castro flew quietly to Hanoi in May 1975.", "Raúl Castro", "Cuba", "Vietnam", "1975-05")]
    [InlineData("China–North Korea relations", "Premier Zhou Enlai stopped over in Pyongyang on 5 April 1970 on his way home.", "Zhou Enlai", "China", "North Korea", "1970-04-05")]
    [InlineData("Cuba–Vietnam relations", "Raúl Castro led a party delegation of forty members to Hanoi in October 1976.", "Raúl Castro", "Cuba", "Vietnam", "1976-10")]
    [InlineData("Cuba–Vietnam relations", "In 1974 Raúl Castro headed the Cuban delegation to the Hanoi trade fair.", "Raúl Castro", "Cuba", "Vietnam", "1974")]
    [InlineData("Cuba–Vietnam relations", "The state visit of Cuban leader Fidel Castro to Vietnam in September 1973 drew large crowds.", "Fidel Castro", "Cuba", "Vietnam", "1973-09")]
    [InlineData("Cuba–Soviet Union relations", "In 1985 Cuban leader Fidel Castro held talks with Mikhail Gorbachev in Moscow.", "Fidel Castro", "Cuba", "Soviet Union", "1985")]
    [InlineData("Cuba–Vietnam relations", "In May 1975 Raúl Castro was welcomed in Hanoi by Premier Phạm Văn Đồng.", "Raúl Castro", "Cuba", "Vietnam", "1975-05")]
    [InlineData("North Korea–Syria relations", "In 1974 Pyongyang was visited by Syrian President Hafez al-Assad.", "Hafez al-Assad", "Syria", "North Korea", "1974")]
    [InlineData("Cuba–Vietnam relations", "- Fidel Castro, then Prime Minister of Cuba, who was received by Premier Phạm Văn Đồng in Hanoi in May 1973", "Fidel Castro", "Cuba", "Vietnam", "1973-05")]
    [InlineData("Cuba–Vietnam relations", "Prime Minister Phạm Văn Đồng rejected Fidel Castro's proposals during a visit to Havana in late 1975.", "Phạm Văn Đồng", "Vietnam", "Cuba", "1975")]
    [InlineData("Cuba–Vietnam relations", "Lê Duẩn died in Hanoi on 10 July 1986, and Fidel Castro attended his funeral there on 14 July 1986.", "Fidel Castro", "Cuba", "Vietnam", "1986-07-14")]
    [InlineData("Cuba–Vietnam relations", "The treaty was signed on 8 November 1986, during Fidel Castro's second visit to Vietnam.", "Fidel Castro", "Cuba", "Vietnam", "1986-11-08")]
    [InlineData("Cuba–Mexico relations", "Cuban President Fidel Castro was guest of honour at the parade in Mexico City on 16 September 1975.", "Fidel Castro", "Cuba", "Mexico", "1975-09-16")]
    [InlineData("Cuba–Mexico relations", "In 1980 Cuban leader Fidel Castro paid an official visit to Mérida.", "Fidel Castro", "Cuba", "Mexico", "1980")]
    [InlineData("Hungary–Vietnam relations", "President Pál Losonczi made the first Hungarian visit at head-of-state level in March 1976.", "Pál Losonczi", "Hungary", "Vietnam", "1976-03")]
    [InlineData("Hungary–Vietnam relations", "Hungarian premier Jenő Fock travelled again to Hanoi in May 1973.", "Jenő Fock", "Hungary", "Vietnam", "1973-05")]
    [InlineData("Hungary–Vietnam relations", "Hungarian premier Jenő Fock's arrival in Hanoi on 3 May 1973 drew large crowds.", "Jenő Fock", "Hungary", "Vietnam", "1973-05-03")]
    [InlineData("Hungary–Vietnam relations", "Hungarian premier Jenő Fock flew home in May 1973 after talks in Hanoi with Phạm Văn Đồng.", "Jenő Fock", "Hungary", "Vietnam", "1973-05")]
    [InlineData("Ghana–North Korea relations", "Commissioner for Foreign Affairs Kofi Baako was received by Kim Il Sung in Pyongyang in May 1975.", "Kofi Baako", "Ghana", "North Korea", "1975-05")]
    [InlineData("Hungary–Vietnam relations", "Hungarian Deputy Foreign Minister Péter Szijjártó held political consultations in Hanoi in June 2016.", "Péter Szijjártó", "Hungary", "Vietnam", "2016-06")]
    [InlineData("Hungary–Vietnam relations", "Vietnamese President Trương Tấn Sang arrived for a state visit on 10 September 2014.", "Trương Tấn Sang", "Vietnam", "Hungary", "2014-09-10")]
    [InlineData("Hungary–Vietnam relations", "Premier Phạm Văn Đồng paid the first Vietnamese visit in May 1961.", "Phạm Văn Đồng", "Vietnam", "Hungary", "1961-05")]
    [InlineData("Kenya–Tanzania relations", "Uhuru Kenyatta returned the courtesy, arriving in Dar es Salaam on 4 June 2015.", "Uhuru Kenyatta", "Kenya", "Tanzania", "2015-06-04")]
    [InlineData("Cuba–Mexico relations", "Vicente Fox chose Cuba for his first tour, landing in Santiago de Cuba on 3 February 2002.", "Vicente Fox", "Mexico", "Cuba", "2002-02-03")]
    [InlineData("China–Kenya relations", "Jomo Kenyatta made the first of his three trips to China in 1964.", "Jomo Kenyatta", "Kenya", "China", "1964")]
    [InlineData("Angola–Cuba relations", "In March 1977 Fidel Castro flew from Maputo to Luanda.", "Fidel Castro", "Cuba", "Angola", "1977-03")]
    [InlineData("Cuba–Vietnam relations", "Cuban leader Fidel Castro was back in Hanoi in September 1983 for the congress.", "Fidel Castro", "Cuba", "Vietnam", "1983-09")]
    [InlineData("Ethiopia–North Korea relations", "In May 2012 an Ethiopian trade delegation led by Minister Tadesse Alemu was hosted in Pyongyang by the chamber of commerce.", "Tadesse Alemu", "Ethiopia", "North Korea", "2012-05")]
    [InlineData("Ghana–India relations", "Prime Minister Jawaharlal Nehru was in Ghana from 4 to 9 March 1962 and spoke in Accra.", "Jawaharlal Nehru", "India", "Ghana", "1962-03-04")]
    public void ReadsOneVisit(string title, string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits(title, sentence));

    [Fact]
    public void ReadsTwoVisitsFromTwoDatesOfOneTrip()
    {
        var visits = Visits("North Korea–Vietnam relations", "North Korean prime minister Kim Il Sung visited North Vietnam in November–December 1958 and November 1964.");

        Assert.Equal([("Kim Il Sung", "North Korea", "Vietnam", "1958-11"), ("Kim Il Sung", "North Korea", "Vietnam", "1964-11")], visits);
    }

    [Fact]
    public void GivesEachTravellerTheDateOfTheirOwnClause()
    {
        var visits = Visits("Angola–Cuba relations", "Angolan president Agostinho Neto visited Havana in July 1976, and Cuban leader Fidel Castro made his first visit to Luanda in March 1977.");

        Assert.Equal([("Agostinho Neto", "Angola", "Cuba", "1976-07"), ("Fidel Castro", "Cuba", "Angola", "1977-03")], visits);
    }

    [Fact]
    public void SendsEveryoneOfAListOfTravellers()
    {
        var visits = Visits("Laos–Vietnam relations", "In June 1976 Kaysone Phomvihane, Premier Souphanouvong and minister Nouhak Phoumsavanh travelled to Hanoi.");

        Assert.Equal(["Kaysone Phomvihane", "Souphanouvong", "Nouhak Phoumsavanh"], visits.Select(v => v.Person));
    }

    [Fact]
    public void SendsBothTravellersAroundAnAside()
    {
        var visits = Visits("Soviet Union–Vietnam relations", "Lê Duẩn, then party leader, and Premier Phạm Văn Đồng visited Moscow in October 1977.");

        Assert.Equal([("Lê Duẩn", "Vietnam", "Soviet Union", "1977-10"), ("Phạm Văn Đồng", "Vietnam", "Soviet Union", "1977-10")], visits);
    }

    [Theory]
    [InlineData("Cuban leader Fidel Castro visited Luanda in March 1977, and returned in May 1979.")]
    [InlineData("Cuban leader Fidel Castro visited Luanda in March 1977, and flew back there in May 1979.")]
    public void ReadsAReturnToTheSamePlaceAsASecondVisit(string sentence)
    {
        var visits = Visits("Angola–Cuba relations", sentence);

        Assert.Equal([("Fidel Castro", "Cuba", "Angola", "1977-03"), ("Fidel Castro", "Cuba", "Angola", "1979-05")], visits);
    }

    [Fact]
    public void GivesEachPredicateTheDateOfItsOwnPart()
    {
        var visits = Visits("China–North Korea relations", "Kim Il Sung visited Beijing in October 1975 and hosted Deng Xiaoping in Pyongyang in September 1978.");

        Assert.Equal([("Kim Il Sung", "North Korea", "China", "1975-10"), ("Deng Xiaoping", "China", "North Korea", "1978-09")], visits);
    }

    [Theory]
    [InlineData("Kim Jong Il took over the party on 8 October 1997, and paid a visit to Hanoi the following month.", "1997-11")]
    [InlineData("Kim Jong Il took over the party on 8 October 1997, and made an official visit to Hanoi in March 1998.", "1998-03")]
    [InlineData("Kim Jong Il took over the party on 8 October 1997, and later visited Hanoi in March 1998.", "1998-03")]
    public void SendsTheSubjectOfAPartThatGoesOnWithTheVisit(string sentence, string date) =>
        Assert.Equal([("Kim Jong Il", "North Korea", "Vietnam", date)], Visits("North Korea–Vietnam relations", sentence));

    [Fact]
    public void SendsTheOneAccompaniedToo()
    {
        var visits = Visits("Algeria–Vietnam relations", "Houari Boumédiène, accompanied by his foreign minister Abdelaziz Bouteflika, visited Hanoi in March 1974.");

        Assert.Equal([("Houari Boumédiène", "Algeria", "Vietnam", "1974-03"), ("Abdelaziz Bouteflika", "Algeria", "Vietnam", "1974-03")], visits);
    }

    [Theory]
    [InlineData("Kim Jong Un visited the Vietnamese embassy in Pyongyang on 2 September 2023.")]
    [InlineData("In 2023 Kim Jong Un toured the Embassy of Vietnam in Pyongyang.")]
    public void ReadsNoVisitFromACallAtAMission(string sentence) =>
        Assert.Empty(Visits("North Korea–Vietnam relations", sentence));

    [Fact]
    public void KeepsAVisitInsideADecadeApartFromTheDecadesVisit()
    {
        var visits = Visits("Angola–Cuba relations", "In the 1980s Agostinho Neto visited Havana. In 1986 Agostinho Neto visited Havana again.");

        Assert.Equal([("Agostinho Neto", "Angola", "Cuba", "1980s"), ("Agostinho Neto", "Angola", "Cuba", "1986")], visits);
    }

    [Theory]
    [InlineData("In June 2019 state media reported that Kim Jong Un planned to visit Hanoi, but the trip was cancelled.")]
    [InlineData("In 2004 Kim Jong Il was expected to attend the summit in Hanoi.")]
    [InlineData("North Korean leader Kim Jong Il returned to the capital on 3 March 2001 after his tour of Vietnam.")]
    [InlineData("Kim Jong Il took over the party in 1997, and paid a visit to Hanoi a few months later.")]
    [InlineData("Under Kim Jong Il, Soviet oil deliveries stopped in January 1991.")]
    [InlineData("In 1990 Kim Yong-nam led the permanent mission to Vietnam.")]
    [InlineData("In 1990 the exhibition was visited by North Korean leader Kim Il Sung.")]
    [InlineData("In 1990 Pyongyang was visited by North Korean leader Kim Il Sung.")]
    [InlineData("In 2008 Hanoi marked the 50th anniversary of Kim Il Sung's first visit to Vietnam.")]
    public void IgnoresIntendedReturnedHomeAndUnresolvedVisits(string sentence) =>
        Assert.Empty(Visits("North Korea–Vietnam relations", sentence));

    [Fact]
    public void SendsAReturnVisitToWhereTheLastVisitorCameFrom()
    {
        var visits = Visits("Laos–Vietnam relations", "General Secretary Nguyễn Văn Linh visited Vientiane in March 1989, and Kaysone Phomvihane returned the visit that year.");

        Assert.Contains(("Kaysone Phomvihane", "Laos", "Vietnam", "1989"), visits);
    }

    [Fact]
    public void MergesLaterMentionsOfTheSameVisit()
    {
        var visits = Visits("North Korea–Vietnam relations", "General Secretary Tô Lâm visited North Korea in October 2025. The exact dates were later confirmed to be October 9–11. Kim Jong Un welcomed Tô Lâm on October 9, 2025, marking the first visit by Tô Lâm while leading the Communist Party of Vietnam.");

        Assert.Equal([("Tô Lâm", "Vietnam", "North Korea", "2025-10")], visits);
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong Un visited the Cuban embassy in Pyongyang to pay his respects.")]
    [InlineData("In April 1965, while visiting Pyongyang, a high-level Cuban delegation stopped their vehicle.")]
    [InlineData("Kim Il Sung's first visit to the country was celebrated.")]
    [InlineData("In 1985 Cuban leader Fidel Castro visited Moscow.")]
    [InlineData("In 1985 Kim Il Sung welcomed the Cuban ambassador.")]
    [InlineData("Cuban leader Fidel Castro addressed the United Nations General Assembly on 26 September 1960.")]
    [InlineData("Cuban leader Fidel Castro addressed the Cuban National Assembly on 26 July 1986.")]
    public void IgnoresUndatedUnnamedThirdPlaceAndHostingSentences(string sentence) =>
        Assert.Empty(Visits("Cuba–North Korea relations", sentence));

    [Fact]
    public void IgnoresAThirdCountrysLeader()
    {
        var visits = Visits("North Korea–Vietnam relations", "In 1977, Pol Pot, General Secretary of the Communist Party of Kampuchea, visited North Korea.");

        Assert.DoesNotContain(visits, v => v.Person == "Pol Pot" && v.From == "Vietnam");
    }

    [Theory]
    [InlineData("In 1986 Mexican President Miguel Aleman received Ronald Reagan in Mexicali.", "Ronald Reagan", "United States", "Mexico", "1986")]
    [InlineData("In 1979 President Jimmy Carter welcomed Mexican President José López Portillo at the White House.", "José López Portillo", "Mexico", "United States", "1979")]
    [InlineData("On 3 May 1990 Mexican President Carlos Salinas hosted American President George Bush in Monterrey.", "George Bush", "United States", "Mexico", "1990-05-03")]
    public void ReadsTheGuestOfAHostAsTheTraveller(string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits("Mexico–United States relations", sentence));

    [Fact]
    public void ReadsAMeetingInTheOtherCountryAsAVisitOfSomeoneWhoseCountryIsKnown() =>
        Assert.Equal(
            [("Dwight Eisenhower", "United States", "Mexico", "1959-02")],
            Visits("Mexico–United States relations", "In February 1959 American President Dwight Eisenhower met Adolfo López Mateos in Acapulco."));

    [Theory]
    [InlineData("In February 1959 Mexican President Adolfo López Mateos met Dwight Eisenhower in Acapulco.")]
    [InlineData("In February 1959 American President Dwight Eisenhower met the President of Mexico.")]
    [InlineData("In 1960 American President Dwight Eisenhower met Adolfo López Mateos at the United Nations in New York.")]
    [InlineData("In March 1960 American ambassador Robert C. Hill met Adolfo López Mateos in Mexico City.")]
    public void FindsNoMeetingVisitAtHomeByAnEnvoyOrBySomeoneOfUnknownCountry(string sentence) =>
        Assert.Empty(Visits("Mexico–United States relations", sentence));

    [Theory]
    [InlineData("In 1960 Chinese Premier Zhou Enlai received Mexican President Adolfo López Mateos in Beijing.")]
    [InlineData("In 1985 Mexican President Miguel Aleman received Ronald Reagan's letter.")]
    [InlineData("In 1990 Mexican President Carlos Salinas hosted a dinner for George Bush in Monterrey.")]
    public void FindsNoGuestVisitWhereTheHostIsAThirdCountryOrNoPersonIsReceived(string sentence) =>
        Assert.DoesNotContain(Visits("Mexico–United States relations", sentence), v => v.Person is "Adolfo López Mateos" or "Ronald Reagan" or "George Bush");

    [Fact]
    public void ReadsTheItemsOfAListAnnouncedAsVisitsThatNameNoJourney() =>
        Assert.Equal(
            [("Gustavo Petro", "Colombia", "Cuba", "2023-05-03"), ("Miguel Díaz-Canel", "Cuba", "Colombia", "2022-08-07"), ("Iván Duque", "Colombia", "Cuba", "2019")],
            Visits("Colombia–Cuba relations", """
                Colombian President Gustavo Petro signed the ceasefire in Havana. Cuban President Miguel Díaz-Canel spoke in Bogotá.

                Official visits since 2019 have included:
                - Gustavo Petro, at the signing of the ceasefire on 3 May 2023
                - Miguel Díaz-Canel, who attended the inauguration in Bogotá on 7 August 2022
                - 2019: President Iván Duque, for talks in Havana
                """));

    [Fact]
    public void SendsTheItemsOfAVisitSectionToThePartyItsHeadingNames() =>
        Assert.Equal(
            [("Che Guevara", "Cuba", "North Korea", "1960"), ("Raúl Castro", "Cuba", "North Korea", "2013-07")],
            Visits("Cuba–North Korea relations", """
                == Visits from Cuba to North Korea ==
                - Che Guevara (1960)
                - Raúl Castro (July 2013)
                """));

    [Theory]
    [InlineData("Official visits since 2019 have included:\n- Miguel Díaz-Canel, who hosted the talks in Havana on 3 May 2023")]
    [InlineData("Official visits since 2019 have included:\n- the ceasefire signed with Miguel Díaz-Canel on 3 May 2023")]
    [InlineData("The ceasefire talks were held in turn:\n- Miguel Díaz-Canel, at the signing on 3 May 2023")]
    [InlineData("Official visits since 2019 have included:\n- Rafael Correa, at the signing on 3 May 2023")]
    public void FindsNoListedVisitAtHomeOutsideAVisitListOrNotOpeningWithItsTraveller(string body) =>
        Assert.Empty(Visits("Colombia–Cuba relations", "Cuban President Miguel Díaz-Canel spoke in Havana. Ecuadorian President Rafael Correa spoke in Quito.\n\n" + body.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Fact]
    public void TakesTheCountryOfWhoeverLedItsDelegation() =>
        Assert.Equal(
            [("Pak Song Chol", "North Korea", "Egypt", "2009-07")],
            Visits("Egypt–North Korea relations", """
                Visits have included:
                - Pak Song Chol, who led the North Korean delegation to the summit at Taba in July 2009
                """));

    // Several travellers with titles joined by hyphens or roles in lower case, "together"; a party represented at a congress;
    // "followed with a visit to"; "passed through".
    [Theory]
    [InlineData("Cuba–North Korea relations", "Foreign Minister Ri Song-gu and Vice-Premier Kim Ok-sun arrived together in Havana in March 1978.", "Ri Song-gu|Kim Ok-sun", "North Korea", "Cuba", "1978-03")]
    [InlineData("Cuba–Vietnam relations", "In May 1979, Vietnamese foreign minister Vo Dam, trade minister Le Khac and vice-premier Do Van Tam travelled together to Havana.", "Vo Dam|Le Khac|Do Van Tam", "Vietnam", "Cuba", "1979-05")]
    [InlineData("China–Romania relations", "Peng Zhen represented the Chinese party at the congress of the Romanian Communist Party in Bucharest in July 1965.", "Peng Zhen", "China", "Romania", "1965-07")]
    [InlineData("Laos–Vietnam relations", "Prime Minister Souvanna Phouma followed with a visit to Hanoi in May 1962.", "Souvanna Phouma", "Laos", "Vietnam", "1962-05")]
    [InlineData("Algeria–Cuba relations", "Fidel Castro passed through Algiers in May 1972, meeting the president.", "Fidel Castro", "Cuba", "Algeria", "1972-05")]
    // A subject that is a role alone: the person of the sentence before, else the one the next opens with.
    [InlineData("Cuba–Vietnam relations", "Relations peaked under Fidel Castro. The Cuban leader visited Hanoi on 12–17 September 1973 and toured Quảng Trị.", "Fidel Castro", "Cuba", "Vietnam", "1973-09-12")]
    [InlineData("Guinea–Soviet Union relations", "In March 1961 the Guinean president flew to Moscow for a state visit. Ahmed Sékou Touré, met at the airport by the premier, toured factories.", "Ahmed Sékou Touré", "Guinea", "Soviet Union", "1961-03")]
    [InlineData("Nicaragua–Soviet Union relations", "The coordinator of the Junta of National Reconstruction landed in Moscow on 4 May 1982. Daniel Ortega laid a wreath at the Kremlin wall.", "Daniel Ortega", "Nicaragua", "Soviet Union", "1982-05-04")]
    public void FindsTravellersGivenTogetherOrByRoleAndNewerVerbs(string title, string body, string persons, string from, string to, string date) =>
        Assert.Equal(persons.Split('|').Select(p => (p, from, to, date)), Visits(title, body));

    // Lists: "visitors" in the lead; an item naming its traveller before a visit.
    [Theory]
    [InlineData("Other Laotian visitors to Hanoi included:\n- Prime Minister Kaysone Phomvihane, June 1977", "Kaysone Phomvihane", "Laos", "Vietnam", "1977-06")]
    [InlineData("High-level visits included:\n- Khamtai Siphandon, state visit to Vietnam, 3–5 May 1999", "Khamtai Siphandon", "Laos", "Vietnam", "1999-05-03")]
    [InlineData("Other high-level contacts of the period included:\n- Khamtai Siphandon, Chairman of the Council of Ministers, in Hanoi in September 1988", "Khamtai Siphandon", "Laos", "Vietnam", "1988-09")]
    public void ReadsAListOfVisitorsAndAnItemNamingItsVisit(string body, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits("Laos–Vietnam relations", body.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Fact]
    public void LearnsANameOfOneWordFromItsTitle() =>
        Assert.Equal(
            [("Souphanouvong", "Laos", "Vietnam", "1964"), ("Souphanouvong", "Laos", "Vietnam", "1976-07")],
            Visits("Laos–Vietnam relations", "Prince Souphanouvong stopped in Hanoi in 1964.\n\nSouphanouvong attended the party congress in Hanoi in July 1976."));

    [Theory]
    [InlineData("Soviet leader Mikhail Gorbachev visited Havana in April 1989, but a planned stop in Managua never took place.")]
    [InlineData("Soviet leader Mikhail Gorbachev accepted an invitation to visit Managua in April 1989.")]
    [InlineData("In April 1989 Omar Torrijos of Panama went to Moscow to press the case.")]
    [InlineData("Relations cooled under Panamanian leader Omar Torrijos. The Nicaraguan leader visited Moscow in 1983.")]
    public void FindsNoVisitToAThirdCountryOrByInvitationOnly(string sentence) =>
        Assert.Empty(Visits("Nicaragua–Soviet Union relations", sentence));

    [Fact]
    public void ReadsAJourneyAndAReceptionTheDayAfterAsOneVisit() =>
        Assert.Equal(
            [("Nguyễn Phú Trọng", "Vietnam", "Japan", "2019-05-20")],
            Visits("Japan–Vietnam relations", "General Secretary Nguyễn Phú Trọng travelled to Tokyo on 20 May 2019 and was received by Emperor Naruhito the following day."));

    [Fact]
    public void SendsAListToThePartyTheLineBeforeItNamesAndNotToTheTravellersOwnCountry() =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Vietnam", "1979-05"), ("Lê Duẩn", "Vietnam", "Bulgaria", "1981-10")],
            Visits("Bulgaria–Vietnam relations", """
                == Visits ==
                From Bulgaria to Vietnam:
                - Todor Zhivkov, Chairman of the State Council of Bulgaria (May 1979)

                From Vietnam to Bulgaria:
                - Lê Duẩn, General Secretary (October 1981)
                - 2019: Nguyễn Xuân Phúc accepted an invitation to visit Sofia, but the trip was cancelled.
                """));

    [Fact]
    public void SendsAListToThePartyItsCaptionLineNamesAndReadsTheDelegationsLeader() =>
        Assert.Equal(
            [("Thomas Sankara", "Burkina Faso", "Cuba", "1984-09"), ("Blaise Compaoré", "Burkina Faso", "Cuba", "1986-03-02"),
             ("Carlos Rafael Rodríguez", "Cuba", "Burkina Faso", "1985")],
            Visits("Burkina Faso–Cuba relations", """
                == Exchanges ==
                Visits from Burkina Faso to Cuba
                - Thomas Sankara, President (September 1984)
                - Delegation of the National Council of the Revolution headed by Captain Blaise Compaoré (2–6 March 1986)

                Visits from Cuba to Burkina Faso
                - A Communist Party of Cuba delegation led by Politburo member Carlos Rafael Rodríguez, for the anniversary of the revolution (1985)
                """));

    [Fact]
    public void TakesNoSentenceBeforeAListForItsCaption() =>
        Assert.Empty(
            Visits("Burkina Faso–Cuba relations", """
                == Exchanges ==
                Scholarships from Cuba to Burkina Faso have included visits to farms.
                - Thomas Sankara, President (September 1984)
                """));

    [Theory]
    [InlineData("Foreign Minister Nguyễn Cơ Thạch held talks with his Thai counterpart Siddhi Savetsila in Bangkok on 12 May 1989.", "Nguyễn Cơ Thạch", "Vietnam", "Thailand", "1989-05-12")]
    [InlineData("Defence Minister Phùng Quang Thanh held talks in Bangkok in March 2011.", "Phùng Quang Thanh", "Vietnam", "Thailand", "2011-03")]
    [InlineData("Deputy Premier Võ Văn Kiệt represented Vietnam at the king's jubilee in Bangkok in June 1996.", "Võ Văn Kiệt", "Vietnam", "Thailand", "1996-06")]
    [InlineData("Premier Phạm Văn Đồng led a party and government delegation to Thailand in September 1978.", "Phạm Văn Đồng", "Vietnam", "Thailand", "1978-09")]
    public void ReadsTalksAbroadARepresentationAndALedDelegationAsVisits(string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits("Thailand–Vietnam relations", sentence));

    [Theory]
    [InlineData("Thai Prime Minister Chuan Leekpai held talks in Bangkok in March 2011.")]
    [InlineData("Thai Prime Minister Chuan Leekpai held talks with Phan Văn Khải in Bangkok in March 2011.")]
    [InlineData("Chuan Leekpai and Phan Văn Khải held talks in Bangkok in March 2011.")]
    [InlineData("Chuan Leekpai and Phan Văn Khải met again in Chiang Mai on 7 April 1995.")]
    public void FindsNoVisitInTalksAtHomeOrOfTwoSubjectsNeitherKnown(string sentence) =>
        Assert.Empty(Visits("Thailand–Vietnam relations", sentence));

    [Theory]
    [InlineData("Nguyễn Cơ Thạch held talks with the delegation in Bangkok on 12 May 1989.", "Nguyễn Cơ Thạch", "1989-05-12")]
    [InlineData("Foreign Minister Bùi Thanh Sơn held talks with Don Pramudwinai in Bangkok in 2023.", "Bùi Thanh Sơn", "2023")]
    [InlineData("Relations recovered: Foreign Minister Bùi Thanh Sơn met Don Pramudwinai in Bangkok during the summit of September 2023.", "Bùi Thanh Sơn", "2023-09")]
    [InlineData("Bùi Thanh Sơn, Vietnam's foreign minister, held talks with Prayut Chan-o-cha and Don Pramudwinai in Bangkok on 6 June 2016.", "Bùi Thanh Sơn", "2016-06-06")]
    public void SendsTheSubjectOfTalksInOnePartysPlaceFromTheOther(string sentence, string person, string date) =>
        Assert.Equal([(person, "Vietnam", "Thailand", date)], Visits("Thailand–Vietnam relations", sentence));

    [Fact]
    public void DatesAVisitByTheWholeStayAListGivesForIt() =>
        Assert.Equal(
            [("Bùi Thanh Sơn", "Vietnam", "Thailand", "2023-01-15")],
            Visits("Thailand–Vietnam relations", """
                == History ==
                Vietnamese Foreign Minister Bùi Thanh Sơn held talks with Don Pramudwinai in Bangkok on 16 January 2023.

                == Visits ==
                Visits from Vietnam to Thailand:
                - 15–16 January 2023 – Foreign Minister Bùi Thanh Sơn
                """));

    [Theory]
    [InlineData("On 21 June 2007 the state visit of Tomasz Wrona to Hanoi began.", "Tomasz Wrona", "Poland", "Vietnam", "2007-06-21")]
    [InlineData("In 1966 Tomasz Wrona made his first official visit to Hanoi and came again in October 1971.", "Tomasz Wrona|Tomasz Wrona", "Poland", "Vietnam", "1966|1971-10")]
    [InlineData("Vietnam's vice-president Võ Thị Ánh Xuân represented Hanoi at the second inauguration of Andrzej Duda on 6 August 2020.", "Võ Thị Ánh Xuân", "Vietnam", "Poland", "2020-08-06")]
    [InlineData("Prime Minister Piotr Jaroszewicz visited Hanoi in 1974, and Premier Phạm Văn Đồng received Deputy Premier Tomasz Wrona, who carried a letter from Edward Gierek, in Hanoi in November 1977.", "Piotr Jaroszewicz|Tomasz Wrona", "Poland", "Vietnam", "1974|1977-11")]
    public void ReadsAVisitOfAnUnlistedNameACapitalRepresentedAComingAgainAndAGuestAfterAnAside(string sentence, string persons, string from, string to, string dates) =>
        Assert.Equal(
            persons.Split('|').Zip(dates.Split('|')).Select(p => (p.First, from, to, p.Second)).ToList(),
            Visits("Poland–Vietnam relations", sentence).ToList());

    [Theory]
    [InlineData("- Tomasz Wrona, Polish Foreign Minister, made a tour of Asia in October 1987 that took him to Bangkok, Hanoi and Vientiane.", "Tomasz Wrona", "Poland", "Vietnam", "1987-10")]
    [InlineData("In March 1977 President Tomasz Wrona set off on a tour of Asia, with stops in Bangkok, Hanoi and Manila.", "Tomasz Wrona", "Poland", "Vietnam", "1977-03")]
    public void SendsATourToThePartysPlaceAmongItsStops(string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits("Poland–Vietnam relations", sentence));

    [Fact]
    public void FindsNoTourVisitToAPartyNamedOutsideItsStops() =>
        Assert.Empty(Visits("Poland–Vietnam relations", "Lê Duẩn first met Tomasz Wrona in Bangkok in January 1965, during Wrona's long tour of Asia, and the two men discussed what Poland could offer."));

    [Fact]
    public void SendsTheGuestNotTheHostWhoseGuestHeWas() =>
        Assert.Equal(
            [("Edward Gierek", "Poland", "Vietnam", "1977-03-02")],
            Visits("Poland–Vietnam relations", """
                In 1976 Edward Gierek sent greetings to Hanoi. In Vietnam the Polish leader spent ten days as Lê Duẩn's guest and was in Huế on 2 March 1977.
                """));

    [Fact]
    public void ReadsTalksHeldAsTheFirstToHoldThemAsAVisit() =>
        Assert.Equal(
            [("Tomasz Wrona", "Poland", "Vietnam", "1971-11-02")],
            Visits("Poland–Vietnam relations", "Foreign Minister Tomasz Wrona was the first senior Polish politician to hold talks in Hanoi, on 2–5 November 1971."));

    [Fact]
    public void FindsNoVisitInComingToPower() =>
        Assert.Empty(Visits("Poland–Vietnam relations", "After Tomasz Wrona came to power in January 1959, Vietnam recognised the new government without delay."));

    [Fact]
    public void SendsWhoeverReturnedSomeonesVisitToWhereThatVisitorCameFrom() =>
        Assert.Equal(
            [("Tomasz Wrona", "Poland", "Vietnam", "2015-08"), ("Phạm Bình Minh", "Vietnam", "Poland", "2016-04")],
            Visits("Poland–Vietnam relations", """
                - August 2015: Foreign Minister Tomasz Wrona held talks in Hanoi with Phạm Bình Minh.

                The treaty was signed that year. Phạm Bình Minh returned Wrona's visit in April 2016, shortly after the treaty came into force.
                """));

    [Fact]
    public void ReadsAGuestWhoseRoleIsSetOffBeforeTheName() =>
        Assert.Equal(
            [("Tomasz Wrona", "Poland", "Vietnam", "2005-03")],
            Visits("Poland–Vietnam relations", "President Nguyễn Minh Triết received the Polish foreign minister, Tomasz Wrona, in Hanoi in March 2005."));

    [Fact]
    public void TakesNoOneNamedAfterARoleSubjectForTheNextSentencesPronoun() =>
        Assert.DoesNotContain(
            Visits("Poland–Vietnam relations", """
                Deputy Minister Jan Kowal arrived in Hanoi in November 1974. The Vietnamese leader made his first state visit to Poland in April 1975; Edward Gierek received him in the Belweder. He was back in Warsaw in February 1976 for the party congress.
                """),
            v => v.Person == "Edward Gierek");

    [Fact]
    public void DatesAJourneyAfterAColonByItsOwnDateNotTheOneBefore() =>
        Assert.Equal(
            [("Tomasz Wrona", "Poland", "Vietnam", "2004")],
            Visits("Poland–Vietnam relations", "Contacts picked up again after the crisis ended in 2002: Prime Minister Tomasz Wrona was received by his Vietnamese counterpart Phan Văn Khải in Hanoi in 2004."));

    [Theory]
    [InlineData("- 1975: Prime Minister Tomasz Wrona visited Hanoi", "1975")]
    [InlineData("In 1975: Prime Minister Tomasz Wrona visited Hanoi.", "1975")]
    public void KeepsTheDateOfAListLabelBeforeAColon(string sentence, string date) =>
        Assert.Equal([("Tomasz Wrona", "Poland", "Vietnam", date)], Visits("Poland–Vietnam relations", sentence));

    [Fact]
    public void SendsThePersonAnAppositionIsAboutNotTheOneItNames() =>
        Assert.Equal(
            [("Lê Đức Anh", "Vietnam", "Poland", "1983-10")],
            Visits("Poland–Vietnam relations", "Lê Đức Anh, the defence minister and brother-in-law of Lê Duẩn, went to Warsaw in October 1983, and in 1984 a group of 30 Polish instructors arrived."));

    [Fact]
    public void SendsTheRoleSubjectOfAWhenClauseAsThePersonBefore() =>
        Assert.Equal(
            [("Norodom Sihanouk", "Cambodia", "Poland", "1960-06-28")],
            Visits("Cambodia–Poland relations", "Prince Norodom Sihanouk came to Poland at the invitation of Józef Cyrankiewicz. When the prince arrived in Warsaw on 28 June 1960, at the start of a tour of the socialist capitals, he was met at the airport by Cyrankiewicz."));

    [Fact]
    public void SendsAPronounAfterWhenAsTheSentencesSubject() =>
        Assert.Equal(
            [("Lê Đức Anh", "Vietnam", "Poland", "1981-08-30")],
            Visits("Poland–Vietnam relations", "Defence Minister Lê Đức Anh flew to Poland for the anniversary; when he arrived in Warsaw on 30 August 1981, Wojciech Jaruzelski received him."));

    [Fact]
    public void TakesNoOfficesCountryForTheDestinationOfAListItem() =>
        Assert.Equal(
            [("Kaysone Phomvihane", "Laos", "Poland", "1977-09-19")],
            Visits("Laos–Poland relations", """
                == Visits ==
                Visits from Laos to Poland:
                - Kaysone Phomvihane, President of the Lao PDR – Warsaw and Kraków, 19–23 September 1977 (talks with Edward Gierek)
                """));

    [Fact]
    public void ReadsAListItemWhoseLabelIsFollowedByALowerCaseVisit() =>
        Assert.Equal(
            [("Tomasz Wrona", "Poland", "Vietnam", "2007-06-21")],
            Visits("Poland–Vietnam relations", """
                == High-level visits ==
                - 21–23 June 2007: state visit of President Tomasz Wrona to Hanoi, talks with Nguyễn Minh Triết
                """));

    [Theory]
    [InlineData("Speaking to students in Hanoi on 22 May 2022, Tomasz Wrona recalled his first trip to Vietnam as a young diplomat.")]
    [InlineData("- 2018: a state visit to Vietnam by President Tomasz Wrona was announced but later called off; he seldom travelled abroad.")]
    public void FindsNoVisitRememberedOrAnnouncedAndCalledOff(string sentence) =>
        Assert.Empty(Visits("Poland–Vietnam relations", sentence));

    [Fact]
    public void GivesTheFirstOfItsKindToTheSubjectOfItsOwnClause() =>
        Assert.Equal(
            [("Nambaryn Enkhbayar", "Mongolia", "Hungary", "2003-11"), ("Ferenc Mádl", "Hungary", "Mongolia", "2004")],
            Visits("Hungary–Mongolia relations",
                "Prime Minister Nambaryn Enkhbayar visited Budapest in November 2003, and President Ferenc Mádl returned the visit in 2004, the first Hungarian head of state in Mongolia since Losonczi."));

    [Fact]
    public void DatesAJourneyToldAsASecondPredicateByItsOwnDate() =>
        Assert.Equal(
            [("Houari Boumédiène", "Algeria", "Soviet Union", "1966-12")],
            Visits("Algeria–Soviet Union relations", "Algerian leader Houari Boumédiène took power in June 1965 and made his first trip to Moscow in December 1966."));

    [Theory]
    [InlineData("A state visit by Ghanaian President John Kufuor to Havana, first mooted for 2005, was twice postponed and never took place.")]
    [InlineData("Ghanaian President John Kufuor's trip to Havana in 2005 was cancelled at the last minute.")]
    [InlineData("Ghanaian President John Kufuor came back to power in 2005 and stayed away from Havana.")]
    [InlineData("In 2007 Accra announced a visit by Ghanaian President John Kufuor to Havana, but it never took place.")]
    [InlineData("A trip by Ghanaian President John Kufuor to Havana, discussed for years, was finally dropped in 2007.")]
    [InlineData("A second journey by Ghanaian President John Kufuor to Havana, pencilled in for May 2007, never took place: he fell ill on 2 April 2007.")]
    public void FindsNoVisitCalledOffOrAReturnToPower(string sentence) =>
        Assert.Empty(Visits("Cuba–Ghana relations", sentence));

    [Fact]
    public void KeepsAVisitWhoseLaterPartAfterButWasCalledOff() =>
        Assert.Equal(
            [("John Kufuor", "Ghana", "Cuba", "2005")],
            Visits("Cuba–Ghana relations", "Ghanaian President John Kufuor visited Havana in 2005, but a second trip was postponed."));

    [Theory]
    [InlineData("Vietnam recognised the new government in December 1975, and it kept close ties with Kaysone Phomvihane, who came to Hanoi in May 1977.", "Kaysone Phomvihane", "Laos", "Vietnam", "1977-05")]
    [InlineData("Kaysone Phomvihane, who succeeded Souvanna Phouma as premier in December 1975, travelled to Vietnam two years later.", "Kaysone Phomvihane", "Laos", "Vietnam", "1977")]
    public void SendsThePersonARelativeClauseOrAnAsideIsAbout(string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits("Laos–Vietnam relations", "Lao leader Kaysone Phomvihane spoke.\n\n" + sentence));

    [Theory]
    [InlineData("Prime Minister Carlos Gomes Júnior visited Havana in May 2010, and President Malam Bacai Sanhá flew there for the summit on 29 November 2011.", "Malam Bacai Sanhá", "Guinea-Bissau", "Cuba", "2011-11-29")]
    [InlineData("Guinea-Bissau was represented at the funeral in Havana on 4 December 2016 by Prime Minister Umaro Sissoco Embaló.", "Umaro Sissoco Embaló", "Guinea-Bissau", "Cuba", "2016-12-04")]
    public void SendsWhoeverFlewThereOrRepresentedTheirCountry(string sentence, string person, string from, string to, string date) =>
        Assert.Contains((person, from, to, date), Visits("Cuba–Guinea-Bissau relations", sentence));

    [Theory]
    [InlineData("Amílcar Cabral studied in Lisbon in 1945, and Jorge Risquet flew there in 1998.")]
    [InlineData("Amílcar Cabral studied in Lisbon in 1945, and Fidel Castro flew there in 1998.")]
    [InlineData("Guinea-Bissau was represented at the summit in Bissau on 4 December 2016 by Prime Minister Umaro Sissoco Embaló.")]
    public void FindsNoVisitThereToAThirdCountryOrRepresentationAtHome(string sentence) =>
        Assert.Empty(Visits("Cuba–Guinea-Bissau relations", sentence));

    [Fact]
    public void SendsAPronounAfterAnOpeningDateAndReadsReturnsForAnOccasionOrCountedLater() =>
        Assert.Equal(
            [("Michelle Bachelet", "Chile", "Cuba", "2009-02"), ("Michelle Bachelet", "Chile", "Cuba", "2016-11"), ("Michelle Bachelet", "Chile", "Cuba", "2018-10-09")],
            Visits("Chile–Cuba relations", """
                Chilean President Michelle Bachelet visited Havana in February 2009. In November 2016 she returned for the funeral of Fidel Castro.
                She returned two years later, on 9 October 2018, to open a school.
                """));

    [Fact]
    public void ReadsASecondVisitPaidWithoutNamingThePlaceAgain() =>
        Assert.Equal(
            [("Leonid Brezhnev", "Soviet Union", "India", "1973-11"), ("Leonid Brezhnev", "Soviet Union", "India", "1980-12")],
            Visits("India–Soviet Union relations", "Leonid Brezhnev came to New Delhi in November 1973. Brezhnev paid a second visit in December 1980, when agreement was reached on Soviet assistance for a steel plant."));

    // Whoever meets there, someone of one party at a meeting in the other's country is visiting it.
    [Theory]
    [InlineData("Foreign Minister Alejandro Foxley met his Cuban counterpart Felipe Pérez Roque in Santiago in March 2006.", "Chile–Cuba relations", "Felipe Pérez Roque", "Cuba", "Chile", "2006-03")]
    [InlineData("In February 1959 Adolfo López Mateos met American President Dwight Eisenhower in Acapulco.", "Mexico–United States relations", "Dwight Eisenhower", "United States", "Mexico", "1959-02")]
    [InlineData("Nguyễn Cơ Thạch held talks with his Thai counterpart Siddhi Savetsila in Hanoi on 12 May 1989.", "Thailand–Vietnam relations", "Siddhi Savetsila", "Thailand", "Vietnam", "1989-05-12")]
    public void SendsTheCounterpartMetInTheSubjectsOwnCountry(string sentence, string title, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits(title, sentence));

    [Theory]
    [InlineData("Vice-President Kang Song-san headed the North Korean delegation at the funeral in Conakry in March 1984.", "Kang Song-san", "North Korea", "Guinea", "1984-03")]
    [InlineData("A party delegation led by Kang Song-san spent 25–28 September 1985 in Conakry.", "Kang Song-san", "North Korea", "Guinea", "1985-09-25")]
    [InlineData("Kang Song-san attended a summit in Algiers and flew on to Conakry in October 1986.", "Kang Song-san", "North Korea", "Guinea", "1986-10")]
    [InlineData("North Korean premier Kang Song-san came in 1980. Kang Song-san's own state visit came in October 1987.", "Kang Song-san", "North Korea", "Guinea", "1987-10")]
    [InlineData("North Korean premier Kang Song-san came in 1980. As premier he first travelled to Conakry in October 1988.", "Kang Song-san", "North Korea", "Guinea", "1988-10")]
    public void ReadsDelegationsAtAnOccasionStaysOnwardFlightsAndOwnVisits(string sentence, string person, string from, string to, string date) =>
        Assert.Contains((person, from, to, date), Visits("Guinea–North Korea relations", sentence));

    [Fact]
    public void TakesNoCountryFromAnOfficialVisitInAListItem() =>
        Assert.Equal(
            [("Kang Song-san", "North Korea", "Guinea", "1986-05-06")],
            Visits("Guinea–North Korea relations", "Visits have included:\n- Kang Song-san, official friendly visit to Guinea, 6–9 May 1986"));

    [Fact]
    public void TakesACityAfterOfInAListItemAsItsPlace() =>
        Assert.Equal(
            [("Raúl Castro", "Cuba", "Mexico", "2015-05")],
            Visits("Cuba–Mexico relations", """
                State visits have included:
                - Raúl Castro, on the island of Cozumel (May 2015)
                """));

    [Fact]
    public void SendsTheItemsOfAListOfOnePartysVisitorsToTheOtherParty() =>
        Assert.Equal(
            [("Agostinho Neto", "Angola", "Cuba", "1976-07"), ("José Eduardo dos Santos", "Angola", "Cuba", "1984")],
            Visits("Angola–Cuba relations", """
                == Visits by Angolan leaders ==
                - July 1976: Agostinho Neto, at the party congress
                - 1984: José Eduardo dos Santos, for talks with the Cuban leadership
                """));

    [Fact]
    public void SendsSomeoneWhoReturnsOrComesBackWhereTheyWentBefore() =>
        Assert.Equal(
            [("Fidel Castro", "Cuba", "Vietnam", "1973"), ("Fidel Castro", "Cuba", "Vietnam", "1981-05"), ("Fidel Castro", "Cuba", "Vietnam", "1985-04"),
             ("Lê Duẩn", "Vietnam", "Cuba", "1974"), ("Lê Duẩn", "Vietnam", "Cuba", "1979-10")],
            Visits("Cuba–Vietnam relations", """
                Cuban leader Fidel Castro visited Hanoi in 1973. Castro returned in May 1981 and again in April 1985.

                Lê Duẩn visited Havana in 1974. Lê Duẩn came back at the end of October 1979 for four days. Lê Duẩn came back home in 1980.
                """));

    [Fact]
    public void ReadsListItemsThatNameTheTravellerThenTheirDates() =>
        Assert.Equal(
            [("Sam Nujoma", "Namibia", "China", "1992-03-14"), ("Sam Nujoma", "Namibia", "China", "1996-11"), ("Hifikepunye Pohamba", "Namibia", "China", "2006"),
             ("Hifikepunye Pohamba", "Namibia", "China", "2010"), ("Li Peng", "China", "Namibia", "1996-02-11")],
            Visits("China–Namibia relations", """
                Sam Nujoma paid a state visit to China in March 1992.

                == High-level visits ==
                Visits from Namibia to China:
                - Sam Nujoma: 14–18 March 1992; November 1996
                - Hifikepunye Pohamba, 2006 and 2010

                Visits from China to Namibia:
                - 11–13 February 1996 – Premier Li Peng
                """));

    [Fact]
    public void GivesALaterPartOfAListItemWithItsOwnSubjectToThatPerson() =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Vietnam", "1979-05"), ("Petar Mladenov", "Bulgaria", "Vietnam", "1980")],
            Visits("Bulgaria–Vietnam relations", """
                Visits from Bulgaria were frequent:
                - May 1979 – Chairman Todor Zhivkov in Hanoi; Foreign Minister Petar Mladenov followed the next year
                """));

    [Fact]
    public void ReadsAListItemLabelledByAYearWithItsDaysInBrackets() =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Cuba", "1979-03-30")],
            Visits("Bulgaria–Cuba relations", """
                Visits to Cuba:
                - 1979 (30 March – 2 April): Todor Zhivkov returns to Cuba and opens the Bulgarian fair
                """));

    [Theory]
    [InlineData("- October 1988: Todor Zhivkov, who had met Fidel Castro in May 1986, pays a two-day visit to Havana")]
    [InlineData("In October 1988 Todor Zhivkov, who had met Fidel Castro in May 1986, paid a state visit to Havana.")]
    public void DatesAJourneyNeitherByAnAsideAboutItsTravellerNorSendsThePersonTheAsideNames(string sentence) =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Cuba", "1988-10")],
            Visits("Bulgaria–Cuba relations", "Visits to Cuba:\n" + sentence));

    [Fact]
    public void SendsTheOneWhoReturnedTheCourtesyToWhereTheLastVisitorCameFrom() =>
        Assert.Equal(
            [("Julius Nyerere", "Tanzania", "Cuba", "1974-09"), ("Fidel Castro", "Cuba", "Tanzania", "1977-03")],
            Visits("Cuba–Tanzania relations", "Julius Nyerere came to Havana in September 1974. Fidel Castro returned the courtesy in March 1977, meeting Nyerere in Dar es Salaam."));

    [Fact]
    public void ReadsAListItemLabelledByARangeOverTwoMonths() =>
        Assert.Equal(
            [("Pak Song-chol", "North Korea", "Albania", "1971-06-27")],
            Visits("Albania–North Korea relations", """
                Visits to Albania:
                - 27 June – 2 July 1971: Foreign Minister Pak Song-chol to Albania
                """));

    [Fact]
    public void ReadsAListItemWhoseTravellerALowerCaseRoleIntroduces() =>
        Assert.Equal(
            [("Abdul Halim Khaddam", "Syria", "Albania", "1980-07")],
            Visits("Albania–Syria relations", """
                Visits to Albania:
                - July 1980: Syrian foreign minister Abdul Halim Khaddam in Tirana
                """));

    [Fact]
    public void SendsTheHeadOfADelegationAtAnOccasionToTheCountryOfItsOwner() =>
        Assert.Equal(
            [("Daniel Ortega", "Nicaragua", "Bulgaria", "1983-05"), ("Petar Mladenov", "Bulgaria", "Nicaragua", "1985-01-10")],
            Visits("Bulgaria–Nicaragua relations", "Nicaraguan leader Daniel Ortega was in Sofia in May 1983. Petar Mladenov headed the Bulgarian delegation at Ortega's inauguration on 10 January 1985."));

    [Fact]
    public void TakesTheTravellerAfterByOnlyFromTheSameClause() =>
        Assert.Equal(
            [("Kim Il Sung", "North Korea", "Albania", "1956-06-08")],
            Visits("Albania–North Korea relations", "Kim Il Sung's arrival in Tirana on 8 June 1956 was the first visit by a Korean premier to Albania; he held talks with Enver Hoxha."));

    [Fact]
    public void KeepsTheFirstDateOfAJourneyWhoseLaterDayIsToldInProse() =>
        Assert.Equal(
            [("Fidel Castro", "Cuba", "Angola", "1977-03")],
            Visits("Angola–Cuba relations", "Cuban leader Fidel Castro visited Angola in March 1977. He toured Luanda and on 25 March visited a school in Luanda."));

    [Fact]
    public void SendsTheCompanionNamedAfterTheJourney() =>
        Assert.Equal(
            [("Lee Myung-bak", "South Korea", "Vietnam", "2009-10-20"), ("Yu Myung-hwan", "South Korea", "Vietnam", "2009-10-20")],
            Visits("South Korea–Vietnam relations", "President Lee Myung-bak flew to Hanoi on 20 October 2009, accompanied by foreign minister Yu Myung-hwan."));

    [Fact]
    public void GivesEachSubjectOfAnAndTheDatesOfItsOwnPredicate() =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Vietnam", "1962"), ("Phạm Văn Đồng", "Vietnam", "Bulgaria", "1966")],
            Visits("Bulgaria–Vietnam relations", "Bulgarian leader Todor Zhivkov went to Hanoi in 1962 and Anton Yugov received the Vietnamese premier Phạm Văn Đồng in Sofia four years later."));

    [Fact]
    public void SendsTheSubjectOfAPartThatGoesOnWithHeOrSheOrAfterARelativeClause() =>
        Assert.Equal(
            [("Kim Dae-jung", "South Korea", "Vietnam", "1998-12"), ("Kim Dae-jung", "South Korea", "Vietnam", "2001-08"),
             ("Park Geun-hye", "South Korea", "Vietnam", "1980"), ("Park Geun-hye", "South Korea", "Vietnam", "2013-09")],
            Visits("South Korea–Vietnam relations", """
                Kim Dae-jung attended the ASEAN summit in Hanoi in December 1998; he returned in August 2001 for talks.

                Park Geun-hye, who had travelled to Saigon with her father in 1980, paid a state visit to Vietnam in September 2013.
                """));

    [Fact]
    public void SendsTheSubjectOfTheSentenceBeforeAsTheTravellerOfASentenceThatOpensWithHeOrShe() =>
        Assert.Equal(
            [("Forbes Burnham", "Guyana", "Cuba", "1975-04"), ("Fidel Castro", "Cuba", "Guyana", "1977-10")],
            Visits("Cuba–Guyana relations", """
                Forbes Burnham, who became prime minister in 1964, made Cuba a partner of his foreign policy. He flew to Havana in April 1975, and Fidel Castro repaid the visit in October 1977.

                The treaty was signed in 1978. He later spoke in Georgetown in 1979.
                """));

    [Fact]
    public void SendsThePersonBeforeAnAsideAndAReturnVisitButNoEnvoyTakingUpAPost() =>
        Assert.Equal(
            [("Indira Gandhi", "India", "Soviet Union", "1976-06"), ("Morarji Desai", "India", "Soviet Union", "1977-10"),
             ("Leonid Brezhnev", "Soviet Union", "India", "1980-12")],
            Visits("India–Soviet Union relations", """
                Indira Gandhi visited Moscow in June 1976, and her successor Morarji Desai, despite his doubts about Soviet ties, also went to Moscow in October 1977. Leonid Brezhnev paid a return visit in December 1980.

                Ivan Benediktov, later a minister, arrived in New Delhi as the new Soviet ambassador in 1967.
                """));

    [Fact]
    public void ReturnsTheVisitOfAnEarlierParagraph() =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Mongolia", "1978-09"), ("Yumjaagiin Tsedenbal", "Mongolia", "Bulgaria", "1980-05-30")],
            Visits("Bulgaria–Mongolia relations", """
                Todor Zhivkov visited Mongolia in September 1978.

                Yumjaagiin Tsedenbal returned the visit between 30 May and 2 June 1980, on a tour of Eastern Europe.
                """));

    [Fact]
    public void SendsTheTravellerOfAListsLeadOnEachItemThatOpensWithADate() =>
        Assert.Equal(
            [("Todor Zhivkov", "Bulgaria", "Vietnam", "1979-03-12"), ("Todor Zhivkov", "Bulgaria", "Vietnam", "1985-10")],
            Visits("Bulgaria–Vietnam relations", """
                == History ==
                Todor Zhivkov travelled to Hanoi twice:
                - 12–16 March 1979, a state visit during which he met Lê Duẩn
                - October 1985, for talks with Trường Chinh on Bulgarian credits
                """));

    [Fact]
    public void SendsAListsTravellersWhereItsLeadParagraphSays() =>
        Assert.Equal(
            [("Nouhak Phoumsavanh", "Laos", "Vietnam", "1990-05"), ("Khamtai Siphandon", "Laos", "Vietnam", "1993-07-04")],
            Visits("Laos–Vietnam relations", """
                == Visits ==
                Lao leaders travelled to Hanoi often. The most important visits were:
                - Nouhak Phoumsavanh, President of the Supreme People's Assembly, May 1990
                - Khamtai Siphandon, Chairman of the Council of Ministers, 4–6 July 1993
                """));

    [Fact]
    public void TakesNoDestinationForAListFromAParagraphOfAnotherSection() =>
        Assert.Empty(Visits("Indonesia–North Korea relations", """
            == Trade ==
            Trade with Indonesian firms grew in 2014.

            == Other visits ==
            - 7 August 2017: Foreign Minister Retno Marsudi met Ri Yong Ho on the sidelines of the forum in Manila.
            """));

    [Theory]
    [InlineData("Cuba–Vietnam relations", "The agreement was signed on 1 December 1992 during a visit to Havana by Premier Võ Văn Kiệt.", "Võ Văn Kiệt", "Vietnam", "Cuba", "1992-12-01")]
    [InlineData("Cuba–Vietnam relations", "When Hồ Chí Minh died in September 1969, Cuba sent a delegation led by Juan Almeida, a member of the Politburo, to the funeral.", "Juan Almeida", "Cuba", "Vietnam", "1969-09")]
    [InlineData("Brazil–Cuba relations", "Vice President Salvador Valdés Mesa represented Cuba at Luiz Inácio Lula da Silva's third inauguration on 1 January 2023.", "Salvador Valdés Mesa", "Cuba", "Brazil", "2023-01-01")]
    [InlineData("China–Vietnam relations", "Premier Zhou Enlai reciprocated with a four-day stay in Hanoi beginning on 10 May 1960.", "Zhou Enlai", "China", "Vietnam", "1960-05-10")]
    [InlineData("Soviet Union–Vietnam relations", "Lê Duẩn took over the party in 1960: he travelled to Moscow on 4 June 1961.", "Lê Duẩn", "Vietnam", "Soviet Union", "1961-06-04")]
    [InlineData("India–Soviet Union relations", "Leonid Brezhnev stayed in Delhi from 26 to 30 November 1973 and signed an agreement.", "Leonid Brezhnev", "Soviet Union", "India", "1973-11-26")]
    [InlineData("Laos–Vietnam relations", "Kaysone Phomvihane made his first trip abroad as head of government to Hanoi in July 1977.", "Kaysone Phomvihane", "Laos", "Vietnam", "1977-07")]
    [InlineData("Cuba–Mozambique relations", "Vice-President Juan Almeida headed the Cuban delegation to the independence celebrations in June 1975.", "Juan Almeida", "Cuba", "Mozambique", "1975-06")]
    public void ReadsOneVisitOfTheseShapesToo(string title, string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits(title, sentence));

    [Fact]
    public void SendsTheMournerOfAPartyLeaderToHisFuneral() =>
        Assert.Equal(
            [("Raúl Castro", "Cuba", "Vietnam", "1986-07"), ("Raúl Castro", "Cuba", "Vietnam", "1988-10")],
            Visits("Cuba–Vietnam relations", "Cuban leader Raúl Castro attended the funerals of Lê Duẩn in July 1986 and of Trường Chinh in October 1988."));

    [Fact]
    public void SendsWhoFollowedOrWasVisitingWhereTheLastVisitorWent() =>
        Assert.Equal(
            [("Phạm Văn Đồng", "Vietnam", "Cuba", "1973"), ("Nguyễn Duy Trinh", "Vietnam", "Cuba", "1974"),
             ("Jiang Zemin", "China", "Mongolia", "1999-07"), ("Hu Jintao", "China", "Mongolia", "2003-06-04"), ("Wen Jiabao", "China", "Mongolia", "2010-06")],
            Visits("Cuba–Vietnam relations", """
                Prime Minister Phạm Văn Đồng visited Havana in 1973. Foreign Minister Nguyễn Duy Trinh followed in the spring of 1974.
                """).Concat(Visits("China–Mongolia relations", """
                Jiang Zemin visited Mongolia in July 1999, and Hu Jintao chose it as his first destination, arriving on 4 June 2003. Premier Wen Jiabao, visiting in June 2010, offered a loan.
                """)));

    [Theory]
    [InlineData("South Korea–Vietnam relations", "A visit to Hanoi by President Moon Jae-in, expected later that year, lapsed when talks stalled in 2019.")]
    [InlineData("Cuba–Vietnam relations", "Lê Duẩn visited Havana in 1974. Talks with Fidel Castro followed in 1975.")]
    public void ReadsNoVisitOfTheseShapes(string title, string text) =>
        Assert.DoesNotContain(Visits(title, text), v => v.Date.StartsWith("1975", StringComparison.Ordinal) || v.Person is "Moon Jae-in");

    [Fact]
    public void ReadsAListItemThatNamesItsTravellerBeforeADash() =>
        Assert.Equal(
            [("Michael Manley", "Jamaica", "Cuba", "1975-07"), ("P. J. Patterson", "Jamaica", "Cuba", "1997-04-10")],
            Visits("Cuba–Jamaica relations", """
                Visits since then include:
                - Prime Minister Michael Manley – CARICOM summit, Havana, July 1975
                - Prime Minister P. J. Patterson – state visit, Havana, 10–12 April 1997
                """));

    [Theory]
    [InlineData("Premier Kosygin reached Hanoi on 6 February 1965 and left on 10 February.", "Alexei Kosygin", "1965-02-06")]
    [InlineData("Premier Kosygin came to Hanoi on 6 February 1965, leaving two days later.", "Alexei Kosygin", "1965-02-06")]
    [InlineData("Lê Duẩn arrived in the Soviet capital on 3 April 1961.", "Lê Duẩn", "1961-04-03")]
    [InlineData("Lê Duẩn returned the courtesy by travelling to Moscow in May 1962.", "Lê Duẩn", "1962-05")]
    [InlineData("Premier Kosygin answered with a five-day tour of Vietnam from 6 February 1965.", "Alexei Kosygin", "1965-02-06")]
    [InlineData("Lê Duẩn chose Moscow for his first official journey abroad as party leader in April 1961.", "Lê Duẩn", "1961-04")]
    [InlineData("Premier Kosygin's second and last visit, in February 1965, brought the first missiles.", "Alexei Kosygin", "1965-02")]
    [InlineData("Premier Kosygin's state visit of 6–10 February 1965 drew large crowds in Hanoi.", "Alexei Kosygin", "1965-02-06")]
    [InlineData("Lê Duẩn was in Moscow from 30 December 1963 to 4 January 1964.", "Lê Duẩn", "1963-12-30")]
    public void ReadsTheseShapesOfAVisitAtTheDayItBegan(string sentence, string person, string date) =>
        Assert.Contains(Visits("Soviet Union–Vietnam relations", "Soviet Premier Alexei Kosygin and Vietnamese leader Lê Duẩn met often.\n\n" + sentence), v => v.Person == person && v.Date == date);

    [Theory]
    [InlineData("Premier Kosygin reached Hanoi on 6 February 1965 and left on 10 February.")]
    [InlineData("Premier Kosygin's state visit of 6–10 February 1965 drew large crowds in Hanoi.")]
    public void ReadsOneVisitFromAStayWithItsEnd(string sentence) =>
        Assert.Single(Visits("Soviet Union–Vietnam relations", "Soviet Premier Alexei Kosygin met Lê Duẩn.\n\n" + sentence));

    [Theory]
    [InlineData("When the border war broke out in February 1979, Premier Kosygin called off a planned trip to Hanoi.")]
    [InlineData("After the coup in August 1968, Moscow postponed a planned state visit to Hanoi by Premier Alexei Kosygin.")]
    [InlineData("Premier Alexei Kosygin met Lê Duẩn in 1979, during Kosygin's long tour of Asia.")]
    public void FindsNoVisitCalledOffBeforeItsNounOrToAPlaceNoPartyHolds(string sentence) =>
        Assert.Empty(Visits("Soviet Union–Vietnam relations", sentence));

    [Fact]
    public void ReadsListItemsThatNameTheTravellerWithARoleInParenthesesOrNone() =>
        Assert.Equal(
            [("Amadou Sissoko", "Mali", "Cuba", "1984-05-03"), ("Fidel Castro", "Cuba", "Mali", "1987")],
            Visits("Cuba–Mali relations", """
                ==Visits==
                Visits at the highest level include:
                - Amadou Sissoko (Prime Minister of Mali) – Havana, 3–5 May 1984, for the trade fair
                - Fidel Castro – Bamako, 1987
                """));

    [Theory]
    [InlineData("Premier Alexei Kosygin ended the dispute by meeting Lê Duẩn in Hanoi on 6 February 1965.", "Alexei Kosygin", "Soviet Union", "Vietnam", "1965-02-06")]
    [InlineData("Premier Alexei Kosygin's first stop in Vietnam came on 6 February 1965.", "Alexei Kosygin", "Soviet Union", "Vietnam", "1965-02-06")]
    [InlineData("Deputy Premier Nguyen Van Binh was the first senior official in Moscow, visiting in June 1955.", "Nguyen Van Binh", "Vietnam", "Soviet Union", "1955-06")]
    [InlineData("Phạm Văn Đồng, the premier and chief negotiator with Moscow, arrived in the Soviet capital on 3 June 1955.", "Phạm Văn Đồng", "Vietnam", "Soviet Union", "1955-06-03")]
    public void ReadsAMeetingAfterAPrepositionAStopAParticipleAfterItsPlaceAndASubjectBeforeAnAside(string sentence, string person, string from, string to, string date) =>
        Assert.Equal([(person, from, to, date)], Visits("Soviet Union–Vietnam relations", "Soviet Premier Alexei Kosygin and Vietnamese leader Lê Duẩn met often.\n\n" + sentence));

    [Theory]
    [InlineData("In June 1955 the premier held a meeting in Moscow with Vietnamese leader Lê Duẩn.")]
    [InlineData("Deputy Premier Nguyen Van Binh, visiting in June 1955, praised the treaty.")]
    public void FindsNoVisitInAMeetingNounOrAParticipleWithNoPlace(string sentence) =>
        Assert.Empty(Visits("Soviet Union–Vietnam relations", sentence));

    [Fact]
    public void SendsNoDelegationToAnOccasionInAThirdCountry() =>
        Assert.Empty(Visits("Cuba–Mozambique relations", "Vice-President Juan Almeida headed the Cuban delegation to the summit in Colombo in August 1976."));

    // Session 19: phrasings from HeldOut30–33.
    [Theory]
    [InlineData("Hungary–Nicaragua relations", "Interior Minister Tomás Borge was the first Sandinista leader to come to Budapest, in April 1981, where he met János Kádár.", "Tomás Borge", "Nicaragua", "Hungary", "1981-04")]
    [InlineData("South Yemen–Soviet Union relations", "Soviet leader Mikhail Gorbachev came to power in 1985. Ali Salem al-Beidh held talks with Mikhail Gorbachev in the Kremlin on 11 March 1988.", "Ali Salem al-Beidh", "South Yemen", "Soviet Union", "1988-03-11")]
    [InlineData("Angola–East Germany relations", "Defence Minister Heinz Hoffmann toured Angolan army units in May 1980.", "Heinz Hoffmann", "East Germany", "Angola", "1980-05")]
    [InlineData("Cuba–Portugal relations", "In 1998 talks began. The following year the roles were reversed: President Jorge Sampaio and Prime Minister António Guterres flew to Havana for the summit, held on 15–16 November 1999.", "Jorge Sampaio|António Guterres", "Portugal", "Cuba", "1999-11-15")]
    [InlineData("Cuba–Sri Lanka relations", "In 1976 Colombo hosted the summit. Three years later President J. R. Jayewardene flew to Havana for the sixth summit (3–9 September 1979).", "J. R. Jayewardene", "Sri Lanka", "Cuba", "1979-09-03")]
    [InlineData("Afghanistan–Czechoslovakia relations", "President Gustáv Husák spoke in 1985. Mohammad Najibullah held talks with Husák in Prague on 9–10 December 1987, his only journey to Czechoslovakia as head of state.", "Mohammad Najibullah", "Afghanistan", "Czechoslovakia", "1987-12-09")]
    [InlineData("Mongolia–Romania relations", "Nicolae Ceaușescu included Mongolia in his long Asian tour of 1971, arriving in Ulaanbaatar on 14 June 1971.", "Nicolae Ceaușescu", "Romania", "Mongolia", "1971-06-14")]
    [InlineData("Mongolia–Romania relations", "Nicolae Ceaușescu included Mongolia in his long Asian tour of 1971, arriving in Ulaanbaatar on 14 June 1971. He was accompanied by his wife Elena Ceaușescu.", "Nicolae Ceaușescu|Elena Ceaușescu", "Romania", "Mongolia", "1971-06-14")]
    [InlineData("Hungary–Nicaragua relations", "Other official visits include:\n- Péter Szijjártó to Managua – 27 October 2022, the first visit by a Hungarian foreign minister since 1985", "Péter Szijjártó", "Hungary", "Nicaragua", "2022-10-27")]
    [InlineData("Cuba–Ecuador relations", "Fidel Castro made a brief stop in Guayaquil on 4 December 1971, on his way home from Chile.", "Fidel Castro", "Cuba", "Ecuador", "1971-12-04")]
    [InlineData("Laos–East Germany relations", "The treaty was signed on 22 September 1977 by Erich Honecker. Honecker himself spent 7 and 8 December 1977 in Vientiane on his way back from Hanoi.", "Erich Honecker", "East Germany", "Laos", "1977-12-07")]
    [InlineData("Cambodia–Romania relations", "Norodom Sihanouk's search for friends brought him to Bucharest on 22–27 June 1960.", "Norodom Sihanouk", "Cambodia", "Romania", "1960-06-22")]
    [InlineData("Poland–Yugoslavia relations", "Foreign Minister August Zaleski paid an official visit to Belgrade in May 1927.", "August Zaleski", "Poland", "Yugoslavia", "1927-05")]
    [InlineData("Benin–Soviet Union relations", "Foreign Minister Shegun Adjadi Bakari held talks with Sergey Lavrov in Moscow in March 2024, the highest-level Beninese visit to Russia in more than a decade.", "Shegun Adjadi Bakari", "Benin", "Soviet Union", "2024-03")]
    [InlineData("Cuba–Ecuador relations", "Relations reached their closest point under Rafael Correa in 2009.\n\nPresidential contacts in the Correa years included:\n- 28–29 January 2014: Correa at the second CELAC summit in Havana", "Rafael Correa", "Ecuador", "Cuba", "2014-01-28")]
    [InlineData("Algeria–Yugoslavia relations", "President Chadli Bendjedid was among the foreign leaders at Tito's funeral in Belgrade on 8 May 1980.", "Chadli Bendjedid", "Algeria", "Yugoslavia", "1980-05-08")]
    public void ReadsFirstToComeTalksInTheKremlinToursTheStatementAfterAColonAndCompanions(string title, string body, string persons, string from, string to, string date) =>
        Assert.Equal(persons.Split('|').Select(p => (p, from, to, date)), Visits(title, body.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Fact]
    public void ReadsTheSummitAPersonAttendedWhereItWasNamedBeforeWhich() =>
        Assert.Equal(
            [("Jaime Gama", "Portugal", "Cuba", "1998-04"), ("Fidel Castro", "Cuba", "Portugal", "1998-10-17")],
            Visits("Cuba–Portugal relations", "Foreign Minister Jaime Gama visited Havana in April 1998 to prepare the Ibero-American Summit in Porto, which Fidel Castro attended on 17–18 October 1998."));

    [Fact]
    public void ReadsAReturnSeveralTimesDatedAfterAComma() =>
        Assert.Equal(
            [("Sam Nujoma", "Namibia", "Cuba", "1977"), ("Sam Nujoma", "Namibia", "Cuba", "1991-07-14"), ("Sam Nujoma", "Namibia", "Cuba", "2014")],
            Visits("Cuba–Namibia relations", "Sam Nujoma, the SWAPO president, first travelled to Havana in 1977. Nujoma, now head of state, made a state visit to Cuba on 14–17 July 1991 and returned several times, most recently in 2014."));

    [Theory]
    [InlineData("Hungary–Nicaragua relations", "In 1983 Kádár invited Daniel Ortega to come to Budapest.")]
    [InlineData("South Yemen–Soviet Union relations", "Marshal Ivan Petrov inspected the troops in 1979.")]
    [InlineData("Cuba–Syria relations", "- 1974: Abelardo Colomé, vice-minister of the Revolutionary Armed Forces, toured the Cuban units on the Golan")]
    [InlineData("Mongolia–Romania relations", "In 1975 Nicolae Ceaușescu spoke in Bucharest. He was accompanied by his wife Elena Ceaușescu.")]
    [InlineData("Laos–Vietnam relations", "Prince Souphanouvong, who had spent sixteen years as an engineer in Vietnam, threw in his lot with Ho Chi Minh in 1945.")]
    [InlineData("Ethiopia–Poland relations", "Ras Tafari Makonnen toured Western Europe in 1924 but Poland was not on his itinerary.")]
    [InlineData("Ethiopia–Poland relations", "Another visit by Mengistu Haile Mariam, pencilled in for the end of 1981, had to be postponed.")]
    [InlineData("Bulgaria–Libya relations", "On 24 July 2007, after mediation by EU Commissioner Benita Ferrero-Waldner and Cécilia Sarkozy, the medics were flown to Sofia.")]
    public void FindsNoVisitInAnInvitationATourOfOwnUnitsOrACompanionAtHome(string title, string body) =>
        Assert.Empty(Visits(title, body));
}
