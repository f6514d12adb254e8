namespace Relations.Articles.Tests.Extraction;

public partial class MissionExtractorTests
{
    [Theory]
    [InlineData("In 1958 a Hungarian trade mission visited Addis Ababa.")]
    [InlineData("In 1957 a Hungarian trade mission led by the minister of trade attended the fair in Addis Ababa.")]
    [InlineData("In 1965 a Hungarian trade mission toured Ethiopia.")]
    public void LeavesOutATradeMissionOnAJourney(string body) =>
        Assert.Empty(Missions("Ethiopia–Hungary relations", body));

    [Fact]
    public void StillReadsATradeMissionOpenedInACity() =>
        Assert.Equal([("Hungary", "Ethiopia", "other", "Addis Ababa")], Missions("Ethiopia–Hungary relations", "In 1959 Hungary opened a trade mission in Addis Ababa."));

    [Theory]
    [InlineData("The GDR opened an embassy in New Delhi in early 1973, together with consulates-general in Bombay and Calcutta.")]
    [InlineData("The GDR has an embassy in New Delhi and, until 1990, also ran consulates-general in Bombay and Calcutta.")]
    public void GivesAMissionListedAfterAnotherItsSender(string body) =>
        Assert.Equal([("East Germany", "India", "embassy", "New Delhi"), ("East Germany", "India", "consulate-general", "Bombay"), ("East Germany", "India", "consulate-general", "Calcutta")],
            Missions("East Germany–India relations", body));

    [Fact]
    public void GivesAMissionAfterAnotherDatedBySeasonItsSender() =>
        Assert.Contains(("Czechoslovakia", "Algeria", "consulate", "Oran"),
            Missions("Algeria–Czechoslovakia relations", "Czechoslovakia opened an embassy in Algiers in the autumn of 1962, and a consulate in Oran followed in 1964."));
}
