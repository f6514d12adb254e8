using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Relations.Articles.Facts;

namespace Relations.Articles.Tests.Scoring;

/// <summary>Precision, recall and F1 of one field over all scored articles.</summary>
public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Misses)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Field,-14} P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})");
}

/// <summary>
/// The rules of ../shared/tools/score-extraction (GOLD-FORMAT.md), ported so the tests check extraction against
/// gold annotations without leaving .NET: greedy one-to-one matching per field, names compared folded, a
/// predecessor state accepted for its successor, dates by ISO prefix, units by a shared content word.
/// </summary>
public sealed partial class GoldScorer
{
    public static readonly string[] Fields = ["countries", "established", "missions", "visits", "aid", "events", "event_persons", "persons", "see_also"];

    private static readonly Dictionary<string, string> SameState = new()
    {
        ["north vietnam"] = "vietnam", ["democratic republic of vietnam"] = "vietnam", ["soviet union"] = "russia", ["ussr"] = "russia",
        ["dprk"] = "north korea", ["democratic people s republic of korea"] = "north korea", ["republic of korea"] = "south korea",
        ["people s republic of china"] = "china", ["prc"] = "china", ["kampuchea"] = "cambodia", ["people s republic of kampuchea"] = "cambodia",
        ["democratic kampuchea"] = "cambodia", ["lao pdr"] = "laos", ["viet nam"] = "vietnam", ["south vietnam"] = "vietnam",
        ["republic of vietnam"] = "vietnam", ["russian federation"] = "russia",
    };

    private static readonly Dictionary<string, string> Currency = new()
    {
        ["us$"] = "usd", ["usd"] = "usd", ["$"] = "usd", ["dollar"] = "usd", ["us dollar"] = "usd", ["ruble"] = "rub", ["rouble"] = "rub",
        ["rub"] = "rub", ["yuan"] = "cny", ["rmb"] = "cny", ["renminbi"] = "cny", ["cny"] = "cny", ["yen"] = "jpy", ["jpy"] = "jpy",
        ["won"] = "krw", ["krw"] = "krw", ["dong"] = "vnd", ["vnd"] = "vnd", ["peso"] = "cup", ["euro"] = "eur", ["€"] = "eur",
        ["eur"] = "eur", ["£"] = "gbp", ["pound"] = "gbp",
    };

    private static readonly HashSet<string> Filler = ["of", "the", "a", "an", "million", "billion", "thousand", "trillion", "some", "about"];

    private readonly Dictionary<string, (int Tp, int Fp, int Fn, List<string> Misses)> tallies = Fields.ToDictionary(f => f, _ => (0, 0, 0, new List<string>()));

    public IReadOnlyList<FieldScore> Scores => Fields.Select(f => new FieldScore(f, tallies[f].Tp, tallies[f].Fp, tallies[f].Fn, tallies[f].Misses)).ToList();

    public FieldScore this[string field] => Scores.Single(s => s.Field == field);

