using Relations.Articles.Facts;
using Relations.Articles.Parsing;
using Relations.Articles.Syntax;

namespace Relations.Articles.Extraction;

/// <summary>A sentence of the article's prose with its provenance; <see cref="Block"/> groups the sentences of one paragraph or list.</summary>
public sealed record ArticleSentence(string Text, Provenance Source, WikiSection Section, int Block, bool IsListItem);

/// <summary>Walks the prose of an article (lead, sections, list items) sentence by sentence, skipping See also and reference lists.</summary>
public static class ArticleSentences
{
    public static IReadOnlyList<ArticleSentence> Of(WikiDocument document)
    {
        var result = new List<ArticleSentence>();
        var block = 0;
        foreach (var section in document.AllSections())
        {
            if (section.IsReferenceList)
            {
                continue;
            }

            foreach (var b in section.Blocks)
            {
                switch (b)
                {
                    case Paragraph p:
                        foreach (var s in SentenceSplitter.Split(p.Text))
                        {
                            result.Add(new ArticleSentence(s.Text, new Provenance(document.File, p.LineAt(s.Start), section.Path, s.Index, s.Text), section, block, false));
                        }

                        break;
                    case BulletList list:
                        // A list is one block: a year stated in one item carries to the next ("1966: …; 1967: …").
                        var index = 0;
                        foreach (var item in list.Items)
                        {
                            foreach (var s in SentenceSplitter.Split(item.Text))
                            {
                                result.Add(new ArticleSentence(s.Text, new Provenance(document.File, item.Line, section.Path, index++, s.Text), section, block, true));
                            }
                        }

                        break;
                }

                block++;
            }
        }

        return result;
    }
}
