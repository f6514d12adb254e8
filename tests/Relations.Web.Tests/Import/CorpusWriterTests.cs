using System.Text;
using Microsoft.Data.Sqlite;
using Relations.Articles.Extraction;
using Relations.Articles.Facts;
using Relations.Articles.Parsing;
using Relations.Web.Import;

namespace Relations.Web.Tests.Import;

public sealed class CorpusWriterTests : IDisposable
{
    private const string Before = "= Cuba–Laos relations =\n\nCuba opened an embassy in Vientiane in 1974. Cuban leader Fidel Castro visited Laos in 1976.\n";
    private const string After = "= Cuba–Laos relations =\n\nLaos opened an embassy in Havana in 1975.\n";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"relations-writer-{Guid.NewGuid():N}.db");

    private static ArticleFacts Facts(string text)
    {
        var document = WikiReader.Parse("cuba-laos.txt", Encoding.UTF8.GetBytes(text), out var diagnostics);
        return new ArticleExtractor().Extract(document, diagnostics).Facts!;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void AReplacedExtractionLeavesOnlyItsOwnRows()
    {
        var before = Facts(Before);
        Assert.Equal(2, before.Events.Count);
        Assert.Contains(before.Missions, m => m.City == "Vientiane");
        Assert.Single(before.Visits);

        var file = new SourceFile("cuba-laos.txt", Encoding.UTF8.GetBytes(Before), DateTimeOffset.UnixEpoch);
        using (var writer = new CorpusWriter(path))
        {
            writer.Add(file, new ImportedFile(file.Name, file.Hash, FileOutcome.Imported, null, null), before);
            writer.Replace(writer.Relations[0], Facts(After));
            writer.Finish();
        }

        Assert.Equal(1, Scalar("SELECT count(*) FROM Relations"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM Events"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM Events WHERE Text LIKE 'Laos opened%' AND DateIso = '1975'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM Missions m JOIN Countries c ON c.Id = m.HostCountryId WHERE c.Name = 'Cuba' AND m.City = 'Havana'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM Missions WHERE City = 'Vientiane'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM Visits"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM EventPersons"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM EventSearch WHERE EventSearch MATCH 'vientiane'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM EventSearch WHERE EventSearch MATCH 'havana'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM EventSearch"));
    }

    [Fact]
    public void TheSearchIndexHoldsEveryWordOfTheRelationAndItsCountriesOnce()
    {
        var facts = Facts(After);
        var file = new SourceFile("cuba-laos.txt", Encoding.UTF8.GetBytes(After), DateTimeOffset.UnixEpoch);
        using var writer = new CorpusWriter(path);
        writer.Add(file, new ImportedFile(file.Name, file.Hash, FileOutcome.Imported, null, null), facts);
        writer.Finish();

        // The title, both parties with their aliases, and the aliases and demonyms of the country the sentence names.
        foreach (var word in new[] { "relations", "cuba", "laos", "lao", "laotian", "pdr", "republic", "havana" })
        {
            Assert.Equal(1, Scalar($"SELECT count(*) FROM EventSearch WHERE EventSearch MATCH '\"{word}\"'"));
        }

        // Each word once: the index holds no copy of its rows to read back, so the columns are made again here as the writer makes them.
        var columns = writer.SearchColumns(facts.Events[0].Countries, CorpusWriter.RelationSearchWords(facts.Title, facts.First, facts.Second));
        var words = $"{columns.Countries} {columns.Relation}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Laotian", words);
        Assert.Equal(words.Distinct(StringComparer.Ordinal).Count(), words.Length);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
