using System.Net;
using System.Text.Json;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads one tweet in the classic API form (SPEC rule 15b): id_str, created_at, full_text (or extended_tweet.full_text,
/// or text), user.screen_name, user.name, in_reply_to_status_id_str; retweeted_status marks a retweet.
/// </summary>
internal static class ClassicTweet
{
    /// <summary>Whether an object has any field only a classic tweet has.</summary>
    public static bool Looks(JsonElement obj) =>
        !JsonField.Has(obj, "author_id")
        && (JsonField.Has(obj, "user") || JsonField.Has(obj, "full_text") || JsonField.Has(obj, "id_str")
            || JsonField.Has(obj, "retweeted_status") || JsonField.Has(obj, "extended_tweet") || JsonField.Has(obj, "text"));

    public static FoundTweet Read(JsonElement tweet, int item)
    {
        if (JsonField.Get(tweet, "retweeted_status") is { ValueKind: JsonValueKind.Object })
        {
            return FoundTweet.Retweeted(item, AnyText(tweet, "full_text") ?? AnyText(tweet, "text"));
        }

        var text = Text(tweet, item);
        var user = JsonField.RequiredObject(tweet, "user", item, "user");
        var handle = JsonField.RequiredHandle(user, "screen_name", item, "user.screen_name");
        var name = JsonField.OptionalString(user, "name", item, "user.name");
        var at = JsonField.RequiredTime(tweet, "created_at", item);
        var source = new SourceTweet(
            item,
            JsonField.OptionalId(tweet, item, string.Empty, "id_str", "id"),
            new ImportedAuthor(handle, string.IsNullOrWhiteSpace(name) ? handle : name.Trim()),
            DateOnly.FromDateTime(at.UtcDateTime),
            at,
            text,
            JsonField.OptionalId(tweet, item, string.Empty, "in_reply_to_status_id_str", "in_reply_to_status_id"));
        return new FoundTweet(source, null, Retweet: false);
    }

    private static string? AnyText(JsonElement tweet, string name) =>
        JsonField.Get(tweet, name) is { ValueKind: JsonValueKind.String } text ? WebUtility.HtmlDecode(text.GetString()) : null;

    /// <summary>The whole text, entities decoded once ("&amp;lt;" stays "&lt;", as the author typed it).</summary>
    private static string Text(JsonElement tweet, int item)
    {
        var text = JsonField.OptionalString(tweet, "full_text", item, "full_text")
            ?? (JsonField.Get(tweet, "extended_tweet") is { ValueKind: JsonValueKind.Object } extended
                ? JsonField.OptionalString(extended, "full_text", item, "extended_tweet.full_text")
                : null)
            ?? JsonField.RequiredString(tweet, "text", item, "text");
        return WebUtility.HtmlDecode(text);
    }
}
