using Relations.Articles.Values;

namespace Relations.Articles.Tests.Values;

public class DateTaggerTests
{
    private static DateMention Single(string sentence, DateContext? context = null)
    {
        var mentions = DateTagger.Find(sentence, context);
        return Assert.Single(mentions);
    }

    private static void AssertDate(DateMention mention, string sentence, string text, string iso, string? endIso, DatePrecision precision, DateQualifier qualifier)
    {
        Assert.Equal(text, mention.Date.Text);
        Assert.Equal(text, sentence.Substring(mention.Start, mention.Length));
        Assert.Equal(iso, mention.Date.Iso);
        Assert.Equal(endIso, mention.Date.EndIso);
        Assert.Equal(precision, mention.Date.Precision);
        Assert.Equal(qualifier, mention.Date.Qualifier);
    }

    [Theory]
    [InlineData("They established relations on January 31, 1950.", "January 31, 1950", "1950-01-31")]
    [InlineData("Relations were set up at 31 January 1950.", "31 January 1950", "1950-01-31")]
    [InlineData("On 15 February 2024, Cuba established relations.", "15 February 2024", "2024-02-15")]
    [InlineData("It was signed Jan. 31, 1950 in Moscow.", "Jan. 31, 1950", "1950-01-31")]
    [InlineData("It was signed on Sept. 9, 1948.", "Sept. 9, 1948", "1948-09-09")]
    [InlineData("On Jan 5, 1990 the talks began.", "Jan 5, 1990", "1990-01-05")]
    [InlineData("They met on 12 Sep 1965 in Paris.", "12 Sep 1965", "1965-09-12")]
    [InlineData("He arrived on February 26, 2019, by train.", "February 26, 2019", "2019-02-26")]
    [InlineData("He arrived on the 15th of February 2024.", "15th of February 2024", "2024-02-15")]
    [InlineData("He arrived on May 1st, 1990.", "May 1st, 1990", "1990-05-01")]
    [InlineData("He arrived on December 31 1999 at noon.", "December 31 1999", "1999-12-31")]
    public void RecognisesDays(string sentence, string text, string iso) =>
        AssertDate(Single(sentence), sentence, text, iso, null, DatePrecision.Day, DateQualifier.None);

    [Theory]
    [InlineData("Cuba has had relations with North Korea ever since 29 August 1960.", "since 29 August 1960", "1960-08-29", DateQualifier.From)]
    [InlineData("Relations date from 31 January 1950.", "from 31 January 1950", "1950-01-31", DateQualifier.From)]
    [InlineData("He stayed until July 3, 1961.", "until July 3, 1961", "1961-07-03", DateQualifier.Until)]
    public void QualifiesDays(string sentence, string text, string iso, DateQualifier qualifier) =>
        AssertDate(Single(sentence), sentence, text, iso, null, DatePrecision.Day, qualifier);

    [Theory]
    [InlineData("The tour lasted between November 1958 and January 1959.", "between November 1958 and January 1959", "1958-11", "1959-01")]
    [InlineData("In early July 1957 he came.", "early July 1957", "1957-07", null)]
    public void RecognisesMonthsWithWords(string sentence, string text, string iso, string? endIso) =>
        AssertDate(Single(sentence), sentence, text, iso, endIso, DatePrecision.Month, text.StartsWith("early", StringComparison.Ordinal) ? DateQualifier.Early : DateQualifier.None);

    [Theory]
    [InlineData("In July 1957, Ho Chi Minh visited North Korea.", "July 1957", "1957-07")]
    [InlineData("He visited again in November 1964.", "November 1964", "1964-11")]
    [InlineData("The mission opened in Sept. 1960.", "Sept. 1960", "1960-09")]
    [InlineData("The mission opened in Sept 1960.", "Sept 1960", "1960-09")]
    [InlineData("The mission opened in Dec. 1960.", "Dec. 1960", "1960-12")]
    [InlineData("The mission opened in Oct 1962.", "Oct 1962", "1962-10")]
    [InlineData("The mission opened in July of 1957.", "July of 1957", "1957-07")]
    [InlineData("In May 1960 the talks began.", "May 1960", "1960-05")]
    public void RecognisesMonths(string sentence, string text, string iso) =>
        AssertDate(Single(sentence), sentence, text, iso, null, DatePrecision.Month, DateQualifier.None);

