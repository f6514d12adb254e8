using Relations.Articles.Values;

namespace Relations.Articles.Extraction;

/// <summary>A sentence with the dates found in it, years inherited from the sentences before it in its block.</summary>
public sealed record DatedSentence(ArticleSentence Sentence, IReadOnlyList<DateMention> Dates)
{
    /// <summary>Tags every sentence; a block (paragraph or list) passes its year on from sentence to sentence.</summary>
    public static IReadOnlyList<DatedSentence> Tag(IReadOnlyList<ArticleSentence> sentences)
    {
        var result = new List<DatedSentence>(sentences.Count);
        var context = DateContext.None;
        var block = -1;
        foreach (var s in sentences)
        {
            if (s.Block != block)
            {
                context = DateContext.None;
                block = s.Block;
            }

            var dates = DateTagger.Find(s.Text, context);
            result.Add(new DatedSentence(s, dates));
            context = DateTagger.Advance(context, dates);
        }

        return result;
    }
}
