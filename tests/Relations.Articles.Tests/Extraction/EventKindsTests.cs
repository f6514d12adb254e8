using Relations.Articles.Extraction;
using Relations.Articles.Facts;

namespace Relations.Articles.Tests.Extraction;

public sealed class EventKindsTests
{
    [Theory]
    [InlineData("In 1979 a North Korean diplomat defected to the South.", EventKind.Defection)]
    [InlineData("The pilot sought asylum in Seoul in 1983.", EventKind.Defection)]
    [InlineData("Vietnam sent condolences on the death of Kim Il Sung in 1994.", EventKind.Condolence)]
    [InlineData("In 2011, a delegation came to pay their respects after the leader's death.", EventKind.Condolence)]
    [InlineData("Diplomatic relations were established on January 31, 1950.", EventKind.Establishment, true)]
    [InlineData("Kim Jong Un met with Trump at the Hanoi Summit in 2019.", EventKind.Summit)]
    [InlineData("Ho Chi Minh visited Pyongyang in 1957.", EventKind.Visit)]
    [InlineData("In 1964 Le Duan travelled to Beijing.", EventKind.Visit)]
    [InlineData("A trade agreement was signed in 1961.", EventKind.Agreement)]
    [InlineData("A memorandum on fisheries followed in 2004.", EventKind.Agreement)]
    [InlineData("Relations deteriorated after 1978.", EventKind.Cooling)]
    [InlineData("Several envoys were recalled in 1980.", EventKind.Cooling)]
    [InlineData("In 1966 the Soviet Union donated 12.3 million rubles.", EventKind.Aid)]
    [InlineData("Students were taught for free from 1960.", EventKind.Aid)]
    [InlineData("In 1967 North Korea sent 200 pilots.", EventKind.Aid)]
    [InlineData("Squadrons of MiG-17s flew in 1967.", EventKind.Military)]
    [InlineData("Exports of rice grew in the 1990s.", EventKind.Trade)]
    [InlineData("Bilateral ECONOMIC ties widened in 2005.", EventKind.Trade)]
    [InlineData("The embassy opened in 1960.", EventKind.Other)]
    [InlineData("The visitors' itinerary in 1960 was a tourist's.", EventKind.Other)]
    [InlineData("Defectors' memoirs appeared in 1999.", EventKind.Defection)]
    [InlineData("Defectively built ships sank in 1999.", EventKind.Other)]
    [InlineData("In 1999 the leaders’s death was mourned only later.", EventKind.Other)]
    public void KindsFollowTheirCueWordsInOrder(string clause, EventKind kind, bool establishes = false)
    {
        Assert.Equal(kind, EventKinds.Classify(clause, establishes));
    }
}
