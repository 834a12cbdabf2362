using System.Text.Json;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Finds the tweets in a JSON record, whatever its form: one document (a tweet array, a search response
/// {"statuses": […]}, a v2 page {"data", "includes"}, or an array of such pages) or JSON Lines (one such value per
/// line). Items are numbered 1, 2, 3… in reading order over every tweet object, retweets included.
/// </summary>
/// <remarks>
/// A v2 tweet's author is looked up in the includes.users of every page of the file once all are read. A tweet whose
/// author is in none is skipped as unreadable, unless no tweet at all can be attributed: then the file lacks its users
/// and the import stops (MissingField "includes.users").
/// </remarks>
internal sealed class JsonTweetReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private readonly List<FoundTweet> _found = [];
    private readonly List<ImportSkip> _skipped = [];
    private readonly Dictionary<string, ImportedAuthor> _users = new(StringComparer.Ordinal);
    private int _item;

    public sealed record Result(List<SourceTweet> Tweets, List<ImportSkip> Skipped);

    public static Result Read(string json)
    {
        var reader = new JsonTweetReader();
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            reader.ReadValue(document.RootElement);
        }
        catch (JsonException broken)
        {
            if (!reader.TryReadLines(json))
            {
                var line = (int)(broken.LineNumber ?? 0);
                var text = json.ReplaceLineEndings("\n").Split('\n').ElementAtOrDefault(line) ?? string.Empty;
                throw new ImportException(ImportProblem.BrokenJson, line + 1, Excerpt.Of(text));
            }
        }

        return reader.Resolve();
    }

    /// <summary>
    /// Reads the input as JSON Lines when it has several lines and looks like it: its first line, or most lines, parse
    /// alone. A line that does not parse, or is valid JSON but no tweet form, is skipped as unreadable.
    /// </summary>
    private bool TryReadLines(string json)
    {
        var lines = json.ReplaceLineEndings("\n").Split('\n')
            .Select((text, index) => (Number: index + 1, Text: text))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text))
            .ToList();
        if (lines.Count < 2)
        {
            return false;
        }

        var parsed = lines.Select(l => (l.Number, l.Text, Document: TryParse(l.Text))).ToList();
        try
        {
            var readable = parsed.Count(p => p.Document is not null);
            if (parsed[0].Document is null && readable * 2 <= parsed.Count)
            {
                return false;
            }

            var tweetForms = 0;
            foreach (var (number, text, document) in parsed)
            {
                if (document is null || !IsTweetForm(document.RootElement))
                {
                    _skipped.Add(new ImportSkip(number, ImportSkipReason.UnreadableLine, Excerpt.Of(text)));
                    continue;
                }

                tweetForms++;
                ReadValue(document.RootElement);
            }

            return tweetForms > 0 ? true : throw new ImportException(ImportProblem.WrongShape);
        }
        finally
        {
            foreach (var (_, _, document) in parsed)
            {
                document?.Dispose();
            }
        }
    }

    private static JsonDocument? TryParse(string line)
    {
        try
        {
            return JsonDocument.Parse(line, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsTweetForm(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array || (value.ValueKind == JsonValueKind.Object && (IsPage(value) || IsTweet(value)));

    private static bool IsPage(JsonElement obj) =>
        JsonField.Has(obj, "data") || JsonField.Has(obj, "statuses") || JsonField.Has(obj, "includes")
        || JsonField.Has(obj, "meta") || JsonField.Has(obj, "errors");

    private static bool IsTweet(JsonElement obj) => ClassicTweet.Looks(obj) || JsonField.Has(obj, "author_id");

    private void ReadValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind == JsonValueKind.Object && IsPage(element))
                    {
                        ReadPage(element);
                    }
                    else
                    {
                        ReadTweet(element);
                    }
                }

                break;
            case JsonValueKind.Object when IsPage(value):
                ReadPage(value);
                break;
            case JsonValueKind.Object when IsTweet(value):
                ReadTweet(value);
                break;
            default:
                throw new ImportException(ImportProblem.WrongShape, null, Shape(value));
        }
    }

    private void ReadPage(JsonElement page)
    {
        V2Tweet.ReadUsers(page, _users);
        foreach (var name in (string[])["statuses", "data"])
        {
            switch (JsonField.Get(page, name))
            {
                case null:
                    break;
                case { ValueKind: JsonValueKind.Array } tweets:
                    foreach (var tweet in tweets.EnumerateArray())
                    {
                        ReadTweet(tweet, v2: name == "data");
                    }

                    break;
                case { ValueKind: JsonValueKind.Object } tweet when name == "data":
                    ReadTweet(tweet, v2: true);
                    break;
                default:
                    throw JsonField.Missing(null, name);
            }
        }
    }

    /// <param name="v2">Whether the tweet stands in a v2 page's data (else its own fields tell the form).</param>
    private void ReadTweet(JsonElement tweet, bool? v2 = null)
    {
        var item = ++_item;
        if (tweet.ValueKind != JsonValueKind.Object || (v2 is null && !IsTweet(tweet)))
        {
            throw new ImportException(ImportProblem.WrongShape, item, Shape(tweet));
        }

        _found.Add(v2 ?? !ClassicTweet.Looks(tweet) ? V2Tweet.Read(tweet, item) : ClassicTweet.Read(tweet, item));
    }

    private Result Resolve()
    {
        var tweets = new List<SourceTweet>(_found.Count);
        var unattributed = new List<SourceTweet>();
        var attributedV2 = 0;
        foreach (var (tweet, authorId, retweet) in _found)
        {
            if (retweet)
            {
                _skipped.Add(new ImportSkip(tweet.Line, ImportSkipReason.Retweet, Excerpt.Of(tweet.Text)));
            }
            else if (authorId is null)
            {
                tweets.Add(tweet);
            }
            else if (_users.TryGetValue(authorId, out var author))
            {
                attributedV2++;
                tweets.Add(tweet with { Author = author });
            }
            else
            {
                unattributed.Add(tweet);
            }
        }

        if (unattributed.Count > 0 && attributedV2 == 0)
        {
            throw JsonField.Missing(null, "includes.users");
        }

        _skipped.AddRange(unattributed.Select(t => new ImportSkip(t.Line, ImportSkipReason.UnreadableLine, Excerpt.Of(t.Text))));
        return new Result(tweets, _skipped);
    }

    /// <summary>What the value is, for the message: "a number", "an object with keys a, b".</summary>
    private static string Shape(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object with keys " + string.Join(", ", value.EnumerateObject().Take(5).Select(p => p.Name)),
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
