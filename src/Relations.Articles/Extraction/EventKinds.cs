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
            _ when Cooling().IsMatch(clause) => EventKind.Cooling,
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

    [GeneratedRegex(@"\bdeteriorat\w*|\bdeclin\w*|\bcooling\b|\bcooled\b|\brivals?\b|\btensions?\b|\bcondemn\w*|\bsever\w*|\bbroke off\b|\bresent\w*|\bdisputes?\b|\bstrain\w*|\bprotest\w*|\bexpel\w*|\brecalled\b|\bboycott\w*|\bsanction\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Cooling();

    [GeneratedRegex(@"\baid\b|\bassistance\b|\bdonat\w*|\bgrants?\b|\bloans?\b|\bsent\b|\bprovided\b|\bsupplied\b|\bfor free\b|\beducation\b|\bhelp(?:ed)?\b|\bassist\b", RegexOptions.IgnoreCase)]
    private static partial Regex Aid();

    [GeneratedRegex(@"\bmilitary\b|\bweapons?\b|\barms\b|\btroops\b|\bsquadrons?\b|\bpilots?\b|\bwar\b|\barmy\b|\bammunition\b|\bartillery\b|\bnaval\b|\bmissiles?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Military();

    [GeneratedRegex(@"\btrade\b|\bbarter\b|\bexport\w*|\bimport\w*|\binvest\w*|\beconom\w*|\bcommerc\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();
}