    // An abbreviation without its full stop is a month only as a word of its own: "Marxists", "Decembrist" are not.
    [Fact]
    public void ReadsNoMonthInsideALongerWord() =>
        Assert.Equal(DatePrecision.Year, Single("Marxists of the Decembrist circle met in 1962.").Date.Precision);

    // "Septembre" is French: a name such as the "Stade du 28 Septembre" holds no date.
    [Fact]
    public void ReadsNoSeptInsideAForeignMonthName() =>
        Assert.Equal(DatePrecision.Year, Single("In 1972 a rally filled the Stade du 28 Septembre in Conakry.").Date.Precision);

    [Theory]
    [InlineData("Kim Il Sung visited North Vietnam in November–December 1958.", "November–December 1958", "1958-11", "1958-12")]
    [InlineData("Kim Il Sung visited North Vietnam in November-December 1958.", "November-December 1958", "1958-11", "1958-12")]
    [InlineData("Kim Il Sung visited North Vietnam in November to December 1958.", "November to December 1958", "1958-11", "1958-12")]
    [InlineData("Kim Il Sung visited North Vietnam in November and December 1958.", "November and December 1958", "1958-11", "1958-12")]
    [InlineData("The tour lasted from November 1958 – January 1959.", "from November 1958 – January 1959", "1958-11", "1959-01")]
    [InlineData("The tour lasted November 1958 to January 1959.", "November 1958 to January 1959", "1958-11", "1959-01")]
    [InlineData("The tour lasted December–January 1959.", "December–January 1959", "1958-12", "1959-01")]
    public void RecognisesMonthRangeWithinOneYear(string sentence, string text, string iso, string endIso) =>
        AssertDate(Single(sentence), sentence, text, iso, endIso, DatePrecision.Month, DateQualifier.None);

    [Theory]
    [InlineData("The dates were October 9–11, 2025.", "October 9–11, 2025", "2025-10-09", "2025-10-11")]
    [InlineData("The dates were 9–11 October 2025.", "9–11 October 2025", "2025-10-09", "2025-10-11")]
    [InlineData("The dates were March 1 and 2, 2019.", "March 1 and 2, 2019", "2019-03-01", "2019-03-02")]
    [InlineData("The talks ran January 30 – February 2, 1950.", "January 30 – February 2, 1950", "1950-01-30", "1950-02-02")]
    [InlineData("The talks ran December 30 – January 2, 1950.", "December 30 – January 2, 1950", "1949-12-30", "1950-01-02")]
    [InlineData("He toured the country from 21 May to 4 June 1962.", "from 21 May to 4 June 1962", "1962-05-21", "1962-06-04")]
    [InlineData("Honecker came between 30 May and 1 June 1984.", "between 30 May and 1 June 1984", "1984-05-30", "1984-06-01")]
    [InlineData("The fair ran 28 September – 3 October 1977.", "28 September – 3 October 1977", "1977-09-28", "1977-10-03")]
    [InlineData("The premier stayed from 30 December 1963 to 4 January 1964.", "from 30 December 1963 to 4 January 1964", "1963-12-30", "1964-01-04")]
    [InlineData("The premier stayed December 30, 1963 – January 4, 1964.", "December 30, 1963 – January 4, 1964", "1963-12-30", "1964-01-04")]
    [InlineData("The premier stayed from 30 December 1963 to 4 January.", "from 30 December 1963 to 4 January", "1963-12-30", "1964-01-04")]
    [InlineData("He stayed from the 3rd to the 9th of June 1975.", "3rd to the 9th of June 1975", "1975-06-03", "1975-06-09")]
    public void RecognisesDayRanges(string sentence, string text, string iso, string endIso) =>
        AssertDate(Single(sentence), sentence, text, iso, endIso, DatePrecision.Day, DateQualifier.None);

    [Theory]
    [InlineData("On March 1 and 2, Kim Jong Un made an official visit.", "March 1 and 2", "2019-03-01", "2019-03-02")]
    [InlineData("The exact dates were later confirmed to be October 9–11, which coincided with it.", "October 9–11", "2019-10-09", "2019-10-11")]
    [InlineData("On March 1, he left.", "March 1", "2019-03-01", null)]
    [InlineData("On 3 June, he left.", "3 June", "2019-06-03", null)]
    public void TakesYearOfDayWithoutYearFromContext(string sentence, string text, string iso, string? endIso) =>
        AssertDate(Single(sentence, new DateContext(2019, null)), sentence, text, iso, endIso, DatePrecision.Day, DateQualifier.None);

