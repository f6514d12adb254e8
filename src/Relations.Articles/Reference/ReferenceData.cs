using System.Globalization;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;

namespace Relations.Articles.Reference;

/// <summary>Reads the CSV files of data/reference, embedded into this assembly at build time.</summary>
public static class ReferenceData
{
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        MissingFieldFound = null,
        HeaderValidated = null,
        IgnoreBlankLines = true,
    };

    /// <summary>Rows of an embedded CSV as header → value dictionaries.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Relations.Articles.Reference.{fileName}")
            ?? throw new InvalidOperationException($"The reference file {fileName} is not embedded; check data/reference/.");
        return Rows(new StreamReader(stream));
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(TextReader reader)
    {
        using var csv = new CsvReader(reader, Config);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in header)
            {
                row[h] = csv.GetField(h) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    public static IReadOnlyList<string> List(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
