using System.Globalization;
using System.Text;

namespace CommunityChat.Core.Transcripts;

/// <summary>
/// RFC 4180 CSV (CRLF rows, quoted fields when needed). The card travels as the first data row, kind "card", with
/// the title and card lines in its text column: a CSV has no other place for it, and a header-first file keeps
/// every spreadsheet and parser happy.
/// </summary>
internal static class TranscriptCsv
{
    public const string Header = "sequence,id,kind,label,question,part,replyToId,handle,displayName,role,createdAt,likes,highlighted,text";

    public static string Write(TranscriptDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");

        var card = new StringBuilder(doc.Title);
        foreach (var (name, value) in TranscriptCard.Lines(doc))
        {
            card.Append('\n').Append(name).Append(": ").Append(value);
        }

        Row(csv, ["", "", "card", "", "", "", "", "", "", "", doc.StartedAt is { } s ? TranscriptCard.IsoTime(s) : "", "", "", card.ToString()]);

        foreach (var post in TranscriptExport.Flatten(doc.Transcript))
        {
            Row(csv,
            [
                Number(post.Sequence),
                Number(post.Id),
                post.Kind.ToString().ToLowerInvariant(),
                post.Label ?? TranscriptCard.Label(post) ?? "",
                post.QuestionNumber is { } q ? Number(q) : "",
                post.Part?.ToString() ?? "",
                post.ReplyToId is { } r ? Number(r) : "",
                post.Author.Handle,
                post.Author.DisplayName,
                post.Author.Role.ToString().ToLowerInvariant(),
                TranscriptCard.IsoTime(post.CreatedAt),
                Number(post.Likes),
                post.Highlighted ? "true" : "false",
                post.Text,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>
    /// A spreadsheet runs a cell that starts with = + - @ (or tab/CR) as a formula, so a post like "=HYPERLINK(...)"
    /// could act on the reader's machine. A leading apostrophe makes it text (OWASP "CSV injection").
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static void Row(StringBuilder csv, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(Neutralise(fields[i])));
        }

        csv.Append("\r\n");
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
