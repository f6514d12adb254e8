using System.Globalization;
using CsvHelper;
using Relations.Web.Features.Events;

namespace Relations.Web.Api;

/// <summary>Events as CSV: one row per event, people joined with "; ".</summary>
public static class EventCsv
{
    public static IResult Write(IReadOnlyList<EventItem> events, string fileName) =>
        TypedResults.Stream(
            async stream =>
            {
                await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
                foreach (var header in (string[])["relation", "date", "end", "dateText", "precision", "kind", "text", "persons", "section", "line", "source"])
                {
                    csv.WriteField(header);
                }

                await csv.NextRecordAsync();
                foreach (var e in events)
                {
                    csv.WriteField(e.RelationSlug);
                    csv.WriteField(e.DateIso);
                    csv.WriteField(e.EndIso);
                    csv.WriteField(e.DateText);
                    csv.WriteField(e.Precision);
                    csv.WriteField(e.Kind);
                    csv.WriteField(e.Text);
                    csv.WriteField(string.Join("; ", e.Persons.Select(p => p.Name)));
                    csv.WriteField(e.Section);
                    csv.WriteField(e.Line);
                    csv.WriteField(e.SourceUrl);
                    await csv.NextRecordAsync();
                }
            },
            "text/csv; charset=utf-8",
            fileName);
}