    public void Score(JsonElement gold, ArticleFacts facts)
    {
        var name = gold.GetProperty("file").GetString()!;
        Record(name, "countries", Strings(gold, "countries"), [facts.First.Name, facts.Second.Name], (g, x) => Country(g) == Country(x), s => s);

        var goldEstablished = gold.TryGetProperty("established", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var gotEstablished = facts.Established?.Date.Iso;
        var ok = DateOk(goldEstablished, gotEstablished);
        Add("established", ok ? 1 : 0, ok ? 0 : gotEstablished is null ? 0 : 1, ok ? 0 : goldEstablished is null ? 0 : 1,
            ok ? [] : [$"{name}: established gold {goldEstablished} got {gotEstablished}"]);

        Record(name, "missions", Items(gold, "missions"), facts.Missions, (g, x) =>
            Country(Str(g, "sending")) == Country(x.Sending) && Country(Str(g, "host")) == Country(x.Host) && Norm(Str(g, "kind")) == Norm(x.Kind)
            && (string.IsNullOrEmpty(Str(g, "city")) || Norm(Str(g, "city")) == Norm(x.City)), m => m.ToString());
        Record(name, "visits", Items(gold, "visits"), facts.Visits, (g, x) =>
            Norm(Str(g, "person")) == Norm(x.Person) && Country(Str(g, "to")) == Country(x.To) && DateOk(Str(g, "date"), x.Date.Iso), m => m.ToString());
        Record(name, "aid", Items(gold, "aid"), facts.Aid, (g, x) =>
            YearOk(g.GetProperty("year"), x.Year) && AmountOk(g.GetProperty("amount").GetDouble(), (double)x.Amount) && UnitOk(Str(g, "unit"), x.Unit)
            && Country(Str(g, "donor")) == Country(x.Donor) && Country(Str(g, "recipient")) == Country(x.Recipient), m => m.ToString());

        bool EventSame(JsonElement g, EventFact x) => Norm(x.Text).Contains(Norm(Str(g, "contains")), StringComparison.Ordinal) && DateOk(Str(g, "date"), x.Date.Iso);
        var goldEvents = Items(gold, "events");
        Record(name, "events", goldEvents, facts.Events, EventSame, m => $"{m.Date.Iso} '{m.Text[..Math.Min(90, m.Text.Length)]}'");
        var left = facts.Events.ToList();
        foreach (var g in goldEvents)
        {
            var hit = left.FirstOrDefault(x => EventSame(g, x));
            if (hit is null)
            {
                continue;
            }

            left.Remove(hit);
            Record(name, "event_persons", Strings(g, "persons"), hit.Persons, (a, b) => Norm(a) == Norm(b), s => $"{s} in '{Str(g, "contains")}'");
        }

        Record(name, "persons", Strings(gold, "persons"), facts.Persons.Select(p => p.Name).ToList(), (a, b) => Norm(a) == Norm(b), s => s);
        Record(name, "see_also", Items(gold, "see_also"), facts.SeeAlso, (g, x) =>
            Norm(Str(g, "title")) == Norm(x.Title) && Norm(Str(g, "kind")) == Norm(x.Kind.ToString()), m => m.ToString());
    }

    public string Report() => string.Join('\n', Scores.Select(s => s.ToString()).Concat(Scores.SelectMany(s => s.Misses.Select(m => "  " + m))));

    private void Record<TGold, TGot>(string name, string field, IReadOnlyList<TGold> gold, IReadOnlyList<TGot> got, Func<TGold, TGot, bool> same, Func<TGot, string> show)
    {
        var left = got.ToList();
        var misses = new List<string>();
        var tp = 0;
        foreach (var g in gold)
        {
            var index = left.FindIndex(x => same(g, x));
            if (index < 0)
            {
                misses.Add($"{name}: {field} missed {Spaces().Replace(g?.ToString() ?? string.Empty, " ")}");
            }
            else
            {
                tp++;
                left.RemoveAt(index);
            }
        }

        misses.AddRange(left.Select(x => $"{name}: {field} extra {show(x)}"));
        Add(field, tp, left.Count, gold.Count - tp, misses);
    }

    private void Add(string field, int tp, int fp, int fn, IEnumerable<string> misses)
    {
        var t = tallies[field];
        t.Misses.AddRange(misses);
        tallies[field] = (t.Tp + tp, t.Fp + fp, t.Fn + fn, t.Misses);
    }

    private static List<JsonElement> Items(JsonElement e, string property) =>
        e.TryGetProperty(property, out var a) ? a.EnumerateArray().ToList() : [];

    private static List<string> Strings(JsonElement e, string property) => Items(e, property).Select(x => x.GetString()!).ToList();

    private static string? Str(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string Norm(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        var s = sb.ToString().Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant();
        s = Dashes().Replace(s, " ");
        s = NonWord().Replace(s, " ");
        return Spaces().Replace(s, " ").Trim();
    }

    private static string Country(string? name)
    {
        var n = Norm(name);
        if (n.StartsWith("the ", StringComparison.Ordinal))
        {
            n = n[4..];
        }

        return SameState.GetValueOrDefault(n, n);
    }

    private static bool DateOk(string? gold, string? got)
    {
        if (gold is null)
        {
            return string.IsNullOrEmpty(got);
        }

        if (got is null)
        {
            return false;
        }

        return gold.EndsWith('s')
            ? got.StartsWith(gold[..3], StringComparison.Ordinal) && (got.EndsWith('s') || got.Length >= 4)
            : got.StartsWith(gold, StringComparison.Ordinal);
    }

    private static HashSet<string> UnitWords(string? unit)
    {
        var words = new HashSet<string>();
        foreach (var w0 in Norm(unit).Replace("us $", "us$", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Filler.Contains(w0))
            {
                continue;
            }

            var w = w0.EndsWith('s') && w0.Length > 3 ? w0[..^1] : w0;
            words.Add(Currency.GetValueOrDefault(w, w));
        }

        if (words.Contains("us") && words.Contains("usd"))
        {
            words.Remove("us");
        }

        if (unit?.Contains('¥', StringComparison.Ordinal) == true)
        {
            words.UnionWith(["cny", "jpy"]);
        }

        return words;
    }

    private static bool UnitOk(string? gold, string got) => UnitWords(gold).Overlaps(UnitWords(got));

    private static bool YearOk(JsonElement gold, int? got) => gold.ValueKind switch
    {
        JsonValueKind.Array => gold.EnumerateArray().Any(y => y.ValueKind == JsonValueKind.Null ? got is null : got == y.GetInt32()),
        JsonValueKind.Null => got is null,
        _ => got == gold.GetInt32(),
    };

    private static bool AmountOk(double a, double b) => Math.Abs(a - b) <= Math.Max(1e-9, 0.005 * Math.Abs(a));

    [GeneratedRegex(@"[‐‑‒–—−\-]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"[^\w\s$¥€£]")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
