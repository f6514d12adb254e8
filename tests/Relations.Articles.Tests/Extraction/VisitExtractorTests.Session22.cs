namespace Relations.Articles.Tests.Extraction;

public partial class VisitExtractorTests
{
    [Theory]
    [InlineData("In 1975 Romania hosted Agostinho Neto.", "Agostinho Neto")]
    [InlineData("In 1975 the Romanian capital also hosted Agostinho Neto of the MPLA and the FNLA leader Holden Roberto.", "Agostinho Neto|Holden Roberto")]
    [InlineData("In 1975 Bucharest hosted Agostinho Neto and Holden Roberto.", "Agostinho Neto|Holden Roberto")]
    public void ReadsTheGuestsAPartyOrItsCapitalHosted(string body, string people) =>
        Assert.Equal(people.Split('|').Select(p => (p, "Angola", "Romania", "1975")), Visits("Angola–Romania relations", body));

    [Fact]
    public void LeavesOutAHostedThingAndAThirdCapitalsGuest() =>
        Assert.Empty(Visits("Angola–Romania relations", "In 1975 Romania hosted a congress. In 1976 Paris hosted Agostinho Neto."));

    [Theory]
    [InlineData("Todor Zhivkov received Indira Gandhi in Sofia on 22 June 1967. Zhivkov returned the visit two years later, touring Delhi, Agra and Bombay from 3 to 9 December 1969.", "1969-12-03")]
    [InlineData("Todor Zhivkov received Indira Gandhi in Sofia on 22 June 1967. Zhivkov returned the visit the following year, on 5 March 1968.", "1968-03-05")]
    public void DatesAVisitToldInYearsByTheDaysTheClauseGivesLater(string body, string date) =>
        Assert.Contains(("Todor Zhivkov", "Bulgaria", "India", date), Visits("Bulgaria–India relations", body));

    [Fact]
    public void DatesAVisitToldThatSummerByTheDayTheNextSentenceGives() =>
        Assert.Contains(("Kwame Nkrumah", "Ghana", "Soviet Union", "1961-07-11"),
            Visits("Ghana–Soviet Union relations", "Leonid Brezhnev visited Accra in February 1961. Kwame Nkrumah returned the visit that summer. He arrived in Moscow on July 11, 1961 and toured the country."));

    [Theory]
    [InlineData("In 1942 soldiers of the army of General Władysław Anders passed through Syria.")]
    [InlineData("In 1942 the troops of Władysław Anders travelled to Syria.")]
    public void LeavesOutThePersonWhoseMenTravelled(string body) =>
        Assert.Empty(Visits("Poland–Syria relations", body));

    [Fact]
    public void StillReadsAVisitorWithANicknameInQuotes() =>
        Assert.Equal([("Che Guevara", "Cuba", "Hungary", "1960-12")], Visits("Cuba–Hungary relations", "Ernesto \"Che\" Guevara arrived in Budapest in December 1960."));

    [Fact]
    public void ReadsTheGuestWhoseRoleAPossessorWithAParticleNames() =>
        Assert.Contains(("João Bernardo de Miranda", "Angola", "Bulgaria", "2004-03"),
            Visits("Angola–Bulgaria relations", "José Eduardo dos Santos led Angola from 1979. President Georgi Parvanov received dos Santos's foreign minister, João Bernardo de Miranda, in Sofia in March 2004."));

    [Fact]
    public void ReadsANameOpeningWithAnAyn() =>
        Assert.Equal([("ʿAbd al-Karīm al-Iryānī", "Yemen", "Soviet Union", "1983-04-04")],
            Visits("Soviet Union–Yemen relations", "Foreign Minister ʿAbd al-Karīm al-Iryānī was received by Andrei Gromyko in Moscow on 4–6 April 1983."));

    [Fact]
    public void LeavesOutAHostWhoMetTheOtherPartysOfficialsAtHome() =>
        Assert.Empty(Visits("Ethiopia–Yugoslavia relations", "In 2004 Prime Minister Meles Zenawi met Serbian officials in Addis Ababa."));

    [Fact]
    public void StillReadsAVisitorWhoMetTheHostsOfficials() =>
        Assert.Equal([("Meles Zenawi", "Ethiopia", "Yugoslavia", "2004")], Visits("Ethiopia–Yugoslavia relations", "In 2004 Prime Minister Meles Zenawi met Serbian officials in Belgrade."));

    [Theory]
    [InlineData("An invitation for Leonid Brezhnev to visit Sana'a in 1972 was accepted in principle.")]
    [InlineData("In 1972 Leonid Brezhnev was invited to visit Sana'a.")]
    public void LeavesOutAnInvitationToVisit(string body) =>
        Assert.Empty(Visits("Soviet Union–Yemen relations", body));

    [Theory]
    [InlineData("Sukarno first came to Yugoslavia in September 1956. In September 1961 Sukarno was again in Belgrade for the first conference of the Non-Aligned Movement.", "Sukarno", "Indonesia", "Yugoslavia", "1961-09")]
    [InlineData("In 2003 Prime Minister Meles Zenawi stopped briefly in Belgrade on his way to Brussels.", "Meles Zenawi", "Ethiopia", "Yugoslavia", "2003")]
    [InlineData("In 1983 Emperor Haile Selassie was Josip Broz Tito's guest in Belgrade.", "Haile Selassie", "Ethiopia", "Yugoslavia", "1983")]
    public void ReadsAVisitAgainABriefStopAndAGuestOfAPerson(string body, string person, string from, string to, string date) =>
        Assert.Contains((person, from, to, date), Visits(from == "Indonesia" ? "Indonesia–Yugoslavia relations" : "Ethiopia–Yugoslavia relations", body));

    [Fact]
    public void ReadsAVisitForEveryYearOfAList() =>
        Assert.Equal(["1977", "1981", "1987"], Visits("East Germany–India relations", "GDR Foreign Minister Oskar Fischer came to New Delhi in 1977, 1981 and 1987.").Select(v => v.Date));

    [Theory]
    [InlineData("In 1965 Houari Boumédiène took power. Boumédiène was received at Prague Castle by President Ludvík Svoboda in October 1969.", "Houari Boumédiène", "Algeria", "Czechoslovakia", "1969-10")]
    [InlineData("Gustáv Husák's visit to Algeria was postponed; he eventually arrived in Algiers on 4 March 1977.", "Gustáv Husák", "Czechoslovakia", "Algeria", "1977-03-04")]
    public void ReadsAGuestReceivedAtAPlaceAndAPronounWithAnAdverb(string body, string person, string from, string to, string date) =>
        Assert.Contains((person, from, to, date), Visits("Algeria–Czechoslovakia relations", body));
}
