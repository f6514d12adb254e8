using System.Buffers;
using System.Text.RegularExpressions;
using Relations.Articles.Facts;

namespace Relations.Articles.Extraction;

/// <summary>Classifies an event by the words of its clause; the first kind whose words match wins (most specific first).</summary>
public static partial class EventKinds
{
    public static EventKind Classify(string clause, bool establishesTheseParties)
    {
        if (Defection().IsMatch(clause))
        {
            return EventKind.Defection;
        }

        if (Condolence().IsMatch(clause))
        {
            return EventKind.Condolence;
        }

        if (establishesTheseParties)
        {
            return EventKind.Establishment;
        }

        return clause switch
        {
            _ when Summit().IsMatch(clause) => EventKind.Summit,
            _ when Visit().IsMatch(clause) => EventKind.Visit,
            _ when Agreement().IsMatch(clause) => EventKind.Agreement,
            _ when IsCooling(clause) => EventKind.Cooling,
            _ when Aid().IsMatch(clause) => EventKind.Aid,
            _ when Military().IsMatch(clause) => EventKind.Military,
            _ when Trade().IsMatch(clause) => EventKind.Trade,
            _ => EventKind.Other,
        };
    }

    [GeneratedRegex(@"\bdefect(?:ed|ion|or|ors|s)?\b|\bsought asylum\b", RegexOptions.IgnoreCase)]
    private static partial Regex Defection();

    [GeneratedRegex(@"\bmourning\b|\bcondolences?\b|\bfuneral\b|\bpay (?:his|her|their) respects\b|\bdeath of\b|'s death\b", RegexOptions.IgnoreCase)]
    private static partial Regex Condolence();

    [GeneratedRegex(@"\bsummit\b|\bmet with\b|\btalks with\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summit();

    [GeneratedRegex(@"\bvisit(?:ed|s|ing)?\b|\bcame to\b|\bcome to\b|\btravel(?:l)?ed to\b|\btrip to\b|\btour(?:ed)?\b|\barrived in\b|\bdelegation\b", RegexOptions.IgnoreCase)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\bagreements?\b|\btreaty\b|\baccords?\b|\bsigned\b|\bconcluded\b|\bmemorand(?:um|a)\b|\bprotocol\b|\bagreed\b|\bpact\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    /// <summary>
    /// Whether <see cref="Cooling"/> matches the clause: the pattern runs only on a clause that holds one of
    /// <see cref="CoolingWords"/>, as every match of it does (its own search for a place to start found one in most clauses),
    /// or the Kelvin sign, which the pattern, ignoring case, takes for the "k" of "broke off".
    /// </summary>
    internal static bool IsCooling(string clause) =>
        (clause.AsSpan().IndexOfAny(CoolingWords) >= 0 || clause.Contains('\u212A', StringComparison.Ordinal)) && Cooling().IsMatch(clause);

    /// <summary>The words of <see cref="Cooling"/>'s alternatives, each as its pattern opens ("deteriorat" for "deteriorated").</summary>
    private static readonly SearchValues<string> CoolingWords = SearchValues.Create(
        ["deteriorat", "declin", "cooling", "cooled", "rival", "tension", "condemn", "sever", "broke off", "resent", "dispute", "strain", "protest", "expel", "recalled", "boycott", "sanction"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bdeteriorat\w*|\bdeclin\w*|\bcooling\b|\bcooled\b|\brivals?\b|\btensions?\b|\bcondemn\w*|\bsever\w*|\bbroke off\b|\bresent\w*|\bdisputes?\b|\bstrain\w*|\bprotest\w*|\bexpel\w*|\brecalled\b|\bboycott\w*|\bsanction\w*", RegexOptions.IgnoreCase)]
    internal static partial Regex Cooling();

    [GeneratedRegex(@"\baid\b|\bassistance\b|\bdonat\w*|\bgrants?\b|\bloans?\b|\bsent\b|\bprovided\b|\bsupplied\b|\bfor free\b|\beducation\b|\bhelp(?:ed)?\b|\bassist\b", RegexOptions.IgnoreCase)]
    private static partial Regex Aid();

    [GeneratedRegex(@"\bmilitary\b|\bweapons?\b|\barms\b|\btroops\b|\bsquadrons?\b|\bpilots?\b|\bwar\b|\barmy\b|\bammunition\b|\bartillery\b|\bnaval\b|\bmissiles?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Military();

    [GeneratedRegex(@"\btrade\b|\bbarter\b|\bexport\w*|\bimport\w*|\binvest\w*|\beconom\w*|\bcommerc\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();
}
