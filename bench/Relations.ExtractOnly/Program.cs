using System.Diagnostics;
using Relations.Articles.Extraction;
using Relations.Articles.Parsing;

// Every article of a folder read, parsed and extracted on one thread per core, as the importer's workers do; nothing is
// written. Prints the facts' totals (both builds must agree) and the seconds the extraction took.
if (args is not [var folder] || !Directory.Exists(folder))
{
    Console.Error.WriteLine("usage: Relations.ExtractOnly CORPUS_FOLDER");
    return 2;
}

var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
var contents = files.Select(File.ReadAllBytes).ToArray();
var clock = Stopwatch.StartNew();
var extractor = new ArticleExtractor();
long articles = 0, events = 0, visits = 0, aid = 0, persons = 0;
Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
{
    try
    {
        var document = WikiReader.Parse(files[i], contents[i], out var diagnostics);
        if (extractor.Extract(document, diagnostics).Facts is { } facts)
        {
            Interlocked.Increment(ref articles);
            Interlocked.Add(ref events, facts.Events.Count);
            Interlocked.Add(ref visits, facts.Visits.Count);
            Interlocked.Add(ref aid, facts.Aid.Count);
            Interlocked.Add(ref persons, facts.Persons.Count);
        }
    }
    catch (ArticleFormatException)
    {
        // The corpus holds deliberately bad files; the importer rejects them, so does this.
    }
});
Console.WriteLine($"{articles} articles, {events} events, {visits} visits, {aid} aid, {persons} persons in {clock.Elapsed.TotalSeconds:0.00} s; "
    + $"allocated {GC.GetTotalAllocatedBytes() / 1e9:0.00} GB, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} GCs (gen 0/1/2), "
    + $"GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s; "
    + $"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00} s ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods)");
return 0;
