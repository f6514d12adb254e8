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
}
