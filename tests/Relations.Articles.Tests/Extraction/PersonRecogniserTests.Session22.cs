namespace Relations.Articles.Tests.Extraction;

public partial class PersonRecogniserTests
{
    [Theory]
    [InlineData("President A. P. J. Abdul Kalam paid a state visit to Bulgaria.", "A. P. J. Abdul Kalam")]
    [InlineData("Prime Minister S. W. R. D. Bandaranaike opened the conference.", "S. W. R. D. Bandaranaike")]
    public void CountsInitialsAsOneWordOfAName(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);

    [Theory]
    [InlineData("The Egyptologist Jaroslav Černý worked at Deir el-Medina.", "Jaroslav Černý")]
    [InlineData("The programme was later led by the Indologist Milena Bratoeva.", "Milena Bratoeva")]
    [InlineData("Arabic studies trace their origins to the orientalist Ignác Goldziher.", "Ignác Goldziher")]
    [InlineData("The invasion crushed the reforms of Alexander Dubček.", "Alexander Dubček")]
    [InlineData("Films starring Raj Kapoor were popular.", "Raj Kapoor")]
    public void FindsAScholarByHisFieldAndAPersonByWhatIsHis(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);

    [Fact]
    public void FindsNoNameAfterInThatAVerbFollows() =>
        Assert.Empty(RulesOnly.Find("The works in Slavonski Brod supplied locomotives."));

    [Fact]
    public void FindsNoKnownNameThatAnInstituteBearsInQuotes() =>
        Assert.Empty(Recogniser.Find("Students trained at the Higher Institute of Engineering \"V. I. Lenin\" in Sofia."));

    [Theory]
    [InlineData("He lived first in the house of Diego Rivera.", "Diego Rivera")]
    [InlineData("Many were accused at the trial of Rudolf Slánský in November 1952.", "Rudolf Slánský")]
    [InlineData("Minister of Civil Aviation Jyotiraditya Scindia was stationed in Bucharest.", "Jyotiraditya Scindia")]
    public void FindsAPersonWhoseHouseOrTrialItIsAndAMinisterOfAnyOffice(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);
}
