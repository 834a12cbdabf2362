using System.Net;
using System.Text.Json;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads one tweet in the v2 API form (SPEC rule 15c): id, text (note_tweet.text for long posts), author_id,
/// created_at, referenced_tweets (a "retweeted" reference marks a retweet, "replied_to" names the parent); and the
/// users of a page's includes.
/// </summary>
internal static class V2Tweet
{
    public static FoundTweet Read(JsonElement tweet, int item)
    {
        var (retweet, parent) = References(tweet, item);
        if (retweet)
        {
            return FoundTweet.Retweeted(item, JsonField.Get(tweet, "text") is { ValueKind: JsonValueKind.String } rt ? rt.GetString() : null);
        }

        // The v2 API escapes &, < and > in text as the classic one does, so texts are decoded once here too.
        var text = WebUtility.HtmlDecode(
            (JsonField.Get(tweet, "note_tweet") is { ValueKind: JsonValueKind.Object } note
                ? JsonField.OptionalString(note, "text", item, "note_tweet.text")
                : null)
            ?? JsonField.RequiredString(tweet, "text", item, "text"));
        var authorId = JsonField.OptionalId(tweet, item, string.Empty, "author_id") ?? throw JsonField.Missing(item, "author_id");
        var at = JsonField.RequiredTime(tweet, "created_at", item);
        var source = new SourceTweet(item, JsonField.OptionalId(tweet, item, string.Empty, "id"), new ImportedAuthor(authorId, authorId),
            DateOnly.FromDateTime(at.UtcDateTime), at, text, parent);
        return new FoundTweet(source, authorId, Retweet: false);
    }

    /// <summary>Adds the users of includes.users to <paramref name="users"/> (id → author); the first seen wins.</summary>
    public static void ReadUsers(JsonElement page, Dictionary<string, ImportedAuthor> users)
    {
        if (JsonField.Get(page, "includes") is not { } includes)
        {
            return;
        }

        if (includes.ValueKind != JsonValueKind.Object)
        {
            throw JsonField.Missing(null, "includes");
        }

        switch (JsonField.Get(includes, "users"))
        {
            case null:
                return;
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var user in list.EnumerateArray())
                {
                    if (user.ValueKind != JsonValueKind.Object)
                    {
                        throw JsonField.Missing(null, "includes.users");
                    }

                    var id = JsonField.OptionalId(user, null, "includes.users.", "id") ?? throw JsonField.Missing(null, "includes.users.id");
                    var handle = JsonField.RequiredHandle(user, "username", null, "includes.users.username");
                    var name = JsonField.OptionalString(user, "name", null, "includes.users.name");
                    users.TryAdd(id, new ImportedAuthor(handle, string.IsNullOrWhiteSpace(name) ? handle : name.Trim()));
                }

                return;
            default:
                throw JsonField.Missing(null, "includes.users");
        }
    }

    private static (bool Retweet, string? Parent) References(JsonElement tweet, int item)
    {
        switch (JsonField.Get(tweet, "referenced_tweets"))
        {
            case null:
                return (false, null);
            case { ValueKind: JsonValueKind.Array } references:
                var retweet = false;
                string? parent = null;
                foreach (var reference in references.EnumerateArray())
                {
                    var type = reference.ValueKind == JsonValueKind.Object
                        ? JsonField.OptionalString(reference, "type", item, "referenced_tweets.type")
                        : throw JsonField.Missing(item, "referenced_tweets");
                    retweet |= type == "retweeted";
                    if (type == "replied_to")
                    {
                        parent = JsonField.OptionalId(reference, item, "referenced_tweets.", "id");
                    }
                }

                return (retweet, parent);
            default:
                throw JsonField.Missing(item, "referenced_tweets");
        }
    }
}
