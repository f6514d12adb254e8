namespace Relations.Web.Infrastructure;

/// <summary>Structured log messages, source-generated (CA1848): one place that lists what the app logs.</summary>
public static partial class LogMessages
{
    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void Request(ILogger logger, string method, string? path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Files} files into {Database}: {Relations} relations in {ElapsedMs} ms")]
    public static partial void Imported(ILogger logger, int files, string database, int relations, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Relations} relations were extracted again knowing the corpus's people")]
    public static partial void Relearned(ILogger logger, int relations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The existing database {Database} could not be read ({Error}); importing only the files given")]
    public static partial void PreviousUnreadable(ILogger logger, string database, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} is up to date with {Seeds}")]
    public static partial void UpToDate(ILogger logger, string database, string seeds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Importing {Seeds} into {Database}: {Reason}")]
    public static partial void ImportingSeeds(ILogger logger, string seeds, string database, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Outcome} {File}:{Line}: {Message}")]
    public static partial void FileNotImported(ILogger logger, string outcome, string file, int? line, string? message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string? path);
}
