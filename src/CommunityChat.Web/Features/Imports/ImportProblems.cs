using CommunityChat.Core.Imports;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Imports;

/// <summary>Turns the parser's finding (what, where, which field) into the sentence a moderator reads, in their language.</summary>
public static class ImportProblems
{
    public static Refusal ToRefusal(ImportException problem, IStringLocalizer<SharedResource> t)
    {
        var sentence = problem.Problem switch
        {
            ImportProblem.Empty => t["There's nothing to import: paste a recap or choose a file of tweets."],
            ImportProblem.TooLarge => t["The import is larger than {0} MB. Split it into smaller files.", ChatImport.MaxBytes / (1024 * 1024)],
            ImportProblem.NotText => t["This isn't text: paste a recap you copied from a page, or choose a JSON file of tweets."],
            ImportProblem.BrokenJson => t["The JSON can't be read there: check for a missing comma, quote or bracket."],
            ImportProblem.WrongShape => t["This JSON isn't tweets in a form we know: the classic API, a search response, or the v2 API."],
            ImportProblem.MissingField => t["A tweet has no usable {0}.", problem.Detail ?? "text"],
            ImportProblem.NoTweetsFound => t["No tweets were found. A pasted recap needs attribution lines such as “— Name (@handle) June 6, 2019”."],
            _ => t["The import can't be read."],
        };
        var located = problem.Line is { } line
            ? problem.Problem is ImportProblem.MissingField or ImportProblem.WrongShape ? t["Item {0}: {1}", line, sentence] : t["Line {0}: {1}", line, sentence]
            : sentence;
        return Refusal.BadRequest(located);
    }
}
