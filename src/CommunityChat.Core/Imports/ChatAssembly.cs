namespace CommunityChat.Core.Imports;

/// <summary>
/// Turns the tweets a reader found into the preview, the same way for pasted text and JSON: leaves out retweets, empty
/// tweets and duplicates, puts JSON tweets in time order, then classifies and summarises them.
/// </summary>
internal static class ChatAssembly
{
    public static ImportPreview Build(ImportCard card, IEnumerable<SourceTweet> found, List<ImportSkip> skipped, bool sortByTime)
    {
        var tweets = Keep(found, skipped, out var aliases);
        if (sortByTime)
        {
            // OrderBy is stable: tweets of the same second keep the record's order.
            tweets = [.. tweets.OrderBy(t => t.At ?? DateTimeOffset.MinValue)];
        }

        if (tweets.Count == 0)
        {
            throw new ImportException(ImportProblem.NoTweetsFound);
        }

        var hashtag = ChatHashtag.MostFrequent(tweets.Select(t => t.Text));
        var chat = PostClassifier.Classify(tweets, aliases, hashtag);
        var authors = chat.Posts.Select(p => p.Author).Distinct().ToList();
        return new ImportPreview(
            card,
            hashtag,
            chat.Posts.Min(p => p.Date),
            GuestMatch.Find(card.Guest, authors, chat.Posts),
            chat.Host,
            chat.Questions,
            chat.Posts,
            authors,
            [.. skipped.OrderBy(s => s.Line)],
            ImportFingerprint.Of(chat.Posts));
    }

    /// <param name="aliases">For a duplicate with its own id, the id of the copy that was kept, so replies to it still land.</param>
    private static List<SourceTweet> Keep(IEnumerable<SourceTweet> found, List<ImportSkip> skipped, out Dictionary<string, string> aliases)
    {
        var kept = new List<SourceTweet>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var texts = new Dictionary<(string Handle, string Text), SourceTweet>();
        aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tweet in found)
        {
            var reason = Reason(tweet, ids, texts, aliases);
            if (reason is { } why)
            {
                skipped.Add(new ImportSkip(tweet.Line, why, Excerpt.Of(tweet.Text)));
                continue;
            }

            kept.Add(tweet);
            if (tweet.Id is { } id)
            {
                ids.Add(id);
            }

            texts[(tweet.Author.Handle.ToUpperInvariant(), tweet.Text.Trim())] = tweet;
        }

        return kept;
    }

    private static ImportSkipReason? Reason(SourceTweet tweet, HashSet<string> ids,
        Dictionary<(string, string), SourceTweet> texts, Dictionary<string, string> aliases)
    {
        if (tweet.Text.TrimStart().StartsWith("RT @", StringComparison.Ordinal))
        {
            return ImportSkipReason.Retweet;
        }

        if (string.IsNullOrWhiteSpace(WithoutLabel(tweet.Text)))
        {
            return ImportSkipReason.EmptyTweet;
        }

        if (tweet.Id is { } id && ids.Contains(id))
        {
            return ImportSkipReason.DuplicateTweet;
        }

        if (texts.TryGetValue((tweet.Author.Handle.ToUpperInvariant(), tweet.Text.Trim()), out var original))
        {
            if (tweet.Id is { } copy && original.Id is { } kept)
            {
                aliases[copy] = kept;
            }

            return ImportSkipReason.DuplicateTweet;
        }

        return null;
    }

    private static string WithoutLabel(string text) =>
        TweetLabel.TryReadQuestion(text, out _, out var afterQ) ? afterQ
        : TweetLabel.TryReadAnswer(text, out _, out var afterA) ? afterA
        : text;
}
