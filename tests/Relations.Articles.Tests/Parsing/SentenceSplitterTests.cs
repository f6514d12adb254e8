using Relations.Articles.Parsing;

namespace Relations.Articles.Tests.Parsing;

public class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("One. Two.", new[] { "One.", "Two." })]
    [InlineData("Is it? Yes! It is.", new[] { "Is it?", "Yes!", "It is." })]
    [InlineData("Relations improved. In 1968 they declined.", new[] { "Relations improved.", "In 1968 they declined." })]
    [InlineData("It ended in 1975. 200 pilots served.", new[] { "It ended in 1975.", "200 pilots served." })]
    [InlineData("He met the U.S. President in Hanoi.", new[] { "He met the U.S. President in Hanoi." })]
    [InlineData("They trained defectors such as Hun Sen. In 1978 Vietnam invaded.", new[] { "They trained defectors such as Hun Sen.", "In 1978 Vietnam invaded." })]
    [InlineData("He met Republican Sen. John Kerry in Hanoi.", new[] { "He met Republican Sen. John Kerry in Hanoi." })]
    [InlineData("He met U.S. Sen. In-ho Park.", new[] { "He met U.S. Sen. In-ho Park." })]
    [InlineData("He met the U.N. Secretary-General.", new[] { "He met the U.N. Secretary-General." })]
    [InlineData("They negotiated with the U.S. The talks failed.", new[] { "They negotiated with the U.S.", "The talks failed." })]
    [InlineData("They negotiated with the U.S. In 1973 the talks failed.", new[] { "They negotiated with the U.S.", "In 1973 the talks failed." })]
    [InlineData("They negotiated with the U.S., and then stopped.", new[] { "They negotiated with the U.S., and then stopped." })]
    [InlineData("Dr. Kim met Mr. Lee and Mrs. Park.", new[] { "Dr. Kim met Mr. Lee and Mrs. Park." })]
    [InlineData("Gen. Vo Nguyen Giap met Lt. Col. Kim on St. Helena.", new[] { "Gen. Vo Nguyen Giap met Lt. Col. Kim on St. Helena." })]
    [InlineData("It was signed on Jan. 31, 1950 and Feb. 2 and Sept. 9.", new[] { "It was signed on Jan. 31, 1950 and Feb. 2 and Sept. 9." })]
    [InlineData("He lived at No. 5 Street. He left.", new[] { "He lived at No. 5 Street.", "He left." })]
    [InlineData("Cuba vs. Korea was a match.", new[] { "Cuba vs. Korea was a match." })]
    [InlineData("They sent rice, sugar, etc. and weapons.", new[] { "They sent rice, sugar, etc. and weapons." })]
    [InlineData("They sent rice, sugar, etc. The ship sank.", new[] { "They sent rice, sugar, etc.", "The ship sank." })]
    [InlineData("The fort was built c. 1950 by hand.", new[] { "The fort was built c. 1950 by hand." })]
    [InlineData("He met J. F. Kennedy in Washington.", new[] { "He met J. F. Kennedy in Washington." })]
    [InlineData("He met Kim Jong-un. The talks went well.", new[] { "He met Kim Jong-un.", "The talks went well." })]
    [InlineData("He told them to \"fight as if the sky were their own.\" They did.", new[] { "He told them to \"fight as if the sky were their own.\"", "They did." })]
    [InlineData("He said \"We will win.\" he wrote.", new[] { "He said \"We will win.\" he wrote." })]
    [InlineData("He asked “Why?” The room fell silent.", new[] { "He asked “Why?”", "The room fell silent." })]
    [InlineData("The front (China, Korea. Vietnam. Laos) failed. It ended.", new[] { "The front (China, Korea. Vietnam. Laos) failed.", "It ended." })]
    [InlineData("The plan [see note. Below] failed. It ended.", new[] { "The plan [see note. Below] failed.", "It ended." })]
    [InlineData("A stray ( bracket. Then a sentence.", new[] { "A stray ( bracket.", "Then a sentence." })]
    [InlineData("They met; they talked. They left.", new[] { "They met; they talked.", "They left." })]
    [InlineData("The aid was 12.3 million rubles. It helped.", new[] { "The aid was 12.3 million rubles.", "It helped." })]
    [InlineData("It was agreed.[1] The ship left.", new[] { "It was agreed.[1]", "The ship left." })]
    [InlineData("Wait... What happened?", new[] { "Wait...", "What happened?" })]
    [InlineData("  Leading and trailing space.  ", new[] { "Leading and trailing space." })]
    [InlineData("", new string[0])]
    [InlineData("No full stop at the end", new[] { "No full stop at the end" })]
    [InlineData("The war ended. \"Peace\" was declared.", new[] { "The war ended.", "\"Peace\" was declared." })]
    [InlineData("Relations were set up with the People's Republic of China Inc. and others.", new[] { "Relations were set up with the People's Republic of China Inc. and others." })]
    [InlineData("Kim visited the U.S.S.R. Later he visited China.", new[] { "Kim visited the U.S.S.R.", "Later he visited China." })]
    [InlineData("First paragraph ends\n\nSecond starts.", new[] { "First paragraph ends", "Second starts." })]
    public void SplitsSentences(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Fact]
    public void GivesEachSentenceItsOffsetAndIndex()
    {
        const string text = "  One here.  Two there? Three!";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(3, sentences.Count);
        foreach (var s in sentences)
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length));
        }

        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
        Assert.Equal([2, 13, 24], sentences.Select(s => s.Start));
    }

    [Theory]
    [InlineData(SeedArticles.NorthKoreaVietnam, new[] { 4, 7, 9, 1, 2, 1, 5, 5 })]
    [InlineData(SeedArticles.CubaNorthKorea, new[] { 1, 2, 3, 8, 3, 2, 6, 3 })]
    public void SplitsEverySeedParagraph(string file, int[] counts)
    {
        var paragraphs = SeedArticles.Paragraphs(file);
        Assert.Equal(counts, paragraphs.Select(p => SentenceSplitter.Split(p).Count));
        foreach (var paragraph in paragraphs)
        {
            foreach (var s in SentenceSplitter.Split(paragraph))
            {
                Assert.Equal(s.Text, paragraph.Substring(s.Start, s.Text.Length));
                Assert.Matches(@"[.!?]""?$", s.Text);
            }
        }
    }

    [Fact]
    public void KeepsUsPresidentInsideTheSummitSentence()
    {
        var paragraph = SeedArticles.Paragraphs(SeedArticles.NorthKoreaVietnam).Single(p => p.StartsWith("Kim Jong Un came", StringComparison.Ordinal));
        var sentences = SentenceSplitter.Split(paragraph);
        Assert.Equal("Kim Jong Un came to Vietnam on February 26, 2019, on a 60-hour train ride to attend the Hanoi Summit with U.S. President Donald Trump.", sentences[0].Text);
        Assert.StartsWith("On March 1 and 2, Kim Jong Un", sentences[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EndsTheQuotedSentenceAfterTheClosingQuote()
    {
        var paragraph = SeedArticles.Paragraphs(SeedArticles.NorthKoreaVietnam)[1];
        var sentences = SentenceSplitter.Split(paragraph);
        Assert.EndsWith("their own.\"", sentences[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("They stayed through 1968; 200 pilots", sentences[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotSplitInsideTheParenthesisedList()
    {
        var paragraph = SeedArticles.Paragraphs(SeedArticles.NorthKoreaVietnam)[2];
        var sentences = SentenceSplitter.Split(paragraph);
        Assert.EndsWith("with the U.S., and reacted negatively to the Paris Peace Accords.", sentences[1].Text, StringComparison.Ordinal);
        Assert.Contains("(China, Korea, Vietnam, Laos, and Cambodia)", sentences[2].Text, StringComparison.Ordinal);
    }
}
