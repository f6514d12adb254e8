using System.Text.RegularExpressions;
using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>The year an aid figure is given for: a series label, its own phrase's date, else the sentence's or the paragraph's.</summary>
public static partial class AidExtractor
{
    /// <summary>The amount's own year (<see cref="OwnYear"/>), else the sentence's date before it, else the year in force.</summary>
    private static int? Year(AnalysedSentence s, TextSpan region, int quantityStart, int quantityEnd)
    {
        if (FollowingSeason(s, quantityStart, quantityEnd) is { } season)
        {
            return season;
        }

        if (OwnDate(s, region, quantityStart, quantityEnd) is { } own)
        {
            return YearOf(own.Date);
        }

        // "They stayed through 1968; 200 pilots were reported to have served": the sentence's date before it, else the year in force.
        // "Altogether, roughly 21,000 Mozambicans were sent": a total over the years takes no year in force.
        var earlier = s.Dates.LastOrDefault(d => d.Start < quantityStart && !Clauses.InParentheses(s.Text, d.Start));
        return earlier is not null ? YearOf(earlier.Date) : Total().IsMatch(s.Text) ? null : s.Before.Year;
    }

    // "Altogether, ", "In all ", "All told, ", "In total, ": a sentence that opens by summing up.
    [GeneratedRegex(@"^(?:Altogether|All\s+told|All\s+in\s+all|In\s+all|In\s+total|Overall)\b")]
    private static partial Regex Total();

    /// <summary>"Ortega was in Hanoi in October 1985, and a team of 40 engineers arrived the following spring": a season the
    /// amount's phrase names is the first such season after the date before it — the next year's spring after an October, the
    /// same year's after a January, the next year's after a bare year.</summary>
    private static int? FollowingSeason(AnalysedSentence s, int quantityStart, int quantityEnd)
    {
        // Most amounts are followed by no season.
        var text = s.Text;
        var after = text.AsSpan(quantityEnd);
        if ((!after.Contains("following ", StringComparison.Ordinal) && !after.Contains("next ", StringComparison.Ordinal))
            || SeasonAfterAmount().Match(text, quantityEnd, text.Length - quantityEnd) is not { Success: true } m)
        {
            return null;
        }

        var anchor = s.Dates.LastOrDefault(d => d.Start + d.Length <= quantityStart && !Clauses.InParentheses(text, d.Start))?.Date ?? s.Before.Previous;
        if (anchor is null)
        {
            return s.Before.Year + 1;
        }

        if (anchor.Precision == DatePrecision.Decade)
        {
            return null;
        }

        // A month before the season's first (March, June, September) still has this year's season ahead of it.
        var seasonStart = m.Groups["season"].ValueSpan switch { "spring" => 3, "summer" => 6, _ => 9 };
        var last = anchor.End ?? anchor.Start;
        return last.Precision is DatePrecision.Month or DatePrecision.Day && last.Month < seasonStart ? last.Year : last.Year + 1;
    }

    // " arrived the following spring", " landed in Luanda the next autumn": a season after the amount, in its own phrase (winter
    // straddles two years and is left to the date before).
    [GeneratedRegex(@"^[^,;:()\d]{0,60}?\bthe\s+(?:following|next)\s+(?<season>spring|summer|autumn|fall)\b")]
    private static partial Regex SeasonAfterAmount();

    private static int? OwnYear(AnalysedSentence s, TextSpan region, int quantityStart, int quantityEnd) =>
        OwnDate(s, region, quantityStart, quantityEnd) is { } own ? YearOf(own.Date) : null;

    /// <summary>The year label of a series item ("1967: 20 million"), else the date right after the amount ("24 million in
    /// 1967 and 27 million in 1968", "450 more the following year"), else the date of a second verb joined by "and" whose
    /// phrase runs to the amount ("sent 12 agronomists in 1962 and in 1963 granted a credit of 25 million złoty"), else the
    /// first date of the amount's part of the clause; a decade gives none.</summary>
    private static DateMention? OwnDate(AnalysedSentence s, TextSpan region, int quantityStart, int quantityEnd)
    {
        var text = s.Text;
        return s.Dates.LastOrDefault(d => d.Start + d.Length <= quantityStart && YearLabel().IsMatch(text.AsSpan(d.Start + d.Length, quantityStart - d.Start - d.Length)))
            ?? s.Dates.FirstOrDefault(d => d.Start >= quantityEnd && d.Start - quantityEnd <= 12 && DateAfterAmount().IsMatch(text.AsSpan(quantityEnd, d.Start - quantityEnd)))
            ?? s.Dates.FirstOrDefault(d => d.Start >= quantityEnd && d.Start - quantityEnd <= 60 && DateInPhrase().IsMatch(text.AsSpan(quantityEnd, d.Start - quantityEnd)))
            ?? FollowedBy(s, region, quantityStart)
            ?? s.Dates.LastOrDefault(d => d.Start >= region.Start && d.Start + d.Length <= quantityStart && text.AsSpan(0, d.Start).EndsWith(" and in ", StringComparison.Ordinal)
                && SecondVerbToAmount().IsMatch(text.AsSpan(d.Start + d.Length, quantityStart - d.Start - d.Length)))
            ?? s.Dates.FirstOrDefault(d => region.Contains(d.Start) && !Clauses.InParentheses(text, d.Start)
                && (d.Start < quantityEnd || !NextVerb().IsMatch(text.AsSpan(quantityEnd, d.Start - quantityEnd))));
    }

