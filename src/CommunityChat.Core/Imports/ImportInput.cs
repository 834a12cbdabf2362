using System.Text;

namespace CommunityChat.Core.Imports;

/// <summary>
/// The checks every input passes before any parsing, so hostile input fails fast: size, emptiness, binary.
/// </summary>
internal static class ImportInput
{
    /// <summary>Returns the input without a byte order mark, or throws the problem that stops it.</summary>
    public static string Check(string input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The limit is on UTF-8 bytes, what the request body weighs; a char is at least one byte, so a longer
        // string is over the limit without counting.
        if (input.Length > ChatImport.MaxBytes || Encoding.UTF8.GetByteCount(input) > ChatImport.MaxBytes)
        {
            throw new ImportException(ImportProblem.TooLarge);
        }

        var text = input.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException(ImportProblem.Empty);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new ImportException(ImportProblem.NotText, LineAt(text, nul));
        }

        // Bytes decoded as text turn into control characters and U+FFFD; real text has almost none.
        var strange = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v')))
            {
                strange++;
            }
        }

        if (strange * 10 > text.Length)
        {
            throw new ImportException(ImportProblem.NotText);
        }

        return text;
    }

    /// <summary>The 1-based line of <paramref name="index"/>.</summary>
    public static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
