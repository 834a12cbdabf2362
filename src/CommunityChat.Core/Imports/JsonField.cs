using System.Text.Json;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Typed reads of a tweet's fields. A required field that is absent, null or of the wrong type stops the import with
/// <see cref="ImportProblem.MissingField"/>, the item number and the field's path: an import is all or nothing.
/// </summary>
internal static class JsonField
{
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static bool Has(JsonElement obj, string name) => obj.TryGetProperty(name, out _);

    /// <summary>A string when present; null when absent or null; a value of another type is an error.</summary>
    public static string? OptionalString(JsonElement obj, string name, int? item, string path) =>
        Get(obj, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            _ => throw Missing(item, path),
        };

    public static string RequiredString(JsonElement obj, string name, int? item, string path) =>
        OptionalString(obj, name, item, path) ?? throw Missing(item, path);

    /// <summary>An id, written as a string or a number; the first of <paramref name="names"/> present wins.</summary>
    public static string? OptionalId(JsonElement obj, int? item, string prefix, params string[] names)
    {
        foreach (var name in names)
        {
            switch (Get(obj, name))
            {
                case null:
                    continue;
                case { ValueKind: JsonValueKind.String } value when value.GetString() is { Length: > 0 } id:
                    return id;
                case { ValueKind: JsonValueKind.Number } value:
                    return value.GetRawText();
                default:
                    throw Missing(item, prefix + name);
            }
        }

        return null;
    }

    public static JsonElement RequiredObject(JsonElement obj, string name, int? item, string path) =>
        Get(obj, name) is { ValueKind: JsonValueKind.Object } value ? value : throw Missing(item, path);

    public static DateTimeOffset RequiredTime(JsonElement obj, string name, int item) =>
        TweetTime.TryParse(RequiredString(obj, name, item, name), out var at) ? at : throw Missing(item, name);

    /// <summary>A handle as rule 2 allows it (1–15 of A-Z a-z 0-9 _), a leading '@' forgiven.</summary>
    public static string RequiredHandle(JsonElement obj, string name, int? item, string path)
    {
        var handle = RequiredString(obj, name, item, path).Trim().TrimStart('@');
        return handle.Length is > 0 and <= TagSyntax.MaxHandleLength && handle.All(TagSyntax.IsHandleChar)
            ? handle
            : throw Missing(item, path);
    }

    public static ImportException Missing(int? item, string path) => new(ImportProblem.MissingField, item, path);
}