    [Theory]
    [InlineData("On March 1 and 2, Kim Jong Un made an official visit.")]
    [InlineData("The exact dates were later confirmed to be October 9–11.")]
    [InlineData("On March 1, he left.")]
    [InlineData("The following year, he left.")]
    [InlineData("That year, he left.")]
    [InlineData("Two years later he left.")]
    public void FindsNothingNeedingContextWithoutContext(string sentence) =>
        Assert.Empty(DateTagger.Find(sentence));

    [Theory]
    [InlineData("(1966: 12.3 million rubles)", "1966", "1966", DateQualifier.None)]
    [InlineData("In 1968, approximately 2,000 Vietnamese students came.", "1968", "1968", DateQualifier.None)]
    [InlineData("It reunified the country by 1975.", "1975", "1975", DateQualifier.None)]
    [InlineData("Fidel Castro visited in 1986.", "1986", "1986", DateQualifier.None)]
    [InlineData("In early 1967 North Korea sent a squadron.", "early 1967", "1967", DateQualifier.Early)]
    [InlineData("In mid-2019 North Korea sent a squadron.", "mid-2019", "2019", DateQualifier.Mid)]
    [InlineData("In late 1967 North Korea sent a squadron.", "late 1967", "1967", DateQualifier.Late)]
    [InlineData("From 1968, however, relations deteriorated.", "From 1968", "1968", DateQualifier.From)]
    [InlineData("Relations have been close since 1992.", "since 1992", "1992", DateQualifier.From)]
    [InlineData("Until 2024, Cuba was one of the last countries.", "Until 2024", "2024", DateQualifier.Until)]
    [InlineData("They stayed through 1968; 200 pilots served.", "through 1968", "1968", DateQualifier.Until)]
    [InlineData("The embassy opened circa 1950.", "circa 1950", "1950", DateQualifier.Circa)]
    [InlineData("The embassy opened c. 1950.", "c. 1950", "1950", DateQualifier.Circa)]
    [InlineData("The embassy opened around 1950.", "around 1950", "1950", DateQualifier.Circa)]
    [InlineData("In 1066, the Normans came.", "1066", "1066", DateQualifier.None)]
    [InlineData("In 2021's report nothing changed.", "2021", "2021", DateQualifier.None)]
    public void RecognisesYearsWithQualifiers(string sentence, string text, string iso, DateQualifier qualifier) =>
        AssertDate(Single(sentence), sentence, text, iso, null, DatePrecision.Year, qualifier);

    [Theory]
    [InlineData("He studied there between 1998 and 2002.", "between 1998 and 2002", "1998", "2002")]
    [InlineData("He studied there from 1998 to 2002.", "from 1998 to 2002", "1998", "2002")]
    [InlineData("He studied there 1998–2002.", "1998–2002", "1998", "2002")]
    [InlineData("He studied there 1998-2002.", "1998-2002", "1998", "2002")]
    [InlineData("He studied there (1998 – 2002).", "1998 – 2002", "1998", "2002")]
    [InlineData("He studied there in 1998-99.", "1998-99", "1998", "1999")]
    [InlineData("He studied there from 1998 until 2002.", "from 1998 until 2002", "1998", "2002")]
    public void RecognisesYearRanges(string sentence, string text, string iso, string endIso) =>
        AssertDate(Single(sentence), sentence, text, iso, endIso, DatePrecision.Year, DateQualifier.None);

