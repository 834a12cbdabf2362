using System.Text;

namespace CommunityChat.Core.Series;

/// <summary>
/// The title of the next chat in a series (SPEC rule 25): "#TwitterSmarter chat 41" → "#TwitterSmarter chat 42",
/// "Episode 09" → "Episode 10". The number that counts is the last one standing on its own: not part of a word
/// ("Web3", "Q3"; "第12期" counts), not a decimal ("v1.5"), not a year (four digits from 1900 to 2199). A title without one stays as
/// it is.
/// </summary>
public static class SeriesTitle
{
    public static string Next(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        for (var end = title.Length; end > 0;)
        {
            var last = end - 1;
            if (!char.IsAsciiDigit(title[last]))
            {
                end--;
                continue;
            }

            var start = last;
            while (start > 0 && char.IsAsciiDigit(title[start - 1]))
            {
                start--;
            }

            if (StandsAlone(title, start, last + 1) && !IsYear(title[start..(last + 1)]))
            {
                return title[..start] + Increment(title[start..(last + 1)]) + title[(last + 1)..];
            }

            end = start;
        }

        return title;
    }

    private static bool StandsAlone(string title, int start, int end)
    {
        var before = start > 0 ? title[start - 1] : ' ';
        if (JoinsWord(before) || (before is '.' or ',' && start > 1 && char.IsAsciiDigit(title[start - 2])))
        {
            return false;
        }

        if (end == title.Length)
        {
            return true;
        }

        var after = title[end];
        var decimalFollows = after is '.' or ',' && end + 1 < title.Length && char.IsAsciiDigit(title[end + 1]);
        return !JoinsWord(after) && !decimalFollows;
    }

    /// <summary>A letter of an alphabet, a digit or '_' makes a number part of a word; Chinese or Japanese characters don't ("第12期").</summary>
    private static bool JoinsWord(char c) => char.IsDigit(c) || c is '_' || (char.IsLetter(c) && c < '\u2E80');

    private static bool IsYear(string digits) =>
        digits.Length == 4 && string.CompareOrdinal(digits, "1900") >= 0 && string.CompareOrdinal(digits, "2199") <= 0;

    /// <summary>Adds one to a run of digits, keeping its width ("09" → "10", "99" → "100").</summary>
    private static string Increment(string digits)
    {
        var result = new StringBuilder(digits);
        for (var i = result.Length - 1; i >= 0; i--)
        {
            if (result[i] != '9')
            {
                result[i]++;
                return result.ToString();
            }

            result[i] = '0';
        }

        return "1" + result;
    }
}
