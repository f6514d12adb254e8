using System.Collections.Frozen;

namespace Relations.Articles.Parsing;

/// <summary>A sentence of a paragraph or list item: its text, its offset in the block and its index.</summary>
public sealed record Sentence(string Text, int Start, int Index);

/// <summary>
/// Splits a block of prose into sentences at ".", "?" and "!" followed by white space and a capital (or a digit),
/// never inside balanced parentheses or brackets, never after a title or an initial ("Dr.", "J. F. Kennedy"),
/// and after a dotted abbreviation ("U.S.") only when a clear sentence starter follows. A semicolon never splits.
/// </summary>
public static class SentenceSplitter
{
    // Words that end with a dot but virtually never end a sentence: a name or a number follows them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev",
        "Prof", "Pres", "Hon", "Amb", "Mt", "Ft", "No", "Nos", "Vol", "pp", "p", "Fig", "Art", "vs", "v", "cf", "c", "ca",
        "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // After "U.S." or "Inc." a capital may start a sentence or continue a name ("U.S. President"): only these
    // words, a number or a quotation are taken as the start of a new sentence.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "In", "On", "At", "He", "She", "They", "It", "Its", "This", "That", "These", "Those", "A", "An", "After",
        "Before", "During", "Both", "However", "We", "I", "His", "Her", "Their", "There", "As", "When", "While", "Since",
        "From", "Following", "Later", "Despite", "Although", "By", "Under", "With", "Meanwhile", "Also", "But", "Today",
        "According", "Relations", "Until", "Then", "Nevertheless", "Moreover", "Furthermore", "Some",
        "Many", "Most", "One", "Two", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var depth = BracketDepths(text);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsBlankLineAfter(text, i))
            {
                // A blank line always ends a sentence, whatever came before it.
                Add(text, start, i, sentences);
                start = i + 1;
                i++;
                continue;
            }

            if (c is not ('.' or '?' or '!' or '…') || (depth is not null && depth[i] > 0))
            {
                i++;
                continue;
            }

            var end = EndOfTerminator(text, i);
            if ((end == text.Length || char.IsWhiteSpace(text[end])) && EndsSentence(text, i, end))
            {
                Add(text, start, end, sentences);
                start = end;
            }

            i = end;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>
    /// The end of a terminator: further terminators ("?!", "..."), closing quotes and brackets (`own."`),
    /// and reference marks glued to it ("end.[1]").
    /// </summary>
    private static int EndOfTerminator(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (c is '.' or '?' or '!' or '…' or '"' or '”' or '’' or '\'' or '»' or ')' or ']')
            {
                end++;
            }
            else if (c == '[' && text.IndexOf(']', end) is var close and > 0 && close - end <= 24)
            {
                end = close + 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool EndsSentence(string text, int dot, int end)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next == text.Length)
        {
            return true;
        }

        // Opening quotes and brackets do not decide: the letter after them does.
        var first = next;
        while (first < text.Length && text[first] is '"' or '“' or '‘' or '\'' or '(' or '[' or '«')
        {
            first++;
        }

        if (first == text.Length || char.IsLower(text[first]) || !(char.IsLetterOrDigit(text[first])))
        {
            // "etc. and", "vs. the": a lower-case continuation is never a new sentence.
            return first == text.Length;
        }

        if (text[dot] != '.')
        {
            return true;
        }

        var word = WordBefore(text, dot);
        if (word.IsEmpty)
        {
            return true;
        }

        // "J. F. Kennedy": a single capital is an initial; "Dr.", "Jan.": titles and abbreviations.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // "Hun Sen. In November": a title's letters after a name word end the name, and a clear starter a sentence.
        if (Titles.Contains(word))
        {
            return AfterCapitalisedWord(text, dot - word.Length) && SentenceStarters.Contains(NextWord(text, first));
        }

        // "U.S.", "U.N.", "D.C.": dotted abbreviations end a sentence only before a clear sentence starter.
        if (word.Contains('.') || word is "Inc" or "Ltd" or "Co" or "Corp" or "Jr" or "Sr")
        {
            return first > next || char.IsDigit(text[first]) || SentenceStarters.Contains(NextWord(text, first));
        }

        return true;
    }

    private static bool AfterCapitalisedWord(string text, int wordStart)
    {
        var i = wordStart - 1;
        if (i < 1 || text[i] != ' ' || !char.IsLetter(text[i - 1]))
        {
            return false;
        }

        var before = WordBefore(text, i);
        return before.Length > 1 && char.IsUpper(before[0]) && !before.Contains('.');
    }

    /// <summary>The word before a dot: letters and inner dots ("U.S" for "U.S."), empty after a digit or symbol.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        var i = dot - 1;
        while (i >= 0 && (char.IsLetter(text[i]) || (text[i] == '.' && i > 0 && char.IsLetter(text[i - 1]))))
        {
            i--;
        }

        return text.AsSpan(i + 1, dot - i - 1);
    }

    private static ReadOnlySpan<char> NextWord(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (var i = newline + 1; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// How many balanced brackets enclose each character. Only matched pairs count, so a stray "(" in the
    /// text cannot swallow the rest of the paragraph.
    /// </summary>
    /// <returns>Null when the text has no brackets at all (every depth is 0), as most paragraphs have none.</returns>
    private static int[]? BracketDepths(string text)
    {
        if (text.AsSpan().IndexOfAny('(', '[') < 0)
        {
            return null;
        }

        var delta = new int[text.Length + 1];
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    open.Push(i);
                    break;
                case ')' or ']':
                    if (open.Count > 0 && text[open.Peek()] == (text[i] == ')' ? '(' : '['))
                    {
                        delta[open.Pop()]++;
                        delta[i]--;
                    }

                    break;
                case '\n' when IsBlankLineAfter(text, i):
                    open.Clear();
                    break;
            }
        }

        var depth = new int[text.Length];
        var running = 0;
        for (var i = 0; i < text.Length; i++)
        {
            running += delta[i];
            depth[i] = running;
        }

        return depth;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(text[start..end], start, sentences.Count));
        }
    }
}
