using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Extraction;

public class EstablishedExtractorTests
{
    [Fact]
    public void FindsTheEstablishmentDatesOfTheSeeds()
    {
        Assert.Equal("1950-01-31", TestArticles.Seed(Repo.NorthKoreaVietnam).Established?.Date.Iso);
        var cuba = TestArticles.Seed(Repo.CubaNorthKorea).Established;
        Assert.Equal("1960-08-29", cuba?.Date.Iso);
        Assert.Equal(5, cuba?.Source.Line);
    }

    [Theory]
    [InlineData("The two countries established diplomatic relations on 12 March 1965.", "1965-03-12")]
    [InlineData("Diplomatic relations were established in July 1992.", "1992-07")]
    [InlineData("Cuba and Vietnam have had diplomatic relations since 1960.", "1960")]
    [InlineData("Cuba and Vietnam opened diplomatic ties on December 2, 1960.", "1960-12-02")]
    [InlineData("Diplomatic relations date back to 3 May 1961, when Havana recognised Hanoi.", "1961-05-03")]
    [InlineData("Diplomatic ties date from 1961.", "1961")]
    [InlineData("Formal relations date from 4 May 1961, when the embassy opened.", "1961-05-04")]
    [InlineData("Cuba recognised the provisional government in March 1959, and diplomatic relations were established on 2 May 1960.", "1960-05-02")]
    [InlineData("The two countries first exchanged diplomatic representatives in March 1961, when both were at war with Germany.", "1961-03")]
    [InlineData("Cuba and Vietnam exchanged ambassadors on 4 June 1961.", "1961-06-04")]
    [InlineData("The two governments agreed to exchange ambassadors on the 9th of June 1961.", "1961-06-09")]
    [InlineData("Cuba and Vietnam recognised each other on 2 December 1960, soon after independence.", "1960-12-02")]
    [InlineData("Formal relations were established on 2 December 1960, a month after the revolution.", "1960-12-02")]
    [InlineData("Cuba and Vietnam agreed to establish diplomatic relations on 2 December 1960, but the embassy did not open until 1962.", "1960-12-02")]
    [InlineData("Diplomatic relations between the Republic of Cuba and the Democratic Republic of Vietnam were established on 2 December 1960, a month after the elections.", "1960-12-02")]
    [InlineData("Cuba recognised the Democratic Republic of Vietnam and the two states exchanged diplomatic relations on 2 December 1960.", "1960-12-02")]
    [InlineData("Relations were established in May 1961, under the government of Pham Van Dong.", "1961-05")]
    [InlineData("Relations between Havana and Hanoi had been formally established on 2 December 1960.", "1960-12-02")]
    [InlineData("Cuba recognised Vietnam on the day of its independence, 2 September 1959. Diplomatic relations followed in December 1960.", "1960-12")]
    [InlineData("Relations were normalised with the signing of a joint communiqué in Hanoi on September 29, 1972.", "1972-09-29")]
    public void ReadsVariedPhrasings(string sentence, string iso) =>
        Assert.Equal(iso, TestArticles.Extract($"= Cuba–Vietnam relations =\n\n{sentence}\n").Established?.Date.Iso);

    [Theory]
    [InlineData("On 15 February 2024, Cuba established diplomatic relations with South Korea.")]
    [InlineData("In 1975 Vietnam exchanged ambassadors with Laos.")]
    [InlineData("Diplomatic ties date from 1961 with Laos, and with Cuba from 1965.")]
    [InlineData("Cuba and Vietnam have never established diplomatic relations.")]
    [InlineData("In 1960, Cuba and Vietnam did not establish diplomatic relations.")]
    [InlineData("The visit marked the 75th anniversary of diplomatic relations.")]
    [InlineData("In 1962 Cuba and Laos recognised each other.")]
    [InlineData("Trade relations were established in 1958, long before the embassies opened.")]
    [InlineData("Fidel Castro, who came to power in January 1959, was cautious, and years passed before the two sides agreed to exchange ambassadors.")]
    [InlineData("Diplomatic relations between the Kingdom of Laos and the Republic of Cuba were established on 4 March 1962.")]
    public void IgnoresThirdCountriesNegationsAndAnniversaries(string sentence) =>
        Assert.Null(TestArticles.Extract($"= Cuba–Vietnam relations =\n\n{sentence}\n").Established);

    [Fact]
    public void PrefersTheEarliestEstablishment()
    {
        var facts = TestArticles.Extract("= Cuba–Vietnam relations =\n\nRelations were restored in 1995 after a break.\n\nThe two states established diplomatic relations in 1960.\n");

        Assert.Equal("1960", facts.Established?.Date.Iso);
    }

    [Theory]
    [InlineData("Argentina–Soviet Union relations", "1946-06-06")]
    [InlineData("Argentina–Russia relations", "1885")]
    public void TakesTheRussianEmpiresRelationsForRussiaButNotForTheSovietUnion(string title, string iso) =>
        Assert.Equal(iso, TestArticles.Extract($"= {title} =\n\nArgentina and the Russian Empire first exchanged envoys in 1885.\n\nFormal diplomatic relations were established on June 6, 1946.\n").Established?.Date.Iso);
}
