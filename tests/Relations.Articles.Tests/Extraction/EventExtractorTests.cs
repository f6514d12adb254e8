using Relations.Articles.Facts;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public class EventExtractorTests
{
    private static IReadOnlyList<EventFact> Events(string body, string title = "Cuba–North Korea relations") =>
        TestArticles.Extract($"= {title} =\n\n{body}\n").Events;

    [Theory]
    [InlineData("Cuba and North Korea established diplomatic relations on 29 August 1960.", "1960-08-29", EventKind.Establishment)]
    [InlineData("In January 2016, North Korea and Cuba established a barter trade system.", "2016-01", EventKind.Trade)]
    [InlineData("In November 2023, a counselor at the North Korean embassy in Cuba defected to South Korea.", "2023-11", EventKind.Defection)]
    [InlineData("After Fidel Castro's death in 2016, North Korea declared a three-day mourning period.", "2016", EventKind.Condolence)]
    [InlineData("In 1963, North Korea sent flood aid to Cuba after Hurricane Flora.", "1963", EventKind.Aid)]
    [InlineData("In February 1961, the two governments concluded an agreement on cooperation.", "1961-02", EventKind.Agreement)]
    [InlineData("From 1968, however, relations started to deteriorate.", "1968", EventKind.Cooling)]
    [InlineData("In the 1960s, North Korea sent a 103-man work brigade to Cuba.", "1960s", EventKind.Aid)]
    [InlineData("Che Guevara visited North Korea in September 1960.", "1960-09", EventKind.Visit)]
    public void ReadsADatedSentenceAsAnEventOfItsKind(string sentence, string date, EventKind kind)
    {
        var e = Assert.Single(Events(sentence));

        Assert.Equal((date, kind), (e.Date.Iso, e.Kind));
        Assert.Equal(sentence, e.Text);
        Assert.Equal(3, e.Source.Line);
    }

    [Theory]
    [InlineData("Cuba has been one of North Korea's most consistent allies.")]
    [InlineData("Until 2024, Cuba was one of the last countries to only have relations with North Korea.")]
    [InlineData("North Korea sent 2,000 students and 103 workers.")]
    [InlineData("The 75th anniversary of relations was marked with a 60-hour train ride.")]
    public void IgnoresUndatedAndStativeSentences(string sentence) => Assert.Empty(Events(sentence));

    [Fact]
    public void SplitsClausesAtSemicolonsAndGivesEachItsPeople()
    {
        var events = Events("In July 1957, North Vietnam President Ho Chi Minh visited North Korea; North Korean prime minister Kim Il Sung visited North Vietnam in November–December 1958 and November 1964.", "North Korea–Vietnam relations");

        Assert.Equal(["1957-07", "1958-11", "1964-11"], events.Select(e => e.Date.Iso));
        Assert.Equal(["Ho Chi Minh"], events[0].Persons);
        Assert.Equal(["Kim Il Sung"], events[2].Persons);
        Assert.Equal("1958-12", events[1].Date.EndIso);
    }

    [Fact]
    public void DatesOfOneClauseCutAtTheCommaBetweenThemEachHaveTheirOwnPeopleAndShareTheClausesKindAndCountries()
    {
        var events = Events("Agostinho Neto visited Havana in July 1976, and Fidel Castro returned the visit to Angola in March 1977.", "Angola–Cuba relations");

        Assert.Equal([("1976-07", "Agostinho Neto"), ("1977-03", "Fidel Castro")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
        Assert.All(events, e => Assert.Equal(EventKind.Visit, e.Kind));
        Assert.All(events, e => Assert.Equal(["Angola"], e.Countries)); // Havana is a city: a country named only by its city is not among them
        Assert.Equal(events[0].Text, events[1].Text);
        Assert.Equal(events[0].Source, events[1].Source);
    }

    [Fact]
    public void GivesARelativeClauseItsOwnDateAndPeople()
    {
        var events = Events("In November 2023, Ri Il Gyu, a political counselor at the North Korean embassy in Cuba defected to South Korea, which was confirmed in July 2024.");

        Assert.Equal([("2023-11", "Ri Il Gyu"), ("2024-07", "")], events.Select(e => (e.Date.Iso, string.Join(",", e.Persons))));
    }

    [Theory]
    [InlineData("Richard von Weizsäcker, who paid a state visit to Cuba in October 1985", "Richard von Weizsäcker")]
    [InlineData("On 19 September 1960 Fidel Castro, who had flown to Pyongyang for the occasion, signed a treaty with Premier Kim Il Sung.", "Fidel Castro,Kim Il Sung")]
    public void KeepsTheOneAWhoClauseIsAboutAmongTheEventsPeople(string sentence, string people)
    {
        var e = Assert.Single(Events(sentence));

        Assert.Equal(people, string.Join(",", e.Persons));
    }

    [Fact]
    public void InheritsTheYearFromTheSentenceBefore()
    {
        var events = Events("Kim Jong Un came to Vietnam on February 26, 2019. On March 1 and 2, Kim Jong Un made an official visit to Vietnam.", "North Korea–Vietnam relations");

        Assert.Equal([("2019-02-26", null), ("2019-03-01", "2019-03-02")], events.Select(e => (e.Date.Iso, e.Date.EndIso)));
    }

    [Fact]
    public void UsesParenthesisedDatesOnlyWhenTheClauseHasNoOther()
    {
        var events = Events("North Korea provided aid to North Vietnam (1966: 12.3 million rubles; 1967: 20 million).", "North Korea–Vietnam relations");

        Assert.Equal(["1966"], events.Select(e => e.Date.Iso));
    }

    [Fact]
    public void IgnoresAYearUsedAsAnAdjective()
    {
        var events = Events("Relations worsened when Cuba established relations with South Korea on 26 March 1990, and the 1986 treaty was allowed to lapse.");

        Assert.Equal(["1990-03-26"], events.Select(e => e.Date.Iso));
    }
}
