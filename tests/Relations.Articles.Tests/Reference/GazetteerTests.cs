using Relations.Articles.Reference;

namespace Relations.Articles.Tests.Reference;

public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("DPRK", "North Korea")]
    [InlineData("Democratic People's Republic of Korea", "North Korea")]
    [InlineData("Viet Nam", "Vietnam")]
    [InlineData("ROK", "South Korea")]
    [InlineData("PRC", "China")]
    [InlineData("USSR", "Soviet Union")]
    [InlineData("the United States", "United States")]
    [InlineData("U.S.", "United States")]
    [InlineData("north korea", "North Korea")]
    [InlineData("Côte d'Ivoire", "Ivory Coast")]
    [InlineData("Democratic Kampuchea", "Democratic Kampuchea")]
    [InlineData("People's Republic of Kampuchea", "People's Republic of Kampuchea")]
    public void ResolvesNamesAndAliases(string name, string expected) => Assert.Equal(expected, G.Find(name)?.Name);

    [Fact]
    public void CoversEveryUnMemberAndTheHistoricalStatesTheArticlesName()
    {
        Assert.True(G.Countries.Count(c => !c.Historical) >= 195);
        foreach (var name in new[] { "North Vietnam", "South Vietnam", "Soviet Union", "East Germany", "Yugoslavia", "Czechoslovakia" })
        {
            Assert.True(G.Find(name)?.Historical, name);
        }
    }

    [Theory]
    [InlineData("North Korean", "North Korea")]
    [InlineData("Vietnamese", "Vietnam")]
    [InlineData("Cuban", "Cuba")]
    [InlineData("Afro-Cuban", "Cuba")]
    public void ResolvesDemonyms(string demonym, string expected) => Assert.Equal(expected, G.FindByDemonym(demonym)?.Name);

    [Theory]
    [InlineData("Hanoi", "Vietnam")]
    [InlineData("Pyongyang", "North Korea")]
    [InlineData("Havana", "Cuba")]
    [InlineData("Seoul", "South Korea")]
    [InlineData("Ho Chi Minh City", "Vietnam")]
    [InlineData("Washington, D.C.", "United States")]
    [InlineData("Huế", "Vietnam")]
    [InlineData("Kyoto", "Japan")]
    [InlineData("Pyeongchang", "South Korea")]
    [InlineData("Benin City", "Nigeria")]
    public void ResolvesCapitalsAndMajorCities(string city, string expected) => Assert.True(G.SameLineage(G.FindByCity(city)!, G.Find(expected)!), city);

    // A city is where a mission or a visit is; a name two unrelated countries share would send one of them to the other.
    [Fact]
    public void NamesEachCityInOneCountryOrOneLineage()
    {
        var cities = G.Countries.SelectMany(c => c.Cities.Prepend(c.Capital ?? string.Empty).Where(x => x.Length > 0).Select(x => (Key: Gazetteer.Key(x), Country: c)));
        foreach (var group in cities.GroupBy(x => x.Key))
        {
            var first = group.First().Country;
            Assert.All(group, x => Assert.True(G.SameLineage(first, x.Country), $"{group.Key}: {first.Name} and {x.Country.Name}"));
        }

        Assert.True(cities.Count() > 1000);
    }

    [Theory]
    [InlineData("the delegation flew to Ho Chi Minh City in 1995", 23, 16, "Ho Chi Minh City")]
    [InlineData("at the Hanoi Summit", 7, 5, "Hanoi")]
    [InlineData("met in HAVANA.", 7, 6, "HAVANA")]
    public void ACityWrittenInsideALongerTextIsFoundAsItIsAlone(string text, int start, int length, string city)
    {
        var words = text.AsSpan(start, length);
        Assert.Equal(city, words.ToString());
        Assert.NotNull(G.FindByCity(city));
        Assert.Same(G.FindByCity(city), G.FindByCity(words));
        Assert.Null(G.FindByCity(text.AsSpan(start, length - 1)));
    }

    [Fact]
    public void KnowsNorthVietnamBecameVietnamIn1976()
    {
        var north = G.Find("North Vietnam")!;

        Assert.Equal("Vietnam", G.SuccessorOf(north)?.Name);
        Assert.Equal(1976, north.SuccessorYear);
        Assert.Contains(north, G.PredecessorsOf(G.Find("Vietnam")!));
        Assert.True(G.SameLineage(north, G.Find("Vietnam")!));
        Assert.False(G.SameLineage(G.Find("North Korea")!, G.Find("South Korea")!));
    }

    [Fact]
    public void CountsAPartOfAHistoricalStateAsThatStateOnly()
    {
        Assert.True(G.CountsAs(G.FindByCity("Bratislava")!, G.Find("Czechoslovakia")!));
        Assert.True(G.CountsAs(G.FindByCity("Tashkent")!, G.Find("Soviet Union")!));
        Assert.True(G.CountsAs(G.FindByCity("Asmara")!, G.Find("Ethiopia")!));
        Assert.True(G.CountsAs(G.Find("Russia")!, G.Find("Soviet Union")!));

        // Not the whole as its part, nor a part as the whole's successor.
        Assert.False(G.CountsAs(G.Find("Ethiopia")!, G.Find("Eritrea")!));
        Assert.False(G.CountsAs(G.Find("Ukraine")!, G.Find("Russia")!));
        Assert.False(G.CountsAs(G.Find("Slovakia")!, G.Find("Czech Republic")!));
    }

    [Fact]
    public void FindsCountryMentionsInASentenceLongestFirst()
    {
        var mentions = G.FindMentions("North Korean-Vietnamese relations and the Cuban embassy in North Korea's capital, unlike the U.S. or us.");

        Assert.Equal(
            [("North Korean", "North Korea", true), ("Vietnamese", "Vietnam", true), ("Cuban", "Cuba", true), ("North Korea", "North Korea", false), ("U.S", "United States", false)],
            mentions.Select(m => (m.Words, m.Country.Name, m.IsDemonym)));
    }

    [Fact]
    public void TakesNoRegionOfAmericaForTheUnitedStates() =>
        Assert.Equal(
            ["Cuba", "America"],
            G.FindMentions("Cuba, the first in Latin America and in Central America to do so, warned America.").Select(m => m.Words));
}
