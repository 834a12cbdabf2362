using System.Text.RegularExpressions;

namespace CommunityChat.Web.Base.Access;

/// <summary>A handle: 1–15 of A-Z a-z 0-9 _, unique case-insensitively, shown as @handle.</summary>
public static partial class Handle
{
    public const string AllowedCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

    public static bool IsValid(string? handle) => handle is not null && Pattern().IsMatch(handle);

    /// <summary>Accepts "@name" as typed by people and returns "name".</summary>
    public static string Clean(string? handle) => (handle ?? "").Trim().TrimStart('@');

    [GeneratedRegex("^[A-Za-z0-9_]{1,15}$")]
    private static partial Regex Pattern();
}
