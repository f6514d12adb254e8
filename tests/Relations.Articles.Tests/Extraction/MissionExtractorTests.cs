using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public partial class MissionExtractorTests
{
    private static IEnumerable<(string Sending, string Host, string Kind, string? City)> Missions(string title, string body) =>
        TestArticles.Extract($"= {title} =\n\n{body}\n").Missions.Select(m => (m.Sending, m.Host, m.Kind, m.City));

    [Fact]
    public void ReadsInfoboxMissionsOfTheSeed()
    {
        var facts = TestArticles.Seed(Repo.NorthKoreaVietnam);

        Assert.Equal(
            [("North Korea", "Vietnam", "embassy", "Hanoi"), ("Vietnam", "North Korea", "embassy", "Pyongyang")],
            facts.Missions.Select(m => (m.Sending, m.Host, m.Kind, m.City)));
        Assert.Equal(6, facts.Missions[0].Source.Line);
    }

    [Fact]
    public void ReadsProseMissionsOfTheSeedAndMergesLaterMentions()
    {
        var facts = TestArticles.Seed(Repo.CubaNorthKorea);

        // "the North Korean embassy in Cuba" and "the Cuban embassy in Pyongyang" restate these two.
        Assert.Equal(
            [("Cuba", "North Korea", "embassy", "Pyongyang"), ("North Korea", "Cuba", "embassy", "Havana")],
            facts.Missions.Select(m => (m.Sending, m.Host, m.Kind, (string?)m.City)));
    }

    [Theory]
    [InlineData("Cuba has an embassy in Seoul.", "Cuba", "South Korea", "embassy", "Seoul")]
    [InlineData("- South Korea has an embassy in Havana.", "South Korea", "Cuba", "embassy", "Havana")]
    [InlineData("Vietnam also has a consulate-general in Busan.", "Vietnam", "South Korea", "consulate-general", "Busan")]
    [InlineData("South Korea operates a consulate general in Ho Chi Minh City.", "South Korea", "Vietnam", "consulate-general", "Ho Chi Minh City")]
    [InlineData("The Vietnamese embassy in Seoul opened in 1993.", "Vietnam", "South Korea", "embassy", "Seoul")]
    [InlineData("South Korea's consulate in Da Nang serves the centre.", "South Korea", "Vietnam", "consulate", "Da Nang")]
    [InlineData("The Embassy of Vietnam in Seoul is in Jongno.", "Vietnam", "South Korea", "embassy", "Seoul")]
    [InlineData("A Vietnamese consulate operated in Busan from 1995.", "Vietnam", "South Korea", "consulate", "Busan")]
    [InlineData("Vietnam keeps a consulate in the southern port city of Busan.", "Vietnam", "South Korea", "consulate", "Busan")]
    [InlineData("Hanoi kept an embassy in Seoul and a consulate-general in Busan.", "Vietnam", "South Korea", "consulate-general", "Busan")]
    [InlineData("Seoul later also ran a trade mission in Da Nang.", "South Korea", "Vietnam", "other", "Da Nang")]
    [InlineData("A South Korean consulate-general opened in Quy Nhon in 2001, mainly for shipping.", "South Korea", "Vietnam", "consulate-general", "Quy Nhon")]
    [InlineData("A Vietnamese embassy had opened in Seoul in 1993, and a consulate followed in Ulsan in 1998.", "Vietnam", "South Korea", "consulate", "Ulsan")]
    [InlineData("Vietnam, for its part, has an embassy in Seoul.", "Vietnam", "South Korea", "embassy", "Seoul")]
    [InlineData("Vietnam has an embassy in Seoul, a consulate in Busan, the country's main port, and a consulate in Ulsan.", "Vietnam", "South Korea", "consulate", "Ulsan")]
    [InlineData("The South Korean embassy opened in Saigon, which was renamed Ho Chi Minh City in 1976.", "South Korea", "Vietnam", "embassy", "Ho Chi Minh City")]
    [InlineData("South Korea ran a consulate in Saigon (now Ho Chi Minh City) until 1975.", "South Korea", "Vietnam", "consulate", "Ho Chi Minh City")]
    [InlineData("A Vietnamese consulate-general opened in Busan in 1998, followed by a second consulate-general in Ulsan in 2005.", "Vietnam", "South Korea", "consulate-general", "Ulsan")]
    public void ReadsMissionsFromProseAndLists(string sentence, string sending, string host, string kind, string city)
    {
        var title = sentence.Contains("Cuba", StringComparison.Ordinal) || sentence.Contains("Havana", StringComparison.Ordinal) ? "Cuba–South Korea relations" : "South Korea–Vietnam relations";

        Assert.Contains((sending, host, kind, (string?)city), Missions(title, sentence));
    }

    [Theory]
    [InlineData("Vietnam has no embassy in Seoul.")]
    [InlineData("Vietnam closed its embassy in Seoul in 1975.")]
    [InlineData("Vietnam is accredited to South Korea from its embassy in Tokyo.")]
    [InlineData("Cuba has an embassy in Hanoi.")]
    [InlineData("Busan kept a consulate in Da Nang.")]
    [InlineData("Tokyo has an embassy in Hanoi.")]
    [InlineData("Vietnamese proposals for a consulate in Ulsan have not been taken up.")]
    [InlineData("South Korea planned a consulate in Da Nang.")]
    public void IgnoresNegatedClosedNonResidentAndThirdCountryMissions(string sentence) =>
        Assert.Empty(Missions("South Korea–Vietnam relations", sentence));

    [Theory]
    [InlineData("Angola–East Germany relations", "Angola opened an embassy in East Berlin in 1976. In 1990 Angola's mission in East Berlin became a branch office of its embassy in Bonn.", "East Berlin")]
    [InlineData("South Yemen–Soviet Union relations", "The Soviet Union opened an embassy in Aden, and Russia inherited its embassy in Sanaa.", "Aden")]
    public void ReadsNoMissionInACityOfTheSuccessorThatWasAnotherPredecessors(string title, string sentence, string city) =>
        Assert.Equal([city], Missions(title, sentence).Select(m => m.Item4));

    [Fact]
    public void ReadsAnInfoboxMissionWithInAndAHistoricalSender()
    {
        var missions = TestArticles.Extract("= North Korea–Vietnam relations =\nInfobox\n- Mission1: Embassy of North Vietnam in Pyongyang\n\nText.\n").Missions;

        var m = Assert.Single(missions);
        Assert.Equal(("Vietnam", "North Korea", "Pyongyang"), (m.Sending, m.Host, m.City));
    }

    [Theory]
    [InlineData("Mexico maintains an embassy in Washington, D.C., and consulates-general in Los Angeles and Chicago.")]
    [InlineData("Vietnam has an embassy in Washington, D.C.")]
    public void ReadsACityWhoseNameHoldsACommaAsOnePlace(string sentence)
    {
        var first = sentence.StartsWith("Mexico", StringComparison.Ordinal) ? "Mexico" : "Vietnam";
        var missions = Missions($"{first}–United States relations", sentence).ToList();

        Assert.Equal((first, "United States", "embassy", "Washington, D.C."), missions[0]);
        Assert.DoesNotContain(missions, m => m.City is "Washington" or "D.C" or "D.C.");
    }

    [Fact]
    public void ReadsACityWithALowerCaseWordInItsName() =>
        Assert.Equal(
            [("Kenya", "Tanzania", "embassy", "Dar es Salaam")],
            Missions("Kenya–Tanzania relations", "Kenya maintains an embassy in Dar es Salaam.").Select(m => (m.Sending, m.Host, m.Kind, m.City)));

    [Fact]
    public void DropsTheFullStopThatEndsTheSentenceFromACity() =>
        Assert.Equal([("Vietnam", "South Korea", "embassy", (string?)"Seoul")], Missions("South Korea–Vietnam relations", "Vietnam has an embassy in Seoul."));

    // A city described before it ("the Adriatic port of", "the Bole district of"), an adverb before the verb, a
    // description after the city that is no second city, a city of a state that was part of the party then.
    [Theory]
    [InlineData("Yugoslavia–Vietnam relations", "Vietnam also kept a consulate in the Adriatic port of Split.", "Vietnam", "Yugoslavia", "consulate", "Split")]
    [InlineData("Cuba–Ethiopia relations", "Cuba opened an embassy in the Bole district of Addis Ababa in 1977.", "Cuba", "Ethiopia", "embassy", "Addis Ababa")]
    [InlineData("Laos–Soviet Union relations", "A Laotian trade office also operated in the port of Odessa for some years.", "Laos", "Soviet Union", "other", "Odessa")]
    [InlineData("East Germany–Vietnam relations", "Vietnam kept a consulate-general in Leipzig, the Saxon city where most of its students lived.", "Vietnam", "East Germany", "consulate-general", "Leipzig")]
    [InlineData("Cuba–Czechoslovakia relations", "Cuba maintained a consulate-general in Bratislava.", "Cuba", "Czechoslovakia", "consulate-general", "Bratislava")]
    [InlineData("Mongolia–Soviet Union relations", "Mongolia opened a consulate in Tashkent in 1978.", "Mongolia", "Soviet Union", "consulate", "Tashkent")]
    public void ReadsACityDescribedOrOfAPartOfTheParty(string title, string sentence, string sending, string host, string kind, string city) =>
        Assert.Equal([(sending, host, kind, city)], Missions(title, sentence));

    [Fact]
    public void ReadsAnotherMissionOfTheSameKindAfterAnd() =>
        Assert.Equal(
            [("South Korea", "Vietnam", "consulate-general", (string?)"Da Nang"), ("South Korea", "Vietnam", "consulate-general", "Haiphong")],
            Missions("South Korea–Vietnam relations", "South Korea has a consulate-general in Da Nang and another in Haiphong."));

    [Theory]
    [InlineData("Each country has an embassy in the other's capital.", "Seoul", "Hanoi")]
    [InlineData("Both countries maintain embassies in each other’s capitals.", "Seoul", "Hanoi")]
    [InlineData("The two states have embassies in each other's countries.", null, null)]
    public void ReadsMissionsEachWayInEachOthersCapital(string sentence, string? inKorea, string? inVietnam) =>
        Assert.Equal(
            [("South Korea", "Vietnam", "embassy", inVietnam), ("Vietnam", "South Korea", "embassy", inKorea)],
            Missions("South Korea–Vietnam relations", sentence).OrderBy(m => m.Item1));

    [Theory]
    [InlineData("Neither country has an embassy in the other's capital.")]
    [InlineData("Both countries closed their embassies in each other's capitals in 1975.")]
    [InlineData("Each delegation visited the embassy in the capital.")]
    public void ReadsNoMissionFromANegatedOrVagueEachOther(string sentence) =>
        Assert.Empty(Missions("South Korea–Vietnam relations", sentence));
}
