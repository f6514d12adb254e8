using System.Text.RegularExpressions;

namespace Relations.Articles.Extraction;

/// <summary>Where the cue of a transfer (<see cref="Cue"/>: "sent", "granted", "aid") is looked for in a clause.</summary>
public static partial class AidExtractor
{
    /// <summary>
    /// The first <see cref="Cue"/> of the clause that its words allow: "training" and "work" only after a form of "be",
    /// "helped" only right after people, and so on (below); a match they refuse is passed over for the next.
    /// </summary>
    private static Match FindCue(string text, TextSpan clause)
    {
        for (var m = NextCue(text, clause.Start, clause.End); m.Success; m = NextCue(text, m.Index + m.Length, clause.End))
        {
            // "officers were training the army", "engineers were at work in Ghana" (not "went for training",
            // "began work"): these two words are cues only after a form of "be".
            // "40 Cuban literacy advisers helped …", "15 Cuban surveyors spent two years …" (not "China helped Laos build …",
            // "China spent US$5 million"): a cue only right after people. "the first 8 Polish experts in mining reached
            // Tete" (not "trade reached US$5 million"): arriving only for people counted in the clause's own phrase.
            // "undertook to train 80 Lao officers": training only as an infinitive.
            if ((!m.Groups["progressive"].Success || Progressive().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start)))
                && (!m.Groups["helper"].Success || Personnel().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start).TrimEnd()))
                && (!m.Groups["arrive"].Success || PeopleArriving().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start)))
                && (!m.Groups["toTrain"].Success || text.AsSpan(clause.Start, m.Index - clause.Start).EndsWith(" to ", StringComparison.Ordinal))
                && (!m.Groups["tally"].Success || TallyOwner().IsMatch(text.AsSpan(clause.Start, m.Index - clause.Start)) || NumberOf(text, clause, m)))
            {
                return m;
            }
        }

        return Match.Empty;
    }

    /// <summary>
    /// The first match of <see cref="Cue"/> in <c>text[from..end]</c>, exactly as <c>Cue().Match(text, from, end - from)</c>
    /// finds it. Most clauses hold no cue, and the pattern tried at every letter of them was the aid extractor's largest
    /// cost: here it is tried only where a word of <see cref="CueWords"/> starts (every alternative opens with one, as a
    /// whole word), and at every character of a word with a non-ASCII character (after "’" or "–" a match may open inside it).
    /// </summary>
    internal static Match NextCue(string text, int from, int end)
    {
        var i = from;
        while (i < end)
        {
            while (i < end && !IsCueWordChar(text[i]))
            {
                i++;
            }

            var start = i;
            var ascii = true;
            while (i < end && IsCueWordChar(text[i]))
            {
                ascii &= text[i] < 128;
                i++;
            }

            if (ascii)
            {
                if (i > start && CueWordLookup.Contains(text.AsSpan(start, i - start)) && CueAt().Match(text, start, end - start) is { Success: true } m)
                {
                    return m;
                }

                continue;
            }

            // Tried against the text from `from` on, so that \b sees the character before each position, as Cue() does.
            for (var p = start; p < i; p++)
            {
                if (CueAt().IsMatch(text.AsSpan(from, end - from), p - from))
                {
                    return CueAt().Match(text, p, end - p);
                }
            }
        }

        return Match.Empty;
    }

    // ASCII word characters as \w has them; every non-ASCII character is kept in the word, which makes it a candidate.
    private static bool IsCueWordChar(char c) => c >= 128 || char.IsAsciiLetterOrDigit(c) || c == '_';

    // The words of Cue, one per alternative ("for" stands for "for free").
    private static readonly HashSet<string> CueWords = new(
        [
            "accepted", "admitted", "passed", "built", "erected", "constructed", "advisory", "aid", "airlift", "airlifts", "airlifted", "arrived", "assistance", "contingent", "contingents", "gift", "gifted", "gifts", "handed", "donate", "attend", "attended", "attending", "enrolled", "enrolling", "unloaded", "brought", "brings", "assigned", "began", "started", "teaching", "taught", "bought", "buy", "buys", "came", "committed", "contributed", "credit",
            "credits", "delivered", "deliveries", "delivers", "delivery", "deployed", "dispatched", "dispatch", "dispatching", "donated", "donates", "donation",
            "donations", "educated", "exported", "keeps", "kept", "maintained", "maintains", "posted", "exports", "extended", "flew", "flown", "flying", "for", "gave",
            "give", "gives", "got", "grant", "granted", "grants", "imported", "imports", "lend", "lends",
            "lent", "loan", "loaned", "loans", "remitted", "remits", "obtained", "offered", "offers", "paid", "pays", "pay", "extend", "approved", "approves", "approve", "repatriated", "repatriates", "pledged",
            "pledges", "provide", "provided", "provides", "purchased", "purchases", "received", "receives", "receiving", "returned", "scholarship", "scholarships",
            "seconded", "sells", "send", "sends", "sent", "served", "serving", "shipped", "sold", "stationed", "supply", "graduated",
            "employed", "hired", "hires", "hire", "awarded", "awards", "treated", "carried", "wrote", "writes", "write", "written",
            "studied", "study", "studying", "subsidies", "subsidy", "supplied", "supplies", "took", "trained", "transferred",
            "transfers", "forgave", "forgives", "forgiven", "cancelled", "canceled", "waived", "worked", "working", "shipping", "training", "work", "there", "brigade", "brigades", "helped", "assisted", "spent", "presented",
            "numbered", "numbering", "number", "numbers", "reached", "train", "educate", "completed", "reciprocated",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueWordLookup = CueWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same, tried at one position only (where a word that can open it starts: NextCue).
    [GeneratedRegex(@"\G(?:" + CuePattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex CueAt();
}
