using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

/// <summary>Dates that need their sentence or clause: a month "of the same year", a season "that autumn", a year told in words
/// and then given to the day.</summary>
public class DatesOfEventsTests
{
    private static List<(string Date, string Text, string Persons)> Events(string body, string title = "North Korea–Pakistan relations") =>
        [.. TestArticles.Extract($"= {title} =\n\n{body}\n").Events.Select(e => (e.Date.Iso, e.Text, string.Join("|", e.Persons)))];

    [Theory]
    [InlineData("Zulfikar Ali Bhutto visited Pyongyang in May 1976. Premier Pak Song-chol returned the visit in October of the same year.", "1976-10")]
    [InlineData("Zulfikar Ali Bhutto visited Pyongyang in May 1976. A trade agreement followed in March of the following year.", "1977-03")]
    [InlineData("In 1957 the party was founded. The 14 July Revolution of 1958 overthrew the monarchy.", "1958-07-14")]
    public void DatesAMonthByTheYearItIsOf(string body, string date) =>
        Assert.Equal(date, Events(body)[^1].Date);

    [Fact]
    public void DatesThatAutumnByTheYearBefore() =>
        Assert.Equal(["1977", "1977"], Events("Foreign Minister X flew to Islamabad in mid-1977. Islamabad asked Pyongyang that autumn for a credit.").Select(e => e.Date));

    [Fact]
    public void TakesNoSeasonForADateInASentenceWithItsOwn() =>
        Assert.Equal(["1947-04-13"], Events("Relations were established on 13 April 1947, and Vijaya Lakshmi Pandit presented her credentials in Moscow that summer.", "India–Soviet Union relations").Select(e => e.Date));

    [Fact]
    public void MakesOneEventOfAYearInWordsAndTheDaysThatGiveIt()
    {
        var events = Events("Indira Gandhi was received in Sofia by Todor Zhivkov on 22 June 1967. Zhivkov returned the visit two years later, touring Delhi, Agra and Bombay from 3 to 9 December 1969.", "Bulgaria–India relations");

        Assert.Equal([("1967-06-22", "Indira Gandhi|Todor Zhivkov"), ("1969-12-03", "Todor Zhivkov")], events.Select(e => (e.Date, e.Persons)));
    }

    [Fact]
    public void KeepsTwoEventsWhenAnotherHappeningComesBetween() =>
        Assert.Equal(["1982", "1983", "1983-03-14"],
            Events("Ortega took office in 1982. The following year Daniel Ortega attended the summit in New Delhi and flew on to Hanoi, where he held talks from March 14 to 16, 1983.", "Nicaragua–Vietnam relations").Select(e => e.Date));
}
