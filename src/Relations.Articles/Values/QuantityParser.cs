using System.Globalization;
using System.Text.RegularExpressions;

namespace Relations.Articles.Values;

/// <summary>
/// An amount of something: 12300000 "rubles" (RUB), 2000000 "sets of uniforms", 103 "workers". Unit is a plural
/// noun phrase, empty when the text gives none ("1967: 20 million" — the caller carries the unit of the series).
/// </summary>
public sealed record Quantity(decimal Amount, string Unit, string Text, int Start, int Length, string? Currency);

/// <summary>
/// Finds quantities of aid and transfers in prose: digits ("100,000", "12.3 million"), number words ("two million",
/// "half a million"), money ("US$2.8 billion", "400 million yuan") and group sizes ("a 103-man work brigade").
/// Years, ordinals, dates, durations, distances, percentages and generic counts ("two governments") are not quantities.
/// </summary>
public static partial class QuantityParser
{
    private static readonly Dictionary<string, decimal> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000, ["bn"] = 1_000_000_000, ["mn"] = 1_000_000,
        // The Indian scales: "₹350 crore" is 3.5 billion rupees, "₹5 lakh" 500,000.
        ["crore"] = 10_000_000, ["lakh"] = 100_000,
    };

    // Currency words after a number → (unit as written in the output, code).
    private static readonly Dictionary<string, (string Unit, string Code)> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rubles"] = ("rubles", "RUB"), ["roubles"] = ("rubles", "RUB"), ["ruble"] = ("rubles", "RUB"), ["rouble"] = ("rubles", "RUB"),
        ["dollars"] = ("US dollars", "USD"), ["dollar"] = ("US dollars", "USD"), ["yuan"] = ("yuan", "CNY"),
        ["renminbi"] = ("yuan", "CNY"), ["RMB"] = ("yuan", "CNY"), ["yen"] = ("yen", "JPY"), ["won"] = ("won", "KRW"),
        ["euros"] = ("euros", "EUR"), ["euro"] = ("euros", "EUR"), ["dong"] = ("dong", "VND"), ["pesos"] = ("pesos", "CUP"),
        ["peso"] = ("pesos", "CUP"), ["pounds"] = ("pounds", "GBP"), ["rupees"] = ("rupees", "INR"), ["baht"] = ("baht", "THB"),
        ["riel"] = ("riel", "KHR"), ["kip"] = ("kip", "LAK"), ["francs"] = ("francs", "FRF"), ["marks"] = ("marks", "DEM"),
        ["leva"] = ("leva", "BGN"), ["lev"] = ("leva", "BGN"), ["lei"] = ("lei", "RON"), ["forint"] = ("forint", "HUF"),
        ["zloty"] = ("zloty", "PLN"), ["koruna"] = ("koruna", "CSK"), ["birr"] = ("birr", "ETB"), ["kwacha"] = ("kwacha", "ZMW"),
        ["rand"] = ("rand", "ZAR"), ["ringgit"] = ("ringgit", "MYR"), ["naira"] = ("naira", "NGN"), ["tugrik"] = ("tugrik", "MNT"), ["kyat"] = ("kyat", "MMK"),
        ["đồng"] = ("dong", "VND"), ["rupee"] = ("rupees", "INR"), ["markkas"] = ("markkas", "FIM"), ["markka"] = ("markkas", "FIM"),
        ["tugriks"] = ("tugriks", "MNT"), ["dinars"] = ("dinars", "DIN"), ["dinar"] = ("dinars", "DIN"),
        // The currency as Polish writes it, kept so: "300 million złoty".
        ["złoty"] = ("złoty", "PLN"), ["złotys"] = ("złoty", "PLN"), ["zlotys"] = ("zloty", "PLN"),
        ["korunas"] = ("korunas", "CSK"), ["korun"] = ("korunas", "CSK"),
        // Smaller currencies an aid figure is given in ("30 million cedis", "6 million leks"): read as money, a sum in another
        // currency after them is a restatement and a bare figure no count of goods.
        ["cedis"] = ("cedis", "GHS"), ["cedi"] = ("cedis", "GHS"), ["leks"] = ("leks", "ALL"), ["lek"] = ("leks", "ALL"),
        ["kwanzas"] = ("kwanzas", "AOA"), ["kwanza"] = ("kwanzas", "AOA"), ["meticais"] = ("meticais", "MZN"), ["metical"] = ("meticais", "MZN"),
        ["córdobas"] = ("córdobas", "NIO"), ["córdoba"] = ("córdobas", "NIO"), ["cordobas"] = ("córdobas", "NIO"),
        ["shillings"] = ("shillings", "KES"), ["afghanis"] = ("afghanis", "AFN"), ["dirhams"] = ("dirhams", "MAD"),
        ["rials"] = ("rials", "IRR"), ["riyals"] = ("riyals", "SAR"), ["tenge"] = ("tenge", "KZT"),
        // "45 million kronor" (SEK, as its sign reads); "250 million Valuta-Mark", the GDR's accounting unit for foreign trade.
        ["kronor"] = ("kronor", "SEK"), ["krona"] = ("kronor", "SEK"), ["Valuta-Mark"] = ("Valuta-Mark", "DDM"),
        ["Valutamark"] = ("Valutamark", "DDM"), ["Valutamarks"] = ("Valutamark", "DDM"),
    };

    // Currency signs and codes before a number, longest first → (unit, code). "¥" alone is read as yen; "CN¥" as yuan;
    // "£E" and "E£" are Egyptian pounds. A code is only the ISO codes of currencies ("FIM 10 million", "DM 40 million"),
    // never any three capitals ("the DRV 150 million korunas").
    private static readonly (string Sign, string Unit, string Code)[] CurrencySigns =
    [
        ("U.S.$", "US dollars", "USD"), ("US$", "US dollars", "USD"), ("CN¥", "yuan", "CNY"), ("RMB", "yuan", "CNY"),
        ("USD", "US dollars", "USD"), ("EUR", "euros", "EUR"), ("GBP", "pounds", "GBP"), ("CNY", "yuan", "CNY"),
        ("JPY", "yen", "JPY"), ("RUB", "rubles", "RUB"), ("INR", "rupees", "INR"), ("FIM", "markkas", "FIM"),
        ("SEK", "kronor", "SEK"), ("CHF", "Swiss francs", "CHF"), ("DEM", "marks", "DEM"), ("Rs.", "rupees", "INR"),
        ("PLN", "złoty", "PLN"), ("HUF", "forint", "HUF"), ("CZK", "korunas", "CZK"), ("MYR", "ringgit", "MYR"), ("RM", "ringgit", "MYR"),
        ("£E", "Egyptian pounds", "EGP"), ("E£", "Egyptian pounds", "EGP"), ("£G", "Ghanaian pounds", "GHP"), ("DM", "marks", "DEM"), ("Rs", "rupees", "INR"),
        ("$", "US dollars", "USD"), ("¥", "yen", "JPY"), ("€", "euros", "EUR"), ("£", "pounds", "GBP"),
        ("₩", "won", "KRW"), ("₫", "dong", "VND"), ("₽", "rubles", "RUB"), ("₹", "rupees", "INR"),
    ];

    // Durations, distances, shares and generic counts: "60 years", "two governments", "three countries" are not aid.
    private static readonly HashSet<string> ExcludedUnits = new(
        ("hour hours day days week weeks month months year years minute minutes second seconds decade decades century "
        + "centuries km kilometre kilometres kilometer kilometers mile miles metre metres meter meters feet foot percent "
        + "per % times time countries country governments government sides side nations nation parties party leaders "
        + "leader visits visit trips trip occasions occasion points point degrees degree rounds round stages stage "
        + "phases phase steps step parts part ways way articles article sections section members-states "
        + "anniversary anniversaries mm cm calibre caliber").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    // Nouns that are already plural without an -s ("400 million yuan", "500 personnel").
    private static readonly HashSet<string> InvariantNouns = new(
        "yuan yen won dong baht kip riel personnel people men women children schoolchildren staff aircraft livestock cattle sheep fish head "
        .Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    // Words that end a unit phrase: articles, prepositions (except "of"), conjunctions, auxiliaries.
    private static readonly HashSet<string> UnitStops = new(
        ("the a an to for from in on at by with and or but nor were was are is be been being had has have that which who "
        + "as into per each its their his her our than more less over under via during after before while when since "
        + "until through across against between among about worth also would will could should may might this these "
        + "those it they he she we there here then so if not no only").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    // Verbs in the past tense without -ed that follow the people who did something: "45 Angolans began courses".
    private static readonly HashSet<string> IrregularPasts = new(
        "began went came took left spent became got won taught".Split(' '),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Prepositions = new(
        "in on at by from since until till to of and or between during before after around circa c the".Split(' '),
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Quantity> Find(string text)
    {
        var tokens = Tokenise(text);
        var dates = DatePattern().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var found = new List<Quantity>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (InDate(dates, t.Start))
            {
                continue;
            }

            var next = t.Kind switch
            {
                TokenKind.GroupSize => GroupSize(text, tokens, i, found),
                TokenKind.Number => Digits(text, tokens, i, found),
                TokenKind.Word => Words(text, tokens, i, found),
                _ => i,
            };
            i = Math.Max(i, next);
        }

        return found;
    }

    private static bool InDate(List<(int Index, int End)> dates, int position)
    {
        foreach (var (index, end) in dates)
        {
            if (position >= index && position < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number written in digits or words: "12.3 million", "100,000", "two million", "half a million", "twenty-five".</summary>
    public static decimal? ParseNumber(string words)
    {
        var parts = words.Trim().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        decimal total = 0, current = 0;
        var any = false;
        var half = false;
        for (var k = 0; k < parts.Length; k++)
        {
            var p = parts[k];
            if (decimal.TryParse(p.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                && char.IsDigit(p[0]))
            {
                current += d;
                any = true;
            }
            else if (Units.TryGetValue(p, out var u))
            {
                current = p.Equals("dozen", StringComparison.OrdinalIgnoreCase) ? (current == 0 ? 1 : current) * u : current + u;
                any = true;
            }
            else if (Scales.TryGetValue(p, out var s))
            {
                var factor = current == 0 ? 1 : current;
                if (s == 100)
                {
                    current = factor * s;
                }
                else
                {
                    total += factor * s;
                    current = 0;
                }

                any = true;
            }
            else if (p.Equals("half", StringComparison.OrdinalIgnoreCase) && k == 0)
            {
                half = true;
            }
            else if (!(p.Equals("a", StringComparison.OrdinalIgnoreCase) || p.Equals("an", StringComparison.OrdinalIgnoreCase)
                || p.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        if (!any)
        {
            return null;
        }

        var value = total + current;
        return half ? value / 2 : value;
    }

    // "12.3 million rubles", "US$2.8 billion", "100,000 AK-47 rifles"; never "1968", "921st" or "AK-47".
    private static int Digits(string text, List<Token> tokens, int i, List<Quantity> found)
    {
        var t = tokens[i];
        var end = t.Start + t.Length;
        if (t.Start > 0 && (char.IsLetter(text[t.Start - 1]) || text[t.Start - 1] is '-' or '.' or ','))
        {
            // Part of a code or a longer figure: "MiG-21", "F-16".
            if (CurrencyBefore(text, t.Start) is null)
            {
                return i;
            }
        }

        // "Type 59 tanks", "Model 1938 howitzers": the number of a designation is no count.
        if (i > 0 && Designations.Contains(tokens[i - 1].Text))
        {
            return i;
        }

        // "Soberana 02": a leading zero marks a code or a label, not a count.
        if (t.Text.Length > 1 && t.Text[0] == '0' && t.Text[1] != '.')
        {
            return i;
        }

        var amount = decimal.Parse(t.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var j = i + 1;
        decimal? scale = null;
        var currency = CurrencyBefore(text, t.Start);

        // "1.5bn", "US$10m": a scale written onto the digits.
        if (end < text.Length && char.IsLetter(text[end]))
        {
            if (j < tokens.Count && tokens[j].Start == end && tokens[j].Text is "bn" or "mn" or "m" or "k"
                && (currency is not null || tokens[j].Text is "bn" or "mn"))
            {
                scale = tokens[j].Text switch { "bn" => 1_000_000_000m, "k" => 1_000m, _ => 1_000_000m };
                end = tokens[j].Start + tokens[j].Length;
                j++;
            }
            else
            {
                return i; // an ordinal or a decade: "921st", "80th", "1980s"
            }
        }
        else if (j < tokens.Count && Scales.TryGetValue(tokens[j].Text, out var s) && tokens[j].Kind == TokenKind.Word)
        {
            scale = s;
            end = tokens[j].Start + tokens[j].Length;
            j++;
        }

        if (scale is { } sc)
        {
            amount *= sc;
        }

        var start = currency is { } c ? t.Start - c.Sign.Length : t.Start;
        var unit = currency is null ? Unit(text, tokens, j) : null;
        if (unit is { Excluded: true })
        {
            return j;
        }

        var isYear = scale is null && currency is null && t.Text.Length == 4 && !t.Text.Contains(',', StringComparison.Ordinal)
            && amount is >= 1000 and <= 2100;
        if (isYear && (unit is null or { Text.Length: 0 } || (i > 0 && Prepositions.Contains(tokens[i - 1].Text))))
        {
            return i;
        }

        if (currency is null && scale is null && unit is null or { Text.Length: 0 })
        {
            // "300 students in 1962 and 450 more the following year": a further figure of the unit before; so is one dated
            // on its own ("150 scholarships in 1991, 120 in 1992", "went from 60 in 1961 to 120 in 1962").
            // "some 1,200 of them graduated": a share of the people named before, whose unit the caller knows; so are "about 120
            // have graduated", the learners named before.
            if (YearAfter(tokens, j) || FollowingYear(tokens, j) || YearLabel(tokens, i) || OfThem(tokens, j) || HaveLearned(tokens, j))
            {
                found.Add(new Quantity(amount, string.Empty, text[start..end], start, end - start, null));
                return j - 1;
            }

            // "a second group of 90 followed": the size of a further group of what came before; so is "a further 12
            // followed", "another 40 arrived".
            if (GroupOf(tokens, i) || FurtherOf(tokens, i, j))
            {
                found.Add(new Quantity(amount, string.Empty, text[start..end], start, end - start, null));
                return j - 1;
            }

            if (MoreOf(tokens, j))
            {
                var moreEnd = tokens[j].Start + tokens[j].Length;
                found.Add(new Quantity(amount, string.Empty, text[start..moreEnd], start, moreEnd - start, null));
                return j;
            }

            return i; // a bare figure names nothing
        }

        var (unitText, code, unitEnd) = currency is { } cur ? (cur.Unit, cur.Code, end) : (unit!.Text, unit.Currency, unit.Text.Length > 0 ? unit.End : end);
        found.Add(new Quantity(amount, unitText, text[start..unitEnd], start, unitEnd - start, code));
        return unit is { Text.Length: > 0 } ? unit.NextToken - 1 : j - 1;
    }

    // "two million sets of uniforms", "half a million", "a dozen rifles"; "one of", "two governments" are not quantities.
    private static int Words(string text, List<Token> tokens, int i, List<Quantity> found)
    {
        var j = i;
        var hasNumber = false;
        var hasScale = false;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word)
        {
            var w = tokens[j].Text;
            if (IsNumberWord(w))
            {
                hasNumber = true;
            }
            else if (Scales.ContainsKey(w) && w is not "bn" and not "mn")
            {
                hasScale = true;
            }
            else if (!((w is "a" or "an" && j + 1 < tokens.Count && (Scales.ContainsKey(tokens[j + 1].Text) || tokens[j + 1].Text == "dozen"))
                || (w == "half" && j == i) || (w == "and" && hasScale && j + 1 < tokens.Count && Units.ContainsKey(tokens[j + 1].Text))))
            {
                break;
            }

            j++;
        }

        // Vague amounts ("hundreds", "thousands of") never match: only singular scale words are numbers.
        if (j == i || (!hasNumber && !hasScale) || tokens[j - 1].Text is "a" or "an" or "and" or "half")
        {
            return i;
        }

        var amount = ParseNumber(string.Join(' ', tokens.Skip(i).Take(j - i).Select(x => x.Text)));
        if (amount is null)
        {
            return i;
        }

        var unit = Unit(text, tokens, j);
        var numberEnd = tokens[j - 1].Start + tokens[j - 1].Length;
        if (unit is { Excluded: true })
        {
            return j;
        }

        // "one of the few", "the two met": a small number word needs a unit; "two million" may stand alone in a series.
        if (unit.Text.Length == 0 && !hasScale)
        {
            return i;
        }

        var end = unit.Text.Length > 0 ? unit.End : numberEnd;
        var start = tokens[i].Start;
        found.Add(new Quantity(amount.Value, unit.Text, text[start..end], start, end - start, unit.Currency));
        return unit.Text.Length > 0 ? unit.NextToken - 1 : j - 1;
    }

    // "120 in 1992", "67 by 2010": a bare figure and the year it stands for.
    private static bool YearAfter(List<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j].Text is "in" or "by" && tokens[j + 1].Kind == TokenKind.Number && tokens[j + 1].Length == 4
        && int.TryParse(tokens[j + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100
        && (j + 2 == tokens.Count || tokens[j + 2].Text != "-");

    // "1,200 of them": a bare figure before "of them".
    private static bool OfThem(List<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j].Text == "of" && tokens[j + 1].Text == "them";

    // "120 have graduated", "300 had since completed": a bare figure as the subject of a perfect of learning.
    private static bool HaveLearned(List<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Count || tokens[j].Text is not ("have" or "has" or "had"))
        {
            return false;
        }

        var verb = tokens[j + 1].Text is "since" or "now" or "already" or "all" && j + 2 < tokens.Count ? tokens[j + 2].Text : tokens[j + 1].Text;
        return verb is "graduated" or "qualified" or "studied" or "trained" or "completed";
    }

    // "(1977: 40; 1978: 55)": a bare figure in a series whose items a year labels (not "at 10:30").
    private static bool YearLabel(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Text == ":" && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 2].Length == 4
        && int.TryParse(tokens[i - 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100;

    // "65 in 1982 and another 50 the following year": a bare figure and the year after the one before it.
    private static bool FollowingYear(List<Token> tokens, int j) =>
        j + 2 < tokens.Count && tokens[j].Text == "the" && tokens[j + 1].Text is "following" or "next" && tokens[j + 2].Text == "year";

    // "a second group of 90", "another batch of some 120": a figure after a group noun and "of" (and an approximation).
    private static bool GroupOf(List<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && Approximations.Contains(tokens[k].Text))
        {
            k--;
        }

        return k >= 1 && tokens[k].Text == "of" && GroupNouns.Contains(tokens[k - 1].Text);
    }

    // "a further 12 followed", "another 40 were sent", "another 40.": a bare figure after "a further" or "another", before a
    // verb or the end of its phrase (not "another 40 years", a unit of its own, nor "a further 12 of the 30").
    private static bool FurtherOf(List<Token> tokens, int i, int j) =>
        i >= 1 && (tokens[i - 1].Text is "another" or "Another" || (i >= 2 && tokens[i - 1].Text == "further" && tokens[i - 2].Text is "a" or "A"))
        && (j == tokens.Count || tokens[j].Kind != TokenKind.Word || (UnitStops.Contains(tokens[j].Text) && tokens[j].Text != "than")
            || (char.IsLower(tokens[j].Text[0]) && tokens[j].Text.EndsWith("ed", StringComparison.Ordinal)));

    private static readonly HashSet<string> GroupNouns = new(
        "group groups team teams batch batches contingent contingents wave waves detachment detachments".Split(' '),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Approximations = new(
        "some about around roughly nearly almost over another further".Split(' '),
        StringComparer.OrdinalIgnoreCase);

    // "450 more the following year", "200 more arrived", "450 more."; not "450 more than", "450 more doctors" (a unit of its own).
    private static bool MoreOf(List<Token> tokens, int j) =>
        j < tokens.Count && tokens[j].Text == "more"
        && (j + 1 == tokens.Count || tokens[j + 1].Kind != TokenKind.Word || (UnitStops.Contains(tokens[j + 1].Text) && tokens[j + 1].Text != "than")
            || tokens[j + 1].Text.EndsWith("ed", StringComparison.Ordinal));

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"two", "twenty-five": every part between hyphens a number word. Asked of every word the parser reads.</summary>
    private static bool IsNumberWord(string word)
    {
        foreach (var part in word.AsSpan().Split('-'))
        {
            if (!UnitLookup.ContainsKey(word.AsSpan(part)))
            {
                return false;
            }
        }

        return true;
    }

    // "a 103-man work brigade" → 103 workers; "a 500-strong military contingent" → 500 troops.
    private static int GroupSize(string text, List<Token> tokens, int i, List<Quantity> found)
    {
        var t = tokens[i];
        var dash = t.Text.IndexOf('-', StringComparison.Ordinal);
        var amount = decimal.Parse(t.Text[..dash].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var kind = t.Text[(dash + 1)..].ToLowerInvariant();
        var j = i + 1;
        var words = new List<string>();
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && !UnitStops.Contains(tokens[j].Text) && words.Count < 3)
        {
            words.Add(tokens[j].Text.ToLowerInvariant());
            j++;
        }

        var unit = words.Any(w => w is "work" or "labour" or "labor" or "construction" or "workers" or "engineering")
            ? "workers"
            : words.Any(w => w is "military" or "army" or "contingent" or "force" or "troops" or "combat" or "battalion"
                or "regiment" or "peacekeeping" or "guard" or "unit")
                ? "troops"
                : kind is "man" or "men" ? (words.Count == 0 ? "men" : "members") : kind is "person" ? "people" : "members";
        var end = j > i + 1 ? tokens[j - 1].Start + tokens[j - 1].Length : t.Start + t.Length;
        found.Add(new Quantity(amount, unit, text[t.Start..end], t.Start, end - t.Start, null));
        return j - 1;
    }

    // A plural head noun within the next two lower-case words, nothing that ends a phrase before it.
    private static bool PluralFollows(List<Token> tokens, int k)
    {
        for (var m = k; m < Math.Min(tokens.Count, k + 2); m++)
        {
            var w = tokens[m].Text;
            if (tokens[m].Kind != TokenKind.Word || char.IsUpper(w[0]) || UnitStops.Contains(w) || ExcludedUnits.Contains(w))
            {
                return false;
            }

            if (IsPlural(w) || InvariantNouns.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    // After a comma in a unit phrase: lower-case modifiers and commas, then "and" with a plural head noun close behind.
    private static bool ListReachesPlural(List<Token> tokens, int k)
    {
        for (var m = k; m < Math.Min(tokens.Count, k + 8); m++)
        {
            var w = tokens[m].Text;
            if (w == "and")
            {
                return PluralFollows(tokens, m + 1);
            }

            if (w != "," && (tokens[m].Kind != TokenKind.Word || char.IsUpper(w[0]) || UnitStops.Contains(w) || IsPlural(w) || InvariantNouns.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    private sealed record UnitPhrase(string Text, int End, int NextToken, string? Currency, bool Excluded);

    // The plural noun phrase after a number: capitalised qualifiers and codes are dropped ("2,000 Vietnamese students"
    // → "students", "100,000 AK-47 rifles" → "rifles"); it ends at its head noun, or after "of" and what follows
    // ("sets of uniforms", "tonnes of rice").
    private static UnitPhrase Unit(string text, List<Token> tokens, int j)
    {
        var words = new List<string>();
        var end = j < tokens.Count ? tokens[j].Start : text.Length;
        var afterOf = false;
        var headFound = false;
        var k = j;
        for (; k < tokens.Count && words.Count < 6; k++)
        {
            var t = tokens[k];
            // "300 Type 59 tanks", "40 Model 1938 howitzers": the number of a designation is part of the qualifier.
            if (t.Kind == TokenKind.Number && words.Count == 0 && k > j && Designations.Contains(tokens[k - 1].Text))
            {
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                // "320,000 engineering, railway and anti-aircraft troops": modifiers listed before the head noun.
                if (t.Text == "," && words.Count > 0 && !headFound && !afterOf && ListReachesPlural(tokens, k + 1))
                {
                    continue;
                }

                break;
            }

            var w = t.Text;

            // "30 million marks' worth of goods": the currency's plural possessive.
            var currency = w.Length > 1 && w[^1] is '\'' or '’' ? w[..^1] : w;
            if (CurrencyWords.TryGetValue(currency, out var money) && words.Count == 0)
            {
                return new UnitPhrase(money.Unit, t.Start + currency.Length, k + 1, money.Code, false);
            }

            if (char.IsUpper(w[0]) || w.Any(char.IsDigit))
            {
                if (afterOf)
                {
                    break;
                }

                // "sixty Cubans, among them …": a people's plural name with no noun after it is the unit itself.
                // "3,000 Vietnamese had graduated"; "1,400 young Jamaicans trained": so too after lower-case modifiers, before a verb
                // ("45 Angolans began courses in Pyongyang").
                if (!headFound && !afterOf && (w.EndsWith("ans", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)) && (k + 1 == tokens.Count || tokens[k + 1].Kind != TokenKind.Word
                    || UnitStops.Contains(tokens[k + 1].Text) || (char.IsLower(tokens[k + 1].Text[0]) && (tokens[k + 1].Text.EndsWith("ed", StringComparison.Ordinal) || IrregularPasts.Contains(tokens[k + 1].Text)))))
                {
                    return new UnitPhrase(w, t.Start + t.Length, k + 1, null, false);
                }

                // "250 T-55s and dozens of helicopters", "twelve MiG-21s": a model's plural with no noun after it is the unit itself.
                if (!headFound && !afterOf && ModelPlural(w) && (k + 1 == tokens.Count || tokens[k + 1].Kind != TokenKind.Word || UnitStops.Contains(tokens[k + 1].Text)))
                {
                    return new UnitPhrase(w, t.Start + t.Length, k + 1, null, false);
                }

                continue; // a qualifier: "Vietnamese", "AK-47", "U.S."
            }

            if (w == "of")
            {
                if (!headFound || afterOf)
                {
                    break;
                }

                afterOf = true;
                words.Add(w);
                continue;
            }

            // "72 search and rescue specialists": modifiers joined by "and" before the head noun.
            if (w == "and" && !headFound && !afterOf && words.Count > 0 && PluralFollows(tokens, k + 1))
            {
                words.Add(w);
                continue;
            }

            if (UnitStops.Contains(w) || (words.Count > 0 && !afterOf && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))))
            {
                break;
            }

            // "two governments" is no unit; "100 government scholarships" is: a singular word before a plural noun qualifies it.
            if (ExcludedUnits.Contains(w) && (words.Count == 0 || IsPlural(w) || InvariantNouns.Contains(w)) && !QualifiesPlural(w, tokens, k + 1)
                && !LengthOfGoods(w, tokens, k + 1))
            {
                return new UnitPhrase(string.Empty, end, k, null, true);
            }

            words.Add(w);
            end = t.Start + t.Length;
            if (IsPlural(w) || InvariantNouns.Contains(w))
            {
                headFound = true;
                if (afterOf || k + 1 >= tokens.Count || tokens[k + 1].Text != "of")
                {
                    k++;
                    break;
                }
            }
            else if (afterOf)
            {
                // "tonnes of rice": one mass noun after "of" closes the phrase.
                headFound = true;
                k++;
                break;
            }
        }

        if (words.Count > 0 && words[^1] == "of")
        {
            words.RemoveAt(words.Count - 1);
        }

        return headFound && words.Count > 0
            ? new UnitPhrase(string.Join(' ', words), end, k, null, false)
            : new UnitPhrase(string.Empty, end, j, null, false);
    }

    // "T-55s", "MiG-21s", "Su-22s": a capitalised model code ending in digits, made plural.
    private static bool ModelPlural(string w) =>
        w.Length > 3 && w[^1] == 's' && char.IsAsciiDigit(w[^2]) && char.IsUpper(w[0]) && w.Contains('-', StringComparison.Ordinal);

    // "300,000 metres of cotton cloth" is goods measured by length (not "within 500 metres of the border"); "3.5 million rounds
    // of ammunition" is goods counted by the shot (not "three rounds of talks").
    private static bool LengthOfGoods(string w, List<Token> tokens, int next) =>
        next + 1 < tokens.Count && tokens[next].Text == "of" && tokens[next + 1].Kind == TokenKind.Word
        && (w is "metres" or "meters" or "yards" ? char.IsLower(tokens[next + 1].Text[0]) && !UnitStops.Contains(tokens[next + 1].Text)
            : w == "rounds" && (Ammunition(tokens[next + 1].Text) || (next + 2 < tokens.Count && Ammunition(tokens[next + 2].Text))));

    // "rounds of ammunition", "rounds of rifle ammunition".
    private static bool Ammunition(string w) => w is "ammunition" or "ammo" or "shells" or "cartridges" or "artillery" or "mortar";

    private static bool QualifiesPlural(string w, List<Token> tokens, int next) =>
        !IsPlural(w) && w.Length > 3 && next < tokens.Count && tokens[next].Kind == TokenKind.Word && IsPlural(tokens[next].Text)
        && !ExcludedUnits.Contains(tokens[next].Text) && !UnitStops.Contains(tokens[next].Text);

    // "crewmen", "seamen", "servicewomen" are plurals without an -s (not "specimen", "regimen", "abdomen", "acumen").
    private static bool IsPlural(string w) =>
        (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
        || (w.Length > 5 && w.EndsWith("men", StringComparison.Ordinal) && !w.EndsWith("imen", StringComparison.Ordinal)
            && (!w.EndsWith("omen", StringComparison.Ordinal) || w.EndsWith("women", StringComparison.Ordinal)) && !w.EndsWith("umen", StringComparison.Ordinal));

    private static (string Sign, string Unit, string Code)? CurrencyBefore(string text, int start)
    {
        foreach (var c in CurrencySigns)
        {
            var s = start - c.Sign.Length;
            if (s >= 0 && string.CompareOrdinal(text, s, c.Sign, 0, c.Sign.Length) == 0 && WordStart(text, s, c.Sign))
            {
                return c;
            }

            // "RMB 400 million", "£E 50,000": a code with a space.
            if (c.Sign.Length > 1 && s - 1 >= 0 && text[start - 1] == ' ' && string.CompareOrdinal(text, s - 1, c.Sign, 0, c.Sign.Length) == 0
                && (char.IsLetter(c.Sign[0]) || char.IsLetter(c.Sign[^1])) && WordStart(text, s - 1, c.Sign))
            {
                return c with { Sign = c.Sign + " " };
            }
        }

        return null;
    }

    // A code that starts with a letter is a word of its own: "DM 40 million", not the end of "ADM 40".
    private static bool WordStart(string text, int s, string sign) => !char.IsLetter(sign[0]) || s == 0 || !char.IsLetter(text[s - 1]);

    // Group sizes "103-man", "500-strong"; figures "100,000", "12.3"; words with inner hyphens, apostrophes and digits
    // ("AK-47", "anti-aircraft"); a figure glued to a hyphenated word ("60-hour") is an adjective and reads as a word.
    // Scanned by hand: this runs over every sentence of the corpus.
    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>((text.Length / 5) + 4); // about one token per five or six characters
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var kind = TokenKind.Other;
            if (char.IsAsciiDigit(c))
            {
                i = SkipDigits(text, i);
                while (i + 3 < text.Length && text[i] == ',' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                    && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
                {
                    i += 4;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i = SkipDigits(text, i + 1);
                }

                kind = TokenKind.Number;
                if (HyphenatedAmount(text, i) is var (scaleEnd, currencyEnd) && scaleEnd > 0)
                {
                    // "a 30-million-ruble credit", "a $50-million loan": the figure, its scale and its currency read as
                    // words of their own.
                    tokens.Add(new Token(TokenTexts.Get(text.AsSpan(start, i - start)), start, i - start, kind));
                    tokens.Add(new Token(TokenTexts.Get(text.AsSpan(i + 1, scaleEnd - i - 1)), i + 1, scaleEnd - i - 1, TokenKind.Word));
                    if (currencyEnd > 0)
                    {
                        tokens.Add(new Token(TokenTexts.Get(text.AsSpan(scaleEnd + 1, currencyEnd - scaleEnd - 1)), scaleEnd + 1, currencyEnd - scaleEnd - 1, TokenKind.Word));
                    }

                    i = Math.Max(scaleEnd, currencyEnd);
                    continue;
                }

                if (IsCode(text, i))
                {
                    // "2A4", "3M14": digits, letters and digits again are a model code, read as a word.
                    i = SkipWord(text, i);
                    kind = TokenKind.Word;
                }
                else if (i + 1 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]))
                {
                    var suffixStart = i + 1;
                    i = SkipWord(text, suffixStart);
                    kind = GroupSuffixes.Contains(text[suffixStart..i]) ? TokenKind.GroupSize : TokenKind.Word;
                }
            }
            else if (char.IsLetter(c))
            {
                // "£G8 million": the letter of a pound sign ("£G", "£E") ends before the digits.
                i = start > 0 && text[start - 1] == '£' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]) ? i + 1 : SkipWord(text, i);
                kind = TokenKind.Word;
            }
            else
            {
                i++;
            }

            tokens.Add(new Token(TokenTexts.Get(text.AsSpan(start, i - start)), start, i - start, kind));
        }

        return tokens;
    }

    // After a figure: "-million" or "-billion" that ends the word, or is followed by "-ruble", "-yuan" (a currency word) that
    // ends it. Returns where the scale and the currency end (0 for none). "10-million-strong", "5-million-year-old" are words.
    private static (int ScaleEnd, int CurrencyEnd) HyphenatedAmount(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] != '-' || !char.IsAsciiLetter(text[i + 1]))
        {
            return (0, 0);
        }

        var scaleEnd = LetterRun(text, i + 1);
        if (!Scales.ContainsKey(text[(i + 1)..scaleEnd]))
        {
            return (0, 0);
        }

        if (scaleEnd < text.Length && text[scaleEnd] == '-' && scaleEnd + 1 < text.Length && char.IsLetter(text[scaleEnd + 1]))
        {
            var currencyEnd = LetterRun(text, scaleEnd + 1);
            return CurrencyWords.ContainsKey(text[(scaleEnd + 1)..currencyEnd]) && !WordGoesOn(text, currencyEnd) ? (scaleEnd, currencyEnd) : (0, 0);
        }

        return WordGoesOn(text, scaleEnd) ? (0, 0) : (scaleEnd, 0);
    }

    private static int LetterRun(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool WordGoesOn(string text, int i) => i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '’');

    // Letters right after a figure, then a digit: "2A4" (not "1980s", "10m", "1.5bn").
    private static bool IsCode(string text, int i)
    {
        var k = i;
        while (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        return k > i && k < text.Length && char.IsAsciiDigit(text[k]);
    }

    // The same words recur in sentence after sentence: each distinct one becomes a string once.
    private static readonly StringMemo<string> TokenTexts = new(text => text);

    // Words a model's number follows: "Type 59", "Model 1938", "Mark V".
    private static readonly HashSet<string> Designations = new(["Type", "Model", "Mark", "Project", "Class", "Series"], StringComparer.Ordinal);

    private static readonly HashSet<string> GroupSuffixes = new(["man", "men", "member", "strong", "person", "woman", "women"], StringComparer.OrdinalIgnoreCase);

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    // Letters, marks, digits and apostrophes, with inner hyphens: "anti-aircraft", "AK-47", "O'Brien".
    private static int SkipWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c is '\'' or '’' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private enum TokenKind
    {
        Number,
        GroupSize,
        Word,
        Other,
    }

    private readonly record struct Token(string Text, int Start, int Length, TokenKind Kind);

    // Day-and-month dates and day ranges are not quantities: "29 August 1960", "March 1 and 2", "October 9–11".
    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:–|-|and|to)\s*\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}(?:\s*(?:–|-)\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?)\b")]
    private static partial Regex DatePattern();
}
