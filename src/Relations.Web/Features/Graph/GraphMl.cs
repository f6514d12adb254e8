using System.Xml.Linq;

namespace Relations.Web.Features.Graph;

/// <summary>The See also graph as GraphML (http://graphml.graphdrawing.org/), with kind, label and link as data keys.</summary>
public static class GraphMl
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    public static XDocument Of(SeeAlsoGraph graph)
    {
        static XElement Key(string id, string target, string name) =>
            new(Ns + "key", new XAttribute("id", id), new XAttribute("for", target), new XAttribute("attr.name", name), new XAttribute("attr.type", "string"));
        static XElement Data(string key, string value) => new(Ns + "data", new XAttribute("key", key), value);

        var index = 0;
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "graphml",
                Key("kind", "node", "kind"),
                Key("label", "node", "label"),
                Key("href", "node", "href"),
                Key("edgekind", "edge", "kind"),
                new XElement(Ns + "graph",
                    new XAttribute("id", "see-also"),
                    new XAttribute("edgedefault", "directed"),
                    graph.Nodes.Select(n => new XElement(Ns + "node", new XAttribute("id", n.Id), Data("kind", n.Kind), Data("label", n.Label), Data("href", n.Href))),
                    graph.Edges.Select(e => new XElement(Ns + "edge",
                        new XAttribute("id", "e" + index++), new XAttribute("source", e.From), new XAttribute("target", e.To), Data("edgekind", e.Kind))))));
    }
}
