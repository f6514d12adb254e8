using System.Text;
using System.Text.Encodings.Web;
using Markdig;
using Relations.Articles.Parsing;
using Relations.Web.Features.Relationships;

namespace Relations.Web.Features.Articles;

/// <summary>
/// Renders the article body with an anchor per block ("line-12") and per sentence ("line-12-s3") so a fact's
/// "source" link lands on its sentence. Markdig runs with raw HTML off: article text never becomes markup.
/// </summary>
public static class ArticleHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Render(IEnumerable<ArticleBlock> blocks)
    {
        var html = new StringBuilder();
        var infobox = new List<ArticleBlock>();
        var inList = false;
        foreach (var block in blocks)
        {
            if (block.Kind == "infobox")
            {
                infobox.Add(block);
                continue;
            }

            if (inList && block.Kind != "item")
            {
                html.Append("</ul>\n");
                inList = false;
            }

            switch (block.Kind)
            {
                case "heading":
                    // The page's h1 is the title and the article sits under an h2: sections start at h3.
                    var level = Math.Clamp(block.Level + 1, 3, 6);
                    html.Append('<').Append('h').Append(level).Append(" id=\"line-").Append(block.Line).Append("\">")
                        .Append(HtmlEncoder.Default.Encode(block.Text)).Append("</h").Append(level).Append(">\n");
                    break;
                case "item":
                    if (!inList)
                    {
                        html.Append("<ul>\n");
                        inList = true;
                    }

                    html.Append("<li id=\"line-").Append(block.Line).Append("\">");
                    AppendSentences(html, block);
                    html.Append("</li>\n");
                    break;
                default:
                    html.Append("<p id=\"line-").Append(block.Line).Append("\">");
                    AppendSentences(html, block);
                    html.Append("</p>\n");
                    break;
            }
        }

        if (inList)
        {
            html.Append("</ul>\n");
        }

        if (infobox.Count > 0)
        {
            var box = new StringBuilder("<dl class=\"infobox\">\n");
            foreach (var entry in infobox)
            {
                var colon = entry.Text.IndexOf(':', StringComparison.Ordinal);
                var key = colon < 0 ? entry.Text : entry.Text[..colon];
                var value = colon < 0 ? string.Empty : entry.Text[(colon + 1)..].Trim();
                box.Append("<div id=\"line-").Append(entry.Line).Append("\"><dt>").Append(HtmlEncoder.Default.Encode(key))
                    .Append("</dt><dd>").Append(HtmlEncoder.Default.Encode(value)).Append("</dd></div>\n");
            }

            box.Append("</dl>\n");
            html.Insert(0, box);
        }

        return html.ToString();
    }

    private static void AppendSentences(StringBuilder html, ArticleBlock block)
    {
        foreach (var sentence in SentenceSplitter.Split(block.Text))
        {
            html.Append("<span class=\"sentence\" id=\"line-").Append(block.Line).Append("-s").Append(sentence.Index).Append("\">")
                .Append(Inline(sentence.Text)).Append("</span> ");
        }
    }

    /// <summary>Markdig for the inline emphasis and links a sentence may carry; anything that would become a block is shown as text.</summary>
    public static string Inline(string text)
    {
        var rendered = Markdown.ToHtml(text, Pipeline).Trim();
        return rendered.StartsWith("<p>", StringComparison.Ordinal) && rendered.EndsWith("</p>", StringComparison.Ordinal) && !rendered[3..^4].Contains("<p>", StringComparison.Ordinal)
            ? rendered[3..^4]
            : HtmlEncoder.Default.Encode(text);
    }
}
