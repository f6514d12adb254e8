namespace Relations.Articles.Tests.Extraction;

public partial class PersonRecogniserTests
{
    [Theory]
    [InlineData("The Chairman of the Council of State, Henryk Jabłoński, was received in Havana on 3–5 May 1983.", "Henryk Jabłoński")]
    [InlineData("The President of the Presidium, Todor Pavlov, opened the fair.", "Todor Pavlov")]
    public void FindsANameSetOffAfterATitleAndTheBodyItHeads(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);

    [Theory]
    [InlineData("Wojciech Jaruzelski and his foreign minister, Marian Orzechowski, travelled together to Havana.", "Wojciech Jaruzelski|Marian Orzechowski")]
    [InlineData("Indira Gandhi and her son Sanjay stayed three days.", "Indira Gandhi")]
    public void FindsANameBeforeAndHisOrHer(string sentence, string expected) =>
        AssertRulesFind(sentence, expected);

    [Theory]
    [InlineData("The Council of State, Hanoi and Haiphong each sent wreaths.")]
    [InlineData("The Workers' Party and its youth league, the Komsomol, held rallies.")]
    public void FindsNoNameInABodyOrACountryListOrBeforeAndIts(string sentence) =>
        Assert.Empty(RulesOnly.Find(sentence));
}