    /// <summary>"The loan of 1962 was followed in 1965 by a grant of 2 million leva": the date of what follows is the one
    /// between "followed" and its "by".</summary>
    private static DateMention? FollowedBy(AnalysedSentence s, TextSpan region, int quantityStart)
    {
        // Most regions follow nothing.
        var text = s.Text;
        if (text.IndexOf("followed ", region.Start, quantityStart - region.Start, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        return s.Dates.LastOrDefault(d => d.Start >= region.Start && d.Start + d.Length <= quantityStart
            && (text.AsSpan(0, d.Start).EndsWith("followed in ", StringComparison.Ordinal) || text.AsSpan(0, d.Start).EndsWith("followed on ", StringComparison.Ordinal))
            && ByToAmount().IsMatch(text.AsSpan(d.Start + d.Length, quantityStart - d.Start - d.Length)));
    }

    /// <summary>"… offers about 100 scholarships each year": a recurring phrase in the amount's own comma-separated part
    /// makes it yearly; one elsewhere in the clause ("renewed every year, worth 18 million leva in 1966") does so only for
    /// an amount with no date of its own.</summary>
    private static bool RecurringInPart(string text, TextSpan clause, int start, int end)
    {
        var from = text.LastIndexOf(',', start, start - clause.Start);
        from = from < 0 ? clause.Start : from;
        var to = PartEnd(text, clause, end);
        return Recurring().IsMatch(text.AsSpan(from, to - from));
    }

    /// <summary>"By 1984–85 Soviet assistance was running at roughly US$100 million a year": a rate in the amount's own part
    /// takes the date that part gives before it; a figure spread over a war or decades, or a rate with no date of its own
    /// part ("In 2015 …, and Cuba offers 80 scholarships every year"), has none.</summary>
    private static int? RateYear(AnalysedSentence s, TextSpan clause, int start)
    {
        var text = s.Text;
        var from = text.LastIndexOf(',', start, start - clause.Start);
        from = from < 0 ? clause.Start : from;
        if (Spread().IsMatch(text.AsSpan(from, PartEnd(text, clause, start) - from)))
        {
            return null;
        }

        var date = s.Dates.LastOrDefault(d => d.Start >= from && d.Start + d.Length <= start && !Clauses.InParentheses(text, d.Start));
        var partStart = from == clause.Start ? from : from + 1;
        if (date is null && partStart > 0 && UnderAgreement().IsMatch(text.AsSpan(partStart, start - partStart)))
        {
            // "A treaty was signed on 28 February 1921; under it Moscow promised a yearly subsidy of …", "an agreement signed in
            // 1965, under which Hanoi supplied …": a rate an agreement sets is dated by the agreement, told just before.
            date = s.Dates.LastOrDefault(d => d.Start + d.Length <= partStart && !Clauses.InParentheses(text, d.Start));
        }

        return date is null ? null : YearOf(date.Date);
    }

    // A clause that opens on the terms of the agreement just named: "under it", "under which", "under the treaty".
    [GeneratedRegex(@"^\s*(?:under|by)\s+(?:it|which|its\s+terms|the\s+(?:treaty|agreement|accord|pact|deal))\b")]
    private static partial Regex UnderAgreement();

    private static int? YearOf(FuzzyDate date) => date.Precision == DatePrecision.Decade ? null : date.Start.Year;

    [GeneratedRegex(@"^\s*[:–-]\s*$")]
    private static partial Regex YearLabel();

    // " by scholarships for ", " by a grant of ": the agent of "followed", up to the amount, in one phrase.
    [GeneratedRegex(@"^\s+by\s[^,;\d]*$")]
    private static partial Regex ByToAmount();

    // " granted a trade credit of ": after "and in 1963", a verb and its object up to the amount, in one phrase.
    [GeneratedRegex(@"^\s+\p{Ll}+\s[^,;\d]{0,50}$")]
    private static partial Regex SecondVerbToAmount();

    [GeneratedRegex(@"^\s+(?:in\s+|during\s+|by\s+)?$")]
    private static partial Regex DateAfterAmount();

    // "150,000 tonnes of rice free of charge in 1995", "500,000 tonnes through the World Food Programme in October 2000":
    // the date that closes the amount's own phrase, with no other figure or part between; "US$100,000 in cash and 500 tonnes
    // of rice to Aceh in January 2005": or with a second figure joined by "and", which the date closes too.
    [GeneratedRegex(@"^[^,;:()\d]*?(?:\sand\s+\d[\d,.]*\s[^,;:()\d]*?)?\s(?:in|during)\s+$")]
    private static partial Regex DateInPhrase();

    // "opened a credit of US$60 million for Cuba and undertook to buy … the following year": a date after a second verb
    // joined by "and" is that verb's.
    [GeneratedRegex(@"\sand\s+(?:also\s+)?(?:\p{Ll}+ed|undertook|took|gave|sent|made|began|sold|bought|built|lent|won|went|came|paid|held|set|signed)\s")]
    private static partial Regex NextVerb();

    [GeneratedRegex(@"\b(?:over|throughout)\s+the\b", RegexOptions.IgnoreCase)]
    private static partial Regex Spread();

    // A recurring figure, or one spread over a war or decades ("over the whole period", "over the following decade"), has no
    // single year ("paid out over the next three years" starts in the year in force, which the gold accepts); nor has a
    // standing one ("at any given time roughly 2,000 students were studying", "At the height of cooperation about 50 Soviet
    // military advisers served"; not "at the peak of construction in 1961").
    [GeneratedRegex(@"\b(?:every year|each year|a year|per year|annually|per annum|yearly|at any (?:given |one )?time|at (?:the|its|their) (?:height|peak)(?![^,;.]*?\b(?:in|of)\s+\d{4}\b)|over the (?:years|decades|(?:following|next) decade)|over the (?:course of the|whole|entire) (?:war|conflict|decades?|period)|throughout the (?:war|conflict|decades?|period))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recurring();
}