    [Theory]
    [InlineData("In the 1960s, North Korea sent a brigade.", "the 1960s", "1960s", null, DateQualifier.None)]
    [InlineData("Castro wrote that in the 1980s Kim sent rifles.", "the 1980s", "1980s", null, DateQualifier.None)]
    [InlineData("Trade grew in 1980s Asia.", "1980s", "1980s", null, DateQualifier.None)]
    [InlineData("Trade grew in the 1960's.", "the 1960's", "1960s", null, DateQualifier.None)]
    [InlineData("Trade grew in the mid-1990s.", "the mid-1990s", "1990s", null, DateQualifier.Mid)]
    [InlineData("Trade grew in the late 2010s.", "the late 2010s", "2010s", null, DateQualifier.Late)]
    [InlineData("Trade grew in late 2010s.", "late 2010s", "2010s", null, DateQualifier.Late)]
    [InlineData("Trade grew in the late 1960s.", "the late 1960s", "1960s", null, DateQualifier.Late)]
    [InlineData("Trade grew since the early 1990s.", "since the early 1990s", "1990s", null, DateQualifier.From)]
    [InlineData("In the 1990s and 2000s, relations declined.", "the 1990s and 2000s", "1990s", "2000s", DateQualifier.None)]
    [InlineData("In the 1960s–70s, relations declined.", "the 1960s–70s", "1960s", "1970s", DateQualifier.None)]
    [InlineData("From the 1960s to the 1980s, relations declined.", "From the 1960s to the 1980s", "1960s", "1980s", DateQualifier.None)]
    public void RecognisesDecades(string sentence, string text, string iso, string? endIso, DateQualifier qualifier) =>
        AssertDate(Single(sentence), sentence, text, iso, endIso, DatePrecision.Decade, qualifier);

    [Theory]
    [InlineData("The following year, they met again.", "The following year", "1967")]
    [InlineData("They met again the next year.", "the next year", "1967")]
    [InlineData("They met again that year.", "that year", "1966")]
    [InlineData("They met again later that same year.", "that same year", "1966")]
    [InlineData("They met again in the same year.", "the same year", "1966")]
    [InlineData("They met again a year later.", "a year later", "1967")]
    [InlineData("They met again two years later.", "two years later", "1968")]
    [InlineData("They had met three years earlier.", "three years earlier", "1963")]
    [InlineData("They had met the previous year.", "the previous year", "1965")]
    public void ResolvesRelativeYearsFromContext(string sentence, string text, string iso) =>
        AssertDate(Single(sentence, new DateContext(1966, new FuzzyDate("October 1966", DatePoint.OfMonth(1966, 10)))), sentence, text, iso, null, DatePrecision.Year, DateQualifier.None);

    [Fact]
    public void CountsTheFollowingYearFromTheEndOfARange()
    {
        var previous = new FuzzyDate("November 1958 – January 1959", DatePoint.OfMonth(1958, 11), DatePoint.OfMonth(1959, 1));
        Assert.Equal("1960", Single("The following year he returned.", new DateContext(1959, previous)).Date.Iso);
    }

    [Fact]
    public void ResolvesRelativeYearFromAnEarlierDateInTheSameSentence()
    {
        var mentions = DateTagger.Find("In 1966 they signed a treaty and the following year they ratified it.");
        Assert.Equal(["1966", "1967"], mentions.Select(m => m.Date.Iso));
    }

    [Theory]
    [InlineData("Approximately 2,000 Vietnamese students were trained.")]
    [InlineData("Kim sent us 100,000 AK-47 rifles and ammo.")]
    [InlineData("North Korea sent a 103-man work brigade.")]
    [InlineData("They backed the 921st and 923rd fighter squadrons.")]
    [InlineData("The aid was 12.3 million rubles.")]
    [InlineData("The aid was 1,500 tonnes of rice.")]
    [InlineData("They used the AK-47 rifle.")]
    [InlineData("It coincided with the 80th anniversary of the party.")]
    [InlineData("He took a 60-hour train ride.")]
    [InlineData("It marked the 75th anniversary of relations.")]
    [InlineData("The ship cost $1950 to repair.")]
    [InlineData("The ship carried 1950 tonnes of sugar.")]
    [InlineData("North Korea sent 2000 troops to the front.")]
    [InlineData("The brigade had 1500 students in it.")]
    [InlineData("The road is 1200 km long.")]
    [InlineData("The Security Council passed Resolution 1718 against it.")]
    [InlineData("See page 1988 of the report.")]
    [InlineData("They took Route 1960 north.")]
    [InlineData("It is the 21st century now.")]
    [InlineData("Growth was 1950% over the period.")]
    [InlineData("A 1950-man delegation arrived.")]
    [InlineData("The MiG-1950 is not a plane.")]
    [InlineData("The number 12,1950 is garbled.")]
    [InlineData("The sum was 2019.5 rubles.")]
    [InlineData("The year 999 was long ago.")]
    [InlineData("Some 1200 knights rode out.")]
    [InlineData("Relations may 2 improve.")]
    [InlineData("They march 10 miles.")]
    [InlineData("The 1960s-era ship, 60 years after his visit, arrived.", "1960s")]
    [InlineData("During the Vietnam War, North Korea provided aid.")]
    public void IgnoresNumbersThatAreNotDates(string sentence, string? onlyIso = null)
    {
        var mentions = DateTagger.Find(sentence);
        if (onlyIso is null)
        {
            Assert.Empty(mentions);
        }
        else
        {
            Assert.Equal(onlyIso, Assert.Single(mentions).Date.Iso);
        }
    }

