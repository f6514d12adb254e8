using Relations.Articles.Parsing;
using Relations.Articles.Tests.Parsing;
using Relations.Articles.Values;

namespace Relations.Articles.Tests.Values;

/// <summary>Every date in the two seed articles, read sentence by sentence with the year carried forward.</summary>
public class DateTaggerSeedTests
{
    private static List<string> Dates(string file)
    {
        var found = new List<string>();
        var context = DateContext.None;
        foreach (var paragraph in SeedArticles.Paragraphs(file))
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                var mentions = DateTagger.Find(sentence.Text, context);
                foreach (var m in mentions)
                {
                    var d = m.Date;
                    found.Add($"{d.Text}={d.Iso}{(d.EndIso is null ? "" : "/" + d.EndIso)}{(d.Qualifier == DateQualifier.None ? "" : " " + d.Qualifier)}");
                }

                context = DateTagger.Advance(context, mentions);
            }
        }

        return found;
    }

    [Fact]
    public void TagsEveryDateOfTheNorthKoreaVietnamSeed() => Assert.Equal(
        [
            "January 31, 1950=1950-01-31",
            "July 1957=1957-07",
            "November–December 1958=1958-11/1958-12",
            "November 1964=1964-11",
            "February 1961=1961-02",
            "1976=1976",
            "1966=1966",
            "1967=1967",
            "1968=1968",
            "1969=1969",
            "1968=1968",
            "October 1966=1966-10",
            "early 1967=1967 Early",
            "through 1968=1968 Until",
            "From 1968=1968 From",
            "1975=1975",
            "the 1990s and 2000s=1990s/2000s",
            "between 1998 and 2002=1998/2002",
            "2004=2004",
            "February 26, 2019=2019-02-26",
            "March 1 and 2=2019-03-01/2019-03-02",
            "October 2025=2025-10",
            "October 9–11=2025-10-09/2025-10-11",
            "October 9, 2025=2025-10-09",
        ],
        Dates(SeedArticles.NorthKoreaVietnam));

    [Fact]
    public void TagsEveryDateOfTheCubaNorthKoreaSeed() => Assert.Equal(
        [
            "since 29 August 1960=1960-08-29 From",
            "29 August 1960=1960-08-29",
            "September 1960=1960-09",
            "the 1960s=1960s",
            "1963=1963",
            "April 1965=1965-04",
            "1968=1968",
            "1986=1986",
            "1988=1988",
            "the 1980s=1980s",
            "2013=2013",
            "January 2016=2016-01",
            "2016=2016",
            "2016=2016",
            "2018=2018",
            "2021=2021",
            "Until 2024=2024 Until",
            "15 February 2024=2024-02-15",
            "November 2023=2023-11",
            "July 2024=2024-07",
        ],
        Dates(SeedArticles.CubaNorthKorea));
}
