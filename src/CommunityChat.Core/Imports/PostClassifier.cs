using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Decides what each kept tweet is (SPEC rules 3 and 15), in order: the host's Qn tweets are questions, labelled tweets
/// answers, tweets whose parent is among the posts replies, everything else comments.
/// </summary>
/// <remarks>
/// Imports never refuse on letters: an unlettered second answer and a letter the author already used both get the
/// author's next free letter, so a record that reads A1, A1, A1a becomes A1, A1b, A1c. Only past 'z' does an answer
/// lose its label and stay as a comment with its text as written.
/// </remarks>
internal static class PostClassifier
{
    public sealed record Chat(IReadOnlyList<ImportedPost> Posts, IReadOnlyList<ImportedQuestion> Questions, string? Host);

    public static Chat Classify(IReadOnlyList<SourceTweet> tweets, IReadOnlyDictionary<string, string> aliases, string? hashtag)
    {
        var authors = new Dictionary<string, ImportedAuthor>(StringComparer.OrdinalIgnoreCase);
        foreach (var tweet in tweets)
        {
            authors.TryAdd(tweet.Author.Handle, tweet.Author);
        }

        var host = Host(tweets, authors);
        var ids = tweets.Where(t => t.Id is not null).Select(t => t.Id!).ToHashSet(StringComparer.Ordinal);
        var questions = new SortedDictionary<int, ImportedQuestion>();
        var answered = new SortedSet<int>();
        var letters = new Dictionary<(ImportedAuthor, int), List<char?>>();
        var posts = new List<ImportedPost>(tweets.Count);
        foreach (var tweet in tweets)
        {
            var author = authors[tweet.Author.Handle];
            var parent = tweet.ReplyToId is { } to ? aliases.GetValueOrDefault(to, to) : null;
            parent = parent is not null && ids.Contains(parent) && parent != tweet.Id ? parent : null;
            var post = new ImportedPost(tweet.Line, tweet.Id, author, tweet.Date, tweet.At, PostKind.Comment, null, null, null,
                null, tweet.Text.Trim());

            if (ReferenceEquals(author, host) && TweetLabel.TryReadQuestion(tweet.Text, out var number, out var asked)
                && !questions.ContainsKey(number))
            {
                questions[number] = new ImportedQuestion(number, ChatHashtag.Remove(asked, hashtag), Missing: false);
                posts.Add(post with { Kind = PostKind.Question, Label = $"Q{number}", QuestionNumber = number, Text = asked });
            }
            else if (TweetLabel.TryReadAnswer(tweet.Text, out var written, out var answer)
                && Letter(written, letters, author) is { } label)
            {
                answered.Add(label.Question);
                posts.Add(post with
                {
                    Kind = PostKind.Answer,
                    Label = label.ToString(),
                    QuestionNumber = label.Question,
                    Part = label.Part,
                    ReplyToSourceId = parent,
                    Text = answer,
                });
            }
            else
            {
                posts.Add(parent is null ? post : post with { Kind = PostKind.Reply, ReplyToSourceId = parent });
            }
        }

        foreach (var number in answered.Where(n => !questions.ContainsKey(n)))
        {
            questions[number] = new ImportedQuestion(number, string.Empty, Missing: true);
        }

        return new Chat(posts, [.. questions.Values], host?.Handle);
    }

    /// <summary>The author of the most Qn tweets; a tie goes to whoever asked first.</summary>
    private static ImportedAuthor? Host(IReadOnlyList<SourceTweet> tweets, Dictionary<string, ImportedAuthor> authors) =>
        tweets
            .Where(t => TweetLabel.TryReadQuestion(t.Text, out _, out _))
            .Select(t => authors[t.Author.Handle])
            .CountBy(a => a)
            .OrderByDescending(c => c.Value)
            .Select(c => c.Key)
            .FirstOrDefault();

    private static AnswerLabel? Letter(AnswerLabel written, Dictionary<(ImportedAuthor, int), List<char?>> letters, ImportedAuthor author)
    {
        if (!letters.TryGetValue((author, written.Question), out var used))
        {
            used = [];
            letters[(author, written.Question)] = used;
        }

        var assignment = AnswerLettering.Assign(written.Question, written.Part, used);
        if (assignment.Refusal == LetterRefusal.LetterAlreadyUsed)
        {
            assignment = AnswerLettering.Assign(written.Question, null, used);
        }

        if (assignment.Label is { } label)
        {
            used.Add(label.Part);
        }

        return assignment.Label;
    }
}
