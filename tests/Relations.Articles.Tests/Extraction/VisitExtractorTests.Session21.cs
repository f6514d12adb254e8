namespace Relations.Articles.Tests.Extraction;

public partial class VisitExtractorTests
{
    [Theory]
    [InlineData("The summit opened in Havana in September 1979. The Vietnamese delegation, headed by Premier Phạm Văn Đồng, arrived on 2 September.", "Phạm Văn Đồng", "Vietnam", "Cuba", "1979-09-02")]
    [InlineData("The talks resumed in Hanoi in May 1981. The Cuban party delegation, led by Carlos Rafael Rodríguez, arrived on 12 May.", "Carlos Rafael Rodríguez", "Cuba", "Vietnam", "1981-05-12")]
    public void GivesTheHeadOfAPartysDelegationThatArrivesThatPartyAsHome(string body, string person, string from, string to, string date) =>
        Assert.Contains((person, from, to, date), Visits("Cuba–Vietnam relations", body));

    [Fact]
    public void LeavesOutTheHeadOfAThirdCountrysDelegation() =>
        Assert.Empty(Visits("Cuba–Vietnam relations", "The summit opened in Havana in September 1979. The Indian delegation, headed by Prime Minister Charan Singh, arrived on 2 September."));

    [Theory]
    [InlineData("Cuba–Vietnam relations", "Premier Phạm Văn Đồng received Castro's foreign minister, Isidoro Malmierca, in Hanoi in April 1983.", "Isidoro Malmierca", "Cuba")]
    [InlineData("Angola–Vietnam relations", "Premier Phạm Văn Đồng received dos Santos's foreign minister, Paulo Jorge, in Hanoi in April 1983.", "Paulo Jorge", "Angola")]
    public void ReadsTheGuestWhoseRoleAPossessorNames(string title, string body, string person, string from) =>
        Assert.Contains((person, from, "Vietnam", "1983-04"), Visits(title, body));

    [Fact]
    public void LeavesOutAPossessorsThingReceived() =>
        Assert.DoesNotContain(Visits("Cuba–Vietnam relations", "Premier Phạm Văn Đồng received Castro's letter in Hanoi in April 1983."), v => v.Person == "Fidel Castro");

    [Theory]
    [InlineData("Kwame Nkrumah and his minister of trade, Kojo Botsio, travelled together to Prague in July 1961.", "Kwame Nkrumah|Kojo Botsio")]
    [InlineData("Kwame Nkrumah and his finance minister, Komla Gbedemah, flew to Prague in July 1961.", "Kwame Nkrumah|Komla Gbedemah")]
    public void SendsBothAPersonAndTheAideARoleSetsOff(string body, string people) =>
        Assert.Equal(people.Split('|'), Visits("Czechoslovakia–Ghana relations", body).Select(v => v.Person));

    [Theory]
    [InlineData("Accra was visited in November 1962 by Václav David, the Czechoslovak foreign minister.", "Václav David", "Czechoslovakia", "Ghana", "1962-11")]
    [InlineData("Prague was visited on 3 May 1963 by Kwame Nkrumah.", "Kwame Nkrumah", "Ghana", "Czechoslovakia", "1963-05-03")]
    public void ReadsAPassiveVisitWithTheDateBeforeBy(string body, string person, string from, string to, string date) =>
        Assert.Equal((person, from, to, date), Assert.Single(Visits("Czechoslovakia–Ghana relations", body)));

    [Fact]
    public void LeavesOutAPlaceVisitedByManyAtADate() =>
        Assert.Empty(Visits("Czechoslovakia–Ghana relations", "Prague was visited in the 1960s by thousands of tourists."));

    [Theory]
    [InlineData("Prime Minister Takeo Fukuda included Hanoi in his tour of Southeast Asia in August 1977.", "Takeo Fukuda", "Japan", "Vietnam", "1977-08")]
    [InlineData("The GDR's deputy premier Lothar Bolz returned the gesture in spring 1967.", "Lothar Bolz", "East Germany", "Vietnam", "1967")]
    [InlineData("- March 13, 1979: Horst Sindermann, president of the People's Chamber, arrives in Hanoi", "Horst Sindermann", "East Germany", "Vietnam", "1979-03-13")]
    public void ReadsATourThatIncludesAPlaceAGestureReturnedAndAPresentTenseArrival(string body, string person, string from, string to, string date) =>
        Assert.Contains((person, from, to, date), Visits(from == "Japan" ? "Japan–Vietnam relations" : "East Germany–Vietnam relations", body));

    [Fact]
    public void LeavesOutAListThatIncludesAPerson() =>
        Assert.Empty(Visits("Japan–Vietnam relations", "In 1978 the ministry included Takeo Fukuda in its list of guests."));
}
