namespace Relations.Articles.Tests.Extraction;

public partial class PersonRecogniserTests
{
    [Theory]
    [InlineData("Under Mikhail Gorbachev Soviet policy towards Asia became more pragmatic.", "Mikhail Gorbachev")]
    [InlineData("Under Fidel Castro Cuban diplomacy turned to Africa.", "Fidel Castro")]
    public void EndsAKnownNameBeforeADemonymThatQualifiesTheNextWord(string sentence, string expected) =>
        Assert.Equal([expected], Recogniser.Find(sentence).Select(m => m.Name));

    [Theory]
    [InlineData("In Sofia, the Museum of Asian Art, founded in 1985 by the diplomat Ivan Petrov, holds Vietnamese lacquer.", "Ivan Petrov")]
    [InlineData("Todor Zhivkov attended the Conference of Heads of State or Government of Non-Aligned Countries in Havana from 3 to 9 September 1979.", "Todor Zhivkov")]
    public void LeavesOutNamesOfThingsAndPlaces(string sentence, params string[] expected) =>
        Assert.Equal(expected, Recogniser.Find(sentence).Select(m => m.Name));

    [Fact]
    public void StillFindsTheLeaderOfAGovernment() =>
        AssertRulesFind("Relations were conducted with the Royal Lao Government of Souvanna Phouma.", "Souvanna Phouma");

    [Fact]
    public void FindsAChargeDAffaires() =>
        AssertRulesFind("The embassy was opened in Hanoi under the chargé d'affaires Jean-Christophe Öberg.", "Jean-Christophe Öberg");
}
