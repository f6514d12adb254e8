using Relations.Articles.Values;

namespace Relations.Articles.Tests.Values;

public sealed class SlugTests
{
    [Theory]
    [InlineData("North Korea", "north-korea", "north korea")]
    [InlineData("Tô Lâm", "to-lam", "to lam")]
    [InlineData("Nguyễn Phú Trọng", "nguyen-phu-trong", "nguyen phu trong")]
    [InlineData("Kim Il-sung", "kim-il-sung", "kim il sung")]
    [InlineData("Đỗ Mười", "do-muoi", "do muoi")]
    [InlineData("People's Republic of China", "peoples-republic-of-china", "peoples republic of china")]
    [InlineData("St. Kitts", "st-kitts", "st kitts")]
    [InlineData("  -- Cuba–North Korea relations -- ", "cuba-north-korea-relations", "cuba north korea relations")]
    [InlineData("O’Brien (envoy), 1960s!", "obrien-envoy-1960s", "obrien envoy 1960s")]
    [InlineData("", "", "")]
    [InlineData("¡¿!", "", "")]
    public void FoldsLowersAndJoinsWords(string text, string slug, string key)
    {
        Assert.Equal(slug, Slug.From(text));
        Assert.Equal(key, Slug.Key(text));
    }

    [Fact]
    public void ATextLongerThanTheStackBufferGivesTheSameSlug()
    {
        var words = string.Join(" / ", Enumerable.Range(1, 60).Select(i => $"Lê Word{i}"));
        var expected = string.Join("-", Enumerable.Range(1, 60).Select(i => $"le-word{i}"));
        Assert.True(words.Length > 256);
        Assert.Equal(expected, Slug.From(words));
        Assert.Equal(expected.Replace('-', ' '), Slug.Key(words));
    }
}
