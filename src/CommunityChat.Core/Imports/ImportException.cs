using System.Globalization;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Bad input: says what (<see cref="Problem"/>), where (<see cref="Line"/>: a 1-based line of the input, or for
/// <see cref="ImportProblem.MissingField"/> and <see cref="ImportProblem.WrongShape"/> the JSON item number) and which
/// field or value (<see cref="Detail"/>). The message is English; the web layer words it per language from these.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException(ImportProblem problem, int? line = null, string? detail = null)
        : base(Describe(problem, line, detail))
    {
        Problem = problem;
        Line = line;
        Detail = detail;
    }

    public ImportProblem Problem { get; }

    public int? Line { get; }

    public string? Detail { get; }

    private static string Describe(ImportProblem problem, int? line, string? detail)
    {
        var sentence = problem switch
        {
            ImportProblem.Empty => "The import is empty.",
            ImportProblem.TooLarge => string.Create(CultureInfo.InvariantCulture,
                $"The import is larger than {ChatImport.MaxBytes / (1024 * 1024)} MB."),
            ImportProblem.NotText => "The import is not text.",
            ImportProblem.BrokenJson => "The JSON cannot be read.",
            ImportProblem.WrongShape => "The JSON is not in a tweet form (classic API, search response or v2).",
            ImportProblem.MissingField => $"A tweet lacks a usable {detail ?? "field"}.",
            ImportProblem.NoTweetsFound => "No tweets were found.",
            _ => "The import cannot be read.",
        };
        var unit = problem is ImportProblem.MissingField or ImportProblem.WrongShape ? "item" : "line";
        var where = line is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({unit} {n})") : string.Empty;
        var what = detail is not null && problem != ImportProblem.MissingField ? $": {detail}" : string.Empty;
        return sentence.TrimEnd('.') + where + what + ".";
    }
}
