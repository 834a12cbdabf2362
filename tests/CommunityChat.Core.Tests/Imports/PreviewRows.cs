using System.Globalization;
using CommunityChat.Core.Imports;

namespace CommunityChat.Core.Tests.Imports;

/// <summary>Posts and skips as one line each, what the preview table shows, so a failing test diffs readably.</summary>
internal static class PreviewRows
{
    /// <summary>"16 Question Q1 @MadalynSklar 2019-06-06 | text" (line, kind, label or "-", author, date, text with ⏎ for newlines).</summary>
    public static string[] Posts(ImportPreview preview) => [.. preview.Posts.Select(Post)];

    public static string Post(ImportedPost p) => string.Create(CultureInfo.InvariantCulture,
        $"{p.Line} {p.Kind} {p.Label ?? "-"} @{p.Author.Handle} {p.Date:yyyy-MM-dd} | {p.Text.Replace("\n", "⏎", StringComparison.Ordinal)}");

    /// <summary>"12 Prose: excerpt".</summary>
    public static string[] Skipped(ImportPreview preview) =>
        [.. preview.Skipped.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Line} {s.Reason}: {s.Excerpt}"))];

    /// <summary>"Q1 text", "Q7 (missing)".</summary>
    public static string[] Questions(ImportPreview preview) =>
        [.. preview.Questions.Select(q => string.Create(CultureInfo.InvariantCulture, $"Q{q.Number} {(q.Missing ? "(missing)" : q.Text)}"))];
}
