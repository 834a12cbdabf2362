namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads an existing chat's record into a preview of the archived chat it would become (SPEC rule 15). Pure: the web
/// layer stores the preview, creates the unclaimed profiles and refuses a fingerprint it has seen.
/// </summary>
public static class ChatImport
{
    /// <summary>
    /// The largest input accepted, in UTF-8 bytes (what the request body weighs), whichever form it is in; the check
    /// runs before any parsing.
    /// </summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Pasted text in blog-embed form (rule 15a).</summary>
    /// <exception cref="ImportException">Empty, too large, binary, or without a single attributed tweet.</exception>
    public static ImportPreview ParseText(string text) => PastedTextReader.Read(ImportInput.Check(text));

    /// <summary>
    /// Tweets as JSON: classic API form (array, {"statuses":[...]}, or JSON Lines) or v2 form
    /// ({"data":[...],"includes":{"users":[...]}}, one or several objects, JSON Lines; data may be a single tweet
    /// object) (rule 15b, 15c).
    /// </summary>
    /// <exception cref="ImportException">Empty, too large, binary, broken, of the wrong shape, missing a field, or without tweets.</exception>
    public static ImportPreview ParseJson(string json)
    {
        var read = JsonTweetReader.Read(ImportInput.Check(json));
        return ChatAssembly.Build(ImportCard.None, read.Tweets, read.Skipped, sortByTime: true);
    }
}