    [Fact]
    public void ReturnsMentionsLeftToRightWithoutOverlap()
    {
        const string sentence = "North Korean prime minister Kim Il Sung visited North Vietnam in November–December 1958 and November 1964.";
        var mentions = DateTagger.Find(sentence);
        Assert.Equal(["November–December 1958", "November 1964"], mentions.Select(m => m.Date.Text));
        Assert.True(mentions[0].Start + mentions[0].Length <= mentions[1].Start);
    }

    [Theory]
    [InlineData("Kim visited in 1966 and 1967.", "1966", "1967")]
    [InlineData("Kim visited in July 1957 and in 1958.", "1957-07", "1958")]
    [InlineData("The war of 1950–53 ended in 1953.", "1950", "1953")]
    [InlineData("It began in the 1960s and ended in 1975.", "1960s", "1975")]
    public void KeepsTwoDatesJoinedByAndApart(string sentence, string first, string second) =>
        Assert.Equal([first, second], DateTagger.Find(sentence).Select(m => m.Date.Iso));

    [Fact]
    public void ReadsTwoDaysOfTwoMonthsJoinedByAndWithoutBetweenAsTwoDates() =>
        Assert.Equal(["1984-05-30", "1984-06-01"], DateTagger.Find("They met on 30 May and 1 June 1984.", new DateContext(1984, null)).Select(m => m.Date.Iso));

    [Fact]
    public void ReadsTheAidYearsInParentheses()
    {
        const string sentence = "North Korea provided aid to North Vietnam (1966: 12.3 million rubles; 1967: 20 million; 1968: 12.5 million; 1969: 12.5 million).";
        Assert.Equal(["1966", "1967", "1968", "1969"], DateTagger.Find(sentence).Select(m => m.Date.Iso));
    }

    [Fact]
    public void AdvancesContextToTheLastExplicitYear()
    {
        var first = DateTagger.Find("Kim Jong Un came to Vietnam on February 26, 2019, on a 60-hour train ride to attend the Hanoi Summit.");
        var context = DateTagger.Advance(DateContext.None, first);
        Assert.Equal(2019, context.Year);
        Assert.Equal("2019-02-26", context.Previous?.Iso);

        context = DateTagger.Advance(context, DateTagger.Find("He was greatly welcomed by the Vietnamese officials.", context));
        var visit = Single("On March 1 and 2, Kim Jong Un made an official visit to Vietnam, 60 years after his grandfather Kim Il Sung's first visit to the country.", context);
        Assert.Equal("2019-03-01", visit.Date.Iso);
        Assert.Equal("2019-03-02", visit.Date.EndIso);
    }

    [Fact]
    public void AdvancesContextSoDaysInheritTheMonthsYear()
    {
        var context = DateTagger.Advance(DateContext.None, DateTagger.Find("General Secretary Tô Lâm visited North Korea in October 2025 to meet Kim Jong Un."));
        var dates = Single("The exact dates were later confirmed to be October 9–11, which coincided with the 80th anniversary of the host country's Workers' Party of Korea.", context);
        Assert.Equal("2025-10-09", dates.Date.Iso);
        Assert.Equal("2025-10-11", dates.Date.EndIso);
        Assert.Equal("October 9–11", dates.Date.Text);
    }

    [Fact]
    public void AdvanceKeepsTheYearAfterADecade()
    {
        var context = DateTagger.Advance(new DateContext(1963, null), DateTagger.Find("In the 1980s Kim sent rifles."));
        Assert.Equal(1963, context.Year);
        Assert.Equal("1980s", context.Previous?.Iso);
    }

    [Fact]
    public void AdvanceUsesTheEndOfARange()
    {
        var context = DateTagger.Advance(DateContext.None, DateTagger.Find("He studied there between 1998 and 2002."));
        Assert.Equal(2002, context.Year);
    }
}
