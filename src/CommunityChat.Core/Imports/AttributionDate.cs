using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads the date that closes an attribution line: "June 6, 2019", "Jun 6, 2019", "Jun. 6, 2019", "6 June 2019",
/// "6 juin 2019" (French months, as our own recap writes them in French), "2019-06-06", "2019年6月6日", optionally after a
/// time ("6:03 PM · Jun 6, 2019", as newer embeds print it) and inside a Markdown link ("[June 6, 2019](…)", as our
/// recap writer links it to the permalink).
/// </summary>
internal static partial class AttributionDate
{
    // The longest date form with a time in front is well under this. The pattern is anchored, its quantifiers bounded and
    // never nested, and it only ever sees this many characters, so backtracking stays small and every line linear; the
    // source-generated backtracking engine is several times faster here than NonBacktracking, whose capture groups
    // cost a second pass, and the timeout guards the rest.
    private const int Window = 48;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sep"] = 9,
        ["sept"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
        ["janvier"] = 1,
        ["janv"] = 1,
        ["février"] = 2,
        ["fevrier"] = 2,
        ["févr"] = 2,
        ["fevr"] = 2,
        ["mars"] = 3,
        ["avril"] = 4,
        ["avr"] = 4,
        ["mai"] = 5,
        ["juin"] = 6,
        ["juillet"] = 7,
        ["juil"] = 7,
        ["août"] = 8,
        ["aout"] = 8,
        ["septembre"] = 9,
        ["octobre"] = 10,
        ["novembre"] = 11,
        ["décembre"] = 12,
        ["decembre"] = 12,
        ["déc"] = 12,
    };

    /// <summary>Reads a date starting at <paramref name="at"/> (white space first is fine); <paramref name="end"/> is just after it.</summary>
    public static bool TryRead(string line, int at, out DateOnly date, out int end)
    {
        date = default;
        end = at;
        var i = at;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        var linked = i < line.Length && line[i] == '[';
        if (linked)
        {
            i++;
        }

        var match = DatePattern().Match(line.Substring(i, Math.Min(Window, line.Length - i)));
        if (!match.Success || (i + match.Length < line.Length && char.IsAsciiDigit(line[i + match.Length])))
        {
            return false;
        }

        if (!TryBuild(match, out date))
        {
            return false;
        }

        end = i + match.Length;
        if (linked)
        {
            end = AfterLink(line, end);
        }

        return true;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (match.Groups["y1"].Success || match.Groups["y2"].Success)
        {
            var english = match.Groups["y1"].Success;
            if (!Months.TryGetValue(match.Groups[english ? "m1" : "m2"].Value, out month))
            {
                return false;
            }

            year = Number(match.Groups[english ? "y1" : "y2"]);
            day = Number(match.Groups[english ? "d1" : "d2"]);
        }
        else
        {
            var iso = match.Groups["y3"].Success;
            year = Number(match.Groups[iso ? "y3" : "y4"]);
            month = Number(match.Groups[iso ? "n3" : "n4"]);
            day = Number(match.Groups[iso ? "d3" : "d4"]);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Past "](url)" when the date is a Markdown link's text; a bare "]" is passed over too.</summary>
    private static int AfterLink(string line, int end)
    {
        if (end < line.Length && line[end] == ']')
        {
            end++;
            if (end < line.Length && line[end] == '(')
            {
                var close = line.IndexOf(')', end);
                end = close < 0 ? line.Length : close + 1;
            }
        }

        return end;
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("""
        ^(?:on\s+|le\s+)?
        (?:\d{1,2}[:h]\d{2}(?:\s*[ap]\.?m\.?)?\s*[·•,-]?\s*)?
        (?:
          (?<m1>\p{L}{3,10})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})
        | (?<d2>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?<m2>\p{L}{3,10})\.?,?\s+(?<y2>\d{4})
        | (?<y3>\d{4})-(?<n3>\d{1,2})-(?<d3>\d{1,2})
        | (?<y4>\d{4})年\s?(?<n4>\d{1,2})月\s?(?<d4>\d{1,2})日
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace
            | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
