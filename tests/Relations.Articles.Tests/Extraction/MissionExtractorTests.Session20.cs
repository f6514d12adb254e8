namespace Relations.Articles.Tests.Extraction;

public partial class MissionExtractorTests
{
    [Fact]
    public void EndsAListOfPlacesWhereANewClauseBegins() =>
        Assert.Equal([("East Germany", "Tanzania", "embassy", "Zanzibar Town")],
            Missions("East Germany–Tanzania relations", "In February 1964 East Germany opened an embassy in Zanzibar Town, and Abdulrahman Mohamed Babu, Zanzibar's foreign minister, flew to East Berlin."));

    [Fact]
    public void StillReadsAListOfKnownCitiesAfterAnd() =>
        Assert.Equal([("Cuba", "Mexico", "consulate", "Monterrey"), ("Cuba", "Mexico", "consulate", "Veracruz")],
            Missions("Cuba–Mexico relations", "Cuba has consulates in Monterrey, and Veracruz."));

    [Fact]
    public void TakesNoMonthForAPlace() =>
        Assert.DoesNotContain(Missions("East Germany–Tanzania relations", "The GDR consulate-general in Dar es Salaam was raised to an embassy in January 1973."),
            m => m.City == "January");

    [Fact]
    public void TakesTheCountryARepresentationIsInForTheHost() =>
        Assert.Equal([("Romania", "Iraq", "embassy", "Baghdad"), ("Romania", "Iraq", "consulate-general", "Basra")],
            Missions("Iraq–Romania relations", "Romania is represented in Iraq by an embassy in Baghdad and a consulate-general in Basra."));
}
