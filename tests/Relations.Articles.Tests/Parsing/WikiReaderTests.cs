using System.Text;
using Relations.Articles.Parsing;
using Relations.Articles.Syntax;
using Relations.Articles.Tests.Support;

namespace Relations.Articles.Tests.Parsing;

public class WikiReaderTests
{
    private static WikiDocument Parse(string text) => WikiReader.Parse("test.txt", text, out _);

    [Fact]
    public void ReadsTheNorthKoreaVietnamSeedIntoATree()
    {
        var doc = WikiReader.Read(Repo.NorthKoreaVietnam);

        Assert.Equal("North Korea–Vietnam relations", doc.Title);
        Assert.Equal(1, doc.TitleLine);
        Assert.Equal(["Map", "Filetype", "Mission1", "Mission2"], doc.Infobox.Select(e => e.Key));
        Assert.Equal(("Embassy of North Korea, Hanoi", 6), (doc.Infobox[2].Value, doc.Infobox[2].Line));
        var lead = Assert.IsType<Paragraph>(Assert.Single(doc.Lead.Blocks));
        Assert.Equal(9, lead.Line);
        Assert.StartsWith("North Korea and the former country North Vietnam", lead.Text, StringComparison.Ordinal);
        Assert.Equal(["History", "See also"], doc.Sections.Select(s => s.Heading));
        var history = doc.Sections[0];
        Assert.Equal(11, history.Line);
        var sub = Assert.Single(history.Subsections);
        Assert.Equal(("21st century", 3, 17, "History > 21st century"), (sub.Heading, sub.Level, sub.Line, sub.Path));
        Assert.Equal(5, sub.Blocks.Count);
        Assert.Equal(["Koreans in Vietnam", "South Korea–Vietnam relations", "Vietnamese people in Korea"], doc.SeeAlso().Select(i => i.Text));
        Assert.Equal([29, 30, 31], doc.SeeAlso().Select(i => i.Line));
    }

    [Fact]
    public void ReadsTheCubaNorthKoreaSeedWithoutAnInfobox()
    {
        var doc = WikiReader.Read(Repo.CubaNorthKorea);

        Assert.Equal("Cuba–North Korea relations", doc.Title);
        Assert.Empty(doc.Infobox);
        Assert.Equal(2, doc.Lead.Blocks.Count);
        Assert.Equal([3, 5], doc.Lead.Blocks.Select(b => b.Line));
        Assert.Equal(3, doc.SeeAlso().Count);
        Assert.Equal(6, doc.Sections[0].Blocks.Count);
    }

    [Fact]
    public void ToleratesBomCrlfTrailingSpacesAndHeadingSpacing()
    {
        var text = "\uFEFF= Cuba-Vietnam relations =  \r\n\r\nLead text.  \r\n\r\n== History==\r\nOld.\r\n\r\n===Recent ===\r\nNew.\r\n";
        var doc = WikiReader.Parse("crlf.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray(), out _);

        Assert.Equal("Cuba-Vietnam relations", doc.Title);
        Assert.Equal("Lead text.", Assert.IsType<Paragraph>(doc.Lead.Blocks[0]).Text);
        Assert.Equal("History", doc.Sections[0].Heading);
        Assert.Equal(("Recent", 3, 8), (doc.Sections[0].Subsections[0].Heading, doc.Sections[0].Subsections[0].Level, doc.Sections[0].Subsections[0].Line));
    }

    [Fact]
    public void KeepsEmptySectionsAndUnknownInfoboxKeysInOrder()
    {
        var doc = Parse("= A–B relations =\nInfobox\n- Zeta: z\n- Mission1: Embassy of A, X\n- Alpha: a\n\n==Empty==\n\n==Next==\nText.\n");

        Assert.Equal(["Zeta", "Mission1", "Alpha"], doc.Infobox.Select(e => e.Key));
        Assert.Equal(["Empty", "Next"], doc.Sections.Select(s => s.Heading));
        Assert.Empty(doc.Sections[0].Blocks);
    }

    [Fact]
    public void JoinsAMultiLineParagraphAndMapsOffsetsBackToLines()
    {
        var doc = Parse("= A–B relations =\n\nFirst line.\nSecond line.\n");
        var p = Assert.IsType<Paragraph>(doc.Lead.Blocks[0]);

        Assert.Equal("First line. Second line.", p.Text);
        Assert.Equal(3, p.LineAt(0));
        Assert.Equal(4, p.LineAt(p.Text.IndexOf("Second", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReadsBulletListsAsOneBlockWithItemLines()
    {
        var doc = Parse("= A–B relations =\n\n==Missions==\n- A has an embassy in X.\n- B has an embassy in Y.\n");
        var list = Assert.IsType<BulletList>(Assert.Single(doc.Sections[0].Blocks));

        Assert.Equal([4, 5], list.Items.Select(i => i.Line));
        Assert.Equal("B has an embassy in Y.", list.Items[1].Text);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("\n\n  \n", 1, "blank")]
    [InlineData("No title here\n", 1, "expected a title line")]
    [InlineData("\n\n== Section ==\ntext\n", 3, "expected a title line")]
    public void RejectsTextThatIsNotAnArticleNamingTheLine(string text, int line, string reason)
    {
        var e = Assert.Throws<ArticleFormatException>(() => WikiReader.Parse("bad.txt", Encoding.UTF8.GetBytes(text), out _));

        Assert.Equal("bad.txt", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.txt:{line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsBinaryDataAtTheLineOfTheFirstNulByte()
    {
        byte[] bytes = [.. "= A–B relations =\n\n"u8, 0x00, 0x01, 0x02];

        var e = Assert.Throws<ArticleFormatException>(() => WikiReader.Parse("bin.dat", bytes, out _));

        Assert.Equal(3, e.Line);
        Assert.Contains("binary", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsInvalidUtf8AtTheLineOfTheBadByte()
    {
        byte[] bytes = [.. "= A–B relations =\n\nCaf"u8, 0xE9, .. " au lait\n"u8];

        var e = Assert.Throws<ArticleFormatException>(() => WikiReader.Parse("latin1.txt", bytes, out _));

        Assert.Equal(3, e.Line);
        Assert.Contains("UTF-8", e.Reason, StringComparison.Ordinal);
    }
}
